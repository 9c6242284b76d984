"""Write the aside261 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 教育、卫生健康、医保与药品监管督查问题整改 (学校、医院、卫生院、药店; 自查表、检查反馈表和整改报告).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx
and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (a .docx of
notice cards and an .xlsx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside261.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day if fmt is self.cell else fmt)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, self.money if fmt is self.cell and isinstance(v, float) else fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def merge(self, ws, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if (r1, c1) == (r2, c2):
            self.put(ws, r1, c1, v, fmt)
        else:
            ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                out,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copyfile(Path(out) / f"{source.stem}.{suffix}", target)
    return target


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer and convert it with LibreOffice to the target form."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        soffice(source, suffix, Path(tmp) / f"{source.stem}.{suffix}")
        shutil.copyfile(Path(tmp) / f"{source.stem}.{suffix}", path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(author: str = "Administrator"):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else font, size, bold)


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values):
            _cell_text(table.cell(r, c), v, size)
    return table


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def _xf(bold=False, border=True, center=False, wrap=True, size=11):
    style = xlwt.XFStyle()
    font = xlwt.Font()
    font.name = "宋体"
    font.bold = bold
    font.height = size * 20
    style.font = font
    if border:
        b = xlwt.Borders()
        b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
        style.borders = b
    al = xlwt.Alignment()
    al.vert = xlwt.Alignment.VERT_CENTER
    al.horz = xlwt.Alignment.HORZ_CENTER if center else xlwt.Alignment.HORZ_LEFT
    al.wrap = 1 if wrap else 0
    style.alignment = al
    return style


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 开学工作检查问题整改清单, after a district 教育分局's account of its 秋季学期开学工作检查 (11个专项工作组对全区97所
# 中小学、幼儿园检查; 党对教育工作的领导、基础教育工作落实、校园安全措施、教师队伍稳定、教育收费管理、教育装备使用
# 和管养; 各校对照检查表先行自查，建立问题整改清单，形成自查报告):
# http://jyfz.org.cn/show-60328.html
# An .xlsx: title, 填报单位/填报日期 line, a line with the 反馈 date the 立行立改 rows count from, one header row with
# 检查方面 and a 销号情况 column beside 整改进展, the school cell merged down over a school's two rows, one row for a
# 街道办事处 (校园周边), a 注 line and a signature line.
OPENING_ROWS = [
    (
        "华龙区实验小学",
        [
            (
                "校园安全",
                "教学楼东侧消防通道堆放课桌椅等杂物，疏散通道不畅",
                "立即清理杂物，设置禁止堆放标识",
                "王红霞",
                "立行立改",
                "已清理完毕",
                "已销号",
            ),
            (
                "教育装备",
                "科学实验室部分仪器损坏未登记报修，危化品柜未实行双人双锁",
                "建立仪器报修台账，改造危化品柜",
                "刘国栋",
                "8月20日前",
                "已完成双人双锁改造，损坏仪器正在报修",
                "",
            ),
        ],
    ),
    (
        "华龙区胜利路小学",
        [
            (
                "教育收费",
                "暑期托管服务收费未经家长自愿申请，收费公示内容不全",
                "退还未申请学生费用，重新公示收费项目",
                "赵丽娟",
                "2024年8月10日",
                "已全部退还并重新公示",
                "已销号",
            ),
        ],
    ),
    (
        "华龙区岳村镇第一初级中学",
        [
            (
                "教师队伍",
                "英语、体育学科教师缺编3人，部分教师跨学科兼课",
                "申请补充招聘，暂由中心校统筹调配",
                "孙志强",
                "8月31日前",
                "已向区教育局报送补充招聘计划",
                "",
            ),
        ],
    ),
    (
        "华龙区中原路幼儿园",
        [
            (
                "校园安全",
                "大门口防冲撞设施未安装，保安员未配备防护器械",
                "安装防冲撞桩，配齐防护器械",
                "李晓梅",
                "8月15日前",
                "未启动",
                "",
            ),
            (
                "党的领导",
                "党支部“三会一课”记录不全，主题党日活动未按月开展",
                "建立月度提醒制度，规范会议记录",
                "李晓梅",
                "长期坚持",
                "已建立月度提醒制度，长期坚持",
                "",
            ),
        ],
    ),
    (
        "华龙区孟轲乡中心学校",
        [
            (
                "基础教育",
                "课后服务未按“5+2”要求开展，每周仅开展3天",
                "调整课后服务安排，每周5天全覆盖",
                "张海涛",
                "9月1日开学前",
                "",
                "",
            ),
        ],
    ),
    (
        "华龙区第二初级中学",
        [
            (
                "教育装备",
                "录播教室设备长期闲置，教师使用率低",
                "制定录播教室使用排课表",
                "郭建新",
                "2024年7月25日",
                "已制定使用排课表并完成全员培训，整改完成",
                "",
            ),
        ],
    ),
    (
        "华龙区胜利路街道办事处",
        [
            (
                "校园周边",
                "胜利路小学门前道路无减速带和人行横道线，上下学时段交通拥堵",
                "协调交警部门施划人行横道线，安装减速带",
                "冯志远",
                "2024年8月28日",
                "已协调交警部门施划人行横道线，减速带正在安装",
                "",
            ),
        ],
    ),
]


def write_opening(path: Path) -> Path:
    b = Book(path, author="督导室")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 24, 10, 40, 28, 10, 14, 32, 10])
    b.line(ws, 0, "华龙区2024年秋季开学准备工作检查问题整改清单", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区教育局（盖章）    填报日期：2024年7月30日", 8)
    b.line(ws, 2, "检查组于2024年7月17日反馈检查意见，“立行立改”事项自反馈之日起整改。", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "责任单位（学校）",
            "检查方面",
            "问题描述",
            "整改措施",
            "责任人",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    r, n = 4, 0
    for school, rows in OPENING_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, school, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：销号情况由区教育局督导室复核后填写；未销号事项按整改时限跟踪督办。", 8)
    b.line(ws, r + 1, "填表人：马文静    审核人：周建平    联系电话：0393-8166203", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 医保基金管理突出问题专项整治问题整改台账, after a district 医保局's report on its 医保基金管理突出问题专项整治
# (组织定点医疗机构、定点零售药店开展自查自纠，发现问题283项，主动退回违规金额; 监督检查、约谈、暂停医保结算、解除
# 医保协议、移交纪检监察机关、追回医保基金; 存在问题: 自查自纠不彻底“零报告”“零退费”, 部门协同配合有差距、信息
# 共享不及时, 线索收集来源渠道单一、缺乏微信小程序等移动端举报入口):
# http://www.dachuan.gov.cn/xxgk-show-150769.html
# An .xlsx: title, 填报单位/截至/金额单位 line, the 约谈会 date the 立行立改 rows count from, a two-row header
# (处置情况 over 主动退回金额/追回医保基金/处理措施, 整改落实 over 整改时限/整改进展), 责任单位 under short and
# former names, a 合计 row summing the money, a signature line.
FUND_ROWS = [
    (
        "自查自纠",
        "濮阳仁和医院有限公司",
        "超标准收费、重复收取静脉输液费，自查问题避重就轻",
        12.36,
        "",
        "约谈主要负责人",
        "2024年8月31日",
        "已退回部分违规金额，其余正在逐项核算",
    ),
    (
        "自查自纠",
        "清丰县城关镇卫生院",
        "自查自纠“零报告”，经数据筛查发现串换诊疗项目收费",
        0.0,
        3.85,
        "暂停医保结算1个月",
        "立行立改",
        "已追回违规资金，恢复结算前经复查合格",
    ),
    (
        "监督检查",
        "范县惠民大药房有限公司",
        "医保卡刷取化妆品、日用品等非医保支付范围商品",
        "",
        1.27,
        "解除医保服务协议",
        "2024年7月15日",
        "已解除协议并追回违规资金",
    ),
    (
        "监督检查",
        "南乐县福康诊所",
        "药品进销存数据与医保结算数据不符，涉嫌虚记药品",
        "",
        2.40,
        "移交县纪委监委",
        "2024年9月30日",
        "已移交，待处理结果",
    ),
    (
        "部门协同",
        "市卫计委",
        "与医保部门信息共享不及时，医疗机构违规问题线索移送滞后",
        "",
        "",
        "",
        "2024年10月底前",
        "正在建立线索互移机制",
    ),
    (
        "部门协同",
        "市公安局",
        "欺诈骗保案件线索联查联办会商机制未建立",
        "",
        "",
        "",
        "2024年9月底前",
        "",
    ),
    (
        "线索收集",
        "市医保局",
        "举报渠道以电话、邮箱为主，缺乏微信小程序等移动端举报入口",
        "",
        "",
        "",
        "2024年12月31日",
        "未启动",
    ),
    (
        "线索排查",
        "市医保局",
        "智能监控系统疑点数据核查处理不及时，部分疑点超期未核",
        "",
        "",
        "",
        "长期坚持",
        "每月开展疑点数据集中核查，常态化推进",
    ),
]


def write_fund(path: Path) -> Path:
    b = Book(path, author="基金监管科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 24, 40, 12, 12, 18, 16, 30])
    b.line(ws, 0, "医保基金管理突出问题专项整治问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市医疗保障局（基金监管科）    截至时间：2024年7月26日    金额单位：万元",
        8,
    )
    b.line(ws, 2, "“立行立改”事项以2024年7月5日定点医药机构集体约谈会之日为起算日。", 8)
    for c, word in enumerate(["序号", "问题来源", "责任单位", "问题表现"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 6, "处置情况", b.head)
    b.header(ws, 4, ["主动退回金额", "追回医保基金", "处理措施"], first=4)
    b.merge(ws, 3, 7, 3, 8, "整改落实", b.head)
    b.header(ws, 4, ["整改时限", "整改进展"], first=7)
    for i, row in enumerate(FUND_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(FUND_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, "共8个问题")
    b.put(ws, end, 4, round(sum(r[3] for r in FUND_ROWS if r[3] != ""), 2))
    b.put(ws, end, 5, round(sum(r[4] for r in FUND_ROWS if r[4] != ""), 2))
    for c in (6, 7, 8):
        b.put(ws, end, c, "")
    b.line(ws, end + 1, "填表人：韩雪    审核人：靳立军    联系电话：0393-8990516", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 药品经营企业监督检查责令整改情况表, after a district 食药局's account of its checks on 药品批发企业 (许可认证、
# 冷链系统运行、库房温湿度记录、药品购销存储、药品经营资质、货票同行; 未做到货票同行、质量负责人不在岗、上下家资质
# 收集不齐全; 当场下达《责令整改通知书》和《当场行政处罚决定书》，警告处罚并责令立即改正):
# https://www.chuanshan.gov.cn/gongkai/show/72aa09fe0ebc40369bc802300a4e6375.html
# An .xlsx: title, 填报单位 line, one header row with the 检查日期 (a date cell) the 立即改正 and N个工作日内 rows count
# from, 检查内容 and 处理措施 beside the problem, a 复查情况 column for progress, a 说明 line and a signature line.
DRUG_ROWS = [
    (
        "濮阳市康源医药有限公司",
        date(2024, 7, 2),
        "货票同行",
        "配送药品未做到货票同行，随货同行单缺少出库复核人签字",
        "下达《责令整改通知书》",
        "10个工作日内",
        "7月16日复查合格",
    ),
    (
        "南乐县济民医药有限公司",
        date(2024, 7, 3),
        "人员资质",
        "质量负责人不在岗，由业务员代签质量验收记录",
        "警告，责令立即改正",
        "立即改正",
        "质量负责人已到岗，复查合格",
    ),
    (
        "濮阳市华康药业有限公司",
        date(2024, 7, 9),
        "冷链系统",
        "冷库温湿度自动监测系统断电后未报警，监测记录缺失6小时",
        "下达《责令整改通知书》",
        "2024年7月31日",
        "正在更换监测设备",
    ),
    (
        "南乐县仁济大药房",
        date(2024, 7, 10),
        "购销资质",
        "首营企业和首营品种资质档案收集不齐全，上下家资质过期未更新",
        "下达《责令整改通知书》",
        "15个工作日内",
        "",
    ),
    (
        "濮阳市德仁堂医药连锁有限公司南乐店",
        date(2024, 7, 15),
        "药品储存",
        "阴凉区温度超过20℃，中药饮片与非药品混放",
        "警告，责令立即改正",
        "立即改正",
        "已当场整改",
    ),
    (
        "南乐县宏达医药有限公司",
        date(2024, 7, 18),
        "计算机系统",
        "计算机系统未设置近效期药品预警，库存中有3个品种已过有效期",
        "立案调查",
        "2024年8月20日",
        "过期药品已下架封存，案件调查中",
    ),
    (
        "南乐县益民药店",
        date(2024, 7, 23),
        "处方药销售",
        "处方药未凭处方销售，执业药师不在岗时未挂牌告知",
        "下达《责令整改通知书》",
        "5个工作日内",
        "7月31日复查：未整改",
    ),
]


def write_drug(path: Path) -> Path:
    b = Book(path, author="药品安全监管股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 12, 12, 40, 22, 14, 26])
    b.line(ws, 0, "南乐县药品经营企业监督检查责令整改情况表（7月）", 7, b.title)
    b.line(ws, 1, "填报单位：南乐县市场监督管理局药品安全监管股    填报日期：2024年7月31日", 7)
    b.header(
        ws,
        2,
        ["序号", "企业名称", "检查日期", "检查内容", "发现问题", "处理措施", "整改期限", "复查情况"],
    )
    for i, row in enumerate(DRUG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DRUG_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限中“立即改正”指检查当日改正，“N个工作日内”自检查日期次日起计算；复查由辖区市场监管所负责。",
        7,
    )
    b.line(ws, end + 1, "填表人：段文博    联系电话：0393-7226318", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 校园安全隐患排查整改情况汇总表, after a 中心小学's 安全自查报告 (组织教干对全镇10处小学和6处幼儿园排查; 伙房及
# 食品留样、门卫及门口、工地安全、楼内安全、车辆安全; 开出整改通知单，限期整改; 整改完成后提出复查申请，中心小学
# 检查人员复查落实; 一时不能整改的制定整改方案，向上一级办学单位汇报):
# https://m.010zaixian.com/shiyongwen/2810070.htm
# An .xls (xlwt): title, 排查单位/排查时间 line, one header row, the 类别 cell merged down over its rows, the
# 单位名称 of each village school or kindergarten, 整改通知单编号, 整改期限, 复查日期 and 复查结果 (合格/不合格) as the
# progress signal, a 注 line and a signature line.
SAFETY_GROUPS = [
    (
        "伙房及食品留样",
        [
            (
                "韩村镇第一小学",
                "食品留样记录不规范，部分菜品留样量不足125克",
                "HC-2024-01",
                "7月12日",
                "7月12日",
                "合格",
            ),
            ("韩村镇中心幼儿园", "用家用小冰箱代替专用留样柜", "HC-2024-02", "7月20日前", "", ""),
        ],
    ),
    (
        "门卫及门口",
        [
            (
                "韩村镇后韩村小学",
                "门卫室有器械无人值守，上下学时段无护导人员",
                "HC-2024-03",
                "立即整改",
                "7月8日",
                "合格",
            ),
        ],
    ),
    (
        "工地安全",
        [
            (
                "韩村镇第二初级中学",
                "宿舍楼改造工地防护网架设不规范，电缆电线落地使用",
                "HC-2024-04",
                "7月31日",
                "7月30日",
                "不合格，未整改",
            ),
        ],
    ),
    (
        "楼内安全",
        [
            (
                "韩村镇第一小学",
                "教学楼楼梯无中间黄线和上下楼梯警示语",
                "HC-2024-05",
                "7月15日",
                "7月16日",
                "合格",
            ),
            (
                "韩村镇西刘庄小学",
                "旧教学楼用电线路及配电设施老化，学校无力更换",
                "HC-2024-06",
                "8月25日前",
                "",
                "已制定维修方案，向县教体局申请维修资金",
            ),
        ],
    ),
    (
        "车辆安全",
        [
            (
                "韩村镇爱心幼儿园",
                "接送幼儿车辆缺少校车标识，未在交警部门备案",
                "HC-2024-07",
                "8月底前",
                "",
                "已制定整改方案，上报县教体局",
            ),
        ],
    ),
]


def write_safety(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 7
    cells = [
        (0, 0, "韩村镇中心学校校园安全隐患排查整改情况汇总表", t, 0, last),
        (
            1,
            0,
            "排查单位：清丰县韩村镇中心学校    排查时间：2024年7月8日    汇总日期：2024年7月31日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(
        ["序号", "类别", "单位名称", "存在问题", "整改通知单编号", "整改期限", "复查日期", "复查结果"]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for group, rows in SAFETY_GROUPS:
        if len(rows) > 1:
            cells.append((r, 1, group, ctr, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, group, ctr))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (4, 5, 6) else c))
            r += 1
    cells += [
        (
            r,
            0,
            "注：整改完成后由学校提出复查申请，中心学校检查人员复查落实；一时不能整改的须制定整改方案，向县教体局汇报。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "检查人：杜振华、刘春燕    填表人：王磊    联系电话：0393-7611425", plain, r + 1, last),
    ]
    return _write_xls(path, [("排查整改汇总", cells)], [6, 14, 18, 40, 14, 12, 10, 26])


# ---------------------------------------------------------------------------------------------
# 5. 依法执业自查问题整改情况表, after a 医疗机构依法执业自查情况表 (机构名称、法定代表人、执业医师/护士/药剂人员数、
# 核准床位数的表头块; 序号、检查内容（《医疗机构执业许可证》是否在有效期内、是否按规定校验、是否悬挂于明显处所、放射
# 诊疗许可、超执业范围、未注册医师护士、外出会诊、精麻处方资格、医技人员资质……）、结果 是/否、备注):
# https://www.doczj.com/doc/303052184.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, the institution's
# header block with the 自查日期 the 立行立改 row counts from, a two-row header (整改是否到位 over 是/否 with √),
# every check item listed — the ones answered without a problem (存在问题 “无”) are not items.
SELF_ROWS = [
    ("《医疗机构执业许可证》是否在有效期内", "是", "无", "/", "/", "", "", ""),
    (
        "《医疗机构执业许可证》是否按规定校验",
        "否",
        "执业许可证校验期已过2个月，未按期申请校验",
        "向县卫健委提交校验申请",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    ("《医疗机构执业许可证》是否悬挂于明显处所", "是", "无", "/", "/", "", "", ""),
    (
        "从事放射诊疗活动是否取得有效《放射诊疗许可证》",
        "否",
        "DR室《放射诊疗许可证》已过期，仍在开展放射诊疗",
        "暂停DR检查，申请换证",
        "2024年8月31日",
        "",
        "√",
        "已暂停DR检查，换证材料已报送，等待现场评审",
    ),
    (
        "是否存在使用卫生技术人员从事本专业以外诊疗活动的",
        "是",
        "1名临床执业助理医师在口腔科独立执业，超出执业范围",
        "调整岗位，停止超范围执业",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "是否存在使用未注册在本机构的医师、护士从事诊疗活动的",
        "是",
        "2名护士执业注册地点未变更至本院",
        "办理执业地点变更注册",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
    (
        "开具麻醉、精神药品处方的医生是否取得相应资格",
        "否",
        "1名医师未取得麻醉药品和第一类精神药品处方权即开具处方",
        "组织培训考核，取得处方权前停止开具",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    ("是否按照规定配置、使用大型医用设备", "是", "无", "/", "/", "", "", ""),
    (
        "医师外出会诊是否均符合管理规定",
        "否",
        "外出会诊未办理会诊审批手续，无会诊记录",
        "建立会诊审批登记制度",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
    (
        "出具诊断性报告的医技人员是否均具有相应资质",
        "否",
        "B超诊断报告由无资质人员出具",
        "停止出具，由执业医师审核签发",
        "2024年7月10日",
        "",
        "√",
        "",
    ),
]


def write_self_book(path: Path) -> Path:
    b = Book(path, author="白衣阁乡卫生院")
    ws = b.sheet("自查情况表")
    b.widths(ws, [6, 40, 8, 40, 26, 14, 6, 6, 30])
    b.line(ws, 0, "范县白衣阁乡卫生院依法执业自查问题整改情况表", 8, b.title)
    b.line(ws, 1, "机构名称：范县白衣阁乡卫生院    法定代表人：陈立新    地址：范县白衣阁乡政府街12号", 8)
    b.line(
        ws,
        2,
        "执业医师：9人；执业助理医师：6人；持《护士执业证书》：14人；药剂人员：3人；核准床位数：40张；实际开设床位数：40张",
        8,
    )
    b.line(ws, 3, "自查日期：2024年7月3日    填报日期：2024年7月29日    联系电话：0393-5561027", 8)
    for c, word in enumerate(["序号", "检查内容", "结果", "存在问题", "整改措施", "整改时限"]):
        b.merge(ws, 4, c, 5, c, word, b.head)
    b.merge(ws, 4, 6, 4, 7, "整改是否到位", b.head)
    b.header(ws, 5, ["是", "否"], first=6)
    b.merge(ws, 4, 8, 5, 8, "备注", b.head)
    for i, row in enumerate(SELF_ROWS, 1):
        r = 5 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 5, 6, 7) else b.cell)
    end = 6 + len(SELF_ROWS)
    b.line(ws, end, "注：“结果”栏按检查内容如实填写“是”或“否”；存在问题的须填写整改措施和整改时限。", 8)
    b.line(ws, end + 1, "自查负责人：陈立新    填表人：吕晓芳", 8)
    return b.close()


def write_self(path: Path) -> Path:
    return via_soffice(write_self_book, path, "xls", "依法执业自查问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 零售药店检查问题整改情况, after a county 市场监管局's list of 零售药店 found failing to register and report
# monitored drug sales (药店名称 with the 处理: 停业整顿10天 / 警告), published under its notice on 零售药店责任落实:
# https://cx-bbs.com/forum.php?goto=nextoldset&mod=redirect&tid=2278053
# A CSV in GBK: a title line, a line saying how the working-day limits count, one header line with the 检查日期 each
# row's limit counts from, the 处理结果 beside the 整改期限, a 说明 line closing the list.
PHARMACY_ROWS = [
    (
        "台前县康佳大药房",
        "城关监管所",
        "2024-07-04",
        "含麻黄碱类复方制剂销售未登记购买人身份证信息",
        "停业整顿10天",
        "2024-07-14",
        "已整改，经复查恢复营业",
    ),
    (
        "台前县百草堂药店",
        "城关监管所",
        "2024-07-04",
        "含可待因复方口服溶液超量销售，单次销售超过2个最小包装",
        "警告",
        "5个工作日内",
        "已整改",
    ),
    (
        "台前县惠民药店",
        "侯庙监管所",
        "2024-07-09",
        "执业药师挂证，检查时不在岗且无法提供在岗记录",
        "警告",
        "2024-07-31",
        "正在招聘执业药师",
    ),
    (
        "濮阳市仁和堂医药连锁有限公司台前店",
        "城关监管所",
        "2024-07-11",
        "销售记录未按日上传至药品追溯监管平台",
        "警告",
        "3个工作日内",
        "",
    ),
    (
        "台前县吴坝镇济世药店",
        "吴坝监管所",
        "2024-07-16",
        "拆零药品未标明名称、规格、有效期等信息",
        "责令改正",
        "立即改正",
        "已当场改正",
    ),
    (
        "台前县打渔陈镇回春堂药店",
        "打渔陈监管所",
        "2024-07-18",
        "处方药与非处方药未分区陈列，处方审核记录缺失",
        "停业整顿10天",
        "2024-07-28",
        "未整改",
    ),
    (
        "台前县夹河乡永康药店",
        "夹河监管所",
        "2024-07-22",
        "冷藏药品未存放于冷藏柜，冷藏柜温度记录空白",
        "警告",
        "2024-08-05",
        "已购置医药冷藏柜，温度记录正在完善",
    ),
]


def write_pharmacy(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县零售药店含特殊药品复方制剂销售检查问题整改情况（2024年7月）"])
    w.writerow(["整改期限中“N个工作日内”自检查日期次日起计算，“立即改正”指检查当日改正"])
    w.writerow(["序号", "药店名称", "所属监管所", "检查日期", "存在问题", "处理结果", "整改期限", "整改情况"])
    for i, row in enumerate(PHARMACY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["说明：本月共检查零售药店46家，发现问题药店7家，已全部责令整改。", "", "", "", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 医疗废物整改报告, after a hospital's 医疗废物整改报告 (市卫生局与环保局联合检查组到院检查医疗废物管理及污水
# 处理，提出监督意见; 指定医院感染管理科负责检查、督导、落实; 要求在五个工作日内完成整改; 完善制度、培训、专职人员
# 体检和预防接种、周转桶防渗漏并每天清洁消毒、暂存间防蚊蝇、污水处理和每日监测余氯2次):
# https://www.yituanyoupin.com.cn/huibaocailiao/51544.html
# A .docx: title, 主送, a preamble stating the 检查 date the 五个工作日内 limit counts from, the items as numbered
# paragraphs (问题, the hospital's own 科室, 整改措施, 时限 and progress in sentences), a closing paragraph and the
# hospital and date at the foot. All items belong to the sending hospital.
WASTE_PARAS = [
    (
        "（一）医疗废物分类收集不规范，部分病区损伤性废物与感染性废物混放。整改措施：由院感科牵头，对全院护理人员"
        "和保洁人员开展医疗废物分类培训，五个工作日内完成整改。已于7月12日完成全院培训和逐科督查，整改到位。"
    ),
    (
        "（二）医疗废物暂存间未设防蚊蝇、防鼠设施，地面有破损。整改措施：总务科负责加装纱窗和挡鼠板，修补地面，"
        "五个工作日内完成整改。已安装防蚊蝇纱窗和挡鼠板，地面已修补，整改完成。"
    ),
    (
        "（三）医疗废物交接登记不全，交接记录缺少重量和交接人签名。整改措施：护理部统一交接登记表样式，五个工作日内"
        "完成整改。目前新登记表已启用，6月以来的交接记录正在补登。"
    ),
    (
        "（四）污水处理站余氯监测每日仅1次，未达到每日监测2次的要求。整改措施：总务科自2024年7月9日起每日上午、"
        "下午各监测一次并记录，长期坚持。"
    ),
    (
        "（五）医疗废物运送周转桶部分破损，未做到每日清洗消毒。整改措施：总务科于2024年7月20日前更换全部周转桶，"
        "建立清洗消毒记录。目前已采购新周转桶30个，尚未到货。"
    ),
    (
        "（六）污水处理设施老旧，出水粪大肠菌群数偶有超标。整改措施：总务科将污水处理设施纳入年度改造计划，"
        "2024年10月底前完成设备更新改造。目前改造方案已报县卫健委审批。"
    ),
    (
        "（七）医疗废物管理专职人员未进行健康体检和免疫接种。整改措施：人事科组织专职人员健康体检，对乙肝表面抗原"
        "阴性者给予预防接种，2024年8月15日前完成。"
    ),
    (
        "（八）医疗废物流失、泄漏应急预案未组织演练。整改措施：医务科会同院感科于2024年9月底前组织一次应急演练。"
        "目前尚未开展。"
    ),
]


def write_waste(path: Path) -> Path:
    doc = _new_document("院感科")
    _title(doc, "清丰县中医院关于医疗废物管理问题整改情况的报告")
    _paragraph(doc, "清丰县卫生健康委员会：")
    _paragraph(
        doc,
        "2024年7月8日，县卫健委与市生态环境局清丰分局联合检查组到我院检查医疗废物管理及污水处理工作，提出了8个方面"
        "的监督意见，要求在五个工作日内完成整改，需新建改造的设施按计划分期完成。医院领导高度重视，指定医院感染管理科"
        "负责检查、督导、落实。现将整改情况报告如下：",
    )
    for text in WASTE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将把医疗废物管理纳入科室月度考核，对整改情况开展“回头看”，防止问题反弹。")
    _paragraph(doc, "清丰县中医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 医疗废水废物处理问题整改情况汇报, after a 县卫健局's 整改情况汇报 on the 交办事项 “医疗废水废物处理欠规范” (一、交办
# 内容: 没有规范的污水处理站或一体化处理设备，乡镇卫生院医疗废物10-15天转运一次; 二、整改目标; 三、整改措施:
# 规范医疗污水处置、运营台账，村卫生室医疗废物交乡镇卫生院暂存并交接登记，2天转运1次，加强监督执法):
# http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=301282
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble with the 交办 date the 立行立改 blocks count from, one
# block per 交办事项 with labelled lines (交办内容 / 整改措施 / 责任单位 / 整改时限 / 整改进展), schedule and
# month-range deadlines, the bureau and date at the foot.
SEWAGE_BLOCKS = [
    (
        "柳屯镇卫生院未配套医疗废水一体化处理设备，污水经化粪池后直接排放",
        "为卫生院安装规范化污水处理设备，建立运营台账",
        "柳屯镇卫生院",
        "7月底前完成设备采购，10月底前安装调试到位",
        "设备已完成政府采购，待供货安装",
    ),
    (
        "文留镇卫生院医疗废物10-15天转运一次，暂存时间明显过长",
        "与医疗废物处置公司签订补充协议，按2天1次转运",
        "文留镇卫生院",
        "立行立改",
        "已签订补充协议，自7月1日起2天转运1次，整改完成",
    ),
    (
        "辖区村卫生室医疗废物未交卫生院暂存，交接登记缺失",
        "村卫生室医疗废物全部交卫生院暂存并做好交接登记",
        "王称堌镇卫生院",
        "2024年6-9月分批完成",
        "已完成12个村卫生室交接登记，其余正在推进",
    ),
    (
        "污水处理站在线监测设备未与生态环境部门联网",
        "完成在线监测设备联网调试",
        "濮阳县人民医院",
        "2024年7月20日",
        "已联网运行",
    ),
    (
        "污水处理设施运营台账缺失，消毒剂投放无记录",
        "补建运营台账，逐日记录消毒剂投放",
        "濮阳县中医院",
        "立行立改",
        "",
    ),
    (
        "对民营医疗机构医疗废物处置监督检查覆盖不全",
        "组织县卫生健康综合监督执法队伍开展专项检查",
        "县卫健委",
        "长期坚持",
        "每季度开展一次专项检查，长期坚持",
    ),
    (
        "庆祖镇卫生院医疗废物暂存间未设置警示标识，未上锁管理",
        "设置医疗废物警示标识，落实专人上锁管理",
        "庆祖镇卫生院",
        "2024年7月10日",
        "尚未整改",
    ),
]

NUMERALS = "一二三四五六七八九十"


def write_sewage_docx(path: Path) -> Path:
    doc = _new_document("医政医管股")
    _title(doc, "濮阳县卫生健康委员会关于医疗废水废物处理问题整改情况的汇报")
    _paragraph(doc, "县突出环境问题整改工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年6月28日，县突出环境问题整改工作领导小组办公室向我委交办“医疗废水废物处理欠规范”问题7项。我委按照"
        "“按时、按质办理到位”的要求，逐项明确责任单位、整改措施和整改时限，“立行立改”事项自交办之日起整改。"
        "现将整改情况汇报如下：",
    )
    for i, (content, measure, unit, limit, progress) in enumerate(SEWAGE_BLOCKS):
        _paragraph(doc, f"{NUMERALS[i]}、交办事项{i + 1}", font="黑体")
        _paragraph(doc, f"交办内容：{content}。")
        _paragraph(doc, f"整改措施：{measure}。")
        _paragraph(doc, f"责任单位：{unit}")
        _paragraph(doc, f"整改时限：{limit}")
        _paragraph(doc, f"整改进展：{progress}")
    _paragraph(doc, "我委将持续加强对医疗废水废物处置的监督执法，确保交办问题全部整改到位。")
    _paragraph(doc, "濮阳县卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_sewage(path: Path) -> Path:
    return via_soffice(write_sewage_docx, path, "doc", "医疗废水废物处理问题整改情况汇报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改进展情况报告, after a city's account of the feedback meeting of its 医疗卫生领域专项巡察组 on a
# 县人民医院党委 (通报巡察发现6方面17项问题; 整改意见: 加强党的领导、落实党的建设、严守党的纪律、强化制度约束、
# 切实落实医疗卫生“九不准”; 医院党委表态全盘接受、全面整改):
# https://fyxfw.gov.cn/display.php?id=114185
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, a preamble with the 反馈 date the 立行立改 row
# counts from, a table whose 问题方面 cells are merged down over their rows, the hospital's own 科室 as 责任科室,
# an 整改状态 column (已完成/阶段性完成/正在推进/未启动/长期坚持/blank), the hospital and date at the foot.
PATROL_GROUPS = [
    (
        "一、加强党的领导方面",
        [
            (
                "党委会议事规则未及时修订，“三重一大”事项决策程序不规范",
                "修订党委会议事规则和“三重一大”决策实施细则",
                "党委办公室",
                "2024年8月31日",
                "阶段性完成",
            ),
            (
                "院长办公会议题提交党委会前置研究不够",
                "建立党委前置研究事项清单",
                "党委办公室",
                "2024年6月30日",
                "已完成",
            ),
        ],
    ),
    (
        "二、落实党的建设方面",
        [
            (
                "临床科室党支部书记“双带头人”比例偏低",
                "选优配强临床科室党支部书记",
                "组织人事科",
                "2024年12月底前",
                "正在推进",
            ),
        ],
    ),
    (
        "三、严守党的纪律方面",
        [
            (
                "医疗器械采购论证环节缺少纪检监督",
                "纪检监察室全程参与采购论证",
                "纪检监察室",
                "立行立改",
                "已完成",
            ),
        ],
    ),
    (
        "四、强化制度约束方面",
        [
            (
                "药品耗材二次议价制度未建立，高值耗材使用未开展点评",
                "建立二次议价和高值耗材点评制度",
                "药剂科、设备科",
                "2024年9月30日",
                "未启动",
            ),
            (
                "结余药品未入账管理，使用去向不清",
                "设立结余药品专账，每季度向药事会通报",
                "财务科",
                "2024年7月31日",
                "",
            ),
        ],
    ),
    (
        "五、落实“九不准”方面",
        [
            (
                "个别医务人员接受医药代表宴请，“九不准”警示教育不经常",
                "每季度开展一次警示教育",
                "纪检监察室",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "南乐县人民医院关于市委巡察反馈问题整改进展情况的报告")
    _paragraph(doc, "市委巡察工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年5月20日，市委医疗卫生领域专项巡察组向我院党委反馈了巡察发现的6方面17项问题。医院全盘接受、全面整改，"
        "其中10项已整改完成并经销号。现将其余需持续跟踪的7项问题整改进展报告如下（“立行立改”事项自反馈之日起整改）：",
    )
    header = ["问题方面", "序号", "巡察反馈问题", "整改措施", "责任科室", "完成时限", "整改状态"]
    rows: list[list[str]] = []
    spans: list[tuple[int, int, str]] = []
    n = 0
    for group, items in PATROL_GROUPS:
        spans.append((len(rows) + 1, len(rows) + len(items), group))
        for item in items:
            n += 1
            rows.append(["", str(n), *item])
    table = _table(doc, header, rows, size=10)
    for first, last, group in spans:
        cell = table.cell(first, 0)
        if last > first:
            cell = cell.merge(table.cell(last, 0))
        _cell_text(cell, group, 10)
    _paragraph(doc, "院党委将坚持问题不解决不松劲、整改不到位不销号，确保巡察整改取得实效。")
    _paragraph(doc, "南乐县人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "wps", "巡察反馈问题整改进展情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 突出问题限期整改通知书回执 (two returns in one zip), after a city's account of its 开学督导检查 (开学条件保障、
# 控辍保学和学校安全隐患排查等10项内容、23个核查点; 中小学常规管理底线要求40条; 公办幼儿园管理底线要求30条; 民办
# 学校收费; 对发现的突出问题现场开具《突出问题限期整改通知书》，责成学校立行立改):
# https://m.shzx.org/a/23-11441-0.html
# A .zip holding a .docx of 通知书回执 cards from one county (one two-column card per school, the 督导时间 each card's
# 立行立改 / N个工作日内 counts from) and an .xlsx list of the same notices from a district with a 复查人 column.
NOTICE_CARDS = [
    (
        "PYX-2024-07",
        "濮阳县城关镇第三小学",
        "2024年7月9日",
        "学校围墙东段倾斜开裂，存在倒塌隐患",
        "立即设置警戒隔离，暑期内完成拆除重建",
        "2024年8月20日",
        "已设置警戒隔离带，重建工程正在招标",
    ),
    (
        "PYX-2024-08",
        "濮阳县海通乡中心小学",
        "2024年7月10日",
        "食堂从业人员3人健康证过期仍在岗",
        "立即调离岗位，重新办理健康证",
        "立行立改",
        "已调离岗位，3人已重新办理健康证，整改完成",
    ),
    (
        "PYX-2024-09",
        "濮阳县子岸镇初级中学",
        "2024年7月10日",
        "违规向学生推荐购买教辅练习册",
        "清退违规征订的教辅资料并退还费用",
        "10个工作日内",
        "已全部清退，退还费用1.2万元，整改完成",
    ),
    (
        "PYX-2024-10",
        "濮阳县习城乡第一幼儿园",
        "2024年7月11日",
        "午休室床铺间距不足，消防安全出口被上锁",
        "调整床铺布局，保持安全出口畅通",
        "2024年7月31日",
        "",
    ),
]
NOTICE_LABELS = ["被督导学校", "督导时间", "突出问题", "整改要求", "整改时限", "整改落实情况"]

HUALONG_NOTICES = [
    (
        "HL-2024-03",
        "华龙区第三初级中学",
        "校舍安全",
        "学生宿舍楼安全出口指示灯损坏，应急照明不亮",
        "7月19日前",
        "已整改到位",
        "李建华",
    ),
    (
        "HL-2024-05",
        "华龙区京开道小学",
        "课程开设",
        "未按课程方案开足体育与健康课，每周仅2课时",
        "8月31日前",
        "已调整课程表，待秋季开学后核查",
        "李建华",
    ),
    (
        "HL-2024-06",
        "华龙区小天使幼儿园",
        "收费管理",
        "收费项目未公示，擅自收取兴趣班费用",
        "7月25日",
        "未整改",
        "魏红",
    ),
    (
        "HL-2024-08",
        "华龙区孟轲乡第二小学",
        "控辍保学",
        "2名适龄儿童长期未到校，未建立劝返台账",
        "长期坚持",
        "已建立劝返台账，落实“一生一案”，长期坚持",
        "魏红",
    ),
]


def write_notice_cards(path: Path) -> Path:
    doc = _new_document("濮阳县教育局督导室")
    _title(doc, "濮阳县学校督导检查突出问题限期整改通知书回执", 18)
    _paragraph(doc, "报送单位：濮阳县教育局督导室    报送日期：2024年7月29日", 12)
    for code, *values in NOTICE_CARDS:
        table = doc.add_table(rows=1 + len(NOTICE_LABELS), cols=2)
        table.style = "Table Grid"
        head = table.cell(0, 0).merge(table.cell(0, 1))
        _cell_text(head, f"突出问题限期整改通知书回执（编号：{code}）", 11, bold=True)
        for r, (label, value) in enumerate(zip(NOTICE_LABELS, values, strict=True), start=1):
            _cell_text(table.cell(r, 0), label, 10.5, bold=True)
            _cell_text(table.cell(r, 1), value, 10.5)
        _paragraph(doc, "学校负责人（签字）：            （学校盖章）", 10.5)
    _paragraph(doc, "注：整改时限为“立行立改”的自督导之日起整改，“N个工作日内”自督导时间次日起计算。", 10.5)
    return _save_fixed(doc, path)


def write_hualong_notices(path: Path) -> Path:
    b = Book(path, author="华龙区教育局")
    ws = b.sheet("通知书台账")
    b.widths(ws, [6, 14, 22, 12, 40, 12, 30, 10])
    b.line(ws, 0, "华龙区学校督导检查突出问题限期整改通知书整改情况", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区人民政府教育督导室    督导时间：2024年7月11日至12日", 7)
    b.header(
        ws, 2, ["序号", "通知书编号", "学校（园）", "核查内容", "突出问题", "整改时限", "整改结果", "复查人"]
    )
    for i, row in enumerate(HUALONG_NOTICES, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(HUALONG_NOTICES), "填表人：魏红    联系电话：0393-8212750", 7)
    return b.close()


def write_notice_zip(path: Path) -> Path:
    members = [
        ("濮阳县突出问题限期整改通知书回执.docx", write_notice_cards),
        ("华龙区突出问题限期整改通知书整改情况.xlsx", write_hualong_notices),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("华龙区2024年秋季开学准备工作检查问题整改清单.xlsx", write_opening),
    ("医保基金管理突出问题专项整治问题整改台账.xlsx", write_fund),
    ("南乐县药品经营企业监督检查责令整改情况表（7月）.xlsx", write_drug),
    ("韩村镇中心学校校园安全隐患排查整改情况汇总表.xls", write_safety),
    ("范县白衣阁乡卫生院依法执业自查问题整改情况表.et", write_self),
    ("台前县零售药店含特殊药品复方制剂销售检查问题整改情况.csv", write_pharmacy),
    ("清丰县中医院关于医疗废物管理问题整改情况的报告.docx", write_waste),
    ("濮阳县卫生健康委员会关于医疗废水废物处理问题整改情况的汇报.doc", write_sewage),
    ("南乐县人民医院关于市委巡察反馈问题整改进展情况的报告.wps", write_patrol),
    ("学校督导检查突出问题限期整改通知书回执（濮阳县、华龙区）.zip", write_notice_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev138 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 医保基金监管、药品安全、食品安全检查整改和医疗机构自查 (定点医疗机构自查自纠、飞行检查退回、医保基金
审计整改、药品经营风险隐患排查、医疗废物自查和督查、校园食堂、农村集体聚餐、临期食品、抽检不合格核查处置).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .ods (LibreOffice conversions of an .xlsx,
a .docx and an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (a .docx
and an .xlsx) whose member names are stored in GBK. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside239.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)
TICK = "√"


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
        self.money = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})

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
            ws.write_number(r, c, v, fmt)
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
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member times, order and compression kept."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


class GbkName(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Chinese Windows zip tools write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 定点医疗机构医保基金使用自查自纠问题整改台账, after a city 医保局's account of driving 定点医疗机构 to self-check
# (对照《定点医疗机构违法违规使用医疗保障基金典型问题清单(2024版)》和飞行检查问题清单自查; 17家定点医疗机构自查
# 发现问题99个，主动申请退回违规使用医保基金35.53万元; 自查从宽、被查从严):
# http://yaochangyun.com/ypHangYeDongTai/Item44b0e816cfc04e90.html
# An .xlsx: title, 填报单位/金额单位 line, an 对照依据 line, one header row with 对照问题清单类别, 问题数 and 主动申请退回
# 金额 beside the problem, 整改进展 and a 是否销号 column, a 合计 row summing counts and money, 注 and signature lines.
SELF_CHECK_ROWS = [
    (
        "濮阳市人民医院",
        "三级",
        "超标准收费",
        "病理诊断按蜡块数重复收取免疫组织化学染色诊断费",
        12,
        86420.50,
        "退回违规费用，修订收费字典",
        "2024年6月30日",
        "已全额退回，收费字典已修订",
        "是",
    ),
    (
        "濮阳市中医医院",
        "三级",
        "串换项目收费",
        "将普通针刺串换为微针针刺收费",
        9,
        42310.00,
        "退回违规费用，改造收费系统",
        "2024年7月31日",
        "违规费用已退回，收费系统正在改造",
        "否",
    ),
    (
        "濮阳县人民医院",
        "二级",
        "重复收费",
        "住院患者静脉输液与留置针护理重复计费",
        15,
        63800.00,
        "逐项清理护理类收费项目",
        "8月底前",
        "正在整改",
        "否",
    ),
    (
        "清丰县中医院",
        "二级",
        "过度诊疗",
        "住院患者入院常规开展肿瘤标志物组合检查，缺乏临床指征",
        6,
        18960.00,
        "制定检查适应证目录",
        "2024年9月30日",
        "未启动",
        "否",
    ),
    (
        "南乐县人民医院",
        "二级",
        "分解住院",
        "部分患者出院后3日内以同一诊断再次办理入院",
        4,
        27540.00,
        "修订出入院管理制度",
        "2024年7月15日",
        "已退回，制度已修订",
        "是",
    ),
    (
        "范县人民医院",
        "二级",
        "超量开药",
        "门诊慢特病患者单次开药超过30日用量",
        11,
        9876.30,
        "HIS系统设置开药天数上限",
        "2024年7月10日",
        "已在HIS系统设置开药天数上限",
        "是",
    ),
    (
        "台前县人民医院",
        "二级",
        "违规收费",
        "将一次性使用无菌注射器等应打包收费的耗材单独收费",
        8,
        15230.00,
        "清理耗材收费项目",
        "年底前",
        "",
        "",
    ),
    (
        "濮阳市华龙区中原路街道社区卫生服务中心",
        "一级",
        "病历管理",
        "中医理疗项目未记录治疗部位和治疗时长",
        7,
        3150.00,
        "规范治疗记录，每月抽查病历",
        "长期坚持",
        "每月抽查病历，长期坚持",
        "否",
    ),
]


def write_self_check(path: Path) -> Path:
    b = Book(path, author="基金监管科")
    ws = b.sheet("自查自纠整改台账")
    b.widths(ws, [6, 26, 8, 14, 40, 10, 14, 26, 14, 28, 10])
    b.line(ws, 0, "2024年定点医疗机构医保基金使用自查自纠问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市医疗保障局（基金监管科）    填报日期：2024年7月30日    金额单位：元", 10)
    b.line(ws, 2, "对照依据：《定点医疗机构违法违规使用医疗保障基金典型问题清单（2024版）》", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "定点医疗机构",
            "医院等级",
            "对照问题清单类别",
            "自查发现问题",
            "问题数（个）",
            "主动申请退回金额（元）",
            "整改措施",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(SELF_CHECK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 6 else (b.center if c in (2, 5, 8, 10) else None))
    end = 4 + len(SELF_CHECK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    for c in range(1, 11):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 5, sum(r[4] for r in SELF_CHECK_ROWS), b.center)
    b.put(ws, end, 6, round(sum(r[5] for r in SELF_CHECK_ROWS), 2), b.money)
    b.line(ws, end + 1, "注：“是否销号”经县（区）医保部门复核后填写；自查从宽、被查从严。", 10)
    b.line(ws, end + 2, "审核人：郑海燕    填表人：孙立新    联系电话：0393-8998127", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 医疗保障基金飞行检查发现问题退回情况, after a report of 国家医保局 naming hospitals whose 违法违规使用医保基金 was
# found in flight checks and how little of it they returned (违法违规金额、仅退回、退回率不到4%; 过度诊疗、超标准收费、
# 重复收费、串换医疗服务项目; 公立医疗机构和民营医疗机构分列):
# https://chyyyygl.com/hangyeredian/5386.html
# An .xls (xlwt): title, 填报单位/统计截至/金额单位 line, a two-row header (违法违规使用医保基金 over 金额/已退回/退回率,
# 整改 over 整改期限/整改落实情况), 机构性质 公立/民营, a 合计 row, a 注 line and a signature line.
FLIGHT_ROWS = [
    (
        "濮阳市油田总医院",
        "公立",
        "病理诊断、细菌培养超标准收费",
        356.8,
        356.8,
        "2024年6月30日",
        "已全额退回，完成整改",
    ),
    ("濮阳市第三人民医院", "公立", "串换医疗服务项目收费", 148.2, 60.0, "2024年9月30日", "正在分期退回"),
    ("濮阳县中医院", "公立", "过度检查、重复收取检验费", 92.6, 0.0, "2024年7月31日", "未退回，未整改"),
    (
        "濮阳华康医院",
        "民营",
        "虚记医用耗材、挂床住院",
        77.9,
        12.3,
        "2024年8月31日",
        "已移交公安机关，退回工作正在推进",
    ),
    ("清丰仁济医院", "民营", "康复理疗项目超标准收费", 45.1, 45.1, "2024年7月20日", "已全额退回"),
    ("南乐县妇幼保健院", "公立", "超医保限定支付范围用药", 23.4, None, "2024年10月31日", ""),
    ("台前县中医院", "公立", "重复收取分级护理费", 12.7, 12.7, "2024年7月10日", "已退回，经复查合格"),
]


def write_flight(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True)
    num.num_format_str = "0.0"
    pct = _xf(center=True)
    pct.num_format_str = "0.0%"
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年全市医疗保障基金飞行检查发现问题退回及整改情况统计表", t, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市医疗保障局（盖章）    统计截至：2024年7月31日    金额单位：万元",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(["序号", "医疗机构名称", "机构性质", "主要违法违规问题"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 4, "违法违规使用医保基金", h, 2, 6))
    cells.append((2, 7, "整改", h, 2, 9))
    for col, word in enumerate(["金额", "已退回", "退回率", "整改期限", "整改落实情况"], 4):
        cells.append((3, col, word, h))
    cells.append((3, 9, "备注", h))
    total, back = 0.0, 0.0
    for i, (name, kind, problem, amount, returned, due, done) in enumerate(FLIGHT_ROWS, 1):
        r = 3 + i
        cells += [(r, 0, i, ctr), (r, 1, name, c), (r, 2, kind, ctr), (r, 3, problem, c), (r, 4, amount, num)]
        if returned is None:
            cells += [(r, 5, "", ctr), (r, 6, "", ctr)]
        else:
            cells += [(r, 5, returned, num), (r, 6, round(returned / amount, 3), pct)]
            back += returned
        total += amount
        cells += [(r, 7, due, ctr), (r, 8, done, c), (r, 9, "", c)]
    r = 4 + len(FLIGHT_ROWS)
    cells += [
        (r, 0, "合计", ctr, r, 3),
        (r, 4, round(total, 1), num),
        (r, 5, round(back, 1), num),
        (r, 6, round(back / total, 3), pct),
        (r, 7, "", c),
        (r, 8, "", c),
        (r, 9, "", c),
        (
            r + 1,
            0,
            "注：退回率＝已退回金额÷违法违规金额；民营医疗机构移交公安机关的，退回情况按月更新。",
            plain,
            r + 1,
            9,
        ),
        (
            r + 2,
            0,
            "审核人：王建华    填表人：刘婧    联系电话：0393-8998135    填报日期：2024年7月31日",
            plain,
            r + 2,
            9,
        ),
    ]
    return _write_xls(path, [("飞检退回情况", cells)], [6, 22, 8, 30, 9, 9, 9, 16, 30, 8])


# ---------------------------------------------------------------------------------------------
# 3. 校园食品安全检查问题整改情况 (two returns in one zip), after a college 后勤保障处's record of a campus food-safety
# check (一、检查时间 二、检查人员: 后勤保障处、膳食委员会成员 三、检查地点: 学校二食堂、商超、商铺 四、检查内容: 称重
# 工具是否标准、水果是否变质、商店“三防”设施、肉类烤串加贴食品级标签、保留进货台账和食品包装袋、“门前三包”):
# http://noemiappliance.net/zcc/news-29-show.shtml
# A .zip whose member names are stored in GBK: a .docx from a college laid out as the source lays it out (the four
# numbered headings, the findings numbered 1.–6. with their 整改 sentences; the college's own canteens, supermarket
# and shops as places, so every item is the college's), and an .xlsx from a county high school with the same
# 检查时间/检查人员/检查地点 lines above a table of findings by 检查部位.
COLLEGE_FINDINGS = [
    "1.第一食堂称重工具未经计量检定，计量不准。责任部门：饮食服务中心。整改要求：7月10日前完成送检。"
    "整改情况：已送检并取得检定证书，已完成。",
    "2.第二食堂水果档口存在变质水果未及时清理。整改要求：立行立改。整改情况：已当场清理下架。",
    "3.学生超市“三防”设施不全，防鼠板缺失、防蝇帘破损。责任部门：商贸服务中心。整改要求：7月20日前整改到位。"
    "整改情况：防蝇帘已更换，防鼠板正在采购。",
    "4.商铺肉类烤串未加贴食品级标签。责任部门：商贸服务中心。整改要求：7月底前全部加贴食品级标签。",
    "5.水煮店肉类未保留进货台账和食品包装袋。整改要求：建立进货查验台账，长期坚持。"
    "整改情况：已建立进货查验台账，长期坚持。",
    "6.各商铺“门前三包”落实不到位，门前堆放纸箱杂物。整改要求：2024年8月31日前整改到位。整改情况：正在整改。",
]


def write_college_docx(path: Path) -> Path:
    doc = _new_document("后勤保障处")
    _title(doc, "濮阳职业技术学院后勤保障处关于校园食品安全检查问题整改情况的报告", 18)
    _paragraph(doc, "一、检查时间：", bold=True)
    _paragraph(doc, "2024年7月3日")
    _paragraph(doc, "二、检查人员：", bold=True)
    _paragraph(doc, "后勤保障处、膳食委员会成员")
    _paragraph(doc, "三、检查地点：", bold=True)
    _paragraph(doc, "学校第一食堂、第二食堂、学生超市、校内商铺")
    _paragraph(doc, "四、检查内容、发现问题及整改情况：", bold=True)
    _paragraph(
        doc,
        "本次检查与学生膳食委员会成员一同巡查校园食品安全与食品卫生情况，针对上级提出的整改意见，"
        "检查各食堂、商超、商铺是否整改落实。发现问题及整改情况如下：",
    )
    for text in COLLEGE_FINDINGS:
        _paragraph(doc, text)
    _paragraph(doc, "五、检查图片（略）", bold=True)
    _paragraph(doc, "濮阳职业技术学院后勤保障处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


HIGH_SCHOOL_ROWS = [
    ("学生食堂", "留样冰箱未配备温度计，留样记录不全", "配备温度计，规范留样记录", "2024年7月12日", "已整改"),
    ("学生食堂", "粗加工间生熟刀具、砧板未分开标识", "分开标识、分开存放", "立行立改", "已整改"),
    (
        "教师餐厅",
        "从业人员2人健康证过期仍在岗",
        "办理健康证，未取得前调离岗位",
        "7月19日前",
        "1人已办理，1人正在体检",
    ),
    ("学校小卖部", "销售无中文标签的进口饼干", "下架并查明进货来源", "立行立改", "已下架，正在核查进货来源"),
    ("学生食堂", "后厨排水沟未加盖，存在鼠患隐患", "加装不锈钢盖板", "2024年8月25日前", "未整改"),
]


def write_high_school_book(path: Path) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("检查整改情况")
    b.widths(ws, [6, 12, 40, 28, 16, 26])
    b.line(ws, 0, "清丰县第一高级中学食堂食品安全检查问题整改情况", 5, b.title)
    b.line(ws, 1, "检查时间：2024年7月8日", 5)
    b.line(ws, 2, "检查人员：总务处、学生膳食委员会成员", 5)
    b.line(ws, 3, "检查地点：学生食堂、教师餐厅、学校小卖部", 5)
    b.header(ws, 4, ["序号", "检查部位", "发现问题", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(HIGH_SCHOOL_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(HIGH_SCHOOL_ROWS)
    b.line(ws, end, "注：“立行立改”事项自检查当日整改。", 5)
    b.line(
        ws, end + 1, "填报单位：清丰县第一高级中学（总务处）    填表人：赵红霞    填报日期：2024年7月29日", 5
    )
    return b.close()


def write_canteen_zip(path: Path) -> Path:
    members = [
        ("濮阳职业技术学院校园食品安全检查问题整改情况.docx", write_college_docx),
        ("清丰县第一高级中学食堂食品安全检查问题整改情况.xlsx", write_high_school_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for i, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{i}{Path(name).suffix}")
            info = GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 医疗废物管理自查问题及整改措施, after a 科室's 医疗废物自查整改措施 (对照《医疗废物管理条例》《医疗卫生机构医疗废物
# 管理办法》《医疗废物分类目录(2021年版)》，结合上级卫生监督部门检查反馈问题、院感科季度考核通报及日常巡查，共发现
# 5大类17项具体问题; 每一类整改写成一个标题，标题后括注责任人和完成时限):
# https://max.book118.com/html/2026/0114/8032032051010035.shtm
# A .doc (Word 97 via LibreOffice): title, preamble, four headings 一、…四、 each with （责任科室、责任人、完成时限）
# that hold for the numbered problems under them, each problem with its 整改措施 and 进展 in sentences; the rows name
# only the hospital's own 科室, so every item is the hospital's; the 院感科 and date at the foot.
WASTE_GROUPS = [
    (
        "一、医疗废物分类环节整改（责任科室：各临床科室，责任人：护士长，完成时限：2024年7月20日）",
        [
            "1.外科病区治疗室损伤性废物与感染性废物混放，利器盒装载超过3/4仍在使用。整改措施：重新培训分类要求，"
            "利器盒装满3/4即封口。进展：已完成培训，复查未再发现，已完成整改。",
            "2.儿科门诊生活垃圾桶内发现使用后的棉签、输液贴。整改措施：门诊各诊室张贴分类指引，护士长每日巡查。",
        ],
    ),
    (
        "二、收集交接环节整改（责任科室：总务科，责任人：后勤保洁组长，完成时限：2024年8月31日）",
        [
            "3.部分病区医疗废物交接登记未填写重量，交接双方签名不全。整改措施：启用电子交接称重系统。"
            "进展：系统已安装，正在试运行。",
            "4.医疗废物转运车夜间停放在住院楼通道内。整改措施：设置转运车专用停放点。进展：尚未整改。",
        ],
    ),
    (
        "三、暂存处管理环节整改（责任科室：总务科，完成时限：2024年9月30日）",
        [
            "5.医疗废物暂存处防渗漏地面破损，未设置明显警示标识。整改措施：修缮地面，张贴警示标识。"
            "进展：警示标识已张贴，地面修缮已列入8月维修计划。",
            "6.医疗废物暂存时间超过48小时，未做到每日清运。整改措施：与处置公司协商每日清运。"
            "进展：已与医疗废物处置公司签订补充协议，实行每日清运，已完成。",
        ],
    ),
    (
        "四、人员培训与职业防护整改（责任科室：院感科，完成时限：长期坚持）",
        [
            "7.保洁人员收集医疗废物时未佩戴防护手套和口罩。整改措施：配发防护用品，纳入每月院感督查。"
            "进展：已配发防护用品，每月抽查，长期坚持。",
            "8.新入职护理人员未参加医疗废物管理专项培训。整改措施：组织补训并考核。"
            "进展：已于7月18日完成补训，考核合格。",
        ],
    ),
]


def write_waste_docx(path: Path) -> Path:
    doc = _new_document("院感科")
    _title(doc, "清丰县人民医院2024年医疗废物管理自查问题及整改措施")
    _paragraph(
        doc,
        "根据县卫生健康委关于开展医疗废物管理自查的通知要求，我院严格对照《医疗废物管理条例》《医疗卫生机构医疗废物"
        "管理办法》及《医疗废物分类目录（2021年版）》，结合县卫生计生监督所年度检查反馈问题、院感科季度考核通报及"
        "各科室日常巡查记录，对医疗废物全流程管理开展了自查，共发现4大类8项具体问题。现将整改措施及进展报告如下，"
        "各类问题的责任科室、责任人及完成时限见各标题：",
    )
    for heading, items in WASTE_GROUPS:
        _paragraph(doc, heading, font="黑体")
        for text in items:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，院感科将每月开展医疗废物专项督查，确保各项问题按期整改到位。")
    _paragraph(doc, "清丰县人民医院院感科", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_docx, path, "doc", "医疗废物自查整改措施.docx")


# ---------------------------------------------------------------------------------------------
# 5. 医疗机构“两废”处置专项督查督办台账, after a district 卫计局's 医疗机构医疗废物处置情况专项督查 (六个督查小组分区域
# 对全区医疗机构拉网式督查; 医疗废物暂存处建设、登记、收集、转运和贮存、医疗污水处理设备运转及记录; 对不符合要求的
# 单位下发督办单，限期整改):
# http://m.morrisonfamilynewsletter.com/web/h/content_99.shtml
# A CSV in GBK: a title line, a 填报单位/督查时间 line that says the 整改期限 counts from each 督办单's 下发日期, one
# header line with 督查组 and 督办单编号 beside the 医疗机构, 整改期限 as N个工作日 / N日内 / 立行立改 (July 2024, no
# holidays), 整改落实情况 and a separate 复查结果, a 合计 line and a 注 line.
TWO_WASTE_ROWS = [
    (
        "第一组",
        "华龙区岳村镇卫生院",
        "华卫督〔2024〕01号",
        "2024-07-08",
        "医疗废物暂存处未上锁，无专人管理",
        "3个工作日",
        "已落实专人管理并加锁",
        "复查合格",
    ),
    (
        "第一组",
        "华龙区孟轲乡卫生院",
        "华卫督〔2024〕02号",
        "2024-07-08",
        "医疗污水处理设备未正常运行，余氯检测记录缺失",
        "15日内",
        "设备已维修，正在补充检测记录",
        "",
    ),
    (
        "第二组",
        "濮阳市华龙区中原路街道社区卫生服务中心",
        "华卫督〔2024〕03号",
        "2024-07-09",
        "医疗废物交接登记不全，缺少重量和交接时间",
        "立行立改",
        "已补全登记",
        "复查合格",
    ),
    (
        "第二组",
        "濮阳华龙康宁诊所",
        "华卫督〔2024〕04号",
        "2024-07-09",
        "未与有资质的医疗废物集中处置单位签订处置协议",
        "10个工作日",
        "未整改",
        "",
    ),
    (
        "第三组",
        "华龙区胡村乡卫生院",
        "华卫督〔2024〕05号",
        "2024-07-10",
        "医疗污水消毒剂投加无记录",
        "5个工作日",
        "已建立消毒剂投加记录",
        "复查合格",
    ),
    (
        "第三组",
        "濮阳华龙仁和口腔门诊部",
        "华卫督〔2024〕06号",
        "2024-07-11",
        "损伤性废物未使用利器盒收集",
        "立行立改",
        "已整改，配备利器盒",
        "",
    ),
    (
        "第四组",
        "华龙区新习乡卫生院",
        "华卫督〔2024〕07号",
        "2024-07-12",
        "医疗废物在暂存处存放超过48小时",
        "10日内",
        "正在与处置公司协调增加清运频次",
        "复查未通过",
    ),
    (
        "第四组",
        "濮阳华龙同济中医诊所",
        "华卫督〔2024〕08号",
        "2024-07-12",
        "医疗废物与生活垃圾混放",
        "3个工作日",
        "",
        "",
    ),
]


def write_two_waste(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区医疗机构医疗废物和医疗污水处置专项督查问题督办台账"])
    w.writerow(
        [
            "填报单位：华龙区卫生健康委员会    督查时间：2024年7月8日至12日    "
            "整改期限自督办单下发之日起计算，立行立改事项于下发当日整改"
        ]
    )
    w.writerow(
        [
            "序号",
            "督查组",
            "医疗机构",
            "督办单编号",
            "下发日期",
            "发现问题",
            "整改期限",
            "整改落实情况",
            "复查结果",
        ]
    )
    for i, row in enumerate(TWO_WASTE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共督办8家医疗机构", "", "", "", "", "", "复查合格3家"])
    w.writerow(["注：督查采取查阅资料和现场查看的方式进行；复查由各督查组在整改期限届满后3日内完成。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 药品经营企业质量风险隐患排查整改台账, after a 药品经营各环节风险评估与控制表 (按采购、验收、储存、销售、运输、
# 计算机系统等环节列风险点、风险原因、风险评估“风险高/风险较高”和控制措施):
# https://360docs.net/doc/1014080750.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row in the source's own words (经营环节, 风险点, 风险评估, 控制措施) with 排查日期 and the company, deadlines as dates,
# 立行立改 (from the 排查日期) and 第三季度, a 注 line and a signature line.
DRUG_ROWS = [
    (
        "濮阳市康泰医药有限公司",
        "批发",
        date(2024, 7, 3),
        "采购",
        "未对首营企业资质进行动态跟踪，2家供货单位许可证已过期仍在合格供货方名单中",
        "风险高",
        "清理供货单位档案，系统设置资质到期自动报警",
        "2024年7月15日",
        "已完成系统设置，整改完成",
    ),
    (
        "濮阳市康泰医药有限公司",
        "批发",
        date(2024, 7, 3),
        "储存",
        "阴凉库温湿度自动监测探头超过校准有效期",
        "风险较高",
        "委托计量机构校准探头",
        "2024年8月10日",
        "已联系计量机构，预计8月初校准",
    ),
    (
        "清丰县百姓缘大药房连锁有限公司",
        "零售连锁",
        date(2024, 7, 5),
        "验收",
        "冷链药品到货验收未查验运输过程温度记录",
        "风险较高",
        "规范冷链药品验收，逐批查验温度记录",
        "立行立改",
        "已整改",
    ),
    (
        "南乐县仁和堂大药房",
        "零售",
        date(2024, 7, 9),
        "销售",
        "处方药未凭处方销售，处方未留存",
        "风险高",
        "严格执行处方药凭处方销售，处方留存备查",
        "2024年7月20日",
        "未整改",
    ),
    (
        "范县济民医药有限公司",
        "批发",
        date(2024, 7, 11),
        "运输",
        "委托第三方运输药品未签订质量保证协议",
        "一般",
        "与承运方签订质量保证协议",
        "2024年9月30日",
        "",
    ),
    (
        "台前县健康药店",
        "零售",
        date(2024, 7, 2),
        "储存",
        "不合格药品未存放于不合格品区，未做到分区存放",
        "风险较高",
        "设置不合格品区并登记",
        "2024年7月10日",
        "已整改，经复查合格",
    ),
    (
        "濮阳县惠民大药房",
        "零售",
        date(2024, 7, 16),
        "计算机系统",
        "计算机系统操作权限未严格控制，营业员可修改药品质量状态",
        "风险较高",
        "重新设置岗位操作权限",
        "第三季度",
        "正在与软件公司对接",
    ),
]


def write_drug_book(path: Path) -> Path:
    b = Book(path, author="药品监管科")
    ws = b.sheet("风险隐患排查整改台账")
    b.widths(ws, [6, 28, 10, 12, 10, 42, 10, 30, 14, 26])
    b.line(ws, 0, "2024年药品经营企业质量风险隐患排查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局（药品监管科）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "经营方式",
            "排查日期",
            "经营环节",
            "风险点",
            "风险评估",
            "控制措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(DRUG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (2, 4, 6, 8) else None)
    end = 3 + len(DRUG_ROWS)
    b.line(ws, end, "注：风险评估分风险高、风险较高、一般三级；“立行立改”事项自排查当日整改。", 9)
    b.line(ws, end + 1, "审核人：程志刚    填表人：吕倩    联系电话：0393-4416258", 9)
    return b.close()


def write_drug(path: Path) -> Path:
    return via_soffice(write_drug_book, path, "xls", "药品经营风险隐患排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 农村集体聚餐“一申报一检查”登记台账, after a 市场监管所's account of 农村家宴 supervision (村级协管员落实农村家庭
# 宴席申报制度; 按照“一申报一检查”的原则，从加工场地、卫生条件、食品原料采购查验、索证索票、厨师健康状况、用水等
# 方面查验; 针对检查中存在的问题现场指导举办者和承办者整改):
# http://m.cuipao.cn/col6606/col6619/202412/t20241227_901646.html
# An .xlsx: title, 填报单位 line, a two-row header (是否整改到位 over 是/否 tick columns), each row's 属地责任单位
# (the village committee) and 协管员 beside the 举办者 and 承办厨师, 整改时限 as 立行立改 (from the 检查日期), N日内,
# a date and 长期坚持, a 备注 column, a 说明 line and a signature line.
BANQUET_ROWS = [
    (
        "打渔陈村村委会",
        "王素梅",
        "王某",
        "李某",
        date(2024, 7, 6),
        25,
        "露天加工场所无防蝇防尘设施",
        "搭设纱网，加盖防尘罩",
        "立行立改",
        TICK,
        "",
        "",
    ),
    (
        "郑庄村村委会",
        "郑红",
        "郑某",
        "刘某",
        date(2024, 7, 9),
        18,
        "承办厨师健康证已过期",
        "办理健康证明",
        "7日内",
        "",
        TICK,
        "已体检，等待发证",
    ),
    (
        "林坝村村委会",
        "张庆",
        "张某",
        "李某",
        date(2024, 7, 13),
        30,
        "未落实食品留样",
        "每餐次留样48小时",
        "立行立改",
        TICK,
        "",
        "",
    ),
    (
        "后方村村委会",
        "陈立",
        "陈某",
        "孙某",
        date(2024, 7, 16),
        22,
        "采购猪肉无检疫合格证明，未索证索票",
        "补齐票据，查验来源",
        "3日内",
        "",
        TICK,
        "",
    ),
    (
        "张庄村村委会",
        "张敏",
        "赵某",
        "刘某",
        date(2024, 7, 20),
        16,
        "餐具未消毒，承办方未配备消毒设施",
        "配备消毒柜或蒸汽消毒设施",
        "2024年8月10日",
        "",
        "",
        "",
    ),
    (
        "马庄村村委会",
        "马玉兰",
        "马某",
        "孙某",
        date(2024, 7, 24),
        20,
        "生熟食品混放，未分开加工",
        "生熟分开存放、分开加工",
        "立行立改",
        TICK,
        "",
        "",
    ),
    (
        "姜庄村村委会",
        "姜涛",
        "姜某",
        "王某",
        date(2024, 7, 27),
        12,
        "聚餐未提前向村级协管员报备",
        "落实聚餐报备制度",
        "长期坚持",
        "",
        "",
        "已纳入村规民约，长期坚持",
    ),
]


def write_banquet(path: Path) -> Path:
    b = Book(path, author="食安办")
    ws = b.sheet("集体聚餐登记台账")
    b.widths(ws, [6, 16, 10, 8, 8, 12, 6, 30, 24, 14, 6, 6, 24])
    b.line(ws, 0, "打渔陈镇农村集体聚餐“一申报一检查”登记台账（2024年7月）", 12, b.title)
    b.line(ws, 1, "填报单位：台前县打渔陈镇人民政府食品安全办公室    填报日期：2024年7月30日", 12)
    for c, word in enumerate(
        [
            "序号",
            "属地责任单位",
            "村级协管员",
            "举办者",
            "承办厨师",
            "检查日期",
            "桌数",
            "检查发现问题",
            "整改要求",
            "整改时限",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=10)
    b.merge(ws, 2, 12, 3, 12, "备注", b.head)
    for i, row in enumerate(BANQUET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 3, 4, 6, 9, 10, 11) else None)
    end = 4 + len(BANQUET_ROWS)
    b.line(
        ws,
        end,
        "说明：“是否整改到位”在对应栏内打“√”；“立行立改”事项于检查当日整改，其余整改时限自检查之日起计算。",
        12,
    )
    b.line(ws, end + 1, "审核人：陈光辉    填表人：刘晓燕    联系电话：0393-2236518", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 医保基金审计发现问题整改落实情况的报告, after a 州人民政府's 关于基本医疗保险基金筹集管理使用情况审计发现问题
# 整改落实情况的报告 (一、审计发现问题的整改情况 (一)医疗保险基金筹集情况方面的问题 1.行政事业单位欠缴医保资金…
# (1)整改措施。由税务、医保部门…; 制定整改方案，落实主体责任，明确整改时限):
# http://www.dali.gov.cn/dlrmzf/xxgkml/202109/6f5b1443bba1480c8e8816ab7ebb7755.shtml
# A .docx: title, 主送, preamble that states the date the audit report was received (the 立行立改 base date), the
# findings under （一）（二）（三） headings as numbered paragraphs 1.–8., each followed by （1）整改措施 with 牵头单位 /
# 配合单位 and 整改时限, and （2）整改进展; a closing paragraph, the bureau and date at the foot. The 牵头单位 are
# bureaus under short names, one under its name before the 2019 reform (市卫计委).
AUDIT_SECTIONS = [
    (
        "（一）医疗保险基金筹集方面的问题",
        [
            (
                "1.部分行政事业单位欠缴职工医疗保险费1836.42万元。",
                "（1）整改措施。牵头单位：市税务局；配合单位：市财政局、市医保局。加大征缴力度，对欠费单位逐户下达"
                "催缴通知，财政供养单位欠费由财政部门统筹解决。整改时限：2024年12月底前。",
                "（2）整改进展。已追缴欠费1102.60万元，剩余欠费已制定分期清缴计划，正在推进。",
            ),
            (
                "2.1.27万人同时参加职工医保和城乡居民医保，财政重复补助居民医保参保资金。",
                "（1）整改措施。牵头单位：市医保局。开展参保数据比对，清理重复参保关系，追回重复补助资金。"
                "整改时限：2024年6月30日。",
                "（2）整改进展。已完成数据比对和参保关系清理，重复补助资金已退回财政，整改完成。",
            ),
        ],
    ),
    (
        "（二）医疗保险基金支出方面的问题",
        [
            (
                "3.22家定点医疗机构超标准收费、重复收费、串换项目收费，涉及医保基金327.50万元。",
                "（1）整改措施。牵头单位：市医保局；配合单位：市卫健委。逐家核实违规费用，全额追回医保基金，"
                "按协议处理违约行为。整改时限：2024年9月30日。",
                "（2）整改进展。已追回违规资金215.30万元，其余资金正在追回。",
            ),
            (
                "4.向已死亡人员继续支付门诊慢特病待遇4.80万元。",
                "（1）整改措施。牵头单位：市医保局；配合单位：市公安局、市民政局。立行立改，追回已支付待遇，"
                "建立死亡人员信息按月比对机制。",
                "（2）整改进展。已追回4.80万元，死亡人员信息按月比对机制已建立，已整改到位。",
            ),
            (
                "5.部分定点零售药店允许参保人使用职工医保个人账户购买生活用品、保健品。",
                "（1）整改措施。牵头单位：市市场监管局；配合单位：市医保局。开展定点零售药店专项检查，依法查处违规"
                "行为。整改时限：2024年8月31日。",
                "（2）整改进展。已对42家定点零售药店开展专项检查，立案查处5家，检查仍在进行。",
            ),
        ],
    ),
    (
        "（三）医疗保险基金管理方面的问题",
        [
            (
                "6.医疗救助资金结余过大，部分资金闲置超过两年。",
                "（1）整改措施。牵头单位：市财政局；配合单位：市医保局、市民政局。统筹盘活结余资金，"
                "提高救助资金使用效率。整改时限：2024年10月31日。",
            ),
            (
                "7.公立医疗机构医保结算回款后拖欠药品耗材货款，部分账款超过合同约定期限。",
                "（1）整改措施。牵头单位：市卫计委。督促公立医疗机构按合同约定及时结清货款。"
                "整改时限：2024年年底前。",
                "（2）整改进展。尚未启动。",
            ),
            (
                "8.定点医药机构医保协议管理不严格，违约处理不到位。",
                "（1）整改措施。牵头单位：市医保局。修订医保服务协议文本，完善违约处理规则，长期坚持。",
                "（2）整改进展。协议文本已修订，常态化推进。",
            ),
        ],
    ),
]


def write_audit_report(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "濮阳市医疗保障局关于2023年度基本医疗保险基金管理使用情况审计发现问题整改落实情况的报告")
    _paragraph(doc, "市人民政府：")
    _paragraph(
        doc,
        "2024年3月至4月，省审计厅派出审计组，对我市2023年度基本医疗保险基金筹集管理使用情况进行了审计，"
        "并于2024年5月20日反馈了审计报告。我局会同有关部门制定了整改方案，坚持问题导向，落实牵头单位责任，"
        "明确整改时限，立行立改事项自审计报告反馈之日起整改。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、审计发现问题的整改情况", font="黑体")
    for heading, items in AUDIT_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for parts in items:
            for text in parts:
                _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对尚未完成整改的问题，我局将会同各牵头单位按月调度，逐项对账销号，确保审计发现问题全面整改落实到位。",
    )
    _paragraph(doc, "濮阳市医疗保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 临期食品专项检查发现问题及整改复查情况, after a county 市场监管局's account of its 临期食品 checks (定期巡查，督促
# 建立临期食品管理制度，设置临期食品专区并张贴提示牌; 到期下架退市，如实记录退货信息; 索票索证、包装破损涨袋、标签信息
# 是否齐全、储存条件、明码标价):
# https://sqrdapp.com/news/2023/12/677262.html
# An .xlsx: title, 填报单位 line, one header row with 检查日期 (the base of the N日内 / N个工作日内 / 立行立改
# deadlines), 被检查单位 (shops and supermarkets), 整改情况 and a separate 复查日期 / 复查结果 pair, a 注 line and a
# signature line.
EXPIRY_ROWS = [
    (
        date(2024, 7, 2),
        "南乐县万家福购物广场",
        "未设置临期食品专区，临期食品与正常食品混放",
        "设置临期食品专区并张贴提示牌",
        "3日内",
        "已设置专区",
        date(2024, 7, 5),
        "复查合格",
    ),
    (
        date(2024, 7, 3),
        "南乐县惠民超市",
        "货架上有2种超过保质期的饼干未下架",
        "立即下架销毁并登记",
        "立行立改",
        "已下架销毁",
        date(2024, 7, 3),
        "合格",
    ),
    (
        date(2024, 7, 10),
        "南乐县好又多生活超市",
        "临期食品退货未如实记录退货信息",
        "建立临期食品退货登记",
        "5个工作日内",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 11),
        "南乐县城关镇鑫源副食店",
        "部分预包装食品涨袋、标签信息不全",
        "下架并索取供货票据",
        "3日内",
        "",
        date(2024, 7, 15),
        "复查未通过，仍有涨袋食品在售",
    ),
    (
        date(2024, 7, 16),
        "南乐县佳乐家超市",
        "进货查验记录不全，索票索证不到位",
        "补齐供货商资质和票据",
        "2024年7月31日",
        "正在补齐供货商票据",
        "",
        "",
    ),
    (
        date(2024, 7, 18),
        "南乐县福兴购物中心",
        "临期食品折价销售未明码标价",
        "明码标价",
        "立行立改",
        "已整改",
        date(2024, 7, 18),
        "合格",
    ),
    (
        date(2024, 7, 22),
        "南乐县近德固乡永盛超市",
        "冷藏柜温度超标，临期乳制品储存条件不符合要求",
        "维修冷藏设备，调整储存条件",
        "10日内",
        "已报修",
        "",
        "",
    ),
    (
        date(2024, 7, 25),
        "南乐县千口镇福源商店",
        "销售临期食品未在醒目位置提示消费者",
        "张贴临期食品提示牌",
        "5个工作日内",
        "",
        "",
        "",
    ),
]


def write_expiry(path: Path) -> Path:
    b = Book(path, author="城关市场监管所")
    ws = b.sheet("临期食品检查")
    b.widths(ws, [6, 12, 26, 40, 26, 14, 20, 12, 28])
    b.line(ws, 0, "南乐县临期食品专项检查发现问题及整改复查情况表", 8, b.title)
    b.line(ws, 1, "填报单位：南乐县市场监督管理局城关市场监管所    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "被检查单位",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
            "复查日期",
            "复查结果",
        ],
    )
    for i, row in enumerate(EXPIRY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EXPIRY_ROWS)
    b.line(
        ws,
        end,
        "注：整改期限自检查之日起计算，“立行立改”事项于检查当日整改；复查由检查人员在整改期限届满后进行。",
        8,
    )
    b.line(ws, end + 1, "检查人员：张伟、李娜    填表人：李娜    联系电话：0393-7221483", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 食品安全监督抽检不合格产品核查处置情况, after a district 市场监督管理局's 食品安全监督抽检信息 (组织抽检食用农
# 产品、餐饮食品、淀粉及淀粉制品、酒类、调味品共241批次，不合格11批次; 对抽检发现的不合格产品督促生产经营者立即
# 封存、下架和召回，对生产经营者进一步调查处理，查明不合格产品的批次、数量和原因，并制定整改措施):
# http://www.lnhstx.com/tuokejixie/242.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/统计截至 line, one header row with the 被抽样单位 and
# the 核查处置责任单位 (the county and district bureaus that must deal with the sample), 检验报告送达日期 (the base of
# the 30日内 deadlines), 处置期限 as 30日内 / dates / 第三季度, 处置进度 and 办结日期, a 合计 line and a 说明 line.
SAMPLE_ROWS = [
    (
        "濮阳市华龙区华联超市胜利路店",
        "芹菜",
        "毒死蜱",
        "0.12mg/kg",
        "≤0.05mg/kg",
        "华龙区市场监督管理局",
        date(2024, 5, 20),
        "2024年6月30日",
        "下架封存，立案查处",
        "已立案查处，罚没款已缴纳，已办结",
        date(2024, 6, 25),
    ),
    (
        "濮阳县文留镇惠农农贸市场",
        "鸡蛋",
        "恩诺沙星",
        "38μg/kg",
        "不得检出",
        "濮阳县市场监督管理局",
        date(2024, 6, 3),
        "30日内",
        "下架，追溯供货来源",
        "已下架，正在追溯供货来源",
        "",
    ),
    (
        "清丰县城关镇福缘酒店",
        "复用餐饮具",
        "大肠菌群",
        "检出",
        "不得检出",
        "清丰县市场监管局",
        date(2024, 6, 12),
        "30日内",
        "责令整改消毒流程，立案调查",
        "",
        date(2024, 7, 10),
    ),
    (
        "南乐县福瑞祥食品有限公司",
        "油炸花生仁",
        "酸价（以脂肪计）",
        "5.8mg/g",
        "≤3mg/g",
        "南乐县市场监管局",
        date(2024, 6, 20),
        "第三季度",
        "责令召回，查明原因",
        "已责令召回，企业整改报告已提交，正在审核",
        "",
    ),
    (
        "范县龙王庄镇汇源副食店",
        "散装白酒",
        "甜蜜素（以环己基氨基磺酸计）",
        "0.21g/kg",
        "不得使用",
        "范县市场监督管理局",
        date(2024, 7, 1),
        "30日内",
        "下架，立案调查",
        "未启动核查",
        "",
    ),
    (
        "台前县侯庙镇佳佳乐超市",
        "绿豆芽",
        "4-氯苯氧乙酸钠",
        "0.083mg/kg",
        "不得使用",
        "台前县市场监管局",
        date(2024, 7, 8),
        "30日内",
        "下架，追溯来源",
        "",
        "",
    ),
    (
        "濮阳市华龙区老街小吃店",
        "油条",
        "铝的残留量（干样品，以Al计）",
        "286mg/kg",
        "≤100mg/kg",
        "华龙区市场监督管理局",
        date(2024, 7, 15),
        "2024年8月15日",
        "停止销售，立案调查",
        "已停止销售，正在立案调查",
        "",
    ),
]


def write_sample_book(path: Path) -> Path:
    b = Book(path, author="抽检监测科")
    ws = b.sheet("不合格核查处置")
    b.widths(ws, [6, 28, 12, 22, 12, 12, 22, 14, 14, 24, 28, 12])
    b.line(ws, 0, "2024年第二季度食品安全监督抽检不合格产品核查处置情况汇总表", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局（食品安全抽检监测科）    统计截至：2024年7月31日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "被抽样单位",
            "样品名称",
            "不合格项目",
            "检验结果",
            "标准值",
            "核查处置责任单位",
            "检验报告送达日期",
            "处置期限",
            "处置措施",
            "处置进度",
            "办结日期",
        ],
    )
    for i, row in enumerate(SAMPLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SAMPLE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 11, "不合格样品7批次，已办结2批次", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：处置期限自检验报告送达核查处置责任单位之日起计算；办结日期以核查处置报告上报日期为准。",
        11,
    )
    b.line(ws, end + 2, "填表人：魏晓丽    联系电话：0393-4416307", 11)
    return b.close()


def write_sample(path: Path) -> Path:
    via_soffice(write_sample_book, path, "ods", "抽检不合格核查处置情况.xlsx")
    return fixed_zip(path)


FILES = [
    ("2024年定点医疗机构医保基金使用自查自纠问题整改台账.xlsx", write_self_check),
    ("医疗保障基金飞行检查发现问题退回及整改情况统计表.xls", write_flight),
    ("校园食品安全检查问题整改情况（濮阳职院、清丰一高）.zip", write_canteen_zip),
    ("清丰县人民医院医疗废物管理自查问题及整改措施.doc", write_waste),
    ("华龙区医疗机构“两废”处置专项督查问题督办台账.csv", write_two_waste),
    ("药品经营企业质量风险隐患排查整改台账.et", write_drug),
    ("打渔陈镇农村集体聚餐一申报一检查登记台账（7月）.xlsx", write_banquet),
    ("市医疗保障局关于医保基金审计发现问题整改落实情况的报告.docx", write_audit_report),
    ("南乐县临期食品专项检查问题整改复查情况表.xlsx", write_expiry),
    ("食品安全监督抽检不合格产品核查处置情况汇总表（二季度）.ods", write_sample),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside188 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 机关作风与营商环境暗访 — 窗口服务 (暗访, 测评, 自查自纠), 中介服务 (中介超市履约), 涉企收费 (专项检查,
水电气暖, 行业协会商会) and 12345 企业诉求 (营商环境专席工单, 一企来办反馈).

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ● marks under a two-row header), .et (Excel 97 via
LibreOffice), .ods (LibreOffice conversion, member times fixed), a CSV in GBK, a .docx whose items are numbered
paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31; every date inside the files is fixed.
Run from this folder: python make_aside188.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files.
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
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
        )
        self.money = add({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
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
# 1. 行政服务中心窗口工作作风暗访, after a newspaper's visit to a city 行政服务中心 and four district centres (各办事
# 窗口秩序; 无人办事时工作人员低头看手机 — 122号市药监局窗口, 二楼市气象局、市自来水公司窗口; 人社局窗口6名工作人员
# 凑堆聊天; 小孩占用自助台; 效能办: 对窗口人员态度有意见可投诉):
# http://www.lnzwny.com/2014-02/12/content_13480442.htm
# An .xlsx: title, 填报单位 line, a line stating the 交办 date the 整改时限 count from, one header row naming the 窗口号
# and the 进驻单位 (who answers for the item) beside the 暗访时间 (an event), short names, one row for the centre's own
# 大厅管理科, 立行立改 and N日内, a 注 line and a 填表人 line.
WINDOW_ROWS = [
    (
        "A12",
        "市市场监管局",
        datetime(2024, 7, 8, 10, 28),
        "无人办件时窗口工作人员长时间低头看手机，约10分钟未抬头",
        "对当事人批评教育，窗口人员手机上岗前统一存放",
        "立行立改",
        "已整改，手机统一存放于窗口柜",
    ),
    (
        "B05",
        "市气象局",
        datetime(2024, 7, 8, 9, 5),
        "防雷许可窗口9时05分仍无人在岗，未放置暂离服务牌",
        "落实AB岗和暂离告知制度",
        "7日内",
        "已建立AB岗制度，整改完成",
    ),
    (
        "B06",
        "市自来水公司",
        datetime(2024, 7, 8, 9, 12),
        "用水报装窗口工作人员上班时间在窗口内吃早餐",
        "严格执行窗口工作纪律",
        "立行立改",
        "已整改",
    ),
    (
        "C01-C03",
        "市人社局",
        datetime(2024, 7, 8, 11, 24),
        "社保窗口无群众办事时6名工作人员凑堆闲聊",
        "开展窗口服务礼仪专项培训，纳入月度考评",
        "15日内",
        "正在开展窗口礼仪专项培训",
    ),
    (
        "自助服务区",
        "中心大厅管理科",
        datetime(2024, 7, 8, 11, 40),
        "自助服务区2台自助终端黑屏故障无人报修，儿童在自助台上玩耍",
        "修复终端，安排导服人员巡查自助区",
        "2024年7月31日",
        "已联系厂家，等待配件",
    ),
    (
        "A08",
        "市公积金中心",
        datetime(2024, 7, 9, 15, 10),
        "窗口一次性告知单所列材料与网上办事指南不一致",
        "统一修订一次性告知单",
        "2024年8月15日",
        "",
    ),
    (
        "D02",
        "市税务局",
        datetime(2024, 7, 9, 15, 35),
        "叫号屏显示的办理窗口与实际窗口不符，群众多次跑错窗口",
        "校正叫号系统窗口设置",
        "2024年7月20日",
        "未整改",
    ),
    (
        "A03",
        "市不动产登记中心",
        datetime(2024, 7, 9, 16, 2),
        "窗口人员答复群众咨询语气生硬，未使用文明用语",
        "常态化开展服务规范督导",
        "长期坚持",
        "长期坚持",
    ),
]


def write_window(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("暗访问题整改台账")
    b.widths(ws, [6, 11, 16, 17, 40, 30, 14, 26])
    b.line(ws, 0, "市行政服务中心窗口工作作风暗访发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市行政服务中心（督查科）    填报日期：2024年7月29日", 7)
    b.line(ws, 2, "暗访时间：2024年7月8日至9日    交办时间：2024年7月10日（整改时限自交办之日起计算）", 7)
    b.header(
        ws,
        3,
        [
            "序号",
            "窗口号",
            "进驻单位（责任单位）",
            "暗访时间",
            "发现问题",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(WINDOW_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WINDOW_ROWS)
    b.line(ws, end, "注：立行立改事项以交办当日为整改时限；“中心大厅管理科”为我中心内设科室。", 7)
    b.line(ws, end + 1, "审核人：高志强    填表人：孟晓雪    联系电话：0393-8999315", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 节后上班第一天政务服务中心暗访, after a newspaper's unannounced visit to a district 行政服务中心 on the first
# working day (8点57分近一半窗口无人; 9点后几名工作人员穿便装提包走进工作区; 电脑仍处于开机登陆状态; 工作人员拿抹布
# 做工位清洁; 网上办事大厅公布可现场办理的业务现场无法办理):
# http://bbs.classic023.com/thread-5659814-1-175.html
# A .docx report from the district centre: title, 主送, a preamble stating the 交办 date the deadlines count from, the
# items as numbered paragraphs each naming its 进驻单位 and window, with 整改时限 and 整改情况 in sentences (one with
# no progress sentence), a closing paragraph and the centre's name and date at the foot.
SERVICE_PARAS = [
    (
        "1. 华龙区市场监督管理局企业开办窗口：9时整开始办公时2名工作人员未到岗，9时07分才到岗。"
        "整改时限：立行立改。整改情况：已对2名迟到人员通报批评并扣发当月窗口津贴，已整改到位。"
    ),
    (
        "2. 华龙区人力资源和社会保障局社保业务窗口：开始办公后2名工作人员仍在擦拭工位、整理个人物品，"
        "未进入工作状态。整改时限：2024年7月10日。整改情况：已修订窗口人员到岗规范，正在组织全体窗口人员学习。"
    ),
    (
        "3. 国家税务总局濮阳市华龙区税务局办税窗口：网上办事大厅公布可现场办理的“定期定额户核定”事项，"
        "现场窗口以系统权限未开通为由不予受理。整改时限：2024年7月31日。整改情况：尚未整改。"
    ),
    (
        "4. 华龙区住房和城乡建设局房产交易窗口：9时15分窗口电脑仍处于开机登录状态，群众排队等候。"
        "整改时限：2024年7月5日。整改情况：已要求窗口人员提前15分钟到岗做好准备，已整改。"
    ),
    (
        "5. 华龙区政务服务中心无差别综合受理区：12个综合窗口中有5个窗口9时整无人在岗。"
        "整改时限：2024年8月31日前。整改情况：正在推行窗口人员弹性排班和AB岗制度。"
    ),
    "6. 华龙区医疗保障局医保窗口：工作人员未佩戴工作牌，桌面未摆放岗位标识牌。整改时限：立行立改。",
    (
        "7. 濮阳市公安局华龙分局户籍窗口：取号机故障，群众需人工登记排号，现场秩序混乱。"
        "整改时限：2024年7月20日。整改情况：已报修，新取号机已到货待安装。"
    ),
]


def write_service(path: Path) -> Path:
    doc = _new_document("区政务服务中心")
    _title(doc, "华龙区政务服务中心关于上班纪律暗访发现问题整改情况的报告")
    _paragraph(doc, "区优化营商环境工作领导小组办公室：")
    _paragraph(
        doc,
        "7月1日（星期一）上午8时50分至9时30分，区营商办会同区纪委监委第三纪检监察室对我中心上班纪律和"
        "窗口服务情况进行了暗访，发现问题7个。我中心于7月2日将问题逐一交办各进驻单位，整改时限自交办之日起"
        "计算。现将整改情况报告如下：",
    )
    for text in SERVICE_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我中心将把上班纪律纳入窗口月度考评，常态化开展巡查，对屡查屡犯的进驻单位提请区纪委监委追责问责。",
    )
    _paragraph(doc, "华龙区政务服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 窗口行业服务文明测评, after a district 文明办's survey of 11 个行业近百个服务窗口点位 (窗口服务质量监测标准和满意度
# 调查问卷; 擅自离岗、离岗未放置牌子等人不在岗现象, 玩手机、闲聊等心不在岗现象, 门内外环境脏乱现象, 设施设备未正常
# 运行现象; 推进服务文明问题整改):
# http://www.shpt.gov.cn/shpt/ptnj2016-chuangjian/20170731/246682.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 问题类别 over the four phenomena (● marks), the 窗口点位
# (a premises) beside the 整改责任单位, a 合计 row counting the marks, a 注 line and a 填表人 line.
CIVIL_ROWS = [
    (
        "供电",
        "华龙营业厅",
        "●",
        "",
        "",
        "",
        "3号窗口工作人员离岗未放置暂停服务牌",
        "国网濮阳供电公司",
        "2024.6.30",
        "已整改",
    ),
    (
        "供水",
        "胜利路营业厅",
        "",
        "●",
        "",
        "",
        "工作人员在柜台内闲聊，群众等候无人接待",
        "市自来水公司",
        "2024.6.30",
        "已整改",
    ),
    (
        "公交",
        "中原路公交首末站",
        "",
        "",
        "●",
        "",
        "候车区垃圾桶满溢，地面油污未清理",
        "众意公交公司",
        "2024.7.15",
        "正在整改",
    ),
    (
        "银行",
        "中国银行濮阳华龙支行",
        "",
        "",
        "",
        "●",
        "叫号机和服务评价器故障，群众无法评价",
        "中国银行股份有限公司濮阳分行",
        "2024.7.10",
        "未整改",
    ),
    (
        "医疗",
        "门诊收费处",
        "",
        "●",
        "",
        "",
        "收费窗口工作人员边办理业务边玩手机",
        "濮阳市人民医院",
        "2024.7.5",
        "已整改，已纳入科室绩效考核",
    ),
    (
        "医保",
        "市医保服务大厅",
        "●",
        "",
        "",
        "",
        "午间时段无人值守，未落实午间不间断服务",
        "市医保局",
        "2024.7.31",
        "",
    ),
    (
        "燃气",
        "客户服务中心",
        "",
        "",
        "",
        "●",
        "自助缴费机长期故障未报修",
        "市燃气公司",
        "2024.7.20",
        "基本完成",
    ),
    (
        "邮政",
        "人民路营业所",
        "",
        "",
        "●",
        "",
        "营业厅门前堆放快递包裹，影响群众进出",
        "中国邮政集团有限公司濮阳市分公司",
        "长期坚持",
        "长期坚持",
    ),
]


def write_civil(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年二季度窗口行业服务文明测评发现问题整改汇总表", t, 0, 11),
        (1, 0, "填报单位：濮阳市精神文明建设委员会办公室（盖章）    填报日期：2024年7月26日", plain, 1, 11),
    ]
    for col, word in enumerate(["序号", "行业", "窗口点位"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 3, "问题类别", h, 2, 6))
    for col, word in enumerate(["人不在岗", "心不在岗", "环境脏乱", "设施未正常运行"], 3):
        cells.append((3, col, word, h))
    for col, word in enumerate(["问题描述", "整改责任单位", "整改时限", "整改情况"], 7):
        cells.append((2, col, word, h, 3, col))
    for i, row in enumerate(CIVIL_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 4, 5, 6, 9) else c))
    r = 4 + len(CIVIL_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, 2, ctr),
        (r, 4, 2, ctr),
        (r, 5, 2, ctr),
        (r, 6, 2, ctr),
        (r, 7, "测评11个行业96个窗口点位，发现问题8个", c, r, 10),
        (
            r + 1,
            0,
            "注：问题类别在对应栏内打“●”；整改情况由整改责任单位填写，已整改的写明“已整改”。",
            plain,
            r + 1,
            10,
        ),
        (r + 2, 0, "填表人：孙丽娜    审核人：周建国    联系电话：0393-8160217", plain, r + 2, 10),
    ]
    widths = [6, 8, 20, 8, 8, 8, 10, 36, 28, 12, 22]
    return _write_xls(path, [("测评问题整改", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 窗口服务自查自纠及整改措施, after a unit's account of its 窗口服务专项自查自纠 (覆盖全部门、全流程; 查问题、找
# 短板、促整改、提效能; 现场巡查、群众满意度测评、服务工单):
# https://max.book118.com/html/2025/0904/8045121011007130.shtm
# A .doc (Word 97 via LibreOffice): title, a preamble naming the self-check's ways, one table whose rows name only the
# unit's own 科室, 完成时限 as dates, 年底前 and 长期坚持, the unit and date at the foot.
SELF_ROWS = [
    (
        "服务流程",
        "抵押登记办事指南要求提交“婚姻状况证明”，与省平台材料清单不一致",
        "受理登记科",
        "对照省平台清单修订办事指南，取消该项材料",
        "2024年7月15日",
        "已完成",
    ),
    (
        "服务流程",
        "二手房转移登记“一窗受理”后仍需群众到税务窗口二次排队缴税",
        "受理登记科",
        "与税务部门共设联办窗口，实行一窗收件、一次缴清",
        "2024年9月30日",
        "推进中",
    ),
    (
        "服务态度",
        "满意度测评中3条差评反映窗口人员解释政策不耐心",
        "综合服务科",
        "开展服务礼仪和政策解读培训",
        "2024年7月31日",
        "正在开展",
    ),
    (
        "作风纪律",
        "个别工作人员上班时间离岗办私事，未履行请假手续",
        "办公室",
        "严格执行请销假和离岗登记制度",
        "长期坚持",
        "长期坚持",
    ),
    (
        "工单办理",
        "12345转办的不动产类工单2件超期回复",
        "综合服务科",
        "建立工单台账，专人跟踪，到期前1日预警",
        "2024年7月10日",
        "已整改",
    ),
    (
        "档案查询",
        "不动产登记档案只能现场查询，未开通网上查档",
        "档案信息科",
        "上线不动产登记档案网上查询功能",
        "2024年12月底前",
        "",
    ),
    (
        "权籍调查",
        "外业测绘预约周期长，平均等待5个工作日",
        "权籍调查科",
        "增加外业测绘人员，预约周期压缩至2个工作日",
        "2024年8月31日",
        "未启动",
    ),
]


def write_self_docx(path: Path) -> Path:
    doc = _new_document("不动产登记中心")
    _title(doc, "濮阳市不动产登记中心窗口服务自查自纠问题整改清单", 18)
    _paragraph(
        doc,
        "为切实提升窗口服务质量和群众满意度，我中心于6月中旬至7月上旬组织开展了覆盖全部科室、全流程的窗口服务"
        "专项自查自纠，通过现场巡查、群众满意度测评、服务工单回溯等方式查找问题7个，逐项明确责任科室和整改时限，"
        "现将问题清单及整改进度报告如下。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SELF_ROWS, 1)]
    _table(doc, ["序号", "问题类别", "存在问题", "责任科室", "整改措施", "完成时限", "整改进度"], body)
    _paragraph(doc, "濮阳市不动产登记中心", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self(path: Path) -> Path:
    return via_soffice(write_self_docx, path, "doc", "窗口服务自查自纠问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 5. 中介超市, after a city's 网上中介服务超市管理办法 (项目业主、中介服务机构、行业主管部门; 使用财政性资金购买中介
# 服务的项目必须在中介超市选取中介服务机构; 服务承诺、限时办结; 信用管理平台; 技术审查、论证、评估、评价、检验、
# 检测、鉴证、测绘、代理):
# https://newton.com.tw/wiki/%E9%9A%86%E6%98%8C%E5%B8%82%E7%B6%B2%E4%B8%8A%E4%B8%AD%E4%BB%8B%E6%9C%8D%E5%8B%99%E8%B6%85%E5%B8%82%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/54509022
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a 检查方式 line, one header row with the 项目业主 and the
# 中介服务机构 beside an explicit 整改责任单位 and the 行业主管部门 (who oversees), a row for the centre's own 科,
# a 注 line and a signature line.
AGENCY_ROWS = [
    (
        "市区污水管网改造工程造价咨询",
        "市城市管理局",
        "濮阳市正衡工程造价咨询有限公司",
        "工程造价咨询",
        "未按服务承诺时限提交造价审核报告，超期12天",
        "濮阳市正衡工程造价咨询有限公司",
        "市住建局",
        "2024.7.20",
        "已提交报告，整改完成；记不良行为1次",
    ),
    (
        "G342改线工程地形测绘",
        "市交通运输局",
        "河南中拓测绘有限公司濮阳分公司",
        "测绘",
        "实际收取服务费高于中选价格0.8万元",
        "河南中拓测绘有限公司濮阳分公司",
        "市自然资源规划局",
        "2024.7.31",
        "已退还多收费用，整改完成",
    ),
    (
        "城关镇污水处理站扩建项目环评",
        "濮阳县城关镇人民政府",
        "—",
        "环境影响评价",
        "使用财政资金的项目未在中介超市选取中介机构，直接委托",
        "濮阳县城关镇人民政府",
        "市生态环境局",
        "2024.8.15",
        "正在补办选取程序",
    ),
    (
        "引黄灌区泵站安全评价",
        "市水利局",
        "濮阳市安信安全技术服务有限公司",
        "安全评价",
        "现场服务人员与入驻登记的执业人员不一致",
        "濮阳市安信安全技术服务有限公司",
        "市应急局",
        "2024.7.25",
        "未整改",
    ),
    (
        "中小学校舍维修招标代理",
        "市教育局",
        "濮阳市鼎诚招标代理有限公司",
        "招标代理",
        "中选后拒不签订服务合同",
        "濮阳市鼎诚招标代理有限公司",
        "市发改委",
        "2024.7.15",
        "",
    ),
    (
        "医疗机构放射诊疗职业病危害检测",
        "市卫健委",
        "河南华卫检测技术有限公司",
        "检测",
        "服务过程中额外收取“加急费”1500元",
        "河南华卫检测技术有限公司",
        "市卫健委",
        "7月31日前",
        "已约谈，正在退还",
    ),
    (
        "—",
        "—",
        "—",
        "平台管理",
        "中介机构信用评价结果未在平台按季度公开",
        "市公共资源交易中心信息科",
        "—",
        "2024年8月31日",
        "系统功能开发中",
    ),
]


def write_agency_book(path: Path) -> Path:
    b = Book(path, author="中介超市")
    ws = b.sheet("履约检查问题")
    b.widths(ws, [6, 26, 16, 26, 12, 36, 26, 16, 12, 26])
    b.line(ws, 0, "网上中介服务超市中介服务机构履约检查问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市公共资源交易中心    填报日期：2024年7月29日", 9)
    b.line(ws, 2, "检查方式：平台数据比对、项目业主回访、现场抽查    检查时间：2024年6月", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "项目名称",
            "项目业主",
            "中介服务机构",
            "服务事项",
            "发现问题",
            "整改责任单位",
            "行业主管部门",
            "整改时限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(AGENCY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(AGENCY_ROWS)
    b.line(
        ws, end, "注：行业主管部门负责督促整改；中介服务机构整改不到位的，按规定暂停其在中介超市承接业务。", 9
    )
    b.line(ws, end + 1, "负责人：冯立军    填表人：郑雅婷    联系电话：0393-8668023", 9)
    return b.close()


def write_agency(path: Path) -> Path:
    return via_soffice(write_agency_book, path, "xls", "中介超市履约检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 涉企收费专项检查, after a city 物价局's notice of a 涉企收费专项检查 (交通、环保、建设、国土、商业银行等部门的
# 收费情况; 未按规定进行收费公示, 继续收取取消、停征、免征的行政事业性收费, 自行提高收费标准, 以保证金、抵押金等
# 形式变相收费; 清理、查处与规范):
# https://rebgou.com/html/tzgg447108.html
# An .xlsx: title, 检查单位/填报日期 line, a two-row header (整改落实 over two columns) with 所属领域 and 违规金额,
# short names of the departments, a 合计 row summing the amounts, a 填表人 line.
FEE_ROWS = [
    (
        "濮阳市公路事业发展中心",
        "交通",
        "超限运输车辆通行许可",
        "继续收取已明令取消的“通行证工本费”",
        1.26,
        "责令停止收费并退还",
        "2024年7月20日",
        "已全部退还",
    ),
    (
        "濮阳市生态环境监测中心",
        "环保",
        "委托监测服务费",
        "委托监测收费项目和标准未在服务场所公示",
        0,
        "责令公示",
        "2024年7月5日",
        "已在服务大厅和网站公示",
    ),
    (
        "市住建局",
        "建设",
        "城市基础设施配套费",
        "扩大收费范围，对小微企业自建厂房一并收取配套费",
        8.50,
        "责令退还并规范收费范围",
        "2024年8月31日",
        "已退还3.2万元，其余正在核对",
    ),
    (
        "市资规局",
        "国土",
        "宗地图制作费",
        "土地登记中收取“宗地图制作费”，属未经批准自设收费项目",
        2.34,
        "责令停止收费并退还",
        "2024年7月31日",
        "已停止收取，退还工作正在进行",
    ),
    (
        "中国建设银行股份有限公司濮阳分行",
        "商业银行",
        "财务顾问费",
        "向小微企业发放贷款时收取财务顾问费，只收费不服务",
        15.60,
        "移送金融监管部门处理",
        "2024年9月30日",
        "",
    ),
    (
        "濮阳农村商业银行股份有限公司",
        "商业银行",
        "账户管理费",
        "未执行小微企业和个体工商户账户管理费减免政策",
        0.87,
        "责令退还",
        "2024年7月15日",
        "未退还",
    ),
    (
        "市城管局",
        "建设",
        "占道施工保证金",
        "收取占道施工保证金，工程完工后未按期退还",
        4.00,
        "责令限期退还",
        "2024年7月25日",
        "已退还",
    ),
    (
        "濮阳市危险废物处置中心有限公司",
        "环保",
        "危险废物处置费",
        "危险废物处置收费高于备案标准",
        2.10,
        "责令退还多收费用",
        "2024年8月15日",
        "正在核算退还金额",
    ),
]


def write_fee(path: Path) -> Path:
    b = Book(path, author="价监科")
    ws = b.sheet("涉企收费检查")
    b.widths(ws, [6, 30, 10, 20, 44, 12, 22, 16, 28])
    b.line(ws, 0, "2024年涉企收费专项检查发现问题整改台账", 8, b.title)
    b.line(
        ws, 1, "检查单位：濮阳市市场监督管理局（价格监督检查和反不正当竞争科）    填报日期：2024年7月30日", 8
    )
    for c, word in enumerate(
        [
            "序号",
            "被检查单位（整改责任单位）",
            "所属领域",
            "收费项目",
            "违规问题",
            "违规金额（万元）",
            "处理意见",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "退还及整改情况"], first=7)
    for i, row in enumerate(FEE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        values = list(row)
        b.row(ws, r, values[:4], first=1)
        b.put(ws, r, 5, values[4], b.money)
        b.row(ws, r, values[5:], first=6)
    end = 4 + len(FEE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "检查收费单位26家，发现违规问题8个")
    b.put(ws, end, 5, round(sum(r[4] for r in FEE_ROWS), 2), b.money)
    b.merge(ws, end, 6, end, 8, "")
    b.line(ws, end + 2, "科室负责人：韩建伟    填表人：王璐    联系电话：0393-8919210", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 居民水电气计量和收费问题集中整治, after a city 市场监管局's typical cases (水务公司为立户安装用户收取远传智能
# 模块控制设备安装费用并已退还; 严禁向用户收取水电气热计量装置费用; 执行水价类别错误; 已将多收取的费用予以退还):
# http://m.8htfquj5.cn/Content/2025/07-23/1703379102.html
# A CSV in GBK: a title line, a 填报单位 line, one header line with 涉及户数 and 涉及金额 beside the 整改状态,
# short names of the utilities, a 合计 line and a 填报人 line.
UTILITY_ROWS = [
    (
        "市水务公司",
        "供水",
        "新装用户立户时收取远传水表模块安装费",
        "312",
        "93600",
        "全额退还，停止收取",
        "2024-07-31",
        "已退还93600元，整改完成",
    ),
    (
        "濮阳供电公司",
        "供电",
        "小微企业低压接入工程向用户收取红线外配套费用",
        "18",
        "126000",
        "停止收取并逐户退还",
        "2024-08-31",
        "已停止收取，正在逐户退还",
    ),
    (
        "市燃气公司",
        "供气",
        "更换燃气表时收取“材料费”，属明令取消的计量装置费用",
        "560",
        "44800",
        "全额退还",
        "2024-07-15",
        "已退还",
    ),
    (
        "濮阳县自来水有限公司",
        "供水",
        "对中小学校执行非居民生活用水价格",
        "6",
        "21500",
        "按居民价格重新核算并退还差价",
        "2024-08-15",
        "未整改",
    ),
    (
        "市燃气公司",
        "供气",
        "营业厅未公示供气收费项目和标准",
        "—",
        "—",
        "在营业厅和网站公示",
        "2024-07-10",
        "已公示",
    ),
    (
        "濮阳供电公司",
        "供电",
        "向申请移表的商户收取移表费",
        "9",
        "4500",
        "退还移表费",
        "2024-07-31",
        "",
    ),
    (
        "濮阳中原热力有限公司",
        "供暖",
        "对新入网用户收取“集中管网建设费”",
        "42",
        "168000",
        "停止收取并退还",
        "2024-10-31",
        "已制定退还方案",
    ),
]


def write_utility(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["供水供电供气供暖收费问题集中整治自查整改清单"])
    w.writerow(["填报单位：濮阳市发展和改革委员会（价格管理科）    填报日期：2024年7月30日"])
    w.writerow(
        [
            "序号",
            "整改责任单位",
            "行业",
            "问题描述",
            "涉及户数",
            "涉及金额（元）",
            "整改措施",
            "整改期限",
            "整改状态",
        ]
    )
    for i, row in enumerate(UTILITY_ROWS, 1):
        w.writerow([i, *row])
    households = sum(int(r[3]) for r in UTILITY_ROWS if r[3].isdigit())
    amount = sum(int(r[4]) for r in UTILITY_ROWS if r[4].isdigit())
    w.writerow(["合计", "", "", "自查发现问题7个", households, amount, "", "", ""])
    w.writerow(["填报人：李红霞    联系电话：0393-8339702"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 行业协会商会乱收费自查抽查, after a city 民政局's 市级行业协会商会乱收费自查抽查工作 (15项乱收费问题: 强制或变相
# 强制入会并收取会费; 只收取会费不提供服务; 利用法定职责或者行政机关委托、授权事项违规收费; 通过评比达标表彰活动
# 收费; 强制会员单位参加各类会议、培训; 以担任理事、常务理事、负责人为名收费; 会费标准未按规定程序制定或修改):
# https://www.dutenews.com/p/7423359.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 问题类型 as the numbered category,
# amounts, a 是否销号 column beside the 整改进展, a 填表说明 line and a signature line.
ASSOC_ROWS = [
    (
        "濮阳市建筑业协会",
        "5.利用法定职责或行政机关委托事项违规收费",
        "与行业主管部门联合发文开展“诚信企业评价”并收取评审费",
        186000,
        "停止评价活动，全额退还评审费",
        "2024年7月31日",
        "已全部退还",
        "已销号",
    ),
    (
        "濮阳市餐饮行业协会",
        "1.强制或变相强制入会",
        "要求新开业餐饮企业入会后方可参加“放心餐厅”评选",
        "",
        "取消入会前置条件",
        "2024年7月15日",
        "已整改",
        "已销号",
    ),
    (
        "濮阳市物流协会",
        "2.只收取会费不提供服务",
        "2023年收取会费后全年未开展任何会员服务",
        54000,
        "制定会员服务清单并公开",
        "2024年8月31日",
        "正在制定服务清单",
        "未销号",
    ),
    (
        "濮阳市汽车维修行业协会",
        "8.强制参加收费培训",
        "强制会员单位参加收费培训，每人收取培训费800元",
        72000,
        "退还培训费",
        "2024年7月20日",
        "未退还",
        "未销号",
    ),
    (
        "濮阳市浙江商会",
        "11.以担任理事为名收费",
        "向常务理事单位收取“理事赞助费”每家2万元",
        120000,
        "退还赞助费并修改章程",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "濮阳市化工行业协会",
        "12.会费标准未按规定程序制定",
        "现行会费标准未经会员大会表决通过",
        "",
        "召开会员大会重新表决会费标准",
        "2024年第三季度",
        "已发出会员大会通知",
        "未销号",
    ),
    (
        "濮阳市建筑装饰协会",
        "6.通过评比表彰活动收费",
        "开展“十佳装饰企业”评选并收取参评费",
        36000,
        "退还参评费，今后不得收费评比",
        "2024年7月10日",
        "已退还",
        "已销号",
    ),
]


def write_assoc_book(path: Path) -> Path:
    b = Book(path, author="社会组织管理科")
    ws = b.sheet("自查抽查问题台账")
    b.widths(ws, [6, 24, 26, 44, 14, 28, 16, 18, 10])
    b.line(ws, 0, "全市性行业协会商会乱收费自查抽查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局（社会组织管理科）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "协会商会名称",
            "问题类型",
            "具体问题",
            "涉及金额（元）",
            "整改措施",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(ASSOC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ASSOC_ROWS)
    b.line(
        ws,
        end,
        "填表说明：问题类型按15类乱收费问题的序号填写；整改完成并经业务主管单位核查的，在“是否销号”栏填“已销号”。",
        8,
    )
    b.line(ws, end + 1, "负责人：张海鹰    填表人：吕晨    联系电话：0393-8996135", 8)
    return b.close()


def write_assoc(path: Path) -> Path:
    via_soffice(write_assoc_book, path, "ods", "行业协会商会乱收费自查抽查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 12345营商环境投诉举报专席, after an account of a city 12345's 营商环境投诉举报专席 (按“8”号键进入专席; 不按规定
# 程序和时限办理、惠企政策落实不到位、擅自设立收费项目、吃拿卡要; 第一时间将工单下派至市医疗保障局 — 生育保险费;
# 管道改造施工挖断单位自来水管道、停水两天、自来水公司告知需自行协调):
# http://m.cmstop.zt.jsw.com.cn/p/122420.html
# An .xlsx: title, 填报单位/统计时段 line, one header row with 工单编号, 受理时间 (date and time), 诉求类型 and the
# 诉求企业 (the complainant) beside the 承办单位, 办理时限 in working days from 受理, 办理状态 and 回访结果,
# a 说明 line and a 合计 line.
HOTLINE_ROWS = [
    (
        "YS2024070301",
        datetime(2024, 7, 3, 9, 16),
        "投诉",
        "濮阳市恒达物流有限公司",
        "单位职工生育津贴申领多次电话联系市医保中心无人接听，业务无法办理",
        "市医保局",
        "5个工作日",
        "已办结",
        "满意",
    ),
    (
        "YS2024070502",
        datetime(2024, 7, 5, 14, 42),
        "求助",
        "濮阳市宏源化工有限公司",
        "管道改造施工挖断企业供水管道，停水两天，供水部门称需自行与施工方协调",
        "市自来水公司",
        "2个工作日",
        "已办结",
        "满意",
    ),
    (
        "YS2024070903",
        datetime(2024, 7, 9, 10, 5),
        "投诉",
        "濮阳市金穗面粉有限公司",
        "食品生产许可变更申请超过承诺时限仍未办结",
        "市市场监管局",
        "10个工作日",
        "逾期未办结",
        "",
    ),
    (
        "YS2024071204",
        datetime(2024, 7, 12, 16, 30),
        "举报",
        "匿名",
        "消防验收时工作人员暗示企业使用指定检测机构",
        "市住建局",
        "15个工作日",
        "",
        "",
    ),
    (
        "YS2024071505",
        datetime(2024, 7, 15, 8, 47),
        "求助",
        "濮阳市绿源农业科技有限公司",
        "申报的2023年度失业保险稳岗返还资金至今未到账",
        "市人社局",
        "5个工作日",
        "已办结",
        "基本满意",
    ),
    (
        "YS2024071806",
        datetime(2024, 7, 18, 11, 20),
        "投诉",
        "濮阳市众诚建材有限公司",
        "办理不动产抵押登记被要求提供已取消的房屋测绘报告",
        "市不动产登记中心",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "YS2024072207",
        datetime(2024, 7, 22, 15, 3),
        "投诉",
        "濮阳市华瑞包装制品有限公司",
        "园区道路雨后长期积水，货车无法进出，影响企业生产",
        "濮阳经济技术开发区管理委员会",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "YS2024072408",
        datetime(2024, 7, 24, 9, 38),
        "建议",
        "濮阳市信达税务师事务所",
        "建议办税服务厅增设企业办税专窗，缩短企业排队时间",
        "市税务局",
        "15个工作日",
        "已答复",
        "满意",
    ),
    (
        "YS2024072609",
        datetime(2024, 7, 26, 10, 12),
        "投诉",
        "濮阳市天瑞塑业有限公司",
        "企业用电报装受理后超过承诺时限仍未接电",
        "供电公司",
        "5个工作日",
        "已签收，正在核实",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="12345热线")
    ws = b.sheet("专席工单")
    b.widths(ws, [6, 16, 17, 8, 26, 46, 24, 12, 16, 10])
    b.line(ws, 0, "2024年7月12345热线营商环境投诉举报专席工单办理台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市12345政务服务便民热线管理中心    统计时段：2024年7月1日—7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类型",
            "诉求企业",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "回访结果",
        ],
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOTLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "本月专席共受理涉企诉求9件")
    b.line(ws, end + 1, "说明：办理时限自受理之日起按工作日计算；“已答复”为建议类工单已答复企业并办结。", 9)
    b.line(ws, end + 2, "填表人：贾文静    联系电话：0393-12345    报送日期：2024年7月31日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. “一企来办”企业诉求, after a city 12345's yearly account (“一企来办”企业诉求闭环处办服务体系; 开通企业“自报”和部门
# “直报”入口; 政策直通、诉求直联、服务直达; 受理企业服务诉求):
# http://www.zgsnsc.com/m/view.php?aid=41193
# A .zip of two 承办单位 returns: an .xlsx from a city bureau whose rows name its 科室, and a .docx table from a town
# government whose rows name its 办/队; both with 诉求来源 (企业自报/部门直报) and the enterprise (the complainant).
BUREAU_ROWS = [
    (
        "企业自报",
        "濮阳市龙丰纸业有限公司",
        "申请高校毕业生一次性吸纳就业补贴，审核进度长期不明",
        "就业促进科",
        "2024年7月15日",
        "已办结，补贴已拨付到企业账户",
        "满意",
    ),
    (
        "部门直报",
        "濮阳市中原石化装备有限公司",
        "技能人才评价机构备案材料被退回3次，每次退回理由不一致",
        "职业能力建设科",
        "2024年7月20日",
        "正在重新审核",
        "",
    ),
    (
        "企业自报",
        "濮阳市丰利石化有限公司",
        "劳务派遣用工备案线上系统无法提交",
        "劳动关系科",
        "2024年7月10日",
        "已办结",
        "满意",
    ),
    (
        "企业自报",
        "濮阳市惠民食品有限公司",
        "咨询阶段性降低失业保险费率政策的执行期限",
        "失业保险科",
        "2024年7月5日",
        "已答复",
        "满意",
    ),
    (
        "部门直报",
        "濮阳市华信电子科技有限公司",
        "引进人才安家补贴申请超过兑现期限仍未发放",
        "人才开发科",
        "2024年8月15日",
        "",
        "",
    ),
]

TOWN_ROWS = [
    (
        "企业自报",
        "濮阳县鑫盛机械有限公司",
        "厂区门前道路路灯损坏，夜间货车进出存在安全隐患",
        "村镇建设办",
        "2024年7月20日",
        "已更换路灯5盏，已办结",
    ),
    (
        "部门直报",
        "濮阳县金龙农业发展有限公司",
        "流转土地上的大棚项目施工受到周边个别群众阻挠",
        "综治中心",
        "2024年8月10日",
        "正在协调",
    ),
    (
        "企业自报",
        "濮阳县宏达纺织有限公司",
        "厂区周边露天烧烤油烟扰企，多次反映未处理",
        "综合行政执法大队",
        "2024年7月12日",
        "尚未处理",
    ),
    (
        "企业自报",
        "濮阳县恒泰建材有限公司",
        "申请临时用地手续，镇里迟迟未出具初审意见",
        "经济发展办公室",
        "2024年7月31日",
        "已出具同意意见，已办结",
    ),
]


def write_bureau_book(path: Path) -> Path:
    b = Book(path, author="市人社局")
    ws = b.sheet("诉求办理")
    b.widths(ws, [6, 10, 28, 44, 16, 16, 28, 10])
    b.line(ws, 0, "“一企来办”企业诉求办理情况反馈表", 7, b.title)
    b.line(ws, 1, "承办单位：濮阳市人力资源和社会保障局    填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "诉求来源", "企业名称", "诉求内容", "承办科室", "办理时限", "办理结果", "企业评价"]
    )
    for i, row in enumerate(BUREAU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BUREAU_ROWS)
    b.line(ws, end + 1, "分管领导：杜卫东    联络员：常青    联系电话：0393-8991806", 7)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("城关镇党政办")
    _title(doc, "“一企来办”企业诉求办理情况反馈", 18)
    _paragraph(doc, "承办单位：濮阳县城关镇人民政府    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "诉求来源", "企业名称", "诉求内容", "承办部门", "办理时限", "办理结果"], body)
    _paragraph(doc, "填表人：许文斌    联系电话：0393-3226015", 12)
    return _save_fixed(doc, path)


def write_enterprise(path: Path) -> Path:
    members = [
        ("“一企来办”企业诉求办理情况反馈表（市人社局）.xlsx", write_bureau_book),
        ("“一企来办”企业诉求办理情况反馈（城关镇）.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市行政服务中心窗口工作作风暗访问题整改台账.xlsx", write_window),
    ("华龙区政务服务中心上班纪律暗访发现问题整改情况报告.docx", write_service),
    ("窗口行业服务文明测评发现问题整改汇总表.xls", write_civil),
    ("市不动产登记中心窗口服务自查自纠问题整改清单.doc", write_self),
    ("中介超市中介服务机构履约检查问题整改台账.et", write_agency),
    ("涉企收费专项检查发现问题整改台账.xlsx", write_fee),
    ("供水供电供气供暖收费问题自查整改清单.csv", write_utility),
    ("行业协会商会乱收费自查抽查问题整改台账.ods", write_assoc),
    ("12345营商环境投诉举报专席工单办理台账（7月）.xlsx", write_hotline),
    ("一企来办企业诉求办理情况反馈（两家承办单位）.zip", write_enterprise),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

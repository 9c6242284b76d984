"""Regenerate the aside9 part of the intake corpus (python make_aside9.py, from this folder or any other).

Fifteen returns kept aside, of kinds a municipal 督查局 collects from city bureaus, districts, counties,
towns, a college, state-owned enterprises and training schools: 政务服务“好差评”差评整改, 道路交通安全隐患
排查, 经营性自建房安全整治（督查专报, and a town's ledger）, 国有林场安全隐患排查, 和美乡村“百千工程”督导,
税务督查整改, 高校巡视整改, 电动自行车安全隐患全链条整治, 城市巡查事件处置, 国企改革深化提升行动, 粮食购销
领域专项整治, 部门月度工作计划调度, 校外培训机构暑期检查 and 生态环境保护督察整改销号公示. Each copies the
kind of table or document a public source shows (a page a government office or a school published, a news
page that names a ledger's columns, or a public system's export); the source is cited next to each layout
and repeated in expected.json, and none of them is used by another part. The contents (problems, names,
dates) are made up; the layouts, preambles, header words and status wordings follow the sources.

What a person reads in each file is in expected.json beside this script, written by hand by the rules of
tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: four workbooks written with XlsxWriter (fixed created date; a fifth inside the zip); one .xls written
with xlwt; one .et (an Excel 97 workbook converted by LibreOffice and saved with the WPS suffix) and one .ods
(LibreOffice conversion, rewritten with fixed member times); two .docx written with python-docx (fixed core
properties and member times; a third inside the zip); one .doc and one .wps (Word documents written here,
converted by LibreOffice to Word 97); one CSV in UTF-8 with a BOM, one CSV in GBK, one tab-separated UTF-16
text file as Excel saves "Unicode text"; one .zip holding a workbook and a Word document of two counties,
with GBK member names as Windows zips them.
Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
        self.right = add({"align": "right", "valign": "vcenter"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

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
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods, .doc and .wps returns")
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


# ---------------------------------------------------------------------------------------------
# 1. 政务服务“好差评”差评件核实整改情况表, after a city 数据资源局's account of its 好差评 closed loop (核实处理
# 办件差评、事项差评、窗口人员差评、大厅网站差评; 专人负责整改回访; 评价、回访、处理、整改、反馈闭环; 通报整改情况):
# https://www.csjcs.com/news/show/610dbb1fdf8f9a77.html
# Two sheets: a 统计 sheet with counts per 差评类型 (no items) and the 差评件明细: title, 填报单位/统计时段 line
# and a 说明 line with the 5-working-day rule; a two-row header (评价信息 over 评价渠道/评价时间/评价人/差评内容,
# 核实整改情况 over 是否属实/整改措施及结果); the window (a city unit by its short name) beside the masked
# evaluator; 交办时间 an event, 办理时限 as 5个工作日 or a dated extension; 回访情况; signature line.
PRAISE_ROWS = [
    (
        "办件差评",
        "一体化政务服务平台",
        datetime(2024, 7, 2, 9, 15),
        "李**",
        "办理不动产转移登记时，窗口要求提供已在系统中的婚姻证明材料，多跑一次",
        "不动产登记中心窗口",
        date(2024, 7, 2),
        "5个工作日",
        "属实",
        "已通过部门数据共享调取婚姻登记信息，取消该材料提交；对窗口人员进行批评教育",
        "已回访，评价人表示满意",
    ),
    (
        "事项差评",
        "“豫事办”APP",
        datetime(2024, 7, 5, 16, 42),
        "王**",
        "住房公积金提取事项网上办理需重复上传身份证照片",
        "公积金中心窗口",
        date(2024, 7, 5),
        "5个工作日",
        "属实",
        "已向省平台提交申报表单优化需求，正在调试",
        "已电话回访说明情况",
    ),
    (
        "窗口人员差评",
        "现场评价器",
        datetime(2024, 7, 10, 10, 3),
        "张**",
        "社保窗口工作人员接待时态度生硬，未一次性告知所需材料",
        "人社局社保窗口",
        date(2024, 7, 10),
        "5个工作日",
        "属实",
        "已对当事人进行约谈并调整岗位，窗口推行一次性告知单",
        "已回访，满意",
    ),
    (
        "大厅网站差评",
        "意见箱",
        datetime(2024, 7, 15, 8, 50),
        "匿名",
        "政务服务大厅自助服务区打印机经常缺纸无法使用",
        "市政务服务中心综合服务科",
        date(2024, 7, 15),
        "5个工作日",
        "属实",
        "已落实专人每日巡检自助终端并补充耗材",
        "已回访，满意",
    ),
    (
        "办件差评",
        "一体化政务服务平台",
        datetime(2024, 7, 18, 14, 21),
        "赵**",
        "企业开办后申领税控设备仍需到税务大厅再跑一次",
        "税务局窗口",
        date(2024, 7, 18),
        "2024年8月15日前（情况复杂，经批准延期）",
        "属实",
        "正在协调推行税控设备免费邮寄送达",
        "待整改完成后回访",
    ),
    (
        "事项差评",
        "12345热线转办",
        datetime(2024, 7, 22, 11, 37),
        "孙**",
        "医保异地就医备案网上办理审核时间过长",
        "医保局窗口",
        date(2024, 7, 22),
        "5个工作日",
        "部分属实",
        "已将审核时限压缩至1个工作日，系统增加办理进度提醒",
        "已回访，基本满意",
    ),
    (
        "窗口人员差评",
        "现场评价器",
        datetime(2024, 7, 24, 12, 15),
        "周**",
        "车管窗口午间休息时段无人值守，群众等候时间过长",
        "交警支队车管所窗口",
        date(2024, 7, 24),
        "5个工作日",
        "",
        "",
        "",
    ),
    (
        "办件差评",
        "一体化政务服务平台",
        datetime(2024, 7, 26, 15, 2),
        "吴**",
        "办理营业执照变更时系统一直提示材料不合规",
        "市场监管局窗口",
        date(2024, 7, 26),
        "5个工作日",
        "不属实",
        "经核实为申请人上传文件格式错误，已解释说明并指导重新提交，业务已办结",
        "已回访，评价人撤回差评",
    ),
    (
        "事项差评",
        "“豫事办”APP",
        datetime(2024, 7, 29, 9, 48),
        "郑**",
        "商品房预售许可办事指南所列材料与窗口实际要求不一致",
        "住建局窗口",
        date(2024, 7, 29),
        "5个工作日",
        "属实",
        "尚未整改",
        "",
    ),
]

PRAISE_COUNTS = [
    ("办件差评", 3, 2, 1, 0, 0),
    ("事项差评", 3, 1, 1, 1, 0),
    ("窗口人员差评", 2, 1, 0, 0, 1),
    ("大厅网站差评", 1, 1, 0, 0, 0),
    ("合计", 9, 5, 2, 1, 1),
]


def write_praise(path: Path) -> Path:
    b = Book(path, author="王静")
    ws = b.sheet("统计")
    b.widths(ws, [16, 12, 12, 10, 10, 10])
    b.line(ws, 0, "2024年7月份政务服务“好差评”差评件统计", 5, b.title)
    ws.set_row(0, 30)
    b.header(ws, 1, ["差评类型", "差评件数", "已整改办结", "整改中", "未整改", "未反馈"])
    for r, values in enumerate(PRAISE_COUNTS, start=2):
        b.put(ws, r, 0, values[0], b.center)
        for c, v in enumerate(values[1:], start=1):
            b.put(ws, r, c, v, b.center)
    b.line(ws, 8, "注：差评件明细见“差评件明细”表。", 5)

    ws = b.sheet("差评件明细")
    b.widths(ws, [5, 12, 14, 16, 8, 34, 18, 11, 16, 9, 34, 18])
    last = 11
    b.line(ws, 0, "2024年7月份政务服务“好差评”差评件核实整改情况表", last, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "填报单位：市政务服务中心（盖章）　　　　　　　　统计时段：2024年7月1日—7月31日", last)
    b.line(
        ws,
        2,
        "说明：差评件自交办之日起5个工作日内完成核实整改并回访反馈；情况复杂的经中心负责人批准可延期，"
        "延期的在“办理时限”栏注明具体时限。",
        last,
    )
    ws.set_row(2, 30)
    for c, word in [(0, "序号"), (1, "差评类型"), (6, "涉及窗口（单位）"), (7, "交办时间")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    for c, word in [(8, "办理时限"), (11, "回访情况")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 2, 3, 5, "评价信息", b.head)
    b.header(ws, 4, ["评价渠道", "评价时间", "评价人", "差评内容"], first=2)
    b.merge(ws, 3, 9, 3, 10, "核实整改情况", b.head)
    b.header(ws, 4, ["是否属实", "整改措施及结果"], first=9)
    r = 5
    for k, values in enumerate(PRAISE_ROWS, start=1):
        kind, channel, when, who, text, window, sent, limit, true, measure, visit = values
        b.put(ws, r, 0, k, b.center)
        b.put(ws, r, 1, kind, b.center)
        b.put(ws, r, 2, channel, b.center)
        b.put(ws, r, 3, when)
        b.put(ws, r, 4, who, b.center)
        b.put(ws, r, 5, text)
        b.put(ws, r, 6, window)
        b.put(ws, r, 7, sent)
        b.put(ws, r, 8, limit, b.center)
        b.put(ws, r, 9, true, b.center)
        b.put(ws, r, 10, measure)
        b.put(ws, r, 11, visit)
        r += 1
    b.line(
        ws,
        r + 1,
        "填表人：王静　　　审核人：刘洋　　　联系电话：0393-8998126　　　填报日期：2024年8月1日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 道路交通安全隐患排查整改台账, after a 高速交警大队's account of its road-hazard sweep (对排查出的隐患进行
# 梳理、分类，详细记录排查整改路段位置、主要隐患、整治意见、整改单位等建立详细台账; 向经营管理单位、养护部门下达
# 《道路交通安全隐患整改通知书》，督促其限期整改到位): https://w.dzwww.com/p/8162312.html
# An Excel 97 workbook: title, 填报单位/统计截至 line; a two-row header (隐患基本情况 over 道路名称/路段位置/
# 主要隐患, 整改通知书 over 文书编号/下发日期); 整改单位 by full, short and section names; 整改期限 as N日内 or
# 立行立改 (from the 下发日期, as the note says), a date, 月底前 or 年底前; the header printed again where the
# second page starts; 合计 row, note and signature.
ROAD_HEADER_TOP = [
    (0, "序号"),
    (4, "整治意见"),
    (5, "整改单位"),
    (8, "整改期限"),
    (9, "整改情况"),
]
ROAD_ROWS = [
    (
        "国道106线",
        "K1532+300处平交路口",
        "平交路口视距不良，未设置减速让行标志",
        "增设减速让行标志及减速带",
        "市交通运输局",
        "濮公交隐通〔2024〕31号",
        "2024-06-12",
        "30日内",
        "已完成，7月10日复查合格",
    ),
    (
        "省道212线",
        "K45+100—K46+800",
        "临水路段未设置防护栏",
        "增设波形护栏约1.7公里",
        "市交通局",
        "濮公交隐通〔2024〕33号",
        "2024-06-20",
        "2024年9月底前",
        "已完成施工设计，正在招标",
    ),
    (
        "大广高速",
        "濮阳段K1890+200—K1892+000",
        "中央分隔带防眩板缺失",
        "补装防眩板",
        "河南中原高速公路股份有限公司濮阳管理处",
        "濮公交隐通〔2024〕35号",
        "2024-07-03",
        "15日内",
        "已补装防眩板120块，整改完毕",
    ),
    (
        "县道X028线",
        "柳屯镇前刘村至后刘村段",
        "穿村路段无警示标志、无减速设施",
        "增设警示标志、减速带",
        "柳屯镇人民政府",
        "濮公交隐通〔2024〕38号",
        "2024-07-08",
        "30日内",
        "",
    ),
    (
        "开州路",
        "与京开大道交叉口",
        "信号灯配时不合理，行人过街绿灯时间不足",
        "优化信号配时方案",
        "市交警支队科技科",
        "濮公交隐通〔2024〕40号",
        "2024-07-15",
        "立行立改",
        "已调整信号配时方案",
    ),
    (
        "黄河路",
        "中原路至长庆路段",
        "路面坑槽多处，影响行车安全",
        "修补路面坑槽",
        "市住建局",
        "濮公交隐通〔2024〕41号",
        "2024-07-10",
        "2024年8月20日前",
        "正在修补，已完成约60%",
    ),
    (
        "国道342线",
        "K210+500—K212+000长下坡路段",
        "未设置连续下坡警示和避险车道提示",
        "增设警示标志，论证设置避险车道",
        "市交通运输局",
        "濮公交隐通〔2024〕44号",
        "2024-07-22",
        "年底前",
        "未启动",
    ),
    (
        "省道101线",
        "梁庄镇中心小学门前路段",
        "学校门前无人行横道和限速标志",
        "施划人行横道，设置限速标志",
        "梁庄镇人民政府",
        "濮公交隐通〔2024〕46号",
        "2024-07-25",
        "10日内",
        "已施划人行横道，限速标志正在制作",
    ),
]


def write_roads(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    title = _xf(bold=True, border=False, center=True, size=16)
    text = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    ws = book.add_sheet("隐患台账")
    for c, w in enumerate([5, 11, 20, 26, 22, 20, 20, 11, 14, 24]):
        ws.col(c).width = w * 256
    ws.write_merge(0, 0, 0, 9, "濮阳市道路交通安全隐患排查整改台账", title)
    ws.write_merge(
        1, 1, 0, 9, "填报单位：市公安局交通管理支队（盖章）　　　　　　　　统计截至：2024年7月31日", text
    )

    def header(r: int) -> None:
        for c, word in ROAD_HEADER_TOP:
            ws.write_merge(r, r + 1, c, c, word, head)
        ws.write_merge(r, r, 1, 3, "隐患基本情况", head)
        ws.write_merge(r, r, 6, 7, "整改通知书", head)
        for c, word in [(1, "道路名称"), (2, "路段位置"), (3, "主要隐患"), (6, "文书编号"), (7, "下发日期")]:
            ws.write(r + 1, c, word, head)

    header(2)
    r = 4
    for k, values in enumerate(ROAD_ROWS, start=1):
        if k == 5:
            header(r)
            r += 2
        ws.write(r, 0, k, mid)
        for c, v in enumerate(values, start=1):
            ws.write(r, c, v, mid if c in (5, 6, 7, 8) else cell)
        r += 1
    ws.write_merge(r, r, 0, 3, "合计：排查隐患8处", mid)
    ws.write_merge(r, r, 4, 9, "已整改3处，正在整改3处，未整改1处，未反馈1处", cell)
    ws.write_merge(
        r + 1,
        r + 1,
        0,
        9,
        "注：整改期限自《道路交通安全隐患整改通知书》下发之日起计算；“立行立改”的须于通知书下发当日整改到位。",
        text,
    )
    ws.write_merge(r + 2, r + 2, 0, 9, "制表人：刘冬　　　审核：陈志强　　　2024年7月31日", text)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 督查专报 on 经营性自建房安全隐患整治, after a city 政府办督查室's 督查专报 on its 自建房专项整治 (按照市政府
# 主要领导意见，市政府督查室对…进行了督查，现将督查结果报告如下; counts of houses, then the towns and streets by
# name with what each has done and what is left): http://www.lndbss.gov.cn/diaobingshan/zfxxgk/fdzdgknr/dcsj/2022121216142180925/index.html
# A Word 97 document saved with the WPS suffix: 督查专报 masthead (期数, 日期), title, opening paragraph,
# 一、基本情况 (counts, no items), 二、存在的主要问题 with numbered paragraphs each naming a street, a town or a
# city bureau, what it has done and a 要求…前 deadline (one with none), 三、下一步工作建议, 落款 and 报送 lines.
HOUSING_REPORT = [
    ("masthead", "督 查 专 报"),
    ("center", "第12期"),
    ("center", "濮阳市人民政府督查室　　　　　　　　　　2024年7月26日"),
    ("title", "关于全市经营性自建房安全隐患整治工作进展情况的督查专报"),
    (
        "body",
        "按照市政府主要领导批示要求，7月22日至25日，市政府督查室会同市住房和城乡建设局，采取听取汇报、查阅"
        "台账、实地抽查的方式，对各县（区）经营性自建房安全隐患整治工作进展情况进行了督查。现将督查情况报告如下：",
    ),
    ("heading", "一、基本情况"),
    (
        "body",
        "截至7月20日，全市共排查经营性自建房21864栋，初判存在安全隐患的412栋，已完成整治305栋，整治完成率"
        "74.0%。其中，采取停用搬离措施的58栋，完成安全鉴定的196栋。",
    ),
    ("heading", "二、存在的主要问题"),
    (
        "body",
        "（一）华龙区胜利路街道办事处辖区3户经营性自建房（均为小旅馆）存在私自加层问题，目前1户已停止经营并"
        "疏散人员，其余2户仍在营业。要求8月15日前完成停用整治。",
    ),
    (
        "body",
        "（二）清丰县马庄桥镇人民政府排查出存在结构安全隐患的经营性自建房5处，已完成安全鉴定2处，其余3处尚未"
        "委托鉴定机构。要求7月底前全部完成安全鉴定。",
    ),
    (
        "body",
        "（三）范县濮城镇人民政府辖区2户农家乐经营性自建房未配备消防设施，疏散通道不畅，整改尚未启动。要求"
        "8月10日前完成整改。",
    ),
    (
        "body",
        "（四）南乐县城关镇人民政府排查台账信息录入不全，全国自建房安全专项整治信息平台漏录经营性自建房37栋。"
        "督查期间该镇已补录完成。",
    ),
    (
        "body",
        "（五）台前县打渔陈镇人民政府辖区1处经营性自建房（饭店）违规改变房屋用途用作KTV，存在重大安全隐患，"
        "已责令停业，正在组织拆除违建部分。要求9月底前完成整治。",
    ),
    (
        "body",
        "（六）濮阳县庆祖镇人民政府经营性自建房“一户一档”资料不完整，12户缺少安全鉴定报告和整治销号材料。"
        "要求8月20日前补齐归档。",
    ),
    (
        "body",
        "（七）市住房和城乡建设局对县（区）整治工作技术指导不够，房屋安全鉴定机构名录未及时向社会公布。要求"
        "年底前建立常态化技术指导和鉴定机构管理机制。",
    ),
    ("heading", "三、下一步工作建议"),
    (
        "body",
        "一是压实属地责任。建议由市自建房安全专项整治工作领导小组办公室对上述问题逐一交办，实行清单化管理、"
        "销号式推进。二是强化跟踪问效。市政府督查室将适时开展“回头看”，对整改不力的进行通报。",
    ),
    ("right", "濮阳市人民政府督查室"),
    ("right", "2024年7月26日"),
    ("small", "报：市政府主要领导，分管副市长。"),
    ("small", "送：市住房和城乡建设局，各县（区）人民政府。"),
]


def write_housing_report_docx(path: Path) -> Path:
    doc = _new_document(author="市政府督查室")
    for kind, text in HOUSING_REPORT:
        if kind == "masthead":
            _paragraph(doc, text, 36, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "center":
            _paragraph(doc, text, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "title":
            _title(doc, text)
        elif kind == "heading":
            _paragraph(doc, text, 16, "黑体")
        elif kind == "right":
            _paragraph(doc, text, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "small":
            _paragraph(doc, text, 14)
        else:
            _paragraph(doc, "　　" + text)
    return _save_fixed(doc, path)


def write_housing_report(path: Path) -> Path:
    return via_soffice(write_housing_report_docx, path, "doc", "housing_report.docx")


# ---------------------------------------------------------------------------------------------
# 4. 国有林场安全隐患问题清单及整改台账, after a 国有林场's on-site meeting on its hazard sweep (森林防火类、资源
# 管理类、后勤类、生产类安全隐患; 建立安全隐患问题清单、整改清单，分类登记造册，严格落实责任人; 开展整改情况
# “回头看”，跟踪督办，直至整改销号): https://www.jrjingshan.com/m/a/bm/szrzyyghj/2023/0419/48732.html
# Saved by WPS as .et (an Excel 97 workbook): title naming the farm, 填报单位/排查时间/填报日期 line; one header
# row; section rows for the four 隐患类别 merged across; 责任分场（股室） are parts of the farm; 整改时限 as dates,
# 立行立改 (from the 排查时间), 第三季度, 月底前 and 长期坚持; 整改情况 beside a 回头看复查 column; note and
# signature.
FARM_SECTIONS = [
    (
        "一、森林防火类",
        [
            (
                "黄河故道分场3号林班",
                "林下枯枝落叶堆积，可燃物载量大",
                "组织护林员清理林下可燃物，开设防火隔离带",
                "黄河故道分场",
                "王建军",
                "2024年8月31日",
                "已清理约40亩，剩余部分正在清理",
                "",
            ),
            (
                "场部瞭望塔",
                "瞭望塔视频监控设备故障，图像无法实时回传",
                "联系厂家维修监控设备",
                "护林防火股",
                "李卫东",
                "2024年7月15日",
                "已维修完毕",
                "7月18日复查，设备运行正常",
            ),
            (
                "扑火物资储备库",
                "储备库部分灭火器、风力灭火机过期失效",
                "更换过期失效物资",
                "护林防火股",
                "李卫东",
                "立行立改",
                "已更换灭火器20具、风力灭火机4台",
                "已复查销号",
            ),
        ],
    ),
    (
        "二、资源管理类",
        [
            (
                "林场东侧边界",
                "林区边界部分界桩缺失，存在侵占林地风险",
                "补设界桩，开展边界巡查",
                "资源管理股",
                "赵红梅",
                "2024年第三季度",
                "",
                "",
            ),
            (
                "苗圃分场2号地块",
                "苗圃地块有周边群众私自种植农作物",
                "劝离并恢复林地用途",
                "苗圃分场",
                "孙志刚",
                "2024年8月底前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "三、后勤类",
        [
            (
                "场部职工食堂",
                "食堂燃气管道连接软管老化",
                "更换金属软管并加装燃气报警器",
                "办公室",
                "刘静",
                "2024年7月20日",
                "已更换金属软管，安装燃气报警器1台",
                "复查合格",
            ),
            (
                "职工宿舍",
                "宿舍私拉电线给电动车充电",
                "拆除私拉电线，设置集中充电点，定期检查",
                "办公室",
                "刘静",
                "长期坚持",
                "长期坚持，每周开展一次宿舍用电检查",
                "",
            ),
        ],
    ),
    (
        "四、生产类",
        [
            (
                "南部抚育间伐作业区",
                "抚育间伐作业现场油锯操作人员未佩戴防护用品",
                "开展安全操作培训，配发防护用品",
                "生产经营股",
                "周海涛",
                "2024年7月31日",
                "已配发防护用品，安全培训计划于8月上旬开展",
                "",
            ),
        ],
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="林场安全办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [5, 18, 30, 26, 14, 9, 14, 28, 20])
    last = 8
    b.line(ws, 0, "濮阳市国有林场安全隐患问题清单及整改台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "填报单位：濮阳市国有林场（盖章）　　　排查时间：2024年7月5日　　　填报日期：2024年7月30日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患地点",
            "隐患描述",
            "整改措施",
            "责任分场（股室）",
            "责任人",
            "整改时限",
            "整改情况",
            "回头看复查",
        ],
    )
    r = 3
    n = 0
    for section, rows in FARM_SECTIONS:
        b.merge(ws, r, 0, r, last, section, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(values), first=1)
            r += 1
    b.line(ws, r, "注：整改完成后由林场安全生产领导小组办公室组织“回头看”复查，复查合格后销号。", last)
    b.line(ws, r + 1, "填表人：张磊　　　分管领导：陈国庆　　　联系电话：0393-4412057", last)
    return b.close()


def write_farm(path: Path) -> Path:
    return via_soffice(write_farm_book, path, "xls", "farm.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 和美乡村建设“百千工程”督导发现问题交办整改清单, after a county's 督导 of its 和美乡村 villages (县“百千工程”
# 办牵头组成督导小组抽查; 发现七个方面问题，梳理形成问题清单点对点交办乡镇限期整改，建立台账实行销号管理):
# https://eshao.cn/zwhd/bmdt/202410/t20241014_2030408.html
# An .ods (LibreOffice's copy of a workbook): title, 交办时间 line carrying the one deadline for all rows,
# 督导组 line; a two-row header (销号情况 over 是否销号/销号时间); 乡镇 merged down over its villages (towns by
# short name, the notice addressed to 各乡镇人民政府); one row's own later deadline in 备注; note and dated
# sender.
VILLAGE_TOWNS = [
    (
        "韩村镇",
        [
            (
                "前屯村",
                "村容村貌",
                "村内主街两侧残垣断壁未清理",
                "已拆除清理残垣断壁12处",
                "是",
                date(2024, 7, 25),
                "",
            ),
            ("后屯村", "人居环境", "村北坑塘垃圾漂浮、水体发黑", "已打捞垃圾，正在实施清淤", "否", None, ""),
        ],
    ),
    (
        "柳格镇",
        [
            ("东柳村", "基础设施", "村内部分路段路灯损坏未修复", "", "", None, ""),
            (
                "西柳村",
                "公共服务",
                "村卫生室药品储存无温湿度记录",
                "已配备温湿度计并建立记录台账",
                "是",
                date(2024, 7, 19),
                "",
            ),
        ],
    ),
    (
        "六塔乡",
        [
            (
                "六塔村",
                "产业发展",
                "村集体经济项目（蔬菜大棚）闲置未发挥效益",
                "正在对接企业洽谈租赁",
                "否",
                None,
                "需列入村集体经济发展项目，2024年12月底前完成",
            ),
            ("王庄村", "乡村治理", "村规民约未经村民代表会议表决通过", "未整改", "否", None, ""),
        ],
    ),
    (
        "阳邵镇",
        [
            ("阳邵村", "村庄规划", "村庄规划公示牌内容与实际建设不符", "正在重新制作公示牌", "否", None, ""),
        ],
    ),
    (
        "仙庄镇",
        [
            (
                "仙庄村",
                "人居环境",
                "农户庭院杂物乱堆乱放、畜禽散养",
                "已完成庭院整治86户",
                "是",
                date(2024, 7, 30),
                "",
            ),
        ],
    ),
]


def write_villages_book(path: Path) -> Path:
    b = Book(path, author="百千工程办")
    ws = b.sheet("问题清单")
    b.widths(ws, [5, 10, 10, 10, 34, 28, 9, 12, 26])
    last = 8
    b.line(ws, 0, "清丰县和美乡村建设“百千工程”督导发现问题交办整改清单", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "各乡镇人民政府：交办时间：2024年7月12日。请于2024年8月20日前完成整改并报送销号申请（备注另有时限的除外）。",
        last,
    )
    b.line(ws, 2, "督导组：县“百千工程”办第一、第二督导组", last)
    for c, word in [
        (0, "序号"),
        (1, "乡镇"),
        (2, "村"),
        (3, "问题类别"),
        (4, "问题描述"),
        (5, "整改进展"),
        (8, "备注"),
    ]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "销号情况", b.head)
    b.header(ws, 4, ["是否销号", "销号时间"], first=6)
    r = 5
    n = 0
    for town, rows in VILLAGE_TOWNS:
        top = r
        for village, kind, problem, progress, closed, when, note in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, village, b.center)
            b.put(ws, r, 3, kind, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, progress)
            b.put(ws, r, 6, closed, b.center)
            b.put(ws, r, 7, when)
            b.put(ws, r, 8, note)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, town, b.center)
    b.line(ws, r, "注：问题整改完成后，由乡镇提出销号申请，县“百千工程”办组织验收销号。", last)
    b.line(ws, r + 1, "清丰县和美乡村建设“百千工程”工作专班办公室　　　2024年7月31日更新", last, b.right)
    return b.close()


def write_villages(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_villages_book(Path(tmp) / "villages.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 税务督查反馈问题整改台账, after the 税务总局's 督查工作办法 (督查组反馈意见; 向被督查单位制发整改通知，明确
# 需要整改的问题、时限; 被督查单位制定整改方案，建立整改台账（模板见附件5），坚持对账销号):
# http://puyuefinance.com/shuishouzhengguanfa/2016/04-26/13398-2.html
# A CSV saved from Excel (UTF-8 with a BOM): title and 督查反馈时间 lines padded with commas above the header;
# 责任部门 are sections of the city 税务局 named in the title and the file name; 整改时限 as dates, 立行立改 (from
# the 督查反馈时间), 第四季度 and 长期坚持; 整改进展 beside 是否销号; 合计 and signature lines.
TAX_HEADER = [
    "序号",
    "问题来源",
    "督查发现问题",
    "整改措施",
    "责任部门",
    "责任人",
    "整改时限",
    "整改进展",
    "是否销号",
]
TAX_ROWS = [
    (
        "实地督查",
        "部分办税服务厅“一次性告知”制度落实不到位",
        "修订办税指南，开展窗口人员业务培训",
        "纳税服务科",
        "杨帆",
        "2024年7月31日",
        "已修订办税指南并组织培训2期",
        "已销号",
    ),
    (
        "数据核查",
        "出口退税审核平均用时超过规定时限",
        "优化审核流程，实行退税审核周通报",
        "进出口税收管理科",
        "高磊",
        "2024年9月30日",
        "已优化审核流程，7月平均审核用时降至3个工作日，持续跟踪",
        "未销号",
    ),
    (
        "暗访",
        "个别分局存在要求纳税人重复报送资料问题",
        "全面清理重复报送事项，通报批评相关人员",
        "第一税务分局",
        "韩冰",
        "立行立改",
        "已清理重复报送事项4项，对相关人员通报批评",
        "已销号",
    ),
    (
        "数据核查",
        "税收执法风险提示事项未及时应对处理",
        "逐条核实风险提示事项，建立应对台账",
        "法制科",
        "孟晓",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "数据核查",
        "发票风险监控指标设置不合理，预警准确率低",
        "会同信息中心调整风险指标模型",
        "货物和劳务税科",
        "马骏",
        "2024年第四季度",
        "正在会同信息中心调整指标模型",
        "未销号",
    ),
    (
        "实地督查",
        "党员干部八小时以外监督管理存在薄弱环节",
        "完善干部日常监督管理办法",
        "机关党委",
        "田野",
        "长期坚持",
        "",
        "",
    ),
    (
        "实地督查",
        "部分税费优惠政策宣传辅导未覆盖新办纳税人",
        "建立新办纳税人辅导清单，开展专场辅导",
        "纳税服务科",
        "杨帆",
        "2024年8月15日",
        "未开展",
        "未销号",
    ),
    (
        "暗访",
        "办税服务厅自助办税终端故障率高、维护不及时",
        "更换故障终端，建立每日巡检制度",
        "第二税务分局",
        "许可",
        "2024年7月15日",
        "已更换故障终端3台，建立巡检制度",
        "已销号",
    ),
]


def write_tax(path: Path) -> Path:
    width = len(TAX_HEADER)

    def pad(values: list[str]) -> list[str]:
        return values + [""] * (width - len(values))

    rows = [
        pad(["国家税务总局濮阳市税务局税务督查反馈问题整改台账"]),
        pad(["督查反馈时间：2024年6月20日", "", "", "", "", "", "更新时间：2024年7月31日"]),
        TAX_HEADER,
    ]
    rows += [[str(k), *values] for k, values in enumerate(TAX_ROWS, start=1)]
    rows.append(pad(["合计", "共8项，已销号3项"]))
    rows.append(pad(["填报人：李明　联系电话：0393-6682371　填报日期：2024年7月31日"]))
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 巡视反馈意见整改落实台账 of a college, after a university's meeting on its 巡视反馈意见整改 (整改任务明确为12项
# 主要任务，由校领导班子成员分工负责; 55项具体整改任务; 主责单位 学校办公室、纪委办公室、组织部、宣传部、发展规划
# 处、基建处、后勤服务集团、资产管理处、财务处; 6月30日前完成集中整改; 形成长效机制):
# http://news.blcu.edu.cn/info/1011/2654.htm
# A Word document: title naming the college, 截至 line, then one table per 主要任务 (a heading paragraph above
# each); columns 序号/具体整改任务/责任校领导/主责单位/完成时限/整改落实情况; 主责单位 are offices of the college;
# …前 dates and 长期坚持; one empty and one 尚未启动; 落款 of the 整改办.
COLLEGE_TASKS = [
    (
        "一、关于落实全面从严治党主体责任不到位问题的整改",
        [
            (
                "二级学院党组织会议议事规则不健全，“三重一大”事项决策程序不规范",
                "党委副书记 陈丽",
                "组织部",
                "2024年6月30日前",
                "已修订二级学院党组织会议和党政联席会议议事规则，7月起执行",
            ),
            (
                "意识形态工作责任制落实不到位，课堂、讲座论坛阵地管理有漏洞",
                "党委副书记 陈丽",
                "宣传部",
                "长期坚持",
                "长期坚持，每学期开展一次意识形态阵地专项检查",
            ),
        ],
    ),
    (
        "二、关于落实中央八项规定精神和廉洁风险防控不力问题的整改",
        [
            (
                "公务接待审批手续不全，存在超标准接待现象",
                "校长 刘振华",
                "学校办公室",
                "2024年6月30日前",
                "已清退超标准接待费用1.2万元，修订公务接待管理办法",
            ),
            (
                "基建工程项目变更签证管理不规范，审核把关不严",
                "副校长 孙建平",
                "基建处",
                "2024年9月30日前",
                "正在对2021年以来12个项目变更签证进行全面核查",
            ),
            (
                "国有资产账实不符，部分教学设备长期闲置",
                "副校长 孙建平",
                "资产管理处",
                "2024年12月31日前",
                "已完成资产清查，正在办理闲置设备调剂和报废处置手续",
            ),
            (
                "科研经费报销审核把关不严，存在无关支出列支科研经费",
                "副校长 周敏",
                "财务处",
                "2024年6月30日前",
                "已整改，追回违规报销经费3.6万元",
            ),
        ],
    ),
    (
        "三、关于干部队伍建设和基层党建工作薄弱问题的整改",
        [
            (
                "干部人事档案专项审核发现的问题未及时整改到位",
                "党委副书记 陈丽",
                "组织部",
                "2024年8月31日前",
                "",
            ),
            (
                "后勤服务外包合同管理不规范，履约考核流于形式",
                "副校长 周敏",
                "后勤服务集团",
                "2024年7月31日前",
                "尚未启动",
            ),
        ],
    ),
]
COLLEGE_HEADER = ["序号", "具体整改任务", "责任校领导", "主责单位", "完成时限", "整改落实情况"]


def write_college(path: Path) -> Path:
    doc = _new_document(author="巡视整改办")
    _title(doc, "濮阳职业技术学院落实省委巡视组反馈意见整改台账", 20)
    _paragraph(doc, "（截至2024年7月31日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    n = 0
    for heading, tasks in COLLEGE_TASKS:
        _paragraph(doc, heading, 14, "黑体")
        rows = []
        for task in tasks:
            n += 1
            rows.append([str(n), *task])
        _table(doc, COLLEGE_HEADER, rows)
    _paragraph(doc, "", 12)
    _paragraph(doc, "濮阳职业技术学院巡视整改工作领导小组办公室（代章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年8月1日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 电动自行车安全隐患全链条整治行动重点任务落实情况台账, after a city's 实施方案 for the 2024 全链条整治
# (二、重点任务分工: (一)着力解决标准宣贯执行不到位问题 1.做好国家标准宣贯。建立…生产企业底数台账并动态更新 …;
# 标准修订、生产销售、拼装改装、停放充电、报废回收等重点环节; 2024年开展集中整治):
# http://zxj.shiyan.gov.cn/szjw/zc/qtzdgkwj/202406/t20240627_4546647.shtml
# Title, a 牵头汇总/截至 line naming the 专班 (housed in the fire brigade); a two-row header (责任分工 over
# 牵头单位/配合单位, 落实情况 over 工作进展/完成状态); 重点环节 merged down; city units by short names; 完成时限
# as 月底前, dates, 第三季度 and 长期坚持; 完成状态 in the 专班's four words; note and signature.
EBIKE_GROUPS = [
    (
        "标准宣贯执行",
        [
            (
                "建立电动自行车整车及锂离子蓄电池生产企业底数台账并动态更新",
                "市工信局",
                "市市场监管局",
                "2024年6月底前",
                "已建立生产企业底数台账，涵盖企业7家",
                "已完成",
            ),
            (
                "开展电动自行车及蓄电池、充电器产品质量监督抽查",
                "市市场监管局",
                "市公安局、市商务局",
                "2024年10月底前",
                "已抽查销售门店23家、产品样品46批次",
                "序时推进",
            ),
        ],
    ),
    (
        "生产销售改装",
        [
            (
                "严厉打击非法改装、拼装电动自行车违法行为",
                "市公安局",
                "市市场监管局、市交通运输局",
                "长期坚持",
                "1—7月查处非法改装电动自行车112辆",
                "常态化推进",
            ),
        ],
    ),
    (
        "停放充电",
        [
            (
                "推进住宅小区电动自行车集中停放和充电设施建设",
                "市住建局",
                "各县（区）人民政府",
                "2024年12月底前",
                "已建成集中停放充电设施312处，新增充电端口8650个",
                "序时推进",
            ),
            (
                "开展电动自行车“进楼入户”“飞线充电”专项治理",
                "市消防救援支队",
                "市住建局、各街道办事处",
                "2024年9月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "报废回收",
        [
            (
                "建设电动自行车废旧锂电池回收网点",
                "市商务局",
                "市生态环境局",
                "2024年第三季度",
                "回收网点选址尚未确定",
                "进度滞后",
            ),
            (
                "开展电动自行车以旧换新活动",
                "市商务局",
                "市财政局",
                "2024年11月30日",
                "已印发以旧换新实施方案，7月15日启动",
                "序时推进",
            ),
        ],
    ),
    (
        "溯源追责",
        [
            (
                "建立电动自行车火灾事故溯源调查和责任追究机制",
                "市消防救援支队",
                "市公安局、市市场监管局",
                "2024年8月31日",
                "已起草《电动自行车火灾事故溯源调查工作规程（征求意见稿）》",
                "序时推进",
            ),
        ],
    ),
    (
        "宣传教育",
        [
            (
                "开展电动自行车消防安全宣传“进社区、进学校、进企业”活动",
                "市消防救援支队",
                "市教育局",
                "2024年7月31日前",
                "已开展集中宣传活动86场",
                "已完成",
            ),
        ],
    ),
]


def write_ebike(path: Path) -> Path:
    b = Book(path, author="整治专班")
    ws = b.sheet("任务台账")
    b.widths(ws, [5, 12, 36, 14, 22, 14, 34, 11])
    last = 7
    b.line(ws, 0, "全市电动自行车安全隐患全链条整治行动重点任务落实情况台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "牵头汇总：市电动自行车安全隐患全链条整治工作专班办公室（设在市消防救援支队）　　　截至2024年7月31日",
        last,
    )
    for c, word in [(0, "序号"), (1, "重点环节"), (2, "工作任务"), (5, "完成时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "责任分工", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=3)
    b.merge(ws, 2, 6, 2, 7, "落实情况", b.head)
    b.header(ws, 3, ["工作进展", "完成状态"], first=6)
    r = 4
    n = 0
    for group, tasks in EBIKE_GROUPS:
        top = r
        for task, lead, helpers, limit, progress, verdict in tasks:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, task)
            b.put(ws, r, 3, lead, b.center)
            b.put(ws, r, 4, helpers)
            b.put(ws, r, 5, limit, b.center)
            b.put(ws, r, 6, progress)
            b.put(ws, r, 7, verdict, b.center)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, group, b.center)
    b.line(
        ws,
        r,
        "注：完成状态分为“已完成”“序时推进”“进度滞后”“常态化推进”四类，由各牵头单位每月25日前报送。",
        last,
    )
    b.line(ws, r + 1, "填表人：郭鹏　　　审核人：宋立新　　　联系电话：0393-8661190", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 事件跟踪 export of a city patrol system, after the 事件跟踪 list of a public patrol-event system (columns
# 事件编号/事件类型/二级事件类型/上报管理处/上报时间/下发单位/截止完成时间/完成时限(工作日)/剩余时限(天)/事件内容/
# 备注, a 当前节点 column beside them, exported to Excel as “事件跟踪”):
# https://github.com/niarehtni/zpmgo/blob/a0949052a4545eafbc708edc01e05a9dd2c58cc9/html/patrol/done.jsp
# A CSV in GBK as the system exports it: the reporting 巡查管理处 (the inspector) beside the 下发单位 (the unit,
# by short, section and former names); 上报时间 a timestamp; 截止完成时间 = N working days after it; 剩余时限
# counted to the export date for open events; 当前节点 and 备注.
PATROL_HEADER = [
    "事件编号",
    "事件类型",
    "二级事件类型",
    "上报管理处",
    "上报时间",
    "下发单位",
    "截止完成时间",
    "完成时限(工作日)",
    "剩余时限(天)",
    "事件内容",
    "当前节点",
    "备注",
]
PATROL_ROWS = [
    (
        "SJ20240703001",
        "市容环境",
        "占道经营",
        "第一巡查管理处",
        "2024-07-03 09:12:33",
        "市城管局",
        "2024-07-08 18:00:00",
        "3",
        "",
        "人民路与大庆路交叉口东北角水果摊占用人行道经营",
        "已结案",
        "已取缔，复核通过",
    ),
    (
        "SJ20240705002",
        "道路设施",
        "井盖缺失",
        "第二巡查管理处",
        "2024-07-05 15:40:08",
        "市住建局",
        "2024-07-09 18:00:00",
        "2",
        "",
        "长庆路京开大道口西50米雨水井盖缺失",
        "已结案",
        "已补装井盖",
    ),
    (
        "SJ20240711003",
        "园林绿化",
        "树木倒伏",
        "第一巡查管理处",
        "2024-07-11 07:55:41",
        "市城管局园林绿化中心",
        "2024-07-12 18:00:00",
        "1",
        "",
        "绿城路中段行道树倒伏压占机动车道",
        "已结案",
        "已清理",
    ),
    (
        "SJ20240716004",
        "市容环境",
        "违规户外广告",
        "第三巡查管理处",
        "2024-07-16 10:20:15",
        "胜利路街道办事处",
        "2024-07-23 18:00:00",
        "5",
        "-8",
        "胜利路沿街商铺违规设置落地广告牌3处",
        "处置中",
        "已拆除2处，剩余1处当事人申请延期",
    ),
    (
        "SJ20240719005",
        "公用设施",
        "路灯不亮",
        "第二巡查管理处",
        "2024-07-19 21:05:37",
        "市城管局",
        "2024-07-24 18:00:00",
        "3",
        "-7",
        "黄河路（华龙路—振兴路）连续12盏路灯不亮",
        "处置中",
        "",
    ),
    (
        "SJ20240722006",
        "违法建设",
        "违章搭建",
        "第三巡查管理处",
        "2024-07-22 14:33:09",
        "华龙区政府",
        "2024-08-05 18:00:00",
        "10",
        "5",
        "锦绣花园小区7号楼楼顶违规搭建彩钢房约60平方米",
        "待处置",
        "",
    ),
    (
        "SJ20240725007",
        "交通秩序",
        "违规停车",
        "第一巡查管理处",
        "2024-07-25 08:47:52",
        "市交警支队",
        "2024-07-30 18:00:00",
        "3",
        "",
        "市第一人民医院门前机动车长期占用人行道停放",
        "已结案",
        "已现场处置并常态化巡查",
    ),
    (
        "SJ20240729008",
        "环境卫生",
        "垃圾堆积",
        "第二巡查管理处",
        "2024-07-29 16:12:20",
        "昆吾街道办事处",
        "2024-07-31 18:00:00",
        "2",
        "0",
        "昆吾路背街小巷生活垃圾堆积未及时清运",
        "处置中",
        "已安排保洁清运，待复核",
    ),
    (
        "SJ20240730009",
        "河道管理",
        "水面漂浮物",
        "第三巡查管理处",
        "2024-07-30 10:05:44",
        "市水务局",
        "2024-08-02 18:00:00",
        "3",
        "2",
        "护城河东段水面大量漂浮物",
        "处置中",
        "已安排打捞船作业",
    ),
]


def write_patrol(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(PATROL_HEADER)
    writer.writerows(PATROL_ROWS)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 国企改革深化提升行动重点任务推进台账, after a city 国资委's monthly work account (三年攻坚行动方案征求意见;
# 市管企业深化三项制度改革座谈会，14户企业汇报改革进度; 调整充实混改项目库，建立混改工作台账，实行销号管理;
# 本月完成4个混改项目): http://lysgzw.linyi.gov.cn/info/1402/10350.htm
# Excel's "Unicode text" (UTF-16 with a BOM, tabs, CRLF): title line, 填报 line, header, rows padded with tabs,
# note line; 责任企业 by the enterprises' short and former names (three of them are on the city's list);
# 完成时限 as 月底前, dates, 第三季度, 2023-2025年 and 长期坚持; 7月推进情况 beside 销号状态.
SOE_HEADER = ["序号", "改革任务", "具体举措", "责任企业", "责任人", "完成时限", "7月推进情况", "销号状态"]
SOE_ROWS = [
    (
        "混合所有制改革",
        "推进燃气公司LNG储配站项目引入战略投资者",
        "燃气公司",
        "郭志远",
        "2024年9月底前",
        "已完成资产评估，正在产权交易中心挂牌征集投资方",
        "未销号",
    ),
    (
        "三项制度改革",
        "全面推行经理层成员任期制和契约化管理",
        "濮阳投资集团有限公司",
        "冯涛",
        "2024年6月30日",
        "已与经理层成员签订任期协议和年度经营业绩责任书",
        "已销号",
    ),
    (
        "三项制度改革",
        "推行管理人员竞争上岗、末等调整和不胜任退出",
        "市水务公司",
        "何军",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "布局结构调整",
        "清理退出低效无效资产和“两非”“两资”",
        "濮阳市城市建设投资发展集团有限公司",
        "梁晨",
        "2023-2025年",
        "已清理退出低效资产3项，剩余5项正在评估",
        "未销号",
    ),
    (
        "主责主业",
        "优化公交线网，推进新能源公交车辆更新",
        "公交公司",
        "吕斌",
        "2024年第三季度",
        "尚未启动",
        "未销号",
    ),
    (
        "公司治理",
        "健全董事会向经理层授权管理制度",
        "燃气公司",
        "郭志远",
        "2024年5月31日",
        "已出台董事会授权管理办法",
        "已销号",
    ),
    (
        "科技创新",
        "加大研发投入，建立研发投入稳定增长机制",
        "濮阳投资集团有限公司",
        "冯涛",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_soe(path: Path) -> Path:
    width = len(SOE_HEADER)

    def line(values: list[str]) -> str:
        values = values + [""] * (width - len(values))
        return "\t".join(values)

    lines = [
        line(["市属国有企业改革深化提升行动重点任务推进台账（2024年7月）"]),
        line(["填报单位：市政府国资委企业改革科", "", "", "", "", "填报日期：2024年7月31日"]),
        line(SOE_HEADER),
    ]
    for k, (kind, task, firm, person, limit, progress, closed) in enumerate(SOE_ROWS, start=1):
        lines.append(line([str(k), kind, task, firm, person, limit, progress, closed]))
    lines.append(line(["注：销号状态由市国资委企业改革科审核确认；“长期坚持”类任务不销号，按季度报送进展。"]))
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# ---------------------------------------------------------------------------------------------
# 11. 粮食购销领域专项整治问题整改情况报告 of the city 市场监管局, after a city 市场监督管理局's 专项整治工作总结
# (一、主要工作 1.提高站位，密集调度部署 …; 相关责任科室; 驻局纪检组; 粮食市场秩序专项整治):
# https://amr.shaoyang.gov.cn/syscjdglj/lsfbzzzl/202208/4a5d2d8026bb4974ba46ea24db38bc31.shtml
# A Word 97 document: title and 主送, 一、主要工作 (numbered paragraphs of work done, no items), 二、发现的问题及
# 整改情况 with （一）…（七） blocks, each a problem paragraph followed by 责任科室/整改时限 and 整改情况 lines (one
# without 整改情况, one 长期坚持 inside the measures), 三、下一步打算, 落款 naming the bureau by its short name.
GRAIN_REPORT = [
    ("title", "市市场监管局关于粮食购销领域腐败问题专项整治发现问题整改情况的报告"),
    ("plain", "市粮食购销领域腐败问题专项整治工作领导小组办公室："),
    (
        "body",
        "按照市专项整治工作领导小组统一部署，我局立足市场监管职能，深入开展粮食购销领域腐败问题专项整治，"
        "对自查和督导中发现的问题逐项建立台账、明确责任科室和整改时限。现将有关情况报告如下：",
    ),
    ("heading", "一、主要工作"),
    (
        "body",
        "1.提高站位，密集调度部署。局党组先后3次召开专题会议研究专项整治工作，成立由主要负责同志任组长的"
        "工作领导小组，分解责任到科室、到岗位。",
    ),
    (
        "body",
        "2.聚焦重点，开展专项检查。围绕粮食收购、储存、销售环节，检查粮食经营主体216家，立案查处涉粮违法"
        "案件9件，罚没款12.6万元。",
    ),
    ("heading", "二、发现的问题及整改情况"),
    ("body", "（一）粮食经营者收购资格备案底数不清，部分粮食收购企业未纳入监管台账。"),
    ("body", "责任科室：信用监管科；整改时限：2024年5月底前。"),
    ("body", "整改情况：已会同市发展和改革委员会完成全市粮食收购企业底数摸排，建立监管台账，已完成整改。"),
    ("body", "（二）粮食收购环节计量器具强制检定覆盖不全。"),
    ("body", "责任科室：计量科；整改时限：2024年8月底前。"),
    ("body", "整改情况：已检定地磅等计量器具138台，剩余42台正在检定。"),
    ("body", "（三）粮食质量安全抽检批次少、覆盖面窄。"),
    ("body", "责任科室：食品抽检科；整改时限：年底前。"),
    ("body", "整改情况：计划下半年增加抽检批次，目前尚未开展。"),
    ("body", "（四）涉粮违法案件查处力度不够，案件线索移送机制不健全。"),
    (
        "body",
        "责任科室：执法稽查支队；整改措施：建立与公安机关、纪检监察机关的线索双向移送机制，定期会商研判，"
        "长期坚持。",
    ),
    ("body", "（五）部分干部对粮食购销领域腐败问题的危害性认识不足。"),
    ("body", "责任科室：机关党委；整改时限：2024年6月30日前。"),
    ("body", "整改情况：已开展警示教育2次，组织观看警示教育片，整改到位。"),
    ("body", "（六）粮食市场价格监测预警机制不健全。"),
    ("body", "责任科室：价格监督检查和反不正当竞争科；整改时限：2024年9月30日前。"),
    ("body", "（七）粮食收购企业信用风险分类管理未全面落实。"),
    ("body", "责任科室：信用监管科；整改时限：2024年10月31日前。"),
    ("body", "整改情况：已完成首批47家企业信用风险分类，其余企业正在分类。"),
    ("heading", "三、下一步打算"),
    (
        "body",
        "我局将持续巩固专项整治成果，对已完成整改的问题开展“回头看”，对正在整改的问题挂图作战、跟踪问效，"
        "确保按期整改到位。",
    ),
    ("right", "市市场监管局"),
    ("right", "2024年7月29日"),
]


def write_grain_docx(path: Path) -> Path:
    doc = _new_document(author="市市场监管局")
    for kind, text in GRAIN_REPORT:
        if kind == "title":
            _title(doc, text)
        elif kind == "heading":
            _paragraph(doc, text, 16, "黑体")
        elif kind == "right":
            _paragraph(doc, text, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "plain":
            _paragraph(doc, text)
        else:
            _paragraph(doc, "　　" + text)
    return _save_fixed(doc, path)


def write_grain(path: Path) -> Path:
    return via_soffice(write_grain_docx, path, "doc", "grain.docx")


# ---------------------------------------------------------------------------------------------
# 12. 月度工作计划完成情况 export of a bureau, after the 督考一体化 platform's WorkMonthExcel export (计划所属月份,
# 工作内容, 责任人, 月调度类型（1-市委办，2-市政府办）, 计划完成时间, 完成情况, 备注):
# https://github.com/shudunGG/code5/blob/6edcfdd8d6bb17a8f93ec48c3df2c29fe13966d1/督考一体化/integrated-platform-manage/blade-service/blade-integrated-platform/src/main/java/org/springblade/integrated/platform/excel/WorkMonthExcel.java
# A bare export: the header on row 1, no title, the bureau named only in the file name; 计划完成时间 a date
# cell; 完成情况 in the platform's words (one empty); 备注 with progress figures.
MONTH_HEADER = [
    "计划所属月份",
    "工作内容",
    "责任人",
    "月调度类型（1-市委办，2-市政府办）",
    "计划完成时间",
    "完成情况",
    "备注",
]
MONTH_ROWS = [
    (
        "2024-07",
        "组织外贸企业参加第七届进博会招商对接活动",
        "张伟",
        "2",
        date(2024, 7, 20),
        "已完成",
        "已组织32家企业报名参展",
    ),
    (
        "2024-07",
        "推进县域商业体系建设，新建改造乡镇商贸中心3个",
        "李娜",
        "2",
        date(2024, 9, 30),
        "推进中",
        "已建成2个",
    ),
    (
        "2024-07",
        "开展汽车以旧换新补贴申报审核",
        "王磊",
        "1",
        date(2024, 7, 31),
        "推进中",
        "已受理补贴申请1268份，审核发放中",
    ),
    ("2024-06", "完成上半年全市外贸进出口形势分析报告", "赵敏", "2", date(2024, 6, 30), "已完成", ""),
    ("2024-07", "督促重点外资项目落地，力争实际使用外资1000万美元", "刘强", "1", date(2024, 12, 31), "", ""),
    (
        "2024-07",
        "开展商贸领域安全生产隐患排查整治",
        "陈静",
        "2",
        date(2024, 7, 15),
        "未完成",
        "因防汛工作调整，排查工作顺延",
    ),
    (
        "2024-07",
        "推动夜间经济集聚区建设，打造特色夜市街区2条",
        "孙涛",
        "2",
        date(2024, 8, 31),
        "推进中",
        "1条已开街运营",
    ),
    (
        "2024-07",
        "组织开展“濮上消费季”夏季促销活动",
        "王磊",
        "2",
        date(2024, 8, 10),
        "已完成",
        "7月26日启动，发放消费券300万元",
    ),
]


def write_month(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("Sheet1")
    b.widths(ws, [30, 60, 20, 20, 20, 20, 30])
    b.header(ws, 0, MONTH_HEADER)
    for r, values in enumerate(MONTH_ROWS, start=1):
        for c, v in enumerate(values):
            b.put(ws, r, c, v)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 暑期校外培训机构专项检查整改台账 of two counties, in one zip, after a district 教育局's summer check of
# training schools (托管班隐形变异开展学科类培训; 下发《取缔通知书》，当场责令拆除学科类培训广告、停止学科类培训，
# 并按要求限期整改; 截至7月26日…发现存在问题3处…整改完成3起): https://m.jyrmt.com/mob/2024/0801/31816.html
# A zip with GBK member names (as Windows' own zip writes them): a district's workbook (title, 检查时间/检查单位
# line naming the inspectors, 检查日期 per row, 整改期限 as 立行立改/N日内 from it or a date, 整改情况 and 复查人)
# and a county's Word table (机构名称, 检查时间, 发现问题, 整改要求 carrying the deadline, 整改完成时间, 备注).
TRAINING_A = [
    (
        "濮阳市华龙区启航托管服务中心",
        "华龙区中原路128号",
        date(2024, 7, 16),
        "托管班隐形变异开展学科类培训，张贴学科类培训广告",
        "下发《取缔通知书》，责令停止学科类培训，拆除违规广告",
        "立行立改",
        "已停止学科类培训，拆除违规广告2处",
        "张磊",
    ),
    (
        "濮阳市华龙区智慧树艺术培训学校",
        "华龙区黄河路56号",
        date(2024, 7, 18),
        "消防疏散通道堆放杂物，部分应急照明灯损坏",
        "责令清理杂物，更换应急照明",
        "3日内",
        "已清理杂物，更换应急照明灯6盏",
        "张磊",
    ),
    (
        "濮阳市华龙区博雅书法培训中心",
        "华龙区建设路17号",
        date(2024, 7, 23),
        "未取得办学许可证擅自开展培训",
        "责令停止办学，指导申请办学许可",
        "2024年8月31日前",
        "已停止招生，正在申办办学许可证",
        "",
    ),
    (
        "濮阳市华龙区小博士托管班",
        "华龙区京开大道302号",
        date(2024, 7, 25),
        "收费项目和标准未公示，预收费超过3个月",
        "责令公示收费标准，清退超期预收费用",
        "7日内",
        "",
        "",
    ),
]
TRAINING_B = [
    (
        "清丰县新思维教育咨询有限公司",
        "2024年7月17日",
        "违规开展初中学科类培训",
        "立即停止学科类培训，限7月20日前退还学员费用",
        "2024年7月19日",
        "",
    ),
    (
        "清丰县阳光之家托管中心",
        "2024年7月18日",
        "食堂从业人员未取得健康证明",
        "限7月25日前办理健康证明，未取得前暂停上岗",
        "",
        "已组织体检，等待出证",
    ),
    (
        "清丰县乐学美术培训学校",
        "2024年7月22日",
        "教学场所未安装视频监控设备",
        "限8月15日前安装视频监控设备",
        "",
        "",
    ),
    (
        "清丰县星空舞蹈培训中心",
        "2024年7月24日",
        "未与学员家长签订培训服务合同（示范文本）",
        "限7月31日前整改",
        "2024年7月30日",
        "",
    ),
]


def write_training_a(path: Path) -> Path:
    b = Book(path, author="华龙区教育局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [5, 28, 20, 11, 32, 30, 14, 28, 8])
    last = 8
    b.line(ws, 0, "华龙区2024年暑期校外培训机构专项检查发现问题整改台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "检查时间：2024年7月15日—7月26日　　　检查单位：华龙区教育局、区市场监管局、区消防救援大队",
        last,
    )
    b.header(
        ws,
        2,
        ["序号", "机构名称", "地址", "检查日期", "存在问题", "处理措施", "整改期限", "整改情况", "复查人"],
    )
    for k, values in enumerate(TRAINING_A, start=1):
        r = 2 + k
        b.put(ws, r, 0, k, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.center if c in (3, 6, 8) and not isinstance(v, date) else None)
    b.line(ws, 7, "注：整改期限自检查之日起计算；“立行立改”的当日整改到位。", last)
    b.line(ws, 8, "华龙区教育局　　　2024年7月31日", last, b.right)
    return b.close()


def write_training_b(path: Path) -> Path:
    doc = _new_document(author="清丰县教育局")
    _title(doc, "清丰县校外培训机构暑期检查问题整改情况", 18)
    _paragraph(doc, "检查单位：清丰县“双减”工作专班　　　　填报时间：2024年7月31日", 12)
    rows = [[str(k), *values] for k, values in enumerate(TRAINING_B, start=1)]
    _table(doc, ["序号", "机构名称", "检查时间", "发现问题", "整改要求", "整改完成时间", "备注"], rows)
    _paragraph(doc, "清丰县教育局（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


class GbkZipInfo(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


def write_training(path: Path) -> Path:
    members = [
        ("华龙区暑期校外培训机构专项检查问题整改台账.xlsx", write_training_a, "a.xlsx"),
        ("清丰县校外培训机构暑期检查问题整改情况.docx", write_training_b, "b.docx"),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer, scratch in members:
            member = writer(Path(tmp) / scratch)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 14. 督察反馈问题整改任务完成情况公示 of a district, after a district 河湖管理中心's 公示 of one 督察“回头看”
# 整改任务 (整改任务; 整改目标; 整改完成情况 1、2、3; 公示时间…共7天; 公示期间如有异议，请联系…; 附表：任务公示
# 表格): http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html
# A Word document: title, the 公示 paragraph, one two-column card table per task (整改任务（序号）/整改目标/责任
# 单位/整改时限/整改完成情况), the district's own bureaus as 责任单位 (not the city's), 公示时间 (an event) and
# the 异议 contact, 落款. One task reported as 阶段性完成.
ECO_TASKS = [
    (
        "序号3",
        "华龙区部分建筑工地扬尘污染防治“六个百分百”落实不到位",
        "全区在建工地扬尘防治“六个百分百”措施落实率达到100%",
        "华龙区住房和城乡建设局",
        "2024年6月底前",
        "1.对全区87个在建工地开展拉网式排查，督促落实围挡、覆盖、冲洗等措施；2.在建工地全部安装扬尘在线"
        "监测设备并与监管平台联网；3.对8家违规工地依法处罚。该任务已完成整改，达到销号条件。",
    ),
    (
        "序号7",
        "金堤河华龙段部分入河排污口未完成规范化整治",
        "完成入河排污口溯源、规范化整治和立标",
        "华龙区水利局",
        "2024年5月31日",
        "1.完成23个入河排污口溯源；2.封堵非法排污口4个，规范化整治19个并设立标识牌。该任务已完成整改。",
    ),
    (
        "序号11",
        "城区部分餐饮服务单位油烟净化设施未正常运行",
        "城区餐饮服务单位油烟净化设施安装率、正常使用率均达到100%",
        "华龙区城市管理局",
        "2023年12月31日前",
        "1.排查餐饮服务单位1326家，督促安装油烟净化设施215台；2.建立定期清洗台账。该任务已完成整改。",
    ),
    (
        "序号15",
        "部分规模养殖场畜禽粪污资源化利用设施配套不到位",
        "规模养殖场粪污处理设施装备配套率达到100%",
        "华龙区农业农村局",
        "2024年12月底前",
        "阶段性完成：已完成12家规模养殖场粪污处理设施配套，其余3家正在建设，申请阶段性销号。",
    ),
    (
        "序号18",
        "部分河道沿岸存在生活垃圾乱堆乱放现象",
        "河道沿岸垃圾全部清理，建立长效保洁机制",
        "华龙区河湖管理中心",
        "2024年4月30日前",
        "1.清理河道沿岸垃圾约320吨；2.落实河道保洁员42名，实行日常巡河保洁。该任务已完成整改。",
    ),
]


def write_eco(path: Path) -> Path:
    doc = _new_document(author="华龙区督察整改办")
    _title(doc, "华龙区生态环境保护督察反馈问题整改任务完成情况公示", 20)
    _paragraph(
        doc,
        "　　根据《濮阳市生态环境保护督察反馈问题整改工作领导小组办公室关于做好督察反馈问题整改销号工作的通知》"
        "要求，现将华龙区承担的以下整改任务完成情况予以公示。",
        14,
    )
    for k, (number, task, goal, unit, limit, done) in enumerate(ECO_TASKS, start=1):
        _paragraph(doc, f"附表{k}：整改任务（{number}）公示表", 12, "黑体")
        table = doc.add_table(rows=5, cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(
            [
                ("整改任务", task),
                ("整改目标", goal),
                ("责任单位", unit),
                ("整改时限", limit),
                ("整改完成情况", done),
            ]
        ):
            _cell_text(table.cell(r, 0), label, 11, bold=True)
            _cell_text(table.cell(r, 1), value, 11)
    _paragraph(
        doc,
        "　　公示时间：2024年7月22日至2024年7月28日，共7天。公示期间如有异议，请联系华龙区生态环境保护督察整改"
        "工作领导小组办公室，联系电话：0393-4418203。",
        14,
    )
    _paragraph(doc, "华龙区生态环境保护督察整改工作领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 15. 经营性自建房安全隐患排查整治台账 of a town, after a town's account of its 经营性自建房 sweep (镇建设办、区
# 建发局与市专班组成联合排查小组，逐户上门、现场核验、逐项记录; 核查房屋主体结构安全性、用途变更合规性、消防通道
# 畅通性、消防设施配备情况; 建立“一户一档、一隐患一记录”排查台账; 明确整改要求、整改标准和完成时限; 未完成整改的
# 纳入重点监管名单; 定期复查): https://www.maoji.gov.cn/zxzx/bmdt/8170941.html
# Title naming the town, 填报单位/排查时间/填报日期 line; a three-row header (房屋基本信息, 排查发现隐患 and 整改
# 落实 over their columns, then a row of column numbers); the house owners are persons; 完成时限 as dates,
# 月底前 and 年内; 整改情况 beside 复查情况; note and the inspectors' line.
HOUSE_ROWS = [
    (
        "王助镇中心街18号",
        "张某某",
        "宾馆",
        "结构安全",
        "私自加盖第四层，墙体出现斜向裂缝",
        "停止使用第四层，委托有资质机构鉴定",
        "2024年8月31日",
        "已停止使用第四层，鉴定报告待出具",
        "",
    ),
    (
        "王助镇中心街36号",
        "李某某",
        "饭店",
        "消防设施",
        "后厨未配备灭火器，燃气无泄漏报警装置",
        "配齐灭火器，安装燃气泄漏报警器",
        "2024年7月20日",
        "已整改",
        "7月24日复查合格",
    ),
    (
        "王助村二组",
        "王某某",
        "超市",
        "用途变更",
        "仓库改作员工宿舍，人员混住",
        "恢复仓库用途，搬离住宿人员",
        "2024年7月31日",
        "已搬离住宿人员，恢复仓库用途",
        "",
    ),
    (
        "王助镇商贸路9号",
        "赵某某",
        "幼儿托管",
        "消防通道",
        "唯一疏散楼梯堆放杂物，安全出口上锁",
        "清理杂物，保持安全出口畅通",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "王助镇中心街52号",
        "孙某某",
        "网吧",
        "结构安全",
        "屋面预制板局部开裂渗水",
        "委托有资质单位加固维修",
        "2024年内完成",
        "未整改",
        "",
    ),
    (
        "王助镇文化路3号",
        "周某某",
        "食品加工小作坊",
        "消防设施",
        "生产区与住宿区未进行防火分隔（“三合一”场所）",
        "实施防火分隔或搬离住人",
        "2024年8月底前",
        "正在砌筑防火隔墙",
        "",
    ),
]


def write_houses(path: Path) -> Path:
    b = Book(path, author="王助镇建设办")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [5, 18, 9, 12, 10, 30, 26, 14, 26, 16])
    last = 9
    b.line(ws, 0, "王助镇经营性自建房安全隐患排查整治台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "填报单位：王助镇人民政府（盖章）　　　排查时间：2024年7月8日—7月12日　　　填报日期：2024年7月31日",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "房屋基本信息", b.head)
    b.merge(ws, 2, 4, 2, 5, "排查发现隐患", b.head)
    b.merge(ws, 2, 6, 2, 9, "整改落实", b.head)
    b.header(
        ws,
        3,
        [
            "房屋地址",
            "产权人（使用人）",
            "经营用途",
            "隐患类型",
            "隐患描述",
            "整改要求",
            "完成时限",
            "整改情况",
            "复查情况",
        ],
        first=1,
    )
    b.header(ws, 4, [str(c) for c in range(1, 11)])
    for k, values in enumerate(HOUSE_ROWS, start=1):
        r = 4 + k
        b.put(ws, r, 0, k, b.center)
        b.row(ws, r, list(values), first=1)
    r = 5 + len(HOUSE_ROWS)
    b.line(
        ws,
        r,
        "注：整改完成后由镇建设办组织复查，复查合格的移出重点监管名单；未完成整改的纳入重点监管名单。",
        last,
    )
    b.line(ws, r + 1, "排查人员：镇建设办 刘某、镇应急办 陈某；区住建局 马某", last)
    return b.close()


FILES = [
    ("2024年7月政务服务好差评差评件核实整改情况表.xlsx", write_praise),
    ("道路交通安全隐患排查整改台账（7月）.xls", write_roads),
    ("关于全市经营性自建房安全隐患整治工作进展情况的督查专报.wps", write_housing_report),
    ("国有林场安全隐患问题清单及整改台账（7月）.et", write_farm),
    ("和美乡村建设百千工程督导发现问题交办整改清单（清丰县）.ods", write_villages),
    ("税务督查反馈问题整改台账_市税务局.csv", write_tax),
    ("濮阳职业技术学院巡视反馈意见整改落实台账.docx", write_college),
    ("电动自行车安全隐患全链条整治重点任务落实情况台账（7月）.xlsx", write_ebike),
    ("事件跟踪_导出_20240731.csv", write_patrol),
    ("市属国有企业改革深化提升行动重点任务推进台账.txt", write_soe),
    ("市市场监管局粮食购销领域专项整治问题整改情况报告.doc", write_grain),
    ("市商务局_月度工作计划完成情况_202407.xlsx", write_month),
    ("暑期校外培训机构专项检查整改台账（两个县区）.zip", write_training),
    ("华龙区生态环境保护督察反馈问题整改任务完成情况公示.docx", write_eco),
    ("王助镇经营性自建房安全隐患排查整治台账.xlsx", write_houses),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev122 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 营商环境投诉 (a complaint system's export, a supervision centre's 回复函 ledger, a 营商办's 转办件 table),
民生实事 (a newspaper 进展公示, a 进度公示 table, a 台账 system's export), 乡镇（街道）自查 (a street office's
自查整改台账, a township's 自查报告 with a table) and 村级自查 (a village committee's 自查自评报告, two villages'
自查表 in one zip).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx
and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside214.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        elif isinstance(v, int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            ws.write_number(r1, c1, v, fmt)
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 民生实事项目1—6月份进展情况公示, after a city paper's 公示 of the 市政府民生实事项目 1—6月 progress (42项任务;
# each task numbered, then 牵头领导、责任单位、项目责任人、配合单位 and 实际完成情况 run on in one paragraph; one task
# carries a small per-district table of 年度目标 and 实际完成 with a 合计 column):
# http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm?div=-1
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble, the tasks as numbered paragraphs each
# followed by its run-on field paragraph; progress and any time limit only inside 实际完成情况.
LIVELIHOOD_TASKS = [
    (
        "1.新建改造城区公厕30座。",
        "牵头领导：赵文斌　责任单位：市城市管理局　项目责任人：李建国　配合单位：华龙区人民政府、市住房和城乡建设局　"
        "实际完成情况：已完成选址28座，开工19座，建成投用11座，其余公厕计划9月底前全部建成投用。",
    ),
    (
        "2.新建改扩建城区公办幼儿园3所，新增学位1080个。",
        "牵头领导：孙丽萍　责任单位：市教育局　项目责任人：高建伟　配合单位：市自然资源和规划局、市财政局　"
        "实际完成情况：3所幼儿园均已完成主体建设，正在进行室内装修和设备采购，计划8月底前交付使用。",
    ),
    (
        "3.为全市65岁以上老年人免费健康体检12万人次。",
        "牵头领导：孙丽萍　责任单位：市卫健委　项目责任人：郑卫东　配合单位：各县区政府　"
        "实际完成情况：已完成体检8.6万人次，完成年度目标任务的71.7%。",
    ),
    (
        "4.新辟公交线路5条，优化调整线路10条。",
        "牵头领导：王海涛　责任单位：市公交公司　项目责任人：冯志刚　配合单位：市交通运输局、市公安局交通管理支队　"
        "实际完成情况：已新辟线路5条，优化调整线路10条，已全面完成年度目标任务。",
    ),
    (
        "5.改造城镇老旧小区62个。",
        "牵头领导：王海涛　责任单位：市住房城乡建设局　项目责任人：刘晓东　配合单位：各县区政府、国网濮阳供电公司　"
        "实际完成情况：62个小区已全部开工，完工17个，项目实施期为2024年4—11月，确保按期完工。",
    ),
    (
        "6.实施农村供水管网更新改造，惠及群众2.3万人。",
        "牵头领导：赵文斌　责任单位：市水务局　项目责任人：陈明辉　配合单位：濮阳县、清丰县人民政府　"
        "实际完成情况：受配套资金未到位影响，项目尚未启动。",
    ),
    (
        "7.新建公共充电桩300个。",
        "牵头领导：王海涛　责任单位：濮阳供电公司　项目责任人：韩冰　配合单位：市发展和改革委员会、市城市管理局　"
        "实际完成情况：已建成公共充电桩326个，超额完成年度任务。",
    ),
    (
        "8.为500户困难重度残疾人家庭实施无障碍改造。",
        "牵头领导：孙丽萍　责任单位：市残联　项目责任人：周慧敏　配合单位：市民政局、各县区政府　"
        "实际完成情况：截至6月底未报送进展情况。",
    ),
]
BUS_TABLE = [
    ["", "华龙区", "开发区", "示范区", "合计"],
    ["新辟线路年度目标", "2", "2", "1", "5"],
    ["新辟线路实际完成", "2", "2", "1", "5"],
    ["优化调整线路年度目标", "5", "3", "2", "10"],
    ["优化调整线路实际完成", "6", "2", "2", "10"],
]


def write_livelihood_docx(path: Path) -> Path:
    doc = _new_document("市政府督查局")
    _title(doc, "2024年市政府民生实事项目1—6月份进展情况公示", 20)
    _paragraph(
        doc,
        "2024年市政府民生实事项目共有10大类32项任务，涉及城市设施、教育卫生、交通出行、住房保障、农村供水、"
        "助残服务等方面。各责任单位高度重视，项目总体进展良好。现将部分项目1—6月份进展情况予以公示，接受社会监督。",
        14,
    )
    for head, fields in LIVELIHOOD_TASKS:
        _paragraph(doc, head, 14, bold=True)
        _paragraph(doc, fields, 14)
        if head.startswith("4."):
            table = doc.add_table(rows=len(BUS_TABLE), cols=len(BUS_TABLE[0]))
            table.style = "Table Grid"
            for r, values in enumerate(BUS_TABLE):
                for c, v in enumerate(values):
                    _cell_text(table.cell(r, c), v, 10.5, bold=(r == 0))
    _paragraph(
        doc,
        "下阶段，市政府督查局将进一步加大督查力度，确保民生实事项目各项目标任务圆满完成。",
        14,
    )
    _paragraph(doc, "濮阳市人民政府督查局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_livelihood(path: Path) -> Path:
    return via_soffice(write_livelihood_docx, path, "doc", "民生实事进展情况公示.docx")


# ---------------------------------------------------------------------------------------------
# 2. 十件民生实事进度公示, after a city 民生工作办公室's 进度公示 of its 市自选“十件民生实事” (截至9月底已提前完成或
# 超额完成3项、正常推进4项、推进缓慢3项, with the districts where each slow project lags named; 公示异议 within 7
# days to the office, its address and contact at the foot):
# https://sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html
# An .xlsx: title, a preamble paragraph, a two-row header (目标任务完成情况 over 年度目标任务 / 1—6月完成 / 完成比例),
# 牵头单位 under short and former names, a 进度评价 column and a 推进缓慢县区 column, a merged 合计 line, a 公示 footer.
TEN_THINGS = [
    (
        "新建改扩建城区公办幼儿园",
        "市教育局",
        "年底前建成5所，新增学位1800个",
        "主体完工2所",
        40.0,
        "正常推进",
        "",
    ),
    ("新建乡镇污水处理站", "市环保局", "建成12座", "尚未开工", 0.0, "推进缓慢", "濮阳县、范县"),
    ("新增城镇就业", "市人社局", "新增城镇就业2.2万人", "2.41万人", 109.5, "提前完成", ""),
    ("城区新增公共停车泊位", "市城管局", "9月底前新增3000个", "1860个", 62.0, "正常推进", ""),
    (
        "困难群众医疗救助“一站式”结算",
        "市医保局",
        "6个县区全覆盖",
        "6个县区",
        100.0,
        "提前完成",
        "",
    ),
    ("农村特困人员供养服务机构改造提升", "市民政局", "第三季度完成8所", "完成3所", 37.5, "正常推进", ""),
    ("适龄妇女“两癌”免费筛查", "市卫计委", "10月底前筛查2万人", "1.12万人", 56.0, "正常推进", ""),
    (
        "重度残疾儿童送教上门",
        "濮阳市特殊教育学校",
        "8月底前摸排建档，年底前送教上门300人",
        "送教186人",
        62.0,
        "正常推进",
        "",
    ),
]


def write_ten_things(path: Path) -> Path:
    b = Book(path, author="民生办")
    ws = b.sheet("进度公示")
    b.widths(ws, [6, 30, 18, 30, 14, 12, 12, 16])
    b.line(ws, 0, "濮阳市2024年市定“十件民生实事”1—6月进度公示表", 7, b.title)
    b.line(
        ws,
        1,
        "为提高群众对重大民生事项的知情权、参与权、监督权，现将2024年市定“十件民生实事”1—6月进展情况公示如下。"
        "截至6月底，提前完成年度目标任务的2项，正常推进的5项，推进缓慢的1项。希望各牵头单位增添措施，加大推进力度。",
        7,
    )
    ws.set_row(1, 48)
    for c, word in ((0, "序号"), (1, "民生实事项目"), (2, "牵头单位"), (6, "进度评价"), (7, "推进缓慢县区")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "目标任务完成情况", b.head)
    b.header(ws, 3, ["年度目标任务", "1—6月完成", "完成比例(%)"], first=3)
    pct = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    for i, (name, lead, target, done, ratio, verdict, slow) in enumerate(TEN_THINGS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [name, lead, target, done], first=1)
        b.put(ws, r, 5, ratio, pct)
        b.put(ws, r, 6, verdict, b.center)
        b.put(ws, r, 7, slow, b.center)
    r = 4 + len(TEN_THINGS)
    b.merge(ws, r, 0, r, 7, "合计：8项，其中提前完成2项，正常推进5项，推进缓慢1项", b.cell)
    b.line(
        ws,
        r + 1,
        "若对公示情况有异议的，请在7日之内以书面形式向濮阳市人民政府民生工作办公室反映。联系人：梁鹏，联系电话：0393-8991236",
        7,
    )
    b.line(ws, r + 2, "濮阳市人民政府民生工作办公室　　2024年7月19日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 营商环境投诉信息导出, after the 投诉信息 entity of an 电子监察 system (table TA_JC_COMPLAIN_BASEINFO: 受理编号、受理
# 时间、投诉人姓名、投诉人单位、被投诉单位名称、被投诉人姓名或单位、投诉标题、投诉内容、问题类型、办理时限、到期时间、
# 处理状态（处理中，已处理）、回复单位名称、回复时间、是否满意、不满意原因):
# https://github.com/lutong108/dzjc/blob/437a98103e0a87de83cd1cf979522b1687e6c050/dzjc_services/src/main/java/com/chinacreator/dzjc_ruleEngine/BussinessCom.java
# A CSV in GBK as the system exports it: one header row of the entity's labels, no title; the 被投诉单位 under
# short names, 到期时间 beside 办理时限, 处理状态 处理中/已处理 with a reopened 不满意 case.
COMPLAINT_HEADER = [
    "受理编号",
    "受理时间",
    "投诉人姓名",
    "投诉人单位",
    "被投诉单位名称",
    "被投诉人姓名或单位",
    "投诉标题",
    "投诉内容",
    "问题类型",
    "办理时限",
    "到期时间",
    "处理状态",
    "回复单位名称",
    "回复时间",
    "是否满意",
    "不满意原因",
]
COMPLAINT_ROWS = [
    [
        "YSTS2024061203",
        "2024-06-12",
        "王女士",
        "濮阳市鑫源商贸有限公司",
        "市不动产登记中心",
        "抵押登记窗口",
        "抵押登记超时限",
        "企业办理不动产抵押登记，窗口承诺5个工作日办结，实际超过12个工作日仍未发证",
        "政务服务",
        "15个工作日",
        "2024-07-03",
        "已处理",
        "市不动产登记中心",
        "2024-06-21",
        "满意",
        "",
    ],
    [
        "YSTS2024061707",
        "2024-06-17",
        "刘先生",
        "濮阳市恒达化工进出口有限公司",
        "市税务局",
        "进出口税收管理科",
        "出口退税审核超时",
        "出口退税申报审核超过规定时限，企业资金周转困难",
        "政务服务",
        "15个工作日",
        "2024-07-08",
        "处理中",
        "市税务局",
        "2024-07-01",
        "不满意",
        "退税款仍未到账，要求重新办理",
    ],
    [
        "YSTS2024061911",
        "2024-06-19",
        "李会计",
        "河南中原绿能科技有限公司",
        "市公积金中心",
        "网上业务大厅",
        "缴存基数调整无法提交",
        "企业住房公积金缴存基数年度调整时网上业务大厅频繁报错，无法提交",
        "政务服务",
        "15个工作日",
        "2024-07-10",
        "已处理",
        "市公积金中心",
        "2024-07-02",
        "比较满意",
        "",
    ],
    [
        "YSTS2024070102",
        "2024-07-01",
        "赵先生",
        "濮阳市龙丰纸业有限公司",
        "濮阳供电公司",
        "客户服务中心",
        "低压接电超时",
        "新建厂房低压接电超过承诺时限20天仍未送电",
        "要素保障",
        "15个工作日",
        "2024-07-22",
        "处理中",
        "",
        "",
        "",
        "",
    ],
    [
        "YSTS2024070305",
        "2024-07-03",
        "孙女士",
        "濮阳县孙记农家菜馆",
        "濮阳县市场监督管理局",
        "登记注册股",
        "变更登记重复提交材料",
        "个体工商户办理经营范围变更被要求重复提交身份证明和经营场所证明",
        "政务服务",
        "15个工作日",
        "2024-07-24",
        "已处理",
        "濮阳县市场监督管理局",
        "2024-07-11",
        "满意",
        "",
    ],
    [
        "YSTS2024070809",
        "2024-07-08",
        "周经理",
        "濮阳经开区宏泰精细化工有限公司",
        "市自来水公司",
        "供水调度中心",
        "夜间供水压力不足",
        "工业园区夜间供水压力不足，影响企业连续生产",
        "要素保障",
        "15个工作日",
        "2024-07-29",
        "处理中",
        "",
        "",
        "",
        "",
    ],
    [
        "YSTS2024071004",
        "2024-07-10",
        "吴先生",
        "濮阳市顺捷物流有限公司",
        "市交通局",
        "运输管理科",
        "道路运输证年审须现场检验",
        "货运企业办理道路运输证年审仍被要求车辆到现场检验",
        "监管执法",
        "15个工作日",
        "2024-07-31",
        "已处理",
        "市交通局",
        "2024-07-19",
        "比较满意",
        "",
    ],
]


def write_complaints(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COMPLAINT_HEADER)
    for row in COMPLAINT_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 民生实事事项台账（系统导出）, after the 台账主业务信息 entity of a city government's 台账 system (ExcelField titles:
# 台账类别(1-市委经济工作事项;…;4-民生实事事项;…)、工作名称、工作内容、序号、时间节点、分管领导、启动时间、计划完成
# 时间、台账状态（0-在办；1-办结；2-终止；3-暂停）、联络人、联络人电话、创建时间d、创建人、备注):
# https://github.com/zuiyazuiyaobai/test0515/blob/5ce57b896c50104d18a59292d7d61b66043828e6/src/main/java/com/jeeplus/modules/account/entity/TYwProject.java
# An .xlsx as the export writes it: a title row naming the bureau, one header row with the coded titles verbatim,
# dates as text, 台账状态 as codes 0/1 (one blank), 联络人 naming only the bureau's own 科室.
LEDGER_HEADER = [
    "台账类别(1-市委经济工作事项;2-政府工作报告事项;3-目标考评事项;4-民生实事事项;5-重点项目建设;"
    "6-政府月重点工作;7-领导交办事项;8-其他事项",
    "工作名称",
    "工作内容",
    "序号",
    "时间节点",
    "分管领导",
    "启动时间",
    "计划完成时间",
    "台账状态（0-在办；1-办结；2-终止；3-暂停）",
    "联络人",
    "联络人电话",
    "创建时间d",
    "创建人",
    "备注",
]
LEDGER_ROWS = [
    (
        "城区易涝积水点改造",
        "对人民路与京开大道交叉口等12处易涝积水点实施排水管网改造",
        "5月底前完成设计，6月底前完工",
        "刘振华",
        "2024-03-01",
        "2024-06-30",
        "1",
        "市政设施科 王磊",
        "13839320417",
        "2024-02-26",
        "",
    ),
    (
        "新建改造口袋公园",
        "新建改造口袋公园10个，新增绿地面积3.2万平方米",
        "4月底前完成选址设计，9月底前全部建成开放",
        "张红",
        "2024-03-15",
        "2024-09-30",
        "0",
        "园林绿化科 赵静",
        "13598162253",
        "2024-02-26",
        "已建成开放4个",
    ),
    (
        "城区公厕提质改造",
        "对20座老旧公厕进行提质改造，增设第三卫生间和无障碍设施",
        "8月底前完成",
        "刘振华",
        "2024-04-01",
        "2024-08-31",
        "0",
        "环境卫生科 孙浩",
        "13703935561",
        "2024-02-26",
        "",
    ),
    (
        "背街小巷综合整治",
        "整治背街小巷30条，完善路面、照明和排水设施",
        "第一批15条6月底前完成，第二批15条11月底前完成",
        "张红",
        "2024-03-10",
        "2024-11-30",
        "0",
        "市容管理科 李娜",
        "15939303872",
        "2024-02-27",
        "第一批已完成",
    ),
    (
        "生活垃圾分类示范小区创建",
        "新增生活垃圾分类示范小区40个",
        "7月15日前完成",
        "王立群",
        "2024-02-20",
        "2024-07-15",
        "1",
        "垃圾分类办 周丹",
        "13523213390",
        "2024-02-27",
        "",
    ),
    (
        "城区路灯设施维护",
        "及时修复更换损坏路灯，主次干道亮灯率保持在98%以上",
        "常态化推进，每月巡查2次",
        "王立群",
        "2024-01-05",
        "",
        "",
        "照明管理所 吴刚",
        "13461752208",
        "2024-02-27",
        "长期工作",
    ),
    (
        "便民摊点疏导点设置",
        "在城区设置便民摊点疏导点15处，规范流动摊贩经营",
        "7月20日前完成选址并投入使用",
        "张红",
        "2024-05-06",
        "2024-07-20",
        "0",
        "市容管理科 李娜",
        "15939303872",
        "2024-05-06",
        "已投入使用11处",
    ),
]


def write_ledger(path: Path) -> Path:
    b = Book(path, author="jeeplus")
    ws = b.sheet("台账主业务信息")
    b.widths(ws, [14, 22, 40, 6, 30, 10, 12, 12, 14, 18, 14, 12, 8, 16])
    last = len(LEDGER_HEADER) - 1
    b.merge(ws, 0, 0, 0, last, "濮阳市城市管理局民生实事事项台账", b.title)
    b.header(ws, 1, LEDGER_HEADER)
    for i, row in enumerate(LEDGER_ROWS, 1):
        name, content, node, leader, start, end, state, contact, tel, made, note = row
        b.row(
            ws,
            1 + i,
            ["4", name, content, i, node, leader, start, end, state, contact, tel, made, "admin", note],
        )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 街道创文问题自查整改台账, after a street office's account of its 拉网式排查 after problems were exposed on TV
# (由创建办牵头，党建办、社区综合服务中心配合; 11月3日前排查，各社区11月6日整治完毕; 专班 led by the street's own
# 党建办、社会事务办公室、社区建设管理办公室、综合执法办公室):
# http://www.dachuan.gov.cn/xxgk-show-133498.html
# An .xls (xlwt): title, 填报单位/自查时间 line, one header row with 点位 and the street's own 牵头科室/配合科室,
# 整改时限 as 立行立改 / dates / X月X日前 / 月底前 / 长期坚持, a 销号情况 column, a 注 line and a signature line.
STREET_ROWS = [
    (
        "铁路社区新时代文明实践站",
        "文明实践站活动记录不全，公示栏内容未及时更新",
        "党建办",
        "",
        "立行立改",
        "已补齐活动记录并更新公示栏",
        "已销号",
    ),
    (
        "建业小区",
        "楼道内杂物乱堆乱放，存在飞线充电现象",
        "社区建设管理办公室",
        "综合执法办公室",
        "7月10日前",
        "已清理楼道杂物126处，飞线充电正在逐户劝导拆除",
        "",
    ),
    (
        "胜利路东段背街小巷",
        "路面破损坑洼，2处雨水井盖缺失",
        "创建办",
        "区住建局",
        "7月底前",
        "已报区住建局，正在协调维修资金",
        "",
    ),
    (
        "人民路农贸市场周边",
        "早晚高峰占道经营、流动摊贩聚集",
        "综合执法办公室",
        "社会事务办公室",
        "长期坚持",
        "每日早晚巡查，常态化管控",
        "",
    ),
    (
        "人民路沿街",
        "沿街公益广告破损褪色18处",
        "创建办",
        "",
        "2024年7月8日",
        "已更换18处",
        "已销号",
    ),
    (
        "街道便民服务大厅",
        "便民服务大厅无障碍通道和低位服务台缺失",
        "社区综合服务中心",
        "",
        "8月15日前",
        "未整改，改造资金尚未落实",
        "",
    ),
    (
        "文化社区",
        "小区垃圾分类亭外溢，周边卫生差",
        "社区建设管理办公室",
        "",
        "立行立改",
        "已清理，整改到位",
        "已销号",
    ),
    (
        "辖区各社区",
        "居民对创文工作知晓率偏低，入户宣传覆盖不足",
        "党建办",
        "社会事务办公室",
        "9月底前",
        "",
        "",
    ),
]


def write_street(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "人民路街道创建全国文明城市问题自查整改台账", t, 0, 7),
        (
            1,
            0,
            "填报单位：华龙区人民路街道办事处（盖章）    自查时间：2024年7月3日    填报日期：2024年7月26日",
            plain,
            1,
            7,
        ),
    ]
    words = [
        "序号",
        "问题点位",
        "自查发现问题",
        "牵头科室",
        "配合科室",
        "整改时限",
        "整改落实情况",
        "销号情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(STREET_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 5, 7) else c))
    r = 3 + len(STREET_ROWS)
    cells += [
        (
            r,
            0,
            "注：“立行立改”事项自自查当日起整改；整改到位经街道创建办复核后销号。",
            plain,
            r,
            7,
        ),
        (
            r + 1,
            0,
            "审核人：马继红（街道办事处副主任）    填表人：田园    联系电话：0393-4812207",
            plain,
            r + 1,
            7,
        ),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 村委会人居环境整治自查自评报告, after a village committee's 人居环境整治自查自评报告 (我村委会全面开展自查; 一、工作
# 开展情况 as numbered work already done — 三清三拆三整治、保洁、家禽圈养、村庄规划、集中供水、村道硬底化):
# https://msfttt.com/fanwendaquan/zichabaogao/10146.html
# A .docx report: title, 主送, preamble with the 自查 date, 一、工作开展情况 as numbered paragraphs of work done (not
# items), 二、存在的问题及整改措施 as （一）…（七） with time limits and progress in sentences, 三、下一步, signature.
VILLAGE_DONE = [
    "1.“三清三拆三整治”工作。共清理村内巷道及建筑材料乱堆乱放186处，清理房前屋后杂草杂物、积存垃圾94处，拆除废旧"
    "棚舍11处。",
    "2.农村保洁工作。我村按标准配备保洁员4名，生活垃圾实行村收集、镇转运、县处理。",
    "3.村庄规划编制。村庄规划已于2024年5月经县政府批复，实现“多规合一”。",
]
VILLAGE_PROBLEMS = [
    "（一）部分农户房前屋后柴草乱堆乱放现象反弹，主要集中在村西片区。整改措施：村“两委”包片干部逐户督促清理，"
    "7月15日前清理到位。目前已全部清理完毕。",
    "（二）村内两处坑塘存在漂浮垃圾和生活污水直排问题。整改措施：实施坑塘清淤和截污，计划8月底前完成。目前清淤"
    "已完成，截污管道正在铺设。",
    "（三）保洁员配备不足，村北新区无专人保洁。整改措施：新增保洁员2名，立行立改。已于7月10日新聘2名保洁员上岗。",
    "（四）部分户厕改造后闲置未使用，存在“建而不用”问题。整改措施：开展入户宣传指导，年底前户厕使用率达到90%以上。"
    "目前该项工作尚未开展。",
    "（五）散养家禽家畜问题仍然存在，个别农户鸡鸭在街道散放。整改措施：印发圈养通告，村干部分片巡查劝导，长期坚持。",
    "（六）村内主干道两侧绿化带缺株断带约800米。整改措施：利用秋季植树时机补植苗木，10月底前完成。",
    "（七）村务公开栏人居环境整治“红黑榜”未按月更新。整改措施：由村文书负责更新，整改时限7月20日前。已于7月18日"
    "更新并张贴。",
]


def write_village_report(path: Path) -> Path:
    doc = _new_document("西辛庄村")
    _title(doc, "庆祖镇西辛庄村关于农村人居环境整治工作的自查自评报告", 20)
    _paragraph(doc, "庆祖镇人民政府：")
    _paragraph(
        doc,
        "按照镇党委、镇政府关于开展农村人居环境整治“回头看”的通知要求，7月8日，村“两委”组织党员、村民代表对照"
        "整治标准逐项开展自查。现将自查情况报告如下：",
    )
    _paragraph(doc, "一、工作开展情况", font="黑体")
    for text in VILLAGE_DONE:
        _paragraph(doc, text)
    _paragraph(doc, "二、存在的问题及整改措施", font="黑体")
    for text in VILLAGE_PROBLEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，我村将建立问题整改台账，实行村“两委”干部包片负责制，每周开展一次集中清理，确保人居环境持续改善。",
    )
    _paragraph(doc, "濮阳县庆祖镇西辛庄村村民委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 示范村创建自查表 (two returns in one zip), after a village's 自查报告 for the “五十百千环境优美示范工程” (自查达标
# 情况 by 清洁化、秩序化、优美化、制度化, each with “考核分X分，自查得分X分”):
# https://skfzc.org.cn/zichabaogao/6936.html
# A .zip holding an .xlsx from one village (考核类别 with its 考核分/自查得分 merged down its 扣分事项 rows, a “无扣分”
# row, a two-row 是否整改到位 header with √ under 是/否, a 合计 row) and a .docx table from a second village.
NORTH_GROUPS = [
    (
        "清洁化",
        42,
        39,
        [
            ("村东排水沟淤积，雨后积水", "清淤疏浚", "7月20日前", "√", "", ""),
            ("垃圾收集点2处未加盖，蚊蝇滋生", "更换加盖式垃圾箱", "立行立改", "√", "", ""),
        ],
    ),
    (
        "秩序化",
        22,
        20,
        [("主街道两侧商户占道堆放货物", "劝导商户入店经营", "长期坚持", "", "", "每日巡查劝导")],
    ),
    (
        "优美化",
        24,
        21,
        [
            ("村口游园绿化带部分苗木枯死", "补植苗木", "9月底前", "", "√", ""),
            ("沿街农房外立面墙体破损12户", "统一修补粉刷", "8月底前", "", "√", "正在粉刷，已完成7户"),
        ],
    ),
    ("制度化", 12, 12, [("无扣分", "", "", "", "", "")]),
]
SMALL_VILLAGE_ROWS = [
    ("清洁化", "村内废旧坑塘堆放建筑垃圾", "组织机械清运", "7月25日前", "已清运完毕"),
    ("清洁化", "部分农户门前生活污水随意泼洒", "宣传引导，建设污水收集池", "8月底前", "正在建设污水收集池"),
    ("秩序化", "村东主街柴草乱堆乱放", "督促农户清理归垛", "8月15日前", "正在清理"),
    ("优美化", "村庄主干道缺少路灯约1.2公里", "安装太阳能路灯", "年底前", "已完成路灯采购招标"),
    ("制度化", "保洁员考勤记录不全", "建立保洁员考勤台账", "7月底前", "未整改"),
]


def _north_header(b: Book, ws) -> None:
    for c, word in enumerate(
        ["序号", "考核类别", "考核分", "自查得分", "扣分事项（存在问题）", "整改措施", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)


def write_north_village(path: Path) -> Path:
    b = Book(path, author="北街村")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 10, 8, 8, 34, 20, 12, 6, 6, 22])
    b.line(ws, 0, "千口镇北街村“五十百千”环境优美示范村创建自查情况表", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县千口镇北街村村民委员会    自查时间：2024年7月9日", 9)
    _north_header(b, ws)
    r, n = 4, 0
    for group, full, got, rows in NORTH_GROUPS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, group, b.center)
        b.merge(ws, r, 2, last, 2, full, b.center)
        b.merge(ws, r, 3, last, 3, got, b.center)
        for problem, measure, limit, yes, no, note in rows:
            if problem != "无扣分":
                n += 1
            b.put(ws, r, 0, n if problem != "无扣分" else "", b.center)
            b.row(ws, r, [problem, measure], first=4)
            b.row(ws, r, [limit, yes, no], first=6, fmt=b.center)
            b.put(ws, r, 9, note)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.put(ws, r, 2, sum(g[1] for g in NORTH_GROUPS), b.center)
    b.put(ws, r, 3, sum(g[2] for g in NORTH_GROUPS), b.center)
    for c in range(4, 10):
        b.put(ws, r, c, "", b.cell)
    b.line(ws, r + 1, "填表人：杜春生    村党支部书记：刘保国    联系电话：13938380716", 9)
    return b.close()


def write_small_village(path: Path) -> Path:
    doc = _new_document("小寨村")
    _title(doc, "千口镇小寨村“五十百千”示范村创建自查问题整改表", 16)
    _paragraph(doc, "填报单位：南乐县千口镇小寨村村民委员会　　自查时间：2024年7月10日", 12)
    body = [[str(i), *row] for i, row in enumerate(SMALL_VILLAGE_ROWS, 1)]
    table = _table(doc, ["序号", "考核类别", "存在问题", "整改措施", "整改时限", "整改情况"], body)
    top = table.cell(1, 1)
    merged = top.merge(table.cell(2, 1))
    for p in merged.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    _paragraph(doc, "填表人：王瑞　　联系电话：13782259304　　2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_villages_zip(path: Path) -> Path:
    members = [
        ("北街村示范村创建自查情况表.xlsx", write_north_village),
        ("小寨村示范村创建自查问题整改表.docx", write_small_village),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 营商环境投诉监督中心移送件办理台账, after a report on a city's 营商环境投诉监督中心 (“3+X”: 纪委监委、检察院、司法局
# 联合办公; 一份份回复函是中心的“工作台账”: “经区综合行政执法局和市场监管局联合行政指导，该公司已对车辆停放等进行规范…
# 目前正在准备地址变更相关申请材料”, “银行刻章免单、政府购买服务刻章两项政策在落实中有待进一步规范…”):
# http://www.nbbxiufu.com/t/2022/0211/2016.html
# An .xlsx: title, 截至 line, one header row with 移送日期 and 办理期限 as N日内 / N个工作日内 counted from it, the
# progress only in 回复函主要内容 sentences, a 回访情况 column, a 注 line saying how the days count, a signature line.
CENTRE_ROWS = [
    (
        "YSJD-2024-031",
        "濮阳市通盛物流有限公司",
        "企业迁址后车辆停放被多次处罚，申请经营地址变更受阻",
        "市城市管理局",
        date(2024, 6, 3),
        "30日内",
        "经我局会同市场监管部门联合行政指导，该公司已对车辆停放进行规范，经营场地符合要求，地址变更登记已于6月28日办结。",
        "已回访，企业满意",
    ),
    (
        "YSJD-2024-036",
        "濮阳市个体私营经济协会",
        "新办企业刻章免费政策落实不规范，部分新办企业仍被收取刻章费用",
        "市政务服务中心",
        date(2024, 6, 11),
        "15个工作日内",
        "刻章免费政策在落实中存在不规范问题，已恢复政务大厅免费刻章窗口，全市范围排查正在进行。",
        "",
    ),
    (
        "YSJD-2024-040",
        "濮阳经开区新材料产业园管委会",
        "园区企业申请新增用电容量，供电企业以线路容量不足为由拖延",
        "濮阳供电公司",
        date(2024, 6, 18),
        "30日内",
        "已制定线路增容改造方案，预计8月中旬完成施工并送电。",
        "",
    ),
    (
        "YSJD-2024-044",
        "濮阳县康之源大药房",
        "定点医药机构协议申请受理后超过3个月未答复",
        "濮阳县医疗保障局",
        date(2024, 6, 25),
        "15个工作日内",
        "已完成现场评估，于7月12日与该药房签订医保服务协议。",
        "已回访，企业满意",
    ),
    (
        "YSJD-2024-047",
        "河南建邦建设工程有限公司",
        "政府投资项目竣工验收合格后工程款拖欠一年未支付",
        "市住房城乡建设局",
        date(2024, 7, 1),
        "30日内",
        "",
        "",
    ),
    (
        "YSJD-2024-051",
        "濮阳市华瑞塑业有限公司",
        "市场监管执法人员一个月内对同一企业重复检查3次",
        "市市场监管局",
        date(2024, 7, 5),
        "15个工作日内",
        "经核查，投诉反映情况属实，已对相关执法人员进行批评教育，并将该企业纳入“无事不扰”企业名单。",
        "已回访，企业基本满意",
    ),
    (
        "YSJD-2024-055",
        "濮阳市金堤置业有限公司",
        "不动产登记窗口要求企业提供已明令取消的证明材料",
        "市不动产登记中心",
        date(2024, 7, 15),
        "15个工作日内",
        "正在核实窗口办理情况，将于期限内书面回复。",
        "",
    ),
]


def write_centre(path: Path) -> Path:
    b = Book(path, author="投诉监督中心")
    ws = b.sheet("移送件台账")
    b.widths(ws, [6, 16, 24, 36, 18, 12, 14, 44, 18])
    b.line(ws, 0, "濮阳市营商环境投诉监督中心移送件办理工作台账", 8, b.title)
    b.line(ws, 1, "统计截至：2024年7月29日    联合办公单位：市纪委监委、市人民检察院、市司法局", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "投诉编号",
            "投诉人",
            "投诉事项",
            "承办单位",
            "移送日期",
            "办理期限",
            "回复函主要内容",
            "回访情况",
        ],
    )
    for i, row in enumerate(CENTRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CENTRE_ROWS)
    b.line(ws, end, "注：办理期限自移送之日起计算，“日”为自然日，“工作日”不含法定节假日。", 8)
    b.line(ws, end + 1, "填表人：韩雪    审核人：程国栋    联系电话：0393-6663125", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 营商环境问题投诉转办件办理情况统计表, after a city's 营商环境问题投诉联动处理办法 (市营商办统筹; 市网格化中心、市信访
# 局、市“四百双争”办为受理机构; 各乡镇办场园、各有关单位按职责办理; 受理机构审查后转交有关单位办理，办理单位自收到
# 转办通知之日起15个工作日内回复):
# https://tmrb.tmwcn.com/tmrb/20210125/html/content_20210125003002.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, a line saying the 15个
# 工作日 count from the 转办日期, one header row with both 受理日期 and 转办日期, 承办单位 from bureaus to a town and a
# company, 办理结果 words, a 合计 row and a signature line.
TRANSFER_ROWS = [
    (
        "市12345热线",
        date(2024, 6, 24),
        date(2024, 6, 26),
        "濮阳县益民食品有限公司",
        "申请食品生产许可延续，现场核查后超过20个工作日未发证",
        "濮阳县市场监督管理局",
        "已于7月5日发放许可证，办结",
        "满意",
    ),
    (
        "市信访局",
        date(2024, 6, 27),
        date(2024, 7, 1),
        "范县锦华纺织有限公司",
        "企业扩建用地周边村民多次阻工，镇政府协调不力",
        "范县濮城镇人民政府",
        "镇政府已召开两次协调会，补偿方案正在公示",
        "",
    ),
    (
        "市工商联",
        date(2024, 7, 2),
        date(2024, 7, 3),
        "台前县鑫羽羽绒制品有限公司",
        "技改补贴资金评审通过后逾期半年未拨付",
        "台前县财政局",
        "逾期未办",
        "",
    ),
    (
        "市12345热线",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "华龙区味之源餐饮店",
        "燃气企业以管网改造为由停气5天，未提前告知商户",
        "市燃气公司",
        "已办结，向商户致歉并建立停气提前告知机制",
        "满意",
    ),
    (
        "市信访局",
        date(2024, 7, 10),
        date(2024, 7, 11),
        "清丰县鸿运家具有限公司",
        "企业办理环评审批时被要求委托指定中介机构编制报告",
        "市环境局",
        "正在调查核实",
        "",
    ),
    (
        "市工商联",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "南乐县润康生物科技有限公司",
        "申报科技型企业培育库入库，多次被退回要求补充非必要材料",
        "南乐县科技和工业信息化局",
        "",
        "",
    ),
    (
        "市12345热线",
        date(2024, 7, 17),
        date(2024, 7, 18),
        "濮阳县宏基建材有限公司",
        "办理施工许可时被要求提供已取消的社保缴费证明",
        "市住建局",
        "已取消该项要求，办结",
        "满意",
    ),
]


def write_transfer_book(path: Path) -> Path:
    b = Book(path, author="市营商办")
    ws = b.sheet("转办件统计")
    b.widths(ws, [6, 14, 12, 12, 26, 40, 24, 12, 32, 10])
    b.line(ws, 0, "营商环境问题投诉转办件办理情况统计表（6—7月）", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市优化营商环境工作领导小组办公室    办理时限：承办单位自转办之日起15个工作日内办结回复",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理机构",
            "受理日期",
            "转办日期",
            "投诉人",
            "投诉内容",
            "承办单位",
            "办理时限",
            "办理结果",
            "投诉人评价",
        ],
    )
    for i, (office, got, sent, who, what, unit, result, mark) in enumerate(TRANSFER_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [office, got, sent, who, what, unit], first=1)
        b.put(ws, r, 7, "15个工作日", b.center)
        b.put(ws, r, 8, result)
        b.put(ws, r, 9, mark, b.center)
    end = 3 + len(TRANSFER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "转办7件，已办结3件，办理中2件，逾期未办1件，未反馈1件", b.cell)
    b.line(
        ws,
        end + 2,
        "填表人：崔晓燕    审核人：范立新    联系电话：0393-8996017    填报日期：2024年7月30日",
        9,
    )
    return b.close()


def write_transfer(path: Path) -> Path:
    return via_soffice(write_transfer_book, path, "xls", "营商环境投诉转办件统计表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 乡政府政务公开工作自查报告, after a township's 政务公开自查报告 (乡党委、政府按照“党委统一领导、政府主抓、纪检
# 监察监督协调、政府办组织实施”的原则; 调整政务公开领导小组; 拓展公开内容，规范公开程序):
# https://qikantianxia.com/a/fileda3e2vlq.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 自查 date, 一/二 as prose of work done, 三、自查
# 发现的问题 pointing to the table, a table with the township's own 股室（站所）, 完成时限 and an 实际完成时间 column
# beside 备注 (progress as a completion date or a remark), closing, signature.
TOWNSHIP_ROWS = [
    [
        "乡政府信息公开专栏“财政预决算”栏目未公开2023年部门决算",
        "财政所",
        "公开2023年部门决算及说明",
        "2024年7月15日",
        "2024年7月12日",
        "",
    ],
    [
        "6个村的村务公开栏未按季度更新，仍为2023年第四季度内容",
        "党政办",
        "督促各村更新并建立季度检查制度",
        "7月底前",
        "",
        "已更新4个村，其余2个村正在更新",
    ],
    [
        "惠民惠农补贴资金发放信息未在“一卡通”公示平台公示",
        "财政所",
        "补录并公示2024年上半年发放信息",
        "8月20日前",
        "",
        "未整改",
    ],
    [
        "依申请公开受理登记台账不规范，未记录答复时间",
        "党政办",
        "规范登记台账，补录答复时间",
        "立行立改",
        "2024年7月11日",
        "",
    ],
    [
        "便民服务中心办事指南未标注承诺办理时限",
        "便民服务中心",
        "逐项补充办事指南要素",
        "2024年7月20日",
        "",
        "",
    ],
    [
        "重大行政决策事项未进行预公开征求意见",
        "党政办",
        "建立重大行政决策预公开制度",
        "长期坚持",
        "",
        "已建立制度，长期坚持",
    ],
    [
        "防汛应急预案未向社会公开",
        "应急管理办公室",
        "在乡政府网站和公示栏公开预案",
        "立行立改",
        "2024年7月11日",
        "",
    ],
]


def write_township_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "夹河乡人民政府关于政务公开工作的自查报告", 20)
    _paragraph(doc, "台前县人民政府办公室：")
    _paragraph(
        doc,
        "按照县政府办公室关于开展政务公开工作自查的通知要求，2024年7月11日，乡党政办牵头，对照政务公开标准目录对"
        "我乡政务公开工作逐项开展了自查。现将自查情况报告如下：",
    )
    _paragraph(doc, "一、强化领导，健全班子", font="黑体")
    _paragraph(
        doc,
        "乡党委、政府按照“党委统一领导、政府主抓、纪检监察监督协调、党政办组织实施”的原则，及时调整了政务公开领导"
        "小组，由乡长任组长，纪委书记任副组长，各站所负责人为成员，领导小组办公室设在党政办。",
    )
    _paragraph(doc, "二、突出重点，强化监督", font="黑体")
    _paragraph(
        doc,
        "围绕财政资金、惠民政策、便民服务等群众关心的事项，拓展公开内容，规范公开程序，通过乡政府网站、村务公开栏、"
        "便民服务中心电子屏等渠道及时公开政务信息。",
    )
    _paragraph(doc, "三、自查发现的问题及整改情况", font="黑体")
    _paragraph(doc, "自查共发现问题7个，均已明确责任股室和完成时限，具体如下表：")
    _table(
        doc,
        ["序号", "自查发现问题", "责任股室（站所）", "整改措施", "完成时限", "实际完成时间", "备注"],
        [[str(i), *row] for i, row in enumerate(TOWNSHIP_ROWS, 1)],
        size=9,
    )
    _paragraph(doc, "下一步，我乡将对照问题清单逐项整改，整改完成一项、销号一项，确保政务公开工作规范运行。")
    _paragraph(doc, "台前县夹河乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_township(path: Path) -> Path:
    return via_soffice(write_township_docx, path, "doc", "夹河乡政务公开自查报告.docx")


FILES = [
    ("2024年市政府民生实事项目1—6月份进展情况公示.wps", write_livelihood),
    ("2024年市定十件民生实事1—6月进度公示表.xlsx", write_ten_things),
    ("营商环境投诉信息导出_20240730.csv", write_complaints),
    ("市城市管理局民生实事事项台账（导出）.xlsx", write_ledger),
    ("人民路街道创建文明城市问题自查整改台账.xls", write_street),
    ("西辛庄村农村人居环境整治自查自评报告.docx", write_village_report),
    ("千口镇北街村、小寨村示范村创建自查表.zip", write_villages_zip),
    ("营商环境投诉监督中心移送件办理台账.xlsx", write_centre),
    ("营商环境问题投诉转办件办理情况统计表（6—7月）.et", write_transfer),
    ("夹河乡政务公开工作自查报告.doc", write_township),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

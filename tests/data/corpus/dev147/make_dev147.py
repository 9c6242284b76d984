"""Write the dev147 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 乡镇街道综合督查、民生实事和重点项目推进、环保与农业农村领域督查问题整改.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx with a 通报 and its 一览表, and a .zip of two returns (an .xlsx and a
.docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside256.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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


def _landscape(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


# ---------------------------------------------------------------------------------------------
# 1. 督查通报 on 市级领导分包重点项目, after a city 市委市政府督查局's 督查通报 (第11期): 市委市政府督查局、市重点办组成
# 联合督查组，对市级领导分包“双50”重大项目1—4月份进展情况进行了督查; N个项目存在问题，进展较慢; 附：市级领导分包
# “双50”项目督查情况一览表; 报/送 lines; 编辑、审核、签发; （共印81份）:
# http://www.kfdxm.com/xhdd/view.asp?id=422
# A .docx: the 督查通报 masthead (期号, issuing office and date), the 通报 title, body paragraphs with the counts, the
# 附 一览表 as a table (分包市领导 — the leader, never the unit — beside the 责任单位), then the 报/送 block and the
# 编辑/审核/签发 line with the 印数.
LEADER_ROWS = [
    (
        "濮阳市第三人民医院新院区建设项目",
        "刘建华",
        "市卫健委",
        "项目配套道路及雨污管网未同步施工，影响医院按期投用",
        "协调住建部门加快配套道路和管网施工",
        "2024年10月31日",
        "配套道路已进场施工，雨污管网正在招标",
    ),
    (
        "濮阳华信化工年产10万吨可降解材料项目",
        "王振国",
        "濮阳经济技术开发区管理委员会",
        "二期用地中约32亩土地征收补偿未完成，二期厂房无法开工",
        "加快征收补偿协议签订",
        "8月底前",
        "已签订28亩补偿协议，剩余4亩正在协商",
    ),
    (
        "清丰县家居产业园三期标准化厂房项目",
        "王振国",
        "清丰县人民政府",
        "项目环评批复未取得，影响施工许可办理",
        "加快环评审批，同步办理施工许可",
        "2024年8月15日",
        "已取得环评批复，施工许可证已核发",
    ),
    (
        "南乐县生物基材料产业园集中供热管网项目",
        "赵立新",
        "南乐县人民政府",
        "供热管网穿越主干道路，道路挖掘占用审批未办理",
        "协调城管、交警部门办理挖掘占用审批",
        "7月20日前",
        "尚未办理",
    ),
    (
        "华龙区老城片区城市更新项目",
        "赵立新",
        "华龙区人民政府",
        "征收片区内17户未签订征收补偿协议，影响片区整体拆除",
        "逐户做好群众工作，依法依规推进征收",
        "年底前",
        "",
    ),
    (
        "黄河滩区乡村振兴示范带建设项目",
        "孙卫东",
        "市农业农村局",
        "中央预算内投资资金拨付进度慢，仅拨付38%",
        "加快工程计量和资金拨付",
        "第三季度",
        "资金已拨付至65%，正在加快拨付",
    ),
    (
        "濮阳东220千伏输变电工程",
        "孙卫东",
        "濮阳供电公司",
        "塔基占地青苗补偿纠纷，3基铁塔无法施工",
        "属地政府协调解决补偿纠纷",
        "2024年7月25日",
        "已协调解决，3基铁塔已完成基础浇筑",
    ),
]


def write_leader_report(path: Path) -> Path:
    doc = _new_document("督查局综合科")
    _landscape(doc)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run("督 查 通 报")
    _east_asian(run, "方正小标宋简体", 36)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    _paragraph(doc, "第9期", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "中共濮阳市委督查局　濮阳市人民政府督查局　　　　　　2024年7月26日", 14)
    _title(doc, "关于对1—7月份市级领导分包重点项目的督查情况", 20)
    _paragraph(
        doc,
        "根据《濮阳市重点项目建设督查考核办法》要求，市委市政府督查局、市重点项目建设服务中心组成联合督查组，"
        "对市级领导分包重点项目1—7月份进展情况进行了督查。从督查情况看，市分包领导能够深入项目一线督导调研，"
        "各县区和有关市直责任单位高度重视，总体进展顺利。60个重点推进项目中，52个项目进展顺利，1个基本顺利，"
        "7个项目存在问题，进展较慢，现将存在问题的项目列表附后。",
    )
    _paragraph(
        doc,
        "请各责任单位对照一览表逐项整改，于8月5日前将整改情况报市委市政府督查局。市委市政府督查局将采取明查暗访、"
        "限期督办、通报问责等措施，进一步加大督查力度。",
    )
    _paragraph(doc, "附：市级领导分包重点项目存在问题督查情况一览表", 14, bold=True)
    body = [[str(i), *row] for i, row in enumerate(LEADER_ROWS, 1)]
    _table(
        doc,
        ["序号", "项目名称", "分包市领导", "责任单位", "存在问题", "整改要求", "完成时限", "整改进展"],
        body,
        size=10,
    )
    _paragraph(doc, "报：市级领导，市政府秘书长、副秘书长。", 12)
    _paragraph(doc, "送：各县（区）党委和政府，市直有关单位。", 12)
    _paragraph(doc, "编辑：张晓宇　　审核：孟凡华　　签发：郭新民　　　　（共印60份）", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 重点项目“三色”督办台账, after a county's “三色（蓝、黄、红）”督办机制 (对未按时限要求开工、未按项目要求建设或进度与
# 确定时限要求不符的责任单位，发出“蓝色”督办单以示提醒; 到期未完成整改的发“黄色”督办单以示警告; 仍未完成的启动约谈
# 机制，发出“红色”督办单，责令限期整改):
# https://www.yuleba.org/a/33-11442-0.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (督办情况 over 督办单类别/发单日期/整改时限, 落实情况 over
# 整改情况/是否约谈), the 督办单 colour as a filled cell, deadlines as N个工作日内 / N日内 counted from the 发单日期,
# 立即整改, X月X日前, 8月底前; a 说明 line restating the three colours and a signature line.
COLOR_ROWS = [
    (
        "范县黄河滩区居民迁建配套学校项目",
        "范县人民政府",
        "计划6月开工，因施工单位未确定未按时开工",
        "蓝色",
        date(2024, 7, 1),
        "收到督办单后10个工作日内",
        "已完成施工招标，7月12日开工建设",
        "否",
    ),
    (
        "中心城区第一污水处理厂提标改造项目",
        "市住建局",
        "建设进度滞后序时进度约2个月",
        "黄色",
        date(2024, 7, 8),
        "15日内",
        "已增加施工班组，进度已追回1个月，正在加快施工",
        "否",
    ),
    (
        "台前县豫鲁边界物流园项目",
        "台前县人民政府",
        "未按项目批复内容建设，擅自将仓储用房变更为商业用房",
        "红色",
        date(2024, 7, 10),
        "立即整改",
        "逾期未整改",
        "是",
    ),
    (
        "国道342濮阳段改建工程",
        "市交通局",
        "沿线3处通信杆线迁改未完成，影响路基施工",
        "蓝色",
        date(2024, 7, 15),
        "7月31日前",
        "",
        "否",
    ),
    (
        "濮阳工业园区化工新材料中试基地项目",
        "濮阳工业园区管理委员会",
        "项目节能审查办理滞后，影响开工",
        "蓝色",
        date(2024, 7, 3),
        "收到督办单后10个工作日内",
        "已取得节能审查意见，已销号",
        "否",
    ),
    (
        "濮阳市第二实验小学扩建项目",
        "濮阳市第二实验小学",
        "未及时组织设计变更审查，扩建教学楼停工待图",
        "黄色",
        date(2024, 7, 19),
        "15个工作日内",
        "设计变更已报审，正在审查",
        "否",
    ),
    (
        "南乐县城乡供水一体化项目",
        "南乐县人民政府",
        "供水管网铺设仅完成年度计划的40%",
        "蓝色",
        date(2024, 7, 22),
        "8月底前",
        "正在推进",
        "否",
    ),
    (
        "金堤河濮阳段生态治理工程",
        "市水务局",
        "投资完成率仅21%，低于序时进度",
        "黄色",
        date(2024, 7, 5),
        "9月底前",
        "已签订补充协议增加施工力量，正在整改",
        "否",
    ),
]


def write_color(path: Path) -> Path:
    b = Book(path, author="市重点项目服务中心")
    ws = b.sheet("三色督办台账")
    b.widths(ws, [6, 30, 20, 36, 10, 12, 22, 30, 10])
    b.line(ws, 0, "2024年重点项目建设“三色”督办台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市重点项目建设工作领导小组办公室    截至：2024年7月30日", 8)
    for c, word in enumerate(["序号", "项目名称", "责任单位", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "督办情况", b.head)
    b.header(ws, 3, ["督办单类别", "发单日期", "整改时限"], first=4)
    b.merge(ws, 2, 7, 2, 8, "落实情况", b.head)
    b.header(ws, 3, ["整改情况", "是否约谈"], first=7)
    colours = {
        "蓝色": b.book.add_format(
            {"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#9DC3E6"}
        ),
        "黄色": b.book.add_format(
            {"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FFE699"}
        ),
        "红色": b.book.add_format(
            {"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FF7C80"}
        ),
    }
    for i, (name, unit, problem, colour, sent, limit, progress, talk) in enumerate(COLOR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [name, unit, problem], first=1)
        b.put(ws, r, 4, colour, colours[colour])
        b.put(ws, r, 5, sent)
        b.row(ws, r, [limit, progress], first=6)
        b.put(ws, r, 8, talk, b.center)
    end = 4 + len(COLOR_ROWS)
    b.line(
        ws,
        end,
        "说明：对未按时限要求开工、未按项目要求建设或进度与时限要求不符的发蓝色督办单；蓝色督办单到期未完成整改的发黄色"
        "督办单；黄色督办单到期仍未完成的启动约谈并发红色督办单。整改时限自发单日期起计算。",
        8,
    )
    b.line(ws, end + 1, "填表人：侯雅琪    审核人：段志军    联系电话：0393-4418526", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 民生实事 人大代表监督小组督办建议办理情况, after a city 人大's account of its 民生实事人大代表票决 (市政府逐项明确分管
# 领导、牵头责任单位; 人大常委会跟踪监督，成立十个监督小组，分别由人大常委会领导领衔督办，对口工委具体组织，人大代表
# 参与监督，共提出督办建议33条; 年终满意度测评):
# http://www.ahxcrd.gov.cn/News/show/1622349.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row; the 民生实事项目 and its 监督小组（领衔督办） (the supervisors, never the unit) merged down over each project's
# 督办建议 rows; 牵头责任单位 in short names; a 交办日期 the 立行立改 and 10个工作日内 rows count from; 办理情况 beside a
# 办理结果 word; a 合计 row and a signature line.
PEOPLE_PROJECTS = [
    (
        "背街小巷整治改造（30条）",
        "第二监督小组（常委会副主任李红梅领衔）",
        [
            (
                "部分背街小巷施工围挡不规范，夜间未设置警示灯",
                "市城管执法局",
                "立行立改",
                "已全部规范设置围挡和夜间警示灯",
                "已办结",
            ),
            (
                "雨污分流管网与路面改造未同步设计，存在二次开挖风险",
                "市住建局",
                "2024年8月31日",
                "已调整设计方案，管网与路面同步施工",
                "正在办理",
            ),
        ],
    ),
    (
        "四好农村路建设（新改建120公里）",
        "第三监督小组（常委会副主任张国强领衔）",
        [
            (
                "部分路段路肩未硬化，排水边沟未贯通",
                "市交通运输局",
                "9月底前",
                "已完成路肩硬化45公里，边沟贯通正在推进",
                "正在办理",
            ),
            (
                "农村公路养护经费县级配套资金未足额到位",
                "市财政局",
                "2024年7月20日",
                "已足额下达县级配套资金",
                "已办结",
            ),
        ],
    ),
    (
        "城区新增公办幼儿园学位1500个",
        "第一监督小组（常委会副主任王海峰领衔）",
        [
            ("新建幼儿园室外活动场地塑胶铺设未完工，影响秋季开学", "市教育局", "8月25日前", "", ""),
            (
                "新建幼儿园周边道路未设置交通标志和减速带",
                "市交警支队",
                "10个工作日内",
                "未启动",
                "未办理",
            ),
        ],
    ),
    (
        "老年助餐服务点建设（40个）",
        "第四监督小组（常委会秘书长刘志刚领衔）",
        [
            (
                "部分老年助餐点未取得食品经营许可",
                "市市场监管局",
                "2024年7月31日",
                "已为12个助餐点办理食品经营许可证，全部取证",
                "已办结",
            ),
            (
                "助餐点运营补贴发放机制未建立，长效运营难以保障",
                "市民政局",
                "年底前",
                "已起草运营补贴办法，正在征求意见",
                "正在办理",
            ),
        ],
    ),
]


def write_people_book(path: Path) -> Path:
    b = Book(path, author="市人大常委会办公室")
    ws = b.sheet("督办建议办理情况")
    b.widths(ws, [6, 22, 22, 40, 14, 12, 14, 32, 10])
    b.line(ws, 0, "2024年人大代表票决民生实事项目监督小组督办建议办理情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查局    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "民生实事项目",
            "监督小组（领衔督办）",
            "督办建议",
            "牵头责任单位",
            "交办日期",
            "办理时限",
            "办理情况",
            "办理结果",
        ],
    )
    r, n = 3, 0
    for project, group, rows in PEOPLE_PROJECTS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, project)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, group)
        for advice, unit, limit, progress, result in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, advice)
            b.put(ws, r, 4, unit)
            b.put(ws, r, 5, date(2024, 7, 12))
            b.row(ws, r, [limit, progress], first=6)
            b.put(ws, r, 8, result, b.center)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 2, "4个项目", b.center)
    b.put(ws, r, 3, "督办建议8条", b.cell)
    for c in range(4, 8):
        b.put(ws, r, c, "", b.cell)
    b.put(ws, r, 8, "已办结3条", b.center)
    b.line(ws, r + 2, "填表人：魏晓琳    审核人：陈志远    联系电话：0393-8991730", 8)
    return b.close()


def write_people(path: Path) -> Path:
    return via_soffice(write_people_book, path, "xls", "民生实事督办建议办理情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 环境卫生综合整治督导问题交办清单, after a city 环境卫生综合整治 第三督导组's report on a day's 督导 of a 街道办事处
# (对42项整治任务进行了督导，重点督导小区广告、小区环境卫生、小区安全隐患整治情况; 发现问题…已通知相关负责人尽快整改;
# 建议办事处加大对小区和物业的管理):
# https://haomeiwen.com/subject/nvlsfctx.html
# A CSV in GBK: title line, 督导时间/督导组 line, a line saying the limits count from the 督导日期, one header line with
# the 督导日期 (an event date), the 街道（乡） as 责任单位, 整改时限 as 立行立改 / 3日内 / 7日内 / 常态化管理,
# 整改情况 and 复查结果 columns, a 合计 line.
STREET_ROWS = [
    (
        "2024-07-22",
        "华龙区胜利路街道办事处",
        "绿城小区",
        "小区楼道杂物乱堆乱放，消防通道被占用",
        "小区环境卫生",
        "立行立改",
        "已清理完毕",
        "复查合格",
    ),
    (
        "2024-07-22",
        "华龙区人民路街道办事处",
        "人民路与京开大道交叉口",
        "沿街商户店外堆物、向路面倾倒污水",
        "沿街秩序",
        "3日内",
        "已约谈商户，正在清理",
        "",
    ),
    (
        "2024-07-23",
        "华龙区中原路街道办事处",
        "油田三区",
        "楼道内喷涂小广告现象反弹",
        "小广告",
        "3日内",
        "已清除",
        "复查合格",
    ),
    (
        "2024-07-23",
        "华龙区大庆路街道办事处",
        "大庆路农贸市场",
        "垃圾桶满溢未及时清运，市场周边卫生死角保洁不到位",
        "环境卫生",
        "立行立改",
        "已清运，卫生死角正在清理",
        "",
    ),
    (
        "2024-07-24",
        "华龙区黄河路街道办事处",
        "黄河路小区",
        "小区内违法搭建彩钢棚2处",
        "违法建设",
        "7日内",
        "未整改",
        "",
    ),
    (
        "2024-07-24",
        "华龙区任丘路街道办事处",
        "任丘路沿线",
        "绿化带内建筑垃圾未清运",
        "环境卫生",
        "3日内",
        "",
        "",
    ),
    (
        "2024-07-25",
        "华龙区孟轲乡人民政府",
        "孟轲乡政府驻地",
        "主干道两侧柴草、杂物乱堆乱放",
        "乱堆乱放",
        "立行立改",
        "已清理",
        "复查合格",
    ),
    (
        "2024-07-26",
        "华龙区开州路街道办事处",
        "开州路与安康路交叉口",
        "共享单车乱停乱放，堵塞人行道",
        "市容秩序",
        "常态化管理",
        "已建立每日巡查机制，常态化推进",
        "",
    ),
]


def write_street(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中心城区环境卫生综合整治第三督导组督导问题交办清单（7月第4周）"])
    w.writerow(["督导时间：2024年7月22日—7月26日　督导组：市环境卫生综合整治第三督导组"])
    w.writerow(["整改时限自督导之日起计算；立行立改事项当日整改到位"])
    w.writerow(
        [
            "序号",
            "督导日期",
            "责任单位",
            "督导点位",
            "发现问题",
            "问题类别",
            "整改时限",
            "整改情况",
            "复查结果",
        ]
    )
    for i, row in enumerate(STREET_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共交办问题8个", "", "", "已整改3个", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 街道立行立改情况报告, after a district news item on a 街道 that received a 市文明办督查组 督办 (查出私搭乱建、乱堆乱放、
# 空中飞线、保洁不过关、公益广告破损等问题; 街道接到督办后，对存在问题进行梳理分类，逐项制定整改方案; 压实责任、立行立改;
# 截至下午五时，共清理乱堆乱放25处，清运垃圾9车，拆除破损公益广告10处 … 规范站室活动档案):
# http://www.lunan.gov.cn/lunanqu/xiaoshanjiedao/20220223/1411934.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, a preamble giving the 督查 date the 立行立改
# items count from, the items as numbered paragraphs （一）…（七） each naming only the street's own 办/中队, a closing
# paragraph and the street with the date at the foot. All items belong to the sending street.
STREET_PARAS = [
    (
        "（一）背街小巷和楼院乱堆乱放问题。督查发现建业小区、油田十五区等处乱堆乱放18处。由城建办牵头，立行立改。"
        "截至7月23日下午五时，已清理乱堆乱放18处，清运垃圾6车，整改完成。"
    ),
    (
        "（二）老旧小区空中飞线问题。督查发现5处楼院存在电动车飞线充电。由应急办负责，立行立改。"
        "已整理飞线3处，其余2处需协调供电部门迁改线路，正在推进。"
    ),
    (
        "（三）公益广告破损问题。督查发现辖区主次干道破损公益广告牌10处。由文明办负责，7月26日前完成更换。"
        "目前已拆除破损公益广告10处，新广告正在制作。"
    ),
    (
        "（四）沿街商户私搭乱建问题。督查发现中原路沿街商户私搭彩钢棚2处。由综合行政执法中队负责，"
        "8月10日前拆除到位。已依法下达限期拆除通知书。"
    ),
    ("（五）新时代文明实践站活动档案不规范问题。由党建办负责，立行立改，已完成站室活动档案规范整理。"),
    (
        "（六）社区垃圾桶外溢、保洁不及时问题。由城建办负责，督促保洁公司增加清运频次，实行每日巡查，长期坚持。"
    ),
    (
        "（七）沿街门店“门前三包”责任制落实不到位问题。由社会事务办负责，8月底前与沿街商户重新签订门前三包责任书。"
    ),
]


def write_street_report_docx(path: Path) -> Path:
    doc = _new_document("中原路街道党政办")
    _title(doc, "华龙区中原路街道关于市文明办督查反馈问题立行立改情况的报告")
    _paragraph(doc, "市创建全国文明城市工作指挥部办公室：")
    _paragraph(
        doc,
        "2024年7月23日上午，市文明办督查组对我街道辖区开展督导检查，查出乱堆乱放、空中飞线、公益广告破损、"
        "私搭乱建等问题。街道接到督办后，对存在问题进行梳理分类，逐项制定整改方案，压实责任、立行立改。"
        "现将整改情况报告如下：",
    )
    for text in STREET_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，街道将对整改情况开展“回头看”，对反弹问题发现一处、整改一处，确保整改到位。")
    _paragraph(doc, "华龙区中原路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_street_report(path: Path) -> Path:
    return via_soffice(write_street_report_docx, path, "doc", "中原路街道立行立改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 省级生态环境保护督察突出问题整改督导检查问题清单 (畜禽养殖), after a 督导组's visit on 省级生态环境保护督察突出问题
# 通报整改 (听取汇报、查阅材料; 实地抽查规模场（专业户）; 填写《养殖场户实地核查表》; 要求散养户配套粪污处理设施，
# 场地受限的将粪污与旱厕改造相连集中处理; 粪污处理设施防渗、防雨、防溢流; 要求限期整改完成; 统一制作《畜禽养殖粪污
# 处理台账》):
# http://zgnmg.org.cn/bencandy.php?fid=8&id=265510
# An .xlsx: title, 督导组/督导日期/督导对象 line, a two-row header (核查情况 over 养殖类别及存栏/存在问题, 整改落实情况
# over 整改进展/完成时间), the 核查日期 (an event date) the 立即整改 rows count from, an explicit 整改责任单位 (farms
# and companies, two town governments for 散养户) beside the 所在乡镇, one row closed only by its 完成时间, a 说明 and a
# signature line.
FARM_ROWS = [
    (
        "濮阳县",
        "柳屯镇",
        date(2024, 7, 16),
        "濮阳县鑫旺生猪养殖专业合作社",
        "生猪 存栏1200头",
        "粪污贮存池未加盖，雨污未分流，雨季存在溢流风险",
        "加盖防雨棚，实施雨污分流",
        "2024年8月15日",
        "防雨棚已搭建，雨污分流管网正在铺设",
        None,
    ),
    (
        "濮阳县",
        "文留镇",
        date(2024, 7, 16),
        "濮阳市豫丰牧业有限公司",
        "肉牛 存栏600头",
        "粪污处理台账记录不完整，缺少3月以来粪污去向记录",
        "规范填写《畜禽养殖粪污处理台账》",
        "立即整改",
        "已补录台账",
        date(2024, 7, 19),
    ),
    (
        "濮阳县",
        "庆祖镇",
        date(2024, 7, 17),
        "濮阳县庆祖镇人民政府",
        "后邢固村散养户8户（生猪、羊）",
        "散养户粪污露天堆放，未配套粪污处理设施",
        "指导散养户将粪污与旱厕改造相连，集中处理",
        "8月底前",
        "",
        None,
    ),
    (
        "清丰县",
        "马庄桥镇",
        date(2024, 7, 17),
        "清丰县盛源蛋鸡养殖场",
        "蛋鸡 存栏5万羽",
        "鸡粪发酵场地未硬化，渗滤液流入周边沟渠",
        "硬化发酵场地，建设渗滤液收集池",
        "2024年7月31日",
        "已完成场地硬化和收集池建设，经县农业农村局复查合格",
        date(2024, 7, 28),
    ),
    (
        "清丰县",
        "韩村镇",
        date(2024, 7, 18),
        "清丰县刘庄奶牛养殖小区",
        "奶牛 存栏300头",
        "沼液消纳土地不足，配套消纳协议已过期",
        "重新签订沼液消纳协议，落实消纳土地",
        "9月底前",
        "未整改",
        None,
    ),
    (
        "清丰县",
        "仙庄镇",
        date(2024, 7, 18),
        "清丰县仙庄镇人民政府",
        "规模以下养殖户（生猪）",
        "规模以下养殖户未公示养殖场户信息，公示牌缺失",
        "统一制作并张贴公示牌",
        "立即整改",
        "",
        date(2024, 7, 18),
    ),
    (
        "濮阳县",
        "渠村乡",
        date(2024, 7, 16),
        "濮阳县绿康肉鸭养殖场",
        "肉鸭 存栏2万只",
        "养殖废水经暗管排入引黄灌渠",
        "立即封堵暗管，废水收集后还田利用",
        "2024年7月20日",
        "已封堵暗管，废水收集池正在建设",
        None,
    ),
    (
        "清丰县",
        "六塔乡",
        date(2024, 7, 18),
        "清丰县顺发养羊专业户",
        "羊 存栏400只",
        "粪污处理设施防渗、防雨、防溢流措施不到位",
        "完善“三防”措施",
        "8月20日前",
        "已完成防雨棚建设，防渗改造基本完成",
        None,
    ),
]


def write_farm(path: Path) -> Path:
    b = Book(path, author="督导组")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 8, 10, 12, 26, 18, 34, 28, 14, 30, 12])
    b.line(ws, 0, "第二轮省级生态环境保护督察突出问题整改督导检查发现问题清单（畜禽养殖）", 10, b.title)
    b.line(
        ws,
        1,
        "督导组：市第十一督导组    督导日期：2024年7月16日—18日    督导对象：濮阳县、清丰县    填表日期：2024年7月29日",
        10,
    )
    for c, word in enumerate(["序号", "县（区）", "所在乡镇", "核查日期", "整改责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "核查情况", b.head)
    b.header(ws, 3, ["养殖类别及存栏", "存在问题"], first=5)
    b.merge(ws, 2, 7, 3, 7, "整改要求", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改时限", b.head)
    b.merge(ws, 2, 9, 2, 10, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "完成时间"], first=9)
    for i, row in enumerate(FARM_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(FARM_ROWS)
    b.line(
        ws,
        end,
        "说明：本表依据《养殖场户实地核查表》汇总；“立即整改”自核查当日起整改；整改由县农业农村局督促落实，完成后填写完成时间。",
        10,
    )
    b.line(ws, end + 1, "督导组组长：秦立新    成员：田野、卢晓峰    联系电话：0393-6616025", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 市农业农村局 省级环保督察反馈涉农问题整改推进情况, after a city 农业农村局's account of its 省级环保督察反馈问题整改
# 专题会议 (相关科（站）汇报整改推进情况; 局社会事业科、土壤肥料科、畜牧渔业站、植保植检科、农村环境监测科、动物疫病
# 预防控制监测站、农机推广科、种植业科 …; 对涉农清单进行了明细责任; 制定整改方案，明确整改目标，倒排工期，挂图作战):
# http://nyncj.zunyi.gov.cn/ztzl/gdbhzl/202106/t20210611_68498948.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table whose rows name only the bureau's own 科（站） and a
# 责任领导 inside it, deadlines as dates, 年月底前, 第三季度, 长期坚持, a closing paragraph, the bureau and date at the
# foot. All items belong to the sending bureau.
AGRI_ROWS = [
    (
        "畜禽粪污综合利用率低于全省平均水平",
        "畜牧渔业站",
        "何振华",
        "推进畜禽粪污资源化利用整县推进项目",
        "2024年12月31日",
        "综合利用率已提升至79%，正在推进",
    ),
    (
        "黄河濮阳段禁渔期执法巡查不到位，存在非法捕捞现象",
        "农业综合行政执法支队",
        "王占军",
        "建立禁渔期常态化联合巡查机制",
        "长期坚持",
        "已建立常态化巡查机制，长期坚持",
    ),
    (
        "农药包装废弃物回收率偏低",
        "植保植检站",
        "何振华",
        "在乡镇设立回收点，建立回收处置台账",
        "2024年10月底前",
        "已设立回收点62个，正在推进",
    ),
    (
        "农膜回收利用体系未建立",
        "土壤肥料站",
        "李淑芬",
        "出台农膜回收利用实施方案",
        "2024年6月30日",
        "已出台《濮阳市农膜回收利用实施方案》，已完成",
    ),
    (
        "夏收期间卫星遥感监测发现秸秆焚烧火点4处",
        "种植业管理科",
        "李淑芬",
        "督促属地查处，落实秸秆禁烧网格化责任",
        "7月15日前",
        "尚未启动",
    ),
    (
        "农村生活污水治理与改厕衔接不到位",
        "社会事业促进科",
        "王占军",
        "编制改厕与污水治理衔接方案",
        "2025年6月底前",
        "已排查改厕户1.2万户，衔接方案正在编制",
    ),
    ("水产养殖尾水未经处理直排", "畜牧渔业站", "何振华", "推广尾水治理设施", "第三季度", ""),
    (
        "农业面源污染监测点位布设不足",
        "农村环境监测站",
        "李淑芬",
        "新增农田面源污染监测点位",
        "2024年7月31日",
        "已新增监测点位12个，已完成",
    ),
]


def write_agri_docx(path: Path) -> Path:
    doc = _new_document("农村环境监测站")
    _title(doc, "濮阳市农业农村局关于省级生态环境保护督察反馈涉农问题整改推进情况的报告")
    _paragraph(doc, "市生态环境保护督察整改工作领导小组办公室：")
    _paragraph(
        doc,
        "为扎实做好省级生态环境保护督察反馈问题整改工作，7月8日，我局召开涉农问题整改专题会议，局畜牧渔业站、"
        "植保植检站、土壤肥料站、种植业管理科、社会事业促进科、农村环境监测站、农业综合行政执法支队相关负责人参会，"
        "对涉农问题清单逐项明确责任科（站）和责任领导。现将整改推进情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(AGRI_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任科（站）", "责任领导", "整改措施", "整改时限", "推进情况"], body)
    _paragraph(
        doc, "下一步，我局将倒排工期、挂图作战，对进展滞后的问题加强调度，坚决杜绝虚假整改、应付整改。"
    )
    _paragraph(doc, "濮阳市农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_agri(path: Path) -> Path:
    return via_soffice(write_agri_docx, path, "doc", "涉农问题整改推进情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 畜禽粪污资源化利用整县推进项目“回头看”督查问题整改表 (two returns in one zip), after a county notice of its
# 畜禽粪污资源化利用整县推进项目“回头看”督查 (督查项目场养殖生态环境和粪污处理设施运用情况; 要求乡镇（开发区）
# 积极配合，及时全面提供支撑材料; 督查组如实指出、记录、上报存在的问题):
# https://www.huoqiu.gov.cn/public/6600821/35100086.html
# A .zip holding an .xlsx from one town (rows name only the town's own 站/中心; 是否整改到位 as ticks under 是/否 with a
# 备注 that can say more) and a .docx table from another town (rows name a 责任人 inside the town; 立行立改 from the
# 督查 date in its preamble).
YUANCUN_ROWS = [
    (
        "元村镇腾达生猪养殖场",
        "粪污贮存设施容积不足，不能满足180天贮存要求",
        "扩建粪污贮存池",
        "镇畜牧兽医站",
        "2024年8月31日",
        False,
        "贮存池扩建正在施工",
    ),
    (
        "元村镇宏发肉牛养殖场",
        "干湿分离机损坏停用，粪污未做到干湿分离",
        "维修干湿分离机",
        "镇畜牧兽医站",
        "立行立改",
        True,
        "",
    ),
    (
        "元村镇张庄蛋鸡养殖场",
        "粪污处理台账记录不完整",
        "规范填写粪污处理台账",
        "镇农业服务中心",
        "7月20日前",
        True,
        "",
    ),
    (
        "元村镇西街养羊场",
        "病死畜禽无害化处理记录缺失，场区环境较乱",
        "补建无害化处理记录，清理场区",
        "镇畜牧兽医站",
        "8月15日前",
        False,
        "",
    ),
]
CHENZHUANG_ROWS = [
    (
        "陈庄镇兴旺养殖场",
        "沼液消纳不及时，沼液池液面超过警戒线",
        "联系周边种植户及时还田消纳",
        "副镇长 韩磊",
        "2024年7月25日",
        "已完成还田消纳，液面降至安全位置",
    ),
    (
        "陈庄镇韩庄养殖小区",
        "沼液输送管道老化破损，存在渗漏",
        "更换输送管道",
        "副镇长 韩磊",
        "8月10日前",
        "正在更换",
    ),
    (
        "陈庄镇金穗生猪养殖专业合作社",
        "场区垃圾未及时清理，场区环境较乱",
        "立即清理场区垃圾",
        "农业服务中心主任 赵勇",
        "立行立改",
        "已清理完毕",
    ),
    (
        "陈庄镇丰源肉鸡养殖场",
        "资源化利用项目有机肥发酵设备未安装到位",
        "督促设备供应商安装调试",
        "农业服务中心主任 赵勇",
        "年底前",
        "",
    ),
]


def write_yuancun_book(path: Path) -> Path:
    b = Book(path, author="元村镇农业服务中心")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 22, 36, 24, 16, 14, 6, 6, 20])
    b.line(ws, 0, "南乐县元村镇畜禽粪污资源化利用项目“回头看”督查问题整改表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县元村镇人民政府（盖章）    督查日期：2024年7月10日    填报日期：2024年7月29日",
        8,
    )
    for c, word in enumerate(["序号", "项目场名称", "督查发现问题", "整改措施", "责任站所", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, (farm, problem, measure, unit, limit, done, note) in enumerate(YUANCUN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [farm, problem, measure, unit, limit], first=1)
        b.put(ws, r, 6, "√" if done else "", b.center)
        b.put(ws, r, 7, "" if done else "√", b.center)
        b.put(ws, r, 8, note)
    end = 4 + len(YUANCUN_ROWS)
    b.line(ws, end, "注：“立行立改”事项自督查当日起整改；整改到位的在“是”栏打“√”。", 8)
    b.line(ws, end + 1, "填表人：任晓光    审核人：郑国栋    联系电话：0393-7251046", 8)
    return b.close()


def write_chenzhuang_docx(path: Path) -> Path:
    doc = _new_document("陈庄镇农业服务中心")
    _title(doc, "范县陈庄镇畜禽粪污资源化利用项目“回头看”督查问题整改情况", 18)
    _paragraph(
        doc,
        "2024年7月11日，县畜禽粪污资源化利用整县推进项目工作领导小组督查组对我镇项目场开展“回头看”督查，"
        "反馈问题4个。现将整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CHENZHUANG_ROWS, 1)]
    _table(doc, ["序号", "项目场", "存在问题", "整改措施", "责任人", "整改时限", "整改情况"], body)
    _paragraph(doc, "范县陈庄镇人民政府", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_manure_zip(path: Path) -> Path:
    members = [
        ("南乐县元村镇回头看督查问题整改表.xlsx", write_yuancun_book),
        ("范县陈庄镇回头看督查问题整改情况.docx", write_chenzhuang_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 农业面源污染问题排查整改清单, after a 驻市农业农村局纪检监察组's account of its supervision of 农业面源污染整治
# (对漓江支流农业面源污染进行摸底排查整治，共排查出涉及养殖粪污直排、农药薄膜等固体废弃物残留等三大类污染（风险）
# 问题27个，已整改完成27个; 对涉农药化肥等需长期整改并坚持的问题，持续推进整改; 查阅档案、实地走访、随机抽查):
# https://www.qlgl.gov.cn/show-239-70034-1-13.html
# An .xls (xlwt): title, 填报单位/监督单位/截至 line, one header row with the 监督检查方式 (not progress), the items
# grouped under three 类 rows merged across, county bureaus and two town governments as 整改责任单位, 长期坚持 rows, a
# 合计 row, a 注 line and a signature line.
SOURCE_GROUPS = [
    (
        "一、养殖粪污直排类（3个）",
        [
            (
                "濮阳县",
                "渠村乡三合村引黄渠",
                "2家养殖场粪污直排入引黄灌渠",
                "濮阳县农业农村局",
                "依法查处，督促建设粪污收集设施",
                "2024年7月15日",
                "已完成整改，经现场复核无直排",
                "实地走访",
            ),
            (
                "范县",
                "王楼镇金堤河支沟",
                "散养户粪污随意倾倒入金堤河支沟",
                "范县王楼镇人民政府",
                "清理沟渠，建立巡查制度",
                "8月底前",
                "沟渠已清理，巡查制度正在建立",
                "随机抽查",
            ),
            (
                "台前县",
                "打渔陈镇养殖池塘",
                "水产养殖尾水未经处理直排",
                "台前县农业农村局",
                "建设尾水处理设施",
                "2024年10月31日",
                "",
                "实地走访",
            ),
        ],
    ),
    (
        "二、农药包装、农膜等固体废弃物残留类（3个）",
        [
            (
                "清丰县",
                "古城乡农田",
                "废旧农膜残留田间，未及时回收",
                "清丰县农业农村局",
                "开展农膜回收专项行动",
                "7月20日前",
                "已回收废旧农膜3.2吨，整改完成",
                "实地走访",
            ),
            (
                "南乐县",
                "千口镇",
                "田间地头农药包装废弃物随意丢弃",
                "南乐县千口镇人民政府",
                "设置回收点，定期清运",
                "2024年7月10日",
                "已设置回收点8个，已整改",
                "随机抽查",
            ),
            (
                "华龙区",
                "岳村镇农资店",
                "农资经营店未落实农药包装废弃物回收责任",
                "华龙区农业农村局",
                "约谈农资经营者，建立回收台账",
                "9月底前",
                "未整改",
                "查阅档案",
            ),
        ],
    ),
    (
        "三、化肥农药施用类（2个）",
        [
            (
                "濮阳县",
                "全县",
                "部分种植大户化肥施用量超出推荐用量",
                "濮阳县农业农村局",
                "推广测土配方施肥",
                "长期坚持",
                "持续推广测土配方施肥，长期坚持",
                "查阅档案",
            ),
            (
                "清丰县",
                "全县",
                "化学农药减量措施落实不到位",
                "清丰县农业农村局",
                "推广病虫害绿色防控技术",
                "长期坚持",
                "已推广绿色防控面积12万亩，需长期整改并坚持",
                "查阅档案",
            ),
        ],
    ),
]


def write_source(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    group = _xf(bold=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市农业面源污染（风险）问题排查整改清单", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市农业农村局    监督单位：市纪委监委驻市农业农村局纪检监察组    截至：2024年7月30日",
            plain,
            1,
            8,
        ),
    ]
    header = [
        "序号",
        "县（区）",
        "问题点位",
        "问题描述",
        "整改责任单位",
        "整改措施",
        "整改时限",
        "整改情况",
        "监督检查方式",
    ]
    for col, word in enumerate(header):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for title, rows in SOURCE_GROUPS:
        cells.append((r, 0, title, group, r, 8))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (1, 6, 8) else c))
            r += 1
    cells.append((r, 0, "合计", ctr))
    cells.append((r, 1, "", c, r, 2))
    cells.append((r, 3, "共排查问题8个", c))
    for col in range(4, 7):
        cells.append((r, col, "", c))
    cells.append((r, 7, "已整改完成3个", c))
    cells.append((r, 8, "", c))
    cells += [
        (r + 1, 0, "注：整改时限为“长期坚持”的问题，纳入纪检监察组常态化监督。", plain, r + 1, 8),
        (r + 2, 0, "填表人：闫晓东    审核人：孔德明    联系电话：0393-4431287", plain, r + 2, 8),
    ]
    return _write_xls(path, [("排查整改清单", cells)])


# ---------------------------------------------------------------------------------------------
# 10. 远程帮扶问题交办导出, after a 环保局问题交办系统's 远程帮扶 交办信息 form with its Excel批量导入 (任务编号、轮次、
# 线索详细描述、污染源名称、乡镇（街道）、污染源地址、统一社会信用代码、经纬信息、企业基本信息及线索核实、是否存在问题、
# 是否督办、是否为典型问题、线索核实情况、现场情况), followed by the 属地's 问题交办 step (问题内容、整改情况):
# https://github.com/CorazoNZzz/-/blob/4f8260dd5e4ede8eaae0c192605a078b399c2d95/src/views/components/remote-help/RemoteHelpStep1.vue
# An .xlsx as the system exports it: one header row in the form's own labels, no title or footer; the 乡镇（街道） the
# task is pushed to is the unit; 是否督办/是否为典型问题 as 是/否 (never progress); no deadline field; progress only in
# 整改情况.
REMOTE_ROWS = [
    (
        "YCBF-2024-031",
        "第三轮",
        "群众反映柳屯镇一塑料颗粒加工厂夜间生产，塑料熔融异味扰民",
        "濮阳县鑫源塑料颗粒加工厂",
        "濮阳县柳屯镇人民政府",
        "柳屯镇东街村西200米",
        "92410928MA9F3KQ21X",
        "115.0312,35.8124",
        "个体工商户，从事废旧塑料造粒",
        "是",
        "是",
        "否",
        "线索属实",
        "现场有明显异味，造粒工序废气收集装置未运行",
        "塑料熔融异味扰民，造粒工序废气收集装置未运行，活性炭长期未更换",
        "已督促企业停产整改，企业已更换活性炭并修复收集装置，经复查废气处理设施正常运行，整改完成",
    ),
    (
        "YCBF-2024-032",
        "第三轮",
        "群众反映韩张镇一板材加工厂木材粉尘外逸，周边车辆落满粉尘",
        "南乐县恒盛木业有限公司",
        "南乐县韩张镇人民政府",
        "韩张镇工业园区纬二路",
        "91410923MA47LH6N2R",
        "115.2108,36.0233",
        "有限责任公司，从事胶合板加工",
        "是",
        "是",
        "否",
        "线索属实",
        "砂光工序无集气罩，车间门窗敞开",
        "板材加工木材粉尘无组织排放，砂光工序未配套集气除尘设施",
        "镇政府已督促企业采购布袋除尘设备，正在安装",
    ),
    (
        "YCBF-2024-033",
        "第三轮",
        "群众反映濮城镇一处油泥堆放点雨后油污外渗",
        "范县鑫达油田技术服务有限公司",
        "范县濮城镇人民政府",
        "濮城镇南关村北",
        "91410926MA40PW8C5K",
        "115.4816,35.7702",
        "有限责任公司，从事油田污泥转运",
        "是",
        "否",
        "否",
        "线索属实",
        "油泥临时堆放点地面未防渗，周边土壤有油污",
        "油泥堆放点防渗措施不到位，雨后油污外渗",
        "",
    ),
    (
        "YCBF-2024-034",
        "第三轮",
        "群众反映岳村镇一废品收购站露天焚烧废旧电线",
        "华龙区岳村镇顺利废品收购站",
        "华龙区岳村镇人民政府",
        "岳村镇205村道东侧",
        "92410902MA9GQ7T83E",
        "115.0507,35.7310",
        "个体工商户，从事废旧物资收购",
        "是",
        "是",
        "是",
        "线索属实",
        "现场有焚烧痕迹和残留电线皮",
        "废品收购站露天焚烧废旧电线提取铜料",
        "已依法取缔，焚烧残留物已清理完毕",
    ),
    (
        "YCBF-2024-035",
        "第三轮",
        "群众反映侯庙镇一羽绒加工企业污水发白发臭",
        "台前县鸿羽羽绒制品有限公司",
        "台前县侯庙镇人民政府",
        "侯庙镇羽绒产业园",
        "91410927MA3X5YB70P",
        "115.8731,36.0055",
        "有限责任公司，从事羽绒水洗加工",
        "是",
        "是",
        "否",
        "线索属实",
        "污水处理站曝气设备停运",
        "羽绒加工企业水洗废水处理设施未正常运行，曝气设备停运，污水发白发臭",
        "尚未整改",
    ),
    (
        "YCBF-2024-036",
        "第三轮",
        "群众反映仙庄镇砖瓦窑厂烟囱冒黑烟",
        "清丰县宏达新型建材厂",
        "清丰县仙庄镇人民政府",
        "仙庄镇北街村东",
        "91410922MA44U1D63M",
        "115.1402,35.9488",
        "个人独资企业，从事烧结砖生产",
        "是",
        "是",
        "否",
        "线索属实",
        "脱硫塔循环泵停运",
        "砖瓦窑厂脱硫设施停运，烟囱冒黑烟",
        "尚未整改",
    ),
    (
        "YCBF-2024-037",
        "第三轮",
        "群众反映户部寨镇一养殖场粪污流入村头坑塘",
        "濮阳县瑞丰生猪养殖场",
        "濮阳县户部寨镇人民政府",
        "户部寨镇后寨村南",
        "92410928MA9H2RC41Q",
        "115.1953,35.6007",
        "个体工商户，生猪存栏800头",
        "是",
        "否",
        "否",
        "线索属实",
        "粪污贮存池渗漏，坑塘水体发黑",
        "养殖场粪污贮存池渗漏，粪污流入村头坑塘",
        "坑塘已清理，粪污贮存池正在进行防渗改造",
    ),
]
REMOTE_HEADER = [
    "任务编号",
    "轮次",
    "线索详细描述",
    "污染源名称",
    "乡镇（街道）",
    "污染源地址",
    "统一社会信用代码",
    "经纬信息",
    "企业基本信息及线索核实",
    "是否存在问题",
    "是否督办",
    "是否为典型问题",
    "线索核实情况",
    "现场情况",
    "问题内容",
    "整改情况",
]


def write_remote(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("远程帮扶")
    plain_head = b.book.add_format({"bold": True})
    plain = b.book.add_format({})
    b.widths(ws, [16, 8, 40, 26, 22, 24, 22, 18, 26, 8, 8, 10, 12, 30, 40, 40])
    for c, word in enumerate(REMOTE_HEADER):
        ws.write_string(0, c, word, plain_head)
    for r, row in enumerate(REMOTE_ROWS, 1):
        for c, v in enumerate(row):
            b.put(ws, r, c, v, plain)
    return b.close()


FILES = [
    ("督查通报（第9期）市级领导分包重点项目督查情况.docx", write_leader_report),
    ("2024年重点项目建设“三色”督办台账（7月）.xlsx", write_color),
    ("民生实事项目人大代表监督小组督办建议办理情况表.et", write_people),
    ("中心城区环境卫生综合整治第三督导组督导问题交办清单（7月第4周）.csv", write_street),
    ("华龙区中原路街道关于市文明办督查反馈问题立行立改情况的报告.wps", write_street_report),
    ("省级生态环境保护督察突出问题整改督导检查问题清单（畜禽养殖）.xlsx", write_farm),
    ("市农业农村局省级环保督察反馈涉农问题整改推进情况.doc", write_agri),
    ("畜禽粪污资源化利用项目回头看督查问题整改表（元村镇、陈庄镇）.zip", write_manure_zip),
    ("农业面源污染问题排查整改清单.xls", write_source),
    ("远程帮扶问题交办导出（2024年7月）.xlsx", write_remote),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

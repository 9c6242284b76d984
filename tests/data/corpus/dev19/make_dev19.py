"""Write the dev19 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip as .xlsx and .xls), .xls (xlwt), a CSV in GBK, an .et and an .ods
(LibreOffice conversions), two .docx (one with a table, one with the items as numbered paragraphs), a .wps (Word
97 via LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev19.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
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
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
# 1. 巡察反馈意见整改工作台账, after a 市国资委党委's account of its 巡察整改 (整改方案 with 责任领导、责任人、责任科室、
# 完成时限; an 整改工作台账 updated every week, 对账销号, 专人负责):
# http://qzcdi.gov.cn/content/2023-04/13/content_7193008.htm
# An .xlsx: the unit named only in the title (its 党组), an update line, a two-row merged header (责任落实 over
# 责任领导/责任科室/责任人, 整改进展 over 进展情况/是否销号), section rows, one 完成时限 holding a schedule, a 注 and
# signature line. Every row names a 科室 of the sending unit.
PATROL_SECTIONS = [
    (
        "一、贯彻落实党中央决策部署和上级工作要求方面",
        [
            (
                "落实过紧日子要求不够到位",
                "部分预算单位公用经费压减不到位，会议费、培训费超预算列支",
                "修订公用经费管理办法，清理超预算列支事项",
                "王振华",
                "预算科",
                "李倩",
                "2024年6月30日前",
                "已完成。已修订《市级部门预算公用经费管理办法》，超预算列支经费已全部清理。",
                "是",
            ),
            (
                "政府采购监管存在薄弱环节",
                "部分采购项目未按规定公开采购意向，履约验收流于形式",
                "开展政府采购专项检查，规范履约验收",
                "刘建平",
                "政府采购监督管理科",
                "赵磊",
                "2024年7月底前完成自查，9月底前完成专项检查",
                "正在推进。已完成2023年度采购项目自查，专项检查正在开展。",
                "否",
            ),
            (
                "政府债务风险化解进度偏慢",
                "隐性债务化解计划执行滞后，个别年度任务未按期完成",
                "分年度细化化债方案，按月调度",
                "王振华",
                "债务管理科",
                "孙晓燕",
                "2024年12月底前",
                "基本完成。已化解隐性债务4.6亿元，剩余部分按计划推进。",
                "否",
            ),
        ],
    ),
    (
        "二、落实全面从严治党责任方面",
        [
            (
                "机关党建与业务工作融合不够",
                "党支部主题党日活动形式单一，与财政业务结合不紧",
                "制定党建业务融合清单，按季度开展主题党日",
                "陈国庆",
                "机关党委",
                "周敏",
                "长期坚持",
                "长期坚持。已制定党建业务融合清单，按季度开展。",
                "否",
            ),
            (
                "公务卡强制结算目录执行不严",
                "个别科室仍以现金方式报销差旅费",
                "全面清理现金报销，纳入公务卡结算",
                "刘建平",
                "国库科",
                "马丽",
                "2024年7月15日前",
                "已整改到位，现金报销已全部纳入公务卡结算。",
                "是",
            ),
        ],
    ),
    (
        "三、干部队伍建设和资产管理方面",
        [
            (
                "干部教育培训针对性不强",
                "年轻干部财政业务能力培训课时不足",
                "制定年轻干部培训计划，开设业务讲堂",
                "陈国庆",
                "人事教育科",
                "吴琳",
                "2024年12月31日前",
                "",
                "",
            ),
            (
                "个人有关事项报告填报不准确",
                "抽查发现3名干部漏报房产信息",
                "开展批评教育，责令更正报告",
                "陈国庆",
                "人事教育科",
                "吴琳",
                "2024年5月31日前",
                "已完成，已对3名干部进行批评教育并责令更正。",
                "是",
            ),
            (
                "行政事业单位国有资产出租出借管理不规范",
                "部分单位房产出租未经评估、未公开招租",
                "开展房产出租出借清查，规范公开招租",
                "刘建平",
                "资产管理科",
                "郑浩",
                "2024年8月31日前",
                "未启动，待全市资产清查统一部署后开展。",
                "否",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="财政局办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 30, 26, 10, 16, 10, 22, 36, 10])
    b.line(ws, 0, "中共濮阳市财政局党组落实市委第三巡察组反馈意见整改工作台账", 9, b.title)
    b.line(ws, 1, "（每周滚动更新，本次更新截至2024年7月26日）", 9, b.right)
    for c, word in enumerate(["序号", "反馈问题", "具体表现", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "责任落实", b.head)
    b.header(ws, 3, ["责任领导", "责任科室", "责任人"], 4)
    b.merge(ws, 2, 7, 3, 7, "完成时限", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改进展", b.head)
    b.header(ws, 3, ["进展情况", "是否销号"], 8)
    r, n = 4, 0
    for heading, rows in PATROL_SECTIONS:
        b.merge(ws, r, 0, r, 9, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), 1)
            r += 1
    b.line(ws, r + 1, "注：“是否销号”栏经市委巡察办审核同意后填写“是”。", 9)
    b.line(ws, r + 2, "填表人：李倩    审核人：王振华    联系电话：0393-8663012", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改台账, after a county 审计局's “两清单、一台账” (审计查出问题清单 with 整改要求和整改时限; 整改清单;
# 计划管理督察股 keeps the 整改台账 and 对账销号 what is truly corrected):
# https://shenji.puyang.gov.cn/DistrictsWork/Info/8629
# An .xls (xlwt): title, 填报单位 line, a two-row header with ticks (√) under 已整改/正在整改/未整改, a 对账销号 column,
# dates written as text (2024.6.30), a 合计 row, a 注 line and a signature line. The 被审计单位 corrects.
AUDIT_ROWS = [
    (
        "2023年度县本级预算执行审计",
        "南乐县财政局",
        "部分专项资金未及时拨付，滞留县财政1268万元",
        "限期拨付到项目单位",
        "2024.6.30",
        "√",
        "",
        "",
        "已销号",
    ),
    (
        "县教育局2023年度预算执行审计",
        "南乐县教育局",
        "学生营养改善计划资金结余未按规定统筹使用",
        "统筹用于营养改善计划",
        "2024.8.31",
        "",
        "√",
        "",
        "",
    ),
    (
        "城关镇党委书记任期经济责任审计",
        "南乐县城关镇人民政府",
        "村级集体经济项目形成的资产未登记入账",
        "登记入账，纳入三资平台管理",
        "2024.7.15",
        "",
        "",
        "√",
        "未销号",
    ),
    (
        "县人民医院财务收支审计",
        "南乐县人民医院",
        "超标准收取住院床位费",
        "清退多收费用",
        "2024.5.31",
        "√",
        "",
        "",
        "已销号",
    ),
    (
        "老旧小区改造项目竣工决算审计",
        "南乐县住房和城乡建设局",
        "老旧小区改造项目结算多计工程款",
        "核减工程款，追回多付资金",
        "2024.9.30",
        "",
        "",
        "",
        "",
    ),
    (
        "县水利局2023年度预算执行审计",
        "南乐县水利局",
        "农村饮水安全工程维修养护经费未专款专用",
        "调整账务，归还原资金渠道",
        "2024.10.31",
        "",
        "√",
        "",
        "未销号",
    ),
    (
        "高标准农田建设项目专项审计调查",
        "南乐县农业农村局",
        "高标准农田建设项目未按期组织竣工验收",
        "组织竣工验收",
        "2024.7.20",
        "√",
        "",
        "",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年审计查出问题整改台账", t, 0, 10),
        (1, 0, "填报单位：南乐县审计局计划管理督察股    填报日期：2024年7月30日", plain, 1, 10),
    ]
    for col, word in enumerate(["序号", "审计项目", "被审计单位", "审计查出问题", "整改要求", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 6, "整改情况", h, 2, 8))
    for col, word in enumerate(["已整改", "正在整改", "未整改"], 6):
        cells.append((3, col, word, h))
    cells.append((2, 9, "对账销号", h, 3, 9))
    cells.append((2, 10, "备注", h, 3, 10))
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col >= 5 else c))
        cells.append((r, 10, "", c))
    r = 4 + len(AUDIT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "查出问题7个，已整改3个，正在整改2个，未整改1个", c, r, 10),
        (r + 1, 0, "注：整改情况在对应栏内打“√”；对账销号由计划管理督察股复核后填写。", plain, r + 1, 10),
        (r + 2, 0, "分管领导：            填表人：            联系电话：", plain, r + 2, 10),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 省生态环境保护督察组转办信访件办理情况, after a city 协调联络组's notice on the 信访件 the 省第二生态环境保护督察组
# handed over (来电举报、来信举报、微信举报; 按主要污染类型分 水、大气、固废、其他; 已全部交办到位; 办理情况在7天内反馈):
# http://996630.com/News/show/1556876.html
# A CSV in GBK: title and 批次 lines, one header row with 转办日期 and 办理时限 in days from it, short and former unit
# names, a 合计 line and the 协调联络组 at the foot.
INSPECT_ROWS = [
    (
        "2024-07-08",
        "X410900202407080003",
        "来电举报",
        "大气",
        "华龙区某家具厂喷漆车间废气未经处理直排",
        "华龙区",
        "华龙区人民政府",
        "7日内",
        "经查属实，已责令停产整改并立案查处，废气处理设施已安装到位",
        "是",
    ),
    (
        "2024-07-08",
        "X410900202407080006",
        "微信举报",
        "水",
        "马颊河支流出现黑臭水体，疑似养殖废水排入",
        "清丰县",
        "清丰县人民政府",
        "2024年9月30日前",
        "部分属实，已清理沟渠淤泥，养殖场粪污处理设施正在建设",
        "否",
    ),
    (
        "2024-07-10",
        "X410900202407100002",
        "来信举报",
        "固废",
        "工业园区内露天堆放大量危险废物包装桶",
        "濮阳县",
        "市环保局",
        "7日内",
        "已办结，督促企业将包装桶转移至有资质单位处置",
        "是",
    ),
    (
        "2024-07-12",
        "X410900202407120005",
        "来电举报",
        "噪声",
        "夜间渣土车通行噪声扰民",
        "华龙区",
        "市城管执法局",
        "7日内",
        "正在调查核实，已调取渣土车通行记录",
        "否",
    ),
    (
        "2024-07-15",
        "X410900202407150001",
        "微信举报",
        "大气",
        "开发区餐饮一条街油烟扰民",
        "开发区",
        "濮阳经济技术开发区管理委员会",
        "2024年8月15日前",
        "",
        "",
    ),
    (
        "2024-07-15",
        "X410900202407150004",
        "来电举报",
        "其他",
        "村内坑塘垃圾长期无人清理",
        "南乐县",
        "南乐县人民政府",
        "7日内",
        "尚未处理",
        "否",
    ),
    (
        "2024-07-19",
        "X410900202407190002",
        "来信举报",
        "水",
        "水厂取水口附近有人违规垂钓、游泳",
        "市区",
        "市水务局",
        "7日内",
        "已办结，设置警示牌并安排专人巡查",
        "是",
    ),
]


def write_inspect(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["省第二生态环境保护督察组转办信访件办理情况汇总表（第十二批）"])
    w.writerow(["转办时间：2024年7月8日至7月19日    统计截至：2024年7月31日"])
    w.writerow(
        [
            "序号",
            "转办日期",
            "受理编号",
            "举报方式",
            "污染类型",
            "举报内容",
            "所属区域",
            "责任单位",
            "办理时限",
            "办理情况",
            "是否办结",
        ]
    )
    for i, row in enumerate(INSPECT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "本批转办信访件7件，已办结3件", "", "", "", "", ""])
    w.writerow(["濮阳市配合省生态环境保护督察协调联络组    2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 经营主体反映问题响应处置工单, after a district's reading of its 经营主体反映问题响应处置机制 (12345热线 problems checked
# within 1个工作日 and made a 工单 at the “工作站”; 科学分办、解决处置、跟踪督办、反馈评价):
# http://www.gggn.gov.cn/ztzl/yhyshj/wjjd/t17803956.shtml
# An .et (LibreOffice's Excel 97 under the WPS name): title, an export line, one header row with 受理时间 (a date and
# time), 办理时限 in working days from it, 办结时间, 工单状态 and 满意度评价, a 说明 line.
BIZ_ROWS = [
    (
        "GZ2024070301",
        "12345热线",
        datetime(2024, 7, 3, 9, 12),
        "濮阳市鑫达化工有限公司",
        "获得电力",
        "企业申请增容用电报装，供电部门迟迟未予答复",
        "供电公司",
        "5个工作日",
        date(2024, 7, 9),
        "已办结",
        "满意",
    ),
    (
        "GZ2024070502",
        "入企走访",
        datetime(2024, 7, 5, 15, 40),
        "濮阳绿源食品有限公司",
        "政策兑现",
        "2023年度技改奖补资金尚未兑现",
        "市工信局",
        "15个工作日",
        None,
        "办理中",
        "",
    ),
    (
        "GZ2024070903",
        "12345热线",
        datetime(2024, 7, 9, 10, 5),
        "濮阳宏图建材有限公司",
        "涉企检查",
        "同一月内被多个部门重复入企检查",
        "市市场监管局",
        "5个工作日",
        date(2024, 7, 16),
        "已办结",
        "基本满意",
    ),
    (
        "GZ2024071104",
        "12345热线",
        datetime(2024, 7, 11, 16, 22),
        "濮阳市安康医疗器械有限公司",
        "审批服务",
        "第二类医疗器械经营备案办理时间过长",
        "市政务服务中心",
        "5个工作日",
        None,
        "逾期未办",
        "",
    ),
    (
        "GZ2024071505",
        "营商环境监督员",
        datetime(2024, 7, 15, 8, 50),
        "濮阳天成物流有限公司",
        "要素保障",
        "园区道路破损，货车通行困难",
        "濮阳经济技术开发区管理委员会",
        "15个工作日",
        None,
        "处理中",
        "",
    ),
    (
        "GZ2024072206",
        "12345热线",
        datetime(2024, 7, 22, 11, 30),
        "濮阳市恒信纺织有限公司",
        "融资服务",
        "申请创业担保贷款被要求提供额外抵押",
        "市人社局",
        "10个工作日",
        None,
        "",
        "",
    ),
    (
        "GZ2024072507",
        "12345热线",
        datetime(2024, 7, 25, 14, 16),
        "濮阳市德润商贸有限公司",
        "获得用气",
        "新建厂房燃气开户报装需重复提交材料",
        "燃气公司",
        "5个工作日",
        date(2024, 7, 30),
        "已办结",
        "满意",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商环境工作站")
    ws = b.sheet("工单台账")
    b.widths(ws, [6, 14, 14, 18, 26, 12, 36, 20, 12, 12, 10, 10])
    b.line(ws, 0, "经营主体反映问题响应处置工单台账（2024年7月）", 11, b.title)
    b.line(ws, 1, "导出时间：2024-07-31 17:30    导出人：区经营主体反映问题响应处置工作站", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "来源渠道",
            "受理时间",
            "经营主体名称",
            "问题类型",
            "反映问题",
            "分办单位",
            "办理时限",
            "办结时间",
            "工单状态",
            "满意度评价",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 3 + len(BIZ_ROWS)
    b.line(ws, end + 1, "说明：办理时限自工单受理之日起按工作日计算；工单状态以系统导出时为准。", 11)
    return b.close()


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_book, path, "xls", "经营主体反映问题工单台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 营商环境专项巡察反映企业问题整改回访情况, after a county's account of its 营商环境监督投诉办公室 (对市委营商环境专项巡察
# 反映的企业问题进行回访, 印发整改工作提示, 督促有关部门按时完成整改, 对办理情况开展验收评价):
# https://siseiken.net/News/show/1415696.html
# A .docx report: title, addressee, preamble, three 方面 headings, each problem a numbered paragraph holding its
# 责任单位, 整改时限 and 回访情况 (one without any), the office and date at the foot.
REVISIT_PARAS = [
    (
        "一、政务服务方面",
        [
            "1. 濮阳市华锐机械有限公司反映：企业办理不动产抵押登记需往返多个窗口。责任单位：不动产登记中心。"
            "整改时限：2024年6月30日。回访情况：已完成整改，实现抵押登记一窗受理，经验收合格。",
            "2. 濮阳市宏业建设有限公司反映：工程建设项目施工许可审批环节多、时间长。责任单位：市住建局。"
            "整改时限：9月底前。回访情况：正在整改，已压减审批环节2个，联合审图系统正在调试。",
            "3. 多家企业反映：税费优惠政策推送不精准，企业不知晓可享受的政策。责任单位：市税务局。"
            "整改时限：2024年7月31日。回访情况：已整改，上线政策精准推送功能，经验收合格。",
        ],
    ),
    (
        "二、要素保障方面",
        [
            "4. 濮阳市清源食品有限公司反映：园区企业用水报装费用偏高。责任单位：市自来水公司。"
            "整改时限：2024年7月20日。回访情况：未整改，报装收费标准尚未调整。",
            "5. 濮阳市德盛纺织有限公司反映：企业招工难，缺少技能人才对接渠道。责任单位：市人社局。"
            "整改时限：2024年8月31日。",
        ],
    ),
    (
        "三、涉企执法和政府履约方面",
        [
            "6. 濮阳市恒泰建筑安装有限公司反映：政府投资项目拖欠民营企业工程款。责任单位：市财政局。"
            "整改时限：年底前。回访情况：部分完成，已支付欠款1350万元，剩余款项列入年度预算分期支付。",
            "7. 多家个体工商户反映：城市管理执法中对轻微违法行为一律罚款。责任单位：市城管局。"
            "整改时限：长期坚持。回访情况：常态化推进，已推行首违不罚清单。",
        ],
    ),
]


def write_revisit(path: Path) -> Path:
    doc = _new_document("营商环境监督投诉办公室")
    _title(doc, "关于营商环境专项巡察反映企业问题整改回访情况的报告")
    _paragraph(doc, "市优化营商环境工作领导小组：")
    _paragraph(
        doc,
        "根据市委营商环境专项巡察反馈意见，市营商环境监督投诉办公室于2024年7月对专项巡察反映的企业问题逐一进行了"
        "回访，印发整改工作提示6份，督促有关部门按时完成整改，并对办理情况开展验收评价。现将重点问题整改及回访情况"
        "报告如下：",
    )
    for heading, paras in REVISIT_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市营商环境监督投诉办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 领导干部接访工作台帐, after a 局's 领导干部接访制度 (定点接访、重点约访、带案下访; 批示和交办; 接访台帐: 来访人姓名、
# 单位和住址、反映的主要问题以及问题发生地、产生原因、接待处理意见、责任单位、办理结果; 适时开展督办):
# https://m.777doc.com/doc-1283016.html
# An .ods (LibreOffice conversion): title, 接访单位 line, one header row with the 来访人 beside the 责任单位, 接访日期 an
# event, 办理时限 as text dates (2024.7.20, 7月底前), former unit names, a 注 and signature line.
VISIT_ROWS = [
    (
        date(2024, 7, 2),
        "刘明",
        "王秀兰",
        "华龙区胜利路街道建设社区",
        "小区开发商逾期未办理房产证",
        "华龙区",
        "开发商欠缴土地出让金",
        "责成相关部门调查处理，限期答复",
        "市国土资源局",
        "2024年9月30日前",
        "正在协调开发商补缴土地出让金，已办理首批120户不动产权证",
    ),
    (
        date(2024, 7, 2),
        "刘明",
        "李红军",
        "濮阳县文留镇后寨村",
        "在建筑工地务工被拖欠工资4.2万元",
        "濮阳县",
        "施工企业资金链断裂",
        "当场交办，督促企业支付",
        "市劳动局",
        "2024.7.20",
        "已督促企业全额支付，信访人息诉罢访",
    ),
    (
        date(2024, 7, 9),
        "张卫华",
        "赵明",
        "清丰县韩村镇西街村",
        "村集体土地承包费分配不公开",
        "清丰县韩村镇",
        "村务公开不到位",
        "交属地调查处理",
        "清丰县韩村镇人民政府",
        "7月底前",
        "",
    ),
    (
        date(2024, 7, 9),
        "张卫华",
        "孙丽",
        "华龙区中原路街道",
        "孩子入学划片与实际居住地不符",
        "华龙区",
        "学区划片调整",
        "责成教育部门核实",
        "市教育局",
        "2024年8月15日前",
        "已办结，已按政策安排就近入学，信访人表示满意",
    ),
    (
        date(2024, 7, 16),
        "王建国",
        "周建华",
        "南乐县城关镇仓颉社区",
        "异地住院医疗费用报销被拒",
        "南乐县",
        "异地就医备案手续不全",
        "责成医保部门复核",
        "市医保局",
        "2024年7月31日",
        "尚未开展复核",
    ),
    (
        date(2024, 7, 16),
        "王建国",
        "吴桂芝",
        "范县濮城镇濮东村",
        "与邻居宅基地界址纠纷",
        "范县濮城镇",
        "宅基地界址不清",
        "交属地调解处理",
        "范县濮城镇人民政府",
        "2024年8月31日",
        "正在调解，已组织双方现场勘界",
    ),
    (
        date(2024, 7, 23),
        "刘明",
        "郑国强",
        "华龙区人民路",
        "临街商铺音响噪音扰民",
        "华龙区",
        "商户招揽顾客外放音响",
        "责成相关部门依法处理",
        "市环保局",
        "2024年8月6日",
        "已办结，商户已拆除外放音响",
    ),
]


def write_visit_book(path: Path) -> Path:
    b = Book(path, author="市信访局")
    ws = b.sheet("接访台帐")
    b.widths(ws, [6, 12, 10, 10, 24, 30, 14, 20, 24, 20, 16, 36])
    b.line(ws, 0, "领导干部接访工作台帐（2024年7月）", 11, b.title)
    b.line(ws, 1, "接访单位：濮阳市信访局    接访形式：定点接访、重点约访、带案下访", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "接访日期",
            "接访领导",
            "来访人姓名",
            "单位和住址",
            "反映的主要问题",
            "问题发生地",
            "产生原因",
            "接待处理意见",
            "责任单位",
            "办理时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 3 + len(VISIT_ROWS)
    b.line(ws, end + 1, "注：办理结果由责任单位在办理时限内书面报送，市信访局跟踪督办。", 11)
    b.line(ws, end + 2, "登记人：韩雪    督办人：杨帆    2024年7月31日", 11)
    return b.close()


def write_visit(path: Path) -> Path:
    via_soffice(write_visit_book, path, "ods", "领导干部接访工作台帐.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 局领导信访接待日来访事项办理情况, after a city 人社局's 局领导信访接待日制度 (每周二上午; 局信访科 登记来访群众反映的问题、
# 处理意见和结果; 相关业务科室 派人协助; 能当场处理的当场答复, 不能的书面责成有关科室在规定时间内提出处理意见; 督办):
# http://rsj.huangshi.gov.cn/xxgk/fdzdgknr/ggxsyjs2022/shbz2022/202210/t20221013_948708.html
# A .wps (Word 97 via LibreOffice): the unit named only in the title by its short name, a 填报 line, one table whose
# rows name the 承办科室 of the sending unit, the 信访科 and date at the foot.
RECEPTION_ROWS = [
    (
        "7月2日",
        "刘志强",
        "陈某某",
        "企业退休人员养老金待遇核定有误，少计视同缴费年限",
        "养老保险科",
        "2024年7月16日前",
        "已重新核定并补发差额，书面答复来访人",
    ),
    (
        "7月2日",
        "刘志强",
        "黄某某",
        "灵活就业人员社保断缴后无法补缴",
        "社会保险经办科",
        "2024.7.9",
        "已当面解释补缴政策，来访人无异议，已办结",
    ),
    (
        "7月9日",
        "宋丽萍",
        "何某某",
        "工伤认定申请超过法定时限未作出结论",
        "工伤保险科",
        "2024年7月31日前",
        "正在调查核实，已调取用人单位考勤记录",
    ),
    (
        "7月16日",
        "宋丽萍",
        "罗某某",
        "职称评审材料被退回未说明理由",
        "专业技术人员管理科",
        "2024年7月30日",
        "",
    ),
    (
        "7月23日",
        "杜建军",
        "梁某某",
        "劳务派遣公司克扣加班费",
        "劳动保障监察科",
        "2024年8月6日",
        "未处理",
    ),
    (
        "7月23日",
        "杜建军",
        "谢某某",
        "职业技能提升补贴申领审核进度慢",
        "职业能力建设科",
        "2024年8月20日",
        "已受理，正在审核",
    ),
]


def write_reception_docx(path: Path) -> Path:
    doc = _new_document("局信访科")
    _title(doc, "市人社局局领导信访接待日来访事项办理情况表")
    _paragraph(doc, "（2024年7月，每周二上午）    填报：局信访科    填报日期：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(RECEPTION_ROWS, 1)]
    _table(
        doc, ["序号", "接待日期", "接待领导", "来访人", "反映问题", "承办科室", "办理期限", "处理结果"], body
    )
    _paragraph(doc, "局信访科    联系电话：0393-4412345", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_reception(path: Path) -> Path:
    return via_soffice(write_reception_docx, path, "doc", "局领导信访接待日来访事项办理情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 政协提案办理情况一览表, after a 政协's guide to its 提案办理系统 (提案内容、领衔和联名委员、交办时间、牵头领导、督办部门、
# 主办和协办部门、是否重点提案; 答复 with 落实情况分类 A、B、C; 委员评价):
# https://gyct.com.cn/info/1680/43231.htm
# A .docx with one table: the 领衔委员 and 联名委员 beside the 主办单位 and 协办单位, 交办时间 an event, 办复时限 mostly
# “3个月内” from the row's 交办时间, former unit names, a 注 and the office at the foot.
PROPOSAL_ROWS = [
    (
        "第0012号",
        "关于加快城区老旧小区加装电梯的提案",
        "张卫东",
        "李敏、王磊",
        "市住建局",
        "市自然资源和规划局",
        "否",
        "2024年3月28日",
        "3个月内",
        "已答复",
        "A",
        "满意",
    ),
    (
        "第0035号",
        "关于完善农村养老服务设施的提案",
        "刘芳",
        "",
        "市民政局",
        "市财政局",
        "是",
        "2024年3月28日",
        "2024年9月30日前",
        "正在办理，已完成全市农村幸福院摸底",
        "",
        "",
    ),
    (
        "第0047号",
        "关于规范校外培训机构收费的提案",
        "陈立新",
        "赵静",
        "市教育局",
        "市市场监管局",
        "否",
        "2024年3月28日",
        "3个月内",
        "已答复",
        "A",
        "基本满意",
    ),
    (
        "第0058号",
        "关于加强黄河滩区生态保护的提案",
        "孙建伟",
        "",
        "市环保局",
        "市水务局",
        "否",
        "2024年3月28日",
        "3个月内",
        "逾期未答复",
        "",
        "",
    ),
    (
        "第0063号",
        "关于发展县域冷链物流的提案",
        "周晓燕",
        "吴刚、郑丽",
        "市商务局",
        "市交通运输局、市农业农村局",
        "否",
        "2024年3月28日",
        "3个月内",
        "",
        "",
        "",
    ),
    (
        "第0071号",
        "关于加强非物质文化遗产保护传承的提案",
        "高红梅",
        "",
        "市文广新局",
        "",
        "否",
        "2024年3月28日",
        "3个月内",
        "已答复",
        "A",
        "满意",
    ),
    (
        "平时第005号",
        "关于增设城区公共停车泊位的提案",
        "马俊",
        "田野",
        "市交警支队",
        "市城管局",
        "否",
        "2024年5月10日",
        "3个月内",
        "正在办理",
        "",
        "",
    ),
]


def write_proposal(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "市政协十届三次会议及平时提案办理情况一览表")
    _paragraph(doc, "（截至2024年7月31日）", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc,
        [
            "提案号",
            "案由",
            "领衔委员",
            "联名委员",
            "主办单位",
            "协办单位",
            "是否重点提案",
            "交办时间",
            "办复时限",
            "办理情况",
            "落实情况分类",
            "委员评价",
        ],
        [list(row) for row in PROPOSAL_ROWS],
        9,
    )
    _paragraph(doc, "注：办复时限自交办之日起计算；落实情况分类A为所提问题已经解决或基本解决。", 12)
    _paragraph(doc, "市人民政府督查室    2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 审计发现问题清单及整改情况, after a college's 审计整改工作实施细则 (整改类型: 立行立改类 审计报告送达之日起60日内,
# 分阶段整改类 60日至1年, 持续整改类 1年至5年; 被审计单位 receives the 审计整改通知书 and the 审计发现问题清单（附件1）):
# https://jjsj.zjtie.edu.cn/2025/0410/c1312a79794/page.htm
# An .xlsx: 附件1 and title lines, 被审计单位 and 送达日期 lines (the base for “60日内”), one header row naming the
# college's own 责任部门, an 整改结果认定 column, a 注 and a signature line.
COLLEGE_AUDIT_ROWS = [
    (
        "财务管理",
        "部分往来款项挂账超过三年未清理",
        "全面清理往来款项",
        "立行立改类",
        "审计报告送达之日起60日内",
        "财务处",
        "已清理往来款项37笔，挂账余额已全部核销。",
        "已整改",
    ),
    (
        "资产管理",
        "固定资产账实不符，盘亏设备未及时报损",
        "开展资产清查，规范报损程序",
        "分阶段整改类",
        "2024年12月31日前",
        "国有资产管理处",
        "正在开展全校资产清查，已完成8个二级学院盘点。",
        "",
    ),
    (
        "科研经费",
        "横向科研项目结余经费未按合同约定使用",
        "按合同约定清理结余经费",
        "分阶段整改类",
        "2024年10月31日前",
        "科研处",
        "未整改。",
        "",
    ),
    (
        "采购管理",
        "部分货物采购化整为零规避公开招标",
        "修订采购管理办法，严肃追责",
        "立行立改类",
        "审计报告送达之日起60日内",
        "后勤管理处",
        "已修订采购管理办法，对相关人员进行约谈。",
        "已整改",
    ),
    (
        "工程管理",
        "实训楼改造工程未办理竣工结算即支付全部工程款",
        "办理竣工结算，多付款项予以追回",
        "分阶段整改类",
        "2025年3月底前",
        "基建处",
        "",
        "",
    ),
    (
        "人事管理",
        "校内绩效工资分配办法未按规定程序报批",
        "完善绩效分配办法并履行报批程序",
        "持续整改类",
        "长期坚持",
        "人事处",
        "长期坚持，按年度复核分配办法。",
        "",
    ),
    (
        "财务管理",
        "公务接待费报销附件不全",
        "补齐接待审批单和接待清单",
        "立行立改类",
        "审计报告送达之日起60日内",
        "财务处",
        "已补充接待审批单和接待清单。",
        "审计处复核通过",
    ),
]


def write_college_audit(path: Path) -> Path:
    b = Book(path, author="审计处")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 34, 26, 14, 24, 16, 34, 16])
    b.line(ws, 0, "附件1", 8)
    b.line(ws, 1, "审计发现问题清单及整改情况", 8, b.title)
    b.line(ws, 2, "被审计单位：濮阳医学高等专科学校    审计项目：2023年度财务收支审计", 8)
    b.line(ws, 3, "审计报告送达日期：2024年5月20日    整改情况填报日期：2024年7月25日", 8)
    b.header(
        ws,
        4,
        [
            "序号",
            "问题类别",
            "审计发现问题",
            "审计意见或建议",
            "整改类型",
            "整改时限",
            "责任部门",
            "整改措施及完成情况",
            "整改结果认定",
        ],
    )
    for i, row in enumerate(COLLEGE_AUDIT_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), 1)
    end = 5 + len(COLLEGE_AUDIT_ROWS)
    b.line(
        ws,
        end + 1,
        "注：整改类型分为立行立改类、分阶段整改类、持续整改类；立行立改类问题整改时限为审计报告送达之日起60日内"
        "（含60日）；整改结果认定由审计处填写。",
        8,
    )
    b.line(ws, end + 2, "被审计单位负责人（签字）：            填报人：            联系电话：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. “双高”建设专项巡察反馈问题整改台账, after a college's 专项巡察意见反馈会 (巡察组 fed back to 人事处、信息中心、
# 产学合作办公室; 逐条逐项认真整改; 有的问题要立行立改):
# https://www.bgy.edu.cn/xxxw/dde88dbf7b2b4d8fa7a99d66a0f5257d.htm
# An .xlsx: title, 填报单位（盖章） line naming the college, a two-row header with ticks (√) under 是/否 of 是否完成整改,
# the 被巡察部门 of the college on each row, a 备注 holding progress, a 合计 row and an 审核 line.
DOUBLE_ROWS = [
    (
        "人事处",
        "高层次人才引进计划完成率偏低",
        "拓宽引才渠道，实行专项引才",
        "2024年12月底前",
        "",
        "√",
        "已发布引才公告，正在组织考核",
    ),
    (
        "人事处",
        "“双师型”教师认定标准执行不严",
        "修订认定办法，重新复核认定",
        "2024.6.30",
        "√",
        "",
        "",
    ),
    (
        "信息中心",
        "智慧校园平台数据标准不统一，各业务系统数据未互通",
        "制定数据标准，建设数据中台",
        "2024年10月31日",
        "",
        "√",
        "",
    ),
    (
        "信息中心",
        "网络安全等级保护测评未按期开展",
        "立即委托开展等保测评",
        "7月10日前",
        "√",
        "",
        "已完成测评并取得测评报告",
    ),
    (
        "产学合作办公室",
        "校企合作协议履约跟踪不到位，部分协议未实质运行",
        "清理失效协议，建立履约跟踪机制",
        "2024年9月30日",
        "",
        "√",
        "已清理失效协议12份，正在修订校企合作管理办法",
    ),
    (
        "产学合作办公室",
        "产业学院建设经费使用进度滞后",
        "制定经费使用计划，按月调度",
        "2024年8月31日",
        "",
        "",
        "",
    ),
]


def write_double(path: Path) -> Path:
    b = Book(path, author="党委巡察办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 36, 30, 16, 8, 8, 34])
    b.line(ws, 0, "第二轮“双高”建设专项巡察反馈问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳职业技术学院    填报日期：2024年7月26日", 7)
    for c, word in enumerate(["序号", "被巡察部门", "反馈问题", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], 5)
    b.merge(ws, 2, 7, 3, 7, "备注", b.head)
    for i, row in enumerate(DOUBLE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:4]), 1)
        b.row(ws, 3 + i, list(row[4:6]), 5, b.center)
        b.put(ws, 3 + i, 7, row[6])
    end = 4 + len(DOUBLE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 7, "反馈问题6项，已完成整改2项", b.cell)
    b.line(ws, end + 2, "党委巡察办审核意见：                    审核人：", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 子公司巡察整改工作台账 from two companies, after a city 发展集团党委's 巡察整改进展情况的通报 (整改方案及“三张清单”;
# 责任领导、责任部门、整改时限; 集团12个部门、10个子公司组成工作专班; 集中整改期每两周更新整改工作台账):
# https://www.cdacdg.com/culture-detail/41.html
# A .zip of two returns (an .xlsx and an Excel 97 .xls), each with its company in the title and 填报单位 line, one
# header row naming the company's own 责任部门, a 完成状态 column and a signature line.
GROUP_RETURNS = [
    (
        "濮阳市城投置业有限公司",
        "城投置业公司",
        [
            (
                "党的建设",
                "党支部“三会一课”记录不规范",
                "规范会议记录，开展专项检查",
                "李志刚",
                "党群工作部",
                "2024年6月30日",
                "已完成",
                "已完成",
            ),
            (
                "经营管理",
                "部分商铺租金长期欠缴未催收",
                "逐户催缴，必要时诉讼追缴",
                "王海涛",
                "资产运营部",
                "2024年9月30日",
                "已发催缴函28份，收回欠缴租金86万元",
                "推进中",
            ),
            (
                "工程管理",
                "在建项目设计变更签证审批不规范",
                "修订变更签证管理办法",
                "王海涛",
                "工程管理部",
                "2024年8月31日",
                "",
                "",
            ),
            (
                "财务管理",
                "大额资金支付未经集体决策",
                "修订“三重一大”决策事项清单",
                "李志刚",
                "财务部",
                "2024年5月31日",
                "已修订“三重一大”决策事项清单并执行",
                "已完成",
            ),
        ],
    ),
    (
        "濮阳市城建工程检测有限公司",
        "城建检测公司",
        [
            (
                "质量管理",
                "检测报告审核签发流程不闭环",
                "建立报告三级审核制度",
                "赵国强",
                "技术质量部",
                "2024年7月31日",
                "未启动",
                "未完成",
            ),
            (
                "设备管理",
                "检测设备检定校准超期",
                "超期设备立即送检，建立预警台账",
                "赵国强",
                "设备管理部",
                "2024年7月15日",
                "已完成超期设备送检，建立检定到期预警台账",
                "已完成",
            ),
            (
                "人员管理",
                "劳务外包人员管理不规范",
                "修订外包人员管理办法",
                "钱丽娟",
                "综合办公室",
                "2024年10月31日",
                "正在修订外包人员管理办法",
                "推进中",
            ),
            (
                "廉洁建设",
                "廉洁风险防控制度落实不到位",
                "开展廉洁风险排查，完善防控措施",
                "钱丽娟",
                "纪检监察室",
                "长期坚持",
                "常态化推进",
                "长期坚持",
            ),
        ],
    ),
]
GROUP_HEADER = [
    "序号",
    "问题类别",
    "问题描述",
    "整改措施",
    "责任领导",
    "责任部门",
    "整改时限",
    "整改进展",
    "完成状态",
]


def write_group_xlsx(path: Path, company: str, short: str, rows: list[tuple]) -> Path:
    b = Book(path, author=short)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 32, 28, 10, 14, 16, 34, 10])
    b.line(ws, 0, f"{short}落实集团党委巡察反馈意见整改工作台账", 8, b.title)
    b.line(ws, 1, f"填报单位：{company}    更新日期：2024年7月26日（集中整改期每两周更新）", 8)
    b.header(ws, 2, GROUP_HEADER)
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(rows), "负责人：            填表人：            联系电话：", 8)
    return b.close()


def write_group_xls(path: Path, company: str, short: str, rows: list[tuple]) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, f"{short}落实集团党委巡察反馈意见整改工作台账", t, 0, 8),
        (1, 0, f"填报单位：{company}    更新日期：2024年7月26日（集中整改期每两周更新）", plain, 1, 8),
    ]
    cells += [(2, col, word, h) for col, word in enumerate(GROUP_HEADER)]
    for i, row in enumerate(rows, 1):
        cells.append((2 + i, 0, i, ctr))
        cells += [(2 + i, col, v, c) for col, v in enumerate(row, 1)]
    cells.append(
        (4 + len(rows), 0, "负责人：            填表人：            联系电话：", plain, 4 + len(rows), 8)
    )
    return _write_xls(path, [("整改台账", cells)])


def write_group(path: Path) -> Path:
    writers = [write_group_xlsx, write_group_xls]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for (company, short, rows), writer in zip(GROUP_RETURNS, writers, strict=True):
            suffix = "xlsx" if writer is write_group_xlsx else "xls"
            name = f"{company}巡察整改工作台账.{suffix}"
            member = writer(Path(tmp) / name, company, short, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市财政局党组落实市委第三巡察组反馈意见整改工作台账.xlsx", write_patrol),
    ("2024年审计查出问题整改台账（南乐县）.xls", write_audit),
    ("省第二生态环境保护督察组转办信访件办理情况（第十二批）.csv", write_inspect),
    ("经营主体反映问题响应处置工单台账（2024年7月）.et", write_biz),
    ("关于营商环境专项巡察反映企业问题整改回访情况的报告.docx", write_revisit),
    ("领导干部接访工作台帐（2024年7月）.ods", write_visit),
    ("局领导信访接待日来访事项办理情况表.wps", write_reception),
    ("市政协提案办理情况一览表.docx", write_proposal),
    ("审计发现问题清单及整改情况（濮阳医学高等专科学校）.xlsx", write_college_audit),
    ("第二轮双高建设专项巡察反馈问题整改台账.xlsx", write_double),
    ("集团子公司巡察整改工作台账（两家子公司）.zip", write_group),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

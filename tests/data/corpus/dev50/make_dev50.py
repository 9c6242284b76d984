"""Write the dev50 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), a CSV in GBK, an .ods and an .et (LibreOffice
conversions), a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via
LibreOffice) with a table and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev50.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 30, 0)
ZIP_TIME = (2024, 7, 31, 17, 30, 0)
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

    def header2(self, ws, r: int, spec: list[tuple[str, list[str]]]) -> int:
        """A two-row header: (word, []) spans both rows, (group, [sub, …]) spans its subs. Returns the width."""
        c = 0
        for word, subs in spec:
            if not subs:
                ws.merge_range(r, c, r + 1, c, word, self.head)
                c += 1
            else:
                self.merge(ws, r, c, r, c + len(subs) - 1, word, self.head)
                for i, sub in enumerate(subs):
                    ws.write_string(r + 1, c + i, sub, self.head)
                c += len(subs)
        return c

    def header(self, ws, r: int, words: list[str]) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, c, w, self.head)

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
    """A grid table; a row of one string is a section line merged across the table."""
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    for r, values in enumerate(rows, start=1):
        if len(values) == 1:
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            _cell_text(merged, values[0], size, bold=True)
            continue
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
# 1. 市级建设工程质量安全巡查项目清单, after a city 住建委's monthly 巡查信息公开 with its 附件 巡查项目清单 (抽查区域和
# 在建工程项目; 开具行政处置建议书/整改通知单, 局部暂缓施工, 行政处罚, 记分):
# https://m.tuituisoft.com/blog/28451.html
# An .xlsx: title, summary paragraph, 巡查单位 line, a two-row header (处置情况 over 处置文书/整改期限), the
# 整改责任单位 beside the 属地监管部门 that follows it up; deadlines as text (2024.7.12, 7月底前); a 注 and office.
SITE_ROWS = [
    (
        "华龙区",
        "龙湖名邸三期住宅项目",
        "高支模架体立杆底部未设置垫板，扫地杆缺失",
        "局部暂缓施工指令书",
        "2024.7.12",
        "河南宏远建设工程有限公司",
        "华龙区住房和城乡建设局",
        "已整改，经复查合格，同意恢复施工",
    ),
    (
        "华龙区",
        "市第三人民医院门诊综合楼",
        "外墙保温板粘结面积不足，现场抽检不合格",
        "整改通知单",
        "2024年8月15日前",
        "中建八局第一建设有限公司",
        "华龙区住房和城乡建设局",
        "正在返工，已完成东立面",
    ),
    (
        "濮阳县",
        "濮阳县第二高级中学学生公寓",
        "塔吊标准节连接螺栓松动，未按规定开展月度检查",
        "整改通知单",
        "2024.7.15",
        "濮阳县建筑安装工程有限公司",
        "濮阳县住房和城乡建设局",
        "已整改",
    ),
    (
        "清丰县",
        "清丰县城乡供水一体化加压泵站",
        "深基坑临边防护栏杆未封闭，无安全警示标志",
        "整改通知单",
        "7月底前",
        "河南中博建工集团有限公司",
        "清丰县住房和城乡建设局",
        "",
    ),
    (
        "开发区",
        "濮阳经济技术开发区标准化厂房二期",
        "钢结构焊缝未按设计要求进行探伤检测",
        "局部暂缓施工指令书、行政处罚",
        "2024年8月31日",
        "河南安泰钢结构工程有限公司",
        "濮阳经济技术开发区建设管理局",
        "未整改",
    ),
    (
        "华龙区",
        "昆吾路地下综合管廊三标段",
        "施工现场临时用电未做到一机一闸一漏保",
        "整改通知单",
        "2024.7.10",
        "濮阳市政建设集团有限公司",
        "市住建局",
        "已整改，复查合格",
    ),
    (
        "濮阳县",
        "濮阳县人民医院新院区二期",
        "预拌混凝土进场未按规定见证取样",
        "整改通知单",
        "2024年8月10日前",
        "河南天工建设集团有限公司",
        "濮阳县住房和城乡建设局",
        "整改中，已补充见证取样制度并组织培训",
    ),
]


def write_site(path: Path) -> Path:
    b = Book(path, author="质安站")
    ws = b.sheet("巡查项目清单")
    b.widths(ws, [6, 10, 26, 34, 18, 16, 26, 22, 30])
    b.line(ws, 0, "2024年7月市级建设工程质量安全巡查项目清单", 8, b.title)
    b.line(
        ws,
        1,
        "本月共抽查华龙区、濮阳县、清丰县、开发区4个区域7个在建工程项目，共开具整改通知单5份，"
        "局部暂缓施工指令书2份，对1个项目实施行政处罚。",
        8,
    )
    b.line(ws, 2, "巡查单位：濮阳市建设工程质量安全监督站    巡查时间：2024年7月8日至7月19日", 8)
    b.header2(
        ws,
        3,
        [
            ("序号", []),
            ("区域", []),
            ("项目名称", []),
            ("巡查发现主要问题", []),
            ("处置情况", ["处置文书", "整改期限"]),
            ("整改责任单位", []),
            ("属地监管部门", []),
            ("整改闭合情况", []),
        ],
    )
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(SITE_ROWS)
    b.line(ws, end, "注：整改闭合情况以属地监管部门复查意见为准。", 8)
    b.line(ws, end + 1, "濮阳市住房和城乡建设局    2024年7月30日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 养老服务机构安全隐患督查考评发现问题整改台账, after a county 民政局's 通报 of its quarterly 养老服务机构安全隐患
# 督查考评 (县民政局、县消防大队、县市场监督管理局 联合督查组; 运营管理、食品安全、消防安全; 失能失智老人房间有异味,
# 食品采购索证索票不齐全, 防蝇、挡鼠板缺失; 现场提出整改要求，责令限期整改到位):
# https://www.lingbi.gov.cn/grassroots/6628291/159255371.html
# An .xls (xlwt): title, 督查时间 and 填报单位 lines, a two-row header with 是否整改到位 over 是/否 ticked with √,
# the 督查部门 beside the 整改责任单位 (a town government for a 敬老院), a 合计 row, a 注 and signature line.
CARE_ROWS = [
    (
        "南乐县福康老年公寓",
        "失能老人居室有异味，床单被褥未及时更换",
        "运营管理",
        "县民政局",
        "南乐县福康老年公寓",
        "2024年7月10日",
        TICK,
        "",
        "已更换床品，建立每日清洁记录",
    ),
    (
        "南乐县城关镇敬老院",
        "食品采购索证索票不齐全，进货查验记录不规范",
        "食品安全",
        "县市场监督管理局",
        "南乐县城关镇人民政府",
        "2024年7月15日",
        TICK,
        "",
        "已补齐供货商资质和票证",
    ),
    (
        "南乐县颐和养老中心",
        "厨房挡鼠板缺失，防蝇设施不符合要求",
        "食品安全",
        "县市场监督管理局",
        "南乐县颐和养老中心",
        "2024年7月12日",
        "",
        TICK,
        "已采购挡鼠板，正在安装",
    ),
    (
        "南乐县千口镇敬老院",
        "消防控制室值班人员未持证上岗",
        "消防安全",
        "县消防救援大队",
        "南乐县千口镇人民政府",
        "2024年8月31日前",
        "",
        TICK,
        "",
    ),
    (
        "南乐县康乐园养老院",
        "疏散通道堆放杂物，安全出口指示标志损坏",
        "消防安全",
        "县消防救援大队",
        "南乐县康乐园养老院",
        "2024年7月5日",
        TICK,
        "",
        "已清理通道，更换指示标志",
    ),
    (
        "南乐县张果屯镇敬老院",
        "老年人能力评估未按规定开展，服务等级不清",
        "运营管理",
        "县民政局",
        "南乐县张果屯镇人民政府",
        "2024年9月30日前",
        "",
        "",
        "已委托第三方机构，评估工作正在开展",
    ),
    (
        "南乐县夕阳红托养中心",
        "电动自行车在楼道内停放充电",
        "消防安全",
        "县消防救援大队",
        "南乐县夕阳红托养中心",
        "长期坚持",
        "",
        "",
        "已设置集中充电区，常态化巡查",
    ),
]


def write_care(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "2024年第二季度全县养老服务机构安全隐患督查考评发现问题整改台账", t, 0, last),
        (
            1,
            0,
            "督查时间：2024年7月2日—4日    督查组成员单位：县民政局、县消防救援大队、县市场监督管理局",
            plain,
            1,
            last,
        ),
        (2, 0, "填报单位：南乐县民政局    填报日期：2024年7月29日", plain, 2, last),
    ]
    for col, word in enumerate(
        ["序号", "养老机构名称", "督查发现问题", "问题类别", "督查部门", "整改责任单位", "整改时限"]
    ):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 7, "是否整改到位", h, 3, 8),
        (4, 7, "是", h),
        (4, 8, "否", h),
        (3, 9, "整改情况说明", h, 4, 9),
        (3, 10, "备注", h, 4, 10),
    ]
    for i, row in enumerate(CARE_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 7, 8) else c))
        cells.append((r, 10, "", c))
    r = 5 + len(CARE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "共发现问题7个，已整改到位3个", c, r, last),
        (
            r + 1,
            0,
            "注：整改到位的在“是”栏内打“√”，未整改到位的在“否”栏内打“√”，并在整改情况说明栏内写明进展。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：孟晓燕    审核人：郭志强    联系电话：0393-7221536", plain, r + 2, last),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 农村饮水安全问题排查整改台账, after a town's account of its spring 人饮工程 排查 (包村干部、村支部书记为核心，村民小组长、
# 网格员为抓手; 水质、水量、方便程度、供水保证率; 分类建立台账，制定整改措施，明确整改时限):
# http://www.ygqjt.cn/?p=148484
# A CSV in GBK: title line, 填报单位 line, one header line with 包村干部 and 网格员 beside the 责任单位 and an
# 整改分类 (立查立改/阶段整改/持续整改); deadlines as 7月10日前, 8月底前, 2025年底前; a 合计 line and a 填表人 line.
WATER_ROWS = [
    (
        "后张村三组",
        "水量",
        "高峰期管网末梢水压不足，三组12户间歇性停水",
        "李红伟",
        "张二虎",
        "濮阳县梁庄镇人民政府",
        "阶段整改",
        "2024年10月底前",
        "已铺设加压管道600米，正在安装加压泵",
    ),
    (
        "北王庄村",
        "水质",
        "集中供水站消毒设备停用，水样余氯检测不达标",
        "王建军",
        "刘小燕",
        "濮阳县水利局",
        "立查立改",
        "7月10日前",
        "已维修消毒设备，复检合格",
    ),
    (
        "西孟楼村",
        "方便程度",
        "5户分散居住户未接通自来水，仍饮用浅层井水",
        "赵海峰",
        "孟庆山",
        "自来水公司",
        "阶段整改",
        "2024年9月30日",
        "",
    ),
    (
        "东街村",
        "工程管护",
        "村内供水主管道老化破损，跑冒滴漏严重",
        "李红伟",
        "陈凤英",
        "濮阳县梁庄镇人民政府",
        "阶段整改",
        "8月底前",
        "未启动",
    ),
    (
        "前寨村",
        "供水保证率",
        "单井供水无备用水源，停电即停水",
        "王建军",
        "韩立平",
        "濮阳县水利局",
        "持续整改",
        "2025年底前",
        "已列入2025年农村供水保障项目计划，正在编制实施方案",
    ),
    (
        "南街村",
        "工程管护",
        "村级管水员未落实，水费收缴制度未建立",
        "赵海峰",
        "杨春梅",
        "濮阳县梁庄镇人民政府",
        "立查立改",
        "7月15日前",
        "已选聘管水员1名，建立水费收缴台账，已整改到位",
    ),
    (
        "后张村一组",
        "水质",
        "蓄水池未加盖，存在污染风险",
        "李红伟",
        "张二虎",
        "濮阳县梁庄镇人民政府",
        "立查立改",
        "7月10日前",
        "已整改",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 9
    w.writerow(["濮阳县梁庄镇2024年农村饮水安全问题排查整改台账", *blank])
    w.writerow(
        ["填报单位：梁庄镇人民政府（盖章）", "", "", "", "", "", "", "填报时间：2024年7月30日", "", ""]
    )
    w.writerow(
        [
            "序号",
            "村（组）",
            "问题类别",
            "问题表现",
            "包村干部",
            "网格员",
            "责任单位",
            "整改分类",
            "整改时限",
            "整改进展",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "", "共排查问题7个：立查立改3个，阶段整改3个，持续整改1个", "", "", "", "", "", ""]
    )
    w.writerow(["填表人：王丽    审核人：赵国庆    联系电话：0393-3211086", *blank])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 中小学食堂供餐情况检查表 from two schools, after a district's 高温季中小学食堂供餐情况检查表 (学校名称（盖章）,
# 中心校（盖章）, 年月日; 序号, 督查项目, 督查情况, 是否…; 食堂引导标识线、餐厅入口1米隔离线; 备注):
# http://www.huangminedu.com.cn/doc/tag-35497.html
# A .zip of two .xlsx returns, each naming its school only in the 学校名称（盖章） line and the file name; a two-row
# header with 是否整改完成 over 是/否 ticked with √; 完成时限 as 7月15日; a signature line for the inspectors.
CANTEEN_RETURNS = [
    (
        "清丰县实验小学",
        "2024年7月12日",
        [
            (
                "食堂引导标识",
                "餐厅入口未设置一米线和就餐引导标识",
                TICK,
                "",
                "已张贴一米线和引导标识",
                "7月15日",
            ),
            (
                "食品留样",
                "留样冰箱温度记录不全，个别餐次留样不足125克",
                "",
                TICK,
                "已更换留样盒，安排专人记录",
                "7月20日",
            ),
            ("从业人员管理", "2名帮厨人员健康证过期", TICK, "", "已办理新健康证", "7月19日"),
            ("设施设备", "排烟罩油污较多，未定期清洗", "", "", "", "8月20日前"),
        ],
    ),
    (
        "南乐县第二初级中学",
        "2024年7月11日",
        [
            (
                "食材采购",
                "蔬菜供货商未提供检验检疫合格证明",
                TICK,
                "",
                "已更换供货商并签订安全协议",
                "7月15日",
            ),
            (
                "库房管理",
                "库房食品离地离墙不足10厘米，调味品与杀虫剂混放",
                TICK,
                "",
                "已购置货架，清出杀虫剂",
                "7月12日",
            ),
            ("陪餐制度", "学校负责人陪餐记录缺失", "", TICK, "", "7月31日"),
            (
                "餐具消毒",
                "餐具消毒柜损坏，以开水烫洗代替消毒",
                "",
                TICK,
                "已报修，等待厂家上门维修",
                "8月10日",
            ),
        ],
    ),
]


def write_canteen_book(path: Path, school: str, day: str, rows: list[tuple]) -> Path:
    b = Book(path, author=school)
    ws = b.sheet("检查表")
    b.widths(ws, [6, 14, 40, 6, 6, 30, 12, 12])
    b.line(ws, 0, "2024年夏季中小学食堂食品安全督查情况检查表", 7, b.title)
    b.line(ws, 1, f"学校名称（盖章）：{school}    中心校（盖章）：        {day}", 7)
    b.header2(
        ws,
        2,
        [
            ("序号", []),
            ("督查项目", []),
            ("督查发现问题", []),
            ("是否整改完成", ["是", "否"]),
            ("整改措施", []),
            ("完成时限", []),
            ("备注", []),
        ],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        item, problem, yes, no, measure, limit = row
        b.row(ws, 3 + i, [item, problem], first=1)
        b.row(ws, 3 + i, [yes, no], first=3, fmt=b.center)
        b.row(ws, 3 + i, [measure, limit, ""], first=5)
    b.line(ws, 5 + len(rows), "督查人员（签字）：                学校负责人（签字）：", 7)
    return b.close()


def write_canteen(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for school, day, rows in CANTEEN_RETURNS:
            name = f"食堂食品安全督查情况检查表（{school}）.xlsx"
            member = write_canteen_book(Path(tmp) / name, school, day, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 火灾隐患整改“回头看”复查情况登记表, after a fire brigade's account of its 回头看 (对前期监督检查中发现存在隐患的单位
# 开展回访检查; 对照监督检查记录表，对前期发现的问题进行逐一回访检查; 检查存在的隐患是否整改到位):
# https://scxwzt.newssc.org/system/20210909/001205225.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 前期检查日期 and 复查日期 (events),
# 责令改正期限 as text (2024.6.22), the 监督检查人员 beside the 隐患责任单位, a 复查人员 line.
FIRE_ROWS = [
    (
        "濮阳市华龙区金色童年幼儿园",
        date(2024, 6, 12),
        "部分灭火器压力不足，未按规定进行维护保养",
        "2024.6.22",
        date(2024, 7, 3),
        "已整改，复查合格",
        "李强、王磊",
    ),
    (
        "濮阳恒信大酒店有限公司",
        date(2024, 6, 14),
        "疏散楼梯间防火门常开且闭门器损坏",
        "2024.6.24",
        date(2024, 7, 5),
        "部分整改，已更换闭门器5个，剩余3个正在采购",
        "李强、王磊",
    ),
    (
        "濮阳市华龙区百姓家居建材市场",
        date(2024, 6, 18),
        "商铺内电气线路私拉乱接，未穿管保护",
        "2024.7.18",
        date(2024, 7, 19),
        "未整改",
        "赵鹏、刘洋",
    ),
    (
        "濮阳市华龙区新天地网吧",
        date(2024, 6, 20),
        "安全出口被锁闭，应急照明灯不亮",
        "2024.6.21",
        date(2024, 7, 8),
        "已整改",
        "赵鹏、刘洋",
    ),
    (
        "濮阳市华龙区中医院",
        date(2024, 7, 2),
        "住院部自动消防设施处于手动状态，值班人员不足",
        "2024.7.12",
        date(2024, 7, 15),
        "复查合格",
        "李强、王磊",
    ),
    (
        "濮阳市豫东商贸城有限公司",
        date(2024, 7, 9),
        "室内消火栓箱被货物遮挡，部分消火栓无水",
        "2024.7.29",
        None,
        "",
        "赵鹏、刘洋",
    ),
    (
        "濮阳市华龙区万家福超市",
        date(2024, 7, 10),
        "仓库与营业区未进行防火分隔",
        "2024.8.10",
        date(2024, 7, 25),
        "正在施工砌筑防火墙",
        "李强、王磊",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("复查登记")
    b.widths(ws, [6, 28, 14, 36, 14, 14, 30, 14])
    b.line(ws, 0, "火灾隐患整改“回头看”复查情况登记表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队华龙区大队    统计时段：2024年7月1日至7月26日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患责任单位",
            "前期检查日期",
            "检查发现火灾隐患",
            "责令改正期限",
            "复查日期",
            "复查情况",
            "监督检查人员",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FIRE_ROWS), "复查人员：李强、王磊、赵鹏、刘洋    审核：张建国    2024年7月29日", 7)
    return b.close()


def write_fire(path: Path) -> Path:
    via_soffice(write_fire_book, path, "ods", "火灾隐患整改回头看复查情况登记表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 旅游市场秩序整治交办（转办）件及投诉办理情况, after a city's 旅游市场秩序整治 account (办理各类交办（转办）件;
# 受理有效投诉，其中网络舆情、电话投诉; 办结12301投诉平台案件; 下责令整改通知书):
# https://hbweichw.com/html/news41022.html
# An .xlsx: title, office line, one header row with 来源, 交办日期, the 投诉人 and 被投诉对象 beside the 承办单位,
# 办理时限 in working days or days from the 交办日期, 办理结果 and 办结情况, a 合计 row and a 注 line.
TOUR_ROWS = [
    (
        "12301平台",
        date(2024, 7, 1),
        "游客反映旅行社未按合同约定标准安排住宿",
        "张先生",
        "濮阳市乐游国际旅行社有限公司",
        "市文化广电和旅游局",
        "10个工作日内",
        "已调解，旅行社退还差价800元，游客表示满意",
        "已办结",
    ),
    (
        "网络舆情",
        date(2024, 7, 3),
        "网民反映戚城景区周边停车场乱收费",
        "—",
        "戚城景区东侧临时停车场",
        "市场监管局",
        "5个工作日内",
        "已立案调查，责令停车场退还多收费用，正在核实退费情况",
        "办理中",
    ),
    (
        "电话投诉",
        date(2024, 7, 5),
        "游客反映景区内特产商户强迫购物",
        "李女士",
        "濮阳县黄河风情园特产店",
        "市旅游局",
        "10个工作日内",
        "经核查属实，已下达责令整改通知书，商户已整改",
        "已办结",
    ),
    (
        "上级交办",
        date(2024, 7, 10),
        "绿色庄园景区游船未按规定配备救生衣",
        "",
        "濮阳绿色庄园景区",
        "市交通运输局",
        "3日内",
        "已督促景区配齐救生衣，复查合格",
        "已办结",
    ),
    (
        "12301平台",
        date(2024, 7, 15),
        "导游在带团途中擅自增加自费项目",
        "王先生",
        "濮阳市环宇旅行社有限公司",
        "市文化广电和旅游局",
        "10个工作日内",
        "正在调查取证",
        "办理中",
    ),
    (
        "网络舆情",
        date(2024, 7, 22),
        "网民反映旅游包车超员载客",
        "—",
        "濮阳市通畅旅游客运有限公司",
        "市交通局",
        "7个工作日内",
        "",
        "",
    ),
    (
        "电话投诉",
        date(2024, 7, 25),
        "黄河岸边民宿卫生条件差，床品未按规定更换",
        "赵女士",
        "范县黄河人家民宿",
        "市卫健委",
        "5个工作日内",
        "已移交属地卫生监督所，尚未反馈",
        "未办结",
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 12, 36, 10, 28, 18, 14, 36, 10])
    b.line(ws, 0, "2024年7月旅游市场秩序整治交办（转办）件及投诉办理情况", 9, b.title)
    b.line(ws, 1, "濮阳市旅游市场秩序整治工作领导小组办公室    截至2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "来源",
            "交办日期",
            "投诉（反映）事项",
            "投诉人",
            "被投诉对象",
            "承办单位",
            "办理时限",
            "办理结果",
            "办结情况",
        ],
    )
    for i, row in enumerate(TOUR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(TOUR_ROWS)
    b.put(ws, r, 0, "合计", b.head)
    b.merge(ws, r, 1, r, 9, "受理交办件及投诉7件，办结3件，未办结4件")
    b.line(ws, r + 1, "注：办理时限自交办次日起算，工作日不含法定节假日。", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 直管水利工程监督检查发现问题整改“回头看”情况表, after a 流域机构's 回头看 of its 直管工程 (查阅整改佐证材料、实地
# 核查; 水闸、堤防、河道整治工程; 已整改完成项目资料审核，正在整改项目的整改方案、整改措施和整改进度):
# http://www.mwr.gov.cn/xw/sjzs/202410/t20241008_1721991.html
# A .docx: title, addressee and preamble, one table with section lines (一、水闸工程 …) merged across, a 整改措施及
# 时限 column holding the schedule text (8月底前…，9月底前…), a 整改进展 column, the office and date.
DYKE_SECTIONS = [
    (
        "一、水闸工程",
        [
            (
                "渠村分洪闸",
                "闸门启闭机钢丝绳锈蚀，未按规定涂抹防护油脂",
                "水利部检查",
                "濮阳第一黄河河务局",
                "7月20日前完成钢丝绳除锈保养",
                "已完成，经现场核查合格，已销号",
            ),
            (
                "张庄闸",
                "闸室沉降观测设施损坏，观测数据缺失",
                "省水利厅抽查",
                "台前黄河河务局",
                "8月底前完成观测设施修复，9月底前补测全部数据",
                "观测设施已修复，正在补测",
            ),
            (
                "南湖干渠节制闸",
                "启闭机房屋面漏雨，电气设备受潮",
                "省水利厅抽查",
                "市水务局",
                "7月15日前完成屋面防水维修",
                "未整改",
            ),
        ],
    ),
    (
        "二、堤防工程",
        [
            (
                "黄河左岸大堤濮阳段",
                "堤顶道路局部坑槽，堤肩排水沟淤堵",
                "水利部检查",
                "濮阳第一黄河河务局",
                "8月15日前完成路面修补和排水沟清淤",
                "正在施工，已完成70%",
            ),
            (
                "金堤河左堤",
                "堤身存在獾狐洞穴隐患，未及时处理",
                "水利部检查",
                "濮阳市金堤河管理处",
                "7月31日前完成洞穴开挖回填",
                "已完成开挖回填，经验收合格",
            ),
        ],
    ),
    (
        "三、河道整治工程",
        [
            (
                "青庄险工",
                "坝垛根石走失，根石台不完整",
                "省水利厅抽查",
                "范县黄河河务局",
                "6月30日前完成抛石加固",
                "已完成",
            ),
            (
                "影唐险工",
                "工程管理范围内违规种植高秆作物",
                "水利部检查",
                "台前黄河河务局",
                "长期坚持，常态化开展巡查清障",
                "常态化巡查清障",
            ),
        ],
    ),
]


def write_dyke(path: Path) -> Path:
    doc = _new_document("运管科")
    _title(doc, "直管水利工程监督检查发现问题整改“回头看”情况表")
    _paragraph(doc, "市水利工程运行管理工作领导小组：")
    _paragraph(
        doc,
        "按照水利部和省水利厅监督检查反馈的问题清单，我办组织对各管理单位整改情况开展“回头看”，"
        "通过查阅整改佐证材料、实地核查等方式逐项核实。截至2024年7月31日，有关情况如下：",
    )
    body: list[list[str]] = []
    n = 0
    for heading, rows in DYKE_SECTIONS:
        body.append([heading])
        for row in rows:
            n += 1
            body.append([str(n), *row])
    _table(
        doc, ["序号", "工程名称", "检查发现问题", "问题来源", "责任单位", "整改措施及时限", "整改进展"], body
    )
    _paragraph(doc, "濮阳市水利工程运行管理问题整改工作办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 作风纪律明查暗访发现问题整改情况的报告, after a court's account of its 明查暗访 (审管办、纪检组、政工科 组成督查组;
# 上班期间工作情况、纪律遵守、考勤签到、来访登记、值班安保、室内卫生; 个别干警工作纪律性不强、值班人员不到位、个别庭室
# 卫生较差、上班签到不及时、请销假手续不完备; 限期整改):
# https://linqu.chinagscourt.gov.cn/Wap/Show/28093
# A .doc (Word 97 via LibreOffice) with the items as numbered paragraphs; the sending court is named only in the title
# and the signature, each item names a 庭室 of the court as its 责任部门.
DISCIPLINE_PARAS = [
    "1.立案庭诉讼服务窗口个别工作人员上班时间玩手机游戏。责任部门：立案庭。整改时限：2024年7月10日。"
    "整改情况：已对当事人批评教育并在全院通报，已整改。",
    "2.执行局部分干警上班签到不及时，存在代签现象。责任部门：执行局。整改时限：2024年7月15日。"
    "整改情况：已启用人脸识别考勤，已整改到位。",
    "3.夜间值班人员不在岗，值班记录填写不完整。责任部门：法警大队。整改时限：2024年7月20日前。"
    "整改情况：正在修订值班管理办法。",
    "4.来访登记簿未如实登记来访人员信息。责任部门：办公室。整改时限：7月底前。",
    "5.民一庭个别庭室卫生较差，卷宗堆放杂乱。责任部门：民一庭。整改时限：2024年7月12日。整改情况：已整改。",
    "6.部分干警外出未履行请假手续，请销假手续不完备。责任部门：政工科。整改时限：2024年8月31日。"
    "整改情况：未整改。",
    "7.工作日午间饮酒问题专项警示教育开展不深入。责任部门：纪检组。整改时限：长期坚持。"
    "整改情况：常态化开展警示教育。",
]


def write_discipline_docx(path: Path) -> Path:
    doc = _new_document("审管办")
    _title(doc, "濮阳市华龙区人民法院关于2024年7月作风纪律明查暗访发现问题整改情况的报告")
    _paragraph(doc, "市作风建设领导小组办公室：")
    _paragraph(
        doc,
        "2024年7月3日和7月17日，院督查组（由审管办、纪检组、政工科抽调人员组成）采取明查暗访方式，"
        "对全院干警上班期间工作纪律、考勤签到、值班安保、来访登记、室内卫生等情况进行了检查，共发现问题7个，"
        "已现场指出并在全院通报，要求有关部门限期整改。现将整改情况报告如下：",
    )
    for text in DISCIPLINE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，督查组将持续开展不定期、不打招呼的明查暗访，确保整改落实到位。")
    _paragraph(doc, "濮阳市华龙区人民法院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_discipline(path: Path) -> Path:
    return via_soffice(write_discipline_docx, path, "doc", "作风纪律明查暗访发现问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 道路运输安全综合整治“春雷”行动发现问题整改清单, after a city 交通运输执法局's week of the 春雷 action (跨区域异地
# 执法、联合执法; 非法营运、出租车违规营运、货车超限超载; 全面排查整治道路运输安全风险隐患):
# http://jtysj.pds.gov.cn/contents/13387/287695.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (整改落实情况 over 整改进展/销号情况),
# the 执法人员 beside the 整改责任单位, 检查日期 an event, a 填表说明 and signature line.
SPRING_ROWS = [
    (
        date(2024, 7, 2),
        "濮阳市通达汽车运输有限公司",
        "企业动态监控平台值守人员不足，超速报警未及时处置",
        "刘洋、陈明",
        "濮阳市通达汽车运输有限公司",
        "2024.7.12",
        "已增配监控值守人员2名",
        "已销号",
    ),
    (
        date(2024, 7, 3),
        "濮阳汽车客运总站",
        "安检台账不全，出站车辆例检记录缺失",
        "刘洋、陈明",
        "濮阳市公路客运总站有限公司",
        "2024.7.10",
        "正在整改",
        "验收合格，已销号",
    ),
    (
        date(2024, 7, 5),
        "国道106濮阳段",
        "货车超限超载，源头装载企业未落实装载登记",
        "赵凯、孙涛",
        "濮阳市华源建材有限公司",
        "2024年7月20日",
        "未整改",
        "未销号",
    ),
    (
        date(2024, 7, 8),
        "城区巡游出租汽车",
        "出租汽车不按规定使用计价器，议价拒载",
        "赵凯、孙涛",
        "濮阳市顺达出租汽车有限公司",
        "2024年8月15日",
        "已约谈企业负责人，正在开展驾驶员集中教育",
        "未销号",
    ),
    (
        date(2024, 7, 10),
        "濮阳市鸿运危险货物运输有限公司",
        "危货车辆押运员未持证上岗",
        "刘洋、陈明",
        "濮阳市鸿运危险货物运输有限公司",
        "2024.7.25",
        "",
        "",
    ),
    (
        date(2024, 7, 15),
        "省道101清丰段",
        "公路桥梁限载标志缺失",
        "赵凯、孙涛",
        "市交通局",
        "2024年8月31日",
        "已完成标志制作，待安装",
        "未销号",
    ),
    (
        date(2024, 7, 18),
        "城区公交线路",
        "公交车辆灭火器过期，安全锤缺失",
        "刘洋、陈明",
        "公交公司",
        "2024.7.22",
        "已全部更换补齐",
        "已销号",
    ),
]


def write_spring_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 26, 36, 12, 28, 14, 30, 16])
    b.line(ws, 0, "道路运输安全综合整治“春雷”行动发现问题整改清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输综合行政执法支队    填报日期：2024年7月30日", 8)
    b.header2(
        ws,
        2,
        [
            ("序号", []),
            ("检查日期", []),
            ("检查对象", []),
            ("存在问题", []),
            ("执法人员", []),
            ("整改责任单位", []),
            ("整改时限", []),
            ("整改落实情况", ["整改进展", "销号情况"]),
        ],
    )
    for i, row in enumerate(SPRING_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    r = 5 + len(SPRING_ROWS)
    b.line(ws, r, "填表说明：1.整改时限以执法文书载明的期限为准；2.已销号的须附整改佐证材料。", 8)
    b.line(ws, r + 1, "填表人：孙涛    审核人：周建华    联系电话：0393-8167720", 8)
    return b.close()


def write_spring(path: Path) -> Path:
    return via_soffice(write_spring_book, path, "xls", "春雷行动发现问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 内部审计发现问题整改落实情况表, after a group's 审计部 annual account (审计部从各子公司抽调人员组成审计工作组;
# 财务内控、基建工程、采购物流、制度执行、资产盘点; 《车辆费用监控审计办法》; 共有xx项需要整改，实际整改xx项，
# 加权平均落实率):
# http://www.dybbs8.com/doc-346262303.html
# A .wps (Word 97 via LibreOffice): title, 填报部门 line, one table whose 整改责任单位 names subsidiaries and, for two
# rows, departments of the group itself; 整改期限 as 第三季度 or 长期坚持; a 合计 row with the 落实率; signature line.
AUDIT_ROWS = [
    (
        "财务内控",
        "备用金长期挂账未清理，金额12.6万元",
        "濮阳市城市建设投资有限公司",
        "逐笔清理催收",
        "2024年6月30日",
        "已整改，挂账全部清理",
    ),
    (
        "基建工程",
        "工程变更签证未履行审批程序即实施",
        "濮阳市产业发展投资有限公司",
        "补办审批手续，修订变更管理办法",
        "2024年8月31日",
        "正在修订变更管理办法",
    ),
    (
        "采购物流",
        "办公用品采购未执行比质比价",
        "集团公司综合办公室",
        "建立比价记录，纳入月度检查",
        "2024年7月15日",
        "已整改",
    ),
    (
        "资产盘点",
        "固定资产账实不符，部分报废设备未及时核销",
        "濮阳市城市建设投资有限公司",
        "全面盘点，办理报废核销",
        "第三季度",
        "已完成盘点，报废核销手续正在办理",
    ),
    (
        "制度执行",
        "车辆费用未按《车辆费用监控审计办法》单车核算",
        "濮阳市文化旅游投资有限公司",
        "建立单车费用台账",
        "2024年7月31日",
        "未整改",
    ),
    (
        "财务内控",
        "银行账户未按规定按月对账，未达账项未逐笔核实",
        "集团公司财务部",
        "每月编制银行存款余额调节表",
        "长期坚持",
        "长期坚持",
    ),
    (
        "基建工程",
        "工程结算审核不严，多计工程款8.3万元",
        "濮阳市产业发展投资有限公司",
        "追回多付工程款",
        "2024年9月30日",
        "",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("审计部")
    _title(doc, "濮阳市投资集团有限公司2024年上半年内部审计发现问题整改落实情况表", 18)
    _paragraph(doc, "填报部门：集团审计部    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    body.append(["合计", "", "需整改7项，已整改2项，落实率28.6%", "", "", "", ""])
    _table(
        doc,
        ["序号", "审计类别", "审计发现问题", "整改责任单位", "整改措施", "整改期限", "整改落实情况"],
        body,
    )
    _paragraph(doc, "审计部负责人：刘振东    填表人：韩雪    联系电话：0393-4412870", 12)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "内部审计发现问题整改落实情况表.docx")


FILES = [
    ("2024年7月市级建设工程质量安全巡查项目清单.xlsx", write_site),
    ("养老服务机构安全隐患督查考评问题整改台账（2024年第二季度）.xls", write_care),
    ("梁庄镇农村饮水安全问题排查整改台账.csv", write_water),
    ("中小学食堂食品安全督查情况检查表（两所学校）.zip", write_canteen),
    ("火灾隐患整改回头看复查情况登记表.ods", write_fire),
    ("2024年7月旅游市场交办件及投诉办理情况.xlsx", write_tour),
    ("直管水利工程监督检查发现问题整改回头看情况表.docx", write_dyke),
    ("关于作风纪律明查暗访发现问题整改情况的报告.doc", write_discipline),
    ("道路运输安全综合整治春雷行动发现问题整改清单.et", write_spring),
    ("集团内部审计发现问题整改落实情况表.wps", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside49 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table (one more inside the zip), a .doc with the items as numbered paragraphs, a .wps (Word 97 via
LibreOffice) and a .zip of two schools' returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside49.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 餐饮场所燃气使用安全专项整治检查问题整改台账, after a district's 餐饮场所燃气安全专项整治 (供气企业和使用燃气的酒店、
# 饭店、小吃店; 责令整改, 一时难以整改的停产停业整顿, 地下半地下违规用气一律取缔; 可燃气体浓度报警装置、干粉灭火器、
# 钢瓶充装标识; 7月下旬至8月底集中执法阶段):
# https://m.xinnengyuan100.com/article/57658.html
# An .xlsx: title, 填报单位 and 阶段 lines, a two-row header with 是否整改到位 merged over 是/否 (ticks √), the 检查人
# beside the 责任单位 (some under former names), a 填表说明 and a signature line.
GAS_ROWS = [
    (
        date(2024, 7, 22),
        "福满楼饭店（人民路）",
        "后厨未安装可燃气体浓度报警装置",
        "责令限期整改",
        "王磊、李娜",
        "市住建委",
        "2024.8.5",
        "√",
        "",
        "",
    ),
    (
        date(2024, 7, 23),
        "金帝美食城",
        "地下一层档口违规使用瓶装液化石油气",
        "依法取缔地下用气档口",
        "王磊、李娜",
        "市城管执法局",
        "立行立改",
        "√",
        "",
        "已当场清除气瓶",
    ),
    (
        date(2024, 7, 23),
        "老街坊烧烤店",
        "液化石油气钢瓶无充装标识且超期未检",
        "责令停业整改",
        "赵刚、陈晨",
        "市质监局",
        "8月15日前",
        "",
        "√",
        "",
    ),
    (
        date(2024, 7, 24),
        "兰州拉面（中原路店）",
        "燃气软管老化龟裂，长度超过2米",
        "责令更换软管",
        "赵刚、陈晨",
        "华龙区中原路街道办事处",
        "2024.7.26",
        "√",
        "",
        "",
    ),
    (
        date(2024, 7, 25),
        "悦来大酒店",
        "瓶组气化间与厨房之间未做防火分隔",
        "停产停业整顿",
        "孙伟、刘洋",
        "市安监局",
        "8月底前",
        "",
        "",
        "正在施工砌筑防火隔墙",
    ),
    (
        date(2024, 7, 26),
        "好再来快餐店",
        "用气场所未配备干粉灭火器",
        "责令配备消防器材",
        "孙伟、刘洋",
        "市消防救援支队",
        "2024年7月28日",
        "√",
        "",
        "",
    ),
    (
        date(2024, 7, 29),
        "湘味小厨",
        "擅自改装燃气管道穿越休息间",
        "责令恢复原状",
        "王磊、李娜",
        "燃气公司",
        "2024年9月20日前",
        "",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气专班")
    ws = b.sheet("检查问题台账")
    b.widths(ws, [6, 12, 22, 34, 18, 12, 20, 16, 6, 6, 22])
    b.line(ws, 0, "餐饮场所燃气使用安全专项整治检查问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：市城市管理局（市燃气安全专项整治工作专班办公室）    填报时间：2024年7月30日", 10)
    b.line(ws, 2, "整治阶段：集中执法阶段（7月下旬至8月底）", 10)
    for col, word in enumerate(
        ["序号", "检查日期", "餐饮场所名称", "存在问题", "处置措施", "检查人", "责任单位", "整改时限"]
    ):
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "是否整改到位", b.head)
    b.put(ws, 4, 8, "是", b.head)
    b.put(ws, 4, 9, "否", b.head)
    b.merge(ws, 3, 10, 4, 10, "备注", b.head)
    for i, row in enumerate(GAS_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8], b.center)
    end = 5 + len(GAS_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.“是否整改到位”栏在对应格内打“√”；2.整改时限以《责令整改通知书》载明时限为准；"
        "3.一时难以整改的，须落实停产停业整顿措施。",
        10,
    )
    b.line(ws, end + 2, "填表人：李娜    审核人：周建军    联系电话：0393-8181234", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 经营性自建房安全隐患排查整治台账, after a township's account of its 经营性自建房 work (摸排自建房, 经营户与非经营户;
# 未鉴定经营性自建房实行查封关停; 排查核查要精准、安全鉴定要规范、分类整治要科学):
# http://dplcry.cn/news/qxnews/yongdinnews/2022-08-08/187484.html
# An .xls (xlwt): title, 填报单位（盖章） line, one header row with 鉴定结论 and a 复核结果 column, a 合计 row, a 注 and
# a 填表人 line.
HOUSE_ROWS = [
    (
        "东关村",
        "张某军",
        "餐饮",
        "3",
        "一层餐馆墙体出现贯通裂缝",
        "C级",
        "停止经营，实施加固",
        "濮阳县城关镇人民政府",
        "2024.9.30",
        "加固施工中，已完成基础部分",
        "",
    ),
    (
        "西街社区",
        "李某华",
        "旅馆",
        "4",
        "未经安全鉴定擅自改建为家庭旅馆",
        "未鉴定",
        "查封关停",
        "濮阳县市场监督管理局",
        "2024.7.10",
        "已于7月8日查封关停",
        "复核合格",
    ),
    (
        "南关村",
        "王某强",
        "超市",
        "2",
        "屋面预制板锈蚀露筋",
        "D级",
        "停止使用，拆除重建",
        "濮阳县城关镇人民政府",
        "2024年12月底前",
        "已腾空停用，拆除方案待审批",
        "",
    ),
    (
        "北街社区",
        "赵某",
        "出租公寓",
        "5",
        "私自加盖第五层彩钢板房",
        "未鉴定",
        "拆除违法加层",
        "濮阳县城市管理局",
        "2024.8.15",
        "未整改",
        "",
    ),
    (
        "东关村",
        "刘某芳",
        "幼儿托管",
        "2",
        "楼梯无扶手且疏散通道堵塞",
        "B级",
        "清理通道，加装扶手",
        "濮阳县城关镇人民政府",
        "2024.7.20",
        "已整改",
        "复核合格",
    ),
    (
        "西街社区",
        "孙某伟",
        "网吧",
        "3",
        "承重墙被拆除开设大门洞口",
        "未鉴定",
        "委托鉴定，先行停业",
        "濮阳县住房和城乡建设局",
        "2024.10.31",
        "",
        "",
    ),
    (
        "南关村",
        "周某",
        "农家乐",
        "3",
        "外挂钢楼梯焊接处开裂",
        "C级",
        "加固外挂楼梯",
        "濮阳县城关镇人民政府",
        "2024.8.31",
        "正在返工加固",
        "首次复核不合格",
    ),
]


def write_house(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "经营性自建房安全隐患排查整治台账", t, 0, 11),
        (1, 0, "填报单位（盖章）：濮阳县城关镇人民政府    统计截至：2024年7月31日", plain, 1, 11),
    ]
    header = [
        "序号",
        "村（社区）",
        "户主姓名",
        "房屋用途",
        "层数",
        "存在问题",
        "鉴定结论",
        "管控/整治措施",
        "责任单位",
        "完成时限",
        "整治进展",
        "复核结果",
    ]
    for col, w in enumerate(header):
        cells.append((2, col, w, h))
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 4, 6) else c))
    r = 3 + len(HOUSE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 4),
        (r, 5, "排查发现存在隐患的经营性自建房7户，复核合格2户", c, r, 11),
        (
            r + 1,
            0,
            "注：鉴定结论为C级、D级的，须落实停止使用等管控措施；未鉴定的经营性自建房一律查封关停，鉴定合格后方可恢复经营。",
            plain,
            r + 1,
            11,
        ),
        (r + 2, 0, "填表人：魏红    分管领导：张勇    联系电话：0393-5521016", plain, r + 2, 11),
    ]
    return _write_xls(path, [("台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 防汛隐患问题整改情况通报, after a county 防汛抗旱指挥部办公室's check of the 防汛隐患整改 it had handed over (交办问题
# such as 水库大坝上游坡坝脚淘蚀塌滑 and 排涝闸启闭设施亟待养护; 隐患整改责任单位; 整改完成一处销号一处; 三个责任人):
# http://m.psk66.com/xw/2023/0519/339657.html
# A .doc (Word 97 via LibreOffice): title, addressee, preamble with the 交办 date, four 类 headings, each item a
# numbered paragraph with 责任单位, a 时限 or a schedule text, 整改进展 and 销号情况; the office and date at the foot.
FLOOD_PARAS = [
    (
        "一、水库水闸类",
        [
            (
                "（一）渠村水库大坝上游坡坝脚淘蚀塌滑约30米。责任单位：濮阳县渠村乡人民政府。整改措施及时限："
                "6月20日前完成抛石护脚，7月15日前完成护坡修复。整改进展：护坡已修复完毕，经县防汛办复查合格，已销号。"
            ),
            (
                "（二）金堤河刘小集排涝闸启闭设施锈蚀，钢丝绳磨损严重。责任单位：市水务局。完成时限：2024年6月底前。"
                "整改进展：已更换启闭机钢丝绳，正在进行闸门防腐处理。"
            ),
        ],
    ),
    (
        "二、河道行洪类",
        [
            (
                "（三）马颊河城区段河道内违规堆放建筑垃圾阻碍行洪。责任单位：市城市管理局。完成时限：立行立改。"
                "整改进展：建筑垃圾已全部清运。"
            ),
            (
                "（四）范县彭楼险工段巡堤查险人员未落实到岗。责任单位：范县人民政府。完成时限：2024年6月15日。"
                "整改进展：未整改。"
            ),
        ],
    ),
    (
        "三、城市内涝类",
        [
            (
                "（五）人民路下穿立交排水泵站未配备备用电源。责任单位：市住房和城乡建设局。整改措施及时限："
                "7月10日前租赁应急发电机组，8月底前完成双回路供电改造。整改进展：应急发电机组已到位，双回路改造正在施工。"
            ),
        ],
    ),
    (
        "四、在建工程及预警设施类",
        [
            "（六）在建跨金堤河桥梁施工围堰未按度汛方案拆除。责任单位：市交通运输局。完成时限：主汛期前（7月20日前）。",
            (
                "（七）台前县部分山洪灾害预警广播站点无法正常播放。责任单位：台前县人民政府。完成时限：长期坚持。"
                "整改进展：常态化推进。"
            ),
        ],
    ),
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("市防办")
    _title(doc, "关于汛前检查交办防汛隐患问题整改情况的通报")
    _paragraph(doc, "各县（区）防汛抗旱指挥部，市防指各成员单位：")
    _paragraph(
        doc,
        "2024年6月5日，市防汛抗旱指挥部办公室将汛前检查发现的防汛隐患问题交办各责任单位。7月下旬，市防办组织"
        "对交办问题整改情况进行实地检查。要求隐患整改责任单位严格按照整改措施全面彻底整改，做到整改完成一处、"
        "销号一处；逐级落实水库、水闸和在建工程“三个责任人”。现将整改情况通报如下：",
    )
    for heading, paras in FLOOD_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "请各责任单位于每周五前报送整改进展，已完成整改的及时申请销号。")
    _paragraph(doc, "濮阳市防汛抗旱指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "防汛隐患问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 校园安全隐患排查与整改报告表 from two schools, after a school's 校园安全隐患排查与整改报告表 (排查范围: 教学场景、生活
# 场景、公共场景、设施设备、校园周边; 排查—整改—销号—防范闭环; 分管安全副校长, 责任处室):
# http://ytny.net.cn/paper/454417915.html
# A .zip of two returns: an .xlsx whose rows name only the school's own 处室 (the school is named in the title and
# the member's name), with a two-row header (整改情况 over 整改进度/销号); and a .docx with a 填报单位 line and one table.
SCHOOL_XLSX_ROWS = [
    (
        "教学场景",
        "实验楼化学药品柜未落实双人双锁管理",
        "一般",
        "更换双锁药品柜",
        "教务处",
        "王芳",
        "2024.7.15",
        "已整改",
        "已销号",
    ),
    (
        "生活场景",
        "学生宿舍走廊应急照明灯损坏3处",
        "一般",
        "更换应急照明灯",
        "总务处",
        "刘建",
        "7月底前",
        "已购置灯具，正在安装",
        "",
    ),
    (
        "公共场景",
        "操场东侧篮球架底座锈蚀松动",
        "较大",
        "加固或更换篮球架",
        "总务处",
        "刘建",
        "开学前（8月25日前）",
        "未整改",
        "",
    ),
    (
        "校园周边",
        "校门口东侧流动摊贩聚集占道",
        "一般",
        "联合城管、交警劝离，放学时段值守",
        "保卫科",
        "陈亮",
        "长期坚持",
        "长期坚持",
        "",
    ),
]
SCHOOL_DOCX_ROWS = [
    ("食堂后厨", "食堂燃气管道未安装泄漏报警器", "安装可燃气体报警器", "后勤处", "6月30日前完成", "是"),
    (
        "教学楼",
        "三楼楼梯间防护栏高度不足1.1米",
        "加高护栏至1.2米",
        "后勤处",
        "2024.8.20",
        "否，已委托施工单位进场",
    ),
    ("监控室", "校园监控存在盲区，覆盖率不足90%", "增设摄像头8个", "安保办", "2024.8.31", ""),
    ("门卫室", "外来人员入校登记制度执行不严", "严格落实登记和会客制度", "安保办", "2024.7.10", "是"),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="濮阳市第三中学")
    ws = b.sheet("排查整改")
    b.widths(ws, [6, 12, 34, 10, 28, 10, 10, 18, 20, 10])
    b.line(ws, 0, "濮阳市第三中学校园安全隐患排查与整改报告表", 9, b.title)
    b.line(ws, 1, "排查时间：2024年7月8日至7月12日    排查组长：分管安全副校长", 9)
    for col, word in enumerate(
        ["序号", "排查场景", "隐患描述", "隐患等级", "整改措施", "责任处室", "责任人", "整改时限"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改情况", b.head)
    b.put(ws, 3, 8, "整改进度", b.head)
    b.put(ws, 3, 9, "销号", b.head)
    for i, row in enumerate(SCHOOL_XLSX_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SCHOOL_XLSX_ROWS)
    b.line(
        ws, end + 1, "校长（签字）：            安全负责人（签字）：            报送日期：2024年7月26日", 9
    )
    return b.close()


def write_school_docx(path: Path) -> Path:
    doc = _new_document("安保办")
    _title(doc, "校园安全隐患排查整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区实验小学    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_DOCX_ROWS, 1)]
    _table(doc, ["序号", "隐患部位", "存在问题", "整改措施", "责任处室", "完成时限", "是否完成"], body)
    _paragraph(doc, "填表人：郭敏    校长：马志强    联系电话：0393-4412785", 12)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    members = [
        ("濮阳市第三中学校园安全隐患排查与整改报告表.xlsx", write_school_book),
        ("华龙区实验小学校园安全隐患排查整改情况表.docx", write_school_docx),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 森林火灾风险隐患专项整治任务推进情况表, after a county's 森林（山林）火灾风险隐患专项整治工作推进方案 (组织领导; 由自然
# 资源和规划局牵头, 民族宗教、公安、民政、生态环境、农业农村、文化广电旅游、应急、消防等为责任单位; 目标任务):
# https://dyrmt.com/article-67728-1.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 牵头单位 (short and former names) and the
# 配合单位 beside it, a 注 and a 联系人 line.
FOREST_ROWS = [
    (
        "林缘50米范围内可燃物堆积未清理",
        "集中清理林下和林缘可燃物",
        "市自然资源局",
        "各县（区）人民政府",
        "2024年6月底前",
        "已清理可燃物1200余吨，任务完成",
    ),
    ("林区坟头祭祀用火管控不严", "设置祭祀用火劝导点", "市民政局", "市公安局", "长期坚持", "常态化推进"),
    (
        "林区农事用火及秸秆焚烧监管不到位",
        "开展农事用火专项巡查",
        "市农委",
        "各乡镇人民政府",
        "2024年第三季度",
        "已开展巡查12次，查处违规用火3起，持续推进",
    ),
    ("景区森林防火警示标识缺失", "增设警示牌和宣传栏", "市旅游局", "景区管理单位", "7月15日前", "已完成"),
    ("林区施工营地违规搭建临时工棚", "清理拆除违规工棚", "市住建局", "市应急管理局", "2024.8.31", ""),
    (
        "森林消防专业队伍装备配备不足",
        "补充风力灭火机、水泵等装备",
        "市应急局",
        "市财政局",
        "2024年6-9月",
        "装备采购正在招标",
    ),
    (
        "林区输电线路下方树障未清理",
        "清理线路通道树障",
        "供电公司",
        "市自然资源和规划局",
        "2024年7月20日",
        "未启动",
    ),
]


def write_forest_docx(path: Path) -> Path:
    doc = _new_document("市森防办")
    _title(doc, "森林火灾风险隐患专项整治任务推进情况表", 18)
    _paragraph(doc, "填报单位：市森林防灭火专项整治工作领导小组办公室    填报时间：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(FOREST_ROWS, 1)]
    _table(doc, ["序号", "风险隐患", "整治措施", "牵头单位", "配合单位", "完成时限", "推进情况"], body)
    _paragraph(doc, "注：牵头单位对整治任务负总责，配合单位按职责抓好落实；推进情况请写明已完成工作量。", 12)
    _paragraph(doc, "联系人：冯亚东    联系电话：0393-8910235", 12)
    return _save_fixed(doc, path)


def write_forest(path: Path) -> Path:
    return via_soffice(write_forest_docx, path, "doc", "森林火灾风险隐患专项整治任务推进情况表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 营商环境投诉举报件转办登记表, after a city's 营商环境投诉举报处理暂行办法 (投诉受理机构受理、转办、跟踪; 投诉办理
# 机构在规定时限内办结; 对符合法定条件、材料齐全的政务服务申请不予受理等13类损害营商环境行为):
# http://www.0375edu.org.cn/news/304868.htm
# An .et (Excel 97 via LibreOffice): title, 受理机构 line, one header row with 受理日期, the complaining 企业 beside the
# 办理单位, 办理时限 in working days from 受理, 办理情况 and 办结日期; a 注 line.
BIZ_ROWS = [
    (
        "YS2024070101",
        date(2024, 7, 1),
        "濮阳市恒达建材有限公司",
        "企业申请不动产登记材料齐全但窗口不予受理",
        "市不动产登记中心",
        "10个工作日",
        "已督促当日受理并办结，已答复企业",
        date(2024, 7, 3),
    ),
    (
        "YS2024070302",
        date(2024, 7, 3),
        "濮阳市安泰建筑工程有限公司",
        "政府投资项目拖欠企业工程款逾期未结算",
        "市财政局",
        "15个工作日",
        "已协调项目单位支付首期款，剩余款项正在审计结算",
        None,
    ),
    (
        "YS2024070803",
        date(2024, 7, 8),
        "濮阳市鑫源食品有限公司",
        "燃气报装要求企业购买指定厂家设备",
        "市燃气公司",
        "10个工作日",
        "已办结，责令取消指定要求",
        date(2024, 7, 17),
    ),
    (
        "YS2024071004",
        date(2024, 7, 10),
        "濮阳市绿洲化工有限公司",
        "环评审批超过承诺时限仍未办结",
        "市环保局",
        "10个工作日",
        "逾期未办",
        None,
    ),
    (
        "YS2024071505",
        date(2024, 7, 15),
        "濮阳市华宇机械制造有限公司",
        "同一事项多部门重复执法检查影响企业正常生产",
        "市市场监管局",
        "10个工作日",
        "正在核查",
        None,
    ),
    (
        "YS2024072206",
        date(2024, 7, 22),
        "濮阳市新启点商贸有限公司",
        "企业开办后银行开户被要求重复提交材料",
        "市行政服务中心",
        "5个工作日",
        "",
        None,
    ),
    (
        "YS2024072407",
        date(2024, 7, 24),
        "濮阳市润丰纺织有限公司",
        "用水报装“一件事”办理环节多、跑腿次数多",
        "市水务公司",
        "10个工作日",
        "",
        date(2024, 7, 30),
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商环境中心")
    ws = b.sheet("转办登记")
    b.widths(ws, [6, 16, 12, 26, 36, 18, 12, 30, 12])
    b.line(ws, 0, "2024年7月营商环境投诉举报件转办登记表", 8, b.title)
    b.line(ws, 1, "受理机构：濮阳市优化营商环境协调事务中心    统计截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "投诉编号",
            "受理日期",
            "投诉企业",
            "投诉事项",
            "办理单位",
            "办理时限",
            "办理情况",
            "办结日期",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(BIZ_ROWS),
        "注：办理时限自受理之日起按工作日计算；办理单位应在时限内办结并向投诉企业反馈。",
        8,
    )
    return b.close()


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_book, path, "xls", "营商环境投诉举报件转办登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 政务服务“差评”核查整改台账, after a city's account of its 政务服务“好差评” (五个评价等级; 对“不满意”“非常不满意”
# 问题在15个工作日内整改到位; 对已办结差评开展电话回访、复核和满意度测评):
# https://www.spprec.com/sczwweb/zwfwnew/027001/027001004/20200519/c84a7724-ff57-4a78-8be0-4a467d045b9e.html
# An .ods (LibreOffice conversion): the unit is named only in the title and the file name, the rows name its 窗口;
# one header row with 评价时间 and 交办时间, 整改时限 mostly “15个工作日内”, 整改情况 and 回访情况; a 说明 line.
EVAL_ROWS = [
    (
        date(2024, 7, 1),
        date(2024, 7, 2),
        "非常不满意",
        "二手房转移登记",
        "窗口人员态度生硬，未一次性告知所需材料",
        "综合受理窗口",
        "约谈窗口人员，制作一次性告知清单",
        "15个工作日内",
        "已整改",
        "电话回访，满意",
    ),
    (
        date(2024, 7, 3),
        date(2024, 7, 4),
        "不满意",
        "抵押权注销登记",
        "网上申请提交后3天无人审核",
        "抵押登记窗口",
        "优化网办审核流程",
        "15个工作日内",
        "已安排专人每日审核，网办流程正在优化",
        "",
    ),
    (
        date(2024, 7, 8),
        date(2024, 7, 8),
        "不满意",
        "不动产登记资料查询",
        "查询登记资料必须本人到场，不能委托办理",
        "档案查询窗口",
        "开通委托查询",
        "15个工作日内",
        "未整改",
        "",
    ),
    (
        date(2024, 7, 10),
        date(2024, 7, 11),
        "非常不满意",
        "首次登记",
        "叫号系统故障，等候时间超过2小时",
        "综合受理窗口",
        "维修叫号系统",
        "立行立改",
        "已修复",
        "电话回访，满意",
    ),
    (
        date(2024, 7, 15),
        date(2024, 7, 16),
        "不满意",
        "预告登记",
        "自助终端无法打印不动产登记证明",
        "综合受理窗口",
        "联系厂家维修自助终端",
        "15个工作日内",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        date(2024, 7, 22),
        "不满意",
        "更正登记",
        "更正登记要求提交的证明材料过多",
        "审核窗口",
        "梳理精简申请材料",
        "15个工作日内",
        "已梳理材料清单，待中心主任办公会审定",
        "",
    ),
    (
        date(2024, 7, 25),
        date(2024, 7, 26),
        "不满意",
        "档案查询",
        "窗口午休时间无人值守",
        "档案查询窗口",
        "实行午间错时延时服务",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_eval_book(path: Path) -> Path:
    b = Book(path, author="市不动产登记中心")
    ws = b.sheet("差评台账")
    b.widths(ws, [6, 12, 12, 12, 18, 36, 14, 28, 14, 30, 16])
    b.line(ws, 0, "市不动产登记中心政务服务“差评”核查整改台账（2024年7月）", 10, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "评价时间",
            "交办时间",
            "评价等级",
            "办理事项",
            "差评内容",
            "责任窗口",
            "整改措施",
            "整改时限",
            "整改情况",
            "回访情况",
        ],
    )
    for i, row in enumerate(EVAL_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    end = 2 + len(EVAL_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：对“不满意”“非常不满意”差评，自交办之日起15个工作日内整改到位；对已办结差评开展电话回访，"
        "回访率100%。",
        10,
    )
    b.line(ws, end + 2, "填表人：韩雪    联系电话：0393-6618820", 10)
    return b.close()


def write_eval(path: Path) -> Path:
    via_soffice(write_eval_book, path, "ods", "差评核查整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 12345热线涉杆线类工单办理情况统计表, after a district 行政审批服务局's 12345 coordination meeting (电杆断裂，电线、
# 电缆垂落的投诉工单责任不明确、互相推诿; 以电杆产权确定单位责任; 供电分公司、移动、联通、电信、融媒体中心):
# http://www.junshan.gov.cn/32415/32438/32448/content_1803410.html
# A CSV in GBK: a title line, a header line with 派单时间 and 办理时限 in working days, the 诉求人 beside the 承办单位,
# 办理结果 and 工单状态; a closing 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "GD202407010023",
        "2024-07-01 09:12",
        "王女士",
        "黄河路与京开大道交叉口电杆断裂倾斜",
        "供电公司",
        "5个工作日",
        "已更换电杆",
        "满意",
        "已办结",
    ),
    (
        "GD202407030041",
        "2024-07-03 15:40",
        "刘先生",
        "胜利路小区门口通信线缆垂落至路面",
        "中国联通濮阳市分公司",
        "3个工作日",
        "已绑扎整理线缆",
        "满意",
        "已反馈",
    ),
    (
        "GD202407050017",
        "2024-07-05 10:05",
        "张先生",
        "废弃电杆长期占用人行道无人清理",
        "市城管局",
        "5个工作日",
        "经核实电杆产权属中国移动濮阳分公司，已协调其拆除，正在办理",
        "",
        "办理中",
    ),
    (
        "GD202407100008",
        "2024-07-10 08:31",
        "李女士",
        "小区内路灯杆漏电存在触电隐患",
        "市住建局",
        "1个工作日",
        "已断电并更换线路",
        "满意",
        "已办结",
    ),
    (
        "GD202407150052",
        "2024-07-15 16:22",
        "赵先生",
        "有线电视线缆被大货车挂断影响收看",
        "中国广电濮阳市分公司",
        "5个工作日",
        "",
        "",
        "超期未办结",
    ),
    (
        "GD202407220035",
        "2024-07-22 11:47",
        "孙女士",
        "建设路电信光缆交接箱箱门损坏",
        "中国电信濮阳分公司",
        "5个工作日",
        "",
        "",
        "",
    ),
    (
        "GD202407260019",
        "2024-07-26 09:58",
        "周先生",
        "开州路电杆拉线松脱横在非机动车道",
        "供电公司",
        "3个工作日",
        "已派员现场处置，拉线已临时固定，正在更换",
        "",
        "办理中",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345热线涉杆线类工单办理情况统计表（2024年7月）"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求人",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理结果",
            "回访满意度",
            "工单状态",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本月涉杆线类工单7件，办结3件", "", "", "", "", ""])
    w.writerow(["注：办理时限自派单时间起按工作日计算；电杆、线缆问题以产权确定承办单位。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 市人大代表建议办理情况汇总表, after a city's 建议提案办理总结表彰及交办 speech (承办人大代表建议和政协委员提案; 已经
# 解决或基本解决, 正在进一步研究落实或列入规划逐步解决, 因法律政策或财力限制暂时难以解决):
# https://m.wenke99.com/p-5679236.html
# An .xlsx: title, 填报单位 line, a two-row header (办理情况 over 办理进展/答复时间/代表满意度), the 领衔代表 and the
# 协办单位 beside the 主办单位 (some under former names), a 填表说明 and a signature line.
NPC_ROWS = [
    (
        "JY2024-012",
        "关于在城区中小学校门口设置潮汐式停车位的建议",
        "李红梅",
        "市交警支队",
        "市教育局",
        "2024年6月30日前",
        "已答复，已在6所学校门口施划潮汐停车位",
        date(2024, 6, 20),
        "满意",
    ),
    (
        "JY2024-019",
        "关于加快老旧小区燃气管道更新改造的建议",
        "赵国庆",
        "市建委",
        "市燃气公司",
        "2024年8月31日前",
        "已与代表面商，改造计划正在编制",
        None,
        "",
    ),
    (
        "JY2024-023",
        "关于提高城乡居民基础养老金标准的建议",
        "孙立新",
        "市劳动和社会保障局",
        "市财政局",
        "2024年7月31日前",
        "已答复",
        date(2024, 7, 25),
        "基本满意",
    ),
    (
        "JY2024-031",
        "关于为乡镇卫生院配备急救车辆的建议",
        "刘晓燕",
        "市卫生局",
        "市财政局",
        "9月底前",
        "",
        None,
        "",
    ),
    (
        "JY2024-037",
        "关于整治农村违法占用耕地建房的建议",
        "周建华",
        "市国土资源局",
        "市农业农村局",
        "2024年6-8月",
        "未启动",
        None,
        "",
    ),
    (
        "JY2024-042",
        "关于增开城区至工业园区公交专线的建议",
        "吴敏",
        "公交公司",
        "市交通运输局",
        "2024.7.20",
        "已办结，7月18日开通专线",
        date(2024, 7, 18),
        "满意",
    ),
    (
        "JY2024-055",
        "关于推动政务服务“一网通办”向村级延伸的建议",
        "郑海涛",
        "市政务服务中心",
        "市工信局",
        "年底前",
        "试点工作阶段性完成，已在12个村上线",
        None,
        "",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("建议办理")
    b.widths(ws, [6, 12, 40, 10, 16, 16, 16, 34, 12, 10])
    b.line(ws, 0, "2024年市人大代表建议办理情况汇总表", 9, b.title)
    b.line(ws, 1, "填报单位：市政府督查室    截至日期：2024年7月31日", 9)
    for col, word in enumerate(
        ["序号", "建议编号", "建议题目", "领衔代表", "主办单位", "协办单位", "要求办结时间"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "办理情况", b.head)
    for col, word in enumerate(["办理进展", "答复时间", "代表满意度"], 7):
        b.put(ws, 3, col, word, b.head)
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(NPC_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.主办单位对建议办理负总责，协办单位配合；2.“答复时间”填写正式书面答复代表的日期。",
        9,
    )
    b.line(ws, end + 2, "填表人：杨帆    审核人：徐卫东    联系电话：0393-4466123", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 政协重点提案办理进度表, after a report on the 提案工作 of a CPPCC session (重点提案领衔督办; 时效性提案立即办理、
# 建立快速通道; 涉及三家以上承办单位的明确主办、会办单位，一家牵头、协同办理、集中会商):
# https://www.axyjyo.cn/c/2022-03-02/3061079.shtml
# A .docx: title, preamble paragraph, one table with the 提案人 and the 会办单位 beside the 主办单位 (some under former
# names), the office and date at the foot.
CPPCC_ROWS = [
    (
        "第45号",
        "民盟濮阳市委员会",
        "关于加快建设城区防洪排涝设施的提案",
        "市水务局",
        "市住房和城乡建设局、市财政局",
        "2024年6月30日前",
        "已办复，提案人满意",
    ),
    (
        "第52号",
        "王建国委员",
        "关于规范校外培训机构消防安全管理的提案",
        "市教育局",
        "市消防救援支队",
        "2024年7月31日前",
        "正在办理，已开展联合检查两轮",
    ),
    (
        "第61号",
        "九三学社濮阳市委员会",
        "关于严格耕地保护遏制耕地“非粮化”的提案",
        "市农业局",
        "市自然资源和规划局",
        "第三季度",
        "已列入年度工作计划，推进中",
    ),
    (
        "第73号",
        "李梅委员",
        "关于汛期加强城区易涝点应急值守的提案",
        "市城管执法局",
        "市应急管理局",
        "2024年7月10日前",
        "已办复",
    ),
    (
        "第88号",
        "张伟委员",
        "关于优化企业开办“一网通办”流程的提案",
        "市工商局",
        "市行政服务中心、市税务局",
        "2024.8.15",
        "",
    ),
    (
        "第93号",
        "农工党濮阳市委员会",
        "关于排查整治城乡自建房安全隐患的提案",
        "市住建局",
        "市自然资源和规划局、市应急管理局",
        "2023-2025年",
        "分年度推进，2024年度排查任务已完成60%",
    ),
    (
        "第102号",
        "陈静委员",
        "关于规范12345热线工单退单流程的提案",
        "濮阳市人民政府办公室",
        "—",
        "2024年7月20日前",
        "未办理",
    ),
]


def write_cppcc(path: Path) -> Path:
    doc = _new_document("提案委")
    _title(doc, "市政协十届三次会议重点提案办理进度表")
    _paragraph(
        doc,
        "根据市政协提案委员会交办意见，重点提案由主席会议成员领衔督办；时效性提案建立快速通道，特事特办；"
        "涉及三家以上承办单位的提案明确主办、会办单位，一家牵头、协同办理、集中会商。现将截至2024年7月底的"
        "办理进度汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(CPPCC_ROWS, 1)]
    _table(doc, ["序号", "提案号", "提案人", "案由", "主办单位", "会办单位", "办理时限", "办理进度"], body)
    _paragraph(doc, "市政协提案委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("餐饮场所燃气使用安全专项整治检查问题整改台账.xlsx", write_gas),
    ("城关镇经营性自建房安全隐患排查整治台账.xls", write_house),
    ("关于汛前检查交办防汛隐患问题整改情况的通报.doc", write_flood),
    ("校园安全隐患排查整改报告表（两所学校）.zip", write_school),
    ("森林火灾风险隐患专项整治任务推进情况表.wps", write_forest),
    ("2024年7月营商环境投诉举报件转办登记表.et", write_biz),
    ("市不动产登记中心政务服务差评核查整改台账（2024年7月）.ods", write_eval),
    ("12345热线涉杆线类工单办理情况统计表（2024年7月）.csv", write_hotline),
    ("2024年市人大代表建议办理情况汇总表.xlsx", write_npc),
    ("市政协十届三次会议重点提案办理进度表.docx", write_cppcc),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Regenerate the aside11 part of the intake corpus (python make_aside11.py, from this folder or any other).

Thirteen returns kept aside, each laid out after a public source cited next to its writer and repeated in
expected.json. The contents (problems, names, dates) are made up; the layouts, preambles, header words and
status wordings follow the sources. What a person reads in each file is in expected.json, written by hand
by the rules of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: two .xlsx written with XlsxWriter (a third inside the zip); one .xls written with xlwt; one .et (an
Excel 97 workbook converted by LibreOffice, saved with the WPS suffix); one .ods (LibreOffice conversion,
rewritten with fixed member times); two .docx written with python-docx (a third inside the zip); one .doc and
one .wps (Word documents converted by LibreOffice to Word 97); a CSV in UTF-8 with a BOM, a CSV in GBK, a
tab-separated UTF-16 text; a .zip of two towns' returns with GBK member names.
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
# 1. 建筑工地扬尘防治督查发现问题整改台账, after a city 住建局's 工地扬尘管控督查通报 with its 附件 工地扬尘防治
# 红黑榜 (督查时段; 裸露土方、临时堆土、散装材料覆盖不到位, 建筑垃圾未及时清运, 硬化路面泥浆积尘; 停工整改通知,
# 整改通知书; 责任单位整改, 属地、条线监管部门跟踪落实):
# https://llqcyx.com/jsj/lygszfj/jzy/content/d3136d67-097a-4d4e-aa3c-d07cba579f25.html
# Two sheets (黑榜 with the problems, 红榜 without); title, 督查时间 line, 附件 line, one header row with the
# 施工单位 as the unit to correct and the 建设单位 and 属地监管部门 beside it; 督查日期 an event; a 注 and signature.
DUST_ROWS = [
    (
        "濮阳市第五中学迁建项目",
        "濮阳市教育投资有限公司",
        "河南省第二建设集团有限公司",
        date(2024, 7, 8),
        "基坑东侧裸露土方约2000平方米未覆盖防尘网",
        "下发整改通知书",
        "华龙区住房和城乡建设局",
        "2024年7月12日",
        "已整改到位，复查合格",
    ),
    (
        "龙湖观澜府二期",
        "濮阳恒泰置业有限公司",
        "中建七局第三建筑有限公司",
        date(2024, 7, 9),
        "出入口车辆冲洗设施未正常使用，运输车辆带泥上路",
        "下发停工整改通知",
        "华龙区住房和城乡建设局",
        "2024年7月15日前",
        "正在整改，冲洗平台已修复，待复查",
    ),
    (
        "昆吾路提升改造工程",
        "濮阳市城市建设投资集团有限公司",
        "濮阳市市政工程有限公司",
        date(2024, 7, 10),
        "围挡内侧堆放散装砂石未覆盖",
        "现场责令整改",
        "市城市管理局",
        "立即整改",
        "已当场覆盖",
    ),
    (
        "濮阳县人民医院新院区",
        "濮阳县人民医院",
        "河南华安建设集团有限公司",
        date(2024, 7, 11),
        "场内建筑垃圾未及时清运也未覆盖",
        "下发整改通知书",
        "濮阳县住房和城乡建设局",
        "7月底前",
        "",
    ),
    (
        "清丰县标准化厂房三期",
        "清丰县产业集聚区发展投资有限公司",
        "河南宏达建设工程有限公司",
        date(2024, 7, 15),
        "硬化路面泥浆积尘未清理，未配备雾炮降尘设备",
        "下发整改通知书",
        "清丰县住房和城乡建设局",
        "2024年7月20日",
        "未整改",
    ),
    (
        "南乐县第三实验小学",
        "南乐县教育局",
        "河南恒通建工有限公司",
        date(2024, 7, 16),
        "土方开挖作业未采取湿法作业",
        "下发停工整改通知",
        "南乐县住房和城乡建设局",
        "2024年7月19日",
        "已停工整改，经复查合格后复工",
    ),
    (
        "市中心血站业务楼改造",
        "濮阳市中心血站",
        "濮阳建工集团有限公司",
        date(2024, 7, 19),
        "施工现场扬尘在线监测设备离线未上传数据",
        "督促整改",
        "华龙区住房和城乡建设局",
        "2024年8月5日",
        "正在整改，设备已送修",
    ),
]
DUST_RED = [
    (
        "濮阳市龙都中学教学楼",
        "河南五建建设集团有限公司",
        "围挡、覆盖、冲洗、硬化、湿法作业、密闭运输落实到位",
    ),
    (
        "开州路综合管廊",
        "濮阳市市政工程有限公司",
        "设置全封闭喷淋系统，渣土车辆全部密闭运输",
    ),
]


def write_dust(path: Path) -> Path:
    b = Book(path, author="质安科")
    ws = b.sheet("黑榜（问题工地）")
    b.widths(ws, [6, 22, 22, 24, 12, 34, 14, 20, 14, 24])
    b.line(ws, 0, "全市建筑工地扬尘防治督查发现问题整改台账（2024年第3期）", 9, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月8日至7月19日    督查单位：市住房和城乡建设局质量安全科",
        9,
    )
    b.line(ws, 2, "附件：工地扬尘防治黑榜", 9)
    words = [
        "序号",
        "项目名称",
        "建设单位",
        "施工单位（整改责任单位）",
        "督查日期",
        "存在问题",
        "处理措施",
    ]
    b.header(ws, 3, [*words, "属地监管部门", "整改期限", "整改落实情况"])
    r = 4
    for i, row in enumerate(DUST_ROWS, 1):
        b.row(ws, r, [i, *row])
        r += 1
    b.line(
        ws,
        r + 1,
        "注：整改期限以整改通知书载明的时限为准；属地、条线监管部门负责跟踪落实。",
        9,
    )
    b.line(ws, r + 2, "填表人：刘洋    审核人：陈志国    联系电话：0393-8991234", 9)
    red = b.sheet("红榜")
    b.widths(red, [6, 24, 26, 50])
    b.line(red, 0, "工地扬尘防治红榜", 3, b.title)
    b.header(red, 1, ["序号", "项目名称", "施工单位", "亮点做法"])
    for i, values in enumerate(DUST_RED, 1):
        b.row(red, 1 + i, [i, *values])
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 居民用户户内燃气安全隐患排查整治台账, after a county 城市管理局's account of a house-to-house check made with a
# gas company and the 社区 (同一空间使用管道燃气和瓶装液化气, 燃气热水器烟道未伸出户外, 橡胶软管老化; 部分隐患当场
# 完成整改, 其他需更换燃气设施器具的持续跟踪整改进度): http://m.jsxrmt.cn/c/dDlKbzlUTlROMUZIMUI3cnAxS25sZz09.html
# An .xls of the gas company itself: title, 填报单位 line, two-row header (整改情况 over 是否当场整改/整改时限/整改进展),
# rows naming the company's own sections as 责任部门, 排查日期 an event, a 合计 line, signatures.
GAS_ROWS = [
    (
        "建设路社区",
        "金堤小区3号楼2单元",
        date(2024, 7, 3),
        "混用气源",
        "同一空间使用管道燃气和瓶装液化气",
        "是",
        "立行立改",
        "已当场整改，用户已撤除液化气钢瓶",
        "安检一所",
    ),
    (
        "胜利路社区",
        "油田五号院12号楼",
        date(2024, 7, 5),
        "烟道问题",
        "燃气热水器烟道未伸出户外",
        "否",
        "2024年7月15日",
        "已整改",
        "安检一所",
    ),
    (
        "中原路社区",
        "绿城小区8号楼1单元",
        date(2024, 7, 10),
        "软管问题",
        "橡胶软管老化龟裂，长度超过2米",
        "否",
        "7日内",
        "正在整改，已通知用户更换金属波纹管",
        "安检二所",
    ),
    (
        "任丘路社区",
        "昆吾花园2号楼",
        date(2024, 7, 12),
        "设施漏气",
        "燃气表前阀门接口漏气",
        "是",
        "立行立改",
        "已当场更换阀门",
        "抢修队",
    ),
    (
        "开州路社区",
        "华夏小区5号楼",
        date(2024, 7, 16),
        "燃气具问题",
        "燃气灶具无熄火保护装置",
        "否",
        "2024年8月31日前",
        "",
        "客服中心",
    ),
    (
        "京开路社区",
        "开州花园17号楼",
        date(2024, 7, 18),
        "违规改装",
        "厨房改作卧室，燃气管道被包封在吊顶内",
        "否",
        "2024年7月25日",
        "未整改",
        "安检二所",
    ),
    (
        "孟轲社区",
        "孟轲小区商业街",
        date(2024, 7, 22),
        "报警装置",
        "沿街餐饮商户未安装燃气泄漏报警器",
        "否",
        "2024年9月30日",
        "推进中，已安装3户",
        "客服中心",
    ),
]


def write_gas(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False, wrap=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "濮阳市燃气有限公司居民用户户内燃气安全隐患排查整治台账", title, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳市燃气有限公司（盖章）    排查时间：2024年7月1日—7月25日    填报日期：2024年7月29日",
            plain,
            1,
            10,
        ),
    ]
    for c, w in enumerate(["序号", "社区", "用户地址", "排查日期", "隐患类别", "隐患描述"]):
        cells.append((2, c, w, head, 3, c))
    cells.append((2, 6, "整改情况", head, 2, 8))
    for c, w in enumerate(["是否当场整改", "整改时限", "整改进展"], start=6):
        cells.append((3, c, w, head))
    cells.append((2, 9, "责任部门", head, 3, 9))
    cells.append((2, 10, "备注", head, 3, 10))
    r = 4
    for i, (area, addr, day, kind, desc, now, limit, progress, dept) in enumerate(GAS_ROWS, 1):
        values = [
            str(i),
            area,
            addr,
            day.strftime("%Y-%m-%d"),
            kind,
            desc,
            now,
            limit,
            progress,
            dept,
            "",
        ]
        for c, v in enumerate(values):
            cells.append((r, c, v, mid if c in (0, 3, 6) else cell))
        r += 1
    cells.append((r, 0, "合计", mid, r, 4))
    cells.append((r, 5, "排查发现隐患7处，当场整改2处，限期整改5处", cell, r, 10))
    cells.append(
        (
            r + 2,
            0,
            "填表人：赵敏        审核人：孙建军        联系电话：0393-4412345",
            plain,
            r + 2,
            10,
        )
    )
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 养老机构安全专项整治整改情况月报表, after a city's 养老机构安全专项整治 (房屋安全、消防安全、食品安全、卫生许可;
# "一院一策", 明确整改时间; 8月底前各乡镇（街道）组织实施整改, 整改情况按月上报领导小组办公室; 11月底验收):
# http://www.zhikuyanglao.com:8000/news_show.php?id=8067
# An .ods: title, 报送 line, a 说明 line giving the 8月底前 deadline once (另定时限 where a row names one); two-row
# header (存在问题 over the four 安全 kinds); the 责任乡镇（街道） by full name; 填报人 line.
CARE_ROWS = [
    (
        "濮阳县文留镇人民政府",
        "文留镇敬老院",
        "部分老年人居室墙体出现裂缝，未经安全鉴定",
        "",
        "",
        "",
        "委托鉴定机构鉴定并加固",
        "",
        "已完成安全鉴定和加固",
    ),
    (
        "清丰县韩村镇人民政府",
        "韩村镇颐养院",
        "",
        "厨房与老年人居室之间未进行防火分隔",
        "",
        "",
        "砌筑防火隔墙，安装防火门",
        "2024年7月20日",
        "已整改",
    ),
    (
        "华龙区胜利路街道办事处",
        "康乐老年公寓",
        "",
        "",
        "食堂未取得食品经营许可证",
        "",
        "申办食品经营许可",
        "",
        "正在办理，已提交申请材料",
    ),
    (
        "南乐县元村镇人民政府",
        "元村镇福寿园养老院",
        "",
        "",
        "",
        "医务室未办理医疗机构执业备案",
        "办理执业备案",
        "",
        "",
    ),
    (
        "范县陈庄镇人民政府",
        "陈庄镇敬老院",
        "",
        "未安装自动喷水灭火系统",
        "",
        "",
        "争取资金安装简易喷淋",
        "2024年11月底前",
        "未启动，资金尚未落实",
    ),
    (
        "台前县侯庙镇人民政府",
        "侯庙镇敬老院",
        "院内活动室屋面漏雨、吊顶脱落",
        "",
        "",
        "",
        "维修屋面",
        "",
        "已完成维修",
    ),
    (
        "华龙区中原路街道办事处",
        "夕阳红托老所",
        "",
        "二楼安全出口被杂物堵塞",
        "",
        "",
        "清理杂物，落实每日巡查",
        "2024年7月15日",
        "已清理，复查合格",
    ),
]


def write_care_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("7月")
    b.widths(ws, [6, 22, 18, 22, 22, 20, 20, 22, 14, 24])
    b.line(ws, 0, "全市养老机构安全专项整治整改情况月报表（2024年7月）", 9, b.title)
    b.line(ws, 1, "报送单位：濮阳市民政局    报送时间：2024年7月30日", 9)
    b.line(
        ws,
        2,
        "说明：按照“一院一策”要求，各乡镇（街道）须于2024年8月底前完成整改；另定时限的，按另定时限执行。",
        9,
    )
    for c, w in enumerate(["序号", "责任乡镇（街道）", "养老机构名称"]):
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 3, 3, 6, "存在问题", b.head)
    b.header(ws, 4, ["房屋安全", "消防安全", "食品安全", "卫生许可"], first=3)
    for c, w in enumerate(["整改措施", "另定时限", "整改进展"], start=7):
        b.merge(ws, 3, c, 4, c, w, b.head)
    for i, row in enumerate(CARE_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
    end = 5 + len(CARE_ROWS)
    b.line(ws, end + 1, "填报人：马丽    审核人：杨国庆    联系电话：0393-8668123", 9)
    return b.close()


def write_care(path: Path) -> Path:
    via_soffice(write_care_book, path, "ods", "养老机构安全专项整治整改情况月报表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 人大代表建议办理情况督查表, after a city 人大's account of a joint check with the 市政府办公室 on how the 承办单位
# handle the 代表建议 (建议分别交33个部门和单位办理; 大部分承办单位已书面答复代表; 少数部门重视不够、落实不到位):
# http://www.dyrdw.gov.cn/Web_Rdjj/2022-11-28/812.html
# An .et (Excel 97 via LibreOffice): title, a line with the 交办日期 and the three-month rule, one header row
# (建议编号/建议题目/领衔代表/主办单位/协办单位/办理进度/代表意见/督查意见), city units by short names, the proposer
# beside them, one dated extension in the 督查意见, a 督查组 line.
NPC_ROWS = [
    (
        "第0112号",
        "关于加快老旧小区加装电梯的建议",
        "李国强",
        "住建局",
        "财政局",
        "已答复",
        "满意",
        "",
    ),
    (
        "第0135号",
        "关于在中小学校门口增设临时停车泊位的建议",
        "王红梅",
        "交警支队",
        "教育局",
        "已答复",
        "基本满意",
        "",
    ),
    (
        "第0147号",
        "关于规范农村集体经营性建设用地入市的建议",
        "张建华",
        "市自然资源局",
        "农业农村局",
        "正在办理",
        "",
        "经批准延期至2024年8月31日前答复",
    ),
    (
        "第0156号",
        "关于提高城乡居民医保门诊慢特病报销比例的建议",
        "刘冬梅",
        "医保局",
        "卫健委",
        "已答复",
        "满意",
        "",
    ),
    (
        "第0168号",
        "关于推进马颊河沿岸生态廊道建设的建议",
        "赵志刚",
        "水利局",
        "生态环境局",
        "正在办理",
        "",
        "督促加快办理",
    ),
    (
        "第0173号",
        "关于扶持返乡创业人员贷款贴息的建议",
        "孙立新",
        "人社局",
        "财政局",
        "",
        "",
        "",
    ),
    (
        "第0181号",
        "关于增开城区夜间公交线路的建议",
        "陈晓燕",
        "公交公司",
        "交通局",
        "尚未办理",
        "",
        "未按时限办理，已催办",
    ),
    (
        "第0190号",
        "关于在新建小区配建便民菜市场的建议",
        "周明",
        "商务局",
        "市场监管局",
        "已办结",
        "满意",
        "",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="代表工委")
    ws = b.sheet("督查表")
    b.widths(ws, [10, 40, 10, 14, 14, 12, 10, 30])
    b.line(ws, 0, "市十一届人大三次会议代表建议办理情况督查表", 7, b.title)
    b.line(
        ws,
        1,
        "交办日期：2024年3月26日    办理时限：自交办之日起3个月内办结并书面答复代表",
        7,
    )
    b.header(
        ws,
        2,
        [
            "建议编号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "协办单位",
            "办理进度",
            "代表意见",
            "督查意见",
        ],
    )
    for i, row in enumerate(NPC_ROWS):
        b.row(ws, 3 + i, list(row))
    b.line(
        ws,
        4 + len(NPC_ROWS),
        "督查组：市人大常委会代表工作委员会、市政府督查局    2024年7月24日",
        7,
    )
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "代表建议办理情况督查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 政协提案办理落实情况一览表, after a city government's account of the 政协提案 it handled (共收到提案…交由…个
# 单位具体承办; 均已按期答复完毕; 从提案落实情况看, 已落实…基本落实或计划落实…; 满意率):
# http://www.lsdcl.net/col/col1229550391/art/2026/art_ae60e62cbe8c46328ec80b23fd182630.html
# A .docx: title, a paragraph giving the 办复 deadline once, one table (提案号/案由/提案人/承办单位/落实情况/委员
# 评价) with city units by short names and the proposer beside them, a closing paragraph and 落款.
CPPCC_ROWS = [
    (
        "第23号",
        "关于挖掘戚城遗址文化资源推动文旅融合发展的提案",
        "民盟濮阳市委",
        "文广旅局",
        "已落实",
        "满意",
    ),
    (
        "第31号",
        "关于加强农村留守儿童心理健康教育的提案",
        "王莉",
        "教育局",
        "正在落实",
        "基本满意",
    ),
    (
        "第45号",
        "关于完善社区养老服务站运营补贴政策的提案",
        "杨树林",
        "民政局",
        "已落实",
        "满意",
    ),
    (
        "第52号",
        "关于提高残疾人就业补贴标准的提案",
        "农工党濮阳市委",
        "残联",
        "尚未落实",
        "",
    ),
    (
        "第60号",
        "关于加快农村低电压台区改造的提案",
        "刘海",
        "供电公司",
        "正在落实",
        "满意",
    ),
    (
        "第68号",
        "关于推动气象灾害预警信息进村入户的提案",
        "孙燕",
        "气象局",
        "已落实",
        "满意",
    ),
    ("第74号", "关于推进部门统计数据共享共用的提案", "高峰", "统计局", "", ""),
]


def write_cppcc(path: Path) -> Path:
    doc = _new_document("市政府督查局")
    _title(doc, "市政协十一届三次会议提案办理落实情况一览表")
    _paragraph(
        doc,
        "市政协十一届三次会议期间，交由市政府办理的提案共86件，分别交由29个单位承办。按照要求，各承办单位须于"
        "2024年6月30日前办复。现将部分提案办理落实情况列表如下：",
    )
    header = ["序号", "提案号", "案由", "提案人", "承办单位", "落实情况", "委员评价"]
    _table(doc, header, [[str(i), *row] for i, row in enumerate(CPPCC_ROWS, 1)])
    _paragraph(doc, "对尚未落实的提案，请承办单位抓紧办理，并将办理结果及时反馈提案人。")
    _paragraph(doc, "市政府督查局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 12345热线工单办理情况 of the city 城市管理局, after a county 城市管理局's 12345 调度会 (工单交办承办部门; 中午、
# 夜间群众诉求快速反馈; 未按时反馈的次日生成书面工单督办; 回复中明确处置时间及责任人; 二级机构):
# https://www.guzhen.gov.cn/gzdt/bmdt/81351376.html
# A UTF-8 CSV with a BOM as a hotline system exports it: an 导出单位 line, one header row, the bureau's own
# sections as 承办部门, 派单时间 the base of N个工作日 limits, 办理状态 and 回复内容, 处置责任人.
HOTLINE_ROWS = [
    (
        "2024071500123",
        "2024-07-15 09:12",
        "市容环卫",
        "昆吾路与京开大道交叉口垃圾桶满溢无人清运",
        "市容环境卫生管理处",
        "1个工作日",
        "已办结",
        "已安排清运车辆清理并增加清运频次",
        "王强",
    ),
    (
        "2024071600457",
        "2024-07-16 21:40",
        "噪音扰民",
        "胜利路夜市烧烤摊占道经营，夜间噪音扰民",
        "城市管理综合执法一大队",
        "3个工作日",
        "已办结",
        "已责令摊主退路进店经营，夜间加强巡查",
        "李伟",
    ),
    (
        "2024071900088",
        "2024-07-19 12:05",
        "园林绿化",
        "胜利路行道树枝条遮挡交通信号灯",
        "园林绿化中心",
        "3个工作日",
        "办理中",
        "已安排修剪，待高空作业车到位",
        "张超",
    ),
    (
        "2024072200310",
        "2024-07-22 10:31",
        "市政设施",
        "黄河路人行道地砖松动多处，雨天溅水",
        "市政设施维护处",
        "5个工作日",
        "办理中",
        "已勘查，正在组织维修",
        "刘斌",
    ),
    (
        "2024072400219",
        "2024-07-24 16:50",
        "违法建设",
        "绿城小区10号楼楼顶私搭彩钢房",
        "城市管理综合执法二大队",
        "5个工作日",
        "待签收",
        "",
        "",
    ),
    (
        "2024072600035",
        "2024-07-26 20:18",
        "照明设施",
        "龙湖公园东门至南门路段路灯不亮",
        "城市照明管理所",
        "3个工作日",
        "已反馈",
        "已更换损坏灯具，照明恢复，已电话告知市民",
        "陈刚",
    ),
    (
        "2024072900142",
        "2024-07-29 08:47",
        "渣土运输",
        "开州路渣土车沿途抛撒，路面污染",
        "渣土管理科",
        "3个工作日",
        "办理中",
        "已联系运输企业清扫路面，正在调查抛撒车辆",
        "赵磊",
    ),
    (
        "2024073000501",
        "2024-07-30 07:20",
        "占道经营",
        "华龙区早市商贩占用盲道摆摊",
        "城市管理综合执法一大队",
        "5个工作日",
        "",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["导出单位：濮阳市城市管理局", "", "", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求类别",
            "诉求内容",
            "承办部门",
            "办理时限",
            "办理状态",
            "回复内容",
            "处置责任人",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 区河长办交办巡河问题整改情况的报告, after a district's 河长 inspection (河流所属乡镇立即对存在的问题逐一整改,
# 整改情况及时上报区河长办; 区河长办及时下发问题清单, 对整改不力或不能按时上报整改结果的通报问责):
# http://www.yingzhounews.net/cms/show-148632.html
# A .wps (Word 97 saved with the WPS suffix): title, 主送, a paragraph giving the 交办 date and the 15日内 rule
# once, one paragraph per problem (责任单位、整改时限 where a row has its own, 整改情况), 落款 and 联系人.
RIVER_ITEMS = [
    (
        "金堤河岳村乡段右岸堆放生活垃圾约30立方米",
        "岳村乡人民政府",
        "",
        "已清理完毕，经区河长办复核销号。",
    ),
    (
        "马颊河孟轲乡段河道管理范围内种植高秆作物",
        "孟轲乡人民政府",
        "2024年9月30日前（秋收后清除）",
        "正在与种植户协商，已签订清除承诺书。",
    ),
    (
        "第三濮清南干渠皇甫街道段存在生活污水直排口1处",
        "皇甫街道办事处",
        "",
        "已完成封堵并接入市政管网。",
    ),
    ("潴龙河王助镇段河面漂浮物未及时打捞", "王助镇人民政府", "", "尚未整改。"),
    (
        "顺河沟胜利路街道段岸坡违建养殖棚2处",
        "胜利路街道办事处",
        "2024年8月底前",
        "已拆除1处，另1处正在拆除。",
    ),
    ("金堤河新习乡段河道管理范围内违规堆放砂石", "新习乡人民政府", "", "未报送。"),
    (
        "濮水河中原路街道段河长公示牌信息未更新",
        "中原路街道办事处",
        "立行立改",
        "已更新公示牌信息。",
    ),
]


def write_river_docx(path: Path) -> Path:
    doc = _new_document("河长办")
    _title(doc, "关于区河长办交办巡河问题整改情况的报告")
    _paragraph(doc, "市河长制办公室：")
    _paragraph(
        doc,
        "2024年7月5日，区河长办根据区级河长巡河情况下发问题清单（华龙河长办〔2024〕12号），要求各责任单位自交办"
        "之日起15日内整改到位，另有时限要求的按要求执行。现将整改情况报告如下：",
    )
    for i, (problem, unit, limit, done) in enumerate(RIVER_ITEMS, 1):
        text = f"{i}. {problem}。责任单位：{unit}"
        if limit:
            text += f"；整改时限：{limit}"
        _paragraph(doc, text + f"。整改情况：{done}")
    _paragraph(doc, "下一步，区河长办将对未按时整改、未报送整改情况的单位进行通报。")
    _paragraph(doc, "华龙区河长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（联系人：周涛，电话：0393-8116688）")
    return _save_fixed(doc, path)


def write_river(path: Path) -> Path:
    return via_soffice(write_river_docx, path, "doc", "巡河问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 市长局长坐诊接诉企业诉求办理情况, after a city's account of its 市长局长坐诊接访接诉 (企业诉求梳理、分类、转办、
# 反馈; 累计接收企业诉求…有效诉求…已办结…正在推进办理; 不符合受理条件的做好解释说明):
# https://www.puerw.cn/content/202511/14/c462241.html
# A .doc: title, a paragraph with counts and the 10个工作日 rule (from each 转办 date) once, one paragraph per
# 诉求 naming the company (the complainant), the 承办单位 and a 协办单位, the 转办日期, 办理情况; 落款.
BIZ_ITEMS = [
    (
        "濮阳宏业化工有限公司",
        "厂区扩建项目用地规划条件迟迟未出具",
        "市自然资源规划局",
        "",
        "7月2日",
        "规划条件已出具，已答复企业。",
    ),
    (
        "濮阳新天地食品有限公司",
        "新建厂房临时用电报装超过承诺时限",
        "濮阳供电公司",
        "",
        "7月4日",
        "已完成送电，已办结。",
    ),
    (
        "河南锦源进出口贸易有限公司",
        "出口退税办理进度慢，资金周转困难",
        "市税务局",
        "市商务局",
        "7月9日",
        "正在办理，已开通绿色通道。",
    ),
    (
        "濮阳瑞丰置业有限公司",
        "施工图联合审查意见反复修改，审查时间过长",
        "市住建局",
        "",
        "7月11日",
        "正在协调，经批准延期至2024年8月15日办结。",
    ),
    (
        "濮阳市恒信机械制造有限公司",
        "稳岗返还资金长期未到账",
        "市人社局",
        "市财政局",
        "7月15日",
        "资金已拨付到账，已答复企业。",
    ),
    (
        "濮阳天泽新材料有限公司",
        "特种设备定期检验排队时间长影响生产",
        "市市场监管局",
        "",
        "7月19日",
        "尚未办理。",
    ),
    (
        "濮阳市路桥建设有限公司",
        "投标保证金退还不及时",
        "市公共资源交易中心",
        "",
        "7月24日",
        "",
    ),
]


def write_biz_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "市长局长坐诊接诉企业诉求办理情况")
    _paragraph(
        doc,
        "7月份，市长局长坐诊接访接诉活动共接收企业诉求12条，经甄别确定有效诉求7条，均已转办相关单位。按照全流程"
        "管理工作机制，承办单位应自转办之日起10个工作日内办结并答复企业。现将办理情况通报如下：",
    )
    for i, (firm, ask, unit, helper, day, done) in enumerate(BIZ_ITEMS, 1):
        text = f"{i}. {firm}反映：{ask}。承办单位：{unit}"
        if helper:
            text += f"，协办单位：{helper}"
        text += f"；转办日期：2024年{day}。"
        text += f"办理情况：{done}" if done else "办理情况：（未反馈）"
        _paragraph(doc, text)
    _paragraph(doc, "对不符合受理条件的5条诉求，已按程序向企业做好解释说明。")
    _paragraph(doc, "市政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_docx, path, "doc", "企业诉求办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 营商环境投诉举报案件办理台账, after a district's 营商环境投诉处理 (受理、办理、结案、反馈、评价全流程闭环, 形成
# 营商环境投诉问题档案; 码上诉求 24小时提交、查询进度; 定期督查通报): https://www.nanyang.gov.cn/2025/12-25/1364833.html
# A GBK CSV as Excel saves it: title and 统计截至 lines, one header row (受理时间 an event, 办理期限 in working days
# or months from it), districts and city units by short names, 结案情况 and 反馈评价, a 合计 line.
COMPLAINT_ROWS = [
    (
        "YS2024-031",
        "码上诉求",
        "2024-07-01",
        "企业办理不动产登记需重复提交营业执照复印件",
        "不动产登记中心",
        "5个工作日",
        "已结案",
        "满意",
    ),
    (
        "YS2024-032",
        "入企走访",
        "2024-07-03",
        "产业园区纬二路破损严重，货车通行困难",
        "濮阳县",
        "15个工作日",
        "办理中，已完成路面破损段招标",
        "",
    ),
    (
        "YS2024-033",
        "营商环境监督员",
        "2024-07-05",
        "历史遗留工业项目土地证长期无法办理",
        "市自然资源局",
        "1个月",
        "部分完成，已完成地籍调查",
        "",
    ),
    (
        "YS2024-034",
        "投诉窗口",
        "2024-07-10",
        "水电气联合报装仍需分别提交材料",
        "自来水公司",
        "5个工作日",
        "已结案",
        "满意",
    ),
    (
        "YS2024-035",
        "码上诉求",
        "2024-07-12",
        "同一企业一月内被多个部门重复检查",
        "市场监管局",
        "15个工作日",
        "未办理",
        "",
    ),
    (
        "YS2024-036",
        "码上诉求",
        "2024-07-17",
        "餐饮店开业消防检查窗口相互推诿",
        "消防支队",
        "5个工作日",
        "已结案",
        "基本满意",
    ),
    (
        "YS2024-037",
        "入企走访",
        "2024-07-19",
        "华龙区工业园区污水管网未接通，企业无法投产",
        "华龙区",
        "15个工作日",
        "正在施工",
        "",
    ),
    (
        "YS2024-038",
        "营商环境监督员",
        "2024-07-26",
        "企业职工公积金贷款审批时间过长",
        "公积金中心",
        "5个工作日",
        "已结案，已回访",
        "满意",
    ),
]


def write_complaints(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    blank = [""] * 8
    w.writerow(["营商环境投诉举报案件办理台账", *blank])
    w.writerow(["统计截至：2024年7月31日", *blank])
    w.writerow(
        [
            "序号",
            "案件编号",
            "投诉渠道",
            "受理时间",
            "投诉内容",
            "办理单位",
            "办理期限",
            "结案情况",
            "反馈评价",
        ]
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "8件", "", "", "已结案4件，办理中4件", "", "", "", ""])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 民生工程实施进度通报, after a city 民生办's 1至7月民生工程实施进度通报 (各县区实施进度综合排名; 部分项目进展
# 情况: 项目, 牵头部门, 建设进度相对较慢的县区): http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&time=2017-08-11
# Tab-separated UTF-16 text as Excel saves "Unicode text": a title and a 排名 line, one header row (民生工程项目/
# 牵头部门/年度任务/1-7月实施进度/进度较慢的县区/完成时限), the counties as other parties, the 民生办 signature.
LIVELIHOOD_ROWS = [
    (
        "城区公办幼儿园新建改扩建工程",
        "市教育局",
        "新建改扩建5所",
        "已开工4所，正常推进",
        "南乐县",
        "2024年12月底前",
    ),
    (
        "城镇老旧小区改造工程",
        "市住建局",
        "改造30个小区",
        "已完工12个，正常推进",
        "",
        "2024年11月底前",
    ),
    (
        "城区公共停车泊位建设",
        "市城管局",
        "新增2000个",
        "已新增2150个，提前完成年度任务",
        "",
        "2024年12月31日",
    ),
    (
        "乡镇污水处理站建设",
        "市生态环境局",
        "建成8座",
        "推进缓慢，尚未开工",
        "范县、台前县",
        "2024年12月底前",
    ),
    (
        "65岁以上老年人免费健康体检",
        "市卫健委",
        "体检12万人",
        "已体检7.6万人，正常推进",
        "",
        "2024年12月底前",
    ),
    (
        "农村道路畅通工程",
        "市交通运输局",
        "新改建农村公路100公里",
        "完成36公里，正常推进",
        "清丰县",
        "2024年10月底前",
    ),
    ("城乡困难群众法律援助", "市司法局", "应援尽援", "常态化推进", "", "常态化"),
    ("城区智慧公交站台改造", "公交公司", "改造50座", "", "", "2024年9月30日前"),
]


def write_livelihood(path: Path) -> Path:
    lines = [
        "2024年1至7月全市民生工程实施进度通报",
        "一、各县区民生工程实施进度综合排名：第一名清丰县；第二名华龙区；第三名濮阳县；第四名南乐县；第五名范县；第六名台前县",
        "二、部分项目进展情况",
        "序号\t民生工程项目\t牵头部门\t年度任务\t1-7月实施进度\t进度较慢的县区\t完成时限",
    ]
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        lines.append("\t".join([str(i), *row]))
    lines.append("濮阳市民生工作办公室\t2024年7月31日")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# ---------------------------------------------------------------------------------------------
# 11. 城镇燃气安全专项整治回访检查隐患整改台账, after a district's 燃气安全专项整治攻坚行动回访检查 (城管、公安、消防等
# 部门深入管道（瓶装）燃气经营企业、餐饮企业、在建工地食堂回访检查; 建立隐患台账, 推进问题整改; 燃气泄漏报警装置):
# http://m.shilihuiyuan.cn/news/show.php?itemid=26295
# Three sheets, one per kind of place, each with title and header (检查日期 an event, 被检查单位 the unit to
# correct, 整改时限 incl. N日内 and 立即整改 counted from the 检查日期, 复查情况, 检查部门 the inspector).
GAS_CHECK = [
    (
        "燃气经营企业",
        [
            (
                date(2024, 7, 8),
                "濮阳县鑫源液化石油气供应站",
                "钢瓶充装记录不全，存在超期未检钢瓶12只",
                "2024年7月20日",
                "复查合格",
                "区城市管理局",
            ),
            (
                date(2024, 7, 9),
                "濮阳中裕燃气有限公司",
                "城区3处调压箱防护栏缺失",
                "2024年8月10日",
                "正在整改",
                "区城市管理局",
            ),
        ],
    ),
    (
        "餐饮用户",
        [
            (
                date(2024, 7, 15),
                "华龙区老城张记羊肉烩面馆",
                "后厨未安装燃气泄漏报警装置",
                "7日内",
                "已安装，复查合格",
                "区城市管理局、区消防救援大队",
            ),
            (
                date(2024, 7, 16),
                "华龙区胜利路好味来快餐店",
                "液化气钢瓶与灶具间距不足1米",
                "立即整改",
                "已当场整改",
                "区城市管理局",
            ),
            (
                date(2024, 7, 17),
                "濮阳经开区蜀香源火锅店",
                "燃气软管穿墙未加装保护套管",
                "2024年7月31日",
                "",
                "区消防救援大队",
            ),
        ],
    ),
    (
        "在建工地食堂",
        [
            (
                date(2024, 7, 18),
                "中建七局第三建筑有限公司龙湖观澜府项目部",
                "工地食堂使用瓶装液化气未设置独立气瓶间",
                "2024年7月25日",
                "未整改",
                "区城市管理局、区住建局",
            ),
            (
                date(2024, 7, 22),
                "河南华安建设集团有限公司濮阳县人民医院项目部",
                "食堂燃气灶具无熄火保护装置",
                "2024年8月5日",
                "正在更换灶具",
                "区城市管理局",
            ),
        ],
    ),
]


def write_gas_check(path: Path) -> Path:
    b = Book(path, author="燃气办")
    for name, rows in GAS_CHECK:
        ws = b.sheet(name)
        b.widths(ws, [6, 12, 36, 36, 16, 18, 26])
        b.line(
            ws,
            0,
            f"华龙区城镇燃气安全专项整治回访检查隐患整改台账（{name}）",
            6,
            b.title,
        )
        b.line(
            ws,
            1,
            "填报单位：华龙区城镇燃气安全专项整治工作专班    填报日期：2024年7月30日",
            6,
        )
        b.header(
            ws,
            2,
            [
                "序号",
                "检查日期",
                "被检查单位",
                "隐患问题",
                "整改时限",
                "复查情况",
                "检查部门",
            ],
        )
        for i, row in enumerate(rows, 1):
            b.row(ws, 2 + i, [i, *row])
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 两个镇的河长巡河发现问题整改情况, in one zip, after a town's 镇级河长 inspection (察看河道、两岸环境卫生、违章
# 建筑、禽畜养殖; 对巡河中发现的问题当即交办各责任人, 迅速整改到位; 清四乱; 河道专管员):
# https://ssrb.fjdaily.com/pc/con/202106/08/content_79199.html
# A zip with GBK member names: one town's workbook (title, 填报单位 and 巡河日期 line, 交办对象 persons, 整改时限
# incl. 立行立改 from the 巡河日期) and the other town's Word table (巡河时间 an event, 是否完成 是/否).
TOWN_A_ROWS = [
    (
        "潴龙河韩村段",
        "河道内倾倒建筑垃圾约10立方米",
        "乱堆",
        "韩村村河道专管员李保国",
        "2024年7月12日",
        "已清运",
    ),
    (
        "马颊河支渠后张庄段",
        "岸坡搭建简易鸡舍2间",
        "乱建",
        "后张庄村级河长王振华",
        "7月底前",
        "正在拆除",
    ),
    (
        "顺河沟前屯段",
        "河面水葫芦大面积聚集",
        "其他",
        "前屯村河道专管员赵红",
        "立行立改",
        "已打捞清理",
    ),
    (
        "南沟刘庄段",
        "河道内违规挖砂取土",
        "乱采",
        "刘庄村级河长刘建设",
        "2024年8月15日",
        "未整改",
    ),
]
TOWN_B_ROWS = [
    ("2024-07-03", "卫河元村段", "沿岸堆放生活垃圾", "组织清运", "2024年7月10日", "是"),
    (
        "2024-07-10",
        "永顺沟",
        "村庄排水口污水溢流入沟",
        "疏通排水管道",
        "2024年7月31日",
        "否",
    ),
    (
        "2024-07-17",
        "卫河支流北段",
        "河道管理范围内违建看护房1处",
        "拆除违建",
        "2024年9月底前",
        "否，正在协调拆除",
    ),
    ("2024-07-24", "徒骇河元村段", "河长公示牌损毁", "更换公示牌", "2024年8月10日", ""),
]


def write_town_a(path: Path) -> Path:
    b = Book(path, author="韩村镇河长办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 18, 30, 10, 24, 14, 14])
    b.line(ws, 0, "韩村镇2024年7月镇级河长巡河发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县韩村镇人民政府    巡河日期：2024年7月9日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "河流（河段）",
            "发现问题",
            "问题类型",
            "交办对象",
            "整改时限",
            "整改结果",
        ],
    )
    for i, row in enumerate(TOWN_A_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(TOWN_A_ROWS), "镇级河长：孙红军（签字）", 6)
    return b.close()


def write_town_b(path: Path) -> Path:
    doc = _new_document("元村镇")
    _title(doc, "元村镇河长巡河发现问题整改情况", 18)
    _paragraph(doc, "填报单位：南乐县元村镇人民政府（盖章）        填报时间：2024年7月29日", 12)
    header = ["巡河时间", "河段", "发现问题", "整改措施", "完成时限", "是否完成"]
    _table(doc, header, [list(row) for row in TOWN_B_ROWS])
    _paragraph(doc, "填表人：郭静    联系电话：0393-7321056", 12)
    return _save_fixed(doc, path)


class GbkZipInfo(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


def write_towns(path: Path) -> Path:
    members = [
        ("韩村镇巡河问题整改台账.xlsx", write_town_a, "a.xlsx"),
        ("元村镇河长巡河发现问题整改情况.docx", write_town_b, "b.docx"),
    ]
    with (
        tempfile.TemporaryDirectory() as tmp,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for name, writer, scratch in members:
            member = writer(Path(tmp) / scratch)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 13. 市政府民生实事推进情况, after a city's 民生实事 progress account (根据季度序时进度安排: 已提前完成全年任务、超序时
# 进度、按序时推进的事项): http://www.7263355.com/zglygzfmhwz/gzdt_msss2025/content/2399a463-3ef6-47e4-bed9-614ef9ecfd36.html
# A .docx: title, a paragraph with counts, then one heading and one table per group (提前完成全年任务 / 超序时进度 /
# 按序时推进 / 滞后序时进度), city units by short names, 计划完成时间 as months, 落款.
PROJECT_GROUPS = [
    (
        "一、已提前完成全年任务的事项",
        [
            (
                "城区生活垃圾分类屋（亭）建设",
                "市城管局",
                "建设200座",
                "已全部建成投用",
                "2024年10月",
            ),
            (
                "农村公路安保工程",
                "市交通运输局",
                "完成300公里",
                "已完工并通过交工验收",
                "2024年9月",
            ),
        ],
    ),
    (
        "二、超序时进度的事项",
        [
            (
                "既有住宅加装电梯",
                "市住建局",
                "加装电梯60部",
                "已完成社区备案52部，完工31部",
                "2024年12月",
            ),
            (
                "路口交通信号灯新建",
                "交警支队",
                "新建信号灯10处",
                "已完成6处，其余正在施工",
                "2024年8月",
            ),
        ],
    ),
    (
        "三、按序时推进的事项",
        [
            (
                "乡镇卫生院分院建设",
                "市卫健委",
                "建成2所",
                "主体结构施工完成，正在内部装修",
                "2024年10月",
            ),
            (
                "残疾人康复驿站建设",
                "市残联",
                "建成10个",
                "已建成5个，其余正在选址装修",
                "2024年12月",
            ),
        ],
    ),
    (
        "四、滞后序时进度的事项",
        [
            (
                "职业技能提升培训",
                "市人社局",
                "培训2万人次",
                "受资金拨付影响，尚未启动",
                "2024年11月",
            ),
        ],
    ),
]


def write_projects(path: Path) -> Path:
    doc = _new_document("市政府督查局")
    _title(doc, "2024年市政府民生实事1—7月推进情况")
    _paragraph(
        doc,
        "2024年，市政府民生实事共10大类30个事项。根据序时进度安排，截至7月底，2个事项已提前完成全年任务，2个事项"
        "超序时进度，2个事项按序时推进，1个事项滞后序时进度。具体情况如下：",
    )
    header = [
        "序号",
        "事项名称",
        "责任单位",
        "年度目标",
        "1—7月进展情况",
        "计划完成时间",
    ]
    n = 0
    for heading, rows in PROJECT_GROUPS:
        _paragraph(doc, heading, 16, "黑体")
        body = []
        for row in rows:
            n += 1
            body.append([str(n), *row])
        _table(doc, header, body)
    _paragraph(doc, "市政府督查局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("全市建筑工地扬尘防治督查发现问题整改台账（2024年第3期）.xlsx", write_dust),
    ("燃气用户户内安全隐患排查整治台账（7月）.xls", write_gas),
    ("养老机构安全专项整治整改情况月报表（2024年7月）.ods", write_care),
    ("市十一届人大三次会议代表建议办理情况督查表.et", write_npc),
    ("市政协十一届三次会议提案办理落实情况一览表.docx", write_cppcc),
    ("12345工单办理情况_城管局_20240731.csv", write_hotline),
    ("关于区河长办交办巡河问题整改情况的报告.wps", write_river),
    ("市长局长坐诊接诉企业诉求办理情况.doc", write_biz),
    ("营商环境投诉举报案件办理台账.csv", write_complaints),
    ("2024年1至7月全市民生工程实施进度通报.txt", write_livelihood),
    ("城镇燃气安全专项整治回访检查隐患整改台账.xlsx", write_gas_check),
    ("河长巡河发现问题整改情况（两个镇）.zip", write_towns),
    ("2024年市政府民生实事1—7月推进情况.docx", write_projects),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

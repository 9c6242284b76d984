"""Write the dev127 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产大排查大整治（道路交通、消防、城镇燃气、自建房）and 防汛隐患 (物业小区防汛, 防汛备汛大检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
.doc (LibreOffice conversion of a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of
two returns (an .xlsx and a .docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside227.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers in China write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 道路交通安全隐患点段排查治理台账, after a county 交通运输局's account of its joint check with the 公安交警 and
# 公路段 (沿线巡查、步行排查; 村组道路与主路交叉口、途经村口路段警告标志、减速带是否安装和损坏, 占道打场晒粮;
# 逐项建立安全隐患排查台账, 根据各自职责分工按程序整改治理; 排查20余处, 已治理8处, 正在治理中13处):
# http://www.tsrb.com.cn/xwzx/2023-07/27/content_235779308.html
# An .xlsx: title, 填报单位/填报日期 line, one header row with 路线编号 and 隐患点段位置 before the problem, 治理时限 as
# dates / X月X日前 / a schedule text / 长期坚持, 治理状态 in the source's words (已治理 / 正在治理 / 未治理 /
# 常态化管控), city bureaus under short names, a 备注 line and a signature line.
ROAD_ROWS = [
    (
        "G106",
        "K512+300濮阳县庆祖镇梁庄村口",
        "平交路口",
        "村组道路与国道交叉口未设置减速让行标志和道口标柱，视距不良",
        "市公路事业发展中心",
        "增设减速让行标志、道口标柱",
        "2024年7月20日",
        "已治理",
    ),
    (
        "S101",
        "K38+600清丰县柳格镇段",
        "穿村路段",
        "途经村庄路段无限速标志，两处减速带损坏",
        "市公路事业发展中心",
        "修复减速带，增设限速标志",
        "2024年8月15日",
        "正在治理",
    ),
    (
        "S209",
        "濮阳县庆祖镇段",
        "占道",
        "夏收期间群众在公路上占道打场晒粮",
        "濮阳县庆祖镇人民政府",
        "劝导清理，每日巡查",
        "7月10日前",
        "已治理",
    ),
    (
        "X012",
        "华龙区岳村镇段",
        "临水路段",
        "临水路段1.2公里未设置波形梁护栏",
        "华龙区交通运输局",
        "增设波形梁护栏",
        "8月底前完成设计，10月底前安装到位",
        "正在治理",
    ),
    (
        "城市道路",
        "京开大道与胜利路交叉口",
        "信号配时",
        "信号灯配时不合理，左转车辆与过街行人冲突",
        "市交警支队",
        "调整信号配时，增设左转待转区",
        "2024年7月15日",
        "已治理",
    ),
    (
        "Y021",
        "南乐县千口镇前屯村段",
        "急弯",
        "急弯路段无警告标志和凸面镜",
        "南乐县千口镇人民政府",
        "增设急弯警告标志和凸面镜",
        "2024年8月31日",
        "未治理",
    ),
    (
        "S302",
        "K15+200范县王楼镇段",
        "路面病害",
        "路面坑槽破损，夜间无照明",
        "范县公路事业发展中心",
        "坑槽修补，设置警示桩",
        "2024年7月31日",
        "",
    ),
    (
        "城市道路",
        "长庆路市第一中学门前",
        "学校周边",
        "学校门前未施划人行横道线，未设置学校区域提示标志",
        "市住建局",
        "施划人行横道线，增设提示标志和减速标线",
        "2024年8月25日",
        "正在治理",
    ),
    (
        "G342",
        "濮阳东治超站以东路段",
        "违法停车",
        "货车在治超站附近长期违法停车，占用应急车道",
        "市交通局",
        "联合交警常态化巡查劝离",
        "长期坚持",
        "常态化管控",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="综合运输科")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 10, 26, 10, 40, 20, 28, 22, 12])
    b.line(ws, 0, "2024年道路交通安全隐患点段排查治理台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市交通运输局（会同市交警支队、市公路事业发展中心）    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "路线编号",
            "隐患点段位置",
            "隐患类型",
            "隐患描述",
            "责任单位",
            "治理措施",
            "治理时限",
            "治理状态",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end, "备注：治理状态分已治理、正在治理、未治理；需长期管控的路段按常态化管控填报。", 8)
    b.line(ws, end + 1, "审核人：郑卫国    填表人：孙丽娟    联系电话：0393-8916235", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重大火灾隐患挂牌督办整改进展情况表, after a provincial government's 挂牌督办 of 50 重大火灾隐患 (隐患单位 listed
# by city: 酒店、学校、超市、购物中心、医院、企业; 及时制定整改计划，督促隐患单位和场所落实整改措施，确保年底前
# 全部整改销案):
# http://www.gqsoso.com/hangxing/20210511/61579.html
# An .xls (xlwt): title, 填报单位 line, one header row with 县（区）, the 隐患单位 (the one that must rectify) and the
# 督办单位 (the government that hung the plate), 整改期限 as 年底前 / X月底前 / dates, a 销案情况 column beside 整改进展,
# a 注 line and a signature line.
FIRE_ROWS = [
    (
        "华龙区",
        "濮阳市金堤商城有限公司",
        "自动喷水灭火系统瘫痪，消防水泵无法启动",
        "市政府",
        "2024年年底前",
        "已更换消防水泵，喷淋管网正在改造",
        "未销案",
    ),
    (
        "濮阳县",
        "濮阳县中医院",
        "住院楼疏散楼梯间防火门损坏，常闭式防火门长期处于开启状态",
        "濮阳县政府",
        "2024年9月底前",
        "已更换防火门14樘，整改完成",
        "已销案",
    ),
    (
        "清丰县",
        "清丰县鑫源家具城",
        "商场内违规设置员工集体宿舍，住宿与经营场所未分隔",
        "市政府",
        "2024年年底前",
        "",
        "",
    ),
    (
        "南乐县",
        "南乐县福康养老院",
        "老人居室楼未设置火灾自动报警系统",
        "南乐县政府",
        "2024年10月31日",
        "未启动",
        "未销案",
    ),
    (
        "范县",
        "范县宏达纺织有限公司",
        "生产车间与仓库之间防火分隔被拆除，仓库超量堆放棉纱",
        "范县政府",
        "2024年8月31日",
        "已恢复防火分隔，清理超量物资，经复查合格",
        "已销案",
    ),
    (
        "台前县",
        "台前县新世纪购物广场",
        "消防车通道被商户违章建筑占用",
        "市政府",
        "2024年年底前",
        "拆除方案已制定，正在协调商户搬离",
        "未销案",
    ),
    (
        "华龙区",
        "濮阳市华龙区金色年华KTV",
        "疏散通道宽度不足，安全出口数量不足",
        "华龙区政府",
        "2024年9月底前",
        "停业整改中",
        "未销案",
    ),
]


def write_fire(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市重大火灾隐患挂牌督办整改进展情况表", t, 0, 7),
        (1, 0, "填报单位：濮阳市消防救援支队（防火监督处）    填报日期：2024年7月30日", plain, 1, 7),
    ]
    for col, word in enumerate(
        ["序号", "县（区）", "隐患单位名称", "主要火灾隐患", "督办单位", "整改期限", "整改进展", "销案情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 5, 7) else c))
    r = 3 + len(FIRE_ROWS)
    cells += [
        (
            r,
            0,
            "注：隐患单位为整改责任主体；督办单位为挂牌督办的人民政府；整改完成并经消防救援机构复查合格的予以销案。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：李振华    填表人：高鹏    联系电话：0393-4418119", plain, r + 1, 7),
    ]
    return _write_xls(path, [("挂牌督办", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 管道一般事故隐患情况列表, after the list page of a city's 安全生产事故隐患排查治理信息系统 (a two-row header:
# 序号、管道名称、企业名称、隐患描述、隐患类别、录入时间, 录入方式 over 自报/代报, 治理状态 over 未治理/已治理, ticks
# "√"; a pipeline checked without finding shows 无隐患; the categories 违章占压、检验检测、建设施工、标志标识、设备损坏;
# a 说明 box under the list):
# https://github.com/ColinYu25/yhpc/blob/6008a5e3b5626b54e23274d37b432df405c4bf3a/src/main/webapp/template/pipe_statistic/statistic_normal_trouble_list_1.ftl
# An .xlsx exported from such a page: title, the query line (area, 企业名称, 管道名称, months), the two-row header,
# ticks under 自报/代报 and 未治理/已治理, no deadline column, a 无隐患 row, the pager line and the 说明 box.
PIPE_ROWS = [
    (
        "中压A胜利路主干管",
        "濮阳市燃气有限公司",
        "胜利路与京开大道交叉口东侧管道上方违章搭建彩钢板房",
        "违章占压",
        "2024-03-12",
        "代报",
        "未治理",
    ),
    (
        "中压黄河路支线",
        "濮阳市燃气有限公司",
        "管道沿线标志桩缺失3处",
        "标志标识",
        "2024-04-02",
        "自报",
        "已治理",
    ),
    (
        "清丰县城区门站出站管线",
        "清丰县中裕燃气有限公司",
        "阴极保护测试桩电位不达标，未按期开展管道全面检验",
        "检验检测",
        "2024-04-18",
        "自报",
        "未治理",
    ),
    (
        "南乐县次高压环线",
        "南乐县昆仑燃气有限公司",
        "管道保护范围内第三方道路施工未采取保护措施",
        "建设施工",
        "2024-05-06",
        "代报",
        "已治理",
    ),
    (
        "中压开州路支线",
        "濮阳市燃气有限公司",
        None,
        None,
        "2024-05-15",
        "自报",
        None,
    ),
    (
        "范县城区中压干管",
        "范县新奥燃气有限公司",
        "区域调压箱锈蚀，箱门损坏无法上锁",
        "设备损坏",
        "2024-05-21",
        "自报",
        "已治理",
    ),
    (
        "台前县穿金堤河管段",
        "台前县港华燃气有限公司",
        "穿越金堤河段管道警示牌被损毁",
        "标志标识",
        "2024-06-03",
        "代报",
        "未治理",
    ),
    (
        "濮阳县城关镇中压管网",
        "濮阳县中燃城市燃气发展有限公司",
        "管道上方种植深根乔木，根系可能损伤防腐层",
        "违章占压",
        "2024-06-17",
        "代报",
        "未治理",
    ),
    (
        "中压大庆路支线",
        "濮阳市燃气有限公司",
        "阀门井内积水，阀门锈蚀无法正常启闭",
        "设备损坏",
        "2024-07-08",
        "自报",
        "已治理",
    ),
]


def write_pipe(path: Path) -> Path:
    b = Book(path, author="yhpc")
    ws = b.sheet("管道一般事故隐患")
    b.widths(ws, [6, 22, 28, 40, 10, 12, 6, 6, 8, 8])
    b.line(ws, 0, "管道一般事故隐患情况列表", 9, b.title)
    b.line(ws, 1, "濮阳市    企业名称：    管道名称：    2024年1月到7月", 9)
    for c, word in enumerate(["序号", "管道名称", "企业名称", "隐患描述", "隐患类别", "录入时间"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "录入方式", b.head)
    b.merge(ws, 2, 8, 2, 9, "治理状态", b.head)
    b.header(ws, 3, ["自报", "代报", "未治理", "已治理"], first=6)
    for i, (pipe, company, desc, kind, when, way, state) in enumerate(PIPE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [pipe, company, desc or "无隐患", kind or "", when], first=1)
        b.put(ws, r, 6, "√" if way == "自报" else "", b.center)
        b.put(ws, r, 7, "√" if way == "代报" else "", b.center)
        b.put(ws, r, 8, "√" if state == "未治理" else "", b.center)
        b.put(ws, r, 9, "√" if state == "已治理" else "", b.center)
    end = 4 + len(PIPE_ROWS)
    b.line(ws, end, f"共{len(PIPE_ROWS)}条记录    第1页/共1页", 9, b.right)
    b.merge(ws, end + 2, 0, end + 3, 1, "说明", b.head)
    b.merge(ws, end + 2, 2, end + 2, 9, "录入方式：“√”代表隐患所属录入方式。")
    b.merge(ws, end + 3, 2, end + 3, 9, "治理状态：“√”代表隐患所属治理状态。")
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 自建房安全隐患整治进度台账, after a district 自建房安全隐患排查整治专项行动领导小组办公室's 通报 on the progress of
# each 乡镇、街道 (存在严重安全隐患经营性自建房 / 存在一定安全隐患经营性自建房 / 存在严重安全隐患其他自建房 /
# 存在一定安全隐患其他自建房; 已完成整治, 整治中, 排查录入有隐患仍未采取整治措施; 请各乡镇、街道加快推进):
# http://gsgz.gov.cn/gzzfxxgk/xzjdxxgk/pshx/ncwfgz_7205/202303/t20230314_1003625.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/截至 line,
# one header row with the 责任乡镇（街道）, the 产权人 and 房屋用途, the houses grouped under the four categories in
# rows merged across, 整治状态 in the 通报's three words, 完成整治时限, a 合计 row and a signature line.
HOUSE_GROUPS = [
    (
        "一、存在严重安全隐患经营性自建房",
        [
            (
                "岳村镇人民政府",
                "岳村镇岳村集东街18号",
                "王建设",
                "经营（餐饮）",
                "一层餐馆擅自拆除承重墙扩大营业面积，上部墙体开裂",
                "停止经营，委托鉴定后加固",
                "已完成整治",
                "2024年6月30日",
            ),
            (
                "皇甫街道办事处",
                "皇甫村三组",
                "李长顺",
                "出租（群租）",
                "四层砖混房屋违规加盖第五层，用作群租房",
                "拆除加层部分，疏散租户",
                "整治中",
                "2024年8月31日",
            ),
        ],
    ),
    (
        "二、存在一定安全隐患经营性自建房",
        [
            (
                "王助镇人民政府",
                "王助村中心街",
                "赵红梅",
                "经营（超市）",
                "二层楼面堆货超载，部分楼板出现裂缝",
                "卸载并加固楼板",
                "已完成整治",
                "2024年7月15日",
            ),
            (
                "胜利路街道办事处",
                "胜利路东段沿街",
                "刘国庆",
                "经营（培训）",
                "擅自改变房屋用途，二层违规设置教室，无第二安全出口",
                "停止培训经营，增设疏散楼梯",
                "整治中",
                "2024年9月30日",
            ),
        ],
    ),
    (
        "三、存在严重安全隐患其他自建房",
        [
            (
                "孟轲乡人民政府",
                "孟轲村五组",
                "张老栓",
                "自住",
                "土坯房屋墙体倾斜，屋面塌陷漏雨",
                "人员搬离，拆除重建",
                "未采取整治措施",
                "2024年年底前",
            ),
            (
                "新习镇人民政府",
                "新习村二组",
                "陈文礼",
                "自住",
                "房屋地基不均匀沉降，墙体出现贯通裂缝",
                "人员已搬离，实施地基加固",
                "整治中",
                "8月底前",
            ),
        ],
    ),
    (
        "四、存在一定安全隐患其他自建房",
        [
            (
                "中原路街道办事处",
                "中原路街道孟庄城中村",
                "孟庆海",
                "自住",
                "屋面预制板锈蚀露筋",
                "更换预制板，维修加固",
                "已完成整治",
                "2024年7月20日",
            ),
            (
                "京开街道办事处",
                "京开街道东北庄村",
                "马红军",
                "自住兼出租",
                "外挑阳台根部开裂，存在坠落风险",
                "拆除外挑阳台",
                "",
                "2024年9月30日",
            ),
        ],
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="华龙区自建房整治办")
    ws = b.sheet("整治进度")
    b.widths(ws, [6, 18, 24, 10, 14, 40, 24, 14, 16])
    b.line(ws, 0, "华龙区自建房安全隐患整治进度台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区自建房安全专项整治工作领导小组办公室    截至：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任乡镇（街道）",
            "房屋地址",
            "产权人",
            "房屋用途",
            "隐患情况",
            "整治措施",
            "整治状态",
            "完成整治时限",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in HOUSE_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}栋）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "共8栋：已完成整治3栋，整治中3栋，未采取整治措施1栋，1栋未报送整治状态")
    b.line(ws, r + 2, "单位负责人：程永强    填表人：吕晓燕    联系电话：0393-8688217", 8)
    return b.close()


def write_house(path: Path) -> Path:
    return via_soffice(write_house_book, path, "xls", "华龙区自建房安全隐患整治进度台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 安全生产大检查综合督导发现问题整改台账, after a town 安委办's account of its three 督导小组 sent to 村（社区）、工业区
# and the 城管、住建、市场监管 departments (查阅台账资料、实地抽查企业和风险源、隐患点; 小散零星工程的监管不到位、
# 交通安全宣传不深入、道路交通隐患排查力度有待加强; 要求限期整改，并将跟踪落实情况):
# http://shao168.com/fg/zwgk/zdlyxxgk/aqscxxgk/aqzx/content/post_3856986.html
# A CSV in GBK: a title line, a line giving the 督导时间 and the 反馈 date the time limits count from, one header line
# with the 督导组 (the inspector) before the 被督导单位, 整改时限 as working days / days / 立行立改 / 长期坚持, a 复核情况
# column beside 整改落实情况, a 合计 line and a signature line.
CHECK_ROWS = [
    (
        "第一督导组",
        "韩村镇人民政府",
        "小散零星工程底数不清，3处农房建设工地未纳入监管台账",
        "建立小散零星工程监管台账，逐一落实监管责任人",
        "10个工作日",
        "已建立台账，3处工地全部纳入监管",
        "复核通过",
    ),
    (
        "第一督导组",
        "马庄桥镇人民政府",
        "镇区交通安全劝导站未正常运行，劝导员不在岗",
        "恢复劝导站运行，落实劝导员值守",
        "立行立改",
        "已整改",
        "复核通过",
    ),
    (
        "第二督导组",
        "清丰县住房和城乡建设局",
        "抽查的在建工地临时用电不规范，配电箱无漏电保护装置",
        "督促施工单位更换配电箱，开展临时用电专项检查",
        "5个工作日",
        "正在整改",
        "",
    ),
    (
        "第二督导组",
        "清丰县城市管理局",
        "城区瓶装液化气餐饮用户燃气报警器安装率低",
        "督促餐饮用户安装燃气泄漏报警器",
        "15日内",
        "已督促安装42户，剩余用户正在推进",
        "",
    ),
    (
        "第三督导组",
        "清丰县市场监督管理局",
        "城区农贸市场消防通道被摊位占用",
        "清理占道摊位，划定消防通道标线",
        "5个工作日",
        "",
        "",
    ),
    (
        "第三督导组",
        "清丰县产业集聚区管理委员会",
        "园区企业隐患排查台账不全，隐患整改未形成闭环",
        "督促企业完善台账，实行隐患销号管理",
        "10个工作日",
        "未整改",
        "",
    ),
    (
        "第一督导组",
        "六塔乡人民政府",
        "交通安全宣传不深入，村级大喇叭未播放交通安全提示",
        "利用村级大喇叭、微信群常态化开展交通安全宣传",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "第二督导组",
        "清丰县交通运输局",
        "道路交通隐患排查力度不够，农村公路平交路口警示桩缺失未登记",
        "开展农村公路平交路口隐患再排查，补设警示桩",
        "10个工作日",
        "已完成排查登记，警示桩正在安装",
        "",
    ),
]


def write_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县安全生产大排查大整治综合督导发现问题整改台账"])
    w.writerow(["督导时间：2024年7月15日至19日；7月22日反馈问题，整改时限自反馈之日起计算"])
    w.writerow(
        ["序号", "督导组", "被督导单位", "发现问题", "整改要求", "整改时限", "整改落实情况", "复核情况"]
    )
    for i, row in enumerate(CHECK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共发现问题8个", "", "", "已整改2个", "复核通过2个"])
    w.writerow(
        ["填报单位：清丰县安全生产委员会办公室", "", "", "填报人：葛建民", "", "", "2024年7月30日", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 住宅物业小区防汛隐患排查整改台账, after a city 住建局's account of its 物业小区 flood checks (《物业小区防汛操作
# 指南》18项措施; 对444个住宅物业小区逐一排查; 易淹地下车库、设施设备间出入口必须配备挡水板、沙袋、挡水墙; 高边坡、
# 围墙巡查预警; 排污泵保养维修; 配电间、电梯重点部位防护; 12个小区挡水设施已全部安装到位):
# http://dtw.csghdy.org.cn/show-1600.html
# An .xlsx: title, 填报单位 line, a two-row header (整改完成情况 over 是否完成 and 完成时间), the 物业服务企业 as
# 责任单位 (also a 社区居委会 for a 无物业 小区 and two city bureaus under former names), 整改时限 as dates and
# X月X日前, completion dates as date cells, a 备注 column, a 说明 line and a signature line.
FLOOD_ROWS = [
    (
        "中原路街道",
        "锦绣花园",
        "濮阳市锦华物业服务有限公司",
        "地下车库出入口未配备挡水板和防汛沙袋",
        "安装挡水板，储备沙袋不少于200袋",
        "2024年6月15日",
        "是",
        date(2024, 6, 12),
        "",
    ),
    (
        "胜利路街道",
        "阳光小区（无物业）",
        "胜利路街道阳光社区居民委员会",
        "北侧围墙倾斜开裂，强降雨时存在倒塌风险",
        "设置警示围挡，拆除重砌",
        "2024年7月31日",
        "否",
        None,
        "",
    ),
    (
        "人民路街道",
        "东方明珠花园",
        "濮阳市居安物业管理有限公司",
        "地下室配电房地势低洼，未设置挡水墙",
        "配电房门口砌筑挡水墙",
        "7月20日前",
        "是",
        date(2024, 7, 18),
        "",
    ),
    (
        "开州路街道",
        "翰林苑",
        "河南正阳物业服务有限公司濮阳分公司",
        "地下车库2台排污泵损坏，长期未保养",
        "维修更换排污泵，建立保养记录",
        "2024年6月30日",
        "否",
        None,
        "新泵已采购，正在安装",
    ),
    (
        "黄河路街道",
        "绿城公租房小区",
        "市房管局",
        "公租房小区电梯基坑渗水，无防水措施",
        "电梯基坑防水封堵，汛期电梯停放二层以上",
        "2024年8月15日",
        "否",
        None,
        "防水施工中",
    ),
    (
        "京开街道",
        "建业桂园",
        "建业新生活物业服务有限公司濮阳分公司",
        "防汛应急预案未修订，未组建小区防汛应急队",
        "修订预案，组建应急队并开展演练",
        "2024年6月10日",
        "是",
        date(2024, 6, 8),
        "",
    ),
    (
        "任丘路街道",
        "丽都花园",
        "市城管执法局",
        "小区周边市政雨水管网淤堵，强降雨后雨水倒灌小区",
        "市政雨水管网清淤疏通",
        "2024年7月10日",
        "是",
        date(2024, 7, 9),
        "",
    ),
    (
        "大庆路街道",
        "盛世华庭",
        "濮阳市盛世物业服务有限公司",
        "小区东侧高边坡护坡局部塌落，未设置围挡",
        "设置硬质围挡，修复护坡",
        "2024年9月30日",
        "否",
        None,
        "已设置围挡，护坡修复方案待审批",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("防汛隐患台账")
    b.widths(ws, [6, 12, 18, 30, 36, 30, 14, 8, 12, 26])
    b.line(ws, 0, "濮阳市城区住宅物业小区防汛隐患排查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（物业管理科）    填报日期：2024年7月29日", 9)
    for c, word in enumerate(
        ["序号", "所在街道", "小区名称", "责任单位", "排查发现问题", "整改措施", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["是否完成", "完成时间"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(FLOOD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
        b.put(ws, r, 9, row[8])
    end = 4 + len(FLOOD_ROWS)
    b.line(ws, end, "说明：“是否完成”填“是”的须填写完成时间；未完成的在备注栏说明进展。", 9)
    b.line(ws, end + 1, "审核人：冯长青    填表人：杜晓丽    联系电话：0393-8183306", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 学校消防安全检查专项整治工作的报告, after a district's 消防安全检查专项整治工作的报告 (to the 支队: 区政府召集安监、
# 教科、公安、消防等部门召开学校周边安全专项整治部署会; 分成检查组对全区中、小学及幼儿园综合整治; 对存在火灾隐患学校
# 再次整治; 一、二、三 sections in prose):
# https://wnwk.com/doc/677626.html
# A .docx: title, 主送, preamble, section headings 一、二、三, the items as numbered paragraphs （一）…（八） under
# 二、 (each naming the school, the time limit and the progress in sentences; one names the bureau's own 安全股),
# a closing section, the bureau and date at the foot.
SCHOOL_PARAS = [
    (
        "（一）南乐县第一高级中学学生宿舍楼疏散通道堆放杂物，部分应急照明灯损坏。检查组责令学校7月5日前整改，"
        "目前杂物已清理完毕，更换应急照明灯12盏，已整改到位。"
    ),
    (
        "（二）南乐县实验小学教学楼室内消火栓无水，屋顶消防水箱未补水。要求秋季开学前即8月15日前维修到位。"
        "目前已完成消防水箱补水，消火栓管网维修正在进行。"
    ),
    (
        "（三）南乐县城关镇中心幼儿园厨房使用瓶装液化气，未安装燃气泄漏报警装置。检查组于7月3日现场责令立行立改，"
        "幼儿园当日安装燃气泄漏报警器，经复查合格。"
    ),
    "（四）南乐县韩张镇第一初级中学学生宿舍私拉乱接电线，违规使用大功率电器。整改期限为7月底前。",
    (
        "（五）南乐县福堪镇中心小学配备的灭火器已过期未检验，部分压力不足。要求8月31日前完成检验更换。"
        "因经费尚未落实，目前未整改。"
    ),
    (
        "（六）南乐县元村镇育才幼儿园幼儿午休室设在三层，仅有一部疏散楼梯。要求年底前将午休室调整至一层"
        "或增设室外疏散楼梯，目前已制定调整方案，正在施工。"
    ),
    (
        "（七）南乐县职业中等专业学校实训楼火灾自动报警系统故障，消防控制室值班人员无证上岗。要求9月30日前整改，"
        "已委托维保单位维修，值班人员正在参加培训取证。"
    ),
    (
        "（八）我局安全股对学校消防安全日常督导不够，未建立定期检查机制。整改措施：安全股建立每月一次的学校消防"
        "安全检查制度，长期坚持。"
    ),
]


def write_school(path: Path) -> Path:
    doc = _new_document("安全股")
    _title(doc, "南乐县教育局关于全县中小学幼儿园消防安全检查专项整治工作情况的报告")
    _paragraph(doc, "县消防安全委员会办公室：")
    _paragraph(
        doc,
        "根据县安委会《关于开展安全生产大排查大整治的通知》要求，我局会同县消防救援大队于2024年7月1日至5日"
        "对全县中小学及幼儿园开展了消防安全检查专项整治，现将有关情况报告如下：",
    )
    _paragraph(doc, "一、高度重视，认真组织部署", font="黑体")
    _paragraph(
        doc,
        "我局召开专题会议进行部署，成立由局长任组长的专项整治领导小组，组成两个检查组，分片对全县86所学校、"
        "幼儿园进行了全覆盖检查。",
    )
    _paragraph(doc, "二、检查发现的问题及整改情况", font="黑体")
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "对尚未整改到位的问题，我局将逐校跟踪督办，确保秋季开学前消除重大火灾隐患。")
    _paragraph(doc, "南乐县教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 户内燃气安全专项整治隐患整改台账, after a city 城市管理局's 户内燃气安全专项整治行动 (各县市区成立工作专班，开展
# 入户安检、隐患整改; 对两年以上未入户安检用户全面普查和统计梳理; 普查发现户内燃气安全隐患8624处，已完成整改8490处，
# 完成率98%; 行动延期至年底，实现“全面清零”):
# http://sdxyxincailiao.com/content/2020-12/31/content_2512865.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 用户类别 and 用户地址, the 交办日期 each
# row's 整改期限 (N日内 / N个工作日 / N个月内 / 立行立改 / 年底前) counts from, a 合计 row with the 完成率, a
# signature line.
GAS_ROWS = [
    (
        "居民",
        "城关镇金堤路县委家属院3号楼",
        "燃气灶具连接胶管老化，超期使用",
        "范县新奥燃气有限公司",
        date(2024, 7, 2),
        "7日内",
        "已更换为金属波纹管",
    ),
    (
        "工商",
        "濮城镇濮城大街聚福楼饭店",
        "后厨使用管道燃气，未安装可燃气体报警器",
        "范县聚福楼餐饮有限公司",
        date(2024, 7, 4),
        "3日内",
        "逾期未整改",
    ),
    (
        "居民",
        "城关镇幸福小区",
        "燃气表与电源插座间距不足",
        "范县新奥燃气有限公司",
        date(2024, 7, 5),
        "15日内",
        "已整改",
    ),
    (
        "居民",
        "王楼镇集镇区",
        "两年以上未入户安检用户216户",
        "范县新奥燃气有限公司",
        date(2024, 7, 1),
        "年底前",
        "已完成入户安检98户，剩余118户正在推进",
    ),
    (
        "工商",
        "陈庄镇中心学校食堂",
        "液化石油气钢瓶与灶具同室存放，未设置瓶组间",
        "范县陈庄镇中心学校",
        date(2024, 7, 10),
        "立行立改",
        "已整改，钢瓶移至独立瓶组间",
    ),
    (
        "居民",
        "城关镇老城区板桥街",
        "燃气立管被封闭在橱柜内，无法检修",
        "范县新奥燃气有限公司",
        date(2024, 7, 15),
        "1个月内",
        "",
    ),
    (
        "工商",
        "张庄乡张庄集",
        "瓶装液化气经营点无证经营，钢瓶无充装标识",
        "县城管局",
        date(2024, 7, 18),
        "10个工作日",
        "已查扣钢瓶，正在立案调查",
    ),
]


def write_gas_book(path: Path) -> Path:
    b = Book(path, author="燃气管理股")
    ws = b.sheet("户内燃气隐患")
    b.widths(ws, [6, 8, 28, 36, 24, 12, 12, 30])
    b.line(ws, 0, "户内燃气安全专项整治隐患整改台账（第三批）", 7, b.title)
    b.line(ws, 1, "填报单位：范县城市管理局    填报日期：2024年7月29日    整改期限自交办日期起计算", 7)
    b.header(
        ws,
        2,
        ["序号", "用户类别", "用户地址", "隐患内容", "整改责任单位", "交办日期", "整改期限", "整改情况"],
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "交办隐患7处，已整改3处，完成率42.9%")
    b.line(ws, end + 2, "负责人：秦国强    填表人：邵晓敏    联系电话：0393-5226031", 7)
    return b.close()


def write_gas(path: Path) -> Path:
    via_soffice(write_gas_book, path, "ods", "户内燃气安全专项整治隐患整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 防汛备汛大检查暨风险隐患大排查问题整改清单, after a county 防指's notice on its 2024年防汛备汛大检查暨风险隐患
# 大排查 (聚焦“1833”联合指挥体系和“八张风险清单”; 山塘水库、堤防、城市地下空间、农村危旧房等重点区域; 组织指挥、
# 责任、预案、监测预警、队伍和物资保障体系; 量化细化落实风险管控和隐患整治措施):
# https://maok.cn/index.php?c=preview&id=234085&s=news
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble giving the check and 反馈 dates (立行立改 counts from the
# 反馈 date), a table with 风险类别 and 责任人 beside the 责任单位, 整改时限 as dates / 6月底前 / a schedule text /
# 立行立改 / 长期坚持, the 县防办 and date at the foot.
FLOOD_CHECK_ROWS = [
    (
        "堤防",
        "金堤河左岸堤防K12+300段堤身发现獾洞2处，存在渗漏隐患",
        "台前县水利局",
        "刘建军",
        "开挖回填，夯实堤身",
        "6月底前",
        "已完成开挖回填并经验收",
    ),
    (
        "黄河滩区",
        "吴坝镇黄河滩区避险撤离路线指示牌缺失",
        "吴坝镇人民政府",
        "张志刚",
        "补设撤离路线指示牌",
        "2024年7月15日",
        "已补设指示牌12块",
    ),
    (
        "城市地下空间",
        "城区2处地下车库未配备挡水板和移动排水泵",
        "台前县住房和城乡建设局",
        "王东升",
        "督促物业配备挡水板、排水泵",
        "2024年7月20日",
        "正在配备",
    ),
    (
        "农村危旧房",
        "夹河乡3户危房户汛期避险转移责任人未落实",
        "夹河乡人民政府",
        "赵海涛",
        "逐户明确转移责任人和安置点",
        "立行立改",
        "已落实到人",
    ),
    (
        "队伍物资",
        "县级防汛物资仓库编织袋、救生衣储备不足定额",
        "台前县应急管理局",
        "孙卫东",
        "按定额补充储备",
        "2024年7月31日",
        "已采购编织袋5万条，救生衣正在采购",
    ),
    (
        "城市内涝",
        "人民路下穿通道排水泵站未配备备用电源",
        "台前县城市管理局",
        "李向阳",
        "配备柴油发电机组",
        "7月20日前完成设备选型，8月15日前安装到位",
        "",
    ),
    (
        "监测预警",
        "孙口镇金堤河水位监测站视频监控离线",
        "台前县水利局",
        "刘建军",
        "维修视频设备，恢复在线",
        "2024年7月10日",
        "未整改",
    ),
    (
        "预案体系",
        "马楼镇村级“一村一预案”未更新，转移人员名单与实际不符",
        "马楼镇人民政府",
        "周明亮",
        "每年汛前逐村更新预案和转移名单",
        "长期坚持",
        "常态化更新，长期坚持",
    ),
]


def write_flood_check_docx(path: Path) -> Path:
    doc = _new_document("县防办")
    _title(doc, "台前县2024年防汛备汛大检查暨风险隐患大排查问题整改清单", 18)
    _paragraph(doc, "县防指各成员单位，各乡镇人民政府：", 14)
    _paragraph(
        doc,
        "县防指于2024年6月17日至21日开展防汛备汛大检查暨风险隐患大排查，6月24日集中反馈问题。"
        "立行立改事项自反馈之日起整改，其余事项按整改时限完成。现将整改进展汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(FLOOD_CHECK_ROWS, 1)]
    _table(
        doc, ["序号", "风险类别", "问题隐患", "责任单位", "责任人", "整改措施", "整改时限", "整改进展"], body
    )
    _paragraph(doc, "台前县防汛抗旱指挥部办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood_check(path: Path) -> Path:
    return via_soffice(write_flood_check_docx, path, "doc", "防汛备汛大检查问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 道路交通安全隐患排查治理登记表 (two returns in one zip), after a district 公路建设养护中心's account of its
# 道路交通安全隐患排查治理 (重点对辖区公路的急弯陡坡、临水临崖和平交路口等隐患路段进行摸排; 对排查出的问题逐一梳理
# 登记，分析研究整改方案; G207线急弯陡坡路段车辆容易失控，安装警示标志和降坡处理):
# https://www.dingcheng.gov.cn/zwgk/public/6616348/1714611481.html
# A .zip (member names in GBK) holding an .xlsx from a county 公路事业发展中心 whose rows name only its own 股室 and
# 养护站, and a .docx table from a county 交通运输局 naming the 公路中心 and 乡镇 as 整改责任单位, with a preamble
# giving the 交办 date a "10个工作日" row counts from.
QINGFENG_ROWS = [
    (
        "G106",
        "K498+200",
        "急弯陡坡",
        "急弯陡坡路段大型货车下坡易失控",
        "工程技术股",
        "增设连续弯路标志、减速标线，实施降坡处理",
        "2024年9月30日",
        "警示标志已安装，降坡工程正在施工",
    ),
    (
        "S213",
        "K22+500",
        "临水临崖",
        "临水路段路侧护栏缺失约300米",
        "第二养护站",
        "增设波形梁护栏",
        "2024年7月25日",
        "已完成",
    ),
    (
        "S302",
        "K8+100",
        "平交路口",
        "与X031平交路口路侧树木遮挡视线，视距不良",
        "第一养护站",
        "修剪遮挡树木，增设停车让行标志",
        "2024年7月15日",
        "已整改",
    ),
    (
        "G342",
        "K75+600",
        "路面病害",
        "路面局部沉陷，雨后积水",
        "养护股",
        "挖补处理，疏通边沟",
        "8月底前",
        "未启动",
    ),
]
TAIQIAN_ROWS = [
    (
        "县道X035",
        "孙口镇段K3+200",
        "急弯处无警告标志和凸面镜",
        "台前县公路事业发展中心",
        "增设急弯警告标志和凸面镜",
        "2024年7月20日",
        "已整改到位",
    ),
    (
        "乡道Y007",
        "侯庙镇前李村段",
        "临沟路段无防护设施",
        "侯庙镇人民政府",
        "增设防护墩",
        "2024年8月31日",
        "正在施工",
    ),
    (
        "村道",
        "打渔陈镇与S101平交路口",
        "村道接入省道处未设置减速带和让行标志",
        "打渔陈镇人民政府",
        "增设减速带、让行标志",
        "2024年7月31日",
        "",
    ),
    (
        "将军渡大道",
        "金堤河大桥北引桥",
        "桥梁护栏被车辆撞损约20米",
        "台前县公路事业发展中心",
        "修复护栏",
        "10个工作日",
        "已修复",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县公路事业发展中心")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 10, 12, 12, 34, 14, 34, 16, 28])
    b.line(ws, 0, "清丰县公路事业发展中心道路交通安全隐患排查治理登记表", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县公路事业发展中心    排查时间：2024年7月8日至12日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "路线编号",
            "桩号",
            "隐患类型",
            "隐患描述",
            "责任股室（站）",
            "整改方案",
            "完成时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws, 4 + len(QINGFENG_ROWS), "填表人：牛志强    联系电话：0393-7221583    填报日期：2024年7月29日", 8
    )
    return b.close()


def write_taiqian_docx(path: Path) -> Path:
    doc = _new_document("台前县交通运输局")
    _title(doc, "台前县农村公路安全隐患整改情况", 18)
    _paragraph(doc, "填报单位：台前县交通运输局    填报日期：2024年7月29日", 12)
    _paragraph(doc, "本批隐患于2024年7月15日交办，“10个工作日”自交办之日起计算。", 12)
    body = [[str(i), *row] for i, row in enumerate(TAIQIAN_ROWS, 1)]
    _table(
        doc,
        ["序号", "路线名称", "隐患位置", "隐患问题", "整改责任单位", "整改方案", "完成时限", "整改情况"],
        body,
    )
    _paragraph(doc, "填表人：司马红    联系电话：0393-2216075", 12)
    return _save_fixed(doc, path)


def write_highway_zip(path: Path) -> Path:
    members = [
        ("清丰县公路事业发展中心道路交通安全隐患排查治理登记表.xlsx", write_qingfeng_book),
        ("台前县农村公路安全隐患整改情况.docx", write_taiqian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年道路交通安全隐患点段排查治理台账.xlsx", write_road),
    ("濮阳市重大火灾隐患挂牌督办整改进展情况表.xls", write_fire),
    ("管道一般事故隐患情况列表.xlsx", write_pipe),
    ("华龙区自建房安全隐患整治进度台账.et", write_house),
    ("安全生产大排查大整治综合督导发现问题整改台账.csv", write_check),
    ("城区住宅物业小区防汛隐患排查整改台账.xlsx", write_flood),
    ("南乐县教育局关于中小学幼儿园消防安全检查专项整治工作情况的报告.docx", write_school),
    ("户内燃气安全专项整治隐患整改台账（第三批）.ods", write_gas),
    ("台前县防汛备汛大检查暨风险隐患大排查问题整改清单.doc", write_flood_check),
    ("道路交通安全隐患排查治理登记表（清丰县、台前县）.zip", write_highway_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev98 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 农村人居环境整治与乡村振兴, as villages and townships (乡镇) return their ledgers: 和美乡村“红黑榜”, 户厕问题
摸排整改, 农村黑臭水体治理, 暗访逐村通报“回头看”, 人居环境集中整治暗访交办, 衔接资金项目验收, 防止返贫动态监测集中
排查, 暗访曝光问题整改反馈, 镇纪委村庄环境卫生督查通报, and two villages' 户厕问题整改台账.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered paragraphs,
an .ods and a .doc (LibreOffice conversions) and a .zip of two returns (an .xlsx and a .docx). Contents are made up;
the statistics date is 2024-07-31.
Run from this folder: python make_dev98.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 30, 0)
ZIP_TIME = (2024, 7, 30, 9, 30, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.bold = add({"bold": True, "valign": "vcenter"})
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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
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
# 1. 和美乡村建设“红黑榜”, after a district's quarterly 和美乡村建设“红黑榜” for 农村人居环境长效管护 (红榜 and 黑榜 as
# two small tables of 村组 and 所属镇街, then the 黑榜 villages' problems: 房前屋后杂物乱堆乱放, 畜禽散养, 堰塘大量漂浮
# 垃圾, 路边柴草、砖石杂物堆积, 存在露天旱厕; 评为黑榜的要对照问题加强整改):
# http://hsdz.gov.cn/hdtd/mydc_903/202502/t20250208_1191245.html
# An .xlsx: title, 填报单位 line, a line saying the 整改时限 count from the list's publication, the 红榜 as its own small
# table (村组, 所属乡镇, 上榜理由), then the 黑榜 table with 上榜问题, 整改责任单位 (villages, the township itself for
# the refuse collection point), 整改时限, 整改措施及进展 and 复核情况, a 合计 row and a signature line.
RED_ROWS = [
    ("柳屯镇东苑村三组", "柳屯镇", "房前屋后干净整洁，户厕管护到位"),
    ("文留镇孟楼村二组", "文留镇", "主街绿化美化到位，无乱堆乱放"),
    ("庆祖镇西辛庄村", "庆祖镇", "生活垃圾日产日清，垃圾桶摆放规范"),
    ("户部寨镇前石村四组", "户部寨镇", "坑塘水面清洁，塘长巡查制度落实"),
    ("白堽乡后白堽村一组", "白堽乡", "“美丽庭院”创建成效明显"),
]
BLACK_ROWS = [
    (
        "胡状镇后胡状村二组",
        "胡状镇",
        "村民房前屋后柴草、砖石杂物乱堆乱放",
        "胡状镇后胡状村",
        "2024年7月15日",
        "组织村民清理杂物堆12处，已清理完毕",
        "复核通过",
    ),
    (
        "梨园乡马寨村",
        "梨园乡",
        "村内畜禽散养，道路上粪污较多",
        "梨园乡马寨村",
        "7月底前",
        "已召开养殖户会议，正在推行圈养",
        "",
    ),
    (
        "王称堌镇东王称堌村三组",
        "王称堌镇",
        "村东坑塘水面大量漂浮垃圾",
        "王称堌镇东王称堌村",
        "2024年7月10日",
        "已打捞清理",
        "复核通过",
    ),
    (
        "郎中乡前郎中村",
        "郎中乡",
        "路边柴草、废旧农机具长期堆积",
        "郎中乡前郎中村",
        "2024年7月20日",
        "未整改",
        "复核未通过",
    ),
    (
        "五星乡后五星村",
        "五星乡",
        "村内存在露天旱厕3座",
        "五星乡后五星村",
        "8月31日前",
        "已拆除1座，其余2座正在做户主工作",
        "",
    ),
    (
        "海通乡海通村五组",
        "海通乡",
        "垃圾收集点垃圾外溢，清运不及时",
        "濮阳县海通乡人民政府",
        "5个工作日内",
        "已督促保洁公司增加清运频次，整改到位",
        "复核通过",
    ),
    (
        "习城乡前习城村",
        "习城乡",
        "废弃宅院残垣断壁未清理",
        "习城乡前习城村",
        "2024年9月30日",
        "",
        "",
    ),
]


def write_redblack(path: Path) -> Path:
    b = Book(path, author="县人居办")
    ws = b.sheet("红黑榜")
    b.widths(ws, [6, 24, 12, 34, 24, 16, 34, 12])
    b.line(ws, 0, "濮阳县2024年第二季度农村人居环境长效管护“红黑榜”及黑榜问题整改情况", 7, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "填报单位：濮阳县农村人居环境整治工作领导小组办公室    填报日期：2024年7月29日", 7)
    b.line(ws, 2, "本期“红黑榜”于2024年7月5日发布，黑榜问题整改时限自发布之日起计算。", 7)
    b.line(ws, 3, "一、红榜（5个）", 7, b.bold)
    b.header(ws, 4, ["序号", "村组", "所属乡镇"])
    b.merge(ws, 4, 3, 4, 7, "上榜理由", b.head)
    r = 5
    for i, (village, town, why) in enumerate(RED_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [village, town], first=1)
        b.merge(ws, r, 3, r, 7, why)
        r += 1
    b.line(ws, r, "二、黑榜（7个）及整改情况", 7, b.bold)
    r += 1
    b.header(
        ws,
        r,
        ["序号", "村组", "所属乡镇", "上榜问题", "整改责任单位", "整改时限", "整改措施及进展", "复核情况"],
    )
    for i, row in enumerate(BLACK_ROWS, 1):
        b.put(ws, r + i, 0, i, b.center)
        b.row(ws, r + i, list(row), first=1)
    end = r + len(BLACK_ROWS) + 1
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "黑榜问题7个，复核通过3个，正在整改2个，复核未通过1个，未反馈1个")
    b.line(ws, end + 2, "填表人：吴晓蕾    审核人：申国栋    联系电话：0393-3221587", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村户厕问题摸排整改抽查, after a regional 农村能源工作站's spot checks of the counties' 农村户厕摸排和整改 (逐村建立
# 摸排台账; 厨卫不分、隔断未到顶、化粪池排气管高度不够; 能立行立改的现场整改，短期难以整改的制定整改方案、明确时限要求;
# 逐级建立整改台账):
# http://lsfz.org.cn/show-8502.html
# An .xls (xlwt): title, 填报单位 line, a line saying the problems were handed over on the day of the check, a
# two-row header (抽查地点 over 县（区）/乡镇/村), the 抽查日期 per row, 整改方式 立行立改/限期整改, the township
# governments as 整改责任单位, an 整改完成时间 column and a 备注, a 合计 row, a 注 line and a 填表人 line.
TOILET_ROWS = [
    (
        "清丰县",
        "瓦屋头镇",
        "北留固村",
        "张某某",
        "厨卫不分，便器设在厨房内",
        "厕屋建设",
        "清丰县瓦屋头镇人民政府",
        "2024-07-08",
        "限期整改",
        "2024年8月31日",
        "",
        "已制定改造方案，拟另建独立厕屋",
    ),
    (
        "清丰县",
        "瓦屋头镇",
        "北留固村",
        "李某某",
        "厕屋隔断未到顶",
        "厕屋建设",
        "清丰县瓦屋头镇人民政府",
        "2024-07-08",
        "立行立改",
        "立行立改",
        "2024-07-08",
        "",
    ),
    (
        "南乐县",
        "千口镇",
        "东吉七村",
        "王某某",
        "化粪池排气管高度不够，低于厕屋顶",
        "粪池设施",
        "南乐县千口镇人民政府",
        "2024-07-09",
        "立行立改",
        "立行立改",
        "2024-07-09",
        "",
    ),
    (
        "南乐县",
        "千口镇",
        "前小寨村",
        "刘某某",
        "三格化粪池渗漏，周边地面返潮",
        "粪池设施",
        "南乐县千口镇人民政府",
        "2024-07-09",
        "限期整改",
        "7月31日前",
        "",
        "未整改",
    ),
    (
        "范县",
        "杨集乡",
        "孟楼村",
        "赵某某",
        "过粪管装反，粪液无法流转",
        "粪池设施",
        "范县杨集乡人民政府",
        "2024-07-10",
        "限期整改",
        "2024年7月20日",
        "2024-07-18",
        "",
    ),
    (
        "范县",
        "杨集乡",
        "后张村",
        "孙某某",
        "新厕建成后旧旱厕未拆除",
        "旧厕拆除",
        "范县杨集乡人民政府",
        "2024-07-10",
        "限期整改",
        "2024年9月底前",
        "",
        "",
    ),
    (
        "台前县",
        "孙口镇",
        "将军渡村",
        "周某某",
        "粪池满溢无人抽取，后续管护缺失",
        "后续管护",
        "台前县孙口镇人民政府",
        "2024-07-11",
        "限期整改",
        "2024年7月31日",
        "",
        "已联系抽粪车，正在组建村级管护队伍",
    ),
    (
        "台前县",
        "孙口镇",
        "桥北村",
        "吴某某",
        "冲水器具损坏，厕所闲置未使用",
        "厕具设备",
        "台前县孙口镇人民政府",
        "2024-07-11",
        "限期整改",
        "8月15日前",
        "",
        "冲水器具已购置，待安装",
    ),
]


def write_toilet(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "2024年农村户厕问题摸排整改抽查发现问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市农业农村局（农村社会事业促进科）    填报日期：2024年7月30日", plain, 1, last),
        (2, 0, "抽查时间：2024年7月8日至7月11日。抽查发现的问题于抽查当日现场交办所在乡镇。", plain, 2, last),
        (3, 0, "序号", h, 4, 0),
        (3, 1, "抽查地点", h, 3, 3),
        (4, 1, "县（区）", h),
        (4, 2, "乡镇", h),
        (4, 3, "村", h),
    ]
    for col, word in enumerate(
        [
            "户主",
            "发现问题",
            "问题类别",
            "整改责任单位",
            "抽查日期",
            "整改方式",
            "整改时限",
            "整改完成时间",
            "备注",
        ],
        4,
    ):
        cells.append((3, col, word, h, 4, col))
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 4, 6, 8, 9, 11) else c))
    r = 5 + len(TOILET_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "抽查4个县（区）8个村，发现问题8个，其中立行立改2个、限期整改6个", c, r, last),
        (r + 1, 0, "注：“整改完成时间”由乡镇复核整改到位后填写。", plain, r + 1, last),
        (r + 2, 0, "填表人：杜雅楠    审核人：郝振江    联系电话：0393-8996143", plain, r + 2, last),
    ]
    widths = [6, 9, 10, 10, 8, 30, 10, 22, 12, 10, 14, 13, 30]
    return _write_xls(path, [("户厕抽查问题", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 农村黑臭水体排查治理, after a district's 农村黑臭水体清零区创建工作实施方案 (对河流、坑塘、沟渠 … 开展排查; 排查出21个
# 农村黑臭水体，其中坑塘20个、沟渠1条，涉及7个镇街14个行政村; 成因: 生活污水收集处理设施不完善、畜禽养殖、种植业面源
# 污染、生活垃圾污染、水体底泥淤积及水面漂浮物污染; 启动并完成整治，确保当年清零):
# https://desk33.com/d-1175973.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row naming the water body, its 乡镇 and 村,
# 水体类型 and 水域面积, 主要成因, 治理措施, the township governments (and 市水利局 for a canal) as 责任单位,
# 计划完成时间 (a date, a month range, a quarter, 长期坚持), 治理进展 and 验收情况, a 填表说明 and a signature line.
WATER_ROWS = [
    (
        "西孟村南坑塘",
        "八公桥镇",
        "西孟村",
        "坑塘",
        3200,
        "生活污水直排，塘内生活垃圾堆积",
        "截污纳管、清淤、生态修复",
        "濮阳县八公桥镇人民政府",
        "2024年6月30日",
        "已完成截污和清淤",
        "已验收",
    ),
    (
        "东庆祖村北坑塘",
        "庆祖镇",
        "东庆祖村",
        "坑塘",
        2650,
        "沿塘养殖棚舍粪污直排入塘",
        "拆除沿塘养殖棚舍、清淤",
        "濮阳县庆祖镇人民政府",
        "2024年8月31日",
        "养殖棚舍已拆除，正在清淤",
        "",
    ),
    (
        "后徐镇村坑塘",
        "徐镇镇",
        "后徐镇村",
        "坑塘",
        1800,
        "底泥淤积严重，水体不流动",
        "清淤疏浚、连通水系",
        "濮阳县徐镇镇人民政府",
        "2024年9-10月",
        "未启动",
        "",
    ),
    (
        "文留村排水沟渠",
        "文留镇",
        "文留村",
        "沟渠",
        1200,
        "沿线倾倒生活垃圾，水面漂浮物多",
        "打捞漂浮物、设置拦污网",
        "濮阳县文留镇人民政府",
        "7月15日前",
        "已完成打捞，拦污网已设置",
        "已验收合格",
    ),
    (
        "第三濮清南干渠柳屯段",
        "柳屯镇",
        "柳屯村",
        "沟渠",
        5400,
        "种植业面源污染，渠底淤积",
        "清淤、岸坡生态防护",
        "市水务局",
        "第四季度",
        "治理方案已编制，正在招标",
        "",
    ),
    (
        "北刘村坑塘",
        "梨园乡",
        "北刘村",
        "坑塘",
        2100,
        "村内生活污水收集处理设施不完善",
        "建设小型一体化污水处理设施",
        "濮阳县梨园乡人民政府",
        "2024年7月31日",
        "设施主体已建成，正在调试",
        "",
    ),
    (
        "前习城村坑塘",
        "习城乡",
        "前习城村",
        "坑塘",
        1500,
        "周边农户随意丢弃垃圾，水面漂浮物反复出现",
        "打捞清理，纳入村庄日常保洁范围",
        "濮阳县习城乡人民政府",
        "长期坚持",
        "常态化保洁",
        "",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="农村生态股")
    ws = b.sheet("黑臭水体台账")
    b.widths(ws, [6, 20, 10, 10, 8, 10, 26, 24, 24, 14, 24, 12])
    b.line(ws, 0, "濮阳县农村黑臭水体排查治理工作台账", 11, b.title)
    b.line(ws, 1, "填报单位：市生态环境局濮阳分局（盖章）    填报日期：2024年7月26日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "水体名称",
            "所在乡镇",
            "所在村",
            "水体类型",
            "水域面积（平方米）",
            "主要成因",
            "治理措施",
            "责任单位",
            "计划完成时间",
            "治理进展",
            "验收情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_ROWS)
    b.line(ws, end + 1, "填表说明：治理完成并经县级验收的，在“验收情况”栏填写“已验收”。", 11)
    b.line(ws, end + 2, "负责人：牛建华    填表人：晁丽    联系电话：0393-3258720", 11)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "农村黑臭水体排查治理工作台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 农村环境综合整治暗访逐村通报, after a city 提升办's 暗访通报 (分四组，采取不打招呼、直接进村的方式巡查暗访; 60个受检村中
# 15个村没有发现问题; 现将督办问题逐村通报如下: “1、北安乐乡北安乐村，村北砖厂路东边垃圾未清理；” …):
# https://m.wuan888.com/news/wanews/20141021/4577.html
# A .docx: title, 主送, preamble with the check's counts and the one deadline for all, the problems as numbered
# paragraphs “N、X镇X村，…；” each followed by the result of the 回头看 in brackets (one without), a closing
# paragraph, the office and the date.
ROUND_PARAS = [
    "1、马庄桥镇西马庄村，村北砖厂路东侧成堆垃圾未清理；（回头看：已整改到位）",
    "2、马庄桥镇东马庄村，学校往北200米路西有建筑垃圾堆放；（回头看：正在清运）",
    "3、韩村镇前韩村，村委会门口垃圾池垃圾外溢；（回头看：已整改到位）",
    "4、韩村镇后韩村，村东沟渠内有大量生活垃圾包；（回头看：未整改）",
    "5、柳格镇柳格村，进村口垃圾乱堆乱倒，气味难闻；（回头看：已整改到位）",
    "6、柳格镇柳格村，村中广场变压器旁柴草散乱堆放；（回头看：未整改）",
    "7、仙庄镇张仙庄村，老槐树西50米路边有一处垃圾；",
    "8、六塔乡东街村，村东北角废品收购点杂物占道；（回头看：已整改到位）",
    "9、阳邵乡北阳邵村，村西路边线杆下有垃圾，路边有焚烧柴草痕迹；（回头看：正在整改）",
]


def write_round(path: Path) -> Path:
    doc = _new_document("县提升办")
    _title(doc, "关于农村人居环境整治暗访督办问题整改“回头看”情况的通报")
    _paragraph(doc, "各乡镇人民政府：")
    _paragraph(
        doc,
        "7月2日、3日，县提升办分四组，采取不打招呼、直接进村的方式，对全县农村人居环境整治工作进行了巡查暗访。"
        "四个巡查组共检查了10个乡镇48个村，其中36个村没有发现问题，12个村存在垃圾乱堆乱倒、柴草乱堆乱放、"
        "垃圾池垃圾外溢等问题。督办问题已于7月4日逐村交办，要求各乡镇于2024年7月12日前整改到位。"
        "7月15日，县提升办对督办问题整改情况进行了“回头看”，现将督办问题及整改情况逐村通报如下：",
    )
    for text in ROUND_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "对“回头看”仍未整改到位的问题，请相关乡镇立即整改并书面报送整改情况；"
        "县提升办将持续跟踪督办，对整改不力的村予以约谈。",
    )
    _paragraph(doc, "清丰县农村人居环境整治提升工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月16日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 农村人居环境集中整治暗访, after a city 工作专班暗访组's visits to a county's villages (村内道路旁杂物随意堆积，生活
# 垃圾和废弃农作物秸秆随处可见; 河道内遍布生活垃圾、废弃家具，一段有大量建筑垃圾; 墙下建筑垃圾堆积，西南角堆放生活垃圾;
# 沟渠内也有垃圾; 举报电话 …):
# https://henan.china.com/news/dsxy/2022/0218/2530250213.html
# An .xlsx: the county 专班's answer to the city 专班: title, 填报单位 line, a line naming the 交办 date, one header row
# with the 暗访时间 (an event date) and 乡镇/村庄 beside the township governments as 责任单位,
# 整改时限 as 7月15日前, 整改落实情况, a 注 line and a signature line.
VISIT_ROWS = [
    (
        "7月3日",
        "陈庄镇",
        "吴庄村",
        "村内道路旁杂物随意堆积，生活垃圾和废弃秸秆随处可见",
        "范县陈庄镇人民政府",
        "7月15日前",
        "已组织清理杂物38处，秸秆全部清运，整改完成",
    ),
    (
        "7月3日",
        "陈庄镇",
        "院庄村",
        "村旁河道内遍布生活垃圾和废弃家具，一段有大量建筑垃圾",
        "范县陈庄镇人民政府",
        "7月31日前",
        "生活垃圾已清理，建筑垃圾正在清运",
    ),
    (
        "7月3日",
        "辛庄镇",
        "褚庄村",
        "村内杂物堆放情况较为普遍",
        "范县辛庄镇人民政府",
        "7月15日前",
        "已整改",
    ),
    (
        "7月4日",
        "龙王庄镇",
        "尹集村",
        "多处村民家墙下有建筑垃圾堆积，村西南角堆放生活垃圾",
        "范县龙王庄镇人民政府",
        "7月20日前",
        "未整改",
    ),
    (
        "7月4日",
        "龙王庄镇",
        "谢店村",
        "村中沟渠内有垃圾，沟渠边有粪污堆积",
        "范县龙王庄镇人民政府",
        "7月20日前",
        "",
    ),
    (
        "7月4日",
        "王楼镇",
        "王楼村",
        "村内残垣断壁未清理，背街小巷积水",
        "范县王楼镇人民政府",
        "8月31日前",
        "残垣断壁已拆除5处，剩余3处正在做户主工作",
    ),
    (
        "7月4日",
        "濮城镇",
        "濮城村",
        "主街村民生活用水管道漏水，污水混合排放",
        "范县濮城镇人民政府",
        "7月10日前",
        "已维修漏水管道，整改完成",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="范县人居专班")
    ws = b.sheet("整改反馈")
    b.widths(ws, [6, 10, 10, 10, 40, 22, 12, 36])
    b.line(ws, 0, "市农村人居环境集中整治工作专班暗访发现问题整改情况反馈表", 7, b.title)
    b.line(ws, 1, "填报单位：范县农村人居环境集中整治工作专班    填报日期：2024年7月26日", 7)
    b.line(ws, 2, "市专班暗访组于7月3日至4日对我县部分村庄进行了暗访，发现问题于7月5日交办我县。", 7)
    b.header(
        ws, 3, ["序号", "暗访时间", "乡镇", "村庄", "暗访发现问题", "责任单位", "整改时限", "整改落实情况"]
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(VISIT_ROWS)
    b.line(ws, end, "注：“暗访时间”为市专班暗访日期。", 7)
    b.line(ws, end + 1, "填报人：孔德胜    联系电话：0393-5261376", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 衔接资金项目县级验收, after a county 纪检监察组's account of the 县级验收 of the first batch of 财政衔接推进乡村振兴
# 补助资金项目 together with 县农业农村局、县农建中心 (当家塘清淤、挖扩和沟渠硬化; 局部渠道砼强度不足、渠道侧墙有铁钉未
# 清理; 验收组当场向所在乡镇反馈了检查结果并提出了整改要求):
# http://www.scjjjc.gov.cn/html/wenzhang_773270.html
# An .xlsx: title, 填报单位 line, a 验收组 line (the inspectors) saying problems were fed back on the day, a two-row
# header (整改落实 merged over 整改情况 and 复验结论), a 验收日期 per row, townships and a contractor as 整改责任单位,
# 立行立改, 年底前, a 注 line and a signature line.
FUND_ROWS = [
    (
        "韩张镇后韩张村坑塘清淤扩挖项目",
        "韩张镇",
        "后韩张村",
        date(2024, 7, 9),
        "坑塘护坡局部坍塌约20米",
        "南乐县韩张镇人民政府",
        "2024年7月20日",
        "已修复护坡",
        "复验合格",
    ),
    (
        "元村镇农田沟渠硬化项目",
        "元村镇",
        "西元村",
        date(2024, 7, 9),
        "局部渠道混凝土强度不足，回弹检测不达标",
        "濮阳市恒泰建设工程有限公司",
        "2024年8月31日",
        "已拆除不合格渠段，正在重新浇筑",
        "",
    ),
    (
        "元村镇农田沟渠硬化项目",
        "元村镇",
        "东元村",
        date(2024, 7, 10),
        "渠道侧墙铁钉外露、模板未清理",
        "濮阳市恒泰建设工程有限公司",
        "立行立改",
        "已清理",
        "复验合格",
    ),
    (
        "福堪镇北福堪村当家塘清淤项目",
        "福堪镇",
        "北福堪村",
        date(2024, 7, 10),
        "清淤土方堆放在塘边未外运",
        "南乐县福堪镇人民政府",
        "7月底前",
        "正在外运",
        "",
    ),
    (
        "谷金楼镇产业路建设项目",
        "谷金楼镇",
        "前谷金楼村",
        date(2024, 7, 10),
        "产业路路肩未培土，部分路段边缘破损",
        "南乐县谷金楼镇人民政府",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "张果屯镇蔬菜大棚建设项目",
        "张果屯镇",
        "东张果屯村",
        date(2024, 7, 11),
        "大棚建成后部分闲置，未发挥效益",
        "南乐县张果屯镇人民政府",
        "年底前",
        "已对接经营主体，正在洽谈租赁",
        "",
    ),
    (
        "千口镇村内道路硬化项目",
        "千口镇",
        "西吉七村",
        date(2024, 7, 11),
        "项目资产未确权移交村集体，管护责任未落实",
        "南乐县千口镇人民政府",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "杨村乡坑塘整治项目",
        "杨村乡",
        "西杨村",
        date(2024, 7, 11),
        "项目公示牌未设立，资金使用情况未公开",
        "南乐县杨村乡人民政府",
        "2024年7月15日",
        "已设立公示牌并公开资金使用情况",
        "复验合格",
    ),
]


def write_fund(path: Path) -> Path:
    b = Book(path, author="乡村振兴股")
    ws = b.sheet("验收问题整改")
    b.widths(ws, [6, 28, 10, 12, 12, 32, 26, 14, 28, 12])
    b.line(ws, 0, "2024年第一批财政衔接推进乡村振兴补助资金项目县级验收发现问题整改台账", 9, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "填报单位：南乐县农业农村局    填报日期：2024年7月29日", 9)
    b.line(
        ws,
        2,
        "验收组：驻县农业农村局纪检监察组、县农业农村局、县农田建设服务中心；验收发现的问题于验收当日当场反馈所在乡镇。",
        9,
    )
    for c, word in enumerate(
        ["序号", "项目名称", "实施乡镇", "项目村", "验收日期", "验收发现问题", "整改责任单位", "整改时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "整改落实", b.head)
    b.header(ws, 4, ["整改情况", "复验结论"], first=8)
    for i, row in enumerate(FUND_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(FUND_ROWS)
    b.line(ws, end, "注：整改到位经县级复验合格的问题予以销号。", 9)
    b.line(ws, end + 1, "分管负责人：葛长青    填表人：范晓    联系电话：0393-7221645", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 防止返贫动态监测集中排查, after a town's account of its 防止返贫监测集中排查 (村两委干部、包保干部、驻村工作队以户为
# 单位 “五访”; 集中排查稳定增收、义务教育、基本医疗、住房安全等情况; 镇乡村振兴办信息员再次实地入户核查; 及时发现问题，
# 将存在返贫致贫风险的农户按程序纳入监测):
# http://tazldqn.cn/p/239073.html
# A CSV in GBK: title line, 填报单位/排查时间/交办日期 line, one header line with the 包保干部 (a person) beside the
# 整改责任单位 (villages, the town's 卫生院 and 中心学校, the town itself), 立行立改 and 长期坚持, a 销号情况 column,
# a 合计 line and a 填表人 line.
MONITOR_ROWS = [
    (
        "打渔陈村",
        "张某某",
        "脱贫户家庭成员患慢性病未办理门诊慢特病卡",
        "基本医疗",
        "协助办理门诊慢特病卡",
        "台前县打渔陈镇卫生院",
        "李明",
        "2024年7月20日",
        "已办理",
        "已销号",
    ),
    (
        "后范村",
        "王某某",
        "监测户住房屋面漏雨，存在安全隐患",
        "住房安全",
        "纳入危房改造，维修屋面",
        "打渔陈镇后范村",
        "刘振华",
        "2024年8月31日",
        "正在维修",
        "未销号",
    ),
    (
        "梁集村",
        "刘某某",
        "户内自来水水压不足，经常停水",
        "饮水安全",
        "更换入户管道",
        "打渔陈镇梁集村",
        "赵亮",
        "7月15日前",
        "已更换入户管道",
        "已销号",
    ),
    (
        "马坝村",
        "赵某某",
        "一名在校学生未享受教育资助",
        "义务教育",
        "补录资助信息",
        "台前县打渔陈镇中心学校",
        "孙丽",
        "2024年7月31日",
        "资助信息已补录上报，资助资金待发放",
        "未销号",
    ),
    (
        "芦庄村",
        "孙某某",
        "家庭务工收入骤减，未及时纳入监测",
        "稳定增收",
        "按程序纳入监测对象，安排公益性岗位",
        "台前县打渔陈镇人民政府",
        "周伟",
        "立行立改",
        "已纳入监测，已安排公益性岗位",
        "已销号",
    ),
    (
        "张庄村",
        "周某某",
        "户容户貌差，院内杂物乱堆",
        "人居环境",
        "动员清理，定期回访",
        "打渔陈镇张庄村",
        "吴红",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "禹王村",
        "吴某某",
        "小额信贷到期未还款，存在逾期风险",
        "金融帮扶",
        "协调银行办理续贷",
        "打渔陈镇禹王村",
        "郑涛",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "司庄村",
        "郑某某",
        "重度残疾人护理补贴停发未及时恢复",
        "兜底保障",
        "协调民政所核实后恢复发放",
        "台前县打渔陈镇人民政府",
        "王峰",
        "2024年7月25日",
        "未整改",
        "",
    ),
]


def write_monitor(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["打渔陈镇防止返贫动态监测集中排查发现问题整改清单"])
    w.writerow(
        [
            "填报单位：台前县打渔陈镇人民政府（乡村振兴办）；排查时间：2024年7月1日至7月10日；"
            "问题交办日期：2024年7月12日"
        ]
    )
    w.writerow(
        [
            "序号",
            "村名",
            "户主",
            "排查发现问题",
            "问题类别",
            "整改措施",
            "整改责任单位",
            "包保干部",
            "整改时限",
            "整改情况",
            "销号情况",
        ]
    )
    for i, row in enumerate(MONITOR_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "8个村", "8户", "发现问题8个，已销号3个", "", "", "", "", "", "", ""])
    w.writerow(["填表人：陈晓燕；审核人：张国富；联系电话：0393-2301587；填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 人居环境暗访曝光问题整改反馈, after a county 人居环境整治推进办公室's 暗访曝光 of one township's villages (旧县二村
# 村委西路边有生活垃圾; 北吉城村村委东河道内漂浮垃圾; 大吉城一村村东沟渠内随意倾倒垃圾，路边有焚烧的柴草; … 现对以上
# 问题公开曝光，提醒旧县乡和有关村居对照标准要求抓紧整改治理):
# https://www.dongpingren.com/archiver/tid-570066.html
# An .xlsx: the township's answer to the county office: title, 填报单位 line, a preamble line, one header row with the
# 责任单位 (villages, and the township's own 城管中队 = the township), 整改责任人 and 包村干部 (persons), 整改时限,
# 整改完成情况 and a photo column (见附件), a signature line of the township's leaders.
EXPOSED_ROWS = [
    (
        "后梁庄村村委西路边有生活垃圾",
        "梁庄镇后梁庄村",
        "王志刚（村党支部书记）",
        "李娟",
        "7月10日前",
        "已清理，整改完成",
        "见附件图1、图2",
    ),
    (
        "前吉村村委东河道内漂浮垃圾",
        "梁庄镇前吉村",
        "高建民（村党支部书记）",
        "赵磊",
        "7月12日前",
        "已打捞完毕，整改完成",
        "见附件图3、图4",
    ),
    (
        "大吉村村东沟渠内随意倾倒垃圾，路边有焚烧的柴草",
        "梁庄镇大吉村",
        "孙海涛（村党支部书记）",
        "赵磊",
        "7月15日前",
        "沟渠垃圾正在清理",
        "",
    ),
    (
        "屯庄村村西北有生活垃圾",
        "梁庄镇屯庄村",
        "马文军（村委会主任）",
        "周静",
        "7月10日前",
        "未整改",
        "",
    ),
    (
        "王店二村村西桥下沟渠内堆放柴草、积存生活垃圾",
        "梁庄镇王店二村",
        "杨保国（村党支部书记）",
        "周静",
        "7月20日前",
        "柴草已清运，经镇人居办验收合格",
        "见附件图5、图6",
    ),
    (
        "王店五村桥下积存蒜皮",
        "梁庄镇王店五村",
        "郭建设（村党支部书记）",
        "刘洋",
        "7月20日前",
        "",
        "",
    ),
    (
        "镇区主街沿街商户出店经营、门前杂物乱堆",
        "镇城管中队",
        "韩立新（中队长）",
        "",
        "长期坚持",
        "常态化巡查",
        "",
    ),
]


def write_exposed(path: Path) -> Path:
    b = Book(path, author="梁庄镇人居办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 40, 18, 22, 10, 12, 30, 16])
    b.line(ws, 0, "梁庄镇农村人居环境暗访曝光问题整改情况反馈表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县梁庄镇人民政府    填报日期：2024年7月25日", 7)
    b.line(
        ws,
        2,
        "县人居环境整治推进办公室7月8日暗访曝光我镇问题7个，镇党委、政府立即逐村交办，明确整改责任人和时限，"
        "现将整改情况反馈如下：",
        7,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "曝光问题",
            "责任单位",
            "整改责任人",
            "包村干部",
            "整改时限",
            "整改完成情况",
            "整改前后照片",
        ],
    )
    for i, row in enumerate(EXPOSED_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(EXPOSED_ROWS)
    b.line(ws, end + 1, "镇党委书记：陈永胜    镇长：刘卫东    填报人：宋佳    联系电话：0393-4680215", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 村庄环境卫生整治工作督查通报, after a town 纪委's 督查通报 (镇纪委组织督查小组…采取抽检的方式，共督查了15个行政村
# 的31个自然村…一、总体情况 二、好的方面 三、存在的问题 …; 主送各村（社区）、机关各部门):
# http://newchangjing.com/shixibaogao/388375.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, 一、总体情况 and 二、好的方面 as prose, 三、存在的问题 as
# （一）…（六） paragraphs naming the village, a few saying what was done on the day, 四、整改要求 with the deadlines
# (one for the sheds, one for the rest), the 纪委 and the date.
TOWN_PROBLEMS = [
    "（一）杨村乡东杨村：村内主街两侧柴草垛未按“离路、离户”要求集中堆放，督查时村里正在组织清理。",
    "（二）杨村乡西杨村：村西垃圾池破损，垃圾外溢，已于督查当日清理完毕并修复垃圾池。",
    "（三）杨村乡刘庄村：村后坑塘水面漂浮生活垃圾和秸秆。",
    "（四）杨村乡孙庄村：村委会院内公厕保洁不到位，无专人管理。",
    "（五）杨村乡赵庄村：部分农户在门前私搭乱建简易棚舍。",
    "（六）杨村乡北王庄村：村内排水沟淤堵，雨后污水漫溢路面。",
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("乡纪委")
    _title(doc, "关于村庄环境卫生整治工作督查情况的通报")
    _paragraph(doc, "各村（社区），乡直各单位：")
    _paragraph(
        doc,
        "7月2日和5日，乡纪委组织督查小组对各行政村村庄环境卫生整治工作进度进行了现场督查，采取抽检的方式，"
        "共督查了12个行政村的26个自然村，并于8日召开督查小组碰头会汇总督查情况，现通报如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "动员会后，各村村庄环境卫生整治工作均已展开，虽然各村进度不尽相同，但都在有序推进，部分村整治进度较快、"
        "投入力度较大。",
    )
    _paragraph(doc, "二、好的方面", font="黑体")
    _paragraph(
        doc,
        "一是大部分村重视程度较高，书记、主任直接负责本村环境卫生整治工作，任务细化到组、责任到人；二是大部分村"
        "工作思路清晰，有具体的实施方案和时间任务表；三是大部分村充分发动群众参与，村“两委”干部带头参加集中清理。",
    )
    _paragraph(doc, "三、存在的问题", font="黑体")
    for text in TOWN_PROBLEMS:
        _paragraph(doc, text)
    _paragraph(doc, "四、整改要求", font="黑体")
    _paragraph(
        doc,
        "赵庄村私搭乱建的简易棚舍须于2024年8月31日前拆除到位；其余问题请相关村于2024年7月20日前整改到位。"
        "各村整改完成后书面报乡纪委，乡纪委将适时开展“回头看”。",
    )
    _paragraph(doc, "中共南乐县杨村乡纪律检查委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月9日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "村庄环境卫生整治工作督查通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 户厕问题整改台账 of two villages, after a 乡's 厕改排查整治 (乡村干部逐户走访，实地查看厕屋、厕具、用水及使用期间、
# 后期维护出现的问题并逐一登记，建立厕所改造摸排清单、问题整改台账; 要求立即整改到位，并限时反馈整改情况):
# https://home.0372.cn/forum.php?goto=lastpost&mod=redirect&tid=34291
# A .zip of two returns sent up to the 乡: one village's .xlsx (填报单位 line naming the 村民委员会, 排查日期 line,
# rows by household with 所在组 and 户主 (persons), 立即整改, 反馈时间) and the other village's .docx (a table of the
# same kind, 长期坚持, the village and the date at the foot).
VILLAGE_A_ROWS = [
    ("一组", "张某某", "厕屋门损坏无法关闭", "更换厕屋门", "2024年7月12日", "已更换", "7月11日"),
    ("二组", "李某某", "冲水桶漏水", "更换冲水桶", "2024年7月12日", "已更换", "7月12日"),
    ("二组", "王某某", "化粪池盖板缺失", "补装盖板", "立即整改", "已补装", "7月8日"),
    (
        "三组",
        "刘某某",
        "粪池已满未及时清掏",
        "联系抽粪车清掏",
        "7月20日前",
        "已联系抽粪车，排队等待抽取",
        "7月18日",
    ),
    ("四组", "赵某某", "下水管道堵塞，厕所无法使用", "疏通下水管道", "7月15日前", "", ""),
]
VILLAGE_B_ROWS = [
    ("陈某某", "一组", "厕屋屋顶漏雨", "维修屋顶", "2024年7月25日", "正在维修"),
    ("杨某某", "一组", "蹲便器破损", "更换蹲便器", "2024年7月15日", "已整改"),
    ("周某某", "二组", "化粪池出粪口被土掩埋", "清理出粪口", "2024年7月15日", "未整改"),
    ("孙某某", "三组", "厕屋内无照明", "安装照明灯", "7月底前", "已安装"),
    ("马某某", "三组", "厕屋被当作杂物间使用", "宣传引导，跟踪回访", "长期坚持", ""),
]


def write_village_a(path: Path) -> Path:
    b = Book(path, author="前颜村")
    ws = b.sheet("户厕台账")
    b.widths(ws, [6, 8, 10, 28, 18, 14, 28, 10])
    b.line(ws, 0, "颜村铺乡前颜村户厕问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：颜村铺乡前颜村村民委员会（盖章）    排查日期：2024年7月8日", 7)
    b.header(ws, 2, ["序号", "所在组", "户主", "存在问题", "整改措施", "整改时限", "整改结果", "反馈时间"])
    for i, row in enumerate(VILLAGE_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VILLAGE_A_ROWS)
    b.line(ws, end + 1, "村党支部书记：颜景山    填表人：颜丽    填报日期：2024年7月19日", 7)
    return b.close()


def write_village_b(path: Path) -> Path:
    doc = _new_document("后颜村")
    _title(doc, "后颜村户厕问题排查整改台账", 18)
    _paragraph(doc, "填报单位：颜村铺乡后颜村村民委员会    排查时间：2024年7月8日至7月9日", 12)
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_B_ROWS, 1)]
    _table(doc, ["序号", "户主姓名", "所在组", "存在问题", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "颜村铺乡后颜村村民委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月20日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_villages(path: Path) -> Path:
    members = [
        ("颜村铺乡前颜村户厕问题整改台账.xlsx", write_village_a),
        ("后颜村户厕问题排查整改台账.docx", write_village_b),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县2024年第二季度人居环境红黑榜及黑榜问题整改情况.xlsx", write_redblack),
    ("农村户厕问题摸排整改抽查问题整改台账.xls", write_toilet),
    ("濮阳县农村黑臭水体排查治理工作台账.ods", write_water),
    ("关于农村人居环境整治暗访督办问题整改回头看情况的通报.docx", write_round),
    ("市人居环境集中整治专班暗访问题整改情况反馈表（范县）.xlsx", write_visit),
    ("2024年第一批衔接资金项目县级验收发现问题整改台账.xlsx", write_fund),
    ("打渔陈镇防止返贫动态监测集中排查问题整改清单.csv", write_monitor),
    ("梁庄镇人居环境暗访曝光问题整改情况反馈表.xlsx", write_exposed),
    ("杨村乡纪委村庄环境卫生整治工作督查通报.doc", write_town),
    ("颜村铺乡两村户厕问题整改台账.zip", write_villages),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside252 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 文明城市创建、农村人居环境、爱国卫生、市容秩序问题整改 (创文督查汇总和交办件、第三方测评问题清单、乡镇暗访
督查问题清单、问题厕所“四项清单”、村级改厕入户自查、病媒生物防制整改通知书、国家卫生县城暗访扣分、健康城市暗访反馈、
群众来信办理).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97),
.doc and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx table, and a .zip of two returns (an
.xlsx and a .docx whose items are numbered paragraphs). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside252.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 创建全国文明城市督查情况汇总表, after a district's 附件 “全国文明城市创建督查情况汇总表” (序号 / 具体点位 / 存在问题 /
# 整改责任单位; the points grouped under 街道辖区 cells merged down the left; several numbered problems in one cell;
# “（现场督促物业已整改）” written inside the problem; units under short and former names):
# https://wanglu.net/thread/t4-175299-0.html
# An .xlsx: 附件 line, title, 填报单位 line, a line giving the one deadline for every row (10 个工作日 from the
# 交办 date), one header row with the 街道辖区 column merged per group, an added 整改落实情况 column, 注 and signature.
CIVIL_GROUPS = [
    (
        "中原路街道辖区",
        [
            (
                "中原路与京开道交叉口东北角极速网咖",
                "消防安全通道内存在杂物乱堆放现象。",
                "市文广新局",
                "已督促网咖清理通道杂物，整改完成",
            ),
            (
                "中原路街道建业社区卫生服务站",
                "1、电子显示屏未滚动播放社会主义核心价值观等公益宣传内容；\n2、投诉意见箱未按规定设置。",
                "市卫计委",
                "已增设投诉意见箱，电子屏宣传内容正在制作",
            ),
            (
                "中原路裕丰市场北门",
                "早市时段流动摊贩占道摆摊，店外经营现象突出，人行道通行不畅。",
                "市城管执法局",
                "已开展早市专项整治，临时疏导点正在选址",
            ),
        ],
    ),
    (
        "胜利路街道辖区",
        [
            (
                "胜利路街道金堤花园小区",
                "小区草坪上存在晾晒被褥现象（现场督促物业已整改）。",
                "华龙区胜利路街道办事处",
                "",
            ),
            (
                "胜利路街道金堤花园南区7号楼",
                "1、楼道内小广告、“牛皮癣”未清理；\n2、二单元楼道灯损坏，夜间无照明。",
                "濮阳市金堤物业服务有限公司",
                "未整改",
            ),
            (
                "胜利路与大庆路交叉口公交站台",
                "公交站台公益广告画面破损、褪色。",
                "市公交公司",
                "已更换公益广告画面",
            ),
        ],
    ),
    (
        "人民路街道辖区",
        [
            (
                "人民路街道光明小区",
                "1、小区宣传栏内未见全国文明城市创建宣传内容；\n2、宣传栏玻璃破损。",
                "市房管局",
                "已协调物业更换宣传栏玻璃，创建宣传内容正在设计",
            ),
            (
                "人民路第二中学门前",
                "上下学时段学校门前机动车乱停乱放，堵塞交通。",
                "市交警支队",
                "已施划临时停车泊位，整改到位",
            ),
        ],
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="华龙区创建办")
    ws = b.sheet("督查情况汇总表")
    b.widths(ws, [6, 16, 30, 46, 24, 34])
    b.line(ws, 0, "附件", 5)
    b.line(ws, 1, "华龙区创建全国文明城市督查情况汇总表（第7期）", 5, b.title)
    b.line(ws, 2, "填报单位：华龙区创建全国文明城市工作指挥部办公室（盖章）    填报日期：2024年7月26日", 5)
    b.line(ws, 3, "整改时限：自2024年7月8日交办之日起10个工作日内完成整改，整改落实情况由各责任单位填报。", 5)
    b.header(ws, 4, ["序号", "", "具体点位", "存在问题", "整改责任单位", "整改落实情况"])
    r, n = 5, 0
    for group, rows in CIVIL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for point, problem, unit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [point, problem, unit, progress], first=2)
            r += 1
    b.line(ws, r, "注：同一点位存在多个问题的合并填写。", 5)
    b.line(ws, r + 1, "审核人：郑国栋    填表人：刘晓雯    联系电话：0393-8215530", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 书面交办件整改情况汇总表, after a county 创建办's 督查通报 (现场交办问题42次，下发书面交办件4期，交办各类问题327个;
# 36个单位根据问题清单及时整改并以书面形式上报; 立行立改效果明显的单位; 8个单位对交办件不重视，即不整改、也不回复;
# 县电信公司、县邮政局 among them):
# http://chenxinews.cn/content/2018/04/26/5360027.html
# An .xls (xlwt): title, 填报单位 line, one header row with 交办件期数 and the 交办日期 each row's 办理时限 (N个工作日,
# 立行立改, 长期坚持) counts from, a 书面回复时间 column, a 注 line and a signature line.
ASSIGNED_ROWS = [
    (
        "第3期",
        "2024年6月5日",
        "城关镇文化路农贸市场周边占道经营，垃圾清运不及时",
        "清丰县城关镇人民政府",
        "5个工作日",
        "已立行立改，市场周边垃圾实现日产日清，整改完成",
        "2024年6月12日",
    ),
    (
        "第3期",
        "2024年6月5日",
        "县人民医院门诊楼前非机动车乱停乱放，无障碍通道被占用",
        "清丰县卫生健康委员会",
        "立行立改",
        "已整改",
        "2024年6月6日",
    ),
    (
        "第3期",
        "2024年6月7日",
        "县气象局家属院楼道杂物堆积，院内无公益广告",
        "清丰县气象局",
        "5个工作日",
        "楼道杂物已清理，公益广告已张贴到位",
        "2024年6月14日",
    ),
    (
        "第4期",
        "2024年7月2日",
        "电信营业厅门前户外广告牌破损，门前三包责任未落实",
        "中国电信股份有限公司清丰分公司",
        "5个工作日",
        "逾期未整改",
        "",
    ),
    (
        "第4期",
        "2024年7月2日",
        "邮政营业网点自助银行周边小广告乱贴乱画",
        "中国邮政集团有限公司清丰县分公司",
        "5个工作日",
        "",
        "",
    ),
    (
        "第4期",
        "2024年7月10日",
        "老城区育才巷、丝绸巷垃圾桶破损、满溢",
        "清丰县环境卫生管理所",
        "5个工作日",
        "已更换垃圾桶32个，已办结",
        "2024年7月16日",
    ),
    (
        "第4期",
        "2024年7月10日",
        "机关院内停车秩序混乱，公共区域有吸烟现象",
        "清丰县机关事务服务中心",
        "10个工作日",
        "已施划停车位，禁烟标识正在制作",
        "2024年7月19日",
    ),
    (
        "第5期",
        "2024年7月19日",
        "县城南环路渣土运输车辆抛洒滴漏，路面污染严重",
        "清丰县城市管理局",
        "长期坚持",
        "已建立渣土车联合执法机制，常态化开展夜查",
        "2024年7月26日",
    ),
]


def write_assigned(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县创建全国文明城市书面交办件整改情况汇总表", t, 0, 7),
        (1, 0, "填报单位：清丰县创建全国文明城市工作指挥部办公室    填报日期：2024年7月29日", plain, 1, 7),
    ]
    words = ["序号", "交办件期数", "交办日期", "交办问题", "责任单位", "办理时限", "整改情况", "书面回复时间"]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(ASSIGNED_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, ctr if col in (1, 2, 5, 7) else c) for col, v in enumerate(row, 1)]
    r = 3 + len(ASSIGNED_ROWS)
    cells += [
        (
            r,
            0,
            "注：办理时限自交办之日起计算，遇法定节假日顺延；“立行立改”事项须于交办当日整改到位。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：孔令军    填表人：申丽娜    联系电话：0393-7226318", plain, r + 1, 7),
    ]
    return _write_xls(path, [("交办件汇总", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 人居环境暗访督查问题清单, after a town's account of its 人居环境整治暗访督查 (“四不两直”走村入户; 村环境卫生、
# 池塘漂浮物、沿线白色垃圾、垃圾清运、小广告、乱搭乱建、杂草; 能现场整改的立行立改，不能及时处理的形成问题清单，
# 明确责任人，责令限期整改; 共发现问题25处，立行立改21处，整改中4处; 每月考核、常态化回头看):
# http://lbr.ahnews.com.cn/news/2023/03/30/c_334689.htm
# A CSV in GBK: title line, 暗访时间 line, one header line with the 督查日期 the 立行立改 rows count from, 责任人
# beside the 责任村, 整改方式 and 整改时限, a 合计 line and the town's signature line.
VILLAGE_ROWS = [
    (
        "2024-07-16",
        "陈庄镇马楼村",
        "垃圾清运",
        "村东坑塘边堆放生活垃圾约2立方米，未及时清运",
        "王建国（村党支部书记）",
        "立行立改",
        "立行立改",
        "已清运",
    ),
    (
        "2024-07-16",
        "陈庄镇孙楼村",
        "乱堆乱放",
        "主街两侧柴草、砖块乱堆乱放，影响村容村貌",
        "孙立新（村委会主任）",
        "限期整改",
        "7月25日前",
        "已清理12处，剩余3处正在清理",
    ),
    (
        "2024-07-16",
        "陈庄镇后王庄村",
        "坑塘治理",
        "村西坑塘水面漂浮物多，有异味",
        "王海军（村党支部书记）",
        "限期整改",
        "7月底前",
        "",
    ),
    (
        "2024-07-16",
        "陈庄镇马楼村",
        "村容村貌",
        "村文化广场健身器材周边杂草丛生",
        "王建国（村党支部书记）",
        "限期整改",
        "7月22日前",
        "正在清理",
    ),
    (
        "2024-07-17",
        "陈庄镇杜庄村",
        "小广告",
        "村委会外墙及电线杆上小广告未清理",
        "杜红梅（村委会委员）",
        "立行立改",
        "立行立改",
        "已清理",
    ),
    (
        "2024-07-17",
        "陈庄镇韩徐庄村",
        "厕所管护",
        "村公厕无人保洁，便池堵塞",
        "徐卫东（村党支部书记）",
        "限期整改",
        "2024年8月10日",
        "未整改",
    ),
    (
        "2024-07-17",
        "陈庄镇陈庄村",
        "沿线环境",
        "省道沿线路肩白色垃圾、杂草未清理",
        "陈志刚（村委会主任）",
        "限期整改",
        "7月20日前",
        "已全部清理，整改完成",
    ),
    (
        "2024-07-17",
        "陈庄镇刘楼村",
        "长效管护",
        "保洁员未按规定上岗，村内道路清扫不及时",
        "刘长明（村党支部书记）",
        "长效管护",
        "长期坚持",
        "已调整保洁员2名，每日巡查，长期坚持",
    ),
]


def write_village(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["范县陈庄镇农村人居环境整治暗访督查问题清单"])
    w.writerow(
        ["暗访时间：2024年7月16日至17日    督查方式：四不两直、走村入户    立行立改事项以督查当日为准"]
    )
    w.writerow(
        ["序号", "督查日期", "责任村", "问题类别", "存在问题", "责任人", "整改方式", "整改时限", "整改情况"]
    )
    for i, row in enumerate(VILLAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共发现问题8个，立行立改2个，限期整改5个，长效管护1个", "", "", "", ""])
    w.writerow(["填报单位：范县陈庄镇人民政府（盖章）    填报人：杨雪    2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 农村问题厕所排查整改“四项清单”, after a town 人大's 农村改厕“回头看” (“五听一查”; 全面摸排，逐户排查，建立全镇
# 改厕底册和到村到户的问题厕所整改台账; 制定问题、任务、责任、时限整改“四项清单”; 完成一项、销号一项):
# https://www.ahlard.gov.cn/xzrd/gzdb/14290.html
# A .docx: title, 填报单位 line, a line on 销号, a table whose columns are the four 清单 (问题清单 / 任务清单 / 责任清单 /
# 时限清单) and a 销号情况 column; the 责任清单 names only the town's own 站所, so every item is the town's.
TOILET_ROWS = [
    (
        "前刘村、后刘村23户三格式化粪池盖板未分割，粪污无法无害化处理",
        "逐户更换分割式盖板",
        "镇乡村振兴工作站（包村干部：李明）",
        "2024年7月15日前",
        "已完成，已销号",
    ),
    (
        "岳庄村11户压力冲水桶出水量不足，达不到冲洗效果",
        "联系施工企业更换冲水器具",
        "镇乡村振兴工作站（包村干部：赵亮）",
        "2024年8月31日前",
        "已更换6户，其余5户正在更换",
    ),
    (
        "张庄村7户厕所位置偏远，抽粪车无法进入",
        "调整抽粪路线，配备小型抽粪设备",
        "镇农业服务中心",
        "2024年9月底前",
        "未启动",
    ),
    (
        "全镇152户新厕建成后旧厕未拆除，新旧厕并存",
        "制定旧厕拆除计划，分批拆除",
        "镇村镇建设发展中心",
        "6月底前制定拆除计划，10月底前全部拆除到位",
        "拆除计划已制定，已拆除68户",
    ),
    (
        "改厕后期管护机制未建立，粪污抽运无人负责",
        "建立“村收集、镇转运”管护机制",
        "镇乡村振兴工作站",
        "长期坚持",
        "",
    ),
    (
        "改厕资金拨付台账与改厕户数不一致，相差9户",
        "核对资金台账，补齐拨付凭证",
        "镇财政所",
        "2024年7月20日",
        "已核对一致，已销号",
    ),
    (
        "马王庄村5户新改厕所地面沉降、厕门安装不合理",
        "督促施工方返修",
        "镇村镇建设发展中心",
        "8月15日前",
        "",
    ),
]


def write_toilet(path: Path) -> Path:
    doc = _new_document("乡村振兴工作站")
    _title(doc, "千口镇农村问题厕所排查整改“四项清单”", 18)
    _paragraph(doc, "填报单位：南乐县千口镇人民政府（盖章）    填报日期：2024年7月25日", 12)
    _paragraph(
        doc,
        "按照县人大常委会农村改厕“回头看”视察意见，镇政府逐户排查，建立到村到户的问题厕所整改台账，"
        "实行“完成一项、销号一项”。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TOILET_ROWS, 1)]
    _table(doc, ["序号", "问题清单", "任务清单", "责任清单", "时限清单", "销号情况"], body)
    _paragraph(doc, "监督电话：0393-7511026（镇人大主席团）", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 农村改厕入户走访问题自查台账, after a village's 改厕工作走访调查 (逐组逐户走访; 户主姓名后列问题: 三格化粪池盖板
# 未分割、厕门安装不合理不能遮挡、厕所后环境差、厕具丢在厕所外未使用、压力桶出水少、厕所位置偏抽污车无法进入、
# 地砖未固定; 后附普遍存在的问题):
# https://meipian.cn/3j9hxwus
# A .doc (Word 97 via LibreOffice): title, 填报单位/走访时间 line, a table with the 村民组 merged down, 户主 beside the
# problem, 整改情况 and 完成时间 (no deadline at all), then a paragraph summing up the common problems.
VISIT_GROUPS = [
    (
        "王西组",
        [
            ("王德明", "三格化粪池盖板未分割", "已更换分割盖板", "2024.7.12"),
            ("刘桂芝", "厕门安装不合理，不能遮挡厕所", "", "2024.7.15"),
            ("王灯明", "厕所后环境差，柴草杂物堆放", "正在清理", ""),
        ],
    ),
    (
        "王东组",
        [
            ("张春林", "配备的厕具丢在厕所外，厕所、厕具均未使用", "户主外出务工，暂未整改", ""),
            ("李秀英", "压力桶出水少，达不到冲洗目的", "已联系维修人员，等待配件", ""),
            ("王振华", "厕所位置偏，抽污车无法进入", "", ""),
        ],
    ),
    (
        "后楼组",
        [
            ("赵玉兰", "厕所外铺设的地砖直接垒上，未固定", "已重新铺设固定", "2024.7.18"),
            ("马金山", "化粪池渗漏，周边有异味", "已返修，经镇复查合格", "2024.7.22"),
        ],
    ),
]


def write_visit_docx(path: Path) -> Path:
    doc = _new_document("王楼村")
    _title(doc, "王楼村农村改厕入户走访问题自查台账", 18)
    _paragraph(
        doc,
        "填报单位：台前县侯庙镇王楼村村民委员会    走访时间：2024年7月8日至10日    走访人：镇包村干部、村“两委”成员",
        12,
    )
    rows = sum(len(g[1]) for g in VISIT_GROUPS)
    header = ["序号", "村民组", "户主", "存在问题", "整改情况", "完成时间"]
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for group, households in VISIT_GROUPS:
        top = r
        for owner, problem, progress, done in households:
            n += 1
            for c, v in enumerate([str(n), "", owner, problem, progress, done]):
                _cell_text(table.cell(r, c), v)
            r += 1
        merged = table.cell(top, 1).merge(table.cell(r - 1, 1))
        _cell_text(merged, group)
    _paragraph(
        doc,
        "经汇总，本村普遍存在化粪池盖板未分割、压力桶出水少、厕所位置偏远等情况，以上问题均已逐户列入本台账。",
        12,
    )
    _paragraph(doc, "村党支部书记：王德顺    填表人：王丽    2024年7月24日", 12)
    return _save_fixed(doc, path)


def write_visit(path: Path) -> Path:
    return via_soffice(write_visit_docx, path, "doc", "王楼村改厕自查台账.docx")


# ---------------------------------------------------------------------------------------------
# 6. 病媒生物防制督查整改通知书落实情况, after a city 爱卫办's 督查城区各单位“除四害”工作 (病媒生物预防控制项目组;
# 部分单位未设立健康教育专栏、除四害工作记录不全、垃圾桶无盖; 社区灭鼠站密度不够、灭鼠站内没有投放鼠药; 对存在问题
# 的单位下达整改通知书，要求立即整改; 第二次督查并要求限期整改):
# http://wgxj.yueyang.gov.cn/ztxx/23318/23319/content_554391.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 names it): title, 填报单位 line, a
# two-row header (首次督查 over 通知书下达日期/存在问题/整改通知书编号/整改期限, 第二次督查（复查） over 复查日期/复查
# 结果), deadlines as 立即整改 and N日内 from the 下达日期, the verdict in the 复查结果 column, a 注 and the office.
VECTOR_ROWS = [
    (
        "市民政局",
        date(2024, 7, 9),
        "机关食堂未安装防蝇设施，除四害工作记录不全",
        "濮爱卫督〔2024〕07号",
        "7日内",
        date(2024, 7, 22),
        "复查合格",
    ),
    (
        "市自来水公司",
        date(2024, 7, 9),
        "厂区灭鼠站密度不够，部分毒饵站内未投放鼠药",
        "濮爱卫督〔2024〕08号",
        "立即整改",
        date(2024, 7, 22),
        "已整改",
    ),
    (
        "华龙区大庆路街道祥和社区居民委员会",
        date(2024, 7, 10),
        "社区内垃圾桶无盖，桶周边蝇类孳生",
        "濮爱卫督〔2024〕09号",
        "3日内",
        date(2024, 7, 23),
        "已更换加盖垃圾桶14个，仍有2处未加盖，督促继续整改",
    ),
    (
        "濮阳市人民医院",
        date(2024, 7, 10),
        "住院部餐厅后厨发现蟑螂活体，防蝇门帘缺失",
        "濮爱卫督〔2024〕10号",
        "7日内",
        date(2024, 7, 23),
        "未整改",
    ),
    (
        "市卫计委",
        date(2024, 7, 11),
        "机关院内健康教育专栏内容未更新",
        "濮爱卫督〔2024〕11号",
        "15日内",
        None,
        "",
    ),
    (
        "濮阳市第一中学",
        date(2024, 7, 11),
        "学生宿舍区积水容器未清理，发现蚊幼孳生",
        "濮爱卫督〔2024〕12号",
        "立即整改",
        date(2024, 7, 24),
        "已清理，复查合格",
    ),
    (
        "濮阳绿城市场管理有限公司",
        date(2024, 7, 11),
        "绿城农贸市场活禽区“三防”设施不全，鼠迹明显",
        "濮爱卫督〔2024〕13号",
        "10日内",
        date(2024, 7, 24),
        "防鼠挡板正在安装",
    ),
    (
        "市城管局",
        date(2024, 7, 11),
        "黄河路垃圾中转站周边蝇密度超标",
        "濮爱卫督〔2024〕14号",
        "立即整改",
        date(2024, 7, 24),
        "已每日消杀两次，复查通过",
    ),
]


def write_vector_book(path: Path) -> Path:
    b = Book(path, author="市爱卫办")
    ws = b.sheet("整改通知书落实情况")
    b.widths(ws, [6, 26, 14, 38, 20, 12, 14, 30])
    b.line(ws, 0, "病媒生物防制督查整改通知书落实情况登记表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市爱国卫生运动委员会办公室（病媒生物预防控制项目组）    填报日期：2024年7月26日",
        7,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "被督查单位", b.head)
    b.merge(ws, 2, 2, 2, 5, "首次督查", b.head)
    b.header(ws, 3, ["通知书下达日期", "存在问题", "整改通知书编号", "整改期限"], first=2)
    b.merge(ws, 2, 6, 2, 7, "第二次督查（复查）", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=6)
    for i, row in enumerate(VECTOR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(VECTOR_ROWS)
    b.line(
        ws,
        end,
        "注：整改期限自整改通知书下达之日起计算；“立即整改”的须于下达当日整改。复查未到期的暂不填写。",
        7,
    )
    b.line(ws, end + 1, "濮阳市爱国卫生运动委员会办公室    联系人：韦娟    电话：0393-4418260", 7)
    return b.close()


def write_vector(path: Path) -> Path:
    return via_soffice(write_vector_book, path, "xls", "病媒生物防制督查整改登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 国家卫生县城复审暗访扣分问题整改台账, after the 国家卫生县城（乡镇）暗访评分表 (暗访得分汇总表: 序号 / 类别 / 项目
# 分值 / 实际得分 / 扣分说明; 综合评价、健康教育与创卫宣传、市容环境卫生与环境保护、农贸市场卫生、食品安全、公共场所卫生、
# 病媒生物防制 …; 合计 1000 分):
# http://bhygbaby.com/paper/215706031.html
# An .xlsx: title, 暗访/反馈 line, one header row whose 类别, 分值 and 实际得分 cells are merged down each category,
# the 扣分说明 as the problem with 扣分 beside it, 整改责任单位/整改时限/整改情况 added, a 合计 row, 注 and signature.
SANITARY_GROUPS = [
    (
        "市容环境卫生与环境保护",
        200,
        176,
        [
            (
                "新华路与台前大道交叉口西侧人行道有暴露垃圾，果皮箱满溢",
                6,
                "台前县城市管理局",
                "2024年7月10日",
                "已整改",
            ),
            (
                "老城区育英巷路面破损，雨后积水",
                8,
                "台前县住房和城乡建设局",
                "2024年9月30日",
                "已完成设计，正在招标",
            ),
        ],
    ),
    (
        "农贸市场卫生",
        100,
        82,
        [
            (
                "城关农贸市场禽类宰杀区未实行隔离，无“三防”设施",
                12,
                "台前县市场监督管理局",
                "2024年8月31日",
                "隔离区正在改造",
            ),
            ("城关农贸市场公厕无专人保洁，有异味", 6, "台前县城关镇人民政府", "立即整改", "已落实专人保洁"),
        ],
    ),
    (
        "食品安全",
        100,
        88,
        [("部分小餐饮店从业人员无健康证明", 12, "台前县市场监督管理局", "7月底前", "")],
    ),
    (
        "病媒生物防制",
        100,
        85,
        [
            (
                "城南垃圾中转站周边蝇类密度超标",
                8,
                "台前县城市管理局",
                "长期坚持",
                "每周消杀两次，常态化推进",
            ),
            (
                "部分机关单位食堂防鼠设施不全，鼠迹明显",
                7,
                "台前县机关事务服务中心",
                "2024年7月20日",
                "未整改",
            ),
        ],
    ),
    (
        "健康教育与创卫宣传",
        50,
        43,
        [("县第一初级中学健康教育课未按规定开设", 7, "台前县教育局", "2024年9月1日", "正在制定课程计划")],
    ),
]


def write_sanitary(path: Path) -> Path:
    b = Book(path, author="台前县爱卫办")
    ws = b.sheet("暗访扣分问题整改台账")
    b.widths(ws, [6, 18, 8, 10, 42, 8, 24, 16, 26])
    b.line(ws, 0, "台前县国家卫生县城复审暗访扣分问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：台前县爱国卫生运动委员会办公室    暗访时间：2024年6月25日    反馈时间：2024年7月2日",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "类别", "分值", "实际得分", "扣分说明", "扣分", "整改责任单位", "整改时限", "整改情况"],
    )
    r, n = 3, 0
    for kind, full, got, rows in SANITARY_GROUPS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, kind, b.center)
        for c, score in ((2, full), (3, got)):
            if last > r:
                ws.merge_range(r, c, last, c, "", b.center)
            ws.write_number(r, c, score, b.center)
        for problem, lost, unit, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, lost, b.center)
            b.row(ws, r, [unit, limit, progress], first=6)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "")
    b.put(ws, r, 2, sum(g[1] for g in SANITARY_GROUPS), b.center)
    b.put(ws, r, 3, sum(g[2] for g in SANITARY_GROUPS), b.center)
    b.put(ws, r, 4, f"共{n}个扣分问题")
    b.put(ws, r, 5, sum(row[1] for g in SANITARY_GROUPS for row in g[3]), b.center)
    for c in range(6, 9):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "注：“立即整改”事项自反馈之日（2024年7月2日）起立行立改。", 8)
    b.line(ws, r + 2, "审核：台前县爱卫办    填表人：秦晓燕    联系电话：0393-2212375", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 健康城市暗访反馈问题整改 (two returns in one zip), after a city 健康办's 对暗访组反馈问题再督促、再落实 (农贸市场
# “三防”设施和宣传栏、第二菜市场“三防三白”整改不到位、市场周边脏乱差和占道经营; 人民医院垃圾分类设施; 社区卫生服务
# 中心健康宣传栏; 各单位表态整改计划):
# http://news.cnlg.cn/20200916/145128.htm
# A .zip holding an .xlsx from the 市场监管局 whose rows name only its own 科室, and a .docx report of a hospital whose
# items are numbered paragraphs with deadline and progress in sentences.
MARKET_ROWS = [
    (
        "绿城农贸市场“三防”设施不全，宣传栏内容未及时更新",
        "食品经营监管科",
        "督促市场补齐“三防”设施，更新宣传栏",
        "2024年7月20日",
        "已完成",
    ),
    (
        "华龙区第二菜市场“三防三白”整改不到位",
        "市场规范管理科",
        "约谈市场开办方，逐摊位整改",
        "2024年8月15日",
        "正在整改",
    ),
    (
        "部分熟食摊点未配备防蝇罩",
        "食品经营监管科",
        "现场责令配齐防蝇罩",
        "立即整改",
        "已整改",
    ),
    (
        "两处市场周边占道经营、杂物乱堆放",
        "市场规范管理科",
        "会同城管部门联合整治",
        "2024年7月31日",
        "",
    ),
]
HOSPITAL_PARAS = [
    "（一）医疗废物暂存间与生活垃圾分类设施标识不清，部分科室混投。责任科室：后勤保障科。整改措施：更换分类标识，"
    "开展垃圾分类培训。整改时限：2024年7月15日。目前已完成整改。",
    "（二）门诊大厅健康教育宣传栏内容陈旧，未按季度更新。责任科室：健康教育科。整改措施：按季度更新宣传内容，"
    "增设电子屏。7月底前完成更新，目前宣传内容正在设计制作。",
    "（三）住院部楼梯间有吸烟现象，控烟巡查不到位。责任科室：保卫科。整改措施：增设禁烟标识，每日开展控烟巡查，"
    "纳入科室考核，长期坚持。",
    "（四）院内部分公共卫生间无洗手液、无烘手设施。责任科室：后勤保障科。整改措施：全面配齐洗手液和烘手设施，"
    "2024年8月31日前完成。",
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="市场规范管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 16, 30, 14, 14])
    b.line(ws, 0, "市市场监管局健康城市暗访反馈问题整改台账", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局（盖章）    暗访反馈时间：2024年7月5日", 5)
    b.header(ws, 2, ["序号", "暗访反馈问题", "责任科室", "整改措施", "完成时限", "整改进度"])
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MARKET_ROWS)
    b.line(ws, end, "说明：“立即整改”事项以暗访反馈当日为整改时限。", 5)
    b.line(ws, end + 1, "填表人：闫静    联系电话：0393-8991472    2024年7月29日", 5)
    return b.close()


def write_hospital_docx(path: Path) -> Path:
    doc = _new_document("院办")
    _title(doc, "濮阳市人民医院关于健康城市建设暗访反馈问题整改情况的报告", 18)
    _paragraph(doc, "市爱卫办：")
    _paragraph(
        doc,
        "2024年7月5日，市健康城市建设暗访组向我院反馈了4个方面的问题。我院逐条梳理，明确责任科室、整改措施和"
        "完成时限。现将整改情况报告如下：",
    )
    for text in HOSPITAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将对照健康城市建设标准，举一反三，巩固整改成果。")
    _paragraph(doc, "濮阳市人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health_zip(path: Path) -> Path:
    members = [
        ("市市场监管局健康城市暗访反馈问题整改台账.xlsx", write_market_book),
        ("市人民医院暗访反馈问题整改情况报告.docx", write_hospital_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 第三方测评问题清单整改台账, after a street office's 文明城市点位督查 (对照《全国文明城市测评体系》到辖区各点位督查
# 整改情况; 严格对照台账及第三方问题清单逐项逐条查看; 公益广告掉色、工地地面浮土、门口通道两侧垃圾、建筑材料分区摆放;
# 限期整改到位; 常态化督查):
# http://henan.kjzch.com/zhengzhou/2019-10-31/522696.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 反馈时间 line, a table with 测评点位, the 第三方
# 反馈问题, 责任单位 (a street office, a 居委会, companies, short names of city units), 整改时限 (dates, 立行立改,
# 长期坚持), 整改情况 and a 督查复核 column whose verdict beats the status, a 注 and the office at the foot.
THIRD_PARTY_ROWS = [
    (
        "黄河路街道便民服务大厅",
        "公益广告个别掉色，宣传栏内容未更新",
        "华龙区黄河路街道办事处",
        "7月15日前",
        "已更换",
        "已复核",
    ),
    (
        "濮上园小区",
        "小区门口通道两侧生活垃圾堆放",
        "濮阳市濮上园物业管理有限公司",
        "立行立改",
        "已清理",
        "",
    ),
    (
        "开州路御景苑二期建筑工地",
        "工地内地面浮土未覆盖，建筑材料未分区摆放",
        "濮阳市建工集团有限公司",
        "7月20日前",
        "正在整改",
        "复核通过",
    ),
    (
        "黄河路与京开道交叉口",
        "非机动车乱停放，占用盲道",
        "市交警支队",
        "长期坚持",
        "已安排协管员定时疏导，常态化管理",
        "",
    ),
    (
        "昆仑社区新时代文明实践站",
        "志愿服务活动无记录，台账资料不全",
        "黄河路街道昆仑社区居民委员会",
        "7月31日前",
        "",
        "",
    ),
    (
        "黄河路菜市场",
        "市场内地面污水横流，排水沟堵塞",
        "濮阳市黄河路农贸市场管理有限公司",
        "8月10日前",
        "未整改",
        "",
    ),
    (
        "五一路沿街门店",
        "门店店外经营，门前三包责任未落实",
        "市城管执法局",
        "7月25日前",
        "已整改13户，仍有4户反弹，正在督促",
        "",
    ),
]


def write_third_party_docx(path: Path) -> Path:
    doc = _new_document("黄河路街道创建办")
    _title(doc, "黄河路街道创建全国文明城市第三方测评问题整改台账", 18)
    _paragraph(doc, "填报单位：华龙区黄河路街道办事处    第三方测评反馈时间：2024年7月9日", 12)
    body = [[str(i), *row] for i, row in enumerate(THIRD_PARTY_ROWS, 1)]
    _table(doc, ["序号", "测评点位", "第三方反馈问题", "责任单位", "整改时限", "整改情况", "督查复核"], body)
    _paragraph(doc, "注：“立行立改”事项以第三方测评反馈当日为整改时限；督查复核由街道创建办逐项销号。", 12)
    _paragraph(doc, "黄河路街道创建全国文明城市工作办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_third_party(path: Path) -> Path:
    return via_soffice(write_third_party_docx, path, "doc", "黄河路街道第三方测评问题整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 群众来信办理情况, after a county government site's 来信 record (来信情况: 信件标题 / 来信人 / 来信日期 / 信件编号 /
# 信件内容; 办理情况: 办理进度 “处理单位：城市管理局 处理时间：… 处理状态：处理完” in one cell / 答复内容; a letter
# asking to clear 杂物 piled on a street's 人行道):
# http://zgnhzx.com/Government/Letter/LetterView.aspx?LetterId=9935
# An .xlsx of cards, one block of label/value rows per letter, a line stating the 15日 limit from the 来信日期; the
# handling unit and status sit together in the 办理进度 cell.
LETTERS = [
    (
        "要求清理胜利路人行道长期堆放的废旧杂物",
        "胜利路居民",
        "2024-06-24",
        "202406240918",
        "胜利路人行道长期堆放废旧摩托车、床垫、广告牌等杂物，影响市民通行，要求城管部门清理并经常巡查。",
        "城市管理局",
        "2024-07-03",
        "处理完",
        "感谢您对城市管理的关心！我局已于7月2日组织人员对胜利路人行道堆放的杂物进行了清理，下一步将加大该路段巡查力度。",
    ),
    (
        "反映中原路夜市烧烤油烟扰民和占道经营",
        "中原路小区业主",
        "2024-07-01",
        "202407011536",
        "中原路夜市烧烤摊每晚占用人行道经营至凌晨，油烟直排居民楼，噪音扰民。",
        "华龙区中原路街道办事处",
        "2024-07-12",
        "处理中",
        "已联合执法中队对12户烧烤摊点下达整改通知书，正在督促安装油烟净化设施，引导入室经营。",
    ),
    (
        "建议在人民路第三小学门前增设非机动车停放区",
        "学生家长",
        "2024-07-05",
        "202407050847",
        "人民路第三小学门前接送孩子的电动车无处停放，上下学时段人行道拥堵，建议增设停放区。",
        "市公安局交警支队",
        "2024-07-16",
        "处理完",
        "经现场查看，已在学校东侧施划非机动车停放区80个车位，并安排协管员早晚疏导。",
    ),
    (
        "反映大庆路与长庆路交叉口绿化带内垃圾无人清理",
        "过往市民",
        "2024-07-10",
        "202407101122",
        "大庆路与长庆路交叉口绿化带内塑料袋、饮料瓶等垃圾堆积，长期无人清理，夏季气味难闻。",
        "濮阳市园林绿化服务中心",
        "2024-07-19",
        "处理中",
        "",
    ),
    (
        "要求拆除开州路锦绣家园楼顶违规搭建的彩钢棚",
        "锦绣家园住户",
        "2024-07-15",
        "202407152003",
        "开州路锦绣家园3号楼楼顶有住户违规搭建彩钢棚，存在安全隐患，影响小区整体形象。",
        "市城管执法局",
        "",
        "未处理",
        "",
    ),
    (
        "反映黄河路农贸市场周边早市流动摊贩占道",
        "黄河路居民",
        "2024-07-18",
        "202407180655",
        "黄河路农贸市场周边每天早上流动摊贩沿路摆摊，机动车、行人无法通行，垃圾遍地。",
        "华龙区黄河路街道办事处",
        "2024-07-29",
        "处理完",
        "已在市场西侧设置临时疏导点，引导流动摊贩入点经营，早市时段安排专人值守，问题已解决。",
    ),
    (
        "反映任丘路部分路灯夜间不亮",
        "任丘路居民",
        "2024-07-22",
        "202407222141",
        "任丘路中段约300米路灯夜间不亮已有半个月，行人夜间出行不便。",
        "市城市管理局",
        "",
        "",
        "",
    ),
]


def _letter_card(b: Book, ws, r: int, letter: tuple, label, band) -> int:
    title, writer, day, number, content, unit, handled, status, reply = letter
    b.merge(ws, r, 0, r, 5, "来信情况", band)
    b.put(ws, r + 1, 0, "信件标题：", label)
    b.merge(ws, r + 1, 1, r + 1, 5, title)
    for c, (word, value) in enumerate([("来信人：", writer), ("来信日期：", day), ("信件编号：", number)]):
        b.put(ws, r + 2, 2 * c, word, label)
        b.put(ws, r + 2, 2 * c + 1, value)
    b.put(ws, r + 3, 0, "信件内容：", label)
    b.merge(ws, r + 3, 1, r + 3, 5, content)
    b.merge(ws, r + 4, 0, r + 4, 5, "办理情况", band)
    b.put(ws, r + 5, 0, "办理进度：", label)
    b.merge(ws, r + 5, 1, r + 5, 5, f"处理单位：{unit}    处理时间：{handled}    处理状态：{status}")
    b.put(ws, r + 6, 0, "答复内容：", label)
    b.merge(ws, r + 6, 1, r + 6, 5, reply)
    return r + 8


def write_letters(path: Path) -> Path:
    b = Book(path, author="信访科")
    ws = b.sheet("来信办理情况")
    b.widths(ws, [12, 22, 12, 16, 12, 40])
    label = b.book.add_format({"bold": True, "border": 1, "align": "right", "valign": "vcenter"})
    band = b.book.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "valign": "vcenter"})
    b.line(ws, 0, "市城市管理局群众来信办理情况（2024年7月）", 5, b.title)
    b.line(ws, 1, "办理时限：自来信之日起15日内办结并答复来信人。    统计截至：2024年7月31日", 5)
    r = 3
    for letter in LETTERS:
        r = _letter_card(b, ws, r, letter, label, band)
    b.line(ws, r, "填报单位：濮阳市城市管理局信访科    联系电话：0393-8993120", 5)
    return b.close()


FILES = [
    ("华龙区创建全国文明城市督查情况汇总表（第7期）.xlsx", write_civil),
    ("清丰县创建办书面交办件整改情况汇总表.xls", write_assigned),
    ("陈庄镇农村人居环境整治暗访督查问题清单.csv", write_village),
    ("千口镇农村问题厕所排查整改四项清单.docx", write_toilet),
    ("王楼村农村改厕入户走访问题自查台账.doc", write_visit),
    ("病媒生物防制督查整改通知书落实情况登记表.et", write_vector),
    ("台前县国家卫生县城复审暗访扣分问题整改台账.xlsx", write_sanitary),
    ("健康城市暗访反馈问题整改情况（市场监管局、市人民医院）.zip", write_health_zip),
    ("黄河路街道文明城市第三方测评问题整改台账.wps", write_third_party),
    ("市城市管理局群众来信办理情况（2024年7月）.xlsx", write_letters),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

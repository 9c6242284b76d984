"""Write the dev53 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), a CSV in UTF-8 with BOM, a .docx report whose
items are numbered paragraphs, an .et and an .ods (LibreOffice conversions), a .doc and a .wps (Word 97 via
LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev53.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
The writing helpers are copied from dev18/make_dev18.py.
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
# 1. 城管局监督指挥中心周报, after a city 城管局's weekly bulletin of its 监督指挥中心 (12345政府热线,
# 12319城管热线 and 数字城管平台 cases; 完成情况 tables by 部门 — 一支队 … 四支队, 广告执法大队, 渣土办,
# 环卫处, 路灯所 — with 派遣数, 完成数, 未完成数, 完成率/结案率 and a 合计 row; 办理完成 / 正在办理中):
# http://cgj.smx.gov.cn/2054/615913344/926131.html
# An .xlsx: a 汇总 sheet with the bulletin's summary tables (合计 rows, no items) and a 明细 sheet of cases
# whose 承办部门 are the bureau's own 支队/处/所; 办理时限 partly in working days from the 派遣日期, partly
# 立行立改.
CITY_SUMMARY = [
    ("一支队", 58, 55, 3),
    ("二支队", 61, 57, 4),
    ("三支队", 49, 49, 0),
    ("四支队", 52, 50, 2),
    ("广告执法大队", 12, 9, 3),
    ("渣土办", 8, 8, 0),
    ("环卫处", 37, 35, 2),
    ("路灯所", 21, 17, 4),
]
CITY_ROWS = [
    (
        "SZ202407220013",
        "12345政府热线",
        "人民路与京开大道交叉口东北角流动摊贩占道经营",
        "一支队",
        date(2024, 7, 22),
        "5个工作日",
        "已办结，摊贩已劝离，设置临时疏导点",
    ),
    (
        "SZ202407230041",
        "12345政府热线",
        "绿城小区南门沿街商户夜间播放音响商业噪音扰民",
        "二支队",
        date(2024, 7, 23),
        "5个工作日",
        "正在办理，已下达责令改正通知书",
    ),
    (
        "CG202407240007",
        "12319城管热线",
        "开州路中段工地渣土车带泥上路污染路面",
        "渣土办",
        date(2024, 7, 24),
        "3个工作日",
        "已办结",
    ),
    (
        "SJ202407250102",
        "数字城管平台",
        "胜利路东段路灯连续三晚不亮",
        "路灯所",
        date(2024, 7, 25),
        "2024年8月2日",
        "未处置",
    ),
    (
        "SJ202407250117",
        "数字城管平台",
        "黄河路垃圾中转站周边暴露垃圾未清运",
        "环卫处",
        date(2024, 7, 25),
        "2024年7月26日",
        "已清运完毕，已办结",
    ),
    (
        "SJ202407260033",
        "数字城管平台",
        "中原路北侧绿化带树木被剥皮损林毁绿",
        "三支队",
        date(2024, 7, 26),
        "7个工作日",
        "",
    ),
    (
        "SZ202407260058",
        "12345政府热线",
        "建设路北段商户私设地锁占用公共停车位",
        "四支队",
        date(2024, 7, 26),
        "2024年7月31日",
        "已拆除地锁6把，剩余2把正在协调商户自行拆除",
    ),
    (
        "CG202407270004",
        "12319城管热线",
        "长庆路商铺门头广告牌破损存在坠落隐患",
        "广告执法大队",
        date(2024, 7, 27),
        "立行立改",
        "已当场拆除",
    ),
]


def _city_summary(b: Book, ws) -> None:
    b.widths(ws, [18, 12, 12, 12, 12])
    b.line(ws, 0, "市城管局监督指挥中心周报（2024第30期）7.22—7.28", 4, b.title)
    b.line(ws, 1, "填报单位：市城市管理局监督指挥中心", 4)
    b.line(
        ws,
        2,
        "上周（7.22—7.28），局监督指挥中心向我局各承办部门共派遣案件298件，办理完成280件，未完成18件。现将完成情况通报如下：",
        4,
    )
    b.line(ws, 3, "一、数字城管平台、12345政府热线、12319城管热线案件完成情况", 4)
    b.header(ws, 4, ["部门", "派遣数", "完成数", "未完成数", "完成率"])
    for i, (dept, sent, done, left) in enumerate(CITY_SUMMARY):
        r = 5 + i
        b.row(ws, r, [dept, sent, done, left, f"{done / sent:.1%}"])
    r = 5 + len(CITY_SUMMARY)
    b.row(ws, r, ["合  计", 298, 280, 18, "94.0%"])
    b.line(ws, r + 2, "案件明细见“明细”表。", 4)


def write_city(path: Path) -> Path:
    b = Book(path, author="数管中心")
    _city_summary(b, b.sheet("汇总"))
    ws = b.sheet("明细")
    b.widths(ws, [6, 18, 14, 40, 14, 12, 14, 36])
    b.line(ws, 0, "二、重点案件办理明细", 7, b.title)
    b.header(
        ws, 1, ["序号", "案件编号", "案件来源", "问题描述", "承办部门", "派遣日期", "办理时限", "办理情况"]
    )
    for i, row in enumerate(CITY_ROWS, 1):
        b.row(ws, 1 + i, [i, *row])
    end = 2 + len(CITY_ROWS)
    b.line(ws, end, "注：办理时限以工作日计的，自派遣之日起计算；立行立改的，派遣当日办结。", 7)
    b.line(ws, end + 1, "市城市管理局监督指挥中心    2024年7月29日", 7, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 大气污染防治突出问题清单, after a city 污染防治攻坚指挥部办公室's weekly account (无人机巡查和现场督查;
# 共发现突出问题 N个，已完成整改N个，未完成整改N个, by 责任单位 — districts, 住建局, 禁烧办, 城投公司 — with
# the 明细 附后):
# http://jingzhou.cjyun.org/p/260036.html
# An .xls (xlwt): title, the account paragraph, one header row with 责任单位 first, 发现方式, a 合计 row;
# some 责任单位 under names from before the reform (市环保局, 市城管执法局) or short names (市住建局).
AIR_ROWS = [
    (
        "华龙区人民政府",
        "昆吾路与历山路交叉口西南角",
        "拆迁工地裸土未覆盖防尘网",
        "无人机巡查",
        "7月20日前",
        "已完成整改",
    ),
    (
        "华龙区人民政府",
        "京开大道东侧空地",
        "道路两侧露天焚烧垃圾",
        "现场督查",
        "2024年7月19日",
        "已完成整改",
    ),
    (
        "濮阳经济技术开发区管理委员会",
        "濮东产业集聚区纬三路",
        "企业厂区煤炭物料堆场未苫盖",
        "无人机巡查",
        "2024年7月25日",
        "未完成整改，正在苫盖",
    ),
    (
        "市住建局",
        "开州路雨污分流改造工程",
        "施工道路未洒水降尘",
        "现场督查",
        "2024年7月31日前",
        "未完成整改，已增加雾炮车2台",
    ),
    (
        "市环保局",
        "市区中原路加油站",
        "加油站油气回收在线监控数据异常",
        "现场督查",
        "2024年8月15日",
        "正在整改",
    ),
    (
        "市城管执法局",
        "大庆路夜市",
        "露天烧烤油烟直排",
        "现场督查",
        "2024年7月18日",
        "已完成整改，已取缔露天烧烤摊点3处",
    ),
    (
        "濮阳市城市建设投资集团有限公司",
        "龙湖片区绿城路道路工程",
        "建筑垃圾运输车辆未密闭",
        "无人机巡查",
        "2024年7月22日",
        "未整改",
    ),
]


def write_air(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年7月15日至7月21日大气污染防治突出问题清单", t, 0, 7),
        (
            1,
            0,
            "7月15日至7月21日，市污染防治攻坚指挥部办公室采取无人机巡查和现场督查等方式，对市中心城区大气污染防治"
            "工作实施了督查，共发现大气污染防治突出问题7个，已完成整改3个，未完成整改4个（具体明细如下）。",
            plain,
            1,
            7,
        ),
    ]
    for col, w in enumerate(
        ["序号", "责任单位", "问题点位", "问题描述", "发现方式", "整改时限", "整改情况", "备注"]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(AIR_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5) else c))
        cells.append((r, 7, "", c))
    r = 3 + len(AIR_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "发现问题7个，已完成整改3个，未完成整改4个", c, r, 7),
        (r + 1, 0, "市污染防治攻坚指挥部办公室    2024年7月22日", plain, r + 1, 7),
    ]
    return _write_xls(path, [("问题清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 社区事件 export, after a public community-management system's 社区事件 list (columns
# 社区、小区、名称、事件类型、 关联人员、车辆ID、告警层级、事件具体内容、是否处理、处理情况; a 备注 in the
# edit form):
# https://github.com/Zxgg/svn-to-git/blob/71ed39ab2e215618cce312dc3c24a6684a6a4024/source/community_management_1.0/src/views/communityEvent/community_event/index.vue
# A CSV in UTF-8 with BOM as the system exports it: one header line, no title; the sending 社区居民委员会 is
# named only in the file name; 是否处理 holds 是/否/处理中; no deadline column.
GRID_ROWS = [
    (
        "锦绣华庭",
        "楼道堆物",
        "消防安全",
        "张某某",
        "",
        "一般",
        "3号楼2单元楼道堆放废旧家具堵塞消防通道",
        "是",
        "已联系物业清理完毕",
    ),
    (
        "阳光小区",
        "飞线充电",
        "消防安全",
        "",
        "",
        "一般",
        "5号楼一楼住户从窗口拉线给电动自行车充电",
        "是",
        "网格员已劝导住户拆除充电线，物业已张贴禁止飞线充电提示",
    ),
    (
        "锦绣华庭",
        "占用消防通道",
        "车辆管理",
        "",
        "豫J·A5K27",
        "较重",
        "小区东门消防通道长期停放私家车",
        "处理中",
        "已通知车主挪车，正在协调物业设置隔离桩",
    ),
    (
        "阳光小区",
        "邻里纠纷",
        "矛盾纠纷",
        "李某、王某",
        "",
        "一般",
        "楼上住户空调外机滴水引发邻里纠纷",
        "是",
        "经网格员调解，双方达成一致",
    ),
    (
        "幸福里小区",
        "独居老人燃气隐患",
        "民生服务",
        "赵某某",
        "",
        "一般",
        "独居老人家中燃气灶具老化需更换",
        "否",
        "",
    ),
    (
        "幸福里小区",
        "高空抛物",
        "社会治安",
        "",
        "",
        "较重",
        "7号楼有住户从高处抛掷垃圾袋",
        "处理中",
        "已调取监控，正在排查抛物住户",
    ),
    (
        "锦绣华庭",
        "井盖缺失",
        "城市部件",
        "",
        "",
        "严重",
        "小区北侧人行道雨水井盖缺失",
        "处理中",
        "已设置警示围挡，已上报街道网格化服务管理中心",
    ),
    (
        "阳光小区",
        "遛狗不牵绳",
        "文明养犬",
        "",
        "",
        "一般",
        "2号楼住户傍晚遛狗不拴绳惊吓儿童",
        "",
        "",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "社区",
            "小区",
            "名称",
            "事件类型",
            "关联人员",
            "车辆ID",
            "告警层级",
            "事件具体内容",
            "是否处理",
            "处理情况",
            "备注",
        ]
    )
    for row in GRID_ROWS:
        w.writerow(["建设社区", *row, ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 政务公开平台自查报告, after a county's quarterly 政务公开平台自查报告 (一、基本情况:
# 政府网站、政府信息公开目录、 政务新媒体、政务公开培训、政民互动 — “县长信箱”收到信访N件，办结N件，在办N件;
# 二、存在的主要问题: 栏目更新不及时、 空白栏目、缺少网站标识; 三、下一步工作):
# http://www.scjlx.gov.cn/zwgk/wzglxx/202112/t20211203_1671489.html
# A .docx: title, 基本情况 paragraphs (no items), the problems as numbered paragraphs under three headings,
# each naming its 责任单位 (short and former names among them), 整改时限 and 整改情况; 下一步工作; the
# office and date.
OPEN_BASIC = [
    "（一）政府网站运行情况。二季度，市政府门户网站总体运行良好，日均发布信息20条以上，互动交流及办事服务功能正常。",
    "（二）政府信息公开目录运行情况。二季度，市直部门政府信息公开目录更新情况总体较好，但部分单位存在栏目信息"
    "长期未更新情况。",
    "（三）政务新媒体运行情况。全市现有政务新媒体账号56个，总体运行良好。",
    "（四）政民互动情况。二季度，“市长信箱”收到信件47件，办结38件，在办9件，来件主要涉及城市建设、道路交通、"
    "政策咨询等方面。",
]
OPEN_PROBLEMS = [
    (
        "（一）政府网站方面",
        [
            "1.市政府门户网站“政策解读”栏目自2024年5月以来未更新。责任单位：市人民政府办公室；"
            "整改时限：2024年7月15日前；整改情况：已补充发布解读信息6条，已整改到位。",
            "2.市政务服务中心网站“办事指南”页面部分链接失效，无法打开。责任单位：市政务服务中心；整改时限：9月底前。",
        ],
    ),
    (
        "（二）政府信息公开目录方面",
        [
            "3.市教育局政府信息公开目录“规划计划”栏目为空白栏目。责任单位：市教育局；整改时限：7月底前；"
            "整改情况：正在整改中，已收集2021年以来规划计划类信息待发布。",
            "4.市卫健委“公示公告”栏目近三个月未更新。责任单位：市卫健委；整改时限：2024年7月20日；"
            "整改情况：已及时更新。",
            "5.市劳动局政府信息公开指南未载明依申请公开受理机构地址，表述不规范。责任单位：市劳动局；"
            "整改时限：2024年8月31日；整改情况：尚未整改。",
            "6.部分单位对已公开政府信息缺少复核，存在发布信息格式不规范、显示不完整等问题。"
            "责任单位：市人民政府办公室；整改时限：长期坚持；整改情况：常态化推进。",
        ],
    ),
    (
        "（三）政务新媒体方面",
        [
            "7.市文广新局抖音账号“濮阳文旅”超过两周未更新，严重超期。责任单位：市文广新局；整改时限：8月10日前；"
            "整改情况：已约谈账号运维人员，正在恢复更新。",
        ],
    ),
]
OPEN_NEXT = [
    "（一）加强更新情况检查。对市政府门户网站、政府信息公开目录各栏目进行全面检查，及时归档不再更新的栏目。",
    "（二）加强技术支持。对接技术运维单位，解决部分网页受技术限制无法添加内容的问题。",
]


def write_open(path: Path) -> Path:
    doc = _new_document("政务公开办")
    _title(doc, "濮阳市2024年二季度政务公开平台自查报告")
    _paragraph(
        doc,
        "根据《政府网站发展指引》和政府网站与政务新媒体检查指标要求，我市开展了2024年二季度政务公开平台自查，"
        "现将情况报告如下。",
    )
    _paragraph(doc, "一、基本情况", 16, "黑体")
    for text in OPEN_BASIC:
        _paragraph(doc, text)
    _paragraph(doc, "二、存在的主要问题及整改情况", 16, "黑体")
    for heading, paras in OPEN_PROBLEMS:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", 16, "黑体")
    for text in OPEN_NEXT:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 工业统计数据质量实地核查, after a city 统计局工业科's account of its on-site check of 规模以上工业企业
# (核验工业总产值、 产品产量、营业收入 against 纳税申报表、出入库单、销售发票、财务报表;
# 一看统计资料收集是否齐全, 二看统计台账填写是否准确、 规范, 三看统计数据记录是否真实、及时;
# 对存在的问题进行了整改):
# http://jinzhou.nen.com.cn/network/jinzhou/cy/2025/08/04/806891589786932175.shtml
# An .et (Excel 97 via LibreOffice): title, 核查单位 line, a two-row header with 整改完成情况 split into
# 已整改/整改中/ 未整改 tick columns, 整改时限 as text (2024.7.20, 7月底前, N个工作日内 from the date the
# 填表说明 names), a 填表说明 and a signature line.
STAT_ROWS = [
    (
        "濮阳市恒信化工有限公司",
        "濮阳县",
        "工业总产值与纳税申报表销售收入差异较大且无合理说明",
        "核实后更正上报数据",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "濮阳龙丰纸业有限公司",
        "华龙区",
        "未建立产品产量统计台账",
        "按《工业一套表统计调查制度》建立统计台账",
        "15个工作日内",
        "",
        "√",
        "",
    ),
    (
        "清丰县金鼎食品有限公司",
        "清丰县",
        "出入库单与产品产量台账记录不一致",
        "逐月核对出入库单，更正台账",
        "7月底前",
        "",
        "",
        "√",
    ),
    (
        "南乐县宏达机械制造有限公司",
        "南乐县",
        "统计人员变更后未及时在联网直报平台更新人员信息",
        "更新统计人员信息",
        "10个工作日内",
        "√",
        "",
        "",
    ),
    (
        "范县中原塑料制品有限公司",
        "范县",
        "营业收入指标填报口径错误，含税填报",
        "按不含税口径重新核算",
        "2024年8月10日",
        "",
        "√",
        "",
    ),
    (
        "台前县鑫源电子科技有限公司",
        "台前县",
        "原始记录填写不及时，存在月末集中补记现象",
        "按日登记原始记录",
        "8月15日前",
        "",
        "",
        "",
    ),
    (
        "濮阳市华宇新材料有限公司",
        "濮阳工业园区",
        "统计资料未按规定归档保存",
        "建立统计资料档案",
        "2024年9月30日",
        "√",
        "",
        "",
    ),
]


def write_stat_book(path: Path) -> Path:
    b = Book(path, author="工业科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 28, 12, 36, 28, 14, 8, 8, 8])
    b.line(ws, 0, "2024年规模以上工业企业统计数据质量实地核查发现问题整改清单", 8, b.title)
    b.line(ws, 1, "核查单位：濮阳市统计局工业科    核查时间：2024年7月8日至7月12日    核查企业：12家", 8)
    for c, word in enumerate(
        ["序号", "整改责任单位（企业）", "所属县区", "存在问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=6)
    for i, row in enumerate(STAT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.row(ws, r, list(row[5:]), first=6, fmt=b.center)
    end = 4 + len(STAT_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.整改完成情况在对应栏内打“√”；2.整改时限以工作日计的，自核查问题清单送达企业之日"
        "（2024年7月15日）起计算。",
        8,
    )
    b.line(
        ws, end + 1, "填表人：刘伟    审核人：孙红    联系电话：0393-8881234    填报日期：2024年7月30日", 8
    )
    return b.close()


def write_stat(path: Path) -> Path:
    return via_soffice(write_stat_book, path, "xls", "统计数据质量核查问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 档案执法检查发现问题整改情况, after a city 档案局's account of its 档案执法检查 of 市直单位
# (文件材料收集、归档不及时; 材料不齐全、内容不完整; 会议记录未纳入归档范围;
# 照片、实物等门类档案未收集、整理、归档; 口头要求 or 下发书面整改通知书, 限时整改，书面报告整改落实情况):
# https://hefei.baogaosu.com/xinwen/%E5%AF%B9%E5%B8%82%E7%9B%B4%E5%8D%95%E4%BD%8D%E5%BC%80%E5%B1%95%E6%A1%A3%E6%A1%88%E6%89%A7%E6%B3%95%E6%A3%80%E6%9F%A5/52399038
# An .ods (LibreOffice conversion): title, 检查单位 line, one header row with 整改方式 and 通知下达日期,
# 整改时限 partly in days from that date; the 被检查单位 written with short and former names; a 注 line.
ARCH_ROWS = [
    (
        "市财政局",
        "2023年度文书档案未按期归档",
        "下发书面整改通知书",
        date(2024, 7, 5),
        "30日内",
        "已完成归档并书面报告",
    ),
    (
        "市交通局",
        "党组会议记录未纳入归档范围",
        "口头要求",
        date(2024, 7, 5),
        "2024年7月31日前",
        "已整改",
    ),
    (
        "市劳动局",
        "照片档案未收集整理",
        "下发书面整改通知书",
        date(2024, 7, 8),
        "2024年9月30日",
        "正在收集整理2021年以来照片档案",
    ),
    (
        "市水务局",
        "档案库房温湿度记录缺失",
        "口头要求",
        date(2024, 7, 8),
        "15日内",
        "未整改",
    ),
    (
        "市民政局",
        "婚姻登记档案数字化扫描件与原件不符",
        "下发书面整改通知书",
        date(2024, 7, 10),
        "2024年12月31日",
        "正在逐卷核对",
    ),
    (
        "市公积金中心",
        "奖牌、证书等实物档案未登记入库",
        "口头要求",
        date(2024, 7, 10),
        "8月底前",
        "",
    ),
    (
        "市统计局",
        "档案工作制度多年未修订",
        "下发书面整改通知书",
        date(2024, 7, 12),
        "2024年8月15日",
        "已修订印发《档案管理办法》",
    ),
]


def write_arch_book(path: Path) -> Path:
    b = Book(path, author="执法科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 36, 20, 14, 16, 32])
    b.line(ws, 0, "2024年市直单位档案执法检查发现问题整改情况汇总表", 6, b.title)
    b.line(ws, 1, "检查单位：濮阳市档案局    检查时间：2024年7月1日至7月12日", 6)
    b.header(
        ws, 2, ["序号", "被检查单位", "检查发现问题", "整改方式", "通知下达日期", "整改时限", "整改落实情况"]
    )
    for i, row in enumerate(ARCH_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 4 + len(ARCH_ROWS)
    b.line(
        ws,
        end,
        "注：整改时限为“N日内”的，自整改通知下达之日起计算；被检查单位应在整改期满后书面报告整改落实情况。",
        6,
    )
    b.line(ws, end + 1, "濮阳市档案局执法监督科    2024年7月31日", 6, b.right)
    return b.close()


def write_arch(path: Path) -> Path:
    via_soffice(write_arch_book, path, "ods", "档案执法检查整改情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 税源管理任务执行情况, after a public tax-source management system's 任务 page (纳税人基本信息:
# 纳税人识别号、纳税人名称、 所属税务机关、税收管理员 …; 任务信息:
# 任务名称、下达部门、批准人、执行人、执行时间、任务执行情况):
# https://github.com/923172553/tsms/blob/ffc8a46cb41b909d4d8f48b538a9f3ba34d74c53/WebContent/manage/jsp/taskInfo.jsp
# An .xlsx: title, 填报单位 line, a two-row header grouping 纳税人基本信息 and 任务信息; the 所属税务机关
# does the task (some under a former or short name), 下达部门 and 执行人 beside it; a signature line.
TAX_ROWS = [
    (
        "91410900MA44K7XB2N",
        "濮阳市鑫达商贸有限公司",
        "国家税务总局濮阳市华龙区税务局",
        "增值税申报收入与发票开具金额差异核实",
        "风险管理科",
        "李明",
        "2024年7月31日",
        "已完成核实，企业已补申报",
    ),
    (
        "91410928MA45C2RT6P",
        "濮阳县恒通建材有限公司",
        "国家税务总局濮阳县税务局",
        "企业所得税成本费用率异常偏高风险应对",
        "风险管理科",
        "赵刚",
        "2024年8月31日前",
        "已约谈企业财务负责人，正在核查成本凭证",
    ),
    (
        "91410922MA46H8LQ3W",
        "清丰县绿源农业发展有限公司",
        "国家税务总局清丰县税务局",
        "农产品收购发票开具异常核查",
        "货物和劳务税科",
        "陈静",
        "9月底前",
        "未开展",
    ),
    (
        "91410900MA40D5NJ1K",
        "濮阳市华泰房地产开发有限公司",
        "市税务局",
        "土地增值税清算条件审核",
        "财产和行为税科",
        "周强",
        "2024年第三季度",
        "推进中，已调取项目销售明细",
    ),
    (
        "91410923MA47P3GE8D",
        "南乐县宏源物流有限公司",
        "市地税局",
        "个人所得税全员全额扣缴申报人数异常核实",
        "所得税科",
        "吴芳",
        "2024.7.25",
        "已办结",
    ),
    (
        "91410926MA48R6WS5H",
        "范县金桥化工有限公司",
        "国家税务总局范县税务局",
        "留抵退税后续管理核查",
        "风险管理科",
        "郑伟",
        "2024年8月15日",
        "",
    ),
    (
        "91410927MA49T1YC7M",
        "台前县兴旺纺织有限公司",
        "国家税务总局台前县税务局",
        "非正常户解除后跟踪管理",
        "征收管理科",
        "孙丽",
        "长期坚持",
        "常态化推进",
    ),
]


def write_tax(path: Path) -> Path:
    b = Book(path, author="风险管理科")
    ws = b.sheet("任务执行情况")
    b.widths(ws, [6, 22, 30, 30, 36, 16, 10, 16, 34])
    b.line(ws, 0, "2024年7月税源管理任务执行情况表", 8, b.title)
    b.line(ws, 1, "填报单位：国家税务总局濮阳市税务局风险管理科    统计截止：2024年7月31日", 8)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "纳税人基本信息", b.head)
    b.merge(ws, 2, 4, 2, 8, "任务信息", b.head)
    b.header(ws, 3, ["纳税人识别号", "纳税人名称", "所属税务机关"], first=1)
    b.header(ws, 3, ["任务名称", "下达部门", "执行人", "完成时限", "任务执行情况"], first=4)
    for i, row in enumerate(TAX_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 5 + len(TAX_ROWS)
    b.line(ws, end, "批准人：王建国    制表人：李明    制表日期：2024年7月31日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 半年督帮发现问题整改台账 from two villages, after a town's account of its
# 巩固拓展脱贫攻坚成果同乡村振兴有效衔接半年督帮 行动 (督帮组 check 各村、驻村工作队 on
# 责任落实、监测预警、问题整改、住房保障、产业帮扶、饮水保障、乡村治理; 资料整理不规范,
# 问题认领不全面、整改不彻底, 精神文明建设资料欠缺, “四议两公开”及“一约四会”运行不规范,
# 第一书记村情户情不熟悉; 建立问题整改台账和清单，点对点交办):
# http://hqbet6098.com/xwzx/jcdt/1697432457538572290.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line naming the village committee, one header
# row with persons as 整改责任人, progress as sentences and a 销号情况 column, a signature line.
VILLAGE_RETURNS = [
    (
        "文留镇王庄村村民委员会",
        "王庄村",
        [
            (
                "监测预警",
                "2户脱贫不稳定户收入监测数据未按季度更新",
                "逐户入户核实收入，更新监测数据",
                "张建华（驻村第一书记）",
                "2024.7.15",
                "已完成数据更新",
                "已销号",
            ),
            (
                "住房保障",
                "1户监测户住房屋面漏雨",
                "实施屋面维修",
                "李国强（村委会主任）",
                "8月底前",
                "已联系施工队，维修材料已进场",
                "未销号",
            ),
            (
                "产业帮扶",
                "村集体扶贫车间闲置半年以上",
                "对接企业盘活车间",
                "王志刚（村党支部书记）",
                "2024年9月30日前",
                "正在对接招商企业",
                "",
            ),
            (
                "乡村治理",
                "“四议两公开”会议记录不完整",
                "补齐会议记录，规范程序",
                "王志刚（村党支部书记）",
                "2024年7月10日",
                "已整改",
                "验收合格，已销号",
            ),
            (
                "责任落实",
                "驻村工作队员对村情户情不熟悉",
                "组织业务培训，逐户走访",
                "张建华（驻村第一书记）",
                "长期坚持",
                "常态化推进，每月入户走访一次",
                "",
            ),
        ],
    ),
    (
        "文留镇后河村村民委员会",
        "后河村",
        [
            (
                "饮水保障",
                "3组自来水管网老化，夏季用水高峰水压不足",
                "更换老化管网",
                "刘卫东（村党支部书记）",
                "6月30日前完成",
                "已完成管网更换",
                "已销号",
            ),
            (
                "问题整改",
                "上级反馈问题认领不全面，2项问题未纳入整改清单",
                "补充认领并制定整改措施",
                "刘卫东（村党支部书记）",
                "7月底前",
                "已补充认领，正在整改",
                "未销号",
            ),
            (
                "乡风文明",
                "精神文明建设资料欠缺",
                "补齐文明家庭评选等资料",
                "马红梅（村委会委员）",
                "2024年8月20日",
                "未整改",
                "未销号",
            ),
            (
                "乡村治理",
                "“一约四会”运行不规范，红白理事会未开展活动",
                "修订村规民约，规范红白理事会运行",
                "孙志强（村委会主任）",
                "2024年第三季度",
                "",
                "",
            ),
            (
                "监测预警",
                "1户因病返贫风险户未及时纳入监测",
                "纳入监测对象并落实帮扶措施",
                "陈立新（驻村第一书记）",
                "2024.7.5",
                "已纳入监测对象，落实医疗救助",
                "复查合格，已销号",
            ),
        ],
    ),
]


def write_village_book(path: Path, unit: str, rows: list[tuple]) -> Path:
    b = Book(path, author=unit)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 36, 28, 22, 14, 30, 16])
    b.line(ws, 0, "巩固拓展脱贫攻坚成果同乡村振兴有效衔接半年督帮发现问题整改台账", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{unit}    填报日期：2024年7月26日", 7)
    b.header(
        ws, 2, ["序号", "督帮内容", "发现问题", "整改措施", "整改责任人", "整改时限", "整改进展", "销号情况"]
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(
        ws, 4 + len(rows), "村党支部书记（签字）：            驻村第一书记（签字）：            联系电话：", 7
    )
    return b.close()


def write_village(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, village, rows in VILLAGE_RETURNS:
            name = f"{village}半年督帮问题整改台账.xlsx"
            member = write_village_book(Path(tmp) / name, unit, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 网络安全防护检查整改报告, after a collection of 网络安全防护检查整改报告 (检查背景与范围;
# 检查发现的主要问题 — 技术层面: 服务器弱口令, 高危漏洞修复滞后, 安全设备日志仅保存15天未满足留存6个月;
# 管理层面: 离职员工账号未注销, 外包人员持有超期 管理员权限, 应急预案不完善; 人员意识层面:
# 新员工未完成安全培训即上岗操作敏感数据; 整改措施):
# https://www.renrendoc.com/paper/506686733.html
# A .doc (Word 97 via LibreOffice): title, 主送, 检查背景 paragraph, the problems as numbered paragraphs
# under the three 层面 headings, each naming the sending unit's own 责任科室, 整改时限 and 整改情况; the
# unit (a short name) and date.
SEC_PARAS = [
    (
        "（一）技术层面",
        [
            "1.3台测试环境服务器仍使用弱口令，存在被暴力破解风险。责任科室：信息科。整改时限：2024年7月10日。"
            "整改情况：已全部修改为高强度口令，并启用双因子认证。",
            "2.网上办事大厅系统存在SQL注入、未授权访问2个高危漏洞。责任科室：信息科。整改时限：7月15日前。"
            "整改情况：已完成修复，经第三方复测通过。",
            "3.防火墙、WAF等安全设备日志仅保存15天，未满足留存6个月的要求。责任科室：信息科。"
            "整改时限：2024年8月31日前。整改情况：已采购日志审计设备，正在部署。",
            "4.政务数据分类分级目录尚未建立。责任科室：信息科。整改时限：2024年12月底前。",
        ],
    ),
    (
        "（二）管理层面",
        [
            "5.离职人员账号未及时注销，2名外包运维人员持有超期管理员权限。责任科室：办公室。"
            "整改时限：2024年7月5日。整改情况：进展滞后，账号清理尚未完成。",
            "6.未针对勒索病毒、数据泄露制定专项应急预案。责任科室：综合科。整改时限：第三季度。"
            "整改情况：预案初稿已完成，正在征求意见。",
        ],
    ),
    (
        "（三）人员意识层面",
        [
            "7.新入职人员未完成数据安全培训即上岗操作敏感数据。责任科室：办公室。整改时限：长期坚持。"
            "整改情况：长期坚持，每季度组织一次数据安全培训。",
        ],
    ),
]


def write_sec_docx(path: Path) -> Path:
    doc = _new_document("信息科")
    _title(doc, "关于网络安全和数据安全防护检查发现问题整改情况的报告")
    _paragraph(doc, "市委网信办：")
    _paragraph(
        doc,
        "按照《网络安全法》《数据安全法》及等级保护制度要求，2024年6月我中心接受了网络安全等级保护年度测评，"
        "检查范围涵盖网上办事大厅、政务服务数据库、办公终端及内外网边界。针对测评指出的风险点，我中心逐项制定整改"
        "措施，现将截至2024年7月底的整改情况报告如下：",
    )
    for heading, paras in SEC_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市政务服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_sec(path: Path) -> Path:
    return via_soffice(write_sec_docx, path, "doc", "网络安全和数据安全防护检查整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 纺织企业安全隐患排查整治清单, after a town's account of its joint check with the 县应急管理局
# (纺织企业、加工坊; 消防设施、电气线路、易燃物仓储、疏散通道; 消防通道堆放杂物、空气开关裸露;
# 现场下达整改通知书，责令7日内完成整改; 发现隐患8项，其中立行立改2项; 建立“隐患清单”跟踪销号):
# https://news.hubeidaily.net/pc/c_3860041.html
# A .wps (Word 97 via LibreOffice): title, a paragraph stating the 整改通知书 date the 时限 count from, one
# table with the enterprise as 整改责任单位 and the 检查单位 beside it, 立行立改 / 7日内 / dates, 是否销号,
# a 合计 row, signature.
SAFE_ROWS = [
    (
        "濮阳市锦程纺织有限公司",
        "成品仓库消防通道堆放纱锭杂物",
        "消防安全",
        "立行立改",
        "已当场清理",
        "是",
    ),
    (
        "濮阳市锦程纺织有限公司",
        "织布车间配电箱空气开关裸露",
        "用电安全",
        "7日内",
        "已加装防护罩",
        "是",
    ),
    (
        "胡状镇宏兴棉纺加工坊",
        "梳棉机传动部位未设置防护罩",
        "机械伤害",
        "7日内",
        "防护罩正在加工",
        "否",
    ),
    (
        "胡状镇宏兴棉纺加工坊",
        "电气线路私拉乱接，未穿管保护",
        "用电安全",
        "7日内",
        "已整改",
        "是",
    ),
    (
        "濮阳市瑞丰纺织品有限公司",
        "员工宿舍与原料仓库未有效分隔，存在“三合一”问题",
        "消防安全",
        "2024年8月31日",
        "未整改",
        "否",
    ),
    (
        "濮阳市瑞丰纺织品有限公司",
        "灭火器压力不足，部分过期",
        "消防安全",
        "立行立改",
        "已更换灭火器12具",
        "是",
    ),
    (
        "濮阳市恒泰纺织有限公司",
        "未建立安全生产隐患排查治理台账",
        "基础管理",
        "2024年7月31日前",
        "",
        "",
    ),
    (
        "濮阳市恒泰纺织有限公司",
        "新入职员工未开展三级安全教育培训",
        "基础管理",
        "7日内",
        "正在组织培训",
        "否",
    ),
]


def write_safe_docx(path: Path) -> Path:
    doc = _new_document("安办")
    _title(doc, "胡状镇纺织企业安全隐患排查整治清单")
    _paragraph(
        doc,
        "2024年7月9日，镇政府联合市应急管理局组成专项检查组，对辖区纺织企业、加工坊开展安全隐患大排查，"
        "针对发现的隐患现场下达整改通知书。整改时限自通知书下达之日（2024年7月9日）起计算，立行立改的当日完成。",
        14,
    )
    body = [
        [str(i), row[0], row[1], row[2], "镇政府、市应急管理局联合检查组", *row[3:]]
        for i, row in enumerate(SAFE_ROWS, 1)
    ]
    body.append(["合计", "", "共发现隐患8项，其中立行立改2项", "", "", "", "", ""])
    _table(
        doc,
        ["序号", "整改责任单位", "隐患内容", "隐患类别", "检查单位", "整改时限", "整改情况", "是否销号"],
        body,
    )
    _paragraph(doc, "胡状镇安全生产委员会办公室    2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_safe(path: Path) -> Path:
    return via_soffice(write_safe_docx, path, "doc", "纺织企业安全隐患排查整治清单.docx")


FILES = [
    ("市城管局监督指挥中心周报（2024第30期）.xlsx", write_city),
    ("大气污染防治突出问题清单（7月15日至7月21日）.xls", write_air),
    ("建设社区居民委员会社区事件导出（2024年7月）.csv", write_grid),
    ("濮阳市2024年二季度政务公开平台自查报告.docx", write_open),
    ("规模以上工业企业统计数据质量核查问题整改清单.et", write_stat),
    ("市直单位档案执法检查发现问题整改情况汇总表.ods", write_arch),
    ("2024年7月税源管理任务执行情况表.xlsx", write_tax),
    ("文留镇半年督帮问题整改台账（两村）.zip", write_village),
    ("关于网络安全和数据安全防护检查发现问题整改情况的报告.doc", write_sec),
    ("胡状镇纺织企业安全隐患排查整治清单.wps", write_safe),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

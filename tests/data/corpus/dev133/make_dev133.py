"""Write the dev133 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 防汛抗旱, 森林防火, 地质灾害, 道路交通, 渔业安全, 烟花爆竹, 有限空间, 城镇燃气, 校园安全, 医疗机构.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, a two-row header), .ods and .et (LibreOffice conversions of
an .xlsx), a .doc (LibreOffice conversion of a .docx report whose items are numbered paragraphs under headings naming
the township), a CSV in UTF-8 with BOM (a system export), a .docx with a table, and a .zip of two returns (an .xlsx and
a .docx). Contents are made up (a city like 濮阳 in July 2024); statistics date 2024-07-31.

Run from this folder: python make_aside132.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on PATH.
Every date inside the files and every zip member time is fixed, so two runs write byte-identical files.
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
# 1. 汛前防汛隐患排查整改台账 (防汛抗旱), after a township's 汛前隐患排查 of its small reservoirs, rivers and works
# (压实水库防汛行政责任人、技术责任人及蹲点组长包保责任; 重点排查私自抬高溢洪道、架设铁制拦鱼网和清杂清障不彻底等
# 影响行洪排涝的隐患; 对排查出的隐患问题建立台账，实施清单式管理，明确整改标准和时限，立行立改):
# http://szbk.chuzhou.cn/czrb/pc/content/202304/26/content_90832.html
# An .xls (xlwt): title, 填报单位/填报日期 line, 排查范围 line, a two-row header with the three 责任人 merged under
# 防汛责任人, a 排查时间 per row (the base of 立行立改), a 责任单位 column naming the township itself or the county
# 水利局, a 合计 row and a 填表人 line.
FLOOD_ROWS = [
    (
        "金堤河陈庄段堤防",
        "2024.6.12",
        "郭振华",
        "李庆国",
        "张国强",
        "堤顶路面雨后冲刷形成冲沟3处，最深约0.4米",
        "陈庄镇人民政府",
        "回填夯实冲沟，恢复堤顶路面",
        "2024.6.30",
        "已完成",
    ),
    (
        "陈庄引黄涵闸",
        "2024.6.12",
        "郭振华",
        "范县水利局工程股",
        "王保军",
        "启闭机钢丝绳锈蚀，闸门启闭不灵活",
        "范县水利局",
        "更换钢丝绳，汛前完成试运行",
        "6月底前",
        "钢丝绳已更换，试运行正常",
    ),
    (
        "刘楼排涝沟",
        "2024.6.13",
        "刘俊峰",
        "李庆国",
        "刘长海",
        "沟内私设铁制拦鱼网2处，堆放秸秆阻水",
        "陈庄镇人民政府",
        "拆除拦鱼网，清除沟内阻水障碍物",
        "立行立改",
        "当日已拆除拦鱼网并清理秸秆",
    ),
    (
        "王庄坑塘",
        "2024.6.13",
        "刘俊峰",
        "李庆国",
        "王志刚",
        "承包户私自抬高坑塘溢流口约0.5米，影响排涝",
        "陈庄镇人民政府",
        "恢复溢流口原设计高程",
        "2024年7月15日",
        "正在协调承包户拆除加高部分",
    ),
    (
        "镇防汛物资仓库",
        "2024.6.14",
        "郭振华",
        "—",
        "孙立新",
        "编织袋、救生衣储备数量不足，部分铁锹锈损",
        "陈庄镇人民政府",
        "按防汛物资储备标准补足物资",
        "7月10日前",
        "已补充编织袋3000条、救生衣50件、铁锹40把",
    ),
    (
        "孙楼扬水站",
        "2024.6.14",
        "刘俊峰",
        "范县水利局工程股",
        "孙卫东",
        "备用柴油发电机组无法启动",
        "范县水利局",
        "检修发电机组，汛期保持备用状态",
        "2024.7.20",
        "",
    ),
    (
        "张庄桥涵改造工程（在建）",
        "2024.6.17",
        "郭振华",
        "范县水利局工程股",
        "张新民",
        "施工围堰未拆除，侵占河道行洪断面",
        "范县水利局",
        "主汛期前拆除施工围堰",
        "7月15日前",
        "未整改",
    ),
    (
        "镇村两级防汛应急预案",
        "2024.6.17",
        "郭振华",
        "—",
        "孙立新",
        "应急预案未根据村干部调整及时修订，群众转移路线不明确",
        "陈庄镇人民政府",
        "修订预案，更新转移路线图并公示",
        "8月底前",
        "正在修订",
    ),
]


def write_flood(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "陈庄镇2024年汛前防汛隐患排查整改台账", t, 0, last),
        (1, 0, "填报单位：范县陈庄镇人民政府（盖章）        填报日期：2024年7月26日", plain, 1, last),
        (2, 0, "排查范围：辖区河道堤防、排涝沟渠、引黄涵闸、坑塘、扬水站及在建水利工程", plain, 2, last),
    ]
    for col, word in enumerate(["序号", "工程（部位）名称", "排查时间"]):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 3, "防汛责任人", h, 3, 5),
        (4, 3, "行政责任人", h),
        (4, 4, "技术责任人", h),
        (4, 5, "包保责任人", h),
    ]
    for col, word in enumerate(["隐患问题", "责任单位", "整改标准", "整改时限", "整改情况"], start=6):
        cells.append((3, col, word, h, 4, col))
    cells.append((3, 11, "销号情况", h, 4, 11))
    cells.append((3, 12, "备注", h, 4, 12))
    for i, row in enumerate(FLOOD_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 9) else c))
        cells.append((r, 11, "", c))
        cells.append((r, 12, "", c))
    r = 5 + len(FLOOD_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "排查水利工程及部位26处，发现隐患问题8个", c, r, last),
        (
            r + 1,
            0,
            "填表人：孙立新    审核人：郭振华    联系电话：0393-5461203",
            plain,
            r + 1,
            last,
        ),
    ]
    widths = [6, 22, 12, 10, 14, 10, 34, 14, 26, 14, 26, 10, 8]
    return _write_xls(path, [("汛前隐患台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 2. 森林防火督查反馈问题整改落实台账, after a provincial 森林防火巡护站's 督查 of three towns (明察暗访; 重点检查林区
# 防火宣传教育、防火责任落实、野外火源管控、隐患排查整治、防火值班值守、防火应急准备六个方面; 察看防火值班日志、巡护记录、
# 防火物资装备; 坟边、屋边茅草杂灌等可燃物的清理; 林长及护林员的包保责任):
# http://m.hbgstv.com/p/79527.html
# An .xlsx: title, 填报单位 line, one header row whose first column is the 督查类别 (the six aspects, merged down over
# their rows) with the 序号 second, 责任单位 the towns and the 国有林场, a 注 line and a signature line.
FOREST_GROUPS = [
    (
        "防火宣传教育",
        [
            (
                "郎中乡林区入口处防火宣传牌破损，警示标语褪色",
                "濮阳县郎中乡人民政府",
                "王保平",
                "更换宣传牌，重新刷写警示标语",
                "2024年6月30日",
                "已完成（6月27日）",
            ),
            (
                "部分林农不知晓野外用火禁令",
                "濮阳县渠村乡人民政府",
                "赵红旗",
                "入户发放防火明白纸，利用村广播宣传",
                "长期坚持",
                "常态化开展",
            ),
        ],
    ),
    (
        "防火责任落实",
        [
            (
                "护林员巡护轨迹与纸质巡护记录不符，存在漏巡",
                "濮阳县国有林场",
                "陈立民",
                "核查护林员APP上线情况，约谈漏巡人员",
                "2024年7月15日",
                "已约谈2名护林员，巡护轨迹正在逐日核查",
            ),
            (
                "村级林长包保责任公示牌未设立",
                "濮阳县海通乡人民政府",
                "刘建设",
                "在林区显著位置设立林长公示牌",
                "7月20日前",
                "未整改",
            ),
        ],
    ),
    (
        "野外火源管控",
        [
            (
                "林缘坟边、屋边茅草杂灌等可燃物未清理",
                "濮阳县郎中乡人民政府",
                "王保平",
                "组织村组清理林缘可燃物",
                "第三季度",
                "已清理约六成，其余正在清理",
            ),
            (
                "林区入山卡口无人值守，进山人员未登记",
                "濮阳县渠村乡人民政府",
                "赵红旗",
                "卡口安排专人值守，落实进山登记",
                "2024年7月5日",
                "已安排专人值守并建立登记簿",
            ),
        ],
    ),
    (
        "防火值班值守",
        [
            (
                "防火值班日志记录不全，带班领导签字缺失",
                "濮阳县海通乡人民政府",
                "刘建设",
                "规范值班记录，落实领导带班",
                "2024.7.10",
                "",
            ),
        ],
    ),
    (
        "防火应急准备",
        [
            (
                "风力灭火机2台故障未维修，防火物资未登记造册",
                "濮阳县国有林场",
                "陈立民",
                "维修扑火机具，建立物资储备台账",
                "2024年8月31日",
                "机具已修复，物资台账正在建立",
            ),
        ],
    ),
]


def write_forest(path: Path) -> Path:
    b = Book(path, author="森防办")
    ws = b.sheet("整改台账")
    b.widths(ws, [14, 6, 36, 22, 10, 30, 14, 30])
    b.line(ws, 0, "濮阳县森林防火督查反馈问题整改落实台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县森林防灭火指挥部办公室（盖章）    填报日期：2024年7月25日", 7)
    b.header(
        ws, 2, ["督查类别", "序号", "督查发现问题", "责任单位", "责任人", "整改措施", "完成时限", "整改进展"]
    )
    r = 3
    n = 0
    for group, rows in FOREST_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "注：整改进展请如实填写，已完成的注明完成时间；长期性工作填写“长期坚持”。", 7)
    b.line(ws, r + 2, "填报人：孟凡超    审核人：李文涛    联系电话：0393-3218456", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 地质灾害防治工作专项督导检查, after a city's 地质灾害防治工作专项督导检查 by 国土、民政、水利、交通 督导组 (听取汇报、
# 实地查看隐患点、走访群众、明查暗访、查阅台账; 各地灾隐患点是否设置警示牌，“两卡”是否发放到位，巡查记录是否填写规范;
# 受威胁群众是否知晓临灾避让方法、预警信号; 加强值班值守和监测预警):
# https://www.xgnews.cn/p/76037.html
# An .ods (LibreOffice conversion): title, 督导单位/督导时间 line, 填报单位 line, one header row with 县（区）, 隐患点
# 编号及名称, 整改责任单位 (乡镇 and 县自然资源局, one former name 市国土资源局), a 督导组复核 column beside the
# 整改落实情况, a 填表说明 and a signature line.
GEO_ROWS = [
    (
        "台前县",
        "TQ-003 吴坝镇张村黄河岸坡崩塌隐患点",
        "警示牌被大风刮倒，未及时恢复",
        "台前县吴坝镇人民政府",
        "恢复警示牌，标明避险路线",
        "2024.7.15",
        "已重新设置警示牌",
        "复核通过",
    ),
    (
        "台前县",
        "TQ-005 夹河乡姜庄村塌岸隐患点",
        "防灾“两卡”未发放到受威胁户",
        "台前县夹河乡人民政府",
        "逐户发放防灾工作明白卡、避险明白卡",
        "2024.7.20",
        "已发放38户，签收单已存档",
        "",
    ),
    (
        "范县",
        "FX-002 辛庄镇取土场边坡崩塌隐患点",
        "巡查记录填写不规范，6月份有7天无记录",
        "范县自然资源局",
        "规范巡查记录，每日巡查并签字",
        "7月底前",
        "正在整改",
        "",
    ),
    (
        "范县",
        "FX-004 张庄镇金堤河岸坡隐患点",
        "受威胁群众不知晓预警信号和撤离路线",
        "范县张庄镇人民政府",
        "开展避险转移演练，张贴撤离路线图",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "濮阳县",
        "PY-001 文留镇地面塌陷隐患点",
        "塌陷区周边围挡缺失，群众仍在塌陷区边缘耕种",
        "濮阳县文留镇人民政府",
        "设置围挡和警示标志，劝离耕种群众",
        "2024年7月31日",
        "围挡正在施工",
        "",
    ),
    (
        "清丰县",
        "QF-002 城关镇地裂缝隐患点",
        "地裂缝监测桩损坏，监测数据中断",
        "清丰县自然资源局",
        "修复监测桩，恢复监测",
        "2024.8.10",
        "",
        "",
    ),
    (
        "南乐县",
        "NL-001 元村镇废弃砖厂采坑边坡隐患点",
        "监测员未在岗，由其亲属代为巡查",
        "南乐县元村镇人民政府",
        "调整监测员并开展培训",
        "2024.7.10",
        "已更换监测员并完成培训",
        "复核通过",
    ),
    (
        "市本级",
        "—",
        "汛期地质灾害应急值守排班表未更新，值班电话无人接听",
        "市国土资源局",
        "更新排班表，落实24小时值班",
        "7月5日前",
        "已完成",
        "复核通过",
    ),
]


def write_geo_book(path: Path) -> Path:
    b = Book(path, author="地环科")
    ws = b.sheet("督导问题整改")
    b.widths(ws, [6, 10, 30, 34, 22, 28, 14, 24, 12])
    b.line(ws, 0, "地质灾害防治工作专项督导检查发现问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "督导单位：市自然资源和规划局、市应急管理局、市水利局、市交通运输局联合督导组    "
        "督导时间：2024年7月8日至7月12日",
        8,
    )
    b.line(ws, 2, "填报单位：濮阳市地质灾害防治工作领导小组办公室    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "县（区）",
            "隐患点编号及名称",
            "督导发现问题",
            "整改责任单位",
            "整改要求",
            "整改时限",
            "整改落实情况",
            "督导组复核",
        ],
    )
    for i, row in enumerate(GEO_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GEO_ROWS)
    b.line(ws, end + 1, "填表说明：“督导组复核”栏由督导组现场复核后填写，未复核的空白。", 8)
    b.line(ws, end + 2, "联系人：冯晓东    联系电话：0393-8993127", 8)
    return b.close()


def write_geo(path: Path) -> Path:
    via_soffice(write_geo_book, path, "ods", "地质灾害防治工作专项督导检查发现问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 道路交通安全隐患排查整治台账, after a county 交警大队's rural road hazard work (按照“2021年全县道路安全隐患排查
# 工作”台账上载明整改内容; 农村临崖临水路段、事故多发易发点段; 在分析原因、制定整改措施的基础上，督促相关职能部门
# 限期整治):
# http://sxqnb.com.cn/shtml/sxqnb/20211208/494720.shtml
# An .xlsx: title, 填报单位 line, one header row with 道路名称/隐患路段（桩号）/隐患类型, the 整改责任单位 (county
# bureaus, towns, the 大队 itself), an 抄告（交办）日期 as the base of 整改期限 in days, a 填报说明 line and signatures.
ROAD_ROWS = [
    (
        "S209线",
        "K32+500—K33+100",
        "临水路段",
        "路侧紧邻马颊河，无防护栏",
        "增设波形护栏",
        "清丰县交通运输局",
        date(2024, 6, 20),
        "2024年8月31日前",
        "已完成招标，正在施工",
    ),
    (
        "X027县道",
        "与韩村乡乡道交叉口",
        "平交路口",
        "交叉口视距不良，支路无减速让行标志",
        "设置减速带、让行标志和爆闪灯",
        "清丰县韩村乡人民政府",
        date(2024, 6, 20),
        "30日内",
        "已设置完毕",
    ),
    (
        "G106线",
        "K512+300城区段",
        "事故多发点段",
        "行人随意横穿，今年以来发生交通事故5起",
        "增设中央隔离护栏",
        "濮阳市公路事业发展中心",
        date(2024, 6, 25),
        "2024.9.30",
        "未整改",
    ),
    (
        "Y012乡道",
        "古城乡后屯村段",
        "急弯路段",
        "急弯处无警告标志和凸面镜",
        "设置急弯警告标志、凸面镜",
        "清丰县古城乡人民政府",
        date(2024, 7, 2),
        "15日内",
        "",
    ),
    (
        "县城中原路",
        "与顿丘路交叉口",
        "信号控制路口",
        "信号灯配时不合理，早晚高峰车辆积压",
        "优化信号灯配时方案",
        "清丰县公安局交通管理大队",
        date(2024, 7, 2),
        "7日内",
        "已优化配时",
    ),
    (
        "S304线",
        "K12+800六塔乡集镇段",
        "穿村过镇路段",
        "马路市场占道经营，人车混行",
        "取缔马路市场，常态化管控",
        "清丰县城市管理局",
        date(2024, 7, 8),
        "长期",
        "常态化推进",
    ),
    (
        "双庙乡中心路",
        "双庙乡第一初级中学门前",
        "学校周边路段",
        "校门口无人行横道线和限速标志",
        "施划人行横道线，设置限速、注意儿童标志",
        "清丰县交通运输局",
        date(2024, 7, 8),
        "8月25日前",
        "正在采购标志牌",
    ),
    (
        "X015县道",
        "马庄桥镇西侧",
        "临沟路段",
        "路侧深沟无警示桩和反光标识",
        "设置警示桩和反光标识",
        "清丰县马庄桥镇人民政府",
        date(2024, 6, 20),
        "2024.7.10",
        "已完成",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="秩序中队")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 20, 12, 32, 26, 24, 14, 16, 18])
    b.line(ws, 0, "清丰县2024年道路交通安全隐患排查整治工作台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县道路交通安全工作领导小组办公室（县公安局交通管理大队代章）    填报日期：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "道路名称",
            "隐患路段（桩号）",
            "隐患类型",
            "隐患具体情况",
            "整改内容",
            "整改责任单位",
            "抄告（交办）日期",
            "整改期限",
            "整改进度",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "填报说明：整改期限以日计的，自抄告（交办）之日起计算。", 9)
    b.line(ws, end + 2, "大队负责人：韩志勇    填表人：杨帆    联系电话：0393-7226110", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 渔业安全生产检查隐患整改台账, after a city 海洋与渔业局's 海上渔业安全生产大检查 (检查捕捞渔船证书、证件，船员配备
# 及船员证书的有效持证情况，渔船消防、救生设施设备，渔船通信终端设备安置情况、渔船标识情况; 对发现的隐患和问题，
# 责令其及时整改):
# http://www.five12media.com/dsdt/qingdao/201711/t20171128_11164743.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line stating that 整改时限 in days count from the check,
# one header row with 船名号, 检查项目 in the source's five terms, the 船东（经营单位） as 整改责任单位, 执法人员 (the
# inspectors) beside the 整改结果, a 填报人 line.
FISH_ROWS = [
    (
        "豫范渔01023",
        "范县黄河渔业专业合作社",
        "证书证件",
        "渔业船舶检验证书过期未年检",
        "15日内",
        "已完成年度检验",
        "马腾、高原",
    ),
    (
        "豫范渔01031",
        "范县黄河渔业专业合作社",
        "船员持证",
        "2名船员未持渔业船员证书上岗",
        "30日内",
        "已报名参加船员培训，尚未取得证书",
        "马腾、高原",
    ),
    (
        "豫台渔00817",
        "台前县吴坝镇顺河水产专业合作社",
        "消防救生",
        "救生衣配备数量少于核定船员人数",
        "3日内",
        "已补配救生衣6件",
        "马腾、高原",
    ),
    (
        "豫台渔00822",
        "台前县吴坝镇顺河水产专业合作社",
        "通导设备",
        "北斗船载终端长期未开机",
        "2024.7.10",
        "未整改",
        "周晓宇、孙岩",
    ),
    (
        "豫范渔01045",
        "范县辛庄镇黄河捕捞专业合作社",
        "渔船标识",
        "船名号标识模糊不清",
        "7日内",
        "",
        "周晓宇、孙岩",
    ),
    (
        "豫濮渔00211",
        "濮阳县渠村乡金鲤水产有限公司",
        "消防救生",
        "机舱灭火器失效",
        "3日内",
        "已更换",
        "周晓宇、孙岩",
    ),
    (
        "豫濮渔00215",
        "濮阳县渠村乡金鲤水产有限公司",
        "船员配备",
        "出港未登记，存在搭载非船员人员现象",
        "长期坚持",
        "长期坚持",
        "周晓宇、孙岩",
    ),
    (
        "豫台渔00830",
        "台前县夹河乡黄河渔业专业合作社",
        "渔船标识",
        "船体锈蚀渗漏，船舷载重线标志缺失",
        "2024年8月31日",
        "已上排，正在维修",
        "马腾、高原",
    ),
]


def write_fish_book(path: Path) -> Path:
    b = Book(path, author="渔政科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 30, 10, 34, 14, 24, 14])
    b.line(ws, 0, "黄河濮阳段渔业安全生产检查隐患整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市农业农村局渔政执法大队    检查时间：2024年7月9日    整改时限以日计的，自检查之日起计算",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "船名号", "船东（经营单位）", "检查项目", "存在隐患", "整改时限", "整改结果", "执法人员"],
    )
    for i, row in enumerate(FISH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FISH_ROWS)
    b.line(ws, end + 1, "共检查捕捞渔船15艘次，发现安全隐患8处。", 7)
    b.line(ws, end + 2, "填报人：吕红霞    联系电话：0393-8892614    填报日期：2024年7月29日", 7)
    return b.close()


def write_fish(path: Path) -> Path:
    return via_soffice(write_fish_book, path, "xls", "黄河濮阳段渔业安全生产检查隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 烟花爆竹“打非治违”专项检查问题整改情况报告, after a district 安委办's joint check of 烟花爆竹经营场所 by 应急、
# 公安、市场监管、城管执法 (证照资质、周边环境、储存摆放、消防器材、警示标志; 安全通道堵塞、产品堆放混乱、溢出店外经营、
# 商品混杂、流窜经营; 对辖区镇(街道)进行现场交办，要求跟踪整改完成):
# http://www.qinzhouqu.gov.cn/info/8455/216305.htm
# A .doc (Word 97 via LibreOffice): title, 主送, preamble stating the 交办 date the 立行立改 counts from, the problems as
# numbered paragraphs under headings naming the township (the unit), each with 整改要求/时限 and 整改情况 in sentences
# (one with no progress sentence), a closing paragraph and the office and date at the foot.
FIREWORK_SECTIONS = [
    (
        "一、濮阳县子岸镇人民政府（交办问题3个）",
        [
            "1. 鑫盛烟花爆竹批发有限公司子岸仓库防雷装置检测报告已过期。整改要求：委托有资质机构检测，"
            "8月10日前取得检测报告。整改情况：已委托检测机构，现场检测正在进行。",
            "2. 该仓库温湿度记录连续10天缺失。整改要求：立行立改，明确专人每日记录。"
            "整改情况：已补齐记录制度并指定专人负责，整改完成。",
            "3. 仓库区消防通道停放货车，安全通道堵塞。整改要求：清理通道车辆，7月12日前完成。",
        ],
    ),
    (
        "二、濮阳县胡状镇人民政府（交办问题2个）",
        [
            "4. 胡状镇集镇一原零售网点许可期满后店内仍存放烟花爆竹约20箱，未按规定退库。整改要求：督促退回"
            "批发企业，7月15日前完成。整改情况：已全部退回鑫盛烟花爆竹批发有限公司，整改完成。",
            "5. 一便民超市将烟花爆竹与日用百货混放，商品混杂。整改要求：7月12日前清理下架。"
            "整改情况：已约谈店主，正在督促清理。",
        ],
    ),
    (
        "三、濮阳县庆祖镇人民政府（交办问题2个）",
        [
            "6. 庆祖集逢集日有流动摊贩流窜销售烟花爆竹。整改要求：落实逢集日巡查，长期坚持。"
            "整改情况：常态化开展巡查。",
            "7. 一原零售网点将烟花爆竹堆放至店外，溢出店外经营。整改要求：7月20日前整改到位。"
            "整改情况：未整改。",
        ],
    ),
]


def write_firework_docx(path: Path) -> Path:
    doc = _new_document("县安委办")
    _title(doc, "濮阳县安全生产委员会办公室关于烟花爆竹“打非治违”专项检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市安委办：")
    _paragraph(
        doc,
        "7月9日，县安委办组织应急、公安、市场监管、城管执法等部门，对全县烟花爆竹批发企业仓库及原零售网点开展"
        "“打非治违”专项检查，重点检查证照资质、周边环境、储存摆放、消防器材、警示标志等情况，共检查批发企业1家、"
        "原零售网点23个，发现问题7个，已现场交办属地镇人民政府跟踪整改。整改时限自交办之日（2024年7月9日）起计算。"
        "现将整改情况报告如下：",
    )
    for heading, paras in FIREWORK_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，县安委办将持续保持烟花爆竹“打非治违”高压态势，对未整改到位的问题跟踪督办，确保全县安全形势稳定。",
    )
    _paragraph(doc, "濮阳县安全生产委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_firework(path: Path) -> Path:
    return via_soffice(write_firework_docx, path, "doc", "烟花爆竹打非治违专项检查问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 有限空间作业安全专项整治隐患整改台账, after a district 应急局's 有限空间作业安全整治 (“挂牌上锁”管理; 配备气体
# 检测报警仪器、呼吸防护用品; 张贴设置警示标识牌和操作规程牌; 摸排有限空间有毒有害场所，发现隐患，督促相关企业
# 立即整改、限期整改):
# https://yjj.cq.gov.cn/zwxx_230/bmdt/qxdt/202410/t20241011_13698695_wap.html
# An .xlsx: title, 填报单位 line, a two-row header with 整改方式 merged over 立即整改/限期整改 (a √ under one), the
# enterprise as 责任单位, an 整改期限 for every row, a 验收人 (the inspector) beside the 整改完成情况, a 合计 row and
# a signature line.
SPACE_ROWS = [
    (
        "濮阳市龙丰纸业有限公司",
        "污水处理站调节池",
        "入口未设置有限空间安全警示标识",
        "√",
        "",
        "2024.7.3",
        "已设置警示标识和操作规程牌",
        "许强",
    ),
    (
        "濮阳市东方食品有限公司",
        "发酵罐",
        "未配备便携式气体检测报警仪",
        "",
        "√",
        "2024年7月31日",
        "已采购，待到货",
        "",
    ),
    (
        "濮阳县天润酿造有限公司",
        "窖池",
        "作业前未进行气体检测，未履行作业审批",
        "√",
        "",
        "2024.7.3",
        "已建立有限空间作业审批制度",
        "许强",
    ),
    (
        "濮阳市瑞丰面业有限公司",
        "地下粮仓输送廊道",
        "有限空间出入口未实行挂牌上锁管理",
        "√",
        "",
        "2024.7.4",
        "",
        "",
    ),
    (
        "濮阳市恒源污水处理有限公司",
        "进水泵房集水井",
        "未配备正压式空气呼吸器等应急救援装备",
        "",
        "√",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "濮阳市绿源农产品冷藏有限公司",
        "1号冷库",
        "冷库门内侧无应急开门装置",
        "",
        "√",
        "2024.7.20",
        "已安装内开门装置",
        "韩梅",
    ),
    (
        "濮阳市龙丰纸业有限公司",
        "浆池",
        "作业人员未接受有限空间专项安全培训",
        "",
        "√",
        "2024年7月25日",
        "已培训12人，其余人员正在分批培训",
        "",
    ),
    (
        "濮阳市东方食品有限公司",
        "地下污水池",
        "未建立有限空间管理台账",
        "",
        "√",
        "2024.7.15",
        "已建立管理台账",
        "韩梅",
    ),
]


def write_space(path: Path) -> Path:
    b = Book(path, author="工贸科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 28, 18, 34, 8, 8, 14, 28, 10])
    b.line(ws, 0, "工贸企业有限空间作业安全专项整治隐患整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区应急管理局（盖章）    填报日期：2024年7月30日", 8)
    for c, word in enumerate(["序号", "企业名称", "有限空间名称", "隐患描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改方式", b.head)
    b.header(ws, 3, ["立即整改", "限期整改"], first=4)
    for c, word in enumerate(["整改期限", "整改完成情况", "验收人"], start=6):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(SPACE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        values = list(row)
        b.row(ws, 3 + i, values[:3], first=1)
        b.put(ws, 3 + i, 4, values[3], b.center)
        b.put(ws, 3 + i, 5, values[4], b.center)
        b.row(ws, 3 + i, values[5:], first=6)
    end = 4 + len(SPACE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "摸排有限空间作业场所46处，发现隐患8处，其中立即整改3处、限期整改5处")
    b.line(ws, end + 2, "分管负责人：崔永刚    填表人：许强    联系电话：0393-4416725", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 城镇燃气管网普查隐患整改台账, after a provincial 住建厅's 城镇燃气管网普查和隐患整改 (占压燃气管道专项整治; 各类
# 已通气投用的城镇燃气管道及调压器等附属设施; 运行5年以上的管网全面检测，特别是经过居民较集中地段和重要公共建筑的
# 管网、灰口铸铁管道、架空管道、埋设深度及管道基础达不到现行技术规范要求的管网):
# http://m.perth-seo.com/tech/show.php?itemid=721
# A CSV in UTF-8 with BOM, as a gas company's system exports it: a title line with the export time, one header line with
# 隐患编号, 隐患类型 in the source's terms, 整改责任单位 (the gas company by short name, 市城管局, 市住建局, a street
# office, a market operator), 计划完成日期, 整改状态 and 销号日期.
GAS_ROWS = [
    (
        "RQ-2024-031",
        "华龙区",
        "京开大道与人民路交叉口西北角",
        "钢管DN200",
        "占压",
        "中压燃气管道上方违章搭建彩钢板房",
        "市城管局",
        "2024-07-31",
        "已销号",
        "2024-07-22",
        "",
    ),
    (
        "RQ-2024-032",
        "华龙区",
        "胜利路油田三号院",
        "灰口铸铁管DN100",
        "灰口铸铁管道",
        "庭院灰口铸铁管道运行超过20年",
        "燃气公司",
        "2024-12-31",
        "整改中",
        "",
        "列入老旧管网更新改造，已开工",
    ),
    (
        "RQ-2024-035",
        "高新区",
        "昆吾路东段沿街商铺",
        "钢管DN50",
        "架空管道",
        "沿墙架空管道无防撞保护，被车辆刮蹭",
        "燃气公司",
        "2024-08-15",
        "未开始",
        "",
        "",
    ),
    (
        "RQ-2024-037",
        "开发区",
        "黄河路与长庆路交叉口南",
        "PE管De160",
        "埋深不足",
        "管道埋深不足0.6米，道路施工时多次被挖露",
        "燃气公司",
        "2024-09-30",
        "",
        "",
        "",
    ),
    (
        "RQ-2024-040",
        "华龙区",
        "建设路锦华小区",
        "调压箱",
        "调压设施",
        "小区调压箱周边堆放可燃杂物",
        "华龙区建设路街道办事处",
        "2024-07-15",
        "已销号",
        "2024-07-14",
        "",
    ),
    (
        "RQ-2024-041",
        "华龙区",
        "惠民农贸市场",
        "阀井",
        "占压",
        "农贸市场摊位占压燃气管道阀井",
        "濮阳市惠民农贸市场管理有限公司",
        "2024-08-10",
        "整改中",
        "",
        "已约谈市场管理方，摊位正在搬迁",
    ),
    (
        "RQ-2024-044",
        "濮阳县",
        "濮阳县城关镇开州路",
        "钢管DN150",
        "阴极保护",
        "钢质管道阴极保护测试桩损坏",
        "燃气公司",
        "2024-07-20",
        "已销号",
        "2024-07-19",
        "",
    ),
    (
        "RQ-2024-046",
        "华龙区",
        "大庆路雨水管涵",
        "钢管DN300",
        "穿越",
        "燃气管道穿越雨水管涵未加设套管",
        "市住建局",
        "2024-10-31",
        "整改中",
        "",
        "已列入2024年管网改造计划，正在设计",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["城镇燃气管网普查隐患整改台账（导出时间：2024-07-30 17:02）"])
    w.writerow(
        [
            "隐患编号",
            "所属区域",
            "管线位置",
            "管材管径",
            "隐患类型",
            "隐患描述",
            "整改责任单位",
            "计划完成日期",
            "整改状态",
            "销号日期",
            "备注",
        ]
    )
    for row in GAS_ROWS:
        w.writerow(list(row))
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 中小学幼儿园安全隐患排查台账, after a page on the 《中小学幼儿园安全隐患排查台账》 (建筑设施、消防设备、食品安全、
# 交通安全、活动区域; 每次排查后及时填写台账，包括排查日期、发现的具体隐患描述、责任人及处理措施、整改完成时间、
# 复查结果):
# http://zixun.aivote.com/jxfw/202506/372651.html
# A .docx: title, 填报单位 line, one table with 排查日期, the school, 隐患描述, 责任人, 处理措施, 整改时限, 整改完成时间
# and 复查结果 (the county bureau's verdict, sometimes progress words), a 注 and the signature lines.
SCHOOL_ROWS = [
    (
        "2024.7.8",
        "南乐县第一初级中学",
        "学生宿舍楼消防应急照明灯损坏4处",
        "王建军",
        "更换应急照明灯",
        "2024.7.15",
        "2024.7.12",
        "复查合格",
    ),
    (
        "2024.7.8",
        "南乐县实验小学",
        "校园东侧围墙出现裂缝并向外倾斜",
        "李红",
        "设置警戒区，拆除重建围墙",
        "2024.8.20",
        "",
        "未完成，正在施工",
    ),
    (
        "2024.7.9",
        "南乐县城关镇中心幼儿园",
        "大型户外玩具滑梯连接螺丝松动",
        "赵雪梅",
        "紧固维修，每周检查",
        "2024.7.10",
        "2024.7.10",
        "复查合格",
    ),
    (
        "2024.7.9",
        "南乐县第二高级中学",
        "食堂燃气管道未安装可燃气体泄漏报警装置",
        "孙国庆",
        "安装燃气泄漏报警器并与切断阀联动",
        "2024.7.31",
        "",
        "",
    ),
    (
        "2024.7.10",
        "南乐县韩张镇中心小学",
        "教学楼楼梯扶手松动",
        "陈志强",
        "加固楼梯扶手",
        "2024.7.20",
        "2024.7.18",
        "",
    ),
    (
        "2024.7.10",
        "南乐县杨村乡初级中学",
        "校门口未设置防冲撞设施",
        "刘洪涛",
        "购置安装防冲撞隔离桩",
        "8月25日前",
        "",
        "未整改",
    ),
    (
        "2024.7.11",
        "南乐县梁村乡中心幼儿园",
        "保安员防暴器械配备不全",
        "郭丽",
        "配齐钢叉、防暴盾牌等器械",
        "2024.7.20",
        "",
        "部分完成，已配备钢叉2把",
    ),
    (
        "2024.7.11",
        "南乐县第一初级中学",
        "校园视频监控录像存储不足30天",
        "王建军",
        "硬盘扩容",
        "2024.9.1",
        "",
        "已申请经费，正在采购硬盘",
    ),
]


def write_school(path: Path) -> Path:
    doc = _new_document("安全科")
    _title(doc, "南乐县中小学幼儿园暑期安全隐患排查台账", 18)
    _paragraph(doc, "填报单位：南乐县教育局（安全科）    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "排查日期",
            "学校（幼儿园）",
            "隐患描述",
            "责任人",
            "处理措施",
            "整改时限",
            "整改完成时间",
            "复查结果",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：“整改完成时间”由学校填写，“复查结果”由县教育局安全科复查后填写。", 12)
    _paragraph(doc, "填表人：杜明亮    审核人：张海燕    联系电话：0393-7213385", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 医疗机构安全生产专项整治, after a district 卫健委's 安全生产专项整治行动 with the 卫健执法大队 and 消防救援大队
# (排查民营医院2家、乡镇卫生院1家、社区卫生服务中心1家、个体诊所1家; 下发《限期隐患整改通知书》《整改意见》5份;
# 一所乡镇卫生院缺少1部疏散通道，限期整改):
# https://wjw.bynr.gov.cn/html/qxdt/lh/202304/23_61853.html
# A .zip of two returns: the district 卫健委's .xlsx (填报单位 line; one row per problem with the 通知书编号 and the
# institution as 整改单位) and the township 卫生院's own .docx report (numbered paragraphs naming only its 科室).
CLINIC_ROWS = [
    (
        "濮阳仁和医院",
        "民营医院",
        "华卫限改〔2024〕11号",
        "消防控制室值班人员无证上岗",
        "安排持证人员24小时值班",
        "2024.7.20",
        "已安排2名持证人员值班，整改完成",
    ),
    (
        "濮阳仁和医院",
        "民营医院",
        "华卫限改〔2024〕11号",
        "住院部楼梯间堆放杂物，常闭式防火门处于开启状态",
        "清理杂物，恢复防火门常闭",
        "2024.7.10",
        "已整改",
    ),
    (
        "濮阳康宁骨科医院",
        "民营医院",
        "华卫限改〔2024〕12号",
        "医用氧气瓶与可燃物混存，无防倾倒措施",
        "设置独立氧气瓶间，加装防倾倒链",
        "2024.7.15",
        "正在改造氧气瓶间",
    ),
    (
        "华龙区黄河路街道社区卫生服务中心",
        "社区卫生服务中心",
        "华卫限改〔2024〕13号",
        "配电室未铺设绝缘垫，电缆沟积水",
        "铺设绝缘垫，排除积水并封堵",
        "2024年8月15日",
        "",
    ),
    (
        "华龙区李氏中医诊所",
        "个体诊所",
        "华卫整意〔2024〕5号",
        "诊疗区与住宿区未分隔，诊所内住人",
        "搬离住宿人员",
        "2024.7.12",
        "住宿人员已搬离",
    ),
]
HEALTH_CENTER_PARAS = [
    "1. 门诊楼仅有1部疏散楼梯，不满足安全疏散要求。整改措施：由总务科负责增设室外疏散楼梯，已完成设计"
    "并办理报建手续，计划2024年10月底前完工。",
    "2. 药房酒精等危险化学品储存超量。整改措施：药剂科清理超量酒精，按最小需求量储存，限7月15日前整改。"
    "目前已清理完毕，整改完成。",
    "3. 病房楼部分灭火器压力不足。整改措施：总务科更换失效灭火器，7月10日前完成。已全部更换。",
    "4. 未按要求开展职工消防安全培训和应急疏散演练。整改措施：办公室牵头制定培训演练方案，8月底前完成"
    "全员培训和一次疏散演练。目前方案已制定，培训已安排。",
    "5. 医疗废物暂存间地面无防渗漏措施。整改措施：院感科负责，地面铺设防渗层，整改时限2024年8月20日。"
    "目前正在施工。",
]


def write_clinic_book(path: Path) -> Path:
    b = Book(path, author="医政医管科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 30, 14, 20, 34, 28, 14, 28])
    b.line(ws, 0, "医疗机构安全生产专项整治检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区卫生健康委员会    检查单位：区卫健委、区卫生健康综合监督执法大队、区消防救援大队"
        "    填报日期：2024年7月26日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "机构名称", "机构类别", "通知书编号", "存在问题", "整改意见", "整改时限", "整改情况"],
    )
    for i, row in enumerate(CLINIC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(CLINIC_ROWS), "负责人：吴文静    填表人：郑凯    联系电话：0393-8331250", 7)
    return b.close()


def write_health_center_docx(path: Path) -> Path:
    doc = _new_document("岳村镇卫生院")
    _title(doc, "华龙区岳村镇卫生院关于安全生产专项检查反馈问题整改情况的报告", 18)
    _paragraph(doc, "区卫健委：")
    _paragraph(
        doc,
        "7月5日，区卫健委会同区卫生健康综合监督执法大队、区消防救援大队对我院开展安全生产专项检查，下发《限期隐患"
        "整改通知书》（华卫限改〔2024〕14号）。我院高度重视，逐项制定整改措施，明确责任科室。现将整改情况报告如下：",
    )
    for text in HEALTH_CENTER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "华龙区岳村镇卫生院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_medical(path: Path) -> Path:
    members = [
        ("医疗机构安全生产专项整治检查问题整改台账（区卫健委）.xlsx", write_clinic_book),
        ("岳村镇卫生院安全生产专项检查问题整改情况报告.docx", write_health_center_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("陈庄镇2024年汛前防汛隐患排查整改台账.xls", write_flood),
    ("濮阳县森林防火督查反馈问题整改落实台账.xlsx", write_forest),
    ("地质灾害防治工作专项督导检查发现问题整改情况表.ods", write_geo),
    ("清丰县2024年道路交通安全隐患排查整治台账.xlsx", write_road),
    ("黄河濮阳段渔业安全生产检查隐患整改台账.et", write_fish),
    ("濮阳县烟花爆竹打非治违专项检查问题整改情况报告.doc", write_firework),
    ("工贸企业有限空间作业安全专项整治隐患整改台账.xlsx", write_space),
    ("城镇燃气管网普查隐患整改台账.csv", write_gas),
    ("南乐县中小学幼儿园暑期安全隐患排查台账.docx", write_school),
    ("医疗机构安全生产专项整治问题整改（两家）.zip", write_medical),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

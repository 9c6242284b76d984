"""Write the dev37 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with one block per problem
and a .zip of two returns. Campaigns: 网格化治理, 退役军人服务, 生态环境, 政务服务差评, 安全生产, 国企巡察整改,
信访积案, 住房保障, 养老机构 (民政). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev37.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 网格化社会治理工作情况通报, after a town's monthly 通报 to its villages and communities (事件上报: 普通事件,
# 上报至镇级网格中心 / 市级网格中心, 办结率; 安全隐患类、矛盾纠纷类事件; 详见表1…表7):
# https://www.liyang.gov.cn/html/czly/2019/AAHAAKIF_1230/1250.html
# An .xlsx: 表1 (figures per village with a 合计 row, no items) and 表3 (the events sent on to the city's 网格中心),
# whose header is two rows with merged groups; 交办 date beside the 上报 date, a relative deadline, 是否办结.
GRID_FIGURES = [
    ("王助村", 46, 46),
    ("后店村", 38, 37),
    ("胡村", 52, 50),
    ("东街社区", 61, 61),
]
GRID_ROWS = [
    (
        "王助村第二网格",
        "安全隐患",
        "村民自建房外墙脱落存在坠落隐患",
        date(2024, 7, 3),
        date(2024, 7, 4),
        "市住建局",
        "2024.7.10",
        "已督促房主拆除脱落墙皮并设置警示",
        "是",
    ),
    (
        "后店村第一网格",
        "矛盾纠纷",
        "两户村民因宅基地界址发生纠纷",
        date(2024, 7, 5),
        date(2024, 7, 5),
        "王助镇人民政府",
        "7月20日前",
        "已组织两次调解，双方初步达成调解意向",
        "否",
    ),
    (
        "胡村第三网格",
        "环境卫生",
        "县道X012旁生活垃圾堆放未及时清运",
        date(2024, 7, 6),
        date(2024, 7, 6),
        "城管局",
        date(2024, 7, 8),
        "已清运",
        "是",
    ),
    (
        "东街社区第一网格",
        "安全隐患",
        "农贸市场电动车集中充电私拉飞线",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "市消防支队",
        "5个工作日内",
        "已责令市场管理方拆除飞线，集中充电桩正在安装",
        "否",
    ),
    (
        "王助村第一网格",
        "基础设施",
        "村内变压器电压不稳频繁跳闸",
        date(2024, 7, 18),
        date(2024, 7, 19),
        "供电公司",
        "2024.7.31",
        "",
        "",
    ),
    (
        "后店村第二网格",
        "民生服务",
        "独居老人房屋漏雨亟需修缮",
        date(2024, 7, 22),
        date(2024, 7, 22),
        "民政局",
        "7月底前",
        "尚未处理",
        "否",
    ),
    (
        "胡村第一网格",
        "生态环境",
        "养殖户粪污直排村北沟渠",
        date(2024, 7, 24),
        date(2024, 7, 25),
        "市环保局",
        "2024.8.15",
        "已立案调查，下达责令改正通知书，正在整改",
        "否",
    ),
]


def _grid_figures(b: Book) -> None:
    ws = b.sheet("表1")
    b.widths(ws, [14, 14, 14, 12])
    b.line(ws, 0, "表1：7月份各村（社区）网格事件上报办结情况", 3, b.title)
    b.header(ws, 1, ["村（社区）", "上报事件（件）", "办结（件）", "办结率"])
    for i, (name, up, done) in enumerate(GRID_FIGURES, 2):
        b.row(ws, i, [name, up, done, f"{done / up:.2%}"])
    up = sum(f[1] for f in GRID_FIGURES)
    done = sum(f[2] for f in GRID_FIGURES)
    b.row(ws, 2 + len(GRID_FIGURES), ["合计", up, done, f"{done / up:.2%}"])


def write_grid(path: Path) -> Path:
    b = Book(path, author="镇网格中心")
    _grid_figures(b)
    ws = b.sheet("表3")
    b.widths(ws, [6, 16, 10, 32, 12, 12, 16, 14, 30, 10])
    b.line(ws, 0, "王助镇2024年7月份网格化社会治理工作情况通报", 9, b.title)
    b.line(ws, 1, "表3：上报至市级网格中心事件办理情况（办理期限自交办之日起计算）", 9)
    for c, word in ((0, "序号"), (1, "网格"), (6, "承办单位"), (7, "办理期限")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "事件情况", b.head)
    b.merge(ws, 2, 4, 2, 5, "流转时间", b.head)
    b.merge(ws, 2, 8, 2, 9, "办理情况", b.head)
    for c, word in ((2, "事件类型"), (3, "事件描述"), (4, "上报时间"), (5, "交办时间"), (8, "办理结果")):
        ws.write_string(3, c, word, b.head)
    ws.write_string(3, 9, "是否办结", b.head)
    for i, row in enumerate(GRID_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    r = 4 + len(GRID_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 9, "上报市级网格中心7件，办结2件", b.cell)
    b.line(ws, r + 1, "王助镇网格化服务管理中心    2024年7月31日", 9, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 退役军人服务站建设运行问题整改情况, after a county 退役军人事务局's 问题整改小组 visiting the towns' 服务站
# (职责缺乏、工作流程图不够完整、图版更新不及时; 工作制度、个人档案、涉访维稳、走访慰问、帮扶援助; “一专一兼”;
# 优待证; 信访接待室和老兵调解室; 退役军人服务窗口):
# https://tyjrt.shanxi.gov.cn/xw_1165/mtbd/202401/t20240125_9490668.html
# A .docx report whose items are numbered paragraphs under two headings; the bureau's own 科室 beside the towns.
VET_PARAS = [
    (
        "一、乡镇退役军人服务站方面",
        [
            (
                "1. 岳村镇退役军人服务站职责清单缺失、工作流程图不完整，图版更新不及时。整改措施：重新制作上墙"
                "职责清单和工作流程图。责任单位：岳村镇人民政府。完成时限：2024年7月15日。整改情况：已完成。"
            ),
            (
                "2. 王助镇退役军人服务站未设置专门的退役军人服务窗口和席位。整改措施：在便民服务中心增设服务"
                "窗口。责任单位：王助镇人民政府。完成时限：8月底前。整改情况：已腾出办公用房，正在购置设施。"
            ),
            (
                "3. 胡村乡退役军人服务站专职工作人员未按“一专一兼”要求配备。整改措施：明确1名专职人员、1名兼职"
                "人员。责任单位：胡村乡人民政府。完成时限：2024年9月30日。整改情况：未启动。"
            ),
            (
                "4. 孟轲乡退役军人优待证申领发放进度滞后。整改措施：逐村摸排未申领人员，集中办理。责任单位："
                "孟轲乡人民政府。完成时限：2024年8月15日。整改情况：已发放85%，剩余部分正在催办。"
            ),
            (
                "5. 城关镇退役军人服务站走访慰问台账记录不完整。整改措施：按月建立走访慰问台账。责任单位："
                "城关镇人民政府。完成时限：2024年7月31日。"
            ),
        ],
    ),
    (
        "二、局机关方面",
        [
            (
                "6. 部分退役军人个人档案资料不全，享受相关待遇的资料未存档。整改措施：逐人核对补齐档案资料。"
                "责任科室：优抚科。完成时限：2024年7月20日前。整改情况：已补齐存档资料。"
            ),
            (
                "7. 老兵调解室未正常运行，信访接待记录不规范。整改措施：落实值班接待制度，规范接待记录。"
                "责任科室：权益维护科。完成时限：长期坚持。整改情况：常态化推进。"
            ),
        ],
    ),
]


def write_vet(path: Path) -> Path:
    doc = _new_document("市退役军人事务局")
    _title(doc, "关于退役军人服务站建设运行问题整改情况的报告")
    _paragraph(doc, "市委督查室：")
    _paragraph(
        doc,
        "2024年6月，我局退役军人服务保障体系建设运行问题整改小组深入各乡镇实地查看服务站，"
        "抽查工作制度建设、个人档案、涉访维稳、走访慰问、帮扶援助等工作，共梳理问题7个。"
        "截至2024年7月31日，整改情况如下：",
    )
    for heading, paras in VET_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将持续推进服务站提档升级，对未完成整改的问题挂账督办，完成一个销号一个。",
    )
    _paragraph(doc, "濮阳市退役军人事务局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 突出生态环境问题整改情况公示, after a city's 整改验收销号公示 of one problem laid out in six numbered parts
# (一、整改问题 二、整改实施主体 三、重点措施 四、目标任务 五、完成时限 六、整改完成情况; 公示期, 监督电话):
# https://deaufficio.com/suma/xwzx/tzgg/195045811.html
# A .wps (Word 97 via LibreOffice): one such six-part block per problem, the 公示 period and phone at the foot.
ECO_BLOCKS = [
    (
        "金堤河清丰段河岸垃圾被雨水冲入河道，污染水体",
        "清丰县人民政府",
        "对河岸垃圾开展集中清理，落实河长巡河制度",
        "河岸及水面无垃圾漂浮物",
        "2024年6月底",
        "经核查，该河段岸边及水面垃圾已清理完毕，已通过验收销号。",
    ),
    (
        "城区第二污水处理厂出水总磷间歇性超标",
        "市住建局",
        "实施提标改造，增加深度除磷工艺",
        "出水稳定达到一级A排放标准",
        "2024年9月底",
        "提标改造工程正在施工，已完成总工程量的60%。",
    ),
    (
        "畜禽养殖场粪污处理设施不完善，雨污未分流",
        "市农业农村局",
        "督促养殖场完成雨污分流改造，配套建设储粪池",
        "粪污全部资源化利用",
        "2024年7月底",
        "已完成雨污分流改造，经核查合格，已验收销号。",
    ),
    (
        "工业园区部分企业挥发性有机物无组织排放",
        "市生态环境局",
        "对涉VOCs企业逐一排查，安装废气收集处理设施",
        "园区企业废气稳定达标排放",
        "2024年12月底",
        "尚未启动整改。",
    ),
    (
        "饮用水水源保护区内存在违规垂钓和餐饮经营",
        "市水务局",
        "取缔保护区内餐饮经营点，设置隔离防护网和警示标志",
        "保护区内无违法违规活动",
        "2024年8月底",
        "已取缔餐饮经营点2处，隔离防护网正在设置。",
    ),
    (
        "建筑垃圾消纳场未采取覆盖、喷淋等防尘措施",
        "市城管执法局",
        "落实覆盖、喷淋措施，加强日常巡查",
        "消纳场扬尘得到有效管控",
        "长期坚持",
        "常态化开展巡查，长期坚持。",
    ),
]
ECO_PARTS = [
    "一、整改问题",
    "二、整改实施主体",
    "三、重点措施",
    "四、目标任务",
    "五、完成时限",
    "六、整改完成情况",
]


def write_eco_docx(path: Path) -> Path:
    doc = _new_document("市环委办")
    _title(doc, "突出生态环境问题整改情况公示")
    _paragraph(
        doc,
        "濮阳市2024年大排查专项行动突出生态环境问题整改任务清单中的下列问题，截至2024年7月31日的"
        "整改情况公示如下：",
    )
    numbers = "一二三四五六七八九"
    for i, block in enumerate(ECO_BLOCKS):
        _paragraph(doc, f"问题{numbers[i]}", 16, "黑体")
        for part, text in zip(ECO_PARTS, block, strict=True):
            _paragraph(doc, part, 16, "黑体")
            _paragraph(doc, text)
    _paragraph(
        doc,
        "如对上述问题整改完成情况有异议，请在公示期间（2024年8月1日至2024年8月14日，共10个工作日）"
        "向濮阳市生态环境保护委员会办公室反映。",
    )
    _paragraph(doc, "监督电话：0393-8991234")
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_eco(path: Path) -> Path:
    return via_soffice(write_eco_docx, path, "doc", "突出生态环境问题整改情况公示.docx")


# ---------------------------------------------------------------------------------------------
# 4. 政务服务“差评”核查整改台账, after a county 政务服务中心's account of its 好差评 (收到“差评”后安排专人回访核实;
# 情况清楚、诉求合理的立行立改; 情况复杂的建立台账、限期整改; 缺乏法定依据的做好解释说明; 误评申诉复核;
# 已办结“差评”电话回访、复核并建立台账):
# https://www.spprec.com/sczwweb/zwfwnew/027001/027001005/20200601/53f18f1a-7d9d-421b-ac89-d7ce43ac3c96.html
# A CSV in GBK: title line, 填报单位 line, one header row with 交办日期 and 整改类型, a 合计 line, a 说明 and signature.
BAD_ROWS = [
    (
        "CP202407001",
        "2024-07-02",
        "2024-07-03",
        "不动产转移登记",
        "窗口人员一次性告知不到位，群众往返两次补交材料",
        "不动产登记中心",
        "立行立改",
        "立行立改",
        "已对窗口人员批评教育，重新印发一次性告知单",
        "电话回访，群众满意",
    ),
    (
        "CP202407002",
        "2024-07-05",
        "2024-07-08",
        "住房公积金提取",
        "线上提取审核时间超过承诺时限",
        "公积金中心",
        "限期整改",
        "10个工作日内",
        "已优化审核流程，新系统正在调试",
        "",
    ),
    (
        "CP202407003",
        "2024-07-09",
        "2024-07-10",
        "个体工商户注销",
        "窗口要求提供法律法规未规定的证明材料",
        "市场监管局",
        "立行立改",
        "立行立改",
        "已取消该项证明材料",
        "已回访，满意",
    ),
    (
        "CP202407004",
        "2024-07-11",
        "2024-07-12",
        "社保卡补办",
        "自助终端故障无人处理",
        "人社局",
        "限期整改",
        "5个工作日内",
        "未整改",
        "",
    ),
    (
        "CP202407005",
        "2024-07-15",
        "2024-07-16",
        "医保异地就医备案",
        "咨询电话长时间无人接听",
        "医保局",
        "限期整改",
        "2024.7.31",
        "已增设2条咨询专线，正在配备接线人员",
        "",
    ),
    (
        "CP202407006",
        "2024-07-17",
        "2024-07-18",
        "增值税发票申领",
        "群众误以为窗口拒绝办理，实为系统升级暂停业务",
        "税务局",
        "解释说明",
        "2024年7月25日",
        "已向群众解释说明，申诉复核通过",
        "已回访，群众表示理解",
    ),
    (
        "CP202407007",
        "2024-07-23",
        "2024-07-24",
        "综合窗口取号",
        "大厅叫号系统语音播报不清",
        "市政务服务中心",
        "限期整改",
        "8月10日前",
        "",
        "",
    ),
]


def write_bad(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = 12
    w.writerow(["2024年7月政务服务“差评”核查整改台账"] + [""] * (width - 1))
    w.writerow(["填报单位：濮阳市行政服务中心    统计时段：2024年7月1日—7月31日"] + [""] * (width - 1))
    w.writerow(
        [
            "序号",
            "差评编号",
            "评价时间",
            "交办日期",
            "办理事项",
            "差评内容",
            "责任单位",
            "整改类型",
            "整改时限",
            "整改情况",
            "回访情况",
            "备注",
        ]
    )
    for i, row in enumerate(BAD_ROWS, 1):
        w.writerow([i, *row, ""])
    w.writerow(["合计", "", "", "", "", "共7件，已回访3件", "", "", "", "", "", ""])
    w.writerow(
        ["说明：整改类型分立行立改、限期整改、解释说明三类；整改时限自交办之日起计算。"] + [""] * (width - 1)
    )
    w.writerow(["填表人：王丽    审核人：张建设    联系电话：0393-4410021"] + [""] * (width - 1))
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 安全生产督查检查隐患台账, after a district's account of its 安全督查检查组 (区中小企业促进局牵头、联合水务局、
# 工商分局; 抽查危化企业; 发现安全隐患6处; 对企业下发整改通知书、明确整改要求和完成期限; 要求街办跟踪督查;
# 建立隐患检查台账):
# http://m.news.wmxa.cn/n/201602/303122.html
# An .xls (xlwt): title, 检查组 line, one header row with the 检查人员 and the 属地跟踪督查 street beside the company
# that must correct, 整改通知书编号, a 共发现 line and the 检查组组长 signature.
SAFE_ROWS = [
    (
        "胜利路街道",
        "濮阳市恒润化工有限公司",
        "危化品仓库防爆灯具损坏未及时更换",
        "张伟、李强",
        "濮工信安改〔2024〕21号",
        "2024-07-15",
        "已更换防爆灯具，经复查合格",
    ),
    (
        "开发区",
        "濮阳市瑞丰新材料有限公司",
        "车间消防通道堆放原料桶",
        "张伟、李强",
        "濮工信安改〔2024〕22号",
        "2024.7.12",
        "已清理",
    ),
    (
        "胜利路街道",
        "濮阳市华龙区金鑫加油站",
        "卸油区静电接地报警仪失效",
        "刘洋、陈明",
        "濮工信安改〔2024〕23号",
        "7月20日前",
        "已报修，配件正在采购",
    ),
    (
        "昆吾街道",
        "濮阳市宏图塑业有限公司",
        "员工三级安全教育培训记录缺失",
        "刘洋、陈明",
        "濮工信安改〔2024〕24号",
        "2024-07-31",
        "未整改",
    ),
    (
        "开发区",
        "濮阳县绿源液化气站",
        "液化气钢瓶超期未检仍在充装使用",
        "赵磊、孙静",
        "濮工信安改〔2024〕25号",
        "2024年7月18日",
        "超期钢瓶已全部报废更换，经复查合格",
    ),
    (
        "开发区",
        "濮阳市天成化工有限公司",
        "重大危险源监测预警系统数据未接入监管平台",
        "赵磊、孙静",
        "濮工信安改〔2024〕26号",
        "2024年第三季度",
        "正在与平台运营单位对接",
    ),
    (
        "昆吾街道",
        "濮阳市利民食品有限公司",
        "液氨制冷车间氨气泄漏报警装置未定期校验",
        "张伟、李强",
        "濮工信安改〔2024〕27号",
        "2024-07-25",
        "",
    ),
]


def write_safe(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "2024年汛期安全生产督查检查隐患整改台账", t, 0, last),
        (
            1,
            0,
            "检查组：市工信局牵头，市水利局、市市场监管局参加    检查时间：2024年7月8日至7月12日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "属地跟踪督查",
        "被检查企业（整改责任单位）",
        "隐患描述",
        "检查人员",
        "整改通知书编号",
        "完成期限",
        "整改情况",
        "备注",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(SAFE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 6) else c))
        cells.append((r, last, "", c))
    r = 3 + len(SAFE_ROWS)
    cells += [
        (r, 0, "本次督查共抽查企业7家，发现安全隐患7处，均已下发整改通知书。", plain, r, last),
        (r + 1, 0, "检查组组长：王志刚    填表日期：2024年7月30日", plain, r + 1, last),
    ]
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 巡察反馈问题整改工作台账 of a city-owned group, after a 国资委's 巡察集中整改进展情况的通报 (建立整改工作台账,
# 明确整改任务、整改责任和整改时限; 按照立行立改、全面整改、专项整治分类整改; 两周一调度、一月一总结;
# 责任处室主动认领问题):
# http://gqhgyjy.com/portal/article/detail/id/1286.html
# An .xlsx: the group is named only in the title; a two-row header with 是否完成整改 split into 是/否 ticked with √;
# 责任部门 are the group's own departments; one 整改时限 is a schedule text.
SOE_ROWS = [
    (
        "党的建设",
        "党委会议事规则未及时修订，“三重一大”决策程序不规范",
        "全面整改",
        "王建国",
        "党群工作部",
        "2024年5月底前修订规则，6月底前全面完成",
        "已修订印发《党委会议事规则》",
        "√",
        "",
    ),
    (
        "经营管理",
        "部分工程项目未决算即支付工程款",
        "专项整治",
        "李明",
        "财务部",
        "2024年9月30日",
        "已完成3个项目决算审计，剩余2个正在推进",
        "",
        "√",
    ),
    (
        "经营管理",
        "对外借款未履行集体决策程序，存在资金回收风险",
        "专项整治",
        "李明",
        "法务部",
        "2024年12月底前",
        "已启动法律诉讼程序追收借款",
        "",
        "√",
    ),
    (
        "经营管理",
        "固定资产账实不符，部分资产未入账",
        "全面整改",
        "赵刚",
        "资产管理部",
        "2024.8.31",
        "尚未开展清查",
        "",
        "√",
    ),
    (
        "选人用人",
        "中层干部选拔任用档案材料不完整",
        "立行立改",
        "王建国",
        "人力资源部",
        "立行立改（2024年4月30日前）",
        "已补齐档案材料",
        "√",
        "",
    ),
    (
        "作风建设",
        "公务用车管理不规范，出车登记不完整",
        "全面整改",
        "孙海",
        "综合办公室",
        "长期坚持",
        "已建立用车台账，长期坚持",
        "",
        "",
    ),
    (
        "安全生产",
        "子公司安全生产责任制落实不到位",
        "全面整改",
        "赵刚",
        "安全环保部",
        "2024年7月31日",
        "",
        "",
        "",
    ),
    (
        "经营管理",
        "招标采购存在化整为零规避公开招标问题",
        "专项整治",
        "孙海",
        "采购管理部",
        "2024年10月底",
        "已修订采购管理办法，正在开展专项检查",
        "",
        "√",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="党群工作部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 10, 10, 12, 24, 30, 6, 6])
    b.line(ws, 0, "濮阳投资集团有限公司党委落实市委巡察反馈意见整改工作台账", 9, b.title)
    b.line(ws, 1, "（截至2024年7月31日，两周一调度滚动更新）", 9, b.right)
    words = ["序号", "问题类别", "反馈问题", "整改类型", "责任领导", "责任部门", "整改时限", "整改进展"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否完成整改", b.head)
    ws.write_string(3, 8, "是", b.head)
    ws.write_string(3, 9, "否", b.head)
    for i, row in enumerate(SOE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 8, row[7], b.center)
        b.put(ws, 3 + i, 9, row[8], b.center)
    r = 4 + len(SOE_ROWS)
    b.line(ws, r, "填表说明：已完成整改的在“是”栏打“√”，未完成的在“否”栏打“√”；长期坚持的事项不打“√”。", 9)
    b.line(ws, r + 1, "填表人：周敏    联系电话：0393-6688123    填报日期：2024年7月31日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 信访积案化解工作台账 from two 工作部, after a county's account of its 信访积案 work (县信访大厅设十个工作部、
# 县级领导任部长; 交办的218件信访问题已解决154件; “一个问题、一名领导、一套班子、一个方案、一抓到底”;
# 逐级签订积案化解责任书, 限时化解; 分级负责、归口办理):
# http://av069.com/news/yuwai/2015-11-26/542234.html
# A .zip of two .xlsx returns, each with a 填报单位 line naming the 工作部, the 信访人 and 包案领导 beside the
# 责任单位, a 交办日期 and a 化解时限 partly relative to it, 是否化解; the first ends in a 合计 row.
PETITION_RETURNS = [
    (
        "第三工作部",
        [
            (
                "XF2024-031",
                "王某某等12人",
                "小区开发商逾期未办理不动产权证书",
                "刘志强",
                "市住建局",
                date(2024, 5, 6),
                "3个月内",
                "已协调开发商补缴税费，正在分批办理",
                "否",
            ),
            (
                "XF2024-032",
                "张某",
                "房屋征收补偿款未足额发放",
                "刘志强",
                "华龙区人民政府",
                date(2024, 5, 6),
                "2024年6月30日",
                "补偿款已全部发放到位，信访人签订息访承诺书",
                "是",
            ),
            (
                "XF2024-047",
                "赵某某",
                "小区地下车库积水多年未解决",
                "刘志强",
                "市房管局",
                date(2024, 6, 3),
                "60日内",
                "进展滞后",
                "否",
            ),
            (
                "XF2024-052",
                "李某等5人",
                "安置房墙体开裂渗水",
                "刘志强",
                "濮阳市城市建设投资集团有限公司",
                date(2024, 6, 10),
                "2024年9月底前",
                "",
                "",
            ),
        ],
        True,
    ),
    (
        "第六工作部",
        [
            (
                "XF2024-018",
                "孙某某等30人",
                "建筑工地拖欠农民工工资",
                "陈卫东",
                "市劳动保障局",
                date(2024, 4, 15),
                "2024年5月31日",
                "已督促施工企业支付全部欠薪",
                "是",
            ),
            (
                "XF2024-039",
                "周某",
                "土地承包经营权纠纷多年未处理",
                "陈卫东",
                "市农业局",
                date(2024, 5, 20),
                "2024年7月31日",
                "已组织三方调解两次，正在核实承包合同",
                "否",
            ),
            (
                "XF2024-044",
                "吴某",
                "企业改制职工养老保险关系接续",
                "陈卫东",
                "市人社局",
                date(2024, 6, 12),
                "2024年12月31日",
                "已依法答复并做好解释疏导，信访人表示认可",
                "是",
            ),
            (
                "XF2024-058",
                "郑某某",
                "村集体土地征收款分配不公",
                "陈卫东",
                "岳村镇人民政府",
                date(2024, 7, 1),
                "30个工作日内",
                "已入户走访，正在核查分配名单",
                "否",
            ),
        ],
        False,
    ),
]


def write_petition_book(path: Path, team: str, rows: list[tuple], total: bool) -> Path:
    b = Book(path, author=team)
    ws = b.sheet("积案台账")
    b.widths(ws, [6, 12, 14, 30, 10, 22, 12, 12, 30, 10])
    b.line(ws, 0, "信访积案化解工作台账", 9, b.title)
    b.line(ws, 1, f"填报单位：市信访联席会议{team}    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "案件编号",
            "信访人",
            "反映问题",
            "包案领导",
            "责任单位",
            "交办日期",
            "化解时限",
            "化解进展",
            "是否化解",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(rows)
    if total:
        done = sum(1 for row in rows if row[-1] == "是")
        b.merge(ws, r, 0, r, 2, "合计", b.center)
        b.merge(ws, r, 3, r, 9, f"交办{len(rows)}件，已化解{done}件", b.cell)
        r += 1
    b.line(ws, r, "化解时限自交办之日起计算。    填报人：            联系电话：", 9)
    return b.close()


def write_petitions(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for team, rows, total in PETITION_RETURNS:
            name = f"信访积案化解工作台账（{team}）.xlsx"
            member = write_petition_book(Path(tmp) / name, team, rows, total)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 保障性安居工程跟踪审计发现问题整改情况表, after a county 审计局's account of its 跟踪审计 (保障房建成验收后未交付
# 使用和分配、长期空置; 提出全面清理空置保障性住房并及时分配的建议; 住建部门清理核查、加快分配进度;
# 1232套公租房已经分配完毕):
# https://shaheshenji.com/news_view.asp$id=1625.htm
# An .ods (LibreOffice conversion): 填报单位 line, a two-row header whose 整改情况 group holds three tick columns
# (已整改 / 正在整改 / 未整改) and a 措施及进展 column, a 合计 row of tick counts and a 填表说明.
HOUSING_ROWS = [
    (
        "城东公租房小区建成验收后长期空置未分配",
        "城东公租房小区（480套）",
        "市住房和城乡建设局",
        "2024年6月30日前完成分配",
        "√",
        "",
        "",
        "480套已全部分配入住",
    ),
    (
        "不符合保障条件家庭仍在享受住房租赁补贴",
        "—",
        "市民政局",
        "2024.8.31",
        "",
        "√",
        "",
        "已完成数据比对，正在逐户清退",
    ),
    (
        "公租房租金欠缴未及时催收",
        "幸福家园小区",
        "市房产管理局",
        "2024年9月底",
        "",
        "",
        "√",
        "",
    ),
    (
        "棚改项目配套基础设施未同步建设",
        "西关棚改安置区",
        "华龙区人民政府",
        "2024年12月31日",
        "",
        "√",
        "",
        "道路和管网工程正在施工",
    ),
    (
        "公租房专项资金结余未及时盘活",
        "—",
        "市财政局",
        "2024年7月15日",
        "√",
        "",
        "",
        "结余资金已收回统筹使用",
    ),
    (
        "保障房住户信息与不动产登记数据不一致",
        "—",
        "市不动产登记中心",
        "2024年10月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "部分公租房存在转租转借现象",
        "绿城公租房小区",
        "住建局",
        "长期坚持",
        "",
        "",
        "",
        "建立常态化巡查机制，长期坚持",
    ),
]


def write_housing_book(path: Path) -> Path:
    b = Book(path, author="住房保障科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 34, 20, 18, 20, 8, 8, 8, 28])
    b.line(ws, 0, "保障性安居工程跟踪审计发现问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：市住房和城乡建设局    填报日期：2024年7月26日", 8)
    for c, word in enumerate(["序号", "审计发现问题", "涉及项目", "整改责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 8, "整改情况", b.head)
    for c, word in ((5, "已整改"), (6, "正在整改"), (7, "未整改"), (8, "整改措施及进展")):
        ws.write_string(3, c, word, b.head)
    for i, row in enumerate(HOUSING_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        for c in (5, 6, 7):
            b.put(ws, 3 + i, c, row[c - 1], b.center)
    r = 4 + len(HOUSING_ROWS)
    counts = [sum(1 for row in HOUSING_ROWS if row[k] == "√") for k in (4, 5, 6)]
    b.merge(ws, r, 0, r, 4, "合计", b.center)
    for c, n in zip((5, 6, 7), counts, strict=True):
        b.put(ws, r, c, n, b.center)
    b.put(ws, r, 8, "", b.cell)
    b.line(ws, r + 1, "填表说明：请在相应整改情况栏内打“√”；长期坚持的事项在“整改措施及进展”栏说明。", 8)
    b.line(ws, r + 2, "单位负责人：            填表人：马晓燕    联系电话：0393-8121567", 8)
    return b.close()


def write_housing(path: Path) -> Path:
    via_soffice(write_housing_book, path, "ods", "保障性安居工程跟踪审计发现问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 养老机构安全隐患排查整改台账, after a city 民政局's account of its checks of the 养老机构 together with the
# 消防大队 and the 市场监管局 (灭火器压力、消防栓通水; 特种设备运行状况; 电气线路老化、过载; 食品采购、储存、
# 留样; 居住区域尖锐边角、地面防滑; 明确整改期限并跟踪复查):
# http://www.ruijin.gov.cn/rjsxxgk/rjin80633/202412/28645e815cd446be863b79de444ae17f.shtml
# An .et (Excel 97 via LibreOffice): title, 检查单位 line, one header row with the 检查单位 (inspector) beside the
# 整改责任单位 and a 复查时间/复查结果 closure pair, a 填表人 line.
CARE_ROWS = [
    (
        "濮阳市社会福利院",
        "消防安全",
        "部分灭火器压力不足未及时更换",
        "市消防救援支队",
        "濮阳市社会福利院",
        date(2024, 7, 10),
        date(2024, 7, 11),
        "复查合格",
    ),
    (
        "华龙区颐和养老中心",
        "特种设备",
        "电梯超期未进行定期检验",
        "市市场监督管理局",
        "濮阳市华龙区颐和养老中心",
        "7月20日前",
        None,
        "已报检，正在等待检验",
    ),
    (
        "濮阳县福寿园养老院",
        "用电安全",
        "老人居室私拉电线使用大功率电器",
        "市民政局",
        "濮阳县福寿园养老院",
        "2024.7.12",
        date(2024, 7, 15),
        "复查合格",
    ),
    (
        "清丰县中心敬老院",
        "食品安全",
        "食品留样记录不全，留样时间不足48小时",
        "市市场监督管理局",
        "清丰县中心敬老院",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "复查不合格，仍未整改",
    ),
    (
        "南乐县康乐老年公寓",
        "设施安全",
        "卫生间地面未做防滑处理，未安装扶手",
        "市民政局",
        "南乐县康乐老年公寓",
        "2024年8月10日前",
        None,
        "正在施工",
    ),
    (
        "范县夕阳红养护院",
        "消防安全",
        "室内消防栓无水，消防通道被杂物堵塞",
        "市消防救援支队",
        "范县夕阳红养护院",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "已清理通道、恢复供水，复查合格",
    ),
    (
        "台前县颐养院",
        "应急管理",
        "未制定突发事件应急预案，未开展应急演练",
        "市民政局",
        "台前县颐养院",
        date(2024, 7, 31),
        None,
        "",
    ),
]


def write_care_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("排查整改台账")
    b.widths(ws, [6, 22, 10, 36, 18, 26, 14, 14, 28])
    b.line(ws, 0, "全市养老机构安全隐患排查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：市民政局、市消防救援支队、市市场监督管理局    检查时间：2024年7月1日至7月5日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "养老机构名称",
            "检查项目",
            "存在问题",
            "检查单位",
            "整改责任单位",
            "整改期限",
            "复查时间",
            "复查结果",
        ],
    )
    for i, row in enumerate(CARE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 3 + len(CARE_ROWS), "填表人：郭丽    审核人：韩军    填报日期：2024年7月31日", 8)
    return b.close()


def write_care(path: Path) -> Path:
    return via_soffice(write_care_book, path, "xls", "养老机构安全隐患排查整改台账.xlsx")


FILES = [
    ("王助镇7月份网格化社会治理工作情况通报.xlsx", write_grid),
    ("关于退役军人服务站建设运行问题整改情况的报告.docx", write_vet),
    ("突出生态环境问题整改情况公示.wps", write_eco),
    ("2024年7月政务服务差评核查整改台账.csv", write_bad),
    ("2024年汛期安全生产督查检查隐患整改台账.xls", write_safe),
    ("巡察反馈意见整改工作台账（濮阳投资集团）.xlsx", write_soe),
    ("信访积案化解工作台账（两个工作部）.zip", write_petitions),
    ("保障性安居工程跟踪审计发现问题整改情况表.ods", write_housing),
    ("全市养老机构安全隐患排查整改台账.et", write_care),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

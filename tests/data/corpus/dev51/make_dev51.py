"""Write the dev51 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) with a
table inside a report, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev51.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


TICK = "√"


# ---------------------------------------------------------------------------------------------
# 1. 食品安全监督抽检不合格食品核查处置情况, after a county 市场监督管理局's 食品安全抽检信息通告 (抽检N批次, 合格/不合格,
# 详见附件; 对不合格食品已安排开展核查处置工作, 并将企业采取的风险防控措施和核查处置情况向社会公开):
# http://bhwallpapers.com/2023_07/21_09/content-419055.html
# An .xlsx: 附件 line, title, 填报单位 line, a two-row header (抽检信息 / 核查处置情况 merged over their columns, 序号
# merged down), the 被抽样单位 beside the 核查处置单位, dates written as text (2024.7.15), a 合计 row, 填表说明 and
# signature lines.
FOOD_ROWS = [
    (
        "濮阳市华龙区惠民生鲜超市",
        "芹菜",
        "毒死蜱残留量超标",
        "华龙区市场监督管理局",
        "2024.7.15",
        "已下架封存问题产品，查清进货来源，已立案查处",
        "2024.7.12",
    ),
    (
        "濮阳县城关镇鑫源农贸市场",
        "鲜鸡蛋",
        "恩诺沙星残留量超标",
        "濮阳县市场监督管理局",
        "7月底前",
        "供货商在外省，已发协查函，正在追溯产品来源",
        "",
    ),
    (
        "濮阳市好利来食品有限公司",
        "蛋糕",
        "菌落总数超标",
        "市食药监局",
        "2024年8月15日前",
        "",
        "",
    ),
    (
        "清丰县顺意干货商行",
        "黄花菜干",
        "二氧化硫残留量超标",
        "清丰县市场监督管理局",
        "6月30日前完成",
        "已责令召回，核查处置完毕",
        "2024.6.27",
    ),
    (
        "南乐县福源粮油店",
        "散装花生油",
        "酸价超标",
        "南乐县市场监督管理局",
        "2024.8.10",
        "未启动",
        "",
    ),
    (
        "范县老街卤味坊",
        "酱卤猪头肉",
        "苯甲酸及其钠盐超范围使用",
        "范县市场监督管理局",
        "2024.7.20",
        "已完成核查处置，经营者已停止使用该添加剂",
        "2024.7.18",
    ),
    (
        "濮阳市万家福购物广场有限公司",
        "夹心饼干",
        "过氧化值超标",
        "市市场监管局",
        "9月底前",
        "标称生产企业已提出复检申请，复检结果待出",
        "",
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="食品抽检科")
    ws = b.sheet("核查处置")
    b.widths(ws, [6, 26, 12, 24, 20, 16, 34, 12])
    b.line(ws, 0, "附件2", 7)
    b.line(ws, 1, "濮阳市2024年第二季度食品安全监督抽检不合格食品核查处置情况", 7, b.title)
    b.line(ws, 2, "填报单位：濮阳市食品安全委员会办公室    填报日期：2024年7月30日", 7)
    ws.merge_range(3, 0, 4, 0, "序号", b.head)
    ws.merge_range(3, 1, 3, 3, "抽检信息", b.head)
    ws.merge_range(3, 4, 3, 7, "核查处置情况", b.head)
    b.header(ws, 4, ["被抽样单位", "食品名称", "不合格项目"], first=1)
    b.header(ws, 4, ["核查处置单位", "处置期限", "处置进展", "完成时间"], first=4)
    for i, row in enumerate(FOOD_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    r = 5 + len(FOOD_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "不合格食品7批次，已完成核查处置3批次")
    b.line(
        ws,
        r + 1,
        "填表说明：1.处置期限按照抽检结果通知书送达后的规定时限填写；2.完成时间填写核查处置全部完成的日期；"
        "3.核查处置情况将及时向社会公开。",
        7,
    )
    b.line(ws, r + 2, "填表人：杨帆    审核人：郭建华    联系电话：0393-8661203", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 生态环境信访举报投诉情况公开, after a city 生态环境局's monthly account (受理各类环境信访举报投诉N件; 涉水、涉气、
# 涉噪声、涉固废、涉建设项目、其他; 信访来源主要为来电、网络途径; 按时受理和按时办结率; 通过12369、110应急联动等一一回复):
# http://www.86116000.com/art/2024/9/23/art_1229149709_58885516.html
# An .xls (xlwt): title, summary line, one header row with 受理日期 and 办理时限 in working days from it, 办理结果
# as sentences, 办结情况, a 注 line and the office at the foot.
PETITION_ROWS = [
    (
        date(2024, 7, 1),
        "12369热线",
        "涉气",
        "化工园区企业夜间排放刺鼻气味",
        "市生态环境局",
        "15个工作日",
        "经现场核查，企业废气处理设施运行正常，已对无组织排放问题责令改正并回复信访人",
        "已办结",
    ),
    (
        date(2024, 7, 3),
        "网络",
        "涉噪声",
        "商砼站夜间搅拌作业噪声扰民",
        "市环保局",
        "15个工作日",
        "已开展夜间监测，正在督促企业加装隔声屏障",
        "办理中",
    ),
    (
        date(2024, 7, 8),
        "来电",
        "涉水",
        "小区雨水管网混入生活污水排入河道",
        "市住建局",
        "15个工作日",
        "已完成混接点改造，出水口无污水排放",
        "已办结",
    ),
    (
        date(2024, 7, 10),
        "110应急联动",
        "涉固废",
        "废弃厂房内堆放不明桶装废液",
        "市生态环境局",
        "10个工作日",
        "已取样送检，正在联系有资质单位转运处置",
        "办理中",
    ),
    (
        date(2024, 7, 15),
        "网络",
        "涉气",
        "沿街烧烤店油烟直排影响居民开窗",
        "市城管执法局",
        "15个工作日",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "来电",
        "其他",
        "村边养殖场粪污异味影响周边村民",
        "市农业局",
        "15个工作日",
        "尚未开展现场核查",
        "未办结",
    ),
    (
        date(2024, 7, 25),
        "网络",
        "涉建设项目",
        "砂场违规开采破坏河道岸坡",
        "市水务局",
        "20个工作日",
        "已责令停止开采，河道岸坡已恢复原状",
        "已办结",
    ),
]


def write_petition(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    day = _xf(center=True)
    day.num_format_str = "yyyy-mm-dd"
    cells = [
        (0, 0, "2024年7月濮阳市生态环境信访举报投诉办理情况", t, 0, 8),
        (
            1,
            0,
            (
                "2024年7月，全市共受理各类环境信访举报投诉7件，其中涉气2件、涉水1件、涉噪声1件、涉固废1件、"
                "涉建设项目1件、其他1件；信访来源主要为来电、网络途径，受理后通过12369环保举报联网管理平台、"
                "110应急联动等方式交办承办单位，截至月底已办结3件。"
            ),
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "受理日期",
        "信访来源",
        "污染类型",
        "信访内容",
        "承办单位",
        "办理时限",
        "办理结果",
        "办结情况",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, day if col == 1 else (ctr if col in (2, 3, 6, 8) else c)))
    r = 3 + len(PETITION_ROWS)
    cells += [
        (r, 0, "注：办理时限自受理之日起计算，以工作日计。", plain, r, 8),
        (r + 1, 0, "濮阳市生态环境局信访科    2024年7月31日", plain, r + 1, 8),
    ]
    return _write_xls(path, [("7月", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 危险化学品企业安全“体检”隐患整改台账, after a county 应急局's account of its 危化品 expert 隐患大排查 (聘请危化品专家,
# 为企业进行全面的“安全体检”; 下达责令限期整改指令书; 建立安全“体检”台账, 督促企业及时消除隐患):
# https://cs.rednet.cn/content/2021/02/03/8975608.html
# An .xlsx: title, 检查单位 line, a two-row header (整改情况 merged over 已整改 / 正在整改 / 未整改 with a tick),
# 检查专家 beside the enterprise, a 复查意见 closure column, a 说明 line and signature.
HAZ_ROWS = [
    (
        "濮阳市恒润化工有限公司",
        "液氨储罐区可燃气体报警仪超期未检定",
        "一般隐患",
        "濮应急责改〔2024〕031号",
        "王建国",
        "2024.7.25",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳市中原石化储运有限公司",
        "汽车装卸鹤管未设置静电接地报警装置",
        "一般隐患",
        "濮应急责改〔2024〕032号",
        "王建国",
        "8月15日前",
        "正在整改",
        "",
    ),
    (
        "濮阳县瑞丰精细化工有限公司",
        "反应釜温度联锁摘除未履行审批手续",
        "重大隐患",
        "濮应急责改〔2024〕035号",
        "孙立新",
        "7月底前",
        "未整改",
        "",
    ),
    (
        "清丰县宏远化工有限公司",
        "甲类仓库内氧化剂与还原剂混存",
        "较大隐患",
        "濮应急责改〔2024〕036号",
        "孙立新",
        "2024.7.20",
        "已整改",
        "复查通过",
    ),
    (
        "南乐县金盛化工有限公司",
        "中控室与生产装置区防火间距不足",
        "重大隐患",
        "濮应急责改〔2024〕038号",
        "赵明哲",
        "8月底前完成改造方案论证，12月底前完成中控室搬迁",
        "正在整改",
        "",
    ),
    (
        "濮阳市龙丰纸业有限公司",
        "粉尘涉爆车间除尘器未设置泄爆装置",
        "较大隐患",
        "濮应急责改〔2024〕040号",
        "赵明哲",
        "2024.8.10",
        "",
        "",
    ),
    (
        "范县鑫源化工有限公司",
        "危险化学品装卸作业人员未持证上岗",
        "一般隐患",
        "濮应急责改〔2024〕041号",
        "王建国",
        "2024.7.15",
        "",
        "经复查，已整改到位",
    ),
]


def write_haz(path: Path) -> Path:
    b = Book(path, author="危化科")
    ws = b.sheet("体检台账")
    b.widths(ws, [6, 28, 34, 10, 22, 10, 22, 8, 8, 8, 18])
    b.line(ws, 0, "2024年危险化学品企业安全“体检”隐患整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市应急管理局（聘请危化品专家开展安全“体检”）    检查时间：2024年7月8日至7月19日",
        10,
    )
    for c, w in enumerate(["序号", "企业名称", "隐患描述", "隐患等级", "指令书编号", "检查专家", "整改期限"]):
        ws.merge_range(2, c, 3, c, w, b.head)
    ws.merge_range(2, 7, 2, 9, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未整改"], first=7)
    ws.merge_range(2, 10, 3, 10, "复查意见", b.head)
    marks = {"已整改": 7, "正在整改": 8, "未整改": 9}
    for i, (firm, desc, level, order, expert, limit, state, review) in enumerate(HAZ_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [firm, desc, level, order, expert, limit], first=1)
        for col in (7, 8, 9):
            b.put(ws, r, col, TICK if marks.get(state) == col else "", b.center)
        b.put(ws, r, 10, review)
    r = 4 + len(HAZ_ROWS)
    b.line(ws, r, "说明：整改情况在相应栏内打“√”；重大隐患由市应急管理局挂牌督办，整改完成后申请复查。", 10)
    b.line(ws, r + 1, "填表人：李明    审核人：    2024年7月30日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 网格事件列表导出, after the 街道网格 event model of a public fire-protection platform (事件标题, 事件类型, 事件状态
# 待处理/处理中/已办结, with 网格名称, 所属街道, 所属社区, 网格员 and 网格员电话 in the list output):
# https://github.com/wwkkww1983/FireProtectionV1/blob/0c9a19c650fca664d8ff011d847cde1db08f5f3d/API/src/FireProtectionV1.Core/StreetGridCore/Model/StreetGridEvent.cs
# A CSV in GBK: an export line, one header row; 上报时间 and 交办时间 (events), 处置时限 mostly in working days
# from 交办时间, 事件状态 blank where the event was not yet updated.
GRID_ROWS = [
    (
        "楼道堆放杂物堵塞消防通道",
        "消防安全",
        "胜利路街道",
        "建设路社区",
        "第三网格",
        "张丽",
        "13903930101",
        "2024-07-01 18:40:12",
        "2024-07-02",
        "华龙区胜利路街道办事处",
        "3个工作日",
        "已办结",
    ),
    (
        "小区主干道路灯损坏夜间无照明",
        "市政设施",
        "人民路街道",
        "绿城社区",
        "第一网格",
        "刘伟",
        "13903930102",
        "2024-07-09 10:05:33",
        "2024-07-09",
        "市城市管理局",
        "5个工作日",
        "处理中",
    ),
    (
        "沿街商户占道经营影响通行",
        "市容环境",
        "胜利路街道",
        "京开社区",
        "第五网格",
        "王磊",
        "13903930103",
        "2024-07-13 16:22:08",
        "2024-07-15",
        "市城管局",
        "3个工作日",
        "已办结",
    ),
    (
        "独居老人家中燃气软管老化开裂",
        "安全隐患",
        "中原路街道",
        "石化社区",
        "第二网格",
        "赵敏",
        "13903930104",
        "2024-07-22 09:47:51",
        "2024-07-22",
        "市燃气公司",
        "2个工作日",
        "已办结",
    ),
    (
        "小区出口井盖破损下陷",
        "市政设施",
        "人民路街道",
        "开州社区",
        "第四网格",
        "陈静",
        "13903930105",
        "2024-07-25 20:11:19",
        "2024-07-26",
        "市住建局",
        "3个工作日",
        "",
    ),
    (
        "居民反映自来水水质发黄有异味",
        "民生服务",
        "中原路街道",
        "油田社区",
        "第六网格",
        "孙洁",
        "13903930106",
        "2024-07-29 08:30:02",
        "2024-07-29",
        "市自来水公司",
        "5个工作日",
        "处理中",
    ),
    (
        "小区内流浪犬聚集存在伤人隐患",
        "社会治安",
        "胜利路街道",
        "建设路社区",
        "第二网格",
        "周强",
        "13903930107",
        "2024-07-30 11:15:46",
        "2024-07-30",
        "市公安局",
        "2024-08-10",
        "已办结",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["网格事件列表（导出时间：2024-07-31 16:20:05）"])
    w.writerow(
        [
            "序号",
            "事件标题",
            "事件类型",
            "所属街道",
            "所属社区",
            "网格名称",
            "网格员",
            "网格员电话",
            "上报时间",
            "交办时间",
            "处置单位",
            "处置时限",
            "事件状态",
        ]
    )
    for i, row in enumerate(GRID_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 12345物业投诉工单办理台账, after a newspaper's account of how a 街道物业管理办公室 handles 12345 物业投诉 (投诉工单
# 经区数字化平台分发到街道物业管理办公室, 发给小区物业核实, 再致电来电人回复; 来电人不认可时继续沟通; 物业企业不配合的
# 报区建委物业科, 降低信用等级):
# https://epaper.qlwb.com.cn/qlwb/content/20190411/ArticelB06003SA.htm
# An .ods (LibreOffice conversion): title, one header row with the 来电人 beside the 整改责任单位, 派单时间 and 办理时限
# in working days from it, 办理情况 as sentences, 回访意见, a 注 line and the office at the foot.
PROPERTY_ROWS = [
    (
        "12345-240703-0112",
        date(2024, 7, 3),
        "王女士",
        "锦绣华庭小区",
        "3号楼电梯频繁停运困人",
        "濮阳市安泰物业服务有限公司",
        "3个工作日",
        "物业已联系维保单位更换主板，电梯恢复运行，已回复来电人",
        "满意",
    ),
    (
        "12345-240705-0347",
        date(2024, 7, 5),
        "李先生",
        "绿城花园小区",
        "物业擅自占用公共绿地改建停车位",
        "濮阳市绿城物业管理有限公司",
        "5个工作日",
        "已约谈物业企业负责人，要求恢复绿地，目前正在施工恢复",
        "",
    ),
    (
        "12345-240710-0521",
        date(2024, 7, 10),
        "赵先生",
        "开州名苑小区",
        "顶楼业主在楼顶违章搭建阳光房",
        "市城管执法局",
        "5个工作日",
        "已移交城管部门依法查处",
        "",
    ),
    (
        "12345-240715-0208",
        date(2024, 7, 15),
        "孙女士",
        "龙湖花苑小区",
        "地下车库照明灯大面积不亮",
        "濮阳市龙湖物业服务有限公司",
        "3个工作日",
        "已全部更换灯管，已反馈来电人",
        "满意",
    ),
    (
        "12345-240719-0633",
        date(2024, 7, 19),
        "周先生",
        "金堤家园小区",
        "小区生活垃圾清运不及时异味严重",
        "濮阳市金堤物业服务有限公司",
        "3个工作日",
        "",
        "",
    ),
    (
        "12345-240724-0419",
        date(2024, 7, 24),
        "吴女士",
        "华龙新城小区",
        "物业服务收费标准未在小区公示",
        "濮阳市华诚物业服务有限公司",
        "5个工作日",
        "物业企业拒不整改，至今未落实",
        "",
    ),
    (
        "12345-240729-0150",
        date(2024, 7, 29),
        "郑先生",
        "建业城小区",
        "二次供水水箱长期未清洗消毒",
        "市自来水公司",
        "5个工作日",
        "已联系自来水公司，计划8月2日实施水箱清洗消毒，正在准备",
        "",
    ),
]


def write_property_book(path: Path) -> Path:
    b = Book(path, author="物业办")
    ws = b.sheet("7月工单")
    b.widths(ws, [6, 20, 12, 10, 16, 30, 28, 12, 40, 10])
    b.line(ws, 0, "华龙区胜利路街道物业管理办公室12345物业投诉工单办理台账（2024年7月）", 9, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "工单编号",
            "派单时间",
            "来电人",
            "小区名称",
            "投诉内容",
            "整改责任单位",
            "办理时限",
            "办理情况",
            "回访意见",
        ],
    )
    for i, row in enumerate(PROPERTY_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    r = 3 + len(PROPERTY_ROWS)
    b.line(ws, r, "注：办理时限自派单之日起计算，以工作日计；物业企业不配合的，报区住建局物业科处理。", 9)
    b.line(ws, r + 1, "胜利路街道物业管理办公室    2024年7月31日", 9, b.right)
    return b.close()


def write_property(path: Path) -> Path:
    via_soffice(write_property_book, path, "ods", "物业投诉工单办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 风险疑点核查任务应对情况表, after a tax newspaper's account of a 税务局's 跨平台任务协商 (上级部门推送的风险疑点核查
# 任务归集; 按风险类型整合后推送给基层; 一次入户、综合核查; 税源管理三科):
# https://www.ctaxnews.net.cn/paper/pc/con/202601/19/content_233130.html
# A .docx: the unit named in the title only (填报单位 left blank for the stamp), one table whose rows name sections of
# that unit (承办科室) beside the 纳税人名称, 推送日期 an event, 应对期限 in several wordings, a 填表说明 and signature.
TAX_ROWS = [
    (
        "风控平台",
        "濮阳市恒达商贸有限公司",
        "进项发票品名与经营范围明显不符",
        "税源管理一科",
        "2024-06-12",
        "2024年7月12日",
        "已完成核实，企业已作进项税额转出并补缴税款12.6万元",
    ),
    (
        "金税系统",
        "濮阳市华通物流有限公司",
        "连续三个月零申报但开具大额发票",
        "税源管理三科",
        "2024-06-20",
        "2024年7月31日前",
        "已约谈企业财务负责人，正在调取账簿凭证核实",
    ),
    (
        "上级推送",
        "濮阳市鑫达建材有限公司",
        "取得失控发票抵扣进项税额",
        "税源管理二科",
        "2024-07-01",
        "8月底前",
        "",
    ),
    (
        "风控平台",
        "濮阳市利民食品有限公司",
        "个人所得税工资薪金申报人数与社保缴费人数差异较大",
        "税源管理一科",
        "2024-07-05",
        "2024.8.15",
        "未启动",
    ),
    (
        "重点税源监控",
        "濮阳市天元化工股份有限公司",
        "研发费用加计扣除归集范围不准确",
        "税源管理三科",
        "2024-07-08",
        "2024年9月30日",
        "企业已自查并补充报送研发项目资料，正在审核",
    ),
    (
        "上级推送",
        "中原大化集团有限责任公司",
        "关联交易定价偏离同期市场价格",
        "大企业税收管理科",
        "2024-07-09",
        "长期坚持",
        "常态化监控",
    ),
    (
        "金税系统",
        "濮阳市顺发汽车销售服务有限公司",
        "发票开具金额与申报收入存在差异",
        "税源管理二科",
        "2024-07-10",
        "2024年7月25日",
        "经核实为跨期开票所致，差异已消除，任务已办结",
    ),
]


def write_tax(path: Path) -> Path:
    doc = _new_document("风险管理局")
    _title(doc, "国家税务总局濮阳市税务局2024年第二批风险疑点核查任务应对情况表", 18)
    _paragraph(doc, "填报单位（盖章）：                    截止日期：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(TAX_ROWS, 1)]
    _table(
        doc,
        ["序号", "任务来源", "纳税人名称", "风险疑点", "承办科室", "推送日期", "应对期限", "应对情况"],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "填表说明：1.应对期限以任务推送单载明的期限为准；2.应对情况应写明核实结果、补缴税款及移交稽查情况；"
        "3.同一纳税人多平台推送的任务合并应对，一次入户、综合核查。",
        10.5,
    )
    _paragraph(doc, "填表人：刘洋    审核人：陈志强    联系电话：0393-8912345", 10.5)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 统计执法检查发现问题及整改情况的通报, after the national 统计局's 通报 of two typical 统计违法案件 (企业虚报、瞒报
# 统计数据; 有关产业集聚区和乡镇编造及代替企业报送; 移送地方追究责任, 处理结果于6个月内书面告知):
# http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-09/27/content_5326091.htm
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, two headings, the items as numbered paragraphs each with
# 整改责任单位, 检查单位, 整改要求/期限 (one in days and one in working days from a stated 送达 date), 整改情况.
STAT_PARAS = [
    (
        "一、统计调查对象统计违法问题",
        [
            (
                "（一）濮阳市宏信纺织有限公司虚报2023年营业收入，虚报率达38%。整改责任单位：濮阳市宏信纺织有限公司。"
                "检查单位：市统计局执法监督科。整改要求：自2024年6月28日送达《责令改正通知书》之日起15日内更正"
                "统计数据。整改情况：已更正并重新报送，经复核无误。"
            ),
            (
                "（二）濮阳市金港物流有限公司未设置原始记录和统计台账。整改责任单位：濮阳市金港物流有限公司。"
                "检查单位：市统计局执法监督科。整改期限：2024年8月31日前。整改情况：正在建立统计台账，已完成1至5月"
                "原始记录补录。"
            ),
            (
                "（三）濮阳县永丰面粉有限公司屡次迟报月度统计报表。整改责任单位：濮阳县永丰面粉有限公司。"
                "检查单位：濮阳县统计局。整改期限：2024年7月15日前。整改情况：未整改。"
            ),
            (
                "（四）濮阳市润丰农业开发有限公司瞒报2023年末从业人员数。整改责任单位：濮阳市润丰农业开发有限公司。"
                "检查单位：市统计局执法监督科。整改要求：自2024年7月19日送达之日起10个工作日内更正。"
            ),
        ],
    ),
    (
        "二、有关部门和乡镇统计违法问题",
        [
            (
                "（五）清丰县产业集聚区管理委员会代填代报入库企业统计数据。整改责任单位：清丰县产业集聚区管理委员会。"
                "检查单位：市统计局执法监督科。整改期限：2024年9月底前。整改情况：已停止代填代报，正在对入库企业"
                "逐一核查。"
            ),
            (
                "（六）南乐县城关镇将主要经济指标分解为目标任务下达企业。整改责任单位：南乐县城关镇人民政府。"
                "检查单位：市统计局执法监督科。整改期限：2024年7月20日。整改情况：已废止相关文件，整改完成。"
            ),
            (
                "（七）市工信委擅自制发企业生产经营情况调查表。整改责任单位：市工信委。检查单位：市统计局执法监督科。"
                "整改期限：2024年8月15日。整改情况：已停止使用该调查表，正在按程序报批。"
            ),
        ],
    ),
]


def write_stat_docx(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "关于2024年统计执法检查发现问题及整改情况的通报")
    _paragraph(doc, "各县（区）统计局，市直有关单位：")
    _paragraph(
        doc,
        "2024年上半年，市统计局组织开展统计执法“双随机”检查，对部分统计调查对象和有关部门、乡镇依法统计情况进行了"
        "检查。现将检查发现的问题及整改情况通报如下：",
    )
    for heading, paras in STAT_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "对涉及党纪政务责任的，已移送有关机关处理，处理结果应当于6个月内书面告知市统计局。",
    )
    _paragraph(doc, "濮阳市统计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_stat(path: Path) -> Path:
    return via_soffice(write_stat_docx, path, "doc", "统计执法检查发现问题及整改情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 8. 文书归档及保密管理检查发现问题整改情况表, after a district 委办公室's 关于文书归档检查情况的通报 (区委办（档案局）会同区
# 档案馆对文书档案、照片档案和专业档案的整理情况进行实地检查; 归档不及时、照片未整理、归档文件目录编制):
# http://61.150.65.235/zfxxgk/fdzdgknr/gkwj/qtwj/1907002509636464642.html
# An .et (Excel 97 via LibreOffice): title, 检查单位 line, a two-row header with 整改情况 merged over ticks, units
# under former names, 检查人 beside them, a 说明 line and signature.
ARCH_ROWS = [
    ("市卫计委", "文书档案", "2023年度文件材料未按期归档", "2024.7.31", "已整改", "刘红、马强"),
    ("市文广新局", "照片档案", "照片档案未编写说明、未标注拍摄时间", "8月15日前", "整改中", "刘红、马强"),
    ("市国土局", "保密管理", "部分涉密文件未存放在保密柜", "2024年7月10日", "已整改", "田野、吕静"),
    ("市人社局", "专业档案", "社保业务档案未按规定向档案馆移交", "9月底前", "未整改", "刘红、马强"),
    ("市安监局", "保密管理", "个别工作人员使用微信传输内部文件", "长期坚持", "", "田野、吕静"),
    ("市水务局", "文书档案", "归档文件目录编制不完整", "2024年7月20日", "", "刘红、马强"),
    ("市工商局", "保密管理", "涉密载体销毁未履行审批登记手续", "2024年8月31日", "整改中", "田野、吕静"),
]


def write_arch_book(path: Path) -> Path:
    b = Book(path, author="档案科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 12, 36, 14, 8, 8, 8, 14])
    b.line(ws, 0, "2023年度文书归档及保密管理检查发现问题整改情况表", 8, b.title)
    b.line(ws, 1, "检查单位：市委办公室（市档案局）、市档案馆    检查时间：2024年7月3日至5日", 8)
    for c, w in enumerate(["序号", "被检查单位", "检查类别", "存在问题", "整改时限"]):
        ws.merge_range(2, c, 3, c, w, b.head)
    ws.merge_range(2, 5, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=5)
    ws.merge_range(2, 8, 3, 8, "检查人", b.head)
    marks = {"已整改": 5, "整改中": 6, "未整改": 7}
    for i, (unit, kind, desc, limit, state, who) in enumerate(ARCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, kind, desc, limit], first=1)
        for col in (5, 6, 7):
            b.put(ws, r, col, TICK if marks.get(state) == col else "", b.center)
        b.put(ws, r, 8, who, b.center)
    r = 4 + len(ARCH_ROWS)
    b.line(ws, r, "说明：整改情况在对应栏内打“√”；整改完成后将佐证材料报市档案局。", 8)
    b.line(ws, r + 1, "填表人：          联系电话：          2024年7月30日", 8)
    return b.close()


def write_arch(path: Path) -> Path:
    return via_soffice(write_arch_book, path, "xls", "文书归档及保密管理检查发现问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 驻村帮扶村民组问题清单 from two 工作队/乡镇, after a 乡's 脱贫攻坚 “十个一” 工作规范 (进组入户; 列出一份村民组问题
# 清单 on 水、电、路、网、危房改造及环境整治; 帮办一件实事):
# http://www.scgdj.com/index.php?id=8216
# A .zip of two .xlsx returns: one with a 填报单位 line, a 责任单位 and 包保干部 column and schedule texts; one whose
# unit is named only in its title (no 责任单位 column), with 帮扶干部 beside the items.
VILLAGE_A = [
    (
        "一组",
        "路",
        "村东生产路约800米为土路雨天泥泞",
        "申报生产路硬化项目",
        "濮阳县梨园乡人民政府",
        "李强",
        "7月底前完成测量，9月底前硬化完成",
        "已完成测量，正在申请项目资金",
    ),
    (
        "二组",
        "水",
        "自来水管网老化夏季用水高峰停水",
        "更换主管网",
        "市水利局",
        "王芳",
        "2024年8月20日前",
        "",
    ),
    (
        "三组",
        "电",
        "变压器容量不足夏季频繁跳闸",
        "变压器增容",
        "国网濮阳供电公司",
        "李强",
        "7月15日前",
        "已更换200千伏安变压器，运行正常",
    ),
    (
        "四组",
        "危房改造",
        "脱贫户刘某某房屋墙体开裂",
        "实施危房加固改造",
        "濮阳县住房和城乡建设局",
        "王芳",
        "2024年6月底",
        "已完成加固改造并通过验收",
    ),
]
VILLAGE_B = [
    ("前王称堌村", "五组", "网", "村民组无4G信号覆盖", "陈明", "第三季度", "已协调通信公司完成基站选址"),
    ("孟庄村", "二组", "环境整治", "村头坑塘垃圾堆积多年未清理", "陈明", "2024.7.10", "已清理完毕"),
    ("孟庄村", "三组", "路", "村内主街缺少路灯", "何丽", "年底前", "未启动"),
    ("张庄村", "一组", "水", "灌溉机井损坏无法使用", "何丽", "8月底前", "正在维修"),
]


def write_village_a(path: Path) -> Path:
    b = Book(path, author="驻村工作队")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 8, 10, 32, 18, 22, 10, 30, 30])
    b.line(ws, 0, "濮阳县梨园乡后王村村民组问题清单", 8, b.title)
    b.line(ws, 1, "填报单位：市农业农村局驻后王村工作队    第一书记：张伟    填报日期：2024年7月28日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "村民组",
            "问题类别",
            "问题描述",
            "解决措施",
            "责任单位",
            "包保干部",
            "时间安排",
            "进展情况",
        ],
    )
    for i, row in enumerate(VILLAGE_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(VILLAGE_A), "第一书记（签字）：            村党支部书记（签字）：", 8)
    return b.close()


def write_village_b(path: Path) -> Path:
    b = Book(path, author="王称堌镇")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 8, 10, 32, 10, 14, 30])
    b.line(ws, 0, "濮阳县王称堌镇人民政府驻村帮扶村民组问题清单", 7, b.title)
    b.line(ws, 1, "填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "村名", "村民组", "问题类别", "问题描述", "帮扶干部", "计划完成时间", "完成情况"]
    )
    for i, row in enumerate(VILLAGE_B, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(VILLAGE_B), "注：问题类别按水、电、路、网、危房改造及环境整治填写。", 7)
    return b.close()


def write_village(path: Path) -> Path:
    members = [
        ("濮阳县梨园乡后王村村民组问题清单（市农业农村局驻村工作队）.xlsx", write_village_a),
        ("王称堌镇驻村帮扶村民组问题清单.xlsx", write_village_b),
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
# 10. 政务公开自查整改情况的报告, after a district's 关于2023年政务公开自查整改情况的报告 (政府网站、政务新媒体、政民
# 互动; 存在问题及整改情况: 栏目更新不及时, 已及时更新; 指南表述不规范, 正在整改中; 抖音账号更新不及时; 主账号转载不积极;
# 下一步工作打算):
# https://m.yzwku.com/doc/769946.html
# A .wps (Word 97 via LibreOffice): a report with headings, the 存在问题及整改情况 as a table (平台类别 / 存在问题 /
# 责任单位 / 整改措施 / 整改时限 / 整改情况), units under short and former names, the office and date at the foot.
OPEN_ROWS = [
    (
        "政府网站",
        "“政府常务会议”栏目超过三个月未更新",
        "濮阳市人民政府办公室",
        "补发常务会议信息",
        "2024年7月10日",
        "已及时更新",
    ),
    (
        "政府网站",
        "“涉农补贴”栏目更新不及时",
        "市农委",
        "补充发布补贴发放信息",
        "7月底前",
        "正在补充上传2023年以来补贴发放数据",
    ),
    (
        "信息公开平台",
        "政府信息公开指南表述不规范",
        "市统计局",
        "按照统一模板修订指南",
        "2024年8月15日",
        "正在整改中",
    ),
    (
        "政务新媒体",
        "“濮阳文旅”抖音账号更新不及时、严重超期",
        "市文广旅局",
        "明确专人维护，恢复更新",
        "2024年7月20日",
        "已恢复更新",
    ),
    (
        "政务新媒体",
        "主账号转载中央、省重要信息不积极",
        "市政务服务中心",
        "建立重要信息转载提醒机制",
        "长期坚持",
        "常态化推进",
    ),
    (
        "政民互动",
        "“市长信箱”个别来信答复超期",
        "市住建局",
        "建立来信办理限时提醒",
        "2024年8月31日",
        "",
    ),
    (
        "政府网站",
        "“防控动态”栏目不再更新但未及时归档",
        "市卫计委",
        "对栏目进行归档处理",
        "2024年7月15日",
        "未整改",
    ),
]


def write_open_docx(path: Path) -> Path:
    doc = _new_document("政务公开办")
    _title(doc, "关于2024年第二季度政务公开自查整改情况的报告")
    _paragraph(doc, "市政务公开领导小组：")
    _paragraph(
        doc,
        "按照工作要求，我市认真开展了第二季度政务公开自查工作。现将自查及整改情况报告如下。",
    )
    _paragraph(doc, "一、工作开展情况", 16, "黑体")
    _paragraph(
        doc,
        "二季度，通过市政府门户网站公开政府信息1536条，政务新媒体均能正常更新，“市长信箱”共收到来信86件，"
        "已办结79件。",
    )
    _paragraph(doc, "二、存在问题及整改情况", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(OPEN_ROWS, 1)]
    _table(doc, ["序号", "平台类别", "存在问题", "责任单位", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "三、下一步工作打算", 16, "黑体")
    _paragraph(
        doc,
        "加强更新情况检查，对门户网站、信息公开平台各栏目进行全面检查，确保及时更新，及时归档不再更新的栏目。",
    )
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_open(path: Path) -> Path:
    return via_soffice(write_open_docx, path, "doc", "政务公开自查整改情况的报告.docx")


FILES = [
    ("2024年第二季度食品安全监督抽检不合格食品核查处置情况.xlsx", write_food),
    ("2024年7月生态环境信访举报投诉办理情况.xls", write_petition),
    ("危险化学品企业安全体检隐患整改台账.xlsx", write_haz),
    ("网格事件列表导出（2024年7月）.csv", write_grid),
    ("胜利路街道12345物业投诉工单办理台账（2024年7月）.ods", write_property),
    ("风险疑点核查任务应对情况表.docx", write_tax),
    ("关于2024年统计执法检查发现问题及整改情况的通报.doc", write_stat),
    ("文书归档及保密管理检查发现问题整改情况表.et", write_arch),
    ("驻村帮扶村民组问题清单（两份）.zip", write_village),
    ("关于2024年第二季度政务公开自查整改情况的报告.wps", write_open),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

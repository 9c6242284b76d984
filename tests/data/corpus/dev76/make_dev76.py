"""Write the dev76 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 消防, 卫生健康, 文旅, 交通运输, 人社欠薪, 住建, 农业农村, 教育督导, 市场监管, 水利河湖.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion, re-zipped with fixed times), a CSV in GBK, a .docx report whose items are numbered paragraphs, a .doc
(Word 97 via LibreOffice) self-inspection report, and a .zip of two returns (an .xlsx and a .docx with a table).
Contents are made up; the statistics date is 2024-07-31; dates inside the files and zip member times are fixed.

Run from this folder: python make_dev76.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files.
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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


def _heading(doc, text: str) -> None:
    _paragraph(doc, text, 16, "黑体")


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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, day=False):
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
    if day:
        style.num_format_str = "yyyy-mm-dd"
    return style


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
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
# 1. 消防安全集中夜查, after a city 消防救援支队's 消防安全集中夜查行动 (商场、市场、宾馆酒店; 消防安全责任制、灭火及应急
# 疏散预案、消防疏散通道和安全出口、消防设施器材; 现场抽查员工使用灭火器、消火栓; 当场提出整改意见、责令立即整改;
# 检查各类单位场所20家，发现火灾隐患80处，督促整改71处):
# http://epaper.dtnews.cn/dtwb/html/2023-03/16/content_54_184224.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with the 检查日期 of each place, a place with two hazards in
# a merged name cell, 整改期限 as dates or 当场, a 复查情况 column, a 合计 row and a 填表人 line.
NIGHT_ROWS = [
    # (场所名称, 场所类别, 所在辖区, 检查日期, 火灾隐患, 整改意见, 处理方式, 整改期限, 整改情况, 复查情况)
    (
        "濮阳市金都购物中心有限公司",
        "商场",
        "华龙区",
        date(2024, 7, 9),
        "二层东侧安全出口被促销货架堵塞",
        "立即清理货架，保持安全出口畅通",
        "责令当场改正",
        "当场",
        "已当场清理",
        "复查合格",
    ),
    (
        None,
        "商场",
        "华龙区",
        date(2024, 7, 9),
        "消防控制室仅1人值班，且值班人员无证上岗",
        "落实24小时双人持证值班",
        "下发责令限期改正通知书",
        date(2024, 7, 24),
        "已增配持证值班人员2名",
        "复查合格",
    ),
    (
        "濮阳市龙都国际大酒店有限公司",
        "宾馆酒店",
        "华龙区",
        date(2024, 7, 9),
        "七楼客房走道应急照明灯4盏损坏",
        "更换损坏的应急照明灯",
        "下发责令限期改正通知书",
        date(2024, 7, 20),
        "已更换3盏，剩余1盏待到货后更换",
        "",
    ),
    (
        "濮阳市中原路小商品批发市场",
        "市场",
        "华龙区",
        date(2024, 7, 10),
        "商铺内私拉电线为电动自行车充电",
        "拆除私拉电线，设置集中充电区域",
        "下发责令限期改正通知书",
        date(2024, 7, 31),
        "私拉电线已拆除，集中充电棚正在建设",
        "",
    ),
    (
        "濮阳市华龙区福缘宾馆",
        "宾馆酒店",
        "华龙区",
        date(2024, 7, 10),
        "员工不会使用室内消火栓，消防安全“四个能力”培训缺失",
        "组织全员消防安全培训",
        "下发责令限期改正通知书",
        date(2024, 7, 26),
        "未整改",
        "",
    ),
    (
        "濮阳市天润大酒店有限公司",
        "宾馆酒店",
        "开发区",
        date(2024, 7, 11),
        "厨房燃气管道穿越员工宿舍，未设置可燃气体报警装置",
        "改移燃气管道，加装可燃气体报警装置",
        "下发责令限期改正通知书",
        date(2024, 8, 15),
        "",
        "",
    ),
    (
        "濮阳市东方家居建材市场管理有限公司",
        "市场",
        "开发区",
        date(2024, 7, 11),
        "自动喷水灭火系统末端试水装置压力不足",
        "检修喷淋泵和稳压设施",
        "下发责令限期改正通知书",
        date(2024, 8, 10),
        "已委托维保单位检修，正在更换稳压泵",
        "",
    ),
    (
        "濮阳市新世纪商场有限公司",
        "商场",
        "华龙区",
        date(2024, 7, 12),
        "灭火和应急疏散预案多年未修订，未组织疏散演练",
        "修订预案，每半年至少演练一次",
        "下发责令限期改正通知书",
        date(2024, 7, 25),
        "已修订预案并于7月22日组织疏散演练",
        "复查合格",
    ),
]


def write_night(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("夜查台账")
    b.widths(ws, [6, 26, 10, 10, 12, 32, 24, 16, 12, 26, 10])
    b.line(ws, 0, "消防安全集中夜查行动火灾隐患整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市消防救援支队防火监督处、华龙区消防救援大队、开发区消防救援大队    "
        "检查时间：2024年7月9日至7月12日（夜间）",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "单位（场所）名称",
            "场所类别",
            "所在辖区",
            "检查日期",
            "检查发现火灾隐患",
            "整改意见",
            "处理方式",
            "整改期限",
            "整改情况",
            "复查情况",
        ],
    )
    r = 3
    n = 0
    for row in NIGHT_ROWS:
        name, *rest = row
        if name is not None:
            n += 1
            span = 2 if name == "濮阳市金都购物中心有限公司" else 1
            b.merge(ws, r, 0, r + span - 1, 0, n, b.center)
            b.merge(ws, r, 1, r + span - 1, 1, name)
        b.row(ws, r, rest, first=2)
        r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws,
        r,
        1,
        r,
        10,
        "本次夜查共检查商场、市场、宾馆酒店等单位场所20家，发现火灾隐患61处，当场督促整改53处；"
        "上表列出其中8处",
    )
    b.line(
        ws, r + 2, "填表人：宋立伟    审核人：郑海涛    联系电话：0393-8990119    填报日期：2024年7月29日", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 一级医疗机构专项监督检查, after a district's account of its 卫生监督所 and 疾控中心 checking the 29 一级医疗机构
# (传染病防治、院内感染管理、放射卫生、医政管理及不良执业行为记分; 出具卫生监督意见书，责令限期整改，并对各单位进行
# 不良执业行为记分):
# http://andreamacias.com/pzsh/ht/2019-03-22/3023.html
# An .xls (xlwt): title, 填报单位/检查时间 line, one header row with the 检查日期, the 检查类别, the 卫生监督意见书 number
# and the 不良执业行为记分 beside the 整改时限 (one 立即整改), a 注 line and a signature line.
CLINIC_ROWS = [
    # (医疗机构, 检查日期, 检查类别, 存在问题, 意见书文号, 整改时限, 记分, 整改落实情况)
    (
        "濮阳市华龙区胜利路街道社区卫生服务中心",
        date(2024, 6, 18),
        "传染病防治",
        "预检分诊点未设置独立通道，发热患者登记信息不全",
        "华卫监意〔2024〕061号",
        "2024年7月10日",
        2,
        "已设置独立通道并完善登记，经复查合格",
    ),
    (
        "濮阳市华龙区孟轲乡卫生院",
        date(2024, 6, 18),
        "院内感染管理",
        "口腔科牙科手机未做到一人一用一灭菌",
        "华卫监意〔2024〕062号",
        "2024年7月5日",
        3,
        "已增购牙科手机18支及压力蒸汽灭菌器1台，已整改",
    ),
    (
        "濮阳市华龙区仁和诊所",
        date(2024, 6, 20),
        "医政管理",
        "聘用1名未取得医师执业证书人员独立从事诊疗活动",
        "华卫监意〔2024〕065号",
        "立即整改",
        6,
        "已停止该人员从事诊疗活动，已整改到位",
    ),
    (
        "濮阳市华龙区康宁中医诊所",
        date(2024, 6, 21),
        "院内感染管理",
        "医疗废物暂存处无防渗漏措施，医疗废物交接登记不全",
        "华卫监意〔2024〕067号",
        "2024年7月31日",
        1,
        "正在改造医疗废物暂存间",
    ),
    (
        "濮阳市华龙区岳村镇卫生院",
        date(2024, 6, 24),
        "放射卫生",
        "放射工作人员未佩戴个人剂量计，DR机房门口无电离辐射警示标识",
        "华卫监意〔2024〕070号",
        "2024年7月20日",
        2,
        "未整改",
    ),
    (
        "濮阳市华龙区济民口腔门诊部",
        date(2024, 6, 25),
        "放射卫生",
        "牙片机放射诊疗许可未按期校验",
        "华卫监意〔2024〕072号",
        "2024年8月31日",
        3,
        "",
    ),
    (
        "濮阳市华龙区惠民医院",
        date(2024, 6, 26),
        "医政管理",
        "抽查运行病历12份，抗菌药物使用无病程记录说明",
        "华卫监意〔2024〕074号",
        "2024年9月30日",
        2,
        "已组织病历书写质控培训，正在逐份整改",
    ),
    (
        "濮阳市华龙区安康门诊部",
        date(2024, 6, 27),
        "传染病防治",
        "传染病疫情未实行网络直报，传染病报告卡填写不规范",
        "华卫监意〔2024〕076号",
        "2024年7月15日",
        2,
        "已开通网络直报并完成自查，已整改",
    ),
]


def write_clinic(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, day=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "一级医疗机构专项监督检查发现问题整改情况汇总表", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市华龙区卫生健康委员会（区卫生计生监督所、区疾病预防控制中心）    "
            "检查时间：2024年6月17日至6月28日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "医疗机构名称",
        "检查日期",
        "检查类别",
        "存在问题",
        "卫生监督意见书文号",
        "整改时限",
        "不良执业行为记分",
        "整改落实情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(CLINIC_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                cells.append((r, col, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, col, v, ctr if col in (3, 6, 7) else c))
    r = 3 + len(CLINIC_ROWS)
    cells += [
        (
            r,
            0,
            "注：本次共检查一级医疗机构29家，出具卫生监督意见书29份；上表列出问题较突出的8家。"
            "不良执业行为记分按《医疗机构不良执业行为记分管理办法》执行。",
            plain,
            r,
            last,
        ),
        (
            r + 1,
            0,
            "填表人：韩素芳    审核人：王建民    联系电话：0393-8325106    填报日期：2024年7月26日",
            plain,
            r + 1,
            last,
        ),
    ]
    widths = [6, 34, 12, 12, 40, 22, 14, 10, 34]
    return _write_xls(path, [("汇总表", cells)], widths)


# ---------------------------------------------------------------------------------------------
# 3. A级旅游景区整治检查, after a provincial 旅游局's 通报 of its A级景区整治检查 (撤销质量等级、严重警告、通报批评;
# 游客服务中心功能不齐全、旅游解说系统和指示牌不规范、安全防护设施不完善、游客服务中心在营业时间大门紧闭、管理制度
# 公示牌设计混乱、游客量稀少; 限期6个月整改 / 限期3个月整改):
# http://sy.01ny.cn/forum.php?action=printable&mod=viewthread&tid=4622941
# A .docx report to the 督查局 in the 通报's shape: title, 主送, a preamble naming the 通报 and its date, one numbered
# paragraph per 景区 (its grade, problems, sanction, 限期 with the date it runs to, and the progress), a closing
# paragraph, the bureau and the date.
SCENIC_PARAS = [
    (
        "（一）濮阳县毛楼生态旅游区（4A级）。存在游客服务中心功能不齐全、无障碍卫生间缺失、部分导览指示牌褪色破损等"
        "问题，给予严重警告，限期6个月整改（2024年10月10日前）。整改情况：游客服务中心改造工程已完成招标，目前正在"
        "施工；导览指示牌已全部更换。"
    ),
    (
        "（二）濮阳市龙乡湿地公园景区（4A级）。存在旅游解说系统不完善、二维码语音导览无法使用、停车场标识不清等问题，"
        "给予通报批评，限期3个月整改（2024年7月10日前）。整改情况：已更新语音导览系统，重新施划停车场标线、增设"
        "指示标识，整改已完成。"
    ),
    (
        "（三）南乐县仓颉文化苑景区（3A级）。游客服务中心在正常营业时间大门紧闭，管理制度公示牌设计混乱，给予严重"
        "警告，限期6个月整改（2024年10月10日前）。整改情况：已调整游客服务中心开放时间并安排专人值守，管理制度公示牌"
        "正在重新设计制作。"
    ),
    (
        "（四）范县黄河风情园景区（3A级）。经营主体变更后亲水平台护栏松动、安全防护设施不完善，存在较大安全隐患，"
        "给予严重警告，限期3个月整改（2024年7月10日前）。整改情况：因新经营主体资金未到位，目前尚未开始整改。"
    ),
    (
        "（五）台前县渡口红色文化园景区（3A级）。景区旅游厕所数量不足、保洁不到位，给予通报批评，限期3个月整改"
        "（2024年7月10日前）。整改情况：已新建旅游厕所1座并落实专人保洁，经市文化广电和旅游局复核验收合格。"
    ),
    (
        "（六）清丰县孝道文化园景区（4A级）。游客量稀少，部分展馆长期闭馆，讲解员配备不足，给予严重警告，限期6个月"
        "整改（2024年10月10日前）。"
    ),
    (
        "（七）华龙区戚城遗址公园景区（3A级）。安全应急预案未及时修订，部分消防器材过期，给予通报批评，限期3个月整改"
        "（2024年7月10日前）。整改情况：已更换全部过期灭火器，应急预案修订稿正在征求意见。"
    ),
]


def write_scenic(path: Path) -> Path:
    doc = _new_document("资源开发科")
    _title(doc, "濮阳市文化广电和旅游局关于A级旅游景区整治检查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年4月10日，我局印发《关于全市A级旅游景区整治检查情况的通报》，对检查中发现问题较多的7家A级旅游景区"
        "分别给予严重警告、通报批评，并责令限期整改。现将各景区整改情况报告如下：",
    )
    for text in SCENIC_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将对整改不力、逾期未完成整改的景区提请省文化和旅游厅取消其质量等级，并持续开展A级旅游景区"
        "动态复核，推动景区服务质量提升。",
    )
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 机动车综合性能检测站和客、危运输车辆维修企业安全生产检查, after a district 运管处's check of its 综检站 and the
# 客运、危险品运输车辆维修企业 (共涉及企业10家：综检站5家，客运车辆维修企业2家，危险品运输车辆维修企业3家; 部分企业
# 未按要求制定安全培训计划、部分企业灭火器失效; 现场发出整改要求，责令限期改正，整改情况报运管处):
# https://jtj.changzhou.gov.cn/html/jtj/2019/JIPMJLKI_0116/193640.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with the 企业类型, dates as text,
# the 运管 复核意见 beside the 企业整改情况, a 合计 row and a 填报人 line.
TRANSPORT_ROWS = [
    # (企业类型, 被检查企业, 存在问题, 整改要求, 整改时限, 企业整改情况, 复核意见)
    (
        "机动车综合性能检测站",
        "濮阳市通达机动车检测有限公司",
        "未按要求制定年度安全生产教育培训计划",
        "制定培训计划并报运输管理科备案",
        "2024.7.15",
        "已制定并报备",
        "复核通过",
    ),
    (
        "机动车综合性能检测站",
        "濮阳市安顺机动车综合性能检测站",
        "检测车间灭火器2具压力不足失效",
        "更换失效灭火器，建立月检记录",
        "2024.7.10",
        "已更换",
        "同意销号",
    ),
    (
        "机动车综合性能检测站",
        "濮阳县通安机动车检测有限公司",
        "检测线地沟两侧安全防护栏缺失",
        "加装地沟防护栏和警示标志",
        "2024.7.20",
        "防护栏正在加工制作",
        "",
    ),
    (
        "客运车辆维修企业",
        "濮阳市众诚汽车维修有限公司",
        "客车维修竣工出厂检验记录不全，无检验员签字",
        "完善竣工检验制度，补齐检验记录",
        "2024.7.31",
        "未整改",
        "",
    ),
    (
        "客运车辆维修企业",
        "市众意公交公司（保修厂）",
        "保修厂举升机超期未检验",
        "委托检验机构检验，检验合格后方可使用",
        "2024.7.20",
        "已检验合格",
        "复核通过",
    ),
    (
        "危险品运输车辆维修企业",
        "濮阳市恒运危险品车辆维修有限公司",
        "罐车维修前未进行清洗置换和可燃气体检测，动火作业无审批手续",
        "建立动火作业审批制度，维修前清洗置换并检测",
        "2024.7.12",
        "已建立动火作业审批制度，配备可燃气体检测仪",
        "复核通过",
    ),
    (
        "危险品运输车辆维修企业",
        "濮阳市中石汽修服务有限公司",
        "维修车间与喷漆房之间未进行防火分隔",
        "按规范设置防火墙和防火门",
        "2024.8.31",
        "",
        "",
    ),
    (
        "危险品运输车辆维修企业",
        "清丰县鑫达汽车修理厂",
        "2名电焊工无特种作业操作证上岗",
        "停止无证人员作业，组织参加培训取证",
        "2024.7.25",
        "已停止无证人员作业，2人已报名参加8月培训考试",
        "",
    ),
]


def write_transport_book(path: Path) -> Path:
    b = Book(path, author="运输管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 20, 30, 36, 30, 12, 30, 12])
    b.line(ws, 0, "机动车检测站及客、危运输车辆维修企业安全生产检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市交通运输局运输管理科、市交通运输综合行政执法支队    检查时间：2024年7月2日至7月5日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业类型",
            "被检查企业名称",
            "存在问题",
            "整改要求",
            "整改时限",
            "企业整改情况",
            "复核意见",
        ],
    )
    for i, row in enumerate(TRANSPORT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TRANSPORT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        7,
        "共检查企业10家（检测站5家、客运车辆维修企业2家、危险品运输车辆维修企业3家），发现问题8个",
    )
    b.line(ws, end + 2, "填报人：吕德胜    联系电话：0393-8317265    填报日期：2024年7月30日", 7)
    return b.close()


def write_transport(path: Path) -> Path:
    return via_soffice(write_transport_book, path, "xls", "检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 欠薪问题线索办理, after a city 人社局's account of its 清欠 work (部门联动、分类监管; 排查在建项目; 受理举报投诉
# 125起，均在法定时效内快立快办快结; 群体性欠薪启动应急预案，涉嫌犯罪的及时移交公安机关; 上级交办信访案件):
# http://www.iradiouk.com/article/20480
# A CSV in GBK: title line, 填报单位 line, one header line with the 交办日期 the 工作日 count from, the 被反映单位
# (the employer) beside the 责任单位 (the handling unit, some under a short or former name), a 合计 line and a
# 填报人 line.
WAGE_ROWS = [
    # (线索来源, 交办日期, 被反映单位（项目）, 反映问题, 人数, 金额, 责任单位, 办结时限, 办理进展)
    (
        "12345热线",
        "2024-07-02",
        "锦绣华庭三期项目（濮阳市宏建建筑工程有限公司）",
        "反映拖欠木工班组工资",
        18,
        "36.5",
        "市住建局",
        "2024-07-20",
        "已协调总包单位从农民工工资专用账户支付，工资已结清",
    ),
    (
        "信访交办",
        "2024-07-03",
        "S212濮阳段改建工程第二标段（河南通衢路桥工程有限公司）",
        "反映拖欠钢筋工工资",
        26,
        "48.2",
        "市交通运输局",
        "2024-07-31",
        "已约谈施工企业负责人，正在核对工资表",
    ),
    (
        "现场投诉",
        "2024-07-05",
        "濮阳市惠丰食品有限公司",
        "反映拖欠3名员工两个月工资",
        3,
        "1.6",
        "濮阳市华龙区人力资源和社会保障局",
        "10个工作日",
        "已立案，下达《劳动保障监察限期改正指令书》，企业正在筹措资金",
    ),
    (
        "12345热线",
        "2024-07-08",
        "濮阳县城关镇安居苑二期项目（濮阳市广厦建设有限公司）",
        "反映拖欠水电安装班组工资",
        12,
        "22.0",
        "濮阳县人力资源和社会保障局",
        "2024-07-25",
        "未办理",
    ),
    (
        "国家根治欠薪线索反映平台",
        "2024-07-09",
        "金堤河治理工程第三标段（河南豫水水利工程有限公司）",
        "反映拖欠挖掘机司机工资",
        5,
        "9.8",
        "市水务局",
        "2024-07-26",
        "已足额支付，工人签字确认",
    ),
    (
        "12345热线",
        "2024-07-10",
        "濮阳市恒达电子科技有限公司",
        "反映拖欠离职员工工资及加班费",
        7,
        "4.3",
        "濮阳经济技术开发区劳动保障监察大队",
        "2024-07-24",
        "",
    ),
    (
        "信访交办",
        "2024-07-12",
        "清丰县人民医院门诊楼改造项目（濮阳市卓远建筑劳务有限公司）",
        "群体性讨薪，涉嫌恶意欠薪",
        31,
        "67.0",
        "清丰县人力资源和社会保障局",
        "2024-08-12",
        "已启动应急周转金先行垫付，涉嫌拒不支付劳动报酬罪线索已移交公安机关",
    ),
    (
        "12345热线",
        "2024-07-15",
        "悦城小区物业项目（濮阳市安居物业服务有限公司）",
        "反映拖欠保洁员工资",
        9,
        "2.7",
        "濮阳市华龙区人力资源和社会保障局",
        "10个工作日",
        "已结清",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月欠薪问题线索办理台账"] + [""] * 9)
    w.writerow(
        ["填报单位：濮阳市人力资源和社会保障局（劳动保障监察支队）；办结时限按工作日计算的，自交办日期起算"]
        + [""] * 9
    )
    w.writerow(
        [
            "序号",
            "线索来源",
            "交办日期",
            "被反映单位（项目）",
            "反映问题",
            "涉及人数",
            "涉及金额（万元）",
            "责任单位",
            "办结时限",
            "办理进展",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    people = sum(r[4] for r in WAGE_ROWS)
    money = sum(float(r[5]) for r in WAGE_ROWS)
    w.writerow(["合计", "", "", "", "", people, f"{money:.1f}", "", "", ""])
    w.writerow(["填报人：郝文静    审核人：孟庆国    填报日期：2024年7月30日"] + [""] * 9)
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 建设工地安全整治专项行动检查, after a city 住建局's 通报 of its 建设工地安全整治专项行动 (抽查在建房屋建筑工程120个，
# 下达责令限期改正通知书，督促整改安全(消防)隐患，责令停工项目29个; 抽查在建市政工程20个，下达安全隐患督查通知书，
# 责令停工6个; 记录不良行为; 认真做好检查隐患的整改落实，严格落实施工企业主体责任):
# https://www.dercum.net/xingyexinwen/1184.html
# An .xlsx: title, 填报单位 line, one header row (项目名称, 整改责任单位 = the 施工单位, 监理单位 beside it), section rows
# 一、房屋建筑工程 / 二、市政工程 between the items, the 处理措施 (限期改正 / 停工整改), a 复查结果 column, a 合计 row,
# a 备注 line and a signature line.
SITE_SECTIONS = [
    (
        "一、房屋建筑工程",
        [
            (
                "濮阳市龙湖壹号院二期（1#—6#楼）",
                "河南中原建工集团有限公司",
                "濮阳市建科工程监理有限公司",
                "外脚手架连墙件缺失，剪刀撑设置不连续",
                "责令限期改正",
                "2024年7月15日",
                "已补设连墙件和剪刀撑",
                "复查合格",
            ),
            (
                "华龙区第二实验小学教学楼扩建工程",
                "濮阳市鑫城建设工程有限公司",
                "濮阳市正信工程监理有限公司",
                "施工现场未设置临时消防给水，动火作业无专人监护",
                "责令停工整改",
                "2024年7月20日",
                "临时消防水池正在砌筑，动火作业已安排专人监护",
                "",
            ),
            (
                "濮阳县中心医院新建病房楼",
                "河南华晟建设集团有限公司",
                "濮阳市建科工程监理有限公司",
                "塔吊司机、信号司索工无证上岗",
                "责令限期改正",
                "2024年7月10日",
                "已更换持证人员",
                "复查合格",
            ),
            (
                "清丰县阳光新城三期",
                "濮阳市安泰建筑安装有限公司",
                "清丰县华建工程监理有限公司",
                "基坑临边防护缺失，坑边堆载超过设计限值",
                "责令停工整改",
                "2024年7月25日",
                "未整改",
                "",
            ),
            (
                "南乐县职业教育中心实训楼",
                "濮阳市建工集团有限公司",
                "濮阳市正信工程监理有限公司",
                "施工升降机防坠安全器超期未检定",
                "责令限期改正",
                "2024年8月5日",
                "",
                "",
            ),
        ],
    ),
    (
        "二、市政工程",
        [
            (
                "绿城路（京开大道—濮东路）改造工程",
                "中原市政工程有限公司",
                "濮阳市市政工程监理有限公司",
                "夜间施工区域未设置警示灯和导向标志",
                "下达安全隐患督查通知书",
                "2024年7月12日",
                "已增设警示灯和导向标志",
                "复查合格",
            ),
            (
                "华龙区老旧小区改造配套管网工程",
                "濮阳市宏达市政工程有限公司",
                "濮阳市市政工程监理有限公司",
                "有限空间作业未执行“先通风、再检测、后作业”要求",
                "下达安全隐患督查通知书",
                "2024年7月31日",
                "已组织有限空间作业专项培训，气体检测仪正在采购",
                "",
            ),
            (
                "濮阳市第三污水处理厂提标改造工程",
                "濮阳市水建工程有限公司",
                "濮阳市正信工程监理有限公司",
                "高支模专项施工方案未经专家论证即组织施工",
                "责令停工整改",
                "2024年8月15日",
                "已暂停该部位施工，专家论证会拟于8月上旬召开",
                "",
            ),
        ],
    ),
]


def write_site(path: Path) -> Path:
    b = Book(path, author="质量安全监管科")
    ws = b.sheet("检查问题整改台账")
    b.widths(ws, [6, 30, 26, 24, 34, 16, 16, 30, 10])
    b.line(ws, 0, "全市建设工地安全整治专项行动检查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（建筑工程质量安全监管科）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "整改责任单位（施工单位）",
            "监理单位",
            "检查发现主要问题",
            "处理措施",
            "整改期限",
            "整改情况",
            "复查结果",
        ],
    )
    r = 3
    n = 0
    for section, rows in SITE_SECTIONS:
        b.merge(ws, r, 0, r, 8, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws, r, 1, r, 8, "抽查在建房屋建筑工程26个、市政工程7个，上表列出需跟踪整改的问题8条，其中责令停工3个"
    )
    b.line(ws, r + 1, "备注：整改期限内未完成整改的，依法记录不良行为并在全市通报。", 8)
    b.line(ws, r + 3, "科室负责人：董书文    填表人：崔晓燕    联系电话：0393-8165027", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 农资经营门店联合检查, after a township's account of its “四不两直” 农资检查 with the county 农业农村局执法大队
# (检查农资经营门店7个，检查种子、农药、化肥等农资200余批次; 购销记录不规范、过期农药未下架存入专柜、使用过的
# 农药包装回收不及时; 提出整改意见，并责令限期整改):
# http://www.tibetthsy.com/New/Detail/20230323120902029.html
# An .ods (LibreOffice conversion): title, a line naming the 检查单位, the 检查方式 and the 检查时间 (the base of one
# 立行立改), one header row with the 门店负责人 and the 复查人, a 填表说明 line and a signature line.
AGRI_ROWS = [
    # (经营门店, 负责人, 检查发现问题, 整改意见, 整改时限, 整改结果, 复查人)
    (
        "濮阳县五星乡丰收农资门市部",
        "刘长顺",
        "农药购销台账记录不规范，缺少购买人姓名和联系方式",
        "按要求规范填写购销台账",
        "2024年7月10日",
        "已规范，经复查合格",
        "张国锋",
    ),
    (
        "濮阳县五星乡绿野农资店",
        "王秀兰",
        "过期农药3瓶未下架，未存入专柜",
        "过期农药立即下架并存入专柜",
        "立行立改",
        "已当场下架封存",
        "张国锋",
    ),
    (
        "濮阳县五星乡惠农种子经营部",
        "李建军",
        "在售玉米种子未进行网上备案",
        "办理种子销售网上备案",
        "2024年7月15日",
        "正在办理备案手续",
        "",
    ),
    (
        "濮阳县五星乡金穗化肥门市",
        "赵洪涛",
        "农药包装废弃物回收不及时，回收桶已满溢",
        "及时清运并交回收点处置",
        "2024年7月12日",
        "未整改",
        "",
    ),
    (
        "濮阳县五星乡兴农植保服务部",
        "孙运来",
        "经营限制使用农药未实行定点经营、未实名登记购买人",
        "申请限制使用农药经营许可，建立实名购买登记",
        "2024年7月31日",
        "实名购买登记已建立，限用农药经营许可正在申请",
        "",
    ),
    (
        "濮阳县五星乡新华兽药店",
        "陈立新",
        "兽用处方药与非处方药混放，未分区陈列",
        "分区陈列并设置标识",
        "2024年7月10日",
        "",
        "",
    ),
    (
        "濮阳县五星乡益丰农资超市",
        "周春燕",
        "在售复合肥标签标注养分含量与登记证不符",
        "暂停销售，送样检测",
        "2024年7月20日",
        "已暂停销售并送样检测，等待检测结果",
        "",
    ),
]


def write_agri_book(path: Path) -> Path:
    b = Book(path, author="五星乡农业服务中心")
    ws = b.sheet("检查台账")
    b.widths(ws, [6, 28, 10, 36, 26, 14, 28, 10])
    b.line(ws, 0, "五星乡农资经营门店联合检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县五星乡人民政府、濮阳县农业综合行政执法大队    检查方式：“四不两直”    "
        "检查时间：2024年7月3日",
        7,
    )
    b.header(
        ws, 2, ["序号", "经营门店", "负责人", "检查发现问题", "整改意见", "整改时限", "整改结果", "复查人"]
    )
    for i, row in enumerate(AGRI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AGRI_ROWS)
    b.line(ws, end, "填表说明：本次共检查农资经营门店7个，抽查种子、农药、化肥等农资210批次。", 7)
    b.line(ws, end + 1, "填表人：马俊杰    联系电话：0393-3761055    填表日期：2024年7月29日", 7)
    return b.close()


def write_agri(path: Path) -> Path:
    via_soffice(write_agri_book, path, "ods", "农资门店检查台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 全面改薄“20条底线”专项督导自查, after a city's 全面改薄20条底线要求达标情况专项督导自查报告 (一、达标情况;
# 二、主要做法: 成立领导组、召开培训会、组织市级抽查; the report goes on to the problems and their rectification):
# http://shenghezhuangshi.com.cn/zichabaogao/8438.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, headed parts 一、达标情况 and 二、主要做法 (whose numbered
# paragraphs are not problems), 三、存在问题及整改措施 with the problems as numbered paragraphs naming the bureau's own
# 股室, deadlines and progress in sentences, 四、下一步工作, the bureau and the date.
SCHOOL_FACTS = [
    "截至2024年6月30日，全县义务教育学校（含教学点）386所全部完成自查，县级自查率100%；县政府教育督导室组织抽查"
    "学校232所，抽查比例60.1%。自查整改后达标学校367所，达标率95.1%。",
]
SCHOOL_WAYS = [
    "（一）成立领导组。成立由局长任组长、县政府总督学和分管副局长任副组长的“20条底线”达标工作领导组，统筹推进"
    "达标工作。",
    "（二）召开培训会。5月16日召开全县“20条底线”督导管理系统培训会，部署学校自查和问卷调查工作。",
    "（三）组织县级抽查。县政府教育督导室分五个检查组，按照不低于学校总数60%的比例开展专项抽查。",
]
SCHOOL_PARAS = [
    (
        "1.部分农村寄宿制学校学生床位不足，梁庄镇中心小学、王称堌镇第二小学仍有学生两人一床。整改措施：由计划财务股"
        "统筹薄改资金新购学生床180张，2024年8月20日前安装到位。目前已完成政府采购，待供货安装。"
    ),
    (
        "2.教学点音体美器材配备不达标，12个教学点未配齐体育器材。整改措施：由教育装备股按标准补充配备，2024年9月底"
        "前配齐。目前尚未启动。"
    ),
    (
        "3.仍有5所农村小学使用旱厕。整改措施：由计划财务股牵头改造为水冲式厕所，2024年8月31日前完成。目前已完成3所，"
        "其余2所正在施工。"
    ),
    (
        "4.部分学校围墙破损、校门口未设置减速带和警示标志。整改措施：由学校安全管理股督促学校修缮围墙、协调交警部门"
        "设置减速带，2024年7月15日前完成。目前已全部修缮完毕，经县政府教育督导室复查合格。"
    ),
    "5.农村学校计算机生机比未达到省定标准。整改措施：由教育装备股制定补充计划，2024年底前配齐。",
    (
        "6.仍有3所学校存在D级危房未拆除。整改措施：由学校安全管理股督促学校立即停止使用，2024年8月25日前拆除。目前危房"
        "已停止使用并拉设警戒线，拆除工程正在招标。"
    ),
    "7.农村学校教师周转宿舍不足。整改措施：由人事股会同计划财务股纳入教师周转宿舍建设规划，逐年解决，长期坚持。",
    (
        "8.部分学校图书生均册数不达标，馆藏图书陈旧。整改措施：由基础教育股组织学校剔旧补新，2024年7月20日前完成。"
        "目前已补充图书2.3万册，整改完成。"
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("督导室")
    _title(doc, "濮阳县全面改薄“20条底线”要求达标情况专项督导自查报告")
    _paragraph(doc, "市人民政府教育督导室：")
    _paragraph(
        doc,
        "根据《关于开展全面改善贫困地区义务教育薄弱学校基本办学条件工作专项督导的通知》要求，我县认真组织学校自查"
        "和县级抽查，现将自查情况报告如下。",
    )
    _heading(doc, "一、达标情况")
    for text in SCHOOL_FACTS:
        _paragraph(doc, text)
    _heading(doc, "二、主要做法")
    for text in SCHOOL_WAYS:
        _paragraph(doc, text)
    _heading(doc, "三、存在问题及整改措施")
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _heading(doc, "四、下一步工作")
    _paragraph(
        doc,
        "我局将对照“20条底线”要求，逐校建立问题清单和整改台账，实行销号管理，确保2024年底前全县义务教育学校全部达标。",
    )
    _paragraph(doc, "濮阳县教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "改薄专项督导自查报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 食用农产品批发市场食品安全监督检查, after a town's 食用农产品批发市场食品安全监督检查情况表 (序号、市场名称、检查机关、
# 检查日期、存在问题、整改情况、是否已完成整改; one market over several problem rows; 整改情况 stating the measure):
# http://www.zs.gov.cn/shxz/wgk/zxgk/content/post_1991989.html
# An .xlsx: a dated title, one header row, the 市场名称 / 检查机关 / 检查日期 merged down over each market's rows,
# 整改情况 holding what was done or demanded (some with a date), 是否已完成整改 as 是 / 否 / blank; no deadline column.
MARKETS = [
    (
        "濮阳市华龙区东关农副产品批发市场",
        "华龙区市场监管局东关市场监管所",
        date(2024, 7, 10),
        [
            (
                "活禽区档口垃圾未及时清理，地面污水横流",
                "已督促各活禽经营户落实一日一清洁，现场清理完毕",
                "是",
            ),
            (
                "市场公厕简陋、无标识，保洁不到位",
                "要求市场开办方增设标识、落实专人保洁，7月20日前完成",
                "否",
            ),
            ("垃圾中转站内垃圾收集车斗见蝇", "已对垃圾中转站喷洒药剂灭蝇消毒", "是"),
        ],
    ),
    (
        "濮阳市华龙区建业蔬菜批发市场",
        "华龙区市场监管局胜利路市场监管所",
        date(2024, 7, 11),
        [
            (
                "快检室未按要求开展农药残留快速检测，检测记录不全",
                "已补配快检员1名，检测记录正在补充完善",
                "否",
            ),
            (
                "部分经营户未建立进货查验记录，无法提供产地证明或承诺达标合格证",
                "要求7月31日前全部建立进货查验台账",
                "",
            ),
            ("冷库温度记录缺失，冻品与蔬菜混放", "已分区存放并配备温度记录表", "是"),
        ],
    ),
    (
        "濮阳市华龙区胜利路农贸市场",
        "华龙区市场监管局胜利路市场监管所",
        date(2024, 7, 12),
        [
            ("水产区鲜活水产品未公示产地信息", "已统一制作产地公示牌", "是"),
            (
                "市场未建立不合格食用农产品退市登记台账",
                "要求市场开办方建立不合格产品退市制度，8月10日前完成",
                "否",
            ),
            ("熟食摊位无防蝇防尘设施", "已督促摊主购置防蝇罩，部分摊位已配备", "否"),
        ],
    ),
]


def write_market(path: Path) -> Path:
    b = Book(path, author="食品流通科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 26, 12, 40, 40, 12])
    b.line(ws, 0, "华龙区食用农产品市场食品安全监督检查情况表（20240715）", 6, b.title)
    b.header(ws, 1, ["序号", "市场名称", "检查机关", "检查日期", "存在问题", "整改情况", "是否已完成整改"])
    r = 2
    for i, (market, office, day, rows) in enumerate(MARKETS, 1):
        last = r + len(rows) - 1
        b.merge(ws, r, 0, last, 0, i, b.center)
        b.merge(ws, r, 1, last, 1, market)
        b.merge(ws, r, 2, last, 2, office)
        b.merge(ws, r, 3, last, 3, day.strftime("%Y.%m.%d").replace(".0", "."), b.center)
        for k, (problem, done, flag) in enumerate(rows):
            b.put(ws, r + k, 4, problem)
            b.put(ws, r + k, 5, done)
            b.put(ws, r + k, 6, flag, b.center)
        r = last + 1
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 河长制督查反馈问题整改, after a district 河长办's 第一季度河长制督查 of its six 涉河镇街道 (现场查看、听取汇报、
# 查阅资料、座谈交流; 河长巡河履职、年度专项行动推进、河道保洁; 对上级交办问题整改情况进行复核):
# http://www.e0734.com/c/2024/05/09/1297-573625.html
# A .zip of two 镇 returns to the 河长办's 督查 feedback of 2024-06-25: an .xlsx whose rows carry the 督查类别 of the
# source, the 河流（河段）, the 村级河长 (people) and the 镇级河长; and a .docx report with a table whose rows name the
# 责任领导 only (people), one 长期坚持.
WANGZHU_ROWS = [
    # (督查类别, 河流（河段）, 问题描述, 村级河长, 镇级河长, 整改措施, 整改时限, 整改进展)
    (
        "河长巡河履职",
        "潴龙河王助段",
        "村级河长6月份巡河记录缺失2次，巡河轨迹不足300米",
        "李振华",
        "张卫东",
        "补齐巡河并规范APP打卡",
        "2024年7月10日",
        "已整改到位",
    ),
    (
        "专项行动推进",
        "潴龙河王助段",
        "左岸滩地违规堆放建筑垃圾约300立方米",
        "王红军",
        "张卫东",
        "组织清运并恢复原貌",
        "2024年7月20日",
        "已清运约200立方米，剩余部分正在清运",
    ),
    (
        "河道保洁",
        "顺河沟",
        "沟内水面漂浮生活垃圾和水葫芦",
        "赵明亮",
        "刘海燕",
        "组织人员打捞，落实保洁员日常巡查",
        "2024年7月5日",
        "已打捞干净，复核销号",
    ),
    (
        "上级交办问题复核",
        "第三濮清南干渠",
        "一季度交办的右岸违建养殖棚经复核仍未拆除",
        "孙建国",
        "刘海燕",
        "依法拆除违建养殖棚",
        "2024年7月31日",
        "未整改",
    ),
    (
        "专项行动推进",
        "潴龙河王助段",
        "河道管理范围内种植高秆作物阻碍行洪",
        "王红军",
        "张卫东",
        "劝导农户清除高秆作物",
        "2024年8月15日",
        "",
    ),
    (
        "河长巡河履职",
        "顺河沟",
        "河长公示牌信息未及时更新，监督电话有误",
        "赵明亮",
        "刘海燕",
        "更新河长公示牌信息",
        "2024年7月15日",
        "已更换公示牌",
    ),
]
YUECUN_ROWS = [
    # (问题, 整改措施, 责任领导, 完成时限, 整改情况)
    (
        "马颊河岳村段右岸排污口未设置标识牌，晴天有污水排放",
        "排查溯源，封堵非法排污口，设置排污口标识牌",
        "郭振江",
        "2024年7月31日",
        "已完成溯源，系养殖户直排，已责令停止排放，化粪池正在建设",
    ),
    (
        "镇级河长二季度未召开河长制工作会议",
        "召开镇级河长制专题工作会议",
        "郭振江",
        "2024年7月5日",
        "已于7月3日召开镇级河长制工作会议",
    ),
    (
        "河道保洁员配备不足，部分河段保洁不到位",
        "新增河道保洁员4名，划定保洁责任段",
        "高志刚",
        "2024年7月15日",
        "已招聘保洁员4名并上岗",
    ),
    (
        "河湖长制档案资料不规范，“一河一档”未及时更新",
        "安排专人整理完善河湖长制档案",
        "高志刚",
        "长期坚持",
        "常态化推进",
    ),
    (
        "金堤河岳村段堤顶道路被村民占用晾晒粮食",
        "劝离晾晒粮食，设置禁止占用警示牌",
        "高志刚",
        "2024年7月10日",
        "尚未整改",
    ),
]


def write_wangzhu_book(path: Path) -> Path:
    b = Book(path, author="王助镇河长办")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 16, 36, 10, 10, 28, 16, 30])
    b.line(ws, 0, "濮阳市华龙区王助镇二季度河长制工作督查反馈问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区王助镇人民政府（镇河长办）    督查反馈日期：2024年6月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "督查类别",
            "河流（河段）",
            "问题描述",
            "村级河长",
            "镇级河长",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(WANGZHU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WANGZHU_ROWS)
    b.line(
        ws,
        end + 1,
        "镇河长办负责人：张卫东    填表人：李晓婷    联系电话：0393-4631208    填报日期：2024年7月29日",
        8,
    )
    return b.close()


def write_yuecun_docx(path: Path) -> Path:
    doc = _new_document("岳村镇河长办")
    _title(doc, "濮阳市华龙区岳村镇关于二季度河长制工作督查反馈问题整改情况的报告", 18)
    _paragraph(doc, "区河长办：", 14)
    _paragraph(
        doc,
        "2024年6月25日，区河长办督查组对我镇二季度河长制工作开展情况进行了督查，反馈问题5个。镇党委、政府高度重视，"
        "逐项明确责任领导和完成时限，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(YUECUN_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "责任领导", "完成时限", "整改情况"], body)
    _paragraph(doc, "濮阳市华龙区岳村镇人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_rivers(path: Path) -> Path:
    members = [
        ("王助镇二季度河长制督查反馈问题整改情况表.xlsx", write_wangzhu_book),
        ("岳村镇关于河长制督查反馈问题整改情况的报告.docx", write_yuecun_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("消防安全集中夜查火灾隐患整改台账.xlsx", write_night),
    ("一级医疗机构专项监督检查问题整改汇总表.xls", write_clinic),
    ("关于A级旅游景区整治检查发现问题整改情况的报告.docx", write_scenic),
    ("检测站及客危运输车辆维修企业安全检查整改台账.et", write_transport),
    ("2024年7月欠薪问题线索办理台账.csv", write_wage),
    ("建设工地安全整治专项行动问题整改台账.xlsx", write_site),
    ("五星乡农资经营门店联合检查问题整改台账.ods", write_agri),
    ("濮阳县全面改薄20条底线专项督导自查报告.doc", write_school),
    ("华龙区食用农产品市场食品安全监督检查情况表.xlsx", write_market),
    ("河长制督查反馈问题整改情况（王助镇、岳村镇）.zip", write_rivers),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

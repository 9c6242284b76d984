"""Write the dev102 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 粮食储备、供销与民生保供 (粮库 and 储备库 checks, 政策性粮食库存检查, 储备冻猪肉, 供销社 网点,
惠民菜篮子 and 价格监测, 农贸市场/集贸市场 测评 and 考评).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with a merged 检查项目 column), .et (Excel 97 via
LibreOffice), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .doc 通报 in prose, a .wps with a
table (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date
2024-07-31.
Run from this folder: python make_dev102.py. Needs Python 3.10+, XlsxWriter, xlwt, python-docx and LibreOffice
(soffice) on PATH; every date inside the files and every zip member time is fixed, so two runs give the same bytes.
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
# 1. 国有粮食收储库点和救灾物资储备库“三个安全”抽查, after a prefecture 发展改革委's spot check of 5 国有粮食收储库点
# and 1 救灾物资储备库 (粮食品种、数量、质量、温度、水分、虫害; 化学药剂的领用、使用、管理; “一符、三专、四落实”; 火源、
# 电源、易燃易爆物品的防护管理和消防设施; 库区发现烟盒烟头、新库纱窗破损、烘干塔周边电线接线不规范、未制定临时用电、
# 动火审批制度; 要求立即进行整改，并将结果报州发展改革委安全生产领导小组):
# https://www.xjboz.gov.cn/info/1321/154093.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with 县（区）, 被检查单位 and 库点 beside a 检查日期 the
# 立即整改 counts from, dates partly real dates and partly text, a 合计 row and a 填表人 line.
GRAIN_SPOT_ROWS = [
    (
        "濮阳县",
        "濮阳县国有粮食收储有限公司",
        "庆祖库点",
        date(2024, 7, 9),
        "库区内发现烟盒、烟头，火源管理不到位",
        "开展库区火源专项清理，严禁烟火制度上墙公示",
        "立即整改",
        "已整改",
    ),
    (
        "濮阳县",
        "濮阳县国有粮食收储有限公司",
        "庆祖库点1万吨新仓",
        date(2024, 7, 9),
        "新建仓房纱窗破损，防鼠防雀设施失效",
        "更换破损纱窗，加装挡鼠板",
        date(2024, 7, 20),
        "已更换完毕，经复查合格",
    ),
    (
        "清丰县",
        "清丰县良丰粮食收储有限公司",
        "烘干塔",
        date(2024, 7, 10),
        "烘干塔周边电线接线不规范，存在裸露接头",
        "由持证电工重新敷设线路并穿管保护",
        date(2024, 7, 31),
        "正在整改",
    ),
    (
        "清丰县",
        "清丰县良丰粮食收储有限公司",
        "—",
        date(2024, 7, 10),
        "未制定临时用电、动火作业审批制度，无临时用电记录",
        "制定审批制度，建立临时用电和动火作业记录",
        "8月15日前",
        "",
    ),
    (
        "南乐县",
        "南乐县鑫粮粮食收储有限公司",
        "3号仓",
        date(2024, 7, 10),
        "储粮药剂库双人双锁制度未落实，药剂领用登记不全",
        "落实双人双锁，规范药剂领用登记",
        date(2024, 7, 25),
        "未整改",
    ),
    (
        "范县",
        "范县粮食和物资储备中心",
        "救灾物资储备库",
        date(2024, 7, 11),
        "棉被、帐篷等救灾物资码放未离地离墙，部分货位卡缺失",
        "增设垫板，补齐货位卡",
        "7月底前",
        "已完成",
    ),
    (
        "台前县",
        "台前县金禾粮食购销有限公司",
        "2号仓",
        date(2024, 7, 11),
        "粮情检测记录未按规定每周填写，粮温异常点未分析处置",
        "补齐粮情记录，建立异常粮情处置台账",
        "长期坚持",
        "长期坚持",
    ),
    (
        "华龙区",
        "濮阳市华龙区粮食购销有限公司",
        "岳村库点",
        date(2024, 7, 9),
        "消防水池水位不足，消防泵无法正常启动",
        "维修消防泵，补足消防水池",
        "2024.8.31",
        "已联系厂家，配件到货后维修",
    ),
]


def write_grain_spot(path: Path) -> Path:
    b = Book(path, author="粮食和物资储备科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 9, 28, 18, 12, 36, 30, 12, 26])
    b.line(ws, 0, "全市国有粮食收储库点及救灾物资储备库“三个安全”抽查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市发展和改革委员会安全生产领导小组办公室    检查时间：2024年7月9日至7月11日"
        "    “立即整改”的以检查日期为整改时限",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "被检查单位",
            "库点（仓房）",
            "检查日期",
            "检查发现问题",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(GRAIN_SPOT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GRAIN_SPOT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共抽查国有粮食收储库点7个、救灾物资储备库1个，发现问题8个")
    b.line(
        ws,
        end + 2,
        "填表人：袁志刚    审核人：孟凡军    联系电话：0393-8992316    填报日期：2024年7月29日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 粮油安全普查, after a provincial 粮食和物资储备局's notice of a seasonal 粮油安全普查 with its 安全储粮检查清单
# (附件1) in four parts: 仓储管理制度标准执行情况 (粮情检查记录簿、通风记录簿、熏蒸作业记录簿 …), 粮油安全储存情况
# (温度、水分、发热、霉变、虫害; 仓房门窗周边及粮堆表层、边角), 仓储设施设备尤其是简易储粮设施 (仓房编号、通风、密闭
# 隔热性能), 应知应会应责情况 (《粮油安全储存守则》):
# http://lscb.shandong.gov.cn/art/2021/3/12/art_15412_10288179.html
# An .xls (xlwt): title, 普查单位/普查时间 line, a two-row header (整改落实情况 over three columns), the 检查项目 merged
# down its rows, a 注 line and a 填表人 line.
SURVEY_GROUPS = [
    (
        "仓储管理制度标准执行情况",
        [
            (
                "濮阳县城关粮食储备库",
                "仓房粮情检查记录簿、通风记录簿悬挂不齐全，记录不完整",
                "补齐记录簿，明确专人填写",
                "2024年7月20日",
                "已完成",
            ),
            (
                "濮阳县柳屯粮食购销有限公司",
                "熏蒸作业记录簿缺少作业人员和安全员签字",
                "补签并规范熏蒸作业审批",
                "2024年7月20日",
                "已补签，整改完成",
            ),
        ],
    ),
    (
        "粮油安全储存情况",
        [
            (
                "濮阳县文留粮食储备库",
                "7号仓粮堆表层局部结露，东北角粮温偏高",
                "开展通风降温，翻动表层粮食",
                "7月15日前",
                "已通风降温，粮温恢复正常",
            ),
            (
                "濮阳县户部寨粮食购销有限公司",
                "3号仓门窗周边发现少量玉米象",
                "局部杀虫处理，加强门窗密闭",
                "7月20日前",
                "正在进行局部熏蒸",
            ),
        ],
    ),
    (
        "仓储设施设备情况",
        [
            (
                "濮阳县城关粮食储备库",
                "仓房编号不规范，部分仓号牌缺失",
                "按标准统一制作仓号牌",
                "2024年8月10日",
                "",
            ),
            (
                "濮阳县王称堌粮食购销有限公司",
                "简易储粮罩棚篷布老化破损，存在雨水渗漏隐患",
                "更换罩棚篷布",
                "2024年7月10日",
                "未整改",
            ),
            (
                "濮阳县文留粮食储备库",
                "仓房门窗密封条老化，密闭隔热性能差",
                "更换门窗密封条",
                "9月底前",
                "已完成材料采购，待施工",
            ),
        ],
    ),
    (
        "应知应会应责情况",
        [
            (
                "濮阳县柳屯粮食购销有限公司",
                "保管员对《粮油安全储存守则》应知应会内容掌握不足",
                "组织保管员培训考试",
                "长期坚持",
                "常态化开展",
            ),
        ],
    ),
]


def write_survey(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年夏季粮油安全普查发现问题清单", t, 0, 7),
        (
            1,
            0,
            "普查单位：濮阳县粮食和物资储备中心（盖章）    普查时间：2024年7月1日—7月12日    填报日期：2024年7月26日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(["序号", "检查项目", "承储企业（库点）", "存在问题"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 4, "整改落实情况", h, 2, 6),
        (3, 4, "整改措施", h),
        (3, 5, "完成时限", h),
        (3, 6, "整改进展", h),
        (2, 7, "备注", h, 3, 7),
    ]
    r, n = 4, 0
    for group, rows in SURVEY_GROUPS:
        if len(rows) > 1:
            cells.append((r, 1, group, ctr, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, group, ctr))
        for unit, problem, measure, limit, progress in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 2, unit, c),
                (r, 3, problem, c),
                (r, 4, measure, c),
                (r, 5, limit, ctr),
                (r, 6, progress, c),
                (r, 7, "", c),
            ]
            r += 1
    cells += [
        (r, 0, "注：整改进展栏填写“已完成”“整改中”或“未整改”，并简要说明。", plain, r, 7),
        (r + 1, 0, "填表人：付秀英    审核人：梁建华    联系电话：0393-3271158", plain, r + 1, 7),
    ]
    return _write_xls(path, [("问题清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 粮站仓储规范化管理检查, after a district 粮食局's check of its 13 粮站 and two 外租库 by 2 检查组 (检查标准量化
# 成表格、分项打分; 帐、卡、簿填写; 粮温检测; “三防”设施; 消防器材及消防池“水清池满”; 值班站岗; 对帐卡簿填写不规范、
# 查粮信息填写不全等问题下达整改通知书，明确整改内容和时间):
# http://m.mkxs6.com/cms/show-147843.html
# An .et (Excel 97 via LibreOffice): title, 检查组/检查时间 line stating the day the 整改通知书 was served (the base
# of 15日内 / 10个工作日), one header row with the 检查评分 and the 复查人 (an inspector), a 注 line and a 填报人 line.
DEPOT_ROWS = [
    (
        "第一检查组",
        "南乐县粮食收储有限公司城关粮站",
        86,
        "保管账、统计账与货位卡数量不一致，账卡簿填写不规范",
        "15日内",
        "已整改，复查合格",
        "郑海涛",
    ),
    (
        "第一检查组",
        "南乐县粮食收储有限公司千口粮站",
        82,
        "查粮信息记录填写不全，缺少6月份粮温检测数据",
        "15日内",
        "正在整改",
        "",
    ),
    (
        "第一检查组",
        "南乐县粮食收储有限公司张果屯粮站",
        79,
        "消防池未保持水清池满，消防器材摆放不规范",
        "10个工作日",
        "未整改",
        "郑海涛",
    ),
    (
        "第二检查组",
        "南乐县粮食收储有限公司近德固粮站",
        88,
        "库体墙面开裂，雨季存在渗漏隐患",
        "2024年9月30日",
        "已委托维修，正在施工",
        "",
    ),
    (
        "第二检查组",
        "南乐县粮食收储有限公司杨村粮站",
        84,
        "粮食输送机械摆放混乱，设备保养记录缺失",
        "7日内",
        "已整改",
        "韩立伟",
    ),
    (
        "第二检查组",
        "南乐县粮食收储有限公司元村粮站",
        75,
        "外租库未与出租方签订安全管理协议，值班站岗制度未落实",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "第二检查组",
        "南乐县粮食收储有限公司福堪粮站",
        80,
        "粮库“三防”设施不完善，仓门挡鼠板缺失",
        "15日内",
        "复查未通过，未整改",
        "韩立伟",
    ),
]


def write_depot_book(path: Path) -> Path:
    b = Book(path, author="仓储股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 32, 10, 40, 14, 20, 10])
    b.line(ws, 0, "粮站仓储规范化管理检查整改通知书落实情况表", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：南乐县粮食和物资储备中心（两个检查组）    检查时间：2024年6月24日至6月27日    "
        "整改通知书于2024年7月1日下达，整改期限自下达之日起计算",
        7,
    )
    b.header(
        ws, 2, ["序号", "检查组", "粮站（库点）", "检查评分", "存在问题", "整改期限", "落实情况", "复查人"]
    )
    for i, row in enumerate(DEPOT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DEPOT_ROWS)
    b.line(ws, end, "注：检查评分满分100分，按仓储规范化管理量化表逐项打分。", 7)
    b.line(ws, end + 1, "填报人：石红岩    联系电话：0393-7223065    填报日期：2024年7月24日", 7)
    return b.close()


def write_depot(path: Path) -> Path:
    return via_soffice(write_depot_book, path, "xls", "粮站仓储规范化管理检查整改通知书落实情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 政策性粮食库存检查, after a provincial account of the 政策性粮食库存数量和质量大清查 (账实不符、质价不符、卫生安全、
# 违规质押; 储备粮轮换管理、政策性粮食出库、库贷挂钩、财政补贴拨付; 对发现的各类问题形成问题清单，建立整改台账，
# 下发整改通知书，明确整改时限和要求，实行销号整改):
# http://wuhan.baogaosu.com/xinwen/%E6%94%BF%E7%AD%96%E6%80%A7%E7%B2%AE%E9%A3%9F%E5%BA%93%E5%AD%98%E6%95%B0%E9%87%8F%E5%92%8C%E8%B4%A8%E9%87%8F%E5%A4%A7%E6%B8%85/69843920/
# An .xlsx of two sheets: the 整改台账 (title, 填报单位 line, a two-row header with 整改通知书 over 文号 and 下达日期 and
# a 销号情况 column beside 整改情况) and a 问题汇总 sheet counting the problems by 县（区） with a 合计 row.
AUDIT_ROWS = [
    (
        "KC-2024-01",
        "濮阳县",
        "濮阳县豫丰粮食储备有限公司",
        "账实不符",
        "2号仓地方储备小麦实际数量比保管账少42.6吨",
        "濮粮查改〔2024〕1号",
        date(2024, 6, 28),
        "2024年7月31日",
        "已查明原因，补足数量",
        "已销号",
    ),
    (
        "KC-2024-02",
        "清丰县",
        "清丰县恒通粮油购销有限公司",
        "质价不符",
        "地方储备玉米按一等粮价格入库，实测质量为二等",
        "濮粮查改〔2024〕2号",
        date(2024, 6, 28),
        "8月底前",
        "正在追缴差价",
        "未销号",
    ),
    (
        "KC-2024-03",
        "南乐县",
        "南乐县金谷粮食收储有限公司",
        "违规质押",
        "以地方储备粮仓单向银行办理质押贷款",
        "濮粮查改〔2024〕3号",
        date(2024, 6, 28),
        "2024年7月15日",
        "已解除质押",
        "已销号",
    ),
    (
        "KC-2024-04",
        "范县",
        "范县丰裕粮食购销有限公司",
        "轮换管理",
        "地方储备小麦超过规定轮空期4个月仍未轮入",
        "濮粮查改〔2024〕4号",
        date(2024, 7, 2),
        "9月30日前",
        "正在组织轮入",
        "未销号",
    ),
    (
        "KC-2024-05",
        "台前县",
        "台前县永兴粮食收储有限公司",
        "卫生安全",
        "1号仓玉米呕吐毒素超标，未单独存放处置",
        "濮粮查改〔2024〕5号",
        date(2024, 7, 2),
        "2024年7月20日",
        "已完成分仓存放和定向处置",
        "",
    ),
    (
        "KC-2024-06",
        "华龙区",
        "濮阳市华龙区粮食收储有限公司",
        "库贷挂钩",
        "粮食库存与农发行收购贷款不对应，挤占挪用收购资金",
        "濮粮查改〔2024〕6号",
        date(2024, 7, 2),
        "2024年10月31日",
        "未整改",
        "未销号",
    ),
    (
        "KC-2024-07",
        "市直",
        "濮阳市豫北粮油储备有限公司",
        "出库管理",
        "储备粮出库未按规定履行出库检验程序",
        "濮粮查改〔2024〕7号",
        date(2024, 7, 5),
        "2024年8月15日",
        "",
        "",
    ),
    (
        "KC-2024-08",
        "市直",
        "市财政局",
        "财政补贴拨付",
        "2023年度市级储备粮轮换费补贴拨付滞后3个月",
        "濮粮查改〔2024〕8号",
        date(2024, 7, 5),
        "2024年7月31日",
        "已拨付到位",
        "已销号",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="粮食和物资储备科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 13, 9, 28, 12, 40, 20, 12, 14, 26, 10])
    b.line(ws, 0, "2024年政策性粮食库存检查发现问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市政策性粮食库存检查工作领导小组办公室（设在市发展和改革委员会）    填报日期：2024年7月30日",
        10,
    )
    for c, word in enumerate(["序号", "问题编号", "县（区）", "责任单位（企业）", "问题类别", "问题描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改通知书", b.head)
    b.header(ws, 3, ["文号", "下达日期"], first=6)
    for c, word in enumerate(["整改时限", "整改情况", "销号情况"], start=8):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(AUDIT_ROWS)
    b.line(ws, end + 1, "说明：整改完成并经市检查办复核的，在“销号情况”栏填写“已销号”。", 10)
    b.line(ws, end + 2, "负责人：王保国    填表人：孔令霞    联系电话：0393-8990872", 10)

    sums = b.sheet("问题汇总")
    b.widths(sums, [14, 10, 10, 10])
    b.line(sums, 0, "问题汇总", 3, b.title)
    b.header(sums, 1, ["县（区）", "问题数", "已销号", "未销号"])
    counts: dict[str, list[int]] = {}
    for row in AUDIT_ROWS:
        entry = counts.setdefault(row[1], [0, 0])
        entry[0] += 1
        entry[1] += 1 if row[9] == "已销号" else 0
    r = 2
    for county, (total, closed) in counts.items():
        b.row(sums, r, [county, total, closed, total - closed], fmt=b.center)
        r += 1
    total = sum(v[0] for v in counts.values())
    closed = sum(v[1] for v in counts.values())
    b.row(sums, r, ["合计", total, closed, total - closed], fmt=b.center)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 供销合作社系统农村假冒伪劣食品专项整治, after a provincial 供销社's campaign (系统所属农村综合服务社、便民店、批发
# 市场、集贸市场、仓储物流等经营场所和服务网点及电商公司线上网店、线下体验店; 方便食品、休闲食品、酒水饮料、调味品、
# 奶及奶制品、肉及肉制品; 全方位、地毯式的食品质量安全自查自纠; 现场整改; 涉嫌违法犯罪的依法移送):
# http://zgxhshy.com/wsjy/2020-10-12/160246502825009.html
# A .docx report of a county 供销社 to the city 供销社: title, 主送, preamble, the findings as numbered paragraphs, each
# naming the 网点, its problem, its 责任单位 (the 基层社 or the company), 整改措施和时限 and its 进展 in sentences; the
# 下一步 paragraph, the sender and date at the foot.
COOP_PARAS = [
    (
        "1.侯庙镇为民农村综合服务社：部分方便食品、酒水饮料超过保质期仍在货架销售。责任单位：台前县侯庙镇供销合作社。"
        "整改措施及时限：全部下架销毁，建立临期食品登记制度，7月15日前完成。进展：已下架销毁过期食品23件，"
        "临期食品登记制度已建立，整改完成。"
    ),
    (
        "2.打渔陈镇供销便民连锁店：食品进货查验记录不全，部分调味品无法提供供货商资质证明。责任单位：台前县打渔陈镇"
        "供销合作社。整改措施及时限：补齐进货查验记录和票证，2024年7月31日前完成。进展：正在向供货商补索票证。"
    ),
    (
        "3.台前县供销农产品批发市场：市场开办者未落实食品入场查验制度，部分摊位经营者无健康证明。责任单位：台前县供销"
        "农产品批发市场有限公司。整改措施及时限：建立入场查验台账，督促经营者办理健康证明，8月底前完成。进展：尚未启动。"
    ),
    (
        "4.夹河乡供销电商线下体验店：销售的进口乳制品无中文标签。责任单位：台前县夹河乡供销合作社。整改措施及时限："
        "立即下架并退货，7月10日前完成。进展：已全部下架退货，整改到位。"
    ),
    (
        "5.马楼镇村级综合服务社（18个）：散装食品未按规定标明生产日期和保质期。责任单位：台前县马楼镇供销合作社。"
        "整改措施：督促各服务社规范散装食品标识，并纳入日常巡查，长期坚持。"
    ),
    (
        "6.台前县供销冷链物流有限公司：冷库温度记录不连续，部分时段记录缺失。责任单位：台前县供销冷链物流有限公司。"
        "整改措施及时限：加装自动温控记录设备，2024年9月30日前完成。"
    ),
    (
        "7.清水河乡开放办社加盟便民店：销售包装与知名品牌近似的“山寨”饮料。责任单位：台前县清水河乡供销合作社。"
        "整改措施及时限：立即停售，8月15日前完成整改。进展：已停售并封存，案件线索已移交县市场监督管理局。"
    ),
]


def write_coop(path: Path) -> Path:
    doc = _new_document("台前县供销社")
    _title(doc, "台前县供销合作社关于农村假冒伪劣食品专项整治自查自纠情况的报告")
    _paragraph(doc, "市供销合作社：")
    _paragraph(
        doc,
        "按照《全市供销合作社系统农村假冒伪劣食品专项整治行动方案》要求，县社组织业务科室对系统所属农村综合服务社、"
        "便民连锁店、农产品批发市场、冷链仓储及电商线上线下网点开展了全方位、地毯式自查自纠，共检查经营网点126个。"
        "现将发现的问题及整改情况报告如下：",
    )
    for text in COOP_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，县社将持续加强对系统经营网点的日常巡查，严把进货质量关，坚决杜绝假冒伪劣食品经供销网络流入农村市场。",
    )
    _paragraph(doc, "台前县供销合作社", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. “惠民菜篮子”活动门店检查, after a district 发改委's account of its 惠民菜篮子 activity (29家商场门店每天推出20个
# 惠民菜品种; 每日选取5种一元菜品; 现场检查发现部分菜品货源不足、摆放不规范、公示价与实际价不符等问题，要求及时整改;
# 胜利路菜市场、茂林路菜市场两个监测点逢5日、逢10日报送价格):
# https://www.hfyaohai.gov.cn/public/20621/107374232.html
# A CSV in UTF-8 with a BOM: title line, a line naming the checker and stating that the 整改时限 in days count from the
# row's 检查日期, one header line, a 合计 line and a 填表人 line.
BASKET_ROWS = [
    (
        "濮阳市万嘉惠超市有限公司胜利路店",
        "2024-07-16",
        "惠民菜品青菜、西红柿货源不足，午后即断供",
        "增加惠民菜品备货量",
        "3日内",
        "已整改",
    ),
    (
        "濮阳市万嘉惠超市有限公司开州路店",
        "2024-07-16",
        "惠民菜专区摆放不规范，与普通菜品混放",
        "设置惠民菜专区并统一标识",
        "立即整改",
        "已整改",
    ),
    (
        "濮阳市华联生鲜超市有限公司",
        "2024-07-17",
        "惠民肉品公示价与收银结算价不符，每斤高出0.5元",
        "统一价签与收银系统价格",
        "3日内",
        "正在核对收银系统价格",
    ),
    (
        "濮阳市鑫诚购物广场有限公司",
        "2024-07-17",
        "未按要求每日推出5种一元菜品",
        "每日推出一元菜品不少于5种",
        "5日内",
        "未整改",
    ),
    (
        "濮阳市华龙区胜利路菜市场",
        "2024-07-18",
        "价格监测点逢5日、逢10日农产品价格数据报送不及时",
        "按时报送监测数据",
        "长期坚持",
        "",
    ),
    (
        "濮阳市华龙区茂林路菜市场",
        "2024-07-18",
        "价格监测台账设置不规范，原始采价记录缺失",
        "建立监测台账，保存原始采价记录",
        "7日内",
        "已建立采价台账",
    ),
    (
        "濮阳市惠民农产品超市有限公司",
        "2024-07-16",
        "惠民菜品未按比当日市场平均价优惠15%执行",
        "按规定比例落实优惠",
        "2024-08-05",
        "",
    ),
]


def write_basket(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区“惠民菜篮子”活动门店及价格监测点检查问题整改表"])
    w.writerow(
        [
            "检查单位：华龙区发展和改革委员会价格监测股；检查时间：2024年7月16日—7月18日；整改时限自检查日期起计算"
        ]
    )
    w.writerow(["序号", "门店（监测点）名称", "检查日期", "检查发现问题", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(BASKET_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查门店29家、监测点2个", "", "发现问题7个", "", "", ""])
    w.writerow(["填表人：杨晓静    联系电话：0393-8316620    填报日期：2024年7月25日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. “菜篮子”重要民生商品市场询价调查, after a county-level 发改局's 询价调查 (会同市场监督管理局、农业农村局、商务局和
# 企业抽调27人组成4个询价调查小组; 大型商场、大型超市、农贸市场、粮油供应点; 177种重要民生商品; 单品平均价格波动
# ±15%以内; 外调蔬菜运输成本; 加强价格监测预警):
# http://tcxw.com.cn/news/bendi/jingjixinwen/2021/1122/17439.html
# An .xlsx: title, 牵头单位/配合单位/调查时间 line, a two-row header (整改落实 over three columns) with the 询价小组
# (the inspector) and the 调查对象 beside the 责任单位, units written by their short names (县市场监管局), one row
# naming a 股 of the sending 发改委, a 说明 line and a signature line.
PRICE_ROWS = [
    (
        "第一小组",
        "县城区农贸市场",
        "部分蔬菜摊位未明码标价，价签与实际售价不符",
        "县市场监管局",
        "开展农贸市场明码标价专项检查",
        "2024年8月10日",
        "已检查摊位86户，正在督促整改",
    ),
    (
        "第一小组",
        "清丰县豫丰购物中心",
        "猪肉、排骨价格周环比上涨超过15%，未按规定及时报告",
        "清丰县豫丰购物中心有限公司",
        "建立价格异常波动报告制度",
        "7月31日前",
        "已整改",
    ),
    (
        "第二小组",
        "“放心粮油”供应网点",
        "部分“放心粮油”网点标识牌破损，未公示质量承诺",
        "清丰县粮食和物资储备中心",
        "统一更换标识牌，公示质量承诺",
        "8月底前",
        "未启动",
    ),
    (
        "第二小组",
        "蔬菜种植基地",
        "本地蔬菜基地与批发市场产销对接不畅，外调蔬菜占比过高",
        "县农业农村局",
        "组织基地与批发市场、商超开展产销对接",
        "第三季度",
        "已召开产销对接会1次",
    ),
    (
        "第三小组",
        "清丰县农副产品批发市场",
        "批发市场价格信息公示屏故障，未每日公示批发价格",
        "清丰县农副产品批发市场有限公司",
        "维修公示屏，每日公示主要品种批发价",
        "2024年7月25日",
        "",
    ),
    (
        "第三小组",
        "县商务局",
        "生活必需品应急保供企业名单未及时更新",
        "县商务局",
        "更新应急保供企业名单并报备",
        "2024年7月20日",
        "已更新，已报市商务局备案",
    ),
    (
        "第四小组",
        "价格监测定点单位",
        "价格监测定点单位报价员变动后未及时备案和培训",
        "县发改委价格监测股",
        "建立报价员变动备案和岗前培训制度",
        "长期坚持",
        "常态化推进",
    ),
]


def write_price(path: Path) -> Path:
    b = Book(path, author="价格监测股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 20, 38, 24, 28, 14, 26])
    b.line(ws, 0, "清丰县“菜篮子”重要民生商品市场询价调查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "牵头单位：清丰县发展和改革委员会    配合单位：县市场监督管理局、县农业农村局、县商务局    "
        "调查时间：2024年7月15日—7月16日",
        7,
    )
    for c, word in enumerate(["序号", "询价小组", "调查对象", "发现问题", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "完成时限", "进展情况"], first=5)
    for i, row in enumerate(PRICE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PRICE_ROWS)
    b.line(ws, end + 1, "说明：本表由县发改委汇总，每月25日前更新报送县“菜篮子”工作领导小组办公室。", 7)
    b.line(
        ws,
        end + 2,
        "分管领导：李振华    填表人：赵文静    联系电话：0393-7226018    填报日期：2024年7月25日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 农贸市场文明创建测评情况通报, after a county 市场监管局's 通报 to the markets' 包保责任单位 (会同城管、商务、镇、
# 交警大队等5家单位对城区6个农贸市场实地查看测评; 一、总体情况 with the ranking; 二、共性问题 numbered; 三、个性问题
# market by market: 电线比较混乱、私拉乱接 …):
# http://www.cqlhgx.com/yaowen/2023/0831/122458.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, 一、总体情况 (the ranking), 二、共性问题 with a 牵头单位 each,
# 三、个性问题 one paragraph a market naming its 包保责任单位, 四、整改要求 stating the one deadline, sender and date.
MARKET_COMMON = [
    "1.市场周边占道经营、流动摊贩回潮现象不同程度存在，早晚高峰尤为突出（牵头单位：濮阳市华龙区城市管理局）。",
    "2.水产区地面积水、异味较重，排水沟清掏不及时（牵头单位：濮阳市华龙区市场监督管理局）。",
]
MARKET_SINGLE = [
    (
        "1.城南农贸市场（包保责任单位：华龙区胜利路街道办事处）：市场内部摊位立柱上电线混乱，存在私拉乱接现象；"
        "熟食摊位未设置玻璃防尘罩。"
    ),
    "2.绿城农贸市场（包保责任单位：华龙区中原路街道办事处）：公平秤缺失，6月份测评已指出，至今仍未整改。",
    "3.昆吾农贸市场（包保责任单位：华龙区昆吾街道办事处）：活禽宰杀区未与其他经营区有效隔离，活禽粪便清理不及时。",
    "4.京开农贸市场（包保责任单位：华龙区京开街道办事处）：未在市场显著位置公示当日农药残留检测结果。",
    "5.任丘路菜市场（包保责任单位：华龙区任丘路街道办事处）：市场公厕有异味，无专人保洁，洗手设施损坏。",
    (
        "6.开州路农贸市场（包保责任单位：濮阳市华龙区住房和城乡建设局）：市场顶棚部分破损，雨天漏雨严重。"
        "目前顶棚维修已进场施工。"
    ),
    "7.岳村农贸市场（包保责任单位：华龙区岳村镇人民政府）：车辆入场乱停放，未划行归市，蔬菜与水产混杂经营。",
]


def write_market_docx(path: Path) -> Path:
    doc = _new_document("市场科")
    _title(doc, "关于城区农贸市场7月份文明创建测评情况的通报")
    _paragraph(doc, "各农贸市场包保责任单位，区城市管理局，交警二大队：")
    _paragraph(
        doc,
        "7月25日，区市场监管局会同区城市管理局、区商务局、胜利路街道、交警二大队等5家单位对城区7个农贸市场文明"
        "创建情况进行了实地查看测评。有关情况通报如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "7月份，各农贸市场和包保责任单位按照文明创建百日攻坚行动部署，市场内外卫生秩序总体好转。综合6月份测评问题"
        "整改和本次现场测评情况，从好到差的排序是：京开农贸市场、城南农贸市场、昆吾农贸市场、开州路农贸市场、"
        "任丘路菜市场、岳村农贸市场、绿城农贸市场。",
    )
    _paragraph(doc, "二、共性问题", font="黑体")
    for text in MARKET_COMMON:
        _paragraph(doc, text)
    _paragraph(doc, "三、个性问题", font="黑体")
    for text in MARKET_SINGLE:
        _paragraph(doc, text)
    _paragraph(doc, "四、整改要求", font="黑体")
    _paragraph(
        doc,
        "请各包保责任单位和牵头单位对照上述问题逐项整改，于2024年8月10日前整改到位，并将整改情况书面报区市场监管局。"
        "区市场监管局将在8月份测评中对整改情况进行复查，复查结果纳入文明创建考核。",
    )
    _paragraph(doc, "濮阳市华龙区市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_market(path: Path) -> Path:
    return via_soffice(write_market_docx, path, "doc", "城区农贸市场7月份文明创建测评情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 集贸市场月度考评, after a city's monthly 集贸市场考评 by its 考评中心 with the 市场监督管理局 (中心城区31座集贸市场
# 48座次; 各区得分排名; 杂物乱堆放、保洁不到位、车辆入场乱停放、柜台瓷砖铺面脏污、公平秤缺失、零星“牛皮癣”; 肉类摊位
# 未公示当日检验检疫证; 未公示当日农药残留检测结果; 水沟盖板破损; 未划行归市):
# http://jingyuhuahui.com/quanzhou/news/2148549.html
# A .zip of two districts' answers to the June 考评: an .xlsx (填报单位 and 考评时间 line, the 考评得分 beside each market,
# the 街道/乡 as 整改责任单位, 立即整改 counted from the 考评时间) and a .docx (a table with the 镇 and a market company as
# 责任单位).
FAIR_A_ROWS = [
    (
        "皇甫农贸市场",
        86.5,
        "柜台瓷砖铺面脏污，保洁不到位",
        "濮阳经济技术开发区皇甫街道办事处",
        "增加保洁人员，每日闭市后冲洗柜台",
        "2024年7月10日",
        "已完成",
    ),
    (
        "濮东菜市场",
        84.0,
        "车辆入场乱停放，堵塞市场通道",
        "濮阳经济技术开发区濮东街道办事处",
        "设置隔离桩，划定非机动车停放区",
        "7月15日前",
        "已设置隔离桩，车辆禁止入场，整改完成",
    ),
    (
        "胡村集贸市场",
        79.5,
        "市场未配备公平秤",
        "濮阳经济技术开发区胡村乡人民政府",
        "购置并设置公平秤",
        "7月20日前",
        "已购置公平秤，待安装",
    ),
    (
        "皇甫农贸市场",
        86.5,
        "肉类摊位未公示当日检验检疫证明",
        "濮阳经济技术开发区皇甫街道办事处",
        "督促肉类摊位每日公示检验检疫证明",
        "立即整改",
        "已整改",
    ),
    (
        "濮东菜市场",
        84.0,
        "市场内零星“牛皮癣”小广告回潮",
        "濮阳经济技术开发区濮东街道办事处",
        "安排专人每日巡查清理",
        "长期坚持",
        "常态化清理",
    ),
]
FAIR_B_ROWS = [
    (
        "新习集贸市场",
        "杂物乱堆放，消防通道被占用",
        "濮阳市城乡一体化示范区新习镇人民政府",
        "2024.7.15",
        "已清理，消防通道畅通",
    ),
    ("新习集贸市场", "未公示当日农药残留检测结果", "濮阳市城乡一体化示范区新习镇人民政府", "2024.7.10", ""),
    (
        "王助农贸市场",
        "市场排水沟盖板破损，存在绊倒隐患",
        "濮阳市城乡一体化示范区王助镇人民政府",
        "2024年8月20日",
        "已列入市场提升改造计划，正在设计",
    ),
    ("龙城农贸市场", "未划行归市，活禽区未隔离", "濮阳龙城市场管理有限公司", "9月底前", "未整改"),
]


def write_fair_book(path: Path) -> Path:
    b = Book(path, author="经济发展局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 10, 34, 32, 30, 14, 26])
    b.line(ws, 0, "濮阳经济技术开发区6月份集贸市场考评问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳经济技术开发区管理委员会经济发展局（盖章）    考评时间：2024年6月26日    填报日期：2024年7月25日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "市场名称",
            "考评得分",
            "考评发现问题",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改完成情况",
        ],
    )
    for i, row in enumerate(FAIR_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FAIR_A_ROWS)
    b.line(ws, end + 1, "负责人：张国栋    填表人：谷雨桐    联系电话：0393-4896215", 7)
    return b.close()


def write_fair_docx(path: Path) -> Path:
    doc = _new_document("示范区社会事业局")
    _title(doc, "示范区6月份集贸市场考评问题整改情况", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市城乡一体化示范区社会事业局    考评时间：2024年6月26日    填报日期：2024年7月26日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FAIR_B_ROWS, 1)]
    _table(doc, ["序号", "市场名称", "存在问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：乔明远    联系电话：0393-8617734", 12)
    return _save_fixed(doc, path)


def write_fair(path: Path) -> Path:
    members = [
        ("开发区6月份集贸市场考评问题整改情况表.xlsx", write_fair_book),
        ("示范区6月份集贸市场考评问题整改情况.docx", write_fair_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 市级储备冻猪肉督查, after a city 发改委 督查组's check, with the district 发改局、商务局、农业农村局, of a 承储
# 企业 (生猪屠宰生产线、冻猪肉储备库; 库房管理、猪肉品质管理、出入库台账管理、内部管理制度逐项检查; 依照储备合同按质
# 按量做好储备):
# https://www.qj.gov.cn/html/2020/bmdt2_0615/81341.html
# A .wps (Word 97 via LibreOffice): title, 填报单位/督查时间 line, one table with the 督查项目, the 承储企业 as 整改
# 责任单位 and a 配合督导部门 (not the unit) beside it, two rows on the supervising departments (one by a former
# name), a 填表说明 and the signature lines.
PORK_ROWS = [
    (
        "濮阳市华豫肉类食品有限公司",
        "库房管理",
        "冷库温度记录仪故障，7月1日至7日温度记录缺失",
        "维修或更换温度记录仪",
        "濮阳市华豫肉类食品有限公司",
        "市商务局",
        "2024年7月15日",
        "已更换记录仪，整改完成",
    ),
    (
        "濮阳市华豫肉类食品有限公司",
        "出入库台账管理",
        "储备肉出入库台账与货位卡数量不一致，相差1.2吨",
        "全面盘库，核对账卡",
        "濮阳市华豫肉类食品有限公司",
        "市商务局",
        "2024年7月20日",
        "正在盘库核对",
    ),
    (
        "清丰县瑞丰食品有限公司",
        "猪肉品质管理",
        "部分批次储备肉缺少动物检疫合格证明",
        "补齐检疫证明，无法补齐的批次调出储备",
        "清丰县瑞丰食品有限公司",
        "市农委",
        "7月底前",
        "未整改",
    ),
    (
        "清丰县瑞丰食品有限公司",
        "内部管理制度",
        "储备冻猪肉轮换管理制度未修订，年度轮换计划未报备",
        "修订轮换制度，报备轮换计划",
        "清丰县瑞丰食品有限公司",
        "市发改委",
        "8月15日前",
        "",
    ),
    (
        "南乐县金牧食品有限公司",
        "库房管理",
        "储备肉与商品肉未分区存放，储备标识不清",
        "分区存放，悬挂储备标识牌",
        "南乐县金牧食品有限公司",
        "市商务局",
        "2024.7.12",
        "已分区挂牌",
    ),
    (
        "南乐县金牧食品有限公司",
        "生猪屠宰生产线",
        "屠宰车间消毒记录不全",
        "落实每日消毒并记录",
        "南乐县金牧食品有限公司",
        "市农委",
        "长期坚持",
        "长期坚持",
    ),
    (
        "—",
        "日常监管",
        "对承储企业的季度检查未按储备合同约定开展",
        "制定季度检查计划并组织实施",
        "市商务局",
        "市发改委",
        "第三季度",
        "已制定季度检查计划",
    ),
    (
        "—",
        "疫病防控",
        "储备肉入库前非洲猪瘟病毒检测抽检比例偏低",
        "提高入库抽检比例",
        "市农委",
        "市发改委",
        "2024年8月31日",
        "已下发通知，正在组织抽检",
    ),
]


def write_pork_docx(path: Path) -> Path:
    doc = _new_document("经贸科")
    _title(doc, "2024年市级储备冻猪肉督查发现问题清单", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市发展和改革委员会（市级储备冻猪肉督查组）    督查时间：2024年7月8日—7月10日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(PORK_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "承储企业",
            "督查项目",
            "存在问题",
            "整改要求",
            "整改责任单位",
            "配合督导部门",
            "整改时限",
            "整改情况",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc, "填表说明：“配合督导部门”负责督促整改责任单位按时整改到位，并于每月底前反馈整改情况。", 12
    )
    _paragraph(doc, "督查组组长：曹建军    填表人：闫丽娜    联系电话：0393-8992275    2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_pork(path: Path) -> Path:
    return via_soffice(write_pork_docx, path, "doc", "市级储备冻猪肉督查发现问题清单.docx")


FILES = [
    ("国有粮食收储库点及救灾物资储备库抽查发现问题整改台账.xlsx", write_grain_spot),
    ("2024年夏季粮油安全普查发现问题清单.xls", write_survey),
    ("粮站仓储规范化管理检查整改通知书落实情况表.et", write_depot),
    ("2024年政策性粮食库存检查发现问题整改台账.xlsx", write_audit),
    ("台前县供销社农村假冒伪劣食品专项整治自查自纠情况报告.docx", write_coop),
    ("惠民菜篮子活动门店及价格监测点检查问题整改表.csv", write_basket),
    ("清丰县菜篮子重要民生商品询价调查问题整改台账.xlsx", write_price),
    ("关于城区农贸市场7月份文明创建测评情况的通报.doc", write_market),
    ("6月份集贸市场考评问题整改情况（两区）.zip", write_fair),
    ("市级储备冻猪肉督查发现问题清单.wps", write_pork),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

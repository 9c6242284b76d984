"""Write the dev114 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds: 消费者权益、价格监督、计量和广告的检查整改 (明码标价, 计量器具, 虚假违法广告, 12315 投诉举报处理,
预付式消费, 定量包装商品净含量). Contents are made up; statistics date 2024-07-31.

Forms: .xlsx (four), .xls (xlwt, merged market cells), .et (Excel 97 via LibreOffice), .ods (LibreOffice conversion,
member times fixed), a CSV in GBK, a .docx report whose items are numbered paragraphs, a .doc with a table (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Run from this folder: python make_dev114.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on PATH;
running it twice gives byte-identical files.
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
# 1. 明码标价专项整治巡查, after a 街道执法中队's 明码标价专项整治行动 (药店、餐饮服务行业; 货签错位、标识不清和诱导性
# 销售; 依法查处未按规定明码标价、价格欺诈; 已检查经营者30户次; 执法人员现场责令整改):
# https://jianpian.cn/a/dbo4ss4
# An .xlsx: title naming the 中队, a line with the 巡查 period and the base the 整改时限 count from, one header row with
# the 巡查日期 (an event) beside the 经营者, 处理方式 (现场责令整改/限期整改/立案), a 合计 row and a signature line.
PRICE_TAG_ROWS = [
    (
        date(2024, 7, 8),
        "濮阳市华龙区仁和堂大药房",
        "药店",
        "部分非处方药货签错位，标价签与实物不对应",
        "现场责令整改",
        "立行立改",
        "已当场调整货签，复查合格",
    ),
    (
        date(2024, 7, 8),
        "濮阳市华龙区百姓缘大药房胜利路店",
        "药店",
        "中药饮片未标明计价单位（每克或每10克）",
        "责令限期整改",
        "3日内",
        "已重新制作价签并上架",
    ),
    (
        date(2024, 7, 10),
        "濮阳市华龙区老街坊家常菜馆",
        "餐饮",
        "菜单未标示菜品价格，海鲜类按“时价”收费",
        "责令限期整改",
        "2024年7月15日前",
        "新菜单正在印制，暂以手写价目表公示",
    ),
    (
        date(2024, 7, 10),
        "濮阳市华龙区蜀香阁火锅店",
        "餐饮",
        "收取餐位费、开瓶费未在菜单显著位置标示",
        "责令限期整改",
        "2024.7.17",
        "",
    ),
    (
        date(2024, 7, 12),
        "濮阳市华龙区益康大药房",
        "药店",
        "以“买二送一”诱导性销售，赠品价格及附加条件标示不清",
        "责令整改，约谈负责人",
        "7日内",
        "已撤除促销牌，重新公示附加条件，整改完成",
    ),
    (
        date(2024, 7, 15),
        "濮阳市华龙区品味轩餐厅",
        "餐饮",
        "酒水单标价与收银结算价格不一致",
        "立案调查",
        "2024年7月31日",
        "已立案，正在调查",
    ),
    (
        date(2024, 7, 17),
        "濮阳市华龙区邻家乐便利店",
        "零售",
        "散装食品价签字迹模糊、品名与价格对应不清",
        "现场责令整改",
        "立行立改",
        "未整改",
    ),
    (
        date(2024, 7, 19),
        "濮阳市华龙区福满楼酒店",
        "餐饮",
        "包间最低消费标准未事先告知消费者",
        "责令限期整改",
        "7月26日前",
        "已在包间门口和菜单首页公示最低消费标准",
    ),
]


def write_price_tag(path: Path) -> Path:
    b = Book(path, author="胜利路街道执法中队")
    ws = b.sheet("巡查台账")
    b.widths(ws, [6, 12, 30, 8, 38, 18, 16, 32])
    b.line(ws, 0, "胜利路街道综合行政执法中队明码标价专项整治巡查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "巡查时间：2024年7月8日至7月19日    巡查对象：辖区药店、餐饮服务等经营者    整改时限自巡查之日起计算",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "巡查日期",
            "整改责任主体（经营者）",
            "行业",
            "存在问题",
            "处理方式",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(PRICE_TAG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PRICE_TAG_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "巡查经营者30户次，发现问题8处，其中现场责令整改2处，限期整改5处，立案1起")
    b.line(
        ws,
        end + 2,
        "填报单位：濮阳市华龙区胜利路街道综合行政执法中队    中队长：孙海涛    填表人：贾玉洁    "
        "填报日期：2024年7月22日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农贸市场计量器具突击检查, after a city 市场监督管理局's 专班 checking the 电子秤、台秤 of 农贸市场 经营户
# (蔬菜、肉类及水产; 标准砝码现场称重; 是否强制检定、超过检定周期、使用不合格计量器具、人为破坏计量器具准确度;
# 对检定不合格的电子秤责令现场整改):
# https://m.ximalaya.com/sound/695923277
# An .xls (xlwt): title, 检查单位/检查时间 line, a two-row header (现场砝码测试 over 砝码/示值), the 市场名称 and the
# 整改责任单位（市场主办者） merged down over each market's rows, the 摊位 as a column, a 合计 row, a 注 line and a
# 填表人 line.
MARKETS = [
    (
        "绿园农贸市场",
        "濮阳市绿园市场管理有限公司",
        [
            (
                "蔬菜区12号（王建国）",
                "电子计价秤",
                "电子计价秤超过检定周期仍在使用",
                "1",
                "1.000",
                "停止使用，送检定机构检定",
                "2024.7.16",
                "已送检，经检定合格，已恢复使用",
            ),
            (
                "肉类区5号（李红梅）",
                "案秤",
                "案秤示值偏差超出最大允许误差",
                "1",
                "0.920",
                "现场封存，更换合格衡器",
                "2024.7.12",
                "已更换新秤，复查合格",
            ),
            (
                "水产区3号（赵志刚）",
                "电子计价秤",
                "电子秤加装遥控作弊装置，人为破坏计量器具准确度",
                "1",
                "0.850",
                "没收作弊装置，立案查处",
                "2024年7月31日",
                "已立案，正在调查处理",
            ),
            (
                "市场管理办公室",
                "公平秤",
                "市场公平秤设置位置偏僻，无专人管理和校准记录",
                "—",
                "—",
                "公平秤移至入口显著位置，明确专人管理",
                "7月20日前",
                "正在调整公平秤位置",
            ),
        ],
    ),
    (
        "胜利农贸市场",
        "濮阳市华龙区胜利农贸市场有限公司",
        [
            (
                "蔬菜区21号（张秀兰）",
                "电子计价秤",
                "使用无检定合格标志的电子秤",
                "1",
                "1.005",
                "申请强制检定并加贴合格标志",
                "2024.7.15",
                "未整改",
            ),
            (
                "干货区8号（刘保安）",
                "度盘秤",
                "使用已淘汰的弹簧度盘秤进行贸易结算",
                "1",
                "0.970",
                "淘汰度盘秤，更换为电子计价秤",
                "2024.7.20",
                "已更换为电子计价秤",
            ),
        ],
    ),
    (
        "城关农贸市场",
        "濮阳县城关农贸市场服务中心",
        [
            (
                "市场服务中心",
                "—",
                "市场主办者未建立在用计量器具管理台账",
                "—",
                "—",
                "逐户登记在用计量器具，建立管理台账",
                "8月15日前",
                "正在逐户登记建档",
            ),
        ],
    ),
]


def write_market(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "农贸市场计量器具突击检查问题整改表", t, 0, last),
        (
            1,
            0,
            "检查单位：濮阳市市场监督管理局计量科、华龙区市场监督管理局、濮阳县市场监督管理局    "
            "检查时间：2024年7月9日至7月11日",
            plain,
            1,
            last,
        ),
    ]
    words = ["序号", "市场名称", "整改责任单位（市场主办者）", "摊位（经营户）", "器具名称", "检查发现问题"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 6, "现场砝码测试（kg）", h, 2, 7), (3, 6, "砝码", h), (3, 7, "示值", h)]
    for col, word in enumerate(["处理措施", "整改期限", "整改结果"], 8):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 11, "备注", h, 3, 11))
    r = 4
    n = 0
    for market, owner, rows in MARKETS:
        first = r
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 3):
                cells.append((r, col, v, ctr if col in (6, 7) else c))
            cells.append((r, 11, "", c))
            r += 1
        if r - 1 > first:
            cells += [(first, 1, market, c, r - 1, 1), (first, 2, owner, c, r - 1, 2)]
        else:
            cells += [(first, 1, market, c), (first, 2, owner, c)]
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查农贸市场3家、经营户126户、计量器具143台，发现问题7处", c, r, last),
        (
            r + 1,
            0,
            "注：整改责任单位为市场主办者，负责督促场内经营户整改并将结果报属地市场监管所复查。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：郑晓东    审核人：胡立群    填报日期：2024年7月26日", plain, r + 2, last),
    ]
    return _write_xls(path, [("计量检查", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 加油站计量器具专项执法检查, after a 市场监管所's 加油站计量器具专项执法检查 (在用加油机工作是否正常; 铅封是否完好
# 有效; 是否经法定计量检定机构检定合格; 检定合格证是否粘贴、是否在有效期内; 计量误差; 自锁功能(防作弊)是否启用;
# 计量管理制度是否健全; 是否配备专(兼)职计量员; 标准计量罐是否定期自校; 计量作弊):
# http://www.chuanbowang.net/forum.php?action=printable&mod=viewthread&tid=100347
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with the 检查项目 in the source's
# words, the 整改落实情况 written by the station beside the 监管所复查意见, a 填表人 line.
FUEL_ROWS = [
    (
        "中国石化销售股份有限公司河南濮阳石油分公司清丰城关加油站",
        "铅封",
        "3号加油机主板铅封破损",
        "停用3号加油机，申请法定计量检定机构重新检定加封",
        "2024.7.22",
        "已由县计量检定测试所重新检定并加封",
        "复查合格",
    ),
    (
        "中国石油天然气股份有限公司河南濮阳销售分公司清丰马庄桥加油站",
        "检定合格证",
        "加油机未在显著位置粘贴检定合格标志",
        "在每台加油机显著位置粘贴检定合格标志",
        "2024.7.19",
        "",
        "复查合格",
    ),
    (
        "清丰县顺达加油站有限公司",
        "计量误差",
        "2号加油枪示值误差为+0.45%，超出最大允许误差",
        "停用该加油枪，调修后重新检定",
        "2024.7.25",
        "已停用该枪，待检定机构上门调修",
        "",
    ),
    (
        "清丰县韩村镇宏运加油站",
        "计量员",
        "未配备专（兼）职计量员",
        "指定专（兼）职计量员并参加计量培训",
        "8月底前",
        "",
        "",
    ),
    (
        "清丰县六塔乡金源加油站",
        "标准计量罐",
        "标准计量罐超期未自校",
        "按规定对标准计量罐进行自校并记录",
        "2024.7.31",
        "未整改",
        "",
    ),
    (
        "中国石化销售股份有限公司河南濮阳石油分公司清丰仙庄加油站",
        "计量管理制度",
        "计量管理制度未上墙，加油机维修记录缺失",
        "完善计量管理制度，建立加油机维修登记簿",
        "2024.7.26",
        "已建立维修登记簿，制度已上墙",
        "复查合格",
    ),
    (
        "清丰县古城乡永兴加油站",
        "自锁功能",
        "加油机防作弊自锁功能未启用",
        "联系生产厂家启用自锁功能",
        "2024.7.20",
        "已联系厂家，等待上门调试",
        "",
    ),
]


def write_fuel_book(path: Path) -> Path:
    b = Book(path, author="六塔市场监管所")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 40, 12, 34, 30, 12, 30, 14])
    b.line(ws, 0, "2024年加油站计量器具专项执法检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：清丰县市场监督管理局    检查时间：2024年7月15日至7月18日    检查加油站23家、加油机96台",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "加油站名称",
            "检查项目",
            "存在问题",
            "整改要求",
            "整改期限",
            "整改落实情况",
            "监管所复查意见",
        ],
    )
    for i, row in enumerate(FUEL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(FUEL_ROWS),
        "填表人：杜文杰    审核人：焦国锋    联系电话：0393-7221365    填报日期：2024年7月29日",
        7,
    )
    return b.close()


def write_fuel(path: Path) -> Path:
    return via_soffice(write_fuel_book, path, "xls", "加油站计量器具专项执法检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 眼镜店计量器具检查, after a city 质监局计量所's 拉网式检查 of 眼镜店 (电脑验光机、焦度计、验光镜片箱、瞳距仪;
# 有使用经检定不合格或超期未检的计量器具; 存在不使用计量器具或使用不规范等现象):
# https://news.sohu.com/20070509/n249921707.shtml
# A CSV in GBK: a title line, a 检查单位/检查日期 line, a header line, a 合计 line and a 填表人 line.
GLASSES_ROWS = [
    (
        "南乐县明视眼镜店",
        "电脑验光仪",
        "电脑验光仪超期未检定",
        "责令停用，申请周期检定",
        "2024/7/17",
        "已检定合格",
    ),
    (
        "南乐县视康眼镜行",
        "焦度计",
        "焦度计经检定不合格仍在使用",
        "停止使用，更换合格焦度计",
        "2024/7/20",
        "正在更换",
    ),
    (
        "南乐县亮晶晶眼镜店",
        "验光镜片箱",
        "验光镜片箱缺片5片，未申请检定",
        "补齐镜片后申请检定",
        "2024/7/31",
        "",
    ),
    (
        "南乐县博士眼镜城关店",
        "瞳距仪",
        "未配备瞳距仪，凭经验测量瞳距",
        "配备瞳距仪并申请检定",
        "2024/7/25",
        "未整改",
    ),
    (
        "南乐县精益眼镜店",
        "—",
        "验光记录不全，未留存验光处方",
        "建立验光档案，逐人留存验光处方",
        "长期坚持",
        "长期坚持",
    ),
    (
        "南乐县目光眼镜店",
        "焦度计",
        "焦度计检定证书过期2个月",
        "申请周期检定",
        "2024/7/19",
        "已检定，证书在有效期内",
    ),
]


def write_glasses(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["眼镜配制场所计量器具监督检查问题整改表", "", "", "", "", "", ""])
    w.writerow(
        [
            "检查单位：南乐县市场监督管理局、南乐县计量检定测试所；检查日期：2024年7月10日",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["序号", "眼镜店名称", "计量器具", "存在问题", "处理意见", "整改时限", "整改情况"])
    for i, row in enumerate(GLASSES_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查眼镜店14家", "检定计量器具38台（件）", "发现问题6处", "", "", ""])
    w.writerow(["填表人：宋佳    联系电话：0393-7186620    填报日期：2024年7月25日", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 医疗美容广告专项整治, after a county 市场监督管理局's 医疗美容广告专项整治行动 (深入辖区医疗美容机构; 是否未经审查
# 擅自发布广告; 夸大疗效虚假宣传、保证治愈; 利用患者等名义或形象作证明; 以“健康专题”“医疗咨询”“免费体验”等形式
# 变相发布; 检查医疗美容机构4家、广告经营户4户，责令整改):
# https://www.tongren.gov.cn/2022/0413/270362.shtml
# A .docx report: title, 主送, a paragraph on the check, the problems as numbered paragraphs (一)… each naming the
# institution, its problem, the 整改要求 with a date and, in a sentence, the progress; a 下一步 paragraph; the office
# and date at the foot.
MEDBEAUTY_PARAS = [
    (
        "（一）范县美丽人生医疗美容诊所在其微信公众号发布的医疗美容广告未经广告审查。已责令其立即停止发布，"
        "并于7月20日前补办医疗广告审查证明。目前相关推文已删除，审查证明正在办理中。"
    ),
    (
        "（二）范县悦颜美容养生馆属生活美容机构，在门头灯箱宣传“无创水光针”等医疗美容项目。要求其7月15日前"
        "拆除违规灯箱。该馆已于7月13日拆除，整改完成。"
    ),
    (
        "（三）范县博雅口腔门诊部宣传“种植牙终身保用、零风险”，对诊疗效果作保证性承诺。要求其7月19日前撤下"
        "相关宣传资料。经复查，该门诊部已撤下宣传页并作出书面承诺，整改到位。"
    ),
    (
        "（四）范县新视界传媒广告有限公司为医疗美容机构设计制作户外广告，未查验医疗广告审查证明。已约谈其负责人，"
        "要求建立广告承接审查登记制度，7月31日前完成。目前该公司正在建立承接登记制度。"
    ),
    (
        "（五）范县丽人医疗美容门诊部在短视频账号中利用患者术前术后对比照片作证明。要求其7月18日前全部下架。"
        "截至目前尚未整改，相关对比视频仍在账号中展示，我局将依法立案查处。"
    ),
    (
        "（六）范县康美中医诊所以“健康讲座”“免费体验”形式变相发布医疗美容广告。要求其停止以讲座形式变相发布"
        "广告，并于8月15日前完成广告发布情况自查。"
    ),
    (
        "（七）范县悦己医疗美容诊所广告宣称“三甲医院专家坐诊”，与实际执业医师信息不符。要求其7月16日前更正。"
        "该诊所已更正宣传内容，经复查合格。"
    ),
]


def write_medbeauty(path: Path) -> Path:
    doc = _new_document("广告监管股")
    _title(doc, "范县市场监督管理局关于医疗美容广告专项整治发现问题整改情况的报告")
    _paragraph(doc, "县整治虚假违法广告联席会议办公室：")
    _paragraph(
        doc,
        "按照全县民生领域广告监管专项行动部署，我局于2024年7月8日至7月12日组织执法人员深入辖区医疗美容机构、"
        "生活美容机构和广告经营单位开展医疗美容广告专项整治，共出动执法人员16人次，检查医疗美容机构5家、"
        "生活美容机构6家、广告经营户4户，发现问题7个。现将问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、发现的问题及整改情况")
    for text in MEDBEAUTY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作")
    _paragraph(
        doc,
        "下一步，我局将对未整改到位的机构逐一跟踪督办，加大对医疗美容广告的日常监测力度，对拒不整改的依法从严查处。",
    )
    _paragraph(doc, "范县市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 打击违法广告专项整治, after a township's 打击违法广告专项整治行动 (主要街道、市场、超市等营业性场所、人员密集场所;
# 食品、药品、保健食品、烟酒类、农资产品、投资理财等虚假违法广告; 对广告主、广告经营者、广告发布者、小广告印刷
# 单位进行摸排; 乱涂、乱画、随意张贴、散发小广告):
# http://dplcry.cn/news/qxnews/clnews/2021-10-13/174399.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 责任主体 and its 主体类型 (广告主/
# 广告经营者/属地), the 检查地点, a 填表说明 line and a signature line.
ADS_ROWS = [
    (
        "镇集贸市场",
        "保健食品",
        "店内宣传单宣称保健食品“根治高血压、糖尿病”",
        "濮阳县八公桥镇康寿保健品店",
        "广告主",
        "收缴宣传单，责令停止发布",
        "2024.7.12",
        "已收缴宣传单120份，停止发布",
    ),
    (
        "镇区主街",
        "农资",
        "化肥门店招牌宣称“增产50%，无效退款”，无事实依据",
        "濮阳县八公桥镇丰收农资门市部",
        "广告主",
        "更换招牌宣传内容",
        "2024.7.20",
        "新招牌正在制作",
    ),
    (
        "镇区主街",
        "投资理财",
        "沿街张贴“保本高息理财”小广告",
        "濮阳县八公桥镇鑫利信息咨询服务部",
        "广告主",
        "清理小广告，约谈负责人",
        "2024.7.15",
        "已全部清理，已约谈，整改完成",
    ),
    (
        "张堤村主干道两侧",
        "小广告",
        "墙体乱涂乱画“办证”“贷款”等小广告约30处",
        "濮阳县八公桥镇张堤村村民委员会",
        "属地",
        "组织人员清理粉刷",
        "7月底前",
        "",
    ),
    (
        "镇区",
        "药品",
        "图文店承印无审查证明的药品宣传单",
        "濮阳县八公桥镇新时代图文打印店",
        "广告经营者",
        "建立承印登记制度，停止承印违法广告",
        "2024.7.18",
        "未整改",
    ),
    (
        "镇区",
        "烟酒",
        "超市门口白酒促销展板含“喝出健康”等用语",
        "濮阳县八公桥镇万家福超市",
        "广告主",
        "撤除违规展板",
        "2024.7.16",
        "已撤除",
    ),
    (
        "镇卫生院周边",
        "医疗",
        "个体诊所门口展板宣传“祖传秘方、包治不孕”",
        "濮阳县八公桥镇李氏中医诊所",
        "广告主",
        "没收展板，移交县市场监督管理局立案",
        "2024.7.31",
        "已移交县市场监督管理局",
    ),
]


def write_ads_book(path: Path) -> Path:
    b = Book(path, author="八公桥镇综合执法办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 10, 40, 32, 10, 28, 12, 26])
    b.line(ws, 0, "八公桥镇打击虚假违法广告专项整治问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县八公桥镇人民政府（盖章）    填报日期：2024年7月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查地点",
            "广告类别",
            "发现问题",
            "责任主体",
            "主体类型",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(ADS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ADS_ROWS)
    b.line(ws, end + 1, "填表说明：主体类型按广告主、广告经营者、广告发布者、属地村（社区）填写。", 8)
    b.line(ws, end + 2, "分管领导：韩立新    填表人：许晴    联系电话：0393-3781206", 8)
    return b.close()


def write_ads(path: Path) -> Path:
    via_soffice(write_ads_book, path, "ods", "八公桥镇违法广告整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 12315 投诉举报案件办理情况, after a district 市场监管局's quarterly 投诉举报情况分析 (接转登记投诉举报案件, 其中投诉、
# 举报、咨询、建议; 商品类 日用百货、家用电器、通讯产品、装修建材; 服务类 餐饮服务、文化娱乐服务(预付卡纠纷)、
# 居民服务(美容美发); 举报 无照经营、质量、广告宣传; 局属各单位投诉举报案件办理情况统计表 by 承办单位):
# https://scjg.tj.gov.cn/tjsjzqscjdglj/zwgk_57913/zfxxgk_57918/fdzdgknr_57922/tjxx_57924/202007/t20200720_3001735.html
# An .xlsx: title, 填报单位/统计时间 line, one header row with 登记日期 (an event), the 被投诉（举报）对象 beside the
# 承办单位 (the bureau's own 市场监管所 and 股室), 办理时限 as dates or working days from 登记, a 合计 row, a 注 line
# stating the count, a 填表人 line.
COMPLAINT_ROWS = [
    (
        "1241090020240702001",
        date(2024, 7, 2),
        "投诉",
        "文化娱乐服务（预付卡）",
        "濮阳市华龙区动感健身会所",
        "健身会所闭店转让，消费者预付年卡余额2800元无法退还",
        "胜利路市场监管所",
        date(2024, 7, 11),
        "已组织调解，经营者同意分期退款，已办结",
    ),
    (
        "1241090020240703014",
        date(2024, 7, 3),
        "投诉",
        "家用电器",
        "濮阳市华龙区宏达家电商行",
        "购买空调安装后制冷效果差，商家拒绝退换",
        "中原路市场监管所",
        "7个工作日",
        "调解中，双方已同意委托检测",
    ),
    (
        "1241090020240705006",
        date(2024, 7, 5),
        "举报",
        "广告宣传",
        "濮阳市华龙区华美医疗美容诊所",
        "举报其在短视频平台发布“零风险”医疗美容广告",
        "综合行政执法大队",
        "15个工作日",
        "已立案调查",
    ),
    (
        "1241090020240708021",
        date(2024, 7, 8),
        "投诉",
        "餐饮服务",
        "濮阳市华龙区渔乐圈海鲜酒楼",
        "海鲜按“时价”结算，称重时未当面过秤",
        "人民路市场监管所",
        date(2024, 7, 17),
        "",
    ),
    (
        "1241090020240710009",
        date(2024, 7, 10),
        "举报",
        "价格",
        "濮阳市华龙区佳惠超市",
        "举报超市促销商品虚构“原价”，结算价高于标价",
        "价格监督检查股",
        "15个工作日",
        "已现场核查，拟立案",
    ),
    (
        "1241090020240711017",
        date(2024, 7, 11),
        "投诉",
        "通讯产品",
        "濮阳市华龙区易达通讯器材店",
        "购买的手机为翻新机，商家销售时承诺全新",
        "中原路市场监管所",
        date(2024, 7, 22),
        "逾期未办",
    ),
    (
        "1241090020240715003",
        date(2024, 7, 15),
        "投诉",
        "居民服务（美容美发）",
        "濮阳市华龙区名剪美发店",
        "办理美发会员卡后商家擅自提高服务项目价格",
        "胜利路市场监管所",
        "7个工作日",
        "调解成功，已办结",
    ),
    (
        "1241090020240718011",
        date(2024, 7, 18),
        "举报",
        "无照经营",
        "开州路东段流动摊点（无名称）",
        "举报无照经营且使用无检定标志的电子秤",
        "人民路市场监管所",
        date(2024, 8, 8),
        "已移交属地街道联合处置",
    ),
    (
        "1241090020240722005",
        date(2024, 7, 22),
        "投诉",
        "装修建材",
        "濮阳市华龙区欧雅家居建材店",
        "定制橱柜超过约定工期20天未安装",
        "消费者权益保护股",
        date(2024, 7, 31),
        "已办结，回访满意",
    ),
]


def write_complaints(path: Path) -> Path:
    b = Book(path, author="消保股")
    ws = b.sheet("7月")
    b.widths(ws, [6, 22, 12, 8, 18, 30, 40, 18, 14, 30])
    b.line(ws, 0, "2024年7月12315投诉举报案件办理情况台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区市场监督管理局（消费者权益保护股）    统计时间：2024年7月1日至7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "登记编号",
            "登记日期",
            "类别",
            "涉及领域",
            "被投诉（举报）对象",
            "诉求内容摘要",
            "承办单位",
            "办理时限",
            "办理进度",
        ],
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COMPLAINT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        9,
        "本月接转登记投诉举报案件312件（投诉221件、举报84件、咨询5件、建议2件），已办结287件，按期办结率92.0%；"
        "上表列重点件9件",
    )
    b.line(
        ws,
        end + 1,
        "注：办理时限按投诉7个工作日、举报15个工作日自登记之日起计算，已明确日期的按日期填写。",
        9,
    )
    b.line(ws, end + 2, "股室负责人：常雪    填表人：王一鸣    联系电话：0393-8336315", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 回访不满意件重新办理, after a city 市场监管局's account of how its 12315 works (限时办理: 投诉7个工作日, 举报30日,
# 市长热线工单5个工作日; 签字负责: 处理部门及具体处理人员; 回访督查: 100%回访, 对回访结果不满意的责令承办单位重新
# 处理, 按时上报处理结果, 再次回访; 跟踪督办):
# http://zu001.cn/zt/xinguan/front/399823.html
# A .doc (Word 97 via LibreOffice): title, the 指挥中心 and 交办日期 the time limits count from, a table with the
# 被投诉方, 首次办理结果, 回访结果, 承办单位 and 办理时限 in (working) days, the 重新办理情况 and 处理人 filled in,
# a 说明 line and a signature line.
REVISIT_ROWS = [
    (
        "JB2407020315",
        "濮阳县绿驰电动车商行",
        "电动车电池续航与宣传严重不符，要求退货",
        "已调解，商家同意维修",
        "不满意",
        "濮阳县市场监督管理局",
        "7个工作日",
        "重新组织调解，商家同意退货退款，已办结",
        "王利军",
    ),
    (
        "JB2407030822",
        "清丰县百草堂大药房",
        "药品标价与收银结算价不符，多收费用",
        "已约谈，要求规范标价",
        "不满意",
        "清丰县市场监督管理局",
        "7个工作日",
        "已现场核查，正在调取收银记录",
        "刘建华",
    ),
    (
        "JB2407040417",
        "南乐县鸿运食品批发部",
        "举报销售标签标注虚假生产日期的食品",
        "经核查未发现违法行为",
        "不满意",
        "南乐县市场监督管理局",
        "30日",
        "",
        "",
    ),
    (
        "SZ2407050133",
        "范县通达机动车驾驶员培训有限公司",
        "驾校收取报名费后拒不安排练车（市长热线转办）",
        "已电话告知消费者协商解决",
        "不满意",
        "范县市场监督管理局",
        "5个工作日",
        "逾期未办",
        "",
    ),
    (
        "JB2407080561",
        "台前县速修通讯维修部",
        "维修手机时私自更换非原装配件",
        "已调解，商家退还维修费",
        "一般",
        "台前县市场监督管理局",
        "7个工作日",
        "已办结，回访满意",
        "孟祥东",
    ),
    (
        "JB2407090248",
        "濮阳市恒瑞汽车销售服务有限公司",
        "新车交付时发现车身补漆，商家否认曾维修",
        "调解不成，告知诉讼途径",
        "不满意",
        "濮阳经济技术开发区市场监督管理局",
        "2024年7月31日",
        "正在委托第三方鉴定机构检测",
        "贾建设",
    ),
    (
        "JB2407100379",
        "濮阳市安泰燃气设备有限公司",
        "举报其安装的燃气表计量不准，多计气量",
        "初查未发现问题",
        "不满意",
        "市局计量科",
        "30日",
        "已抽取同批次燃气表送检，等待检定结果",
        "赵卫东",
    ),
]


def write_revisit_docx(path: Path) -> Path:
    doc = _new_document("12315指挥中心")
    _title(doc, "12315投诉举报回访不满意件重新办理交办清单（第3期）", 18)
    _paragraph(
        doc,
        "交办单位：濮阳市市场监督管理局12315投诉举报指挥中心    交办日期：2024年7月15日    "
        "反馈汇总日期：2024年7月30日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(REVISIT_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "工单编号",
            "被投诉（举报）方",
            "诉求内容",
            "首次办理结果",
            "回访结果",
            "承办单位",
            "办理时限",
            "重新办理情况",
            "处理人",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "说明：办理时限自交办之日起计算，投诉件7个工作日，举报件30日，市长热线转办件5个工作日；"
        "承办单位须填写处理部门及具体处理人员，办结后由指挥中心再次回访。",
        12,
    )
    _paragraph(doc, "指挥中心负责人：杨静    经办人：李思远    联系电话：0393-12315", 12)
    return _save_fixed(doc, path)


def write_revisit(path: Path) -> Path:
    return via_soffice(write_revisit_docx, path, "doc", "12315回访不满意件交办清单.docx")


# ---------------------------------------------------------------------------------------------
# 9. 市场价格监督检查, after a city 物价局's 市场价格监督检查 (药店 不按规定明码标价、高于规定零售价销售药品; 商场 价格
# 欺诈; 旅游市场 未在显著位置公示各项优惠政策; 商品房 不实行“一套一标”、未一次性公开全部预售房源; 超市 服务内容、
# 收费标准、收费条件是否明码标价; 商业银行 只收费不服务):
# http://74210.cn/news_8747.html
# An .xlsx: title, 填报单位 line, a two-row header (整改情况 over 整改时限/完成情况/是否销号), the 检查领域 merged down over
# its rows, a 合计 row, a 注 line and a signature line.
PRICE_ROWS = [
    (
        "药店",
        [
            (
                "濮阳市华龙区康佳大药房",
                "部分药品未标示规格、产地，价签信息不全",
                "补全价签标示内容",
                date(2024, 7, 12),
                "已整改",
                "是",
            ),
            (
                "濮阳市开州大药房连锁有限公司中原路店",
                "医保谈判药品销售价格高于挂网价格",
                "按挂网价格销售，退还多收价款",
                date(2024, 7, 20),
                "已退还差价并调整售价",
                "是",
            ),
        ],
    ),
    (
        "商场",
        [
            (
                "濮阳市华联商厦有限公司",
                "服装专柜标示“原价899元”无交易记录，涉嫌虚构原价",
                "立案调查，规范折扣标价",
                "8月15日前",
                "已立案调查",
                "否",
            ),
        ],
    ),
    (
        "旅游景区",
        [
            (
                "濮阳县黄河湿地旅游有限公司",
                "售票处未公示老年人、学生等门票优惠政策",
                "在售票处显著位置公示优惠政策",
                date(2024, 7, 15),
                "",
                "是",
            ),
            (
                "濮阳市龙湖湾景区运营管理有限公司",
                "景区内观光车、游船未标示收费标准",
                "在乘车点、码头公示收费标准",
                "7月25日前",
                "",
                "",
            ),
        ],
    ),
    (
        "商品房",
        [
            (
                "濮阳市盛世置业有限公司",
                "售楼处未实行“一套一标”，未一次性公开全部可售房源",
                "制作一房一价表，一次性公开全部可售房源",
                date(2024, 7, 31),
                "正在制作一房一价表",
                "否",
            ),
        ],
    ),
    (
        "超市",
        [
            (
                "濮阳市家乐购超市有限公司",
                "超市寄存、加工、打包等服务收费标准未公示",
                "公示服务内容和收费标准",
                date(2024, 7, 18),
                "未整改",
                "否",
            ),
        ],
    ),
    (
        "商业银行",
        [
            (
                "濮阳农村商业银行股份有限公司中原路支行",
                "收取对公账户管理费未公示收费依据，存在只收费不服务问题",
                "清退违规收费，在营业网点公示服务价目",
                "9月30日前",
                "已清退违规收费，服务价目公示正在修订",
                "否",
            ),
        ],
    ),
]


def write_price(path: Path) -> Path:
    b = Book(path, author="价监竞争科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 44, 32, 14, 30, 10])
    b.line(ws, 0, "2024年市场价格监督检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局价格监督检查和反不正当竞争科    填报日期：2024年7月30日",
        7,
    )
    for c, word in enumerate(["序号", "检查领域", "被检查单位（整改责任单位）", "存在问题", "整改要求"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["整改时限", "完成情况", "是否销号"], first=5)
    r = 4
    n = 0
    for field, rows in PRICE_ROWS:
        first = r
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, field, b.center)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "检查经营单位46家，发现问题8个，已销号3个")
    b.line(ws, r + 1, "注：“是否销号”栏由检查人员复查合格后填写“是”。", 7)
    b.line(ws, r + 2, "科室负责人：冯建国    填表人：田甜    联系电话：0393-8991230", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 定量包装商品净含量专项检查, after a city 计量测试所's check of 定量包装商品生产企业 before the Spring Festival
# (包装现场和成品仓库; 面粉、植物油、牛奶、白酒、啤酒、纯净水; 净含量检查全部合格; 标注不规范、法定计量单位选择
# 不合适; 对净含量标注不合格的企业给予限期整改通知，复查已改正):
# https://www.cqazjl.com/plus/view-65470-1.html
# A .zip of two returns: a county bureau's .xlsx (the 检查环节 and the 限期整改通知书 number beside each enterprise,
# a 复查情况 column) and another county bureau's .docx (a table with 整改期限 and 整改结果).
QINGFENG_ROWS = [
    (
        "清丰县丰源面粉有限公司",
        "小麦粉（5kg）",
        "成品仓库",
        "净含量标注字符高度不足4毫米",
        "清市监计改〔2024〕07号",
        "2024.7.19",
        "已改正，复查合格",
    ),
    (
        "清丰县金丰植物油厂",
        "花生油（5L）",
        "包装现场",
        "净含量标注使用“公升”非法定计量单位",
        "清市监计改〔2024〕08号",
        "2024.7.26",
        "正在更换包装标签",
    ),
    (
        "清丰县清泉纯净水厂",
        "桶装饮用水（18.9L）",
        "成品仓库",
        "桶装水净含量标注为“净重18.9L”，标注方式不规范",
        "清市监计改〔2024〕09号",
        "2024.7.26",
        "",
    ),
    (
        "清丰县老酒坊酒业有限公司",
        "白酒（500mL）",
        "包装现场",
        "灌装现场未配备与定量包装相适应的计量器具",
        "清市监计改〔2024〕10号",
        "8月10日前",
        "未整改",
    ),
]
NANLE_ROWS = [
    (
        "南乐县润丰乳业有限公司",
        "纯牛奶（250mL）",
        "同一包装同时标注“250毫升”和“250g”，净含量标注混乱",
        "2024年7月22日",
        "已更换包装，复查合格",
    ),
    ("南乐县福堪镇麦香挂面厂", "挂面（1kg）", "净含量标注未位于包装主展示版面", "2024年7月25日", "已改正"),
    ("南乐县金谷啤酒有限公司", "啤酒（500mL）", "部分批次啤酒瓶标未标注净含量", "2024年7月31日", "正在整改"),
    (
        "南乐县千口镇老陈醋坊",
        "食醋（2.5kg）",
        "散装分装食醋标注“5斤”，未使用法定计量单位",
        "2024年8月5日",
        "已改正",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="计量股")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 28, 18, 10, 40, 24, 12, 20])
    b.line(ws, 0, "定量包装商品净含量专项检查问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县市场监督管理局    检查时间：2024年7月8日至7月12日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "生产企业",
            "商品名称（标注净含量）",
            "检查环节",
            "存在问题",
            "限期整改通知书编号",
            "整改期限",
            "复查情况",
        ],
    )
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(QINGFENG_ROWS), "本次抽查生产企业9家、定量包装商品41批次，净含量检验均合格。", 7)
    b.line(ws, 5 + len(QINGFENG_ROWS), "填表人：李慧敏    联系电话：0393-7238016", 7)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("南乐县市场监管局")
    _title(doc, "定量包装商品净含量专项检查问题整改情况", 18)
    _paragraph(doc, "填报单位：南乐县市场监督管理局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "企业名称", "商品名称", "存在问题", "整改期限", "整改结果"], body)
    _paragraph(doc, "填表人：崔文静    审核人：邵国栋    联系电话：0393-7211543", 12)
    return _save_fixed(doc, path)


def write_prepack(path: Path) -> Path:
    members = [
        ("定量包装商品净含量专项检查问题整改情况表（清丰县）.xlsx", write_qingfeng_book),
        ("定量包装商品净含量专项检查问题整改情况（南乐县）.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 预付式消费经营者自查自纠, after a district 市场监督管理局 and 消费者委员会's warning on 预付式消费 (美容美发、健身、
# 餐饮娱乐、教育培训; 商家跑路风险; 虚假宣传陷阱: 声称专业教练一对一指导，实际变成多人集体课程; 霸王条款:
# “预付卡一经办理，不予退款”“卡内余额过期作废”; 服务质量下降: 减少服务项目、更换服务人员):
# https://www.lstxw.cn/content/646954/66/15370804.html
# An .xlsx: title, a block of 经营者 facts (name, 发卡类型, 预收资金余额, 自查日期), one header row whose rows name only
# the business's own 部门 as 责任部门, a 经营者承诺 and signature block.
PREPAID_ROWS = [
    (
        "合同条款",
        "会员协议含“一经办理，概不退款”格式条款",
        "会籍部",
        "删除该条款，参照示范文本修订会员协议",
        "2024年7月31日",
        "已修订会员协议并报区市场监督管理局备案",
    ),
    (
        "合同条款",
        "“卡内余额过期作废”条款未以显著方式提示消费者",
        "会籍部",
        "删除余额过期作废条款",
        "2024年7月31日",
        "已删除，整改完成",
    ),
    (
        "宣传推广",
        "宣传“专业教练一对一指导”，实际安排为多人团课",
        "教练部",
        "规范宣传用语，为已购课会员兑现一对一课程",
        "2024年8月15日",
        "正在整改",
    ),
    (
        "资金管理",
        "预收资金未设立专用存管账户",
        "财务部",
        "开设预收资金存管账户，按比例存管",
        "2024年9月30日",
        "未启动",
    ),
    (
        "服务履约",
        "更换私教教练未提前告知会员",
        "客服部",
        "建立服务变更提前告知制度",
        "长期坚持",
        "长期坚持",
    ),
    (
        "明码标价",
        "课程价格及优惠活动附加条件未在前台公示",
        "客服部",
        "在前台显著位置公示课程价格和优惠条件",
        "2024年7月20日",
        "",
    ),
]


def write_prepaid(path: Path) -> Path:
    b = Book(path, author="力美健身")
    ws = b.sheet("自查整改")
    b.widths(ws, [6, 12, 42, 10, 38, 16, 36])
    b.line(ws, 0, "预付式消费经营者自查自纠整改台账", 6, b.title)
    b.line(ws, 1, "经营者名称：濮阳市力美健身服务有限公司    经营场所：华龙区开州路中段力美健身中心", 6)
    b.line(ws, 2, "发卡类型：年卡、季卡、私教课时卡    预收资金余额：约86万元    自查日期：2024年7月16日", 6)
    b.header(ws, 3, ["序号", "自查项目", "存在问题", "责任部门", "整改措施", "完成时限", "整改情况"])
    for i, row in enumerate(PREPAID_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PREPAID_ROWS)
    b.line(ws, end + 1, "经营者承诺：以上自查情况属实，我公司将按时限完成整改。", 6)
    b.line(
        ws,
        end + 2,
        "法定代表人（签字）：高振宇    填表人：林菲    联系电话：0393-8160728    日期：2024年7月26日",
        6,
    )
    return b.close()


FILES = [
    ("明码标价专项整治巡查问题整改台账（胜利路街道执法中队）.xlsx", write_price_tag),
    ("农贸市场计量器具突击检查问题整改表.xls", write_market),
    ("加油站计量器具专项执法检查问题整改台账.et", write_fuel),
    ("眼镜配制场所计量器具监督检查问题整改表.csv", write_glasses),
    ("范县市场监督管理局关于医疗美容广告专项整治发现问题整改情况的报告.docx", write_medbeauty),
    ("八公桥镇打击虚假违法广告专项整治问题整改台账.ods", write_ads),
    ("2024年7月12315投诉举报案件办理情况台账（华龙区）.xlsx", write_complaints),
    ("12315回访不满意件重新办理交办清单（第3期）.doc", write_revisit),
    ("2024年市场价格监督检查发现问题整改台账.xlsx", write_price),
    ("定量包装商品净含量专项检查整改情况（清丰县、南乐县）.zip", write_prepack),
    ("预付式消费经营者自查自纠整改台账（力美健身）.xlsx", write_prepaid),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside184 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 乡镇（街道）和村（社区）的综合问题清单 — 村级组织、三资管理、村务公开、惠农补贴、集体经济.
Forms: .xlsx (three, one more inside the zip, one of them with a sheet per village), .xls (xlwt, two-row header),
.ods, .et and .wps (LibreOffice conversions), a CSV in GBK, a .docx whose items are numbered paragraphs of a 通报,
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside184.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every file is written from scratch with fixed dates inside and fixed zip times, so two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.subtitle = add({"bold": True, "font_size": 13, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.band = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: dict | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for col, w in (widths or {}).get(name, {}).items():
            ws.col(col).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 村（居）务公开暗访通报, after a county 纪委's 关于村(社区)村(居)务公开暗访情况的通报 (县纪委与县民政局联合组织
# 暗访督查组; 一、检查具体情况 with one paragraph per 镇(街道) and 村(社区): 公开栏干净整洁、财务公开更新到8月份 for the
# good ones, 公开栏没有任何公示内容 / 未设置村务公开栏 / 缺乏财务公示记录 / 公示栏脏旧、内容不完整、更新滞后 for the rest):
# http://sanweiyuan.com/news/13042.html
# A .docx: title, 主送, preamble (暗访 and 回访复查 dates), 一、检查具体情况 as numbered paragraphs (（一）镇村：…), the
# good villages among them, each other paragraph with its 要求…前 and what the 回访 found, 二、下步要求, office and date.
OPEN_PARAS = [
    (
        "（一）胡状镇胡状村：村务公开栏版面干净整洁，公开内容较为全面，财务公开已更新至6月份，"
        "村务公开工作较为到位，能够及时向村民传达相关信息。"
    ),
    (
        "（二）柳屯镇西杨庄村：公开栏位置醒目、版面规范，但栏内没有任何公示内容。要求7月15日前补齐公开内容。"
        "回访时，该村已公开二季度党务、村务、财务事项，整改完成。"
    ),
    (
        "（三）柳屯镇后屯村：因村委会办公楼正在改造施工，原村务公开栏拆除后未设置临时公开栏，群众无处查看公开事项。"
        "要求8月底前恢复设置。回访时，该村正在制作临时公开栏。"
    ),
    (
        "（四）文留镇前王庄村：检查中发现该村未设置村务公开栏，村民知情权得不到保障。要求8月15日前设置到位。"
        "回访时，公开栏已完成选址，正在订制。"
    ),
    (
        "（五）文留镇韩庄村：虽设有村务公开栏，但缺少财务公示记录，上半年集体收支情况未公开。要求7月31日前完成整改。"
        "回访时，该村仍未公开财务收支，未整改。"
    ),
    (
        "（六）庆祖镇东白村：公示栏脏旧，内容不完整，更新滞后，仍为2023年第四季度内容。要求7月20日前整改。"
        "回访时，该村已更换版面并更新至二季度，整改到位。"
    ),
    "（七）庆祖镇马寨村：财务公开只公布收支总额，未列明收支明细，群众看不明白。要求7月底前按明细公开。",
    (
        "（八）城关镇南街社区：居务公开栏未公开低保和临时救助对象名单。要求8月10日前张榜公示。"
        "回访时，社区正在对救助对象进行复核，复核后张榜公示。"
    ),
    (
        "（九）城关镇北关社区：居务公开栏不仅版面规范，内容也十分充实，更新及时，财务公示规范，"
        "且公开栏位置显眼，便于居民查看。"
    ),
]


def write_open(path: Path) -> Path:
    doc = _new_document("党风政风监督室")
    _title(doc, "关于村（社区）村（居）务公开暗访发现问题及整改情况的通报")
    _paragraph(doc, "各镇（街道）党（工）委、纪（工）委，各村（社区）：")
    _paragraph(
        doc,
        "7月3日—7月4日，县纪委监委与县民政局联合组成暗访督查组，采取“四不两直”方式，对全县部分镇（街道）、"
        "村（社区）的村（居）务公开情况进行了暗访检查；7月26日，督查组对发现问题的村（社区）进行了回访复查。"
        "现将有关情况通报如下：",
    )
    _paragraph(doc, "一、检查具体情况", font="黑体")
    for text in OPEN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下步要求", font="黑体")
    _paragraph(
        doc,
        "各镇（街道）要对照通报问题，督促相关村（社区）按要求时限整改到位，举一反三开展自查，"
        "整改情况于8月20日前书面报县纪委监委党风政风监督室。",
    )
    _paragraph(doc, "中共濮阳县纪律检查委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 农村集体“三资”管理突出问题专项整治现场督查, after a county 农业农村局's 现场督查 together with the 自然资源局 and
# 林业局 (现场听、实地查; 查阅“三资”专项整治台账; 抽取今年以来新增发包的资产资源, 查招投标程序是否规范; 对发现的问题
# 第一时间通报乡镇(开发区)限期完成整改):
# http://www.jmdrubber.com/Article/details?infoid=47073
# An .xls (xlwt): title, 督查单位/督查时间 line, a two-row header (整改落实 over three columns) with the 督查组 (the
# inspector) beside the 乡镇（开发区） as 整改责任单位 and the 村, a 合计 row, a 注 line and a 填表人 line.
ASSET_ROWS = [
    (
        "第一督查组（县农业农村局）",
        "濮阳县户部寨镇人民政府",
        "前刘村",
        "资源发包",
        "2024年新增发包的80亩集体机动地未经村民代表会议讨论，未进入农村产权交易平台公开交易",
        "暂停合同履行，履行民主程序后重新公开发包",
        "2024年8月31日",
        "已暂停合同履行，拟8月中旬进场交易",
    ),
    (
        "第一督查组（县农业农村局）",
        "濮阳县户部寨镇人民政府",
        "大韩村",
        "资产管理",
        "集体资产台账与实物不符，3间临街门面房未登记入账",
        "清查登记，补记资产台账",
        "7月20日前",
        "已补登入账",
    ),
    (
        "第二督查组（县自然资源局）",
        "濮阳县胡状镇人民政府",
        "西辛庄村",
        "资源发包",
        "集体坑塘承包合同2023年到期后承包人继续使用，未收取承包费",
        "收回坑塘或依法重新签订合同并收缴承包费",
        "2024年9月30日",
        "未整改",
    ),
    (
        "第三督查组（县林业局）",
        "濮阳县胡状镇人民政府",
        "胡状村",
        "资金管理",
        "集体林地杨树采伐收入未纳入村集体账内核算",
        "追缴采伐收入，全额纳入村账",
        "8月15日前",
        "已追缴采伐收入1.2万元，剩余部分正在核实",
    ),
    (
        "第一督查组（县农业农村局）",
        "濮阳县八公桥镇人民政府",
        "南召村",
        "工程项目",
        "村文化广场硬化工程未按规定招投标，由村干部直接指定施工方",
        "对相关责任人批评教育，建立村级小型工程招投标台账",
        "2024.7.25",
        "已整改",
    ),
    (
        "第二督查组（县自然资源局）",
        "濮阳县八公桥镇人民政府",
        "八公桥村",
        "资金管理",
        "村集体资金2.3万元存放在村报账员个人银行卡内",
        "资金全部转入村集体银行账户",
        "2024.7.10",
        "资金已转入村集体账户，整改完成",
    ),
    (
        "第三督查组（县林业局）",
        "濮阳县产业集聚区管理委员会",
        "王什村",
        "资产出租",
        "集体仓库出租租金每年1.5万元，明显低于周边市场价格",
        "委托第三方评估，按评估价签订补充协议",
        "年底前",
        "已委托第三方评估租金",
    ),
    (
        "第一督查组（县农业农村局）",
        "濮阳县产业集聚区管理委员会",
        "东辛庄村",
        "民主管理",
        "村集体经济组织未召开成员代表大会审议年度财务预决算",
        "召开成员代表大会审议并公开",
        "2024年8月底",
        "",
    ),
]


def write_asset(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "农村集体“三资”管理突出问题专项整治现场督查发现问题清单", t, 0, 9),
        (
            1,
            0,
            "督查单位：濮阳县农业农村局、濮阳县自然资源局、濮阳县林业局    督查时间：2024年7月8日—7月10日"
            "    填报日期：2024年7月29日",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(["序号", "督查组", "整改责任单位", "所在村", "问题类别", "发现问题"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改落实", h, 2, 8),
        (3, 6, "整改要求", h),
        (3, 7, "整改时限", h),
        (3, 8, "整改进展", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(ASSET_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 7) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(ASSET_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "督查乡镇（开发区）4个、村12个，发现问题8个", c, r, 9),
        (
            r + 1,
            0,
            "注：整改时限由督查组现场明确；逾期未整改的，纳入乡镇（开发区）年度目标考核。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：孟庆华    审核人：赵广军    联系电话：0393-3221479", plain, r + 2, 9),
    ]
    widths = {"督查问题清单": {0: 5, 1: 16, 2: 18, 3: 10, 4: 9, 5: 34, 6: 24, 7: 14, 8: 22, 9: 8}}
    return _write_xls(path, [("督查问题清单", cells)], widths)


# ---------------------------------------------------------------------------------------------
# 3. 村级巡察反馈问题整改, after a city's account of its 村级巡察 (整镇推进; 一个镇形成一个综合报告，并附上该镇每个村级
# 党组织的问题清单; 发展党员审核把关不严、党员档案资料瑕疵多、党建会议记录存在造假问题; 规范农村“三资”管理):
# https://www.gdjct.gd.gov.cn/xunshixc/content/post_31421.html
# An .xlsx: a 汇总 sheet from the 乡党委 (counts per village, a 合计 row), then one sheet per village 党支部 with its
# own title, a 被巡察党组织/整改第一责任人/巡察组 line, one header row, the 责任人 as persons and a signature line.
PATROL = {
    "前杨村": (
        "五星乡前杨村党支部",
        "杨建华（党支部书记）",
        [
            (
                "党的建设",
                "发展党员审核把关不严，2023年发展的1名党员入党志愿书填写日期早于培养考察期满",
                "补正发展党员材料，报乡党委组织办复核",
                "杨建华",
                "2024年6月30日",
                "已补正材料，经乡党委组织办复核通过",
            ),
            (
                "党的建设",
                "党员档案资料不全，5名党员档案缺少转正申请书",
                "逐人补齐档案材料",
                "杨卫东",
                "2024年8月31日",
                "已补齐3名，其余2名正在补充",
            ),
            (
                "三资管理",
                "集体土地发包收入2.6万元未及时入账，由村委会主任个人保管",
                "收入全额入账，对相关人员批评教育",
                "杨建华",
                "2024.7.15",
                "已全额入账",
            ),
        ],
    ),
    "孟楼村": (
        "五星乡孟楼村党支部",
        "孟宪军（党支部书记）",
        [
            (
                "党的建设",
                "支委会会议记录存在事后补记、代签现象",
                "建立会议记录当场签字制度，核查上半年记录",
                "孟宪军",
                "2024年7月31日",
                "已建立当场签字制度，正在核查上半年记录",
            ),
            (
                "三资管理",
                "村务监督委员会未参与集体资产处置监督，处置旧村部房屋未经监委会签字",
                "补充履行监督程序，健全资产处置监督制度",
                "孟庆利",
                "8月底前",
                "未整改",
            ),
            (
                "全面从严治党",
                "违规列支招待费3800元",
                "由相关人员全额退赔",
                "孟宪军",
                "2024年6月30日前",
                "已全额退赔，已整改",
            ),
        ],
    ),
    "东关村": (
        "五星乡东关村党支部",
        "李国强（党支部书记）",
        [
            (
                "党的建设",
                "“三会一课”落实不到位，上半年仅召开党员大会1次",
                "按规定召开支部党员大会、支委会、党小组会和上党课",
                "李国强",
                "长期坚持",
                "常态化推进",
            ),
            (
                "三资管理",
                "村集体经济合同未报乡三资服务中心备案",
                "清理合同并全部报备",
                "王红霞",
                "2024年9月30日",
                "",
            ),
        ],
    ),
}


def write_patrol(path: Path) -> Path:
    b = Book(path, author="五星乡组织办")
    ws = b.sheet("汇总")
    b.widths(ws, [6, 24, 14, 14, 14, 14, 28])
    b.line(ws, 0, "五星乡村级巡察反馈问题整改情况汇总表", 6, b.title)
    b.line(ws, 1, "填报单位：中共濮阳县五星乡委员会（盖章）    填报日期：2024年7月26日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "被巡察党组织",
            "反馈问题（个）",
            "已整改（个）",
            "正在整改（个）",
            "长期坚持（个）",
            "备注",
        ],
    )
    summary = [
        ("五星乡前杨村党支部", 3, 2, 1, 0, "问题清单见“前杨村”表"),
        ("五星乡孟楼村党支部", 3, 1, 1, 0, "1个问题未整改，见“孟楼村”表"),
        ("五星乡东关村党支部", 2, 0, 0, 1, "1个问题未报送进展，见“东关村”表"),
    ]
    for i, row in enumerate(summary, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.put(ws, 6, 0, "合计", b.center)
    b.row(ws, 6, ["3个村党支部", 8, 3, 2, 1, ""], first=1)
    b.line(ws, 8, "说明：本次县委第三巡察组对我乡3个村党组织开展巡察，反馈问题8个，各村问题清单附后。", 6)
    for sheet_name, (org, leader, rows) in PATROL.items():
        ws = b.sheet(sheet_name)
        b.widths(ws, [6, 12, 40, 30, 10, 16, 30])
        b.line(ws, 0, f"{org}巡察反馈问题整改清单", 6, b.subtitle)
        b.line(ws, 1, f"被巡察党组织：{org}    整改第一责任人：{leader}    巡察组：县委第三巡察组", 6)
        b.header(ws, 2, ["序号", "问题类别", "具体问题", "整改措施", "责任人", "整改时限", "整改进展"])
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
        b.line(ws, 4 + len(rows), "村党支部书记（签字）：              乡党委审核人（签字）：", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 软弱涣散村党组织整顿台账, after a city's account of its 软弱涣散村党组织整顿 (倒排确定软弱涣散村党组织93个:
# 书记缺(停)职、班子配备不齐、书记工作不在状态、发展思路不清集体经济薄弱、班子不团结、活动不经常不规范、村务公开和民主
# 管理混乱、信访矛盾纠纷集中、服务意识差群众意见大; 逐村研究制定整改方案，逐一建立整改台账; 选派第一书记):
# https://jl.cri.cn/20180705/e6946333-9787-a5e5-ff2e-605a7c39da1e.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 软弱涣散类型, the 乡镇党委 as
# 整顿责任单位, the 包村县级领导 and 第一书记 (persons), an 整顿进展 and a 验收情况 column, a 填表说明 and a 联系人 line.
WEAK_ROWS = [
    (
        "马庄桥镇",
        "西街村党支部",
        "书记缺职",
        "党支部书记出缺4个月，村级工作处于停滞状态",
        "选优配强党支部书记，第一书记主持日常工作",
        "清丰县马庄桥镇党委",
        "王振宇",
        "赵立新",
        "2024年6月30日",
        "已选任新书记",
        "已通过县级验收",
    ),
    (
        "瓦屋头镇",
        "南赵村党支部",
        "集体经济薄弱",
        "村集体经济年收入不足3万元，无稳定收入来源",
        "发展土地托管和光伏项目，增加集体收入",
        "清丰县瓦屋头镇党委",
        "刘建民",
        "孙明亮",
        "2024年12月底",
        "土地托管项目已签约，正在实施",
        "",
    ),
    (
        "仙庄镇",
        "后仙庄村党支部",
        "班子不团结",
        "村“两委”成员之间矛盾较深，重大事项议而不决",
        "镇党委书记约谈，调整分工，开展专题组织生活会",
        "清丰县仙庄镇党委",
        "张海峰",
        "李卫国",
        "2024.9.30",
        "未启动",
        "",
    ),
    (
        "柳格镇",
        "宋庄村党支部",
        "村务公开和民主管理混乱",
        "“四议两公开”未落实，村务公开不及时、不规范",
        "规范议事决策程序，按季度公开村务财务",
        "清丰县柳格镇党委",
        "马俊岭",
        "郭志强",
        "2024年8月15日",
        "已完成",
        "",
    ),
    (
        "韩村镇",
        "韩村党支部",
        "信访矛盾纠纷集中",
        "宅基地纠纷引发群众多次集体上访",
        "成立调处专班，依法依规化解宅基地纠纷",
        "清丰县韩村镇党委",
        "周国栋",
        "韩雪松",
        "2024年7-9月",
        "正在调处",
        "",
    ),
    (
        "六塔乡",
        "郭庄村党支部",
        "党组织活动不经常不规范",
        "主题党日活动开展不经常，党员教育管理松散",
        "落实主题党日制度，建立党员积分管理",
        "清丰县六塔乡党委",
        "陈晓东",
        "郭鹏",
        "长期坚持",
        "常态化开展",
        "",
    ),
    (
        "古城乡",
        "古城村党支部",
        "服务意识差、群众意见大",
        "党组织年度群众满意度测评满意率低于60%",
        "开展党员联户、为民办事全程代办",
        "清丰县古城乡党委",
        "杜宏伟",
        "吴昊",
        "第三季度",
        "",
        "",
    ),
    (
        "大流乡",
        "大流村党支部",
        "书记工作不在状态",
        "党支部书记长期在外经商，很少参与村级事务",
        "调整党支部书记",
        "清丰县大流乡党委",
        "樊志刚",
        "刘洋",
        "2024年5月31日",
        "已调整",
        "已通过县级验收",
    ),
]


def write_weak_book(path: Path) -> Path:
    b = Book(path, author="组织一科")
    ws = b.sheet("整顿台账")
    b.widths(ws, [5, 10, 14, 14, 32, 30, 18, 10, 10, 14, 22, 14])
    b.line(ws, 0, "软弱涣散村党组织集中整顿工作台账", 11, b.title)
    b.line(ws, 1, "填报单位：中共清丰县委组织部（盖章）    填报时间：2024年7月26日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村党组织",
            "软弱涣散类型",
            "主要问题",
            "整顿措施",
            "整顿责任单位",
            "包村县级领导",
            "驻村第一书记",
            "整顿时限",
            "整顿进展",
            "验收情况",
        ],
    )
    for i, row in enumerate(WEAK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WEAK_ROWS)
    b.line(ws, end + 1, "填表说明：整顿达标并通过县级验收的，在“验收情况”栏注明“已通过县级验收”。", 11)
    b.line(ws, end + 2, "联系人：齐文静    联系电话：0393-7221563", 11)
    return b.close()


def write_weak(path: Path) -> Path:
    via_soffice(write_weak_book, path, "ods", "软弱涣散村党组织整顿台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 清理规范农村集体经济合同, after a county's account of its 清理规范农村集体显失公平合同 (“口头合同”“单据合同”
# “隐形合同”“人情合同”“利益输送合同”; 承包期限超过法律规定、到期后被长期霸占、价格明显低于市场价发包、没有约定承包费
# 合理增长机制; 县布局、镇推进、村发力):
# http://www.rznews.cn/viscms/rizhaoxinwen0271/20200426/439143.html
# A CSV in GBK: title line, 填报单位 line (the 镇), one header line whose rows name only the 镇's own 站所 as 责任站所,
# a 合计 line and a 填表人 line.
CONTRACT_ROWS = [
    (
        "千口村",
        "集体机动地承包",
        "张某",
        "口头合同",
        "45亩集体机动地口头承包给个人，无书面合同",
        "补签书面承包合同并报镇备案",
        "镇三资服务中心",
        "2024-07-15",
        "已补签合同，已备案",
    ),
    (
        "后张村",
        "集体坑塘承包",
        "李某",
        "期限超法定",
        "坑塘承包期30年，超过村集体资源发包规定期限",
        "与承包方协商变更承包期限",
        "镇司法所",
        "2024-09-30",
        "正在协商",
    ),
    (
        "王村",
        "集体果园承包",
        "王某",
        "到期霸占",
        "集体果园承包合同2021年到期后承包人继续占用，拒不交还",
        "依法收回后重新公开发包",
        "镇司法所",
        "8月底前",
        "未整改",
    ),
    (
        "大李庄村",
        "临街门面房租赁",
        "赵某等4户",
        "价格显失公平",
        "临街门面房租金每间每年800元，明显低于周边市场价",
        "重新评估租金，签订补充协议",
        "镇三资服务中心",
        "2024年10月31日",
        "已委托评估机构评估",
    ),
    (
        "石寨村",
        "集体建设用地租赁",
        "南乐县某建材有限公司",
        "缺少增长机制",
        "租期20年的建设用地租赁合同未约定租金递增条款",
        "签订补充协议，约定每5年租金递增10%",
        "镇农业服务中心",
        "年底前",
        "",
    ),
    (
        "西吉七村",
        "集体仓库出租",
        "刘某",
        "单据合同",
        "以收款收据代替合同出租集体仓库",
        "补签规范租赁合同",
        "镇三资服务中心",
        "2024-07-20",
        "已补签",
    ),
    (
        "东王落村",
        "集体林地承包",
        "村干部亲属",
        "人情合同",
        "村干部亲属以明显低价承包集体林地60亩",
        "终止合同后公开发包，问题线索移交镇纪委",
        "镇纪委",
        "2024-09-30",
        "已移交镇纪委调查处理",
    ),
]


def write_contract(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["农村集体经济合同清理规范问题台账"])
    w.writerow(["填报单位：南乐县千口镇人民政府（盖章）    填报日期：2024年7月27日"])
    w.writerow(
        [
            "序号",
            "村名",
            "合同名称",
            "承包（租赁）方",
            "问题类型",
            "具体问题",
            "处置措施",
            "责任站所",
            "整改时限",
            "整改进展",
        ]
    )
    for i, row in enumerate(CONTRACT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查合同186份", "", "问题合同7份", "", "", "", "", ""])
    w.writerow(["填表人：韩立新    审核人：李春明    联系电话：0393-7751302"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 社区办公服务用房检查验收, after a district 民政局's 拉网式全面检查验收 of the 社区办公服务用房 of 4 街道 and 11 社区
# (项目建设进度、工程建设项目达标情况; 各功能室管理制度是否健全、工作台账是否清晰规范、设施设备配备及运行情况; 能整改的
# 立即进行了整改，不能立即整改的，明确了整改要求和时限):
# https://meipian.cn/4bwwphrw
# A .zip of two returns: a 街道's .xlsx (its 社区 as 责任社区, one header row, a 填表人 line) and one 社区's .docx (its own
# problems, 责任人 as persons, a table and the 社区书记's signature).
STREET_ROWS = [
    (
        "中原路街道建新社区",
        "工程建设",
        "便民服务大厅未设置无障碍通道",
        "增设无障碍坡道和扶手",
        "2024年8月20日",
        "正在施工",
    ),
    (
        "中原路街道绿城社区",
        "管理制度",
        "各功能室管理制度未上墙",
        "制作管理制度版面并上墙",
        "2024.7.12",
        "已整改",
    ),
    (
        "中原路街道任丘社区",
        "工作台账",
        "工作台账不规范，居民议事会会议记录不全",
        "规范台账，补齐议事会记录",
        "7月31日前",
        "未整改",
    ),
    (
        "中原路街道昆吾社区",
        "设施设备",
        "日间照料室设备闲置，未正常对外开放",
        "落实专人管理，每日定时开放",
        "2024年9月30日",
        "",
    ),
]
COMMUNITY_ROWS = [
    (
        "社区办公服务用房面积不足300平方米，未达到建设标准",
        "协调辖区闲置房产调剂使用",
        "刘红梅",
        "2024年12月31日",
        "已协调闲置房产一处，正在办理移交手续",
    ),
    (
        "党群服务中心外墙挂牌过多，共挂牌17块",
        "清理规范挂牌，只保留规定牌子",
        "张立新",
        "2024年7月10日",
        "已清理规范，保留5块，已完成",
    ),
    (
        "升级改造项目竣工验收资料不全，缺少隐蔽工程记录",
        "督促施工单位补齐竣工资料",
        "王海洋",
        "8月15日前",
        "正在补充",
    ),
    (
        "社区活动室消防器材配备不足",
        "按标准配齐灭火器和应急照明",
        "赵磊",
        "2024年7月18日",
        "已配齐",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="中原路街道社区办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 12, 34, 28, 16, 16])
    b.line(ws, 0, "社区办公服务用房检查验收发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：华龙区中原路街道办事处    填报日期：2024年7月25日", 6)
    b.header(ws, 2, ["序号", "责任社区", "检查内容", "存在问题", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STREET_ROWS), "分管领导：许文博    填表人：何静    联系电话：0393-8896217", 6)
    return b.close()


def write_community_docx(path: Path) -> Path:
    doc = _new_document("东风社区")
    _title(doc, "东风社区办公服务用房检查验收问题整改情况", 18)
    _paragraph(doc, "填报单位：华龙区胜利路街道东风社区居民委员会    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(COMMUNITY_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "整改措施", "责任人", "整改时限", "整改情况"], body)
    _paragraph(doc, "社区党组织书记（签字）：刘红梅", 12)
    return _save_fixed(doc, path)


def write_office(path: Path) -> Path:
    members = [
        ("社区办公服务用房检查验收问题整改台账（中原路街道）.xlsx", write_street_book),
        ("东风社区办公服务用房检查验收问题整改情况.docx", write_community_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 一事一议财政奖补项目检查验收, after a district 综改办's joint check with 财政、减负、监察、交通、审计、水务 of the
# 一事一议财政奖补项目 (议事程序、范围标准、公示制度落实、项目质量数量、项目管护制度落实、财政奖补资金使用、项目碑安装、
# 档案管理; 软件资料不完善、管护制度落实不彻底等要求限期整改):
# http://www.tsrb.com.cn/xwzx/2012-08/19/content_382700.htm
# An .et (Excel 97 via LibreOffice): title, 检查验收组/检查时间 line, one header row with the 检查内容 (the source's
# eight points), the 乡镇人民政府 as 整改责任单位, a 复核意见 column (the 验收组's verdict), a 填报单位 line.
AWARD_ROWS = [
    (
        "陈庄镇",
        "2023年孟庄村道路硬化",
        "项目碑安装",
        "项目建成后未安装项目公示碑",
        "范县陈庄镇人民政府",
        "2024.7.20",
        "已安装",
        "复核通过",
    ),
    (
        "辛庄镇",
        "2023年后刘村小型农田水利",
        "档案管理",
        "村民议事会议记录缺失，项目档案资料不完善",
        "范县辛庄镇人民政府",
        "8月10日前",
        "正在补充完善",
        "",
    ),
    (
        "龙王庄镇",
        "2023年前吴村文化广场",
        "管护制度落实",
        "管护制度未落实，健身器材损坏无人维修",
        "范县龙王庄镇人民政府",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "王楼镇",
        "2023年金村人畜饮水",
        "资金使用",
        "奖补资金未设专账核算，与其他资金混用",
        "范县王楼镇人民政府",
        "2024.7.15",
        "已设立专账",
        "复核通过",
    ),
    (
        "高码头镇",
        "2023年韩徐庄村村内道路",
        "项目质量数量",
        "道路硬化厚度不足，设计18厘米实测15厘米",
        "范县高码头镇人民政府",
        "2024年9月30日",
        "已责令施工方返工，正在施工",
        "",
    ),
    (
        "白衣阁乡",
        "2023年白衣阁村路灯安装",
        "公示制度落实",
        "项目建设内容和资金使用情况未公示",
        "范县白衣阁乡人民政府",
        "2024.7.10",
        "未整改",
        "",
    ),
    (
        "杨集乡",
        "2023年三义寨村排水沟",
        "议事程序",
        "筹资筹劳中存在硬性摊派、以资代劳",
        "范县杨集乡人民政府",
        "2024年7月31日",
        "正在逐户退还摊派款",
        "",
    ),
]


def write_award_book(path: Path) -> Path:
    b = Book(path, author="综改办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [5, 10, 26, 14, 34, 22, 14, 24, 12])
    b.line(ws, 0, "2023年度一事一议财政奖补项目检查验收发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查验收组：范县农村综合改革办公室、县财政局、县纪委监委、县审计局、县交通运输局、县水利局"
        "    检查时间：2024年6月24日—6月28日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "项目名称",
            "检查内容",
            "存在问题",
            "整改责任单位",
            "整改期限",
            "整改结果",
            "复核意见",
        ],
    )
    for i, row in enumerate(AWARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(AWARD_ROWS),
        "填报单位：范县财政局（县农村综合改革办公室）    填报人：郑凯    填报日期：2024年7月29日",
        8,
    )
    return b.close()


def write_award(path: Path) -> Path:
    return via_soffice(write_award_book, path, "xls", "一事一议财政奖补项目检查验收问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 惠民惠农财政补贴资金“一卡通”, after a township's account of its 一卡通 management (完善农户基础信息，对废卡、久悬卡
# 及时清理，一户一卡; “四步走”: 项目主管站所采集信息、村组核实造册、公示、报送; 及时修正错误信息并于三个工作日内反馈兑付
# 中心; 县级“一卡通”项目清单应纳尽纳: 水库移民补助、困难残疾人生活补贴、城乡临时救助、公益性岗位补贴、村社区干部补助):
# http://hyxw.com.cn/redianjujiao/2132.html
# An .xlsx: title, 填报单位 line (the 镇), one header row with 补贴项目, 涉及村, a 发现时间 the working-day limits
# count from, the 镇's own 站所 as 责任站所, a 注 line and a signature line.
CARD_ROWS = [
    (
        "耕地地力保护补贴",
        "侯庙村",
        date(2024, 7, 8),
        "3户农户“一卡通”账户为久悬户，补贴资金发放失败被退回",
        "激活账户或更换账户后重新发放",
        "财政所",
        "3个工作日内",
        "已更换账户并重新发放",
    ),
    (
        "困难残疾人生活补贴",
        "孟楼村",
        date(2024, 7, 5),
        "2名已故人员仍在领取困难残疾人生活补贴",
        "停发并追缴冒领资金",
        "民政所",
        "2024年7月31日",
        "已停发，正在追缴",
    ),
    (
        "农村最低生活保障金",
        "后方村",
        date(2024, 7, 10),
        "信息系统中户主身份证号码录入错误导致发放失败",
        "更正信息后补发",
        "民政所",
        "5个工作日内",
        "已更正并补发到位",
    ),
    (
        "公益性岗位补贴",
        "前进村",
        date(2024, 7, 5),
        "公益性岗位补贴未纳入“一卡通”发放，仍以现金方式发放",
        "纳入“一卡通”系统发放",
        "社保所",
        "2024年8月31日",
        "未整改",
    ),
    (
        "村（社区）干部补助",
        "全镇",
        date(2024, 7, 3),
        "村干部补助发放清册未经公示即报送发放",
        "补充公示，规范发放流程",
        "组织办",
        "2024年7月20日",
        "已在各村公示，整改完成",
    ),
    (
        "水库移民后期扶持补助",
        "王集村",
        date(2024, 7, 9),
        "一户多卡，同一户在两家银行开户领取补助",
        "清理多余账户，落实一户一卡",
        "财政所",
        "8月15日前",
        "",
    ),
    (
        "城乡临时救助",
        "张村",
        date(2024, 7, 4),
        "临时救助资金发放超过规定时限15天",
        "建立按月发放台账，定期调度",
        "民政所",
        "长期坚持",
        "已建立台账，长期坚持",
    ),
    (
        "实际种粮农民一次性补贴",
        "郭庄村",
        date(2024, 7, 11),
        "补贴面积与实际种植面积不符，多报12亩",
        "核减面积，追回多发资金",
        "农业服务中心",
        "2024年9月30日",
        "已核减面积，正在追回多发资金",
    ),
]


def write_card(path: Path) -> Path:
    b = Book(path, author="侯庙镇财政所")
    ws = b.sheet("自查整改台账")
    b.widths(ws, [5, 20, 10, 14, 36, 26, 12, 14, 24])
    b.line(ws, 0, "惠民惠农财政补贴资金“一卡通”问题自查自纠整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：台前县侯庙镇人民政府    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "补贴项目",
            "涉及村（社区）",
            "发现时间",
            "存在问题",
            "整改措施",
            "责任站所",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(CARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CARD_ROWS)
    b.line(
        ws,
        end + 1,
        "注：发放信息错误的，责任站所自发现之日起在规定工作日内更正，并反馈县“一卡通”兑付中心再次发放。",
        8,
    )
    b.line(ws, end + 2, "分管领导：董振华    填表人：郭丽    联系电话：0393-2281647", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 村务监督委员会履职状况调研, after a township 纪委's 村务监督委员会履职状况调研工作报告 (根据县纪委通知要求，镇纪委对
# 全镇村务监督委员会状况开展了调研; 一、基本状况; 村务决策和公开、村级财产管理、村工程项目建设、惠农政策措施落实的监督):
# https://m.wenke99.com/p-5783266.html
# A .wps (Word 97 via LibreOffice): title, preamble, 一、基本情况, 二、存在的问题及整改情况 as numbered paragraphs (each
# naming the 责任单位 in brackets at its end, with 整改措施, 时限 and progress in sentences), 三、下一步工作, office, date.
WATCH_PARAS = [
    (
        "1.前苏村村务监督委员会3名成员中2人长期外出务工，监委会实际无法正常履职。整改措施：召开村民代表会议补选"
        "监委会成员。完成时限：2024年7月15日。目前已补选2名成员，整改完成。（责任单位：子岸镇前苏村党支部）"
    ),
    (
        "2.后苏村监委会未对2023年度村级财务收支进行审核，财务报销单据无监委会成员签字。整改措施：建立票据审核"
        "签字制度，对上半年票据逐笔审核。完成时限：8月底前。目前正在对上半年票据逐笔审核。"
        "（责任单位：子岸镇后苏村党支部）"
    ),
    (
        "3.马辛庄村监委会工作台账空白，无任何监督记录。整改措施：规范建立监督工作台账，按月记录监督事项。"
        "完成时限：2024年9月30日。（责任单位：子岸镇马辛庄村党支部）"
    ),
    (
        "4.北街村监委会主任由村委会委员兼任，违反监委会成员不得与村“两委”交叉任职的规定。整改措施：依法调整监委会"
        "主任人选。完成时限：2024年7月31日。目前尚未调整，未整改。（责任单位：子岸镇北街村党支部）"
    ),
    (
        "5.西子岸村惠农补贴发放名单未经监委会审核即公示。整改措施：补充履行监委会审核程序并重新公示。"
        "完成时限：2024年7月10日。已重新审核公示，已整改。（责任单位：子岸镇西子岸村党支部）"
    ),
    (
        "6.王什村村内道路硬化工程监委会未参与全程监督和竣工验收。整改措施：今后村级工程项目监委会全程参与监督，"
        "长期坚持。（责任单位：子岸镇王什村党支部）"
    ),
    (
        "7.南店村监委会成员对监督职责、程序不熟悉，不会监督。整改措施：镇纪委组织监委会成员专题培训。"
        "完成时限：第三季度。目前已完成第一期培训。（责任单位：子岸镇南店村党支部）"
    ),
]


def write_watch_docx(path: Path) -> Path:
    doc = _new_document("子岸镇纪委")
    _title(doc, "子岸镇村务监督委员会履职情况调研报告")
    _paragraph(
        doc,
        "根据县纪委通知要求，2024年6月，镇纪委对全镇14个村的村务监督委员会履职情况开展了专题调研，"
        "现将有关情况报告如下。",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "全镇14个村均已通过村民代表会议推选产生村务监督委员会，共有成员42名，其中党员31名。"
        "多数村监委会能够对村务决策和公开、村级财产管理、工程项目建设、惠农政策落实等事项开展监督。",
    )
    _paragraph(doc, "二、存在的问题及整改情况", font="黑体")
    for text in WATCH_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "镇纪委将把村务监督委员会履职情况纳入村级年度考核，每季度开展一次督导，推动监委会真正发挥监督作用。",
    )
    _paragraph(doc, "中共濮阳县子岸镇纪律检查委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_watch(path: Path) -> Path:
    return via_soffice(write_watch_docx, path, "doc", "子岸镇村务监督委员会履职情况调研报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 扶贫项目资产后续管理“回头看”, after a township's account of its 扶贫项目资产“回头看” (未纳入管理的及时纳入管理;
# 闲置的经营性资产要于10月底前解决闲置问题; 无人管护的明确管护责任、管护人员和管护资金来源; 公益性岗位人员调整轮换，
# 管护制度不规范、考勤机制不健全的进行完善; 需要处置的规范进行资产处置):
# http://zgscchina.com.cn/guanzhu/15723.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 over three columns, 是否销号 among them), the rows grouped
# under 一、经营性资产 / 二、公益性资产 / 三、到户类资产 band rows, the village as 责任主体, a 合计 row and a signature line.
POVERTY_GROUPS = [
    (
        "一、经营性资产",
        [
            (
                "姜庄村光伏电站",
                "姜庄村",
                "收益分配",
                "光伏电站2023年收益滞留村账，未按规定用于设置公益岗位和小型公益事业",
                "制定收益分配方案，经村民代表会议通过后分配",
                "夹河乡姜庄村",
                "2024年8月31日",
                "分配方案已拟定，待村民代表会议审议",
                "未销号",
            ),
            (
                "李桥村扶贫车间",
                "李桥村",
                "资产闲置",
                "扶贫车间建成后闲置10个月，未产生收益",
                "引进经营主体，盘活闲置车间",
                "夹河乡李桥村",
                "10月底前",
                "已与一家服装加工企业签订租赁意向，正在洽谈",
                "未销号",
            ),
            (
                "夹河村冷库",
                "夹河村",
                "收益分配",
                "冷库承包合同未约定收益分配比例和方式",
                "签订补充协议，明确收益分配",
                "夹河乡夹河村",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "二、公益性资产",
        [
            (
                "张堂村村内道路",
                "张堂村",
                "未纳入管理",
                "2019年建成的扶贫道路未纳入村集体资产台账",
                "确权登记，纳入资产台账管理",
                "夹河乡张堂村",
                "2024年6月30日",
                "已完成确权登记",
                "已销号",
            ),
            (
                "徐胡同村安全饮水工程",
                "徐胡同村",
                "无人管护",
                "安全饮水工程无人管护，管护人员和管护资金未落实",
                "明确管护人员，落实管护资金来源",
                "夹河乡徐胡同村",
                "2024.7.31",
                "未整改",
                "未销号",
            ),
            (
                "白铺村公益性岗位",
                "白铺村",
                "管护制度",
                "公益性岗位管护人员考勤机制不健全，部分人员不在岗",
                "健全考勤制度，对不在岗人员调整轮换",
                "夹河乡白铺村",
                "长期坚持",
                "已建立考勤制度，常态化推进",
                "",
            ),
        ],
    ),
    (
        "三、到户类资产",
        [
            (
                "刘楼村到户养殖圈舍",
                "刘楼村",
                "处置不规范",
                "到户类养殖圈舍被农户私自拆除变卖",
                "核实情况，按规定办理资产核销或追偿",
                "夹河乡刘楼村",
                "2024年9月30日",
                "正在核实",
                "未销号",
            ),
        ],
    ),
]


def write_poverty(path: Path) -> Path:
    b = Book(path, author="夹河乡乡村振兴办")
    ws = b.sheet("回头看台账")
    b.widths(ws, [5, 22, 10, 12, 36, 28, 16, 14, 26, 10])
    b.line(ws, 0, "扶贫项目资产后续管理“回头看”问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：台前县夹河乡人民政府（盖章）    填报日期：2024年7月24日", 9)
    for c, word in enumerate(["序号", "资产名称", "所在村", "问题类型", "问题描述", "整改措施", "责任主体"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["完成时限", "整改情况", "是否销号"], first=7)
    r, n = 4, 0
    for band, rows in POVERTY_GROUPS:
        b.merge(ws, r, 0, r, 9, band, b.band)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, f"排查扶贫项目资产126项，发现问题{n}个，已销号1个")
    b.line(ws, r + 2, "乡分管领导：邢立军    填表人：崔晓燕    联系电话：0393-2416785", 9)
    return b.close()


FILES = [
    ("村（居）务公开暗访发现问题及整改情况通报.docx", write_open),
    ("农村集体三资管理专项整治现场督查发现问题清单.xls", write_asset),
    ("五星乡村级巡察反馈问题整改清单.xlsx", write_patrol),
    ("软弱涣散村党组织集中整顿工作台账.ods", write_weak),
    ("千口镇农村集体经济合同清理规范问题台账.csv", write_contract),
    ("社区办公服务用房检查验收问题整改（两份）.zip", write_office),
    ("一事一议财政奖补项目检查验收问题整改台账.et", write_award),
    ("惠民惠农财政补贴资金一卡通问题自查整改台账.xlsx", write_card),
    ("子岸镇村务监督委员会履职情况调研报告.wps", write_watch),
    ("夹河乡扶贫项目资产后续管理回头看问题整改台账.xlsx", write_poverty),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

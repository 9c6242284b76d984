"""Write the dev68 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 供电公司 (用电检查), 银行网点 (安全防范检查), 高校及其院系 (实验室安全), 物业企业 (专项检查复查), 公交公司
(车辆及场站安全检查), 开发区/化工园区 (企业隐患大排查), 供水公司 (二次供水泵房检查), 商会/协会 (收费行为联合检查),
街道社区网格 (网格事件上报处置), 医院及其科室 (安全生产大检查), 集团公司及其子公司 (安全检查, one sheet per unit).

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), a .wps
(Word 97 via LibreOffice), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev68.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties, fixed zip member times).
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
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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
        elif isinstance(v, date):
            ws.merge_range(r1, c1, r2, c2, None, self.day)
            self.put(ws, r1, c1, v)
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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


def _xls_day():
    style = _xf(center=True)
    style.num_format_str = "yyyy-mm-dd"
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
            if isinstance(v, date):
                v = datetime(v.year, v.month, v.day)
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 电气火灾隐患排查（用电检查）, after a 供电公司's pre-holiday check: its 营销部 and 14 基层供电所 go into
# 超市、沿街店面、群租房、电动自行车充电点、敏感用户, open a 《用电检查结果通知书》 and ask the customer to put the
# hazard right; 闭环管理:
# http://www.fqxww.cn/out/20240126/O993Wl3j1M.shtml
# An .xls (xlwt): title, 填报单位 line, a line stating that the 整改期限 in days count from the 通知书's 下达日期,
# one header row with the 供电所 (the inspector) beside the 整改责任主体 (the customer, once the company's own
# 供电所 for a public line), a 合计 row, a 注 line and a 填表人 line.
POWER_ROWS = [
    (
        "城区供电所",
        "濮阳市华龙区好邻居生活超市",
        "沿街店面",
        "配电箱内导线老化、接头裸露",
        "濮供用检〔2024〕071号",
        date(2024, 7, 8),
        "7日内",
        "已更换导线，复查合格",
    ),
    (
        "城区供电所",
        "濮阳市畅行新能源科技有限公司",
        "电动自行车充电点",
        "集中充电桩未安装剩余电流保护装置",
        "濮供用检〔2024〕072号",
        date(2024, 7, 9),
        "2024年7月25日",
        "正在加装漏电保护器",
    ),
    (
        "开发区供电所",
        "濮阳市鑫达塑料制品有限公司",
        "工商业用户",
        "车间电缆沟积水，电缆长期浸泡",
        "濮供用检〔2024〕075号",
        date(2024, 7, 10),
        "10日内",
        "",
    ),
    (
        "城东供电所",
        "濮阳市华龙区惠民养老院",
        "敏感用户",
        "自备应急发电机与市电之间未装设闭锁装置，存在反送电风险",
        "濮供用检〔2024〕078号",
        date(2024, 7, 11),
        "2024.7.31",
        "未整改",
    ),
    (
        "城东供电所",
        "国网濮阳供电公司（城东供电所）",
        "公用设施",
        "10千伏东环线12号杆拉线锈蚀松动",
        "—",
        date(2024, 7, 11),
        "7月18日前",
        "已更换拉线，消缺完毕",
    ),
    (
        "城西供电所",
        "濮阳市悦来宾馆",
        "小旅馆",
        "客房内私拉电线为电动自行车充电",
        "濮供用检〔2024〕081号",
        date(2024, 7, 12),
        "3日内",
        "已拆除私拉电线",
    ),
    (
        "城西供电所",
        "濮阳市华龙区福满楼饭店",
        "沿街店面",
        "后厨大功率电器共用一个插座，插座烧灼发黑",
        "濮供用检〔2024〕082号",
        date(2024, 7, 12),
        "2024年8月10日",
        "已购置线材和专用插座，待施工",
    ),
]


def write_power(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, day = _xf(bold=True, center=True), _xf(), _xf(center=True), _xls_day()
    plain = _xf(border=False)
    cells = [
        (0, 0, "迎峰度夏电气火灾隐患排查用电检查台账", t, 0, 8),
        (1, 0, "填报单位：国网濮阳供电公司营销部（用电检查班）    填报日期：2024年7月29日", plain, 1, 8),
        (2, 0, "整改期限按“N日内”填写的，自《用电检查结果通知书》下达之日起计算。", plain, 2, 8),
    ]
    for col, word in enumerate(
        [
            "序号",
            "检查供电所",
            "整改责任主体",
            "用户类别",
            "检查发现隐患",
            "用电检查结果通知书编号",
            "下达日期",
            "整改期限",
            "整改情况",
        ]
    ):
        cells.append((3, col, word, h))
    for i, row in enumerate(POWER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, day if isinstance(v, date) else (ctr if col in (1, 3, 7) else c)))
    r = 4 + len(POWER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "排查用户286户，发现隐患7处，下达《用电检查结果通知书》6份", c, r, 8),
        (
            r + 1,
            0,
            "注：用户产权设备由用户负责整改，供电所负责督促和复查；公用设施由供电所负责消缺。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：许文静    审核：孟庆华    联系电话：0393-4852163", plain, r + 2, 8),
    ]
    widths = [6, 12, 30, 14, 40, 22, 12, 14, 28]
    return _write_xls(path, [("用电检查台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 2. 银行营业网点安全大检查, after a county 公安局's check of the city's 银行营业网点 (视频监控、联网报警、防护舱自动锁;
# 录像存储是否达标、应急预案及演练; 保卫力量薄弱、防护器材过少; 下达《责令限期整改通知书》并通报其主要负责人):
# http://m.yunsuizhou.com/p/40363.html
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (整改落实 over 整改期限/落实情况), the 网点 name merged
# down over its rows, the 通知书 number merged the same way, dates as date cells and as text, a 注 line and a 填表人 line.
BANK_ROWS = [
    (
        "中国工商银行股份有限公司濮阳分行营业部",
        "濮公（治）限改字〔2024〕第15号",
        [
            ("视频监控", "营业厅视频监控录像存储不足30天", date(2024, 7, 20), "已扩容存储设备，复查合格"),
            ("防护设施", "现金区防护舱自动锁失灵", date(2024, 7, 12), "已维修"),
        ],
    ),
    (
        "中国农业银行股份有限公司濮阳华龙支行",
        "濮公（治）限改字〔2024〕第16号",
        [("联网报警", "紧急报警装置未与公安机关110联网", "8月15日前", "正在协调报警运营服务商")],
    ),
    (
        "濮阳农村商业银行股份有限公司胜利路支行",
        "濮公（治）限改字〔2024〕第17号",
        [("保卫力量", "营业期间仅1名保安员值守，保卫力量薄弱", "7月31日前", "未整改")],
    ),
    (
        "中原银行股份有限公司濮阳开州路支行",
        "濮公（治）限改字〔2024〕第18号",
        [("自助银行", "自助银行防尾随联动门禁故障", "2024.7.25", "")],
    ),
    (
        "中国邮政储蓄银行股份有限公司濮阳市人民路支行",
        "—",
        [("应急处置", "突发事件应急预案未按季度组织演练", "长期坚持", "常态化推进")],
    ),
    (
        "中国建设银行股份有限公司濮阳中原路支行",
        "濮公（治）限改字〔2024〕第20号",
        [("防护器材", "钢叉、防暴盾牌等防护器材配备不足", date(2024, 7, 15), "已配齐")],
    ),
]


def write_bank(path: Path) -> Path:
    b = Book(path, author="治安支队")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 30, 12, 38, 24, 14, 26])
    b.line(ws, 0, "城区银行业金融机构营业网点安全防范检查隐患整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市公安局治安支队    检查时间：2024年7月3日至7月5日    "
        "检查营业网点9家，下达《责令限期整改通知书》5份",
        6,
    )
    for c, word in enumerate(["序号", "营业网点名称", "检查项目", "存在隐患", "责令限期整改通知书文号"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "落实情况"], first=5)
    r, n = 4, 0
    for name, notice, rows in BANK_ROWS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 4, last, 4, notice, b.center)
        for item, hazard, deadline, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, item, b.center)
            b.put(ws, r, 3, hazard)
            b.put(ws, r, 5, deadline, b.center if not isinstance(deadline, date) else None)
            b.put(ws, r, 6, done)
            r += 1
    b.line(ws, r + 1, "注：整改完成后由网点填写落实情况，经属地派出所复查确认。", 6)
    b.line(ws, r + 2, "填表人：贾志刚    联系电话：0393-6682117    填表日期：2024年7月26日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 高校实验室安全检查, after a university's start-of-term check of every 教学单位's laboratories by 国有资产与
# 实验室管理处、保卫处、后勤保障处、基建处 (检查共发现并通报9个单位共计41项安全隐患，要求相关单位对照清单整改，
# 我处将对整改完成情况进行督查):
# https://jsbfpump.com/gzc/info/1008/1551.html
# A .zip of two returns: a 职业技术学院's .xlsx (its 学院 and laboratories as sections, the 督查复核 beside the
# 完成情况) and a 医学高等专科学校's .docx (a table whose 整改措施及完成时限 carries the deadline in a sentence).
COLLEGE_ROWS = [
    (
        "化工学院",
        "化学分析实验室（B302）",
        "剧毒化学品氰化钾未执行双人双锁保管",
        "重大",
        "立即落实双人双锁、双人领用",
        "2024年7月12日",
        "已整改",
        "复核通过",
    ),
    (
        "机电工程学院",
        "金工实训车间（A105）",
        "砂轮机防护罩缺失，托架与砂轮间隙过大",
        "一般",
        "加装防护罩，调整托架间隙",
        "2024年7月20日",
        "正在整改",
        "",
    ),
    (
        "医学院",
        "人体解剖实验室（C201）",
        "标本池甲醛挥发，实验室排风量不足",
        "较大",
        "改造排风系统",
        "2024年8月31日",
        "已完成改造方案，暑期施工",
        "",
    ),
    (
        "信息工程学院",
        "计算机机房（D402）",
        "多个插线板串接使用，线缆杂乱",
        "一般",
        "规范布线，拆除串接插线板",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "农林学院",
        "植物组培实验室（E108）",
        "二氧化碳气瓶未固定，无防倾倒链",
        "一般",
        "加装气瓶固定装置",
        "2024年7月15日",
        "未整改",
        "",
    ),
]
MEDCOLLEGE_ROWS = [
    (
        "护理系",
        "基础护理实训室",
        "紧急洗眼器水质浑浊，未定期冲洗",
        "更换洗眼器并每周冲洗，7月20日前完成",
        "已完成",
    ),
    ("药学系", "药物化学实验室", "危险化学品领用登记台账缺失", "建立领用登记台账，长期坚持", "长期坚持"),
    (
        "医学检验系",
        "微生物实验室",
        "生物安全柜年度检测过期",
        "委托第三方机构检测，8月底前完成",
        "已联系检测机构，正在排期",
    ),
]


def write_college_book(path: Path) -> Path:
    b = Book(path, author="国资处")
    ws = b.sheet("隐患整改清单")
    b.widths(ws, [6, 14, 22, 36, 8, 26, 16, 14, 12])
    b.line(ws, 0, "2024年暑期实验室安全检查隐患整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳职业技术学院国有资产与实验室管理处    检查单位：国有资产与实验室管理处、保卫处、"
        "后勤保障处、基建处    检查时间：2024年7月10日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学院",
            "实验室（房间号）",
            "隐患描述",
            "隐患等级",
            "整改要求",
            "整改时限",
            "整改完成情况",
            "督查复核",
        ],
    )
    for i, row in enumerate(COLLEGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COLLEGE_ROWS)
    b.line(
        ws, end + 1, "说明：本次共检查9个教学单位，本表仅列须限期整改的隐患，现场已整改的隐患不再列入。", 8
    )
    b.line(ws, end + 2, "经办人：柴红梅    联系电话：0393-6662035    日期：2024年7月25日", 8)
    return b.close()


def write_medcollege_docx(path: Path) -> Path:
    doc = _new_document("实验实训中心")
    _title(doc, "实验室安全隐患整改情况报告表", 18)
    _paragraph(doc, "填报单位：濮阳医学高等专科学校实验实训中心    填报日期：2024年7月26日", 12)
    header = ["序号", "系部", "实验室", "存在问题", "整改措施及完成时限", "整改状态"]
    table = doc.add_table(rows=1 + len(MEDCOLLEGE_ROWS), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    for r, row in enumerate(MEDCOLLEGE_ROWS, 1):
        for c, v in enumerate([str(r), *row]):
            _cell_text(table.cell(r, c), v)
    _paragraph(doc, "负责人：谷雪峰    填表人：任佳佳", 12)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    members = [
        ("实验室安全检查隐患整改清单（濮阳职业技术学院）.xlsx", write_college_book),
        ("实验室安全隐患整改情况报告表（濮阳医学高等专科学校）.docx", write_medcollege_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 物业服务企业专项检查及复查, after a county 住建局 and 房地产服务中心's joint action on its 物业企业 (不履约、
# 不到位、侵占业主利益; 对前几次检查的整改情况进行复查: 限期整改的30个问题有7个正在整改、23个已整改完成; 共性问题为
# 电动自行车停放及违规充电; 下达限期整改通知书):
# http://www.mefea.com/system/2024/11/17/030823703.shtml
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with a 发现日期 and two 复查 columns (the
# later round leaves blank what the earlier one found done), a 说明 line and the signature lines.
ESTATE_ROWS = [
    (
        "濮阳市安泰物业服务有限公司",
        "绿城花园",
        "电动自行车",
        "电动自行车在楼道内违规充电，小区无集中充电设施",
        "2024年7月2日",
        "2024年8月31日",
        "正在整改",
        "集中充电棚正在建设",
    ),
    (
        "濮阳市恒信物业管理有限公司",
        "中原华府",
        "履约",
        "物业服务合同、收费标准未在小区显著位置公示",
        "2024年7月2日",
        "7月15日前",
        "已整改",
        "",
    ),
    (
        "濮阳市嘉和物业服务有限公司",
        "开州水岸",
        "侵占业主利益",
        "利用小区公共区域设置广告位，收益未向业主公开",
        "2024年7月2日",
        "7月31日前",
        "正在整改",
        "已公示2023年度公共收益，整改完成",
    ),
    (
        "濮阳市锦绣物业服务有限公司",
        "龙湖名苑",
        "消防安全",
        "地下车库消防通道堆放杂物",
        "2024年7月2日",
        "2024年7月12日",
        "未整改",
        "仍未整改",
    ),
    (
        "濮阳市万家物业管理有限公司",
        "万家花园",
        "设施设备",
        "2号楼电梯维保记录缺失，检验合格标志过期",
        "2024年7月29日",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "濮阳市恒信物业管理有限公司",
        "恒信家园",
        "电动自行车",
        "小区未按规定划定电动自行车停放区域",
        "2024年7月2日",
        "9月底前",
        "正在整改",
        "已完成选址，正在施工",
    ),
    (
        "濮阳市华苑物业服务有限公司",
        "华苑小区",
        "履约",
        "未按合同约定每季度公示物业服务费收支情况",
        "2024年7月2日",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_estate_book(path: Path) -> Path:
    b = Book(path, author="物业科")
    ws = b.sheet("复查台账")
    b.widths(ws, [6, 28, 12, 14, 38, 14, 14, 16, 28])
    b.line(ws, 0, "物业服务企业专项检查问题整改复查台账", 8, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市住房和城乡建设局物业管理科、市房地产服务中心    填报日期：2024年7月30日", 8
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "物业服务企业",
            "服务项目",
            "问题类别",
            "检查发现问题",
            "发现日期",
            "整改期限",
            "复查情况（7月16日）",
            "复查情况（7月29日）",
        ],
    )
    for i, row in enumerate(ESTATE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ESTATE_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：7月16日复查已整改完成的问题，7月29日不再复查；7月29日新发现的问题下达限期整改通知书。",
        8,
    )
    b.line(ws, end + 2, "检查人员：冯立伟、秦素梅    审核：段国平", 8)
    return b.close()


def write_estate(path: Path) -> Path:
    via_soffice(write_estate_book, path, "ods", "物业服务企业专项检查问题整改复查台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 公交车辆及场站安全检查, after a 公交集团 company's 车队 checking its line's vehicles at the 始发站 (当班驾驶员
# 安全行车检查; 消防设施、安全锤、紧急安全阀门; 检查营运车辆40台; 现场立即整改，不能立即整改的做好整改计划，
# 限期整改完毕):
# http://bxshszb.bcxww.com/html/2021-05/20/content_123930.htm
# An .xlsx: title, 填报单位/检查时间 line (the base of 现场整改 and 3日内), one header row naming the company's own
# 车队 and 线路 (sections: the unit is the company), 自编号 with a dash for the 场站, a 填表说明 and 填表人 line.
BUS_ROWS = [
    ("一车队", "9路", "0915", "车载灭火器压力不足", "现场更换灭火器", "现场整改", "已现场更换"),
    ("一车队", "9路", "0922", "车内安全锤缺失1把", "补齐安全锤", "现场整改", "已补齐"),
    ("二车队", "16路", "1603", "后门应急开关铅封脱落", "恢复铅封并检查应急开关", "3日内", "已恢复铅封"),
    (
        "二车队",
        "16路",
        "1611",
        "驾驶员出车前未进行酒精测试登记",
        "严格落实班前酒精测试",
        "长期坚持",
        "长期坚持",
    ),
    (
        "三车队",
        "22路",
        "2207",
        "车内视频监控终端故障，录像无法回放",
        "报修视频监控终端",
        "2024年7月25日",
        "已报修，厂家正在维修",
    ),
    (
        "三车队",
        "首末站",
        "—",
        "华龙区公交首末站充电桩区域堆放废旧轮胎",
        "清理废旧轮胎",
        "7月20日前",
        "未整改",
    ),
    ("一车队", "首末站", "—", "场站室外消火栓被停放车辆遮挡", "划设禁停区域", "7月18日前", ""),
]


def write_bus(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 10, 10, 36, 26, 14, 22])
    b.line(ws, 0, "公交车辆及场站安全检查问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市众意公交公司安全技术部    检查时间：2024年7月16日    检查营运车辆40台", 7)
    b.header(ws, 2, ["序号", "车队", "线路", "自编号", "存在问题", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        for c in (1, 2, 3, 6):
            b.put(ws, 2 + i, c, row[c - 1], b.center)
    end = 3 + len(BUS_ROWS)
    b.line(ws, end + 1, "填表说明：能现场整改的现场整改；“3日内”自检查之日起计算。", 7)
    b.line(ws, end + 2, "填表人：韩东升    审核人：马玉洁    联系电话：0393-8318006", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 化工园区企业安全生产大排查大整治, after a 绿色化工产业园 that, with the district's 安监、消防、质监 and hired
# experts, checked its 73 enterprises (共排查出隐患421条，要求企业根据排查结果制订整改方案; 复查: 已完成整改235条，
# 整改完成率62%):
# http://www.yunxiqu.gov.cn/38965/39022/content_1495314.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 排查组 (the inspectors) beside the
# enterprise, a 是否销号 column next to the 复查情况, a 合计 row with the completion rate, and a 填表人 line.
PARK_ROWS = [
    (
        "濮阳市宏业化工有限公司",
        "危化品储存",
        "甲类仓库内危化品混存，未分区分类存放",
        "专家组",
        "2024年7月20日",
        "已分区分类存放",
        "是",
    ),
    (
        "濮阳盛源石化有限公司",
        "工艺安全",
        "反应釜紧急切断阀未投用",
        "安监",
        "8月31日前",
        "紧急切断阀正在安装调试",
        "否",
    ),
    (
        "濮阳市天成新材料科技有限公司",
        "消防",
        "厂区消防水池液位计损坏",
        "消防",
        "2024年7月15日",
        "已更换液位计",
        "是",
    ),
    (
        "濮阳市金泰精细化工有限公司",
        "特种设备",
        "2台压力容器超期未检验",
        "质监",
        "2024年7月31日",
        "未整改",
        "否",
    ),
    (
        "濮阳蓝海环保科技有限公司",
        "电气安全",
        "防爆区域使用非防爆照明灯具",
        "专家组",
        "第三季度",
        "已采购防爆灯具，待安装",
        "否",
    ),
    (
        "濮阳市恒润化工有限公司",
        "安全管理",
        "特殊作业票证填写不规范，动火分析超时",
        "专家组",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "濮阳市鼎盛化工有限公司",
        "危化品储存",
        "液氨储罐区喷淋装置无法正常启动",
        "安监",
        "7月25日前",
        "",
        "",
    ),
]


def write_park_book(path: Path) -> Path:
    b = Book(path, author="安监局")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 30, 12, 38, 10, 16, 26, 10])
    b.line(ws, 0, "化工园区企业安全生产大排查大整治隐患整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳新型化工基地管理委员会安全生产监督管理局    填报日期：2024年7月30日    "
        "排查组：区应急管理、消防、市场监管部门及聘请专家",
        7,
    )
    b.header(
        ws, 2, ["序号", "企业名称", "隐患类别", "隐患描述", "排查组", "整改期限", "复查情况", "是否销号"]
    )
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        for c in (2, 4, 5, 7):
            b.put(ws, 2 + i, c, row[c - 1], b.center)
    end = 3 + len(PARK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        7,
        "排查企业73家，排查隐患421条，已整改235条，整改完成率62%（本表列出未销号及重点隐患）",
    )
    b.line(ws, end + 2, "填表人：于海洋    联系电话：0393-4408126", 7)
    return b.close()


def write_park(path: Path) -> Path:
    return via_soffice(write_park_book, path, "xls", "化工园区企业安全生产大排查隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 二次供水泵房专项检查, after a 水务集团's 自来水公司 whose 信息中心 and 各营业所 checked the 老旧小区's pump rooms
# (机组设备、配电设施、卫生防护、水质、蓄水池（箱）、管道、漏水; 运行记录; 共完成48个二次供水泵房巡查):
# https://jgemc.com/kyguanwangmanbetx/article-87008-257992.html
# An .xlsx: title, 填报单位 line (the company; its 营业所 are sections), rows grouped under merged 营业所 heading
# rows (一、二、三), dates as text, a 合计 row and a signature line.
WATER_GROUPS = [
    (
        "一、华龙营业所",
        [
            (
                "建设路58号院泵房",
                "卫生防护",
                "蓄水池人孔盖未加锁，通气管未装防虫网",
                "人孔加锁、加装防虫网",
                "7月10日前",
                "已完成",
            ),
            (
                "油田十六小区泵房",
                "机组设备",
                "2号加压泵机械密封漏水",
                "更换机械密封",
                "2024.7.20",
                "正在维修",
            ),
        ],
    ),
    (
        "二、开州营业所",
        [
            (
                "开州路纺织厂家属院泵房",
                "配电设施",
                "控制柜接线端子过热变色",
                "更换端子并紧固",
                "2024.7.15",
                "已更换",
            ),
            (
                "京开道供销社家属院泵房",
                "水质",
                "水箱未按每半年一次清洗消毒",
                "委托专业单位清洗消毒并送检",
                "2024.8.15",
                "",
            ),
            ("胜利路老粮局家属院泵房", "管道", "出水总管锈蚀渗漏", "更换出水管段", "2024年9月30日", "未启动"),
        ],
    ),
    (
        "三、城东营业所",
        [
            (
                "黄河路五金公司家属院泵房",
                "运行记录",
                "泵房巡检及运行记录不全",
                "建立巡检记录制度",
                "长期坚持",
                "长期坚持",
            ),
            (
                "长庆路老医院家属院泵房",
                "卫生防护",
                "泵房内堆放杂物，地面积水",
                "清理杂物、疏通排水",
                "7月12日前",
                "已清理，排水已疏通",
            ),
        ],
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="供水管理所")
    ws = b.sheet("泵房检查")
    b.widths(ws, [6, 26, 12, 36, 28, 14, 20])
    b.line(ws, 0, "老旧小区二次供水泵房专项检查问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市自来水公司（供水管理所）    检查时间：2024年7月1日至7月8日", 6)
    b.header(ws, 2, ["序号", "泵房名称", "检查项目", "存在问题", "整改措施", "整改时限", "整改完成情况"])
    r, n = 3, 0
    for heading, rows in WATER_GROUPS:
        b.merge(ws, r, 0, r, 6, heading, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "共检查二次供水泵房48座，发现问题7项")
    b.line(ws, r + 2, "负责人：葛振华    填表人：任晓丽    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 行业协会商会收费行为联合检查, after a district's 发改局、民政局、市场监管局 joint check of its 行业协会商会
# (独立银行账户; 收费项目及依据; 资金使用、挪用协会资产; 会费管理、强制入会、评比表彰; 会费标准是否经会员（代表）
# 大会表决通过):
# https://investchn.com/index.php/home/news/detail/id/197961.html
# A .wps (Word 97 via LibreOffice): title, 检查单位 line, a table whose 协会商会名称 cell is merged down over an
# association's two problems, a 填表说明 and signature lines.
ASSOC_ROWS = [
    (
        "濮阳市物流行业协会",
        [
            (
                "会费标准未经会员（代表）大会表决通过",
                "重新提交会员代表大会表决",
                "2024年9月30日前",
                "已定于8月召开会员代表大会",
            ),
            (
                "以评比表彰名义向会员单位收取费用",
                "立即停止收费并清退",
                "2024年7月31日",
                "已停止收费，清退费用2.3万元",
            ),
        ],
    ),
    (
        "濮阳市温州商会",
        [("未设立独立银行账户，会费收入存入个人账户", "开设商会独立账户", "2024年7月20日", "已开设独立账户")],
    ),
    (
        "濮阳市餐饮行业协会",
        [("强制会员单位参加培训并收取培训费", "停止强制培训收费", "8月15日前", "未整改")],
    ),
    (
        "濮阳市汽车维修行业协会",
        [("利用分支机构重复收取会费", "撤销分支机构收费", "2024年8月31日", "")],
    ),
    (
        "濮阳市家政服务协会",
        [("收取会费后未向会员公开年度财务收支", "建立年度财务公开制度", "长期坚持", "长期坚持")],
    ),
    (
        "濮阳市华龙区建筑业协会",
        [("协会资金为会长所在企业垫付款项", "追回垫付资金", "年底前", "已追回部分资金，余款正在催缴")],
    ),
]


def write_assoc_docx(path: Path) -> Path:
    doc = _new_document("社会组织管理科")
    _title(doc, "行业协会商会收费行为联合检查问题整改清单", 18)
    _paragraph(
        doc,
        "检查单位：濮阳市发展和改革委员会、市民政局、市市场监督管理局联合检查组    检查时间：2024年7月9日至7月11日",
        12,
    )
    header = ["序号", "协会商会名称", "检查发现问题", "整改要求", "整改时限", "整改情况"]
    n_rows = sum(len(rows) for _, rows in ASSOC_ROWS)
    table = doc.add_table(rows=1 + n_rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for name, rows in ASSOC_ROWS:
        _cell_text(table.cell(r, 1), name)
        if len(rows) > 1:
            table.cell(r, 1).merge(table.cell(r + len(rows) - 1, 1))
        for problem, demand, deadline, done in rows:
            n += 1
            _cell_text(table.cell(r, 0), str(n))
            for c, v in enumerate([problem, demand, deadline, done], start=2):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "填表说明：整改情况由各协会商会填写，业务主管单位审核后报市民政局。", 12)
    _paragraph(doc, "填表人：郝丽娜    联系电话：0393-8992306    日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_assoc(path: Path) -> Path:
    return via_soffice(write_assoc_docx, path, "doc", "行业协会商会收费行为联合检查问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 9. 社区网格事件上报处置, after a 街道 community whose 网格员 patrol at night, photograph and report a problem
# through the 网格化服务管理平台, and the unit concerned (there the 公交集团) comes and puts it right:
# http://3dnf.cc/zonghe/2022/1023/92071.html
# A CSV in UTF-8 with BOM: a title line, a 填报 line, one header line with the 网格员 (the reporter) and the
# 处置单位 (the handling unit, partly by short names), a 派遣日期 that 工作日 limits count from, an 办结日期 column.
GRID_ROWS = [
    (
        "2024-07-08",
        "第3网格",
        "李娟",
        "公共交通",
        "华龙路与胜利路口公交站牌线路图缺失",
        "公交公司",
        "2024-07-09",
        "3个工作日",
        "已办结，线路图已重新张贴",
        "2024-07-11",
    ),
    (
        "2024-07-12",
        "第1网格",
        "王海燕",
        "市容环境",
        "中原路东段人行道占道经营夜市摊点油烟扰民",
        "市城管局",
        "2024-07-12",
        "2024-07-19",
        "处置中",
        "",
    ),
    (
        "2024-07-15",
        "第2网格",
        "赵磊",
        "安全隐患",
        "昆吾小区6号楼外墙瓷砖空鼓脱落",
        "胜利路街道办事处",
        "2024-07-15",
        "2024-07-26",
        "已拉设警戒线，正在联系维修单位",
        "",
    ),
    (
        "2024-07-10",
        "第4网格",
        "孙丽丽",
        "电力设施",
        "京开道与黄河路口配电箱门损坏、线路外露",
        "供电公司",
        "2024-07-10",
        "2024-07-15",
        "已办结",
        "2024-07-13",
    ),
    (
        "2024-07-16",
        "第3网格",
        "李娟",
        "供水",
        "新华小区主供水管道漏水，路面积水",
        "自来水公司",
        "2024-07-16",
        "1个工作日",
        "已办结",
        "2024-07-16",
    ),
    (
        "2024-07-22",
        "第1网格",
        "王海燕",
        "燃气安全",
        "沿街饭店门前燃气调压箱未设防撞护栏",
        "燃气公司",
        "2024-07-22",
        "2024-07-31",
        "未处置",
        "",
    ),
    (
        "2024-07-24",
        "第4网格",
        "孙丽丽",
        "违法建设",
        "开州路北段居民楼顶私搭彩钢房",
        "市城管局",
        "2024-07-25",
        "10个工作日",
        "",
        "",
    ),
    (
        "2024-07-09",
        "第2网格",
        "赵磊",
        "物业管理",
        "新华小区3号楼单元门禁损坏，外来人员随意进出",
        "濮阳市安居物业服务有限公司",
        "2024-07-09",
        "2024-07-10",
        "已办结",
        "2024-07-10",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["胜利路街道新华社区网格事件上报处置台账（2024年7月）"])
    w.writerow(["填报单位：胜利路街道新华社区网格工作站；处置时限为工作日的，自派遣之日起计算"])
    w.writerow(
        [
            "序号",
            "上报日期",
            "网格",
            "网格员",
            "事件类别",
            "事件描述",
            "处置单位",
            "派遣日期",
            "处置时限",
            "处置情况",
            "办结日期",
        ]
    )
    for i, row in enumerate(GRID_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["", "", "", "", "", "本月上报事件8件，已办结4件", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 医院安全生产大检查, after a hospital's pre-holiday check by its 总会计师 and the 后勤 departments (食堂、病理科、
# 配电室、智能监控室; 危爆品存储、消防、治安、特种设备、水电、在建工程; 个别诊室违规使用电热水杯烧水、食堂天然气报警
# 检测过期失效、个别消火栓箱损坏; 各科室负责人要高度重视本科室安全工作):
# https://www.hbsxkyy.com.cn/wznr/xinwengonggao_290.html
# A .docx: the hospital's report to the 卫健委, preamble with the check date (the base of 立行立改), the problems as
# numbered paragraphs under （一）（二）（三） headings, each with its 责任科室, 整改时限 and progress in sentences,
# a 下一步 paragraph, the hospital and date at the foot.
HOSPITAL_PARAS = [
    (
        "（一）消防与用电安全",
        [
            "1. 个别诊室违规使用电热水杯烧水。责任科室：门诊部。整改时限：立行立改。检查当日已收缴电热水杯3个，"
            "整改完成。",
            "2. 门诊楼三楼消火栓箱门损坏、水带缺失。责任科室：保卫科。整改时限：7月15日前。目前水带正在采购，"
            "箱门已维修。",
            "3. 配电室应急照明灯不亮，绝缘垫老化。责任科室：总务科。整改时限：8月31日前。该问题尚未整改。",
        ],
    ),
    (
        "（二）危化品与特种设备",
        [
            "4. 病理科二甲苯、甲醛存放柜未实行双人双锁管理。责任科室：病理科。整改时限：2024年7月10日。"
            "已加装双锁，实行双人管理。",
            "5. 食堂天然气泄漏报警器检测过期失效。责任科室：总务科。整改时限：7月20日前。已委托有资质单位检测，"
            "检测合格。",
            "6. 门诊楼2号电梯轿厢应急电话不通。责任科室：设备科。整改时限：2024年7月12日。已维修恢复。",
        ],
    ),
    (
        "（三）治安与在建工程",
        [
            "7. 智能监控室值班记录不全，夜间存在脱岗现象。责任科室：保卫科。整改措施：严格落实24小时值班制度，"
            "长期坚持。",
            "8. 在建住院楼工地临时用电配电箱未上锁。责任科室：基建科。整改时限：7月31日前。",
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("医院办公室")
    _title(doc, "濮阳市华龙区人民医院关于安全生产大检查发现问题整改情况的报告")
    _paragraph(doc, "区卫生健康委员会：")
    _paragraph(
        doc,
        "为做好汛期及暑期安全生产工作，2024年7月5日，我院由总会计师带队，组织总务科、保卫科、设备科、基建科等"
        "职能科室对食堂、病理科、配电室、智能监控室及在建工程等重点部位开展安全生产大检查，共发现问题8个。"
        "现将整改情况报告如下：",
    )
    for heading, paras in HOSPITAL_PARAS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将压实各科室负责人安全责任，加强对人员较少区域的巡查，确保隐患动态清零。")
    _paragraph(doc, "濮阳市华龙区人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 11. 集团公司安全检查, after a 集团公司's check, led by its 副总经理, of a subsidiary's 支护厂 and the 建设工程公司's
# 库房 (现场管理、教育培训、安全设施、消防设施、关键装置、重点要害; 要求各子公司对查出的问题及时督促整改):
# http://d0792.cn/index/article/article_show?id=1108
# An .xlsx with one sheet per unit: each sheet has its own title and 填报单位 line (two subsidiaries, and the 集团本部
# whose rows name its own 部门), one header row, 责任人 names, and a signature line.
GROUP_SHEETS = [
    (
        "建设工程公司",
        "濮阳龙都建设工程有限公司",
        [
            (
                "库房",
                "库房内油漆、稀料与电焊机混放",
                "现场管理",
                "分区存放，设置禁火标志",
                "王建军",
                "2024年7月10日",
                "已整改",
            ),
            (
                "项目部",
                "新入场作业人员三级安全教育记录缺失",
                "教育培训",
                "补齐三级安全教育",
                "刘涛",
                "7月31日前",
                "正在组织补训",
            ),
        ],
    ),
    (
        "民意公司",
        "濮阳龙都民意矿业有限公司（支护厂）",
        [
            (
                "锚杆生产车间",
                "冲压设备安全防护光栅失效",
                "安全设施",
                "更换安全光栅",
                "李国强",
                "2024年7月20日",
                "未整改",
            ),
            (
                "配电室",
                "配电室挡鼠板缺失，门窗密封不严",
                "重点要害",
                "加装挡鼠板，封堵孔洞",
                "李国强",
                "2024年7月8日",
                "已整改",
            ),
            ("成品库", "桥式起重机钢丝绳断丝超标", "关键装置", "更换钢丝绳", "张伟", "2024年8月15日", ""),
        ],
    ),
    (
        "集团本部",
        "濮阳龙都实业集团有限公司",
        [
            (
                "安全环保部",
                "集团安全生产隐患排查治理制度未按新法修订",
                "安全管理",
                "修订隐患排查治理制度",
                "陈立",
                "2024年9月30日",
                "已形成修订稿，正在征求意见",
            ),
            (
                "综合办公室",
                "办公楼消防控制室值班人员未持证上岗",
                "消防设施",
                "安排持证人员值班",
                "周敏",
                "2024年7月31日",
                "值班人员已报名消防设施操作员培训，待考试取证",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    for sheet, unit, rows in GROUP_SHEETS:
        ws = b.sheet(sheet)
        b.widths(ws, [6, 14, 36, 10, 26, 10, 16, 28])
        b.line(ws, 0, "集团公司安全检查问题整改台账", 7, b.title)
        b.line(ws, 1, f"填报单位：{unit}    检查时间：2024年7月3日    填报日期：2024年7月29日", 7)
        b.header(
            ws, 2, ["序号", "检查部位", "问题描述", "问题类别", "整改措施", "责任人", "整改期限", "整改结果"]
        )
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
        end = 3 + len(rows)
        b.line(ws, end + 1, "单位负责人：            安全管理人员：            联系电话：", 7)
    return b.close()


FILES = [
    ("迎峰度夏电气火灾隐患排查用电检查台账.xls", write_power),
    ("银行营业网点安全防范检查隐患整改台账.xlsx", write_bank),
    ("高校实验室安全检查隐患整改（两校）.zip", write_college),
    ("物业服务企业专项检查问题整改复查台账.ods", write_estate),
    ("公交车辆及场站安全检查问题整改台账（众意公交）.xlsx", write_bus),
    ("化工园区企业安全生产大排查隐患整改台账.et", write_park),
    ("老旧小区二次供水泵房专项检查问题整改台账.xlsx", write_water),
    ("行业协会商会收费行为联合检查问题整改清单.wps", write_assoc),
    ("新华社区网格事件上报处置台账.csv", write_grid),
    ("濮阳市华龙区人民医院安全生产大检查发现问题整改情况报告.docx", write_hospital),
    ("龙都实业集团所属单位安全检查问题整改台账.xlsx", write_group),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside300 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改（县区、国企、学校、医院）, 财政与资金监管, 国有资产管理.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ticks under 已整改/整改中/未整改), .et and .doc and .ods
(LibreOffice conversions of an .xlsx, a .docx and an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs,
and a .zip of two returns (an .xlsx and a .docx, UTF-8 member names). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside300.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})
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


def _grouped_table(doc, header: list[str], groups: list[tuple[str, list[list[str]]]], size: float = 10.5):
    """A Word table with one header row and, per group, a title row merged across before its rows."""
    count = 1 + sum(1 + len(rows) for _, rows in groups)
    table = doc.add_table(rows=count, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    r = 1
    for title, rows in groups:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, title, size, bold=True)
        r += 1
        for values in rows:
            for c, v in enumerate(values):
                _cell_text(table.cell(r, c), v, size)
            r += 1
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
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
# 1. 审计查出问题整改督查督办清单, after a city 审计局's report to the 人大常委会 on the rectification of the problems
# its 预算执行 audit found (市政府督查室和市审计局联动; 建立审计整改督查督办清单; 下达《审计整改督办函》，要求被审计单位
# 每月上报整改情况; 约谈被审计单位相关人员):
# http://www.qingdao.gov.cn/zwgk/zdgk/zdlyzt/zdly/pggk/sjxx/202202/t20220208_4322693.shtml
# An .xlsx: title, 填报单位 line, a two-row header (督办情况 over 督办函文号/下达日期, 整改进展 over 6月/7月), the
# 审计项目 cell merged down over its rows, units under short and former names, counties and a 乡, a 约谈情况 column,
# a 说明 line and a signature line.
SUPERVISE_GROUPS = [
    (
        "2023年度市本级预算执行和其他财政收支审计",
        [
            (
                "部分非税收入未及时缴入国库，在财政专户滞留超过一个月",
                "市财政局",
                "濮审督〔2024〕3号",
                date(2024, 4, 12),
                "2024年6月30日",
                "已缴库1.2亿元，剩余部分正在清理",
                "已全部缴入国库，整改完成",
                "",
            ),
            (
                "高标准农田建设项目资金结存两年以上未使用，形成沉淀",
                "市农委",
                "濮审督〔2024〕5号",
                date(2024, 4, 12),
                "2024年9月底前",
                "已制定资金盘活方案",
                "已收回结存资金3100万元，剩余项目正在推进",
                "",
            ),
            (
                "就业补助资金向不符合条件人员发放职业技能提升补贴",
                "市人力资源社会保障局",
                "濮审督〔2024〕7号",
                date(2024, 5, 8),
                "立行立改（自督办函下达之日起）",
                "已追回违规发放补贴12.6万元，整改完成",
                "已销号",
                "",
            ),
            (
                "部分公立医院医疗设备采购未执行政府采购程序",
                "市卫计委",
                "濮审督〔2024〕8号",
                date(2024, 5, 8),
                "2024年10月31日",
                "正在整改",
                "正在整改",
                "",
            ),
        ],
    ),
    (
        "清丰县2023年度财政决算审计",
        [
            (
                "违规向县属国有企业出借财政资金2000万元",
                "清丰县财政局",
                "濮审督〔2024〕11号",
                date(2024, 5, 20),
                "2024年8月31日",
                "未启动",
                "已追回出借资金800万元，其余资金正在催收",
                "2024年6月14日约谈县财政局分管负责人",
            ),
        ],
    ),
    (
        "南乐县政府专项债券资金管理使用情况审计",
        [
            (
                "专项债券资金拨付项目单位后闲置超过一年",
                "南乐县发展和改革委员会",
                "濮审督〔2024〕12号",
                date(2024, 5, 20),
                "年底前",
                "正在协调调整债券资金用途",
                "",
                "",
            ),
        ],
    ),
    (
        "范县乡镇财政收支审计",
        [
            (
                "挤占挪用农村公路养护资金用于乡机关日常开支",
                "范县颜村铺乡人民政府",
                "濮审督〔2024〕14号",
                date(2024, 6, 3),
                "2024年7月31日",
                "未整改",
                "未整改",
                "2024年7月16日约谈乡主要负责人",
            ),
        ],
    ),
    (
        "台前县保障性安居工程资金审计",
        [
            (
                "保障性住房租金收入未按规定实行收支两条线管理",
                "台前县住房和城乡建设局",
                "濮审督〔2024〕15号",
                date(2024, 6, 3),
                "长期坚持",
                "已修订资金管理办法",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("督查督办清单")
    b.widths(ws, [6, 22, 40, 20, 18, 12, 18, 28, 28, 22])
    b.line(ws, 0, "濮阳市审计查出问题整改督查督办清单（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查局、濮阳市审计局    填报日期：2024年7月29日", 9)
    for c, word in [(0, "序号"), (1, "审计项目"), (2, "审计查出问题"), (3, "整改责任单位")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "督办情况", b.head)
    b.header(ws, 3, ["督办函文号", "下达日期"], first=4)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改进展（按月填报）", b.head)
    b.header(ws, 3, ["6月进展", "7月进展"], first=7)
    b.merge(ws, 2, 9, 3, 9, "约谈情况", b.head)
    r, n = 4, 0
    for project, rows in SUPERVISE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, project, b.cell)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "说明：整改进展由整改责任单位每月25日前报送，7月进展截至2024年7月26日；已销号事项经市审计局复核确认。",
        9,
    )
    b.line(ws, r + 1, "审核人：孔德明    填表人：魏晓燕    联系电话：0393-8991527", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 校园食品安全和膳食经费管理专项审计整改台账, after a county 审计局's account of its 学校校园食品安全和膳食经费管理
# 专项审计 of 中小学校 (重点围绕食堂经费情况、供餐管理情况、学生负担情况、食品安全情况、责任落实情况、制度落实情况等
# 六个方面; 提出针对性意见和建议，强化审计发现问题整改):
# http://admin.yzcity.gov.cn:8888/qyxjyj/0400/202411/e4143ab295fd4d21ace132c0aa306fc7.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header with ticks under 已整改/整改中/未整改, the rows grouped under
# the six 方面 merged across, 立行立改 counted from the 审计报告送达 date the 注 states, a signature line.
CANTEEN_GROUPS = [
    (
        "一、食堂经费情况",
        [
            (
                "清丰县第一高级中学",
                "食堂年度结余超过伙食费收入的5%，结余资金未用于改善学生伙食",
                "调整菜品结构，结余资金全部用于改善伙食",
                "2024年8月31日",
                "",
                "√",
                "",
                "",
            ),
            (
                "清丰县第二初级中学",
                "食堂从业人员工资从学生伙食费中列支4.8万元",
                "改由学校公用经费列支，归垫伙食费账户",
                "2024年7月15日",
                "√",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "二、供餐管理情况",
        [
            (
                "清丰县马庄桥镇中心小学",
                "大宗食材采购未执行公开招标，由学校指定供应商供货",
                "按规定组织公开招标",
                "2024年8月25日前",
                "",
                "",
                "√",
                "",
            ),
        ],
    ),
    (
        "三、学生负担情况",
        [
            (
                "清丰县六塔乡第一初级中学",
                "向住校生收取餐具费每生30元",
                "立即清退已收取的餐具费",
                "立行立改",
                "√",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "四、食品安全情况",
        [
            (
                "清丰县实验小学",
                "食堂留样时间不足48小时，留样记录不全",
                "规范留样管理，专人负责",
                "立行立改",
                "√",
                "",
                "",
                "",
            ),
            (
                "清丰县阳邵镇第一初级中学",
                "冷藏库温度记录缺失，部分食材超期存放",
                "更换冷藏设备，建立温度记录",
                "2024年9月30日",
                "",
                "√",
                "",
                "冷藏设备已采购",
            ),
        ],
    ),
    (
        "五、责任落实情况",
        [
            (
                "清丰县古城乡中心小学",
                "未落实学校负责人陪餐制度，陪餐记录缺失",
                "建立陪餐轮值表，如实记录",
                "长期坚持",
                "",
                "",
                "",
                "常态化落实",
            ),
        ],
    ),
    (
        "六、制度落实情况",
        [
            (
                "清丰县职业中等专业学校",
                "未成立膳食委员会，伙食费收支未按月公示",
                "成立膳食委员会，每月公示伙食费收支",
                "2024年7月31日",
                "",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_canteen(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县中小学校园食品安全和膳食经费管理专项审计发现问题整改台账", t, 0, 8),
        (1, 0, "填报单位：清丰县教育局（计财股）    填报日期：2024年7月29日", plain, 1, 8),
    ]
    for col, word in enumerate(["序号", "学校名称", "审计发现问题", "整改措施", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "整改情况（在对应栏内打√）", h, 2, 7))
    for col, word in enumerate(["已整改", "整改中", "未整改"], 5):
        cells.append((3, col, word, h))
    cells.append((2, 8, "备注", h, 3, 8))
    r, n = 4, 0
    for title, rows in CANTEEN_GROUPS:
        cells.append((r, 0, title, _xf(bold=True), r, 8))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col >= 4 and col <= 7 else c))
            r += 1
    cells += [
        (r, 0, "注：审计报告于2024年6月20日送达各学校，“立行立改”事项自送达之日起整改。", plain, r, 8),
        (r + 1, 0, "审核人：吕建华    填表人：沈丽    联系电话：0393-7221386", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改台账", cells)], [6, 24, 40, 30, 14, 8, 8, 8, 16])


# ---------------------------------------------------------------------------------------------
# 3. 惠民惠农财政补贴资金“一卡通”专项治理自查问题整改台账, after a county-level city 财政局's account of its
# “一卡通”专项治理 (牵头建立市级联席工作机制; 对全市“一卡通”补助对象进行清理核查; 对各类惠民惠农财政补贴资金
# “一卡通”管理情况和资金管理使用发放情况全面自查自纠; 监督办):
# https://public.xinmi.gov.cn/D47Y/2453598.jhtml
# A CSV in GBK: a title line, a 牵头单位/填报日期 line, one header line with the 交办日期 each row's working-day
# 整改时限 counts from, 整改结果 beside a 是否销号 column, a 合计 line summing the money.
CARD_ROWS = [
    (
        "耕地地力保护补贴",
        "南乐县农业农村局",
        "已死亡人员仍在补贴发放名单中，涉及12户",
        "8640",
        "2024-07-01",
        "15个工作日",
        "已追回8640元",
        "是",
    ),
    (
        "城乡居民最低生活保障金",
        "南乐县民政局",
        "财政供养人员亲属违规享受低保3户",
        "21600",
        "2024-07-01",
        "15个工作日",
        "已停发，追缴工作正在进行",
        "否",
    ),
    (
        "困难残疾人生活补贴",
        "南乐县残疾人联合会",
        "2024年第一季度补贴延迟两个月发放",
        "",
        "2024-07-03",
        "10个工作日",
        "已按月足额发放，建立发放台账",
        "是",
    ),
    (
        "农村危房改造补助",
        "南乐县住房和城乡建设局",
        "补助资金未通过“一卡通”直接发放，由村委会代领转付",
        "120000",
        "2024-07-08",
        "20个工作日",
        "正在逐户核实农户领取情况",
        "否",
    ),
    (
        "城乡居民基本养老保险待遇",
        "南乐县人力资源和社会保障局",
        "2人同时领取城乡居民养老金和企业职工养老金",
        "5280",
        "2024-07-08",
        "15个工作日",
        "未整改",
        "否",
    ),
    (
        "退耕还林补助",
        "南乐县自然资源局",
        "补贴政策、发放对象和标准未公开公示",
        "",
        "2024-07-10",
        "立行立改",
        "已在县政府网站和各村公示栏公开",
        "是",
    ),
    (
        "家庭经济困难学生生活补助",
        "南乐县教育局",
        "同一学生在两所学校重复享受生活补助",
        "3750",
        "2024-07-10",
        "15个工作日",
        "已追回2500元，剩余1250元正在追缴",
        "否",
    ),
]


def write_card(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县惠民惠农财政补贴资金“一卡通”专项治理自查问题整改台账"])
    w.writerow(
        ["牵头单位：南乐县财政局（县“一卡通”专项治理联席办公室）", "", "", "", "", "填报日期：2024-07-30"]
    )
    w.writerow(
        [
            "序号",
            "补贴项目",
            "主管部门",
            "自查发现问题",
            "涉及金额（元）",
            "交办日期",
            "整改时限（自交办之日起）",
            "整改结果",
            "是否销号",
        ]
    )
    for i, row in enumerate(CARD_ROWS, 1):
        w.writerow([i, *row])
    total = sum(int(r[3]) for r in CARD_ROWS if r[3])
    w.writerow(["合计", "", "", f"共{len(CARD_ROWS)}个问题", str(total), "", "", "", "已销号3个"])
    w.writerow(["联系人：宋海燕", "", "", "联系电话：0393-5562219"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 国有资产清查发现问题整改台账, after a county-level city's 国有资产清查工作方案 (对全市行政事业单位（含学校、医院）、
# 国有企业国有资产占有使用管理情况进行全面清查; 资产在用、闲置、报废状况; 资产长期被占用或借用、资产租期超长租金
# 偏低和违规报废、低价处置资产等造成国有资产流失等问题; 健全一本台账):
# http://www.jxfc.gov.cn/fcsrmzf/gfxwj/202212/b02ff568f4b74ae3b181a7902441bc43.shtml
# An .et (an .xlsx converted by LibreOffice to Excel 97, named as WPS 表格 names it): title, 填报单位/反馈日期 line,
# one header row with 资产类别, 账面原值 and 问题类型 (the source's own problem kinds), a 销号情况 column beside 整改
# 情况, a 合计 row summing the book value, a 注 line and a signature line.
ASSET_ROWS = [
    (
        "范县人民医院",
        "原传染病区病房楼",
        "房屋",
        860.5,
        "病房楼闲置三年以上，未纳入盘活",
        "闲置",
        "纳入盘活存量资产台账，改建为康复病区",
        "2024年12月31日",
        "改建方案已完成设计，待县卫健委批复",
        "",
    ),
    (
        "范县第一中学",
        "校门口临街门面房6间",
        "房屋",
        45.2,
        "门面房一次性出租20年，年租金1.2万元，明显低于市场价",
        "租期超长租金偏低",
        "与承租方协商解除合同，重新公开招租",
        "2024年10月31日",
        "正在与承租方协商",
        "",
    ),
    (
        "范县城市建设投资有限公司",
        "公务用车2辆",
        "车辆",
        38.6,
        "车辆长期被县直单位借用，未办理借用手续",
        "长期被占用或借用",
        "收回车辆或办理调拨手续",
        "2024年7月15日",
        "已收回车辆",
        "已销号",
    ),
    (
        "范县农业农村局",
        "农机监理站办公楼",
        "房屋",
        120.0,
        "办公楼未登记入账，形成账外资产",
        "账实不符",
        "补办资产入账手续",
        "2024年6月30日",
        "",
        "已销号",
    ),
    (
        "范县教育局",
        "淘汰计算机120台",
        "通用设备",
        42.0,
        "未经审批自行报废处置淘汰计算机",
        "违规报废",
        "补办报废审批手续，追究相关人员责任",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "陈庄镇人民政府",
        "原陈庄镇粮所院落",
        "土地及房屋",
        65.3,
        "以低于评估价30%的价格转让给个人",
        "低价处置",
        "追缴差价款",
        "2024年9月30日",
        "已追缴差价款12万元，其余部分正在协商",
        "",
    ),
    (
        "范县中医院",
        "彩色多普勒超声诊断仪1台",
        "专用设备",
        95.0,
        "设备已调拨至乡镇卫生院使用，账务未作调整",
        "账实不符",
        "按调拨手续调整账务",
        "立行立改",
        "已调整账务",
        "已销号",
    ),
    (
        "范县供销合作社",
        "原城关供销社门市部",
        "房屋",
        18.7,
        "门市部被个人长期无偿占用",
        "长期被占用或借用",
        "依法收回",
        "2024年11月底前",
        "已向占用人送达腾退通知书",
        "未销号",
    ),
]


def write_assets_book(path: Path) -> Path:
    b = Book(path, author="国资股")
    ws = b.sheet("清查问题整改台账")
    b.widths(ws, [6, 22, 22, 10, 12, 34, 14, 30, 16, 30, 10])
    b.line(ws, 0, "范县国有资产清查发现问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县国有资产清查工作领导小组办公室（范县财政局代章）    清查反馈日期：2024年6月28日    "
        "填报日期：2024年7月29日    金额单位：万元",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "单位名称",
            "资产名称",
            "资产类别",
            "账面原值",
            "清查发现问题",
            "问题类型",
            "整改措施",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(ASSET_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 4 else None)
    end = 3 + len(ASSET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"{len(ASSET_ROWS)}个单位", b.cell)
    for c in (2, 3):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 4, round(sum(r[3] for r in ASSET_ROWS), 2), b.money)
    for c in range(5, 11):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws,
        end + 1,
        "注：整改时限为“立行立改”的，以清查反馈之日（2024年6月28日）为准；整改完成经县财政局核实后销号。",
        10,
    )
    b.line(ws, end + 2, "负责人：常振华    填表人：左玉洁    联系电话：0393-5225718", 10)
    return b.close()


def write_assets(path: Path) -> Path:
    return via_soffice(write_assets_book, path, "xls", "国有资产清查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 国有企业资产损益情况审计查出问题整改情况报告, after a county 国有建设公司's report on the rectification of its
# 资产损益情况审计 (成立审计整改小组; 制定整改方案，明确整改目标、时间阶段以及具体整改任务及措施; 管理、内控制度、
# 财务收支、资产管理、工程项目、采购流程等六个方面; 制定审计整改问题台账，落实到责任领导、部门和具体责任人;
# 二、审计反馈问题的整改情况 （一）共性问题 1.未实行全面预算 … 整改措施（宇鸿）…):
# https://ixbang.com/bid/detail/8FCFEFA79851090764B8C2A42F317648.html
# A .docx: title, 主送, preamble, 一、落实整改主体责任情况 in a paragraph, 二、 with （一）共性问题 and （二）个性问题
# whose items are numbered paragraphs (问题, 整改措施 with 责任部门, 时限 and progress in sentences); two items name
# the wholly-owned 子公司 as 整改责任单位; closing, the company and date at the foot.
SOE_COMMON = [
    "1.未实行全面预算管理。公司本部及子公司均未编制年度预算收支表，经营缺乏约束。整改措施：由财务部牵头制定《全面"
    "预算管理办法》，2024年8月底前编制完成2024年度预算收支表。目前办法已印发，年度预算正在编制。",
    "2.“三重一大”决策事项未形成会议纪要，部分事项先执行后补决策程序。整改措施：由综合办公室修订《“三重一大”"
    "决策制度实施办法》，整改时限2024年6月30日。修订后的办法已于6月18日经董事会审议通过，整改完成。",
]
SOE_SINGLE = [
    (
        "（二）个性问题",
        [
            "3.财务收支方面：以咨询费名义向员工发放福利9.6万元。整改措施：财务部立行立改，追回违规发放款项并调整"
            "账务。已于6月3日全额追回，调账完毕。",
            "4.资产管理方面：应收账款长期挂账未清理，三年以上应收账款1260万元。整改措施：资产运营部分类制定催收"
            "方案，2024年12月底前完成清理。目前已收回210万元，其余款项正在催收。",
            "5.工程项目方面：开州·滨河安置房项目设计变更未履行审批程序，增加造价86万元。整改措施：工程管理部组织"
            "对变更事项补充审查，2024年9月30日前完成。该项尚未启动。",
            "6.采购流程方面：保洁服务采购未执行比选程序，直接续签原服务商。整改责任单位：濮阳开州物业服务有限公司"
            "（全资子公司）。整改措施：重新组织比选，2024年7月31日前完成。已于7月22日完成比选并签订合同，整改完成。",
            "7.内控制度方面：代收业主水电费未及时上缴，月末在个人账户滞留。整改责任单位：濮阳开州物业服务有限公司"
            "（全资子公司）。整改措施：取消个人代收，建立按月对账机制，长期坚持。",
        ],
    ),
]


def write_soe(path: Path) -> Path:
    doc = _new_document("审计整改小组")
    _title(doc, "濮阳市开州建设投资有限公司关于资产损益情况审计查出问题整改情况的报告")
    _paragraph(doc, "市审计局、市国资委：")
    _paragraph(
        doc,
        "2024年5月20日，市审计局对我公司2023年度资产损益情况审计后出具了审计报告，指出管理、内控制度、财务收支、"
        "资产管理、工程项目、采购流程等六个方面的问题。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、落实审计整改主体责任情况", font="黑体")
    _paragraph(
        doc,
        "公司成立以董事长为组长的审计整改小组，制定整改方案，建立审计整改问题台账，逐项明确整改措施、责任部门、"
        "责任人和完成时限，并将整改情况纳入年度绩效考核。“立行立改”事项自审计报告出具之日起整改。",
    )
    _paragraph(doc, "二、审计反馈问题的整改情况", font="黑体")
    _paragraph(doc, "（一）共性问题", font="楷体_GB2312")
    for text in SOE_COMMON:
        _paragraph(doc, text)
    for heading, items in SOE_SINGLE:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in items:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，公司将对未完成整改事项逐项跟踪，确保按期整改到位。")
    _paragraph(doc, "濮阳市开州建设投资有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 社区卫生服务中心经费收支审计发现问题整改情况, after a district 审计局's 审计结果公告 on its 社区卫生服务中心经费
# 收支情况专项审计调查 (审计发现的主要问题 grouped as （一）重大政策执行方面 1.重复收取或申报家庭医生签约服务费
# 2.应退未退…; （二）公共资源交易方面 …未按合同约定预留质保金、常规易耗品价格偏差大; （三）资产管理方面 资产
# 出租不规范、未将人脸识别设备确认为固定资产; （四）内…):
# http://www.tianxin.gov.cn/zwgk8/bmxxgkml/qsjj19/zcsd/202306/t20230615_11135844.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table whose rows are grouped under the four 方面 rows
# merged across, with an 涉及中心 column, a 完成时间 column beside 整改情况, the 区卫健委 itself on one row.
HEALTH_GROUPS = [
    (
        "（一）重大政策执行方面",
        [
            [
                "重复申报家庭医生签约服务费",
                "华龙区中原路街道社区卫生服务中心",
                "退回重复申报的签约服务费",
                "2024年6月30日",
                "2024年6月25日",
                "",
            ],
            [
                "二类疫苗接种服务费应退未退",
                "华龙区胜利路街道社区卫生服务中心",
                "逐人清退多收费用",
                "2024年8月31日",
                "",
                "已退还68人，剩余人员正在联系",
            ],
        ],
    ),
    (
        "（二）公共资源交易方面",
        [
            [
                "常规易耗品采购价格高于同类中心30%以上",
                "华龙区人民路街道社区卫生服务中心",
                "纳入全区集中带量采购",
                "2024年9月30日",
                "",
                "未整改",
            ],
            [
                "未按合同约定预留设备质保金",
                "华龙区黄河路街道社区卫生服务中心",
                "与供应商协商补扣质保金",
                "2024年7月20日",
                "2024年7月18日",
                "已整改",
            ],
        ],
    ),
    (
        "（三）资产管理方面",
        [
            [
                "临街房屋出租给药店未经审批",
                "华龙区孟轲乡卫生院",
                "补办出租审批，到期后公开招租",
                "2024年12月31日",
                "",
                "已补办审批，公开招租正在筹备",
            ],
            [
                "人脸识别设备未确认为固定资产",
                "华龙区中原路街道社区卫生服务中心",
                "补登固定资产卡片",
                "2024年7月10日",
                "2024年7月5日",
                "",
            ],
        ],
    ),
    (
        "（四）内部控制方面",
        [
            [
                "未建立统一的社区卫生服务中心采购内控制度",
                "华龙区卫生健康委员会",
                "制定采购管理办法，定期抽查",
                "长期坚持",
                "",
                "已印发采购管理办法，常态化开展抽查",
            ],
        ],
    ),
]


def write_health_docx(path: Path) -> Path:
    doc = _new_document("规划财务科")
    _title(doc, "华龙区社区卫生服务中心经费收支审计发现问题整改情况", 18)
    _paragraph(doc, "区审计局：", 14)
    _paragraph(
        doc,
        "根据区审计局《社区卫生服务中心经费收支情况专项审计调查报告》，我委组织各中心逐项整改，现将截至2024年7月"
        "26日的整改情况报告如下：",
        14,
    )
    groups = []
    n = 0
    for title, rows in HEALTH_GROUPS:
        body = []
        for row in rows:
            n += 1
            body.append([str(n), *row])
        groups.append((title, body))
    _grouped_table(
        doc, ["序号", "审计发现问题", "涉及中心", "整改措施", "整改期限", "完成时间", "整改情况"], groups
    )
    _paragraph(doc, "华龙区卫生健康委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    return via_soffice(write_health_docx, path, "doc", "社区卫生服务中心审计整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 国有资产出租出借专项检查问题清单, after an asset-management vendor's article on the problems audits find in
# 行政事业单位出租国有资产 (产权关系不明晰，权属不清; 未履行审批程序; 未公开招租、租金定价偏低; 租赁合同不规范;
# 租金收入未及时足额上缴; 监管缺失):
# https://www.omszc.com/news-d/462.html
# An .xlsx: title, 检查单位/反馈日期 line, one header row with 问题类型 beside 具体问题, a 复查意见 column after 整改情况,
# units under former names (国土资源局, 文广新局, 农委, 城管执法局), deadlines as 年底前 / 第三季度 / 9月底前 /
# 立行立改 / 30日内 counted from the 反馈日期, a 注 line and a signature line.
LEASE_ROWS = [
    (
        "市国土资源局",
        "原测绘院办公楼一层",
        "产权不明晰",
        "房屋产权登记在已撤销的下属事业单位名下，出租收入由该单位代收",
        "办理产权变更登记，出租收入纳入单位预算",
        "年底前",
        "正在办理不动产变更登记",
        "",
    ),
    (
        "市文广新局",
        "市群众艺术馆临街商铺8间",
        "未公开招租",
        "商铺未经评估、未公开招租即续租给原承租人",
        "委托评估后公开招租",
        "第三季度",
        "已委托评估机构开展租金评估",
        "",
    ),
    (
        "市农委",
        "市农科所试验田46亩",
        "租金定价偏低",
        "试验田出租租金每亩每年200元，低于周边市场价",
        "按市场价调整租金",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "市交通局",
        "原运管所车库",
        "租金未上缴",
        "租金收入42.3万元未上缴国库，在往来账挂账",
        "立即上缴国库",
        "立行立改",
        "已全额上缴",
        "复查合格",
    ),
    (
        "市教育局",
        "市第二实验小学操场",
        "出借未审批",
        "学校操场周末出借给校外培训机构，未经审批",
        "停止出借或补办审批",
        "30日内",
        "已停止出借，整改完成",
        "",
    ),
    (
        "濮阳市人民医院",
        "院内超市及停车场",
        "合同不规范",
        "租赁合同期限超过5年且未报主管部门审批",
        "重新签订合同并报批",
        "2024年10月31日",
        "",
        "",
    ),
    (
        "市城管执法局",
        "环卫作业车辆停车场",
        "监管缺失",
        "停车场无偿出借给公交公司夜间停车，未签订出借协议",
        "签订出借协议，报财政部门备案",
        "9月底前",
        "已签订出借协议并报市财政局备案",
        "复查合格",
    ),
]


def write_lease(path: Path) -> Path:
    b = Book(path, author="资产管理科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 16, 24, 14, 40, 26, 14, 30, 12])
    b.line(ws, 0, "市直行政事业单位国有资产出租出借专项检查问题清单", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市财政局    检查反馈日期：2024年7月5日    整改情况填报截至：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "单位",
            "出租出借资产",
            "问题类型",
            "具体问题",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查意见",
        ],
    )
    for i, row in enumerate(LEASE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LEASE_ROWS)
    b.line(
        ws,
        end,
        "注：整改时限为“立行立改”“30日内”的，均自检查反馈之日起计算；复查意见由市财政局资产管理科填写。",
        8,
    )
    b.line(ws, end + 1, "填表人：邵佳    审核人：闫立新    联系电话：0393-8998031", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 一事一议财政奖补资金专项督查反馈问题整改 (two returns in one zip), after a county 财政局综改办's 一事一议财政奖补
# 资金落实情况专项督查 of a town (听取汇报，到经管站查看各村的资金使用、账务处理情况; 农田水利、道路维修、水塘清淤、
# 公共环卫设施及村容村貌整治项目; 对加强村级项目资金监管、规范票据管理和账务处理提出要求):
# http://zt.ldnews.cn/content/201508/441084.shtml
# A .zip holding an .xlsx from a county 财政局 (rows naming 乡镇 as 责任单位, the 项目类别 and 奖补资金 beside them,
# 10个工作日内 counted from the 反馈日期) and a .docx table from a town whose rows name only its own 站所.
PROJECT_ROWS = [
    (
        "夹河乡人民政府",
        "张庄村道路硬化",
        "道路",
        18.5,
        "路面硬化厚度不足设计要求，局部出现开裂",
        "责令施工方返工修复",
        "2024年8月31日",
        "已返工修复，经乡村建设服务中心验收合格",
    ),
    (
        "打渔陈镇人民政府",
        "后渠村坑塘清淤",
        "水塘清淤",
        9.2,
        "筹资筹劳事项未经村民代表大会议定，无会议记录",
        "补开村民代表大会，完善议事记录",
        "10个工作日内",
        "已补开村民代表大会并完善记录，整改完成",
    ),
    (
        "侯庙镇人民政府",
        "侯庙村垃圾收集点建设",
        "公共环卫设施",
        6.8,
        "奖补资金未在镇财政所专账核算，与其他资金混用",
        "设立专账，调整账务",
        "10个工作日内",
        "正在调整账务",
    ),
    (
        "清水河乡人民政府",
        "西台村文化广场",
        "村容村貌整治",
        12.0,
        "项目竣工后未公示奖补资金使用情况",
        "在村务公开栏公示",
        "2024年7月15日",
        "",
    ),
]
TOWN_ROWS = [
    (
        "2023年度奖补项目资金支付凭证缺少村务监督委员会签字",
        "财政所",
        "逐笔补签",
        "2024年7月20日",
        "已整改到位",
    ),
    ("部分项目档案资料不全，缺少竣工验收报告", "村镇建设办", "补齐项目档案", "2024年8月31日", "正在补充完善"),
    (
        "部分村筹资标准超过每人每年20元的上限",
        "农业农村服务中心",
        "清退超标准筹资",
        "2024年9月30日",
        "未启动",
    ),
    (
        "已建成的村内排水沟无人管护",
        "农业农村服务中心",
        "落实管护责任人和管护制度",
        "长期坚持",
        "已落实管护责任人，长期坚持",
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="综改股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 18, 22, 14, 12, 38, 26, 14, 30])
    b.line(ws, 0, "台前县一事一议财政奖补项目专项督查反馈问题整改情况表", 8, b.title)
    b.line(
        ws, 1, "填报单位：台前县财政局（综改股）    督查反馈日期：2024年7月8日    填报日期：2024年7月29日", 8
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "责任单位",
            "项目名称",
            "项目类别",
            "奖补资金（万元）",
            "督查发现问题",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 4 else None)
    end = 3 + len(PROJECT_ROWS)
    b.line(ws, end, "注：“10个工作日内”自督查反馈之日起计算。", 8)
    b.line(ws, end + 1, "填表人：杜晓光    联系电话：0393-2263310", 8)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("财政所")
    _title(doc, "庆祖镇一事一议财政奖补项目督查反馈问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县庆祖镇人民政府    填报日期：2024年7月29日", 12)
    table = doc.add_table(rows=1 + len(TOWN_ROWS), cols=6)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "督查反馈问题", "责任站所", "整改措施", "整改时限", "整改情况"]):
        _cell_text(table.cell(0, c), word, bold=True)
    for r, row in enumerate(TOWN_ROWS, 1):
        for c, v in enumerate([str(r), *row]):
            _cell_text(table.cell(r, c), v)
    _paragraph(doc, "填表人：韩冬梅    联系电话：0393-3318026", 12)
    return _save_fixed(doc, path)


def write_project_zip(path: Path) -> Path:
    members = [
        ("台前县一事一议财政奖补项目专项督查反馈问题整改情况表.xlsx", write_project_book),
        ("庆祖镇一事一议财政奖补项目督查反馈问题整改情况.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 村级财务审计发现问题整改台账, after a 乡政府's 村级财务审计报告 (受乡党委、政府的委派，村级财务审计组对全乡村（居）
# 委会及乡敬老院的财务进行审计; 分二个小组，每个小组审计8个单位; 《审计人员时间安排表》; 审计中发现的问题和存在的
# 不足):
# https://www.360docs.net/doc/776269589.html
# An .xlsx: title, 填报单位 line, one header row with the 审计小组 (the auditors) and 审计时间 (an event date, never the
# deadline), a 整改完成时间 column beside 整改结果, the villages' 村民委员会 and the 敬老院 as units, a signature line.
VILLAGE_ROWS = [
    (
        "郑寨村村民委员会",
        "第一小组",
        date(2024, 6, 11),
        "白条入账3笔，共计1.26万元",
        "补齐合规票据",
        "2024年7月31日",
        date(2024, 7, 20),
        "已补齐票据",
    ),
    (
        "西张村村民委员会",
        "第一小组",
        date(2024, 6, 12),
        "非生产性开支超标，招待费占管理费用的18%",
        "压减招待费用，严格执行村级开支标准",
        "年底前",
        "",
        "正在压减",
    ),
    (
        "马寨村村民委员会",
        "第二小组",
        date(2024, 6, 13),
        "机动地发包未经村民代表大会讨论，未公开招标",
        "重新履行民主议事程序，公开发包",
        "2024年9月30日",
        "",
        "未整改",
    ),
    (
        "王称堌镇敬老院",
        "第二小组",
        date(2024, 6, 14),
        "库存现金超过限额，现金日记账未日清月结",
        "规范现金管理",
        "2024年7月15日",
        date(2024, 7, 10),
        "",
    ),
    (
        "东赵村村民委员会",
        "第一小组",
        date(2024, 6, 17),
        "转移支付资金2.4万元被挤占用于村级办公费用",
        "归还原资金渠道",
        "2024年8月31日",
        "",
        "已归还1.5万元",
    ),
    (
        "刘庄村村民委员会",
        "第二小组",
        date(2024, 6, 18),
        "村级财务未按季度公开",
        "每季度首月公开上季度收支",
        "长期坚持",
        "",
        "长期坚持",
    ),
    (
        "后寨村村民委员会",
        "第二小组",
        date(2024, 6, 19),
        "村集体资产未建立台账，固定资产账实不符",
        "清点资产，建立资产台账",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="经管站")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 10, 12, 38, 30, 14, 14, 16])
    b.line(ws, 0, "王称堌镇2024年村级财务审计发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县王称堌镇村级财务审计组    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "被审计单位",
            "审计小组",
            "审计时间",
            "审计发现问题",
            "整改意见",
            "整改期限",
            "整改完成时间",
            "整改结果",
        ],
    )
    for i, row in enumerate(VILLAGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VILLAGE_ROWS)
    b.line(ws, end, "组长：蔡国强    填表人：宁小芳    联系电话：0393-3512207", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 衔接推进乡村振兴补助资金专项检查问题整改台账, after a district 财政局's 专项检查 of 产业扶贫资金 (查阅财政专项扶贫
# 项目资金使用情况全套账目; 重点检查扶贫资金使用规范性、资金支付时效性、报账资料完善性以及扶贫资金项目信息公告公示
# 等情况; 提出督导反馈意见，要求及时整改落实):
# http://www.cs0799.com/portal.php?aid=34288&mod=view
# An .ods (LibreOffice conversion of an .xlsx): title, 检查时间/反馈时间 line, one header row with the 检查内容 (the
# source's four areas), progress only in a 整改落实情况 sentence, the 财政局's own 预算股 on one row, a signature line.
FUND_ROWS = [
    (
        "资金使用规范性",
        "产业帮扶车间项目资金15万元用于支付镇政府办公楼维修费",
        "华龙区岳村镇人民政府",
        "2024年7月31日",
        "已将15万元归还原资金渠道，整改完成",
    ),
    (
        "资金支付时效性",
        "2023年度下达的产业项目资金支付进度不足40%",
        "华龙区孟轲乡人民政府",
        "2024年9月30日",
        "正在加快项目建设，支付进度已达65%",
    ),
    (
        "报账资料完善性",
        "食用菌大棚项目报账缺少验收报告和监理报告",
        "华龙区农业农村局",
        "2024年8月15日",
        "尚未开展",
    ),
    (
        "项目信息公告公示",
        "3个村的项目未在村务公开栏公示资金使用情况",
        "华龙区岳村镇人民政府",
        "立行立改",
        "已在村务公开栏公示",
    ),
    (
        "资金支付时效性",
        "区级衔接资金下达后未在30日内分解下达到项目单位",
        "华龙区财政局（预算股）",
        "长期坚持",
        "已建立资金下达台账，按月调度，长期坚持",
    ),
    (
        "资金使用规范性",
        "已建成项目资产未确权移交村集体",
        "华龙区孟轲乡人民政府",
        "2024年12月底前",
        "",
    ),
]


def write_fund_book(path: Path) -> Path:
    b = Book(path, author="监督检查股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 44, 24, 14, 36])
    b.line(ws, 0, "华龙区财政衔接推进乡村振兴补助资金专项检查问题整改台账", 5, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区财政局监督检查股    检查时间：2024年6月17日至6月28日    反馈时间：2024年7月2日",
        5,
    )
    b.header(ws, 2, ["序号", "检查内容", "检查发现问题", "责任单位", "整改时限", "整改落实情况"])
    for i, row in enumerate(FUND_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FUND_ROWS)
    b.line(ws, end, "说明：“立行立改”事项自反馈之日起整改；整改落实情况由责任单位填写，区财政局汇总。", 5)
    b.line(ws, end + 1, "审核人：贺振东    填表人：梁爽    联系电话：0393-8216632", 5)
    return b.close()


def write_fund(path: Path) -> Path:
    via_soffice(write_fund_book, path, "ods", "衔接资金专项检查问题整改台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳市审计查出问题整改督查督办清单（2024年7月）.xlsx", write_supervise),
    ("清丰县中小学校园食品安全和膳食经费管理专项审计发现问题整改台账.xls", write_canteen),
    ("南乐县惠民惠农财政补贴资金一卡通专项治理自查问题整改台账.csv", write_card),
    ("范县国有资产清查发现问题整改台账.et", write_assets),
    ("濮阳市开州建设投资有限公司关于资产损益情况审计查出问题整改情况的报告.docx", write_soe),
    ("华龙区社区卫生服务中心经费收支审计发现问题整改情况.doc", write_health),
    ("市直行政事业单位国有资产出租出借专项检查问题清单.xlsx", write_lease),
    ("一事一议财政奖补项目专项督查反馈问题整改情况（台前县、庆祖镇）.zip", write_project_zip),
    ("王称堌镇2024年村级财务审计发现问题整改台账.xlsx", write_village),
    ("华龙区衔接推进乡村振兴补助资金专项检查问题整改台账.ods", write_fund),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

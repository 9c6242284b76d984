"""Write the aside94 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a tab-separated text in UTF-16, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps
(Word 97 via LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside94.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 饮用水水源地环境问题清理整治进展情况统计表, after a county's 统计表 of its 水源地 problems (序号 / 省份 / 所在地 /
# 水源地名称 / 水源地类别（地级/县级） / 保护区类型（一级、二级） / 问题类型 / 问题具体情况 / 具体整治措施 / 计划完成整治时间
# written as a month / 备注 / 整治进展情况 / 是否完成整治 / 整治进度(%)), the county named in the title and 所在地:
# https://www.dazhu.gov.cn/news-show-4756.html
# An .xlsx: title with the date in brackets, 填报单位 line, a two-row merged header, 是/否 and a percentage beside the
# progress sentence, a signature line.
WATER_ROWS = [
    (
        "城区地下水井群",
        "县级",
        "一级",
        "生活面源",
        "一级保护区内3号取水井旁有居民旱厕2座未拆除",
        "拆除旱厕，清运粪污并消毒",
        "2024年5月",
        "",
        "已拆除旱厕2座，清运粪污并消毒，已通过县生态环境分局验收。",
        "是",
        "100",
    ),
    (
        "城区地下水井群",
        "县级",
        "二级",
        "工业企业",
        "二级保护区内一家汽车修理厂废机油露天存放",
        "责令停业，转运危险废物，修复受污染场地",
        "2024年8月",
        "",
        "已责令停业，废机油已交有资质单位转运，场地土壤检测正在进行。",
        "否",
        "60",
    ),
    (
        "马庄桥水库",
        "县级",
        "一级",
        "隔离防护",
        "一级保护区隔离围网破损约120米",
        "立即整改",
        "2024年6月",
        "",
        "已完成围网修复并加装防攀爬刺丝。",
        "是",
        "100",
    ),
    (
        "马庄桥水库",
        "县级",
        "二级",
        "畜禽养殖",
        "二级保护区内农户散养生猪约40头，粪污未收集",
        "劝导养殖户搬迁，清理粪污",
        "2024年7月",
        "",
        "尚未启动。",
        "否",
        "0",
    ),
    (
        "马庄桥水库",
        "县级",
        "二级",
        "标志设置",
        "保护区界标、警示牌缺失5处",
        "补设界标和警示牌",
        "2024年4月",
        "",
        "已补设界标5处、警示牌8块。",
        "是",
        "100",
    ),
    (
        "城区地下水井群",
        "县级",
        "二级",
        "交通穿越",
        "二级保护区内县道穿越段未建设应急防护设施",
        "建设防撞护栏、导流槽和事故应急池",
        "2024年12月",
        "需争取省级专项资金",
        "已完成防撞护栏及导流槽设计，正在招标。",
        "否",
        "35",
    ),
    (
        "城区地下水井群",
        "县级",
        "准保护区",
        "工业企业",
        "准保护区内一家板材厂生产废水排入沟渠",
        "废水收集后接入城镇污水管网",
        "2024年9月",
        "",
        "",
        "",
        "",
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="县生态环境分局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 8, 8, 16, 10, 10, 10, 34, 26, 12, 14, 34, 10, 10])
    last = 13
    b.line(ws, 0, "清丰县饮用水水源地环境问题清理整治进展情况统计表（2024年7月25日）", last, b.title)
    b.line(ws, 1, "填报单位（盖章）：清丰县人民政府", last)
    singles = {
        0: "序号",
        1: "省份",
        2: "所在地",
        6: "问题类型",
        7: "问题具体情况",
        8: "具体整治措施",
        9: "计划完成\n整治时间",
        10: "备注",
    }
    for c, word in singles.items():
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "水源地基本情况", b.head)
    b.header(ws, 3, ["水源地名称", "水源地类别\n（地级/县级）", "保护区类型\n（一级、二级）"], first=3)
    b.merge(ws, 2, 11, 2, 13, "整治情况", b.head)
    b.header(ws, 3, ["整治进展情况", "是否完成整治", "整治进度(%)"], first=11)
    for i, row in enumerate(WATER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, "河南省", b.center)
        b.put(ws, r, 2, "清丰县", b.center)
        name, kind, zone, ptype, problem, measure, month, note, progress, done, pct = row
        b.row(ws, r, [name, kind, zone, ptype, problem, measure], first=3)
        b.put(ws, r, 9, month, b.center)
        b.put(ws, r, 10, note)
        b.put(ws, r, 11, progress)
        b.put(ws, r, 12, done, b.center)
        b.put(ws, r, 13, pct, b.center)
    end = 4 + len(WATER_ROWS)
    b.line(ws, end + 1, "填表人：郭文静    审核人：李志远    联系电话：0393-7221568", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 进展相对滞后的问题清单, after a ministry's 督查 notice with its 附件 (序号 / 省市 / 名称 / 级别 / 类别 / 问题具体情况 /
# 督查情况 written as a sentence: “进度滞后。已制定整治方案，目前还在争取资金”; the date in brackets under the title):
# https://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201809/t20180912_661868_wh.html
# An .xls (xlwt): notice paragraph, 附件 line, title with the date, one header row with the 督查组 beside the
# 责任单位, 督查情况 as sentences, an 整改时限 column, the office and date at the foot.
LAG_ROWS = [
    (
        "第一督查组",
        "华龙区",
        "城区黑臭水体整治",
        "马颊河城区段两处排口雨天溢流，水体黑臭反弹",
        "华龙区人民政府",
        "已完成截污管网设计，正在施工。",
        "2024年9月30日",
    ),
    (
        "第一督查组",
        "濮阳县",
        "农村生活污水治理",
        "渠村乡农村生活污水处理站建成后未运行",
        "濮阳县人民政府",
        "未整改，运维单位尚未确定。",
        "2024年7月20日",
    ),
    (
        "第二督查组",
        "市直",
        "老旧小区二次供水改造",
        "城区部分老旧小区二次供水设施老化，夏季高峰供水不足",
        "自来水公司",
        "已完成12个小区改造，剩余8个小区正在施工。",
        "2024年10月底前",
    ),
    (
        "第二督查组",
        "清丰县",
        "集中供热管网改造",
        "县城集中供热老旧管网改造进度偏慢",
        "清丰县人民政府",
        "经现场督查，管网改造已全部完工并通过验收。",
        "2024年7月15日",
    ),
    (
        "第三督查组",
        "市直",
        "公共停车场建设",
        "中心城区公共停车场建设项目用地报批未完成",
        "市自然资源局",
        "用地报批材料已上报省厅，等待批复。",
        "2024年8月31日",
    ),
    (
        "第三督查组",
        "南乐县",
        "县医院新院区建设",
        "南乐县人民医院新院区建设工期滞后",
        "南乐县人民政府",
        "主体结构已封顶，室内装修正在进行。",
        "2024年12月31日",
    ),
    (
        "第三督查组",
        "市直",
        "城乡公交一体化",
        "城乡公交一体化第二批6条线路未按期开通",
        "公交公司",
        "",
        "2024年8月15日",
    ),
]


def write_lag(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    head, cell, center = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    right = _xf(border=False)
    right.alignment.horz = xlwt.Alignment.HORZ_RIGHT
    last = 8
    notice = (
        "7月22日至25日，市政府督查室派出3个督查组，对第二批市级督查督办事项落实情况进行了现场督查。"
        "从督查情况看，多数事项按计划推进，部分事项进展相对滞后。现将进展相对滞后的问题清单印发给你们，"
        "请各责任单位对照清单逐项抓好落实。"
    )
    cells = [
        (0, 0, notice, plain, 0, last),
        (1, 0, "附件", plain),
        (2, 0, "督查督办事项进展相对滞后的问题清单", title, 2, last),
        (3, 0, "（7月26日）", _xf(border=False, center=True), 3, last),
    ]
    words = [
        "序号",
        "督查组",
        "县（区）",
        "督办事项",
        "问题具体情况",
        "责任单位",
        "督查情况",
        "整改时限",
        "备注",
    ]
    for col, w in enumerate(words):
        cells.append((4, col, w, head))
    for i, row in enumerate(LAG_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, center))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, center if col in (1, 2) else cell))
        cells.append((r, 8, "", cell))
    r = 6 + len(LAG_ROWS)
    cells += [
        (r, 0, "濮阳市人民政府督查室", right, r, last),
        (r + 1, 0, "2024年7月26日", right, r + 1, last),
    ]
    return _write_xls(path, [("问题清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 挂牌督办重大安全隐患, after a provincial 安委会's notice of its second batch of 省级挂牌督办 hazards (重大隐患 named by
# road and place; 制定整改方案, 定期报送整改进展, 整改结束后组织专家核查验收, 报安委会申请复查销号):
# http://www.chinasafety.ac.cn/main/xwzx/aqyw/2015-10-10/8417.html
# An .xlsx: title, 督办单位 line, a two-row header (整改情况 over 整改进展 and 核查验收销号情况) with the 行业监管部门
# beside the 责任单位, a 注 line.
HAZARD_ROWS = [
    (
        "国道106线濮阳段穿越城区路段交通安全设施不完善",
        "华龙区",
        "市交通运输局",
        "市公安局交通管理支队",
        "2024年9月30日",
        "已完成交通标志标线施划，中央隔离护栏正在安装。",
        "",
    ),
    (
        "城区东部液化石油气储配站储罐区安全间距不足",
        "华龙区",
        "市燃气公司",
        "市住房和城乡建设局",
        "2024年6月30日",
        "已完成储罐搬迁。",
        "2024年7月10日经专家组核查验收合格，已销号。",
    ),
    (
        "开州路某商业综合体自动喷水灭火系统瘫痪",
        "华龙区",
        "濮阳市恒通商业管理有限公司",
        "市消防救援支队",
        "2024年8月15日",
        "基本完成，喷淋管网已更换，待联动调试。",
        "",
    ),
    (
        "金堤河濮阳县段穿堤涵闸老化失修",
        "濮阳县",
        "市水务局",
        "市应急管理局",
        "2024年5月31日",
        "已更换闸门及启闭机。",
        "经复查合格，已销号。",
    ),
    (
        "化工园区一企业重大危险源在线监测系统未联网",
        "濮阳县",
        "河南濮阳宏业化工有限公司",
        "市安监局",
        "2024年7月31日",
        "未整改。",
        "",
    ),
    (
        "南乐县城区老旧燃气管网腐蚀存在泄漏风险",
        "南乐县",
        "南乐县人民政府",
        "市住房和城乡建设局",
        "2024年11月底前",
        "已完成2.3公里管网更换，剩余1.6公里正在施工。",
        "",
    ),
    (
        "范县黄河滩区砖厂取土形成高陡边坡",
        "范县",
        "范县人民政府",
        "市自然资源和规划局",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 40, 10, 24, 20, 14, 34, 30])
    last = 7
    b.line(ws, 0, "2024年第二批市级挂牌督办重大安全隐患整改进展表", last, b.title)
    b.line(ws, 1, "督办单位：濮阳市安全生产委员会    统计截止：2024年7月31日", last)
    for c, word in enumerate(["序号", "重大隐患名称", "所在地", "责任单位", "行业监管部门", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["整改进展", "核查验收销号情况"], first=6)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HAZARD_ROWS)
    b.line(
        ws,
        end + 1,
        "注：核查验收销号情况栏由市安委办组织专家核查后填写；未经核查验收的隐患不得自行销号。",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 区委书记信箱、区长信箱数据分析, after a district's monthly account of its 信箱 letters (按信访目的、信件类型
# （建议、举报、投诉、咨询）、内容（城乡建设、农村农业、劳动和社会保障、教育文体……）分类; 平均办理时限; 办理及时的单位 /
# 办理超期的单位): https://www.ganyu.gov.cn/gyqzf/xxtj/content/36bff61b-e1ed-4eec-af78-f23006434ce3.html
# A CSV in GBK: title line, summary line, one header row with the 来信人 beside the 承办单位, 交办日期 and 办理时限 in
# working days, a 合计 line and the 办理及时 / 超期 line at the foot.
MAIL_ROWS = [
    (
        "XX2024070003",
        "2024-07-01",
        "2024-07-02",
        "投诉",
        "城乡建设",
        "反映锦绣花园小区电梯频繁故障困人",
        "张女士",
        "市场监管局",
        "5个工作日",
        "已督促维保单位更换主板，已回复来信人",
        "2024-07-08",
    ),
    (
        "XX2024070011",
        "2024-07-03",
        "2024-07-03",
        "咨询",
        "劳动和社会保障",
        "咨询灵活就业人员缴纳职工医保的办理流程",
        "刘先生",
        "医保局",
        "3个工作日",
        "已电话答复来信人",
        "2024-07-04",
    ),
    (
        "XX2024070019",
        "2024-07-08",
        "2024-07-09",
        "举报",
        "城乡建设",
        "举报胜利路某门店违规占用人行道搭建彩钢棚",
        "匿名",
        "城管执法局",
        "10个工作日",
        "已下达限期拆除通知书，当事人正在自行拆除",
        "",
    ),
    (
        "XX2024070026",
        "2024-07-10",
        "2024-07-11",
        "建议",
        "交通运输",
        "建议在市第一高级中学门口增设公交停靠站",
        "王先生",
        "公交公司",
        "10个工作日",
        "已答复：经现场勘查，拟于秋季开学前增设",
        "2024-07-22",
    ),
    (
        "XX2024070034",
        "2024-07-15",
        "2024-07-15",
        "投诉",
        "农村农业",
        "反映后屯村自来水水压不足，二楼以上经常无水",
        "赵先生",
        "自来水公司",
        "5个工作日",
        "未办理",
        "",
    ),
    (
        "XX2024070041",
        "2024-07-18",
        "2024-07-19",
        "投诉",
        "卫生计生",
        "反映市某医院门诊挂号排队时间过长",
        "陈女士",
        "卫计委",
        "5个工作日",
        "正在核实，已约谈医院门诊部负责人",
        "",
    ),
    (
        "XX2024070052",
        "2024-07-24",
        "2024-07-25",
        "举报",
        "经济管理",
        "举报某加油站夜间违规向散装容器售油",
        "匿名",
        "商务局",
        "10个工作日",
        "",
        "",
    ),
    (
        "XX2024070060",
        "2024-07-29",
        "2024-07-30",
        "咨询",
        "教育文体",
        "咨询今年秋季小学一年级招生划片范围",
        "孙女士",
        "教育局",
        "3个工作日",
        "已答复",
        "2024-07-31",
    ),
]


def write_mail(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份市长信箱来信办理情况统计表"])
    w.writerow(
        [
            "七月份共收到市长信箱来信8件，按信件类型分类：建议1件、举报2件、投诉3件、咨询2件。"
            "办理时限自交办之日起计算。"
        ]
    )
    w.writerow(
        [
            "序号",
            "信件编号",
            "来信日期",
            "交办日期",
            "信件类型",
            "内容分类",
            "来信内容摘要",
            "来信人",
            "承办单位",
            "办理时限",
            "办理情况",
            "办结日期",
        ]
    )
    for i, row in enumerate(MAIL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "", "共8件，已办结4件", "", "", "", "", ""])
    w.writerow(["本月办理及时的单位：医保局、教育局、市场监管局；办理超期的单位：自来水公司。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 信访积案化解台账, after a district 信访局's account of its 积案化解 督查 (结合交办的信访积案, 听取化解进展情况汇报,
# 查阅相关台账资料, 梳理当事人诉求, 逐一研究化解方案; 做好疏导工作, 推动其停诉息访):
# http://xfj.nantong.gov.cn/ntsxfj/bmdt/content/519a9983-4e08-469e-97a4-ce185ec48796.html
# A .docx: title, preamble paragraph, one table with the 信访人 and 包案领导 beside the 责任单位, dates partly written
# 2024.9.30, a 填表说明 and the office and date.
PETITION_ROWS = [
    (
        "李某某等5人",
        "反映城北某住宅项目延期交房三年仍未办理不动产权证",
        "市住建局",
        "副市长 张某",
        "协调开发企业补缴税费，分批办理不动产权证",
        "2024.9.30",
        "已为首批86户办理不动产权证，剩余住户正在办理。",
    ),
    (
        "刘某",
        "反映征地补偿款被村民小组截留",
        "濮阳县人民政府",
        "县长 王某",
        "核查补偿款发放明细，督促足额发放",
        "2024.6.30",
        "已化解，补偿款已足额发放，信访人签订息诉罢访承诺书。",
    ),
    (
        "王某某",
        "反映工伤认定申请久拖不决",
        "市人社局",
        "副市长 李某",
        "限期作出工伤认定结论",
        "2024.7.31",
        "已作出工伤认定决定，正在协调企业支付工伤待遇。",
    ),
    (
        "赵某等12人",
        "反映原市第二纺织厂改制时职工养老保险断缴",
        "市人力资源和社会保障局",
        "副市长 李某",
        "梳理断缴人员名单，研究补缴政策",
        "2024.12.31",
        "未化解，涉及历史遗留问题，尚未形成化解方案。",
    ),
    (
        "孙某",
        "反映邻居违法加盖房屋遮挡采光",
        "华龙区人民政府",
        "区长 周某",
        "依法认定违法建设并限期拆除",
        "2024.8.15",
        "已下达限期拆除决定书，当事人已自行拆除一层。",
    ),
    (
        "周某",
        "反映医疗纠纷赔偿长期不到位",
        "市卫生局",
        "副市长 张某",
        "引导通过医疗纠纷人民调解委员会调解",
        "2024.7.15",
        "经调解双方达成协议，赔偿已履行完毕，信访人已停诉息访。",
    ),
    (
        "吴某某",
        "反映家庭农村低保资格被取消后生活困难",
        "民政局",
        "副市长 陈某",
        "重新核查家庭经济状况，落实临时救助",
        "长期坚持",
        "常态化做好稳控和帮扶工作。",
    ),
]


def write_petition(path: Path) -> Path:
    doc = _new_document("信访联席办")
    _title(doc, "2024年信访积案化解工作台账（7月）")
    _paragraph(
        doc,
        "根据市信访工作联席会议交办的信访积案，各责任单位对照积案台账逐案研究化解方案，"
        "现将截至7月底的化解进展汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PETITION_ROWS, 1)]
    _table(
        doc,
        ["序号", "信访人", "反映问题", "责任单位", "包案领导", "化解措施", "化解时限", "化解进展"],
        body,
    )
    _paragraph(doc, "填表说明：化解进展栏填写截至7月31日的情况，已化解的注明息诉罢访情况。", 12)
    _paragraph(doc, "濮阳市信访工作联席会议办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. “企呼我应”涉企问题办理台账, after a provincial account of its 涉企问题高效闭环解决机制 (12345热线、政务服务“好差评”
# 系统等十余个渠道的企业诉求归集成“涉企问题池”, 统一分派, 部门协同快办, 办结率):
# https://www.ndrc.gov.cn/xwdt/ztzl/xhyshj/dfdt/202602/t20260212_1403740.html
# An .ods (LibreOffice conversion): title, 统计截止 line saying from when the time limits count, one header row with
# the 企业名称 and 诉求渠道 beside the 承办单位, 分派日期 and 办理时限 in working days, 企业评价.
BIZ_ROWS = [
    (
        "QHWY-2024-0701",
        "濮阳市龙丰纸业有限公司",
        "12345热线",
        "反映厂区北侧道路破损严重，货车通行困难",
        date(2024, 7, 2),
        "华龙区人民政府",
        "15个工作日",
        "已完成道路修补并恢复通行。",
        "满意",
    ),
    (
        "QHWY-2024-0702",
        "河南瑞丰新材料有限公司",
        "政务服务“好差评”",
        "反映新建厂房消防验收办理时间过长",
        date(2024, 7, 5),
        "市住建局",
        "10个工作日",
        "已办结，7月12日出具消防验收意见。",
        "满意",
    ),
    (
        "QHWY-2024-0703",
        "濮阳市金谷食品有限公司",
        "入企走访",
        "申请的技术改造补助资金尚未拨付",
        date(2024, 7, 10),
        "市工信局",
        "15个工作日",
        "正在协调财政部门，已完成资金审核。",
        "",
    ),
    (
        "QHWY-2024-0704",
        "濮阳顺达物流有限公司",
        "12345热线",
        "反映新建仓库用电报装后迟迟未接电",
        date(2024, 7, 15),
        "供电公司",
        "5个工作日",
        "已接电投运。",
        "满意",
    ),
    (
        "QHWY-2024-0705",
        "濮阳市宏基建材有限公司",
        "入企走访",
        "反映增值税发票额度调整申请未获批复",
        date(2024, 7, 18),
        "市税务局",
        "5个工作日",
        "正在办理。",
        "",
    ),
    (
        "QHWY-2024-0706",
        "濮阳康宁医药有限公司",
        "政务服务“好差评”",
        "反映药品经营许可证变更要求重复提交材料",
        date(2024, 7, 22),
        "市场监管局",
        "10个工作日",
        "",
        "",
    ),
    (
        "QHWY-2024-0707",
        "濮阳市中原机械制造有限公司",
        "12345热线",
        "反映企业大门前长期被流动摊点占道堵塞",
        date(2024, 7, 24),
        "市城管局",
        "5个工作日",
        "逾期未办。",
        "",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="市优化营商环境办")
    ws = b.sheet("涉企问题")
    b.widths(ws, [16, 26, 16, 36, 12, 18, 12, 30, 10])
    last = 8
    b.line(ws, 0, "“企呼我应”涉企问题办理台账（2024年7月）", last, b.title)
    b.line(ws, 1, "统计截止：2024年7月31日。办理时限自分派之日起计算，分派当日不计。", last)
    b.header(
        ws,
        2,
        [
            "问题编号",
            "企业名称",
            "诉求渠道",
            "问题描述",
            "分派日期",
            "承办单位",
            "办理时限",
            "办理结果",
            "企业评价",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    return b.close()


def write_biz(path: Path) -> Path:
    via_soffice(write_biz_book, path, "ods", "涉企问题办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 代表建议办理情况, after a city 人大常委会's account that the 建议、批评和意见 were all 办理并答复代表 (代表建议所提问题
# 得到解决或计划逐步解决的; 列入计划拟解决的; 受政策和客观条件限制留作参考的; 见面率和答复率):
# http://lysrd.henanrd.gov.cn/2020/05-15/121513.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 领衔代表 and 协办单位 beside the 主办单位,
# 交办日期 and 办复时限 partly as “3个月内”, the A/B/C 说明 and signature lines.
NPC_ROWS = [
    (
        "第012号",
        "关于加快城区老旧小区加装电梯的建议",
        "王某某",
        "市住建局",
        "市自然资源和规划局",
        "2024-04-10",
        "3个月内",
        "A类",
        "已办复，代表满意。",
    ),
    (
        "第025号",
        "关于增设农村客运班线方便群众出行的建议",
        "李某",
        "市交通局",
        "市众意公交公司",
        "2024-04-10",
        "2024年8月31日",
        "B类",
        "正在办理，已开通试运行线路2条。",
    ),
    (
        "第031号",
        "关于加强中小学校园周边交通秩序管理的建议",
        "张某某",
        "市交警支队",
        "市教育局",
        "2024-04-10",
        "3个月内",
        "A类",
        "已办复。",
    ),
    (
        "第047号",
        "关于规划建设城市应急避难场所的建议",
        "陈某",
        "市应急局",
        "市自然资源和规划局",
        "2024-04-10",
        "2024年6月底前",
        "C类",
        "已答复代表，留作参考。",
    ),
    (
        "第053号",
        "关于规范农村集体经济组织财务管理的建议",
        "刘某某",
        "市农业局",
        "市财政局",
        "2024-04-10",
        "3个月内",
        "",
        "未办理。",
    ),
    (
        "第066号",
        "关于提高城乡居民医保门诊报销比例的建议",
        "杨某",
        "市医保局",
        "市财政局",
        "2024-04-10",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "第072号",
        "关于扶持非物质文化遗产传承发展的建议",
        "赵某",
        "市文广新局",
        "",
        "2024-04-10",
        "2024年9月30日",
        "B类",
        "正在办理，已完成实地调研。",
    ),
]


def write_npc_docx(path: Path) -> Path:
    doc = _new_document("人代联工委")
    _title(doc, "市九届人大三次会议代表建议办理情况汇总表")
    _paragraph(doc, "填报单位：濮阳市人民政府办公室    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(NPC_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "建议号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "协办单位",
            "交办日期",
            "办复时限",
            "办理类别",
            "办理情况",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "说明：A类为所提问题已经解决或基本解决；B类为正在解决或列入计划解决；C类为受条件限制留作参考。"
        "办复时限写“3个月内”的，自交办之日起计算。",
        12,
    )
    _paragraph(doc, "填表人：马丽    审核人：高建国    联系电话：0393-8996021", 12)
    return _save_fixed(doc, path)


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_docx, path, "doc", "代表建议办理情况汇总表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 村务公开和“三资”管理自查问题整改台账 from two towns, after a town's account of its 村务公开民主管理 (三务公开栏;
# 报账员每月7日前到镇三资办核对; 村务公开意见箱和意见簿; 各村每月至少自查一次, 镇纪委不定期抽查):
# http://m.news.wmxa.cn/n/201405/101581.html
# A .zip of two .xlsx returns whose rows name the town's own 站所 as 责任部门: the first with a 填报单位 line, a
# two-row header and √ under 已整改 / 正在整改 / 未整改; the second naming the town only in its file name, with the
# 整改情况 in words.
TOWN_TICK_ROWS = [
    (
        "三资管理",
        "3个村报账员未按时于每月7日前到镇三资办核对账目",
        "三资办",
        "建立报账员考勤通报制度",
        "2024年6月30日",
        "√",
        "",
        "",
        "",
    ),
    (
        "村务公开",
        "部分村村务公开意见箱长期未开启，群众意见未登记",
        "党政办",
        "明确专人每周开启意见箱并登记",
        "7月底前",
        "",
        "√",
        "",
        "",
    ),
    (
        "三资管理",
        "村级小型工程项目未按规定进行公开比选",
        "三资办",
        "制定村级工程项目比选办法",
        "2024年9月30日",
        "",
        "",
        "√",
        "",
    ),
    (
        "监督检查",
        "镇纪委对村务公开的抽查频次不足",
        "镇纪委",
        "每季度至少抽查一次",
        "长期坚持",
        "",
        "",
        "",
        "常态化开展",
    ),
]
TOWN_TEXT_ROWS = [
    ("镇敬老院食堂采购台账记录不全", "民政办", "规范采购台账，每日登记", "2024年6月底前", "已整改"),
    (
        "村集体鱼塘承包合同到期未重新发包",
        "三资办",
        "评估后公开发包",
        "2024年8月31日",
        "正在整改，已完成资产评估",
    ),
    ("部分村干部坐班值班制度落实不到位", "组织办", "每日通报值班情况", "2024年7月15日", "已整改"),
    ("镇财政所未按季度向村级公开转移支付资金", "财政所", "按季度张榜公开", "2024年9月底前", ""),
]


def write_town_tick(path: Path) -> Path:
    b = Book(path, author="张卜镇党政办")
    ws = b.sheet("自查台账")
    b.widths(ws, [6, 10, 40, 10, 26, 14, 8, 8, 8, 12])
    last = 9
    b.line(ws, 0, "2024年村务公开和“三资”管理自查问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：张卜镇人民政府（盖章）    填报日期：2024年7月29日", last)
    for c, word in enumerate(["序号", "问题类别", "自查发现问题", "责任部门", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未整改"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(TOWN_TICK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        for c, v in enumerate(row[5:8], 6):
            b.put(ws, r, c, v, b.center)
        b.put(ws, r, 9, row[8])
    b.line(ws, 5 + len(TOWN_TICK_ROWS), "负责人：魏振华    填表人：孟晓    联系电话：0393-5521306", last)
    return b.close()


def write_town_text(path: Path) -> Path:
    b = Book(path, author="Administrator")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 40, 10, 26, 16, 28])
    b.line(ws, 0, "2024年上半年自查问题整改台账", 5, b.title)
    b.header(ws, 1, ["序号", "自查发现问题", "责任部门", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(TOWN_TEXT_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(TOWN_TEXT_ROWS), "填表人：            审核人：            2024年7月30日", 5)
    return b.close()


def write_towns(path: Path) -> Path:
    members = [
        ("张卜镇村务公开和三资管理自查问题整改台账.xlsx", write_town_tick),
        ("柳屯镇人民政府自查问题整改台账.xlsx", write_town_text),
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
# 9. 审计查证问题整改销号登记表, after a city 审计局's 审计整改督查工作制度 (审计决定执行, 自行纠正事项, 审计建议采取措施,
# 移送处理事项; 实行审计整改问题销号制: 审计结果文书所列问题逐条记录在案, 被审计单位整改并经审计组检查核实后予以销号):
# http://nbxinxi.com/a/chengzhoushi/20210603/229998.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 问题类型, 整改期限 partly “…前完成”, the
# 被审计单位's own account beside the 审计组检查核实意见 and 销号日期, a 注 and signature line.
AUDIT_ROWS = [
    (
        "2023年度市本级预算执行审计",
        "市财政局",
        "部分专项资金未及时拨付，滞留财政3个月以上",
        "审计决定",
        "6月30日前完成",
        "已拨付到位。",
        "经审计组检查核实，整改到位，予以销号。",
        "2024-07-05",
    ),
    (
        "经济责任审计",
        "市农业局",
        "农机购置补贴资金审核把关不严",
        "审计建议",
        "2024年8月31日",
        "正在开展补贴资金复核，已追回违规资金12万元。",
        "",
        "",
    ),
    (
        "住房公积金专项审计",
        "市住房公积金中心",
        "个别个人住房贷款审批资料不全",
        "自行纠正",
        "2024年5月31日",
        "已补齐贷款资料。",
        "已核实，予以销号。",
        "2024-06-12",
    ),
    (
        "政府投资项目审计",
        "市城市管理局",
        "城区道路改造工程多计工程款",
        "审计决定",
        "2024年7月20日",
        "未整改。",
        "",
        "",
    ),
    (
        "经济责任审计",
        "市卫计委",
        "公务接待费超标准列支",
        "自行纠正",
        "6月30日前完成",
        "已清退超标准列支费用。",
        "",
        "",
    ),
    (
        "就业补助资金专项审计调查",
        "市人社局",
        "就业补助资金存在重复发放",
        "移送处理",
        "2024年9月30日",
        "已移交市纪委监委。",
        "",
        "",
    ),
    (
        "2023年度预算执行审计",
        "市统计局",
        "固定资产账实不符",
        "审计建议",
        "2024年12月31日",
        "",
        "",
        "",
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="市审计局")
    ws = b.sheet("销号登记")
    b.widths(ws, [6, 24, 18, 34, 10, 14, 30, 30, 12])
    last = 8
    b.line(ws, 0, "审计查证问题整改销号登记表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局    登记截至：2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计项目",
            "被审计单位",
            "审计查证问题",
            "问题类型",
            "整改期限",
            "被审计单位整改情况",
            "审计组检查核实意见",
            "销号日期",
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AUDIT_ROWS)
    b.line(ws, end + 1, "注：审计组检查核实意见和销号日期由审计组检查核实后填写。", last)
    b.line(ws, end + 2, "填表人：冯雪    审核人：邱建业    2024年7月31日", last)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计查证问题整改销号登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 民生实事进展情况, after a city's monthly account (截至6月20日 …; 按时序推进的项目: 序号 / 实事内容 / 牵头单位 /
# 进展情况 written as “已完成” or “已完成搬迁20612人，完成率137%”):
# http://www.wenzhou.gov.cn/art/2018/6/27/art_1229610_18940731.html
# A tab-separated text in UTF-16: title line, summary line, one header row with a 完成时限 column, the office at the
# foot.
LIVELIHOOD_ROWS = [
    ("新建改建城区公共厕所30座。", "城管执法局", "2024年10月底前", "已建成22座，其余8座正在施工。"),
    (
        "为8万名适龄妇女免费开展宫颈癌、乳腺癌筛查。",
        "市卫计委",
        "2024年12月31日",
        "已完成。累计筛查8.2万人，完成率102.5%。",
    ),
    ("新建社区老年食堂20个。", "市民政局", "2024年9月30日", "已建成投用20个，完成率100%。"),
    ("完成农村低收入群体危房改造300户。", "市住建局", "2024年11月30日", "尚未开工。"),
    ("城区新增公共停车泊位3000个。", "市交警支队", "2024年12月底前", "已施划泊位1860个，完成率62%。"),
    (
        "实施农村饮水安全巩固提升工程，新增受益人口5万人。",
        "市水务局",
        "2024年第三季度",
        "完成工程投资4200万元，新增受益人口3.1万人，完成率62%。",
    ),
    ("新开通城乡公交线路8条。", "市公交公司", "2024年8月底前", ""),
]


def write_livelihood(path: Path) -> Path:
    lines = [
        "2024年7月市政府民生实事进展情况",
        "截至7月25日，我市民生实事7项指标中已有2项提前完成年度任务，其余项目按时序推进。",
        "序号\t实事内容\t牵头单位\t完成时限\t进展情况",
    ]
    lines += ["\t".join([str(i), *row]) for i, row in enumerate(LIVELIHOOD_ROWS, 1)]
    lines.append("濮阳市人民政府办公室\t\t\t\t2024年7月29日")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 11. 巡察反馈意见整改进展情况的报告, after a county 纪委's account of a round of 巡察 feedback (对照问题清单、深入分析
# 原因, 研究整改措施、制定整改方案、明确整改责任、进度安排和任务要求; 整改时限、整改责任人; 举一反三, 建章立制):
# https://pejw.pes.gov.cn/html/jcx_xcgz/content/2022062385508.html
# A .doc (Word 97 via LibreOffice): a bureau's report with the problems as numbered paragraphs under 一、二、三 headings,
# each naming the bureau's own 责任科室 and 整改责任人, the time limit partly a schedule, and the progress in words.
PATROL_PARAS = [
    (
        "一、贯彻落实党中央决策部署方面",
        [
            "（一）耕地保护责任落实不到位，部分乡镇违法占用耕地问题整改滞后。整改措施：开展违法占地问题全面排查，"
            "逐宗建立整改台账。责任科室：耕地保护监督科；整改责任人：刘振宇。整改时限：6月底前完成排查，"
            "9月底前全部整改到位。整改进展：已完成排查，正在推进分类整改。",
            "（二）部分建设项目用地审批超出承诺时限。整改措施：梳理审批流程，压减审批环节。责任科室：行政审批科；"
            "整改责任人：何静。整改时限：2024年8月31日。整改进展：正在梳理审批流程，已压减审批环节2个。",
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            "（三）公务用车管理不规范，存在未按规定登记派车的情况。整改措施：建立派车登记台账。责任科室：办公室；"
            "整改责任人：杨帆。整改时限：2024年5月31日。整改进展：已完成整改。",
            "（四）财务报销审核把关不严，存在无公务函报销接待费的情况。整改措施：开展财务报销专项清查。"
            "责任科室：财务科；整改责任人：宋丽娟。整改时限：2024年6月30日。整改进展：已整改，已追回违规报销费用0.36万元。",
            "（五）执法监察支队对违法用地案件查处不及时。整改措施：建立案件办理倒查机制。责任科室：执法监察支队；"
            "整改责任人：郑强。整改时限：2024年7月31日。整改进展：未整改。",
        ],
    ),
    (
        "三、领导班子和干部队伍建设方面",
        [
            "（六）党组理论学习中心组学习流于形式。整改措施：制定年度学习计划，严格落实学习制度。责任科室：办公室；"
            "整改责任人：杨帆。整改时限：长期坚持。整改进展：长期坚持，已制定年度学习计划。",
            "（七）干部选拔任用部分程序不规范。整改措施：对照干部任用条例逐项规范程序。责任科室：人事科；"
            "整改责任人：黄海燕。整改时限：2024年12月底前。",
        ],
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("局办公室")
    _title(doc, "中共濮阳市自然资源和规划局党组关于市委第二巡察组反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察办：")
    _paragraph(
        doc,
        "2024年4月12日，市委第二巡察组向我局党组反馈了巡察意见。局党组全盘认领反馈问题，对照问题清单逐项制定"
        "整改措施，明确整改责任和整改时限。截至2024年7月底，整改进展情况报告如下：",
    )
    for heading, paras in PATROL_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "中共濮阳市自然资源和规划局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "巡察反馈意见整改进展情况的报告.docx")


FILES = [
    ("清丰县饮用水水源地环境问题清理整治进展情况统计表.xlsx", write_water),
    ("督查督办事项进展相对滞后的问题清单.xls", write_lag),
    ("2024年第二批市级挂牌督办重大安全隐患整改进展表.xlsx", write_hazard),
    ("2024年7月份市长信箱来信办理情况统计表.csv", write_mail),
    ("2024年信访积案化解工作台账（7月）.docx", write_petition),
    ("企呼我应涉企问题办理台账（2024年7月）.ods", write_biz),
    ("市九届人大三次会议代表建议办理情况汇总表.wps", write_npc),
    ("乡镇村务公开和三资管理自查问题整改台账（两个镇）.zip", write_towns),
    ("审计查证问题整改销号登记表.et", write_audit),
    ("2024年7月市政府民生实事进展情况.tsv", write_livelihood),
    ("市自然资源和规划局党组关于巡察反馈意见整改进展情况的报告.doc", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

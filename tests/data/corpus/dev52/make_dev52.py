"""Write the dev52 returns: twelve files laid out after twelve public sources, cited beside each layout below.

Forms: .xlsx (three), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in UTF-8 with BOM, a
tab-separated text in UTF-16, a .docx with a table, a .doc whose items are numbered paragraphs, a .wps (Word 97
via LibreOffice) with a table and a .zip holding two returns (an .xlsx and a .docx). Contents are made up;
statistics date 2024-07-31.
Run from this folder: python make_dev52.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 养老机构安全隐患排查结果及整改情况, after a county 民政局's 关于国庆前养老机构安全检查情况的通报 to the 乡镇 with its
# 附件 table (序号 / 检查企业名称 / 隐患描述 with numbered sub-points / 检查日期 as "9.24"):
# https://www.shucheng.gov.cn/public/6618011/38177671.html
# An .xlsx: title, 各乡镇 salutation, requirement paragraph, 附件 line, one header row (the 检查日期 written as text
# "6.24" records the check), 整改时限 and 整改情况 columns the return fills, the office and date at the foot.
ELDER_ROWS = [
    (
        "濮阳县城关镇敬老院",
        "1.老人房间卫生较差；2.院民在房间内吸烟",
        "6.24",
        "2024.7.10",
        "已整改，建立每日卫生巡查和禁烟劝导制度",
    ),
    (
        "濮阳县王助镇公益敬老院",
        "1.老人房间内存放菜刀、电饭煲；2.应急预案需完善",
        "6.24",
        "7月15日前",
        "已收缴违规物品，应急预案已修订完善",
    ),
    (
        "濮阳县福寿康养老服务中心",
        "消防控制室值班人员无证上岗",
        "6.25",
        "8月底前",
        "2名值班人员已报名参加消防设施操作员培训，预计9月取证",
    ),
    (
        "华龙区康乐老年公寓",
        "1.厨房燃气管道未安装可燃气体泄漏报警装置；2.部分灭火器压力不足",
        "6.26",
        "2024.7.20",
        "灭火器已更换，报警装置正在采购安装",
    ),
    ("清丰县颐和养老院", "三楼东侧疏散通道堆放杂物", "6.27", "2024.7.5", ""),
    ("南乐县福堤乡敬老院", "老人房间内存有过期食品", "6.28", "2024.7.5", "已清理，并告知家属不得带入"),
    ("范县陈庄镇中心敬老院", "院内电动自行车在楼道内停放充电", "6.28", "7月底前", "未整改"),
]


def write_elder(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("附件")
    b.widths(ws, [6, 26, 44, 10, 14, 36])
    b.line(ws, 0, "关于“七一”前养老机构安全检查情况的通报", 5, b.title)
    b.line(ws, 1, "各乡镇人民政府，各养老机构：", 5)
    b.line(
        ws,
        2,
        "根据《关于开展“七一”期间养老机构安全检查的通知》，6月24日至28日，市民政局成立4个检查组，对全市44家"
        "养老服务机构开展了一次全面的安全检查。现将检查中发现的问题及安全隐患反馈如下，请各乡镇督促辖区内养老机构"
        "坚决做到整改闭环，确保责任落实到位。",
        5,
    )
    b.line(ws, 3, "附件：2024年“七一”前隐患排查结果及整改情况", 5)
    b.header(ws, 4, ["序号", "检查企业名称", "隐患描述", "检查日期", "整改时限", "整改情况"])
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(ELDER_ROWS)
    b.line(ws, end + 1, "濮阳市民政局    2024年7月30日（整改情况截至7月29日）", 5, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 部门联合双随机抽查事项清单, after a city 文化和旅游局's published 抽查事项清单 (序号 / 抽查领域 / 抽查事项 / 抽查事项类别 /
# 检查对象 / 发起部门 / 配合部门 / 检查依据 / 检查方式 / 抽查比例及频次 / 完成时限 "10月底" / 联络股室(单位); one 序号
# holding two 抽查事项 on two rows; a 注 line on the 类别 and 方式):
# http://www.yingcheng.gov.cn/c/ycswhhlyj/ly/379030.jhtml
# An .xls (xlwt): title, 填报单位 line, one header row with a 完成情况 column added, 序号 3 merged over two 事项,
# the 注 line.
SPOT_ROWS = [
    (
        "1",
        "娱乐场所监管",
        "1.歌舞娱乐场所取得、公示相关许可证情况的检查",
        "一般检查事项",
        "歌舞娱乐场所",
        "市文广旅局",
        "市消防救援支队",
        "现场检查",
        "25%，不少于1次/年",
        "10月底",
        "市文化市场综合执法支队",
        "已抽查8家，正在开展第二轮抽查",
    ),
    (
        "2",
        "互联网上网服务营业场所监管",
        "2.上网服务营业场所接纳未成年人情况的检查",
        "重点检查事项",
        "互联网上网服务营业场所",
        "市文广旅局",
        "市公安局",
        "现场检查",
        "50%，不少于1次/年",
        "6月底",
        "市文化市场综合执法支队",
        "已完成，抽查21家，发现问题3家均已整改",
    ),
]
SPOT_TRAVEL = (
    "3",
    "旅行社行业监管",
    [
        ("3.旅行社取得许可证及质量保证金缴存情况的检查", "一般检查事项", "未启动"),
        ("4.旅行社组织“不合理低价游”情况的检查", "重点检查事项", "正在实施，已抽查6家"),
    ],
    "旅行社",
    "市文广旅局",
    "市市场监管局",
    "现场检查",
    "100%，不少于1次/年",
    "9月底",
    "市场管理科",
)
SPOT_TAIL = [
    (
        "4",
        "体育经营行业监管",
        "5.经营高危险性体育项目（游泳）许可及救生员配备情况的检查",
        "一般检查事项",
        "游泳场所",
        "市文广旅局",
        "市卫健委",
        "现场检查",
        "50%，不少于1次/年",
        "8月15日前",
        "市文化市场综合执法支队",
        "",
    ),
    (
        "5",
        "公共场所卫生监管",
        "6.游泳场所池水水质卫生情况的检测",
        "一般检查事项",
        "游泳场所",
        "市卫健委",
        "市文广旅局",
        "现场检测",
        "30%，不少于1次/年",
        "8月底",
        "市卫生健康综合监督执法支队",
        "正在开展，已检测9家",
    ),
    (
        "6",
        "旅游景区监管",
        "7.A级旅游景区门票及停车收费明码标价情况的检查",
        "一般检查事项",
        "A级旅游景区",
        "市市场监管局",
        "市文广旅局",
        "现场检查",
        "100%，不少于1次/年",
        "第三季度",
        "价格监督检查科",
        "已完成检查方案制定，8月集中实施",
    ),
]
SPOT_HEAD = [
    "序号",
    "抽查领域",
    "抽查事项",
    "抽查事项类别",
    "检查对象",
    "发起部门",
    "配合部门",
    "检查方式",
    "抽查比例及频次",
    "完成时限",
    "联络股室（单位）",
    "完成情况",
]


def write_spot(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = len(SPOT_HEAD) - 1
    cells = [
        (0, 0, "2024年度文化旅游领域部门联合双随机抽查事项清单（完成情况）", t, 0, last),
        (1, 0, "填报单位：濮阳市文化广电和旅游局    填报日期：2024年7月30日", plain, 1, last),
    ]
    cells += [(2, col, w, h) for col, w in enumerate(SPOT_HEAD)]
    r = 3
    for row in SPOT_ROWS:
        cells += [(r, col, v, ctr if col in (0, 3, 9) else c) for col, v in enumerate(row)]
        r += 1
    num, field, items, target, lead, help_, way, ratio, due, desk = SPOT_TRAVEL
    for col, v in ((0, num), (1, field), (4, target), (5, lead), (6, help_), (7, way), (8, ratio), (9, due)):
        cells.append((r, col, v, ctr if col in (0, 9) else c, r + 1, col))
    cells.append((r, 10, desk, c, r + 1, 10))
    for k, (matter, kind, done) in enumerate(items):
        cells += [(r + k, 2, matter, c), (r + k, 3, kind, ctr), (r + k, 11, done, c)]
    r += len(items)
    for row in SPOT_TAIL:
        cells += [(r, col, v, ctr if col in (0, 3, 9) else c) for col, v in enumerate(row)]
        r += 1
    cells.append(
        (
            r,
            0,
            "注：抽查事项类别分为一般检查事项、重点检查事项；检查方式分为现场检查、书面检查、网络检查。",
            plain,
            r,
            last,
        )
    )
    return _write_xls(path, [("抽查清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 电视问政曝光问题整改督办台账, after a city 治庸问责办's account of the 电视问政 (5 场, 33 个方面 90 个具体问题; 督办函
# the day after each 场; 整改和调查处理 10天之内, 建章立制 一个月内; 市人大、政协督查组 follow it):
# http://news.cjn.cn/sywh/201307/t2299053.htm
# A CSV in UTF-8 with BOM: title line, 填报单位 line, header, 场次 section lines, a 合计 line and the 填表人 line;
# 整改时限 in days from the 督办函交办日期.
ASK_SECTIONS = [
    (
        "第一场：优化营商环境",
        [
            (
                "企业办理施工许可证需往返跑腿多次",
                "市住建局",
                "2024-07-08",
                "10日内",
                "已精简申报材料4项，实行“一窗受理”，已通过电视问政栏目回应",
                "对审批窗口负责人诫勉谈话",
            ),
            (
                "开发区纬二路路面破损半年无人修复",
                "市城管执法局",
                "2024-07-08",
                "10日内",
                "正在施工，已完成80%",
                "",
            ),
        ],
    ),
    (
        "第二场：民生服务",
        [
            (
                "医院挂号窗口工作人员推诿患者",
                "市卫计委",
                "2024-07-10",
                "10日内",
                "已调查处理完毕，涉事人员调离窗口岗位",
                "对涉事人员通报批评",
            ),
            (
                "农村安全饮水工程建成后长期不通水",
                "市水务局",
                "2024-07-10",
                "一个月内",
                "已完成管网修复，正在试通水",
                "",
            ),
        ],
    ),
    (
        "第三场：作风效能",
        [
            (
                "社保经办窗口工作日中午无人值守",
                "市人社局",
                "2024-07-12",
                "15个工作日内",
                "已落实午间轮岗值守制度并公示",
                "",
            ),
            ("老旧小区加装电梯审批推诿扯皮", "市房管局", "2024-07-12", "15个工作日内", "", ""),
            ("公交站台候车亭长期损坏", "市公交公司", "2024-07-12", "10日内", "未整改", "拟约谈企业负责人"),
        ],
    ),
]


def write_ask(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年“治庸问责”电视问政曝光问题整改督办台账"])
    w.writerow(["填报单位：市治庸问责办    截至2024年7月31日"])
    w.writerow(
        ["序号", "曝光问题", "责任单位", "督办函交办日期", "整改时限", "整改及调查处理情况", "问责情况"]
    )
    n = 0
    for title, rows in ASK_SECTIONS:
        w.writerow([title, "", "", "", "", "", ""])
        for row in rows:
            n += 1
            w.writerow([n, *row])
    w.writerow(["合计", "曝光问题7个，已整改到位2个", "", "", "", "", ""])
    w.writerow(["填表人：李静    联系电话：0393-4411234    填报日期：2024年7月31日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 水利建设项目稽查发现问题整改台账, after a city 水利局's 稽查 of a 涝区系统治理(2023-2025年)工程 (项目前期与设计、计划下达与
# 执行、建设管理、资金使用与管理、工程质量与安全; 项目法人组织参建单位逐条研究，建立整改台账; 立行立改):
# https://slt.ln.gov.cn/slt/zxpd/dfss/jz/2024120214243735017/index.shtml
# An .ods (LibreOffice conversion): title, 项目法人 and 稽查时间 lines, a two-row header with 整改情况 merged over three
# tick columns (已整改 / 整改中 / 未整改), 立行立改 from the 问题反馈日期, a 填表说明 and signature line.
WATER_ROWS = [
    (
        "项目前期与设计",
        "排涝泵站初步设计变更未履行报批程序",
        "濮阳市水利勘测设计院有限公司",
        "补办设计变更报批手续",
        "2024年8月31日",
        "整改中",
        "变更报告已报市水利局审查",
    ),
    (
        "计划下达与执行",
        "年度投资计划执行偏慢，上半年仅完成42%",
        "濮阳市金堤河涝区治理工程建设管理处",
        "倒排工期，按月调度投资进度",
        "2024年12月31日",
        "整改中",
        "",
    ),
    (
        "建设管理",
        "施工单位项目经理长期不在岗",
        "河南省水利第二工程局集团有限公司",
        "更换项目经理并办理变更备案",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "建设管理",
        "监理日志记录不完整，关键工序旁站记录缺失",
        "河南华北水利工程监理有限公司",
        "补齐旁站记录，规范监理日志",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "资金使用与管理",
        "农民工工资专用账户未按月足额拨付人工费",
        "濮阳市金堤河涝区治理工程建设管理处",
        "按月足额拨付人工费用",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "工程质量与安全",
        "涵闸混凝土试块取样频次不足",
        "河南省水利第二工程局集团有限公司",
        "补充钻芯取样检测",
        "2024.8.15",
        "整改中",
        "已委托第三方检测机构",
    ),
    (
        "工程质量与安全",
        "施工现场临时用电未做到“一机一闸一漏”",
        "河南省水利第二工程局集团有限公司",
        "规范临时用电配电箱",
        "2024.7.20",
        "",
        "",
    ),
]
WATER_TICKS = ["已整改", "整改中", "未整改"]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="建设管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 34, 30, 24, 14, 8, 8, 8, 22])
    b.line(ws, 0, "金堤河涝区系统治理（2023—2025年）工程稽查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "项目法人：濮阳市金堤河涝区治理工程建设管理处    稽查时间：2024年7月8日—10日    问题反馈日期：2024年7月10日",
        9,
    )
    for col, word in enumerate(["序号", "问题类别", "问题描述", "整改责任单位", "整改措施", "整改时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, WATER_TICKS, first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, (kind, text, unit, step, due, tick, note) in enumerate(WATER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, text, unit, step, due], first=1)
        for k, word in enumerate(WATER_TICKS):
            b.put(ws, r, 6 + k, "√" if word == tick else "", b.center)
        b.put(ws, r, 9, note)
    end = 4 + len(WATER_ROWS)
    b.line(ws, end, "填表说明：在“整改情况”对应栏内打“√”；立行立改的问题自问题反馈之日起整改到位。", 9)
    b.line(ws, end + 1, "填报人：陈涛    审核人：马志远    填报日期：2024年7月30日", 9)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "稽查发现问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 根治欠薪专项行动项目清欠台账, after a city 城发集团's 根治欠薪冬季专项行动 (对在建、已完工项目结算欠款逐一排查; 建立项目
# 清欠台账; 对负责项目实行“零报告”制度，无论是否存在拖欠，清欠台账务必经项目负责人落实并报分管领导签字确认):
# http://sunlibbs.com.cn/wenzhang/2653.html
# An .xlsx: the group named only in the title (and file name), a 统计时间 line, one header row whose 责任部门 are the
# group's own departments, 零报告 rows with 否, a 合计 row and the signature line.
WAGE_ROWS = [
    (
        "城发·龙湖安置区三期",
        "河南天工建设集团有限公司",
        "是",
        "总包单位资金周转困难，拖欠木工班组农民工工资86.5万元，涉及43人",
        "从应付工程款中代扣代发",
        "2024年8月10日前",
        "已代发50万元，剩余部分8月上旬发放",
        "工程管理部",
        "张伟",
    ),
    (
        "开州路地下综合管廊",
        "中铁七局集团郑州工程有限公司",
        "是",
        "劳务分包单位未按月足额发放工资，欠薪21.3万元",
        "约谈分包单位负责人，督促限期支付",
        "7月31日前",
        "已全部结清，农民工签字确认",
        "工程管理部",
        "李明",
    ),
    ("城发大厦外立面改造", "濮阳建工集团有限公司", "否", "零报告", "—", "—", "—", "资产运营部", "赵强"),
    (
        "人才公寓二期",
        "河南五建建设集团有限公司",
        "是",
        "工程量核算争议导致劳务费支付延迟，涉及农民工17人",
        "委托第三方审计机构核算工程量",
        "2024年8月底",
        "正在组织双方对账",
        "成本合约部",
        "王磊",
    ),
    (
        "老城区老旧小区改造（城发片区）",
        "河南宏达建设工程有限公司",
        "是",
        "项目完工后尾款未结，拖欠钢筋班组工资12.8万元",
        "启动竣工结算，优先支付人工费",
        "2024年7月20日",
        "",
        "成本合约部",
        "孙丽",
    ),
    (
        "濮东产业园标准化厂房",
        "河南恒通建工有限公司",
        "是",
        "实名制考勤与工资发放记录不一致，疑似拖欠工资9.6万元",
        "核查考勤及工资发放记录",
        "8月15日前",
        "未启动核查",
        "工程管理部",
        "周杰",
    ),
    ("城发·金水湾", "河南天工建设集团有限公司", "否", "零报告", "—", "—", "—", "资产运营部", "赵强"),
    (
        "城市更新展示中心",
        "河南恒源建设工程有限公司",
        "是",
        "劳务分包合同终止后工资保证金未及时支取，拖欠工资5.2万元",
        "申请动用工资保证金支付",
        "2024年9月30日",
        "已向人社部门提交动用工资保证金申请",
        "工程管理部",
        "李明",
    ),
]
WAGE_HEAD = [
    "序号",
    "项目名称",
    "施工总承包单位",
    "是否存在拖欠",
    "拖欠情况",
    "化解措施",
    "计划清欠时间",
    "清欠进展",
    "责任部门",
    "项目负责人",
    "分管领导签字",
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="城发集团效能办")
    ws = b.sheet("清欠台账")
    b.widths(ws, [6, 24, 26, 8, 40, 26, 16, 30, 12, 10, 12])
    last = len(WAGE_HEAD) - 1
    b.line(ws, 0, "濮阳市城市发展投资集团有限公司根治欠薪专项行动项目清欠台账", last, b.title)
    b.line(ws, 1, "统计时间：截至2024年7月29日    （无拖欠的项目实行“零报告”）", last)
    b.header(ws, 2, WAGE_HEAD)
    for i, row in enumerate(WAGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, [*row, ""], first=1)
    r = 3 + len(WAGE_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.put(ws, r, 3, "6个")
    b.merge(ws, r, 4, r, last, "存在拖欠项目6个，涉及金额135.4万元（不含人才公寓二期待核算部分）")
    b.line(ws, r + 2, "填表人：王芳    审核人：刘强    联系电话：0393-8918620", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 医保基金监管问题线索核查处理情况, after a district 医保局's account of its 基金监管 (省、市级交叉飞行检查反馈问题; 负面清单
# 4大类 10项违规行为; 智能监控系统疑点数据; 办理检察机关移送线索; 向卫健等部门移送问题线索):
# https://lzq.gov.cn/news/show/20250325090805023.html
# A .docx: title, 填报单位 line, preamble paragraph, one table whose 承办科室 are the bureau's own sections and whose
# 办理时限 run from the 受理日期, signature paragraph.
CLUE_ROWS = [
    (
        "省级交叉飞行检查反馈",
        "濮阳市第二人民医院",
        "CT检查阳性率偏低，疑似过度检查",
        "基金监管科",
        "2024-07-02",
        "30日内",
        "已完成病历核查，追回违规基金3.62万元，已办结",
    ),
    (
        "智能监控系统",
        "华龙区人民路社区卫生服务站",
        "同一患者同日重复收取诊查费",
        "医药服务管理科",
        "2024-07-08",
        "15个工作日内",
        "正在核查疑点数据，已调取结算明细",
    ),
    (
        "检察机关移送",
        "濮阳县益民大药房",
        "将保健品串换为医保药品进行结算",
        "基金监管科",
        "2024-07-10",
        "30日内",
        "已移交市公安局立案侦查",
    ),
    ("举报投诉", "清丰县康复医院", "虚构康复理疗项目套取医保基金", "基金监管科", "2024-07-15", "30日内", ""),
    (
        "智能监控系统",
        "南乐县人民医院",
        "超标准收取一级护理费",
        "医药服务管理科",
        "2024-06-20",
        "15个工作日内",
        "已办结，退回违规费用1.08万元",
    ),
    (
        "省级交叉飞行检查反馈",
        "范县中医院",
        "分解住院、挂床住院",
        "基金监管科",
        "2024-07-03",
        "30日内",
        "未启动核查",
    ),
    (
        "卫健部门移送",
        "濮阳市中医医院",
        "医师超执业范围开具医保处方",
        "待遇保障科",
        "2024-07-22",
        "10个工作日内",
        "已移交市卫生健康委依法处理",
    ),
]


def write_clue(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "医保基金监管问题线索核查处理情况表")
    _paragraph(doc, "填报单位：濮阳市医疗保障局    填报日期：2024年7月31日", 12)
    _paragraph(
        doc,
        "围绕省、市级交叉飞行检查反馈问题和智能监控系统疑点数据，对过度检查、重复收费、串换项目、超标准收费"
        "4大类违规问题线索逐条核查，现将核查处理情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CLUE_ROWS, 1)]
    _table(
        doc,
        ["序号", "线索来源", "涉及定点医药机构", "疑点问题", "承办科室", "受理日期", "办理时限", "处理进展"],
        body,
    )
    _paragraph(doc, "填表人：孙丽    审核：刘建国    联系电话：0393-8991234", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 房屋在建工程质量安全专项检查问题整改台账, after a city 住建局's 专项检查 (2 个专项检查组; 市场行为、工程质量、安全管理、扬尘
# 治理、防汛排涝、高温作业以及监理履责等 8 个方面; 下达整改、停工通知书; 整改率100%，复查通过率90%):
# http://www.szvf.com.cn/forum.php?extra=page%3D1&mod=viewthread&tid=84567
# An .et (Excel 97 via LibreOffice): title, 检查时间 and 填报单位 line, a two-row header (检查情况 over 检查组 / 发现问题 /
# 下达文书), 整改期限 in days from the 下达日期, a 复查结论 column, a 注 and signature line.
SITE_ROWS = [
    (
        "龙都·悦府3#楼",
        "河南天成建设有限公司",
        "第一检查组",
        "外脚手架连墙件设置间距过大",
        "整改通知书",
        date(2024, 7, 9),
        "7日内",
        "复查合格",
    ),
    (
        "市妇幼保健院门诊楼",
        "中建七局第二建筑有限公司",
        "第一检查组",
        "高温时段安排露天高处作业，未落实防暑降温措施",
        "整改通知书",
        date(2024, 7, 10),
        "3日内",
        "复查合格",
    ),
    (
        "濮上园安置小区",
        "濮阳市第三建筑工程有限公司",
        "第二检查组",
        "基坑周边未设置截排水沟，防汛物资储备不足",
        "停工整改通知书",
        date(2024, 7, 12),
        "15日内",
        "复查未通过，正在继续整改",
    ),
    (
        "金堤路小学教学楼",
        "河南建达工程咨询有限公司",
        "第二检查组",
        "总监理工程师到岗履职率低，未按规定开展平行检验",
        "整改通知书",
        date(2024, 7, 15),
        "10日内",
        "",
    ),
    (
        "开发区标准化厂房二期",
        "河南宏业建筑有限公司",
        "第三检查组",
        "施工现场裸土未覆盖，扬尘治理措施不到位",
        "整改通知书",
        date(2024, 7, 17),
        "5日内",
        "正在整改，已覆盖60%",
    ),
    (
        "市体育中心游泳馆",
        "濮阳建工集团有限公司",
        "第三检查组",
        "钢筋进场未按规定见证取样送检",
        "停工整改通知书",
        date(2024, 7, 18),
        "7日内",
        "逾期未整改",
    ),
]


def write_site_book(path: Path) -> Path:
    b = Book(path, author="质安站")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 28, 12, 40, 16, 12, 10, 24])
    b.line(ws, 0, "2024年夏季房屋在建工程质量安全专项检查问题整改台账", 8, b.title)
    b.line(ws, 1, "检查时间：2024年7月8日至7月19日    填报单位：濮阳市住房和城乡建设局", 8)
    for col, word in ((0, "序号"), (1, "工程名称"), (2, "整改责任单位")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "检查情况", b.head)
    b.header(ws, 3, ["检查组", "发现问题", "下达文书"], first=3)
    for col, word in ((6, "下达日期"), (7, "整改期限"), (8, "复查结论")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SITE_ROWS)
    b.line(ws, end, "注：整改期限自整改（停工整改）通知书下达之日起计算。", 8)
    b.line(ws, end + 1, "填报人：郑伟    联系电话：0393-4420618    2024年7月30日", 8)
    return b.close()


def write_site(path: Path) -> Path:
    return via_soffice(write_site_book, path, "xls", "在建工程质量安全专项检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 火灾隐患单位集中曝光及整改情况, after a city 消防救援支队's 消防安全大检查 exposure of 26 units with 火灾隐患 (集中曝光,
# 发挥舆论监督作用，促进火灾隐患的整改; 定期曝光):
# http://qingdaomop.com/forum.php?action=printable&mod=viewthread&tid=11974
# A .wps (Word 97 via LibreOffice): title, preamble paragraph, one table with the 所属辖区大队 (the inspector) beside
# the unit, the 举报电话 and the 支队's signature.
FIRE_ROWS = [
    (
        "濮阳市华龙区金海岸KTV",
        "华龙区胜利路168号",
        "安全出口上锁，疏散指示标志损坏",
        "华龙区大队",
        "2024年7月15日",
        "已改正，经复查合格",
    ),
    (
        "濮阳恒发商贸有限公司",
        "华龙区开州路中段",
        "仓库与员工宿舍设置在同一建筑内，形成“三合一”场所",
        "华龙区大队",
        "2024年8月30日",
        "正在整改，宿舍人员已全部搬离",
    ),
    (
        "濮阳县鑫源宾馆",
        "濮阳县城关镇文化路",
        "火灾自动报警系统故障长期未修复",
        "濮阳县大队",
        "2024.7.31",
        "已临时查封，正在维修报警系统",
    ),
    (
        "清丰县百姓量贩购物中心",
        "清丰县中州路",
        "常闭式防火门处于开启状态，防火卷帘下堆放物品",
        "清丰县大队",
        "7月20日前",
        "",
    ),
    (
        "南乐县博学培训学校",
        "南乐县昌盛路",
        "疏散楼梯仅设置一部，未设置第二安全出口",
        "南乐县大队",
        "2024年12月31日",
        "未启动整改",
    ),
    (
        "范县天成木业加工厂",
        "范县产业集聚区",
        "生产车间使用易燃可燃夹芯彩钢板违规搭建",
        "范县大队",
        "2024年9月30日",
        "已拆除彩钢板300平方米，剩余部分正在拆除",
    ),
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("防火监督处")
    _title(doc, "火灾隐患单位集中曝光及整改情况表")
    _paragraph(
        doc,
        "濮阳市消防救援支队在“消防安全大检查”行动中，对检查发现的存在火灾隐患单位集中曝光，切实发挥社会监督作用，"
        "促进火灾隐患整改。现将曝光单位整改情况汇总如下（截至2024年7月30日）：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FIRE_ROWS, 1)]
    _table(
        doc, ["序号", "单位名称", "单位地址", "存在的火灾隐患", "所属辖区大队", "整改期限", "整改情况"], body
    )
    _paragraph(doc, "火灾隐患举报投诉电话：96119", 12)
    _paragraph(doc, "濮阳市消防救援支队防火监督处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "火灾隐患单位集中曝光及整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 食品安全“黑名单”单位整改复查情况 from two 市场监管所, after a district 市场监管局's 食品安全“黑名单” (日常监督检查; 未保持
# 经营场所环境整洁、散装食品标签不规范、未离地离墙存放、垃圾未及时清理、证照公示不全、油污未清理、生熟混放; 每期黑名单
# 只代表当期检查结果):
# http://hbzyjz.com/news/detail/526/67369.html
# A .zip of two returns: an .xlsx (title, 填报单位 line naming the 所, one header row, 整改期限 in days from the
# 检查日期 as its 注 says, a 复查结果 column) and a .docx (title, one table with 整改要求 and 整改落实情况).
BLACK_XLSX = [
    (
        "濮阳县城关镇春涛便利商店",
        "散装食品标签不规范，未标明生产日期和保质期",
        date(2024, 7, 16),
        "3日内",
        "复查合格，移出黑名单",
    ),
    ("濮阳县城关镇惠双百货商行", "部分食品未离地离墙存放", date(2024, 7, 16), "3日内", "复查合格"),
    (
        "濮阳县城关镇梦晨面馆",
        "操作间油污未清理，生熟食品混放",
        date(2024, 7, 17),
        "7日内",
        "复查仍不合格，正在整改",
    ),
    ("濮阳县城关镇鑫海超市", "营业执照、食品经营许可证未在显著位置公示", date(2024, 7, 18), "3日内", ""),
]
BLACK_DOCX = [
    (
        "濮阳县胡状镇老曲全羊馆",
        "垃圾未及时清理，后厨防蝇设施缺失",
        "配备密闭垃圾桶，加装纱窗及灭蝇灯",
        "2024年7月25日",
        "已整改，复查合格",
    ),
    (
        "濮阳县胡状镇风顺超市",
        "货架上销售超过保质期的饼干",
        "立即下架销毁过期食品，建立临期食品检查制度",
        "2024年7月22日",
        "已下架销毁过期食品，整改完毕",
    ),
    ("濮阳县胡状镇显涵商店", "未建立食品进货查验记录", "建立进货查验台账", "2024年8月5日", "未整改"),
]


def write_black_book(path: Path) -> Path:
    b = Book(path, author="城关市场监管所")
    ws = b.sheet("黑名单整改")
    b.widths(ws, [6, 28, 40, 12, 10, 24])
    b.line(ws, 0, "食品安全“黑名单”单位整改复查情况", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳县市场监督管理局城关市场监管所    填报日期：2024年7月29日", 5)
    b.header(ws, 2, ["序号", "经营者名称", "存在问题", "检查日期", "整改期限", "复查结果"])
    for i, row in enumerate(BLACK_XLSX, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BLACK_XLSX)
    b.line(ws, end, "注：整改期限自检查之日起计算；每期“黑名单”只代表当期检查结果。", 5)
    return b.close()


def write_black_docx(path: Path) -> Path:
    doc = _new_document("胡状市场监管所")
    _title(doc, "胡状市场监管所食品安全“黑名单”单位整改情况", 18)
    _paragraph(doc, "填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(BLACK_DOCX, 1)]
    _table(doc, ["序号", "单位名称", "检查发现问题", "整改要求", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "填报人：韩雪    审核人：郭建设", 12)
    return _save_fixed(doc, path)


def write_black(path: Path) -> Path:
    members = [
        ("食品安全黑名单单位整改复查情况（城关所）.xlsx", write_black_book),
        ("食品安全黑名单单位整改情况（胡状所）.docx", write_black_docx),
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
# 10. “平安医院”建设检查反馈问题整改情况的报告, after a hospital's account of the 市“平安医院”建设专家组 visit (市卫生局、民政局、
# 消防安全部门等专家组成; 检查台帐资料，指出存在的问题与不足; 各职能部门负责人记录意见，会后分工整改):
# https://www.bo-ai.com/news_detail.asp?id=3000
# A .doc (Word 97 via LibreOffice): the report's items as numbered paragraphs under 一、二、三 headings, each naming
# the 提出单位 (the inspector), the hospital's own 责任科室, the 整改时限 and the 整改情况.
SAFE_PARAS = [
    (
        "一、安全防范方面",
        [
            "（一）门诊大厅一键报警装置未与公安机关联网。提出单位：市卫生局专家组。责任科室：保卫科。"
            "整改时限：2024年8月31日。整改情况：已完成设备采购，正在联网调试。",
            "（二）住院部夜间安保巡逻记录不完整。提出单位：市卫生局专家组。责任科室：保卫科。"
            "整改时限：2024年7月15日。整改情况：已完善巡逻签到制度，整改完毕。",
        ],
    ),
    (
        "二、医疗纠纷预防与调处方面",
        [
            "（三）医患纠纷投诉台账未按月分析通报。提出单位：市卫生局专家组。责任科室：医务科。"
            "整改时限：7月底前。整改情况：已建立月度分析通报制度，7月份通报已印发。",
            "（四）部分科室手术知情同意书签字不规范。提出单位：市卫生局专家组。责任科室：医务科、护理部。"
            "整改时限：长期坚持。整改情况：纳入科室质控考核，常态化督查。",
        ],
    ),
    (
        "三、消防与后勤保障方面",
        [
            "（五）高压配电房未配置气体灭火器材。提出单位：市消防救援支队。责任科室：总务科。"
            "整改时限：2024年7月20日。",
            "（六）食堂部分从业人员健康证过期。提出单位：市民政局。责任科室：总务科。"
            "整改时限：2024年8月15日。整改情况：未整改。",
        ],
    ),
]


def write_safe_docx(path: Path) -> Path:
    doc = _new_document("院办")
    _title(doc, "濮阳市第五人民医院关于“平安医院”建设检查反馈问题整改情况的报告")
    _paragraph(doc, "市“平安医院”建设领导小组办公室：")
    _paragraph(
        doc,
        "2024年7月9日，由市卫生局、市民政局、市消防救援支队等单位专家组成的市“平安医院”建设专家组到我院调研指导，"
        "在检查各项台帐资料后指出了存在的问题与不足。我院陪同检查的各职能部门负责人认真记录专家组意见，会后即按要求"
        "进行了分工整改。现将整改情况报告如下：",
    )
    for heading, paras in SAFE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "濮阳市第五人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_safe(path: Path) -> Path:
    return via_soffice(write_safe_docx, path, "doc", "平安医院建设检查反馈问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 11. 暑期校园安全大检查发现问题整改台账, after a city 教育局's 开学前校园安全大检查 (专项检查组; 校园安保管理、食品安全、周边
# 环境; 食堂蒸笼布老化未及时更换; 校外文具店销售“三无”食品和玩具刀，移交市场监管部门; 现场下达整改通知，明确整改时限):
# http://www.dayeyun.cn/p/165524.html
# An .xlsx: title, 填报单位 and 检查时间 line, one header row with no deadline column (the deadline sits in the
# 整改措施及时间安排 text), a 整改责任单位 column beside the 学校 column, signature line.
SCHOOL_ROWS = [
    (
        "濮阳市实验小学",
        "食堂蒸笼布老化未及时更换",
        "立即更换蒸笼布，7月25日前完成餐饮器具清洗消毒制度修订",
        "濮阳市实验小学",
        "王建华（校长）",
        "已更换，制度已修订",
    ),
    (
        "濮阳市第六中学",
        "学校周边文具店销售“三无”食品及玩具刀",
        "移交市场监管部门核查处理，8月10日前完成校园周边集中整治",
        "市市场监管局",
        "—",
        "已移交市市场监管局立案核查",
    ),
    (
        "华龙区昆吾幼儿园",
        "幼儿园大门未设置防冲撞设施",
        "8月上旬完成采购，8月20日前安装到位",
        "华龙区昆吾幼儿园",
        "李敏（园长）",
        "已完成采购招标",
    ),
    (
        "濮阳县第一中学",
        "学生宿舍楼室内消火栓水压不足",
        "7月底前完成管网检测，8月25日前完成加压泵改造",
        "濮阳县第一中学",
        "赵刚（副校长）",
        "",
    ),
    (
        "清丰县实验中学",
        "实验室危化品未执行双人双锁管理",
        "立即整改，7月20日前建立危化品出入库台账",
        "清丰县实验中学",
        "周涛（校长）",
        "未整改",
    ),
    (
        "南乐县城关镇中心小学",
        "教学楼外墙瓷砖部分松动脱落",
        "8月中旬完成维修方案，秋季开学前（8月28日前）完成修缮",
        "南乐县城关镇中心小学",
        "孙力（校长）",
        "正在编制维修方案",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="安全稳定科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 34, 44, 22, 16, 28])
    b.line(ws, 0, "2024年暑期校园安全大检查发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市教育局    检查时间：2024年7月15日—7月19日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "学校（幼儿园）",
            "检查发现问题",
            "整改措施及时间安排",
            "整改责任单位",
            "整改责任人",
            "整改进展",
        ],
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(SCHOOL_ROWS), "填报人：刘洋    审核人：陈志强    填报日期：2024年7月31日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 长途客运班线安全检查问题整改情况, after a county 交通运输局's 长途客车中途休息站安全生产检查 (34 条长途客运班线;
# 凌晨2至5时停止运行进入休息站; 不按核定经营线路经营、不规范签章; 企业整治、运管部门年审把关、交通行政执法部门加大执法
# 力度; 各客运企业在规定日期前完成整改):
# http://www.bobaixianzx.com/bbxzz/10415.html
# A tab-separated text in UTF-16: title line, 检查单位 line, one header row, a 填报人 line.
BUS_ROWS = [
    (
        "濮阳—广州班线（豫J·A1234）",
        "不按核定线路经营，擅自绕行揽客",
        "责令回归核定线路，扣减企业质量信誉考核分",
        "濮阳市长途汽车运输有限公司",
        "2024年8月5日",
        "已整改",
    ),
    (
        "濮阳—深圳班线",
        "凌晨2时至5时未按规定进入中途休息站停车休息",
        "加强动态监控，落实凌晨停车休息制度",
        "濮阳市长途汽车运输有限公司",
        "2024年8月5日",
        "正在整改，已约谈驾驶员4人",
    ),
    (
        "濮阳汽车客运总站",
        "“三不进站、六不出站”制度落实不到位，出站检查登记缺失",
        "完善出站检查登记",
        "濮阳汽车客运总站有限公司",
        "7月31日前",
        "已完善出站检查登记，经复查合格",
    ),
    (
        "营运客车经营资格年审",
        "对存在违规经营行为的营运客车年审把关不严",
        "将违规记录纳入年审，不合格车辆不予通过",
        "市交通运输局",
        "长期坚持",
        "常态化开展",
    ),
    (
        "交通行政执法",
        "对不按核定线路经营营运客车的查处力度不够",
        "开展长途客运专项执法行动",
        "濮阳市交通运输综合行政执法支队",
        "2024年9月30日",
        "专项执法行动正在开展，已查处违规车辆6台",
    ),
    (
        "范县安达中途休息站",
        "驾驶员休息室床位不足，进出站监控设备故障",
        "增设床位，修复监控设备",
        "范县安达中途休息站有限公司",
        "2024.8.15",
        "",
    ),
]


def write_bus(path: Path) -> Path:
    lines = [
        "长途客运班线及中途休息站安全检查问题整改情况（2024年7月）",
        "检查单位：濮阳市交通运输局    检查时间：2024年7月15日—7月19日",
        "\t".join(["序号", "检查对象", "存在问题", "整改措施", "责任单位", "整改时限", "整改结果"]),
    ]
    lines += ["\t".join([str(i), *row]) for i, row in enumerate(BUS_ROWS, 1)]
    lines.append("填报人：杨帆    审核人：吴国庆    填报日期：2024年7月31日")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("2024年“七一”前养老机构隐患排查结果及整改情况.xlsx", write_elder),
    ("2024年度文化旅游领域部门联合双随机抽查事项清单.xls", write_spot),
    ("电视问政曝光问题整改督办台账.csv", write_ask),
    ("金堤河涝区系统治理工程稽查发现问题整改台账.ods", write_water),
    ("濮阳市城市发展投资集团有限公司根治欠薪项目清欠台账.xlsx", write_wage),
    ("医保基金监管问题线索核查处理情况表.docx", write_clue),
    ("房屋在建工程质量安全专项检查问题整改台账.et", write_site),
    ("火灾隐患单位集中曝光及整改情况表.wps", write_fire),
    ("食品安全黑名单单位整改复查情况（两个市场监管所）.zip", write_black),
    ("关于平安医院建设检查反馈问题整改情况的报告.doc", write_safe),
    ("2024年暑期校园安全大检查发现问题整改台账.xlsx", write_school),
    ("长途客运班线安全检查问题整改情况.tsv", write_bus),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

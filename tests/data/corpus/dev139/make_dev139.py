"""Write the dev139 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 巡视巡察反馈问题整改 (省委巡视、市委巡察、区委巡察社区、巡察整改成效评估; 整改进展情况表与整改报告) and
选人用人专项检查 (问题整改落实台账、反馈问题整改情况表、超职数配备干部消化台账、整改情况报告).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, ticks under 已整改/正在整改/未整改), .et, .doc and .ods
(LibreOffice conversions of two .xlsx and a .docx), a CSV in UTF-8 with BOM, a .docx whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside238.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 选人用人专项检查问题整改落实台账, after a province's account of its 选人用人专项检查 (对检查中发现的有选人用人
# 问题的单位逐个建立《问题整改落实台账》，明确整改任务和时限，实行销号管理，每月调度整改落实情况; 整改“重点户”
# 成立整改督查组跟踪督办、实地查验; 《工作提示单》列出“转移工资关系不及时”“乡镇领导班子成员违规调动”等共性问题):
# http://epaper.lnd.com.cn/lnrbepaper/pc/con/202101/22/content_100443.html
# An .xlsx: title, 填报单位/反馈时间/本次调度 line, a two-row header (月度调度情况 over 5月/6月/7月), the checked
# unit (its 党组 or the county's 组织部) beside the problem, a 销号情况 column and a 备注 marking the 整改重点户,
# a 说明 block and a signature line.
STAFFING_ROWS = [
    (
        "市交通运输局党组",
        "干部管理监督",
        "3名干部调出后工资关系转移不及时，调出半年仍在原单位领取工资",
        "立即转移工资关系，清退多领津贴",
        "2024年5月31日",
        "已转移2名",
        "已全部转移，多领津贴已清退",
        "—",
        "已销号",
        "",
    ),
    (
        "中共清丰县委组织部",
        "选任程序",
        "2个乡镇4名领导班子成员任职不满3年即调整交流",
        "逐人纠正，报市委组织部备案",
        "6月底前",
        "已制定纠正方案",
        "已纠正3名",
        "剩余1名正在履行报批程序",
        "",
        "",
    ),
    (
        "市场监管局党组",
        "动议程序",
        "干部选拔任用动议环节未形成书面记录，动议程序不规范",
        "建立动议纪实制度",
        "2024年4月30日",
        "已制定《干部选拔任用动议工作规程》",
        "已落实",
        "—",
        "已销号",
        "",
    ),
    (
        "中共南乐县委组织部",
        "任前公示",
        "任前公示期间收到的1件举报未经核查即办理任职手续",
        "补充核查，严格执行任前公示制度",
        "立行立改",
        "已启动补充核查",
        "核查结论为反映问题不属实",
        "已向举报人反馈核查结果，整改完成",
        "",
        "",
    ),
    (
        "市卫健委党组",
        "选任程序",
        "委属事业单位中层干部竞争上岗未经民主推荐直接组织考察",
        "补充履行程序，修订竞争上岗办法",
        "2024年9月30日",
        "未启动",
        "未启动",
        "未启动",
        "",
        "整改重点户",
    ),
    (
        "中共濮阳县委组织部",
        "档案审核",
        "23卷干部人事档案“三龄两历一身份”认定依据不足",
        "逐卷复核认定，补充原始依据",
        "2024年12月31日",
        "已复核6卷",
        "已复核11卷",
        "已完成15卷复核认定，剩余8卷正在调取原始材料",
        "",
        "",
    ),
    (
        "市水务局党组",
        "纪实管理",
        "干部选拔任用工作全程纪实材料记录不完整",
        "落实全程纪实，按季度自查",
        "长期坚持",
        "已建立季度自查制度",
        "常态化推进",
        "常态化推进",
        "",
        "",
    ),
    (
        "中共濮阳市华龙区委组织部",
        "试用期管理",
        "2名试用期满干部未经考核即办理转正手续",
        "补充开展试用期满考核",
        "2024年8月31日",
        "",
        "",
        "",
        "",
        "",
    ),
]


def write_staffing(path: Path) -> Path:
    b = Book(path, author="干部监督科")
    ws = b.sheet("整改落实台账")
    b.widths(ws, [6, 20, 12, 36, 24, 14, 16, 18, 24, 10, 12])
    b.line(ws, 0, "2024年市委选人用人专项检查问题整改落实台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市委组织部干部监督科    反馈时间：2024年4月26日    本次调度：2024年7月30日（第3次月调度）",
        10,
    )
    for c, word in enumerate(["序号", "被检查单位", "问题类别", "存在问题", "整改任务", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "月度调度情况", b.head)
    b.header(ws, 3, ["5月", "6月", "7月"], first=6)
    b.merge(ws, 2, 9, 3, 9, "销号情况", b.head)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(STAFFING_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STAFFING_ROWS)
    b.line(ws, end, "说明：1.本台账按月调度，销号事项须经检查组实地查验；", 10)
    b.line(ws, end + 1, "2.“立行立改”事项自反馈之日（2024年4月26日）起整改；", 10)
    b.line(ws, end + 2, "3.“整改重点户”由整改督查组跟踪督办，每半月报送一次进展。", 10)
    b.line(ws, end + 3, "填表人：赵文静    审核人：马建国    联系电话：0393-8998121", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 选人用人专项检查反馈问题整改情况表, after a province 组织部's 通报 of its 选人用人专项检查 (用人导向“四唯”现象;
# 干部任职资格把关不严; 不按要求履行报批程序; 乡镇干部调整频繁; 超职数配备干部，超规格提高干部职级待遇; 党政领导
# 干部企业兼职清理力度不大; 文书档案和人事档案管理基础薄弱):
# http://www.topointapp.com/news/gansu/2014081406342566501.htm
# An .xls (xlwt): title, 填报单位 line, a two-row header whose 问题类型 follows the 通报's categories and whose
# 整改情况 spans three tick columns 已整改/正在整改/未整改, 涉及单位 as towns' 党委 and county bureaus (one row naming
# the 组织部's own 干部股), 立行立改 counted from the 反馈 date the 注 states, a 注 and a signature line.
FANXIAN_ROWS = [
    (
        "任职资格",
        "提拔1名副科级干部时任现职年限差3个月，任职资格把关不严",
        "范县教育体育局",
        "撤销任职决定，重新履行程序",
        "立行立改",
        "√",
        "",
        "",
        "",
    ),
    (
        "报批程序",
        "调整乡镇党政正职未按要求事前向市委组织部报告",
        "县委组织部干部股",
        "严格执行事前报告制度，建立报告台账",
        "2024年8月31日",
        "",
        "√",
        "",
        "",
    ),
    (
        "班子稳定",
        "龙王庄镇2年内调整党委委员5人次，领导班子不稳定",
        "龙王庄镇党委",
        "严控乡镇领导班子成员调整",
        "长期坚持",
        "",
        "",
        "",
        "长期坚持",
    ),
    (
        "超职数配备",
        "超职数配备副局级领导1名，未制定消化计划",
        "范县农业农村局",
        "制定消化计划，按规定消化",
        "年底前",
        "",
        "",
        "√",
        "",
    ),
    (
        "职级待遇",
        "为2名股级干部违规发放副科级职务津贴",
        "濮城镇党委",
        "停发并追缴违规发放的津贴",
        "2024年6月30日",
        "√",
        "",
        "",
        "已追缴1.86万元",
    ),
    (
        "企业兼职",
        "县城投公司董事会中2名机关干部违规兼职未清理",
        "范县城市建设投资有限公司",
        "清理违规兼职，调整董事会成员",
        "2024年9月底前",
        "",
        "√",
        "",
        "",
    ),
    (
        "文书档案",
        "干部任免文书档案缺少考察材料和会议纪要，归档不完整",
        "白衣阁乡党委",
        "补齐材料并规范归档",
        "2024年7月15日",
        "",
        "",
        "",
        "",
    ),
    (
        "人事档案",
        "12卷干部档案出生日期存在涂改，未核实认定",
        "范县人力资源和社会保障局",
        "逐卷核实认定，形成认定材料",
        "2024年10月31日",
        "",
        "√",
        "",
        "",
    ),
]


def write_fanxian(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "范县选人用人专项检查反馈问题整改情况表", t, 0, 9),
        (1, 0, "填报单位：中共范县县委组织部（盖章）    填报日期：2024年7月29日", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "问题类型", "具体问题", "涉及单位", "整改措施", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 6, "整改情况", h, 2, 8))
    for col, word in enumerate(["已整改", "正在整改", "未整改"], 6):
        cells.append((3, col, word, h))
    cells.append((2, 9, "备注", h, 3, 9))
    for i, row in enumerate(FANXIAN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 7, 8) else c))
    r = 4 + len(FANXIAN_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.“立行立改”事项自2024年5月20日市委检查组反馈之日起整改；2.请在“整改情况”对应栏内划“√”。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "审核人：杜海涛    填表人：孙倩    联系电话：0393-5221460", plain, r + 1, 9),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 超职数配备干部消化情况台账, after the national account of the 严禁超职数配备干部 clean-up (各地各单位核查所辖地方
# 和单位实际配备干部情况，并登记造册; 核对“四本账”: 干部名册、职数核定表、工资审核清单、工资发放清单; 整改消化期内
# 已经超配的未消化前不得新配备干部; “三超两乱”: 超职数配备、超机构规格提拔、超审批权限设置机构，擅自提高职级待遇、
# 擅自设置职务名称):
# http://bj.chinadaily.com.cn/2015-01/06/content_19246637.htm
# A CSV in UTF-8 with a BOM: a title line, a 填报单位 line naming the “四本账”, one header line with 核定/实配/超配/
# 已消化 counts beside the 超配情况 and a 消化方式, 消化时限 and 消化进展, a 合计 line and a 说明 line.
OVERSTAFF_ROWS = [
    (
        "市住房城乡建设局",
        6,
        7,
        1,
        "机构改革划入职能后超配副局长1名",
        1,
        "转任四级调研员",
        "2024年6月30日",
        "已消化完毕",
    ),
    (
        "市统计局",
        4,
        5,
        1,
        "2023年提拔副局长时未核减职数造成超配",
        0,
        "待退休自然消化",
        "2025年3月底前",
        "已冻结领导职数，超配未消化前不再新配",
    ),
    ("市农业局", 7, 9, 2, "超配副局级领导2名", 1, "交流任职", "2024年年底前", "已交流1名，剩余1名正在协调"),
    (
        "市文广新局",
        5,
        6,
        1,
        "擅自设置总工程师职务名称并按副局级配备1名",
        0,
        "撤销职务名称",
        "2024年5月31日",
        "",
    ),
    (
        "市公积金中心",
        4,
        5,
        1,
        "超配副主任1名，系2022年从县区交流任职",
        0,
        "交流或免职",
        "2024年8月31日",
        "未消化",
    ),
    (
        "市城管执法局",
        6,
        7,
        1,
        "原城管执法支队并入后超配副局长1名",
        1,
        "免职",
        "2024年4月30日",
        "已免去1名副局长职务，已消化",
    ),
    (
        "市商务局",
        5,
        6,
        1,
        "下属事业单位超配副科级以上领导职数1名",
        0,
        "退休消化",
        "2024年9月30日",
        "正在按程序办理退休手续",
    ),
]


def write_overstaff(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市市直单位超职数配备干部消化情况台账（截至2024年7月31日）"])
    w.writerow(
        [
            "填报单位：中共濮阳市委组织部、中共濮阳市委机构编制委员会办公室"
            "（按干部名册、职数核定表、工资审核清单、工资发放清单“四本账”核对）"
        ]
    )
    w.writerow(
        [
            "序号",
            "单位",
            "核定领导职数",
            "实配领导职数",
            "超配数",
            "超配情况",
            "已消化数",
            "消化方式",
            "消化时限",
            "消化进展",
        ]
    )
    for i, row in enumerate(OVERSTAFF_ROWS, 1):
        w.writerow([i, *row])
    total = [sum(r[k] for r in OVERSTAFF_ROWS) for k in (1, 2, 3, 5)]
    w.writerow(
        ["合计", f"{len(OVERSTAFF_ROWS)}个单位", total[0], total[1], total[2], "", total[3], "", "", ""]
    )
    w.writerow(["说明：超配未消化前一律不得新配备干部；消化时限按整改消化期确定。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 选人用人专项检查反馈问题整改情况报告, after a district 组织部's account of the rectification that followed the
# province's 选人用人专项检查 (干部考察文书档案的内容和要求调整充实; 统一模版，按时间节点报送; 定期抽查补缺，缺漏
# 材料及时补充; 《干部考察全程纪实表》“一人一表、一事一记”，“痕迹化”管理):
# http://www.znccw.com/News/show/1205.html
# A .docx: title, 主送, preamble with the 反馈 date, the items as numbered headings “一、关于“……”的问题” each followed
# by one paragraph (责任科室, 整改措施, 整改时限 and 整改情况 in sentences), a closing paragraph, the 党组 and date at
# the foot. All items belong to the sending bureau; its 科室 are sections.
HRSS_ITEMS = [
    (
        "一、关于“5名提拔干部考察文书档案缺少谈话记录和考察材料”的问题",
        "责任科室：人事教育科。整改措施：对照统一模版逐人补齐考察文书材料，重点审核材料的完整性和真实性。"
        "整改时限：2024年6月30日。整改情况：已补齐5名干部的考察谈话记录和考察材料并归档，整改完成。",
    ),
    (
        "二、关于“未实行干部考察全程纪实”的问题",
        "责任科室：人事教育科。整改措施：制定《干部考察全程纪实表》，实行“一人一表、一事一记”痕迹化管理。"
        "整改时限：2024年8月底前。整改情况：纪实表已印发试行，正在对今年以来3批次干部考察情况进行补录。",
    ),
    (
        "三、关于“民主推荐会议推荐票未当场封存”的问题",
        "责任科室：机关党委。整改措施：推荐票当场密封，由监督人员签字后封存备查。整改时限：立行立改。"
        "整改情况：已于反馈当日整改到位，此后2次民主推荐均严格执行。",
    ),
    (
        "四、关于“局属事业单位中层干部任免未报局党组备案”的问题",
        "责任科室：人事教育科。整改措施：全面清理2022年以来局属事业单位中层干部任免事项，补办备案手续。"
        "整改时限：2024年9月30日。整改情况：尚未启动。",
    ),
    (
        "五、关于“干部人事档案专项审核认定材料未及时归档”的问题",
        "责任科室：干部档案室。整改措施：将4卷档案的认定材料、审批表逐卷归档，定期抽查补缺。整改时限：7月底前。",
    ),
    (
        "六、关于“干部教育培训学时登记不全”的问题",
        "责任科室：人事教育科。整改措施：建立干部教育培训学时档案，每半年通报一次学时完成情况，该项工作长期坚持。",
    ),
    (
        "七、关于“对‘一报告两评议’中干部群众反映的意见未逐条回应”的问题",
        "责任科室：办公室。整改措施：梳理评议意见，逐条制定改进措施并在全局通报。整改时限：2024年7月20日。"
        "整改情况：已于7月18日在全局干部大会上逐条通报回应，整改完成。",
    ),
]


def write_hrss(path: Path) -> Path:
    doc = _new_document("人事教育科")
    _title(doc, "中共濮阳市人力资源和社会保障局党组关于选人用人专项检查反馈问题整改情况的报告")
    _paragraph(doc, "市委组织部、市政府督查局：")
    _paragraph(
        doc,
        "2024年4月18日，市委选人用人专项检查组向我局党组反馈了检查情况，指出了干部考察文书档案不规范等7个方面的"
        "问题。局党组高度重视，对照问题清单逐项明确责任科室、整改措施和完成时限，对能够立即整改的立行立改。"
        "现将整改情况报告如下：",
    )
    for heading, body in HRSS_ITEMS:
        _paragraph(doc, heading, font="黑体")
        _paragraph(doc, body)
    _paragraph(
        doc, "下一步，局党组将把选人用人专项检查整改与日常干部监督结合起来，定期开展“回头看”，防止问题反弹。"
    )
    _paragraph(doc, "中共濮阳市人力资源和社会保障局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 省委巡视反馈意见集中整改进展情况的通报, after a province 卫生健康委党组's published 集中整改进展 (根据省委巡视工作
# 统一部署 … 省委第五巡视组 … 反馈了巡视意见。按照巡视工作有关要求，现将集中整改进展情况予以公布; 一、巡视整改组织
# 领导情况 …; then the feedback problems one by one):
# http://puupupc.cn/press_center/exhibition_ews/3424.html
# A .doc (Word 97 via LibreOffice): title, the 通报 in three numbered sections that are not items, the 党组 and date,
# then “附件：省委巡视反馈问题整改进展情况表” — a table whose 责任单位（科室） names the 委's own 科室 or a 委属单位,
# with 整改进展 sentences and a 完成情况 word (已完成 / 阶段性完成 / 长期坚持 / 未完成), and a 注 line under it
# (a table that ends the document is lost when LibreOffice writes Word 97).
HEALTH_ROWS = [
    (
        "部分基层医疗卫生机构未执行药品集中带量采购中选结果",
        "开展集采药品使用情况专项核查",
        "药政科",
        "2024年6月30日",
        "已完成全市68家基层医疗机构核查，督促3家整改到位",
        "已完成",
    ),
    (
        "公立医院存在重复收费、超标准收费问题",
        "清退多收费用，开展收费自查",
        "濮阳市人民医院",
        "2024年9月30日",
        "已退还多收费用12.6万元，正在开展全院收费自查",
        "阶段性完成",
    ),
    (
        "实验室生物安全管理制度执行不严",
        "修订制度，开展培训演练",
        "濮阳市疾病预防控制中心",
        "2024年7月15日",
        "已修订制度并完成全员培训",
        "已完成",
    ),
    (
        "医药领域腐败问题集中整治成效不够明显",
        "持续开展集中整治，健全长效机制",
        "医政医管科",
        "长期坚持",
        "按季度调度，常态化推进",
        "长期坚持",
    ),
    (
        "公立医院基本建设负债规模较大，化债措施不力",
        "制定化债方案，压降债务规模",
        "濮阳市中医医院",
        "2024年12月底前",
        "已制定化债方案，正在与银行协商展期",
        "阶段性完成",
    ),
    (
        "乡村医生基本公共卫生服务补助资金拨付不及时",
        "督促各县区按季度足额拨付",
        "基层卫生健康科",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "医疗机构依法执业监督检查覆盖面不足",
        "制定年度监督检查计划，实现全覆盖",
        "濮阳市卫生健康委员会综合监督执法局",
        "2024年10月31日",
        "未启动",
        "未完成",
    ),
    (
        "委属单位领导班子副职缺额未及时配备",
        "按程序配齐领导班子",
        "人事科",
        "2024年7月31日",
        "已配齐3家单位，剩余1家已完成考察",
        "阶段性完成",
    ),
]


def write_health_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市卫生健康委员会党组关于省委巡视反馈意见集中整改进展情况的通报")
    _paragraph(
        doc,
        "根据省委巡视工作统一部署，2024年3月中旬至4月底，省委第三巡视组对濮阳市开展了常规巡视，并延伸了解了市卫生健康委"
        "工作情况。2024年5月28日，省委巡视组向市委反馈了巡视意见，其中涉及我委的问题8个。按照巡视工作有关要求，"
        "现将集中整改进展情况予以通报。",
    )
    _paragraph(doc, "一、巡视整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "委党组成立巡视整改工作领导小组，党组书记任组长，制定整改方案，建立问题清单、任务清单、责任清单，明确责任科室、"
        "委属单位和完成时限，每半月调度一次整改进展。",
    )
    _paragraph(doc, "二、反馈问题整改进展情况", font="黑体")
    _paragraph(doc, "各项问题的整改措施、责任单位、完成时限和进展情况见附件。")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对已完成的问题开展“回头看”，巩固整改成果；对阶段性完成和需长期坚持的问题，紧盯时间节点持续推进，确保按期清仓见底。",
    )
    _paragraph(doc, "中共濮阳市卫生健康委员会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附件：省委巡视反馈问题整改进展情况表", font="黑体")
    body = [[str(i), *row] for i, row in enumerate(HEALTH_ROWS, 1)]
    _table(
        doc,
        ["序号", "反馈问题", "整改措施", "责任单位（科室）", "完成时限", "整改进展", "完成情况"],
        body,
    )
    _paragraph(doc, "注：完成情况分为“已完成”“阶段性完成”“长期坚持”“未完成”四类。", 12)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    return via_soffice(write_health_docx, path, "doc", "省委巡视反馈意见集中整改进展情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 专项巡察反馈意见整改责任清单, after a city hospital 党委's meeting on the 区委医疗卫生领域专项巡察 feedback (反馈
# 意见共65项问题进行任务分解; 整改责任清单; 责任领导要亲自抓; 注重时间节点，确保问题逐项落实; 每周召开调度会了解
# 整改工作进度; 一周内上报问题整改措施意见):
# http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7526
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/反馈时间/周调度
# line, one header row with 问题类别 merged down over its rows, 责任领导 and 责任科室 (the hospital's own sections),
# 整改时限 as dates, “反馈后1个月内” and 长期坚持, 本周进展 and a 是否完成 column with 是/否, a 说明 and a signature line.
HOSPITAL_GROUPS = [
    (
        "党的政治建设",
        [
            (
                "党委会议“第一议题”学习流于形式，未结合医院实际研究贯彻措施",
                "完善第一议题制度，每次学习后明确落实责任",
                "李红霞",
                "党委办公室",
                "反馈后1个月内",
                "已修订第一议题制度，6月起执行",
                "是",
            ),
            (
                "党支部书记“双带头人”培育推进缓慢，4个临床支部书记非业务骨干",
                "调整支部设置，选优配强支部书记",
                "李红霞",
                "党委办公室",
                "2024年10月31日",
                "已完成2个支部书记调整",
                "否",
            ),
        ],
    ),
    (
        "全面从严治党",
        [
            (
                "医用耗材采购未严格执行院内遴选议价程序",
                "规范耗材遴选议价流程，清理采购合同",
                "王志刚",
                "设备科",
                "2024年8月31日",
                "已修订耗材管理办法，正在清理2023年以来的采购合同",
                "否",
            ),
            (
                "科室绩效二次分配方案未经职工代表大会审议",
                "提交职代会审议后执行",
                "张伟",
                "财务科",
                "2024年7月15日",
                "已于7月12日经职代会审议通过",
                "是",
            ),
            (
                "违规接受医药代表宴请问题仍有发生",
                "开展专项整治，全员签订廉洁承诺书",
                "刘建华",
                "纪检监察室",
                "长期坚持",
                "常态化开展警示教育",
                "",
            ),
        ],
    ),
    (
        "医疗服务和行风建设",
        [
            (
                "门诊患者平均候诊时间超过1小时，预约诊疗率偏低",
                "推行分时段预约，增设自助服务机",
                "赵敏",
                "医务科",
                "2024年9月30日",
                "",
                "否",
            ),
            (
                "住院病历归档不及时，超7日未归档病历占比12%",
                "纳入科室绩效考核",
                "赵敏",
                "病案室",
                "2024年7月31日",
                "",
                "",
            ),
            (
                "抗菌药物使用强度超过控制指标",
                "开展处方点评，落实抗菌药物分级管理",
                "赵敏",
                "药剂科",
                "2024年6月30日",
                "已开展处方点评2次，使用强度降至控制指标以内",
                "是",
            ),
        ],
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="党委办公室")
    ws = b.sheet("整改责任清单")
    b.widths(ws, [6, 12, 38, 28, 10, 12, 14, 30, 10])
    b.line(ws, 0, "市委医疗卫生领域专项巡察反馈意见整改责任清单", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市妇幼保健院党委    巡察反馈时间：2024年5月24日    第9周调度（2024年7月26日）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "整改时限",
            "本周进展",
            "是否完成",
        ],
    )
    r, n = 3, 0
    for category, rows in HOSPITAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "说明：整改时限“反馈后1个月内”自2024年5月24日反馈之日起计算；已完成事项附佐证材料报院巡察整改工作办公室。",
        8,
    )
    b.line(ws, r + 1, "填表人：周晓燕    联系电话：0393-4896217", 8)
    return b.close()


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_book, path, "xls", "妇幼保健院巡察整改责任清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 巡视反馈意见整改任务分工及进展表, after a city group company's 巡视“回头看”反馈意见整改协调推进会 (市国资委整改
# 措施和任务分工方案; 集团整改方案的5大板块、26条整改措施、54项具体整改内容; 明确责任分工; 各牵头部门负责人对本部门
# 涉及的整改落实负责; 各部门紧密配合):
# http://dgchwlkj.com/info/1043/1562.htm
# An .xlsx: title, 填报单位/巡视反馈日期/进展截至 line, a two-row header (责任分工 over 牵头单位/配合单位, 整改进展
# over 进展情况/完成状态), items grouped under three 板块 rows merged across, 牵头单位 as 市属企业 under short names and
# once as the 国资委's own 科室, a 说明 and a signature line.
SOE_GROUPS = [
    (
        "一、党的领导和公司治理（3项）",
        [
            (
                "“三重一大”事项未经党委前置研究即提交董事会决策",
                "修订党委前置研究事项清单",
                "自来水公司",
                "市国资委党建科",
                "2024年6月30日",
                "已修订清单并经党委会审议通过",
                "已完成",
            ),
            (
                "子公司对外借款未履行集团审批程序",
                "清理对外借款，完善借款审批制度",
                "濮阳市投资集团有限公司",
                "市财政局",
                "2024年8月底",
                "已清理借款4笔，追回本息860万元，剩余2笔正在催收",
                "推进中",
            ),
            (
                "3家市属企业外部董事未配齐，法人治理结构不健全",
                "建立外部董事人才库，配齐外部董事",
                "委企业改革科",
                "市委组织部",
                "2024年9月30日",
                "已建立外部董事人才库，正在遴选",
                "推进中",
            ),
        ],
    ),
    (
        "二、工程建设和资产管理（3项）",
        [
            (
                "燃气管网改造工程分包未履行招标程序",
                "开展专项审计，规范工程分包管理",
                "市燃气公司",
                "市审计局",
                "2024年9月30日",
                "已对3个分包项目开展专项审计，审计报告待出",
                "推进中",
            ),
            (
                "公交场站闲置资产长期低价出租，出租前未经评估",
                "重新评估租金，规范资产出租程序",
                "众意公交公司",
                "市公共资源交易中心",
                "2024年12月31日",
                "",
                "未启动",
            ),
            (
                "新能源公交车充电桩运维合同续签未经集体研究",
                "补充履行集体决策程序",
                "市公交公司",
                "",
                "2024年5月31日",
                "已提交总经理办公会补充研究",
                "已完成",
            ),
        ],
    ),
    (
        "三、选人用人和安全生产（3项）",
        [
            (
                "下属企业中层管理人员选聘未公开竞争",
                "制定中层管理人员竞聘上岗办法",
                "濮阳市投资集团有限公司",
                "市人社局",
                "2024年10月31日",
                "已制定竞聘办法，拟8月组织首批竞聘",
                "推进中",
            ),
            (
                "燃气场站安全生产责任制未落实到岗位",
                "修订岗位安全责任清单",
                "燃气公司",
                "市应急管理局",
                "立行立改",
                "已整改",
                "已完成",
            ),
            (
                "企业负责人履职待遇、业务支出管理不规范",
                "建立履职待遇、业务支出按季度公开制度",
                "自来水公司",
                "",
                "长期坚持",
                "按季度公开",
                "持续推进",
            ),
        ],
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="企业改革科")
    ws = b.sheet("任务分工及进展")
    b.widths(ws, [6, 36, 28, 20, 18, 14, 32, 10])
    b.line(ws, 0, "市属国有企业落实省委巡视反馈意见整改任务分工及进展表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市人民政府国有资产监督管理委员会    巡视反馈日期：2024年5月16日    进展截至：2024年7月26日",
        7,
    )
    for c, word in enumerate(["序号", "具体整改内容", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "责任分工", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=3)
    b.merge(ws, 2, 5, 3, 5, "完成时限", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改进展", b.head)
    b.header(ws, 3, ["进展情况", "完成状态"], first=6)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in SOE_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：1.完成状态分“已完成”“推进中”“未启动”“持续推进”四类；", 7)
    b.line(ws, r + 1, "2.“立行立改”事项自巡视反馈之日起整改，配合单位协助牵头单位推进。", 7)
    b.line(ws, r + 2, "填表人：郑凯    审核人：石红梅    联系电话：0393-8663305", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 落实省委巡视反馈意见整改进展情况表, after a district 区委书记专题会议 hearing the 省委巡视反馈意见整改工作进展
# (紧盯时间节点，全面梳理，倒排工期，挂图作战，确保各项整改任务按时保质完成; 坚持“当下改”与“长久立”相结合):
# http://xxmyq.gov.cn/sitesources/myqzf/page_pc/myxw/articlec0d7fb7255dc456398e652742ced7619.html
# An .xlsx: title, 填报单位/截至日期 line, a two-row header whose 完成情况 spans three tick columns 已完成/序时推进/
# 滞后, a 倒排工期 column holding schedule texts, two group rows (反馈问题; 巡视期间交办信访件 whose 倒排工期 is
# 15个工作日 from the 交办 date it names), a 合计 row counting the ticks, a 注 and a signature line.
HUALONG_GROUPS = [
    (
        "一、省委巡视组反馈问题",
        [
            (
                "老旧小区改造项目推进缓慢，2023年计划改造的12个小区仍有5个未开工",
                "倒排改造计划，加快开工建设",
                "张国强",
                "华龙区住房和城乡建设局",
                "6月底前全部开工，10月底前完成主体改造",
                "5个小区已全部开工，正在进行管网改造",
                "",
                "√",
                "",
            ),
            (
                "城区背街小巷环境卫生长效管理机制不健全",
                "建立网格化保洁机制",
                "王丽",
                "华龙区城市管理局",
                "5月底前制定方案，7月15日前建立网格化保洁机制",
                "已出台网格化保洁实施方案，机制已运行",
                "√",
                "",
                "",
            ),
            (
                "部分学校课后服务超范围收费",
                "清退超范围收费，规范收费项目",
                "李明",
                "华龙区教育局",
                "7月底前完成核算，8月底前完成清退",
                "已清退4所学校超收费用23.5万元，剩余2所正在核算",
                "",
                "√",
                "",
            ),
            (
                "胜利路街道3处集体门面房租金长期未收缴，“三资”管理不规范",
                "追缴欠租，规范租赁合同管理",
                "刘洋",
                "华龙区胜利路街道办事处",
                "6月底前完成追缴",
                "尚未启动追缴程序",
                "",
                "",
                "√",
            ),
            (
                "岳村镇高标准农田建设项目建成后管护责任未落实",
                "明确管护主体，落实管护经费",
                "赵刚",
                "华龙区岳村镇人民政府",
                "9月底前",
                "",
                "",
                "",
                "",
            ),
            (
                "基层医疗卫生机构人才流失严重，乡镇卫生院缺编率达25%",
                "落实年度招聘计划",
                "李明",
                "华龙区卫生健康委员会",
                "8月底前发布招聘公告，年底前完成招聘",
                "已发布招聘公告，计划招聘28人",
                "",
                "√",
                "",
            ),
        ],
    ),
    (
        "二、巡视期间交办信访件",
        [
            (
                "群众反映中原路街道某小区物业公司违规收取停车费",
                "核查处理，退还违规收费",
                "王丽",
                "华龙区中原路街道办事处",
                "自交办之日起15个工作日内（2024年6月20日交办）",
                "已责令物业公司退还违规收费，已办结",
                "√",
                "",
                "",
            ),
            (
                "群众反映孟轲乡一建设项目拖欠农民工工资",
                "督促施工企业清偿欠薪",
                "张国强",
                "华龙区孟轲乡人民政府",
                "自交办之日起15个工作日内（2024年7月15日交办）",
                "已督促施工企业制定清欠计划，正在分批支付",
                "",
                "√",
                "",
            ),
        ],
    ),
]


def write_hualong(path: Path) -> Path:
    b = Book(path, author="巡视整改办")
    ws = b.sheet("整改进展情况")
    b.widths(ws, [6, 36, 22, 10, 22, 28, 30, 8, 10, 8])
    b.line(ws, 0, "华龙区落实省委巡视反馈意见整改进展情况表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市华龙区委巡视整改工作领导小组办公室    截至日期：2024年7月25日",
        9,
    )
    for c, word in enumerate(
        ["序号", "反馈问题", "整改任务", "责任领导", "牵头单位", "倒排工期", "进展情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "完成情况", b.head)
    b.header(ws, 3, ["已完成", "序时推进", "滞后"], first=7)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    counts = [0, 0, 0]
    for title, rows in HUALONG_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.center if c >= 7 else None)
            counts = [k + (1 if v == "√" else 0) for k, v in zip(counts, row[6:], strict=True)]
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, f"共{n}项", b.cell)
    for c, k in enumerate(counts, 7):
        b.put(ws, r, c, k, b.center)
    b.line(ws, r + 1, "注：完成情况在对应栏内打“√”；交办信访件办理时限按工作日计算。", 9)
    b.line(ws, r + 2, "填报人：孟庆丰    审核人：程建华    联系电话：0393-8152906", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 巡察整改成效评估问题整改情况表, after a university 党委巡察工作领导小组's review of the 第一轮巡察整改成效评估报告
# (被巡察党组织建立整改台账，取得阶段性成效; 但不同程度存在整改不全面、不深入、不彻底、长效机制不健全等问题; 对整改
# 措施不力、进展缓慢、质量不高的及时约谈提醒):
# https://zzb.aqnu.edu.cn/info/1002/2861.htm
# An .ods (LibreOffice conversion): title, 填报单位/评估时间/填报日期 line, one header row with the 被巡察单位 (schools,
# once the 局's own 财务科), the 评估发现问题, an 评估结论 (整改到位 / 基本到位 / 未到位), 再整改措施, 完成时限 and
# 再整改进展, a 说明 and a signature line.
EDU_ROWS = [
    (
        "濮阳市第一高级中学",
        "学校食堂外包合同到期未重新招标，仍由原公司续供",
        "基本到位",
        "完成食堂外包公开招标",
        "2024年8月31日",
        "招标文件已编制，拟8月上旬挂网",
    ),
    (
        "濮阳市实验小学",
        "课后服务经费使用台账不完整，部分支出无明细",
        "整改到位",
        "—",
        "2024年6月30日",
        "—",
    ),
    (
        "濮阳市第三中学",
        "教师有偿补课问题仅开展一次排查，未建立长效机制",
        "未到位",
        "建立有偿补课常态化排查和举报机制",
        "2024年9月30日",
        "已设立举报电话，正在制定排查制度",
    ),
    (
        "濮阳市职业中等专业学校",
        "3批实训设备未经验收即支付货款",
        "未到位",
        "补充验收，追究相关人员责任",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳市特殊教育学校",
        "送教上门服务记录不实，部分记录与实际不符",
        "整改到位",
        "—",
        "2024年5月31日",
        "已复核全部送教记录",
    ),
    (
        "局机关财务科",
        "对直属学校财务监管不到位，巡察后未开展专项检查",
        "基本到位",
        "开展直属学校财务专项检查",
        "10月底前",
        "已检查5所学校，剩余4所9月开学后检查",
    ),
    (
        "濮阳市第二高级中学",
        "学生资助资金发放公示不及时",
        "基本到位",
        "规范资助公示程序",
        "2024年7月10日",
        "已补充公示，待下学期资助发放时复查",
    ),
    (
        "濮阳市第四中学",
        "校园安全隐患整改台账未及时更新销号",
        "",
        "",
        "2024年8月15日",
        "",
    ),
]


def write_edu_book(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("评估问题整改")
    b.widths(ws, [6, 22, 40, 10, 28, 14, 32])
    b.line(ws, 0, "市教育局系统巡察整改成效评估发现问题整改情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市教育局党组巡察工作办公室    评估时间：2024年6月    填报日期：2024年7月24日",
        6,
    )
    b.header(
        ws, 2, ["序号", "被巡察单位", "评估发现问题", "评估结论", "再整改措施", "完成时限", "再整改进展"]
    )
    for i, row in enumerate(EDU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EDU_ROWS)
    b.line(
        ws, end, "说明：评估结论分为整改到位、基本到位、未到位三类；未到位问题须在完成时限内再整改到位。", 6
    )
    b.line(ws, end + 1, "填表人：冯晓丽    联系电话：0393-8219376", 6)
    return b.close()


def write_edu(path: Path) -> Path:
    via_soffice(write_edu_book, path, "ods", "巡察整改成效评估问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 城市社区巡察反馈问题整改 (two returns in one zip), after a 街道党工委's published 巡察整改进展 for its 7 城市社区
# (整改任务分解细化，落实到责任领导、责任部室和具体责任人，明确完成目标和时限; 建立问题台账，强化动态管理，问题整改
# 一个，销号一个):
# https://bzadlt.com/lz/news1/id/17132
# A .zip holding an .xlsx from one 街道 (社区 named with the 街道, 责任人, a 销号时间 column) and a .docx with a table
# from another 街道 (责任社区, 是否完成 and 未完成原因及下步措施).
RENMIN_ROWS = [
    (
        "人民路街道金堤社区",
        "党员发展档案缺少政审材料",
        "补齐政审材料",
        "李梅",
        "2024年6月30日",
        "已补齐",
        "2024年7月2日",
    ),
    (
        "人民路街道金堤社区",
        "居务公开栏未按季度更新",
        "按季度更新公开内容",
        "李梅",
        "长期坚持",
        "每季度更新",
        "",
    ),
    (
        "人民路街道京开社区",
        "办公经费列支慰问品未附发放名单",
        "补充发放名单和签领记录",
        "王振",
        "7月15日前",
        "正在补充签领记录",
        "",
    ),
    (
        "人民路街道京开社区",
        "网格员队伍不稳定，一年内更换4人",
        "完善网格员招聘和管理制度",
        "王振",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "人民路街道振兴社区",
        "老旧小区消防通道被占用问题反复出现",
        "联合执法清理占道",
        "张涛",
        "立行立改",
        "已清理",
        "2024年6月20日",
    ),
]
DAQING_ROWS = [
    (
        "社区“两委”班子成员交叉任职比例未达要求",
        "大庆路街道石化社区",
        "结合增补调整交叉任职",
        "2024年12月31日",
        "否",
        "已拟定增补人选，待街道党工委研究",
    ),
    (
        "社区服务中心公共用房被出租用于商业经营",
        "大庆路街道油田社区",
        "收回出租用房",
        "2024年7月20日",
        "是",
        "",
    ),
    (
        "困难群众临时救助审批资料不全",
        "大庆路街道中原社区",
        "补齐资料并建立复核制度",
        "2024年8月31日",
        "否",
        "",
    ),
    (
        "社区党组织“三会一课”记录不规范",
        "大庆路街道建业社区",
        "规范会议记录",
        "长期坚持",
        "",
        "常态化推进",
    ),
]


def write_renmin_book(path: Path) -> Path:
    b = Book(path, author="人民路街道党建办")
    ws = b.sheet("巡察整改台账")
    b.widths(ws, [6, 20, 34, 24, 8, 14, 18, 14])
    b.line(ws, 0, "人民路街道城市社区巡察反馈问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区人民路街道党工委    反馈时间：2024年6月14日    填报时间：2024年7月29日",
        7,
    )
    b.header(ws, 2, ["序号", "社区", "反馈问题", "整改措施", "责任人", "完成时限", "整改情况", "销号时间"])
    for i, row in enumerate(RENMIN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RENMIN_ROWS)
    b.line(ws, end, "说明：“立行立改”事项自反馈之日起整改；整改完成经街道纪工委审核后销号。", 7)
    b.line(ws, end + 1, "填表人：陈静    联系电话：0393-8112047", 7)
    return b.close()


def write_daqing_docx(path: Path) -> Path:
    doc = _new_document("大庆路街道党建办")
    _title(doc, "大庆路街道关于区委巡察城市社区反馈问题整改进展情况", 18)
    _paragraph(doc, "填报单位：华龙区大庆路街道党工委    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(DAQING_ROWS, 1)]
    _table(
        doc,
        ["序号", "反馈问题", "责任社区", "整改措施", "整改时限", "是否完成", "未完成原因及下步措施"],
        body,
    )
    _paragraph(doc, "填表人：黄丽娟    联系电话：0393-8126613", 12)
    return _save_fixed(doc, path)


def write_community_zip(path: Path) -> Path:
    members = [
        ("人民路街道社区巡察反馈问题整改台账.xlsx", write_renmin_book),
        ("大庆路街道社区巡察整改进展情况.docx", write_daqing_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年选人用人专项检查问题整改落实台账（7月调度）.xlsx", write_staffing),
    ("范县选人用人专项检查反馈问题整改情况表.xls", write_fanxian),
    ("市直单位超职数配备干部消化情况台账（截至2024年7月）.csv", write_overstaff),
    ("市人力资源和社会保障局党组关于选人用人专项检查反馈问题整改情况的报告.docx", write_hrss),
    ("市卫生健康委党组关于省委巡视反馈意见集中整改进展情况的通报.doc", write_health),
    ("市委医疗卫生领域专项巡察反馈意见整改责任清单（市妇幼保健院）.et", write_hospital),
    ("市属国有企业落实省委巡视反馈意见整改任务分工及进展表.xlsx", write_soe),
    ("华龙区落实省委巡视反馈意见整改进展情况表.xlsx", write_hualong),
    ("市教育局系统巡察整改成效评估发现问题整改情况表.ods", write_edu),
    ("城市社区巡察反馈问题整改台账（人民路街道、大庆路街道）.zip", write_community_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

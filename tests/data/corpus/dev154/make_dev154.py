"""Write the dev154 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产隐患排查治理 (危化品、燃气、特种设备、道路运输、建筑施工、人员密集场所), with 企业自查, 部门检查
and 执法文书登记.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), .doc
(LibreOffice conversion of a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside266.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 9, 30, 0)
ZIP_TIME = (2024, 7, 31, 9, 30, 0)


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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})

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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
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
# 1. 危险化学品企业督导检查反馈问题隐患整改“回头看”, after a city 应急管理局's 回头看 of two chemical companies after a
# 国务院安全生产专项整治督导组 check (罐区和甲类仓库缺少安全警示标志牌、尾气处理碱喷淋循环泵防护罩未固定等27项问题隐患，
# 其中重大隐患3条已整改完毕，一般隐患已整改19项，其余5项正在整改中; 危险化学品库安全出口不足等23条; 确保于1月15日前
# 全部整改到位):
# http://xichu.net/news/shizheng/2020/01/2020-01-14450473.html
# An .xlsx: title, 填报单位/回头看时间 line, a line with the 督导检查 date the 立行立改 row counts from, one header row
# with 隐患等级 (重大/一般) and a 回头看情况 column, the 企业名称 merged down its rows, a 小计 row after each company,
# a 说明 line and a signature line.
CHEM_COMPANIES = [
    (
        "濮阳市恒瑞化工有限公司",
        [
            (
                "重大隐患",
                "甲类仓库与相邻丙类厂房防火间距不足，未采取防火墙分隔",
                "拆除仓库东侧临建，增设防火墙",
                "2024年6月30日",
                "已整改到位，经复核验收",
            ),
            (
                "重大隐患",
                "液氯钢瓶库未设置有毒气体泄漏检测报警装置",
                "安装有毒气体检测报警仪并接入DCS系统",
                "7月10日前",
                "已安装并投入使用",
            ),
            ("一般隐患", "罐区入口缺少安全警示标志牌", "补齐安全警示标志和告知牌", "立行立改", "已整改"),
            (
                "一般隐患",
                "尾气处理碱喷淋循环泵防护罩未固定",
                "固定防护罩并纳入设备巡检",
                "7月15日前",
                "防护罩已采购，正在安装",
            ),
            (
                "一般隐患",
                "动火作业票未按规定进行气体分析即签发",
                "修订特殊作业管理制度，开展特殊作业培训",
                "8月底前",
                "制度已修订，培训尚未开展",
            ),
        ],
    ),
    (
        "濮阳市豫丰新材料股份有限公司",
        [
            (
                "重大隐患",
                "危险化学品库仅设置一个安全出口，安全出口数量不足",
                "危险化学品库北墙增设安全出口",
                "2024年7月31日",
                "正在施工，预计8月上旬完工",
            ),
            (
                "一般隐患",
                "部分可燃气体探测器超期未检定",
                "委托计量机构检定",
                "7月15日前",
                "已检定合格",
            ),
            (
                "一般隐患",
                "应急预案未按规定开展演练和评估",
                "组织综合应急预案演练并评估",
                "9月30日前",
                "尚未启动",
            ),
        ],
    ),
]


def write_chem_lookback(path: Path) -> Path:
    b = Book(path, author="危化科")
    ws = b.sheet("回头看情况表")
    b.widths(ws, [6, 24, 10, 40, 30, 14, 26])
    b.line(ws, 0, "危险化学品企业督导检查反馈问题隐患整改“回头看”情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市应急管理局危险化学品安全监督管理科    回头看时间：2024年7月22日至24日", 6)
    b.line(ws, 2, "督导检查：省安全生产专项整治督导组第二工作组，检查时间2024年6月18日", 6)
    b.header(ws, 3, ["序号", "企业名称", "隐患等级", "问题隐患", "整改措施", "整改时限", "回头看情况"])
    r, n = 4, 0
    for company, rows in CHEM_COMPANIES:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, company, b.center)
        for level, problem, measure, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, level, b.center)
            b.row(ws, r, [problem, measure, limit, progress], first=3)
            r += 1
        major = sum(1 for row in rows if row[0] == "重大隐患")
        b.merge(
            ws,
            r,
            0,
            r,
            6,
            f"小计：{company}问题隐患{len(rows)}项，其中重大隐患{major}项、一般隐患{len(rows) - major}项",
            b.group,
        )
        r += 1
    b.line(
        ws,
        r,
        "说明：“立行立改”事项以督导检查当日为整改时限；回头看由市应急管理局会同属地应急管理部门开展。",
        6,
    )
    b.line(ws, r + 1, "填表人：孔德明    审核人：贾卫红    联系电话：0393-8916523", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 危化品重大危险源企业专项检查“两个清单”, after a province's second 危化品重大危险源企业检查督导 (企业自查、市级交叉
# 全覆盖检查、省级抽查和部级督导核查; 在危化品安全生产风险监测预警系统上同步录入问题隐患和整改措施“两个清单”，实现
# 闭环管理; 共检查出隐患2167条（其中重大隐患40条），已整改1760条):
# http://xpshebei.com/zhuanti/2022-09/08/content_31127086.htm
# An .xls (xlwt): title, 填报单位 line, a two-row header with 问题隐患清单 over 问题隐患描述/隐患级别 and 整改措施清单 over
# 整改措施/整改责任人/整改期限/整改状态, the 检查方式 and 检查日期 (the base of 立行立改) per row, a 注 line and a
# signature line.
HAZARD_SOURCE_ROWS = [
    (
        "濮阳县中原石化储运有限公司",
        "二级",
        "企业自查",
        "2024-07-05",
        "储罐区液位计高高联锁未投用",
        "一般",
        "恢复联锁，建立联锁投切审批制度",
        "张建国",
        "2024年7月20日",
        "已整改",
    ),
    (
        "濮阳县中原石化储运有限公司",
        "二级",
        "县级检查",
        "2024-07-16",
        "重大危险源包保责任人未按规定开展履职检查",
        "一般",
        "包保责任人按季度开展履职检查并在系统记录",
        "李卫东",
        "长期",
        "长期坚持",
    ),
    (
        "濮阳瑞泰化工有限公司",
        "三级",
        "企业自查",
        "2024-07-03",
        "安全仪表系统未开展安全完整性等级评估",
        "重大",
        "委托第三方开展SIL评估并整改",
        "王磊",
        "第三季度",
        "整改中",
    ),
    (
        "濮阳瑞泰化工有限公司",
        "三级",
        "县级检查",
        "2024-07-16",
        "装置区可燃气体报警信号未接入有人值守的控制室",
        "一般",
        "报警信号接入中控室",
        "王磊",
        "立行立改",
        "已整改",
    ),
    (
        "濮阳县金鼎燃气储配有限公司",
        "四级",
        "企业自查",
        "2024-07-08",
        "液化石油气储罐紧急切断阀未定期开展功能试验",
        "一般",
        "制定试验计划，每月试验一次并记录",
        "赵志强",
        "2024年7月31日",
        "未整改",
    ),
    (
        "濮阳县金鼎燃气储配有限公司",
        "四级",
        "县级检查",
        "2024-07-17",
        "2名充装操作人员未取得特种作业操作证上岗",
        "一般",
        "安排2名人员参加培训取证，取证前调离岗位",
        "赵志强",
        "2024年10月31日",
        "整改中",
    ),
    (
        "濮阳县联创新材料有限公司",
        "二级",
        "县级检查",
        "2024-07-18",
        "甲醇储罐未设置氮封系统",
        "重大",
        "增设氮封系统并完善设计变更手续",
        "刘洋",
        "年底前",
        "",
    ),
]


def write_hazard_sources(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    body = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "危险化学品重大危险源企业专项检查问题隐患和整改措施“两个清单”", title, 0, 10),
        (1, 0, "填报单位：濮阳县应急管理局    填报日期：2024年7月29日", plain, 1, 10),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "企业名称", head, 3, 1),
        (2, 2, "重大危险源级别", head, 3, 2),
        (2, 3, "检查方式", head, 3, 3),
        (2, 4, "检查日期", head, 3, 4),
        (2, 5, "问题隐患清单", head, 2, 6),
        (2, 7, "整改措施清单", head, 2, 10),
        (3, 5, "问题隐患描述", head),
        (3, 6, "隐患级别", head),
        (3, 7, "整改措施", head),
        (3, 8, "整改责任人", head),
        (3, 9, "整改期限", head),
        (3, 10, "整改状态", head),
    ]
    r = 4
    for i, row in enumerate(HAZARD_SOURCE_ROWS, 1):
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, start=1):
            cells.append((r, c, v, mid if c in (2, 3, 4, 6, 8, 10) else body))
        r += 1
    cells.append(
        (
            r,
            0,
            "注：1.检查方式分企业自查、县级检查、市级交叉检查；2.“立行立改”以检查当日为整改期限；"
            "3.问题隐患和整改措施同步录入危化品安全生产风险监测预警系统。",
            plain,
            r,
            10,
        )
    )
    cells.append((r + 1, 0, "审核人：高建设    填表人：田晓雨    联系电话：0393-3221748", plain, r + 1, 10))
    widths = [6, 26, 10, 10, 12, 36, 8, 30, 10, 14, 10]
    return _write_xls(path, [("两个清单", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 城镇燃气安全专项整治“挂图作战”推进表, after a district's 城镇燃气安全专项整治工作推进会 (场站设施安全风险隐患累计排查
# 585次，发现各类隐患70个，已督促整改56个; 老旧燃气管网改造; 8家液化气企业安装瓶装燃气经营配送安全监管平台; 取缔非法
# 经营黑气点; 餐饮场所燃气报警器安装; 挂图作战; 4770户餐饮燃气用户整改工作年底全面完成):
# https://www.wj.gov.cn/html/czwj/2020/FAOHPMEF_1014/349806.html
# An .xlsx: title, 牵头单位/截至时间 line, one header row with 责任单位 (short and former names) beside a 配合单位, the
# 整治类别 merged down its rows, an 作战进度 word beside a 推进情况 sentence, deadlines as dates / X月底前 / 年底前 /
# 长期坚持 / a schedule text, a 说明 line and a signature line.
GAS_GROUPS = [
    (
        "场站设施",
        [
            (
                "城区3座天然气门站、调压站防雷防静电检测超期",
                "市燃气公司",
                "市城管局",
                "2024年6月30日",
                "已完成",
                "已完成检测，检测报告已存档",
            ),
            (
                "范县、台前县2座液化石油气储配站储罐区消防喷淋系统不能正常启动",
                "市城管执法局",
                "市消防救援支队",
                "8月底前",
                "推进中",
                "范县储配站已修复，台前县储配站正在维修",
            ),
        ],
    ),
    (
        "瓶装燃气",
        [
            (
                "气瓶充装单位对超期未检气瓶进行充装",
                "市质监局",
                "各县（区）政府",
                "9月底前",
                "推进中",
                "已检查充装单位6家，查处超期未检气瓶142只",
            ),
            (
                "非法经营瓶装液化气“黑气点”尚未彻底取缔",
                "华龙区人民政府",
                "市公安局",
                "长期坚持",
                "长期坚持",
                "常态化开展联合打击",
            ),
        ],
    ),
    (
        "餐饮用户",
        [
            (
                "中心城区餐饮场所燃气泄漏报警装置安装率仅为62%",
                "市商务局",
                "市市场监管局",
                "年底前",
                "推进中",
                "已安装1860户，剩余1140户",
            ),
            (
                "中小学校食堂使用瓶装液化气未设置独立气瓶间",
                "市教育局",
                "各县（区）教育局",
                "2024年8月20日",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "管网改造",
        [
            (
                "老旧小区燃气管道、立管锈蚀老化改造任务滞后",
                "市建委",
                "市燃气公司",
                "8月底前完成施工招标，10月底前完成年度改造任务",
                "推进中",
                "已完成改造12.6公里，占年度任务的58%",
            ),
        ],
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气专班")
    ws = b.sheet("挂图作战")
    b.widths(ws, [6, 12, 40, 16, 16, 24, 10, 30])
    b.line(ws, 0, "濮阳市城镇燃气安全专项整治问题隐患“挂图作战”推进表", 7, b.title)
    b.line(ws, 1, "牵头单位：市城镇燃气安全专项整治工作专班办公室    截至时间：2024年7月26日", 7)
    b.header(
        ws, 2, ["序号", "整治类别", "问题隐患", "责任单位", "配合单位", "完成时限", "作战进度", "推进情况"]
    )
    r, n = 3, 0
    for group, rows in GAS_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for problem, owner, helper, limit, stage, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, owner, helper, limit], first=2)
            b.put(ws, r, 6, stage, b.center)
            b.put(ws, r, 7, progress)
            r += 1
    b.line(
        ws,
        r,
        "说明：作战进度分“已完成（绿）”“推进中（黄）”“未启动（红）”“长期坚持（蓝）”四类，每周五更新一次。",
        7,
    )
    b.line(ws, r + 1, "填表人：常建伟    联系电话：0393-8668120", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 物业服务项目电梯安全管理自查自纠表, after a city 住建局's notice of a 物业服务项目电梯安全管理排查 (各物业服务企业针对
# 安全管理不到位、电梯运载装修材料过程中防护不当、轿厢广告和安全警示标识粘贴不规范、轿厢卫生环境差、电梯运行异响抖动、
# 轿厢过度装修、使用存在安全隐患电梯等重点问题开展自查自纠，逐条逐台及时整改到位; 认真填写3份自查自纠表，一份存档，另2份
# 报当地特种设备监管部门和住建主管部门):
# http://www.sxstscl.cn/quanzhou/news/1971612.html
# A CSV in GBK from one 物业服务企业 whose rows name only its own 项目 (小区) and lifts: a title line, the company and
# 自查时间 line, a header line with the 排查重点 and a 是否整改到位 (是/否) column beside a 备注, a 说明 line and a
# signature line.
LIFT_ROWS = [
    (
        "锦绣华庭",
        "3号楼1单元",
        "豫J-2019-0231",
        "安全管理",
        "电梯安全管理员未取得特种设备安全管理人员证",
        "安排参加市场监管部门组织的培训考试",
        "2024年8月31日",
        "否",
        "已报名8月考试",
    ),
    (
        "锦绣华庭",
        "5号楼2单元",
        "豫J-2019-0236",
        "运载装修材料防护",
        "电梯运载装修材料时轿厢未加装防护板，轿壁划伤",
        "配置轿厢防护板，装修运料时专人值守",
        "7月15日前",
        "是",
        "",
    ),
    (
        "龙城御苑",
        "1号楼",
        "豫J-2017-0108",
        "轿厢广告和警示标识",
        "轿厢内广告覆盖安全警示标识和使用登记标志",
        "移除遮挡广告，规范张贴标识",
        "7月15日前",
        "是",
        "",
    ),
    (
        "龙城御苑",
        "2号楼",
        "豫J-2017-0109",
        "运行异响抖动",
        "电梯运行时有明显异响抖动，维保单位未查明原因",
        "通知维保单位全面检修，必要时委托检验机构检测",
        "2024年7月31日",
        "否",
        "",
    ),
    (
        "龙城御苑",
        "3号楼",
        "豫J-2017-0110",
        "使用存在安全隐患电梯",
        "电梯超过下次检验日期仍在使用",
        "立即停用，申请定期检验",
        "2024年7月20日",
        "是",
        "7月18日检验合格后恢复使用",
    ),
    (
        "华龙新苑",
        "6号楼",
        "豫J-2020-0412",
        "轿厢过度装修",
        "轿厢地面加铺大理石，增加轿厢自重",
        "拆除加铺材料，恢复原状",
        "2024年9月30日",
        "否",
        "已联系装修单位，拟8月拆除",
    ),
    (
        "华龙新苑",
        "8号楼",
        "豫J-2020-0417",
        "卫生环境",
        "轿厢及底坑积水、垃圾未及时清理",
        "纳入保洁日常巡查",
        "长期坚持",
        "是",
        "",
    ),
]


def write_lifts(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["物业服务项目电梯安全管理自查自纠表"])
    w.writerow(["物业服务企业（盖章）：濮阳市宏泰物业服务有限公司    自查时间：2024年7月8日至12日"])
    w.writerow(
        [
            "序号",
            "项目名称",
            "电梯位置",
            "使用登记证编号",
            "排查重点",
            "存在问题",
            "整改措施",
            "整改时限",
            "是否整改到位",
            "备注",
        ]
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["说明：本表一式三份，一份存档，一份报市市场监管局，一份报市住建局。"])
    w.writerow(["自查人：邵明亮    企业负责人：范国庆    联系电话：0393-4412876    填报日期：2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 道路运输重大风险隐患排查整治检查指导反馈问题整改情况的报告, after the 交通运输部检查指导组's check of 危险货物运输
# (罐体定期检验报告中适装介质为柴油、汽油，运输货物与适装介质不符; 依据《道路运输企业和城市客运企业安全生产重大事故隐患
# 判定标准（试行）》第六条第二款判定为重大事故隐患; 督促全面排查该企业全部所属营运罐式车辆的适装介质符合情况，要求当地
# 交通运输主管部门督促企业限期闭环整改):
# http://m.fairysky.cn/news/20260203/373002.shtml
# A .docx report from one bureau whose problems name only its own 科室: title, addressee, an opening paragraph with the
# 交办 date, the items as numbered paragraphs （一）…（六） with 责任科室/整改措施/完成时限/整改进展 in sentences (one
# with no 整改进展 at all), a closing section and the signature.
ROAD_ITEMS = [
    (
        "台前县一家危险货物运输企业所属常压液体罐车承运粗苯，罐体定期检验报告中适装介质为柴油、汽油，运输介质超出"
        "适装介质范围，依据《道路运输企业和城市客运企业安全生产重大事故隐患判定标准（试行）》第六条第二款判定为重大"
        "事故隐患。",
        "安全监督科",
        "责令企业立即停运问题车辆，对全市危险货物运输企业所属营运罐式车辆适装介质符合情况开展全面排查。",
        "2024年7月15日",
        "已完成，全市214辆常压液体罐车排查完毕，发现的2辆问题车辆已停运整改，该隐患已闭环销号。",
    ),
    (
        "部分“两客一危”企业动态监控平台专职监控人员配备不足，对超速、疲劳驾驶报警信息处置不及时。",
        "运输服务科",
        "督促企业按规定配齐专职监控人员，建立报警信息处置台账。",
        "2024年8月31日",
        "正在整改，已约谈企业9家，5家企业已补齐监控人员。",
    ),
    (
        "途经临水临崖路段的客运班线未制定恶劣天气停运预案。",
        "运输服务科",
        "督促客运企业逐线制定恶劣天气停运预案并报备。",
        "交办之日起10个工作日内",
        "已完成，全市23条客运班线均已制定预案并报备。",
    ),
    (
        "部分道路运输企业安全生产标准化建设推进缓慢，未按要求开展年度自评。",
        "安全监督科",
        "督促企业开展自评，对未自评企业纳入重点监管。",
        "年底前",
        "尚未启动。",
    ),
    (
        "对企业宣贯重大事故隐患判定标准不到位，部分企业主要负责人不熟悉判定标准。",
        "政策法规科",
        "将判定标准宣贯纳入日常执法检查，组织企业主要负责人专题培训。",
        "长期坚持",
        "已组织专题培训1次，纳入日常执法检查常态化开展。",
    ),
    (
        "普通货运源头单位装载登记制度落实不到位，个别企业未建立装载登记台账。",
        "综合运输科",
        "开展货运源头单位专项检查，督促建立装载登记台账。",
        "9月30日前",
        "",
    ),
]
CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def write_road(path: Path) -> Path:
    doc = _new_document("安全监督科")
    _title(
        doc, "濮阳市交通运输局关于汛期道路运输安全生产重大风险隐患排查整治检查指导反馈问题整改情况的报告", 18
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年6月24日至26日，省交通运输厅检查指导组对我市汛期道路运输安全生产重大风险隐患排查整治工作进行了检查"
        "指导，反馈问题6个，市政府于2024年6月28日交办我局。我局逐项明确责任科室、整改措施和完成时限，现将整改情况"
        "报告如下：",
    )
    _paragraph(doc, "一、反馈问题整改情况", font="黑体")
    for i, (problem, section, measure, limit, progress) in enumerate(ROAD_ITEMS):
        text = f"（{CN_NUMBERS[i]}）{problem}责任科室：{section}。整改措施：{measure}完成时限：{limit}。"
        if progress:
            text += f"整改进展：{progress}"
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将持续加强对危险货物运输、客运班线等重点领域的隐患排查整治，对已整改问题开展“回头看”，防止问题反弹。",
    )
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 建筑工地安全生产检查隐患整改登记表, after a district 建设和交通局's check of a 地块 (现场物料堆放混乱消防器材缺失;
# 电梯井临边防护不到位; 吊篮前支臂上限位挡板缺失; 安全绳未保护; 责令施工单位立即对安全隐患进行整改，限其三日内整改完毕并
# 将整改情况报送至区建设和交通局，届时将对其整改情况进行复查):
# http://henan.kjzch.com/zhengzhou/2020-05-15/692587.html
# An .ods (LibreOffice conversion): title, 检查单位 line saying the 整改期限 count from the 检查日期, one header row with
# 检查日期 (an event date), 整改要求, 整改期限 as 立行立改 / N日内 / a date, an 整改回复 column beside a 复查情况
# column, a 说明 line and a signature line.
SITE_ROWS = [
    (
        date(2024, 7, 8),
        "华龙区锦华苑三期7#楼",
        "濮阳市建华建筑工程有限公司",
        "现场物料堆放混乱，消防器材缺失",
        "立即整改",
        "立行立改",
        "已整改",
        "复查合格",
    ),
    (
        date(2024, 7, 8),
        "华龙区锦华苑三期7#楼",
        "濮阳市建华建筑工程有限公司",
        "电梯井口临边防护不到位",
        "限期整改并报送整改情况",
        "3日内",
        "已整改，已报送整改回复单",
        "复查合格",
    ),
    (
        date(2024, 7, 16),
        "濮阳市第五实验小学教学楼",
        "河南龙都建设集团有限公司",
        "吊篮前支臂上限位挡板缺失",
        "限期整改并报送整改情况",
        "3日内",
        "已整改，已报送整改回复单",
        "待复查",
    ),
    (
        date(2024, 7, 16),
        "濮阳市第五实验小学教学楼",
        "河南龙都建设集团有限公司",
        "吊篮安全绳与建筑物转角处直接接触，未设置保护措施",
        "限期整改并报送整改情况",
        "5日内",
        "",
        "复查不合格，安全绳护套已采购，正在更换",
    ),
    (
        date(2024, 7, 23),
        "华龙区中原路棚户区改造安置房2#楼",
        "濮阳市宏远建设有限公司",
        "塔式起重机力矩限制器失效",
        "停用塔吊，限期整改",
        "7日内",
        "",
        "",
    ),
    (
        date(2024, 7, 23),
        "华龙区中原路棚户区改造安置房2#楼",
        "濮阳市宏远建设有限公司",
        "施工现场开关箱未设置漏电保护器",
        "限期整改并报送整改情况",
        "2024年8月10日",
        "正在整改",
        "",
    ),
    (
        date(2024, 7, 25),
        "濮阳市体育中心改造工程",
        "濮阳市建工集团有限公司",
        "高大模板支撑体系未按专项施工方案搭设，立杆间距超出方案要求",
        "停工整改",
        "10日内",
        "未整改",
        "",
    ),
]


def write_sites_book(path: Path) -> Path:
    b = Book(path, author="建安站")
    ws = b.sheet("隐患整改登记表")
    b.widths(ws, [6, 12, 26, 24, 36, 20, 14, 24, 24])
    b.line(ws, 0, "华龙区建筑工地安全生产检查隐患整改登记表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区住房和城乡建设局建筑安全监督站    整改期限自检查之日起计算，整改完成后报送整改回复单",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "工程名称",
            "施工单位",
            "存在隐患",
            "整改要求",
            "整改期限",
            "整改回复",
            "复查情况",
        ],
    )
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SITE_ROWS)
    b.line(ws, end, "说明：停工整改的项目经复查合格后方可复工；逾期未整改的依法实施行政处罚。", 8)
    b.line(ws, end + 1, "填表人：岳红梅    联系电话：0393-8185236    填报日期：2024年7月30日", 8)
    return b.close()


def write_sites(path: Path) -> Path:
    via_soffice(write_sites_book, path, "ods", "建筑工地安全生产检查隐患整改登记表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 文旅市场安全生产大检查发现问题隐患处置情况, after a city's 文旅市场安全生产大检查 of 人员密集场所 (涉文化九小场所、
# 电影院、剧本娱乐经营场所、电竞宾馆、校外培训机构; 出动1635人次，检查文旅经营场所448家次，发现隐患问题111个，已完成整改
# 65个，责令限期整改46个; 停止经营行为 / 停业整顿 / 责令限期整改 / 现场立行立改; 应急灯损坏、消防巡查记录不全、消防指示牌
# 与应急灯线未穿管、安全出口缺少标识、防火门闭门器损坏):
# https://m.163.com/dy/article/IQ13AFDP0536AWN5.html
# An .xlsx: title, 填报单位/检查时间 line, one header row with 属地 and 场所类型 beside the 经营场所名称, the 检查日期
# (the base of 立行立改 and N日内), 处置措施, 整改时限 as dates / N日内 / 立行立改 / a condition, a 合计 row, a 说明
# line and a signature line.
VENUE_ROWS = [
    (
        "华龙区",
        "电影院",
        "濮阳市华龙区星光影城",
        date(2024, 7, 15),
        "放映厅2处应急照明灯损坏",
        "责令限期整改",
        "7日内",
        "已更换，复查合格",
    ),
    (
        "华龙区",
        "网吧",
        "濮阳市华龙区云端网络会所",
        date(2024, 7, 16),
        "场内消防巡查记录不全",
        "责令限期整改",
        "3日内",
        "已补齐巡查记录",
    ),
    (
        "濮阳县",
        "校外培训机构",
        "濮阳县新航道艺术培训学校",
        date(2024, 7, 17),
        "门口消防指示牌与应急灯线未穿管保护",
        "责令限期整改",
        "2024年7月31日",
        "正在整改",
    ),
    (
        "清丰县",
        "歌舞娱乐场所",
        "清丰县金曲汇娱乐城",
        date(2024, 7, 18),
        "安全出口缺少疏散指示标识",
        "现场立行立改",
        "立行立改",
        "已现场整改",
    ),
    (
        "南乐县",
        "网吧",
        "南乐县飞跃网吧",
        date(2024, 7, 22),
        "西门防火门闭门器损坏",
        "责令限期整改",
        "7日内",
        "",
    ),
    (
        "范县",
        "剧本娱乐经营场所",
        "范县迷城剧本娱乐馆",
        date(2024, 7, 23),
        "密室场景使用易燃装饰材料，疏散通道设置暗门",
        "停业整顿",
        "整改验收合格前停业",
        "已停业，正在拆除易燃装饰材料",
    ),
    (
        "台前县",
        "电竞宾馆",
        "台前县疾风电竞酒店",
        date(2024, 7, 24),
        "客房电竞设备电源线私拉乱接，插排串接使用",
        "责令限期整改",
        "2024年8月5日",
        "未整改",
    ),
    (
        "华龙区",
        "游乐场所",
        "濮阳市欢乐岛游乐园有限公司",
        date(2024, 7, 25),
        "大型游乐设施操作人员未持证上岗",
        "责令限期整改",
        "2024年8月15日",
        "已安排2名操作人员参加培训",
    ),
]


def write_venues(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("处置情况表")
    b.widths(ws, [6, 10, 14, 28, 12, 36, 14, 18, 28])
    b.line(ws, 0, "全市文旅市场安全生产大检查发现问题隐患处置情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局（市文化市场综合行政执法支队）    检查时间：2024年7月15日至25日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "属地",
            "场所类型",
            "经营场所名称",
            "检查日期",
            "存在问题隐患",
            "处置措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(VENUE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VENUE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.row(
        ws,
        end,
        [
            "检查文旅经营场所118家次",
            "",
            "发现问题隐患8个",
            "停业整顿1家、限期整改6个、立行立改1个",
            "",
            "已完成整改3个",
        ],
        first=3,
    )
    b.line(ws, end + 1, "说明：整改时限以日计的，自检查之日起计算；“立行立改”以检查当日为限。", 8)
    b.line(ws, end + 2, "填表人：杜静    审核人：马振华    联系电话：0393-8991547", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 安全生产执法文书登记台账, after a province's 安全生产执法互查交流行动 (每个检查组必须根据现场执法情况，当场制作《现场
# 检查记录》; 对于发现的安全隐患和违法行为，制作《责令限期整改指令书》; 对于责令整改的企业按期复查，下达《整改复查意见
# 书》; 企业逾期不整改的，依法严厉处罚):
# http://jinrishibao.com/html/df_1667_59840.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 names it): title, 执法单位/登记期间 line,
# a two-row header with 现场检查记录 over 检查日期/文书编号, 责令限期整改指令书 over 文书编号/责令整改事项/整改期限 and
# 整改复查意见书 over 复查日期/文书编号/复查意见 (event dates beside the one deadline), a 注 line and a signature line.
WRIT_ROWS = [
    (
        "濮阳市鑫源铝业有限公司",
        date(2024, 7, 2),
        "濮应急检记〔2024〕071号",
        "濮应急责改〔2024〕052号",
        "深井铸造作业未设置事故状态下冷却水紧急切断装置",
        date(2024, 7, 22),
        date(2024, 7, 23),
        "濮应急复查〔2024〕041号",
        "经复查，已整改完毕",
    ),
    (
        "濮阳市豫东粮油储备有限公司",
        date(2024, 7, 5),
        "濮应急检记〔2024〕074号",
        "濮应急责改〔2024〕055号",
        "有限空间作业场所未设置明显的安全警示标志",
        date(2024, 7, 12),
        date(2024, 7, 12),
        "濮应急复查〔2024〕037号",
        "已整改",
    ),
    (
        "濮阳市豫东粮油储备有限公司",
        date(2024, 7, 5),
        "濮应急检记〔2024〕074号",
        "濮应急责改〔2024〕055号",
        "粮食平房仓熏蒸作业未制定专项作业方案",
        date(2024, 7, 19),
        date(2024, 7, 19),
        "濮应急复查〔2024〕039号",
        "部分整改，熏蒸作业方案已制定，作业人员培训未开展，责令继续整改",
    ),
    (
        "濮阳市盛华石油销售有限公司城东加油站",
        date(2024, 7, 10),
        "濮应急检记〔2024〕079号",
        "濮应急责改〔2024〕058号",
        "卸油区静电接地报警器损坏",
        date(2024, 7, 17),
        date(2024, 7, 18),
        "濮应急复查〔2024〕040号",
        "复查合格",
    ),
    (
        "濮阳市华兴包装材料有限公司",
        date(2024, 7, 15),
        "濮应急检记〔2024〕083号",
        "濮应急责改〔2024〕061号",
        "涉爆粉尘作业区域除尘系统未采取防爆措施",
        date(2024, 8, 14),
        "",
        "",
        "企业已采购防爆除尘设备，正在安装（未到复查期）",
    ),
    (
        "濮阳市恒昌纸业有限公司",
        date(2024, 7, 18),
        "濮应急检记〔2024〕086号",
        "濮应急责改〔2024〕063号",
        "危险化学品仓库内酸碱物品混存",
        date(2024, 7, 25),
        date(2024, 7, 26),
        "濮应急复查〔2024〕044号",
        "逾期未整改，已立案查处",
    ),
    (
        "清丰县宏远建材有限公司",
        date(2024, 7, 24),
        "濮应急检记〔2024〕090号",
        "濮应急责改〔2024〕066号",
        "叉车司机未取得特种设备作业人员证上岗作业",
        date(2024, 8, 23),
        "",
        "",
        "",
    ),
]


def write_writs_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("文书登记")
    b.widths(ws, [6, 28, 12, 22, 22, 36, 12, 12, 22, 30])
    b.line(ws, 0, "安全生产执法文书登记台账", 9, b.title)
    b.line(ws, 1, "执法单位：濮阳市应急管理综合行政执法支队    登记期间：2024年7月1日至7月31日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "被检查单位", b.head)
    b.merge(ws, 2, 2, 2, 3, "现场检查记录", b.head)
    b.merge(ws, 2, 4, 2, 6, "责令限期整改指令书", b.head)
    b.merge(ws, 2, 7, 2, 9, "整改复查意见书", b.head)
    b.header(
        ws,
        3,
        ["检查日期", "文书编号", "文书编号", "责令整改事项", "整改期限", "复查日期", "文书编号", "复查意见"],
        first=2,
    )
    for i, (unit, checked, record, order, item, limit, reviewed, review_no, opinion) in enumerate(
        WRIT_ROWS, 1
    ):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, checked, record, order, item, limit, reviewed, review_no, opinion], first=1)
    end = 4 + len(WRIT_ROWS)
    b.line(ws, end, "注：本台账按文书编号登记，整改结果以《整改复查意见书》为准。", 9)
    b.line(ws, end + 1, "登记人：韩雪    审核人：路志刚", 9)
    return b.close()


def write_writs(path: Path) -> Path:
    return via_soffice(write_writs_book, path, "xls", "安全生产执法文书登记台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 重大事故隐患挂牌督办单位整改情况, after a city's list of 工矿商贸企业 whose 事故隐患 are 挂牌督办 (君阳大酒店消防通道
# 堆放棉絮，厨房油烟严重、烟道平走、滴油，客房没有烟感探测器和消防喷淋设施; 违规使用明火; 违规储存危险物品; 连安全生产
# 规章制度都没有; 整改期限原则上必须在100天内完成; 名单的后面都有相应的督办单位; 隐患整改一直到验收合格为止):
# http://zjnews.zjol.com.cn/system/2010/04/12/016507622.shtml
# A .doc (Word 97 via LibreOffice): title, a paragraph stating the 挂牌日期 and the 100日内 rule, a table with the
# 督办单位 (the supervisor, not the unit) beside each company, 整改期限 as 100日内 or a date, 整改进展, and the
# signature of the 安委会办公室.
LISTED_ROWS = [
    (
        "濮阳市君悦大酒店有限公司",
        "消防通道堆放棉絮等可燃物，客房未设置火灾探测器和自动喷水灭火系统",
        "市消防救援支队",
        "100日内",
        "已完成整改，经验收合格摘牌销号",
    ),
    (
        "濮阳市金福源餐饮管理有限公司",
        "厨房排油烟管道水平敷设，油污积聚滴漏，未定期清洗",
        "市商务局",
        "100日内",
        "排油烟管道改造正在施工",
    ),
    (
        "濮阳县华鑫化工有限公司",
        "生产车间内违规储存甲类危险化学品",
        "市应急管理局",
        "2024年6月30日",
        "已整改，验收合格",
    ),
    (
        "清丰县宏达家具有限公司",
        "喷漆车间违规使用明火，电气设备不防爆",
        "清丰县应急管理局",
        "100日内",
        "正在更换防爆电气设备",
    ),
    (
        "南乐县恒通物流有限公司",
        "冷库使用聚氨酯泡沫夹芯板，库房与分拣区未采取防火分隔",
        "南乐县人民政府",
        "2024年12月31日",
        "尚未启动",
    ),
    (
        "范县鑫盛陶瓷有限公司",
        "未建立安全生产责任制和安全生产规章制度",
        "范县应急管理局",
        "100日内",
        "",
    ),
    (
        "台前县兴达羽绒制品有限公司",
        "生产车间与员工宿舍设置在同一建筑内",
        "台前县人民政府",
        "2024年9月30日",
        "宿舍已拆除，员工迁入新建宿舍楼，已摘牌",
    ),
]


def write_listed_docx(path: Path) -> Path:
    doc = _new_document("安委办")
    _title(doc, "2024年度第二批重大事故隐患挂牌督办单位整改情况", 18)
    _paragraph(
        doc,
        "经市安委会研究，决定对下列7家单位存在的重大事故隐患实行挂牌督办，挂牌日期为2024年5月10日。整改期限原则上"
        "为挂牌之日起100日内，隐患整改经验收合格后予以摘牌销号。现将截至2024年7月30日的整改情况通报如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(LISTED_ROWS, 1)]
    _table(doc, ["序号", "单位名称", "主要事故隐患", "督办单位", "整改期限", "整改进展"], body)
    _paragraph(doc, "濮阳市安全生产委员会办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_listed(path: Path) -> Path:
    return via_soffice(write_listed_docx, path, "doc", "重大事故隐患挂牌督办单位整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 安全生产隐患大排查大整治整改台账 (two returns in one zip), after a 高新区's 安全生产隐患大排查大整治行动 (以各乡镇（街道）
# 为单元，采取沉浸式督导检查方式，聚焦危险化学品（加油站）、“九小场所”消防安全、电力、城镇燃气、工贸、非煤矿山、道路
# 交通、森林防火、学校等行业领域; 对查出的隐患及问题形成现场检查记录，并建立整改台账，落实专人督促责任单位限时整改; 发现
# 隐患301项，已完成整改158项，剩余143项正在整改中):
# http://www.dzrbs.com/html/2024-03/21/content_1614718.html
# A .zip holding an .xlsx from a town (行业领域, 检查点位, 责任单位, 包联干部, a 销号情况 column beside 整改进展) and a
# .docx with a table from a street (检查时间 line the 立行立改 row counts from).
TOWN_ROWS = [
    (
        "危险化学品（加油站）",
        "马庄桥兴隆加油站",
        "加油站卸油口未设置防溢流措施",
        "清丰县马庄桥镇兴隆加油站",
        "王强",
        "2024年7月20日",
        "已整改",
        "已销号",
    ),
    (
        "九小场所",
        "马庄桥镇中心街沿街门店",
        "沿街门店电动自行车室内停放、充电",
        "马庄桥镇中心街村民委员会",
        "李红霞",
        "长期坚持",
        "常态化巡查劝导",
        "",
    ),
    (
        "城镇燃气（学校）",
        "马庄桥镇第一初级中学食堂",
        "食堂液化气钢瓶与灶具间距不足，未安装燃气泄漏报警器",
        "清丰县马庄桥镇第一初级中学",
        "张凯",
        "8月20日前",
        "报警器已采购，正在安装",
        "",
    ),
    (
        "工贸",
        "清丰县鑫达木业有限公司",
        "木工车间除尘设施未接地，积尘清扫不及时",
        "清丰县鑫达木业有限公司",
        "赵伟",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "道路交通",
        "S213线马庄桥镇刘庄路口",
        "农村道路平交路口缺少警示标志和减速带",
        "清丰县交通运输局",
        "孙明",
        "9月底前",
        "",
        "",
    ),
]
STREET_ROWS = [
    (
        "中原路步行街商户",
        "部分商户使用非金属燃气软管且长度超过2米",
        "华龙区中原路街道办事处",
        "督促商户更换金属波纹管",
        "2024年7月25日",
        "已全部更换",
    ),
    (
        "胜利路小学",
        "校园消防控制室值班人员未持证上岗",
        "濮阳市华龙区胜利路小学",
        "安排持证人员值班，组织值班人员参加培训取证",
        "开学前（8月31日）",
        "1人已取证，1人正在培训",
    ),
    (
        "建业小区",
        "小区电动自行车集中充电场所未设置防火分隔",
        "濮阳市建业物业服务有限公司",
        "增设防火隔墙并配置灭火器材",
        "2024年8月15日",
        "正在施工",
    ),
    (
        "中原路沿街服装加工店",
        "服装加工店违规住人，形成“三合一”场所",
        "华龙区中原路街道办事处",
        "责令立即清人并关闭住宿区",
        "立行立改",
        "已清人并关闭住宿区",
    ),
]


def write_town_book(path: Path) -> Path:
    b = Book(path, author="马庄桥镇应急办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 24, 36, 26, 10, 14, 22, 10])
    b.line(ws, 0, "清丰县马庄桥镇安全生产隐患大排查大整治整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府（盖章）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "行业领域",
            "检查点位",
            "隐患描述",
            "责任单位",
            "包联干部",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(TOWN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOWN_ROWS)
    b.line(ws, end, "分管领导：刘建民    填表人：王倩    联系电话：0393-7216035", 8)
    return b.close()


def write_street_docx(path: Path) -> Path:
    doc = _new_document("中原路街道")
    _title(doc, "华龙区中原路街道安全生产隐患大排查大整治整改台账", 18)
    _paragraph(
        doc, "填报单位：华龙区中原路街道办事处    检查时间：2024年7月12日    填报日期：2024年7月29日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(STREET_ROWS, 1)]
    _table(doc, ["序号", "检查点位", "隐患问题", "责任单位", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "注：“立行立改”事项以检查当日为整改时限。", 12)
    _paragraph(doc, "填表人：宋佳    联系电话：0393-8120547", 12)
    return _save_fixed(doc, path)


def write_sweep_zip(path: Path) -> Path:
    members = [
        ("马庄桥镇安全生产隐患大排查大整治整改台账.xlsx", write_town_book),
        ("中原路街道安全生产隐患大排查大整治整改台账.docx", write_street_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("危险化学品企业督导检查反馈问题隐患整改回头看情况表.xlsx", write_chem_lookback),
    ("危险化学品重大危险源企业专项检查问题隐患和整改措施两个清单.xls", write_hazard_sources),
    ("城镇燃气安全专项整治问题隐患挂图作战推进表（7月）.xlsx", write_gas),
    ("物业服务项目电梯安全管理自查自纠表（宏泰物业）.csv", write_lifts),
    ("市交通运输局关于道路运输重大风险隐患排查整治检查指导反馈问题整改情况的报告.docx", write_road),
    ("华龙区建筑工地安全生产检查隐患整改登记表.ods", write_sites),
    ("全市文旅市场安全生产大检查发现问题隐患处置情况表.xlsx", write_venues),
    ("安全生产执法文书登记台账（2024年7月）.et", write_writs),
    ("2024年度第二批重大事故隐患挂牌督办单位整改情况.doc", write_listed),
    ("安全生产隐患大排查大整治整改台账（马庄桥镇、中原路街道）.zip", write_sweep_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev136 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 市场监管的检查整改 (特种设备、计量、价格、广告、网络交易).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps and .doc (LibreOffice conversions of an
.xlsx and two .docx), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside234.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _docx_grid(
    doc, head_rows: list[list[str]], merges: list[tuple[int, int, int, int]], rows: list[list[str]]
):
    """A Word table with a header of one or more rows; merges are (r1, c1, r2, c2) cells of the header."""
    cols = len(head_rows[0])
    table = doc.add_table(rows=len(head_rows) + len(rows), cols=cols)
    table.style = "Table Grid"
    for r1, c1, r2, c2 in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    for r, words in enumerate(head_rows):
        for c, word in enumerate(words):
            if word:
                _cell_text(table.cell(r, c), word, 10.5, bold=True)
    for r, values in enumerate(rows, start=len(head_rows)):
        for c, v in enumerate(values):
            _cell_text(table.cell(r, c), v, 10.5)
    return table


# ---------------------------------------------------------------------------------------------
# 1. 特种设备安全隐患清单, after a city 市场监管局's account of its 特种设备安全隐患排查整治 (使用企业自查自纠，建立隐患
# 清单，明确整改措施、整改期限和责任人; 重点: 采暖锅炉、燃油燃气锅炉、危化品压力容器、压力管道、车站商场医院学校公园的
# 电梯、游乐设施; 对无法保证安全运行的设备责令停止使用; 不能及时消除的重大隐患报告当地政府; 专项督查组):
# http://lhqzj.cn/article-12130-1.html
# An .xlsx: title, 填报单位/填报日期 line, one header row with 县（区）, 使用单位, 设备, 隐患等级, 整改责任人 (a person),
# 整改期限 as dates and 8月底前, a 监管措施 column, a 合计 row counting the hazards, a 说明 line and a signature line.
HAZARD_ROWS = [
    (
        "濮阳县",
        "濮阳县鑫源热力有限公司",
        "锅炉",
        "燃气热水锅炉（锅11豫J0231）",
        "锅炉安全阀超期未校验，水位表玻璃管模糊不清",
        "一般隐患",
        "校验安全阀，更换水位表",
        "李建华",
        "2024年7月20日",
        "下达特种设备安全监察指令书",
        "已整改，经复查合格",
    ),
    (
        "华龙区",
        "濮阳市万达广场商业管理有限公司",
        "电梯",
        "自动扶梯（梯31豫J0457等3台）",
        "自动扶梯梳齿板多处断齿，扶手带入口保护开关失效",
        "一般隐患",
        "更换梳齿板，修复入口保护开关",
        "王立新",
        "2024年7月15日",
        "责令限期整改",
        "已整改到位",
    ),
    (
        "清丰县",
        "清丰县人民医院",
        "电梯",
        "病床电梯（梯11豫J1062）",
        "病床电梯五方对讲装置不通，轿厢应急照明失效",
        "一般隐患",
        "修复五方对讲装置，更换应急照明",
        "张国庆",
        "8月底前",
        "约谈维保单位",
        "五方对讲已修复，应急照明正在更换",
    ),
    (
        "南乐县",
        "南乐县宏达化工有限公司",
        "压力容器",
        "液氨储罐（容17豫J0088）",
        "液氨储罐超期未检验仍在使用",
        "重大隐患",
        "停止使用，委托检验机构定期检验",
        "赵新民",
        "2024年8月10日",
        "责令停止使用，报请县政府挂牌督办",
        "已停止使用，已申报定期检验",
    ),
    (
        "范县",
        "范县金堤河游乐园有限公司",
        "大型游乐设施",
        "自控飞机（游21豫J0012）",
        "自控飞机座舱安全压杠锁紧装置磨损，操作人员无证上岗",
        "一般隐患",
        "更换锁紧装置，操作人员培训取证",
        "刘永军",
        "2024年9月30日",
        "责令限期整改",
        "未整改",
    ),
    (
        "台前县",
        "台前县通达汽车客运有限公司",
        "电梯",
        "候车厅乘客电梯（梯11豫J2210）",
        "候车厅电梯安全检验合格标志超过有效期，未申报定期检验",
        "一般隐患",
        "申报定期检验并张贴合格标志",
        "孙红",
        "2024年7月31日",
        "责令限期整改",
        "",
    ),
    (
        "濮阳县",
        "濮阳县第一高级中学",
        "锅炉",
        "食堂蒸汽锅炉（锅11豫J0519）",
        "食堂锅炉操作人员证件过期，未建立锅炉运行记录",
        "一般隐患",
        "操作人员复审取证，建立运行记录",
        "周勇",
        "2024年8月31日",
        "下达特种设备安全监察指令书",
        "运行记录已建立，操作人员已报名复审",
    ),
    (
        "华龙区",
        "濮阳市龙源纸业有限公司",
        "压力管道",
        "蒸汽管道（GC2级）",
        "蒸汽管道未办理使用登记，部分管段保温层破损",
        "一般隐患",
        "办理使用登记，修复保温层",
        "高峰",
        "2024年10月31日",
        "责令限期整改",
        "保温层已修复，使用登记正在办理",
    ),
]


def write_hazards(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("隐患清单")
    b.widths(ws, [6, 8, 26, 10, 24, 38, 10, 26, 10, 14, 24, 28])
    b.line(ws, 0, "濮阳市特种设备安全隐患排查整治隐患清单（2024年第二季度）", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局特种设备安全监察科    填报日期：2024年7月26日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "使用单位",
            "设备类别",
            "设备名称及使用登记证编号",
            "隐患内容",
            "隐患等级",
            "整改措施",
            "整改责任人",
            "整改期限",
            "监管措施",
            "整改情况",
        ],
    )
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HAZARD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 11, "排查隐患8条（其中重大隐患1条），已整改2条，正在整改4条", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：1.隐患等级分为一般隐患、重大隐患；2.重大隐患报请属地政府挂牌督办，整改完成前设备一律停止使用。",
        11,
    )
    b.line(ws, end + 2, "审核人：陈卫东    填表人：杨帆    联系电话：0393-8911512", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 电梯维保质量监督抽查, after a city 市场监督管理局's 电梯维保质量监督抽查结果通报 (维保量10台及以上的维保单位全覆盖，
# 每家维保单位抽查电梯2-3台，重点抽查公众聚集场所和住宅小区内故障投诉率高的电梯; 得分60分以下的维保单位逐一列出，
# 单位名称后括注所在县区):
# https://www.xindianti.cn/news/show-48472.html
# An .xls (xlwt): title, 通报单位/抽查时间/通报日期 line, a line saying the 整改期限 count from the 通报日期, a two-row
# header (抽查情况 over 使用单位/抽查台数/得分), the 维保单位 with its 县区 in brackets, 整改期限 as 15日内 / 立行立改 /
# dates, a 注 line and the issuing section at the foot.
ELEVATOR_ROWS = [
    (
        "河南通和电梯工程有限公司（华龙区）",
        "华龙区锦绣花园小区",
        3,
        52.5,
        "未按规定进行半月维保，维保记录与实际作业不符",
        "约谈企业负责人，补齐维保作业",
        "15日内",
        "已整改，经复查合格",
    ),
    (
        "濮阳市安达电梯有限公司（濮阳县）",
        "濮阳县人民医院",
        2,
        56.0,
        "层门自闭装置失效，底坑急停开关不起作用",
        "立即修复安全保护装置",
        "立行立改",
        "已修复，复查合格",
    ),
    (
        "河南恒升电梯安装有限公司（清丰县）",
        "清丰县阳光新城小区",
        3,
        58.0,
        "轿厢紧急报警装置无人应答，紧急救援装置缺失",
        "修复报警装置，配齐救援装置",
        "15日内",
        "正在整改",
    ),
    (
        "濮阳市迅捷电梯维修有限公司（南乐县）",
        "南乐县商贸城",
        2,
        49.5,
        "制动器制动力不足，曳引钢丝绳磨损超标未更换",
        "更换钢丝绳，调整制动器",
        "2024年8月31日",
        "钢丝绳已订货，待到货后更换",
    ),
    (
        "河南中豫电梯工程有限公司（范县）",
        "范县第一中学",
        2,
        55.0,
        "维保人员无证作业，机房照明失效",
        "维保人员取证上岗，修复机房照明",
        "15日内",
        "未整改",
    ),
    (
        "濮阳市瑞通电梯有限公司（台前县）",
        "台前县金水苑小区",
        3,
        57.5,
        "对重防护网缺失，井道照明不亮",
        "补装对重防护网，修复井道照明",
        "15日内",
        "",
    ),
    (
        "河南龙腾电梯服务有限公司（华龙区）",
        "濮阳市龙都购物中心",
        3,
        53.0,
        "自动扶梯梯级缺失警示标识，扶手带速度偏差超标",
        "补齐警示标识，调整扶手带速度",
        "2024年7月31日",
        "警示标识已补齐，扶手带速度正在调整",
    ),
    (
        "濮阳市华安电梯工程有限公司（濮阳县）",
        "濮阳县文化中心",
        2,
        59.0,
        "维保合同未约定应急救援响应时间，应急演练记录缺失",
        "完善维保合同，开展应急演练",
        "2024年7月25日",
        "已整改",
    ),
]


def write_elevators(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年度电梯维保质量监督抽查发现问题整改情况表", t, 0, 9),
        (
            1,
            0,
            "通报单位：濮阳市市场监督管理局    抽查时间：2024年6月17日至6月28日    通报日期：2024年7月5日",
            plain,
            1,
            9,
        ),
        (
            2,
            0,
            "整改期限自通报之日（2024年7月5日）起计算；整改结果由各县（区）市场监管局复查后填报，截至2024年7月30日。",
            plain,
            2,
            9,
        ),
        (3, 0, "序号", h, 4, 0),
        (3, 1, "维保单位（所在县区）", h, 4, 1),
        (3, 2, "抽查情况", h, 3, 4),
        (4, 2, "使用单位", h),
        (4, 3, "抽查台数", h),
        (4, 4, "得分", h),
        (3, 5, "主要问题", h, 4, 5),
        (3, 6, "整改要求", h, 4, 6),
        (3, 7, "整改期限", h, 4, 7),
        (3, 8, "整改结果", h, 4, 8),
        (3, 9, "备注", h, 4, 9),
    ]
    for i, row in enumerate(ELEVATOR_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 7) else c))
        cells.append((r, 9, "", c))
    r = 5 + len(ELEVATOR_ROWS)
    cells += [
        (
            r,
            0,
            "注：抽查得分60分以下的维保单位由属地市场监管部门约谈其主要负责人，并纳入全市电梯维保质量考核评价。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "濮阳市市场监督管理局特种设备安全监察科    联系电话：0393-8911513", plain, r + 1, 9),
    ]
    return _write_xls(path, [("维保抽查", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 燃气领域特种设备隐患排查整治, after a district 市监分局's account (以燃气领域特种设备安全和燃气具等产品质量安全为
# 重点，以燃气生产经营单位和医院、学校、农贸市场等天然气使用单位为检查对象; 系统平台实时监控和线下突击检查; 联合
# 住建、经信、综合执法、应急及燃气公司等部门和单位联合检查; 发现燃气管理老化、报警装置失效等问题):
# http://www.nbsafety.org.cn/home/article/7852.shtml
# A CSV in UTF-8 with a BOM: a title line, a line saying how the checks were made and that the 整改时限 count from
# the 检查日期, one header line with the 联合检查部门 (the inspectors) beside the 被检查单位, 整改时限 as N个工作日 /
# 当场整改 / 30日内, a 整改完成日期 column and a 备注, a 合计 line and a signature line.
GAS_ROWS = [
    (
        "2024-07-08",
        "华龙区妇幼保健院",
        "医院",
        "胜利路街道",
        "燃气锅炉房可燃气体报警装置失效",
        "区市场监管局、区住建局",
        "3个工作日",
        "2024-07-10",
        "",
    ),
    (
        "2024-07-10",
        "华龙区实验小学",
        "学校",
        "人民路街道",
        "学校食堂燃气管道老化锈蚀，未设置燃气紧急切断阀",
        "区市场监管局、区教育局",
        "5个工作日",
        "",
        "已更换部分管道，紧急切断阀正在安装",
    ),
    (
        "2024-07-10",
        "濮阳市昆吾农贸市场管理有限公司",
        "农贸市场",
        "昆吾街道",
        "市场内餐饮商户使用未经检验的液化石油气钢瓶",
        "区市场监管局、区应急局",
        "当场整改",
        "2024-07-10",
        "已清退超期钢瓶12只",
    ),
    (
        "2024-07-12",
        "市燃气公司中原路调压站",
        "燃气经营单位",
        "中原路街道",
        "调压站安全阀超期未校验，压力表未检定",
        "区市场监管局、区住建局",
        "10个工作日",
        "",
        "",
    ),
    (
        "2024-07-16",
        "濮阳市豫通液化气有限公司充装站",
        "气瓶充装单位",
        "岳村镇",
        "充装前未逐瓶检查，扫码充装系统未正常运行",
        "区市场监管局、区应急局",
        "5个工作日",
        "2024-07-22",
        "复查合格",
    ),
    (
        "2024-07-19",
        "华龙区京开道街道社区卫生服务中心",
        "医院",
        "京开道街道",
        "食堂燃气灶具无熄火保护装置，连接软管超长穿墙使用",
        "区市场监管局、区卫健委",
        "15个工作日",
        "",
        "未整改",
    ),
    (
        "2024-07-23",
        "濮阳市金都大酒店有限公司",
        "餐饮单位",
        "黄河路街道",
        "燃气泄漏报警器与紧急切断阀未联动",
        "区市场监管局、区城管局",
        "5个工作日",
        "2024-07-26",
        "",
    ),
    (
        "2024-07-15",
        "濮阳市恒通供热有限公司",
        "供热单位",
        "大庆路街道",
        "燃气锅炉未按期进行定期检验，司炉工持证不全",
        "区市场监管局",
        "30日内",
        "",
        "已申报定期检验，司炉工已报名培训",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区燃气领域特种设备隐患排查整治问题清单"])
    w.writerow(
        [
            "填报单位：华龙区市场监督管理局    检查方式：系统平台实时监控与线下突击检查    整改时限自检查之日起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "检查日期",
            "被检查单位",
            "单位类型",
            "所在街道（乡镇）",
            "问题隐患",
            "联合检查部门",
            "整改时限",
            "整改完成日期",
            "备注",
        ]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共排查问题隐患8处", "", "", "已整改4处", ""])
    w.writerow(
        ["填报人：刘晓静", "", "", "联系电话：0393-8126603", "", "填报日期：2024-07-29", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 督查反馈问题整改进展情况, after a city 市场监督管理局党组's published 巡察整改进展情况 (反馈意见提出11项问题;
# 成立整改领导小组; 制定整改方案以及问题清单、责任清单、整改清单，明确责任领导、责任科室和整改时限，细化整改措施，
# 建立清单式管理机制; 问题交办会、调度会、督导会):
# https://blfj.yueyang.gov.cn/10907/61270/61278/content_1872337.html
# A .docx: title, preamble with the 反馈 date the 立行立改 item counts from, 一、组织整改落实情况, 二、… with the
# problems as numbered paragraphs (责任领导, 责任股室 — the bureau's own 股室 and one 市场监管所 —, 整改时限 and 整改
# 进展 in sentences), 三、下一步工作, the bureau's Party group and date at the foot. All items belong to the bureau.
NANLE_PARAS = [
    (
        "（一）特种设备使用登记信息与实际不符，12台电梯使用单位变更后未办理变更登记。责任领导：副局长王志刚；"
        "责任股室：特种设备安全监察股；整改时限：2024年9月30日。整改进展：已完成8台电梯变更登记，其余4台正在办理。"
    ),
    (
        "（二）加油机计量检定覆盖不全，2座加油站部分加油枪超期未检。责任领导：副局长李红霞；责任股室：计量与"
        "标准化股；整改时限：7月15日前。整改进展：已全部完成检定，整改完成。"
    ),
    (
        "（三）明码标价检查流于形式，城区商超价签不规范问题反复出现。责任领导：副局长张卫国；责任股室：价格监督"
        "检查和反不正当竞争股；整改时限：长期坚持。整改进展：已开展明码标价专项检查2轮，建立“回头看”机制，常态化推进。"
    ),
    (
        "（四）户外医疗广告审查证明核查不到位，部分广告未标注广告批准文号。责任领导：副局长张卫国；责任股室：广告"
        "监督管理股；整改时限：2024年8月15日。整改进展：尚未启动。"
    ),
    (
        "（五）网络交易主体库数据维护滞后，无效网址未及时剔除。责任领导：副局长李红霞；责任股室：网络交易监督管理股；"
        "整改时限：立行立改。整改进展：已完成数据比对维护，剔除无效网址37条，整改到位。"
    ),
    (
        "（六）特种设备类行政处罚案件办理超期，3起案件超过法定办案期限。责任领导：副局长王志刚；责任股室：综合行政"
        "执法大队；整改时限：2024年12月底前。"
    ),
    (
        "（七）涉网络交易的12315投诉举报转办超时。责任领导：副局长李红霞；责任股室：网络交易监督管理股；整改时限："
        "第三季度。整改进展：已建立转办时限预警，正在清理积压工单。"
    ),
    (
        "（八）城关市场监管所对辖区集贸市场公平秤管理检查不到位。责任领导：副局长王志刚；责任股室：城关市场监管所；"
        "整改时限：2024年7月31日。整改进展：已对辖区5个集贸市场公平秤全部校准，已整改。"
    ),
]


def write_nanle(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共南乐县市场监督管理局党组关于市政府督查组反馈问题整改进展情况的报告")
    _paragraph(doc, "县委、县政府督查室：")
    _paragraph(
        doc,
        "2024年7月3日，市政府第二督查组对我局特种设备安全、计量、价格、广告和网络交易监管工作开展督查后，"
        "向我局反馈了8个方面的问题。按照督查工作有关要求，现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、组织整改落实情况", font="黑体")
    _paragraph(
        doc,
        "局党组成立督查反馈问题整改领导小组，由党组书记、局长任组长，班子成员任副组长。制定整改方案以及问题清单、"
        "责任清单、整改清单，明确责任领导、责任股室和整改时限，建立清单式管理、对账销号机制，每周调度一次。",
    )
    _paragraph(doc, "二、反馈问题整改进展情况", font="黑体")
    for text in NANLE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对已完成整改的问题，适时开展“回头看”，防止反弹；对正在整改的问题，紧盯时间节点，确保按期整改到位。",
    )
    _paragraph(doc, "中共南乐县市场监督管理局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 规范涉企收费行为专项检查整改台账, after a city 市场监督管理局's 关于规范涉企收费行为的提醒告诫函 (收费主体明码
# 标价; 行政事业性收费目录清单管理，不得继续收取已明令取消的项目、不执行收费优惠政策; 政府定价、政府指导价的经营
# 服务性收费; 政府部门下属单位不得转嫁费用、强制收费; 行政审批中介机构不得只收费不服务; 行业协会商会不得通过评比
# 达标收费):
# http://www.heze.cn/mdwb/pc/c/content_136421.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, named as WPS 表格 names it): title, 填报单位/金额单位 line,
# one header row with 收费主体 beside an explicit 责任单位 (short and former names), the rows grouped under three
# 收费类别 rows merged across, money columns 涉及金额 and 已清退金额, a 合计 row, a signature line.
FEE_GROUPS = [
    (
        "一、行政事业性收费",
        [
            (
                "市不动产登记中心",
                "对小微企业未执行不动产登记费减免政策",
                12800,
                "不动产登记中心",
                "逐笔核对并退还多收费用",
                "2024年7月31日",
                12800,
                "已全部退还",
            ),
            (
                "市道路运输服务中心",
                "继续收取已明令取消的道路运输证工本费",
                6300,
                "市交通局",
                "停止收费并清退",
                "2024年8月15日",
                0,
                "正在核对缴费企业名单",
            ),
            (
                "市职业技能鉴定指导中心",
                "将职业技能培训与鉴定考试捆绑收费",
                32400,
                "市劳动局",
                "分离培训与鉴定收费，退还培训费",
                "2024年7月20日",
                32400,
                "已退还，整改完成",
            ),
        ],
    ),
    (
        "二、经营服务性收费",
        [
            (
                "市自来水公司",
                "向新建小区收取二次供水设施计量装置费",
                86000,
                "自来水公司",
                "停止收费并清退",
                "9月底前",
                43000,
                "已清退43000元，剩余部分正在清退",
            ),
            (
                "濮阳市恒泰物业服务有限公司",
                "转供电环节向商户加价收取电费",
                28500,
                "濮阳市恒泰物业服务有限公司",
                "按电网销售电价结算，退还加价部分",
                "2024年7月25日",
                0,
                "逾期未整改",
            ),
            (
                "市燃气有限公司",
                "燃气工程接入环节收取开口费",
                54000,
                "燃气公司",
                "停止收取并退还",
                "2024年7月20日",
                54000,
                "已清退，经复查整改到位",
            ),
        ],
    ),
    (
        "三、中介服务及行业协会商会收费",
        [
            (
                "濮阳华信工程咨询有限公司",
                "环评报告编制中介服务只收费不服务，企业重复付费",
                18000,
                "市环保局",
                "督促中介机构退还费用",
                "2024年8月31日",
                18000,
                "已全部退还企业",
            ),
            (
                "濮阳市建筑业协会",
                "以评比达标名义向会员企业收取评审费",
                45000,
                "市住房城乡建设局",
                "清理评比达标项目，退还评审费",
                "年底前",
                "",
                "",
            ),
        ],
    ),
]


def write_fees_book(path: Path) -> Path:
    b = Book(path, author="价监竞争科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 40, 12, 22, 28, 14, 12, 30])
    money = b.book.add_format({"border": 1, "num_format": "#,##0", "valign": "vcenter"})
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "濮阳市规范涉企收费行为专项检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局价格监督检查和反不正当竞争科    金额单位：元    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "收费主体",
            "违规问题",
            "涉及金额",
            "责任单位",
            "整改措施",
            "整改时限",
            "已清退金额",
            "整改情况",
        ],
    )
    r, n, total, back = 3, 0, 0, 0
    for title, rows in FEE_GROUPS:
        b.merge(ws, r, 0, r, 8, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, money if c in (3, 7) and v != "" else None)
            total += row[2]
            back += row[6] or 0
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "", b.cell)
    b.put(ws, r, 2, f"共{n}个问题", b.cell)
    b.put(ws, r, 3, total, money)
    for c in range(4, 7):
        b.put(ws, r, c, "", b.cell)
    b.put(ws, r, 7, back, money)
    b.put(ws, r, 8, "", b.cell)
    b.line(ws, r + 2, "单位负责人：马建军    填表人：宋佳    联系电话：0393-8913206", 8)
    return b.close()


def write_fees(path: Path) -> Path:
    return via_soffice(write_fees_book, path, "xls", "涉企收费整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 涉企违规收费专项整治联合检查整改情况, after a province's 涉企违规收费专项整治行动实施方案 (安排部署、自查自纠、
# 联合检查、总结评估四个阶段; 交通物流、水电气暖、地方财经、金融、行业协会商会及中介机构五个领域; 不执行政府定价、
# 对计量装置及强制检定违规收费、转嫁应由自身承担的费用、未按规定披露服务价格信息、强制入会收费等):
# http://credit.zg.gov.cn/398/1102.html
# A .wps (Word 97 via LibreOffice, named as WPS 文字 names it): title, a line giving the 联合检查 dates and the day the
# 立行立改 rows count from, a table with a two-row header (整改是否到位 over 是 / 否 ticks) and a 备注 column, the
# 被检查单位 (a county power company beside the city one of the master, a county bureau) as the units,
# a 填表说明 and the sender at the foot.
JOINT_ROWS = [
    (
        "水电气暖",
        "清丰县供水有限责任公司",
        "向用户收取水表强制检定费用",
        "2024年8月31日",
        "√",
        "",
        "",
    ),
    (
        "水电气暖",
        "国网清丰县供电公司",
        "用电报装工程中收取已明令取消的调试费",
        "立行立改",
        "√",
        "",
        "已退还3户企业",
    ),
    (
        "金融",
        "中国邮政储蓄银行清丰县支行",
        "未按规定公示小微企业贷款服务收费项目",
        "立行立改",
        "",
        "√",
        "",
    ),
    (
        "交通物流",
        "清丰县宏达机动车检测有限公司",
        "超出公示标准收取货车安全技术检验费",
        "2024年9月30日",
        "",
        "√",
        "已制定退费方案，正在逐户退费",
    ),
    (
        "行业协会商会",
        "清丰县家具行业协会",
        "强制会员企业参加培训并收取培训费",
        "9月底前",
        "",
        "",
        "",
    ),
    (
        "地方财经",
        "清丰县交通运输局",
        "将应由本单位承担的路政检测费用转嫁给企业",
        "2024年8月15日",
        "√",
        "",
        "",
    ),
    (
        "中介机构",
        "清丰县恒信工程造价咨询有限公司",
        "利用行政审批指定服务强制收取评审费",
        "年底前",
        "",
        "√",
        "已约谈，正在整改",
    ),
]


def write_joint_docx(path: Path) -> Path:
    doc = _new_document("价格股")
    _title(doc, "清丰县涉企违规收费专项整治联合检查发现问题整改情况表", 18)
    _paragraph(
        doc,
        "联合检查时间：2024年7月22日至26日    “立行立改”事项自2024年7月26日检查反馈之日起整改",
        12,
    )
    head = [
        ["序号", "检查领域", "被检查单位", "存在问题", "整改时限", "整改是否到位", "", "备注"],
        ["", "", "", "", "", "是", "否", ""],
    ]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    body = [[str(i), *row] for i, row in enumerate(JOINT_ROWS, 1)]
    _docx_grid(doc, head, merges, body)
    _paragraph(
        doc,
        "填表说明：整改到位的在“是”栏打“√”；未到位的在“否”栏打“√”，并在备注栏说明进展。",
        12,
    )
    _paragraph(doc, "清丰县市场监督管理局（盖章）    2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_joint(path: Path) -> Path:
    return via_soffice(write_joint_docx, path, "doc", "涉企违规收费联合检查整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 7. 广告监测违法广告处置台账, after a city 工商局's 广告监管重点媒体工作通报会 (监测市级大众媒体发布的广告，一般违法
# 广告与严重违法广告分列; 试点监测互联网媒介; 组织约谈、责令整改、移交案件线索; 按月通报):
# http://sms001.net?sttopic/cjwmcs/cwdt/2018-06-06/334332.html
# An .xlsx: title with the month, 监测单位/通报日期 line saying the 工作日 count from the 通报日期, a two-row header
# (违法广告 over 广告名称/发布时间), 违法程度 and 处置方式 columns, an explicit 责任单位 (the medium, or the department a
# case was handed to), 整改时限 as 立行立改 / 7个工作日内 / dates, a 合计 row, a 说明 line and a signature line.
AD_ROWS = [
    (
        "濮阳广播电视台新闻综合频道",
        "电视",
        "康源牌降糖茶",
        "2024年6月3日—16日",
        "普通食品广告宣称具有降血糖功效",
        "严重违法",
        "责令停播，移交立案",
        "濮阳广播电视台",
        "立行立改",
        "已停播",
    ),
    (
        "濮阳日报",
        "报纸",
        "美佳口腔门诊部种植牙",
        "2024年6月12日",
        "医疗广告未标注医疗广告审查证明文号，含有治愈率表述",
        "严重违法",
        "移交卫生健康部门查处",
        "市卫健委",
        "2024年8月31日",
        "已立案调查",
    ),
    (
        "濮阳网",
        "互联网",
        "鑫盛财富理财课程",
        "2024年6月20日起",
        "投资理财广告对未来收益作出保证性承诺",
        "严重违法",
        "约谈网站负责人，责令删除",
        "濮阳网",
        "7个工作日内",
        "已删除，整改完成",
    ),
    (
        "濮阳人民广播电台交通频率",
        "广播",
        "骨痛贴",
        "2024年6月",
        "医疗器械广告含有表示功效、安全性的断言",
        "一般违法",
        "责令整改",
        "濮阳人民广播电台",
        "7个工作日内",
        "已修改广告内容",
    ),
    (
        "濮阳广播电视台公共频道",
        "电视",
        "家具城清仓大促",
        "2024年6月",
        "广告中使用“最低价”“全网第一”等绝对化用语",
        "一般违法",
        "责令整改",
        "濮阳广播电视台",
        "7个工作日内",
        "正在修改",
    ),
    (
        "胜利路与人民路交叉口户外电子屏",
        "户外",
        "名校冲刺班招生",
        "2024年6月下旬",
        "教育培训广告对升学、考试通过作出保证性承诺",
        "一般违法",
        "责令撤下",
        "濮阳市恒信广告传媒有限公司",
        "2024年7月15日",
        "未整改",
    ),
    (
        "清丰县融媒体中心",
        "电视",
        "固本壮骨胶囊",
        "2024年6月",
        "保健食品广告未标注“本品不能代替药物”忠告语",
        "一般违法",
        "责令整改",
        "清丰县融媒体中心",
        "7个工作日内",
        "",
    ),
]


def write_ads(path: Path) -> Path:
    b = Book(path, author="广告监测中心")
    ws = b.sheet("6月")
    b.widths(ws, [6, 24, 8, 18, 16, 36, 10, 22, 22, 14, 16])
    b.line(ws, 0, "濮阳市重点媒体广告监测违法广告处置台账（2024年6月）", 10, b.title)
    b.line(
        ws,
        1,
        "监测单位：濮阳市市场监督管理局广告监测中心    通报日期：2024年7月8日（整改时限中的工作日自通报日期起计算）",
        10,
    )
    for c, word in enumerate(["序号", "媒体名称", "媒体类别"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "违法广告", b.head)
    b.header(ws, 3, ["广告名称", "发布时间"], first=3)
    for c, word in enumerate(["违法情形", "违法程度", "处置方式", "责任单位", "整改时限", "整改结果"], 5):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(AD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(AD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "监测发现违法广告7条，其中严重违法3条、一般违法4条", b.cell)
    b.line(ws, end + 1, "说明：违法程度分一般违法、严重违法；严重违法广告移交有关部门立案查处。", 10)
    b.line(ws, end + 2, "填表人：董雪    审核人：魏国强    联系电话：0393-8915127", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 小区广告专项整治巡查台账, after a city 市场监管局's account of its 小区广告市场专项整治 (联合物业公司定期开展巡查，
# 发现违法诈骗广告及时清理; 医疗、药品、医疗器械和保健品、教育培训、金融理财等重点领域; 增设广告宣传栏; 发现违法
# 违规广告立即责令广告主当场清理或整改):
# http://kugou.sosol.com.cn/shenghuo/2023/0620/16516.html
# A .doc (Word 97 via LibreOffice): title, 填报单位/巡查时段 line saying the 整改时限 count from the 巡查日期, a table
# with 广告类别 and 责任主体 (物业公司, 广告主: a school, a hospital, a 社区居委会), 整改时限 as 当日 / N日内 / 立行立改 /
# dates, an 整改情况 column and a 复查情况 (closure) column, signature and date at the foot.
ESTATE_ROWS = [
    (
        "7月2日",
        "锦绣花园小区",
        "单元门及电梯轿厢张贴无证“包治风湿”小广告",
        "医疗",
        "濮阳市建业物业服务有限公司",
        "当日清理",
        "已清理",
        "复查合格",
    ),
    (
        "7月5日",
        "绿城家园小区",
        "小区宣传栏发布“三天提分30分”教育培训广告",
        "教育培训",
        "华龙区金太阳教育培训学校",
        "3日内",
        "",
        "已销号",
    ),
    (
        "7月9日",
        "龙源小区",
        "楼道内散发“保本高收益”理财传单",
        "金融理财",
        "濮阳市安居物业管理有限公司",
        "3日内",
        "正在清理，已增设广告宣传栏2处",
        "",
    ),
    (
        "7月11日",
        "开州花园小区",
        "电梯广告屏播放保健食品宣称治疗功效广告",
        "保健食品",
        "濮阳市悦享传媒有限公司",
        "2024年7月25日",
        "未整改",
        "",
    ),
    (
        "7月15日",
        "人民路社区家属院",
        "外墙悬挂未经审查的医疗广告横幅",
        "医疗",
        "华龙区康宁医院",
        "立行立改",
        "已撤下",
        "",
    ),
    (
        "7月17日",
        "幸福里小区",
        "小区门口张贴“高价回收药品”小广告",
        "药品",
        "华龙区建设路街道幸福里社区居民委员会",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "7月19日",
        "名门世家小区",
        "快递柜屏幕发布医疗器械广告未标注审查批准文号",
        "医疗器械",
        "濮阳市名门物业服务有限公司",
        "7日内",
        "已联系广告主修改，正在整改",
        "",
    ),
]


def write_estate_docx(path: Path) -> Path:
    doc = _new_document("广告股")
    _title(doc, "华龙区小区广告专项整治巡查问题整改台账", 18)
    _paragraph(
        doc,
        "填报单位：华龙区市场监督管理局    巡查时段：2024年7月1日—7月19日    整改时限自巡查发现之日起计算",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ESTATE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "巡查日期",
            "小区名称",
            "发现问题",
            "广告类别",
            "责任主体",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
        body,
        10,
    )
    _paragraph(doc, "填表人：韩梅    联系电话：0393-8322186    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_estate(path: Path) -> Path:
    return via_soffice(write_estate_docx, path, "doc", "小区广告专项整治巡查台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 网络集中促销定向监测问题线索处置台账, after a county 市场监管局's account of its “双十一”网络市场定向监测 (依托省
# 网络交易监管平台; 企业自建网站、电子商务平台内经营者、微商; 主体身份信息、网络交易规则、虚假宣传、刷单炒信、商业
# 混淆、网络集中促销、消费者权益、知识产权; 剔除无效过期网址; 未按规定亮照亮证亮标的告知经营主体整改):
# https://nanmuxuan.com/zh-mo/science/gkgybbvngle.html
# An .xlsx: title, 交办单位/处置时限/统计截至 line, one header row led by a 线索编号 (no 序号), 交办日期 and 办结日期 as
# date cells, the county 市场监督管理局 (and once the city bureau's own 科) as 承办单位, 处置时限 as 10个工作日 from each
# row's 交办日期, a 处置状态 column, a 说明 line and a signature line.
ONLINE_ROWS = [
    (
        "PYWJ2024-001",
        date(2024, 6, 24),
        "濮阳县金堤特产商行",
        "金堤特产小店",
        "淘宝",
        "网店首页未公示营业执照信息",
        "亮照亮证亮标",
        "濮阳县市场监督管理局",
        "10个工作日",
        "已办结",
        date(2024, 7, 3),
    ),
    (
        "PYWJ2024-002",
        date(2024, 6, 26),
        "清丰县庄园食品有限公司",
        "庄园食品旗舰店",
        "京东",
        "销售预包装食品未公示食品经营许可证",
        "亮照亮证亮标",
        "清丰县市场监督管理局",
        "10个工作日",
        "",
        date(2024, 7, 9),
    ),
    (
        "PYWJ2024-003",
        date(2024, 7, 1),
        "濮阳市华龙区优品家居经营部",
        "优品家居生活馆",
        "拼多多",
        "促销页面虚构原价，先提价后打折",
        "价格违法",
        "华龙区市场监督管理局",
        "10个工作日",
        "处置中",
        None,
    ),
    (
        "PYWJ2024-004",
        date(2024, 7, 3),
        "南乐县木伦河农产品专业合作社",
        "木伦河农家小店",
        "抖音",
        "直播间宣称普通蜂蜜可“降三高”",
        "虚假宣传",
        "南乐县市场监督管理局",
        "10个工作日",
        "逾期未办结",
        None,
    ),
    (
        "PYWJ2024-005",
        date(2024, 7, 10),
        "范县鑫达电子商务有限公司",
        "鑫达数码商城（自建网站）",
        "自建网站",
        "网站未公示用户注册注销规则和交易规则",
        "交易规则",
        "范县市场监督管理局",
        "10个工作日",
        "已办结",
        date(2024, 7, 22),
    ),
    (
        "PYWJ2024-006",
        date(2024, 7, 15),
        "台前县羽丰服饰有限公司",
        "羽丰羽绒工厂店",
        "快手",
        "组织刷单炒信，虚构销量和好评",
        "刷单炒信",
        "台前县市场监督管理局",
        "10个工作日",
        "已立案，调查中",
        None,
    ),
    (
        "PYWJ2024-007",
        date(2024, 7, 17),
        "濮阳市恒润商贸有限公司",
        "恒润母婴专营店",
        "天猫",
        "销售的婴幼儿奶瓶涉嫌假冒注册商标",
        "知识产权",
        "市局网络交易监督管理科",
        "10个工作日",
        "",
        None,
    ),
    (
        "PYWJ2024-008",
        date(2024, 7, 22),
        "濮阳县惠民大药房有限公司",
        "惠民大药房微商城",
        "微信小程序",
        "网络销售处方药未凭处方即可下单",
        "禁限售",
        "濮阳县市场监督管理局",
        "10个工作日",
        "处置中",
        None,
    ),
]


def write_online(path: Path) -> Path:
    b = Book(path, author="网络交易监督管理科")
    ws = b.sheet("线索处置台账")
    b.widths(ws, [14, 12, 28, 22, 10, 34, 12, 22, 12, 14, 12])
    b.line(ws, 0, "濮阳市“618”网络集中促销定向监测问题线索处置台账", 10, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市市场监督管理局网络交易监督管理科    处置时限：自交办之日起10个工作日内办结    "
        "统计截至：2024年7月31日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "线索编号",
            "交办日期",
            "经营主体名称",
            "网店（网站）名称",
            "所在平台",
            "监测发现问题",
            "问题类型",
            "承办单位",
            "处置时限",
            "处置状态",
            "办结日期",
        ],
    )
    for i, row in enumerate(ONLINE_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(ONLINE_ROWS)
    b.line(
        ws,
        end,
        "说明：问题类型按省网络交易监管平台分类填写；“已办结”指责令整改到位或依法处置完毕。",
        10,
    )
    b.line(ws, end + 1, "填表人：冯磊    联系电话：0393-8917730", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 集贸市场计量器具专项检查责令整改台账 (two returns in one zip), after a district 市场监管局's account of its 集贸
# 市场电子计价秤强制检定 (联合计量测试检定所; 鸡鸭家禽区、鲜肉区、水产区、蔬菜区逐摊位逐台检定; 合格的加贴检定合格证，
# 不合格的现场责令停用; 督促市场主办方加强公平秤维护管理; 不合格计价秤11台，下发《责令整改通知书》11份):
# http://yiyang.gov.cn/yysscjgj/13827/13830/content_1968716.html
# A .zip holding an .xlsx from one county bureau (摊位 and 经营户 as 责任主体, 责令整改通知书 number and 下达日期 the
# 7日内 count from, a 复检结果 column, a 合计 row) and a .docx table from another county bureau (markets with their
# 主办方 or town government as 责任主体, a 落实情况 column).
QINGFENG_SCALE_ROWS = [
    (
        "清丰县城关农贸市场",
        "鲜肉区12号",
        "清丰县老王鲜肉店",
        "电子计价秤",
        "电子计价秤超过检定周期仍在使用",
        "清市监量改〔2024〕11号",
        date(2024, 7, 15),
        "7日内",
        "复检合格",
    ),
    (
        "清丰县城关农贸市场",
        "水产区3号",
        "清丰县鲜鲜水产经营部",
        "电子计价秤",
        "电子计价秤称量误差超出最大允许误差",
        "清市监量改〔2024〕12号",
        date(2024, 7, 15),
        "7日内",
        "已停用，送修中",
    ),
    (
        "清丰县马庄桥镇集贸市场",
        "—",
        "清丰县马庄桥镇人民政府（市场主办方）",
        "公平秤",
        "市场公平秤未定期检定，无公平秤使用记录",
        "清市监量改〔2024〕14号",
        date(2024, 7, 17),
        "2024年7月31日",
        "",
    ),
    (
        "清丰县瓦屋头镇集贸市场",
        "蔬菜区8号",
        "清丰县瓦屋头镇刘记蔬菜店",
        "电子计价秤",
        "使用改装的电子计价秤，存在遥控作弊功能",
        "清市监量改〔2024〕15号",
        date(2024, 7, 19),
        "立行立改",
        "已更换经检定合格的计价秤",
    ),
]
TAIQIAN_MARKET_ROWS = [
    (
        "台前县城关农贸市场",
        "市场主办方未设置公平秤",
        "台前县城关农贸市场管理有限公司",
        "设置公平秤并定期校准",
        "2024年7月20日",
        "已设置公平秤2台，已完成",
    ),
    (
        "台前县侯庙镇集贸市场",
        "部分商户使用未经强制检定的杆秤",
        "台前县侯庙镇人民政府",
        "组织商户送检，淘汰杆秤",
        "8月底前",
        "正在组织送检",
    ),
    (
        "台前县夹河乡集贸市场",
        "计量器具台账未建立，强检器具底数不清",
        "台前县夹河乡人民政府",
        "建立计量器具台账，动态更新",
        "长期坚持",
        "长期坚持",
    ),
    (
        "台前县孙口镇集贸市场",
        "电子计价秤检定合格标志缺失或过期",
        "台前县孙口镇人民政府",
        "逐台检定并加贴合格标志",
        "2024年8月15日",
        "未整改",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="计量股")
    ws = b.sheet("责令整改台账")
    b.widths(ws, [6, 22, 12, 30, 12, 34, 22, 12, 14, 24])
    b.line(ws, 0, "清丰县集贸市场电子计价秤专项检查责令整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县市场监督管理局（计量股）    检查时间：2024年7月15日—7月19日    "
        "整改期限自责令整改通知书下达之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "市场名称",
            "摊位号",
            "经营户（责任主体）",
            "计量器具",
            "检查发现问题",
            "责令整改通知书编号",
            "下达日期",
            "整改期限",
            "复检结果",
        ],
    )
    for i, row in enumerate(QINGFENG_SCALE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QINGFENG_SCALE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查电子计价秤186台、公平秤6台，不合格4台，下达责令整改通知书4份", b.cell)
    b.line(ws, end + 1, "填表人：岳红    联系电话：0393-7221658    填报日期：2024年7月29日", 9)
    return b.close()


def write_taiqian_docx(path: Path) -> Path:
    doc = _new_document("计量股")
    _title(doc, "台前县集贸市场计量专项检查问题整改情况", 18)
    _paragraph(doc, "填报单位：台前县市场监督管理局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(TAIQIAN_MARKET_ROWS, 1)]
    _table(doc, ["序号", "市场名称", "问题描述", "责任主体", "整改措施", "整改时限", "落实情况"], body)
    _paragraph(doc, "填表人：齐永    联系电话：0393-2216037", 12)
    return _save_fixed(doc, path)


def write_scales_zip(path: Path) -> Path:
    members = [
        ("清丰县集贸市场电子计价秤检查责令整改台账.xlsx", write_qingfeng_book),
        ("台前县集贸市场计量专项检查问题整改情况.docx", write_taiqian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市特种设备安全隐患排查整治隐患清单（第二季度）.xlsx", write_hazards),
    ("2024年度电梯维保质量监督抽查发现问题整改情况表.xls", write_elevators),
    ("华龙区燃气领域特种设备隐患排查整治问题清单.csv", write_gas),
    ("南乐县市场监督管理局关于市政府督查组反馈问题整改进展情况的报告.docx", write_nanle),
    ("规范涉企收费行为专项检查问题整改台账.et", write_fees),
    ("清丰县涉企违规收费专项整治联合检查问题整改情况表.wps", write_joint),
    ("重点媒体广告监测违法广告处置台账（2024年6月）.xlsx", write_ads),
    ("华龙区小区广告专项整治巡查问题整改台账.doc", write_estate),
    ("“618”网络集中促销定向监测问题线索处置台账.xlsx", write_online),
    ("集贸市场计量器具专项检查责令整改台账（清丰县、台前县）.zip", write_scales_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev62 returns: eleven files laid out after eleven public sources, cited beside each layout.

Senders of eleven kinds: a development zone, a street office, a college, a water company, a taxi company, a
chamber of commerce, a hospital, a power supply station, two villages, a rural commercial bank and a
state-owned subsidiary. Forms: .xlsx (three, and one inside the zip), .xls (xlwt), .ods and .et (LibreOffice
conversions), a CSV in UTF-8 with BOM, a .docx with a table (and one inside the zip), a .doc with the items
as numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two returns. Contents are made up;
statistics date 2024-07-31. Run from this folder: python make_dev62.py. Needs XlsxWriter, xlwt, python-docx
and LibreOffice (soffice).
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
# 1. 开发区闲置资源要素大起底“回头看”问题整改台账, after a city 工信局's account of the
# 开发区闲置资源要素大起底“回头看” (停产企业、停建项目整改盘活; 分类建立台账, 明确工作举措、
# 责任部门和完成时限; 杜绝纸面整改、虚假整改):
# http://gxj.ordos.gov.cn/xwzx_126434/gzdt_126435/202405/t20240524_3604866.html
# An .xlsx: title, 填报单位 and 说明 lines, a two-row header (整改情况 over 进展情况 / 是否盘活到位), the
# 问题类别 merged down its rows, the zone's own 部 as 责任部门 with city bureaus as 配合单位 beside them;
# signature line.
ZONE_ROWS = [
    (
        "停产企业",
        "濮阳宏大新材料有限公司自2023年10月起全面停产，厂区设备闲置",
        "引导企业引入战略投资者恢复生产，必要时依法处置",
        "经济发展部",
        "市工业和信息化局",
        "2024年9月底前",
        "已与2家意向企业对接，正在开展尽职调查",
        "否",
    ),
    (
        "停产企业",
        "濮阳金岭化工有限公司部分生产线停产，厂房闲置约1.2万平方米",
        "推动闲置厂房分割出租",
        "招商服务部",
        "",
        "2024.7.15",
        "已完成厂房分割，引进2家企业入驻投产",
        "是",
    ),
    (
        "停建项目",
        "智能装备产业园二期项目主体完工后停建，已停工14个月",
        "协调项目方筹措资金复工",
        "规划建设部",
        "市发展和改革委员会",
        "年底前",
        "未启动",
        "否",
    ),
    (
        "停建项目",
        "华创电子元器件项目因资金链断裂停建",
        "推动司法重整，引入新投资方",
        "经济发展部",
        "市中级人民法院",
        "2024年6-10月",
        "已向法院提交重整申请，法院已受理，正在遴选管理人",
        "否",
    ),
    (
        "闲置土地",
        "纬三路以北地块已供未用土地86亩超过两年未开工",
        "依法认定闲置土地，督促限期开工",
        "规划建设部",
        "市自然资源和规划局",
        "2024年7月20日",
        "已下达闲置土地认定书，企业已于7月18日开工建设，盘活完成",
        "是",
    ),
    (
        "闲置土地",
        "经二路东侧批而未供土地42亩长期闲置",
        "加快组卷报批，纳入年度供地计划",
        "规划建设部",
        "市自然资源和规划局",
        "第三季度",
        "",
        "",
    ),
    (
        "长效机制",
        "闲置资源动态监测机制不健全，底数更新不及时",
        "建立闲置资源月度更新、季度调度机制",
        "经济发展部",
        "",
        "长期坚持",
        "常态化推进",
        "—",
    ),
]


def write_zone(path: Path) -> Path:
    b = Book(path, author="经济发展部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 28, 12, 18, 14, 32, 10])
    b.line(ws, 0, "濮阳经济技术开发区闲置资源要素大起底“回头看”问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳经济技术开发区管理委员会（盖章）        填报日期：2024年7月26日", 8)
    b.line(
        ws,
        2,
        "说明：对“回头看”发现的问题分类建立台账，明确工作举措、责任部门和完成时限，及时整改盘活，"
        "杜绝纸面整改、虚假整改。",
        8,
    )
    for c, word in enumerate(
        ["序号", "问题类别", "问题描述", "整改举措", "责任部门", "配合单位", "完成时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改情况", b.head)
    b.header(ws, 4, ["进展情况", "是否盘活到位"], first=7)
    first = 5
    for i, row in enumerate(ZONE_ROWS, 1):
        r = first + i - 1
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[1:]), first=2)
        b.put(ws, r, 8, row[7], b.center)
    r = first
    while r < first + len(ZONE_ROWS):
        kind = ZONE_ROWS[r - first][0]
        end = r
        while end + 1 < first + len(ZONE_ROWS) and ZONE_ROWS[end + 1 - first][0] == kind:
            end += 1
        b.merge(ws, r, 1, end, 1, kind, b.center)
        r = end + 1
    last = first + len(ZONE_ROWS)
    b.line(ws, last + 1, "分管领导：刘文博        填表人：马晓燕        联系电话：0393-8876021", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. “民情速递”居民诉求办理台账, after a district 文明办's account of a street office's 民情速递
# (处级干部包楼; 收集的问题按“红、黄、蓝”三色分类: 红色立即办结, 黄色制定方案妥善办理, 蓝色长期规划解决;
# 停车与车位、暖气、租户管理、加装电梯、便民服务、文明养犬、施工扰民):
# https://www.bjwmb.gov.cn/xxgk/xcjy/t20190524_936623.htm
# An .ods (LibreOffice conversion): title, the 三色 rule as a preamble, one header row with 登记日期,
# 包楼领导 beside the office's own 承办科室, 立行立改 in the time limit; the street office's seal and date
# at the foot.
STREET_ROWS = [
    (
        "R-01",
        date(2024, 7, 2),
        "天桥湾社区",
        "3号楼",
        "3号楼2单元暖气管道阀门漏水，楼道积水",
        "红",
        "王建国",
        "城建科",
        "立行立改",
        "已维修更换阀门",
    ),
    (
        "R-02",
        date(2024, 7, 5),
        "如意社区",
        "12号楼",
        "12号楼单元门禁损坏，夜间无法关闭",
        "红",
        "李红梅",
        "平安办",
        "立行立改",
        "已更换门禁锁，办结",
    ),
    (
        "Y-01",
        date(2024, 7, 3),
        "天桥湾社区",
        "7号楼",
        "7号楼前车辆乱停放，消防通道被占用",
        "黄",
        "王建国",
        "城建科",
        "7月底前",
        "已施划停车位，正在安装隔离桩",
    ),
    (
        "Y-02",
        date(2024, 7, 8),
        "如意社区",
        "5号楼",
        "5号楼一层住户群租，人员进出频繁",
        "黄",
        "赵志远",
        "平安办",
        "8月15日前",
        "已联合社区民警入户核查，正在督促房东整改",
    ),
    (
        "Y-03",
        date(2024, 7, 10),
        "天桥湾社区",
        "9号楼",
        "小区内遛狗不拴绳、犬只粪便无人清理",
        "黄",
        "李红梅",
        "社会事务科",
        "2024.7.25",
        "已张贴文明养犬告示并入户宣传，问题已解决",
    ),
    (
        "Y-04",
        date(2024, 7, 15),
        "如意社区",
        "小区周边",
        "如意社区周边工地夜间施工噪音扰民",
        "黄",
        "赵志远",
        "城建科",
        "8月10日前",
        "",
    ),
    (
        "B-01",
        date(2024, 7, 4),
        "天桥湾社区",
        "1-6号楼",
        "老旧楼房无电梯，老年住户上下楼困难，希望加装电梯",
        "蓝",
        "王建国",
        "城建科",
        "2024-2025年",
        "已纳入老旧小区改造计划，完成住户意愿征集",
    ),
    (
        "B-02",
        date(2024, 7, 12),
        "如意社区",
        "全社区",
        "社区周边缺少便民菜站和快递柜",
        "蓝",
        "李红梅",
        "社会事务科",
        "长期坚持",
        "常态化推进",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="党政办")
    ws = b.sheet("7月")
    b.widths(ws, [8, 12, 12, 10, 40, 8, 10, 12, 14, 34])
    b.line(ws, 0, "人民路街道“民情速递”居民诉求办理台账（2024年7月）", 9, b.title)
    b.line(
        ws,
        1,
        "按“红、黄、蓝”三色分类办理：红色为水、电、气、暖等需紧急处理的问题，立行立改；黄色为近期可解决的问题，"
        "制定方案妥善办理；蓝色为需长期规划解决的问题。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "编号",
            "登记日期",
            "社区",
            "楼栋",
            "居民诉求",
            "分类",
            "包楼领导",
            "承办科室",
            "办理时限",
            "办理情况",
        ],
    )
    for i, row in enumerate(STREET_ROWS):
        b.row(ws, 3 + i, list(row))
    r = 4 + len(STREET_ROWS)
    b.line(ws, r, "华龙区人民路街道办事处（盖章）", 9, b.right)
    b.line(ws, r + 1, "2024年7月30日", 9, b.right)
    return b.close()


def write_street(path: Path) -> Path:
    via_soffice(write_street_book, path, "ods", "民情速递居民诉求办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 3. 学生代表座谈会意见建议整改落实情况的报告, after a college's 学生代表座谈会意见整改落实会 (教务处、
# 后勤管理处、学生处、保卫处、招生就业处、宿舍管理中心、校医院等17个部门; 已完成的及时告知学生,
# 正在进行的明确完成时间, 暂不具备条件的说明原因):
# https://www.it5i.com/info/1047/44095.htm
# A .docx: title, salutation, preamble, one table with the college's own departments as 责任部门 and a
# 计划完成时限, a closing paragraph, the 学生处 and date at the foot.
COLLEGE_ROWS = [
    (
        "部分公共课教室多媒体设备老化，投影画面不清晰",
        "教务处",
        "更换教室投影设备",
        "2024年8月20日前",
        "已完成18间教室投影设备更换，剩余6间正在安装",
    ),
    (
        "食堂饭菜价格偏高，菜品种类单一",
        "后勤管理处",
        "增设平价窗口，丰富菜品",
        "7月10日前",
        "已增设2个平价窗口，新增菜品15种，已完成",
    ),
    (
        "宿舍热水供应时间短，晚间经常没有热水",
        "宿舍管理中心",
        "延长热水供应时间，检修热水管网",
        "2024年8月31日前",
        "热水管网检修已完成招标，正在施工",
    ),
    (
        "校园北门夜间照明不足，存在安全隐患",
        "保卫处",
        "增设路灯",
        "2024.7.20",
        "已增设路灯12盏，整改完成",
    ),
    (
        "就业指导讲座针对性不强，企业招聘信息发布不及时",
        "招生就业处",
        "建立招聘信息每周推送机制",
        "长期坚持",
        "常态化推进",
    ),
    (
        "图书馆自习座位不足，考试周一座难求",
        "图书馆",
        "增设自习座位，延长开放时间",
        "第三季度",
        "暂不具备扩建条件，未启动",
    ),
    (
        "校医院夜间无值班医生，学生夜间就医不便",
        "校医院",
        "安排夜间值班医生",
        "2024年7月15日",
        "",
    ),
]


def write_college(path: Path) -> Path:
    doc = _new_document("学生处")
    _title(doc, "关于学生代表座谈会意见建议整改落实情况的报告")
    _paragraph(doc, "校党委：")
    _paragraph(
        doc,
        "6月18日，学校召开学生代表座谈会，学生代表围绕教学、后勤、宿舍管理、校园安全、就业等方面提出意见建议。"
        "会后，学生处对意见建议逐条梳理，形成整改清单，分解至各责任部门。现将截至7月底的整改落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(COLLEGE_ROWS, 1)]
    _table(doc, ["序号", "意见建议", "责任部门", "整改措施", "计划完成时限", "整改落实情况"], body)
    _paragraph(
        doc,
        "对已完成的整改事项，及时向学生反馈；对正在进行的事项，明确完成时间；对暂不具备条件的事项，向学生说明原因。",
    )
    _paragraph(doc, "濮阳职业技术学院学生处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 用户诉求工单处理台账, after a water company's 供水服务社会承诺 (业务接待3日内转交勘察; 现场勘察10日内;
# 小用户5日内设计; 管线维修; 水质投诉答复; 水压不足、不明原因停水咨询; 计划停水提前通知用户):
# https://www.wxszjt.com/index.php?s=/article/detail/id/18.html
# A CSV in UTF-8 with BOM: title line, 说明 line, one header line with 受理日期 and 承诺时限 in days from it,
# the company's own 所/中心 as 承办部门, a 回访情况 column, a 合计 line and a 填表 line.
WATER_ROWS = [
    (
        "SW-2407-01",
        "2024-07-02",
        "报修",
        "建设路与黄河路口DN100供水管道漏水",
        "管网维修所",
        "1日内",
        "已修复通水",
        "满意",
    ),
    (
        "SW-2407-02",
        "2024-07-05",
        "报装",
        "绿城花园东区新建商铺申请接水",
        "营业所",
        "3日内",
        "已转交工程设计所，正在现场勘察",
        "",
    ),
    (
        "SW-2407-03",
        "2024-07-08",
        "水质",
        "昆吾小区居民反映自来水有异味、发黄",
        "水质检测中心",
        "7日内",
        "已取样检测，水质合格，已向用户解释，办结",
        "满意",
    ),
    (
        "SW-2407-04",
        "2024-07-10",
        "水压",
        "华龙花园六楼以上住户用水高峰水压不足",
        "调度中心",
        "10个工作日内",
        "正在调整二次供水加压泵运行参数",
        "",
    ),
    (
        "SW-2407-05",
        "2024-07-15",
        "收费",
        "用户对6月份水费计量有疑问，怀疑水表走字过快",
        "营业所",
        "5个工作日内",
        "已现场校验水表，误差在允许范围内，已答复用户，办结",
        "基本满意",
    ),
    (
        "SW-2407-06",
        "2024-07-18",
        "报修",
        "人民路120号门前水表井盖缺失",
        "管网维修所",
        "2日内",
        "未处理",
        "",
    ),
    (
        "SW-2407-07",
        "2024-07-22",
        "报装",
        "濮水社区老旧小区一户一表改造申请",
        "工程设计所",
        "15个工作日内",
        "",
        "",
    ),
    (
        "SW-2407-08",
        "2024-07-25",
        "停水",
        "开州路片区计划停水未提前通知用户",
        "调度中心",
        "3日内",
        "已向用户致歉，正在完善停水短信通知流程",
        "",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市自来水公司客户服务中心用户诉求工单处理台账（2024年7月）"])
    w.writerow(["说明：承诺时限自受理之日起计算。"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理日期",
            "诉求类别",
            "诉求内容",
            "承办部门",
            "承诺时限",
            "处理结果",
            "回访情况",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本月受理工单8件，办结3件", "", "", "", ""])
    w.writerow(["填表人：郭静    审核人：杜长青    填报日期：2024年7月31日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 乘客投诉处理情况登记表, after an answer on how a taxi company handles complaints
# (记录投诉时间、地点、车辆牌照、司机信息和投诉内容; 调取车内监控、行车轨迹调查; 警告、罚款、暂停营运;
# 将处理结果反馈乘客并道歉):
# https://www.autohome.com.cn/ask/16847782.html
# An .xls (xlwt): the company named only in the title, a 统计时段 line, a two-row header (处理结果 over
# 处理决定 / 反馈乘客), 驾驶员 beside the rows, 办结期限 partly in working days from 受理日期; 合计 row and
# signature line.
TAXI_ROWS = [
    (
        "2024-07-03",
        "豫J·T2316",
        "张某",
        "乘客反映驾驶员绕路多收车费约15元",
        "调取行车轨迹，确认绕行3.2公里",
        "退还多收车费，对驾驶员罚款200元",
        "已电话反馈乘客并道歉",
        "2024年7月8日",
    ),
    (
        "2024-07-09",
        "豫J·T0875",
        "李某",
        "驾驶员行车途中接打手机、服务态度恶劣",
        "调取车内监控，情况属实",
        "警告并停运学习3天",
        "已反馈",
        "5个工作日内",
    ),
    (
        "2024-07-12",
        "豫J·T1942",
        "王某",
        "驾驶员夜间拒载前往城郊方向的乘客",
        "正在调取监控，待驾驶员到公司说明情况",
        "",
        "",
        "7月19日前",
    ),
    (
        "2024-07-18",
        "豫J·T3307",
        "赵某",
        "车内卫生差、座椅污损",
        "经核实情况属实",
        "责令清洗车辆，扣减当月服务质量考核分",
        "已反馈",
        "3个工作日内",
    ),
    (
        "2024-07-24",
        "豫J·T2250",
        "刘某",
        "乘客遗失手机，驾驶员拒不归还",
        "已移交城区派出所处理",
        "",
        "",
        "15个工作日内",
    ),
    (
        "2024-07-29",
        "豫J·T0613",
        "孙某",
        "驾驶员未按规定使用计价器，一口价收费",
        "未处理",
        "",
        "",
        "8月5日前",
    ),
]


def write_taxi(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市华通出租汽车有限公司乘客投诉处理情况登记表", t, 0, 9),
        (1, 0, "统计时段：2024年7月1日—7月31日        办结期限自受理之日起计算", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "受理日期", "车牌号", "驾驶员", "投诉内容", "调查核实情况"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 6, "处理结果", h, 2, 7))
    cells += [(3, 6, "处理决定", h), (3, 7, "反馈乘客", h)]
    cells += [(2, 8, "办结期限", h, 3, 8), (2, 9, "备注", h, 3, 9)]
    for i, row in enumerate(TAXI_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(TAXI_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "受理投诉6件，办结3件", c, r, 9),
        (r + 1, 0, "负责人：高志强        填表人：宋丽        填报日期：2024年7月31日", plain, r + 1, 9),
    ]
    return _write_xls(path, [("投诉登记", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 会员企业困难诉求办理情况的报告, after a provincial 工商联's account of 乡镇街道商会 and its
# 非公有制企业投诉服务体系 (小微企业的困难诉求“件件有着落，事事有回音”; 商会调解组织):
# http://www.hcyea.com/h-nd-74.html
# A .doc (Word 97 via LibreOffice): title, salutation, preamble, the 诉求 as numbered paragraphs each naming
# the member company that raised it and the 承办单位 (often by a name from before the institutional reform);
# chamber and date.
CHAMBER_PARAS = [
    (
        "1.濮阳瓯江鞋业有限公司反映，企业厂房办理不动产权证时因用地手续历史遗留问题迟迟无法办理。"
        "承办单位：市国土局。办理时限：2024年9月30日前。办理情况：已召开协调会，正在补办用地手续。"
    ),
    (
        "2.濮阳鹿城五金制品有限公司反映，去年申请的稳岗返还资金至今未到账。"
        "承办单位：市劳动保障局。办理时限：7月15日前。办理情况：资金已于7月12日拨付到账，已办结。"
    ),
    (
        "3.濮阳温商电器城反映，市场周边道路排水不畅，雨天积水严重影响经营。"
        "承办单位：市城管执法局。办理时限：2024年8月底。办理情况：未整改。"
    ),
    (
        "4.濮阳瑞安机电有限公司反映，企业用电增容报装审批时间长，影响新生产线投产。"
        "承办单位：市供电公司。办理时限：7月8日转办，15个工作日内办结。办理情况：已完成增容装表接电，已办结。"
    ),
    (
        "5.濮阳永嘉食品有限公司反映，食品生产许可证延续审批所需材料要求不明确。"
        "承办单位：市质监局。办理时限：7月底前。办理情况：已答复企业，并提供一次性告知清单。"
    ),
    (
        "6.濮阳乐清电气有限公司反映，增值税留抵退税办理进度较慢。承办单位：市地税局。办理时限：2024年8月20日前。"
    ),
    (
        "7.濮阳苍南包装有限公司反映，企业周边公交线路少、班次间隔长，员工通勤不便。"
        "承办单位：市公交公司。办理时限：年底前。办理情况：已开展线路客流调研，正在制定线路调整方案。"
    ),
]


def write_chamber_docx(path: Path) -> Path:
    doc = _new_document("商会秘书处")
    _title(doc, "关于会员企业困难诉求办理情况的报告")
    _paragraph(doc, "市工商联：")
    _paragraph(
        doc,
        "今年以来，我会通过走访会员企业、召开座谈会等方式收集企业困难诉求，按照“件件有着落，事事有回音”的要求，"
        "逐件转请有关部门办理。截至2024年7月底，共转办诉求7件，现将办理情况报告如下：",
    )
    for text in CHAMBER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我会将继续跟踪未办结诉求，及时向会员企业反馈办理结果。")
    _paragraph(doc, "濮阳市温州商会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_chamber(path: Path) -> Path:
    return via_soffice(write_chamber_docx, path, "doc", "会员企业困难诉求办理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 患者投诉登记及处理情况表, after a hospital's 投诉处理程序 (现场/电话/线上投诉; 医患沟通办公室登记;
# 调查核实、讨论分析; 三个工作日书面或电话答复; 患方不接受调解意见的, 医学会鉴定或人民调解委员会调解):
# http://www.hqyy.com.cn/DocHtml/421/25/10/00094746.html
# An .et (Excel 97 via LibreOffice): title, 填报科室 and 说明 lines, a two-row header with √ under 已办结 /
# 未办结, 涉及科室 of the hospital, 投诉人 beside them, 答复时限 in working days from 登记日期; 合计 row and
# signatures.
HOSPITAL_ROWS = [
    (
        date(2024, 7, 2),
        "现场",
        "患者家属陈某",
        "门诊挂号排队时间过长，自助挂号机故障无人处理",
        "门诊部",
        "√",
        "",
        "已增派导诊人员并维修自助机，已电话答复",
    ),
    (
        date(2024, 7, 5),
        "电话",
        "患者刘某",
        "住院期间夜班护士呼叫不应答",
        "护理部",
        "√",
        "",
        "已约谈当班护士，书面答复投诉人",
    ),
    (
        date(2024, 7, 11),
        "线上",
        "患者张某",
        "对骨科手术费用清单有异议，怀疑重复收费",
        "财务科",
        "",
        "√",
        "正在逐项核对收费明细",
    ),
    (
        date(2024, 7, 16),
        "现场",
        "患者家属王某",
        "对产科诊疗结果不满，要求赔偿",
        "产科",
        "",
        "√",
        "患方不接受调解意见，已移交市医疗纠纷人民调解委员会",
    ),
    (
        date(2024, 7, 19),
        "电话",
        "患者孙某",
        "检验报告出具比约定时间延迟两天",
        "检验科",
        "√",
        "",
        "",
    ),
    (
        date(2024, 7, 24),
        "线上",
        "患者李某",
        "医生问诊时间过短，解释病情不耐心",
        "心内科",
        "",
        "√",
        "未处理",
    ),
    (
        date(2024, 7, 29),
        "现场",
        "患者周某",
        "住院部停车场车位不足，停车收费标准不透明",
        "总务科",
        "",
        "",
        "",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="医患沟通办公室")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 10, 14, 38, 10, 14, 8, 8, 36])
    b.line(ws, 0, "患者投诉登记及处理情况表（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报科室：濮阳市第二人民医院医患沟通办公室        投诉电话：0393-4411208", 9)
    b.line(
        ws,
        2,
        "说明：投诉受理后三个工作日内书面或电话答复投诉人；患方不接受调解意见的，引导其申请医学会鉴定或人民调解委员会调解。",
        9,
    )
    for c, word in enumerate(["序号", "登记日期", "投诉方式", "投诉人", "投诉内容", "涉及科室", "答复时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "处理结果", b.head)
    b.header(ws, 4, ["已办结", "未办结"], first=7)
    b.merge(ws, 3, 9, 4, 9, "处理情况说明", b.head)
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.row(ws, r, list(row[1:5]), first=2)
        b.put(ws, r, 6, "3个工作日内", b.center)
        b.put(ws, r, 7, row[5], b.center)
        b.put(ws, r, 8, row[6], b.center)
        b.put(ws, r, 9, row[7])
    r = 5 + len(HOSPITAL_ROWS)
    b.merge(ws, r, 0, r, 3, "合计", b.head)
    b.merge(ws, r, 4, r, 9, "本月登记投诉7件，已办结3件")
    b.line(ws, r + 1, "填表人：韩冰        审核人：石建华        填报日期：2024年7月31日", 9)
    return b.close()


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_book, path, "xls", "患者投诉登记及处理情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 非直供小区供用电安全隐患排查整治台账, after a power supply station's account of its 非直供小区 check
# (线路年久失修、线径细、设备陈旧老化; 95598、12345热线工单; 架起“产权方”和“业主”之间的桥梁,
# 与客户协商整改):
# http://huntleydev.com/dlzx/txt/2014-01/21/content_6627500.htm
# An .xlsx: title, 填报单位 and 排查时间 line, one header row with the 产权单位（物业） and the 整改责任主体
# (mostly the property company, sometimes the station or the company's 营销部) and a 供电所督导人 beside
# them; 注 and signature.
POWER_ROWS = [
    (
        "建业森林半岛",
        "濮阳建业物业服务有限公司",
        "小区配电室低压出线电缆年久失修、绝缘老化",
        "更换低压出线电缆",
        "濮阳建业物业服务有限公司",
        "于杰",
        "2024年8月31日",
        "已完成电缆采购，正在施工",
    ),
    (
        "昆吾花园",
        "濮阳昆吾物业管理有限公司",
        "小区进户线线径细，夏季用电高峰跳闸频繁",
        "更换进户线",
        "濮阳昆吾物业管理有限公司",
        "于杰",
        "2024.7.20",
        "已更换完毕，经供电所复查合格",
    ),
    (
        "油田八区",
        "无物业（业主自管）",
        "箱式变压器周边堆放杂物，未设置安全警示标识",
        "清理杂物，设置警示标识",
        "华龙供电所",
        "陈晓东",
        "2024年7月15日",
        "已清理杂物并设置警示牌，整改完成",
    ),
    (
        "金堤小区",
        "濮阳金堤物业有限公司",
        "配电设备陈旧老化，变压器超期运行",
        "更换变压器及配套设备",
        "濮阳金堤物业有限公司",
        "陈晓东",
        "年底前",
        "未整改",
    ),
    (
        "华龙苑",
        "濮阳华苑物业服务有限公司",
        "小区电动车飞线充电、私拉乱接现象普遍",
        "建设集中充电设施",
        "濮阳华苑物业服务有限公司",
        "于杰",
        "9月底前",
        "",
    ),
    (
        "龙湖世家",
        "濮阳龙湖物业服务有限公司",
        "地下配电室汛期存在进水隐患",
        "加装挡水板和排水泵",
        "濮阳龙湖物业服务有限公司",
        "陈晓东",
        "7月底前",
        "挡水板已安装，排水泵正在调试",
    ),
    (
        "所辖非直供小区",
        "—",
        "非直供小区计划停电信息告知不及时，业主投诉较多",
        "建立停电信息微信群推送机制",
        "市供电公司营销部",
        "于杰",
        "长期坚持",
        "常态化推进",
    ),
]


def write_power(path: Path) -> Path:
    b = Book(path, author="华龙供电所")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 14, 22, 36, 22, 22, 10, 14, 30])
    b.line(ws, 0, "华龙供电所非直供小区供用电安全隐患排查整治台账", 8, b.title)
    b.line(ws, 1, "填报单位：国网濮阳供电公司华龙供电所        排查时间：2024年7月1日—7月12日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "产权单位（物业）",
            "隐患描述",
            "整改建议",
            "整改责任主体",
            "供电所督导人",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(POWER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 4 + len(POWER_ROWS)
    b.line(ws, r, "注：非直供小区供用电设施产权属小区产权方，由产权方负责整改，供电所负责督导和技术服务。", 8)
    b.line(ws, r + 1, "填报人：于杰        所长：王胜利        2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 农村人居环境整治问题整改台账 from two villages, after a village's account of its 屋场整治
# (房前屋后生活垃圾和农业生产废弃物清理清运; 柴草随意堆放、私搭乱建棚舍由包片村干逐户劝导; 沟渠池塘疏浚;
# 专职保洁员; 环境卫生监督小组; 垃圾桶、垃圾收集点、卫生厕所改造):
# http://www.cdsxzc.cn/xinwen/2025/36948.html
# A .zip of two returns: an .xlsx with √ under 是 / 否 and a 备注, 包片村干 beside the rows; a .docx with a
# table and the village committee's seal at the foot.
VILLAGE_A_ROWS = [
    (
        "东湾屋场",
        "房前屋后积存生活垃圾和农业生产废弃物",
        "集中清理清运",
        "王春生",
        "2024年7月10日",
        "√",
        "",
        "",
    ),
    (
        "西岭屋场",
        "柴草随意堆放、私搭乱建棚舍",
        "逐户劝导自行整理，拆除违建棚舍",
        "李秋菊",
        "2024年8月15日",
        "",
        "√",
        "已拆除棚舍3处，剩余2处正在做工作",
    ),
    (
        "塘坎屋场",
        "排水明沟暗渠淤塞，池塘岸边垃圾堆积",
        "集中疏浚清理",
        "王春生",
        "7月底前",
        "",
        "√",
        "已清理沟渠8处，剩余4处正在清理",
    ),
    ("全村", "保洁员配备不足，垃圾不能日产日清", "配备专职保洁员2名", "张德明", "2024.7.5", "√", "", ""),
    (
        "全村",
        "部分村民环境保护意识不强，乱扔垃圾现象反弹",
        "修订村规民约，开展入户宣传",
        "张德明",
        "长期坚持",
        "",
        "",
        "常态化推进",
    ),
]
VILLAGE_B_ROWS = [
    ("村委会北侧", "生活垃圾收集点破损，垃圾外溢", "赵建军", "2024年7月20日前", "已改造完成"),
    (
        "二组",
        "卫生厕所改造进度滞后，尚有30户未改造",
        "刘桂兰",
        "2024年9月底前",
        "已完成改造18户，其余正在施工",
    ),
    ("三组", "村内主干道两侧垃圾桶数量不足", "赵建军", "8月10日前", "未启动"),
    ("村南坑塘", "坑塘水面漂浮物多，岸边杂草丛生", "孙国强", "7月底", ""),
]


def write_village_a(path: Path) -> Path:
    b = Book(path, author="香山村")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 36, 28, 10, 14, 6, 6, 30])
    b.line(ws, 0, "香山村人居环境整治问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县文留镇香山村村民委员会        填报日期：2024年7月28日", 8)
    for c, word in enumerate(["序号", "屋场（村民小组）", "存在问题", "整改措施", "包片村干", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否完成", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, row in enumerate(VILLAGE_A_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
    r = 5 + len(VILLAGE_A_ROWS)
    b.line(ws, r, "村党支部书记：张德明        填表人：王春生        联系电话：13839321547", 8)
    return b.close()


def write_village_b(path: Path) -> Path:
    doc = _new_document("后寨村")
    _title(doc, "后寨村人居环境整治问题整改台账", 18)
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_B_ROWS, 1)]
    _table(doc, ["序号", "问题点位", "问题描述", "整改责任人", "整改时限", "整改进展"], body)
    _paragraph(doc, "清丰县柳屯镇后寨村村民委员会（章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_villages(path: Path) -> Path:
    members = [
        ("香山村人居环境整治问题整改台账.xlsx", write_village_a),
        ("后寨村人居环境整治问题整改台账.docx", write_village_b),
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
# 10. 金融消费者投诉处理情况统计表, after a bank's 金融消费者权益保护工作方案 (领导小组办公室设在运营管理部;
# 成员: 运营部、办公室、个金部、小微部、科技部及各分支行(部); 运营管理部受理金融消费者投诉并转办、督办、
# 调查):
# https://www.doczj.com/doc/8217432283.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line naming the bank's 消保办, one table with the bank's
# own departments and branches as 承办部门, 是否办结 beside 处理结果, a 合计 row; signature line.
BANK_ROWS = [
    (
        "2024-07-03",
        "客服热线",
        "客户反映借记卡被收取短信服务费，未经本人同意",
        "个人金融部",
        "2024-07-10",
        "已退还费用并关闭短信服务，已答复客户",
        "是",
    ),
    (
        "2024-07-08",
        "网点现场",
        "华龙支行营业厅排队时间长，开放窗口不足",
        "华龙支行",
        "7月20日前",
        "已增开弹性窗口，正在调整柜员排班",
        "否",
    ),
    (
        "2024-07-12",
        "监管转办",
        "客户反映经营贷款提前还款被收取违约金",
        "小微金融部",
        "15日内",
        "正在调查核实合同条款",
        "否",
    ),
    (
        "2024-07-17",
        "手机银行",
        "手机银行跨行转账到账延迟，影响客户资金周转",
        "科技部",
        "2024年7月31日",
        "",
        "是",
    ),
    (
        "2024-07-22",
        "网点现场",
        "老年客户反映网点无障碍设施缺失，轮椅无法进入",
        "办公室",
        "8月底前",
        "未整改",
        "否",
    ),
    (
        "2024-07-26",
        "客服热线",
        "理财产品销售人员未充分揭示产品风险",
        "个人金融部",
        "10个工作日内",
        "",
        "",
    ),
]


def write_bank_docx(path: Path) -> Path:
    doc = _new_document("运营管理部")
    _title(doc, "2024年7月金融消费者投诉处理情况统计表", 18)
    _paragraph(
        doc,
        "填报单位：濮阳农村商业银行股份有限公司消费者权益保护办公室（运营管理部）    填报日期：2024年7月31日",
        12,
    )
    _paragraph(doc, "处理时限自受理之日起计算。", 12)
    body = [[str(i), *row] for i, row in enumerate(BANK_ROWS, 1)]
    body.append(["合计", "", "", "受理投诉6件，办结2件", "", "", "", ""])
    _table(
        doc,
        ["序号", "受理日期", "投诉渠道", "投诉事项", "承办部门", "处理时限", "处理结果", "是否办结"],
        body,
    )
    _paragraph(doc, "填表人：冯瑶    复核人：邱振华    联系电话：0393-8128866", 12)
    return _save_fixed(doc, path)


def write_bank(path: Path) -> Path:
    return via_soffice(write_bank_docx, path, "doc", "金融消费者投诉处理情况统计表.docx")


# ---------------------------------------------------------------------------------------------
# 11. 安全生产责任落实专项检查反馈问题整改台账, after an industrial holding group's 安全责任落实专项检查 of
# its companies (投资管理部检查; 安全责任落实不到位的要求下半年整改到位; 配电、消防系统老化;
# 对租赁户“以租代管”; 下发整改通知, 年底考核):
# http://www.hkcconline.com/newsitem/1645.html
# An .xlsx from one subsidiary: title, 填报单位 / 检查单位 line, a two-row header (整改完成情况 over
# 完成时间 / 整改进展) with a 复查验收 column, the company's own 部 as 责任部门 and a 责任人; 合计 row, 注
# and signature.
SOE_ROWS = [
    (
        "租赁户安全管理协议签订不全，安全生产责任制未覆盖全部岗位",
        "主体责任",
        "补签安全管理协议，修订岗位责任制",
        "资产管理部",
        "陈立",
        "2024年7月31日",
        date(2024, 7, 25),
        "已补签协议46份",
        "验收合格",
    ),
    (
        "对租赁户安全管理存在“以租代管”现象",
        "主体责任",
        "建立租赁户安全巡查制度",
        "资产管理部",
        "陈立",
        "长期坚持",
        "",
        "常态化推进",
        "",
    ),
    (
        "原力王厂区配电系统老化，部分线路裸露",
        "现场隐患",
        "更换配电柜及老化线路",
        "工程部",
        "周海涛",
        "2024年10月底前",
        "",
        "已完成改造设计，正在招标",
        "",
    ),
    (
        "国泰大厦消防喷淋系统部分喷头失效",
        "现场隐患",
        "更换失效喷头并进行联动测试",
        "物业部",
        "吴敏",
        "2024.8.10",
        "",
        "正在整改",
        "",
    ),
    (
        "消防控制室值班人员未持证上岗",
        "现场隐患",
        "组织值班人员培训取证",
        "物业部",
        "吴敏",
        "9月底前",
        "",
        "未整改",
        "",
    ),
    (
        "安全生产应急预案未按规定修订和演练",
        "基础管理",
        "修订应急预案并组织演练",
        "安全环保部",
        "韩雪",
        "7月20日前",
        date(2024, 7, 18),
        "",
        "",
    ),
    (
        "电梯维保记录不完整，维保单位签字缺失",
        "基础管理",
        "督促维保单位规范维保记录",
        "物业部",
        "吴敏",
        "2024年下半年",
        "",
        "",
        "",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 36, 10, 26, 12, 8, 14, 12, 22, 10])
    b.line(ws, 0, "产控集团安全生产责任落实专项检查反馈问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳国泰置业有限公司（盖章）    检查单位：濮阳市产业控股集团有限公司投资管理部    "
        "检查时间：2024年7月8日—7月12日",
        9,
    )
    for c, word in enumerate(
        ["序号", "检查发现问题", "问题类型", "整改措施", "责任部门", "责任人", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["完成时间", "整改进展"], first=7)
    b.merge(ws, 2, 9, 3, 9, "复查验收", b.head)
    for i, row in enumerate(SOE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(SOE_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 9, "检查反馈问题7项，已完成整改2项")
    b.line(ws, r + 1, "注：整改时限以集团整改通知为准；复查验收由集团投资管理部负责。", 9)
    b.line(ws, r + 2, "单位负责人：郑国泰        填表人：韩雪        填报日期：2024年7月31日", 9)
    return b.close()


FILES = [
    ("濮阳经济技术开发区闲置资源要素大起底回头看问题整改台账.xlsx", write_zone),
    ("人民路街道民情速递居民诉求办理台账（7月）.ods", write_street),
    ("关于学生代表座谈会意见建议整改落实情况的报告.docx", write_college),
    ("用户诉求工单处理台账（2024年7月）.csv", write_water),
    ("乘客投诉处理情况登记表.xls", write_taxi),
    ("关于会员企业困难诉求办理情况的报告.doc", write_chamber),
    ("患者投诉登记及处理情况表.et", write_hospital),
    ("非直供小区供用电安全隐患排查整治台账.xlsx", write_power),
    ("农村人居环境整治问题整改台账（两个村）.zip", write_villages),
    ("金融消费者投诉处理情况统计表.wps", write_bank),
    ("安全生产责任落实专项检查反馈问题整改台账.xlsx", write_soe),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev39 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
UTF-8 with BOM, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via
LibreOffice) with a table, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev39.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 民生实事项目实施进度表 (民政), after a county 民政局's 2023年民生实事项目实施进度表 (序号 from the city list /
# 责任单位 / 实施内容 / 协同单位 / 分管领导 / 最新进度(8月24日) / 是否达序时 / 未达序时原因及存在问题):
# https://www.haian.gov.cn/hasmzju/zdgz/content/fed72601-e743-42c4-bce2-ca1dcb3a7b0d.html
# An .xlsx: title, 填报 line, one header row with the date inside 最新进度, the deadline inside 实施内容, 协同单位
# and 分管领导 beside the 责任单位, a 注 and a signature line.
LIVE_ROWS = [
    (
        15,
        "市民政局",
        "新增示范型居家养老服务照料中心12家，年底前全部投入运营。",
        "市财政局 市住房和城乡建设局 各县区政府",
        "李红梅",
        "已建成7家，其余5家正在内部装修，预计10月底前完工。",
        "是",
        "",
    ),
    (
        16,
        "民政局",
        "实施特殊困难老年人家庭适老化改造500户，9月底前完成。",
        "市残联 各县区民政局",
        "李红梅",
        "已完成改造500户，全部通过县区验收。",
        "是",
        "",
    ),
    (
        17,
        "市残联",
        "为1200名困难重度残疾人提供居家托养服务，6月底前确定服务机构，11月底前完成全年服务。",
        "市民政局 市财政局",
        "赵国庆",
        "服务机构已确定，已上门服务860人。",
        "是",
        "",
    ),
    (
        18,
        "人社局",
        "新建标准化零工市场3个，8月底前建成投用。",
        "市自然资源和规划局 各县区政府",
        "赵国庆",
        "选址尚未确定，未开工。",
        "否",
        "场地协调困难，项目未按计划启动",
    ),
    (
        19,
        "市医保局",
        "将城乡居民门诊慢特病病种扩大至60种，上半年完成。",
        "市卫生健康委员会 市财政局",
        "王立新",
        "已印发文件，60种病种已全部纳入门诊报销。",
        "是",
        "",
    ),
    (
        20,
        "市民政局",
        "在乡镇（街道）建设未成年人救助保护工作站20个，第三季度完成。",
        "市教育局 各乡镇（街道）",
        "李红梅",
        "",
        "",
        "",
    ),
    (
        21,
        "退役军人局",
        "改造提升市光荣院1所，2024年6-10月实施。",
        "市住房和城乡建设局",
        "王立新",
        "主体改造完成80%，正在进行室内装修。",
        "是",
        "",
    ),
]


def write_live(path: Path) -> Path:
    b = Book(path, author="市民政局办公室")
    ws = b.sheet("进度表")
    b.widths(ws, [6, 12, 40, 24, 10, 36, 8, 24])
    b.line(ws, 0, "2024年民生实事项目实施进度表（民政及社会保障类）", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局（汇总）                    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任单位",
            "实施内容",
            "协同单位",
            "分管领导",
            "最新进度（7月26日）",
            "是否达序时",
            "未达序时原因及存在问题",
        ],
    )
    for i, row in enumerate(LIVE_ROWS):
        b.row(ws, 3 + i, list(row))
    end = 3 + len(LIVE_ROWS)
    b.line(
        ws, end, "注：序号为全市2024年民生实事项目总表中的序号；进度按月报送，每月26日前报市民生实事办。", 7
    )
    b.line(ws, end + 2, "填表人：张晓燕        审核人：刘建军        联系电话：0393-8991026", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 职能处室深入临床巡查问题整改台账 (医疗卫生), after a city hospital's report of the first 反馈会 of its
# 职能处室深入临床活动 (院领导每日带队深入临床, 逐项通报巡查中发现的问题, 责成相关职能处室立即解决; 第二轮对第一轮
# 问题进行回头看):
# http://health.dzwww.com/zt/jnszxyy/ttbd/201805/t20180529_17431161.htm
# An .xlsx: the hospital named in the title and the 反馈会 line, a two-row header with 带队院领导 (the inspector)
# beside the 责任处室 (a section of the hospital), 回头看 split into 整改情况 and ticks under 是/否, a 注 and signature.
WARD_ROWS = [
    (
        date(2024, 7, 1),
        "刘志强",
        "门诊一楼大厅",
        "门诊一楼自助挂号机数量不足，早高峰排队超过20分钟",
        "增设自助机，安排志愿者引导",
        "门诊部",
        "7月15日前",
        "已增设自助挂号机4台，高峰期安排志愿者2名",
        "√",
        "",
    ),
    (
        date(2024, 7, 1),
        "刘志强",
        "住院部9号楼",
        "住院部9号楼电梯间导视标识陈旧、指向错误",
        "更换导视标识",
        "总务处",
        "2024.7.10",
        "已更换导视牌12块",
        "√",
        "",
    ),
    (
        date(2024, 7, 2),
        "陈海燕",
        "急诊科",
        "急诊抢救室除颤仪未按要求每日自检登记",
        "建立设备每日自检登记制度",
        "医务处",
        "7月底前",
        "已制定自检登记表，正在督促科室落实",
        "",
        "√",
    ),
    (
        date(2024, 7, 2),
        "陈海燕",
        "检验科",
        "检验科标本接收窗口无叫号系统，取报告患者聚集",
        "安装排队叫号系统",
        "信息科",
        "8月31日前",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 3),
        "孙建华",
        "门诊收费处",
        "收费处医保结算高峰期仅开放2个窗口",
        "高峰期弹性增开窗口",
        "财务处",
        "2024年7月20日",
        "高峰期已增开至5个窗口",
        "√",
        "",
    ),
    (
        date(2024, 7, 3),
        "孙建华",
        "儿科门诊",
        "儿科候诊区空调制冷效果差，候诊患儿家长反映强烈",
        "维修或更换空调主机",
        "总务处",
        "9月底前",
        "未整改",
        "",
        "√",
    ),
    (
        date(2024, 7, 4),
        "王丽",
        "外科病区",
        "部分病区护士站交接班记录书写不规范",
        "护理部每月抽查交接班记录",
        "护理部",
        "长期坚持",
        "每月抽查，常态化推进",
        "",
        "",
    ),
]


def write_ward(path: Path) -> Path:
    b = Book(path, author="医院办公室")
    ws = b.sheet("第一轮")
    b.widths(ws, [6, 12, 10, 14, 34, 24, 10, 12, 30, 6, 6])
    b.line(ws, 0, "濮阳市人民医院职能处室深入临床活动第一轮巡查问题整改台账", 10, b.title)
    b.line(ws, 1, "反馈会时间：2024年7月5日    地点：9号楼第一会议室    主持：院长", 10)
    top = ["序号", "巡查日期", "带队院领导", "巡查部位", "发现问题", "整改意见", "责任处室", "整改时限"]
    for c, word in enumerate(top):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "第二轮回头看", b.head)
    b.merge(ws, 3, 8, 3, 8, "整改情况", b.head)
    b.merge(ws, 3, 9, 3, 9, "整改到位（是）", b.head)
    b.merge(ws, 3, 10, 3, 10, "整改到位（否）", b.head)
    for i, row in enumerate(WARD_ROWS):
        r = 4 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[:8]), first=1)
        b.put(ws, r, 9, row[8], b.center)
        b.put(ws, r, 10, row[9], b.center)
    end = 4 + len(WARD_ROWS)
    b.line(ws, end, "注：第二轮深入临床活动对第一轮发现问题逐项回头看，整改到位的打“√”。", 10)
    b.line(ws, end + 2, "填表：院长办公室    审核：刘志强    2024年7月26日", 10, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 年度学校安全隐患整改销号登记表 (教育), after a primary school's 安全隐患整改销号台账管理制度 (每年1月重新建立
# 《年度学校安全隐患整改销号登记表》; 职能处室每周检查, 领导小组每月排查, 每学期全面大排查; 落实整改责任单位和整改
# 到位时间; 整改后验收人签字销号):
# http://www.safehoo.com/Manage/System/school/202403/5731933.shtml
# An .xls (xlwt): the school named only in the title, 处室 of the school as 整改责任单位, 隐患来源 column, the
# required time as text, a 销号 column with the 验收人, 填表说明 and a stamp line.
SCHOOL_ROWS = [
    (
        "2024-03-04",
        "处室周查",
        "教学楼东侧楼梯扶手松动",
        "总务处",
        "王建国",
        "2024.3.10",
        "已加固",
        "已销号（验收人：李明）",
    ),
    (
        "2024-03-29",
        "领导小组月查",
        "校门口减速带破损，上下学时段车辆车速快",
        "保卫处",
        "赵磊",
        "2024.4.30",
        "已联系交警部门，正在施工",
        "",
    ),
    (
        "2024-04-26",
        "领导小组月查",
        "学生宿舍3楼应急照明灯不亮",
        "总务处",
        "王建国",
        "2024.5.15",
        "已更换",
        "复查合格，已销号（验收人：李明）",
    ),
    (
        "2024-05-31",
        "学期大排查",
        "化学实验室危化品柜未实行双人双锁",
        "教务处",
        "孙红",
        "2024.6.30",
        "",
        "",
    ),
    (
        "2024-05-31",
        "学期大排查",
        "操场西侧围墙局部开裂",
        "总务处",
        "王建国",
        "8月20日前（暑假期间）",
        "未整改",
        "",
    ),
    (
        "2024-06-28",
        "处室周查",
        "食堂后厨排烟管道油污积存",
        "后勤服务中心",
        "周强",
        "2024.7.15",
        "已完成清洗",
        "",
    ),
    (
        "2024-07-05",
        "处室周查",
        "部分班级多媒体讲台电源线裸露",
        "信息中心",
        "郭亮",
        "2024.7.25",
        "整改中",
        "",
    ),
]


def write_school(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "濮阳市第三中学2024年度学校安全隐患整改销号登记表", title, 0, 8),
        (1, 0, "登记部门：学校安全管理办公室        登记周期：2024年1月—7月", plain, 1, 8),
    ]
    words = [
        "序号",
        "登记日期",
        "隐患来源",
        "隐患部位及内容",
        "整改责任单位（处室）",
        "责任人",
        "要求整改到位时间",
        "整改情况",
        "销号情况",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(SCHOOL_ROWS):
        r = 3 + i
        cells.append((r, 0, i + 1, mid))
        cells += [(r, 1 + c, v, cell) for c, v in enumerate(row)]
    end = 3 + len(SCHOOL_ROWS)
    notes = [
        "填表说明：1.已销号的隐患次年不再登入；2.各处室每周检查、领导小组每月排查发现不能及时解决的隐患均应登记；",
        "3.整改完成后由验收人现场验收并在“销号情况”栏签字。",
        "学校安全工作领导小组办公室（盖章）        填表人：郭亮        日期：2024年7月29日",
    ]
    cells += [(end + k, 0, text, plain, end + k, 8) for k, text in enumerate(notes)]
    return _write_xls(path, [("销号登记表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 火灾隐患整改情况登记表 (消防), after a unit's 火灾隐患整改制度 (当场改正的记录存档; 不能当场改正的限期整改,
# 确定整改措施、期限和负责整改的部门; 整改完毕由防火科派员复查, 科长签字):
# http://jycdxd.com/Manage/Trade/Fire/202405/5737880.shtml
# A .zip of two .xlsx returns, one per company: the company in the 填报单位 line and the member's name, its
# departments as 负责整改部门, 处理方式 当场改正/限期整改, 整改期限 partly relative to the 检查日期, 复查结论 and 复查人.
FIRE_RETURNS = [
    (
        "濮阳市众意公交公司",
        "众意公交公司",
        [
            (
                date(2024, 7, 3),
                "一号停车场",
                "一号停车场充电桩区域堆放废旧轮胎",
                "当场改正",
                "当场",
                "场站管理部",
                "已当场清理",
                "复查合格",
                "李卫东",
            ),
            (
                date(2024, 7, 3),
                "维修车间",
                "维修车间灭火器压力不足4具",
                "限期整改",
                "2024年7月10日",
                "安全保卫部",
                "已更换灭火器4具",
                "复查合格",
                "李卫东",
            ),
            (
                date(2024, 7, 8),
                "调度中心",
                "调度中心配电室消防应急照明损坏",
                "限期整改",
                "7月31日前",
                "机务部",
                "已报修，配件已采购",
                "",
                "",
            ),
            (
                date(2024, 7, 15),
                "职工宿舍楼",
                "职工宿舍楼疏散通道停放电动自行车",
                "限期整改",
                "15日内",
                "综合办公室",
                "未整改",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳市燃气有限公司",
        "燃气公司",
        [
            (
                date(2024, 7, 4),
                "城东门站",
                "门站值班室私拉电线使用电暖器",
                "当场改正",
                "当场",
                "门站运行班",
                "已当场拆除",
                "复查合格",
                "高峰",
            ),
            (
                date(2024, 7, 9),
                "LNG储配站",
                "LNG储配站消防水池液位计失灵",
                "限期整改",
                "2024.8.15",
                "生产技术部",
                "正在更换液位计",
                "",
                "",
            ),
            (
                date(2024, 7, 9),
                "客服大厅",
                "客服大厅安全出口指示标志脱落",
                "限期整改",
                "2024.7.12",
                "客户服务中心",
                "已整改",
                "复查合格",
                "高峰",
            ),
            (
                date(2024, 7, 22),
                "办公楼",
                "办公楼消防控制室值班人员未持证上岗",
                "限期整改",
                "2024年9月30日",
                "综合办公室",
                "已安排2人报名参加消防设施操作员培训",
                "",
                "",
            ),
        ],
    ),
]


def write_fire_book(path: Path, company: str, rows: list[tuple]) -> Path:
    b = Book(path, author=company)
    ws = b.sheet("登记表")
    b.widths(ws, [6, 12, 12, 34, 10, 14, 14, 30, 10, 10])
    b.line(ws, 0, "火灾隐患整改情况登记表", 9, b.title)
    b.line(ws, 1, f"填报单位：{company}（保卫部防火科汇总）    填报日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "检查部位",
            "火灾隐患",
            "处理方式",
            "整改期限",
            "负责整改部门",
            "整改情况",
            "复查结论",
            "复查人",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(rows)
    b.line(
        ws,
        end,
        "说明：限期整改的隐患，整改期限自检查之日起计算；复查由防火科派员与整改部门安全管理人员一同进行。",
        9,
    )
    b.line(ws, end + 1, "防火科科长（签字）：            消防安全管理人（签字）：", 9)
    return b.close()


def write_fire(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for company, short, rows in FIRE_RETURNS:
            name = f"火灾隐患整改情况登记表（{short}）.xlsx"
            member = write_fire_book(Path(tmp) / name, company, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 统计信用建设中期督查发现问题整改情况表 (统计), after a district 统计局's report of its 统计信用建设中期督查
# (督查16个镇街, 每个专业延伸检查2个基层单位; 局队领导带队分四个督查组; 检查结果全区通报, 突出问题单独反馈，
# 限时整改):
# https://tjj.hangzhou.gov.cn/art/2019/7/17/art_1652150_35784488.html
# A .docx: 通报 title and opening paragraph, then 附件 with a table: 督查组 (the inspector) beside the 镇街 (the
# unit, written in full), 反馈日期 as the base of relative deadlines (N个工作日内, 1个月内), then the signature.
STAT_ROWS = [
    (
        "第一督查组",
        "胜利路街道办事处",
        "辖区村（社区）统计原始记录缺失，台账未按月装订",
        "2024年7月8日",
        "10个工作日内",
        "已补齐原始记录并按月装订归档。",
    ),
    (
        "第一督查组",
        "王助镇人民政府",
        "防范统计造假责任清单未明确到具体岗位",
        "2024年7月8日",
        "2024年7月31日前",
        "已修订责任清单，待镇党委会审定。",
    ),
    (
        "第二督查组",
        "岳村镇人民政府",
        "延伸抽查的两家规上企业能源消费数据与财务报表不一致",
        "2024年7月10日",
        "15个工作日内",
        "已约谈企业统计人员，正在核实修正数据。",
    ),
    (
        "第二督查组",
        "开州路街道办事处",
        "专职统计人员兼职过多、人员频繁变动",
        "2024年7月10日",
        "长期坚持",
        "常态化推进统计队伍建设。",
    ),
    (
        "第三督查组",
        "孟轲乡人民政府",
        "统计调查对象名录库未及时更新，新开业单位未入库",
        "2024年7月12日",
        "1个月内",
        "",
    ),
    (
        "第三督查组",
        "新习乡人民政府",
        "服务业统计报表存在迟报现象",
        "2024年7月12日",
        "2024.7.20",
        "已整改。",
    ),
    (
        "第四督查组",
        "黄河路街道办事处",
        "统计资料档案室未配备防潮设施",
        "2024年7月15日",
        "8月底前",
        "未整改。",
    ),
]


def write_stat(path: Path) -> Path:
    doc = _new_document("华龙区统计局")
    _title(doc, "华龙区统计局关于统计信用建设中期督查发现问题整改情况的通报", 18)
    _paragraph(doc, "各乡镇人民政府、街道办事处：", 14)
    _paragraph(
        doc,
        "    为做好统计信用建设工作，区统计局与国家统计局华龙调查队联合组队，由局队领导带队分四个督查组，"
        "于7月上旬对全区16个乡镇（街道）开展了统计信用建设中期督查，每个专业延伸检查2个基层单位。"
        "督查发现的突出问题已于反馈当日单独书面反馈，要求限时整改。现将各乡镇（街道）整改情况通报如下（见附件）。",
        14,
    )
    _paragraph(doc, "附件：统计信用建设中期督查发现问题整改情况表", 14)
    header = ["序号", "督查组", "被督查乡镇（街道）", "发现问题", "反馈日期", "整改时限", "整改情况"]
    rows = [[str(i), *row] for i, row in enumerate(STAT_ROWS, 1)]
    _table(doc, header, rows, 10)
    _paragraph(doc, "注：整改时限以工作日计的，自反馈日期次日起算。", 12)
    _paragraph(doc, "华龙区统计局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 文化旅游民生实事项目进展情况表 (文旅), after a district's 民生实事项目进展 table (项目名称 / 内容 / 牵头单位 /
# 进展情况(7月) / 进展情况(10月) / 进展情况(12月)):
# http://m.866tx.com/art/2021/8/23/art_1229471074_58991397.html
# An .ods (LibreOffice from an .xlsx): a two-row header with 进展情况 over three months, only July filled, the
# deadline inside 内容, 牵头单位 partly by former names, a 合计 line.
CULT_ROWS = [
    (
        "城市书房建设",
        "新建城市书房10座，年底前全部开放。",
        "市文广旅局",
        "已建成开放6座，4座正在装修。",
    ),
    (
        "送戏下乡",
        "开展送戏下乡演出300场，11月底前完成。",
        "市文化广电和旅游局",
        "已演出312场，全年任务已完成。",
    ),
    (
        "旅游厕所提升",
        "A级旅游景区新建改建旅游厕所15座，9月底前完成。",
        "市旅游局",
        "已开工9座，其余6座正在办理开工手续。",
    ),
    (
        "农家书屋数字化",
        "完成农家书屋数字化提升200个，第三季度完成。",
        "市文化广电新闻出版局",
        "",
    ),
    (
        "文物保护标志设立",
        "完成县级文物保护单位保护标志和界桩设立120处，上半年完成。",
        "市文广旅局",
        "未启动，资金尚未到位。",
    ),
    (
        "乡镇数字影院设备更新",
        "为乡镇数字影院更新放映设备30套，2024年5-8月实施。",
        "市广电局",
        "设备已完成招标，正在安装调试。",
    ),
    (
        "文化惠民消费季",
        "举办文化惠民消费季系列活动，持续推进。",
        "市商务局",
        "常态化推进，已举办活动3期。",
    ),
]


def write_cult_book(path: Path) -> Path:
    b = Book(path, author="市文化广电和旅游局")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 18, 40, 18, 30, 16, 16])
    b.line(ws, 0, "2024年文化旅游领域民生实事项目进展情况表", 6, b.title)
    for c, word in enumerate(["序号", "项目名称", "内容", "牵头单位"]):
        b.merge(ws, 1, c, 2, c, word, b.head)
    b.merge(ws, 1, 4, 1, 6, "进展情况", b.head)
    for c, word in enumerate(["7月", "10月", "12月"], start=4):
        b.put(ws, 2, c, word, b.head)
    for i, row in enumerate(CULT_ROWS):
        r = 3 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, [*row, "", ""], first=1)
    end = 3 + len(CULT_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 6, "共7项，已完成1项", b.cell)
    b.line(ws, end + 1, "报送单位：濮阳市文化广电和旅游局    报送时间：2024年7月25日", 6)
    return b.close()


def write_cult(path: Path) -> Path:
    via_soffice(write_cult_book, path, "ods", "文化旅游民生实事项目进展情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 餐饮服务日常检查发现问题整改情况表 (市场监管), after a province's 餐饮服务日常检查制度 with its 附表3
# 餐饮服务监管部门日常检查情况汇总表 (period line "( 20 年 月 - 20 年 月)", 填报单位名称(盖章), columns 责令改正 /
# 警告(书面) / 罚款 / 责令停产停业 户次数, a 总计 row):
# http://fsou.com/html/text/lar/173171/17317139_3.html
# A .wps (Word 97 via LibreOffice) with a table: period and 填报单位 lines, the 被检查单位 as the unit, 检查人员
# (the inspector) beside it, 处理措施 in the 附表's words, 整改期限 partly in days from the 检查时间, a 总计 row.
FOOD_ROWS = [
    (
        "濮阳市华龙区老街坊家常菜馆",
        "2024.7.2",
        "后厨生熟食品混放，冷藏柜无温度记录",
        "责令改正",
        "7日内",
        "7月9日复查，已整改到位",
        "刘洋、陈晨",
    ),
    (
        "濮阳市鑫源餐饮管理有限公司",
        "2024.7.3",
        "从业人员健康证过期2人仍在岗",
        "责令改正",
        "2024年7月10日前",
        "已补办健康证，复查合格",
        "刘洋、陈晨",
    ),
    (
        "濮阳市华龙区香满园饭店",
        "2024.7.5",
        "餐具消毒柜未正常使用，消毒记录缺失",
        "警告（书面）",
        "15日内",
        "",
        "张伟、李静",
    ),
    (
        "濮阳市华龙区蜀香源火锅店",
        "2024.7.10",
        "索证索票不全，部分肉类无检疫合格证明",
        "责令改正",
        "2024.7.17",
        "复查仍未整改",
        "张伟、李静",
    ),
    (
        "濮阳市华龙区实验小学食堂",
        "2024.7.11",
        "食堂明厨亮灶视频未接入监管平台",
        "责令改正",
        "8月31日前（暑期完成）",
        "已采购设备，正在安装",
        "刘洋、陈晨",
    ),
    (
        "濮阳市华龙区丰收农家乐",
        "2024.7.18",
        "超出许可范围经营冷食类食品",
        "罚款",
        "2024年7月25日",
        "已停止经营冷食类食品，复查合格",
        "王超、赵敏",
    ),
    (
        "濮阳市华龙区甜心烘焙坊",
        "2024.7.22",
        "操作间防蝇防鼠设施缺失",
        "责令改正",
        "10日内",
        "正在整改",
        "王超、赵敏",
    ),
]


def write_food_docx(path: Path) -> Path:
    doc = _new_document("华龙区市场监督管理局")
    _paragraph(doc, "附表3", 12, "黑体")
    _title(doc, "餐饮服务日常检查发现问题整改情况表", 18)
    _paragraph(doc, "（2024年7月1日－2024年7月26日）", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "填报单位名称（盖章）：濮阳市华龙区市场监督管理局", 12)
    header = ["序号", "被检查单位", "检查时间", "存在问题", "处理措施", "整改期限", "复查情况", "检查人员"]
    rows = [[str(i), *row] for i, row in enumerate(FOOD_ROWS, 1)]
    rows.append(["总计", "", "", "检查7户次，责令改正5户次，警告1户次，罚款1户次", "", "", "", ""])
    _table(doc, header, rows, 9)
    _paragraph(doc, "注：整改期限以日计的，自检查之日起计算。", 10.5)
    _paragraph(doc, "填表人：陈晨        审核人：王超        填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    return via_soffice(write_food_docx, path, "doc", "餐饮服务日常检查发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 水利工程防汛安全隐患排查整改情况报告 (农业农村/水利), after a county 水利局's 自查报告 on its 水利工程防汛安全隐患
# 排查 (一、加强领导，周密部署 二、突出重点 三、存在的问题 1.–5. 四、落实整改措施: 落实所在乡镇和水库管理单位的责任):
# http://m.fwdq.com/zichabaogao/283295.html
# A .doc (Word 97 via LibreOffice): the report as paragraphs, the items numbered under 三, each naming its
# 责任单位 (乡镇 in full, or a 科室 of the sending 水务局, the former name of 市水利局) and a 整改时限 in words.
WATER_ITEMS = [
    (
        "1.渠村乡境内排涝沟淤积严重，过水能力不足。责任单位：渠村乡人民政府；整改时限：汛前即6月30日前完成清淤。"
        "目前已完成清淤4.2公里，经验收合格。"
    ),
    (
        "2.在建引黄调蓄工程施工围堰未设置警示标志和防护设施。责任单位：局工程建设科；整改时限：7月15日前。"
        "目前已设置警示标志和防护栏，整改完成。"
    ),
    (
        "3.习城乡小型水库大坝坝体下游坡存在渗漏点。责任单位：习城乡人民政府；整改时限：8月底前完成防渗处理。"
        "目前已编制处理方案，正在组织施工。"
    ),
    (
        "4.部分沿河水闸启闭设备锈蚀，启闭不灵活。责任单位：局运行管理科；整改时限：2024年7月20日前完成维修保养。"
        "目前未整改，维修资金尚未落实。"
    ),
    (
        "5.防汛物资仓库编织袋、救生衣储备不足。责任单位：局防汛抗旱办公室；整改时限：7月10日前补充到位。"
        "目前已补充编织袋2万条、救生衣300件。"
    ),
    "6.河道管理范围内存在违规种植高秆作物。责任单位：梁庄镇人民政府；整改时限：9月30日前清除。",
    (
        "7.个别村级防汛责任人对巡堤查险要求掌握不够。责任单位：白堽乡人民政府；整改时限：长期坚持。"
        "目前已常态化开展培训。"
    ),
]


def write_water_docx(path: Path) -> Path:
    doc = _new_document("濮阳市水务局")
    _title(doc, "濮阳市水务局关于水利工程防汛安全隐患排查整改情况的报告", 20)
    _paragraph(doc, "市防汛抗旱指挥部：", 16)
    _paragraph(
        doc,
        "    按照市防指统一部署，我局于2024年5月下旬至6月上旬对全市水库、水闸、堤防和在建水利工程开展了"
        "防汛安全隐患大排查，现将排查整改情况报告如下。",
        16,
    )
    _paragraph(doc, "一、加强领导，周密部署", 16, "黑体")
    _paragraph(
        doc,
        "    成立了水利工程防汛安全隐患排查领导小组，主要领导任组长，分管领导任副组长，相关科室负责人为成员，"
        "分成六个组对各乡镇水库和在建水利工程进行全面排查。",
        16,
    )
    _paragraph(doc, "二、突出重点", 16, "黑体")
    _paragraph(
        doc,
        "    重点检查水库大坝、溢洪道、放水设施是否完好，堤防是否存在渗漏、塌滑，防汛物资储备和抢险队伍"
        "落实情况。",
        16,
    )
    _paragraph(doc, "三、存在的问题及整改情况", 16, "黑体")
    for text in WATER_ITEMS:
        _paragraph(doc, "    " + text, 16)
    _paragraph(doc, "四、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "    对未完成整改的问题，督促所在乡镇和局相关科室落实责任，按时限完成整改，确保安全度汛。",
        16,
    )
    _paragraph(doc, "濮阳市水务局", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_water(path: Path) -> Path:
    return via_soffice(write_water_docx, path, "doc", "水利工程防汛安全隐患排查整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 高速公路交通安全隐患点段排查整治工作台账 (交通), after a provincial report on the joint 排查整治 of 高速公路
# 交通事故多发点段 by 交警总队、路政总队 and the 高速公路 companies ("一路三方"; 省、市、县三级政府挂牌治理; 建立排查
# 整治工作台账, 明确责任单位、完成时限和工作措施):
# http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2014-04/01/content_2650879.htm
# An .et (Excel 97 via LibreOffice, as WPS saves it): title, 填报 line, a two-row header (隐患点段 over 路线/桩号),
# 挂牌级别, 排查单位 (the inspector) beside the 责任单位, short unit names, a 注 and signatures.
ROAD_ROWS = [
    (
        "G45大广高速",
        "K1532+300",
        "长下坡路段避险车道入口标志被树木遮挡",
        "市级",
        "修剪树木，增设避险车道提示标志",
        "河南高速公路发展有限责任公司濮阳分公司",
        "2024年6月30日",
        "已完成，经一路三方验收合格",
        "高速交警三大队",
    ),
    (
        "S22南林高速",
        "K68+100",
        "团雾多发路段缺少雾区诱导灯",
        "省级",
        "安装雾区智能诱导系统",
        "市交通运输局",
        "2024年9月30日前",
        "已完成设计，正在招标",
        "高速交警二大队",
    ),
    (
        "G45大广高速",
        "K1549+600",
        "收费站出口匝道与县道平交口视距不良",
        "县级",
        "增设减速带、爆闪灯和让行标志",
        "濮阳县交通运输局",
        "7月底前",
        "未启动",
        "高速交警三大队",
    ),
    (
        "S22南林高速",
        "K75+900",
        "中央分隔带护栏损坏约60米",
        "市级",
        "更换波形护栏",
        "河南高速公路发展有限责任公司濮阳分公司",
        "2024.7.15",
        "已更换",
        "路政支队二大队",
    ),
    (
        "G45大广高速",
        "K1560+000",
        "服务区出口车辆违停占用加速车道",
        "市级",
        "加强巡逻管控，常态化查处违停",
        "市交警支队",
        "长期坚持",
        "",
        "高速交警三大队",
    ),
    (
        "S22南林高速",
        "K80+200",
        "桥梁伸缩缝破损，车辆通过时跳车",
        "县级",
        "更换桥梁伸缩缝",
        "市交通局",
        "2024年8月15日",
        "",
        "路政支队二大队",
    ),
    (
        "G45大广高速",
        "K1571+500",
        "连续弯道路段标线磨损不清",
        "市级",
        "重新施划标线，增设轮廓标",
        "市交通运输局",
        "2024年8月31日前",
        "已施划5公里，剩余3公里正在施工",
        "高速交警三大队",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="市道安办")
    ws = b.sheet("工作台账")
    b.widths(ws, [6, 14, 12, 32, 8, 26, 24, 16, 26, 14])
    b.line(ws, 0, "高速公路交通安全隐患点段排查整治工作台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市道路交通安全工作联席会议办公室（一路三方联合填报）    填报日期：2024年7月25日",
        10,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "隐患点段", b.head)
    b.put(ws, 3, 1, "路线", b.head)
    b.put(ws, 3, 2, "桩号", b.head)
    words = ["隐患描述", "挂牌级别", "整治措施", "责任单位", "完成时限", "整治进展", "排查单位"]
    for c, word in enumerate(words, start=3):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(ROAD_ROWS):
        r = 4 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ROAD_ROWS)
    b.line(ws, end, "注：挂牌级别分省、市、县三级政府挂牌治理；完成时限以挂牌督办通知为准。", 10)
    b.line(
        ws, end + 1, "交警支队（签字）：        交通运输局（签字）：        高速公路经营单位（签字）：", 10
    )
    return b.close()


def write_road(path: Path) -> Path:
    return via_soffice(write_road_book, path, "xls", "高速公路交通安全隐患点段排查整治工作台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 问政留言办理情况导出 (医疗卫生), after a city 问政 platform's message page in its 卫生事业 column (标题 环境卫生,
# 状态 已办结, 留言时间, 留言内容, the answering unit "自治区第五人民医院 回复", 回复内容, 回复时间):
# http://szsyz.shizuishan.gov.cn/appeal/view.jsp?model_id=70&sq_id=126439&dept_id=200
# A CSV in UTF-8 with BOM, as the platform's export: one row per message, 办理状态 as the only progress, the
# answering unit by short and former names, 留言时间 and 回复时间 as events (no deadline at all).
MAIL_ROWS = [
    (
        "WZ20240702011",
        "医院门口环境卫生",
        "卫生事业",
        "第五人民医院门口车辆乱停乱放，绿化带内废纸烟头较多，希望安排人员整理。",
        "2024-07-02 09:03:23",
        "濮阳市第五人民医院",
        "已办结",
        "感谢您的来帖！医院已安排保卫科、后勤科限期整改，门口增设停车引导员。",
        "2024-07-04",
    ),
    (
        "WZ20240705032",
        "夜间急诊缴费窗口少",
        "卫生事业",
        "市人民医院夜间急诊挂号缴费只开一个窗口，排队时间长。",
        "2024-07-05 22:41:10",
        "濮阳市人民医院",
        "已办结",
        "医院已自7月8日起夜间增开一个挂号缴费窗口，并开通自助缴费。",
        "2024-07-08",
    ),
    (
        "WZ20240709007",
        "家庭医生签约后无人随访",
        "卫生事业",
        "小区签约家庭医生一年多，从未接到随访电话，签约服务流于形式。",
        "2024-07-09 10:15:42",
        "市卫健委",
        "办理中",
        "",
        "",
    ),
    (
        "WZ20240711019",
        "医院停车场收费标准不公示",
        "卫生事业",
        "油田总医院停车场收费标准未公示，收费随意。",
        "2024-07-11 16:20:05",
        "市市场监管局",
        "已办结",
        "经现场核查，已责令停车场经营方在出入口公示收费标准。",
        "2024-07-16",
    ),
    (
        "WZ20240715003",
        "乡镇卫生院夜间无医生",
        "卫生事业",
        "我们乡卫生院晚上经常没有值班医生，群众夜间看病只能去县城。",
        "2024-07-15 08:30:17",
        "市卫生局",
        "办理中",
        "已转县卫生健康委核查，待反馈后回复。",
        "",
    ),
    (
        "WZ20240718026",
        "预约挂号放号时间不固定",
        "卫生事业",
        "妇幼保健院儿科专家号预约放号时间经常变动，家长很难挂上号。",
        "2024-07-18 19:05:51",
        "濮阳市妇幼保健院",
        "已办结",
        "已统一放号时间为每日18:00，并在公众号公告。",
        "2024-07-22",
    ),
    (
        "WZ20240722014",
        "异地就医备案手续繁琐",
        "卫生事业",
        "在外地工作需要办理异地就医备案，要求提供的材料太多，希望简化。",
        "2024-07-22 11:47:36",
        "市医保局",
        "办理中",
        "",
        "",
    ),
]


def write_mail(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        ["留言编号", "标题", "类别", "留言内容", "留言时间", "回复单位", "办理状态", "回复内容", "回复时间"]
    )
    for row in MAIL_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


FILES = [
    ("2024年民生实事项目实施进度表（民政及社会保障类）.xlsx", write_live),
    ("职能处室深入临床活动第一轮巡查问题整改台账.xlsx", write_ward),
    ("2024年度学校安全隐患整改销号登记表.xls", write_school),
    ("火灾隐患整改情况登记表（两家公司）.zip", write_fire),
    ("关于统计信用建设中期督查发现问题整改情况的通报.docx", write_stat),
    ("2024年文化旅游领域民生实事项目进展情况表.ods", write_cult),
    ("餐饮服务日常检查发现问题整改情况表.wps", write_food),
    ("关于水利工程防汛安全隐患排查整改情况的报告.doc", write_water),
    ("高速公路交通安全隐患点段排查整治工作台账.et", write_road),
    ("问政留言办理情况导出（卫生事业）.csv", write_mail),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

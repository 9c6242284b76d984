"""Write the dev47 returns: eleven files laid out after eleven public sources, cited beside each layout.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV
in GBK, two .docx (one with the items as numbered paragraphs, one with a field table per task), a .doc
with a table carrying section rows, a .wps (Word 97 via LibreOffice) and a .zip of two returns. Contents
are made up; statistics date 2024-07-31.
Run from this folder: python make_dev47.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 学校安全隐患整改报告, after a middle school's report to its 教育局 on the hazards a 督查组 found in a
# “四不两直” visit (隐患1：周界报警、电子围栏未开启。整改措施：…; 配电间缺少二氧化碳灭火器、沙桶及挡鼠板;
# 走廊墙面墙粉斑驳、脱落, 请示报告将于近日报教育局):
# https://nhzx.wxjkedu.com/zwgl/xyaq/content_60206
# A .docx: title, addressee, preamble, the items as numbered paragraphs (隐患N / 整改措施 / 整改时限 and
# 完成情况), the school (named only in the title and at the foot) and the date. Sections of the school appear
# in the text.
SCHOOL_ITEMS = [
    (
        "门卫室周界报警器声音开关处于关闭状态，值守人员听不到报警声。",
        "当天下午联系安防维保单位拆除该声音开关，并对保安再次进行操作培训。",
        "2024年7月3日（立行立改）",
        "已完成。",
    ),
    (
        "外来人员进出校园登记不全，个别保安存在脱岗现象。",
        "安保办召集保安召开工作会议，严格执行来访登记、立岗和巡查制度，对脱岗保安进行批评教育。",
        "2024年7月5日",
        "已整改到位。",
    ),
    (
        "配电间缺少二氧化碳灭火器、沙桶及挡鼠板，门口有飞接网线。",
        "总务处配备二氧化碳灭火器4具、沙桶2个，联系维保单位安装挡鼠板，清理飞接网线。",
        "7月15日前",
        "灭火器、沙桶已配齐，网线已处理，挡鼠板正在安装。",
    ),
    (
        "教学楼二至五楼走廊内墙墙粉斑驳、大面积脱落。",
        "对走廊内墙进行全面修复，利用暑期施工。",
        "8月25日前",
        "维修请示已报市教育局，正在编制维修预算。",
    ),
    (
        "学生宿舍楼三楼两处应急照明灯损坏不亮。",
        "更换损坏的应急照明灯。",
        "2024年7月20日",
        "未整改。",
    ),
    (
        "食堂食品留样记录不完整，个别餐次未留样。",
        "明确专人每餐留样、登记，纳入行政值日检查内容。",
        "长期坚持",
        "长期坚持。",
    ),
    (
        "校园西侧围墙外杂草丛生，遮挡监控探头视线。",
        "安排后勤人员清除杂草，调整监控探头角度。",
        "2024年7月12日前",
        "",
    ),
]


def write_school(path: Path) -> Path:
    doc = _new_document("安保办")
    _title(doc, "濮阳市第三中学安全隐患整改报告")
    _paragraph(doc, "濮阳市教育局：")
    _paragraph(
        doc,
        "2024年7月3日，市教育局督查组对我校安全工作进行了“四不两直”现场督查，对督查中发现的安全隐患"
        "下发了整改通知书。学校安全工作领导小组召开专项会议，认真梳理问题隐患，逐项明确整改措施和时限。"
        "现将我校安全隐患整改工作汇报如下：",
    )
    for i, (hazard, measure, limit, done) in enumerate(SCHOOL_ITEMS, 1):
        _paragraph(doc, f"隐患{i}：{hazard}")
        _paragraph(doc, f"整改措施：{measure}")
        tail = f"整改时限：{limit}。"
        if done:
            tail += f"完成情况：{done}"
        _paragraph(doc, tail)
    _paragraph(doc, "下一步，学校将举一反三，持续开展隐患排查，确保校园安全。")
    _paragraph(doc, "濮阳市第三中学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 城市管理突出问题督导交办整改台账, after a city 住建局's account of its 城市管理突出问题整改督导组 on site
# (街区商铺和商贩 占道经营、窨井盖占用盲道、雨水箅塌陷、盲道断头、围墙破损; 现场交办, 明确问题整改单位;
# 坚持常态长效整治):
# https://zhujianju.zgqingyang.gov.cn/jsyw/bmdt/content_296676
# An .xlsx: title, 督导组 and 填报单位 lines, a two-row header with merged groups (督导发现问题 / 交办情况 /
# 整改责任 / 整改情况), the 督导人 (inspector) beside the 责任单位, 整改时限 partly in working days from the
# 交办日期, a 注 and signature lines.
CITY_ROWS = [
    (
        "胜利路与建设街交叉口",
        "沿街商铺店外经营，占道摆放货架",
        date(2024, 7, 2),
        "张建国",
        "市城管执法局",
        "立行立改",
        "已现场清理，恢复通行",
        "是",
    ),
    (
        "中原路北段人行道",
        "窨井盖占用盲道，盲人通行受阻",
        date(2024, 7, 2),
        "张建国",
        "市住建局",
        "15个工作日内",
        "已完成井盖位置核查，正在调整盲道走向",
        "否",
    ),
    (
        "京开大道与人民路口东北角",
        "雨水箅子塌陷，形成坑洞",
        date(2024, 7, 3),
        "李红梅",
        "华龙区住房和城乡建设局",
        "2024.7.10",
        "已更换雨水箅子并回填",
        "是",
    ),
    (
        "开州路东段",
        "盲道断头，未与过街设施衔接",
        date(2024, 7, 3),
        "李红梅",
        "市住房和城乡建设局",
        "8月底前",
        "改造方案已完成设计",
        "否",
    ),
    (
        "工业路第二小学南侧",
        "临街围墙破损开裂，存在倒塌风险",
        date(2024, 7, 4),
        "王卫东",
        "华龙区胜利路街道办事处",
        "7月15日前",
        "",
        "否",
    ),
    (
        "大庆路夜市",
        "流动商贩夜间占道经营，油烟扰民",
        date(2024, 7, 4),
        "王卫东",
        "市城市管理局",
        "长期坚持",
        "常态化巡查管控",
        "",
    ),
    (
        "绿城路公园北门",
        "共享单车乱停乱放，堵塞消防通道",
        date(2024, 7, 5),
        "张建国",
        "市城管局",
        "7个工作日内",
        "已清理车辆，约谈运营企业",
        "是",
    ),
    (
        "长庆路幸福小区东门外",
        "装修建筑垃圾乱堆乱放",
        date(2024, 7, 5),
        "李红梅",
        "市建委",
        "2024年7月20日",
        "正在清运",
        "否",
    ),
]


def write_city(path: Path) -> Path:
    b = Book(path, author="城管办")
    ws = b.sheet("督导交办")
    b.widths(ws, [6, 22, 30, 12, 10, 22, 14, 28, 10])
    b.line(ws, 0, "城区城市管理突出问题现场督导交办问题整改台账", 8, b.title)
    b.line(ws, 1, "督导组：市城市管理突出问题整改督导组    督导时间：2024年7月2日—7月5日", 8)
    b.line(ws, 2, "填报单位：濮阳市城市管理工作领导小组办公室    填报日期：2024年7月30日", 8)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "督导发现问题", b.head)
    b.merge(ws, 3, 3, 3, 4, "交办情况", b.head)
    b.merge(ws, 3, 5, 3, 6, "整改责任", b.head)
    b.merge(ws, 3, 7, 3, 8, "整改情况", b.head)
    b.header(
        ws,
        4,
        ["位置", "问题描述", "交办日期", "督导人", "责任单位", "整改时限", "整改进展", "是否办结"],
        first=1,
    )
    for i, row in enumerate(CITY_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(CITY_ROWS)
    b.line(ws, end, "注：“是否办结”栏填“是”或“否”；整改时限为工作日的，自交办之日起计算。", 8)
    b.line(ws, end + 1, "填表人：赵敏    审核人：孙志强    联系电话：0393-8910235", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 养老机构安全隐患排查整治问题整改台账 from two homes, after a district 民政局's account of its
# 全覆盖安全隐患排查整治 of the 养老机构 (消防安全、食品安全、用电用气安全、设施设备运行及应急预案;
# 现场提出整改意见, 立行立改, 建立台账跟踪督办):
# http://www.xxmyq.gov.cn/sitesources/myqzf/page_pc/zfxxgk/fdzdgknr/zdlyxxgk/ylfw/article31e140ba188e4d6f9f03396fbd84d1d6.html
# A .zip of two .xlsx returns on the template the 民政局 issued: title, 机构名称（盖章） and 检查日期 line,
# one header row whose rows name only the home's own 责任部门, a 跟踪督办情况 column, a 负责人 line.
HOME_RETURNS = [
    (
        "濮阳市社会福利院",
        "2024年7月9日",
        [
            (
                "消防安全",
                "二楼护理区防火门闭门器损坏，防火门无法自行关闭",
                "更换闭门器",
                "后勤保障部",
                "立行立改",
                "已更换闭门器",
                "已复查，合格",
            ),
            (
                "用电用气安全",
                "老人房间私拉电线为电动轮椅充电",
                "设置集中充电区，拆除私拉电线",
                "后勤保障部",
                "2024年7月31日前",
                "私拉电线已拆除，集中充电区正在施工",
                "",
            ),
            (
                "食品安全",
                "厨房冷藏柜生熟食品混放",
                "生熟分区存放，张贴标识",
                "膳食科",
                "2024年7月12日",
                "已整改",
                "",
            ),
            (
                "应急预案",
                "未开展夜间应急疏散演练",
                "每季度组织一次夜间疏散演练",
                "护理部",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "濮阳县康乐老年公寓",
        "2024年7月10日",
        [
            (
                "设施设备运行",
                "载人电梯定期检验报告已过有效期",
                "联系特种设备检验机构检验",
                "行政办公室",
                "2024年7月25日",
                "已预约检验机构，7月下旬进场检验",
                "",
            ),
            (
                "消防安全",
                "疏散通道堆放轮椅、床垫等杂物",
                "立即清理疏散通道",
                "行政办公室",
                "立行立改",
                "已清理",
                "已复查",
            ),
            (
                "用电用气安全",
                "厨房燃气报警器未与紧急切断阀联动",
                "加装联动切断装置",
                "后勤组",
                "2024年8月15日",
                "",
                "",
            ),
            (
                "设施设备运行",
                "老人居室卫生间未安装紧急呼叫装置",
                "每个卫生间加装紧急呼叫器",
                "护理组",
                "2024年9月30日前",
                "未启动",
                "",
            ),
        ],
    ),
]


def write_home_book(path: Path, home: str, day: str, rows: list[tuple]) -> Path:
    b = Book(path, author=home)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 34, 26, 12, 16, 28, 16])
    b.line(ws, 0, "养老机构安全隐患排查整治问题整改台账", 7, b.title)
    b.line(ws, 1, f"机构名称（盖章）：{home}    检查日期：{day}", 7)
    b.header(
        ws,
        2,
        ["序号", "检查类别", "存在问题", "整改意见", "责任部门", "整改时限", "整改情况", "跟踪督办情况"],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "机构负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_homes(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for home, day, rows in HOME_RETURNS:
            name = f"{home}安全隐患整改台账.xlsx"
            member = write_home_book(Path(tmp) / name, home, day, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 根治欠薪线索办理情况统计表, after a county 人社局's account of its 根治欠薪冬季专项行动
# (接收各类欠薪案件线索N件, 已办结N件, 办结率; 清理拖欠农民工工资N元; 领导包案、通报、约谈;
# 依托各级欠薪投诉平台受理):
# https://www.zzyxxw.com/Article/details?infoid=44851
# A CSV in GBK: title line, 填报单位 line, one header line, 办理时限 partly in working days from the 受理日期,
# a 合计 line and a 填表人 line.
WAGE_ROWS = [
    (
        "QX240701",
        "2024-07-01",
        "濮阳恒达建筑劳务有限公司",
        "拖欠新城家园项目农民工工资",
        "23",
        "186000",
        "市劳动局",
        "10个工作日内",
        "已办结，工资已足额支付",
    ),
    (
        "QX240703",
        "2024-07-03",
        "清丰县宏图装饰工程有限公司",
        "拖欠装修工人劳务费",
        "6",
        "42000",
        "清丰县人力资源和社会保障局",
        "10个工作日内",
        "核处中，已约谈企业负责人",
    ),
    (
        "QX240708",
        "2024-07-08",
        "濮阳市顺通物流有限公司",
        "拖欠装卸工6月份工资",
        "11",
        "35200",
        "市人社局",
        "2024-07-22",
        "已办结",
    ),
    (
        "QX240712",
        "2024-07-12",
        "南乐县金穗食品厂",
        "拖欠季节工计件工资",
        "15",
        "67500",
        "南乐县人力资源和社会保障局",
        "2024-07-26",
        "逾期未办结",
    ),
    (
        "QX240716",
        "2024-07-16",
        "河南中原路桥建设有限公司",
        "拖欠高速公路连接线项目农民工工资",
        "42",
        "528000",
        "市交通运输局",
        "15个工作日内",
        "已移交公安机关立案侦查",
    ),
    (
        "QX240722",
        "2024-07-22",
        "濮阳市华龙区美家家政服务部",
        "拖欠保洁员工资",
        "3",
        "9600",
        "华龙区人力资源和社会保障局",
        "2024-08-05",
        "",
    ),
    (
        "QX240725",
        "2024-07-25",
        "台前县兴旺建材有限公司",
        "拖欠搬运工工资",
        "8",
        "21000",
        "台前县人力资源和社会保障局",
        "2024-08-08",
        "正在核实欠薪人数和金额",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["根治欠薪线索办理情况统计表"])
    w.writerow(
        [
            "填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室",
            "",
            "",
            "",
            "",
            "统计时间：2024年7月1日—7月31日",
        ]
    )
    w.writerow(
        [
            "序号",
            "线索编号",
            "受理日期",
            "被反映单位",
            "反映问题",
            "涉及人数",
            "涉及金额（元）",
            "承办单位",
            "办理时限",
            "办理结果",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "108", "889300", "", "", "受理7件，办结2件"])
    w.writerow(["填表人：刘洋", "", "", "", "", "联系电话：0393-8992155"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 景区安全隐患排查整治问题清单, after a city 文旅局's joint check with the 市场监管局 and the 消防救援大队
# of its scenic areas (私设“景点”问题和安全隐患; 高风险旅游项目管理、消防巡查; 消防疏散通道、消防设施器材配备;
# 建立问题清单, 要求景区 限期整改; 办结一个、销号一个):
# http://m.teecrib.com/html/news/7/202209/t263274.html
# An .xls (xlwt): title, 牵头单位 line, a two-row header with 是否销号 split into 是 / 否 (ticks), the
# 检查单位 (inspector) beside the 责任单位, dates as text (2024.7.20), a 合计 row, a 注 and signature line.
SCENIC_ROWS = [
    (
        "戚城文物景区",
        "游客中心灭火器压力不足，未按期维保",
        "市消防救援支队",
        "濮阳市戚城文物景区管理处",
        "2024.7.20",
        "已更换灭火器8具",
        "√",
        "",
    ),
    (
        "龙湖景区",
        "游船码头救生衣配备数量不足",
        "市文广旅局",
        "濮阳龙湖旅游开发有限公司",
        "2024.7.25",
        "已补充救生衣60件，待复查",
        "",
        "√",
    ),
    (
        "单拐革命旧址",
        "展厅安全出口指示标志脱落",
        "市消防救援支队",
        "清丰县单拐革命旧址纪念馆",
        "2024.7.19",
        "已重新安装",
        "√",
        "",
    ),
    (
        "绿色庄园",
        "园内私设“网红打卡点”收费项目，未履行备案手续",
        "市文广旅局",
        "濮阳绿色庄园旅游发展有限公司",
        "2024.7.31",
        "已停止收费，打卡点设施正在拆除",
        "",
        "√",
    ),
    (
        "毛楼生态旅游区",
        "漂流项目临水危险区域缺少安全警示标识",
        "市文广旅局",
        "范县毛楼生态旅游区管理委员会",
        "2024.8.10",
        "",
        "",
        "√",
    ),
    (
        "全市A级旅游景区",
        "景区私设“景点”排查台账未建立",
        "市文广旅局",
        "市旅游局",
        "长期坚持",
        "常态化开展排查",
        "",
        "",
    ),
    (
        "张挥公园",
        "景区观光车座椅安全带无法正常使用",
        "市市场监管局",
        "濮阳市张挥公园管理处",
        "2024.7.18",
        "已更换安全带，复查合格",
        "√",
        "",
    ),
]


def write_scenic(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "全市旅游景区私设“景点”问题和安全隐患排查整治问题清单", t, 0, 8),
        (
            1,
            0,
            "牵头单位：濮阳市文化广电和旅游局    联合检查单位：市市场监督管理局、市消防救援支队    "
            "检查日期：2024年7月16日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "景区名称", "存在问题", "检查单位", "责任单位", "整改时限", "整改情况"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "是否销号", h, 2, 8), (3, 7, "是", h), (3, 8, "否", h)]
    for i, row in enumerate(SCENIC_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 7, 8) else c))
    r = 4 + len(SCENIC_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "发现问题7个，已销号3个", c, r, 8),
        (r + 1, 0, "注：问题整改完成并经复查合格后予以销号，办结一个、销号一个。", plain, r + 1, 8),
        (r + 2, 0, "填表人：吴静    联系电话：0393-4418762    2024年7月30日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("问题清单", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 重点单位消防安全检查火灾隐患整改台账, after a county 消防大队's check of its key units
# (消防安全管理制度、灭火和应急 疏散预案; 安全出口、疏散通道; 应急照明灯、疏散指示标志;
# 消防控制室值班人员持证上岗; 自动消防设施; 能当场改正的当场 整改,
# 不能当场整改的依法下发《责令限期改正通知书》):
# http://www.ycq.gov.cn/ztzl/xfaqxcjy/gzqk/201908/t20190823_2064165.html
# An .et (Excel 97 via LibreOffice): title, 检查单位 line, one header row with 检查日期, 处理方式及文书编号,
# 限期改正日期, 复查日期 (events) and 复查结果, the 检查人 (inspectors) in the last column, a signature line.
FIRE_ROWS = [
    (
        "濮阳市华联商厦有限公司",
        date(2024, 7, 8),
        "一层东侧安全出口被货架堵塞",
        "当场改正",
        "当场改正",
        "已当场清理货架",
        date(2024, 7, 8),
        "合格",
        "王磊、陈晨",
    ),
    (
        "濮阳金桥国际酒店有限公司",
        date(2024, 7, 8),
        "消防控制室值班人员未持证上岗",
        "责令限期改正（濮华消限字〔2024〕第0031号）",
        "2024年7月22日",
        "已安排2名持证人员值班",
        date(2024, 7, 23),
        "复查合格",
        "王磊、陈晨",
    ),
    (
        "濮阳市华龙区人民医院",
        date(2024, 7, 9),
        "自动喷水灭火系统末端试水装置压力不足",
        "责令限期改正（濮华消限字〔2024〕第0032号）",
        "2024年8月9日",
        "",
        None,
        "",
        "李娜、赵阳",
    ),
    (
        "濮阳市欢乐迪娱乐有限公司",
        date(2024, 7, 10),
        "包间疏散指示标志损坏、应急照明灯不亮",
        "责令限期改正（濮华消限字〔2024〕第0033号）",
        "2024年7月17日",
        "",
        date(2024, 7, 18),
        "逾期未改正",
        "李娜、赵阳",
    ),
    (
        "濮阳市第二实验小学",
        date(2024, 7, 10),
        "灭火和应急疏散预案多年未修订",
        "责令限期改正（濮华消限字〔2024〕第0034号）",
        "2024年7月24日",
        "已修订预案并组织演练",
        date(2024, 7, 24),
        "合格",
        "王磊、陈晨",
    ),
    (
        "濮阳万达广场商业管理有限公司",
        date(2024, 7, 11),
        "防火卷帘下方堆放促销商品",
        "当场改正",
        "当场改正",
        "已当场清理",
        date(2024, 7, 11),
        "合格",
        "李娜、赵阳",
    ),
    (
        "濮阳市盛世华庭物业服务有限公司",
        date(2024, 7, 12),
        "小区消防车通道被私家车长期占用",
        "责令限期改正（濮华消限字〔2024〕第0035号）",
        "2024年7月26日",
        "已施划禁停标线，挡车桩正在安装",
        None,
        "",
        "王磊、陈晨",
    ),
    (
        "濮阳市胜利路农贸市场服务中心",
        date(2024, 7, 12),
        "电动自行车在室内楼道停放充电",
        "责令限期改正（濮华消限字〔2024〕第0036号）",
        "2024年7月19日",
        "已清理楼道车辆，集中充电棚正在建设",
        None,
        "",
        "李娜、赵阳",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 26, 12, 32, 30, 16, 28, 12, 12, 12])
    b.line(ws, 0, "重点单位消防安全检查火灾隐患整改台账", 9, b.title)
    b.line(ws, 1, "检查单位：濮阳市消防救援支队华龙区大队    检查时间：2024年7月8日—7月12日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "检查日期",
            "火灾隐患",
            "处理方式及文书编号",
            "限期改正日期",
            "整改情况",
            "复查日期",
            "复查结果",
            "检查人",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FIRE_ROWS), "填表人：陈晨    审核人：王磊    2024年7月29日", 9)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "火灾隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 汛期水利工程隐患排查整治整改台账, after a province's 汛前隐患排查整治 plan (属地管理、分级负责;
# 全面自查排查、市级抽查 核实、省级明督暗访; 河道、水库、枢纽闸涵、水毁修复、值班值守等方面; 建立整改台账;
# 具备整改条件的汛前整改到位, 无法整改 到位的制定应急措施):
# http://hdzc.net/html/news/hb/2023_03/01/14280588.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row, section rows by 排查类别, a
# 整改措施及时限 schedule text holding the deadline, an 应急措施 column, a 说明 block and a 填表人 line.
FLOOD_SECTIONS = [
    (
        "一、河道",
        [
            (
                "金堤河",
                "濮阳县段堤防背水坡发现獾洞3处",
                "市级抽查",
                "7月10日前开挖回填，7月15日前完成验收",
                "濮阳县水利局",
                "已开挖回填并通过验收",
                "",
            ),
            (
                "马颊河",
                "清丰县马庄桥镇段河道内违规堆放秸秆",
                "全面自查",
                "立即清理，7月5日前清理完毕",
                "清丰县马庄桥镇人民政府",
                "已清理完毕",
                "",
            ),
        ],
    ),
    (
        "二、水库",
        [
            (
                "西湖调蓄水库",
                "溢洪道左岸边墙局部垮塌",
                "省级明督暗访",
                "7月底前完成应急加固，汛后实施除险加固，12月底前完工",
                "市水务局",
                "应急加固已完成，除险加固方案正在编制",
                "加强24小时巡查，备足块石、编织袋",
            ),
            (
                "张庄水库",
                "大坝迎水坡白蚁危害",
                "全面自查",
                "8月15日前完成白蚁灭治",
                "范县水利局",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "三、枢纽闸涵",
        [
            (
                "南小堤引黄闸",
                "启闭机钢丝绳锈蚀断丝",
                "市级抽查",
                "7月20日前更换钢丝绳",
                "市水利局",
                "已更换钢丝绳，试运行正常",
                "",
            ),
            (
                "第三濮清南干渠节制闸",
                "闸门橡胶止水老化漏水",
                "全面自查",
                "7月15日前采购止水材料，7月31日前完成更换",
                "市水利局",
                "止水材料已到货，正在安装",
                "",
            ),
        ],
    ),
    (
        "四、水毁修复",
        [
            (
                "金堤河台前县段",
                "2023年汛期水毁右岸护坡尚未修复",
                "全面自查",
                "9月底前完成修复",
                "台前县水利局",
                "",
                "",
            ),
        ],
    ),
    (
        "五、值班值守",
        [
            (
                "全市小型水库",
                "部分小型水库巡查人员值班记录不全",
                "省级明督暗访",
                "长期坚持",
                "市水利局",
                "长期坚持，纳入日常考核",
                "",
            ),
        ],
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="运管科")
    ws = b.sheet("台账")
    b.widths(ws, [6, 18, 30, 14, 34, 18, 28, 26])
    b.line(ws, 0, "2024年汛期水利工程隐患排查整治整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（盖章）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "工程名称", "隐患问题", "发现方式", "整改措施及时限", "责任单位", "整改进展", "应急措施"],
    )
    r, n = 3, 0
    for section, rows in FLOOD_SECTIONS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "说明：1. 隐患问题按河道、水库、枢纽闸涵、水毁修复、值班值守分类填报；", 7)
    b.line(ws, r + 2, "2. 汛前无法整改到位的，须填写应急措施。", 7)
    b.line(ws, r + 3, "填表人：郭伟    联系电话：0393-4412670", 7)
    return b.close()


def write_flood(path: Path) -> Path:
    via_soffice(write_flood_book, path, "ods", "汛期水利工程隐患排查整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 电梯安全专项检查隐患闭环管理台账, after a county 市场监管局 station's 电梯安全专项检查
# (居民住宅、商场超市; 日常管理、 检验检测、运行、维护保养; 对存在的安全隐患落实“闭环管理”;
# 使用单位安全主体责任):
# https://www.cqn.com.cn/zj/content/2023-12/28/content_9014580.htm
# An .xlsx: title, 检查单位 line, one header row with the 使用单位 as the unit, 检查日期 (event), 整改期限 as
# text (2024.7.15), a 闭环情况 column, the 检查人员 beside, a 注 and a signature line.
LIFT_ROWS = [
    (
        "濮阳市建业物业服务有限公司",
        "建业壹号城3号楼1单元",
        date(2024, 7, 3),
        "电梯轿厢应急照明失效",
        "2024.7.10",
        "已维修",
        "已复查，已闭环",
        "杨帆、周强",
    ),
    (
        "濮阳市丹尼斯百货有限公司",
        "丹尼斯商场东侧自动扶梯",
        date(2024, 7, 3),
        "自动扶梯梳齿板断齿2处",
        "2024.7.12",
        "已更换梳齿板",
        "已闭环",
        "杨帆、周强",
    ),
    (
        "濮阳市万象物业管理有限公司",
        "龙城花园8号楼",
        date(2024, 7, 4),
        "维保记录与实际维保不符，存在漏保",
        "2024.7.25",
        "已约谈维保单位，正在补做维保",
        "未闭环",
        "杨帆、周强",
    ),
    (
        "濮阳市妇幼保健院",
        "门诊楼2号电梯",
        date(2024, 7, 4),
        "电梯定期检验超期未检",
        "2024.7.31",
        "未整改",
        "未闭环",
        "刘涛、孙悦",
    ),
    (
        "濮阳万家福超市有限公司",
        "超市后场载货电梯",
        date(2024, 7, 5),
        "电梯安全管理员未取得相应资格证书",
        "2024.8.15",
        "",
        "",
        "刘涛、孙悦",
    ),
    (
        "濮阳市开元大厦物业管理中心",
        "开元大厦A座",
        date(2024, 7, 5),
        "轿厢内困人应急救援电话无人接听",
        "立即整改",
        "已整改，经测试接通正常",
        "已闭环",
        "刘涛、孙悦",
    ),
    (
        "濮阳恒泰物业服务有限公司",
        "恒泰御景园5号楼",
        date(2024, 7, 8),
        "电梯井道底坑渗水",
        "8月底前",
        "已完成排水改造设计，正在施工",
        "未闭环",
        "杨帆、周强",
    ),
]


def write_lift(path: Path) -> Path:
    b = Book(path, author="胜利路所")
    ws = b.sheet("闭环台账")
    b.widths(ws, [6, 28, 24, 12, 32, 12, 30, 14, 12])
    b.line(ws, 0, "电梯安全专项检查隐患闭环管理台账", 8, b.title)
    b.line(ws, 1, "检查单位：濮阳市市场监督管理局华龙分局胜利路市场监管所    填报时间：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "使用单位",
            "安装地点",
            "检查日期",
            "检查发现隐患",
            "整改期限",
            "整改情况",
            "闭环情况",
            "检查人员",
        ],
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 4 + len(LIFT_ROWS)
    b.line(ws, end, "注：整改完成并经监管所复查确认的，闭环情况填“已闭环”。", 8)
    b.line(ws, end + 1, "检查人员签字：                所长签字：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 道路运输行业执法检查发现问题整改情况的报告, after a city 运管's account of its 道路运输行业执法检查
# (货运企业是否按许可 经营、证照车辆年检年审、管理制度;
# 汽车客运站设施设备、“三不进站、六不出站”、安全管理制度、收费; 专项活动; 针对查出的 问题要求立即整改,
# 一时难以治理的开具限期整改通知书):
# http://che.qc188.com/news/201311/66018.html
# A .doc (Word 97 via LibreOffice): title, addressee, preamble, one table with section rows (一、货运企业 …)
# merged across, the office and date at the foot.
ROAD_SECTIONS = [
    (
        "一、货运企业",
        [
            (
                "濮阳市通达货物运输有限公司",
                "3辆营运货车未按期进行年度审验",
                "限期完成年审",
                "濮阳市通达货物运输有限公司",
                "2024年7月20日",
                "已完成年审",
            ),
            (
                "濮阳市安顺危险货物运输有限公司",
                "动态监控平台未安排专人值守",
                "落实专人24小时监控",
                "濮阳市安顺危险货物运输有限公司",
                "2024年7月5日",
                "已整改",
            ),
            (
                "清丰县鑫源物流有限公司",
                "未建立驾驶员安全教育培训台账",
                "完善安全管理制度，建立培训台账",
                "清丰县鑫源物流有限公司",
                "7月31日前",
                "正在完善安全管理制度",
            ),
            (
                "南乐县顺风物流有限公司",
                "2名驾驶员从业资格证过期仍从事营运",
                "停止其营运资格，限期换证",
                "南乐县顺风物流有限公司",
                "2024年7月10日",
                "未整改",
            ),
        ],
    ),
    (
        "二、汽车客运站",
        [
            (
                "濮阳市汽车客运总站",
                "行包安检仪故障，“三不进站、六不出站”制度执行不到位",
                "更换安检设备，严格执行进出站检查",
                "濮阳市汽车客运总站",
                "2024年8月31日",
                "已完成设备采购招标",
            ),
            (
                "濮阳县汽车站",
                "候车厅灭火器过期失效",
                "立即更换",
                "濮阳县汽车站",
                "2024年7月8日",
                "已更换",
            ),
            (
                "范县汽车站",
                "售票厅未公示票价及收费标准",
                "按规定公示收费项目和标准",
                "范县汽车站",
                "2024年7月12日",
                "",
            ),
        ],
    ),
    (
        "三、专项活动开展情况",
        [
            (
                "各县区运管所",
                "“打非治违”专项行动工作台账不完整",
                "完善台账，按月报送",
                "市交通局",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def _road_table(doc):
    header = ["序号", "检查对象", "存在问题", "整改要求", "责任单位", "整改期限", "整改情况"]
    rows = sum(1 + len(items) for _, items in ROAD_SECTIONS)
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for section, items in ROAD_SECTIONS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, section, 10.5, bold=True)
        r += 1
        for item in items:
            n += 1
            for c, v in enumerate([str(n), *item]):
                _cell_text(table.cell(r, c), v, 10.5)
            r += 1
    return table


def write_road_docx(path: Path) -> Path:
    doc = _new_document("运政科")
    _title(doc, "关于全市道路运输行业执法检查发现问题整改情况的报告")
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "按照《关于开展全市道路运输行业执法检查工作的通知》要求，7月1日至7月12日，我所派出运政执法人员对全市"
        "货运企业、汽车客运站及专项活动开展情况进行了检查。针对查出的问题，能立即整改的要求立即整改，一时难以"
        "整改的开具了限期整改通知书。现将整改情况报告如下：",
    )
    _road_table(doc)
    _paragraph(doc, "下一步，我所将对整改情况开展“回头看”，对逾期未整改的企业依法处理。")
    _paragraph(doc, "濮阳市道路运输管理所", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_road(path: Path) -> Path:
    return via_soffice(write_road_docx, path, "doc", "道路运输行业执法检查整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 集中整治形式主义官僚主义督查发现问题整改情况表, after a 驻市委宣传部纪检监察组's 专项督查 of its
# supervised units (不打招呼、不下通知、不听汇报、直奔现场; 5大方面20个问题; 访谈单位领导, 走访干部职工,
# 查阅资料台账; 督促被监督单位 对照检查、立行立改):
# https://www.wfdyf.com/content/2019/05/07/6418450.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with 被监督单位, 问题类别, 发现方式 and a
# 合计 row, signature lines. Former unit names (市文广新局) stand beside current ones.
STYLE_ROWS = [
    (
        "市文广新局",
        "文山会海",
        "以会议贯彻会议，一项工作多次召开部署会",
        "查阅资料台账",
        "精简会议，合并同类会议",
        "2024年7月15日",
        "已整改",
    ),
    (
        "濮阳市融媒体中心",
        "督查检查考核过多过频",
        "要求基层采编站点重复报送同类报表",
        "走访干部职工",
        "清理报表，建立统一报送平台",
        "8月底前",
        "正在推进，已清理报表12类",
    ),
    (
        "市文化广电和旅游局",
        "服务群众不实",
        "政务服务窗口一次性告知执行不到位",
        "暗访",
        "规范窗口服务，开展业务培训",
        "2024年7月12日前",
        "已完成",
    ),
    (
        "濮阳日报社",
        "调查研究不深不实",
        "年度调研报告照搬照抄往年材料",
        "查阅资料台账",
        "重新组织专题调研",
        "2024年9月30日前",
        "未启动",
    ),
    (
        "濮阳市社会科学界联合会",
        "履职尽责不到位",
        "课题经费报销审批流程不规范",
        "查阅资料台账",
        "修订课题经费管理办法",
        "2024年7月31日",
        "",
    ),
    (
        "市文广新局",
        "文风会风不正",
        "印发文件篇幅冗长，“穿靴戴帽”现象突出",
        "查阅资料台账",
        "严格执行公文篇幅要求",
        "长期坚持",
        "长期坚持",
    ),
    (
        "濮阳市融媒体中心",
        "担当作为不够",
        "对群众反映的新闻线索回应不及时",
        "访谈单位领导",
        "建立线索办理台账，限时回复",
        "2024年7月20日",
        "台账已建立，限时回复机制正在试运行",
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("纪检监察组")
    _title(doc, "集中整治形式主义官僚主义督查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：中共濮阳市纪委监委派驻市委宣传部纪检监察组    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(STYLE_ROWS, 1)]
    body.append(["合计", "", "", "发现问题7个，已整改2个", "", "", "", ""])
    _table(
        doc,
        ["序号", "被监督单位", "问题类别", "发现问题", "发现方式", "整改措施", "整改时限", "整改情况"],
        body,
        9,
    )
    _paragraph(doc, "组长：刘芳    填表人：郑凯    联系电话：0393-8182406", 12)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "形式主义官僚主义督查整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 11. 医疗卫生领域突出问题整改任务进展情况, after a county 卫生健康局's 整改任务销号公示 with its 附件
# 具体整改情况表 (one table per task: 整改任务 / 责任单位 / 整改目标 / 整改措施 / 完成情况;
# 医疗废物转运不及时; 建立问题清单, 明确整改时限、 责任单位和责任人; 医疗废物智慧监管; 公示期, 电话, 邮箱):
# http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=29052&websiteid=915
# A .docx: title, 公示 preamble with contacts, 附件 line, then one two-column field table per task (a card),
# the office and date at the foot.
MED_CARDS = [
    (
        "医疗废物转运不及时，部分医疗机构暂存超过48小时",
        "市卫计委",
        "确保医疗废物及时清运",
        "建立问题清单，逐一明确整改时限和责任人；督促处置单位加密转运频次。",
        "2024年6月30日",
        "已完成整改，并通过验收，拟按程序实施销号。",
    ),
    (
        "部分乡镇卫生院医疗污水处理设施运行不正常",
        "濮阳县卫生健康委员会",
        "医疗污水达标排放",
        "逐院检修污水处理设备，落实专人运行维护。",
        "2024年9月底前",
        "已完成12家卫生院设备检修，其余5家正在维修。",
    ),
    (
        "部分民营医院医疗废物分类收集不规范",
        "市卫生健康委",
        "医疗废物分类收集规范率100%",
        "开展医疗废物规范化管理培训，组织专项检查。",
        "2024年7月15日",
        "已完成整改，经复查合格。",
    ),
    (
        "村卫生室医疗废物交接登记缺失",
        "清丰县卫生健康委员会",
        "交接登记全覆盖",
        "统一印制交接登记本，乡镇卫生院定期检查。",
        "2024年8月31日",
        "尚未开展。",
    ),
    (
        "医疗废物智慧监管平台数据上传不全",
        "市卫生局",
        "全流程可追溯、闭环管理",
        "对医疗废物采集、核交、入库、出库实施全流程监管，按月通报上传情况。",
        "长期坚持",
        "长期坚持，按月通报。",
    ),
    (
        "二级以上医院污水在线监测设备未联网",
        "市生态环境局",
        "在线监测数据实时联网",
        "督促医院完成设备联网调试。",
        "2024年8月20日",
        "",
    ),
    (
        "医疗废物集中处置中心处置能力不足",
        "市发改委",
        "满足全市医疗废物处置需求",
        "实施处置中心扩建项目。",
        "2024年12月31日",
        "扩建项目已完成立项，正在开展环评。",
    ),
]


def write_med(path: Path) -> Path:
    doc = _new_document("医政医管科")
    _title(doc, "关于医疗卫生领域突出问题整改任务进展情况的公示")
    _paragraph(
        doc,
        "根据整改工作办法有关要求，现将医疗卫生领域突出问题整改任务进展情况予以公示，公示期为2024年7月25日至"
        "2024年8月1日。如有异议，请通过电话或电子邮箱形式反馈。",
    )
    _paragraph(doc, "电话：0393-8116920")
    _paragraph(doc, "邮箱：pywjwyzk@126.com")
    _paragraph(doc, "附件：具体整改情况表", 16, "黑体")
    labels = ["整改任务", "责任单位", "整改目标", "整改措施", "整改时限", "完成情况"]
    for i, card in enumerate(MED_CARDS, 1):
        _paragraph(doc, f"具体整改情况表（{i}）", 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
        table = doc.add_table(rows=len(labels), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(zip(labels, card, strict=True)):
            _cell_text(table.cell(r, 0), label, 12, bold=True)
            _cell_text(table.cell(r, 1), value, 12)
    _paragraph(doc, "濮阳市卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("濮阳市第三中学安全隐患整改报告.docx", write_school),
    ("城区城市管理突出问题督导交办整改台账.xlsx", write_city),
    ("养老机构安全隐患排查整治台账（两家机构）.zip", write_homes),
    ("根治欠薪线索办理情况统计表（7月）.csv", write_wage),
    ("景区安全隐患排查整治问题清单.xls", write_scenic),
    ("重点单位消防安全检查火灾隐患整改台账.et", write_fire),
    ("2024年汛期水利工程隐患排查整治台账.ods", write_flood),
    ("电梯安全专项检查隐患闭环管理台账.xlsx", write_lift),
    ("关于全市道路运输行业执法检查发现问题整改情况的报告.doc", write_road),
    ("集中整治形式主义官僚主义督查发现问题整改情况表.wps", write_style),
    ("医疗卫生领域突出问题整改任务进展情况公示.docx", write_med),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

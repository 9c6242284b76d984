"""Write the aside291 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 教育督导（中小学、幼儿园）, 卫生健康（医院、疾控、卫生院）, 民政与养老服务.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside291.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 义务教育均衡发展督导评估反馈问题整改复查, after a city 教育局's account of its 督导室 rechecking three counties
# against the province's 《义务教育均衡发展督导评估反馈意见》 (逐项逐校查看整改落实情况, 实地察看抽查学校的办学条件,
# 要求于10月15日前全部整改到位):
# http://jyj.linyi.gov.cn/info/1312/4817.htm
# An .xlsx: title, 复查单位/复查时间 line, a two-row header (县级整改情况 over 整改措施/完成情况, 市级复查情况 over
# 复查结论/复查人), the school beside an explicit 整改责任单位 (county bureaus, a former and a short city name), the
# 复查结论 as the closure verdict, a 说明 line and a signature line.
BALANCE_ROWS = [
    (
        "华龙区",
        "华龙区昆吾小学",
        "大班额问题突出，五、六年级共4个班超过56人",
        "华龙区教育局",
        "2024年8月31日",
        "秋季学期分流至新建中原路学校",
        "分流方案已制定，新校舍正在验收",
        "整改推进中",
        "刘建华",
    ),
    (
        "华龙区",
        "华龙区孟轲乡中心小学",
        "新建教学楼用地规划许可未办理，项目无法开工",
        "市规划局",
        "2024年9月30日",
        "协调办理建设用地规划许可",
        "用地已纳入国土空间规划，许可正在办理",
        "整改推进中",
        "刘建华",
    ),
    (
        "华龙区",
        "华龙区第五中学",
        "校门口无交通警示标志和减速带，上下学时段车辆拥堵",
        "市交警支队",
        "2024年7月15日",
        "施划斑马线、设置警示标志和减速带",
        "已完成施划和设置",
        "已整改到位",
        "王秀梅",
    ),
    (
        "华龙区",
        "华龙区胜利路小学",
        "生均公用经费未按标准足额拨付，差额12.6万元",
        "华龙区财政局",
        "2024年6月30日",
        "补拨差额经费",
        "已补拨12.6万元",
        "已整改到位",
        "王秀梅",
    ),
    (
        "清丰县",
        "清丰县柳格镇初级中学",
        "音乐、美术专任教师缺3人，音乐课由语文教师兼任",
        "清丰县人力资源和社会保障局",
        "2024年8月底前",
        "纳入2024年特岗教师招聘计划",
        "招聘公告已发布，笔试已结束",
        "整改推进中",
        "孙立新",
    ),
    (
        "清丰县",
        "清丰县韩村镇中心小学",
        "教学用计算机生机比不达标，现有计算机多为2012年配备",
        "清丰县教育局",
        "2024年12月31日",
        "更新学生用计算机60台",
        "采购计划已报县财政局",
        "",
        "",
    ),
    (
        "清丰县",
        "清丰县实验中学",
        "学校食堂未实现“明厨亮灶”，后厨无视频监控",
        "清丰县市场监管局",
        "2024年7月20日",
        "安装后厨视频监控并接入监管平台",
        "已安装",
        "已整改到位",
        "孙立新",
    ),
    (
        "清丰县",
        "清丰县阳邵乡中心小学",
        "校内C级危房1栋（原办公楼）未拆除，未设置隔离警示",
        "清丰县住房和城乡建设局",
        "2024年9月30日",
        "拆除危房，拆除前设置隔离围挡",
        "",
        "未整改",
        "孙立新",
    ),
]


def write_balance(path: Path) -> Path:
    b = Book(path, author="市政府教育督导室")
    ws = b.sheet("复查情况")
    b.widths(ws, [6, 8, 20, 40, 18, 16, 26, 26, 12, 8])
    b.line(ws, 0, "县域义务教育优质均衡发展督导评估反馈问题整改情况复查表", 9, b.title)
    b.line(ws, 1, "复查单位：濮阳市人民政府教育督导室    复查时间：2024年7月22日至7月26日", 9)
    for c, word in enumerate(["序号", "县（区）", "学校", "反馈问题", "整改责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "县级整改情况", b.head)
    b.header(ws, 3, ["整改措施", "完成情况"], first=6)
    b.merge(ws, 2, 8, 2, 9, "市级复查情况", b.head)
    b.header(ws, 3, ["复查结论", "复查人"], first=8)
    for i, row in enumerate(BALANCE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BALANCE_ROWS)
    b.line(
        ws,
        end,
        "说明：复查结论分“已整改到位”“整改推进中”“未整改”三类，复查人为市级督学；未复查的事项复查结论暂空。",
        9,
    )
    b.line(ws, end + 1, "复查组组长：赵文博    填表人：郑晓燕    联系电话：0393-8991627    2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 幼儿园安全隐患专项排查及整改工作报告, after a published kindergarten report template (报告名称、报告部门：幼儿园安全
# 工作领导小组、报告日期、报送对象：上级主管部门、幼儿园园长室; 前言, 安全隐患排查基本情况, 梳理排查中发现的主要问题,
# 提出针对性整改措施，明确责任与时限):
# http://www.boteman.cn/paper/508407954.html
# A .docx: the four header lines, 一、前言, 二、排查基本情况 (the 排查 date the 立行立改 item counts from), 三、the problems as
# numbered paragraphs with 责任部门 (the kindergarten's own 组/室), 整改时限 and progress in sentences, 四、下一步工作, the
# group and date at the foot. All items belong to the kindergarten.
KG_REPORT_PARAS = [
    (
        "（一）中班楼一楼走廊3具干粉灭火器压力不足，已失效。整改措施：后勤保障组逐具检查全园灭火器，失效的立即"
        "更换，立行立改。整改情况：排查当日已全部更换，并建立灭火器月检记录。"
    ),
    (
        "（二）二楼走廊及楼梯口应急疏散指示标志不清晰，部分指示灯不亮。整改措施：后勤保障组更换疏散指示标志和"
        "应急照明灯，完成时限为7月31日前。整改情况：已完成更换，经园安全领导小组检查合格。"
    ),
    (
        "（三）食堂食品留样不足48小时，留样记录填写不全。整改措施：保健室会同食堂每日检查留样及记录，纳入"
        "食堂人员考核，长期坚持。"
    ),
    (
        "（四）户外大型滑梯底部缓冲垫破损，存在幼儿摔伤风险。整改措施：后勤保障组更换缓冲垫并加装防护围挡，"
        "8月15日前完成。整改情况：新缓冲垫已采购到货，利用暑期安装。"
    ),
    (
        "（五）门卫室一键报警装置未与公安机关联网。整改措施：安保组协调安装联网报警装置，2024年8月底前完成。"
        "目前尚未启动。"
    ),
    (
        "（六）部分教职工未参加急救培训，应急处置能力不足。整改措施：园办公室组织全体教职工分批参加急救培训，"
        "第三季度内完成。整改情况：已完成两批次培训共26人，剩余一批正在联系培训机构。"
    ),
    (
        "（七）幼儿午睡室窗户未安装限位器。整改措施：后勤保障组为全部午睡室窗户加装限位器，完成时限2024年"
        "7月20日。"
    ),
]


def write_kg_report(path: Path) -> Path:
    doc = _new_document("安全工作领导小组")
    _title(doc, "濮阳市华龙区第二实验幼儿园安全隐患专项排查及整改工作报告", 20)
    for line in [
        "报告名称：濮阳市华龙区第二实验幼儿园安全隐患专项排查及整改工作报告",
        "报告部门：幼儿园安全工作领导小组",
        "报告日期：2024年7月24日",
        "报送对象：华龙区教育局、幼儿园园长室",
    ]:
        _paragraph(doc, line, 14)
    _paragraph(doc, "一、前言", 16, "黑体")
    _paragraph(
        doc,
        "为切实保障在园幼儿的生命安全与身心健康，我园安全工作领导小组组织开展了全园范围内的安全隐患大排查，"
        "梳理排查中发现的主要问题，提出针对性整改措施，明确责任与时限。现将有关情况报告如下。",
    )
    _paragraph(doc, "二、安全隐患排查基本情况", 16, "黑体")
    _paragraph(
        doc,
        "本次排查于2024年7月15日进行，由园长牵头，安全工作领导小组成员分工协作，通过实地查看、资料查阅、"
        "教职工访谈等方式，覆盖园舍设施、消防安全、食品卫生、保教活动、安防管理等环节，共发现问题7个。"
        "标明“立行立改”的问题自排查当日起整改。",
    )
    _paragraph(doc, "三、排查发现的主要问题及整改措施", 16, "黑体")
    for text in KG_REPORT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "四、下一步工作", 16, "黑体")
    _paragraph(doc, "我园将坚持每日巡查、每周自查、节假日前全面排查，对整改情况跟踪问效，确保隐患动态清零。")
    _paragraph(doc, "濮阳市华龙区第二实验幼儿园安全工作领导小组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 幼儿园安全隐患排查及整改记录表 (two returns in one zip), after a published kindergarten record table (系统记录
# 安全隐患排查过程、具体问题、整改措施、责任分工及完成情况，实现从发现到整改的全流程闭环管理，为教育主管部门监管检查
# 提供材料):
# http://www.boteman.cn/paper/492808316.html
# A .zip holding an .xlsx from one kindergarten (排查日期 as the base of 立行立改, 责任分工 naming staff, a 完成日期
# column as the only progress signal besides a 备注) and a .docx from another (基本信息 lines, a table with ticks under
# 是否完成整改 是/否 and a 备注 column).
CITY_KG_ROWS = [
    (
        date(2024, 7, 8),
        "户外活动场",
        "塑胶地面两处鼓包开裂，幼儿奔跑易绊倒",
        "局部铣刨重铺",
        "后勤主任 王丽",
        "2024年7月31日",
        date(2024, 7, 26),
        "",
    ),
    (
        date(2024, 7, 8),
        "小二班活动室",
        "墙面插座未安装防触电保护盖",
        "全园插座加装保护盖",
        "电工 刘强",
        "立行立改",
        date(2024, 7, 8),
        "",
    ),
    (
        date(2024, 7, 10),
        "食堂",
        "液化气钢瓶与灶具同室存放，未安装可燃气体报警器",
        "设置独立气瓶间，安装可燃气体报警器",
        "食堂负责人 李红",
        "2024年8月20日",
        None,
        "气瓶间正在施工",
    ),
    (
        date(2024, 7, 10),
        "大门口",
        "接送时段门前无交通警示标志，家长车辆随意停放",
        "协调设置警示标志和临时停车区",
        "园长 张敏",
        "2024年9月30日",
        None,
        "",
    ),
]
COUNTY_KG_ROWS = [
    (
        "楼梯",
        "二楼楼梯扶手竖杆间隙约15厘米，幼儿头部可能卡入",
        "加密竖杆",
        "后勤 陈刚",
        "2024年7月20日",
        "是",
        "",
    ),
    (
        "保健室",
        "餐具消毒柜故障，消毒记录缺失一周",
        "维修消毒柜，补全消毒记录",
        "保健医 周静",
        "7月15日",
        "是",
        "",
    ),
    (
        "西侧围墙",
        "西侧围墙局部倾斜，墙体有裂缝",
        "拆除重建",
        "后勤 陈刚",
        "2024年10月31日",
        "否",
        "已完成预算编制，待招标",
    ),
    ("监控室", "监控录像存储不足30天", "扩容存储硬盘", "保安 马军", "年底前", "否", ""),
]


def write_city_kg_book(path: Path) -> Path:
    b = Book(path, author="城关镇中心幼儿园")
    ws = b.sheet("排查整改记录")
    b.widths(ws, [6, 12, 14, 36, 28, 16, 14, 12, 20])
    b.line(ws, 0, "濮阳县城关镇中心幼儿园安全隐患排查及整改记录表", 8, b.title)
    b.line(ws, 1, "单位：濮阳县城关镇中心幼儿园    记录时段：2024年7月    园长：张敏", 8)
    b.header(
        ws,
        2,
        ["序号", "排查日期", "排查区域", "隐患描述", "整改措施", "责任分工", "整改时限", "完成日期", "备注"],
    )
    for i, row in enumerate(CITY_KG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CITY_KG_ROWS)
    b.line(ws, end, "注：“立行立改”自排查当日起整改；完成日期由责任人填写，园长验收签字。", 8)
    b.line(ws, end + 1, "记录人：王丽    验收人：张敏", 8)
    return b.close()


def write_county_kg_docx(path: Path) -> Path:
    doc = _new_document("清丰县实验幼儿园")
    _title(doc, "清丰县实验幼儿园安全隐患排查及整改记录表", 18)
    _paragraph(doc, "排查时间：2024年7月9日    排查人员：园安全领导小组（组长：韩雪）", 12)
    _paragraph(doc, "整改结果截至：2024年7月30日", 12)
    table = doc.add_table(rows=2 + len(COUNTY_KG_ROWS), cols=9)
    table.style = "Table Grid"
    heads = ["序号", "隐患部位", "存在问题", "整改措施", "责任人", "完成时限"]
    for c, word in enumerate(heads):
        merged = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(merged, word, 10.5, bold=True)
    top = table.cell(0, 6).merge(table.cell(0, 7))
    _cell_text(top, "是否完成整改", 10.5, bold=True)
    _cell_text(table.cell(1, 6), "是", 10.5, bold=True)
    _cell_text(table.cell(1, 7), "否", 10.5, bold=True)
    note = table.cell(0, 8).merge(table.cell(1, 8))
    _cell_text(note, "备注", 10.5, bold=True)
    for r, (part, problem, measure, person, limit, done, remark) in enumerate(COUNTY_KG_ROWS, start=2):
        values = [str(r - 1), part, problem, measure, person, limit]
        values += ["√" if done == "是" else "", "√" if done == "否" else "", remark]
        for c, v in enumerate(values):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "记录人：韩雪    园长签字：", 12)
    return _save_fixed(doc, path)


def write_kg_zip(path: Path) -> Path:
    members = [
        ("濮阳县城关镇中心幼儿园安全隐患排查及整改记录表.xlsx", write_city_kg_book),
        ("清丰县实验幼儿园安全隐患排查及整改记录表.docx", write_county_kg_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 卫生健康系统安全生产大检查问题隐患整改台账, after a city 卫生健康委's 节前安全生产大检查 (组建6个检查组，由主任及
# 分管领导带队; 按照“一查、二看、三听、四反馈、五整改”方式对直属医疗卫生机构消防安全、危化品、燃气安全、配电室管理、
# 既有建筑进行全覆盖检查，现场下达限期整改通知书):
# http://damyunjae.com/doc/2023/11/12/1195487.html
# An .xls (xlwt): title, 检查时间/检查方式 line, one header row with the 检查组 (inspector) and the 通知书下达日期 the
# 立即整改 and N日内 deadlines count from, 检查类别, a 是否销号 column beside 整改落实情况, a 注 line and a signature line.
SAFETY_ROWS = [
    (
        "第一组",
        "濮阳市人民医院",
        "消防安全",
        "住院部B区5楼消防通道堆放杂物，常闭式防火门处于开启状态",
        "2024.7.8",
        "立即整改",
        "已清理杂物，防火门恢复常闭",
        "是",
    ),
    (
        "第一组",
        "濮阳市中医医院",
        "配电室管理",
        "配电室未配备绝缘垫和绝缘手套，值班记录不全",
        "2024.7.8",
        "15日内",
        "已配齐防护用品，补全值班记录",
        "是",
    ),
    (
        "第二组",
        "濮阳市妇幼保健院",
        "燃气安全",
        "职工食堂燃气管道未安装紧急切断阀",
        "2024.7.9",
        "2024年8月10日",
        "已委托燃气公司施工，正在安装",
        "否",
    ),
    (
        "第二组",
        "濮阳市疾病预防控制中心",
        "危化品",
        "实验室易制毒化学品未实行双人双锁管理，出入库台账不全",
        "2024.7.9",
        "立即整改",
        "已落实双人双锁，台账已补齐",
        "是",
    ),
    (
        "第三组",
        "濮阳市安阳地区医院",
        "既有建筑",
        "门诊楼外墙瓷砖局部空鼓脱落，未设置警戒区",
        "2024.7.10",
        "7月底前",
        "",
        "",
    ),
    (
        "第三组",
        "濮阳市第三人民医院",
        "消防安全",
        "封闭病区防火门闭门器损坏2处",
        "2024.7.11",
        "10日内",
        "未整改",
        "否",
    ),
    (
        "第四组",
        "濮阳市中心血站",
        "配电室管理",
        "备用发电机未定期试机，无试机记录",
        "2024.7.12",
        "长期坚持",
        "已建立每月试机制度，长期坚持",
        "",
    ),
    (
        "第四组",
        "濮阳市紧急医疗救援中心",
        "消防安全",
        "消防控制室值班人员2人未取得消防设施操作员证书",
        "2024.7.12",
        "2024年9月30日",
        "2人已报名9月份职业技能鉴定",
        "否",
    ),
]


def write_safety(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市卫生健康系统安全生产大检查问题隐患整改台账", t, 0, 8),
        (
            1,
            0,
            "检查时间：2024年7月8日至12日    检查方式：一查、二看、三听、四反馈、五整改    填报日期：2024年7月30日",
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "检查组",
        "被检查单位",
        "检查类别",
        "问题隐患",
        "通知书下达日期",
        "整改期限",
        "整改落实情况",
        "是否销号",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(SAFETY_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 5, 6, 8) else c))
    r = 3 + len(SAFETY_ROWS)
    cells += [
        (
            r,
            0,
            "注：“立即整改”及“N日内”均自限期整改通知书下达之日起计算；整改完成并经检查组复核的予以销号。",
            plain,
            r,
            8,
        ),
        (
            r + 1,
            0,
            "填报单位：濮阳市卫生健康委员会（规划发展与安全生产科）    填表人：贾红梅    电话：0393-4410763",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("安全生产大检查", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 医院审计整改结果公告, after a district 人民医院's 关于精神专科病区审计整改结果的公告 (根据审计局竣工决算审计报告，
# 对照审计发现问题逐条整改: “1.多计建安投资…问题。整改情况：已核减…”; 采纳审计建议、制定或修订规章制度; 截至某月底
# 已完成整改合计N项):
# https://nj3yy.com/go-a995.htm
# A .doc (Word 97 via LibreOffice): title, preamble, the problems as numbered paragraphs each followed by its 整改情况
# (责任科室 named inside the hospital), two with a planned date, one 长期坚持, a closing count, the hospital and date.
AUDIT_PARAS = [
    ("1.多计建安投资126.48万元问题。", "整改情况：已核减多计的工程建安投资126.48万元（责任科室：基建科）。"),
    ("2.多计待摊投资3.2万元问题。", "整改情况：已核减多计的待摊投资3.2万元（责任科室：财务科）。"),
    (
        "3.医疗设备采购未严格进行集体决策，重大经济事项标准不明确问题。",
        "整改情况：已于2024年5月修订《“三重一大”事项集体决策制度》，明确重大经济事项标准，"
        "设备采购一律提交院长办公会集体研究（责任科室：院办公室、设备科）。",
    ),
    (
        "4.门急诊综合楼工程勘察服务采购未进行公开招标问题。",
        "整改情况：已组织班子成员和相关科室学习《工程建设项目招标范围和规模标准规定》，"
        "修订《基本建设项目管理办法》，今后严格执行招标程序（责任科室：基建科）。整改完成。",
    ),
    (
        "5.工程变更签证手续不全，3项设计变更未经监理单位签字确认问题。",
        "整改情况：正在会同监理单位补办变更签证手续，计划于2024年8月31日前完成（责任科室：基建科）。",
    ),
    (
        "6.未按合同约定扣留工程质量保证金问题。",
        "整改情况：已与施工单位协商扣回方式，整改期限为2024年年底前（责任科室：财务科）。",
    ),
    (
        "7.工程竣工资料未及时移交医院档案室问题。",
        "整改情况：建立工程档案随工移交制度，长期坚持（责任科室：档案室）。",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("院办公室")
    _title(doc, "濮阳县人民医院关于门急诊综合楼建设项目竣工决算审计整改结果的公告", 20)
    _paragraph(
        doc,
        "根据濮阳县审计局《濮阳县人民医院门急诊综合楼建设项目竣工决算审计报告》，我院对照审计发现问题，"
        "全面认真落实整改，现将整改结果公告如下：",
    )
    for problem, done in AUDIT_PARAS:
        _paragraph(doc, problem)
        _paragraph(doc, done)
    _paragraph(
        doc,
        "对我院门急诊综合楼建设项目审计发现问题7项，采纳审计建议5条，制定或修订规章制度3项。截至2024年7月底，"
        "已完成整改4项，正在整改2项，需长期坚持1项。",
    )
    _paragraph(doc, "濮阳县人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "人民医院审计整改结果公告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 乡镇卫生院财务收支审计发现问题整改台账, after a county 审计局's 审计结果公告 on a 乡镇卫生院's 财务收支 (扩大范围
# 列支费用4800元、支出手续不完善列支物业管理费22500元无服务合同、应计未计固定资产2498元; 涉及单位正在整改，整改完毕
# 后自行公告):
# https://oospecies.com/2024/01-02/632732.html
# An .xlsx: title, 填报单位/金额单位 line, a line with the 审计报告送达 date (the base of 立行立改), one header row with
# 问题类别, 涉及金额 and 已整改金额, units as 卫生院 full names, a 合计 row of the money, a signature line.
CLINIC_ROWS = [
    (
        "范县濮城镇卫生院",
        "扩大范围列支费用，现金垫支贫困户居民医保款15人4800元",
        "财务管理",
        4800,
        "收回垫支款项",
        "2024年8月31日",
        "已收回3200元，剩余正在追缴",
        3200,
    ),
    (
        "范县濮城镇卫生院",
        "支出手续不完善，列支物业管理费22500元无服务合同",
        "财务管理",
        22500,
        "补签物业服务合同",
        "2024年7月15日",
        "已补签服务合同",
        "",
    ),
    (
        "范县王楼镇卫生院",
        "应计未计固定资产2498元（核酸采集用手机）",
        "国有资产管理",
        2498,
        "补登固定资产账",
        "立行立改",
        "已补登入账",
        2498,
    ),
    (
        "范县辛庄镇卫生院",
        "药品耗材账实不符，盘亏1.36万元",
        "国有资产管理",
        13600,
        "查明原因，落实责任",
        "2024年9月30日",
        "正在逐批清查",
        "",
    ),
    (
        "范县杨集乡卫生院",
        "超标准发放绩效工资5.8万元",
        "财务管理",
        58000,
        "收回超发部分",
        "2024年10月31日",
        "未整改",
        0,
    ),
    (
        "范县龙王庄镇卫生院",
        "医疗收费票据管理不规范，作废票据未全联保存",
        "财务管理",
        "",
        "规范票据领用核销",
        "长期坚持",
        "按月核销，常态化推进",
        "",
    ),
    (
        "范县颜村铺乡卫生院",
        "公务接待无公函、无接待清单，涉及3650元",
        "财务管理",
        3650,
        "补齐手续，无法补齐的由经办人退回",
        "2024年7月31日",
        "",
        "",
    ),
]


def write_clinic(path: Path) -> Path:
    b = Book(path, author="财务审计科")
    ws = b.sheet("整改台账")
    money = b.book.add_format({"border": 1, "num_format": "#,##0", "valign": "vcenter"})
    b.widths(ws, [6, 20, 40, 12, 12, 22, 14, 26, 12])
    b.line(ws, 0, "2023年度乡镇卫生院财务收支审计发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：范县卫生健康委员会（盖章）    金额单位：元    填报日期：2024年7月29日", 8)
    b.line(ws, 2, "审计报告送达日期：2024年6月20日（“立行立改”事项自送达之日起整改）", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "被审计单位",
            "审计发现问题",
            "问题类别",
            "涉及金额",
            "整改要求",
            "整改期限",
            "整改情况",
            "已整改金额",
        ],
    )
    for i, row in enumerate(CLINIC_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c in (4, 8) and v != "" else None)
    end = 4 + len(CLINIC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, f"共{len(CLINIC_ROWS)}个问题", b.cell)
    b.put(ws, end, 4, sum(r[3] for r in CLINIC_ROWS if r[3] != ""), money)
    for c in range(5, 8):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 8, sum(r[7] for r in CLINIC_ROWS if r[7] != ""), money)
    b.line(ws, end + 2, "审核人：闫春生    填表人：常丽娟    联系电话：0393-5221840", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 养老机构消防安全专项检查隐患整改“回头看”, after a district 民政局's joint check with the 消防救援大队 (部分养老
# 机构存在消防设备设施损坏、无疏散指示标志、逃生窗锁死、自动报警停用、喷淋无压、消防栓无水等安全隐患; 责令立即整改;
# 对整改情况进行“回头看”，整改不到位、无效果的将进行停业整顿):
# http://www.ahcaijing.com/html/2022/suzhou_0114/285286.html
# A CSV in GBK: a title line, a line stating who checked and that 立即整改 counts from the 检查日期, one header line with
# the 街道 beside the 养老机构 (the unit), 整改要求 as 立即整改 / N日内 / a date / 长期坚持, the 回头看 result and the
# 处理意见, a 合计 line.
FIRE_ROWS = [
    (
        "濮阳市华龙区康乐老年公寓",
        "中原路街道",
        "2024-07-02",
        "部分灭火器压力不足，消防设备设施损坏",
        "立即整改",
        "已更换灭火器12具，复查合格",
        "",
    ),
    (
        "濮阳市福寿园养老服务有限公司",
        "建设路街道",
        "2024-07-02",
        "无疏散指示标志，应急照明灯损坏",
        "15日内",
        "已安装疏散指示标志和应急照明",
        "",
    ),
    (
        "濮阳市华龙区夕阳红养老院",
        "人民路街道",
        "2024-07-03",
        "二楼逃生窗被防盗网锁死",
        "立即整改",
        "整改不到位，防盗网仍未开设逃生口",
        "停业整顿",
    ),
    (
        "濮阳惠民医养中心",
        "黄河路街道",
        "2024-07-03",
        "火灾自动报警系统停用",
        "30日内",
        "已联系维保单位检修，正在调试",
        "",
    ),
    (
        "华龙区岳村镇敬老院",
        "岳村镇",
        "2024-07-03",
        "自动喷水灭火系统无压，稳压泵损坏",
        "2024年8月15日前",
        "稳压泵已采购，待安装",
        "",
    ),
    (
        "华龙区胜利路街道社区养老服务中心",
        "胜利路街道",
        "2024-07-04",
        "室内消火栓无水",
        "立即整改",
        "",
        "",
    ),
    (
        "濮阳市佰佳养老服务有限公司",
        "大庆路街道",
        "2024-07-04",
        "员工不会使用灭火器，未组织消防演练",
        "每季度演练，长期坚持",
        "长期坚持",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区养老机构消防安全专项检查隐患整改“回头看”情况表"])
    w.writerow(
        [
            "检查单位：华龙区民政局、华龙区消防救援大队；“立即整改”“N日内”自检查日期起计算；回头看时间：2024年7月25日"
        ]
    )
    w.writerow(
        [
            "序号",
            "养老机构名称",
            "所在街道（乡镇）",
            "检查日期",
            "发现隐患",
            "整改要求",
            "回头看情况",
            "处理意见",
        ]
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", f"共{len(FIRE_ROWS)}处隐患", "", "已整改2处", "停业整顿1家"])
    w.writerow(["填表人：焦亚楠", "", "", "填报日期：2024年7月26日", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 民政对象巡查发现问题整改情况表, after a county 民政局's account of its 民政对象定期巡查 (局分管领导带队组成4个巡查组，
# 对村、社区的低保、特困、临时救助、优抚对象、高龄老人、孤儿、困境儿童等8类民政对象进行巡查; 巡查出低保对象核定不准、
# 低保保障额度偏低、民政对象死亡未及时上报、散居五保户居住环境差、临时救助优亲厚友、困境儿童保障不力及村务公开不规范
# 等问题):
# https://dyxrmt.cn/article-29752-1.html
# An .xlsx: title, 填报单位/巡查时间 line, a two-row header (巡查地点 over 乡镇/村（社区）, 是否整改到位 over 是/否 with
# ticks), the 巡查组 (inspector) column, 整改责任单位 as 乡镇人民政府 or the bureau's own 股室, 备注 with progress
# sentences, a 注 line and a signature line.
PATROL_ROWS = [
    (
        "第一组",
        "韩村镇",
        "前店村",
        "低保对象核定不准，1户家庭有经营性货车仍享受低保",
        "低保",
        "韩村镇人民政府",
        "2024年6月30日",
        "是",
        "已停发低保并追回保障金",
    ),
    (
        "第一组",
        "韩村镇",
        "南街村",
        "低保保障额度偏低，2名重度残疾人未按规定单人户施保",
        "低保",
        "韩村镇人民政府",
        "2024年7月31日",
        "否",
        "已入户核查，待县局审批",
    ),
    (
        "第二组",
        "柳格镇",
        "柳格村",
        "民政对象死亡后未及时上报，2名特困人员死亡后仍发放供养金",
        "特困供养",
        "柳格镇人民政府",
        "7月15日前",
        "是",
        "已追回供养金2160元",
    ),
    (
        "第二组",
        "马庄桥镇",
        "西张村",
        "散居特困人员居住环境差，房屋漏雨",
        "特困供养",
        "马庄桥镇人民政府",
        "6月底前",
        "否",
        "",
    ),
    (
        "第三组",
        "仙庄镇",
        "仙庄村",
        "临时救助审批优亲厚友，村干部近亲属一年内获救助2次",
        "临时救助",
        "仙庄镇人民政府",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "第三组",
        "阳邵乡",
        "阳邵社区",
        "困境儿童基本生活费发放不及时，4月、5月延迟发放",
        "儿童福利",
        "儿童福利股",
        "2024年7月10日",
        "是",
        "",
    ),
    (
        "第四组",
        "古城乡",
        "孙庄村",
        "村务公开不规范，低保名单未按季度张榜公示",
        "村务公开",
        "古城乡人民政府",
        "长期坚持",
        "",
        "每季度公示，长期坚持",
    ),
    (
        "第四组",
        "大流乡",
        "大流村",
        "高龄津贴申领信息未及时录入系统，3名老人漏发",
        "高龄津贴",
        "养老服务股",
        "2024年8月15日",
        "否",
        "已补录2人，1人户籍信息待核实",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="社会救助股")
    ws = b.sheet("巡查整改")
    b.widths(ws, [6, 8, 10, 10, 40, 10, 16, 14, 6, 6, 26])
    b.line(ws, 0, "2024年上半年民政对象巡查发现问题整改情况表", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县民政局（盖章）    巡查时间：2024年6月3日至6月14日    巡查对象：8类民政对象420户",
        10,
    )
    for c, word in enumerate(["序号", "巡查组"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "巡查地点", b.head)
    b.header(ws, 3, ["乡镇", "村（社区）"], first=2)
    for c, word in [(4, "发现问题"), (5, "问题类别"), (6, "整改责任单位"), (7, "整改时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, (group, town, village, problem, kind, unit, limit, done, remark) in enumerate(PATROL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [group, town, village, problem, kind, unit, limit], first=1)
        b.put(ws, r, 8, "√" if done == "是" else "", b.center)
        b.put(ws, r, 9, "√" if done == "否" else "", b.center)
        b.put(ws, r, 10, remark)
    end = 4 + len(PATROL_ROWS)
    b.line(ws, end, "注：整改责任单位中的“儿童福利股”“养老服务股”为县民政局内设股室。", 10)
    b.line(
        ws,
        end + 1,
        "审核人：任志刚    填表人：魏晓丽    联系电话：0393-7221508    填报日期：2024年7月26日",
        10,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 养老机构消防审验问题处置工作进展台账, after a province's 养老机构消防审验问题处置工作现场推进会 (未取得消防审验手续
# 的养老机构全部完成排查甄别，实施整改工程或计划关停; 9月底前实现问题“清零”; 对完成整改且符合安全标准的养老机构
# 研究会商，完善联合审验和登记备案手续; 不符合整改条件的坚决关停，妥善做好老年人分流安置):
# http://xinyite.cn/news/news-dongtai/9482.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 床位数 and 处置方式, the 县民政局 as 责任单位 (and 市民政局 for the city's own), deadlines as a schedule text
# / 9月底前 / 年底前 / dates, a 联合审验（备案）情况 column beside 工作进展, a 合计 row of beds, a signature line.
APPROVAL_ROWS = [
    (
        "濮阳县",
        "濮阳县文留镇敬老院",
        120,
        "建筑未取得消防验收手续，疏散楼梯数量不足",
        "实施整改工程",
        "濮阳县民政局",
        "7月底前完成整改工程，9月底前完成联合审验",
        "整改工程已完工",
        "待会商",
    ),
    (
        "南乐县",
        "南乐县福康老年公寓",
        45,
        "利用厂房改建，建筑耐火等级不达标，不具备整改条件",
        "关停分流",
        "南乐县民政局",
        "2024年8月31日",
        "已分流安置老人38人，剩余7人正在协调",
        "—",
    ),
    (
        "台前县",
        "台前县社会福利中心",
        200,
        "消防设计未备案，部分房间未设置自动喷水灭火系统",
        "实施整改工程",
        "台前县民政局",
        "2024年6月30日",
        "已完成整改",
        "7月12日通过联合审验并备案",
    ),
    (
        "华龙区",
        "濮阳市华龙区颐康养老院",
        60,
        "未设置自动喷水灭火系统和火灾自动报警系统",
        "实施整改工程",
        "华龙区民政局",
        "9月底前",
        "未启动",
        "",
    ),
    (
        "清丰县",
        "清丰县仙庄镇敬老院",
        80,
        "厨房与老人居室之间未进行防火分隔",
        "实施整改工程",
        "清丰县民政局",
        "2024年7月15日",
        "已完成防火分隔施工",
        "已通过联合审验",
    ),
    (
        "范县",
        "范县濮城镇敬老院",
        90,
        "因历史原因消防审验手续缺失",
        "实施整改工程",
        "范县民政局",
        "年底前",
        "",
        "",
    ),
    (
        "市直",
        "濮阳市社会福利院",
        300,
        "老年公寓楼消防控制室设备老化，联动功能失效",
        "实施整改工程",
        "市民政局",
        "2024年10月31日",
        "设备采购已完成招标，正在安装",
        "",
    ),
]


def write_approval_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("处置进展")
    b.widths(ws, [6, 8, 22, 8, 36, 14, 14, 26, 26, 22])
    b.line(ws, 0, "全市养老机构消防审验问题处置工作进展台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局（养老服务科）    统计截至：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "养老机构名称",
            "床位数",
            "存在问题",
            "处置方式",
            "责任单位",
            "完成时限",
            "工作进展",
            "联合审验（备案）情况",
        ],
    )
    for i, row in enumerate(APPROVAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(APPROVAL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, f"{len(APPROVAL_ROWS)}家", b.cell)
    b.put(ws, end, 3, sum(r[2] for r in APPROVAL_ROWS), b.cell)
    for c in range(4, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 2, "科室负责人：田茂林    填表人：方雨晴    联系电话：0393-8998235", 9)
    return b.close()


def write_approval(path: Path) -> Path:
    return via_soffice(write_approval_book, path, "xls", "养老机构消防审验问题处置台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 养老服务场所安全隐患排查整治情况, after a city's 养老服务场所安全隐患排查整治 (范围包括养老机构、社区日间照料中心
# （农村幸福院）、社区助老大食堂等; 证照不全且不具备补办条件的一律依法取缔终止服务; 达不到要求的立即责令暂停服务进行
# 整改，经属地政府有关部门验收合格后方可恢复运营; 使用不合格或淘汰消防产品、燃气用具线路不符合标准的责令限期改正):
# http://m.3l9m6z.cn/content/2015-01/15/content_10871267.htm
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, a preamble stating the 交办 date all limits count from
# (working days across the 端午 holiday), a table with 场所类型 and 处置意见 beside the 整改责任单位 (operators and
# 乡镇人民政府), an 验收情况 column, a closing note and the bureau and date at the foot.
PLACE_ROWS = [
    (
        "南乐县康馨养老院",
        "养老机构",
        "违规在仓库内设置员工集体宿舍",
        "责令限期改正",
        "南乐县康馨养老院",
        "2024年7月20日",
        "已拆除宿舍，验收合格",
    ),
    (
        "韩张镇日间照料中心",
        "社区日间照料中心",
        "电器线路私拉乱接，不符合消防技术标准",
        "责令暂停服务进行整改",
        "韩张镇人民政府",
        "2024年8月10日",
        "线路正在改造，暂未恢复运营",
    ),
    (
        "元村镇孙村农村幸福院",
        "农村幸福院",
        "使用国家明令淘汰的消防产品（旧式酸碱灭火器）",
        "责令限期改正",
        "元村镇人民政府",
        "10个工作日内",
        "已全部更换，验收合格",
    ),
    (
        "福堪镇助老大食堂",
        "社区助老大食堂",
        "燃气灶具软管老化，未安装燃气泄漏报警装置",
        "责令限期改正",
        "福堪镇人民政府",
        "5个工作日内",
        "软管已更换，报警装置正在安装",
    ),
    (
        "南乐县颐年养老服务有限公司",
        "养老机构",
        "相关证照不全，且不具备补办条件",
        "依法取缔终止服务",
        "谷金楼镇人民政府",
        "2024年6月底前",
        "已终止服务，入住老人已妥善分流",
    ),
    (
        "千口镇日间照料中心",
        "社区日间照料中心",
        "疏散通道堆放杂物，安全出口上锁",
        "立行立改",
        "千口镇人民政府",
        "立行立改",
        "",
    ),
    (
        "南乐县社会福利中心",
        "养老机构",
        "消防控制室值班人员未持证上岗",
        "责令限期改正",
        "南乐县社会福利中心",
        "年底前",
        "未整改",
    ),
]


def write_places_docx(path: Path) -> Path:
    doc = _new_document("南乐县民政局")
    _title(doc, "南乐县养老服务场所安全隐患排查整治情况表", 18)
    _paragraph(
        doc,
        "按照全县养老服务场所安全隐患排查整治工作部署，排查整治范围包括全县养老机构、社区日间照料中心（农村"
        "幸福院）、社区助老大食堂等养老服务场所。排查发现的问题于2024年6月5日交办各责任单位，表中“立行立改”"
        "“N个工作日内”均自交办之日起计算。现将整治情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PLACE_ROWS, 1)]
    _table(
        doc,
        ["序号", "场所名称", "场所类型", "存在问题", "处置意见", "整改责任单位", "整改时限", "验收情况"],
        body,
    )
    _paragraph(doc, "暂停服务整改的场所，经属地政府有关部门验收合格后方可恢复运营。", 14)
    _paragraph(doc, "南乐县民政局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_places(path: Path) -> Path:
    return via_soffice(write_places_docx, path, "doc", "养老服务场所安全隐患排查整治情况表.docx")


FILES = [
    ("县域义务教育优质均衡发展督导评估反馈问题整改情况复查表.xlsx", write_balance),
    ("华龙区第二实验幼儿园安全隐患专项排查及整改工作报告.docx", write_kg_report),
    ("幼儿园安全隐患排查及整改记录表（城关镇中心幼儿园、清丰县实验幼儿园）.zip", write_kg_zip),
    ("卫生健康系统安全生产大检查问题隐患整改台账.xls", write_safety),
    ("濮阳县人民医院门急诊综合楼竣工决算审计整改结果公告.doc", write_audit),
    ("2023年度乡镇卫生院财务收支审计发现问题整改台账.xlsx", write_clinic),
    ("华龙区养老机构消防安全专项检查隐患整改回头看情况表.csv", write_fire),
    ("2024年上半年民政对象巡查发现问题整改情况表.xlsx", write_patrol),
    ("全市养老机构消防审验问题处置工作进展台账.et", write_approval),
    ("南乐县养老服务场所安全隐患排查整治情况表.wps", write_places),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

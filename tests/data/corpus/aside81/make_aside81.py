"""Write the aside81 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip
of two returns. Campaigns: 燃气, 代表建议, 12345 工单, 政协提案, 耕地保护, 重点项目, 防汛, 校园安全, 营商环境,
政务服务. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside81.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 小餐饮场所燃气安全检查表（一户一档）, after a 经开区's 小餐饮场所检查表 (办事处(街道)、村(社区)、单位名称、负责人、
# 检查人、详细地址 above a 序 / 检查内容 / 存在问题 grid: 瓶装液化气、气瓶与灶具连接软管、燃气泄漏报警装置、灭火器 …):
# https://m.1wenmi.com/doc/719957.html
# A .zip of two .xlsx returns (one shop each, from two 街道): the shop named only in the 单位名称 line, 检查人 beside it,
# one header row with the checklist wording, rows with 存在问题 “无” (not items), a signature line.
GAS_FORMS = [
    (
        "华龙区胜利路街道办事处",
        "建设路社区",
        "华龙区胜利路老街坊家常菜馆",
        "王振海",
        "李卫东、陈晓燕",
        "胜利路与建设路交叉口东50米",
        [
            (
                "液化石油气钢瓶二维码标识及充装信息",
                "2个钢瓶无二维码标识，无法追溯充装信息",
                "立即整改",
                "已更换合规钢瓶，复查合格",
            ),
            ("用气场所气瓶数量及存放位置", "无", "", ""),
            (
                "气瓶与灶具连接软管",
                "灶具连接软管长约3米且中间有接口",
                "2024.7.20",
                "正在整改，已订购不锈钢波纹管",
            ),
            ("厨房通风及排烟设施", "无", "", ""),
            ("燃气泄漏安全保护装置", "厨房未安装燃气泄漏报警和自动切断装置", "7月底前", "未整改"),
            ("灭火器配置", "灭火器压力不足1具，未配备灭火毯", "2024.7.25", ""),
        ],
    ),
    (
        "华龙区开州路街道办事处",
        "石化路社区",
        "华龙区开州路老地方烧烤店",
        "赵红军",
        "孙建华",
        "开州路中段石化路口西侧",
        [
            (
                "住宅楼及地下空间用气",
                "烧烤店设在住宅楼底层仍使用瓶装液化气",
                "2024年8月15日前",
                "已联系燃气公司申请改用管道天然气",
            ),
            ("用气场所气瓶数量及存放位置", "用餐区存放备用液化气钢瓶3个", "立即整改", "已清出用餐区"),
            ("气瓶与灶具间距", "无", "", ""),
            ("电气线路敷设", "厨房内私拉乱接电线，插座靠近灶台", "2024.7.22", "未整改"),
            ("厨房油烟管道清洗", "油烟管道油污积存，超过三个月未清洗", "7月底前", "正在联系清洗公司"),
        ],
    ),
]
GAS_DAY = "2024年7月16日"


def write_gas_book(path: Path, form: tuple) -> Path:
    office, community, shop, boss, inspectors, address, rows = form
    b = Book(path, author=office)
    ws = b.sheet("检查表")
    b.widths(ws, [6, 30, 36, 16, 30])
    b.line(ws, 0, "经开区小餐饮场所检查表", 4, b.title)
    b.line(ws, 1, f"办事处（街道）：{office}    村（社区）：{community}", 4)
    b.line(ws, 2, f"单位名称：{shop}    负责人：{boss}    检查人：{inspectors}", 4)
    b.line(ws, 3, f"详细地址：{address}    检查日期：{GAS_DAY}", 4)
    b.header(ws, 4, ["序", "检查内容", "存在问题", "整改期限", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(rows)
    b.line(ws, end + 1, "注：整改期限写“立即整改”的，自检查之日起立即整改。", 4)
    b.line(ws, end + 2, "被检查单位负责人（签字）：            检查人（签字）：", 4)
    return b.close()


def write_gas(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for form in GAS_FORMS:
            name = f"小餐饮场所检查表（{form[2]}）.xlsx"
            member = write_gas_book(Path(tmp) / name, form)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 2. 代表建议办理情况, after a city's yearbook account of the 代表建议 of its 人大 session (交市政府、市中级法院、市检察院
# 办理; 召开交办会, 归口办理; 得到解决 / 正在解决或纳入规划 / 暂不能解决; 10月底前逐一向代表反馈):
# http://yueyang.gov.cn/yysqw/43332/43335/44292/47078/47137/content_1284618.html
# A .docx: title, 交办 paragraph, one table with the 领衔代表 beside the 承办单位, a 注 and the office with its date.
NPC_ROWS = [
    (
        "第12号",
        "关于增设公交线路延伸至高铁濮阳东站的建议",
        "王建国",
        "市公交公司",
        "已解决，新开通K18路，已书面答复代表",
        "10月底前",
    ),
    (
        "第19号",
        "关于加快老旧小区雨污分流改造的建议",
        "李红梅等5名代表",
        "市住建局",
        "正在解决，已纳入2024年改造计划，9月开工",
        "10月底前",
    ),
    (
        "第27号",
        "关于规范涉企行政执法检查频次的建议",
        "赵志强",
        "市司法局",
        "已答复代表，代表表示满意",
        "2024年8月31日前",
    ),
    ("第33号", "关于加大农村寄宿制学校投入的建议", "孙丽", "市教育局", "", "10月底前"),
    (
        "第41号",
        "关于推进执行案款及时发放的建议",
        "刘洋",
        "濮阳市中级人民法院",
        "正在办理，已召开专题会研究",
        "10月底前",
    ),
    (
        "第48号",
        "关于加强未成年人检察保护的建议",
        "陈静等3名代表",
        "濮阳市人民检察院",
        "已办结，已书面答复代表",
        "2024年7月31日前",
    ),
    ("第56号", "关于在城区增设公共充电桩的建议", "周凯", "市供电公司", "尚未启动", "10月底前"),
]


def write_npc(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "市八届人大三次会议代表建议办理情况汇总表")
    _paragraph(
        doc,
        "市八届人大三次会议期间代表提出的建议、批评和意见，经市人大常委会交市人民政府、市中级人民法院、"
        "市人民检察院办理。市政府召开交办会，按照分级负责、归口办理的原则落实到承办单位，"
        "要求于10月底前将办理情况逐一向代表反馈。现将截至2024年7月底的办理情况汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(NPC_ROWS, 1)]
    _table(doc, ["序号", "建议号", "建议内容", "领衔代表", "承办单位", "办理情况", "反馈时限"], body)
    _paragraph(doc, "注：“领衔代表”为提出建议的代表，办理责任由承办单位负责。", 12)
    _paragraph(doc, "市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 12345公众服务热线转办工单办理情况, after a city 热线办's quarterly 运行情况通报 (市民诉求: 投诉、求助、咨询;
# 责任单位承办工单, 办结率, 按期办结率, 急办工单; 回访, 满意率; 责任单位考核等级):
# http://yueyang.gov.cn/hdjl/21871/21891/content_882775.html
# A CSV in GBK: title line, one header line, 办理时限 in (working) days from the 受理时间, a 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "GD2024070301",
        "2024-07-03",
        "投诉",
        "小区门口路灯连续一周不亮",
        "市城管局",
        "5个工作日",
        "已办结",
        "满意",
    ),
    (
        "GD2024070802",
        "2024-07-08",
        "求助",
        "长庆路自来水管爆裂路面积水",
        "市自来水公司",
        "3个工作日",
        "已反馈",
        "满意",
    ),
    (
        "GD2024071003",
        "2024-07-10",
        "投诉",
        "学校门口早晚高峰车辆乱停乱放",
        "市交警支队",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "GD2024071504",
        "2024-07-15",
        "投诉",
        "物业公司擅自提高小区停车收费",
        "市房管局",
        "15日内",
        "逾期未办",
        "",
    ),
    (
        "GD2024071805",
        "2024-07-18",
        "咨询",
        "灵活就业人员医保缴费标准",
        "市医保局",
        "3个工作日",
        "已办结",
        "基本满意",
    ),
    ("GD2024072206", "2024-07-22", "投诉", "夜间渣土车抛洒滴漏污染路面", "市城市管理局", "5个工作日", "", ""),
    (
        "GD2024072507",
        "2024-07-25",
        "求助",
        "农贸市场周边下水道堵塞返臭",
        "华龙区胜利路街道办事处",
        "10个工作日",
        "正在办理，已安排吸污车疏通",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份12345公众服务热线转办工单办理情况"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "责任单位",
            "办理时限",
            "办理状态",
            "回访结果",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "转办7件，按期办结3件", "", "", "", ""])
    w.writerow(["注：办理时限自受理之日起计算，工作日按国家法定工作日计。", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 政协提案办理情况, after a city's report to its 政协常委会 on the 提案 the government offices handled (均已办结并答复
# 提案者; 已经解决或基本解决 / 部分解决或列入计划逐步解决 / 尚不能解决 / 留作参考; 收回反馈意见表, 满意或基本满意):
# http://news.cnnb.com.cn/system/2012/03/21/007270281.shtml
# An .ods (LibreOffice conversion): title, 填报 line, two header rows (承办单位 over 主办/会办, 办理情况 over
# 办理进度/办复时间), one row whose 办理进度 is blank but whose 办复时间 is filled, a 说明 line and the office.
CPPCC_ROWS = [
    (
        "第15号",
        "关于加快城区公共停车场建设的提案",
        "民建市委",
        "市城管局",
        "市自然资源和规划局",
        "已办复（已经解决或基本解决）",
        date(2024, 6, 20),
        "2024年6月30日前",
        "满意",
    ),
    (
        "第23号",
        "关于提升农村饮水安全保障水平的提案",
        "张卫东",
        "市水务局",
        "市卫健委",
        "正在办理",
        None,
        "8月底前",
        "",
    ),
    (
        "第31号",
        "关于发展银发经济完善社区养老服务的提案",
        "农工党市委",
        "市民政局",
        "市卫生健康委员会",
        "正在办理，已与提案者面商",
        None,
        "8月底前",
        "",
    ),
    (
        "第40号",
        "关于优化企业用电报装流程的提案",
        "李明",
        "市发改委",
        "国网濮阳供电公司",
        "已办复（已经解决或基本解决）",
        date(2024, 7, 15),
        "2024.7.31",
        "满意",
    ),
    (
        "第52号",
        "关于加强中小学心理健康教育的提案",
        "王芳",
        "市教育局",
        "市卫健委",
        "尚未办理",
        None,
        "2024年6月30日前",
        "",
    ),
    (
        "第66号",
        "关于保护利用历史文化街区的提案",
        "民盟市委",
        "市文广新局",
        "市住建局",
        "",
        date(2024, 7, 26),
        "2024年7月31日前",
        "基本满意",
    ),
    (
        "第71号",
        "关于规范共享电单车停放管理的提案",
        "赵磊",
        "市交警支队",
        "市城市管理局",
        "正在办理",
        None,
        "9月底前",
        "",
    ),
]


def write_cppcc_book(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("提案办理")
    b.widths(ws, [8, 34, 12, 16, 18, 26, 12, 16, 10])
    b.line(ws, 0, "市政协十届三次会议提案办理情况表", 8, b.title)
    b.line(ws, 1, "填报单位：市人民政府督查室    截至日期：2024年7月30日", 8)
    for c, word in ((0, "提案号"), (1, "案由"), (2, "提案者"), (7, "办复时限"), (8, "提案者意见")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "承办单位", b.head)
    b.merge(ws, 2, 5, 2, 6, "办理情况", b.head)
    b.header(ws, 3, ["主办", "会办", "办理进度", "办复时间"], first=3)
    for i, row in enumerate(CPPCC_ROWS):
        b.row(ws, 4 + i, list(row))
    end = 4 + len(CPPCC_ROWS)
    b.line(ws, end + 1, "说明：“提案者”为提出提案的委员或党派团体；办理责任以主办单位为准，会办单位配合。", 8)
    b.line(ws, end + 2, "市人民政府督查室    2024年7月30日", 8, b.right)
    return b.close()


def write_cppcc(path: Path) -> Path:
    via_soffice(write_cppcc_book, path, "ods", "政协提案办理情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 卫片执法疑似违法图斑整改销号台账, after a 乡's 工作简报 on 农村乱占耕地建房 (省级下发“月卫片”疑似违法图斑, 现场核实,
# 整改销号; 历史遗留的耕地破坏复垦整改, 违章建筑依法拆除; “十个一律”):
# http://www.fanwenw.com/content/2933e733.html
# An .xlsx: the town named only in the title, a 交办 line with the base date, two header rows (是否整改到位 over
# 是/否 with √), 销号情况 and 备注 columns, a 合计 row, a 填表说明 and a signature line.
LAND_ROWS = [
    (
        "410928-2024Q2-001",
        "后店村",
        2.35,
        "村民擅自占用耕地建设养殖大棚",
        "拆除建筑物，恢复耕种条件",
        "2024.7.15",
        "√",
        "",
        "已销号",
        "",
    ),
    (
        "410928-2024Q2-002",
        "王助村",
        1.12,
        "硬化耕地用于堆放建筑材料",
        "清除硬化层，复耕",
        "7月底前",
        "",
        "√",
        "",
        "",
    ),
    (
        "410928-2024Q2-003",
        "刘庄村",
        0.86,
        "未经批准建设农家乐附属用房",
        "补办设施农用地备案手续",
        "2024年9月30日前",
        "",
        "",
        "",
        "已向县自然资源局提交备案材料",
    ),
    (
        "410928-2024Q2-004",
        "东街村",
        3.40,
        "占用耕地违规建设停车场",
        "拆除并复垦",
        "6月30日前完成拆除，8月底前完成复垦",
        "",
        "",
        "未销号",
        "已完成拆除，正在复垦",
    ),
    (
        "410928-2024Q2-005",
        "西街村",
        0.45,
        "耕地内堆放生活垃圾和建筑垃圾",
        "立即清理",
        "立行立改",
        "√",
        "",
        "已销号",
        "",
    ),
    ("410928-2024Q2-006", "孟庄村", 4.20, "挖塘养鱼破坏耕作层", "回填复耕", "2024年12月底前", "", "", "", ""),
    (
        "410928-2024Q2-007",
        "李庄村",
        0.31,
        "农户占用耕地建房（一户多宅）",
        "依法处罚，拆除多占房屋",
        "2024年8月15日",
        "",
        "√",
        "",
        "",
    ),
]


def write_land(path: Path) -> Path:
    b = Book(path, author="王助镇自然资源所")
    ws = b.sheet("图斑台账")
    b.widths(ws, [6, 20, 10, 10, 30, 24, 22, 6, 6, 10, 26])
    b.line(ws, 0, "王助镇人民政府2024年第二季度卫片执法疑似违法图斑整改销号台账", 10, b.title)
    b.line(ws, 1, "交办单位：濮阳县自然资源局    交办日期：2024年7月5日    统计截至：2024年7月30日", 10)
    for c, word in (
        (0, "序号"),
        (1, "图斑编号"),
        (2, "所在村"),
        (3, "面积（亩）"),
        (4, "核实情况"),
        (5, "整改措施"),
        (6, "整改时限"),
        (9, "销号情况"),
        (10, "备注"),
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    for i, row in enumerate(LAND_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8])
        b.put(ws, r, 10, row[9])
    r = 4 + len(LAND_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.put(ws, r, 3, round(sum(row[2] for row in LAND_ROWS), 2))
    b.merge(ws, r, 4, r, 10, "共7宗，已销号2宗")
    b.line(
        ws,
        r + 2,
        "填表说明：整改到位的在“是”栏打“√”，未整改到位的在“否”栏打“√”；“立行立改”自交办之日起立即整改。",
        10,
    )
    b.line(ws, r + 3, "填表人：刘海涛    审核人：张国庆    联系电话：0393-3261125", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 重大项目建设问题协调推进台账, after a 工业园区's report on its 重大项目 (一项目一领导一服务专班一推进方案; 四级协调
# 服务机制; 项目周报、月报; 收集项目建设问题N个, 成功办结N个, 办结率):
# http://m.7rdy.cn/content/13133.html
# An .xlsx: title, 填报单位 line, two header rows (解决措施 over 措施/时间节点, 责任单位 over 牵头/配合), a schedule
# text as the deadline, 是否办结 是/否, a 合计 row and a signature line.
PROJECT_ROWS = [
    (
        "濮阳石化新材料产业园基础设施项目",
        "张志远",
        "项目用地未完成农用地转用报批",
        "加快组卷报批",
        "7月底前完成组卷，9月底前取得用地批复",
        "市自然资源和规划局",
        "濮阳县人民政府",
        "已完成组卷，正在报省厅审查",
        "否",
    ),
    (
        "市第三污水处理厂二期工程",
        "李文华",
        "施工临时用电未接入",
        "协调接入临时用电",
        "2024年7月10日",
        "市供电公司",
        "市水利局",
        "已接入临时用电",
        "是",
    ),
    (
        "城市快速路网西延工程",
        "王建设",
        "沿线12户房屋征收未完成",
        "依法推进征收补偿",
        "8月15日前",
        "华龙区人民政府",
        "市住建局",
        "已签约9户，剩余3户正在协商",
        "否",
    ),
    (
        "市人民医院新院区",
        "赵红",
        "项目环评批复未取得",
        "指导完善环评报告",
        "2024年6月底",
        "市环保局",
        "市卫健委",
        "已取得环评批复",
        "是",
    ),
    (
        "中原冷链物流园",
        "张志远",
        "项目贷款审批进展缓慢",
        "组织银企对接",
        "第三季度",
        "市发改委",
        "市财政局",
        "",
        "",
    ),
    (
        "龙湖片区综合管廊",
        "李文华",
        "燃气管线迁改方案未确定",
        "召开专题协调会确定迁改方案",
        "2024.7.20",
        "市燃气公司",
        "市城管局",
        "尚未启动",
        "否",
    ),
    (
        "职教园区二期工程",
        "王建设",
        "施工许可证办理材料不全",
        "容缺受理，限期补齐",
        "2024年8月31日前",
        "市行政服务中心",
        "市住建局",
        "已容缺受理，企业正在补齐材料",
        "否",
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="重大项目专班")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 26, 10, 28, 22, 26, 18, 16, 26, 8])
    b.line(ws, 0, "2024年市级重大项目建设问题协调推进台账", 9, b.title)
    b.line(ws, 1, "填报单位：市重大项目专班领导小组综合协调办公室    统计截至：2024年7月29日", 9)
    for c, word in (
        (0, "序号"),
        (1, "项目名称"),
        (2, "包联市领导"),
        (3, "存在问题"),
        (8, "办理进展"),
        (9, "是否办结"),
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "解决措施", b.head)
    b.merge(ws, 2, 6, 2, 7, "责任单位", b.head)
    b.header(ws, 3, ["措施", "时间节点", "牵头", "配合"], first=4)
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(PROJECT_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 9, "收集项目建设问题7个，已办结2个，办结率28.6%")
    b.line(ws, r + 2, "填报人：陈立新    审核人：郭建军    填报日期：2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 重大防汛隐患挂牌督办整改情况, after a set of rules for the 挂牌督办 of 重大防汛隐患 (分级分类; 挂牌督办实施程序;
# 整改方案编制, 明确整改时限、标准和流程; 整改过程监督; 验收销号管理):
# https://www.renrendoc.com/paper/501383213.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 督办等级, 责任人 and 验收销号情况,
# one schedule text as the deadline, a 注 line and a contact line.
FLOOD_ROWS = [
    (
        "FX-2024-01",
        "金堤河左岸穿堤涵闸闸门锈蚀启闭困难",
        "濮阳县段",
        "市级挂牌",
        "市水务局",
        "李强",
        "更换闸门及启闭机",
        "2024年6月30日前",
        "已完成更换",
        "已验收销号",
    ),
    (
        "FX-2024-02",
        "京开大道下穿立交排水泵站抽排能力不足",
        "华龙区",
        "市级挂牌",
        "市城管局",
        "周斌",
        "增设移动泵车，扩容泵站",
        "7月15日前落实应急措施，12月底前完成扩容",
        "应急泵车已到位，扩容工程正在设计",
        "未销号",
    ),
    (
        "FX-2024-03",
        "马颊河南乐段河道内种植高秆作物阻水",
        "南乐县",
        "县级挂牌",
        "南乐县人民政府",
        "郭亮",
        "清除阻水作物",
        "7月10日前",
        "已全部清除",
        "",
    ),
    (
        "FX-2024-04",
        "低洼易涝小区地下车库入口无挡水设施",
        "高新区",
        "市级挂牌",
        "市住建局",
        "马骏",
        "加装挡水板和沙袋",
        "2024.7.31",
        "正在安装挡水板",
        "验收合格，已销号",
    ),
    (
        "FX-2024-05",
        "S101省道跨河桥梁桥墩冲刷严重",
        "范县",
        "市级挂牌",
        "市交通局",
        "韩冬",
        "桥墩抛石防护",
        "8月底前",
        "未整改，资金未落实",
        "未销号",
    ),
    (
        "FX-2024-06",
        "山洪灾害预警广播部分站点故障",
        "台前县",
        "县级挂牌",
        "台前县水利局",
        "宋伟",
        "维修更换故障站点设备",
        "6月底前",
        "",
        "",
    ),
    (
        "FX-2024-07",
        "防汛物资仓库编织袋、救生衣储备不足",
        "市本级",
        "市级挂牌",
        "市应急局",
        "田野",
        "按定额补充储备",
        "2024年7月20日",
        "已补充编织袋5万条、救生衣800件",
        "复查通过",
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="市防办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [12, 32, 12, 10, 16, 8, 22, 26, 26, 16])
    b.line(ws, 0, "2024年重大防汛隐患挂牌督办整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：市防汛抗旱指挥部办公室    填报日期：2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "挂牌编号",
            "隐患名称",
            "所在位置",
            "督办等级",
            "责任单位",
            "责任人",
            "整改措施",
            "整改时限",
            "整改进展",
            "验收销号情况",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS):
        b.row(ws, 3 + i, list(row))
    end = 3 + len(FLOOD_ROWS)
    b.line(ws, end + 1, "注：督办等级分省级、市级、县级挂牌；整改完成后由挂牌单位组织验收销号。", 9)
    b.line(ws, end + 2, "联系人：黄海    联系电话：0393-8996110", 9)
    return b.close()


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_book, path, "xls", "重大防汛隐患挂牌督办整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 校园周边社会治安综合治理督导检查发现问题整改情况, after a city's report on its 校园周边社会治安综合治理专项行动
# (督导检查组 of 市公安局、市教育局、市交警支队、市文广旅局、市市场监管局、市城管局、市住建局、市消防救援支队 …;
# 现场检查、反馈交办并限期整改):
# https://777doc.com/doc-11668625.html
# A .wps (Word 97 via LibreOffice): title, two paragraphs, one table with the 督导检查单位 beside the 责任单位, the office.
SCHOOL_ROWS = [
    (
        "市第一中学",
        "校门口上下学时段无交警护学岗",
        "市教育局",
        "市交警支队",
        "2024年8月31日前（秋季开学前）",
        "已设置护学岗",
    ),
    (
        "油田第三小学",
        "学校周边200米内网吧接纳未成年人上网",
        "市教育局",
        "市文广旅局",
        "2024年7月31日",
        "已查处，责令停业整顿",
    ),
    (
        "华龙区实验幼儿园",
        "幼儿园门口流动摊贩售卖三无食品",
        "市公安局",
        "市市场监管局",
        "长期坚持",
        "常态化巡查",
    ),
    (
        "市第五中学",
        "学生宿舍楼消防通道被杂物堵塞",
        "市消防救援支队",
        "濮阳市第五中学",
        "2024.7.15",
        "正在清理",
    ),
    ("开州路小学", "校门前道路缺少减速带和警示标志", "市公安局", "市交通局", "8月底前", ""),
    ("市职业技术学院", "校园周边出租屋人员底数不清", "市教育局", "市公安局", "2024年8月15日前", "未整改"),
    (
        "龙乡小学",
        "学校周边建筑工地围挡破损，渣土车通行频繁",
        "市消防救援支队",
        "市住建局",
        "7月25日前",
        "围挡已修复，渣土车限行措施正在协调",
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("市委政法委")
    _title(doc, "关于校园周边社会治安综合治理督导检查发现问题整改情况的报告")
    _paragraph(
        doc,
        "7月上旬，市校园周边治安综合治理专项组组织市公安局、市教育局、市消防救援支队等部门组成督导检查组，"
        "通过现场检查、听取汇报、查阅台账等方式对全市学校及周边开展抽查暗访，对发现的问题反馈交办并限期整改。",
    )
    _paragraph(doc, "现将交办问题整改情况报告如下：")
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(doc, ["序号", "学校", "发现问题", "督导检查单位", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "市校园周边治安综合治理专项组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "校园周边督导检查问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. “局长坐诊接诉”企业诉求转办台账, after a city's account of its 服务企业需求“局长坐诊接诉” (企业围绕要素保障、行政审批、
# 扶持政策提出诉求; 现场回应解决, 分级分类转办; 全部按期答复, 企业满意率):
# http://www.360elib.com:2027/detail.aspx?NewsCode=NC060&NewsId=63491551&OrgId=001
# An .xls (xlwt): title, 坐诊时间 line (the base date of the working-day deadlines), one header row, a 合计 row, a
# signature line.
BIZ_ROWS = [
    (
        "濮阳盛业建筑工程有限公司",
        "政府投资项目工程款结算审核周期过长",
        "要素保障",
        "市财政局",
        "15个工作日内",
        "已完成审核，资金已拨付",
        "满意",
    ),
    (
        "国电濮阳热电有限公司",
        "厂区外供热管网穿越道路占道施工审批难",
        "行政审批",
        "市城管局",
        "7个工作日内",
        "已办结，已核发占道施工许可",
        "满意",
    ),
    (
        "濮阳东源新材料科技有限公司",
        "申报的技改奖补资金未兑现",
        "扶持政策",
        "市工信局",
        "2024年8月31日前",
        "正在审核企业申报材料",
        "",
    ),
    (
        "恒达新能源科技（濮阳）有限公司",
        "新建厂房用水报装时间长",
        "要素保障",
        "市自来水公司",
        "7个工作日内",
        "逾期未办",
        "",
    ),
    (
        "濮阳市龙都食品有限公司",
        "出口食品生产企业备案办理流程咨询",
        "行政审批",
        "市市场监管局",
        "2024.7.12",
        "已答复企业",
        "满意",
    ),
    (
        "濮阳华康医疗器械有限公司",
        "招聘熟练技术工人难",
        "要素保障",
        "市人社局",
        "长期坚持",
        "常态化组织专场招聘",
        "",
    ),
    ("濮阳宏远物流有限公司", "城区货车通行证办理限制过多", "行政审批", "市交警支队", "15个工作日内", "", ""),
]


def write_biz(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "第三期“局长坐诊接诉”企业诉求转办台账", t, 0, 8),
        (
            1,
            0,
            "坐诊时间：2024年7月5日    牵头单位：市发展和改革委员会    办理时限自坐诊之日起计算",
            plain,
            1,
            8,
        ),
    ]
    for col, w in enumerate(
        ["序号", "企业名称", "诉求内容", "诉求类别", "承办单位", "办理时限", "办理情况", "企业评价", "备注"]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(BIZ_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 7) else c))
        cells.append((r, 8, "", c))
    r = 3 + len(BIZ_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "收集企业诉求7件，已办结3件", c, r, 8),
        (r + 1, 0, "填表人：杨帆    联系电话：0393-8181203    填报日期：2024年7月30日", plain, r + 1, 8),
    ]
    return _write_xls(path, [("诉求台账", cells)])


# ---------------------------------------------------------------------------------------------
# 10. 政务服务“差评”核实整改情况, after a 市民服务中心's account of its “好差评”自助评价专区 (评价等级; 实时归集与分析;
# 对“不满意”“非常不满意”评价进行差评核实与整改, 回访反馈; 结果用于考核窗口单位):
# http://m.fanxin555888.com/product/39.html
# A .doc (Word 97 via LibreOffice): title, one paragraph, the items as numbered paragraphs under two headings, each
# with its 交办 date and a deadline in working days from it; one item without any progress sentence; the office.
REVIEW_PARAS = [
    (
        "一、办事流程类差评",
        [
            (
                "（一）评价编号HP2024061201，2024年6月12日交办。评价对象：市不动产登记中心窗口。反映问题：办理二手房"
                "转移登记需重复提交身份证明材料。整改时限：5个工作日内。整改情况：已整改，实现材料共享复用，已回访评价人。"
            ),
            (
                "（二）评价编号HP2024070302，2024年7月3日交办。评价对象：市公积金中心窗口。反映问题：提取公积金审核时间长"
                "且未一次性告知所缺材料。整改时限：5个工作日内。整改情况：正在整改，已修订一次性告知清单。"
            ),
            (
                "（三）评价编号HP2024070803，2024年7月8日交办。评价对象：市税务局办税服务厅。反映问题：自助办税终端故障"
                "无人指导。整改时限：立行立改。整改情况：已当场修复并安排导税人员值守。"
            ),
            (
                "（四）评价编号HP2024071505，2024年7月15日交办。评价对象：市市场监管局企业开办窗口。反映问题：营业执照"
                "变更网上办理退件理由不明确。整改时限：10个工作日内。整改情况：未整改。"
            ),
        ],
    ),
    (
        "二、服务态度和服务环境类差评",
        [
            (
                "（五）评价编号HP2024071204，2024年7月12日交办。评价对象：市人社局社保经办窗口。反映问题：窗口工作人员"
                "服务态度生硬。整改时限：3个工作日内。整改情况：已整改，当事人已作书面检查并向评价人致歉，评价人表示满意。"
            ),
            (
                "（六）评价编号HP2024072206，2024年7月22日交办。评价对象：市公安局户籍窗口。反映问题：中午时段无人值守"
                "无法办理户籍业务。整改时限：5个工作日内。"
            ),
            (
                "（七）评价编号HP2024072607，2024年7月26日交办。评价对象：市行政服务中心大厅。反映问题：大厅停车位不足"
                "办事群众停车难。整改时限：长期坚持。整改情况：常态化协调周边单位错时共享停车位。"
            ),
        ],
    ),
]


def write_review_docx(path: Path) -> Path:
    doc = _new_document("市民服务中心")
    _title(doc, "关于2024年6—7月政务服务“差评”核实整改情况的报告")
    _paragraph(
        doc,
        "市民服务中心“好差评”自助评价专区收到的“不满意”“非常不满意”评价，经后台归集后逐件交办窗口单位核实整改，"
        "整改时限自交办之日起计算。现将截至2024年7月31日的核实整改情况报告如下：",
    )
    for heading, paras in REVIEW_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "市民服务中心管理办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_review(path: Path) -> Path:
    return via_soffice(write_review_docx, path, "doc", "政务服务差评核实整改情况.docx")


FILES = [
    ("小餐饮场所燃气安全检查表（两个街道）.zip", write_gas),
    ("市八届人大三次会议代表建议办理情况汇总表.docx", write_npc),
    ("2024年7月份12345热线转办工单办理情况.csv", write_hotline),
    ("市政协十届三次会议提案办理情况表.ods", write_cppcc),
    ("王助镇2024年第二季度卫片图斑整改销号台账.xlsx", write_land),
    ("2024年市级重大项目建设问题协调推进台账.xlsx", write_project),
    ("2024年重大防汛隐患挂牌督办整改情况表.et", write_flood),
    ("校园周边社会治安综合治理督导检查问题整改情况.wps", write_school),
    ("第三期局长坐诊接诉企业诉求转办台账.xls", write_biz),
    ("2024年6—7月政务服务差评核实整改情况报告.doc", write_review),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

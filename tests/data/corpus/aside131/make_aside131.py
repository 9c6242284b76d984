"""Write the aside131 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 卫生城市复审, 创建全国文明城市测评, 背街小巷整治, 农贸市场改造, 公厕管理, 垃圾分类, 燃气管道老化更新,
电梯安全, 停车秩序, 餐饮油烟.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice), a CSV
in GBK, a .docx whose items are numbered paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside131.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs write the same bytes.
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.pct = add({"border": 1, "num_format": "0%", "align": "center", "valign": "vcenter"})

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


def soffice(source: Path, filter_name: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    suffix = filter_name.split(":")[0]
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                filter_name,
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


def via_soffice(writer, path: Path, filter_name: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer and convert it with LibreOffice to the target form."""
    suffix = filter_name.split(":")[0]
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        converted = Path(tmp) / f"{source.stem}.{suffix}"
        soffice(source, filter_name, converted)
        shutil.copyfile(converted, path)
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
# 1. 卫生城市复审督导检查问题交办, after the 濮阳市卫生城市复审工作督导组's notice of the problems it found in the
# 市城区 生活区 (numbered paragraphs, each listing one or two 小区/院落 and their problems — 无防鼠灭鼠设施、无健康教育
# 宣传内容、垃圾清理不及时、乱搭乱建、黄土裸露 — and ending with 责任单位：…; one deadline for all, 务必于…前整改完毕,
# then 报督导组销号):
# https://www.pydc.gov.cn/pc/zt_view.asp?id=6437
# A .docx: title, preamble, the items as numbered paragraphs, each with its 责任单位 and an 整改情况 sentence added by
# the 督导组 for the return (one left without), the single deadline in the closing paragraph, the 督导组 and date.
HEALTH_PARAS = [
    (
        "1.行政路南段小区内无防鼠灭鼠设施；金堤路612号院无健康教育宣传栏。责任单位：华龙区人民路街道办事处。"
        "整改情况：两处共设置毒饵站14个、宣传栏2块，7月17日经督导组复查，已销号。"
    ),
    (
        "2.锦华小区内防鼠灭鼠设施不足；古城路301号院内生活垃圾清理不及时，垃圾桶周边污水横流。"
        "责任单位：华龙区建设路街道办事处。整改情况：积存垃圾已清运，毒饵站正在补设。"
    ),
    (
        "3.益民路648号院健康教育宣传内容更换不及时，仍为去年内容。责任单位：濮阳经济技术开发区昆吾街道办事处。"
        "整改情况：未整改。"
    ),
    (
        "4.濮上路化肥厂生活区内无健康教育宣传内容、无防鼠灭鼠设施；紫苑小区防鼠灭鼠设施数量不足。"
        "责任单位：濮阳经济技术开发区濮上街道办事处。"
    ),
    (
        "5.黄河东路563号院金泰小区院内乱搭乱建、路面破损、黄土裸露。责任单位：华龙区长庆路街道办事处。"
        "整改情况：已拆除违建棚房2处，破损路面正在修补，黄土裸露处正在组织覆绿。"
    ),
    (
        "6.玉泉小区院内乱堆杂物、乱贴小广告、乱摆摊点。责任单位：华龙区长庆路街道办事处。"
        "整改情况：杂物和小广告已清理，流动摊点已取缔，整改完成。"
    ),
    (
        "7.绿城路农贸市场周边果皮纸屑较多，市场外公厕无防蝇设施、地面积水。责任单位：市城管局。"
        "整改情况：已增加保洁频次，公厕防蝇门帘已安装，地面排水正在改造。"
    ),
    (
        "8.人民路与胜利路交叉口东北角3家小餐饮店后厨无防鼠挡板、无防蝇纱窗，从业人员健康证过期。"
        "责任单位：市市场监管局。整改情况：已下达责令改正通知书，3家店正在整改，待复查。"
    ),
]


def write_health(path: Path) -> Path:
    doc = _new_document("督导组")
    _title(doc, "关于市城区生活区及农贸市场周边环境卫生检查发现问题交办及整改情况的通报")
    _paragraph(doc, "各有关责任单位：")
    _paragraph(
        doc,
        "7月10日至11日，市卫生城市复审工作督导组对市城区部分生活区、农贸市场及周边环境卫生进行了检查，"
        "现将检查发现的问题及截至7月25日的整改情况通报如下：",
    )
    for text in HEALTH_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "今年是我市国家卫生城市复审年，上述责任单位要对照国家卫生城市标准，对存在的问题务必于7月19日前整改完毕，"
        "整改完毕后报市卫生城市复审工作督导组销号。未按期整改到位的，将对责任单位及负责人予以问责。",
    )
    _paragraph(doc, "濮阳市卫生城市复审工作督导组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 创文实地点位模拟测评, after a city 创文办's 全市各行业创文实地点位模拟测评情况专项通报 (模拟测评组 对政务大厅、
# 集（农）贸市场、大型商场超市、宾馆酒店、医院、高等院校 进行了实地模拟测评，并随机抽查了每个区的两条背街小巷;
# 集贸市场没有一个达到及格水平; 相关各责任单位（部门）按照《…测评内容标准及责任分解手册》整改落实; 督查指导组
# 回头看; 将整改情况于…前报市创建全国文明城市工作指挥部办公室督查指导组):
# http://epaper.pdsxww.com/pdswb/html/2020-09/28/content_284428.htm
# An .xlsx: title, 测评组/测评时间 line, a 整改要求 line carrying the one deadline, one header row with the 点位类别
# merged down over its rows and a 测评得分 per 点位, 责任单位（部门）, 整改情况, and the 督查指导组 and date at the foot.
CIVIC_ROWS = [
    (
        "政务大厅",
        "市民之家（市行政服务中心）",
        91.5,
        "无障碍通道扶手缺失，母婴室无指示标识",
        "市行政服务中心",
        "已整改，扶手已安装，标识已设置",
    ),
    (
        "集（农）贸市场",
        "绿城路农贸市场",
        52.0,
        "划行归市不清，活禽摊位与蔬菜摊位混设，地面污水横流",
        "濮阳市华龙区人民政府",
        "正在整改，活禽区隔断施工中",
    ),
    (
        "集（农）贸市场",
        "开州路综合市场",
        55.5,
        "公平秤缺失，未公示当日农药残留检测结果",
        "市市场监管局",
        "公平秤已配备，检测公示栏正在制作",
    ),
    (
        "大型商场超市",
        "濮阳万家购物广场",
        78.0,
        "入口处无公益广告，卖场内有顾客吸烟无人劝阻",
        "市商务局",
        "已整改",
    ),
    (
        "宾馆酒店",
        "濮阳金鼎大酒店",
        80.5,
        "大堂未设置禁烟标识，消防通道堆放布草车",
        "市文广旅局",
        "",
    ),
    (
        "医院",
        "濮阳市人民医院",
        86.0,
        "门诊楼卫生间有异味，无障碍卫生间堆放保洁工具",
        "市卫健委",
        "正在整改",
    ),
    (
        "高等院校",
        "濮阳职业技术学院",
        83.0,
        "校园内核心价值观公益广告褪色破损",
        "市教育局",
        "未整改",
    ),
    (
        "背街小巷",
        "华龙区文化巷",
        61.0,
        "路面坑洼，空中飞线杂乱，垃圾桶满溢",
        "市城管局",
        "垃圾已清运，路面修补和飞线整治正在推进",
    ),
    (
        "背街小巷",
        "开发区昆吾巷",
        64.5,
        "沿街占道经营，机动车乱停乱放",
        "濮阳经济技术开发区管理委员会",
        "已整改到位",
    ),
]


def write_civic(path: Path) -> Path:
    b = Book(path, author="创文办督查指导组")
    ws = b.sheet("模拟测评问题")
    b.widths(ws, [6, 14, 24, 10, 36, 24, 28])
    b.line(ws, 0, "全市各行业创文实地点位模拟测评发现问题整改台账", 6, b.title)
    b.line(ws, 1, "测评组：市创文办模拟测评组    测评时间：2024年7月8日至7月12日", 6)
    b.line(
        ws,
        2,
        "整改要求：各责任单位（部门）按照《创建全国文明城市实地考察测评内容标准及责任分解手册》的内容、标准要求，"
        "于2024年8月15日前整改到位，并将整改情况报市创建全国文明城市工作指挥部办公室督查指导组。",
        6,
    )
    b.header(ws, 3, ["序号", "点位类别", "测评点位", "测评得分", "存在问题", "责任单位（部门）", "整改情况"])
    r = 4
    start = r
    for i, row in enumerate(CIVIC_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 2, row[1])
        b.put(ws, r, 3, row[2], b.center)
        b.row(ws, r, list(row[3:]), first=4)
        last_of_group = i == len(CIVIC_ROWS) or CIVIC_ROWS[i][0] != row[0]
        if last_of_group:
            b.merge(ws, start, 1, r, 1, row[0], b.center)
            start = r + 1
        r += 1
    b.line(ws, r + 1, "市创建全国文明城市工作指挥部办公室督查指导组    2024年7月26日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 背街小巷整治问题台账, after a 街道's account of its 背街小巷 work (成立专项工作组，对…12条背街小巷进行全覆盖、
# 拉网式实地排查摸底; 路面破损、排水不畅; 巷道严重坑洼点位、下水道堵塞点、支巷地砖大面积松动; 走访沿街居民，收集
# 民生诉求; 对所有发现的问题及居民意见建立详细台账，实行清单化管理; “先主后支、分段施工、减少扰民”):
# https://www.ahhy.gov.cn/xwzx/xzdt/81363761.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line naming the 街道, one header row with 问题来源 (排查/居民反映)
# and only the 街道's own 科室 as 责任科室, deadlines as dates, 月底 and a schedule text, a 注 line and signatures.
ALLEY_ROWS = [
    (
        "中原路西一巷",
        "路面破损",
        "巷道中段严重坑洼2处，雨后积水",
        "排查发现",
        "城建办",
        "铣刨破损路面，重新铺设水泥基层",
        "2024年7月20日",
        "已完成铺设，已验收",
    ),
    (
        "中原路西二巷",
        "排水不畅",
        "下水道堵塞，雨天污水外溢",
        "居民反映",
        "城建办",
        "清淤疏通，更换破损井盖",
        "7月底前",
        "已清淤40米，井盖正在更换",
    ),
    (
        "文化街东巷",
        "地砖松动",
        "主巷及两条支巷地砖大面积松动约60平方米",
        "排查发现",
        "城建办",
        "重新铺设地砖",
        "7月底前完成主巷，8月20日前完成支巷",
        "未启动",
    ),
    (
        "文化街东巷",
        "乱堆乱放",
        "沿街商户门前堆放废旧家具、建材",
        "排查发现",
        "综合行政执法大队",
        "清理堆放物，落实门前三包",
        "2024年7月12日",
        "已清理完毕",
    ),
    (
        "建设街北巷",
        "私拉电线",
        "居民楼道飞线充电，电线横跨巷道",
        "居民反映",
        "平安建设办",
        "拆除飞线，协调设置集中充电桩",
        "8月底前",
        "",
    ),
    (
        "建设街北巷",
        "照明设施",
        "路灯缺失3盏，夜间照明不足",
        "居民反映",
        "城建办",
        "增设路灯",
        "2024年8月15日",
        "已报区城市管理局路灯所，等待安装",
    ),
    (
        "中原路西一巷",
        "环境卫生",
        "垃圾桶破损无盖，清运不及时",
        "排查发现",
        "综合行政执法大队",
        "更换垃圾桶，每日早晚两次清运",
        "长期坚持",
        "长期坚持",
    ),
]


def write_alley_book(path: Path) -> Path:
    b = Book(path, author="城建办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 10, 32, 10, 16, 26, 22, 28])
    b.line(ws, 0, "背街小巷整治提升问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区中原路街道办事处    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "巷道名称",
            "问题类型",
            "问题描述",
            "问题来源",
            "责任科室",
            "整改措施",
            "计划完成时间",
            "进展情况",
        ],
    )
    for i, row in enumerate(ALLEY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ALLEY_ROWS)
    b.line(ws, end + 1, "注：本次共排查背街小巷12条，走访沿街居民56户，收集居民诉求23条，已合并列入上表。", 8)
    b.line(ws, end + 2, "分管领导：朱红旗    填表人：冯晓静    联系电话：0393-8326517", 8)
    return b.close()


def write_alley(path: Path) -> Path:
    return via_soffice(write_alley_book, path, "xls", "背街小巷整治提升问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 乡镇农贸市场改造升级, after a county's account of where each town's 农贸市场 stands (已全面升级改造完成并投入使用;
# 进入重建升级改造阶段; 虽已提交工程设计方案，但迟迟未能动工建设，进度严重滞后; 升级改造工程已开工，并划分临时摆卖点，
# 安置好原商户正常经营; 已列入县城旧改项目; 按《…农贸市场改造升级工作方案》把握好时间节点):
# http://ssgyh.cn/portal/article/index/id/8248.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the towns' 人民政府 as 责任单位, deadlines
# as dates, 月底, a year end, a quarter and a month range, progress in words, a 填表说明 line and signatures.
MARKET_ROWS = [
    (
        "濮阳县",
        "柳屯镇农贸市场",
        "升级改造",
        "更换钢结构顶棚，改造排水明渠，划行归市",
        "濮阳县柳屯镇人民政府",
        "2024年6月30日",
        "已全面升级改造完成并投入使用",
    ),
    (
        "清丰县",
        "马庄桥镇中心综合市场",
        "拆除重建",
        "原址拆除重建市场大棚及配套设施",
        "清丰县马庄桥镇人民政府",
        "2024年12月底前",
        "已进入重建阶段，主体结构施工中",
    ),
    (
        "南乐县",
        "元村镇综合市场",
        "升级改造",
        "地面硬化、摊位更新、增设农残检测室",
        "南乐县元村镇人民政府",
        "2024年7月31日",
        "迟迟未动工，进度严重滞后",
    ),
    (
        "范县",
        "陈庄镇新城市场",
        "升级改造",
        "改造市场内部管网和摊台，外立面整治",
        "范县陈庄镇人民政府",
        "2024年10月底前",
        "已开工，已划分临时摆卖点安置原商户正常经营",
    ),
    (
        "台前县",
        "城关镇朝阳市场",
        "旧城改造",
        "结合县城老旧片区改造整体搬迁新建",
        "台前县城关镇人民政府",
        "2025年底前",
        "已列入县城老旧片区改造项目，正在开展前期设计",
    ),
    (
        "濮阳县",
        "文留镇农贸市场",
        "升级改造",
        "改造市场排水沟，新建水冲式公厕",
        "濮阳县文留镇人民政府",
        "第三季度",
        "",
    ),
    (
        "清丰县",
        "韩村镇农贸市场",
        "升级改造",
        "更新水产、肉类摊台，增设上下水和视频监控",
        "清丰县韩村镇人民政府",
        "2024年5-7月",
        "已完成改造，7月20日通过县市场监管局验收",
    ),
    (
        "南乐县",
        "近德固乡集贸市场",
        "长效管理",
        "建立市场日常保洁、巡查和经营户管理制度",
        "南乐县近德固乡人民政府",
        "长期坚持",
        "常态化推进",
    ),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="市场体系建设科")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 10, 22, 10, 34, 24, 18, 34])
    b.line(ws, 0, "全市乡镇农贸市场改造升级工作推进台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市商务局（盖章）    进展截至：2024年7月25日", 7)
    b.header(
        ws,
        2,
        ["序号", "所在县区", "市场名称", "改造类型", "改造内容", "责任单位", "计划完成时间", "目前进展"],
    )
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MARKET_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：按照《全市农贸市场改造升级工作方案》，各乡镇人民政府为改造升级责任主体，“目前进展”栏填写截至填报日的工程进度。",
        7,
    )
    b.line(ws, end + 2, "负责人：袁国栋    填表人：牛佳慧    联系电话：0393-8991243", 7)
    return b.close()


def write_market(path: Path) -> Path:
    via_soffice(write_market_book, path, "ods", "乡镇农贸市场改造升级工作推进台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 公厕专项检查, after a 街道 环卫 centre's account of its 公厕检查行动 (逐一对辖区内的市政公厕及社会公厕进行排查，
# 对检查中发现的问题已督促社区工作站和环卫外包企业完成整改; 共检查15座公厕，发现问题2宗，已整2宗; each toilet listed
# with a 问题描述 — 保洁正常, 工具乱摆放, 水龙头款式不一致):
# https://jianpian.cn/a/y5xpeo1
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row listing every toilet checked — those found in order
# with 问题描述 “保洁正常” and “/” in the 整改 columns —, the 外包企业 or the 社区/公园 as 整改责任单位, a 合计 row and the
# 检查人 line.
TOILET_ROWS = [
    ("胜利路公交站公厕", "市政公厕", "保洁正常", "/", "/", "/"),
    (
        "人民公园东门公厕",
        "市政公厕",
        "保洁工具乱摆放，洗手盆积垢",
        "濮阳市洁源环卫服务有限公司",
        "2024.7.17",
        "已整改，复查合格",
    ),
    (
        "中原路农贸市场公厕",
        "社会公厕",
        "小便池堵塞，厕内异味较重",
        "濮阳市华龙区中原路农贸市场管理有限公司",
        "2024.7.18",
        "正在疏通管道",
    ),
    ("京开道与长庆路口公厕", "市政公厕", "保洁正常", "/", "/", "/"),
    (
        "龙城公园北公厕",
        "市政公厕",
        "无障碍厕位扶手松动，门锁损坏",
        "市城管局",
        "2024.7.20",
        "",
    ),
    (
        "黄河路环卫所旁公厕",
        "市政公厕",
        "未公示开放时间和监督电话",
        "濮阳市洁源环卫服务有限公司",
        "2024.7.17",
        "已整改",
    ),
    (
        "孟轲社区公厕",
        "社会公厕",
        "灯具损坏，夜间无照明",
        "华龙区中原路街道孟轲社区居民委员会",
        "2024.7.19",
        "未整改",
    ),
    ("濮水河游园公厕", "市政公厕", "保洁正常", "/", "/", "/"),
    (
        "长途汽车站公厕",
        "社会公厕",
        "蹲位隔断门板破损，水龙头损坏",
        "濮阳市汽车客运总站有限公司",
        "2024.7.25",
        "门板已更换，水龙头待更换",
    ),
    (
        "老城区东街公厕",
        "市政公厕",
        "公厕周边无指示牌，群众寻找困难",
        "市城管局",
        "2024年8月10日",
        "已订制指示牌，正在安装",
    ),
]


def write_toilet(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市政公厕及社会公厕专项检查问题整改登记表", t, 0, 7),
        (
            1,
            0,
            "检查单位：华龙区中原路街道环境卫生管理所    检查时间：2024年7月15日至16日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "公厕名称", "公厕类别", "问题描述", "整改责任单位", "整改时限", "整改情况", "备注"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5) or v == "/" else c))
        cells.append((r, 7, "", c))
    r = 3 + len(TOILET_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共检查公厕10座，发现问题7宗，已整改2宗", c, r, 7),
        (r + 1, 0, "检查人：高振宇、刘娟    填表日期：2024年7月26日", plain, r + 1, 7),
    ]
    return _write_xls(path, [("检查登记", cells, [6, 22, 10, 32, 34, 14, 24, 8])])


# ---------------------------------------------------------------------------------------------
# 6. 生活垃圾分类督导检查问题整改, after a city 生活垃圾分类工作推进领导小组办公室 督导组's check of a district
# (启福尚都A区、C区…公交公司家属院…; 混投混放情况严重; 物业服务企业未落实生活垃圾分类责任人职责; 街道办事处和社区未落实
# 监管责任，缺乏日常巡查、督导; 大件垃圾暂存点不规范; 没按要求设置定时定点投放厢房（亭）):
# http://m.jiangsulong.com/a/2020/0722/0800888.html
# A .zip of two 街道 returns: one .xlsx (the 物业服务企业 as 整改责任单位, a 督导日期 line, dates and 月底) and one .docx
# (a table whose 责任单位 are the 街道's 社区居民委员会 and the 街道 itself, one 整改时限 in working days from the
# 交办 date the preamble states).
SORT_BOOK_ROWS = [
    (
        "恒通花园A区",
        "濮阳市恒通物业服务有限公司",
        "生活垃圾混投混放严重，厨余垃圾桶内大量其他垃圾",
        "安排督导员桶边值守，二次分拣",
        "2024.7.31",
        "已安排督导员2名早晚值守，正在整改",
    ),
    (
        "恒通花园C区",
        "濮阳市恒通物业服务有限公司",
        "未明确生活垃圾分类管理责任人，未公示分类投放时间",
        "明确责任人并在投放点公示",
        "2024.7.25",
        "已明确责任人并公示，整改完成",
    ),
    (
        "公交公司家属院",
        "濮阳市安居物业服务有限公司",
        "大件垃圾暂存点设置不规范，装修垃圾露天堆放",
        "设置围挡式大件垃圾暂存点，清运积存装修垃圾",
        "8月15日前",
        "未整改",
    ),
    (
        "金堤花园",
        "濮阳市金盾物业管理有限公司",
        "未按要求设置定时定点投放厢房（亭）",
        "建设分类投放厢房2座",
        "2024年8月31日",
        "",
    ),
]
SORT_DOC_ROWS = [
    (
        "大庆路社区杜庄生活区",
        "分类桶站桶身脏污、桶盖缺失，四分类标识不全",
        "华龙区大庆路街道大庆路社区居民委员会",
        "10个工作日内",
        "已更换桶盖12个，补齐分类标识，整改完成",
    ),
    (
        "东关社区纺织厂家属院",
        "无物业老旧小区，生活垃圾混投混放，无人督导",
        "华龙区大庆路街道东关社区居民委员会",
        "2024年8月10日",
        "已招募志愿者督导员6名，正在开展入户宣传",
    ),
    (
        "街道机关",
        "街道对辖区居民小区和公共机构缺乏日常巡查督导，未建立巡查台账",
        "濮阳市华龙区大庆路街道办事处",
        "7月底前",
        "已建立每周巡查台账",
    ),
    (
        "西关社区商业街",
        "沿街商户生活垃圾未分类直接投放至路边垃圾桶",
        "华龙区大庆路街道西关社区居民委员会",
        "10个工作日内",
        "未整改",
    ),
]


def write_sort_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道城建办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 28, 40, 30, 14, 34])
    b.line(ws, 0, "生活垃圾分类督导检查发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区胜利路街道办事处    督导日期：2024年7月18日    填报日期：2024年7月29日",
        6,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "整改责任单位（物业服务企业）",
            "督导发现问题",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(SORT_BOOK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SORT_BOOK_ROWS)
    b.line(ws, end + 1, "填表人：侯亚楠    联系电话：0393-8176254", 6)
    return b.close()


def write_sort_docx(path: Path) -> Path:
    doc = _new_document("大庆路街道")
    _title(doc, "生活垃圾分类督导检查反馈问题整改情况", 18)
    _paragraph(
        doc,
        "市生活垃圾分类工作推进领导小组办公室督导组于2024年7月18日到我街道检查生活垃圾分类工作，"
        "7月19日交办问题4个。现将整改情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SORT_DOC_ROWS, 1)]
    _table(doc, ["序号", "问题点位", "存在问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "濮阳市华龙区大庆路街道办事处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_sort(path: Path) -> Path:
    members = [
        ("生活垃圾分类督导问题整改台账（胜利路街道）.xlsx", write_sort_book),
        ("生活垃圾分类督导反馈问题整改情况（大庆路街道）.docx", write_sort_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 燃气管道老化更新改造项目推进, after a city 城市管理局's account of its 燃气管道老化更新改造 projects (项目总投资…万元，
# 建设内容为：改造燃气中压埋地管网…米、低压埋地管网…米、架空管网…米，更换调压箱，加装居民户内电磁阀报警器、自闭阀;
# 该项目已于…开工，目前已完成…，完成项目总进度30%，预计…全部完工):
# http://cjs.cj.gov.cn/gk/rqbw/942917.htm
# An .xlsx: title, 填报单位 line, a two-row header (建设进度 merged over 开工时间/累计完成/完成进度), 项目名称及建设内容
# in one column, the gas companies as 实施单位, a percentage column, 计划完工时间 as dates, a quarter, a month range and a
# schedule text, a 合计 row and signatures.
GAS_ROWS = [
    (
        "中心城区中压埋地燃气管网改造项目：改造中压埋地管网5.8公里及配套阀井",
        2800,
        "市燃气公司",
        date(2024, 3, 15),
        "已完成3.2公里",
        0.55,
        "2024年11月30日",
        "部分路段占道挖掘审批办理中",
    ),
    (
        "老旧小区庭院管网及立管改造项目：华龙区32个老旧小区庭院管道和立管更新",
        1650,
        "市燃气公司",
        date(2024, 4, 10),
        "已完成18个小区",
        0.56,
        "2024年12月31日",
        "",
    ),
    (
        "居民户内燃气安全装置加装项目：为3万户居民更换橡胶软管为金属波纹管、加装自闭阀",
        900,
        "市燃气公司",
        date(2024, 1, 8),
        "已完成3万户",
        1.0,
        "2024年6月30日",
        "已完成，已通过验收",
    ),
    (
        "濮阳县城区老旧灰口铸铁管更换项目：更换灰口铸铁管道2.1公里",
        760,
        "濮阳县豫通燃气有限公司",
        None,
        "未开工",
        0.0,
        "2024年10月底前",
        "配套资金未到位，尚未开工",
    ),
    (
        "中低压调压箱更新项目：更换运行超20年的中低压调压箱320台",
        640,
        "市燃气公司",
        date(2024, 5, 20),
        "已更换120台",
        0.38,
        "第三季度",
        "",
    ),
    (
        "餐饮等工商业用户燃气设施隐患改造项目：为1200家餐饮用户加装可燃气体报警器和切断阀",
        480,
        "市燃气公司",
        None,
        "",
        None,
        "2024年9-10月",
        "",
    ),
    (
        "清丰县城区庭院燃气管网改造项目：改造庭院低压管网8.6公里",
        1120,
        "清丰县华源燃气有限公司",
        date(2024, 4, 1),
        "已完成8.2公里",
        0.95,
        "3月底前完成设计，8月底前完成施工",
        "基本完成，待验收",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气管理科")
    ws = b.sheet("项目推进台账")
    b.widths(ws, [6, 46, 12, 22, 12, 16, 10, 22, 28])
    b.line(ws, 0, "2024年城市燃气管道等老化更新改造项目推进台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局（燃气管理科）    填报日期：2024年7月26日", 8)
    for c, word in enumerate(["序号", "项目名称及建设内容", "总投资（万元）", "实施单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "建设进度", b.head)
    b.header(ws, 3, ["开工时间", "累计完成", "完成进度"], first=4)
    b.merge(ws, 2, 7, 3, 7, "计划完工时间", b.head)
    b.merge(ws, 2, 8, 3, 8, "存在问题及说明", b.head)
    for i, row in enumerate(GAS_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.put(ws, r, 2, row[1], b.center)
        b.put(ws, r, 3, row[2])
        b.put(ws, r, 4, row[3])
        b.put(ws, r, 5, row[4])
        b.put(ws, r, 6, row[5], b.pct)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7])
    end = 4 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "7个项目", b.center)
    b.put(ws, end, 2, sum(row[1] for row in GAS_ROWS), b.center)
    b.merge(ws, end, 3, end, 8, "")
    b.line(ws, end + 2, "科室负责人：邵立群    填表人：田蕾    联系电话：0393-8216630", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 住宅小区电梯安全联合检查, after a county 市场监管局 and 住建局's joint check of 住宅小区电梯 (是否配备专职的电梯
# 安全管理员、是否有安全管理员证、是否进行定期检验、是否建立电梯安全技术档案、日常维护保养记录…应急救援预案; 检验
# 合格标志、应急救援电话、安全注意事项; 轿厢内安全警报装置、监控设备是否有效; 对存在安全隐患的电梯使用小区下发了
# 责令整改书，限期整改):
# http://binuoshi.com/zj/content/2022-09/21/content_8863333.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with the 维保单位 beside the 整改责任单位（电梯使用单位）, the
# 整改书 number, deadlines as text, a 复查人 (inspector) column, a 注 line and a signature line.
LIFT_ROWS = [
    (
        "锦华小区3号楼1单元",
        "濮阳市安居物业服务有限公司",
        "濮阳市通达电梯工程有限公司",
        "轿厢内未张贴安全检验合格标志和应急救援电话",
        "濮特整〔2024〕021号",
        "2024.7.15",
        "已张贴，复查合格",
        "孙建国",
    ),
    (
        "锦华小区5号楼2单元",
        "濮阳市安居物业服务有限公司",
        "濮阳市通达电梯工程有限公司",
        "轿厢应急报警装置无法接通值班室",
        "濮特整〔2024〕022号",
        "2024.7.20",
        "正在维修",
        "",
    ),
    (
        "龙润华府",
        "濮阳市龙润物业服务有限公司",
        "河南迅捷电梯有限公司",
        "未配备持证电梯安全管理员",
        "濮特整〔2024〕023号",
        "2024.7.31",
        "已安排1人参加安全管理员培训考试",
        "",
    ),
    (
        "盛世名门1号楼",
        "濮阳市金盾物业管理有限公司",
        "濮阳市通达电梯工程有限公司",
        "电梯超过检验有效期未申请定期检验",
        "濮特整〔2024〕024号",
        "7月20日前",
        "已停用，已向特种设备检验机构报检",
        "",
    ),
    (
        "建业小区",
        "濮阳市建业物业管理有限公司",
        "河南迅捷电梯有限公司",
        "维护保养记录与现场实际保养情况不符",
        "濮特整〔2024〕025号",
        "2024.7.25",
        "未整改",
        "",
    ),
    (
        "华龙商住楼",
        "濮阳市华龙商业管理有限公司",
        "濮阳市安泰电梯维修有限公司",
        "未建立电梯安全技术档案，无电梯事故应急救援预案",
        "濮特整〔2024〕026号",
        "2024.8.10",
        "",
        "",
    ),
    (
        "锦华小区3号楼机房",
        "濮阳市安居物业服务有限公司",
        "濮阳市通达电梯工程有限公司",
        "电梯机房门未上锁，机房内堆放杂物",
        "濮特整〔2024〕027号",
        "2024.7.12",
        "已整改",
        "孙建国",
    ),
    (
        "东方家园6号楼",
        "濮阳市东方物业服务有限公司",
        "濮阳市安泰电梯维修有限公司",
        "轿厢内视频监控设备损坏",
        "濮特整〔2024〕028号",
        "2024.8.5",
        "已更换摄像头，复查合格",
        "王丽",
    ),
]


def write_lift(path: Path) -> Path:
    b = Book(path, author="特种设备科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 28, 26, 36, 20, 12, 30, 10])
    b.line(ws, 0, "住宅小区电梯安全联合检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市市场监督管理局特种设备安全监察科、濮阳市住房和城乡建设局物业管理科    "
        "检查时间：2024年7月9日至7月12日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "小区（楼栋）",
            "整改责任单位（电梯使用单位）",
            "维保单位",
            "检查发现问题",
            "责令整改书编号",
            "整改期限",
            "整改结果",
            "复查人",
        ],
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIFT_ROWS)
    b.line(ws, end + 1, "注：整改结果经检查单位现场复查合格的，由复查人签名。", 8)
    b.line(ws, end + 2, "填表人：石磊    审核人：赵红梅    填表日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. “僵尸车”及占用停车位车辆清理整治, after a county 交警大队's clean-up on its busiest roads (结合文明城市创建，深入
# 兴业路、宏华路、云漳路等重点路段; 结合前期…摸排工作情况，明确…多发的路段; 对无法联系到车主及拒不驶离的…依法拖离、
# 查扣; 规范道路两侧停车秩序，提高停车泊位周转率):
# https://www.zzyxxw.com/Article/details?infoid=42697
# A CSV in GBK: a title line, a line stating the 摸排 date, one header line with 路段 and 问题类型, the 交警支队, 城管局,
# a 街道 and 沿街商户 as 整改责任单位, deadlines as dates, 月底 and 长期坚持, a 合计 line and a 填表人 line.
PARK_ROWS = [
    (
        "胜利路（京开道至中原路段）",
        "僵尸车",
        "路侧公共停车位长期停放无牌面包车1辆，车身积灰、轮胎干瘪",
        "市交警支队",
        "联系车主限期驶离，无法联系的依法拖离",
        "2024.7.20",
        "已拖离至停车场",
    ),
    (
        "人民路（大庆路至黄河路段）",
        "私占公共泊位",
        "沿街商户用地锁、路锥圈占公共停车位5个",
        "濮阳市蜀香园火锅店",
        "拆除地锁、路锥，恢复公共泊位",
        "2024.7.15",
        "已拆除，泊位恢复使用",
    ),
    (
        "京开道（建业小区门口）",
        "违法停车",
        "早晚高峰车辆占用非机动车道停放",
        "市公安局交通管理支队",
        "增派警力巡查，违停抓拍",
        "长期坚持",
        "常态化巡查",
    ),
    (
        "大庆路（绿城路至开州路段）",
        "泊位标线",
        "停车泊位标线磨损不清，车辆停放不整齐",
        "市城管局",
        "重新施划停车泊位标线",
        "7月底前",
        "正在施划",
    ),
    (
        "开州路（古城路口西侧）",
        "僵尸车",
        "报废三轮车、电动车12辆长期占用人行道",
        "濮阳市华龙区开州路街道办事处",
        "集中清理，张贴清理公告",
        "2024.7.25",
        "未整改",
    ),
    (
        "黄河路（市人民医院周边）",
        "违法停车",
        "就医车辆双排停放，救护车通道受阻",
        "市公安局交通管理支队",
        "设置临时停车引导员和隔离护栏",
        "2024年8月15日",
        "",
    ),
    (
        "绿城路（农贸市场南门）",
        "私占公共泊位",
        "商户摆放花盆、石墩占用公共停车位",
        "市城市管理局",
        "约谈商户，清除占位物",
        "2024.7.22",
        "已约谈商户，正在清理",
    ),
]


def write_park(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["重点路段“僵尸车”及占用停车位车辆清理整治问题清单", "", "", "", "", "", "", ""])
    w.writerow(
        ["摸排单位：市公安局交通管理支队城区一大队；摸排时间：2024年7月11日", "", "", "", "", "", "", ""]
    )
    w.writerow(["序号", "路段", "问题类型", "问题描述", "整改责任单位", "处置措施", "整改时限", "处置结果"])
    for i, row in enumerate(PARK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "摸排问题7个，其中僵尸车2处、私占公共泊位2处", "", "", "", ""])
    w.writerow(
        ["填表人：闫志刚  联系电话：0393-8990122  填报日期：2024年7月27日", "", "", "", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 餐饮油烟专项整治, after a 市场监管分局 and a 街道's joint 餐饮油烟整治 (重点检查餐饮企业油烟净化设备安装、使用及
# 清洗情况，督促未规范安装或清洗不到位的商户限期整改; 逐户核查净化器型号、风量匹配度、清洗台账和排放口设置; 对三家油烟
# 管道滴油、两家净化器长期未拆洗的门店当场下达整改通知书，要求三日内完成清洗并提交凭证; 对一家油烟直排的小吃店现场
# 教育并指导其立即清洗设备、规范排放):
# https://amr.ahsz.gov.cn/xwdt/sjdt/196144571.html
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble stating the day the 整改通知书 were served (the base of
# 三日内/7日内/立行立改), one table with the 商户 as 整改责任单位, the 分局 and date at the foot.
FUME_ROWS = [
    (
        "濮阳市开发区老街烧烤店",
        "濮上路东段",
        "油烟管道滴油，管道外壁油污积聚",
        "清洗油烟管道，提交清洗凭证",
        "三日内",
        "已清洗并提交清洗凭证",
    ),
    (
        "濮阳市开发区一碗香面馆",
        "濮上路东段",
        "油烟管道接口处滴油",
        "清洗油烟管道，提交清洗凭证",
        "三日内",
        "未提交清洗凭证，未整改",
    ),
    (
        "濮阳市开发区蜀味川菜馆",
        "黄河路南侧",
        "油烟管道滴油，排烟口下方墙面油污",
        "清洗油烟管道及墙面，提交清洗凭证",
        "三日内",
        "正在清洗",
    ),
    (
        "濮阳市开发区好滋味快餐店",
        "昆吾路中段",
        "油烟净化器滤网长期未拆洗，油污堵塞",
        "拆洗净化器，建立清洗台账",
        "三日内",
        "已拆洗，复查合格",
    ),
    (
        "濮阳市开发区聚贤楼酒店",
        "昆吾路中段",
        "油烟净化器长期未拆洗，无清洗维护台账",
        "拆洗净化器，建立清洗维护台账",
        "7日内",
        "",
    ),
    (
        "濮阳市开发区王记小吃店",
        "濮上路西段",
        "未开启油烟净化器，油烟直排",
        "立即清洗设备，规范排放",
        "立行立改",
        "已现场清洗设备，规范排放",
    ),
    (
        "濮阳市开发区炭火烤肉店",
        "黄河路南侧",
        "油烟排放口正对居民楼窗户",
        "移位排放口，高空排放",
        "2024年8月15日前",
        "已联系施工方，正在改造",
    ),
    (
        "濮阳市开发区北方饺子馆",
        "昆吾路东段",
        "油烟净化器风量与灶头数量不匹配",
        "更换匹配风量的净化设备",
        "2024年7月31日",
        "未整改",
    ),
]


def write_fume_docx(path: Path) -> Path:
    doc = _new_document("开发区分局")
    _title(doc, "关于夏季餐饮油烟专项整治检查情况的报告", 18)
    _paragraph(doc, "市餐饮油烟污染治理工作专班：", 12)
    _paragraph(
        doc,
        "为降低餐饮油烟对周边居民生活的影响，我局联合濮上街道办事处开展夏季餐饮油烟专项整治，以居民投诉集中的"
        "商圈、学校和医院周边为重点，逐户核查净化器型号、风量匹配度、清洗台账和排放口设置。2024年7月16日共检查"
        "餐饮门店46家，对存在问题的8家门店当场下达整改通知书，整改期限自当日起计算。具体情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FUME_ROWS, 1)]
    _table(doc, ["序号", "商户名称", "地址", "存在问题", "整改要求", "整改期限", "整改情况"], body)
    _paragraph(doc, "下一步，我局将继续加大巡查力度，将油烟在线监测纳入日常管理。", 12)
    _paragraph(doc, "濮阳市市场监督管理局经济技术开发区分局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fume(path: Path) -> Path:
    return via_soffice(write_fume_docx, path, "doc:MS Word 97", "夏季餐饮油烟专项整治检查情况报告.docx")


FILES = [
    ("关于市城区生活区环境卫生检查发现问题交办及整改情况的通报.docx", write_health),
    ("全市各行业创文实地点位模拟测评发现问题整改台账.xlsx", write_civic),
    ("背街小巷整治提升问题台账（中原路街道）.et", write_alley),
    ("全市乡镇农贸市场改造升级工作推进台账.ods", write_market),
    ("市政公厕及社会公厕专项检查问题整改登记表.xls", write_toilet),
    ("生活垃圾分类督导检查问题整改（两个街道）.zip", write_sort),
    ("2024年城市燃气管道老化更新改造项目推进台账.xlsx", write_gas),
    ("住宅小区电梯安全联合检查问题整改台账.xlsx", write_lift),
    ("重点路段僵尸车及占用停车位清理整治问题清单.csv", write_park),
    ("夏季餐饮油烟专项整治检查情况报告.doc", write_fume),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev145 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 住房保障与物业、城镇燃气、供水供热、城市排水防涝检查整改 (内涝点“一点一策”台账, 积水点专项检查反馈,
供热“冬病夏治”, 瓶装燃气安检系统导出, 物业小区专项检查, 保障性租赁住房报修系统导出, 供热建议办理报告, 供水
留言与诉求办理, 保障性安居工程审计整改, 燃气排查整治督导).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et and .doc (LibreOffice conversions of an .xlsx and a
.docx), a UTF-8 CSV with a byte-order mark, a .docx whose items are numbered paragraphs, and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside249.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 5, 0)
ZIP_TIME = (2024, 7, 30, 17, 5, 0)


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


def _group_format(b: Book):
    return b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})


# ---------------------------------------------------------------------------------------------
# 1. 城区内涝点整治台账（一点一策）, after a province's notice to its cities' 排水防涝主管部门 (对巡查发现的问题，必须逐项
# 落实整改措施，限期处置; 对于汛前确定无法完成险患整改的，应制定切实可行的度汛方案和抢险措施; 根据排查发现的内涝点，
# 建立台帐，分析查找内涝原因，做到“一案一账，一点一策”):
# http://hj1995.com/News/Info545.html
# An .xlsx: title, 填报单位 line, a two-row header (内涝点基本情况 over 名称/位置/内涝原因), the 责任单位 beside a
# 责任人, a 临时度汛措施 column for points that cannot be finished before the flood season, the rows grouped under two
# area rows merged across, a 说明 line and a signature line.
WATERLOG_GROUPS = [
    (
        "一、中心城区（6处）",
        [
            (
                "京开大道下穿铁路立交",
                "京开大道与濮范铁路交叉处",
                "下穿立交排涝泵站仅单台泵运行，强降雨时抽排能力不足",
                "增设1台排涝泵，实行双泵运行",
                "市城管局",
                "王庆丰",
                "2024年6月30日",
                "新泵已安装调试，7月11日强降雨期间双泵运行正常，已完成",
                "",
            ),
            (
                "胜利路与京开大道交叉口",
                "交叉口西南角",
                "路口地势低洼，雨水口数量不足，收水能力差",
                "新增雨水口8座，更换破损雨水篦子",
                "华龙区住房和城乡建设局",
                "李卫华",
                "7月15日前",
                "已新增雨水口6座，剩余2座正在施工",
                "暴雨时安排人员现场疏导",
            ),
            (
                "人民路（建设路—大庆路段）",
                "人民路中段",
                "雨水管道淤积严重，过水断面不足三分之一",
                "汛前全线清淤疏通",
                "市城管执法局",
                "赵红军",
                "5月31日前",
                "已完成清淤疏通，经复查通过",
                "",
            ),
            (
                "中原路与大庆路交叉口",
                "交叉口东北角",
                "周边建筑工地泥浆排入市政雨水管网，造成管道堵塞",
                "责令施工单位清淤并设置三级沉淀池",
                "市住建局",
                "孙志刚",
                "2024年7月20日",
                "未整改",
                "",
            ),
            (
                "长庆路下穿京开大道涵洞",
                "涵洞南北两侧",
                "涵洞无积水警示标识和水位标尺，积水时车辆误入",
                "设置积水警示牌、水位标尺和临时封闭设施",
                "市交警支队",
                "刘建设",
                "6月底前",
                "",
                "",
            ),
            (
                "马颊河濮水桥下游排涝口",
                "马颊河右岸",
                "排涝闸门启闭设备老化，汛期开闸不及时",
                "更换闸门启闭机，明确专人启闭",
                "市水务局",
                "陈国栋",
                "2024年9月30日",
                "启闭机更换已完成招标，正在施工",
                "汛期安排人工手摇启闭，24小时值守",
            ),
        ],
    ),
    (
        "二、濮阳县（2处）",
        [
            (
                "文化路与绿城路交叉口",
                "濮阳县城关镇",
                "老城区雨污合流管道管径偏小，排水能力不足",
                "实施雨污分流改造，更换DN800雨水管",
                "濮阳县住房和城乡建设局",
                "郭振华",
                "年底前",
                "改造方案已批复，汛期暂缓施工",
                "汛前无法完成整改，配备移动泵车1台，暴雨期间驻点抽排",
            ),
            (
                "红旗路东段居民区",
                "濮阳县城关镇红旗路",
                "居民区雨水出水口被违章建筑占压，排水不畅",
                "拆除违建，恢复出水口",
                "濮阳县城关镇人民政府",
                "韩晓东",
                "2024年7月10日",
                "违建已拆除，出水口恢复畅通，已完成",
                "",
            ),
        ],
    ),
]


def write_waterlog(path: Path) -> Path:
    b = Book(path, author="排水防涝办")
    ws = b.sheet("内涝点台账")
    b.widths(ws, [6, 20, 18, 36, 28, 22, 10, 14, 30, 30])
    b.line(ws, 0, "濮阳市城区内涝点整治台账（一点一策）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局（排水防涝办公室）    填报日期：2024年7月29日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "内涝点基本情况", b.head)
    b.header(ws, 3, ["内涝点名称", "所在位置", "存在问题（内涝原因）"], first=1)
    for c, word in enumerate(
        ["整治措施（一点一策）", "责任单位", "责任人", "完成时限", "整治进展", "临时度汛措施"], start=4
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    group_fmt = _group_format(b)
    r, n = 4, 0
    for title, rows in WATERLOG_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：汛前确定无法完成整改的内涝点，须落实临时度汛措施和抢险力量，一案一账、整改销号。", 9)
    b.line(ws, r + 1, "审核：王庆丰    填表：冯丽娜    联系电话：0393-8991562", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 道路积水点专项检查反馈问题整改落实表, after a city 防汛办's special inspection of road waterlogging points (听取区防办、
# 市政工程管理中心及养护单位汇报; 一是加强积水点及周边地下排水管网养护; 二是落实责任，一周内制定应急处置安全度汛
# 方案; 三是明确分工，一个月内完成解决局部道路积水的工程性措施方案; 四是编制积水点统计清单; 五是完善积水报告机制):
# http://www.021fenlei.com/n95249.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, a line with the 检查
# date every 一周内/一个月内/立行立改 counts from, one header row with a 完成时间 column beside 整改落实情况, a 注 line
# and a signature line.
PONDING_ROWS = [
    (
        "胜利路近中原路路段",
        "雨水收集井清掏不及时，井内淤泥深度超过30厘米",
        "立即清掏，加强日常养护",
        "立行立改",
        "华龙区城市管理局",
        "",
        "2024年6月29日",
    ),
    (
        "黄河路近开州路路段",
        "未制定积水点应急处置安全度汛方案，积水时无专人值守",
        "制定应急处置安全度汛方案，落实值守人员",
        "一周内",
        "华龙区黄河路街道办事处",
        "方案已制定并报区防办备案",
        "2024年7月4日",
    ),
    (
        "建设路近人民路路段",
        "局部道路积水问题无工程性措施方案",
        "完成解决局部道路积水的工程性措施方案",
        "一个月内",
        "市城管局",
        "方案已初步编制，正在征求交警、住建部门意见",
        "",
    ),
    (
        "大庆路铁路桥下",
        "积水点未纳入统计清单，积水深度和影响范围底数不清",
        "编制积水点统计清单",
        "2024年7月15日",
        "华龙区大庆路街道办事处",
        "未启动",
        "",
    ),
    (
        "开州路与京开大道交叉口",
        "积水报告机制不健全，积水信息未按要求报送区防办",
        "建立积水信息每日报告制度",
        "长期坚持",
        "华龙区城市管理局",
        "已建立每日报告制度，长期坚持",
        "",
    ),
    (
        "任丘路近五一路路段",
        "在建工地围挡占压雨水口3处",
        "立即拆除占压围挡，恢复雨水口",
        "立行立改",
        "濮阳恒通建设工程有限公司",
        "",
        "2024年6月30日",
    ),
    (
        "昆吾路地下通道",
        "地下通道出入口未设置挡水设施，存在雨水倒灌风险",
        "出入口设置挡水板和防倒灌设施",
        "一个月内",
        "市住建局",
        "",
        "",
    ),
]


def write_ponding_book(path: Path) -> Path:
    b = Book(path, author="区防办")
    ws = b.sheet("整改落实表")
    b.widths(ws, [6, 20, 38, 30, 14, 24, 30, 16])
    b.line(ws, 0, "市防汛办道路积水点专项检查反馈问题整改落实表", 7, b.title)
    b.line(
        ws,
        1,
        "检查反馈时间：2024年6月28日    整改时限自检查反馈之日起计算    填报单位：华龙区防汛抗旱指挥部办公室",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "检查路段", "存在问题", "整改要求", "整改时限", "责任单位", "整改落实情况", "完成时间"],
    )
    for i, row in enumerate(PONDING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PONDING_ROWS)
    b.line(ws, end, "注：本表由华龙区防汛抗旱指挥部办公室汇总，7月30日报市防汛办。", 7)
    b.line(ws, end + 1, "审核人：马建民    填表人：周蕾    联系电话：0393-4418827", 7)
    return b.close()


def write_ponding(path: Path) -> Path:
    return via_soffice(write_ponding_book, path, "xls", "道路积水点检查反馈整改落实表.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 采暖期供热问题“冬病夏治”整改台账, after a city 住房和城乡建设局's 通报 of its heating companies (热电公司自供热以来
# 厂内锅炉及附属设备共发生较大规模故障12次; 发生较大爆管故障3次，电厂供热运行参数多次发生波动，致使投诉量增加;
# 给予全市通报批评; 其他供热单位在供热质量和供热服务上不同程度地存在问题，引发投诉，望今后引以为戒):
# https://news.58heating.com/show-1960.html
# An .xlsx: title, 填报单位 line, a two-row header whose 整改完成情况 spans three tick columns (已完成/正在整改/未启动),
# the 通报情况 (通报批评 or 引以为戒) beside each company, a 备注 column, a 注 line and a signature line.
HEATING_ROWS = [
    (
        "濮阳龙丰热电有限责任公司",
        "采暖期内锅炉及附属设备发生较大故障9次，供热参数下降，投诉量居高不下",
        "通报批评",
        "锅炉本体及辅机全面检修，增设备用给水泵",
        "10月31日前",
        "",
        "√",
        "",
        "",
    ),
    (
        "濮阳市热力有限公司",
        "主干管网发生较大爆管故障3次，单次抢修时间超过24小时",
        "通报批评",
        "更换京开大道、开州路老旧主干管网2.6公里",
        "2024年10月15日",
        "",
        "√",
        "",
        "",
    ),
    (
        "濮阳锦华物业服务有限公司",
        "自管供热小区末端用户室温长期不达标，采暖期投诉32件",
        "引以为戒",
        "实施管网水力平衡调节，加装平衡阀",
        "9月30日前",
        "",
        "",
        "√",
        "",
    ),
    (
        "濮阳县城东供热有限公司",
        "换热站循环泵故障后无备用泵，停热11小时",
        "引以为戒",
        "各换热站增设备用循环泵",
        "2024年7月20日",
        "√",
        "",
        "",
        "",
    ),
    (
        "清丰县恒源热力有限公司",
        "供热服务热线夜间无人接听，群众诉求处理不及时",
        "引以为戒",
        "服务热线24小时值守，诉求限时办结",
        "长期坚持",
        "",
        "",
        "",
        "长效机制，常态化推进",
    ),
    (
        "南乐县瑞通热力有限公司",
        "换热站运行记录不全，二次网供水温度未按室外温度调节",
        "引以为戒",
        "完善运行记录制度，实行气候补偿调节",
        "2024年6月30日",
        "√",
        "",
        "",
        "",
    ),
    (
        "濮阳市热力有限公司",
        "部分老旧小区供热立杠锈蚀漏水，影响户内供暖",
        "引以为戒",
        "更换锈蚀立杠，逐户打压试验",
        "2024年10月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "台前县鑫源供热有限公司",
        "燃煤锅炉超低排放改造未完成，供暖初期延迟供热3天",
        "通报批评",
        "完成锅炉超低排放改造并试运行",
        "11月10日前",
        "",
        "√",
        "",
        "",
    ),
]


def write_heating(path: Path) -> Path:
    b = Book(path, author="供热办")
    ws = b.sheet("冬病夏治台账")
    b.widths(ws, [6, 26, 40, 10, 32, 14, 8, 8, 8, 18])
    b.line(ws, 0, "2023—2024年度采暖期供热问题“冬病夏治”整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市城市管理局（供热办）    填报时间：2024年7月26日    整改时限均为2024年",
        9,
    )
    words = ["序号", "供热单位", "采暖期存在问题", "通报情况", "整改措施", "完成时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["已完成", "正在整改", "未启动"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(HEATING_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.row(ws, r, list(row[5:8]), first=6, fmt=b.center)
        b.put(ws, r, 9, row[8])
    end = 4 + len(HEATING_ROWS)
    b.line(ws, end, "注：“整改完成情况”在相应栏内打“√”；通报批评单位整改情况每半月报送一次。", 9)
    b.line(ws, end + 1, "审核：杜明亮    填表：孔晓燕    联系电话：0393-8167723", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 瓶装液化气用户安检隐患明细 (a system export), after the 送气/安检 record of a bottled-gas delivery system (送气编号、
# 用户姓名、手机、用户类型描述; 安检状态 0-不存在隐患 1-存在一般隐患 2-存在严重隐患; 严重隐患 - 调压器泄漏 / 未按规定
# 安装使用泄漏报警器 / 商业餐饮用户未按规定设瓶组间或无瓶库 / 同室使用二种及以上气源 / 使用场所不规范; 一般隐患 -
# 橡胶管使用不规范 / 使用非安全型灶具 / 燃气具故障 / 餐饮用户灶位排烟设施不全; 操作时间、操作人编号; 整改状态):
# https://github.com/ttttmmmmjjjj/qppst/blob/92bd5553119496d4de828f8c4489abed68392e07/app/src/main/java/com/hsic/bean/UserXJInfo.java
# A CSV in UTF-8 with a byte-order mark, as the system's export writes it: an export line, a 说明 line with the rule
# the deadlines follow (严重隐患立即整改, 一般隐患自安检之日起15日内), the system's own header words, the 操作时间 each
# deadline counts from, the user (a restaurant, a school canteen) as the party that must rectify, a record count.
GAS_CHECK_ROWS = [
    (
        "PY0100231",
        "濮阳县城关镇老街羊肉烩面馆",
        "139****2816",
        "商业餐饮用户",
        "濮阳县城关镇开州中路118号",
        "存在严重隐患",
        "严重隐患-未按规定安装使用泄漏报警器",
        "2024-07-02 09:35:12",
        "A017",
        "已整改",
    ),
    (
        "PY0100475",
        "濮阳县第三中学",
        "0393-3212406",
        "单位食堂",
        "濮阳县城关镇振兴路27号",
        "存在严重隐患",
        "严重隐患-商业餐饮用户未按规定设瓶组间或无瓶库",
        "2024-07-03 14:20:45",
        "A017",
        "整改中",
    ),
    (
        "PY0100512",
        "濮阳县城关镇鑫源快餐店",
        "137****0952",
        "商业餐饮用户",
        "濮阳县城关镇文化路56号",
        "存在一般隐患",
        "一般隐患-橡胶管使用不规范",
        "2024-07-05 10:12:08",
        "A023",
        "已整改",
    ),
    (
        "PY0100588",
        "濮阳县城关镇好运来饭庄",
        "158****3371",
        "商业餐饮用户",
        "濮阳县城关镇绿城路203号",
        "存在一般隐患",
        "一般隐患-餐饮用户灶位排烟设施不全",
        "2024-07-08 16:48:30",
        "A023",
        "未整改",
    ),
    (
        "PY0100603",
        "濮阳县城关镇金色阳光幼儿园",
        "0393-3268150",
        "单位食堂",
        "濮阳县城关镇红旗路89号",
        "存在一般隐患",
        "一般隐患-使用非安全型灶具",
        "2024-07-10 09:05:51",
        "A017",
        "已整改",
    ),
    (
        "PY0200117",
        "濮阳县柳屯镇喜洋洋酒楼",
        "135****7720",
        "商业餐饮用户",
        "濮阳县柳屯镇柳屯大街16号",
        "存在严重隐患",
        "严重隐患-同室使用二种及以上气源",
        "2024-07-12 11:30:02",
        "A031",
        "",
    ),
    (
        "PY0100644",
        "濮阳县城关镇张记卤肉店",
        "152****6093",
        "商业餐饮用户",
        "濮阳县城关镇开州南路45号",
        "存在一般隐患",
        "一般隐患-燃气具故障",
        "2024-07-16 15:16:27",
        "A023",
        "整改中",
    ),
    (
        "PY0100671",
        "濮阳县城关镇蜀香源火锅店",
        "186****4418",
        "商业餐饮用户",
        "濮阳县城关镇振兴路地下商业街B12",
        "存在严重隐患",
        "严重隐患-使用场所不规范（地下商业街使用液化石油气）",
        "2024-07-18 10:02:36",
        "A031",
        "未整改",
    ),
]


def write_gas_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "瓶装液化气用户安检隐患明细",
            "导出时间：2024-07-30 16:20:11",
            "站点编号：PY01（濮阳县城关液化气供应站）",
        ]
    )
    w.writerow(
        [
            "说明：隐患整改责任主体为用户，供应站负责上门复查；存在严重隐患的当场停止供气、立即整改，"
            "一般隐患自安检之日起15日内整改。"
        ]
    )
    w.writerow(
        [
            "序号",
            "送气编号",
            "用户姓名",
            "手机",
            "用户类型描述",
            "送气地址",
            "安检状态",
            "隐患项目",
            "操作时间",
            "操作人编号",
            "整改状态",
        ]
    )
    for i, row in enumerate(GAS_CHECK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow([f"共{len(GAS_CHECK_ROWS)}条记录"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 物业小区建筑物附属设施及消防安全专项检查问题整改情况表, after a district 房管局's 物业督查组 visits to named estates
# (建筑物附属设施及消防安全专项检查; 小区环境秩序、消防器材、电梯运行、楼宇环境、地下车库、非机动停车棚、防汛防台
# 物资; 非机动车乱停放、楼道堆物、灭火器过期; 督查组已将检查结果告知相关物业服务企业，要求其及时整改):
# http://www.021fenlei.com/n139993.htm
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row with 小区名称 and 检查项目 beside the 物业服务企业,
# 整改期限 as X月X日前 / dates / 9月底前, the 物业企业整改情况 and a 复查结果 verdict column, a 注 line, a signature.
ESTATE_ROWS = [
    (
        "锦华苑",
        "濮阳锦华物业服务有限公司",
        "消防器材",
        "3号楼、5号楼楼道灭火器过期未更换",
        "7月15日前",
        "已更换灭火器24具",
        "复查合格",
    ),
    (
        "龙城华府",
        "濮阳中原物业管理有限公司",
        "非机动停车棚",
        "非机动车乱停乱放，占用消防车通道",
        "7月12日前",
        "已清理并施划非机动车停放区",
        "复查未通过，已责令二次整改",
    ),
    (
        "绿城小区",
        "濮阳绿城物业服务有限公司",
        "楼宇环境",
        "楼道堆放纸箱、旧家具等可燃杂物",
        "7月15日前",
        "正在逐楼清理",
        "",
    ),
    (
        "建业桂园",
        "河南建业物业服务有限公司濮阳分公司",
        "电梯运行",
        "2号楼电梯维保记录缺失，定期检验标志过期",
        "7月31日前",
        "已预约特种设备检验机构检验",
        "",
    ),
    (
        "盛世华庭",
        "濮阳盛世物业服务有限公司",
        "地下车库",
        "地下车库排水沟堵塞，集水井潜水泵无法启动",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "华润中央公园",
        "华润万象生活（濮阳）物业服务有限公司",
        "防汛防台物资",
        "防汛沙袋、挡水板数量不足，未集中存放",
        "7月12日前",
        "已补充沙袋200袋、挡水板6块",
        "复查合格",
    ),
    (
        "恒泰家园",
        "濮阳恒泰物业服务有限公司",
        "消防器材",
        "室内消火栓无水，消防水泵房未按规定巡检",
        "8月15日前",
        "",
        "",
    ),
    (
        "幸福里小区",
        "华龙区胜利路街道办事处（无物业，街道代管）",
        "建筑物附属设施",
        "小区围墙多处破损，单元门禁损坏",
        "9月底前",
        "已纳入2024年老旧小区改造计划，施工单位已进场",
        "",
    ),
]


def write_estates(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "华龙区物业小区建筑物附属设施及消防安全专项检查问题整改情况表", t, 0, 7),
        (
            1,
            0,
            "检查单位：华龙区住房和城乡建设局物业督查组    检查时间：2024年7月8日—12日    填报时间：2024年7月29日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "小区名称",
            "物业服务企业",
            "检查项目",
            "发现问题",
            "整改期限",
            "物业企业整改情况",
            "复查结果",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(ESTATE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5) else c))
    r = 3 + len(ESTATE_ROWS)
    cells += [
        (r, 0, "注：复查结果由区住建局物业督查组填写；复查未通过的，责令物业服务企业二次整改。", plain, r, 7),
        (r + 1, 0, "督查组长：张宏伟    填表人：李倩    联系电话：0393-8216634", plain, r + 1, 7),
    ]
    return _write_xls(path, [("检查整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 保障性租赁住房报修工单 (a system export), after a park service system's 报修列表 table (企业名称、报修人手机号、报修
# 公司所在地址; 类型 1=水电,2=电器,3=办公设备,4=电梯,5=门禁,6=公共设施,7=物业设备,8=其他报修; 标题、内容、报修时间;
# 状态 1=待处理,2=已派单,3=已完成|待评价,4=已关闭; 维修工、费用、用户评价、管理回复):
# https://github.com/LIGUANGYAO/TJ_Smart_Park/blob/dbfea8f98ebc884ebe1ae6e916a3c3d21187f520/apps/service_repair/install/install.sql
# An .xlsx as the operator exports it: a title and an 运营单位 line stating the 3-working-day limit every row's deadline
# counts from its 报修时间, then the system's column names; the tenant enterprise is the one that reported (never the
# unit), the rows name only the operator's own repairmen.
REPAIR_ROWS = [
    (
        1021,
        "濮阳市盛通化工有限公司",
        "138****5562",
        "华龙区昆吾路保租房项目3号楼2单元502室",
        "水电",
        "卫生间下水管漏水",
        "卫生间下水管漏水，接口处渗水至楼下401室",
        datetime(2024, 7, 1, 9, 12, 0),
        "已完成|待评价",
        "张建伟",
        0,
        "",
        "已更换下水管接头",
    ),
    (
        1034,
        "濮阳市华信电子科技有限公司",
        "139****7043",
        "华龙区昆吾路保租房项目5号楼1单元",
        "电梯",
        "电梯频繁停梯困人",
        "5号楼1单元电梯频繁停梯困人，本周已困人1次",
        datetime(2024, 7, 5, 15, 40, 0),
        "已派单",
        "李强",
        0,
        "",
        "已通知电梯维保单位更换门机控制板，配件待到货",
    ),
    (
        1047,
        "濮阳宏业建材有限公司",
        "151****2208",
        "华龙区任丘路保租房项目1号楼3单元",
        "门禁",
        "单元门禁无法刷卡",
        "单元门禁无法刷卡，住户只能敲门进出",
        datetime(2024, 7, 9, 8, 26, 0),
        "待处理",
        "",
        0,
        "",
        "",
    ),
    (
        1052,
        "濮阳龙城物流有限公司",
        "177****9315",
        "华龙区任丘路保租房项目7号楼",
        "公共设施",
        "楼前路灯不亮",
        "7号楼楼前路灯不亮共4盏，夜间出行不便",
        datetime(2024, 7, 11, 19, 3, 0),
        "已关闭",
        "赵刚",
        120,
        "满意",
        "已更换灯具4套，用户确认修复后关闭",
    ),
    (
        1066,
        "濮阳市永新纺织有限公司",
        "136****4480",
        "华龙区昆吾路保租房项目9号楼",
        "水电",
        "高层住户停水",
        "9号楼二次供水水泵故障，高层住户停水",
        datetime(2024, 7, 15, 6, 50, 0),
        "已完成|待评价",
        "张建伟",
        860,
        "",
        "已更换水泵机械密封，当日恢复供水",
    ),
    (
        1078,
        "濮阳市华信电子科技有限公司",
        "139****7043",
        "华龙区昆吾路保租房项目地下车库",
        "物业设备",
        "地下车库排风机不转",
        "地下车库排风机不转，车库内空气浑浊",
        datetime(2024, 7, 18, 10, 15, 0),
        "已派单",
        "王海涛",
        0,
        "",
        "",
    ),
    (
        1085,
        "濮阳盛源食品有限公司",
        "188****1627",
        "华龙区任丘路保租房项目公共洗衣房",
        "电器",
        "洗衣机漏电",
        "公共洗衣房洗衣机漏电，有麻手感",
        datetime(2024, 7, 22, 20, 34, 0),
        "已派单",
        "李强",
        0,
        "",
        "已断电停用，待厂家上门检修",
    ),
    (
        1093,
        "濮阳市盛通化工有限公司",
        "138****5562",
        "华龙区昆吾路保租房项目3号楼",
        "其他报修",
        "楼道墙皮脱落",
        "3号楼楼道墙皮脱落面积较大，掉落砸伤风险",
        datetime(2024, 7, 24, 11, 47, 0),
        "已完成|待评价",
        "赵刚",
        0,
        "",
        "已铲除空鼓墙皮并重新粉刷",
    ),
]


def write_repair(path: Path) -> Path:
    b = Book(path, author="运营管理部")
    ws = b.sheet("报修列表")
    b.widths(ws, [8, 26, 14, 34, 10, 20, 40, 20, 14, 10, 8, 10, 36])
    stamp = b.book.add_format({"border": 1, "num_format": "yyyy-mm-dd hh:mm:ss", "valign": "vcenter"})
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市保障性租赁住房报修工单处理情况（系统导出，2024年7月1日—7月26日）", 12, b.title)
    b.line(
        ws,
        1,
        "运营单位：濮阳市安居住房运营管理有限公司    报修工单自报修之日起3个工作日内办结    导出人：运营管理部",
        12,
    )
    b.header(
        ws,
        2,
        [
            "ID",
            "企业名称",
            "报修人手机号",
            "报修公司所在地址",
            "类型",
            "标题",
            "内容",
            "报修时间",
            "状态",
            "维修工",
            "费用",
            "用户评价",
            "管理回复",
        ],
    )
    for i, row in enumerate(REPAIR_ROWS, 1):
        r = 2 + i
        for c, v in enumerate(row):
            if isinstance(v, datetime):
                ws.write_datetime(r, c, v, stamp)
            elif c == 10:
                ws.write_number(r, c, v, money)
            else:
                b.put(ws, r, c, v)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 供热监管建议办理整改落实情况的报告, after a city 城市管理委员会's answer to a deputy's suggestion on heating (一、开展
# 供热旧管网改造工作，以群众反映问题集中、管网故障为导向筛选重点供热站、重点小区列入改造清单; 二、开展供热“冬病
# 夏治”户内改造工作，聚焦群众反映和日常排查发现的问题; 三、提前组织供热准备工作，锅炉本体、电气设施、板换泵机等
# 关键部位持续开展隐患排查整改，10月底前全部检修完成; 四、持续完善监管机制，建立供热监管“十项制度”):
# https://csgl.tj.gov.cn/zwgk_57/jytabl/202412/t20241226_6816068.html
# A .docx: title, 主送, a preamble naming the deputy (the proposer, never the unit), the items as numbered paragraphs
# （一）…（七）, each with its 责任单位 or the bureau's own 责任科室, its 完成时限 (dates, 10月底前, a schedule text,
# 年底前, 长期坚持) and its progress in a sentence or none at all, a closing paragraph, the bureau and date at the foot.
HEAT_SUGGESTION_PARAS = [
    (
        "（一）城区部分供热管网运行超过20年，爆管漏水故障率高。整改措施：以群众反映集中、管网故障频发为导向，筛选"
        "重点小区列入旧管网改造清单，计划改造15公里。责任单位：濮阳市热力有限公司；完成时限：2024年10月31日。"
        "目前已完成改造9.6公里。"
    ),
    (
        "（二）上一采暖期反映室温不达标的1260户问题点位未逐户分析原因。整改措施：开展“冬病夏治”户内改造。"
        "责任科室：供热管理科；完成时限：7月底前完成问题点位分析，9月底前完成户内改造。目前问题点位分析已完成，"
        "户内改造已完成530户。"
    ),
    (
        "（三）锅炉本体、板换泵机等关键部位检修计划未细化到站。整改措施：逐站制定检修计划，持续开展隐患排查整改。"
        "责任单位：濮阳龙丰热电有限责任公司；完成时限：10月底前全部检修完成。检修计划已细化到站，检修工作已启动。"
    ),
    (
        "（四）对供暖问题突出的社区未开展调研回访。整改措施：建立问题社区回访制度，每月对投诉集中的社区上门回访。"
        "责任科室：供热管理科；完成时限：长期坚持。已对投诉集中的12个社区开展回访，长期坚持。"
    ),
    (
        "（五）供热企业信用评价办法尚未出台，对供热企业约束不足。整改措施：制定供热企业信用评价管理办法。"
        "责任科室：政策法规科；完成时限：2024年6月30日。已于6月25日印发《濮阳市供热企业信用评价管理办法（试行）》，"
        "整改完成。"
    ),
    (
        "（六）部分单位自管锅炉房设备老化，采暖期停热频繁。整改措施：推动单位自管锅炉房并网或移交专业供热企业。"
        "责任单位：华龙区人民政府；完成时限：年底前。"
    ),
    (
        "（七）清丰县城区供热管网末端水力失调，末端用户室温偏低。整改措施：开展管网水力平衡调试。"
        "责任单位：清丰县恒源热力有限公司；完成时限：2024年9月30日。已完成水力平衡调试，经复查合格。"
    ),
]


def write_heat_suggestion(path: Path) -> Path:
    doc = _new_document("供热管理科")
    _title(doc, "濮阳市城市管理局关于市人大代表“加强供热监管”建议办理整改落实情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "苏长青代表在市十届人大三次会议期间提出的《关于加强对供暖部门监管及对供暖问题突出社区居民调研回访的建议》"
        "由我局主办。我局对照建议逐项梳理出7个方面的问题，明确责任单位（科室）和完成时限。现将整改落实情况报告如下：",
    )
    for text in HEAT_SUGGESTION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将加强对供热企业的调度督导，确保各项问题在2024—2025年度采暖期前整改到位。")
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 供水留言与诉求办理台账 (two returns in one zip), after a county 住建局's public reply to a resident's message on
# repeated water cuts (网友留言“公共设施维护咨询”，反映小区频繁停水、已经两天未来水; 住建局回复：已组织施工单位进行
# 抢修，已于7月11日上午恢复供水; 因管网破损长、地下管线复杂导致停水时间较长; 回复时间):
# https://bkrmw.net/ask/ask_detail/14807
# A .zip holding an .xlsx from the county bureau whose rows name only its own 股室 (留言时间 the working-day 办理时限
# counts from, 留言标题 and 留言内容, the reply and its date, a 办理状态), and a .docx with a table from the city water
# company whose rows name only its own 所 (交办日期, 办理时限 as 立行立改 or N个工作日, 整改落实情况).
COUNTY_WATER_ROWS = [
    (
        "LY2024071003",
        "2024-07-10",
        "小区频繁停水",
        "城关镇祥和佳苑小区频繁停水，已连续两天未来水，天气炎热生活不便",
        "公用事业股",
        "5个工作日",
        "已督促县供水公司组织抢修，7月11日上午恢复供水",
        "2024-07-12",
        "已办结",
    ),
    (
        "LY2024071508",
        "2024-07-15",
        "自来水浑浊发黄",
        "文化路东段自来水浑浊发黄，放水半小时仍有杂质",
        "公用事业股",
        "5个工作日",
        "已对该区域管网排放冲洗，水质检测合格",
        "2024-07-17",
        "已办结",
    ),
    (
        "LY2024071911",
        "2024-07-19",
        "供水管道抢修后路面未恢复",
        "绿城路施工挖断供水管道，抢修后路面未恢复，车辆通行困难",
        "城建股",
        "5个工作日",
        "已责令施工单位恢复路面，正在施工",
        "2024-07-24",
        "办理中",
    ),
    (
        "LY2024072302",
        "2024-07-23",
        "集镇区水压低",
        "庆祖镇集镇区水压低，三楼以上用水困难",
        "村镇建设股",
        "10个工作日",
        "",
        "",
        "",
    ),
]
CITY_WATER_ROWS = [
    (
        "GD2024070215",
        "2024年7月2日",
        "中原路与京开大道交叉口供水管道漏水，路面大面积积水",
        "管网管理所",
        "立行立改",
        "当日完成抢修，恢复通行",
    ),
    (
        "GD2024070833",
        "2024年7月8日",
        "建设路北段水表井盖缺失，存在行人跌落隐患",
        "营业所",
        "3个工作日",
        "已更换水表井盖",
    ),
    (
        "GD2024071621",
        "2024年7月16日",
        "开州路高层小区二次供水水箱未按期清洗消毒",
        "二次供水管理所",
        "15个工作日",
        "已与物业确定清洗时间，计划8月初实施",
    ),
    (
        "GD2024072509",
        "2024年7月25日",
        "黄河路片区水费账单重复扣费",
        "营业所",
        "5个工作日",
        "未办理",
    ),
]


def write_county_water_book(path: Path) -> Path:
    b = Book(path, author="公用事业股")
    ws = b.sheet("留言办理台账")
    b.widths(ws, [6, 16, 12, 24, 44, 14, 12, 36, 12, 10])
    b.line(ws, 0, "濮阳县供水服务网络留言办理台账（2024年7月）", 9, b.title)
    b.line(
        ws, 1, "填报单位：濮阳县住房和城乡建设局    填报日期：2024年7月29日    办理时限自留言之日起计算", 9
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "留言编号",
            "留言时间",
            "留言标题",
            "留言内容",
            "承办股室",
            "办理时限",
            "回复内容",
            "回复时间",
            "办理状态",
        ],
    )
    for i, row in enumerate(COUNTY_WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(COUNTY_WATER_ROWS), "填表人：吴静    联系电话：0393-3236178", 9)
    return b.close()


def write_city_water_docx(path: Path) -> Path:
    doc = _new_document("客户服务中心")
    _title(doc, "市水务公司供水诉求整改落实情况", 18)
    _paragraph(doc, "填报单位：市水务公司客户服务中心    填报日期：2024年7月29日", 12)
    _paragraph(doc, "办理时限自交办之日起计算；“立行立改”事项当日办结。", 12)
    body = [[str(i), *row] for i, row in enumerate(CITY_WATER_ROWS, 1)]
    _table(doc, ["序号", "工单编号", "交办日期", "诉求内容", "承办部门", "办理时限", "整改落实情况"], body)
    _paragraph(doc, "填表人：许静怡    审核人：程志勇    联系电话：0393-4462210", 12)
    return _save_fixed(doc, path)


def write_water_zip(path: Path) -> Path:
    members = [
        ("濮阳县供水服务网络留言办理台账（7月）.xlsx", write_county_water_book),
        ("市水务公司供水诉求整改落实情况.docx", write_city_water_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 保障性安居工程跟踪审计发现问题整改台账, after a city 审计局's 审计结果公告 on its 保障性安居工程 (计划、投资、建设、
# 分配、运营情况; 审计发现的主要问题：补偿款未按合同约定支付，街道应支付1544.65万元、已支付600万元、尚未支付944.65
# 万元; 公房补偿款未及时结算，58.24万元属于公房补偿款，街道拖欠结算 …):
# https://www9599116.com/gi_news/115161069285777
# An .xlsx: title, 填报单位/金额单位 line, a two-row header (整改情况 over 整改进展/已整改金额/是否销号), money columns,
# deadlines as dates, 年底前, 第三季度 and a month range, a 合计 row summing the money, a 说明 line and a signature line.
HOUSING_AUDIT_ROWS = [
    (
        "胜利路街道棚户区改造项目征收补偿款未按合同约定支付",
        944.65,
        "华龙区胜利路街道办事处",
        "按补偿协议分期支付",
        "2024年9月30日",
        "已支付400万元，剩余部分按协议分期支付",
        400.00,
        "否",
    ),
    (
        "安居小区二期地块公房补偿款未及时结算",
        58.24,
        "华龙区人民路街道办事处",
        "与产权单位完成结算",
        "2024年6月30日",
        "已完成结算并支付",
        58.24,
        "是",
    ),
    (
        "公租房租金欠缴，涉及承租家庭137户",
        36.80,
        "市房管局",
        "逐户催缴，对恶意拖欠的依法处理",
        "年底前",
        "已追缴12.5万元，正在逐户催缴",
        12.50,
        "否",
    ),
    (
        "县城2019年建成的公租房312套长期空置未分配",
        "",
        "濮阳县住房和城乡建设局",
        "组织集中配租，盘活空置房源",
        "2024年6-9月",
        "已分配198套，剩余114套正在组织配租",
        "",
        "否",
    ),
    (
        "城镇保障性安居工程中央补助资金闲置超过一年",
        1260.00,
        "市财政局",
        "按项目进度下达拨付资金",
        "第三季度",
        "资金已全部拨付至项目单位",
        1260.00,
        "是",
    ),
    (
        "收入超标家庭未按规定退出公租房，涉及23户",
        "",
        "清丰县住房和城乡建设局",
        "复核收入情况，办理退出或调整租金",
        "2024年8月31日",
        "",
        "",
        "",
    ),
    (
        "老旧小区改造项目未办理竣工验收即拨付工程尾款",
        86.30,
        "市住建局",
        "组织竣工验收，追回不合规拨付资金",
        "2024年7月15日",
        "未整改",
        0,
        "否",
    ),
]


def write_housing_audit(path: Path) -> Path:
    b = Book(path, author="住房保障科")
    ws = b.sheet("审计整改台账")
    b.widths(ws, [6, 42, 12, 24, 28, 14, 32, 12, 10])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "2023年度保障性安居工程跟踪审计发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局（住房保障科）    填报日期：2024年7月30日    金额单位：万元",
        8,
    )
    for c, word in enumerate(["序号", "审计发现问题", "问题金额", "责任单位", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["整改进展", "已整改金额", "是否销号"], first=6)
    for i, row in enumerate(HOUSING_AUDIT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c in (2, 7) and v != "":
                ws.write_number(r, c, v, money)
            else:
                b.put(ws, r, c, v, b.center if c == 8 else None)
    end = 4 + len(HOUSING_AUDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"共{len(HOUSING_AUDIT_ROWS)}个问题", b.cell)
    ws.write_number(end, 2, round(sum(r[1] for r in HOUSING_AUDIT_ROWS if r[1] != ""), 2), money)
    for c in (3, 4, 5, 6):
        b.put(ws, end, c, "", b.cell)
    ws.write_number(end, 7, round(sum(r[6] for r in HOUSING_AUDIT_ROWS if r[6] != ""), 2), money)
    b.put(ws, end, 8, "已销号2个", b.center)
    b.line(ws, end + 1, "说明：整改到位并经审计机关认可的问题，在“是否销号”栏填“是”。", 8)
    b.line(ws, end + 2, "单位负责人：赵国强    填表人：申晓丽    联系电话：0393-8993127", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 城镇燃气安全排查整治督导发现问题清单, after a city's account of its gas-safety 大排查大整治 (各区市县在对辖区燃气
# 用户、燃气企业详细摸底的基础上开展用户端及企业端大排查; 各督导组针对各区工作机制建立情况、网格化落实情况、工作计划
# 排布情况、隐患整改情况开展督导; 市住建局持续开展直管企业安全检查; 组织燃气公司研究构建全市燃气用户信息管理平台):
# http://www.zgcxd.com/bendi/202109/1529844.html
# A .doc (Word 97 via LibreOffice): title, 督导时间 line with the 反馈 date the 立行立改 rows count from, a table with
# the 督导事项 (the source's four headings) beside the 被督导单位, the 督导组 (the inspector, never the unit) in the
# last column, deadlines as dates, 月底前, 年底前, 立行立改 and 长期坚持, a note and the office at the foot.
GAS_SUPERVISION_ROWS = [
    (
        "濮阳县人民政府",
        "工作机制建立",
        "县级燃气安全排查整治工作专班未明确牵头领导和成员单位职责",
        "印发专班工作方案，明确职责分工",
        "7月底前",
        "已印发专班工作方案",
        "第一督导组",
    ),
    (
        "清丰县韩村镇人民政府",
        "网格化落实",
        "燃气用户排查未纳入网格员日常巡查，瓶装燃气用户底数不清",
        "将燃气用户排查纳入网格巡查事项",
        "2024年8月15日",
        "正在逐村摸排瓶装燃气用户",
        "第二督导组",
    ),
    (
        "南乐县人民政府",
        "工作计划排布",
        "排查整治工作计划未排布到周，整体进度滞后",
        "细化周计划，倒排工期",
        "立行立改",
        "进展滞后",
        "第二督导组",
    ),
    (
        "范县濮城镇人民政府",
        "隐患整改",
        "排查发现的17处餐饮场所燃气隐患有6处未闭环销号",
        "逐处跟踪整改，整改一处销号一处",
        "8月31日前",
        "已整改销号4处，剩余2处正在整改",
        "第三督导组",
    ),
    (
        "燃气公司",
        "企业端检查",
        "城东门站调压设备巡检记录不完整，应急预案未按规定演练",
        "补全巡检记录，组织应急演练",
        "2024年7月25日",
        "已补全巡检记录，7月24日组织应急演练",
        "市住建局检查组",
    ),
    (
        "燃气公司",
        "平台建设",
        "燃气用户信息管理平台未接入瓶装燃气用户数据",
        "完成瓶装燃气用户数据接入",
        "年底前",
        "",
        "市住建局检查组",
    ),
    (
        "市质监局",
        "隐患整改",
        "瓶装液化气钢瓶超期未检、无充装标识问题查处不力",
        "开展钢瓶专项检查，依法查处",
        "9月30日前",
        "已开展钢瓶专项检查，查扣超期钢瓶86只，正在立案查处",
        "第一督导组",
    ),
    (
        "台前县城关镇人民政府",
        "网格化落实",
        "燃气安全宣传未进社区、未入户",
        "常态化开展燃气安全宣传进社区",
        "长期坚持",
        "常态化开展",
        "第三督导组",
    ),
]


def write_gas_supervision_docx(path: Path) -> Path:
    doc = _new_document("燃气安全专班")
    _title(doc, "全市城镇燃气安全排查整治督导发现问题清单（第二轮）", 18)
    _paragraph(
        doc,
        "督导时间：2024年7月15日—7月19日    督导反馈时间：2024年7月19日    整改情况填报截至：2024年7月30日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(GAS_SUPERVISION_ROWS, 1)]
    _table(
        doc,
        ["序号", "被督导单位", "督导事项", "发现问题", "整改要求", "整改时限", "整改情况", "督导组"],
        body,
    )
    _paragraph(
        doc, "注：“立行立改”事项自督导反馈之日起整改；整改情况由被督导单位填报，市燃气安全专班汇总。", 12
    )
    _paragraph(doc, "濮阳市城镇燃气安全专项整治工作专班办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_gas_supervision(path: Path) -> Path:
    return via_soffice(write_gas_supervision_docx, path, "doc", "燃气安全排查整治督导问题清单.docx")


FILES = [
    ("濮阳市城区内涝点整治台账（一点一策）.xlsx", write_waterlog),
    ("道路积水点专项检查反馈问题整改落实表.et", write_ponding),
    ("2023—2024年度采暖期供热问题冬病夏治整改台账.xlsx", write_heating),
    ("瓶装液化气用户安检隐患明细_20240730.csv", write_gas_check),
    ("华龙区物业小区专项检查问题整改情况表.xls", write_estates),
    ("保障性租赁住房报修工单导出（7月）.xlsx", write_repair),
    ("市城管局关于加强供热监管建议办理整改落实情况的报告.docx", write_heat_suggestion),
    ("供水留言与诉求办理台账（濮阳县、市水务公司）.zip", write_water_zip),
    ("2023年度保障性安居工程跟踪审计发现问题整改台账.xlsx", write_housing_audit),
    ("城镇燃气安全排查整治督导发现问题清单.doc", write_gas_supervision),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

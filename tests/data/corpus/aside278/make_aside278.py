"""Write the aside278 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 信访事项与12345工单、人大建议政协提案、网络问政与领导信箱办理 (system exports, handling ledgers and a
reply letter). Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to
Excel 97, as WPS 表格 names it), a CSV in UTF-8, a .docx whose items are numbered paragraphs, a .doc (a reply letter
converted by LibreOffice), a .wps (a table converted the same way) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside278.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 12345热线平台诉求办理“评优评差”情况通报, after a district's 8890（民心网）工作“评优评差”情况通报 (基本情况; 按照
# 反馈率、满意率、优秀率、有效回访率、按时分转率等综评分指标排名; 表一：“五佳”基层承办单位 — 名次、受理单位、反馈率、
# 满意率、优秀率、有效回访率、按时分转率、综评分; 表二：“较差”承办诉求件):
# http://techiejack.com/2019_12/23_15/content-156488.html
# An .xlsx: title, 统计周期/通报单位 line, two prose lines (the second states the 5-working-day re-handling limit from
# the 通报 date), 表一 (a ranking of units, no items) and 表二 (the 较差 items with a 重办情况 column), a note and a
# contact line, all on one sheet.
BEST_UNITS = [
    (1, "市医疗保障局", "100.00%", "100.00%", "92.31%", "96.15%", "100.00%", 11.86),
    (2, "市住房公积金管理中心", "100.00%", "100.00%", "90.00%", "95.00%", "100.00%", 11.52),
    (3, "华龙区胜利路街道办事处", "100.00%", "98.73%", "88.61%", "93.67%", "100.00%", 11.20),
    (4, "国家税务总局濮阳市税务局", "100.00%", "98.21%", "87.50%", "91.07%", "100.00%", 10.95),
    (5, "南乐县城关镇人民政府", "100.00%", "97.96%", "85.71%", "89.80%", "98.00%", 10.63),
]
POOR_CASES = [
    (
        "24070300187",
        date(2024, 7, 3),
        "市国土资源局",
        "濮阳县子岸镇东北庄村村民反映宅基地不动产登记申请递交两年仍未办结",
        "答复内容未回应诉求，群众不满意",
        "通报之日起5个工作日内",
        "已重新核实并上门答复来电人，已办结",
    ),
    (
        "24070500932",
        date(2024, 7, 5),
        "市城管执法局",
        "京开大道与人民路交叉口夜间烧烤摊占道经营，油烟噪音扰民",
        "超时办理，回复“已处理”但问题依旧",
        "通报之日起5个工作日内",
        "正在联合中原路街道开展夜间巡查整治",
    ),
    (
        "24070801455",
        date(2024, 7, 8),
        "华龙区中原路街道办事处",
        "中原路街道某小区物业撤离后生活垃圾无人清运",
        "推诿扯皮，两次申请退单",
        "2024年8月15日前",
        "",
    ),
    (
        "24071000276",
        date(2024, 7, 10),
        "市房管局",
        "华龙区锦绣花园项目逾期18个月未交房，业主多次反映无果",
        "回复内容照搬政策条文",
        "通报之日起5个工作日内",
        "已约谈开发企业并书面答复来电人，已办结",
    ),
    (
        "24071201088",
        date(2024, 7, 12),
        "市众意公交公司",
        "22路公交车末班车提前收车，乘客滞留站台",
        "未联系来电人核实情况",
        "通报之日起5个工作日内",
        "未重办",
    ),
    (
        "24071500641",
        date(2024, 7, 15),
        "市人社局",
        "濮阳县城关镇某安置房项目拖欠农民工工资3个月",
        "办理超时7天",
        "2024年8月31日前",
        "已督促施工企业支付部分工资，剩余部分正在协调",
    ),
    (
        "24071800329",
        date(2024, 7, 18),
        "濮阳市第一高级中学",
        "学校周边早晚高峰接送车辆拥堵，校门口无人疏导",
        "回复敷衍，未提出解决措施",
        "通报之日起5个工作日内",
        "已安排教师在校门口值守疏导，已整改",
    ),
]


def write_ranking(path: Path) -> Path:
    b = Book(path, author="热线管理中心")
    ws = b.sheet("评优评差通报")
    b.widths(ws, [7, 14, 12, 22, 42, 28, 22, 34])
    b.line(ws, 0, "濮阳市12345热线平台诉求办理“评优评差”情况通报（第7期）", 7, b.title)
    b.line(
        ws,
        1,
        "统计周期：2024年6月25日—7月25日    通报单位：濮阳市12345政务服务便民热线管理中心    "
        "通报日期：2024年7月29日",
        7,
    )
    b.line(
        ws,
        2,
        "一、基本情况：本期市12345热线平台共受理有效诉求21386件，转办承办单位6927件，按时办结率98.6%，"
        "群众满意率95.1%。",
        7,
    )
    b.line(
        ws,
        3,
        "二、“评优评差”情况：按照反馈率、满意率、优秀率、有效回访率、按时分转率等综评分指标排名，市医疗保障局等5个"
        "单位被评为“五佳”承办单位（见表一）；市国土资源局等7个单位存在办理“较差”诉求件（见表二），请相关单位于"
        "通报之日起5个工作日内重新办理，并将重办情况报市热线管理中心。",
        7,
    )
    ws.set_row(3, 48)
    b.line(ws, 5, "表一：“五佳”承办单位", 7, b.book.add_format({"bold": True}))
    b.header(ws, 6, ["名次", "受理单位", "反馈率", "满意率", "优秀率", "有效回访率", "按时分转率", "综评分"])
    for i, row in enumerate(BEST_UNITS):
        b.row(ws, 7 + i, list(row))
    r = 8 + len(BEST_UNITS)
    b.line(ws, r, "表二：“较差”承办诉求件", 7, b.book.add_format({"bold": True}))
    b.header(
        ws,
        r + 1,
        ["序号", "诉求编号", "受理时间", "承办单位", "诉求内容", "较差原因", "整改时限", "重办情况"],
    )
    for i, row in enumerate(POOR_CASES, 1):
        b.put(ws, r + 1 + i, 0, i, b.center)
        b.row(ws, r + 1 + i, list(row), first=1)
    end = r + 2 + len(POOR_CASES)
    b.line(
        ws,
        end,
        "注：“较差”诉求件指群众不满意、超时办理或推诿扯皮的诉求件；重办情况由各承办单位填报。",
        7,
    )
    b.line(ws, end + 1, "联系人：赵文静    联系电话：0393-8910236", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 人大代表建议和政协委员提案办理情况表 from one bureau, after a district 水利局's account of finishing the 人大议案
# 3件、政协提案2件 it was given (列入“一把手”工程，分级负责、层层把关; 各相关科室相互配合，制定专人负责办理; 采取走访、
# 实地查看等方式加强与代表委员的联系沟通; 凡有条件解决的，尽快给以解决; 受条件限制一时解决不了的，制定计划逐步解决):
# https://1stguo.com/html/slxczhptskywcmpluginsmediaindex_detail.jspunitId81000012&docId141161&areaId5926.html
# An .xlsx: title, 填报单位 line, a preamble line, one header row, the rows under two group rows (人大代表建议 / 政协委员
# 提案) merged across; every row names only the bureau's own 科室 and 责任人; the proposers are 代表/委员 or a party
# committee; deadlines as 9月底前 / 6月底前 / 2024-2025年 / 长期坚持 / dates; a 说明 line and a signature line.
WATER_GROUPS = [
    (
        "一、市人大代表建议（4件）",
        [
            (
                "第45号",
                "关于加快濮阳县渠村乡农村供水管网改造的建议",
                "李建国",
                "主办",
                "农村水利科",
                "张伟",
                "实地查看供水管网，编制改造方案，争取中央水利发展资金",
                "9月底前",
                "已完成管网改造工程量60%，正在施工",
            ),
            (
                "第78号",
                "关于对马颊河清丰段河道清淤疏浚的建议",
                "王秀英",
                "主办",
                "河湖管理科",
                "刘洋",
                "走访代表，结合河长制巡河开展清淤",
                "6月底前",
                "已完成清淤4.2公里，代表满意",
            ),
            (
                "第103号",
                "关于加强城区积水点防汛排涝能力建设的建议",
                "赵明",
                "协办",
                "水旱灾害防御科",
                "孙磊",
                "配合排查城区积水点，完善防汛应急预案",
                "长期坚持",
                "汛期常态化开展排查",
            ),
            (
                "第126号",
                "关于在台前县推广高效节水灌溉的建议",
                "陈立新",
                "主办",
                "水资源管理科",
                "周涛",
                "纳入高标准农田建设节水项目统筹实施",
                "2024-2025年",
                "实施方案编制中",
            ),
        ],
    ),
    (
        "二、市政协委员提案（3件）",
        [
            (
                "第22号",
                "关于加强金堤河生态补水的提案",
                "民进濮阳市委员会",
                "主办",
                "规划计划科",
                "郭静",
                "协调引黄调度，制定年度生态补水计划",
                "2024年年底前",
                "尚未启动",
            ),
            (
                "第57号",
                "关于规范农村河道采砂管理的提案",
                "韩志刚",
                "主办",
                "河湖管理科",
                "刘洋",
                "会同相关部门开展联合执法检查",
                "8月20日前",
                "",
            ),
            (
                "第91号",
                "关于提升城市节水宣传实效的提案",
                "吴丽娟",
                "主办",
                "办公室",
                "马超",
                "开展节水进社区、进校园活动",
                "7月15日前",
                "已完成，已书面答复委员",
            ),
        ],
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("办理情况")
    b.widths(ws, [6, 10, 36, 16, 8, 14, 8, 32, 12, 28])
    b.line(ws, 0, "濮阳市水利局2024年人大代表建议和政协委员提案办理情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（盖章）    填报日期：2024年7月26日", 9)
    b.line(
        ws,
        2,
        "今年我局承办市人大代表建议4件、市政协委员提案3件，均列入“一把手”工程，由相关科室明确专人负责办理。",
        9,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "建议（提案）号",
            "标题",
            "领衔代表（提案人）",
            "主办/协办",
            "承办科室",
            "责任人",
            "办理措施",
            "完成时限",
            "办理进展",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in WATER_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws, r, "说明：完成时限为建议（提案）所提问题的办理完成时间，办复时限按市政府督查局交办要求执行。", 9
    )
    b.line(ws, r + 1, "主管领导：高建设    填表人：马超    联系电话：0393-4418627", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 人民网《领导留言板》网民留言办理台账, after a report on the 2020 data of 人民网《领导留言板》 in 河南 (网民给省委
# 书记、省长的留言量和回复量; 各市留言量、回复量、回复率排名，濮阳市留言量、回复量居前五; 满意度排名; 留言对象为
# 各级党政“一把手”):
# http://www.jjdnfz.cn/show-264-93628-1.html
# An .xlsx: title, 统计时段/填报单位 line stating that 办理时限 counts in working days from the 交办日期, one header row
# with the 留言对象 (a leader, never the unit), 留言类型 and 领域, the 办理单位 in short and former names, a county
# government, a county bureau and the water company, 办理状态 as the platform shows it, a 网民评价 column, 说明 and a
# signature line.
LEADER_BOARD = [
    (
        "2024-0701-0032",
        "濮阳市委书记",
        "投诉",
        "城建",
        "华龙区某小区电梯频繁故障，多次困人无人维修",
        date(2024, 7, 2),
        "市住建局",
        "10个工作日",
        "已回复",
        "满意",
    ),
    (
        "2024-0702-0115",
        "濮阳市市长",
        "求助",
        "医疗",
        "市人民医院门诊挂号排队时间过长，线上预约号源少",
        date(2024, 7, 3),
        "市卫生局",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "2024-0705-0047",
        "濮阳市市长",
        "建言",
        "交通",
        "建议在黄河路与濮上路交叉口增设左转信号灯",
        date(2024, 7, 8),
        "市交警支队",
        "15个工作日",
        "已回复",
        "基本满意",
    ),
    (
        "2024-0709-0203",
        "南乐县委书记",
        "投诉",
        "政务",
        "南乐县某乡镇低保评定结果未张榜公示",
        date(2024, 7, 10),
        "南乐县人民政府",
        "15个工作日",
        "未回复",
        "",
    ),
    (
        "2024-0712-0088",
        "濮阳市委书记",
        "咨询",
        "教育",
        "咨询2024年市区小学一年级招生划片及报名材料要求",
        date(2024, 7, 12),
        "市教育局",
        "5个工作日",
        "已回复并办结",
        "满意",
    ),
    (
        "2024-0716-0151",
        "濮阳市市长",
        "投诉",
        "城建",
        "华龙区某小区自来水水压低，高层住户长期无法正常用水",
        date(2024, 7, 17),
        "市自来水公司",
        "10个工作日",
        "已签收，正在核实",
        "",
    ),
    (
        "2024-0719-0064",
        "台前县委书记",
        "求助",
        "农业",
        "台前县夹河乡农田灌溉机井损坏，秋季灌溉无法保障",
        date(2024, 7, 22),
        "台前县水利局",
        "10个工作日",
        "",
        "",
    ),
]


def write_leader_board(path: Path) -> Path:
    b = Book(path, author="网络问政服务中心")
    ws = b.sheet("留言办理台账")
    b.widths(ws, [6, 16, 14, 8, 8, 40, 12, 16, 12, 18, 10])
    b.line(ws, 0, "人民网《领导留言板》濮阳市网民留言办理台账（2024年7月）", 10, b.title)
    b.line(
        ws,
        1,
        "统计时段：2024年7月1日—7月25日    填报单位：濮阳市网络问政服务中心    办理时限自交办日期起按工作日计算",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "留言编号",
            "留言对象",
            "留言类型",
            "领域",
            "留言标题",
            "交办日期",
            "办理单位",
            "办理时限",
            "办理状态",
            "网民评价",
        ],
    )
    for i, row in enumerate(LEADER_BOARD, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LEADER_BOARD)
    b.line(ws, end, "说明：办理状态以人民网《领导留言板》后台显示为准；网民评价为网民对回复内容的评价。", 10)
    b.line(ws, end + 1, "审核人：杜红英    填表人：韩冰    联系电话：0393-8991725", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 乡镇信访工作台账, after an account of how a 乡镇 keeps its 信访工作台账 (“全、准、实”; 记录信访人姓名、联系方式、
# 地址，信访的具体内容、涉及的问题领域和诉求; 按政策咨询、权益保障、环境整治等性质分类整理，明确责任部门和责任人;
# 注重时效; 办结后及时更新台账，并向信访人反馈办理结果):
# http://zixun.ziming.com.cn/jxfw/202506/407453.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (信访人 over 姓名/联系电话/住址, 信访事项 over 类别/主要诉求,
# 是否办结 over 是/否 ticks), rows naming only the town's own offices, 办理期限 as N日内 from each row's 受理日期 /
# 立行立改 / a date, a 注 line and a signature line.
PETITION_ROWS = [
    (
        "2024.7.2",
        "王某某",
        "138****2156",
        "马庄桥镇前营村",
        "权益保障",
        "反映土地流转租金2023年度未按合同支付",
        "镇农业农村服务中心",
        "李卫民",
        "15日内",
        "已协调流转企业支付全部租金，信访人签字认可",
        "√",
        "",
    ),
    (
        "2024.7.4",
        "张某",
        "135****0871",
        "马庄桥镇马庄桥村",
        "环境整治",
        "反映村内坑塘垃圾堆积，夏季蚊蝇滋生",
        "镇人居环境整治办",
        "刘红",
        "立行立改",
        "已清运垃圾12车，坑塘已整治",
        "√",
        "",
    ),
    (
        "2024.7.8",
        "李某某",
        "159****3307",
        "马庄桥镇北留庄村",
        "政策咨询",
        "咨询残疾人两项补贴申领条件及办理流程",
        "镇社会事务办",
        "赵静",
        "15日内",
        "已当面解答并协助提交申请",
        "√",
        "",
    ),
    (
        "2024.7.10",
        "刘某",
        "137****6629",
        "马庄桥镇后营村",
        "权益保障",
        "反映邻居建房占用其宅基地通道，双方发生纠纷",
        "镇综治中心",
        "郭建军",
        "30日内",
        "已组织双方调解一次，正在协调",
        "",
        "√",
    ),
    (
        "2024.7.15",
        "陈某某",
        "188****4410",
        "马庄桥镇西赵村",
        "环境整治",
        "反映村东养殖场粪污直排沟渠，气味刺鼻",
        "镇生态环境保护办",
        "周强",
        "2024年8月20日",
        "",
        "",
        "√",
    ),
    (
        "2024.7.19",
        "赵某",
        "150****9023",
        "马庄桥镇南街村",
        "权益保障",
        "反映2023年农村危房改造补助资金未到位",
        "镇规划建设办",
        "孟凡",
        "60日内",
        "已核实，补助资金正在拨付",
        "",
        "√",
    ),
    (
        "2024.7.24",
        "孙某某",
        "139****5518",
        "马庄桥镇东营村",
        "政策咨询",
        "咨询城乡居民养老保险补缴政策",
        "镇劳动保障所",
        "马丽",
        "15日内",
        "",
        "",
        "",
    ),
]


def write_petition_ledger(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县马庄桥镇信访工作台账（2024年7月）", t, 0, 12),
        (1, 0, "填报单位：清丰县马庄桥镇人民政府（盖章）    报送时间：2024年7月30日", plain, 1, 12),
    ]
    for col, word in [
        (0, "序号"),
        (1, "受理日期"),
        (7, "责任部门"),
        (8, "责任人"),
        (9, "办理期限"),
        (10, "办理情况"),
    ]:
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 2, "信访人", h, 2, 4),
        (2, 5, "信访事项", h, 2, 6),
        (2, 11, "是否办结", h, 2, 12),
    ]
    for col, word in [
        (2, "姓名"),
        (3, "联系电话"),
        (4, "住址"),
        (5, "类别"),
        (6, "主要诉求"),
        (11, "是"),
        (12, "否"),
    ]:
        cells.append((3, col, word, h))
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 5, 9, 11, 12) else c))
    r = 4 + len(PETITION_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.信访事项按政策咨询、权益保障、环境整治分类登记；2.办理期限自受理之日起计算；"
            "3.办结后及时更新台账并向信访人反馈办理结果。",
            plain,
            r,
            12,
        ),
        (r + 1, 0, "审核人：徐振华    填表人：镇信访办 宋佳    联系电话：0393-7236415", plain, r + 1, 12),
    ]
    return _write_xls(path, [("信访台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 人大代表接待选民日群众意见建议交办办理台账, after a district 人大's 人大代表接待选民日工作流程 (张贴接待日公告;
# 代表接待选民; 填写《人大代表接待选民记录表》; 当场办理 / 交由社区居委会研究办理 / 交由街道人大工委研究办理 / 区人大
# 代表提出“建议、批评和意见”交办相关部门办理 / 委托市人大代表形成建议; 办理结果告知相关接待代表以及提出问题的选民):
# http://oa.luoherd.gov.cn/view-A1003-1676871301154825922
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 saves it): title, 填报单位 line, one
# header row with the 接待代表 (the proposer, never the unit), the 处理途径 in the procedure's own words, a 交办日期
# the 3个月内 row counts from, the 承办单位 (a 居委会, a street, district bureaus, short names of city units), a 告知
# 选民 column, a 说明 line and a signature line.
RECEPTION_ROWS = [
    (
        date(2024, 6, 15),
        "胜利路街道建设路社区代表联络站",
        "张海燕、李明",
        "建设路社区老旧小区楼道灯大面积损坏，夜间出行不便",
        "交社区居委会研究办理",
        date(2024, 6, 17),
        "胜利路街道建设路社区居民委员会",
        "6月30日前",
        "已更换楼道灯86盏，问题已解决",
        "已告知",
    ),
    (
        date(2024, 6, 15),
        "胜利路街道建设路社区代表联络站",
        "王志强",
        "建设路与京开大道交叉口早高峰拥堵，建议优化信号灯配时",
        "形成代表建议交有关部门办理",
        date(2024, 6, 20),
        "市公安交警支队",
        "3个月内",
        "正在开展路口交通流量调查，拟调整配时方案",
        "已告知",
    ),
    (
        date(2024, 6, 20),
        "人民路街道代表联络站",
        "刘春霞",
        "辖区小学放学时段校门口占道摆摊，影响学生安全",
        "交街道人大工委研究办理",
        date(2024, 6, 21),
        "华龙区人民路街道办事处",
        "7月10日前",
        "已联合城管中队清理摊点，并安排每日巡查",
        "已告知",
    ),
    (
        date(2024, 6, 20),
        "人民路街道代表联络站",
        "陈国栋",
        "建议增设孟轲乡至市区的公交线路",
        "委托市人大代表形成建议",
        date(2024, 6, 25),
        "市公交公司",
        "2024年12月31日前",
        "已纳入2024年下半年公交线网优化计划",
        "已告知",
    ),
    (
        date(2024, 7, 6),
        "黄河路街道代表联络站",
        "孙丽",
        "黄河路街道某小区雨污管网堵塞，雨天污水外溢",
        "形成代表建议交有关部门办理",
        date(2024, 7, 9),
        "华龙区住房和城乡建设局",
        "7月31日前",
        "",
        "未告知",
    ),
    (
        date(2024, 7, 6),
        "黄河路街道代表联络站",
        "马建华",
        "辖区部分主干道路灯夜间不亮",
        "交街道人大工委研究办理",
        date(2024, 7, 8),
        "市城管局",
        "8月15日前",
        "尚未处理",
        "未告知",
    ),
    (
        date(2024, 7, 13),
        "中原路街道代表联络站",
        "杨光",
        "中原路某小区夏季用电高峰频繁停电，电压不稳",
        "形成代表建议交有关部门办理",
        date(2024, 7, 15),
        "市供电公司",
        "8月31日前",
        "已完成小区供电线路改造，问题已解决",
        "已告知",
    ),
]


def write_reception_book(path: Path) -> Path:
    b = Book(path, author="选联工委")
    ws = b.sheet("交办办理台账")
    b.widths(ws, [6, 12, 26, 14, 40, 22, 12, 28, 14, 30, 10])
    b.line(ws, 0, "华龙区人大代表接待选民日群众意见建议交办办理台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区人大常委会选举任免联络工作委员会    填报日期：2024年7月29日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "接待日期",
            "接待站点",
            "接待代表",
            "选民反映问题",
            "处理途径",
            "交办日期",
            "承办单位",
            "办理时限",
            "办理结果",
            "告知选民",
        ],
    )
    for i, row in enumerate(RECEPTION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RECEPTION_ROWS)
    b.line(
        ws,
        end,
        "说明：办理时限以交办日期起算；办理结果由承办单位反馈，街道人大工委负责告知接待代表和选民。",
        10,
    )
    b.line(ws, end + 1, "填表人：许梦瑶    联系电话：0393-8216073", 10)
    return b.close()


def write_reception(path: Path) -> Path:
    return via_soffice(write_reception_book, path, "xls", "人大代表接待选民日交办台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 支队长信箱最新回复信件 export, after the list page of a 交警支队's 支队长信箱 in a public CMS template (“支队长信箱
# －最新回复信件”; a table of 来信主题、状态、时间、受理单位, 状态 written 已回复 or 未回复):
# https://github.com/wangxiaomo/MinMoreCMS/blob/ccfbe56f19a051f9aa43213b537eaf1eab3ee71e/MinMore/Template/L1_TP/DirectorMail/Index/index.php
# A CSV in UTF-8 (with BOM, as Excel saves it): a title line naming the 支队, the four header words of the page, 时间 as
# the letter's arrival time (never a deadline), 受理单位 as the 支队's own 科/所; no deadline anywhere.
MAILBOX_ROWS = [
    ("咨询外地车辆在濮阳办理异地年检的流程", "已回复", "2024-07-01 09:12:45", "车辆管理所"),
    ("反映京开大道与胜利路交叉口右转信号灯设置不合理", "已回复", "2024-07-03 15:40:08", "秩序管理科"),
    ("反映驾驶证期满换证网上办理一直显示审核中", "已回复", "2024-07-08 10:05:31", "车辆管理所"),
    ("反映交通事故认定书超过法定期限仍未出具", "未回复", "2024-07-11 16:22:17", "事故处理科"),
    ("建议在油田总部附近学校路段增设减速带和警示标志", "已回复", "2024-07-15 08:47:56", "秩序管理科"),
    ("反映电子警察抓拍违停的位置没有禁停标志", "未回复", "2024-07-18 11:30:02", "科技信息科"),
    ("建议在中小学开学前开展交通安全宣传进校园活动", "已回复", "2024-07-22 14:18:39", "宣传教育科"),
    ("反映违法处理窗口排队时间过长，每天只开两个窗口", "未回复", "2024-07-26 09:55:10", "法制科"),
]


def write_mailbox(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市公安局交通管理支队 支队长信箱－最新回复信件（导出时间：2024-07-30 17:02）"])
    w.writerow(["来信主题", "状态", "时间", "受理单位"])
    for row in MAILBOX_ROWS:
        w.writerow(list(row))
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. “主任有约12345”群众诉求办理情况报告, after a city paper's follow-up on a 街道办主任's turn in “局长（镇长、主任）
# 有约12345” (走进12345政府服务热线受理中心，接听了7位市民来电; 目前，7个问题已按程序全部答复; each problem told as
# 一市民反映…, followed by the 街道办's answer — 已更换路灯、正在进行雨污分流、已进行疏通; on the sister page of the same
# series the problems are to be 在6个工作日内按程序办结):
# https://nanjing.baogaosu.com/xinwen/%E5%B1%80%E9%95%BF%E9%95%87%E9%95%BF%E4%B8%BB%E4%BB%BB%E6%9C%89%E7%BA%A6%E5%B1%80%E9%95%BF%E9%95%87%E9%95%BF%E4%B8%BB%E4%BB%BB/69062220
# A .docx: title, 主送, a preamble giving the 上线 date and the 6-working-day limit, the seven calls as numbered
# paragraphs 一、…七、 (问题 then 办理情况; one without any), a closing paragraph, the 街道办 and the date at the foot.
HOTLINE_PARAS = [
    "一、市民反映濮上园小区南门两盏路灯长期不亮，夜间出行不便。办理情况：街道城市管理办公室已于7月12日更换灯具，"
    "恢复照明，已办结。",
    "二、市民反映金堤路与长庆路交叉口夜间流动摊贩聚集，占道经营问题突出。办理情况：街道已联合城管中队开展集中整治，"
    "清理摊点14处，已整改到位。",
    "三、市民反映建业小区地势低洼，雨天雨水倒灌地下室。办理情况：经现场勘查，需对小区雨水管网进行改造，街道已制定"
    "改造方案，计划于2024年10月底前完成。",
    "四、市民反映油田某小区楼道堆放杂物、电动车飞线充电，存在消防安全隐患。办理情况：社区正在组织物业逐楼清理，"
    "已清理3栋楼。",
    "五、市民反映京华社区卫生服务站周末不开诊，老年人看病不便。",
    "六、市民反映庆丰路某沿街商铺夜间装修噪音扰民。办理情况：街道综合执法队已责令商户限定施工时间，来电人表示满意，"
    "已办结。",
    "七、市民反映某小区一楼住户私自圈占公共绿地搭建棚屋。办理情况：因涉及历史遗留产权争议，目前尚未处理。",
]


def write_hotline_report(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "华龙区黄河路街道办事处关于“主任有约12345”上线活动群众诉求办理情况的报告")
    _paragraph(doc, "市12345政务服务便民热线管理中心：")
    _paragraph(
        doc,
        "2024年7月10日（星期三）上午10:00—11:00，我办主任王磊走进12345热线受理中心，参加“局长（镇长、主任）有约"
        "12345”上线活动，现场接听市民来电7个。对现场不能答复的问题，按程序在6个工作日内办结。现将办理情况报告如下：",
    )
    for text in HOTLINE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我办将对上述问题持续跟踪，确保件件有着落、事事有回音。")
    _paragraph(doc, "华龙区黄河路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 信访事项答复意见, after a published format of the 信访事项答复意见书 (标题“关于×××信访事项的答复意见”; 第一部分
# 受理情况 — 收到日期、转送或交办机关、受理的事项; 第二部分 事实认定情况及处理意见，对多个信访事项要逐一答复; 第三部分
# 告知不服答复意见的救济途径，30日内向上一级行政机关申请复查; 落款 单位名称及日期，加盖单位公章或信访工作专用章):
# http://caiyes.cn/thread-49764-2-1.html
# A .doc (Word 97 via LibreOffice): title, the petitioners as addressees, the 受理情况 paragraph (a count, no problem
# named), the five matters answered one by one as （一）…（五） paragraphs, the 复查 paragraph, the bureau and date.
REPLY_PARAS = [
    "（一）关于小区地下车库顶板渗水问题。经现场查勘，地下车库顶板有4处渗漏点，属于保修期内的质量问题。我局已责令开发"
    "企业濮阳市金润置业有限公司于2024年8月31日前完成防水维修，目前维修施工正在进行。",
    "（二）关于小区二次供水设施未移交问题。经核查，该小区二次供水设施已建成并通过验收，因开发企业未及时申请移交，"
    "造成高峰时段供水不稳。经我局协调，二次供水设施已于7月15日完成移交，由供水企业统一运行管理。",
    "（三）关于5号、7号楼外墙保温层脱落问题。经鉴定，脱落原因为保温层粘结不牢。我局已督促物业服务企业申请使用住宅"
    "专项维修资金，维修工程计划于2024年12月底前完成。",
    "（四）关于物业服务企业未按合同提供服务问题。经调查，物业服务企业存在保洁频次不足、安保巡逻不到位等情况，我局已"
    "约谈该企业负责人，并将该小区纳入物业服务质量常态化监督检查范围，长期坚持。",
    "（五）关于小区消防通道被车辆长期占用问题。我局会同华龙区黄河路街道办事处、小区物业服务企业于7月3日组织清理，"
    "并施划消防通道标线，消防通道已恢复畅通。",
]


def write_reply_docx(path: Path) -> Path:
    doc = _new_document("信访科")
    _title(doc, "关于刘某某等人反映濮上园小区问题信访事项的答复意见")
    _paragraph(doc, "刘某某等15位业主：")
    _paragraph(
        doc,
        "你们于2024年6月24日通过网上信访平台反映的信访事项，经市信访局于6月26日转送我局办理，我局于6月27日收到并"
        "予以受理。你们反映的问题涉及小区配套设施、房屋质量维修、物业管理等5个方面。",
    )
    _paragraph(doc, "经调查核实，现逐项答复如下：")
    for text in REPLY_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "如对本答复意见不服，可自收到本答复意见之日起30日内，向濮阳市人民政府申请复查。",
    )
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（信访工作专用章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_reply(path: Path) -> Path:
    return via_soffice(write_reply_docx, path, "doc", "信访事项答复意见.docx")


# ---------------------------------------------------------------------------------------------
# 9. 问政曝光问题整改落实情况台账, after a city paper's report on the third 《甜城问政》 (聚焦环境专项整治中慢作为、
# 不作为问题; 生活污水处理厂和配套管网建设、养殖场污水直排、城南污水直排; 县（区）级相关部门和乡镇负责人回答，分管
# 县（区）领导剖析原因、作出整改承诺; 党代表、人大代表、政协委员、特邀监察员和基层群众共40人组成的评审团现场满意度
# 测评; 市纪委监察局责成相关责任单位认真整改):
# http://neijiang.scol.com.cn/jrnj/201707/55952227.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 问政主题/播出时间 line (the base date of 立行立改), a
# table with the 到场负责人 (a person, never the unit), 现场承诺, 整改时限, 整改进展 and the 评审团测评 (a verdict on
# the answer on air, not progress), a 注 line and the compiling office and date at the foot.
WENZHENG_ROWS = [
    (
        "南乐县近德固乡污水处理站建成两年未投入运行，生活污水直排沟渠",
        "南乐县",
        "南乐县近德固乡人民政府",
        "乡长 王建民",
        "7月底前完成管网接入并投运",
        "7月底前",
        "管网接入已完成80%，设备正在调试",
        "基本满意",
    ),
    (
        "清丰县某养殖场粪污未经处理直排农田沟渠",
        "清丰县",
        "清丰县农业农村局",
        "局长 李红军",
        "立即封堵排污口，限期完善粪污处理设施",
        "立行立改",
        "已封堵排污口，粪污处理设施已建成并通过验收",
        "满意",
    ),
    (
        "华龙区城郊某沟渠黑臭水体反弹，两岸垃圾堆积",
        "华龙区",
        "华龙区水利局",
        "副局长 张涛",
        "9月底前完成清淤和生态修复",
        "9月30日前",
        "清淤工程已完成招标，正在施工",
        "不满意",
    ),
    (
        "濮阳县城区部分路段雨污混流，雨天污水溢流",
        "濮阳县",
        "濮阳县住房和城乡建设局",
        "局长 刘明",
        "实施城区雨污分流改造",
        "2024—2025年",
        "改造方案已编制完成，待资金落实",
        "基本满意",
    ),
    (
        "台前县部分村庄露天焚烧生活垃圾",
        "台前县",
        "台前县城市管理局",
        "局长 赵亮",
        "建立村收集、乡转运、县处理长效机制",
        "长期坚持",
        "常态化开展巡查",
        "基本满意",
    ),
    (
        "范县某化工企业夜间偷排生产废水，监管部门长期未发现",
        "范县",
        "市环保局",
        "副局长 孙伟",
        "立案查处，加强夜间执法",
        "7月15日前",
        "已立案查处并移送公安机关，已整改到位",
        "满意",
    ),
    (
        "市区部分餐饮店油烟净化设施未安装或不正常使用",
        "华龙区",
        "市城管执法局",
        "副局长 周斌",
        "开展餐饮油烟专项整治",
        "2024年年底前",
        "",
        "不满意",
    ),
]


def write_wenzheng_docx(path: Path) -> Path:
    doc = _new_document("党风政风监督室")
    _title(doc, "“濮阳问政”第三期曝光问题整改落实情况台账", 18)
    _paragraph(
        doc,
        "问政主题：生态环境专项整治中的慢作为、不作为问题    播出时间：2024年6月27日    统计截至：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(WENZHENG_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "曝光问题",
            "涉及县（区）",
            "责任单位",
            "到场负责人",
            "现场承诺",
            "整改时限",
            "整改进展",
            "评审团测评",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "注：评审团由党代表、人大代表、政协委员、特邀监察员和群众代表共40人组成，测评结果为节目现场满意度测评结果；"
        "“立行立改”事项自节目播出之日起整改。",
        12,
    )
    _paragraph(doc, "市纪委监委党风政风监督室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_wenzheng(path: Path) -> Path:
    return via_soffice(write_wenzheng_docx, path, "doc", "濮阳问政曝光问题整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 12345热线工单办理情况 (two returns in one zip), after a city's 服务热线 运作规范 (受理“五要素”：来电人姓名、时间、
# 地址、事情起因、事情经过; 市民反映的事项按事项性质分为咨询、投诉、建议三类; 投诉类事项按紧急程度分为一般、紧急、
# 特急三种; 及时分转相关承办责任单位办理):
# http://www.fymate.cn/html/text/lar/171992/17199226_1.html
# A .zip holding an .xlsx from a district hotline branch (the five elements as columns, 事项性质 and 紧急程度, the
# 承办责任单位 in full and short names, 办理时限 in working days from the 受理时间 or 当日) and a .docx table from a
# county bureau whose rows name only its own 股室.
HUALONG_CALLS = [
    (
        "HL2407020031",
        "王先生",
        date(2024, 7, 2),
        "华龙区中原路街道某小区",
        "小区停水",
        "小区自7月1日晚起停水，未提前发布停水通知，居民生活受影响",
        "投诉",
        "紧急",
        "市自来水公司",
        "3个工作日",
        "已恢复供水并补发停水公告，已办结",
    ),
    (
        "HL2407050112",
        "李女士",
        date(2024, 7, 5),
        "华龙区胜利路街道",
        "噪音扰民",
        "胜利路某KTV夜间营业噪音超标，影响周边居民休息",
        "投诉",
        "一般",
        "华龙区城市管理局",
        "5个工作日",
        "正在处理",
    ),
    (
        "HL2407090087",
        "张先生",
        date(2024, 7, 9),
        "华龙区人民路",
        "道路破损",
        "人民路与建设路交叉口路面塌陷形成深坑，车辆通行存在安全隐患",
        "投诉",
        "特急",
        "华龙区住房和城乡建设局",
        "当日",
        "已设置围挡并连夜修复，已办结",
    ),
    (
        "HL2407150205",
        "赵女士",
        date(2024, 7, 15),
        "华龙区黄河路街道",
        "燃气计量",
        "小区燃气表更换后燃气费计量明显偏高",
        "投诉",
        "一般",
        "市燃气公司",
        "5个工作日",
        "",
    ),
    (
        "HL2407220046",
        "刘先生",
        date(2024, 7, 22),
        "华龙区中原路街道",
        "频繁停电",
        "小区配电箱老化，夏季用电高峰频繁跳闸停电",
        "投诉",
        "一般",
        "濮阳供电公司",
        "5个工作日",
        "逾期未办",
    ),
]
PUYANG_CALLS = [
    (
        "2024-07-03",
        "孙先生",
        "反映城关镇某安置小区交房两年仍未办理不动产权证",
        "投诉",
        "房地产市场监管股",
        "5个工作日",
        "已督促开发企业提交首次登记资料，正在办理",
    ),
    (
        "2024-07-08",
        "周女士",
        "反映某小区物业公司擅自提高停车管理费",
        "投诉",
        "物业管理股",
        "5个工作日",
        "已责令物业公司恢复原收费标准，已办结",
    ),
    (
        "2024-07-16",
        "吴先生",
        "咨询老旧小区加装电梯补贴政策",
        "咨询",
        "城建股",
        "3个工作日",
        "已电话答复来电人",
    ),
    ("2024-07-23", "郑先生", "反映县城某在建工地夜间违规施工", "投诉", "建筑管理股", "5个工作日", "未办理"),
]


def write_hualong_calls(path: Path) -> Path:
    b = Book(path, author="区热线分中心")
    ws = b.sheet("工单办理情况")
    b.widths(ws, [6, 16, 10, 12, 22, 12, 40, 10, 10, 24, 12, 30])
    b.line(ws, 0, "华龙区12345政务服务便民热线工单办理情况表（2024年7月）", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区政务服务和大数据管理局（区热线分中心）    填报日期：2024年7月30日    "
        "办理时限自受理时间起按工作日计算，特急件当日办结",
        11,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "来电人",
            "受理时间",
            "地址",
            "事情起因",
            "事情经过",
            "事项性质",
            "紧急程度",
            "承办责任单位",
            "办理时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(HUALONG_CALLS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HUALONG_CALLS), "填表人：冯媛    联系电话：0393-8338120", 11)
    return b.close()


def write_puyang_calls(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳县住房和城乡建设局12345热线工单办理情况", 18)
    _paragraph(doc, "填报单位：濮阳县住房和城乡建设局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(PUYANG_CALLS, 1)]
    _table(
        doc, ["序号", "受理时间", "来电人", "诉求内容", "事项性质", "承办股室", "办理时限", "办理结果"], body
    )
    _paragraph(doc, "填表人：秦雪    联系电话：0393-3219507", 12)
    return _save_fixed(doc, path)


def write_calls_zip(path: Path) -> Path:
    members = [
        ("华龙区12345热线工单办理情况表.xlsx", write_hualong_calls),
        ("濮阳县住房和城乡建设局12345热线工单办理情况.docx", write_puyang_calls),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("12345热线平台诉求办理“评优评差”情况通报（第7期）.xlsx", write_ranking),
    ("市水利局2024年人大代表建议和政协委员提案办理情况表.xlsx", write_water),
    ("人民网《领导留言板》濮阳市网民留言办理台账（2024年7月）.xlsx", write_leader_board),
    ("清丰县马庄桥镇信访工作台账（2024年7月）.xls", write_petition_ledger),
    ("华龙区人大代表接待选民日群众意见建议交办办理台账.et", write_reception),
    ("支队长信箱最新回复信件导出_20240730.csv", write_mailbox),
    ("黄河路街道办事处关于“主任有约12345”群众诉求办理情况的报告.docx", write_hotline_report),
    ("关于刘某某等人反映濮上园小区问题信访事项的答复意见.doc", write_reply),
    ("“濮阳问政”第三期曝光问题整改落实情况台账.wps", write_wenzheng),
    ("12345热线工单办理情况（华龙区、濮阳县）.zip", write_calls_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

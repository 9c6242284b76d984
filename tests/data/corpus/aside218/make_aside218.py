"""Write the aside218 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 环保督察交办件、河湖长制、大气污染防治、固废危废 (督察信访交办件办理台账, 督察反馈问题整改报告,
河长交办单销号台账, 妨碍河道行洪排查整治清单, 巡河检查问题反馈表, VOCs 问题清单, “散乱污”整治台账,
“清废行动”问题清单, 医疗废物专项执法检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps (LibreOffice conversions of an .xlsx and a
.docx), .ods (LibreOffice conversion with fixed member times), a CSV in GBK, a .docx whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside218.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 督察交办信访举报件办理台账, after a city daily's report of a central inspection group handing its 13th batch of
# complaints to the province (126件，涉及各类污染类型268个; 从污染类型来看，大气、土壤、水、其他、噪声、生态、海洋;
# 群众信访举报件的办理情况需在10天内反馈到督察组，整改和处理情况要及时向社会公开):
# http://hkwb.net/news/content/2019-07/28/content_3756698.htm
# A CSV in GBK: title, 填报单位/统计截至 line, a 说明 line stating the 10-day limit counted from 交办日期, one header
# line with 交办批次/交办日期/受理编号, the 涉及县区 beside an explicit 办理单位, 办理时限 “10日内” on every row, the
# progress as 已办结/阶段性办结/正在办理 with a clause, and a 合计 line.
LETTER_ROWS = [
    (
        "第十三批",
        "2024-07-16",
        "HN2-2024071601",
        "华龙区胜利路与京开大道交叉口东北角烧烤摊夜间油烟扰民，烟气直排居民楼",
        "华龙区",
        "大气",
        "华龙区人民政府",
        "已办结：责令加装油烟净化设施，已整改到位",
    ),
    (
        "第十三批",
        "2024-07-16",
        "HN2-2024071603",
        "清丰县马庄桥镇某家具厂喷漆工序无废气收集，周边气味刺鼻",
        "清丰县",
        "大气",
        "清丰县人民政府",
        "阶段性办结：已责令停止喷漆工序，废气收集设施正在安装",
    ),
    (
        "第十四批",
        "2024-07-18",
        "HN2-2024071805",
        "金堤河濮阳县城关镇段有生活污水排入，河水发黑发臭",
        "濮阳县",
        "水",
        "濮阳县人民政府",
        "正在办理",
    ),
    (
        "第十四批",
        "2024-07-18",
        "HN2-2024071808",
        "市区长庆路渣土车未密闭运输、带泥上路，道路扬尘严重",
        "华龙区",
        "大气",
        "市城管执法局",
        "",
    ),
    (
        "第十五批",
        "2024-07-22",
        "HN2-2024072202",
        "范县濮城镇某养殖场粪污未经处理直排沟渠",
        "范县",
        "水、土壤",
        "范县人民政府",
        "已办结",
    ),
    (
        "第十五批",
        "2024-07-22",
        "HN2-2024072207",
        "濮阳经济技术开发区某化工企业夜间异味明显，怀疑偷排废气",
        "开发区",
        "大气",
        "濮阳经济技术开发区管理委员会",
        "阶段性办结：经监测厂界无组织排放达标，已要求企业开展泄漏检测与修复",
    ),
    (
        "第十六批",
        "2024-07-25",
        "HN2-2024072504",
        "台前县孙口镇黄河滩区有人非法倾倒建筑垃圾",
        "台前县",
        "固废、生态",
        "台前县人民政府",
        "正在办理：已组织清运约三分之二",
    ),
    (
        "第十六批",
        "2024-07-25",
        "HN2-2024072509",
        "市区昆吾街道某小区地下车库排风机噪声扰民",
        "华龙区",
        "噪声",
        "市住建局",
        "已办结，经复测噪声达标",
    ),
]


def write_letters(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市生态环境保护督察交办信访举报件办理台账（第十三批至第十六批）"])
    w.writerow(
        ["填报单位：濮阳市迎接省生态环境保护督察工作领导小组办公室（边督边改组）    统计截至：2024年7月30日"]
    )
    w.writerow(
        [
            "说明：交办件须自交办之日起10日内办结并向督察组反馈办理情况；污染类型按举报内容统计，一件举报可能涉及多种类型。"
        ]
    )
    w.writerow(
        [
            "序号",
            "交办批次",
            "交办日期",
            "受理编号",
            "举报内容",
            "涉及县区",
            "污染类型",
            "办理单位",
            "办理时限",
            "办理进展",
        ]
    )
    for i, (batch, day, number, text, county, kind, unit, progress) in enumerate(LETTER_ROWS, 1):
        w.writerow([i, batch, day, number, text, county, kind, unit, "10日内", progress])
    w.writerow(["合计", "", "", "", "本表共8件", "", "", "", "", "已办结3件，阶段性办结2件，正在办理2件"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 督察反馈意见问题整改情况的报告, after a prefecture's published report on rectifying the provincial inspection's
# findings (将督察组反馈的35项问题细化为55个具体问题，明确整改责任主体、措施、时限和整改要求; 月调度跟踪问效;
# 《整改情况》分为深化思想认识高位推进整改、明确工作措施狠抓问题整改 … 三个部分):
# https://ztnews.net/article/show-339983.html
# A .docx report: title, 主送, preamble, part 一 in prose, part 二 whose items are numbered paragraphs （一）…（七）,
# each “问题 + 责任单位：… 整改时限：… 整改进展：…” in sentences (bureaus under short and former names), part 三,
# the two senders and the date at the foot.
REPORT_ITEMS = [
    (
        "城市建成区雨污分流改造滞后，部分老旧小区生活污水经雨水管网直排濮水河。",
        "市住建局",
        "2024年8月底前完成管网排查，2024年12月底前完成改造",
        "已完成管网排查，改造工程正在施工，已完成总工程量的45%。",
    ),
    (
        "市生活垃圾填埋场渗滤液处理能力不足，调节池长期高液位运行。",
        "市城管执法局",
        "2024年6月底前",
        "新增日处理能力100吨的应急处理设施已投运，调节池液位降至安全线以下，已完成整改。",
    ),
    (
        "部分县（区）规模养殖场粪污处理设施装备配套率未达到要求。",
        "市农委牵头，各县（区）政府配合",
        "2024年底前",
        "该问题整改尚未启动。",
    ),
    (
        "金堤河、马颊河沿线入河排污口排查整治不彻底，12个排污口未完成溯源。",
        "市环保局",
        "2024年9月30日前",
        "已完成9个排污口溯源，剩余3个正在开展水质监测和管线探测。",
    ),
    (
        "城区渣土运输车辆未密闭、带泥上路问题突出，道路扬尘管控不到位。",
        "市交警支队",
        "长期坚持",
        "每周开展联合执法检查，常态化推进。",
    ),
    (
        "黄河滩区3处历史遗留取土坑生态修复滞后。",
        "市国土资源局",
        "2025年6月底前",
        "",
    ),
    (
        "西水坊饮用水水源地二级保护区内2处农家乐未清理。",
        "市水务局",
        "2024年3月底前",
        "2处农家乐已于3月20日拆除，经复核销号。",
    ),
]
CN_NUMS = "一二三四五六七八九十"


def write_report(path: Path) -> Path:
    doc = _new_document("市生态环境保护委员会办公室")
    _title(doc, "中共濮阳市委 濮阳市人民政府关于省生态环境保护督察反馈意见问题整改进展情况的报告", 20)
    _paragraph(doc, "省生态环境保护督察整改工作领导小组办公室：")
    _paragraph(
        doc,
        "2023年10月，省委、省政府第二生态环境保护督察组对我市开展了生态环境保护督察，并于2024年1月反馈了督察"
        "意见。市委、市政府研究制定《濮阳市贯彻落实省生态环境保护督察反馈意见问题整改方案》，将督察组反馈的24项"
        "问题细化为41个具体问题，逐一明确整改责任主体、措施、时限和整改要求，实行月调度、季通报。截至2024年7月"
        "25日，已完成整改29个，其余12个正在推进。现将有关情况报告如下：",
    )
    _paragraph(doc, "一、深化思想认识，高位推进整改", font="黑体")
    _paragraph(
        doc,
        "市委常委会、市政府常务会议先后8次专题研究督察整改工作，市级领导分包督导重点问题，市生态环境保护委员会"
        "办公室按月调度整改进展，对进度滞后的单位进行通报。",
    )
    _paragraph(doc, "二、明确工作措施，狠抓问题整改", font="黑体")
    for i, (problem, unit, deadline, progress) in enumerate(REPORT_ITEMS):
        text = f"（{CN_NUMS[i]}）{problem}责任单位：{unit}。整改时限：{deadline}。"
        if progress:
            text += f"整改进展：{progress}"
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，我市将持续压实整改责任，对未完成的问题实行清单化管理、挂图作战，确保按期完成整改；已完成整改的"
        "问题适时组织“回头看”，坚决防止反弹。",
    )
    _paragraph(doc, "中共濮阳市委        濮阳市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 督察组移交信访件办理情况表 (county), after a city's account of a provincial inspection group's 17th batch
# (43件; 按县（市、区）分 …; 按污染类型分：大气污染问题16个、水污染问题6个、噪声污染问题5个、生态问题7个、固废污染
# 问题3个、土壤问题1个，其他问题5个; 当日全部交办各有关县（市、区）政府、功能区管委会及相关市直部门):
# http://hrbqcjs.com/art/2024/11/11/art_71212_2889805.html
# An .xlsx: title, 填报单位/交办日期 line, a two-row header with 污染类型 over seven tick columns and 办结情况 over three
# tick columns (已办结 / 阶段性办结 / 正在办理), 乡镇（部门） beside an explicit 责任单位, 办理时限 as “7月29日前” or a
# schedule, a 合计 row of counts, a 注 line and a signature line.
POLLUTION_KINDS = ["大气", "水", "噪声", "生态", "固废", "土壤", "其他"]
CLOSURE_KINDS = ["已办结", "阶段性办结", "正在办理"]
NANLE_ROWS = [
    (
        "X3HN202407190012",
        "韩张镇西街某面粉加工厂粉尘外逸，周边屋顶积尘",
        "韩张镇",
        {"大气"},
        "韩张镇人民政府",
        "7月29日前",
        "已办结",
    ),
    (
        "X3HN202407190015",
        "元村镇卫河大堤附近有人焚烧废旧轮胎",
        "元村镇",
        {"大气", "固废"},
        "元村镇人民政府",
        "7月29日前",
        "阶段性办结",
    ),
    (
        "X3HN202407190021",
        "城关镇一家洗车店污水直排雨水管网",
        "城关镇",
        {"水"},
        "南乐县城市管理局",
        "7月29日前",
        "正在办理",
    ),
    (
        "X3HN202407190026",
        "福堪镇某养殖户粪污堆放于马颊河堤坡",
        "福堪镇",
        {"水", "土壤"},
        "福堪镇人民政府",
        "7月29日前",
        "",
    ),
    (
        "X3HN202407190030",
        "千口镇一家塑料颗粒厂夜间生产噪声扰民",
        "千口镇",
        {"噪声", "大气"},
        "千口镇人民政府",
        "7月29日前",
        "已办结",
    ),
    (
        "X3HN202407190034",
        "谷金楼乡有砖瓦窑取土破坏耕地",
        "谷金楼乡",
        {"生态", "土壤"},
        "南乐县自然资源局",
        "7月29日前反馈，8月底前完成复垦",
        "正在办理",
    ),
    (
        "X3HN202407190041",
        "产业集聚区一医药企业危废暂存间未上锁、标识缺失",
        "产业集聚区",
        {"固废"},
        "南乐县产业集聚区管理委员会",
        "7月29日前",
        "已办结",
    ),
]


def write_nanle(path: Path) -> Path:
    b = Book(path, author="县督察迎检办")
    ws = b.sheet("第十七批")
    last = 4 + len(POLLUTION_KINDS) + 2 + len(CLOSURE_KINDS)
    b.widths(ws, [5, 18, 36, 10] + [5] * len(POLLUTION_KINDS) + [22, 18] + [7] * len(CLOSURE_KINDS))
    b.line(ws, 0, "南乐县省生态环境保护督察组移交第十七批信访举报件办理情况表", last - 1, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县迎接省生态环境保护督察工作领导小组办公室    交办日期：2024年7月19日    "
        "填报日期：2024年7月30日",
        last - 1,
    )
    for c, word in enumerate(["序号", "受理编号", "举报内容", "乡镇（部门）"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    first_kind = 4
    b.merge(ws, 2, first_kind, 2, first_kind + len(POLLUTION_KINDS) - 1, "污染类型", b.head)
    b.header(ws, 3, POLLUTION_KINDS, first=first_kind)
    unit_col = first_kind + len(POLLUTION_KINDS)
    b.merge(ws, 2, unit_col, 3, unit_col, "责任单位", b.head)
    b.merge(ws, 2, unit_col + 1, 3, unit_col + 1, "办理时限", b.head)
    first_close = unit_col + 2
    b.merge(ws, 2, first_close, 2, first_close + len(CLOSURE_KINDS) - 1, "办结情况", b.head)
    b.header(ws, 3, CLOSURE_KINDS, first=first_close)
    r = 4
    for i, (number, text, town, kinds, unit, limit, closure) in enumerate(NANLE_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [number, text, town], first=1)
        for k, kind in enumerate(POLLUTION_KINDS):
            b.put(ws, r, first_kind + k, "√" if kind in kinds else "", b.center)
        b.put(ws, r, unit_col, unit)
        b.put(ws, r, unit_col + 1, limit)
        for k, kind in enumerate(CLOSURE_KINDS):
            b.put(ws, r, first_close + k, "√" if kind == closure else "", b.center)
        r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "", b.cell)
    b.put(ws, r, 2, f"{len(NANLE_ROWS)}件", b.center)
    b.put(ws, r, 3, "", b.cell)
    for k, kind in enumerate(POLLUTION_KINDS):
        b.put(ws, r, first_kind + k, sum(kind in row[3] for row in NANLE_ROWS), b.center)
    b.put(ws, r, unit_col, "", b.cell)
    b.put(ws, r, unit_col + 1, "", b.cell)
    for k, kind in enumerate(CLOSURE_KINDS):
        b.put(ws, r, first_close + k, sum(kind == row[6] for row in NANLE_ROWS), b.center)
    b.line(ws, r + 1, "注：污染类型、办结情况在对应栏内打“√”，一件举报可涉及多种污染类型。", last - 1)
    b.line(ws, r + 2, "审核人：王振宇    填表人：刘佳    联系电话：0393-7212265", last - 1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 河长交办单问题整改销号台账, after a district 城乡水务局's answer to a CPPCC proposal on rural water pollution
# (河长巡河软件的应用、发现问题上传、交办、销号等各环节实行闭环管理; 对发现的涉河四乱问题以河长交办单的形式，
# 督促镇街、村河长限期整改; 切实抓好省、市河长办督查发现问题的整改，五月底前共整改碍洪问题41处):
# http://tez.gov.cn/zwgk/zwgkzt/jytabl/qjzxtabljg/202301/t20230111_1754716.html
# An .xls (xlwt): title, 填报单位/统计时段 line, one header row with 交办单编号 and 交办日期 (the base of 立行立改 and of
# “10个工作日内”), 问题来源, 责任单位 beside the 镇级河长, 整改情况 and a 是否销号 column (是 / 否 / blank), a 注 with the
# counting rule and a signature line.
RIVER_ORDER_ROWS = [
    (
        "清河长交〔2024〕11号",
        "2024.05.06",
        "马颊河",
        "省河长办暗访",
        "马颊河六塔段左岸堤脚违规搭建养殖棚，妨碍行洪",
        "六塔乡人民政府",
        "李国栋",
        "5月底前",
        "养殖棚已全部拆除，场地清理完毕",
        "是",
    ),
    (
        "清河长交〔2024〕14号",
        "2024.05.20",
        "潴龙河",
        "河长APP上报",
        "潴龙河马庄桥段河面漂浮垃圾较多，岸坡堆放秸秆",
        "马庄桥镇人民政府",
        "王海峰",
        "立行立改",
        "已清理",
        "是",
    ),
    (
        "清河长交〔2024〕17号",
        "2024.06.03",
        "第三濮清南干渠",
        "市河长办督查",
        "第三濮清南干渠仙庄段有3处生活污水管道私接入渠",
        "仙庄镇人民政府",
        "张立新",
        "6月30日前",
        "已封堵2处，剩余1处正在改接入污水管网",
        "否",
    ),
    (
        "清河长交〔2024〕19号",
        "2024.06.17",
        "顺河沟",
        "河长APP上报",
        "顺河沟瓦屋头段河道管理范围内种植玉米等高秆作物",
        "瓦屋头镇人民政府",
        "刘振华",
        "10个工作日内",
        "",
        "否",
    ),
    (
        "清河长交〔2024〕22号",
        "2024.07.01",
        "卫河",
        "县河长办巡查",
        "卫河柳格段堤顶道路倾倒建筑垃圾约200立方米",
        "柳格镇人民政府",
        "陈志勇",
        "7月15日前",
        "已清运完毕",
        "是",
    ),
    (
        "清河长交〔2024〕24号",
        "2024.07.08",
        "马颊河",
        "县河长办巡查",
        "马颊河韩村段河道管理范围内新建钢结构厂房一处，约600平方米",
        "韩村镇人民政府",
        "赵建军",
        "2024年9月30日前",
        "已下达限期拆除通知，正在协调拆除",
        "否",
    ),
    (
        "清河长交〔2024〕26号",
        "2024.07.15",
        "潴龙河",
        "市河长办督查",
        "潴龙河县城段河长公示牌信息未更新，监督电话无法接通",
        "城关镇人民政府",
        "宋晓光",
        "立行立改",
        "已更换公示牌",
        "",
    ),
    (
        "清河长交〔2024〕27号",
        "2024.07.22",
        "固原排",
        "河长APP上报",
        "大流乡境内固原排淤积严重，过水不畅",
        "大流乡人民政府",
        "孙红旗",
        "8月10日前",
        "正在组织清淤",
        "否",
    ),
]


def write_river_orders(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    text = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    header = [
        "序号",
        "交办单编号",
        "交办日期",
        "河道（沟渠）名称",
        "问题来源",
        "问题描述",
        "责任单位",
        "镇级河长",
        "整改时限",
        "整改情况",
        "是否销号",
    ]
    last = len(header) - 1
    cells: list[tuple] = [
        (0, 0, "清丰县河长交办单问题整改销号台账", title, 0, last),
        (
            1,
            0,
            "填报单位：清丰县河长制办公室    统计时段：2024年5月1日至7月31日    填报日期：2024年7月31日",
            text,
            1,
            last,
        ),
    ]
    cells += [(2, c, word, head) for c, word in enumerate(header)]
    for i, row in enumerate(RIVER_ORDER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (2, 10) else cell))
    end = 3 + len(RIVER_ORDER_ROWS)
    cells.append(
        (
            end,
            0,
            "注：1.整改时限为“立行立改”“10个工作日内”的，自交办日期起算；2.是否销号以县河长办复核意见为准。",
            text,
            end,
            last,
        )
    )
    cells.append(
        (end + 1, 0, "审核人：郭海涛    填表人：马丽    联系电话：0393-7226318", text, end + 1, last)
    )
    return _write_xls(path, [("销号台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 妨碍河道行洪突出问题排查整治清单台账, after a city 总河长's order on clearing what obstructs flood discharge
# (重点是阻水建筑物构筑物、阻水的成片林木和高杆作物、压缩河道行洪断面的跨河穿河设施、非法侵占河道 …、行政区域交界
# 河道出现都不管的“卡口”等10类问题; 全面建立清单台账，逐一明确整改措施、整改时限和相关责任人):
# http://cmstop.sgfb.sgxw.cn/p/31928.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, named as WPS 表格 names it): title, 填报单位/截至日期 line,
# a two-row header (问题位置 over 乡镇 and 村), 河道名称 merged down over the rows of the same river, 问题类别 in the
# order's terms, 责任单位 beside 责任人, 整改时限 as dates, “6月底前”, a month range, a schedule text and 长期坚持,
# a 合计 row and a signature line.
FLOOD_RIVERS = [
    (
        "金堤河",
        [
            (
                "五星乡",
                "后寨村",
                "阻水建筑物",
                "河道管理范围内建有养殖大棚4座，占压行洪断面",
                "拆除大棚，恢复河道原貌",
                "五星乡人民政府",
                "赵勇",
                "2024年5月31日前",
                "已拆除完毕，经县河长办现场复核销号",
            ),
            (
                "柳屯镇",
                "东街村",
                "阻水片林",
                "河滩地种植杨树约30亩，林木密植阻水",
                "清除阻水林木，退林还滩",
                "柳屯镇人民政府",
                "韩涛",
                "7月底前清除主槽两侧林木，12月底前全部清除",
                "已清除主槽两侧林木约12亩",
            ),
            (
                "城关镇",
                "西关村",
                "跨河设施",
                "县道跨金堤河便桥桥墩过密，压缩行洪断面",
                "改建为大跨径桥梁",
                "濮阳县交通运输局",
                "孙明",
                "2025年5月31日前",
                "",
            ),
        ],
    ),
    (
        "黄河",
        [
            (
                "渠村乡",
                "南湖村",
                "非法侵占河道",
                "滩区内私自修筑生产堤约800米",
                "破除生产堤",
                "渠村乡人民政府",
                "王建华",
                "6月底前",
                "未整改",
            ),
            (
                "习城乡",
                "后辛庄村",
                "乱堆物料",
                "滩区堆放砂石料约3000立方米",
                "清运砂石料",
                "习城乡人民政府",
                "李强",
                "2024年8月15日前",
                "正在清运",
            ),
        ],
    ),
    (
        "回木沟",
        [
            (
                "梨园乡",
                "大芟河村",
                "“卡口”河段",
                "乡界上下游治理标准不一，形成卡口",
                "统一治理标准，拓宽卡口段",
                "濮阳县水利局",
                "周伟",
                "2024年6-9月",
                "已完成设计，正在招标",
            ),
        ],
    ),
    (
        "五星沟",
        [
            (
                "白堽乡",
                "白堽村",
                "其他",
                "沟道管理范围内垃圾乱堆问题反复出现",
                "建立常态化巡查保洁机制",
                "白堽乡人民政府",
                "郑磊",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="县河长办")
    ws = b.sheet("清单台账")
    b.widths(ws, [5, 10, 10, 10, 12, 34, 24, 18, 8, 26, 24])
    b.line(ws, 0, "濮阳县妨碍河道行洪突出问题排查整治清单台账", 10, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳县河长制办公室    截至日期：2024年7月26日", 10)
    for c, word in [(0, "序号"), (1, "河道名称")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "问题位置", b.head)
    b.header(ws, 3, ["乡镇", "村"], first=2)
    for c, word in enumerate(
        ["问题类别", "问题描述", "整改措施", "责任单位", "责任人", "整改时限", "整改进展"], 4
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    for river, rows in FLOOD_RIVERS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, river, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 10, f"共排查妨碍河道行洪突出问题{n}处，已整改销号1处", b.cell)
    b.line(ws, r + 2, "填表人：杜鹏    审核人：韩国强    联系电话：0393-3218806", 10)
    return b.close()


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_book, path, "xls", "妨碍河道行洪突出问题排查整治清单台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 巡河检查发现问题整改反馈表, after a city government's rules on keeping its secondary rivers from relapsing
# (由于污水管网破损、错接、漏接等导致生活污水直排的 … 由市水务资产公司负责在7日内完成整改; 属于区县级单位负责的
# 管网，由所在区县人民政府负责在7日内完成整改; 河边、街镇、村社出现垃圾堆存的 …; 河流出现漂浮物的，应及时组织
# 力量实施“清漂”; 畜禽养殖污染反弹由市农委牵头; 市、区县、乡镇（街道）三级巡河工作责任制):
# http://fsou.com/html/text/lar/173688/17368830_1.html
# An .xlsx: title, 报送单位/检查时段 line, one header row with 检查日期 and 交办日期 as date cells, 问题类型 in the
# rules' terms, 责任单位 (市水务公司, 市农委, 市城管执法局, 街道, a plant), 整改时限 “7日内” / 立行立改 / a date,
# a 整改完成时间 date column beside 整改情况, a 备注 line with the counting rule and a signature line.
PATROL_RIVER_ROWS = [
    (
        "濮水河",
        date(2024, 7, 2),
        date(2024, 7, 3),
        "生活污染反弹",
        "濮水河胜利路桥下游右岸雨水口晴天有生活污水溢流",
        "市水务公司",
        "7日内",
        date(2024, 7, 9),
        "",
    ),
    (
        "马颊河（华龙段）",
        date(2024, 7, 2),
        date(2024, 7, 3),
        "垃圾堆存",
        "岳村镇段河堤背水坡生活垃圾堆存约20立方米",
        "岳村镇人民政府",
        "立行立改",
        date(2024, 7, 3),
        "已清理",
    ),
    (
        "第三濮清南干渠（华龙段）",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "畜禽养殖污染反弹",
        "孟轲乡境内干渠西侧新建生猪养殖场粪污直排渠内",
        "市农委",
        "7日内",
        "",
        "已责令停止排放，粪污收集池正在建设",
    ),
    (
        "濮水河",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "漂浮物",
        "人民路桥至中原路桥段水面漂浮物较多",
        "市城管执法局",
        "立行立改",
        date(2024, 7, 9),
        "已清漂",
    ),
    (
        "马颊河（华龙段）",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "生活污染反弹",
        "皇甫街道某村生活污水经排水沟直排马颊河",
        "皇甫街道办事处",
        "7日内",
        "",
        "",
    ),
    (
        "濮水河",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "污水处理设施不正常运行",
        "城市第二污水处理厂出水总磷超标",
        "濮阳市第二污水处理厂",
        "7日内",
        "",
        "逾期未整改",
    ),
    (
        "第三濮清南干渠（华龙段）",
        date(2024, 7, 19),
        date(2024, 7, 19),
        "垃圾堆存",
        "中原路街道段渠道两侧建筑垃圾乱倒",
        "中原路街道办事处",
        "7月26日前",
        date(2024, 7, 25),
        "已清运，经复查合格",
    ),
]


def write_patrol_rivers(path: Path) -> Path:
    b = Book(path, author="华龙区河长办")
    ws = b.sheet("问题整改反馈表")
    b.widths(ws, [5, 20, 11, 11, 14, 38, 18, 10, 12, 30])
    b.line(ws, 0, "华龙区次级河流巡河检查发现问题整改反馈表", 9, b.title)
    b.line(
        ws,
        1,
        "报送单位：华龙区河长制办公室    检查时段：2024年7月1日—7月19日    报送时间：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "河流名称",
            "检查日期",
            "交办日期",
            "问题类型",
            "问题描述",
            "责任单位",
            "整改时限",
            "整改完成时间",
            "整改情况",
        ],
    )
    for i, row in enumerate(PATROL_RIVER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_RIVER_ROWS)
    b.line(ws, end, "备注：整改时限为“7日内”“立行立改”的，均自交办日期起算。", 9)
    b.line(ws, end + 1, "填表人：常雪    审核人：贾卫国    联系电话：0393-8166027", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 挥发性有机物治理突出问题排查问题清单, after a street's account of its VOCs checks (根据《关于加快解决当前挥发性
# 有机物治理突出问题的通知》要求，对辖区涉及挥发性有机物排放的印刷、制药、铸造行业共10家企业逐一开展梳理排查;
# 综合行政执法局重点检查企业活性炭使用情况及更换周期、废气治理设施运行维护情况及相关台账记录情况; 形成问题清单，
# 对企业提出整改要求及整改时限):
# https://www.cztn.gov.cn/html/cztn/2022/KPIKPPKO_0414/156805.html
# An .xlsx: title, 填报单位/清单下发日期 line (the base of 立行立改 and “N日内”), one header row with 企业名称 and 行业,
# 整改要求 beside 整改时限, 整改落实情况 and a separate 复查结果 column, a 说明 line and a signature line.
VOC_ROWS = [
    (
        "濮阳市恒润印务有限公司",
        "包装印刷",
        "活性炭吸附装置活性炭更换周期超过3个月，未记录更换台账",
        "立即更换活性炭，建立更换台账",
        "立行立改",
        "已更换活性炭并建立台账",
        "复查合格",
    ),
    (
        "濮阳市中瑞制药有限公司",
        "化学药品制造",
        "发酵车间废气收集系统负压不足，车间内异味明显",
        "更换引风机，提高废气收集效率",
        "30日内",
        "新引风机已采购，待安装",
        "",
    ),
    (
        "濮阳县华鑫铸造有限公司",
        "铸造",
        "浇注工段无集气罩，浇注废气无组织排放",
        "加装集气罩并接入处理设施",
        "30日内",
        "",
        "",
    ),
    (
        "濮阳市博通包装制品有限公司",
        "包装印刷",
        "使用的油墨缺少VOCs含量检测报告",
        "补充原辅材料VOCs含量检测报告",
        "15日内",
        "已补充检测报告",
        "",
    ),
    (
        "濮阳县兴达精细化工有限公司",
        "化工",
        "有机溶剂储罐呼吸阀未安装废气回收装置",
        "安装呼吸气回收装置",
        "9月底前",
        "未整改",
        "",
    ),
    (
        "濮阳市昌盛家具有限公司",
        "家具制造",
        "喷漆房废气治理设施运行记录不全",
        "完善治理设施运行维护台账",
        "15日内",
        "已完善",
        "复查合格",
    ),
    (
        "濮阳县鑫达汽车修理厂",
        "汽车维修",
        "露天调漆、喷漆作业",
        "在密闭喷漆房内作业",
        "2024年7月31日前",
        "正在建设密闭喷漆房",
        "",
    ),
]


def write_voc(path: Path) -> Path:
    b = Book(path, author="综合行政执法大队")
    ws = b.sheet("问题清单")
    b.widths(ws, [5, 26, 12, 40, 28, 12, 26, 10])
    b.line(ws, 0, "文留镇挥发性有机物治理突出问题排查问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县文留镇综合行政执法大队    清单下发日期：2024年7月5日（整改时限自清单下发之日起计算）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "企业名称", "行业", "存在问题", "整改要求", "整改时限", "整改落实情况", "复查结果"],
    )
    for i, row in enumerate(VOC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VOC_ROWS)
    b.line(ws, end, "说明：复查由镇综合行政执法大队会同生态环境部门开展，复查合格的予以销号。", 7)
    b.line(ws, end + 1, "检查人员：吕振华、侯明    填表人：任晓燕    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. “散乱污”工业企业综合整治台账, after a city's 专项行动方案 (全面排查我市“散乱污”工业企业，摸清底数，建立台账;
# 按照升级改造、整合搬迁、关停取缔的方式实施分类处置，2020年11月25日前全面完成; “散乱污”企业的界定：不符合产业
# 政策 …; 未办理 … 相关审批手续; 依法应安装污染治理设施而未安装或污染治理设施不完备的):
# https://www.bynr.gov.cn/xxgk/zfgb/2019/201902/szfbgswj/202304/t20230417_508088.html
# An .ods (LibreOffice conversion with fixed member times): title, 填报单位/更新日期 line, one header row with 乡镇,
# 企业（场所）名称 and 处置方式 (升级改造 / 整合搬迁 / 关停取缔), 责任单位, 完成时限 as dates, 年底前, 第三季度 and 长期,
# 整治进展 beside a 销号情况 column, a 注 line and a signature line.
SCATTERED_ROWS = [
    (
        "濮城镇",
        "濮城镇东街塑料颗粒加工点",
        "塑料制品",
        "无环保手续，熔融废气无收集直排",
        "关停取缔",
        "濮城镇人民政府",
        "2024年6月30日",
        "已断水断电，原料、设备、产品已清除",
        "已销号",
    ),
    (
        "王楼镇",
        "王楼镇兴旺木器加工厂",
        "木材加工",
        "喷漆工序无废气治理设施",
        "升级改造",
        "王楼镇人民政府",
        "2024年9月25日前",
        "正在安装废气治理设施",
        "",
    ),
    (
        "杨集乡",
        "杨集乡废旧塑料回收站",
        "再生资源回收",
        "露天堆放废塑料，清洗废水外排",
        "整合搬迁",
        "杨集乡人民政府",
        "年底前",
        "未启动",
        "",
    ),
    (
        "陈庄镇",
        "陈庄镇石材切割加工点",
        "石材加工",
        "切割粉尘无组织排放，废水沉淀池渗漏",
        "升级改造",
        "陈庄镇人民政府",
        "第三季度",
        "",
        "",
    ),
    (
        "龙王庄镇",
        "龙王庄镇铸件加工作坊",
        "金属铸造",
        "冲天炉无除尘设施，烟尘直排",
        "关停取缔",
        "龙王庄镇人民政府",
        "2024年7月15日",
        "已关停",
        "已销号",
    ),
    (
        "产业集聚区",
        "鑫源彩印包装作坊",
        "包装印刷",
        "油墨废气无收集，废油墨桶随意堆放",
        "整合搬迁",
        "范县产业集聚区管理委员会",
        "2024年10月底前",
        "已选定入园标准化厂房，正在搬迁",
        "",
    ),
    (
        "全县",
        "已取缔“散乱污”企业（场所）",
        "—",
        "已取缔企业易死灰复燃，需防止反弹",
        "动态清零",
        "范县工业和信息化局",
        "长期",
        "每月开展巡查，常态化推进",
        "",
    ),
]


def write_scattered_book(path: Path) -> Path:
    b = Book(path, author="县攻坚办")
    ws = b.sheet("整治台账")
    b.widths(ws, [5, 10, 24, 12, 32, 10, 22, 14, 28, 10])
    b.line(ws, 0, "范县“散乱污”工业企业综合整治台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：范县打好污染防治攻坚战领导小组办公室    更新日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "企业（场所）名称",
            "行业类别",
            "存在问题",
            "处置方式",
            "责任单位",
            "完成时限",
            "整治进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(SCATTERED_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SCATTERED_ROWS)
    b.line(ws, end, "注：关停取缔类按“两断三清”（断水、断电，清原料、清设备、清产品）标准整治到位后销号。", 9)
    b.line(ws, end + 1, "填表人：范文静    联系电话：0393-5361170", 9)
    return b.close()


def write_scattered(path: Path) -> Path:
    via_soffice(write_scattered_book, path, "ods", "散乱污工业企业综合整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. “清废行动”问题清单及整治情况, after a report of the ministry publishing its “清废行动2018” problem list
# (对2796个固体废物堆存点位进行现场摸排核实，共发现1308个问题; 涉及建筑垃圾 …，一般工业固废 …，生活垃圾 …，
# 危险废物 …，以建筑垃圾和生活垃圾为主的混合类 …，砂石、渣土等其他类; 分四批对111个突出问题进行挂牌督办 … 其余
# 问题交有关省级环保部门挂牌督办，并要求各地及时公开问题清单、督办要求和整治情况，直至整治完成):
# http://www.keyuanhong.com/news/guonei/183813.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, a preamble giving the 挂牌督办 date (the base of
# “督办之日起30日内” and 立即), a table with 编号, 县（区）, 固废类型 in the list's terms, 督办级别, 整治责任单位,
# 督办要求 (the deadline in words) and 整治情况, a closing line and the bureau and date at the foot.
WASTE_ROWS = [
    (
        "QF-01",
        "清丰县",
        "仙庄镇北侧废弃坑塘",
        "坑塘内倾倒建筑垃圾约1500立方米",
        "建筑垃圾",
        "市级挂牌督办",
        "清丰县人民政府",
        "8月10日前清运完毕",
        "已清运约60%",
    ),
    (
        "HL-01",
        "华龙区",
        "孟轲乡马颊河堤外",
        "堆放一般工业固废（炉渣）约300吨",
        "一般工业固废",
        "市级挂牌督办",
        "华龙区人民政府",
        "督办之日起30日内清理并查明来源",
        "已清理完毕，经现场核查销号",
    ),
    (
        "NL-01",
        "南乐县",
        "近德固乡某村东侧",
        "生活垃圾与建筑垃圾混合堆放约800立方米",
        "混合类",
        "县级督办",
        "南乐县人民政府",
        "9月底前清理完毕",
        "",
    ),
    (
        "KF-01",
        "开发区",
        "胡村乡某闲置厂房",
        "存放废矿物油桶约40个，疑似危险废物",
        "危险废物",
        "市级挂牌督办",
        "濮阳经济技术开发区管理委员会",
        "立即转移处置",
        "已委托有资质单位转移处置，转移联单已归档",
    ),
    (
        "TQ-01",
        "台前县",
        "夹河乡黄河滩区",
        "砂石渣土堆放约2000立方米",
        "砂石、渣土",
        "县级督办",
        "台前县人民政府",
        "年底前清理完毕",
        "尚未清理",
    ),
    (
        "SZ-01",
        "市直",
        "市区长庆路沿线",
        "城市道路两侧装修垃圾乱倒问题反复出现",
        "建筑垃圾",
        "市级督办",
        "市城管局",
        "长期坚持",
        "建立巡查机制，常态化清运",
    ),
    (
        "PY-01",
        "濮阳县",
        "胡状镇某废品收购站",
        "露天堆放废铅蓄电池约2吨",
        "危险废物",
        "市级挂牌督办",
        "濮阳县人民政府",
        "7月20日前转移处置",
        "已转移处置",
    ),
]


def write_waste_docx(path: Path) -> Path:
    doc = _new_document("固体废物与化学品科")
    _title(doc, "濮阳市“清废行动”固体废物堆存问题清单及整治情况", 18)
    _paragraph(
        doc,
        "根据《濮阳市打击固体废物环境违法行为专项行动方案》，市生态环境局于2024年7月10日对排查发现的固体废物"
        "堆存问题实行挂牌督办，督办要求自督办之日起执行。现将问题清单、督办要求和整治情况公开如下（整治情况截至"
        "2024年7月30日）：",
        14,
    )
    body = [list(row) for row in WASTE_ROWS]
    _table(
        doc,
        [
            "编号",
            "县（区）",
            "点位位置",
            "问题描述",
            "固废类型",
            "督办级别",
            "整治责任单位",
            "督办要求",
            "整治情况",
        ],
        body,
        9,
    )
    _paragraph(doc, "各地要举一反三，对固体废物非法倾倒和堆存点再次全面排查整治，整治情况每周报送一次。", 14)
    _paragraph(doc, "濮阳市生态环境局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_docx, path, "doc", "清废行动问题清单及整治情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 医疗废物专项执法检查问题整改材料 (two returns in one zip), after a province's weekly account of its medical
# waste enforcement checks (检查发现：… 医疗垃圾 … 在本院内自行焚烧; 医疗废物暂存间未完全封闭，医疗废物标识张贴
# 不规范; 处理情况：现已对1家卫生所下达责令整改违法行为决定书，要求其在2019年6月18日前完成标准的医疗废物暂存间，
# 张贴标准的医疗废物标识。如逾期未按要求完成整改，将依据《医疗废物管理条例》… 处以 … 行政处罚):
# https://www.huanbao-world.com/qg/hei/99622.html
# A .zip holding an .xlsx from a county branch of the bureau (检查日期, 被检查单位, 发现问题, 处理情况, 整改期限,
# 整改结果; a 注 giving the base of 立行立改) and a .docx report from a hospital whose numbered paragraphs name only its
# own 科室.
TAIQIAN_ROWS = [
    (
        "7月9日",
        "台前县人民医院",
        "医疗废物暂存间未完全封闭，警示标识张贴不规范",
        "下达责令改正违法行为决定书",
        "2024年7月25日前",
        "已完成暂存间封闭改造，标识已规范张贴",
    ),
    (
        "7月10日",
        "孙口镇卫生院",
        "医疗废物暂存超过48小时未转运",
        "下达责令改正违法行为决定书",
        "2024年7月20日前",
        "已整改，转运频次调整为每48小时一次",
    ),
    (
        "7月12日",
        "侯庙镇卫生院",
        "医疗废物交接登记不全，缺少经办人签名",
        "现场责令改正",
        "立行立改",
        "",
    ),
    (
        "7月16日",
        "台前县职业中专",
        "化学实验室废液与生活垃圾混放，未按危险废物管理",
        "下达责令改正违法行为决定书",
        "2024年8月16日前",
        "正在建设危险废物暂存柜",
    ),
    (
        "7月18日",
        "打渔陈镇惠民诊所",
        "医疗废物与生活垃圾混放，未建立医疗废物管理台账",
        "立案查处并责令改正",
        "2024年8月2日前",
        "尚未整改",
    ),
]
HOSPITAL_ITEMS = [
    (
        "检验科病原体培养基等高危险废物未就地消毒即交处置单位。",
        "检验科",
        "2024年7月15日前",
        "已购置高压灭菌设备，自7月12日起高危险废物全部就地消毒后移交，已整改完成。",
    ),
    (
        "口腔科损伤性废物未使用利器盒收集。",
        "口腔科",
        "2024年7月20日前",
        "已配备利器盒，开展全员培训1次，整改到位。",
    ),
    (
        "医疗废物暂存间未安装视频监控，出入库台账记录不完整。",
        "后勤保障科",
        "2024年8月31日前",
        "视频监控设备已完成采购，正在安装；出入库台账已按要求补全。",
    ),
    (
        "医疗污水处理站余氯在线监测设备故障未及时维修。",
        "设备科",
        "2024年9月30日前",
        "",
    ),
    (
        "部分科室医务人员对医疗废物分类知识掌握不足。",
        "医务科、护理部",
        "长期坚持",
        "每季度开展培训考核，常态化推进。",
    ),
]


def write_taiqian_book(path: Path) -> Path:
    b = Book(path, author="台前分局")
    ws = b.sheet("检查问题")
    b.widths(ws, [5, 10, 20, 40, 24, 16, 32])
    b.line(ws, 0, "台前县医疗废物专项执法检查发现问题及处理情况", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局台前分局    检查时间：2024年7月8日—7月19日", 6)
    b.header(ws, 2, ["序号", "检查日期", "被检查单位", "发现问题", "处理情况", "整改期限", "整改结果"])
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TAIQIAN_ROWS)
    b.line(
        ws,
        end,
        "注：整改期限为“立行立改”的，自检查之日起执行；逾期未按要求完成整改的，依据《医疗废物管理条例》依法处罚。",
        6,
    )
    b.line(ws, end + 1, "检查人员：许文博、彭亮    填表人：邵丹    填报日期：2024年7月29日", 6)
    return b.close()


def write_hospital_docx(path: Path) -> Path:
    doc = _new_document("医院感染管理科")
    _title(doc, "濮阳市中医医院关于医疗废物专项执法检查发现问题整改情况的报告", 18)
    _paragraph(doc, "市生态环境局、市卫生健康委：", 14)
    _paragraph(
        doc,
        "2024年7月11日，市生态环境局、市卫生健康委联合检查组对我院医疗废物管理情况开展了专项执法检查，指出问题"
        "5项。我院高度重视，逐项明确责任科室和整改时限，现将整改情况报告如下：",
        14,
    )
    for i, (problem, section, deadline, progress) in enumerate(HOSPITAL_ITEMS):
        text = f"{CN_NUMS[i]}、{problem}责任科室：{section}。整改时限：{deadline}。"
        if progress:
            text += f"整改情况：{progress}"
        _paragraph(doc, text, 14)
    _paragraph(doc, "下一步，我院将严格落实医疗废物分类收集、交接登记等制度，确保医疗废物规范化处置。", 14)
    _paragraph(doc, "濮阳市中医医院", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_medical_zip(path: Path) -> Path:
    members = [
        ("台前县医疗废物专项执法检查发现问题及处理情况.xlsx", write_taiqian_book),
        ("濮阳市中医医院医疗废物检查问题整改情况报告.docx", write_hospital_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("生态环境保护督察交办信访举报件办理台账（第十三至十六批）.csv", write_letters),
    ("濮阳市关于省生态环境保护督察反馈意见问题整改进展情况的报告.docx", write_report),
    ("南乐县省生态环境保护督察组移交第十七批信访举报件办理情况表.xlsx", write_nanle),
    ("清丰县河长交办单问题整改销号台账（2024年7月）.xls", write_river_orders),
    ("濮阳县妨碍河道行洪突出问题排查整治清单台账.et", write_flood),
    ("华龙区次级河流巡河检查发现问题整改反馈表（7月）.xlsx", write_patrol_rivers),
    ("文留镇挥发性有机物治理突出问题排查问题清单.xlsx", write_voc),
    ("范县“散乱污”工业企业综合整治台账.ods", write_scattered),
    ("濮阳市“清废行动”固体废物堆存问题清单及整治情况.wps", write_waste),
    ("医疗废物专项执法检查问题整改材料（台前县、市中医院）.zip", write_medical_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev99 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 人大代表建议和政协提案办理 (files 1-5) and 网格化与社区治理 (files 6-11).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, two-row header), a CSV in UTF-8 with BOM, a .docx whose
items are numbered paragraphs, an .et (Excel 97 via LibreOffice), an .ods (LibreOffice conversion, fixed member
times), a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_dev99.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files.
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
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9E1F2",
            }
        )
        self.plainhead = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm:ss", "align": "center", "valign": "vcenter"}
        )

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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target_dir: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(target_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return target_dir / f"{source.stem}.{suffix}"


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
        out = Path(tmp) / "out"
        out.mkdir()
        converted = soffice(source, suffix, out)
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


# =============================================================================================
# 人大代表建议和政协提案办理
# =============================================================================================
# 1. 人大建议和政协提案办理工作总结, after a bureau's 局机关人大建议和政协提案办理工作总结 (今年我局共接收人大代表建议、
# 政协委员提案31件，其中承办27件，协办4件; 承办人大代表议案建议11件，已经解决或基本解决11件; 承办政协委员提案16件，
# 已经解决或基本解决14件，正在解决或列入规划逐步解决2件; 一、基本情况 二、主要做法):
# https://m.wenke99.com/p-11245175.html
# A .docx: title, 主送, a 基本情况 paragraph with the counts, then the suggestions and proposals as numbered paragraphs
# under two headings (each names its number, proposer, the bureau's 科室 that handles it, progress and plan in
# sentences), a 下一步 paragraph, the bureau and the date at the foot. The bureau is named only in title and signature.
BUREAU_SUGGESTIONS = [
    (
        "1．关于增设背街小巷公共厕所的建议（市九届人大三次会议第12号，王建民等3名代表）。由环卫科主办。我局结合"
        "“厕所革命”，在背街小巷新建、改建公共厕所6座，已于5月20日书面答复代表，代表表示满意，该建议已办结。"
    ),
    (
        "2．关于规范城区早夜市占道经营的建议（第37号，李红梅代表）。由市容科主办。已在开州路、京开大道划定临时疏导点"
        "3处，正在起草《中心城区早夜市管理办法》，计划2024年9月底前出台。"
    ),
    (
        "3．关于解决中原路雨污管网混接问题的建议（第58号，赵志刚代表）。由市政科主办。已完成中原路沿线管网普查，"
        "查明混接点17处，改造工程已列入城建计划，计划2025年6月底前完工。"
    ),
    (
        "4．关于加强共享单车停放秩序管理的建议（第66号，孙丽代表）。由城市管理执法支队主办。目前尚未启动，拟于第三季度"
        "开展共享单车停放秩序专项整治。"
    ),
    (
        "5．关于老旧小区增设电动自行车充电设施的建议（第74号，马俊峰代表）。由公用事业科主办。已完成23个小区的选址，"
        "充电桩正在安装，8月31日前全部投用。"
    ),
]
BUREAU_PROPOSALS = [
    (
        "1．关于推进生活垃圾分类示范小区建设的提案（市政协九届三次会议第105号，陈晓东委员）。由环卫科主办。已在12个"
        "小区开展垃圾分类示范，配齐分类收集设施，已办结并答复委员。"
    ),
    (
        "2．关于提升城区道路照明设施水平的提案（第121号，民盟濮阳市委员会）。由市政科主办。已更换老旧路灯420盏，"
        "剩余路段的路灯改造年底前完成。"
    ),
    (
        "3．关于建立违法建设常态化巡查机制的提案（第143号，周建华委员）。由城市管理执法支队主办。已建立违法建设"
        "网格化巡查台账，实行“日巡查、周调度”，长期坚持。"
    ),
]


def write_bureau(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市城市管理局关于2024年人大代表建议和政协委员提案办理工作情况的报告")
    _paragraph(doc, "市政府督查室：")
    _paragraph(
        doc,
        "一、基本情况。今年，我局共接收市人大代表建议、市政协委员提案12件，其中主办8件、协办4件。主办的人大代表"
        "建议5件、政协委员提案3件，均已按要求与代表、委员见面沟通。现将主办件办理情况报告如下：",
    )
    _paragraph(doc, "（一）人大代表建议", font="楷体_GB2312")
    for text in BUREAU_SUGGESTIONS:
        _paragraph(doc, text)
    _paragraph(doc, "（二）政协委员提案", font="楷体_GB2312")
    for text in BUREAU_PROPOSALS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "二、下一步工作。对正在办理和列入计划的建议提案，我局将明确专人跟踪落实，办结一件、销号一件，及时向代表、"
        "委员反馈办理进展。",
    )
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 建议提案办理进度表, after a city government's notice on handling the 省、市人大代表建议和政协委员提案 (办理期限:
# 会议期间提出的省建议、提案4月16日前答复完毕; 市建议、提案6月30日前答复完毕，其中市各民主党派、工商联提案5月10日前
# 答复完毕; 闭会期间提出的3个月内答复完毕; 明确主办和会办单位的，会办单位应主动将办理意见函告主办单位):
# http://www.fymate.net/html/text/lar/169273/16927300_1.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (办理情况 over 办理进度 and 答复类别), the 类别 of each piece
# beside its number, 主办 and 会办 units, the 交办日期 and the 答复时限 in the notice's words, a 合计 row, a 注 line
# restating the time limits, and a 填表人 line.
PROGRESS_ROWS = [
    (
        "省人大代表建议",
        "第1023号",
        "关于加快金堤河濮阳段综合治理的建议",
        "田国强",
        "市水务局",
        "市生态环境局",
        "2024.3.12",
        "4月16日前",
        "已答复",
        "A",
    ),
    (
        "市人大代表建议",
        "第21号",
        "关于在城区中小学周边设置护学岗的建议",
        "郭丽娟",
        "市交警支队",
        "市教育局",
        "2024.3.20",
        "6月30日前",
        "已答复",
        "A",
    ),
    (
        "市人大代表建议",
        "第35号",
        "关于提高农村低保边缘户救助水平的建议",
        "宋长青",
        "市民政局",
        "市财政局",
        "2024.3.20",
        "6月30日前",
        "正在办理",
        "",
    ),
    (
        "党派团体提案",
        "第5号",
        "关于完善园区职工子女入学保障的提案",
        "民进濮阳市委员会",
        "市教育局",
        "市人社局",
        "2024.3.22",
        "5月10日前",
        "已答复",
        "A",
    ),
    (
        "市政协委员提案",
        "第67号",
        "关于推进中心城区智慧停车平台建设的提案",
        "韩冰",
        "市住建局",
        "市公安局",
        "2024.3.22",
        "6月30日前",
        "",
        "",
    ),
    (
        "闭会期间建议",
        "闭字第3号",
        "关于整治城区餐饮油烟扰民的建议",
        "吕文杰",
        "市生态环境局",
        "市城管执法局",
        "2024.5.8",
        "3个月内",
        "正在办理",
        "",
    ),
    (
        "市人大代表建议",
        "第49号",
        "关于增开城乡公交班次的建议",
        "杜海燕",
        "市公交公司",
        "市交通局",
        "2024.3.20",
        "6月30日前",
        "已答复",
        "C",
    ),
    (
        "市政协委员提案",
        "第92号",
        "关于加强农村饮水安全工程管护的提案",
        "常振华",
        "市水利局",
        "市卫计委",
        "2024.3.22",
        "6月30日前",
        "逾期未办",
        "",
    ),
]


def write_progress(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "2024年人大代表建议和政协委员提案办理进度表", t, 0, last),
        (1, 0, "填报单位：濮阳市人民政府督查室    统计截至：2024年7月29日", plain, 1, last),
    ]
    for col, word in enumerate(
        ["序号", "类别", "编号", "案由", "领衔代表（提案者）", "主办单位", "会办单位", "交办日期", "答复时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 9, "办理情况", h, 2, 10),
        (3, 9, "办理进度", h),
        (3, 10, "答复类别", h),
        (2, 11, "备注", h, 3, 11),
    ]
    for i, row in enumerate(PROGRESS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 7, 8, 10) else c))
        cells.append((r, 11, "", c))
    r = 4 + len(PROGRESS_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共8件，已答复4件，正在办理2件", c, r, last),
        (
            r + 1,
            0,
            "注：答复时限按市政府办公室通知执行：省建议4月16日前，市建议、提案6月30日前，党派团体提案5月10日前，"
            "闭会期间建议自交办之日起3个月内。答复类别：A为已解决或基本解决，B为正在解决，C为列入计划逐步解决，"
            "D为留作参考。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：蒋新民    审核人：袁立春    联系电话：0393-8990126", plain, r + 2, last),
    ]
    widths = [6, 14, 10, 34, 16, 14, 14, 11, 11, 11, 9, 10]
    return _write_xls(path, [("办理进度", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 区政协提案办理情况, after a district 政协's 提案交办会 (共提交提案64件，立案59件; 需要多家单位联办的提案，要确定
# 主办单位和协办单位，由主办单位综合后答复委员; 接到提案后，承办单位应在四个月内将提案办理完毕，并将办理结果书面
# 答复有关委员):
# http://www.swcszx.com/article-4197-1.html
# An .et (Excel 97 via LibreOffice): title, a line with the 交办日期 and the four-month limit, one header row with
# 主办/协办 units, the 办理时限, 办复情况 and the 委员意见, a 注 line and a 联系人 line.
DISTRICT_ROWS = [
    (
        "第9号",
        "张敏",
        "关于中心城区老旧小区加装电梯的提案",
        "华龙区住房和城乡建设局",
        "各街道办事处",
        "8月17日前",
        "已办复",
        "满意",
    ),
    (
        "第15号",
        "刘晓光",
        "关于规范校外培训机构管理的提案",
        "华龙区教育局",
        "华龙区市场监督管理局",
        "8月17日前",
        "办理中",
        "",
    ),
    (
        "第22号",
        "农工党华龙区支部",
        "关于增设社区嵌入式养老服务站的提案",
        "华龙区民政局",
        "",
        "6月30日前（重点提案）",
        "已办复",
        "基本满意",
    ),
    (
        "第31号",
        "王庆丰",
        "关于治理马颊河华龙段岸线垃圾的提案",
        "华龙区城市管理局",
        "华龙区水利局",
        "8月17日前",
        "",
        "",
    ),
    (
        "第38号",
        "许春梅",
        "关于加强农贸市场食品安全快检的提案",
        "华龙区市场监督管理局",
        "",
        "8月17日前",
        "已办复",
        "满意",
    ),
    (
        "第44号",
        "白雪峰",
        "关于完善城区慢行交通系统的提案",
        "华龙区交通运输局",
        "华龙区住房和城乡建设局",
        "年底前",
        "办理中，已完成慢行系统方案设计",
        "",
    ),
    (
        "第51号",
        "孔令辉",
        "关于推动一刻钟便民生活圈建设的提案",
        "华龙区商务局",
        "",
        "8月17日前",
        "未启动",
        "",
    ),
]


def write_district_book(path: Path) -> Path:
    b = Book(path, author="区政府办公室")
    ws = b.sheet("提案办理")
    b.widths(ws, [6, 9, 16, 34, 22, 20, 18, 24, 10])
    b.line(ws, 0, "政协华龙区第九届委员会第三次会议提案办理情况统计表", 8, b.title)
    b.line(
        ws,
        1,
        "交办日期：2024年4月18日    办理要求：承办单位在交办之日起四个月内（8月17日前）办理完毕并书面答复委员，"
        "重点提案6月30日前办复",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "提案号", "提案人", "案由", "主办单位", "协办单位", "办理时限", "办复情况", "委员意见"],
        fmt=b.plainhead,
    )
    for i, row in enumerate(DISTRICT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DISTRICT_ROWS)
    b.line(ws, end, "注：办复情况填“已办复”“办理中”“未启动”；委员意见以委员签署的办理情况征询意见表为准。", 8)
    b.line(
        ws,
        end + 1,
        "填报单位：华龙区人民政府办公室    联系人：秦雅丽    电话：0393-4386712    2024年7月29日",
        8,
    )
    return b.close()


def write_district(path: Path) -> Path:
    return via_soffice(write_district_book, path, "xls", "政协提案办理情况统计表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 重点督办建议办理进度, after a county's 人大代表建议、政协提案总结表彰暨交办工作会议 (县政府承办人大代表建议117件，
# 其中重点督办建议7件; 所有建议、提案均在6月底办理完毕; 将县人大代表建议和县政协委员提案向县政府交办):
# http://www.xiangyin.gov.cn/31176/31178/content_1312811.html
# A CSV in UTF-8 with BOM as a 督查 system exports it: a title line, a 导出单位/导出时间 line, one header line with the
# 督办领导 and 承办单位, ISO dates as text, a 合计 line.
COUNTY_ROWS = [
    (
        "县建议第1号",
        "关于改造106国道柳屯段的建议",
        "李振兴",
        "副县长 孟庆林",
        "濮阳县交通运输局",
        "2024-06-30",
        "已办结",
        "满意",
    ),
    (
        "县建议第5号",
        "关于解决渠村乡群众饮用水含氟超标问题的建议",
        "张秋菊",
        "副县长 孟庆林",
        "濮阳县水利局",
        "2024-06-30",
        "正在实施，管网铺设完成70%",
        "",
    ),
    (
        "县建议第8号",
        "关于县城老城区增设停车场的建议",
        "王立平",
        "副县长 赵文斌",
        "濮阳县住房和城乡建设局",
        "2024-06-30",
        "已办结",
        "基本满意",
    ),
    (
        "县建议第12号",
        "关于加快县人民医院新院区建设的建议",
        "刘桂芳",
        "副县长 程雪",
        "濮阳县卫生健康委员会",
        "2024-12-31",
        "正在推进，主体工程已封顶",
        "",
    ),
    (
        "县建议第17号",
        "关于整治文留镇集镇环境脏乱差的建议",
        "何建军",
        "副县长 赵文斌",
        "濮阳县文留镇人民政府",
        "2024-06-30",
        "进展滞后",
        "",
    ),
    (
        "县建议第23号",
        "关于提升农村客运班线通达率的建议",
        "贾红旗",
        "副县长 孟庆林",
        "濮阳县交通运输局",
        "2024-09-30",
        "",
        "",
    ),
    (
        "县建议第30号",
        "关于加强校园周边食品安全监管的建议",
        "邵雅琴",
        "副县长 程雪",
        "濮阳县市场监督管理局",
        "长期",
        "常态化推进",
        "",
    ),
]


def write_county(path: Path) -> Path:
    lines = [
        ["濮阳县第十七届人大三次会议重点督办建议办理进度"],
        ["导出单位：濮阳县人民政府督查室", "导出时间：2024-07-30 16:05"],
        [
            "序号",
            "建议编号",
            "建议名称",
            "领衔代表",
            "督办领导",
            "承办单位",
            "办理期限",
            "办理进度",
            "代表评价",
        ],
    ]
    for i, row in enumerate(COUNTY_ROWS, 1):
        lines.append([str(i), *row])
    lines.append(["合计", "7件", "", "", "", "", "", "已办结2件", ""])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for line in lines:
        w.writerow(line)
    path.write_bytes("\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 代表建议办理落实情况视察通报, after a county 人大常委会's follow-up on a suggestion (县人大代表提出《关于加快整治维修
# 县城出口损坏道路及大街小巷破损路灯的建议》; 县人大常委会财经工委组织部分代表对此建议的落实情况进行了实地视察，县政府
# 也加强督办; 住建局新安装背街小巷路灯150盏):
# http://www.scspc.gov.cn/html/dbgz_18/2012/0223/65004.html
# A .wps (Word 97 via LibreOffice): title, 主送, a preamble naming the 视察组 (the inspector), a table with the
# 承办单位, what the 视察 found and the 整改要求及时限, the committee and date at the foot.
INSPECT_ROWS = [
    (
        "关于城区背街小巷破损路灯维修的建议",
        "冯卫国",
        "市城管局",
        "已维修更换背街小巷路灯180盏，群众反映良好，已落实",
        "—",
    ),
    (
        "关于解决城乡结合部电网低电压问题的建议",
        "邱红霞",
        "供电公司",
        "视察时改造工程尚未启动，未落实",
        "9月底前开工，12月31日前完成改造",
    ),
    (
        "关于自来水管网延伸至城郊村的建议",
        "姜永福",
        "市自来水公司",
        "管网延伸工程正在施工，已完成约60%",
        "10月底前完成",
    ),
    (
        "关于公交站台增设遮阳棚的建议",
        "蔡丽萍",
        "市交通局",
        "已完成32个站台遮阳棚安装，其余18个正在安装",
        "8月31日前全部完成",
    ),
    (
        "关于规范中小学课后服务收费的建议",
        "潘志勇",
        "市教育局",
        "已出台课后服务管理办法并公示收费标准，已办结",
        "—",
    ),
    (
        "关于华龙区农贸市场升级改造的建议",
        "曹振东",
        "华龙区人民政府",
        "",
        "9月15日前完成",
    ),
    (
        "关于加强残疾人就业帮扶的建议",
        "严素芬",
        "市残联",
        "已建立残疾人就业帮扶长效机制，常态化推进",
        "长期坚持",
    ),
]


def write_inspect_docx(path: Path) -> Path:
    doc = _new_document("人事代表工委")
    _title(doc, "关于市九届人大三次会议部分代表建议办理落实情况视察的通报", 18)
    _paragraph(doc, "市人民政府，各承办单位：", 14)
    _paragraph(
        doc,
        "7月15日至19日，市人大常委会人事代表工作委员会组织部分市人大代表组成视察组，对市九届人大三次会议部分代表"
        "建议的办理落实情况进行了实地视察。现将视察情况通报如下，请各承办单位按要求抓好落实，并于时限内将落实情况"
        "书面报送市人大常委会人事代表工作委员会。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(INSPECT_ROWS, 1)]
    _table(doc, ["序号", "建议题目", "领衔代表", "承办单位", "视察发现的落实情况", "整改要求及时限"], body)
    _paragraph(doc, "濮阳市人大常委会人事代表工作委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    return via_soffice(write_inspect_docx, path, "doc", "代表建议办理落实情况视察通报.docx")


# =============================================================================================
# 网格化与社区治理
# =============================================================================================
# 6. 网格事件受理信息, after a grid-governance system's event table tgrid_event_info (事件编号, 受理时间, 受理单位, 受理人,
# 事件来源: 群众来访, 群众来信, 群众来电, 领导批办, 上级交办, 部门转来, 排查发现, 媒体曝光, 网络发现; 事件类型第1级:
# 矛盾纠纷, 问题隐患; 第2级: 家庭邻里, 劳动社保, 房屋租赁, 物业管理 … 社会治安, 消防隐患, 环保生态, 城市管理;
# 事件级别, 严重程度, 发生地点, 诉求问题及要求, 是否信访件, 办理状况名称, 备注):
# https://github.com/zhuibobo/jb4dc-builder-root/blob/0bbf66c582c33dac67bcaa2756a286a828b65d3d/jb4dc-grid-system-root/jb4dc-grid-system-service/src/main/java/com/jb4dc/gridsystem/dbentities/event/EventInfoEntity.java
# An .xlsx as the system exports it: a title row, one header row in the entity's words, 受理时间 as date-times, the
# 受理单位 (乡镇、街道) as the unit, no deadline column (two 备注 cells give one), a 共N条 row.
EVENT_ROWS = [
    (
        "SJ20240702001",
        datetime(2024, 7, 2, 9, 15, 0),
        "华龙区孟轲乡人民政府",
        "赵磊",
        "排查发现",
        "矛盾纠纷",
        "家庭邻里",
        "四级",
        "一般",
        "孟轲乡后孟轲村",
        "两户村民因宅基地边界争执多次发生口角，要求村委会调解确权",
        "否",
        "已办结",
        "",
    ),
    (
        "SJ20240705003",
        datetime(2024, 7, 5, 10, 42, 0),
        "华龙区中原路街道办事处",
        "王海燕",
        "群众来电",
        "矛盾纠纷",
        "劳动社保",
        "三级",
        "中等",
        "中原路与绿城路交叉口东北角装修工地",
        "12名装修工人反映被拖欠工资约9万元，要求协调支付",
        "是",
        "办理中",
        "已协调人社部门劳动监察介入",
    ),
    (
        "SJ20240708002",
        datetime(2024, 7, 8, 15, 3, 0),
        "华龙区岳村镇人民政府",
        "李国庆",
        "排查发现",
        "问题隐患",
        "消防隐患",
        "三级",
        "中等",
        "岳村镇集贸市场",
        "市场内电动三轮车集中充电，无任何消防防护设施",
        "否",
        "待处理",
        "",
    ),
    (
        "SJ20240710005",
        datetime(2024, 7, 10, 8, 56, 0),
        "华龙区胜利路街道办事处",
        "周晓梅",
        "群众来访",
        "矛盾纠纷",
        "物业管理",
        "四级",
        "一般",
        "胜利路街道锦华苑小区",
        "业主与物业公司因地面停车收费标准发生纠纷，要求公开收费依据",
        "否",
        "办理中",
        "限2024年8月10日前办结",
    ),
    (
        "SJ20240712001",
        datetime(2024, 7, 12, 11, 20, 0),
        "华龙区孟轲乡人民政府",
        "赵磊",
        "上级交办",
        "问题隐患",
        "环保生态",
        "四级",
        "一般",
        "孟轲乡东王庄村村头坑塘",
        "有人向村头坑塘倾倒生活垃圾，夏季气味大",
        "否",
        "已办结",
        "",
    ),
    (
        "SJ20240716004",
        datetime(2024, 7, 16, 16, 38, 0),
        "华龙区中原路街道办事处",
        "王海燕",
        "网络发现",
        "问题隐患",
        "城市管理",
        "三级",
        "中等",
        "中原路百货大楼东侧",
        "临街楼顶广告牌支架锈蚀松动，有坠落风险",
        "否",
        "",
        "",
    ),
    (
        "SJ20240719002",
        datetime(2024, 7, 19, 9, 5, 0),
        "华龙区岳村镇人民政府",
        "李国庆",
        "部门转来",
        "矛盾纠纷",
        "房屋租赁",
        "五级",
        "一般",
        "岳村镇张仪村",
        "租户退租后房东拒不退还押金2000元",
        "否",
        "已办结",
        "",
    ),
    (
        "SJ20240723003",
        datetime(2024, 7, 23, 21, 12, 0),
        "华龙区胜利路街道办事处",
        "周晓梅",
        "群众来信",
        "问题隐患",
        "社会治安",
        "三级",
        "中等",
        "胜利路街道建设路北段",
        "小区周边烧烤摊夜间有人聚集饮酒滋事，影响居民休息",
        "否",
        "办理中",
        "限7月31日前办结",
    ),
]


def write_events(path: Path) -> Path:
    b = Book(path, author="综治中心")
    ws = b.sheet("事件列表")
    b.widths(ws, [16, 20, 22, 9, 10, 10, 10, 8, 8, 24, 40, 10, 10, 24])
    b.line(ws, 0, "网格事件受理信息（导出日期：2024-07-30）", 13, b.title)
    b.header(
        ws,
        1,
        [
            "事件编号",
            "受理时间",
            "受理单位",
            "受理人",
            "事件来源",
            "事件类型第1级",
            "事件类型第2级",
            "事件级别",
            "严重程度",
            "发生地点",
            "诉求问题及要求",
            "是否信访件",
            "办理状况",
            "备注",
        ],
    )
    for i, row in enumerate(EVENT_ROWS):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 2 + len(EVENT_ROWS), f"共 {len(EVENT_ROWS)} 条记录", 13)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 部门接单台账, after a county's “街道吹哨、部门报到” practice of 居民点单、街道派单、部门接单 (将问题诉求划分为1日内
# 赶赴现场限时办结答复的“应急单”、由单一职能部门7个工作日办结答复的“常规单”和需由相关部门协同解决的“重点单”3个类别，
# 统一派送至相关职能部门，建立部门“接单”台账，实行销号管理，做到“事不完、不销单”):
# http://www.jizihe.com/page/2020/0513/7881878.shtml
# An .xlsx: title, 填报单位 line, a two-row header (派单 over four columns, 接单办理 over four), the 单类 and a
# 办结时限 in the source's words (1日内, 7个工作日, or a date for 重点单) counted from the 派单日期, the 接单部门 as the
# unit, a 销号情况 column, a 注 line and a signature line.
DISPATCH_ROWS = [
    (
        "PD2024-071",
        "应急单",
        "建设路56号院主供水管爆裂，全院停水",
        "第3网格",
        date(2024, 7, 2),
        "市自来水公司",
        "1日内",
        "当晚抢修完毕，恢复供水",
        "已销号",
    ),
    (
        "PD2024-074",
        "常规单",
        "绿城花园小区门口流动摊贩占道经营",
        "第7网格",
        date(2024, 7, 8),
        "华龙区城市管理局",
        "7个工作日",
        "已清理，设置隔离桩",
        "已销号",
    ),
    (
        "PD2024-077",
        "重点单",
        "人民路北段老旧小区楼顶防水层破损，雨季多户渗漏",
        "第2网格",
        date(2024, 7, 10),
        "华龙区住房和城乡建设局",
        "2024年8月20日",
        "已完成勘察，正在确定施工队伍",
        "未销号",
    ),
    (
        "PD2024-079",
        "常规单",
        "胜利路一超市货架上有过期食品销售",
        "第5网格",
        date(2024, 7, 11),
        "华龙区市场监督管理局",
        "7个工作日",
        "已立案调查",
        "未销号",
    ),
    (
        "PD2024-082",
        "应急单",
        "昆吾路东段燃气管道有异味，疑似泄漏",
        "第9网格",
        date(2024, 7, 15),
        "市燃气公司",
        "1日内",
        "已排查处置，更换老化阀门",
        "已销号",
    ),
    (
        "PD2024-085",
        "常规单",
        "金色家园小区居民从楼上飞线给电动车充电",
        "第4网格",
        date(2024, 7, 18),
        "市消防支队",
        "7个工作日",
        "",
        "",
    ),
    (
        "PD2024-088",
        "常规单",
        "学府路一处电线杆倾斜，线路下垂",
        "第6网格",
        date(2024, 7, 22),
        "供电公司",
        "7个工作日",
        "未处理",
        "未销号",
    ),
    (
        "PD2024-090",
        "重点单",
        "中心菜市场周边早高峰交通拥堵，缺少临时停车位",
        "第1网格",
        date(2024, 7, 24),
        "市交警支队",
        "2024年9月30日",
        "已施划临时停车位40个，正在研究信号灯配时优化",
        "未销号",
    ),
]


def write_dispatch(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("接单台账")
    b.widths(ws, [6, 12, 8, 36, 9, 12, 22, 14, 30, 10])
    b.line(ws, 0, "“居民点单、街道派单、部门接单”部门接单台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（网格化服务管理中心）    填报日期：2024年7月30日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 5, "街道派单", b.head)
    b.merge(ws, 2, 6, 2, 9, "部门接单办理", b.head)
    b.header(ws, 3, ["派单编号", "单类", "居民诉求（点单内容）", "点单网格", "派单日期"], first=1)
    b.header(ws, 3, ["接单部门", "办结时限", "办理情况", "销号情况"], first=6)
    for i, row in enumerate(DISPATCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(DISPATCH_ROWS)
    b.line(
        ws,
        end,
        "注：应急单1日内赶赴现场并办结答复；常规单由接单部门自派单之日起7个工作日内办结答复；重点单按派单时确定的"
        "时限办结。事不完、不销单。",
        9,
    )
    b.line(ws, end + 1, "填表人：郝文静    审核人：康建华    联系电话：0393-8622145", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 网格员巡查走访问题登记, after a grid system's 巡查走访日志 (网格code, 网格员, 网格员电话, 走访户数, 问题总件数;
# 矛盾纠纷, 群众诉求, 群众意见建议; 治安隐患 / 消防隐患 / 其他问题 each with its 具体问题; 环境卫生: 反宣品, 小广告,
# 乱堆乱放, 新的私搭乱建; 当天自行解决件数, 上报区指挥中心件数; 巡查走访情况):
# https://github.com/EmptyHeart5215/GM_V3.0/blob/f40ab37387fc3135b53caf3eac647a836390e1e2/GSM_V3.0/.svn/pristine/88/8871df842f8246c5fedb4ef464358033de94437d.svn-base
# An .ods (LibreOffice conversion): title, the 社区 and the week, a 走访小结 line with the counts, one header row with
# the 网格编码 and 网格员 (the community's own grids, so the community answers for every row), 问题类别, 具体问题,
# 处理方式 (当天自行解决 / 上报区指挥中心) and 处理结果, no deadline, a signature line.
PATROL_ROWS = [
    (
        "JS-01",
        "张秀兰",
        "138****2061",
        date(2024, 7, 22),
        "矛盾纠纷",
        "5号楼2单元楼上卫生间漏水引发邻里纠纷",
        "当天自行解决",
        "已调解，双方签订维修协议",
    ),
    (
        "JS-02",
        "李卫东",
        "139****5538",
        date(2024, 7, 22),
        "消防隐患",
        "8号楼楼道堆放纸箱杂物，堵塞疏散通道",
        "当天自行解决",
        "已督促住户清理完毕",
    ),
    (
        "JS-03",
        "王芳",
        "137****7712",
        date(2024, 7, 23),
        "群众诉求",
        "辖区3名独居老人申请社区助餐服务",
        "上报区指挥中心",
        "已上报，等待派单",
    ),
    (
        "JS-04",
        "赵刚",
        "135****0947",
        date(2024, 7, 24),
        "环境卫生",
        "社区东门外新的私搭乱建彩钢棚一处",
        "上报区指挥中心",
        "已上报区指挥中心，转城管执法处置",
    ),
    (
        "JS-05",
        "刘洋",
        "136****3385",
        date(2024, 7, 24),
        "治安隐患",
        "小区西侧围墙破损，外来人员随意进出",
        "待处理",
        "尚未处理",
    ),
    (
        "JS-06",
        "陈静",
        "158****6620",
        date(2024, 7, 25),
        "其他问题",
        "小区中心广场健身器材损坏2件",
        "",
        "",
    ),
    (
        "JS-06",
        "陈静",
        "158****6620",
        date(2024, 7, 26),
        "环境卫生",
        "3号楼各单元门张贴小广告",
        "当天自行解决",
        "已清除",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="建设社区")
    ws = b.sheet("问题登记")
    b.widths(ws, [6, 10, 9, 14, 12, 10, 40, 16, 32])
    b.line(ws, 0, "网格员巡查走访发现问题登记汇总表", 8, b.title)
    b.line(ws, 1, "社区：华龙区中原路街道建设社区居民委员会    时间：2024年7月22日至7月26日（第30周）", 8)
    b.line(
        ws, 2, "走访小结：本周6名网格员共走访312户，发现问题7件，其中当天自行解决3件，上报区指挥中心2件。", 8
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "网格编码",
            "网格员",
            "网格员电话",
            "走访日期",
            "问题类别",
            "具体问题",
            "处理方式",
            "处理结果",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PATROL_ROWS)
    b.line(ws, end + 1, "社区网格长：贺丽君    填表人：陈静    报送日期：2024年7月29日", 8)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "网格员巡查走访问题登记汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 网格化管理发现问题整改清单, after a 街道办事处's 网格化管理 publicity (楼栋口张贴“网格化管理工作公示牌”，公示所属网格
# 名称、网格长、三级网格长主要工作职责; 倡导居民做好楼院车辆乱停乱放、窨井盖破损丢失、占用消防通道、私搭乱建等问题的
# 监管工作):
# https://zzrb.zynews.cn/html/2013-07/05/content_477863.htm
# An .xlsx: title, 填报单位 line, a two-row header (网格信息 over 二级网格（社区）and 三级网格（楼院）, 问题情况 over two
# columns, 整改落实 over four), the 三级网格长 beside the 责任单位, dates as text, a 合计 row and a signature line.
STREET_ROWS = [
    (
        "文化社区",
        "12号院",
        "车辆乱停乱放",
        "12号院内机动车乱停，堵塞院门出入口",
        "人民路街道文化社区居民委员会",
        "郑春生",
        "7月15日前",
        "已施划停车位，整改完成",
    ),
    (
        "文化社区",
        "供电局家属院",
        "窨井盖破损丢失",
        "家属院门口雨水井盖缺失",
        "市城管局",
        "郑春生",
        "2024.7.12",
        "已更换井盖",
    ),
    (
        "北关社区",
        "纺织厂宿舍",
        "占用消防通道",
        "纺织厂宿舍消防通道被废旧家具占用",
        "人民路街道北关社区居民委员会",
        "牛建国",
        "2024.7.20",
        "正在清理",
    ),
    (
        "北关社区",
        "老粮局院",
        "私搭乱建",
        "老粮局院内新建违建小棚约20平方米",
        "市城管执法局",
        "牛建国",
        "8月底前",
        "已下达限期拆除通知书",
    ),
    (
        "南街社区",
        "南街小区",
        "窨井盖破损丢失",
        "南街小区主路污水井盖破裂下沉",
        "市住建局",
        "孟凡英",
        "2024.7.25",
        "",
    ),
    (
        "南街社区",
        "电业小区",
        "车辆乱停乱放",
        "共享电动车长期堆放在电业小区门口人行道",
        "人民路街道南街社区居民委员会",
        "孟凡英",
        "常态化推进",
        "常态化推进",
    ),
    (
        "石化社区",
        "石化二区",
        "其他",
        "石化二区多个楼道照明灯损坏",
        "人民路街道石化社区居民委员会",
        "袁志强",
        "7月31日前",
        "未整改",
    ),
]


def write_street(path: Path) -> Path:
    b = Book(path, author="网格中心")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 14, 14, 34, 30, 12, 12, 24])
    b.line(ws, 0, "人民路街道网格化管理发现问题整改清单", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区人民路街道网格化服务管理中心    填报日期：2024年7月29日", 8)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "网格信息", b.head)
    b.merge(ws, 2, 3, 2, 4, "问题情况", b.head)
    b.merge(ws, 2, 5, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["二级网格（社区）", "三级网格（楼院）", "问题类型", "问题描述"], first=1)
    b.header(ws, 3, ["责任单位", "三级网格长", "整改时限", "整改情况"], first=5)
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STREET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "4个二级网格共排查发现问题7个，已整改2个")
    b.line(ws, end + 2, "一级网格长：唐晓峰    填表人：冉丽    联系电话：0393-8176650", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. “网格化+吹哨报到”群众诉求响应, after a district's 网格化+吹哨报到群众诉求全响应机制 (网格员巡查时发现问题上报街道
# 诉求响应中心，街道吹响“联合哨”，联合城管、执法、环保等部门现场整治; 将来自网格、12345热线、数字城管等渠道的群众诉求
# 作为哨源全面整合; 简易事件网格员可以自行处理，重点难点事件由中心吹哨):
# https://www.whnews.cn/news/node/2021-06/07/content_7178029.htm
# A .zip of two returns: the street's .xlsx (哨源, 处置方式 — 网格员自行处置 or 街道吹哨 —, the 报到部门 and the
# 办结时限, a 合计 row) and one community's .docx (a short preamble and a table with the 报到部门 as 责任单位).
WHISTLE_ROWS = [
    (
        "网格上报",
        "金堤河开州路段河岸堆放建筑垃圾约30立方米",
        "街道吹哨",
        "市城管局",
        "7月9日",
        "7月12日前",
        "已清运完毕",
    ),
    (
        "12345热线",
        "丽景花园小区二次供水水箱长期未清洗，水有异味",
        "街道吹哨",
        "市自来水公司",
        "7月16日",
        "7月31日前",
        "已清洗水箱，正在进行水质检测",
    ),
    (
        "网格上报",
        "开州路中段5号楼楼道堆放废旧家具",
        "网格员自行处置",
        "",
        "",
        "7月18日",
        "已清理",
    ),
    (
        "数字城管",
        "开州路人行道树穴缺失、地砖松动",
        "街道吹哨",
        "市住建局",
        "7月22日",
        "8月15日前",
        "",
    ),
]
COMMUNITY_ROWS = [
    (
        "第2网格",
        "东湖广场夜间广场舞音响噪音扰民",
        "华龙区开州路街道东湖社区居民委员会",
        "7月20日前",
        "已协调舞队限定时段和音量，整改完成",
    ),
    (
        "第3网格",
        "东湖小区9号楼电梯频繁故障困人",
        "市住房城乡建设局",
        "8月31日前",
        "已督促物业更换电梯主板，正在调试",
    ),
    ("第5网格", "雨后东湖小区地下车库大面积积水", "市城管局", "9月底前", "未启动"),
    ("第1网格", "社区卫生服务站常用慢病药品短缺", "市卫健委", "7月31日前", "已补充常用药品，已完成"),
]


def write_whistle_book(path: Path) -> Path:
    b = Book(path, author="开州路街道")
    ws = b.sheet("响应台账")
    b.widths(ws, [6, 11, 40, 14, 16, 10, 12, 28])
    b.line(ws, 0, "开州路街道“网格化+吹哨报到”群众诉求响应台账（2024年7月）", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区开州路街道办事处（诉求响应中心）    填报日期：2024年7月29日", 7)
    b.header(ws, 2, ["序号", "哨源", "诉求内容", "处置方式", "报到部门", "报到时间", "办结时限", "处置结果"])
    for i, row in enumerate(WHISTLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WHISTLE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "本月受理群众诉求4件，其中街道吹哨3件，网格员自行处置1件")
    b.line(ws, end + 1, "负责人：邱文涛    填表人：李楠    联系电话：0393-8869021", 7)
    return b.close()


def write_community_docx(path: Path) -> Path:
    doc = _new_document("东湖社区")
    _title(doc, "东湖社区网格化治理发现问题整改情况", 18)
    _paragraph(doc, "填报单位：华龙区开州路街道东湖社区居民委员会    填报日期：2024年7月29日", 12)
    _paragraph(
        doc,
        "本月社区网格员巡查发现问题4个，社区能解决的即时解决，解决不了的上报街道诉求响应中心吹哨，由相关部门报到处置。"
        "具体情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COMMUNITY_ROWS, 1)]
    _table(doc, ["序号", "网格", "发现问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "社区书记：孙爱华    填表人：鲁婷    联系电话：0393-8869377", 12)
    return _save_fixed(doc, path)


def write_whistle(path: Path) -> Path:
    members = [
        ("开州路街道网格化吹哨报到群众诉求响应台账.xlsx", write_whistle_book),
        ("东湖社区网格化治理发现问题整改情况.docx", write_community_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. “小区吹哨”事件办理情况核实表, after a 街道's “小区吹哨 部门报到” account (街道网格化服务管理中心对各职能部门承办
# “吹哨”事件进行全流程监督，通过电话询问、现场查看、当面访谈、视频点调等方式对办理情况进行核实，记录满意度评价; 对评价
# 不满意的事项，经核实确属承办单位责任的，将任务单退回原承办单位重新办理):
# http://m.zihua.dzxwnews.com/zixun/2023/0507/12033.html
# An .xlsx: title, 核实单位 line, a two-row header (承办 over three columns, 核实 over four), the 承办单位 as the unit,
# 办理时限 partly as N日内 counted from the 交办日期, the 承办单位反馈 beside the centre's 核实结果, 满意度 and
# 处理意见 (办结 / 退回重新办理 / 跟踪督办), a 注 line and a signature line.
VERIFY_ROWS = [
    (
        "锦绣苑小区",
        "小区化粪池堵塞，污水外溢至小区主路",
        "华龙区住房和城乡建设局",
        date(2024, 7, 3),
        "3日内",
        "已疏通化粪池并清理路面",
        "现场查看",
        "属实，已解决",
        "满意",
        "办结",
    ),
    (
        "金桥花园",
        "小区北门外废品收购站占道堆放",
        "华龙区城市管理局",
        date(2024, 7, 5),
        "5日内",
        "已取缔占道堆放",
        "电话询问",
        "属实，已解决",
        "满意",
        "办结",
    ),
    (
        "幸福里小区",
        "地下车库顶板渗水，车辆被污水浸泡",
        "华龙区住房和城乡建设局",
        date(2024, 7, 8),
        "2024年7月31日",
        "已处理",
        "现场查看",
        "仍有渗漏，未解决",
        "不满意",
        "退回重新办理",
    ),
    (
        "建业小区",
        "小区南侧夜市经营至凌晨，噪音扰民",
        "华龙区城市管理局",
        date(2024, 7, 10),
        "7日内",
        "已约谈摊主，限定经营时段至22时",
        "当面访谈",
        "基本解决",
        "基本满意",
        "办结",
    ),
    (
        "东方明珠小区",
        "小区变压器容量不足，夏季用电高峰频繁跳闸",
        "濮阳供电公司",
        date(2024, 7, 12),
        "2024年8月31日",
        "已完成增容方案，增容工程正在施工",
        "视频点调",
        "正在施工",
        "",
        "跟踪督办",
    ),
    (
        "阳光小区",
        "小区无物业管理，生活垃圾清运不及时",
        "华龙区住房和城乡建设局",
        date(2024, 7, 15),
        "15日内",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "柳园小区",
        "小区门口道路低洼，雨后积水严重",
        "市城管局",
        date(2024, 7, 22),
        "2024年8月15日",
        "尚未处理",
        "电话询问",
        "未处理",
        "",
        "跟踪督办",
    ),
]


def write_verify(path: Path) -> Path:
    b = Book(path, author="网格化服务管理中心")
    ws = b.sheet("核实表")
    b.widths(ws, [6, 13, 34, 24, 12, 14, 28, 10, 16, 10, 14])
    b.line(ws, 0, "“小区吹哨”事件办理情况核实表", 10, b.title)
    b.line(ws, 1, "核实单位：华龙区中原路街道网格化服务管理中心    核实时间：2024年7月29日", 10)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "吹哨小区", b.head)
    b.merge(ws, 2, 2, 3, 2, "吹哨事件", b.head)
    b.merge(ws, 2, 3, 2, 6, "承办情况", b.head)
    b.merge(ws, 2, 7, 2, 10, "中心核实", b.head)
    b.header(ws, 3, ["承办单位", "交办日期", "办理时限", "承办单位反馈"], first=3)
    b.header(ws, 3, ["核实方式", "核实结果", "满意度评价", "处理意见"], first=7)
    for i, row in enumerate(VERIFY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(VERIFY_ROWS)
    b.line(
        ws,
        end,
        "注：办理时限“N日内”自交办日期起算；评价不满意且经核实确属承办单位责任的，退回原承办单位重新办理。",
        10,
    )
    b.line(ws, end + 1, "核实人：顾晓燕、梁伟    审核：中心主任 单红军", 10)
    return b.close()


FILES = [
    ("濮阳市城市管理局2024年建议提案办理工作情况报告.docx", write_bureau),
    ("2024年人大代表建议和政协委员提案办理进度表.xls", write_progress),
    ("华龙区政协九届三次会议提案办理情况统计表.et", write_district),
    ("濮阳县重点督办建议办理进度.csv", write_county),
    ("关于部分代表建议办理落实情况视察的通报.wps", write_inspect),
    ("网格事件受理信息导出.xlsx", write_events),
    ("胜利路街道部门接单台账（2024年7月）.xlsx", write_dispatch),
    ("建设社区网格员巡查走访问题登记汇总表.ods", write_patrol),
    ("人民路街道网格化管理发现问题整改清单.xlsx", write_street),
    ("开州路街道吹哨报到诉求响应（街道、东湖社区）.zip", write_whistle),
    ("中原路街道小区吹哨事件办理情况核实表.xlsx", write_verify),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

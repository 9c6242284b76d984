"""Write the dev66 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus one inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc report (Word 97 via LibreOffice), a .wps with a table
(Word 97 via LibreOffice) and a .zip of two returns (.xlsx and .docx). Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev66.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
TICK = "√"


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", suffix]
            + ["--outdir", out, str(source)],
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
# 1. 12345市长热线群众诉求办理情况周报, after a city's weekly account of its 12345 hotline (热线反映: 村民反映经常停水,
# 停车场车辆漏泥沙污染路面, 园区自来水主管道爆管, 改水后仍无水吃; 市长公开电话办公室已分别转交, 要求办理回复;
# 受理/办理/督办/回访; 尚有不足的单位 …延迟回复、未办结):
# http://syiptv.com/article/show/186754
# A CSV in GBK: title line, a summary line, one header row with 交办日期 and 办理时限 in working days, a 合计 line
# and the office with the date.
HOTLINE_ROWS = [
    (
        "GD20240722-0135",
        "2024-07-22",
        "张先生",
        "张湾村村民反映村里经常停水，咨询自来水公司却告知供水正常，希望调查回复",
        "自来水公司",
        "5个工作日内",
        "已办结，已派员检修加压泵并恢复正常供水，电话回复群众",
        "满意",
    ),
    (
        "GD20240722-0218",
        "2024-07-22",
        "市民",
        "发展大道隧道口右侧停车场出场大车漏泥沙污染路面，希望整治",
        "市城管执法局",
        "5个工作日内",
        "已约谈停车场经营方，正在督促加装车辆冲洗设施",
        "",
    ),
    (
        "GD20240723-0087",
        "2024-07-23",
        "工业园区负责人",
        "近一个月园区自来水主管道爆管5次，影响园区企业正常用水，希望解决",
        "市水务局",
        "10个工作日内",
        "",
        "",
    ),
    (
        "GD20240724-0046",
        "2024-07-24",
        "五峰村村民",
        "五峰村改水工程完工后仍无水吃，请求解决",
        "城关镇",
        "2024年8月5日",
        "未办理",
        "",
    ),
    (
        "GD20240724-0163",
        "2024-07-24",
        "李女士",
        "小区物业擅自停用电梯，老人上下楼困难",
        "市房管局",
        "5个工作日内",
        "已协调物业恢复电梯运行，已办结",
        "满意",
    ),
    (
        "GD20240725-0102",
        "2024-07-25",
        "王先生",
        "住房公积金提取到账时间过长，希望加快办理",
        "公积金中心",
        "3个工作日内",
        "已办结，提取资金已于7月26日到账并电话回复",
        "满意",
    ),
    (
        "GD20240726-0059",
        "2024-07-26",
        "匿名",
        "夜间工地施工噪音扰民至凌晨",
        "市生态环境局",
        "5个工作日内",
        "已现场核查，责令施工单位夜间停止高噪声作业，正在跟踪复查",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345市长热线群众诉求办理情况周报（2024年7月22日—7月26日）"])
    w.writerow(
        [
            "本周受理群众有效诉求1863件，通过热线直接答复1256件，转办607件。以下为转交承办单位办理的重点诉求，"
            "办理时限自交办之日起计算，请承办单位按时办理回复。"
        ]
    )
    w.writerow(
        ["序号", "工单编号", "交办日期", "反映人", "诉求内容", "转交单位", "办理时限", "办理情况", "回访结果"]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本周重点诉求转交7件，已办结3件", "", "", "", ""])
    w.writerow(["市长公开电话办公室", "", "", "", "2024年7月29日", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 中央生态环境保护督察群众信访举报件办理情况, after a city's account of the 第二批 letters the 督察组 handed over,
# with its 群众来信来电举报污染类型统计表 (县区 / 移交件数 / 污染类型 split into 水、大气、土壤、海洋、生态、辐射、
# 噪声、其他污染 / 共计 row; 环境信访交办件的办理情况将按照相关要求反馈到督察组，整改和处理情况会及时向社会公开):
# https://www.putian.gov.cn/ztzl/hbdc/bdbg/202311/t20231124_1883315.htm
# An .xlsx: title, preamble, a two-row header whose 污染类型 group holds ticks (the kind of pollution, not a state),
# one row per letter with 转办日期 and 办理时限 partly in days from it, a 共计 row and a 备注 line.
POLLUTION = ["水", "大气", "土壤", "生态", "噪声", "其他"]
LETTER_ROWS = [
    (
        "D410900202407080001",
        "化工园区某企业夜间偷排废气，周边异味明显",
        "濮阳县",
        {"大气"},
        "濮阳县人民政府",
        "15日内",
        "经查属实，已责令停产整改并立案处罚，整改完成",
        "是",
    ),
    (
        "D410900202407080002",
        "金堤河支流沿岸养殖场粪污直排",
        "范县",
        {"水", "土壤"},
        "范县人民政府",
        "30日内",
        "经查属实，已拆除直排管道，储粪池正在建设",
        "否",
    ),
    (
        "D410900202407080003",
        "城区某商砼站粉尘和夜间噪声扰民",
        "华龙区",
        {"大气", "噪声"},
        "市住建局",
        "2024年7月31日前",
        "经查部分属实，已完成喷淋降尘设施安装，经复查合格",
        "是",
    ),
    (
        "D410900202407080004",
        "废弃砖厂取土坑被倾倒建筑垃圾",
        "清丰县",
        {"土壤", "生态"},
        "市国土资源局",
        "2024年8月31日前",
        "",
        "",
    ),
    (
        "D410900202407080005",
        "KTV夜间噪声扰民",
        "华龙区",
        {"噪声"},
        "市公安局",
        "15日内",
        "经查属实，已责令调低音量并加装隔音设施，已办结",
        "是",
    ),
    (
        "D410900202407080006",
        "乡镇污水处理站建成后长期不运行",
        "南乐县",
        {"水"},
        "南乐县人民政府",
        "2024年12月31日前",
        "经查属实，尚未整改",
        "否",
    ),
    (
        "D410900202407080007",
        "村庄周边露天焚烧垃圾现象反复出现",
        "台前县",
        {"大气", "其他"},
        "台前县人民政府",
        "长期坚持",
        "经查属实，已建立网格巡查机制，常态化管控",
        "",
    ),
]


def write_letters(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("第二批")
    last = 6 + len(POLLUTION) + 3
    b.widths(ws, [6, 22, 34, 10, 14] + [6] * len(POLLUTION) + [18, 16, 34, 10])
    b.line(ws, 0, "濮阳市第三轮中央生态环境保护督察群众信访举报件办理情况统计表（第二批）", last, b.title)
    b.line(
        ws,
        1,
        "2024年7月8日，中央第三生态环境保护督察组向我市转办第二批群众信访举报件7件，已于当日全部交办相关县区和"
        "市直部门。环境信访交办件的办理情况将按照相关要求反馈到督察组，整改和处理情况会及时向社会公开。",
        last,
    )
    b.line(ws, 2, "转办日期：2024年7月8日（办理时限按日计算的，自转办日期起算）", last)
    heads = ["序号", "受理编号", "举报内容", "所属县区", "转办日期"]
    for c, w in enumerate(heads):
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 5, 3, 4 + len(POLLUTION), "污染类型", b.head)
    b.header(ws, 4, POLLUTION, first=5)
    tail = ["责任单位", "办理时限", "办理结果", "是否办结"]
    for k, w in enumerate(tail):
        c = 5 + len(POLLUTION) + k
        b.merge(ws, 3, c, 4, c, w, b.head)
    r = 5
    for i, (code, text, county, kinds, unit, limit, result, done) in enumerate(LETTER_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [code, text, county], first=1)
        b.put(ws, r, 4, date(2024, 7, 8))
        for k, kind in enumerate(POLLUTION):
            b.put(ws, r, 5 + k, TICK if kind in kinds else "", b.center)
        b.row(ws, r, [unit, limit, result], first=5 + len(POLLUTION))
        b.put(ws, r, last, done, b.center)
        r += 1
    counts = [sum(kind in row[3] for row in LETTER_ROWS) for kind in POLLUTION]
    b.merge(ws, r, 0, r, 1, "共计", b.head)
    b.put(ws, r, 2, f"移交{len(LETTER_ROWS)}件", b.center)
    b.merge(ws, r, 3, r, 4, "", b.center)
    for k, n in enumerate(counts):
        b.put(ws, r, 5 + k, n, b.center)
    b.merge(ws, r, 5 + len(POLLUTION), r, last, "", b.center)
    b.line(ws, r + 1, "备注：合计数和污染类型数量不一致原因为部分投诉举报件涉及多个污染类型。", last)
    b.line(ws, r + 2, "濮阳市生态环境保护督察工作领导小组办公室    2024年7月30日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 督查通报, after a county 政府督查室's report on the gap between what the townships reported of their 危旧校舍
# and what the 督查 found (按照县领导批示精神 … 对各乡镇、村的学校进行实地督查; xx乡原报危房x间，经查 … 已查封;
# 主要原因是：(一)乡镇领导重视程度不够 …):
# http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=258739
# A .doc (Word 97 via LibreOffice): title, preamble, the findings as numbered paragraphs each naming its 责任单位,
# 整改时限 and 进展, then a 原因 section (not items), the office and the date.
INSPECT_PARAS = [
    (
        "1.王助镇原报危房2间，经查，王助镇后店村小学另有1间教室墙体开裂未上报，已查封。责任单位：王助镇人民政府。"
        "整改时限：8月20日前完成加固。进展：加固工程正在施工。"
    ),
    (
        "2.胡村乡原报无危房，经查，胡村乡中心小学厕所屋面漏雨、檩条腐朽。责任单位：胡村乡。整改时限：8月底前。"
        "进展：已完成翻修，经县教育局验收合格。"
    ),
    (
        "3.孟轲乡初级中学围墙倾斜存在倒塌风险，乡里未列入自查清单。责任单位：孟轲乡人民政府。"
        "整改时限：2024年7月31日前。进展：未整改。"
    ),
    (
        "4.新习镇第二小学食堂使用瓶装液化气未设燃气泄漏报警装置。责任单位：新习镇人民政府。"
        "整改时限：2024年7月25日。进展：已安装燃气泄漏报警器，整改完毕。"
    ),
    (
        "5.部分学校校舍安全档案未建立，危房底数不清，自查上报与实际不符。责任单位：市教育局。整改时限：长期坚持。"
        "进展：已部署常态化开展校舍安全排查，按季度更新档案。"
    ),
    "6.柳屯镇前屯村幼儿园租用民房办园，房屋未经安全鉴定。责任单位：柳屯镇人民政府。整改时限：8月31日前。",
    (
        "7.城区3所学校学生宿舍楼抗震鉴定未完成。责任单位：市建设局。整改时限：9月底前。"
        "进展：已委托鉴定机构，完成2所学校鉴定。"
    ),
]
CAUSE_PARAS = [
    "（一）乡镇领导重视程度不够，存在侥幸心理，没有真正按要求逐校逐间排查。",
    "（二）部分乡镇对危房的概念认识不清，只报整栋危房，不报局部险情。",
]


def write_inspect_docx(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "关于全市中小学校舍安全隐患自查与督查情况差距的督查通报")
    _paragraph(doc, "各乡镇人民政府，市直有关单位：")
    _paragraph(
        doc,
        "为彻底查清全市中小学校舍安全现状，按照市领导批示精神，市政府督查室会同市教育局于2024年7月15日至19日"
        "分两组对7个乡镇的学校进行实地督查，发现实际情况与各乡镇上报情况存在较大差距，现将有关情况通报如下：",
    )
    _paragraph(doc, "一、实地督查发现的问题", 16, "黑体")
    for text in INSPECT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、主要原因", 16, "黑体")
    for text in CAUSE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "请各责任单位按时限完成整改，并将整改情况报市政府督查室。")
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    return via_soffice(write_inspect_docx, path, "doc", "校舍安全督查通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 为民办实事工程情况报告, after a 乡政府's report to the 乡人代会 on its 为民办实事工程 (一、乡村“万盏灯光”工程 … 公开招标，
# 项目计划10月份前完成安装; 二、垦造耕地项目 … 进入收尾阶段，准备验收; 三、乡综合文化站二期 … 预计8月底完工;
# 四、兰塘畈高标准农田建设项目 …):
# http://mswk.cn/Article/ShowArticle.asp?ArticleID=130608
# A .docx with no table: the township named in the title and the signature, each project one numbered paragraph
# that holds its schedule and progress; the township's own offices named inside the text are sections of it.
PROJECT_PARAS = [
    (
        "一、乡村“万盏灯光”工程。全镇19个村上报村庄亮化项目，共需安装太阳能路灯1249盏，由县统一采购，"
        "已于7月2日公开招标，计划10月底前完成安装。"
    ),
    (
        "二、垦造耕地项目。在建垦造耕地项目6个，面积860亩左右，其中4个项目进入收尾阶段，镇农业服务中心正在组织"
        "准备验收，计划9月30日前全部完成验收。"
    ),
    (
        "三、镇综合文化站二期建设项目。文化小剧场装修和音响、灯光、大屏设备安装调试已全部完成，原计划8月底完工，"
        "已于7月20日提前完工并投入使用。"
    ),
    (
        "四、后寨高标准农田建设项目。项目规划建设高标准农田2000亩，因用地手续尚未办结，项目尚未启动，"
        "计划年底前建成。"
    ),
    (
        "五、农村饮水提质工程。后寨、前寨两村饮水管网改造正在铺设主管道，已完成工程量的60%，"
        "计划8月15日前完成通水。"
    ),
    "六、村级养老服务站运营。全镇8个村级养老服务站日常运营由镇民政所常态化推进，每月开展一次入户巡访。",
]


def write_projects(path: Path) -> Path:
    doc = _new_document("文留镇党政办")
    _title(doc, "文留镇人民政府关于2024年为民办实事工程进展情况的报告")
    _paragraph(doc, "各位代表：")
    _paragraph(
        doc,
        "根据会议安排，我代表文留镇人民政府，向各位代表报告2024年镇政府为民办实事工程进展情况。"
        "在镇第十六届人大第三次会议上，各位代表票选确定了六项为民办实事项目，现将截至7月底的进展情况报告如下：",
    )
    for text in PROJECT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "文留镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 隐患整改通知书登记台账, after a page on the 隐患整改通知书 (明确隐患描述，包括隐患的位置、性质、可能造成的后果;
# 整改要求，包括整改措施、整改期限; 责任单位或个人; 监督与反馈; 流程 隐患发现 → 发出整改通知书 → 整改实施 →
# 整改验收 → 整改反馈):
# http://1022102953991024972671014796101971000213199707975.kufox.com/xxtj1/33583.html
# An .xlsx: title, 填报单位 line, a two-row header grouping 隐患情况, 整改要求 and 复查验收, the inspectors beside the
# company to correct, 整改期限 partly in days from the 下达日期 (an event), a 注 line and the signature block.
NOTICE_ROWS = [
    (
        "濮应急隐改〔2024〕031号",
        date(2024, 7, 3),
        "濮阳市龙丰纸业有限公司",
        "造纸车间配电室",
        "配电柜前未铺设绝缘胶垫，电缆沟盖板缺失",
        "触电",
        "铺设绝缘胶垫，补齐电缆沟盖板",
        "7日内",
        "王强、李明",
        "已整改",
        date(2024, 7, 11),
        "复查合格",
    ),
    (
        "濮应急隐改〔2024〕034号",
        date(2024, 7, 5),
        "濮阳宏业化工有限公司",
        "甲醇储罐区",
        "罐区可燃气体报警器失效2台",
        "火灾、爆炸",
        "更换报警器并接入中控室",
        "2024年7月20日",
        "王强、赵静",
        "已更换报警器",
        date(2024, 7, 19),
        "复查合格",
    ),
    (
        "濮应急隐改〔2024〕036号",
        date(2024, 7, 8),
        "濮阳市恒通物流有限公司",
        "成品仓库",
        "电动叉车在库内充电，未设独立充电区",
        "火灾",
        "设置独立充电区并配备灭火器材",
        "15日内",
        "刘洋、孙伟",
        "正在改造充电区",
        "",
        "",
    ),
    (
        "濮应急隐改〔2024〕039号",
        date(2024, 7, 10),
        "濮阳县福源面粉有限公司",
        "制粉车间",
        "粉尘涉爆车间除尘系统未设置泄爆装置",
        "粉尘爆炸",
        "除尘器加装泄爆片和隔爆阀",
        "2024年8月31日前",
        "刘洋、孙伟",
        "已委托设计单位出具改造方案",
        "",
        "",
    ),
    (
        "濮应急隐改〔2024〕041号",
        date(2024, 7, 12),
        "濮阳市华龙区鑫源五金加工厂",
        "冲压车间",
        "冲床未安装光电保护装置",
        "机械伤害",
        "加装光电保护装置",
        "2024.7.22",
        "王强、李明",
        "未整改",
        date(2024, 7, 23),
        "复查不合格，已下达责令限期整改指令书",
    ),
    (
        "濮应急隐改〔2024〕044号",
        date(2024, 7, 15),
        "清丰县顺达建材有限公司",
        "污水池",
        "有限空间作业点未设置警示标识，未配备气体检测仪",
        "中毒窒息",
        "设置警示标识，配备四合一气体检测仪",
        "10日内",
        "赵静、刘洋",
        "已设置警示标识，已配备检测仪",
        date(2024, 7, 26),
        "复查合格",
    ),
    (
        "濮应急隐改〔2024〕047号",
        date(2024, 7, 18),
        "南乐县金穗粮油有限公司",
        "筒仓顶部作业平台",
        "筒仓作业平台防护栏杆高度不足1.05米",
        "高处坠落",
        "加高防护栏杆",
        "2024年8月10日",
        "孙伟、王强",
        "",
        "",
        "",
    ),
]


def write_notices(path: Path) -> Path:
    b = Book(path, author="执法监察支队")
    ws = b.sheet("通知书台账")
    b.widths(ws, [6, 22, 12, 26, 16, 30, 12, 26, 16, 12, 22, 12, 26])
    last = 12
    b.line(ws, 0, "安全隐患整改通知书登记台账（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市应急管理综合行政执法支队    统计截止：2024年7月31日", last)
    singles = {0: "序号", 1: "通知书编号", 2: "下达日期", 3: "被检查单位", 9: "检查人员", 10: "整改情况"}
    for c, w in singles.items():
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 4, 2, 6, "隐患情况", b.head)
    b.header(ws, 3, ["隐患位置", "隐患描述", "可能后果"], first=4)
    b.merge(ws, 2, 7, 2, 8, "整改要求", b.head)
    b.header(ws, 3, ["整改措施", "整改期限"], first=7)
    b.merge(ws, 2, 11, 2, 12, "复查验收", b.head)
    b.header(ws, 3, ["复查日期", "复查意见"], first=11)
    for i, row in enumerate(NOTICE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(NOTICE_ROWS)
    b.line(ws, end, "注：整改期限按日计算的，自通知书下达之日起计算；复查意见以复查验收记录为准。", last)
    b.line(
        ws,
        end + 1,
        "填表人：郭晓燕    审核人：马建国    联系电话：0393-8992317    填表日期：2024年7月31日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 精细化管理巡查问题自查整改台账 of two 街道, after a 街道's account of its own 精细化管理巡查 (街道主任早晚两次检查,
# 四城联创办牵头, 机关各科室每班抽调1人, 城管科协助执法中队检查早市结束时间、道路清扫情况; 发现问题及时整改):
# http://m.news.wmxa.cn/n/201408/141080.html
# A .zip of two returns: an .xlsx with a 填报单位 line, 责任科室 (sections of the 街道) and a 是否整改 group whose
# 是 / 否 columns hold ticks; and a .docx with a table and a 销号情况 column. Each 街道 is named only above the table.
SHENGLI_ROWS = [
    (
        date(2024, 7, 15),
        "胜利路与建设路口流动摊贩占道经营",
        "城管科",
        "劝离并每日定时巡查",
        "2024.7.20",
        "是",
        "",
    ),
    (
        date(2024, 7, 16),
        "辖区背街小巷垃圾桶满溢未及时清运",
        "社会事务科",
        "督促保洁公司增加清运频次",
        "7月25日前",
        "是",
        "",
    ),
    (
        date(2024, 7, 18),
        "人民路沿街门店违规设置户外广告牌",
        "综合执法中队",
        "限期自行拆除",
        "2024.8.15",
        "否",
        "",
    ),
    (
        date(2024, 7, 22),
        "老旧小区楼道堆放杂物存在消防隐患",
        "平安办",
        "逐楼清理并张贴告知书",
        "8月底前",
        "",
        "正在逐楼清理，已完成60%",
    ),
    (date(2024, 7, 25), "主次干道机动车乱停放", "城管科", "每日巡查劝导", "长期坚持", "", "常态化巡查劝导"),
]
CHANGQING_ROWS = [
    [
        "1",
        "菜市场周边早市超时经营至上午10点",
        "城管科",
        "2024年7月26日",
        "已规范早市结束时间为8:30",
        "已销号",
    ],
    ["2", "长庆路东段路面破损积水", "城建科", "2024年9月30日", "已报区住建局列入维修计划", ""],
    ["3", "辖区公厕保洁不及时、异味大", "社会事务科", "7月31日前", "已增加保洁频次，经复查合格", "已销号"],
    ["4", "沿街商户门前三包责任落实不到位", "四城联创办", "2024年8月20日", "未启动", ""],
]


def write_shengli(path: Path) -> Path:
    b = Book(path, author="胜利路街道四城联创办")
    ws = b.sheet("巡查台账")
    b.widths(ws, [6, 12, 34, 12, 22, 12, 6, 6, 22])
    last = 8
    b.line(ws, 0, "城市精细化管理巡查问题自查整改台账", last, b.title)
    b.line(ws, 1, "填报单位（盖章）：胜利路街道办事处    填报日期：2024年7月30日", last)
    for c, w in {
        0: "序号",
        1: "巡查时间",
        2: "巡查发现问题",
        3: "责任科室",
        4: "整改措施",
        5: "整改时限",
    }.items():
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否整改", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, (day, text, section, measure, limit, done, note) in enumerate(SHENGLI_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [day, text, section, measure, limit], first=1)
        b.put(ws, r, 6, TICK if done == "是" else "", b.center)
        b.put(ws, r, 7, TICK if done == "否" else "", b.center)
        b.put(ws, r, 8, note)
    end = 4 + len(SHENGLI_ROWS)
    b.line(ws, end, "填表人：韩雪    审核人（街道主任）：周建平    联系电话：0393-4412268", last)
    return b.close()


def write_changqing(path: Path) -> Path:
    doc = _new_document("长庆路街道党政办")
    _title(doc, "城市精细化管理巡查问题整改台账", 18)
    _paragraph(doc, "填报单位：长庆路街道办事处    填报日期：2024年7月30日", 12)
    _table(doc, ["序号", "问题内容", "责任科室", "整改时限", "整改进展", "销号情况"], CHANGQING_ROWS)
    _paragraph(doc, "填表人：石磊    联系电话：0393-4420915", 12)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    members = [
        ("胜利路街道精细化管理巡查问题整改台账.xlsx", write_shengli),
        ("长庆路街道精细化管理巡查问题整改台账.docx", write_changqing),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 审计整改督导情况表, after a county 审计局's account of its 实地督导 of the 整改 (成立专项审计组，会同派驻纪检监察组，
# 对开发区、自然资源局、城开中心、发投公司等单位涉及的整改任务进行了实地督导; 按照问题性质和整改要求分类处置，
# 对常规问题立行立改; 对存在时间长、情况复杂、整改难度大的问题 … 指导制定科学具体的整改计划):
# http://szb.21xc.com/xcrb/PC/con/202308/10/c141624.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row, two section rows (常规 / 复杂) that are not
# items, the audited unit as the unit to correct, a 督导意见 column, the 督导组 and the office at the foot.
AUDIT_SECTIONS = [
    (
        "一、常规问题（立行立改）",
        [
            (
                "濮阳县自然资源局",
                "土地出让金未及时足额征收1860万元",
                "督促追缴入库",
                "2024年6月30日前",
                "已全额追缴入库",
                "整改到位，同意销号",
            ),
            (
                "濮阳县发展投资有限公司",
                "往来款长期挂账未清理，涉及金额3260万元",
                "清理往来款项",
                "2024年7月31日",
                "未整改",
                "约谈公司负责人",
            ),
            (
                "濮阳县财政局",
                "部分专项资金拨付滞后，滞留时间超过半年",
                "加快资金拨付",
                "2024年5月31日前",
                "",
                "",
            ),
            (
                "濮阳县住房和城乡建设局",
                "老旧小区改造项目结余资金未及时收回",
                "收回结余资金",
                "2024.6.30",
                "已收回结余资金并上缴财政",
                "整改到位",
            ),
        ],
    ),
    (
        "二、复杂问题（制定整改计划分步推进）",
        [
            (
                "濮阳县先进制造业开发区管理委员会",
                "标准化厂房闲置率高，12栋厂房建成后长期未招商入驻",
                "制定招商计划，盘活闲置厂房",
                "2024年12月31日前",
                "已引进企业3家入驻4栋厂房",
                "指导细化招商计划",
            ),
            (
                "濮阳县城市开发建设中心",
                "安置房项目未办理竣工验收即交付使用",
                "补办竣工验收手续",
                "2024年第三季度",
                "正在补办竣工验收手续，已完成消防验收",
                "督促按计划推进",
            ),
            (
                "濮阳县人民医院",
                "大型医疗设备采购未履行政府采购程序",
                "建立采购内控制度，严格执行政府采购",
                "长期坚持",
                "已建立采购内控制度，持续规范采购行为",
                "",
            ),
        ],
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="濮阳县审计局")
    ws = b.sheet("督导情况")
    b.widths(ws, [6, 26, 36, 24, 16, 30, 20])
    last = 6
    b.line(ws, 0, "濮阳县2023年度预算执行审计查出问题整改督导情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县审计局    督导时间：2024年7月15日至7月24日", last)
    b.header(ws, 2, ["序号", "被审计单位", "审计查出问题", "整改要求", "整改时限", "整改情况", "督导意见"])
    r, n = 3, 0
    for heading, rows in AUDIT_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "督导组成员：纪浩然（组长）、许梦瑶、派驻纪检监察组 韩振", last)
    b.line(ws, r + 1, "濮阳县审计局    2024年7月26日", last, b.right)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计查出问题整改督导情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 巡察反馈问题整改进展台账, after a county's account of the 县委上下联动巡察组 feeding back to the 村（社区）党组织 of
# a 镇 (政治理论学习不到位、实施乡村振兴战略不够有力、人居环境整治不彻底、村级“三资”管理不到位、财务制度管理不严、
# “四议两公开”程序不规范、党建基础工作不扎实; 确保反馈问题整改“见底清零”):
# http://sx.hsjw.gov.cn/gzdt/dfzf/9178069.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 村党组织 as the unit, its 书记 as 整改责任人 and the
# 镇包村领导 beside, a 注 line and the signature line.
XUNCHA_ROWS = [
    (
        "城关镇东街村党支部",
        "“三会一课”制度落实不到位，2023年仅召开党员大会2次",
        "组织生活",
        "建立组织生活台账，按月召开党员大会",
        "张国庆",
        "刘红军",
        "2024年7月31日前",
        "已建立组织生活台账，按月召开",
        "已完成",
    ),
    (
        "城关镇西街村党支部",
        "村级“三资”管理不规范，集体资产台账缺失",
        "三资管理",
        "全面清查集体资产，建立资产台账",
        "李振华",
        "刘红军",
        "2024年9月底前",
        "正在开展资产清查，已登记资产46项",
        "正在推进",
    ),
    (
        "城关镇南关村党总支",
        "“四议两公开”程序不规范，村内道路硬化项目未经村民代表会议表决",
        "基层治理",
        "补充召开村民代表会议并公开结果",
        "王海涛",
        "陈晓东",
        "2024年8月15日前",
        "已补充召开村民代表会议，表决结果已公开",
        "已完成",
    ),
    (
        "城关镇北关村党支部",
        "人居环境整治不彻底，坑塘垃圾清理不及时",
        "乡村振兴",
        "落实村庄保洁责任，定期清理坑塘",
        "赵明亮",
        "陈晓东",
        "长期坚持",
        "常态化开展村庄清洁行动",
        "",
    ),
    (
        "城关镇后屯村党支部",
        "村级财务报销票据不规范，白条入账3笔",
        "财务管理",
        "补齐合规票据，规范报销审批",
        "孙建设",
        "杨帆",
        "2024.6.30",
        "未整改",
        "",
    ),
    (
        "城关镇前屯村党支部",
        "发展党员程序不规范，入党积极分子培养考察记录不全",
        "党员发展",
        "补齐培养考察记录，严格发展程序",
        "周卫国",
        "杨帆",
        "2024年8月底前",
        "",
        "",
    ),
    (
        "城关镇郭庄村党支部",
        "乡村振兴产业项目推进缓慢，蔬菜大棚建成后闲置",
        "乡村振兴",
        "引进经营主体盘活大棚",
        "郭长青",
        "刘红军",
        "2024年10月31日",
        "已引进合作社承包经营，正在洽谈合同",
        "正在推进",
    ),
]


def write_xuncha(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, plain = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(border=False)
    header = [
        "序号",
        "被巡察党组织",
        "反馈问题",
        "问题类别",
        "整改措施",
        "整改责任人",
        "镇包村领导",
        "整改时限",
        "整改进展",
        "完成情况",
    ]
    last = len(header) - 1
    cells = [
        (0, 0, "县委上下联动巡察反馈问题整改进展台账", t, 0, last),
        (1, 0, "填报单位：城关镇人民政府（盖章）    填报日期：2024年7月29日", plain, 1, last),
    ]
    cells += [(2, col, w, h) for col, w in enumerate(header)]
    for i, row in enumerate(XUNCHA_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5, 6, 9) else c))
    r = 3 + len(XUNCHA_ROWS)
    cells += [
        (r, 0, "注：整改责任人为村党组织书记；整改时限以村党组织整改方案为准。", plain, r, last),
        (r + 1, 0, "填表人：马静    镇党委副书记：陈晓东    联系电话：0393-3321056", plain, r + 1, last),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 9. 优化营商环境专项整治任务推进情况, after a city 营商环境建设领导小组办公室's 专项整治方案 (针对企业群众反映突出的
# 政府失信、办事不方便、知识产权保护难、市场准入难、公平竞争难、要素成本高、政策兑现难、服务意识差等八个方面问题;
# 整治内容 (一)深入开展政府失信专项整治。继续整治拖欠企业工程款问题 … 力争年底前偿还 …):
# http://www.echinagov.com/policy/295612.htm
# An .ods (LibreOffice conversion): 附件 line, title, 填报日期 line, one header row whose 整治类别 cells are merged down
# over the tasks of each kind, 牵头单位 as the unit and 配合单位 beside it, a 注 line.
BIZ_GROUPS = [
    (
        "政府失信专项整治",
        [
            (
                "继续整治拖欠企业工程款问题，对结算审核久拖不决的欠款加快协调解决",
                "市财政局",
                "市发展改革委、各县区政府",
                "力争年底前偿还",
                "已偿还欠款1.2亿元，剩余欠款正在协调",
            ),
            (
                "整治招商引资承诺不兑现、“净地不净”问题",
                "市商务局",
                "市自然资源和规划局",
                "2024年9月30日",
                "已完成，已梳理兑现承诺事项15项",
            ),
        ],
    ),
    (
        "办事不方便专项整治",
        [
            (
                "整治窗口人员态度不端正、业务不熟，找人能办、不找人难办问题",
                "市政务服务中心",
                "市直各进驻部门",
                "长期坚持",
                "常态化开展窗口暗访",
            ),
            (
                "压缩企业核名、股权变更登记办理时间",
                "市工商局",
                "市行政服务中心",
                "2024年6月底前",
                "已实现全程电子化登记，当日办结",
            ),
        ],
    ),
    (
        "要素成本高专项整治",
        [
            (
                "解决企业用电报装环节多、时间长问题",
                "供电公司",
                "市发展改革委",
                "2024年8月31日",
                "已压减报装环节至3个，正在推行线上办理",
            ),
            ("清理规范涉企违规收费和中介服务收费", "市发改委", "市市场监管局", "2024年第三季度", ""),
        ],
    ),
    (
        "政策兑现难专项整治",
        [("解决惠企政策兑现周期长、申报材料繁琐问题", "市工信局", "市财政局", "2024年7月31日前", "未启动")],
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="市营商办")
    ws = b.sheet("推进情况")
    b.widths(ws, [18, 6, 44, 18, 24, 16, 34])
    last = 6
    b.line(ws, 0, "附件", last)
    b.line(ws, 1, "2024年优化营商环境专项整治任务推进情况表", last, b.title)
    b.line(ws, 2, "濮阳市营商环境建设领导小组办公室    填报日期：2024年7月31日", last)
    b.header(ws, 3, ["整治类别", "序号", "整治任务", "牵头单位", "配合单位", "完成时限", "推进情况"])
    r, n = 4, 0
    for kind, tasks in BIZ_GROUPS:
        b.merge(ws, r, 0, r + len(tasks) - 1, 0, kind, b.center)
        for task in tasks:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(task), first=2)
            r += 1
    b.line(ws, r, "注：请各牵头单位会同配合单位于每月25日前报送推进情况。", last)
    return b.close()


def write_biz(path: Path) -> Path:
    via_soffice(write_biz_book, path, "ods", "营商环境专项整治任务推进情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 代表建议办理进度表, after a city 公管局's account of the 代表议案和建议交办会 (按照任务分解，负责主办、协办代表建议
# 共计三件 … 针对建议内容开展调查 … 制定详细的方案，尽快落实，确保在办理时限内完成代表建议，给代表满意的答复):
# http://asggzyjy.cn/zwdt/002001/20160229/9246.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 领衔代表 (the proposer) beside the 主办单位
# (the unit) and 协办单位, 交办日期 and 办理时限 partly in months from it, 答复情况, a 合计 row and a signature line.
PROPOSAL_ROWS = [
    [
        "第15号",
        "关于规范建设工程招投标评标专家管理的建议",
        "刘建华",
        "市公共资源交易中心",
        "市发展改革委",
        "2024-02-23",
        "3个月内",
        "已修订评标专家管理办法并印发实施",
        "已答复，代表满意",
    ],
    [
        "第27号",
        "关于推行政府采购合同融资的建议",
        "王丽萍",
        "市财政局",
        "市公共资源交易中心",
        "2024-02-23",
        "2024年6月30日前",
        "已与3家银行签订合作协议，合同融资业务已上线",
        "已答复",
    ],
    [
        "第33号",
        "关于增设城区公共停车场的建议",
        "赵志强",
        "市城管局",
        "市自然资源和规划局",
        "2024-03-05",
        "3个月内",
        "已完成选址3处，正在办理用地手续",
        "",
    ],
    ["第41号", "关于加快农村公路养护的建议", "孙海燕", "市交通局", "", "2024-03-05", "2024年8月31日", "", ""],
    [
        "第52号",
        "关于建设社区嵌入式养老服务设施的建议",
        "李红梅",
        "市民政局",
        "市卫生健康委",
        "2024-03-05",
        "2024年7月31日",
        "未启动",
        "",
    ],
    [
        "第58号",
        "关于加强中小学校园周边交通安全管理的建议",
        "陈卫东",
        "交警支队",
        "市教育局",
        "2024-03-05",
        "3个月内",
        "已在城区28所学校设置护学岗",
        "已答复，代表满意",
    ],
]


def write_proposals_docx(path: Path) -> Path:
    doc = _new_document("建议提案科")
    _title(doc, "市十届人大三次会议代表建议办理进度表", 18)
    _paragraph(doc, "填报单位：濮阳市人民政府办公室建议提案科    截至日期：2024年7月31日", 12)
    rows = [list(row) for row in PROPOSAL_ROWS]
    rows.append(["合计", "6件，已答复3件", "", "", "", "", "", "", ""])
    header = [
        "建议号",
        "建议题目",
        "领衔代表",
        "主办单位",
        "协办单位",
        "交办日期",
        "办理时限",
        "办理进展",
        "答复情况",
    ]
    _table(doc, header, rows, 9)
    _paragraph(doc, "说明：办理时限按月计算的，自交办日期起算。", 12)
    _paragraph(doc, "填表人：吴倩    联系电话：0393-8991205", 12)
    return _save_fixed(doc, path)


def write_proposals(path: Path) -> Path:
    return via_soffice(write_proposals_docx, path, "doc", "代表建议办理进度表.docx")


FILES = [
    ("12345市长热线群众诉求办理情况周报（7月22日—7月26日）.csv", write_hotline),
    ("中央生态环境保护督察群众信访举报件办理情况统计表（第二批）.xlsx", write_letters),
    ("关于全市中小学校舍安全隐患自查与督查情况差距的督查通报.doc", write_inspect),
    ("文留镇2024年为民办实事工程进展情况报告.docx", write_projects),
    ("安全隐患整改通知书登记台账（2024年7月）.xlsx", write_notices),
    ("城市精细化管理巡查问题自查整改台账（两个街道）.zip", write_patrol),
    ("2023年度预算执行审计查出问题整改督导情况表.et", write_audit),
    ("县委上下联动巡察反馈问题整改进展台账（城关镇）.xls", write_xuncha),
    ("2024年优化营商环境专项整治任务推进情况表.ods", write_biz),
    ("市十届人大三次会议代表建议办理进度表.wps", write_proposals),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

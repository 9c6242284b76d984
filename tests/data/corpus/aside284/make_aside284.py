"""Write the aside284 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 人大代表建议/政协提案办理, 12345热线督办, 消防隐患整改. Forms: .xlsx (three, one more inside the zip),
.xls (xlwt), .et and .doc (LibreOffice conversions of an .xlsx and a .docx), .ods (LibreOffice conversion of an
.xlsx, member times fixed, meta dates pinned), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip
of two returns (an .xlsx and a .docx, UTF-8 member names). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside284.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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


def via_soffice_ods(writer, path: Path, scratch: str) -> Path:
    """Write an .xlsx and convert it with LibreOffice to .ods; member times fixed, meta dates pinned."""
    via_soffice(writer, path, "ods", scratch)
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%S").encode()
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>" + stamp + b"</dc:date>", data)
                data = re.sub(
                    rb"<meta:creation-date>[^<]*</meta:creation-date>",
                    b"<meta:creation-date>" + stamp + b"</meta:creation-date>",
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


def zip_of(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns, each written by its writer into a scratch folder, member times fixed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 代表建议办理进度台账, after a city 人大's rules for handling 代表建议 (承办单位实行单位负责人和具体承办人员分级负责制;
# 需重点办理的建议实行市人大常委会、市人民政府负责人督办制度; 两个以上承办单位共同办理的，协办单位在收到建议之日起一个月
# 内将办理意见书面告知主办单位，由主办单位统一答复代表; 能够及时解决的予以解决，一时难以解决的列入工作计划逐步解决，
# 确实不能解决的说明原因):
# http://tv.cnnb.com.cn/system/2008/07/08/005666268_01.shtml
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (承办单位 over 主办单位 | 协办单位), the 领衔代表 (the proposer),
# a 督办类别 column, 交办日期 and 办结时限 (dates, 6月底前, 年底前, 2024-2025年, 3个月内 from the 交办日期), 办理进度 and
# 办理结果 side by side, a 合计 row, a 说明 line and a signature line.
SUGGEST_ROWS = [
    (
        "第9031号",
        "关于加快老旧小区加装电梯的建议",
        "王秀兰",
        "市住建局",
        "市自然资源和规划局、市市场监管局",
        "市政府负责人督办",
        date(2024, 3, 12),
        "2024年6月12日",
        "已答复，代表满意",
        "已解决",
    ),
    (
        "第9047号",
        "关于增设城区中小学周边临时停车位的建议",
        "李建国",
        "市交警支队",
        "市教育局",
        "",
        date(2024, 3, 12),
        "6月底前",
        "已与代表见面沟通，正在起草答复",
        "",
    ),
    (
        "第9058号",
        "关于提高城乡居民医保门诊慢特病报销比例的建议",
        "赵红梅",
        "医保局",
        "市财政局",
        "",
        date(2024, 3, 12),
        "2024年9月30日",
        "正在办理",
        "",
    ),
    (
        "第9072号",
        "关于治理金堤河沿岸农村生活污水的建议",
        "郭振华",
        "市环保局",
        "市水务局",
        "市人大常委会重点督办",
        date(2024, 3, 12),
        "年底前",
        "未启动",
        "",
    ),
    (
        "第9080号",
        "关于规范电动自行车集中充电设施建设的建议（闭会期间提出）",
        "张丽娜",
        "市消防支队",
        "市住建局、濮阳供电公司",
        "",
        date(2024, 4, 10),
        "3个月内",
        "已办结",
        "已解决",
    ),
    (
        "第9093号",
        "关于扶持乡村特色种植产业发展的建议",
        "刘国强",
        "市农委",
        "市财政局",
        "",
        date(2024, 3, 12),
        "2024-2025年",
        "已安排专项资金300万元，正在实施",
        "列入计划逐步解决",
    ),
    (
        "第9104号",
        "关于延长市区公交夜班线路运营时间的建议",
        "陈静",
        "众意公交公司",
        "市交通局",
        "",
        date(2024, 3, 12),
        "2024年7月20日",
        "已答复",
        "已解决",
    ),
    (
        "第9115号",
        "关于加大农村养老服务站运营补贴的建议",
        "孙立新",
        "市民政局",
        "市财政局",
        "",
        date(2024, 3, 12),
        "2024年8月31日",
        "",
        "",
    ),
    (
        "第9126号",
        "关于在城区新建大型综合体育馆的建议",
        "韩冬",
        "市发改委",
        "市财政局、市自然资源和规划局",
        "",
        date(2024, 3, 12),
        "2024年6月12日",
        "已答复，已向代表说明原因",
        "受财力限制暂不能解决",
    ),
]


def write_suggest(path: Path) -> Path:
    b = Book(path, author="建议提案科")
    ws = b.sheet("建议办理进度")
    last = 10
    b.widths(ws, [6, 10, 36, 10, 16, 24, 16, 12, 14, 26, 16])
    b.line(ws, 0, "市九届人大三次会议代表建议办理进度台账", last, b.title)
    b.line(ws, 1, "填报单位：市政府办公室（建议提案办理科）    统计截至：2024年7月26日", last)
    for c, word in [(0, "序号"), (1, "建议号"), (2, "建议标题"), (3, "领衔代表")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "承办单位", b.head)
    ws.write_string(3, 4, "主办单位", b.head)
    ws.write_string(3, 5, "协办单位", b.head)
    for c, word in [(6, "督办类别"), (7, "交办日期"), (8, "办结时限"), (9, "办理进度"), (10, "办理结果")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    r = 4
    for i, row in enumerate(SUGGEST_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, f"{len(SUGGEST_ROWS)}件", b.center)
    for c in range(2, last + 1):
        b.put(ws, r, c, "")
    b.line(
        ws,
        r + 1,
        "说明：办理结果分“已解决”“列入计划逐步解决”“受条件限制暂不能解决（已说明原因）”三类；协办单位应于交办之日起"
        "一个月内将办理意见书面告知主办单位，由主办单位统一答复代表。",
        last,
    )
    b.line(ws, r + 2, "审核人：杜卫平    填报人：马晓燕    联系电话：0393-8992517", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 政协提案办理落实情况复查表, after a city government's account of how its 政协提案 were carried out (158件提案;
# 涉及经济发展、科教文卫、城市综合管理、农业农村等方面; 经复查审核，已经落实或基本落实的、正在落实或列入计划逐步落实
# 的、因目前条件限制或其他原因需待以后落实的、所提建议留作参考的):
# http://xxgk.jlbc.gov.cn/gzgs/202003/t20200310_743126.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 复查 line, one header row
# with the 提案者 (the proposer) and a 落实情况 column in the four 复查 categories beside 落实措施及进展, items grouped under
# 方面 rows merged across, 预计落实时间 as 第三季度 / 2024年6月底 / a month range / 2024-2026年 / blank, a 合计 row with
# the category counts, a 说明 line and a signature line.
PROPOSAL_GROUPS = [
    (
        "一、经济发展方面",
        [
            (
                "第3015号",
                "关于支持化工新材料产业链延链补链的提案",
                "民建濮阳市委",
                "市发改委",
                "正在落实或列入计划逐步落实",
                "已编制产业链图谱，正在开展招商对接",
                "第三季度",
            ),
            (
                "第3022号",
                "关于降低小微企业融资担保费率的提案",
                "周志刚",
                "市财政局",
                "已经落实或基本落实",
                "政府性融资担保费率已由2%降至1%，全部落实到位",
                "2024年6月底",
            ),
        ],
    ),
    (
        "二、科教文卫方面",
        [
            (
                "第3041号",
                "关于推进县域医共体远程会诊全覆盖的提案",
                "农工党濮阳市委",
                "市卫计委",
                "正在落实或列入计划逐步落实",
                "已覆盖台前县、范县，其余三县正在推进",
                "年底前",
            ),
            (
                "第3048号",
                "关于加快戚城遗址公园文旅融合开发的提案",
                "韩雪",
                "市旅游局",
                "因目前条件限制需待以后落实",
                "受土地和资金条件限制，暂未实施",
                "2025年6月底",
            ),
        ],
    ),
    (
        "三、城市综合管理方面",
        [
            (
                "第3063号",
                "关于解决城区背街小巷路灯照明不足的提案",
                "李卫东",
                "市城管执法局",
                "已经落实或基本落实",
                "已新装路灯420盏，全部完成",
                "2024年5月底",
            ),
            (
                "第3070号",
                "关于规范城区共享电动自行车停放的提案",
                "高明",
                "交警支队",
                "正在落实或列入计划逐步落实",
                "已划设停放区1200处，正在推进电子围栏建设",
                "2024年7-9月",
            ),
            (
                "第3077号",
                "关于加快城区供水管网老化改造的提案",
                "九三学社濮阳市委",
                "市自来水公司",
                "正在落实或列入计划逐步落实",
                "已列入管网改造计划，今年改造12公里，已完成5公里",
                "2024-2026年",
            ),
        ],
    ),
    (
        "四、农业农村方面",
        [
            (
                "第3089号",
                "关于设立农村电商物流补贴的提案",
                "吴洪涛",
                "市商务局",
                "所提建议留作参考",
                "已书面答复委员，留作参考",
                "",
            ),
        ],
    ),
]


def write_proposal_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("复查表")
    last = 7
    b.widths(ws, [6, 10, 38, 16, 14, 22, 36, 14])
    b.line(ws, 0, "市政协九届三次会议提案办理落实情况复查表", last, b.title)
    b.line(ws, 1, "复查单位：市政府办公室督查室    复查时间：2024年7月22日至26日", last)
    b.header(
        ws, 2, ["序号", "提案号", "案由", "提案者", "承办单位", "落实情况", "落实措施及进展", "预计落实时间"]
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in PROPOSAL_GROUPS:
        b.merge(ws, r, 0, r, last, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    counts: dict[str, int] = {}
    for _, rows in PROPOSAL_GROUPS:
        for row in rows:
            counts[row[4]] = counts.get(row[4], 0) + 1
    summary = "；".join(f"{k}{v}件" for k, v in counts.items())
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, f"{n}件", b.center)
    b.merge(ws, r, 2, r, last, summary)
    b.line(
        ws,
        r + 1,
        "说明：落实情况按“已经落实或基本落实”“正在落实或列入计划逐步落实”“因目前条件限制需待以后落实”“所提建议留作参考”"
        "四类填写。",
        last,
    )
    b.line(ws, r + 2, "复查人：孔德明    填表人：魏婷    联系电话：0393-8992605", last)
    return b.close()


def write_proposal(path: Path) -> Path:
    return via_soffice(write_proposal_book, path, "xls", "政协提案办理落实情况复查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 政协提案办理进展情况报告, after a county government's account of the 政协提案 it handled (提案按乡村振兴与农业
# 农村、产业经济与发展、城乡建设与基础设施、民生保障与公共服务、政务与社会治理、教育与健康分类; 所提问题已经解决或基本
# 解决的、需要长期坚持去抓已列入工作计划的、因客观因素制约暂时难以解决留做参考的; 明确责任和时限，全过程调度):
# http://www.juancheng.gov.cn/88904/88912/2016037402145120256.html
# A .docx: title, 主送, preamble, the items as numbered paragraphs under 方面 headings (提案号, 提案者, the county bureau
# that handles it, a schedule or deadline and the progress in sentences), a closing paragraph, the office and date.
NANLE_GROUPS = [
    (
        "一、乡村振兴与农业农村方面",
        [
            "第5号《关于加强高标准农田建设后期管护的提案》（王志军委员提出），由南乐县农业农村局办理。该局计划3月底前"
            "完成已建项目摸底，6月底前出台管护办法。目前已制定《南乐县高标准农田建设项目管护办法》，明确县乡村三级管护"
            "责任，所提问题已经解决。",
        ],
    ),
    (
        "二、产业经济与发展方面",
        [
            "第11号《关于扶持食品产业园中小企业融资的提案》（民盟南乐县支部提出），由南乐县工业和信息化局办理，县财政局"
            "协办。目前已组织银企对接会2场，正在协调设立风险补偿资金池，计划年底前完成。",
        ],
    ),
    (
        "三、城乡建设与基础设施方面",
        [
            "第18号《关于加快城区老旧供水管网改造的提案》（李红委员提出），由南乐县住房和城乡建设局办理。所提问题需要"
            "长期坚持去抓，已纳入城建年度工作计划，长期坚持。",
        ],
    ),
    (
        "四、教育与健康方面",
        [
            "第23号《关于规范校外培训机构管理的提案》（张丽委员提出），由南乐县教育局办理，要求7月底前完成专项治理。"
            "已开展专项检查2轮，关停无证机构3家，所提问题已基本解决。",
            "第30号《关于提升乡镇卫生院服务能力的提案》（九三学社南乐县支社提出），由南乐县卫生健康委员会办理。已完成"
            "5所乡镇卫生院标准化改造，剩余3所计划9月底前完成。",
        ],
    ),
    (
        "五、政务与社会治理方面",
        [
            "第36号《关于整治元村镇集贸市场周边交通秩序的提案》（赵海涛委员提出），由元村镇人民政府办理，县公安局交警"
            "大队配合，整改时限为第三季度。目前尚未启动。",
        ],
    ),
    (
        "六、民生保障与公共服务方面",
        [
            "第41号《关于落实灵活就业人员社保补贴的提案》（周敏委员提出），由南乐县人力资源和社会保障局办理，时限"
            "2024年6月30日。6月20日已完成首批补贴发放，已办结。",
        ],
    ),
]


def write_nanle(path: Path) -> Path:
    doc = _new_document("县政府督查室")
    _title(doc, "南乐县人民政府关于县政协十届三次会议提案办理进展情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "县政协十届三次会议期间转交县政府办理的政协提案46件，其中委员个人提案38件，联名提案5件，集体提案3件。"
        "县政府将提案办理纳入年度目标责任考核，明确责任和时限，实行全过程调度。截至7月25日，已答复41件。现将列入"
        "县政府重点督办的7件提案办理进展报告如下：",
    )
    n = 0
    for heading, paras in NANLE_GROUPS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            n += 1
            _paragraph(doc, f"{n}．{text}")
    _paragraph(doc, "下一步，县政府将对正在办理和列入计划的提案持续跟踪督办，确保办理一件、落实一件。")
    _paragraph(doc, "南乐县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 承办建议提案办理情况清单 from one county bureau, after a county government's notice on handling 市人大代表建议和
# 政协提案 (主办单位确定分管负责人和专职人员; 清单式答复，逐条梳理; 复函注明答复类别: 已解决或采纳的标明A类，列入计划
# 拟解决或拟采纳的标明B类，留作参考的标明C类; 8月5日前全部办结):
# http://foping.gov.cn/fpxzf/xzfwj/202406/2674f6dcdc4b48de95fa950b9e131446.shtml
# An .xls (xlwt): title, 填报单位 line, one header row; every row names one of the bureau's own 股室 (the bureau is the
# unit), the 提出人 (the proposer), a 交办日期 the 立行立改 and 10个工作日内 rows count from, deadlines as 8月5日前 /
# 6月底前 / dates / 年底前, an 答复类别 column (A/B/C) beside 办理情况, a 注 line and a signature line.
TAIQIAN_ROWS = [
    (
        "市人大建议",
        "第9066号",
        "关于改善台前至范县公路通行条件的建议",
        "杨振华",
        "规划建设股",
        "2024-04-08",
        "8月5日前",
        "",
        "已与代表见面沟通，路面大修工程已开工，尚未正式答复",
    ),
    (
        "市政协提案",
        "第3102号",
        "关于完善农村客运班线的提案",
        "宋丽",
        "运输管理股",
        "2024-04-08",
        "8月5日前",
        "A",
        "已书面答复，委员满意",
    ),
    (
        "县人大建议",
        "第15号",
        "关于修复侯庙镇境内损毁桥涵的建议",
        "马玉山",
        "公路养护股",
        "2024-05-06",
        "6月底前",
        "A",
        "桥涵已修复完毕，已答复代表",
    ),
    (
        "县人大建议",
        "第22号",
        "关于在孙口镇增设公交候车亭的建议",
        "李德成",
        "运输管理股",
        "2024-05-06",
        "2024年9月30日",
        "",
        "正在选址",
    ),
    (
        "县政协提案",
        "第8号",
        "关于加强超限超载车辆治理的提案",
        "范伟",
        "综合执法大队",
        "2024-07-15",
        "10个工作日内",
        "",
        "",
    ),
    (
        "县政协提案",
        "第14号",
        "关于规范城区出租车计价收费的提案",
        "刘芳",
        "运输管理股",
        "2024-06-03",
        "立行立改",
        "A",
        "已约谈出租车公司，统一检定计价器，已整改到位",
    ),
    (
        "县人大建议",
        "第31号",
        "关于加强农村公路安全防护设施建设的建议",
        "孙红",
        "安全监督股",
        "2024-05-06",
        "年底前",
        "",
        "未启动，待上级资金下达",
    ),
]


def write_taiqian(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "台前县交通运输局承办2024年人大代表建议和政协提案办理情况清单", t, 0, last),
        (1, 0, "填报单位：台前县交通运输局（盖章）    填报日期：2024年7月30日", plain, 1, last),
    ]
    words = [
        "序号",
        "类别",
        "编号",
        "建议（提案）标题",
        "提出人",
        "承办股室",
        "交办日期",
        "办结时限",
        "答复类别",
        "办理情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 6, 7, 8) else c))
    r = 3 + len(TAIQIAN_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.市级建议提案按县政府办公室通知要求8月5日前全部办结；2.答复类别：A类为所提问题已解决或采纳，B类为列入"
            "计划拟解决或拟采纳，C类为留作参考，尚未答复的不填；3.“立行立改”和“10个工作日内”自交办之日起计算。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "分管领导：贾红军    填表人：宋晓丽    联系电话：0393-2212706", plain, r + 1, last),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 12345热线问题工单提级督办台账, after a city 12345 hotline's account of its 督办 mechanism (电话催办、书面督办、印发
# 工作提醒函; 对重办3次以上未解决、转办3个以上无部门牵头办理的工单，经研判后列入“问题工单”，派发至属地政府执行
# “提级督办”; 按时签收率、按时办结率、群众满意率、发回重办率):
# http://nmg.zhonghongwang.com/show-200-41547-1.html
# A CSV in GBK: title line, 填报单位/统计时段 line, one header row with the 原承办部门 beside the 提级督办责任单位 (the
# 属地 that now answers for the order), 重办次数 and 督办方式, 办结时限 counted from the 提级日期 (N个工作日内, 立行立改,
# 7月31日前, 年底前), a 合计 row, a 注 line and a signature line.
ESCALATE_ROWS = [
    (
        "12345-2407-00312",
        "2024-07-02",
        "胜利路街道某小区楼顶违建阳光房多次投诉未拆除",
        "3",
        "市城管局",
        "华龙区人民政府",
        "书面督办",
        "15个工作日内",
        "已拆除，已回访，群众满意",
    ),
    (
        "12345-2407-00358",
        "2024-07-05",
        "文留镇某村生活污水直排村内坑塘",
        "4",
        "市生态环境局",
        "文留镇人民政府",
        "书面督办",
        "10个工作日内",
        "已铺设污水管网200米，正在施工",
    ),
    (
        "12345-2407-00401",
        "2024-07-09",
        "清丰县某小区交房五年仍未办理不动产权证",
        "3",
        "市不动产登记中心",
        "清丰县人民政府",
        "工作提醒函",
        "年底前",
        "已成立工作专班，正在核查开发企业欠缴税费",
    ),
    (
        "12345-2407-00436",
        "2024-07-11",
        "人民路某商铺夜间露天烧烤油烟扰民",
        "5",
        "市生态环境局",
        "华龙区人民路街道办事处",
        "电话催办",
        "立行立改",
        "已责令安装油烟净化设施并入室经营，已办结",
    ),
    (
        "12345-2407-00472",
        "2024-07-15",
        "南乐县某小学门口流动摊贩占道经营影响交通",
        "3",
        "南乐县城市管理局",
        "南乐县城关镇人民政府",
        "电话催办",
        "5个工作日内",
        "逾期未办",
    ),
    (
        "12345-2407-00503",
        "2024-07-18",
        "范县某农贸市场排水沟堵塞污水外溢",
        "3",
        "范县住房和城乡建设局",
        "濮城镇人民政府",
        "书面督办",
        "7月31日前",
        "",
    ),
    (
        "12345-2407-00547",
        "2024-07-22",
        "台前县某物业公司拒不退还业主装修押金",
        "4",
        "市住建局",
        "台前县人民政府",
        "书面督办",
        "10个工作日内",
        "已约谈物业公司，正在协调退还",
    ),
]


def write_escalate(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345热线问题工单提级督办台账（2024年7月）"])
    w.writerow(["填报单位：濮阳市12345政务服务便民热线中心    统计时段：2024年7月1日—7月26日"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "提级日期",
            "诉求内容",
            "重办次数",
            "原承办部门",
            "提级督办责任单位",
            "督办方式",
            "办结时限",
            "办理进展",
        ]
    )
    for i, row in enumerate(ESCALATE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", f"提级督办问题工单{len(ESCALATE_ROWS)}件", "", "", "", "", "", "已办结2件"])
    w.writerow(["注：重办3次以上未解决的工单列入问题工单，派发属地提级督办；办结时限自提级之日起计算。"])
    w.writerow(["审核人：黄志远    制表人：冯丽娟    联系电话：0393-12345"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 12345热线工单红黄灯预警督办表, after a description of a 12345 hotline's work-order handling (the hotline registers the
# work order and runs a “red and yellow light” efficiency monitoring mechanism; the organizer signs the work order within
# 1 working day; consultation within 2 working days, help within 5 working days):
# http://www.plnmw.com/InformationTechnologyConsulting/pzpxckvqgk.html
# An .xlsx: title, 填报 line, a 时限 line, a two-row header (工单信息 over 工单编号 | 派单时间 | 诉求类别 | 诉求内容,
# 办理情况 over 签收情况 | 办理时限 | 预警灯 | 办理状态, 承办单位 spanning both rows), 办理时限 as N个工作日 counted from the
# 派单时间, a 预警灯 column that is no progress, a 说明 line and a signature line.
LIGHT_ROWS = [
    (
        "GD20240715-0087",
        "2024-07-15 09:12",
        "咨询",
        "咨询灵活就业人员参加职工医保的缴费基数",
        "市医保局",
        "7月15日已签收",
        "2个工作日",
        "绿灯",
        "已反馈",
    ),
    (
        "GD20240715-0132",
        "2024-07-15 14:40",
        "求助",
        "中原路某小区停水超过24小时未恢复",
        "自来水公司",
        "7月15日已签收",
        "5个工作日",
        "绿灯",
        "已办结",
    ),
    (
        "GD20240716-0045",
        "2024-07-16 10:05",
        "投诉",
        "某驾校收费后拖延安排科目二考试",
        "市交通运输局",
        "7月16日已签收",
        "10个工作日",
        "黄灯",
        "办理中",
    ),
    (
        "GD20240717-0210",
        "2024-07-17 16:22",
        "举报",
        "某小区地下车库违规停放电动自行车并充电",
        "消防救援支队",
        "",
        "10个工作日",
        "红灯",
        "未签收",
    ),
    (
        "GD20240718-0076",
        "2024-07-18 08:51",
        "求助",
        "孟轲乡某村路灯损坏夜间无照明",
        "孟轲乡人民政府",
        "7月18日已签收",
        "5个工作日",
        "黄灯",
        "办理中",
    ),
    (
        "GD20240719-0153",
        "2024-07-19 11:30",
        "投诉",
        "燃气公司上门安检人员收取检测费",
        "市燃气公司",
        "7月22日已签收",
        "10个工作日",
        "绿灯",
        "已反馈",
    ),
    (
        "GD20240722-0031",
        "2024-07-22 09:03",
        "咨询",
        "咨询新生儿落户需提交的材料",
        "市公安局",
        "7月22日已签收",
        "2个工作日",
        "绿灯",
        "已办结",
    ),
    (
        "GD20240723-0188",
        "2024-07-23 15:17",
        "投诉",
        "K11路公交末班车提前收车",
        "市公交公司",
        "7月23日已签收",
        "10个工作日",
        "绿灯",
        "办理中",
    ),
]


def write_light(path: Path) -> Path:
    b = Book(path, author="热线中心")
    ws = b.sheet("红黄灯预警")
    last = 9
    b.widths(ws, [6, 18, 17, 9, 34, 16, 14, 12, 8, 10])
    b.line(ws, 0, "12345热线工单办理红黄灯预警督办表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市12345政务服务便民热线中心    派单时段：2024年7月15日—7月23日", last)
    b.line(
        ws,
        2,
        "办理时限自派单之日起计算：咨询类2个工作日，求助类5个工作日，投诉举报类10个工作日；承办单位应于1个工作日内签收。",
        last,
    )
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 4, "工单信息", b.head)
    b.header(ws, 4, ["工单编号", "派单时间", "诉求类别", "诉求内容"], first=1)
    b.merge(ws, 3, 5, 4, 5, "承办单位", b.head)
    b.merge(ws, 3, 6, 3, 9, "办理情况", b.head)
    b.header(ws, 4, ["签收情况", "办理时限", "预警灯", "办理状态"], first=6)
    r = 5
    for i, row in enumerate(LIGHT_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        r += 1
    b.line(ws, r, "说明：绿灯为正常办理；黄灯为距办理时限不足1个工作日；红灯为超时未签收或超时未办结。", last)
    b.line(ws, r + 1, "制表：耿雪    审核：黄志远    制表日期：2024年7月26日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 12345热线转办诉求件办理情况汇总表, after a city's account of its 12345 hotline (承办单位涵盖市政府工作部门、政府派出
# 机构、市政府直属部门、各县（市、区）、驻朔单位企业、群众团体; 派单后向诉求人发送诉求受理号和受理时限; 热线系统督办、
# 电话提醒、短信督办、纪检部门督办):
# http://2008.dizo.com.cn/2008/2023/0619/70934.html
# An .ods (LibreOffice conversion of an .xlsx, member times fixed): title, 统计时段 line, one header row with the 受理
# 时限 told to the caller (N个工作日 from the 受理日期, or a date), 办结日期, 回访结果, 办理情况 and 督办情况, the items
# grouped under 承办单位类别 rows merged across, a 合计 row and a signature line.
HOTLINE_GROUPS = [
    (
        "一、市政府工作部门",
        [
            (
                "市住房城乡建设局",
                "2024070318",
                date(2024, 7, 3),
                "昆吾花园小区物业未按约定维修破损单元门禁",
                "5个工作日",
                date(2024, 7, 9),
                "满意",
                "已办结",
                "",
            ),
            (
                "市人社局",
                "2024070562",
                date(2024, 7, 5),
                "华龙区某建筑工地拖欠农民工工资4.6万元",
                "10个工作日",
                date(2024, 7, 12),
                "不满意",
                "7月15日发回重办，正在重新办理",
                "电话催办",
            ),
            (
                "市监局",
                "2024071145",
                date(2024, 7, 11),
                "某连锁超市销售过期乳制品",
                "7个工作日",
                date(2024, 7, 17),
                "满意",
                "已办结",
                "",
            ),
        ],
    ),
    (
        "二、县（区）政府",
        [
            (
                "濮阳县人民政府",
                "2024070827",
                date(2024, 7, 8),
                "柳屯镇某村主干道雨后积水影响出行",
                "7月20日前",
                "",
                "",
                "正在组织排水，铺设排水管道",
                "书面督办",
            ),
            (
                "清丰县人民政府",
                "2024071536",
                date(2024, 7, 15),
                "马庄桥镇某养殖场异味扰民",
                "10个工作日",
                "",
                "",
                "逾期未办",
                "纪检部门督办",
            ),
            (
                "华龙区人民政府",
                "2024071903",
                date(2024, 7, 19),
                "中原路街道某小区门口共享单车乱停放",
                "5个工作日",
                date(2024, 7, 24),
                "满意",
                "已办结",
                "",
            ),
        ],
    ),
    (
        "三、驻濮单位及公用企业",
        [
            (
                "濮阳供电公司",
                "2024070415",
                date(2024, 7, 4),
                "胡状镇某村夏季频繁停电",
                "5个工作日",
                date(2024, 7, 10),
                "满意",
                "已办结",
                "",
            ),
            (
                "中国联通濮阳市分公司",
                "2024072211",
                date(2024, 7, 22),
                "宽带故障报修3天无人上门",
                "3个工作日",
                "",
                "",
                "",
                "",
            ),
            (
                "市燃气公司",
                "2024072377",
                date(2024, 7, 23),
                "绿城小区燃气表计量异常",
                "5个工作日",
                "",
                "",
                "已上门检测，正在更换表具",
                "",
            ),
        ],
    ),
]


def write_hotline_book(path: Path) -> Path:
    b = Book(path, author="热线中心")
    ws = b.sheet("汇总表")
    last = 9
    b.widths(ws, [6, 20, 13, 12, 34, 12, 12, 10, 28, 14])
    b.line(ws, 0, "12345热线转办诉求件办理情况汇总表（2024年7月）", last, b.title)
    b.line(
        ws,
        1,
        "统计时段：2024年7月1日—7月26日    受理时限为派单时告知诉求人的办理时限，自受理之日起计算",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "承办单位",
            "受理编号",
            "受理日期",
            "诉求摘要",
            "受理时限",
            "办结日期",
            "回访结果",
            "办理情况",
            "督办情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n, closed = 3, 0, 0
    for title, rows in HOTLINE_GROUPS:
        b.merge(ws, r, 0, r, last, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            closed += 1 if row[5] else 0
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, f"转办诉求件{n}件，有办结日期的{closed}件")
    b.line(ws, r + 2, "濮阳市12345政务服务便民热线中心    制表：耿雪    2024年7月29日", last)
    return b.close()


def write_hotline(path: Path) -> Path:
    return via_soffice_ods(write_hotline_book, path, "12345热线转办诉求件办理情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 消防安全隐患排查整治台账, after a provincial 火灾隐患整改 standard that sorts hazards by kind of place (人员密集场所:
# 锁闭、封堵或占用疏散通道、安全出口的责令立即改正，外窗安装金属护栏的责令限期拆除，建筑消防设施不完好有效的责令限期改正;
# 易燃易爆化学物品单位: 相互发生化学反应或灭火方法不同的物品混存、混放的立即改正; “三合一”建筑: 设置员工集体宿舍的
# 责令限期设置防火墙、防火门彻底分隔; 逾期不改正的责令停产停业并处罚款):
# http://www.fymate.net/html/text/lar/169281/16928126_1.html
# An .xlsx: title, 填报单位 line (the 消防救援大队 that inspected, not the unit), a two-row header (整改情况 over 已整改 |
# 未整改 ticks), the places grouped under 场所类别 rows merged across, 处理措施 in the standard's words, 整改期限 as 立行立改
# (from the 检查日期) / dates / X月X日前, a 复查情况 column whose verdict beats the ticks, a 注 line and a signature line.
FIRE_GROUPS = [
    (
        "一、人员密集场所",
        [
            (
                "清丰县万隆购物广场",
                "城关镇",
                date(2024, 7, 8),
                "二层安全出口上锁，疏散通道堆放货物",
                "责令立即改正",
                "立行立改",
                "√",
                "",
                "复查合格",
            ),
            (
                "清丰县金海岸KTV",
                "城关镇",
                date(2024, 7, 8),
                "部分包间使用易燃材料装修，火灾自动报警系统故障",
                "责令限期改正",
                "2024年8月10日",
                "",
                "√",
                "",
            ),
            (
                "清丰县第二高级中学",
                "城关镇",
                date(2024, 7, 9),
                "学生宿舍外窗安装金属防盗网，影响应急逃生",
                "责令限期拆除",
                "7月25日前",
                "√",
                "",
                "",
            ),
        ],
    ),
    (
        "二、易燃易爆化学物品单位",
        [
            (
                "清丰县宏达家具有限公司",
                "古城乡",
                date(2024, 7, 10),
                "油漆、稀释剂与其他物品混存混放，储存间未使用防爆灯具",
                "责令立即改正",
                "立行立改",
                "",
                "",
                "已分类存放，防爆灯具正在采购安装",
            ),
            (
                "清丰县马庄桥镇中心加油站",
                "马庄桥镇",
                date(2024, 7, 10),
                "加油区消防沙池缺沙，灭火器压力不足",
                "责令限期改正",
                "2024年7月20日",
                "√",
                "",
                "7月19日复查合格",
            ),
        ],
    ),
    (
        "三、“三合一”场所",
        [
            (
                "清丰县恒丰服装加工厂",
                "仙庄镇",
                date(2024, 7, 11),
                "生产车间内设置员工集体宿舍，未进行防火分隔",
                "责令限期改正",
                "2024年8月31日",
                "",
                "",
                "已迁出住宿人员，防火分隔正在施工",
            ),
            (
                "清丰县宏利五金门市",
                "柳格镇",
                date(2024, 7, 11),
                "住宿与经营储存未分隔，楼梯间堆放纸箱",
                "责令限期改正",
                "7月20日前",
                "",
                "√",
                "7月22日复查仍未整改，拟依法处罚",
            ),
            (
                "清丰县顺达物流仓库",
                "韩村镇",
                date(2024, 7, 12),
                "仓库内设置员工宿舍，私拉电线为电动自行车充电",
                "责令限期改正",
                "7月31日前",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("隐患整治台账")
    last = 9
    b.widths(ws, [6, 24, 10, 12, 36, 14, 14, 8, 8, 26])
    b.line(ws, 0, "清丰县消防安全隐患排查整治台账（第三批）", last, b.title)
    b.line(ws, 1, "填报单位：清丰县消防救援大队    填报日期：2024年7月29日", last)
    words = ["序号", "单位（场所）名称", "所在乡镇", "检查日期", "火灾隐患", "处理措施", "整改期限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    ws.write_string(3, 7, "已整改", b.head)
    ws.write_string(3, 8, "未整改", b.head)
    b.merge(ws, 2, 9, 3, 9, "复查情况", b.head)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in FIRE_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}处）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.center if c in (2, 5, 7, 8) else None)
            r += 1
    b.line(
        ws,
        r,
        "注：1.整改情况在对应栏内打“√”；2.复查情况由大队监督检查人员填写；3.“立行立改”自检查之日起计算。",
        last,
    )
    b.line(ws, r + 1, "审核人：邵国栋    填表人：岳晓辉    联系电话：0393-7221119", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 商住楼消防安全隐患专项排查整改清单, after a 商业城管委会's account of its 商住楼消防专项隐患大排查 with the fire and
# police services (楼道堆物、停放电动车及充电、疏散标志损坏、消防水带和灭火器指针位于红色区域显示失效; 要求相关住户限期
# 整改; 检查樓道住户300多家，发现火灾隐患26处，当场整改隐患11处，下发《责令改正通知书》15份):
# http://www.czzxwjg.com/market/hkfs/13524.html
# A .doc (Word 97 via LibreOffice): title, 排查时间/联合排查 line, a table with 楼栋（商铺）, the 责任单位 (物业 or 商户),
# 排查日期, 处理方式 (当场整改 / 下发《责令改正通知书》), 整改期限 as 当场 / X月X日前 / 3日内 / 8月底前 / a date, and a
# 复查结果 column, a summary paragraph, the street and date at the foot.
SHOP_ROWS = [
    (
        "金堤商住楼1号楼",
        "濮阳市恒信物业服务有限公司",
        "7月16日",
        "楼道内堆放杂物，占用疏散通道",
        "当场整改",
        "当场",
        "已当场清理",
    ),
    (
        "金堤商住楼2号楼",
        "濮阳市恒信物业服务有限公司",
        "7月16日",
        "一楼大厅停放电动自行车并飞线充电",
        "下发《责令改正通知书》",
        "7月23日前",
        "已设置集中充电区，正在清理楼内车辆",
    ),
    (
        "胜利商厦",
        "濮阳胜利商厦管理有限公司",
        "7月16日",
        "疏散指示标志损坏，应急照明灯不亮",
        "下发《责令改正通知书》",
        "3日内",
        "复查合格",
    ),
    (
        "胜利路48号沿街商铺",
        "华龙区张记餐馆",
        "7月17日",
        "后厨液化气钢瓶与灶具距离不足1米，钢瓶未固定",
        "当场整改",
        "当场",
        "已整改",
    ),
    (
        "锦绣家园B座",
        "濮阳市安居物业管理有限公司",
        "7月17日",
        "室内消火栓箱内水带缺失，灭火器压力指针位于红色区域",
        "下发《责令改正通知书》",
        "2024年7月31日",
        "",
    ),
    (
        "锦绣家园C座",
        "濮阳市安居物业管理有限公司",
        "7月17日",
        "消防控制室无人值守，火灾报警控制器处于故障状态",
        "下发《责令改正通知书》",
        "7月25日前",
        "7月26日复查未整改",
    ),
    (
        "裕丰大厦",
        "濮阳市裕丰物业服务有限公司",
        "7月17日",
        "屋顶违规搭建彩钢板房用于员工住宿",
        "下发《责令改正通知书》（限期拆除）",
        "8月底前",
        "已拆除一半，正在拆除",
    ),
]


def write_shop_docx(path: Path) -> Path:
    doc = _new_document("胜利路街道应急办")
    _title(doc, "胜利路街道商住楼消防安全隐患专项排查整改清单", 18)
    _paragraph(
        doc,
        "排查时间：2024年7月16日至17日    联合排查：胜利路街道办事处、华龙区消防救援大队、胜利路派出所",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SHOP_ROWS, 1)]
    _table(
        doc,
        ["序号", "楼栋（商铺）", "责任单位", "排查日期", "存在隐患", "处理方式", "整改期限", "复查结果"],
        body,
    )
    _paragraph(
        doc,
        "此次排查共检查商住楼5栋、沿街商铺36家，发现火灾隐患21处，当场整改13处，下发《责令改正通知书》8份。上表列出"
        "需跟踪整改和有代表性的隐患7处。",
        12,
    )
    _paragraph(doc, "华龙区胜利路街道办事处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_shop(path: Path) -> Path:
    return via_soffice(write_shop_docx, path, "doc", "商住楼消防安全隐患专项排查整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 学校和养老服务机构消防安全联合检查整改 (two returns in one zip), after a street's account of its joint fire check of
# schools and elderly-care institutions (街道应急管理综合服务中心联合文化综合服务中心、社会保障综合服务中心组成检查组;
# 安全出口、疏散通道是否被堵塞、占用、锁闭; 消防器材、设施是否配备到位、完好有效; 电线是否老化，用火用电管理是否规范;
# 责令限期整改本次检查中发现的安全隐患):
# http://www.kman.gov.cn/c/2023-06-13/6658101.shtml
# A .zip holding an .xlsx from a Hualong street (the 检查组成员单位 beside the 检查对象, progress as a filled 整改完成时间
# or a 备注, 立行立改 from the 检查时间) and a .docx with a table from a Qingfeng town (整改结果 in words).
KUNWU_ROWS = [
    (
        "华龙区昆吾路小学",
        "应急管理综合服务中心、文化综合服务中心",
        "教学楼二楼疏散通道堆放废旧课桌椅",
        "立即清理，保持通道畅通",
        "立行立改",
        date(2024, 6, 12),
        "",
    ),
    (
        "濮阳市华龙区康乐老年公寓",
        "社会保障综合服务中心",
        "老人房间使用电热毯、电暖器等大功率电器，部分电线老化",
        "更换老化线路，禁止使用大功率电器",
        "6月底前",
        date(2024, 6, 28),
        "",
    ),
    (
        "昆吾街道综合养老服务中心",
        "社会保障综合服务中心",
        "厨房未设置可燃气体泄漏报警装置",
        "安装可燃气体泄漏报警装置",
        "2024年7月15日",
        "",
        "已采购，待安装",
    ),
    (
        "华龙区阳光幼儿园",
        "文化综合服务中心",
        "消防安全管理制度不健全，未按要求开展疏散演练",
        "完善制度，每学期至少开展一次疏散演练",
        "长期坚持",
        "",
        "长期坚持",
    ),
]
CHENGGUAN_ROWS = [
    ("清丰县第一初级中学", "学生宿舍楼应急照明灯损坏3处", "更换应急照明灯", "7月10日前", "已完成"),
    ("清丰县城关镇敬老院", "灭火器过期未更换", "更换灭火器", "立行立改", "已更换"),
    (
        "清丰县颐和养老中心",
        "消防控制室值班人员无证上岗",
        "安排持证人员值守，组织培训考证",
        "8月底前",
        "正在组织人员培训考证",
    ),
    ("清丰县育才学校", "校园内违规搭建临时彩钢板仓库", "拆除临时仓库", "8月25日前", "未整改"),
]


def write_kunwu_book(path: Path) -> Path:
    b = Book(path, author="昆吾街道应急中心")
    ws = b.sheet("检查问题整改表")
    last = 7
    b.widths(ws, [6, 24, 24, 36, 28, 14, 14, 16])
    b.line(ws, 0, "昆吾街道学校和养老服务机构消防安全联合检查问题整改表", last, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年6月12日    填报单位：昆吾街道应急管理综合服务中心    填报日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        ["序号", "检查对象", "检查组成员单位", "存在问题", "整改要求", "整改时限", "整改完成时间", "备注"],
    )
    for i, row in enumerate(KUNWU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(KUNWU_ROWS), "填表人：高晓燕    联系电话：0393-8316620", last)
    return b.close()


def write_chengguan_docx(path: Path) -> Path:
    doc = _new_document("城关镇应急办")
    _title(doc, "清丰县城关镇学校和养老机构消防安全检查整改情况", 18)
    _paragraph(doc, "检查日期：2024年7月3日    填报单位：清丰县城关镇人民政府（应急管理办公室）", 12)
    body = [[str(i), *row] for i, row in enumerate(CHENGGUAN_ROWS, 1)]
    _table(doc, ["序号", "单位名称", "存在隐患", "整改措施", "整改期限", "整改结果"], body)
    _paragraph(doc, "填表人：冯丽    联系电话：0393-7226531    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_school_zip(path: Path) -> Path:
    return zip_of(
        path,
        [
            ("昆吾街道学校和养老服务机构消防安全联合检查问题整改表.xlsx", write_kunwu_book),
            ("清丰县城关镇学校和养老机构消防安全检查整改情况.docx", write_chengguan_docx),
        ],
    )


FILES = [
    ("市九届人大三次会议代表建议办理进度台账.xlsx", write_suggest),
    ("市政协九届三次会议提案办理落实情况复查表.et", write_proposal),
    ("南乐县人民政府关于县政协十届三次会议提案办理进展情况的报告.docx", write_nanle),
    ("台前县交通运输局承办2024年建议提案办理情况清单.xls", write_taiqian),
    ("12345热线问题工单提级督办台账（2024年7月）.csv", write_escalate),
    ("12345热线工单红黄灯预警督办表（7月15日至23日派单）.xlsx", write_light),
    ("12345热线转办诉求件办理情况汇总表（2024年7月）.ods", write_hotline),
    ("清丰县消防安全隐患排查整治台账（第三批）.xlsx", write_fire),
    ("胜利路街道商住楼消防安全隐患专项排查整改清单.doc", write_shop),
    ("学校和养老机构消防安全检查整改情况（昆吾街道、清丰县城关镇）.zip", write_school_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

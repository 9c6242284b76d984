"""Write the aside226 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡察反馈整改 (边巡边改、县委巡察、校内巡察), 审计整改 (销号台账、整改分类), 主题教育检视问题 (阶段性成绩单、
“四清单”), 群众身边不正之风和腐败问题集中整治 (三类问题清单、纪检监察建议书、惠民惠农补贴专项督查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps (LibreOffice conversions of an .xlsx and a
.docx), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, a .zip of two returns (an .xlsx and a
.docx) and an .ods (LibreOffice conversion of an .xlsx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside226.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
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


def _zip_members(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns written by the given writers, with fixed member times (UTF-8 member names)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 边巡边改问题整改情况调度表, after a district's 落实市委巡察组交办边巡边改问题调度会 (各整改问题的牵头部门主要
# 负责人分别汇报了交办问题整改情况、下一步整改工作和整改时限; 牵头单位履行牵头抓总职责, 责任单位对照任务分工落实):
# https://quyuan.yueyang.gov.cn/31137/31138/content_2289247.html
# An .xlsx: title, 填报单位/调度日期 line, one header row with the 交办日期 each 立行立改 / N个工作日内 row counts from,
# 牵头单位 (short and former names) beside a 配合单位 column, a 下一步工作措施 column, a 说明 line and a signature.
PATROL_ROWS = [
    (
        date(2024, 6, 12),
        "老旧小区改造项目竣工后雨污管网未实现分流，汛期多个小区出现积水",
        "市住建局",
        "华龙区人民政府",
        "2024年8月31日",
        "已完成12个小区雨污分流改造设计，正在施工",
        "加快施工进度，8月底前完工",
    ),
    (
        date(2024, 6, 12),
        "城区背街小巷路灯损坏报修后长期未修复",
        "市城管执法局",
        "各街道办事处",
        "立行立改",
        "已修复路灯136盏，整改完成",
        "建立路灯巡查报修台账",
    ),
    (
        date(2024, 6, 14),
        "3宗出让地块未按约定时间开工，未依约追究受让人违约责任",
        "市国土资源局",
        "市财政局",
        "2024年9月30日",
        "已向2宗地块受让人发出违约催告函，另1宗正在核查",
        "依法收取违约金或收回土地",
    ),
    (
        date(2024, 6, 14),
        "建筑工地扬尘治理“六个百分百”落实不到位，群众多次投诉",
        "市环保局",
        "市住建局",
        "6月底前",
        "已开展专项检查2轮，处罚工地5家，整改完成",
        "纳入日常执法检查",
    ),
    (
        date(2024, 6, 18),
        "城区部分燃气管网老化，居民用户入户安检覆盖率不足60%",
        "市燃气公司",
        "市住建局",
        "2024年12月31日",
        "尚未启动",
        "制定改造计划，争取省级资金支持",
    ),
    (
        date(2024, 6, 18),
        "公交站台候车亭破损，部分线路高峰时段发车间隔超时",
        "市公交公司",
        "市交通局",
        "7月底前",
        "",
        "",
    ),
    (
        date(2024, 6, 20),
        "黑臭水体治理后出现反弹，马颊河支渠局部水质返黑",
        "市水务局",
        "市生态环境局、华龙区人民政府",
        "长期坚持",
        "落实河长巡河制度，常态化推进",
        "每月开展水质监测",
    ),
    (
        date(2024, 6, 25),
        "住房公积金贷款审批材料要求前后不一，群众反映多次跑",
        "市公积金中心",
        "",
        "15个工作日内",
        "已统一材料清单并对外公示，已销号",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("调度表")
    b.widths(ws, [6, 12, 40, 14, 20, 14, 30, 24])
    b.line(ws, 0, "市委第二巡察组城建领域专项巡察交办边巡边改问题整改情况调度表", 7, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市委巡察工作领导小组办公室    调度日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办日期",
            "边巡边改问题",
            "牵头单位",
            "配合单位",
            "整改时限",
            "整改进展",
            "下一步工作措施",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_ROWS)
    b.line(
        ws,
        end,
        "说明：立行立改事项自交办之日起即时整改；“15个工作日内”自交办之日起计算；整改进展由牵头单位填报。",
        7,
    )
    b.line(ws, end + 1, "填报人：蔡文博    联系电话：0393-6661207", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 县委巡察反馈问题整改情况统计表, after an account of a city's 市县巡察 (三轮常规巡察发现问题199条，已整改92条，
# 移交问题线索20件，已办结9件; 人员不足、整改不力):
# http://www.qh.xinhuanet.com/2019-03/20/c_1124260346.htm
# An .xls (xlwt): title, 反馈日期 line (the base of 立行立改), a two-row header with 整改情况 over three tick columns
# (已整改 / 正在整改 / 未整改) and a 移交问题线索（件） count, a 合计 row counting the ticks, a 注 and a signature.
COUNTY_ROWS = [
    ("范县濮城镇人民政府", "村级“三资”管理不规范，3个村存在白条入账", "2024年6月底前", 0, 0, ""),
    (
        "范县龙王庄镇人民政府",
        "高标准农田建设项目验收把关不严，部分灌溉设施未按设计建设",
        "2024年9月30日",
        1,
        1,
        "",
    ),
    ("范县王楼镇人民政府", "公务接待无公函，陪餐人数超标", "立行立改", 0, 0, ""),
    ("范县教育局", "校外培训机构监管缺位，2家无证机构仍在开班", "2024年7月31日", 2, 0, ""),
    ("范县卫生健康委员会", "乡镇卫生院药品采购未全部通过省平台", "2024年8月31日", 1, 0, ""),
    ("范县辛庄镇人民政府", "村“两委”换届后新任村干部培训未全覆盖", "2024年7月15日", None, 0, ""),
    ("范县陈庄镇人民政府", "基层党组织“三会一课”记录不全", "长期坚持", None, 0, "长期坚持"),
    (
        "范县民政局",
        "特困供养人员动态管理不及时，5名已死亡人员未停发供养金",
        "立行立改",
        0,
        1,
        "已追回资金1.2万元",
    ),
]


def write_county(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "范县县委第五轮巡察反馈问题整改情况统计表", t, 0, 8),
        (1, 0, "填报单位：中共范县县委巡察工作领导小组办公室    反馈日期：2024年5月20日", plain, 1, 8),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "整改责任单位", h, 3, 1),
        (2, 2, "巡察反馈问题", h, 3, 2),
        (2, 3, "整改时限", h, 3, 3),
        (2, 4, "整改情况", h, 2, 6),
        (3, 4, "已整改", h),
        (3, 5, "正在整改", h),
        (3, 6, "未整改", h),
        (2, 7, "移交问题线索（件）", h, 3, 7),
        (2, 8, "备注", h, 3, 8),
    ]
    ticks = [0, 0, 0]
    clues = 0
    for i, (unit, problem, limit, tick, clue, note) in enumerate(COUNTY_ROWS, 1):
        r = 3 + i
        cells += [(r, 0, i, ctr), (r, 1, unit, c), (r, 2, problem, c), (r, 3, limit, ctr)]
        for k in range(3):
            cells.append((r, 4 + k, "√" if tick == k else "", ctr))
        if tick is not None:
            ticks[tick] += 1
        clues += clue
        cells += [(r, 7, clue, ctr), (r, 8, note, c)]
    r = 4 + len(COUNTY_ROWS)
    cells += [
        (r, 0, "合计", ctr, r, 1),
        (r, 2, f"共{len(COUNTY_ROWS)}个问题", c),
        (r, 3, "", c),
        (r, 4, ticks[0], ctr),
        (r, 5, ticks[1], ctr),
        (r, 6, ticks[2], ctr),
        (r, 7, clues, ctr),
        (r, 8, "", c),
        (r + 1, 0, "注：立行立改问题自反馈之日起整改；整改情况在对应栏内打“√”。", plain, r + 1, 8),
        (r + 2, 0, "审核人：胡建设    填表人：范晓蕾    联系电话：0393-5221809", plain, r + 2, 8),
    ]
    return _write_xls(path, [("Sheet1", cells)], [6, 22, 44, 14, 8, 10, 8, 12, 18])


# ---------------------------------------------------------------------------------------------
# 3. 校内巡察反馈意见整改进展情况的报告, after a college's account of its 内部巡察 (3个巡察组对学前教育学院、数理系、
# 外语系进行巡察并反馈; 压实整改责任, 紧盯具体问题, 举一反三; 被巡察单位对反馈问题全面认领、照单全收):
# http://m.788ce.com/info/1004/12850.htm
# A .docx: title naming the college, 主送, preamble with the 反馈 date (the base of 立行立改), the items as
# numbered paragraphs （一）…（七） (问题, 责任科室, 整改措施, 整改时限 and 整改情况 in sentences), a closing
# paragraph, the college and date at the foot. All items belong to the sending college; its 办公室/教研室/实训中心
# are sections.
COLLEGE_PARAS = [
    (
        "（一）关于“政治理论学习流于形式，中心组学习记录内容雷同”的问题。责任科室：学院办公室。整改措施：修订"
        "学院理论学习制度，推行领学、研讨、交流发言相结合。整改时限：2024年6月30日前。整改情况：已于6月印发"
        "修订后的学习制度，整改完成。"
    ),
    (
        "（二）关于“实训室设备采购未经集体研究，单笔2.3万元采购无会议纪要”的问题。责任科室：实训中心。整改措施："
        "补充履行集体决策程序，完善采购台账。整改时限：立行立改。整改情况：已补充履行集体决策程序，已整改到位。"
    ),
    (
        "（三）关于“学生资助评定公示时间不足5个工作日”的问题。责任科室：学生工作办公室。整改措施：修订学生资助"
        "评定办法，严格公示程序。整改时限：2024年9月底前。整改情况：办法修订稿已征求意见，拟于秋季学期开学前印发。"
    ),
    (
        "（四）关于“兼职教师课酬发放标准不统一”的问题。责任科室：学院办公室。整改措施：统一兼职教师课酬标准，"
        "报学校审核后执行。整改时限：2024年8月31日前。"
    ),
    (
        "（五）关于“教研室活动次数偏少，部分教研室全年仅开展活动3次”的问题。责任科室：学前教育教研室、艺术教育"
        "教研室。整改措施：建立每两周一次的教研活动制度。整改时限：长期坚持。整改情况：常态化推进。"
    ),
    (
        "（六）关于“顶岗实习学生管理不到位，实习单位巡查记录缺失”的问题。责任科室：实训中心。整改措施：逐家走访"
        "实习单位，补建巡查档案。整改时限：2024年7月15日前。整改情况：已完成对12家实习单位的走访巡查，整改完成。"
    ),
    (
        "（七）关于“党员发展材料不规范，2名发展对象政审材料缺失”的问题。责任科室：学生工作办公室。整改措施："
        "补充政审材料，规范发展党员档案。整改时限：2024年10月31日前。整改情况：尚未启动补充政审工作。"
    ),
]


def write_college(path: Path) -> Path:
    doc = _new_document("学院办公室")
    _title(doc, "濮阳职业技术学院学前教育学院关于校党委第二巡察组反馈意见整改进展情况的报告")
    _paragraph(doc, "校党委巡察工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年5月28日，校党委第二巡察组向濮阳职业技术学院学前教育学院反馈了巡察意见，指出7个方面的问题。学院"
        "党总支对反馈问题全面认领、照单全收，逐条明确责任科室、整改措施和整改时限，立行立改事项自反馈之日起"
        "整改。现将整改进展情况报告如下：",
    )
    for text in COLLEGE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，学院党总支将紧盯未完成事项，举一反三，确保反馈问题全部整改到位。")
    _paragraph(doc, "濮阳职业技术学院学前教育学院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 审计发现问题整改销号台账, after a county 审计局's 审计发现问题整改清单“销号”制度 (建立发现问题台账，实行编号
# 管理，按照单位性质或资金数额归类，明确责任主体和整改时限、目标; 被审计单位在3个月后报送整改结果; 相关业务股室
# 验收，实行立改立销，不改不销):
# http://hefei.baogaosu.com/xinwen/%E5%AE%A1%E8%AE%A1%E5%B1%80%E5%BB%BA%E7%AB%8B%E5%AE%A1%E8%AE%A1%E5%8F%91%E7%8E%B0%E9%97%AE%E9%A2%98%E6%95%B4%E6%94%B9%E6%B8%85%E5%8D%95/39184903
# An .xlsx: title, 填报单位/金额单位 line, one header row with 问题编号, 报告出具日期 (the base of “3个月内”), 整改目标,
# 验收股室 and 验收情况 and 销号 columns, rows grouped under three 单位性质 rows merged across, a 合计 row, 说明, signature.
AUDIT_GROUPS = [
    (
        "一、行政单位",
        [
            (
                "2024-行01",
                "市农业局",
                "高标准农田建设项目结余资金未及时收回财政",
                156.30,
                date(2024, 3, 20),
                "收回结余资金",
                "3个月内",
                "农业股",
                "验收合格",
                "已销号",
            ),
            (
                "2024-行02",
                "市民政局",
                "养老服务补贴向不符合条件人员发放",
                8.64,
                date(2024, 4, 12),
                "追回违规发放资金",
                "2024年8月31日",
                "行政事业股",
                "已追回5.2万元，剩余部分正在追缴",
                "未销号",
            ),
            (
                "2024-行03",
                "市人社局",
                "职业培训补贴审核不严，存在同一学员重复培训",
                23.50,
                date(2024, 5, 10),
                "建立培训学员信息比对机制",
                "3个月内",
                "社保股",
                "",
                "",
            ),
        ],
    ),
    (
        "二、事业单位",
        [
            (
                "2024-事01",
                "濮阳市人民医院",
                "医用耗材采购未严格执行集中采购规定",
                312.00,
                date(2024, 4, 8),
                "耗材全部纳入集中采购平台",
                "2024年9月30日",
                "行政事业股",
                "未整改",
                "未销号",
            ),
            (
                "2024-事02",
                "濮阳市第一高级中学",
                "食堂经营收入未纳入单位财务统一核算",
                47.80,
                date(2024, 4, 8),
                "收入纳入统一核算",
                "立行立改",
                "行政事业股",
                "验收合格",
                "已销号",
            ),
            (
                "2024-事03",
                "市住房公积金中心",
                "个人住房贷款逾期催收不及时，逾期贷款余额上升",
                95.20,
                date(2024, 5, 10),
                "建立逾期贷款催收台账",
                "长期坚持",
                "金融股",
                "按季度跟踪，常态化推进",
                "持续跟踪",
            ),
        ],
    ),
    (
        "三、国有企业",
        [
            (
                "2024-企01",
                "市自来水公司",
                "供水管网漏损率超过控制指标，未制定降损计划",
                "",
                date(2024, 6, 3),
                "制定降损计划并实施管网改造",
                "2024年12月31日",
                "企业股",
                "已制定降损计划，正在分片改造",
                "未销号",
            ),
            (
                "2024-企02",
                "市燃气公司",
                "工程款支付未严格履行审批程序",
                28.00,
                date(2024, 4, 25),
                "完善工程款支付审批流程",
                "3个月内",
                "企业股",
                "验收合格",
                "已销号",
            ),
        ],
    ),
]


def write_audit_ledger(path: Path) -> Path:
    b = Book(path, author="法规审理股")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 12, 18, 38, 12, 14, 24, 14, 12, 26, 10])
    b.line(ws, 0, "2024年度审计发现问题整改销号台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局法规审理股    金额单位：万元    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题编号",
            "责任主体",
            "审计发现问题",
            "涉及金额",
            "报告出具日期",
            "整改目标",
            "整改时限",
            "验收股室",
            "验收情况",
            "销号",
        ],
    )
    r, n, total = 3, 0, 0.0
    for title, rows in AUDIT_GROUPS:
        b.merge(ws, r, 0, r, 10, f"{title}（{len(rows)}个问题）", b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.money if c == 4 and v != "" else None)
            total += row[3] if row[3] != "" else 0
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 3, f"共{n}个问题", b.cell)
    b.put(ws, r, 4, round(total, 2), b.money)
    for c in range(5, 11):
        b.put(ws, r, c, "", b.cell)
    b.line(
        ws,
        r + 1,
        "说明：“3个月内”和立行立改事项均自审计报告出具之日起计算；经业务股室验收合格后销号，实行立改立销、不改不销。",
        10,
    )
    b.line(ws, r + 2, "审核人：程立新    填表人：邵佳    联系电话：0393-8992755", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 审计查出问题整改分类台账, after an article on 审计整改分类 (出具审计报告时将审计查出的问题分为立行立改、分阶段整改、
# 持续整改三种类型，分类提出整改要求和整改时限; 非税收入未全额直缴入库、固定资产账实不符等可及时纠正的问题作为
# 立行立改类):
# https://02010n.npoall.com/news/itemid-118646.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 审计报告送达日期 line
# (the base of 立行立改), one header row with 问题类别 merged down its rows and a 整改类型 column, deadlines as 立行立改,
# dates, a schedule text, 第三季度, 2023-2025年 and 长期坚持, a 注 line and a signature line.
CLASSIFY_GROUPS = [
    (
        "财政管理",
        [
            (
                "土地出让相关非税收入未全额直缴入库",
                "立行立改",
                "市国土资源和规划局",
                "全额缴入国库",
                "立行立改",
                "已全额缴入国库",
            ),
            (
                "部分专项资金结转两年以上未使用",
                "分阶段整改",
                "市财政局",
                "清理结转资金并统筹使用",
                "2024年6月底前完成清理，2024年10月底前完成统筹使用",
                "已完成清理，正在统筹使用",
            ),
            (
                "交通建设项目形成的隐性债务化解进度滞后",
                "持续整改",
                "交通局",
                "按化债方案逐年化解",
                "2023-2025年",
                "2024年已化解1.2亿元，按化债方案持续推进",
            ),
        ],
    ),
    (
        "部门预算执行",
        [
            (
                "固定资产账实不符，部分教学设备未入账",
                "立行立改",
                "市教育局",
                "全面清查盘点",
                "立行立改",
                "正在清查盘点",
            ),
            (
                "政府采购项目未按规定公开采购意向",
                "立行立改",
                "市交易中心",
                "补充公开采购意向",
                "立行立改",
                "已整改",
            ),
            (
                "文化场馆临街门面房出租未公开招租，租金低于市场价",
                "分阶段整改",
                "市文化局",
                "收回到期门面房并公开招租",
                "2024年12月底前",
                "未整改",
            ),
            (
                "医保基金累计结余率过高，使用效率不高",
                "持续整改",
                "市医保局",
                "优化基金支出结构",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
    (
        "建设项目",
        [
            (
                "城市基础设施配套费征收不及时，欠缴单位11家",
                "分阶段整改",
                "市住建委",
                "逐户追缴配套费",
                "2024年第三季度",
                "",
            ),
        ],
    ),
]


def write_classify_book(path: Path) -> Path:
    b = Book(path, author="预算科")
    ws = b.sheet("整改分类台账")
    b.widths(ws, [6, 12, 38, 12, 20, 22, 30, 28])
    b.line(ws, 0, "2023年度市本级预算执行审计查出问题整改分类台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市财政局    审计报告送达日期：2024年5月20日    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "问题类别", "审计查出问题", "整改类型", "整改责任单位", "整改要求", "整改时限", "整改情况"],
    )
    r, n = 3, 0
    for category, rows in CLASSIFY_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "注：整改类型分立行立改、分阶段整改、持续整改三类；立行立改事项自审计报告送达之日起整改。",
        7,
    )
    b.line(ws, r + 1, "单位负责人：葛振华    填表人：牛一鸣    联系电话：0393-4418022", 7)
    return b.close()


def write_classify(path: Path) -> Path:
    return via_soffice(write_classify_book, path, "xls", "审计查出问题整改分类台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 主题教育检视问题整改阶段性成绩单, after a report of a 主题教育指导组's 整改落实成果交流会 (联系单位提交阶段性整改
# 成绩单，一一交账: 检视出的28个问题中，4个已经解决、18个正在解决、6个准备着手解决):
# http://chuxin.people.cn/BIG5/n1/2019/0823/c428144-31312143.html
# A CSV in UTF-8 with a BOM: a title line, a 汇总截至 line, one header line with 联系单位 and 问题来源, the status in the
# source's own words (已经解决 / 正在解决 / 准备着手解决), deadlines as dates, 年底前 and 长期坚持, a 合计 line.
SHOWCASE_ROWS = [
    (
        "市民政局",
        "班子检视",
        "困难群众救助“一门受理”落实不到位，乡镇窗口仍需多头提交材料",
        "推行救助事项一窗受理、协同办理",
        "2024年6月30日",
        "已经解决",
    ),
    (
        "市民政局",
        "调研发现",
        "养老机构消防隐患整改不彻底，2家民办养老院未配备自动喷淋",
        "督促加装自动喷淋系统",
        "2024年9月30日",
        "正在解决",
    ),
    (
        "市退役军人局",
        "群众反映",
        "退役军人服务站“有牌子、无服务”，部分站点未开展常态化走访",
        "建立服务站月度走访制度",
        "长期坚持",
        "常态化推进",
    ),
    (
        "市医保局",
        "群众反映",
        "异地就医直接结算备案流程复杂，需线下提交证明",
        "推行线上承诺制备案",
        "2024年7月20日",
        "已经解决",
    ),
    (
        "市医保局",
        "调研发现",
        "定点药店医保基金使用监管存在盲区",
        "推进药店视频监控接入智能监管平台",
        "年底前",
        "准备着手解决",
    ),
    (
        "市残联",
        "班子检视",
        "残疾人辅助器具适配周期长，群众等待时间超过两个月",
        "压缩适配周期",
        "2024年8月31日",
        "正在解决",
    ),
    (
        "濮阳市总工会",
        "调研发现",
        "户外劳动者服务站点布局不均，县区站点偏少",
        "新增县区服务站点20个",
        "2024年10月31日",
        "",
    ),
    (
        "濮阳市工商业联合会",
        "群众反映",
        "联系服务民营企业不经常，会员企业诉求反馈渠道不畅",
        "开通会员企业诉求直通车",
        "2024年7月10日",
        "已经解决",
    ),
]


def write_showcase(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市委主题教育第三巡回指导组联系单位检视问题整改“回头看”阶段性成绩单"])
    w.writerow(["汇总截至：2024年7月26日"])
    w.writerow(["序号", "联系单位", "问题来源", "检视问题", "整改举措", "完成时限", "整改状态"])
    for i, row in enumerate(SHOWCASE_ROWS, 1):
        w.writerow([i, *row])
    counts = {
        word: sum(r[5] == word for r in SHOWCASE_ROWS) for word in ("已经解决", "正在解决", "准备着手解决")
    }
    summary = "、".join(f"{word}{n}个" for word, n in counts.items())
    w.writerow(["合计", "", "", f"共{len(SHOWCASE_ROWS)}个问题", "", "", summary])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 领导班子主题教育检视问题“四清单”, after a commentary on 主题教育检视整改 (领导班子及成员认真检视问题，深刻剖析根源，
# 明确整改举措，建立问题、任务、责任、标准“四清单”; 立查立改、即知即改、应改尽改):
# https://www.yybnet.net/news/china/201910/9725286.html
# A .wps (Word 97 via LibreOffice): title, 报送单位 line, a table whose columns are the four 清单 plus 完成时限 and
# 整改进展; the 责任清单 names the bureau's leaders and 科室 only, a 注 and the bureau and date at the foot.
FOUR_LIST_ROWS = [
    (
        "理论学习与业务工作结合不紧，存在学用脱节",
        "每月开展一次专题学习研讨",
        "局党组书记 王振东；办公室",
        "全年专题研讨不少于12次",
        "长期坚持",
        "常态化推进",
    ),
    (
        "农村公路“建管养运”中重建轻养，部分县乡道路面破损未及时修复",
        "开展县乡道路面病害排查修复",
        "分管副局长 刘卫华；公路管理科",
        "县乡道优良中等路率达到85%以上",
        "2024年10月底前",
        "已完成破损路段排查，修复工程正在招标",
    ),
    (
        "出租车拒载、议价问题投诉较多",
        "开展巡游出租车专项整治",
        "分管副局长 刘卫华；运输管理科",
        "投诉量同比下降30%",
        "2024年5月31日",
        "已完成专项整治，查处违规车辆37台，整改完成",
    ),
    (
        "交通工程项目审批环节多、时间长",
        "精简审批环节，推行并联审批",
        "分管副局长 孙丽；行政审批科",
        "审批时限压缩30%以上",
        "2024年6月30日",
        "已完成，审批时限由20个工作日压缩至12个工作日",
    ),
    (
        "城乡公交一体化推进慢，2个县城乡公交未实现全覆盖",
        "编制城乡公交一体化实施方案",
        "局长 张建国；综合规划科",
        "建制村通公交率100%",
        "2024年12月31日",
        "尚未启动",
    ),
    (
        "超限超载治理存在“以罚代管”",
        "建立货运源头企业监管台账",
        "分管副局长 孙丽；法规科",
        "重点货运源头单位监管全覆盖",
        "2024年8月31日",
        "",
    ),
    (
        "个别科室对群众来电推诿扯皮",
        "落实首问负责和来电登记制度",
        "机关党委书记 陈敏；人事科",
        "来电办结率100%",
        "2024年7月31日",
        "已建立首问负责和来电登记制度，已销号",
    ),
]


def write_four_lists_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市交通运输局党组领导班子主题教育检视问题“四清单”", 18)
    _paragraph(doc, "报送单位：濮阳市交通运输局    报送日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FOUR_LIST_ROWS, 1)]
    _table(
        doc,
        ["序号", "问题清单", "任务清单", "责任清单", "标准清单", "完成时限", "整改进展"],
        body,
    )
    _paragraph(doc, "注：问题、任务、责任、标准“四清单”经局党组会议研究确定，整改进展每月更新一次。", 12)
    _paragraph(doc, "中共濮阳市交通运输局党组", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_four_lists(path: Path) -> Path:
    return via_soffice(write_four_lists_docx, path, "doc", "领导班子检视问题四清单.docx")


# ---------------------------------------------------------------------------------------------
# 8. 集中整治问题清单, after a city's 集中整治和查处基层侵害群众利益不正之风和腐败问题实施方案 (整治范围: 派出所、国土
# 资源所、财政所等基层执法监管单位, 动物检疫站、供电所、卫生院、中小学校等公共服务站所, 乡镇及村组; 重点整治处事
# 不公、以权谋私、作风不实三类典型问题):
# https://qfxzx.com/html/.lfc.lzzd201609t20160919_480779.html
# An .xlsx: title, 填报单位/填报日期 line, one header row with 问题类型 merged down each type's rows, the 站所 and
# 乡镇 as 责任单位, a 整改情况 text and a 是否办结 (是/否) column, a 说明 line and a signature line.
CAMPAIGN_GROUPS = [
    (
        "处事不公",
        [
            (
                "办理户籍迁移时吃拿卡要，向群众索要“辛苦费”",
                "台前县公安局侯庙派出所",
                "2024年6月30日",
                "已对涉事辅警予以辞退，开展警示教育",
                "是",
            ),
            (
                "低保评定优亲厚友，3户村干部亲属违规享受低保",
                "台前县夹河乡人民政府",
                "2024年7月31日",
                "已取消3户低保资格，违规资金正在追缴",
                "否",
            ),
            (
                "惠民补贴“一卡通”发放延迟，部分农户补贴滞后3个月",
                "台前县打渔陈镇财政所",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "以权谋私",
        [
            (
                "村集体“三资”管理混乱，2个村集体土地发包未经民主程序",
                "台前县吴坝镇人民政府",
                "2024年9月30日",
                "已重新履行民主议事程序1宗，另1宗正在协商",
                "否",
            ),
            (
                "虚记诊疗项目套取医保基金",
                "台前县马楼镇卫生院",
                "2024年7月20日",
                "已追回医保基金4.6万元，整改完成",
                "是",
            ),
            ("动物检疫出证不检疫、收费不开票", "台前县清水河乡动物防疫站", "2024年8月31日", "未整改", "否"),
        ],
    ),
    (
        "作风不实",
        [
            (
                "课后服务违规收费，未按规定公示收费标准",
                "台前县第二实验小学",
                "2024年7月10日",
                "已退还违规收取费用并公示收费标准",
                "是",
            ),
            (
                "农村电网报修响应慢，故障抢修超时",
                "国网台前县供电公司孙口供电所",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_campaign(path: Path) -> Path:
    b = Book(path, author="县集中整治办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 42, 28, 16, 34, 10])
    b.line(ws, 0, "台前县群众身边不正之风和腐败问题集中整治问题清单（第二批）", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：台前县群众身边不正之风和腐败问题集中整治工作领导小组办公室    填报日期：2024年7月30日",
        6,
    )
    b.header(ws, 2, ["序号", "问题类型", "具体问题", "责任单位", "整改时限", "整改情况", "是否办结"])
    r, n = 3, 0
    for kind, rows in CAMPAIGN_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, unit, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, unit, limit, progress], first=2)
            b.put(ws, r, 6, closed, b.center)
            r += 1
    b.line(
        ws, r, "说明：问题类型按处事不公、以权谋私、作风不实三类划分；“是否办结”由县集中整治办公室核定。", 6
    )
    b.line(ws, r + 1, "审核人：翟冬梅    填表人：吕航    联系电话：0393-2216730", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 纪检监察建议书整改落实情况 (two returns in one zip), after a town 纪委's account of its 集中整治 work (向镇民政办
# 发出纪检监察建议书，要求在收到建议书之日起30日内将整改落实情况书面报送; 低保预警信息核查办结; 拟退出不再符合
# 条件的农村低保对象):
# http://www.nllz.gov.cn/html/m/wenzhang_820310.html
# A .zip holding an .xlsx from a district 纪委监委 (建议书编号, 类型, 送达日期 the “N日内” counts from, 被建议单位)
# and a .docx with a table from a town government whose rows name only its own 办所.
HUALONG_ROWS = [
    (
        "华纪建〔2024〕5号",
        "纪律检查建议书",
        date(2024, 5, 8),
        "华龙区民政局",
        "农村低保对象动态管理不及时，17名不再符合条件对象未退出",
        "30日内",
        "已清退17人并停发低保金，整改完成",
        "已书面报告",
    ),
    (
        "华纪建〔2024〕7号",
        "纪律检查建议书",
        date(2024, 6, 14),
        "华龙区岳村镇人民政府",
        "高龄津贴发放核查不严，向已去世老人发放津贴",
        "30日内",
        "已追回部分津贴，死亡信息比对机制正在建立",
        "未报送",
    ),
    (
        "华监建〔2024〕3号",
        "监察建议书",
        date(2024, 7, 2),
        "华龙区人力资源和社会保障局",
        "公益性岗位人员“吃空饷”，2人长期不在岗",
        "60日内",
        "",
        "",
    ),
    (
        "华纪建〔2024〕9号",
        "纪律检查建议书",
        date(2024, 7, 5),
        "华龙区孟轲乡人民政府",
        "耕地地力保护补贴面积虚报，补贴面积大于实际承包面积",
        "30日内",
        "尚未开展核查",
        "未报送",
    ),
    (
        "华纪建〔2024〕4号",
        "纪律检查建议书",
        date(2024, 4, 22),
        "华龙区中原路街道办事处",
        "社区“三务”公开不及时，低保、救助名单未公示",
        "30日内",
        "已全部公开，已销号",
        "已书面报告",
    ),
]
QIANKOU_ROWS = [
    (
        "纪检监察基层版推送低保预警信息45条，逾期未核查12条",
        "民政办",
        "2024年6月20日",
        "30日内",
        "已核查办结45条，拟退出不符合条件对象9人，整改完成",
    ),
    ("4户家庭有商品房及车辆仍享受低保", "民政办", "2024年6月20日", "30日内", "已停发3户，1户正在复核"),
    ("临时救助审批未经村级评议公示", "社会事务办", "2024年7月8日", "30日内", ""),
    (
        "残疾人两项补贴动态调整滞后",
        "社会事务办",
        "2024年5月30日",
        "30日内",
        "已完成补贴调整，已书面报告镇纪委",
    ),
]


def write_hualong_book(path: Path) -> Path:
    b = Book(path, author="华龙区纪委监委")
    ws = b.sheet("建议书台账")
    b.widths(ws, [6, 18, 16, 12, 24, 40, 10, 30, 12])
    b.line(ws, 0, "华龙区纪检监察建议书整改落实情况台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区纪委监委党风政风监督室    统计截至：2024年7月29日    整改时限自建议书送达之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "建议书编号",
            "建议书类型",
            "送达日期",
            "被建议单位",
            "指出的问题",
            "整改时限",
            "整改落实情况",
            "书面报告情况",
        ],
    )
    for i, row in enumerate(HUALONG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(HUALONG_ROWS), "填表人：冯子涵    联系电话：0393-8186215", 8)
    return b.close()


def write_qiankou_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "南乐县千口镇人民政府关于镇纪委纪律检查建议书整改落实情况的报告", 18)
    _paragraph(doc, "镇纪委：", 12)
    _paragraph(
        doc,
        "我镇收到镇纪委纪律检查建议书后，逐条明确责任办所，在收到建议书之日起30日内整改。现将整改落实情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(QIANKOU_ROWS, 1)]
    _table(doc, ["序号", "建议书指出问题", "责任办所", "收到日期", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "南乐县千口镇人民政府", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_advice_zip(path: Path) -> Path:
    return _zip_members(
        path,
        [
            ("华龙区纪检监察建议书整改落实情况台账.xlsx", write_hualong_book),
            ("千口镇关于纪律检查建议书整改落实情况的报告.docx", write_qiankou_docx),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 10. 惠民惠农补贴资金专项督查发现问题整改台账, after a town 纪委's 惠民惠农补贴 集中整治 work (紧盯补贴资金申报、
# 发放等重点环节开展专项督查; 现场核查、走访问询、数据比对; 耕地保护补贴、稻谷补贴; 申领审核把关不严、应发未发、
# 错发多发等问题及时反馈并督促相关职能部门整改; “一卡通”系统发放):
# http://m.guichijjjc.gov.cn/dfzf/p/3345.html
# An .ods (LibreOffice conversion of an .xlsx): title, 统计截至/金额单位 line, one header row with 补贴项目, 发现方式,
# 问题类型, 涉及金额 and a 整改完成时间 date column beside 备注 (progress is read from both), a 合计 row and a 说明 line.
SUBSIDY_ROWS = [
    (
        "耕地地力保护补贴",
        "数据比对",
        "错发多发",
        "3户农户承包地已流转，仍由原承包户重复领取补贴",
        1860,
        "清丰县农业农村局",
        "2024年7月31日",
        date(2024, 7, 18),
        "已追回",
    ),
    (
        "实际种粮农民一次性补贴",
        "走访问询",
        "应发未发",
        "柳格镇2个村11户种粮农民补贴未发放到位",
        4350,
        "清丰县柳格镇人民政府",
        "2024年8月15日",
        "",
        "已补录信息，待县财政局拨付",
    ),
    (
        "城乡居民最低生活保障",
        "数据比对",
        "错发多发",
        "6名财政供养人员亲属违规享受低保",
        21600,
        "清丰县民政局",
        "2024年7月31日",
        date(2024, 7, 25),
        "",
    ),
    (
        "高龄津贴",
        "数据比对",
        "错发多发",
        "向已死亡人员发放高龄津贴",
        2400,
        "清丰县民政局",
        "2024年6月30日",
        date(2024, 6, 21),
        "",
    ),
    (
        "城乡居民基本养老保险",
        "现场核查",
        "审核把关不严",
        "养老保险待遇资格认证走过场，存在代认证现象",
        "",
        "清丰县人力资源和社会保障局",
        "2024年9月30日",
        "",
        "未整改",
    ),
    (
        "困难残疾人生活补贴",
        "走访问询",
        "应发未发",
        "新办证残疾人未及时纳入补贴发放",
        1560,
        "清丰县残疾人联合会",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "“一卡通”发放管理",
        "现场核查",
        "审核把关不严",
        "村干部代管群众“一卡通”存折",
        "",
        "清丰县财政局",
        "长期坚持",
        "",
        "常态化开展清理，长期坚持",
    ),
    (
        "农机购置补贴",
        "现场核查",
        "审核把关不严",
        "农机购置补贴机具核验照片重复使用",
        9800,
        "清丰县农业农村局",
        "2024年9月30日",
        "",
        "正在逐台复核",
    ),
]


def write_subsidy_book(path: Path) -> Path:
    b = Book(path, author="清丰县纪委监委")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 10, 12, 40, 10, 24, 14, 14, 26])
    b.line(ws, 0, "清丰县惠民惠农补贴资金专项督查发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：清丰县纪委监委第三监督检查室    统计截至：2024年7月30日    金额单位：元", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "补贴项目",
            "发现方式",
            "问题类型",
            "问题描述",
            "涉及金额",
            "责任部门",
            "整改时限",
            "整改完成时间",
            "备注",
        ],
    )
    for i, row in enumerate(SUBSIDY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SUBSIDY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, f"共{len(SUBSIDY_ROWS)}个问题", b.cell)
    b.put(ws, end, 5, sum(r[4] for r in SUBSIDY_ROWS if r[4] != ""), b.cell)
    for c in range(6, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 1, "说明：整改完成时间由责任部门填报，经县纪委监委核实。", 9)
    b.line(ws, end + 2, "填表人：岳晓彤    联系电话：0393-7221346", 9)
    return b.close()


def write_subsidy(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = write_subsidy_book(Path(tmp) / "惠民惠农补贴整改台账.xlsx")
        soffice(source, "ods", path)
    return fixed_zip(path)


FILES = [
    ("城建领域专项巡察边巡边改问题整改情况调度表.xlsx", write_patrol),
    ("范县县委第五轮巡察反馈问题整改情况统计表.xls", write_county),
    ("学前教育学院关于校党委巡察反馈意见整改进展情况的报告.docx", write_college),
    ("2024年度审计发现问题整改销号台账.xlsx", write_audit_ledger),
    ("2023年度市本级预算执行审计查出问题整改分类台账.et", write_classify),
    ("主题教育检视问题整改回头看阶段性成绩单.csv", write_showcase),
    ("市交通运输局领导班子主题教育检视问题四清单.wps", write_four_lists),
    ("台前县群众身边不正之风和腐败问题集中整治问题清单（第二批）.xlsx", write_campaign),
    ("纪检监察建议书整改落实情况（华龙区、南乐县千口镇）.zip", write_advice_zip),
    ("清丰县惠民惠农补贴资金专项督查发现问题整改台账.ods", write_subsidy),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

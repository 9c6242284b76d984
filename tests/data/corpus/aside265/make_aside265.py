"""Write the aside265 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 巡视巡察整改与纪检监察建议、作风督查暗访 (县直部门、乡镇街道、国企、医院学校), with 整改报告, 对照表 and
销号表. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of
an .xlsx and two .docx), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx, member names in GBK as Windows archivers write them). Contents are made up; the
statistics date is 2024-07-31.
Run from this folder: python make_aside265.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
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
# 1. 医院纪委监督检查建议书挂账销号台账, after a county 人民医院纪委's account of its 监督检查建议书 (针对监督检查中发现
# 的典型问题以及制度漏洞、岗位风险、管理薄弱点，向总院职能科室、医共体卫生院制发建议书14份; 对建议中的问题实行统一
# “挂账”管理; 现场督查、电话抽查、“回头看”; 实行销号管理; 对回复情况进行真实性倒查; 1家未及时整改、1家涉嫌虚假
# 整改的医共体卫生院通报批评):
# http://szb.eyesnews.cn/pad/cont/202205/24/content_58757.html
# An .xlsx: title, 填报单位/统计截至 line, a 时限说明 line (N日内 counts from the 发出日期), one header row whose
# 被建议科室（单位） column mixes the hospital's own 科室 with the 医共体 卫生院 (separate units), a 跟踪方式 column, a
# 销号情况 column beside 整改落实情况 and a 备注 column, a 说明 line and a signature line.
HOSPITAL_ROWS = [
    (
        "县医院纪建〔2024〕1号",
        date(2024, 3, 12),
        "药剂科",
        "新进药品、耗材遴选记录不完整，部分新进药品未经药事管理与药物治疗学委员会集体讨论",
        "修订药品耗材遴选制度，新进品种一律集体研究",
        "30日内",
        "已修订药品遴选制度，新进药品全部提交药事会研究",
        "现场督查",
        "已销号",
        "",
    ),
    (
        "县医院纪建〔2024〕2号",
        date(2024, 3, 12),
        "设备科",
        "大型医用设备采购论证流于形式，个别设备年使用率不足30%",
        "开展设备使用效益分析，建立采购前论证制度",
        "2024年6月30日前",
        "已完成使用效益分析，闲置设备调配方案正在报批",
        "电话抽查",
        "",
        "",
    ),
    (
        "县医院纪建〔2024〕4号",
        date(2024, 4, 8),
        "濮阳县庆祖镇卫生院",
        "基本公共卫生服务项目资金支出凭证不全，存在白条入账",
        "补正凭证，规范项目资金支出",
        "30日内",
        "回复称已整改",
        "回头看",
        "不予销号",
        "回头看发现白条仍未补正，涉嫌虚假整改，已通报批评",
    ),
    (
        "县医院纪建〔2024〕6号",
        date(2024, 5, 6),
        "财务科",
        "科室二级库耗材出入库未与财务账核对，账实不符",
        "建立二级库月度对账制度",
        "2024年7月31日前",
        "已建立月度对账制度，6月起按月对账",
        "现场督查",
        "已销号",
        "",
    ),
    (
        "县医院纪建〔2024〕7号",
        date(2024, 5, 6),
        "医务科",
        "医师外出会诊、多点执业审批备案不规范",
        "规范外出会诊审批备案",
        "立行立改",
        "已规范审批备案流程",
        "现场督查",
        "已销号",
        "",
    ),
    (
        "县医院纪建〔2024〕10号",
        date(2024, 6, 17),
        "后勤保障科",
        "食堂、保洁外包服务合同到期后未重新招标，仍按原合同续用",
        "依法重新组织招标",
        "2024年9月30日前",
        "招标文件已编制，待挂网",
        "电话抽查",
        "",
        "",
    ),
    (
        "县医院纪建〔2024〕11号",
        date(2024, 6, 17),
        "濮阳县梁庄镇卫生院",
        "家庭医生签约服务存在只签约不服务现象",
        "逐户回访签约居民，落实履约服务",
        "30日内",
        "逾期未回复",
        "电话抽查",
        "",
        "未及时整改，已通报批评",
    ),
    (
        "县医院纪建〔2024〕13号",
        date(2024, 7, 8),
        "人事科",
        "编外临聘人员招聘未公开发布招聘信息",
        "建立编外人员公开招聘制度",
        "2024年12月底前",
        "",
        "",
        "",
        "",
    ),
    (
        "县医院纪建〔2024〕14号",
        date(2024, 7, 8),
        "濮阳县柳屯镇卫生院",
        "药品零差率销售执行不到位，个别药品加价销售",
        "清退多收药费，按零差率销售",
        "15日内",
        "已清退多收药费1860元，调整药品价格",
        "现场督查",
        "已销号",
        "",
    ),
]


def write_hospital(path: Path) -> Path:
    b = Book(path, author="院纪委办公室")
    ws = b.sheet("建议书挂账台账")
    b.widths(ws, [6, 20, 12, 18, 40, 28, 16, 30, 10, 10, 30])
    b.line(ws, 0, "濮阳县人民医院纪委监督检查建议书挂账销号台账（2024年）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县人民医院纪委    统计截至：2024年7月30日", 10)
    b.line(ws, 2, "整改时限为“N日内”“立行立改”的，自建议书发出之日起计算。", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "建议书编号",
            "发出日期",
            "被建议科室（单位）",
            "发现问题（制度漏洞、岗位风险、管理薄弱点）",
            "监督建议",
            "整改时限",
            "整改落实情况",
            "跟踪方式",
            "销号情况",
            "备注",
        ],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(HOSPITAL_ROWS)
    b.line(
        ws,
        end,
        "说明：建议书回复后由院纪委通过现场督查、电话抽查、“回头看”等方式跟踪，经核实整改到位的予以销号。",
        10,
    )
    b.line(ws, end + 1, "审核人：张海涛    填表人：李静    联系电话：0393-3256017", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 机关作风整顿督查发现问题整改台账, after a county's account of its 机关作风整顿 督查 (三个督查组以不打招呼、随机抽查
# 的方式深入到县直各单位、各部门、各乡镇; 重点对考勤制度、外出报备制度、请销假制度的执行情况及迟到早退、工作日期间
# 饮酒问题进行检查):
# https://i.xpaper.net/jrym/news/6524/40309/198230-1.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header (督查情况 over 督查组/督查时间/督查内容, 整改落实 over 整改时限/
# 整改情况/整改完成时间), the 督查组 (the inspector) beside the 被督查单位 (county bureaus and towns), 立行立改 counted
# from the 督查时间, one row with only a 完成时间, a 注 line and a signature line.
STYLE_ROWS = [
    (
        "第一督查组",
        "2024.6.11",
        "清丰县自然资源局",
        "考勤制度",
        "考勤记录由专人代签，6月份考勤表与实际到岗情况不符",
        "规范考勤管理",
        "立行立改",
        "已启用人脸识别考勤机，整改到位",
        "2024.6.12",
    ),
    (
        "第一督查组",
        "2024.6.11",
        "韩村镇人民政府",
        "外出报备",
        "工作日上午9时3名干部不在岗，外出未履行报备手续",
        "建立干部外出去向登记制度",
        "7月10日前",
        "",
        "2024.7.8",
    ),
    (
        "第二督查组",
        "2024.6.13",
        "清丰县市场监督管理局",
        "请销假",
        "请假审批后未销假，2名干部休假超期未作说明",
        "完善请销假制度",
        "6月底前",
        "已修订请销假制度，整改完成",
        "2024.6.26",
    ),
    (
        "第二督查组",
        "2024.6.13",
        "马庄桥镇人民政府",
        "迟到早退",
        "下午上班时间镇便民服务中心窗口人员迟到",
        "严格落实窗口值守",
        "长期坚持",
        "已调整窗口排班，长期坚持",
        "",
    ),
    (
        "第三督查组",
        "2024.6.18",
        "清丰县交通运输局",
        "工作日饮酒",
        "下属运输管理所1名职工工作日午餐饮酒",
        "严肃处理，举一反三",
        "2024年7月15日",
        "已移交县纪委监委处理",
        "",
    ),
    (
        "第三督查组",
        "2024.6.18",
        "六塔乡人民政府",
        "考勤制度",
        "乡政府未落实值班带班制度，值班室无人值守",
        "完善值班带班制度",
        "2024年7月5日",
        "未整改",
        "",
    ),
    (
        "第一督查组",
        "2024.7.2",
        "清丰县卫生健康委员会",
        "工作纪律",
        "工作时间1名干部浏览购物网站",
        "开展警示教育",
        "7月20日前",
        "",
        "",
    ),
    (
        "第二督查组",
        "2024.7.3",
        "清丰县教育局",
        "外出报备",
        "外出公务无审批记录，公务用车派车单填写不全",
        "规范公务外出审批和派车管理",
        "2024年8月31日",
        "正在完善派车审批流程",
        "",
    ),
]


def write_style(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "清丰县机关作风整顿督查发现问题整改台账", t, 0, 10),
        (1, 0, "填报单位：清丰县机关作风整顿工作领导小组办公室    填报时间：2024年7月30日", plain, 1, 10),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "督查情况", h, 2, 3),
        (3, 1, "督查组", h),
        (3, 2, "督查时间", h),
        (3, 3, "督查内容", h),
        (2, 4, "被督查单位", h, 3, 4),
        (2, 5, "发现问题", h, 3, 5),
        (2, 6, "整改要求", h, 3, 6),
        (2, 7, "整改落实", h, 2, 9),
        (3, 7, "整改时限", h),
        (3, 8, "整改情况", h),
        (3, 9, "整改完成时间", h),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, (group, when, unit, what, problem, ask, limit, progress, done) in enumerate(STYLE_ROWS, 1):
        r = 3 + i
        values = [i, group, when, what, unit, problem, ask, limit, progress, done, ""]
        for col, v in enumerate(values):
            cells.append((r, col, v, ctr if col in (0, 1, 2, 3, 7, 9) else c))
    r = 4 + len(STYLE_ROWS)
    cells += [
        (
            r,
            0,
            "注：督查采取不打招呼、随机抽查方式；“立行立改”事项自督查当日起整改；已整改的填写整改完成时间。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "审核人：王振华    填表人：刘晓燕    联系电话：0393-7226581", plain, r + 1, 10),
    ]
    return _write_xls(path, [("整改台账", cells)], widths=[6, 12, 12, 10, 22, 40, 24, 14, 30, 14, 8])


# ---------------------------------------------------------------------------------------------
# 3. 纠风暗访发现问题整改反馈汇总表, after a province's 纠风系统联合大河报暗访 of government departments and public
# service trades (暗访76个政府部门和公共服务行业，共发现各类问题456个，其中工作秩序问题比较突出; 办公室工作人员在
# 床上闲躺; 办事大厅排队、一次性告知、便民设施):
# http://txlx.com.cn/jiaoyu/20f20ce3be34e3e5ddaaa0cb5c68fd0a.html
# A CSV in UTF-8 with a BOM: a title line, a line stating the 暗访时间 and that every 整改时限 counts from the 交办日期,
# one header line with 暗访日期, 交办日期 and 问题类别, the departments under short and former names, working-day
# limits (one across the 端午 holiday), a 反馈日期 column, a 合计 line and a signature line.
ANFANG_ROWS = [
    (
        "2024-06-03",
        "2024-06-05",
        "市国土局",
        "工作秩序",
        "不动产交易大厅二楼办公室工作人员上班时间躺卧休息",
        "10个工作日内",
        "已对当事人批评教育，整改完成",
        "2024-06-18",
    ),
    (
        "2024-06-04",
        "2024-06-05",
        "市人社局",
        "服务态度",
        "社保窗口工作人员对咨询群众态度生硬，未一次性告知所需材料",
        "10个工作日内",
        "已开展窗口服务规范培训，一次性告知单正在修订",
        "",
    ),
    (
        "2024-06-05",
        "2024-06-07",
        "市城管执法局",
        "工作秩序",
        "执法大队值班室工作时间无人值守，值班电话无人接听",
        "5个工作日内",
        "已整改",
        "2024-06-14",
    ),
    (
        "2024-06-06",
        "2024-06-07",
        "市卫计委",
        "办事效率",
        "医师执业注册窗口材料审核超过承诺时限",
        "15个工作日内",
        "未整改",
        "",
    ),
    (
        "2024-06-11",
        "2024-06-12",
        "市公积金中心",
        "工作秩序",
        "提取业务窗口工作人员上班时间玩手机游戏",
        "立行立改",
        "已整改，当事人作出书面检查",
        "2024-06-12",
    ),
    (
        "2024-06-12",
        "2024-06-13",
        "市公交公司",
        "服务态度",
        "公交驾驶员到站不停、甩站，乘客投诉未及时处理",
        "1个月内",
        "正在开展驾驶员服务规范专项整顿",
        "",
    ),
    (
        "2024-06-13",
        "2024-06-14",
        "市燃气公司",
        "办事效率",
        "燃气开户需用户往返营业厅3次以上",
        "30日内",
        "",
        "",
    ),
    (
        "2024-06-14",
        "2024-06-17",
        "市交警支队",
        "工作秩序",
        "车管所查验区工作人员工作时间聚集闲聊",
        "10个工作日内",
        "已整改",
        "2024-06-26",
    ),
]


def write_anfang(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市纠风办联合濮阳日报社暗访发现问题整改反馈汇总表（2024年第二季度）"])
    w.writerow(["暗访时间：2024年6月3日至6月14日；整改时限均自交办之日起计算（工作日按国家法定工作日计）"])
    w.writerow(
        [
            "序号",
            "暗访日期",
            "交办日期",
            "被暗访单位",
            "问题类别",
            "暗访发现问题",
            "整改时限",
            "整改情况",
            "反馈日期",
        ]
    )
    for i, row in enumerate(ANFANG_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "交办问题8个", "", "已整改4个，正在整改2个，未整改1个", ""])
    w.writerow(
        ["填报单位：濮阳市纠风办（盖章）", "", "", "", "", "填报人：孙丽", "", "联系电话：0393-4418826", ""]
    )
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 县教育局落实县监委监察建议书整改情况的报告, after a county's account of a 监察建议书 sent to its 教育局 (结合师德
# 师风方面的三起案例，向县教育局明确提出工作建议和整改时限; 教育局召开专题会议研究部署整改; 在门户网站发布公告向
# 社会公布师德师风投诉举报电话; 对民政系统“死人吃低保”问题开展专项清理):
# http://m-enshifabu.cjyun.org/p/488331.html
# A .docx: title, 主送, preamble with the date the 监察建议书 was received (the base of the 立行立改 item), the items as
# numbered paragraphs (问题, 责任股室, 整改措施, 时限 and progress in sentences), a closing paragraph, the bureau and
# date at the foot. All items belong to the sending bureau; its 股室 are sections.
EDU_PARAS = [
    (
        "（一）师德师风监督举报渠道不畅通，群众反映教师违规问题无处投诉。整改措施：由人事股负责，在局门户网站"
        "发布公告，向社会公布师德师风投诉举报电话，2024年5月10日前完成。我局已于5月8日发布公告并公布举报电话，"
        "整改完成。"
    ),
    (
        "（二）个别在职教师有偿补课问题屡禁不止。整改措施：由基础教育股牵头开展专项排查，6月底前完成全县中小学"
        "在职教师有偿补课排查。目前已排查学校126所，城区5所学校排查尚未结束，正在推进。"
    ),
    (
        "（三）学生营养改善计划食材采购未按规定公开招标。整改措施：由计划财务股负责，2024年8月31日前完成食材"
        "配送企业公开招标。目前招标方案已报县财政局审核。"
    ),
    (
        "（四）教师职称评审推荐过程未全程公示。整改措施：由人事股负责建立推荐结果公示制度，属立行立改事项。"
        "已于4月制定公示办法，并在2024年度职称推荐中执行，已完成。"
    ),
    (
        "（五）部分学校将校园安保经费用于日常办公支出。整改措施：由计划财务股负责，2024年12月底前完成全县学校"
        "安保经费使用情况清理。该项工作尚未开展。"
    ),
    (
        "（六）教育系统师德考核机制不健全，考核结果运用不充分。整改措施：由人事股会同教育督导室建立师德考核"
        "长效机制，将考核结果与评优评先、职称晋升挂钩，长期坚持。"
    ),
    (
        "（七）校外培训机构监管存在空档，3家无证培训机构仍在招生。整改措施：由基础教育股会同属地乡镇联合执法，"
        "7月31日前依法取缔。"
    ),
]


def write_edu(path: Path) -> Path:
    doc = _new_document("人事股")
    _title(doc, "濮阳县教育局关于落实县监委监察建议书整改情况的报告")
    _paragraph(doc, "县监委：")
    _paragraph(
        doc,
        "2024年4月15日，我局收到县监委《监察建议书》（濮县监建〔2024〕2号），针对近期查处的三起师德师风案例，"
        "向我局提出7个方面的问题和整改建议。收到建议书后，局党组当即召开专题会议，逐条研究整改措施，明确责任"
        "股室和完成时限。现将整改落实情况报告如下：",
    )
    for text in EDU_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对尚未完成的事项挂账督办，确保按期整改到位，并及时向县监委报告。")
    _paragraph(doc, "濮阳县教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 市中医医院党委巡察整改进展情况的通报, after a 市中医医院's public notice of its 巡察整改情况 (市委第三巡察组巡察，
# 反馈巡察意见; 按照党务公开原则予以公布; 成立由院党委书记任组长的巡察整改工作领导小组; 依据“谁主管、谁负责”将任务
# 分解到各部门; 列出整改任务清单):
# http://seowindows.com/article/yuanwugongkai/17645.html
# A .doc (Word 97 via LibreOffice): title, preamble with the 反馈 date (the base of the 立行立改 row), headed paragraphs,
# a table with 牵头院领导 and 责任部门 (the hospital's own departments), deadlines as dates, 立行立改, 第三季度 and 长期坚持,
# a closing paragraph inviting supervision with a phone number, the Party committee and date at the foot.
TCM_ROWS = [
    (
        "落实“第一议题”制度不到位，党委会学习后未研究贯彻措施",
        "党委会学习后逐项研究贯彻措施，建立落实台账",
        "王建国",
        "党委办公室",
        "2024年6月30日",
        "已完成",
    ),
    (
        "大型医疗设备采购论证不充分，2台设备长期闲置",
        "开展设备效益评估，调配闲置设备",
        "李卫东",
        "采购中心",
        "2024年9月30日",
        "已完成效益评估，调配方案正在论证",
    ),
    (
        "医保基金使用不规范，存在串换项目收费",
        "全面自查，退回违规费用",
        "李卫东",
        "医保办",
        "立行立改",
        "已退回违规费用12.6万元，整改到位",
    ),
    (
        "临床科室医德医风考评流于形式",
        "修订医德考评办法，按季度考评",
        "赵红梅",
        "医务部、护理部",
        "长期坚持",
        "已修订考评办法，按季度考评，长期坚持",
    ),
    (
        "职工食堂承包合同到期后未重新招标",
        "依法重新组织招标",
        "孙志强",
        "后勤保障部",
        "2024年8月底前",
        "",
    ),
    (
        "中层干部选拔任用程序不规范，个别科室负责人长期“代理”",
        "按程序完成中层干部选任",
        "王建国",
        "人力资源部",
        "2024年12月底",
        "未启动",
    ),
    (
        "药品耗材集中带量采购执行率低于省定目标",
        "按月通报执行率，纳入科室考核",
        "赵红梅",
        "药学部",
        "第三季度",
        "正在推进，执行率由61%提升至78%",
    ),
]


def write_tcm_docx(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "中共濮阳市中医医院委员会关于市委巡察反馈意见整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月30日，市委第三巡察组对濮阳市中医医院党委进行了巡察。2024年5月20日，"
        "市委第三巡察组向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、加强组织领导，把巡察整改作为首要政治任务", font="黑体")
    _paragraph(
        doc,
        "院党委成立由党委书记任组长的巡察整改工作领导小组，依据“谁主管、谁负责”的原则，将整改任务分解到各部门，"
        "逐项明确牵头院领导、责任部门和完成时限。立行立改事项自巡察反馈之日起整改。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    body = [[str(i), *row] for i, row in enumerate(TCM_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "牵头院领导", "责任部门", "整改时限", "整改进展"], body)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对尚未完成的整改任务，院党委将持续跟踪督办，确保整改到位。欢迎广大干部群众对巡察整改落实情况进行监督。"
        "如有意见建议，请及时向我们反映。联系电话：0393-8119235。",
    )
    _paragraph(doc, "中共濮阳市中医医院委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_tcm(path: Path) -> Path:
    return via_soffice(write_tcm_docx, path, "doc", "市中医医院巡察整改进展通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 市属国有企业巡察反馈问题整改销号审核汇总表, after a city 纪委监委第四纪检监察室's follow-up of 巡察整改 in 市属国有
# 企业 (11家市属国有企业52个问题未完成整改，集中在经营管理、资产出租和工程建设三个方面; 难点堵点涉及历史遗留问题、
# 多部门协调、诉讼后执行难; 审核企业报送的整改报告，综合市国资委党委会商意见，对47个完成整改的问题予以销号，其中
# 需要后续持续跟进的转为企业常态工作):
# http://bj.crntt.com/doc/241_13572_106313570_1_0304100132.html
# An .xlsx: title, 审核单位/审核时间 line, a two-row header (整改情况 over 企业报送整改情况/难点类型, 审核意见 over
# 国资委党委会商意见/纪检监察室审核结论), the companies under full and short names, a 合计 row, a 说明 and a signature
# line. The 审核结论 overrides what a company reports (暂缓销号 after a company's 已完成整改).
SOE_ROWS = [
    (
        "濮阳市投资集团有限公司",
        "经营管理",
        "下属子公司对外担保未履行集团审批程序",
        "2024年3月31日",
        "已解除违规担保2笔，修订担保管理办法",
        "",
        "同意",
        "予以销号",
    ),
    (
        "濮阳市城市建设投资有限公司",
        "资产出租",
        "闲置商铺23间未公开招租，长期由个人低价承租",
        "2024年6月30日",
        "已收回14间并挂网公开招租，其余9间涉及诉讼",
        "诉讼后执行难",
        "同意持续跟进",
        "暂缓销号，持续跟进",
    ),
    (
        "濮阳市自来水公司",
        "工程建设",
        "供水管网改造工程未经竣工结算审计即支付尾款",
        "2024年5月31日",
        "已完成结算审计，多付工程款已追回",
        "",
        "同意",
        "予以销号",
    ),
    (
        "濮阳市燃气有限公司",
        "经营管理",
        "燃气工程安装费收费标准未公示，存在超标准收费",
        "2024年4月30日",
        "已公示收费标准，清退超收费用",
        "",
        "同意",
        "予以销号，转为企业常态工作",
    ),
    (
        "众意公交公司",
        "资产出租",
        "公交场站广告位出租未经资产评估，租金明显低于市场价",
        "2024年8月31日",
        "已委托评估机构评估，正在重新签订租赁合同",
        "",
        "",
        "",
    ),
    (
        "濮阳市国有资本运营集团有限公司",
        "工程建设",
        "工业园区标准化厂房项目拆分发包，规避公开招标",
        "2024年7月15日",
        "已完成整改",
        "",
        "整改不到位，需补充问责材料",
        "暂缓销号",
    ),
    (
        "濮阳市投资集团有限公司",
        "经营管理",
        "企业负责人履职待遇、业务支出管理不规范",
        "长期坚持",
        "已修订业务支出管理办法",
        "",
        "同意",
        "予以销号，转为企业常态工作",
    ),
    (
        "濮阳市城市建设投资有限公司",
        "工程建设",
        "安置房项目设计变更未经集体研究，增加投资1260万元",
        "2024年9月30日",
        "未启动",
        "历史遗留问题、多部门协调",
        "",
        "",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="第四纪检监察室")
    ws = b.sheet("销号审核")
    b.widths(ws, [6, 28, 10, 40, 14, 34, 16, 22, 22])
    b.line(ws, 0, "市属国有企业巡察反馈问题整改销号审核汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "审核单位：市纪委监委第四纪检监察室、市政府国资委党委    审核时间：2024年7月22日至26日",
        8,
    )
    for c, word in enumerate(["序号", "企业名称", "问题类别", "问题描述", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["企业报送整改情况", "难点类型"], first=5)
    b.merge(ws, 2, 7, 2, 8, "审核意见", b.head)
    b.header(ws, 3, ["国资委党委会商意见", "纪检监察室审核结论"], first=7)
    for i, row in enumerate(SOE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SOE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "共8个问题", b.cell)
    b.merge(ws, end, 5, end, 6, "", b.cell)
    b.merge(ws, end, 7, end, 8, "予以销号4个，暂缓销号2个", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：审核结论以纪检监察室意见为准；予以销号后需持续跟进的转为企业常态工作，由市政府国资委党委日常监管。",
        8,
    )
    b.line(ws, end + 2, "审核人：陈立新    填表人：郑雅文    联系电话：0393-8998106", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 纪检监察建议书落实情况“回头看”督导台账, after a district 纪委监委's account of its 监察建议书 follow-up (资产经营
# 公司指导下属物业管理公司新增制度26项、修订6项，保安服务公司新增制度14项、修订4项; 制发建议前召开“面商会”;
# 城管系统临聘人员违纪案提出3条监察建议; “一改双督”：建议书同步送达被建议党组织及其主管部门; 督导组通过实地走访、
# 明察暗访、问卷回访对13份建议书执行情况开展“回头看”):
# https://hzlz.hangzhou.com.cn/articles/16656.html
# An .et (an .xlsx converted by LibreOffice to Excel 97, saved as WPS 表格 names it): title, 督导组/填报日期 line, a
# 时限说明 line, one header row with 被建议单位 beside its 主管部门 (the 一改双督 copy) and the 督导方式, 30日内 counted
# from the 发出日期, a 督导评价 column after 落实情况, a 说明 line and a signature line.
ADVICE_ROWS = [
    (
        "台纪建〔2024〕3号",
        date(2024, 3, 5),
        "台前县台兴物业管理有限公司",
        "台前县国有资产运营有限公司",
        "内控管理制度缺失，物业费收缴、车位出租无台账",
        "30日内",
        "新增内控制度26项、修订6项，已落实",
        "实地走访",
        "整改到位",
    ),
    (
        "台纪建〔2024〕3号",
        date(2024, 3, 5),
        "台前县台安保安服务有限公司",
        "台前县国有资产运营有限公司",
        "保安派遣人员工资代发未经财务审核，存在虚列人员风险",
        "30日内",
        "新增制度14项、修订4项，派遣人员工资改由财务统一发放",
        "问卷回访",
        "整改到位",
    ),
    (
        "台监建〔2024〕5号",
        date(2024, 4, 22),
        "台前县城市管理局",
        "—",
        "临聘协管人员管理松散，存在以罚代管、吃拿卡要问题",
        "2024年6月30日",
        "已清退违纪临聘人员2名，协管人员管理办法正在修订",
        "明察暗访",
        "基本到位，继续跟踪",
    ),
    (
        "台监建〔2024〕7号",
        date(2024, 5, 13),
        "侯庙镇人民政府",
        "—",
        "村级集体资产发包未经民主程序，合同期限超过法定年限",
        "2024年8月31日",
        "",
        "实地走访",
        "未见整改，已约谈提醒",
    ),
    (
        "台纪建〔2024〕9号",
        date(2024, 6, 3),
        "打渔陈镇人民政府",
        "—",
        "低保动态管理不到位，3户不符合条件家庭仍在享受低保",
        "30日内",
        "已停发2户，1户正在入户核查",
        "问卷回访",
        "",
    ),
    (
        "台监建〔2024〕11号",
        date(2024, 6, 24),
        "台前县卫生健康委员会",
        "—",
        "村卫生室基本药物零差率销售执行不到位",
        "2024年9月30日",
        "",
        "",
        "",
    ),
    (
        "台纪建〔2024〕12号",
        date(2024, 7, 1),
        "孙口镇人民政府",
        "—",
        "镇村干部节假日值班制度执行不严，值班期间脱岗",
        "长期坚持",
        "已建立值班抽查通报制度，常态化推进",
        "明察暗访",
        "",
    ),
]


def write_advice_book(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("回头看台账")
    b.widths(ws, [6, 18, 12, 26, 24, 40, 14, 34, 10, 18])
    b.line(ws, 0, "台前县纪委监委纪检监察建议书落实情况“回头看”督导台账", 9, b.title)
    b.line(ws, 1, "督导组：县纪委监委建议书落实督导组    填报日期：2024年7月29日", 9)
    b.line(ws, 2, "书面回复期限为“30日内”的，自建议书发出之日起计算。", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "建议书文号",
            "发出日期",
            "被建议单位",
            "主管部门（同步送达）",
            "建议事项",
            "书面回复期限",
            "落实情况",
            "督导方式",
            "督导评价",
        ],
    )
    for i, row in enumerate(ADVICE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ADVICE_ROWS)
    b.line(
        ws,
        end,
        "说明：建议书同步送达被建议单位及其主管部门（一改双督）；督导评价分整改到位、基本到位、未整改到位三类。",
        9,
    )
    b.line(ws, end + 1, "督导组组长：马俊峰    填表人：韩笑    联系电话：0393-2216038", 9)
    return b.close()


def write_advice(path: Path) -> Path:
    return via_soffice(write_advice_book, path, "xls", "建议书回头看督导台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 中学党委巡察整改进展情况公示, after a 中学's public notice of its 巡察整改进展 (市委巡察组巡察后向学校党委反馈巡察
# 意见; 按照党务公开原则予以公布; 组建落实巡察整改工作领导小组，学校领导班子成员主抓分管领域，各行政部门负责人具体
# 负责; 明确各项巡察反馈意见整改工作责任主体和整改时限表，建立问题清单、责任清单和任务清单):
# http://ntlz.gov.cn/html/2020-5/202052223862.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it) with a table: title, preamble with the 反馈 date (the base of the 立行立改 row), an 附 line, a table with
# 责任主体（校领导） and 责任部门 (the school's own offices), a contact paragraph, the Party committee and date.
SCHOOL_ROWS = [
    (
        "意识形态工作责任制落实不到位，校园网站、公众号信息审核不严",
        "建立信息发布三审三校制度",
        "刘振宇",
        "校长办公室",
        "2024年6月30日",
        "已建立三审三校制度，已完成",
    ),
    (
        "教辅资料征订未经家长委员会审议，存在统一征订",
        "停止统一征订，按规定由家长自愿选用",
        "高文杰",
        "教务处",
        "立行立改",
        "已停止统一征订，整改完成",
    ),
    (
        "学校食堂大宗食材采购未公开比选",
        "制定食材采购比选办法，公开比选供应商",
        "何建军",
        "总务处",
        "2024年8月20日前",
        "比选方案已制定，计划8月中旬组织比选",
    ),
    (
        "在职教师参与校外有偿补课问题排查不彻底",
        "每学期开展一次专项排查，畅通举报渠道",
        "高文杰",
        "政教处",
        "长期坚持",
        "每学期开展一次排查，长期坚持",
    ),
    (
        "专项经费支出由一人审批，未经集体研究",
        "修订财务管理办法，大额支出集体研究",
        "刘振宇",
        "财务室",
        "2024年7月31日",
        "财务管理办法正在修订",
    ),
    (
        "校园维修工程未办理竣工验收即支付工程款",
        "补办竣工验收，完善工程款支付审核",
        "何建军",
        "总务处",
        "2024年12月31日",
        "尚未整改",
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("校长办公室")
    _title(doc, "中共濮阳市第二高级中学委员会关于巡察整改进展情况的公示", 18)
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月4日至4月26日，市委第二巡察组对濮阳市第二高级中学进行了巡察。2024年5月17日，"
        "市委第二巡察组向学校党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        14,
    )
    _paragraph(doc, "附：巡察反馈问题整改责任清单和任务清单（立行立改事项自反馈之日起整改）", 12)
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(
        doc, ["序号", "反馈问题", "整改任务", "责任主体（校领导）", "责任部门", "整改时限", "进展情况"], body
    )
    _paragraph(doc, "欢迎广大师生和家长对学校巡察整改落实情况进行监督。联系电话：0393-4436120。", 12)
    _paragraph(doc, "中共濮阳市第二高级中学委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "市二高巡察整改进展情况公示.docx")


# ---------------------------------------------------------------------------------------------


# 9. 清明节期间作风建设专项督查问题整改反馈 (two returns in one zip), after a county 纪委监委's account of its
# 清明节 作风建设专项督查 (成立4个督查小组，采取“四不两直”、明察与暗访相结合; 紧盯违规吃喝、违规收送礼品礼金、公车私用、文明祭扫; 值班人员饮酒、
# 违规在单位食堂吃请、“吃公函”、借用管理服务对象车辆私人祭扫; 督查乡镇(街道)和县直单位20家，要求立即整改到位):
# http://www.jsjhjw.gov.cn/show.aspx?fID=56&id=19677&pid=4
# A .zip (member names in GBK) holding an .xlsx from one county (title, 督查时间/填报单位 line, a two-row header with
# ticks under 是否整改到位 (是 | 否), the 督查日期 the 立行立改 rows count from, the 督查小组 (the inspector) beside the
# 被督查单位, a 备注 column, a 注 and a signature line) and a .docx with a table from another county (督查日期 per
# row, 整改结果 in words, a 注 paragraph and the office at the foot).
QINGMING_ROWS = [
    (
        "第一督查小组",
        "2024.4.4",
        "南乐县城关镇人民政府",
        "节日值班人员值班期间饮酒",
        "立即整改",
        "立行立改",
        TICK,
        "",
        "",
    ),
    (
        "第二督查小组",
        "2024.4.4",
        "南乐县住房和城乡建设局",
        "公务车辆节日期间未按规定封存，1辆停放在居民小区",
        "立即整改",
        "立行立改",
        TICK,
        "",
        "",
    ),
    (
        "第三督查小组",
        "2024.4.5",
        "福堪镇人民政府",
        "在单位食堂违规安排公务接待，未提供公函",
        "举一反三，规范公务接待",
        "2024年5月31日",
        "",
        TICK,
        "公务接待审批制度正在修订",
    ),
    (
        "第四督查小组",
        "2024.4.5",
        "南乐县人民医院",
        "科室收受医药代表赠送的节日礼品",
        "立即清退，开展警示教育",
        "2024年4月30日",
        TICK,
        "",
        "已清退礼品，召开警示教育会",
    ),
    (
        "第一督查小组",
        "2024.4.6",
        "谷金楼乡人民政府",
        "值班带班领导不在岗，值班记录事后补记",
        "立即整改",
        "立行立改",
        "",
        TICK,
        "",
    ),
    (
        "第三督查小组",
        "2024.4.6",
        "南乐县农业农村局",
        "干部借用管理服务对象车辆私人祭扫",
        "严肃处理",
        "2024年6月30日",
        "",
        "",
        "",
    ),
    (
        "第二督查小组",
        "2024.4.7",
        "南乐县文化广电和旅游局",
        "文明祭扫宣传不到位，景区周边焚烧祭品无人劝导",
        "加强文明祭扫宣传劝导",
        "长期坚持",
        "",
        "",
        "已纳入文明创建常态化工作，长期坚持",
    ),
]


def write_qingming_book(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("整改反馈表")
    b.widths(ws, [6, 14, 12, 24, 40, 24, 14, 8, 8, 30])
    b.line(ws, 0, "南乐县清明节期间作风建设专项督查发现问题整改反馈表", 9, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年4月3日至4月7日    填报单位：南乐县纪委监委党风政风监督室    填报日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(
        ["序号", "督查小组", "督查日期", "被督查单位", "督查发现问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, (group, when, unit, problem, ask, limit, yes, no, note) in enumerate(QINGMING_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [group, when, unit, problem, ask], first=1)
        b.put(ws, r, 6, limit, b.center)
        b.put(ws, r, 7, yes, b.center)
        b.put(ws, r, 8, no, b.center)
        b.put(ws, r, 9, note)
    end = 4 + len(QINGMING_ROWS)
    b.line(ws, end, "注：“是否整改到位”栏在对应栏内打“√”；“立行立改”事项自督查当日起整改。", 9)
    b.line(ws, end + 1, "填表人：杨帆    审核人：周建设    联系电话：0393-7721406", 9)
    return b.close()


FANXIAN_ROWS = [
    (
        "2024年4月4日",
        "濮城镇人民政府",
        "清明节假期值班室无人值守，值班电话呼转至个人手机",
        "立即整改，落实24小时值班",
        "立行立改",
        "已整改",
    ),
    (
        "2024年4月4日",
        "范县水利局",
        "公务用车节假日未入库停放",
        "规范公务用车管理",
        "2024年4月20日",
        "已整改，公务用车全部入库停放",
    ),
    (
        "2024年4月5日",
        "王楼镇人民政府",
        "镇机关食堂节日期间违规安排宴请",
        "严肃处理，退缴相关费用",
        "2024年5月15日",
        "已退缴费用，相关人员正在处理",
    ),
    (
        "2024年4月6日",
        "范县自然资源局",
        "干部收受管理服务对象赠送的购物卡",
        "清退购物卡，移交问题线索",
        "2024年4月30日",
        "已移交县纪委监委",
    ),
    (
        "2024年4月6日",
        "杨集乡人民政府",
        "清明祭扫期间林区防火宣传不到位，散坟焚烧纸钱无人劝导",
        "加强防火宣传和巡查劝导",
        "长期坚持",
        "常态化推进",
    ),
]


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("党风政风监督室")
    _title(doc, "范县清明节期间纠治“四风”专项督查问题整改情况", 18)
    _paragraph(doc, "填报单位：范县纪委监委党风政风监督室    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FANXIAN_ROWS, 1)]
    _table(doc, ["序号", "督查日期", "被督查单位", "发现问题", "整改要求", "整改时限", "整改结果"], body)
    _paragraph(doc, "注：督查采取“四不两直”方式，“立行立改”事项自督查当日起整改。", 12)
    _paragraph(doc, "范县纪委监委党风政风监督室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_qingming_zip(path: Path) -> Path:
    members = [
        ("南乐县清明节作风督查问题整改反馈表.xlsx", write_qingming_book),
        ("范县清明节纠治四风专项督查问题整改情况.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 巡察期间立行立改问题交办整改情况汇总表, after a county 巡察组's account of its 村居巡察 of a 街道 (实地调查、入户
# 走访时发现居委会办公室附近垃圾桶长时间没有清理; 要求街道党工委立即整改并明确整改期限; 立即安排保洁员和居委会“两委”
# 整改落实到位，在全街道排查防止同类问题):
# https://i.xpaper.net/hnrbncb/news/7446/44859/224169-1.shtml
# An .xlsx: title, 被巡察单位/巡察时间 line, one header row with 交办单编号, 交办日期 (the base of 立行立改, N个工作日内
# and N日内) and 问题来源, the 责任单位 (the street, a community committee, a street health centre and two city units
# under short names), a 巡察组核实意见 column after 整改完成情况, a 说明 line and a signature line.
SPOT_ROWS = [
    (
        "JB-01",
        date(2024, 6, 19),
        "实地调查",
        "开州社区办公场所旁垃圾桶长期未清运，气味难闻",
        "华龙区中原路街道办事处",
        "立行立改",
        "已安排保洁员清理，并在全街道排查同类问题",
        "已核实，整改到位",
    ),
    (
        "JB-02",
        date(2024, 6, 21),
        "入户走访",
        "帝都社区2户困难群众临时救助申请超过2个月未办理",
        "华龙区中原路街道办事处",
        "5个工作日内",
        "已发放临时救助金",
        "整改到位",
    ),
    (
        "JB-03",
        date(2024, 6, 25),
        "来信来访",
        "国庆路老旧小区楼道堆放杂物，存在消防隐患",
        "华龙区中原路街道国庆社区居民委员会",
        "7日内",
        "已清理5栋楼道，剩余3栋正在清理",
        "",
    ),
    (
        "JB-04",
        date(2024, 6, 28),
        "实地调查",
        "中原路与京开道交叉口东北角占道经营，夜市摊点油污未清理",
        "市城管局",
        "10个工作日内",
        "已整改",
        "复查通过",
    ),
    (
        "JB-05",
        date(2024, 7, 3),
        "入户走访",
        "社区卫生服务站工作时间无医护人员在岗",
        "华龙区中原路街道社区卫生服务中心",
        "立行立改",
        "已调整排班",
        "复查仍有脱岗，继续整改",
    ),
    (
        "JB-06",
        date(2024, 7, 8),
        "来信来访",
        "社区“两委”换届后财务账目未移交",
        "华龙区中原路街道办事处",
        "2024年7月31日前",
        "",
        "",
    ),
    (
        "JB-07",
        date(2024, 7, 10),
        "实地调查",
        "春晖小区供水管网老化，频繁停水",
        "自来水公司",
        "2024年10月底前完成管网改造",
        "已列入2024年管网改造计划，正在设计",
        "",
    ),
    (
        "JB-08",
        date(2024, 7, 12),
        "入户走访",
        "低保对象家庭收入核查不及时，1户家庭成员已就业仍领取低保",
        "华龙区中原路街道办事处",
        "15日内",
        "未整改",
        "",
    ),
]


def write_spot(path: Path) -> Path:
    b = Book(path, author="区委第二巡察组")
    ws = b.sheet("立行立改交办")
    b.widths(ws, [6, 10, 12, 10, 40, 30, 18, 34, 20])
    b.line(ws, 0, "华龙区委第二巡察组立行立改问题交办整改情况汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "被巡察单位：华龙区中原路街道党工委及所辖社区    巡察时间：2024年6月17日至7月17日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "交办单编号",
            "交办日期",
            "问题来源",
            "交办问题",
            "责任单位",
            "整改期限",
            "整改完成情况",
            "巡察组核实意见",
        ],
    )
    for i, row in enumerate(SPOT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(SPOT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限为“立行立改”“N个工作日内”“N日内”的，自交办之日起计算；涉及市直部门的问题由区委巡察办协调交办。",
        8,
    )
    b.line(ws, end + 1, "巡察组联络员：许文博    联系电话：0393-8669027    填报日期：2024年7月29日", 8)
    return b.close()


FILES = [
    ("濮阳县人民医院纪委监督检查建议书挂账销号台账.xlsx", write_hospital),
    ("清丰县机关作风整顿督查发现问题整改台账.xls", write_style),
    ("纠风暗访发现问题整改反馈汇总表（2024年第二季度）.csv", write_anfang),
    ("濮阳县教育局关于落实县监委监察建议书整改情况的报告.docx", write_edu),
    ("市中医医院党委关于巡察反馈意见整改进展情况的通报.doc", write_tcm),
    ("市属国有企业巡察反馈问题整改销号审核汇总表.xlsx", write_soe),
    ("台前县纪检监察建议书落实情况回头看督导台账.et", write_advice),
    ("市二高党委巡察整改进展情况公示.wps", write_school),
    ("清明节期间作风建设专项督查问题整改反馈（南乐县、范县）.zip", write_qingming_zip),
    ("华龙区委第二巡察组立行立改问题交办整改情况汇总表.xlsx", write_spot),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

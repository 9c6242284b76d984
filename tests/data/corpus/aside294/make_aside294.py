"""Write the aside294 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 优化营商环境（审批、涉企检查、拖欠账款）, 招标投标与政府采购, 公共资源交易.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc (LibreOffice conversions of an .xlsx and
a .docx), .ods (LibreOffice conversion of an .xlsx, zip times fixed), a CSV in UTF-8 with BOM, a .docx whose items
are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx, member names in GBK as Windows writes
them). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside294.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def soffice(source: Path, suffix: str, target: Path, filter_name: str | None = None) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    convert = f"{suffix}:{filter_name}" if filter_name else suffix
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                convert,
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows' built-in zipper writes it."""

    def _encodeFilenameFlags(self):  # the name zipfile calls when it writes headers
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 清理拖欠中小企业账款立行立改问题清单及清偿进度台账, after a province's account of its 清理拖欠中小企业账款 work
# (将拖欠中小企业账款问题纳入立行立改问题清单; 快发现、快核查、快办结; 对明确属于拖欠账款的立即向有关市、部门下达
# 任务单; 无分歧欠款督促立即落实还款资金, 有分歧欠款督促双方协商还款方案; 健全台账管理制度，清单化、闭环式落实):
# http://m.taiyuanrx.com/news/20230706/193985.html
# An .xlsx: title, 填报单位/统计截至/金额单位 line, a 说明 line on 立行立改 counted from each row's 任务单下达日期, a
# two-row header (欠款情况 over 欠款金额 and 分歧情况, 清偿情况 over three columns), the 欠款单位 as the unit (bureaus
# under short names, a town, a hospital, a school, two companies), a 合计 row summing the money, a signature line.
ARREARS_ROWS = [
    (
        "市城管局",
        "濮阳市绿城园林工程有限公司",
        "工程款",
        "企业投诉",
        "中心城区道路绿化提升工程尾款未按合同约定支付",
        86.50,
        "无分歧",
        date(2024, 6, 28),
        "立行立改",
        86.50,
        date(2024, 7, 5),
        "已全部清偿",
    ),
    (
        "濮阳县城关镇人民政府",
        "濮阳县宏达建筑劳务有限公司",
        "工程款",
        "国家平台转办",
        "镇区污水管网改造工程进度款逾期未付",
        132.00,
        "无分歧",
        date(2024, 7, 2),
        "2024年8月31日",
        50.00,
        "",
        "已清偿50万元，剩余部分纳入镇财政预算分期支付",
    ),
    (
        "濮阳市妇幼保健院",
        "濮阳康诺医疗器械有限公司",
        "货物款",
        "12345营商环境专线",
        "医用耗材采购货款超过合同约定付款期限",
        47.30,
        "无分歧",
        date(2024, 7, 8),
        "立行立改",
        "",
        "",
        "",
    ),
    (
        "濮阳市投资集团有限公司",
        "濮阳市恒信钢结构有限公司",
        "工程款",
        "入企走访",
        "产业园标准化厂房钢结构工程结算款双方对工程量存在争议",
        215.60,
        "有分歧",
        date(2024, 6, 20),
        "2024年12月底前",
        0,
        "",
        "双方正在协商还款方案，已委托第三方审计机构核定工程量",
    ),
    (
        "市交通局",
        "濮阳市通达路桥工程有限公司",
        "工程款",
        "12345营商环境专线",
        "农村公路养护工程质保金到期未退还",
        28.40,
        "无分歧",
        date(2024, 7, 10),
        "立行立改",
        28.40,
        date(2024, 7, 16),
        "",
    ),
    (
        "濮阳市第二实验小学",
        "濮阳市启航办公设备有限公司",
        "货物款",
        "企业投诉",
        "多媒体教学设备采购款逾期未支付",
        19.80,
        "无分歧",
        date(2024, 7, 15),
        "2024年7月31日",
        0,
        "",
        "未清偿",
    ),
    (
        "清丰县住房和城乡建设局",
        "河南清丰恒泰建设工程有限公司",
        "工程款",
        "国家平台转办",
        "老旧小区改造工程进度款拖欠",
        96.00,
        "无分歧",
        date(2024, 7, 3),
        "9月底前",
        40.00,
        "",
        "部分清偿，剩余56万元已列入还款计划",
    ),
    (
        "濮阳供电公司",
        "濮阳市鑫源电力安装有限公司",
        "服务款",
        "企业投诉",
        "配网运维外委服务费延迟支付",
        33.70,
        "无分歧",
        date(2024, 7, 11),
        "立行立改",
        33.70,
        date(2024, 7, 19),
        "已清偿完毕",
    ),
]


def write_arrears(path: Path) -> Path:
    b = Book(path, author="清欠专班")
    ws = b.sheet("清欠台账")
    b.widths(ws, [6, 20, 24, 8, 12, 36, 10, 8, 12, 14, 10, 12, 30])
    last = 12
    b.line(ws, 0, "清理拖欠中小企业账款立行立改问题清单及清偿进度台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市清理拖欠企业账款工作专班办公室（市工业和信息化局代章）    统计截至：2024年7月26日"
        "    金额单位：万元",
        last,
    )
    b.line(
        ws,
        2,
        "说明：无分歧欠款实行“立行立改”，自任务单下达之日起落实还款资金；有分歧欠款督促双方协商还款方案，按约定时限清偿。",
        last,
    )
    for c, word in enumerate(["序号", "欠款单位", "债权企业", "欠款类型", "线索来源", "拖欠事项"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "欠款情况", b.head)
    b.header(ws, 4, ["欠款金额", "分歧情况"], first=6)
    b.merge(ws, 3, 8, 4, 8, "任务单下达日期", b.head)
    b.merge(ws, 3, 9, 4, 9, "清偿时限", b.head)
    b.merge(ws, 3, 10, 3, 12, "清偿情况", b.head)
    b.header(ws, 4, ["已清偿金额", "清偿完毕时间", "进展情况"], first=10)
    r = 5
    for i, row in enumerate(ARREARS_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c in (6, 10) and v != "" else None)
        r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 5, f"共{len(ARREARS_ROWS)}笔", b.cell)
    b.put(ws, r, 6, round(sum(row[5] for row in ARREARS_ROWS), 2), b.money)
    for c in (7, 8, 9):
        b.put(ws, r, c, "", b.cell)
    b.put(ws, r, 10, round(sum(row[9] for row in ARREARS_ROWS if row[9] != ""), 2), b.money)
    b.put(ws, r, 11, "", b.cell)
    b.put(ws, r, 12, "", b.cell)
    b.line(
        ws,
        r + 2,
        "审核人：王振华    填表人：李晓燕    联系电话：0393-8993216    填报日期：2024年7月29日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 行政审批制度改革落实情况专项督查问题整改台账, after a county 审改办's 督查 of the departments that hold approval
# items (是否及时承接落实下放事项, 是否进驻政务大厅, 是否建立台账, 流程图、办理要件和收费情况是否公开, 是否推行受理单
# 制度, 是否实行办理时限承诺制, 是否编制服务指南, 是否制定审查工作细则; 现场反馈, 要求限期整改):
# http://zhuoni.gsjgbz.gov.cn/znx_tzgg/201512/t20151201_98485.html
# An .xls (xlwt): title, 填报单位/督查时间 line, a line saying 限期整改 means 15 working days from the 7月3日 feedback,
# a two-row header with 是否完成整改 over 是 and 否 (ticks), bureaus under short and former names, 注 and signature lines.
REVIEW_ROWS = [
    (
        "市国土局",
        "事项承接",
        "省政府下放的建设用地规划许可等3项审批事项未及时承接落实",
        "制定承接方案，明确承办科室和人员",
        "限期整改",
        "√",
        "",
        "已完成承接，3项事项已进驻大厅办理",
    ),
    (
        "市工商局",
        "进驻大厅",
        "食品经营许可仍在部门内部受理，未进驻政务大厅统一办理",
        "审批事项全部进驻大厅",
        "2024年7月31日",
        "",
        "√",
        "已确定进驻窗口，正在调配窗口人员",
    ),
    (
        "市卫计委",
        "事项台账",
        "未建立行政审批事项台账，办件情况无法追溯",
        "建立审批事项及办件台账",
        "限期整改",
        "√",
        "",
        "",
    ),
    (
        "市交通局",
        "公开公示",
        "道路运输经营许可流程图、办理要件和收费情况未向社会公开",
        "在门户网站和政务大厅公开",
        "限期整改",
        "",
        "",
        "",
    ),
    (
        "市文广新局",
        "受理单制度",
        "未推行受理单制度，群众提交材料后无书面受理凭证",
        "推行受理单制度",
        "2024年8月15日",
        "",
        "√",
        "",
    ),
    (
        "市人社局",
        "时限承诺",
        "人力资源服务许可未实行办理时限承诺制",
        "明确承诺时限并公示",
        "限期整改",
        "√",
        "",
        "已在办事指南中明确承诺时限5个工作日",
    ),
    (
        "市住建委",
        "服务指南",
        "建筑工程施工许可服务指南未及时更新，仍列明已取消的2项前置要件",
        "修订服务指南",
        "8月底前",
        "",
        "√",
        "修订稿已报局党组审议",
    ),
    (
        "市水务局",
        "动态管理",
        "行政审批事项目录未实行动态调整，已取消事项仍保留在清单中",
        "建立事项目录动态调整机制",
        "长期坚持",
        "",
        "",
        "按季度核对调整，长期坚持",
    ),
]


def write_review(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "行政审批制度改革落实情况专项督查问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市行政审批制度改革工作领导小组办公室（市编办代章）    督查时间：2024年7月1日至3日",
            plain,
            1,
            8,
        ),
        (
            2,
            0,
            "督查组已于2024年7月3日现场反馈，“限期整改”事项自反馈之日起15个工作日内整改到位。",
            plain,
            2,
            8,
        ),
    ]
    for col, word in enumerate(["序号", "被督查单位", "督查重点", "存在问题", "整改要求", "整改时限"]):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 6, "是否完成整改", h, 3, 7),
        (4, 6, "是", h),
        (4, 7, "否", h),
        (3, 8, "整改落实情况", h, 4, 8),
    ]
    for i, row in enumerate(REVIEW_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 5, 6, 7) else c))
    r = 5 + len(REVIEW_ROWS)
    cells += [
        (r, 0, "注：“是否完成整改”栏在对应栏内打“√”；整改落实情况请附佐证材料。", plain, r, 8),
        (
            r + 1,
            0,
            "审核人：张海涛    填表人：刘佳    联系电话：0393-8991275    填报日期：2024年7月26日",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("督查整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 规范涉企行政执法专项行动挂牌督办问题整改进展, after a province's 司法厅 account of its 规范涉企行政执法专项行动
# (“四查”工作法; “执法监督+12345热线”线索互通; “问诊式”案卷评查、“靶向式”法治督察; 全面摸排问题线索, 形成
# “发现问题—整改落实—跟踪问效”闭环机制; 挂牌督办重点问题; “一业一查”跨部门联合抽查):
# http://sft.henan.gov.cn/2025/08-19/3203247.html
# A .docx: title, 主送, a preamble giving the 7月8日 督办 date, the items as numbered paragraphs each opening with the
# responsible unit (former and short names, a county bureau, a district bureau) and holding 督办时限 and 整改进展 in
# sentences, a closing paragraph, the bureau and date at the foot.
ENFORCE_PARAS = [
    (
        "（一）市城管执法局：对同一沿街商户一个月内重复开展市容秩序检查4次，干扰企业正常经营。督办时限：2024年"
        "8月15日前。整改进展：已制定“综合查一次”工作方案，正在组织实施。"
    ),
    (
        "（二）市环保局：对企业环境违法行为“一罚了之”，未开展说理式执法和指导帮扶。督办时限：2024年7月20日。"
        "整改进展：已对涉及的3家企业开展回访指导，经复查合格，整改完成。"
    ),
    (
        "（三）清丰县应急管理局：开展执法检查前未报备检查计划，检查人员未出示执法证件。督办时限：立行立改。"
        "整改进展：已落实检查计划报备和亮证执法制度，整改完成。"
    ),
    (
        "（四）市交通局：对货运车辆违法超限运输处罚标准不一，同类案件处罚金额相差较大。督办时限：9月底前出台"
        "行政处罚裁量基准。整改进展：目前尚未启动。"
    ),
    (
        "（五）华龙区市场监督管理局：对首次轻微违法的个体工商户未落实“首违不罚”，存在以罚代管倾向。"
        "督办时限：2024年8月31日。"
    ),
    (
        "（六）市税务局：对同一企业不同税种的检查分别进户，未实行“一次进户、全面体检”。督办时限：2024年10月底前。"
        "整改进展：已完成联合检查工作方案起草，正在征求意见。"
    ),
    (
        "（七）市消防救援支队：对企业消防检查发现问题的整改指导不到位，复查标准前后不一。督办时限：长期坚持。"
        "整改进展：建立检查标准公示制度，常态化推进。"
    ),
]


def write_enforce(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "濮阳市司法局关于规范涉企行政执法专项行动挂牌督办问题整改进展情况的报告")
    _paragraph(doc, "市优化营商环境工作领导小组办公室：")
    _paragraph(
        doc,
        "按照全市规范涉企行政执法专项行动部署，我局通过“执法监督+12345热线”线索互通、“问诊式”案卷评查和"
        "“靶向式”法治督察等方式全面摸排问题线索，于2024年7月8日对7个涉企执法突出问题下发挂牌督办通知，实行"
        "“发现问题—整改落实—跟踪问效”闭环管理（督办时限为“立行立改”的，自督办通知下发之日起整改）。"
        "现将截至7月29日的整改进展报告如下：",
    )
    for text in ENFORCE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对未按期完成整改的问题约谈责任单位负责人，并纳入年度法治政府建设考核。")
    _paragraph(doc, "濮阳市司法局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 公共资源交易现场见证不规范行为记录及整改情况通报表, after a city 公共资源交易中心's 通报 to 评标专家 (发挥“见证”
# 职能，对现场行为如实记录; 分类列出不合规行为和扣分; 年内记分满8分的通报行政监督部门并在诚信记录平台公布):
# http://ymwowo.com/cxgk/005004/005004002/20240731/ae2435ae-cd74-4684-ac70-56ab5e7fd7a2.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 通报单位/通报日期 line,
# a 说明 line with the 记分 rule and the base date of 立行立改 and 5个工作日内, one header row with 开标（评标）日期 (an
# event date) and 记分 beside an explicit 责任主体 (a school, agencies, county bureaus, the centre's own 科),
# an 经办人 line.
WITNESS_ROWS = [
    (
        "濮阳县第一高级中学学生公寓改造项目",
        date(2024, 5, 14),
        "招标人代表在评标过程中发表倾向性意见",
        "濮阳县第一高级中学",
        "扣4分",
        "约谈招标人代表，提交书面说明",
        "5个工作日内",
        "已提交书面说明，约谈已完成",
    ),
    (
        "市区雨污分流管网改造工程监理",
        date(2024, 5, 21),
        "代理机构项目负责人开标迟到40分钟，开标时间顺延",
        "濮阳市中诚招标代理有限公司",
        "扣2分",
        "加强项目人员内部管理",
        "5个工作日内",
        "已整改",
    ),
    (
        "市人民医院CT设备采购项目",
        date(2024, 6, 4),
        "评标区录音录像设备未正常开启，部分评审过程无影像记录",
        "市公共资源交易中心见证服务科",
        "—",
        "更换设备，开评标前逐项检测",
        "2024年7月20日",
        "已完成设备更换，整改完成",
    ),
    (
        "南乐县农村供水提升工程",
        date(2024, 6, 11),
        "代理机构未按招标文件规定的评标办法组织评审，评分汇总表计算错误",
        "河南豫信项目管理有限公司",
        "扣6分",
        "重新核对评审结果并书面报告",
        "2024年7月31日",
        "正在组织复核",
    ),
    (
        "清丰县实验幼儿园建设项目",
        date(2024, 6, 18),
        "招标人未按规定时间提交评标专家抽取申请，临时变更抽取时间",
        "清丰县教育局",
        "扣2分",
        "规范专家抽取申请程序",
        "2024年7月25日",
        "",
    ),
    (
        "台前县黄河滩区道路工程",
        date(2024, 6, 25),
        "招标文件澄清答疑未在交易平台发布，仅电话通知部分投标人",
        "台前县交通运输局",
        "扣4分",
        "澄清答疑一律通过交易平台发布",
        "立行立改",
        "未整改",
    ),
    (
        "市区老旧小区供热管网改造工程",
        date(2024, 6, 27),
        "代理机构未按规定向交易中心移交项目交易档案",
        "濮阳市中诚招标代理有限公司",
        "扣2分",
        "限期移交全部交易档案",
        "2024年8月10日",
        "已移交部分档案，剩余资料正在整理",
    ),
]


def write_witness_book(path: Path) -> Path:
    b = Book(path, author="见证服务科")
    ws = b.sheet("通报表")
    b.widths(ws, [6, 30, 12, 40, 26, 8, 24, 14, 28])
    b.line(ws, 0, "公共资源交易现场见证不规范行为记录及整改情况通报表（2024年第二季度）", 8, b.title)
    b.line(
        ws, 1, "通报单位：濮阳市公共资源交易中心    通报日期：2024年7月15日    整改反馈截至：2024年7月30日", 8
    )
    b.line(
        ws,
        2,
        "说明：记分按现场管理规定执行，年内累计记分满8分的通报行政监督部门；整改期限中“立行立改”和“5个工作日内”"
        "均自通报之日起计算。",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "项目名称",
            "开标（评标）日期",
            "见证发现问题",
            "责任主体",
            "记分",
            "整改要求",
            "整改期限",
            "整改反馈",
        ],
    )
    for i, row in enumerate(WITNESS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WITNESS_ROWS)
    b.line(ws, end, "经办人：郭静    审核人：马卫东    联系电话：0393-8166025", 8)
    return b.close()


def write_witness(path: Path) -> Path:
    return via_soffice(write_witness_book, path, "xls", "现场见证通报表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 乡镇（街道）政府采购执行情况专项检查问题整改情况汇总表, after a district 财政局's 政府采购执行情况检查 of its
# 乡镇、街道 (自查和抽查相结合, 自查阶段、重点检查阶段、整改提高三个阶段; 检查政府采购法律法规的执行情况、采购程序
# 的规范性、采购资料完整性; 提出整改建议, 要求各单位制订整改措施、建立完善制度、明确整改时限):
# http://zfcg.sqcz.suqian.gov.cn/gzdt/201709/4e2b3264ead437e99dd16b434ca7dbaf.html
# A CSV in UTF-8 with BOM: a title line, a 填报单位/检查时间 line, a line giving the base date of 立行立改, one header
# line with 检查方式 and 检查内容, towns and streets of 华龙区 as units, a 整改完成时间 column beside 整改情况, a 合计
# line and a signature line.
PROCURE_ROWS = [
    (
        "华龙区中原路街道办事处",
        "重点检查",
        "采购程序规范性",
        "办公家具采购未编制政府采购预算即组织采购",
        "先预算后采购，修订内部采购管理制度",
        "2024年8月15日",
        "",
        "已补编采购预算，内部采购管理制度正在修订",
    ),
    (
        "华龙区岳村镇人民政府",
        "重点检查",
        "采购资料完整性",
        "3个询价采购项目缺少询价小组签字的询价记录",
        "补齐采购资料并归档",
        "7月20日前",
        "2024/7/18",
        "已补齐",
    ),
    (
        "华龙区胜利路街道办事处",
        "自查",
        "法律法规执行情况",
        "将达到公开招标数额标准的物业服务项目拆分为两个项目分别采购",
        "合并采购需求，依法公开招标",
        "2024年9月30日",
        "",
        "未整改",
    ),
    (
        "华龙区孟轲乡人民政府",
        "重点检查",
        "合同管理",
        "政府采购合同未在签订之日起2个工作日内公告",
        "补充公告合同",
        "立行立改",
        "2024/7/12",
        "",
    ),
    (
        "华龙区京开街道办事处",
        "自查",
        "采购方式",
        "单一来源采购方式未履行公示程序",
        "规范单一来源采购审批和公示",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "华龙区新习镇人民政府",
        "重点检查",
        "履约验收",
        "道路保洁服务项目未组织履约验收即支付全部合同款",
        "组织补充验收",
        "2024年7月31日",
        "",
        "已委托第三方机构，正在开展补充验收",
    ),
    (
        "华龙区人民路街道办事处",
        "自查",
        "内部控制",
        "未建立政府采购内部控制制度，采购需求编制和履约验收由同一人负责",
        "建立内控制度，实行不相容岗位分离",
        "长期坚持",
        "",
        "常态化推进",
    ),
]


def write_procure(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区乡镇（街道）政府采购执行情况专项检查问题整改情况汇总表"])
    w.writerow(
        [
            "填报单位：华龙区财政局政府采购监督管理股    检查时间：2024年6月17日至7月12日（自查、重点检查、整改提高）"
        ]
    )
    w.writerow(["整改时限为“立行立改”的，自2024年7月12日检查反馈之日起整改"])
    w.writerow(
        [
            "序号",
            "被检查单位",
            "检查方式",
            "检查内容",
            "存在问题",
            "整改建议",
            "整改时限",
            "整改完成时间",
            "整改情况",
        ]
    )
    for i, row in enumerate(PROCURE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", f"共{len(PROCURE_ROWS)}个问题", "", "", "", "", "", "", "已完成整改2个"])
    w.writerow(["审核人：赵永刚", "填表人：孙璐", "联系电话：0393-4418720", "填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 工程建设招投标领域突出问题专项治理问题线索办理台账, after a county 发展和改革局's 关于征集全市工程建设招投标领域
# 专项整治问题线索的通知 (征集事项分招标人及代理机构、投标人、评标专家、标贩子、党政机关领导干部五类; 应招未招、
# 规避招标, 设置不合理条件限制和排斥潜在投标人, 串通投标、弄虚作假, 评标专家不能客观公正履职; 综合监督机构发改局;
# 投诉时限和处理流程见附件):
# https://hbbidcloud.cn/anlu/tzgg/20241015/d5edeb6d-4c29-4951-8524-feb7f9eefbae.html
# A .doc (Word 97 via LibreOffice): title, 综合监督机构/统计截至 line, a note that 办理时限 counts from 交办日期, a
# table whose items are grouped under three 征集事项 rows merged across, 承办单位 as the unit (county bureaus, city
# bureaus under short names), 办理时限 as N个工作日 or a date, a signature line.
CLUE_GROUPS = [
    (
        "一、招标人及代理机构",
        [
            (
                "举报电话",
                "濮阳县户部寨镇卫生院迁建工程",
                "招标文件设置与项目无关的企业业绩条件，限制潜在投标人",
                "濮阳县发展和改革委员会",
                "2024-07-01",
                "20个工作日",
                "已责令招标人修改招标文件并重新发布公告，已办结",
            ),
            (
                "电子邮箱",
                "市城区背街小巷改造提升工程",
                "应招未招，将依法必须招标的项目以竞争性磋商方式采购",
                "市住建局",
                "2024-07-08",
                "20个工作日",
                "正在调查核实",
            ),
            (
                "来信",
                "范县黄河滩区村庄道路硬化工程",
                "招标代理机构擅自修改招标文件实质性条款且未报备",
                "范县交通运输局",
                "2024-07-12",
                "15个工作日",
                "",
            ),
        ],
    ),
    (
        "二、投标人",
        [
            (
                "举报电话",
                "市第五中学教学楼抗震加固工程",
                "多家投标人的投标文件由同一单位编制，涉嫌串通投标",
                "市住房城乡建设局",
                "2024-06-24",
                "2024年8月30日",
                "已移交公安机关",
            ),
            (
                "网上投诉",
                "南乐县城区供水管网改造工程",
                "中标候选人提供虚假项目经理业绩证明材料",
                "南乐县水利局",
                "2024-07-02",
                "20个工作日",
                "已取消其中标候选人资格并记入不良行为记录，已办结",
            ),
        ],
    ),
    (
        "三、评标专家",
        [
            (
                "现场见证移交",
                "台前县人民医院医技楼建设工程",
                "评标专家未按评标办法打分，同一评分项打分明显畸高",
                "市发展改革委",
                "2024-07-10",
                "10个工作日",
                "逾期未办",
            ),
            (
                "举报电话",
                "清丰县产业集聚区污水处理厂提标改造工程",
                "评标专家与投标人存在利害关系未主动回避",
                "清丰县发展和改革委员会",
                "2024-07-17",
                "2024年8月16日",
                "已暂停该专家评标资格，正在进一步核查",
            ),
        ],
    ),
]


def write_clue_docx(path: Path) -> Path:
    doc = _new_document("法规科")
    _title(doc, "工程建设招投标领域突出问题专项治理问题线索办理台账", 18)
    _paragraph(doc, "综合监督机构：濮阳市发展和改革委员会    统计截至：2024年7月26日", 12)
    _paragraph(doc, "注：办理时限自交办之日起计算，工作日按国家法定工作日计。", 12)
    header = ["序号", "线索来源", "涉及项目", "反映问题", "承办单位", "交办日期", "办理时限", "办理情况"]
    n_rows = 1 + sum(1 + len(rows) for _, rows in CLUE_GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for title, rows in CLUE_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, f"{title}（{len(rows)}条）", 10.5, bold=True)
        r += 1
        for row in rows:
            n += 1
            for c, v in enumerate([str(n), *row]):
                _cell_text(table.cell(r, c), v, 10.5)
            r += 1
    _paragraph(doc, "填表人：胡玉洁    联系电话：0393-8991036    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_clue(path: Path) -> Path:
    return via_soffice(write_clue_docx, path, "doc", "招投标问题线索办理台账.docx")


# ---------------------------------------------------------------------------------------------
# 7. 严格规范涉企行政检查工作任务推进情况 (two returns in one zip), after a district's 严格规范涉企行政检查工作方案
# (实施清单管理, 厘清检查边界; 公布行政检查主体清单、梳理行政检查事项清单, “清单之外无检查”; 每项任务后括注
# 〔牵头单位：…；责任单位：…；完成时间：2025年5月〕):
# http://www.chiping.gov.cn/site_cpqsfjr/channel_x_4578_10489/doc_6833c69b929dd8b5c8ffb3b3.html
# A .zip (member names in GBK, no UTF-8 flag) holding an .xlsx from one county (工作任务 rows with 牵头单位 beside a
# plural, generic 责任单位 and 完成时间 as a month) and a .docx from another county that keeps the source's own form:
# numbered task paragraphs with the bracketed 牵头单位/责任单位/完成时间 and a 落实情况 sentence after each.
QINGFENG_ROWS = [
    (
        "公布行政检查主体清单",
        "确认本级行政检查主体资格，向社会公告并动态调整",
        "清丰县司法局",
        "县直行政执法机关，各乡镇人民政府（街道办事处）",
        "2024年5月",
        "已公告行政检查主体41个",
    ),
    (
        "梳理行政检查事项清单",
        "编制本单位涉企行政检查事项清单并在政府门户网站发布，实现“清单之外无检查”",
        "清丰县司法局",
        "县直各行政执法机关",
        "2024年6月",
        "已有23家单位发布清单，其余4家正在审核",
    ),
    (
        "推行“综合查一次”",
        "制定跨部门联合检查场景清单，对同一企业的多个检查事项合并实施",
        "清丰县市场监督管理局",
        "县直有关部门",
        "2024年9月",
        "",
    ),
    (
        "推行涉企检查“扫码入企”",
        "执法人员入企检查须扫码登记，未扫码检查企业可拒绝",
        "清丰县政务服务和大数据管理局",
        "县直各行政执法机关",
        "2024年12月",
        "尚未启动",
    ),
]
NANLE_PARAS = [
    (
        "（一）严格控制检查频次。对同一企业的行政检查原则上每年不超过2次，确需增加的报县司法局备案。"
        "〔牵头单位：南乐县司法局；责任单位：县直行政执法机关；完成时间：2024年6月〕",
        "落实情况：已印发检查频次上限规定，整改完成。",
    ),
    (
        "（二）严禁变相入企检查。严禁以调研、座谈、督查等名义变相开展入企检查。"
        "〔牵头单位：南乐县司法局；责任单位：县直各部门，各乡镇人民政府；完成时间：长期坚持〕",
        "落实情况：常态化开展执法监督。",
    ),
    (
        "（三）推进检查结果互认。同一部门不同层级、不同部门之间的涉企检查结果互通互认，避免重复检查。"
        "〔牵头单位：南乐县市场监督管理局；责任单位：县直有关部门；完成时间：2024年10月底前〕",
        "落实情况：已完成检查结果共享平台需求梳理。",
    ),
    (
        "（四）核查重复检查问题线索。对企业反映的重复检查、多头检查问题线索逐件核查并反馈。"
        "〔牵头单位：南乐县司法局；责任单位：县直行政执法机关；完成时间：2024年7月〕",
        "落实情况：暂未报送。",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县司法局")
    ws = b.sheet("任务推进台账")
    b.widths(ws, [6, 22, 44, 24, 30, 12, 32])
    b.line(ws, 0, "清丰县严格规范涉企行政检查工作任务推进台账", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县司法局    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "工作任务", "具体内容", "牵头单位", "责任单位", "完成时间", "推进情况"])
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(QINGFENG_ROWS), "填表人：王丽娟    联系电话：0393-7226153", 6)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("南乐县司法局")
    _title(doc, "南乐县严格规范涉企行政检查工作方案任务落实情况", 18)
    _paragraph(doc, "县规范涉企行政检查工作专班：")
    _paragraph(doc, "现将《南乐县严格规范涉企行政检查工作方案》各项任务截至2024年7月25日的落实情况报告如下：")
    for task, progress in NANLE_PARAS:
        _paragraph(doc, task)
        _paragraph(doc, progress)
    _paragraph(doc, "南乐县司法局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect_zip(path: Path) -> Path:
    members = [
        ("清丰县严格规范涉企行政检查工作任务推进台账.xlsx", write_qingfeng_book),
        ("南乐县严格规范涉企行政检查工作方案任务落实情况.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for i, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{i}{Path(name).suffix}")
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 保障中小企业款项支付投诉办理台账, after a province's 保障中小企业款项支付投诉处理工作管理办法（征求意见稿）
# (中小企业就机关、事业单位和大型企业违反合同约定拒绝或者迟延支付货物、工程、服务款项提起投诉; 负责中小企业促进
# 工作综合管理的部门受理投诉, 有关部门、地方人民政府对投诉做出处理; 投诉人、被投诉人; 何种情况可界定为投诉办结):
# http://gdii.gd.gov.cn/zxqy3242/content/post_3972708.html
# An .xlsx: title, 受理部门/填报日期 line, a 说明 line giving 30日内 from 受理日期, one header row with 投诉人 (the
# complainant) and 被投诉人 (the debtor) beside an explicit 处理单位 (the unit), 涉及金额, 受理日期 (an event date),
# 办理时限 as 30日内, 处理结果 and a 是否办结 column, a signature line.
COMPLAINT_ROWS = [
    (
        "PY2024-031",
        "濮阳市华泰建材有限公司",
        "濮阳经济技术开发区管理委员会",
        "开发区道路改造工程混凝土货款逾期11个月未支付",
        64.20,
        date(2024, 6, 12),
        "濮阳经济技术开发区管理委员会",
        "30日内",
        "已支付全部欠款，投诉人确认",
        "是",
    ),
    (
        "PY2024-033",
        "濮阳市安捷物业服务有限公司",
        "濮阳市第五人民医院",
        "医院物业服务费拖欠两个季度",
        38.50,
        date(2024, 6, 20),
        "市卫健委",
        "30日内",
        "已协调医院与企业达成还款协议，首期款已支付",
        "否",
    ),
    (
        "PY2024-035",
        "濮阳县恒达机械租赁有限公司",
        "濮阳县八公桥镇人民政府",
        "镇区防汛工程机械租赁费未按合同约定支付",
        12.60,
        date(2024, 6, 25),
        "濮阳县人民政府",
        "30日内",
        "",
        "否",
    ),
    (
        "PY2024-036",
        "濮阳市智联信息技术有限公司",
        "濮阳市行政服务中心",
        "政务服务大厅排队叫号系统运维服务款延迟支付",
        9.80,
        date(2024, 7, 1),
        "市政务服务中心",
        "30日内",
        "已于7月18日支付",
        "是",
    ),
    (
        "PY2024-038",
        "河南中鼎建设工程有限公司",
        "濮阳市城乡建设投资有限公司",
        "安置房项目工程款双方对结算金额存在分歧",
        187.00,
        date(2024, 7, 5),
        "濮阳市人民政府国有资产监督管理委员会",
        "30日内",
        "双方分歧较大，已引导企业申请仲裁",
        "否",
    ),
    (
        "PY2024-040",
        "濮阳市文博印务有限公司",
        "濮阳市教育局",
        "中小学作业本印刷费用拖欠",
        6.30,
        date(2024, 7, 9),
        "市教育局",
        "30日内",
        "正在核实合同履行情况",
        "否",
    ),
    (
        "PY2024-041",
        "南乐县顺发运输有限公司",
        "国网濮阳供电公司南乐县供电公司",
        "电力物资运输服务费超过合同约定付款期限",
        15.40,
        date(2024, 7, 16),
        "市供电公司",
        "30日内",
        "",
        "",
    ),
]


def write_complaint(path: Path) -> Path:
    b = Book(path, author="民营经济科")
    ws = b.sheet("投诉台账")
    b.widths(ws, [6, 12, 24, 26, 36, 10, 12, 28, 10, 30, 8])
    b.line(ws, 0, "保障中小企业款项支付投诉办理台账（7月）", 10, b.title)
    b.line(
        ws, 1, "受理部门：濮阳市工业和信息化局（市减负办）    填报日期：2024年7月30日    金额单位：万元", 10
    )
    b.line(
        ws,
        2,
        "说明：处理单位自受理之日起30日内办结并反馈处理结果；投诉人确认款项已支付或达成还款协议并履行完毕的为办结。",
        10,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "投诉编号",
            "投诉人",
            "被投诉人",
            "投诉事项",
            "涉及金额",
            "受理日期",
            "处理单位",
            "办理时限",
            "处理结果",
            "是否办结",
        ],
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 5 else (b.center if c in (1, 8, 10) else None))
    end = 4 + len(COMPLAINT_ROWS)
    b.line(ws, end, "填表人：周敏    审核人：赵国强    联系电话：0393-8993062", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 政府采购代理机构监督检查发现问题及整改情况表, after an account of 财政部《政府采购代理机构监督检查暂行办法》
# (重点检查对象; 对名录登记信息、采购文件、评审活动组织等分别重点检查所列违法违规行为: 登记信息不真实, 自有场所
# 评审不具备录音录像设备, 专职从业人员不足5人; 采购需求指向特定供应商、特定产品, 要求供应商在当地设立分支机构;
# 以所有制形式、注册资本设置差别待遇):
# https://wxredian.com/art?id=e50c6f9a9adf01713077738d3dc48af8
# An .xlsx: title, 检查单位/检查时间/填报日期 line, a line giving the 7月5日 feedback date 立行立改 counts from, one
# header row, the items grouped under four 检查事项 rows merged across, agencies (companies) as units, a 复查结果
# column beside 整改情况 (a 复查合格 verdict over a 正在整改 status), 说明 and signature lines.
AGENCY_GROUPS = [
    (
        "一、名录登记信息",
        [
            (
                "濮阳市正信工程管理咨询有限公司",
                "—",
                "在自有场所组织评审，评审室录音录像设备无法正常存储",
                "责令限期改正",
                "2024年7月15日",
                "",
                "复查合格",
            ),
            (
                "河南博远招标代理有限公司濮阳分公司",
                "—",
                "名录登记的专职从业人员不足5人，2人已离职未变更登记",
                "责令限期改正",
                "2024年7月31日",
                "正在补充招聘专职人员",
                "",
            ),
        ],
    ),
    (
        "二、采购文件",
        [
            (
                "濮阳市中诚招标代理有限公司",
                "市城市管理局环卫作业车辆采购项目",
                "采购需求指定特定品牌底盘，限定特定产品",
                "责令改正，约谈项目负责人",
                "立行立改",
                "已修改采购需求并重新发布",
                "复查合格",
            ),
            (
                "濮阳市正信工程管理咨询有限公司",
                "华龙区中小学食堂食材配送服务项目",
                "要求供应商在本地设立分支机构，阻碍外地供应商进入本地市场",
                "责令限期改正",
                "2024年7月20日",
                "正在整改",
                "复查不合格，需继续整改",
            ),
            (
                "河南华航项目管理有限公司",
                "濮阳县人民医院医疗设备采购项目",
                "以供应商所有制形式、注册资本设置差别待遇的评分因素",
                "责令限期改正",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "三、评审活动组织",
        [
            (
                "濮阳市金盾工程咨询有限公司",
                "清丰县农村人居环境整治服务项目",
                "评审现场未对评审专家通讯工具统一保管",
                "责令限期改正",
                "2024年7月10日",
                "已整改",
                "复查合格",
            ),
            (
                "河南博远招标代理有限公司濮阳分公司",
                "市公安局执法记录仪采购项目",
                "评审结束前向采购人透露评审专家名单",
                "立案调查",
                "2024年9月30日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "四、信息公告与档案管理",
        [
            (
                "河南华航项目管理有限公司",
                "南乐县城区公厕保洁服务项目",
                "中标结果公告未在省政府采购网发布，采购档案未按规定保存",
                "责令限期改正",
                "2024年8月底前",
                "正在整改",
                "复查合格",
            ),
        ],
    ),
]


def write_agency(path: Path) -> Path:
    b = Book(path, author="政府采购监督管理科")
    ws = b.sheet("检查问题")
    b.widths(ws, [6, 30, 30, 44, 20, 14, 24, 22])
    b.line(ws, 0, "2024年度政府采购代理机构监督检查发现问题及整改情况表", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳市财政局    检查时间：2024年6月3日至6月28日    填报日期：2024年7月29日", 7)
    b.line(ws, 2, "检查结果反馈时间：2024年7月5日（整改期限为“立行立改”的，自反馈之日起整改）", 7)
    b.header(
        ws,
        3,
        ["序号", "代理机构名称", "抽查项目", "发现问题", "处理意见", "整改期限", "整改情况", "复查结果"],
    )
    r, n = 4, 0
    for title, rows in AGENCY_GROUPS:
        b.merge(ws, r, 0, r, 7, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：复查结果由检查组现场复查后填写；“—”表示不涉及具体采购项目。", 7)
    b.line(ws, r + 1, "填表人：宋佳    审核人：黄建新    联系电话：0393-8990617", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 交易信息上传和数据共享问题整改台账, after 国家发展改革委办公厅关于进一步做好公共资源交易平台数据工作的通知
# (发改办法规〔2017〕1055号: 全国公共资源交易平台数据质量不高、共享开放不足、开发利用不够; 做好信息上传和数据共享;
# 优化数据采集上传渠道; 加快应用统一交易标识码):
# http://hbzhaobiao.com/info/741
# An .ods (LibreOffice conversion of an .xlsx, zip times fixed): title, 填报单位 line naming the centre, one header row
# with 问题类别 from the notice, the rows naming only the centre's own 科室 (责任科室), a 销号情况 column and a 备注
# column that carries the progress, a signature line.
DATA_ROWS = [
    (
        "数据质量",
        "部分工程建设项目中标候选人公示信息字段缺失，上传全国平台数据校验不通过",
        "信息技术科",
        "完善上传字段校验规则",
        "2024年7月20日",
        "已销号",
        "",
    ),
    (
        "统一交易标识码",
        "政府采购项目未全部应用统一交易标识码，全生命周期信息无法关联",
        "交易服务科",
        "全面应用统一交易标识码",
        "2024年9月30日",
        "未销号",
        "已完成80%项目赋码",
    ),
    (
        "信息共享",
        "合同履约信息未与行业监督部门共享，履约阶段信息缺失",
        "综合科",
        "与行业监督部门建立履约信息推送机制",
        "年底前",
        "",
        "",
    ),
    (
        "数据采集上传渠道",
        "电子招标投标交易系统与市交易平台数据同步延迟，最长超过48小时",
        "信息技术科",
        "升级改造数据上传接口",
        "2024年8月31日",
        "未销号",
        "未启动",
    ),
    (
        "信息公开",
        "土地使用权出让成交信息未在规定媒介同步发布",
        "交易服务科",
        "规范成交信息发布流程",
        "2024年7月10日",
        "已销号",
        "",
    ),
    (
        "数据质量",
        "交易数据月度核验机制未建立，错误数据发现不及时",
        "综合科",
        "建立月度数据核验制度",
        "长期坚持",
        "",
        "每月核验，长期坚持",
    ),
]


def write_data_book(path: Path) -> Path:
    b = Book(path, author="综合科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 44, 12, 28, 14, 10, 20])
    b.line(ws, 0, "市公共资源交易中心交易信息上传和数据共享问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市公共资源交易中心（盖章）    填报日期：2024年7月29日", 7)
    b.header(ws, 2, ["序号", "问题类别", "问题表现", "责任科室", "整改措施", "完成时限", "销号情况", "备注"])
    for i, row in enumerate(DATA_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DATA_ROWS)
    b.line(ws, end, "单位负责人：冯立新    填表人：许娜    联系电话：0393-8182207", 7)
    return b.close()


def write_data(path: Path) -> Path:
    via_soffice(write_data_book, path, "ods", "交易数据问题整改台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("清理拖欠中小企业账款立行立改问题清单及清偿进度台账.xlsx", write_arrears),
    ("行政审批制度改革落实情况专项督查问题整改台账.xls", write_review),
    ("市司法局关于规范涉企行政执法专项行动挂牌督办问题整改进展情况的报告.docx", write_enforce),
    ("公共资源交易现场见证不规范行为记录及整改情况通报表（2024年第二季度）.et", write_witness),
    ("华龙区乡镇（街道）政府采购执行情况专项检查问题整改情况汇总表.csv", write_procure),
    ("工程建设招投标领域突出问题专项治理问题线索办理台账.doc", write_clue),
    ("严格规范涉企行政检查工作任务推进情况（清丰县、南乐县）.zip", write_inspect_zip),
    ("保障中小企业款项支付投诉办理台账（7月）.xlsx", write_complaint),
    ("2024年度政府采购代理机构监督检查发现问题及整改情况表.xlsx", write_agency),
    ("市公共资源交易中心交易信息上传和数据共享问题整改台账.ods", write_data),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

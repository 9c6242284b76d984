"""Write the dev111 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 学前教育与托育机构的检查整改 (幼儿园办园行为、托育机构备案、无证园、保育安全), returns from 濮阳 in July 2024.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, 分类 merged down the rows), a CSV in GBK, a .docx whose items
are numbered paragraphs under each 托育机构, a .doc (Word 97 via LibreOffice) whose items are numbered paragraphs of a
通报, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) with a table, and a .zip of two returns (an
.xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev111.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties, fixed zip member times).
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
        self.cday = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
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
        raise SystemExit("LibreOffice (soffice) is needed for the .doc, .et and .wps returns")
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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
# 1. 托育服务机构摸排核查工作台账, after a 街道's check of the 托育服务机构 in its area together with the district
# 卫健委 and 消防救援支队 (对照建设规范设置标准逐项检查; 指导托育机构依规及时至区卫健委备案; 消防就建筑、消防设备、
# 安全疏散通道等存在的隐患提出整改意见; 对辖区内提供托育服务的机构逐一核查，分类梳理，形成工作清单和台账):
# https://www.sina.cn/news/detail/4790355810321346.html
# An .xlsx: title, 填报单位/核查时间/会同单位 line, one header row (所在社区, 机构名称, 机构性质, 是否备案 beside the
# problem), an institution with two or three rows, a 合计 row and a 填表人 line.
NURSERY_ROWS = [
    (
        "建设街社区",
        "濮阳市华龙区小橙子托育服务有限公司",
        "营利性",
        "否",
        "已办理营业执照但未向卫生健康部门备案即开展全日托服务",
        "指导登录托育机构备案信息系统提交备案材料",
        "2024年7月31日前",
        "已提交备案材料，区卫健委已出具备案回执",
    ),
    (
        "建设街社区",
        "濮阳市华龙区小橙子托育服务有限公司",
        "营利性",
        "否",
        "后厨使用瓶装液化气，未安装可燃气体报警装置",
        "安装可燃气体报警器并定期检测",
        "7月底前",
        "已安装报警器，经复查合格",
    ),
    (
        "五一社区",
        "濮阳市华龙区贝乐佳托育中心",
        "营利性",
        "是",
        "二楼婴幼儿午睡室仅设一个疏散出口",
        "将午睡室调整至一楼，增设疏散出口",
        "8月15日前",
        "正在调整功能布局",
    ),
    (
        "五一社区",
        "濮阳市华龙区贝乐佳托育中心",
        "营利性",
        "是",
        "婴幼儿玩具、餐具消毒记录不全",
        "建立消毒登记制度，每日登记",
        "长期坚持",
        "常态化落实",
    ),
    (
        "京开社区",
        "濮阳市华龙区暖暖之家托育园",
        "非营利性",
        "是",
        "未与辖区医疗卫生机构签订医育结合指导协议",
        "与胜利路社区卫生服务中心签订协议",
        "7月20日",
        "已签订指导协议",
    ),
    (
        "京开社区",
        "濮阳市华龙区童心苑托育有限公司",
        "营利性",
        "是",
        "保育人员5人中2人无健康合格证明",
        "暂停上岗，补办健康证明",
        "2024.7.19",
        "未整改",
    ),
    (
        "开州社区",
        "濮阳市华龙区宝贝港湾托育服务中心",
        "营利性",
        "否",
        "利用住宅开展托育服务，收托婴幼儿11人，超过家庭托育点5人上限",
        "压减收托人数或按托育机构要求办理登记备案",
        "2024年8月31日",
        "",
    ),
    (
        "开州社区",
        "濮阳市华龙区爱贝尔托育有限公司",
        "营利性",
        "是",
        "监控录像保存时间不足30天",
        "扩容存储设备，录像保存90天以上",
        date(2024, 8, 10),
        "已采购存储设备，待安装",
    ),
]


def write_nursery(path: Path) -> Path:
    b = Book(path, author="公共服务办")
    ws = b.sheet("摸排核查台账")
    b.widths(ws, [6, 12, 30, 10, 10, 36, 30, 14, 26])
    b.line(ws, 0, "胜利路街道托育服务机构摸排核查工作台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区胜利路街道办事处（公共服务办）    核查时间：2024年7月9日至7月12日    "
        "会同单位：区卫健委、区消防救援大队",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "所在社区",
            "机构名称",
            "机构性质",
            "是否备案",
            "检查发现问题",
            "整改意见",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(NURSERY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        values = list(row)
        b.row(ws, 2 + i, values[:3], first=1)
        b.row(ws, 2 + i, values[3:5], first=4, fmt=b.center)
        b.row(ws, 2 + i, values[5:], first=6)
    end = 3 + len(NURSERY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "摸排托育服务机构6家（已备案4家、未备案2家），发现问题8个")
    b.line(
        ws,
        end + 2,
        "填表人：郭雅静    审核人：孙建华    联系电话：0393-8336152    填报日期：2024年7月29日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 幼儿园安全隐患排查表, after a published 幼儿园安全隐患排查表 (时间、幼儿园安全第一责任人、幼儿园安全直接责任人
# above the table; columns 分类, 序号, 隐患项目, 是(否), 预计治理完成时间, 治理进度; 分类 学校环境 / 教学设施 …):
# https://m.daumloan.com/p-507189628.html
# An .xls (xlwt): title, a line naming the kindergarten, the date and its two 责任人, one header row (the 是(否) column
# left out, as only the hazards found are listed), 分类 merged down its rows, dates as date cells and as text, a 注 line
# and a signature line.
CHECK_GROUPS = [
    (
        "园所周边环境",
        [
            (
                "园门口无减速带和限速标志，接送高峰车辆拥堵",
                date(2024, 8, 31),
                "已函请县交警大队施划标线，待实施",
            ),
            ("园门东侧有流动摊贩售卖散装零食", date(2024, 7, 20), "已联合城关镇市场监管所清理"),
        ],
    ),
    (
        "园舍设施",
        [
            ("二楼走廊护栏高度不足1.1米，竖杆间距过大", date(2024, 8, 25), "已完成加固设计，利用暑期施工"),
            ("户外组合滑梯底部螺丝松动、防护垫破损", date(2024, 7, 18), "已整改"),
        ],
    ),
    (
        "消防安全",
        [
            ("3具干粉灭火器压力不足", "2024.7.16", "已更换"),
            ("午睡室插座距地面不足1.8米，位于幼儿可触及范围", date(2024, 8, 20), ""),
        ],
    ),
    ("食品卫生", [("每餐留样量不足125克，留样记录不全", "长期坚持", "常态化落实")]),
    ("接送车辆", [("一辆接送车未配备随车照管人员", "2024年7月31日", "未整改")]),
]


def write_check(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num_format='yyyy"年"m"月"d"日"')
    plain = _xf(border=False)
    cells = [
        (0, 0, "幼儿园安全隐患排查表", t, 0, 4),
        (
            1,
            0,
            "幼儿园：濮阳县城关镇中心幼儿园    排查时间：2024年7月15日    "
            "幼儿园安全第一责任人：李素芳（园长）    幼儿园安全直接责任人：张国强（后勤副园长）",
            plain,
            1,
            4,
        ),
    ]
    for col, word in enumerate(["分类", "序号", "隐患项目", "预计治理完成时间", "治理进度"]):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for group, rows in CHECK_GROUPS:
        if len(rows) > 1:
            cells.append((r, 0, group, ctr, r + len(rows) - 1, 0))
        else:
            cells.append((r, 0, group, ctr))
        for hazard, when, progress in rows:
            n += 1
            cells += [
                (r, 1, n, ctr),
                (r, 2, hazard, c),
                (r, 3, when, day if isinstance(when, date) else ctr),
                (r, 4, progress, c),
            ]
            r += 1
    cells += [
        (
            r,
            0,
            "注：本表只填报排查中发现存在隐患的项目；“预计治理完成时间”由幼儿园根据整改难度确定。",
            plain,
            r,
            4,
        ),
        (
            r + 1,
            0,
            "排查人：王丽娜  刘海涛    园长（签字）：李素芳    填报日期：2024年7月26日",
            plain,
            r + 1,
            4,
        ),
    ]
    return _write_xls(path, [("隐患排查表", cells, [14, 6, 46, 18, 30])])


# ---------------------------------------------------------------------------------------------
# 3. 民办幼儿园年检情况通报, after a district 教育局's 通报 of its annual check of the 民办幼儿园 (我局会同区卫生监督所、
# 区安监局对全区经批准设立的65所民办幼儿园进行了年检; 从指导思想、管理机制、办园条件、园务管理、师生权益保障等方面
# 检查; 现将年检情况通报如下: 一、基本情况 …):
# http://esk365.com/fanwen/fwshow.asp?key=rd132myt
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, 一、基本情况, 二、年检结果及存在问题 with the kindergartens
# as numbered paragraphs under （一）暂缓通过 and （二）限期整改 (problem, deadline and the 复查 result in sentences),
# 三、工作要求, the office and date at the foot.
ANNUAL_DEFERRED = [
    (
        "1. 濮阳市华龙区七彩阳光幼儿园：园舍为租赁民房，二楼活动室仅有一部疏散楼梯，消防设施配备不足。"
        "责令于2024年8月31日前整改到位，逾期未整改到位的，不予通过年检。"
    ),
    (
        "2. 濮阳市华龙区金色童年幼儿园：专任教师12人中有5人未取得幼儿园教师资格证。限2024年12月底前取得资格"
        "或调整岗位。7月25日复查，已有2人取得资格证，其余3人正在参加培训。"
    ),
    (
        "3. 濮阳市华龙区小博士幼儿园：擅自提高保教费标准，未在园内显著位置公示收费项目和标准。限7月20日前公示"
        "并清退多收费用。经复查，该园已公示收费标准，多收费用已全部清退。"
    ),
]
ANNUAL_DEADLINE = [
    (
        "4. 濮阳市华龙区蓝天幼儿园：食堂从业人员健康证过期，食品留样不规范。限7月15日前整改。"
        "7月25日复查时仍未整改。"
    ),
    (
        "5. 濮阳市华龙区英才幼儿园：大班开设拼音、珠心算课程，存在“小学化”倾向。要求立即停止，"
        "8月31日前完成课程调整。目前已停止相关课程，正在修订一日活动安排。"
    ),
    "6. 濮阳市华龙区快乐宝贝幼儿园：未按规定配备专职卫生保健人员，晨午检记录缺失。限8月15日前配齐配强。",
    (
        "7. 濮阳市华龙区阳光宝贝幼儿园：接送幼儿车辆未取得校车使用许可。要求立即停用该车辆，年底前完成"
        "校车使用许可申办。7月下旬复查，该车辆已停用，校车使用许可正在申办。"
    ),
]


def write_annual_docx(path: Path) -> Path:
    doc = _new_document("学前教育科")
    _title(doc, "濮阳市华龙区教育局关于2024年度民办幼儿园年检情况的通报")
    _paragraph(doc, "各民办幼儿园：")
    _paragraph(
        doc,
        "6月17日至28日，我局会同区卫生监督所、区应急管理局对全区经批准设立的58所民办幼儿园进行了年检。"
        "检查组通过听、查、看、访等方式，从办园条件、园务管理、保育教育、安全卫生、师生权益保障等方面对各园"
        "进行了细致检查，7月下旬对问题较多的幼儿园进行了复查。现将年检情况通报如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "全区58所民办幼儿园共有专任教师612人，保育员231人，在园幼儿9860人。51所幼儿园年检合格，"
        "3所暂缓通过年检，4所限期整改。",
    )
    _paragraph(doc, "二、年检结果及存在问题", font="黑体")
    _paragraph(doc, "（一）暂缓通过年检的幼儿园（3所）", font="楷体_GB2312")
    for text in ANNUAL_DEFERRED:
        _paragraph(doc, text)
    _paragraph(doc, "（二）限期整改的幼儿园（4所）", font="楷体_GB2312")
    for text in ANNUAL_DEADLINE:
        _paragraph(doc, text)
    _paragraph(doc, "三、工作要求", font="黑体")
    _paragraph(
        doc,
        "各民办幼儿园要对照年检标准举一反三，认真开展自查自纠。整改完成后，请将整改报告报区教育局学前教育科，"
        "区教育局将适时组织复查，复查结果作为下一年度年检的重要依据。",
    )
    _paragraph(doc, "濮阳市华龙区教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_annual(path: Path) -> Path:
    return via_soffice(write_annual_docx, path, "doc", "民办幼儿园年检情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 清查取缔无证幼儿园专项行动台账, after a district's 清查取缔无证民办幼儿园专项执法行动 (消防大队、教科体局、安监局等
# 职能单位联合各镇、街办和属地派出所; 发放《整改通知书》并责令限期整改; 对限期内未整改和整改后仍不具备办园条件的
# 依法予以取缔; 对被取缔幼儿园的学龄前儿童进行分流):
# http://jx.sina.com.cn/news/m/2018-03-22/detail-ifysnevk4535458.shtml
# A CSV in GBK: a title line, a 牵头单位/参与单位 line, one header line with the 属地 乡镇人民政府 as 责任单位,
# 在园幼儿数 and 处置方式 beside the problem, deadlines as text, a 合计 line and a 注 line.
UNLICENSED_ROWS = [
    (
        "柳屯镇",
        "柳屯镇小天使幼儿园",
        46,
        "利用民房办园，无任何消防设施，疏散通道锁闭",
        "依法取缔，幼儿分流至柳屯镇中心幼儿园",
        "濮阳县柳屯镇人民政府",
        "2024年7月20日",
        "已取缔，46名幼儿全部分流",
    ),
    (
        "文留镇",
        "文留镇启蒙幼儿园",
        38,
        "未取得办园许可，园舍为彩钢板房",
        "下达停办通知书，分流在园幼儿",
        "濮阳县文留镇人民政府",
        "2024年8月15日",
        "已下达停办通知书，正在做家长分流工作",
    ),
    (
        "户部寨镇",
        "户部寨镇育苗幼儿园",
        52,
        "基本具备办园条件，未申办办园许可",
        "限期整改，指导申办办园许可",
        "濮阳县户部寨镇人民政府",
        "2024年9月30日",
        "已提交办园许可申请材料",
    ),
    (
        "庆祖镇",
        "庆祖镇金太阳看护点",
        17,
        "无证托管3至6岁幼儿，看护人员无任何资质",
        "依法取缔",
        "濮阳县庆祖镇人民政府",
        "2024年7月25日",
        "未整改",
    ),
    (
        "王称堌镇",
        "王称堌镇爱心幼儿园",
        29,
        "食堂无食品经营许可，厨师无健康证",
        "限期整改",
        "濮阳县王称堌镇人民政府",
        "2024年8月31日",
        "",
    ),
    (
        "城关镇",
        "城关镇贝贝乐托管班",
        21,
        "以托管班名义招收学龄前儿童开展学前教育",
        "责令停止学前教育活动",
        "濮阳县城关镇人民政府",
        "2024年7月31日",
        "已停止招收学龄前儿童，转为课后托管并办理登记",
    ),
    (
        "海通乡",
        "海通乡新苗幼儿园",
        33,
        "园舍经鉴定为D级危房",
        "立即停止使用危房，分流在园幼儿",
        "濮阳县海通乡人民政府",
        "2024年7月10日",
        "已停用危房，幼儿分流至海通乡中心幼儿园，经县教育局验收合格",
    ),
]


def write_unlicensed(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县清查取缔无证幼儿园专项行动工作台账"])
    w.writerow(
        [
            "牵头单位：濮阳县教育局；参与单位：县消防救援大队、县应急管理局、县市场监管局、"
            "各乡镇人民政府及属地派出所；统计截至2024年7月29日"
        ]
    )
    w.writerow(
        [
            "序号",
            "乡镇",
            "无证园名称",
            "在园幼儿数",
            "存在问题",
            "处置方式",
            "责任单位",
            "完成时限",
            "进展情况",
        ]
    )
    for i, row in enumerate(UNLICENSED_ROWS, 1):
        w.writerow([i, *row])
    total = sum(row[2] for row in UNLICENSED_ROWS)
    w.writerow(["合计", "", "排查无证园7所", total, "", "取缔或停办4所，限期整改3所", "", "", ""])
    w.writerow(["注：在园幼儿数为排查时实有人数；被取缔、停办园所在园幼儿由属地乡镇负责分流安置。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 学校（幼儿园）校车安全检查台账, after a county 教育局's check of the school buses of its schools and kindergartens
# together with the 公安局 (检查专班记好一份检查台账和下发一份整改通知书、学校（幼儿园）限期整改后写好一份整改报告;
# 破窗锤、灭火器、逃生门、医药箱、停车警示牌、轮胎、安全带、车玻璃、行车证; 《交通安全隐患整改通知书》; 限期整改
# 不到位的扣留校车行车证):
# http://m.disabled-nomad.com/news/ycyw/202402/t4679175.shtml
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line saying the 整改期限 count in working days from the
# 通知书 下达日期, one header row with 校车号牌, 驾驶人, 通知书编号 and 下达日期, 复查结论 beside 整改报告, a signature
# line.
BUS_ROWS = [
    (
        "清丰县实验幼儿园",
        "豫J·A1235",
        "赵志强",
        "车内破窗锤缺失2把",
        "QF-JX-2024-001",
        date(2024, 7, 8),
        "3个工作日",
        "已配齐破窗锤",
        "复查合格",
    ),
    (
        "清丰县阳光幼儿园",
        "豫J·C6617",
        "孟庆军",
        "车载灭火器超过有效期",
        "QF-JX-2024-002",
        date(2024, 7, 8),
        "5个工作日",
        "已更换灭火器",
        "",
    ),
    (
        "清丰县马庄桥镇中心幼儿园",
        "豫J·A0872",
        "杨保国",
        "后部应急逃生门开启困难",
        "QF-JX-2024-003",
        date(2024, 7, 9),
        "10个工作日",
        "已送修理厂维修",
        "",
    ),
    (
        "清丰县韩村镇新星幼儿园",
        "豫J·D3390",
        "韩卫东",
        "校车标牌超过有效期未换领",
        "QF-JX-2024-004",
        date(2024, 7, 9),
        "2024年7月31日前",
        "正在办理换领手续",
        "",
    ),
    (
        "清丰县仙庄镇育才幼儿园",
        "豫J·B2156",
        "李红旗",
        "随车照管人员未经培训上岗",
        "QF-JX-2024-005",
        date(2024, 7, 10),
        "5个工作日",
        "",
        "",
    ),
    (
        "清丰县六塔乡中心幼儿园",
        "豫J·A5543",
        "王振东",
        "左后轮胎磨损超过标准",
        "QF-JX-2024-006",
        date(2024, 7, 10),
        "3个工作日",
        "未整改",
        "已扣留校车行车证",
    ),
    (
        "清丰县古城乡红太阳幼儿园",
        "豫J·C1908",
        "刘新民",
        "随车医药箱药品过期，停车警示牌缺失",
        "QF-JX-2024-007",
        date(2024, 7, 11),
        "5个工作日",
        "已更换药品、配备警示牌",
        "复查合格",
    ),
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("校车检查台账")
    b.widths(ws, [6, 26, 12, 10, 32, 16, 12, 16, 24, 16])
    b.line(ws, 0, "学校（幼儿园）校车安全检查台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：清丰县教育局、清丰县公安局交警大队    检查时间：2024年7月8日至11日    "
        "整改期限自《交通安全隐患整改通知书》下达之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学校（幼儿园）",
            "校车号牌",
            "驾驶人",
            "检查发现问题",
            "整改通知书编号",
            "下达日期",
            "整改期限",
            "整改报告（整改情况）",
            "复查结论",
        ],
    )
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        values = list(row)
        b.row(ws, 2 + i, values[:5], first=1)
        b.put(ws, 2 + i, 6, values[5])
        b.put(ws, 2 + i, 7, values[6], b.center)
        b.row(ws, 2 + i, values[7:], first=8)
    end = 4 + len(BUS_ROWS)
    b.line(
        ws,
        end,
        "检查人：宋玉峰  郑凯    填表人：陈晓燕    联系电话：0393-7221803    填报日期：2024年7月29日",
        9,
    )
    return b.close()


def write_bus(path: Path) -> Path:
    return via_soffice(write_bus_book, path, "xls", "校车安全检查台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 托育机构联合检查发现问题整改清单, after a county 消防救援大队's joint check of 托育机构 with the 教体、公安、
# 市监、民政 departments (居民自建房改为幼儿园/托育机构; 疏散楼梯数量不足、消防设施器材配置不符合标准; 依法对电表箱
# 部位进行临时查封; 要求按规范要求严格落实到位，及时消除火灾隐患):
# http://www.zgxxwh.cn/content/4508429
# An .xlsx: title, 填报单位/检查时间 line, a two-row header (整改落实 merged over 整改时限/整改情况/复查意见), the
# 场所性质 and 备案情况 beside the problem, the 检查部门 (an inspector) beside the 处理措施, a 合计 row and a 填表人 line.
JOINT_ROWS = [
    (
        "南乐县童年乐园托育中心",
        "居民自建房",
        "未备案",
        "疏散楼梯数量不足，消防设施器材配置不符合标准",
        "县消防救援大队",
        "临时查封电表箱",
        "2024年8月31日",
        "已停止收托，正在改造疏散楼梯",
        "",
    ),
    (
        "南乐县哆唻咪托育服务有限公司",
        "居民自建房",
        "未备案",
        "在三层设置婴幼儿生活用房",
        "县消防救援大队",
        "临时查封电表箱",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "南乐县小太阳托育园",
        "商业用房",
        "已备案",
        "未落实婴幼儿晨午检制度",
        "县卫生健康委",
        "责令改正",
        date(2024, 7, 20),
        "已建立晨午检登记",
        "复查合格",
    ),
    (
        "南乐县爱心宝贝托育有限公司",
        "商业用房",
        "已备案",
        "乳儿班保育人员配比不足",
        "县卫生健康委",
        "责令改正",
        "2024年8月15日",
        "已招聘保育员1名，尚缺1名",
        "",
    ),
    (
        "南乐县优贝托育中心",
        "商业用房",
        "备案中",
        "营业执照经营范围未注明托育服务",
        "县市场监管局",
        "责令办理变更登记",
        date(2024, 7, 31),
        "已办理变更登记",
        "复查通过",
    ),
    (
        "南乐县启智托育园",
        "居民住宅",
        "未备案",
        "从业人员入职前未进行违法犯罪记录查询",
        "县公安局",
        "责令改正",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "南乐县乐乐托育服务中心",
        "商业用房",
        "已备案",
        "2名食品从业人员健康证过期",
        "县市场监管局",
        "责令改正",
        "2024.7.15",
        "已办理健康证",
        "",
    ),
]


def write_joint(path: Path) -> Path:
    b = Book(path, author="人口家庭科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 28, 12, 10, 34, 14, 14, 14, 26, 10])
    b.line(ws, 0, "托育机构联合检查发现问题整改清单", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县卫生健康委员会    检查时间：2024年7月3日至5日    "
        "参检单位：县消防救援大队、县教育局、县公安局、县市场监管局、县民政局",
        9,
    )
    for c, word in enumerate(
        ["序号", "托育机构名称", "场所性质", "备案情况", "检查发现问题", "检查部门", "处理措施"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "复查意见"], first=7)
    for i, row in enumerate(JOINT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        values = list(row)
        b.put(ws, r, 1, values[0])
        b.row(ws, r, values[1:3], first=2, fmt=b.center)
        b.put(ws, r, 4, values[3])
        b.row(ws, r, values[4:6], first=5, fmt=b.center)
        when = values[6]
        b.put(ws, r, 7, when, b.cday if isinstance(when, date) else b.center)
        b.put(ws, r, 8, values[7])
        b.put(ws, r, 9, values[8], b.center)
    end = 4 + len(JOINT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查托育机构7家，发现问题7个，临时查封2家，责令改正5家")
    b.line(
        ws,
        end + 2,
        "填表人：冯雪梅    审核人：牛卫东    联系电话：0393-4421967    报送日期：2024年7月29日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 托育机构卫生评价现场核实勘验情况报告, after 国家卫生健康委办公厅's notice on 托育机构卫生评价 (托育机构备案前按
# 《托育机构卫生评价基本标准（试行）》自我评估; 县级卫生健康部门提供备案回执后现场核实勘验; 环境卫生、设施设备、
# 人员配备、卫生保健制度; 婴幼儿生活用房窗洞开口面积不应小于该房间面积的20%; 不符合的自接收备案材料之日起15个
# 工作日内通知备案机构，说明理由、责令改正):
# http://www.hxdzsz.com/xwzx/2021shehui/202208/t20220807_12459035.htm
# A .docx: title, 主送, preamble stating the date the 15个工作日 count from, one heading per 托育机构 with its problems
# as numbered paragraphs (the 整改情况 in the same paragraph, one with a date of its own), the office and date at the foot.
HEALTH_GROUPS = [
    (
        "（一）范县小星星托育有限公司",
        [
            "1. 婴幼儿生活用房窗洞开口面积小于房间面积的20%。整改情况：已加装窗户，经现场复核符合要求。",
            "2. 未提供室内空气质量检测报告。整改情况：已委托第三方机构检测，检测报告尚未出具。",
        ],
    ),
    (
        "（二）范县童乐汇托育中心",
        [
            "3. 未设置独立的隔离观察室。整改情况：尚未整改。",
            (
                "4. 卫生保健人员未经妇幼保健机构培训合格。该项须于2024年8月31日前完成培训考核。整改情况：已报名参加"
                "县妇幼保健院8月举办的托育机构卫生保健人员培训班。"
            ),
        ],
    ),
    (
        "（三）范县暖阳托育园",
        [
            "5. 未建立婴幼儿入托健康检查和健康档案制度。",
            "6. 盥洗室水龙头和便器数量不足。整改情况：已增设水龙头4个、幼儿便器3个，整改完成。",
            "7. 午睡室床铺间距不足，未做到一人一床。整改情况：已调整床位布局，配足床具，整改完成。",
        ],
    ),
]


def write_health(path: Path) -> Path:
    doc = _new_document("范县卫健委")
    _title(doc, "关于新备案托育机构卫生评价现场核实勘验情况的报告")
    _paragraph(doc, "县人民政府督查室：")
    _paragraph(
        doc,
        "根据《托育机构卫生评价基本标准（试行）》，我委对6月份提交备案的3家托育机构进行了现场核实勘验，"
        "从环境卫生、设施设备、人员配备、卫生保健制度4个方面逐项核对。对不符合基本标准的，我委已于2024年7月5日"
        "向相关机构送达《责令改正通知书》，要求自送达之日起15个工作日内改正。现将发现问题及整改情况报告如下：",
    )
    for heading, paras in HEALTH_GROUPS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我委将对整改情况逐一复核，对逾期未改正的依法依规处理，并通过托育机构备案信息系统向社会公开。",
    )
    _paragraph(doc, "范县卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 幼儿园办园行为督导评估反馈问题整改台账, after a city's report on its 幼儿园办园行为督导评估 (依据教育部《幼儿园办园
# 行为督导评估办法》; 组织教育局机关工作人员和督学对列入周期计划的幼儿园实地督导评估，并对上年“不合格”等次的幼儿园
# 复评; 办园条件、安全卫生、保育教育、教职工队伍建设、内部管理五个方面):
# http://crossfitfinalpush.com/zongjie/6389976.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 merged over 整改措施/整改时限/整改进展), 幼儿园 and 评估
# 等次 merged down two rows for one kindergarten, a 责任单位 column naming the kindergarten or the city department
# (short and former names), 第三季度 / 年底前 / 长期坚持, a 填表说明 line and a signature line.
SUPERVISION_ROWS = [
    (
        "濮阳县城关镇第二幼儿园",
        "合格",
        [
            (
                "办园条件",
                "户外活动场地生均面积不足4平方米",
                "濮阳县城关镇第二幼儿园",
                "协调相邻地块扩建户外活动场地",
                "2024年12月底前",
                "已完成扩建方案设计",
            ),
            (
                "保育教育",
                "区域活动材料投放不足，种类单一",
                "濮阳县城关镇第二幼儿园",
                "增购区角活动材料",
                "2024年8月31日",
                "已完成",
            ),
        ],
    ),
    (
        "清丰县阳邵镇中心幼儿园",
        "不合格",
        [
            (
                "教职工队伍建设",
                "专任教师缺编6人，长期以临聘人员顶岗",
                "市人社局",
                "核增编制，组织公开招聘",
                "2024年第三季度",
                "招聘方案已报批",
            )
        ],
    ),
    (
        "南乐县元村镇中心幼儿园",
        "基本合格",
        [
            (
                "内部管理",
                "未建立家长委员会",
                "南乐县元村镇中心幼儿园",
                "成立园级家长委员会",
                date(2024, 7, 15),
                "未整改",
            )
        ],
    ),
    (
        "范县濮城镇中心幼儿园",
        "基本合格",
        [
            (
                "安全卫生",
                "卫生保健人员未经专业培训",
                "市卫计委",
                "组织卫生保健人员参加专业培训",
                date(2024, 9, 30),
                "",
            )
        ],
    ),
    (
        "台前县侯庙镇中心幼儿园",
        "不合格",
        [
            (
                "办园条件",
                "公办园生均公用经费未落实",
                "市财政局",
                "督促落实生均公用经费拨付",
                date(2024, 12, 31),
                "正在协调县财政落实资金",
            )
        ],
    ),
    (
        "濮阳市华龙区绿城小区配套幼儿园",
        "不合格",
        [
            (
                "办园条件",
                "小区配套幼儿园建成后未按规定移交教育部门",
                "市住建局",
                "督促开发企业限期移交",
                "2024年10月底前",
                "已约谈开发企业",
            )
        ],
    ),
    (
        "濮阳市华龙区实验幼儿园",
        "合格",
        [
            (
                "保育教育",
                "教师观察记录和分析幼儿行为的能力不足",
                "濮阳市华龙区实验幼儿园",
                "开展园本教研和专题培训",
                "长期坚持",
                "常态化推进",
            )
        ],
    ),
]


def write_supervision(path: Path) -> Path:
    b = Book(path, author="教育督导室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 10, 14, 34, 24, 28, 16, 22])
    b.line(ws, 0, "2024年幼儿园办园行为督导评估反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府教育督导室（市教育局代章）    填报日期：2024年7月30日", 8)
    for c, word in enumerate(["序号", "幼儿园", "评估等次", "评估指标", "反馈问题", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展"], first=6)
    r, n = 4, 0
    for garden, grade, rows in SUPERVISION_ROWS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, garden)
        b.merge(ws, r, 2, last, 2, grade, b.center)
        for area, problem, unit, measure, when, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, area, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, unit)
            b.put(ws, r, 6, measure)
            b.put(ws, r, 7, when, b.cday if isinstance(when, date) else b.center)
            b.put(ws, r, 8, progress)
            r += 1
    b.line(
        ws,
        r,
        "填表说明：评估等次分为合格、基本合格、不合格；整改时限以督导意见书为准；整改进展每月25日前更新。",
        8,
    )
    b.line(ws, r + 1, "填表人：申丽君    审核人：薛明亮    联系电话：0393-8991345", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. “校园餐”专项整治交叉督导检查反馈问题整改清单, after a 镇中心幼儿园's account of the 校园餐专项整治交叉督导检查
# (检查组深入幼儿园食堂，实地检查厨房操作间、储物间; 查看食堂进货台账、食材验收、餐用具消毒情况、食品安全管理制度;
# 提出改进建议，幼儿园表示对发现的问题立即整改):
# http://scmsbdw.com/index.php?c=show&id=38861
# A .wps (Word 97 via LibreOffice): title naming the kindergarten, a preamble stating the date of the check, one table
# whose rows name only the kindergarten's own 责任部门 (食堂, 总务处, 保健室 …), 立行立改 and 长期坚持, the
# kindergarten, a stamp line and the date at the foot.
MEAL_ROWS = [
    (
        "食材采购",
        "部分食材进货查验记录不全，缺少供货商资质证明",
        "补齐供货商资质证明，规范进货查验记录",
        "食堂",
        "2024年7月15日",
        "已补齐",
    ),
    ("餐具消毒", "餐具消毒柜温度达不到要求", "更换高温消毒柜", "总务处", "2024年7月31日", "已采购，待安装"),
    ("食品留样", "留样冰箱未上锁，无专人管理", "留样冰箱上锁，指定专人管理", "食堂", "立行立改", "已整改"),
    ("陪餐制度", "园领导陪餐记录不连续", "落实园领导每日陪餐并记录", "园长办公室", "长期坚持", "常态化落实"),
    ("膳食管理", "带量食谱未经营养测算", "邀请县妇幼保健院指导编制带量食谱", "保健室", "2024年8月31日", ""),
    ("经费管理", "伙食费收支未按月公示", "每月在公示栏公布伙食费收支", "财务室", "2024年7月20日", "未整改"),
    ("从业人员", "1名厨工健康证过期仍在岗", "暂停上岗，补办健康证", "食堂", "2024年7月12日", "已办理健康证"),
]


def write_meal_docx(path: Path) -> Path:
    doc = _new_document("千口镇中心幼儿园")
    _title(doc, "南乐县千口镇中心幼儿园“校园餐”专项整治交叉督导检查反馈问题整改清单", 18)
    _paragraph(
        doc,
        "2024年7月9日，县教育局“校园餐”专项整治交叉督导检查组对我园食堂进行了督导检查，反馈问题7个。"
        "我园对照问题逐项制定整改措施，明确责任部门和完成时限，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(MEAL_ROWS, 1)]
    _table(doc, ["序号", "检查环节", "反馈问题", "整改措施", "责任部门", "完成时限", "整改情况"], body)
    _paragraph(doc, "南乐县千口镇中心幼儿园（盖章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "联系人：付晓红    联系电话：0393-4780215", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_meal(path: Path) -> Path:
    return via_soffice(write_meal_docx, path, "doc", "校园餐反馈问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 教育收费专项检查问题整改（两所幼儿园）, after a district 市场监督管理局's joint 教育收费专项检查 with the 发改委
# and 教体局 (抽取幼儿园5家; 收费公示; 不执行政府定价、政府指导价; 保教费、伙食费退费政策是否落实; 强制或变相强制
# 收取服务性收费、代收费; 个别单位收费公示不规范，已要求及时整改到位):
# http://xuhuanlvcai.com/xccqrmzf/bmdt/content/ae27bf59-dc2c-410e-94e9-05cf848b2a22.html
# A .zip of two returns: a kindergarten's .xlsx whose rows name only its own 责任部门, and another kindergarten's
# .docx with a table where a filled 完成时间 stands beside the 整改时限.
FEE_BOOK_ROWS = [
    ("收费公示", "收费公示栏未列明伙食费收费标准", "重新制作收费公示栏", "财务室", "2024年7月12日", "已整改"),
    (
        "政府定价执行",
        "幼儿因病请假超过一个月未按规定退还保教费",
        "按规定核算并清退",
        "财务室",
        date(2024, 7, 31),
        "已退还12名幼儿费用，其余3名正在联系家长",
    ),
    (
        "服务性收费",
        "以兴趣班名义收取美术、舞蹈费用",
        "停止收取并清退已收费用",
        "园长办公室",
        "2024年8月15日",
        "",
    ),
    ("代收费", "伙食费未做到按月公布收支", "每月公布伙食费收支情况", "保健室", "长期坚持", "长期坚持"),
]
FEE_DOC_ROWS = [
    (
        "收费公示",
        "收费公示未标明价格举报电话",
        "2024年7月10日",
        "已在公示栏增加12315举报电话",
        "2024年7月9日",
    ),
    ("代收费", "统一代购园服未经家长自愿", "2024年8月31日", "正在征求家长意见，改为自愿购买", ""),
    ("退费", "上学期伙食费结余未按规定退还", "2024年7月31日", "未整改", ""),
]


def write_fee_book(path: Path) -> Path:
    b = Book(path, author="育才幼儿园")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 36, 26, 12, 16, 30])
    b.line(ws, 0, "教育收费专项检查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "单位名称（盖章）：濮阳市华龙区育才幼儿园    检查日期：2024年7月4日", 6)
    b.header(ws, 2, ["序号", "检查项目", "存在问题", "整改措施", "责任部门", "整改时限", "整改情况"])
    for i, row in enumerate(FEE_BOOK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        values = list(row)
        b.row(ws, 2 + i, values[:4], first=1)
        when = values[4]
        b.put(ws, 2 + i, 5, when, b.cday if isinstance(when, date) else b.center)
        b.put(ws, 2 + i, 6, values[5])
    b.line(ws, 4 + len(FEE_BOOK_ROWS), "园长：高秀兰    填表人：任晓辉    填报日期：2024年7月26日", 6)
    return b.close()


def write_fee_docx(path: Path) -> Path:
    doc = _new_document("文留镇中心幼儿园")
    _title(doc, "濮阳县文留镇中心幼儿园教育收费专项检查问题整改报告", 18)
    _paragraph(
        doc,
        "县市场监管局、县发展改革委、县教育局教育收费联合检查组于2024年7月4日对我园收费行为进行了检查，"
        "指出问题3个。我园高度重视，逐项整改，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(FEE_DOC_ROWS, 1)]
    _table(doc, ["序号", "检查内容", "发现问题", "整改时限", "整改落实情况", "完成时间"], body)
    _paragraph(doc, "濮阳县文留镇中心幼儿园", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fee(path: Path) -> Path:
    members = [
        ("育才幼儿园教育收费专项检查问题整改情况表.xlsx", write_fee_book),
        ("文留镇中心幼儿园收费问题整改报告.docx", write_fee_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 私立幼儿园安全检查隐患整改台账, after a 镇's safety check of the private kindergartens in its villages (副镇长带队，
# 镇安监科联合文教办、卫生院及各村安全员; 应急疏散预案是否制定、消防设施配备是否到位、电器线路设置是否安全、食品卫生
# 管理是否合规; 隐患集中在应急疏散预案未制定、灭火器配备数量不足、电器线路部分设置在儿童可触范围内):
# https://fire.hczyw.com/article.php?id=86908
# An .xlsx: title, 填报单位/检查时间/参检单位 line, one header row with 村（社区） and the 幼儿园 merged down its rows,
# 隐患类别 beside the problem, dates as date cells, a 合计 row and a 检查人 line.
PRIVATE_ROWS = [
    (
        "孙口村",
        "台前县孙口镇小红花幼儿园",
        [
            (
                "未制定应急疏散预案",
                "应急管理",
                "制定预案并组织疏散演练",
                date(2024, 7, 20),
                "已制定预案，7月18日组织演练",
            ),
            ("灭火器配备数量不足", "消防", "按每层不少于2具配置", date(2024, 7, 15), "已补配4具"),
        ],
    ),
    (
        "将军渡村",
        "台前县孙口镇育英幼儿园",
        [
            (
                "部分电器线路、插座设置在儿童可触及范围内",
                "用电",
                "线路穿管敷设，插座移高",
                date(2024, 8, 10),
                "正在施工",
            ),
            ("厨房液化气钢瓶与灶具未分隔设置", "燃气", "设置独立气瓶间", date(2024, 8, 31), ""),
        ],
    ),
    (
        "桥北村",
        "台前县孙口镇金苹果幼儿园",
        [
            ("食堂无防鼠防蝇设施", "食品卫生", "加装挡鼠板、纱窗纱门", date(2024, 7, 25), "未整改"),
            ("午睡室双层床上铺护栏高度不足", "设施设备", "更换合格床具", date(2024, 8, 20), "已订购新床具"),
        ],
    ),
    (
        "白铺村",
        "台前县孙口镇阳光幼儿园",
        [
            ("西侧围墙局部坍塌", "园舍安全", "修复围墙", date(2024, 7, 30), "已修复"),
            ("门卫未配备防暴器械", "安全保卫", "配备钢叉、防暴盾牌", date(2024, 7, 12), "已配备，经复查合格"),
        ],
    ),
]


def write_private(path: Path) -> Path:
    b = Book(path, author="安监办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 28, 36, 12, 26, 16, 28])
    b.line(ws, 0, "私立幼儿园安全检查隐患整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：台前县孙口镇人民政府（安监办）    检查时间：2024年7月8日    "
        "参检单位：镇安监办、镇文教办、镇卫生院及各村安全员",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "村（社区）", "幼儿园名称", "检查发现隐患", "隐患类别", "整改要求", "整改期限", "整改情况"],
    )
    r, n = 3, 0
    for village, garden, rows in PRIVATE_ROWS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, village, b.center)
        b.merge(ws, r, 2, last, 2, garden)
        for hazard, kind, demand, when, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, hazard)
            b.put(ws, r, 4, kind, b.center)
            b.put(ws, r, 5, demand)
            b.put(ws, r, 6, when)
            b.put(ws, r, 7, progress)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "检查私立幼儿园4所，发现隐患8处")
    b.line(
        ws, r + 2, "检查人：马国庆（副镇长）  吴志刚  李晓雪    填表人：邵丹    填报日期：2024年7月29日", 7
    )
    return b.close()


FILES = [
    ("胜利路街道托育服务机构摸排核查工作台账.xlsx", write_nursery),
    ("城关镇中心幼儿园安全隐患排查表.xls", write_check),
    ("关于2024年度民办幼儿园年检情况的通报.doc", write_annual),
    ("清查取缔无证幼儿园专项行动工作台账.csv", write_unlicensed),
    ("学校（幼儿园）校车安全检查台账.et", write_bus),
    ("托育机构联合检查发现问题整改清单.xlsx", write_joint),
    ("新备案托育机构卫生评价现场核实勘验情况的报告.docx", write_health),
    ("2024年幼儿园办园行为督导评估反馈问题整改台账.xlsx", write_supervision),
    ("千口镇中心幼儿园校园餐专项整治反馈问题整改清单.wps", write_meal),
    ("教育收费专项检查问题整改（两所幼儿园）.zip", write_fee),
    ("孙口镇私立幼儿园安全检查隐患整改台账.xlsx", write_private),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside195 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 机关事务管理的检查整改 — 办公用房清理和使用检查、公务用车专项整治和平台排查、公共机构节能巡查和空调温度
抽查、机关食堂食品安全检查和反食品浪费评估.

Forms: .xlsx (five, one more inside the zip), .xls (xlwt, two-row header), .et (Excel 97 via LibreOffice), a .wps
(Word 97 via LibreOffice), a CSV in UTF-8 (with BOM), a .docx whose items are numbered paragraphs and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside195.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
                "bg_color": "#D9D9D9",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.num = add({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})

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
        elif isinstance(v, float):
            ws.write_number(r, c, v, self.num if fmt is self.cell else fmt)
        elif isinstance(v, int):
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
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


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


# ---------------------------------------------------------------------------------------------
# 1. 市直单位办公用房专项检查发现问题整改台账, after 盘锦市直机关综合事务中心's 办公用房专项检查 (自检自查，填写《办公用房
# 使用台账》《办公用房自查情况登记表》; 资产科对照台账现场核查; 重点检查超标配备、两处办公、办服混用、超期腾退、出租出借;
# 发放整改通知书，责令限期整改，按期进行复查，确保账实相符、账账相符):
# http://pjsjgswglj.com.cn/2021_05/07_16/content-320569.html
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (整改落实 filled by the unit, 复查 filled by the 资产管理科),
# the 整改通知书 number per row, former and short names of the units, a 合计 row, a 注 line and a signature line.
ROOM_ROWS = [
    (
        "市发改委",
        "濮机事整〔2024〕01号",
        "超标配备",
        "副主任办公室使用面积24.6平方米，超过标准6.6平方米",
        "2024年7月15日",
        "已加装隔断，超标部分改作资料室",
        date(2024, 7, 18),
        "复查合格",
    ),
    (
        "市人社局",
        "濮机事整〔2024〕02号",
        "超期腾退",
        "已退休副局长原办公室超期未腾退，室内仍存放个人物品",
        "2024年6月30日",
        "已腾退",
        date(2024, 7, 2),
        "复查合格",
    ),
    (
        "市住建局",
        "濮机事整〔2024〕03号",
        "两处办公",
        "一名局领导在机关本部和市建设工程质量监督站各占用一间办公室",
        "7月底前",
        "正在清理质量监督站办公室",
        None,
        "",
    ),
    (
        "市自然资源局",
        "濮机事整〔2024〕04号",
        "办服混用",
        "将一层档案室（服务用房）改作业务科室办公室使用",
        "2024年8月31日",
        "",
        None,
        "",
    ),
    (
        "市城管局",
        "濮机事整〔2024〕05号",
        "出租出借",
        "临街一楼3间办公用房出租给商户经营，租赁合同2024年12月到期",
        "2024年12月31日前收回",
        "已书面通知承租方合同到期不再续租",
        None,
        "",
    ),
    (
        "市卫健委",
        "濮机事整〔2024〕06号",
        "超标配备",
        "2名科级干部合用办公室面积31平方米，超过标准13平方米",
        "2024年7月10日",
        "未整改",
        date(2024, 7, 12),
        "复查未通过",
    ),
    (
        "市医保局",
        "濮机事整〔2024〕07号",
        "超期腾退",
        "机构改革划转人员已调离，原占用的2间办公室未交回",
        "2024年6月底前",
        "已交回市机关事务管理局统一调剂",
        date(2024, 7, 1),
        "已销号",
    ),
    (
        "市公共资源交易中心",
        "濮机事整〔2024〕08号",
        "出租出借",
        "无偿出借2间办公用房给市招标投标协会使用",
        "2024年9月30日",
        "协会正在寻找新址，已签订腾退承诺书",
        None,
        "",
    ),
]


def write_rooms(path: Path) -> Path:
    b = Book(path, author="资产管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 20, 10, 40, 16, 30, 12, 12])
    b.line(ws, 0, "2024年市直单位办公用房专项检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市机关事务管理局资产管理科    检查时间：2024年5月6日至6月28日    "
        "整改通知书下发后由被检查单位填写整改落实情况，资产管理科按期复查",
        8,
    )
    for c, word in enumerate(["序号", "被检查单位", "整改通知书编号", "问题类型", "存在问题", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 6, "整改落实（单位填写）", b.head)
    b.merge(ws, 2, 7, 2, 8, "复查（资产管理科填写）", b.head)
    b.header(ws, 3, ["整改情况", "复查日期", "复查结论"], first=6)
    for i, row in enumerate(ROOM_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ROOM_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查单位28家，下发整改通知书8份，发现问题8个，复查合格或销号3个")
    b.line(ws, end + 1, "注：复查结论为“复查合格”或“已销号”的问题不再跟踪；逾期未整改的报市纪委监委。", 8)
    b.line(
        ws, end + 2, "审核人：孔德明    填表人：白雪    联系电话：0393-8997315    填表日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 县党政机关办公用房集中清理整顿问题整改情况表, after 仙桃's joint working group (市纪委、机关事务管理局、房产局) clearing the
# 党政机关办公用房 (领导干部超标占用、随意改变使用功能、被其他企事业单位占用、已退休或调离干部仍占用原单位办公用房;
# 超标面积占标准面积的比例定处理方式; 6月底前完成检查验收):
# http://xtfw.cn/cms/xbsf/23821.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 清理类别 and 超标比例 beside the 单位名称,
# a 填表说明 and the signature lines.
CLEAR_ROWS = [
    (
        "濮阳县财政局",
        "超标占用",
        "局长办公室使用面积27平方米，超过标准12平方米",
        "80%",
        "加装隔断，超标部分改作会商室",
        "2024年6月30日",
        "已加装隔断，经联合工作组验收合格",
    ),
    (
        "濮阳县城关镇人民政府",
        "改变使用功能",
        "将二楼小会议室改作镇领导休息室",
        "—",
        "恢复会议室原使用功能",
        "6月底前",
        "已恢复",
    ),
    (
        "濮阳县住房和城乡建设局",
        "被其他企事业单位占用",
        "县建筑设计院（企业）占用机关办公楼四层6间办公用房",
        "—",
        "限期腾退",
        "2024年9月30日",
        "设计院新址正在装修，计划9月中旬搬离",
    ),
    (
        "濮阳县卫生健康委员会",
        "已退休或调离干部仍占用",
        "2名已调离干部仍占用原单位办公室",
        "—",
        "收回办公室统一调剂",
        "2024年6月30日",
        "未腾退",
    ),
    (
        "濮阳县文化广电和旅游局",
        "超标占用",
        "副局长办公室面积19平方米，超过标准7平方米",
        "58%",
        "调换办公室或加装隔断",
        "7月15日前",
        "",
    ),
    (
        "濮阳县市场监督管理局",
        "改变使用功能",
        "将机关档案室改建为职工健身房",
        "—",
        "恢复档案室功能",
        "2024年8月31日",
        "已拆除健身器材，正在恢复档案室",
    ),
    (
        "濮阳县交通运输局",
        "租借用房",
        "未经批准租用社会房屋作为路政执法大队办公用房",
        "—",
        "清理租赁，申请调剂用房",
        "年底前",
        "已申请调剂县行政中心闲置用房，正在审批",
    ),
]


def write_clear_docx(path: Path) -> Path:
    doc = _new_document("县机关事务管理局")
    _title(doc, "濮阳县党政机关办公用房集中清理整顿问题整改情况表", 18)
    _paragraph(
        doc,
        "填报单位：濮阳县机关事务管理局（县办公用房清理整顿联合工作组办公室）    填报日期：2024年7月25日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CLEAR_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "单位名称",
            "清理类别",
            "存在问题",
            "超标面积占标准面积比例",
            "处理意见",
            "整改时限",
            "整改落实情况",
        ],
        body,
    )
    _paragraph(
        doc,
        "填表说明：清理类别按超标占用、改变使用功能、被其他企事业单位占用、已退休或调离干部仍占用、租借用房填写；"
        "非超标类问题比例栏填“—”。",
        12,
    )
    _paragraph(doc, "填表人：焦玉洁    审核人：程广顺    联系电话：0393-3221846", 12)
    return _save_fixed(doc, path)


def write_clear(path: Path) -> Path:
    return via_soffice(write_clear_docx, path, "doc", "办公用房集中清理整顿问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 3. 公务用车使用管理专项整治问题整改台账, after 崇阳县's 公务用车使用管理专项整治 (七大类突出问题: 公车私用、私车公养、
# 油卡消费、违规租借、超标配置、日常管理不规范; 自查自纠、检查问责、建章立制三个阶段; 问题线索移交纪检监察机关):
# http://cyzk.cyxw.cc/News/11809.aspx
# An .xls (xlwt): title, 填报单位 line, a two-row header (问题情况 and 整改落实 groups), 问题来源 自查自纠/检查发现,
# a 是否移交纪检监察机关 column, former and short names of the units, a 合计 row, a 注 line and a signature line.
CAR_ROWS = [
    (
        "公车私用",
        "检查发现",
        "市交通局",
        "周末公务用车停放在居民小区内，无派车记录",
        "对驾驶员诫勉谈话，补齐派车审批流程",
        "2024年7月10日",
        "已整改",
        "否",
    ),
    (
        "私车公养",
        "检查发现",
        "市水务局",
        "使用公务加油卡为个人私家车加油3次，金额860元",
        "追缴费用，问题线索移交纪检监察机关",
        "2024年7月31日",
        "已追缴费用，派驻纪检监察组正在调查",
        "是",
    ),
    (
        "油卡消费",
        "自查自纠",
        "市环保局",
        "公务加油卡在加油站便利店购买饮料、纸巾等物品",
        "退缴违规消费款",
        "7月20日前",
        "已退缴",
        "否",
    ),
    (
        "违规租借",
        "检查发现",
        "市工商局",
        "长期借用下属企业车辆1辆用于机关日常公务",
        "归还借用车辆",
        "2024年8月15日",
        "",
        "否",
    ),
    (
        "超标配置",
        "检查发现",
        "市公安交警支队",
        "执法执勤用车违规加装真皮座椅等高档内饰",
        "拆除高档内饰，恢复原厂配置",
        "2024年9月30日",
        "未整改",
        "是",
    ),
    (
        "日常管理不规范",
        "自查自纠",
        "市气象局",
        "未执行公务用车使用登记和公示制度，油耗和运行费用未单车核算",
        "建立单车核算和使用登记公示制度",
        "长期坚持",
        "长期坚持",
        "否",
    ),
    (
        "日常管理不规范",
        "检查发现",
        "市商务局",
        "节假日使用公务用车未履行报备手续",
        "完善节假日用车报备制度",
        "2024年7月15日",
        "正在修订节假日用车报备制度",
        "否",
    ),
    (
        "公车私用",
        "检查发现",
        "市民政局",
        "公务用车用于接送干部职工上下班",
        "立即停止接送，追究相关人员责任",
        "2024年7月5日",
        "已停止接送，相关人员已作书面检查",
        "否",
    ),
]


def write_cars(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "公务用车使用管理专项整治问题整改台账", t, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市公务用车专项整治工作领导小组办公室（市机关事务管理局代章）    填报日期：2024年7月26日",
            plain,
            1,
            9,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "问题情况", h, 2, 4),
        (3, 1, "问题类别", h),
        (3, 2, "问题来源", h),
        (3, 3, "责任单位", h),
        (3, 4, "问题表现", h),
        (2, 5, "整改落实", h, 2, 7),
        (3, 5, "整改措施", h),
        (3, 6, "整改时限", h),
        (3, 7, "整改情况", h),
        (2, 8, "是否移交纪检监察机关", h, 3, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(CAR_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(CAR_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共发现问题8个，其中自查自纠2个、检查发现6个；移交纪检监察机关问题线索2件", c, r, 9),
        (
            r + 1,
            0,
            "注：问题类别按公车私用、私车公养、油卡消费、违规租借、超标配置、日常管理不规范填写。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：汪晓东    审核人：宁志刚    联系电话：0393-8991260", plain, r + 2, 9),
    ]
    widths = [6, 14, 10, 16, 38, 28, 14, 28, 10, 8]
    return _write_xls(path, [("整改台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 二级机构公务用车再排查疑似问题核实情况, after 怀远县教体局's 公务用车集中整治推进会 (对县教体局二级机构公务用车进行
# 再排查; 梳理出的公车IC卡对账单中疑似问题进行认真核实，并进行书面情况说明; 一车一卡、定点保险、定点维修、定点加油):
# http://hyx.ahbbjjjc.gov.cn/html/m/wenzhang_512378.html
# A CSV in UTF-8 (with BOM): title line, 填报单位 line, one header line, rows naming the 局's 二级机构 (schools and
# centres) and one row naming its own 局机关办公室, a 填表人 line.
IC_ROWS = [
    (
        "濮阳市第一高级中学",
        "豫J·0A215",
        "6月8日（周六）单日加油两次共105升，超过油箱容积",
        "学校组织学生外出研学往返郑州，有派车单",
        "否",
        "补充加油情况说明备案",
        "2024年7月10日",
        "已完成",
    ),
    (
        "濮阳市职业中等专业学校",
        "豫J·0A307",
        "加油卡在非定点加油站消费",
        "驾驶员在外地执行公务时应急加油",
        "否",
        "规范异地加油审批",
        "7月31日前",
        "正在修订车辆管理办法",
    ),
    (
        "濮阳市教育局教学研究室",
        "豫J·0A118",
        "同一张加油卡为两辆车加油",
        "加油卡与车辆未一一绑定",
        "是",
        "一车一卡，对号加油",
        "2024年7月15日",
        "已重新办理一车一卡",
    ),
    (
        "濮阳市实验中学",
        "豫J·0A426",
        "端午节假期有加油记录，车辆未按规定封存",
        "",
        "是",
        "落实节假日封存制度",
        "2024年8月10日",
        "",
    ),
    (
        "濮阳市特殊教育学校",
        "豫J·0A539",
        "单次维修费4200元，无维修清单",
        "待定点维修厂提供维修清单后核实",
        "待核实",
        "调取定点维修厂清单核对",
        "2024年8月20日",
        "正在调取维修清单",
    ),
    (
        "局机关办公室",
        "豫J·0A001",
        "公务加油卡月度加油量超过核定限额",
        "6月份下乡督导频次增加",
        "是",
        "严格执行加油限额，超限额须事前报批",
        "2024年7月20日",
        "未整改",
    ),
    (
        "濮阳市第二高级中学",
        "豫J·0A233",
        "加油卡消费记录中有便利店购物",
        "驾驶员用加油卡购买矿泉水",
        "是",
        "退缴购物款，对驾驶员批评教育",
        "2024年7月12日",
        "已退缴购物款，整改完成",
    ),
]


def write_ic(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市教育局二级机构公务用车集中整治再排查疑似问题核实情况表"])
    w.writerow(["填报单位：濮阳市教育局（盖章）", "", "", "", "填报日期：2024年7月24日"])
    w.writerow(
        [
            "序号",
            "使用单位",
            "车牌号码",
            "疑似问题（IC卡对账单）",
            "核实情况",
            "是否违规",
            "整改措施",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(IC_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["填表人：侯静    联系电话：0393-4412567    分管领导：马建军"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 公务用车北斗定位设备疑似故障车辆排查整改, after 蚌埠市's 公务用车监督管理中心 集中排查 (通过平台筛查出疑似故障问题
# 车辆，按照县区、单位进行划分; 发送至各县区及相关单位车管负责人初步核实; 对确实有疑问的车辆集中安排排查):
# https://bbxsyy.com/jgswglj/portal/article/index/id/1123/cid/28
# An .et (Excel 97 via LibreOffice): title, 排查单位/排查时间 line, one header row with 县区 and 用车单位, the 平台筛查问题
# beside the 初步核实情况 and 排查处理结果, a 说明 line and a 填报人 line.
GPS_ROWS = [
    (
        "市直",
        "市公积金中心",
        "豫J·01234",
        "车载北斗定位设备离线超过30天",
        "设备电源线松脱",
        "已重新接线，设备恢复在线",
        "2024年7月19日",
    ),
    (
        "清丰县",
        "清丰县农业农村局",
        "豫J·3C562",
        "平台无行驶轨迹但有加油记录",
        "定位设备天线损坏",
        "已报厂家更换天线，待安装",
        "2024年7月31日",
    ),
    (
        "范县",
        "范县城市管理局",
        "豫J·5F118",
        "定位设备被人为拆除",
        "驾驶员私自拆除",
        "设备已重新安装，整改完成",
        "7月25日前",
    ),
    ("市直", "市司法局", "豫J·01877", "定位数据频繁漂移，轨迹偏离道路", "", "", "2024年8月5日"),
    (
        "台前县",
        "台前县应急管理局",
        "豫J·6G043",
        "车辆连续15天无定位数据",
        "车辆送修期间断电",
        "车辆已修复，定位恢复正常",
        "2024年7月20日",
    ),
    (
        "华龙区",
        "濮阳市华龙区住房和城乡建设局",
        "豫J·2B719",
        "定位设备SIM卡欠费停机",
        "SIM卡欠费",
        "未处理",
        "2024年7月22日",
    ),
    (
        "市直",
        "市不动产登记中心",
        "豫J·01562",
        "设备型号老旧，不支持北斗三号定位",
        "设备2016年安装",
        "已纳入2024年设备更新计划，第四季度统一更换",
        "2024年12月31日",
    ),
]


def write_gps_book(path: Path) -> Path:
    b = Book(path, author="公务用车监督管理科")
    ws = b.sheet("排查台账")
    b.widths(ws, [6, 10, 28, 12, 32, 22, 32, 16])
    b.line(ws, 0, "公务用车北斗定位设备疑似故障车辆排查整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "排查单位：濮阳市机关事务管理局公务用车监督管理科    排查时间：2024年7月8日至7月19日    "
        "平台筛查结果已按县区、单位发各车管负责人初步核实",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "县区", "用车单位", "车牌号码", "平台筛查问题", "初步核实情况", "排查处理结果", "整改时限"],
    )
    for i, row in enumerate(GPS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GPS_ROWS)
    b.line(ws, end, "说明：“初步核实情况”由用车单位车管负责人填写，“排查处理结果”由集中排查组填写。", 7)
    b.line(ws, end + 1, "填报人：甄海涛    联系电话：0393-8996072    填报日期：2024年7月29日", 7)
    return b.close()


def write_gps(path: Path) -> Path:
    return via_soffice(write_gps_book, path, "xls", "北斗定位设备排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 公共机构节能日常巡查记录, after 赣州市林业局's 公共机构节能办 巡查 of its 机关各科室和部分局属单位 (空调温度设置是否
# 低于26℃; 有无开窗的同时开空调; 计算机等办公设备不用时是否及时关机; 自然光照较好时是否开灯; 人走灯灭; 节能节水标识;
# 节水型器具、长流水、高能耗电器; 现场批评教育并督促整改):
# http://qvoddyy.com/info/detail/37-39260.html
# An .xlsx: title, 巡查单位/巡查时间 line, one header row; rows name the 局's own 科室 (the unit is the 局) and its
# 局属单位 (each its own unit), a 备注 line and a 巡查人 line.
SAVE_ROWS = [
    (
        "办公室",
        "空调温度",
        "会议室空调温度设定为22℃",
        "调至26℃及以上",
        "2024年7月17日",
        "已现场调整",
        "任亚楠",
    ),
    (
        "国土空间规划科",
        "办公设备",
        "无人时电脑显示器和打印机未关闭",
        "下班前关闭办公设备电源",
        "2024年7月20日",
        "已整改",
        "郑凯",
    ),
    ("耕地保护监督科", "空调使用", "开窗的同时开空调", "关窗使用空调", "7月20日前", "", "李晓慧"),
    (
        "市不动产登记中心",
        "照明",
        "办事大厅白天自然光充足仍全部开灯",
        "分区控制照明",
        "2024年7月31日",
        "正在加装分区照明开关",
        "贾志强",
    ),
    (
        "濮阳市土地储备中心",
        "节水",
        "卫生间水龙头长流水，未使用节水型器具",
        "更换节水型器具",
        "2024年8月31日",
        "已采购感应龙头，正在安装",
        "马俊峰",
    ),
    (
        "财务科",
        "用电",
        "办公室私自使用电饭煲等大功率电器",
        "清理大功率电器",
        "2024年7月18日",
        "已收缴",
        "周丽",
    ),
    (
        "濮阳市自然资源执法监察支队",
        "宣传",
        "公共区域及重点用能部位未张贴节能节水标识",
        "张贴节能节水标识",
        "2024年7月25日",
        "未整改",
        "冯刚",
    ),
    (
        "人事科",
        "照明",
        "下班后走廊照明未关闭，人走灯未灭",
        "落实最后离开人员关灯制度",
        "长期坚持",
        "长期坚持",
        "孙文博",
    ),
]


def write_save(path: Path) -> Path:
    b = Book(path, author="节能办")
    ws = b.sheet("巡查记录")
    b.widths(ws, [6, 26, 10, 36, 22, 14, 24, 10])
    b.line(ws, 0, "2024年7月公共机构节能日常巡查记录表", 7, b.title)
    b.line(
        ws,
        1,
        "巡查单位：濮阳市自然资源和规划局公共机构节能办    巡查时间：2024年7月16日至7月17日    "
        "巡查范围：局机关各科室及部分局属单位",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "巡查科室（单位）",
            "巡查项目",
            "发现问题",
            "整改要求",
            "整改时限",
            "整改落实情况",
            "责任人",
        ],
    )
    for i, row in enumerate(SAVE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SAVE_ROWS)
    b.line(
        ws, end + 1, "备注：局机关科室的问题由局办公室督促整改，局属单位的问题由各单位主要负责人负责整改。", 7
    )
    b.line(ws, end + 2, "巡查人：任亚楠、郑凯    填表日期：2024年7月26日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 公共机构夏季空调温度设置专项抽查, after 靖江机管局's 空调温度专项检查 (抽查行政机关、社会团体、企事业单位夏季室内
# 空调温度设置情况; 夏季空调执行不低于26℃标准; 注意关窗; 定期检查，发现问题及时制止):
# http://glj.jiangsu.gov.cn/art/2018/8/26/art_2852_7795002.html
# An .xlsx: title, 检查单位 line, a two-row header (温度情况 over 设定温度 and 实测温度, numbers), the 抽查日期 (an
# event date) beside the 整改时限, short and former names of the units, a 注 line and a 检查人 line.
TEMP_ROWS = [
    (
        "市税务局",
        "行政机关",
        date(2024, 7, 10),
        "办税服务厅",
        24.0,
        23.8,
        "办税服务厅空调设定温度低于26℃",
        "调整至26℃",
        "2024年7月12日",
        "已调整至26℃",
    ),
    (
        "市残联",
        "社会团体",
        date(2024, 7, 10),
        "三楼办公室",
        26.0,
        25.5,
        "办公室无人时空调未关闭",
        "人走机停",
        "2024年7月15日",
        "已整改，建立下班关机检查制度",
    ),
    (
        "市科技局",
        "行政机关",
        date(2024, 7, 10),
        "二楼会议室",
        25.0,
        26.4,
        "会议室开空调同时开门窗",
        "关闭门窗",
        "7月15日前",
        "",
    ),
    (
        "市供电公司",
        "企业",
        date(2024, 7, 11),
        "营业厅",
        20.0,
        22.1,
        "营业厅空调设定温度20℃",
        "调整至26℃并加装温控锁",
        "2024年7月20日",
        "正在加装空调温控锁",
    ),
    (
        "市政务服务中心",
        "事业单位",
        date(2024, 7, 11),
        "服务大厅",
        26.0,
        25.2,
        "大厅中央空调未分区控制，无人区域照常送冷",
        "实施分区控制改造",
        "2024年9月30日",
        "已制定改造方案，待财政评审",
    ),
    (
        "市文广新局",
        "行政机关",
        date(2024, 7, 11),
        "四楼办公区",
        22.0,
        23.0,
        "多个办公室空调设定温度22℃至24℃",
        "调整至26℃",
        "2024年7月16日",
        "未整改",
    ),
    (
        "濮阳市妇女联合会",
        "社会团体",
        date(2024, 7, 12),
        "空调室外机",
        26.0,
        27.3,
        "空调室外机周边堆放杂物，散热不良能耗偏高",
        "清理杂物",
        "2024年7月31日",
        "复查合格",
    ),
]


def write_temp(path: Path) -> Path:
    b = Book(path, author="公共机构节能科")
    ws = b.sheet("抽查情况")
    b.widths(ws, [6, 18, 10, 12, 12, 10, 10, 34, 20, 14, 24])
    b.line(ws, 0, "公共机构夏季空调温度设置专项抽查发现问题及整改情况表", 10, b.title)
    b.line(ws, 1, "检查单位：濮阳市机关事务管理局公共机构节能科    抽查时间：2024年7月10日至7月12日", 10)
    for c, word in enumerate(["序号", "被抽查单位", "单位类别", "抽查日期", "抽查部位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "温度情况（℃）", b.head)
    b.header(ws, 3, ["设定温度", "实测温度"], first=5)
    for c, word in enumerate(["存在问题", "整改要求", "整改时限", "整改反馈"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(TEMP_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(TEMP_ROWS)
    b.line(ws, end + 1, "注：抽查时室外温度35℃至37℃；夏季室内空调温度设置不得低于26℃。", 10)
    b.line(ws, end + 2, "检查人：邱红梅、葛亮    填表日期：2024年7月22日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 机关单位食堂食品安全专项检查问题清单, after 益阳市资阳区's 市场监管局 and 机关事务管理局 joint check of 行政机关单位
# 食堂 (检查机关食堂16家，发现问题14个: 食品经营许可证过期或无证、从业人员健康证过期、食品留样不规范、“三防”设施缺失、
# 原辅料索证索票不齐; 对照问题清单立行立改; 日管控、周排查、月调度):
# http://chinafooddevelop.cn/news/202312061449484948.html
# An .xlsx: title, 牵头单位/检查时间 line, one header row with the 主管单位 as 责任单位 beside the 食堂, a 交办日期
# column the 立行立改 counts from, short names of the units, a 合计 row and a 核查人 line.
CANTEEN_ROWS = [
    (
        "市委党校食堂",
        "中共濮阳市委党校",
        "许可证照",
        "食品经营许可证已过期未延续",
        date(2024, 7, 10),
        "2024年7月31日",
        "已提交延续申请，正在审核",
    ),
    (
        "市公安局机关食堂",
        "市公安局",
        "从业人员",
        "2名从业人员健康证明过期仍在岗",
        date(2024, 7, 10),
        "立行立改",
        "已整改，2人已重新体检取得健康证明",
    ),
    (
        "市人社局机关食堂",
        "市人社局",
        "食品留样",
        "食品留样量不足125克，留样记录不全",
        date(2024, 7, 10),
        "立行立改",
        "已整改",
    ),
    (
        "市交警支队食堂",
        "市交警支队",
        "“三防”设施",
        "库房无防鼠板，操作间纱窗破损",
        date(2024, 7, 10),
        "2024年7月20日",
        "防鼠板已安装，纱窗正在更换",
    ),
    (
        "市检察院机关食堂",
        "濮阳市人民检察院",
        "索证索票",
        "肉类原料无动物检疫合格证明",
        date(2024, 7, 10),
        "立行立改",
        "",
    ),
    (
        "市行政服务中心职工餐厅",
        "市行政服务中心",
        "“三防”设施",
        "操作间未安装灭蝇灯",
        date(2024, 7, 10),
        "2024年7月15日",
        "未整改",
    ),
    (
        "市中级法院机关食堂",
        "濮阳市中级人民法院",
        "许可证照",
        "承包经营方变更后未重新办理食品经营许可",
        date(2024, 7, 10),
        "2024年8月31日",
        "正在办理",
    ),
    (
        "市气象局职工食堂",
        "市气象局",
        "食品留样",
        "未配备专用留样冰箱",
        date(2024, 7, 10),
        "2024年7月25日",
        "已购置留样冰箱并投入使用",
    ),
]


def write_canteen(path: Path) -> Path:
    b = Book(path, author="餐饮服务监管科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 20, 12, 36, 12, 16, 28, 10])
    b.line(ws, 0, "机关单位食堂食品安全专项检查问题清单及整改情况", 8, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市市场监督管理局、濮阳市机关事务管理局    检查时间：2024年7月8日至7月9日    "
        "问题清单于交办之日起立行立改，不能立行立改的按整改时限完成",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "食堂名称",
            "主管单位（责任单位）",
            "问题类别",
            "具体问题",
            "交办日期",
            "整改时限",
            "整改情况",
            "核查人",
        ],
    )
    for i, row in enumerate(CANTEEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 8, "", b.cell)
    end = 3 + len(CANTEEN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查机关食堂16家，发现问题8个")
    b.line(ws, end + 2, "核查人：黄立新、吕倩    填表日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 机关食堂反食品浪费工作成效评估情况通报, after 青海省省直机关事务管理局's 首轮评估 (联合发展改革委、市场监管局组成
# 评估组，对就餐人数百人以上的机关食堂评估; 管理机制、制度建设、采购存贮、节约用餐、厨余垃圾回收处理、宣传教育、监督
# 检查等7大项26条; 评出优、良、中、差等次; 对存在的问题提出整改要求):
# http://jgswglj.pingliang.gov.cn/ggjgjn/art/2022/art_5f6de6312dfa463a9338b2ae21fddc68.html
# A .docx: title, 主送, preamble, the problems as numbered paragraphs (each naming the 食堂 and its 评估等次, the 方面,
# the 整改时限 and the 整改情况 in sentences), a closing paragraph, the office and date at the foot.
WASTE_PARAS = [
    (
        "1.市发改委机关食堂（评估等次：良）。制度建设方面：未制定反食品浪费工作制度，未明确节约监督员。"
        "整改时限：2024年7月31日。整改情况：已印发《机关食堂反食品浪费管理办法》，整改完成。"
    ),
    (
        "2.市公积金中心机关食堂（评估等次：中）。采购存贮方面：食材采购无计划，库存蔬菜腐烂变质后直接丢弃。"
        "整改时限：8月底前。整改情况：正在建立按需采购台账。"
    ),
    (
        "3.市农业局机关食堂（评估等次：中）。节约用餐方面：自助餐取餐区未提供小份菜、半份菜，剩餐率偏高。"
        "整改时限：2024年7月20日。整改情况：未整改。"
    ),
    "4.市交通运输局机关食堂（评估等次：良）。厨余垃圾回收处理方面：餐厨垃圾未称重计量，未建立处理台账。整改时限：2024年8月15日。",
    (
        "5.市司法局机关食堂（评估等次：差）。管理机制方面：未按季度开展内部评估，评估记录缺失。"
        "整改时限：2024年9月30日。整改情况：已补做二季度内部评估，三季度评估正在开展。"
    ),
    (
        "6.市卫健委机关食堂（评估等次：良）。宣传教育方面：就餐区未张贴“光盘行动”宣传标识。"
        "整改时限：2024年7月15日。整改情况：已张贴到位，经复查合格。"
    ),
    (
        "7.市城管局机关食堂（评估等次：中）。监督检查方面：未开展餐盘剩余量抽查，节约用餐监督不经常。"
        "整改时限：长期坚持。整改情况：常态化推进。"
    ),
]


def write_waste(path: Path) -> Path:
    doc = _new_document("公共机构节能科")
    _title(doc, "关于2024年上半年市直机关食堂反食品浪费工作成效评估情况的通报")
    _paragraph(doc, "市直各有关单位：")
    _paragraph(
        doc,
        "按照机关食堂反食品浪费工作成效评估和通报制度要求，市机关事务管理局联合市发展改革委、市市场监管局组成评估组，"
        "于2024年6月对市直就餐人数百人以上的18家机关食堂开展了成效评估。评估组围绕管理机制、制度建设、采购存贮、"
        "节约用餐、厨余垃圾回收处理、宣传教育、监督检查等7大项26条，采取听取汇报、查阅资料、现场查看等方式逐条"
        "对照检查，评出优秀4家、良好8家、中等5家、差1家。现将评估发现的问题及各单位整改反馈情况通报如下：",
        indent=True,
    )
    _paragraph(doc, "一、评估发现的问题及整改情况", font="黑体")
    for text in WASTE_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(doc, "二、工作要求", font="黑体")
    _paragraph(
        doc,
        "各单位要对照评估反馈意见逐项抓好整改，尚未完成整改的于整改时限届满后5个工作日内将整改情况书面报市机关事务"
        "管理局公共机构节能科。",
        indent=True,
    )
    _paragraph(doc, "濮阳市机关事务管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 办公用房使用情况专项检查问题整改情况（两家）, after 三门峡市湖滨区's 机关事务中心 and 区纪委监委 专项检查组 (对区城管局、
# 区文化和旅游局、高庙乡、会兴街道等13家单位实地测量与清查摸底; 重点核查使用面积是否超标、是否违规占用多处办公用房、
# 是否未经批准租借用办公用房; 现场指出并明确整改要求，限时整改到位):
# http://www.hubin.gov.cn/25113/617128128/2028970.html
# A .zip of two returns: a district 城市管理局's .xlsx (填报单位 line; rows naming only its own 股室 and 大队) and a
# township government's .docx (a table naming its 站所 as 涉及站所).
BUREAU_ROWS = [
    (
        "面积超标",
        "局长办公室实测使用面积23.5平方米，超出标准5.5平方米",
        "局领导",
        "加装隔断，超标部分改作资料间",
        "2024年7月20日",
        "已完成隔断改造",
    ),
    (
        "一人多处占用",
        "副局长在局机关和环卫大队同时占用办公室",
        "环卫大队",
        "腾退环卫大队办公室",
        "2024年7月15日",
        "已腾退环卫大队办公室",
    ),
    (
        "未经批准租借用",
        "执法中队租用沿街商铺作为执勤点，未经审批",
        "执法中队",
        "申请调剂用房，退租商铺",
        "2024年10月31日",
        "已向区机关事务中心申请调剂用房，正在协调",
    ),
    (
        "面积超标",
        "市容科3名干部合用办公室面积36平方米，超过标准9平方米",
        "市容科",
        "调整办公室分配",
        "2024年8月10日",
        "",
    ),
    (
        "台账管理",
        "办公用房使用台账未随人员变动及时更新",
        "办公室",
        "每季度更新台账",
        "长期坚持",
        "长期坚持，每季度更新",
    ),
]
TOWN_ROWS = [
    ("面积超标", "乡长办公室使用面积16平方米，超过标准4平方米", "乡党政办", "2024年7月10日", "已加装隔断"),
    (
        "一单位多处占用",
        "财政所已迁入乡机关办公楼3间，原址办公室仍保留未交回",
        "乡财政所",
        "2024年8月31日",
        "正在清理原址办公室",
    ),
    (
        "未经批准借用",
        "未经批准借用村委会房屋作为综合执法大队办公场所",
        "乡综合行政执法大队",
        "2024年9月30日",
        "未整改",
    ),
    (
        "改变使用功能",
        "农业服务中心将办公室改作职工宿舍使用",
        "乡农业服务中心",
        "2024年7月25日",
        "已恢复办公功能，经区检查组复查合格",
    ),
    ("超期未收回", "调离干部原办公室未及时收回调剂", "乡党政办", "2024年7月31日", ""),
]


def write_bureau_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 40, 12, 26, 14, 30])
    b.line(ws, 0, "办公用房使用情况专项检查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市华龙区城市管理局    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "问题类型", "具体问题", "涉及股室", "整改措施", "整改时限", "整改进展"])
    for i, row in enumerate(BUREAU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(BUREAU_ROWS), "主要负责人：            填表人：赵敏    联系电话：0393-8316625", 6)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "办公用房专项检查发现问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区孟轲乡人民政府    填报日期：2024年7月27日", 12)
    _paragraph(
        doc,
        "区专项检查组于7月3日对我乡办公用房使用情况进行了实地测量和清查，现将反馈问题的整改情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "问题类型", "存在问题", "涉及站所", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：郭亚伟    联系电话：0393-8609153", 12)
    return _save_fixed(doc, path)


def write_offices(path: Path) -> Path:
    members = [
        ("办公用房专项检查问题整改情况（华龙区城市管理局）.xlsx", write_bureau_book),
        ("办公用房专项检查问题整改情况（孟轲乡）.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 公务车辆维修费用和油耗自查及轨迹检查问题整改台账, after 莆田荔源集团车辆管理中心's 自查 (针对超过核定维修费和百公里
# 油耗的车辆详细分析原因并做出整改措施; 每月对所属公务车辆GPS运行轨迹全面监督检查: 无派车单擅自出车、收车时间与
# 行车轨迹不符虚报台班费、停靠小区门口酒店娱乐场所景区等敏感地带):
# http://pt.fjsen.com/xw/2024-10/24/content_31763208.htm
# An .xlsx: title, 填报单位 line, a two-row header (自查情况 and 整改情况 groups) with the 使用单位 naming the group's own
# 部门 (the unit is the group) and its subsidiaries, a 合计 row and a signature line.
FLEET_ROWS = [
    (
        "豫J·G0101",
        "集团综合办公室",
        "维修费用超核定",
        "2024年上半年维修费1.86万元，超过年度核定维修费",
        "车辆使用年限超过8年，变速箱大修",
        "报集团审批更新车辆",
        "2024年9月30日",
        "已提交车辆更新申请",
    ),
    (
        "豫J·G0215",
        "濮阳市国运物业服务有限公司",
        "油耗超标",
        "百公里油耗14.2升，超过核定标准3.2升",
        "发动机积碳严重",
        "检修发动机并复测油耗",
        "2024年7月15日",
        "已检修，复测油耗恢复正常",
    ),
    (
        "豫J·G0322",
        "濮阳市国运建设工程有限公司",
        "无派车单出车",
        "6月15日（周六）无派车单出车，行驶里程86公里",
        "驾驶员称去工地送材料，待核实",
        "调查核实并追究驾驶员责任",
        "2024年7月31日",
        "正在调查核实",
    ),
    (
        "豫J·G0108",
        "集团财务部",
        "虚报台班费",
        "驾驶员登记收车时间晚于平台轨迹实际收车时间2小时",
        "驾驶员虚报加班台班",
        "追回多报台班费，通报批评",
        "2024年7月20日",
        "已追回多报台班费，已通报批评",
    ),
    (
        "豫J·G0431",
        "濮阳市国运水务有限公司",
        "停靠敏感地带",
        "周日晚间车辆在酒店停车场停靠3小时",
        "",
        "核实用车事由",
        "2024年7月25日",
        "",
    ),
    (
        "豫J·G0218",
        "濮阳市国运物业服务有限公司",
        "维修费用超核定",
        "同一故障一个月内在非定点修理厂维修两次",
        "未执行定点维修制度",
        "严格定点维修，追回重复维修费用",
        "2024年7月10日",
        "未整改",
    ),
    (
        "—",
        "集团车辆管理中心",
        "轨迹检查",
        "平台行车轨迹与派车单比对未按月开展",
        "检查制度执行不到位",
        "每月比对并形成检查记录",
        "长期坚持",
        "长期坚持",
    ),
]


def write_fleet(path: Path) -> Path:
    b = Book(path, author="车辆管理中心")
    ws = b.sheet("自查整改台账")
    b.widths(ws, [6, 12, 26, 14, 36, 26, 24, 14, 24])
    b.line(ws, 0, "2024年上半年公务车辆维修费用和油耗自查及轨迹检查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市国有资本运营集团有限公司车辆管理中心    填报日期：2024年7月25日", 8)
    for c, word in enumerate(["序号", "车牌号", "使用单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "自查情况", b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["问题类别", "问题描述", "原因分析", "整改措施", "完成时限", "整改结果"], first=3)
    for i, row in enumerate(FLEET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(FLEET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "自查公务车辆42辆，发现问题7个")
    b.line(ws, end + 2, "中心负责人：林国栋    填表人：吴晓婷    联系电话：0393-8127705", 8)
    return b.close()


FILES = [
    ("2024年市直单位办公用房专项检查发现问题整改台账.xlsx", write_rooms),
    ("濮阳县党政机关办公用房集中清理整顿问题整改情况表.wps", write_clear),
    ("公务用车使用管理专项整治问题整改台账.xls", write_cars),
    ("市教育局二级机构公务用车再排查疑似问题核实情况.csv", write_ic),
    ("公务用车北斗定位设备疑似故障车辆排查整改台账.et", write_gps),
    ("自然资源和规划局公共机构节能日常巡查记录（7月）.xlsx", write_save),
    ("公共机构夏季空调温度设置专项抽查问题整改情况.xlsx", write_temp),
    ("机关单位食堂食品安全专项检查问题清单.xlsx", write_canteen),
    ("关于市直机关食堂反食品浪费工作成效评估情况的通报.docx", write_waste),
    ("办公用房使用情况专项检查问题整改（两家）.zip", write_offices),
    ("国运集团公务车辆维修油耗自查及轨迹检查整改台账.xlsx", write_fleet),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

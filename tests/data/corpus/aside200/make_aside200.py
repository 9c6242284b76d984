"""Write the aside200 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 道路运输行业的检查整改 — 客运站, 出租汽车和网约车, 驾驶员培训, 机动车维修, 危险货物运输企业.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion, member times fixed), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .doc
(Word 97 via LibreOffice) whose items are numbered paragraphs under company headings, and a .zip of two returns
(an .xlsx and a .docx with a table). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside200.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice gives byte-identical files (fixed document dates and zip member times).
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


def grouped(b: Book, ws, first_row: int, col: int, rows: list[tuple], key: int = 0) -> None:
    """Merge the cells of column `col` over runs of rows that share rows[i][key] (a company over its problems)."""
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][key] == rows[i][key]:
            j += 1
        b.merge(ws, first_row + i, col, first_row + j, col, rows[i][key], b.center)
        i = j + 1


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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


# ---------------------------------------------------------------------------------------------
# Excel 97 (.xls) with xlwt.
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
# 1. 汽车客运站安全生产监督检查, after the published 汽车客运站安全生产监督检查表 (受检单位 line; columns 检查项目,
# 检查要求, 存在问题, 整改方式, 备注; the check items 安全生产管理体系、安全管理制度、安全生产责任制建立情况,
# “三不进站”“五不出站”, 安全责任协议, 资料台账, 安全生产经费投入, 应急预案的编制及演练 …):
# https://kb9.cn/read/216742.html
# An .xlsx: the form as the station sends it back: title, 受检单位/检查时间/检查单位 line, one header row with the
# form's own words (整改方式 holds the way and the time limit, 备注 the progress), rows of the form where nothing
# was found (“未发现问题”), the inspectors' and the station head's signature line and a 填表说明 line.
STATION_CHECK = "2024年7月10日"
STATION_ROWS = [
    (
        "安全生产管理体系、安全管理制度、安全生产责任制建立情况",
        "建立安全生产管理制度和以法定代表人为第一责任人的安全生产责任体系，实行“一岗双责”",
        "安全生产责任制未随人员调整及时修订，3名新任班组长未签订岗位安全责任书",
        "限期整改，2024年7月20日前完成",
        "已修订责任制并补签责任书，整改完成",
    ),
    (
        "“三不进站”、“五不出站”",
        "危险品、无关人员、无关车辆不进站；超载、例检不合格、驾驶员资格不符、证件不全、出站登记表未签字客车不出站",
        "出站检查岗未逐车核对驾驶员从业资格证，抽查上午3个班次均无核对记录",
        "立即整改",
        "已整改，出站登记表增设从业资格核对栏",
    ),
    (
        "安全责任协议",
        "与进站经营的道路旅客运输经营者签订安全责任协议，明确双方安全责任",
        "与进站经营的2家客运企业签订的安全责任协议已过期未续签",
        "限期整改，7月底前续签",
        "已与1家续签，另1家正在协商",
    ),
    (
        "安全宣传、安全检查、安全会议、事故处理、责任追究等资料台账",
        "每季度至少召开一次安全生产工作会议，每月至少召开一次安全例会，做好记录，完善资料台账",
        "二季度未召开安全生产工作会议，月度安全例会记录缺4月、5月两期",
        "限期整改，2024年8月15日前",
        "",
    ),
    (
        "安全生产经费投入",
        "安全生产经费不低于上年度客运代理费总额的0.5%，专项用于安全生产支出",
        "未发现问题",
        "",
        "",
    ),
    (
        "应急预案的编制及演练",
        "制定自然灾害、火灾、突发客流等应急预案，定期组织演练",
        "年度应急演练计划未落实，上半年未组织消防疏散演练",
        "限期整改，8月31日前组织一次综合演练",
        "演练方案已制定，拟于8月中旬组织",
    ),
    (
        "危险品查堵",
        "设立危险品查堵岗位，配备行包安全检查设备，查堵人员经培训考核上岗",
        "行包安检仪操作员1人未经培训上岗，安检仪显示屏有坏点影响图像判读",
        "限期整改，2024年7月25日前",
        "已更换显示屏，操作员已参加培训并考核合格",
    ),
    (
        "营运客车安全例行检查",
        "按技术规范对始发营运客车进行安全例检，例检人员如实填写报告单",
        "例检员对灯光、轮胎花纹深度等项目未实际检测即签字放行",
        "限期整改，7月15日前",
        "逾期未整改",
    ),
    (
        "消防安全",
        "消防设施完好有效，疏散通道、安全出口畅通",
        "候车大厅2具灭火器压力不足，东侧消防通道堆放杂物",
        "立即整改",
        "已当场更换灭火器、清理通道",
    ),
    (
        "车辆动态监控",
        "对进站营运客车动态监控情况进行核查",
        "未发现问题",
        "",
        "",
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="客运中心站安全科")
    ws = b.sheet("监督检查表")
    b.widths(ws, [6, 26, 40, 40, 22, 30])
    b.line(ws, 0, "汽车客运站安全生产监督检查表", 5, b.title)
    b.line(
        ws,
        1,
        f"受检单位：濮阳市汽车客运中心站    检查时间：{STATION_CHECK}    检查单位：濮阳市交通运输综合行政执法支队",
        5,
    )
    b.header(ws, 2, ["序号", "检查项目", "检查要求", "存在问题", "整改方式", "备注"])
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STATION_ROWS)
    b.line(ws, end, "检查人员（签字）：王建军、李涛    受检单位负责人（签字）：赵国庆", 5)
    b.line(
        ws,
        end + 1,
        "填表说明：“整改方式”“备注”栏由受检单位填写整改时限和落实情况，立即整改的以检查之日为准，"
        "于2024年7月30日前报执法支队。",
        5,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 暑运客运站和客运企业安全检查, after a district 运管所's holiday check of 客运公司、车站 (安排部署、应急运力储备,
# 车辆安全例检、出站检查、危险品查堵、封闭式管理, 消防器材、安全锤, GPS动态监控平台 上线率, 安全告知和安全带;
# 发现车上玻璃破损、加座、悬挂路线牌等问题，向各客运公司和车站反馈，责令限期整改并上报整改结果):
# http://old.zmdnews.cn/paper/news.php?id=333642&pid=3855
# A .zip of the two returns sent back: the station's .xlsx (title, 填报单位 line, 责任科室 as sections of the
# station, a 填表人 line) and the bus company's .docx report (addressee, preamble with the check date, one table
# by 车牌号, the company and date at the foot).
EAST_ROWS = [
    (
        "封闭式管理",
        "发车区西侧围栏破损，社会车辆可从缺口驶入发车区",
        "综合办公室",
        "修复围栏并加装升降杆",
        "2024年7月25日",
        "已修复，升降杆已安装使用",
    ),
    (
        "出站检查",
        "出站登记表驾驶员签字栏多处由他人代签",
        "营运科",
        "重新培训出站检查员，落实驾驶员当面签字",
        "7月20日前",
        "正在整改",
    ),
    (
        "消防安全",
        "候车室消防应急照明灯3盏不亮",
        "综合办公室",
        "更换应急照明灯",
        "2024.7.18",
        "已更换",
    ),
    (
        "应急运力储备",
        "暑运应急运力储备车辆未落实到具体车号和驾驶员",
        "营运科",
        "与客运企业签订应急运力协议，明确备用车辆",
        "7月底前",
        "",
    ),
    (
        "实名制售票",
        "网络售票旅客进站时未核验有效身份证件",
        "售票科",
        "进站口增设人证核验闸机",
        "8月31日前",
        "闸机已采购，正在安装调试",
    ),
    (
        "危险品查堵",
        "夜间班次行包安检仪无人值守，旅客行包未过机",
        "安检科",
        "调整排班，夜班增配安检员1名",
        "2024年7月15日",
        "已整改到位",
    ),
]


def write_east_book(path: Path) -> Path:
    b = Book(path, author="客运东站")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 36, 12, 30, 14, 24])
    b.line(ws, 0, "濮阳市客运东站暑运安全检查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市客运东站（安全科）    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "检查环节", "发现问题", "责任科室", "整改措施", "整改期限", "整改结果"])
    for i, row in enumerate(EAST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(EAST_ROWS), "站长：郭志强    填表人：许文静    联系电话：0393-4412356", 6)
    return b.close()


SHUNDA_ROWS = [
    ["1", "豫J·A2316", "右侧第三扇车窗玻璃破裂", "更换车窗玻璃", "2024年7月15日", "已更换"],
    ["2", "豫J·A1085", "车厢内违规加装座椅2个", "拆除加装座椅，对驾驶员停班教育", "立即整改", "已拆除"],
    [
        "3",
        "豫J·A3370",
        "前挡风玻璃处悬挂线路牌遮挡驾驶员视线",
        "拆除线路牌，改用电子路牌",
        "7月20日前",
        "线路牌已拆除，电子路牌正在安装",
    ],
    [
        "4",
        "全公司",
        "动态监控平台车辆上线率仅82%，低于规定要求",
        "排查车载终端故障，落实专人监控",
        "2024年8月15日",
        "正在逐车排查故障终端",
    ],
]


def write_shunda_docx(path: Path) -> Path:
    doc = _new_document("顺达客运")
    _title(doc, "濮阳市顺达客运有限公司关于暑运安全检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "2024年7月12日，市交通运输综合行政执法支队对我公司营运客车开展暑运安全检查，反馈问题4项，"
        "立即整改的以检查当日为限。我公司逐项落实整改，现将整改情况报告如下：",
    )
    _table(doc, ["序号", "车牌号", "存在问题", "整改措施", "完成时限", "整改情况"], SHUNDA_ROWS)
    _paragraph(doc, "联系人：孙伟    联系电话：13903936287", 12)
    _paragraph(doc, "濮阳市顺达客运有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_summer(path: Path) -> Path:
    members = [
        ("濮阳市客运东站暑运安全检查发现问题整改情况表.xlsx", write_east_book),
        ("顺达客运公司暑运安全检查问题整改报告.docx", write_shunda_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 3. 出租汽车逐车查验, after a city's order that every taxi company check each of its cars itself (车辆外观、车内环境、
# 营运标识、宣传标语、证件审验、维护监测、安全设施), cars that fail not to run:
# http://linyi.com/comment/index/id/87080.html
# A CSV in UTF-8 with a BOM (Excel's “CSV UTF-8”): title line, 填报单位/查验时间 line, one header line with the
# company's 车队 as sections, a 合计 line and a 填表人 line.
TAXI_ROWS = [
    (
        "一车队",
        "豫JT0135",
        "张建华",
        "车辆外观",
        "车身右后门凹陷、漆面脱落",
        "钣金喷漆修复",
        "2024年7月25日",
        "复验合格",
    ),
    (
        "一车队",
        "豫JT0278",
        "李红军",
        "营运标识",
        "顶灯损坏不亮，车门营运标识缺失",
        "更换顶灯，补贴标识",
        "7月22日",
        "复验合格",
    ),
    (
        "二车队",
        "豫JT0412",
        "王志刚",
        "车内环境",
        "座套污损，车内有明显烟味",
        "更换座套，车内清洁",
        "7月20日",
        "未整改",
    ),
    (
        "二车队",
        "豫JT0566",
        "刘海",
        "证件审验",
        "驾驶员从业资格证未按期注册",
        "到市道路运输服务中心办理注册",
        "7月31日",
        "正在办理",
    ),
    ("三车队", "豫JT0689", "陈立新", "维护监测", "计价器超过检定有效期", "送计量检定机构检定", "8月10日", ""),
    (
        "三车队",
        "豫JT0731",
        "赵永",
        "安全设施",
        "车载灭火器过期，安全锤缺失",
        "更换灭火器，配齐安全锤",
        "7月22日",
        "复验合格",
    ),
    (
        "一车队",
        "豫JT0820",
        "周建",
        "宣传标语",
        "后窗文明城市创建宣传贴破损",
        "重新张贴宣传标语",
        "7月25日",
        "正在制作",
    ),
]


def write_taxi(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["出租汽车逐车查验问题整改登记表"])
    w.writerow(["填报单位：濮阳市通达出租汽车有限公司    查验时间：2024年7月15日—7月19日"])
    w.writerow(
        ["序号", "所属车队", "车牌号", "驾驶员", "查验项目", "存在问题", "整改要求", "整改期限", "复验结果"]
    )
    for i, row in enumerate(TAXI_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "查验车辆126辆", "", "", "不合格车辆7辆", "", "", ""])
    w.writerow(["填表人：马文斌    审核人：杜德胜    填报日期：2024年7月29日"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 出租汽车企业约谈, after a county 交通运输综合行政执法大队's 约谈会 of the taxi companies (通报市民投诉的拼客、拒载、
# 不打表等违规经营问题，指出各公司在管理制度落实、驾驶员日常管理、学习教育培训、投诉处理等方面的不足，要求整改):
# http://bbs.pingyuxianzx.com/archiver/showtopic-7755.aspx
# A .doc (Word 97 via LibreOffice): the 执法支队's report, addressee, preamble, the companies as headings 一、二、三、
# and the problems as numbered paragraphs under them (measure, time limit and progress in sentences), a closing
# paragraph, the sender and date at the foot.
RIDE_TEXT = [
    ("head", "一、濮阳市宏运出租汽车有限公司"),
    (
        "item",
        "1. 驾驶员在火车站、汽车站等客流集散地拼客、议价问题突出，7月以来被投诉9起。公司已对涉事驾驶员停班培训，"
        "在重点区域安排专人巡查，整改时限7月31日，目前正在推进。",
    ),
    (
        "item",
        "2. 投诉处理台账不完整，部分投诉未在规定时限内回复乘客。公司已建立投诉受理、调查、回复闭环台账，"
        "指定专人负责，整改时限7月20日，已整改完成。",
    ),
    ("head", "二、濮阳市金龙出租汽车有限公司"),
    (
        "item",
        "3. 部分驾驶员运营中不使用计价器，按“一口价”收费。要求公司于2024年8月15日前对全部驾驶员开展一次规范经营"
        "培训并逐车检查计价器使用情况。目前尚未启动。",
    ),
    (
        "item",
        "4. 驾驶员安全教育培训记录缺失，二季度未组织集中学习。要求7月20日前完成。公司已于7月18日组织集中培训，"
        "补齐培训台账，已整改。",
    ),
    ("head", "三、濮阳市安达出租汽车有限公司"),
    (
        "item",
        "5. 夜间时段拒载短途乘客问题反复出现。公司对被投诉驾驶员扣减服务质量信誉考核分，与驾驶员签订文明服务"
        "承诺书，要求8月底前见效，目前正在整改。",
    ),
    (
        "item",
        "6. 车辆消毒和车容车貌检查制度落实不到位，日常检查记录流于形式。要求公司建立常态化检查机制，长期坚持。",
    ),
    ("item", "7. 企业主要负责人未按要求参加行业安全例会。整改时限：7月底前。"),
]


def write_ride_docx(path: Path) -> Path:
    doc = _new_document("执法支队客运科")
    _title(doc, "关于出租汽车企业规范经营约谈会通报问题整改情况的报告")
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "2024年7月5日，支队召开城区出租汽车企业规范经营约谈会，通报了近期12328交通运输服务监督电话和12345热线"
        "投诉集中反映的拼客、拒载、不打表等违规经营问题，以及企业在管理制度落实、驾驶员日常管理、教育培训、"
        "投诉处理等方面存在的不足。现将各企业整改情况报告如下：",
    )
    for kind, text in RIDE_TEXT:
        _paragraph(doc, text, font="黑体" if kind == "head" else "仿宋_GB2312")
    _paragraph(doc, "下一步，支队将对各企业整改情况逐一核检，对整改不到位的企业依法依规严肃处理。")
    _paragraph(doc, "濮阳市交通运输综合行政执法支队", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ride(path: Path) -> Path:
    return via_soffice(write_ride_docx, path, "doc", "出租汽车企业约谈问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 网约车平台企业约谈, after a city's 网约车平台企业约谈会 (已注销平台企业和车辆继续参与经营的核查; 不得新接入不合规
# 车辆和驾驶员、不得向不合规车辆派单、加快清退; 不得低价倾销、大数据杀熟、诱导欺诈; 线下公司及时报送退出经营的车辆
# 和驾驶员信息，平台注销封禁账号):
# https://wb.xxrb.com.cn/pywb/2024-01/15/content_9918145.html
# An .xlsx: title, 牵头单位/约谈时间/填报日期 line, one header row, the platform company merged over its problems,
# a 是否销号 column (是/否) beside the progress, a 注 line and a 填表人 line.
PLATFORM_ROWS = [
    (
        "濮阳畅途网络科技有限公司",
        "向已注销网络预约出租汽车运输证的车辆继续派单",
        "立即封禁已注销车辆账号，停止派单",
        "2024年7月10日",
        "已封禁账号23个",
        "是",
    ),
    (
        "濮阳畅途网络科技有限公司",
        "新接入车辆中有未取得网络预约出租汽车运输证的车辆",
        "清退不合规车辆，不得新接入",
        "7月31日前",
        "已清退41辆，剩余18辆正在核实",
        "否",
    ),
    (
        "濮阳畅途网络科技有限公司",
        "未在平台显著位置公示计价规则和抽成比例",
        "公示计价规则和抽成比例",
        "7月20日前",
        "已公示",
        "是",
    ),
    (
        "濮阳市易约出行信息技术有限公司",
        "订单信息未按要求实时上传网约车监管信息交互平台",
        "完善数据接口，确保数据完整、实时上传",
        "2024年8月31日",
        "正在与技术服务商对接",
        "否",
    ),
    (
        "濮阳市易约出行信息技术有限公司",
        "以大额优惠券开展低价营销，扰乱市场价格秩序",
        "停止低价倾销营销活动",
        "7月15日前",
        "",
        "否",
    ),
    (
        "濮阳聚合出行服务有限公司",
        "聚合平台接入的2家网约车平台企业未取得本市经营许可",
        "下线无许可的接入平台",
        "7月20日前",
        "已下线2家",
        "是",
    ),
    (
        "濮阳聚合出行服务有限公司",
        "线下服务机构未及时报送退出经营的车辆和驾驶员信息",
        "建立退出信息报送机制",
        "长期坚持",
        "按周报送，常态化推进",
        "",
    ),
]


def write_platform(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 28, 40, 30, 14, 28, 10])
    b.line(ws, 0, "全市网约车平台企业约谈会通报问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市交通运输综合行政执法支队    约谈时间：2024年7月3日    填报日期：2024年7月29日",
        6,
    )
    b.header(ws, 2, ["序号", "平台企业", "通报问题", "整改要求", "整改时限", "整改进展", "是否销号"])
    for i, row in enumerate(PLATFORM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[1:5]), first=2)
        b.put(ws, 2 + i, 6, row[5], b.center)
    grouped(b, ws, 3, 1, PLATFORM_ROWS)
    end = 3 + len(PLATFORM_ROWS)
    b.line(ws, end, "注：“是否销号”由牵头单位核查后填写。", 6)
    b.line(ws, end + 1, "填表人：韩磊    联系电话：0393-8916320", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 教练车年度审验, after a district 驾培部门's yearly check of the 驾校 training cars (上线检测、车辆档案、技评报告、
# 保险、教学附加设施; 报废未及时更新、年审过期、技评过期、未及时购买保险、终端损坏未及时维修、驾培标志标识不全;
# 责令立即整改，整改不到位的函告车管所核减考试计划):
# http://news.whwd.com/portal.php?aid=24805&mod=view
# An .xlsx: title with the year, 填报单位/审验时间 line, one header row, the 驾培机构 merged over its cars, a 合计 row
# and a 注 line with the sign-off.
COACH_ROWS = [
    (
        "濮阳县安达机动车驾驶员培训有限公司",
        "豫J·3215学",
        "教练车已达报废年限未及时更新",
        "停止教学使用，办理报废更新",
        "2024年7月31日",
        "已报废，新车正在上牌",
    ),
    (
        "濮阳县安达机动车驾驶员培训有限公司",
        "豫J·3308学",
        "技术等级评定报告过期",
        "重新进行技术等级评定",
        "7月20日",
        "已评定合格",
    ),
    (
        "濮阳县安达机动车驾驶员培训有限公司",
        "豫J·3342学",
        "计时培训终端损坏未及时维修",
        "维修或更换计时终端",
        "7月15日",
        "已更换终端",
    ),
    (
        "濮阳县通顺驾驶培训学校",
        "豫J·5120学",
        "教练车保险已到期未续保",
        "立即续保，续保前停止教学",
        "7月12日",
        "已续保",
    ),
    (
        "濮阳县通顺驾驶培训学校",
        "豫J·5167学",
        "车顶“教练车”标志灯缺失，驾培标识不全",
        "补装标志灯和标识",
        "7月20日",
        "未整改",
    ),
    (
        "濮阳县鑫安驾校有限公司",
        "豫J·6021学",
        "车辆年审过期未上线检验",
        "上线检测",
        "7月25日",
        "",
    ),
    (
        "濮阳县鑫安驾校有限公司",
        "豫J·6055学",
        "副制动装置失灵",
        "维修副制动装置并经检测合格",
        "7月18日",
        "已维修，检测合格",
    ),
    (
        "濮阳县华安机动车驾驶员培训有限公司",
        "豫J·7003学",
        "车身未喷印驾培机构名称和监督电话",
        "按规定喷印",
        "8月10日",
        "正在喷印",
    ),
]


def write_coach(path: Path) -> Path:
    b = Book(path, author="驾培股")
    ws = b.sheet("审验问题")
    b.widths(ws, [6, 30, 14, 34, 28, 14, 22])
    b.line(ws, 0, "2024年驾培机构教练车年度审验发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县交通运输局驾培股    审验时间：2024年7月8日至12日", 6)
    b.header(ws, 2, ["序号", "驾培机构", "车牌号", "存在问题", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(COACH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[1:]), first=2)
    grouped(b, ws, 3, 1, COACH_ROWS)
    end = 3 + len(COACH_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "4所驾培机构，问题车辆8辆")
    b.line(ws, end + 1, "注：整改不到位的车辆，函告车管所核减考试计划。    审核：王建设    填表：刘晓", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 驾校检查整顿, after a city's joint 驾校检查整顿 (车管所驾驶人考试中心、运管局驾培处、驾驶员培训行业协会; 教练员、
# 教练车、培训场地、培训档案; 教练员超龄、教练车没有喷涂举报电话、没有放大号牌，责令限期纠正):
# http://www.w2a8.com/news/313.html
# A .docx: the school's report, addressee, preamble, the problems as numbered paragraphs 一、二、… (each naming the
# school's 科室 that answers for it, a time limit and the progress in sentences), a closing paragraph, the school
# and date at the foot.
SCHOOL_PARAS = [
    "一、2名教练员年龄超过60周岁仍从事教学。整改措施：由教务科停止2人教学工作，注销其教练员备案并重新分配学员，"
    "7月15日前完成。目前已全部办结。",
    "二、部分教练车未喷涂监督举报电话，未喷涂放大号牌。整改措施：由车管科对全部48辆教练车逐车检查补喷，"
    "整改时限2024年7月31日。目前已完成35辆，其余正在喷涂。",
    "三、科目二训练场地部分标线模糊，桩杆缺失。整改措施：由办公室联系施工单位重新施划标线、补齐桩杆，"
    "8月20日前完成。目前尚未开工。",
    "四、部分学员培训档案中《培训记录》结业考核员未签字。整改措施：由教务科逐份核查补签，档案归档前由专人审核，"
    "整改时限7月20日。已补签完毕。",
    "五、与学员签订的培训合同未载明退费条款，招生大厅收费公示不完整。整改措施：由财务科按示范文本重新签订培训合同，"
    "在招生大厅公示收费项目和标准，9月30日前完成。",
    "六、教练员职业道德教育开展不经常。整改措施：由办公室每月组织一次教练员职业道德和安全教育，长期坚持。",
]


def write_school(path: Path) -> Path:
    doc = _new_document("龙都驾校")
    _title(doc, "濮阳市龙都机动车驾驶员培训有限公司关于驾培机构检查整顿发现问题整改情况的报告", 20)
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "2024年7月9日，市交通运输局驾培管理科会同市公安局交通管理支队车辆管理所、市驾驶员培训行业协会对我校教练员、"
        "教练车、培训场地和培训档案进行了检查整顿，指出问题6项。我校高度重视，逐项制定整改措施，"
        "现将整改情况报告如下：",
    )
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我校将举一反三，健全教练员、教练车和培训档案管理制度，确保培训质量和安全。")
    _paragraph(doc, "濮阳市龙都机动车驾驶员培训有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 机动车维修企业专项执法检查, after a county 交通运输执法中队's two-week check of the repair shops (是否按规定办理
# 备案、经营违规行为、废弃矿物油处置、厂区环境卫生、消防灭火器定期更换、漆房空气滤芯定期更换台账; 要求立即整改):
# http://maoxian.gov.cn/mxrmzf/c100050/202404/b325309adcb04000b24a970abce1d20d.shtml
# An .xls (xlwt): title, 检查单位 line saying the time limits count from the check date, one header row with the
# row's 检查日期, time limits as days (N日内, N个工作日内, 立即整改) or dates, a 注 line and a 填报人 line.
REPAIR_ROWS = [
    (
        "濮阳市华龙区顺通汽车修理厂",
        "2024-07-08",
        "经营备案",
        "未按规定办理机动车维修经营备案",
        "到道路运输管理机构办理备案",
        "15日内",
        "已办理备案",
    ),
    (
        "濮阳市华龙区顺通汽车修理厂",
        "2024-07-08",
        "危险废物处置",
        "废机油桶露天堆放，未设危险废物贮存间",
        "设置专用贮存间，与有资质单位签订处置协议",
        "30日内",
        "贮存间正在建设",
    ),
    (
        "濮阳市老兵汽车维修服务有限公司",
        "2024-07-10",
        "消防安全",
        "维修车间灭火器过期失效4具",
        "更换灭火器",
        "立即整改",
        "已当场更换",
    ),
    (
        "濮阳市老兵汽车维修服务有限公司",
        "2024-07-10",
        "喷漆作业",
        "烤漆房空气滤芯未定期更换，无更换台账",
        "更换滤芯，建立更换台账",
        "7日内",
        "未整改",
    ),
    (
        "濮阳市开发区捷诚汽车服务有限公司",
        "2024-07-12",
        "环境卫生",
        "厂区油污遍地，车辆零部件随意堆放",
        "清理厂区，规范物品摆放",
        "3日内",
        "已清理完毕",
    ),
    (
        "濮阳市开发区捷诚汽车服务有限公司",
        "2024-07-12",
        "经营行为",
        "未在经营场所公示收费项目、工时定额和工时单价",
        "公示收费项目、工时定额和单价",
        "5个工作日内",
        "",
    ),
    (
        "濮阳市华龙区安顺汽车快修店",
        "2024-07-16",
        "维修档案",
        "未建立维修档案，维修数据未上传汽车维修电子健康档案系统",
        "建立维修档案并按规定上传",
        "2024年8月31日",
        "已建立纸质档案，正在对接系统",
    ),
    (
        "濮阳市华龙区安顺汽车快修店",
        "2024-07-16",
        "占道经营",
        "在店外人行道上从事维修作业",
        "立即停止占道作业",
        "立即整改",
        "已整改",
    ),
]


def write_repair(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "机动车维修企业专项执法检查发现问题整改台账", t, 0, 7),
        (
            1,
            0,
            "检查单位：濮阳市交通运输综合行政执法支队第三大队    整改时限自检查之日起计算",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "企业名称", "检查日期", "检查内容", "存在问题", "整改要求", "整改时限", "整改情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(REPAIR_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 6) else c))
    end = 3 + len(REPAIR_ROWS)
    cells.append((end, 0, "注：整改情况由各企业填报，执法大队复核。", plain, end, 7))
    cells.append((end + 1, 0, "填报人：马超    审核人：杨帆    2024年7月29日", plain, end + 1, 7))
    return _write_xls(path, [("整改台账", cells)], [6, 30, 12, 12, 36, 30, 14, 26])


# ---------------------------------------------------------------------------------------------
# 9. 汽车维修企业行政检查, after a county 交通运输综合执法大队's checks of the repair shops recorded on the
# 《交通运输行政检查业务履职记录表》 (消防器材过使用期、危废品摆放不当、作业厂区物品摆放混乱、制度牌悬挂不当,
# 专用车间设备设施、指示标志和安全管理人员; 现场下达责令整改通知书，限期整改，复查验收，形成闭环):
# https://www.snlt.cn/?p=10259
# An .et (Excel 97 via LibreOffice): title, 执法单位/汇总时间 line, one header row with the notice number in the
# 处理措施, a 复查时间 (an event) and 复查结果 beside the 整改期限, a 说明 line and a 记录人 line.
LOG_ROWS = [
    (
        "濮阳县鑫运汽车修理厂",
        "2024.7.3",
        "消防器材过使用期，2具灭火器压力不足",
        "下达责令整改通知书（濮县交执改〔2024〕021号）",
        "2024.7.10",
        "2024.7.10",
        "合格",
    ),
    (
        "濮阳县鑫运汽车修理厂",
        "2024.7.3",
        "废机油、废电瓶等危废品与配件混放，未分类存放",
        "同上",
        "2024.7.10",
        "2024.7.10",
        "不合格，继续整改",
    ),
    (
        "濮阳县宏达汽车维修有限公司",
        "2024.7.9",
        "作业厂区物品摆放混乱，车间通道堵塞",
        "现场责令改正",
        "2024.7.9",
        "2024.7.9",
        "合格",
    ),
    (
        "濮阳县宏达汽车维修有限公司",
        "2024.7.9",
        "未明确安全管理人员，岗位安全制度牌悬挂不当",
        "下达责令整改通知书（濮县交执改〔2024〕024号）",
        "2024.7.31",
        "",
        "",
    ),
    (
        "濮阳县城关镇路路通汽车美容维修店",
        "2024.7.16",
        "无专用维修车间，露天从事二类维修作业",
        "下达责令整改通知书（濮县交执改〔2024〕027号）",
        "2024.8.15",
        "2024.7.26",
        "未整改",
    ),
    (
        "濮阳县城关镇路路通汽车美容维修店",
        "2024.7.16",
        "维修作业区未设置明显的安全警示标志",
        "同上",
        "2024.7.23",
        "2024.7.24",
        "合格",
    ),
]


def write_log_book(path: Path) -> Path:
    b = Book(path, author="城关中队")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 12, 36, 34, 12, 12, 18])
    b.line(ws, 0, "交通运输行政检查业务履职记录汇总表（汽车维修企业）", 7, b.title)
    b.line(ws, 1, "执法单位：濮阳县交通运输综合执法大队城关中队    汇总时间：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "检查对象", "检查时间", "检查发现问题", "处理措施", "整改期限", "复查时间", "复查结果"],
    )
    for i, row in enumerate(LOG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LOG_ROWS)
    b.line(ws, end, "说明：复查结果为“合格”的予以销号；未到复查时间的暂不填写。", 7)
    b.line(ws, end + 1, "记录人：姜涛    审核人：宋振华", 7)
    return b.close()


def write_log(path: Path) -> Path:
    return via_soffice(write_log_book, path, "xls", "汽车维修企业行政检查履职记录汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 危险货物运输企业隐患曝光, after a city 交警's exposure of 危化品运输企业 with their most salient hazards (安全管理
# 人员从业资格证书不齐全; 安全生产管理制度不健全; 未定期开展应急演练和培训; 安全培训台账缺失; 未制定隐患排查工作方案;
# 劳保用品档案不健全; 未实行一车一档; 未建立动态监控工作台账、履行监控主体责任), to be rectified by the companies:
# http://yantongly.com/news/content/2020-07/24/content_23381522_2.htm
# An .xlsx: title, 填报单位/填报日期 line, a two-row header (整改落实 over three columns) with a 责任人 (a person),
# the exposed company merged over its hazards, a 说明 line and a 填表人 line.
HAZMAT_ROWS = [
    (
        "濮阳市恒信危险品运输有限公司",
        "企业安全管理人员从业资格证书不齐全，2名安全员无证上岗",
        "组织安全员参加考核取证，取证前调整岗位",
        "2024年8月31日",
        "1人已取证，1人待考",
        "周强",
    ),
    (
        "濮阳市恒信危险品运输有限公司",
        "未建立动态监控工作台账，未履行监控主体责任",
        "建立动态监控台账，配备专职监控员",
        "2024年7月20日",
        "已完成",
        "周强",
    ),
    (
        "濮阳市恒信危险品运输有限公司",
        "劳保用品档案不健全，发放凭证不完整",
        "补齐劳保用品发放记录",
        "2024年7月15日",
        "未完成",
        "李娜",
    ),
    (
        "濮阳市中联化工物流有限公司",
        "货运车辆技术档案记录不完善，未实行一车一档",
        "逐车建立技术档案",
        "7月31日前",
        "正在整理，已完成约六成",
        "孟凡军",
    ),
    (
        "濮阳市中联化工物流有限公司",
        "上半年未开展道路运输生产安全应急演练",
        "制定演练方案并组织演练",
        "8月15日前",
        "",
        "孟凡军",
    ),
    (
        "濮阳县顺安危货运输有限公司",
        "未制定安全隐患排查工作方案，排查范围和方法不明确",
        "制定隐患排查工作方案",
        "2024年7月20日",
        "已完成",
        "高建国",
    ),
    (
        "濮阳县顺安危货运输有限公司",
        "驾驶员、押运员月度安全教育无记录，安全培训台账缺失",
        "每月开展安全教育并建立台账",
        "长期坚持",
        "长期坚持",
        "高建国",
    ),
]


def write_hazmat(path: Path) -> Path:
    b = Book(path, author="危化品车辆管理大队")
    ws = b.sheet("曝光问题整改")
    b.widths(ws, [6, 28, 40, 30, 14, 22, 10])
    b.line(ws, 0, "危险货物运输企业安全隐患曝光问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：市交警支队危化品运输车辆管理大队    填报日期：2024年7月30日", 6)
    for c, word in enumerate(["序号", "曝光企业", "隐患问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "整改落实", b.head)
    b.merge(ws, 2, 6, 3, 6, "责任人", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "完成情况"], first=3)
    for i, row in enumerate(HAZMAT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[1:5]), first=2)
        b.put(ws, 3 + i, 6, row[5], b.center)
    grouped(b, ws, 4, 1, HAZMAT_ROWS)
    end = 4 + len(HAZMAT_ROWS)
    b.line(ws, end, "说明：“完成情况”由企业填报，交警支队复核。", 6)
    b.line(ws, end + 1, "填表人：常磊    联系电话：0393-6688112", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 危险货物运输企业及营运车辆安全监督检查, after a city 交通运输局's joint check of the 危险品运输企业 (危险货物运输
# 车辆登记台账、车辆信息、危险货物承运人责任险、驾驶员押运员安全教育; 安全管理台账更新不及时、分类不明细，提出
# 整改意见):
# https://tcrcsc.com/news_10247.html
# An .ods (LibreOffice conversion): title, 检查单位/检查时间 line, a two-row header (检查情况 over two columns,
# 整改落实 over three), the company merged over its rows, a 注 line saying 立即整改 counts from the check date, and
# a 填报人 line.
DANGER_CHECK = "2024年7月11日"
DANGER_ROWS = [
    (
        "濮阳市安运汽车运输有限公司",
        "车辆登记台账",
        "危险货物运输车辆登记台账更新不及时，3辆新增车辆未登记",
        "及时更新台账",
        "2024年7月18日",
        "已更新",
    ),
    (
        "濮阳市安运汽车运输有限公司",
        "安全教育",
        "驾驶员、押运员6月份安全教育未开展",
        "补课并按月开展",
        "2024年7月25日",
        "已补课",
    ),
    (
        "濮阳市万利工业气体运输有限公司",
        "承运人责任险",
        "2辆罐车危险货物承运人责任险已脱保",
        "立即续保，续保前停止运营",
        "立即整改",
        "已续保",
    ),
    (
        "濮阳市万利工业气体运输有限公司",
        "车辆信息",
        "道路运输证登记信息与罐体实际容积不符",
        "办理道路运输证变更",
        "2024年8月20日",
        "正在办理变更手续",
    ),
    (
        "濮阳市润通危化品物流有限公司",
        "安全管理台账",
        "安全管理台账分类不明细，隐患排查记录与培训记录混装",
        "按类别重新整理台账",
        "7月底前",
        "未整改",
    ),
    (
        "濮阳市润通危化品物流有限公司",
        "停车场地",
        "专用停车场未划定危险货物车辆停车区，未设警示标志",
        "划定专用停车区并设置警示标志",
        "8月31日前",
        "",
    ),
    (
        "濮阳市龙翔危险货物运输有限公司",
        "动态监控",
        "监控人员夜间脱岗，超速报警未及时处置",
        "落实24小时值守，规范报警处置",
        "7月20日前",
        "已整改，复查合格",
    ),
]


def write_danger_book(path: Path) -> Path:
    b = Book(path, author="运输科")
    ws = b.sheet("检查整改")
    b.widths(ws, [6, 30, 14, 40, 28, 14, 20])
    b.line(ws, 0, "危险货物运输企业及营运车辆安全监督检查问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        f"检查单位：市交通运输局、市应急管理局、市公安局交通管理支队    检查时间：{DANGER_CHECK}",
        6,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "被检查企业", b.head)
    b.merge(ws, 2, 2, 2, 3, "检查情况", b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实", b.head)
    b.header(ws, 3, ["检查内容", "发现问题", "整改意见", "整改期限", "整改完成情况"], first=2)
    for i, row in enumerate(DANGER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[1:]), first=2)
    grouped(b, ws, 4, 1, DANGER_ROWS)
    end = 4 + len(DANGER_ROWS)
    b.line(ws, end, "注：整改期限为“立即整改”的，以检查之日为准。", 6)
    b.line(ws, end + 1, "填报人：杜鹏    联系电话：0393-4421780    填报日期：2024年7月30日", 6)
    return b.close()


def write_danger(path: Path) -> Path:
    via_soffice(write_danger_book, path, "ods", "危险货物运输企业及营运车辆安全监督检查整改台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("汽车客运站安全生产监督检查表（客运中心站）.xlsx", write_station),
    ("暑运客运站和客运企业安全检查问题整改（两家）.zip", write_summer),
    ("出租汽车逐车查验问题整改登记表（通达出租）.csv", write_taxi),
    ("关于出租汽车企业规范经营约谈问题整改情况的报告.doc", write_ride),
    ("网约车平台企业约谈通报问题整改清单.xlsx", write_platform),
    ("驾培机构教练车年度审验发现问题整改台账.xlsx", write_coach),
    ("龙都驾校检查整顿发现问题整改情况报告.docx", write_school),
    ("机动车维修企业专项执法检查问题整改台账.xls", write_repair),
    ("汽车维修企业行政检查履职记录汇总表.et", write_log),
    ("危险货物运输企业安全隐患曝光问题整改台账.xlsx", write_hazmat),
    ("危险货物运输企业及营运车辆安全监督检查整改台账.ods", write_danger),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

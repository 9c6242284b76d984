"""Write the dev132 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 交通运输与物流、邮政快递安全、道路运输执法 (网约车平台投诉、寄递企业专项检查、缉枪治爆抽查、快递消防专项
治理、执法领域突出问题专项整治、治超督查、12328工单、交通运输局巡察整改、仓储物流企业检查、公交安全大检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in UTF-8 as a platform exports it, a .docx whose items are numbered paragraphs, and a .zip
of two returns (an .xlsx and a .docx, member names in GBK as Windows archivers write them). Contents are made up;
the statistics date is 2024-07-31.
Run from this folder: python make_aside233.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 网约车平台投诉信息查询 (a system export), after the 平台投诉信息查询 page of a city 网约车监管信息平台 (columns 序号,
# 投诉编号, 平台名称, 投诉人姓名, 投诉人手机号, 投诉人电子邮件, 投诉时间, 投诉状态 with the states 待提交/待受理/待处理/
# 待反馈/已完结; the 投诉内容 shown on the 详情 page of each complaint):
# https://github.com/ghosts321/NetAboutCar/blob/9f0ac5911fd8e3149b677cbdbfd10a7227191341/NetAboutCar/src/main/webapp/WEB-INF/jsp/complaint/comSelectIndex.jsp
# A CSV in UTF-8 with a BOM, as the platform's 导出 writes it: no title, one header line (the list's columns and the
# detail page's 投诉内容), masked phone numbers, the status words of the system, no deadline at all.
RIDE_ROWS = [
    (
        "TS20240702001",
        "濮阳市龙都出行网络科技有限公司",
        "王女士",
        "138****6621",
        "",
        "2024-07-02 10:21:35",
        "已完结",
        "司机未按导航路线行驶绕路，实际车费比下单预估高出40%",
    ),
    (
        "TS20240705003",
        "滴滴出行科技有限公司濮阳分公司",
        "李先生",
        "139****0187",
        "lixs_py@163.com",
        "2024-07-05 22:14:09",
        "待反馈",
        "行程结束后平台重复扣费两次，申请退款未处理",
    ),
    (
        "TS20240709002",
        "濮阳华运约车服务有限公司",
        "张先生",
        "150****3382",
        "",
        "2024-07-09 08:47:51",
        "待处理",
        "接单车辆号牌与平台登记车辆不一致，驾驶员与登记照片不符",
    ),
    (
        "TS20240712005",
        "濮阳畅行汽车服务有限公司",
        "赵女士",
        "187****5206",
        "zhao0712@qq.com",
        "2024-07-12 19:36:12",
        "已完结",
        "驾驶员行程中吸烟，乘客劝阻后态度恶劣",
    ),
    (
        "TS20240718001",
        "滴滴出行科技有限公司濮阳分公司",
        "刘先生",
        "135****9047",
        "",
        "2024-07-18 23:05:44",
        "待受理",
        "夜间预约用车，司机接单后长时间不到达也不取消订单",
    ),
    (
        "TS20240723004",
        "濮阳市龙都出行网络科技有限公司",
        "孙女士",
        "130****7718",
        "",
        "2024-07-23 14:52:03",
        "待反馈",
        "乘客遗失物品联系司机未果，平台客服3天未回复",
    ),
    (
        "TS20240729002",
        "濮阳华运约车服务有限公司",
        "周先生",
        "182****4430",
        "zhouxs@126.com",
        "2024-07-29 06:18:27",
        "待处理",
        "机场接送订单加收未公示的高速通行费",
    ),
]


def write_ride(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "序号",
            "投诉编号",
            "平台名称",
            "投诉人姓名",
            "投诉人手机号",
            "投诉人电子邮件",
            "投诉时间",
            "投诉状态",
            "投诉内容",
        ]
    )
    for i, row in enumerate(RIDE_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 寄递企业专项督导检查, after a city 邮政管理局's 专项督导检查 of its 寄递企业 (专项检查表，拉网式检查; 重点检查“三项制度”
# 执行情况、节后网点运营情况、安全设备设施使用情况及应急工作情况; 实名收寄APP使用不规范; 下发责令改正通知书，能立即
# 整改的现场整改; 开展“回头看”，对前期查处的企业、网点整改情况跟踪检查):
# http://www.9hehe.com/news/11878.html
# An .xlsx: title, 填报单位 line, one header row with the 检查项目 of the 专项检查表, the 处理方式 (现场整改 / 责令改正
# 通知书), 整改期限 as 立行立改 (from the row's 检查日期) / dates / X月底前, the result in a “回头看”复查情况 column,
# a 说明 line and a signature line.
POST_ROWS = [
    (
        "濮阳顺丰速运有限公司",
        "华龙区胜利路营业点",
        date(2024, 7, 2),
        "“三项制度”执行情况",
        "收寄员未使用实名收寄APP，手工登记寄件人信息",
        "现场整改",
        "立行立改",
        "已整改",
    ),
    (
        "濮阳中通快递有限公司",
        "濮阳县城关镇网点",
        date(2024, 7, 2),
        "“三项制度”执行情况",
        "过机安检员离岗，部分快件未经过机安检直接装车",
        "下发责令改正通知书",
        "2024.7.12",
        "复查时仍未整改",
    ),
    (
        "韵达快递清丰县分公司",
        "清丰县城区网点",
        date(2024, 7, 3),
        "节后网点运营情况",
        "末端派件积压，未建立积压快件应急处置台账",
        "现场指导",
        "7月底前",
        "正在清理积压快件，台账已建立",
    ),
    (
        "中国邮政集团有限公司濮阳市分公司",
        "南乐县邮政营业所",
        date(2024, 7, 3),
        "安全设备设施使用情况",
        "安检机故障未及时报修，已停用5天",
        "下发责令改正通知书",
        "2024.7.10",
        "已维修恢复使用，复查合格",
    ),
    (
        "濮阳申通快递有限公司",
        "范县城区网点",
        date(2024, 7, 4),
        "应急工作情况",
        "未制定汛期极端天气寄递安全应急预案",
        "下发责令改正通知书",
        "2024.7.20",
        "",
    ),
    (
        "圆通速递濮阳分公司",
        "台前县城区网点",
        date(2024, 7, 4),
        "“三项制度”执行情况",
        "收寄验视后未加盖验视标识，无法追溯验视人员",
        "现场整改",
        "立行立改",
        "已整改",
    ),
    (
        "极兔速递濮阳分公司",
        "华龙区中原路网点",
        date(2024, 7, 5),
        "安全设备设施使用情况",
        "视频监控资料保存不足30日",
        "下发责令改正通知书",
        "8月15日前",
        "已采购存储设备，正在安装调试",
    ),
    (
        "京东物流濮阳营业部",
        "濮阳经开区网点",
        date(2024, 7, 5),
        "节后网点运营情况",
        "网点临时停业未按规定报告，营业时间公示与实际不符",
        "现场指导",
        "7月15日前",
        "已书面报告并更新公示",
    ),
]


def write_post(path: Path) -> Path:
    b = Book(path, author="市场监管科")
    ws = b.sheet("专项检查")
    b.widths(ws, [6, 26, 18, 12, 18, 40, 18, 12, 28])
    b.line(ws, 0, "2024年寄递企业“三项制度”及安全保障专项督导检查问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市邮政管理局    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "检查网点",
            "检查日期",
            "检查项目",
            "存在问题",
            "处理方式",
            "整改期限",
            "“回头看”复查情况",
        ],
    )
    for i, row in enumerate(POST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POST_ROWS)
    b.line(
        ws,
        end,
        "说明：“立行立改”问题自检查当日整改；“回头看”复查时间为2024年7月22日至26日，复查情况空白的尚未复查。",
        8,
    )
    b.line(ws, end + 1, "检查组组长：吕建华    填表人：曹雪    联系电话：0393-8186075", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 缉枪治爆专项行动随机抽查, after a 州邮政管理局's account of its 缉枪治爆专项行动 (对邮政公司、快递企业随机抽查;
# 累计抽查网点28个，其中普遍服务网点6个、快递网点22个; 检查出快递品牌存在安全隐患19个，提出整改意见19条，下发
# 《责令改正通知书》9份):
# http://xgll.com.cn/xwzx/2018-05/27/content_328481.htm
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改情况 over 已整改 / 未整改 ticks), the 网点类型 and whether
# a 责令改正通知书 was issued, 整改时限 as 立行立改 / dates / N个工作日内 from the row's 抽查日期, a 备注 column,
# a 合计 row counting 网点, 隐患, 通知书 and ticks, a 注 line and a signature line.
GUN_ROWS = [
    (
        "2024.7.8",
        "申通快递清丰县城关镇网点",
        "快递网点",
        "对疑似仿真枪配件包裹未开箱验视即予收寄",
        "严格执行收寄验视制度",
        "立行立改",
        "是",
        "√",
        "",
        "",
    ),
    (
        "2024.7.8",
        "清丰县固城乡邮政所",
        "普遍服务网点",
        "禁寄物品目录未在营业场所显著位置公示",
        "公示禁寄物品目录",
        "2024.7.12",
        "否",
        "√",
        "",
        "",
    ),
    (
        "2024.7.9",
        "韵达快递南乐县城关镇网点",
        "快递网点",
        "从业人员不熟悉管制刀具、弩等禁寄物品识别要点",
        "开展禁寄物品识别培训",
        "2024.7.19",
        "否",
        "",
        "√",
        "",
    ),
    (
        "2024.7.9",
        "南乐县近德固乡邮政所",
        "普遍服务网点",
        "实名收寄信息系统录入率不足90%",
        "落实实名收寄，逐件录入",
        "10个工作日内",
        "是",
        "√",
        "",
        "",
    ),
    (
        "2024.7.10",
        "中通快递范县城关镇网点",
        "快递网点",
        "X光安检机未开机，快件未过机安检即发运",
        "落实过机安检制度",
        "立行立改",
        "是",
        "",
        "",
        "安检机已送厂维修，待返回安装",
    ),
    (
        "2024.7.10",
        "圆通速递范县城关镇网点",
        "快递网点",
        "对协议客户大宗快件未进行开箱抽检",
        "建立协议客户安全查验制度",
        "2024.7.31",
        "否",
        "",
        "√",
        "",
    ),
    (
        "2024.7.11",
        "极兔速递台前县城关镇网点",
        "快递网点",
        "营业场所未张贴缉枪治爆宣传材料及举报电话",
        "张贴宣传材料和举报电话",
        "立行立改",
        "否",
        "√",
        "",
        "",
    ),
    (
        "2024.7.11",
        "台前县城关镇邮政所",
        "普遍服务网点",
        "收寄验视登记簿记录不全，缺少验视人签字",
        "规范收寄验视登记",
        "2024.7.25",
        "是",
        "",
        "",
        "",
    ),
]


def write_gun(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市邮政业缉枪治爆专项行动随机抽查隐患整改台账", t, 0, 10),
        (1, 0, "填报单位：濮阳市邮政管理局（盖章）    填报日期：2024年7月29日", plain, 1, 10),
    ]
    words = ["序号", "抽查日期", "抽查网点", "网点类型", "存在安全隐患", "整改意见", "整改时限"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 7, "是否下发《责令改正通知书》", h, 3, 7))
    cells.append((2, 8, "整改情况", h, 2, 9))
    cells += [(3, 8, "已整改", h), (3, 9, "未整改", h)]
    cells.append((2, 10, "备注", h, 3, 10))
    for i, row in enumerate(GUN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7, 8, 9) else c))
    r = 4 + len(GUN_ROWS)
    cells += [
        (r, 0, "合计", ctr),
        (r, 1, "", c),
        (r, 2, "抽查网点8个（普遍服务网点3个、快递网点5个）", c),
        (r, 3, "", c),
        (r, 4, "安全隐患8个", c),
        (r, 5, "整改意见8条", c),
        (r, 6, "", c),
        (r, 7, "4份", ctr),
        (r, 8, 4, ctr),
        (r, 9, 2, ctr),
        (r, 10, "", c),
        (r + 1, 0, "注：整改时限自抽查之日起计算；“立行立改”问题当日整改。", plain, r + 1, 10),
        (r + 2, 0, "审核人：马志刚    填表人：温静    联系电话：0393-8186021", plain, r + 2, 10),
    ]
    return _write_xls(path, [("缉枪治爆抽查", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 邮政快递行业消防安全专项治理检查登记, after a 市邮政管理局's 春季行业消防安全专项治理 (检查组到邮政、快递企业和营业
# 网点实地检查; 对灭火器配备不足、安全出口堵塞等安全隐患现场登记并提出具体整改要求和整改时限; 对发现的问题跟踪
# 督查):
# http://huhehaote.baogaosu.com/xinwen/%E5%91%BC%E4%BC%A6%E8%B4%9D%E5%B0%94%E5%B1%80%E9%83%A8%E7%BD%B2%E6%98%A5%E5%AD%A3%E8%A1%8C%E4%B8%9A%E6%B6%88%E9%98%B2%E5%AE%89%E5%85%A8/45115287
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查单位/检查时间 line,
# a line stating that the 整改时限 counts from the 检查日期, one header row, deadlines as 立即整改 / N日内 / dates /
# 长期坚持, the result in a 跟踪督查情况 column, the inspectors' signature line.
FIRE_ROWS = [
    (
        date(2024, 7, 15),
        "濮阳韵达快递有限公司",
        "濮阳县分拨中心",
        "分拣场地安全出口被包裹堆积堵塞",
        "立即清理安全出口",
        "立即整改",
        "已清理，复查合格",
    ),
    (
        date(2024, 7, 15),
        "濮阳中通快递有限公司",
        "华龙区分拨中心",
        "仓储区灭火器配备不足，仅配置4具",
        "按标准补齐灭火器",
        "3日内",
        "已补齐灭火器12具，复查合格",
    ),
    (
        date(2024, 7, 16),
        "中国邮政集团有限公司清丰县分公司",
        "清丰县邮件处理中心",
        "电动三轮投递车在处理场所内停放充电",
        "设置室外集中充电区",
        "2024年7月31日",
        "集中充电区正在建设",
    ),
    (
        date(2024, 7, 16),
        "濮阳顺丰速运有限公司南乐营业部",
        "南乐县城区营业部",
        "营业场所与员工住宿设置在同一空间",
        "住宿区搬离营业场所",
        "7日内",
        "未整改",
    ),
    (
        date(2024, 7, 17),
        "极兔速递濮阳分公司",
        "经开区转运中心",
        "应急照明灯失灵，疏散指示标志损坏",
        "维修更换应急照明和疏散指示",
        "5日内",
        "",
    ),
    (
        date(2024, 7, 17),
        "濮阳申通快递有限公司",
        "台前县网点",
        "作业区地面发现烟头，禁烟制度未落实",
        "落实禁烟巡查制度",
        "长期坚持",
        "已建立每日禁烟巡查制度，长期坚持",
    ),
    (
        date(2024, 7, 17),
        "圆通速递濮阳分公司",
        "范县城区网点",
        "室内消火栓被货架遮挡",
        "移除遮挡货架",
        "立即整改",
        "货架已移除，消火栓箱门损坏待维修",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="邮政业安全中心")
    ws = b.sheet("检查登记表")
    b.widths(ws, [6, 12, 28, 18, 36, 24, 12, 30])
    b.line(ws, 0, "邮政快递行业夏季消防安全专项治理检查登记表", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳市邮政管理局检查组    检查时间：2024年7月15日—17日", 7)
    b.line(ws, 2, "整改时限自检查之日起计算。", 7)
    b.header(
        ws,
        3,
        ["序号", "检查日期", "被检查单位", "检查场所", "发现隐患", "整改要求", "整改时限", "跟踪督查情况"],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FIRE_ROWS)
    b.line(ws, end + 1, "检查人：霍振东、牛丽娟    记录人：牛丽娟    2024年7月26日", 7)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "消防安全专项治理检查登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 交通运输执法领域突出问题专项整治工作台账, after a 交通运输综合行政执法 大队's account of its 专项整治 (召集营运、
# 施工、运输单位召开线索收集座谈会; 随机问卷调查; 梳理信访投诉案件、行政复议和行政诉讼案件; 对标对表专项整治5类重点
# 问题; 形成专项整治工作台账):
# https://www.xsqgt.com/archives/136672.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报单位 line, a table with 问题类别 and 线索来源 beside
# the problem, the 大队's own 中队/股室 as 责任股室（中队）, deadlines as dates / 9月底前 / 长期坚持, a signature line.
ENFORCE_ROWS = [
    (
        "执法不规范",
        "信访投诉件梳理",
        "路面执法检查中执法记录仪未全程开启，个别案件视音频资料缺失",
        "执法全过程记录，每周抽查记录仪使用",
        "一中队",
        "2024年8月31日",
        "已配备记录仪管理柜，每周抽查，正在推进",
    ),
    (
        "逐利执法",
        "座谈会线索",
        "对货运车辆轻微违法行为一律罚款，未落实首违不罚清单",
        "落实首违不罚、轻微免罚清单",
        "法制股",
        "2024年7月31日",
        "已完成，清单已在执法站点公示",
    ),
    (
        "执法方式简单僵化",
        "问卷调查",
        "对违法车辆驾驶人未进行说服教育即作出处罚",
        "推行说理式执法",
        "二中队",
        "9月底前",
        "",
    ),
    (
        "执法粗暴",
        "行政复议案件梳理",
        "执法人员现场检查时语言生硬，与当事人发生争执",
        "开展文明执法培训",
        "政工股",
        "长期坚持",
        "已组织培训2期，长期坚持",
    ),
    (
        "执法“乱作为”",
        "行政诉讼案件梳理",
        "暂扣车辆超过法定期限未作出处理决定",
        "清理暂扣车辆，建立期限预警",
        "案件审理股",
        "2024年8月15日",
        "未启动",
    ),
    (
        "执法不规范",
        "服务区走访",
        "执法文书填写不规范，送达回证缺少签收日期",
        "开展执法案卷评查",
        "法制股",
        "2024年7月20日",
        "已评查案卷48卷，整改到位",
    ),
    (
        "执法方式简单僵化",
        "座谈会线索",
        "路政许可现场核查时重复要求施工单位提供已报送材料",
        "推行一次性告知",
        "路政中队",
        "8月底前",
        "一次性告知清单已制定，待印发",
    ),
]


def write_enforce_docx(path: Path) -> Path:
    doc = _new_document("法制股")
    _title(doc, "交通运输执法领域突出问题专项整治工作台账", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市交通运输综合行政执法支队第一大队    填报时间：2024年7月26日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ENFORCE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "问题类别",
            "线索来源",
            "问题表现",
            "整改措施",
            "责任股室（中队）",
            "完成时限",
            "整改进展",
        ],
        body,
        size=10,
    )
    _paragraph(doc, "大队负责人：任保军    填表人：宋佳    联系电话：0393-4418356", 12)
    return _save_fixed(doc, path)


def write_enforce(path: Path) -> Path:
    return via_soffice(write_enforce_docx, path, "doc", "执法领域突出问题专项整治台账.docx")


# ---------------------------------------------------------------------------------------------
# 6. 治超工作督查发现问题整改清单, after a city 治超处's account of its quarterly 治超督查 (市治超办组织治超处、执法支队、
# 交警支队组成联合督查组; 对县区重点货运源头监管情况、交通和交警部门联合治超执法开展情况、科技治超建设进度开展
# 专项检查; 短途驳载、避站绕行; 要求各县区治超办加大农村公路流动巡查力度):
# https://jtj.ahsz.gov.cn/ztzl/gczljg/194367411.html
# An .xlsx: title, 督查单位/督查时间 line, a two-row header (督查发现问题 over 督查类别 / 问题描述, 整改落实情况 over
# 完成时限 / 整改情况 / 是否销号), the 县（区） beside the 整改责任单位 (short names of bureaus, a 镇, a company),
# deadlines as dates / 9月底前 / 第三季度 / 年底前 / 常态化, a 说明 line and a signature line.
OVERLOAD_ROWS = [
    (
        "濮阳县",
        "源头监管",
        "2家重点货运源头单位未安装称重监控设备，出场车辆未逐车登记",
        "濮阳县交通运输局",
        "督促源头单位安装称重和视频监控",
        "2024年8月31日",
        "1家已安装，另1家正在施工",
        "否",
    ),
    (
        "清丰县",
        "联合执法",
        "交通、交警联合治超执法每周不足1次，夜间存在执法空档",
        "清丰县治超办",
        "建立联合执法排班，落实夜间执法",
        "第三季度",
        "已建立联合执法排班表，夜间执法每周2次",
        "是",
    ),
    (
        "南乐县",
        "科技治超",
        "不停车检测点建设进度滞后，设备尚未招标",
        "南乐县交通运输局",
        "加快不停车检测点建设",
        "年底前",
        "",
        "否",
    ),
    (
        "范县",
        "流动巡查",
        "农村公路短途驳载、避站绕行现象未有效遏制",
        "范县陈庄镇人民政府",
        "加大农村公路流动巡查力度",
        "常态化",
        "已在镇村路口设立劝返点，常态化巡查",
        "",
    ),
    (
        "台前县",
        "源头监管",
        "货运源头单位装载配载台账记录不全",
        "台前县宏达建材有限公司",
        "补齐装载配载台账",
        "2024年7月20日",
        "已补齐装载台账",
        "是",
    ),
    (
        "华龙区",
        "联合执法",
        "交警部门抄告的超限车辆未及时移交交通部门处理",
        "市交警支队",
        "建立抄告移交机制",
        "2024年8月15日",
        "正在与执法支队协调移交流程",
        "否",
    ),
    (
        "市直",
        "科技治超",
        "治超信息平台与公安缉查布控系统数据未共享",
        "市交通局",
        "推动治超数据与缉查布控数据共享",
        "9月底前",
        "",
        "",
    ),
    (
        "濮阳县",
        "源头监管",
        "柳屯镇辖区砂石料场存在超限装载出场现象",
        "濮阳县柳屯镇人民政府",
        "加强属地巡查，严禁超限装载出场",
        "2024年7月31日",
        "",
        "否",
    ),
]


def write_overload(path: Path) -> Path:
    b = Book(path, author="市治超办")
    ws = b.sheet("督查问题清单")
    b.widths(ws, [6, 10, 12, 40, 24, 30, 14, 30, 10])
    b.line(ws, 0, "全市治超工作第二季度督查发现问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "督查单位：市治超办联合督查组（市交通运输局、市交通运输综合行政执法支队、市交警支队）    "
        "督查时间：2024年7月8日至7月15日    填报日期：2024年7月30日",
        8,
    )
    for c, word in [(0, "序号"), (1, "县（区）"), (4, "整改责任单位"), (5, "整改要求")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "督查发现问题", b.head)
    b.header(ws, 3, ["督查类别", "问题描述"], first=2)
    b.merge(ws, 2, 6, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["完成时限", "整改情况", "是否销号"], first=6)
    for i, row in enumerate(OVERLOAD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(OVERLOAD_ROWS)
    b.line(ws, end, "说明：整改到位并经督查组复核的问题予以销号；未销号问题纳入第三季度督查跟踪。", 8)
    b.line(ws, end + 1, "填表人：葛玉婷    审核人：邵宏伟    联系电话：0393-4435218", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 12328交通运输服务监督电话工单办理台账, after an account of how 12328 handles complaints (受理交通行业投诉举报、
# 信息咨询和意见建议; 出租车被投诉后24小时内处理，10天内完成，并将处理结果告知乘客; 督促涉事企业联系乘客，1个工作日
# 内退还车费):
# http://lwstw.com/xinxihuazixun/krona4us7r.html
# An .xlsx: title, a line stating that the 办理时限 counts from the 受理时间, one header row with 工单编号, 受理时间,
# 诉求类型, 被投诉对象, 承办单位, a 办理时限 in working days per row, 办理状态 and 办结时间 (a 办结时间 with a blank
# status in one row), 回访结果, a signature line.
HOTLINE_ROWS = [
    (
        "JT2407010012",
        "2024-07-01 09:12",
        "投诉举报",
        "豫J·T0386出租车",
        "出租车驾驶员拒载短途乘客，并要求乘客另行加价",
        "市交通运输综合行政执法支队",
        "10个工作日",
        "已办结",
        date(2024, 7, 5),
        "满意",
    ),
    (
        "JT2407030027",
        "2024-07-03 16:40",
        "投诉举报",
        "18路公交车",
        "18路公交车早高峰频繁跳站不停靠",
        "众意公交公司",
        "10个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "JT2407090008",
        "2024-07-09 10:05",
        "投诉举报",
        "濮阳汽车客运总站",
        "客运站售票窗口拒收现金，老年人无法购票",
        "濮阳汽车客运总站",
        "10个工作日",
        "",
        date(2024, 7, 19),
        "基本满意",
    ),
    (
        "JT2407120031",
        "2024-07-12 11:28",
        "投诉举报",
        "濮阳市安通机动车驾驶员培训学校",
        "驾校收取培训费后迟迟不安排科目二训练",
        "市交通局",
        "10个工作日",
        "超期未办结",
        "",
        "",
    ),
    (
        "JT2407160019",
        "2024-07-16 08:55",
        "投诉举报",
        "清丰县城乡公交3路",
        "城乡公交末班车提前收车，乘客滞留站点",
        "清丰县交通运输局",
        "10个工作日",
        "已办结",
        date(2024, 7, 24),
        "满意",
    ),
    (
        "JT2407220006",
        "2024-07-22 15:17",
        "投诉举报",
        "豫J·D2271货车",
        "渣土运输车辆夜间超载抛洒，污染路面",
        "市交警支队",
        "10个工作日",
        "待签收",
        "",
        "",
    ),
    (
        "JT2407250014",
        "2024-07-25 20:33",
        "投诉举报",
        "网约车（平台订单）",
        "网约车驾驶员中途甩客，已付车费未退还",
        "市交通运输综合行政执法支队",
        "10个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "JT2407290003",
        "2024-07-29 09:41",
        "意见建议",
        "中原路公交站",
        "建议在中原路与京开大道交叉口增设公交候车亭",
        "华龙区中原路街道办事处",
        "15个工作日",
        "",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="12328话务中心")
    ws = b.sheet("工单台账")
    b.widths(ws, [6, 16, 18, 10, 26, 40, 26, 12, 12, 12, 10])
    b.line(ws, 0, "濮阳市12328交通运输服务监督电话工单办理台账（2024年7月）", 10, b.title)
    b.line(
        ws,
        1,
        "办理时限自受理之日起计算（工作日）：投诉举报10个工作日内办结并告知诉求人，意见建议15个工作日内答复；"
        "涉及退还车费的，督促企业1个工作日内退还。",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类型",
            "被投诉对象",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "办结时间",
            "回访结果",
        ],
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOTLINE_ROWS)
    b.line(ws, end + 1, "制表：濮阳市12328交通运输服务监督电话话务中心    制表日期：2024年7月31日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 巡察反馈意见整改进展情况报告, after a district 交通运输局党组's public report on its 巡察整改 (巡察反馈的4个方面
# 37个问题，已整改完成34个，阶段性完成整改3个; under each 方面 and 关于“…”方面 heading the items as 问题N:, 整改情况:,
# 完成情况: 已完成):
# http://www.hnhs.gov.cn/22557/22597/22569/content_2091501.html
# A .docx: title, preamble with the counts, 一、组织整改落实情况, 二、整改进展情况 with 方面 headings and 关于“…”方面
# sub-headings, each item as three paragraphs (问题N：/整改情况：/完成情况：), deadlines only inside the 整改情况
# sentences, a closing paragraph, the 党组 and date at the foot. All items belong to the sending bureau.
PATROL_GROUPS = [
    (
        "（一）关于落实全面从严治党主体责任方面",
        [
            (
                "1.关于“财经纪律执行不严”方面",
                [
                    (
                        "违规向局属执法单位人员发放加班补贴。",
                        "一是于2024年6月清退违规发放的加班补贴共计36800元；二是财务科修订《局机关财务管理制度》，"
                        "明确津补贴发放依据和审批程序。",
                        "已完成",
                    ),
                    (
                        "公务用车使用登记不规范，部分出车无派车审批单。",
                        "办公室对2023年以来公务用车使用情况逐车核查，补齐登记台账，自2024年6月起实行派车单“一车一单”管理。",
                        "已完成",
                    ),
                ],
            ),
            (
                "2.关于“专项资金监管不到位”方面",
                [
                    (
                        "农村公路养护专项资金拨付滞后，部分县区资金到位超过3个月。",
                        "财务科会同市公路事业发展中心逐县核对资金拨付进度，已拨付2024年上半年资金2860万元，"
                        "剩余资金计划于2024年9月底前全部拨付到位。",
                        "阶段性完成",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）关于履行行业监管职责方面",
        [
            (
                "3.关于“安全监管不严不实”方面",
                [
                    (
                        "对“两客一危”企业动态监控平台的抽查流于形式，抽查记录不完整。",
                        "运输科制定动态监控平台抽查规程，每周随机抽查不少于10家企业，抽查结果按月通报。",
                        "已完成",
                    ),
                    (
                        "危险货物道路运输企业隐患整改闭环管理不到位，部分隐患未复查即销号。",
                        "安全监督科建立隐患整改“清单+台账”，对2023年以来销号的隐患逐项复查，已复查42项，"
                        "预计2024年10月底前完成全部复查。",
                        "阶段性完成",
                    ),
                ],
            ),
            (
                "4.关于“执法不规范”方面",
                [
                    (
                        "治超执法中存在“以罚代管”现象，对违法超限车辆未责令卸载即放行。",
                        "开展治超执法案卷评查，对12名执法人员进行约谈提醒，严格落实“卸载后方可放行”规定。",
                        "已完成",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）关于干部队伍建设方面",
        [
            (
                "5.关于“干部管理不够严格”方面",
                [
                    (
                        "局属事业单位中层干部交流轮岗不及时，个别岗位任职超过10年。",
                        "人事科制定局属单位中层干部交流轮岗计划，已完成首批4人轮岗，其余人员年底前完成轮岗。",
                        "阶段性完成",
                    ),
                    (
                        "干部教育培训针对性不强，业务培训覆盖面不足。",
                        "将交通运输法规和执法实务纳入年度培训计划，每季度组织专题培训，长期坚持。",
                        "长期坚持",
                    ),
                ],
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市交通运输局党组关于市委第三巡察组巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察办：")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月26日，市委第三巡察组对市交通运输局党组开展了巡察。2024年5月20日，"
        "巡察组向局党组反馈了巡察意见。截至2024年7月25日，巡察反馈的3个方面8个问题，已整改完成4个，"
        "阶段性完成3个，需长期坚持1个。现将整改进展情况报告如下。",
    )
    _paragraph(doc, "一、组织整改落实情况")
    _paragraph(
        doc,
        "局党组召开专题会议部署整改工作，成立由党组书记任组长的整改工作领导小组，逐项明确责任领导、责任科室和"
        "整改措施，建立整改台账，实行销号管理，完成一项、销号一项。",
    )
    _paragraph(doc, "二、整改进展情况")
    n = 0
    for side, subs in PATROL_GROUPS:
        _paragraph(doc, side)
        for sub, items in subs:
            _paragraph(doc, sub)
            for problem, done, verdict in items:
                n += 1
                _paragraph(doc, f"问题{n}：{problem}")
                _paragraph(doc, f"整改情况：{done}")
                _paragraph(doc, f"完成情况：{verdict}")
    _paragraph(
        doc,
        "下一步，局党组将对阶段性完成的问题持续跟踪督办，对需长期坚持的事项建立长效机制，确保整改到位。",
    )
    _paragraph(doc, "中共濮阳市交通运输局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 仓储物流企业安全检查隐患整改台账 (two returns in one zip), after a 街道's 仓储物流企业 check before “双11” (联合区应急
# 管理局安全专家; 检查仓储物流企业7家，约谈企业负责人; 货物超高码放不符合五距要求、有限空间无警示标识、临时用电不
# 符合规范、特种设备无检验标识等隐患35处; 现场提出整改意见并要求限期整改; 持续跟踪整改情况):
# https://peking.bjd.com.cn/content/s6732cc44e4b0e1ace8a83f50.html
# A .zip (member names in GBK) holding an .xlsx from a 街道 (the 企业名称 beside the 隐患类别, dates as date cells, the
# 复查人 who is the inspector) and a .docx with a table from a 镇 (检查时间 in the preamble, 立即整改 counting from it).
STREET_ROWS = [
    (
        "濮阳市龙都物流有限公司",
        date(2024, 7, 10),
        "货物超高码放，不符合“五距”要求",
        "堆码",
        "降低堆码高度，留足墙距、灯距",
        date(2024, 7, 17),
        "已整改",
        "区应急管理局 杜明",
    ),
    (
        "濮阳豫运仓储有限公司",
        date(2024, 7, 10),
        "地下集水井等有限空间无警示标识",
        "有限空间",
        "设置有限空间警示标识和告知牌",
        date(2024, 7, 13),
        "复查合格",
        "区应急管理局 杜明",
    ),
    (
        "濮阳鑫通冷链物流有限公司",
        date(2024, 7, 11),
        "冷库区临时用电线路私拉乱接",
        "用电",
        "按规范敷设临时用电线路",
        date(2024, 7, 25),
        "整改中",
        "街道安监站 韩磊",
    ),
    (
        "濮阳华豫供应链管理有限公司",
        date(2024, 7, 11),
        "叉车等场内专用机动车辆无检验合格标识",
        "特种设备",
        "报检并张贴检验合格标识",
        date(2024, 8, 10),
        "未整改",
        "街道安监站 韩磊",
    ),
]
TOWN_ROWS = [
    (
        "濮阳县安达物流有限公司",
        "电动叉车在库房内违规充电",
        "设置室外专用充电区",
        "立即整改",
        "已整改",
    ),
    (
        "濮阳县顺城仓储服务部",
        "库房自动喷水灭火系统未保持正常工作状态",
        "维修喷淋系统并定期检测",
        "2024年8月15日",
        "正在维修",
    ),
    (
        "濮阳县聚源农产品冷链仓储有限公司",
        "冷库液氨制冷机房未设置氨气泄漏报警装置",
        "安装泄漏报警装置",
        "9月底前",
        "未启动",
    ),
    (
        "濮阳县宏运物流园管理有限公司",
        "物流园内货车停放占用消防车通道",
        "施划停车位，清理消防车通道",
        "7月31日前",
        "",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道平安办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 28, 12, 36, 12, 30, 12, 12, 20])
    b.line(ws, 0, "胜利路街道夏季仓储物流企业安全检查隐患整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（平安建设办公室）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "检查时间",
            "隐患描述",
            "隐患类别",
            "整改意见",
            "整改期限",
            "整改情况",
            "复查人",
        ],
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STREET_ROWS), "填表人：冯晓东    联系电话：0393-8336127", 8)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("城关镇安全生产办公室")
    _title(doc, "城关镇仓储物流企业专项检查隐患整改情况", 18)
    _paragraph(
        doc,
        "填报单位：濮阳县城关镇人民政府（安全生产办公室）    检查时间：2024年7月18日    填报日期：2024年7月30日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "企业名称", "存在隐患", "整改措施", "整改时限", "整改结果"], body)
    _paragraph(doc, "注：“立即整改”自检查之日起整改。", 12)
    _paragraph(doc, "填表人：常丽    联系电话：0393-3225480", 12)
    return _save_fixed(doc, path)


def write_storage_zip(path: Path) -> Path:
    members = [
        ("胜利路街道仓储物流企业安全检查隐患整改台账.xlsx", write_street_book),
        ("城关镇仓储物流企业专项检查隐患整改情况.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for i, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{i}{Path(name).suffix}")
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 公交公司安全生产隐患大检查问题整改登记表, after a city 公交公司's 安全生产隐患大检查 (安全检查专项督导小组分赴公交
# 场站、车辆维修厂、公交各线路、公交车厢; 检查车辆运行应急预案及台账、安全会议记录、车辆维修保养卡、各场地用电设施、
# 安全通道、消防器材; 车容车貌、消防逃生设施、驾乘人员“十要”“十不”; 对问题及隐患详细登记，制定整改措施和方案，
# 督促相关责任人限期整改):
# https://m.yybnet.net/zaozhuang/tengzhou/202010/10956465.html
# A .doc (Word 97 via LibreOffice): title, 填报单位/检查时间 line, a table with 检查部位 and the company's own 部门 as
# 责任部门 beside the 责任人, deadlines as 立即整改 / dates / 7月底前 / 10日内 from the 检查时间 / 长期坚持, a 注 line,
# the company and date at the foot.
BUS_ROWS = [
    (
        "第一营运分公司3路、6路车辆",
        "部分车辆安全锤缺失，逃生窗破窗装置标识脱落",
        "补齐安全锤，重新张贴标识",
        "第一营运分公司",
        "李国栋",
        "立即整改",
        "已整改",
    ),
    (
        "北郊停车场",
        "充电桩区域灭火器压力不足，3具已过期",
        "更换过期灭火器",
        "场站管理部",
        "王海",
        "2024年7月20日",
        "已整改，复检合格",
    ),
    (
        "保修厂",
        "维修车间私拉乱接临时电线，配电箱未上锁",
        "规范临时布线，配电箱加锁",
        "保修厂",
        "赵军",
        "7月底前",
        "整改中",
    ),
    (
        "安全技术部",
        "车辆运行应急预案未根据新开线路修订，应急演练台账缺失",
        "修订应急预案，补建演练台账",
        "安全技术部",
        "孙丽",
        "2024年8月31日",
        "",
    ),
    (
        "第二营运分公司K9路",
        "驾驶员行车中接打手机，未执行“十不”规范",
        "开展专项教育，纳入月度考核",
        "第二营运分公司",
        "周鹏",
        "长期坚持",
        "已纳入月度考核，长期坚持",
    ),
    (
        "机务部",
        "部分车辆维修保养卡记录不全，二级维护存在漏项",
        "逐车核查，补录保养记录",
        "机务部",
        "郑伟",
        "10日内",
        "未整改",
    ),
    (
        "南站首末站",
        "候车亭顶棚破损漏雨，夜间照明不足",
        "维修顶棚，增设照明",
        "场站管理部",
        "王海",
        "2024年9月30日",
        "已报维修计划，待施工",
    ),
]


def write_bus_docx(path: Path) -> Path:
    doc = _new_document("安全技术部")
    _title(doc, "安全生产隐患大检查问题整改登记表", 18)
    _paragraph(doc, "填报单位：濮阳市众意公交公司    检查时间：2024年7月15日    填报时间：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(BUS_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查部位", "存在问题及隐患", "整改措施", "责任部门", "责任人", "整改期限", "整改结果"],
        body,
    )
    _paragraph(doc, "注：整改期限中“立即整改”“10日内”均自检查之日起计算。", 12)
    _paragraph(doc, "濮阳市众意公交公司安全生产专项督导小组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bus(path: Path) -> Path:
    return via_soffice(write_bus_docx, path, "doc", "公交安全生产隐患大检查整改登记表.docx")


FILES = [
    ("网约车平台投诉信息查询_导出20240731.csv", write_ride),
    ("寄递企业“三项制度”及安全保障专项督导检查问题整改情况表.xlsx", write_post),
    ("邮政业缉枪治爆专项行动随机抽查隐患整改台账.xls", write_gun),
    ("邮政快递行业夏季消防安全专项治理检查登记表.et", write_fire),
    ("交通运输执法领域突出问题专项整治工作台账（执法支队一大队）.wps", write_enforce),
    ("全市治超工作第二季度督查发现问题整改清单.xlsx", write_overload),
    ("12328交通运输服务监督电话工单办理台账（2024年7月）.xlsx", write_hotline),
    ("市交通运输局党组关于巡察反馈意见整改进展情况的报告.docx", write_patrol),
    ("仓储物流企业安全检查隐患整改台账（胜利路街道、城关镇）.zip", write_storage_zip),
    ("市公交公司安全生产隐患大检查问题整改登记表.doc", write_bus),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev157 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 营商环境与政务服务、12345热线与政务服务投诉、涉企问题清单和惠企政策落实的督查整改 (common kinds, new
sources; two of them a public 12345 system's own export and import templates).
Forms: .xlsx (four), .xls (xlwt), .et and .wps (LibreOffice conversions of an .xlsx and a .docx, named as WPS names
them), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .ods made by
LibreOffice and a .docx) with GBK member names. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside273.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.plain_head = add({"bold": True, "valign": "vcenter"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})

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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

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


class GbkName(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows' own zip tool writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 - the name zipfile calls
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
# 1. 12345热线涉企工单导出, after a district 12345 system's own Excel export class (EasyExcel @ExcelProperty:
# 工单编号, 工单标题, 诉求内容, 诉求类型, 区交办时间, 区交办办结期限, 诉求渠道, 诉求归口, 紧急程度, 工单状态, 求助人员,
# 求助号码, 性别, 事件发生地, 诉求详细地址, 是否疑难, 是否协办, 市交办主办单位, 市交办协办单位, 市交办时间, 市交办办结期限):
# https://github.com/linli2004/12345/blob/ccb214fc5b831ce5c6f1047000cc64b6ec09c625/lamp-base/lamp-base-entity/src/main/java/top/tangyh/lamp/base/entity/NormalWorkOrderExcel.java
# An .xlsx as the system writes it: no title, one header row in the class's order, date-times as text, the 区交办
# columns left empty (the city assigned each order straight to its 主办单位), short names in 市交办主办单位.
EXPORT_HEADER = [
    "工单编号",
    "工单标题",
    "诉求内容",
    "诉求类型",
    "区交办时间",
    "区交办办结期限",
    "诉求渠道",
    "诉求归口",
    "紧急程度",
    "工单状态",
    "求助人员",
    "求助号码",
    "性别",
    "事件发生地",
    "诉求详细地址",
    "是否疑难",
    "是否协办",
    "市交办主办单位",
    "市交办协办单位",
    "市交办时间",
    "市交办办结期限",
]
# (编号, 标题, 内容, 类型, 渠道, 归口, 紧急, 状态, 求助人, 号码, 性别, 发生地, 地址, 疑难, 协办, 主办, 协办单位, 交办, 期限)
EXPORT_ROWS = [
    (
        "20240702093512",
        "企业开办后银行账户信息未同步至税务系统",
        "来电人反映其公司6月下旬在政务服务网完成企业开办，银行开户后银行账户信息未同步至税务系统，签订三方协议时"
        "被要求到办税服务厅现场提交开户材料，希望协调解决。",
        "投诉",
        "12345热线",
        "营商环境",
        "一般",
        "已办结",
        "王女士",
        "139****2671",
        "女",
        "华龙区",
        "华龙区开州路与任丘路交叉口东北角",
        "否",
        "否",
        "市税务局",
        "",
        "2024-07-02 09:40:12",
        "2024-07-09 17:30:00",
    ),
    (
        "20240705101847",
        "个体户营业执照经营范围变更网上提交后被退回三次",
        "来电人反映其经营的五金店申请经营范围变更，网上提交后被退回三次，每次退回理由不同，要求一次性告知。",
        "投诉",
        "政务服务网",
        "政务服务",
        "一般",
        "已办结",
        "李先生",
        "186****0935",
        "男",
        "濮阳县",
        "濮阳县城关镇建设路118号",
        "否",
        "否",
        "市监局",
        "",
        "2024-07-05 10:23:40",
        "2024-07-12 17:30:00",
    ),
    (
        "20240710085326",
        "企业招用退役军人社保补贴申请超期未审核",
        "来电人为某物流公司人事专员，反映5月提交的招用退役军人社保补贴申请超期未审核，"
        "窗口答复仍在审核，无法告知具体时间。",
        "求助",
        "12345热线",
        "劳动保障",
        "一般",
        "办理中",
        "赵女士",
        "158****4406",
        "女",
        "华龙区",
        "华龙区绿城路东段物流园",
        "否",
        "否",
        "市人社局",
        "",
        "2024-07-10 09:02:55",
        "2024-07-17 17:30:00",
    ),
    (
        "20240715145108",
        "工业园区新建厂房临时用电报装超过承诺时限",
        "来电人反映其企业位于濮东产业集聚区的新建厂房临时用电报装超过承诺时限，7月初申请后"
        "至今未安排勘查，影响设备调试。",
        "投诉",
        "12345热线",
        "供电服务",
        "紧急",
        "办理中",
        "张先生",
        "137****8812",
        "男",
        "华龙区",
        "华龙区濮东产业集聚区纬三路",
        "否",
        "是",
        "濮阳供电公司",
        "濮东产业集聚区管委会",
        "2024-07-15 15:02:31",
        "2024-07-29 17:30:00",
    ),
    (
        "20240718091230",
        "住房公积金异地缴存使用证明线上无法开具",
        "来电人反映在外地购房需开具本地住房公积金异地缴存使用证明，线上无法开具，手机端提示系统维护已持续一周。",
        "求助",
        "市长信箱",
        "政务服务",
        "一般",
        "已办结",
        "孙先生",
        "135****6019",
        "男",
        "华龙区",
        "华龙区人民路街道长庆社区",
        "否",
        "否",
        "市公积金中心",
        "",
        "2024-07-18 09:30:08",
        "2024-07-25 17:30:00",
    ),
    (
        "20240724160245",
        "不动产登记窗口午间不接件",
        "来电人反映中午12点前到达市民之家不动产登记窗口，工作人员称午间不接件，要求下午再来，"
        "但大厅公示实行午间延时服务。",
        "投诉",
        "12345热线",
        "政务服务",
        "一般",
        "已办结",
        "刘女士",
        "152****3387",
        "女",
        "华龙区",
        "华龙区市民之家二楼不动产登记区",
        "否",
        "否",
        "不动产登记中心",
        "",
        "2024-07-24 16:10:19",
        "2024-07-31 17:30:00",
    ),
    (
        "20240726103355",
        "餐饮企业消防整改完成后复查迟迟不安排",
        "来电人反映其餐饮门店7月上旬按消防检查意见完成整改并申请复查，复查迟迟不安排，门店无法正常营业。",
        "求助",
        "12345热线",
        "营商环境",
        "紧急",
        "办理中",
        "周先生",
        "181****2250",
        "男",
        "华龙区",
        "华龙区黄河路与京开大道交叉口西南角",
        "否",
        "否",
        "市消防支队",
        "",
        "2024-07-26 10:41:02",
        "2024-08-09 17:30:00",
    ),
    (
        "20240730164018",
        "产业集聚区企业门前道路长期积水影响货车通行",
        "来电人反映清丰县产业集聚区内其企业门前道路长期积水，每逢降雨积水深达30厘米，货车无法进出，"
        "已向园区反映多次未解决。",
        "投诉",
        "12345热线",
        "营商环境",
        "一般",
        "待签收",
        "吴先生",
        "139****7154",
        "男",
        "清丰县",
        "清丰县产业集聚区中原路北段",
        "否",
        "否",
        "清丰县人民政府",
        "",
        "2024-07-30 16:45:27",
        "2024-08-13 17:30:00",
    ),
]


def write_export(path: Path) -> Path:
    b = Book(path, author="12345")
    ws = b.sheet("工单列表")
    b.widths(ws, [16, 30, 50, 8, 19, 19, 12, 10, 8, 10, 8, 13, 6, 10, 30, 8, 8, 18, 20, 19, 19])
    head = b.book.add_format({"bold": True, "border": 1, "align": "center", "bg_color": "#D9E1F2"})
    b.header(ws, 0, EXPORT_HEADER, fmt=head)
    plain = b.book.add_format({"border": 1})
    for i, row in enumerate(EXPORT_ROWS, 1):
        no, title, content, kind, channel, line, urgency, status = row[:8]
        person, phone, gender, place, address, difficult, assist, host, helper, assigned, due = row[8:]
        values = [no, title, content, kind, "", "", channel, line, urgency, status, person, phone, gender]
        values += [place, address, difficult, assist, host, helper, assigned, due]
        b.row(ws, i, values, fmt=plain)
    ws.freeze_panes(1, 0)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. “办不成事”反映窗口问题台账, after a district 政务服务中心's “办不成事”反映窗口 (“受理-分类-转办-办结-反馈-核查-备案”
# 闭环, 专门台账; 简单问题窗口即办; 复杂问题转派责任部门限定5个工作日; 特殊情况一事一议、联动会审限定10个工作日;
# 难点问题报送营商办分析研判, 限期内回复释因):
# http://news.022china.com/2021/08-07/1801.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (受理情况 / 分类转办 / 办结反馈 over their columns), the
# 办理时限 as 窗口即办 / N个工作日 counted from the row's 受理日期 / a reply date, a 备案 line and a signature line.
NOT_DONE_ROWS = [
    (
        "2024.7.2",
        "李先生",
        "办理个体工商户登记时系统无法识别新迁入地址的门牌号，无法提交申请",
        "复杂问题",
        "华龙区市场监督管理局",
        "5个工作日",
        "2024.7.8",
        "已办结，回访满意",
    ),
    (
        "2024.7.3",
        "周女士",
        "办理医保关系转移时窗口要求提供已在网上提交的身份证复印件",
        "简单问题",
        "华龙区医疗保障局",
        "窗口即办",
        "2024.7.3",
        "当场办结",
    ),
    (
        "2024.7.8",
        "张先生",
        "新建厂房申请临时用电，营业厅称需先取得施工许可证才能受理",
        "特殊情况",
        "濮阳供电公司",
        "10个工作日",
        "",
        "已召开联动会审，正在办理临时接电手续",
    ),
    (
        "2024.7.11",
        "赵女士",
        "灵活就业人员社保缴费基数调整后线上无法补缴差额",
        "复杂问题",
        "华龙区人力资源和社会保障局",
        "5个工作日",
        "2024.7.16",
        "已办结，经核查复查合格",
    ),
    (
        "2024.7.16",
        "王先生",
        "小微企业申请创业担保贷款，经办银行以无房产抵押为由拒绝受理",
        "难点问题",
        "华龙区财政局",
        "报区营商办研判，8月15日前回复释因",
        "",
        "",
    ),
    (
        "2024.7.22",
        "孙女士",
        "办理居住证时窗口要求社区开具居住证明，社区称已不再开具",
        "复杂问题",
        "华龙区人民路街道办事处",
        "5个工作日",
        "",
        "逾期未办结",
    ),
    (
        "2024.7.25",
        "刘先生",
        "餐饮店申请户外招牌设置审批，城管与住建部门互相推诿",
        "特殊情况",
        "华龙区城市管理局",
        "10个工作日",
        "",
        "已转办，城市管理局牵头正在现场核查",
    ),
]


def write_not_done(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "华龙区政务服务中心“办不成事”反映窗口问题台账", t, 0, 9),
        (1, 0, "填报单位：华龙区政务服务中心（盖章）    统计时段：2024年7月1日至7月30日", plain, 1, 9),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "受理情况", h, 2, 3),
        (2, 4, "分类转办", h, 2, 6),
        (2, 7, "办结反馈", h, 2, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for col, word in enumerate(["受理日期", "反映人", "反映问题", "问题分级", "责任部门", "办理时限"], 1):
        cells.append((3, col, word, h))
    cells += [(3, 7, "办结日期", h), (3, 8, "反馈核查情况", h)]
    for i, row in enumerate(NOT_DONE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 7) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(NOT_DONE_ROWS)
    cells += [
        (
            r,
            0,
            "备案：本期受理“办不成事”问题7件，已办结3件；办理时限自受理之日起计算，简单问题窗口即办，复杂问题"
            "5个工作日，特殊情况10个工作日。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "填表人：杜晓燕    审核人：程建国    联系电话：0393-8182236", plain, r + 1, 9),
    ]
    widths = [6, 11, 8, 40, 10, 22, 16, 11, 26, 8]
    return _write_xls(path, [("台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 窗口日检查周巡查问题通报表, after a county 政务服务中心's 部门窗口及窗口工作人员考评办法 (日检查、周巡查, 月排名、季评比;
# 出勤值勤: 迟到早退扣1分、缺签扣2分、擅自离岗扣3分; 规范办事、办件评价、工作纪律; 明查暗访):
# http://www.nbxinxi.com/a/cangnanxian/20210530/126271.html
# An .xlsx: title, 通报单位/月份 line, one header row with 检查方式, 窗口 (the bureaus' windows under short names),
# 问题类别 and 扣分, deadlines as 立行立改 (the 检查日期) / 3个工作日内 / dates / 长期坚持, a 合计 row of 扣分, a 说明 line.
PATROL_ROWS = [
    (
        "日检查",
        date(2024, 7, 2),
        "市人社局社保窗口",
        "出勤值勤",
        "社保窗口工作人员上午迟到12分钟，窗口无人接件",
        1,
        "严格执行签到签退",
        "立行立改",
        "已整改，已约谈当事人",
    ),
    (
        "周巡查",
        date(2024, 7, 5),
        "市公积金中心窗口",
        "规范办事",
        "公积金提取窗口未执行一次性告知，群众补件往返两次",
        2,
        "修订一次性告知单",
        "3个工作日内",
        "已修订告知单，复查合格",
    ),
    (
        "周巡查",
        date(2024, 7, 12),
        "市监局登记窗口",
        "工作纪律",
        "登记窗口工作人员上班时间使用手机浏览视频",
        1,
        "加强纪律教育",
        "立行立改",
        "已整改",
    ),
    (
        "明查暗访",
        date(2024, 7, 16),
        "不动产登记中心窗口",
        "办件评价",
        "差评件未在规定时间内回访，7月共3件差评未回访",
        3,
        "逐件回访并反馈",
        "7月25日前",
        "已回访2件，1件群众联系不上，正在协调社区查找",
    ),
    (
        "日检查",
        date(2024, 7, 19),
        "税务局办税窗口",
        "出勤值勤",
        "午间弹性服务岗无人值守，群众等候超过20分钟",
        2,
        "排定午间值班表",
        "长期坚持",
        "已排定午间值班表，长期坚持",
    ),
    (
        "周巡查",
        date(2024, 7, 24),
        "市交警支队车管窗口",
        "规范办事",
        "驾驶证换证自助机故障未及时报修，引导群众到人工窗口排队",
        1,
        "及时报修并设专人引导",
        "3个工作日内",
        "",
    ),
    (
        "明查暗访",
        date(2024, 7, 26),
        "市资规局窗口",
        "工作纪律",
        "窗口对规划核实事项要求企业提供非必要的测绘报告",
        3,
        "清理非必要材料",
        "8月15日前",
        "未整改",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("7月通报")
    b.widths(ws, [6, 10, 12, 20, 10, 40, 6, 18, 12, 28])
    b.line(ws, 0, "濮阳市行政服务中心2024年7月窗口日检查周巡查问题通报表", 9, b.title)
    b.line(ws, 1, "通报单位：濮阳市行政服务中心督查科    通报月份：2024年7月    通报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查方式",
            "检查日期",
            "窗口",
            "问题类别",
            "存在问题",
            "扣分",
            "整改要求",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 4, 6, 8) else None)
    end = 3 + len(PATROL_ROWS)
    b.merge(ws, end, 0, end, 5, "合计", b.center)
    b.put(ws, end, 6, sum(row[5] for row in PATROL_ROWS), b.center)
    for c in range(7, 10):
        b.put(ws, end, c, "")
    b.line(
        ws,
        end + 1,
        "说明：扣分计入窗口月度考评；“立行立改”自检查当日起整改，“3个工作日内”自检查日期起计算。",
        9,
    )
    b.line(ws, end + 2, "填表人：郑晓伟    审核人：韩志刚    联系电话：0393-6661207", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 营商环境投诉举报受理登记台账, after a development zone's 营商环境投诉举报办理程序暂行规定 (12342热线、“吉事办”、平台
# 转办、信函、来访受理; 登记投诉人、被投诉对象、投诉内容; 自接到投诉举报之日起一般问题15日、较为复杂30日、重大复杂
# 60日办结; 受理登记、办理、反馈回访):
# http://122.137.242.24:8080/pub/jkqxxgkw/cyqrmzfbgs/xxgkml/202211/t20221104_1083692.html
# An .et (an .xlsx converted by LibreOffice to Excel 97, named as WPS 表格 names it): title, 填报单位 line, a line
# stating the 15/30/60日 limits count from 受理日期, one header row with 投诉人 and 被投诉对象 beside the 承办单位,
# 办理时限 as 15日/30日/60日, 办结日期 as an event, a 小结 line and a signature line.
COMPLAINT_ROWS = [
    (
        "KFQ-YS-2024-031",
        date(2024, 7, 3),
        "12342热线",
        "濮阳某新材料有限公司",
        "开发区规划建设局",
        "厂房竣工联合验收申请提交后超过承诺时限20个工作日未组织验收",
        "一般",
        "15日",
        "濮阳经济技术开发区规划建设局",
        "已组织联合验收并出具验收意见",
        date(2024, 7, 15),
        "满意",
    ),
    (
        "KFQ-YS-2024-032",
        date(2024, 7, 8),
        "省营商环境投诉举报平台转办",
        "张某（个体工商户）",
        "市消防支队开发区大队",
        "消防检查后执法人员要求购买指定品牌灭火器，否则不予复查",
        "较为复杂",
        "30日",
        "市消防支队",
        "正在核查，已调取执法记录仪视频",
        "",
        "",
    ),
    (
        "KFQ-YS-2024-033",
        date(2024, 7, 10),
        "来访",
        "濮阳某建材商行",
        "新习乡人民政府",
        "乡政府拖欠村道硬化工程款48万元，多次催要未果",
        "重大复杂",
        "60日",
        "新习乡人民政府",
        "已与企业签订分期还款协议，首期款项正在走支付程序",
        "",
        "",
    ),
    (
        "KFQ-YS-2024-034",
        date(2024, 7, 15),
        "信函",
        "濮阳某餐饮管理有限公司",
        "开发区税务分局",
        "办理增值税留抵退税被要求补充与退税无关的经营场所照片",
        "一般",
        "15日",
        "市税务局",
        "",
        "",
        "",
    ),
    (
        "KFQ-YS-2024-035",
        date(2024, 7, 19),
        "12342热线",
        "濮阳某精细化工有限公司",
        "开发区经济发展局",
        "申报技改奖补资金时被要求提供第三方审计报告，政策文件未作此规定",
        "较为复杂",
        "30日",
        "濮阳经济技术开发区经济发展局",
        "已取消该项要求，正在通知已退回的企业重新申报",
        "",
        "",
    ),
    (
        "KFQ-YS-2024-036",
        date(2024, 7, 24),
        "来访",
        "濮阳某物业服务有限公司",
        "市住建局",
        "物业服务企业资质取消后仍被要求提交资质证书办理项目备案",
        "一般",
        "15日",
        "市住建局",
        "已告知不再要求提交资质证书，当场办理备案",
        date(2024, 7, 26),
        "满意",
    ),
]


def write_complaint_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("受理登记台账")
    b.widths(ws, [17, 11, 16, 20, 18, 40, 10, 9, 26, 32, 11, 8])
    b.line(ws, 0, "濮阳经济技术开发区营商环境投诉举报受理登记台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳经济技术开发区管理委员会营商环境办公室    填报日期：2024年7月30日", 11)
    b.line(
        ws,
        2,
        "办理时限自受理之日起计算：一般问题15日，较为复杂问题30日，重大复杂问题60日。",
        11,
    )
    b.header(
        ws,
        3,
        [
            "受理编号",
            "受理日期",
            "受理渠道",
            "投诉人",
            "被投诉对象",
            "投诉举报内容",
            "问题类别",
            "办理时限",
            "承办单位",
            "办理结果",
            "办结日期",
            "反馈回访",
        ],
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        r = 3 + i
        for c, v in enumerate(row):
            b.put(ws, r, c, v, b.center if c in (0, 6, 7, 11) else None)
    end = 4 + len(COMPLAINT_ROWS)
    b.line(ws, end, "小结：本期受理营商环境投诉举报6件，已办结2件，正在办理4件。", 11)
    b.line(ws, end + 1, "填表人：马丽娜    审核人：陈海涛    联系电话：0393-4412675", 11)
    return b.close()


def write_complaint(path: Path) -> Path:
    return via_soffice(write_complaint_book, path, "xls", "营商环境投诉举报受理登记台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. “企业问题我来办”转办单办理台账, after a new district's “企业问题我来办”服务机制 (营商环境办向有关部门派发转办单并持续
# 跟踪督办; 信息咨询类、政策解答类、业务对接类问题办理时限最长不超过1个工作日; 专业性较强、程序较为复杂的问题答复不超
# 3个工作日、解决或服务确认不超15个工作日; 办结回访):
# http://www.conseilvin.com/home/content/2021-12/07/content_623857.html
# A CSV in GBK: a title line, a line stating both limits count from 转办日期 in working days, one header line with an
# 答复时限 and a separate 解决（服务确认）时限, the 承办部门 under short and former names, a 合计 line.
TRANSFER_ROWS = [
    (
        "ZB-2024-0703",
        "濮阳市恒润石油机械有限公司",
        "政策解答类",
        "咨询高新技术企业认定奖励的申报截止时间和所需材料",
        "市科技局",
        "2024-07-03",
        "—",
        "1个工作日",
        "已电话答复并发送申报指南",
        "满意",
    ),
    (
        "ZB-2024-0704",
        "濮阳市华瑞包装材料有限公司",
        "复杂问题",
        "新建厂房用地规划条件调整申请提交两个月无答复",
        "市国土局",
        "2024-07-04",
        "3个工作日",
        "15个工作日",
        "已答复企业，规划条件调整方案已报市规委会审议",
        "",
    ),
    (
        "ZB-2024-0709",
        "濮阳市金盾防腐工程有限公司",
        "业务对接类",
        "需对接外贸综合服务平台办理出口退税备案",
        "市商务局",
        "2024-07-09",
        "—",
        "1个工作日",
        "已对接办结",
        "满意",
    ),
    (
        "ZB-2024-0711",
        "濮阳市天和食品有限公司",
        "复杂问题",
        "园区污水管网未接入，环评批复要求的污水纳管无法落实",
        "市环保局",
        "2024-07-11",
        "3个工作日",
        "15个工作日",
        "已答复，正在协调城市管理部门加快管网建设",
        "",
    ),
    (
        "ZB-2024-0715",
        "濮阳市宏通物流有限公司",
        "复杂问题",
        "稳岗返还资金系统显示已审核通过，一个月仍未到账",
        "市劳动保障局",
        "2024-07-15",
        "3个工作日",
        "15个工作日",
        "",
        "",
    ),
    (
        "ZB-2024-0718",
        "濮阳市鑫源商贸有限公司",
        "政策解答类",
        "咨询转供电环节加收电费是否合规及投诉渠道",
        "市物价局",
        "2024-07-18",
        "—",
        "1个工作日",
        "已答复",
        "满意",
    ),
    (
        "ZB-2024-0723",
        "濮阳市新宇电气设备有限公司",
        "复杂问题",
        "技术改造项目备案后又被要求重新提交节能审查意见",
        "市经信委",
        "2024-07-23",
        "3个工作日",
        "15个工作日",
        "尚未答复",
        "",
    ),
]


def write_transfer(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市“企业问题我来办”转办单办理台账（2024年7月）"])
    w.writerow(["答复时限、解决（服务确认）时限均自转办之日起按工作日计算"])
    w.writerow(
        [
            "序号",
            "转办单号",
            "企业名称",
            "问题类型",
            "企业诉求",
            "承办部门",
            "转办日期",
            "答复时限",
            "解决（服务确认）时限",
            "办理情况",
            "回访情况",
        ]
    )
    for i, row in enumerate(TRANSFER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共转办7件", "", "", "", "", "已办结3件", ""])
    w.writerow(["填报单位：濮阳市优化营商环境工作领导小组办公室    填报人：宋佳    2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 营商环境暗访督查督办单汇编, after a development zone's account of a “四不两直”营商环境暗访督查 of its projects (梳理
# 重点任务清单、洽谈项目明细表、“四送一服”平台留言, 逐项逐企业实地暗访; 对暗访督查中遇到的问题及时向中小企业服务中心、
# 安全生产办公室下发督办单, 要求按时限期督促整改):
# http://yqsmesc.com/home/bulletin/info/id/802.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble, one two-column 督办单 card per item (编号,
# 下发日期, 督办事项, 责任部门 = the zone's own 科室/中心, 整改时限, 办理情况, 签收人), the zone's office and date at the foot.
CARD_ROWS = [
    (
        "濮集督〔2024〕11号",
        "2024年7月5日",
        "华信新材料项目反映施工用水临时接入迟迟未办理，影响主体施工",
        "项目服务中心",
        "2024年7月12日前",
        "已协调县自来水公司完成临时接水，7月10日通水",
        "郭振",
    ),
    (
        "濮集督〔2024〕12号",
        "2024年7月8日",
        "园区道路施工围挡占用企业出入口，货车无法进出",
        "规划建设科",
        "立行立改",
        "已调整围挡位置，当日整改完成",
        "贾海洋",
    ),
    (
        "濮集督〔2024〕13号",
        "2024年7月10日",
        "入园企业反映安全生产检查多头重复，一个月内被三个部门检查同一事项",
        "安全生产办公室",
        "7月底前建立联合检查机制",
        "联合检查计划已起草，待管委会审定",
        "史明亮",
    ),
    (
        "濮集督〔2024〕14号",
        "2024年7月12日",
        "中小企业服务中心未按承诺协调企业流动资金贷款，企业对接银行后无下文",
        "中小企业服务中心",
        "2024年8月15日前",
        "",
        "董丽",
    ),
    (
        "濮集督〔2024〕15号",
        "2024年7月15日",
        "标准化厂房租金减免政策未兑现，3家入驻企业未收到减免款",
        "招商服务科",
        "2024年7月25日前",
        "未整改，减免资金需报县财政审批",
        "侯建伟",
    ),
    (
        "濮集督〔2024〕16号",
        "2024年7月17日",
        "项目代办员对企业咨询的施工许可办理流程答复不准确",
        "项目服务中心",
        "长期坚持",
        "已组织代办员业务培训，建立每周学习制度，长期坚持",
        "郭振",
    ),
]


def write_cards_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "濮阳县产业集聚区营商环境暗访督查督办单汇编（第三批）", 18)
    _paragraph(
        doc,
        "7月以来，管委会按照“四不两直”方式，对照重点任务清单、洽谈项目明细表和企业服务平台留言，对园区在建"
        "项目开展营商环境暗访督查，对发现的问题向相关科室、中心下发督办单6份，限期督促整改。现将督办单及办理"
        "情况汇编如下：",
        12,
    )
    labels = ["督办单编号", "下发日期", "督办事项", "责任部门", "整改时限", "办理情况", "签收人"]
    for n, card in enumerate(CARD_ROWS, 1):
        _paragraph(doc, f"督办单{n}", 12, "黑体")
        table = doc.add_table(rows=len(labels), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(zip(labels, card, strict=True)):
            _cell_text(table.cell(r, 0), label, 10.5, bold=True)
            _cell_text(table.cell(r, 1), value, 10.5)
        _paragraph(doc, "", 6)
    _paragraph(doc, "注：“立行立改”事项自督办单下发之日起整改。", 12)
    _paragraph(doc, "濮阳县产业集聚区管理委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cards(path: Path) -> Path:
    return via_soffice(write_cards_docx, path, "doc", "暗访督查督办单汇编.docx")


# ---------------------------------------------------------------------------------------------
# 7. 12345不满意工单督办办理情况, after the same 12345 system's 督办工单导入 template (EasyExcel @ExcelProperty: 标题,
# 转办单工单编号, 联系号码, 诉求号码, 归口类型, 诉求内容, 转办单回复内容, 诉求类型, 转办单满意度, 转办单不满意回访内容,
# 线上督办单编号, 督办单回访时间, 督办单办结时间, 督办单回复内容, 督办单短信评价满意度, 督办单回访内容, 督办单研判（一级）,
# 督办单研判（二级）, the 19th column 最新办理结果(过程), 是否为最终办理结果, 计划完成时间（非最终办理结果填写此列）, 分类调整,
# 承办单位, the 24th column 最新办理结果(最终)):
# https://github.com/linli2004/12345/blob/65c36e0b5d99271af8a931b1f9829a694959f10a/lamp-base/lamp-base-entity/src/main/java/top/tangyh/lamp/base/entity/ChiefWorkOrderItemExcel.java
# An .xlsx as the county fills the template back: one header row of 24 columns, no title, date-times as text, the
# 督办单办结时间 filled for every row (the 督办单 is closed in the system even when the unit's reply is only a step),
# progress either in the 过程 column with 是否为最终办理结果 否 and a 计划完成时间, or in the 最终 column with 是.
CHIEF_HEADER = [
    "标题",
    "转办单工单编号",
    "联系号码",
    "诉求号码",
    "归口类型",
    "诉求内容",
    "转办单回复内容",
    "诉求类型",
    "转办单满意度",
    "转办单不满意回访内容",
    "线上督办单编号",
    "督办单回访时间",
    "督办单办结时间",
    "督办单回复内容",
    "督办单短信评价满意度",
    "督办单回访内容",
    "督办单研判（一级）",
    "督办单研判（二级）",
    "最新办理结果（过程）",
    "是否为最终办理结果",
    "计划完成时间（非最终办理结果填写此列）",
    "分类调整",
    "承办单位",
    "最新办理结果（最终）",
]
CHIEF_ROWS = [
    {
        "title": "反映企业员工工伤认定超期未出结论",
        "no": "20240619110234",
        "content": "来电人反映其单位员工5月在车间受伤，6月初提交工伤认定申请，工伤认定超期未出结论，影响后续待遇申领。",
        "reply": "已受理，正在调查核实",
        "kind": "投诉",
        "why": "只说在调查，没有明确时间",
        "db": "DB2024070012",
        "visit": "2024-07-08 10:12:36",
        "closed": "2024-07-12 16:30:05",
        "db_reply": "已于7月11日作出工伤认定决定并送达",
        "sms": "满意",
        "db_visit": "来电人表示已收到认定书",
        "j1": "已解决",
        "j2": "诉求合理已解决",
        "final": "是",
        "unit": "濮阳县人力资源和社会保障局",
        "result": "已作出工伤认定决定并送达，诉求已解决",
    },
    {
        "title": "反映镇区集贸市场周边占道经营影响沿街商户",
        "no": "20240623090418",
        "content": "来电人反映柳屯镇集贸市场周边逢集日摊贩占道经营影响沿街商户，商户门口被堵，顾客无法进店。",
        "reply": "已安排人员现场劝离",
        "kind": "投诉",
        "why": "劝离后第二天又恢复原样",
        "db": "DB2024070018",
        "visit": "2024-07-10 15:20:11",
        "closed": "2024-07-16 11:05:42",
        "db_reply": "已开展集中整治，正在规划临时疏导点",
        "sms": "不满意",
        "db_visit": "来电人表示问题仍存在",
        "j1": "部分解决",
        "j2": "需长期治理",
        "process": "已开展两次集中整治，临时疏导点选址方案正在征求商户意见",
        "final": "否",
        "plan": "2024-08-20",
        "unit": "柳屯镇人民政府",
    },
    {
        "title": "反映个体工商户年报后被误列入经营异常名录",
        "no": "20240627143051",
        "content": "来电人反映其已按时提交年度报告，年报后被误列入经营异常名录，影响贷款申请。",
        "reply": "已告知申请移出程序",
        "kind": "求助",
        "why": "按程序申请仍需十多天，等不了",
        "db": "DB2024070021",
        "visit": "2024-07-11 09:48:27",
        "closed": "2024-07-15 17:12:50",
        "db_reply": "经核实系系统数据比对错误，已移出经营异常名录",
        "sms": "满意",
        "db_visit": "来电人表示已查询到移出记录",
        "j1": "已解决",
        "j2": "诉求合理已解决",
        "final": "是",
        "unit": "濮阳县市场监督管理局",
        "result": "已移出经营异常名录并告知来电人",
    },
    {
        "title": "反映企业投资项目备案在线平台退件理由不明确",
        "no": "20240701102316",
        "content": "来电人反映其企业投资项目备案在线提交后被退回两次，退件理由不明确，仅写“材料不符”，不知如何修改。",
        "reply": "已电话告知修改要求",
        "kind": "投诉",
        "why": "电话里说的和第二次退件理由又不一样",
        "db": "DB2024070026",
        "visit": "2024-07-15 10:36:08",
        "closed": "2024-07-19 15:44:31",
        "db_reply": "已安排专人帮办，退件理由模板正在修改",
        "sms": "满意",
        "db_visit": "来电人表示已有专人对接",
        "j1": "部分解决",
        "j2": "需完善机制",
        "process": "已对接省投资项目在线审批监管平台运维，退件理由模板正在修改",
        "final": "否",
        "plan": "2024-08-10",
        "unit": "濮阳县行政审批和政务信息管理局",
    },
    {
        "title": "反映村内道路硬化工程拖欠施工企业工程款",
        "no": "20240705081957",
        "content": "来电人为施工企业负责人，反映2023年承建的文留镇村内道路硬化工程拖欠施工企业工程款，验收合格后尚欠26万元未支付。",
        "reply": "已与企业沟通，将尽快筹措资金",
        "kind": "投诉",
        "why": "没有明确付款时间",
        "db": "DB2024070031",
        "visit": "2024-07-17 14:05:44",
        "closed": "2024-07-22 10:18:26",
        "db_reply": "已列入清欠台账，待县财政资金拨付后支付",
        "sms": "不满意",
        "db_visit": "来电人表示仍未收到款项",
        "j1": "未解决",
        "j2": "需协调资金",
        "process": "尚未启动支付，待县财政资金拨付",
        "final": "否",
        "plan": "2024-09-30",
        "unit": "文留镇人民政府",
    },
    {
        "title": "反映小区配套商铺不动产证办理受阻",
        "no": "20240709165528",
        "content": "来电人反映购买的小区配套商铺不动产证办理受阻，因开发企业未缴清配套费至今无法办理。",
        "reply": "已告知需开发企业补缴配套费",
        "kind": "投诉",
        "why": "开发企业找不到人，让业主自己去找不合理",
        "db": "DB2024070037",
        "visit": "2024-07-22 09:27:15",
        "closed": "2024-07-26 16:50:03",
        "db_reply": "已约谈开发企业，正在核算应补缴费用",
        "sms": "未评价",
        "db_visit": "来电人未接听",
        "j1": "未解决",
        "j2": "历史遗留问题",
        "process": "已召集开发企业和业主代表协调补缴配套费，费用核算正在进行",
        "final": "否",
        "plan": "2024-10-31",
        "category": "诉求类型调整为求助",
        "unit": "濮阳县住房和城乡建设局",
    },
]
CHIEF_KEYS = [
    "title",
    "no",
    "phone",
    "caller",
    "line",
    "content",
    "reply",
    "kind",
    "satisfied",
    "why",
    "db",
    "visit",
    "closed",
    "db_reply",
    "sms",
    "db_visit",
    "j1",
    "j2",
    "process",
    "final",
    "plan",
    "category",
    "unit",
    "result",
]
CHIEF_COMMON = {"phone": "0393-3221345", "line": "营商环境", "satisfied": "不满意"}
CHIEF_CALLERS = ["136****0217", "155****6630", "138****9452", "187****3015", "133****7781", "150****2296"]


def write_chief(path: Path) -> Path:
    b = Book(path, author="濮阳县12345热线办")
    ws = b.sheet("Sheet1")
    b.widths(
        ws, [30, 16, 13, 13, 9, 46, 24, 8, 10, 24, 14, 19, 19, 30, 10, 22, 10, 16, 36, 10, 16, 16, 28, 30]
    )
    b.header(ws, 0, CHIEF_HEADER, fmt=b.plain_head)
    plain = b.book.add_format({"valign": "vcenter"})
    for i, (row, caller) in enumerate(zip(CHIEF_ROWS, CHIEF_CALLERS, strict=True), 1):
        full = {**CHIEF_COMMON, "caller": caller, **row}
        b.row(ws, i, [full.get(k, "") for k in CHIEF_KEYS], fmt=plain)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 优化营商环境专项巡察整改情况的通报, after a district 发展和改革局党组's 关于优化营商环境巡察整改情况的通报 (巡察反馈会后
# 逐项明确责任人、整改措施、整改时限; 整改台账制、销号制; 问题按“（一）…方面存在的问题 / 1. … / （1）…”三级编排,
# 每个具体问题后写整改情况; 具体问题已全部整改完成, 其中若干项纳入常态化整改):
# https://sxlc.vip/xalccs/5810.html
# A .docx: title, preamble with the 反馈 date (the base of 立行立改), the problems as （一）/1./（1） paragraphs where only
# the （1） level are items, each with 责任科室, 整改时限 and 整改情况 in sentences (one without any 整改情况), closing and
# signature. All items belong to the sending 发改委.
REPORT_SECTIONS = [
    (
        "（一）落实优化营商环境决策部署方面存在的问题",
        [
            (
                "1. 涉企政策制定听取企业意见不充分",
                [
                    "（1）出台涉企政策前未按规定征求企业意见，2023年出台的3项涉企政策均未公开征求意见。责任科室："
                    "政策法规科。整改时限：2024年7月15日。整改情况：已制定《涉企政策制定听取企业意见工作规程》，"
                    "7月10日印发实施，已整改完成。",
                    "（2）营商环境评价反馈的获得电力、办理建筑许可等5项指标短板，未制定专项提升方案。责任科室："
                    "营商环境科。整改时限：2024年9月底前。整改情况：专项提升方案初稿已起草，正在征求相关部门意见。",
                ],
            ),
            (
                "2. 投资审批服务便利化不到位",
                [
                    "（3）政府投资项目审批中重复要求提交可行性研究报告纸质件。责任科室：投资科。整改时限：立行立改。"
                    "整改情况：已取消纸质件要求，全部实行网上提交，已整改。",
                ],
            ),
        ],
    ),
    (
        "（二）服务企业和群众方面存在的问题",
        [
            (
                "1. 企业诉求响应不及时",
                [
                    "（4）营商环境投诉举报办理不及时，2023年以来受理的投诉中有6件超期办结。责任科室：营商环境科。"
                    "整改时限：长期坚持。整改情况：已建立投诉件周调度、超期预警机制，长期坚持。",
                    "（5）价格认定、收费审批事项未纳入政务服务大厅集中办理。责任科室：价格收费科。整改时限："
                    "2024年8月31日。整改情况：正与市行政服务中心协调窗口进驻事宜。",
                ],
            ),
            (
                "2. 重点项目服务保障不够有力",
                [
                    "（6）重点项目前期工作帮办代办不到位，部分项目用地预审、规划许可等手续推进缓慢。责任科室："
                    "重点项目办。整改时限：2024年12月底前。",
                    "（7）清理拖欠民营企业账款工作中，2笔无分歧欠款未按期清偿。责任科室：财金科。整改时限：2024年"
                    "7月31日前。整改情况：尚未启动清偿，资金来源待市财政局落实。",
                ],
            ),
        ],
    ),
]


def write_report(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市发展和改革委员会党组关于优化营商环境专项巡察整改情况的通报")
    _paragraph(
        doc,
        "根据市委巡察工作统一部署，2024年5月6日至6月5日，市委第二巡察组对市发展改革委党组开展了优化营商环境"
        "专项巡察，并于2024年6月18日召开反馈会，反馈了具体问题7个。按照巡察工作有关要求，现将巡察整改情况予以"
        "通报。",
    )
    _paragraph(doc, "一、端正态度，高度重视巡察整改工作", font="黑体")
    _paragraph(
        doc,
        "收到巡察反馈意见后，委党组立即召开专题会议研究部署，成立巡察反馈问题整改工作领导小组，针对反馈问题"
        "逐项明确责任科室、整改措施、整改时限，实行问题整改台账制、销号制。“立行立改”事项自反馈会之日起整改。",
    )
    _paragraph(doc, "二、问题导向，确保巡察整改工作落地见效", font="黑体")
    for heading, groups in REPORT_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for subheading, items in groups:
            _paragraph(doc, subheading)
            for text in items:
                _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "截至2024年7月26日，巡察反馈的7个具体问题已整改完成2个，1个纳入常态化整改，其余正在推进。委党组将持续"
        "跟踪未完成事项，确保按期整改到位。欢迎广大干部群众监督，联系电话：0393-4418826。",
    )
    _paragraph(doc, "中共濮阳市发展和改革委员会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 涉企收费专项检查问题整改情况 (two returns in one zip), after a 市场监管总局 notice on a 涉企收费专项检查 (重点查涉企
# 收费目录清单、行政审批中介服务收费、物流领域收费、融资过程收费; 检查准备6月15日前、检查实施9月30日前、整改规范
# 11月15日前、梳理总结11月30日前完成; 督促相关部门废止、修订与违规收费有关的文件):
# http://pinpaigy.com/page148?article_id=638&pagenum=2
# A .zip with GBK member names holding an .ods (LibreOffice conversion of an .xlsx) from the 市场监管局 that checked the
# fee collectors (the 被检查单位 is the unit, the checker is not), with 涉及金额 and a 合计 row, and a .docx from the
# 交通运输局 whose rows name only its own 科室, its deadlines partly as the notice's stage names.
FEE_ROWS = [
    (
        "行政审批中介服务收费",
        "濮阳市建设工程施工图审查中心",
        "施工图审查收费仍按已废止标准执行，多收8家企业审查费",
        12.6,
        "按现行标准退还多收费用",
        "整改规范阶段（11月15日前）",
        "已退还5家企业多收费用，其余3家正在核对",
    ),
    (
        "水电气公用事业收费",
        "市燃气公司",
        "工商业用户燃气开户仍收取已明令取消的燃气设施建设费",
        36.5,
        "停止收取并清退",
        "2024年8月31日前",
        "尚未启动清退",
    ),
    (
        "融资过程相关收费",
        "濮阳市兴濮融资担保有限公司",
        "对小微企业担保贷款收取评审费，未执行降费政策",
        4.8,
        "停止收取并退还",
        "2024年9月30日前",
        "已停止收取评审费，已退还4.8万元，整改完成",
    ),
    (
        "涉企收费目录清单",
        "市水务公司",
        "新装用水户收取接水工程勘察设计费，该项目未列入收费目录清单",
        15.2,
        "停止收取，公示收费目录",
        "7月31日前",
        "已停止收取并在营业厅公示收费目录，已完成",
    ),
]
TRANSPORT_ROWS = [
    (
        "道路运输从业人员继续教育由指定培训机构收费，存在变相指定服务",
        "运输管理科",
        "取消指定，修订培训管理办法",
        "2024年9月30日",
        "已取消指定，培训管理办法正在修订",
    ),
    (
        "超限检测站对复检车辆收取场地停车费2.3万元",
        "路政管理科",
        "停止收费并退还",
        "2024年7月20日",
        "已停止收费并全部退还",
    ),
    ("网约车驾驶员从业资格考试收取资料费", "政务服务科", "停止收取资料费", "2024年7月31日前", ""),
    (
        "所属单位将行业协会会费收取与办理业务挂钩",
        "财务科",
        "发文禁止，纳入年度内审",
        "长期坚持",
        "已发文禁止，纳入年度内审，长期坚持",
    ),
]


def write_fee_book(path: Path) -> Path:
    b = Book(path, author="价格监督检查科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 18, 28, 40, 12, 22, 22, 32])
    b.line(ws, 0, "涉企违规收费专项检查发现问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局（价格监督检查科）    检查时间：2024年7月8日至7月19日    金额单位：万元",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "检查领域", "被检查单位", "发现问题", "涉及金额", "整改要求", "整改时限", "整改情况"],
    )
    for i, row in enumerate(FEE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 4 else None)
    end = 3 + len(FEE_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, round(sum(row[3] for row in FEE_ROWS), 2), b.money)
    for c in range(5, 8):
        b.put(ws, end, c, "")
    b.line(ws, end + 1, "填表人：冯磊    审核人：潘文娟    联系电话：0393-8993015", 7)
    return b.close()


def write_fee_ods(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = write_fee_book(Path(tmp) / "涉企收费检查整改情况表.xlsx")
        soffice(source, "ods", Path(tmp) / "out.ods")
        shutil.copyfile(Path(tmp) / "out.ods", path)
    return fixed_zip(path)


def write_transport_docx(path: Path) -> Path:
    doc = _new_document("财务科")
    _title(doc, "市交通运输局涉企收费自查自纠问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市交通运输局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(TRANSPORT_ROWS, 1)]
    _table(doc, ["序号", "自查发现问题", "责任科室", "整改措施", "完成时限", "整改进度"], body)
    _paragraph(doc, "联系人：任红霞    联系电话：0393-8992241", 12)
    return _save_fixed(doc, path)


def write_fee_zip(path: Path) -> Path:
    members = [
        ("涉企违规收费专项检查发现问题整改情况表（市场监管局）.ods", write_fee_ods),
        ("市交通运输局涉企收费自查自纠整改情况.docx", write_transport_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for k, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{k}{Path(name).suffix}")
            info = GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 市领导调研企业惠企政策落实问题交办清单, after a city's account of a 市委常委 visiting enterprises on 惠企政策落地
# (企业反映减税降费申报流程复杂、配套细则不明确, 研发投入、人才引进、项目审批跨部门协调障碍; 跨部门联席会议统筹
# 经信、税务、财政; 制定操作细则清单, 明确减税降费、稳岗补贴、创新奖励等35项惠企举措的责任主体和办理时限; “一企一策”):
# https://hubei.010b.com/info/detail/26680.html
# An .xlsx: title, a line with the 调研 and 交办 date (the base of 立行立改), a two-row header with 办结情况 over ticks
# under 已办结 / 未办结, 责任主体 beside 配合单位, deadlines as dates / 8月底前 / 立行立改 / 长期坚持, a 说明 line.
POLICY_ROWS = [
    (
        "濮阳泓源新材料有限公司",
        "减税降费",
        "研发费用加计扣除享受后，季度预缴申报仍需人工调整，财务人员不会操作",
        "市税务局",
        "",
        "2024年7月15日",
        "已上门辅导并推送操作指引",
        "√",
        "",
    ),
    (
        "濮阳嘉盛机械制造有限公司",
        "稳岗补贴",
        "一次性扩岗补助申请两个月未到账",
        "市人社局",
        "市财政局",
        "2024年7月31日前",
        "已完成审核，资金拨付手续正在办理",
        "",
        "√",
    ),
    (
        "濮阳蓝海生物科技有限公司",
        "创新奖励",
        "市级研发平台奖励资金配套细则未出台，企业不知如何申报",
        "市科技局",
        "市财政局",
        "2024年9月30日前出台细则",
        "细则已起草，正在征求意见",
        "",
        "√",
    ),
    (
        "清丰县恒通家具有限公司",
        "项目审批",
        "家具产业园二期项目环评与节能审查须分别提交相同材料",
        "市生态环境局",
        "市发改委",
        "8月底前",
        "",
        "",
        "",
    ),
    (
        "南乐县绿丰农业开发有限公司",
        "融资支持",
        "农业企业申请贴息贷款，经办银行要求额外购买理财产品",
        "市地方金融监督管理局",
        "人民银行濮阳市分行",
        "立行立改",
        "已约谈相关银行，已取消搭售要求",
        "√",
        "",
    ),
    (
        "范县华兴纺织有限公司",
        "人才引进",
        "引进硕士研究生安家补贴申报材料要求与省里规定不一致",
        "市委人才工作领导小组办公室",
        "市人社局",
        "2024年8月15日",
        "未启动",
        "",
        "√",
    ),
    (
        "台前县宏达汽车配件有限公司",
        "减税降费",
        "园区转供电主体未执行降价政策，企业实际电价高于目录电价",
        "市发改委",
        "濮阳供电公司",
        "长期坚持",
        "已建立转供电价格常态化检查机制，长期坚持",
        "",
        "",
    ),
]


def write_policy(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 26, 10, 44, 22, 18, 20, 30, 8, 8])
    b.line(ws, 0, "市领导调研企业惠企政策落实问题交办清单（第二批）", 9, b.title)
    b.line(
        ws,
        1,
        "调研座谈及交办时间：2024年7月9日    交办单位：濮阳市优化营商环境工作领导小组办公室",
        9,
    )
    for c, word in enumerate(["序号", "企业名称", "政策类别", "企业反映问题", "责任主体", "配合单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 3, 6, "办理时限", b.head)
    b.merge(ws, 2, 7, 3, 7, "办理进展", b.head)
    b.merge(ws, 2, 8, 2, 9, "办结情况", b.head)
    b.header(ws, 3, ["已办结", "未办结"], first=8)
    for i, row in enumerate(POLICY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 8, 9) else None)
    end = 4 + len(POLICY_ROWS)
    b.line(
        ws,
        end,
        "说明：办理时限按“一企一策”确定，“立行立改”事项自交办之日起办理；办结情况在对应栏内打“√”。",
        9,
    )
    b.line(ws, end + 1, "填报人：肖凯    联系电话：0393-8995162    填报日期：2024年7月30日", 9)
    return b.close()


FILES = [
    ("12345热线涉企工单导出_20240731.xlsx", write_export),
    ("华龙区政务服务中心“办不成事”反映窗口问题台账.xls", write_not_done),
    ("市行政服务中心7月窗口日检查周巡查问题通报表.xlsx", write_patrol),
    ("濮阳经济技术开发区营商环境投诉举报受理登记台账.et", write_complaint),
    ("“企业问题我来办”转办单办理台账（2024年7月）.csv", write_transfer),
    ("濮阳县产业集聚区营商环境暗访督查督办单汇编（第三批）.wps", write_cards),
    ("濮阳县12345不满意工单督办办理情况（7月）.xlsx", write_chief),
    ("中共濮阳市发展和改革委员会党组关于优化营商环境专项巡察整改情况的通报.docx", write_report),
    ("涉企收费专项检查问题整改情况（市市场监管局、市交通运输局）.zip", write_fee_zip),
    ("市领导调研企业惠企政策落实问题交办清单（第二批）.xlsx", write_policy),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

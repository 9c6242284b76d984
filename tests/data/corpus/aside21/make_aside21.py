"""Write the aside21 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside21.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.right = add({"align": "right", "valign": "vcenter"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
        elif isinstance(v, date):
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def merge(self, ws, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if (r1, c1) == (r2, c2):
            self.put(ws, r1, c1, v, fmt)
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
# 1. 12345热线转办工单办理情况, after a work-order list page of a city metro maintenance system (序号, 工单行号,
# 报修单描述, 报修人, 报修类型, 报修时间, 记录人, 工单状态):
# https://github.com/HuangMichael/LanZhouSubway/blob/83096855b8d221bb757b1ced2d0b44b6084f806b/src/main/webapp/WEB-INF/pages/workOrder/tableList.jsp
# A CSV in GBK: a title line, one header row (工单编号, 诉求描述, 诉求人, 诉求类型, 受理时间, 承办单位, 办理时限 in
# working days from 受理时间, 工单状态), a 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "GD2407080031",
        "小区地下车库积水严重无人处理",
        "王女士",
        "投诉",
        "2024-07-08 10:21",
        "市住建局",
        "5个工作日内",
        "已反馈",
    ),
    (
        "GD2407100112",
        "公交站台顶棚破损雨天漏水",
        "刘先生",
        "求助",
        "2024-07-10 15:02",
        "公交公司",
        "10个工作日内",
        "处理中",
    ),
    (
        "GD2407110087",
        "夜间渣土车噪音扰民",
        "匿名",
        "投诉",
        "2024-07-11 22:40",
        "城管执法局",
        "5个工作日内",
        "超期未办",
    ),
    (
        "GD2407150019",
        "燃气管道施工后人行道路面未恢复",
        "张先生",
        "投诉",
        "2024-07-15 09:13",
        "燃气公司",
        "10个工作日内",
        "已反馈",
    ),
    (
        "GD2407160140",
        "农村饮水水压不足高峰时段断水",
        "赵先生",
        "求助",
        "2024-07-16 11:45",
        "水务局",
        "15个工作日内",
        "处理中",
    ),
    (
        "GD2407180066",
        "医保报销进度查询无人答复",
        "孙女士",
        "咨询",
        "2024-07-18 14:30",
        "医保局",
        "5个工作日内",
        "已反馈",
    ),
    (
        "GD2407220024",
        "小区门口流动摊贩占道经营",
        "李女士",
        "投诉",
        "2024-07-22 08:56",
        "城管局",
        "5个工作日内",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月12345政务服务便民热线转办工单办理情况"])
    w.writerow(
        ["序号", "工单编号", "诉求描述", "诉求人", "诉求类型", "受理时间", "承办单位", "办理时限", "工单状态"]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共7件，已反馈3件", "", "", "", "", "", ""])
    w.writerow(["注：办理时限自受理之日起按工作日计算。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 政协提案办理情况一览表, after a proposal system's 部门协办消息 list (日期, 提案号, 提案者, 提案名, 会签意见):
# https://github.com/FXLP/Proposal_System/blob/d3473b281e1a43d0f1312426bdc05d311460683d/src/views/implement/components/jointly.vue
# An .ods (via LibreOffice): title, one header row with the 提案者 (a member, never the unit) beside 主办单位 and
# 协办单位; 日期 is the 交办 date (an event); 答复时限 in several wordings; a signature line.
PROPOSAL_ROWS = [
    (
        "2024-03-12",
        "第031号",
        "李明（委员）",
        "关于加快城区公共停车场建设的提案",
        "市住建局",
        "市自然资源局",
        "2024年6月30日前",
        "已答复，委员表示满意",
    ),
    (
        "2024-03-12",
        "第047号",
        "王芳（委员）",
        "关于加强中小学生课后服务的提案",
        "教育局",
        "市财政局",
        "6月30日前",
        "已答复",
    ),
    (
        "2024-03-13",
        "第052号",
        "陈刚（委员）",
        "关于推进老旧小区加装电梯的提案",
        "市建委",
        "市市场监管局",
        "2024年8月底前",
        "正在办理，已召开协调会",
    ),
    (
        "2024-03-13",
        "第068号",
        "赵丽（委员）",
        "关于规范农村宅基地审批管理的提案",
        "市国土局",
        "市农业农村局",
        "2024.7.31",
        "已答复",
    ),
    (
        "2024-03-14",
        "第075号",
        "周强（委员）",
        "关于扶持返乡青年创业就业的提案",
        "市人社局",
        "市商务局",
        "9月底前",
        "",
    ),
    (
        "2024-03-14",
        "第081号",
        "吴敏（委员）",
        "关于提升基层医疗服务能力的提案",
        "市卫计委",
        "市医保局",
        "2024年7月15日",
        "未启动",
    ),
    (
        "2024-03-15",
        "第093号",
        "郑伟（委员）",
        "关于发展乡村旅游带动农民增收的提案",
        "市旅游局",
        "市农业农村局",
        "",
        "长期坚持，已纳入年度工作计划",
    ),
]


def write_proposal_book(path: Path) -> Path:
    b = Book(path, author="提案委")
    ws = b.sheet("提案办理")
    b.widths(ws, [12, 10, 14, 36, 14, 14, 16, 24])
    b.line(ws, 0, "2024年政协提案办理情况一览表", 7, b.title)
    b.header(ws, 1, ["日期", "提案号", "提案者", "提案名", "主办单位", "协办单位", "答复时限", "办理情况"])
    for i, row in enumerate(PROPOSAL_ROWS):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 3 + len(PROPOSAL_ROWS), "填表人：陈静    审核人：马立新    报送日期：2024年7月30日", 7)
    return b.close()


def write_proposal(path: Path) -> Path:
    via_soffice(write_proposal_book, path, "ods", "政协提案办理情况一览表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 3. 信访事项办理情况统计, after a customer-service system's 未处理工单统计 page (客服专员, 工单编号, 工单状态,
# 工单类型, 工单来源):
# https://github.com/lijian12388806/WSP/blob/cd187f86e815db1b3a2ef4ba31aac85cc1e46a48/WebRoot/WEB-INF/jsp/wodcl.jsp
# An .et (Excel 97 via LibreOffice): the sending unit named only in the title under its former name (市环保局);
# the rows name sections inside it (承办科室); a 经办人 column first; a 填报人 line.
PETITION_ROWS = [
    (
        "马超",
        "XF2024-0712",
        "调查核实中",
        "来访",
        "市长信箱",
        "工业园区夜间偷排废气",
        "大气环境科",
        "2024-08-10",
    ),
    (
        "孙丽",
        "XF2024-0715",
        "已办结",
        "来信",
        "省信访局转办",
        "养殖场污水直排河沟",
        "水生态环境科",
        "2024-07-20",
    ),
    (
        "王强",
        "XF2024-0718",
        "逾期未办",
        "网上信访",
        "国家信访平台",
        "搅拌站夜间生产噪声扰民",
        "执法支队",
        "2024-07-25",
    ),
    (
        "马超",
        "XF2024-0721",
        "处理中",
        "来电",
        "12345热线",
        "加油站卸油时油气味道大",
        "大气环境科",
        "8月15日前",
    ),
    (
        "李娜",
        "XF2024-0723",
        "已办结，已答复信访人",
        "来信",
        "市信访局转办",
        "医院医疗废物随意堆放",
        "固体废物科",
        "2024.7.18",
    ),
    ("孙丽", "XF2024-0726", "", "来访", "市长信箱", "餐饮店油烟直排扰民", "大气环境科", "2024-08-05"),
]


def write_petition_book(path: Path) -> Path:
    b = Book(path, author="信访科")
    ws = b.sheet("信访统计")
    b.widths(ws, [10, 14, 18, 10, 14, 30, 14, 14])
    b.line(ws, 0, "--信访事项办理情况统计（市环保局）--", 7, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日至7月31日", 7)
    b.header(
        ws, 2, ["经办人", "信访编号", "办理状态", "信访类型", "信访来源", "信访事项", "承办科室", "办理期限"]
    )
    for i, row in enumerate(PETITION_ROWS):
        b.row(ws, 3 + i, list(row))
    b.line(ws, 4 + len(PETITION_ROWS), "填报人：信访科 李娜    联系电话：0393-8991234", 7)
    return b.close()


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_book, path, "xls", "信访事项办理情况统计.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 政策措施落实情况督查整改进展报告, after a county platform's 接访信息详情 page that relays a 全面督查 notice
# (逐项自查; 对落实进展缓慢的逐一查明原因, 抓紧贯彻落实; 一、各地自查 …):
# https://github.com/micklq/jiangeplatform/blob/39662cd3910858525fea4cc62e1cc4dd2b31bbac/web/src/main/webapp/letter/ndetail.jsp
# A .docx whose items are numbered paragraphs under 一、二、 headings: each names its 牵头单位 and 完成时限 in the
# sentence, most a 进展情况; one schedule text holds two dates; one item has no progress sentence.
SUPERVISION_PARAS = [
    (
        "一、项目建设方面",
        [
            (
                "（一）重大项目前期手续办理缓慢。牵头单位：市发改委；完成时限：2024年9月底前。"
                "进展情况：已完成3个项目立项批复，其余项目正在加快办理。"
            ),
            "（二）涉企保证金清退不及时。牵头单位：市财政局；完成时限：2024年7月15日前。进展情况：已全部清退到位。",
        ],
    ),
    (
        "二、惠企惠民政策兑现方面",
        [
            "（三）稳岗返还政策兑现率偏低。牵头单位：市劳动保障局；完成时限：8月底前。进展情况：尚未启动。",
            (
                "（四）农业保险理赔到位慢。牵头单位：市农委；完成时限：第三季度。"
                "进展情况：已督促保险机构完成理赔2100余户，剩余部分正在核定。"
            ),
            (
                "（五）企业开办一网通办事项不全。牵头单位：市政务服务中心；完成时限：6月30日前完成。"
                "进展情况：已完成，企业开办时间压缩至1个工作日。"
            ),
            "（六）减税降费政策宣传解读不到位。牵头单位：市税务局；完成时限：长期坚持。进展情况：常态化推进。",
            "（七）城乡低保动态管理不规范。牵头单位：市民政局；完成时限：3月底前完成排查，10月底前全部完成整改。",
        ],
    ),
]


def write_supervision(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "关于稳增长惠民生政策措施落实情况督查发现问题整改进展的报告")
    _paragraph(doc, "市政府：")
    _paragraph(
        doc,
        "按照全面督查工作部署，各牵头单位对照督查发现的问题逐项整改，对落实进展缓慢的逐一查明原因、"
        "抓紧推进。截至2024年7月底，整改进展情况报告如下：",
    )
    for heading, paras in SUPERVISION_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 巡察反馈问题整改台账, after a county 纪委's account of its 巡察整改 "五书制" and "四必查" (整改台账; 整改时限;
# 临近整改时限前下发提醒书; 由巡察办、巡察组、被巡察单位组成的"三方"验收小组检验):
# https://www.kflz.gov.cn/sitesources/lhsjjw/page_pc/xcjy/mtjj/articlec0be3c074105453e9d7e417cbcafadc0.html
# An .xls (xlwt): title, 填报单位 line under a short name (市农业局) with the 反馈日期 that 立行立改 counts from,
# a two-row header with merged 是否整改 (已整改 / 未整改 ticks), 责任科室 sections, a 填表说明 and signature.
INSPECTION_ROWS = [
    (
        "资金管理",
        "专项资金拨付进度滞后",
        "建立拨付进度周调度机制",
        "计划财务科",
        "2024.6.30",
        "",
        "√",
        "",
        "验收合格",
    ),
    ("资金管理", "政府采购程序执行不严格", "修订采购内控制度", "计划财务科", "2024.7.31", "", "", "√", ""),
    (
        "民主决策",
        "三重一大事项集体决策记录不全",
        "补齐会议记录，规范议事程序",
        "办公室",
        "立行立改",
        "",
        "√",
        "",
        "验收合格",
    ),
    (
        "惠农政策",
        "农机购置补贴审核把关不严",
        "逐户复核补贴对象",
        "农业机械化科",
        "2024年9月底",
        "已完成自查，正在追缴违规补贴",
        "",
        "",
        "",
    ),
    (
        "作风建设",
        "公务用车使用登记管理不规范",
        "落实派车单和行车登记",
        "办公室",
        "7月底前",
        "",
        "√",
        "",
        "验收合格",
    ),
    (
        "队伍建设",
        "干部教育培训流于形式",
        "制定年度培训计划",
        "人事科",
        "长期坚持",
        "长期坚持，每季度开展集中学习",
        "",
        "",
        "",
    ),
    (
        "乡村振兴",
        "驻村帮扶资金台账登记不清",
        "重新梳理帮扶资金台账",
        "乡村振兴科",
        "2024年8月15日",
        "",
        "",
        "",
        "",
    ),
]


def write_inspection(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "市委第二轮巡察反馈问题整改台账", title, 0, 10),
        (
            1,
            0,
            "填报单位：市农业局（盖章）    巡察反馈日期：2024年5月20日    填报日期：2024年7月29日",
            plain,
            1,
            10,
        ),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "问题类别", head, 3, 1),
        (2, 2, "反馈问题", head, 3, 2),
        (2, 3, "整改措施", head, 3, 3),
        (2, 4, "责任科室", head, 3, 4),
        (2, 5, "整改时限", head, 3, 5),
        (2, 6, "整改进展", head, 3, 6),
        (2, 7, "是否整改", head, 2, 8),
        (3, 7, "已整改", head),
        (3, 8, "未整改", head),
        (2, 9, "三方验收意见", head, 3, 9),
        (2, 10, "备注", head, 3, 10),
    ]
    for i, row in enumerate(INSPECTION_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (7, 8) else cell))
        cells.append((r, 10, "", cell))
    end = 4 + len(INSPECTION_ROWS)
    cells.append(
        (
            end,
            0,
            "填表说明：已整改或未整改栏内打“√”；三方验收意见由巡察办、巡察组、被巡察单位共同填写。",
            plain,
            end,
            10,
        )
    )
    cells.append((end + 1, 0, "单位负责人：            填表人：            联系电话：", plain, end + 1, 10))
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 审计查出问题整改情况表, after a 师市审计局's account of its on-site 整改督导 (研究部署整改、推进落实整改责任、
# 整改工作取得成效、尚未整改完成问题后续推进情况; 预算执行和其他财政收支审计; 整改责任单位):
# http://www.xjshs.gov.cn/news-show-61038.html
# An .xlsx: title, 填报单位 and 截至 line, a two-row header with merged 整改情况 (已整改 / 持续整改 / 未整改 ticks),
# 后续推进措施 and 整改完成时间, a 合计 row and a signature line.
AUDIT_ROWS = [
    ("部分专项资金未及时拨付到项目单位", "市财政局", "2024年6月30日", "√", "", "", "", date(2024, 6, 25)),
    ("违规发放津贴补贴", "市教育局", "2024年7月31日", "", "√", "", "已追回部分资金，剩余正在追缴", None),
    ("政府专项债券资金闲置", "市交通局", "2024年12月底前", "", "√", "", "加快项目建设进度", None),
    ("未按规定收缴国有资产出租收入", "市商务局", "2024.5.31", "", "", "√", "", None),
    ("医保基金结余率偏高未统筹使用", "市医保局", "2024年年底前", "", "", "", "", date(2024, 7, 20)),
    ("部分工程项目未批先建", "市住建局", "2024年9月底前", "", "", "", "", None),
    ("土地出让收入未及时缴入国库", "市自然资源局", "2024-07-15", "√", "", "", "", date(2024, 7, 12)),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 34, 16, 16, 8, 10, 8, 28, 14])
    b.line(ws, 0, "2023年度预算执行和其他财政收支审计查出问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：市审计局经济责任审计科    截至：2024年7月31日", 8)
    for c, word in enumerate(["序号", "审计查出问题", "整改责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "持续整改", "未整改"], first=4)
    b.merge(ws, 2, 7, 3, 7, "后续推进措施", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改完成时间", b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:3]), first=1)
        b.row(ws, r, list(row[3:6]), first=4, fmt=b.center)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7])
    end = 4 + len(AUDIT_ROWS)
    b.row(ws, end, ["合计", "7项", "", "", 2, 2, 1, "", ""])
    b.line(ws, end + 1, "填表人：杨帆    联系电话：0393-8992345    填报日期：2024年7月31日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 督察组交办群众信访举报件办理情况, after a district's notice of a 中央生态环境保护督察组 交办批次 (重点交办件;
# 来电举报、来信举报; 涉及水、大气、噪声; 所有举报件均已及时转交相关部门、相关镇街处理; 办理情况反馈至督察组):
# http://m.bjzxdq.com/ztlm_184/zysthbdczqzxd/202405/t20240530_13251986_wap.html
# A .doc (Word 97 via LibreOffice): title, 交办批次 line, one table with 交办日期 (event) and 办理时限 partly in working
# days from it or 立行立改, 是否属实 and 是否办结 columns, a 注 and the office's signature.
ENV_ROWS = [
    (
        "D2024071501",
        "砖厂生产粉尘污染周边农田",
        "来电",
        "大气",
        "濮阳县城关镇人民政府",
        "2024-07-15",
        "7个工作日",
        "属实",
        "已责令停产整治，安装喷淋降尘设施",
        "是",
    ),
    (
        "D2024071502",
        "河道两侧倾倒建筑垃圾",
        "来信",
        "水",
        "市水务局",
        "2024-07-15",
        "7个工作日",
        "部分属实",
        "正在清运，已清运约60%",
        "否",
    ),
    (
        "D2024071503",
        "化工企业夜间排放异味扰民",
        "来电",
        "大气",
        "市环保局",
        "2024-07-15",
        "2024年8月30日前",
        "属实",
        "已立案调查",
        "否",
    ),
    (
        "D2024071801",
        "养鸡场粪污直排坑塘",
        "来电",
        "水",
        "市农业农村局",
        "2024-07-18",
        "7个工作日",
        "属实",
        "已完成整改，粪污已清理并建设储粪池",
        "是",
    ),
    (
        "D2024071802",
        "KTV夜间营业噪声扰民",
        "来电",
        "噪声",
        "华龙区胜利路街道办事处",
        "2024-07-18",
        "7个工作日",
        "属实",
        "",
        "",
    ),
    (
        "D2024071803",
        "村口空地露天焚烧生活垃圾",
        "来信",
        "大气",
        "清丰县马庄桥镇人民政府",
        "2024-07-18",
        "立行立改",
        "属实",
        "已立即清理，复查未再发现焚烧",
        "是",
    ),
    (
        "D2024071804",
        "采砂场破坏河岸生态",
        "来信",
        "生态",
        "市规划局",
        "2024-07-18",
        "2024年10月底前",
        "属实",
        "未开展整改",
        "否",
    ),
]


def write_env_docx(path: Path) -> Path:
    doc = _new_document("督察办")
    _title(doc, "中央第六生态环境保护督察组交办群众信访举报件办理情况（第二十二批）", 18)
    _paragraph(doc, "本批交办举报件7件，其中来电举报4件、来信举报3件，均已转交相关部门、相关镇街办理。", 12)
    _table(
        doc,
        [
            "受理编号",
            "交办问题",
            "举报方式",
            "问题类型",
            "责任单位",
            "交办日期",
            "办理时限",
            "是否属实",
            "办理情况",
            "是否办结",
        ],
        [list(r) for r in ENV_ROWS],
        9,
    )
    _paragraph(doc, "注：办理时限按工作日计算的，自交办之日起算；立行立改的以交办日期为准。", 12)
    _paragraph(
        doc,
        "濮阳市生态环境保护督察整改工作领导小组办公室    2024年7月30日",
        12,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    return _save_fixed(doc, path)


def write_env(path: Path) -> Path:
    return via_soffice(write_env_docx, path, "doc", "督察组交办群众信访举报件办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 安全隐患排查治理台账 from two towns, after a page on what a 安全隐患排查台账 holds (排查时间、地点、隐患描述、
# 整改措施及验收记录; 隐患分级; 整改责任人、措施、期限及验收结果; 动态更新):
# https://www.fudaoke.com/exam/3059835.html
# A .zip of two .xlsx returns: the first names its town only in the title and lists persons as 整改责任人; the
# second lists the enterprises as 整改责任单位 with the 检查人 (an inspector, never the unit) beside them.
SAFETY_A = [
    (
        date(2024, 7, 2),
        "镇敬老院",
        "厨房液化气瓶未设置燃气泄漏报警装置",
        "一般",
        "加装报警装置",
        "张建国",
        "2024.7.10",
        "验收合格",
    ),
    (
        date(2024, 7, 3),
        "阳邵镇中心超市",
        "超市安全出口被货物堵塞",
        "一般",
        "清理疏散通道",
        "李强",
        "2024年7月5日",
        "复查合格",
    ),
    (
        date(2024, 7, 9),
        "阳邵镇红星砖瓦厂",
        "配电箱线路老化裸露",
        "较大",
        "更换老化线路",
        "王伟",
        "2024年7月31日前",
        "整改中，待验收",
    ),
    (
        date(2024, 7, 16),
        "阳邵镇加油站",
        "站内消防器材过期未更换",
        "一般",
        "更换灭火器",
        "赵磊",
        "2024年8月10日",
        "",
    ),
]
SAFETY_B = [
    (
        date(2024, 7, 8),
        "南乐县鑫源面粉有限公司",
        "面粉车间粉尘清扫不及时存在爆炸风险",
        "较大",
        "每班清扫并记录",
        "刘洋",
        "2024-07-20",
        "验收合格，已销号",
    ),
    (
        date(2024, 7, 11),
        "南乐县元村镇供销合作社",
        "仓库内电动车违规充电",
        "一般",
        "设置集中充电区",
        "刘洋",
        "7月底前",
        "未整改",
    ),
    (
        date(2024, 7, 15),
        "南乐县宏达化工有限公司",
        "有限空间作业未履行审批手续",
        "较大",
        "落实作业审批制度",
        "陈晨",
        "8月15日前",
        "整改中",
    ),
]


def write_safety_a(path: Path) -> Path:
    b = Book(path, author="阳邵镇安监站")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 18, 34, 8, 18, 10, 16, 16])
    b.line(ws, 0, "清丰县阳邵镇人民政府安全隐患排查治理台账（2024年7月）", 8, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "排查时间",
            "排查地点",
            "隐患描述",
            "隐患等级",
            "整改措施",
            "整改责任人",
            "整改期限",
            "验收结果",
        ],
    )
    for i, row in enumerate(SAFETY_A, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(SAFETY_A), "填表人：安监站 周敏    审核人：            日期：2024年7月30日", 8)
    return b.close()


def write_safety_b(path: Path) -> Path:
    b = Book(path, author="元村镇安监站")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 26, 34, 8, 18, 10, 16, 18])
    b.line(ws, 0, "企业安全隐患排查整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：南乐县元村镇人民政府    填报时间：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查时间",
            "整改责任单位",
            "隐患描述",
            "隐患等级",
            "整改措施",
            "检查人",
            "整改期限",
            "验收结果",
        ],
    )
    for i, row in enumerate(SAFETY_B, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


def write_safety(path: Path) -> Path:
    members = [
        ("阳邵镇安全隐患排查治理台账.xlsx", write_safety_a),
        ("元村镇企业安全隐患排查整改台账.xlsx", write_safety_b),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 巡察整改专项督查发现问题督办单汇总表, after a district's 巡察整改专项督查 (区纪委监委、组织部、宣传部、巡察办组成
# 专项督查组; 8个方面36个问题整改不够到位; 约谈; 下发整改督办单; 限期上报整改情况):
# http://www.hgjwjw.gov.cn/xyq/xsxs/663.html
# An .xlsx: title, 下发 line, one header row with the 被督查单位 (the unit) beside the 督查组 (inspector), section
# rows by 方面, 下发日期 an event that the working-day limit counts from, a 注 line.
DUBAN_SECTIONS = [
    (
        "一、整改责任落实方面",
        [
            (
                "DB-01",
                "市统计局",
                "巡察整改方案未经党组会研究",
                "督查一组",
                "2024年8月10日前",
                "已补充召开党组会专题研究",
            ),
            (
                "DB-02",
                "市气象局",
                "整改台账未逐项明确责任人",
                "督查一组",
                "2024年7月20日",
                "已完善台账，逐项明确责任人",
            ),
            ("DB-03", "市残联", "整改佐证资料缺失", "督查二组", "15个工作日内", "正在补充完善"),
        ],
    ),
    (
        "二、问题整改成效方面",
        [
            (
                "DB-04",
                "市公共资源交易中心",
                "违规收取投标保证金问题未整改到位",
                "督查二组",
                "2024年9月底前",
                "整改进展滞后",
            ),
            ("DB-05", "市退役军人事务局", "巡察整改专题民主生活会未召开", "督查三组", "2024年7月31日", ""),
            ("DB-06", "市司法局", "整改中建章立制流于形式", "督查三组", "长期坚持", "长期坚持"),
            (
                "DB-07",
                "市科技局",
                "科研项目经费监管不严",
                "督查一组",
                "2024年6-9月",
                "已约谈主要负责人，正在整改",
            ),
        ],
    ),
]


def write_duban(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("督办单汇总")
    b.widths(ws, [6, 10, 20, 34, 10, 12, 16, 28])
    b.line(ws, 0, "巡察整改专项督查发现问题督办单汇总表", 7, b.title)
    b.line(ws, 1, "专项督查组：市纪委监委、市委组织部、市委宣传部、市委巡察办", 7)
    b.header(
        ws,
        2,
        ["序号", "督办单编号", "被督查单位", "督查发现问题", "督查组", "下发日期", "办结时限", "反馈情况"],
    )
    r = 3
    n = 0
    for heading, rows in DUBAN_SECTIONS:
        b.merge(ws, r, 0, r, 7, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [row[0], row[1], row[2], row[3], date(2024, 7, 10), row[4], row[5]], first=1)
            r += 1
    b.line(ws, r + 1, "注：办结时限按工作日计算的，自督办单下发之日起算。", 7)
    return b.close()


FILES = [
    ("2024年7月12345热线转办工单办理情况.csv", write_hotline),
    ("2024年政协提案办理情况一览表.ods", write_proposal),
    ("信访事项办理情况统计.et", write_petition),
    ("关于稳增长惠民生政策措施落实情况督查发现问题整改进展的报告.docx", write_supervision),
    ("市委第二轮巡察反馈问题整改台账.xls", write_inspection),
    ("2023年度审计查出问题整改情况表.xlsx", write_audit),
    ("中央生态环境保护督察交办信访举报件办理情况.doc", write_env),
    ("安全隐患排查治理台账（两镇）.zip", write_safety),
    ("巡察整改专项督查督办单汇总表.xlsx", write_duban),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

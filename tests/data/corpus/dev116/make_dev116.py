"""Write the dev116 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 群众诉求与代表委员意见的办理 (12345热线工单、信访事项、人大代表建议、政协提案).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx with a table after its body text, and a .zip of two returns (an .xlsx
and an .ods). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside212.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.sub = add({"bold": True, "font_size": 12, "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
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


# ---------------------------------------------------------------------------------------------
# 1. 12345政府服务热线季度情况通报, after a county 热线办's monthly 通报 (一、基本情况: 共办理热线工单…件，交办二级责任
# 单位…件，县热线办直办…件，按期回复…件、二级单位逾期回复…件，工单分类求决类/咨询类/揭发控告类/意见建议类/其他类;
# 二、回访情况: 群众反映较好的单位，逾期回复的单位，满意率低于最低标准的单位; 三、热点诉求: 基础建设方面/咨询政策
# 方面/公共服务方面/重复投诉方面/其他相关方面，各…件、满意率…%; 附件: 12345政府服务热线办理回访情况统计表):
# https://dyxrmt.cn/article-17942-1.html
# A .doc (Word 97 via LibreOffice): title, issuing office and date, the three numbered sections in prose (units and
# kinds of complaint named, none of them an item), then 附件 with a table of the 工单 sent back for redoing: 工单编号,
# 责任单位, 诉求内容, 问题类型 (逾期回复/不满意), the 重新交办日期 the 5/15 个工作日 limits count from, 整改情况.
HOTLINE_SECTIONS = [
    "一、基本情况",
    "二季度，共办理热线工单6318件。交办二级责任单位5964件，县热线办直办354件；按期回复5871件、二级单位逾期"
    "回复93件。工单分类：求决类4206件、咨询类851件、揭发控告类312件、意见建议类187件、其他类762件。位居前三的"
    "工单：城乡建设类1893件、农业农村类1264件、交通能源环保类1102件，占工单总量的67.4%。",
    "二、回访情况",
    "根据市、县热线办的回访，县民政局、县医保局、县市场监管局等11个单位群众反映较好，按期办结率、办结回复率、"
    "群众满意率均为100%；有户部寨镇、梁庄镇、县自然资源局等14个单位逾期回复；有渠村乡、郎中乡、县住建局等7个"
    "单位群众满意率低于市上要求的最低标准85%。对逾期回复和回访不满意的工单，县热线办已逐件重新交办，责任单位"
    "自重新交办之日起按附件所列时限办结并反馈（详见附件）。",
    "三、热点诉求",
    "（一）基础建设方面。本季度共办理疏通水沟、修建村道路、修复道路等类工单1021件，满意率91%。",
    "（二）咨询政策方面。本季度共办理群众咨询医疗报销、养老保险缴费、迁移户籍等类工单836件，满意率94%。",
    "（三）公共服务方面。本季度共办理停电、停水、水压低、安装自来水管道、宽带网络等类工单1347件，满意率86%。",
    "（四）重复投诉方面。本季度共受理重复反映工单412件，满意率83%。",
    "（五）其他相关方面。本季度共受理开发商延期交房、车辆乱停乱放、油烟噪音扰民、占道经营、物业管理等类工单"
    "985件，满意率88%。",
]
HOTLINE_ROWS = [
    (
        "2024062100315",
        "户部寨镇人民政府",
        "户部寨镇西辛庄村主街排水沟堵塞，雨后积水无法通行",
        "逾期回复",
        "2024年7月8日",
        "5个工作日",
        "已组织清淤疏通排水沟，回访诉求人满意，已办结",
    ),
    (
        "2024062400782",
        "梁庄镇人民政府",
        "梁庄镇后范庄村至乡道连接路破损坑洼，群众出行不便",
        "逾期回复",
        "2024年7月8日",
        "5个工作日",
        "已列入今年村道维修计划，正在施工",
    ),
    (
        "2024062601147",
        "濮阳县自然资源局",
        "宅基地确权登记申请提交后三个月未办理，也未告知原因",
        "逾期回复",
        "2024年7月10日",
        "5个工作日",
        "",
    ),
    (
        "2024063000451",
        "渠村乡人民政府",
        "渠村乡青庄村自来水水压低，用水高峰时段经常停水",
        "不满意",
        "2024年7月11日",
        "5个工作日",
        "已协调县自来水公司更换加压泵，7月19日恢复正常供水，已办结",
    ),
    (
        "2024070300236",
        "郎中乡人民政府",
        "郎中乡高庄村养殖场粪污露天堆放，异味扰民",
        "不满意",
        "2024年7月15日",
        "5个工作日",
        "逾期未办",
    ),
    (
        "2024070500918",
        "濮阳县住房和城乡建设局",
        "县城东方花园小区交房五年仍未办理不动产权证",
        "不满意",
        "2024年7月16日",
        "15个工作日",
        "正在协调开发企业补缴相关税费",
    ),
    (
        "2024070901330",
        "文留镇人民政府",
        "文留镇文留村主街路灯损坏半年无人维修",
        "逾期回复",
        "2024年7月18日",
        "5个工作日",
        "已更换路灯12盏，已办结",
    ),
]


def write_hotline_docx(path: Path) -> Path:
    doc = _new_document("县热线办")
    _title(doc, "濮阳县12345政府服务热线二季度情况通报")
    _paragraph(doc, "濮阳县12345政府服务热线办公室    2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for text in HOTLINE_SECTIONS:
        heading = text.startswith(("一、", "二、", "三、")) and len(text) < 10
        _paragraph(doc, text, 16, "黑体" if heading else "仿宋_GB2312")
    _paragraph(doc, "附件：12345政府服务热线逾期回复及不满意工单重新交办整改情况统计表", 16)
    doc.add_page_break()
    _paragraph(doc, "附件", 16, "黑体")
    _title(doc, "12345政府服务热线逾期回复及不满意工单重新交办整改情况统计表", 16)
    body = [[str(i), *row] for i, row in enumerate(HOTLINE_ROWS, 1)]
    _table(
        doc,
        ["序号", "工单编号", "责任单位", "诉求内容", "问题类型", "重新交办日期", "办理时限", "整改情况"],
        body,
        size=9,
    )
    _paragraph(doc, "备注：办理时限自重新交办之日起计算；整改情况由各责任单位于7月26日前反馈。", 12)
    return _save_fixed(doc, path)


def write_hotline(path: Path) -> Path:
    return via_soffice(write_hotline_docx, path, "doc", "热线二季度情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 2. 局“12345”转办件办理台账, after a bureau's rules for handling 12345 转办件 inside it ((三)限时办结: 应急类事项收到
# 转办件工单当日答复; 咨询类和求助类能当天答复的当天答复，不能当天答复的3个工作日内办结和答复; 建议批评、投诉举报类
# 收到转办件工单的次日起13个工作日内办结和答复; (四)跟踪监督: 受理工作组催办，超过办理期限发《催办通知书》，经一次
# 催办仍超过办理时限5个工作日且不报告说明理由的书面通报批评; 办结工单经部门主要负责人签字后反馈):
# http://fsou.com/html/text/lar/172733/17273310_2.html
# An .xls (xlwt): title, 填报 line, a line stating the limits by 事项类别, one header row with the 转办日期 the limits
# count from, 承办部门 naming only the bureau's own 科室/支队/中心, a 催办情况 column, 办结答复日期 and 办理结果, a 注 line
# and a signature line.
BUREAU_ROWS = [
    (
        "RS2407010023",
        "2024.7.1",
        "咨询类",
        "咨询灵活就业人员参加职工养老保险的缴费基数和办理渠道",
        "社会保险中心",
        "3个工作日",
        "",
        "2024.7.2",
        "已电话答复诉求人，诉求人满意",
    ),
    (
        "RS2407020057",
        "2024.7.2",
        "投诉举报类",
        "反映华龙区某建筑工地拖欠农民工工资4.6万元",
        "劳动保障监察支队",
        "13个工作日",
        "",
        "2024.7.12",
        "已督促施工企业足额支付，办结",
    ),
    (
        "RS2407080031",
        "2024.7.8",
        "建议批评类",
        "建议人社服务大厅周末增设值班窗口",
        "行政审批服务科",
        "13个工作日",
        "",
        "2024.7.22",
        "建议已采纳，自7月20日起周六上午开放综合窗口",
    ),
    (
        "RS2407090112",
        "2024.7.9",
        "求助类",
        "高校毕业生就业见习补贴申领后两个月未到账",
        "就业创业科",
        "3个工作日",
        "7月15日已发《催办通知书》",
        "",
        "正在核对见习单位申报材料",
    ),
    (
        "RS2407150046",
        "2024.7.15",
        "投诉举报类",
        "某职业技能培训学校虚假宣传“包拿证”，收费后不组织考试",
        "职业能力建设科",
        "13个工作日",
        "",
        "",
        "",
    ),
    (
        "RS2407170008",
        "2024.7.17",
        "应急类",
        "清丰县某物流园区50余名务工人员聚集讨要被拖欠工资",
        "劳动保障监察支队",
        "当日",
        "",
        "",
        "已会同清丰县人社局现场处置，企业承诺分期支付，首期工资已兑付，剩余部分正在跟踪",
    ),
    (
        "RS2407190064",
        "2024.7.19",
        "求助类",
        "社保卡异地就医结算时提示卡片未激活，无法使用",
        "社会保障卡服务中心",
        "3个工作日",
        "催办后仍超过办理时限5个工作日未报告，已书面通报批评",
        "",
        "逾期未办",
    ),
    (
        "RS2407250019",
        "2024.7.25",
        "咨询类",
        "咨询今年退休人员基本养老金调整后何时补发到账",
        "养老保险科",
        "3个工作日",
        "",
        "2024.7.26",
        "已答复",
    ),
]


def write_bureau(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "濮阳市人力资源和社会保障局12345热线转办件办理台账（2024年7月）", t, 0, last),
        (1, 0, "填报：局12345受理工作组（办公室）    填报日期：2024年7月30日", plain, 1, last),
        (
            2,
            0,
            "办理时限：应急类当日答复；咨询类、求助类3个工作日内办结；建议批评类、投诉举报类自收到转办件工单"
            "次日起13个工作日内办结。",
            plain,
            2,
            last,
        ),
    ]
    words = [
        "序号",
        "工单编号",
        "转办日期",
        "事项类别",
        "诉求内容",
        "承办部门",
        "办理时限",
        "催办情况",
        "办结答复日期",
        "办理结果",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    for i, row in enumerate(BUREAU_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 6, 8) else c))
    r = 4 + len(BUREAU_ROWS)
    cells += [
        (
            r,
            0,
            "注：承办部门在答复诉求人的当天，将办结工单经部门主要负责人签字后反馈局12345受理工作组。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审核人：杜建民    填表人：常悦    联系电话：0393-4418126", plain, r + 1, last),
    ]
    return _write_xls(path, [("转办件台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 政协提案办理情况统计表, after a city government's account of the 提案 handed to it (交由市政府办理的提案共92件，
# 其中集体提案25件，委员个人和联名提案67件; 交由78家单位承办，其中涉及主办单位31家; 办复率100%、满意率100%;
# 已经解决或基本解决，或已通过其他途径解决的(A类)，正在解决或有关工作已启动的(B类)，已列入规划计划逐步解决的(C类)):
# http://henanshanlin.com/xxgk/xxgkml/qtzdgknr/jytabl/ztqk/202301/t20230112_2927386.shtml
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (承办单位 over 主办/会办, 办复情况 over 办复日期/委员意见/
# 办理类别), the 提案者 (a party's 市委员会 or 委员, the proposer) beside the 主办单位, 集体提案 and 委员个人和联名提案 as
# group rows merged across, 落实时限 as dates, month names, 年底前 and a two-stage schedule, a 合计 row, a 注 defining
# the classes and a signature line.
PROPOSAL_GROUPS = [
    (
        "一、集体提案",
        [
            (
                "10301",
                "民盟濮阳市委员会",
                "关于加快城区养老服务综合体建设的提案",
                "市民政局",
                "市住建局",
                date(2024, 6, 18),
                "满意",
                "B类",
                "2024年12月底前",
            ),
            (
                "10302",
                "九三学社濮阳市委员会",
                "关于完善中小学课后服务经费保障机制的提案",
                "市教育局",
                "市财政局",
                date(2024, 6, 12),
                "满意",
                "A类",
                "2024年6月底前",
            ),
            (
                "10305",
                "市工商联",
                "关于规范涉企行政检查、减少多头执法的提案",
                "市司法局",
                "市市场监管局",
                date(2024, 6, 20),
                "基本满意",
                "B类",
                "2024年9月",
            ),
        ],
    ),
    (
        "二、委员个人和联名提案",
        [
            (
                "10312",
                "王建华",
                "关于马颊河城区段增设亲水步道的提案",
                "市城管局",
                "市水务局",
                date(2024, 6, 25),
                "满意",
                "B类",
                "分两期实施：2024年10月底前完成一期，2025年6月底前全部建成",
            ),
            (
                "10318",
                "李秀芳等3人",
                "关于规范城区“小饭桌”托管机构管理的提案",
                "市场监管局",
                "市教育局",
                date(2024, 6, 14),
                "满意",
                "A类",
                "2024年6月30日",
            ),
            (
                "10323",
                "赵明",
                "关于规范农村户用光伏安装和并网管理的提案",
                "市发改委",
                "供电公司",
                "",
                "",
                "",
                "2024年7月31日",
            ),
            (
                "10327",
                "孙丽",
                "关于在城区公园和广场增设母婴室的提案",
                "市城市管理局",
                "市卫健委",
                date(2024, 7, 2),
                "满意",
                "A类",
                "2024年7月15日",
            ),
            (
                "10331",
                "刘国强",
                "关于提高农村客运班线通达率的提案",
                "市交通局",
                "市公交公司",
                date(2024, 7, 5),
                "基本满意",
                "B类",
                "年底前",
            ),
        ],
    ),
]


def write_proposals(path: Path) -> Path:
    b = Book(path, author="建议提案办理科")
    ws = b.sheet("提案办理情况")
    b.widths(ws, [6, 9, 20, 40, 14, 14, 12, 10, 10, 30])
    last = 9
    b.line(ws, 0, "市政协十届三次会议以来交由市政府办理的提案办理情况统计表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查局（建议提案办理科）    统计截至：2024年7月25日", last)
    for c, word in enumerate(["序号", "提案号", "提案者", "案由"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "承办单位", b.head)
    b.header(ws, 3, ["主办单位", "会办单位"], first=4)
    b.merge(ws, 2, 6, 2, 8, "办复情况", b.head)
    b.header(ws, 3, ["办复日期", "委员意见", "办理类别"], first=6)
    b.merge(ws, 2, 9, 3, 9, "落实时限", b.head)
    r, n = 4, 0
    for title, rows in PROPOSAL_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}件）", b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.center if c in (1, 6, 7, 8) and not isinstance(v, date) else None)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, "共8件，其中A类3件、B类4件，未报送办理结果1件", b.cell)
    b.line(
        ws,
        r + 1,
        "注：办理类别中，A类为所提问题已经解决或基本解决，或已通过其他途径解决的；B类为所提问题正在解决或有关"
        "工作已启动的；C类为所提问题已列入规划计划逐步解决的。",
        last,
    )
    b.line(ws, r + 2, "审核人：彭志远    填表人：贾楠    联系电话：0393-8991437", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 代表建议办理任务分解及进展表, after a city government office's 关于办理市人大会议代表建议的通知 (将有关代表建议
# 办理任务(详见附件1)细化分解给各承办(主办、协办)单位; 将办理工作责任逐级落实到领导、承办科室和具体人员; 对不属于
# 本单位职责范围的建议，必须在接到承办通知后7个工作日内退回市政府办公室，注明退回理由):
# http://www.yulin.gov.cn/zcwj/yzbd/t8706881.shtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 领衔代表 (the proposer), 主办单位 under short and former names, 协办单位, 责任领导 and 承办科室 (a section of the
# 主办单位), 办理时限 as dates, 月底前 and a 3个月内 counted from the 交办 date written beside it, a 注 and a signature line.
SUGGESTION_ROWS = [
    (
        "第012号",
        "关于加快推进农村黑臭水体治理的建议",
        "张志刚",
        "市环保局",
        "华龙区人民政府",
        "王立新",
        "水生态环境科",
        "6月30日前",
        "已答复代表，代表满意",
    ),
    (
        "第027号",
        "关于在南乐县建设农产品冷链集配中心的建议",
        "李红梅",
        "市农委",
        "市商务局",
        "赵永刚",
        "市场与信息化科",
        "7月底前",
        "已与代表面商，项目选址已确定，正在开展前期工作",
    ),
    (
        "第035号",
        "关于城区学校周边设置潮汐车道缓解接送拥堵的建议",
        "王建军",
        "市交警支队",
        "市教育局",
        "陈卫国",
        "秩序科",
        "2024年8月15日",
        "未启动",
    ),
    (
        "第041号",
        "关于完善控制性详细规划中停车配建标准的建议",
        "刘洋",
        "市规划局",
        "市住建局",
        "马建设",
        "国土空间规划科",
        "3个月内（2024年5月10日交办）",
        "正在修订停车配建标准，已形成征求意见稿",
    ),
    (
        "第048号",
        "关于扩大农村订单定向医学生培养规模的建议",
        "郭敏",
        "市卫生局",
        "市教育局",
        "林海燕",
        "科教科",
        "6月30日前",
        "已答复代表",
    ),
    (
        "第053号",
        "关于清丰县城区增设公共充电桩的建议",
        "冯晓光",
        "清丰县人民政府",
        "国网濮阳供电公司",
        "",
        "",
        "7月31日前",
        "",
    ),
    (
        "第060号",
        "关于将儿童孤独症康复纳入医保门诊慢特病保障的建议",
        "孙静",
        "市医保局",
        "市残联",
        "周丽",
        "待遇保障科",
        "2024年12月31日",
        "已与代表面商，待省医保局政策批复后落实",
    ),
]


def write_suggestions_book(path: Path) -> Path:
    b = Book(path, author="市政府办公室")
    ws = b.sheet("任务分解")
    b.widths(ws, [6, 10, 38, 10, 16, 16, 10, 16, 22, 34])
    last = 9
    b.line(ws, 0, "市十届人大三次会议代表建议办理任务分解及进展情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（盖章）    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议号",
            "建议标题",
            "领衔代表",
            "主办单位",
            "协办单位",
            "责任领导",
            "承办科室",
            "办理时限",
            "办理进展",
        ],
    )
    for i, row in enumerate(SUGGESTION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SUGGESTION_ROWS)
    b.line(
        ws,
        end,
        "注：对不属于本单位职责范围的建议，须在接到承办通知后7个工作日内退回市政府办公室，注明退回理由。",
        last,
    )
    b.line(ws, end + 1, "填表人：韩雪    联系电话：0393-8991206", last)
    return b.close()


def write_suggestions(path: Path) -> Path:
    return via_soffice(write_suggestions_book, path, "xls", "代表建议办理任务分解.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 12345热线领导就地接听工单办理情况, after a county-level city's monthly 12345 report (一、工单总体情况; 二、市政府
# 领导就地接听情况: 副市长在热线就地接听大厅现场接听12345热线电话，两小时共接听群众来电9个，形成9件工单并全部下派，
# 由教体局处理的学区划分问题、由卫健委处理的生育津贴问题经回访以满意办结，由桥东镇处理的强行挖除油茶树及赔偿问题、
# 由住建局处理的小区门禁问题经回访甄别以一般满意办结; 三、诉求办理情况: 已解决、未解决、限期内工单至下月办结):
# https://www.jxfc.gov.cn/fcsrmzf/rxtj/202506/bd016aaa75bd438f93b506d85ef3ac28.shtml
# A CSV in GBK: a title line, the 总体情况 and 就地接听 sentences as lines, one header line with the 接听日期 each
# row's working-day 办理时限 counts from, 回访结果 (满意办结/一般满意办结/不满意) beside 办理情况 (已解决/未解决/限期内
# 办理中), one row with both blank, a 合计 line.
PICKUP_ROWS = [
    (
        "HL2407160001",
        "2024-07-16",
        "反映孩子小升初学区划分不合理，家门口的学校不能就读",
        "华龙区教育局",
        "5个工作日",
        "满意办结",
        "已解决：已解释学区划分政策，协调就近入学",
    ),
    (
        "HL2407160002",
        "2024-07-16",
        "咨询生育三孩有无生育津贴或其他优惠政策",
        "市卫健委",
        "3个工作日",
        "满意办结",
        "已解决：已告知生育津贴和育儿补贴申领政策",
    ),
    (
        "HL2407160003",
        "2024-07-16",
        "反映所在公司连续三个月停缴员工住房公积金",
        "市公积金中心",
        "15个工作日",
        "",
        "限期内办理中：已责令企业限期补缴",
    ),
    (
        "HL2407160004",
        "2024-07-16",
        "反映村里修路强行挖除自家承包地内树木，未给补偿",
        "华龙区岳村镇人民政府",
        "15个工作日",
        "一般满意办结",
        "已解决：已协调按标准补偿",
    ),
    (
        "HL2407160005",
        "2024-07-16",
        "反映小区门禁系统损坏，外来车辆随意进出",
        "华龙区胜利路街道办事处",
        "5个工作日",
        "一般满意办结",
        "已解决：已督促物业公司维修门禁",
    ),
    (
        "HL2407160006",
        "2024-07-16",
        "反映村集体土地流转收益分配不公开",
        "华龙区孟轲乡人民政府",
        "15个工作日",
        "不满意",
        "未解决",
    ),
    (
        "HL2407160007",
        "2024-07-16",
        "反映中原路与京开大道交叉口信号灯配时不合理，早高峰拥堵",
        "市交警支队",
        "5个工作日",
        "",
        "",
    ),
]


def write_pickup(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区12345热线7月份区领导就地接听工单办理情况"])
    w.writerow(
        [
            "一、工单总体情况：7月，区12345热线办共接收市热线中心转来工单3284件，其中投诉类2517件、求助类"
            "436件、咨询类219件、建议类112件。"
        ]
    )
    w.writerow(
        [
            "二、区领导就地接听情况：7月16日，副区长吕晓光在热线就地接听大厅现场接听12345热线电话，两小时共"
            "接听群众来电7个，形成7件工单并全部下派。办理时限自接听当日起计算。"
        ]
    )
    w.writerow(["序号", "工单编号", "接听日期", "来电诉求", "承办单位", "办理时限", "回访结果", "办理情况"])
    for i, row in enumerate(PICKUP_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共7件", "", "", "满意办结2件，一般满意办结2件，不满意1件", "已解决4件"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. B类提案持续办理情况跟踪问效督查表, after a county 政协's 重点提案督办 and 上一次会议B类提案跟踪问效督查 (县政协
# 提案委、县“两查一考”办、县政府督查室组成督查组，深入承办提案较多的单位，通过查看资料、交流座谈等方式了解B类提案
# 持续办理情况; 推动提案建议转化落实):
# http://thxzx.gov.cn/Home/Note/newsdetail?classid=5&id=2976
# An .xlsx: title, 督查时间/督查单位 line, one header row with 去年答复承诺事项 beside 持续办理进展 and 计划完成时间
# (dates, months, 长期坚持, a schedule text naming two dates), the verdict in a 督查意见 column (同意销号 / 继续跟踪 /
# 进展滞后，约谈提醒 / 转入常态化管理), one row left blank by its unit, a 说明 line and the 督查组 members.
FOLLOWUP_ROWS = [
    (
        "九届二次第018号",
        "关于打造单拐革命旧址红色旅游线路的提案",
        "清丰县文化广电和旅游局",
        "编制红色旅游线路规划，完善沿线旅游标识",
        "线路规划已编制完成，沿线旅游标识牌已安装32块",
        "2024年6月底",
        "同意销号",
    ),
    (
        "九届二次第026号",
        "关于推进食用菌产业园区提档升级的提案",
        "清丰县农业农村局",
        "建设园区冷链仓储设施，培育食用菌精深加工企业",
        "冷库主体工程已完工，正在安装制冷设备",
        "9月底前完成冷库建设，12月底前投入使用",
        "继续跟踪",
    ),
    (
        "九届二次第031号",
        "关于解决县城新建小区配套学校学位不足的提案",
        "清丰县教育局",
        "新建城东实验学校，增加学位1800个",
        "项目已开工，完成基础施工",
        "2025年8月",
        "继续跟踪",
    ),
    (
        "九届二次第037号",
        "关于改造老城区背街小巷排水设施的提案",
        "清丰县住房和城乡建设局",
        "分批改造老城区背街小巷雨污管网",
        "因资金未落实，尚未开工",
        "2024年10月31日",
        "进展滞后，约谈提醒",
    ),
    (
        "九届二次第042号",
        "关于开通县城至乡镇城乡公交线路的提案",
        "清丰县交通运输局",
        "年内新开通城乡公交线路2条",
        "已开通县城至马庄桥镇、六塔乡公交线路2条",
        "2024年7月15日",
        "同意销号",
    ),
    (
        "九届二次第049号",
        "关于规范县城早夜市经营秩序的提案",
        "清丰县城市管理局",
        "设置规范疏导点，建立长效管理机制",
        "已设置疏导点3处，实行常态化管理",
        "长期坚持",
        "转入常态化管理",
    ),
    (
        "九届二次第053号",
        "关于加强农村留守儿童关爱服务的提案",
        "清丰县民政局",
        "建设乡镇儿童之家，配齐儿童主任",
        "",
        "2024年12月",
        "",
    ),
]


def write_followup(path: Path) -> Path:
    b = Book(path, author="县政协提案委")
    ws = b.sheet("跟踪问效")
    b.widths(ws, [6, 16, 36, 22, 30, 34, 24, 16])
    last = 7
    b.line(ws, 0, "清丰县政协九届二次会议B类提案持续办理情况跟踪问效督查表", last, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月15日至19日    督查单位：县政协提案委、县“两查一考”办、县政府督查室",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "提案号",
            "提案题目",
            "承办单位",
            "去年答复承诺事项",
            "持续办理进展",
            "计划完成时间",
            "督查意见",
        ],
    )
    for i, row in enumerate(FOLLOWUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOLLOWUP_ROWS)
    b.line(
        ws,
        end,
        "说明：督查意见分“同意销号”“继续跟踪”“约谈提醒”三类；已转入常态化管理的事项不再单独督办。",
        last,
    )
    b.line(ws, end + 1, "督查组成员：郑文华  宋立新  白雪    2024年7月26日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 建议提案见面沟通情况督查通报, after a city's 关于市人大代表建议和政协提案办理情况的通报 (各主(分)办单位要在收到
# 建议、提案20日内完成与领衔代表、第一提案人的见面工作; 市人大选任工委、市政协提案委和市政府督查室专项督查; 36家
# 主办单位中23家实现见面率100%，13家未达到100%(各单位见面情况见附表); 见面率未达到100%的单位要立即整改，情况说明
# 及整改结果于…前报市政府督查室):
# http://suizhou.gov.cn/zwgk/zfwj/qt_5744/tzgg/202001/t20200104_580435.shtml
# A .docx: title, 主送, the 通报 in prose (the one deadline for every unit is in the body, not in the table), then 附表
# listing only the units under 100% with 主办件数, 已见面件数, 见面率, 存在问题 and the 整改情况 each unit sent back.
MEETING_ROWS = [
    (
        "濮阳供电公司",
        "6",
        "0",
        "0%",
        "主办的6件建议提案均未与领衔代表、第一提案人见面，农村电网改造升级建议办理未听取代表意见",
        "已于6月12日前与6位代表委员逐一登门见面，整改完成",
    ),
    (
        "南乐县人民政府",
        "8",
        "2",
        "25%",
        "县城污水处理厂扩建等6件建议未见面，仅以电话方式沟通",
        "已见面4件，其余2件正在联系代表",
    ),
    (
        "市城管局",
        "9",
        "6",
        "66.7%",
        "城区占道经营疏导点设置等3件提案超过20日未见面",
        "已全部见面并征求委员意见",
    ),
    (
        "市文广新局",
        "5",
        "3",
        "60%",
        "戚城公园夜间开放等2件提案未安排见面沟通",
        "",
    ),
    (
        "市医保局",
        "4",
        "3",
        "75%",
        "异地就医直接结算备案简化建议1件未与领衔代表见面",
        "代表外出学习未能见面，尚未整改",
    ),
    (
        "市住房公积金中心",
        "3",
        "2",
        "66.7%",
        "放宽公积金提取用于加装电梯的建议1件未见面，答复意见未征求代表意见",
        "已于6月5日登门见面并重新征求意见，整改完成",
    ),
]


def write_meetings(path: Path) -> Path:
    doc = _new_document("建议提案办理科")
    _title(doc, "关于市人大代表建议和政协提案见面沟通督查发现问题整改情况的通报")
    _paragraph(doc, "各县（区）人民政府，市人民政府各部门，有关单位：")
    _paragraph(
        doc,
        "按照市人大代表建议和政协提案办理工作有关规定，各主（分）办单位要在收到建议、提案20日内，完成与提出建议、"
        "提案的领衔代表、第一提案人的见面工作。2024年5月下旬，市人大选任工委、市政协提案委和市政府督查局对市政府"
        "系统承办的建议提案见面情况进行了专项督查。从督查情况看，42家主办单位中，36家实现了见面率100%的工作目标，"
        "但有6家单位与代表委员见面率未达到100%（各单位见面情况及整改情况见附表）。",
    )
    _paragraph(
        doc,
        "与代表委员见面沟通是办理建议提案的工作要求。5月31日印发的督查通报要求，见面率未达到100%的单位要立即"
        "整改，迅速与代表委员见面，情况说明及整改结果于2024年6月14日前报市政府督查局。现将各单位整改情况通报如下。",
    )
    _paragraph(doc, "附表：见面率未达到100%的主办单位见面情况及整改情况表（截至2024年7月26日）")
    body = [[str(i), *row] for i, row in enumerate(MEETING_ROWS, 1)]
    _table(
        doc,
        ["序号", "主办单位", "主办件数", "已见面件数", "见面率", "存在问题", "整改情况"],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳市人民政府督查局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 群众反映问题办理情况 附表 (two returns in one zip), after a district government office's monthly 通报 of 群众反映
# 问题办理工作 (群众反映问题共…件，全部回复，已办结…件，未办结…件(详见附件一); 新闻联播“随手拍”、论坛、人民网
# 地方领导留言板、市长公开电话各渠道群众反映问题办理情况分别详见附表二至附表五; 数据分析: 基础设施、城市管理、物业
# 管理、市容市貌、环境卫生、教育管理问题占比):
# http://txq.siping.gov.cn/zw/dc/202211/t20221110_643675.html
# A .zip holding 附表四 as an .xlsx (人民网留言板: 留言日期, 留言标题, 办理单位, 回复日期, 办结情况; no deadline at all)
# and 附表五 as an .ods (市长公开电话: 交办日期, the working-day 办理时限, a two-row header with √ under 已办结 or 未办结,
# 未办结原因), each with its title, 填报 line and 合计 row.
BOARD_ROWS = [
    (
        date(2024, 7, 3),
        "反映人民路街道某小区楼顶私搭乱建",
        "华龙区人民路街道办事处",
        date(2024, 7, 10),
        "已办结",
    ),
    (
        date(2024, 7, 8),
        "反映大庆路某路段下水道井盖缺失",
        "华龙区大庆路街道办事处",
        date(2024, 7, 9),
        "已办结",
    ),
    (
        date(2024, 7, 15),
        "反映黄河路街道某小区物业不作为，电梯长期故障停运",
        "华龙区黄河路街道办事处",
        date(2024, 7, 22),
        "未办结，正在协调更换电梯主板",
    ),
    (date(2024, 7, 24), "反映京开大道某烧烤店夜间经营噪音扰民", "华龙区城市管理局", "", ""),
]
PHONE_ROWS = [
    (
        "SZ2407020017",
        "2024-07-02",
        "反映中原路街道某小区二次供水水质发黄",
        "华龙区中原路街道办事处",
        "5个工作日",
        True,
        "",
    ),
    (
        "SZ2407050042",
        "2024-07-05",
        "反映昆吾街道老旧小区改造后路面塌陷",
        "华龙区住房和城乡建设局",
        "10个工作日",
        False,
        "施工单位正在返修",
    ),
    (
        "SZ2407110009",
        "2024-07-11",
        "反映皇甫街道农贸市场周边占道经营严重",
        "华龙区皇甫街道办事处",
        "5个工作日",
        True,
        "",
    ),
    (
        "SZ2407190033",
        "2024-07-19",
        "反映开州街道某幼儿园违规收取兴趣班费用",
        "华龙区教育局",
        "10个工作日",
        False,
        "",
    ),
]


def write_board_book(path: Path) -> Path:
    b = Book(path, author="区政府办公室")
    ws = b.sheet("附表四")
    b.widths(ws, [6, 12, 44, 24, 12, 30])
    b.line(ws, 0, "附表四", 5, b.sub)
    b.line(ws, 1, "人民网地方领导留言板群众反映问题办理情况（2024年7月）", 5, b.title)
    b.line(ws, 2, "填报单位：华龙区人民政府办公室    填报日期：2024年7月29日", 5)
    b.header(ws, 3, ["序号", "留言日期", "留言标题", "办理单位", "回复日期", "办结情况"])
    for i, row in enumerate(BOARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BOARD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, "共4件，已回复3件，已办结2件", b.cell)
    return b.close()


def write_phone_book(path: Path) -> Path:
    b = Book(path, author="区政府办公室")
    ws = b.sheet("附表五")
    b.widths(ws, [6, 16, 12, 42, 24, 12, 8, 8, 24])
    last = 8
    b.line(ws, 0, "附表五", last, b.sub)
    b.line(ws, 1, "市长公开电话群众反映问题办理情况（2024年7月）", last, b.title)
    b.line(
        ws, 2, "填报单位：华龙区人民政府办公室    填报日期：2024年7月29日    办理时限自交办之日起计算", last
    )
    for c, word in enumerate(["序号", "工单号", "交办日期", "反映问题", "责任单位", "办理时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "办结情况", b.head)
    b.header(ws, 4, ["已办结", "未办结"], first=6)
    b.merge(ws, 3, 8, 4, 8, "未办结原因", b.head)
    for i, (no, day, text, unit, limit, done, why) in enumerate(PHONE_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [no, day, text, unit, limit], first=1)
        b.put(ws, r, 6, "√" if done else "", b.center)
        b.put(ws, r, 7, "" if done else "√", b.center)
        b.put(ws, r, 8, why)
    end = 5 + len(PHONE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, "共4件", b.cell)
    b.put(ws, end, 6, 2, b.center)
    b.put(ws, end, 7, 2, b.center)
    b.put(ws, end, 8, "", b.cell)
    return b.close()


def write_phone_ods(path: Path) -> Path:
    via_soffice(write_phone_book, path, "ods", "市长公开电话办理情况.xlsx")
    return fixed_zip(path)


def write_channels_zip(path: Path) -> Path:
    members = [
        ("附表四 人民网地方领导留言板群众反映问题办理情况.xlsx", write_board_book),
        ("附表五 市长公开电话群众反映问题办理情况.ods", write_phone_ods),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. “市长信箱”来信办理情况, after a city's quarterly report on its 市长信箱 (共收到群众来信…件，其中直接答复…件，受理转办
# 有效信件…件，已办结…件，办结率…%; 一、办理情况: 从诉求类型、热点分布来看; 二、承办单位信件办理情况: 1.各县市区
# 来信办理情况 (承办县区 | 总件数 | 处理中 | 已办结 | 办结率, 总计); 2.市直部门来信办理情况 (承办部门 | 总件数 | 处理中 |
# 已办结 | 办结率)):
# http://wfqyp.cn/jdhy/lysl/1629008674418622466.html
# An .xlsx, one sheet: title, a 办理情况 paragraph, the two statistics tables with their 总计 rows (units and counts,
# none of them an item), then 三、重点信件办理情况: the letters themselves with 来信日期, 承办单位 (a county government, a
# college, a hospital, short names), 办理时限 as dates and 月底前, and 办理进度 (已办结/处理中/逾期未办结/blank).
MAILBOX_COUNTIES = [
    ("华龙区", 186, 3, 183),
    ("濮阳县", 121, 2, 119),
    ("清丰县", 97, 2, 95),
    ("南乐县", 74, 0, 74),
    ("范县", 68, 1, 67),
    ("台前县", 52, 1, 51),
    ("濮阳经济技术开发区", 31, 0, 31),
]
MAILBOX_DEPTS = [
    ("市住建局", 43, 1, 42),
    ("市公安局", 27, 0, 27),
    ("市交通运输局", 19, 0, 19),
    ("市卫健委", 18, 1, 17),
    ("市人社局", 16, 0, 16),
    ("其他单位", 22, 1, 21),
]
MAILBOX_LETTERS = [
    (
        "XX2404120031",
        date(2024, 4, 12),
        "反映清丰县某小区开发商延期交房一年以上",
        "清丰县人民政府",
        "2024年8月31日",
        "处理中：已协调开发企业制定交房计划，正在推进",
    ),
    (
        "XX2405060118",
        date(2024, 5, 6),
        "反映濮阳职业技术学院新校区学生宿舍空调未按期安装",
        "濮阳职业技术学院",
        "2024年6月15日",
        "已办结",
    ),
    (
        "XX2405200094",
        date(2024, 5, 20),
        "反映市区某路段公交站台被私家车长期占用",
        "市交警支队",
        "6月底前",
        "已办结，已增设禁停标志并加强巡查",
    ),
    (
        "XX2406030027",
        date(2024, 6, 3),
        "反映市人民医院门诊停车难，周边道路拥堵",
        "濮阳市人民医院",
        "7月底前",
        "处理中",
    ),
    (
        "XX2406110152",
        date(2024, 6, 11),
        "反映台前县某村低保评定结果未公示",
        "台前县人民政府",
        "2024年7月10日",
        "逾期未办结",
    ),
    (
        "XX2406240086",
        date(2024, 6, 24),
        "反映城区集中供暖管网改造施工后道路长期未恢复",
        "市住建局",
        "2024年9月30日",
        "",
    ),
]


def _mailbox_table(b: Book, ws, r: int, caption: str, first_word: str, rows) -> int:
    b.line(ws, r, caption, 5, b.sub)
    b.header(ws, r + 1, [first_word, "总件数", "处理中", "已办结", "办结率"], first=1)
    r += 2
    for name, total, doing, done in rows:
        b.row(ws, r, [name, total, doing, done, f"{done * 100 // total}%"], first=1, fmt=b.center)
        r += 1
    total = sum(x[1] for x in rows)
    done = sum(x[3] for x in rows)
    doing = sum(x[2] for x in rows)
    b.row(ws, r, ["总计", total, doing, done, f"{done * 100 // total}%"], first=1, fmt=b.center)
    return r + 2


def write_mailbox(path: Path) -> Path:
    b = Book(path, author="市长信箱办公室")
    ws = b.sheet("二季度")
    b.widths(ws, [6, 18, 12, 40, 20, 16, 34])
    b.line(ws, 0, "2024年第二季度“市长信箱”来信办理情况", 6, b.title)
    b.line(
        ws,
        1,
        "2024年第二季度，“市长信箱”共收到群众来信1126件，其中直接答复352件，受理转办有效信件774件，已办结"
        "762件，办结率98.4%。",
        6,
    )
    b.line(ws, 2, "一、承办单位信件办理情况", 6, b.sub)
    r = _mailbox_table(b, ws, 3, "1.各县（区）来信办理情况", "承办县区", MAILBOX_COUNTIES)
    r = _mailbox_table(b, ws, r, "2.市直部门及其他单位来信办理情况", "承办部门", MAILBOX_DEPTS)
    b.line(ws, r, "二、重点信件办理情况（截至2024年7月26日）", 6, b.sub)
    b.header(ws, r + 1, ["序号", "信件编号", "来信日期", "来信标题", "承办单位", "办理时限", "办理进度"])
    for i, row in enumerate(MAILBOX_LETTERS, 1):
        b.put(ws, r + 1 + i, 0, i, b.center)
        b.row(ws, r + 1 + i, list(row), first=1)
    end = r + 2 + len(MAILBOX_LETTERS)
    b.line(ws, end, "填表人：毛晓琳    联系电话：0393-8992605    报送日期：2024年7月26日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 信访处理单, after a city housing authority's printable 信访处理单 in its 信访管理 system (a card per 信访件: 来件标题 |
# 来件渠道, 来件单位 | 来件日期, 来件字号 | 收件编号, 正文 | 份数, 附件 | 密级, then 阅文批示 across the card with each
# opinion signed and dated):
# https://github.com/lkdd7777/fgproject/blob/dfbf5390976440ae5baab44de0b7ba44871a6b6e/front/WebRoot/WEB-INF/pages/petition/infoprint.ftl
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报 line, one card (a small table) per 信访件, the
# 来件单位 being the office that forwarded the letter (never the unit), the handling unit and the deadline only inside
# the signed 阅文批示 (a date, or 60日内 from the 受理 date), and a 办理结果 row the 信访局 filled in before sending.
PETITION_CARDS = [
    {
        "来件标题": "关于反映濮阳县某村征地补偿款未足额发放的来信",
        "来件渠道": "网上信访",
        "来件单位": "河南省信访局",
        "来件日期": "2024年6月20日",
        "来件字号": "豫信转〔2024〕1136号",
        "收件编号": "PYXF2024-0621",
        "正文": "信访人王某反映，濮阳县某村2022年修建乡村道路征用其承包地2.3亩，征地补偿款未足额发放，多次找村、"
        "镇未果。",
        "附件": "网上信访事项转送单",
        "阅文批示": [
            ("转濮阳县人民政府办理，请于2024年8月19日前将办理结果报市信访局。", "刘建国 2024年6月21日"),
        ],
        "办理结果": "濮阳县已出具处理意见书，补偿款已补发到位，信访人表示满意，已办结。",
    },
    {
        "来件标题": "关于反映华龙区某小区业主不动产权证办理难的来访",
        "来件渠道": "走访",
        "来件单位": "市委市政府联合接访中心",
        "来件日期": "2024年6月3日",
        "来件字号": "接访〔2024〕87号",
        "收件编号": "PYXF2024-0542",
        "正文": "华龙区某小区业主代表5人来访反映，小区交房六年，因开发企业欠缴土地出让金，业主不动产权证至今无法"
        "办理。",
        "附件": "来访登记表",
        "阅文批示": [
            (
                "请市不动产登记中心牵头，会同华龙区人民政府调查处理，自受理之日起60日内办结。",
                "刘建国 2024年6月3日",
            ),
        ],
        "办理结果": "已召集开发企业、业主代表协调，开发企业正在分期补缴土地出让金。",
    },
    {
        "来件标题": "关于反映清丰县某企业拖欠农民工工资的来信",
        "来件渠道": "来信",
        "来件单位": "濮阳市人民政府办公室",
        "来件日期": "2024年7月8日",
        "来件字号": "濮政办转〔2024〕203号",
        "收件编号": "PYXF2024-0715",
        "正文": "信访人李某等12名农民工反映，清丰县某建材企业拖欠农民工工资共26.8万元，企业以资金困难为由一直"
        "拖延。",
        "附件": "无",
        "阅文批示": [("转市人社局督办，请于7月15日前办结并反馈。", "王慧 2024年7月8日")],
        "办理结果": "已督促企业支付拖欠工资26.8万元，已办结。",
    },
    {
        "来件标题": "关于反映南乐县某村低保评定优亲厚友的来信",
        "来件渠道": "来信",
        "来件单位": "河南省信访局",
        "来件日期": "2024年7月2日",
        "来件字号": "豫信转〔2024〕1287号",
        "收件编号": "PYXF2024-0703",
        "正文": "信访人反映，南乐县某村村干部在低保评定中优亲厚友，村干部亲属多人享受低保，困难群众却未纳入。",
        "附件": "无",
        "阅文批示": [("转南乐县人民政府调查处理，于2024年8月31日前报送结果。", "王慧 2024年7月3日")],
        "办理结果": "",
    },
    {
        "来件标题": "关于反映市区某加油站油品质量问题的来信",
        "来件渠道": "网上信访",
        "来件单位": "河南省信访局",
        "来件日期": "2024年6月26日",
        "来件字号": "豫信转〔2024〕1198号",
        "收件编号": "PYXF2024-0628",
        "正文": "信访人反映，市区某加油站销售的92号汽油疑似掺假，加油后车辆动力明显下降、发动机故障灯亮起。",
        "附件": "加油小票照片",
        "阅文批示": [("转市市场监管局核查处理，请于7月20日前反馈办理结果。", "刘建国 2024年6月27日")],
        "办理结果": "逾期未办结。",
    },
    {
        "来件标题": "关于反映范县某砖厂粉尘污染的来访",
        "来件渠道": "走访",
        "来件单位": "市委市政府联合接访中心",
        "来件日期": "2024年7月10日",
        "来件字号": "接访〔2024〕119号",
        "收件编号": "PYXF2024-0732",
        "正文": "范县某村村民3人来访反映，村北砖厂粉尘污染严重，生产时粉尘弥漫，周边农作物和村民生活受到影响。",
        "附件": "现场照片6张",
        "阅文批示": [("转市生态环境局办理，请于2024年8月10日前办结并答复信访人。", "王慧 2024年7月10日")],
        "办理结果": "已现场检查，责令砖厂停产整治，正在整改。",
    },
]
CARD_PAIRS = [("来件标题", "来件渠道"), ("来件单位", "来件日期"), ("来件字号", "收件编号")]


def _petition_card(doc, card: dict) -> None:
    table = doc.add_table(rows=7, cols=4)
    table.style = "Table Grid"
    for r, (left, right) in enumerate(CARD_PAIRS):
        _cell_text(table.cell(r, 0), left, bold=True)
        _cell_text(table.cell(r, 1), card[left])
        _cell_text(table.cell(r, 2), right, bold=True)
        _cell_text(table.cell(r, 3), card[right])
    _cell_text(table.cell(3, 0), "正文", bold=True)
    _cell_text(table.cell(3, 1), card["正文"])
    _cell_text(table.cell(3, 2), "份数", bold=True)
    _cell_text(table.cell(3, 3), "1")
    _cell_text(table.cell(4, 0), "附件", bold=True)
    _cell_text(table.cell(4, 1), card["附件"])
    _cell_text(table.cell(4, 2), "密级", bold=True)
    _cell_text(table.cell(4, 3), "普通")
    _cell_text(table.cell(5, 0), "阅文批示", bold=True)
    opinion = table.cell(5, 1).merge(table.cell(5, 3))
    for k, (text, signed) in enumerate(card["阅文批示"]):
        p = opinion.paragraphs[0] if k == 0 else opinion.add_paragraph()
        _east_asian(p.add_run(text), size=10.5)
        sign = opinion.add_paragraph()
        sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _east_asian(sign.add_run(signed), size=10.5)
    _cell_text(table.cell(6, 0), "办理结果", bold=True)
    _cell_text(table.cell(6, 1).merge(table.cell(6, 3)), card["办理结果"])


def write_petition_docx(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "濮阳市信访局信访处理单（2024年6—7月交办）", 18)
    _paragraph(doc, "填报：濮阳市信访局督查科    办理结果截至：2024年7月30日", 12)
    numerals = "一二三四五六七八九十"
    for k, card in enumerate(PETITION_CARDS):
        _paragraph(doc, f"信访处理单（{numerals[k]}）", 12, "黑体")
        _petition_card(doc, card)
    _paragraph(doc, "说明：阅文批示明确的承办单位负责办理并按期报送结果，逾期未报的由督查科催办。", 12)
    return _save_fixed(doc, path)


def write_petitions(path: Path) -> Path:
    return via_soffice(write_petition_docx, path, "doc", "信访处理单.docx")


FILES = [
    ("濮阳县12345政府服务热线二季度情况通报.doc", write_hotline),
    ("市人社局12345热线转办件办理台账（2024年7月）.xls", write_bureau),
    ("市政协十届三次会议以来交由市政府办理的提案办理情况统计表.xlsx", write_proposals),
    ("市十届人大三次会议代表建议办理任务分解及进展情况表.et", write_suggestions),
    ("华龙区12345热线7月份区领导就地接听工单办理情况.csv", write_pickup),
    ("清丰县政协九届二次会议B类提案跟踪问效督查表.xlsx", write_followup),
    ("关于市人大代表建议和政协提案见面沟通督查发现问题整改情况的通报.docx", write_meetings),
    ("华龙区7月份群众反映问题办理情况（附表四、附表五）.zip", write_channels_zip),
    ("2024年第二季度市长信箱来信办理情况.xlsx", write_mailbox),
    ("市信访局信访处理单（6—7月交办）.wps", write_petitions),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

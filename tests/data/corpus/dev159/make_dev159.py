"""Write the dev159 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 审计整改, 医保基金监管, 营商环境投诉 (医保飞行检查和定点医药机构抽检, 内部审计和预算执行审计整改, “营商110”
举报、营商环境观察员意见和损害营商环境问题线索).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions of two
.xlsx and a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside282.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 定点医药机构抽检问题整改情况表, after a county 医保 office's study of its “两定监管” (表1:定点医疗机构抽检情况表;
# 表2:定点药店抽检情况表; 串换项目、挂床住院、违规收费、使用医疗保险卡支付非目录药品和日用消费品、外配处方管理混乱、
# 不给参保人员打印购药明细等问题):
# https://www.yybnet.net/chengdu/chongzhou/201505/4639341.html
# An .xlsx with two sheets, 表1 for the hospitals and 表2 for the pharmacies, each with its own title and header; the
# 整改期限 as 15日内 / 30日内 / 立行立改, counted from the 书面反馈 date the second line states; a 说明 and a signature line.
CLINIC_ROWS = [
    (
        "濮阳县人民医院",
        "二级甲等",
        120,
        "住院病历中存在串换诊疗项目收费，将普通针刺按电针收费",
        "追回违规费用，责令整改",
        "15日内",
        "已退回违规费用3.42万元，已整改",
    ),
    (
        "濮阳县中医院",
        "二级甲等",
        80,
        "康复理疗项目治疗记录缺失，部分理疗项目无医嘱",
        "约谈主要负责人，限期整改",
        "30日内",
        "正在补齐治疗记录，完善医嘱管理",
    ),
    (
        "濮阳县柳屯镇卫生院",
        "一级",
        40,
        "挂床住院，抽查时在院患者3人不在床",
        "暂停医保结算1个月",
        "立行立改",
        "已整改，经复查合格",
    ),
    (
        "濮阳县文留镇卫生院",
        "一级",
        35,
        "住院患者医保身份标识登记不全，无法区分参保类别",
        "限期整改",
        "15日内",
        "",
    ),
    (
        "濮阳县庆祖镇卫生院",
        "一级",
        30,
        "超医保支付限定范围使用注射用药品",
        "追回违规费用",
        "30日内",
        "未整改",
    ),
]
PHARMACY_ROWS = [
    (
        "濮阳县惠民大药房城关店",
        "城关镇",
        "使用医保卡为参保人员购买日用品、保健品",
        "暂停医保服务3个月",
        "立行立改",
        "已停止违规结算，已整改",
    ),
    (
        "濮阳县康泰药店",
        "文留镇",
        "药品进销存台账与医保结算数据不符",
        "限期整改",
        "30日内",
        "正在核对进销存数据",
    ),
    (
        "濮阳县百姓缘药店",
        "王称堌镇",
        "未按规定为参保人员打印购药明细",
        "限期整改",
        "15日内",
        "已配备票据打印机，整改完成",
    ),
]
SPOT_CHECK_LINE = (
    "填报单位：濮阳县医疗保障局（盖章）    抽检时间：2024年6月24日至7月3日    "
    "整改期限自2024年7月5日书面反馈之日起计算"
)


def write_spot_check(path: Path) -> Path:
    b = Book(path, author="基金监管股")
    ws = b.sheet("表1 定点医疗机构")
    b.widths(ws, [6, 22, 10, 10, 40, 24, 12, 30])
    b.line(ws, 0, "表1：定点医疗机构抽检发现问题整改情况表", 7, b.title)
    b.line(ws, 1, SPOT_CHECK_LINE, 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "机构名称",
            "机构等级",
            "抽检病历（份）",
            "发现的主要问题",
            "处理意见",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(CLINIC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CLINIC_ROWS)
    b.line(
        ws,
        end,
        "说明：“立行立改”事项于书面反馈当日整改；整改完成后由医疗机构报送整改报告，县医保局组织复查。",
        7,
    )

    ws2 = b.sheet("表2 定点零售药店")
    b.widths(ws2, [6, 26, 12, 40, 22, 12, 30])
    b.line(ws2, 0, "表2：定点零售药店抽检发现问题整改情况表", 6, b.title)
    b.line(ws2, 1, SPOT_CHECK_LINE, 6)
    b.header(ws2, 2, ["序号", "药店名称", "所在乡镇", "发现的主要问题", "处理意见", "整改期限", "整改情况"])
    for i, row in enumerate(PHARMACY_ROWS, len(CLINIC_ROWS) + 1):
        r = 2 + i - len(CLINIC_ROWS)
        b.put(ws2, r, 0, i, b.center)
        b.row(ws2, r, list(row), first=1)
    end = 3 + len(PHARMACY_ROWS)
    b.line(ws2, end + 1, "填表人：宋晓燕    联系电话：0393-3218620    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 飞行检查发现问题自查自纠统计表, after the national 医保局's notice on hospitals whose 自查自纠 was perfunctory (经查存在
# 82项问题,违法违规金额3466.7万元,但该院在规定时间内自查自纠退回医保基金金额为0元; 超标准收费、过度诊疗、分解收费、重复
# 收费、串换项目):
# https://colamg.com/a/7jia-yi-yuan-she-chao-biao-zhun-shou-fei-deng-wen-ti-bei-tong-bao.html
# An .xls (xlwt): title, 填报单位/统计截至/金额单位 line, a two-row header (金额（万元） over 违法违规金额 and 自查自纠退回
# 金额), one hospital a row with its 典型问题, deadlines as dates and 月底前 words, a 合计 row, a 注 and a signature line.
FLIGHT_ROWS = [
    (
        "濮阳市人民医院",
        46,
        386.20,
        52.10,
        "贴敷治疗按耗材数量而非创面面积收费",
        "2024年8月31日",
        "已完成收费项目对照整改，正在退回违规金额",
    ),
    (
        "濮阳市中医医院",
        28,
        142.60,
        142.60,
        "短期住院患者反复开展糖化血红蛋白检测",
        "7月底前",
        "已退回全部违规金额，已整改到位",
    ),
    (
        "濮阳市第三人民医院",
        19,
        67.35,
        0.00,
        "全腹部CT检查拆分为上腹、中腹、下腹分别收费",
        "2024.9.30",
        "未整改",
    ),
    (
        "清丰县人民医院",
        22,
        98.70,
        98.70,
        "重复收取静脉输液及留置针护理费",
        "2024年7月15日",
        "已退回，经复查合格",
    ),
    (
        "南乐县人民医院",
        15,
        45.80,
        6.20,
        "无适应症使用限制级抗菌药物，超医保支付限定用药",
        "8月15日前",
        "正在逐份核查病历",
    ),
    ("范县人民医院", 12, 33.10, 0.00, "检验科对住院患者开展套餐式检查，过度检查", "10月底前", ""),
    (
        "台前县人民医院",
        9,
        21.45,
        21.45,
        "将不属于医保基金支付范围的体检费用纳入医保结算",
        "2024年7月10日",
        "已全部退回，整改完成",
    ),
]


def write_flight(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    money = _xf(center=True)
    money.num_format_str = "0.00"
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年度医疗保障基金飞行检查发现问题自查自纠及整改情况统计表", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市医疗保障局基金监管科    统计截至：2024年7月26日    金额单位：万元",
            plain,
            1,
            8,
        ),
        (2, 4, "金额（万元）", h, 2, 5),
    ]
    for col, word in [(0, "序号"), (1, "医疗机构"), (2, "检查组"), (3, "发现问题（项）")]:
        cells.append((2, col, word, h, 3, col))
    cells += [(3, 4, "违法违规金额", h), (3, 5, "自查自纠退回金额", h)]
    for col, word in [(6, "典型问题"), (7, "整改时限"), (8, "整改进展")]:
        cells.append((2, col, word, h, 3, col))
    groups = [
        "省第二飞检组",
        "省第二飞检组",
        "省第二飞检组",
        "省第五飞检组",
        "省第五飞检组",
        "省第五飞检组",
        "省第五飞检组",
    ]
    for i, (row, group) in enumerate(zip(FLIGHT_ROWS, groups, strict=True), 1):
        r = 3 + i
        name, count, amount, back, problem, limit, progress = row
        cells += [
            (r, 0, i, ctr),
            (r, 1, name, c),
            (r, 2, group, ctr),
            (r, 3, count, ctr),
            (r, 4, amount, money),
            (r, 5, back, money),
            (r, 6, problem, c),
            (r, 7, limit, ctr),
            (r, 8, progress, c),
        ]
    r = 4 + len(FLIGHT_ROWS)
    cells += [
        (r, 0, "合计", ctr, r, 2),
        (r, 3, sum(row[1] for row in FLIGHT_ROWS), ctr),
        (r, 4, round(sum(row[2] for row in FLIGHT_ROWS), 2), money),
        (r, 5, round(sum(row[3] for row in FLIGHT_ROWS), 2), money),
        (r, 6, "", c),
        (r, 7, "", c),
        (r, 8, "", c),
        (
            r + 1,
            0,
            "注：检查范围为2022年1月1日至2023年12月31日医保基金使用情况；自查自纠退回金额为飞检结束两周内主动退回金额。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：韩雪    审核人：魏国强    联系电话：0393-8991376", plain, r + 2, 8),
    ]
    return _write_xls(path, [("飞检问题统计", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 医保飞行检查反馈问题整改情况报告, after an account of 2025 飞检 findings at public hospitals, grouped by 违规类型 and
# naming the 科室 concerned (超标准收费: “贴敷治疗”按耗材数量而非创面收费; 过度诊疗: 短期住院患者多次开展“糖化血红蛋白”
# 检测; 分解收费: 全腹部CT拆分为上腹、中腹、下腹三次收费; 检验科过度检查; 涉及科室广,从临床到医技科室均有参与):
# https://chyyyygl.com/gongzuodongtai/7027.html
# A .docx: title, 主送, preamble with the 反馈 date, the items as numbered paragraphs under five 违规类型 headings, each
# naming only the hospital's own 科室, its 整改措施, 时限 and progress in sentences; closing paragraph, hospital and date.
HOSPITAL_SECTIONS = [
    (
        "一、超标准收费问题",
        [
            "康复医学科“贴敷治疗”按贴敷数量计费，未按创面面积计费。整改措施：康复医学科会同物价科重新核定收费标准，"
            "2024年7月15日前完成收费规则调整。目前已完成系统调整并退回多收费用，已整改。",
            "口腔科小切口清创按大换药收费。整改措施：口腔科规范收费编码，7月底前完成。目前正在对2023年以来的病例"
            "逐一核查。",
        ],
    ),
    (
        "二、过度诊疗、过度检查问题",
        [
            "检验科对短期住院患者多次开展糖化血红蛋白测定。整改措施：检验科、医务科制定检验项目合理应用规范，信息科"
            "在系统中设置重复检验提醒，2024年8月31日前完成。",
            "心血管内科住院患者入院常规开展“套餐式”检查。整改措施：心血管内科修订入院检查路径，建立科室月度病历点评"
            "制度，长期坚持。",
        ],
    ),
    (
        "三、分解收费问题",
        [
            "影像科将全腹部CT拆分为上腹、中腹、下腹三个部位收费。整改措施：影像科按规定合并收费项目，立行立改。"
            "已于7月2日完成收费项目合并，并退回违规费用。",
            "骨科手术中将一次性耗材拆分计费。整改措施：骨科、医学装备科9月底前完成耗材收费对照。目前尚未启动。",
        ],
    ),
    (
        "四、重复收费问题",
        [
            "静脉输液与留置针护理重复收取护理费。整改措施：护理部会同住院收费处梳理护理收费项目，2024年8月15日前"
            "完成。已完成收费规则梳理，正在进行系统调整。",
        ],
    ),
    (
        "五、医保内部管理问题",
        [
            "医保办对科室医保费用审核不及时，事前提醒功能未启用。整改措施：医保办、信息科上线医保智能审核事前提醒"
            "系统，年底前完成。目前已完成招标采购，系统正在部署。",
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("医保办")
    _title(doc, "濮阳市第五人民医院关于医疗保障基金飞行检查反馈问题整改情况的报告")
    _paragraph(doc, "市医疗保障局：")
    _paragraph(
        doc,
        "2024年6月20日，省医疗保障局飞行检查组向我院反馈了2022年1月至2023年12月医保基金使用检查发现的8个问题。"
        "我院成立整改工作领导小组，逐项明确责任科室、整改措施和完成时限，“立行立改”事项自反馈之日起整改。"
        "现将整改情况报告如下：",
    )
    n = 0
    for heading, paras in HOSPITAL_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            n += 1
            _paragraph(doc, f"{n}. {text}")
    _paragraph(doc, "下一步，我院将把医保基金使用情况纳入科室月度绩效考核，防止问题反弹。")
    _paragraph(doc, "濮阳市第五人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 医保基金违法违规使用查处及整改情况, after a city 医保局's published cases grouped by district (天宁区(4), 钟楼区(32);
# 案例一: 发现……存在多收费的情况,涉及金额2052元……责令机构限期整改,并追回上述违规费用……处违约金):
# https://ybj.changzhou.gov.cn/html/ybj/2022/HIJFQBJF_0623/2495.html
# A CSV in GBK: a title line, a line saying N日内 counts from the 交办日期, one header line, the cases grouped under
# 县（区）（N） lines, deadlines as N日内 / N个工作日内 / 立行立改 beside each row's 交办日期, a 合计 line.
CASE_GROUPS = [
    (
        "华龙区",
        [
            (
                "濮阳市华龙区胜利路街道金堤社区卫生服务站",
                "虚记、多记诊疗项目和医用耗材费用",
                "4843.70",
                "追回违规费用，处违约金9687.40元，责令限期整改",
                "2024-07-03",
                "15日内",
                "已退回违规费用，已整改",
            ),
            (
                "濮阳华龙仁爱医院",
                "多收取床位费、护理费",
                "14500.00",
                "追回违规费用，处违约金20000元",
                "2024-07-08",
                "30日内",
                "正在整改",
            ),
            (
                "濮阳市华龙区中原路街道老城诊所",
                "门诊不合理收费",
                "10248.00",
                "追回违规费用，约谈负责人",
                "2024-07-16",
                "10个工作日内",
                "",
            ),
        ],
    ),
    (
        "濮阳县",
        [
            (
                "濮阳县城关镇惠康诊所",
                "将非医保药品串换为医保药品结算",
                "2624.40",
                "暂停医保服务3个月，追回违规费用",
                "2024-07-02",
                "立行立改",
                "已停止违规结算，已整改",
            ),
            (
                "濮阳县海通乡卫生院",
                "利用已死亡参保人员信息虚报门诊补偿费用",
                "71.04",
                "追回违规费用，处违约金355.20元",
                "2024-07-10",
                "7日内",
                "追回资金已到账，整改完成",
            ),
        ],
    ),
    (
        "清丰县",
        [
            (
                "清丰县马庄桥镇卫生院",
                "过度开展糖化血红蛋白测定",
                "2200.00",
                "追回违规费用，处违约金660元",
                "2024-07-12",
                "15日内",
                "未整改",
            ),
            (
                "清丰县仙庄镇中心卫生院",
                "超标准收费、重复收取换药费",
                "7531.00",
                "追回违规费用，处违约金2259.30元",
                "2024-07-19",
                "20个工作日内",
                "正在核查病历，已退回部分费用",
            ),
        ],
    ),
    (
        "范县",
        [
            (
                "范县天使口腔门诊部",
                "口腔治疗项目超标准收费",
                "28636.00",
                "追回违规费用，处违约金8590.80元",
                "2024-06-28",
                "30日内",
                "已退回违规金额，经复查合格",
            ),
        ],
    ),
]


def write_cases(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市医保基金违法违规使用查处及整改情况（2024年7月）"])
    w.writerow(["整改时限为“N日内”“N个工作日内”的，自交办日期起计算；“立行立改”的，交办当日整改"])
    w.writerow(
        [
            "序号",
            "县（区）",
            "定点医药机构",
            "违规情形",
            "涉及金额（元）",
            "处理情况",
            "交办日期",
            "整改时限",
            "整改落实情况",
        ]
    )
    n, total = 0, 0.0
    for county, rows in CASE_GROUPS:
        w.writerow([f"{county}（{len(rows)}）", "", "", "", "", "", "", "", ""])
        for row in rows:
            n += 1
            total += float(row[2])
            w.writerow([n, county, *row])
    w.writerow(["合计", "", f"{n}家", "", f"{total:.2f}", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 审计发现问题整改落实情况表, after a medical college's 审计整改落实与结果运用实施办法 (被审计单位(部门)……明确整改责任
# 人员、目标要求和完成时限,要分类整改; 立行立改问题,一般应于60日内完成整改;分阶段整改问题……一般应于1年内完成整改;
# 持续整改问题,要制定分年度计划; 对账销号):
# http://sjc.czmc.edu.cn/info/1022/4122.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, named as WPS 表格 names it): title, 填报单位/报告送达/填报日期
# line, one header row with 整改类型, 完成时限 and a 对账销号 column beside 整改情况; all rows name only the school's own
# 处室; a 说明 line on the three 整改类型 and a signature line.
SCHOOL_ROWS = [
    (
        "部分差旅费报销未附出差审批单，超标准报销住宿费1.26万元",
        "财务管理",
        "计划财务处",
        "立行立改",
        "追回超标准报销款，严格报销审核",
        "2024年7月19日",
        "已追回全部超标准款项",
        "已销号",
    ),
    (
        "固定资产账实不符，23台已报废设备未履行核销手续",
        "资产管理",
        "国有资产管理处",
        "分阶段整改",
        "开展资产清查，履行报废核销程序",
        "2024年12月底前",
        "已完成资产清查，正在履行核销报批程序",
        "",
    ),
    (
        "学生公寓维修工程未按规定进行结算审计即支付尾款",
        "工程管理",
        "后勤管理处",
        "立行立改",
        "补充开展工程结算审计",
        "2024年7月19日",
        "已委托中介机构开展结算审计",
        "",
    ),
    (
        "校外实习基地合作协议未经法律顾问审核",
        "合同管理",
        "教务处",
        "分阶段整改",
        "建立合同法律审核制度",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "科研项目结题后结余经费未按规定收回统筹使用",
        "科研经费",
        "科研处",
        "立行立改",
        "按规定收回结余经费",
        "2024年7月19日",
        "已收回，已整改",
        "已销号",
    ),
    (
        "食堂承包经营收入未纳入学校预算统一核算",
        "收入管理",
        "后勤管理处",
        "持续整改",
        "将食堂承包收入纳入年度预算管理",
        "长期坚持",
        "",
        "",
    ),
    (
        "劳务派遣人员社会保险缴费基数低于规定标准",
        "人事管理",
        "人事处",
        "分阶段整改",
        "按规定核定缴费基数并补缴",
        "2024年10月底前",
        "",
        "已销号",
    ),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="审计处")
    ws = b.sheet("整改落实情况")
    b.widths(ws, [6, 40, 10, 16, 12, 28, 16, 30, 10])
    b.line(ws, 0, "濮阳医学高等专科学校2023年度财务收支审计发现问题整改落实情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳医学高等专科学校（盖章）    审计报告送达日期：2024年5月20日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "审计发现问题",
            "问题类型",
            "责任部门",
            "整改类型",
            "整改措施",
            "完成时限",
            "整改情况",
            "对账销号",
        ],
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SCHOOL_ROWS)
    b.line(
        ws,
        end,
        "说明：立行立改问题自审计报告送达之日起60日内完成整改；分阶段整改问题一般于1年内完成；持续整改问题制定"
        "分年度计划。经审计处复核认定整改到位的，在“对账销号”栏注明“已销号”。",
        8,
    )
    b.line(ws, end + 1, "审计处负责人：孔德明    填表人：白露    联系电话：0393-4879205", 8)
    return b.close()


def write_school(path: Path) -> Path:
    return via_soffice(write_school_book, path, "xls", "审计发现问题整改落实情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 内部审计回访整改落实情况表, after a county 卫生局's 审计回访制度 (对审计过的13个单位的17个审计项目进行了审计回访,
# 对于审计发现存在问题的改进意见23条中,已采纳的18条……未落实整改5条; 对未整改的问题继续进行跟踪回访):
# https://www.ciia.com.cn/zz.html/cndetail.html?id=64957
# An .xlsx: title, 填报单位/回访时间 line, a two-row header with 整改落实情况 merged over three tick columns (已整改,
# 正在整改, 未落实整改), one row per 被审计单位 with a √ in one column (or none), 原定整改时限 and 备注, a 合计 row
# counting the ticks, a signature line.
REVISIT_ROWS = [
    ("清丰县人民医院", "2023年度财务收支审计", "药品耗材出入库台账不完整，账实不符", 0, "2024年6月30日", ""),
    (
        "清丰县中医院",
        "2023年度财务收支审计",
        "大额资金支出未经领导班子集体研究决策",
        1,
        "2024年8月31日",
        "已修订“三重一大”决策制度，待院务会审议",
    ),
    ("清丰县妇幼保健院", "院长经济责任审计", "专项资金结余未按规定上缴财政", 2, "2024年7月31日", ""),
    ("清丰县韩村镇卫生院", "2023年度财务收支审计", "公务接待无公函、无接待清单", 0, "2024年6月30日", ""),
    ("清丰县古城乡卫生院", "财务收支审计", "现金收入未及时存入银行，存在坐支现金", 0, "2024年5月底前", ""),
    (
        "清丰县六塔乡卫生院",
        "基本公共卫生服务项目资金审计",
        "基本公卫项目绩效考核资金发放依据不足",
        1,
        "9月底前",
        "正在重新核定考核结果",
    ),
    ("清丰县大流乡卫生院", "财务收支审计", "新购医疗设备未纳入固定资产管理系统", None, "2024年8月15日", ""),
    ("清丰县疾病预防控制中心", "财务收支审计", "疫苗冷链设备维保合同未公开招标", 2, "年底前", ""),
]


def write_revisit(path: Path) -> Path:
    b = Book(path, author="审计科")
    ws = b.sheet("回访情况")
    b.widths(ws, [6, 22, 24, 40, 8, 8, 10, 14, 30])
    b.line(ws, 0, "清丰县卫生健康委员会内部审计回访整改落实情况表", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县卫生健康委员会审计科    回访时间：2024年7月15日至7月19日", 8)
    for c, word in enumerate(["序号", "被审计单位", "审计项目", "审计提出的改进意见"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实情况", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未落实整改"], first=4)
    b.merge(ws, 2, 7, 3, 7, "原定整改时限", b.head)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    counts = [0, 0, 0]
    for i, (unit, project, problem, tick, limit, note) in enumerate(REVISIT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, project, problem], first=1)
        for k in range(3):
            b.put(ws, r, 4 + k, "√" if tick == k else "", b.center)
        if tick is not None:
            counts[tick] += 1
        b.put(ws, r, 7, limit, b.center)
        b.put(ws, r, 8, note)
    end = 4 + len(REVISIT_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, f"回访审计项目{len(REVISIT_ROWS)}个，改进意见{len(REVISIT_ROWS)}条", b.cell)
    for k in range(3):
        b.put(ws, end, 4 + k, counts[k], b.center)
    b.put(ws, end, 7, "", b.cell)
    b.put(ws, end, 8, "", b.cell)
    b.line(ws, end + 1, "说明：对未落实整改的问题，审计科将继续跟踪回访，直至问题解决。", 8)
    b.line(
        ws, end + 2, "审核人：马向东    填表人：丁晓    联系电话：0393-7222416    填报日期：2024年7月26日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 审计整改结果公示, after an account of how 审计整改结果公示通报 is done (问题梳理与分类: 按照性质(如财务违规、管理漏洞、
# 合规风险)和严重程度分类; 公开整改信息; 公示通报将问题与具体责任人、整改措施绑定,形成“问题—整改—问责”的闭环):
# https://www.seridoat.com/article/shen-ji-zheng-gai-jie-guo-gong-shi-tong-bao-tou-ming-hua-zhi-li-yu-ze-ren-luo-shi-de-shen-du-jie-xi.html
# A .doc (Word 97 via LibreOffice): title, preamble with the 截至 date, a table with 问题类别 (财务违规/管理漏洞/合规风险),
# 整改责任单位 written under former and short names, 整改结果 and 责任追究 columns, deadlines as dates, 2024年第三季度,
# 2024年底前, 长期坚持; a closing paragraph, the 审计局 and date at the foot.
PUBLIC_ROWS = [
    (
        "财务违规",
        "农业产业化专项资金1260万元滞留未拨付项目单位",
        "市农委",
        "拨付滞留资金",
        "已整改",
        "约谈相关负责人",
        "2024年6月30日",
    ),
    (
        "管理漏洞",
        "基层医疗服务能力提升补助资金闲置2年以上",
        "市卫计委",
        "统筹盘活闲置资金",
        "部分整改，已盘活520万元",
        "",
        "2024年第三季度",
    ),
    (
        "合规风险",
        "国有土地使用权出让金欠缴未及时追缴",
        "市国土资源局",
        "依法追缴欠缴出让金",
        "正在整改",
        "",
        "2024年底前",
    ),
    (
        "财务违规",
        "城区供水管网改造项目超概算未报批",
        "市水务局",
        "补办概算调整手续",
        "未整改",
        "",
        "2024-08-31",
    ),
    (
        "管理漏洞",
        "大气污染防治专项资金绩效目标未实现",
        "市环保局",
        "完善资金绩效管理",
        "已整改",
        "通报批评",
        "2024年5月底",
    ),
    (
        "合规风险",
        "两个建设工程项目未履行招投标程序直接发包",
        "市建委",
        "建立项目发包审查机制",
        "长期坚持",
        "给予相关人员诫勉谈话",
        "长期坚持",
    ),
    (
        "财务违规",
        "就业补助资金违规发放给不符合条件人员38人",
        "市劳动保障局",
        "追回违规发放资金",
        "已追回18.6万元，剩余部分正在追缴",
        "",
        "2024年8月底前",
    ),
    (
        "管理漏洞",
        "行政事业单位国有资产出租未公开招租",
        "市机关事务管理局",
        "规范出租程序",
        "",
        "",
        "2024年10月31日",
    ),
]


def write_public_docx(path: Path) -> Path:
    doc = _new_document("审计局法规科")
    _title(doc, "濮阳市2023年度市级预算执行审计查出问题整改结果公示", 18)
    _paragraph(
        doc,
        "根据审计法有关规定，现将市审计局2023年度市级预算执行和其他财政收支审计查出问题的整改结果公示如下"
        "（整改情况截至2024年7月25日）：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PUBLIC_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "问题类别",
            "审计查出的问题",
            "整改责任单位",
            "整改措施",
            "整改结果",
            "责任追究",
            "整改期限",
        ],
        body,
    )
    _paragraph(doc, "对尚未整改到位的问题，市审计局将持续跟踪督促，整改结果适时向社会公告。", 14)
    _paragraph(doc, "濮阳市审计局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_public(path: Path) -> Path:
    return via_soffice(write_public_docx, path, "doc", "审计查出问题整改结果公示.docx")


# ---------------------------------------------------------------------------------------------
# 8. “营商110”投诉举报件办理台账 (two returns in one zip), after an account of a county's “营商110”有奖举报平台 (将分散的
# 企业诉求、市场乱象集中收纳; 政策落实“中梗阻”、执法检查“不规范”、服务效率“打折扣”; 让企业诉求有回应、违规行为受惩处):
# https://www.todayonhistory.com/know/183772.html
# A .zip holding an .xlsx from one district (编号, 受理时间, the 被举报单位 beside an explicit 承办单位, 办理时限 in working
# days from 受理时间, a 是否办结 column) and a .docx table from one county (受理日期, 涉及单位 and 承办单位, 办理期限 as dates,
# 月底前 and 立行立改 from the 受理日期).
HUALONG_110_ROWS = [
    (
        "YS110-2024-0701",
        "2024-07-02",
        "电话",
        "区市场监管局某市场监管所",
        "个体餐饮店办理食品经营许可时被要求提供法律法规未规定的材料",
        "华龙区市场监督管理局",
        "5个工作日",
        "已核实，责令整改并向企业致歉",
        "是",
    ),
    (
        "YS110-2024-0705",
        "2024-07-05",
        "微信小程序",
        "街道综合行政执法队",
        "对同一商户一个月内重复检查4次，影响正常经营",
        "华龙区中原路街道办事处",
        "5个工作日",
        "已约谈执法队负责人，建立入企检查报备制度",
        "是",
    ),
    (
        "YS110-2024-0711",
        "2024-07-11",
        "网站",
        "区住建局",
        "小型工程竣工验收备案被以“领导不在”为由拖延",
        "华龙区住房和城乡建设局",
        "15个工作日",
        "正在调查核实",
        "否",
    ),
    (
        "YS110-2024-0722",
        "2024-07-22",
        "电话",
        "供电营业厅",
        "低压新装用电报装超过承诺时限仍未接电",
        "濮阳供电公司",
        "5个工作日",
        "",
        "否",
    ),
]
PUYANG_110_ROWS = [
    (
        "2024年7月3日",
        "企业申请增值税留抵退税超过10个工作日未办理",
        "县税务局",
        "国家税务总局濮阳县税务局",
        "7月12日前",
        "已办结，企业表示满意",
    ),
    (
        "2024年7月9日",
        "县产业集聚区内道路破损长期无人维修，影响货车通行",
        "县产业集聚区管委会",
        "濮阳县产业集聚区管理委员会",
        "8月底前",
        "已列入维修计划，正在招标",
    ),
    (
        "2024年7月16日",
        "企业员工随迁子女入学需提供房产证明，租房员工无法办理",
        "县教育局",
        "濮阳县教育局",
        "2024年8月20日",
        "已协调，正在制定随迁子女入学办法",
    ),
    (
        "2024年7月24日",
        "招标文件设置本地业绩加分条款，排斥外地投标企业",
        "县公共资源交易中心",
        "濮阳县公共资源交易中心",
        "立行立改",
        "已修改招标文件，重新发布招标公告",
    ),
]


def write_hualong_110(path: Path) -> Path:
    b = Book(path, author="华龙区营商办")
    ws = b.sheet("7月台账")
    b.widths(ws, [6, 18, 12, 12, 22, 40, 24, 12, 30, 10])
    b.line(ws, 0, "华龙区“营商110”有奖举报平台投诉举报件办理台账（2024年7月）", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区优化营商环境工作领导小组办公室    办理时限：一般件5个工作日，复杂件15个工作日，"
        "均自受理之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "编号",
            "受理时间",
            "举报渠道",
            "被举报单位（人员）",
            "举报内容",
            "承办单位",
            "办理时限",
            "办理结果",
            "是否办结",
        ],
    )
    for i, row in enumerate(HUALONG_110_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HUALONG_110_ROWS), "填表人：常乐    联系电话：0393-8312276", 9)
    return b.close()


def write_puyang_110_docx(path: Path) -> Path:
    doc = _new_document("濮阳县营商办")
    _title(doc, "濮阳县“营商110”投诉举报件办理情况", 18)
    _paragraph(doc, "填报单位：濮阳县优化营商环境工作领导小组办公室    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(PUYANG_110_ROWS, 1)]
    _table(doc, ["序号", "受理日期", "反映问题", "涉及单位", "承办单位", "办理期限", "办理进度"], body)
    _paragraph(doc, "注：“立行立改”件自受理之日起整改。", 12)
    _paragraph(doc, "填表人：苗青    联系电话：0393-3260518", 12)
    return _save_fixed(doc, path)


def write_110_zip(path: Path) -> Path:
    members = [
        ("华龙区“营商110”投诉举报件办理台账（7月）.xlsx", write_hualong_110),
        ("濮阳县“营商110”投诉举报件办理情况.docx", write_puyang_110_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 营商环境观察员意见建议交办反馈台账, after a district 政务服务办's 营商环境观察员（政务服务监督员） (集体调研基层便民
# 服务站政务服务事项入驻、便民服务事项咨询办理、群众满意度、“帮代办”服务; 持续完善营商环境观察员(政务服务监督员)意见
# 建议的收集、交办和反馈制度):
# http://epaper.cqjjnet.com/PC/jjrb/202504/14/content_34677.html
# An .xlsx: title, 填报单位/截至 line, one header row with the 观察员 (the proposer) beside the 交办单位 under short names,
# 交办日期 and 反馈时限 in working days or dates, 反馈情况 and an 办理状态 column, a 说明 and a signature line.
OBSERVER_ROWS = [
    (
        "王建国（市人大代表）",
        "集体调研",
        "岳村镇便民服务中心医保、社保窗口合并后仅1人值守，高峰期排队超过1小时",
        "华龙区岳村镇人民政府",
        date(2024, 7, 2),
        "10个工作日",
        "已增配1名工作人员，实行AB岗",
        "已办结",
    ),
    (
        "李秀梅（企业代表）",
        "座谈会",
        "“交房即交证”办理需提交的材料与网上公布的清单不一致",
        "市不动产登记中心",
        date(2024, 7, 2),
        "10个工作日",
        "已统一线上线下材料清单",
        "已反馈",
    ),
    (
        "张磊（律师）",
        "来电",
        "企业简易注销公告期满后仍需到窗口提交纸质材料",
        "市市场监管局",
        date(2024, 7, 8),
        "15个工作日",
        "正在与省平台对接全程网办",
        "办理中",
    ),
    (
        "赵静（市政协委员）",
        "实地走访",
        "12345热线转办的企业诉求存在未解决即办结的情况",
        "市政务服务中心",
        date(2024, 7, 10),
        "7月底前",
        "",
        "",
    ),
    (
        "刘洋（企业代表）",
        "座谈会",
        "公积金缴存单位信息变更需分别到公积金中心和承办银行办理",
        "公积金中心",
        date(2024, 7, 15),
        "15个工作日",
        "已上线单位信息变更“一网通办”",
        "已办结",
    ),
    (
        "孙伟（个体工商户）",
        "意见箱",
        "城区临街商户门头招牌审批标准不统一，各片区要求不同",
        "城管局",
        date(2024, 7, 18),
        "2024年9月30日",
        "正在制定全市统一的门头招牌设置导则",
        "办理中",
    ),
    (
        "周敏（企业代表）",
        "集体调研",
        "工业项目施工许可仍要求提供已共享的建设用地规划许可证纸质件",
        "市住建局",
        date(2024, 7, 22),
        "10个工作日",
        "尚未启动",
        "未办结",
    ),
]


def write_observer(path: Path) -> Path:
    b = Book(path, author="政务服务科")
    ws = b.sheet("交办反馈台账")
    b.widths(ws, [6, 20, 10, 44, 22, 12, 14, 30, 10])
    b.line(ws, 0, "濮阳市营商环境观察员（政务服务监督员）意见建议交办反馈台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市行政服务中心（政务服务科）    统计截至：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "观察员",
            "收集方式",
            "意见建议内容",
            "交办单位",
            "交办日期",
            "反馈时限",
            "反馈情况",
            "办理状态",
        ],
    )
    for i, row in enumerate(OBSERVER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(OBSERVER_ROWS)
    b.line(ws, end, "说明：反馈时限为“N个工作日”的，自交办日期起计算。", 8)
    b.line(ws, end + 1, "填表人：袁媛    审核人：郑国华    联系电话：0393-8992307", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 损害营商环境问题线索核查处置情况表, after a 兵团师市's notice 面向社会公开征集损害营商环境问题线索 (征集范围: 审批
# 人员私设门槛、刁难群众; 政务人员“躺平”,咨询电话不通不畅; 惠企利民政策“藏着不给、拖着不办”; 干预插手招投标; 变相
# 指定中介; 未落实“双随机、一公开”,多头检查、重复检查……违规停水、停电、停气):
# http://xjhc.gov.cn/xjhc/c113326/202503/fe86453bfb6e499abd937c4a61095bb5.shtml
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/日期 line, one header row, the clues grouped under
# （一）…（五） category rows merged across, 责任单位 under former names (城管执法局, 建设局, 劳动和社会保障局, 经信委,
# 科委, 安监局, 质监局, 自来水公司), a 核查处置情况 and a 办理结果 column, a signature line.
CLUE_GROUPS = [
    (
        "（一）行政审批类",
        [
            (
                "餐饮企业办理户外广告设置许可时被要求先取得与审批无关的“街道同意证明”",
                "12345热线",
                "市城管执法局",
                "已取消街道同意证明，整改到位",
                "2024年7月15日",
                "已办结",
            ),
            (
                "建筑业企业资质延续申报材料窗口要求与网上办事指南不一致",
                "政务大厅投诉窗口",
                "市建设局",
                "正在统一办事指南",
                "8月15日前",
                "办理中",
            ),
        ],
    ),
    (
        "（二）政务服务类",
        [
            (
                "稳岗返还政策咨询电话长期无人接听，企业咨询无人答复",
                "营商环境监督员",
                "市劳动和社会保障局",
                "已明确专人值守咨询电话",
                "7月20日前",
                "办理中",
            ),
        ],
    ),
    (
        "（三）惠企政策类",
        [
            (
                "中小企业技术改造奖补资金申报通过后超过6个月未拨付",
                "企业座谈会",
                "市经信委",
                "",
                "2024年9月30日",
                "",
            ),
            (
                "“免申即享”政策未主动推送，符合条件的企业不知晓",
                "问题线索征集",
                "市科委",
                "按月梳理政策清单并精准推送",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
    (
        "（四）执法检查类",
        [
            (
                "对同一企业多部门重复检查，一个月内检查5次",
                "12345热线",
                "市安监局",
                "已纳入“双随机、一公开”部门联合检查",
                "2024年7月10日",
                "已办结",
            ),
            (
                "对企业轻微违法行为未适用“首违不罚”，直接作出罚款决定",
                "营商环境特邀监督员",
                "市质监局",
                "已启动行政处罚复核程序",
                "2024年8月31日",
                "办理中",
            ),
        ],
    ),
    (
        "（五）要素保障类",
        [
            (
                "工业园区企业用水报装接入超过承诺时限",
                "企业走访",
                "市自来水公司",
                "未整改",
                "2024年7月25日",
                "逾期未办",
            ),
        ],
    ),
]


def write_clues_book(path: Path) -> Path:
    b = Book(path, author="市营商办")
    ws = b.sheet("线索处置")
    b.widths(ws, [6, 46, 16, 20, 30, 14, 12])
    b.line(ws, 0, "濮阳市损害营商环境问题线索核查处置情况表（第二批）", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市发展和改革委员会（市营商办）    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "问题线索", "线索来源", "责任单位", "核查处置情况", "整改时限", "办理结果"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in CLUE_GROUPS:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "填表人：闫磊    联系电话：0393-8991052", 6)
    return b.close()


def write_clues(path: Path) -> Path:
    via_soffice(write_clues_book, path, "ods", "损害营商环境问题线索核查处置情况表.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳县定点医药机构医保基金使用专项抽检问题整改情况表.xlsx", write_spot_check),
    ("医疗保障基金飞行检查发现问题自查自纠及整改情况统计表.xls", write_flight),
    ("市第五人民医院关于医保飞行检查反馈问题整改情况的报告.docx", write_hospital),
    ("医保基金违法违规使用查处及整改情况（2024年7月）.csv", write_cases),
    ("濮阳医专2023年度财务收支审计发现问题整改落实情况表.et", write_school),
    ("清丰县卫健委内部审计回访整改落实情况表.xlsx", write_revisit),
    ("2023年度市级预算执行审计查出问题整改结果公示.doc", write_public),
    ("营商110投诉举报件办理台账（华龙区、濮阳县）.zip", write_110_zip),
    ("营商环境观察员意见建议交办反馈台账.xlsx", write_observer),
    ("损害营商环境问题线索核查处置情况表（第二批）.ods", write_clues),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

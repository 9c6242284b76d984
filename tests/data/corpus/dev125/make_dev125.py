"""Write the dev125 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 医保基金监管、药品安全、卫生健康执法、疾控 (医保基金审计整改, 医保局巡察整改, 定点医疗机构自查自纠,
疫苗接种单位交叉检查, 药品经营企业专项整治, 卫生健康执法督导, 执法专项稽查交办, 疾控中心监督检查单, 预防接种单位复核,
传染病预检分诊专项监督检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted by LibreOffice to Excel 97),
a CSV in GBK, a .docx whose items are numbered paragraphs, a .wps and a .doc (LibreOffice conversions of two .docx),
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside210.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _docx_grid(doc, rows: int, cols: int):
    table = doc.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    return table


def _merge_cells(table, r1: int, c1: int, r2: int, c2: int, text: str, bold: bool = True) -> None:
    cell = table.cell(r1, c1)
    if (r1, c1) != (r2, c2):
        cell = cell.merge(table.cell(r2, c2))
    _cell_text(cell, text, 10.5, bold=bold)


def _zip_members(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns written by the given writers, with fixed member times."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 医保基金审计整改问题表, after a county 审计局's 医保基金审计整改专项督查 (按问题性质、内容、金额和整改时限列出
# 《医保基金审计整改问题表》，将责任细化分解到每个部门、单位; 下达审计督促整改通知书; 整改归位资金额; 取消定点
# 医疗机构资格; 清理重复参保人员):
# https://www.linlixinwen.com/content/2017/01/15/6227500.html
# An .xlsx: title, 填报单位/金额单位/截至 line, a two-row header (整改情况 over 整改归位金额 and 整改进展) with
# 问题性质, 问题内容, 金额 and 整改时限 as the source names them, 整改责任单位 in full, short and former names,
# a 合计 row, a 说明 line and a signature line.
AUDIT_ROWS = [
    (
        "违规报销",
        "濮阳县人民医院等3家定点医疗机构分解住院、挂床住院，违规报销医保基金",
        86.42,
        "市医保局",
        "2024年6月30日",
        46.30,
        "已追回46.30万元，其余40.12万元正在追缴",
    ),
    (
        "重复参保",
        "城乡居民医保与职工医保重复参保1057人，重复享受财政参保补助",
        31.65,
        "市医疗保障局",
        "2024年7月31日",
        31.65,
        "已清理重复参保人员1057人，财政补助资金全部收回，整改完成",
    ),
    (
        "基金出借",
        "以前年度违规出借医保基金至今未收回",
        227.00,
        "市财政局",
        "2024年12月31日",
        0,
        "已下发催款通知书，借款单位已制定分期还款计划",
    ),
    (
        "违规收费",
        "清丰县中医院超标准收取床位费、重复收取护理费",
        12.38,
        "清丰县中医院",
        "2024年5月31日",
        12.38,
        "已退还参保群众和医保基金，经复查合格",
    ),
    (
        "药品加价",
        "南乐县人民医院超过规定幅度加价销售药品和医用耗材",
        18.90,
        "南乐县人民医院",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "个人账户",
        "个人账户违规支出，部分定点零售药店允许参保人刷卡购买生活用品",
        5.46,
        "范县医疗保障局",
        "2024年7月15日",
        0,
        "未整改",
    ),
    (
        "监管责任",
        "对所属公立医疗机构违规收费监管不到位，未建立收费自查通报机制",
        "",
        "市卫计委",
        "长期坚持",
        "",
        "已建立季度收费自查通报制度，长期坚持",
    ),
    (
        "少征少缴",
        "灵活就业人员医保缴费基数核定有误，少征医保费",
        36.52,
        "市税务局",
        "2024年6月30日",
        36.52,
        "已补征到位",
    ),
]


def write_fund_audit(path: Path) -> Path:
    b = Book(path, author="审计整改督查小组")
    ws = b.sheet("审计整改问题表")
    b.widths(ws, [6, 10, 44, 12, 16, 16, 14, 34])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter", "align": "right"})
    b.line(ws, 0, "濮阳市医保基金审计整改问题表", 7, b.title)
    b.line(
        ws, 1, "填报单位：市审计局医保基金审计整改专项督查小组    金额单位：万元    截至：2024年7月26日", 7
    )
    for c, word in enumerate(["序号", "问题性质", "问题内容", "金额", "整改责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["整改归位金额", "整改进展"], first=6)
    for i, (kind, text, amount, unit, limit, back, progress) in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, kind, b.center)
        b.put(ws, r, 2, text)
        b.put(ws, r, 3, amount, money)
        b.put(ws, r, 4, unit, b.center)
        b.put(ws, r, 5, limit, b.center)
        b.put(ws, r, 6, back, money)
        b.put(ws, r, 7, progress)
    end = 4 + len(AUDIT_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, f"共{len(AUDIT_ROWS)}个问题，已整改完成3个")
    b.put(ws, end, 3, round(sum(r[2] for r in AUDIT_ROWS if r[2] != ""), 2), money)
    b.put(ws, end, 4, "", b.cell)
    b.put(ws, end, 5, "", b.cell)
    b.put(ws, end, 6, round(sum(r[5] for r in AUDIT_ROWS if r[5] != ""), 2), money)
    b.put(ws, end, 7, "", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：整改时限以审计督促整改通知书确定的时限为准；整改归位金额指已追回、收回、补征或退还的资金。",
        7,
    )
    b.line(
        ws,
        end + 2,
        "填表人：崔晓雯    审核人：杜建国    联系电话：0393-4418326    填报日期：2024年7月29日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 医疗保障局党组巡察整改进展情况的通报, after a county 医疗保障局党组's 关于县委机动巡察整改进展情况的通报 (巡察反馈
# 落实问题整改主体责任不严不实、贯彻落实上级重大决策部署不力、履行责任不到位，监管“高举轻放”等三个方面问题;
# 召开行政班子及股室、中心负责人会议; 制定问题、任务、责任“三个清单”; 医保基金管理使用专项整治):
# https://cyjjjc.gov.cn/xsxcha/868.html
# A .docx: title, preamble with the 反馈 date the 立行立改 item counts from, a prose part on 主体责任, the items as
# numbered paragraphs under the three 方面 headings (问题, 责任股室, 整改时限 and progress in sentences), a
# 下一步 paragraph and the 党组 and date at the foot. Every item belongs to the sending bureau; rows name its 股室.
PATROL_GROUPS = [
    (
        "（一）关于“落实问题整改主体责任不严不实”方面",
        [
            (
                "关于“巡察整改台账更新不及时，问题清单未实行销号管理”的问题。责任股室：办公室。整改时限：立行立改。"
                "整改进展：已建立问题、任务、责任“三个清单”，实行周调度、对账销号，已整改到位。"
            ),
            (
                "关于“医保基金收支预算执行偏差较大，未按季度开展基金运行分析”的问题。责任股室：规划财务和法规股。"
                "整改时限：2024年6月30日。整改进展：已建立按季度基金运行分析制度，完成2024年第二季度分析报告，"
                "已整改完成。"
            ),
        ],
    ),
    (
        "（二）关于“贯彻落实上级重大决策部署不力”方面",
        [
            (
                "关于“门诊慢特病待遇认定把关不严，部分患者认定资料不全”的问题。责任股室：待遇保障股。"
                "整改时限：2024年10月底前。整改进展：尚未启动。"
            ),
            (
                "关于“异地就医备案办理时限超出承诺时限”的问题。责任股室：医药服务管理股。整改时限：长期坚持。"
                "整改进展：已压缩为即时办结，纳入窗口日常考核，长期坚持。"
            ),
            (
                "关于“医保系统廉政风险点排查不全面，党风廉政建设责任落实不到位”的问题。责任股室：办公室（人事股）。"
                "整改时限：年底前。整改进展：已重新梳理廉政风险点42个并制定防控措施，正在组织专项警示教育。"
            ),
        ],
    ),
    (
        "（三）关于“履行监管责任不到位，监管‘高举轻放’”方面",
        [
            (
                "关于“对定点医药机构违规问题处理偏轻，以约谈代替处罚”的问题。责任股室：基金监管股。"
                "整改时限：2024年7月31日。整改进展：已对2023年以来约谈处理的14家定点医药机构逐一复核，对其中5家"
                "依法补充作出行政处罚，追回医保基金23.6万元，已整改完成。"
            ),
            (
                "关于“智能监控系统预警疑点数据核查不及时，积压疑点数据1.2万条”的问题。责任股室：基金监管股、"
                "信息股。整改时限：2024年9月30日。整改进展：已完成6800余条疑点数据核查，剩余数据正在分批核查。"
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳县医疗保障局党组关于县委巡察反馈问题整改进展情况的通报")
    _paragraph(
        doc,
        "根据县委统一部署，2024年4月8日至5月17日，县委第二巡察组对县医疗保障局党组进行了巡察。2024年6月12日，"
        "县委第二巡察组反馈了巡察意见，共反馈问题3个方面7项。根据巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、县医疗保障局党组履行巡察整改主体责任情况", font="黑体")
    _paragraph(
        doc,
        "局党组第一时间成立巡察整改工作专班，召开行政班子及股室、医保中心负责人（扩大）会议3次，集中研讨分析问题"
        "产生的原因，逐项明确责任股室和整改时限，建立定期调度、听取整改落实情况的制度，确保问题真改实改。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    n = 0
    for heading, items in PATROL_GROUPS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in items:
            n += 1
            _paragraph(doc, f"{n}.{text}")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，局党组将持续抓好未完成事项的整改，对已完成的事项适时开展“回头看”，防止问题反弹，"
        "把巡察整改与医保基金管理使用专项整治一体推进。",
    )
    _paragraph(doc, "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-3258612。")
    _paragraph(doc, "中共濮阳县医疗保障局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 医保基金管理突出问题自查自纠整改 (two returns in one zip), after a 医保基金管理突出问题自查自纠整改报告 (全面筛查、
# 重点核查、集中整改(6月16日-7月31日)、总结提升四阶段任务; 数据筛查+现场核查+病历抽查; 心肌酶谱重复检测、
# 与病情无关的肿瘤标志物检测等问题; 自查发现问题、整改措施及成效):
# https://www.renrendoc.com/paper/499095033.html
# A .zip holding an .xlsx from a county hospital (the four stages in the preamble, rows naming only its 科室,
# deadlines as schedule texts, a date, 长期坚持 and “集中整改阶段内完成”) and a .docx table from a community health
# centre (a 是否完成 column with 是/否 beside a 备注, rows naming the 责任人).
HOSPITAL_ROWS = [
    (
        "心内科住院患者重复开具心肌酶谱检测，间隔不足72小时",
        "心内科、检验科",
        38620,
        "规范检验开单，HIS系统设置检测间隔提醒，违规费用退回医保基金",
        "7月15日前完成系统设置，7月31日前完成违规费用退回",
        "系统提醒已上线，违规费用已全部退回，已整改",
    ),
    (
        "康复医学科超标准收取康复评定费，按日计费不符合收费标准",
        "康复医学科",
        12450,
        "严格按收费标准计费，超收部分退回",
        "2024年8月31日",
        "正在逐笔核对超收费用",
    ),
    (
        "部分出院病历医保结算清单主诊断与病案首页不一致",
        "病案室、医保办",
        "",
        "开展结算清单填写培训，每月抽查",
        "长期坚持",
        "每月抽查通报，长期坚持",
    ),
    (
        "药剂科进销存数据与医保结算数据不符，部分中药饮片超量使用",
        "药剂科",
        9830,
        "开展进销存比对，超量部分退回",
        "集中整改阶段内完成",
        "未整改",
    ),
    (
        "高值医用耗材使用登记不全，无法追溯到患者",
        "手术室、设备科",
        "",
        "建立高值耗材扫码使用登记",
        "2024年9月30日",
        "",
    ),
]
CENTRE_ROWS = [
    (
        "过度诊疗",
        "为高血压患者开具与病情无关的肿瘤标志物检测",
        "停止无指征检查，违规费用退回医保基金",
        "王建华",
        "2024年7月10日",
        "是",
        "",
    ),
    (
        "违规收费",
        "家庭医生签约服务包外项目重复收费",
        "清理签约服务包收费项目",
        "李娟",
        "2024年7月31日",
        "否",
        "收费项目已清理，退费正在办理",
    ),
    (
        "政策执行",
        "门诊统筹报销未严格执行定点首诊登记",
        "完善首诊登记",
        "赵磊",
        "2024年8月15日",
        "否",
        "",
    ),
    (
        "票据管理",
        "门诊收费票据作废后未按规定留存全部联次",
        "规范作废票据管理",
        "李娟",
        "2024年6月30日",
        "是",
        "",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="医保办")
    ws = b.sheet("自查自纠问题清单")
    b.widths(ws, [6, 42, 16, 14, 36, 30, 28])
    b.line(ws, 0, "濮阳县人民医院医保基金管理突出问题自查自纠问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县人民医院（医保办）    阶段安排：全面筛查（3月1日—4月30日）、重点核查（5月1日—6月15日）、"
        "集中整改（6月16日—7月31日）、总结提升（8月1日—8月31日）",
        6,
    )
    b.header(
        ws, 2, ["序号", "自查发现问题", "涉及科室", "涉及金额（元）", "整改措施", "整改时限", "整改情况"]
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOSPITAL_ROWS)
    b.line(ws, end, "填报人：孔令军    联系电话：0393-3261175    填报日期：2024年7月29日", 6)
    return b.close()


def write_centre_docx(path: Path) -> Path:
    doc = _new_document("医保结算室")
    _title(doc, "华龙区胜利路街道社区卫生服务中心医保基金使用自查自纠整改情况", 16)
    _paragraph(doc, "填报单位：华龙区胜利路街道社区卫生服务中心    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CENTRE_ROWS, 1)]
    _table(doc, ["序号", "问题类别", "存在问题", "整改措施", "责任人", "完成时限", "是否完成", "备注"], body)
    _paragraph(doc, "中心负责人：高素芳    填表人：李娟", 12)
    return _save_fixed(doc, path)


def write_selfcheck_zip(path: Path) -> Path:
    return _zip_members(
        path,
        [
            ("濮阳县人民医院医保基金自查自纠问题整改清单.xlsx", write_hospital_book),
            ("胜利路街道社区卫生服务中心自查自纠整改情况.docx", write_centre_docx),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 4. 疫苗接种单位交叉检查问题整改台账, after a 新区市场监管局's 疫苗接种点全覆盖交叉检查 (检查疫苗运输设备类型、起运
# 和到达时间、运输温度记录及发货签收单资料，疫苗储存保管制度，冷链设备温度记录，报废疫苗处置; 对存在问题的接种点
# 负责人行政约谈并责令立即整改; 已全部整改到位):
# https://www.xinzixun.cn/news/china/2021/08/29/00004146.html
# An .et (Excel 97 via LibreOffice, as WPS 表格 names it): title, 检查时间/填报单位 line, one header row with the
# 检查组 (the inspector) and a 检查日期 the 立行立改 rows count from, 处理措施, deadlines as 立行立改 / dates /
# 7月底前, an 整改到位情况 column, a 说明 line and a signature line.
VACCINE_ROWS = [
    (
        "第一检查组（清丰县局）",
        date(2024, 7, 8),
        "濮阳县柳屯镇卫生院",
        "冷链设备温度记录表7月5日至7日无记录",
        "行政约谈，责令立即整改",
        "立行立改",
        "已加装温度自动监测设备，整改到位",
    ),
    (
        "第一检查组（清丰县局）",
        date(2024, 7, 8),
        "濮阳县文留镇卫生院",
        "疫苗运输温度记录不完整，缺少到达时温度",
        "责令限期整改",
        "2024年7月19日",
        "已整改",
    ),
    (
        "第二检查组（南乐县局）",
        date(2024, 7, 9),
        "清丰县人民医院",
        "产科接种室报废疫苗未按要求登记和处置",
        "责令限期整改",
        "7月底前",
        "正在与县疾控中心对接回收处置",
    ),
    (
        "第二检查组（南乐县局）",
        date(2024, 7, 9),
        "清丰县马庄桥镇卫生院",
        "疫苗储存保管制度未上墙，未落实专人管理",
        "行政约谈，责令立即整改",
        "立行立改",
        "已整改到位",
    ),
    (
        "第三检查组（范县局）",
        date(2024, 7, 10),
        "南乐县城关镇卫生院",
        "冷藏冰箱内疫苗与其他药品混放",
        "责令立即整改",
        "立行立改",
        "",
    ),
    (
        "第三检查组（范县局）",
        date(2024, 7, 10),
        "华龙区中原路街道社区卫生服务中心",
        "发货签收单资料不齐全，缺少3批次疫苗签收单",
        "责令限期整改",
        "2024年7月26日",
        "已向配送企业补索签收单2批次，1批次正在补索",
    ),
    (
        "第四检查组（台前县局）",
        date(2024, 7, 11),
        "范县濮城镇卫生院",
        "疫苗出入库登记与疫苗信息追溯系统数据不一致",
        "行政约谈，责令限期整改",
        "2024年8月15日",
        "未整改",
    ),
]


def write_vaccine_book(path: Path) -> Path:
    b = Book(path, author="药品安全监管科")
    ws = b.sheet("交叉检查整改台账")
    b.widths(ws, [6, 20, 12, 30, 40, 22, 14, 32])
    b.line(ws, 0, "全市疫苗接种单位疫苗质量管理交叉检查问题整改台账", 7, b.title)
    b.line(ws, 1, "检查时间：2024年7月8日至7月11日    填报单位：濮阳市市场监督管理局药品安全监管科", 7)
    b.header(
        ws,
        2,
        ["序号", "检查组", "检查日期", "接种单位", "检查发现问题", "处理措施", "整改时限", "整改到位情况"],
    )
    for i, row in enumerate(VACCINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VACCINE_ROWS)
    b.line(
        ws,
        end,
        "说明：检查采取县区市场监管局交叉检查方式；“立行立改”事项自检查当日起整改，整改情况由属地市场监管局复查。",
        7,
    )
    b.line(ws, end + 1, "填表人：宋雅琪    审核人：冯立新    联系电话：0393-8996417    2024年7月30日", 7)
    return b.close()


def write_vaccine(path: Path) -> Path:
    return via_soffice(write_vaccine_book, path, "xls", "疫苗接种单位交叉检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 药品安全专项整治检查问题整改台账, after a county 市场和质量监管局's 冬春药品安全整治大会战 (专项整治与日常监管、
# 随机抽查与定期巡查、限期整改与立案处罚相结合; 医院周边药店、城乡接合部和农村地区药店; 特殊管理药品、含麻黄碱类
# 复方制剂、疫苗、中药饮片等重点品种; 供货方资质审查不严格, 非法分装、贴签销售外购中药饮片, 超范围经营毒性
# 中药饮片):
# http://www.rwns.cn/content/201902/14/c270450.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 检查对象类别 and 重点品种 of the source, a 责令整改
# 日期 the “N日内” deadlines count from, 处理方式 as 限期整改 / 立案处罚, deadlines as dates, X月X日前 and N日内,
# a 注 line and a signature line.
DRUG_ROWS = [
    (
        "清丰县仁和堂大药房有限公司",
        "医院周边药店",
        "含麻黄碱类复方制剂",
        "销售含麻黄碱类复方制剂未登记购买者身份证信息",
        "限期整改",
        "2024.7.8",
        "2024年7月15日",
        "已整改，经复查合格",
    ),
    (
        "濮阳市百姓康大药房连锁有限公司清丰城关店",
        "城区药店",
        "中药饮片",
        "从不具备资质的供货方购进中药饮片，供货方资质审查不严格",
        "立案处罚，限期整改",
        "2024.7.9",
        "2024年8月10日",
        "已立案，涉案饮片已下架封存，正在调查",
    ),
    (
        "清丰县马庄桥镇济民药店",
        "农村地区药店",
        "处方药",
        "处方药未凭处方销售，处方留存不全",
        "限期整改",
        "2024.7.10",
        "7月20日前",
        "已整改",
    ),
    (
        "清丰县韩村镇卫生院",
        "农村地区医疗机构",
        "疫苗、冷藏药品",
        "冷藏药品储存温度超出规定范围，温湿度记录不连续",
        "限期整改",
        "2024.7.10",
        "2024年7月31日",
        "",
    ),
    (
        "清丰县瓦屋头镇德济堂药店",
        "城乡接合部药店",
        "中药饮片",
        "非法分装、贴签销售外购中药饮片",
        "立案处罚",
        "2024.7.12",
        "2024年9月30日",
        "未整改",
    ),
    (
        "清丰县百草园医药有限公司",
        "药品批发企业",
        "毒性中药饮片",
        "超范围经营毒性中药饮片",
        "立案处罚，责令停止经营",
        "2024.7.11",
        "15日内",
        "已停止经营毒性中药饮片并退回供货单位，整改完成",
    ),
    (
        "清丰县阳邵乡惠民药店",
        "农村地区药店",
        "药品购进渠道",
        "药品购进票据不全，3个品种无法提供购进发票",
        "限期整改",
        "2024.7.16",
        "10日内",
        "已补齐2个品种购进票据，1个品种正在联系供货企业",
    ),
]


def write_drug(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县药品安全专项整治检查问题整改台账", t, 0, 8),
        (1, 0, "填报单位：清丰县市场监督管理局药品安全监管股    填报时间：2024年7月30日", plain, 1, 8),
    ]
    words = [
        "序号",
        "企业名称",
        "检查对象类别",
        "重点品种",
        "检查发现问题",
        "处理方式",
        "责令整改日期",
        "整改期限",
        "整改情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(DRUG_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6, 7) else c))
    r = 3 + len(DRUG_ROWS)
    cells += [
        (
            r,
            0,
            "注：处理方式分限期整改、立案处罚两类；“N日内”自责令整改之日起计算；整改情况由各市场监管所复查后填报。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：孙志刚    填表人：韩蕾    联系电话：0393-7221846", plain, r + 1, 8),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 专项监督检查工作督导发现问题整改台账, after a city 卫生健康综合行政执法支队's 督导各旗县区年度专项监督检查工作
# 落实情况 (随机抽取旗县区; 听取汇报、查阅资料、随机抽查医疗机构、药店和母婴用品店; 部分地区尚未完成总结报告;
# 11个专项工作已完成6个，医疗美容、洁净场所、抗抑菌制剂等正在进行; 下达卫生监督意见书并限期改正; 回访复查):
# https://wjw.bynr.gov.cn/html/xwdt/gzdt/202311/30_66903.html
# An .xlsx: title, 督导时间/填报单位 line, a two-row header (督导发现问题 over 问题类型 and 问题描述, 整改落实 over
# 整改进展 and 完成时间), the 县区 merged down over its rows, the 责任单位 a county office, its 执法大队 or the
# clinic or shop found on the spot, deadlines as dates and 8月底前 and 长期坚持, a 备注 line and a signature line.
SUPERVISE_ROWS = [
    (
        "濮阳县",
        [
            (
                "工作推进",
                "国家随机监督抽查任务已完成系统填报，但未完成总结报告",
                "濮阳县卫生健康综合行政执法大队",
                "补报随机监督抽查总结报告",
                "2024年7月20日",
                "已报送",
                date(2024, 7, 18),
            ),
            (
                "现场抽查",
                "濮阳县城关镇康华口腔诊所消毒登记记录不全，未开展器械灭菌效果监测",
                "濮阳县城关镇康华口腔诊所",
                "下达卫生监督意见书，限期改正",
                "2024年7月25日",
                "经复查已改正",
                date(2024, 7, 24),
            ),
        ],
    ),
    (
        "清丰县",
        [
            (
                "专项工作",
                "医疗美容、健康体检中心2个专项监督检查尚未开展",
                "清丰县卫生健康综合行政执法大队",
                "按方案完成专项监督检查",
                "2024年9月30日",
                "医疗美容专项已完成，健康体检中心专项正在进行",
                "",
            ),
            (
                "现场抽查",
                "贝乐母婴用品店销售的抗（抑）菌制剂标签标注“治疗”等禁止性用语",
                "清丰县贝乐母婴用品店",
                "下达卫生监督意见书，责令下架",
                "2024年7月15日",
                "已下架",
                date(2024, 7, 12),
            ),
        ],
    ),
    (
        "南乐县",
        [
            (
                "案件查办",
                "上半年卫生行政处罚案卷归档不及时，6份案卷未装订归档",
                "南乐县卫生健康委员会",
                "规范案卷归档",
                "8月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "范县",
        [
            (
                "专项工作",
                "洁净场所（医院手术部）专项监督检查进度滞后，仅完成2家",
                "范县卫生健康综合行政执法大队",
                "加快专项检查进度",
                "2024年8月31日",
                "进展滞后",
                "",
            ),
        ],
    ),
    (
        "台前县",
        [
            (
                "信息化",
                "执法记录仪数据未按要求上传卫生监督信息平台",
                "台前县卫生健康委员会",
                "每月上传执法全过程记录",
                "长期坚持",
                "已按月上传，常态化推进",
                "",
            ),
        ],
    ),
    (
        "华龙区",
        [
            (
                "现场抽查",
                "医疗废物暂存点未设置警示标识，医疗废物交接登记不全",
                "华龙区人民路街道社区卫生服务中心",
                "下达卫生监督意见书，限期改正",
                "2024年7月19日",
                "正在整改",
                "",
            ),
        ],
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="稽查科")
    ws = b.sheet("督导问题整改台账")
    b.widths(ws, [6, 10, 10, 44, 30, 26, 14, 30, 12])
    b.line(ws, 0, "2024年上半年专项监督检查工作督导发现问题整改台账", 8, b.title)
    b.line(ws, 1, "督导时间：2024年7月1日至7月5日    填报单位：濮阳市卫生健康综合行政执法支队（稽查科）", 8)
    for c, word in enumerate(["序号", "县区"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "督导发现问题", b.head)
    b.header(ws, 3, ["问题类型", "问题描述"], first=2)
    for c, word in [(4, "责任单位"), (5, "整改要求"), (6, "整改时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改进展", "完成时间"], first=7)
    r, n = 4, 0
    for county, rows in SUPERVISE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, county, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "备注：完成时间以支队回访复查确认的日期为准。", 8)
    b.line(
        ws, r + 1, "填表人：许晨阳    审核人：王宏伟    联系电话：0393-8992047    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 卫生健康监督执法专项稽查现场交办问题清单, after a city's 卫生健康监督执法专项稽查 (组织专项稽查组深入县市区;
# 卫生行政处罚案件查办、“双随机一公开”、职业卫生监督执法、卫生监督信息平台运用; 阅资料、查系统、看现场; 现场反馈
# 突出问题, 现场交办, 要求限期整改到位):
# https://health.rednet.cn/content/2020/09/22/8324782.html
# A CSV in GBK: a title line, a line saying the working-day limits count from the 交办日期, one header line with
# the 被稽查单位 beside the 稽查组 (the inspector), 整改时限 as N个工作日 and 立行立改 (July 2024, no holidays),
# an 整改到位情况 column and a 合计 line.
CHECK_ROWS = [
    (
        "2024-07-01",
        "濮阳县卫生健康委员会",
        "行政处罚案件查办",
        "2023年以来行政处罚案卷中3份未附送达回证",
        "第一稽查组",
        "5个工作日",
        "已补齐送达回证，整改完成",
    ),
    (
        "2024-07-02",
        "清丰县卫生健康委员会",
        "职业卫生监督执法",
        "职业病危害项目申报扩面进度慢，辖区中小微企业申报率低于60%",
        "第一稽查组",
        "20个工作日",
        "正在开展申报帮扶，申报率已提高至72%",
    ),
    (
        "2024-07-03",
        "南乐县卫生健康综合行政执法大队",
        "双随机一公开",
        "国家双随机抽查任务中4家公共场所未录入检查结果",
        "第二稽查组",
        "3个工作日",
        "已全部录入，已办结",
    ),
    (
        "2024-07-04",
        "范县卫生健康委员会",
        "卫生监督信息平台运用",
        "卫生监督信息平台被监督单位本底资料未更新，42家单位信息缺失",
        "第二稽查组",
        "10个工作日",
        "",
    ),
    (
        "2024-07-08",
        "台前县卫生健康综合行政执法大队",
        "行政处罚案件查办",
        "执法证件管理不规范，2名执法人员执法证过期仍参与现场检查",
        "第三稽查组",
        "立行立改",
        "已调整执法人员，立行立改到位",
    ),
    (
        "2024-07-09",
        "华龙区卫生健康委员会",
        "传染病防治监督",
        "辖区医疗机构传染病疫情报告监督检查覆盖率不足50%",
        "第三稽查组",
        "15个工作日",
        "未启动",
    ),
    (
        "2024-07-10",
        "濮阳县卫生健康综合行政执法大队",
        "放射卫生监督",
        "放射诊疗机构监督检查未核查放射工作人员个人剂量监测情况",
        "第一稽查组",
        "5个工作日",
        "已完成8家补充核查，其余4家正在核查",
    ),
]


def write_spot_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["卫生健康监督执法专项稽查现场交办问题清单（2024年7月）"])
    w.writerow(
        ["稽查单位：濮阳市卫生健康委员会专项稽查组；整改时限自交办之日起按工作日计算，立行立改事项当日整改"]
    )
    w.writerow(
        ["序号", "交办日期", "被稽查单位", "稽查项目", "现场交办问题", "稽查组", "整改时限", "整改到位情况"]
    )
    for i, row in enumerate(CHECK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", f"本次现场交办问题{len(CHECK_ROWS)}个", "", "", "已整改到位3个"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 疾病预防控制中心传染病预防控制和疫情报告监督检查问题整改情况, after a district 卫生健康委员会's 疾病预防控制中心
# 传染病预防控制和疫情报告监督检查单 (检查时间、检查单号、检查对象、统一社会信用代码、负责人、联系方式、检查地点;
# 检查事项、检查内容、检查结果 □合格 □不合格):
# https://www.bjhr.gov.cn/zt/xzzfxxgs/ztqzfbm/bjhrwjw/jcdwjw/202204/t20220427_2694741.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, the 检查单's head block as a two-column table, then
# a table whose two-row header puts 整改情况 over 已整改 and 未整改 (ticks) beside a 备注; every row is a check
# item with its 检查结果, the 合格 rows are no items; rows name the centre's own 科室; the 检查时间 is the
# base date of the 立行立改 row; a signature line at the foot.
CDC_HEAD = [
    ("检查时间", "2024年7月9日9时00分—11时30分"),
    ("检查单号", "南卫监检〔2024〕第0716号"),
    ("检查对象", "南乐县疾病预防控制中心"),
    ("统一社会信用代码", "12410923MB0F47326K"),
    ("负责人", "魏新民    联系方式：0393-6321046"),
    ("检查地点", "南乐县城关镇永安街南段"),
]
OK, NOT_OK = "☑合格 □不合格", "□合格 ☑不合格"
CDC_ROWS = [
    (
        "传染病疫情报告",
        "对乙类、丙类传染病报告卡是否在24小时内审核",
        NOT_OK,
        "网络直报系统中3张乙类传染病报告卡审核超过24小时",
        "传染病防制科",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "传染病监测",
        "是否对传染病的发生、流行及影响因素进行监测",
        OK,
        "",
        "",
        "",
        "/",
        "/",
        "",
    ),
    (
        "疫情报告管理",
        "是否按规定对辖区医疗机构开展疫情报告质量督导",
        NOT_OK,
        "上半年仅对辖区12家医疗机构中的5家开展疫情报告质量督导",
        "传染病防制科",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "消毒隔离",
        "是否对疫点进行消毒并开展消毒效果评价",
        NOT_OK,
        "疫点消毒后未开展消毒效果评价，消毒记录不全",
        "消毒与病媒生物防制科",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "实验室生物安全",
        "菌（毒）种是否按规定保藏和登记",
        NOT_OK,
        "菌（毒）种保藏登记簿出入库记录未双人签字",
        "检验科",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "疫苗储存",
        "是否按规定做好疫苗储存和运输温度监测",
        OK,
        "",
        "",
        "",
        "/",
        "/",
        "",
    ),
    (
        "疫情信息管理",
        "是否定期分析通报传染病疫情信息",
        NOT_OK,
        "传染病疫情信息未定期分析通报，上半年未印发疫情分析",
        "传染病防制科",
        "2024年8月31日",
        "",
        "",
        "上半年疫情分析报告正在撰写",
    ),
    (
        "医疗废物管理",
        "医疗废物是否分类收集并交接登记",
        NOT_OK,
        "检验科医疗废物交接登记缺少接收人签名",
        "检验科",
        "长期坚持",
        "",
        "",
        "已规范交接登记，长期坚持",
    ),
    (
        "人员培训",
        "是否开展传染病防治法律法规培训",
        NOT_OK,
        "新入职人员未参加传染病防治法律法规培训",
        "办公室",
        "2024年7月31日",
        "",
        "",
        "",
    ),
]


def write_cdc_docx(path: Path) -> Path:
    doc = _new_document("传染病防制科")
    _title(doc, "南乐县疾病预防控制中心传染病预防控制和疫情报告监督检查问题整改情况表", 16)
    head = _docx_grid(doc, len(CDC_HEAD), 2)
    for r, (key, value) in enumerate(CDC_HEAD):
        _cell_text(head.cell(r, 0), key, 10.5, bold=True)
        _cell_text(head.cell(r, 1), value, 10.5)
    _paragraph(doc, "检查事项、内容、结果及整改情况", 12, font="黑体")
    words = ["序号", "检查事项", "检查内容", "检查结果", "存在问题", "责任科室", "整改时限"]
    table = _docx_grid(doc, 2 + len(CDC_ROWS), len(words) + 3)
    for c, word in enumerate(words):
        _merge_cells(table, 0, c, 1, c, word)
    _merge_cells(table, 0, 7, 0, 8, "整改情况")
    _merge_cells(table, 1, 7, 1, 7, "已整改")
    _merge_cells(table, 1, 8, 1, 8, "未整改")
    _merge_cells(table, 0, 9, 1, 9, "备注")
    for r, row in enumerate(CDC_ROWS, start=2):
        _cell_text(table.cell(r, 0), str(r - 1), 10.5)
        for c, v in enumerate(row, start=1):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "检查人员（签字）：张卫东、刘佳    被检查单位负责人（签字）：魏新民    2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_cdc(path: Path) -> Path:
    return via_soffice(write_cdc_docx, path, "doc", "疾控中心监督检查问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 二级以上预防接种单位复核不符合项整改情况汇总表, after a city 疾控中心's 二级以上预防接种单位验收 (各单位自评—
# 县级审核—市级复核; 部分二、三级门诊不符合要求; 复核结果反馈至市卫生计生委; 严格按照设置标准进行整改，于规定
# 日期前整改到位):
# https://yzcdc.com/index/News/detail/newsid/3908.html
# An .xlsx: title, 填报单位 and the 卫健委's common deadline in a line, a two-row header (复核情况 over 自评等级,
# 县级审核 and 市级复核结论; 整改落实 over 整改时限, 整改情况 and 县级复查意见), a 县（区） column, 复查合格 in
# the closure column, a 合计 row and a signature line.
CLINIC_ROWS = [
    (
        "濮阳县",
        "濮阳县海通乡卫生院",
        "二级",
        "审核通过",
        "不符合",
        "留观室面积不足，留观座椅少于20个",
        "8月10日前",
        "已增设留观座椅",
        "复查合格",
    ),
    (
        "濮阳县",
        "濮阳县子岸镇卫生院",
        "二级",
        "审核通过",
        "不符合",
        "冷链室未配备双路电源或备用发电机",
        "9月底前",
        "已申请专项资金，正在采购发电机",
        "",
    ),
    (
        "清丰县",
        "清丰县古城乡卫生院",
        "三级",
        "审核通过",
        "不符合",
        "接种台数量不足3个，不符合三级门诊设置标准",
        "2024年8月10日",
        "未整改",
        "",
    ),
    (
        "南乐县",
        "南乐县元村镇卫生院",
        "二级",
        "审核通过",
        "不符合",
        "1名接种人员未取得预防接种培训合格证明",
        "2024年7月31日",
        "已参加市级培训并取得合格证明",
        "复查合格",
    ),
    (
        "范县",
        "范县龙王庄镇卫生院",
        "二级",
        "审核通过",
        "不符合",
        "接种门诊未设置疑似预防接种异常反应处置室",
        "8月10日前",
        "",
        "",
    ),
    (
        "台前县",
        "台前县孙口镇卫生院",
        "二级",
        "审核通过",
        "不符合",
        "候种区未设置健康教育宣传栏，告知内容不全",
        "2024年7月20日",
        "已整改",
        "复查合格",
    ),
    (
        "华龙区",
        "华龙区黄河路街道社区卫生服务中心",
        "三级",
        "审核通过",
        "不符合",
        "免疫规划信息系统与省平台数据对接不及时，接种记录延迟上传",
        "8月10日前",
        "已与软件公司对接，正在调试接口",
        "",
    ),
    (
        "华龙区",
        "华龙区孟轲乡卫生院",
        "二级",
        "审核通过",
        "不符合",
        "接种门诊工作制度未上墙公示",
        "2024年7月15日",
        "已整改",
        "",
    ),
]


def write_clinics(path: Path) -> Path:
    b = Book(path, author="免疫规划科")
    ws = b.sheet("复核不符合项整改")
    b.widths(ws, [6, 10, 30, 8, 10, 10, 40, 14, 30, 12])
    b.line(ws, 0, "2024年全市二级以上预防接种单位复核不符合项整改情况汇总表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市疾病预防控制中心（免疫规划科）    按市卫生健康委要求，各地对不符合要求的门诊严格按照设置标准"
        "整改，原则上于2024年8月10日前整改到位",
        9,
    )
    for c, word in enumerate(["序号", "县（区）", "接种单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "复核情况", b.head)
    b.header(ws, 3, ["自评等级", "县级审核", "市级复核结论"], first=3)
    b.merge(ws, 2, 6, 3, 6, "不符合项", b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "县级复查意见"], first=7)
    for i, row in enumerate(CLINIC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CLINIC_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, f"{len(CLINIC_ROWS)}家")
    for c in range(3, 10):
        b.put(ws, end, c, "复查合格3家" if c == 9 else "", b.cell)
    b.line(ws, end + 1, "填表人：胡晓燕    审核人：陈志远    联系电话：0393-4413280    2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 传染病预检分诊和发热门诊专项监督检查工作简报, after a 社区传染病防控监督检查工作简报 (区卫生监督所对辖区镇
# 卫生院及各社区卫生服务中心传染病预检分诊和发热门诊工作进行专项监督检查; 邀请区疾控中心专家现场督导; 预检分诊
# 制度落实、门诊病历登记、发热门诊设置、医护人员配置、相关制度; 现场技术指导并要求限期整改):
# https://max.book118.com/html/2024/0209/7133066152006040.shtm
# A .doc (Word 97 via LibreOffice): the 简报 head (期数, 编印单位, date), title, prose with the 反馈 date that the
# 立行立改 and “10日内” rows count from, a table of the problems by 被检查单位 with 限期 and 整改情况, a closing
# paragraph and the 报/送/发 distribution lines.
TRIAGE_ROWS = [
    (
        "华龙区中原路街道社区卫生服务中心",
        "预检分诊点未设置在门诊入口醒目位置，标识不清",
        "调整预检分诊点位置，设置醒目标识",
        "7月26日前",
        "已整改",
    ),
    (
        "华龙区胜利路街道社区卫生服务中心",
        "发热病人登记项目不全，缺少流行病学史",
        "完善发热病人登记本",
        "立行立改",
        "已整改",
    ),
    (
        "华龙区岳村镇卫生院",
        "发热诊室医护人员未按要求穿戴防护用品",
        "加强防护培训，严格穿戴",
        "立行立改",
        "正在组织全员防护培训",
    ),
    (
        "华龙区人民路街道社区卫生服务中心",
        "传染病预检分诊制度未及时修订，仍使用2020年版本",
        "修订预检分诊制度",
        "7月31日前",
        "",
    ),
    (
        "华龙区大庆路街道社区卫生服务中心",
        "门诊日志未逐项登记，缺少住址和职业信息",
        "规范门诊日志登记",
        "10日内",
        "已规范登记，整改完成",
    ),
    (
        "华龙区任丘路街道社区卫生服务中心",
        "发热门诊空气消毒未记录消毒时长，消毒记录不完整",
        "完善消毒记录",
        "2024年8月5日",
        "未整改",
    ),
    (
        "华龙区长庆路街道社区卫生服务中心",
        "医护人员传染病防治知识培训无记录",
        "每季度开展一次培训并留存记录",
        "长期坚持",
        "常态化推进",
    ),
]


def write_triage_docx(path: Path) -> Path:
    doc = _new_document("华龙区卫生健康委员会")
    _paragraph(doc, "卫生健康工作简报", 26, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "第14期", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "华龙区卫生健康委员会编                    2024年7月26日", 14)
    _title(doc, "华龙区开展传染病预检分诊和发热门诊专项监督检查", 20)
    _paragraph(
        doc,
        "为切实做好夏季传染病防控工作，7月15日至7月18日，区卫生健康综合行政执法大队组织人员对辖区乡镇卫生院及"
        "各社区卫生服务中心传染病预检分诊和发热门诊工作进行了专项监督检查，并邀请区疾控中心传染病防控专家现场督导。",
    )
    _paragraph(
        doc,
        "本次检查重点检查传染病预检分诊制度落实、门诊日志登记、发热门诊设置、医护人员配置及相关制度等方面内容。"
        "7月19日，检查组向各单位集中反馈检查情况，对能立即整改的问题要求立行立改，其余问题限期整改。"
        "检查发现的问题及整改情况如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(TRIAGE_ROWS, 1)]
    _table(doc, ["序号", "被检查单位", "存在问题", "整改要求", "限期", "整改情况"], body)
    _paragraph(
        doc,
        "下一步，区卫生健康综合行政执法大队将继续加大传染病防控监督执法力度，对整改情况进行回访复查，督促各医疗机构"
        "认真落实传染病防控措施。",
    )
    _paragraph(doc, "报：市卫生健康委员会", 12)
    _paragraph(doc, "送：区委办公室、区政府办公室", 12)
    _paragraph(doc, "发：各乡镇卫生院、社区卫生服务中心，区疾控中心", 12)
    return _save_fixed(doc, path)


def write_triage(path: Path) -> Path:
    return via_soffice(write_triage_docx, path, "doc", "传染病预检分诊专项监督检查工作简报.docx")


FILES = [
    ("濮阳市医保基金审计整改问题表.xlsx", write_fund_audit),
    ("中共濮阳县医疗保障局党组关于县委巡察反馈问题整改进展情况的通报.docx", write_patrol),
    ("医保基金管理突出问题自查自纠整改清单（县医院、胜利路社区）.zip", write_selfcheck_zip),
    ("全市疫苗接种单位交叉检查问题整改台账.et", write_vaccine),
    ("清丰县药品安全专项整治检查问题整改台账.xls", write_drug),
    ("专项监督检查工作督导发现问题整改台账（上半年）.xlsx", write_supervise),
    ("卫生健康监督执法专项稽查现场交办问题清单.csv", write_spot_check),
    ("南乐县疾控中心传染病预防控制和疫情报告监督检查问题整改情况表.wps", write_cdc),
    ("二级以上预防接种单位复核不符合项整改情况汇总表.xlsx", write_clinics),
    ("华龙区卫生健康工作简报（第14期）.doc", write_triage),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside159 returns: eleven files of 审计与财会监督 laid out after eleven public sources, cited beside each
layout below.

Campaigns: 经济责任审计 (two), 专项资金审计, 政府投资项目审计, 乡镇财政审计, 村级财务审计, 国企审计, 预算执行, 非税收入,
政府债务, 财会监督检查. Contents (problems, names, amounts, dates) are made up; the statistics date is 2024-07-31.

Forms: .xlsx (three, one more inside the zip; one of them a system's export with its header row only), .xls (xlwt,
merged cells), a CSV in GBK, two .docx (one a table, one a 公告 in numbered paragraphs), an .et (Excel 97 written by
LibreOffice), an .ods (LibreOffice, zip times fixed), a .wps (Word 97 written by LibreOffice) and a .zip of two returns
(an .xlsx and a .docx).

Run from this folder: python make_aside159.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on PATH.
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
CREATED = datetime(2024, 7, 29, 10, 20, 0)
ZIP_TIME = (2024, 7, 29, 10, 20, 0)


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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.money = add({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})
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
            ws.write_number(r, c, v, self.money if fmt is self.cell else fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def merge(self, ws, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if (r1, c1) == (r2, c2):
            self.put(ws, r1, c1, v, fmt)
        elif isinstance(v, int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            ws.write_number(r1, c1, v, fmt)
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


def _heading(doc, text: str) -> None:
    _paragraph(doc, text, 16, "黑体")


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


# =============================================================================================
# 1. 经济责任审计 整改结果报告, after 常州市审计局's account of the unified 经济责任审计发现问题整改结果书面报告 (title
# "关于***同志任期经济责任审计中发现问题的整改结果报告"; seven parts: 整改保障措施, 整改的问题及结果 — reported as
# 已整改的问题、正在整改中的问题、未整改的问题 —, 建议采纳结果, 责任追究, 落实领导批示, 需要说明的事项; 主送 the
# 联席会议办公室 (市审计局经审处), 抄送 组织部 and 纪委):
# http://sjj.changzhou.gov.cn/html/sjj/2017/EDJFJLKK_0605/15411.html
# A .wps (Word 97 via LibreOffice): the report of the audited bureau, its items as numbered paragraphs under the three
# sub-headings (the heading says the state), deadlines and results written inside each paragraph.
JZ_DONE = [
    "1. 公务接待管理不规范。2022年度部分公务接待无公函、无接待清单，涉及金额1.86万元。整改时限：2024年5月31日。"
    "整改结果：办公室已补齐公函和接待清单，修订了《公务接待管理办法》，该问题已整改。",
    "2. 规避政府采购。2023年分3次采购办公设备共计12.4万元，化整为零规避政府采购。整改时限：2024年6月30日。"
    "整改结果：已将办公设备纳入年度政府采购计划，财务科对经办人员进行了约谈，该问题已整改。",
    "3. 固定资产账实不符。已报废的21台计算机未及时办理核销手续。整改结果：已按程序报市财政局批准核销，"
    "做到账实相符，该问题已整改。",
]
JZ_DOING = [
    "4. 统计调查专项经费结余18.6万元未按规定上缴财政。整改时限：2024年8月底前。整改进展：已上缴8万元，"
    "剩余10.6万元正在与市财政局对账，尚未完成。",
    "5. “双随机”统计执法检查抽查比例未达到规定要求。整改时限：2024年9月30日前。整改进展：法规科正在制定"
    "下半年执法检查计划，拟增加抽查企业40家。",
    "6. 往来款项长期挂账未清理，其他应付款中有32.5万元挂账超过3年。整改时限：年底前。整改进展：已清理12.3万元，"
    "其余款项正在逐笔核实。",
]
JZ_NOT = [
    "7. 局领导办公用房面积超标准。因涉及办公楼整体布局调整，目前尚未整改。",
]


def write_jingze_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市统计局关于徐国栋同志任期经济责任审计中发现问题的整改结果报告")
    _paragraph(doc, "市经济责任审计工作联席会议办公室（市审计局经济责任审计科）：")
    _paragraph(
        doc,
        "2024年4月，市审计局对我局原局长徐国栋同志2019年1月至2023年12月任期经济责任履行情况进行了审计，"
        "并于2024年5月20日出具了《审计报告》（濮审经责报〔2024〕7号）。我局高度重视，现将整改结果报告如下：",
    )
    _heading(doc, "一、整改保障措施")
    _paragraph(
        doc,
        "收到审计报告后，局党组成立了以局长为组长的整改工作领导小组，召开专题会议逐条研究，"
        "制定整改方案，明确责任科室和完成时限，实行整改台账管理。",
    )
    _heading(doc, "二、整改的问题及结果")
    _paragraph(doc, "（一）已整改的问题", font="楷体_GB2312")
    for text in JZ_DONE:
        _paragraph(doc, text)
    _paragraph(doc, "（二）正在整改中的问题", font="楷体_GB2312")
    for text in JZ_DOING:
        _paragraph(doc, text)
    _paragraph(doc, "（三）未整改的问题", font="楷体_GB2312")
    for text in JZ_NOT:
        _paragraph(doc, text)
    _heading(doc, "三、审计建议采纳结果")
    _paragraph(doc, "审计提出的完善内部控制制度、加强预算管理等3条建议，我局均已采纳。")
    _heading(doc, "四、责任追究情况")
    _paragraph(doc, "对规避政府采购问题，局党组对财务科负责人进行了诫勉谈话。")
    _heading(doc, "五、落实领导批示情况")
    _paragraph(doc, "无。")
    _heading(doc, "六、需要说明的事项")
    _paragraph(doc, "无。")
    _paragraph(doc, "濮阳市统计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "抄送：市委组织部干部监督科，市纪委监委党风政风监督室。", 14)
    return _save_fixed(doc, path)


def write_jingze(path: Path) -> Path:
    return via_soffice(write_jingze_docx, path, "doc", "经济责任审计整改结果报告.docx")


# =============================================================================================
# 2. 内部审计问题导出, after the export header of an internal-audit system of the People's Bank (ExportPlanHeaderEnum:
# 审计年度, 机构层级, 进点时间, 项目类型, 审计性质, 审计对象中支, 审计对象部门, 组织形式, 项目名称, 问题定性, 问题类型,
# 问题描述, 问题词条一级…四级, 主要负责人责任类型, 整改情况, 问题严重程度, 风险类别, 所属职能, 可能影响, 整改意见,
# 审计建议):
# https://github.com/lizxGitHub/xjcloud-master/blob/1f1a1b4c2803ffb248b664479236f18dc37dd27e/xjcloud-provider/xjcloud-provider-audit/src/main/java/gov/pbc/xjcloud/provider/contract/enumutils/ExportPlanHeaderEnum.java
# An .xlsx as the system writes it: one sheet, the header row on the first row and no title; one 经济责任审计 project of
# one branch whose rows name only its own 部门; no deadline column (a date sometimes inside 整改意见).
PBC_HEADER = [
    "审计年度",
    "机构层级",
    "进点时间",
    "项目类型",
    "审计性质",
    "审计对象中支",
    "审计对象部门",
    "组织形式",
    "项目名称",
    "问题定性",
    "问题类型",
    "问题描述",
    "问题词条一级",
    "问题词条二级",
    "问题词条三级",
    "问题词条四级",
    "主要负责人责任类型",
    "整改情况",
    "问题严重程度",
    "风险类别",
    "所属职能",
    "可能影响",
    "整改意见",
    "审计建议",
]
PBC_PROJECT = "中国人民银行濮阳市分行原行长任期经济责任审计"
# (部门, 问题定性, 问题类型, 问题描述, 词条一级, 词条二级, 责任类型, 整改情况, 严重程度, 风险类别, 所属职能, 可能影响, 整改意见, 审计建议)
PBC_ROWS = [
    (
        "会计财务科",
        "违反“三重一大”决策制度",
        "决策管理",
        "2022年至2023年部分大额费用支出未经行务会集体研究决定，涉及金额46.3万元",
        "内部控制",
        "重大决策",
        "领导责任",
        "已整改",
        "较重",
        "合规风险",
        "财务管理",
        "决策失误、资金损失",
        "责成会计财务科于2024年6月30日前完成整改，完善大额支出集体决策程序",
        "健全“三重一大”事项清单",
    ),
    (
        "办公室",
        "公务用车管理不规范",
        "财务收支",
        "公务用车派车登记不完整，2023年有27次派车记录缺少事由和行驶里程",
        "财务收支",
        "公务用车",
        "直接责任",
        "已整改",
        "一般",
        "合规风险",
        "行政管理",
        "公车私用风险",
        "规范公务用车派车登记",
        "实行公务用车信息化管理",
    ),
    (
        "国库科",
        "不相容岗位未分离",
        "业务管理",
        "国库集中支付业务复核岗与经办岗由同一人兼任，不相容岗位未有效分离",
        "国库业务",
        "岗位管理",
        "直接责任",
        "整改中",
        "较重",
        "操作风险",
        "国库",
        "资金支付差错",
        "请于2024年9月30日前调整岗位设置，整改到位",
        "定期开展岗位轮换",
    ),
    (
        "科技科",
        "信息系统运维不到位",
        "信息科技",
        "机房UPS蓄电池超期服役未更换，存在断电停机风险",
        "信息科技",
        "机房管理",
        "直接责任",
        "部分整改",
        "一般",
        "信息科技风险",
        "科技",
        "业务系统中断",
        "请于2024年8月31日前完成蓄电池更换",
        "建立机房设备全生命周期台账",
    ),
    (
        "会计财务科",
        "固定资产管理不规范",
        "资产管理",
        "固定资产卡片信息与实物不符，抽查设备12台中有3台存放地点与卡片记录不一致",
        "资产管理",
        "固定资产",
        "直接责任",
        "未整改",
        "一般",
        "操作风险",
        "财务管理",
        "资产流失",
        "组织全面清查固定资产",
        "每年至少开展一次资产盘点",
    ),
    (
        "货币金银科",
        "业务操作不规范",
        "发行业务",
        "残损人民币复点记录未按规定双人签章",
        "发行业务",
        "残损币处理",
        "直接责任",
        "",
        "一般",
        "操作风险",
        "货币发行",
        "差错责任不清",
        "严格执行双人复点制度",
        "加强发行业务操作培训",
    ),
    (
        "支付结算科",
        "账户管理不到位",
        "支付结算",
        "人民币银行结算账户管理系统中14户久悬账户未按规定清理",
        "支付结算",
        "账户管理",
        "直接责任",
        "已整改",
        "一般",
        "合规风险",
        "支付结算",
        "账户被不法利用",
        "请于2024年7月15日前完成清理",
        "建立久悬账户定期清理机制",
    ),
]


def write_pbc(path: Path) -> Path:
    b = Book(path, author="内审科")
    head = b.book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter"})
    plain = b.book.add_format({"border": 1, "valign": "vcenter"})
    ws = b.sheet("sheet1")
    for c, word in enumerate(PBC_HEADER):
        ws.write_string(0, c, word, head)
        ws.set_column(c, c, 40 if word in ("问题描述", "整改意见", "项目名称") else 14)
    for r, row in enumerate(PBC_ROWS, 1):
        dept, nature, kind, desc, e1, e2, duty, state, severity, risk, func, affect, advice, suggest = row
        values = [
            "2024",
            "地市级",
            "2024-04-08",
            "经济责任审计",
            "离任审计",
            "中国人民银行濮阳市分行",
            dept,
            "上级统一组织",
            PBC_PROJECT,
            nature,
            kind,
            desc,
            e1,
            e2,
            "",
            "",
            duty,
            state,
            severity,
            risk,
            func,
            affect,
            advice,
            suggest,
        ]
        for c, v in enumerate(values):
            if v:
                ws.write_string(r, c, v, plain)
            else:
                ws.write_blank(r, c, None, plain)
    return b.close()


# =============================================================================================
# 3. 扶持壮大村级集体经济发展资金专项审计调查, after 通川区审计局's account (4个内审指导组 guiding the 片区审计站; 12个
# 乡镇41个村; 项目管理不到位、资金使用不规范、未按规定分配项目收益; 新制定和完善制度, 收回资金, 推动资金拨付):
# http://www.tchuan.gov.cn/xxgk-show-41086.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改落实 over 整改时限 and 整改情况), the 内审指导组 and the
# 乡镇 merged down their rows, 乡镇人民政府 and one 县直部门 as 整改责任单位, a 合计 row, a 注 line and signatures.
FUND_ROWS = [
    (
        "第一内审指导组",
        "庆祖镇",
        "西辛庄村",
        "项目管理",
        "光伏发电项目未办理竣工验收即投入使用",
        85.0,
        "濮阳县庆祖镇人民政府",
        "2024年8月31日",
        "已委托第三方开展验收，正在办理",
    ),
    (
        "第一内审指导组",
        "庆祖镇",
        "东王什村",
        "收益分配",
        "项目收益未纳入村集体账户核算，由合作社代管",
        6.8,
        "濮阳县庆祖镇人民政府",
        "2024年7月20日",
        "已转入村集体账户，整改完成",
    ),
    (
        "第二内审指导组",
        "八公桥镇",
        "前屯村",
        "资金使用",
        "扶持资金2.5万元用于支付村干部误工补贴",
        2.5,
        "濮阳县八公桥镇人民政府",
        "2024年7月15日",
        "未整改",
    ),
    (
        "第二内审指导组",
        "八公桥镇",
        "后屯村",
        "项目管理",
        "标准化厂房建成后长期闲置，未产生收益",
        120.0,
        "濮阳县八公桥镇人民政府",
        "年底前",
        "",
    ),
    (
        "第三内审指导组",
        "文留镇",
        "三合村",
        "资金使用",
        "项目资金拨付未履行村“四议两公开”程序",
        30.0,
        "濮阳县文留镇人民政府",
        "长期坚持",
        "已建立资金拨付审批台账，长期坚持",
    ),
    (
        "第三内审指导组",
        "文留镇",
        "葛丘村",
        "收益分配",
        "村集体经济收益未按章程提取公积公益金",
        3.2,
        "濮阳县文留镇人民政府",
        "2024年9月底前",
        "已召开村民代表会议研究分配方案",
    ),
    (
        "第四内审指导组",
        "—",
        "—",
        "项目管理",
        "县级项目库中3个入库项目未开展可行性论证",
        "",
        "濮阳县农业农村局",
        "2024年第三季度",
        "正在补充论证材料",
    ),
]


def write_fund(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "扶持壮大村级集体经济发展资金专项审计调查发现问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳县审计局    填报日期：2024年7月26日    金额单位：万元", plain, 1, last),
    ]
    for col, word in enumerate(
        ["序号", "内审指导组", "乡镇", "村（社区）", "问题类别", "发现问题", "涉及金额", "整改责任单位"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "整改落实", h, 2, 9),
        (3, 8, "整改时限", h),
        (3, 9, "整改情况", h),
        (2, 10, "备注", h, 3, 10),
    ]
    first = 4
    # merge the 内审指导组 and the 乡镇 down their rows
    for key_col, idx in ((1, 0), (2, 1)):
        start = 0
        while start < len(FUND_ROWS):
            end = start
            while (
                end + 1 < len(FUND_ROWS)
                and FUND_ROWS[end + 1][idx] == FUND_ROWS[start][idx]
                and (idx == 0 or FUND_ROWS[end + 1][0] == FUND_ROWS[start][0])
            ):
                end += 1
            cells.append((first + start, key_col, FUND_ROWS[start][idx], ctr, first + end, key_col))
            start = end + 1
    for i, row in enumerate(FUND_ROWS):
        r = first + i
        cells.append((r, 0, i + 1, ctr))
        village, kind, problem, amount, unit, deadline, progress = row[2:]
        cells += [
            (r, 3, village, ctr),
            (r, 4, kind, ctr),
            (r, 5, problem, c),
            (r, 6, amount, num if amount != "" else ctr),
            (r, 7, unit, c),
            (r, 8, deadline, ctr),
            (r, 9, progress, c),
            (r, 10, "", c),
        ]
    r = first + len(FUND_ROWS)
    total = round(sum(row[5] for row in FUND_ROWS if row[5] != ""), 2)
    cells += [
        (r, 0, "合计", h, r, 5),
        (r, 6, total, num),
        (r, 7, "发现问题7个", c, r, last),
        (
            r + 1,
            0,
            "注：村级问题由所在乡镇人民政府负责整改，县级项目库问题由县农业农村局负责整改。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "审核人：孔德明    填表人：申晓静    联系电话：0393-3221586", plain, r + 2, last),
    ]
    widths = [6, 16, 10, 12, 10, 40, 10, 24, 16, 30, 8]
    return _write_xls(path, [("整改台账", cells, widths)])


# =============================================================================================
# 4. 政府投资项目竣工决算审计, after 成都市审计局's 竣工决算审计结果 (一、基本情况: 开工、竣工; 二、审计结果: 送审总投资,
# 审计后总投资, 审计核减投资; 三、审计查出的问题及处理意见: 工程结算多计工程价款应予扣减、待摊投资多计应予调整;
# 要求被审计单位进行整改):
# http://www.cdaudit.gov.cn/content.aspx?id=3561&pid=125
# An .xlsx: title, 填报单位 line, a two-row header (投资情况 over 送审/审定/核减), 开竣工时间 (events) beside the 整改期限,
# 建设单位 under short and former names, a 合计 row, a 填表说明 line and signatures.
PROJECT_ROWS = [
    (
        "濮阳市绿城路（京开大道—中原路）道路改造工程",
        "市住建局",
        "2022.09—2023.10",
        5939.00,
        5840.75,
        "工程结算多计工程价款73.85万元，应予扣减；待摊投资多计24.40万元，应予调整",
        "2024年6月30日",
        "已扣减工程款并调整待摊投资，整改完成",
    ),
    (
        "濮阳市第二污水处理厂提标改造工程",
        "市城管执法局",
        "2022.03—2023.08",
        8126.40,
        7988.10,
        "未按合同约定扣留工程质量保证金132.6万元",
        "2024年8月31日",
        "已与施工单位签订补充协议，正在办理扣留",
    ),
    (
        "金堤河城区段防洪治理工程",
        "市水务局",
        "2021.11—2023.06",
        12480.00,
        12215.60,
        "部分设计变更未履行审批手续，涉及金额215.3万元",
        "2024年9月30日前",
        "未整改",
    ),
    (
        "濮阳市第五中学教学楼建设项目",
        "市教育局",
        "2022.05—2023.12",
        4367.20,
        4302.90,
        "监理单位未按规定实施旁站监理，关键工序监理日志缺失",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳市妇幼保健院门诊楼改造工程",
        "市卫计委",
        "2021.08—2023.09",
        6852.30,
        6790.00,
        "超概算投资未报原审批部门批准，超概算386.2万元",
        "年底前",
        "已报市发改委审批，正在审核",
    ),
    (
        "濮阳市中原路东延工程",
        "濮阳市城市发展投资集团有限公司",
        "2022.04—2023.11",
        15620.80,
        15188.30,
        "施工单位低价中标后通过多次变更增加工程造价",
        "2024年第三季度",
        "已移交市纪委监委",
    ),
    (
        "西水坡历史文化街区一期改造工程",
        "市文广新局",
        "2022.06—2023.12",
        3285.60,
        3256.90,
        "建设单位管理费超标准列支28.7万元",
        "2024.7.10",
        "已收回超标准列支费用，整改到位",
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="投资审计科")
    ws = b.sheet("整改情况表")
    last = 10
    b.widths(ws, [6, 34, 18, 18, 12, 12, 12, 40, 16, 30, 8])
    b.line(ws, 0, "2024年上半年政府投资项目竣工决算审计发现问题整改情况表", last, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市审计局固定资产投资审计科    填报日期：2024年7月29日    金额单位：万元", last
    )
    for c, word in enumerate(["序号", "项目名称", "建设单位", "开竣工时间"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "投资情况", b.head)
    b.header(ws, 3, ["送审总投资", "审定总投资", "审计核减"], first=4)
    for c, word in zip(
        range(7, 11), ["审计查出的问题及处理意见", "整改期限", "整改落实情况", "备注"], strict=True
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(PROJECT_ROWS, 1):
        name, unit, period, sent, fixed, problem, deadline, progress = row
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(
            ws,
            r,
            [name, unit, period, sent, fixed, round(sent - fixed, 2), problem, deadline, progress, ""],
            first=1,
        )
    end = 4 + len(PROJECT_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    sent = round(sum(r[3] for r in PROJECT_ROWS), 2)
    fixed = round(sum(r[4] for r in PROJECT_ROWS), 2)
    b.row(ws, end, [sent, fixed, round(sent - fixed, 2)], first=4)
    b.merge(ws, end, 7, end, last, "审计项目7个，查出问题7个")
    b.line(ws, end + 1, "填表说明：整改落实情况以建设单位书面反馈为准。", last)
    b.line(ws, end + 2, "审核人：吕振华    填表人：高雅琪    联系电话：0393-8993247", last)
    return b.close()


# =============================================================================================
# 5. 乡镇财政财务收支审计, after 莘县观城镇's response to the 县审计组 (审计组到镇开展审计; 及时、准确、完整地提供资料;
# 对审计发现的问题及时与审计组沟通，采取有效措施及时整改，形成书面材料备案待查; 全面开展自查自纠，规范财务管理制度):
# http://ingsd.com/news/xnc/2018-11-27/37165.html
# A .docx: the 乡's report to the 县审计局 (title, 主送, preamble), one table whose rows name only the 乡's own 股室
# (责任股室), deadlines and progress in their own columns, the 乡 and date at the foot.
TOWN_ROWS = [
    (
        "乡财政所专户存款利息收入4.32万元未及时缴入县级国库",
        "财政所",
        "全额上缴县级国库",
        "2024年6月30日",
        "已全额上缴，整改完成",
    ),
    (
        "公务卡强制结算目录执行不到位，以现金支付公务支出8.6万元",
        "财政所",
        "严格执行公务卡强制结算目录",
        "长期坚持",
        "长期坚持",
    ),
    (
        "2022年乡村道路维修工程未经招标直接发包，合同金额48万元",
        "规划建设所",
        "补办相关手续，完善采购程序",
        "2024年8月31日",
        "正在补办相关手续",
    ),
    (
        "村级转移支付资金拨付滞后，平均滞留3个月",
        "财政所",
        "按季度及时拨付村级转移支付资金",
        "2024年7月31日",
        "已拨付至各村",
    ),
    (
        "新购置办公家具及电脑价值15.7万元未登记固定资产",
        "党政办公室",
        "补记固定资产账",
        "2024年9月30日",
        "未整改",
    ),
    (
        "扶贫项目资产未移交村集体，未明确管护责任",
        "乡村振兴办公室",
        "办理资产移交手续，落实管护责任",
        "年底前",
        "已完成资产清查，正在办理移交",
    ),
    (
        "机关食堂经费超标准列支，2023年超支2.1万元",
        "党政办公室",
        "清退超支经费",
        "2024年8月15日",
        "",
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("六塔乡财政所")
    _title(doc, "清丰县六塔乡人民政府关于2021—2023年度财政财务收支审计发现问题整改情况的报告", 20)
    _paragraph(doc, "清丰县审计局：")
    _paragraph(
        doc,
        "2024年5月13日至6月14日，县审计局审计组对我乡2021—2023年度财政财务收支情况进行了审计。我乡高度重视，"
        "及时、完整地提供有关资料，对审计发现的问题逐项制定整改措施，明确责任股室和整改时限，现将整改情况报告如下：",
    )
    _paragraph(doc, "审计发现问题整改情况表", 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "审计发现问题", "责任股室", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(
        doc, "下一步，我乡将以此次审计为契机，全面开展自查自纠，进一步规范财务管理，确保各项问题整改到位。"
    )
    _paragraph(doc, "清丰县六塔乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 6. 村级财务收支审计整改结果公告, after 楚雄市鹿城镇's 公告 (审计局对鹿城镇村级财务收支情况进行了审计; 一、审计发现的
# 主要问题; 二、审计发现问题整改情况: "关于《审计报告》中提出“……”的问题情况属实，……"; 未成立民主理财小组, 未按协议
# 兑付土地承包金, 结余资金, 扩大开支范围, 村集体收入不实, 固定资产管理不规范, 现金管理不规范, 原始凭证不合规):
# http://www.cxs.gov.cn/info/6315/199208.htm
# A .docx of numbered paragraphs: title, preamble, a one-paragraph summary of the problems, then one paragraph per
# problem quoting the 审计报告 and telling what was done (state and any deadline in the sentences), the 乡 and date.
VILLAGE_PARAS = [
    "（一）关于《审计报告》中提出“部分村未成立民主理财小组”的问题，情况属实。我乡已督促东郭集村、南拐村等5个村"
    "选举产生民主理财小组，已对支出票据审核签字把关，该问题已整改完毕。",
    "（二）关于《审计报告》中提出“村集体土地承包费未按合同约定收取”的问题，情况属实。经核实，3个村拖欠承包费"
    "合计12.6万元，目前已收回7.8万元，剩余部分正在催收，计划于2024年9月底前全部收回。",
    "（三）关于《审计报告》中提出“村级结余资金存放在村干部个人账户”的问题，情况属实。已责成相关村将结余资金"
    "3.45万元全部转入村集体账户，并对相关责任人进行了约谈，该问题已整改。",
    "（四）关于《审计报告》中提出“扩大开支范围，村级组织列支非公务支出”的问题，情况属实。已清退不合规支出0.5万元，"
    "剩余0.7万元正在追缴，2024年8月31日前完成。",
    "（五）关于《审计报告》中提出“村集体出租收入未入账，收入不实”的问题，情况属实。因承租方经营困难，"
    "租金至今未收回，该问题目前尚未整改。",
    "（六）关于《审计报告》中提出“村级资产未登记入账，固定资产管理不规范”的问题，情况属实。我乡将督促各村建立"
    "资产台账，实行动态管理，长期坚持。",
    "（七）关于《审计报告》中提出“坐支现金，现金管理不规范”的问题，情况属实。已组织各村报账员开展专题培训，"
    "规范现金收支管理，该问题已整改完毕。",
    "（八）关于《审计报告》中提出“原始凭证不合规，以白条入账”的问题，情况属实。正在组织各村对2022年以来"
    "白条入账情况逐笔清理、更换合规票据，计划于2024年10月31日前完成。",
]


def write_village(path: Path) -> Path:
    doc = _new_document("五星乡经管站")
    _title(doc, "濮阳县五星乡人民政府关于村级财务收支审计发现问题整改结果的公告", 20)
    _paragraph(
        doc,
        "2024年3月11日至5月20日，濮阳县审计局对我乡21个行政村2022年至2023年村级财务收支情况进行了审计。根据县审计局"
        "审计意见建议要求，我乡高度重视，制定审计发现问题整改方案，积极采纳审计建议，进行了认真整改，现将整改结果"
        "公告如下：",
    )
    _heading(doc, "一、审计发现的主要问题")
    _paragraph(
        doc,
        "审计共发现村级财务管理方面问题8个，主要涉及民主理财、收入核算、资金管理、资产管理和票据管理等方面。",
    )
    _heading(doc, "二、审计发现问题整改情况")
    for text in VILLAGE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我乡将进一步加强村级财务监管，推行村级财务季度公开，杜绝类似问题再次发生。")
    _paragraph(doc, "濮阳县五星乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月19日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 7. 市属国家出资企业资产负债损益审计, after 常德市审计局's account (12家市属国家出资企业资产负债损益审计; 发现企业改革
# 发展、财务核算、债务管理、风险管控、公司治理、工程项目、廉政建设等7个方面共性问题; 查出问题金额):
# https://cnaee.com/list/newsshow.php?id=6808
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row, the 问题类别 (the seven 方面) merged down its
# rows, enterprises under short names, 完成时限 beside 整改进度 and 是否销号, a 说明 and a 填表人 line.
SOE_ROWS = [
    (
        "企业改革发展",
        "濮阳投资集团有限公司",
        "三级以下子公司压减任务未完成，应注销的4户空壳公司仍存续",
        "",
        "办理工商注销",
        "2024年12月31日",
        "推进中",
        "否",
    ),
    (
        "财务核算",
        "濮阳市城乡建设投资有限公司",
        "收入确认不及时，2023年少计营业收入1263万元",
        1263,
        "调整账务，补记收入",
        "2024年6月30日",
        "已完成",
        "是",
    ),
    (
        "财务核算",
        "市公交公司",
        "财政运营补贴资金未单独核算，与经营收入混用",
        860,
        "设立专账核算财政补贴",
        "2024年9月",
        "基本完成",
        "是",
    ),
    (
        "债务管理",
        "濮阳市城乡建设投资有限公司",
        "年化融资成本超过8%的高成本债务余额2.3亿元，未制定压降计划",
        23000,
        "置换高成本债务",
        "2025年6月底前",
        "推进中",
        "否",
    ),
    (
        "风险管控",
        "市燃气公司",
        "对外出借资金未履行集体决策程序，借款3000万元逾期未收回",
        3000,
        "启动法律程序追收借款",
        "2024年10月31日",
        "未启动",
        "否",
    ),
    (
        "公司治理",
        "濮阳市文化旅游投资集团有限公司",
        "董事会专门委员会未按公司章程设立",
        "",
        "设立战略、审计等专门委员会",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "工程项目",
        "濮阳投资集团有限公司",
        "办公楼项目未取得施工许可即开工建设",
        6500,
        "补办施工许可",
        "2024年7月15日",
        "已完成",
        "是",
    ),
    (
        "廉政建设",
        "濮阳市农业发展投资有限公司",
        "业务招待费超预算列支，2023年超支18.6万元",
        18.6,
        "严控业务招待费支出",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_soe_book(path: Path) -> Path:
    b = Book(path, author="审计监督科")
    ws = b.sheet("Sheet1")
    last = 9
    b.widths(ws, [6, 14, 28, 40, 12, 24, 16, 12, 10, 10])
    b.line(ws, 0, "市属国家出资企业资产负债损益审计发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府国有资产监督管理委员会（盖章）    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "责任企业",
            "问题描述",
            "问题金额（万元）",
            "整改措施",
            "完成时限",
            "整改进度",
            "是否销号",
            "备注",
        ],
    )
    start = 0
    while start < len(SOE_ROWS):
        end = start
        while end + 1 < len(SOE_ROWS) and SOE_ROWS[end + 1][0] == SOE_ROWS[start][0]:
            end += 1
        b.merge(ws, 3 + start, 1, 3 + end, 1, SOE_ROWS[start][0], b.center)
        start = end + 1
    for i, row in enumerate(SOE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[1:]) + [""], first=2)
    end = 3 + len(SOE_ROWS)
    b.line(ws, end + 1, "说明：“是否销号”由市国资委审计监督科核实整改材料后填写。", last)
    b.line(ws, end + 2, "填表人：谷艳红    联系电话：0393-8161025", last)
    return b.close()


def write_soe(path: Path) -> Path:
    return via_soffice(write_soe_book, path, "xls", "市属国企审计问题整改台账.xlsx")


# =============================================================================================
# 8. 预算执行和其他财政收支审计查出问题整改, after a province's report on the 预算执行审计查出问题整改情况 (列出整改清单，
# 实行拉条挂账，对账销号，限时办结; 省级财政管理及决算草案审计, 省直部门预算执行审计, 专项审计, each reported in its
# own part; 已整改到位, 尚在继续整改):
# http://bbs.yuanjiangzx.com/archiver/showtopic-15159.aspx
# An .ods (LibreOffice): title, 填报单位 line, one header row, the three parts as 分组 rows inside the table, units under
# short and former names, 整改进展 beside 对账销号情况, a 填表说明 and a signature line.
BUDGET_GROUPS = [
    (
        "一、市级财政管理及决算草案审计",
        [
            (
                "部分非税收入未及时缴入国库，滞留财政专户",
                5620,
                "市财政局",
                "2024年6月30日",
                "已整改",
                "已销号",
            ),
            (
                "年初预算代编比例偏高，代编资金3.2亿元未细化到部门",
                32000,
                "市财政局",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "二、市直部门预算执行审计",
        [
            (
                "项目支出预算执行率低于50%，结转资金未按规定收回",
                416,
                "市发改委",
                "2024年10月底前",
                "部分整改",
                "未销号",
            ),
            ("无预算、超预算支付会议费", 12.6, "市文广旅局", "2024年8月31日", "已整改", "已销号"),
            ("政府采购项目未按规定公开采购意向", "", "市规划局", "2024年9月30日", "正在整改", "未销号"),
        ],
    ),
    (
        "三、重点专项资金审计",
        [
            (
                "医疗救助资金拨付不及时，滞留资金1850万元",
                1850,
                "市医保局",
                "2024年12月31日",
                "未整改",
                "未销号",
            ),
            ("城市维护建设资金用于弥补人员经费", 230, "市城管执法局", "2024年第三季度", "", ""),
        ],
    ),
]


def write_budget_book(path: Path) -> Path:
    b = Book(path, author="预算科")
    ws = b.sheet("整改清单")
    last = 7
    b.widths(ws, [6, 44, 14, 16, 16, 14, 14, 10])
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计查出问题整改清单", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市财政局（审计整改牵头部门）    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计查出问题",
            "问题金额（万元）",
            "整改责任单位",
            "整改时限",
            "整改进展",
            "对账销号情况",
            "备注",
        ],
    )
    r = 3
    n = 0
    for group, rows in BUDGET_GROUPS:
        b.merge(ws, r, 0, r, last, group, b.cell)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row) + [""], first=1)
            r += 1
    b.line(
        ws,
        r + 1,
        "填表说明：1.整改进展填写已整改、部分整改、正在整改或未整改；2.对账销号情况由市审计局核实确认后填写。",
        last,
    )
    b.line(ws, r + 2, "审核人：樊立军    填表人：段丽娜    联系电话：0393-8991370", last)
    return b.close()


def write_budget(path: Path) -> Path:
    via_soffice(write_budget_book, path, "ods", "预算执行审计查出问题整改清单.xlsx")
    return fixed_zip(path)


# =============================================================================================
# 9. 非税收入征收管理, after an 鄂尔多斯市审计局 article on the problems 执收单位 show in 非税收入征收管理 (非税收入未编制
# 部门预算; 票据领用、核销; 未及时足额缴入国库或财政专户; 单位开票、银行代收、财政统管):
# https://sjj.ordos.gov.cn/sjzx/sjxx/202306/t20230615_3440230.html
# A CSV in GBK: a title line, a line naming the check and stating the base date the 工作日/日 deadlines count from, one
# header line, 执收单位 under short names, a 合计 line.
NONTAX_ROWS = [
    (
        "市交警支队",
        "交通违法罚没收入",
        "罚没收入未及时缴入国库，滞留单位账户最长45天",
        "386500",
        "立即缴库，建立按日缴库制度",
        "10个工作日内",
        "已全部缴库，整改完成",
    ),
    (
        "市不动产登记中心",
        "不动产登记费",
        "非税收入未编制年度收入预算",
        "",
        "将非税收入全部编入部门预算",
        "2024年9月30日",
        "正在编制2025年收入预算",
    ),
    (
        "市城管局",
        "城市道路占用费",
        "收费票据未按规定核销，已使用票据132份未办理缴销",
        "",
        "办理票据缴销",
        "15个工作日内",
        "未整改",
    ),
    (
        "市自然资源局",
        "国有土地使用权出让收入",
        "土地出让价款欠缴2680万元未及时追缴",
        "26800000",
        "依合同追缴欠缴价款",
        "年底前",
        "已下达催缴通知书，已追缴800万元",
    ),
    (
        "市交易中心",
        "保证金利息收入",
        "投标保证金利息收入未缴入国库",
        "125300",
        "缴入国库",
        "30日内",
        "已缴入国库",
    ),
    (
        "市市场监管局",
        "罚没收入",
        "执法罚没收入与部门经费安排挂钩",
        "",
        "执行罚没收入与经费脱钩",
        "长期坚持",
        "长期坚持",
    ),
    (
        "市人民防空办公室",
        "防空地下室易地建设费",
        "易地建设费减免未履行审批程序，减免金额58.2万元",
        "582000",
        "补办审批，不符合条件的予以追缴",
        "2024年8月31日",
        "",
    ),
]


def write_nontax(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年非税收入征收管理专项检查发现问题整改台账"])
    w.writerow(
        [
            "检查单位：濮阳市财政局    检查时间：2024年6月11日至6月28日    "
            "整改时限自《整改通知书》下达之日（2024年7月1日）起计算"
        ]
    )
    w.writerow(
        ["序号", "执收单位", "非税收入项目", "发现问题", "涉及金额（元）", "整改要求", "整改时限", "整改情况"]
    )
    for i, row in enumerate(NONTAX_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "检查执收单位7个，发现问题7个", "27893800", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 10. 专项债券资金管理使用情况审计, after 禄丰市审计局's 审计结果公告 (2019年至2021年发行新增政府专项债券项目18个; 发行
# 债券资金, 已支出; 投向污水垃圾处理、卫生健康、水利、老旧小区改造、文化旅游、产业园基础设施; 项目实施单位专户管理):
# http://www.ynlf.gov.cn/info/3788/65231_1.htm
# An .xlsx: title, 填报单位 line, a two-row header (债券资金 over 发行额 and 已支出), 整改完成情况 beside a 完成时间 column
# (a date filled where the status is blank), units under short and former names, a 注 line and signatures.
DEBT_ROWS = [
    (
        "2021",
        "濮阳市老旧小区改造项目",
        15000,
        15000,
        "专项债券资金2300万元用于支付项目以外的市政道路工程",
        "市住建局",
        "归还原资金渠道",
        "2024年6月30日",
        "已完成",
        date(2024, 6, 25),
    ),
    (
        "2022",
        "濮阳市中医医院新院区建设项目",
        30000,
        21800,
        "债券资金闲置超过1年，闲置资金8200万元",
        "濮阳市中医医院",
        "加快项目建设和资金支付进度",
        "2024年12月31日",
        "正在加快施工进度，已支出3100万元",
        "",
    ),
    (
        "2022",
        "金堤河生态治理项目",
        20000,
        18600,
        "项目运营收入未按规定缴入国库，影响专项债券还本付息",
        "市水利局",
        "运营收入全额缴入国库",
        "2024年7月20日",
        "",
        date(2024, 7, 18),
    ),
    (
        "2023",
        "濮阳县产业园区基础设施项目",
        25000,
        9000,
        "项目前期手续不全，未取得用地批复即申报专项债券",
        "濮阳县人民政府",
        "补办用地手续",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "2023",
        "濮阳经济技术开发区标准化厂房项目",
        18000,
        11000,
        "项目收益测算不实，厂房实际出租率不足30%",
        "濮阳经济技术开发区管理委员会",
        "重新测算收益，制定偿债计划",
        "年底前",
        "正在重新编制收益与融资自求平衡方案",
        "",
    ),
    (
        "2021",
        "濮阳市文化艺术中心项目",
        12000,
        12000,
        "未按规定公开专项债券项目信息",
        "市文广新局",
        "在政府门户网站补充公开",
        "2024年7月10日",
        "已完成",
        date(2024, 7, 8),
    ),
    (
        "2023",
        "濮阳市公共卫生应急能力提升项目",
        10000,
        2600,
        "债券资金拨付后项目单位未设立专户核算",
        "市卫健委",
        "设立债券资金专户",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_debt(path: Path) -> Path:
    b = Book(path, author="债务管理科")
    ws = b.sheet("Sheet1")
    last = 11
    b.widths(ws, [6, 10, 30, 12, 12, 38, 26, 22, 16, 28, 14, 8])
    b.line(ws, 0, "2021—2023年新增政府专项债券资金管理使用情况审计发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市财政局债务管理科    填报日期：2024年7月26日    金额单位：万元", last)
    for c, word in enumerate(["序号", "发行年度", "项目名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "债券资金", b.head)
    b.header(ws, 3, ["发行额", "已支出"], first=3)
    for c, word in zip(
        range(5, 12),
        ["审计发现问题", "整改责任单位", "整改措施", "整改时限", "整改完成情况", "完成时间", "备注"],
        strict=True,
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(DEBT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row) + [""], first=1)
    end = 4 + len(DEBT_ROWS)
    b.line(ws, end, "注：“完成时间”填写问题实际整改完成的日期。", last)
    b.line(ws, end + 1, "负责人：靳卫东    填表人：白若楠    联系电话：0393-8991452", last)
    return b.close()


# =============================================================================================
# 11. 财会监督检查问题整改, after 合肥市财政监督局's 跟踪督查 of its 预算资产财务检查 (对部分事业单位整改情况的跟踪督查;
# 不按规定提取手续费、会计核算不规范及未实行定点印刷、维修等问题，逐项核实整改落实情况; 要求建立相应制度措施):
# https://www.gaodun.com/diqu/493485.html
# A .zip of two returns to the 财政局: a 疾控中心's .xlsx (被检查单位 line; rows naming only its 科室) and the
# 住房公积金管理中心's .docx report (title, 主送, preamble, one paragraph per problem with 整改时限 and 整改情况).
CDC_ROWS = [
    (
        "代扣代缴个人所得税手续费返还未纳入单位收入统一核算",
        "财务科",
        "纳入单位收入统一核算",
        "2024年6月30日",
        "已整改",
    ),
    (
        "会计核算不规范，科研项目经费未按项目分别核算",
        "财务科",
        "设立项目辅助核算",
        "2024年8月31日",
        "正在整改",
    ),
    (
        "印刷费未实行定点印刷，直接向非定点单位采购",
        "办公室",
        "纳入定点印刷管理",
        "2024年7月15日",
        "已整改",
    ),
    ("公务车辆维修未在定点维修厂进行", "后勤保障科", "实行定点维修", "长期坚持", "长期坚持"),
    (
        "冷链设备账实不符，3台冰箱账面有记录但实物已报废",
        "免疫规划科",
        "清查盘点，按程序核销",
        "2024年9月30日",
        "",
    ),
]
FUND_CENTER_PARAS = [
    "（一）关于“住房公积金增值收益未按规定及时上缴财政”的问题。整改时限：2024年6月30日。整改情况：已于2024年6月20日"
    "上缴2023年度增值收益1260万元，已整改完毕。",
    "（二）关于“个人住房贷款逾期催收不力，逾期贷款余额较上年增加”的问题。整改时限：2024年12月31日。整改情况："
    "已成立催收专班，正在逐笔催收。",
    "（三）关于“业务招待费报销未附接待清单”的问题。整改时限：2024年7月31日。整改情况：尚未整改。",
    "（四）关于“会计凭证审核签字不全”的问题。整改措施：严格执行会计凭证审核制度，长期坚持。",
]


def write_cdc_book(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("反馈表")
    last = 6
    b.widths(ws, [6, 44, 14, 26, 16, 16, 10])
    b.line(ws, 0, "2023年度预算资产财务检查发现问题整改情况反馈表", last, b.title)
    b.line(ws, 1, "被检查单位（盖章）：濮阳市疾病预防控制中心    填报日期：2024年7月23日", last)
    b.header(ws, 2, ["序号", "检查发现问题", "责任科室", "整改措施", "整改时限", "整改完成情况", "备注"])
    for i, row in enumerate(CDC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row) + [""], first=1)
    end = 3 + len(CDC_ROWS)
    b.line(
        ws,
        end + 1,
        "单位负责人：秦怀远    财务负责人：宁晓梅    填表人：骆佳    联系电话：0393-8418053",
        last,
    )
    return b.close()


def write_fund_center_docx(path: Path) -> Path:
    doc = _new_document("计划财务科")
    _title(doc, "濮阳市住房公积金管理中心关于财会监督检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市财政局：")
    _paragraph(
        doc,
        "2024年5月，市财政局对我中心2023年度会计信息质量和财经纪律执行情况开展了财会监督检查，指出问题4个。"
        "我中心高度重视，逐项研究整改，现将整改情况报告如下：",
    )
    for text in FUND_CENTER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市住房公积金管理中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervision(path: Path) -> Path:
    members = [
        ("预算资产财务检查问题整改情况反馈表（市疾控中心）.xlsx", write_cdc_book),
        ("财会监督检查发现问题整改情况报告（市公积金中心）.docx", write_fund_center_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市统计局关于徐国栋同志任期经济责任审计发现问题的整改结果报告.wps", write_jingze),
    ("内审问题整改情况导出_20240726.xlsx", write_pbc),
    ("村级集体经济发展资金专项审计调查问题整改台账（濮阳县）.xls", write_fund),
    ("政府投资项目竣工决算审计发现问题整改情况表.xlsx", write_project),
    ("六塔乡财政财务收支审计发现问题整改情况报告.docx", write_town),
    ("五星乡村级财务收支审计整改结果公告.docx", write_village),
    ("市属国有企业资产负债损益审计问题整改台账.et", write_soe),
    ("2023年度市本级预算执行审计查出问题整改清单.ods", write_budget),
    ("非税收入征收管理专项检查问题整改台账.csv", write_nontax),
    ("新增专项债券资金审计发现问题整改台账.xlsx", write_debt),
    ("财会监督检查问题整改情况（两家）.zip", write_supervision),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

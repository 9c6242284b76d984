"""Write the aside148 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns (财政与国资): 预算执行审计 (two), 政府采购, 国有资产出租, 专项资金, 债务风险 (清理拖欠企业账款), 国企“三重一大”,
“小金库”, 公务用车, 办公用房, 津补贴发放. Forms: .xlsx (five, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx
whose items are numbered paragraphs, an .ods and a .doc (LibreOffice conversions) and a .zip of two returns (an .xlsx and
a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside148.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 预算执行审计发现问题整改情况的报告, after a bureau's 审计发现问题的整改及建议采纳情况报告 (addressed to the 审计局;
# 你局出具的审计报告……收悉，整改期限至……; 一、整改总体情况 (要求整改的问题共N个，现已整改N个); 二、问题整改的具体情况 as
# numbered paragraphs "1.关于……的问题。审计整改情况：……"; 三、审计建议采纳情况):
# https://zubaike.com/bk/198887.html
# A .docx: title, 主送, preamble stating one 整改期限 for every problem, the three parts, the bureau and date at the foot.
BUDGET_PARAS = [
    (
        "1.关于部分项目预算编制不够精准、年中追加调整频繁的问题。审计整改情况：已修订《预算编制工作规程》，"
        "由规划财务科牵头在2024年度预算编制前对新增项目开展事前绩效评估，该问题已整改。"
    ),
    (
        "2.关于养老服务体系建设补助资金结余12.6万元未及时上缴财政的问题。审计整改情况：已于2024年6月12日"
        "将结余资金12.6万元全额上缴市级国库，已整改到位。"
    ),
    (
        "3.关于公务接待费无公函列支的问题。审计整改情况：办公室已补齐接待公函2份，并修订《公务接待管理办法》，"
        "明确无公函一律不予接待，已整改。"
    ),
    (
        "4.关于政府采购项目未按合同约定组织履约验收的问题。审计整改情况：规划财务科正在组织对2023年度12个采购项目"
        "补办验收手续，目前已完成9个，剩余3个正在推进。"
    ),
    (
        "5.关于机关临街门面房出租未履行公开招租程序的问题。审计整改情况：已暂停与原承租人续签合同，"
        "正在委托市公共资源交易中心开展公开招租。"
    ),
    (
        "6.关于其他应付款中2笔往来款长期挂账未清理的问题。审计整改情况：经核实，该2笔款项合计8.3万元系2015年以前"
        "形成，因原始凭证缺失、债权人无法联系，暂未清理。"
    ),
    (
        "7.关于固定资产账实不符、部分资产未入账的问题。审计整改情况：已组织对机关及所属单位固定资产开展全面清查，"
        "完成资产卡片核对并补登入账，已整改。"
    ),
]


def write_budget_report(path: Path) -> Path:
    doc = _new_document("规划财务科")
    _title(doc, "濮阳市民政局关于2023年度预算执行审计发现问题整改情况的报告")
    _paragraph(doc, "濮阳市审计局：")
    _paragraph(
        doc,
        "你局出具的《关于濮阳市民政局2023年度预算执行情况的审计报告》（濮审行报〔2024〕15号）于2024年5月17日收悉，"
        "整改期限至2024年7月17日。现将审计发现问题的整改情况和审计建议采纳情况报告如下：",
    )
    _paragraph(doc, "一、整改总体情况", font="黑体")
    _paragraph(
        doc,
        "我局党组高度重视，召开专题会议逐项研究，明确责任科室和完成时限。审计报告要求我局整改的问题共7个，"
        "截至目前已整改4个，正在整改2个，1个因历史原因暂未整改。",
    )
    _paragraph(doc, "二、问题整改的具体情况", font="黑体")
    for text in BUDGET_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、审计建议采纳情况", font="黑体")
    _paragraph(
        doc,
        "审计报告提出的强化预算管理、规范经费支出、严格制度执行3条审计建议，我局已全部采纳，"
        "并纳入2024年度内部控制工作要点。",
    )
    _paragraph(doc, "濮阳市民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月16日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 部门预算执行审计发现问题整改台账, after a 审计局's account of a department's 2024年预算执行情况审计 (部分国有资产出租
# 未履行公开招租程序、房屋租金收缴不及时不足额; 整改建议“规范国有资产出租流程、严格执行公开招租程序、确保租金及时足额
# 入库”; 修订出租出借管理制度, 陈欠租金专项催收, 上缴财政):
# http://sjj.xam.gov.cn/sfj/2025-12/22/article_2025122210492811955.html
# An .xlsx: title, a line naming the 被审计单位, the 审计机关 and the report number, a two-row header (整改落实情况 over
# three columns) with 涉及金额 and the 审计整改建议, rows naming the bureau's 科室 and its 下属单位, a 合计 row, a
# signature line.
CULTURE_ROWS = [
    (
        "国有资产管理",
        "局属文化馆临街房屋4间出租未履行公开招租程序，由原承租人直接续租",
        18.6,
        "濮阳市文化馆",
        "规范出租流程，严格执行公开招租程序",
        "已终止原合同，委托市公共资源交易中心公开招租，7月10日已成交并签订新合同",
        "2024年7月31日",
        "已整改",
    ),
    (
        "国有资产管理",
        "房屋租金收缴不及时不足额，陈欠租金9.2万元未上缴财政",
        9.2,
        "濮阳市博物馆",
        "开展陈欠租金专项催收，确保及时足额入库",
        "已催收6.5万元并上缴财政，剩余2.7万元正在通过诉讼追缴",
        "2024年8月31日",
        "整改中",
    ),
    (
        "预算管理",
        "年初预算编制不细化，代编预算占比达31%",
        None,
        "财务科",
        "细化预算编制，减少代编预算",
        "2024年部门预算已细化到具体项目，代编比例降至5%",
        "2024年6月30日",
        "已整改",
    ),
    (
        "预算管理",
        "非物质文化遗产保护专项经费执行率仅42%，资金闲置",
        36.5,
        "非物质文化遗产科",
        "加快项目实施和资金支付进度",
        "已制定分月支出计划，正在组织项目实施",
        "2024年9月30日",
        "整改中",
    ),
    (
        "“三公”经费",
        "公务用车运行维护费超预算列支2.1万元",
        2.1,
        "办公室",
        "严控“三公”经费支出",
        "",
        "2024年7月15日",
        "",
    ),
    (
        "政府采购",
        "图书采购项目拆分为3个合同，化整为零规避公开招标",
        48.0,
        "濮阳市图书馆",
        "严格执行政府采购规定",
        "",
        "2024年7月31日",
        "未整改",
    ),
    (
        "财务管理",
        "以拨代支，将专项资金12万元拨付至下属单位挂账",
        12.0,
        "财务科",
        "据实列支，清理挂账资金",
        "已收回挂账资金并按实际支出列报",
        "2024年7月20日",
        "已整改",
    ),
]


def write_culture(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("审计整改台账")
    b.widths(ws, [6, 14, 40, 12, 18, 26, 36, 16, 12])
    money = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "2023年度部门预算执行审计发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "被审计单位：濮阳市文化广电和旅游局    审计机关：濮阳市审计局    审计报告文号：濮审行报〔2024〕21号    "
        "填报日期：2024年7月26日",
        8,
    )
    for c, word in enumerate(
        ["序号", "问题类别", "审计发现问题", "涉及金额（万元）", "整改责任科室（单位）", "审计整改建议"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["整改措施及进展", "整改时限", "整改状态"], first=6)
    for i, row in enumerate(CULTURE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c == 3:
                b.put(ws, r, c, v if v is not None else "—", money if v is not None else b.center)
            else:
                b.put(ws, r, c, v, b.center if c in (7, 8) else b.cell)
    end = 4 + len(CULTURE_ROWS)
    total = round(sum(row[2] for row in CULTURE_ROWS if row[2] is not None), 1)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.put(ws, end, 3, total, money)
    b.merge(ws, end, 4, end, 8, f"审计发现问题{len(CULTURE_ROWS)}个", b.cell)
    b.line(
        ws, end + 2, "单位负责人：孙建国    分管负责人：马丽    填表人：杜晓燕    联系电话：0393-8663215", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 采购人专项监督检查, after a district 财政局's 公告 of its “双随机、一公开” check of five 预算单位 (教育体育局、城市
# 管理局、民政局、行政事务管理局、一所中专; 未按规定及时公示政府采购合同、履约验收; 超期付款; 档案管理欠规范、缺少防火
# 防潮设施; 采购时间过长、效率较低; 发出《责令整改通知书》，限期作出整改):
# https://henan.caigou2003.com/web/news/20230630/727122148665065472.html
# An .xlsx: title, a preamble line stating that the 整改期限 counts from the notice's 送达日期, a two-row header
# (责令整改通知书 over 文号 and 送达日期), the 被检查单位 merged down over its rows, 整改期限 partly in days, a 合计 row,
# a signature line.
PROCURE_ROWS = [
    (
        "市教育局",
        [
            (
                "合同公示",
                "校园安保服务采购合同签订后未在2个工作日内公告",
                "濮财采监〔2024〕6号",
                date(2024, 6, 14),
                "15日内",
                "已在河南省政府采购网补充公告",
            ),
            (
                "履约验收",
                "教学设备采购项目履约验收结果未公示",
                "濮财采监〔2024〕6号",
                date(2024, 6, 14),
                "15日内",
                "已补充公示验收结果",
            ),
        ],
    ),
    (
        "市城管局",
        [
            (
                "资金支付",
                "环卫车辆采购合同尾款超过合同约定期限3个月未支付",
                "濮财采监〔2024〕7号",
                date(2024, 6, 14),
                "30日内",
                "尾款已于7月5日支付完毕",
            ),
            (
                "采购需求",
                "垃圾分类设备采购需求中设置指向特定品牌的技术参数",
                "濮财采监〔2024〕7号",
                date(2024, 6, 14),
                "30日内",
                "正在修订采购需求管理内控制度",
            ),
        ],
    ),
    (
        "市民政局",
        [
            (
                "档案管理",
                "政府采购档案室缺少防火防潮设施，档案未按项目分类存放",
                "濮财采监〔2024〕8号",
                date(2024, 6, 17),
                "30日内",
                "",
            ),
        ],
    ),
    (
        "濮阳市机关事务管理局",
        [
            (
                "采购效率",
                "办公家具采购项目从预算下达到合同签订历时5个月",
                "濮财采监〔2024〕9号",
                date(2024, 6, 17),
                "2024年9月30日前",
                "正在梳理内部采购审批流程",
            ),
        ],
    ),
    (
        "濮阳市第一职业中等专业学校",
        [
            (
                "采购方式",
                "实训设备采购达到公开招标数额标准却采用竞争性磋商方式",
                "濮财采监〔2024〕10号",
                date(2024, 6, 18),
                "30日内",
                "未整改",
            ),
            (
                "合同管理",
                "物业服务合同期限超过3年且未报财政部门备案",
                "濮财采监〔2024〕10号",
                date(2024, 6, 18),
                "30日内",
                "已重新签订合同并报财政部门备案",
            ),
        ],
    ),
]


def write_procure(path: Path) -> Path:
    b = Book(path, author="政府采购监督管理科")
    ws = b.sheet("检查问题整改")
    b.widths(ws, [6, 22, 10, 40, 20, 13, 16, 30])
    b.line(ws, 0, "2024年采购人政府采购活动专项监督检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "按照“双随机、一公开”监管要求，市财政局随机抽取5家市级预算单位开展采购人专项监督检查，对发现的问题下达"
        "《责令整改通知书》，整改期限自通知书送达之日起计算。",
        7,
    )
    for c, word in enumerate(["序号", "被检查单位", "问题类型", "检查发现问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "责令整改通知书", b.head)
    b.header(ws, 3, ["文号", "送达日期"], first=4)
    b.merge(ws, 2, 6, 3, 6, "整改期限", b.head)
    b.merge(ws, 2, 7, 3, 7, "整改落实情况", b.head)
    r = 4
    n = 0
    for unit, rows in PROCURE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, unit, b.center)
        for kind, problem, notice, served, limit, result in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [kind, problem, notice, served, limit, result], first=2)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 7, f"检查单位{len(PROCURE_ROWS)}家，发现问题{n}个，已整改4个")
    b.line(
        ws, r + 2, "填表人：郭丽娟    审核人：王振华    联系电话：0393-4418523    填报日期：2024年7月29日", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 国有资产出租出借专项清查, after a county 审计局's note on 行政事业单位资产出租 (出租没有履行招投标程序、低价出租且
# 承租人长期不变; 租赁合同签订不规范、面积、租金缴纳方式、租赁期限约定模糊; 未经过集体决策; 租金未及时收取及上缴非税):
# http://sjj.chuzhou.gov.cn/kypx/1104083581.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (出租资产情况 over four columns: 资产名称及坐落, 承租人, 面积,
# 年租金), the 出租单位 as the unit, a 合计 row summing area and rent, a 注 line and a signature line.
LEASE_ROWS = [
    (
        "濮阳县城关镇人民政府",
        "镇政府临街门面房6间（城关镇南大街）",
        "个体工商户王某",
        180,
        21600,
        "出租未履行公开招租程序，承租人连续9年未变更",
        "合同到期后进场公开招租",
        "2024年12月31日",
        "正在进行资产评估，拟于合同到期后进场交易",
    ),
    (
        "濮阳县教育局",
        "原教师进修学校教学楼一层",
        "濮阳县启航培训学校",
        420,
        30000,
        "租金明显低于周边市场价格，出租前未进行资产评估",
        "委托评估机构评估并重新确定租金",
        "2024年8月31日",
        "",
    ),
    (
        "濮阳县供销合作社联合社",
        "城北农资仓库2座",
        "濮阳县丰源农资有限公司",
        1200,
        48000,
        "租赁合同未约定租金缴纳方式和期限，出租面积约定不清",
        "与承租方补签补充协议",
        "2024年7月15日",
        "已补签补充协议，整改完成",
    ),
    (
        "濮阳县农业农村局",
        "原农机站办公楼",
        "濮阳县绿野农业科技有限公司",
        650,
        39000,
        "出租事项未经单位党组集体研究决策",
        "补充履行集体决策程序",
        "2024年6月30日",
        "已提交党组会议研究通过，整改完成",
    ),
    (
        "濮阳县交通运输局",
        "原汽车站停车场",
        "濮阳县通达物流有限公司",
        3000,
        60000,
        "陈欠租金12万元长期未催缴，已收租金未及时上缴非税收入",
        "催缴陈欠租金并及时上缴财政",
        "2024年9月30日",
        "已发出催缴函，承租方已缴纳5万元",
    ),
    (
        "濮阳县卫生健康委员会",
        "原卫生防疫站院内平房8间",
        "个体工商户李某",
        260,
        9600,
        "先出借后转为出租，未报财政部门审批",
        "补办审批手续或收回房屋",
        "2024年7月31日",
        "未整改",
    ),
    (
        "濮阳县城关镇人民政府",
        "原农技站院落",
        "濮阳县顺发汽车修理厂",
        800,
        24000,
        "租金收入未纳入单位预算统一核算，由镇农业服务中心坐收坐支",
        "租金全额上缴县财政，纳入预算管理",
        "2024年7月10日",
        "已全额上缴并纳入预算管理",
    ),
]


def write_lease(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "行政事业单位国有资产出租出借专项清查问题整改台账", t, 0, 9),
        (1, 0, "填报单位：濮阳县财政局（资产管理股）    填报日期：2024年7月27日", plain, 1, 9),
    ]
    cells.append((2, 0, "序号", h, 3, 0))
    cells.append((2, 1, "出租单位", h, 3, 1))
    cells.append((2, 2, "出租资产情况", h, 2, 5))
    for col, word in enumerate(["资产名称及坐落", "承租人", "出租面积", "年租金"], 2):
        cells.append((3, col, word, h))
    for col, word in enumerate(["清查发现问题", "整改措施", "整改时限", "整改完成情况"], 6):
        cells.append((2, col, word, h, 3, col))
    for i, row in enumerate(LEASE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 8) else c))
    r = 4 + len(LEASE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, sum(row[3] for row in LEASE_ROWS), ctr),
        (r, 5, sum(row[4] for row in LEASE_ROWS), ctr),
        (r, 6, f"清查发现问题{len(LEASE_ROWS)}个", c, r, 9),
        (r + 1, 0, "注：出租面积单位为平方米，年租金单位为元。", plain, r + 1, 9),
        (r + 2, 0, "填表人：韩志强    审核人：刘红英    联系电话：0393-3221876", plain, r + 2, 9),
    ]
    return _write_xls(path, [("清查整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 专项资金监督检查, after a city 财政局's check of the 省级现代服务业发展专项资金 (省市联动检查; 三个聚焦: 项目申报与评审
# (是否虚报冒领骗取财政资金), 资金拨付与使用 (有无挪用、挤占、擅自改变使用范围), 项目实施与成效 (是否擅自改变建设内容,
# 预期效益是否实现)):
# http://app.baoxianhai.com/jingqianhui/view/943888775945
# An .xlsx: title, 检查单位/检查时间/填报单位 line, one header row with the 项目单位 beside the 整改责任单位, the rows grouped
# under the three 聚焦 as merged section lines, 整改时限 partly as a quarter, a 填表说明 line and a 联系人 line.
FUND_SECTIONS = [
    (
        "一、项目申报与评审",
        [
            (
                "濮阳市鑫达物流有限公司",
                "冷链物流仓储改造项目",
                "申报材料中2张设备购置发票重复使用，虚增投资额",
                23.5,
                "濮阳市鑫达物流有限公司",
                "核减并收回补助资金",
                "2024年8月31日",
                "已收回补助资金23.5万元并上缴国库，整改完成",
            ),
            (
                "濮阳华信电子商务产业园有限公司",
                "电商公共服务平台建设项目",
                "项目评审专家由申报单位推荐，评审程序不规范",
                None,
                "市商务局",
                "完善评审专家随机抽取制度",
                "2024年7月31日",
                "已修订专项资金项目评审办法，评审专家一律从专家库随机抽取",
            ),
        ],
    ),
    (
        "二、资金拨付与使用",
        [
            (
                "—",
                "2023年度第二批现代服务业发展专项资金",
                "专项资金下达后滞留县级财政超过6个月未拨付项目单位",
                150.0,
                "清丰县财政局",
                "加快资金拨付",
                "2024年7月20日",
                "已拨付120万元，剩余30万元正在办理拨付手续",
            ),
            (
                "濮阳市龙都会展服务有限公司",
                "会展业发展项目",
                "挤占专项资金18万元支付企业日常办公经费",
                18.0,
                "濮阳市龙都会展服务有限公司",
                "归还原资金渠道",
                "2024年8月15日",
                "未整改",
            ),
            (
                "濮阳市家政服务协会",
                "家政服务员技能提升培训项目",
                "虚报培训人数，实际参训人数比申报人数少46人",
                9.2,
                "濮阳市家政服务协会",
                "按实际培训人数核减补助资金",
                "2024年8月15日",
                "",
            ),
        ],
    ),
    (
        "三、项目实施与成效",
        [
            (
                "濮阳市中原供应链管理有限公司",
                "供应链综合服务平台项目",
                "项目建设进度滞后，检查时仅完成计划投资的35%",
                60.0,
                "濮阳市中原供应链管理有限公司",
                "加快项目建设进度",
                "第三季度",
                "正在推进二期设备安装调试",
            ),
            (
                "濮阳市鑫达物流有限公司",
                "冷链物流仓储改造项目",
                "擅自变更建设内容，将2号冷库改建为普通仓库",
                40.0,
                "濮阳市鑫达物流有限公司",
                "恢复原批复建设内容或按程序报批变更",
                "2024年10月31日",
                "已提交变更申请，正在审核",
            ),
            (
                "南乐县商务局",
                "县域商业体系建设项目",
                "项目绩效目标未实现，预期带动就业200人，实际仅80人",
                None,
                "南乐县商务局",
                "开展绩效自评，分析原因并调整绩效目标",
                "2024年12月底前",
                "已完成绩效自评并报送整改报告",
            ),
        ],
    ),
]


def write_fund(path: Path) -> Path:
    b = Book(path, author="财务审计科")
    ws = b.sheet("专项资金检查整改")
    b.widths(ws, [6, 26, 26, 40, 12, 26, 26, 16, 34])
    money = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    section = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "2023年度市级现代服务业发展专项资金监督检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：市财政局、市商务局联合检查组    检查时间：2024年6月11日至6月28日    填报单位：濮阳市商务局",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目单位",
            "项目名称",
            "检查发现问题",
            "涉及资金（万元）",
            "整改责任单位",
            "整改要求",
            "整改时限",
            "整改进展",
        ],
    )
    r = 3
    n = 0
    for title, rows in FUND_SECTIONS:
        b.merge(ws, r, 0, r, 8, title, section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                if c == 4:
                    b.put(ws, r, c, v if v is not None else "—", money if v is not None else b.center)
                else:
                    b.put(ws, r, c, v, b.center if c == 7 else b.cell)
            r += 1
    b.line(
        ws,
        r + 1,
        "填表说明：整改进展请写明已完成事项或推进情况；涉及收回、归还资金的，须附缴款凭证。",
        8,
    )
    b.line(ws, r + 2, "联系人：赵文静    联系电话：0393-8992041    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 清理拖欠企业账款线索自查明细表, after a county 减轻企业负担领导小组办公室's notice (政府机关、事业单位、大型企业聚焦因
# 业务往来与中小企业形成的货物、工程、服务款项拖欠; 分类、逐项制定清偿计划，限期完成清偿; 无分歧欠款发现一起清偿一起,
# 有分歧欠款加快协商; 填写清理拖欠企业账款线索自查明细表，加盖部门公章后报县减负办):
# http://www.suichang.gov.cn/art/2024/1/12/art_1229428492_2510016.html
# A CSV in GBK: a title line, a 填报单位/日期/金额单位 line, one header line (欠款单位 as the unit, 欠款事由 as the
# problem, 欠款形成时间 an event, 清偿计划时限 the deadline), a 合计 line and a 联系人 line.
ARREARS_ROWS = [
    (
        "市城管执法局",
        "濮阳市洁城环卫服务有限公司",
        "小型",
        "服务",
        "2023年城区道路清扫保洁服务费未按合同约定支付",
        86.4,
        "2023年12月",
        "否",
        "2024年9月底前",
        40.0,
        "已支付40万元，剩余部分按月分期支付",
    ),
    (
        "市住建局",
        "濮阳市恒基建筑工程有限公司",
        "中型",
        "工程",
        "老旧小区改造配套工程质保金到期未返还",
        35.2,
        "2023年6月",
        "否",
        "2024年7月31日",
        35.2,
        "已全额清偿",
    ),
    (
        "市交通局",
        "濮阳市畅通交通设施有限公司",
        "小型",
        "货物",
        "道路交通标志标牌采购款尚欠尾款",
        22.8,
        "2022年11月",
        "是",
        "2024年12月31日",
        0,
        "双方对结算金额存在分歧，正在协商",
    ),
    (
        "市卫健委",
        "濮阳市康达医疗器械有限公司",
        "小型",
        "货物",
        "防疫物资采购款尚未结清",
        126.0,
        "2022年12月",
        "否",
        "2024年10月31日",
        0,
        "未清偿",
    ),
    (
        "市教育局",
        "濮阳市博文信息技术有限公司",
        "微型",
        "服务",
        "智慧校园平台运维服务费拖欠",
        18.5,
        "2024年1月",
        "否",
        "2024年8月31日",
        None,
        "",
    ),
    (
        "市农业局",
        "濮阳市丰禾农业科技有限公司",
        "小型",
        "服务",
        "小麦病虫害统防统治服务款未拨付",
        42.0,
        "2023年10月",
        "否",
        "2024年7月20日",
        42.0,
        "已清偿",
    ),
    (
        "市气象局",
        "濮阳市天瑞电子工程有限公司",
        "微型",
        "工程",
        "人工影响天气作业点标准化改造工程款拖欠",
        15.6,
        "2023年8月",
        "否",
        "2024年11月30日",
        8.0,
        "已支付8万元，剩余部分待年底结算后支付",
    ),
]


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:g}"


def write_arrears(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市清理拖欠企业账款线索自查明细表（市直单位）"])
    w.writerow(
        [
            "填报单位：濮阳市减轻企业负担领导小组办公室（市工业和信息化局代章）；填报日期：2024年7月25日；"
            "金额单位：万元"
        ]
    )
    w.writerow(
        [
            "序号",
            "欠款单位",
            "债权企业名称",
            "企业规模",
            "款项类型",
            "欠款事由",
            "欠款金额",
            "欠款形成时间",
            "是否存在分歧",
            "清偿计划时限",
            "已清偿金额",
            "清偿进展",
        ]
    )
    for i, row in enumerate(ARREARS_ROWS, 1):
        vals = list(row)
        vals[5] = _num(vals[5])
        vals[9] = _num(vals[9])
        w.writerow([i, *vals])
    owed = round(sum(row[5] for row in ARREARS_ROWS), 1)
    paid = round(sum(row[9] or 0 for row in ARREARS_ROWS), 1)
    w.writerow(["合计", "", "", "", "", f"共{len(ARREARS_ROWS)}笔", _num(owed), "", "", "", _num(paid), ""])
    w.writerow(["联系人：冯晓东；联系电话：0393-8261537"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. “三重一大”决策制度执行情况自查, after a 城投集团's 自查报告 (集团本部及7家二级子公司: 城建、水务、置业、交通、
# 新能源、供应链、康养; 重大决策、重要人事任免、重大项目安排、大额度资金运作; 四类问题: “程序空转”“标准虚化”
# “责任真空”“监督盲区”; 可量化改进清单):
# https://max.book118.com/html/2026/0215/7102066146011053.shtm
# An .xlsx: title, 填报单位/自查区间 line, a two-row header (整改落实 over four columns), the 问题类别 merged down over its
# rows, rows naming the group's own 部门 as well as its subsidiaries, a 合计 row, a 说明 line and a signature line.
GROUP_SECTIONS = [
    (
        "程序空转",
        [
            (
                "濮阳市城投城建有限公司",
                "2项1000万元以上工程款先支付后补会议纪要",
                "大额度资金运作",
                "严格执行事前集体决策，补充完善会议记录",
                "张卫东",
                "2024年6月30日",
                "已完成",
            ),
            (
                "集团党委办公室",
                "党委会前置研究事项议题材料未提前3天送达参会人员",
                "重大决策",
                "修订党委会议事规则",
                "李静",
                "2024年8月31日",
                "整改中",
            ),
        ],
    ),
    (
        "标准虚化",
        [
            (
                "濮阳市城投置业有限公司",
                "子公司“三重一大”实施细则未明确大额资金量化标准",
                "大额度资金运作",
                "制定大额资金量化标准并报集团备案",
                "王磊",
                "2024年9月30日",
                "未启动",
            ),
            (
                "濮阳市城投交通发展有限公司",
                "中层副职任免未经党支部研究即由经理层决定",
                "重要人事任免",
                "补充履行程序，规范任免流程",
                "赵敏",
                "2024年7月15日",
                "已完成",
            ),
        ],
    ),
    (
        "责任真空",
        [
            (
                "濮阳市城投新能源有限公司",
                "分布式光伏项目投资决策前未开展可行性研究和风险评估",
                "重大项目安排",
                "补充可行性研究论证和风险评估",
                "陈刚",
                "2024年10月31日",
                "整改中",
            ),
            (
                "集团投资发展部",
                "对子公司重大投资项目未开展投资后评价",
                "重大项目安排",
                "建立投资项目后评价制度",
                "刘洋",
                "2024年12月31日",
                "",
            ),
        ],
    ),
    (
        "监督盲区",
        [
            (
                "濮阳市城投供应链管理有限公司",
                "大宗贸易业务授信额度调整未纳入“三重一大”事项清单",
                "大额度资金运作",
                "调整完善“三重一大”事项清单",
                "孙浩",
                "2024年7月31日",
                "已完成",
            ),
            (
                "濮阳市城投康养产业有限公司",
                "决策执行情况未按季度向集团报告",
                "重大决策",
                "建立决策执行情况季度报告制度",
                "周丽",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="党委办公室")
    ws = b.sheet("自查问题整改台账")
    b.widths(ws, [6, 12, 28, 40, 16, 32, 10, 16, 12])
    b.line(ws, 0, "2024年“三重一大”决策制度执行情况自查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市城市投资集团有限公司（党委办公室）    自查区间：2023年1月1日至2023年12月31日    "
        "填报日期：2024年7月30日",
        8,
    )
    for c, word in enumerate(["序号", "问题类别", "责任单位", "问题表现", "事项类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "责任人", "完成时限", "整改状态"], first=5)
    r = 4
    n = 0
    for kind, rows in GROUP_SECTIONS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for unit, problem, matter, measure, person, limit, status in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, problem, matter, measure, person], first=2)
            b.put(ws, r, 7, limit, b.center)
            b.put(ws, r, 8, status, b.center)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, f"自查发现问题{n}项，涉及集团本部及6家子公司")
    b.line(ws, r + 1, "说明：整改状态填写“已完成”“整改中”“未启动”或“长期坚持”。", 8)
    b.line(ws, r + 2, "党委办公室负责人：郑海涛    填表人：李静    联系电话：0393-8876102", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. “小金库”专项治理自查自纠, after an account of “小金库”自查自纠 work (单位负责人签署承诺书; 某市交通局将“小金库”
# 治理纳入年度考核; 围绕“资金流—票据流—资产流”三条主线; a table 类别 | 具体表现 | 典型案例 with 隐匿收入 (资产出租
# 收益未入账), 虚列支出 (虚构会议费套现、虚报培训人数), 转移资产; 分类处置—制度修补):
# http://www.96sk.com/post/51218.html
# An .ods (LibreOffice conversion): title, 填报单位/自查时段 line, one header row, the 问题类别 merged down over its rows,
# rows naming the bureau's 科室 and its 下属单位, a 合计 row summing the amounts, a 填表说明 and a signature line.
COFFER_SECTIONS = [
    (
        "隐匿收入",
        [
            (
                "养护站闲置场地出租收入未入账，存放于职工个人银行卡",
                46800,
                "濮阳市公路事业发展中心",
                "收入全部上缴财政，追究相关人员责任",
                "2024年7月10日",
                "已上缴46800元，对相关责任人诫勉谈话",
            ),
            (
                "驾驶员培训考试场地使用费收入未纳入单位财务核算",
                128000,
                "濮阳市运输事业发展中心",
                "纳入单位账户统一核算",
                "2024年8月31日",
                "已上缴82000元，剩余款项正在核对",
            ),
            (
                "废旧物资变卖收入由机关工会留存使用",
                5600,
                "机关工会",
                "并入局机关财务统一核算",
                "2024年7月31日",
                "已整改",
            ),
        ],
    ),
    (
        "虚列支出",
        [
            (
                "虚构会议费套取资金用于职工福利",
                23400,
                "财务科",
                "退回套取资金，规范会议费报销",
                "2024年7月20日",
                "未整改",
            ),
            (
                "以虚开培训费发票方式列支执法人员补贴",
                37000,
                "濮阳市交通运输综合行政执法支队",
                "追回违规发放资金",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "转移资产",
        [
            (
                "报废养护机械变卖款转入下属企业账户",
                65000,
                "濮阳市公路事业发展中心",
                "追回款项并上缴国库",
                "2024年8月15日",
                "已追回30000元，其余正在追缴",
            ),
            (
                "固定资产处置未履行审批程序，处置收入未入账",
                8900,
                "办公室",
                "补办处置手续，收入入账",
                "2024年7月5日",
                "已补办处置审批手续并将收入入账",
            ),
        ],
    ),
]


def write_coffer_book(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("自查自纠台账")
    b.widths(ws, [6, 12, 40, 14, 28, 28, 16, 30])
    b.line(ws, 0, "“小金库”专项治理自查自纠发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市交通运输局（盖章）    自查时段：2021年1月1日以来    填报日期：2024年7月24日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "具体表现",
            "涉及金额（元）",
            "责任单位（科室）",
            "整改措施",
            "整改时限",
            "整改结果",
        ],
    )
    r = 3
    n = 0
    total = 0
    for kind, rows in COFFER_SECTIONS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, amount, unit, measure, limit, result in rows:
            n += 1
            total += amount
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, problem)
            b.put(ws, r, 3, amount, b.center)
            b.row(ws, r, [unit, measure, limit, result], first=4)
            r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.put(ws, r, 3, total, b.center)
    b.merge(ws, r, 4, r, 7, f"发现问题{n}个")
    b.line(ws, r + 1, "填表说明：责任单位填写局属单位全称或局机关科室名称；整改结果须写明整改到位金额。", 7)
    b.line(ws, r + 2, "单位负责人：高建民    分管领导：任晓光    填表人：宋佳    联系电话：0393-4667025", 7)
    return b.close()


def write_coffer(path: Path) -> Path:
    via_soffice(write_coffer_book, path, "ods", "小金库专项治理自查自纠台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 公务用车专项督查, after a city 车改办's 公务用车专项督查 (市发改局、财政局、监察局组成联合检查组, 实地检查5个市直
# 部门和3个街镇; 是否建立健全公务用车管理制度, 是否做好使用登记《公务用车审批单》, 保留车辆是否喷涂统一标识, 是否存在
# 违规使用车辆; 机要通信和应急保障车辆):
# http://m.szqkhbnox.com/kpsfzhggj/dwgk/content/post_545355.html
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble stating the date the 15个工作日 count from, one table with
# 检查事项, 整改时限, an 整改完成时间 column beside the 整改情况说明, the office and date at the foot.
CAR_ROWS = [
    (
        "市资规局",
        "管理制度",
        "公务用车管理制度未按新规定修订，仍沿用2016年版本",
        "15个工作日",
        "2024年7月18日",
        "",
    ),
    (
        "市住建局",
        "使用登记",
        "《公务用车审批单》填写不全，6月份12次出车无审批人签字",
        "15个工作日",
        "",
        "已补签审批单并组织驾驶员培训，正在建立电子派车台账",
    ),
    (
        "市统计局",
        "统一标识",
        "1辆保留车辆未按规定喷涂统一标识",
        "2024年7月15日",
        "2024年7月12日",
        "已完成喷涂",
    ),
    (
        "市市场监管局",
        "违规使用",
        "执法执勤车辆周末停放在干部居住小区，未按规定集中停放",
        "15个工作日",
        "",
        "未整改",
    ),
    ("市医保局", "使用登记", "车辆加油和维修未实行一车一卡、定点维修", "15个工作日", "", ""),
    (
        "濮阳市华龙区中原路街道办事处",
        "违规使用",
        "应急保障车辆用于接送工作人员上下班",
        "15个工作日",
        "",
        "已对相关人员批评教育，正在完善用车审批制度",
    ),
    (
        "濮阳县城关镇人民政府",
        "管理制度",
        "未建立公务用车使用情况定期公示制度",
        "2024年8月31日",
        "2024年7月22日",
        "已建立每月公示制度",
    ),
]


def write_car_docx(path: Path) -> Path:
    doc = _new_document("市车改办")
    _title(doc, "关于公务用车使用管理专项督查发现问题整改情况的通报")
    _paragraph(doc, "各县（区）车改办，市直各单位：")
    _paragraph(
        doc,
        "为巩固公务用车制度改革成果，7月1日至3日，由市发展改革委、市财政局、市纪委监委组成联合检查组，对5个市直"
        "部门和2个乡镇（街道）公务用车使用管理情况进行了实地抽检，重点检查管理制度建立、《公务用车审批单》使用登记、"
        "统一标识喷涂和违规使用等情况。2024年7月5日，市车改办向相关单位反馈了检查发现的问题，要求自反馈之日起"
        "15个工作日内完成整改。现将问题及整改情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(CAR_ROWS, 1)]
    _table(
        doc, ["序号", "被检查单位", "检查事项", "存在问题", "整改时限", "整改完成时间", "整改情况说明"], body
    )
    _paragraph(doc, "濮阳市公务用车制度改革领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_car(path: Path) -> Path:
    return via_soffice(write_car_docx, path, "doc", "公务用车专项督查发现问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 办公用房清理整改, after a bureau's 机关办公用房清理工作汇报 (自查清理情况: 编制人数, 建筑面积; 存在的主要问题:
# 办公楼总体面积超标、人均办公室面积超过科级9平方米的标准、底楼门市及办公用房出租、出借4间办公室; 存在问题的原因及
# 整改措施: 历史遗留, 已进行调整, 出租收入纳入预算, 拟继续借用):
# https://www.xiaomilidoc.com/p-538740.html
# An .xlsx: title, 填报单位 line, one header row with 编制人数 and areas beside the 存在问题, 原因分析, 整改措施,
# 整改时限, 整改进展 and 腾退面积, a 合计 row summing the numbers, a 注 line and a signature line.
OFFICE_ROWS = [
    (
        "市司法局",
        48,
        2150,
        15.2,
        "人均办公室使用面积超过科级9平方米标准",
        "办公楼建于1996年，属历史遗留",
        "调整办公室分配，合并使用",
        "2024年8月31日",
        "已调整领导班子办公室6间，科室办公室正在调整",
        120,
    ),
    (
        "市统计局",
        35,
        1480,
        10.8,
        "底楼临街门面及部分办公用房对外出租，出租面积约400平方米",
        "2005年配合街道改造修建门面",
        "租金纳入预算管理，合同到期后收回",
        "2024年12月31日",
        "租金已全额纳入预算管理，租赁合同年底到期后收回",
        0,
    ),
    (
        "市残联",
        22,
        980,
        9.5,
        "出借4间办公室给市残疾人康复协会使用",
        "协会无固定办公场所",
        "收回出借的办公室",
        "2024年7月31日",
        "已收回出借的4间办公室",
        65,
    ),
    (
        "市科技局",
        40,
        1720,
        11.6,
        "将小会议室改造为领导休息室，未经批准改变使用功能",
        "2019年装修时擅自改变",
        "恢复原使用功能",
        "2024年7月15日",
        "未整改",
        0,
    ),
    (
        "濮阳市档案馆",
        18,
        860,
        8.7,
        "原下属企业改制后仍占用办公用房3间",
        "企业改制遗留",
        "督促企业腾退",
        "2024年9月30日",
        "",
        0,
    ),
    (
        "市交易中心",
        30,
        1300,
        9.0,
        "租用社会房屋作为过渡性办公用房，租赁期满未清理",
        "原办公楼维修期间临时租用",
        "清理腾退租用房屋",
        "2024年6月30日",
        "已退租并搬入市行政服务中心大楼办公",
        300,
    ),
]


def write_office(path: Path) -> Path:
    b = Book(path, author="房产管理科")
    ws = b.sheet("办公用房清理整改")
    b.widths(ws, [6, 16, 10, 14, 14, 36, 24, 24, 16, 32, 12])
    num = b.book.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "市直党政机关办公用房清理整改情况统计表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市机关事务管理局（盖章）    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "单位名称",
            "编制人数",
            "办公用房建筑面积（㎡）",
            "人均办公室使用面积（㎡）",
            "存在问题",
            "原因分析",
            "整改措施",
            "整改时限",
            "整改进展",
            "腾退面积（㎡）",
        ],
    )
    for i, row in enumerate(OFFICE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, num if c in (2, 3, 4, 10) else (b.center if c == 8 else b.cell))
    end = 3 + len(OFFICE_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.head)
    b.put(ws, end, 2, sum(row[1] for row in OFFICE_ROWS), num)
    b.put(ws, end, 3, sum(row[2] for row in OFFICE_ROWS), num)
    b.merge(ws, end, 4, end, 9, f"{len(OFFICE_ROWS)}个单位存在问题")
    b.put(ws, end, 10, sum(row[9] for row in OFFICE_ROWS), num)
    b.line(
        ws,
        end + 1,
        "注：办公室使用面积标准按《党政机关办公用房建设标准》执行，科级每人9平方米，科级以下每人6平方米。",
        10,
    )
    b.line(ws, end + 2, "负责人：魏国庆    填表人：张梦    联系电话：0393-8108736", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 违规发放津补贴专项检查, after a district 纪委监委's account of its 派驻纪检监察组' 违规发放津补贴专项检查 (医务人员
# 临时性工作补助是否超标准发放、奖励性补贴; 通讯补贴和夜餐费补贴是否列入核定的工资范围; 季度与年度考核奖; 自查+抽查;
# 被监督单位报送自查情况报告、问题整改意见; 卫生健康局、民政局、退役军人事务局等):
# https://bzadlt.com/lz/news1/id/16279
# A .zip of two returns to the 纪检监察组: the 卫健委's .xlsx (检查内容, 涉及人数/金额, 责任科室（单位）naming its 科室
# and one 直属单位) and the 退役军人事务局's .docx (a table with 问题类型, 整改时限 partly 长期坚持).
HEALTH_ROWS = [
    (
        "临时性工作补助",
        "疫情防控临时性工作补助向机关非一线人员发放",
        14,
        8400,
        "人事科",
        "清退违规发放部分",
        "2024年7月31日",
        "已全额清退",
    ),
    (
        "奖励性补贴",
        "自行设立“年度创优奖”向机关干部发放奖金",
        56,
        44800,
        "财务科",
        "停止发放并清退",
        "2024年8月31日",
        "已清退31200元，其余正在清退",
    ),
    (
        "夜餐费",
        "夜餐费按人头固定发放，与实际加班不挂钩",
        38,
        11400,
        "办公室",
        "按实际加班情况据实发放",
        "2024年7月15日",
        "未整改",
    ),
    (
        "通讯补贴",
        "通讯补贴未列入核定的工资范围，超标准发放",
        60,
        21600,
        "财务科",
        "清退超标准部分",
        "2024年8月15日",
        "",
    ),
    (
        "考核奖",
        "季度考核奖超出核定的绩效工资总量发放",
        25,
        15000,
        "濮阳市紧急医疗救援指挥中心",
        "相应核减下年度绩效工资总量",
        "2024年12月31日",
        "正在核算超发金额",
    ),
]
VETERAN_ROWS = [
    ("加班费", "以加班费名义按月平均发放，无加班考勤记录", "停发并清退", "2024年7月20日", "已全额清退"),
    (
        "慰问品",
        "节日期间向全体职工发放购物卡",
        "收回购物卡或清退等额资金",
        "2024年7月31日",
        "已收回购物卡18张，另有6张正在清退",
    ),
    ("值班补助", "值班补助发放标准高于市定标准", "按市定标准执行并清退差额", "2024年8月31日", "未整改"),
    ("差旅费", "差旅费报销审核把关不严，个别票据不合规", "加强财务审核", "长期坚持", "常态化推进"),
]


def write_health_book(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("自查整改情况")
    b.widths(ws, [6, 16, 40, 10, 14, 26, 24, 16, 26])
    b.line(ws, 0, "违规发放津贴补贴问题专项检查自查整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市卫生健康委员会（盖章）    检查单位：市纪委监委驻市卫生健康委纪检监察组    "
        "填报日期：2024年7月23日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查内容",
            "发现问题",
            "涉及人数",
            "涉及金额（元）",
            "责任科室（单位）",
            "整改措施",
            "整改时限",
            "整改完成情况",
        ],
    )
    for i, row in enumerate(HEALTH_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 4, 7) else b.cell)
    end = 3 + len(HEALTH_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.put(ws, end, 3, sum(row[2] for row in HEALTH_ROWS), b.center)
    b.put(ws, end, 4, sum(row[3] for row in HEALTH_ROWS), b.center)
    b.merge(ws, end, 5, end, 8, "")
    b.line(ws, end + 2, "单位主要负责人：刘振东    填表人：许娜    联系电话：0393-8335109", 8)
    return b.close()


def write_veteran_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "违规发放津贴补贴问题自查整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市退役军人事务局（盖章）    填报日期：2024年7月24日", 12)
    body = [[str(i), *row] for i, row in enumerate(VETERAN_ROWS, 1)]
    _table(doc, ["序号", "问题类型", "问题描述", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "单位负责人：杨志军    填表人：邢雪    联系电话：0393-8995216", 12)
    return _save_fixed(doc, path)


def write_allowance(path: Path) -> Path:
    members = [
        ("违规发放津贴补贴自查整改情况表（市卫健委）.xlsx", write_health_book),
        ("违规发放津贴补贴自查整改情况（市退役军人事务局）.docx", write_veteran_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市民政局2023年度预算执行审计发现问题整改情况的报告.docx", write_budget_report),
    ("2023年度部门预算执行审计发现问题整改台账（市文广旅局）.xlsx", write_culture),
    ("2024年采购人政府采购活动专项监督检查问题整改台账.xlsx", write_procure),
    ("行政事业单位国有资产出租出借专项清查问题整改台账.xls", write_lease),
    ("2023年度市级现代服务业发展专项资金监督检查问题整改台账.xlsx", write_fund),
    ("清理拖欠企业账款线索自查明细表（市直单位）.csv", write_arrears),
    ("市城投集团三重一大决策制度执行情况自查问题整改台账.xlsx", write_group),
    ("小金库专项治理自查自纠问题整改台账（市交通运输局）.ods", write_coffer),
    ("关于公务用车使用管理专项督查发现问题整改情况的通报.doc", write_car),
    ("市直党政机关办公用房清理整改情况统计表.xlsx", write_office),
    ("违规发放津贴补贴专项检查整改情况（两家）.zip", write_allowance),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

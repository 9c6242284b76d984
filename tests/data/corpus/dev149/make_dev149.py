"""Write the dev149 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改（经济责任审计、专项审计、预算执行审计）与巡察整改（整改进展通报、对账销号表、进展汇总表）.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx
and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs of a report to the 人大常委会, and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside255.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 10, 0)
ZIP_TIME = (2024, 7, 31, 17, 10, 0)


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)

    def two_row_header(self, ws, r: int, spec: list[tuple[str, list[str]]]) -> int:
        """Header over rows r and r+1: a word alone spans both rows, a word with sub-words spans its columns."""
        c = 0
        for word, subs in spec:
            if subs:
                self.merge(ws, r, c, r, c + len(subs) - 1, word, self.head)
                for i, sub in enumerate(subs):
                    ws.write_string(r + 1, c + i, sub, self.head)
                c += len(subs)
            else:
                ws.merge_range(r, c, r + 1, c, word, self.head)
                c += 1
        return c

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _paragraph(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _heading(doc, text: str, size: float = 16) -> None:
    _paragraph(doc, text, size, "黑体")


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
# 1. 审计查出问题整改跟踪台账（对账销号）, after a district 审计局's 审计整改工作推进会 (督促被审计单位针对审计查处
# 问题明确责任人、整改时限; 建立整改方案、整改台账; 掌握审计问题整改进展动态，对账销号; 对自然资源审计问题整改情况
# 开展现场督查，核实整改结果的真实性和完整性):
# http://hnydd.com/html/1//2/151/164/227/315/87162.html
# An .xlsx from the city 审计局 over several 经济责任审计 projects: title, 统计截至/制表 line, a two-row header
# (整改进展动态 over 6月/7月, 对账销号 over 销号意见/核实方式), 被审计单位 in full, short and former names, the
# 整改责任人 a person, a 说明 line and a signature line. The 7月 cell is the latest word; where it is blank, 6月 is.
TRACK_ROWS = [
    (
        "原市水务局主要负责人任期经济责任审计",
        "市水利局",
        "农村饮水安全工程维修养护资金126.5万元滞留未拨付",
        "副局长 王建华",
        "2024年6月30日",
        "已拨付80万元",
        "剩余46.5万元已全部拨付到县",
        "已销号",
        "书面核查",
    ),
    (
        "原市水务局主要负责人任期经济责任审计",
        "市水利局",
        "河道采砂权出让收入18.3万元未及时缴入国库",
        "副局长 王建华",
        "2024年8月底前",
        "正在与财政部门核对应缴金额",
        "",
        "",
        "",
    ),
    (
        "原市城管执法局局长任期经济责任审计",
        "市城管执法局",
        "城市道路挖掘修复费43.6万元未按规定征收",
        "副局长 孙立平",
        "2024年9月30日",
        "已追缴12.4万元",
        "已追缴31.2万元，剩余部分已下达催缴通知书",
        "暂不销号",
        "书面核查",
    ),
    (
        "市农业局局长任中经济责任审计",
        "市农业局",
        "2022年度高标准农田建设项目3个标段未按期完工验收",
        "总工程师 赵永利",
        "2024年12月31日",
        "已完工2个标段",
        "第3标段正在施工，预计10月完工",
        "",
        "",
    ),
    (
        "市农业局局长任中经济责任审计",
        "市农业局",
        "农机购置补贴档案资料不完整，抽查42户缺少机具照片",
        "副局长 陈晓光",
        "2024年6月20日",
        "已补齐42户档案资料",
        "",
        "已销号",
        "书面核查",
    ),
    (
        "濮阳县县长任期经济责任审计",
        "濮阳县人民政府",
        "县级财政暂付款余额3.2亿元未按要求消化",
        "副县长 刘振东",
        "2023-2025年分年度消化",
        "已制定三年消化方案",
        "按方案推进，今年已消化0.4亿元",
        "",
        "",
    ),
    (
        "市文广新局原局长离任经济责任审计",
        "市文广新局",
        "文物保护专项资金结余56万元未按规定上交财政",
        "副局长 牛红霞",
        "2024年7月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "市资规局局长任中经济责任审计（含自然资源资产）",
        "市自然资源和规划局",
        "2处违规占用耕地建设的养殖大棚未拆除复耕",
        "副局长 周海涛",
        "2024年7月20日",
        "未整改",
        "尚未启动，已逾期",
        "暂不销号",
        "实地查看",
    ),
]


def write_track(path: Path) -> Path:
    b = Book(path, author="法规审理科")
    ws = b.sheet("整改跟踪台账")
    b.widths(ws, [6, 24, 16, 36, 14, 16, 20, 26, 10, 10])
    last = 9
    b.line(ws, 0, "濮阳市审计局2024年审计查出问题整改跟踪台账", last, b.title)
    b.line(ws, 1, "统计截至：2024年7月26日    制表：法规审理科    整改进展按月动态更新", last)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("审计项目", []),
            ("被审计单位", []),
            ("审计查出问题", []),
            ("整改责任人", []),
            ("整改时限", []),
            ("整改进展动态", ["6月", "7月"]),
            ("对账销号", ["销号意见", "核实方式"]),
        ],
    )
    for i, row in enumerate(TRACK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(TRACK_ROWS)
    b.line(
        ws,
        end,
        "说明：1.整改进展按月填报，当月无新进展的不填；2.对账销号由原审计组核实后填写，“暂不销号”事项继续跟踪督办。",
        last,
    )
    b.line(ws, end + 1, "审核人：邢国栋    填表人：苏雅琴    联系电话：0393-4415206", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计发现问题整改销号台账, after a district 审计局's account of its 整改销号机制 (审计发现问题82个，截至7月底，
# 已整改38个，采纳审计建议10个，正在整改21个，移送13个; 上缴财政违规金额、整改管理不规范金额、固定资产入账、核减
# 工程造价、闲置房屋有效利用):
# http://www.qdpoker.com/information/hbwq51/msg22377255103.html
# An .xls (xlwt): title, 填报单位/统计截至/金额单位 line, a two-row header (问题金额 over 违规金额/管理不规范金额,
# 整改情况 over 已整改/正在整改/移送处理 with a √ in one of them), 整改方式 in the source's words, a 合计 row,
# a 注 line on the ticks and a signature line.
SALE_ROWS = [
    (
        "华龙区教育局2023年度预算执行审计",
        "华龙区教育局",
        "年度结余资金68.4万元未按规定上缴财政",
        68.4,
        "",
        "上缴财政",
        "已整改",
        "2024年6月30日",
        "已缴入区级国库",
    ),
    (
        "华龙区教育局2023年度预算执行审计",
        "华龙区教育局",
        "3所学校新建教学楼未办理竣工决算，固定资产未入账",
        "",
        2864.1,
        "固定资产入账",
        "正在整改",
        "2024年10月31日",
        "已完成2所学校入账",
    ),
    (
        "华龙区城市建设投资有限公司2022年度财务收支审计",
        "华龙区城市建设投资有限公司",
        "雨污分流改造工程结算多计工程款",
        96.3,
        "",
        "核减工程造价",
        "已整改",
        "2024年5月31日",
        "已核减工程造价96.3万元",
    ),
    (
        "区卫健委主任经济责任审计",
        "华龙区卫生健康委员会",
        "村卫生室基本药物补助资金12.7万元被挤占用于办公经费",
        12.7,
        "",
        "归还原资金渠道",
        "移送处理",
        "2024年8月31日",
        "已移送区纪委监委",
    ),
    (
        "胜利路街道党工委书记经济责任审计",
        "华龙区胜利路街道办事处",
        "2处临街门面房闲置3年以上未有效利用",
        "",
        51.84,
        "盘活闲置资产",
        "正在整改",
        "2024年12月31日",
        "已挂网公开招租",
    ),
    (
        "老旧小区改造项目专项审计调查",
        "华龙区住房和城乡建设局",
        "老旧小区改造项目未取得施工许可即开工建设",
        "",
        1350.0,
        "完善手续",
        "",
        "2024年9月30日",
        "",
    ),
    (
        "华龙区财政局2023年度预算执行审计",
        "华龙区财政局",
        "政府采购预算执行率偏低，年末集中突击采购",
        "",
        "",
        "采纳审计建议",
        "",
        "长期坚持",
        "按季通报采购执行进度，常态化推进",
    ),
    (
        "区农业农村局局长经济责任审计",
        "华龙区农业农村局",
        "向已转为建设用地的地块发放耕地地力保护补贴8.6万元",
        8.6,
        "",
        "追回资金",
        "正在整改",
        "年底前",
        "已追回5.2万元",
    ),
]
SALE_STATES = ["已整改", "正在整改", "移送处理"]


def write_sale(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "华龙区审计局审计发现问题整改销号台账", t, 0, last),
        (1, 0, "填报单位：华龙区审计局    统计截至：2024年7月31日    金额单位：万元", plain, 1, last),
    ]
    for col, word in enumerate(["序号", "审计项目", "被审计单位", "审计发现问题"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 4, "问题金额", h, 2, 5))
    cells += [(3, 4, "违规金额", h), (3, 5, "管理不规范金额", h)]
    cells.append((2, 6, "整改方式", h, 3, 6))
    cells.append((2, 7, "整改情况", h, 2, 9))
    cells += [(3, 7 + i, word, h) for i, word in enumerate(SALE_STATES)]
    cells.append((2, 10, "整改期限", h, 3, 10))
    cells.append((2, 11, "备注", h, 3, 11))
    for i, row in enumerate(SALE_ROWS, 1):
        project, unit, problem, wrong, loose, way, state, limit, note = row
        r = 3 + i
        cells += [(r, 0, i, ctr), (r, 1, project, c), (r, 2, unit, c), (r, 3, problem, c)]
        cells += [(r, 4, wrong, num), (r, 5, loose, num), (r, 6, way, c)]
        cells += [(r, 7 + k, "√" if state == s else "", ctr) for k, s in enumerate(SALE_STATES)]
        cells += [(r, 10, limit, ctr), (r, 11, note, c)]
    r = 4 + len(SALE_ROWS)
    cells += [
        (r, 0, "合计", ctr, r, 2),
        (r, 3, f"共{len(SALE_ROWS)}个问题", c),
        (r, 4, round(sum(x[3] for x in SALE_ROWS if x[3] != ""), 2), num),
        (r, 5, round(sum(x[4] for x in SALE_ROWS if x[4] != ""), 2), num),
        (r, 6, "", c),
    ]
    cells += [(r, 7 + k, sum(1 for x in SALE_ROWS if x[6] == s), ctr) for k, s in enumerate(SALE_STATES)]
    cells += [(r, 10, "", c), (r, 11, "", c)]
    cells += [
        (
            r + 1,
            0,
            "注：整改情况在对应栏内打“√”；采纳审计建议事项不打“√”，在备注栏说明；移送处理事项以受理机关处理结果为准。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：郑晓雯    审核人：马俊峰    联系电话：0393-8182237", plain, r + 2, last),
    ]
    return _write_xls(path, [("销号台账", cells, [6, 26, 20, 34, 10, 12, 14, 8, 8, 8, 14, 26])])


# ---------------------------------------------------------------------------------------------
# 3. 预算执行审计查出问题整改情况的报告, after a provincial 审计厅's 预算执行和其他财政收支审计工作报告 to the 人大
# 常委会 (标题、“——在…人民代表大会常务委员会第…次会议上”、厅长署名、“主任、各位副主任、秘书长，各位委员：”;
# 一、二、… 分领域，（一）（二）分对象，1. 2. 逐项列问题):
# https://www.jiaoling.gov.cn/xxgk/czxx/sjjggg/content/post_2171615.html
# A .docx: the same speech frame, a counting preamble, two parts (市级财政管理 / 部门预算执行), the items as
# numbered paragraphs “N.关于…的问题。” with the responsible bureau and its progress and deadline in sentences,
# a 下一步 part. The unit is the bureau the sentence makes act; a bureau it works with (会同) is not.
BUDGET_PARTS = [
    (
        "一、市级财政管理审计查出问题的整改情况",
        [
            "1.关于部分预算项目执行进度缓慢、资金结转两年以上的问题。市财政局已收回结转两年以上的项目资金3120万元，"
            "统筹用于民生支出，该问题已整改完成。",
            "2.关于政府性基金调入一般公共预算比例不合规的问题。市财政局正会同市自然资源和规划局核算土地出让收入"
            "计提基数，计划于2024年10月底前完成调整。",
            "3.关于国有土地使用权出让收入欠缴的问题。市资规局已追缴出让收入1.26亿元，剩余0.84亿元因企业经营困难"
            "签订了分期缴纳协议，计划2024年年底前缴清。",
        ],
    ),
    (
        "二、部门预算执行审计查出问题的整改情况",
        [
            "4.关于就业补助资金1260万元未及时拨付的问题。市人社局已于2024年5月将资金全部拨付到位。",
            "5.关于公立医院改革补助资金结存未使用的问题。要求市卫健委于2024年9月30日前整改到位，目前该问题尚未整改。",
            "6.关于住房公积金逾期贷款清收不力的问题。市公积金中心建立了逾期贷款常态化清收机制，按月通报清收进度，"
            "长期坚持。",
            "7.关于学生资助资金发放不及时的问题。市教育局尚未报送整改情况。",
            "8.关于农村公路养护资金被挤占用于机关运转的问题。市交通运输局制定了整改计划，8月底前完成资金清理，"
            "11月底前全部归还原资金渠道，目前正在清理。",
        ],
    ),
]


def write_budget(path: Path) -> Path:
    doc = _new_document("市审计局")
    _title(doc, "关于濮阳市2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告")
    _paragraph(
        doc,
        "——2024年7月25日在濮阳市第八届人民代表大会常务委员会第二十一次会议上",
        14,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "濮阳市审计局局长  孔德明", 16, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "主任、各位副主任、秘书长，各位委员：")
    _paragraph(
        doc,
        "我受市人民政府委托，向市人大常委会报告2023年度市本级预算执行和其他财政收支审计查出问题的整改情况，"
        "请予审议。审计工作报告反映的8项具体问题，截至2024年7月15日，已整改2项，正在整改3项，"
        "未整改1项，需长期坚持1项，1项尚未报送整改情况。现将具体情况报告如下：",
    )
    for heading, paras in BUDGET_PARTS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _heading(doc, "三、下一步工作安排")
    _paragraph(
        doc,
        "对正在整改和尚未整改的问题，市审计局将持续跟踪督促，对整改不力的单位提请市政府约谈，"
        "确保审计查出问题整改到位。",
    )
    _paragraph(doc, "以上报告，请予审议。")
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 学校收费及资助资金专项审计整改情况表, after a provincial 审计厅's account of its audit of schools (55所学校
# 少提取助学金2800万元，审计责成补提2249.61万元，除个别学校因经费困难等原因正在抓紧整改外，其他学校已按要求补提;
# 5所学校未按规定退还享受学费政策学生已缴纳的学费; 超标准收费、未及时结算学生代管费用，尚未清退完毕，无法清退的
# 已缴入同级财政):
# http://uninf.com//html/finance/20121205/922-640315.shtml
# A CSV in GBK: title line, 填报单位/填报日期/金额单位 line, one header line with 查出金额/应整改金额/已整改金额
# and a 未完成整改原因 column, schools as the units, a 合计 line, a 注 line and a signature line.
FEE_ROWS = [
    (
        "濮阳职业技术学院",
        "未按规定从事业收入中足额提取学生资助经费",
        "186.40",
        "186.40",
        "186.40",
        "已按要求补提到位",
        "",
        "2024年6月30日",
    ),
    (
        "濮阳市技师学院",
        "超标准收取学生住宿费",
        "42.75",
        "42.75",
        "30.10",
        "正在清退",
        "部分已毕业学生联系不上",
        "2024年9月30日",
    ),
    (
        "濮阳县第一中学",
        "学生代管费结余未及时结算清退",
        "37.20",
        "37.20",
        "37.20",
        "已清退，无法清退部分已缴入县级财政",
        "",
        "2024年7月15日",
    ),
    (
        "清丰县职业中等专业学校",
        "少提取中职学生国家助学金配套资金",
        "24.60",
        "24.60",
        "0",
        "未整改",
        "学校经费困难",
        "2024年12月31日",
    ),
    (
        "南乐县第一高级中学",
        "未按规定退还享受免学费政策学生已缴纳的学费",
        "8.90",
        "8.90",
        "8.90",
        "已全部退还",
        "",
        "2024年6月15日",
    ),
    (
        "范县职业教育中心",
        "以代收费名义向学生统一征订教辅资料",
        "15.30",
        "15.30",
        "",
        "",
        "",
        "2024年8月31日",
    ),
    (
        "台前县第一高级中学",
        "食堂结余资金用于发放教职工补贴",
        "21.80",
        "21.80",
        "10.00",
        "已追回10万元，剩余部分正在追缴",
        "",
        "年底前",
    ),
    (
        "濮阳市第一高级中学",
        "课后服务费收支未纳入学校预算统一管理",
        "",
        "",
        "",
        "纳入预算规范管理，长期坚持",
        "",
        "长期坚持",
    ),
]


def _pad(cells: dict[int, str], width: int = 9) -> list[str]:
    """A CSV line of the given width with text only in the given columns."""
    return [cells.get(c, "") for c in range(width)]


def write_fee(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(_pad({0: "全市中职学校和普通高中收费及资助资金专项审计整改情况表"}))
    w.writerow(
        _pad({0: "填报单位：濮阳市教育局（计划财务科）", 4: "填报日期：2024年7月30日", 7: "金额单位：万元"})
    )
    w.writerow(
        [
            "序号",
            "学校名称",
            "审计查出问题",
            "查出金额",
            "应整改金额",
            "已整改金额",
            "整改情况",
            "未完成整改原因",
            "整改期限",
        ]
    )
    for i, row in enumerate(FEE_ROWS, 1):
        w.writerow([str(i), *row])
    total = [sum(float(r[k]) for r in FEE_ROWS if r[k]) for k in (2, 3, 4)]
    w.writerow(["合计", f"{len(FEE_ROWS)}所学校", "", *[f"{x:.2f}" for x in total], "", "", ""])
    w.writerow(_pad({0: "注：无法清退的代管费按审计决定缴入同级财政；已整改金额为截至填报日期的累计数。"}))
    w.writerow(_pad({0: "填表人：毛晓飞", 2: "审核人：杜红梅", 4: "联系电话：0393-4489215"}))
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 小学校长任期经济责任审计整改台账, after a district 审计局's account of a 小学校长经济责任审计 (围绕义务教育
# 发展战略，对“双减政策”“两免一补”、课后服务费等方面进行全面审查; 关注校园食品安全，对食堂经费使用、人员管理以及
# 制度管理进行了审查; 指出该校在义务教育政策落实、学校财务收支管理、校园食堂安全管理等方面存在的问题):
# http://sjj.suizhou.gov.cn/fbjd_23/ywdt/sjdt/202409/t20240925_1257054.shtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title naming the school,
# 审计机关/审计报告送达日期/填报日期 line (the base of 立行立改 and “送达后3个月内”), the source's three 方面 as a
# 问题类别 column merged down over its rows, the school's own 处室 as 责任处室, a 说明 line and a signature line.
SCHOOL_GROUPS = [
    (
        "义务教育政策落实",
        [
            (
                "课后服务费收取未经家长自愿申请确认，收费依据不充分",
                "重新履行家长自愿申请和确认程序",
                "教务处",
                "送达后3个月内",
                "已完成全部班级家长自愿申请确认，整改到位",
            ),
            (
                "“两免一补”寄宿生生活补助发放花名册未公示",
                "在校务公开栏公示补助名单",
                "教务处",
                "2024年6月30日",
                "已公示",
            ),
        ],
    ),
    (
        "学校财务收支管理",
        [
            (
                "课后服务费支出中列支未参与课后服务教师补助2.16万元",
                "收回违规发放的补助",
                "财务室",
                "送达后3个月内",
                "已收回1.38万元，剩余部分正在收回",
            ),
            (
                "公务接待无公函、无接待清单",
                "严格执行公务接待审批制度",
                "总务处",
                "立行立改",
                "已整改",
            ),
            (
                "图书室电脑12台未登记固定资产账，账实不符",
                "全面清查资产并登记入账",
                "总务处",
                "2024年9月底前",
                "",
            ),
        ],
    ),
    (
        "校园食堂安全管理",
        [
            (
                "食堂食材采购未执行比价程序，出入库记录不全",
                "建立比价采购制度，规范出入库台账",
                "食堂管理办公室",
                "2024年7-9月",
                "比价采购制度已制定，出入库台账正在完善",
            ),
            (
                "2名食堂从业人员健康证过期仍在岗",
                "立即调离岗位，补办健康证",
                "食堂管理办公室",
                "立行立改",
                "未整改",
            ),
            (
                "学校领导陪餐制度执行不到位",
                "每日安排一名校领导陪餐并登记",
                "校长办公室",
                "长期坚持",
                "已排定陪餐轮值表，长期坚持",
            ),
        ],
    ),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="昆吾小学")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 36, 28, 14, 14, 30])
    last = 6
    b.line(ws, 0, "濮阳市华龙区昆吾小学校长任期经济责任审计发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "审计机关：华龙区审计局    审计报告送达日期：2024年6月3日    填报日期：2024年7月29日",
        last,
    )
    b.header(ws, 2, ["序号", "问题类别", "审计发现问题", "整改措施", "责任处室", "整改时限", "整改完成情况"])
    r, n = 3, 0
    for group, rows in SCHOOL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for problem, measure, office, limit, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, measure, office, limit, done], first=2)
            r += 1
    b.line(
        ws,
        r,
        "说明：“立行立改”以审计报告送达之日为准；“送达后3个月内”自审计报告送达之日起计算。",
        last,
    )
    b.line(ws, r + 1, "校长（签字）：李文静    填表人：韩雪    联系电话：0393-8916623", last)
    return b.close()


def write_school(path: Path) -> Path:
    return via_soffice(write_school_book, path, "xls", "昆吾小学经责审计整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 自然资源资产离任审计发现问题整改情况报告, after a compilation of the main problems 自然资源资产审计 found
# (1.耕地保护制度落实不严格：已验收补充耕地不到3年又变为非耕地，永久基本农田非农化非粮化; 2.生态环境风险隐患仍
# 未消除：违规占用林地; 3.生态治理项目及相关资金管理使用不严格：项目进展缓慢，黑臭水体返黑返臭):
# https://e993.com/caijing_3313d28303d233230323_mzfzfnm7640395
# A .doc (Word 97 via LibreOffice): title from the town's party committee and government, 主送 the county 审计局,
# a preamble, the items numbered 1.–7. under the source's three headings (a lead sentence, then 整改情况 with the
# deadline in words or as a schedule), a closing paragraph, the two issuers and the date at the foot.
LAND_PARTS = [
    (
        "一、耕地保护方面",
        [
            "1.耕地保护制度落实不严格，已验收补充耕地中有46.3亩不到3年又变为林地、坑塘等非耕地。整改情况：镇政府"
            "组织国土所对46.3亩补充耕地逐块核查，7月底前完成图斑核查，9月底前全部恢复耕种。目前已恢复耕种18.5亩。",
            "2.永久基本农田内种植苗木、挖塘养鱼等非粮化问题，涉及5个村82亩。整改情况：整改时限为2024年6月30日，"
            "已全部清理复耕，经县自然资源局实地复查合格。",
        ],
    ),
    (
        "二、生态环境保护方面",
        [
            "3.镇域内2家规模养殖场畜禽粪污处理设施不配套，粪污直排沟渠。整改情况：已责令停产整改，其中1家已完成"
            "设施改造，另1家正在建设，2024年年底前全部完成。",
            "4.违规占用林地0.6亩建设农资仓库，未依法处理。整改情况：目前尚未整改，拟于年底前拆除复绿。",
        ],
    ),
    (
        "三、生态治理项目及资金管理方面",
        [
            "5.马颊河千口段生态治理项目进展缓慢，完成投资仅占计划的42%。整改情况：已调度施工单位增加作业面，"
            "截至7月底完成投资占计划的68%，力争10月底前完工。",
            "6.坑塘黑臭水体治理后出现返黑返臭。整改情况：建立坑塘水质常态化巡查机制，每月一巡查，长期坚持。",
            "7.农田水利设施管护资金12.4万元结存未使用。整改情况：已拨付至各村用于机井维修，整改完成。",
        ],
    ),
]


def write_land_docx(path: Path) -> Path:
    doc = _new_document("千口镇党政办")
    _title(
        doc,
        "中共南乐县千口镇委员会  南乐县千口镇人民政府关于原党委书记自然资源资产离任审计发现问题整改情况的报告",
        18,
    )
    _paragraph(doc, "县审计局：")
    _paragraph(
        doc,
        "2024年5月，县审计局对我镇原党委书记任职期间自然资源资产管理和生态环境保护责任履行情况进行了审计，"
        "指出了3个方面7个问题。镇党委、镇政府高度重视，逐项制定整改措施，明确责任领导和完成时限。"
        "现将整改情况报告如下：",
    )
    for heading, paras in LAND_PARTS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我镇将对未完成整改的问题挂图作战、逐项销号，确保按期整改到位。")
    _paragraph(doc, "中共南乐县千口镇委员会    南乐县千口镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_land(path: Path) -> Path:
    return via_soffice(write_land_docx, path, "doc", "千口镇自然资源资产离任审计整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 社会保险基金专项审计发现问题整改台账, after an article on a city's 社保基金审计 (1.基金征缴环节：应收未收与基数
# 不实——企业将工资拆分为“基本工资+绩效奖金”仅按基本工资申报缴费基数，灵活就业人员参保率低，税务、人社、市场
# 监管等部门间数据共享不及时; 2.基金支出环节：违规支付与待遇核定不严; 每个问题分“问题表现”与“潜在风险”):
# https://www.seridoat.com/article/fu-yang-shi-she-bao-ji-jin-shen-ji-jie-shi-qian-zai-feng-xian-yu-guan-li-lou-dong-ru-he-bao-zhang-mi.html
# An .xlsx: title, 填报单位 line, one header row with the source's 问题表现 and 潜在风险, 牵头单位 (the unit) beside
# 配合单位, the items under three 环节 rows merged across, deadlines as dates, 第三季度, 2023-2025年, 长期坚持.
FUND_GROUPS = [
    (
        "一、基金征缴环节",
        [
            (
                "部分企业将工资拆分为基本工资和绩效奖金，仅按基本工资申报缴费基数",
                "基金收入减少，合规企业与违规企业负担不均",
                "市税务局",
                "市人社局",
                "开展缴费基数专项稽核，追缴少缴费款",
                "2024年第三季度",
                "已稽核企业126家，少缴费款正在追缴",
            ),
            (
                "灵活就业人员参保率偏低，新业态从业人员大量未参保",
                "未来基金支付压力增大",
                "市人社局",
                "市税务局、市医保局",
                "开展参保扩面专项行动",
                "2023-2025年",
                "已新增灵活就业人员参保1.2万人，持续推进",
            ),
            (
                "税务、人社、市场监管部门间参保登记数据共享不及时",
                "征缴信息不对称，征缴不准确",
                "市人社局",
                "市税务局、市市场监管局",
                "建立部门间数据实时共享机制",
                "2024年6月30日",
                "数据共享接口已上线运行",
            ),
        ],
    ),
    (
        "二、基金支出环节",
        [
            (
                "向已死亡人员继续发放养老保险待遇，涉及37人41.2万元",
                "基金流失",
                "市人力资源社会保障局",
                "市公安局、市民政局",
                "追回多发待遇，建立死亡信息按月比对机制",
                "2024年8月31日",
                "已追回35人39.6万元，其余2人正在追缴",
            ),
            (
                "医保定点医疗机构串换诊疗项目收费",
                "医保基金违规支出",
                "市医保局",
                "市卫健委",
                "追回违规资金，约谈定点医疗机构",
                "2024年7月15日",
                "已追回违规基金18.7万元，约谈定点医院3家，整改完成",
            ),
            (
                "失业保险金领取人员在领取期间已就业仍继续领取",
                "基金违规支出",
                "市人社局",
                "市税务局",
                "比对参保缴费信息，追回违规领取的失业保险金",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "三、基金管理环节",
        [
            (
                "社保基金财政专户与支出户之间资金划转不及时",
                "资金沉淀，影响待遇按时发放",
                "市财政局",
                "市人社局",
                "规范资金划转流程，按月对账",
                "长期坚持",
                "按月对账，长期坚持",
            ),
            (
                "工伤保险基金累计结余偏高，未按规定调整行业基准费率",
                "基金使用效益不高",
                "市人社局",
                "市财政局",
                "测算并调整工伤保险费率",
                "2024年12月底前",
                "尚未启动",
            ),
        ],
    ),
]


def write_fund(path: Path) -> Path:
    b = Book(path, author="基金监督科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 38, 24, 14, 18, 28, 14, 32])
    last = 7
    b.line(ws, 0, "社会保险基金专项审计发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人力资源和社会保障局（汇总）    填报日期：2024年7月30日", last)
    b.header(
        ws, 2, ["序号", "问题表现", "潜在风险", "牵头单位", "配合单位", "整改措施", "整改时限", "完成情况"]
    )
    r, n = 3, 0
    for group, rows in FUND_GROUPS:
        b.merge(ws, r, 0, r, last, group, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：牵头单位对整改结果负总责，配合单位按职责配合；完成情况由牵头单位填报。", last)
    b.line(ws, r + 1, "审核人：庞建设    填表人：景晓璐    联系电话：0393-8810537", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 巡察整改进展情况的通报, after a 旗医疗保障局党组's public 巡察整改进展情况 notice (专项巡察医保基金管理领域;
# 一、党委（党组）履行主体责任情况 — 成立整改工作领导小组，相关业务股室负责人为成员，制定整改方案，落实整改台账;
# 二、党委（党组）书记履行第一责任人责任情况 — 专题党组会议，逐一梳理，明确整改责任; 专题民主生活会):
# http://www.klq.gov.cn/gggs/202511/t20251106_2679189.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble with the 反馈 date (the base of 立行立改),
# the source's two prose parts (no items), part 三 with the items as “N.关于“…”的问题” paragraphs naming the bureau's
# own 科室 and 整改时限, a 下一步 part, the 监督 contact line and the party group at the foot.
CLINIC_PARTS = [
    (
        "（一）关于“落实医保基金监管责任有差距”方面",
        [
            "1.关于“对定点零售药店违规行为处理偏轻，以约谈代替处罚”的问题。整改情况：已修订定点医药机构违规行为"
            "处理规程，对2家违规药店解除医保服务协议，已完成整改。（牵头科室：基金监管科；整改时限：2024年7月31日）",
            "2.关于“医保基金监管专家库、检查对象名录库建设滞后，专家库仅有专家11名”的问题。整改情况：已新增入库"
            "专家23名，检查对象名录库正在完善。（牵头科室：基金监管科；整改时限：2024年9月30日）",
            "3.关于“门诊慢特病待遇认定把关不严，抽查发现8人不符合认定标准”的问题。整改情况：已取消8人待遇资格，"
            "追回医保基金4.6万元，整改完成。（牵头科室：待遇保障科；整改时限：立行立改）",
        ],
    ),
    (
        "（二）关于“经办服务和内部管理不够规范”方面",
        [
            "4.关于“异地就医直接结算备案审核流程不规范”的问题。整改情况：正在修订备案经办规程。"
            "（牵头科室：医疗服务管理科；整改时限：2024年8月底前）",
            "5.关于“局机关公务用车使用登记不全”的问题。整改情况：已建立用车审批登记制度，逐车逐次登记，已整改到位。"
            "（牵头科室：办公室；整改时限：立行立改）",
            "6.关于“对县区医保部门业务指导不够，县级经办能力薄弱”的问题。整改情况：建立对县区医保部门季度业务"
            "督导机制，长期坚持。（牵头科室：规划财务和法规科；整改时限：长期坚持）",
        ],
    ),
    (
        "（三）关于“落实以往巡察整改要求不到位”方面",
        [
            "7.关于“往年巡察反馈的医保信息系统安全等级保护测评问题未整改到位”的问题。整改情况：因系统升级改造"
            "尚未完成，该问题尚未整改。（牵头科室：信息中心；整改时限：2024年12月31日）",
        ],
    ),
]


def write_clinic_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市医疗保障局党组关于市委巡察反馈意见整改进展情况的通报", 20)
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月17日至5月10日，市委第三巡察组对市医疗保障局党组进行了常规巡察。"
        "2024年6月4日，巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况"
        "予以公布。",
    )
    _heading(doc, "一、局党组履行巡察整改主体责任情况")
    _paragraph(
        doc,
        "局党组成立了巡察整改工作领导小组，党组书记任组长，其他班子成员任副组长，相关业务科室负责人为成员，"
        "制定了《关于落实市委第三巡察组反馈意见的整改方案》，建立整改台账，于6月28日报送市纪委监委、"
        "市委组织部和市委巡察办。",
    )
    _heading(doc, "二、局党组书记履行第一责任人责任情况")
    _paragraph(
        doc,
        "局党组书记主持召开专题党组会议4次，对巡察反馈问题逐一梳理、明确整改责任，7月9日主持召开巡察整改"
        "专题民主生活会，带头认领问题、剖析根源。",
    )
    _heading(doc, "三、巡察反馈问题整改落实情况")
    _paragraph(
        doc,
        "巡察反馈3个方面7个问题，截至7月29日，已完成整改3个，正在整改2个，需长期坚持1个，尚未整改1个。"
        "“立行立改”事项自巡察反馈之日起整改。",
    )
    for heading, paras in CLINIC_PARTS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _heading(doc, "四、下一步工作打算")
    _paragraph(doc, "局党组将持续抓好未完成事项的整改，对已完成的事项适时开展“回头看”，防止问题反弹。")
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-8856120；电子邮箱：pyybjxczg@163.com。",
    )
    _paragraph(doc, "中共濮阳市医疗保障局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_clinic(path: Path) -> Path:
    return via_soffice(write_clinic_docx, path, "doc", "市医保局巡察整改进展情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 巡察整改对账销号表 (two returns in one zip), after a county's 巡察整改“复诊” (街道党工委完成问题整改9个，整改率
# 100%; 细化问题、任务、责任、时限“四张清单”; 查阅台账、实地走访，对整改事项对账销号，确保改一件、成一件、销号一件):
# http://qdubb.cn/html/2021/xunshixuncha_1112/104965.html
# A .zip holding an .xlsx from a district 街道 and a .docx table from a county 镇, both laid out as the four lists
# (问题清单/任务清单/责任清单/时限清单) with 对账情况 and 销号意见; 反馈时间 in the 填报 line is the base of 立行立改
# and “反馈后2个月内”; the 责任清单 names the sender's own 办/所/站, so every item is the sender's.
STREET_ROWS = [
    (
        "社区“两委”换届后党务公开栏长期未更新",
        "规范党务公开，按月更新公开内容",
        "党建办 王丽娟",
        "立行立改",
        "已更新公开栏，建立月度更新制度",
        "同意销号",
    ),
    (
        "街道财政所对社区经费报销审核不严，存在白条入账",
        "清理白条，修订社区经费报销审核制度",
        "财政所 李树军",
        "反馈后2个月内",
        "已清理白条14张，报销审核制度已修订",
        "同意销号",
    ),
    (
        "老旧小区改造项目完工后群众回访满意度低",
        "逐小区开展回访，建立问题整改清单",
        "城建办 张卫东",
        "2024年9月30日",
        "已完成3个小区回访，其余2个小区正在推进",
        "暂缓销号",
    ),
    (
        "违规向社区干部发放加班补贴，涉及6人",
        "全额清退违规发放的补贴",
        "纪工委 赵敏",
        "2024年6月30日",
        "尚未清退",
        "不予销号",
    ),
]
TOWN_ROWS = [
    (
        "3个村的村级组织活动场所被挪作仓库",
        "收回活动场所并恢复使用",
        "组织办 刘志强",
        "2024年6月15日",
        "已收回并恢复使用",
        "同意销号",
    ),
    (
        "村集体机动地发包未经“四议两公开”程序",
        "按程序重新公开发包",
        "农经站 孟庆华",
        "2024年10月底前",
        "已完成5个村重新发包，2个村正在履行程序",
        "",
    ),
    (
        "扶贫项目资产后续管护不到位，2处村级光伏电站长期停运",
        "维修光伏电站，落实管护责任",
        "乡村振兴办 田野",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "镇党委理论学习中心组学习流于形式",
        "制定年度学习计划，规范学习记录",
        "党政办 郭晓",
        "长期坚持",
        "已制定年度学习计划，按月落实，长期坚持",
        "",
    ),
]
CHECK_HEADER = ["序号", "问题清单", "任务清单", "责任清单", "时限清单", "对账情况", "销号意见"]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="中原路街道党建办")
    ws = b.sheet("对账销号表")
    b.widths(ws, [6, 36, 30, 16, 14, 32, 10])
    last = 6
    b.line(ws, 0, "华龙区委第二巡察组反馈问题整改对账销号表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区中原路街道办事处（党工委）    巡察反馈时间：2024年5月24日    对账时间：2024年7月26日",
        last,
    )
    b.header(ws, 2, CHECK_HEADER)
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.line(ws, end, "注：“立行立改”自巡察反馈之日起整改；“反馈后2个月内”自巡察反馈之日起计算。", last)
    b.line(ws, end + 1, "对账人：区委巡察办 宋立新    街道负责人：孙海波", last)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("马庄桥镇党政办")
    _title(doc, "清丰县委第一巡察组反馈问题整改对账销号表", 18)
    _paragraph(
        doc,
        "填报单位：清丰县马庄桥镇人民政府（镇党委）    巡察反馈时间：2024年5月24日    对账时间：2024年7月25日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, CHECK_HEADER, body)
    _paragraph(doc, "对账人：县委巡察办 侯建军    镇负责人：冯国庆", 12)
    return _save_fixed(doc, path)


def write_check_zip(path: Path) -> Path:
    members = [
        ("华龙区中原路街道巡察整改对账销号表.xlsx", write_street_book),
        ("清丰县马庄桥镇巡察整改对账销号表.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 市委巡察反馈问题整改进展汇总表, after the city paper's report of a round of 市委巡察 (对市卫生健康委员会、
# 市医疗保障局、濮阳医学高等专科学校、市人民医院、市中医医院、市红十字会、市妇幼保健院、市第五人民医院等12家市直
# 单位党组织开展常规巡察; 6月3日至6日“一对一”反馈; 市卫生健康委员会党组存在的主要问题：落实巡察、审计整改不到位，
# 卫生执法监管不到位，医药领域腐败问题和不正之风集中整治成效不明显，干部队伍建设有短板):
# http://pyrb.pyxww.com/content/202406/14/c142217.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with 被巡察党组织 (party committees: the unit is the body
# they lead), 反馈日期 as date cells (the base of “反馈后2个月内”, “10个工作日内” across 端午, 立行立改), 整改进展 and a
# 完成时间 date column that is the only signal in one row, a 说明 line and a signature line.
ROUND_ROWS = [
    (
        "市卫健委党组",
        date(2024, 6, 3),
        "落实巡察、审计整改不到位，往年审计指出的3个问题仍未销号",
        "逐项对账，完成剩余问题整改销号",
        "反馈后2个月内",
        "已销号2个，剩余1个正在推进",
        "",
    ),
    (
        "市卫健委党组",
        date(2024, 6, 3),
        "卫生执法监管不到位，对医疗美容机构监督检查覆盖率低",
        "开展医疗美容机构专项执法检查",
        "2024年12月31日",
        "已开展专项检查，覆盖率提升至76%",
        "",
    ),
    (
        "濮阳市人民医院党委",
        date(2024, 6, 4),
        "医药领域腐败问题集中整治成效不明显，医用耗材二次议价未全面推开",
        "全面推行医用耗材二次议价",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "濮阳市中医医院党委",
        date(2024, 6, 4),
        "院内制剂室改造项目进度滞后",
        "倒排工期，加快制剂室改造",
        "2024年10月31日",
        "",
        date(2024, 7, 18),
    ),
    (
        "濮阳医学高等专科学校党委",
        date(2024, 6, 5),
        "党委理论学习中心组学习不规范，学习记录不全",
        "修订中心组学习制度，规范学习记录",
        "10个工作日内",
        "已修订学习制度",
        date(2024, 6, 19),
    ),
    (
        "濮阳市妇幼保健院党委",
        date(2024, 6, 5),
        "公共卫生项目资金绩效目标未完成",
        "分析原因，调整项目实施计划",
        "反馈后2个月内",
        "未启动",
        "",
    ),
    (
        "濮阳市红十字会党组",
        date(2024, 6, 6),
        "社会捐赠款物使用情况公示不及时",
        "在官网集中公示捐赠款物接收和使用情况",
        "2024年7月31日",
        "已在官网公示2023年以来全部捐赠款物",
        date(2024, 7, 12),
    ),
    (
        "濮阳市第五人民医院党委",
        date(2024, 6, 6),
        "重点岗位人员轮岗交流不及时",
        "制定重点岗位轮岗交流计划",
        "长期坚持",
        "已制定轮岗交流计划，常态化推进",
        "",
    ),
]


def write_round(path: Path) -> Path:
    b = Book(path, author="市委巡察办")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 22, 12, 40, 30, 14, 30, 12])
    last = 7
    b.line(ws, 0, "八届市委第六轮巡察反馈问题整改进展汇总表（卫生健康系统）", last, b.title)
    b.line(ws, 1, "填报单位：市委巡察办第二室    统计截至：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "被巡察党组织",
            "反馈日期",
            "反馈问题（摘要）",
            "整改措施",
            "整改时限",
            "整改进展",
            "完成时间",
        ],
    )
    for i, row in enumerate(ROUND_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROUND_ROWS)
    b.line(
        ws,
        end,
        "说明：整改时限以“反馈后”或“个工作日内”表述的，自反馈日期起计算；完成时间为整改完成并经巡察组确认的日期。",
        last,
    )
    b.line(ws, end + 1, "填表人：冯佳    审核人：闫国强    联系电话：0393-8991043", last)
    return b.close()


FILES = [
    ("濮阳市审计局2024年审计查出问题整改跟踪台账（对账销号）.xlsx", write_track),
    ("华龙区审计局审计发现问题整改销号台账（截至7月底）.xls", write_sale),
    ("关于2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告.docx", write_budget),
    ("全市中职学校和普通高中收费及资助资金专项审计整改情况表.csv", write_fee),
    ("昆吾小学校长任期经济责任审计发现问题整改台账.et", write_school),
    ("千口镇原党委书记自然资源资产离任审计发现问题整改情况报告.doc", write_land),
    ("社会保险基金专项审计发现问题整改台账.xlsx", write_fund),
    ("中共濮阳市医疗保障局党组关于市委巡察反馈意见整改进展情况的通报.wps", write_clinic),
    ("巡察反馈问题整改对账销号表（中原路街道、马庄桥镇）.zip", write_check_zip),
    ("八届市委第六轮巡察反馈问题整改进展汇总表（卫生健康系统）.xlsx", write_round),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

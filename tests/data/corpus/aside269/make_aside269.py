"""Write the aside269 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改（预算执行、经济责任、专项资金、政府投资项目）与财会监督、国资监管问题整改 — reports, a 对账表 and a
system export among them.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .ods (LibreOffice conversions of an .xlsx,
a .docx and an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside269.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 预算执行审计查出问题整改报告, after a county 审计局's report on the 县本级预算执行和其他财政收支 audit (审计组重点审计
# 了县财政本级预算执行情况，对县农业农村局、县水利局、县民政局、县茶产业发展中心、经公桥镇和江村乡进行了必要的延伸和
# 追溯; 县财政局对其提供的资料负责; the findings numbered under headings):
# https://www.fuliang.gov.cn/xzf/zdly/sjxx/t1069235.shtml
# A .docx: title, 主送, a preamble naming the audit and the 延伸 units, two headings (本级 / 延伸审计单位), the items as
# numbered paragraphs （一）…（九） each naming its 整改责任单位 by the full county name, deadlines and progress in
# sentences, a closing paragraph, the bureau and date at the foot.
BUDGET_HEADINGS = [
    (
        "一、县财政局本级问题的整改情况",
        [
            "（一）关于部分专项转移支付资金未在规定时间内分配下达的问题，涉及资金3862万元。整改责任单位：濮阳县财政局"
            "（预算股）。整改时限为2024年5月31日。已于5月28日将剩余资金全部分配下达，整改完成。",
            "（二）关于结转两年以上的国库存量资金1.26亿元未及时收回统筹的问题。整改责任单位：濮阳县财政局（国库股）。"
            "已收回0.53亿元统筹用于重点民生支出，其余存量资金年底前清理完毕。",
            "（三）关于部分部门项目支出未设定绩效目标、绩效自评流于形式的问题。整改责任单位：濮阳县财政局（绩效管理股）。"
            "正在修订《濮阳县县级预算绩效管理办法》，计划第三季度印发实施。",
        ],
    ),
    (
        "二、延伸审计单位问题的整改情况",
        [
            "（四）关于高标准农田建设资金2140万元结转两年以上未使用的问题。整改责任单位：濮阳县农业农村局。按要求6月底前"
            "由县财政收回统筹，已于6月20日全部收回，整改完成。",
            "（五）关于农村饮水安全工程维修养护资金46.2万元超范围列支办公经费的问题。整改责任单位：濮阳县水利局。"
            "整改时限为2024年8月31日，目前正在调整账务，并将资金归还原渠道。",
            "（六）关于向已死亡人员发放最低生活保障金17户5.6万元的问题。整改责任单位：濮阳县民政局。已追回3.9万元，"
            "剩余部分正在追缴，9月底前全部追回。",
            "（七）关于国土绿化提升项目未按期完工、资金支付进度仅为31%的问题。整改责任单位：濮阳县林业发展服务中心。"
            "整改时限为10月底前，该项目续建工作尚未启动。",
            "（八）关于非税收入23.5万元未及时上缴国库的问题。整改责任单位：柳屯镇人民政府。审计期间要求4月底前缴库，"
            "该镇已于4月12日全额缴入县级国库，整改完成。",
            "（九）关于公务用车运行维护费超预算支出的问题。整改责任单位：文留镇人民政府。已建立公务用车单车核算和"
            "定点维修制度，长期坚持。",
        ],
    ),
]


def write_budget(path: Path) -> Path:
    doc = _new_document("预算股")
    _title(doc, "濮阳县财政局关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告")
    _paragraph(doc, "县政府督查室：")
    _paragraph(
        doc,
        "2024年4月8日至5月24日，县审计局对2023年度县本级预算执行和其他财政收支情况进行了审计，重点审计了县财政本级"
        "预算执行情况，并对县农业农村局、县水利局、县民政局、县林业发展服务中心、柳屯镇和文留镇进行了延伸审计，"
        "于2024年5月31日出具审计报告，反映问题9个。我局会同有关单位逐项制定整改措施，现将整改情况报告如下：",
    )
    for heading, paras in BUDGET_HEADINGS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "对尚未整改到位的问题，我局将会同有关单位按照既定时限持续跟踪督促，确保整改到位。")
    _paragraph(doc, "濮阳县财政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改台账 (系统导出), after a city's 关于年度市级预算执行和其他财政收支审计查出问题整改情况的报告 (截至11月底,
# 《审计工作报告》反映的400个问题，已完成整改336个，其中要求立行立改的283个问题已全部完成; 问题按立行立改、分阶段整改、
# 持续整改分类推进):
# https://www.gz.gov.cn/zwgk/zdly/czsj/sjjggg/content/post_10627416.html
# An .xlsx as an 审计整改管理系统 exports it: a title row, an 导出时间/导出人 row, a summary row in the report's words, one
# flat header row with 问题编号 (no 序号), 整改类型 in the report's three classes, the 审计实施科室 (the auditor's section)
# beside the 整改责任单位 (short names), 整改期限 as date cells or 长期, 整改状态 words, a 最后更新时间 event column, a 说明 row.
EXPORT_ROWS = [
    (
        "ZG2024-001",
        "市本级财政预算执行审计",
        "市对县专项转移支付资金分配下达不及时，涉及资金1.83亿元",
        "立行立改",
        "市财政局",
        "财政审计科",
        date(2024, 3, 31),
        "已完成",
        "已全部分配下达至县区",
        "2024-04-02 10:21",
    ),
    (
        "ZG2024-002",
        "部门预算执行审计",
        "市级预算内基建投资项目开工率低，6个项目当年未开工",
        "分阶段整改",
        "市发展改革委",
        "固定资产投资审计科",
        date(2024, 9, 30),
        "整改中",
        "已开工4个，其余2个正在办理用地手续",
        "2024-07-19 16:05",
    ),
    (
        "ZG2024-003",
        "社会保险基金审计",
        "向已就业人员发放失业保险金25.0万元",
        "立行立改",
        "市人社局",
        "社会保障审计科",
        date(2024, 4, 30),
        "整改中",
        "已追回21.6万元，剩余3.4万元正在追缴",
        "2024-07-22 09:40",
    ),
    (
        "ZG2024-004",
        "住房公积金管理审计",
        "个人住房贷款逾期清收不及时，逾期90天以上贷款余额上升",
        "分阶段整改",
        "市住房公积金中心",
        "金融审计科",
        date(2025, 6, 30),
        "整改中",
        "已成立清收专班，按月通报清收进度",
        "2024-07-15 11:12",
    ),
    (
        "ZG2024-005",
        "教育专项资金审计",
        "学生资助资金滞留在学校账户未及时发放",
        "立行立改",
        "市教育局",
        "社会保障审计科",
        date(2024, 2, 29),
        "已完成",
        "已全部发放至受助学生",
        "2024-03-01 15:30",
    ),
    (
        "ZG2024-006",
        "城市管理资金审计",
        "城市道路挖掘修复费未足额征收，少征1260万元",
        "分阶段整改",
        "市城管局",
        "财政审计科",
        date(2024, 12, 31),
        "未整改",
        "",
        "2024-06-28 17:45",
    ),
    (
        "ZG2024-007",
        "国有土地使用权出让收支审计",
        "土地出让收入未及时足额缴入国库",
        "立行立改",
        "市资规局",
        "固定资产投资审计科",
        date(2024, 5, 31),
        "已完成",
        "已全额缴库",
        "2024-05-30 08:55",
    ),
    (
        "ZG2024-008",
        "医疗保障基金审计",
        "定点医药机构违规结算医保基金未追回",
        "分阶段整改",
        "市医保局",
        "社会保障审计科",
        date(2024, 8, 31),
        "整改中",
        "已追回违规结算资金的62%",
        "2024-07-26 14:18",
    ),
    (
        "ZG2024-009",
        "公共资源交易审计",
        "政府采购项目投标保证金超期未退还",
        "立行立改",
        "市交易中心",
        "财政审计科",
        date(2024, 4, 15),
        "已完成",
        "已退还全部超期保证金",
        "2024-04-12 10:03",
    ),
    (
        "ZG2024-010",
        "卫生健康资金审计",
        "公立医院基本建设负债规模较大，债务化解进度慢",
        "持续整改",
        "市卫健委",
        "财政审计科",
        "长期",
        "持续整改",
        "已制定债务化解方案，按年度推进",
        "2024-07-10 09:26",
    ),
]


def write_export(path: Path) -> Path:
    b = Book(path, author="法规审理科")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [13, 22, 40, 11, 16, 16, 12, 10, 30, 17])
    b.line(ws, 0, "2023年度市级预算执行和其他财政收支审计查出问题整改台账", 9, b.title)
    b.line(
        ws, 1, "导出时间：2024-07-30 09:15:22    导出人：市审计局法规审理科    数据来源：审计整改管理系统", 9
    )
    b.line(
        ws,
        2,
        "截至2024年7月30日，《审计工作报告》反映的10个问题，已完成整改4个，其中要求立行立改的5个问题已完成4个。",
        9,
    )
    b.header(
        ws,
        3,
        [
            "问题编号",
            "审计项目",
            "问题描述",
            "整改类型",
            "整改责任单位",
            "审计实施科室",
            "整改期限",
            "整改状态",
            "整改情况说明",
            "最后更新时间",
        ],
    )
    for i, row in enumerate(EXPORT_ROWS):
        b.row(ws, 4 + i, list(row))
    end = 4 + len(EXPORT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改类型分立行立改、分阶段整改、持续整改三类；整改状态为“持续整改”的，系需长期坚持推进的事项，不设整改期限。",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 落实审计建议计划表, after a company's 审计问题整改闭环管理制度 (问题发现（立项）→责任确定→整改实施→整改验收→评价考核
# （销项）; 报告或建议书发布日作为问题立项时间; 被审计部门问题立项后7日内提交《落实审计建议计划表》; 整改任务完成时间由
# 整改部门责任人提报并与审计部门达成一致; 督办部门监察部、验收部门审计部):
# https://www.gongwk.com/doc/489291.jhtml
# An .xls (xlwt): title, 被审计单位/审计项目 line, a 说明 line on 立项时间, a two-row header (责任确定 and 整改验收 over two
# columns, 整改实施 over three) with 立项时间 (an event date, the base of 立项后30日内), the company's own 部门 as 整改部门, 整改验收
# and 是否销项 columns, the 督办/验收 departments and a signature line at the foot.
PLAN_ROWS = [
    (
        "2024.5.20",
        "其他应收款中3年以上往来款612万元长期挂账未清理",
        "逐笔核实，催收或按规定核销",
        "财务部",
        "王立新",
        "清理往来账，建立账龄台账",
        "2024年底前",
        "已清理186万元，其余款项正在核实",
        "",
        "否",
    ),
    (
        "2024.5.20",
        "2个工程项目未办理竣工结算即全额支付工程款",
        "补办结算审核，多付款项予以扣回",
        "工程管理部",
        "刘振",
        "委托造价审核，扣回多付工程款",
        "立项后30日内",
        "已扣回多付工程款",
        "验收合格",
        "是",
    ),
    (
        "2024.5.20",
        "小额采购未执行询价比价程序，涉及采购合同14份",
        "严格执行比价采购",
        "采购部",
        "张雯",
        "修订采购管理办法，增设比价记录",
        "2024年6月30日",
        "已修订采购管理办法",
        "验收合格",
        "是",
    ),
    (
        "2024.5.20",
        "对外出租的3处商铺未经评估确定租金，租金明显低于市场价",
        "评估后公开招租",
        "资产运营部",
        "赵海",
        "委托第三方评估，到期后公开招租",
        "2024年9月30日",
        "正在委托第三方评估",
        "",
        "否",
    ),
    (
        "2024.6.3",
        "超标准发放员工通讯补贴",
        "停发并追回超标部分",
        "人力资源部",
        "孙丽",
        "按集团标准调整发放",
        "立项后30日内",
        "已停发，多发部分正在追回",
        "",
        "否",
    ),
    (
        "2024.6.3",
        "银行账户多头开立，5个账户长期未使用未销户",
        "清理撤销闲置账户",
        "财务部",
        "王立新",
        "逐户办理销户",
        "2024年7月31日",
        "",
        "",
        "",
    ),
    (
        "2024.6.3",
        "业务招待费报销未附公函和接待清单",
        "规范公务接待报销",
        "办公室",
        "周敏",
        "执行公务接待审批单制度",
        "长期坚持",
        "已建立接待审批单制度，长期坚持",
        "",
        "",
    ),
    (
        "2024.5.20",
        "对外投资项目未开展投资后评价",
        "建立投后评价机制",
        "投资发展部",
        "陈刚",
        "对3个投资项目开展后评价",
        "2024年10月31日",
        "尚未启动",
        "",
        "否",
    ),
]


def write_plan(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "落实审计建议计划表", t, 0, 11),
        (
            1,
            0,
            "被审计单位：濮阳市投资集团有限公司    审计项目：2023年度财务收支及内部控制审计",
            plain,
            1,
            11,
        ),
        (
            2,
            0,
            "说明：立项时间为内部审计报告或管理建议书发布日；整改任务完成时间由整改部门提报，并与审计部协商一致。",
            plain,
            2,
            11,
        ),
        (3, 0, "序号", h, 4, 0),
        (3, 1, "立项时间", h, 4, 1),
        (3, 2, "审计发现问题", h, 4, 2),
        (3, 3, "审计建议", h, 4, 3),
        (3, 4, "责任确定", h, 3, 5),
        (3, 6, "整改实施", h, 3, 8),
        (3, 9, "整改验收", h, 3, 10),
        (3, 11, "备注", h, 4, 11),
    ]
    for col, word in zip(
        range(4, 11),
        ["整改部门", "第一责任人", "整改措施", "整改任务完成时间", "整改进展", "验收情况", "是否销项"],
        strict=True,
    ):
        cells.append((4, col, word, h))
    for i, row in enumerate(PLAN_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 5, 7, 9, 10) else c))
        cells.append((r, 11, "", c))
    r = 5 + len(PLAN_ROWS)
    cells += [
        (r, 0, "督办部门：纪检监察室    验收部门：审计部", plain, r, 11),
        (r + 1, 0, "填表人：李娜    审核人：郑国华    填报日期：2024年7月29日", plain, r + 1, 11),
    ]
    return _write_xls(path, [("计划表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 内部审计发现问题后续整改情况统计表, after a group's 内部审计后续整改管理办法 (内部审计机构下发后续整改通知、跟踪统计后续
# 整改完成情况; 整改计划包括整改措施、整改计划完成时间、整改责任部门及整改责任人; 整改计划报分管领导审批; 整改计划完成
# 时间与通知日间隔原则上不超过一年; 确无法整改的经上级主管批准可不予整改):
# http://katieshow.cn/10260.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, as WPS 表格 names it): title, 填报单位/报送/统计截至 line,
# one header row in the 办法's words (整改责任部门, 整改责任人, 整改计划完成时间, 计划审批情况, 后续整改完成情况), the group's
# 所属企业 under several spellings as 被审计单位, the group's own 本部 once, deadlines as date cells or 长期坚持, a 说明 line.
FOLLOW_ROWS = [
    (
        "濮阳市水务公司",
        "供水管网漏损率达18.6%，未建立漏损控制考核机制",
        "推进DMA分区计量，建立漏损考核办法",
        "管网管理部",
        "李强",
        date(2024, 12, 31),
        "已经分管领导审批",
        "一期分区计量已完成，二期正在施工",
    ),
    (
        "濮阳市燃气有限公司",
        "燃气工程安装费收费标准未报价格主管部门备案",
        "报市发展改革委备案",
        "市场部",
        "赵彤",
        date(2024, 6, 30),
        "已经分管领导审批",
        "已完成",
    ),
    (
        "众意公交公司",
        "新能源公交车运营补贴申报里程与车载系统数据不一致",
        "核实运营里程，更正补贴申报",
        "运营部",
        "马骏",
        date(2024, 6, 30),
        "已经分管领导审批",
        "逾期未整改",
    ),
    (
        "濮阳市热力有限公司",
        "供热管网改造附属工程未招标直接发包",
        "规范工程发包，补办招标备案",
        "工程部",
        "郭磊",
        date(2024, 9, 30),
        "已经分管领导审批",
        "部分完成",
    ),
    (
        "濮阳市公用工程建设有限公司",
        "固定资产账实不符，盘亏施工设备11台",
        "全面盘点，查明原因并调账",
        "财务部",
        "范丽",
        date(2024, 7, 15),
        "已经主要负责人审批",
        "已完成盘点并调账",
    ),
    (
        "濮阳市水务公司",
        "居民水费欠费清收不及时，欠费户数逐年增加",
        "按月清收欠费，纳入营业所考核",
        "营业收费中心",
        "何伟",
        "长期坚持",
        "已经分管领导审批",
        "按月清收，长期坚持",
    ),
    (
        "集团本部",
        "所属企业资金未纳入集团资金集中管理",
        "建立集团资金池，统一结算",
        "集团财务部",
        "吴凯",
        date(2024, 10, 31),
        "已经主要负责人审批",
        "",
    ),
]


def write_follow_book(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("后续整改统计")
    b.widths(ws, [6, 22, 38, 30, 14, 10, 16, 18, 30])
    b.line(ws, 0, "2023年度内部审计发现问题后续整改情况统计表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市公用事业投资集团有限公司（审计部）    报送：市政府国资委    统计截至：2024年7月25日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被审计单位",
            "审计发现问题",
            "整改措施",
            "整改责任部门",
            "整改责任人",
            "整改计划完成时间",
            "计划审批情况",
            "后续整改完成情况",
        ],
    )
    for i, row in enumerate(FOLLOW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOLLOW_ROWS)
    b.line(
        ws,
        end,
        "说明：整改计划完成时间与后续整改通知日间隔原则上不超过一年；确无法整改的问题经上级主管批准可不予整改，本表未列入。",
        8,
    )
    b.line(ws, end + 1, "审计部负责人：宋建华    填表人：田甜    联系电话：0393-8216633", 8)
    return b.close()


def write_follow(path: Path) -> Path:
    return via_soffice(write_follow_book, path, "xls", "后续整改情况统计表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 专项资金审计调查问题整改交办台账, after a note on a county 审计局's 公益林保护情况专项审计调查 (两个镇（街道）分别自留
# 生态效益补偿金31.51万元、13.87万元用于其他支出; 审计组对审计查出问题逐项列出清单，建立整改台账，对涉及单位进行整改
# 交办; 违规列支的资金全部退回原账户):
# http://sjfz.org.cn/show-24586.html
# A CSV in GBK: a title line, a line stating the time limit counts working days from the 交办日期, one header line with
# the 交办日期 each row's 整改时限 (N个工作日) counts from, 问题金额 and 已退回金额 in 万元, a 合计 line.
ECO_ROWS = [
    (
        "2024-06-05",
        "范县陈庄镇人民政府",
        "自留生态效益补偿金31.51万元用于机关日常支出",
        "31.51",
        "全额退回原资金账户",
        "15个工作日",
        "已全额退回原账户",
        "31.51",
    ),
    (
        "2024-06-05",
        "范县辛庄镇人民政府",
        "自留生态效益补偿金13.87万元用于村内道路维修",
        "13.87",
        "全额退回原资金账户",
        "15个工作日",
        "已退回8.00万元，剩余5.87万元正在筹措",
        "8.00",
    ),
    (
        "2024-06-05",
        "范县张庄乡人民政府",
        "未按公益林面积足额兑付补偿资金，少兑付4.26万元",
        "4.26",
        "足额兑付到户",
        "15个工作日",
        "已补发到户，整改完成",
        "4.26",
    ),
    (
        "2024-06-12",
        "台前县夹河乡人民政府",
        "超标准从补偿资金中列支护林员劳务费6.80万元",
        "6.80",
        "退回超标准列支部分",
        "15个工作日",
        "",
        "",
    ),
    (
        "2024-06-12",
        "台前县清水河乡人民政府",
        "兑付花名册与林权登记不符，重复兑付2.15万元",
        "2.15",
        "追回重复兑付资金",
        "15个工作日",
        "未整改",
        "0.00",
    ),
    (
        "2024-07-01",
        "范县自然资源局",
        "生态效益补偿资金85.30万元滞留未及时拨付乡镇",
        "85.30",
        "及时拨付乡镇",
        "15个工作日",
        "已拨付至各乡镇",
        "85.30",
    ),
    (
        "2024-07-08",
        "台前县财政局",
        "生态效益补偿资金未实行专账核算，与其他林业资金混用",
        "",
        "设立专账，分项核算",
        "10个工作日",
        "已设立专账，正在调整以前年度账务",
        "",
    ),
]


def write_eco(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["公益林生态效益补偿资金专项审计调查发现问题整改交办台账"])
    w.writerow(["整改时限自交办之日起按工作日计算；金额单位：万元；交办单位：濮阳市审计局农业农村审计科"])
    w.writerow(
        [
            "序号",
            "交办日期",
            "涉及单位",
            "审计发现问题",
            "问题金额",
            "整改要求",
            "整改时限",
            "整改情况",
            "已退回（拨付）金额",
        ]
    )
    for i, row in enumerate(ECO_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共7个问题", "143.89", "", "", "", "129.07"])
    w.writerow(["填表人：韩磊", "", "联系电话：0393-8998215", "", "", "", "填报日期：2024年7月30日", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 财会监督问题交办清单, after a county's account of 财会问题整改 (精细组织2024年财会监督重点检查，反馈财会领域各类问题;
# 按照“共性与个性、普遍与个别、主观与客观、违纪与违法”区分问题属性，形成问题交办清单; 一般性、规范性问题直接交办、现场
# 交办，立行立改; 复杂性、历史遗留问题书面交办; 动态监控、跟踪督办直至整改完毕):
# http://yr.gov.cn/info/1041/65800.htm
# An .xlsx: title, 交办单位/填报日期 line, a two-row header (问题交办 over 问题描述, 问题属性, 交办方式, 交办日期; 整改落实 over
# 整改要求, 整改时限, 整改情况, 是否销号), 立行立改 counting from the row's 交办日期, 30日内 / dates / 年底前 / 长期坚持,
# a 检查组 column (the inspector), an 注 line and a signature line.
FISCAL_ROWS = [
    (
        "濮阳市第三中学",
        "第一检查组",
        "学生食堂收入未纳入单位财务统一核算",
        "个性、客观",
        "现场交办",
        "2024.6.12",
        "纳入单位大账核算",
        "立行立改",
        "已将食堂收支纳入单位财务统一核算",
        "是",
    ),
    (
        "清丰县人民医院",
        "第二检查组",
        "以虚开会议费票据套取资金2.3万元",
        "个别、违纪",
        "书面交办",
        "2024.6.14",
        "追回资金，追究责任",
        "30日内",
        "已追回资金2.3万元，相关责任人正在处理",
        "否",
    ),
    (
        "南乐县元村镇人民政府",
        "第二检查组",
        "违规向村集体借款20万元用于镇机关运转",
        "共性、主观",
        "书面交办",
        "2024.6.14",
        "限期归还借款",
        "2024年9月30日前",
        "已归还借款8万元，剩余12万元分期归还",
        "否",
    ),
    (
        "市残联",
        "第一检查组",
        "残疾人就业保障金超范围用于单位日常办公支出",
        "个性、主观",
        "书面交办",
        "2024.6.20",
        "调整账务，归还原渠道",
        "年底前",
        "",
        "",
    ),
    (
        "市医保局",
        "第三检查组",
        "暂付款、应付款等往来款项长期挂账未清理",
        "共性、客观",
        "现场交办",
        "2024.6.21",
        "清理往来款项",
        "立行立改",
        "已完成往来款项清理",
        "是",
    ),
    (
        "华龙区胜利路街道办事处",
        "第三检查组",
        "出纳兼管稽核和会计档案保管，不相容岗位未分离",
        "普遍、客观",
        "现场交办",
        "2024.6.25",
        "落实不相容岗位分离",
        "立行立改",
        "已调整出纳岗位，实行不相容岗位分离",
        "",
    ),
    (
        "濮阳县第一人民医院",
        "第一检查组",
        "药品耗材库存账实不符，差额38.6万元",
        "个性、客观",
        "书面交办",
        "2024.6.27",
        "全面盘点，查明原因",
        "2024年8月底前",
        "未整改",
        "否",
    ),
    (
        "台前县孙口镇人民政府",
        "第二检查组",
        "惠民惠农财政补贴资金“一卡通”代发不及时",
        "共性、客观",
        "书面交办",
        "2024.7.2",
        "建立按月比对发放机制",
        "长期坚持",
        "已建立按月比对机制，长期坚持",
        "",
    ),
]


def write_fiscal(path: Path) -> Path:
    b = Book(path, author="会计监督检查科")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 22, 11, 36, 12, 10, 11, 20, 16, 32, 9])
    b.line(ws, 0, "2024年财会监督重点检查问题交办清单及整改情况", 10, b.title)
    b.line(ws, 1, "交办单位：濮阳市财政局（会计监督检查科）    填报日期：2024年7月30日", 10)
    for col, word in enumerate(["序号", "被检查单位", "检查组"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 6, "问题交办", b.head)
    b.header(ws, 3, ["问题描述", "问题属性", "交办方式", "交办日期"], first=3)
    b.merge(ws, 2, 7, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改要求", "整改时限", "整改情况", "是否销号"], first=7)
    for i, row in enumerate(FISCAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 4, 5, 6, 8, 10) else b.cell)
    end = 4 + len(FISCAL_ROWS)
    b.line(
        ws,
        end,
        "注：一般性、规范性问题现场交办、立行立改，自交办之日起整改；复杂性、历史遗留问题书面交办，整改时限自交办之日起计算。",
        10,
    )
    b.line(ws, end + 1, "审核人：黄志刚    填表人：魏雪    联系电话：0393-4418612", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 巡财联动检查反馈问题整改情况报告, after a city 财政局's account of its 财经领域“五督”联动 (巡财联动机制为基础，与纪检
# 监察机关、巡察机构、人大财经委和审计部门联动; 巡财同步进驻检查单位3家，累计查出问题34个; 查前共谋、查中同步、查后
# 共督整改):
# https://py-wzlzw.wenzhou.gov.cn/default/detail?id=3266
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble giving the 反馈 date the 立行立改 row counts from, a table whose
# rows name only the bureau's own 科室 as 责任科室, deadlines as dates / 立行立改 / 长期坚持, a closing paragraph, the bureau
# and date at the foot.
PATROL_FISCAL_ROWS = [
    (
        "政府采购项目未编制采购预算即组织采购",
        "财务科",
        "严格执行先有预算后有支出",
        "2024年6月30日",
        "已整改",
    ),
    (
        "公务接待无公函、无接待清单",
        "办公室",
        "严格执行公务接待审批制度",
        "立行立改",
        "已整改到位",
    ),
    (
        "文物保护专项资金结存420万元未使用",
        "文物科",
        "加快项目实施和资金拨付",
        "2024年10月31日",
        "已拨付60%，剩余资金正在推进拨付",
    ),
    (
        "文旅消费券资金结算未附核销明细",
        "产业发展科",
        "补充完善结算资料",
        "2024年8月31日",
        "正在补充核销明细",
    ),
    (
        "临聘人员工资从专项资金中列支",
        "人事科",
        "调整资金来源，归还专项资金",
        "2024年7月31日",
        "未整改",
    ),
    (
        "部分办公设备购置后未登记固定资产",
        "财务科",
        "全面清查，登记入账",
        "2024年9月30日",
        "",
    ),
    (
        "惠民演出补助资金发放缺少审批程序",
        "艺术科",
        "规范补助资金审批流程",
        "长期坚持",
        "已建立三级审批流程，长期坚持",
    ),
]


def write_patrol_fiscal_docx(path: Path) -> Path:
    doc = _new_document("财务科")
    _title(doc, "濮阳市文化广电和旅游局关于“巡财联动”检查反馈问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年5月，市委第三巡察组与市财政局对我局开展“巡财联动”同步进驻检查，于2024年6月18日反馈财会领域问题7个。"
        "我局对照问题清单，逐项明确责任科室、整改措施和整改时限，能立行立改的自反馈之日起立行立改。现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PATROL_FISCAL_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任科室", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "下一步，我局将对未完成整改的问题实行台账管理，逐项对账销号。")
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol_fiscal(path: Path) -> Path:
    return via_soffice(write_patrol_fiscal_docx, path, "doc", "巡财联动检查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 历年审计查出问题整改对账表, after a district's 本级预算执行和其他财政收支的审计工作报告 (审计查出主要问题金额, 审计处理
# 金额分为应减少财政拨款或补贴、应调账处理、应缴纳其他资金、应上缴财政、应归还原渠道资金; 移送处理):
# https://www.scps.gov.cn/info/5359/123759.htm
# An .xlsx: title, 对账单位/对账日期/金额单位 line, a two-row header (审计处理 over 处理类型 and 应整改金额; 整改落实 over
# 已整改金额, 未整改金额 and 整改期限), 对账意见 as the closure column, audits back to 2018 so 被审计单位 carry former names
# (市国土资源局, 市卫计委, 市农委), a 合计 row summing the money, a two-party signature line.
RECON_ROWS = [
    (
        "2018年度市本级预算执行审计",
        "市国土资源局",
        "土地出让金未及时缴入国库",
        "应上缴财政",
        1250.00,
        1250.00,
        0.00,
        date(2023, 12, 31),
        "核对一致，同意销号",
    ),
    (
        "2018年度部门预算执行审计",
        "市卫计委",
        "公立医院基建项目挤占公共卫生专项资金",
        "应归还原渠道资金",
        320.50,
        200.00,
        120.50,
        date(2024, 12, 31),
        "部分到位，继续整改",
    ),
    (
        "2022年度交通专项资金审计",
        "市交通局",
        "农村公路养护资金滞留未拨付",
        "应调账处理",
        586.00,
        586.00,
        0.00,
        date(2023, 6, 30),
        "核对一致，同意销号",
    ),
    (
        "2022年度财政转移支付审计",
        "清丰县财政局",
        "上级转移支付资金未及时分配，长期挂往来账",
        "应调账处理",
        412.30,
        0.00,
        412.30,
        date(2024, 6, 30),
        "未整改",
    ),
    (
        "2023年度乡镇财政收支审计",
        "华龙区孟轲乡人民政府",
        "违规发放津补贴",
        "应上缴财政",
        12.60,
        12.60,
        0.00,
        date(2024, 3, 31),
        "核对一致，同意销号",
    ),
    (
        "2018年度农业专项资金审计",
        "市农委",
        "农机购置补贴被冒领",
        "应缴纳其他资金",
        45.80,
        0.00,
        45.80,
        "2024年底前",
        "正在通过司法程序追缴",
    ),
    (
        "2023年度社会保险基金审计",
        "市人社局",
        "社保基金支付职业培训补贴超范围",
        "应归还原渠道资金",
        88.00,
        88.00,
        0.00,
        date(2024, 5, 31),
        "核对一致，同意销号",
    ),
    (
        "2023年度乡镇财政收支审计",
        "南乐县千口镇人民政府",
        "项目资金闲置两年以上",
        "应减少财政拨款或补贴",
        36.40,
        "",
        "",
        date(2024, 8, 31),
        "",
    ),
]


def write_recon(path: Path) -> Path:
    b = Book(path, author="法规审理科")
    ws = b.sheet("对账表")
    b.widths(ws, [6, 26, 20, 34, 18, 12, 12, 12, 14, 22])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "历年审计查出问题整改对账表", 9, b.title)
    b.line(ws, 1, "对账单位：濮阳市审计局（法规审理科）    对账日期：2024年7月24日    金额单位：万元", 9)
    for col, word in enumerate(["序号", "审计项目", "被审计单位", "审计查出问题"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "审计处理", b.head)
    b.header(ws, 3, ["处理类型", "应整改金额"], first=4)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["已整改金额", "未整改金额", "整改期限"], first=6)
    b.merge(ws, 2, 9, 3, 9, "对账意见", b.head)
    for i, row in enumerate(RECON_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c in (5, 6, 7) and v != "" else None)
    end = 4 + len(RECON_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "共8个问题", b.cell)
    for c, k in ((5, 4), (6, 5), (7, 6)):
        b.put(ws, end, c, round(sum(r[k] for r in RECON_ROWS if r[k] != ""), 2), money)
    b.put(ws, end, 8, "", b.cell)
    b.put(ws, end, 9, "", b.cell)
    b.line(ws, end + 1, "对账人（审计局）：刘畅    对账人（被审计单位）：各单位财务负责人签字确认", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 政府投资项目结算审计整改 (two returns in one zip), after a district 审计局's published result of a 装修项目 工程结算审计
# (送审金额3009105.19元，审定工程造价2723289.95元，核减285815.24元; 审计建议：严格执行招投标法、加强前期规划避免随意
# 变更签证、加强施工现场管理严审现场签证):
# http://henan.kjzch.com/zhengzhou/2018-10-29/158316.html
# A .zip holding an .xlsx from the city 审计局 (one row per project, 送审/审定/核减 in 元, the 建设单位 as the unit) and a
# .docx from a district 教育局 reporting on the three 审计建议 of its own project as numbered headings (its 股室 inside).
PROJECT_ROWS = [
    (
        "中原路（京开大道至大庆路）雨污分流改造工程",
        "市城管局",
        5862140.37,
        5417930.12,
        444210.25,
        "重复计取土方外运费用",
        "按审定金额结算，扣回多付款项",
        "2024年6月30日",
        "已按审定金额办理结算，多付款项已扣回",
    ),
    (
        "戚城文物景区游览步道提升工程",
        "市文广旅局",
        2318066.50,
        2190452.08,
        127614.42,
        "设计变更未履行审批程序即施工",
        "补办变更审批，规范变更管理",
        "2024年9月30日",
        "正在补办设计变更审批手续",
    ),
    (
        "渠村乡黄河滩区道路硬化工程",
        "濮阳县交通运输局",
        3976500.00,
        3801277.64,
        175222.36,
        "施工单位未按合同约定配备项目经理和安全员",
        "按合同追究施工单位违约责任",
        "2024年8月15日",
        "",
    ),
    (
        "市第二实验小学综合楼维修工程",
        "市教育局",
        1287430.66,
        1203318.90,
        84111.76,
        "现场签证事后补签，签证工程量与实际不符",
        "严格现场签证管理",
        "长期坚持",
        "已建立现场签证四方会签制度，长期坚持",
    ),
    (
        "开发区绿色大道给水管网工程",
        "濮阳经济技术开发区管理委员会",
        4410389.21,
        4236120.55,
        174268.66,
        "管材价格未按同期信息价核定，多计材料费",
        "按信息价调整结算",
        "2024年7月20日",
        "已完成",
    ),
]

KINDERGARTEN_PARAS = [
    (
        "一、关于“附属工程未执行招投标程序直接发包”的问题",
        "整改情况：基建股已对相关经办人员进行批评教育，今后单项合同估算价达到限额的工程一律依法招标。整改时限2024年"
        "6月30日，已整改。",
    ),
    (
        "二、关于“前期规划不充分，施工中随意发生设计变更”的问题",
        "整改情况：局计财股牵头起草《华龙区教育系统基建项目设计变更管理办法》，已完成征求意见，计划8月底前印发。",
    ),
    (
        "三、关于“多结算工程款28.58万元尚未扣回”的问题",
        "整改情况：已与施工单位协商一致，于2024年7月10日从应付质保金中全额扣回。整改时限7月15日前，整改完成。",
    ),
    (
        "四、关于“现场签证单无监理单位签字、签证不及时”的问题",
        "整改情况：基建股正在会同监理单位对全部签证单逐项补正，9月底前完成。",
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="固定资产投资审计科")
    ws = b.sheet("结算审计整改台账")
    b.widths(ws, [6, 34, 22, 14, 14, 13, 32, 26, 16, 30])
    yuan = b.book.add_format({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})
    b.line(ws, 0, "2024年政府投资项目结算审计发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局固定资产投资审计科    填报日期：2024年7月29日    金额单位：元", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "建设单位",
            "送审金额",
            "审定金额",
            "核减金额",
            "审计发现问题",
            "审计建议",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, yuan if c in (3, 4, 5) else None)
    b.line(ws, 4 + len(PROJECT_ROWS), "填表人：许强    审核人：张敬    联系电话：0393-8992107", 9)
    return b.close()


def write_kindergarten_docx(path: Path) -> Path:
    doc = _new_document("基建股")
    _title(doc, "华龙区教育局关于华龙区实验幼儿园改扩建工程结算审计整改情况的报告", 18)
    _paragraph(doc, "区审计局：")
    _paragraph(
        doc,
        "区审计局对华龙区实验幼儿园改扩建工程结算进行了审计，送审金额3218640.52元，审定工程造价2932824.37元，核减"
        "项目金额285816.15元，并提出审计建议。我局高度重视，逐条落实整改，现将整改情况报告如下：",
    )
    for heading, text in KINDERGARTEN_PARAS:
        _paragraph(doc, heading, font="黑体")
        _paragraph(doc, text)
    _paragraph(doc, "华龙区教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_project_zip(path: Path) -> Path:
    members = [
        ("2024年政府投资项目结算审计发现问题整改台账.xlsx", write_project_book),
        ("华龙区实验幼儿园改扩建工程结算审计整改情况报告.docx", write_kindergarten_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 行政事业性国有资产管理问题整改情况表, after an article on 行政事业性国有资产 problems the provincial audit reports
# name (基础管理方面资产登记、核算不完整，账实不符; 资产配置方面超标准配备、购置后使用效率低; 资产使用环节未经审批、
# 无偿或低价出租出借，租金未及时上交国库; 资产处置环节违规处置或闲置长期未处置):
# http://www.sdcqjyjt.com/article/1579827082169446401/1839541899766034434
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位 line, a two-row header with 是否整改到位 over 是 and 否
# (progress as a √ under one of them or none), the items grouped under the article's four 环节 rows merged across, the
# units by short names (市退役军人局, 市消防支队), a 备注 column, a signature line.
ASSET_GROUPS = [
    (
        "一、基础管理方面",
        [
            (
                "市民政局",
                "资产卡片登记不完整，2处房屋未入账",
                "补登资产卡片，办理入账",
                "2024年6月30日",
                "√",
                "",
                "",
            ),
            (
                "市统计局",
                "资产账实不符，盘亏计算机12台",
                "全面清查盘点，查明盘亏原因",
                "2024年8月31日",
                "",
                "√",
                "正在清查",
            ),
        ],
    ),
    (
        "二、资产配置方面",
        [
            ("市科技局", "超标准配备办公设备", "超标准部分交公物仓", "2024年5月31日", "√", "", ""),
            (
                "市气象局",
                "购置的便携式监测设备使用率低，长期闲置",
                "调剂至县局使用",
                "2024年9月30日",
                "",
                "√",
                "",
            ),
        ],
    ),
    (
        "三、资产使用方面",
        [
            (
                "市商务局",
                "未经审批出租临街房产，租金未上缴国库",
                "补办出租审批，租金缴库",
                "2024年7月31日",
                "",
                "",
                "",
            ),
            (
                "市退役军人局",
                "将公务用车无偿出借给下属企业使用",
                "收回出借车辆",
                "2024年6月底前",
                "√",
                "",
                "",
            ),
        ],
    ),
    (
        "四、资产处置方面",
        [
            (
                "市消防支队",
                "报废车辆未履行报批程序即自行处置",
                "补办报批手续",
                "2024年10月31日",
                "",
                "√",
                "已补办报批手续，待财政审批",
            ),
            (
                "市司法局",
                "闲置办公家具长期未处置",
                "移交公物仓调剂",
                "2024年第四季度",
                "",
                "",
                "已移交公物仓，正在调剂",
            ),
        ],
    ),
]


def write_asset_book(path: Path) -> Path:
    b = Book(path, author="资产管理科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 38, 28, 16, 6, 6, 26])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "市直行政事业单位国有资产管理专项检查发现问题整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市财政局（资产管理科）    填报日期：2024年7月26日", 7)
    for col, word in enumerate(["序号", "单位", "存在问题", "整改措施", "完成时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=5)
    b.merge(ws, 2, 7, 3, 7, "备注", b.head)
    r, n = 4, 0
    for title, rows in ASSET_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.center if c in (4, 5, 6) else b.cell)
            r += 1
    b.line(ws, r, "填表人：邵阳    审核人：王卫东    联系电话：0393-8992566", 7)
    return b.close()


def write_asset(path: Path) -> Path:
    via_soffice(write_asset_book, path, "ods", "国有资产管理问题整改情况表.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳县财政局关于2023年度县本级预算执行审计查出问题整改情况的报告.docx", write_budget),
    ("2023年度市级预算执行审计查出问题整改台账（系统导出）.xlsx", write_export),
    ("落实审计建议计划表（市投资集团）.xls", write_plan),
    ("2023年度内部审计发现问题后续整改情况统计表.et", write_follow),
    ("公益林生态效益补偿资金专项审计调查问题整改交办台账.csv", write_eco),
    ("2024年财会监督重点检查问题交办清单及整改情况.xlsx", write_fiscal),
    ("市文化广电和旅游局巡财联动检查反馈问题整改情况报告.doc", write_patrol_fiscal),
    ("历年审计查出问题整改对账表.xlsx", write_recon),
    ("政府投资项目结算审计整改（市审计局、华龙区教育局）.zip", write_project_zip),
    ("市直行政事业单位国有资产管理问题整改情况表.ods", write_asset),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev121 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡视巡察反馈、审计整改、环保督察交办、督查督办.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside209.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 9, 20, 0)
ZIP_TIME = (2024, 7, 31, 9, 20, 0)


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
        self.middle = add({"align": "center", "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
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


def _heading(doc, text: str, font: str = "黑体") -> None:
    _paragraph(doc, text, 16, font)


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
# 1. 群众信访举报转办和边督边改公开情况一览表, after a prefecture's 迎接中央生态环境保护督察工作领导小组边督边改组
# notice (交办件第一时间转相关县（市）及部门办理，明确办理部门和责任人、办理时限; 转办件统计截止时间; “中央生态环境
# 保护督察群众信访举报转办和边督边改公开情况一览表”, its columns 受理编号、交办问题基本情况、行政区域、污染类型、
# 调查核实情况、是否属实、处理和整改情况、责任追究情况):
# http://xgll.com.cn/xwzx/2021-04/23/content_374987.htm
# An .xlsx: title with the 批次, a 截至 line and a running-count line, one header row in the 一览表's own words plus the
# 办理单位, 是否办结 as 已办结 / 阶段性办结 / 未办结, no deadline column (two rows name a date inside the sentence),
# a 注 line and the office and date at the foot.
PETITION_ROWS = [
    (
        "D410900202407180031",
        "反映华龙区京开道街道昆吾路与绿城路交叉口东北角烧烤摊夜间油烟、噪声扰民",
        "华龙区",
        "大气、噪声",
        "华龙区人民政府",
        "经现场核查，该烧烤摊露天经营，未安装油烟净化设施",
        "属实",
        "已责令停止露天烧烤，入室经营并安装油烟净化器；7月20日复查，已整改到位",
        "已办结",
        "无",
    ),
    (
        "X410900202407180007",
        "反映濮阳县王称堌镇一废旧塑料加工点夜间将清洗废水排入村东排水沟",
        "濮阳县",
        "水",
        "濮阳县人民政府",
        "该加工点无环保手续，现场发现清洗废水经软管排入排水沟",
        "部分属实",
        "已查封清洗设备并立案调查；排水沟底泥清理计划于2024年8月底前完成",
        "阶段性办结",
        "对王称堌镇分管负责人提醒谈话",
    ),
    (
        "D410900202407190012",
        "反映清丰县马庄桥镇3家家具喷涂作坊无环保手续，喷漆异味扰民",
        "清丰县",
        "大气",
        "清丰县人民政府",
        "3家作坊均未办理环评手续，喷涂工序无废气收集设施",
        "属实",
        "已对3家作坊断电并取缔，喷涂设备已拆除",
        "已办结",
        "无",
    ),
    (
        "D410900202407190020",
        "反映南乐县韩张镇一生猪养殖场粪污直排周边农田，臭味大",
        "南乐县",
        "水、土壤",
        "南乐县人民政府",
        "该养殖场粪污储存池容量不足，雨后粪污溢流至农田",
        "属实",
        "已下达限期整改通知书，要求2024年9月15日前建成粪污储存池，目前正在施工",
        "未办结",
        "无",
    ),
    (
        "X410900202407200003",
        "反映市城区马颊河绿城路桥至京开道桥段水面漂浮垃圾，岸边堆放建筑垃圾",
        "市直",
        "水、固废",
        "市城管局",
        "河道水面有漂浮物，南岸堆放建筑垃圾约百余吨",
        "属实",
        "已清理漂浮物和建筑垃圾120余吨，建立河道日常保洁巡查制度",
        "已办结",
        "无",
    ),
    (
        "D410900202407200015",
        "反映范县濮城镇一石油化工企业火炬燃烧噪声大、冒黑烟",
        "范县",
        "大气、噪声",
        "范县人民政府",
        "经监测，厂界噪声达标；7月19日开停工期间火炬存在短时黑烟",
        "部分属实",
        "已责令企业优化火炬燃烧工况，加装蒸汽助燃设施",
        "已办结",
        "无",
    ),
    (
        "D410900202407210009",
        "反映市城区胜利路西段一混凝土搅拌站扬尘污染，运输车辆带泥上路",
        "华龙区",
        "大气",
        "市环保局",
        "搅拌站料场未完全封闭，车辆冲洗设施损坏",
        "属实",
        "已立案处罚2万元，责令完善料场封闭和车辆冲洗设施，正在改造",
        "阶段性办结",
        "无",
    ),
    (
        "X410900202407220011",
        "反映台前县城关镇某小区地下车库被改为洗车点，洗车废水直排雨水管网",
        "台前县",
        "水",
        "台前县人民政府",
        "经现场核查，该洗车点已于2024年5月关停，未发现废水排放",
        "不属实",
        "已向信访人反馈核查结果",
        "已办结",
        "无",
    ),
]


def write_petitions(path: Path) -> Path:
    b = Book(path, author="边督边改组")
    ws = b.sheet("一览表")
    b.widths(ws, [6, 22, 40, 10, 10, 16, 34, 10, 40, 12, 18])
    last = 10
    b.line(
        ws,
        0,
        "河南省第三生态环境保护督察组交办濮阳市群众信访举报件边督边改公开情况一览表（第十二批）",
        last,
        b.title,
    )
    b.line(ws, 1, "（截至2024年7月26日）", last, b.middle)
    b.line(
        ws,
        2,
        "截至2024年7月26日，省第三生态环境保护督察组累计交办我市群众信访举报件96件（来电71件、来信25件），"
        "本批交办8件，已第一时间转相关县（区）及市直部门办理。",
        last,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "办理单位",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "是否办结",
            "责任追究情况",
        ],
    )
    for i, (code, problem, area, kind, unit, found, true, done, closed, blame) in enumerate(PETITION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [code, problem, area, kind, unit, found], first=1)
        b.put(ws, r, 7, true, b.center)
        b.put(ws, r, 8, done)
        b.put(ws, r, 9, closed, b.center)
        b.put(ws, r, 10, blame)
    end = 4 + len(PETITION_ROWS)
    b.line(
        ws,
        end,
        "注：“是否办结”分为已办结、阶段性办结、未办结三类；本表按边督边改要求在市政府网站同步公开。",
        last,
    )
    b.line(ws, end + 1, "濮阳市迎接省生态环境保护督察工作领导小组办公室    2024年7月26日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改台账（挂号销号）, after an account of provincial 审计整改 practice (由专职人员编制问题整改台账进行
# 挂号，列明审计报告反映的具体问题、整改类型、审计处理意见，明确整改责任单位、整改时限和整改要求; 整改完成的在
# 台账中予以销号; 立行立改、分阶段整改、持续整改3类整改责任):
# https://yonyouaud.com/a/news/hangyexinwen/1233.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/截止日期 line,
# a two-row header (挂号 over six columns, 销号 over two), 整改类型 beside the 整改时限, units in short and former
# names, a 销号情况 column blank until closed, a 说明 line and a signature line.
AUDIT_ROWS = [
    (
        "市财政局未及时收回部门结转两年以上的财政资金3280万元",
        "立行立改",
        "收回总预算统筹使用",
        "市财政局",
        "2024年5月31日",
        "全额收回并报送收回凭证",
        "已收回3280万元，统筹用于民生支出",
        "已销号",
    ),
    (
        "城市基础设施配套费征收不到位，少征收1160万元",
        "分阶段整改",
        "追缴欠缴配套费",
        "市住房城乡建设局",
        "2024年12月31日",
        "建立欠费台账，逐户追缴",
        "已追缴620万元，其余正在追缴",
        "",
    ),
    (
        "2个公路养护项目未按规定公开招标，合同金额486万元",
        "立行立改",
        "完善采购内控制度，追究相关人员责任",
        "市交通局",
        "2024年6月30日",
        "修订采购管理办法",
        "已修订采购内控制度，对相关责任人批评教育",
        "已销号",
    ),
    (
        "所属3家公立医院医疗设备闲置，涉及资产1560万元",
        "分阶段整改",
        "盘活闲置资产",
        "市卫健委",
        "2024年9月底前",
        "制定调剂使用方案",
        "已调剂使用设备12台，其余正在评估",
        "",
    ),
    (
        "高标准农田建设项目资金滞留项目单位，涉及资金2870万元",
        "持续整改",
        "加快项目实施和资金拨付",
        "市农业局",
        "2024年-2025年",
        "按工程进度拨付资金",
        "",
        "",
    ),
    (
        "学生资助资金发放不及时，涉及学生237人",
        "立行立改",
        "及时足额发放",
        "市教育局",
        "2024年4月30日",
        "逐人核对并发放到位",
        "已于4月26日全部发放",
        "已销号",
    ),
    (
        "4宗国有建设用地土地出让金欠缴未追缴到位，涉及1.2亿元",
        "持续整改",
        "依法追缴欠缴出让金",
        "市国土局",
        "2024年12月31日",
        "对欠缴单位依法催缴或起诉",
        "已对2宗地欠缴单位提起诉讼，追缴0.35亿元",
        "",
    ),
    (
        "部分部门预算编制不精准，年中追加预算占比较高",
        "持续整改",
        "提高预算编制质量",
        "市财政局",
        "长期坚持",
        "严格预算追加审批",
        "已修订部门预算管理办法，长期坚持",
        "",
    ),
    (
        "城区2处公共停车场建成后长期未投入使用，造成资产闲置",
        "分阶段整改",
        "尽快投入运营",
        "市城管执法局",
        "2024年7月20日",
        "确定运营单位",
        "未整改",
        "",
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计局法规审理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 22, 16, 16, 22, 30, 10])
    last = 8
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计查出问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（盖章）    截止日期：2024年7月25日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 6, "挂号", b.head)
    b.header(
        ws,
        3,
        ["审计报告反映的具体问题", "整改类型", "审计处理意见", "整改责任单位", "整改时限", "整改要求"],
        first=1,
    )
    b.merge(ws, 2, 7, 2, 8, "销号", b.head)
    b.header(ws, 3, ["整改情况", "销号情况"], first=7)
    for i, (problem, kind, opinion, unit, limit, demand, done, closed) in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [problem], first=1)
        b.put(ws, r, 2, kind, b.center)
        b.row(ws, r, [opinion, unit, limit, demand, done], first=3)
        b.put(ws, r, 8, closed, b.center)
    end = 4 + len(AUDIT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改类型分立行立改、分阶段整改、持续整改三类；整改完成并经审计机关认定的，在“销号情况”栏注明已销号。",
        last,
    )
    b.line(ws, end + 1, "审核人：胡建新    填表人：孔令娟    联系电话：0393-8992457", last)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计查出问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 审计查出问题整改情况的报告, after a city 审计局局长's report to the 人大常委会 on the 本级预算执行审计查出问题
# 整改情况 (整改工作总体推进情况; 出具整改任务清单，明确具体事项、责任单位和工作要求; 制定整改台账，实行对账销号;
# 边审边改; 对水务集团工程转包问题开展专项自查):
# https://cixird.gov.cn/index.php/home/content?id=1532529
# A .docx: title and 会议 line, the speaker, 主任/委员 salutation, a preamble, the items as numbered paragraphs
# （1. 关于……的问题。已整改/正在整改/尚未整改……） under two 方面 headings, each naming its unit (a short name of the
# water company among them); deadlines only where a sentence names one; a closing section.
AUDIT_REPORT_GROUPS = [
    (
        "（一）部门预算执行审计查出问题的整改情况",
        [
            "1.关于市发展改革委部分政府投资项目前期经费结余未及时清理的问题。已整改。市发展改革委已清理结余资金215万元"
            "并上缴财政，修订了前期经费管理办法。",
            "2.关于市财政局政府采购预算执行率偏低的问题。正在整改。市财政局已将政府采购预算执行情况纳入月度通报，"
            "计划于2024年9月底前完成全年采购预算调整。",
            "3.关于市民政局养老服务补贴发放对象审核不严、向已死亡人员发放补贴2.6万元的问题。已整改。已追回补贴2.6万元，"
            "并与公安、卫健部门建立死亡信息比对机制。",
            "4.关于市人社局职业技能培训补贴审核发放不规范的问题。尚未整改。该问题涉及5家培训机构历年补贴资金的追溯核查，"
            "核查工作尚未启动。",
            "5.关于市文广旅局文化惠民演出补助资金拨付滞后的问题。已整改。市文广旅局已拨付补助资金186万元。",
        ],
    ),
    (
        "（二）重点专项资金和国有企业审计查出问题的整改情况",
        [
            "6.关于市水务公司管网改造工程项目违法转包的问题。部分整改。市水务公司已与涉事施工单位解除合同，"
            "对相关责任人进行诫勉谈话；公司内部工程项目专项自查计划于2024年8月底前完成。",
            "7.关于市交易中心投标保证金退还不及时的问题。持续整改。市交易中心已上线保证金自动退还功能，"
            "对逾期未退的保证金按月清理，此项工作长期坚持。",
            "8.关于市城市管理局数字化城管平台运维费用未按合同约定考核支付的问题。已整改。已按合同约定完成考核，"
            "扣减运维费用14.2万元。",
            "9.关于市卫生健康委部分公立医院药品耗材采购未通过省平台的问题。正在整改。已督促相关医院完成平台注册，"
            "年底前实现全部线上采购。",
        ],
    ),
]


def write_audit_report(path: Path) -> Path:
    doc = _new_document("审计局办公室")
    _title(doc, "关于2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告")
    _paragraph(
        doc,
        "——2024年7月30日在濮阳市第八届人民代表大会常务委员会第十九次会议上",
        14,
        "楷体_GB2312",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市审计局局长  钱卫平", 14, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "主任、各位副主任、各位委员：")
    _paragraph(
        doc,
        "我受市人民政府委托，向市人大常委会报告2023年度市本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。",
    )
    _heading(doc, "一、审计整改工作总体推进情况")
    _paragraph(
        doc,
        "市审计局向各整改责任单位出具整改任务清单，明确整改具体事项、责任单位和工作要求；各责任单位制定整改台账，"
        "实行对账销号。截至2024年7月25日，审计工作报告反映的问题已整改到位4个，部分整改或正在整改3个，持续整改1个，"
        "尚未整改1个。",
    )
    _heading(doc, "二、审计查出问题的整改情况")
    for heading, paragraphs in AUDIT_REPORT_GROUPS:
        _heading(doc, heading, "楷体_GB2312")
        for text in paragraphs:
            _paragraph(doc, text)
    _heading(doc, "三、下一步工作")
    _paragraph(
        doc,
        "对尚未整改到位的问题，市审计局将持续跟踪督促，推动相关单位按期整改，整改结果将向社会公告。",
    )
    _paragraph(doc, "濮阳市审计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 大气污染防治专项审计调查发现问题整改情况的函, after a city government's 函 to the 自治区审计厅 (制定整改方案，
# 明确每个问题的整改措施、整改时限和责任单位，按短期攻坚、中期推进和长期坚持三个阶段分步推进; 二、具体整改情况:
# （一）问题标题，“该问题已完成整改。一是……二是……”):
# http://m.ilynn.cn/document_detail/61662.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, 一、总体情况, 二、具体整改情况 with each problem as a heading
# paragraph followed by a paragraph that opens with (责任单位：…；整改时限：…) and the verdict sentence; units in
# short and former names and a bus company; the city and date at the foot.
AIR_ITEMS = [
    (
        "（一）部分年度空气质量约束性指标任务未完成。",
        "（责任单位：市环境局；整改时限：2024年6月底）该问题已完成整改。一是印发《濮阳市2024年大气污染防治攻坚方案》，"
        "将约束性指标分解下达各县（区）；二是将指标完成情况纳入生态环境保护目标责任考核。",
    ),
    (
        "（二）重点行业企业超低排放改造进度滞后，3家企业未按期完成改造。",
        "（责任单位：市工信局；整改时限：2024年10月31日）该问题正在整改。目前2家企业已完成改造并通过评估监测，"
        "1家正在进行脱硝设施安装。",
    ),
    (
        "（三）建筑工地扬尘治理“六个百分之百”落实不到位。",
        "（责任单位：市住建局；整改时限：2024年6月15日）该问题已完成整改。对全市在建工地开展拉网式排查，"
        "对41个工地下达整改通知，已全部整改到位。",
    ),
    (
        "（四）渣土运输车辆未密闭运输、带泥上路问题突出。",
        "（责任单位：市城管执法局；整改时限：2024年7月15日）该问题已完成整改。对渣土运输企业全部安装密闭装置和"
        "卫星定位系统，建立夜间联合巡查机制。",
    ),
    (
        "（五）农作物秸秆综合利用率未达到年度目标。",
        "（责任单位：市农委；整改时限：长期坚持）该问题需长期坚持。已将秸秆综合利用纳入乡村振兴考核，"
        "持续推进秸秆肥料化、饲料化利用。",
    ),
    (
        "（六）大气污染防治专项资金结存未使用1280万元。",
        "（责任单位：市财政局；整改时限：2024年9月底前）该问题正在整改。已拨付资金760万元，剩余资金待项目验收后拨付。",
    ),
    (
        "（七）机动车排放检验机构监管不到位，2家机构出具虚假检验报告。",
        "（责任单位：市市场监管局；整改时限：2024年7月10日）该问题已完成整改。已撤销1家机构检验检测资质，"
        "对另1家机构立案处罚。",
    ),
    (
        "（八）城区公交车辆新能源替换进度滞后。",
        "（责任单位：市公交公司；整改时限：2024年12月底前）该问题正在整改。已购置新能源公交车60辆，"
        "剩余40辆正在采购。",
    ),
    (
        "（九）城区餐饮油烟在线监控平台未按计划建成。",
        "（责任单位：华龙区人民政府；整改时限：2024年8月31日）该问题尚未整改，项目建设资金尚未落实。",
    ),
]


def write_air_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "濮阳市人民政府关于2023年度大气污染防治专项审计调查发现问题整改情况的函")
    _paragraph(doc, "河南省审计厅：")
    _paragraph(
        doc,
        "《河南省审计厅专项审计调查报告》（豫审报〔2024〕12号）通报了2023年度全省大气污染防治专项审计调查情况。"
        "我市高度重视，立即组织相关单位从严从实从快推进问题整改。现将整改情况函告如下：",
    )
    _heading(doc, "一、总体情况")
    _paragraph(
        doc,
        "我市制定印发了《濮阳市大气污染防治专项审计调查发现问题整改方案》，明确每个问题的整改措施、整改时限和责任单位，"
        "按短期攻坚、中期推进和长期坚持三个阶段分步推进。此次审计调查发现问题涉及我市的共9个，已完成整改4个，"
        "正在整改3个，需长期坚持1个，尚未整改1个。",
    )
    _heading(doc, "二、具体整改情况")
    for heading, body in AIR_ITEMS:
        _paragraph(doc, heading, font="楷体_GB2312")
        _paragraph(doc, body)
    _paragraph(doc, "特此函告。")
    _paragraph(doc, "濮阳市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_air(path: Path) -> Path:
    return via_soffice(write_air_docx, path, "doc", "大气污染防治审计整改情况的函.docx")


# ---------------------------------------------------------------------------------------------
# 5. 转办信访件查处整改公示, after a city 环境保护局's 中央第三生态环境保护督察组转办信访件查处整改公示 (明确专人负责、
# 立即调查核实、按时上报公开; 坚持立行立改、即知即改、边查边改; 经查属实/不属实; 已办结/正在办理):
# https://www.ahsz.gov.cn/zwzx/ztzl/gdzt/lsqsjsjsys/hbxd/31122525.html
# A CSV in GBK: a title line, a line stating the time limits count from the 交办日期, one header line with the
# 交办日期, 是否属实, the 整改时限 as 立行立改 / N日内 / N个工作日内 / dates, 办理状态 as 已办结 / 正在办理 / 未办结,
# one newly handed-over row still blank, a 合计 line.
TRANSFER_ROWS = [
    (
        "HB-21-01",
        "2024-07-08",
        "反映濮阳县城关镇一加油站卸油时油气味道大",
        "濮阳县",
        "濮阳县人民政府",
        "属实",
        "已责令更换油气回收管线，经复查合格",
        "立行立改",
        "已办结",
        "无",
    ),
    (
        "HB-21-02",
        "2024-07-08",
        "反映清丰县仙庄镇一砖厂烟尘污染",
        "清丰县",
        "清丰县人民政府",
        "属实",
        "已责令停产整治，除尘设施改造正在进行",
        "30日内",
        "正在办理",
        "无",
    ),
    (
        "HB-21-03",
        "2024-07-09",
        "反映南乐县城区一KTV夜间噪声扰民",
        "南乐县",
        "南乐县人民政府",
        "属实",
        "已责令加装隔音设施，7月12日夜间复测达标",
        "7日内",
        "已办结",
        "无",
    ),
    (
        "HB-21-04",
        "2024-07-10",
        "反映华龙区孟轲乡一村坑塘被倾倒生活垃圾，散发恶臭",
        "华龙区",
        "华龙区人民政府",
        "属实",
        "已清运垃圾86吨，坑塘水体治理方案正在编制",
        "2024年9月30日",
        "正在办理",
        "约谈村党支部书记",
    ),
    (
        "HB-21-05",
        "2024-07-10",
        "反映范县杨集乡一化工企业夜间排放刺激性气体",
        "范县",
        "范县人民政府",
        "不属实",
        "经监测，厂界无组织排放浓度达标，未发现夜间偷排",
        "",
        "已办结",
        "无",
    ),
    (
        "HB-21-06",
        "2024-07-11",
        "反映台前县打渔陈镇黄河滩区有人非法采砂",
        "台前县",
        "台前县人民政府",
        "部分属实",
        "已拆除采砂设备2套，案件正在调查",
        "10个工作日内",
        "正在办理",
        "无",
    ),
    (
        "HB-21-07",
        "2024-07-15",
        "反映濮阳县户部寨镇养殖户将病死猪丢弃在沟渠内",
        "濮阳县",
        "市畜牧局",
        "属实",
        "尚未处理",
        "2024年7月22日",
        "未办结",
        "无",
    ),
    (
        "HB-21-08",
        "2024-07-25",
        "反映华龙区长庆路一汽修厂露天喷漆，气味刺鼻",
        "华龙区",
        "市环保局",
        "",
        "",
        "7日内",
        "",
        "",
    ),
]


def write_transfers(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["河南省第三生态环境保护督察组转办信访件查处整改公示（第二十一批）"])
    w.writerow(["整改时限自交办日期起计算；立行立改事项于交办当日整改到位"])
    w.writerow(
        [
            "序号",
            "交办编号",
            "交办日期",
            "举报内容",
            "所在地",
            "责任单位",
            "是否属实",
            "查处整改情况",
            "整改时限",
            "办理状态",
            "问责情况",
        ]
    )
    for i, row in enumerate(TRANSFER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本批转办8件", "", "", "经查属实5件", "", "", "已办结3件", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 巡察反馈问题对账销号表, after a province 纪委监委's account of a prefecture's 巡察促改 mechanism (建立问题清单和
# 对账销号表，分类“打包”列出问题清单，限时处理、限时反馈; “立行立改清单”“反馈清单”“对账销号清单”; 明确整改
# 时间节点，逐项销号):
# http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html
# An .xls (xlwt): title, 填报单位/反馈时间 line, a two-row header (整改完成情况 over 是 / 否 tick columns), rows naming
# only the bureau's own 科室, 整改时限 as 立行立改 (from the 反馈时间) / dates / 长期坚持, progress notes in 备注,
# a 注 line and a signature line.
PATROL_ROWS = [
    (
        "党的建设",
        "党组理论学习中心组学习制度执行不严，2023年集中学习次数少于规定",
        "制定年度学习计划，严格落实学习制度",
        "李国栋",
        "办公室",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "基金监管",
        "定点医药机构日常稽核覆盖率不足60%",
        "制定全覆盖稽核计划，引入第三方力量",
        "王海燕",
        "基金监管科",
        "2024年12月31日",
        "",
        "√",
        "已完成稽核计划制定，正在开展现场稽核",
    ),
    (
        "待遇保障",
        "门诊慢特病认定审核时间过长，群众反映强烈",
        "压缩认定时限，推行线上申报",
        "王海燕",
        "待遇保障科",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "医药价格",
        "药品集中带量采购结余留用资金拨付不及时",
        "按季度核算拨付结余留用资金",
        "赵永刚",
        "医药价格和招标采购科",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "作风建设",
        "经办窗口存在一次性告知不到位现象",
        "制定一次性告知清单，开展窗口作风督查",
        "赵永刚",
        "经办服务科",
        "长期坚持",
        "",
        "",
        "已制定一次性告知清单，长期坚持",
    ),
    (
        "财务管理",
        "公务接待审批单填写不规范，部分接待无公函",
        "规范公务接待审批和报销",
        "李国栋",
        "规划财务和法规科",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "选人用人",
        "干部人事档案专项审核发现的问题未整改到位",
        "逐卷补充完善档案材料",
        "李国栋",
        "办公室",
        "2024年8月31日",
        "",
        "",
        "",
    ),
    (
        "基金监管",
        "欺诈骗保问题线索移交纪检监察机关不及时",
        "建立问题线索移交台账",
        "王海燕",
        "基金监管科",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "市委第三巡察组巡察市医疗保障局党组反馈问题对账销号表", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市医疗保障局（盖章）    反馈时间：2024年6月14日    填报时间：2024年7月29日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(
        ["序号", "问题类别", "巡察反馈问题", "整改措施", "责任领导", "责任科室", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 7, "整改完成情况", h, 2, 8),
        (3, 7, "是", h),
        (3, 8, "否", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(PATROL_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 6, 7, 8) else c))
    r = 4 + len(PATROL_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改完成情况在“是”或“否”栏内打“√”；立行立改事项自巡察反馈之日起整改到位，已完成的予以销号。",
            plain,
            r,
            last,
        ),
        (
            r + 1,
            0,
            "党组书记（签字）：    审核人：刘振华    填表人：郭蕊    联系电话：0393-8166208",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("对账销号表", cells, [6, 10, 36, 28, 10, 18, 14, 6, 6, 30])])


# ---------------------------------------------------------------------------------------------
# 7. 领导交办事项督查台账, after a district government's 专项督查工作制度 (市政府交办的督查件、领导批示、会议上作出的
# 重要指示; 按一事一项录入《领导交办事项督查记录》; 填写《督查通知单》对承办单位提出办理要求; 日常督查和催办;
# 对未按时限办结的催办):
# https://360docs.net/doc/0428137363.html
# An .xlsx: title, 填报单位 line, one header row with the 督查通知单编号, a 交办时间 date cell the working-day and
# calendar-day 办理时限 count from, the 事项来源, a 协办单位 beside the 承办单位 (short and former names), 办结情况,
# a 说明 line and a signature line.
LEADER_ROWS = [
    (
        "濮督通〔2024〕31号",
        date(2024, 7, 1),
        "领导批示",
        "市区昆吾路雨水管网堵塞，雨后路面积水严重",
        "市城管局",
        "华龙区人民政府",
        "10个工作日内",
        "已完成管网疏通1.2公里，积水点已消除",
        "已办结",
    ),
    (
        "濮督通〔2024〕32号",
        date(2024, 7, 3),
        "市政府常务会议",
        "加快推进2024年城镇老旧小区改造项目开工",
        "市住建局",
        "市财政局",
        "7月底前",
        "已开工23个小区，剩余8个小区正在办理施工许可",
        "未办结",
    ),
    (
        "濮督通〔2024〕33号",
        date(2024, 7, 5),
        "市政府交办件",
        "濮范高速濮阳东出口连接线路灯大面积不亮",
        "市交通局",
        "供电公司",
        "5日内",
        "已更换损坏线路和灯具，路灯全部恢复",
        "已办结",
    ),
    (
        "濮督通〔2024〕34号",
        date(2024, 7, 8),
        "领导批示",
        "城区部分中小学校周边上下学时段交通秩序混乱",
        "市交警支队",
        "市教育局",
        "15个工作日内",
        "已在12所学校周边增设护学岗，潮汐车道方案正在论证",
        "未办结",
    ),
    (
        "濮督通〔2024〕35号",
        date(2024, 7, 10),
        "群众来信",
        "城区部分老旧小区燃气管道老化，存在泄漏隐患",
        "市燃气公司",
        "市住建局",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "濮督通〔2024〕36号",
        date(2024, 7, 12),
        "领导批示",
        "部分农村集中供水水厂水质检测不达标",
        "市水务局",
        "市卫健委",
        "8月15日前",
        "尚未启动",
        "未办结",
    ),
    (
        "濮督通〔2024〕37号",
        date(2024, 7, 15),
        "市政府常务会议",
        "建立重点企业用工服务常态化机制",
        "市人社局",
        "市工信局",
        "长期坚持",
        "已建立重点企业用工服务专员制度，常态化推进",
        "",
    ),
    (
        "濮督通〔2024〕38号",
        date(2024, 7, 17),
        "市政府交办件",
        "市体育场周边夜市占道经营，影响交通",
        "华龙区人民政府",
        "市城市管理局",
        "3个工作日内",
        "已规范设置夜市摊位，占道经营已清理",
        "已办结",
    ),
]


def write_leader(path: Path) -> Path:
    b = Book(path, author="督查一科")
    ws = b.sheet("督查台账")
    b.widths(ws, [6, 18, 12, 14, 36, 16, 16, 14, 34, 10])
    last = 9
    b.line(ws, 0, "领导交办事项督查台账（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查局（督查一科）    统计截至：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "督查通知单编号",
            "交办时间",
            "事项来源",
            "督查事项",
            "承办单位",
            "协办单位",
            "办理时限",
            "办理情况",
            "办结情况",
        ],
    )
    for i, row in enumerate(LEADER_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(LEADER_ROWS)
    b.line(
        ws,
        end,
        "说明：办理时限自交办之日起计算；承办单位对办理结果负总责，协办单位配合办理；未按时限办结的发催办通知。",
        last,
    )
    b.line(ws, end + 1, "审核人：黄振宇    填表人：秦雪    联系电话：0393-4418862", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 重点工作清单执行台账 (two returns in one zip), after a district 城市管理局's notice on 重点工作清单“执行台账、
# 节点监测、分析报告”制度 (对照重点工作项目化清单实行台账管理; 台账内容主要包括工作目标及任务要求、工作动态、
# 资金使用情况、工作进度; 各责任科室、单位落实具体负责人员，一事一记、一项一表; 节点监测):
# http://nbxinxi.com/a/gedizhengce/zhejiangsheng/hangzhoushi/shangcheng/2021/0629/344957.html
# A .zip holding an .xlsx from a city bureau whose rows name only its own 科室 (each task in 工作目标及任务要求 as
# 项目：目标; 时间节点 as dates, 年底前, 第三季度,
# a schedule text and 长期坚持), and a .docx with a table from a district bureau whose rows name its streets and a 乡.
CITY_TASKS = [
    (
        "背街小巷综合整治：完成城区32条背街小巷路面、管网、照明提升改造",
        "市政设施科",
        "5月底前完成设计，10月底前全部完工",
        "已完工14条，其余18条正在施工",
        "1260",
        "完成44%",
        "正常",
    ),
    (
        "生活垃圾分类示范片区建设：在华龙区、开发区建成3个示范片区",
        "环境卫生科",
        "2024年6月30日",
        "3个示范片区已建成并通过验收",
        "310",
        "已完成",
        "正常",
    ),
    (
        "城市公厕提质改造：改造提升城区公厕45座，新建公厕12座",
        "环境卫生科",
        "年底前",
        "",
        "",
        "",
        "",
    ),
    (
        "违法建设治理：新增违建“零增长”，存量违建逐年消化",
        "执法监督科",
        "长期坚持",
        "按月开展巡查，常态化推进",
        "",
        "常态化推进",
        "正常",
    ),
    (
        "智慧城管平台升级：完成平台二期建设，接入视频监控点位800个",
        "信息化科",
        "第三季度",
        "招标文件尚未编制",
        "0",
        "未启动",
        "滞后",
    ),
]
DISTRICT_TASKS = [
    (
        "沿街门店“门前五包”责任书签订全覆盖",
        "华龙区中原路街道办事处",
        "2024年7月15日",
        "已签订责任书1320份，全部完成",
        "正常",
    ),
    (
        "黄河路农贸市场周边马路市场整治",
        "华龙区黄河路街道办事处",
        "8月底前",
        "已设置临时疏导点1处，正在协调市场扩容",
        "正常",
    ),
    (
        "无物业管理老旧小区环境卫生整治",
        "华龙区胜利路街道办事处",
        "2024年9月30日",
        "已完成摸排，正在制定整治方案",
        "正常",
    ),
    (
        "农村人居环境“六乱”整治",
        "华龙区孟轲乡人民政府",
        "长期坚持",
        "常态化推进",
        "正常",
    ),
]


def write_city_tasks(path: Path) -> Path:
    b = Book(path, author="市城管局办公室")
    ws = b.sheet("执行台账")
    b.widths(ws, [6, 44, 12, 26, 30, 14, 12, 10])
    last = 7
    b.line(ws, 0, "濮阳市城市管理局2024年重点工作清单执行台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局    截至：2024年7月25日    资金单位：万元", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "工作目标及任务要求",
            "责任科室",
            "时间节点",
            "工作动态",
            "资金使用情况（万元）",
            "工作进度",
            "节点监测",
        ],
    )
    for i, row in enumerate(CITY_TASKS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), first=1)
        for c, v in enumerate(row[4:], 5):
            b.put(ws, r, c, v, b.center)
    end = 3 + len(CITY_TASKS)
    b.line(ws, end, "填表人：孟凡星    联系电话：0393-8285106", last)
    return b.close()


def write_district_tasks(path: Path) -> Path:
    doc = _new_document("华龙区城市管理局")
    _title(doc, "华龙区2024年城市管理重点工作执行台账", 18)
    _paragraph(doc, "填报单位：华龙区城市管理局    截至：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(DISTRICT_TASKS, 1)]
    _table(doc, ["序号", "工作任务", "责任单位", "完成时限", "工作进展", "节点监测"], body)
    _paragraph(doc, "填表人：韩露    联系电话：0393-8996230", 12)
    return _save_fixed(doc, path)


def write_tasks_zip(path: Path) -> Path:
    members = [
        ("濮阳市城市管理局2024年重点工作清单执行台账.xlsx", write_city_tasks),
        ("华龙区2024年城市管理重点工作执行台账.docx", write_district_tasks),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改落实情况台账 (a town's, for the 回访督查), after a county 纪委监委's account of a 巡察反馈问题整改
# 落实情况回访督查 (镇党委4大类16个方面22个问题及村级党组织问题; 核对台账、核查资料、抽查案卷、查看现场; 一项一项
# 盘点，一项一项对账):
# http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml
# An .xlsx: title, 填报单位 line, one header row with 具体方面 and 是否完成, the items under four 大类 rows merged
# across the table, 责任单位 naming the town's own offices and three villages, a 备注 line and a signature line.
TOWN_GROUPS = [
    (
        "一、党的领导弱化方面",
        [
            (
                "理论学习",
                "镇党委理论学习中心组学习流于形式，学习记录照抄文件",
                "制定年度学习计划，建立学习台账",
                "张卫东",
                "党政综合办公室",
                "2024年3月31日",
                "已制定年度学习计划，建立学习台账，按月开展集中学习",
                "是",
            ),
            (
                "意识形态",
                "村级宣传阵地内容陈旧，更新不及时",
                "更新宣传栏内容，明确专人管理",
                "王红霞",
                "范县王楼镇金村村民委员会",
                "2024年6月30日",
                "已更新宣传栏，明确专人管理",
                "是",
            ),
        ],
    ),
    (
        "二、党的建设缺失方面",
        [
            (
                "组织生活",
                "部分村党支部“三会一课”记录不全，组织生活不经常",
                "补齐会议记录，开展支部书记培训",
                "李建国",
                "范县王楼镇史楼村村民委员会",
                "2024年5月31日",
                "正在补齐记录，已开展支部书记培训1次",
                "否",
            ),
            (
                "发展党员",
                "发展党员程序不规范，2名发展对象未经集中培训即确定",
                "重新履行培训和考察程序",
                "李建国",
                "党建工作办公室",
                "2024年4月30日",
                "已重新履行程序",
                "是",
            ),
        ],
    ),
    (
        "三、全面从严治党不力方面",
        [
            (
                "村级财务",
                "村级“三资”管理不规范，部分村集体资产未登记入账",
                "开展村集体资产清查，建立资产台账",
                "刘明",
                "农村“三资”代理服务中心",
                "2024年12月31日",
                "已完成12个村资产清查，其余正在推进",
                "否",
            ),
            (
                "惠民资金",
                "低保动态管理不到位，3户家庭收入超标仍享受低保",
                "开展低保对象复核，及时清退",
                "刘明",
                "社会事务服务中心",
                "2024年6月30日",
                "",
                "",
            ),
            (
                "工程项目",
                "村级小型工程未按规定进行招投标",
                "规范村级工程项目管理",
                "张卫东",
                "范县王楼镇孙庄村村民委员会",
                "2024年8月31日",
                "未整改",
                "否",
            ),
        ],
    ),
    (
        "四、巡察整改不到位方面",
        [
            (
                "上轮整改",
                "上轮巡察反馈的集体土地发包合同不规范问题整改不彻底",
                "统一合同文本，逐村复核",
                "王红霞",
                "农业农村服务中心",
                "长期坚持",
                "已统一合同文本，长期坚持",
                "",
            ),
        ],
    ),
]


def write_town(path: Path) -> Path:
    b = Book(path, author="王楼镇党政综合办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 36, 28, 10, 26, 16, 30, 10])
    last = 8
    b.line(ws, 0, "范县王楼镇巡察反馈问题整改落实情况台账", last, b.title)
    b.line(ws, 1, "填报单位：范县王楼镇人民政府（盖章）    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "具体方面",
            "反馈问题",
            "整改措施",
            "责任领导",
            "责任单位",
            "完成时限",
            "整改进展",
            "是否完成",
        ],
    )
    r, n = 3, 0
    for title, rows in TOWN_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}个问题）", b.group)
        r += 1
        for aspect, problem, measure, leader, unit, limit, progress, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [aspect, problem, measure], first=1)
            b.put(ws, r, 4, leader, b.center)
            b.row(ws, r, [unit, limit, progress], first=5)
            b.put(ws, r, 8, done, b.center)
            r += 1
    b.line(ws, r, "备注：本台账供县委巡察组回访督查核对使用，整改佐证资料另行装订。", last)
    b.line(ws, r + 1, "镇党委书记：孟庆丰    填表人：高雅    联系电话：0393-5516023", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 督察反馈意见问题整改措施清单, after a prefecture's 贯彻落实省委、省政府环境保护督察反馈意见问题整改措施清单 (分类
# 标题“一、认识不深”; 每个问题下“整改目标：… 责任单位：… 责任人：… 整改时限：立行立改，长期坚持 整改措施：1.…”):
# https://www.dawendou.com/fanwen/zhenggaicuoshi/105313.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, a 说明 paragraph, category headings, each problem as a
# （一） paragraph followed by 整改目标 / 责任单位 / 责任人 / 整改时限 / 整改措施 paragraphs and an 整改进展 paragraph
# (left out for one problem), the office and date at the foot.
ENV_GROUPS = [
    (
        "一、思想认识不到位",
        [
            (
                "（一）部分县区对生态环境保护的长期性、复杂性认识不足，重发展、轻保护。",
                "牢固树立绿色发展理念，把生态环境保护摆在突出位置。",
                "市生态环境局",
                "主要负责人",
                "立行立改，长期坚持",
                "1.将生态文明建设纳入各级党委（党组）理论学习中心组学习内容；2.组织领导干部生态环境保护专题培训。",
                "已将生态文明建设纳入党委（党组）理论学习中心组学习内容，长期坚持。",
            ),
        ],
    ),
    (
        "二、大气污染防治不力",
        [
            (
                "（二）濮阳县、清丰县部分耐材、家具企业挥发性有机物治理设施运行不正常。",
                "涉VOCs企业治理设施全部规范运行。",
                "市环境局",
                "分管负责人",
                "2024年9月底前",
                "1.开展涉VOCs企业专项执法检查；2.推动企业治理设施提升改造。",
                "已完成36家企业治理设施提升改造，剩余9家正在改造。",
            ),
            (
                "（三）城区建筑工地扬尘管控不严，渣土车抛洒滴漏问题反复出现。",
                "建筑工地扬尘防治措施落实到位。",
                "市住建委",
                "主要负责人",
                "2024年6月底前",
                "1.落实建筑工地扬尘治理“六个百分之百”；2.建立渣土车源头管控制度。",
                "已完成整改。",
            ),
        ],
    ),
    (
        "三、水污染防治滞后",
        [
            (
                "（四）马颊河部分河段淤积严重，河道生态流量保障不足。",
                "完成重点河段清淤疏浚，保障河道生态流量。",
                "市水利局",
                "分管负责人",
                "2024年12月底前",
                "1.编制马颊河清淤疏浚实施方案；2.实施生态补水。",
                "尚未启动。",
            ),
            (
                "（五）南乐县部分乡镇污水处理设施建成后未正常运行。",
                "乡镇污水处理设施正常运行、达标排放。",
                "南乐县人民政府",
                "县长",
                "2024年10月31日",
                "1.开展乡镇污水处理设施运行排查；2.落实运维资金和运维单位。",
                "",
            ),
        ],
    ),
    (
        "四、生态保护和农业面源污染治理不到位",
        [
            (
                "（六）黄河滩区部分区域存在违规种植、违法建设问题。",
                "清理滩区违规种植和违法建设，恢复滩区生态。",
                "台前县人民政府",
                "县长",
                "2024年8月底前",
                "1.开展滩区“四乱”排查整治；2.实施复绿工程。",
                "已拆除违法建设12处，正在推进复绿。",
            ),
            (
                "（七）畜禽养殖粪污资源化利用水平偏低。",
                "畜禽粪污综合利用率稳定在80%以上。",
                "市农业局",
                "分管负责人",
                "2023—2025年",
                "1.推进规模养殖场粪污处理设施装备配套；2.推广粪肥还田。",
                "规模养殖场粪污处理设施装备配套率已达98%，粪肥还田正在推广。",
            ),
            (
                "（八）化工园区部分企业安全环保隐患排查整治不彻底。",
                "园区企业隐患全部整改销号。",
                "市安监局",
                "主要负责人",
                "2024年7月20日",
                "1.开展化工园区安全环保联合检查；2.建立隐患整改台账。",
                "已完成整改，经复查合格。",
            ),
        ],
    ),
]


def write_env_docx(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "濮阳市贯彻落实省生态环境保护督察反馈意见问题整改措施清单（整改进展）")
    _paragraph(
        doc,
        "说明：本清单按督察反馈意见逐条列明整改目标、责任单位、责任人、整改时限和整改措施，整改进展截至2024年7月25日。",
        14,
    )
    for heading, problems in ENV_GROUPS:
        _heading(doc, heading)
        for problem, goal, unit, person, limit, measures, progress in problems:
            _paragraph(doc, problem, font="楷体_GB2312")
            _paragraph(doc, f"整改目标：{goal}")
            _paragraph(doc, f"责任单位：{unit}")
            _paragraph(doc, f"责任人：{unit}{person}")
            _paragraph(doc, f"整改时限：{limit}")
            _paragraph(doc, f"整改措施：{measures}")
            if progress:
                _paragraph(doc, f"整改进展：{progress}")
    _paragraph(doc, "濮阳市生态环境保护督察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_env(path: Path) -> Path:
    return via_soffice(write_env_docx, path, "doc", "督察反馈意见问题整改措施清单.docx")


FILES = [
    ("省生态环境保护督察交办信访举报件边督边改公开情况一览表（第十二批）.xlsx", write_petitions),
    ("2023年度市本级审计查出问题整改台账（挂号销号）.et", write_audit),
    ("关于2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告.docx", write_audit_report),
    ("濮阳市人民政府关于大气污染防治专项审计调查发现问题整改情况的函.doc", write_air),
    ("督察组转办信访件查处整改公示（第二十一批）.csv", write_transfers),
    ("市委第三巡察组巡察市医疗保障局党组反馈问题对账销号表.xls", write_patrol),
    ("领导交办事项督查台账（2024年7月）.xlsx", write_leader),
    ("2024年城市管理重点工作执行台账（市城管局、华龙区）.zip", write_tasks_zip),
    ("范县王楼镇巡察反馈问题整改落实情况台账.xlsx", write_town),
    ("督察反馈意见问题整改措施清单（整改进展）.wps", write_env),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

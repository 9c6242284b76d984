"""Write the aside190 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 社会救助与移民安置的检查整改 (城乡低保专项治理, 特困人员供养服务机构, 临时救助和困难群众救助补助资金,
大中型水库移民后期扶持, 易地搬迁/黄河滩区迁建安置点). Contents are made up; statistics date 2024-07-31.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 written by LibreOffice), .ods (LibreOffice
conversion, zip times fixed), a CSV in GBK, a .docx whose items are numbered paragraphs under the towns' headings,
a .wps (Word 97 via LibreOffice) whose items are numbered paragraphs of a town's report, and a .zip of two returns
(an .xlsx and a .docx).

Run from this folder: python make_aside190.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice); running
it twice writes byte-identical files (fixed document dates, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "宋体",
                "bg_color": "#D9E1F2",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add({"border": 1, "num_format": "yyyy/m/d", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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
# 1. 大中型水库移民后期扶持政策实施情况稽察发现问题整改, after a provincial 水利厅's account of the 水利部水库移民司
# 稽察组's check of three counties' 后期扶持政策实施情况 (查阅“十四五”规划、后期扶持人口核定登记与动态管理资料、年度项目
# 计划、项目档案、财务档案、信访台账; 现场查勘项目运行管理和工程质量; 抽查直补资金发放; 满意度; 反馈会后制定整改方案):
# http://slt.hubei.gov.cn/fbjd/dtyw/202208/t20220831_4287801.shtml
# An .xlsx: title, 填报单位 line, 稽察 line, a two-row header (整改落实 over 整改措施/整改时限/整改进展), the 稽察内容
# merged down over its rows in the source's own words, 合计 row and a signature line.
RESETTLE_ROWS = [
    (
        "规划及年度计划",
        [
            (
                "濮阳县大中型水库移民后期扶持“十四五”规划未按规定开展中期评估",
                "濮阳县水利局",
                "委托技术支撑单位开展规划中期评估并报市级审核",
                "2024年9月30日",
                "已委托编制单位，评估报告初稿正在编制",
            ),
            (
                "2023年度后扶项目计划调整未报市级备案，2个项目擅自变更建设地点",
                "范县水利局",
                "补办项目变更备案手续",
                "2024年7月15日",
                "已补报备案，市水利局已批复",
            ),
        ],
    ),
    (
        "后期扶持人口核定登记与动态管理",
        [
            (
                "后期扶持人口动态管理不及时，12名死亡人员核减滞后一年以上",
                "台前县水利局",
                "与公安、民政数据比对，建立季度核减机制",
                "8月底前",
                "正在与县公安局户籍数据比对",
            ),
            (
                "移民人口核定登记表缺少移民本人签字确认，涉及3个村",
                "濮阳县水利局",
                "组织乡镇逐户补签",
                "2024年6月30日",
                "已完成补签",
            ),
        ],
    ),
    (
        "项目档案及运行管理",
        [
            (
                "后扶项目档案不完整，缺少竣工验收报告和工程质量评定资料",
                "清丰县水利局",
                "补齐验收及质量评定资料并归档",
                "2024年8月31日",
                "",
            ),
            (
                "移民村生产桥完工后未明确管护主体，桥面护栏损坏未修复",
                "范县水利局",
                "移交村集体并签订管护协议，修复护栏",
                "2024年7月20日",
                "未整改",
            ),
        ],
    ),
    (
        "财务档案及直补资金发放",
        [
            (
                "直补资金未全部通过“一卡通”发放，2个乡镇仍由村组代发",
                "台前县水利局",
                "全部纳入惠民惠农财政补贴资金“一卡通”发放",
                "第三季度",
                "已与县财政局对接，正在采集移民社保卡信息",
            ),
            (
                "市级后扶结余资金清算拨付不及时，滞留市级专户5个月",
                "市财政局",
                "按项目进度清算拨付",
                "2024.7.10",
                "已全部拨付到县",
            ),
        ],
    ),
    (
        "信访台账及移民满意度",
        [
            (
                "移民信访台账登记不规范，办理结果未回访",
                "濮阳县水利局",
                "规范信访台账，逐件回访",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_resettle(path: Path) -> Path:
    b = Book(path, author="移民科")
    ws = b.sheet("稽察问题整改")
    b.widths(ws, [6, 16, 40, 14, 30, 13, 30])
    b.line(ws, 0, "大中型水库移民后期扶持政策实施情况稽察发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（水库移民科）            填报日期：2024年7月29日", 6)
    b.line(ws, 2, "稽察时段：2024年6月17日—6月28日    稽察年度：2022—2023年度    反馈会议：2024年7月2日", 6)
    for c, word in enumerate(["序号", "稽察内容", "稽察发现问题", "整改责任单位"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 6, "整改落实情况", b.head)
    b.header(ws, 4, ["整改措施", "整改时限", "整改进展"], first=4)
    r = 5
    n = 0
    for topic, rows in RESETTLE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, topic, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.put(ws, r, 3, row[1], b.center)
            b.row(ws, r, list(row[2:]), first=4)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws, r, 1, r, 6, "稽察反馈问题9个，其中已整改3个，正在整改3个，未整改1个，长期坚持1个，1个未报进展"
    )
    b.line(ws, r + 2, "科室负责人：李东升        填表人：赵雪        联系电话：0393-4412635", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 城乡低保专项治理, after a county's account of its 低保专项治理 (五个方面: 城乡低保标准制定是否科学合理、是否向社会
# 公布; 对象确定是否准确、是否存在“人情保”“关系保”; 操作程序是否规范、民主评议、“三榜公布”; 管理是否规范、动态
# 管理、应保尽保、该退则退; 资金发放是否足额及时):
# http://lvdong.xiushui.net/html/shehui/2010/0528/11814.html
# A CSV in GBK: title line, 填报单位 line, one header line with the source's 治理内容 and a 是否销号 column beside
# 整改情况, 合计 line and a 填表人 line.
DIBAO_ROWS = [
    (
        "对象确定是否准确",
        "南乐县千口镇人民政府",
        "村干部近亲属享受低保未按规定备案，涉及2户",
        "重新入户核查，不符合条件的停保",
        "2024年7月15日",
        "已停保1户、备案1户",
        "是",
    ),
    (
        "对象确定是否准确",
        "南乐县元村镇人民政府",
        "家庭成员名下有2辆机动车仍享受低保，群众反映为“人情保”",
        "入户核查，停发低保金并追回",
        "2024年7月20日",
        "已停发，正在追回违规领取资金",
        "否",
    ),
    (
        "操作程序是否规范",
        "南乐县谷金楼乡人民政府",
        "部分村民主评议记录不全，未落实“三榜公布”",
        "补充民主评议，规范张榜公示",
        "8月底前",
        "正在组织补充评议",
        "否",
    ),
    (
        "管理是否规范",
        "南乐县韩张镇人民政府",
        "低保对象年度复核未按期开展，涉及46户",
        "逐户开展年度复核，该退则退",
        "2024年8月15日",
        "未开展",
        "否",
    ),
    (
        "资金发放是否足额及时",
        "南乐县杨村乡人民政府",
        "个别村低保金由村干部代领代发",
        "全部改为社会保障卡直接发放",
        "2024年7月10日",
        "已全部改为社保卡直接发放",
        "是",
    ),
    (
        "标准制定是否公布",
        "南乐县民政局",
        "2024年城乡低保标准调整后未及时向社会公布",
        "在县政府网站和乡镇公示栏公布",
        "2024年7月5日",
        "已公布",
        "是",
    ),
    (
        "管理是否规范",
        "南乐县福堪镇人民政府",
        "重病患者家庭申请低保未及时受理，应保未保",
        "建立主动发现机制，做到应保尽保",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_dibao(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县城乡低保专项治理发现问题整改台账", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：南乐县民政局（社会救助股）", "", "", "", "截至日期：2024年7月26日", "", "", ""])
    w.writerow(["序号", "治理内容", "责任单位", "存在问题", "整改措施", "整改时限", "整改情况", "是否销号"])
    for i, row in enumerate(DIBAO_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "发现问题7个", "", "", "", "已销号3个"])
    w.writerow(["填表人：郭晓丽", "", "审核人：张建军", "", "联系电话：0393-6212380", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 社会救助审核确认权限下放后的监督检查, after a county 民政局's third round of checks on its 乡镇(街道) after the
# 审核确认权限 was handed down (会同财政局; 低保、临时救助、特困、低收入人口监测帮扶、自查自纠及第二季度监督检查问题
# 整改情况; 制度机制不健全、工作开展缓慢、责任落实不到位; 当场指出要求立即整改):
# http://mzj.yinchuan.gov.cn/mzdt/xqyw/202109/t20210930_3070822.html
# A .docx 通报: title, 主送, preamble, the problems as numbered paragraphs under each town's heading (the town named
# only in the heading), 整改要求 and progress in sentences, a closing paragraph, the office and date at the foot.
CHECK_TOWNS = [
    (
        "（一）濮阳县文留镇人民政府",
        [
            "1.低保审核确认权限下放后未建立镇级审核确认工作制度，审核确认会议记录缺失。要求7月31日前建立制度并补齐"
            "会议记录。目前已印发《文留镇社会救助审核确认工作规程》，会议记录已补齐，整改完成。",
            "2.临时救助“先行救助”后未在规定时间内补齐审批材料，涉及5件。要求8月15日前补齐。目前已补齐3件，其余2件"
            "正在补充。",
        ],
    ),
    (
        "（二）濮阳县柳屯镇人民政府",
        [
            "3.特困人员生活自理能力评估表缺少评估人员签字，涉及11人。要求7月25日前完成补签。截至通报印发时尚未整改。",
            "4.低收入人口动态监测信息未按月更新，预警信息核查反馈超过规定时限。要求建立月度更新和预警核查机制，"
            "长期坚持。",
        ],
    ),
    (
        "（三）濮阳县庆祖镇人民政府",
        [
            "5.自查自纠发现的问题未建立整改台账，问题销号不及时。要求8月底前建立台账并逐项销号。",
            "6.第二季度监督检查指出的低保档案“一户一档”不全问题整改不到位。要求9月30日前全部整改到位。目前正在"
            "逐户整理档案。",
        ],
    ),
    (
        "（四）濮阳县户部寨镇人民政府",
        [
            "7.临时救助金额超出镇级审批权限，未按规定报县民政局备案。要求7月20日前补报备案。已于7月18日补报，整改完成。",
            "8.重度残疾人护理补贴发放名册与系统数据不一致，多发2人。要求8月10日前核对并追回多发资金。目前名册已核对"
            "完毕，多发资金正在追回。",
        ],
    ),
]


def write_check(path: Path) -> Path:
    doc = _new_document("社会救助股")
    _title(doc, "濮阳县民政局关于社会救助审核确认权限下放后第三轮监督检查发现问题及整改情况的通报")
    _paragraph(doc, "各乡镇人民政府、街道办事处：")
    _paragraph(
        doc,
        "为巩固社会救助审核确认权限下放工作成果，7月8日至12日，县民政局会同县财政局对5个镇、1个乡和1个街道的"
        "困难群众救助工作、低收入人口监测帮扶工作、自查自纠工作开展情况及第二季度监督检查问题整改情况进行了"
        "督导检查。现将发现的主要问题及截至7月22日的整改情况通报如下：",
    )
    for heading, paras in CHECK_TOWNS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "各乡镇（街道）要对照问题逐项整改，举一反三开展自查，整改情况于8月20日前书面报县民政局社会救助股。",
    )
    _paragraph(doc, "濮阳县民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 社会救助政策落实情况督查, after a city 低保局's three 督查组 sent to 7 乡镇(街道) and 18 村(社区) (城乡低保对象
# 复核认定、社保兜底政策落实、信息比对、民主评议、低保对象公示; 现场指出，要求各区县立即整改):
# http://www.tongchuan.gov.cn/resources/site/1/html/zxzx/bmdt/201805/198649.html
# An .xls (xlwt): title, 填报单位 line, a line stating the 反馈日期 the 工作日 count from, one header row with the
# 督查组 (the inspector) and the 督查点 beside the 整改责任单位, 合计 row, 注 line and signature line.
SUPERVISE_ROWS = [
    (
        "第一督查组",
        "华龙区岳村镇",
        "低保对象复核认定",
        "城乡低保对象复核认定进度滞后，完成率仅62%",
        "华龙区民政局",
        "2024年7月31日",
        "已完成全部复核认定",
    ),
    (
        "第一督查组",
        "濮阳县城关镇",
        "信息比对",
        "低保对象中有3人为财政供养人员，比对结果未及时处理",
        "濮阳县民政局",
        "2024.7.15",
        "已停保并追回资金",
    ),
    (
        "第二督查组",
        "清丰县马庄桥镇",
        "民主评议",
        "部分村民主评议代表人数不足，评议程序不规范",
        "清丰县民政局",
        "8月底前",
        "正在指导乡镇重新组织评议",
    ),
    (
        "第二督查组",
        "南乐县城关镇",
        "低保对象公示",
        "低保公示信息含完整身份证号码，泄露个人隐私",
        "南乐县民政局",
        "15个工作日内",
        "未整改",
    ),
    (
        "第三督查组",
        "范县濮城镇",
        "社保兜底政策落实",
        "低保对象资助参保未全部落实，23人未参加城乡居民医保",
        "市医保局",
        "2024年8月20日",
        "",
    ),
    (
        "第三督查组",
        "台前县打渔陈镇",
        "临时救助",
        "临时救助“小额先行救助”备用金未拨付到乡镇",
        "台前县财政局",
        "2024年7月25日",
        "已拨付到位",
    ),
    (
        "第三督查组",
        "台前县侯庙镇",
        "特困供养",
        "分散供养特困人员照料服务协议未签订",
        "台前县民政局",
        "第三季度",
        "已签订60%，其余正在签订",
    ),
]


def write_supervise(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "社会救助政策落实情况督查发现问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市民政局（社会救助科）        填报日期：2024年7月30日", plain, 1, last),
        (
            2,
            0,
            "督查时间：2024年7月1日—3日；督查反馈日期：2024年7月5日（整改时限按工作日计算的，自反馈之日起算）",
            plain,
            2,
            last,
        ),
    ]
    head = [
        "序号",
        "督查组",
        "督查点",
        "督查内容",
        "发现问题",
        "整改责任单位",
        "整改时限",
        "整改完成情况",
        "备注",
    ]
    for col, word in enumerate(head):
        cells.append((3, col, word, h))
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 6) else c))
        cells.append((r, 8, "", c))
    r = 4 + len(SUPERVISE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "督查发现问题7个，涉及6个县（区）", c, r, last),
        (r + 1, 0, "注：整改完成情况请写明具体措施和成效，未完成的写明进展及原因。", plain, r + 1, last),
        (r + 2, 0, "审核人：王卫国        填表人：孙丽娜        联系电话：0393-8993126", plain, r + 2, last),
    ]
    return _write_xls(path, [("督查问题整改", cells, [6, 12, 16, 16, 40, 14, 14, 28, 8])])


# ---------------------------------------------------------------------------------------------
# 5. 易地搬迁有关问题自查整改情况报告, after a town's 易地扶贫搬迁整改情况报告 (根据县专项整改方案，镇易地扶贫搬迁领导
# 小组制定自查方案; 一、基本情况 (搬迁户数、集中安置点、分散安置); 二、开展情况 (加强领导，明确任务; 精心组织，扎实
# 推进); the problems found and their 整改措施 reported to the 镇扶贫办):
# http://orchidsteakhousebethlehem.com/fanwen/29182.html
# A .wps (Word 97 via LibreOffice): title naming the town, 主送, 一、基本情况 / 二、开展情况 paragraphs, 三、自查发现的
# 问题及整改情况 as numbered paragraphs (each naming the town's own 所/办 in the sentence, deadline and progress in
# sentences), 四、下一步工作, the town and date at the foot.
TOWN_PARAS = [
    "1.东区集中安置点部分安置房屋面渗漏，涉及21户。由镇村镇建设所负责组织施工单位返修，计划8月31日前全部完成。"
    "目前已维修12户。",
    "2.分散安置户中2户旧宅未按协议拆除，存在“一户多宅”。由镇自然资源所督促拆除，要求7月10日前拆除到位。"
    "现已拆除完毕，宅基地已复垦。",
    "3.搬迁户“一户一档”资料不全，部分缺少搬迁安置协议和旧房拆除验收单。由镇乡村振兴办负责补齐，整改时限"
    "2024年8月15日。",
    "4.安置社区配套幼儿园建成后未投入使用，适龄儿童需到镇区就读。由镇政府协调县教育局配备师资，年底前投入使用。"
    "目前正在招聘保教人员。",
    "5.搬迁户就业帮扶台账未动态更新，部分外出务工人员信息缺失。由镇劳动保障所负责每月更新一次，长期坚持。",
    "6.西区安置点路灯损坏15盏未及时修复，夜间出行不便。要求7月20日前修复。目前尚未修复。",
    "7.安置点帮扶车间建成后闲置，未发挥带动就业作用。由镇经济发展办负责招商，第三季度引进企业入驻。目前已与"
    "一家服装加工企业签订入驻意向协议。",
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("陈庄镇党政办")
    _title(doc, "范县陈庄镇人民政府关于黄河滩区迁建和易地搬迁安置有关问题自查整改情况的报告")
    _paragraph(doc, "县搬迁办：")
    _paragraph(
        doc,
        "根据《关于开展易地搬迁安置有关问题专项整改的通知》要求，我镇易地搬迁工作领导小组高度重视，立即研究制定"
        "自查方案，组织工作人员对全镇易地搬迁安置工作开展全覆盖自查，现将自查整改情况报告如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "我镇共实施黄河滩区迁建和易地搬迁1286户4310人，建有东区、西区2个集中安置点，集中安置1203户4046人，"
        "分散安置83户264人。",
    )
    _paragraph(doc, "二、开展情况", font="黑体")
    _paragraph(
        doc,
        "镇党委、政府成立以党委书记为组长的自查领导小组，召开镇村干部大会，明确6月20日前各村完成自查，"
        "包村领导、驻村干部、村两委干部分组进村入户逐户核查，并将自查发现的问题和整改措施报镇乡村振兴办汇总。",
    )
    _paragraph(doc, "三、自查发现的问题及整改情况", font="黑体")
    for text in TOWN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "四、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我镇将持续跟踪问题整改，完成一项、销号一项，确保搬迁群众搬得出、稳得住、逐步能致富。",
    )
    _paragraph(doc, "范县陈庄镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "陈庄镇易地搬迁自查整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 易地搬迁安置房安全达标认定核查反馈问题整改, after a county's account of the city 核查组's check (11个工作组分赴
# 各镇，逐户入户核查、访谈、实地查看、查阅安置点及镇、县级档案; 安置房质量安全、实际入住、后续管理、“双超”整改、
# 安置点配套设施建设和政策知晓率及群众满意度; 逐镇反馈问题清单; 县搬迁办逐镇开展整改落实情况督查):
# http://richbitchs.com/Content-854116.html
# An .et (Excel 97 by LibreOffice): title, 填报单位 line, one header row with 镇（乡）and 安置点 beside the
# 整改责任单位, the source's 核查类别, 整改进度 and the 县搬迁办督查意见 (已销号/持续推进/未整改), 合计 row, 注 and
# signature lines.
SITE_ROWS = [
    (
        "吴坝镇",
        "吴坝社区安置点",
        "质量安全",
        "3栋安置楼外墙保温层局部脱落",
        "台前县吴坝镇人民政府",
        "2024年8月31日",
        "已修复2栋，第3栋正在施工",
        "持续推进",
    ),
    (
        "吴坝镇",
        "吴坝社区安置点",
        "实际入住",
        "已分配安置房11户长期未入住",
        "台前县吴坝镇人民政府",
        "2024年7月31日",
        "已动员9户入住",
        "持续推进",
    ),
    (
        "孙口镇",
        "孙口新村安置点",
        "后续管理",
        "物业服务未覆盖，楼道堆放杂物",
        "台前县孙口镇人民政府",
        "2024年7月15日",
        "基本完成",
        "已销号",
    ),
    (
        "孙口镇",
        "孙口新村安置点",
        "“双超”整改",
        "1户安置房面积超标，超标部分房款未退缴",
        "台前县孙口镇人民政府",
        "2024年6月30日",
        "已退缴超标面积房款",
        "",
    ),
    (
        "打渔陈镇",
        "打渔陈社区安置点",
        "配套设施",
        "安置点污水管网未接入镇污水处理厂",
        "台前县住房和城乡建设局",
        "年底前",
        "正在铺设接入管网",
        "持续推进",
    ),
    (
        "打渔陈镇",
        "打渔陈社区安置点",
        "政策知晓率",
        "搬迁群众对后续扶持政策知晓率偏低",
        "台前县打渔陈镇人民政府",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "清水河乡",
        "清水河安置社区",
        "配套设施",
        "安置社区卫生室未配备医务人员",
        "台前县卫生健康委员会",
        "2024年7月20日",
        "",
        "未整改",
    ),
    (
        "夹河乡",
        "夹河安置点",
        "群众满意度",
        "部分群众反映安置房门窗密封差、漏风",
        "台前县夹河乡人民政府",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_site_book(path: Path) -> Path:
    b = Book(path, author="县搬迁办")
    ws = b.sheet("反馈问题整改")
    b.widths(ws, [6, 10, 16, 12, 34, 22, 14, 26, 14])
    b.line(ws, 0, "台前县易地搬迁安置房安全达标认定核查反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：台前县易地搬迁工作领导小组办公室          填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "镇（乡）",
            "安置点",
            "核查类别",
            "反馈问题",
            "整改责任单位",
            "整改时限",
            "整改进度",
            "县搬迁办督查意见",
        ],
    )
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SITE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "市核查组反馈问题8个，已销号1个")
    b.line(ws, end + 1, "注：“县搬迁办督查意见”栏由县搬迁办督查后填写（已销号、持续推进、未整改）。", 8)
    b.line(ws, end + 2, "负责人：刘振华        填表人：韩冰        联系电话：0393-2216558", 8)
    return b.close()


def write_site(path: Path) -> Path:
    return via_soffice(write_site_book, path, "xls", "易地搬迁安置房核查反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 困难群众救助补助资金专项审计, after a city's account of its 困难群众救助补助资金审计 (民政、财政、医疗保障、残联
# 等主管部门; 延伸调查敬老院、社会福利院、儿童福利院等集中供养救助机构和流浪乞讨人员救助机构; 资金分配和拨付、
# 集中供养和救助机构资金管理使用、救助职责履行、救助政策落实; 移送问题线索; 拨付或追回救助补助资金):
# http://www.qndw.gov.cn/n20264529/n20372677/c42455847/content.html
# An .ods (LibreOffice conversion): title, 填报单位/截至 line, one header row with 问题类别, 涉及金额 and 整改结果
# (已整改/部分整改/未整改) beside 整改情况, short names (市财政局, 市医保局, 市残联), 注 line and signature line.
AUDIT_ROWS = [
    (
        "资金分配拨付",
        "2023年困难群众救助补助资金1260万元未在规定时间内分配下达",
        1260,
        "市财政局",
        "2024年6月30日",
        "已全部分配下达",
        "已整改",
    ),
    (
        "最低生活保障",
        "向已死亡的43名低保对象继续发放低保金",
        8.6,
        "市民政局",
        "2024年8月31日",
        "已追回5.2万元，剩余资金正在追缴",
        "部分整改",
    ),
    (
        "特困人员救助供养",
        "集中供养特困人员照料护理补贴未按标准足额发放",
        21.4,
        "濮阳市社会福利院",
        "2024年7月31日",
        "已按标准补发到位",
        "已整改",
    ),
    (
        "医疗救助",
        "医疗救助“一站式”结算未覆盖全部定点医疗机构",
        "",
        "市医保局",
        "年底前",
        "已新增一站式结算定点医院4家",
        "部分整改",
    ),
    (
        "残疾人两项补贴",
        "向不符合条件的127人发放困难残疾人生活补贴",
        11.5,
        "市残联",
        "2024年8月31日",
        "",
        "未整改",
    ),
    (
        "临时救助",
        "临时救助资金结存率偏高，年末结存资金320万元",
        320,
        "市民政局",
        "第三季度",
        "已制定结存资金统筹使用方案",
        "部分整改",
    ),
    (
        "流浪乞讨人员救助",
        "长期滞留救助站人员未落实安置",
        "",
        "濮阳市救助管理站",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "制度建设",
        "救助补助资金绩效评价制度未建立",
        "",
        "市民政局",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="社会保障审计科")
    ws = b.sheet("审计整改台账")
    b.widths(ws, [6, 16, 40, 12, 18, 14, 28, 12])
    b.line(ws, 0, "2023年度困难群众救助补助资金专项审计发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（社会保障审计科）          截至2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "审计发现问题",
            "涉及金额（万元）",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "整改结果",
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AUDIT_ROWS)
    b.line(ws, end, "注：审计移送问题线索3件，由市纪委监委依规依纪处理，不列入本台账。", 7)
    b.line(ws, end + 1, "审核：陈海波        填表：周敏        联系电话：0393-8166025", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    via_soffice(write_audit_book, path, "ods", "困难群众救助补助资金审计整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 特困人员供养服务机构检查问题整改, after a city 审计局's account of its visits to 特困人员供养机构 (实地查看消防设施、
# 食堂、老人居室; 消防安全、食品安全、住房条件等日常安全管理; 日常照料护理、医疗保障; 适老化改造的实施效果):
# https://sjj.ahsz.gov.cn/xwzx/sjyw/194878901.html
# A .zip of two returns: a district 社会福利中心's .xlsx (填报单位 line; rows naming only its own 部门, with the
# source's 检查方面) and a town 区域性养老服务中心's .docx table (the centre named only in its 填报单位 line).
WELFARE_ROWS = [
    (
        "消防安全",
        "护理楼二层疏散通道堆放轮椅、被褥",
        "后勤保障部",
        "清理通道，设置禁放标识",
        "2024.7.10",
        "已清理",
    ),
    (
        "食品安全",
        "食堂留样不足48小时，留样记录不全",
        "后勤保障部",
        "配备留样柜，专人记录",
        "2024.7.15",
        "已整改",
    ),
    (
        "日常照料护理",
        "失能特困人员护理员配比不足1:4",
        "护理部",
        "招聘护理员5名",
        "2024.9.30",
        "已招聘2名，仍缺3名",
    ),
    ("医疗保障", "入住特困人员健康档案未按季度更新", "医务室", "逐人更新健康档案", "2024.8.31", ""),
]
CENTER_ROWS = [
    ("房间紧急呼叫装置损坏未修复", "更换紧急呼叫装置", "2024年7月20日", "未整改"),
    ("特困人员个人财物代管无登记台账", "建立财物代管登记台账，双人签字", "2024年7月31日", "已建立"),
    ("冬季取暖设施老化，部分暖气片漏水", "更换取暖设施", "2024年10月31日", "已申请维修资金，等待批复"),
    ("适老化改造未完成，公共浴室无扶手", "加装扶手和防滑垫", "8月底前", "扶手已加装，防滑垫正在采购"),
]


def write_welfare_book(path: Path) -> Path:
    b = Book(path, author="华龙区社会福利中心")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 36, 12, 28, 12, 20])
    b.line(ws, 0, "特困人员供养服务机构检查发现问题整改表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区社会福利中心（盖章）        填报日期：2024年7月24日", 6)
    b.header(ws, 2, ["序号", "检查方面", "发现问题", "责任部门", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(WELFARE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws, 4 + len(WELFARE_ROWS), "中心负责人：冯玉芬        填表人：李娜        联系电话：0393-4826617", 6
    )
    return b.close()


def write_center_docx(path: Path) -> Path:
    doc = _new_document("文留镇养老服务中心")
    _title(doc, "特困人员供养服务机构检查问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳县文留镇区域性养老服务中心    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(CENTER_ROWS, 1)]
    _table(doc, ["序号", "检查发现问题", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "院长：杜国强    填表人：魏芳    联系电话：0393-3356012", 12)
    return _save_fixed(doc, path)


def write_welfare(path: Path) -> Path:
    members = [
        ("特困人员供养服务机构检查问题整改表（华龙区社会福利中心）.xlsx", write_welfare_book),
        ("特困人员供养服务机构检查问题整改情况（文留镇养老服务中心）.docx", write_center_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 易地扶贫搬迁问题整改督查, after a county news account of the city 发改局督查组's visit to a town (安置点屋顶漏水
# 整改情况; 安置点管理办公室座谈; 舆情排查、不留死角; 问题整改不回避、不推诿; 技能培训、就业引导、后续帮扶; 安置点
# 管理、发挥村(社区)党组织作用):
# https://wap.clxww.com/content/2021/07/13/9655523.html
# An .xlsx: title, 填报单位 and 督查 line, one header row with 责任领导 (a person) and the town's own 责任部门,
# 完成时限, 整改进展 and 整改状态 (已完成/推进中/未启动/常态化), signature line.
RELOCATE_ROWS = [
    (
        "渠村社区安置点4栋楼顶防水层老化，雨季漏水",
        "副乡长 李志刚",
        "乡村镇建设所",
        "更换楼顶防水层",
        "8月20日前",
        "已完成2栋维修",
        "推进中",
    ),
    (
        "舆情排查不到位，搬迁群众诉求未建立台账",
        "党委副书记 王红",
        "乡综治中心",
        "建立诉求台账，每周排查",
        "2024年7月10日",
        "已建立诉求台账",
        "已完成",
    ),
    (
        "安置点消防通道被私家车占用",
        "副乡长 张海涛",
        "乡应急管理办",
        "施划禁停标线，设置隔离桩",
        "2024年7月5日",
        "已施划标线",
        "已完成",
    ),
    (
        "搬迁群众技能培训开展少，上半年仅培训1期",
        "副乡长 张海涛",
        "乡劳动保障所",
        "联合县人社局开展订单式培训3期",
        "2024年11月30日",
        "",
        "未启动",
    ),
    (
        "安置社区未建立网格化管理，楼栋长未配齐",
        "党委副书记 王红",
        "乡党政办",
        "划分网格，配齐楼栋长",
        "长期坚持",
        "",
        "常态化",
    ),
    (
        "帮扶车间租金减免政策未兑现",
        "乡长 郑伟",
        "乡农业服务中心",
        "兑现租金减免",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "搬迁户子女就近入学衔接不畅",
        "副乡长 李志刚",
        "乡社会事务服务中心",
        "协调县教育局统筹学位",
        "2024年8月31日",
        "已与县教育局对接，正在统筹学位",
        "推进中",
    ),
]


def write_relocate(path: Path) -> Path:
    b = Book(path, author="渠村乡党政办")
    ws = b.sheet("整改落实台账")
    b.widths(ws, [6, 36, 16, 16, 28, 14, 28, 10])
    b.line(ws, 0, "渠村乡易地扶贫搬迁问题整改督查反馈问题整改落实台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县渠村乡人民政府        督查单位：市发展和改革委员会督查组（2024年7月3日）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "督查反馈问题", "责任领导", "责任部门", "整改措施", "完成时限", "整改进展", "整改状态"],
    )
    for i, row in enumerate(RELOCATE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws, 4 + len(RELOCATE_ROWS), "主要负责人：郑伟        填表人：杨帆        填报日期：2024年7月26日", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 水库移民后期扶持项目督查整改, after a county news account of a 水利部水库移民司稽查特派员's 督查 of its
# 后期扶持政策实施管理 (现场查看卫生院、新建灌溉渠工程、农业生态产业园道路工程等项目; 基础设施建设、生产措施落实、
# 补助资金兑付; 加强移民资金、项目档案、移民人口动态管理):
# http://thnews.gov.cn/content/detail/60f54ca1878eadc02f000029.html
# An .xlsx: title, 填报单位 line, one header row, each 后扶项目 (name, 所在乡镇, 项目实施单位) merged down over its
# problems, 整改时限 and 整改情况, 填表说明 and signature lines.
PROJECT_ROWS = [
    (
        "濮城镇卫生院移民村分院改造项目",
        "濮城镇",
        "范县濮城镇人民政府",
        [
            ("未按批复建设内容实施，取消了无障碍坡道", "2024年8月31日", "正在补建无障碍坡道"),
            ("项目公示牌未设置", "2024年7月10日", "已设置公示牌"),
        ],
    ),
    (
        "王楼镇移民村新建灌溉渠工程",
        "王楼镇",
        "范县王楼镇人民政府",
        [
            ("渠道衬砌局部开裂渗漏，长约60米", "2024年9月30日", "未整改"),
            ("工程竣工验收资料未归档", "2024年7月31日", ""),
        ],
    ),
    (
        "辛庄镇移民农业生态产业园道路工程",
        "辛庄镇",
        "范县辛庄镇人民政府",
        [
            ("道路完工一年未办理资产移交，管护责任不明", "2024年8月15日", "已完成资产评估，正在办理移交"),
        ],
    ),
    (
        "后期扶持资金及人口管理",
        "全县",
        "范县水利局",
        [
            ("项目资金报账凭证附件不全，缺少监理签字", "2024年7月20日", "已补齐监理签字"),
            ("移民人口动态管理台账未与乡镇同步更新", "长期坚持", "长期坚持，每季度与乡镇核对"),
        ],
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="范县水利局")
    ws = b.sheet("督查整改")
    b.widths(ws, [6, 28, 10, 22, 40, 14, 30])
    b.line(ws, 0, "范县水库移民后期扶持项目督查发现问题整改情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县水库移民后期扶持工作领导小组办公室（设在县水利局）    填报日期：2024年7月27日",
        6,
    )
    b.header(ws, 2, ["序号", "项目名称", "所在乡镇", "项目实施单位", "督查发现问题", "整改时限", "整改情况"])
    r = 3
    n = 0
    for name, town, unit, problems in PROJECT_ROWS:
        end = r + len(problems) - 1
        b.merge(ws, r, 1, end, 1, name, b.center)
        b.merge(ws, r, 2, end, 2, town, b.center)
        b.merge(ws, r, 3, end, 3, unit, b.center)
        for problem, deadline, progress in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, deadline, b.center)
            b.put(ws, r, 6, progress)
            r += 1
    b.line(ws, r, "填表说明：整改情况填写截至填报日期的进展，已完成的注明完成时间。", 6)
    b.line(ws, r + 1, "负责人：高建新        填表人：朱莉        联系电话：0393-5323810", 6)
    return b.close()


FILES = [
    ("大中型水库移民后期扶持政策实施情况稽察发现问题整改台账.xlsx", write_resettle),
    ("南乐县城乡低保专项治理发现问题整改台账.csv", write_dibao),
    ("濮阳县民政局关于社会救助监督检查发现问题及整改情况的通报.docx", write_check),
    ("社会救助政策落实情况督查发现问题整改台账.xls", write_supervise),
    ("陈庄镇易地搬迁安置有关问题自查整改情况报告.wps", write_town),
    ("台前县易地搬迁安置房核查反馈问题整改台账.et", write_site),
    ("困难群众救助补助资金专项审计发现问题整改台账.ods", write_audit),
    ("特困人员供养服务机构检查问题整改（两家）.zip", write_welfare),
    ("渠村乡易地扶贫搬迁督查反馈问题整改落实台账.xlsx", write_relocate),
    ("范县水库移民后期扶持项目督查发现问题整改情况表.xlsx", write_project),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

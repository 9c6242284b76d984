"""Write the aside189 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 群团组织（工会、妇联、共青团、残联、科协）工作检查与问题整改 — 基层组织建设, 经费使用, 阵地建设, 服务职工群众.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice, member
times fixed), a CSV in GBK, a .docx whose items are numbered paragraphs, a .doc with a table (LibreOffice) and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside189.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 残联巡察整改进展通报, after a city 残疾人联合会党组's 巡察整改进展情况的通报 (市委巡察组常规巡察 and its 反馈; 一、切实履行
# 主体责任 in paragraphs; 逐一明确整改目标、整改时限、责任领导、责任部室（中心）和具体责任人; 一项一项盯紧抓实，一件一件对账销号):
# http://czs.hebcdi.gov.cn/web/czsjw/bjxsxczg/ff80808182b0711f0184c79f0ef160e3.htm
# A .docx: title naming the 党组, preamble with the 巡察 dates, a section of leadership paragraphs (not items), then the
# problems as numbered paragraphs （一）（二）… each with its 责任部室, 整改时限 and 整改情况 in sentences, a 下一步 paragraph,
# the 党组 and date at the foot.
DPF_PARAS = [
    (
        "（一）关于“党组理论学习中心组学习计划执行不严格，学习习近平总书记关于残疾人事业重要论述不够深入”的问题。"
        "责任部室：办公室。整改时限：2024年6月底前。整改情况：已修订党组理论学习中心组年度学习计划，6月份开展专题学习"
        "2次，该问题已整改完成。"
    ),
    (
        "（二）关于“残疾儿童康复救助资金拨付滞后，部分定点康复机构结算周期超过3个月”的问题。责任部室：康复部。"
        "整改时限：2024年9月30日前。整改情况：已简化结算审核流程，上半年积压的结算资料正在逐家审核，目前已拨付5家，"
        "其余正在推进。"
    ),
    (
        "（三）关于“辅助性就业机构补贴审核把关不严，个别机构在岗残疾人数与申报人数不符”的问题。责任部室：教育就业部。"
        "整改时限：2024年5月31日。整改情况：已对全市12家辅助性就业机构逐一复核，追回多拨付补贴资金1.2万元，整改完成。"
    ),
    (
        "（四）关于“机关办公用房使用面积超标”的问题。责任部室：办公室。整改时限：2024年10月31日前。"
        "整改情况：尚未整改。"
    ),
    (
        "（五）关于“残疾人证到期换领提醒不及时，部分持证人证件过期未换领”的问题。责任部室：组联部。"
        "整改时限：长期坚持。整改情况：建立残疾人证到期提醒机制，每月比对一次持证数据，长期坚持。"
    ),
    (
        "（六）关于“专门协会作用发挥不充分，盲人协会、聋人协会年度活动计划未落实”的问题。责任部室：组联部。"
        "整改时限：2024年12月底前。整改情况：已指导各专门协会修订年度活动计划，7月份组织盲人协会开展读书分享活动1次，"
        "正在持续推进。"
    ),
    (
        "（七）关于“公务接待管理不规范，部分接待无公函、无接待清单”的问题。责任部室：计划财务部。整改时限：2024年6月30日。"
        "整改情况：已修订《机关公务接待管理办法》，对2023年以来的接待费用逐笔核查，整改完成。"
    ),
    (
        "（八）关于“对残疾人托养服务机构日常监管不到位，未按季度开展检查”的问题。责任部室：教育就业部。"
        "整改时限：2024年8月31日前。"
    ),
]


def write_dpf(path: Path) -> Path:
    doc = _new_document("市残联办公室")
    _title(doc, "中共濮阳市残疾人联合会党组关于市委巡察反馈问题整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至5月10日，市委第二巡察组对市残联党组进行了常规巡察。2024年5月28日，"
        "市委巡察组向市残联党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以通报。",
    )
    _paragraph(doc, "一、切实履行主体责任，把整改落实作为重要政治任务来抓", font="黑体")
    _paragraph(
        doc,
        "巡察反馈会后，市残联党组迅速召开党组会议研究部署整改工作，成立了以党组书记、理事长为组长，党组成员为副组长，"
        "各部室负责人为成员的整改工作领导小组，制定《巡察整改方案》，逐一明确整改目标、整改时限、责任领导、责任部室和"
        "具体责任人，坚持“每周跟进”“定期汇报”，一项一项盯紧抓实，一件一件对账销号。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    for text in DPF_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，市残联党组将坚持目标不变、标准不降、力度不减，对已完成的整改事项适时开展“回头看”，对正在推进的"
        "事项紧盯时间节点，确保巡察整改取得实效。欢迎广大干部群众对巡察整改落实情况进行监督，联系电话：0393-4418231。",
    )
    _paragraph(doc, "中共濮阳市残疾人联合会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 区科协巡察整改进展, after a district 科学技术协会's 巡察整改进展情况公布 (一、加强对巡察整改的组织领导情况 as numbered
# paragraphs 1.提高思想认识… 2.细化整改措施… 3.强化自我检视…; 明确责任领导、责任人和整改时限; 建立整改动态台账、严格对账销号;
# 二、巡察反馈问题的整改情况):
# https://gl.gov.cn/xjwz/zwgkml/gstg/gstg_kx/202507/t20250718_5049569.htm
# A .doc (Word 97 via LibreOffice): title, preamble, the leadership part as numbered paragraphs (not items), then the
# problems in a table (反馈问题, 整改措施, 责任领导, 责任科室, 整改时限, 整改进展), the 协会 and date at the foot.
KX_ROWS = [
    (
        "基层科协组织覆盖不全，2个街道科协未配备“三长”兼职副主席",
        "协调街道党工委推荐医院院长、学校校长、农技站站长人选，按程序选举补齐",
        "副主席 杜明辉",
        "组织学会部",
        "2024年9月30日",
        "已推荐人选4名，正在履行选举程序",
    ),
    (
        "科普活动经费以领代报，2023年3笔科普活动经费报销无活动明细",
        "补齐活动方案、签到表和影像资料，修订经费报销制度",
        "主席 范文静",
        "办公室",
        "2024年5月31日",
        "已补齐活动明细和签到资料，报销制度已修订，整改完成",
    ),
    (
        "对所属学会监管不到位，区青少年科技教育协会连续两年未开展活动",
        "下发整改通知，督促召开会员大会完成换届",
        "副主席 杜明辉",
        "组织学会部",
        "2024年8月底",
        "已下发整改通知书，正在督促该协会筹备换届",
    ),
    (
        "科普宣传形式单一，面向农村老年群体的科普活动偏少",
        "每季度组织“科普进社区、进乡村”活动不少于2场",
        "副主席 杨晓丽",
        "科普部",
        "长期",
        "长期坚持",
    ),
    (
        "“科技工作者之家”活动室长期闲置，未按要求对外开放",
        "明确专人管理，制定开放时间表并公示",
        "副主席 杨晓丽",
        "办公室",
        "2024年7月15日",
        "未启动",
    ),
    (
        "固定资产管理不规范，部分科普展教设备未登记入账",
        "全面清查科普展教设备，登记入账、贴签管理",
        "主席 范文静",
        "办公室",
        "2024年6月30日",
        "已完成清查，38件设备全部登记入账",
    ),
    (
        "意识形态工作责任制落实不到位，未按要求开展意识形态形势研判",
        "每半年召开一次意识形态工作专题会议开展研判",
        "主席 范文静",
        "办公室",
        "2024年12月31日",
        "",
    ),
]


def write_kx_docx(path: Path) -> Path:
    doc = _new_document("区科协")
    _title(doc, "濮阳市华龙区科学技术协会关于区委巡察反馈问题整改进展情况的公告")
    _paragraph(
        doc,
        "根据区委巡察工作统一部署，2024年2月20日至3月26日，区委第二巡察组对区科学技术协会（以下简称区科协）开展了"
        "巡察，并于2024年4月18日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、加强对巡察整改的组织领导情况", font="黑体")
    _paragraph(
        doc,
        "1.提高思想认识，压实整改主体责任。巡察反馈意见后，区科协立即召开工作会议传达学习反馈意见，召开巡察整改专题"
        "民主生活会，形成领导带头、全员覆盖、层层落实的工作局面。",
    )
    _paragraph(
        doc,
        "2.细化整改措施，确保整改有序推进。制定反馈意见整改方案，明确责任领导、责任人和整改时限，建立整改动态台账，"
        "严格对账销号。",
    )
    _paragraph(doc, "二、巡察反馈问题的整改情况", font="黑体")
    body = [[str(i), *row] for i, row in enumerate(KX_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展"], body)
    _paragraph(
        doc,
        "欢迎社会各界对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-8326617。",
    )
    _paragraph(doc, "濮阳市华龙区科学技术协会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_kx(path: Path) -> Path:
    return via_soffice(write_kx_docx, path, "doc", "区科协巡察整改进展公告.docx")


# ---------------------------------------------------------------------------------------------
# 3. 软弱涣散基层团组织整顿台账, after a college 团委's notice on 基层团支部建设测评 and 整顿 (团支部自评 → 团总支评议 →
# 测评结果汇总表 → 后进团支部名单; 针对软弱涣散团支部，建立整顿台账，制定整改方案，指导、督促开展整改):
# https://nnfx.glut.edu.cn/tw/info/1087/2079.htm
# An .xlsx: title, 填报单位 line, a two-row header (测评情况 over 自评得分 and 评议等次) with the 团支部 and the 整改责任单位
# (the 乡镇 团委 that guides it) side by side, a 注 line and a 填表人 line.
TZB_ROWS = [
    (
        "文留镇后马庄村团支部",
        56,
        "后进",
        "团支部书记空缺半年以上，支部委员会超期未换届",
        "选优配强团支部书记，召开团员大会完成换届",
        "濮阳县文留镇团委",
        "2024年8月31日",
        "已推荐书记人选，换届大会定于8月中旬召开",
    ),
    (
        "柳屯镇西辛庄村团支部",
        58,
        "后进",
        "近一年未开展“三会两制一课”，无组织生活记录",
        "制定年度组织生活计划，每月开展主题团日",
        "濮阳县柳屯镇团委",
        "2024年7月31日",
        "已完成整顿，6月、7月主题团日均已开展并留存记录",
    ),
    (
        "庆祖镇庆祖集村团支部",
        65,
        "一般",
        "团员年度教育评议未开展，团籍注册未完成",
        "补开团员教育评议会，完成团籍注册",
        "濮阳县庆祖镇团委",
        "2024年9月底前",
        "未启动",
    ),
    (
        "濮阳县华丰化工有限公司团支部",
        57,
        "后进",
        "“智慧团建”系统团员信息未及时更新，12名团员组织关系未转接",
        "逐人核对更新系统信息，完成组织关系转接",
        "濮阳县产业集聚区团工委",
        "2024年7月20日",
        "系统信息已更新，组织关系转接全部完成",
    ),
    (
        "梁庄镇前付庄村团支部",
        55,
        "后进",
        "团费未按月收缴，2023年下半年团费至今未上缴",
        "补缴团费，建立团费收缴台账",
        "濮阳县梁庄镇团委",
        "2024年8月15日",
        "",
    ),
    (
        "户部寨镇户部寨村团支部",
        63,
        "一般",
        "无固定活动阵地，团员活动长期借用村委会议室",
        "依托村党群服务中心设立“青年之家”",
        "濮阳县户部寨镇团委",
        "年底前",
        "已协调村党支部腾出活动室一间，正在布置",
    ),
    (
        "王称堌镇王称堌村团支部",
        59,
        "后进",
        "发展团员程序不规范，新团员入团仪式未举行",
        "规范发展团员程序，补办入团仪式",
        "濮阳县王称堌镇团委",
        "2024年7月10日",
        "已补办入团仪式，整改完成",
    ),
]


def write_tzb(path: Path) -> Path:
    b = Book(path, author="团县委组织部")
    ws = b.sheet("整顿台账")
    b.widths(ws, [6, 26, 9, 9, 36, 30, 22, 14, 32])
    b.line(ws, 0, "2024年度软弱涣散基层团组织整顿台账", 8, b.title)
    b.line(ws, 1, "填报单位：共青团濮阳县委员会（组织部）    填报日期：2024年7月29日", 8)
    for c, word in enumerate(["序号", "团支部名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "测评情况", b.head)
    b.header(ws, 3, ["自评得分", "评议等次"], first=2)
    for c, word in enumerate(["主要问题", "整改措施", "整改责任单位", "整改时限", "整顿进展"], start=4):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(TZB_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(TZB_ROWS)
    b.line(ws, end, "注：1.测评得分低于60分的确定为后进团支部；2.整顿完成并经团县委验收合格的，予以销号。", 8)
    b.line(ws, end + 1, "填表人：孙浩然    联系电话：0393-3226158", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 乡镇妇联区域化建设改革专项督查, after a county 妇联's 专项督查 of its 乡镇妇联 (查阅档案资料、查看现场和集中座谈相结合;
# 组织运行、妇女队伍建设、执委作用发挥、阵地建设; 联席会议制度、轮值主席制度; 网上“妇女之家”; 强组织、强队伍、阵地建设、
# 制度建设、亮身份):
# http://www.czsfnlhh.com/gzdt/426.html
# An .xlsx: title, 督查时间/督查方式 line, one header row with the 督查内容 (the five headings), the 乡镇妇联 merged down
# over its rows, a 合计 row and a signature line.
FL_GROUPS = [
    (
        "清丰县马庄桥镇妇联",
        [
            (
                "强组织",
                "兼职副主席、执委作用发挥不明显，部分执委不清楚自身职责",
                "建立执委履职清单，开展执委履职培训",
                "2024年8月底前",
                "已印发执委履职清单，正在分片组织培训",
            ),
            (
                "阵地建设",
                "镇“妇女儿童之家”与村委会议室混用，无统一标识标牌",
                "规范设置标识标牌，明确开放时间",
                "2024年7月31日",
                "已完成，标识标牌已悬挂到位",
            ),
        ],
    ),
    (
        "清丰县瓦屋头镇妇联",
        [
            (
                "制度建设",
                "区域化妇联工作联席会议制度未建立，驻镇单位妇女组织未纳入",
                "建立联席会议制度，吸纳驻镇单位妇女组织负责人",
                "2024年9月30日",
                "未整改",
            ),
            (
                "亮身份",
                "村妇联执委名单未在村务公开栏公示，群众不知道执委是谁",
                "在村务公开栏和微信群公示执委名单及联系方式",
                "2024年7月20日",
                "已在全镇36个村公示执委名单，整改完成",
            ),
        ],
    ),
    (
        "清丰县仙庄镇妇联",
        [
            (
                "强队伍",
                "镇妇联专职副主席被长期借调，日常妇联工作无人负责",
                "协调镇党委明确专人负责妇联日常工作",
                "2024年7月15日",
                "",
            ),
        ],
    ),
    (
        "清丰县韩村镇妇联",
        [
            (
                "阵地建设",
                "网上“妇女之家”微信群未建立，线上联系妇女渠道不畅",
                "建立镇、村两级网上“妇女之家”微信群",
                "2024年8月15日",
                "镇级微信工作群已建立，村级群正在建立",
            ),
            (
                "制度建设",
                "轮值主席制度流于形式，2024年以来未召开轮值主席会议",
                "每季度召开一次轮值主席会议",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_fl(path: Path) -> Path:
    b = Book(path, author="县妇联组联部")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 12, 40, 36, 16, 32])
    b.line(ws, 0, "清丰县乡镇妇联组织区域化建设改革专项督查发现问题清单", 6, b.title)
    b.line(ws, 1, "督查时间：2024年7月8日—7月12日    督查方式：查阅档案资料、查看现场、集中座谈", 6)
    b.header(ws, 2, ["序号", "乡镇妇联", "督查内容", "发现问题", "整改要求", "整改时限", "整改落实情况"])
    r, n = 3, 0
    for unit, rows in FL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, unit, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, f"督查乡镇妇联{len(FL_GROUPS)}个，发现问题{n}个")
    b.line(ws, r + 2, "清丰县妇联（组联部）    填表人：王丽娟    填报日期：2024年7月25日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 所属学会问题整改推进, after a city 科协's 所属学会问题整改推进会 (市委巡察发现的“口袋学会”“僵尸学会”; 组织架构不健全、
# 活动开展不规范、会员管理不到位; 学会部通报问题，各学会负责人汇报现状、存在问题及下一步整改计划):
# http://kx.lyg.gov.cn/kx/kxyw/content/731d1754-c0aa-46e1-a427-3d3823c27609.html
# An .xls (xlwt): title, 填报单位/截至日期 line, one header row (学会名称, 问题类型, 存在问题, 整改计划, 完成时限, 整改进展,
# 备注), a 注 line and a 填表人/审核人 line.
XH_ROWS = [
    (
        "濮阳市农学会",
        "口袋学会",
        "个人会员不足50人且多为挂靠单位职工，未按章程面向社会发展会员",
        "面向基层农技人员、新型农业经营主体发展个人会员",
        "2024年10月31日",
        "已新发展会员32名，正在继续征集",
        "",
    ),
    (
        "濮阳市机械工程学会",
        "僵尸学会",
        "连续三年未开展学术交流活动，2023年度年检未通过",
        "召开理事会，制定年度学术活动计划",
        "2024年9月底",
        "未启动",
        "已约谈学会理事长",
    ),
    (
        "濮阳市计算机学会",
        "组织架构不健全",
        "理事会超期两年未换届，秘书长岗位空缺",
        "召开会员代表大会完成换届选举",
        "2024年6月30日",
        "已于6月22日召开第五次会员代表大会完成换届",
        "",
    ),
    (
        "濮阳市心理学会",
        "活动开展不规范",
        "以学会名义开展收费培训，未向业务主管单位报告",
        "停止收费培训，补办报告手续",
        "2024年7月15日",
        "已停止收费培训，报告手续已补办",
        "",
    ),
    (
        "濮阳市气象学会",
        "会员管理不到位",
        "会员档案缺失，会费收取未开具票据",
        "建立会员电子档案，规范会费票据管理",
        "2024年8月31日",
        "会员电子档案已建立，会费票据正在申领",
        "",
    ),
    (
        "濮阳市中医药学会",
        "财务管理不规范",
        "学会资金与挂靠单位资金混用，未设立独立银行账户",
        "开设学会独立银行账户，清理往来款项",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "濮阳市农学会",
        "活动开展不规范",
        "科普活动均以挂靠单位名义开展，学会品牌作用发挥不明显",
        "以学会名义独立策划开展科普惠农活动",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_xh(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市科协所属学会问题整改推进情况表", t, 0, 7),
        (1, 0, "填报单位：濮阳市科学技术协会学会部    截至日期：2024年7月26日", plain, 1, 7),
    ]
    words = ["序号", "学会名称", "问题类型", "存在问题", "整改计划", "完成时限", "整改进展", "备注"]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(XH_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, c) for col, v in enumerate(row, start=1)]
    end = 3 + len(XH_ROWS)
    cells.append(
        (
            end,
            0,
            "注：问题类型依据市委巡察反馈意见和学会年检结果确定；整改完成的，由学会部组织验收。",
            plain,
            end,
            7,
        )
    )
    cells.append(
        (end + 1, 0, "填表人：周雅琴    审核人：胡永刚    联系电话：0393-6661325", plain, end + 1, 7)
    )
    return _write_xls(path, [("学会问题整改", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 工会驿站走访检查, after a district 总工会's 走访检查 of its 工会驿站 (消防安全状况、环境卫生情况、日常活动资料以及规范化
# 管理工作; 废弃杂物堆积多、电线裸露、落叶杂草多; 当场提出整改意见，要求驿站负责人在规定期限内予以落实):
# http://ldxq.liuzhou.gov.cn/xwzx/jcfc/202509/t20250909_3665993.shtml
# A CSV in GBK: a title line, a line stating the check date the 整改时限 in days count from, one header line with the
# 责任单位（依托单位）, a 合计 line and a 检查人 line.
YZ_ROWS = [
    (
        "胜利路交警岗亭工会驿站",
        "市交警支队",
        "驿站周围废弃杂物堆积，插座电线裸露",
        "清理杂物，规范敷设电线",
        "7日内",
        "已清理杂物，电线已穿管敷设",
    ),
    (
        "众意公交首末站工会驿站",
        "市公交公司",
        "饮水机滤芯超期未更换，无维护记录",
        "更换滤芯，建立设备维护记录",
        "3日内",
        "已更换滤芯，维护记录已建立",
    ),
    (
        "京开大道加油站工会驿站",
        "中国石化销售股份有限公司河南濮阳石油分公司京开大道加油站",
        "实际服务时间与公示内容不一致，夜间不开放",
        "按公示时间开放，落实夜间值守",
        "7日内",
        "正在调整值班安排",
    ),
    (
        "供电营业厅工会驿站",
        "濮阳供电公司",
        "微波炉损坏无法使用，冰箱内食物过期无人清理",
        "维修或更换微波炉，明确专人清理冰箱",
        "15日内",
        "",
    ),
    (
        "胜利路街道党群服务中心工会驿站",
        "濮阳市华龙区胜利路街道办事处",
        "日常活动资料不全，未建立服务人次登记台账",
        "建立服务人次登记台账，规范活动资料",
        "2024年7月31日",
        "未整改",
    ),
    (
        "中原路环卫工作站工会驿站",
        "市城管局",
        "灭火器过期，消防器材配置不足",
        "更换过期灭火器，按标准补充消防器材",
        "3日内",
        "已更换灭火器2具，经复查合格",
    ),
]


def write_yz(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区户外劳动者服务站点（工会驿站）走访检查问题整改台账", "", "", "", "", "", ""])
    w.writerow(["检查日期：2024年7月12日；整改时限自检查之日起计算", "", "", "", "", "", ""])
    w.writerow(
        ["序号", "驿站名称", "责任单位（依托单位）", "检查发现问题", "整改意见", "整改时限", "整改情况"]
    )
    for i, row in enumerate(YZ_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", f"检查工会驿站{len(YZ_ROWS)}个", "", f"发现问题{len(YZ_ROWS)}处", "", "", ""])
    w.writerow(["检查人：杨立新、赵振东    濮阳市华龙区总工会", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 职工小家互查互学, after a provincial postal 工会's 职工小家 mutual check (两个检查小组; 抽查9个县（市、区）分公司36个职工
# 小家; “五小”建设条件; 管好用好职工小家; 专题通报，针对存在问题及时提出整改措施):
# http://www.y9soft.com/html1/report/2211/876-1.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位/检查时间 line, a two-row header (整改落实 over three columns) with
# the 检查小组 (the inspector) beside the 责任单位（县分公司） and the 职工小家, a 合计 row and a 填表人 line.
XJ_ROWS = [
    (
        "第一检查小组",
        "中国邮政集团有限公司清丰县分公司",
        "马庄桥邮政支局职工小家",
        "小食堂",
        "职工食堂未配备留样柜，食品留样记录缺失",
        "购置留样柜，建立食品留样登记制度",
        "2024年7月20日",
        "已购置留样柜并建立留样记录",
    ),
    (
        "第一检查小组",
        "中国邮政集团有限公司清丰县分公司",
        "城关揽投部职工小家",
        "小浴室",
        "淋浴热水器老化，漏电保护装置失灵",
        "更换热水器及漏电保护装置",
        "2024年7月15日",
        "已更换，经检测合格",
    ),
    (
        "第一检查小组",
        "中国邮政集团有限公司南乐县分公司",
        "元村邮政支局职工小家",
        "小书屋",
        "图书更新不及时，近两年未新增图书",
        "补充图书200册，建立借阅登记",
        "2024年8月31日",
        "已采购图书120册，其余正在采购",
    ),
    (
        "第一检查小组",
        "中国邮政集团有限公司南乐县分公司",
        "城关揽投部职工小家",
        "小食堂",
        "夏季未供应防暑降温饮品，一线投递员午餐无保温设施",
        "配备保温餐箱，夏季供应绿豆汤等防暑饮品",
        "长期坚持",
        "长期坚持",
    ),
    (
        "第二检查小组",
        "中国邮政集团有限公司范县分公司",
        "城关揽投部职工小家",
        "小活动室",
        "活动室被用作临时包裹仓库，职工无法正常使用",
        "腾退包裹，恢复活动室功能",
        "2024年7月10日",
        "未整改",
    ),
    (
        "第二检查小组",
        "中国邮政集团有限公司台前县分公司",
        "侯庙邮政支局职工小家",
        "小厕所",
        "支局无职工卫生间，职工需借用周边商户厕所",
        "利用支局后院空地改建职工卫生间",
        "2024年9月30日",
        "已完成设计，正在施工",
    ),
    (
        "第二检查小组",
        "中国邮政集团有限公司濮阳县分公司",
        "文留邮政支局职工小家",
        "管家用家",
        "管家用家制度未上墙，职工小家无专人管理",
        "明确兼职管理员，管理制度上墙公示",
        "2024年7月12日",
        "",
    ),
]


def write_xj_book(path: Path) -> Path:
    b = Book(path, author="市分公司工会")
    ws = b.sheet("互查问题整改台账")
    b.widths(ws, [6, 14, 30, 24, 10, 36, 30, 14, 26])
    b.line(ws, 0, "2024年职工小家互查互学发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：中国邮政集团有限公司濮阳市分公司工会    检查时间：2024年7月2日—7月5日", 8)
    for c, word in enumerate(
        ["序号", "检查小组", "责任单位（县分公司）", "职工小家名称", "检查项目", "存在问题"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "完成时限", "整改结果"], first=6)
    for i, row in enumerate(XJ_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(XJ_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, f"共抽查5个县分公司20个职工小家，发现问题{len(XJ_ROWS)}个")
    b.line(ws, end + 2, "填表人：陈晓燕    联系电话：0393-8912036    填报日期：2024年7月23日", 8)
    return b.close()


def write_xj(path: Path) -> Path:
    return via_soffice(write_xj_book, path, "xls", "职工小家互查互学发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 妇女儿童之家服务查验, after a district 妇联's 查验 of its 镇街 妇女儿童之家 (按照“镇（街）‘妇女儿童之家’考核表”的各项
# 考核指标; 听取汇报、查阅服务档案、现场提问、实地观察; 对存在的问题提出相应的整改指导意见):
# http://www.gzwoman.org.cn/gzsmfb/gzdt/qjgzdt/nsq/content/post_211980.html
# An .ods (LibreOffice, member times fixed): title, 查验单位/查验时间 line, a 说明 line, one header row with the 考核指标
# and 查验方式 columns, a 查验人 line.
FE_ROWS = [
    (
        "濮阳市华龙区胜利路街道妇联",
        "服务档案",
        "查阅服务档案",
        "服务档案只有活动照片，无签到表和服务记录",
        "按活动逐场补齐签到表、服务记录",
        "2024年8月31日",
        "签到表已补齐，服务记录正在整理",
    ),
    (
        "濮阳市华龙区中原路街道妇联",
        "服务项目",
        "现场提问",
        "工作人员对区、街、社区三级服务联动机制不熟悉",
        "组织妇女儿童之家工作人员专题培训",
        "2024年7月31日",
        "已于7月18日组织培训，整改完成",
    ),
    (
        "濮阳市华龙区任丘路街道妇联",
        "阵地设施",
        "实地观察",
        "儿童活动区桌椅边角无防护，存在磕碰隐患",
        "加装防撞护角，定期检查设施",
        "2024年7月20日",
        "已加装防撞护角",
    ),
    (
        "濮阳市华龙区孟轲乡妇联",
        "服务成效",
        "听取汇报",
        "上半年开展活动不足3场，未形成特色服务项目",
        "结合乡情打造1个特色服务项目",
        "第三季度",
        "",
    ),
    (
        "濮阳市华龙区黄河路街道妇联",
        "制度建设",
        "查阅服务档案",
        "开放时间未公示，周末不对外开放",
        "公示开放时间，周末至少开放半天",
        "2024年7月15日",
        "未整改",
    ),
    (
        "濮阳市华龙区大庆路街道妇联",
        "队伍建设",
        "现场提问",
        "专职社工流动频繁，半年内更换3人，服务衔接不畅",
        "稳定专职社工队伍，做好工作交接",
        "长期坚持",
        "长期坚持",
    ),
]


def write_fe_book(path: Path) -> Path:
    b = Book(path, author="区妇联")
    ws = b.sheet("查验问题整改表")
    b.widths(ws, [6, 28, 12, 14, 40, 32, 14, 30])
    b.line(ws, 0, "2024年华龙区镇街“妇女儿童之家”服务查验问题整改表", 7, b.title)
    b.line(ws, 1, "查验单位：濮阳市华龙区妇联、区妇女儿童之家    查验时间：2024年7月1日—7月10日", 7)
    b.line(
        ws,
        2,
        "说明：按照《华龙区镇（街）“妇女儿童之家”考核表》各项考核指标逐项查验，对存在的问题提出整改指导意见。",
        7,
    )
    b.header(
        ws,
        3,
        ["序号", "镇街妇联", "考核指标", "查验方式", "存在问题", "整改指导意见", "整改期限", "整改情况"],
    )
    for i, row in enumerate(FE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FE_ROWS)
    b.line(ws, end + 1, "查验人：宋佳怡、高雅    填表日期：2024年7月24日", 7)
    return b.close()


def write_fe(path: Path) -> Path:
    via_soffice(write_fe_book, path, "ods", "妇女儿童之家服务查验问题整改表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 县总工会巡察整改台账, after a county 总工会党组's 巡察整改进展情况的通报 (将整改责任一一落实到责任领导、责任部室、责任人，
# 并严格整改要求和完成时限; 党建、基层管理、财务、编外用工、经审整改):
# https://www.tongdao.gov.cn/tongdao/c101153/202506/c2ef7f95daf84dee8cec664156f37fdd.shtml
# An .xlsx: title, 填报单位 line, a two-row header (责任分工 over 责任领导, 责任部室, 责任人) with the 问题类别, a 销号情况
# column, a 注 line and a signature line. The 总工会 answers for every row; the 部室 are its sections.
ZGH_ROWS = [
    (
        "党的建设",
        "党组会议记录不规范，“三重一大”事项决策过程记录不完整",
        "规范党组会议记录，完善“三重一大”决策程序",
        "刘建新",
        "办公室",
        "张倩",
        "2024年6月30日",
        "已完成",
        "已销号",
    ),
    (
        "基层管理",
        "基层工会换届不及时，全县14家基层工会超期未换届",
        "逐家下发换届提示函，督促按期换届",
        "王志强",
        "组织和基层工作部",
        "李云飞",
        "2024年12月31日",
        "已完成换届9家，其余5家正在推进",
        "",
    ),
    (
        "财务管理",
        "基层工会经费返还不及时，2023年度返还资金滞后3个月",
        "建立按季度返还机制，补齐滞后返还资金",
        "王志强",
        "财务部",
        "赵敏",
        "2024年7月31日",
        "基本完成",
        "已销号",
    ),
    (
        "编外用工",
        "编外人员聘用未经党组会研究，劳动合同签订不规范",
        "提交党组会研究，重新签订劳动合同",
        "刘建新",
        "办公室",
        "张倩",
        "2024年8月31日",
        "正在重新签订劳动合同",
        "",
    ),
    (
        "经审工作",
        "经审会未按规定开展年度预算执行情况审查",
        "开展2023年度预算执行情况审查",
        "孙立华",
        "经费审查委员会办公室",
        "周晓东",
        "2024年9月30日",
        "未启动",
        "",
    ),
    (
        "服务职工",
        "困难职工帮扶档案不完整，部分档案缺少入户调查表",
        "逐户补齐入户调查表，实行动态管理",
        "孙立华",
        "权益保障部",
        "马丽",
        "2024年10月底",
        "",
        "",
    ),
    (
        "服务职工",
        "县城工会爱心驿站场地被占作他用，配套设施闲置",
        "收回驿站场地，配齐设施，明确专人管理",
        "孙立华",
        "权益保障部",
        "马丽",
        "2024年5月31日",
        "已收回场地，设施已配齐，专人管理",
        "已销号",
    ),
]


def write_zgh(path: Path) -> Path:
    b = Book(path, author="县总工会办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 32, 10, 18, 10, 14, 28, 10])
    b.line(ws, 0, "范县总工会党组县委巡察反馈问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：范县总工会（盖章）    填报日期：2024年7月30日", 9)
    for c, word in enumerate(["序号", "问题类别", "巡察反馈问题", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "责任分工", b.head)
    b.header(ws, 3, ["责任领导", "责任部室", "责任人"], first=4)
    for c, word in enumerate(["完成时限", "整改进展", "销号情况"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(ZGH_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ZGH_ROWS)
    b.line(ws, end, "注：整改完成的事项，经县委巡察办审核同意后在“销号情况”栏填写“已销号”。", 9)
    b.line(ws, end + 1, "单位负责人：刘建新    填表人：张倩    联系电话：0393-5362210", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 科普中国e站整改, after a city 科协's 督导 of a county's 科普中国e站整改 (协会、学校、社区 e站; 对科普e站清退情况进行
# 逐一排查; 清退摘牌后的设备加强资产管理; 可继续使用的设备下载科普中国资源继续发挥作用):
# http://kx.fy.cn/content/detail/65780df72b56e0ab228b4567.html
# A .zip of two county returns: an .xlsx 统计表 (e站名称, 建站单位, 存在问题, 整改方式（融、移、转、退、精、停）, 整改时限,
# 完成情况) and a .docx report whose e站 are numbered paragraphs (each naming its 责任单位) with measures, 整改时限 and
# progress in sentences.
EZ_ROWS = [
    (
        "清丰县实验小学科普中国e站",
        "清丰县实验小学",
        "科普大屏长期黑屏，未更新科普中国内容",
        "融",
        "2024年8月31日",
        "已接入校园广播电视系统，正在调试",
    ),
    (
        "阳邵镇食用菌协会科普中国e站",
        "清丰县阳邵镇食用菌协会",
        "协会已停止活动，e站设备闲置",
        "退",
        "2024年7月15日",
        "已清退摘牌，设备移交县科协登记保管",
    ),
    (
        "城关镇顿丘社区科普中国e站",
        "清丰县城关镇顿丘社区居民委员会",
        "电子科普画廊网络故障，停播3个月",
        "精",
        "2024年7月31日",
        "未整改",
    ),
    (
        "清丰县第一初级中学科普中国e站",
        "清丰县第一初级中学",
        "e站管理人员未明确，无运维记录",
        "转",
        "2024年9月30日",
        "",
    ),
]

EZ_PARAS = [
    (
        "1.南乐县第一高级中学科普中国e站。责任单位：南乐县第一高级中学。存在问题：多媒体触摸屏损坏，科普资源长期未更新。整改措施：维修触摸屏，"
        "下载科普中国最新资源。整改时限：2024年7月10日。整改情况：已于7月10日修复并完成资源更新，整改完成。"
    ),
    (
        "2.杨村乡杨村科普中国e站。责任单位：南乐县杨村乡杨村村民委员会。存在问题：科普画廊被商业广告覆盖，e站功能未发挥。"
        "整改措施：清理商业广告，恢复科普内容播放。整改时限：2024年8月15日。整改情况：商业广告已清理，正在恢复播放。"
    ),
    (
        "3.城关镇文化社区科普中国e站。责任单位：南乐县城关镇文化社区居民委员会。"
        "存在问题：e站设备资产未登记，部分设备去向不明。"
        "整改措施：全面清查设备资产，登记造册，落实管护责任。整改时限：2024年8月底前。"
    ),
]


def write_ez_book(path: Path) -> Path:
    b = Book(path, author="清丰县科协")
    ws = b.sheet("e站整改")
    b.widths(ws, [6, 30, 30, 34, 14, 16, 32])
    b.line(ws, 0, "清丰县科普中国e站整改情况统计表", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县科学技术协会    填报时间：2024年7月22日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "e站名称",
            "建站单位",
            "存在问题",
            "整改方式（融、移、转、退、精、停）",
            "整改时限",
            "完成情况",
        ],
    )
    for i, row in enumerate(EZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EZ_ROWS)
    b.line(ws, end + 1, "填表人：韩晓明    联系电话：0393-7223106", 6)
    return b.close()


def write_ez_docx(path: Path) -> Path:
    doc = _new_document("南乐县科协")
    _title(doc, "南乐县科学技术协会关于科普中国e站整改情况的报告")
    _paragraph(doc, "市科协：")
    _paragraph(
        doc,
        "按照市科协关于做好科普中国e站整改工作的要求，我会对全县已建科普中国e站逐一排查，对存在问题的e站按照"
        "“融、移、转、退、精、停”的要求分类整改。现将整改情况报告如下：",
    )
    for text in EZ_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我会将加强e站日常管护，推动e站与新时代文明实践站点融合，持续发挥科普阵地作用。")
    _paragraph(doc, "南乐县科学技术协会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月19日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ez(path: Path) -> Path:
    members = [
        ("清丰县科普中国e站整改情况统计表.xlsx", write_ez_book),
        ("南乐县科协关于科普中国e站整改情况的报告.docx", write_ez_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 团费专项自查问题整改清单, after a 团委's 年度团费自查报告 (全系统团费专项自查; 基层自查形成《团费收缴台账自查表》
# 《团费使用明细清单》《问题整改清单》; 核对“智慧团建”系统数据; 收缴、使用、管理全流程):
# https://max.book118.com/html/2026/0101/7122060143011033.shtm
# An .xlsx: title, 填报单位/自查时段 line, one header row (基层团组织, 问题类别, 问题描述, 整改措施, 责任人, 整改时限,
# 整改状态), a 填表说明 line and a 填表人 line.
TF_ROWS = [
    (
        "濮阳市华龙区胜利路街道团工委",
        "团费收缴",
        "辖区6个团支部团费未按月收缴，存在年底集中补缴现象",
        "建立按月收缴提醒制度，由团支部书记按月收缴",
        "张宁",
        "2024年6月30日",
        "已完成",
    ),
    (
        "濮阳市华龙区实验中学团委",
        "团费使用",
        "团费用于购买教师办公用品，超出团费使用范围",
        "将违规支出资金退回团费账户并调整账目",
        "李静",
        "2024年7月15日",
        "已完成",
    ),
    (
        "濮阳市华龙区中原路街道团工委",
        "台账管理",
        "团费收缴台账与“智慧团建”系统数据不一致，差额420元",
        "逐笔核对收缴记录，更正系统数据",
        "王鹏",
        "2024年8月31日",
        "整改中",
    ),
    (
        "濮阳市华龙区孟轲乡团委",
        "团费上缴",
        "2023年度团费未按规定比例上缴团区委",
        "足额补缴2023年度应上缴团费",
        "赵亮",
        "2024年7月31日",
        "未整改",
    ),
    (
        "濮阳市华龙区非公企业团工委",
        "票据管理",
        "收缴团费未开具团费收据",
        "统一使用团费专用收据",
        "刘洋",
        "2024年9月30日",
        "",
    ),
    (
        "濮阳市华龙区人民路街道团工委",
        "公开监督",
        "团费收支情况未定期向团员公开",
        "每半年在团员大会上公开一次团费收支情况",
        "陈晨",
        "长期坚持",
        "长期坚持",
    ),
]


def write_tf(path: Path) -> Path:
    b = Book(path, author="团区委")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 30, 10, 40, 36, 8, 14, 10])
    b.line(ws, 0, "华龙区团费收缴使用管理专项自查问题整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：共青团濮阳市华龙区委员会    自查时段：2024年3月—6月", 7)
    b.header(
        ws, 2, ["序号", "基层团组织", "问题类别", "问题描述", "整改措施", "责任人", "整改时限", "整改状态"]
    )
    for i, row in enumerate(TF_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TF_ROWS)
    b.line(ws, end, "填表说明：“整改状态”栏填写“已完成”“整改中”“未整改”或“长期坚持”。", 7)
    b.line(ws, end + 1, "填表人：郭佳    联系电话：0393-8665021    填报日期：2024年7月27日", 7)
    return b.close()


FILES = [
    ("濮阳市残联党组关于市委巡察反馈问题整改进展情况的通报.docx", write_dpf),
    ("华龙区科协关于区委巡察反馈问题整改进展情况的公告.doc", write_kx),
    ("2024年度软弱涣散基层团组织整顿台账（濮阳县）.xlsx", write_tzb),
    ("清丰县乡镇妇联区域化建设改革专项督查发现问题清单.xlsx", write_fl),
    ("市科协所属学会问题整改推进情况表.xls", write_xh),
    ("华龙区工会驿站走访检查问题整改台账.csv", write_yz),
    ("职工小家互查互学发现问题整改台账（市邮政分公司工会）.et", write_xj),
    ("华龙区镇街妇女儿童之家服务查验问题整改表.ods", write_fe),
    ("范县总工会巡察反馈问题整改台账.xlsx", write_zgh),
    ("科普中国e站整改情况（清丰县、南乐县）.zip", write_ez),
    ("华龙区团费专项自查问题整改清单.xlsx", write_tf),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

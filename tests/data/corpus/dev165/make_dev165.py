"""Write the dev165 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 国有企业巡察与内部审计 (国资委巡察整改任务清单, 集团巡察整改进展通报, 集团审计部审计整改督导),
金融与国资监管 (小额贷款公司抽查, 典当行/融资租赁/商业保理现场检查, 融资担保机构现场检查) and 统计与税务执法
(统计督察反馈整改, 统计执法检查, 税收风险应对任务, 稽查局内部控制自我评估).
Forms: .xlsx (three), .xls (xlwt), .et and .wps (LibreOffice conversions of an .xlsx and a .docx), .ods (LibreOffice,
zip times fixed), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside290.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})

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
    """Rewrite a zip-based file (.ods) with fixed member times and a fixed meta date, order kept."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%S").encode()
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                data = re.sub(
                    rb"(<dc:date>|<meta:creation-date>)[^<]*(</)", rb"\g<1>" + stamp + rb"\g<2>", data
                )
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
# 1. 市国资委党委巡察反馈意见整改任务清单, after a city 国资委党委's 巡察整改情况 notice (针对反馈问题细化形成整改任务
# 清单, 着力构建“责任到人、任务到条、时间到天”的职责清单; 以巡察整改为龙头, 纵深推进国资监管和国企改革深化提升行动;
# 资产盘活, 聚焦涉企问题会同企业党委共商共议):
# https://m.llqcyx.com/gzw/lygsrmzfgyzcjdglwyh/tzgg/content/2602cc8e-c83c-4652-8360-322f3e604f72.html
# An .xlsx: title, 填报单位/反馈时间 line, one header row (反馈问题, 整改任务, 责任领导, 责任科室, 责任人, 完成时限 to
# the day, 整改进展, 是否销号), the items grouped under 方面 rows merged across; every row names a 科室 of the 国资委
# itself; 立行立改 counts from the 反馈 date in the preamble; a 说明 line and a signature line.
SASAC_GROUPS = [
    (
        "一、贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "国企改革深化提升行动部分任务推进滞后，市属企业经理层成员任期制和契约化管理未全覆盖",
                "督促未完成企业签订契约，实现全覆盖",
                "王振华",
                "企业改革科",
                "李明远",
                "2024年9月30日",
                "已完成6户市属企业契约签订，剩余2户正在推进",
                "未销号",
            ),
            (
                "对市属企业“三重一大”决策制度执行情况监督检查不到位",
                "制定监督检查方案，开展专项检查",
                "王振华",
                "监督追责科",
                "赵婧",
                "立行立改",
                "已印发监督检查工作方案，完成对8户企业的专项检查",
                "已销号",
            ),
        ],
    ),
    (
        "二、履行国有资产监管职责方面",
        [
            (
                "市属企业对外担保清理不彻底，2户企业存在对非国有企业无反担保的担保",
                "逐笔清理，解除或落实反担保措施",
                "孙建国",
                "产权管理科",
                "周涛",
                "2024年8月31日",
                "已解除1笔担保，另1笔正在与被担保企业协商",
                "未销号",
            ),
            (
                "国有房产出租未全部进场公开交易，部分房产租金明显低于市场价",
                "督促企业将到期房产全部进场公开招租",
                "孙建国",
                "产权管理科",
                "周涛",
                "2024年6月30日",
                "已完成，14处到期房产均已进场公开招租",
                "已销号",
            ),
            (
                "企业负责人经营业绩考核指标设置偏软，利润指标低于上年实际完成值",
                "修订年度经营业绩考核指标",
                "刘会敏",
                "考核分配科",
                "陈思",
                "2024年12月31日",
                "",
                "",
            ),
            (
                "监管企业财务决算审核发现的应收账款长期挂账问题未督促清理",
                "建立应收账款清理台账，按月调度",
                "刘会敏",
                "财务监督与统计评价科",
                "韩雪",
                "2024年10月31日",
                "未启动",
                "未销号",
            ),
        ],
    ),
    (
        "三、落实全面从严治党和组织建设方面",
        [
            (
                "部分企业党组织前置研究讨论重大经营管理事项清单未制定",
                "指导企业制定前置研究讨论事项清单",
                "张丽娟",
                "党建工作科",
                "郭宁",
                "2024年7月20日",
                "已指导10户企业制定前置研究事项清单并报备",
                "已销号",
            ),
            (
                "市属企业中层干部人事档案专项审核未完成",
                "完成档案专项审核，建立问题台账",
                "张丽娟",
                "组织人事科",
                "吴磊",
                "2024年8月20日",
                "已审核156卷，剩余卷宗正在审核",
                "未销号",
            ),
            (
                "巡察整改长效机制不健全，整改成果运用不够",
                "建立巡察整改常态化调度机制",
                "张丽娟",
                "办公室",
                "马骏",
                "长期坚持",
                "按月调度整改进展",
                "",
            ),
        ],
    ),
]


def write_sasac(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 40, 28, 10, 16, 10, 16, 32, 10])
    b.line(ws, 0, "市国资委党委落实市委第三巡察组反馈意见整改任务清单", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市人民政府国有资产监督管理委员会（巡察整改工作领导小组办公室）    "
        "巡察反馈时间：2024年5月10日    更新时间：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "反馈问题",
            "整改任务",
            "责任领导",
            "责任科室",
            "责任人",
            "完成时限",
            "整改进展",
            "是否销号",
        ],
    )
    r, n = 3, 0
    for title, rows in SASAC_GROUPS:
        b.merge(ws, r, 0, r, 8, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：“立行立改”事项自巡察反馈之日起整改；整改完成经领导小组办公室审核后销号。", 8)
    b.line(ws, r + 1, "审核人：王振华    填报人：马骏    联系电话：0393-8181236", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 集团党委关于巡察整改进展情况的通报, after a city 国资委党委's published 巡察整改进展情况的通报 (根据市委统一部署
# ……开展了巡察……反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布; 一、党委履行巡察整改主体
# 责任情况 (一)加强组织领导…; 委领导分片包干、党委会定期调度; 主动认领整改事项):
# http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/qjswdwulxc/zgls/content/post_1540321.html
# A .docx: title, preamble, part 一 (the party committee's own work, not items), part 二 whose items are numbered
# paragraphs 1.…8. each naming the subsidiary (or the group's own 部) that owns it, the time limit and the progress
# in sentences; part 三 (next steps), the contact lines of a 通报, the committee and date at the foot.
GROUP_PARAS = [
    (
        "1.关于“股权投资决策论证不充分，部分项目投资前未开展尽职调查”的问题。责任单位：濮阳市产业投资有限公司，"
        "整改时限：2024年6月底前。整改情况：已修订《股权投资管理办法》，对3个在投项目补充开展尽职调查，"
        "该问题已整改完成。"
    ),
    (
        "2.关于“应收账款清收不力，部分工程款逾期3年以上未收回”的问题。责任单位：濮阳市城乡建设开发有限公司，"
        "整改时限：2024年12月底前。整改情况：已成立清收专班，收回欠款1860万元，剩余款项通过诉讼途径追收，"
        "整改工作正在推进。"
    ),
    (
        "3.关于“融资担保业务代偿率偏高，保后管理流于形式”的问题。责任单位：濮阳市龙都融资担保有限公司，"
        "整改时限：2024年9月30日。整改情况：已修订保后检查制度，对23户在保企业开展保后走访，代偿款追偿工作正在推进。"
    ),
    (
        "4.关于“闲置房产、土地盘活不及时”的问题。责任单位：濮阳投资集团资产运营有限公司。按照“7月底前完成资产清查"
        "建账，10月底前完成闲置资产招租或处置”的安排推进，目前已完成清查建账，招租方案正在报批。"
    ),
    (
        "5.关于“集团本部公务用车使用管理不规范，存在公车私用苗头”的问题。责任部门：集团综合办公室，整改时限：立行立改。"
        "整改情况：已清理车辆使用登记，对2名相关人员进行提醒谈话，已整改到位。"
    ),
    (
        "6.关于“子公司财务负责人委派制度未落实”的问题。责任部门：集团财务管理部，整改时限：8月15日前。"
        "整改情况：因人员编制调整，该项工作尚未启动。"
    ),
    (
        "7.关于“工程建设项目招标管理不规范，存在化整为零规避招标”的问题。责任单位：濮阳市城乡建设开发有限公司，"
        "整改时限：长期坚持。整改情况：已建立招标采购月度自查机制，长期坚持。"
    ),
    (
        "8.关于“基层党组织换届不及时，个别党支部超期未换届”的问题。责任单位：濮阳市产业投资有限公司，"
        "整改时限：2024年9月底前。"
    ),
]


def write_group_docx(path: Path) -> Path:
    doc = _new_document("集团党委办公室")
    _title(doc, "中共濮阳投资集团有限公司委员会关于市委巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年2月26日至4月12日，市委第五巡察组对濮阳投资集团有限公司党委开展了巡察。"
        "2024年4月18日，市委第五巡察组向集团党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、党委履行巡察整改主体责任情况", font="黑体")
    _paragraph(
        doc,
        "（一）加强组织领导，压实整改责任。集团党委第一时间召开党委会议，专题研究部署整改工作，成立巡察整改领导小组，"
        "建立班子成员分片包干、党委会定期调度、整改对账销号等工作机制，党委书记带头领办重点难点问题。",
    )
    _paragraph(
        doc,
        "（二）细化整改措施，推动问题整改。对照巡察反馈的4个方面18个问题，逐条制定整改措施，明确责任领导、责任单位"
        "和整改时限，“立行立改”事项自反馈之日起整改，需要长期坚持的事项建立长效机制。",
    )
    _paragraph(doc, "二、巡察反馈问题整改落实情况", font="黑体")
    for text in GROUP_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "集团党委将继续压实整改责任，对尚未完成的整改任务盯紧抓实、持续用力，确保件件有着落、事事有回音。",
    )
    _paragraph(
        doc,
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0393-8866310；邮政地址：濮阳市华龙区开州路与长庆路交叉口集团党委办公室。",
    )
    _paragraph(doc, "中共濮阳投资集团有限公司委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 统计督察反馈问题整改台账, after a province 统计局's 常规统计督察 feedback to a prefecture (督察发现…主要表现在:
# 一是贯彻落实习近平总书记关于统计工作重要讲话指示批示精神…有差距; 二是落实防治统计造假责任存在薄弱环节…首轮
# 国家统计督察反馈意见整改落实不到位; 三是履行统计法定职责尚有偏差, 依然存在将统计部门列为完成主要经济指标目标
# 责任单位的文件和做法; 四是统计数据失实问题依然存在, 部分被检查企业…):
# http://www.ybrbnews.cn/content/2025-03/07/142_708551.html
# An .xls (xlwt): title, 填报单位/反馈时间 line, one header row with 责任单位 and 责任领导, the items under the four
# 方面 of the feedback as rows merged across, 整改时限 as 立行立改 / 6月底前 / 第三季度 / 年底前 / dates / 长期坚持,
# 整改进展 beside a 是否完成 column (是/否), a 注 line and a signature line.
STATS_GROUPS = [
    (
        "一、贯彻落实习近平总书记关于统计工作重要讲话指示批示精神方面",
        [
            (
                "传达学习习近平总书记关于统计工作重要讲话精神不及时，县政府常务会议未专题学习",
                "濮阳县人民政府办公室",
                "刘卫东",
                "县政府常务会议专题传达学习",
                "立行立改",
                "已于3月15日县政府常务会议专题传达学习",
                "是",
            ),
            (
                "统计法治宣传进党校落实不到位，主体班次未安排统计法治课程",
                "中共濮阳县委党校",
                "杨志刚",
                "将统计法纳入主体班次教学计划",
                "第三季度",
                "",
                "",
            ),
        ],
    ),
    (
        "二、落实防治统计造假责任方面",
        [
            (
                "部分乡镇未将防治统计造假纳入乡镇党委议事日程",
                "文留镇人民政府",
                "陈国栋",
                "召开党委会专题研究，建立责任清单",
                "2024年6月底前",
                "已召开党委会研究部署，责任清单已印发",
                "是",
            ),
            (
                "首轮国家统计督察反馈问题整改“回头看”不彻底",
                "濮阳县统计局",
                "王建伟",
                "按季度开展整改“回头看”",
                "长期坚持",
                "长期坚持，按季度开展自查",
                "",
            ),
        ],
    ),
    (
        "三、履行统计法定职责方面",
        [
            (
                "县工信局印发的文件将统计部门列为完成工业增加值目标责任单位，未及时清理",
                "濮阳县工业和信息化局",
                "赵鹏飞",
                "废止相关文件，重新印发",
                "2024年5月31日",
                "已废止相关文件",
                "是",
            ),
            (
                "统计执法监督力量存在缺口，县统计局未配备专职执法人员",
                "濮阳县统计局",
                "王建伟",
                "申请增设执法岗位，配齐执法人员",
                "年底前",
                "已向县委编办提出申请，正在协调",
                "否",
            ),
            (
                "乡镇统计站人员变动频繁，新任统计员未经培训上岗",
                "庆祖镇人民政府",
                "李海波",
                "开展统计业务培训，稳定统计队伍",
                "2024年9月30日",
                "未启动",
                "否",
            ),
        ],
    ),
    (
        "四、统计数据质量方面",
        [
            (
                "部分被检查企业统计台账不健全，原始记录与上报数据不一致",
                "濮阳县统计局",
                "王建伟",
                "对被检查企业逐户复查，督促建立统计台账",
                "2024年8月31日",
                "已对12家企业开展复查，3家企业正在整改",
                "否",
            ),
        ],
    ),
]


def write_stats(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, grp = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(bold=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县落实省统计局统计督察反馈意见整改台账", t, 0, 7),
        (
            1,
            0,
            "填报单位：濮阳县统计督察反馈问题整改工作领导小组办公室（县统计局代章）    "
            "督察意见反馈时间：2024年3月6日    填报时间：2024年7月30日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "问题表现", "责任单位", "责任领导", "整改措施", "整改时限", "整改进展", "是否完成"]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for title, rows in STATS_GROUPS:
        cells.append((r, 0, title, grp, r, 7))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (3, 5, 7) else c))
            r += 1
    cells += [
        (
            r,
            0,
            "注：“立行立改”事项自督察意见反馈之日起整改；已完成事项经领导小组办公室审核后销号。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：王建伟    填表人：朱晓燕    联系电话：0393-3221587", plain, r + 1, 7),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 小额贷款公司“双随机、一公开”抽查发现问题整改情况表, after a city 金融工作局's 小额贷款公司抽查结果通报 (依据
# “双随机、一公开”抽查计划, 市金融工作局联合县(区)金融工作局对小额贷款公司进行抽查; 贷款对象贷款领域单一, 内控
# 管理不健全; 贷款逾期、展期增多; 相关县区局下发了整改通知书, 督促加快整改, 并按要求报送整改情况):
# http://m.1183118.com/zwgk/jrxx/content/post_5130036.html
# A CSV in GBK: a title line, a line saying the 整改期限 counts from the day the 整改通知书 was issued, one header
# line with the company, its 县（区）and the 县（区）金融工作部门 that issued the notice, the 下达日期 each row's
# 30日内 / 15个工作日内 / 2个月内 counts from, a 合计 line, a 填报人 line.
LOAN_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区鑫源小额贷款有限公司",
        "贷款集中投向房地产相关行业，单户贷款余额超过资本净额10%",
        "2024-06-20",
        "30日内",
        "已压降超比例贷款2笔，已报送整改报告",
        "华龙区金融工作办公室",
    ),
    (
        "濮阳县",
        "濮阳县宏润小额贷款有限公司",
        "内控管理不健全，贷审会记录缺失，未落实审贷分离",
        "2024-06-21",
        "30日内",
        "已修订信贷管理制度，贷审会记录正在补录",
        "濮阳县金融服务中心",
    ),
    (
        "清丰县",
        "清丰县聚丰小额贷款股份有限公司",
        "逾期贷款未按规定进行五级分类，贷款损失准备计提不足",
        "2024-06-24",
        "15个工作日内",
        "已整改",
        "清丰县金融服务中心",
    ),
    (
        "南乐县",
        "南乐县汇通小额贷款有限公司",
        "未按要求通过监管信息系统报送月度数据，连续3个月迟报",
        "2024-06-24",
        "10个工作日内",
        "",
        "南乐县金融服务中心",
    ),
    (
        "范县",
        "范县金润小额贷款有限公司",
        "借款合同约定的综合融资成本超过规定上限",
        "2024-06-26",
        "30日内",
        "逾期未整改",
        "范县金融服务中心",
    ),
    (
        "台前县",
        "台前县鼎盛小额贷款有限公司",
        "今年以来未开展新增贷款业务，存量贷款展期比例较高",
        "2024-06-27",
        "2个月内",
        "正在清收存量贷款，已收回展期贷款3笔",
        "台前县金融服务中心",
    ),
    (
        "开发区",
        "濮阳市中原小额贷款有限公司",
        "委托第三方催收未签订催收行为规范协议",
        "2024-07-02",
        "30日内",
        "已与催收机构补签协议，整改完成",
        "濮阳经济技术开发区财政金融局",
    ),
    (
        "华龙区",
        "濮阳市华龙区昌盛小额贷款有限公司",
        "营业场所变更未向监管部门报告",
        "2024-07-02",
        "15日内",
        "已补报变更事项",
        "华龙区金融工作办公室",
    ),
]


def write_loans(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年第二季度小额贷款公司“双随机、一公开”抽查发现问题整改情况表"])
    w.writerow(
        ["说明：整改期限自整改通知书下达之日起计算；整改完成后由县（区）金融工作部门核实并报送整改报告"]
    )
    w.writerow(
        [
            "序号",
            "所在县（区）",
            "机构名称",
            "抽查发现问题",
            "整改通知书下达日期",
            "整改期限",
            "整改落实情况",
            "县（区）金融工作部门",
        ]
    )
    for i, row in enumerate(LOAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "抽查8家", "", "", "", "已完成整改4家", ""])
    w.writerow(
        [
            "填报单位：濮阳市地方金融监督管理局（地方金融监管科）",
            "",
            "",
            "填报人：侯晓静",
            "",
            "",
            "2024年7月30日",
            "",
        ]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 税收风险应对任务推进情况表, after a county 税务局's forwarding of the province's 税收风险管理办法 (提示提醒、纳税
# 辅导、税务约谈、调查核实、纳税评估、税务审计、反避税调查、税务稽查等风险应对方式; “省局分析为主、市局分析为辅、
# 三级任务管理、三级分类应对”; 自上而下任务推送和自下而上质效反馈的风险管理闭环):
# https://gtj.tanghe.gov.cn/portal/article/index/cid/142/id/74975.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a
# two-row header (应对情况 over 应对状态 and 完成反馈日期), 任务来源 省局推送/市局推送/县局自行分析, the bureau's own
# 税务分局 and 股 as 应对单位, 推送日期 beside the working-day 应对期限 (one of them runs over the Mid-Autumn holiday and
# its Saturday make-up day), a 合计 row, a 注 line and a signature line.
RISK_ROWS = [
    (
        "省局推送",
        "SJ2024-0612-031",
        "濮阳县丰源化工有限公司",
        "进项发票品名与生产经营范围不匹配，疑似取得异常凭证",
        "调查核实",
        "第一税务分局",
        date(2024, 6, 17),
        "30个工作日",
        "已完成应对",
        date(2024, 7, 22),
    ),
    (
        "市局推送",
        "PS2024-0618-007",
        "濮阳县恒达建材销售有限公司",
        "连续6个月零申报，但同期用电量未见明显下降",
        "纳税评估",
        "城关税务分局",
        date(2024, 6, 20),
        "30个工作日",
        "应对中",
        "",
    ),
    (
        "县局自行分析",
        "XJ2024-0701-002",
        "濮阳县柳屯镇王记农资经营部",
        "定期定额户实际经营额超过核定定额30%以上",
        "提示提醒",
        "柳屯税务分局",
        date(2024, 7, 1),
        "10个工作日",
        "",
        date(2024, 7, 11),
    ),
    (
        "省局推送",
        "SJ2024-0702-015",
        "濮阳县鸿运物流有限公司",
        "成品油发票抵扣金额与车辆运力明显不匹配",
        "税务约谈",
        "第二税务分局",
        date(2024, 7, 3),
        "20个工作日",
        "待应对",
        "",
    ),
    (
        "市局推送",
        "PS2024-0621-012",
        "濮阳县盛世房地产开发有限公司",
        "已达到土地增值税清算条件，未按规定申报清算",
        "纳税辅导",
        "财产和行为税股",
        date(2024, 6, 24),
        "60个工作日",
        "应对中",
        "",
    ),
    (
        "县局自行分析",
        "XJ2024-0705-004",
        "濮阳县金源面粉有限公司",
        "农产品收购发票开具金额与实际收购规模不符",
        "调查核实",
        "第一税务分局",
        date(2024, 7, 8),
        "30个工作日",
        "已移交稽查",
        "",
    ),
    (
        "市局推送",
        "PS2024-0524-021",
        "濮阳县新华纺织有限公司",
        "研发费用加计扣除归集范围异常，人工费用占比畸高",
        "纳税评估",
        "第三税务分局",
        date(2024, 5, 27),
        "30个工作日",
        "已归档",
        date(2024, 7, 5),
    ),
]


def write_risk_book(path: Path) -> Path:
    b = Book(path, author="风险管理股")
    ws = b.sheet("风险应对任务")
    b.widths(ws, [6, 12, 18, 26, 38, 10, 14, 12, 12, 12, 14])
    b.line(ws, 0, "国家税务总局濮阳县税务局税收风险应对任务推进情况表", 10, b.title)
    b.line(ws, 1, "填报单位：国家税务总局濮阳县税务局（风险管理股）    统计截至：2024年7月26日", 10)
    for c, word in enumerate(
        [
            "序号",
            "任务来源",
            "任务编号",
            "纳税人名称",
            "风险疑点",
            "应对方式",
            "应对单位",
            "推送日期",
            "应对期限",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "应对情况", b.head)
    b.header(ws, 3, ["应对状态", "完成反馈日期"], first=9)
    for i, row in enumerate(RISK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RISK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "共7户，已完成应对3户，应对中2户，移交稽查1户，待应对1户", b.cell)
    b.line(
        ws,
        end + 1,
        "注：应对期限自任务推送之日起按工作日计算，遇法定节假日顺延；完成应对后填写完成反馈日期。",
        10,
    )
    b.line(ws, end + 2, "审核人：孟庆林    填表人：郑雅文    联系电话：0393-3211452", 10)
    return b.close()


def write_risk(path: Path) -> Path:
    return via_soffice(write_risk_book, path, "xls", "税收风险应对任务推进情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 稽查局内部控制自我评估发现问题整改清单, after a 税务稽查 internal-control regulation (风险发生后，采取流程复核更正、
# 补正等控制活动来纠正; 发生风险事项未能纠正的，责令纠正，并计入责任人的个人绩效考核; 未按规定时限纠正且无正当
# 理由的…按规定处理; 各级稽查局每年应当至少开展1次内部控制自我评估…针对发现的各类风险事项或内部控制薄弱环节提出…):
# https://guanchang.qwyd.net/caishuifagui/1552724628304788_4.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble stating the date the 立即纠正 rows
# count from, a table with 业务环节, 风险等级, 责任科室 (the 稽查局's own 科) and 责任人 beside 纠正时限 and 纠正情况,
# a closing paragraph, the 稽查局 and date at the foot and a 抄送 line.
AUDIT_CONTROL_ROWS = [
    (
        "案源管理",
        "部分案源未按规定录入系统即分配检查，存在“先查后录”",
        "中",
        "案源管理科",
        "李卫",
        "补录案源信息，严格先录入后分配",
        "立即纠正",
        "已补录系统，已纠正",
    ),
    (
        "检查实施",
        "税务检查通知书送达回证缺少受送达人签章",
        "低",
        "检查一科",
        "周凯",
        "逐份补正送达回证",
        "2024年7月31日",
        "已补正3份，剩余2份正在补正",
    ),
    (
        "检查实施",
        "调取账簿资料超过规定期限未退还纳税人",
        "高",
        "检查二科",
        "孙雯",
        "立即退还并履行退还手续",
        "2024年7月15日",
        "已退还，已纠正",
    ),
    (
        "审理",
        "重大税务案件未按规定提请重大税务案件审理委员会审理",
        "高",
        "审理科",
        "贾红梅",
        "对标准以上案件逐案复核，按程序提请审理",
        "2024年8月31日",
        "正在复核",
    ),
    (
        "执行",
        "罚款逾期未缴纳且未在法定期限内申请人民法院强制执行",
        "高",
        "执行科",
        "蔡军",
        "梳理逾期未缴案件，依法申请强制执行",
        "2024年9月30日",
        "",
    ),
    (
        "执行",
        "纳税人已缴清税款，未及时解除税收保全措施",
        "中",
        "执行科",
        "蔡军",
        "及时解除保全措施",
        "2024年7月20日",
        "未纠正",
    ),
    (
        "综合管理",
        "涉案资料借阅登记不全，归还时间未记录",
        "低",
        "综合科",
        "付晓",
        "建立借阅登记台账，定期核对",
        "长期坚持",
        "已建立借阅登记台账，长期坚持",
    ),
]


def write_control_docx(path: Path) -> Path:
    doc = _new_document("综合科")
    _title(doc, "国家税务总局濮阳市税务局稽查局2024年上半年内部控制自我评估发现问题整改清单", 18)
    _paragraph(doc, "市局督察内审科：", 14)
    _paragraph(
        doc,
        "根据税务稽查内部控制工作要求，我局于2024年6月对案源管理、检查实施、审理、执行等环节开展了内部控制自我评估，"
        "共发现风险事项7项。评估报告于2024年7月1日印发，标明“立即纠正”的事项自报告印发之日起纠正。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(AUDIT_CONTROL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "业务环节",
            "风险事项",
            "风险等级",
            "责任科室",
            "责任人",
            "纠正措施",
            "纠正时限",
            "纠正情况",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "对未按规定时限纠正且无正当理由的风险事项，将计入责任人个人绩效考核，并按规定追究相关责任。",
        14,
    )
    _paragraph(doc, "国家税务总局濮阳市税务局稽查局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "抄送：市局法制科", 12)
    return _save_fixed(doc, path)


def write_control(path: Path) -> Path:
    return via_soffice(write_control_docx, path, "doc", "稽查局内部控制自我评估整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 7. 地方金融组织现场检查发现问题整改台账, after a city 金融工作局's notice on the 现场检查 of its “五类机构” (小额
# 贷款公司、融资担保公司、典当行、融资租赁公司、商业保理公司; 了解经营管理、内部控制、合规和风险情况, 及时发现并
# 妥善处置风险隐患, 依法处理违规事项; 对处于整改期的融资租赁公司实施全覆盖现场检查):
# https://jrj.dg.gov.cn/gkmlpt/content/3/3908/post_3908395.html
# An .xlsx: title, 填报单位 line, a two-row header (检查情况 over 检查日期/发现问题, 是否完成整改 over 是/否 ticks),
# 机构类型 and 机构名称 (companies), 整改时限 as dates and 立行立改 (the row's 检查日期, as the 说明 says), a 备注
# column that tells of work under way beside some √ under 否, one row with no tick at all, a 合计 row, 说明 and
# signature lines.
LEASE_ROWS = [
    (
        "典当行",
        "濮阳市金鼎典当有限责任公司",
        date(2024, 6, 12),
        "绝当物品处置未按规定公开进行，处置价格无评估依据",
        "建立绝当物品处置公示和评估制度",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "典当行",
        "濮阳县恒泰典当有限公司",
        date(2024, 6, 12),
        "房地产抵押典当余额超过规定比例",
        "压降房地产抵押典当业务",
        "2024年9月30日",
        "",
        "√",
        "已压降至净资产的58%，仍在压降",
    ),
    (
        "融资租赁",
        "濮阳华瑞融资租赁有限公司",
        date(2024, 6, 14),
        "以专利权等无形资产作为租赁物，租赁物权属不清",
        "清理不合规租赁物，停止新增同类业务",
        "2024年8月31日",
        "",
        "√",
        "",
    ),
    (
        "商业保理",
        "濮阳中原商业保理有限公司",
        date(2024, 6, 18),
        "受让应收账款未在动产融资统一登记公示系统办理转让登记",
        "补办转让登记",
        "2024年7月10日",
        "√",
        "",
        "",
    ),
    (
        "融资租赁",
        "河南龙都融资租赁有限公司",
        date(2024, 6, 19),
        "未按季度向监管部门报送经营数据和财务报表",
        "按季度报送经营数据",
        "立行立改",
        "",
        "",
        "",
    ),
    (
        "典当行",
        "清丰县鑫隆典当有限公司",
        date(2024, 6, 21),
        "当票填写不规范，未载明综合费率",
        "统一使用规范当票，载明综合费率",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
    (
        "商业保理",
        "濮阳市开元商业保理有限公司",
        date(2024, 6, 25),
        "受让无真实贸易背景的应收账款，变相发放贷款",
        "清理存量业务，停止新增",
        "2024年12月31日",
        "",
        "√",
        "已清理2笔，剩余业务按合同到期退出",
    ),
]


def write_lease(path: Path) -> Path:
    b = Book(path, author="地方金融监管科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 28, 12, 40, 26, 14, 6, 6, 30])
    b.line(ws, 0, "2024年地方金融组织现场检查发现问题整改台账（典当行、融资租赁、商业保理）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市地方金融监督管理局    填报日期：2024年7月29日", 9)
    for c, word in enumerate(["序号", "机构类型", "机构名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "检查情况", b.head)
    b.header(ws, 3, ["检查日期", "发现问题"], first=3)
    b.merge(ws, 2, 5, 3, 5, "整改要求", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 2, 8, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(LEASE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 6, 7, 8) else None)
    end = 4 + len(LEASE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查机构7家，发现问题7个，已完成整改3个", b.cell)
    b.line(ws, end + 1, "说明：“立行立改”事项以检查日期为整改时限；是否完成整改栏在对应项下打“√”。", 9)
    b.line(ws, end + 2, "填表人：侯晓静    审核人：杜长河    联系电话：0393-8991570", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 统计执法检查和统计督查反馈问题整改情况 (two returns in one zip), after a 统计局's 统计督查 feedback to a district
# (传达学习党中央、国务院和市委、市政府关于统计工作决策部署不够及时到位; 推动镇街、部门落实防范和惩治统计造假
# 责任制方面力度不够; 存在未经批准组织实施统计调查、违反统计法精神的做法, 区统计局班子成员配备不到位; 一些被检查
# 企业统计数据存在不同程度失实):
# http://zaolijishebei.com/zwgk_51965/TJFZ/tjdc/202310/t20231023_6437342.html
# A .zip holding an .xlsx from a district 统计局 whose rows are the 被检查企业 (数据失实, 处理决定, 整改期限; 立行立改
# counts from the 检查结论下达 date the preamble gives) and a .docx table from a county answering the 督查 feedback,
# its rows naming county units and a town.
HUALONG_FIRMS = [
    (
        "濮阳市华龙区宏业建筑安装有限公司",
        "胜利路街道",
        "2023年建筑业总产值多报1260万元，无施工合同和结算单据支撑",
        "警告并处罚款",
        "更正统计数据，建立统计台账",
        "2024年7月31日",
        "已更正数据并建立统计台账",
    ),
    (
        "濮阳市鑫海商贸有限公司",
        "人民路街道",
        "限额以上批发业商品销售额多报，销售原始记录缺失",
        "警告",
        "补建销售原始记录，按实上报",
        "2024年8月15日",
        "正在补建原始记录",
    ),
    (
        "濮阳市龙华食品有限公司",
        "中原路街道",
        "规模以上工业企业营业收入与财务报表不一致",
        "责令改正",
        "按财务报表口径更正上报数据",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳市金桥物业服务有限公司",
        "大庆路街道",
        "规模以上服务业企业从业人员期末人数虚报",
        "警告",
        "按工资发放名册核实从业人员",
        "2024年8月31日",
        "未整改",
    ),
    (
        "濮阳市华龙区恒通汽车销售服务有限公司",
        "黄河路街道",
        "统计人员未经培训，统计报表由代理记账机构代填代报",
        "责令改正",
        "明确专职统计人员，由企业自行报送",
        "立行立改",
        "已明确专职统计人员，整改完成",
    ),
]
NANLE_ROWS = [
    (
        "县政府常务会议传达学习统计督查反馈意见不及时",
        "南乐县人民政府办公室",
        "召开县政府常务会议专题传达学习",
        "2024年6月30日",
        "已完成",
    ),
    (
        "县教育局未经批准组织实施学生家庭经济状况统计调查",
        "南乐县教育局",
        "停止未经批准的调查，按程序报批",
        "2024年8月31日",
        "已停止调查，正在按程序报批",
    ),
    (
        "县统计局班子成员配备不到位，分管执法的副局长空缺",
        "南乐县统计局",
        "配齐班子成员",
        "年底前",
        "尚未启动",
    ),
    (
        "韩张镇将规上工业增加值增速目标分解到企业",
        "韩张镇人民政府",
        "废止相关考核文件",
        "立行立改",
        "已废止相关考核文件",
    ),
    (
        "推动落实防范和惩治统计造假责任制力度不够",
        "南乐县统计局",
        "每半年通报一次统计违法案件查处情况",
        "长期坚持",
        "长期坚持",
    ),
]


def write_hualong_firms(path: Path) -> Path:
    b = Book(path, author="华龙区统计局")
    ws = b.sheet("被检查企业整改情况")
    b.widths(ws, [6, 32, 12, 40, 14, 26, 14, 28])
    b.line(ws, 0, "华龙区2024年统计执法检查被检查企业问题整改情况表", 7, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市华龙区统计局    检查结论下达日期：2024年6月28日    填报日期：2024年7月29日", 7
    )
    b.header(
        ws,
        2,
        ["序号", "企业名称", "所在街道", "检查发现问题", "处理决定", "整改要求", "整改期限", "整改情况"],
    )
    for i, row in enumerate(HUALONG_FIRMS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HUALONG_FIRMS)
    b.line(
        ws, end, "注：“立行立改”事项自检查结论下达之日起整改；处理决定依据《中华人民共和国统计法》作出。", 7
    )
    b.line(ws, end + 1, "填表人：董琳    联系电话：0393-8326175", 7)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("南乐县统计局")
    _title(doc, "南乐县落实市统计局统计督查反馈意见整改情况", 18)
    _paragraph(
        doc,
        "2024年5月20日，市统计局统计督查组向我县反馈了督查意见。县委、县政府高度重视，对反馈的问题逐项明确责任单位、"
        "整改措施和时限，“立行立改”事项自反馈之日起整改。现将整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任单位", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填报单位：南乐县统计局（代章）    填表人：苗青    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_stats_zip(path: Path) -> Path:
    members = [
        ("华龙区统计执法检查被检查企业问题整改情况表.xlsx", write_hualong_firms),
        ("南乐县落实统计督查反馈意见整改情况.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 所属企业审计整改督导情况表, after a provincial investment group's news of its 审计部 督导 a subsidiary's 审计整改
# (审计部部长一行赴所属公司就审计整改工作开展调研督导; 汇报审计指出问题的背景原因、整改行动、主要存在困难、潜在
# 风险及下一步计划; 对标对表整改方案; 力争在规定时限内完成整改; 加强与当地政府、民营股东的沟通协调; 审计部将定期
# 跟进整改推进最新情况):
# https://juryeyes.com/news/member-news/37281.html
# An .xlsx: title, 填报部门/督导时间 line, one header row (被督导企业, 审计项目, 审计指出问题, 整改方案措施, 整改时限,
# 存在困难, 整改进度 as a percentage, 审计部意见 同意销号/继续督办/列为重点督办/暂不销号), rows naming the group's
# subsidiaries and one of the group's own 部; a 说明 line and a signature line.
GROUP_AUDIT_ROWS = [
    (
        "濮阳市国运汇鑫实业有限公司",
        "2023年度专项审计",
        "与民营股东合作项目收益分配未按协议执行，应收分红款412万元未收回",
        "与民营股东协商签订补充协议，分期追收分红款",
        "2024年9月30日",
        "民营股东资金紧张，要求分期支付",
        "60%",
        "继续督办",
    ),
    (
        "濮阳市国运大健康产业有限公司",
        "主要负责人经济责任审计",
        "康养项目可行性研究报告未经集团审批即开工建设",
        "补办集团审批手续，完善投资决策程序",
        "2024年6月30日",
        "—",
        "100%",
        "同意销号",
    ),
    (
        "濮阳市国运置业有限公司",
        "2023年度财务收支审计",
        "商品房销售佣金未按合同约定比例支付，多付佣金38.6万元",
        "向代理机构追回多付佣金",
        "2024年8月31日",
        "代理机构已注销，追收难度大",
        "30%",
        "列为重点督办",
    ),
    (
        "濮阳市国运供应链管理有限公司",
        "内部控制审计",
        "大宗贸易业务未严格执行客户准入，对同一客户短期内重复授信",
        "修订客户准入和授信管理办法",
        "2024年7月31日",
        "—",
        "100%",
        "暂不销号，需补充制度执行佐证材料",
    ),
    (
        "濮阳市国运文旅发展有限公司",
        "景区经营专项审计",
        "景区门票现金收入未每日缴存银行，存在坐支现金",
        "落实收入日清日缴",
        "6月底前",
        "—",
        "100%",
        "",
    ),
    (
        "南乐县国运农业发展有限公司",
        "主要负责人经济责任审计",
        "土地流转租金未按期支付，拖欠农户租金",
        "筹措资金，分批支付拖欠租金",
        "年底前",
        "经营性现金流不足",
        "0%",
        "列为重点督办",
    ),
    (
        "集团财务管理部",
        "资金集中管理审计",
        "所属企业银行账户未全部纳入资金监控平台",
        "将全部银行账户接入资金监控平台",
        "2024年8月15日",
        "部分合作银行接口未开通",
        "50%",
        "继续督办",
    ),
    (
        "濮阳市国运置业有限公司",
        "工程结算审计",
        "工程结算审核不严，个别项目多计工程款",
        "建立结算复审机制",
        "长期坚持",
        "—",
        "—",
        "长期跟踪",
    ),
]


def write_group_audit(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("督导情况")
    b.widths(ws, [6, 28, 20, 40, 28, 14, 24, 10, 24])
    b.line(ws, 0, "所属企业审计整改督导情况表（2024年二季度）", 8, b.title)
    b.line(
        ws,
        1,
        "填报部门：濮阳市国有资本运营集团有限公司审计部    督导时间：2024年7月8日至7月19日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被督导企业",
            "审计项目",
            "审计指出问题",
            "整改方案措施",
            "整改时限",
            "存在困难",
            "整改进度",
            "审计部意见",
        ],
    )
    for i, row in enumerate(GROUP_AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (5, 7) else None)
    end = 3 + len(GROUP_AUDIT_ROWS)
    b.line(ws, end, "说明：整改进度由被督导企业填报，审计部核实后提出意见；同意销号的问题不再跟踪。", 8)
    b.line(ws, end + 1, "审计部负责人：冯立新    填表人：宋佳    联系电话：0393-4418827", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 融资担保机构现场检查反馈问题整改进度表, after a city 地方金融监督管理局's 融资担保机构和小额贷款公司现场检查工作
# 方案 (检查内容: 《融资担保公司监督管理条例》及配套制度执行情况, 是否为控股股东、实际控制人提供融资担保, 是否按规定
# 提取准备金, 政府性融资担保机构担保费率; 是否按规定备案或报告有关事项; 是否超范围经营; 是否按规定计量融资担保
# 责任余额, 担保责任余额是否超过其净资产的10倍; 资产比例是否合规):
# http://www.mengcheng.gov.cn/XxgkContent/show/1902348.html
# An .ods (LibreOffice conversion of an .xlsx, zip times and meta dates fixed): title, 填报单位 line, one header row
# whose 检查类别 cells are merged down over the rows of each category, the companies checked, 整改期限 as dates, an
# 整改完成时间 column (a filled date is the only progress word of some rows) and a 备注 column, a signature line.
GUARANTEE_GROUPS = [
    (
        "条例及配套制度执行",
        [
            (
                "濮阳市中小企业融资担保有限公司",
                "为控股股东关联企业提供融资担保，担保条件优于非关联方",
                "解除关联担保，完善关联交易审查",
                "2024年8月31日",
                "",
                "已解除1笔，剩余1笔到期后解除",
            ),
            (
                "清丰县惠农融资担保有限公司",
                "未按规定提取担保赔偿准备金和未到期责任准备金",
                "足额补提准备金",
                "2024年7月31日",
                date(2024, 7, 18),
                "",
            ),
            (
                "濮阳市中小企业融资担保有限公司",
                "政府性融资担保业务对小微企业收取的担保费率高于1%",
                "下调担保费率，退还多收费用",
                "2024年6月30日",
                date(2024, 6, 25),
                "",
            ),
        ],
    ),
    (
        "备案报告事项",
        [
            (
                "濮阳县兴业融资担保有限公司",
                "变更董事、高级管理人员未在30日内向监管部门备案",
                "补办备案手续",
                "2024年7月15日",
                date(2024, 7, 10),
                "",
            ),
        ],
    ),
    (
        "超范围经营",
        [
            (
                "范县农业产业化融资担保有限公司",
                "以自有资金发放委托贷款",
                "收回委托贷款，停止同类业务",
                "2024年12月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "担保责任余额计量",
        [
            (
                "台前县中原融资担保有限公司",
                "融资担保责任余额超过净资产的10倍",
                "压降担保规模或增加注册资本",
                "2024年10月31日",
                "",
                "未整改",
            ),
        ],
    ),
    (
        "资产比例管理",
        [
            (
                "南乐县诚信融资担保有限公司",
                "Ⅰ级资产、Ⅱ级资产之和低于资产总额扣除应收代偿款后的70%",
                "处置非主业投资，调整资产结构",
                "2024年9月30日",
                "",
                "正在处置非主业股权投资",
            ),
        ],
    ),
]


def write_guarantee_book(path: Path) -> Path:
    b = Book(path, author="地方金融监管科")
    ws = b.sheet("整改进度")
    b.widths(ws, [6, 16, 30, 44, 30, 14, 14, 28])
    b.line(ws, 0, "2024年融资担保机构现场检查反馈问题整改进度表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市地方金融监督管理局（融资担保监管科）    填报日期：2024年7月30日", 7)
    b.header(
        ws, 2, ["序号", "检查类别", "被检查机构", "存在问题", "整改措施", "整改期限", "整改完成时间", "备注"]
    )
    r, n = 3, 0
    for category, rows in GUARANTEE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：整改完成的，填写整改完成时间；未完成的，在备注栏说明进展。", 7)
    b.line(ws, r + 1, "审核人：杜长河    填表人：白雪    联系电话：0393-8991573", 7)
    return b.close()


def write_guarantee(path: Path) -> Path:
    via_soffice(write_guarantee_book, path, "ods", "融资担保机构现场检查反馈问题整改进度表.xlsx")
    return fixed_zip(path)


FILES = [
    ("市国资委党委巡察反馈意见整改任务清单（7月更新）.xlsx", write_sasac),
    ("中共濮阳投资集团有限公司委员会关于市委巡察整改进展情况的通报.docx", write_group_docx),
    ("濮阳县统计督察反馈问题整改台账.xls", write_stats),
    ("小额贷款公司双随机抽查发现问题整改情况表（2024年二季度）.csv", write_loans),
    ("濮阳县税务局税收风险应对任务推进情况表.et", write_risk),
    ("稽查局2024年上半年内部控制自我评估发现问题整改清单.wps", write_control),
    ("地方金融组织现场检查发现问题整改台账（典当行、融资租赁、商业保理）.xlsx", write_lease),
    ("统计执法检查及督查反馈问题整改情况（华龙区、南乐县）.zip", write_stats_zip),
    ("所属企业审计整改督导情况表（2024年二季度）.xlsx", write_group_audit),
    ("融资担保机构现场检查反馈问题整改进度表.ods", write_guarantee),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside217 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡视巡察整改 (a town's and a bureau's 巡察整改进展通报, a county's 专项巡察整改台账), 审计整改 (a college's
审计整改台账, a 审计工作报告反映问题整改台账, a health commission's 审计整改情况报告表) and 督查督办 (a bureau's report on
市政府领导批办件, a 督查督办平台 export, a 市委市政府重要交办工作 督查表, a tax bureau's 督查通知单 returns).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97),
.doc and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx report whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is
2024-07-31. Run from this folder: python make_aside217.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice
(soffice). Running it twice writes byte-identical files.
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
CREATED = datetime(2024, 7, 30, 9, 20, 0)
ZIP_TIME = (2024, 7, 30, 9, 20, 0)


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
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
# 1. 镇党委巡察整改进展情况的通报, after a town party committee's 关于巡察整改进展情况的通报 (县委巡察二组巡察、反馈
# 巡察意见; “按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布”; 一、被巡察党组织及其主要负责人组织
# 落实整改情况 with 一是/二是; then the problems one by one, each with its 整改情况):
# http://www.xycdi.gov.cn/xxgk/xsxc/202508/t20250822_2012187.htm
# A .docx: title, preamble, part 一 in 一是/二是/三是 paragraphs, part 二 with （一）…（四） 方面 headings and the items
# as numbered paragraphs “N.关于“…”问题的整改。” each followed by an “整改情况：” paragraph (progress and, for two,
# a deadline in the sentence), part 三, the 监督 contact paragraph, the committee and date at the foot.
# Every item belongs to the sending town committee.
TOWN_PARTS = [
    (
        "（一）关于“贯彻落实上级决策部署不够到位”方面",
        [
            (
                "高标准农田建后管护不到位，部分机井、泵房损毁后未及时修复",
                "镇农业服务中心对辖区2021年以来建成的高标准农田逐片排查，登记损毁机井17眼、泵房5座，目前已修复"
                "机井12眼、泵房3座，剩余部分计划于2024年9月底前修复到位。",
            ),
            (
                "防返贫动态监测走访不及时，个别监测户信息更新滞后",
                "组织包村干部对全镇监测户开展全覆盖走访，更新监测户信息83户，建立月走访台账。该问题已完成整改。",
            ),
        ],
    ),
    (
        "（二）关于“落实全面从严治党责任有差距”方面",
        [
            (
                "镇纪委对村级小微权力监督手段单一",
                "制定《马庄桥镇村级小微权力清单》，每季度开展一次村务专项监督检查，此项工作长期坚持。",
            ),
            (
                "公务接待审批手续不全，3笔接待费用无公函",
                "对2023年以来的公务接待票据逐笔核对，补齐审批手续，对相关经办人员进行了批评教育。已完成整改。",
            ),
        ],
    ),
    (
        "（三）关于“基层党组织建设不够扎实”方面",
        [
            (
                "部分村党支部“三会一课”记录不全、主题党日活动形式单一",
                "镇党委组织办对30个村党支部组织生活记录逐一检查，督促补齐记录，目前已有24个村完成规范，其余6个村"
                "正在整改。",
            ),
            (
                "村级后备干部储备不足，35岁以下后备力量偏少",
                "已制定村级后备干部培养计划，计划于2024年年底前实现每村储备35岁以下后备干部不少于2名，目前选拔"
                "工作正在进行。",
            ),
        ],
    ),
    (
        "（四）关于“巡察整改和成果运用不到位”方面",
        [
            (
                "上轮巡察反馈的村集体资金坐支问题整改不彻底",
                "镇经管站对涉及的4个村重新核查，坐支资金已全部纳入村级账户管理，并举一反三开展村级财务专项检查。"
                "已完成整改。",
            ),
            (
                "镇敬老院消防设施老化，部分灭火器过期",
                "该问题涉及消防设施更新改造资金，因资金尚未落实，整改尚未启动。",
            ),
        ],
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "中共清丰县马庄桥镇委员会关于巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据清丰县委巡察工作统一部署，2024年3月11日至4月26日，县委第三巡察组对马庄桥镇党委开展了巡察，"
        "并于2024年5月20日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _heading(doc, "一、被巡察党组织及其主要负责人组织落实整改情况")
    for text in (
        "一是提高站位，主动作为抓整改。2024年5月22日镇党委召开专题会议，对反馈问题逐条认领，明确了每个问题的"
        "责任领导、整改措施和时限。",
        "二是聚焦问题，压实责任抓落实。形成了《关于县委第三巡察组巡察马庄桥镇党委反馈意见整改工作方案》，"
        "于6月5日召开巡察整改专题民主生活会，班子成员按照分工抓好分管领域整改。",
        "三是建章立制，标本兼治抓长效。截至目前，巡察反馈的4个方面8个问题，已完成整改3个，正在整改3个，"
        "需长期坚持1个，尚未启动1个；新建和完善制度6项。",
    ):
        _paragraph(doc, text)
    _heading(doc, "二、巡察反馈问题整改落实情况")
    n = 0
    for part, items in TOWN_PARTS:
        _heading(doc, part, "楷体_GB2312")
        for problem, progress in items:
            n += 1
            _paragraph(doc, f"{n}.关于“{problem}”问题的整改。", bold=True)
            _paragraph(doc, f"整改情况：{progress}")
    _heading(doc, "三、下一步工作打算")
    _paragraph(
        doc,
        "下一步，镇党委将持续抓好未完成问题的整改，对已完成整改的问题适时开展“回头看”，巩固整改成果。",
    )
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-7231086；"
        "邮政地址：清丰县马庄桥镇人民政府党政办公室；电子邮箱：mzqzdzb@163.com。",
    )
    _paragraph(doc, "中共清丰县马庄桥镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 市委巡察整改进展情况, after a township's 巡察整改进展情况 page (市委第二巡察组常规巡察，反馈巡察意见，指出了4个
# 方面32个问题; 一、巡察整改工作开展情况 in one paragraph of 一是/二是/三是; 二、具体问题整改情况 listing each
# problem as a short numbered sentence “1.信访矛盾化解不力。” followed by “整改情况：…”):
# https://lkjjq.ezhou.gov.cn/xxgk/dfbmptlj/xz/swx/fdzdgk/qtzdgk/202503/t20250331_695679.shtml
# A .doc (Word 97 via LibreOffice): title, preamble, part 一 as one paragraph, part 二 with the problems as short
# numbered sentences and 整改情况 paragraphs naming the bureau's own 科室, progress only in sentences (one says
# when it was done, which is no deadline), part 三, the contact line, the party group and date at the foot.
WATER_ITEMS = [
    (
        "河湖“四乱”问题排查整治不彻底。",
        "河湖管理科牵头对金堤河、马颊河、徒骇河等重点河道开展拉网式排查，排查发现的23处“四乱”问题已全部清理"
        "整治到位，经市河长办复查后销号。",
    ),
    (
        "农村供水工程运行管护机制不健全。",
        "农村水利水电科起草了《濮阳市农村供水工程运行管护办法》，已完成征求意见，计划8月底前印发实施。",
    ),
    (
        "水资源税征收协作不到位，部分取水户少报取水量。",
        "水资源管理科会同税务部门对全市取水户逐户核查，对少报取水量的11户已移交税务部门追缴，其中8户已补缴"
        "到位，计划2024年12月底前全部追缴到位。",
    ),
    (
        "部分水利工程项目完工后未按期组织竣工验收。",
        "因部分参建单位资料整理不全，该项整改尚未启动。",
    ),
    (
        "干部职工教育培训针对性不强。",
        "人事科制定年度教育培训计划，每季度组织一次水利专业技术培训，常态化推进。",
    ),
    (
        "公务用车使用管理不规范，存在未按规定登记出车情况。",
        "办公室修订完善公务用车管理制度，公务用车全部安装定位系统，实行出车登记审批，该问题已于2024年6月"
        "整改完成。",
    ),
    (
        "防汛物资储备台账与实物不符。",
        "水旱灾害防御科对市级防汛物资仓库逐项盘点，已调整账目；对缺少的编织袋、救生衣等物资已于汛前补充到位。",
    ),
]


def write_water_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市水利局党组关于市委巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委巡察工作统一部署，2024年3月4日至4月30日，市委第二巡察组对市水利局党组开展了常规巡察。"
        "2024年5月28日，市委第二巡察组向我局反馈了巡察意见，指出了7个问题。按照巡察工作有关要求，现将巡察"
        "整改进展情况予以公布。",
    )
    _heading(doc, "一、巡察整改工作开展情况")
    _paragraph(
        doc,
        "一是强化组织领导，抓好整改部署。局党组立即召开巡察整改专题党组（扩大）会议，对标对表主动认领问题，"
        "形成了由党组书记牵头抓总、班子成员分工负责的整改格局。二是细化方案措施，明确整改任务。逐条逐项研究"
        "整改措施，明确责任领导、责任科室和整改时限，制定下发了《市水利局党组关于市委第二巡察组反馈意见的"
        "整改工作方案》和整改台账，实行清单管理，对账销号。三是建立健全制度，切实巩固成果。对完成销号的问题"
        "定期组织“回头看”，确保不出现松劲反弹。",
    )
    _heading(doc, "二、具体问题整改情况")
    for n, (problem, progress) in enumerate(WATER_ITEMS, 1):
        _paragraph(doc, f"{n}.{problem}")
        _paragraph(doc, f"整改情况：{progress}")
    _heading(doc, "三、下一步工作打算")
    _paragraph(
        doc,
        "局党组将持续跟踪未完成事项，坚持整改标准不降、力度不减，确保反馈问题全部整改到位。欢迎广大干部群众"
        "对巡察整改落实情况进行监督。联系电话：0393-8910362；电子邮箱：pysljdzb@163.com。",
    )
    _paragraph(doc, "中共濮阳市水利局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_water(path: Path) -> Path:
    return via_soffice(write_water_docx, path, "doc", "市水利局巡察整改进展情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 3. 乡村振兴专项巡察反馈问题整改台账, after a town's 乡村振兴专项巡察整改情况 (上下联动乡村振兴专项巡察围绕违法违规
# 占用耕地、乡村振兴产业项目建设、农村集体“三资”管理、农村人居环境治理等四个方面; 整改工作方案“明确整改任务、
# 整改措施、责任领导、责任单位和完成时限，建立整改台账，实行销号管理”):
# http://www.nydi.gov.cn/sitesources/xxjjjcw/page_pc/xsqjw/hjx/xxgk/xsxc/articleb974ba382930487cbfa31d7516bcbd07.html
# An .xlsx: title, 填报单位/反馈时间 line (the 立行立改 row counts from it), one header row with exactly those
# columns plus 整改进展 and 销号情况, the four 方面 as merged group rows, county units and towns written in full,
# a 注 line and a signature line.
FANXIAN_GROUPS = [
    (
        "一、违法违规占用耕地方面",
        [
            (
                "2023年以来新增乱占耕地建房图斑14处，部分未按期拆除复耕",
                "拆除违法建筑，恢复耕种条件",
                "逐宗建立台账，依法拆除并复耕",
                "副县长 李卫华",
                "范县自然资源局",
                "2024年8月31日",
                "已拆除复耕11处，其余3处正在履行司法程序",
                "",
            ),
            (
                "设施农用地备案不规范，部分超范围使用",
                "规范设施农用地备案管理",
                "全面清理已备案设施农用地，纠正超范围使用",
                "副县长 李卫华",
                "范县农业农村局",
                "2024年6月30日",
                "已完成备案清理，整改到位",
                "已销号",
            ),
        ],
    ),
    (
        "二、乡村振兴产业项目建设方面",
        [
            (
                "王楼镇蔬菜大棚产业项目建成后闲置，未发挥效益",
                "盘活闲置项目资产",
                "引进经营主体，落实租赁经营",
                "县委常委 王建国",
                "范县王楼镇人民政府",
                "2024年10月31日",
                "已引进经营主体1家并签订租赁协议，部分大棚已投入使用",
                "",
            ),
            (
                "衔接资金项目资产未及时确权移交",
                "完成项目资产确权登记",
                "逐项目办理资产移交手续",
                "县委常委 王建国",
                "范县财政局",
                "2024年9月30日",
                "正在推进",
                "",
            ),
            (
                "部分产业项目联农带农机制不健全，分红未按协议兑现",
                "兑现群众分红",
                "立即兑现2023年度分红，完善利益联结协议",
                "县委常委 王建国",
                "范县陈庄镇人民政府",
                "立行立改",
                "已兑现2023年度分红资金",
                "已销号",
            ),
        ],
    ),
    (
        "三、农村集体“三资”管理方面",
        [
            (
                "村集体资产台账不全，部分资产未登记入账",
                "全面清查村集体资产",
                "开展清产核资，录入农村集体资产管理系统",
                "副县长 刘海涛",
                "范县农业农村局",
                "2024年12月底前",
                "已完成12个乡镇清查，正在录入系统",
                "",
            ),
            (
                "村级工程项目未按规定进行招投标",
                "规范村级工程项目招投标",
                "对2023年以来村级工程逐项核查",
                "副县长 刘海涛",
                "范县辛庄镇人民政府",
                "2024年7月31日",
                "",
                "",
            ),
            (
                "集体经营性资产发包合同期限过长、租金偏低",
                "规范集体资产发包",
                "建立合同定期评估机制",
                "副县长 刘海涛",
                "范县张庄乡人民政府",
                "长期坚持",
                "已建立合同定期评估机制，长期坚持",
                "",
            ),
        ],
    ),
    (
        "四、农村人居环境治理方面",
        [
            (
                "农村生活垃圾收运不及时，部分村庄存在积存垃圾",
                "建立垃圾日产日清机制",
                "增加收运车辆，落实保洁人员",
                "副县长 赵立新",
                "范县城市管理局",
                "2024年7月15日",
                "未整改",
                "",
            ),
            (
                "村庄公厕管护不到位，部分公厕长期关闭",
                "落实公厕日常管护",
                "明确管护人员，公厕全部开放",
                "副县长 赵立新",
                "范县颜村铺乡人民政府",
                "2024年6月30日",
                "已整改到位，经县专项巡察组复查合格",
                "已销号",
            ),
        ],
    ),
]


def write_fanxian(path: Path) -> Path:
    b = Book(path, author="县委巡察办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 36, 20, 26, 14, 22, 14, 30, 10])
    b.line(ws, 0, "范县县委上下联动乡村振兴专项巡察反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县乡村振兴专项巡察反馈意见整改工作领导小组办公室    反馈时间：2024年5月15日    "
        "填报时间：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "反馈问题",
            "整改任务",
            "整改措施",
            "责任领导",
            "责任单位",
            "完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    r, n = 3, 0
    for title, rows in FANXIAN_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}个问题）", b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "注：1.“立行立改”事项自反馈之日起即知即改；2.销号情况由县委巡察办会同责任单位核查后填写。",
        8,
    )
    b.line(ws, r + 1, "审核人：孟庆山    填表人：高雅    联系电话：0393-5221806", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 审计整改台账 of a college, after a university's 审计整改工作办法 (被审计单位自收到审计结论性文书60日内，以书面
# 形式提交审计整改结果报告和审计整改台账（参照附件）; 对整改结果报告中未完成整改的事项，被审计单位应提出后续
# 整改计划):
# https://sjc.ynnu.edu.cn/info/1012/1078.htm
# An .xls (xlwt): title, 被审计单位/审计报告送达日期 line (立行立改 counts from it), a two-row header with 整改结果
# over three tick columns 已整改/部分整改/未整改 and a 后续整改计划 column, rows naming only the college's own
# 处室 (责任部门), a 说明 line and a signature line.
COLLEGE_ROWS = [
    (
        "部分专项资金预算执行进度慢，截至2023年末执行率仅为61%",
        "建立预算执行月通报制度，加快支出进度",
        "计划财务处",
        "王丽",
        "2024年7月19日",
        "已整改",
        "",
    ),
    (
        "固定资产账实不符，已报废资产未及时核销",
        "开展固定资产全面清查，按程序核销报废资产",
        "国有资产管理处",
        "陈刚",
        "2024年12月31日",
        "部分整改",
        "已完成教学设备清查，家具类资产盘点计划于10月完成",
    ),
    (
        "食堂承包经营合同到期后未重新招标，仍由原承包方经营",
        "按规定重新组织招标",
        "后勤管理处",
        "李建",
        "2024年8月31日",
        "未整改",
        "拟于暑期组织招标",
    ),
    (
        "科研经费以会议费名义列支餐费",
        "退回违规列支资金，规范报销审核",
        "科研处",
        "赵敏",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "学生公寓维修工程未办理竣工结算即支付全部工程款",
        "补办竣工结算审计，扣回多付款项",
        "基建处",
        "孙涛",
        "2024年7月19日",
        "已整改",
        "",
    ),
    (
        "继续教育学院合作办学收入未及时足额上缴学校账户",
        "督促合作方上缴应缴收入",
        "继续教育学院",
        "刘洋",
        "2024年9月30日",
        "部分整改",
        "已上缴48万元，剩余款项正在与合作方协商",
    ),
    (
        "公务卡强制结算目录执行不到位，部分公务支出以现金结算",
        "严格执行公务卡强制结算目录",
        "计划财务处",
        "王丽",
        "长期坚持",
        "",
        "纳入日常报销审核，长期坚持",
    ),
    (
        "图书资料采购未执行政府采购程序",
        "规范图书采购程序",
        "图书馆",
        "周红",
        "2024年6月30日",
        "",
        "",
    ),
]
TICKS = ["已整改", "部分整改", "未整改"]


def write_college(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳职业技术学院2023年度财务收支审计整改台账", t, 0, 10),
        (
            1,
            0,
            "被审计单位：濮阳职业技术学院（盖章）    审计单位：学院审计处    审计报告送达日期：2024年5月20日",
            plain,
            1,
            10,
        ),
    ]
    for col, word in enumerate(["序号", "审计发现问题", "整改措施", "责任部门", "责任人", "整改期限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 6, "整改结果", h, 2, 8))
    for col, word in enumerate(TICKS, 6):
        cells.append((3, col, word, h))
    cells.append((2, 9, "未完成整改事项的后续整改计划", h, 3, 10))
    for i, (problem, measure, dept, person, limit, result, plan) in enumerate(COLLEGE_ROWS, 1):
        r = 3 + i
        cells += [(r, 0, i, ctr), (r, 1, problem, c), (r, 2, measure, c), (r, 3, dept, ctr)]
        cells += [(r, 4, person, ctr), (r, 5, limit, ctr)]
        for col, word in enumerate(TICKS, 6):
            cells.append((r, col, "√" if result == word else "", ctr))
        cells.append((r, 9, plan, c, r, 10))
    r = 4 + len(COLLEGE_ROWS)
    cells += [
        (
            r,
            0,
            "说明：1.整改结果在对应栏内划“√”；2.“立行立改”事项自审计报告送达之日起整改；"
            "3.未完成整改的事项须填写后续整改计划。",
            plain,
            r,
            10,
        ),
        (
            r + 1,
            0,
            "单位主要负责人：张建华    审计处负责人：马丽    填表人：郭峰    联系电话：0393-6696021    "
            "填报日期：2024年7月19日",
            plain,
            r + 1,
            10,
        ),
    ]
    widths = [6, 36, 28, 14, 8, 14, 8, 8, 8, 16, 16]
    return _write_xls(path, [("审计整改台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 5. 领导批办件办理情况的报告, after the 领导批示 reply format (“区政府督查室：你室转来的关于×××的批办件（PS×××号）
# 已于×年×月×日收悉。现将办理情况报告如下：一、落实过程 …二、基本情况 …三、意见和建议 … （单位名称） ×年×月×日”):
# http://www.tmdps.cn/a11/2019051323/72c9a6eb6c0a3096.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): one bureau's report on six 批办件, each a section headed
# by the 批办件 and its PS number, a 收件日期/办理时限 line (working days counted from 收件日期, one a date), the three
# parts of the format as paragraphs, progress told in the 基本情况 sentence, the bureau and date at the foot.
PS_ITEMS = [
    (
        "市民反映黄河路与京开大道交叉口夜间占道经营扰民",
        "PS2024-061",
        "2024年6月3日",
        "5个工作日",
        "收件当日，局主要领导召集市容管理科、城市管理综合执法支队专题研究，明确由执法支队华龙大队牵头办理。",
        "经现场核查，该交叉口东北角夜间聚集流动摊点20余个，油烟、噪声扰民属实。执法人员连续7天开展夜间巡查，"
        "劝离流动摊点，并在附近设置临时便民疏导点1处，引导摊贩入点经营。目前该件已办结，反映人表示满意。",
        "建议将该区域纳入夜间常态化巡查范围。",
    ),
    (
        "中原路部分路段井盖缺失破损存在安全隐患",
        "PS2024-067",
        "2024年6月12日",
        "3个工作日",
        "收件后，市政设施维护中心当日组织人员沿线排查。",
        "经排查，中原路（京开大道至濮水路段）共有缺失、破损井盖9个，其中雨污水井盖6个由市政设施维护中心更换，"
        "通信井盖3个已通知产权单位更换。截至6月14日，9个井盖全部更换完毕，该件已办结。",
        "建议建立井盖产权单位联动维护机制。",
    ),
    (
        "老旧小区楼顶违法搭建拆除进度缓慢",
        "PS2024-072",
        "2024年6月20日",
        "15个工作日",
        "收件后，由违法建设治理科会同华龙区城市管理局逐户上门核实。",
        "反映涉及的石化路东段3个老旧小区共有楼顶违法搭建17处，目前已拆除11处；其余6处当事人提起行政复议，"
        "正在依法履行相关程序。",
        "建议对新增违建实行发现即拆。",
    ),
    (
        "城区部分公厕开放时间不足、管护不到位",
        "PS2024-078",
        "2024年7月1日",
        "10个工作日",
        "收件后，环境卫生管理科对城区公厕开展逐座检查。",
        "对城区128座公厕逐一检查，将开放时间统一延长至22时，制定《城区公厕管护考核细则》并已印发执行，"
        "该件已办结。",
        "建议将公厕管护纳入环卫作业考核。",
    ),
    (
        "建设路渣土车抛洒滴漏污染路面",
        "PS2024-083",
        "2024年7月8日",
        "7月20日前报送办理结果",
        "收件后，城市管理综合执法支队会同市公安局交通管理支队制定夜间联合整治方案。",
        "已开展夜间联合整治5次，查处违规渣土车14辆，责令2家运输企业停业整顿，专项整治仍在进行中。",
        "建议推行渣土车辆电子通行证管理。",
    ),
    (
        "市区主次干道路灯亮灯率不达标",
        "PS2024-090",
        "2024年7月22日",
        "10个工作日",
        "收件后，已转路灯管理所研究。",
        "因部分线路产权属供电部门，需协调后方可维修，该件目前尚未办理。",
        "建议市政府协调供电部门明确路灯线路维护责任。",
    ),
]
CN_NUM = "一二三四五六七八九十"


def write_ps_docx(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "濮阳市城市管理局关于市政府领导批办件办理情况的报告")
    _paragraph(doc, "市政府督查室：")
    _paragraph(
        doc,
        "你室2024年6月以来转来的市政府领导批办件6件，我局均已收悉。现将办理情况报告如下：",
    )
    for i, (subject, ps, received, limit, process, facts, advice) in enumerate(PS_ITEMS):
        _heading(doc, f"{CN_NUM[i]}、关于{subject}的批办件（{ps}号）")
        _paragraph(doc, f"收件日期：{received}　　办理时限：{limit}", 14)
        _paragraph(doc, f"（一）落实过程。{process}")
        _paragraph(doc, f"（二）基本情况。{facts}")
        _paragraph(doc, f"（三）意见和建议。{advice}")
    _paragraph(doc, "附件：市政府领导批办件复印件6份")
    _paragraph(doc, "（联系人：杜晓东　联系电话：0393-8186027）")
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ps(path: Path) -> Path:
    return via_soffice(write_ps_docx, path, "doc", "市城管局批办件办理情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 督查督办平台 export, after a city's 关于重点工作督查督办平台使用情况的通报 (“互联网+督查”，重点工作督查督办平台
# 上线运行; 各单位及时、认真填报工作完成情况，做到有汇报、有佐证材料; 超期未办件数较多的单位; the units named as
# 市农委、市环保局、市安监局、市地税局 …):
# http://www.cedoc.cn/info/link/503.html
# A CSV in GBK as the platform exports it: a title line, an 导出时间 line, one header line with 事项来源, the
# platform's own (partly outdated) unit names, 交办日期 beside an 办结时限 that is a date or N个工作日, 办理状态 and
# 最新进展 and 佐证材料 columns, a 合计 line.
PLATFORM_ROWS = [
    (
        "DB2024-0612",
        "推进城区黑臭水体排查整治，建立长效管护机制",
        "市委督查室交办",
        "市环保局",
        "2024-06-12",
        "2024-08-31",
        "办理中",
        "已完成排查，3处水体正在整治",
        "2024-07-26",
        "有",
    ),
    (
        "DB2024-0618",
        "解决清丰县家居产业园企业用工招聘难问题",
        "市政府督查室交办",
        "市人社局",
        "2024-06-18",
        "2024-07-31",
        "已办结",
        "组织专场招聘会3场，达成就业意向1260人",
        "2024-07-19",
        "有",
    ),
    (
        "DB2024-0620",
        "督促化工园区企业落实重大危险源包保责任制",
        "领导批示",
        "市安监局",
        "2024-06-20",
        "15个工作日",
        "超期未办",
        "",
        "",
        "无",
    ),
    (
        "DB2024-0625",
        "推进农村公路“路长制”落实，解决部分路段养护不到位问题",
        "市政府督查室交办",
        "市交通局",
        "2024-06-25",
        "2024-09-30",
        "办理中",
        "已制定养护方案，正在组织实施",
        "2024-07-24",
        "有",
    ),
    (
        "DB2024-0701",
        "做好夏粮收购资金保障，防止出现“打白条”",
        "领导批示",
        "市农委",
        "2024-07-01",
        "2024-07-15",
        "已办结",
        "收购资金已落实到位，未发现打白条现象",
        "2024-07-12",
        "有",
    ),
    (
        "DB2024-0703",
        "整治辖区背街小巷环境卫生脏乱差问题",
        "市委督查室交办",
        "华龙区胜利路街道办事处",
        "2024-07-03",
        "2024-07-31",
        "办理中",
        "",
        "2024-07-22",
        "无",
    ),
    (
        "DB2024-0705",
        "督促兑现企业技术改造专项奖补资金",
        "领导批示",
        "市工信局",
        "2024-07-05",
        "10个工作日",
        "已办结",
        "奖补资金已拨付至企业账户",
        "2024-07-18",
        "有",
    ),
    (
        "DB2024-0710",
        "推进岳村镇集镇区雨污分流改造",
        "市政府督查室交办",
        "华龙区岳村镇人民政府",
        "2024-07-10",
        "2024-12-31",
        "未启动",
        "",
        "2024-07-25",
        "无",
    ),
    (
        "DB2024-0716",
        "核查群众反映的个体工商户定额税负偏高问题",
        "领导批示",
        "市地税局",
        "2024-07-16",
        "5个工作日",
        "已办结",
        "已逐户核查并向反映人答复",
        "2024-07-23",
        "有",
    ),
    (
        "DB2024-0722",
        "缓解濮阳县城区学校周边早晚高峰交通拥堵",
        "市委督查室交办",
        "市交警支队",
        "2024-07-22",
        "2024-08-31",
        "",
        "",
        "",
        "无",
    ),
]


def write_platform(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市重点工作督查督办平台 事项办理情况导出"])
    w.writerow(["导出时间：2024-07-30 17:05:12    导出人：市委督查室 刘畅"])
    w.writerow(
        [
            "序号",
            "事项编号",
            "督办事项",
            "事项来源",
            "责任单位",
            "交办日期",
            "办结时限",
            "办理状态",
            "最新进展",
            "填报时间",
            "佐证材料",
        ]
    )
    for i, row in enumerate(PLATFORM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计：共10项，已办结4项，办理中3项，超期未办1项，未启动1项，未填报1项"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 重要交办工作及重点项目推进情况督查表, after a district's notice of a 专项督查 on 市委、市政府重要交办工作 and
# 区“三类”重点项目 not finishing their year's tasks (8宗 + 6宗 滞后项目; 各责任单位自查，找准存在问题，分析原因，
# 提出下一步工作计划; 牵头单位主要领导要带队到上级对口部门沟通联系):
# http://m.tianjinjuncheng.com/zwgk/wgk/zxgk/zxgcgk/content/post_2061608.html
# An .xlsx: title, 督查单位/统计截至 line, a two-row header (责任单位 over 牵头/配合, 推进情况 over 目前进展/存在问题
# 及原因/下一步工作计划), deadlines as schedule texts in 时间节点安排, a 是否滞后序时 flag, two group rows, a 说明
# line and a signature line.
ASSIGNED_GROUPS = [
    (
        "一、市委、市政府重要交办工作",
        [
            (
                "推进城区老旧供热管网改造，解决部分小区冬季供暖不达标问题",
                "市住建局",
                "濮阳市热力有限公司",
                "改造老旧供热管网42公里",
                "6月底前完成管网普查，9月底前完成改造工程招标，10月15日前全部完工",
                "管网普查已完成，改造工程招标文件正在编制",
                "部分小区产权不清，入户协调难度大",
                "8月底前完成招标挂网",
                "否",
            ),
            (
                "建成“一刻钟便民生活圈”示范社区10个",
                "市商务局",
                "华龙区人民政府",
                "建成示范社区10个",
                "3月底前确定试点社区，8月底前建成投用",
                "10个示范社区已全部建成投用，通过市级验收",
                "无",
                "巩固提升",
                "否",
            ),
            (
                "解决濮阳县、清丰县部分农村集中供水工程水质不稳定问题",
                "市水利局",
                "市卫健委、濮阳县人民政府、清丰县人民政府",
                "完成28处供水工程净化消毒设施改造",
                "年底前完成",
                "已完成水质检测，确定改造工程点28处，设备采购方案已报市财政局评审",
                "资金尚未全部到位",
                "积极争取省级资金",
                "否",
            ),
            (
                "新增中心城区公共停车泊位3000个",
                "市城管执法局",
                "市交警支队",
                "新增公共停车泊位3000个",
                "上半年新增1500个，年底前完成全部任务",
                "已新增公共停车泊位1860个",
                "可利用空间不足",
                "挖掘背街小巷及机关单位错时共享泊位",
                "否",
            ),
            (
                "清理规范全市涉企行政事业性收费",
                "市发改委",
                "市财政局、市市场监管局",
                "全面清理涉企收费",
                "2024年6月30日前完成",
                "已完成清理，向社会公布收费目录清单",
                "无",
                "常态化监管",
                "否",
            ),
            (
                "实施城区配电网升级改造，解决夏季用电高峰低电压问题",
                "濮阳供电公司",
                "华龙区人民政府",
                "改造配电台区56个",
                "6月15日前完成迎峰度夏重点工程",
                "56个台区改造全部完成，迎峰度夏期间未出现大面积低电压",
                "无",
                "—",
                "否",
            ),
        ],
    ),
    (
        "二、重点项目",
        [
            (
                "濮阳经开区化工新材料产业园公共管廊项目土地组卷报批滞后，未按期开工",
                "濮阳经济技术开发区管理委员会",
                "市资规局",
                "完成投资3.2亿元",
                "5月底前完成土地报批，7月底前开工建设",
                "土地组卷材料已上报省自然资源厅，正在审查",
                "用地指标紧张",
                "争取8月底前获批开工",
                "是",
            ),
            (
                "南乐县生物基材料产业园标准化厂房二期建设进度偏慢",
                "南乐县人民政府",
                "市发改委",
                "建成标准化厂房8万平方米",
                "6月底前主体封顶，9月底前竣工",
                "主体已封顶，正在进行内外装修",
                "无",
                "加快装修进度",
                "否",
            ),
            (
                "龙湖片区城市更新项目安置房建设资金缺口大，至今未开工",
                "华龙区人民政府",
                "市财政局",
                "开工建设安置房1200套",
                "年内开工",
                "",
                "资金筹措方案尚未确定",
                "",
                "是",
            ),
        ],
    ),
]


def write_assigned(path: Path) -> Path:
    b = Book(path, author="市委督查室")
    ws = b.sheet("督查表")
    b.widths(ws, [6, 34, 16, 20, 18, 28, 30, 22, 22, 10])
    b.line(ws, 0, "2024年市委市政府重要交办工作及重点项目推进情况督查表", 9, b.title)
    b.line(ws, 1, "督查单位：市委督查室、市政府督查室联合督查组    统计截至：2024年7月25日", 9)
    for c, word in [(0, "序号"), (1, "事项"), (4, "年度目标任务"), (5, "时间节点安排"), (9, "是否滞后序时")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "责任单位", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=2)
    b.merge(ws, 2, 6, 2, 8, "推进情况", b.head)
    b.header(ws, 3, ["目前进展", "存在问题及原因", "下一步工作计划"], first=6)
    r, n = 4, 0
    for title, rows in ASSIGNED_GROUPS:
        b.merge(ws, r, 0, r, 9, f"{title}（{len(rows)}项）", b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：1.是否滞后序时以时间节点安排为准；2.滞后事项的牵头单位主要领导要带队到上级对口部门沟通联系，"
        "形成书面材料于8月5日前报市委督查室。",
        9,
    )
    b.line(ws, r + 1, "督查组组长：韩志强    填表：蒋佳    联系电话：0393-8993105    2024年7月26日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 审计工作报告反映问题整改台账, after a city's 本级预算执行和其他财政收支的审计工作报告 (一体化大数据全覆盖审计
# 市本级和市直部门; 重点审计了市本级财政和部门预算执行及决算草案情况，以及乡村振兴战略实施、基本医疗保险基金等
# 专题专项):
# http://m.cc774.com/zwgk/sjgk/202506/t20250630_5040280.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/金额单位
# line, one header row with 问题金额, 整改类型 and 已整改金额 beside 整改时限 and 整改情况, the report's four parts as
# group rows, short and former unit names, a county, a 合计 row summing the money, a signature line.
AUDIT_GROUPS = [
    (
        "一、市本级财政管理审计",
        [
            (
                "部分非税收入未及时缴入国库，滞留财政专户",
                2350.00,
                "市财政局",
                "2024年6月30日",
                "立行立改",
                "已全部缴入国库",
                2350.00,
            ),
            (
                "新增专项债券资金拨付进度慢，部分项目资金闲置超过1年",
                8620.00,
                "市发改委",
                "2024年9月30日",
                "分阶段整改",
                "已督促项目单位支付5120万元，剩余资金正在按程序调整用途",
                5120.00,
            ),
        ],
    ),
    (
        "二、部门预算执行审计",
        [
            (
                "无预算、超预算支出培训费",
                46.30,
                "市教育局",
                "2024年7月15日",
                "立行立改",
                "已调整账务，超支款项已退回",
                46.30,
            ),
            (
                "所属事业单位往来款长期挂账未清理",
                318.75,
                "市卫计委",
                "2024年12月31日",
                "分阶段整改",
                "已清理往来款126.40万元，其余款项正在核实",
                126.40,
            ),
            (
                "部分政府采购项目未按规定公开采购意向",
                "",
                "市公共资源交易中心",
                "长期坚持",
                "持续整改",
                "已建立采购意向公开提醒机制，长期坚持",
                "",
            ),
        ],
    ),
    (
        "三、乡村振兴战略实施专项审计",
        [
            (
                "高标准农田建设项目部分工程未按设计施工，多计工程款",
                187.60,
                "市农业局",
                "2024年10月31日",
                "分阶段整改",
                "",
                "",
            ),
            (
                "衔接推进乡村振兴补助资金支持的3个产业项目建成后闲置",
                540.00,
                "台前县人民政府",
                "2024年12月31日",
                "分阶段整改",
                "尚未整改",
                0,
            ),
        ],
    ),
    (
        "四、基本医疗保险基金专项审计",
        [
            (
                "定点医药机构超标准收费、串换项目违规使用医保基金",
                93.25,
                "市医保局",
                "2024年8月31日",
                "分阶段整改",
                "已追回违规资金93.25万元，经审计复核认定整改完成",
                93.25,
            ),
            (
                "部分参保人员重复参保、重复享受待遇",
                12.80,
                "市医保局",
                "2024年9月30日",
                "分阶段整改",
                "已清理重复参保人员1.2万人，追回重复享受待遇资金工作正在进行",
                6.30,
            ),
        ],
    ),
]


def _audit_rows(b: Book, ws, start: int) -> tuple[int, int, float, float]:
    r, n, owed, done = start, 0, 0.0, 0.0
    for title, rows in AUDIT_GROUPS:
        b.merge(ws, r, 0, r, 7, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.money if c in (2, 7) and v != "" else None)
            owed += row[1] if row[1] != "" else 0
            done += row[6] if row[6] != "" else 0
            r += 1
    return r, n, owed, done


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计局法规科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 18, 14, 12, 36, 12])
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计工作报告反映问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（汇总）    统计截至：2024年7月25日    金额单位：万元", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计工作报告反映问题",
            "问题金额",
            "整改责任单位",
            "整改时限",
            "整改类型",
            "整改情况",
            "已整改金额",
        ],
    )
    r, n, owed, done = _audit_rows(b, ws, 3)
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, f"共{n}个问题", b.cell)
    b.put(ws, r, 2, round(owed, 2), b.money)
    for c in range(3, 7):
        b.put(ws, r, c, "", b.cell)
    b.put(ws, r, 7, round(done, 2), b.money)
    b.line(ws, r + 2, "经办人：邵婉清    复核人：程志远    联系电话：0393-4418230", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计工作报告反映问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 审计整改情况报告表, after an institution's 审计整改报告和跟踪检查实施办法 (审计整改报告由被审计单位、业务主管部门
# 报告; 审计整改跟踪检查; 办公室根据领导批示督办; 第五条 审计整改情况的五种情形: 审计处理决定的执行、审计整改
# 通知书意见和建议的落实、主管部门从源头上纠正、审计移送事项的处理、领导对审计结果批示的落实):
# http://www.cinyz.com/index/article/detail/detail_id/178633.html
# An .xlsx: title, 填报单位/报送日期 line, a two-row header (整改情况 over 整改措施/整改结果/完成时间, 跟踪检查 over
# 检查时间/检查意见), the 被审计单位 (hospitals under the commission, once the commission's own 科) beside the five
# 情形, deadlines only where the 处理意见 text sets one, completion and check dates as date cells, a 是否督办 flag,
# 注 and signature lines.
HEALTH_ROWS = [
    (
        "濮阳市人民医院",
        "审计处理决定执行情况",
        "大型医用设备采购未履行集体决策程序，涉及金额860万元。处理意见：规范“三重一大”事项决策程序。",
        "修订“三重一大”决策制度实施办法，对相关责任人进行约谈",
        "已整改",
        date(2024, 6, 28),
        date(2024, 7, 10),
        "整改到位，同意销号",
        "否",
    ),
    (
        "濮阳市中医医院",
        "落实审计整改通知书意见和建议情况",
        "部分医疗服务项目串换收费，多收费用12.6万元。处理意见：清退多收费用，于2024年7月31日前完成。",
        "逐笔核对，联系患者退费",
        "部分整改",
        "",
        date(2024, 7, 15),
        "已清退9.8万元，剩余部分正在联系患者退费",
        "否",
    ),
    (
        "市卫健委（医政医管科）",
        "主管部门源头纠正情况",
        "委属医院药品耗材集中带量采购执行监管不到位，个别医院未完成约定采购量。",
        "建立委属医院集采执行情况季度通报制度，已通报1次",
        "正在整改",
        "",
        "",
        "",
        "否",
    ),
    (
        "濮阳市疾病预防控制中心",
        "审计移送事项处理情况",
        "疫苗冷链运输服务费支付无合同依据，涉及金额23.4万元。",
        "配合驻委纪检监察组调查",
        "已移交",
        "",
        "",
        "",
        "否",
    ),
    (
        "濮阳市安阳地区医院",
        "审计处理决定执行情况",
        "医务人员绩效工资超核定总额发放45.3万元。处理意见：收回超发部分，于2024年9月30日前整改到位。",
        "",
        "未整改",
        "",
        date(2024, 7, 16),
        "尚未制定收回方案",
        "是",
    ),
    (
        "濮阳市第三人民医院",
        "落实领导批示情况",
        "住院综合楼消防改造工程超概算未报批。根据市政府分管领导批示，须于2024年8月15日前完成概算调整报批。",
        "",
        "",
        "",
        "",
        "",
        "是",
    ),
    (
        "濮阳市中心血站",
        "落实审计整改通知书意见和建议情况",
        "采血车辆维修未执行定点维修，部分维修票据不规范。",
        "执行定点维修，补齐维修清单",
        "",
        date(2024, 5, 30),
        "",
        "",
        "否",
    ),
]


def write_health(path: Path) -> Path:
    b = Book(path, author="财务审计科")
    ws = b.sheet("报告表")
    b.widths(ws, [6, 20, 18, 44, 28, 10, 12, 12, 24, 8])
    b.line(ws, 0, "委属单位审计整改情况报告表（2024年第二季度）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫生健康委员会（财务审计科）    报送日期：2024年7月22日", 9)
    for c, word in [(0, "序号"), (1, "被审计单位"), (2, "整改情况类型"), (3, "审计发现问题及处理意见")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["整改措施", "整改结果", "完成时间"], first=4)
    b.merge(ws, 2, 7, 2, 8, "跟踪检查", b.head)
    b.header(ws, 3, ["检查时间", "检查意见"], first=7)
    b.merge(ws, 2, 9, 3, 9, "是否督办", b.head)
    for i, row in enumerate(HEALTH_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HEALTH_ROWS)
    b.line(
        ws,
        end,
        "注：1.整改情况类型按《审计整改报告和跟踪检查实施办法》第五条分为五类；2.跟踪检查由财务审计科会同"
        "驻委纪检监察组开展；3.“是否督办”指委办公室是否按领导批示下发督办通知。",
        9,
    )
    b.line(ws, end + 1, "科室负责人：宋立军    填表人：闫晓    联系电话：0393-4412766", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 督查通知单办理情况 (two returns in one zip), after a tax authority's 督查工作制度 (督查人员填写“督查通知单”，
# 注明领导批示、承办任务、完成时限; 承办部门按照要求组织落实并以书面形式反馈办理进展情况或结果; “督查问题处理
# 通知单”“督查结果呈报单”; 督查时限制):
# http://www.fymate.net/html/text/lar/168914/16891472_1.html
# A .zip holding an .xlsx 督查事项登记台账 from the city bureau's 办公室 whose rows name only its own 科室 (完成时限
# as dates, 6月底前, N个工作日 from 交办日期, 长期坚持; a 是否办结 column), and a .docx table from a district bureau
# with the 领导批示 beside the 承办任务, its own 股室, and a 收到日期 the 立行立改 row counts from.
CITY_TAX_ROWS = [
    (
        "DC-2024-031",
        "落实局主要领导批示，压缩办税服务厅高峰期排队等候时长至15分钟以内",
        "局长",
        "纳税服务科",
        date(2024, 5, 27),
        "6月底前",
        date(2024, 6, 28),
        "已实现，高峰期平均等候12分钟",
        "是",
    ),
    (
        "DC-2024-036",
        "核查2023年度个人所得税综合所得汇算清缴退税疑点数据",
        "副局长",
        "征收管理科",
        date(2024, 6, 11),
        "2024年8月31日",
        "",
        "已核查疑点数据的62%，其余正在核查",
        "否",
    ),
    (
        "DC-2024-040",
        "核实群众反映城乡居民医保缴费渠道单一问题并提出改进意见",
        "副局长",
        "社会保险费科",
        date(2024, 6, 24),
        "10个工作日",
        "",
        "",
        "否",
    ),
    (
        "DC-2024-044",
        "推进“非接触式”办税事项扩围，梳理可网上办理事项清单",
        "局长",
        "信息中心",
        date(2024, 7, 8),
        "长期坚持",
        "",
        "已新增网上办理事项8项，常态化推进",
        "",
    ),
]
DISTRICT_TAX_ROWS = [
    (
        "HL-DC-2024-12",
        "2024年6月11日",
        "请华龙区局抓紧核实，妥善处理。",
        "核实某商贸企业反映增值税留抵退税办理超时问题",
        "税源管理一股",
        "2024年6月20日",
        "已核实并办结，退税款已于6月18日到账",
    ),
    (
        "HL-DC-2024-15",
        "2024年6月25日",
        "要举一反三，防止类似问题发生。",
        "整改办税服务厅自助办税终端故障率高、长期无人维护问题",
        "纳税服务股",
        "2024年7月10日",
        "已更换终端3台，其余2台待厂家维修",
    ),
    (
        "HL-DC-2024-17",
        "2024年7月2日",
        "请抓紧督促落实。",
        "清理辖区长期零申报“僵尸户”，规范税务登记信息",
        "征收管理股",
        "2024年9月30日",
        "",
    ),
    (
        "HL-DC-2024-19",
        "2024年7月15日",
        "立即整改。",
        "纠正12366热线转办工单未按时回复纳税人问题",
        "办公室",
        "立行立改",
        "已建立工单回复时限提醒机制，逾期工单已全部回复",
    ),
]


def write_city_tax_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("登记台账")
    b.widths(ws, [6, 14, 40, 8, 14, 12, 14, 12, 30, 10])
    b.line(ws, 0, "国家税务总局濮阳市税务局督查事项登记台账（2024年5—7月）", 9, b.title)
    b.line(ws, 1, "填报单位：国家税务总局濮阳市税务局办公室    更新日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "督查通知单编号",
            "督查事项（领导批示及承办任务）",
            "交办领导",
            "承办科室",
            "交办日期",
            "完成时限",
            "反馈日期",
            "办理情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(CITY_TAX_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CITY_TAX_ROWS)
    b.line(ws, end, "注：完成时限为“N个工作日”的，自交办日期起计算。", 9)
    b.line(ws, end + 1, "填表人：崔艳    联系电话：0393-8996110", 9)
    return b.close()


def write_district_tax_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "国家税务总局濮阳市华龙区税务局督查通知单办理情况反馈表", 18)
    _paragraph(doc, "报送单位：国家税务总局濮阳市华龙区税务局（盖章）    报送日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(DISTRICT_TAX_ROWS, 1)]
    _table(
        doc,
        ["序号", "通知单号", "收到日期", "领导批示", "承办任务", "承办股室", "完成时限", "办理结果"],
        body,
    )
    _paragraph(doc, "注：“立行立改”事项自收到督查通知单之日起整改。", 12)
    _paragraph(doc, "填表人：肖楠    联系电话：0393-8336217", 12)
    return _save_fixed(doc, path)


def write_tax_zip(path: Path) -> Path:
    members = [
        ("督查事项登记台账（市局办公室）.xlsx", write_city_tax_book),
        ("华龙区税务局督查通知单办理情况反馈表.docx", write_district_tax_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("中共清丰县马庄桥镇委员会关于巡察整改进展情况的通报.docx", write_town),
    ("中共濮阳市水利局党组关于市委巡察整改进展情况的通报.doc", write_water),
    ("范县乡村振兴专项巡察反馈问题整改台账.xlsx", write_fanxian),
    ("濮阳职业技术学院2023年度财务收支审计整改台账.xls", write_college),
    ("市城市管理局关于市政府领导批办件办理情况的报告.wps", write_ps),
    ("重点工作督查督办平台事项导出（2024年7月30日）.csv", write_platform),
    ("2024年市委市政府重要交办工作及重点项目推进情况督查表.xlsx", write_assigned),
    ("2023年度市本级预算执行审计工作报告反映问题整改台账.et", write_audit),
    ("委属单位审计整改情况报告表（2024年第二季度）.xlsx", write_health),
    ("市税务系统督查通知单办理情况（7月）.zip", write_tax_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

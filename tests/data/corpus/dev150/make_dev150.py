"""Write the dev150 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改与巡视巡察整改 (县直部门、乡镇、国企、学校) — 整改报告、问题清单和销号表.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97),
.doc and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs,
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside259.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 县教育局党组落实市委巡察反馈意见整改进展情况台账, after a district 教育局党组's 关于市委巡察整改进展情况的通报
# (市委巡察组巡察整改回头看，同步延伸巡察4所学校; 将巡察反馈意见细化为具体问题，其中已整改到位、正在整改之中;
# 研究审定整改落实方案; 将反馈意见和要求及时通报到相关学校):
# http://www.qzqjjjc.gov.cn/Home/detail?menuid=3060&newid=1081414
# An .xlsx: title, 填报单位 line, a preamble line naming the 反馈 date (the base of 立行立改) and the 4 schools, a
# two-row header (整改责任 over 责任领导/责任单位（股室）, 整改落实情况 over 进展情况/整改状态), 问题类别 merged down its
# rows; rows name the bureau's own 股室 (县教育局基础教育股) or one of the schools; 说明 and signature lines.
EDU_GROUPS = [
    (
        "一、落实党的教育方针和上级决策部署方面",
        [
            (
                "“双减”政策落实督导不到位，部分学校课后服务收费未按规定公示",
                "王志刚",
                "县教育局基础教育股",
                "开展课后服务收费专项检查，督促学校全面公示收费项目和标准",
                "2024年6月底前",
                "已完成16所学校专项检查，收费项目和标准全部公示",
                "已完成",
            ),
            (
                "县第一中学课后延时服务费结余未按规定使用，结余资金12.6万元长期挂账",
                "李红",
                "濮阳县第一中学",
                "清理结余资金，按规定统筹用于课后服务",
                "2024年9月30日",
                "已清理结余资金8.3万元，剩余部分正在按程序审批",
                "整改中",
            ),
            (
                "学前教育普惠率提升工作推进缓慢，2所公办幼儿园建成后未按期开园",
                "王志刚",
                "县教育局基础教育股",
                "倒排工期，完成配套设施和人员配备",
                "2024年12月底前",
                "城关镇第二幼儿园已开园，户部寨镇中心幼儿园正在进行消防验收",
                "整改中",
            ),
        ],
    ),
    (
        "二、全面从严治党和作风建设方面",
        [
            (
                "县实验小学食堂采购未执行询价比价制度，大宗食材由个人联系供货",
                "李红",
                "濮阳县实验小学",
                "建立食材集中采购和询价比价制度",
                "立行立改",
                "大宗食材已全部通过县集中采购平台采购，建立询价比价台账",
                "已完成",
            ),
            (
                "局机关公务接待审批单填写不规范，个别接待无公函",
                "赵建国",
                "县教育局办公室",
                "修订公务接待管理办法，逐单核查2023年以来接待审批单",
                "立行立改",
                "已修订《公务接待管理办法》并组织机关干部学习",
                "已完成",
            ),
            (
                "学校教辅资料征订存在违规推荐现象，个别教师向学生推荐未列入目录的教辅",
                "赵建国",
                "县教育局基础教育股",
                "开展教辅资料征订专项治理，畅通举报渠道",
                "长期坚持",
                "每学期开学前开展专项检查",
                "长期坚持",
            ),
        ],
    ),
    (
        "三、组织建设和干部队伍建设方面",
        [
            (
                "柳屯镇中心小学党支部“三会一课”记录不全，组织生活会程序不规范",
                "孙立新",
                "柳屯镇中心小学",
                "规范支部组织生活，补齐会议记录",
                "2024年7月15日",
                "",
                "",
            ),
            (
                "教师职称评审材料审核把关不严，2名教师任职年限不符仍被推荐",
                "孙立新",
                "县教育局人事股",
                "重新核查近三年职称推荐材料，追究审核人员责任",
                "2024年8月31日",
                "复核工作尚未启动",
                "未启动",
            ),
        ],
    ),
    (
        "四、巡察整改和其他监督发现问题整改方面",
        [
            (
                "文留镇第一初级中学对上轮审计指出的账外资金问题整改不彻底",
                "李红",
                "文留镇第一初级中学",
                "清理账外资金，全部纳入学校账户核算",
                "2024年7月20日",
                "账外资金3.2万元已全部纳入学校账户核算",
                "已完成",
            ),
        ],
    ),
]


def write_edu(path: Path) -> Path:
    b = Book(path, author="县教育局办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 40, 10, 18, 30, 14, 34, 10])
    b.line(ws, 0, "中共濮阳县教育局党组落实市委巡察反馈意见整改进展情况台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县教育局（盖章）    填报日期：2024年7月29日", 8)
    b.line(
        ws,
        2,
        "2024年4月12日，市委第一巡察组向县教育局党组反馈巡察意见（同步延伸巡察濮阳县第一中学、濮阳县实验小学、"
        "柳屯镇中心小学、文留镇第一初级中学等4所学校）。局党组将反馈意见细化为4个方面9个具体问题；"
        "“立行立改”事项自反馈之日起整改。",
        8,
    )
    for c, word in enumerate(["序号", "问题类别", "具体问题"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 4, "整改责任", b.head)
    b.header(ws, 4, ["责任领导", "责任单位（股室）"], first=3)
    b.merge(ws, 3, 5, 4, 5, "整改措施", b.head)
    b.merge(ws, 3, 6, 4, 6, "整改时限", b.head)
    b.merge(ws, 3, 7, 3, 8, "整改落实情况", b.head)
    b.header(ws, 4, ["进展情况", "整改状态"], first=7)
    r, n = 5, 0
    for title, rows in EDU_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, title, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(
        ws, r, "说明：整改状态分“已完成”“整改中”“长期坚持”“未启动”四类；责任单位为学校的，由学校填报进展。", 8
    )
    b.line(ws, r + 1, "审核人：张卫东    填表人：郭晓静    联系电话：0393-3216207", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学校党支部关于巡察集中整改进展情况的通报, after a county 中学党支部's 巡察集中整改进展情况 (一、组织落实 二、组织
# 领导 三、整改落实主要成效: 针对巡察中发现的四方面13类共27项问题, （一）方面 1.类 （1）问题, each followed by
# “整改情况：一是…二是…”):
# http://jxlzw.jiexi.gov.cn/article?article=dc8d5205-4fe8-4ab6-808d-eccee33e7956
# A .doc (Word 97 via LibreOffice): title, preamble, parts 一 and 二 in prose, part 三 with （一）方面 / 1.类 headings
# and the items as （1）… paragraphs each followed by an 整改情况 paragraph (progress and the odd deadline in
# sentences), part 四, the 支部 and date at the foot. All items belong to the school.
SCHOOL_PARTS = [
    (
        "（一）落实党的路线方针政策和上级决策部署情况",
        [
            (
                "1.理论学习不够深入",
                [
                    (
                        "（1）校支委会未严格落实“第一议题”制度，学习内容与学校工作结合不紧",
                        "整改情况：一是召开支委会专题研讨“第一议题”制度；二是建立“第一议题”学习台账，"
                        "2024年6月以来支委会均将“第一议题”作为首项议程。该问题已整改完成。",
                    ),
                    (
                        "（2）意识形态工作责任制落实不到位，校园广播站、宣传栏内容审核存在漏洞",
                        "整改情况：已制定意识形态工作责任清单，校园宣传阵地内容审核制度正在修订，"
                        "计划于2024年8月底前完成。",
                    ),
                ],
            ),
            (
                "2.落实减轻学生负担要求有偏差",
                [
                    (
                        "（3）寒假期间组织高三学生集中补课并收取资料费",
                        "整改情况：已停止集中补课，收取的资料费已全部清退学生家长，整改到位。",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）全面从严治党和作风建设情况",
        [
            (
                "3.财务管理不规范",
                [
                    (
                        "（4）食堂账务未单独核算，伙食费结余未按规定全部用于学生伙食",
                        "整改情况：已设立食堂独立账套，结余资金使用方案已报县教育局，正在审批。",
                    ),
                    (
                        "（5）部分大额支出未经校务会集体研究决定",
                        "整改情况：严格执行“三重一大”集体决策制度，此项长期坚持。",
                    ),
                ],
            ),
            (
                "4.师德师风建设有差距",
                [
                    (
                        "（6）对群众反映的个别教师有偿家教问题查处不及时",
                        "整改情况：该项尚未启动，学校将于2024年8月31日前完成师德师风专项排查。",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）基层党组织建设情况",
        [
            (
                "5.党员教育管理不严格",
                [
                    (
                        "（7）党员发展程序不规范，1名预备党员转正材料缺少支部大会记录",
                        "整改情况：已补齐相关材料，并对近五年党员发展档案进行全面排查，整改完成。",
                    ),
                ],
            ),
        ],
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("党支部")
    _title(doc, "中共清丰县第二高级中学支部委员会关于巡察集中整改进展情况的通报", 20)
    _paragraph(
        doc,
        "根据县委巡察工作统一部署，2024年3月4日至4月26日，县委第二巡察组对清丰县第二高级中学党支部开展了巡察。"
        "2024年5月20日，县委第二巡察组向学校党支部反馈了巡察情况。按照巡察工作有关要求，现将巡察集中整改进展情况"
        "予以公布。",
    )
    _paragraph(doc, "一、组织落实", font="黑体")
    _paragraph(
        doc,
        "学校党支部高度重视巡察反馈意见，召开专题会议研究部署，把落实巡察整改作为当前一项重大政治任务，"
        "逐条对照反馈问题制定整改措施。",
    )
    _paragraph(doc, "二、组织领导", font="黑体")
    _paragraph(
        doc,
        "学校成立整改落实工作领导小组，党支部书记任组长，负责统筹协调巡察反馈意见整改工作；"
        "领导小组办公室设在学校党政办公室。",
    )
    _paragraph(doc, "三、整改落实主要成效", font="黑体")
    _paragraph(doc, "针对巡察中发现的三方面5类共7项问题，整改情况如下：")
    for part, groups in SCHOOL_PARTS:
        _paragraph(doc, part, font="楷体_GB2312")
        for group, items in groups:
            _paragraph(doc, group)
            for problem, progress in items:
                _paragraph(doc, problem)
                _paragraph(doc, progress)
    _paragraph(doc, "四、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对尚未完成的整改事项，学校党支部将持续跟踪督办，确保按期整改到位；对已完成的整改事项，适时开展"
        "“回头看”，防止问题反弹。欢迎广大干部群众监督，联系电话：0393-7221536。",
    )
    _paragraph(doc, "中共清丰县第二高级中学支部委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "巡察集中整改进展情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 3. 学校审计整改落实情况公示, after a county 中学校's 审计整改落实情况公示 (县审计局就地审计2022年度财务收支，出具
# 《审计报告》; 逐条采纳审计整改意见; 一、关于“扩大开支范围发放误餐补助”问题 … 七、关于“违规代收新生床上用品
# 费用”问题, each answered by 已整改 and what was done):
# https://cncx.gov.cn/news/show/20240423162958792.html
# A .docx: title, preamble naming the audit, the report number and the one 整改期限 for all problems (60日内 from
# the day the report was issued), the items as numbered paragraph pairs (一、关于“…”问题 / progress sentence), the
# school and date at the foot with a 监督电话.
AUDIT_SCHOOL_ITEMS = [
    (
        "一、关于“扩大开支范围发放值班误餐补助”问题",
        "已整改。我校已停止发放值班误餐补助，已发放的1.26万元全额收回；值班值守工作纳入教职工工作量计算。",
    ),
    (
        "二、关于“多收教辅资料代收费未及时退还”问题",
        "已整改。将多收取的教辅资料代收费2.38万元全额退还学生家长，并在家长群公示退费明细。",
    ),
    (
        "三、关于“公用经费列支食堂从业人员工资”问题",
        "正在整改。已与县教育局、县财政局沟通，食堂从业人员工资拟自2024年秋季学期起由食堂伙食费收入列支。",
    ),
    (
        "四、关于“新建综合楼及设备未及时登记固定资产”问题",
        "已整改。新建综合楼及教学设备共计286.5万元已全部登记入账，资产卡片已建立。",
    ),
    (
        "五、关于“超标准报销差旅费”问题",
        "未整改。涉及人员已于2023年退休，超标准报销的0.42万元追缴工作尚未开展。",
    ),
    (
        "六、关于“多结算操场改造工程款”问题",
        "暂未整改到位。施工单位对审计核减的4.7万元有异议，学校已函告施工单位限期退还，正在协调中。",
    ),
    (
        "七、关于“违规代收新生床上用品费用”问题",
        "已整改。代收的床上用品费用已全额退还，今后不再代收任何费用。",
    ),
]


def write_audit_school(path: Path) -> Path:
    doc = _new_document("学校办公室")
    _title(doc, "南乐县城关镇初级中学关于2023年度财务收支审计整改落实情况的公示", 20)
    _paragraph(
        doc,
        "南乐县审计局于2024年3月11日至4月19日对我校2023年度财务收支情况进行了就地审计，并于2024年5月10日"
        "出具了《审计报告》（南审财报〔2024〕9号），要求我校自审计报告出具之日起60日内完成整改。我校高度重视，"
        "主要领导多次组织召开审计整改专题会议，逐条研究整改措施。现将审计整改落实情况公示如下：",
    )
    for heading, progress in AUDIT_SCHOOL_ITEMS:
        _paragraph(doc, heading, font="黑体")
        _paragraph(doc, progress)
    _paragraph(
        doc, "公示期为2024年7月22日至7月29日，如有异议，请向学校纪检委员反映。监督电话：0393-7826105。"
    )
    _paragraph(doc, "南乐县城关镇初级中学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 学校财务收支情况审计结果公告, after a district 审计局's 审计结果公告 of a 外国语中学 (一、基本情况 二、审计评价意见
# 三、审计发现的主要问题 （一）多计工程款 （二）校舍等固定资产未入账 （三）学校食堂财务管理不规范 四、审计处理情况和
# 建议 五、审计发现问题的整改情况):
# http://www.xypingqiao.gov.cn/2023/12-14/480169.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): the problems are listed in part 三, the deadlines the audit
# office set are in part 四 and the school's 整改情况 in part 五, each part numbered （一）…（五） in the same order.
PUBLIC_PROBLEMS = [
    "（一）2022年教学楼维修工程多计工程款0.86万元。",
    "（二）新建校舍等固定资产未入账，涉及金额1326.4万元。",
    "（三）学校食堂财务管理不规范，食堂收支未单独核算。",
    "（四）课后服务费未纳入单位预算管理，收支游离于预算之外。",
    "（五）政府采购执行不规范，2批次教学设备采购未履行询价程序。",
]
PUBLIC_DECISIONS = [
    "（一）对于多计工程款0.86万元的问题，要求2024年6月30日前收回。",
    "（二）对于校舍等固定资产未入账的问题，要求积极与上级主管部门沟通，2024年9月30日前完成工程决算并入账。",
    "（三）对于学校食堂财务管理不规范的问题，要求2024年7月31日前实行食堂收支单独核算。",
    "（四）对于课后服务费未纳入预算管理的问题，要求2024年底前纳入单位预算统一管理。",
    "（五）对于政府采购执行不规范的问题，要求今后严格执行政府采购有关规定。",
]
PUBLIC_PROGRESS = [
    "（一）已收回多计工程款0.86万元，整改完成。",
    "（二）已与区教育局沟通，工程决算正在审核，审核完成后办理固定资产入账。",
    "（三）已整改，食堂已单独建账核算。",
    "（四）尚未整改。",
    "（五）属长期整改事项，学校将常态化推进。",
]


def write_public_docx(path: Path) -> Path:
    doc = _new_document("华龙区审计局")
    _title(doc, "濮阳市华龙区第二实验学校2021年至2023年财务收支情况审计结果公告", 20)
    _paragraph(
        doc,
        "根据《中华人民共和国审计法》的规定，华龙区审计局派出审计组，于2024年4月对濮阳市华龙区第二实验学校"
        "2021年至2023年财务收支情况进行了审计。现将审计结果公告如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "濮阳市华龙区第二实验学校由华龙区政府投资建设，隶属于华龙区教育局管理，2021年9月投入使用。"
        "2021年至2023年收入总额1186.52万元，支出总额1094.37万元。",
    )
    _paragraph(doc, "二、审计评价意见", font="黑体")
    _paragraph(
        doc,
        "审计结果表明，该校会计资料基本能反映其财务收支情况，各项收支基本合规、合法；但也存在多计工程款、"
        "校舍等固定资产未入账等问题，应当加以纠正和改进。",
    )
    for heading, paras in (
        ("三、审计发现的主要问题", PUBLIC_PROBLEMS),
        ("四、审计处理情况和建议", PUBLIC_DECISIONS),
        ("五、审计发现问题的整改情况", PUBLIC_PROGRESS),
    ):
        _paragraph(doc, heading, font="黑体")
        if heading.startswith("四"):
            _paragraph(doc, "对上述问题，华龙区审计局已依法出具审计报告，并提出了处理意见和整改要求：")
        if heading.startswith("五"):
            _paragraph(doc, "截至2024年7月25日，华龙区第二实验学校对审计发现问题的整改情况如下：")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "华龙区审计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_public(path: Path) -> Path:
    return via_soffice(write_public_docx, path, "doc", "审计结果公告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 县国有企业巡察反馈问题整改进展情况表, after a county 人民政府党组's 关于巡察国投公司党委、城投公司整改进展情况的通报
# (市委联动巡察组对县国有资产投资有限公司党委、城投集团有限公司开展专项巡察; 县政府党组担负督促整改主体责任，成立
# 县长任组长的巡察整改推进工作协调领导小组，分管领导任工作小组组长; 各公司成立工作专班):
# https://wenmijiayuan.com/doc/2222.html
# An .xlsx: title, a line with 巡察时间 (an event), 反馈时间 (the base of 立行立改) and 填报日期, a two-row header
# (整改责任 over 分管县领导/责任部门, 整改落实 over 整改时限/整改状态/进展情况), the 被巡察单位 merged down its
# rows (the company is the unit; its 部 are sections), 注 and signature lines.
SOE_PATROL = [
    (
        "濮阳县国有资产投资有限公司",
        [
            (
                "对外担保未履行集体决策程序，为民营企业提供担保1.2亿元",
                "对存量担保逐笔清理，修订对外担保管理办法",
                "刘建军",
                "风险控制部",
                "2024年8月31日",
                "推进中",
                "已解除担保0.5亿元，剩余担保正在与被担保企业协商解除",
            ),
            (
                "下属子公司未按规定开展年度财务审计",
                "委托会计师事务所开展审计",
                "刘建军",
                "财务部",
                "2024年6月30日",
                "已完成",
                "已完成3家子公司2023年度财务审计",
            ),
            (
                "“三重一大”事项决策清单未及时修订",
                "修订决策事项清单并严格执行",
                "刘建军",
                "综合部",
                "立行立改",
                "已完成",
                "已于6月5日修订印发",
            ),
            (
                "国有资产出租未进场公开交易，12处门面房协议出租",
                "到期门面房全部进入公共资源交易平台招租",
                "刘建军",
                "资产经营部",
                "2024年12月31日",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "濮阳县城市建设投资集团有限公司",
        [
            (
                "工程项目变更签证审核不严，3个项目存在先施工后变更",
                "补办变更手续，开展结算审计",
                "陈立新",
                "工程管理部",
                "2024年9月30日",
                "推进中",
                "已完成2个项目变更资料补办，1个项目正在结算审计",
            ),
            (
                "应收账款清收不力，账龄3年以上应收款4300万元",
                "成立清收专班，按月调度",
                "陈立新",
                "财务部",
                "长期坚持",
                "长期坚持",
                "常态化推进，按月调度清收进度",
            ),
            (
                "所属党支部换届选举未按期进行",
                "按程序完成换届",
                "陈立新",
                "党群工作部",
                "2024年7月15日",
                "已完成",
                "已于7月12日完成换届选举",
            ),
            (
                "公务用车使用登记不规范，存在公车私用苗头",
                "落实公务用车派车单制度",
                "陈立新",
                "综合办公室",
                "立行立改",
                "已完成",
                "已实行派车单制度，每月公示用车情况",
            ),
        ],
    ),
]


def write_soe_patrol(path: Path) -> Path:
    b = Book(path, author="县政府办公室")
    ws = b.sheet("整改进展情况")
    b.widths(ws, [6, 22, 38, 28, 10, 14, 14, 10, 34])
    b.line(ws, 0, "濮阳县人民政府党组关于市委联动巡察县国有企业反馈问题整改进展情况表", 8, b.title)
    b.line(
        ws,
        1,
        "巡察时间：2024年3月18日至4月30日    反馈时间：2024年5月28日（立行立改事项自反馈之日起整改）"
        "    填报日期：2024年7月30日",
        8,
    )
    for c, word in enumerate(["序号", "被巡察单位", "反馈问题", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改责任", b.head)
    b.header(ws, 3, ["分管县领导", "责任部门"], first=4)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改状态", "进展情况"], first=6)
    r, n = 4, 0
    for company, rows in SOE_PATROL:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, company, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(ws, r, "注：整改状态分已完成、推进中、未启动、长期坚持四类；责任部门为被巡察单位内设部门。", 8)
    b.line(
        ws, r + 1, "填报单位：濮阳县人民政府办公室（国资监管股）    填表人：韩雪    联系电话：0393-3255018", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 专项审计调查发现问题整改情况公示表, after a provincial 汽车集团's 整改情况公示 of a 审计厅专项审计调查 (推进工业高质量
# 发展情况; 四类问题: 落实政策、效益、产业转型及绿色发展、人才及技术投入; 组织集团各部门及各所属公司整改; 第一、二、
# 四项已经整改完成，第三项持续整改跟踪中; 公司名义公示):
# http://xicuiyuan.com/notice-514
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, a preamble line with the
# report number, one header row with 涉及金额（万元）, the four 类 as rows merged across, the 整改责任单位 the group's
# own 部 or its 所属公司, 整改结果 已整改/持续整改/长期坚持, a 合计 row of the money, 公示期 and signature lines.
GROUP_AUDIT = [
    (
        "一、落实制造业高质量发展相关政策存在的问题",
        [
            (
                "未按规定对专精特新企业股权投资开展投后管理，2个投资项目投后管理缺失",
                3200,
                "濮阳市产业投资有限公司",
                "2024年6月30日",
                "已建立投后管理台账，对2个项目完成投后评估",
                "已整改",
            ),
            (
                "制造业专项基金设立后超过一年未实际出资",
                15000,
                "集团投资发展部",
                "2024年5月31日",
                "基金已于5月20日完成首期出资1.5亿元",
                "已整改",
            ),
        ],
    ),
    (
        "二、制造业高质量发展效益方面存在的问题",
        [
            (
                "3家参股制造企业连续三年亏损，未制定退出方案",
                2860,
                "濮阳市产业投资有限公司",
                "2024年9月30日",
                "已完成1家股权转让挂牌，其余2家退出方案正在报批",
                "持续整改",
            ),
            (
                "对外借款利息未按合同约定收取，少收利息86.4万元",
                86.4,
                "集团财务管理部",
                "2024年7月15日",
                "已收回利息86.4万元",
                "已整改",
            ),
        ],
    ),
    (
        "三、产业转型及绿色发展方面存在的问题",
        [
            (
                "所属供热企业燃煤锅炉超低排放改造未按期完成",
                "",
                "濮阳市龙都热力有限责任公司",
                "2024年10月底前",
                "改造工程已完成招标，正在施工",
                "持续整改",
            ),
            (
                "节能改造项目未按规定开展能效评估",
                "",
                "濮阳市龙都热力有限责任公司",
                "长期坚持",
                "将能效评估纳入项目管理，常态化推进",
                "长期坚持",
            ),
        ],
    ),
    (
        "四、人才及技术投入方面存在的问题",
        [
            (
                "研发投入占营业收入比重未达到年度考核目标",
                "",
                "濮阳市中原新材料科技有限公司",
                "2024年12月31日",
                "",
                "",
            ),
        ],
    ),
]


def write_group_audit_book(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("整改情况公示")
    b.widths(ws, [6, 42, 12, 26, 16, 34, 10])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "濮阳市投资集团有限公司专项审计调查发现问题整改情况公示表", 6, b.title)
    b.line(
        ws,
        1,
        "根据《河南省审计厅专项审计调查报告》（豫审企调报〔2024〕3号），我公司2021年至2023年推进制造业高质量发展"
        "情况存在四类问题，现将整改情况公示如下。",
        6,
    )
    b.header(
        ws,
        2,
        ["序号", "审计发现问题", "涉及金额（万元）", "整改责任单位", "整改期限", "整改完成情况", "整改结果"],
    )
    r, n, total = 3, 0, 0.0
    for title, rows in GROUP_AUDIT:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, money if c == 2 and v != "" else None)
            total += row[1] if row[1] != "" else 0
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, f"共{n}个问题", b.cell)
    b.put(ws, r, 2, round(total, 2), money)
    for c in range(3, 7):
        b.put(ws, r, c, "", b.cell)
    b.line(ws, r + 1, "公示期：2024年7月25日至8月1日    监督电话：0393-8993216（集团纪委）", 6)
    b.line(ws, r + 2, "濮阳市投资集团有限公司    2024年7月25日", 6, b.right)
    return b.close()


def write_group_audit(path: Path) -> Path:
    return via_soffice(write_group_audit_book, path, "xls", "专项审计调查整改公示表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 市属国有企业监督问题整改销号验收汇总表, after a city 国资委's 市属国有企业问题整改监督闭环管理实施办法 (职能处室
# 对企业问题分析研判、认定责任，形成整改通知书或监督意见函下达市属国有企业; 整改落实、检查验收、问责追责;
# 审议问题整改的销号验收):
# https://tbsc.net.cn/2020/0722/c34a25634/page.htm
# An .xlsx: title, 填报单位 line, a two-row header (问题来源 over 文书类型/文号/下达日期, 销号验收 over 验收科室/
# 验收意见/验收日期), 下达日期 the base of 收到后30日内 and 15个工作日内, 企业名称 by short names (市燃气公司,
# 市公交公司, 市水务公司), verdicts 同意销号 / 暂缓销号, 注 and signature lines.
CLOSE_ROWS = [
    (
        "市燃气公司",
        "整改通知书",
        "濮国资整〔2024〕5号",
        date(2024, 4, 15),
        "燃气管网改造工程未按规定履行招标程序，直接委托施工单位",
        "2024年6月30日",
        "已对相关责任人问责，修订《工程招标管理办法》",
        "规划发展科",
        "同意销号",
        date(2024, 7, 10),
    ),
    (
        "市公交公司",
        "监督意见函",
        "濮国资函〔2024〕12号",
        date(2024, 5, 6),
        "新能源公交车购置补贴资金未单独核算",
        "收到意见函后30日内",
        "已设立补贴资金专账核算",
        "财务监管科",
        "同意销号",
        date(2024, 7, 8),
    ),
    (
        "市水务公司",
        "整改通知书",
        "濮国资整〔2024〕7号",
        date(2024, 5, 20),
        "二次供水设施维保费用结算缺少验收资料",
        "2024年8月31日",
        "已补充部分验收资料，正在对2023年维保项目逐项核实",
        "产权管理科",
        "暂缓销号，待核实完毕后再行验收",
        date(2024, 7, 25),
    ),
    (
        "濮阳市投资集团有限公司",
        "整改通知书",
        "濮国资整〔2024〕8号",
        date(2024, 5, 20),
        "对外投资项目可行性研究论证不充分，1个项目投资后即停产",
        "2024年12月31日",
        "正在开展投资项目后评价",
        "规划发展科",
        "",
        None,
    ),
    (
        "濮阳市城市建设投资集团有限公司",
        "整改通知书",
        "濮国资整〔2024〕9号",
        date(2024, 6, 3),
        "工程款支付审批流程倒签，4笔付款先支付后审批",
        "收到整改通知书后15个工作日内",
        "已完成付款审批流程线上化改造",
        "财务监管科",
        "同意销号",
        date(2024, 7, 18),
    ),
    (
        "市燃气公司",
        "监督意见函",
        "濮国资函〔2024〕15号",
        date(2024, 6, 12),
        "安全生产费用提取不足，2023年少提取68万元",
        "2024年7月31日",
        "已补提安全生产费用68万元",
        "规划发展科",
        "",
        None,
    ),
    (
        "市公交公司",
        "整改通知书",
        "濮国资整〔2024〕11号",
        date(2024, 7, 1),
        "公交场站土地长期闲置未盘活利用",
        "2024年12月底前",
        "尚未启动",
        "产权管理科",
        "",
        None,
    ),
]


def write_close(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("销号验收")
    b.widths(ws, [6, 26, 12, 20, 12, 38, 20, 30, 12, 22, 12])
    b.line(ws, 0, "市属国有企业国有资产监督问题整改销号验收汇总表（2024年第二批）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府国有资产监督管理委员会（督查科）    填报日期：2024年7月30日", 10)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "企业名称", b.head)
    b.merge(ws, 2, 2, 2, 4, "问题来源", b.head)
    b.header(ws, 3, ["文书类型", "文号", "下达日期"], first=2)
    b.merge(ws, 2, 5, 3, 5, "问题内容", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 3, 7, "企业整改情况", b.head)
    b.merge(ws, 2, 8, 2, 10, "销号验收", b.head)
    b.header(ws, 3, ["验收科室", "验收意见", "验收日期"], first=8)
    for i, row in enumerate(CLOSE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CLOSE_ROWS)
    b.line(
        ws,
        end,
        "注：问题来源于市国资委下达的整改通知书和监督意见函；验收意见为“同意销号”的予以销号，"
        "“暂缓销号”的由企业继续整改后重新申请验收。",
        10,
    )
    b.line(ws, end + 1, "填表人：苏明    审核人：魏国华    联系电话：0393-8185260", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 专项巡察反馈问题建账对账销账清单, after a county's 扶贫领域专项巡察 (对7个乡镇、15个行业扶贫部门开展专项巡察;
# 完善“反馈意见+问题清单”模式，建立建账、对账、销账“闭环式”整改督办机制，督促部门、乡镇分类分级抓好问题整改;
# 引进群众监督，将整改情况“晒”到阳光下):
# http://dalidaily.com/dlrb/pc/202008/04/content_8817.html
# A CSV in GBK: title line, a line saying N日内 and N个工作日内 count from the 交办日期, one header line with
# 交办日期 (event), 对账情况 and 销账时间, the 被巡察单位 towns and county bureaus, a 合计 line and a 填报 line.
LEDGER_ROWS = [
    (
        "台前县侯庙镇人民政府",
        "防返贫监测对象识别不精准，3户应纳未纳",
        "2024-06-17",
        "30日内",
        "已纳入监测并落实帮扶措施，对账无误",
        "2024-07-12",
        "",
    ),
    (
        "台前县农业农村局",
        "产业扶贫项目资产确权登记不完整",
        "2024-06-17",
        "2024年9月30日前",
        "已完成65%项目资产确权登记",
        "",
        "",
    ),
    (
        "台前县夹河乡人民政府",
        "村级光伏电站收益分配不规范，未按规定公示",
        "2024-06-20",
        "15个工作日内",
        "收益分配方案已在各村公示",
        "2024-07-05",
        "",
    ),
    (
        "台前县马楼镇人民政府",
        "雨露计划补助资金发放滞后",
        "2024-06-20",
        "立行立改",
        "未整改，补助资金尚未拨付",
        "",
        "",
    ),
    (
        "台前县教育局",
        "教育资助政策宣传不到位，部分家庭不知晓申请渠道",
        "2024-06-20",
        "长期坚持",
        "常态化开展资助政策宣传",
        "",
        "",
    ),
    (
        "台前县吴坝镇人民政府",
        "扶贫车间闲置，未发挥带贫作用",
        "2024-07-01",
        "2024年12月底前",
        "正在引进新的承租企业",
        "",
        "",
    ),
    (
        "台前县卫生健康委员会",
        "家庭医生签约服务履约率低",
        "2024-07-01",
        "20个工作日内",
        "",
        "",
        "",
    ),
    (
        "台前县孙口镇人民政府",
        "村级集体经济收入台账不完整",
        "2024-07-08",
        "10日内",
        "已补建收入台账",
        "2024-07-16",
        "复核合格",
    ),
]


def write_ledger(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县乡村振兴领域专项巡察反馈问题建账对账销账清单"])
    w.writerow(["说明：整改时限写“N日内”“N个工作日内”“立行立改”的，自交办日期起计算；已销账的填写销账时间。"])
    w.writerow(["序号", "被巡察单位", "反馈问题", "交办日期", "整改时限", "对账情况", "销账时间", "备注"])
    for i, row in enumerate(LEDGER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", f"共{len(LEDGER_ROWS)}个问题", "", "", "", "已销账3个", ""])
    w.writerow(["填报单位：中共台前县委巡察工作领导小组办公室    填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 镇落实县委巡察反馈意见整改台账（镇村）, after a town 党委's 关于市委巡察整改进展情况的通报 (市委巡察组对镇下辖
# 7个村(社区)党组织开展巡察，向镇党委和7个村党组织反馈巡察意见; 召开镇党委会审议镇村巡察整改方案、台账;
# 成立巡察整改督导组，对被巡察村、整改责任单位的整改工作进行指导和督办):
# http://www.zs.gov.cn/gzz/tpxw/content/post_2547867.html
# An .xls (xlwt): title, 填报单位 line, a preamble line with the 反馈 date (base of 立行立改), a two-row header with
# 是否完成 over 是/否 (ticks), the 被巡察党组织 beside the 责任单位 (the town's own 站所 or a village), 备注 with the odd
# step taken, 注 and signature lines.
TOWN_ROWS = [
    (
        "陈庄镇党委",
        "镇党委理论学习中心组学习流于形式，研讨发言质量不高",
        "制定年度学习计划，落实研讨发言审核",
        "张海涛",
        "党政办",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
    (
        "陈庄镇党委",
        "村级财务“村账乡代管”审核把关不严，白条入账问题多发",
        "逐村清理白条入账，规范报账审核",
        "王丽",
        "财政所",
        "2024年8月31日",
        "",
        "√",
        "已清理白条23张，剩余正在核查",
    ),
    (
        "陈庄镇党委",
        "农村人居环境整治长效管护机制未建立",
        "建立村庄保洁和管护考核机制",
        "李建华",
        "农业服务中心",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
    (
        "韩徐庄村党支部",
        "村集体土地发包未经“四议两公开”程序",
        "重新履行发包程序，规范合同签订",
        "李建华",
        "陈庄镇韩徐庄村",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "陈庄村党支部",
        "村务公开栏长期未更新",
        "按季度更新村务公开内容",
        "张海涛",
        "陈庄镇陈庄村",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "前辛庄村党支部",
        "村干部报销招待费无审批手续",
        "退回违规报销费用，严格执行报账审批",
        "王丽",
        "陈庄镇前辛庄村",
        "2024年7月15日",
        "√",
        "",
        "已退回违规报销费用0.36万元",
    ),
    (
        "陈庄镇党委",
        "镇机关干部考勤制度执行不严，工作日存在迟到早退现象",
        "落实考勤打卡和不定期抽查",
        "张海涛",
        "党政办",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "前辛庄村党支部",
        "入党积极分子培养考察记录缺失",
        "补齐培养考察记录，规范发展党员程序",
        "张海涛",
        "陈庄镇前辛庄村",
        "2024年8月15日",
        "",
        "",
        "",
    ),
]


def write_town(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "陈庄镇落实县委巡察反馈意见整改台账（镇村）", t, 0, 9),
        (1, 0, "填报单位：范县陈庄镇人民政府（盖章）    填报日期：2024年7月29日", plain, 1, 9),
        (
            2,
            0,
            "县委第三巡察组于2024年4月1日至5月24日对陈庄镇党委及韩徐庄村、陈庄村、前辛庄村3个村党组织开展巡察，"
            "2024年6月11日反馈巡察意见。",
            plain,
            2,
            9,
        ),
    ]
    for col, word in enumerate(
        ["序号", "被巡察党组织", "反馈问题", "整改措施", "责任领导", "责任单位", "整改时限"]
    ):
        cells.append((3, col, word, h, 4, col))
    cells += [(3, 7, "是否完成", h, 3, 8), (4, 7, "是", h), (4, 8, "否", h), (3, 9, "备注", h, 4, 9)]
    for i, row in enumerate(TOWN_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 6, 7, 8) else c))
    r = 5 + len(TOWN_ROWS)
    cells += [
        (
            r,
            0,
            "注：“立行立改”事项自反馈之日起整改；完成的在“是”栏打“√”，未完成的在“否”栏打“√”。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "审核人：张海涛    填表人：刘倩    联系电话：0393-5526108", plain, r + 1, 9),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 10. 县卫生健康委员会经济责任审计发现问题整改情况 (two returns in one zip), after a county 审计局's 审计报告公开 of the
# 卫生健康局原主要负责同志履行经济责任情况 (少发放计生特别扶助金、未按规定分配基本公共卫生服务项目补助资金、超比例
# 预留保证金、无规范票据核销劳务费; 采取及时补发、纳入下年度资金分配、退回不规范核销资金等措施整改):
# http://www.zhuxi.gov.cn/xxgkxi/fdzdgk/qtzdgknr/sjbg/202404/t20240424_4516561.shtml
# A .zip holding an .xlsx from one county 卫健委 whose rows name only its own 股室 (审计报告 date the base of 立行立改)
# and a .docx table from another county 卫健委, also naming only its 股室.
QINGFENG_ROWS = [
    (
        "少发放计划生育特别扶助金3.84万元",
        "人口监测与家庭发展股",
        "逐户核实后补发",
        "2024年6月30日",
        "已补发到位",
    ),
    (
        "未按规定分配基本公共卫生服务项目补助资金",
        "基层卫生股",
        "纳入2024年度基本公卫资金分配",
        "2024年9月30日",
        "正在测算分配方案",
    ),
    (
        "工程项目超比例预留质量保证金",
        "规划财务股",
        "退还超比例预留部分",
        "2024年7月31日",
        "已退还超出部分12.6万元",
    ),
    ("无规范票据核销劳务费", "规划财务股", "退回不规范核销资金", "立行立改", ""),
    (
        "乡镇卫生院部分医疗设备闲置，未发挥使用效益",
        "医政医管股",
        "在县域医共体内调剂使用",
        "长期坚持",
        "长期坚持",
    ),
]
NANLE_ROWS = [
    ("计划生育家庭奖励扶助资金未及时发放", "人口监测与家庭发展股", "2024年6月底前", "已整改完成"),
    ("县域医共体建设资金未专款专用", "规划财务股", "2024年12月底前", "正在整改"),
    ("政府采购合同签订后未按规定及时公告", "办公室", "立行立改", "已整改"),
    ("卫生监督协管经费拨付不及时", "综合监督股", "2024年8月31日", "未整改"),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="规划财务股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 22, 28, 14, 26])
    b.line(ws, 0, "清丰县卫生健康委员会经济责任审计发现问题整改台账", 5, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县卫生健康委员会    审计报告出具日期：2024年5月22日（立行立改事项自该日起整改）"
        "    填报日期：2024年7月26日",
        5,
    )
    b.header(ws, 2, ["序号", "审计发现问题", "责任股室", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(QINGFENG_ROWS), "分管领导：杜长江    填表人：冯丽娜    联系电话：0393-7231106", 5)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "南乐县卫生健康委员会关于经济责任审计发现问题整改情况的报告", 18)
    _paragraph(doc, "县审计局：", 14)
    _paragraph(
        doc,
        "2024年5月30日，县审计局出具了对我委原主要负责同志任期经济责任审计报告，指出4个方面问题。"
        "我委逐项明确责任股室和整改时限，立行立改事项自审计报告出具之日起整改。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "审计指出问题", "责任股室", "整改时限", "整改情况"], body)
    _paragraph(doc, "南乐县卫生健康委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health_zip(path: Path) -> Path:
    members = [
        ("清丰县卫生健康委员会经济责任审计发现问题整改台账.xlsx", write_qingfeng_book),
        ("南乐县卫生健康委员会经济责任审计整改情况报告.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("县教育局党组落实市委巡察反馈意见整改进展情况台账.xlsx", write_edu),
    ("清丰县第二高级中学关于巡察集中整改进展情况的通报.doc", write_school),
    ("南乐县城关镇初级中学审计整改落实情况公示.docx", write_audit_school),
    ("华龙区第二实验学校财务收支审计结果公告.wps", write_public),
    ("县国有企业巡察反馈问题整改进展情况表.xlsx", write_soe_patrol),
    ("市投资集团专项审计调查发现问题整改情况公示表.et", write_group_audit),
    ("市属国有企业监督问题整改销号验收汇总表（第二批）.xlsx", write_close),
    ("台前县专项巡察反馈问题建账对账销账清单.csv", write_ledger),
    ("陈庄镇落实县委巡察反馈意见整改台账（镇村）.xls", write_town),
    ("县卫生健康委员会经济责任审计整改情况（清丰县、南乐县）.zip", write_health_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Regenerate the aside8 part (kept aside) of the intake corpus (python make_aside8.py, from this folder).

Fifteen returns of the kinds a municipal 督查局 collects from city bureaus, counties, districts, towns,
streets, hospitals, pharmacies and enterprises: 政协提案办理, 民生实事进度, 纪检监察建议整改销账, 治超督查
事项登记, 八项规定精神学习教育查摆问题整改, 万人助万企企业反映问题, 九小场所消防隐患排查, 医保基金稽核,
社会保险基金审计整改, 药品零售企业监督检查, 预算执行审计整改, 巡视整改督查, 省生态环境保护督察交办举报件,
重点项目问题跟踪销号 and 信访事项交办. Each copies the kind of table or document a public source shows
-- its title and preamble lines, header words, status and deadline wording, footer -- and the source
is cited next to each layout (and repeated in expected.json and SOURCES.txt); none of them is used by
another part. The contents (problems, names, dates) are made up.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: five workbooks written with XlsxWriter (one of them inside the zip); one .xls, one .et (an Excel
97 file saved with the WPS suffix) and one .ods, LibreOffice conversions (soffice --headless
--convert-to) of workbooks written here, the .ods rewritten with fixed member times; three .docx written
with python-docx (one inside the zip); one .doc and one .wps, Word documents written here and converted
by LibreOffice to Word 97; one CSV in GBK and one CSV in UTF-8 with a BOM, as systems export them; one
tab-separated UTF-16 text file as Excel saves "Unicode text"; one .zip of a workbook and a Word document
with GBK member names as Windows' built-in zip writes them.
Needs XlsxWriter, python-docx and LibreOffice (soffice).
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
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 16, 0, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: XlsxWriter with the formats the returns use and a fixed created date.
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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.number = add({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})
        self.whole = add({"border": 1, "num_format": "0", "align": "right", "valign": "vcenter"})

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
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            self.put(ws, r1, c1, v, fmt)
        else:
            ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        """One text merged across columns 0..last (a title, a 填报单位 line, a note)."""
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods, .doc and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 15, 20, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 14, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else font, size, bold)


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, True)
    for r, values in enumerate(rows, start=1):
        for c, text in enumerate(values):
            _cell_text(table.cell(r, c), text, size)
    return table


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 16, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


# =============================================================================================
# 1. 政协提案办理情况汇总表, after a provincial 政协's report that all 提案 of its session were answered,
# with the 办理结果 classes A类（已解决或采纳的）/ B类（计划解决或准备采纳的）/ C类（留作参考的）:
# http://gszx.gov.cn/htm/20169/14_13195.htm
# Title, 填报 line and a line stating once the 办复 deadline for all rows; a two-row header (提案者 split
# into 姓名/界别, 办理情况 split into 办复情况/办理结果类别/委员反馈意见); 主办 and 会办 units in short or
# former names; a 合计 row, the class note and the signature.
MOTION_ROWS = [
    [
        "第0012号",
        "关于加快城区公办幼儿园建设缓解入园难的提案",
        "王晓梅",
        "教育界",
        "市教育局",
        "市财政局、市自然资源和规划局",
        "已办复",
        "A",
        "满意",
        "",
    ],
    [
        "第0027号",
        "关于推进城市社区嵌入式养老服务的提案",
        "刘建国",
        "社会福利和社会保障界",
        "市民政局",
        "市卫健委",
        "已办复",
        "A",
        "满意",
        "",
    ],
    [
        "第0035号",
        "关于优化中心城区公交线网布局的提案",
        "张立新",
        "九三学社",
        "市公交公司",
        "市交通运输局",
        "正在办理",
        "",
        "",
        "经提案委同意延期至2024年9月30日办复",
    ],
    [
        "第0041号",
        "关于加强城市内涝综合治理的提案",
        "赵海涛",
        "中国民主建国会",
        "市城管局",
        "市水利局、市住建局",
        "已办复",
        "A",
        "基本满意",
        "",
    ],
    [
        "第0056号",
        "关于加大高校毕业生留濮就业创业扶持力度的提案",
        "陈静",
        "共青团和青联界",
        "市人社局",
        "市教育局、市财政局",
        "未办复",
        "",
        "",
        "7月15日已电话催办",
    ],
    [
        "第0063号",
        "关于加强戚城遗址等文物资源保护利用的提案",
        "孙丽华",
        "文化艺术界",
        "市文广旅局",
        "市自然资源和规划局",
        "",
        "",
        "",
        "",
    ],
    [
        "第0078号",
        "关于规范农村宅基地审批管理的提案",
        "李卫东",
        "农业和农村界",
        "市自然资源局",
        "市农业农村局",
        "已办复",
        "A",
        "满意",
        "",
    ],
    [
        "第0084号",
        "关于提升基层医疗卫生机构服务能力的提案",
        "周敏",
        "医药卫生界",
        "市卫计委",
        "市医保局",
        "正在办理",
        "",
        "",
        "",
    ],
]


def write_motions(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("提案办理情况")
    b.widths(ws, [5, 10, 36, 9, 14, 13, 22, 10, 10, 11, 26])
    last = 10
    b.line(ws, 0, "市政协九届三次会议提案办理情况汇总表", last, b.title)
    b.line(ws, 1, "填报单位：市政府督查局　　　　　　　　　　　　　　　　　　　　　　截至2024年7月31日", last)
    b.line(
        ws,
        2,
        "按照市政府提案办理工作要求，本次会议交市政府系统办理的提案，各主办单位须于2024年6月30日前办复；"
        "经市政协提案委员会同意延期的，按延期时限办复。",
        last,
    )
    for c, word in [(0, "序号"), (1, "提案号"), (2, "案由"), (5, "主办单位"), (6, "会办单位"), (10, "备注")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 4, "提案者", b.head)
    b.merge(ws, 3, 7, 3, 9, "办理情况", b.head)
    b.header(ws, 4, ["姓名", "界别"], first=3)
    b.header(ws, 4, ["办复情况", "办理结果类别", "委员反馈意见"], first=7)
    r = 5
    for n, values in enumerate(MOTION_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 4, 7, 8, 9) else b.cell)
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 6, "共8件", b.center)
    b.merge(ws, r, 7, r, 10, "已办复4件，正在办理2件，未办复1件", b.cell)
    b.line(
        ws,
        r + 1,
        "说明：办理结果类别A类为所提问题已经解决或采纳，B类为所提问题正在解决或列入计划拟解决，"
        "C类为因条件限制留作参考。",
        last,
    )
    b.line(ws, r + 3, "填表人：马晓丽　　　审核人：段振华　　　联系电话：0393-8899216", last)
    return b.close()


# =============================================================================================
# 2. 民生实事项目进度完成情况表 (as .xls), after a provincial statistics office's analysis of a city's
# 为民办实事 progress 截止7月底 (提前完成任务指标; 超时间进度 = 完成进度在80%到100%之间; 与时间进度同步 =
# 60%到80%; 滞后): http://tjj.hunan.gov.cn/tjfx/sxfx/zss_3489/201507/t20150717_3802012.html
# Title and 填报 line; a three-row header (年度计划 over 目标任务{目标值, 计量单位} and 完成时限; 截止7月底
# 完成情况 over 完成量{完成值, 完成进度} and 进度类别); section rows 一、二、三; the 进度类别 words of the
# source; deadlines 8月底前 / 年底前 / 6—9月 / 第三季度 / 年内; a note and the contact line.
LIVELIHOOD_SECTIONS = [
    (
        "一、教育卫生（3项）",
        [
            ["新建改扩建城区公办幼儿园", "市教育局", 6, "所", "2024年8月底前", 4, 66.7, "与时间进度同步", ""],
            [
                "为城乡适龄妇女免费开展“两癌”筛查",
                "市卫健委",
                30000,
                "人",
                "年底前",
                32150,
                107.2,
                "提前完成",
                "",
            ],
            ["实施中小学校教室照明改造", "市教育局", 1200, "间", "2024年6—9月", "", "", "", ""],
        ],
    ),
    (
        "二、城乡建设（3项）",
        [
            ["改造城镇老旧小区", "市住建局", 42, "个", "2024年10月底", 35, 83.3, "超时间进度", ""],
            ["新建改建农村公路", "市交通局", 100, "公里", "第四季度", 62, 62.0, "与时间进度同步", ""],
            ["新建城市口袋公园", "市城管局", 10, "个", "2024年9月30日", 0, 0.0, "尚未开工", "选址未确定"],
        ],
    ),
    (
        "三、社会保障（2项）",
        [
            ["新建社区养老服务综合体", "市民政局", 8, "个", "第三季度", 8, 100.0, "提前完成", ""],
            ["开展补贴性职业技能培训", "市人社局", 20000, "人次", "年内", 16800, 84.0, "超时间进度", ""],
        ],
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("进度完成情况")
    b.widths(ws, [5, 32, 12, 9, 8, 15, 9, 11, 15, 14])
    last = 9
    b.line(ws, 0, "2024年市政府十件民生实事项目进度完成情况表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：市民生实事工作领导小组办公室（市发展改革委代章）　　　　　　　　截止2024年7月底",
        last,
    )
    for c, word in [(0, "序号"), (1, "项目名称"), (2, "牵头单位"), (9, "备注")]:
        b.merge(ws, 2, c, 4, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "年度计划", b.head)
    b.merge(ws, 3, 3, 3, 4, "目标任务", b.head)
    b.merge(ws, 3, 5, 4, 5, "完成时限", b.head)
    b.header(ws, 4, ["目标值", "计量单位"], first=3)
    b.merge(ws, 2, 6, 2, 8, "截止7月底完成情况", b.head)
    b.merge(ws, 3, 6, 3, 7, "完成量", b.head)
    b.merge(ws, 3, 8, 4, 8, "进度类别", b.head)
    b.header(ws, 4, ["完成值", "完成进度（%）"], first=6)
    r = 5
    n = 0
    for section, rows in LIVELIHOOD_SECTIONS:
        b.line(ws, r, section, last, b.section)
        r += 1
        for name, unit, goal, measure, limit, done, share, kind, note in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, name)
            b.put(ws, r, 2, unit, b.center)
            b.put(ws, r, 3, goal, b.whole)
            b.put(ws, r, 4, measure, b.center)
            b.put(ws, r, 5, limit, b.center)
            b.put(ws, r, 6, done, b.whole)
            b.put(ws, r, 7, share, b.number if share != "" else b.cell)
            b.put(ws, r, 8, kind, b.center)
            b.put(ws, r, 9, note)
            r += 1
    b.line(
        ws,
        r,
        "注：进度类别按完成进度划分：提前完成（100%及以上）、超时间进度（80%—100%）、与时间进度同步"
        "（60%—80%）、滞后时间进度（60%以下），尚未开工的单独注明。",
        last,
    )
    b.line(ws, r + 2, "联系人：郭晓燕　　　联系电话：0393-8996152　　　报送日期：2024年7月31日", last)
    return b.close()


def write_livelihood(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_livelihood_book(Path(tmp) / "livelihood.xlsx")
        soffice(book, "xls", path)
    return path


# =============================================================================================
# 3. 纪检监察建议书整改落实销账台账 (as .ods), after a district 纪委监委 that keeps a 专门台账 of its
# 纪检监察建议书 listing 整改要求、具体责任人及整改时限 and 实行销账管理 (定期回访、限期回复、现场督办、
# 回头看): http://jc-fzw.org.cn/show-48809.html
# Title and 填报 line; one header row; 被建议单位 in short, former or full town names; 送达日期 as the
# base of 30日内 / 2个月内; 书面回复情况 and 回访督办情况 sentences; 销账情况 已销账/未销账 or blank;
# a note and the signature.
ADVICE_ROWS = [
    [
        "濮纪建〔2024〕3号",
        "市住建局",
        "在建工程项目农民工工资专用账户制度落实不到位，部分项目未按月足额拨付人工费用",
        "对全市在建项目工资专户开设和拨付情况全面排查，健全日常监管机制",
        "分管副局长 王建军",
        date(2024, 3, 12),
        "2024年5月31日前",
        "4月28日书面回复，已完成排查并建立监管台账",
        "6月5日回访，整改到位",
        "已销账",
    ],
    [
        "濮纪建〔2024〕5号",
        "市水务局",
        "小型水库除险加固项目资金使用监管不严，存在提前支付工程款问题",
        "开展项目资金专项清理，规范工程款支付审批程序",
        "分管副局长 李红旗",
        date(2024, 4, 8),
        "收到建议书之日起2个月内",
        "已书面回复整改方案",
        "7月12日回访，项目资金专项清理正在进行",
        "未销账",
    ],
    [
        "濮纪建〔2024〕7号",
        "市农业局",
        "高标准农田建设项目竣工验收把关不严，个别项目建设内容与设计不符即通过验收",
        "对2022年以来竣工项目逐个复核，修订验收管理办法",
        "副局长 赵志刚",
        date(2024, 4, 22),
        "2024年9月底前",
        "5月20日回复，已制定整改方案，正在对2022年以来竣工项目逐个复核",
        "",
        "未销账",
    ],
    [
        "濮纪建〔2024〕9号",
        "市公共资源交易中心",
        "评标专家抽取和管理不规范，存在同一专家多次参与同一招标人项目评审",
        "清理评标专家库，完善专家回避和轮换机制",
        "主任 孙晓东",
        date(2024, 5, 15),
        "30日内",
        "逾期未回复",
        "7月10日电话督办，仍未回复",
        "未销账",
    ],
    [
        "濮纪建〔2024〕11号",
        "清丰县城关镇人民政府",
        "村级财务公开不及时，部分村账务不透明，群众反映强烈",
        "督促各村按月公开财务收支，建立镇级抽查机制",
        "镇长 刘海波",
        date(2024, 5, 28),
        "2024年7月31日前",
        "7月25日书面回复，已完成整改",
        "7月30日回访核实",
        "已销账",
    ],
    [
        "濮纪建〔2024〕12号",
        "市交通局",
        "农村公路建设质量监管存在漏洞，个别路段路面厚度不达标",
        "全面排查2023年以来建成通车的农村公路，落实质量终身责任",
        "分管副局长 陈卫国",
        date(2024, 6, 18),
        "2024年8月20日前",
        "",
        "",
        "",
    ],
    [
        "濮纪建〔2024〕14号",
        "市医保局",
        "定点医药机构协议管理不严，对违规使用医保基金行为处理偏软",
        "修订定点医药机构协议管理细则，开展违规行为专项检查",
        "副局长 周新华",
        date(2024, 7, 9),
        "2024年10月31日前",
        "7月23日回复，正在开展专项检查",
        "",
        "未销账",
    ],
]


def write_advice_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("销账台账")
    b.widths(ws, [5, 17, 16, 38, 32, 16, 12, 16, 26, 24, 9])
    last = 10
    b.line(ws, 0, "纪检监察建议书整改落实销账台账（2024年）", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：市纪委监委第三纪检监察室　　　　　　　　　　　　　　　　统计截至：2024年7月31日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "建议书编号",
            "被建议单位",
            "指出的主要问题",
            "整改要求",
            "具体责任人",
            "送达日期",
            "整改时限",
            "书面回复情况",
            "回访督办情况",
            "销账情况",
        ],
    )
    r = 3
    for n, values in enumerate(ADVICE_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(
                ws,
                r,
                c,
                v,
                b.cn_day if isinstance(v, date) else (b.center if c in (1, 2, 5, 7, 10) else b.cell),
            )
        r += 1
    b.line(ws, r, "说明：销账情况由承办室根据回访核实结果填写；整改时限以天数计的，自送达之日起计算。", last)
    b.line(ws, r + 2, "填表：韩雪　　　审核：冯立新　　　2024年7月31日", last)
    return b.close()


def write_advice(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_advice_book(Path(tmp) / "advice.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# =============================================================================================
# 4. 督查事项登记簿 of a 治超办 (as .et), after a town's 治超 督查工作制度 (立项的督查内容统一编号登记在督查
# 事项登记簿上: 督查内容、任务来源、收文时间、承办单位、办复要求; 督查通知; 督查催办通知; 报告办理结果):
# http://www.qdx.gov.cn/xxgk/xxgkml/xzxxgkml/bdsz/fgwj/20200216/i1362254.html
# Title and a 登记 line; one header row; 收文时间 and 交办时间 as dates (events); 办复要求 as N个工作日内
# (from 交办时间), a date, 6月底前 or 立行立改; 催办情况; 办理结果 sentences; 办结时间 (an event, filled
# once with nothing in 办理结果).
OVERLOAD_ROWS = [
    [
        "ZC-2024-021",
        "G106国道范县段货车超限超载反弹，夜间超限车辆通行较多",
        "市治超领导小组会议议定事项",
        date(2024, 6, 3),
        date(2024, 6, 4),
        "范县人民政府",
        "市交通运输局",
        "10个工作日内办复",
        "",
        "已办结：已在段内设置临时检测点，开展夜间联合执法6次，查处超限车辆23台",
        date(2024, 6, 17),
    ],
    [
        "ZC-2024-023",
        "濮阳县部分货运源头企业装载不登记、出场不检测",
        "市领导批示",
        date(2024, 6, 11),
        date(2024, 6, 12),
        "市交通局",
        "濮阳县人民政府",
        "2024年6月底前办结",
        "",
        "",
        date(2024, 6, 27),
    ],
    [
        "ZC-2024-025",
        "非法改装货车生产销售窝点查处不力",
        "省治超办交办",
        date(2024, 6, 17),
        date(2024, 6, 18),
        "市质监局",
        "市公安局交通管理支队",
        "7月15日前报送查处结果",
        "7月16日下发督查催办通知",
        "逾期未办复",
        "",
    ],
    [
        "ZC-2024-027",
        "国道342线台前段科技治超检测点设备故障未及时修复",
        "群众举报",
        date(2024, 7, 1),
        date(2024, 7, 2),
        "台前县人民政府",
        "市交通运输局",
        "立行立改",
        "",
        "已修复，7月3日恢复运行",
        date(2024, 7, 3),
    ],
    [
        "ZC-2024-029",
        "城区渣土运输车辆超载及抛洒滴漏问题突出",
        "市领导批示",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "市交警支队",
        "市城管局",
        "15个工作日内办复",
        "",
        "正在办理，已开展夜查行动3次",
        "",
    ],
    [
        "ZC-2024-031",
        "清丰县境内农村道路限高限宽设施损毁严重",
        "治超办暗访发现",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "清丰县人民政府",
        "市公路事业发展中心",
        "2024年8月10日前",
        "",
        "",
        "",
    ],
    [
        "ZC-2024-033",
        "“百吨王”货运车辆绕行县乡道路逃避检测",
        "省治超办通报",
        date(2024, 7, 22),
        date(2024, 7, 23),
        "南乐县人民政府",
        "市交通运输局",
        "5个工作日内反馈整改情况",
        "",
        "正在开展县乡道路专项整治",
        "",
    ],
]


def write_overload_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("登记簿")
    b.widths(ws, [13, 38, 18, 12, 12, 16, 18, 18, 20, 36, 12])
    last = 10
    b.line(ws, 0, "濮阳市治超办督查事项登记簿", last, b.title)
    b.line(ws, 1, "（2024年6—7月）　　　　　　　　　　　　　　　　　　　　　　　　　　登记人：范志强", last)
    b.header(
        ws,
        2,
        [
            "编号",
            "督查内容",
            "任务来源",
            "收文时间",
            "交办时间",
            "承办单位",
            "协办单位",
            "办复要求",
            "催办情况",
            "办理结果",
            "办结时间",
        ],
    )
    for r, values in enumerate(OVERLOAD_ROWS, start=3):
        for c, v in enumerate(values):
            b.put(ws, r, c, v, b.day if isinstance(v, date) else (b.center if c in (0, 5, 7) else b.cell))
    r = 3 + len(OVERLOAD_ROWS)
    b.line(ws, r, "备注：办复要求以工作日计的，自交办之日起计算；逾期未办复的，下发督查催办通知。", last)
    return b.close()


def write_overload(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_overload_book(Path(tmp) / "overload.xlsx")
        soffice(book, "xls", Path(tmp) / "overload.xls")
        shutil.copyfile(Path(tmp) / "overload.xls", path)
    return path


# =============================================================================================
# 5. 八项规定精神学习教育查摆问题整改落实情况的报告 (.docx, items as paragraphs), after a published 查摆
# 问题清单及整改措施 (一、文风会风不实不正、搞文山会海 (一)存在问题 1.文件材料存在冗余化倾向 …
# 2.会议管理缺乏科学性 …): http://m.cinyz.com/index/article/detail/detail_id/230861.html
# A 局党组 report: four 一、 headings, under each numbered problems with 存在问题 / 整改措施 (the deadline
# inside the sentence, the 责任科室 of the sending unit) / 整改情况 paragraphs; one problem without a
# 整改情况 paragraph; the 落款 of the 党组.
CONDUCT_SECTIONS = [
    (
        "一、文风会风不实不正方面",
        [
            (
                "文件材料存在冗余化倾向，部分业务部署文件背景阐述过多，具体任务、实施步骤和责任分工表述不清。",
                "制定机关公文精简规范，压减发文数量和篇幅，2024年8月底前印发执行。责任科室：办公室。",
                "规范初稿已起草，正在征求各科室意见。",
            ),
            (
                "会议安排缺乏统筹，部分业务会议议题分散、时间冗长，以会议落实会议。",
                "严格执行会议计划报批制度，能合并的合并召开，能套开的套开，此项长期坚持。责任科室：办公室。",
                "常态化推进。",
            ),
        ],
    ),
    (
        "二、调查研究不深不实方面",
        [
            (
                "调研走马观花，到外贸企业蹲点调研少，对企业订单下滑、用工紧张等问题掌握不及时。",
                "班子成员每人联系2家重点外贸企业，每季度至少开展1次蹲点调研，2024年9月30日前形成专题调研报告。"
                "责任科室：对外贸易科。",
                "班子成员已完成首轮走访，专题调研报告正在撰写。",
            ),
            (
                "调研成果转化不够，2023年形成的3篇调研报告所提建议未跟踪落实。",
                "建立调研成果转化台账，逐条明确落实科室和时限，7月底前完成。责任科室：综合科。",
                "已建立调研成果转化台账，3篇报告所提建议均已明确落实科室，已整改到位。",
            ),
        ],
    ),
    (
        "三、服务企业担当不够方面",
        [
            (
                "外资企业反映的用地、用工诉求办理不及时，个别诉求超期未办结。",
                "对2023年以来外资企业诉求逐件清理，年底前全部办结。责任科室：外商投资管理科。",
                "尚未启动。",
            ),
            (
                "电子商务进农村综合示范项目资金拨付审核不严，个别村级服务站点未运营仍获得补助。",
                "开展项目专项核查，对违规获得的补助资金予以追缴，第三季度完成。责任科室：电子商务科、财务科。",
                None,
            ),
        ],
    ),
    (
        "四、廉洁自律方面",
        [
            (
                "公务用车管理不规范，存在节假日公车未按规定封存问题。",
                "完善公务用车使用登记和定位监控，6月底前完成。责任科室：办公室。",
                "已完成公务用车定位监控安装，用车登记制度已修订印发，已整改到位。",
            ),
        ],
    ),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_conduct(path: Path) -> Path:
    doc = _new_document("市商务局办公室")
    _paragraph(
        doc,
        "中共濮阳市商务局党组关于深入贯彻中央八项规定精神学习教育查摆问题整改落实情况的报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市委督查局：")
    _paragraph(
        doc,
        "按照市委关于深入贯彻中央八项规定精神学习教育的部署，局党组对照学习教育要求，深入查摆出4个方面7个"
        "问题，逐项制定整改措施，明确责任科室和完成时限。现将整改落实情况报告如下：",
    )
    for heading, problems in CONDUCT_SECTIONS:
        _paragraph(doc, heading, 14, "黑体")
        for k, (problem, measure, progress) in enumerate(problems):
            _paragraph(doc, f"（{CN_NUMBERS[k]}）存在问题：{problem}")
            _paragraph(doc, f"整改措施：{measure}")
            if progress:
                _paragraph(doc, f"整改情况：{progress}")
    _paragraph(doc, "下一步，局党组将对未完成整改的事项实行月调度，确保按期整改到位。")
    _paragraph(doc, "中共濮阳市商务局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 6. 企业反映问题交办台账 as a 万人助万企 platform exports it (tab-separated UTF-16, Excel's "Unicode
# text"), after a city's 企业反映问题办理 rules (收集问题、建立台账; 3个工作日内提出分解落实意见, 明确承办
# 单位、办理时限, 下发交办通知书; 承办单位一般应在收到交办通知书之日起15个工作日内办结, 情况复杂的原则上
# 30个工作日内): http://fsou.com/html/text/lar/173585/17358505.html
# A title line and an 导出时间 line above the header; 收集日期 and 交办日期 as text; 办理时限 in working
# days (from the 交办日期) or a date; 企业 and 协办单位 beside the 承办单位; a record count line.
ENTERPRISE_HEADER = [
    "序号",
    "问题编号",
    "企业名称",
    "所属县区",
    "问题类别",
    "问题描述",
    "收集日期",
    "交办日期",
    "承办单位",
    "协办单位",
    "办理时限",
    "办理状态",
    "办理结果",
    "企业评价",
]
ENTERPRISE_ROWS = [
    [
        "WR2024-0612",
        "濮阳市中原绿能新材料有限公司",
        "濮阳经济技术开发区",
        "要素保障",
        "二期扩建项目用地规划条件调整审批进度慢",
        "2024-05-30",
        "2024-06-03",
        "市资规局",
        "开发区管委会",
        "15个工作日",
        "已办结",
        "已完成规划条件调整审批",
        "满意",
    ],
    [
        "WR2024-0625",
        "清丰县瑞丰纸业有限公司",
        "清丰县",
        "用电",
        "新增变压器增容报装接电时间长",
        "2024-06-05",
        "2024-06-07",
        "供电公司",
        "",
        "15个工作日",
        "办理中",
        "已完成现场勘查，增容工程正在施工",
        "",
    ],
    [
        "WR2024-0633",
        "濮阳县恒润精细化工有限公司",
        "濮阳县",
        "用工",
        "技能型员工招聘难，急需焊工、电工等技术工人",
        "2024-06-12",
        "2024-06-14",
        "市人社局",
        "濮阳县人社局",
        "15个工作日",
        "已办结",
        "组织专场招聘会，企业招聘技术工人32名",
        "满意",
    ],
    [
        "WR2024-0641",
        "南乐县宏业生物制品有限公司",
        "南乐县",
        "税费",
        "出口退税办理周期长，影响企业资金周转",
        "2024-06-18",
        "2024-06-20",
        "市税务局",
        "",
        "15个工作日",
        "逾期未办结",
        "",
        "",
    ],
    [
        "WR2024-0656",
        "濮阳市华瑞新材料有限公司",
        "华龙区",
        "基础设施",
        "厂区周边未铺设天然气管网，生产用气依靠液化气",
        "2024-06-26",
        "2024-06-28",
        "市燃气公司",
        "市住建局",
        "30个工作日",
        "办理中",
        "已完成管网延伸设计",
        "",
    ],
    [
        "WR2024-0668",
        "范县金田食品有限公司",
        "范县",
        "环保",
        "污水处理设施提标改造环评审批事项咨询",
        "2024-07-02",
        "2024-07-04",
        "环保局",
        "",
        "15个工作日",
        "已办结",
        "已组织专家上门指导，环评批复已下达",
        "满意",
    ],
    [
        "WR2024-0679",
        "台前县鑫源机械制造有限公司",
        "台前县",
        "融资",
        "申请阶段性缓缴住房公积金",
        "2024-07-10",
        "2024-07-12",
        "市住房公积金中心",
        "",
        "15个工作日",
        "",
        "",
        "",
    ],
    [
        "WR2024-0690",
        "濮阳市宏达建材科技有限公司",
        "濮阳工业园区",
        "审批",
        "新建厂房竣工联合验收多头跑、时间长",
        "2024-07-15",
        "2024-07-17",
        "市住建局",
        "市行政服务中心",
        "2024-08-30",
        "办理中",
        "已组织联合验收，消防验收问题正在整改",
        "",
    ],
]


def write_enterprise(path: Path) -> Path:
    lines = [
        "“万人助万企”活动企业反映问题交办办理台账",
        "导出时间：2024-07-31 16:20:05\t导出人：市工信局企业服务科",
    ]
    lines.append("\t".join(ENTERPRISE_HEADER))
    for n, values in enumerate(ENTERPRISE_ROWS, start=1):
        lines.append("\t".join([str(n), *values]))
    lines.append(f"共{len(ENTERPRISE_ROWS)}条记录")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# =============================================================================================
# 7. “九小场所”消防安全大排查整治台账 as a street's system exports it (CSV, GBK), after a 社区's 九小场所
# 消防安全大排查 (电器线路老化、占用堵塞疏散通道和安全出口、燃具与管道的连接软管长度超过两米、消防栓过期;
# 能当场整改的当场整改, 不能当场整改的下发《责令限期改正通知书》限期整改):
# http://m.sihu326.com/yaoduqu/2573840.html
# A title line and an 导出 line above the header; 检查日期 as text; 整改期限 as 当场整改, a date, 3日内 or
# 10日内 (from the 检查日期); the 场所 is the party to rectify; 检查人员 the inspectors; 整改情况 words;
# a 合计 line.
FIRE_HEADER = [
    "序号",
    "检查日期",
    "所属社区",
    "场所名称",
    "场所类别",
    "负责人",
    "存在隐患",
    "处理方式",
    "整改期限",
    "整改情况",
    "复查日期",
    "检查人员",
]
FIRE_ROWS = [
    [
        "2024-07-02",
        "建设社区",
        "老胡家羊肉汤馆",
        "小餐饮场所",
        "胡德顺",
        "燃气灶具与管道的连接软管长度超过2米",
        "当场整改",
        "当场整改",
        "已当场整改",
        "",
        "王磊、张敏",
    ],
    [
        "2024-07-02",
        "建设社区",
        "顺心旅馆",
        "小旅馆",
        "李桂兰",
        "疏散通道堆放杂物，安全出口上锁",
        "下发责令限期改正通知书",
        "2024-07-05",
        "已整改",
        "2024-07-06",
        "王磊、张敏",
    ],
    [
        "2024-07-03",
        "胜利社区",
        "乐享网吧",
        "小网吧",
        "赵鹏",
        "灭火器过期未更换",
        "下发责令限期改正通知书",
        "3日内",
        "复查合格",
        "2024-07-08",
        "刘洋、陈晓",
    ],
    [
        "2024-07-05",
        "胜利社区",
        "小太阳幼儿园",
        "小学校或幼儿园",
        "周丽",
        "厨房电器线路老化、私拉乱接",
        "下发责令限期改正通知书",
        "2024-07-20",
        "整改中",
        "",
        "刘洋、陈晓",
    ],
    [
        "2024-07-08",
        "振兴社区",
        "百姓平价超市",
        "小商店",
        "孙建华",
        "室内消火栓箱被货架遮挡，消防栓水带过期",
        "下发责令限期改正通知书",
        "2024-07-15",
        "未整改",
        "2024-07-16",
        "马超、高静",
    ],
    [
        "2024-07-10",
        "振兴社区",
        "丽人美容美发店",
        "小美容洗浴场所",
        "郑美玲",
        "电热水器电源线路老化破损",
        "下发责令限期改正通知书",
        "10日内",
        "",
        "",
        "马超、高静",
    ],
    [
        "2024-07-12",
        "建设社区",
        "鑫盛五金加工厂",
        "小生产加工企业",
        "吴国强",
        "生产区与住宿区未分隔，存在“三合一”现象",
        "下发责令限期改正通知书",
        "2024-08-12",
        "正在整改",
        "",
        "王磊、张敏",
    ],
    [
        "2024-07-15",
        "胜利社区",
        "仁和诊所",
        "小医院",
        "冯仁和",
        "未设置应急照明和疏散指示标志",
        "下发责令限期改正通知书",
        "2024-07-25",
        "已整改",
        "2024-07-26",
        "刘洋、陈晓",
    ],
]


def write_fire(path: Path) -> Path:
    text = io.StringIO(newline="")
    out = csv.writer(text, lineterminator="\r\n")
    out.writerow(["胜利路街道“九小场所”消防安全大排查整治台账"])
    out.writerow(["导出时间：2024-07-31 09:40", "", "导出人：街道应急管理办公室"])
    out.writerow(FIRE_HEADER)
    for n, values in enumerate(FIRE_ROWS, start=1):
        out.writerow([n, *values])
    out.writerow(["合计", "", "", f"检查场所{len(FIRE_ROWS)}处", "", "", f"发现隐患{len(FIRE_ROWS)}条"])
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 8. 定点医药机构稽核问题整改跟踪表 as a 医保基金监管 system exports it (CSV, UTF-8 with BOM), after a
# county 医保局's report of its 日常稽核“查”、病历随机“查”、智能审核“查” (退回违规使用的医保基金, 处违约金,
# 智能审核扣款): https://www.cngy.gov.cn/gongkai/show/20210929095802-35130-00-000.html
# A title and a 统计区间 line above the header; 稽核日期 (an event); the 定点医药机构 rectifies; 稽核人员
# the inspectors; 整改状态 words or blank with a 整改完成日期; a 合计 line with the sums.
INSURANCE_HEADER = [
    "序号",
    "稽核日期",
    "稽核方式",
    "定点医药机构",
    "机构类别",
    "违规问题",
    "涉及金额（元）",
    "处理意见",
    "整改期限",
    "追回金额（元）",
    "违约金（元）",
    "整改状态",
    "整改完成日期",
    "稽核人员",
]
INSURANCE_ROWS = [
    [
        "2024-03-12",
        "日常稽核",
        "濮阳县人民医院",
        "二级医疗机构",
        "超标准收取护理费、重复收取床位费",
        "28640.50",
        "退回违规费用并处违约金",
        "2024-04-30",
        "28640.50",
        "14320.25",
        "已整改",
        "2024-04-22",
        "李娜、王强",
    ],
    [
        "2024-04-08",
        "病历抽查",
        "清丰县中医院",
        "二级医疗机构",
        "住院病历中部分检查项目无医嘱记录",
        "12200.00",
        "约谈并限期整改",
        "2024-06-30",
        "0.00",
        "0.00",
        "整改中",
        "",
        "李娜、王强",
    ],
    [
        "2024-04-25",
        "智能审核",
        "华龙区济民大药房",
        "定点零售药店",
        "串换药品，将非医保目录药品串换为目录内药品结算",
        "5380.00",
        "退回基金并暂停医保结算1个月",
        "2024-05-31",
        "5380.00",
        "2690.00",
        "",
        "2024-05-28",
        "智能审核系统",
    ],
    [
        "2024-05-16",
        "日常稽核",
        "南乐县城关镇卫生院",
        "一级医疗机构",
        "分解住院、挂床住院",
        "9600.00",
        "约谈并限期整改",
        "2024-07-15",
        "0.00",
        "0.00",
        "未整改",
        "",
        "张华、刘敏",
    ],
    [
        "2024-06-03",
        "病历抽查",
        "范县人民医院",
        "二级医疗机构",
        "超医保限定支付范围使用药品",
        "16850.00",
        "退回违规费用",
        "2024-08-31",
        "8000.00",
        "0.00",
        "整改中",
        "",
        "张华、刘敏",
    ],
    [
        "2024-06-20",
        "智能审核",
        "台前县康泰大药房",
        "定点零售药店",
        "门诊统筹处方超量开药",
        "2150.00",
        "退回基金",
        "2024-07-31",
        "",
        "",
        "",
        "",
        "智能审核系统",
    ],
    [
        "2024-07-09",
        "日常稽核",
        "濮阳市安康医院",
        "二级医疗机构",
        "低标准入院、过度检查",
        "31200.00",
        "退回违规费用并处违约金",
        "2024-09-30",
        "",
        "",
        "整改中",
        "",
        "李娜、王强",
    ],
]


def write_insurance(path: Path) -> Path:
    text = io.StringIO(newline="")
    out = csv.writer(text, lineterminator="\r\n")
    out.writerow(["定点医药机构稽核问题整改跟踪表"])
    out.writerow(["统计区间：2024-01-01至2024-07-31", "", "", "导出单位：市医疗保障局基金监管科"])
    out.writerow(INSURANCE_HEADER)
    for n, values in enumerate(INSURANCE_ROWS, start=1):
        out.writerow([n, *values])
    total = sum(float(v[5]) for v in INSURANCE_ROWS)
    back = sum(float(v[8] or 0) for v in INSURANCE_ROWS)
    fine = sum(float(v[9] or 0) for v in INSURANCE_ROWS)
    out.writerow(
        ["合计", "", "", "", "", "", f"{total:.2f}", "", "", f"{back:.2f}", f"{fine:.2f}", "", "", ""]
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    return path


# =============================================================================================
# 9. 社会保险基金专项审计发现问题整改台账, one sheet per unit, the unit only in the sheet name, after a
# city 审计局's 社会保险基金专项审计 (特殊群体未参保的疑点数据; 重复领取养老保险待遇; 已死亡人员或正在服刑
# 人员违规享受养老或医疗保障待遇; 违规办理提前退休):
# http://lyjwwood.com/news/lhsz/2021/03/46149539420210310956.html
# Each sheet: title, a 填报单位 line left blank, a two-row header (涉及 split into 人数/金额); rows name
# the 科室 of the sheet's unit; 是否完成整改 是/否 or blank; 长期坚持; the signature.
PENSION_HEADER_TOP = ["序号", "问题类别", "审计发现问题"]
PENSION_SHEETS = [
    (
        "市人社局",
        [
            [
                "待遇支付",
                "已死亡人员仍领取基本养老保险待遇",
                37,
                46.52,
                "与公安、民政死亡数据比对，停发待遇并追回多发资金",
                "养老保险科",
                "2024年6月30日",
                "已停发37人待遇，追回多发资金46.52万元",
                "是",
            ],
            [
                "待遇支付",
                "同时领取职工养老保险和城乡居民养老保险待遇",
                15,
                12.30,
                "清理重复领取人员，终止城乡居民养老保险待遇并追回重复领取资金",
                "城乡居民养老保险科",
                "2024年9月底前",
                "已终止11人居民养老保险待遇，追回8.6万元，其余4人正在追缴",
                "否",
            ],
            [
                "退休审批",
                "违规办理特殊工种提前退休",
                6,
                31.80,
                "复核特殊工种认定材料，对不符合条件的予以纠正",
                "退休审批科",
                "2024年8月31日",
                "",
                "否",
            ],
            [
                "制度建设",
                "跨部门数据共享机制不健全，疑点数据比对不及时",
                "",
                "",
                "建立与公安、民政、卫健等部门数据定期比对机制",
                "信息中心",
                "长期坚持",
                "每月开展一次数据比对，常态化推进",
                "",
            ],
        ],
    ),
    (
        "市医保局",
        [
            [
                "参保缴费",
                "特困人员、低保对象等困难群体未参加城乡居民基本医疗保险",
                214,
                "",
                "逐人核实未参保原因，落实资助参保政策",
                "待遇保障科",
                "2024年7月31日",
                "已完成214人核查，已资助参保198人，16人因外出务工正在联系",
                "否",
            ],
            [
                "待遇支付",
                "在押服刑人员违规享受医疗保障待遇",
                9,
                3.26,
                "追回违规支付费用，建立与司法部门信息比对机制",
                "基金监管科",
                "2024年6月底前",
                "已追回全部违规支付费用3.26万元",
                "是",
            ],
            [
                "基金管理",
                "医保基金财政专户利息收入未及时入账",
                "",
                18.70,
                "督促开户银行结算利息并及时入账",
                "财务科",
                "2024年5月31日",
                "",
                "",
            ],
        ],
    ),
]


def write_pension(path: Path) -> Path:
    b = Book(path)
    for name, rows in PENSION_SHEETS:
        ws = b.sheet(name)
        b.widths(ws, [5, 10, 40, 8, 11, 36, 16, 15, 36, 10])
        last = 9
        b.line(ws, 0, "2023年度社会保险基金专项审计发现问题整改台账", last, b.title)
        b.line(
            ws, 1, "填报单位（盖章）：　　　　　　　　　　　　　　　　　　　　填报时间：2024年7月30日", last
        )
        for c, word in enumerate(PENSION_HEADER_TOP):
            b.merge(ws, 2, c, 3, c, word, b.head)
        b.merge(ws, 2, 3, 2, 4, "涉及", b.head)
        b.header(ws, 3, ["人数", "金额（万元）"], first=3)
        for c, word in [
            (5, "整改措施"),
            (6, "责任科室"),
            (7, "整改时限"),
            (8, "整改完成情况"),
            (9, "是否完成整改"),
        ]:
            b.merge(ws, 2, c, 3, c, word, b.head)
        r = 4
        for n, (kind, problem, people, amount, measure, office, limit, done, verdict) in enumerate(
            rows, start=1
        ):
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, kind, b.center)
            b.put(ws, r, 2, problem)
            b.put(ws, r, 3, people, b.whole if people != "" else b.cell)
            b.put(ws, r, 4, amount, b.number if amount != "" else b.cell)
            b.put(ws, r, 5, measure)
            b.put(ws, r, 6, office, b.center)
            b.put(ws, r, 7, limit, b.center)
            b.put(ws, r, 8, done)
            b.put(ws, r, 9, verdict, b.center)
            r += 1
        b.line(ws, r + 1, "填表人：　　　　　　　审核人：　　　　　　　联系电话：", last)
    return b.close()


# =============================================================================================
# 10. 药品零售企业监督检查限期整改情况 of two counties in one .zip (a workbook and a Word document, GBK
# member names), after a city 食品药品监管局's 药品经营企业行政检查公告 (对144家药品零售企业进行的行政检查中,
# 4家不合格, 9家限期整改, 合格131家): https://news.sohu.com/20080303/n255490574.shtml
# (a) a county's workbook: title, 填报 line, a summary line with the counts, one header row, 检查结论
# 限期整改/不合格, 整改期限 dates, 复查情况; (b) the other county's Word document: title, summary paragraph,
# a table with 整改要求及期限 sentences (a date inside, or 立即整改 from the 检查日期) and 整改落实情况, the
# 落款. The pharmacies are the parties to rectify.
DRUG_A_ROWS = [
    [
        "南乐县康民大药房",
        "南乐县城关镇人民路36号",
        "限期整改",
        "处方药与非处方药混放，未按规定分类陈列",
        date(2024, 7, 20),
        "7月22日复查，已整改",
    ],
    [
        "南乐县仁济堂药店",
        "南乐县城关镇兴南路118号",
        "限期整改",
        "执业药师不在岗，未挂牌明示",
        date(2024, 7, 25),
        "整改中",
    ],
    [
        "南乐县福寿康药店",
        "南乐县韩张镇商贸街",
        "不合格",
        "从非法渠道购进药品，无法提供购进票据",
        "2024年8月底前完成停业整顿",
        "已立案调查，停业整顿中",
    ],
    [
        "南乐县百信药房",
        "南乐县谷金楼镇谷金楼村",
        "限期整改",
        "冷藏药品未按规定储存，温湿度记录不全",
        date(2024, 7, 19),
        "",
    ],
]
DRUG_B_ROWS = [
    [
        "台前县益康大药房",
        "2024年7月8日",
        "药品购进记录不完整，部分购进票据未存档",
        "完善购进记录，7月18日前完成",
        "已整改到位，7月17日复查合格",
    ],
    ["台前县同心药店", "2024年7月9日", "拆零药品未标明名称、规格、有效期", "立即整改", "未整改"],
    [
        "台前县济世堂大药房",
        "2024年7月11日",
        "营业场所温湿度监测设备故障",
        "2024年7月31日前更换设备",
        "设备已采购，正在安装调试",
    ],
]


def write_drug_a(path: Path) -> Path:
    b = Book(path, author="南乐县市场监督管理局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [5, 20, 24, 10, 40, 14, 22, 10])
    last = 7
    b.line(ws, 0, "南乐县药品零售企业监督检查限期整改情况表", last, b.title)
    b.line(ws, 1, "填报单位：南乐县市场监督管理局（盖章）　　　　　　　检查时间：2024年7月1日—7月12日", last)
    b.line(ws, 2, "本次共检查药品零售企业35家，其中合格31家，限期整改3家，不合格1家。", last)
    b.header(ws, 3, ["序号", "企业名称", "经营地址", "检查结论", "存在问题", "整改期限", "复查情况", "备注"])
    for n, values in enumerate(DRUG_A_ROWS, start=1):
        r = 3 + n
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.center if c == 3 else b.cell))
        b.put(ws, r, 7, "")
    r = 4 + len(DRUG_A_ROWS)
    b.line(ws, r + 1, "填表人：杨帆　　　联系电话：0393-7223150　　　2024年7月26日", last)
    return b.close()


def write_drug_b(path: Path) -> Path:
    doc = _new_document("台前县市场监督管理局")
    _paragraph(doc, "台前县药品零售企业检查发现问题整改情况", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "7月8日至11日，我局对全县药品零售企业开展监督检查，共检查企业24家，其中合格21家，责令限期整改3家。"
        "现将整改情况报告如下：",
    )
    _table(
        doc,
        ["序号", "企业名称", "检查日期", "存在问题", "整改要求及期限", "整改落实情况"],
        [[str(n), *values] for n, values in enumerate(DRUG_B_ROWS, start=1)],
    )
    _paragraph(doc, "台前县市场监督管理局药品股", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_drugs(path: Path) -> Path:
    members = [
        ("南乐县药品零售企业监督检查限期整改情况表（7月）.xlsx", write_drug_a, "a.xlsx"),
        ("台前县药品零售企业检查发现问题整改情况.docx", write_drug_b, "b.docx"),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer, scratch in members:
            member = writer(Path(tmp) / scratch)
            info = _GbkName(name, date_time=(2024, 7, 29, 10, 15, 26))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 11. 预算执行和其他财政收支审计查出问题整改情况的报告 (.docx with two tables), after a city 审计局's report
# to the 人大常委会 on the 整改 of the 审计工作报告 problems (整改工作总体部署和推进情况; 具体实施单位细化
# 整改方案和计划, 明确责任、标准、时限): http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html
# Title, salutation, summary paragraphs, 附表1 (one 责任单位 merged down over its two rows) and 附表2 (with
# an 审计项目 column beside the 责任单位); 整改结果 已整改/部分整改/正在整改/未整改/长期坚持; the 落款.
AUDIT_TABLE_1 = [
    [
        "市财政局",
        "部分项目预算编制不细化，年初代编预算比例偏高",
        "2024年6月底前",
        "已修订预算编制管理办法，2024年代编预算比例下降至8%",
        "已整改",
    ],
    ["市财政局", "部门存量资金未及时收回统筹使用", "2024年5月31日前", "已收回统筹存量资金3260万元", "已整改"],
    [
        "市发改委",
        "以前年度专项资金结转两年以上未使用",
        "2024年9月30日前",
        "已收回1200万元，剩余资金正在清理",
        "部分整改",
    ],
    [
        "市科委",
        "科技计划项目验收滞后，部分项目超期未结题",
        "2024年12月31日前",
        "已完成12个项目验收，尚有7个项目正在验收",
        "部分整改",
    ],
    ["市教育局", "家庭经济困难学生资助资金发放不及时", "2024年7月31日前", "", "未整改"],
]
AUDIT_TABLE_2 = [
    [
        "就业补助资金审计",
        "市人社局",
        "向不符合条件人员发放职业培训补贴",
        "2024年6月30日前",
        "已追回全部违规发放补贴",
        "已整改",
    ],
    [
        "基本公共卫生服务资金审计",
        "市卫生健康委",
        "基层医疗机构家庭医生签约服务费分配不规范",
        "2024年10月底前",
        "正在制定签约服务费分配指导意见",
        "正在整改",
    ],
    [
        "住房公积金管理审计",
        "市公积金中心",
        "部分缴存单位长期欠缴住房公积金未追缴",
        "长期坚持",
        "常态化开展欠缴追缴",
        "长期坚持",
    ],
]


def write_audit(path: Path) -> Path:
    doc = _new_document("市审计局")
    _paragraph(
        doc,
        "关于2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据市人大常委会审议意见和市政府工作要求，市审计局督促各责任单位对2023年度市本级预算执行和其他"
        "财政收支审计工作报告反映的问题进行整改。截至2024年7月31日，审计工作报告反映的8项问题中，已整改3项，"
        "部分整改和正在整改3项，长期坚持1项，未整改1项。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、整改工作总体推进情况", 14, "黑体")
    _paragraph(
        doc,
        "市政府召开审计整改工作专题会议，逐项明确整改责任、标准和时限；各责任单位细化整改方案和计划，"
        "实行整改台账管理、对账销号。",
    )
    _paragraph(doc, "二、具体问题整改情况", 14, "黑体")
    _paragraph(doc, "附表1　市级预算执行审计查出问题整改情况表", 12, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    header = ["序号", "责任单位", "审计查出问题", "整改期限", "整改情况", "整改结果"]
    rows = [[str(n), *values] for n, values in enumerate(AUDIT_TABLE_1, start=1)]
    rows[1][1] = ""
    table = _table(doc, header, rows)
    table.cell(1, 1).merge(table.cell(2, 1))
    _paragraph(doc, "附表2　重点民生资金和项目审计查出问题整改情况表", 12, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc,
        ["序号", "审计项目", "责任单位", "审计查出问题", "整改期限", "整改情况", "整改结果"],
        [[str(n), *values] for n, values in enumerate(AUDIT_TABLE_2, start=6)],
    )
    _paragraph(doc, "三、下一步工作", 14, "黑体")
    _paragraph(doc, "对尚未整改到位的问题，市审计局将持续跟踪督促，适时开展整改“回头看”。")
    _paragraph(doc, "濮阳市审计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 12. 巡视整改督查报告 (a Word 97 document saved as .wps, items as paragraphs), after a district 委's
# 巡视整改专项督查 (督查组分三轮对巡视反馈意见涉及的牵头单位和部分责任单位开展督查; 根据各单位认领问题情况,
# 抽查重点问题、个性问题和点名道姓问题; 是否明确细化措施和时限要求、是否建立相关工作台账; 边督边改):
# https://bbs.mala.cn/thread-15419715-1-1.html
# Numbered findings under （一）… headings naming the checked units (one by a short name, one a district
# by its bare name); each finding with the 要求 (a date, 月底前, 年底前, or 立行立改 with its 现场交办 date)
# and the 目前 sentence, one with none, one 长期坚持.
TOUR_UNITS = [
    (
        "（一）市教育局",
        [
            "1.认领的“校外培训机构隐形变异培训查处不力”问题，整改措施未明确完成时限和责任人。督查组要求8月10日前"
            "细化措施、明确时限。目前已完成措施细化并报市委巡视整改办备案，已整改到位。",
            "2.教育系统基建工程招投标问题整改工作台账未建立，佐证资料不全。督查组要求7月31日前补建台账。"
            "目前台账正在补建。",
        ],
    ),
    (
        "（二）市民政局",
        [
            "3.养老服务补贴“回头看”发现的12名不符合条件人员，已领取的补贴未追回。督查组要求9月底前全部追回。"
            "目前已追回5人补贴，其余正在追缴。",
        ],
    ),
    (
        "（三）市卫健委",
        [
            "4.基层医疗机构药品耗材集中采购执行不到位，部分机构线下采购比例偏高。督查组要求8月底前完成整改。"
            "目前未见整改进展。",
            "5.部分医院大型医疗设备长期闲置。督查组7月24日现场交办，要求立行立改。督查期间已完成设备调配使用，"
            "已整改到位。",
        ],
    ),
    (
        "（四）市城管局",
        ["6.城区违法建设整治不彻底，部分已拆除点位出现反弹。督查组要求年底前完成整治。"],
    ),
    (
        "（五）华龙区",
        [
            "7.老旧小区改造“点名道姓”问题中，3个小区雨污分流改造未完成。督查组要求10月底前完成。"
            "目前已完成1个小区，其余2个正在施工。",
            "8.农村人居环境整治出现反弹，部分村庄生活垃圾清运不及时。该问题为长期坚持事项，常态化推进。",
        ],
    ),
]


def write_tour(path: Path) -> Path:
    doc = _new_document("第三督查组")
    _paragraph(
        doc,
        "市委巡视整改第三督查组关于省委第五巡视组反馈问题整改落实情况的督查报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市委巡视整改工作领导小组办公室：")
    _paragraph(
        doc,
        "7月22日至26日，第三督查组对市教育局、市民政局、市卫健委、市城管局、华龙区等5个单位省委巡视反馈问题"
        "整改落实情况开展第二轮督查。督查组根据各单位认领问题情况，抽查重点问题、个性问题和点名道姓问题，"
        "到实地点位走访调查，采取“边督边改、边改边治”方式推动整改。现将有关情况报告如下：",
    )
    _paragraph(doc, "一、总体情况", 14, "黑体")
    _paragraph(
        doc,
        "被督查单位均成立了巡视整改工作专班，建立了问题、任务、责任清单，整改工作总体有序推进，但仍有部分问题"
        "整改措施不细、进度不快。",
    )
    _paragraph(doc, "二、督查发现的问题及整改要求", 14, "黑体")
    for heading, findings in TOUR_UNITS:
        _paragraph(doc, heading, 14, "楷体_GB2312")
        for finding in findings:
            _paragraph(doc, finding)
    _paragraph(doc, "三、下一步工作建议", 14, "黑体")
    _paragraph(doc, "建议对整改进度滞后的单位进行通报，第三轮督查时对本轮发现问题逐项“回头看”。")
    _paragraph(doc, "市委巡视整改第三督查组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "tour.docx")
        soffice(source, "doc", Path(tmp) / "tour.doc")
        shutil.copyfile(Path(tmp) / "tour.doc", path)
    return path


# =============================================================================================
# 13. 省生态环境保护督察组交办环境问题举报件办理情况汇总表, after a prefecture's 通报 of the 举报件 an
# 环境保护督察组 handed over (交办环境问题举报件14批156件, 涉及8个县(市); 大气污染问题、水污染问题、噪声
# 污染问题、生态破坏问题; 均及时转交相关县(市)办理, 明确办理部门和责任人、明确办理时限):
# https://www.wsnews.com.cn/zhuanti/p/167359.html
# Title, 填报 line, the 10日内 rule once above the table; a two-row header (办理结果 split into 是否属实 /
# 处理和整改情况 / 办结情况); 批次 merged down over its rows; 行政区域 beside the 责任单位; 已办结 /
# 阶段性办结 / 办理中 or blank; a 合计 row.
ECO_BATCHES = [
    (
        "第一批",
        date(2024, 7, 5),
        [
            [
                "SD-D-001",
                "华龙区岳村镇某养殖场粪污直排，周边沟渠发黑发臭",
                "华龙区",
                "水",
                "华龙区人民政府",
                "副区长 李文军",
                "属实",
                "已责令养殖场停止排放，清理沟渠粪污，配套建设粪污收集池",
                "已办结",
            ],
            [
                "SD-D-002",
                "清丰县城区某烧烤店油烟扰民",
                "清丰县",
                "大气",
                "清丰县人民政府",
                "副县长 王振宇",
                "属实",
                "已安装油烟净化设施并通过验收",
                "已办结",
            ],
            [
                "SD-D-003",
                "南乐县产业集聚区某化工企业夜间排放刺激性气味",
                "南乐县",
                "大气",
                "南乐县人民政府",
                "副县长 赵红梅",
                "部分属实",
                "已责令企业整改废气收集系统，提标改造正在实施",
                "阶段性办结",
            ],
        ],
    ),
    (
        "第二批",
        date(2024, 7, 12),
        [
            [
                "SD-D-004",
                "濮阳县某砖厂无环评手续违法生产",
                "濮阳县",
                "大气、生态",
                "濮阳县人民政府",
                "副县长 孙立强",
                "属实",
                "已断电停产，正在拆除生产设备",
                "阶段性办结",
            ],
            [
                "SD-D-005",
                "中心城区某商砼站夜间施工噪声扰民",
                "华龙区",
                "噪声",
                "市城管局",
                "副局长 周建设",
                "属实",
                "已约谈企业负责人，责令夜间禁止作业",
                "已办结",
            ],
            [
                "SD-D-006",
                "范县黄河滩区有人非法采砂",
                "范县",
                "生态",
                "范县人民政府",
                "副县长 郭海",
                "",
                "",
                "",
            ],
        ],
    ),
    (
        "第三批",
        date(2024, 7, 26),
        [
            [
                "SD-D-007",
                "台前县城区污水处理厂出水水质超标",
                "台前县",
                "水",
                "台前县人民政府",
                "副县长 刘德胜",
                "正在核查",
                "已组织现场采样监测，正在调查核实",
                "办理中",
            ],
        ],
    ),
]


def write_eco(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("办理情况")
    b.widths(ws, [8, 5, 11, 11, 36, 9, 9, 15, 15, 10, 34, 11])
    last = 11
    b.line(ws, 0, "省第二生态环境保护督察组交办环境问题举报件办理情况汇总表", last, b.title)
    b.line(
        ws,
        1,
        "（第一批至第三批）　　　　　　　　　　　　　　填报单位：市生态环境保护督察工作领导小组办公室",
        last,
    )
    b.line(
        ws,
        2,
        "按督察组要求，交办件原则上自交办之日起10日内办结并报送办理结果；不能按期办结的，报送阶段性办理情况。",
        last,
    )
    for c, word in enumerate(
        ["批次", "序号", "受理编号", "交办时间", "举报内容", "行政区域", "污染类型", "责任单位", "责任人"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 9, 3, 11, "办理结果", b.head)
    b.header(ws, 4, ["是否属实", "处理和整改情况", "办结情况"], first=9)
    r = 5
    n = 0
    for batch, handed, rows in ECO_BATCHES:
        top = r
        for values in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.put(ws, r, 2, values[0], b.center)
            b.put(ws, r, 3, handed, b.cn_day)
            for c, v in enumerate(values[1:], start=4):
                b.put(ws, r, c, v, b.center if c in (5, 6, 7, 8, 9, 11) else b.cell)
            r += 1
        b.merge(ws, top, 0, r - 1, 0, batch, b.center)
    b.merge(ws, r, 0, r, 3, "合计", b.center)
    b.merge(ws, r, 4, r, 11, "共7件，已办结3件，阶段性办结2件，办理中1件", b.cell)
    b.line(ws, r + 2, "填表人：蒋晓峰　　　联系电话：0393-4418230　　　2024年7月30日", last)
    return b.close()


# =============================================================================================
# 14. 重点项目问题清单跟踪销号表, after a city's “六个一” 项目协调调度 mechanism (一节点一清单: 全面实行清单化
# 管理, 落实问题跟踪销号制; 一星期一调度; 一个月一督查: 每月跟踪议定事项落实情况, 对未按时落实的纳入重点
# 督查内容): http://qz.fjsen.com/2022-05/12/content_31032402.htm
# Sheet 1 (在办): title and 调度 line, a two-row header (责任单位 split into 牵头/配合), 项目业主 beside the
# 牵头 unit, 完成节点 (dates, 月底, 第三季度, a schedule sentence), 本周进展, 销号情况 已销号/未销号 or blank;
# sheet 2 (已销号): a simpler table of problems closed in June and July with their 销号日期.
PROJECT_OPEN = [
    [
        "濮阳东站综合交通枢纽",
        "市城投公司",
        "要素保障",
        "枢纽配套道路建设用地报批未完成",
        "加快用地组卷报批",
        "市资规局",
        "华龙区人民政府",
        "8月15日",
        "已完成组卷，报省自然资源厅审查",
        "未销号",
    ],
    [
        "市第二污水处理厂扩建工程",
        "市城投公司",
        "前期工作",
        "项目环评批复未取得",
        "协调加快环评审批",
        "市生态环境局",
        "",
        "7月底",
        "环评批复已下达",
        "已销号",
    ],
    [
        "濮阳医学高等专科学校新校区",
        "濮阳医学高等专科学校",
        "要素保障",
        "施工临时用电未接入",
        "协调架设临时用电线路",
        "供电公司",
        "濮阳经济技术开发区管委会",
        "8月底前",
        "本周无进展",
        "未销号",
    ],
    [
        "城区集中供热管网改造",
        "濮阳市热力有限公司",
        "政策规划",
        "管网路由与城市道路规划冲突",
        "调整管网路由规划",
        "市住建局",
        "市资规局",
        "第三季度",
        "",
        "",
    ],
    [
        "南乐县生物基材料产业园",
        "南乐县发展投资有限公司",
        "要素保障",
        "园区天然气管道未接通",
        "加快天然气管道铺设",
        "市燃气公司",
        "南乐县人民政府",
        "10月底前完成管道铺设，年底前通气",
        "管道铺设已完成40%",
        "未销号",
    ],
    [
        "范县黄河滩区居民迁建配套学校",
        "范县教育体育局",
        "前期工作",
        "施工许可手续办理滞后",
        "实行容缺受理",
        "市行政服务中心",
        "",
        "7月20日",
        "已核发施工许可证",
        "已销号",
    ],
]
PROJECT_CLOSED = [
    [
        "濮阳工业园区标准化厂房三期",
        "项目周边市政道路积水影响施工",
        "市城管局",
        "6月30日",
        date(2024, 6, 28),
        "已销号",
    ],
    [
        "台前县农光互补光伏电站",
        "升压站接入系统方案批复未取得",
        "国网濮阳供电公司",
        "7月15日",
        date(2024, 7, 12),
        "已销号",
    ],
]


def write_projects(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("问题清单（在办）")
    b.widths(ws, [5, 24, 18, 10, 28, 18, 14, 18, 20, 26, 9])
    last = 10
    b.line(ws, 0, "2024年市重点项目问题清单跟踪销号表", last, b.title)
    b.line(
        ws,
        1,
        "（7月第4周调度）　　　　报送单位：市发展改革委（市重点项目办）　　　　　　2024年7月26日",
        last,
    )
    for c, word in [
        (0, "序号"),
        (1, "项目名称"),
        (2, "项目业主"),
        (3, "问题类型"),
        (4, "存在问题"),
        (5, "协调议定事项"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "责任单位", b.head)
    b.header(ws, 3, ["牵头", "配合"], first=6)
    for c, word in [(8, "完成节点"), (9, "本周进展"), (10, "销号情况")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for n, values in enumerate(PROJECT_OPEN, start=1):
        r = 3 + n
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.center if c in (3, 6, 8, 10) else b.cell)
    r = 4 + len(PROJECT_OPEN)
    b.line(ws, r, "说明：问题解决后由牵头单位提出销号申请，经市重点项目办核实后销号。", last)
    closed = b.sheet("已销号问题（6—7月）")
    b.widths(closed, [5, 26, 32, 18, 12, 12, 10])
    b.line(closed, 0, "已销号问题清单（6—7月）", 6, b.title)
    b.header(closed, 1, ["序号", "项目名称", "存在问题", "牵头单位", "完成节点", "销号日期", "销号情况"])
    for n, values in enumerate(PROJECT_CLOSED, start=1):
        b.put(closed, 1 + n, 0, n, b.center)
        b.row(closed, 1 + n, values, first=1)
    return b.close()


# =============================================================================================
# 15. 交办信访事项办理情况登记台账 (a Word 97 .doc with a table), after a page on keeping a 信访登记台账
# (信访人的基本信息; 信访的具体内容、涉及的问题领域、诉求; 信访的时间和地点; 处理情况):
# http://renwen.rcj99.com/jxfw/202505/324070.html
# Title, a 说明 paragraph stating the 60日内 rule once (from the 受理日期), a landscape table with 信访人
# and 信访形式 beside the 责任单位, 办理结果 sentences (one with an approved extension date), 信访人意见;
# the signature line.
PETITION_ROWS = [
    [
        "XF2024-0701",
        "2024-05-06",
        "张某某",
        "来访",
        "反映某小区开发商逾期未办理不动产权证",
        "市不动产登记中心",
        "已协调办理首批86户不动产权证，其余正在办理",
        "",
    ],
    [
        "XF2024-0708",
        "2024-05-20",
        "李某",
        "来信",
        "反映某建筑工地拖欠农民工工资",
        "市人社局",
        "已督促施工企业足额支付拖欠工资12.6万元，已办结",
        "满意",
    ],
    [
        "XF2024-0715",
        "2024-06-03",
        "王某某",
        "网上信访",
        "反映村里低保评定不公开、不公平",
        "市民政局",
        "正在调查核实",
        "",
    ],
    [
        "XF2024-0722",
        "2024-06-11",
        "赵某",
        "来访",
        "反映城中村改造安置房延期交付",
        "华龙区人民政府",
        "经批准延期至2024年9月9日办结，安置房主体已封顶",
        "",
    ],
    ["XF2024-0729", "2024-06-25", "刘某某", "来信", "反映某医院检查收费不规范", "市卫健委", "", ""],
    [
        "XF2024-0733",
        "2024-07-02",
        "陈某",
        "网上信访",
        "反映小区周边餐馆油烟扰民",
        "市城管局",
        "已责令餐馆安装油烟净化器，已办结",
        "满意",
    ],
    [
        "XF2024-0740",
        "2024-07-08",
        "孙某某",
        "来访",
        "反映原国有企业改制职工养老保险关系接续问题",
        "市工信局",
        "尚未办理",
        "",
    ],
]


def write_petitions(path: Path) -> Path:
    doc = _new_document("市信访局", landscape=True)
    _paragraph(
        doc,
        "市信访局交办信访事项办理情况登记台账（2024年7月）",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "说明：根据《信访工作条例》，信访事项应当自受理之日起60日内办结；情况复杂的，经批准可以适当延长办理"
        "期限，并告知信访人延期理由。",
        12,
    )
    _table(
        doc,
        [
            "序号",
            "登记编号",
            "受理日期",
            "信访人",
            "信访形式",
            "反映问题",
            "责任单位",
            "办理结果",
            "信访人意见",
        ],
        [[str(n), *values] for n, values in enumerate(PETITION_ROWS, start=1)],
        10,
    )
    _paragraph(doc, "填表人：白雪　　　审核：程光明　　　2024年7月30日", 12)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "petitions.docx")
        soffice(source, "doc", path)
    return path


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_motions(HERE / "市政协九届三次会议提案办理情况汇总表（截至7月31日）.xlsx"),
        write_livelihood(HERE / "2024年市十件民生实事项目进度完成情况表（1—7月）.xls"),
        write_advice(HERE / "纪检监察建议书整改落实销账台账（2024年7月）.ods"),
        write_overload(HERE / "治超督查事项登记簿（2024年6—7月）.et"),
        write_conduct(HERE / "市商务局党组关于八项规定精神学习教育查摆问题整改落实情况的报告.docx"),
        write_enterprise(HERE / "万人助万企企业反映问题交办台账_20240731.txt"),
        write_fire(HERE / "胜利路街道九小场所消防安全大排查整治台账_导出.csv"),
        write_insurance(HERE / "定点医药机构稽核问题整改跟踪表_2024.csv"),
        write_pension(HERE / "2023年度社会保险基金专项审计发现问题整改台账.xlsx"),
        write_drugs(HERE / "药品零售企业监督检查限期整改情况（南乐台前两县）.zip"),
        write_audit(HERE / "2023年度市本级预算执行审计查出问题整改情况报告.docx"),
        write_tour(HERE / "市委巡视整改第三督查组督查报告（第二轮）.wps"),
        write_eco(HERE / "省环保督察组交办举报件办理情况汇总表（第一至三批）.xlsx"),
        write_projects(HERE / "市重点项目问题清单跟踪销号表（7月第4周）.xlsx"),
        write_petitions(HERE / "市信访局交办信访事项办理情况登记台账（7月）.doc"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

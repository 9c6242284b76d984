"""Write the aside274 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 巡视巡察整改 (县直部门、乡镇街道、国企、学校、医院) — 整改方案清单 (“一案三清单”), 整改进展台账, 对账销号表,
督查台账 and 整改进展报告. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice
conversions of an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, a .wps (LibreOffice conversion
of a .docx) and a .zip of two returns (an .xlsx and a .docx) whose member names are stored in GBK, as Windows
archivers write them. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside274.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 - overrides zipfile's own name
        return self.filename.encode("gbk"), self.flag_bits


def group_rows(b: Book, ws, first_row: int, groups, col: int, fmt=None) -> None:
    """Merge one column vertically over each group's rows: groups as (text, number of rows)."""
    r = first_row
    for text, n in groups:
        b.merge(ws, r, col, r + n - 1, col, text, fmt or b.center)
        r += n


# ---------------------------------------------------------------------------------------------
# 1. 市住建局党组落实市委巡察反馈意见整改任务清单, after a city 住房城乡建设局党组's 巡察整改进展情况 (市委巡察反馈的
# 4个方面12类问题细化成39个具体问题，细化问题清单、任务清单和责任清单，提出157项整改措施，明确了整改内容、整改
# 目标、责任主体及时限要求; 挂图作战、逐项整改、销号管理; 局属各单位党组织和机关各处室明确巡察整改三级责任人):
# http://fangchan.com/credit/2/2021-02-23/6769838705764274402.html
# An .xlsx: title, 填报单位/反馈时间 line, a two-row header (整改任务 over 整改内容/整改目标, 责任主体 over 责任领导/
# 责任科室), the 问题类别 merged down over its rows, 时限要求 as dates / 月底前 / 立行立改 (from the 反馈时间) / 长期坚持,
# a 销号情况 column beside 整改进展, a 说明 line and a signature line. Rows name only the bureau's own 科室.
HOUSING_GROUPS = [
    (
        "贯彻落实党中央决策部署和省委、市委工作要求不够到位",
        [
            (
                "保交楼专项借款项目监管不到位，2个项目资金拨付进度滞后于工程进度",
                "建立专项借款资金拨付周调度机制",
                "专项借款资金按工程进度拨付到位",
                "王志刚",
                "房地产市场监管科",
                "2024年6月底前",
                "已建立周调度机制，2个项目资金已按进度拨付",
                "已销号",
            ),
            (
                "老旧小区改造前期谋划不足，2023年度计划内3个小区未按期开工",
                "倒排工期、挂图作战，逐小区落实开工条件",
                "3个小区全部开工建设",
                "刘建平",
                "城建科",
                "2024年9月底前",
                "2个小区已开工，1个小区正在办理施工许可",
                "",
            ),
        ],
    ),
    (
        "全面从严治党主体责任落实不力",
        [
            (
                "对局属事业单位监督管理不到位，物业维修资金管理中心公务用车使用登记不规范",
                "规范用车登记，建立月度核查制度",
                "公务用车一车一档、按月核查",
                "赵红霞",
                "机关党委",
                "立行立改",
                "已规范用车登记，建立月度核查制度",
                "已销号",
            ),
            (
                "建筑市场领域廉政风险排查不深入，招投标监管存在薄弱环节",
                "每季度开展廉政风险排查，完善招投标监管制度",
                "风险点全覆盖排查",
                "王志刚",
                "建筑市场监管科",
                "长期坚持",
                "每季度开展一次廉政风险排查，常态化推进",
                "持续整改",
            ),
            (
                "中央八项规定精神执行不严，2023年有4笔公务接待未附公函",
                "逐笔核查，完善公务接待审批流程",
                "公务接待凭公函、按标准",
                "赵红霞",
                "计划财务科",
                "2024年5月31日",
                "已逐笔核查并补充说明，修订公务接待管理办法",
                "已销号",
            ),
        ],
    ),
    (
        "落实新时代党的组织路线不够到位",
        [
            (
                "干部轮岗交流不及时，部分重点岗位人员任职超过8年",
                "制定重点岗位轮岗交流方案并组织实施",
                "重点岗位任职满5年的全部轮岗",
                "孙卫东",
                "人事科",
                "2024年12月底前",
                "已制定轮岗交流方案，正在按程序推进",
                "",
            ),
            (
                "机关支部组织生活不规范，个别支部主题党日流于形式",
                "规范主题党日流程，开展支部书记培训",
                "主题党日规范开展",
                "孙卫东",
                "机关党委",
                "2024年7月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "巡视巡察、审计等监督发现问题整改不彻底",
        [
            (
                "上轮审计指出的住房保障资金结余未及时清理问题整改不彻底",
                "清理结余资金，按规定收回或统筹使用",
                "结余资金全部清理到位",
                "刘建平",
                "住房保障科",
                "2024年8月31日",
                "尚未启动",
                "",
            ),
        ],
    ),
]


def write_housing(path: Path) -> Path:
    b = Book(path, author="局办公室")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 22, 40, 30, 22, 10, 16, 14, 30, 10])
    b.line(ws, 0, "中共濮阳市住房和城乡建设局党组落实市委巡察反馈意见整改任务清单", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：市住建局党组巡察整改工作领导小组办公室    市委第五巡察组反馈时间：2024年4月26日    "
        "进展截至：2024年7月29日",
        9,
    )
    for c, word in [(0, "序号"), (1, "问题类别"), (2, "具体问题")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "整改任务", b.head)
    b.header(ws, 3, ["整改内容", "整改目标"], first=3)
    b.merge(ws, 2, 5, 2, 6, "责任主体", b.head)
    b.header(ws, 3, ["责任领导", "责任科室"], first=5)
    for c, word in [(7, "时限要求"), (8, "整改进展"), (9, "销号情况")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    group_rows(b, ws, 4, [(title, len(rows)) for title, rows in HOUSING_GROUPS], 1, b.cell)
    for _title, rows in HOUSING_GROUPS:
        for problem, content, goal, leader, section, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, content, goal, leader, section], first=2)
            b.row(ws, r, [limit], first=7, fmt=b.center)
            b.row(ws, r, [progress, closed], first=8)
            r += 1
    b.line(
        ws,
        r,
        "说明：1.“立行立改”事项自巡察反馈之日起整改；2.销号情况栏由局巡察整改办审核后填写，未销号事项按时限要求"
        "挂图推进。",
        9,
    )
    b.line(ws, r + 1, "审核人：赵红霞    填表人：冯雅琪    联系电话：0393-4418263", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 县委巡察县直单位反馈问题整改情况汇总表, after a county's 十三届县委第二轮巡察 of five 县直单位 (县国土局、县工信局、
# 县农业局、县住建局、县扶贫和移民开发局; 巡察期间向被巡察单位提出立行立改问题35个; 问题集中在党的领导弱化、党内
# 政治生活不规范、“三重一大”和“四个不直接分管”等制度执行不到位、执行中央八项规定精神有差距、执行财经纪律不严格
# 五个方面; 问题线索按分类处理原则移交，被巡察单位进入全面整改落实阶段):
# http://www.qdubb.cn/html/2017/xunshixuncha_0812/33984.html
# An .xls (xlwt): title, 填报单位/统计截至 line, one header row, the 被巡察单位 and its 反馈日期 merged down over its
# rows, a 是否立行立改 column, 整改时限 as 立行立改 / 反馈后N个月内 (both from the row's 反馈日期) / dates / 年底前 /
# 长期坚持, a 注 line and a signature line.
COUNTY_UNITS = [
    (
        "濮阳县自然资源局",
        "2024年5月16日",
        [
            (
                "党内政治生活不规范",
                "民主生活会批评与自我批评辣味不足，会前谈心谈话未全覆盖",
                "是",
                "立行立改",
                "已重新开展谈心谈话，整改完成",
            ),
            (
                "财经纪律执行不严格",
                "土地出让金收缴台账与财政入库数据未定期核对",
                "否",
                "反馈后3个月内",
                "正在与县财政局逐笔核对",
            ),
        ],
    ),
    (
        "濮阳县工业和信息化局",
        "2024年5月16日",
        [
            (
                "党的领导弱化",
                "党组会议研究意识形态工作每年少于2次",
                "否",
                "2024年12月31日",
                "已列入党组年度议题计划，下半年专题研究",
            ),
            (
                "执行中央八项规定精神有差距",
                "公务用车加油卡未实行一车一卡管理",
                "是",
                "立行立改",
                "",
            ),
        ],
    ),
    (
        "濮阳县农业农村局",
        "2024年5月17日",
        [
            (
                "制度执行不到位",
                "“三重一大”事项未经党组会集体研究，2023年2批农机购置补贴资金分配由分管领导审批",
                "否",
                "2024年8月31日",
                "未整改",
            ),
            (
                "财经纪律执行不严格",
                "差旅费报销审核把关不严，3笔报销无出差审批单",
                "是",
                "立行立改",
                "已补齐审批手续，经县委巡察办复核通过",
            ),
        ],
    ),
    (
        "濮阳县住房和城乡建设局",
        "2024年5月17日",
        [
            (
                "党的领导弱化",
                "城镇老旧小区改造工程质量监管责任落实不到位",
                "否",
                "反馈后2个月内",
                "已完成12个小区质量排查，正在督促施工单位整改",
            ),
            (
                "制度执行不到位",
                "“四个不直接分管”制度未落实，主要负责人直接分管财务",
                "是",
                "立行立改",
                "已调整领导班子分工，整改到位",
            ),
        ],
    ),
    (
        "濮阳县乡村振兴局",
        "2024年5月20日",
        [
            (
                "财经纪律执行不严格",
                "衔接资金项目资产确权移交不及时，12个项目未办理移交手续",
                "否",
                "2024年10月底前",
                "已完成7个项目资产移交，剩余5个正在办理",
            ),
            (
                "党内政治生活不规范",
                "党员教育管理不严格，个别党员连续3个月未参加组织生活",
                "否",
                "长期坚持",
                "建立党员参加组织生活情况月通报制度，长期坚持",
            ),
        ],
    ),
]


def write_county(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县委第四轮巡察县直单位反馈问题整改情况汇总表", t, 0, 8),
        (1, 0, "填报单位：中共濮阳县委巡察工作领导小组办公室    统计截至：2024年7月26日", plain, 1, 8),
    ]
    words = [
        "序号",
        "被巡察单位",
        "反馈日期",
        "问题类型",
        "反馈问题",
        "是否立行立改",
        "整改时限",
        "整改情况",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for unit, fed, rows in COUNTY_UNITS:
        cells.append((r, 1, unit, ctr, r + len(rows) - 1, 1))
        cells.append((r, 2, fed, ctr, r + len(rows) - 1, 2))
        for kind, problem, at_once, limit, progress in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 3, kind, ctr),
                (r, 4, problem, c),
                (r, 5, at_once, ctr),
                (r, 6, limit, ctr),
                (r, 7, progress, c),
                (r, 8, "", c),
            ]
            r += 1
    cells += [
        (
            r,
            0,
            "注：1.立行立改问题自反馈之日起即改即报；2.“反馈后N个月内”自该单位反馈日期起算；3.问题线索按分类处理"
            "原则另行移交，不列入本表。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：邢建国    填表人：韩璐    联系电话：0393-3251190", plain, r + 1, 8),
    ]
    return _write_xls(path, [("汇总表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 学校党组织巡察整改进展情况台账, after a county middle school 党支部's 关于巡察整改进展情况的通报 (县委第二巡察组
# 反馈巡察意见后，学校制定《整改方案》和《2024年巡察蓝塘中学党支部整改进展情况台账》; 党支部书记领办重难点问题，
# 班子成员落实“一岗双责”，抓实抓细各项整改措施，确保整改任务按期高质完成):
# http://www.zijin.gov.cn/zw/tzgg/content/post_663425.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 反馈时间/填报单位 line,
# a two-row header whose last column 是否完成整改 splits into 是/否 ticked with √, the 反馈问题 merged down over its
# 具体表现 rows, the school's own 处室 as 责任处室, 完成时限 as 立行立改 (from the 反馈时间) / dates / 月底前 / 长期坚持,
# a 注 line and a signature line.
SCHOOL_GROUPS = [
    (
        "落实立德树人根本任务有差距",
        [
            (
                "课后服务收费公示不及时，2023年秋季学期未在校务公开栏公示",
                "在校务公开栏和家长群公示收费标准及明细",
                "赵立新",
                "总务处",
                "立行立改",
                "已于5月13日在校务公开栏公示",
                "√",
                "",
            ),
            (
                "体育、美育课时被挤占，高三年级体育课每周不足2节",
                "按课程方案开齐开足体育、美育课",
                "李春燕",
                "教务处",
                "2024年9月1日",
                "已调整新学期课表，待秋季开学执行",
                "",
                "√",
            ),
        ],
    ),
    (
        "全面从严治党主体责任落实不到位",
        [
            (
                "食堂物资采购未执行询价比价程序",
                "建立食堂大宗物资询价比价制度",
                "赵立新",
                "总务处",
                "2024年6月30日",
                "已建立询价比价制度，6月起按制度执行",
                "√",
                "",
            ),
            (
                "在职教师有偿补课问题排查不深入，未建立常态化监督机制",
                "每学期开展专项排查，设立举报电话",
                "王保国",
                "纪检监察室",
                "长期坚持",
                "每学期开展一次专项排查，常态化推进",
                "",
                "",
            ),
            (
                "校服征订未经家长委员会参与",
                "校服选用由家长委员会全程参与",
                "李春燕",
                "学生处",
                "2024年8月31日",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "基层党组织建设薄弱",
        [
            (
                "党支部“三会一课”记录不全，2023年有3个月支部委员会记录缺失",
                "规范“三会一课”记录，建立月检查制度",
                "王保国",
                "党办",
                "2024年6月底前",
                "已补充规范记录",
                "√",
                "",
            ),
            (
                "发展党员工作不规范，入党积极分子培养考察材料不完整",
                "逐人补齐培养考察材料",
                "王保国",
                "党办",
                "2024年9月底前",
                "未开展",
                "",
                "√",
            ),
        ],
    ),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="学校党办")
    ws = b.sheet("整改进展台账")
    b.widths(ws, [6, 18, 40, 30, 10, 12, 14, 30, 6, 6])
    b.line(ws, 0, "2024年巡察清丰县第一高级中学党委整改进展情况台账", 9, b.title)
    b.line(
        ws,
        1,
        "县委第二巡察组反馈时间：2024年5月10日    填报单位：中共清丰县第一高级中学委员会（盖章）    "
        "填报时间：2024年7月30日",
        9,
    )
    heads = ["序号", "反馈问题", "具体表现", "整改措施", "责任领导", "责任处室", "完成时限", "整改进展"]
    for c, word in enumerate(heads):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    group_rows(b, ws, 4, [(title, len(rows)) for title, rows in SCHOOL_GROUPS], 1, b.cell)
    r, n = 4, 0
    for _title, rows in SCHOOL_GROUPS:
        for shown, measure, leader, office, limit, progress, yes, no in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [shown, measure], first=2)
            b.row(ws, r, [leader, office, limit], first=4, fmt=b.center)
            b.put(ws, r, 7, progress)
            b.row(ws, r, [yes, no], first=8, fmt=b.center)
            r += 1
    b.line(ws, r, "注：“是否完成整改”栏在对应栏内打“√”；“立行立改”事项自巡察反馈之日起整改。", 9)
    b.line(ws, r + 1, "党委书记（签字）：王保国    填表人：郑可欣    联系电话：0393-7226015", 9)
    return b.close()


def write_school(path: Path) -> Path:
    return via_soffice(write_school_book, path, "xls", "巡察整改进展情况台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 学校党委落实市委巡察反馈意见整改进展情况的报告, after a city high school 党委's 落实市委巡察反馈意见整改进展情况
# 报告 (市委第二巡察组反馈巡察意见; 学校党委担负主体责任，对六个方面47个问题照单全收，逐一制定整改措施; 成立巡察
# 整改工作领导小组及办公室; 整改任务明确、责任明确、时限明确; 东部分校同步推进):
# https://datauseful.com/bidding/detail/5973900209127728043
# A .docx: title, 主送, preamble with the 反馈 date the 立行立改 item counts from, an organising section without items,
# then the items as numbered paragraphs under four 方面 headings (问题 in 关于“…”的问题, then 整改措施, 责任部门,
# 整改时限 and 进展情况 in sentences; one 时限 a schedule text, one item with no 进展 sentence), a closing paragraph,
# the 党委 and date at the foot. All items belong to the school.
HIGH_SCHOOL_PARTS = [
    (
        "（一）落实立德树人根本任务方面",
        [
            "1.关于“思政课教师配备不足，部分班级由班主任兼任思政课”的问题。整改措施：通过公开招聘、校内转岗补充"
            "思政课教师3名。责任部门：人事处。整改时限：2024年9月1日前。进展情况：已通过市教育局统一招聘补充2名，"
            "校内转岗1名正在公示。",
            "2.关于“学生心理健康教育专职教师缺位”的问题。整改措施：配备专职心理健康教师，建成标准化心理辅导室。"
            "责任部门：德育处。整改时限：2024年6月底前。进展情况：已配备专职心理教师1名，心理辅导室已投入使用，"
            "该问题已整改完成。",
        ],
    ),
    (
        "（二）落实全面从严治党主体责任方面",
        [
            "3.关于“食堂承包经营合同到期后未重新招标，原承包方直接续签3年”的问题。整改措施：按程序重新公开招标。"
            "责任部门：总务处。整改时限：9月底前完成招标方案，12月底前完成招标并签订新合同。进展情况：招标方案正在"
            "起草。",
            "4.关于“教辅资料征订存在搭车推销现象”的问题。整改措施：全面清退违规征订的教辅资料，严格执行“一科一辅”"
            "自愿征订。责任部门：教务处。整改时限：立行立改。进展情况：已全部清退，整改到位。",
        ],
    ),
    (
        "（三）基层党组织建设方面",
        [
            "5.关于“党员发展计划执行不严，青年教师入党积极分子队伍断档”的问题。整改措施：制定3年党员发展规划，"
            "每年发展青年教师党员不少于2名。责任部门：党委办公室。整改时限：长期坚持。进展情况：规划已印发，"
            "长期坚持抓好落实。",
            "6.关于“教师党支部书记‘双带头人’比例偏低”的问题。整改措施：结合支部换届，选拔教学骨干担任支部书记。"
            "责任部门：党委办公室。整改时限：2024年8月31日。",
        ],
    ),
    (
        "（四）巡视巡察、审计整改落实方面",
        [
            "7.关于“上轮审计指出的学校资产账实不符问题仍未整改”的问题。整改措施：开展资产全面清查，按程序核销"
            "报废资产。责任部门：总务处、财务室。整改时限：2024年7月15日。进展情况：清查工作尚未启动，进展滞后。",
        ],
    ),
]


def write_high_school(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "中共濮阳市第二高级中学委员会关于落实市委巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察办：")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月19日，市委第三巡察组对我校党委开展了巡察。2024年5月21日，市委"
        "第三巡察组向我校党委反馈了巡察意见。学校党委对反馈的四个方面7个具体问题照单全收，逐一制定整改措施。"
        "现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、巡察整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "学校党委成立巡察整改工作领导小组及办公室，党委书记任组长，班子成员分工负责，做到整改任务明确、责任"
        "明确、时限明确。集中整改期间共召开党委会议6次、专题推进会3次。",
    )
    _paragraph(doc, "二、巡察反馈问题整改落实情况", font="黑体")
    for heading, paras in HIGH_SCHOOL_PARTS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(doc, "对尚未完成整改的问题，学校党委将持续跟踪推进，完成一项、销号一项，确保按期整改到位。")
    _paragraph(doc, "中共濮阳市第二高级中学委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 中学党委巡察集中整改进展 (two returns in one zip), after a county middle school 党委's 关于巡察集中整改进展情况的
# 报告 (县委第一巡察组反馈巡察意见后，学校党委成立巡察整改工作领导小组，细致梳理存在问题，制定整改落实方案，列出
# 任务清单、责任清单和整改时限; 集中整改期间召开7次班子会、5次全体行政干部会议):
# https://alatiku.com/fanwen/zongjie/kkp0z3.html
# A .zip (member names in GBK) holding an .xlsx from one school (问题清单/任务清单 then 责任清单 over 责任领导/责任
# 部门, 整改时限 as 集中整改期内 / 立行立改 / dates, a 整改状态 column beside 进展说明) and a .docx report from another
# school with a table (问题清单, 任务清单, 责任清单 in one cell, 完成时限 as dates / 上半年 / 第三季度, 进展情况).
FIRST_MIDDLE_ROWS = [
    (
        "教育收费公示不规范，代收费项目未逐项公示",
        "逐项公示代收费项目、标准及依据",
        "张海燕",
        "总务处",
        "集中整改期内",
        "已完成",
        "已在校门口公示栏和学校公众号公示",
    ),
    (
        "教师绩效考核方案未经教代会审议",
        "修订绩效考核方案并提交教代会审议",
        "刘广志",
        "办公室",
        "2024年9月30日",
        "阶段性完成",
        "方案已修订，待9月教代会审议",
    ),
    (
        "意识形态阵地管理不严，校园宣传栏内容长期未更新",
        "建立宣传阵地内容审核和定期更新制度",
        "刘广志",
        "德育处",
        "立行立改",
        "已完成",
        "宣传栏已全部更新，实行每月更新、分管领导审核",
    ),
    (
        "课后服务经费发放未经公示",
        "课后服务经费分配方案公示后发放",
        "张海燕",
        "财务室",
        "2024年7月31日",
        "未完成",
        "",
    ),
]
EXPERIMENTAL_ROWS = [
    (
        "课程开设不足，劳动教育课未纳入课表",
        "将劳动教育课纳入课表，每周不少于1课时",
        "分管领导：王丽；责任处室：教务处",
        "2024年9月1日",
        "已纳入秋季学期课表，整改完成",
    ),
    (
        "学生作业总量管控不到位，部分年级书面作业超时",
        "建立作业公示和年级统筹制度",
        "分管领导：王丽；责任处室：教务处",
        "上半年",
        "已建立作业公示制度，正在推进年级统筹",
    ),
    (
        "“三重一大”决策程序不规范，大额采购未经集体研究",
        "修订“三重一大”决策制度，大额采购一律提交党委会研究",
        "分管领导：陈建军；责任处室：党政办",
        "2024年第三季度",
        "",
    ),
    (
        "校舍维修工程未按规定进行竣工验收",
        "组织第三方补充验收，规范工程验收程序",
        "分管领导：陈建军；责任处室：总务处",
        "2024年6月15日",
        "已组织第三方补充验收，验收合格",
    ),
]


def write_first_middle(path: Path) -> Path:
    b = Book(path, author="华龙区第一中学")
    ws = b.sheet("集中整改进展")
    b.widths(ws, [6, 36, 30, 10, 10, 14, 12, 30])
    b.line(ws, 0, "濮阳市华龙区第一中学巡察反馈问题集中整改进展情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区第一中学    巡察反馈时间：2024年5月20日    集中整改期限：2024年8月20日前    "
        "填报日期：2024年7月25日",
        7,
    )
    for c, word in [(0, "序号"), (1, "问题清单"), (2, "任务清单")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "责任清单", b.head)
    b.header(ws, 3, ["责任领导", "责任部门"], first=3)
    for c, word in [(5, "整改时限"), (6, "整改状态"), (7, "进展说明")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, (problem, task, leader, dept, limit, state, note) in enumerate(FIRST_MIDDLE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [problem, task], first=1)
        b.row(ws, r, [leader, dept, limit, state], first=3, fmt=b.center)
        b.put(ws, r, 7, note)
    end = 4 + len(FIRST_MIDDLE_ROWS)
    b.line(ws, end, "注：整改状态填“已完成”“阶段性完成”“未完成”；立行立改事项自巡察反馈之日起整改。", 7)
    b.line(ws, end + 1, "填表人：孟晓丹    联系电话：0393-8168720", 7)
    return b.close()


def write_experimental_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "濮阳市华龙区实验中学关于巡察集中整改进展情况的报告", 18)
    _paragraph(
        doc,
        "区委第一巡察组于2024年5月20日向我校党支部反馈了巡察意见。学校及时成立巡察整改工作领导小组，制定整改"
        "落实方案，列出任务清单、责任清单和整改时限。集中整改期间共召开班子会7次、全体行政干部会议5次。现将集中"
        "整改进展情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(EXPERIMENTAL_ROWS, 1)]
    _table(doc, ["序号", "问题清单", "任务清单", "责任清单", "完成时限", "进展情况"], body)
    _paragraph(doc, "濮阳市华龙区实验中学", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_middle_zip(path: Path) -> Path:
    members = [
        ("华龙区第一中学巡察集中整改进展情况表.xlsx", write_first_middle),
        ("华龙区实验中学巡察集中整改进展情况报告.docx", write_experimental_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 医院党委巡察整改“一案三清单”, after a university-affiliated 中医院 党委's 巡察整改工作领导小组第一次会议 (针对巡察
# 反馈的四个方面问题制定“一案三清单”，党政领导班子成员及各部门主动领任务，做到立行立改、限时整改、长期巩固;
# 纪委全程监督整改):
# https://www.azyfy.com/list/96/108179.html
# An .xlsx: title, a subtitle line, 反馈时间/进展截至 line, a two-row header with 问题清单 over 问题类别/问题表现,
# 任务清单 over 整改措施/整改类型/完成时限 and 责任清单 over 责任院领导/牵头科室/配合科室, 整改类型 as 立行立改 /
# 限时整改 / 长期巩固, 完成时限 as dates / 立行立改 (from the 反馈时间) / 长期, a 整改进展 column, and a signature
# line. Rows name only the hospital's own 科室.
TCM_ROWS = [
    (
        "医疗质量安全",
        "门诊处方点评覆盖率不足，抗菌药物使用强度超标",
        "每月开展处方点评，对超标科室约谈",
        "限时整改",
        "2024年9月30日",
        "高建明",
        "医务科",
        "药剂科",
        "已开展2轮处方点评，抗菌药物使用强度较上季度下降",
    ),
    (
        "廉洁从业",
        "医用耗材二次议价记录不完整",
        "补齐议价记录，建立议价档案",
        "立行立改",
        "立行立改",
        "李文华",
        "设备科",
        "纪检监察室",
        "已补齐议价记录并建档，已整改",
    ),
    (
        "医保基金使用",
        "医保基金使用存在串换项目收费现象，涉及康复理疗项目",
        "退回违规收费，完善收费审核系统",
        "限时整改",
        "2024年8月15日",
        "李文华",
        "医保办",
        "康复科、财务科",
        "已退回违规收费并开展自查，正在完善收费审核系统",
    ),
    (
        "党的建设",
        "院党委会议议事决策规则未及时修订",
        "修订党委会议和院长办公会议议事规则",
        "立行立改",
        "立行立改",
        "周庆华",
        "党委办公室",
        "院长办公室",
        "",
    ),
    (
        "党的建设",
        "临床科室党支部书记“双带头人”培育不足",
        "建立“双带头人”培育库，纳入年度党建考核",
        "长期巩固",
        "长期",
        "周庆华",
        "党委办公室",
        "人事科",
        "已纳入年度党建考核，长期巩固",
    ),
    (
        "内部管理",
        "绩效分配向临床一线倾斜不够，行政后勤与临床差距过小",
        "修订绩效分配方案，拉开临床与行政后勤差距",
        "限时整改",
        "2024年12月31日",
        "高建明",
        "人事科",
        "运营管理科",
        "未启动",
    ),
    (
        "内部管理",
        "住院患者满意度调查流于形式，未形成问题整改闭环",
        "再造满意度调查流程，建立月度整改闭环",
        "限时整改",
        "2024年7月20日",
        "高建明",
        "护理部",
        "门诊部",
        "已完成满意度调查流程再造并形成月度整改闭环，经院巡察整改办验收销号",
    ),
]


def write_tcm(path: Path) -> Path:
    b = Book(path, author="院党委办公室")
    ws = b.sheet("一案三清单")
    b.widths(ws, [6, 12, 36, 30, 10, 14, 10, 12, 14, 34])
    b.line(ws, 0, "濮阳市中医医院党委落实市委巡察反馈意见整改“一案三清单”", 9, b.title)
    b.line(ws, 1, "（问题清单、任务清单、责任清单合一）", 9, b.book.add_format({"align": "center"}))
    b.line(ws, 2, "市委第二巡察组反馈时间：2024年6月5日    整改进展截至：2024年7月30日", 9)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "问题清单", b.head)
    b.header(ws, 4, ["问题类别", "问题表现"], first=1)
    b.merge(ws, 3, 3, 3, 5, "任务清单", b.head)
    b.header(ws, 4, ["整改措施", "整改类型", "完成时限"], first=3)
    b.merge(ws, 3, 6, 3, 8, "责任清单", b.head)
    b.header(ws, 4, ["责任院领导", "牵头科室", "配合科室"], first=6)
    b.merge(ws, 3, 9, 4, 9, "整改进展", b.head)
    for i, row in enumerate(TCM_ROWS, 1):
        r = 4 + i
        kind, problem, measure, how, limit, leader, lead, helper, progress = row
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, problem, measure], first=1)
        b.row(ws, r, [how, limit, leader], first=4, fmt=b.center)
        b.row(ws, r, [lead, helper, progress], first=7)
    end = 5 + len(TCM_ROWS)
    b.line(ws, end, "院巡察整改工作领导小组办公室（代章）    填表人：宋佳    联系电话：0393-8910352", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 国企党委巡察反馈问题整改台账 (an export), after a city's 市委第一巡察组向市建投公司党委反馈巡察情况 (巡察发现落实
# 党中央决策部署及省市委工作要求不到位，“把方向、管大局、保落实”的能力有待提高; 群众身边的腐败问题和不正之风时有
# 发生，全面从严治党的力度不够; 落实新时代党的组织路线不严格，基层党组织建设有待加强; 集团化管理、专业化运营):
# http://www.whjjw.gov.cn/html/wenzhang_779687.html
# A CSV in GBK as the group's OA exports it: a title line and an 导出时间 line, one header line with 问题编号, the three
# 问题类别 in the feedback's own words, 责任单位 (the group itself or a subsidiary) beside 责任部门, 计划完成时间 and
# 实际完成时间 as ISO dates (长期 for one), an 整改状态 column left blank on two rows, and a 合计 line.
GROUP = "濮阳市建设投资集团有限公司"
CAT_POLICY = "落实党中央决策部署及省市委工作要求不到位"
CAT_CLEAN = "全面从严治党力度不够"
CAT_ORG = "基层党组织建设有待加强"
INVEST_ROWS = [
    (
        "XC-01",
        "国企改革深化提升行动部分任务未按期完成，子公司混改工作滞后",
        CAT_POLICY,
        GROUP,
        "战略投资部",
        "李东升",
        "2024-10-31",
        "",
        "推进中",
    ),
    (
        "XC-02",
        "对子公司“三重一大”事项监管缺位，2个工程项目未经集团党委前置研究",
        CAT_POLICY,
        GROUP,
        "党委办公室",
        "周敏",
        "2024-06-30",
        "2024-06-25",
        "已完成",
    ),
    (
        "XC-03",
        "工程项目结算审核把关不严，3个市政项目多计工程款",
        CAT_CLEAN,
        "濮阳建投城市建设有限公司",
        "成本合约部",
        "马骏",
        "2024-09-30",
        "",
        "推进中",
    ),
    (
        "XC-04",
        "供水管网改造项目工程变更未按规定审批",
        CAT_CLEAN,
        "濮阳市自来水公司",
        "工程部",
        "杜志强",
        "2024-08-31",
        "",
        "未启动",
    ),
    (
        "XC-05",
        "公务用车私用、违规发放加班补贴",
        CAT_CLEAN,
        GROUP,
        "财务部",
        "韩冬",
        "2024-05-31",
        "2024-05-28",
        "",
    ),
    (
        "XC-06",
        "基层党支部书记由行政负责人兼任，抓党建精力不足",
        CAT_ORG,
        GROUP,
        "组织人事部",
        "周敏",
        "长期",
        "",
        "常态化推进",
    ),
    (
        "XC-07",
        "安置房项目专项维修资金归集不及时",
        CAT_CLEAN,
        "濮阳建投置业有限公司",
        "财务部",
        "杨帆",
        "2024-07-31",
        "",
        "",
    ),
    (
        "XC-08",
        "燃气管网巡检记录补记代签，巡检制度执行流于形式",
        CAT_CLEAN,
        "市燃气公司",
        "安全管理部",
        "许亮",
        "2024-07-20",
        "",
        "已完成",
    ),
]


def write_invest(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市建投集团党委落实市委第一巡察组反馈意见整改台账"])
    w.writerow(["导出时间：2024-07-30 09:12    导出人：集团纪检监察室"])
    w.writerow(
        [
            "序号",
            "问题编号",
            "反馈问题",
            "问题类别",
            "责任单位",
            "责任部门",
            "责任人",
            "计划完成时间",
            "实际完成时间",
            "整改状态",
        ]
    )
    for i, row in enumerate(INVEST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", f"共{len(INVEST_ROWS)}项", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 医院关于巡察反馈意见整改推进情况的汇报, after a city hospital's account of the 市纪委监委派驻市卫生健康委纪检监察组's
# visit to supervise its 市委巡察反馈意见整改 (逐一进行全方位督导，对存在问题和整改措施提出指导性意见; 当下改与长久立
# 相结合，整改制度要建立，责任科室要明确，监督落实要及时跟进):
# https://www.zbsdsrmyy.com/article/info/5208.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble with the 反馈 date the 立行立改 row counts
# from and the 督导 date, a table with 责任科室 and a 督导意见 column written by the 纪检监察组 (同意销号 / 继续推进 /
# 请抓紧落实) beside 推进情况, a closing paragraph, the hospital and date at the foot. All items are the hospital's.
MCH_ROWS = [
    (
        "孕产妇高危因素筛查登记不规范，高危孕产妇专案管理率未达标",
        "修订筛查登记流程，实行高危孕产妇专案管理",
        "孕产保健部",
        "2024年8月31日",
        "已修订筛查流程，专案管理率提升至92%",
        "继续推进",
    ),
    (
        "药品耗材带量采购执行不到位，部分中选品种使用量未达约定量",
        "按月监测中选品种使用量，纳入科室考核",
        "药剂科",
        "2024年6月30日",
        "基本完成",
        "同意销号",
    ),
    (
        "财务报销审核不严，存在无合同支付维修费用",
        "补签合同，建立维修项目合同审核制度",
        "财务科",
        "立行立改",
        "已补签合同并规范维修项目审批",
        "同意销号",
    ),
    (
        "医德医风考评与绩效挂钩不紧",
        "每月开展医德医风考评，结果与绩效挂钩",
        "党办、人事科",
        "长期坚持",
        "每月考评，结果与绩效挂钩",
        "",
    ),
    (
        "儿童保健门诊候诊时间长，预约诊疗率偏低",
        "推行分时段预约，增开周末门诊",
        "儿童保健部",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "院内感染防控培训覆盖不全，保洁外包人员未纳入培训",
        "将外包人员纳入院感培训计划并考核",
        "院感科",
        "2024年7月10日",
        "尚未开展",
        "请抓紧落实",
    ),
]


def write_mch_docx(path: Path) -> Path:
    doc = _new_document("院办公室")
    _title(doc, "濮阳市妇幼保健院关于市委巡察反馈意见整改推进情况的汇报", 20)
    _paragraph(doc, "市卫生健康委党组、驻市卫生健康委纪检监察组：")
    _paragraph(
        doc,
        "2024年4月18日，市委第六巡察组向我院党委反馈了巡察意见。7月8日，驻市卫生健康委纪检监察组到我院督导巡察"
        "整改落实工作，对反馈问题逐一进行了督导。现将整改推进情况及督导意见汇报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(MCH_ROWS, 1)]
    _table(doc, ["序号", "巡察反馈问题", "整改措施", "责任科室", "整改时限", "推进情况", "督导意见"], body)
    _paragraph(doc, "注：“立行立改”事项自巡察反馈之日起整改；督导意见由驻委纪检监察组填写。", 12)
    _paragraph(
        doc,
        "下一步，我院将坚持当下改与长久立相结合，对督导指出的问题明确责任科室，及时跟进落实，确保整改到位。",
    )
    _paragraph(doc, "濮阳市妇幼保健院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_mch(path: Path) -> Path:
    return via_soffice(write_mch_docx, path, "doc", "巡察整改推进情况汇报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 巡察整改督查台账 (一单一档), after a county's account of its 巡察整改督查 (现场督查“不设路线、不打招呼、直奔现场、
# 随机抽查”; 调研督查联动县纪委、组织部; 发函督查; 个性督查在问题清单基础上制定个性化督查清单，建立“一单一档”的
# 规范化督查台账，实行督办“报结制”，直至问题办结):
# http://fnlzw.gov.cn/contents/14/720.html
# An .xlsx: title, 填报单位/督查时段 line, one header row with the 督查方式, the 督办日期 (an event date) the working-day
# 报结时限 count from, 报结时限 as N个工作日内 / 立行立改 / a date, a 报结情况 column, the 督查组 (the inspector) at the
# end, a 说明 line and a signature line. Rows name towns and county bureaus.
SUPERVISE_ROWS = [
    (
        "清丰县马庄桥镇人民政府",
        "现场督查",
        "巡察反馈的村级“三资”问题整改不到位，3个村集体资产未登记入账",
        date(2024, 6, 3),
        "15个工作日内",
        "已报结",
        "第一督查组",
    ),
    (
        "清丰县教育局",
        "调研督查",
        "巡察整改台账与佐证材料不对应，8项已销号问题无佐证资料",
        date(2024, 6, 12),
        "10个工作日内",
        "已报结，经复核合格",
        "第二督查组",
    ),
    (
        "清丰县瓦屋头镇人民政府",
        "现场督查",
        "巡察指出的村室闲置问题未整改，2个村党群服务中心长期上锁",
        date(2024, 6, 20),
        "立行立改",
        "逾期未报结",
        "第一督查组",
    ),
    (
        "清丰县卫生健康委员会",
        "发函督查",
        "个性化督查清单中医疗机构药品采购制度修订事项未完成",
        date(2024, 7, 1),
        "15个工作日内",
        "正在修订制度，尚未报结",
        "第三督查组",
    ),
    (
        "清丰县城市管理局",
        "现场督查",
        "占道经营整治出现反弹，城区3处夜市重新出店经营",
        date(2024, 7, 8),
        "2024年8月30日",
        "",
        "第二督查组",
    ),
    (
        "清丰县固城乡人民政府",
        "调研督查",
        "乡纪委对巡察整改监督不到位，整改方案未经乡党委审定",
        date(2024, 7, 10),
        "10个工作日内",
        "已报结",
        "第三督查组",
    ),
    (
        "清丰县农业农村局",
        "现场督查",
        "高标准农田管护责任未落实，巡察反馈的4处灌溉设施损毁未修复",
        date(2024, 7, 15),
        "20个工作日内",
        "已修复2处，其余正在维修",
        "第一督查组",
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="县委巡察办")
    ws = b.sheet("督查台账")
    b.widths(ws, [6, 24, 10, 44, 12, 14, 22, 12])
    b.line(ws, 0, "清丰县委巡察整改督查台账（一单一档）", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共清丰县委巡察工作领导小组办公室    督查时段：2024年6月—7月    截至：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "被督查单位", "督查方式", "督查发现问题", "督办日期", "报结时限", "报结情况", "督查组"],
    )
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        unit, way, problem, issued, limit, reply, group = row
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, way, problem], first=1)
        b.put(ws, r, 4, issued)
        b.row(ws, r, [limit], first=5, fmt=b.center)
        b.row(ws, r, [reply, group], first=6)
    end = 3 + len(SUPERVISE_ROWS)
    b.line(
        ws,
        end,
        "说明：报结时限自督办之日起计算（工作日按国家法定节假日安排扣除）；“立行立改”事项于督办当日整改报结；"
        "督查组为县委巡察办会同县纪委监委、县委组织部组成的督查组。",
        7,
    )
    b.line(ws, end + 1, "审核人：唐振华    填表人：石晓楠    联系电话：0393-7223586", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 街道党工委及所辖社区巡察反馈问题整改清单, after a district's 区委第二巡察组向浦楼街道党工委及所辖5个社区党委反馈
# 巡察情况 (巡察发现街道统筹高质量发展不够有力，为民服务意识有所欠缺，党建引领作用不够凸显; 老旧小区改造、社区
# 网格化治理; 意见建议: 强化政治引领，强化党建引领，强化纪律建设):
# http://qjpjw.gov.cn/a/xinxigongkai/xunshixunchaqingkuang/benjixunshixunchaqingkuang/fankui/20230427/2831.html
# An .ods (LibreOffice conversion of an .xlsx): title, 反馈时间/填报 line, one header row with the three 问题类别 in the
# feedback's words, 责任单位 naming the 街道办事处 or one of its 社区居民委员会 in full, 完成时限 as dates / 6月底前 /
# 年底前 / 立行立改 (from the 反馈时间) / 长期坚持, a 完成情况 column, and a signature line.
STREET = "华龙区中原路街道办事处"
STREET_ROWS = [
    (
        "统筹高质量发展不够有力",
        "辖区老旧小区改造后续管护缺位，2个小区无物业管理",
        STREET,
        "引入国有物业企业托管，成立小区业委会",
        "2024年10月31日",
        "已引入1家国有物业企业托管1个小区，另1个小区正在协商",
    ),
    (
        "为民服务意识有所欠缺",
        "社区便民服务站工作日午间无人值守，群众办事跑空",
        "华龙区中原路街道石化社区居民委员会",
        "实行午间轮班值守和预约服务",
        "立行立改",
        "已完成",
    ),
    (
        "为民服务意识有所欠缺",
        "12345热线工单回访不及时，2024年一季度有6件超期",
        STREET,
        "建立工单限时办结和回访台账",
        "6月底前",
        "已完成，二季度工单按期办结率100%",
    ),
    (
        "党建引领作用不够凸显",
        "社区“大党委”成员单位联席会议未按季度召开",
        "华龙区中原路街道建设社区居民委员会",
        "按季度召开联席会议，建立共驻共建项目清单",
        "长期坚持",
        "按季度召开，常态化推进",
    ),
    (
        "党建引领作用不够凸显",
        "流动党员底数不清，部分党员组织关系长期未转接",
        "华龙区中原路街道五一社区居民委员会",
        "开展流动党员排查，逐人转接组织关系",
        "2024年8月31日",
        "未整改",
    ),
    (
        "统筹高质量发展不够有力",
        "辖区楼宇经济招商服务机制不健全，闲置楼宇面积较大",
        STREET,
        "建立楼宇招商专班和闲置楼宇台账",
        "年底前",
        "",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="中原路街道党政办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 18, 40, 30, 32, 14, 34])
    b.line(ws, 0, "华龙区中原路街道党工委及所辖社区巡察反馈问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "区委第二巡察组反馈时间：2024年5月24日    填报：中原路街道党政办    日期：2024年7月26日",
        6,
    )
    b.header(ws, 2, ["序号", "问题类别", "问题描述", "责任单位", "整改措施", "完成时限", "完成情况"])
    for i, (kind, problem, unit, measure, limit, done) in enumerate(STREET_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, problem, unit, measure], first=1)
        b.row(ws, r, [limit], first=5, fmt=b.center)
        b.put(ws, r, 6, done)
    end = 3 + len(STREET_ROWS)
    b.line(ws, end, "街道党工委书记（签字）：韩立东    填表人：刘思雨    联系电话：0393-8356127", 6)
    return b.close()


def write_street(path: Path) -> Path:
    via_soffice(write_street_book, path, "ods", "巡察反馈问题整改清单.xlsx")
    return fixed_zip(path)


FILES = [
    ("市住建局党组巡察反馈意见整改任务清单（7月进展）.xlsx", write_housing),
    ("濮阳县委第四轮巡察县直单位反馈问题整改情况汇总表.xls", write_county),
    ("清丰县第一高级中学巡察整改进展情况台账.et", write_school),
    ("市二高党委关于落实市委巡察反馈意见整改进展情况的报告.docx", write_high_school),
    ("华龙区两所中学巡察集中整改进展.zip", write_middle_zip),
    ("市中医院党委巡察整改一案三清单.xlsx", write_tcm),
    ("市建投集团巡察反馈问题整改台账导出.csv", write_invest),
    ("市妇幼保健院关于巡察反馈意见整改推进情况的汇报.wps", write_mch),
    ("清丰县委巡察整改督查台账（一单一档）.xlsx", write_supervise),
    ("中原路街道巡察反馈问题整改清单.ods", write_street),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

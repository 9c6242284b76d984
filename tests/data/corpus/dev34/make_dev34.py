"""Write the dev34 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, plus two inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion), a CSV in UTF-8 with BOM, a .docx with a table, a .doc (Word 97 via LibreOffice) and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev34.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
        elif isinstance(v, date):
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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


def header2(b: Book, ws, r: int, spec: list[tuple[str, list[str] | None]]) -> int:
    """A two-row header: a plain word spans both rows, a group word spans its sub-words; returns the width."""
    c = 0
    for word, subs in spec:
        if not subs:
            b.merge(ws, r, c, r + 1, c, word, b.head)
            c += 1
        else:
            b.merge(ws, r, c, r, c + len(subs) - 1, word, b.head)
            for i, sub in enumerate(subs):
                ws.write_string(r + 1, c + i, sub, b.head)
            c += len(subs)
    return c


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈问题整改清单, after a county's account of how it pushes 巡察整改 (建立整改清单，实行销号管理; the “五个一”
# 工作机制: 一个具体问题、一名分管领导、一个牵头股室（办）、一套整改措施、一抓到底推进; 整改期满后评定好、较好、一般、差):
# http://15m8.com/xqzc/zax/2019-09-03/1051732.html
# An .xlsx: the unit is named only in the title (the 填报单位 line is left blank), a two-row header with 具体问题 /
# 分管领导 / 牵头股室（办） / 整改措施 / 整改时限 and 整改落实情况 over 整改进展 and 是否销号, section rows, a 注 and a signature.
PATROL_SECTIONS = [
    (
        "一、贯彻落实上级决策部署方面",
        [
            (
                "意识形态工作责任制落实不到位，党组未按要求每半年专题研究意识形态工作",
                "王建华",
                "办公室",
                "制定意识形态工作责任清单，党组每半年专题研究一次",
                "2024年6月30日前",
                "已完成。5月21日党组会专题研究意识形态工作，印发责任清单。",
                "是",
            ),
            (
                "文物保护单位安全巡查记录不全，个别文保单位消防器材过期",
                "李卫东",
                "文物科",
                "逐处补齐巡查记录，更换过期消防器材",
                "2024.7.15",
                "已更换灭火器48具，巡查记录已补齐。",
                "是",
            ),
            (
                "乡镇综合文化站免费开放补助资金拨付滞后",
                "李卫东",
                "财务科",
                "倒排拨付时间表，按程序拨付到位",
                "8月底前",
                "已拨付3个乡镇，剩余2个乡镇正在履行拨付程序。",
                "否",
            ),
        ],
    ),
    (
        "二、履行监管职责方面",
        [
            (
                "对文化市场经营单位“双随机”抽查比例偏低，执法检查频次不够",
                "张海涛",
                "市场管理科",
                "制定年度抽查计划，提高抽查比例",
                "长期坚持",
                "长期坚持，已制定年度抽查计划并按月调度。",
                "—",
            ),
            (
                "A级旅游景区安全评估报告未及时更新",
                "张海涛",
                "资源开发科",
                "委托第三方机构对A级景区开展安全评估",
                "2024年10月31日前",
                "正在组织第三方机构开展评估，已完成2家。",
                "否",
            ),
        ],
    ),
    (
        "三、干部队伍和作风建设方面",
        [
            (
                "干部教育培训计划执行不严，年度培训未按计划开展",
                "王建华",
                "人事科",
                "修订干部教育培训计划，按季度开展培训",
                "2024年9月30日前",
                "",
                "否",
            ),
            (
                "公务用车使用登记不规范，存在未填写用车事由的情况",
                "王建华",
                "办公室",
                "修订公务用车管理办法，实行一车一台账",
                "2024年5月31日前",
                "已整改，修订《公务用车管理办法》，逐车建立使用台账。",
                "是",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 10, 12, 30, 16, 34, 10])
    b.line(ws, 0, "中共濮阳市文化广电和旅游局党组巡察反馈问题整改清单", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：                                        填报时间：2024年7月29日", 7)
    header2(
        b,
        ws,
        2,
        [
            ("序号", None),
            ("具体问题", None),
            ("分管领导", None),
            ("牵头股室（办）", None),
            ("整改措施", None),
            ("整改时限", None),
            ("整改落实情况", ["整改进展", "是否销号"]),
        ],
    )
    r, n = 4, 0
    for heading, rows in PATROL_SECTIONS:
        b.merge(ws, r, 0, r, 7, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r + 1,
        "注：整改期满后由市委巡察工作领导小组办公室组织评定，评定结果分为好、较好、一般、差四个等次。",
        7,
    )
    b.line(ws, r + 2, "党组书记（签字）：                联系人：周敏        联系电话：0393-8181234", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计整改情况推进表, after a college 审计处's notice putting its 审计整改 online (《审计发现问题整改情况表》: 审计整改通知书、
# 审计项目名称、被审计单位, 问题摘要、具体描述、涉及金额, 整改类型、整改措施、责任部门、责任人; 《审计整改情况推进表》: 整改情况、
# 整改进展情况、完成时限、整改结果; 已整改的生成《审计整改对账销号单》):
# https://audit.jsmc.edu.cn/2024/1015/c4864a71715/page.htm
# An .xlsx: a preamble block naming the 被审计单位 (the rows name only its sections), a two-row header (审计发现问题 over
# three columns, 整改落实 over seven), 立行立改 rows whose base date a 注 states, a signature line.
AUDIT_ROWS = [
    (
        "逾期贷款催收不力",
        "截至2023年末个人住房公积金逾期贷款87笔、本金312.6万元，部分逾期超过一年未采取诉讼措施",
        312.6,
        "分阶段整改",
        "信贷科",
        "张磊",
        "2024年12月31日",
        "正在整改",
        "已收回逾期本金96.4万元，对15笔启动诉讼程序",
        "",
    ),
    (
        "缴存基数核定不准",
        "12家单位按最低工资标准为职工缴存，未按职工上年度月平均工资核定缴存基数",
        "—",
        "立行立改",
        "归集科",
        "孙晓燕",
        "立行立改",
        "已整改",
        "",
        "已督促12家单位重新核定缴存基数并补缴差额",
    ),
    (
        "提取审核不严",
        "抽查发现5笔租房提取未按规定核验租赁备案信息",
        4.2,
        "立行立改",
        "归集科",
        "孙晓燕",
        "立行立改",
        "已整改",
        "",
        "已追回违规提取资金4.2万元",
    ),
    (
        "增值收益上缴不及时",
        "2023年度住房公积金增值收益未在规定时间内上缴廉租住房建设补充资金",
        1860,
        "分阶段整改",
        "财务科",
        "马丽",
        "2024年8月31日",
        "正在整改",
        "已上缴1200万元，剩余部分待财政部门核定后上缴",
        "",
    ),
    (
        "信息系统权限管理不规范",
        "业务系统存在离职人员账号未及时注销、一人多岗权限交叉等情况",
        "—",
        "分阶段整改",
        "办公室",
        "周强",
        "2024年7月20日",
        "未整改",
        "系统升级需软件供应商配合，尚未实施",
        "",
    ),
    (
        "内部稽核覆盖面不足",
        "2023年内部稽核未覆盖贷款发放业务，稽核发现的问题未建立整改台账",
        "—",
        "持续整改",
        "稽核科",
        "吴敏",
        "长期坚持",
        "长期坚持",
        "已制定年度稽核计划，按季度开展专项稽核",
        "",
    ),
    (
        "归集扩面工作推进缓慢",
        "非公有制企业和灵活就业人员建缴率偏低，扩面任务仅完成年度计划的38%",
        "—",
        "分阶段整改",
        "归集科",
        "孙晓燕",
        "2024年12月底前",
        "",
        "",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="稽核科")
    ws = b.sheet("推进表")
    b.widths(ws, [6, 16, 40, 10, 12, 10, 8, 16, 10, 30, 26])
    b.line(ws, 0, "审计整改情况推进表", 10, b.title)
    b.line(ws, 1, "审计整改通知书：濮审整通〔2024〕12号（2024年6月14日下达）", 10)
    b.line(ws, 2, "审计项目名称：2023年度住房公积金归集使用情况专项审计", 10)
    b.line(ws, 3, "被审计单位：濮阳市住房公积金管理中心", 10)
    header2(
        b,
        ws,
        4,
        [
            ("序号", None),
            ("审计发现问题", ["问题摘要", "具体描述", "涉及金额（万元）"]),
            (
                "整改落实",
                ["整改类型", "责任部门", "责任人", "完成时限", "整改情况", "整改进展情况", "整改结果"],
            ),
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 5 + i, 0, i, b.center)
        b.row(ws, 5 + i, list(row), first=1)
    end = 6 + len(AUDIT_ROWS)
    b.line(ws, end + 1, "注：整改类型为立行立改的，完成时限为审计整改通知书下达之日（2024年6月14日）。", 10)
    b.line(
        ws,
        end + 2,
        "被审计单位负责人：              填表人：刘芳        联系电话：0393-4412345        填报日期：2024年7月30日",
        10,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 中央生态环境保护督察转办信访件办理情况, after a region's account of a batch of 转办件 (第二十七批78件全部办结; 从地域看,
# 从污染类型看 大气、噪声、固废、扬尘、油烟、水污染、生态; 查证属实 / 不属实; 责令整改、行政处罚、约谈、问责; 办结情况公开):
# http://news.17huanbao.com/hyxw/news_136278.html
# An .xls (xlwt): title, 填报单位 line, one header row with 行政区域 and 污染类型 and a 是否属实 column beside the handling,
# a 合计 row and a 注 line.
ENV_ROWS = [
    (
        "D410000202407020011",
        "2024-07-02",
        "华龙区",
        "大气",
        "汽修厂露天喷漆作业，异味扰民",
        "属实",
        "责令立即停止露天喷漆，立案处罚2万元；已建成喷漆房并安装废气处理设施",
        "华龙区人民政府",
        "2024年7月15日",
        "办结",
    ),
    (
        "D410000202407020017",
        "2024-07-02",
        "清丰县",
        "水",
        "养殖场废水排入村内坑塘",
        "属实",
        "责令养殖场清理坑塘污水，粪污储存池正在建设",
        "清丰县人民政府",
        "2024年8月31日",
        "未办结",
    ),
    (
        "D410000202407050003",
        "2024-07-05",
        "市区",
        "噪声",
        "商砼搅拌站夜间生产噪声扰民",
        "不属实",
        "经夜间现场监测，厂界噪声达标，已向信访人反馈",
        "市生态环境局",
        "",
        "办结",
    ),
    (
        "D410000202407050009",
        "2024-07-05",
        "濮阳县",
        "固废",
        "建筑垃圾倾倒在金堤河滩地",
        "属实",
        "已清运建筑垃圾约300立方米，对倾倒者立案查处",
        "濮阳县人民政府",
        "2024年7月20日",
        "办结",
    ),
    (
        "D410000202407080006",
        "2024-07-08",
        "南乐县",
        "扬尘",
        "砖厂原料堆场未覆盖，大风天扬尘严重",
        "属实",
        "",
        "南乐县人民政府",
        "2024年8月15日",
        "",
    ),
    (
        "D410000202407080012",
        "2024-07-08",
        "市区",
        "油烟",
        "步行街烧烤店油烟直排",
        "属实",
        "已下达责令改正通知书，3家已加装油烟净化器，2家正在安装",
        "市城管执法局",
        "2024年8月10日",
        "未办结",
    ),
    (
        "D410000202407110004",
        "2024-07-11",
        "范县",
        "生态",
        "黄河滩区有人夜间非法取土",
        "属实",
        "",
        "范县人民政府",
        "2024年7月25日",
        "逾期未办",
    ),
]


def write_env(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    words = [
        "序号",
        "受理编号",
        "交办时间",
        "行政区域",
        "污染类型",
        "信访问题",
        "是否属实",
        "处理和整改情况",
        "责任单位",
        "整改时限",
        "办结情况",
    ]
    last = len(words) - 1
    cells = [
        (0, 0, "中央第三生态环境保护督察组转办信访件办理情况（第十二批）", t, 0, last),
        (1, 0, "填报单位：濮阳市生态环境保护委员会办公室    截至时间：2024年7月30日", plain, 1, last),
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(ENV_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 4, 6, 10) else c))
    r = 3 + len(ENV_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "交办7件，已办结3件；查证属实6件，不属实1件", c, r, last),
        (
            r + 1,
            0,
            "注：责任单位为县（区）人民政府的，由县（区）组织有关部门办理；整改时限以交办单载明的时限为准。",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("转办件", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 安全检查整改通知单登记台账, after a machinery-industry safety manual's 表3 安全检查整改通知单 (第一联 归口整改部门留存;
# 填报单位主管签章, 填单日期; 说明: “三不上交”; 归口整改部门接到此单后10天内将填好整改意见和实施情况的第二联返回安技部门;
# 同样适用于上级领导部门、厂部的安全大检查):
# http://mirvacam.com/Manage/Check/200805/15942_9.shtml
# An .et (Excel 97 via LibreOffice): a gas company's 安全技术部 registers the notices; the rows name its 归口整改部门
# (sections) beside the 检查单位 (inspectors); 整改期限 partly “N日内” from the 填单日期; 说明 lines and a signature.
SAFETY_ROWS = [
    (
        "AJ-2024-031",
        date(2024, 7, 3),
        "公司安全大检查组",
        "城东调压站放散管阻火器锈蚀失效",
        "输配管网部",
        "10日内",
        "已更换阻火器并做密封性试验",
        "复查合格",
    ),
    (
        "AJ-2024-032",
        date(2024, 7, 5),
        "市应急管理局检查组",
        "LNG储配站消防水池液位计损坏",
        "储配站",
        "2024年7月31日",
        "已采购液位计，待厂家上门安装",
        "",
    ),
    (
        "AJ-2024-033",
        date(2024, 7, 9),
        "市安监局督查组",
        "客服大厅应急疏散指示灯不亮",
        "客户服务部",
        "5日内",
        "已修复疏散指示灯",
        "复查合格",
    ),
    (
        "AJ-2024-034",
        date(2024, 7, 12),
        "公司安全大检查组",
        "老旧小区庭院管网穿越地下室处未设燃气泄漏报警装置",
        "输配管网部",
        "2024年9月30日",
        "已完成12个小区勘察设计，正在采购报警装置",
        "",
    ),
    (
        "AJ-2024-035",
        date(2024, 7, 16),
        "公司安全大检查组",
        "管网施工现场动火作业未办理动火审批",
        "工程部",
        "10日内",
        "",
        "复查不合格，动火审批台账仍不完整",
    ),
    (
        "AJ-2024-036",
        date(2024, 7, 22),
        "市应急管理局检查组",
        "危化品运输车辆动态监控平台有车辆长时间离线",
        "储运部",
        "10日内",
        "正在整改，已约谈驾驶员并恢复2辆车在线",
        "",
    ),
    (
        "AJ-2024-037",
        date(2024, 7, 25),
        "公司安全大检查组",
        "新入职员工三级安全教育档案不全",
        "人力资源部",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_safety_book(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("登记台账")
    b.widths(ws, [6, 14, 12, 18, 36, 12, 14, 30, 22])
    b.line(ws, 0, "安全检查整改通知单登记台账（2024年7月）", 8, b.title)
    b.line(ws, 1, "填报单位（主管签章）：濮阳市燃气有限公司安全技术部        填报日期：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "通知单编号",
            "填单日期",
            "检查单位（人）",
            "不安全问题",
            "归口整改部门",
            "整改期限",
            "整改意见和实施情况",
            "复查结论",
        ],
    )
    for i, row in enumerate(SAFETY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SAFETY_ROWS)
    notes = [
        "说明：（1）整改期限写“N日内”的，自填单日期起计算；紧急隐患应立即处理。",
        "（2）归口整改部门应在整改期限内将整改意见和实施情况报安全技术部，由安全技术部组织复查。",
        "（3）本台账同样适用于上级部门、公司对各部门进行安全大检查查出的不安全问题的整改。",
        "安全技术部负责人：赵志勇        填表人：韩雪        联系电话：0393-8215566",
    ]
    for k, text in enumerate(notes):
        b.line(ws, end + 1 + k, text, 8)
    return b.close()


def write_safety(path: Path) -> Path:
    return via_soffice(write_safety_book, path, "xls", "安全检查整改通知单登记台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 12345热线省派工单办理明细, after a city's monthly 12345 account (受理群众各类诉求; 咨询类、求助类、投诉类、建议类、举报类、
# 感谢类、其它类; 受理省派工单N件，已处理完毕N件，处于办结时限内正在办理N件; 热线日报、周报):
# https://www.tangshan.gov.cn/zhuzhan/12345zwfwbmrxtjsj/20241212/1621850.html
# A CSV in UTF-8 with BOM, as the hotline system exports it: a title line, one header row, 办理时限 in working days from
# the 受理时间, a closing 合计 line.
HOTLINE_ROWS = [
    (
        "SP2407010023",
        "2024-07-01 09:12:33",
        "投诉类",
        "小区地下车库积水严重，排水泵长期损坏无人维修",
        "市住建局",
        "5个工作日",
        "已处理完毕",
        "满意",
    ),
    (
        "SP2407030105",
        "2024-07-03 14:20:05",
        "求助类",
        "独居老人申请居家养老服务补贴无人受理",
        "市民政局",
        "10个工作日",
        "已处理完毕",
        "基本满意",
    ),
    (
        "SP2407090042",
        "2024-07-09 10:05:47",
        "举报类",
        "居民楼内有无证诊所开展静脉输液",
        "市卫健委",
        "20个工作日",
        "办结时限内正在办理",
        "",
    ),
    (
        "SP2407150077",
        "2024-07-15 16:41:20",
        "建议类",
        "建议人民公园公共卫生间夜间开放",
        "市城管局",
        "10个工作日",
        "已处理完毕",
        "满意",
    ),
    (
        "SP2407180031",
        "2024-07-18 08:55:02",
        "投诉类",
        "自来水水质发黄有异味",
        "自来水公司",
        "3个工作日",
        "逾期未办结",
        "",
    ),
    (
        "SP2407240018",
        "2024-07-24 11:30:10",
        "咨询类",
        "灵活就业人员参加职工医保的缴费标准",
        "市医保局",
        "5个工作日",
        "已处理完毕",
        "满意",
    ),
    (
        "SP2407290066",
        "2024-07-29 15:02:44",
        "求助类",
        "农村低保户危房改造补助资金未到位",
        "城关镇",
        "10个工作日",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345政务服务便民热线省派工单办理明细（2024年7月）"])
    w.writerow(
        ["工单编号", "受理时间", "诉求类别", "诉求内容", "承办单位", "办理时限", "办理状态", "回访满意度"]
    )
    for row in HOTLINE_ROWS:
        w.writerow(row)
    w.writerow(["合计", "", "", "受理省派工单7件，已处理完毕4件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 政协提案办理进度表, after a city 政协's account of chasing its 提案 (超过“三个月”时限还未办理答复的提案承办单位, 下发文件
# 催办; 电话催办、上门协商; 按期办复率; 所有提案已全部办结):
# https://www.ahszzx.gov.cn/index.php?a=shows&catid=18&id=1210
# A .docx: title, a 催办 paragraph stating the three-month limit from the 交办 date, one table with 提案人 and 会办单位
# beside the 主办单位, the office and date.
PROPOSAL_ROWS = [
    (
        "第0012号",
        "关于加快老旧小区加装电梯的提案",
        "张伟等3位委员",
        "市住房和城乡建设局",
        "市自然资源和规划局、市市场监督管理局",
        "2024年3月15日",
        "3个月",
        "已办复，委员表示满意",
    ),
    (
        "第0027号",
        "关于规范校外培训机构收费行为的提案",
        "民盟濮阳市委员会",
        "市教育局",
        "市市场监督管理局",
        "2024年3月15日",
        "3个月",
        "已办复",
    ),
    (
        "第0035号",
        "关于完善农村互助养老服务设施的提案",
        "李红委员",
        "市民政局",
        "市财政局",
        "2024年3月15日",
        "3个月",
        "逾期未办复",
    ),
    (
        "第0041号",
        "关于推进黄河文化旅游带建设的提案",
        "农工党濮阳市委员会",
        "市文广新局",
        "市发展和改革委员会",
        "2024年4月26日",
        "3个月",
        "正在办理，已与提案人当面沟通",
    ),
    (
        "第0053号",
        "关于加强中小学生心理健康服务的提案",
        "王静委员",
        "市卫健委",
        "市教育局",
        "2024年4月26日",
        "3个月",
        "",
    ),
    (
        "第0060号",
        "关于优化公交线路覆盖产业集聚区的提案",
        "赵磊等5位委员",
        "市公交公司",
        "市交通运输局",
        "2024年4月26日",
        "3个月",
        "已办复",
    ),
    (
        "第0068号",
        "关于解决新就业形态劳动者参保难的提案",
        "市工商联",
        "市人社局",
        "市医疗保障局",
        "2024年5月10日",
        "3个月",
        "正在办理",
    ),
]


def write_proposal(path: Path) -> Path:
    doc = _new_document("提案委员会办公室")
    _title(doc, "市政协十届三次会议提案办理进度表")
    _paragraph(
        doc,
        "各提案承办单位：提案交办后，承办单位应自交办之日起3个月内办理完毕并答复提案人。对超过3个月时限仍未办复的，"
        "市政协提案委员会将以办公室名义下发文件催办，并通过电话催办、上门协商等方式督促落实。现将截至2024年7月26日"
        "的办理进度列表如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PROPOSAL_ROWS, 1)]
    _table(
        doc,
        ["序号", "提案号", "案由", "提案人", "主办单位", "会办单位", "交办日期", "办理时限", "办理情况"],
        body,
        size=9,
    )
    _paragraph(doc, "联系人：陈晓梅    联系电话：0393-8990021", 12)
    _paragraph(doc, "濮阳市政协提案委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 政府工作报告重点任务落实情况, after a county 政府督查室's 通报 of its 政府工作报告 tasks (专项督查; 部分项目进展缓慢、未达
# 序时; 个别单位报送材料不及时; 附件 …完成情况.docx):
# http://www.guanyun.gov.cn/gyxzf/gsgg/content/1bbcd6da-4ff8-4724-b7ae-54239c220f9a.html
# A .doc (Word 97 via LibreOffice): 督查 number line, title, 通报 paragraph, one table with 分管领导 beside the 责任单位,
# a 序时进度 column, a closing paragraph naming late reporters (not items), the office and date.
TASK_ROWS = [
    (
        "新建改建城市道路12条，打通断头路5条",
        "市住建局",
        "孙立新",
        "2024年12月底",
        "已开工9条，完成投资4.2亿元",
        "达序时",
    ),
    (
        "新增城镇就业3.5万人",
        "市人力资源和社会保障局",
        "孙立新",
        "年底前",
        "上半年新增城镇就业2.1万人，完成年度目标的60%",
        "达序时",
    ),
    (
        "完成城镇老旧小区改造46个",
        "市住建局",
        "孙立新",
        "2024年10月底前",
        "46个小区改造全部完工，已通过竣工验收",
        "已完成",
    ),
    (
        "建成市妇幼保健院新院区",
        "市卫生健康委员会",
        "郭红梅",
        "2024年9月30日",
        "受征迁影响进展滞后",
        "未达序时",
    ),
    (
        "实施城区雨污分流改造工程",
        "市城市管理局",
        "孙立新",
        "6月底前完成设计，9月底前开工，年底前完成一期工程",
        "已完成施工图设计，正在招标",
        "达序时",
    ),
    (
        "新建农村公办幼儿园8所",
        "市教育局",
        "郭红梅",
        "2024年8月31日",
        "已建成6所，剩余2所正在室内装修",
        "达序时",
    ),
    (
        "深入开展“万人助万企”活动",
        "市工业和信息化局",
        "李振国",
        "长期坚持",
        "常态化推进，上半年走访企业1260家次",
        "—",
    ),
]


def write_tasks_docx(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _paragraph(doc, "濮阳市政务督查  第八期", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市人民政府督查室                2024年7月25日", 12)
    _title(doc, "2024年《政府工作报告》重点任务上半年落实情况")
    _paragraph(
        doc,
        "按照市政府工作安排，市政府督查室对2024年《政府工作报告》重点任务上半年落实情况进行了专项督查。"
        "从督查情况看，大多数责任单位能够明确责任分工、倒排时间节点，部分任务进展缓慢、未达序时。现将有关情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(TASK_ROWS, 1)]
    _table(
        doc,
        ["序号", "重点任务", "责任单位", "分管领导", "完成时限", "上半年进展情况", "序时进度"],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "另外，市科学技术局、市统计局未按要求报送上半年落实情况材料。未达序时的任务，责任单位要认真组织整改，"
        "市政府督查室将进行重点督查，持续跟踪推进情况。",
    )
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_tasks(path: Path) -> Path:
    return via_soffice(write_tasks_docx, path, "doc", "政府工作报告重点任务上半年落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 民生实事推进情况表, after a provincial information centre's note on a city's 15件民生实事 (把群众关心的热点、难点问题单列
# 出来，明确推进时间节点和完成时间、实施单位和主要负责人; 通过电视、报刊、网络向市民作出承诺; 大部分按计划推进，有些超额完成):
# https://www.cei.cn//defaultsite/s/article/2013/12/02/4b4ff4ad-429c4af2-0142-b22865a5-2cad_2013.html?columnId=4028c7ca-37115425-0137-115cb292-120f&referCode=dqgdzw
# An .xlsx: title, 填报单位 line, one header row with 实施单位 and 主要负责人, the deadline inside the 推进时间节点 schedule
# text, an 实际完成时间 column, a 注 and a signature line.
LIVELIHOOD_ROWS = [
    (
        "新增城市停车泊位",
        "新增公共停车泊位3000个",
        "市城市管理局",
        "刘洋",
        "4月底前完成选址，6月底前开工，10月底前全部建成",
        "已建成1800个，其余正在施工",
        "",
    ),
    (
        "改造提升农贸市场",
        "完成农贸市场改造6个",
        "市商务局",
        "陈刚",
        "3月底前确定改造名单，9月底前全部完成改造",
        "6个市场改造全部完工并投入使用",
        "2024年7月10日",
    ),
    (
        "新建城市口袋公园",
        "新建口袋公园20个",
        "市住建局",
        "杨帆",
        "5月底前完成设计，8月底前建成15个，12月底前全部建成",
        "已建成12个",
        "",
    ),
    (
        "农村供水提质增效",
        "完成农村供水管网改造300公里",
        "市水务局",
        "郑永军",
        "6月底前完成招标，11月底前完成改造",
        "招标工作滞后，尚未开工",
        "",
    ),
    (
        "开通城乡公交新线路",
        "新开通城乡公交线路5条",
        "众意公交公司",
        "黄斌",
        "7月1日前开通3条，9月30日前全部开通",
        "",
        "",
    ),
    (
        "新增普惠托育托位",
        "新增托位1000个",
        "市卫健委",
        "宋佳",
        "上半年新增500个，年底前全部完成",
        "已新增托位620个",
        "",
    ),
    (
        "背街小巷综合整治",
        "整治背街小巷50条",
        "华龙区人民政府",
        "冯志远",
        "8月底前全部完成",
        "已完成整治42条，其余8条正在施工",
        "",
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 18, 24, 16, 10, 40, 30, 16])
    b.line(ws, 0, "2024年市政府十件民生实事推进情况表（城建交通类，截至7月底）", 7, b.title)
    b.line(ws, 1, "填报单位：市人民政府督查室        填报日期：2024年7月31日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "民生实事",
            "年度目标",
            "实施单位",
            "主要负责人",
            "推进时间节点",
            "进展情况",
            "实际完成时间",
        ],
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIVELIHOOD_ROWS)
    b.line(ws, end + 1, "注：推进时间节点以市政府年初向社会公开承诺的为准；已全部完成的填写实际完成时间。", 7)
    b.line(ws, end + 2, "填报人：韩冰        审核人：杜建伟        联系电话：0393-8997788", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 河湖“四乱”问题排查整改台账, after a town's account of its 清河护岸净水保水四项行动 (镇、村河长及村干部对辖区重点河段
# 拉网式排查; 乱占、乱堆; 专项整改; 对整改点位开展“回头看”，未出现问题反弹):
# http://m.fqjz1.com/gongkai/show/57605735173e45848546dbc98254982c.html
# An .ods (LibreOffice conversion): title naming the town, 排查 / 回头看 line, a two-row header (河长 over 镇级 and 村级),
# the 河流（河段） merged down its rows, 责任单位 mostly the town's own offices, a 回头看 column, a signature line.
RIVER_ROWS = [
    (
        "金堤河（王助段）",
        [
            (
                "后寨村桥下游200米",
                "乱堆",
                "河道管理范围内堆放建筑垃圾约50立方米",
                "张国强",
                "李明",
                "镇村镇建设办",
                "2024年6月30日",
                "已清运完毕",
                "未反弹",
            ),
            (
                "前寨村北岸",
                "乱占",
                "河堤内侧违规种植高秆作物约3亩",
                "张国强",
                "王军",
                "镇农业服务中心",
                "2024年7月10日",
                "已全部清除",
                "未反弹",
            ),
        ],
    ),
    (
        "马颊河支渠",
        [
            (
                "东刘村段",
                "乱建",
                "渠岸违规搭建养殖棚两处",
                "刘振华",
                "刘保林",
                "市水务局",
                "2024年8月31日",
                "已下达限期拆除通知书，正在协调拆除",
                "",
            ),
            (
                "西刘村段",
                "乱采",
                "河道内非法取砂形成深坑",
                "刘振华",
                "刘新社",
                "市国土资源局",
                "2024年7月20日",
                "已立案调查，取砂坑回填方案正在编制",
                "",
            ),
        ],
    ),
    (
        "第三濮清南干渠",
        [
            (
                "张庄段",
                "乱堆",
                "渠边堆放生活垃圾和秸秆",
                "赵东升",
                "张秋菊",
                "镇环卫所",
                "2024年6月25日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "潴龙河",
        [
            (
                "王助村段",
                "乱占",
                "河道内设置迷魂阵渔网拦河捕鱼",
                "赵东升",
                "王海",
                "镇综合行政执法队",
                "2024年6月20日",
                "已拆除渔网",
                "未反弹",
            ),
            (
                "杜寨村段",
                "乱建",
                "河岸临时彩钢房侵占河道管理范围",
                "赵东升",
                "杜卫民",
                "镇村镇建设办",
                "2024年9月30日",
                "",
                "",
            ),
        ],
    ),
]


def write_river_book(path: Path) -> Path:
    b = Book(path, author="镇河长办")
    ws = b.sheet("四乱台账")
    b.widths(ws, [6, 16, 18, 8, 34, 10, 10, 16, 16, 30, 12])
    b.line(ws, 0, "王助镇清河护岸专项行动河湖“四乱”问题排查整改台账", 10, b.title)
    b.line(ws, 1, "排查时间：2024年6月10日—6月20日        回头看时间：2024年7月26日", 10)
    header2(
        b,
        ws,
        2,
        [
            ("序号", None),
            ("河流（河段）", None),
            ("问题点位", None),
            ("问题类型", None),
            ("问题描述", None),
            ("河长", ["镇级", "村级"]),
            ("责任单位", None),
            ("整改时限", None),
            ("整改情况", None),
            ("回头看情况", None),
        ],
    )
    r, n = 4, 0
    for river, rows in RIVER_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, river, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "王助镇河长制办公室（盖章）        填报人：孟凡超        填报日期：2024年7月29日", 10)
    return b.close()


def write_river(path: Path) -> Path:
    via_soffice(write_river_book, path, "ods", "河湖四乱问题排查整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 农村人居环境整治自查问题整改清单 from two townships, after a town 纪委's “项目化” check of its villages' 人居环境整治
# (16个行政村; 生活垃圾日产日清、庭院卫生、村容村貌、柴草垛离屯离户离田离河; 现场督办，分类提出整改意见，明确整改时限，限期整改):
# http://www.dongfeng.gov.cn/jrdf/xzdt/202211/t20221125_635478.html
# A .zip of two .xlsx returns: the township named only in the title and the file name, a 检查时间 line, a two-row header
# with 整改情况 over three tick columns (已整改 / 整改中 / 未整改), the township's own 责任站所, a 填表说明 and signature line.
SELFCHECK_RETURNS = [
    (
        "胡村乡",
        [
            (
                "后店村",
                "生活垃圾治理",
                "村东坑塘边垃圾未做到日产日清",
                "清运积存垃圾，落实保洁员日清",
                "乡环卫所",
                "赵亮",
                "7月20日前",
                0,
            ),
            (
                "胡村",
                "柴草垛管理",
                "柴草垛未按离屯离户要求集中堆放",
                "统一规划堆放点，逐户清理",
                "乡农业服务中心",
                "钱坤",
                "7月底前",
                1,
            ),
            (
                "前店村",
                "庭院卫生",
                "部分农户庭院杂物乱堆乱放",
                "开展美丽庭院评比，督促农户清理",
                "乡妇联",
                "孙倩",
                "2024.8.10",
                2,
            ),
            (
                "西柳村",
                "村容村貌",
                "主街两侧残垣断壁未拆除",
                "拆除残垣断壁，平整后绿化",
                "乡村镇建设办",
                "钱坤",
                "8月15日前完成",
                None,
            ),
        ],
    ),
    (
        "新习镇",
        [
            (
                "新习村",
                "生活垃圾治理",
                "垃圾中转点周边散落垃圾清运不及时",
                "增加清运频次",
                "镇环卫所",
                "周涛",
                "7月15日前",
                0,
            ),
            (
                "郎中村",
                "厕所革命",
                "改厕户化粪池满溢未及时抽排",
                "联系抽排队伍集中抽排",
                "镇农业农村办",
                "吴磊",
                "7月25日前",
                0,
            ),
            (
                "双庙村",
                "村容村貌",
                "废旧坑塘未整治，水体发黑有异味",
                "清淤补水，岸坡绿化",
                "镇村镇建设办",
                "郑华",
                "9月底前",
                1,
            ),
            (
                "孟庄村",
                "柴草垛管理",
                "柴草垛临河堆放存在火灾隐患",
                "搬离河道管理范围，集中堆放",
                "镇应急办",
                "周涛",
                "7月31日前",
                1,
            ),
        ],
    ),
]


def write_selfcheck_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 10, 14, 34, 28, 16, 10, 16, 8, 8, 8])
    b.line(ws, 0, f"{town}2024年7月农村人居环境整治自查问题整改清单", 10, b.title)
    b.line(ws, 1, "检查时间：2024年7月8日—7月12日        检查方式：逐村实地查看、拍照记录", 10)
    header2(
        b,
        ws,
        2,
        [
            ("序号", None),
            ("村别", None),
            ("检查项目", None),
            ("发现问题", None),
            ("整改意见", None),
            ("责任站所", None),
            ("包村领导", None),
            ("整改时限", None),
            ("整改情况", ["已整改", "整改中", "未整改"]),
        ],
    )
    for i, (*values, tick) in enumerate(rows, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, values, first=1)
        for k in range(3):
            b.put(ws, r, 8 + k, "√" if tick == k else "", b.center)
    end = 4 + len(rows)
    b.line(ws, end + 1, "填表说明：在“整改情况”对应栏内打“√”；整改时限按检查组现场督办要求填写。", 10)
    b.line(ws, end + 2, "镇纪委核查人：              填表人：              联系电话：", 10)
    return b.close()


def write_selfcheck(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, rows in SELFCHECK_RETURNS:
            name = f"{town}农村人居环境整治自查问题整改清单.xlsx"
            member = write_selfcheck_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市文化广电和旅游局巡察反馈问题整改清单.xlsx", write_patrol),
    ("住房公积金专项审计整改情况推进表.xlsx", write_audit),
    ("中央生态环境保护督察转办信访件办理情况（第十二批）.xls", write_env),
    ("安全检查整改通知单登记台账（2024年7月）.et", write_safety),
    ("12345热线省派工单办理明细（2024年7月）.csv", write_hotline),
    ("市政协十届三次会议提案办理进度表.docx", write_proposal),
    ("2024年政府工作报告重点任务上半年落实情况.doc", write_tasks),
    ("2024年十件民生实事推进情况表.xlsx", write_livelihood),
    ("王助镇河湖四乱问题排查整改台账.ods", write_river),
    ("农村人居环境整治自查问题整改清单（胡村乡、新习镇）.zip", write_selfcheck),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Regenerate the aside14 part (kept aside) of the intake corpus (python make_aside14.py, from this folder).

Nine returns of the kinds a municipal 督查局 collects: 燃气用户户内隐患排查, 人大代表建议办理, 河湖“四乱”
自查与督考通报问题“回头看”, 电动自行车安全隐患集中夜查, 绩效审计查出问题整改 (a report written as
paragraphs), 巡察反馈问题整改, 12345 热线工单办理回访, 经营性自建房安全隐患排查整治, and a zip of two
街道's 自建房摸底排查问题台账. Each copies the kind of table or document a public source shows; the source
is cited next to each layout (and repeated in expected.json and SOURCES.txt). The contents (problems,
names, dates) are made up.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: one workbook written with XlsxWriter; one .xls, one .et (an Excel 97 file with the WPS suffix) and
one .ods converted by LibreOffice (soffice --headless --convert-to), the .ods rewritten with fixed member
times; one .docx written with python-docx; one .wps, a Word document converted by LibreOffice to Word 97;
one CSV in GBK; one tab-separated UTF-16 text file; one .zip of a workbook and a Word document with GBK
member names. Needs XlsxWriter, python-docx and LibreOffice (soffice).
"""

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
CREATED = datetime(2024, 7, 30, 17, 0, 0)


# ---------------------------------------------------------------------------------------------
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
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 15, 40, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 17, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def _docx_bytes(doc) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return _save_fixed(doc, Path(tmp) / "member.docx").read_bytes()


def _via_soffice(book: Path, suffix: str, path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        soffice(book, suffix, Path(tmp) / f"{book.stem}.{suffix}")
        shutil.copyfile(Path(tmp) / f"{book.stem}.{suffix}", path)
    return path


def _put_rows(b: Book, ws, first_row: int, rows: list[list[object]], centered=()) -> int:
    for r, values in enumerate(rows, start=first_row):
        b.put(ws, r, 0, r - first_row + 1, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.day if isinstance(v, date) else (b.center if c in centered else b.cell))
    return first_row + len(rows)


# =============================================================================================
# 1. 燃气用户户内隐患排查整治台账 (CSV in GBK, as a system exports it), after a county's 居民用户燃气安全
# 隐患排查整治 (住建局会同燃气公司逐户入户, 逐户建立台账, 明确隐患内容、整改时限, 下达安全告知单):
# http://hbhcj.cn/news/2021/0303/147766.html
# Title and 填报 lines; 排查日期 per row with relative 整改时限 (N日内, 当场整改) or a date; rows name the
# company's own 安检班组; 合计 line and signature.
GAS_ROWS = [
    [
        "2024-07-02",
        "昆吾小区",
        "3-2-201",
        "橡胶软管老化龟裂，长度超过2米",
        "7日内",
        "已更换不锈钢波纹管",
        "入户安检一班",
    ],
    [
        "2024-07-03",
        "建业春天里",
        "5-1-602",
        "燃气热水器烟道未伸出户外",
        "15日内",
        "已下达安全告知单，用户已预约改装",
        "入户安检二班",
    ],
    [
        "2024-07-05",
        "绿城小区",
        "12-3-101",
        "同一空间同时使用管道燃气和瓶装液化气",
        "当场整改",
        "已当场移出液化气钢瓶",
        "入户安检一班",
    ],
    ["2024-07-08", "金堤小区", "2-1-502", "灶具无熄火保护装置", "2024年7月底前", "", "入户安检三班"],
    [
        "2024-07-10",
        "昆吾小区",
        "7-2-301",
        "燃气表前阀门锈蚀无法关闭",
        "3日内",
        "已更换表前阀",
        "入户安检一班",
    ],
    ["2024-07-16", "油田东小区", "4-1-402", "燃气管线与电线间距不足", "2024-08-10", "未整改", "入户安检二班"],
    [
        "2024-07-22",
        "华龙小区",
        "9-2-202",
        "厨房内燃气管道被封闭在橱柜内",
        "2024年8月15日前",
        "正在整改",
        "入户安检三班",
    ],
]


def write_gas(path: Path) -> Path:
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(["居民用户燃气安全隐患排查整治台账", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：市燃气有限公司", "", "", "", "", "统计截至：2024年7月31日", "", ""])
    w.writerow(["序号", "排查日期", "小区名称", "楼栋户号", "隐患内容", "整改时限", "整改情况", "安检班组"])
    for n, values in enumerate(GAS_ROWS, start=1):
        w.writerow([n, *values])
    w.writerow(["合计", "", "", "", "排查发现一般隐患7处", "", "", ""])
    w.writerow(["填表人：赵文静", "", "审核人：韩立新", "", "", "填表日期：2024年7月31日", "", ""])
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 2. 代表建议办理情况统计表 (.xlsx), after a city's report that every 人大代表建议 was answered within the
# set time (建议按建设环保城管、工业农业经济、文化教育卫生、法制民生、交通建设管理分类; 已经解决或基本解决
# / 部分解决或列入计划逐步解决 / 因条件限制留作参考): http://www.moldremoval-chicago.com/show.asp?id=1453
# Title and 交办 line stating the base date; category column merged down over its rows; 答复时限 relative
# (三个月内, 两个月内) or a date; 办理状态 with 办理结果 and 答复时间; short and former unit names; 合计.
PROPOSAL_GROUPS = [
    (
        "建设环保城管类",
        [
            [
                "2024-001",
                "关于加快老旧小区雨污分流改造的建议",
                "李红梅",
                "市住建局",
                "市城管局",
                "三个月内",
                "已答复",
                "已经解决或基本解决",
                date(2024, 7, 5),
            ],
            [
                "2024-006",
                "关于整治城区餐饮油烟扰民的建议",
                "周卫东",
                "市环保局",
                "",
                "三个月内",
                "已答复",
                "部分解决",
                date(2024, 7, 9),
            ],
        ],
    ),
    (
        "交通建设管理类",
        [
            [
                "2024-002",
                "关于增开城乡公交夜班线路的建议",
                "王建国",
                "市公交公司",
                "市交通局",
                "2024年6月底前",
                "已答复",
                "列入计划逐步解决",
                date(2024, 6, 26),
            ],
            [
                "2024-007",
                "关于完善华龙区中小学周边交通安全设施的建议",
                "孙丽",
                "市交警支队",
                "市教育局",
                "2024年7月20日前",
                "逾期未答复",
                "",
                None,
            ],
        ],
    ),
    (
        "文化教育卫生类",
        [
            [
                "2024-003",
                "关于在乡镇卫生院增设儿科门诊的建议",
                "刘海燕",
                "市卫健委",
                "",
                "三个月内",
                "正在办理",
                "",
                None,
            ]
        ],
    ),
    (
        "工业农业经济类",
        [
            [
                "2024-004",
                "关于扶持小麦良种繁育基地建设的建议",
                "陈志强",
                "市农业局",
                "市财政局",
                "两个月内",
                "已答复",
                "因条件限制留作参考",
                date(2024, 6, 7),
            ]
        ],
    ),
    (
        "法制民生类",
        [
            [
                "2024-005",
                "关于提高城乡低保边缘家庭救助标准的建议",
                "马晓军",
                "市民政局",
                "",
                "三个月内",
                "",
                "",
                None,
            ]
        ],
    ),
]


def write_proposals(path: Path) -> Path:
    b = Book(path, "市政府督查室")
    ws = b.sheet("代表建议")
    b.widths(ws, [5, 14, 10, 40, 10, 13, 11, 15, 12, 20, 14])
    last = 10
    b.line(ws, 0, "市十一届人大三次会议代表建议办理情况统计表", last, b.title)
    b.line(
        ws,
        1,
        "交办日期：2024年4月10日　　　　承办单位应在交办之日起规定期限内答复代表　　　　统计截至：2024年7月31日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "类别",
            "建议编号",
            "案由",
            "领衔代表",
            "主办单位",
            "协办单位",
            "答复时限",
            "办理状态",
            "办理结果",
            "答复时间",
        ],
    )
    r, n = 3, 1
    for category, rows in PROPOSAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for values in rows:
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=2):
                b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.cell if c == 3 else b.center))
            r, n = r + 1, n + 1
    b.put(ws, r, 0, "", b.center)
    b.merge(ws, r, 1, r, 3, "合计", b.center)
    b.merge(ws, r, 4, r, last, "共7件，已答复4件，正在办理1件，逾期未答复1件，未报送1件", b.cell)
    b.line(ws, r + 1, "填表人：郑晓雨　　　　联系电话：0393-8991562　　　　填报日期：2024年7月31日", last)
    return b.close()


# =============================================================================================
# 3. 河湖“四乱”问题自查及督考通报问题“回头看”整改台账 (.ods), after a county 河长办 专项检查组's 自查
# (河道“四乱”、入河排口规范化管理、河道保洁) and its “回头看” 复核 of problems a city's 督考 reported:
# https://www.cncn.gov.cn/art/2025/5/12/art_1255453_59083886.html
# Title and 填报 line; two section rows inside the table (自查 / 回头看); 问题类型 column; towns named bare
# and one county bureau; 整改进展 beside 复核结果; note and signature.
RIVER_SECTIONS = [
    (
        "一、自查发现问题",
        [
            [
                "金堤河",
                "乱堆",
                "金堤河左岸滩地堆放建筑垃圾约200立方米",
                "庆祖镇",
                "2024年7月15日前",
                "已清运完毕",
                "已销号",
            ],
            [
                "马颊河",
                "乱建",
                "马颊河管理范围内违建看护房一处",
                "文留镇",
                "2024年8月底前",
                "已下达拆除通知，正在协调拆除",
                "",
            ],
            [
                "回木沟",
                "入河排口",
                "回木沟入河排口标识牌缺失",
                "濮阳县水利局",
                "2024年7月20日",
                "已整改",
                "已销号",
            ],
            ["第三濮清南干渠", "河道保洁", "干渠城关段水面漂浮垃圾较多", "城关镇", "长期", "长期坚持", ""],
        ],
    ),
    (
        "二、市级督考通报问题“回头看”复核",
        [
            [
                "金堤河",
                "乱采",
                "金堤河习城段非法采砂坑未回填",
                "习城乡",
                "2024年6月30日",
                "正在二次回填",
                "复核未通过，问题反弹",
            ],
            ["潴龙河", "乱占", "潴龙河河道内种植高秆作物", "五星乡", "2024年9月底前", "未启动", ""],
        ],
    ),
]


def write_river_book(path: Path) -> Path:
    b = Book(path, "濮阳县河长办")
    ws = b.sheet("整改台账")
    b.widths(ws, [5, 14, 10, 36, 14, 16, 24, 18])
    last = 7
    b.line(ws, 0, "濮阳县河湖“四乱”问题自查及督考通报问题“回头看”整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县河长制办公室　　　　　　　　　　填报日期：2024年7月30日", last)
    b.header(
        ws, 2, ["序号", "河湖名称", "问题类型", "问题描述", "责任单位", "整改时限", "整改进展", "复核结果"]
    )
    r, n = 3, 1
    for section, rows in RIVER_SECTIONS:
        b.merge(ws, r, 0, r, last, section, b.cell)
        r += 1
        for values in rows:
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r, n = r + 1, n + 1
    b.line(ws, r, "说明：复核结果为“已销号”的问题经县河长办现场核查确认。", last)
    b.line(ws, r + 1, "审核：杜国庆　　　　填表：闫淑芳", last)
    return b.close()


def write_river(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_river_book(Path(tmp) / "river.xlsx")
        _via_soffice(book, "ods", path)
    return fixed_zip(path)


# =============================================================================================
# 4. 电动自行车安全隐患集中夜查问题整改台账 (.et), after a county's 电动自行车集中夜查行动 (消防联合公安、
# 市监、住建与基层综合执法队、网格力量分组检查; 能当场整改的立即整改, 不能当场整改的责令限期整改):
# http://jyrb.jynews.net/content/20240529/detail334189.html
# Title and 填报 line; 检查日期 and 检查组 per row; 整改要求 当场整改 or 限期N日; 属地责任单位; 整改结果.
NIGHT_ROWS = [
    [
        date(2024, 7, 5),
        "第一检查组",
        "锦绣华庭小区",
        "高层住宅",
        "3号楼一楼公共门厅违规停放充电电动自行车12辆",
        "当场整改",
        "华龙区中原路街道办事处",
        "已当场清理",
    ],
    [
        date(2024, 7, 5),
        "第二检查组",
        "开州路沿街门店",
        "沿街门店",
        "门店内部私拉电线飞线充电",
        "限期3日",
        "华龙区人民路街道办事处",
        "已整改",
    ],
    [
        date(2024, 7, 12),
        "第一检查组",
        "建业桂园小区",
        "住宅小区",
        "架空层作为电动自行车停放充电场所，未设防火分隔",
        "限期30日",
        "华龙区胜利路街道办事处",
        "物业正在施工防火分隔",
    ],
    [
        date(2024, 7, 12),
        "第三检查组",
        "顺达电动车维修部",
        "维修网点",
        "擅自拆改限速、更换大容量蓄电池",
        "限期7日",
        "华龙区大庆路街道办事处",
        "已立案调查，整改未完成",
    ],
    [
        date(2024, 7, 19),
        "第二检查组",
        "王助村出租屋",
        "自建房",
        "出租屋楼梯间停放电动自行车堵塞疏散通道",
        "限期5日",
        "华龙区孟轲乡人民政府",
        "未整改",
    ],
    [
        date(2024, 7, 19),
        "第三检查组",
        "昆吾夜市",
        "夜间经营场所",
        "电动三轮车外设蓄电池托架",
        "当场整改",
        "华龙区昆吾街道办事处",
        "",
    ],
    [
        date(2024, 7, 26),
        "第一检查组",
        "华龙宾馆",
        "宾馆",
        "安全出口处电动自行车堆放",
        "限期2日",
        "华龙区黄河路街道办事处",
        "已整改，复查合格",
    ],
]


def write_night_book(path: Path) -> Path:
    b = Book(path, "华龙区消防安全委员会办公室")
    ws = b.sheet("夜查台账")
    b.widths(ws, [5, 12, 12, 18, 12, 40, 11, 24, 22])
    last = 8
    b.line(ws, 0, "华龙区电动自行车安全隐患集中夜查问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：华龙区消防安全委员会办公室　　　　时间：2024年7月", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "检查组",
            "场所名称",
            "场所类型",
            "隐患问题",
            "整改要求",
            "属地责任单位",
            "整改结果",
        ],
    )
    r = _put_rows(b, ws, 3, NIGHT_ROWS, centered=(1, 2, 4, 6))
    b.line(ws, r, "注：限期整改自检查之日起计算。", last)
    b.line(ws, r + 1, "填表人：常亮　　　　联系电话：0393-4412119　　　　填表日期：2024年7月31日", last)
    return b.close()


def write_night(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_night_book(Path(tmp) / "night.xlsx")
        _via_soffice(book, "xls", path)
    return path


# =============================================================================================
# 5. 绩效审计查出问题整改情况的报告 (.docx, paragraphs), after a city's report on the 整改 of problems its
# 年度绩效审计 found (总体情况, then problem by problem with 整改情况):
# http://xdscy.com/batterytesting/1052.html
# 文号, title, addressee, summary; per problem a bold heading then 责任单位 / 整改时限 / 整改情况 lines;
# short and former unit names; closing, sender and date.
AUDIT_ITEMS = [
    ("学生资助资金滞留未及时发放", "市教育局", "2024年6月30日前", "已将滞留资金全部发放到位，已整改完成。"),
    (
        "定点医药机构违规结算医保基金",
        "市医保局",
        "2024年9月底前",
        "已追回违规结算资金126万元，剩余资金正在追缴。",
    ),
    ("保障性住房空置率偏高", "市住建局", "2024年底前", "已调整分配政策，正在推进配租工作。"),
    ("高标准农田项目部分设施未按期验收", "市农业局", "2024年7月15日", "已组织验收，整改完成。"),
    ("科技创新券兑付绩效目标未完成", "市科技局", "长期坚持", "长期坚持，常态化推进。"),
    ("智慧城管平台数据未与相关部门共享", "市城管局", "2024年8月31日前", "尚未启动。"),
]
NUMERALS = "一二三四五六七八九十"


def write_audit(path: Path) -> Path:
    doc = _new_document("市审计局")
    _paragraph(doc, "濮审〔2024〕17号", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc, "关于2023年度绩效审计查出问题整改情况的报告", 20, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(doc, "市人民政府督查局：", 16)
    _paragraph(
        doc,
        "　　根据市政府工作安排，现将2023年度绩效审计查出问题的整改情况报告如下。审计共查出问题6项，截至7月下旬，"
        "已整改2项，正在整改2项，长期坚持1项，尚未整改1项。",
        16,
    )
    for n, (problem, unit, limit, progress) in enumerate(AUDIT_ITEMS):
        _paragraph(doc, f"　　（{NUMERALS[n]}）{problem}的问题。", 16, "楷体_GB2312", bold=True)
        _paragraph(doc, f"　　整改责任单位：{unit}", 16)
        _paragraph(doc, f"　　整改时限：{limit}", 16)
        _paragraph(doc, f"　　整改情况：{progress}", 16)
    _paragraph(doc, "　　下一步，我局将持续跟踪督促，推动审计查出问题全部整改到位。", 16)
    _paragraph(doc, "濮阳市审计局", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 6. 巡察反馈问题整改进展情况 (.wps, a Word 97 document with a table), after a speech on 巡察整改
# (问题、任务、责任“三张清单”, 主要领导亲自抓、分管领导具体抓、责任科室抓落实, 阶段性整改, “当下改”与
# “长久立”相结合): https://www.wentop.com/wen/51/101605.html
# Title and preamble; table with 反馈问题 / 整改任务 / 责任领导 / 责任科室 / 完成时限 / 整改进展; rows
# name the sender's own 科室; seal and date.
PATROL_ROWS = [
    [
        "党组理论学习中心组学习流于形式",
        "制定年度学习计划，每月开展专题学习",
        "局党组书记",
        "办公室",
        "长期坚持",
        "长期坚持",
    ],
    [
        "文物保护专项资金拨付滞后",
        "清理专项资金，按进度拨付",
        "分管副局长",
        "财务科",
        "2024年6月底前",
        "已完成",
    ],
    [
        "A级旅游景区动态管理不到位",
        "开展A级景区复核，对不达标景区限期整改",
        "分管副局长",
        "资源开发科",
        "2024年9月底前",
        "阶段性完成",
    ],
    [
        "文化市场执法案卷不规范",
        "组织案卷评查，规范执法文书",
        "分管副局长",
        "政策法规科",
        "2024年7月31日前",
        "已整改到位",
    ],
    [
        "公共文化场馆免费开放时长不足",
        "延长场馆开放时间，落实错时开放",
        "分管副局长",
        "公共服务科",
        "2024年8月底前",
        "未启动",
    ],
    ["干部教育培训计划执行不到位", "完善培训计划，建立培训台账", "局党组书记", "人事科", "年底前", ""],
    [
        "选人用人程序不规范",
        "修订选人用人工作规程，严格程序",
        "局党组书记",
        "人事科",
        "2024年7月20日前",
        "已完成",
    ],
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("市文广旅局办公室", landscape=True)
    _paragraph(
        doc,
        "市文化广电和旅游局党组巡察反馈问题整改进展情况表",
        16,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "　　按照市委第三巡察组反馈意见，局党组梳理问题、任务、责任“三张清单”，逐项明确责任领导、责任科室和完成时限，"
        "现将截至2024年7月底的整改进展报告如下。",
        12,
    )
    _table(
        doc,
        ["序号", "反馈问题", "整改任务", "责任领导", "责任科室", "完成时限", "整改进展"],
        [[str(n), *values] for n, values in enumerate(PATROL_ROWS, start=1)],
        10.5,
    )
    _paragraph(
        doc, "中共濮阳市文化广电和旅游局党组（盖章）　　2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "patrol.docx")
        _via_soffice(source, "doc", path)
    return path


# =============================================================================================
# 7. 12345 热线工单办理回访情况统计表 (tab-separated UTF-16 text), after a county's weekly 12345 政府服务
# 热线 情况通报 (工单分类 求决类、咨询类、揭发控告类、意见建议类; 按期回复; 回访满意率; 附件 办理回访情况
# 统计表): https://dyrmt.com/article-10142-1.html
# Title and 统计时段 lines; 受理时间 per row with 办理时限 in working days; 办理状态 beside 回访结果; 合计
# line and a note on counting.
HOTLINE_ROWS = [
    [
        "NL2407010021",
        "2024-07-01",
        "求决类",
        "小区停水三天无人处理",
        "南乐县自来水公司",
        "3个工作日",
        "已办结",
        "满意",
    ],
    [
        "NL2407030105",
        "2024-07-03",
        "揭发控告类",
        "夜间渣土车沿路抛洒",
        "南乐县城市管理局",
        "5个工作日",
        "已办结",
        "满意",
    ],
    ["NL2407080044", "2024-07-08", "求决类", "村道路面塌陷影响通行", "元村镇", "7个工作日", "办理中", ""],
    [
        "NL2407120019",
        "2024-07-12",
        "咨询类",
        "咨询农村危房改造补助政策",
        "南乐县住房和城乡建设局",
        "1个工作日",
        "已办结",
        "满意",
    ],
    [
        "NL2407150088",
        "2024-07-15",
        "意见建议类",
        "建议在人民公园增设公共厕所",
        "南乐县城市管理局",
        "13个工作日",
        "",
        "",
    ],
    [
        "NL2407180063",
        "2024-07-18",
        "求决类",
        "供热管网改造后路面未恢复",
        "城关镇",
        "5个工作日",
        "逾期未办结",
        "",
    ],
    ["NL2407220011", "2024-07-22", "揭发控告类", "养殖场粪污直排坑塘", "韩张镇", "7个工作日", "办理中", ""],
]


def write_hotline(path: Path) -> Path:
    lines = [
        "南乐县12345政府服务热线工单办理回访情况统计表",
        "统计时段：2024年7月1日—7月31日\t\t\t\t南乐县12345热线办",
        "\t".join(
            [
                "序号",
                "工单编号",
                "受理时间",
                "工单分类",
                "诉求内容",
                "承办单位",
                "办理时限",
                "办理状态",
                "回访结果",
            ]
        ),
    ]
    for n, values in enumerate(HOTLINE_ROWS, start=1):
        lines.append("\t".join([str(n), *values]))
    lines.append("\t".join(["合计", "", "", "", "7件", "", "", "已办结3件", "满意3件"]))
    lines.append("注：办理时限以工作日计，自受理之次日起计算。")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# =============================================================================================
# 8. 经营性自建房安全隐患排查整治台账 (.xls), after a county's 自建房安全专项整治工作方案 (百日行动,
# 快查快改、立查立改, 分类整治, 安全鉴定, 管控措施):
# http://flfgk.zhpt.yjglt.gxzf.gov.cn:5995/guifan/27d4b17a01233f1adf06c5472d92e9c5bdfb.html
# Title and 填报 line; two header rows with 房屋基本信息 / 排查情况 / 整治情况 merged over their columns;
# towns named bare; 整治时限 as dates, 月底, 第三季度.
HOUSE_ROWS = [
    [
        "马庄桥镇",
        "马庄桥村中心街18号",
        4,
        "餐饮",
        "存在隐患",
        "二层楼板出现贯通裂缝",
        "委托鉴定并加固",
        "2024年8月底前",
        "已完成安全鉴定，正在加固",
    ],
    [
        "阳邵镇",
        "阳邵村东街6号",
        4,
        "民宿",
        "存在隐患",
        "擅自加层至四层",
        "拆除违法加层部分",
        "2024年7月20日",
        "已拆除，已验收",
    ],
    [
        "韩村镇",
        "韩村集贸街32号",
        3,
        "超市",
        "存在隐患",
        "外墙装饰层空鼓脱落",
        "清除空鼓层并修复",
        "2024年7月10日",
        "已整改",
    ],
    [
        "柳格镇",
        "柳格村南街9号",
        5,
        "出租",
        "存在严重隐患",
        "承重墙被擅自拆改",
        "停止使用并鉴定",
        "2024年第三季度",
        "已采取停用管控措施",
    ],
    [
        "古城乡",
        "古城村北街15号",
        3,
        "小作坊",
        "存在隐患",
        "房屋地基明显下沉",
        "鉴定后分类处置",
        "2024年12月底",
        "未启动",
    ],
    [
        "仙庄镇",
        "仙庄村西街3号",
        4,
        "宾馆",
        "存在隐患",
        "宾馆消防通道被杂物占用",
        "清理通道",
        "2024年7月25日",
        "",
    ],
]


def write_house_book(path: Path) -> Path:
    b = Book(path, "清丰县自建房专班")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [5, 11, 22, 6, 9, 13, 28, 18, 16, 24])
    last = 9
    b.line(ws, 0, "清丰县经营性自建房安全隐患排查整治台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县自建房安全专项整治工作专班（盖章）　　　　填报日期：2024年7月29日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "责任乡镇", b.head)
    b.merge(ws, 2, 2, 2, 4, "房屋基本信息", b.head)
    b.header(ws, 3, ["房屋地址", "层数", "用途"], first=2)
    b.merge(ws, 2, 5, 2, 6, "排查情况", b.head)
    b.header(ws, 3, ["初判结论", "隐患情况"], first=5)
    b.merge(ws, 2, 7, 2, 9, "整治情况", b.head)
    b.header(ws, 3, ["整治措施", "整治时限", "整治进度"], first=7)
    r = _put_rows(b, ws, 4, HOUSE_ROWS, centered=(1, 3, 4, 5))
    b.line(ws, r, "填表人：贾文涛　　　　联系电话：0393-7223056", last)
    return b.close()


def write_house(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_house_book(Path(tmp) / "house.xlsx")
        _via_soffice(book, "xls", path)
    return path


# =============================================================================================
# 9. 经营性自建房摸底排查问题台账 of two 街道 (.zip of an .xlsx and a .docx), after a district's 经营性
# 自建房摸底排查 (建立台账, 立行立改, 下发督办通知书): http://m.breakthrustudio.com/Street/info/23563
# Each return from one 街道 (named in its 填报 line, rows carry no unit); 督办通知书 下发日期 per row with
# 督办要求 立行立改, 限期N日 or a date.
ZHONGYUAN_ROWS = [
    [
        "DB-ZY-01",
        date(2024, 7, 3),
        "建设路东段27号",
        "出租屋擅自改变使用功能经营小旅馆",
        "立行立改",
        "已整改，停止旅馆经营",
    ],
    ["DB-ZY-02", date(2024, 7, 9), "开州路112号", "一层商铺违规打通承重墙", "限期15日", "正在鉴定"],
    ["DB-ZY-03", date(2024, 7, 16), "京开道西段8号", "屋顶违规搭建彩钢房", "2024年8月31日前", "未整改"],
    ["DB-ZY-04", date(2024, 7, 23), "任丘路45号", "楼道堆放杂物影响疏散", "立行立改", "已清理"],
]
SHENGLI_ROWS = [
    [
        "DB-SL-01",
        "2024年7月4日",
        "胜利路中段66号",
        "自建房外挂楼梯锈蚀松动",
        "限期10日",
        "已更换楼梯，复查合格",
    ],
    [
        "DB-SL-02",
        "2024年7月11日",
        "长庆路19号",
        "餐饮店后厨墙体开裂",
        "2024年9月底前",
        "已委托鉴定机构，正在鉴定",
    ],
    ["DB-SL-03", "2024年7月25日", "大庆路88号", "群租房隔断使用易燃材料", "立行立改", ""],
]


def write_zhongyuan(path: Path) -> Path:
    b = Book(path, "中原路街道")
    ws = b.sheet("问题台账")
    b.widths(ws, [5, 12, 13, 20, 36, 16, 24])
    last = 6
    b.line(ws, 0, "经营性自建房摸底排查问题台账", last, b.title)
    b.line(ws, 1, "填报单位：华龙区中原路街道办事处　　　　填报日期：2024年7月30日", last)
    b.header(ws, 2, ["序号", "督办通知书编号", "下发日期", "房屋地址", "存在问题", "督办要求", "整改情况"])
    r = _put_rows(b, ws, 3, ZHONGYUAN_ROWS, centered=(1, 5))
    b.line(ws, r, "注：立行立改的问题应于督办通知书下发当日整改，限期整改自下发之日起计算。", last)
    return b.close()


def write_shengli_doc():
    doc = _new_document("胜利路街道")
    _paragraph(doc, "经营性自建房摸底排查问题台账", 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "填报单位：华龙区胜利路街道办事处　　　　填报日期：2024年7月30日", 12)
    _table(
        doc,
        ["序号", "督办通知书编号", "下发日期", "房屋地址", "存在问题", "督办要求", "整改情况"],
        [[str(n), *values] for n, values in enumerate(SHENGLI_ROWS, start=1)],
        10.5,
    )
    _paragraph(doc, "注：限期整改自督办通知书下发之日起计算，立行立改的当日整改。", 12)
    return doc


def write_house_zip(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        zhongyuan = write_zhongyuan(Path(tmp) / "zhongyuan.xlsx").read_bytes()
    shengli = _docx_bytes(write_shengli_doc())
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("中原路街道自建房摸底排查问题台账.xlsx", zhongyuan),
            ("胜利路街道自建房摸底排查问题台账.docx", shengli),
        ]:
            info = _GbkName(name, date_time=(2024, 7, 30, 17, 20, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(raw.getvalue())
    return path


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_gas(HERE / "居民用户燃气安全隐患排查整治台账_20240731.csv"),
        write_proposals(HERE / "市十一届人大三次会议代表建议办理情况统计表.xlsx"),
        write_river(HERE / "濮阳县河湖四乱问题自查及回头看整改台账.ods"),
        write_night(HERE / "华龙区电动自行车安全隐患集中夜查问题整改台账（7月）.et"),
        write_audit(HERE / "关于2023年度绩效审计查出问题整改情况的报告.docx"),
        write_patrol(HERE / "市文广旅局巡察反馈问题整改进展情况表.wps"),
        write_hotline(HERE / "南乐县12345热线工单办理回访情况统计表（7月）.txt"),
        write_house(HERE / "清丰县经营性自建房安全隐患排查整治台账.xls"),
        write_house_zip(HERE / "华龙区经营性自建房摸底排查问题台账（中原路、胜利路街道）.zip"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

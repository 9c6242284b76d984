"""Write the dev27 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev27.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 疫情防控项目问题整改台账, after a 绩效考核 system's 疫情疫病项目支出绩效评价表 (a tablename line over the table;
# two header rows: 一级指标/权重/二级指标 … spanning both rows, 采集数据项 over 数据项1/数据项2; the first column
# merged down the rows of one group):
# https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/admin/src/main/webapp/WEB-INF/views/task/kpi/yqyb.jsp
# An .xlsx: the sending unit only in the title; rows name its 科室; 问题类别 merged down; 整改情况 over two columns.
EPI_ROWS = [
    (
        "预检分诊",
        [
            (
                "发热门诊预检分诊登记不完整，部分患者流行病学史未记录",
                "医政医管科",
                "2024年7月15日",
                "已整改",
                date(2024, 7, 12),
            ),
            (
                "院感防控培训覆盖率不足，新入职护士未参加岗前院感培训",
                "医政医管科",
                "2024年7月10日",
                "",
                date(2024, 7, 8),
            ),
        ],
    ),
    (
        "疫苗与监测",
        [
            (
                "疫苗冷链温度记录存在断档，两处接种点缺少夜间记录",
                "疾病预防控制科",
                "8月底前",
                "正在整改，已更换自动温度记录仪",
                None,
            ),
            ("传染病网络直报存在迟报，二季度迟报2例", "疾病预防控制科", "2024.7.20", "", None),
        ],
    ),
    (
        "保障管理",
        [
            ("医疗废物暂存点未设置警示标识", "综合监督科", "6月30日前完成", "未整改", None),
            (
                "核酸检测实验室年度质控校验逾期",
                "医政医管科",
                "2024年9月30日",
                "部分完成，已完成两家实验室校验",
                None,
            ),
            ("应急物资储备台账账实不符", "规划财务科", "长期坚持", "长期坚持", None),
        ],
    ),
]


def write_epi(path: Path) -> Path:
    b = Book(path, author="市卫生健康委员会")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 40, 14, 14, 30, 14])
    b.line(ws, 0, "市卫生健康委员会疫情防控项目问题整改台账", 6, b.title)
    b.line(ws, 1, "统计截止时间：2024年7月31日", 6, b.right)
    for c, word in enumerate(["序号", "问题类别", "问题描述", "责任科室", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["整改进展", "完成时间"], first=5)
    r, n = 4, 0
    for group, rows in EPI_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for desc, office, limit, progress, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [desc, office, limit, progress, done], first=2)
            r += 1
    b.line(ws, r + 1, "填表人：            审核人：            联系电话：", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 双随机抽查发现问题整改清单, after a district's 市场监管领域成员单位“双随机、一公开”抽查事项清单 (.xlsx; 序号 /
# 抽查领域 / 检查对象 / 抽查事项 with the items listed one per row):
# https://wenku.minyifei.cn/archives/8r9pk6xl4ywpldjgq3ye.html
# An .xls: title, 填报单位 line, one header row with 检查单位 (the inspector) beside 责任单位 and a 交办日期, former
# unit names, a relative deadline (15个工作日内 from the 交办日期), a 合计 row and a 填表说明.
MARKET_ROWS = [
    (
        "校车安全",
        "全市校车使用单位",
        "校车安全管理机制",
        "两所幼儿园校车随车照管人员不足两名",
        "市市场监督管理局",
        "市教育局",
        "2024-07-01",
        "2024年7月20日前",
        "已整改，经复查合格",
    ),
    (
        "食品安全",
        "学校食堂",
        "食堂原料进货查验",
        "三所学校食堂未建立食品原料进货查验记录",
        "市食药监局",
        "市市场监督管理局",
        "2024-07-01",
        "15个工作日内",
        "正在整改",
    ),
    (
        "医疗机构",
        "民营医院",
        "医疗广告发布",
        "一家民营医院发布未经审查的医疗广告",
        "市市场监督管理局",
        "市卫生健康委员会",
        "2024-07-03",
        "2024年8月15日",
        "已立案调查，正在办理",
    ),
    (
        "道路运输",
        "机动车维修企业",
        "维修质量与价格公示",
        "部分机动车维修企业未公示维修工时定额",
        "市市场监督管理局",
        "市交通运输局",
        "2024-07-03",
        "2024年7月31日",
        "未整改",
    ),
    (
        "旅游市场",
        "旅行社",
        "旅游合同签订",
        "两家旅行社未按规定使用旅游合同示范文本",
        "市市场监督管理局",
        "市旅游局",
        "2024-07-05",
        "2024年7月25日",
        "已整改",
    ),
    (
        "商贸流通",
        "大型商场",
        "单用途预付卡管理",
        "大型商场单用途预付卡未按规定备案",
        "市市场监督管理局",
        "市商务局",
        "2024-07-05",
        "2024年9月30日",
        "",
    ),
    (
        "计量器具",
        "加油站",
        "在用计量器具检定",
        "城区两座加油站加油机超期未检定",
        "市质监局",
        "市市场监督管理局",
        "2024-07-08",
        "2024年7月18日",
        "已完成检定",
    ),
]


def write_market(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    words = [
        "序号",
        "抽查领域",
        "检查对象",
        "抽查事项",
        "发现问题",
        "检查单位",
        "责任单位",
        "交办日期",
        "整改期限",
        "整改结果",
    ]
    cells: list[tuple] = [
        (0, 0, "2024年市场监管领域“双随机、一公开”抽查发现问题整改清单", title, 0, 9),
        (
            1,
            0,
            "填报单位：市市场监管领域部门联合抽查工作联席会议办公室    填报日期：2024年7月26日",
            plain,
            1,
            9,
        ),
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(MARKET_ROWS, 1):
        cells.append((2 + i, 0, i, mid))
        cells += [(2 + i, c, v, cell) for c, v in enumerate(row, 1)]
    end = 3 + len(MARKET_ROWS)
    cells.append((end, 0, "合计", mid, end, 3))
    cells.append((end, 4, "共7项，已整改3项", cell, end, 9))
    cells.append((end + 1, 0, "填表说明：整改期限为“N个工作日内”的，自交办日期起计算。", plain, end + 1, 9))
    return _write_xls(path, [("整改清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 作风整顿“五个清单”问题整改情况的报告, after a city newspaper's account of its 干部作风大整顿 (查找“五弊”, 列好
# “5个清单”, 查找问题列入清单、推动解决; 征求意见表, 专题座谈会):
# http://bcrbszb.bcxww.com/html/2018-09/25/content_74487.htm
# A .docx with no table: the items are numbered paragraphs under 一、二、三 headings, each naming its 责任单位,
# 整改时限 and 进展 in the sentence; short and former unit names; a signature at the foot.
STYLE_PARAS = [
    (
        "一、不担当不作为方面",
        [
            (
                "1.重大项目审批环节多、时限长，企业反映“来回跑”。责任单位：市发改委。整改时限：2024年9月底前。"
                "进展：已梳理审批事项42项，正在压减环节。"
            ),
            (
                "2.企业职工社保转移接续办理推诿。责任单位：市人社局。整改时限：2024年7月15日。进展：已完成，"
                "转移接续实现“一窗通办”。"
            ),
            (
                "3.不动产登记窗口午间不办件。责任单位：市不动产登记中心。整改时限：立即整改，2024年7月5日前到位。"
                "进展：已实行午间延时服务，已完成。"
            ),
        ],
    ),
    (
        "二、群众反映强烈方面",
        [
            (
                "4.行政服务大厅部分窗口工作人员服务态度生硬。责任单位：市行政服务中心。整改时限：长期坚持。"
                "进展：常态化开展窗口作风明察暗访。"
            ),
            "5.公积金提取材料重复提交。责任单位：市公积金中心。整改时限：2024年8月31日。进展：未启动。",
        ],
    ),
    (
        "三、制度执行不严方面",
        [
            (
                "6.土地供应批后监管不到位，个别地块闲置。责任单位：市国土局。整改时限：2024年12月底前。"
                "进展：正在协调，已约谈两家用地单位。"
            ),
            "7.行政执法案卷评查发现法制审核意见缺失。责任单位：市法制办。整改时限：2024年10月31日。",
        ],
    ),
]


def write_style(path: Path) -> Path:
    doc = _new_document("市作风整顿办")
    _title(doc, "关于作风整顿“五个清单”问题整改情况的报告")
    _paragraph(doc, "市作风整顿活动领导小组：")
    _paragraph(
        doc,
        "按照全市干部作风整顿部署，各责任单位对照“五个清单”逐项认领问题、逐项整改。"
        "现将截至2024年7月底的整改情况报告如下：",
    )
    for heading, paras in STYLE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "市作风整顿活动领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 煤矿安全质量标准化检查问题整改汇总表, after a coal group's 安全质量标准化 collect-table (基本情况 spanning the
# table; rows 安全管理机构 / 安全人员配备 / 隐患排查治理 “本年度共排查安全隐患 项，整改 项”):
# https://github.com/shownhei/spimp/blob/effaddb9a9a48dfa3b5ec9fa474611709d06c7f9/src/main/webapp/WEB-INF/views/spmi/quality/safety/collect-table.jsp
# An .ods: title, a 基本情况 block (not items), then the problem table with two header rows (是否整改 over 是/否,
# ticks), 检查人 beside 责任单位, a 备注, and a signature line.
MINE_BASIC = [
    ("安全管理机构", "集团安全监察部，下设三个煤矿安全科"),
    ("隐患排查治理", "本年度共排查安全隐患58项，整改51项"),
    ("教育培训人次", "本年度共教育培训职工1260人次"),
]
MINE_ROWS = [
    (
        "通风管理",
        "井下局部通风机未实现双风机双电源自动切换",
        "濮阳能源集团有限公司张庄煤矿",
        "王建军",
        "2024.7.15",
        "√",
        "",
        "",
    ),
    (
        "瓦斯防治",
        "回采工作面上隅角瓦斯传感器位置不符合规定",
        "濮阳能源集团有限公司张庄煤矿",
        "王建军",
        "2024.7.10",
        "√",
        "",
        "",
    ),
    (
        "机电运输",
        "主斜井带式输送机防跑偏保护失效",
        "濮阳能源集团有限公司范县煤矿",
        "李红卫",
        "7月底前",
        "",
        "√",
        "正在更换保护装置，备件已到货",
    ),
    (
        "顶板管理",
        "掘进工作面临时支护距离超过作业规程规定",
        "濮阳能源集团有限公司范县煤矿",
        "李红卫",
        "2024年8月10日",
        "",
        "√",
        "",
    ),
    (
        "防治水",
        "采区水仓清理不及时，有效容积不足",
        "濮阳能源集团有限公司台前煤矿",
        "赵志刚",
        "2024年7月25日",
        "√",
        "",
        "已清理，经复查合格",
    ),
    (
        "职业卫生",
        "粉尘浓度检测记录不全",
        "濮阳能源集团有限公司台前煤矿",
        "赵志刚",
        "2024年9月30日",
        "",
        "√",
        "已委托检测机构，正在补测",
    ),
    (
        "应急管理",
        "井下避险硐室压风自救装置压力不足",
        "濮阳能源集团有限公司张庄煤矿",
        "王建军",
        "8月15日前",
        "",
        "√",
        "",
    ),
]


def write_mine_book(path: Path) -> Path:
    b = Book(path, author="安全监察部")
    ws = b.sheet("问题汇总")
    b.widths(ws, [6, 12, 40, 30, 10, 14, 6, 6, 28])
    b.line(ws, 0, "濮阳能源集团有限公司2024年二季度安全质量标准化检查问题整改汇总表", 8, b.title)
    b.merge(ws, 1, 0, 1, 8, "基本情况", b.head)
    for i, (name, text) in enumerate(MINE_BASIC, 2):
        b.merge(ws, i, 0, i, 1, name, b.center)
        b.merge(ws, i, 2, i, 8, text)
    top = 2 + len(MINE_BASIC)
    for c, word in enumerate(["序号", "检查项目", "存在问题", "责任单位", "检查人", "整改期限"]):
        b.merge(ws, top, c, top + 1, c, word, b.head)
    b.merge(ws, top, 6, top, 7, "是否整改", b.head)
    b.header(ws, top + 1, ["是", "否"], first=6)
    b.merge(ws, top, 8, top + 1, 8, "备注", b.head)
    for i, row in enumerate(MINE_ROWS, 1):
        r = top + 1 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
    b.line(ws, top + 3 + len(MINE_ROWS), "检查组长：            填表人：            2024年7月30日", 8)
    return b.close()


def write_mine(path: Path) -> Path:
    via_soffice(write_mine_book, path, "ods", "煤矿安全质量标准化检查问题整改汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 教育督导检查反馈问题整改情况, after the national 义务教育均衡发展督导检查反馈意见 (问题 by 学校办学条件、教师
# 配置、大班额; 反馈后限期整改; 教育、财政、编制、人社部门分担):
# http://darksurfintel.com/jyb_xwfb/moe_2082/zl_2017n/2017_zl02/201701/t20170120_295387.html
# A .doc (Word 97 via LibreOffice): title, 填报单位 line, one table with a schedule text in 整改时限, a 2023-2025年
# span, 第三季度; progress as sentences; a signature block.
EDU_ROWS = [
    (
        "部分农村学校音体美专用教室不足",
        "市教育局",
        "新建、改造专用教室36间",
        "2023-2025年",
        "已完成改造12间，其余列入年度计划",
    ),
    (
        "城区学校大班额问题仍然存在，个别班级超过55人",
        "市教育局",
        "新建学校扩充学位，控制起始年级班额",
        "8月底前完成招生计划调整，12月底前全部完成",
        "正在推进",
    ),
    ("义务教育生均公用经费拨付不及时", "市财政局", "按季度足额拨付公用经费", "第三季度", "未整改"),
    (
        "乡村教师补充不足，音乐、美术学科教师缺编",
        "市人社局",
        "组织专项招聘",
        "2024年8月31日",
        "招聘公告已发布，笔试已结束",
    ),
    (
        "濮阳市第二实验小学运动场地未达标",
        "濮阳市第二实验小学",
        "改造塑胶运动场",
        "2024年7月20日",
        "已完工并通过验收",
    ),
    (
        "校舍安全隐患排查台账不健全",
        "市教育局",
        "完善排查台账，建立一校一档",
        "2024年6月30日",
        "已完成，已建立一校一档",
    ),
    ("学校周边交通安全设施缺失", "市公安局交通管理支队", "增设减速带、警示标志", "2024年9月15日", ""),
]


def write_edu_docx(path: Path) -> Path:
    doc = _new_document("市教育局督导室")
    _title(doc, "义务教育均衡发展督导检查反馈问题整改情况表")
    _paragraph(doc, "填报单位：市人民政府教育督导室        填报时间：2024年7月30日", 12)
    header = ["序号", "反馈问题", "责任单位", "整改措施", "整改时限", "整改进展"]
    rows = [[str(i), *row] for i, row in enumerate(EDU_ROWS, 1)]
    _table(doc, header, rows)
    _paragraph(doc, "填报人：            审核人：            联系电话：", 12)
    return _save_fixed(doc, path)


def write_edu(path: Path) -> Path:
    return via_soffice(write_edu_docx, path, "doc", "义务教育均衡发展督导检查反馈问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 人居环境督查问题整改销号表 (two towns), after a town's 人居环境整治专项督查 news (督查专班 by 执法、城建、环保 …;
# 问题记录在案; 下发督办单到各村限期整改; 村点长抓整改落实、镇纪委跟进督查销号):
# http://www.itongcheng.cc/news/xiangzhen/55803.html
# A .zip of two .xlsx returns; each town named only in its title and member name; columns 村（居）/ 督办单编号 /
# 整改时限 / 整改情况 / 销号情况.
TOWN_RETURNS = [
    (
        "王助镇",
        "王助镇人民政府",
        [
            ("前王助村", "村东坑塘漂浮垃圾未清理", "WZ-2024-011", "7月20日前", "已清理", "已销号"),
            ("后王助村", "主街两侧乱堆柴草", "WZ-2024-012", "2024年7月25日", "正在清理，已清运约一半", ""),
            ("小屯村", "村内废弃旱厕未拆除", "WZ-2024-013", "2024年8月10日", "未整改", ""),
            ("西高城村", "畜禽粪污露天堆放", "WZ-2024-014", "7月底前", "", "镇纪委复查合格，已销号"),
        ],
    ),
    (
        "岳村乡",
        "岳村乡人民政府",
        [
            ("岳村", "村口垃圾收集点满溢未及时清运", "YC-2024-021", "2024年7月18日", "已清运", "已销号"),
            ("东前韩村", "沟渠淤塞，有黑臭水体", "YC-2024-022", "2024年8月31日", "正在清淤", ""),
            ("西北庄村", "残垣断壁未清理", "YC-2024-023", "7月25日前", "", ""),
            (
                "马庄村",
                "村内道路两侧私搭乱建",
                "YC-2024-024",
                "2024年9月15日",
                "已下达拆除通知，正在协调",
                "",
            ),
        ],
    ),
]


def write_town_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("销号表")
    b.widths(ws, [6, 12, 34, 14, 14, 24, 22])
    b.line(ws, 0, f"{town}人居环境整治专项督查问题整改销号表", 6, b.title)
    b.line(ws, 1, "督查时间：2024年7月8日—7月10日    报送时间：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "村（居）", "问题描述", "督办单编号", "整改时限", "整改情况", "销号情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "村点长签字：            镇纪委督查人：            ", 6)
    return b.close()


def write_town(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, _full, rows in TOWN_RETURNS:
            name = f"{town}人居环境督查问题整改销号表.xlsx"
            member = write_town_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 桥梁定期检查病害处治台账, after the 公路桥梁技术状况评定标准's 表A-1 桥梁评定指标检查评定表 (caption over the
# table; 缺损位置 / 缺损类型 spanning two rows, 缺损情况 over 缺损数量 / 病害描述（性质、范围、程度等）, 评定类别（1 ~ 5）):
# https://github.com/longyu8101/JTG-3362/blob/209c538045c022afe528ccc2b006283684cec5d6/build/html/_sources/FLA.rst.txt
# A CSV in GBK: title and 填报单位 lines, two header rows, 管养单位 as the unit, a 填表说明 line at the foot.
BRIDGE_ROWS = [
    (
        "金堤河大桥",
        "上部结构",
        "裂缝",
        "3条",
        "第2跨T梁腹板竖向裂缝，最大缝宽0.18mm",
        "3",
        "市交通运输局",
        "2024年9月30日",
        "正在进行裂缝封闭",
    ),
    (
        "马颊河桥",
        "桥面系",
        "伸缩缝破损",
        "1处",
        "0#台伸缩缝锚固区混凝土破损，钢板翘起",
        "3",
        "市交通运输局",
        "2024.7.15",
        "已更换伸缩缝",
    ),
    (
        "胜利路跨线桥",
        "桥面系",
        "栏杆缺失",
        "2处",
        "人行道栏杆缺失两节，存在坠落隐患",
        "2",
        "市城管局",
        "7月20日前",
        "已修复",
    ),
    (
        "开州路桥",
        "下部结构",
        "露筋锈蚀",
        "2处",
        "1#墩盖梁底面露筋锈蚀，面积约0.5平方米",
        "3",
        "市城管局",
        "2024年8月31日",
        "",
    ),
    (
        "柳屯桥",
        "支座",
        "支座脱空",
        "1处",
        "2#墩左幅支座脱空",
        "4",
        "濮阳县交通运输局",
        "2024年8月15日",
        "未处治",
    ),
    (
        "渠村引黄闸桥",
        "桥面系",
        "排水孔堵塞",
        "6处",
        "桥面排水孔堵塞，雨后积水",
        "2",
        "濮阳县交通运输局",
        "7月底前",
        "已疏通，经复查合格",
    ),
    (
        "黄河路桥",
        "上部结构",
        "混凝土剥落",
        "1处",
        "边梁翼缘板混凝土剥落，面积约0.3平方米",
        "3",
        "市城管局",
        "2024年10月31日",
        "已完成方案设计，待施工",
    ),
]


def write_bridge(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["2024年上半年桥梁定期检查病害处治台账", "", "", "", "", "", "", "", "", ""])
    w.writerow(
        ["填报单位：市公路桥梁安全管理办公室", "", "", "", "", "", "", "", "填报日期：2024年7月29日", ""]
    )
    w.writerow(
        [
            "序号",
            "桥梁名称",
            "缺损位置",
            "缺损类型",
            "缺损情况",
            "",
            "评定类别（1~5）",
            "管养单位",
            "处治时限",
            "处治情况",
        ]
    )
    w.writerow(["", "", "", "", "缺损数量", "病害描述（性质、范围、程度等）", "", "", "", ""])
    for i, row in enumerate(BRIDGE_ROWS, 1):
        w.writerow([str(i), *row])
    w.writerow(
        [
            "填表说明：评定类别按《公路桥梁技术状况评定标准》填写；处治情况填写截至填报日期的进展。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 城市精细化管理“U型空间”专项治理问题台账, after a city's 2023年城市精细化管理工作方案 (“U型空间”; 市政公用设施、
# 环境卫生、园林绿化、城市容貌、拆围覆绿五大专项治理; 责任主体各城区, 市直相关部门按职责):
# https://www.desk33.com/d-641868.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, two header rows (推进情况 over 已完成 / 推进中 / 未启动
# with ticks), a 督查组 column (the inspector) beside 责任单位, former unit names, a 合计 row and signature.
CITY_ROWS = [
    (
        "市政公用设施",
        "人民路与中原路交叉口东北角检查井盖缺失",
        "第一督查组",
        "市城管执法局",
        "2024年7月10日",
        "√",
        "",
        "",
    ),
    (
        "市政公用设施",
        "黄河路中段供水管网漏水，路面长期积水",
        "第一督查组",
        "自来水公司",
        "2024年7月31日",
        "",
        "√",
        "",
    ),
    (
        "环境卫生",
        "华龙区胜利路背街小巷垃圾桶破损、满溢",
        "第二督查组",
        "华龙区人民政府",
        "7月底前",
        "√",
        "",
        "",
    ),
    ("园林绿化", "绿城路中央隔离带绿篱缺株断档", "第二督查组", "市城管执法局", "2024年9月30日", "", "", "√"),
    (
        "城市容貌",
        "长庆路沿街门店违规设置户外广告牌",
        "第三督查组",
        "市城管执法局",
        "2024年8月15日",
        "",
        "√",
        "",
    ),
    (
        "城市容貌",
        "京开大道燃气调压箱外壳锈蚀、围栏倒伏",
        "第三督查组",
        "燃气公司",
        "2024年8月10日",
        "",
        "√",
        "",
    ),
    ("拆围覆绿", "任丘路闲置地块围挡破损，未覆绿", "第四督查组", "市建委", "2024年10月31日", "", "", "√"),
]


def write_city_book(path: Path) -> Path:
    b = Book(path, author="市城市管理委员会办公室")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 14, 40, 12, 16, 16, 8, 8, 8])
    b.line(ws, 0, "城市精细化管理“U型空间”专项治理问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：市城市精细化管理工作领导小组办公室    截至2024年7月31日", 8)
    for c, word in enumerate(["序号", "专项治理", "问题点位及描述", "督查组", "责任单位", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "推进情况", b.head)
    b.header(ws, 3, ["已完成", "推进中", "未启动"], first=6)
    for i, row in enumerate(CITY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        for c in range(3):
            b.put(ws, r, 6 + c, row[5 + c], b.center)
    end = 4 + len(CITY_ROWS)
    b.merge(ws, end, 0, end, 5, "合计", b.center)
    b.row(ws, end, [2, 3, 2], first=6, fmt=b.center)
    b.line(ws, end + 1, "填表人：            联系电话：            审核：", 8)
    return b.close()


def write_city(path: Path) -> Path:
    return via_soffice(write_city_book, path, "xls", "城市精细化管理专项治理问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 高标准农田建设项目审计发现问题整改情况统计表, after a city 审计局's note on its 高标准农田建设项目审计 (资金使用、
# 项目建设管理、建设任务完成及上图入库、后续管护; 未按设计文件施工、质量不达标、设施闲置、管护不到位):
# https://www.hbqj.gov.cn/xxgk/xxgkml/szfbmxxgkml/ssjj/zfxxgk/fdzdgknr/qtzdgknr_34504/hygq/202409/t20240930_5354548.html
# An .xlsx: title, 填报单位 line, section rows (一、二、三) between the items, 涉及金额, a 整改完成时间 column, former
# unit names, a 合计 row of the amounts, a 注 line.
FARM_SECTIONS = [
    (
        "一、资金使用方面",
        [
            (
                "项目资金拨付滞后，结余资金未及时清理",
                126.5,
                "市财政局",
                "2024年8月31日",
                "正在清理结余资金",
                None,
            ),
            (
                "两个项目超概算支付工程款",
                38.2,
                "市农业局",
                "2024年7月15日",
                "已追回超付资金",
                date(2024, 7, 12),
            ),
        ],
    ),
    (
        "二、项目建设管理方面",
        [
            (
                "清丰县2021年项目部分机耕路未按设计文件施工",
                45.0,
                "清丰县农业农村局",
                "2024年9月30日",
                "已责令施工单位返工，正在施工",
                None,
            ),
            ("灌溉泵站配套设施建成后闲置", 0, "市水务局", "2024年7月20日", "", None),
            ("项目区上图入库信息与实际建设面积不符", 0, "市国土资源局", "2024年6月30日", "未整改", None),
        ],
    ),
    (
        "三、后续管护方面",
        [
            ("部分田间渠系损毁，管护责任未落实到村", 12.8, "市水利局", "长期坚持", "常态化推进", None),
            ("管护经费未纳入县级财政预算", 20.0, "市农业农村局", "2024年12月底前", "", None),
        ],
    ),
]


def write_farm(path: Path) -> Path:
    b = Book(path, author="市农业农村局")
    ws = b.sheet("统计表")
    b.widths(ws, [6, 40, 14, 18, 16, 28, 14])
    b.line(ws, 0, "2021年度高标准农田建设项目审计发现问题整改情况统计表", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：市农业农村局    填报日期：2024年7月30日", 6)
    b.header(
        ws,
        2,
        ["序号", "审计发现问题", "涉及金额（万元）", "责任单位", "整改时限", "整改情况", "整改完成时间"],
    )
    r, n, total = 3, 0, 0.0
    for heading, rows in FARM_SECTIONS:
        b.merge(ws, r, 0, r, 6, heading, b.section)
        r += 1
        for desc, money, unit, limit, progress, done in rows:
            n += 1
            total += money
            b.row(ws, r, [n, desc, money if money else "—", unit, limit, progress, done])
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.row(ws, r, [round(total, 1), "", "", "", ""], first=2)
    b.line(ws, r + 1, "注：涉及金额为审计认定金额；整改完成时间填写实际完成日期。", 6)
    return b.close()


FILES = [
    ("市卫生健康委员会疫情防控项目问题整改台账.xlsx", write_epi),
    ("2024年市场监管领域双随机抽查发现问题整改清单.xls", write_market),
    ("关于作风整顿“五个清单”问题整改情况的报告.docx", write_style),
    ("煤矿安全质量标准化检查问题整改汇总表.ods", write_mine),
    ("义务教育均衡发展督导检查反馈问题整改情况表.doc", write_edu),
    ("人居环境督查问题整改销号表（王助镇、岳村乡）.zip", write_town),
    ("桥梁定期检查病害处治台账.csv", write_bridge),
    ("城市精细化管理“U型空间”专项治理问题台账.et", write_city),
    ("高标准农田建设项目审计发现问题整改情况统计表.xlsx", write_farm),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

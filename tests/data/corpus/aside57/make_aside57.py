"""Write the aside57 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
UTF-8 with BOM, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via
LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside57.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 重点建设项目推进情况快报, after a district 发展改革委's 2024年重点建设项目1-9月推进情况快报 (总体推进情况; 年度计划投资
# 分类完成情况表, 单位:亿元, 项目类别|项目数量|年度计划投资|完成投资|投资计划完成率 with the 合计 row first; 产业高地、文旅胜地、
# 宜居美地、民生福地项目; 续建/新建, 低于序时进度):
# https://m.bidcenter.com.cn/news-17-313882037.html
# An .xlsx: sheet 快报 with the summary paragraph and the category table (合计 first, no items), sheet 问题清单 with a
# two-row merged header, section rows per 项目类别 and the problems met by the projects.
PROJECT_SUMMARY = [
    ("合计", 186, 362.45, 208.17, "57.43%"),
    ("产业高地项目", 82, 231.60, 141.25, "60.99%"),
    ("文旅胜地项目", 14, 18.30, 7.42, "40.55%"),
    ("宜居美地项目", 63, 92.75, 49.86, "53.76%"),
    ("民生福地项目", 27, 19.80, 9.64, "48.69%"),
]
PROJECT_ROWS = [
    (
        "一、产业高地项目",
        [
            (
                "濮阳经开区新材料产业园二期",
                12.5,
                7.8,
                "项目用地尚有38亩未完成征收，影响二期厂房开工",
                "加快征收补偿协议签订",
                "市自然资源和规划局",
                "2024年8月底前",
                "已签订补偿协议31户，剩余7户正在协商",
            ),
            (
                "华龙区氢能装备制造项目",
                8.2,
                6.1,
                "110千伏专线接入方案审查进度慢",
                "协调加快接入方案审查",
                "市供电公司",
                "2024年7月20日",
                "已完成接入方案批复，专线已送电",
            ),
            (
                "南乐县生物基材料项目",
                6.0,
                2.0,
                "项目环评批复未取得，主体工程不能开工",
                "加快环评审批",
                "市环保局",
                "7月底前",
                "环评已于7月12日批复，已完成",
            ),
        ],
    ),
    (
        "二、文旅胜地项目",
        [
            (
                "戚城遗址公园提升工程",
                2.1,
                0.6,
                "施工图设计未通过文物部门审查",
                "修改设计方案重新报审",
                "市文广新局",
                "第三季度",
                "未启动",
            ),
        ],
    ),
    (
        "三、宜居美地项目",
        [
            (
                "老城区雨污分流改造工程",
                5.6,
                2.3,
                "施工占道审批与交通疏导方案未衔接",
                "联合交警部门制定分段施工疏导方案",
                "市住建委",
                "2024.7.15",
                "已完成，疏导方案经交警支队批复实施",
            ),
            (
                "城东安置房三期",
                4.3,
                1.2,
                "建设资金缺口约1.5亿元",
                "申请地方政府专项债券资金",
                "市财政局",
                "年底前",
                "专项债券已申报，等待省级审核",
            ),
        ],
    ),
    (
        "四、民生福地项目",
        [
            (
                "市第三人民医院传染病区",
                1.8,
                0.9,
                "医疗设备采购招标两次流标",
                "调整采购需求重新招标",
                "市卫健委",
                "2024年8月15日",
                "",
            ),
            (
                "濮阳职业技术学院实训楼",
                1.5,
                1.1,
                "消防设计审查意见未落实，影响竣工验收",
                "按审查意见修改消防设计",
                "市住房和城乡建设局",
                "2024年6-8月",
                "正在按审查意见修改设计",
            ),
        ],
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="重点项目办")
    ws = b.sheet("快报")
    b.widths(ws, [18, 12, 20, 18, 18])
    b.line(ws, 0, "濮阳市2024年重点建设项目1-7月推进情况快报", 4, b.title)
    b.line(
        ws,
        1,
        "一、总体推进情况。2024年全市实施重点项目186个，年度计划投资362.45亿元。1-7月完成投资208.17亿元，"
        "完成年度计划投资的57.43%，略低于序时进度。项目推进中存在的问题见问题清单。",
        4,
    )
    ws.set_row(1, 48)
    b.line(ws, 3, "2024年重点建设项目年度计划投资分类完成情况表", 4, b.title)
    b.line(ws, 4, "单位：亿元", 4, b.right)
    b.header(ws, 5, ["项目类别", "项目数量", "2024年年度计划投资", "1-7月完成投资", "投资计划完成率"])
    for i, row in enumerate(PROJECT_SUMMARY):
        b.row(ws, 6 + i, list(row))

    ws = b.sheet("问题清单")
    b.widths(ws, [6, 24, 12, 12, 34, 24, 18, 14, 30])
    b.line(ws, 0, "2024年重点建设项目推进中存在问题清单", 8, b.title)
    b.merge(ws, 1, 0, 2, 0, "序号", b.head)
    b.merge(ws, 1, 1, 2, 1, "项目名称", b.head)
    b.merge(ws, 1, 2, 1, 3, "投资情况（亿元）", b.head)
    b.merge(ws, 1, 4, 1, 8, "问题解决情况", b.head)
    b.header(
        ws,
        2,
        ["年度计划投资", "1-7月完成投资", "存在问题", "解决措施", "牵头单位", "解决时限", "推进情况"],
        2,
    )
    r, n = 3, 0
    for section, rows in PROJECT_ROWS:
        b.merge(ws, r, 0, r, 8, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), 1)
            r += 1
    b.line(ws, r + 1, "填报单位：濮阳市重点项目建设工作领导小组办公室    填报日期：2024年7月31日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 城镇燃气安全排查整治隐患整改销号台账, after a city daily's account of 城镇燃气安全排查整治 (对燃气企业、基础设施拉网式
# 排查; 场站、管网、燃气使用各类隐患; 明确整改责任单位和整改要求，严格按程序验收销号; 专项整治工作专班):
# http://szbk.chuzhou.cn/czrb/pc/content/202112/16/content_56942.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 检查单位 (inspector) beside the 整改责任单位, a 检查日期
# (an event, also the base of 立行立改), a 验收销号 closure column, a 合计 row, a 注 line and a signature line.
GAS_ROWS = [
    (
        "场站",
        "城东LNG储配站",
        "站内可燃气体报警器2处失灵",
        "市住建局检查组",
        "2024-07-03",
        "市燃气公司",
        "立即更换报警探头",
        "2024年7月10日",
        "已更换",
        "已验收销号",
    ),
    (
        "管网",
        "建设路与任丘路交叉口",
        "中压燃气管道上方违章搭建彩钢房占压",
        "市住建局检查组",
        "2024-07-04",
        "市城管执法局",
        "拆除占压建筑",
        "8月15日前",
        "已下达限期拆除通知书，当事人正在自行拆除",
        "未销号",
    ),
    (
        "管网",
        "黄河路中段",
        "埋地钢质管道阴极保护电位不达标",
        "市住建局检查组",
        "2024-07-04",
        "濮阳华润燃气有限公司",
        "更换牺牲阳极",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "燃气使用",
        "濮阳市老街坊餐饮有限公司",
        "后厨使用橡胶软管连接且未安装燃气泄漏报警器",
        "市应急管理局",
        "2024-07-08",
        "濮阳市老街坊餐饮有限公司",
        "更换金属波纹管，安装报警装置",
        "立行立改",
        "已整改",
        "已验收销号",
    ),
    (
        "燃气使用",
        "市第二实验小学食堂",
        "液化石油气钢瓶与灶具同室存放",
        "市应急管理局",
        "2024-07-09",
        "市教育局",
        "设置独立气瓶间",
        "2024年8月底前",
        "正在建设独立气瓶间",
        "未销号",
    ),
    (
        "瓶装燃气",
        "濮阳县鑫源液化气站",
        "为超期未检钢瓶充装液化气",
        "市市场监管局",
        "2024-07-10",
        "濮阳县鑫源液化气有限公司",
        "停业整顿，报废超期钢瓶",
        "2024年7月31日",
        "已整改",
        "复查合格，已销号",
    ),
    (
        "燃气使用",
        "南乐县城关镇农贸市场",
        "部分商户违规使用掺混二甲醚的液化气",
        "市市场监管局",
        "2024-07-11",
        "南乐县城关镇人民政府",
        "开展集中清查",
        "长期坚持",
        "长期坚持，每周开展清查",
        "—",
    ),
    (
        "场站",
        "清丰县城北CNG加气站",
        "加气机拉断阀超期未检验",
        "市住建局检查组",
        "2024-07-12",
        "清丰县华通燃气有限公司",
        "送检拉断阀",
        "2024年8月10日",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "城镇燃气安全排查整治隐患整改销号台账", t, 0, 10),
        (1, 0, "填报单位：濮阳市城镇燃气安全排查整治工作专班办公室    截至：2024年7月31日", plain, 1, 10),
    ]
    header = [
        "序号",
        "隐患类别",
        "隐患位置",
        "隐患描述",
        "检查单位",
        "检查日期",
        "整改责任单位",
        "整改要求",
        "整改时限",
        "整改情况",
        "验收销号",
    ]
    for col, w in enumerate(header):
        cells.append((2, col, w, h))
    for i, row in enumerate(GAS_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 8, 10) else c))
    r = 3 + len(GAS_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "排查发现隐患8处，已验收销号3处", c, r, 10),
        (
            r + 1,
            0,
            "注：立行立改的，以检查日期为整改时限；验收销号由检查单位组织复查后填写。",
            plain,
            r + 1,
            10,
        ),
        (r + 2, 0, "填表人：韩冰    审核人：杜建国    联系电话：0393-8916620", plain, r + 2, 10),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 校园安全隐患问题清单、责任清单和整改清单, after a college 保卫处's notice for the 新学期校园安全隐患排查、整改专项行动
# (各系部自查, 填写《安全隐患问题清单》《安全隐患责任清单》《安全隐患整改清单》, 报送保卫处; 校舍、安全制度、安全设施（器材）、
# 校园欺凌、非法入侵、安全教育; 领导小组督查):
# https://www.mastc.edu.cn/info/1030/8592.htm
# A .zip of two .xlsx returns. The first school is named only in its title and the member's name; its rows name its
# own 处室 (the school is the unit) under a two-row header grouping the three 清单, with √ under 是/否 and a 备注.
# The second comes from a college's 保卫处 with one header row naming its 系部（处室）.
SCHOOL_A = [
    (
        "学生宿舍",
        "三号宿舍楼部分应急照明灯不亮",
        "总务处",
        "张建",
        "更换应急照明灯",
        "8月20日前",
        "√",
        "",
        "",
    ),
    (
        "学校食堂",
        "后厨燃气管道未安装可燃气体泄漏报警装置",
        "总务处",
        "张建",
        "安装报警装置",
        "2024年8月25日",
        "",
        "√",
        "",
    ),
    (
        "校门",
        "上下学时段校门口缺少硬质防冲撞设施",
        "保卫处",
        "刘伟",
        "设置防冲撞隔离桩",
        "8月31日前",
        "",
        "√",
        "隔离桩已采购到校，待安装",
    ),
    ("化学实验室", "危化品柜未实行双人双锁管理", "教务处", "王丽", "落实双人双锁", "立行立改", "√", "", ""),
    ("围墙", "东侧围墙局部开裂倾斜", "总务处", "张建", "拆除重建", "2024年9月30日", "", "", ""),
]
SCHOOL_B = [
    ("机电工程系", "实训车间砂轮机防护罩缺失", "李刚", "加装防护罩", "2024.8.10", "已加装到位"),
    (
        "信息工程系",
        "机房电源插座超负荷串接使用",
        "赵敏",
        "重新敷设电源线路",
        "2024.8.31",
        "已完成线路设计，正在施工",
    ),
    ("后勤处", "学生公寓楼顶太阳能热水器支架锈蚀", "孙强", "更换支架", "2024.9.10", "未整改"),
    (
        "保卫处",
        "校园视频监控存在盲区12处",
        "陈涛",
        "增设摄像头",
        "2024.8.20",
        "已增设摄像头15个，盲区全部覆盖",
    ),
]


def write_school_a(path: Path) -> Path:
    b = Book(path, author="一中总务处")
    ws = b.sheet("三项清单")
    b.widths(ws, [6, 12, 32, 10, 8, 20, 14, 6, 6, 22])
    b.line(ws, 0, "濮阳市第一中学安全隐患问题清单、责任清单和整改清单", 9, b.title)
    b.line(ws, 1, "排查时间：2024年7月22日    报送时间：2024年7月26日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题清单", b.head)
    b.merge(ws, 2, 3, 2, 4, "责任清单", b.head)
    b.merge(ws, 2, 5, 2, 8, "整改清单", b.head)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    b.header(
        ws,
        3,
        ["排查部位", "安全隐患问题", "责任部门", "责任人", "整改措施", "整改时限", "已整改", "未整改"],
        1,
    )
    for i, row in enumerate(SCHOOL_A, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 3 + i, c, v, b.center if c in (7, 8) else b.cell)
    end = 4 + len(SCHOOL_A)
    b.line(ws, end + 1, "说明：立行立改的，以排查时间为整改时限；在“已整改”或“未整改”栏内打√。", 9)
    b.line(ws, end + 2, "校长（签字）：            填表人：张建    联系电话：0393-4412256", 9)
    return b.close()


def write_school_b(path: Path) -> Path:
    b = Book(path, author="保卫处")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 34, 10, 20, 12, 30])
    b.line(ws, 0, "新学期校园安全隐患排查整改清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳职业技术学院保卫处    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "系部（处室）", "隐患问题", "责任人", "整改措施", "整改时限", "整改进展"])
    for i, row in enumerate(SCHOOL_B, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(SCHOOL_B), "审核：            制表：陈涛", 6)
    return b.close()


def write_school(path: Path) -> Path:
    members = [
        ("安全隐患三项清单（濮阳市第一中学）.xlsx", write_school_a),
        ("保卫处-校园安全隐患排查整改清单.xlsx", write_school_b),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 小型水库安全度汛督查发现问题整改情况报告, after a county news item on a 国家防总水利督查组 visit to a township's small
# reservoirs (四不两直; 坝容坝貌、杂柴杂草、渗漏、内坡冲刷、溢洪道人为抬高、超汛限蓄水、防汛物资; 行政、直接、技术、巡查责任人;
# 一库一档建立台账清单，制定整改措施，落实整改责任，限期完成; 暂时不能完成的落实应急度汛措施):
# http://xyjj.chinaxyjjw.com/xyjj/xyjj9/2018-12-24/1196.html
# A .doc (Word 97 via LibreOffice): a report with one heading per reservoir (一库一档) and the problems as numbered
# paragraphs, each with 整改责任单位 / 整改时限 / 整改情况; 交办 date in the preamble; office and date at the foot.
FLOOD_PARAS = [
    (
        "一、马庄水库（台前县吴坝镇）",
        [
            (
                "1.大坝上游坡杂柴杂草未清除干净。整改责任单位：吴坝镇人民政府。整改时限：2024年6月30日。"
                "整改情况：已完成清杂，经县水利局复查合格。"
            ),
            (
                "2.溢洪道被人为抬高约0.5米。整改责任单位：吴坝镇人民政府。整改时限：立行立改。"
                "整改情况：已拆除抬高部分，恢复原设计高程。"
            ),
            (
                "3.巡查责任人不熟悉巡查内容，巡查记录不全。整改责任单位：台前县水利局。整改时限：长期坚持。"
                "整改情况：长期坚持，每月组织责任人培训。"
            ),
        ],
    ),
    (
        "二、后楼水库（范县颜村铺乡）",
        [
            (
                "4.大坝背水坡局部渗漏。整改责任单位：范县水利局。整改时限：2024年10月底前。"
                "整改情况：已落实应急度汛措施，除险加固方案正在编制。"
            ),
            (
                "5.防汛物资储备不足，缺少编织袋和块石。整改责任单位：颜村铺乡人民政府。整改时限：2024年7月10日前。"
                "整改情况：未整改。"
            ),
            (
                "6.汛期超汛限水位蓄水。整改责任单位：范县水利局。整改时限：交办之日起15日内。"
                "整改情况：已开闸泄水至汛限水位以下。"
            ),
        ],
    ),
    (
        "三、张庄水库（濮阳县渠村乡）",
        [
            "7.水位观测尺损坏，无法读数。整改责任单位：濮阳县水利局。整改时限：第三季度。",
            "8.放水涵管启闭机锈死。整改责任单位：市水务局。整改时限：2024年8月底前。整改情况：已采购启闭机，正在安装。",
        ],
    ),
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("市防办")
    _title(doc, "关于小型水库安全度汛督查发现问题整改落实情况的报告")
    _paragraph(doc, "市防汛抗旱指挥部：")
    _paragraph(
        doc,
        "2024年6月18日，省水利厅督查组采取“四不两直”方式对我市小型水库安全度汛工作进行督查，"
        "现场交办问题8个。我办按照一库一档建立台账清单，逐项明确整改措施、责任单位和时限；"
        "暂时不能完成的，督促落实应急度汛措施。截至2024年7月29日，整改落实情况报告如下：",
    )
    for heading, paras in FLOOD_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市防汛抗旱指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "小型水库安全度汛督查发现问题整改落实情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 经营性自建房安全隐患整治台账, after a township's summary of its 房屋安全隐患大排查大整治“百日攻坚” (排查栋数; 重大隐患房屋、
# 一般隐患房屋; 整治销号; 委托工程技术公司开展房屋安全性鉴定，B级、C级; 系统录入):
# https://m.kqyc.cn/wenku/reecc/zL02ly4wra
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 产权人 beside the 整治责任单位, an
# 排查日期 (event; the base of 立行立改), 隐患等级 and 鉴定等级, a 是否销号 closure column, a signature line.
HOUSE_ROWS = [
    (
        "东关村",
        "王某某",
        "东关村前街12号",
        "餐饮",
        date(2024, 6, 12),
        "重大隐患",
        "C级",
        "二层楼板开裂、承重墙体出现斜向裂缝",
        "停止经营，加固改造",
        "清丰县城关镇人民政府",
        "2024.6.30",
        "已停止经营，加固完成并经复核鉴定为B级",
        "已销号",
    ),
    (
        "西关社区",
        "李某某",
        "西关社区北街3号",
        "民宿",
        date(2024, 7, 5),
        "重大隐患",
        "D级",
        "房屋整体向东倾斜，地基不均匀沉降",
        "停用搬离，依法拆除",
        "清丰县城关镇人民政府",
        "立行立改",
        "已停用搬离，拆除工作正在进行",
        "未销号",
    ),
    (
        "南街村",
        "赵某某",
        "南街村中心路25号",
        "超市",
        date(2024, 6, 20),
        "一般隐患",
        "—",
        "擅自加建第四层",
        "拆除加建部分",
        "清丰县住房和城乡建设局",
        "8月底前",
        "已下达限期拆除通知",
        "未销号",
    ),
    (
        "北街村",
        "孙某某",
        "北街村振兴路8号",
        "小作坊",
        date(2024, 6, 25),
        "一般隐患",
        "—",
        "电线私拉乱接，未配备灭火器材",
        "规范电气线路，配齐消防器材",
        "清丰县消防救援大队",
        "2024.7.20",
        "已整改",
        "已销号",
    ),
    (
        "东关村",
        "周某某",
        "东关村后街7号",
        "出租房",
        date(2024, 7, 2),
        "重大隐患",
        "C级",
        "屋面预制板钢筋锈蚀露筋",
        "鉴定后加固",
        "清丰县城关镇人民政府",
        "2024.9.30",
        "未整改",
        "未销号",
    ),
    (
        "西关社区",
        "吴某某",
        "西关社区新华路16号",
        "幼儿托管",
        date(2024, 7, 8),
        "一般隐患",
        "B级",
        "托管场所仅设一个安全出口",
        "增设安全出口",
        "清丰县教育局",
        "2024.8.15",
        "",
        "",
    ),
    (
        "南街村",
        "郑某某",
        "南街村文化路2号",
        "网吧",
        date(2024, 7, 10),
        "一般隐患",
        "—",
        "改变房屋用途未经安全鉴定",
        "委托房屋安全鉴定",
        "清丰县城关镇人民政府",
        "7月底前",
        "已委托鉴定机构，鉴定报告待出具",
        "未销号",
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="村镇建设办")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 10, 10, 18, 10, 12, 10, 10, 28, 20, 20, 12, 28, 10])
    b.line(ws, 0, "2024年经营性自建房安全隐患整治台账", 13, b.title)
    b.line(ws, 1, "填报单位：清丰县城关镇人民政府    填报日期：2024年7月30日", 13)
    b.header(
        ws,
        2,
        [
            "序号",
            "村（社区）",
            "产权人",
            "房屋地址",
            "经营用途",
            "排查日期",
            "隐患等级",
            "鉴定等级",
            "隐患情况",
            "整治措施",
            "整治责任单位",
            "整治时限",
            "整治进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(HOUSE_ROWS)
    b.line(ws, end + 1, "注：立行立改的，整治时限为排查当日。", 13)
    b.line(ws, end + 2, "填表人：魏红    审核人：常永军    联系电话：0393-7221586", 13)
    return b.close()


def write_house(path: Path) -> Path:
    via_soffice(write_house_book, path, "ods", "经营性自建房安全隐患整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 森林火灾风险隐患排查整治台账, after a city's account of its 森林火灾风险隐患拉网式排查整治 (13个镇（街道）98个涉林村;
# 坟头、林区特殊人群、学校、居民区, 林下可燃物堆积, 林区经营单位, 施工单位管理, 临时工棚, 卡口设置; 落实整改责任人、明确整改
# 时限; 督查组对各镇（街道）排查整治情况进行督查):
# http://www.top10bclist.com/scslyt/zdmsxx/2021/1/17/e203d7431bba4995988f9a2dd139c365.shtml
# An .et (Excel 97 via LibreOffice): title, 排查时间 line, one header row with the 整改责任人 (a person) and a
# 督查组意见 verdict column beside the 责任镇（乡）, a 注 and a signature line.
FOREST_ROWS = [
    (
        "濮城镇人民政府",
        "马寨村",
        "林下可燃物",
        "林带内枯枝落叶堆积厚度超过10厘米",
        "组织清理林下可燃物",
        "马立新",
        "2024年7月15日前",
        "基本完成",
        "复查通过",
    ),
    (
        "辛庄镇人民政府",
        "后刘村",
        "坟头",
        "林区内成片坟地周边未开设防火隔离带",
        "开设防火隔离带",
        "刘振华",
        "2024年8月底前",
        "正在开设隔离带，已完成60%",
        "",
    ),
    (
        "王称堌镇人民政府",
        "孙庄村",
        "施工单位",
        "林区内施工单位未建立野外用火审批制度",
        "督促施工单位建立用火审批制度",
        "孙建",
        "2024.7.20",
        "未整改",
        "逾期未整改，已约谈镇分管负责人",
    ),
    (
        "杨集乡人民政府",
        "韩楼村",
        "临时工棚",
        "林区内私搭临时工棚3处，存在生活用火",
        "拆除临时工棚",
        "韩涛",
        "2024年7月10日",
        "已拆除",
        "复查通过",
    ),
    (
        "张庄乡人民政府",
        "东张庄村",
        "卡口设置",
        "进林路口未设置防火检查卡口",
        "设置卡口并安排值守人员",
        "张伟",
        "2024年6月30日",
        "",
        "",
    ),
    (
        "陈庄镇人民政府",
        "陈庄村",
        "特殊人群",
        "林区周边特殊人群监护责任未落实到人",
        "落实一对一监护",
        "陈立",
        "长期坚持",
        "长期坚持，常态化开展巡访",
        "",
    ),
    (
        "高码头镇人民政府",
        "李庄村",
        "学校",
        "村小学紧邻林地未设置防火隔离带",
        "清理学校周边50米内可燃物",
        "李强",
        "2024年8月15日",
        "已清理可燃物，隔离带正在开设",
        "",
    ),
]


def write_forest_book(path: Path) -> Path:
    b = Book(path, author="范县森防办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 18, 10, 12, 34, 24, 10, 16, 28, 26])
    b.line(ws, 0, "范县森林（林地）火灾风险隐患排查整治台账", 9, b.title)
    b.line(ws, 1, "排查时间：2024年6月24日至7月5日    涉及7个乡镇、23个涉林村", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任镇（乡）",
            "涉林村",
            "隐患类别",
            "隐患描述",
            "整改措施",
            "整改责任人",
            "整改时限",
            "整改情况",
            "督查组意见",
        ],
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(FOREST_ROWS)
    b.line(ws, end + 1, "注：督查组意见由县森林防灭火专项整治督查组复查后填写。", 9)
    b.line(ws, end + 2, "填报单位：范县森林防灭火指挥部办公室    填表人：高峰    2024年7月30日", 9)
    return b.close()


def write_forest(path: Path) -> Path:
    return via_soffice(write_forest_book, path, "xls", "森林火灾风险隐患排查整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 12345热线转办工单办理情况, after a page explaining the 12345 hotline (功能类别 table: 咨询类、投诉类、建议类、求助类、
# 查询类; 工作流程: 接听电话记录、分类处理分派工单、限时办结、回访评价):
# http://www.ttaoc.com.cn/jxuwd/202511/333568.html
# A CSV in UTF-8 with BOM: a title line, a 说明 line saying from when the 办理时限 counts, a header line with 受理时间
# (an event, the base of the working-day limits), 诉求类别, 办理时限 in working days and a 回访评价, a closing 合计 line.
HOTLINE_ROWS = [
    (
        "20240722-0015",
        "2024-07-22 09:12",
        "咨询类",
        "咨询新生儿医保参保登记办理流程",
        "市医保局",
        "3个工作日",
        "已电话答复市民，已反馈",
        "满意",
    ),
    (
        "20240722-0038",
        "2024-07-22 10:40",
        "投诉类",
        "反映小区楼下烧烤店油烟扰民",
        "市城管局",
        "10个工作日",
        "已责令店主加装油烟净化器，正在跟踪落实",
        "",
    ),
    (
        "20240723-0102",
        "2024-07-23 08:55",
        "求助类",
        "雨后村道积水严重无法通行",
        "濮阳县五星乡人民政府",
        "5个工作日",
        "已组织抽排积水，道路恢复通行，已反馈",
        "基本满意",
    ),
    (
        "20240724-0056",
        "2024-07-24 15:20",
        "建议类",
        "建议在市体育馆周边增设公共停车泊位",
        "市交警支队",
        "10个工作日",
        "正在组织现场勘查",
        "",
    ),
    (
        "20240724-0091",
        "2024-07-24 16:47",
        "投诉类",
        "反映某培训机构收费后拒不退费",
        "市教育局",
        "10个工作日",
        "",
        "",
    ),
    (
        "20240725-0011",
        "2024-07-25 07:38",
        "求助类",
        "小区停水超过24小时无人处理",
        "市自来水公司",
        "5个工作日",
        "已抢修管道恢复供水，已反馈",
        "满意",
    ),
    (
        "20240726-0077",
        "2024-07-26 11:05",
        "投诉类",
        "反映公交线路调整后末班车发车时间提前",
        "公交公司",
        "10个工作日",
        "未办理",
        "",
    ),
    (
        "20240726-0103",
        "2024-07-26 14:30",
        "咨询类",
        "咨询灵活就业人员养老保险缴费标准",
        "人社局",
        "3个工作日",
        "已答复，已反馈",
        "满意",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345政务服务便民热线转办工单办理情况（2024年7月22日—7月28日）"])
    w.writerow(["说明：办理时限自受理之日的次日起按工作日计算；回访评价由热线中心回访后填写。"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理情况",
            "回访评价",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本周转办8件，已办结4件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 营商环境投诉举报问题受理转办销号台账, after a provincial news item on the 营商环境投诉举报处理办法 (依托12345热线、
# 助企暖企平台; 问题受理、转办（分拨）、跟踪、反馈、销号闭环管理; 市场环境、政务服务、监管执法、法治保障和其他5大领域;
# 不满意工单函询承办单位; 约谈):
# http://jiefutu.com/newscenter/system/2024/07/28/030248209.shtml
# An .xlsx: title, 填报单位 line, a two-row merged header grouping 受理信息 / 转办办理 / 销号管理, the 投诉举报人 (the
# complainant) beside the 承办单位, 办理时限 in working days from the 受理日期, a 注 line on counting.
BIZ_ROWS = [
    (
        "YS2024-071",
        "12345热线",
        date(2024, 7, 1),
        "政务服务",
        "濮阳市恒达物流有限公司",
        "道路运输经营许可证延续办理超过承诺时限",
        "市交通运输局",
        "15个工作日",
        "已办结，许可证已发放",
        "满意",
        "已销号",
    ),
    (
        "YS2024-074",
        "助企暖企平台",
        date(2024, 7, 3),
        "监管执法",
        "濮阳县顺发建材经营部",
        "同一事项一个月内被多个部门重复检查",
        "濮阳县人民政府",
        "15个工作日",
        "县政府已约谈相关部门，正在推行“综合查一次”",
        "不满意",
        "未销号",
    ),
    (
        "YS2024-079",
        "12345热线",
        date(2024, 7, 8),
        "市场环境",
        "河南绿源食品有限公司",
        "新建厂房供水报装申请后迟迟未安装",
        "市自来水公司",
        "15个工作日",
        "已完成报装通水",
        "满意",
        "已销号",
    ),
    (
        "YS2024-083",
        "来信",
        date(2024, 7, 10),
        "法治保障",
        "濮阳市宏远建筑劳务有限公司",
        "政府投资项目工程款长期拖欠",
        "市财政局",
        "2024年9月30日前",
        "已拨付部分款项，剩余款项正在协调",
        "",
        "未销号",
    ),
    (
        "YS2024-086",
        "12345热线",
        date(2024, 7, 15),
        "政务服务",
        "濮阳市华瑞商贸有限公司",
        "企业开办环节要求重复提交材料",
        "市政务服务中心",
        "15个工作日",
        "未办理",
        "",
        "未销号",
    ),
    (
        "YS2024-090",
        "助企暖企平台",
        date(2024, 7, 18),
        "监管执法",
        "范县味香园餐饮店",
        "执法人员现场检查时态度生硬",
        "市市场监管局",
        "15个工作日",
        "",
        "",
        "",
    ),
    (
        "YS2024-092",
        "12345热线",
        date(2024, 7, 22),
        "其他",
        "濮阳市新东方电器有限公司",
        "用电报装环节收取不合理费用",
        "濮阳供电公司",
        "15个工作日",
        "已退还违规收取的费用",
        "满意",
        "已销号",
    ),
]


def write_biz(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 12, 12, 10, 24, 32, 16, 14, 30, 10, 10])
    b.line(ws, 0, "营商环境投诉举报问题受理转办销号台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市优化营商环境工作领导小组办公室    统计截至：2024年7月31日", 11)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 6, "受理信息", b.head)
    b.merge(ws, 2, 7, 2, 9, "转办办理", b.head)
    b.merge(ws, 2, 10, 2, 11, "销号管理", b.head)
    b.header(
        ws,
        3,
        [
            "受理编号",
            "受理渠道",
            "受理日期",
            "所属领域",
            "投诉举报人",
            "投诉举报事项",
            "承办单位",
            "办理时限",
            "办理情况",
            "反馈评价",
            "是否销号",
        ],
        1,
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    end = 4 + len(BIZ_ROWS)
    b.line(
        ws,
        end + 1,
        "注：办理时限自受理之日的次日起按工作日计算；反馈评价“不满意”的，函询承办单位重新办理。",
        11,
    )
    b.line(ws, end + 2, "填表人：许静    联系电话：0393-8998120", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 人大代表建议办理进展情况表, after a district news item following one 代表建议 from 提交 to 办结 (代表在建议提交系统中
# 提交; 大会议案建议组初审、分类; 交由承办单位研究办理; 答复代表、征询意见):
# https://investchn.com/home/news/detail/id/234585.html
# A .wps (Word 97 via LibreOffice): title, a 交办 line stating the base date and the 3-month limit, one table with the
# 领衔代表 and 代表团 (proposers) and the 协办单位 beside the 主办单位, an 答复类别 column, a signature line.
NPC_ROWS = [
    (
        "第0012号",
        "关于加快老旧小区加装电梯的建议",
        "王建国",
        "华龙区代表团",
        "市住房和城乡建设局",
        "市市场监督管理局",
        "3个月内",
        "已答复代表，代表表示满意",
        "A类",
    ),
    (
        "第0025号",
        "关于增设中小学课后托管服务的建议",
        "李秀梅",
        "濮阳县代表团",
        "市教育局",
        "市财政局",
        "3个月内",
        "已答复",
        "A类",
    ),
    (
        "第0031号",
        "关于规范城区电动自行车停放充电的建议",
        "张海涛",
        "清丰县代表团",
        "市消防支队",
        "市城市管理局",
        "2024年6月30日前",
        "正在会同协办单位开展调研，尚未答复",
        "",
    ),
    (
        "第0047号",
        "关于提高农村低保保障标准的建议",
        "刘桂兰",
        "南乐县代表团",
        "市民政局",
        "市财政局",
        "3个月内",
        "逾期未办",
        "",
    ),
    (
        "第0053号",
        "关于加强黄河滩区道路建设的建议",
        "赵志强",
        "范县代表团",
        "市交通局",
        "市发改委",
        "年底前",
        "已纳入2024年农村公路建设计划，正在实施",
        "",
    ),
    (
        "第0068号",
        "关于建设市级残疾人康复中心的建议",
        "孙明",
        "台前县代表团",
        "市残联",
        "市卫生健康委员会",
        "3个月内",
        "",
        "",
    ),
    (
        "第0072号",
        "关于简化住房公积金提取手续的建议",
        "周丽",
        "华龙区代表团",
        "市公积金中心",
        "—",
        "2024年5月31日",
        "已办结，已答复代表",
        "A类",
    ),
]


def write_npc_docx(path: Path) -> Path:
    doc = _new_document("人代联工委")
    _title(doc, "市九届人大三次会议代表建议办理进展情况表")
    _paragraph(
        doc,
        "交办日期：2024年3月15日。按照代表建议办理规定，承办单位应自交办之日起3个月内答复代表；"
        "另有时限的，以表中所列为准。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(NPC_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "建议编号",
            "建议题目",
            "领衔代表",
            "代表团",
            "主办单位",
            "协办单位",
            "办理时限",
            "办理进展",
            "答复类别",
        ],
        body,
        9,
    )
    _paragraph(doc, "注：答复类别A类为所提问题已经解决或基本解决。", 12)
    _paragraph(doc, "填表人：马玉洁    联系电话：0393-4418207    填报日期：2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_docx, path, "doc", "代表建议办理进展情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 政务服务“差评”核查整改情况表, after a district 政务服务 account of its 好差评 work (差评闭环管理: 受理-核实-整改-反馈-
# 回访; 差评按期整改，整改率100%，回访满意度100%; 线上一体化平台、线下评价器与意见箱，一事一评; 政务服务监督员):
# https://www.lzq.gov.cn/open/show/20250916142956-8590-00-000.html
# A .docx: title, preamble paragraph, one table with 评价渠道, 被评价单位（窗口）, 核实情况, 整改措施, 整改时限, 整改情况 and
# 回访结果 columns, the office and date at the foot.
REVIEW_ROWS = [
    (
        "2024-07-02",
        "一体化平台",
        "不动产转移登记",
        "窗口人员解释政策不清，让群众多跑一次",
        "市不动产登记中心",
        "情况属实",
        "开展业务培训，推行一次性告知",
        "2024年7月12日",
        "已整改",
        "满意",
    ),
    (
        "2024-07-05",
        "评价器",
        "社保卡补换",
        "社保卡补换窗口排队时间过长",
        "市人社局",
        "情况属实",
        "增设自助补卡机",
        "7月底前",
        "自助补卡机已采购，正在安装调试",
        "",
    ),
    (
        "2024-07-09",
        "二维码",
        "住房公积金贷款审批",
        "公积金贷款审批超过承诺时限",
        "市住房公积金管理中心",
        "情况属实",
        "压缩审批环节",
        "2024年8月10日",
        "未整改",
        "",
    ),
    (
        "2024-07-11",
        "12345热线",
        "营业执照变更登记",
        "网上办理系统多次提交失败",
        "市市场监督管理局",
        "情况属实",
        "协调系统运维单位修复",
        "2024年7月18日",
        "已修复系统故障",
        "满意",
    ),
    (
        "2024-07-16",
        "一体化平台",
        "机动车驾驶证换证",
        "网上预约号源不足，预约不上",
        "市公安局交通管理支队",
        "情况属实",
        "增加网上预约号源",
        "2024年8月31日",
        "正在协调增加号源",
        "",
    ),
    (
        "2024-07-19",
        "评价器",
        "税务登记",
        "办事指南所列材料与窗口实际要求不一致",
        "市税务局",
        "情况属实",
        "修订办事指南",
        "2024年7月26日",
        "已修订并在网上公布",
        "基本满意",
    ),
    (
        "2024-07-24",
        "二维码",
        "残疾人证办理",
        "政务大厅无障碍通道被占用",
        "市行政服务中心",
        "情况属实",
        "清理无障碍通道，设立标识",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "2024-07-26",
        "12345热线",
        "困难残疾人生活补贴申请",
        "补贴审核进度不透明",
        "市民政局",
        "情况属实",
        "建立办件进度短信提醒",
        "长期坚持",
        "长期坚持，每月通报办件进度",
        "",
    ),
]


def write_review(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "2024年7月政务服务“差评”核查整改情况表", 18)
    _paragraph(
        doc,
        "按照“受理—核实—整改—反馈—回访”闭环管理要求，现将7月份收到的政务服务“差评”核查整改情况汇总如下。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(REVIEW_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "评价时间",
            "评价渠道",
            "事项名称",
            "差评内容",
            "被评价单位（窗口）",
            "核实情况",
            "整改措施",
            "整改时限",
            "整改情况",
            "回访结果",
        ],
        body,
        9,
    )
    _paragraph(doc, "濮阳市政务服务“好差评”工作专班", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("濮阳市2024年重点建设项目1-7月推进情况快报.xlsx", write_project),
    ("城镇燃气安全排查整治隐患整改销号台账.xls", write_gas),
    ("秋季开学校园安全隐患三项清单（两所学校）.zip", write_school),
    ("关于小型水库安全度汛督查发现问题整改落实情况的报告.doc", write_flood),
    ("城关镇经营性自建房安全隐患整治台账.ods", write_house),
    ("范县森林火灾风险隐患排查整治台账.et", write_forest),
    ("12345热线转办工单办理情况（7月22日—7月28日）.csv", write_hotline),
    ("营商环境投诉举报问题受理转办销号台账.xlsx", write_biz),
    ("市九届人大三次会议代表建议办理进展情况表.wps", write_npc),
    ("2024年7月政务服务差评核查整改情况表.docx", write_review),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

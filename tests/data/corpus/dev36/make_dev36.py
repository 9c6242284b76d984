"""Write the dev36 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
tab-separated text in UTF-16, a .docx with numbered paragraphs and a statistics table, a .doc with the items as
paragraphs and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev36.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察整改报表, after an article on filling in 巡视巡察整改报表 (填报标准不统一、数据口径不一致; 整改成效可量化、可评估、
# 可追溯; 谁负责填报、谁负责审核):
# https://www.seridoat.com/article/xun-shi-xun-cha-zheng-gai-bao-biao-tian-bao-nan-ti-ru-he-po-jie-shu-ju-tian-bao-bu-gui-fan-zheng-gai.html
# An .xlsx: title, 填报单位 line with the 反馈 date the 立行立改 items count from, a two-row header (责任落实 over 责任单位 and
# 责任人, 整改情况 over 整改状态 and 量化成效), a 填表说明 block and 填报人/审核人 lines.
PATROL_ROWS = [
    (
        "XC-01",
        "政务服务",
        "企业开办“一窗通办”推进缓慢，部分事项仍需多头跑",
        "梳理企业开办全流程事项，整合窗口",
        "市行政服务中心",
        "周立新",
        "立行立改",
        "已完成",
        "整合窗口6个，开办时间压减至1个工作日",
    ),
    (
        "XC-02",
        "要素保障",
        "工业用地“标准地”出让比例偏低",
        "制定标准地出让实施细则，新增工业用地全部按标准地出让",
        "市国土资源局",
        "韩晓峰",
        "2024年9月底前",
        "正在推进",
        "已出让标准地3宗，细则已提交审议",
    ),
    (
        "XC-03",
        "涉企收费",
        "个别行业协会仍向会员企业收取评比达标费用",
        "开展涉企收费专项清理，责令退还违规收费",
        "市发改委",
        "郑国梁",
        "2024.8.15",
        "未启动",
        "",
    ),
    (
        "XC-04",
        "市场监管",
        "对企业重复检查、多头检查问题仍然存在",
        "推行“综合查一次”，制定联合检查事项清单",
        "市工商局",
        "孙红梅",
        "2024年7月20日",
        "已完成",
        "联合检查事项清单已印发，检查频次下降40%",
    ),
    (
        "XC-05",
        "税费服务",
        "出口退税办理平均时间长于全省平均水平",
        "优化退税审核流程，推行容缺办理",
        "市税务局",
        "黄振宇",
        "12月底前",
        "正在推进",
        "平均办理时间已由6天压缩至4天",
    ),
    (
        "XC-06",
        "政务服务",
        "不动产登记与水电气过户联动办理未全面实现",
        "与供水、供电、燃气企业实现信息共享",
        "市不动产登记中心",
        "陈文杰",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "XC-07",
        "作风建设",
        "窗口工作人员服务意识不强，“好差评”差评整改不及时",
        "差评件100%回访整改，纳入月度考核",
        "市行政服务中心",
        "周立新",
        "长期坚持",
        "长期坚持",
        "建立差评回访台账，按月通报",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("整改报表")
    b.widths(ws, [10, 10, 34, 30, 18, 10, 14, 10, 30])
    b.line(ws, 0, "市委第二轮营商环境专项巡察反馈问题整改报表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市委巡察工作领导小组办公室（汇总）    巡察反馈日期：2024年5月20日    数据截至：2024年7月26日",
        8,
    )
    for c, word in enumerate(["问题编号", "问题类别", "问题描述", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "责任落实", b.head)
    b.header(ws, 3, ["责任单位", "责任人"], first=4)
    b.merge(ws, 2, 6, 3, 6, "完成时限", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["整改状态", "量化成效"], first=7)
    for i, row in enumerate(PATROL_ROWS):
        b.row(ws, 4 + i, list(row))
    end = 4 + len(PATROL_ROWS)
    b.line(ws, end + 1, "填表说明：", 8)
    b.line(ws, end + 2, "1.“立行立改”事项自巡察反馈之日起即须整改到位；", 8)
    b.line(ws, end + 3, "2.整改状态填写“已完成”“正在推进”“未启动”“长期坚持”之一，量化成效须有数据支撑；", 8)
    b.line(ws, end + 4, "3.本表由各责任单位填报，巡察办汇总审核。", 8)
    b.line(ws, end + 6, "填报人：王丽娜    审核人：赵建军    联系电话：0393-8990126", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改情况清单, after a province's report on the 整改 of the problems its budget audit found (印发整改通知,
# 纳入整改范围; 已整改 / 持续整改; 整改金额; 起底清零):
# http://rddy.org.cn/show-90263.html
# An .xlsx: 附件 line, title, 整改责任单位 column, category rows (一、二、三) between the items, a 整改结果认定 column beside
# the 整改情况 text, a 合计 row summing the amounts.
AUDIT_SECTIONS = [
    (
        "一、市级财政管理审计查出问题",
        [
            (
                "部分预算单位结转结余资金未及时清理上缴",
                1260.5,
                "市财政局",
                "2024年6月30日前",
                "已收回结转结余资金1260.5万元，统筹用于民生支出",
                "已整改",
            ),
            (
                "政府采购项目化整为零规避公开招标",
                86.4,
                "市教育局",
                "2024年9月30日前",
                "已修订采购内控制度，涉及项目正在重新履行采购程序",
                "持续整改",
            ),
        ],
    ),
    (
        "二、部门预算执行审计查出问题",
        [
            (
                "医疗服务价格项目违规收费",
                312.0,
                "市卫计委",
                "2024.8.31",
                "已督促3家医院退还患者费用198万元，其余正在核算",
                "持续整改",
            ),
            (
                "城市道路养护资金闲置超过一年",
                2150.0,
                "市城管局",
                "2024年7月15日前",
                "闲置资金已统筹用于背街小巷改造",
                "已整改",
            ),
            (
                "国有房产出租未进场公开交易",
                45.8,
                "市交通运输局",
                "2024年5月31日前",
                "已收回到期房产并纳入公开招租",
                "已整改",
            ),
        ],
    ),
    (
        "三、重点民生资金和项目审计查出问题",
        [
            (
                "高标准农田建设项目竣工验收不及时",
                0,
                "市农业局",
                "2024年12月底前",
                "",
                "未整改",
            ),
            (
                "住房公积金逾期贷款清收不到位",
                523.0,
                "市住房公积金管理中心",
                "2024年10月31日前",
                "已清收逾期贷款210万元，对剩余借款人启动司法程序",
                "持续整改",
            ),
            (
                "不动产登记历史遗留问题化解进度缓慢",
                0,
                "市不动产登记中心",
                "2025年6月底前",
                "已建立历史遗留问题清单，已化解412户",
                "持续整改",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="市审计局")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 36, 14, 22, 18, 36, 14])
    b.line(ws, 0, "附件2", 6)
    b.line(ws, 1, "2023年度市级预算执行和其他财政收支审计查出问题整改情况清单", 6, b.title)
    b.line(ws, 2, "（截至2024年7月25日）", 6, b.right)
    b.header(
        ws,
        3,
        ["序号", "审计查出问题", "问题金额（万元）", "整改责任单位", "整改期限", "整改情况", "整改结果认定"],
    )
    r, n, total = 4, 0, 0.0
    for heading, rows in AUDIT_SECTIONS:
        b.merge(ws, r, 0, r, 6, heading, b.section)
        r += 1
        for problem, amount, unit, limit, done, verdict in rows:
            n += 1
            total += amount
            b.row(ws, r, [n, problem, amount if amount else "—", unit, limit, done, verdict])
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.put(ws, r, 2, round(total, 1))
    b.merge(ws, r, 3, r, 6, "共8个问题，已整改3个，持续整改4个，未整改1个", b.cell)
    b.line(ws, r + 2, "注：“持续整改”指已制定整改措施并正在推进、尚未完全整改到位的事项。", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 安全生产隐患大排查大整治问题台账 of a town, after a town's 隐患大排查、大整治行动 (道路交通、消防、建筑施工、自建房、防溺水、
# 农业农村等全行业领域; 镇应急办牵头; 现场指导整改或限期整改并跟踪复查; 隐患清零闭环管理):
# http://www.xp.gov.cn/xp/c110567/202505/a4e11d3a981646b19eb58010da8143ad.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是 / 否 under 是否整改到位 (ticks), the town's own 站所 as
# 责任站所, a 备注 column, a 合计 row, a 填表说明 and signature line.
TOWN_ROWS = [
    (
        "消防",
        "沿街门店“三合一”场所住人，未设置独立疏散通道",
        "户部寨村",
        "镇应急办",
        "责令清人，设置防火分隔",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "自建房",
        "经营性自建房擅自加层，墙体出现裂缝",
        "西街村",
        "镇村建办",
        "停止经营，委托房屋安全鉴定",
        "8月15日前",
        "",
        "√",
        "已停止经营，鉴定机构已进场",
    ),
    (
        "道路交通",
        "村道与省道交叉口缺少警示标志和减速带",
        "前刘村",
        "镇应急办",
        "协调设置警示牌、减速带",
        "7月底前",
        "",
        "√",
        "",
    ),
    (
        "燃气",
        "农家乐液化气钢瓶与灶具同室存放，未安装报警装置",
        "后寨村",
        "镇应急办",
        "钢瓶移出，安装可燃气体报警器",
        "2024.7.25",
        "√",
        "",
        "",
    ),
    (
        "防溺水",
        "村北坑塘边缘无防护栏和警示牌",
        "北街村",
        "镇水利站",
        "设置围栏、警示牌，落实巡查人员",
        "7月31日前",
        "",
        "",
        "",
    ),
    (
        "农业农村",
        "拖拉机违规载人上路，部分农机未按期年检",
        "东街村",
        "镇农业农村办",
        "开展农机安全宣传，督促集中年检",
        "2024年9月30日",
        "",
        "√",
        "已组织集中年检一次，仍有2台未检",
    ),
    (
        "建筑施工",
        "在建厂房脚手架未设剪刀撑，作业人员未系安全带",
        "镇产业园",
        "镇村建办",
        "停工整改，完善脚手架",
        "2024年7月18日",
        "√",
        "",
        "",
    ),
]


def write_town(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "户部寨镇安全生产隐患大排查大整治问题台账", t, 0, 10),
        (1, 0, "填报单位：户部寨镇人民政府（盖章）    填报日期：2024年7月29日", plain, 1, 10),
    ]
    for col, word in enumerate(
        ["序号", "排查领域", "隐患问题", "所在村（单位）", "责任站所", "整改措施", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 7, "是否整改到位", h, 2, 8),
        (3, 7, "是", h),
        (3, 8, "否", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(TOWN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 4, 6, 7, 8) else c))
    r = 4 + len(TOWN_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "排查隐患7处，已整改到位3处", c, r, 9),
        (
            r + 1,
            0,
            "填表说明：整改到位的在“是”栏打“√”，未整改到位的在“否”栏打“√”并在备注栏说明进展。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：李春燕    分管领导：马卫东    联系电话：0393-4612088", plain, r + 2, 9),
    ]
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 12345热线运行情况, after a county-level city's monthly 12345 report (一、运行情况 in numbered lines; 二、数据分析 with
# 工单量排名前五的市直单位 table: 办件数量 / 提前办结率 / 解决率 / 按期办结率 / 满意率; 三、省级交办单办理情况):
# http://www.gaoan.gov.cn/gasrmzf/lytj/202311/797cfe426cf34e00a76bab463c369530.shtml
# A .docx: title, numbered 运行情况, a statistics table of units (no items), then the 省级交办单 as numbered paragraphs
# with 交办时间 and a 办理时限 in working days.
HOTLINE_PARAS = [
    (
        "反映开州路某小区地下车库长期积水，电动车充电存在安全隐患。",
        "市住建局",
        "2024年7月8日",
        "5个工作日",
        "已办结，物业公司已清理积水并增设排水泵，经回访群众满意。",
    ),
    (
        "反映某驾校收取培训费后拒不安排练车。",
        "市交通运输局",
        "2024年7月15日",
        "10个工作日",
        "正在协调，已约谈驾校负责人，退费方案待双方确认。",
    ),
    (
        "反映城区黄河路夜间渣土车沿路抛洒。",
        "市城管局",
        "2024年7月17日",
        "3个工作日",
        "已办结，对涉事运输企业立案处罚并督促清扫路面。",
    ),
    (
        "反映王什村集中供水水质浑浊、有异味。",
        "市水务局",
        "2024年7月22日",
        "5个工作日",
        "截至7月31日逾期未办结。",
    ),
    (
        "反映灵活就业人员社保缴费基数咨询电话无人接听。",
        "市人社局",
        "2024年7月24日",
        "5个工作日",
        "已反馈，已电话答复并告知缴费办理渠道，群众表示认可。",
    ),
    (
        "反映某超市销售过期散装食品。",
        "市监局",
        "2024年7月25日",
        "7个工作日",
        "办理中，执法人员已现场检查并封存涉事商品。",
    ),
    (
        "反映公交线路调整后老年人到医院换乘不便。",
        "市公交公司",
        "2024年7月26日",
        "15个工作日",
        "",
    ),
]
HOTLINE_UNITS = [
    ("市监局", "322", "76.24%", "80.13%", "100.00%", "100.00%"),
    ("城管局", "132", "75.74%", "75.57%", "100.00%", "98.61%"),
    ("交警支队", "120", "83.23%", "86.55%", "100.00%", "100.00%"),
    ("教育局", "92", "72.96%", "83.15%", "100.00%", "100.00%"),
    ("住建局", "91", "53.46%", "67.05%", "100.00%", "100.00%"),
]


def write_hotline(path: Path) -> Path:
    doc = _new_document("12345热线")
    _title(doc, "2024年7月份12345政务服务便民热线运行情况")
    _paragraph(doc, "一、运行情况", 16, "黑体")
    for line in [
        "1.2024年7月，受理上级下派工单2186件，同比下降4.12%，环比上升6.35%。",
        "2.本月回访办结工单2011件，提前办结率70.42%。",
        "3.本月纳入解决率考核1896件，其中已解决1402件，解决率73.95%。",
        "4.本月不满意工单5件，群众满意率为99.75%。",
    ]:
        _paragraph(doc, line)
    _paragraph(doc, "二、数据分析", 16, "黑体")
    _paragraph(doc, "工单量排名前五的市直单位")
    _table(
        doc,
        ["单位", "办件数量", "提前办结率", "解决率", "按期办结率", "满意率"],
        [list(row) for row in HOTLINE_UNITS],
    )
    _paragraph(doc, "（备注：办结工单以市12345政务服务热线系统为准）")
    _paragraph(doc, "三、省级交办单办理情况", 16, "黑体")
    _paragraph(doc, "7月共承接省级交办工单7件，办理时限自交办之日起按工作日计算，具体情况如下：")
    for i, (problem, unit, given, limit, result) in enumerate(HOTLINE_PARAS, 1):
        text = f"{i}.{problem}承办单位：{unit}；交办时间：{given}；办理时限：{limit}。"
        if result:
            text += f"办理情况：{result}"
        _paragraph(doc, text)
    _paragraph(doc, "市12345政务服务便民热线管理中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 政协提案办理情况, after a 提案 system's 办理情况 list (提案编号 / 案由 / 第一提案人 / 办理类型 / 要求办结日期 / 状态 with
# 已答复 and 未答复 / 办理单位 / 解决程度 / 提案人意见):
# https://github.com/gdszm/jw/blob/636e7e6518f42d8d2e11d11d9c89c821f4aad493/WebRoot/general/admin/handSitu.jsp
# A CSV in GBK: a title line, the header with the 第一提案人 beside the 办理单位, a closing 合计 line.
PROPOSAL_ROWS = [
    (
        "128",
        "关于加快老旧小区加装电梯的提案",
        "王建华",
        "主办",
        "2024-06-30",
        "已答复",
        "市住房和城乡建设局",
        "已解决或基本解决",
        "满意",
    ),
    (
        "135",
        "关于完善城区公共停车设施规划的提案",
        "刘晓燕",
        "主办",
        "2024-06-30",
        "已答复",
        "市规划局",
        "列入计划逐步解决",
        "基本满意",
    ),
    ("142", "关于加强农村生活污水治理的提案", "陈志强", "主办", "2024-06-30", "未答复", "市环保局", "", ""),
    (
        "147",
        "关于推进普惠性托育服务发展的提案",
        "张慧敏",
        "主办",
        "2024-06-30",
        "已答复",
        "市卫健委",
        "已解决或基本解决",
        "满意",
    ),
    (
        "153",
        "关于扶持非遗工坊发展的提案",
        "李文博",
        "主办",
        "2024.8.31",
        "已答复",
        "市文广新局",
        "因条件限制留作参考",
        "基本满意",
    ),
    ("160", "关于促进高校毕业生留濮就业的提案", "赵明远", "主办", "2024-08-31", "", "市人社局", "", ""),
    (
        "166",
        "关于优化城乡公交线网的提案",
        "孙丽华",
        "主办",
        "2024-08-31",
        "已答复",
        "市交通局",
        "已解决或基本解决",
        "满意",
    ),
    (
        "171",
        "关于加快职业教育产教融合的提案",
        "周海涛",
        "主办",
        "2024-08-31",
        "已答复",
        "市教育局",
        "列入计划逐步解决",
        "满意",
    ),
]


def write_proposal(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["政协濮阳市第十届委员会第三次会议提案办理情况（截至2024年7月30日）"])
    w.writerow(
        [
            "序号",
            "提案编号",
            "案由",
            "第一提案人",
            "办理类型",
            "要求办结日期",
            "状态",
            "办理单位",
            "解决程度",
            "提案人意见",
        ]
    )
    for i, row in enumerate(PROPOSAL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共8件，已答复6件", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 督查督办事项办理情况, after a 督查督办 system's list (立项号 / 督查事项 / 立项时间 / 立项依据 / 主办处室 / 协办处室 /
# 办结时限 / 办理情况 / 附件资料 / 反馈时间 / 办理状态):
# https://github.com/PanzerkleinVv/swzzbdbxt/blob/23f6067bac8ff9a54b45cd0fcce322bc032c7a81/WebContent/WEB-INF/views/msgList.jsp
# An .ods (LibreOffice conversion): the sending bureau named only in the title, by its name before the reform; its own
# 科室 as 主办处室; 立项时间 and 反馈时间 are events.
SUPERVISE_ROWS = [
    (
        "DB2024-031",
        "落实市政府常务会议关于危化品运输车辆专用停车场建设的部署",
        date(2024, 4, 8),
        "市政府常务会议纪要〔2024〕5号",
        "危化品监管科",
        "规划财务科",
        date(2024, 6, 30),
        "停车场选址已确定，用地手续正在办理",
        "",
        date(2024, 7, 25),
        "办理中",
    ),
    (
        "DB2024-034",
        "市领导批示：开展汛期尾矿库安全专项检查",
        date(2024, 5, 6),
        "领导批示件",
        "矿山安全监管科",
        "",
        date(2024, 6, 15),
        "已完成全市5座尾矿库检查，发现问题全部整改",
        "检查报告.pdf",
        date(2024, 6, 14),
        "已办结",
    ),
    (
        "DB2024-036",
        "督促工贸企业开展有限空间作业安全专项整治",
        date(2024, 5, 20),
        "省安委办通知",
        "工贸安全监管科",
        "执法支队",
        date(2024, 7, 31),
        "",
        "",
        None,
        "未办理",
    ),
    (
        "DB2024-040",
        "完善市级应急物资储备库管理制度",
        date(2024, 6, 3),
        "局党委会议定事项",
        "救灾和物资保障科",
        "办公室",
        date(2024, 8, 31),
        "制度初稿已印发征求意见",
        "",
        date(2024, 7, 26),
        "办理中",
    ),
    (
        "DB2024-042",
        "推进高危行业安全生产责任保险扩面",
        date(2024, 6, 12),
        "市安委会全体会议",
        "安全生产综合协调科",
        "",
        date(2024, 12, 31),
        "",
        "",
        None,
        "",
    ),
    (
        "DB2024-045",
        "城镇燃气老旧管道隐患排查整治",
        date(2024, 6, 20),
        "市领导批示件",
        "安全生产综合协调科",
        "危化品监管科",
        date(2024, 7, 20),
        "已督促燃气企业完成排查，更换老旧管道3.2公里",
        "排查台账.xlsx",
        date(2024, 7, 19),
        "已办结",
    ),
    (
        "DB2024-048",
        "建立重大事故隐患动态清零工作机制",
        date(2024, 7, 1),
        "省应急管理厅文件",
        "执法支队",
        "",
        "长期坚持",
        "已建立月调度、季通报制度",
        "",
        date(2024, 7, 29),
        "长期坚持",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("督查事项")
    b.widths(ws, [12, 34, 12, 22, 16, 14, 12, 32, 14, 12, 10])
    b.line(ws, 0, "市安监局督查督办事项办理情况表", 10, b.title)
    b.line(ws, 1, "（2024年第二季度立项事项，截至7月29日）", 10)
    b.header(
        ws,
        2,
        [
            "立项号",
            "督查事项",
            "立项时间",
            "立项依据",
            "主办处室",
            "协办处室",
            "办结时限",
            "办理情况",
            "附件资料",
            "反馈时间",
            "办理状态",
        ],
    )
    for i, row in enumerate(SUPERVISE_ROWS):
        b.row(ws, 3 + i, list(row))
    return b.close()


def write_supervise(path: Path) -> Path:
    via_soffice(write_supervise_book, path, "ods", "督查督办事项办理情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 生态环境保护督察转办举报件办理情况 from two counties, after a prefecture's notice of the 举报件 a provincial 督察组
# handed over (N批N件, 涉及各县(市); 噪音污染、大气污染、水污染、生态破坏、固废污染; 及时转交相关部门及县(市)办理,
# 明确办理部门和责任人、明确办理时限):
# https://m.wsnews.com.cn/p/214556.html
# A .zip of two .xlsx returns, each a county's own, with a 转办日期 the 15个工作日 are counted from and county bureaus and
# towns as 办理部门 (not the city's bureaus of the same names).
ENV_RETURNS = [
    (
        "濮阳县",
        "第三批",
        [
            (
                "HN2024-0315",
                "县城东某板材厂夜间生产噪声扰民",
                "噪声",
                "濮阳县生态环境分局",
                "刘卫国",
                date(2024, 7, 10),
                "15个工作日内",
                "已责令企业调整生产时间并加装隔声设施，经监测达标",
                "是",
            ),
            (
                "HN2024-0318",
                "文留镇某养殖场粪污直排沟渠",
                "水",
                "文留镇人民政府",
                "张振华",
                date(2024, 7, 10),
                "2024年8月10日前",
                "已封堵排污口，正在建设粪污储存池",
                "否",
            ),
            (
                "HN2024-0321",
                "某物流园区裸土堆放未苫盖起尘",
                "大气",
                "濮阳县住房和城乡建设局",
                "杨志刚",
                date(2024, 7, 12),
                "7月20日前",
                "",
                "否",
            ),
            (
                "HN2024-0326",
                "金堤河滩区非法取土破坏河道",
                "生态",
                "濮阳县水利局",
                "王新民",
                date(2024, 7, 12),
                "2024年9月30日前",
                "",
                "",
            ),
        ],
    ),
    (
        "清丰县",
        "第四批",
        [
            (
                "HN2024-0402",
                "县城某餐饮店油烟未经净化直排",
                "大气",
                "清丰县城市管理局",
                "赵永强",
                date(2024, 7, 15),
                "10个工作日内",
                "已安装油烟净化设施，投诉人表示认可",
                "是",
            ),
            (
                "HN2024-0405",
                "韩村镇某塑料颗粒作坊焚烧废料",
                "大气、固废",
                "韩村镇人民政府",
                "李建设",
                date(2024, 7, 15),
                "2024年7月25日前",
                "已取缔作坊并清运废料，经复查合格",
                "是",
            ),
            (
                "HN2024-0409",
                "马庄桥镇坑塘倾倒建筑垃圾",
                "固废",
                "马庄桥镇人民政府",
                "孙国庆",
                date(2024, 7, 18),
                "8月底前",
                "已清运垃圾约300立方米，剩余部分正在清运",
                "否",
            ),
            (
                "HN2024-0411",
                "某混凝土搅拌站废水外溢污染农田",
                "水、土壤",
                "清丰县生态环境分局",
                "周明亮",
                date(2024, 7, 18),
                "15个工作日内",
                "尚未开展调查处理",
                "否",
            ),
        ],
    ),
]


def write_env_book(path: Path, county: str, batch: str, rows: list[tuple]) -> Path:
    b = Book(path, author=f"{county}环境保护督察工作领导小组办公室")
    ws = b.sheet("办理情况")
    b.widths(ws, [6, 14, 34, 10, 22, 10, 12, 16, 36, 10])
    b.line(ws, 0, f"{county}省生态环境保护督察转办群众举报件办理情况（{batch}）", 9, b.title)
    b.line(ws, 1, f"填报单位：{county}环境保护督察工作领导小组办公室    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "举报问题",
            "污染类型",
            "办理部门",
            "责任人",
            "转办日期",
            "办理时限",
            "办理结果",
            "是否办结",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(rows)
    b.line(ws, end, "注：办理时限按工作日计算的，自转办日期次日起算。", 9)
    b.line(ws, end + 1, "审核人：            填表人：            联系电话：", 9)
    return b.close()


def write_env(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for county, batch, rows in ENV_RETURNS:
            name = f"{county}督察转办举报件办理情况（{batch}）.xlsx"
            member = write_env_book(Path(tmp) / name, county, batch, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 营商环境问题反馈处理清单, after a public feedback list (序号 / 渠道 / 反馈描述 / 处理进度 / 处理反馈 / 用户 / 时间):
# http://www.lingxuyouxi.com/home/index/suggestList/state/3
# A tab-separated text in UTF-16: the handling unit named only in the title line; 用户 the complainant, 时间 the
# submission time; no deadline column.
BUSINESS_ROWS = [
    (
        "营商环境监督员",
        "企业开办后刻制公章仍需到窗口现场领取，未实现免费寄递",
        "已处理",
        "已开通公章免费寄递服务",
        "濮阳市恒利达商贸有限公司",
        "2024-07-02 09:15",
    ),
    (
        "12345热线",
        "工程建设项目联合验收需重复提交消防验收材料",
        "处理中",
        "已与住建部门对接共享材料，系统接口正在调试",
        "濮阳市中科建设工程有限公司",
        "2024-07-05 14:32",
    ),
    (
        "政务服务网",
        "个体工商户变更经营范围网上申报多次被退回且无退回说明",
        "已处理",
        "已电话联系申请人说明原因，退回时同步推送修改说明",
        "张先生",
        "2024-07-09 10:48",
    ),
    (
        "企业座谈会",
        "中小企业反映惠企政策兑现需提交材料过多",
        "待处理",
        "",
        "濮阳市华瑞机械制造有限公司",
        "2024-07-11 16:05",
    ),
    (
        "12345热线",
        "政务大厅午间无人值守，企业办事需二次跑腿",
        "已处理",
        "已实行午间延时服务，安排专人轮岗",
        "李女士",
        "2024-07-16 12:20",
    ),
    (
        "营商环境监督员",
        "招投标保证金退还周期过长",
        "处理中",
        "已梳理未退还保证金清单，正在逐笔核对",
        "濮阳市绿源环保科技有限公司",
        "2024-07-22 08:57",
    ),
    ("政务服务网", "自助终端打印营业执照副本经常故障", "", "", "王先生", "2024-07-26 15:41"),
]


def write_business(path: Path) -> Path:
    lines = ["濮阳市行政服务中心营商环境问题反馈处理清单（2024年7月）"]
    lines.append("序号\t渠道\t反馈描述\t处理进度\t处理反馈\t用户\t时间")
    for i, row in enumerate(BUSINESS_ROWS, 1):
        lines.append("\t".join([str(i), *row]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 乡镇重点工作自查情况, after a town's 工作要点 notice (索引号 / 文号 / 发布机构 / 生成日期 / 标题 / 有效性 block at the
# top; tasks in numbered paragraphs each naming its 牵头部门; 各牵头部门于12月15日前将完成情况报送):
# http://www.minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzjd/sjz/gkml/gzdt/202208/t20220816_4417369.htm
# A .doc (Word 97 via LibreOffice): the 索引号 table (no items), then the tasks as paragraphs with schedule texts and
# the town's own 办 as 牵头部门, each followed by its 自查情况.
TOWNSHIP_PARAS = [
    (
        "（一）开展农村人居环境整治“回头看”，重点清理村内残垣断壁和房前屋后积存垃圾。",
        "乡农业农村办",
        "3月底前完成摸排，6月底前全部完成",
        "已完成，共清理残垣断壁46处、积存垃圾320余吨。",
    ),
    (
        "（二）推进村级党群服务中心标准化提升，解决部分村阵地面积不达标问题。",
        "乡党政办",
        "年底前",
        "正在推进，已完成3个村改造，2个村正在施工。",
    ),
    (
        "（三）完成耕地“非农化”问题图斑核查整改，恢复耕种条件。",
        "乡农业农村办",
        "2024年6-9月",
        "正在推进，已核查图斑58个，整改32个。",
    ),
    (
        "（四）规范村级财务管理，清理村集体“三资”合同，纠正合同签订程序不规范问题。",
        "乡经管站",
        "上半年",
        "尚未启动。",
    ),
    (
        "（五）实施乡政府驻地主街道路灯改造，解决夜间照明不足问题。",
        "乡村建办",
        "第三季度",
        "已完成设计和招标，计划8月进场施工。",
    ),
    (
        "（六）落实网格化矛盾纠纷排查化解，做到小事不出村、大事不出乡。",
        "乡综治中心",
        "常态化推进",
        "常态化推进，每月开展一次集中排查。",
    ),
    (
        "（七）完成乡敬老院消防设施改造和食堂明厨亮灶建设。",
        "乡社会事务办",
        "2024年7月15日前",
        "",
    ),
]


def write_township_docx(path: Path) -> Path:
    doc = _new_document("清河头乡党政办")
    meta = doc.add_table(rows=3, cols=4)
    meta.style = "Table Grid"
    for r, (k1, v1, k2, v2) in enumerate(
        [
            ("索 引 号", "PY0921-2024-00031", "文号", "清政〔2024〕18号"),
            ("发布机构", "清河头乡", "生成日期", "2024-07-29"),
            ("标题", "清河头乡2024年重点工作任务落实情况自查报告", "有效性", "有效"),
        ]
    ):
        for c, text in enumerate((k1, v1, k2, v2)):
            _cell_text(meta.cell(r, c), text, 10.5)
    _title(doc, "清河头乡人民政府关于2024年重点工作任务落实情况的自查报告")
    _paragraph(doc, "县委、县政府督查室：")
    _paragraph(
        doc,
        "按照《关于开展2024年重点工作任务落实情况自查的通知》要求，我乡对年初确定的重点工作任务逐项开展自查，"
        "现将各项任务的牵头部门、完成时限和自查情况报告如下：",
    )
    for text, dept, schedule, status in TOWNSHIP_PARAS:
        para = f"{text}牵头部门：{dept}。完成时限：{schedule}。"
        if status:
            para += f"自查情况：{status}"
        _paragraph(doc, para)
    _paragraph(doc, "下一步，我乡将对未完成的任务倒排工期、挂图作战，确保按期完成。")
    _paragraph(doc, "清河头乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_township(path: Path) -> Path:
    return via_soffice(write_township_docx, path, "doc", "重点工作任务落实情况自查报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 民生实事项目进展情况督查表, after a city's announcement of its 督查 of the year's 行动计划 projects (每个项目建设进展情况
# 及年内完成总体预测; 提前完成任务的项目的主要原因; 未按序时进度推进项目的主要原因和解决办法):
# http://news.jsw.com.cn/zjnews/2013-09/07/content_2900865.htm
# An .et (Excel 97 via LibreOffice): title, 督查时段 line, one header row with 年内完成预测 and the reasons for projects
# behind schedule, a closing summary row.
LIVELIHOOD_ROWS = [
    (
        "新建、改扩建公办幼儿园10所",
        "市教育局",
        "2024年8月底前",
        "10所幼儿园主体全部完工，正在室内装修",
        "能完成",
        "按序时推进",
    ),
    (
        "为65周岁以上老年人免费健康体检",
        "市卫健委",
        "2024年10月",
        "已完成体检18.6万人，完成率93%",
        "能完成",
        "按序时推进",
    ),
    ("新建城市社区嵌入式养老服务站20个", "市民政局", "年底前", "尚未开工", "有风险", "选址未落实"),
    (
        "改造提升农村公路200公里",
        "市交通局",
        "第三季度",
        "已完成改造215公里，提前超额完成年度任务",
        "已完成",
        "提前谋划、集中招标",
    ),
    (
        "为1000名困难残疾人适配辅助器具",
        "市残联",
        "2024年7月31日",
        "已适配辅助器具1020件，全部发放到位",
        "已完成",
        "—",
    ),
    (
        "开展重点群体职业技能培训1.5万人次",
        "市人社局",
        "2024年12月31日",
        "已培训0.9万人次",
        "能完成",
        "按序时推进",
    ),
    (
        "完成城区老旧小区供电线路改造30个",
        "市供电公司",
        "2024年11月底前",
        "已完成改造8个",
        "有风险",
        "停电计划协调难，已与社区联合制定分片施工方案",
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("督查表")
    b.widths(ws, [6, 32, 14, 16, 34, 12, 34])
    b.line(ws, 0, "2024年市政府民生实事项目进展情况督查表", 6, b.title)
    b.line(ws, 1, "督查时段：2024年7月15日—7月26日    督查单位：市政府督查室", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "牵头单位",
            "计划完成时间",
            "1—7月进展情况",
            "年内完成预测",
            "提前完成原因或滞后原因及解决办法",
        ],
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(LIVELIHOOD_ROWS)
    b.merge(ws, end, 0, end, 1, "小计", b.center)
    b.merge(ws, end, 2, end, 6, "共7项，已完成2项，按序时推进3项，存在滞后风险2项", b.cell)
    return b.close()


def write_livelihood(path: Path) -> Path:
    return via_soffice(write_livelihood_book, path, "xls", "民生实事项目进展情况督查表.xlsx")


FILES = [
    ("市委营商环境专项巡察反馈问题整改报表.xlsx", write_patrol),
    ("2023年度审计查出问题整改情况清单.xlsx", write_audit),
    ("户部寨镇安全生产隐患大排查大整治问题台账.xls", write_town),
    ("2024年7月份12345政务服务便民热线运行情况.docx", write_hotline),
    ("市政协十届三次会议提案办理情况.csv", write_proposal),
    ("市安监局督查督办事项办理情况表.ods", write_supervise),
    ("省生态环境保护督察转办举报件办理情况（两县）.zip", write_env),
    ("市行政服务中心营商环境问题反馈处理清单.tsv", write_business),
    ("清河头乡2024年重点工作任务落实情况自查报告.doc", write_township),
    ("2024年市政府民生实事项目进展情况督查表.et", write_livelihood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

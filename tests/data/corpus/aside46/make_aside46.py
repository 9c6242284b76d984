"""Write the aside46 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, a fourth inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
CSV in UTF-8 with BOM (inside the zip), a .docx with a table, a .wps (Word 97 via LibreOffice) with a table, a .doc
with the items as numbered paragraphs and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside46.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 交办问题整改清单销号表, after a page on the 问题整改清单销号表 (问题描述、发现时间、责任单位、整改措施、完成时限;
# 整改进度 未启动/进行中/已验收; 红/黄/绿 marks; one 责任人 and one 复核人 per problem; 销号表 as the 督查 record):
# https://www.fudaoke.com/exam/3046703.html
# An .xlsx: title, 填报单位 line, one header row with 发现时间 (an event), 复核人 beside the 责任单位, a 注 and signature.
SIGN_OFF_ROWS = [
    (
        "环境卫生",
        "人民路与建设路口垃圾收集点满溢、清运不及时",
        "2024.6.18",
        "市城管执法局",
        "王建",
        "增加清运频次至每日两次",
        "2024年7月10日",
        "已验收",
        "张敏",
        "绿",
    ),
    (
        "安全隐患",
        "老城区三处市政消火栓无水压",
        "2024.6.20",
        "市自来水公司",
        "孙立",
        "更换阀门并逐一试压",
        "6月30日前",
        "进行中",
        "张敏",
        "黄",
    ),
    (
        "基础设施",
        "胜利路东段人行道板破损松动约300平方米",
        "2024.6.25",
        "市住建局",
        "赵海波",
        "铺设新人行道板",
        "2024年8月底前",
        "进行中",
        "李卫东",
        "黄",
    ),
    (
        "市场秩序",
        "中原路早市摊贩占道经营堵塞交通",
        "2024.7.2",
        "华龙区人民政府",
        "陈刚",
        "划定临时疏导点，加强巡查",
        "7月20日前",
        "未启动",
        "李卫东",
        "红",
    ),
    (
        "交通秩序",
        "京开大道与黄河路口信号灯配时不合理",
        "2024.7.3",
        "交警支队",
        "周晓明",
        "优化早晚高峰配时方案",
        "2024年7月25日",
        "已验收",
        "张敏",
        "绿",
    ),
    (
        "政务服务",
        "登记窗口午间不办理业务，群众排队时间长",
        "2024.7.8",
        "市不动产登记中心",
        "吴倩",
        "推行午间错时延时服务",
        "2024年7月15日",
        "进行中",
        "李卫东",
        "黄",
    ),
    (
        "供电保障",
        "城郊结合部低压线路老化频繁跳闸",
        "2024.7.16",
        "供电公司",
        "郭斌",
        "更换老化线路和配电箱",
        "2024年第三季度",
        "",
        "张敏",
        "",
    ),
]


def write_sign_off(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("销号表")
    b.widths(ws, [6, 10, 36, 12, 16, 10, 26, 16, 10, 10, 10])
    b.line(ws, 0, "市政府督查室交办问题整改清单销号表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查室    统计截止：2024年7月31日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "问题描述",
            "发现时间",
            "责任单位",
            "责任人",
            "整改措施",
            "完成时限",
            "整改进度",
            "复核人",
            "风险标识",
        ],
    )
    for i, row in enumerate(SIGN_OFF_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(SIGN_OFF_ROWS)
    b.line(
        ws,
        end + 1,
        "注：整改进度填写“未启动”“进行中”“已验收”；风险标识红色为逾期未启动，黄色为正在整改，绿色为已验收销号。",
        10,
    )
    b.line(ws, end + 2, "填表人：刘媛    审核人：马国华    联系电话：0393-8910233", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 省督察组转办信访件办理情况台账, after a district's daily account of the 省督察组转办信访件 (批次; 按污染类型分: 水、
# 大气、噪声、油烟、垃圾、扬尘、生态; 按行业类别分: 工业类、矿山类、畜禽养殖类、城市管理类、农村环境类; 已交办至相关
# 责任单位, 正在按要求核实办理): https://www.ahgc.gov.cn/News/show/75768.html
# An .xls (xlwt): title, 填报单位 line, one header row, 交办日期 written as text (2024.7.1), 办理时限 partly in working
# days from it, a 合计 row and a 注 line.
PETITION_ROWS = [
    (
        "第15批",
        "X410902202407010003",
        "某小区楼下烧烤店油烟直排扰民",
        "油烟污染",
        "城市管理类",
        "华龙区城市管理局",
        "2024.7.1",
        "15个工作日",
        "已办结。经现场核实属实，已责令加装油烟净化器并检测达标。",
    ),
    (
        "第16批",
        "X410902202407050011",
        "混凝土搅拌站夜间生产噪声扰民",
        "噪声污染",
        "工业类",
        "华龙区住房和城乡建设局",
        "2024.7.5",
        "15个工作日",
        "属实。已下达限期整改通知书，企业正在加装隔音棚。",
    ),
    (
        "第17批",
        "X410902202407100007",
        "马颊河支流岸边堆放建筑垃圾",
        "垃圾污染",
        "农村环境类",
        "胡村乡人民政府",
        "2024.7.10",
        "7日内",
        "部分属实。已清运建筑垃圾约120立方米，经复查合格。",
    ),
    (
        "第18批",
        "X410902202407150002",
        "养殖场粪污外溢流入灌溉沟渠",
        "水污染",
        "畜禽养殖类",
        "市农委",
        "2024.7.15",
        "2024年8月15日",
        "属实。正在整改，储粪池防渗改造已完成一半。",
    ),
    (
        "第19批",
        "X410902202407190004",
        "石材加工作坊切割粉尘污染",
        "大气污染",
        "工业类",
        "市环保局",
        "2024.7.19",
        "15个工作日",
        "未启动",
    ),
    (
        "第20批",
        "X410902202407220006",
        "河道采砂后未恢复岸坡植被",
        "生态污染",
        "矿山类",
        "水务局",
        "2024.7.22",
        "10个工作日",
        "",
    ),
    (
        "第20批",
        "X410902202407220009",
        "加油站卸油时油气异味明显",
        "大气污染",
        "城市管理类",
        "市商务局",
        "2024.7.22",
        "2024年7月31日",
        "已办结。油气回收装置已维修，经检测达标。",
    ),
]


def write_petition(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "省生态环境保护督察组转办信访件办理情况台账（第15批—第20批）", t, 0, 9),
        (
            1,
            0,
            "填报单位：华龙区生态环境保护督察整改工作领导小组办公室    填报日期：2024年7月29日",
            plain,
            1,
            9,
        ),
    ]
    for col, w in enumerate(
        [
            "序号",
            "批次",
            "信访编号",
            "举报内容",
            "污染类型",
            "行业类别",
            "责任单位",
            "交办日期",
            "办理时限",
            "办理情况",
        ]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 5, 7, 8) else c))
    r = 3 + len(PETITION_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "转办7件，已办结3件，正在办理4件", c, r, 9),
        (
            r + 1,
            0,
            "注：办理时限自交办之日起计算，工作日不含法定节假日；办理情况写明是否属实及处理整改情况。",
            plain,
            r + 1,
            9,
        ),
    ]
    return _write_xls(path, [("转办信访件", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 重大事故隐患挂牌督办单位整改进度表, after a city 安委会's notice putting twelve 重大隐患单位 under 挂牌督办 (督促制订
# 整改方案; 隐患整改责任、资金、时间、措施、预案“五落实”; 定期通报整改进度; 不能按期治理到位的约谈问责):
# https://yjglj.changzhou.gov.cn/html/ajj/2017/KOIKMIEJ_0912/24787.html
# An .ods (LibreOffice conversion): title, office line, a two-row header with “五落实” merged over five columns, the
# 挂牌督办单位 beside the 督办责任单位, a 摘牌销号 column, a 说明 line.
HAZARD_ROWS = [
    (
        "濮阳市恒达化工有限公司",
        "液氨储罐区未设置可燃有毒气体泄漏报警装置",
        "市安委会",
        "市安监局",
        "李志强",
        85,
        "2024年6月30日",
        "增设报警装置并接入监控平台",
        "已制定",
        "已完成整改",
        "已摘牌销号",
    ),
    (
        "濮阳市东方商贸城",
        "商场疏散通道被货物堵塞且应急照明损坏",
        "市安委会",
        "消防支队",
        "王建设",
        12,
        "2024年7月15日",
        "清理通道，更换应急照明",
        "已制定",
        "已完成整改",
        "经复查合格，已摘牌",
    ),
    (
        "濮阳市龙源燃气储配站",
        "储配站与居民楼安全间距不足",
        "市人民政府",
        "燃气公司",
        "何军",
        1200,
        "2024年12月底前",
        "整体搬迁至化工园区",
        "已制定",
        "正在实施搬迁，新址已完成土建",
        "未摘牌",
    ),
    (
        "清丰县宏达烟花爆竹仓库",
        "成品仓库超量储存烟花爆竹",
        "市安委会",
        "清丰县应急管理局",
        "高明",
        5,
        "2024年7月10日",
        "清运超量产品，核定库容",
        "已制定",
        "",
        "已摘牌销号",
    ),
    (
        "濮阳市第二建筑工程公司昆吾路项目",
        "深基坑支护未按专项方案施工且无变形监测",
        "市安委会",
        "市住建局",
        "冯立新",
        30,
        "2024年8月20日",
        "按方案加固支护，委托第三方监测",
        "已制定",
        "未整改，企业资金未落实",
        "未摘牌",
    ),
    (
        "南乐县通达货运有限公司",
        "危险货物运输车辆动态监控装置失效",
        "市安委会",
        "市交通运输局",
        "宋涛",
        8,
        "2024年9月30日",
        "更换车载终端，落实专人监控",
        "已制定",
        "正在更换车载终端，已完成14辆",
        "未摘牌",
    ),
    (
        "范县丰源粮食储备库",
        "粮仓熏蒸作业无专项方案和气体检测设备",
        "市安委会",
        "市发改委",
        "孟庆华",
        3,
        "2024年8月31日",
        "编制熏蒸作业方案，配备检测仪",
        "",
        "",
        "",
    ),
]


def write_hazard_book(path: Path) -> Path:
    b = Book(path, author="安委办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 22, 32, 12, 16, 10, 10, 16, 24, 10, 26, 16])
    b.line(ws, 0, "2024年重大事故隐患挂牌督办单位整改进度表", 11, b.title)
    b.line(ws, 1, "市安全生产委员会办公室    截至2024年7月31日", 11)
    for c, word in enumerate(["序号", "隐患单位", "重大事故隐患内容", "挂牌督办单位", "督办责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 9, "整改“五落实”情况", b.head)
    b.header(ws, 3, ["责任人", "资金（万元）", "时限", "措施", "预案"], first=5)
    b.merge(ws, 2, 10, 3, 10, "整改进展", b.head)
    b.merge(ws, 2, 11, 3, 11, "摘牌销号", b.head)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(HAZARD_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：责任人、资金、时限、措施、预案为整改“五落实”内容；摘牌销号以验收意见为准。",
        11,
    )
    return b.close()


def write_hazard(path: Path) -> Path:
    via_soffice(write_hazard_book, path, "ods", "重大事故隐患挂牌督办单位整改进度表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 政协提案办理情况汇总表, after a city's 建议提案交办会 account (人大建议263件、政协提案418件立案334件; 提案要求在六月底
# 之前办理和书面答复完毕, 重点提案要求在八月底之前办理和书面答复完毕; 提案办理协商会, 承办单位、提案者三方沟通):
# http://aq365.com/html/201903/07/72644.html
# A .docx: title, a paragraph stating the two deadlines, one table with the 提案人 beside the 主办单位 and 会办单位.
PROPOSAL_ROWS = [
    (
        "第12号",
        "关于加快城区公共停车场建设的提案",
        "李红军",
        "市住房和城乡建设局",
        "市自然资源和规划局、市公安局交通管理支队",
        "8月底前（重点提案）",
        "正在办理，已完成新增停车泊位选址",
    ),
    (
        "第27号",
        "关于推进社区养老服务中心建设的提案",
        "民进濮阳市委员会",
        "市民政局",
        "市卫生健康委员会",
        "6月底前",
        "已办复，提案人满意",
    ),
    (
        "第35号",
        "关于规范校外培训机构收费管理的提案",
        "张静",
        "市教育局",
        "市市场监督管理局",
        "6月底前",
        "已答复",
    ),
    (
        "第41号",
        "关于改善农村集中供水水质的提案",
        "赵国庆等3位委员",
        "市水务局",
        "市自来水公司",
        "8月底前（重点提案）",
        "",
    ),
    (
        "第58号",
        "关于降低中小企业融资成本的提案",
        "市工商联",
        "发改委",
        "市财政局",
        "6月底前",
        "尚未办理",
    ),
    (
        "第63号",
        "关于加快老旧小区电动自行车充电设施建设的提案",
        "孙伟",
        "市供电公司",
        "市住房和城乡建设局",
        "8月底前（重点提案）",
        "正在办理，已在12个小区安装充电桩",
    ),
    (
        "第70号",
        "关于延伸城郊公交线路覆盖的提案",
        "刘洋",
        "公交公司",
        "市交通运输局",
        "6月底前",
        "已办复",
    ),
]


def write_proposals(path: Path) -> Path:
    doc = _new_document("提案办")
    _title(doc, "市政协十届三次会议提案办理情况汇总表")
    _paragraph(
        doc,
        "按照提案交办会要求，交办的提案应在6月底前办理和书面答复完毕，重点提案应在8月底前办理和书面答复完毕。"
        "现将截至2024年7月31日的办理情况汇总如下：",
        14,
    )
    _table(
        doc,
        ["提案号", "案由", "提案人", "主办单位", "会办单位", "办理时限", "办理情况"],
        [list(row) for row in PROPOSAL_ROWS],
    )
    _paragraph(doc, "市政府督查室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 镇河长办巡河发现问题整改台账, after a town's account of its 河长制 work (各级河长巡查: 水面垃圾等漂浮物、水体异味
# 颜色异常、养殖场直排废污水、倾倒垃圾余泥渣土、违章搭建、防洪排涝; 发现问题立即上报镇河长办并责令限期整改; 巡河
# 记录): https://wanbao.xyxww.com.cn/html/2018-03/18/content_32105.htm
# A CSV in GBK: the town named only in the title, a 说明 line giving the base of the relative deadlines, one header row
# with the 巡河河长 (an inspector, not the unit), a 填报人 line.
RIVER_ROWS = [
    (
        "2024-07-02",
        "马颊河柳屯段",
        "王振东",
        "河面漂浮生活垃圾和水葫芦",
        "水面漂浮物",
        "组织保洁员打捞",
        "3日内",
        "已打捞清理完毕",
    ),
    (
        "2024-07-05",
        "潴龙河西支",
        "李春生",
        "水体发黑有明显异味",
        "水体异味",
        "排查上游排污口",
        "15日内",
        "已排查出2处排污口，正在封堵",
    ),
    (
        "2024-07-09",
        "董楼沟",
        "张爱民",
        "养殖户粪污直排入沟",
        "养殖直排",
        "责令停止直排，建设储粪池",
        "2024年8月10日",
        "未整改",
    ),
    (
        "2024-07-12",
        "马颊河柳屯段",
        "王振东",
        "右岸堆放建筑渣土约50立方米",
        "倾倒垃圾渣土",
        "清运渣土",
        "7日内",
        "已清运，镇河长办复查合格",
    ),
    (
        "2024-07-16",
        "卫河故道",
        "刘海",
        "河道管理范围内新建彩钢板房",
        "违章搭建",
        "依法拆除",
        "7月底前",
        "已下达拆除通知，户主正在自行拆除",
    ),
    (
        "2024-07-22",
        "潴龙河西支",
        "李春生",
        "排涝涵闸启闭机锈死无法启闭",
        "防洪排涝",
        "维修启闭机",
        "2024年8月15日",
        "",
    ),
    (
        "2024-07-25",
        "董楼沟",
        "张爱民",
        "沟渠内堆积秸秆阻水",
        "防洪排涝",
        "清理阻水秸秆",
        "立行立改",
        "已清理",
    ),
]


def write_river(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["柳屯镇河长办巡河发现问题整改台账（2024年7月）"])
    w.writerow(["说明：整改期限自巡河发现问题之日起计算。"])
    w.writerow(
        [
            "序号",
            "巡河日期",
            "河道名称",
            "巡河河长",
            "发现问题",
            "问题类型",
            "整改要求",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["填报人：周丽", "", "", "", "审核：镇河长办", "", "", "2024年7月31日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 为民办实事项目进展情况表, after a development zone's 为民办实事项目进展情况通报 (10大类36项, 涉及10个部门和2个街道;
# 已完工 / 已开工建设 / 已开启前期准备; 提前完成年度目标任务、推进达到时序进度要求; 生态环境、宜居住区、交通出行、
# 帮扶济困): https://wxjkq.wuxi.gov.cn/doc/2022/06/01/3710229.shtml
# An .xlsx: title, 填报单位 line, a two-row header (项目 / 推进情况 merged), 类 section rows, a 备注 column, a 备注 line.
LIVELIHOOD_SECTIONS = [
    (
        "一、生态环境类",
        [
            (
                "金堤河水生态修复工程",
                "完成河道清淤5公里及两岸生态护坡",
                "市水利局",
                "2024年11月底前",
                "河底清淤已完成3公里，生态护坡正在施工",
                "",
            ),
            (
                "城区大气精准治理监测网建设",
                "建成微型空气质量监测站40个",
                "市生态环境局",
                "2024年6月底前",
                "40个监测站已全部建成并投入使用",
                "提前完成年度任务",
            ),
        ],
    ),
    (
        "二、宜居住区类",
        [
            (
                "老旧小区改造提升",
                "改造老旧小区35个",
                "市住房和城乡建设局",
                "年底前",
                "已开工28个，完工9个",
                "",
            ),
            (
                "社区睦邻中心建设",
                "新建社区睦邻中心3处",
                "市民政局",
                "2024年10月底前",
                "正在开展前期选址，尚未开工",
                "",
            ),
        ],
    ),
    (
        "三、交通出行类",
        [
            (
                "城区断头路打通工程",
                "打通城区断头路4条",
                "市交通运输局",
                "第三季度",
                "未开工",
                "建设资金未落实",
            ),
            (
                "新增城乡公交线路",
                "新开通城乡公交线路5条",
                "公交公司",
                "2024年6-9月",
                "已开通3条",
                "",
            ),
        ],
    ),
    (
        "四、帮扶济困类",
        [
            (
                "残疾人家庭无障碍改造",
                "完成困难残疾人家庭无障碍设施改造200户",
                "市残联",
                "2024年7月底前",
                "",
                "",
            ),
            (
                "“关爱·圆梦”困难学生助学",
                "资助困难家庭学生500人次",
                "市教育局",
                "常态化推进",
                "常态化开展，1—7月已资助473人次",
                "",
            ),
        ],
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生实事办")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 28, 34, 20, 16, 36, 18])
    b.line(ws, 0, "2024年市政府为民办实事项目1—7月进展情况表", 6, b.title)
    b.line(ws, 1, "填报单位：市政府督查室（市民生实事办）    填报时间：2024年7月30日", 6)
    for c, word in enumerate(["序号", "项目名称", "年度目标任务", "实施责任单位", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "推进情况", b.head)
    b.header(ws, 3, ["1—7月进展情况", "备注"], first=5)
    r, n = 4, 0
    for section, rows in LIVELIHOOD_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            b.put(ws, r, 0, n, b.center)
            r += 1
    b.line(ws, r + 1, "备注：进展情况据各实施责任单位报送情况汇总，截至2024年7月25日。", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 12345热线转办工单办理情况, after a 12345督查中心's training on the 六类工单规范办理要点 (派发工单, 办结率; 工单按类型
# 规范办理; 实施办法(试行)): http://m.cornels-photography.com/paper/152053968.html
# A .zip of two returns from two 承办单位: an .xlsx whose unit is named only in its title and file name, and a CSV in
# UTF-8 with BOM with a 填报单位 line; both list the 工单 by the unit's own 承办科室, with 办理时限 in working days from
# the 派单时间.
HOTLINE_CITY_ROWS = [
    (
        "12345-20240703-0112",
        "2024-07-03 09:12",
        "投诉",
        "金堤路夜市摊贩占用盲道经营",
        "执法大队",
        "5个工作日",
        "已反馈",
        "已劝离摊贩并设置隔离桩",
    ),
    (
        "12345-20240715-0468",
        "2024-07-15 15:40",
        "求助",
        "绿园小区门前路灯连续多日不亮",
        "市政设施科",
        "3个工作日",
        "已办结",
        "已更换灯具，恢复照明",
    ),
    (
        "12345-20240722-0231",
        "2024-07-22 10:05",
        "投诉",
        "建设路垃圾中转站异味扰民",
        "环卫科",
        "10个工作日",
        "办理中",
        "正在加装除臭设备",
    ),
    (
        "12345-20240726-0390",
        "2024-07-26 16:48",
        "建议",
        "建议在龙湖公园北门增设公共厕所",
        "市容科",
        "10个工作日",
        "",
        "",
    ),
]
HOTLINE_HOUSING_ROWS = [
    (
        "12345-20240705-0077",
        "2024-07-05",
        "投诉",
        "御景小区物业擅自提高地面停车收费",
        "物业科",
        "10个工作日",
        "已办结，物业已恢复原收费标准",
    ),
    (
        "12345-20240710-0254",
        "2024-07-10",
        "举报",
        "开发商未按合同约定期限交房",
        "房产市场科",
        "10个工作日",
        "办理中，已约谈开发企业",
    ),
    (
        "12345-20240718-0139",
        "2024-07-18",
        "咨询",
        "公租房申请条件和所需材料咨询",
        "住房保障科",
        "3个工作日",
        "已答复，来电人满意",
    ),
    (
        "12345-20240724-0305",
        "2024-07-24",
        "投诉",
        "城中村改造工地夜间施工噪声扰民",
        "城建科",
        "5个工作日",
        "未处理",
    ),
]


def write_hotline_city(path: Path) -> Path:
    b = Book(path, author="12345专班")
    ws = b.sheet("7月")
    b.widths(ws, [6, 22, 18, 8, 34, 12, 12, 10, 26])
    b.line(ws, 0, "市城市管理局12345热线转办工单办理情况（2024年7月）", 8, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "工单编号",
            "派单时间",
            "工单类型",
            "诉求内容",
            "承办科室",
            "办理时限",
            "办理状态",
            "回复内容",
        ],
    )
    for i, row in enumerate(HOTLINE_CITY_ROWS, 1):
        b.row(ws, 1 + i, [i, *row])
        b.put(ws, 1 + i, 0, i, b.center)
    b.line(ws, 3 + len(HOTLINE_CITY_ROWS), "注：办理时限自派单之日起按工作日计算。", 8)
    return b.close()


def write_hotline_housing() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345热线转办工单办理情况统计表"])
    w.writerow(["填报单位：市住建局（房产科汇总）", "", "", "", "", "", "", "统计时间：2024年7月31日"])
    w.writerow(["序号", "工单编号", "派单日期", "类型", "诉求内容", "承办科室", "办理时限", "办理结果"])
    for i, row in enumerate(HOTLINE_HOUSING_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共4件，办结2件", "", "", ""])
    return buf.getvalue().encode("utf-8-sig")


def write_hotline(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        name = "市城市管理局12345热线转办工单办理情况（7月）.xlsx"
        members = [
            (name, write_hotline_city(Path(tmp) / name).read_bytes()),
            ("住建局12345工单办理情况.csv", write_hotline_housing()),
        ]
        for member, data in members:
            info = zipfile.ZipInfo(member, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return path


# ---------------------------------------------------------------------------------------------
# 8. 巡察整改跟踪督促台账, after a district's account of its 巡察整改跟踪督促函 (未整改完成的被巡察党组织; 每季度最后一个月
# 底报送整改进度; 区委巡察整改未完成问题跟踪督促台账, 梳理问题清单、任务清单和责任清单; 问题“清零”):
# https://zz.rednet.cn/m/content/646841/96/14068290.html
# A .wps (Word 97 via LibreOffice): title, 报送 line, one table with the schedule text as the deadline, the 督促巡察组
# beside the 责任单位, 是否清零 as two tick columns (是 / 否), a 注 and the office.
TOUR_ROWS = [
    (
        "市农业农村局党组",
        "高标准农田建设项目验收把关不严，部分项目未达设计标准",
        "组织第三方复核，8月底前完成问题项目清单，11月底前全部整改到位",
        "市农业局",
        "市委第一巡察组",
        "已完成复核，正在组织施工单位返工",
        "",
        "√",
    ),
    (
        "中共城关镇委员会",
        "村级集体经济合同管理不规范",
        "7月15日前完成全部合同清理",
        "城关镇人民政府",
        "市委第二巡察组",
        "已完成清理，建立合同管理台账",
        "√",
        "",
    ),
    (
        "市教育局党组",
        "学生营养改善计划资金拨付滞后",
        "6月30日前完成资金拨付",
        "市教育局",
        "市委第二巡察组",
        "资金已全部拨付到位",
        "√",
        "",
    ),
    (
        "市卫生健康委员会党组",
        "基层医疗机构药品未全部通过省平台采购",
        "长期坚持",
        "市卫计委",
        "市委第三巡察组",
        "长期坚持，按月通报平台采购率",
        "",
        "",
    ),
    (
        "市司法局党组",
        "法律援助案件质量评估机制未建立",
        "2024年9月底前出台评估办法",
        "市司法局",
        "市委第三巡察组",
        "未启动",
        "",
        "√",
    ),
    (
        "中共文留镇委员会",
        "信访积案化解不力，2件重复访未化解",
        "8月底前化解1件，10月底前全部化解",
        "文留镇人民政府",
        "市委第一巡察组",
        "已化解1件，另1件正在协调",
        "",
        "√",
    ),
    (
        "市自然资源和规划局党组",
        "批而未供和闲置土地处置进度缓慢",
        "12月底前处置到位",
        "市国土资源局",
        "市委第一巡察组",
        "",
        "",
        "",
    ),
]


def write_tour_docx(path: Path) -> Path:
    doc = _new_document("巡察办")
    _title(doc, "市委巡察反馈问题整改跟踪督促台账")
    _paragraph(doc, "报送单位：市委巡察办    报送时间：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOUR_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "被巡察党组织",
            "问题清单",
            "任务清单（整改措施及时间安排）",
            "责任单位",
            "督促巡察组",
            "整改进度",
            "已清零（是）",
            "已清零（否）",
        ],
        body,
        9,
    )
    _paragraph(doc, "注：未完成问题每季度最后一个月底前报送整改进度，直至清零。", 12)
    _paragraph(doc, "中共濮阳市委巡察工作领导小组办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_tour(path: Path) -> Path:
    return via_soffice(write_tour_docx, path, "doc", "市委巡察反馈问题整改跟踪督促台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 审计问题整改情况报告表, after a group's 内部审计整改跟踪督导制度 (已整改完成的问题列明整改步骤和整改结果; 未整改完毕
# 的问题列明责任人、整改时间安排、整改步骤、估计整改结果; 不进行整改的说明原因; 附件《审计问题整改情况报告表》):
# https://www.xiaomilidoc.com/p-10041326.html
# An .et (Excel 97 via LibreOffice): title, 被审计单位 line, a two-row header with 已整改 / 未整改完毕 merged over their
# columns, the company's own 责任部门 on each row, a 填表说明 and signature line.
AUDIT_ROWS = [
    (
        "部分工程款支付未附监理签证资料",
        "工程管理部",
        "已整改完成",
        "逐笔核对支付凭证，补齐签证",
        "已补齐42笔监理签证资料",
        "",
        "",
        "",
    ),
    (
        "固定资产账实不符，盘亏施工设备11台",
        "财务部",
        "正在整改",
        "",
        "",
        "王芳",
        "8月底前完成全面盘点，10月底前完成账务处理",
        "账实相符",
    ),
    (
        "差旅费报销超标准3.2万元",
        "财务部",
        "已整改完成",
        "责令个人退回超标准部分",
        "已全部追回",
        "",
        "",
        "",
    ),
    (
        "物资采购未按规定比选供应商",
        "采购中心",
        "正在整改",
        "",
        "",
        "刘强",
        "9月30日前修订采购管理办法",
        "采购程序规范",
    ),
    (
        "劳务派遣人员社保缴纳基数偏低",
        "人力资源部",
        "未整改",
        "",
        "",
        "郑娟",
        "2024年12月底前补缴",
        "足额缴纳",
    ),
    (
        "3个已完工项目超期未办理结算审核",
        "工程管理部",
        "正在整改",
        "",
        "",
        "张国栋",
        "7月底前完成2个，剩余1个9月底前完成",
        "全部完成结算",
    ),
    ("公务用车加油卡管理混乱，未实行一车一卡", "综合办公室", "", "", "", "", "", ""),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 34, 12, 12, 24, 20, 10, 30, 14])
    b.line(ws, 0, "审计问题整改情况报告表", 8, b.title)
    b.line(
        ws,
        1,
        "被审计单位（盖章）：濮阳市城市建设投资集团有限公司    审计项目：2023年度财务收支审计    报送日期：2024年7月26日",
        8,
    )
    for c, word in enumerate(["序号", "审计发现问题", "责任部门", "整改情况"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "已整改完成的问题", b.head)
    b.merge(ws, 2, 6, 2, 8, "未整改完毕的问题", b.head)
    b.header(ws, 3, ["整改步骤", "整改结果", "责任人", "整改时间安排", "估计整改结果"], first=4)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(AUDIT_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.已整改完成的问题填写整改步骤和整改结果；2.未整改完毕的问题填写责任人、整改时间安排和估计"
        "整改结果；3.需持续整改的问题，每满一个月后五日内报送整改情况。",
        8,
    )
    b.line(ws, end + 2, "单位负责人：            填表人：            联系电话：", 8)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计问题整改情况报告表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 营商环境问题线索交办督办台账, after a city's “一单两函+提醒” mechanism (交办单明确任务清单与完成时限; 未按时完成或
# 超期未结的发督办函; 经交办、督办后仍未落实的发移交函转纪检监察机关): https://www.nanyang.gov.cn/2025/07-03/1051952.html
# An .xlsx: title, office line, one header row with 交办日期 and 完成时限 partly in working days from it, 督办函 and
# 移交函 columns, a 说明 line.
BUSINESS_ROWS = [
    (
        "JB-2024-031",
        "12345热线",
        "企业反映施工许可审批超过承诺时限",
        "市住房和城乡建设局",
        "2024-07-01",
        "10个工作日",
        "已办结，施工许可证已核发",
        "",
        "",
    ),
    (
        "JB-2024-034",
        "营商环境投诉平台",
        "政府投资项目拖欠民营企业工程款",
        "市财政局",
        "2024-07-03",
        "2024年9月30日",
        "已拨付一半，剩余部分纳入三季度预算",
        "已发督办函",
        "",
    ),
    (
        "JB-2024-037",
        "入企走访",
        "企业用电报装环节多、耗时长",
        "供电公司",
        "2024-07-08",
        "15个工作日",
        "已将报装环节压减至3个，已办结",
        "",
        "",
    ),
    (
        "JB-2024-040",
        "营商环境吐槽大会",
        "同一企业一个月内被重复检查三次",
        "市工商局",
        "2024-07-10",
        "7日内",
        "逾期未办",
        "已发督办函",
        "",
    ),
    (
        "JB-2024-042",
        "12345热线",
        "登记窗口要求企业重复提交已有材料",
        "市不动产登记中心",
        "2024-07-15",
        "立行立改",
        "已整改，已公开一次性告知清单",
        "",
        "",
    ),
    (
        "JB-2024-045",
        "营商环境特邀监督员",
        "企业缴存信息变更业务无法网上办理",
        "公积金中心",
        "2024-07-19",
        "2024年8月底前",
        "正在开发网上办理功能",
        "",
        "",
    ),
    (
        "JB-2024-047",
        "入企走访",
        "留抵退税办理进度慢",
        "市税务局",
        "2024-07-24",
        "10个工作日",
        "",
        "",
        "",
    ),
]


def write_business(path: Path) -> Path:
    b = Book(path, author="营商专班")
    ws = b.sheet("一单两函")
    b.widths(ws, [6, 14, 18, 34, 22, 12, 16, 30, 12, 12])
    b.line(ws, 0, "营商环境问题线索交办督办台账（一单两函）", 9, b.title)
    b.line(ws, 1, "市优化营商环境工作专班办公室    更新至2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办单编号",
            "线索来源",
            "反映问题",
            "责任单位",
            "交办日期",
            "完成时限",
            "办理情况",
            "督办函",
            "移交函",
        ],
    )
    for i, row in enumerate(BUSINESS_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(
        ws,
        4 + len(BUSINESS_ROWS),
        "说明：交办单明确任务和完成时限，时限自交办之日起计算；逾期未完成或质量不达标的发督办函；"
        "经交办、督办仍未落实的发移交函转纪检监察机关。",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 镇安全生产自查情况报告, after a town's 安全生产自查情况汇报 (自查总体安排与部署; 重点领域: 消防安全、交通安全、建筑
# 施工安全; 存在问题及整改措施: 企业未按规定配备应急救援器材限期整改, 村组缺乏专职安全员从现有人员中选拔培养;
# 下一步工作打算): http://bbs.tonnysoft.net/jxfw/202506/239683.html
# A .doc (Word 97 via LibreOffice): addressee, preamble, numbered paragraphs under section headings, each naming the
# town's own 责任站所, 整改时限 and 进展; the town only in the title and signature.
SELF_CHECK_PARAS = [
    (
        "1.消防安全：镇农贸市场东侧疏散通道被摊位占用。责任站所：镇应急管理办公室。"
        "整改时限：2024年7月15日前。进展：已清理通道并施划禁占标线，已整改。"
    ),
    (
        "2.消防安全：东街村柴草垛紧邻民房堆放。责任站所：镇农业综合服务中心。"
        "整改时限：7月底前。进展：正在组织村组清理，已清理三分之二。"
    ),
    (
        "3.交通安全：县道X021文留段急弯路段缺少警示标志。责任站所：镇村镇建设管理所。"
        "整改时限：2024年8月20日。进展：已完成标志采购，待安装。"
    ),
    (
        "4.建筑施工安全：镇中心小学教学楼扩建工地特种作业人员未持证上岗。责任站所：镇村镇建设管理所。"
        "整改时限：2024年7月10日。进展：已停工整改到位，经验收合格已复工。"
    ),
    (
        "5.企业安全：镇内2家小微企业未按规定配备应急救援器材。责任站所：镇应急管理办公室。"
        "整改时限：15日内（自7月20日下达整改通知之日起计算）。进展：未整改。"
    ),
    (
        "6.基层力量：部分村组缺乏专职安全员。责任站所：镇党政综合办公室。"
        "整改时限：长期坚持。进展：常态化推进，从现有工作人员中选拔培养。"
    ),
    ("7.燃气安全：镇区餐饮店液化气钢瓶与灶具间距不足。责任站所：镇综合行政执法队。整改时限：2024年8月31日。"),
]


def write_self_check_docx(path: Path) -> Path:
    doc = _new_document("文留镇安办")
    _title(doc, "文留镇安全生产自查情况报告")
    _paragraph(doc, "县安委会办公室：")
    _paragraph(
        doc,
        "根据上级部门相关指示精神，我镇近期组织开展了全面的安全生产自查工作。现将自查情况汇报如下：",
    )
    _paragraph(doc, "一、自查工作的总体安排与部署", 16, "黑体")
    _paragraph(
        doc,
        "本次自查由镇安委会牵头，各站所配合，制定检查计划和实施方案，召开专题会议明确自查重点领域和关键环节。",
    )
    _paragraph(doc, "二、自查发现的问题及整改措施", 16, "黑体")
    for text in SELF_CHECK_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", 16, "黑体")
    _paragraph(
        doc,
        "坚持“预防为主、综合治理”，巩固自查成果，对未完成整改的问题逐项跟踪督办，确保按期整改到位。",
    )
    _paragraph(doc, "文留镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self_check(path: Path) -> Path:
    return via_soffice(write_self_check_docx, path, "doc", "文留镇安全生产自查情况报告.docx")


FILES = [
    ("市政府督查室交办问题整改清单销号表.xlsx", write_sign_off),
    ("省生态环境保护督察组转办信访件办理情况台账.xls", write_petition),
    ("重大事故隐患挂牌督办单位整改进度表.ods", write_hazard),
    ("市政协十届三次会议提案办理情况汇总表.docx", write_proposals),
    ("柳屯镇河长办巡河问题整改台账（7月）.csv", write_river),
    ("2024年市政府为民办实事项目1—7月进展情况表.xlsx", write_livelihood),
    ("12345热线转办工单办理情况（两家承办单位）.zip", write_hotline),
    ("市委巡察反馈问题整改跟踪督促台账.wps", write_tour),
    ("审计问题整改情况报告表（市城投集团）.et", write_audit),
    ("营商环境问题线索交办督办台账.xlsx", write_business),
    ("文留镇安全生产自查情况报告.doc", write_self_check),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

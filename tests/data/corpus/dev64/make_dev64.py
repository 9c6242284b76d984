"""Write the dev64 returns: ten files laid out after ten public sources, cited beside each layout below.

Senders of ten kinds: a 开发区, two 社区 of one 街道, the 自来水公司, the 公交公司, the 政务服务中心 (a 窗口单位), the
供电公司, a 高校, a bank branch, a 商会 and a 出租汽车公司. Forms: .xlsx (two, and one inside the zip), .xls (xlwt, one
more inside the zip), .ods and .et (LibreOffice conversions), a CSV in GBK, a .docx with a table, a .doc and a .wps
(Word 97 via LibreOffice) with the items as numbered paragraphs, and a .zip of two returns. Contents are made up;
statistics date 2024-07-31.
Run from this folder: python make_dev64.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _xls_cells(cells: list[tuple], r: int, values: list[object], styles: list) -> None:
    for c, v in enumerate(values):
        cells.append((r, c, v, styles[c] if c < len(styles) else styles[-1]))


# ---------------------------------------------------------------------------------------------
# 1. 优化营商环境专项巡察整改进展情况的通报 from a 开发区, after a 经济技术开发区党工委's 通报 of its 巡察整改进展
# (市委巡察组反馈; 整改工作组织情况; 问题整改落实情况 by 方面; 已完成整改 N 个; 长效机制; 欢迎监督):
# http://www.tzqf.gov.cn/art/2025/2/25/art_1229059953_58928812.html
# A .wps (Word 97 via LibreOffice): title, preamble, 一、 prose, 二、 with （一）（二） headings and numbered items, each
# followed by 责任部门 (the zone's own bureaus) and 完成时限 and an 整改落实情况 paragraph; 三、 prose; contact line.
ZONE_INTRO = (
    "按照市委统一部署，2024年3月18日至4月30日，市委第三巡察组对濮阳经济技术开发区开展了优化营商环境专项巡察，"
    "并于2024年5月20日反馈了巡察意见。按照党务公开原则和巡察工作要求，现将巡察整改进展情况予以公布。"
)
ZONE_ORG = (
    "开发区管委会对巡察反馈的问题主动认领、照单全收，成立巡察整改工作领导小组，召开专题会议4次，"
    "逐条制定整改措施，明确责任部门和完成时限，实行清单化管理、销号式推进。"
)
ZONE_SECTIONS = [
    (
        "（一）关于“政务服务便利度不高”方面的问题",
        [
            (
                "企业开办“一网通办”覆盖不全，部分事项仍需线下跑腿。",
                "政务服务局",
                "2024年6月底前",
                "已完成。企业开办涉及的9个事项已全部接入“一网通办”平台，实现全程网办。",
            ),
            (
                "项目代办员业务不熟，代办服务流于形式。",
                "政务服务局",
                "7月底前完成培训，9月底前建立代办员考核制度",
                "阶段性完成。已组织代办员业务培训2期，考核制度正在起草。",
            ),
        ],
    ),
    (
        "（二）关于“惠企政策落实不到位”方面的问题",
        [
            (
                "惠企政策兑现不及时，部分奖补资金拖欠超过6个月。",
                "财政金融局",
                "2024年7月15日",
                "已整改到位。拖欠的奖补资金1260万元已全部兑现。",
            ),
            (
                "涉企检查频次偏多，“无事不扰”落实不到位。",
                "综合执法局",
                "长期坚持",
                "长期坚持。推行涉企联合检查，按季度统计检查频次。",
            ),
            (
                "园区企业招工难问题协调服务不力。",
                "社会事务局",
                "2024年第三季度",
                "未启动。",
            ),
        ],
    ),
    (
        "（三）关于“项目建设保障不够有力”方面的问题",
        [
            (
                "标准厂房片区配套道路、污水管网建设滞后。",
                "规划建设局",
                "2024年10月底前",
                "正在推进。纬三路污水管网已完成工程量的70%，配套道路正在招标。",
            ),
            (
                "招商引资项目履约监管缺位，部分项目“签而未建”。",
                "招商服务局",
                "2024年12月31日前",
                "正在清理。已对11个未按期开工项目下达履约催告函。",
            ),
        ],
    ),
]


def write_zone_docx(path: Path) -> Path:
    doc = _new_document("管委会党政办")
    _title(doc, "濮阳经济技术开发区管理委员会关于优化营商环境专项巡察整改进展情况的通报")
    _paragraph(doc, ZONE_INTRO)
    _paragraph(doc, "一、整改工作组织情况", 16, "黑体")
    _paragraph(doc, ZONE_ORG)
    _paragraph(doc, "二、巡察反馈问题整改落实情况", 16, "黑体")
    n = 0
    for heading, items in ZONE_SECTIONS:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for problem, dept, limit, progress in items:
            n += 1
            _paragraph(doc, f"{n}.{problem}")
            _paragraph(doc, f"责任部门：{dept}；完成时限：{limit}。")
            _paragraph(doc, f"整改落实情况：{progress}")
    _paragraph(doc, "三、下一步工作打算", 16, "黑体")
    _paragraph(
        doc,
        "对已完成的整改事项适时开展“回头看”，对正在推进的事项紧盯时间节点，确保按期销号；"
        "对需长期坚持的事项建立长效机制，持续巩固整改成效。",
    )
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0393-8910235；电子邮箱：kfqzgb@163.com。",
    )
    _paragraph(doc, "濮阳经济技术开发区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_zone(path: Path) -> Path:
    return via_soffice(write_zone_docx, path, "doc", "开发区巡察整改进展情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 2. 居民诉求“四色记账本” from two 社区 of one 街道, after a 社区's 四色记账本 (红色 紧急诉求 24小时内响应; 黄色 重点诉求
# 3—5个工作日内推进解决; 蓝色 常规诉求 即时解答; 绿色 已办结 with 居民反馈; 网格责任人全程跟进):
# http://sjb.zgzbxw.com/shichang/zh11111111/285453.html
# A .zip of two returns (.xlsx and .xls): title, 填报单位 line, the colour rule line, one header row with 登记日期 and
# 办理时限 partly in working days from it; rows name the 社区's own 网格; a 网格长 signature line.
COLOUR_RULE = (
    "色标说明：红色—紧急诉求，当日响应处置；黄色—重点诉求，3至5个工作日内推进解决；"
    "蓝色—常规诉求，即时解答；绿色—已办结，记录居民反馈。办理时限自登记之日起计算。"
)
LEDGER_HEAD = [
    "序号",
    "登记日期",
    "诉求人",
    "所在网格",
    "诉求内容",
    "色标",
    "办理时限",
    "网格责任人",
    "办理进度",
    "居民反馈",
]
BINHE_ROWS = [
    (
        "2024.7.8",
        "王秀兰",
        "第一网格",
        "3号楼2单元楼道灯损坏，夜间出行不便",
        "绿",
        "3个工作日内",
        "李娜",
        "已协调物业更换灯具，已办结",
        "满意",
    ),
    (
        "2024.7.12",
        "赵建国",
        "第二网格",
        "小区东门外非机动车乱停放堵塞消防通道",
        "黄",
        "5个工作日内",
        "孙涛",
        "已联系城管中队，正在清理",
        "",
    ),
    ("2024.7.16", "刘桂芝", "第三网格", "独居老人申请助餐服务", "黄", "2024.7.26", "周敏", "", ""),
    ("2024.7.23", "陈立", "第一网格", "8号楼屋面漏水渗入顶层住户", "红", "7月24日前", "李娜", "未处理", ""),
]
JIANYE_ROWS = [
    (
        "2024.7.3",
        "张秋生",
        "第一网格",
        "小区健身器材螺丝松动存在安全隐患",
        "绿",
        "7月3日",
        "马丽",
        "已当日加固",
        "满意",
    ),
    (
        "2024.7.10",
        "何玉梅",
        "第二网格",
        "楼下烧烤店油烟扰民",
        "黄",
        "5个工作日内",
        "郭亮",
        "已上报街道综合执法队，执法队已上门约谈店主",
        "",
    ),
    (
        "2024.7.19",
        "吴德华",
        "第三网格",
        "咨询高龄津贴申领材料",
        "绿",
        "7月19日",
        "宋佳",
        "已现场解答",
        "满意",
    ),
    ("2024.7.25", "冯建军", "第二网格", "2号楼下水道堵塞污水外溢", "黄", "3个工作日内", "郭亮", "", ""),
]


def write_binhe(path: Path) -> Path:
    b = Book(path, author="滨河社区")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 10, 10, 36, 6, 14, 10, 28, 10])
    b.line(ws, 0, "胜利路街道滨河社区居民诉求“四色记账本”（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道滨河社区居民委员会    填报日期：2024年7月31日", 9)
    b.line(ws, 2, COLOUR_RULE, 9)
    b.header(ws, 3, LEDGER_HEAD)
    for i, row in enumerate(BINHE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    b.line(ws, 5 + len(BINHE_ROWS), "网格长：李娜    社区书记：邓红梅    联系电话：0393-4412087", 9)
    return b.close()


def write_jianye(path: Path) -> Path:
    t, h, c = _xf(bold=True, border=False, center=True, size=14), _xf(bold=True, center=True), _xf()
    plain = _xf(border=False)
    last = len(LEDGER_HEAD) - 1
    cells = [
        (0, 0, "胜利路街道建业社区居民诉求“四色记账本”（2024年7月）", t, 0, last),
        (1, 0, "填报单位：华龙区胜利路街道建业社区居民委员会    填报日期：2024年7月31日", plain, 1, last),
        (2, 0, COLOUR_RULE, plain, 2, last),
    ]
    _xls_cells(cells, 3, LEDGER_HEAD, [h])
    for i, row in enumerate(JIANYE_ROWS, 1):
        _xls_cells(cells, 3 + i, [i, *row], [c])
    r = 5 + len(JIANYE_ROWS)
    cells.append((r, 0, "网格长：马丽    社区书记：王建设    联系电话：0393-4412156", plain, r, last))
    return _write_xls(path, [("记账本", cells)])


def write_community(path: Path) -> Path:
    members = [
        ("滨河社区居民诉求四色记账本（7月）.xlsx", write_binhe),
        ("建业社区居民诉求四色记账本（7月）.xls", write_jianye),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 3. 节水型城市反馈问题整改台账 from the 自来水公司, after a county 自来水公司's account of the 节水型城市 问题整改
# (城市管理局 调度; 各问题整改负责人 汇报 问题、整改情况; 管网测漏巡查, 抢修, 打击偷盗水; 按照问题清单补齐短板):
# https://xunkewater.com/60f7d1117fac9afc528b4569.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是否完成 over 是/否 (ticks), 备注 as progress, the company's
# own 科室/水厂 as 责任科室, a 合计 row, a 填表说明 line and the signature.
WATER_ROWS = [
    (
        "城区供水管网漏损率12.8%，高于国家标准",
        "实施DMA分区计量，更换老旧管网",
        "管网所",
        "张卫东",
        "2024年12月底前",
        "",
        "√",
        "已完成3片DMA分区建设，老旧管网更换正在推进",
    ),
    (
        "部分老旧小区仍未实现一户一表",
        "分批实施抄表到户改造",
        "营业所",
        "李红霞",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "水厂反冲洗水未回收利用，自用水率偏高",
        "建设反冲洗水回收池",
        "第二水厂",
        "王志强",
        "2024.6.30",
        "√",
        "",
        "",
    ),
    (
        "非居民用水超计划累进加价制度执行不到位",
        "核定用水计划，按月考核",
        "营业所",
        "李红霞",
        "7月底前",
        "√",
        "",
        "",
    ),
    (
        "管网测漏巡查频次不足，漏点发现不及时",
        "按片区每月测漏巡查一遍",
        "管网所",
        "张卫东",
        "长期坚持",
        "",
        "",
        "常态化推进",
    ),
    (
        "供水水质检测结果未按季度向社会公开",
        "在公司网站按季度公布",
        "水质检测中心",
        "赵敏",
        "2024年8月15日前",
        "",
        "",
        "",
    ),
    (
        "偷盗水行为打击力度不够",
        "联合城管开展稽查",
        "稽查科",
        "刘海波",
        "2024年第三季度",
        "",
        "√",
        "已开展联合稽查2次，查处偷盗水案件5起",
    ),
]


def write_water(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市自来水公司创建国家节水型城市反馈问题整改台账", t, 0, 9),
        (1, 0, "填报单位（盖章）：濮阳市自来水公司    截止时间：2024年7月31日", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "反馈问题", "整改措施", "责任科室", "整改负责人", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 6, "是否完成", h, 2, 7), (3, 6, "是", h), (3, 7, "否", h), (2, 8, "备注", h, 3, 8)]
    for i, row in enumerate(WATER_ROWS, 1):
        r = 3 + i
        _xls_cells(cells, r, [i, *row], [ctr, c, c, ctr, ctr, c, ctr, ctr, c])
    r = 4 + len(WATER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "反馈问题7项，已完成2项，正在整改2项", c, r, 8),
        (r + 1, 0, "填表说明：在“是否完成”栏对应处打“√”；未完成的在备注栏写明进展。", plain, r + 1, 8),
        (
            r + 2,
            0,
            "填表人：孟晓燕    审核人：怀玉莉    联系电话：0393-8321560    填报日期：2024年7月30日",
            plain,
            r + 2,
            8,
        ),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 乘客投诉受理登记台账 from the 公交公司, after a county's 城乡公共汽车投诉受理 rules (受理范围 拒载、候车时间长、司机违章驾车、
# 不文明行车、服务态度差、不按规范停靠、擅自更改线路; 提供车牌号、公交路线、乘车时间、站点; 受理、登记、分类、转办、反馈、
# 归档; 3-5个工作日之内答复; 办结时限3个工作日):
# http://lanling.gov.cn/info/7349/51636.htm
# A CSV in GBK: a title line naming the company (no other unit column), a 办结时限 rule line, one header line with the
# company's own 车队 as 转办部门, a closing 合计 line and the clerk.
BUS_ROWS = [
    (
        "2024-07-02",
        "热线电话",
        "6路",
        "豫J-D1206",
        "拒载",
        "6路在长庆路站未停靠，拒载候车老人",
        "第一车队",
        "3个工作日",
        "经调取车载视频属实，已对驾驶员批评教育并扣罚服务分",
        "已办结，已答复投诉人",
    ),
    (
        "2024-07-05",
        "来访",
        "12路",
        "豫J-D2312",
        "候车时间长",
        "12路早高峰发车间隔超过25分钟",
        "第二车队",
        "3个工作日",
        "正在调整早高峰排班，拟增加2部车辆",
        "已电话告知处理进度",
    ),
    (
        "2024-07-10",
        "热线电话",
        "K3路",
        "豫J-D3033",
        "司机违章驾车",
        "K3路驾驶员行车中长时间接打手机",
        "第三车队",
        "3个工作日",
        "驾驶员停班学习3天",
        "已办结",
    ),
    (
        "2024-07-15",
        "12345转办",
        "9路",
        "豫J-D1909",
        "擅自更改线路",
        "9路未经批准绕行华龙路，跳过3个站点",
        "第一车队",
        "延长至15个工作日",
        "系道路施工临时绕行，正在与交警部门协调恢复原线路",
        "已说明原因",
    ),
    (
        "2024-07-18",
        "热线电话",
        "3路",
        "豫J-D2203",
        "服务态度差",
        "3路驾驶员对老年乘客刷卡慢出言不逊",
        "第二车队",
        "3个工作日",
        "",
        "",
    ),
    (
        "2024-07-24",
        "来访",
        "15路",
        "豫J-D3115",
        "不按规范停靠",
        "15路在人民医院站距站台2米以外停靠",
        "第三车队",
        "3个工作日",
        "未处理",
        "",
    ),
    (
        "2024-07-29",
        "热线电话",
        "1路",
        "豫J-D1001",
        "车辆设施",
        "1路空调故障车厢内闷热",
        "修理厂",
        "3个工作日",
        "已维修，空调恢复正常",
        "已回访，投诉人满意",
    ),
]


def write_bus(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市众意公交公司2024年7月乘客投诉受理登记台账"])
    w.writerow(["办结时限：自受理之日起3个工作日内答复投诉人；特殊情况经批准可延长，最长不超过15个工作日。"])
    w.writerow(
        [
            "序号",
            "受理日期",
            "受理方式",
            "线路",
            "车牌号",
            "投诉类别",
            "投诉内容",
            "转办部门",
            "办结时限",
            "处理结果",
            "答复情况",
        ]
    )
    for i, row in enumerate(BUS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "", "本月受理投诉7件，办结3件", "", "", "", ""])
    w.writerow(["登记人：乘客服务中心 王丽    2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 政务服务“好差评”差评件整改情况 from the 政务服务中心, after a county 政务服务中心's account of its 好差评 (差评回访率、
# 按期整改率; 收到差评、部门回访、部门申诉、申诉审核、整改反馈、超期预警、追评回访; 整改结果反馈评价者):
# https://www.szzj.gov.cn/art/2025/6/24/art_1530085_59101729.html
# An .ods (LibreOffice conversion): title, summary paragraph, one header row with 被评价窗口 and 所属部门 (the unit, one a
# former name), 交办日期 as the base of 立行立改, 整改反馈 and 追评回访; the 督查科 and date at the foot.
RATING_ROWS = [
    (
        "CP202407001",
        date(2024, 7, 2),
        date(2024, 7, 2),
        "不动产登记窗口",
        "市不动产登记中心",
        "办理二手房转移登记排队超过2小时，叫号系统故障无人解释",
        "情况属实",
        "2024-07-09",
        "已增设2个综合受理窗口，叫号系统已修复",
        "已追评，群众满意",
    ),
    (
        "CP202407002",
        date(2024, 7, 5),
        date(2024, 7, 5),
        "公积金窗口",
        "市住房公积金管理中心",
        "提取公积金要求重复提交购房合同复印件",
        "情况属实",
        "立行立改",
        "已取消重复材料要求，整改完毕",
        "已追评，群众满意",
    ),
    (
        "CP202407003",
        date(2024, 7, 10),
        date(2024, 7, 11),
        "医保窗口",
        "医保局",
        "异地就医备案政策解释不清，群众多次往返",
        "情况属实",
        "7月20日前",
        "已组织窗口人员政策培训1次，业务测试正在安排",
        "未追评",
    ),
    (
        "CP202407004",
        date(2024, 7, 15),
        date(2024, 7, 15),
        "税务窗口",
        "市税务局",
        "个体户代开发票系统频繁卡顿",
        "属实，系省级系统原因",
        "2024-07-31",
        "已报省局信息中心，正在协调系统升级",
        "",
    ),
    (
        "CP202407005",
        date(2024, 7, 18),
        date(2024, 7, 19),
        "社保卡窗口",
        "市劳动和社会保障局",
        "社保卡补办需往返两次才能领卡",
        "情况属实",
        "2024-07-26",
        "",
        "",
    ),
    (
        "CP202407006",
        date(2024, 7, 22),
        date(2024, 7, 22),
        "出入境窗口",
        "市公安局",
        "出入境窗口午间不受理，群众等候时间长",
        "情况属实",
        "8月15日前",
        "尚未整改",
        "",
    ),
    (
        "CP202407007",
        date(2024, 7, 25),
        date(2024, 7, 25),
        "市场主体登记窗口",
        "市市场监管局",
        "企业变更登记网上申请被驳回但驳回理由不明确",
        "情况属实",
        "立行立改",
        "已整改，驳回意见模板已规范",
        "已追评，群众满意",
    ),
]


def write_rating_book(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("差评整改")
    b.widths(ws, [6, 14, 12, 12, 16, 20, 38, 16, 12, 34, 16])
    b.line(ws, 0, "濮阳市政务服务中心2024年7月政务服务“好差评”差评件整改情况", 10, b.title)
    b.line(
        ws,
        1,
        "7月份，本级政务大厅主动评价12486件，其中好评12479件，差评7件，差评回访率100%。"
        "整改时限自差评交办之日起计算，“立行立改”的当日完成。",
        10,
    )
    head = [
        "序号",
        "差评编号",
        "评价时间",
        "交办日期",
        "被评价窗口",
        "所属部门",
        "差评内容",
        "回访核实",
        "整改时限",
    ]
    b.header(ws, 2, [*head, "整改反馈", "追评回访"])
    for i, row in enumerate(RATING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(RATING_ROWS), "市政务服务中心督查科    2024年7月31日", 10, b.right)
    return b.close()


def write_rating(path: Path) -> Path:
    via_soffice(write_rating_book, path, "ods", "好差评差评件整改情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 供电服务投诉工单整改情况 from the 供电公司, after a 供电公司 engineer's analysis of 非营销类投诉工单 (业务三级分类: 超时限、
# 电压质量长时间异常、频繁停电、抢修人员服务规范、无故无通知停电、抢修质量; 属实/不属实; 按运维责任单位 — 区公司、县公司):
# https://fx361.cc/page/2022/0125/14218443.shtml
# An .xlsx: title, 填报单位 line, a two-row header (整改情况 over 整改措施/要求完成时间/完成情况), the county companies as
# 运维责任单位, 受理时间 an event, a 合计 row and a signature line.
POWER_ROWS = [
    (
        "2407010001",
        datetime(2024, 7, 1, 9, 12),
        "频繁停电",
        "城关镇东关村台区一个月内停电4次",
        "国网清丰县供电公司",
        "属实",
        "更换老化低压线路，加装智能开关",
        date(2024, 8, 31),
        "正在施工，已更换线路1.2公里",
    ),
    (
        "2407030007",
        datetime(2024, 7, 3, 15, 40),
        "电压质量长时间异常",
        "仓颉乡西街居民电压长期偏低，空调无法启动",
        "国网南乐县供电公司",
        "属实",
        "新增配变1台，调整负荷分配",
        date(2024, 7, 25),
        "已完成，新增400千伏安配变已投运",
    ),
    (
        "2407080012",
        datetime(2024, 7, 8, 10, 5),
        "超时限",
        "低压新装申请超过承诺时限未装表接电",
        "国网范县供电公司",
        "属实",
        "限期装表接电，对责任人考核",
        date(2024, 7, 12),
        "已装表接电",
    ),
    (
        "2407120003",
        datetime(2024, 7, 12, 20, 31),
        "抢修人员服务规范",
        "抢修人员到场后态度生硬，未出示工作证件",
        "国网台前县供电公司",
        "属实",
        "约谈当事人，开展服务规范培训",
        date(2024, 7, 19),
        "",
    ),
    (
        "2407160009",
        datetime(2024, 7, 16, 8, 47),
        "无故无通知停电",
        "未提前通知计划停电，养殖场通风设备停运",
        "国网濮阳县供电公司",
        "属实",
        "规范停电信息报送和告知",
        "长期坚持",
        "长期坚持",
    ),
    (
        "2407220015",
        datetime(2024, 7, 22, 14, 18),
        "抢修质量",
        "故障抢修后同一线路两天内再次跳闸",
        "国网清丰县供电公司",
        "属实",
        "全面排查线路缺陷",
        date(2024, 8, 10),
        "未整改",
    ),
    (
        "2407260021",
        datetime(2024, 7, 26, 11, 2),
        "频繁停电",
        "10千伏柳屯线受树线矛盾影响多次跳闸",
        "国网濮阳县供电公司",
        "属实",
        "清理线路通道树障",
        date(2024, 8, 20),
        "已清理树障86棵，剩余通道正在清理",
    ),
]


def write_power(path: Path) -> Path:
    b = Book(path, author="供电服务指挥中心")
    ws = b.sheet("投诉工单")
    b.widths(ws, [6, 14, 18, 18, 36, 20, 10, 28, 14, 30])
    b.line(ws, 0, "国网濮阳供电公司2024年7月非营销类投诉工单整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：国网濮阳供电公司供电服务指挥中心    统计时段：2024年7月1日至7月31日", 9)
    for col, word in enumerate(
        ["序号", "工单编号", "受理时间", "业务三级分类", "投诉内容", "运维责任单位", "是否属实"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改情况", b.head)
    b.header(ws, 3, ["整改措施", "要求完成时间", "完成情况"], first=7)
    for i, row in enumerate(POWER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    r = 4 + len(POWER_ROWS)
    b.merge(ws, r, 0, r, 3, "合计", b.head)
    b.merge(ws, r, 4, r, 9, "投诉工单7件，属实7件，已完成整改2件", b.cell)
    b.line(ws, r + 2, "填报人：张倩    审核人：刘振华    联系电话：0393-8127595    日期：2024年7月31日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 经济责任审计发现问题整改进展情况表 from a 高校, after a university's 经济责任审计整改工作调度会 (审计整改工作办公室; 牵头
# 单位/责任部门 汇报 整改进展; 牵头部门 牵头抓总，其他责任部门 配合; 倒排工期; 每两周召开一次调度会):
# https://audit.ahnu.edu.cn/info/1003/2702.htm
# A .docx: title, 填报单位 line, one table (牵头单位 and 配合单位 are the college's own offices), a 注 and a signature.
AUDIT_ROWS = [
    (
        "部分科研项目结余经费未按规定结转",
        "科研处",
        "财务处",
        "逐项清理结余经费，按规定结转或收回",
        "2024年6月30日",
        "已完成，结余经费已全部清理结转。",
    ),
    (
        "固定资产账实不符，部分教学设备长期闲置",
        "资产管理处",
        "各二级学院",
        "开展资产全面清查，调剂闲置设备",
        "5月底前完成清查，9月底前完成账务处理",
        "已完成清查，正在进行账务调整和闲置设备调剂。",
    ),
    (
        "实训楼建设项目未及时办理竣工决算",
        "基建处",
        "财务处、审计处",
        "委托第三方编制竣工决算",
        "2024年12月底前",
        "已委托第三方机构，正在编制决算报告。",
    ),
    (
        "公务接待存在超标准安排的情况",
        "党政办公室",
        "财务处",
        "清退超标准费用，修订公务接待管理办法",
        "2024年5月31日",
        "已整改，清退超标准费用0.36万元，管理办法已印发。",
    ),
    (
        "学生食堂承包合同到期未重新招标",
        "后勤管理处",
        "招标采购中心",
        "依法重新公开招标",
        "2024年8月31日前",
        "未启动。",
    ),
    (
        "绩效工资发放审批程序不规范",
        "人事处",
        "财务处",
        "严格执行发放审批程序",
        "长期坚持",
        "长期坚持，按月审核发放程序。",
    ),
    ("往来款项长期挂账未及时清理", "财务处", "各相关单位", "逐笔核对，分类清理", "2024年10月底前", ""),
]


def write_audit(path: Path) -> Path:
    doc = _new_document("审计处")
    _title(doc, "濮阳职业技术学院经济责任审计发现问题整改进展情况表", 18)
    _paragraph(doc, "填报单位：濮阳职业技术学院审计整改工作办公室    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    _table(doc, ["序号", "审计发现问题", "牵头单位", "配合单位", "整改措施", "整改时限", "进展情况"], body)
    _paragraph(doc, "注：进展情况每两周更新一次，由牵头单位汇总后报学校审计整改工作办公室。", 12)
    _paragraph(doc, "填表人：喻晓娜    审核人：茆志刚    联系电话：0393-6669021", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 银行卡风险排查整改情况的报告 from a bank branch, after a 分行's 银行卡整改报告 (银行卡风险排查工作领导小组; 发卡、受理市场
# 建设和内部管理三个方面; 重空出入库登记簿; 开卡身份核查打印核查结果; 代理开卡电话核实; 批量发卡签订协议; ATM清加钞双人操作):
# http://www.gz85.com/a/5660331.html
# A .doc (Word 97 via LibreOffice): addressee, preamble, three headings, items as numbered paragraphs 1）2）… each naming
# the branch's own 责任部门, 整改时限 and 整改情况; the branch and the date at the foot.
CARD_SECTIONS = [
    (
        "一、发卡环节",
        [
            (
                "开卡环节身份联网核查结果未打印留存",
                "个人金融部",
                "2024年6月30日",
                "已整改。身份证复印件上已统一打印核查结果并加盖鉴别戳记。",
            ),
            (
                "代理开卡未向卡主电话核实开户事实",
                "个人金融部",
                "7月底前",
                "正在整改，已修订代理开卡操作规程，待组织培训落实。",
            ),
            ("批量开卡业务未与委托单位签订协议", "公司业务部", "2024年8月31日", ""),
        ],
    ),
    (
        "二、受理市场建设",
        [
            ("特约商户巡检记录缺失", "公司业务部", "2024年9月底前", "未启动。"),
            ("银行卡风险监测预警规则未及时更新", "风险管理部", "长期坚持", "按季度更新，长期坚持。"),
        ],
    ),
    (
        "三、内部管理",
        [
            (
                "自助设备清加钞未严格执行双人操作",
                "运营管理部",
                "2024年7月10日",
                "已整改，已调阅监控逐笔复核，并纳入月度检查。",
            ),
            (
                "开户资料保管不规范，开卡申请表未随凭证装订",
                "运营管理部",
                "2024年8月15日",
                "部分完成，2023年度资料已整理装订，2024年度资料正在整理。",
            ),
        ],
    ),
]


def write_card_docx(path: Path) -> Path:
    doc = _new_document("运营管理部")
    _title(doc, "关于银行卡风险排查问题整改情况的报告")
    _paragraph(doc, "濮阳农村商业银行股份有限公司：")
    _paragraph(
        doc,
        "根据总行银行卡风险防范工作会议精神，2024年6月，我支行银行卡风险排查工作小组对发卡、受理市场建设和内部管理"
        "三个方面进行了认真梳理、排查和整改。现将排查发现的问题及整改情况报告如下：",
    )
    n = 0
    for heading, items in CARD_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for problem, dept, limit, status in items:
            n += 1
            text = f"{n}）{problem}。责任部门：{dept}。整改时限：{limit}。"
            if status:
                text += f"整改情况：{status}"
            _paragraph(doc, text)
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "濮阳农村商业银行股份有限公司华龙支行", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_card(path: Path) -> Path:
    return via_soffice(write_card_docx, path, "doc", "银行卡风险排查问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 会员企业诉求办理情况汇总表 from a 商会, after a city 工商联's “亲清直通车·政企协商会” (通过各地商会发布议程; 收集企业诉求,
# 会商、交办; 诉求交办率、按时答复率、诉求满意率):
# http://www.js-news.cn/xwzx/tpxw/202112/t20211214_5196751.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a preamble naming the 交办 date, one header row with the member
# firm (the proposer) beside the 承办单位 (short and former names), 办理时限 in working days, a 合计 row, a contact line.
CHAMBER_ROWS = [
    (
        "濮阳浙联纺织有限公司",
        "企业新招员工社保补贴申领材料繁杂",
        "市人社局",
        "2024.7.11",
        "15个工作日",
        "已答复，申领材料已精简",
        "满意",
    ),
    (
        "濮阳甬华新材料有限公司",
        "工业园区企业用地不动产权证迟迟未办结",
        "市自然资源局",
        "2024.7.11",
        "15个工作日",
        "正在办理，已完成地籍调查",
        "",
    ),
    (
        "濮阳温商电子科技有限公司",
        "出口退税到账时间长影响资金周转",
        "市税务局",
        "2024.7.11",
        "10个工作日",
        "已办结，退税款已到账",
        "满意",
    ),
    (
        "濮阳越秀包装有限公司",
        "厂房用电增容报装等待时间过长",
        "供电公司",
        "2024.7.11",
        "10个工作日",
        "正在协调，已完成现场勘察",
        "",
    ),
    ("濮阳之江商贸有限公司", "希望组织跨境电商政策培训", "市商务局", "2024.7.11", "2024年8月底前", "", ""),
    (
        "濮阳台州机械有限公司",
        "技改项目补助资金申报口径不明确",
        "市工信委",
        "2024.7.11",
        "15个工作日",
        "未办理",
        "",
    ),
    (
        "濮阳金华物流有限公司",
        "物流配送车辆城区通行证办理难",
        "市交通局",
        "2024.7.11",
        "15个工作日",
        "已答复，已开通线上办理",
        "满意",
    ),
]


def write_chamber_book(path: Path) -> Path:
    b = Book(path, author="商会秘书处")
    ws = b.sheet("诉求办理")
    b.widths(ws, [6, 26, 36, 16, 12, 14, 30, 12])
    b.line(ws, 0, "濮阳市浙江商会会员企业诉求办理情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市浙江商会秘书处    填报日期：2024年7月30日", 7)
    b.line(
        ws,
        2,
        "7月10日第3期“亲清直通车·政企协商会”收集会员企业诉求7件，经市工商联于7月11日交办有关部门，"
        "办理时限自交办之日起计算。",
        7,
    )
    b.header(
        ws, 3, ["序号", "提出企业", "诉求内容", "承办单位", "交办日期", "办理时限", "办理情况", "企业满意度"]
    )
    for i, row in enumerate(CHAMBER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    r = 4 + len(CHAMBER_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 7, "收集诉求7件，已办结3件，正在办理2件", b.cell)
    b.line(ws, r + 1, "联系人：陈晓（秘书处）    联系电话：0393-8866120", 7)
    return b.close()


def write_chamber(path: Path) -> Path:
    return via_soffice(write_chamber_book, path, "xls", "商会会员企业诉求办理情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 执法检查发现问题整改台账 from a 出租汽车公司, after a city 交通运输综合行政执法支队's 突击检查 of two taxi firms with
# high complaint rates (投诉举报制度未落实、未对驾驶员进行继续教育、安全生产工作浮于表面; 限期整改到位):
# https://jsnews.jschina.com.cn/cz/a/202009/t20200922_2633263.shtml
# An .xlsx: title, 填报单位 line, one header row with 检查单位 and 检查人员 (the inspectors) beside the firm's own
# 整改责任部门, dates as text (2024.7.15), 整改结果 and a 复查意见 closure column; a 注 line and the signature.
TAXI_ROWS = [
    (
        "2024.7.3",
        "市交通运输综合行政执法支队",
        "高云飞、杨鑫",
        "投诉举报处理制度未落实，投诉登记台账缺失",
        "服务质量部",
        "2024.7.15",
        "已建立投诉登记台账并落实专人处理",
        "复查合格",
    ),
    (
        "2024.7.3",
        "市交通运输综合行政执法支队",
        "高云飞、杨鑫",
        "未按规定对驾驶员开展继续教育",
        "安全技术部",
        "2024.8.31",
        "已组织第一期继续教育，培训驾驶员120人",
        "",
    ),
    (
        "2024.7.3",
        "市交通运输综合行政执法支队",
        "高云飞、杨鑫",
        "车辆动态监控平台值守记录不全",
        "安全技术部",
        "2024.7.20",
        "基本完成",
        "复查合格，同意销号",
    ),
    (
        "2024.7.10",
        "市道路运输事务中心",
        "童华、李刚",
        "部分营运车辆车载灭火器过期",
        "车辆管理部",
        "2024.7.12",
        "未整改",
        "",
    ),
    (
        "2024.7.10",
        "市道路运输事务中心",
        "童华、李刚",
        "驾驶员服务质量信誉考核档案不完整",
        "服务质量部",
        "2024.9.30",
        "",
        "",
    ),
    (
        "2024.7.10",
        "市道路运输事务中心",
        "童华、李刚",
        "安全生产例会流于形式，会议记录未研究具体问题",
        "综合办公室",
        "长期坚持",
        "每月召开安全例会，长期坚持",
        "",
    ),
    (
        "2024.7.17",
        "市交通运输综合行政执法支队",
        "高云飞",
        "部分车辆车内投诉监督电话标识缺失",
        "车辆管理部",
        "7月底前",
        "已完成，已补贴监督电话标识380处",
        "",
    ),
]


def write_taxi(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 26, 14, 36, 14, 12, 32, 20])
    b.line(ws, 0, "濮阳市通达出租汽车有限公司执法检查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市通达出租汽车有限公司    填报时间：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查时间",
            "检查单位",
            "检查人员",
            "发现问题",
            "整改责任部门",
            "整改期限",
            "整改结果",
            "复查意见",
        ],
    )
    for i, row in enumerate(TAXI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 4 + len(TAXI_ROWS)
    b.line(ws, r, "注：整改期限以《责令限期整改通知书》载明的期限为准；复查意见由检查单位填写。", 8)
    b.line(ws, r + 1, "填报人：周海军    负责人：钱志明    联系电话：0393-4856617", 8)
    return b.close()


FILES = [
    ("濮阳经济技术开发区优化营商环境专项巡察整改进展情况的通报.wps", write_zone),
    ("胜利路街道社区居民诉求四色记账本（2024年7月）.zip", write_community),
    ("市自来水公司节水型城市反馈问题整改台账.xls", write_water),
    ("众意公交公司7月乘客投诉受理登记台账.csv", write_bus),
    ("2024年7月政务服务好差评差评件整改情况.ods", write_rating),
    ("国网濮阳供电公司7月投诉工单整改情况表.xlsx", write_power),
    ("濮阳职业技术学院经济责任审计发现问题整改进展情况表.docx", write_audit),
    ("华龙支行银行卡风险排查问题整改情况的报告.doc", write_card),
    ("濮阳市浙江商会会员企业诉求办理情况汇总表.et", write_chamber),
    ("通达出租汽车公司执法检查发现问题整改台账.xlsx", write_taxi),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

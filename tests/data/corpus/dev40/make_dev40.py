"""Write the dev40 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) with numbered items, a .wps
(Word 97 via LibreOffice) with a table, and a .zip of two returns. Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev40.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
# 1. 农村饮水安全问题排查整改台账, after a city's 农村饮水安全问题排查整改行动 (水量、水质、方便程度、供水保证率“四项
# 指标”和工程运行管理分门别类; 按照立查立改、阶段整改、持续整改三类, 明确整改完成时限, 形成工作台账, 逐一销号):
# http://ixgod.com/news/show.php?itemid=38022
# A .zip of two towns' .xlsx returns. The first: title, 填报单位 line, one header row with 问题类别 and 整改类型, the
# deadline as 8月底前/10月底前/2025年底前, a 负责人 line. The second names its town only in the file name.
LIUTUN_ROWS = [
    (
        "东柳村",
        "水量",
        "东柳村北片12户夏季用水高峰时段水压不足，末端农户接水困难",
        "立查立改",
        "更换加压泵一台，调整供水时段",
        "8月底前",
        "张建军",
        "已更换加压泵，末端水压恢复正常，已销号",
    ),
    (
        "西街村",
        "水质",
        "西街村供水站消毒设备停用，未按规定投加消毒剂",
        "立查立改",
        "恢复消毒设备运行，落实专人管护",
        "8月底前",
        "李红霞",
        "正在维修消毒设备，期间由管护员人工投加",
    ),
    (
        "后屯村",
        "方便程度",
        "后屯村3户散居农户未通自来水，仍需到邻村挑水",
        "阶段整改",
        "延伸管网约800米入户",
        "10月底前",
        "王卫东",
        "管材已采购到位，施工队已进场开挖",
    ),
    (
        "孟寨村",
        "运行管理",
        "孟寨村供水工程无专职管护人员，群众反映问题无人管",
        "阶段整改",
        "明确村级管护员，公示三个责任人",
        "10月底前",
        "赵明",
        "未启动",
    ),
    (
        "全镇",
        "供水保证率",
        "镇区水厂单水源供水，遇检修即全镇停水",
        "持续整改",
        "新打备用水源井一眼并与镇区管网联通",
        "2025年底前",
        "刘志刚",
        "",
    ),
]

WENLIU_ROWS = [
    (
        "郭庄村三组",
        "入户管道老化漏水，部分农户水表井长期积水",
        "运行管理",
        "立查立改",
        "2024年8月31日前",
        "已完成管道更换",
    ),
    (
        "马寨村",
        "自来水浑浊度检测超标，群众反映放水发黄",
        "水质",
        "阶段整改",
        "2024年10月31日前",
        "已加装过滤设备，等待疾控中心复检",
    ),
    (
        "大屯村",
        "旱季水源不足，每天限时供水2小时",
        "水量",
        "持续整改",
        "2025年12月底前",
        "已纳入全镇供水管网提升项目，正在编制实施方案",
    ),
    (
        "文留村",
        "村级供水站未公示水价和收费标准",
        "运行管理",
        "立查立改",
        "2024年8月底前",
        "已在村务公开栏公示",
    ),
]


def write_liutun_book(path: Path) -> Path:
    b = Book(path, author="柳屯镇水利站")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 10, 36, 10, 26, 12, 10, 30])
    b.line(ws, 0, "柳屯镇2024年农村饮水安全问题排查整改台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：柳屯镇人民政府            填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "所在村",
            "问题类别",
            "问题表现",
            "整改类型",
            "整改措施",
            "整改完成时限",
            "责任人",
            "整改进展",
        ],
    )
    for i, row in enumerate(LIUTUN_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(LIUTUN_ROWS), "负责人：              填表人：              联系电话：", 8)
    return b.close()


def write_wenliu_book(path: Path) -> Path:
    b = Book(path, author="Administrator")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 38, 10, 10, 16, 34, 10])
    b.line(ws, 0, "农村饮水安全问题排查整改台账", 7, b.title)
    b.line(ws, 1, "排查时间：2024年7月8日—7月19日", 7)
    b.header(ws, 2, ["序号", "村（组）", "存在问题", "问题分类", "整改分类", "完成时限", "整改情况", "备注"])
    for i, row in enumerate(WENLIU_ROWS, 1):
        b.row(ws, 2 + i, [i, *row, ""])
    b.line(ws, 4 + len(WENLIU_ROWS), "填表人：              审核人：", 7)
    return b.close()


def write_water(path: Path) -> Path:
    members = [
        ("柳屯镇农村饮水安全问题排查整改台账.xlsx", write_liutun_book),
        ("农村饮水安全问题排查整改台账（文留镇）.xlsx", write_wenliu_book),
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
# 2. 领导班子隐形变异作风问题查找清单, after a city 交通运输局领导班子's list (一、文件管理领域隐形变异问题 (一)问题表现
# 1.… 2.…; 白头文件数量增长, 政策文件“上下一般粗”; 会议、督查检查、调研、窗口服务):
# http://m.meijiaxing.cn/doc/477582.html
# A .docx with no table: title, date line, an intro, 一、二、三 headings, items as numbered paragraphs each holding its
# 整改措施, 责任科室 (sections of the sending 局), 完成时限 and 整改进展; one deadline only inside the measure's
# schedule, one item with no progress written; the 党组 and date at the end.
STYLE_PARAS = [
    (
        "一、文件管理领域隐形变异问题",
        [
            (
                "1.“红头转白头”现象仍有发生，部分科室将应正式发文的工作部署改以“工作提示”印发，上半年白头文件较上年"
                "同期增长四成。整改措施：建立白头文件备案审查制度，纳入年度发文计划统一管控。责任科室：办公室。"
                "完成时限：2024年9月底前。整改进展：备案审查制度已起草，正在征求各科室意见。"
            ),
            (
                "2.行业管理文件“上下一般粗”，照搬省厅文件表述，未结合本市交通运输实际细化措施。整改措施：对上半年印发"
                "的规范性文件逐件评估，细化可操作条款。责任科室：政策法规科。完成时限：第三季度。整改进展：已完成。"
            ),
        ],
    ),
    (
        "二、会议活动和督查检查领域隐形变异问题",
        [
            (
                "3.以视频会议名义层层套开会议，一次部署会议下延至区县和站所三级同步收看，会议总量未减。整改措施：严格"
                "执行会议计划管理，能合并的合并召开。责任科室：办公室。完成时限：长期坚持。整改进展：常态化推进。"
            ),
            (
                "4.工程建设领域督导检查多头重复，半年内同一在建项目接受局内不同科室检查达6次。整改措施：推行“综合查"
                "一次”，8月底前完成检查事项梳理，11月底前全面推行联合检查。责任科室：建设管理科。整改进展：已梳理"
                "检查事项27项。"
            ),
        ],
    ),
    (
        "三、调查研究和服务群众领域隐形变异问题",
        [
            (
                "5.调研“打卡式”“走过场”，上半年调研报告提出的对策建议落地转化率不高。整改措施：建立调研成果转化"
                "台账，按季度通报。责任科室：综合规划科。完成时限：2024年10月31日前。整改进展：尚未启动。"
            ),
            (
                "6.窗口服务存在“隐形门槛”，道路运输证件办理要求群众重复提交已共享的材料。整改措施：梳理并公布可免"
                "提交材料清单。责任科室：行政审批科。完成时限：8月底前。整改进展：已公布免提交材料清单12项，群众办事"
                "不再重复提交，已整改到位。"
            ),
            (
                "7.对基层站所考核“重留痕轻实绩”，要求报送的工作照片和台账资料过多。整改措施：精简考核指标，取消照片类"
                "留痕要求。责任科室：人事科。完成时限：年底前。"
            ),
        ],
    ),
]


def write_style(path: Path) -> Path:
    doc = _new_document("局办公室")
    _title(doc, "市交通运输局领导班子隐形变异作风问题查找及整改清单")
    _paragraph(doc, "（2024年7月29日）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "按照市委关于开展隐形变异作风问题专项整治的部署，局领导班子对照查找问题，逐项明确整改措施、责任科室和"
        "完成时限。现将问题清单及截至7月底的整改进展报告如下。",
    )
    for heading, paras in STYLE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "中共市交通运输局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 消防安全集中除患攻坚大整治 problems, after a city's 曝光 of places with 消防安全隐患 (单位名称; 存在问题: 货架遮挡
# 室内消火栓, 在疏散楼梯口放置杂物, 占用堵塞安全出口, 堆放杂物堵塞疏散通道; 整改措施: 责令限期整改并处罚):
# https://ytapp.jiaodong.net/system/2024/03/18/200211352.shtml
# An .et (Excel 97 via LibreOffice): title, 填报单位 line from the inspecting 大队, one header row with 检查日期 (an
# event) and the inspectors beside the 整改责任单位, deadlines as 2024.7.15 / 7月20日前, a 复查情况 column, a
# signature line.
FIRE_ROWS = [
    (
        date(2024, 7, 8),
        "濮阳市华龙区亮亮麻辣烫店",
        "胜利路中段",
        "货架遮挡一层北侧室内消火栓",
        "责令限期整改并处罚",
        "2024.7.15",
        "王磊、陈晨",
        "复查合格",
    ),
    (
        date(2024, 7, 9),
        "濮阳市华龙区名馥包子铺",
        "建设路128号",
        "疏散楼梯口堆放面粉袋等杂物",
        "责令限期整改",
        "2024.7.12",
        "王磊、陈晨",
        "复查合格",
    ),
    (
        date(2024, 7, 10),
        "濮阳市华龙区振鸿商店",
        "黄河路西段",
        "占用堵塞安全出口，夜间锁闭后门",
        "责令限期整改并处罚",
        "7月20日前",
        "刘洋、马骏",
        "逾期未整改",
    ),
    (
        date(2024, 7, 11),
        "濮阳市华龙区张杨烧烤店",
        "京开大道夜市",
        "后厨液化气钢瓶与灶具间距不足，未安装可燃气体报警装置",
        "责令限期整改",
        "2024.7.25",
        "刘洋、马骏",
        "已购置报警装置，正在安装",
    ),
    (
        date(2024, 7, 15),
        "濮阳市华龙区悦来宾馆",
        "人民路中段",
        "三楼走廊疏散指示标志灯损坏，应急照明不亮",
        "责令限期整改",
        "2024.7.29",
        "王磊、陈晨",
        "复查合格",
    ),
    (
        date(2024, 7, 18),
        "濮阳市华龙区星光网吧",
        "大庆路东段",
        "窗户安装固定防盗栅栏，影响火灾时人员逃生",
        "责令限期整改并处罚",
        "2024.8.2",
        "刘洋、马骏",
        "正在拆除栅栏",
    ),
    (
        date(2024, 7, 22),
        "濮阳市华龙区金色童年托管中心",
        "长庆路小区",
        "电动自行车在楼道内停放充电",
        "责令限期整改",
        "2024.7.26",
        "王磊、陈晨",
        "",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="华龙区消防救援大队")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 12, 28, 14, 34, 18, 12, 12, 16])
    b.line(ws, 0, "消防安全集中除患攻坚大整治检查发现问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区消防救援大队            统计时间：截至2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "整改责任单位",
            "场所地址",
            "存在问题",
            "整改措施",
            "整改期限",
            "检查人",
            "复查情况",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(
        ws,
        4 + len(FIRE_ROWS),
        "检查人签字：              大队负责人：              填表日期：2024年7月30日",
        8,
    )
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "消防安全集中除患攻坚大整治发现问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 文旅市场安全联合检查问题整改台账, after a county's 联合检查 of 景区 and 文娱场所 (水云轩玻璃桥安全设计诊断, 山庄餐饮
# 住宿消防和燃气安全; KTV消防通道堵塞并从内部反锁、灭火器材过期; 研学旅行线路安全评估; 旅游包车“五不租”; 下达整改通知):
# http://yegodx.com/37589/38131/content_2219830.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实情况 merged over 整改措施/完成情况/完成时间), 检查组 (the
# inspectors) beside the 责任单位, 交办日期 with relative deadlines (10个工作日内, 15日内, 立行立改), a 注 line.
TOUR_ROWS = [
    (
        "7月10日",
        "第一检查组",
        "相思山景区",
        "水云轩玻璃桥桥面防滑条部分脱落，未设置限流提示",
        "相思山旅游开发有限公司",
        date(2024, 7, 11),
        "10个工作日内",
        "更换防滑条，设置限流公示牌",
        "已完成",
        date(2024, 7, 19),
    ),
    (
        "7月10日",
        "第一检查组",
        "相思山景区",
        "山庄餐饮区燃气管道穿越可燃吊顶，未安装燃气泄漏报警器",
        "相思山旅游开发有限公司",
        date(2024, 7, 11),
        "2024年7月31日前",
        "拆除吊顶段管道改为明装",
        "正在施工",
        None,
    ),
    (
        "7月12日",
        "第二检查组",
        "金嗓子KTV",
        "KTV包厢区消防通道被杂物阻塞并从内部反锁，灭火器过期",
        "濮阳市金嗓子娱乐有限公司",
        date(2024, 7, 12),
        "5个工作日内",
        "清理通道，更换灭火器",
        "已完成",
        date(2024, 7, 15),
    ),
    (
        "7月12日",
        "第二检查组",
        "青禾研学基地",
        "开展研学旅行未对线路进行安全评估，未制定应急预案",
        "濮阳市青禾研学旅行服务有限公司",
        date(2024, 7, 12),
        "7月20日前",
        "",
        "",
        None,
    ),
    (
        "7月16日",
        "第三检查组",
        "全市旅行社",
        "旅游包车“五不租”制度落实不到位，部分包车协议未载明驾驶员信息",
        "市文广新局",
        date(2024, 7, 16),
        "8月底前",
        "组织旅行社自查，下发规范包车协议文本",
        "部分完成",
        None,
    ),
    (
        "7月16日",
        "第三检查组",
        "龙湖游船码头",
        "游船救生衣数量不足，部分救生衣系带断裂",
        "濮阳市龙湖游船有限公司",
        date(2024, 7, 16),
        "立行立改",
        "补配救生衣120件",
        "已完成",
        date(2024, 7, 16),
    ),
    (
        "7月18日",
        "第三检查组",
        "市博物馆",
        "展厅应急照明灯部分损坏，安全出口指示不清",
        "濮阳市博物馆",
        date(2024, 7, 18),
        "15日内",
        "维修更换应急照明",
        "未整改",
        None,
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 12, 14, 36, 24, 12, 14, 24, 10, 12])
    b.line(ws, 0, "2024年暑期文化和旅游市场安全联合检查问题整改台账", 11, b.title)
    b.line(ws, 1, "填报单位：市文广新局市场管理科            填报时间：2024年7月30日", 11)
    heads = ["序号", "检查时间", "检查组", "检查对象", "存在问题", "责任单位", "交办日期", "整改时限"]
    for c, word in enumerate(heads):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实情况", b.head)
    b.header(ws, 3, ["整改措施", "完成情况", "完成时间"], first=8)
    for i, row in enumerate(TOUR_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    last = 4 + len(TOUR_ROWS)
    b.line(ws, last, "注：完成情况填写“已完成”“部分完成”“正在施工”“未整改”；完成时间填写实际完成日期。", 11)
    b.line(ws, last + 1, "填表人：              联系电话：", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 关于巡察整改进展情况的通报, after a city 卫生健康委员会党委's 通报 (巡察反馈问题整改进展情况; (一)反馈问题: …
# 1.政治意识不够强 整改状态：完成 整改情况：一是…二是…; 2.… 整改状态：阶段性完成):
# http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html
# A .doc (Word 97 via LibreOffice), no table: title, an opening paragraph, (一)(二)(三) 反馈问题 headings, numbered
# problems each followed by 整改状态, 责任科室 (sections of the hospital) with 整改时限, and 整改情况 lines.
PATROL = [
    (
        "（一）反馈问题：落实党委领导下的院长负责制不够到位",
        [
            (
                "1.党委会前置研究讨论重大事项把关不严，个别大额设备采购未经党委会研究",
                "完成",
                "党委办公室",
                "2024年6月底前",
                "一是修订《党委会议事规则》，明确前置研究事项清单；二是对2023年以来大额采购事项逐项复核。",
            ),
            (
                "2.医疗质量安全核心制度落实不到位，部分病区疑难病例讨论记录缺失",
                "阶段性完成",
                "医务部",
                "2024年9月30日前",
                "已开展核心制度专项督查2轮，正在补齐讨论记录并纳入科室考核。",
            ),
        ],
    ),
    (
        "（二）反馈问题：群众身边不正之风和腐败问题整治不够有力",
        [
            (
                "3.医疗服务价格执行不规范，存在重复收取一次性耗材费用问题",
                "完成",
                "财务科、物价办",
                "2024年7月15日前",
                "已退还患者重复收费，完成收费项目全面自查。",
            ),
            (
                "4.药品耗材集中带量采购执行率偏低，个别科室仍在使用非中选产品",
                "阶段性完成",
                "药学部",
                "7月底前完成非中选产品清理，年底前中选产品使用率达到90%以上",
                "非中选产品清理已完成，中选产品使用率提升至82%。",
            ),
            (
                "5.医德医风教育流于形式，收受患者“红包”问题专项治理覆盖不全",
                "长期坚持",
                "纪检监察室",
                "长期坚持",
                "每季度开展一次医德医风专题教育，持续接受群众监督。",
            ),
        ],
    ),
    (
        "（三）反馈问题：上轮巡察和审计发现问题整改不彻底",
        [
            (
                "6.院区消防控制室值班人员持证不足，夜间存在单人值守",
                "未启动",
                "保卫科",
                "2024年8月31日前",
                "",
            ),
            (
                "7.内部审计指出的基建项目结算审核滞后问题未按期整改",
                "阶段性完成",
                "审计科、基建科",
                "2024年10月底前",
                "已委托第三方完成2个项目结算审核，其余3个项目正在审核。",
            ),
        ],
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "中共濮阳市第三人民医院委员会关于巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月12日至5月10日，市委第四巡察组对濮阳市第三人民医院党委开展了巡察，并于5月28日"
        "反馈了巡察意见。按照巡察工作有关要求，现将截至2024年7月底的整改进展情况予以公布。",
    )
    _paragraph(doc, "一、组织整改落实情况", 16, "黑体")
    _paragraph(
        doc,
        "医院党委成立巡察整改工作领导小组，逐项明确责任领导与责任科室，每月召开专题会议调度整改进展。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", 16, "黑体")
    for heading, items in PATROL:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for problem, state, office, limit, done in items:
            _paragraph(doc, problem)
            _paragraph(doc, f"整改状态：{state}")
            _paragraph(doc, f"责任科室：{office}　　整改时限：{limit}")
            if done:
                _paragraph(doc, f"整改情况：{done}")
    _paragraph(doc, "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-8812345。")
    _paragraph(doc, "中共濮阳市第三人民医院委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "关于巡察整改进展情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 节前特种设备安全大检查 hazards, after a city 质监局's 节前特种设备安全生产大检查 (锅炉、压力容器、电梯、起重机械、
# 场内机动车辆; 对检查中发现的隐患问题下达《特种设备安全监察指令书》, 责令隐患单位限期整改):
# http://www.weee.cc/info/detail.php?id=5736+
# A CSV in GBK: title and 填报单位 lines (the former name 市质监局), one header row with 隐患所在单位 and the
# 监管责任单位, 交办日期 and relative deadlines (15个工作日内, 立行立改), a 复查人, a 合计 row and a 注 on counting.
TZ_ROWS = [
    (
        "TZ-2024-031",
        "濮阳市中原大酒店",
        "电梯",
        "客梯超过检验有效期仍在使用",
        "2024-07-08",
        "15个工作日内",
        "市质监局",
        "已停用并完成定期检验，复查合格",
        "孙伟",
    ),
    (
        "TZ-2024-032",
        "濮阳市第一中学",
        "锅炉",
        "学生浴室燃气锅炉操作人员无证上岗",
        "2024-07-08",
        "2024.7.20",
        "市教育局",
        "已安排2名司炉工参加培训取证，考试时间待定",
        "孙伟",
    ),
    (
        "TZ-2024-033",
        "濮阳市中医医院",
        "压力容器",
        "医用氧气储罐安全阀未按期校验",
        "2024-07-09",
        "7月底前",
        "市卫健委",
        "",
        "",
    ),
    (
        "TZ-2024-034",
        "龙湖游乐园",
        "大型游乐设施",
        "过山车安全压杠锁紧装置磨损，日常检查记录缺失",
        "2024-07-10",
        "立行立改",
        "市质监局",
        "已停运更换锁紧装置，复查合格",
        "周静",
    ),
    (
        "TZ-2024-035",
        "濮阳华龙建安集团有限公司",
        "建筑起重机械",
        "在建项目塔式起重机未办理使用登记",
        "2024-07-11",
        "10个工作日内",
        "市住建局",
        "未整改",
        "周静",
    ),
    (
        "TZ-2024-036",
        "濮阳市恒通物流有限公司",
        "场（厂）内专用机动车辆",
        "仓库叉车未经定期检验，驾驶人员未持证",
        "2024-07-15",
        "2024.8.15",
        "市市场监管局",
        "已停用叉车2台，正在申报检验",
        "孙伟",
    ),
    (
        "TZ-2024-037",
        "市燃气有限公司储配站",
        "压力管道",
        "储配站压力管道未进行年度检查，部分管道标识缺失",
        "2024-07-15",
        "8月10日前",
        "市质监局",
        "正在开展管道年度检查",
        "周静",
    ),
    (
        "TZ-2024-038",
        "濮阳市华联商厦",
        "自动扶梯",
        "自动扶梯梳齿板断齿，急停按钮标识不清",
        "2024-07-16",
        "5个工作日内",
        "市市场监管局",
        "已更换梳齿板并张贴急停标识，复查合格",
        "孙伟",
    ),
]


def write_lift(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = 11
    w.writerow(["节前特种设备安全大检查隐患交办整改情况统计表"] + [""] * (width - 1))
    w.writerow(
        [
            "填报单位：市质监局特种设备安全监察科",
            "",
            "",
            "",
            "",
            "",
            "",
            "统计截止：2024年7月31日",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "序号",
            "交办编号",
            "隐患所在单位",
            "设备类别",
            "隐患描述",
            "交办日期",
            "整改期限",
            "监管责任单位",
            "整改情况",
            "复查人",
            "备注",
        ]
    )
    for i, row in enumerate(TZ_ROWS, 1):
        w.writerow([i, *row, ""])
    w.writerow(["合计", "", "交办隐患8条", "", "", "", "", "", "已整改复查合格3条", "", ""])
    w.writerow(["注：整改期限为“××个工作日内”的，自交办日期次日起计算。"] + [""] * (width - 1))
    w.writerow(["填表人：李娜", "", "", "复核：赵刚", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 责任督学挂牌督导发现问题整改, after a school's rules for 责任督学挂牌督导问责 (责任督学书面提出整改问题的建议意见,
# 要求学校限期整改; 分管领导牵头责任部门按要求整改; 整改到位后形成整改报告上报责任督学):
# http://nhfls.com.cn/2018/0107/c84a1419/page.htm
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是否整改到位 merged over 是/否 (ticks), the 责任督学
# (the inspector) beside the school, 牵头校领导 and 责任部门, a 填表说明 and a signature line.
EDU_ROWS = [
    (
        "濮阳市实验小学",
        "李文华",
        "教学楼三楼走廊护栏高度不足1.1米",
        "加高护栏至1.2米",
        "王副校长",
        "总务处",
        "6月30日前完成",
        "√",
        "",
        "已上报整改报告",
    ),
    (
        "濮阳市第四中学",
        "李文华",
        "学生课外作业总量超标，未建立作业公示制度",
        "建立作业统筹公示制度",
        "张副校长",
        "教务处",
        "2024年5月31日前",
        "√",
        "",
        "已上报整改报告",
    ),
    (
        "濮阳市绿城路小学",
        "赵敏",
        "食堂2名从业人员健康证过期仍在岗",
        "调离岗位，补办健康证",
        "刘副校长",
        "后勤处",
        "2024.6.15",
        "",
        "√",
        "2人已调离岗位，健康证正在补办",
    ),
    (
        "濮阳市第七中学",
        "赵敏",
        "校门口上下学时段交通拥堵，未设置护学岗",
        "协调交警设立护学岗",
        "陈副校长",
        "政教处",
        "7月底前",
        "",
        "√",
        "",
    ),
    (
        "濮阳市特殊教育学校",
        "孙丽",
        "无障碍设施不完善，宿舍楼未设置无障碍坡道",
        "增设无障碍坡道和扶手",
        "周副校长",
        "总务处",
        "2024年8月25日前",
        "",
        "√",
        "已完成设计，施工队已进场",
    ),
    (
        "濮阳市第二高级中学",
        "孙丽",
        "心理健康教育专职教师配备不足，心理咨询室未按时开放",
        "配齐专职心理教师",
        "马副校长",
        "德育处",
        "2024年9月1日前",
        "",
        "",
        "",
    ),
    (
        "濮阳市机关幼儿园",
        "刘畅",
        "大型玩具未定期检查，滑梯底部防护垫破损",
        "更换防护垫，建立玩具检查台账",
        "杨副园长",
        "保教处",
        "7月15日前",
        "√",
        "",
        "已上报整改报告",
    ),
]


def write_edu(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "2024年春季学期责任督学挂牌督导发现问题整改情况汇总表", title, 0, 10),
        (1, 0, "填报单位：市教育局教育督导室            填报日期：2024年7月25日", plain, 1, 10),
    ]
    heads = [
        "序号",
        "学校（责任单位）",
        "责任督学",
        "督导发现问题",
        "整改建议",
        "牵头校领导",
        "责任部门",
        "整改时限",
    ]
    for c, word in enumerate(heads):
        cells.append((2, c, word, head, 3, c))
    cells.append((2, 8, "是否整改到位", head, 2, 9))
    cells.append((3, 8, "是", head))
    cells.append((3, 9, "否", head))
    cells.append((2, 10, "整改报告上报情况", head, 3, 10))
    for i, row in enumerate(EDU_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (8, 9) else cell))
    r = 4 + len(EDU_ROWS)
    cells.append(
        (
            r,
            0,
            "填表说明：1.“是否整改到位”在相应栏内划“√”；2.整改时限以责任督学书面整改建议书为准。",
            plain,
            r,
            10,
        )
    )
    cells.append((r + 1, 0, "填表人：              审核人：              联系电话：", plain, r + 1, 10))
    return _write_xls(path, [("汇总表", cells)])


# ---------------------------------------------------------------------------------------------
# 8. 物业小区突出问题专项整治巡查验收, after a city 国土资源和房产管理局's 通报 of its second round (第一轮巡查中下发整改
# 通知书的38个小区进行第二轮巡查验收; 值班人员在岗在位, 环境卫生; 对存在问题未进行有效整改; 牛皮癣小广告、私拉乱接电线):
# https://bbs.hichuzhou.com/thread-882514-1-1.html
# An .xlsx: title, 填报单位 line (the former name 市房产管理局) with the 巡查时间, one header row, a 第二轮验收结果
# column that closes items, a 合计 row and a 备注 line.
ESTATE_ROWS = [
    (
        "华龙区",
        "清流丽景小区",
        "濮阳市安泰物业服务有限公司",
        "楼道私拉乱接电线为电动车充电，牛皮癣小广告未清理",
        "2024年7月10日前",
        "未进行有效整改",
        "列入第三轮巡查",
    ),
    (
        "华龙区",
        "左岸香颂小区",
        "濮阳市左岸物业管理有限公司",
        "门岗夜间无人值守，值班人员不在岗",
        "2024年7月10日前",
        "验收合格",
        "",
    ),
    (
        "开发区",
        "成业家园",
        "濮阳市成业物业服务有限公司",
        "地下车库消防通道堆放杂物，照明灯损坏",
        "7月10日前",
        "部分整改，照明已修复，杂物仍未清理",
        "",
    ),
    (
        "开发区",
        "银花南苑",
        "濮阳市银花物业服务有限公司",
        "垃圾桶破损、垃圾清运不及时，小区环境卫生差",
        "7月10日前",
        "验收合格",
        "",
    ),
    (
        "示范区",
        "湖心路小区",
        "濮阳市湖心物业服务有限公司",
        "二次供水水箱未定期清洗消毒",
        "7月12日前",
        "未进行有效整改",
        "列入第三轮巡查",
    ),
    (
        "华龙区",
        "市直机关公房小区",
        "市房管局",
        "老旧楼院路灯不亮，绿化带荒芜",
        "7月12日前",
        "部分整改，路灯已修复，绿化带尚未补植",
        "直管公房",
    ),
    (
        "示范区",
        "锦绣华庭",
        "濮阳市锦绣物业服务有限公司",
        "电梯轿厢内未张贴维保信息和应急电话",
        "7月10日前",
        "验收合格",
        "",
    ),
    (
        "开发区",
        "阳光花园",
        "濮阳市阳光物业服务有限公司",
        "业主公共收益未按规定公示",
        "7月12日前",
        "",
        "未到场验收",
    ),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("第二轮验收")
    b.widths(ws, [6, 10, 18, 28, 40, 16, 30, 16])
    b.line(ws, 0, "物业小区突出问题专项整治第二轮巡查验收情况表", 7, b.title)
    b.line(ws, 1, "填报单位：市房产管理局物业管理科            巡查时间：2024年7月15日—7月19日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "所属区",
            "小区名称",
            "整改责任单位",
            "第一轮巡查发现问题",
            "整改时限",
            "第二轮验收结果",
            "备注",
        ],
    )
    for i, row in enumerate(ESTATE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(ESTATE_ROWS)
    b.row(
        ws,
        r,
        ["合计", "", "8个小区", "", "", "", "验收合格3个，部分整改2个，未有效整改2个，未验收1个", ""],
    )
    b.line(ws, r + 1, "备注：第二轮验收仍不合格的小区，将开展第三轮巡查验收，并约谈物业服务企业。", 7)
    b.line(ws, r + 2, "填表人：              审核人：              填报日期：2024年7月24日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 根治欠薪问题线索双交办督办台账, after a city 人社局's account of 根治欠薪 (接收全国服务平台根治欠薪问题线索, 核查,
# 化解; 重大欠薪问题线索实行“双交办”, 发督办函; 信访交办、接待受理; 住建、交通、水务等部门联合):
# http://slshajunguo.com/xt/2022-04/26/content_846339.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 线索来源, 交办日期, 办结时限 (N个工作日内)
# and 承办单位 (former names 市劳动保障局, 市水务局), a 是否办结 column, a 合计 row and a 注 on counting.
WAGE_ROWS = [
    (
        "QX202407001",
        "全国根治欠薪线索反映平台",
        "濮阳市鑫源建筑劳务有限公司",
        "龙湖湾安置房项目拖欠23名农民工工资",
        23,
        41.6,
        date(2024, 7, 2),
        "10个工作日内",
        "市住建局",
        "已督促总包单位通过工资专用账户代发，23人工资全部结清",
        "是",
    ),
    (
        "QX202407002",
        "12345热线",
        "濮阳市宏达服装有限公司",
        "拖欠车间工人5月、6月工资",
        37,
        28.3,
        date(2024, 7, 3),
        "10个工作日内",
        "市劳动保障局",
        "已下达劳动保障监察责令改正决定书，企业承诺分两期支付",
        "否",
    ),
    (
        "QX202407003",
        "信访交办",
        "金堤河治理工程二标段",
        "水利工程项目拖欠机械租赁人员工资",
        12,
        15.2,
        date(2024, 7, 5),
        "2024.7.19",
        "市水务局",
        "",
        "否",
    ),
    (
        "QX202407004",
        "全国根治欠薪线索反映平台",
        "清丰县顺捷物流有限公司",
        "拖欠货车驾驶员工资及加班费",
        8,
        6.5,
        date(2024, 7, 8),
        "15个工作日内",
        "清丰县人力资源和社会保障局",
        "经核查，劳动者已通过劳动仲裁解决，线索办结",
        "是",
    ),
    (
        "QX202407005",
        "12345热线",
        "濮阳市恒远公路工程有限公司",
        "国道改建项目拖欠桥梁施工班组工资",
        19,
        33.8,
        date(2024, 7, 10),
        "7月底前",
        "市交通局",
        "已约谈施工企业负责人，正在核对工资表",
        "否",
    ),
    (
        "QX202407006",
        "全国根治欠薪线索反映平台",
        "南乐县惠民超市",
        "拖欠营业员2个月工资",
        4,
        1.9,
        date(2024, 7, 15),
        "10个工作日内",
        "南乐县人力资源和社会保障局",
        "已结清",
        "是",
    ),
    (
        "QX202407007",
        "信访交办",
        "范县康源食品有限公司",
        "企业停产后拖欠45名工人工资",
        45,
        62.0,
        date(2024, 7, 22),
        "15个工作日内",
        "范县人力资源和社会保障局",
        "",
        "",
    ),
    (
        "QX202407008",
        "12345热线",
        "濮阳市锦程物业服务有限公司",
        "拖欠小区保安人员工资",
        6,
        3.2,
        date(2024, 7, 24),
        "5个工作日内",
        "市人社局",
        "已立案调查，正在调取考勤和工资发放记录",
        "否",
    ),
]


def write_wage_book(path: Path) -> Path:
    b = Book(path, author="市治欠办")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 14, 16, 24, 30, 8, 10, 12, 12, 22, 36, 8])
    b.line(ws, 0, "根治欠薪问题线索双交办督办台账（2024年7月）", 11, b.title)
    b.line(ws, 1, "填报单位：市根治拖欠农民工工资工作领导小组办公室            更新日期：2024年7月30日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "线索编号",
            "线索来源",
            "被反映单位",
            "反映问题",
            "涉及人数",
            "金额（万元）",
            "交办日期",
            "办结时限",
            "承办单位",
            "核查处理情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(WAGE_ROWS)
    people = sum(row[4] for row in WAGE_ROWS)
    money = round(sum(row[5] for row in WAGE_ROWS), 1)
    b.row(ws, r, ["合计", "", "", "", "", people, money, "", "", "", "", ""])
    b.line(ws, r + 1, "注：办结时限自交办日期次日起计算，遇法定节假日顺延。", 11)
    return b.close()


def write_wage(path: Path) -> Path:
    via_soffice(write_wage_book, path, "ods", "根治欠薪问题线索双交办督办台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 养老机构安全检查发现问题整改, after a county 民政局's 养老机构安全检查 (消防设施、院务管理、食品安全; 实地查看消防
# 监控室、安全出口; 房屋楼体结构是否存在隐患, 消防设施器材是否完好有效, 消防通道是否畅通):
# http://www.huadongxww.com/zixun/20231206/105353.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with 责任单位（养老机构） and 检查类别, ending in a
# 合计 row, a 填表说明 and signature lines.
CARE_ROWS = [
    (
        "濮阳市社会福利院",
        "消防设施",
        "消防监控室值班人员未持证上岗",
        "安排2名值班人员参加消防设施操作员培训",
        "2024年8月31日前",
        "已报名参加8月份培训",
    ),
    (
        "濮阳市颐和养老中心",
        "院务管理",
        "老年人入院评估记录不完整，部分护理等级未动态调整",
        "重新开展老年人能力评估",
        "7月20日前",
        "已完成评估并调整护理等级，已整改",
    ),
    (
        "柳屯镇中心敬老院",
        "房屋安全",
        "东侧平房屋面渗漏，墙体出现裂缝",
        "委托房屋安全鉴定并维修",
        "2024年9月30日前",
        "未整改",
    ),
    (
        "濮阳市康乐老年公寓",
        "食品安全",
        "食堂留样不足48小时，无留样记录",
        "配备留样柜，建立留样台账",
        "7月15日前",
        "已整改到位",
    ),
    (
        "濮阳市夕阳红养护院",
        "消防设施",
        "安全出口被床铺遮挡，疏散通道宽度不足",
        "调整房间床位布局",
        "7月10日前",
        "正在调整房间布局，已腾退床位6张",
    ),
    ("濮阳市福寿园养老院", "院务管理", "未与入住老人签订服务合同", "补签服务合同", "8月底前", ""),
    (
        "濮阳市社会福利院",
        "食品安全",
        "厨房燃气灶具未安装熄火保护装置",
        "更换带熄火保护装置的灶具",
        "2024.8.15",
        "灶具已采购，正在安装",
    ),
]


def write_care_docx(path: Path) -> Path:
    doc = _new_document("养老服务科")
    _title(doc, "全市养老机构安全检查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：市民政局养老服务科（盖章）        填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CARE_ROWS, 1)]
    body.append(["合计", "共检查养老机构29家", "", "发现问题7个，已整改2个", "", "", ""])
    _table(
        doc,
        ["序号", "责任单位（养老机构）", "检查类别", "存在问题", "整改措施", "整改期限", "整改完成情况"],
        body,
    )
    _paragraph(doc, "填表说明：整改完成情况栏填写已整改、正在整改或未整改，并简要说明进展。", 12)
    _paragraph(doc, "填表人：              审核人：              联系电话：", 12)
    return _save_fixed(doc, path)


def write_care(path: Path) -> Path:
    return via_soffice(write_care_docx, path, "doc", "养老机构安全检查发现问题整改情况表.docx")


FILES = [
    ("农村饮水安全问题排查整改台账（两个镇）.zip", write_water),
    ("市交通运输局领导班子隐形变异作风问题查找及整改清单.docx", write_style),
    ("消防安全集中除患攻坚大整治发现问题整改情况表.et", write_fire),
    ("暑期文旅市场安全联合检查问题整改台账.xlsx", write_tour),
    ("关于巡察整改进展情况的通报（市第三人民医院）.doc", write_patrol),
    ("节前特种设备安全大检查隐患交办整改情况.csv", write_lift),
    ("责任督学挂牌督导发现问题整改情况汇总表.xls", write_edu),
    ("物业小区突出问题专项整治第二轮巡查验收情况.xlsx", write_estate),
    ("根治欠薪问题线索双交办督办台账（7月）.ods", write_wage),
    ("养老机构安全检查发现问题整改情况表.wps", write_care),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

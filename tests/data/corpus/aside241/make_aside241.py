"""Write the aside241 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产大排查 (工贸、危化品、建筑施工、人员密集场所), with enterprises' self-check tables and departments'
law-enforcement check tables.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside241.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.label = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 大型商超等人员密集场所安全隐患专项整治, after a county 安委办's month-long 专项整治 of 大型商超、影剧院、网吧、
# 宾馆、车站、医院、澡堂 (排查制热制冷设备、锅炉烟道破损、排烟口与新风进气口间距不足; 特种设备、燃气、消防; 明确责任
# 单位、责任人，限期督促整改; 重大事故隐患挂牌督办; 建立“底数清单、排查清单、隐患清单、整改清单和责任清单”):
# https://yjt.zj.gov.cn/art/2021/8/27/art_1228985955_59066234.html
# An .xlsx of two sheets: a 底数清单 (the venues, with the number of hazards found; no problems) and a 隐患整改清单
# whose two-row header groups the columns under 隐患清单 / 整改清单 / 责任清单, 立行立改 counted from the row's
# 排查时间, a 说明 line and a signature line.
VENUES = [
    ("濮阳市惠民购物广场", "大型商超", "胜利路与京开大道交叉口", "区商务局", "胜利路街道", 2),
    ("华龙区星光国际影城", "影剧院", "开州路中段恒丰广场四楼", "区文化广电和旅游局", "开州路街道", 1),
    ("盛世华庭酒店", "宾馆", "中原路128号", "区商务局", "中原路街道", 1),
    ("东方假日洗浴中心", "澡堂", "黄河路与长庆路交叉口", "区商务局", "黄河路街道", 1),
    ("风帆网咖", "网吧", "大庆路东段", "区文化广电和旅游局", "大庆路街道", 1),
    ("华龙区人民医院", "医院", "任丘路中段", "区卫生健康委员会", "任丘路街道", 1),
    ("濮阳汽车客运总站", "车站", "建设路与京开大道交叉口", "区交通运输局", "建设路街道", 1),
    ("濮阳市新华书店华龙门市", "书店", "人民路中段", "区文化广电和旅游局", "人民路街道", 0),
    ("金色年华量贩KTV", "娱乐场所", "昆吾路与绿城路交叉口", "区文化广电和旅游局", "昆吾街道", 0),
]
CROWD_ROWS = [
    (
        "濮阳市惠民购物广场",
        "大型商超",
        date(2024, 7, 3),
        "地下一层超市疏散通道堆放货物，安全出口被货架遮挡",
        "一般隐患",
        "清理疏散通道，移除遮挡货架",
        "立行立改",
        "已整改",
        "濮阳市惠民购物广场有限公司",
        "王建国",
        "区商务局",
    ),
    (
        "濮阳市惠民购物广场",
        "大型商超",
        date(2024, 7, 3),
        "燃气热水锅炉烟道破损，排烟口与室内新风进气口间距不足",
        "较大隐患",
        "更换烟道，迁移排烟口",
        "2024年8月15日",
        "烟道已更换，排烟口迁移施工中",
        "濮阳市惠民购物广场有限公司",
        "王建国",
        "区商务局",
    ),
    (
        "华龙区星光国际影城",
        "影剧院",
        date(2024, 7, 5),
        "3号放映厅应急照明灯和疏散指示标志损坏",
        "一般隐患",
        "更换应急照明灯和疏散指示标志",
        "立行立改",
        "已更换",
        "濮阳星光国际影城有限公司",
        "李娜",
        "区文化广电和旅游局",
    ),
    (
        "盛世华庭酒店",
        "宾馆",
        date(2024, 7, 8),
        "后厨燃气泄漏报警装置未与紧急切断阀联动",
        "一般隐患",
        "加装报警联动切断装置",
        "2024年7月31日",
        "正在安装",
        "濮阳市盛世华庭酒店有限公司",
        "赵磊",
        "区商务局",
    ),
    (
        "东方假日洗浴中心",
        "澡堂",
        date(2024, 7, 9),
        "休息大厅吊顶采用易燃材料装修，自动喷水灭火系统不能正常运行",
        "重大隐患",
        "挂牌督办，拆除易燃装修材料，修复喷淋系统",
        "2024年9月30日",
        "已挂牌督办，停业整改中",
        "濮阳市东方假日洗浴有限公司",
        "孙浩",
        "区商务局",
    ),
    (
        "风帆网咖",
        "网吧",
        date(2024, 7, 10),
        "吧台配电箱电源线私拉乱接，未设漏电保护",
        "一般隐患",
        "规范敷设线路，加装漏电保护器",
        "7月20日前",
        "",
        "华龙区风帆网咖",
        "刘洋",
        "区文化广电和旅游局",
    ),
    (
        "华龙区人民医院",
        "医院",
        date(2024, 7, 11),
        "门诊楼地下车库未安装一氧化碳浓度报警装置",
        "一般隐患",
        "安装一氧化碳浓度报警装置并与排风联动",
        "2024年8月31日",
        "未整改",
        "濮阳市华龙区人民医院",
        "陈静",
        "区卫生健康委员会",
    ),
    (
        "濮阳汽车客运总站",
        "车站",
        date(2024, 7, 12),
        "候车大厅2部自动扶梯定期检验超期",
        "一般隐患",
        "申请特种设备定期检验",
        "2024年7月25日",
        "已检验合格",
        "濮阳市汽车客运总站有限公司",
        "周涛",
        "区交通运输局",
    ),
]


def write_crowd(path: Path) -> Path:
    b = Book(path, author="华龙区安委办")
    roster = b.sheet("底数清单")
    b.widths(roster, [6, 26, 12, 28, 20, 14, 12])
    b.line(roster, 0, "华龙区大型商超等公共场所底数清单", 6, b.title)
    b.line(roster, 1, "填报单位：华龙区安全生产委员会办公室    截至：2024年7月29日", 6)
    b.header(roster, 2, ["序号", "场所名称", "场所类型", "地址", "行业主管部门", "属地街道", "排查隐患数"])
    for i, v in enumerate(VENUES, 1):
        b.put(roster, 2 + i, 0, i, b.center)
        b.row(roster, 2 + i, list(v), first=1)

    ws = b.sheet("隐患整改清单")
    b.widths(ws, [6, 20, 10, 12, 36, 10, 28, 14, 24, 28, 8, 16])
    b.line(ws, 0, "华龙区大型商超等公共场所安全隐患专项整治隐患、整改、责任清单", 11, b.title)
    b.line(ws, 1, "填报单位：华龙区安全生产委员会办公室    填报日期：2024年7月29日", 11)
    for c, word in enumerate(["序号", "场所名称", "场所类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "隐患清单", b.head)
    b.header(ws, 3, ["排查时间", "隐患描述", "隐患等级"], first=3)
    b.merge(ws, 2, 6, 2, 8, "整改清单", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展"], first=6)
    b.merge(ws, 2, 9, 2, 11, "责任清单", b.head)
    b.header(ws, 3, ["责任单位", "责任人", "监管部门"], first=9)
    for i, row in enumerate(CROWD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CROWD_ROWS)
    b.line(
        ws,
        end,
        "说明：隐患等级分重大隐患、较大隐患、一般隐患，重大隐患一律挂牌督办；“立行立改”自排查之日起整改。",
        11,
    )
    b.line(ws, end + 1, "填表人：韩晓东    审核人：高建华    联系电话：0393-8126605", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 建筑安全生产大排查附表, after a city 城乡建委's notice on its 建筑安全生产大排查 (企业自查、区县建委和市安全总站检查、
# 市城乡建委专项督查三个层级; 每日上报《房屋建筑和市政基础设施工程安全生产大排查工作日报表》并报送附表: 填报区县
# （总站监督科）, 填报时间, 在建工程数量（个）, 企业自查工程数量（个）, 区县（或总站监督科）检查工程数量（个）):
# http://m.jinanyxls.com/information-id-4057.html
# An .xlsx: title, 填报区县/填报时间 line, the count block of the 附表 (a header row and one row of numbers), then the
# hazard list with a two-row header (排查情况 over 排查层级 and 隐患, 是否整改到位 over 是 / 否 ticks, a 备注), a 合计
# row and a signature line.
SITE_COUNTS = [
    ("在建工程数量（个）", 28),
    ("企业自查工程数量（个）", 28),
    ("区县（或总站监督科）检查工程数量（个）", 22),
    ("市站抽查工程数量（个）", 6),
    ("排查隐患（条）", 8),
    ("已整改到位（条）", 4),
]
SITE_ROWS = [
    (
        "清丰县第二实验小学教学楼工程",
        "河南清丰建工集团有限公司",
        "企业自查",
        "塔吊标准节连接螺栓松动，未按规定进行月度检查",
        "紧固螺栓，建立塔吊月检记录",
        date(2024, 7, 15),
        "√",
        "",
        "",
    ),
    (
        "清丰县人民医院门诊综合楼",
        "濮阳市第二建筑工程有限公司",
        "县局检查",
        "深基坑东侧临边防护栏杆缺失约30米",
        "补设临边防护栏杆",
        date(2024, 7, 12),
        "√",
        "",
        "已复查",
    ),
    (
        "清丰县锦绣家园3#—5#楼",
        "河南豫龙建设工程有限公司",
        "县局检查",
        "外脚手架连墙件设置不足，部分连墙件拆除后未恢复",
        "按专项方案补设连墙件",
        "7月底前",
        "",
        "√",
        "正在整改",
    ),
    (
        "清丰县锦绣家园3#—5#楼",
        "河南豫龙建设工程有限公司",
        "县局检查",
        "施工现场临时用电未执行“一机一闸一漏一箱”",
        "规范临时用电线路和开关箱",
        date(2024, 7, 20),
        "",
        "√",
        "逾期未整改，已责令局部停工",
    ),
    (
        "清丰县产业集聚区标准化厂房二期",
        "濮阳市华宇建设有限公司",
        "市站抽查",
        "高大模板支撑体系专项施工方案未经专家论证",
        "组织专家论证，论证通过前停止混凝土浇筑",
        date(2024, 8, 10),
        "",
        "√",
        "已组织专家论证，方案正在修改",
    ),
    (
        "清丰县韩村镇中心卫生院迁建工程",
        "河南中原建工有限公司",
        "企业自查",
        "施工升降机防坠安全器超过标定期限",
        "重新标定防坠安全器",
        "8月15日前",
        "",
        "",
        "",
    ),
    (
        "清丰县滨河路雨污分流改造工程",
        "濮阳市政建设集团有限公司",
        "县局检查",
        "沟槽开挖深度超过3米未按方案放坡支护",
        "按方案放坡并设置支护",
        date(2024, 7, 9),
        "√",
        "",
        "",
    ),
    (
        "清丰县城关镇安置小区二期",
        "清丰县宏达建筑安装有限公司",
        "市站抽查",
        "项目专职安全员未到岗，三级安全教育记录缺失",
        "配齐专职安全员，补齐三级安全教育",
        "",
        "√",
        "",
        "",
    ),
]


def write_sites(path: Path) -> Path:
    b = Book(path, author="清丰县住建局质安站")
    ws = b.sheet("附表")
    b.widths(ws, [6, 28, 24, 10, 36, 28, 12, 6, 6, 26])
    b.line(ws, 0, "房屋建筑和市政基础设施工程安全生产大排查隐患整改情况附表", 9, b.title)
    b.line(ws, 1, "填报区县（总站监督科）：清丰县住房和城乡建设局    填报时间：2024年7月29日", 9)
    # the 附表 count block: six labels over one row of numbers
    spans = [(0, 1), (2, 2), (3, 4), (5, 5), (6, 7), (8, 9)]
    for (first, last), (label, number) in zip(spans, SITE_COUNTS, strict=True):
        b.merge(ws, 2, first, 2, last, label, b.head)
        b.merge(ws, 3, first, 3, last, number, b.center)
    b.line(ws, 4, "隐患整改明细", 9, b.book.add_format({"bold": True, "valign": "vcenter"}))
    for c, word in enumerate(["序号", "工程名称", "施工单位"]):
        b.merge(ws, 5, c, 6, c, word, b.head)
    b.merge(ws, 5, 3, 5, 4, "排查情况", b.head)
    b.header(ws, 6, ["排查层级", "排查发现隐患"], first=3)
    b.merge(ws, 5, 5, 6, 5, "整改措施", b.head)
    b.merge(ws, 5, 6, 6, 6, "整改期限", b.head)
    b.merge(ws, 5, 7, 5, 8, "是否整改到位", b.head)
    b.header(ws, 6, ["是", "否"], first=7)
    b.merge(ws, 5, 9, 6, 9, "备注", b.head)
    for i, row in enumerate(SITE_ROWS, 1):
        r = 6 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 7, 8) else None)
    end = 7 + len(SITE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "在建工程28个，排查隐患8条，已整改到位4条", b.cell)
    b.line(ws, end + 2, "填表人：郑晓光    审核人：魏建设    联系电话：0393-7221438", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 整改复查意见, after a city 安全生产执法 system's 复查意见管理 view (检查编号、被检查单位、存在问题、提出意见、
# 整改完毕日期、现场照片、执法人员与证号 (two)、被检查单位负责人):
# https://github.com/wuyufei2019/JSLYG/blob/93c4f8da81cecb7b71c2d47951a829dbf37c9bcc/src/main/webapp/WEB-INF/webpage/modules/aqzf/fcyj/view.jsp
# An .xlsx exported one record after the other: each 复查意见 is a card of label/value rows in that view's own
# labels (整改完毕日期 filled only when the 复查 found the hazard closed), a blank row between cards, a title and an
# 执法单位 line at the top.
REVIEW_CARDS = [
    (
        "濮县应急复〔2024〕031号",
        "濮阳县宏达精细化工有限公司",
        "甲类仓库内可燃气体检测报警仪未定期检定",
        "该隐患已整改完毕，报警仪已送检合格，同意销号。",
        "2024年7月9日",
        ("张伟", "豫应急执41092201"),
        ("孟涛", "豫应急执41092206"),
        "李强",
    ),
    (
        "濮县应急复〔2024〕032号",
        "濮阳县鑫源金属制品有限公司",
        "抛光打磨工位除尘系统未采用防爆型电机",
        "经复查，已更换防爆电机2台，剩余1台尚未到货，责令于2024年8月5日前整改完毕。",
        "",
        ("张伟", "豫应急执41092201"),
        ("孟涛", "豫应急执41092206"),
        "王志刚",
    ),
    (
        "濮县应急复〔2024〕033号",
        "濮阳县顺达冷链物流有限公司",
        "液氨制冷机房氨气浓度报警装置未与事故排风机联动",
        "该隐患已整改完毕，联动试验正常，同意销号。",
        "2024年7月15日",
        ("刘艳", "豫应急执41092203"),
        ("郭亮", "豫应急执41092209"),
        "陈晓峰",
    ),
    (
        "濮县应急复〔2024〕034号",
        "濮阳县恒昌纸业有限公司",
        "有限空间作业未执行“先通风、再检测、后作业”，未配备气体检测仪",
        "经复查，该单位未进行整改，已依法立案查处，责令于2024年8月10日前改正。",
        "",
        ("刘艳", "豫应急执41092203"),
        ("郭亮", "豫应急执41092209"),
        "赵红军",
    ),
    (
        "濮县应急复〔2024〕035号",
        "濮阳县华兴建材有限公司",
        "煤气发生炉区域未设置一氧化碳报警装置",
        "该隐患已整改完毕，同意销号。",
        "2024年7月22日",
        ("张伟", "豫应急执41092201"),
        ("孟涛", "豫应急执41092206"),
        "杨建民",
    ),
    (
        "濮县应急复〔2024〕036号",
        "濮阳县金穗面粉有限公司",
        "清理车间粉尘积尘厚度超过规定，未建立粉尘清扫制度",
        "经复查，积尘已清理，清扫制度正在制定，责令于2024年7月31日前整改完毕。",
        "",
        ("刘艳", "豫应急执41092203"),
        ("郭亮", "豫应急执41092209"),
        "吴秀英",
    ),
    (
        "濮县应急复〔2024〕037号",
        "濮阳县永安危险化学品储运有限公司",
        "储罐区防火堤内排水阀常开，未落实专人管理",
        "该隐患已当场改正，排水阀已关闭并落实专人管理，同意销号。",
        "2024年7月24日",
        ("张伟", "豫应急执41092201"),
        ("孟涛", "豫应急执41092206"),
        "周海涛",
    ),
]


def write_review(path: Path) -> Path:
    b = Book(path, author="濮阳县应急管理局执法大队")
    ws = b.sheet("复查意见")
    b.widths(ws, [18, 30, 10, 22])
    b.line(ws, 0, "整改复查意见汇总（2024年7月）", 3, b.title)
    b.line(ws, 1, "执法单位：濮阳县应急管理局综合行政执法大队    导出时间：2024年7月30日", 3)
    r = 3
    for number, unit, problem, opinion, done, first, second, head in REVIEW_CARDS:
        for label, value in (
            ("检查编号：", number),
            ("被检查单位：", unit),
            ("存在问题：", problem),
            ("提出意见：", opinion),
            ("整改完毕日期：", done),
        ):
            b.put(ws, r, 0, label, b.label)
            b.merge(ws, r, 1, r, 3, value, b.cell)
            r += 1
        for name, card in (first, second):
            b.put(ws, r, 0, "执法人员：", b.label)
            b.put(ws, r, 1, name)
            b.put(ws, r, 2, "证号：", b.label)
            b.put(ws, r, 3, card)
            r += 1
        b.put(ws, r, 0, "被检查单位负责人：", b.label)
        b.merge(ws, r, 1, r, 3, head, b.cell)
        r += 2
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 粉尘涉爆企业隐患检查/自查表, after a county's 附件 for its 粉尘涉爆企业 checks (企业名称、地址、总人数、法人代表、
# 安全负责人; 企业涉及的可燃粉尘种类及安全状况信息: 所属行业、产品、可燃粉尘种类、爆炸下限、作业区域面积、作业人数、
# 除尘系统 干式布袋/旋风/湿式/未选用防爆安全除尘设备/无配置除尘设备; 隐患检查/自查情况: 序号、项目、安全要求、
# 安全要求依据、存在问题、整改措施, the 项目 merged over its numbered 安全要求):
# https://chaojikaoba.cn/doc/4pfqhloy0q
# An .xls (xlwt): one enterprise's own self-check; the information block with a √ under the 除尘系统 kind, the check
# table in which rows with 存在问题 “无” are checks passed, deadline and progress written in the 整改措施 sentence
# (“立即” counts from the 自查日期), the signature and 盖章 lines.
DUST_CHECKS = [
    (
        "1",
        "建（构）筑物",
        [
            (
                "1.1",
                "粉尘爆炸危险场所厂房建（构）筑物的防火安全必须经消防部门验收合格",
                "《中华人民共和国消防法》",
                "无",
                "",
            ),
            (
                "1.2",
                "粉尘爆炸危险场所设置在单层厂房的，屋顶应当采用轻型结构；设置在多层厂房内的，应当采用框架结构",
                "《粉尘防爆安全规程》（GB 15577）",
                "木工砂光打磨工序设在二层砖混结构厂房内",
                "将砂光打磨工序迁至一层单层厂房，新厂房正在装修，9月底前完成搬迁",
            ),
            (
                "1.3",
                "厂房内存在粉尘爆炸危险的区域不得设置办公室、休息室",
                "《建筑设计防火规范》（GB 50016）",
                "砂光车间东侧隔出员工休息室",
                "立即拆除休息室，已于7月10日拆除完毕",
            ),
        ],
    ),
    (
        "2",
        "除尘系统",
        [
            (
                "2.1",
                "除尘系统应按工艺分片设置，不同防火分区的除尘系统不得互联互通",
                "《粉尘防爆安全规程》（GB 15577）",
                "无",
                "",
            ),
            (
                "2.2",
                "干式除尘器应设置在厂房建筑物外部，采用负压吸尘方式",
                "《工贸企业粉尘防爆安全规定》",
                "布袋除尘器设置在砂光车间内",
                "8月31日前将布袋除尘器移至室外",
            ),
            (
                "2.3",
                "除尘器应当采取泄爆、隔爆、抑爆等控爆措施",
                "《粉尘防爆安全规程》（GB 15577）",
                "布袋除尘器未设置泄爆口",
                "加装泄爆片，8月底前完成，泄爆片已订货",
            ),
        ],
    ),
    (
        "3",
        "电气设备",
        [
            (
                "3.1",
                "粉尘爆炸危险场所电气设备、照明应符合防爆要求",
                "《爆炸性环境》（GB 12476）",
                "砂光车间照明灯具为普通型",
                "更换为粉尘防爆型灯具（已完成）",
            ),
        ],
    ),
    (
        "4",
        "粉尘清扫",
        [
            (
                "4.1",
                "应及时规范清扫粉尘，不得使用压缩空气吹扫方式",
                "《工贸企业粉尘防爆安全规定》",
                "使用压缩空气吹扫设备表面积尘",
                "改用负压吸尘清扫，建立每班清扫记录，长期坚持",
            ),
        ],
    ),
    (
        "5",
        "安全管理",
        [
            (
                "5.1",
                "应建立粉尘防爆安全管理制度和粉尘清扫制度",
                "《工贸企业粉尘防爆安全规定》",
                "无",
                "",
            ),
            (
                "5.2",
                "应对粉尘作业人员开展粉尘防爆专项安全培训",
                "《工贸企业粉尘防爆安全规定》",
                "未对涉粉作业人员开展粉尘防爆专项培训",
                "7月25日前组织全员专项培训，7月18日已培训32人次，培训完成",
            ),
        ],
    ),
]


def _dust_info(h, c, ctr) -> list[tuple]:
    return [
        (2, 0, "企业名称", h),
        (2, 1, "清丰县恒泰家具有限公司", c, 2, 2),
        (2, 3, "地址", h),
        (2, 4, "清丰县产业集聚区家居大道东段", c, 2, 5),
        (3, 0, "总人数", h),
        (3, 1, "86", c),
        (3, 2, "法人代表", h),
        (3, 3, "贾文军", c),
        (3, 4, "联系电话", h),
        (3, 5, "13839308817", c),
        (4, 0, "安全负责人", h),
        (4, 1, "刘振华", c),
        (4, 2, "联系电话", h),
        (4, 3, "15939379206", c),
        (4, 4, "自查日期", h),
        (4, 5, "2024年7月8日", c),
        (5, 0, "企业涉及的可燃粉尘种类及安全状况信息", h, 5, 5),
        (6, 0, "所属行业", h),
        (6, 1, "家具制造", c),
        (6, 2, "涉及可燃粉尘的产品", h),
        (6, 3, "实木家具、板式家具", c, 6, 5),
        (7, 0, "可燃粉尘种类", h),
        (7, 1, "木粉尘", c),
        (7, 2, "粉尘爆炸特性（爆炸下限）", h),
        (7, 3, "40 g/m³", c, 7, 5),
        (8, 0, "涉及可燃粉尘生产作业区域面积", h),
        (8, 1, "1200㎡", c),
        (8, 2, "涉及可燃粉尘作业人数", h),
        (8, 3, "32", c, 8, 5),
        (9, 0, "选用粉尘防爆安全除尘系统（台/套）", h, 10, 0),
        (9, 1, "干式布袋", ctr),
        (9, 2, "旋风", ctr),
        (9, 3, "湿式", ctr),
        (9, 4, "未选用防爆安全除尘设备", ctr),
        (9, 5, "无配置除尘设备", ctr),
        (10, 1, "√（2台）", ctr),
        (10, 2, "", ctr),
        (10, 3, "", ctr),
        (10, 4, "", ctr),
        (10, 5, "", ctr),
    ]


def write_dust(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "粉尘涉爆企业隐患检查/自查表", t, 0, 5),
        (1, 0, "报送单位：清丰县恒泰家具有限公司    报送：清丰县应急管理局", plain, 1, 5),
    ]
    cells += _dust_info(h, c, ctr)
    cells.append((11, 0, "隐患检查/自查情况", h, 11, 5))
    for col, word in enumerate(["序号", "项目", "安全要求", "安全要求依据", "存在问题", "整改措施"]):
        cells.append((12, col, word, h))
    r = 13
    for _number, item, checks in DUST_CHECKS:
        first = r
        for sub, requirement, basis, problem, measure in checks:
            cells += [
                (r, 0, sub, ctr),
                (r, 2, requirement, c),
                (r, 3, basis, c),
                (r, 4, problem, ctr if problem == "无" else c),
                (r, 5, measure, c),
            ]
            r += 1
        cells.append((first, 1, item, ctr, r - 1, 1) if r - 1 > first else (first, 1, item, ctr))
    cells += [
        (r + 1, 0, "企业主要负责人（签字）：贾文军    安全负责人（签字）：刘振华", plain, r + 1, 5),
        (r + 2, 0, "企业（盖章）    报送日期：2024年7月26日", plain, r + 2, 5),
    ]
    return _write_xls(path, [("自查表", cells)], [16, 16, 44, 26, 30, 36])


# ---------------------------------------------------------------------------------------------
# 5. 加油站安全专项检查及复查, after a district 安监局's month-long 加油站安全专项检查 (12家加油站; 安全管理制度建立不全、
# 安全管理台账记录缺失与不规范、事故应急照明设置不到位、安全标志标识未设置、排水系统不符合安全规范、聘请专家现场
# 检查没有按要求落实; 危化科复查整改落实情况; 未按要求整改的会同中石油、中石化公司约谈负责人):
# http://youngwriting.cn/yhw/hotspot/wjxw/2016-12-28/19123.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查/复查时间 line saying
# the 整改期限 counts from the 检查日期, a two-row header with 复查情况 over 复查日期 and 复查结果, a 处理意见 column,
# a 说明 line and a signature line.
STATION_ROWS = [
    (
        "中国石化销售股份有限公司河南濮阳石油分公司南乐城关加油站",
        "2024.7.2",
        "安全管理制度不健全，未制定卸油作业安全操作规程",
        "15日内",
        "2024.7.18",
        "已整改",
        "",
    ),
    (
        "中国石油天然气股份有限公司河南濮阳销售分公司南乐福堪加油站",
        "2024.7.2",
        "安全管理台账记录缺失，6月份设备巡检记录空白",
        "15日内",
        "2024.7.18",
        "已整改",
        "",
    ),
    (
        "南乐县韩张镇鑫旺加油站",
        "2024.7.3",
        "罩棚下及营业室事故应急照明设置不到位",
        "2024.7.20",
        "2024.7.22",
        "部分整改，应急照明灯已订购",
        "",
    ),
    (
        "南乐县元村加油站有限公司",
        "2024.7.3",
        "油罐区未设置安全警示标志",
        "立即整改",
        "2024.7.18",
        "已整改",
        "",
    ),
    (
        "南乐县千口镇顺发加油站",
        "2024.7.4",
        "罐区排水系统未设置水封井，不符合安全规范要求",
        "2024.7.31",
        "2024.7.22",
        "未整改",
        "约谈加油站负责人",
    ),
    (
        "南乐县张果屯加油站",
        "2024.7.4",
        "未按要求聘请专家开展现场安全检查",
        "30日内",
        "",
        "",
        "",
    ),
    (
        "中国石化销售股份有限公司河南濮阳石油分公司南乐谷金楼加油站",
        "2024.7.5",
        "卸油区静电接地报警仪损坏未修复",
        "2024.7.15",
        "2024.7.18",
        "已修复，复查合格",
        "",
    ),
]


def write_stations_book(path: Path) -> Path:
    b = Book(path, author="危化股")
    ws = b.sheet("检查复查情况")
    b.widths(ws, [6, 40, 12, 40, 12, 12, 26, 18])
    b.line(ws, 0, "加油站安全专项检查及复查情况表", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：南乐县应急管理局危化股    检查时间：2024年7月2日至5日    复查时间：2024年7月18日至22日"
        "    整改期限自检查之日起计算",
        7,
    )
    for c, word in enumerate(["序号", "加油站名称", "检查日期", "检查发现问题", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "复查情况", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=5)
    b.merge(ws, 2, 7, 3, 7, "处理意见", b.head)
    for i, row in enumerate(STATION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 4, 5) else None)
    end = 4 + len(STATION_ROWS)
    b.line(
        ws,
        end,
        "说明：对复查中未按要求整改到位的加油站，会同中石化、中石油濮阳分公司约谈负责人，依法依规严肃处理。",
        7,
    )
    b.line(ws, end + 1, "填表人：冯丽    审核人：田国强    2024年7月26日", 7)
    return b.close()


def write_stations(path: Path) -> Path:
    return via_soffice(write_stations_book, path, "xls", "加油站安全专项检查及复查情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 宾馆酒店安全大检查, after a city district's 招商引资服务局 news item on its 宾馆、酒店安全大检查专项行动 (应急标识、
# 消防设施、疏散通道; 安全管理规章制度不完善、应急灯损坏、灭火器过期、消控室无人值班; 现场下达整改通知):
# http://www.zhld.com/szb/pc/col/202303/22/content_196808.html
# A CSV in GBK: a title line, a line saying the time limits count from the day the 整改通知 was issued (the row's
# 检查时间), one header line with the notice number, time limits as 立即整改 / N日内 / N个工作日内 / dates, a 合计 line.
HOTEL_ROWS = [
    (
        "濮阳道和酒店有限公司",
        "2024-07-08",
        "安全管理规章制度不完善，未制定消防控制室管理制度",
        "华商整〔2024〕01号",
        "5个工作日内",
        "已制定并上墙公示",
        "马红梅",
    ),
    (
        "濮阳道和酒店有限公司",
        "2024-07-08",
        "三楼客房走廊2处应急灯损坏",
        "华商整〔2024〕01号",
        "立即整改",
        "已当场更换",
        "马红梅",
    ),
    (
        "濮阳中州颐景酒店管理有限公司",
        "2024-07-09",
        "客房楼层灭火器过期11具",
        "华商整〔2024〕02号",
        "3日内",
        "已更换",
        "宋佳",
    ),
    (
        "濮阳中州颐景酒店管理有限公司",
        "2024-07-09",
        "消防控制室夜间无人值班，值班人员无证上岗",
        "华商整〔2024〕02号",
        "10个工作日内",
        "已招聘持证值班人员1名，正在岗前培训",
        "宋佳",
    ),
    (
        "濮阳市华龙区悦来宾馆",
        "2024-07-10",
        "疏散楼梯间堆放床垫、纸箱等可燃杂物",
        "华商整〔2024〕03号",
        "立即整改",
        "已清理",
        "黄秀兰",
    ),
    (
        "濮阳市华龙区悦来宾馆",
        "2024-07-10",
        "未组织员工开展应急疏散演练",
        "华商整〔2024〕03号",
        "2024-07-31",
        "",
        "黄秀兰",
    ),
    (
        "濮阳金都大酒店有限公司",
        "2024-07-12",
        "后厨燃气管道使用橡胶软管连接，长度超过2米",
        "华商整〔2024〕04号",
        "3日内",
        "逾期未整改",
        "程刚",
    ),
    (
        "濮阳金都大酒店有限公司",
        "2024-07-12",
        "部分客房电器线路老化，插座有烧焦痕迹",
        "华商整〔2024〕04号",
        "2024年8月底前",
        "正在更换线路",
        "程刚",
    ),
]


def write_hotels(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区宾馆酒店安全大检查问题整改台账"])
    w.writerow(
        ["检查单位：华龙区商务局    检查时间：2024年7月8日至12日    整改时限自检查当日下达整改通知之日起计算"]
    )
    w.writerow(
        [
            "序号",
            "宾馆（酒店）名称",
            "检查时间",
            "发现问题",
            "整改通知书编号",
            "整改时限",
            "整改落实情况",
            "酒店负责人",
        ]
    )
    for i, row in enumerate(HOTEL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查宾馆（酒店）4家", "", "发现问题8条", "", "", "已整改4条", ""])
    w.writerow(["填表人：杜鹏    审核人：孔令辉    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 人员密集场所曝光问题整改情况报告, after a city paper's follow-up on the 商业综合体、超市、餐厅、健身房 it had exposed
# (相关县（市、区）立即督导整改，通报的6个问题已完成整改; venue by venue, under each 县区: 消防控制室大功率电器、
# 配电室应急照明; 安全出口前临时摊位、卷帘门拟更换为常闭式防火门（正在采购中）; 燃气连接管、可燃气体报警器检定;
# 易燃装修材料、应急照明和手动报警器通电; 防火卷帘下堆物、消防广播维修; 柴油储罐、发电机排烟管):
# https://dzrb.dzrm.cn/html/202601/05/content_131159.html
# A .docx: title, 主送, preamble, the venues as numbered paragraphs （一）…（七） under 一、二、三、四 county headings, what
# was done and what is still under way in sentences, a closing paragraph, the office and date at the foot.
EXPOSED = [
    (
        "一、华龙区",
        [
            "（一）濮阳市万和城购物中心有限公司。消防控制室内违规放置大功率电器，配电室未设置应急照明。"
            "已移除消防控制室内大功率电器，配电室已安装应急照明灯，整改完成。",
            "（二）濮阳市家家乐超市有限公司胜利路店。安全出口前设置临时摊位，部分安全出口卷帘门不符合疏散要求。"
            "临时摊位已全部撤除；安全出口卷帘门拟更换为常闭式防火门，目前正在采购，计划8月15日前完成安装。",
            "（三）华龙区老街坊火锅店。后厨违规使用燃气连接软管，可燃气体报警器未经检定，疏散通道被占堵。"
            "燃气公司已更换连接管，可燃气体报警器经专业机构检定合格，疏散通道已清理畅通。",
        ],
    ),
    (
        "二、濮阳县",
        [
            "（四）濮阳县力美健身俱乐部。墙面使用易燃装修材料，室内应急照明灯和手动报警器未通电。"
            "已全面拆除墙面易燃装修材料，应急照明灯和手动报警器均已通电，整改到位。",
            "（五）濮阳县惠万家购物广场有限公司。入口处防火卷帘下方堆放物品，消防广播不能正常使用。"
            "已清理防火卷帘下方物品并划定警示标线；消防广播正在维修。",
        ],
    ),
    (
        "三、清丰县",
        [
            "（六）清丰县星河湾KTV。包间内疏散指示标志缺失，消防控制器处于故障状态。"
            "目前尚未整改，县消防救援大队已下达责令改正通知书，要求7月31日前整改完毕。",
        ],
    ),
    (
        "四、南乐县",
        [
            "（七）南乐县百佳乐超市有限公司。备用发电机排烟管脱落，柴油储罐存在渗漏。"
            "已更换柴油储罐并配置灭火器；发电机排烟管正在重新安装，年底前完成发电机房整体改造。",
        ],
    ),
]


def write_exposed(path: Path) -> Path:
    doc = _new_document("市安委办")
    _title(doc, "关于人员密集场所安全隐患曝光问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月10日，濮阳日报曝光了部分商业综合体、超市、餐厅、健身房等人员密集场所安全工作不到位、"
        "安全隐患问题突出后，相关县（区）立即行动，督导整改治理。现将7个曝光问题的整改情况报告如下：",
    )
    for heading, paras in EXPOSED:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，市安委办将对未完成整改的问题跟踪督办，整改完成一个、销号一个。")
    _paragraph(doc, "濮阳市安全生产委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 街道安全生产执法检查及复查情况登记, after a district's 安全生产监督检查规定 (街道镇安全生产监管部门执法检查时应有两名
# 以上行政执法人员在场并作好检查过程记录; 发现违法行为发出安全生产监察指令书或责令改正通知书，并在规定的期限内
# 复查; 经督促拒绝整改或逾期未消除隐患的报请区政府安全生产监管部门予以行政处罚; 公众聚集场所可邀请行业主管部门
# 共同参与):
# http://ask.fsou.com/html/text/lar/174107/17410710_2.html
# A .doc (Word 97 via LibreOffice): title, 填报单位 line, a table with the two 执法人员, the 执法文书 and its number, the
# 改正期限 (dates, N日内 and 立即改正 counted from the 检查日期), 复查日期 and 复查意见, a 注 line and a 填表人 line.
STREET_ROWS = [
    (
        "濮阳市华龙区利民家具厂",
        "2024.7.2",
        "王磊、刘洋",
        "木工车间电气线路未穿管保护，私拉临时线路",
        "责令改正通知书（任安改〔2024〕07号）",
        "2024.7.12",
        "2024.7.12",
        "已改正",
    ),
    (
        "濮阳市华龙区顺发汽车修理厂",
        "2024.7.3",
        "王磊、刘洋",
        "喷漆房未使用防爆电器，存放油漆超过一天用量",
        "安全生产监察指令书（任安指〔2024〕03号）",
        "2024.7.17",
        "2024.7.17",
        "未改正，已报请区应急管理局立案处罚",
    ),
    (
        "濮阳市金鼎印刷有限公司",
        "2024.7.5",
        "张敏、李军",
        "危险化学品（洗车水、酒精）仓库未分类存放，无通风设施",
        "责令改正通知书（任安改〔2024〕08号）",
        "15日内",
        "2024.7.22",
        "已改正",
    ),
    (
        "濮阳市华龙区任丘路农贸市场管理有限公司",
        "2024.7.9",
        "张敏、李军（会同区商务局）",
        "市场内电动车违规停放充电，堵塞疏散通道",
        "责令改正通知书（任安改〔2024〕09号）",
        "立即改正",
        "2024.7.10",
        "已改正",
    ),
    (
        "濮阳市鑫源餐饮管理有限公司",
        "2024.7.11",
        "王磊、刘洋",
        "后厨液化石油气钢瓶与灶具同室存放，未安装燃气泄漏报警器",
        "责令改正通知书（任安改〔2024〕10号）",
        "2024.7.26",
        "2024.7.26",
        "部分改正，钢瓶已移出，报警器正在安装",
    ),
    (
        "濮阳市华龙区启航艺术培训学校",
        "2024.7.16",
        "张敏、李军（会同区教育局）",
        "培训期间安全出口上锁，教室应急照明灯损坏",
        "责令改正通知书（任安改〔2024〕11号）",
        "立即改正",
        "2024.7.16",
        "当场改正",
    ),
    (
        "濮阳市宏图机械制造有限公司",
        "2024.7.22",
        "王磊、刘洋",
        "冲压设备安全防护装置缺失，作业人员未佩戴防护用品",
        "安全生产监察指令书（任安指〔2024〕04号）",
        "2024.8.6",
        "",
        "",
    ),
]


def write_street_docx(path: Path) -> Path:
    doc = _new_document("任丘路街道安监站")
    _title(doc, "任丘路街道安全生产执法检查及复查情况登记表（2024年7月）", 18)
    _paragraph(
        doc,
        "填报单位：华龙区任丘路街道办事处（安全生产监管站）    填报日期：2024年7月30日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(STREET_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "被检查单位",
            "检查日期",
            "执法人员",
            "发现的安全生产违法行为及事故隐患",
            "执法文书",
            "改正期限",
            "复查日期",
            "复查意见",
        ],
        body,
        9,
    )
    _paragraph(
        doc,
        "注：改正期限按日计的自检查之日起计算；对拒不整改或逾期未消除事故隐患的，报请区应急管理局予以行政处罚。",
        12,
    )
    _paragraph(doc, "填表人：李军    审核人：王磊    联系电话：0393-8183367", 12)
    return _save_fixed(doc, path)


def write_street(path: Path) -> Path:
    return via_soffice(write_street_docx, path, "doc", "任丘路街道执法检查登记表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 建筑工程质量安全大检查整改结果 (two returns in one zip), after a city's 建筑工程质量安全大检查 (企业自查自纠、各县区
# 建设管理部门集中检查和市城乡建设规划局重点抽查; 文明施工、高处作业、施工用电、现场消防; 检查组发出责令整改或停工
# 通知，交由当地建设行政主管部门挂牌督办; 整改结果报市建设工程质量安全监督中心站; 整改不力的通报批评并曝光):
# http://sanqinyou.com/Html/2014-10-18/201410189301154891.html
# A .zip holding an .xlsx from one county bureau (检查形式 and 处理措施 beside the 施工单位) and a .docx with a table from
# another county bureau whose rows name only its own 股室 (the 市局 spot check's findings on the bureau itself).
NANLE_ROWS = [
    (
        "南乐县第一高级中学学生公寓楼",
        "河南华晟建设集团有限公司",
        "县区集中检查",
        "卸料平台未设置限载标识，钢丝绳磨损断丝",
        "责令整改通知",
        date(2024, 7, 16),
        "已整改，复查合格",
    ),
    (
        "南乐县城北水厂扩建工程",
        "濮阳市水利建筑工程有限公司",
        "市局重点抽查",
        "高处作业吊篮安全锁超过标定期限",
        "停工通知",
        date(2024, 7, 25),
        "整改中",
    ),
    (
        "南乐县康城雅苑商住小区",
        "河南天宇建筑工程有限公司",
        "企业自查自纠",
        "施工现场消防通道被钢筋材料堵塞，灭火器配置不足",
        "自行整改",
        date(2024, 7, 10),
        "已整改",
    ),
    (
        "南乐县中医院病房楼",
        "濮阳市恒泰建设工程有限公司",
        "市局重点抽查",
        "塔式起重机司机、信号司索工无证上岗",
        "挂牌督办",
        date(2024, 8, 20),
        "未整改",
    ),
]
TAIQIAN_ROWS = [
    (
        "县区集中检查未实现在建工程全覆盖，6个乡镇小型工程未纳入检查",
        "质量安全监督站",
        "建立在建工程清单，逐项目检查",
        "2024年8月15日",
        "已检查4个，正在推进",
    ),
    (
        "检查记录不规范，部分检查表无检查人员签字",
        "质量安全监督站",
        "规范检查记录，落实检查人员签字",
        "7月20日前",
        "已规范",
    ),
    (
        "对企业自查自纠报告未审核，未督促企业建立隐患台账",
        "建筑业管理股",
        "逐企业审核自查报告，督促建立隐患台账",
        "7月底前",
        "",
    ),
    (
        "挂牌督办隐患销号程序不规范，销号资料不全",
        "建筑业管理股",
        "完善挂牌督办和验收销号程序",
        "长期坚持",
        "长期坚持",
    ),
]


def write_nanle_book(path: Path) -> Path:
    b = Book(path, author="南乐县住建局")
    ws = b.sheet("整改结果")
    b.widths(ws, [6, 28, 26, 14, 36, 12, 12, 18])
    b.line(ws, 0, "南乐县建筑工程质量安全大检查隐患整改结果", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县住房和城乡建设局（盖章）    报送：濮阳市建设工程质量安全监督站    2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "工程名称", "施工单位", "检查形式", "存在问题及隐患", "处理措施", "整改期限", "整改结果"],
    )
    for i, row in enumerate(NANLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NANLE_ROWS)
    b.line(ws, end, "说明：整改不力或拒不整改的项目，将通报批评并在市住房和城乡建设局网站曝光。", 7)
    b.line(ws, end + 1, "填表人：袁帅    联系电话：0393-7211356", 7)
    return b.close()


def write_taiqian_docx(path: Path) -> Path:
    doc = _new_document("台前县住建局")
    _title(doc, "台前县住房和城乡建设局建筑工程质量安全大检查问题整改情况", 18)
    _paragraph(doc, "填报单位：台前县住房和城乡建设局    填报日期：2024年7月29日", 12)
    _paragraph(doc, "市局重点抽查对我局反馈问题4个，整改情况如下：", 12)
    body = [[str(i), *row] for i, row in enumerate(TAIQIAN_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任股室", "整改措施", "整改时限", "整改进展"], body)
    _paragraph(doc, "填表人：白云飞    联系电话：0393-2238015", 12)
    return _save_fixed(doc, path)


def write_build_zip(path: Path) -> Path:
    members = [
        ("南乐县建筑工程质量安全大检查隐患整改结果.xlsx", write_nanle_book),
        ("台前县住建局建筑工程质量安全大检查问题整改情况.docx", write_taiqian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 危险化学品安全生产专项整治工作台账, after a city's 化工企业和危险化学品专项整治 plan (整治进度: 3月底前摸底调查、
# 建立工作台账; 4月底前对安全距离不足的化工企业及加油站、油库摸底; 5月底前落实整改措施; 6月底前对未履行“三同时”的
# 化工建设项目整改; 9月底前落实搬迁计划，完善液氨、液氯储存系统监控仪表，定期检测压力容器; 10月底前完成加油站和
# 油库储存装置阻隔防爆技术改造; 督促从业单位建立岗位、车间、工厂分级隐患排查制度):
# http://www.fsou.net/html/text/lar/172018/17201810_1.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报 line, a table whose 整治措施及时间安排 holds the
# schedule texts, 责任单位 naming enterprises, a town and city bureaus under short and former names, a 说明 line.
CHEM_ROWS = [
    (
        "濮阳宏业化工有限公司",
        "液氯储存系统未设置紧急切断装置，2台液氯储罐超期未检",
        "7月底前制定整改方案，9月底前完成紧急切断装置安装和压力容器检验",
        "濮阳宏业化工有限公司",
        "整改方案已制定，紧急切断装置已订货",
    ),
    (
        "濮阳恒润新材料有限公司",
        "中间罐区与厂外居民区安全距离不足",
        "8月底前制定搬迁计划，2025年底前完成罐区搬迁",
        "濮阳恒润新材料有限公司",
        "搬迁计划正在编制",
    ),
    (
        "化工建设项目“三同时”",
        "4个化工建设项目未履行安全设施“三同时”手续",
        "6月底前完成核查，7月底前全部补办手续",
        "市安监局",
        "已完成核查，4个项目均已补办手续",
    ),
    (
        "加油站、油库",
        "部分加油站和油库储存装置安全距离不足，未实施阻隔防爆改造",
        "10月底前完成阻隔防爆技术改造",
        "市商务局",
        "未启动",
    ),
    (
        "液氨使用企业",
        "涉氨制冷企业液氨储罐压力表、安全阀未定期检验",
        "7月15日前完成全部检验",
        "市质监局",
        "已完成检验，全部合格",
    ),
    (
        "危险货物运输车辆",
        "危险货物运输车辆在城区违规停放，无专用停车场",
        "年底前建成危险货物运输车辆专用停车场",
        "市交通局",
        "",
    ),
    (
        "危险化学品从业单位",
        "部分企业未建立岗位、车间、工厂分级隐患排查制度",
        "督促企业建立分级隐患排查制度，常态化开展",
        "市安监局",
        "长期坚持，按月调度",
    ),
    (
        "非法违法小化工",
        "文留镇境内2处小化工作坊无证储存、经营甲醇等危险化学品",
        "2024年7月10日前依法取缔",
        "濮阳县文留镇人民政府",
        "已依法取缔，设备已拆除",
    ),
]


def write_chem_docx(path: Path) -> Path:
    doc = _new_document("市安委办")
    _title(doc, "濮阳市危险化学品安全生产专项整治工作台账", 18)
    _paragraph(doc, "填报单位：濮阳市安全生产委员会办公室    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(CHEM_ROWS, 1)]
    _table(doc, ["序号", "整治对象", "存在问题", "整治措施及时间安排", "责任单位", "进展情况"], body)
    _paragraph(doc, "说明：进展情况由各责任单位于每月底前报市安委办，市安委办汇总后报市政府督查局。", 12)
    return _save_fixed(doc, path)


def write_chem(path: Path) -> Path:
    return via_soffice(write_chem_docx, path, "doc", "危化品专项整治工作台账.docx")


FILES = [
    ("华龙区大型商超等公共场所安全隐患专项整治清单.xlsx", write_crowd),
    ("房屋建筑和市政基础设施工程安全生产大排查隐患整改情况附表（清丰县）.xlsx", write_sites),
    ("整改复查意见汇总（2024年7月）.xlsx", write_review),
    ("粉尘涉爆企业隐患检查自查表（清丰县恒泰家具有限公司）.xls", write_dust),
    ("加油站安全专项检查及复查情况表.et", write_stations),
    ("华龙区宾馆酒店安全大检查问题整改台账.csv", write_hotels),
    ("关于人员密集场所安全隐患曝光问题整改情况的报告.docx", write_exposed),
    ("任丘路街道安全生产执法检查及复查情况登记表.doc", write_street),
    ("建筑工程质量安全大检查整改结果（南乐县、台前县）.zip", write_build_zip),
    ("濮阳市危险化学品安全生产专项整治工作台账.wps", write_chem),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

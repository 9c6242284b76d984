"""Write the aside263 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 住建领域（自建房、燃气、物业、建筑施工、城镇老旧小区改造）与交通运输隐患排查整改, with town and street
ledgers among them. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps (LibreOffice conversions
of an .xlsx and a .docx), .ods (LibreOffice conversion of an .xlsx, member times fixed), a CSV in GBK, a .docx whose
items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics
date is 2024-07-31.
Run from this folder: python make_aside263.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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


def via_soffice_ods(writer, path: Path, scratch: str) -> Path:
    """Write an .xlsx and convert it with LibreOffice to .ods; member times fixed, meta dates pinned."""
    via_soffice(writer, path, "ods", scratch)
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%S").encode()
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>" + stamp + b"</dc:date>", data)
                data = re.sub(
                    rb"<meta:creation-date>[^<]*</meta:creation-date>",
                    b"<meta:creation-date>" + stamp + b"</meta:creation-date>",
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


def zip_of(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns, each written by its writer into a scratch folder, member times fixed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 乡镇自建房安全隐患排查整治台账, after a town's account of its 自建房安全隐患专项整治 (书记、镇长为双组长的领导小组;
# 组建25支排查组“村不漏户、户不漏房”地毯式排查; 及时建立隐患台账，实行清单化管理; 全镇排查自建房10994间，发现存在
# 安全隐患自建房12户，已完成整改7户，剩余5户正在整改中):
# http://m.tibetthsy.com/New/Detail/20220823164220287.html
# An .xls (xlwt): title, 填报单位 line, a 排查情况 line with the town's counts, one header row with 排查组 (the
# inspector), 村（社区）, 户主 and the 排查日期 the 立行立改 rows count from, 整改时限 as 立行立改 / X月X日前 / 年底前 /
# a schedule text / dates, a 注 line and a signature line. The town is the only unit; the rows name villages and owners.
TOWN_HOUSE_ROWS = [
    (
        "第2排查组",
        "马庄桥村",
        "刘某军",
        "马庄桥村南街12号",
        "3",
        "经营（超市）",
        "结构安全",
        "一层超市擅自拆除承重墙扩大营业面积，二层楼板出现贯穿裂缝",
        "2024.7.2",
        "停止经营，委托安全鉴定后加固",
        "2024年8月31日",
        "已停止经营，房屋安全鉴定正在进行",
    ),
    (
        "第5排查组",
        "前刘庄村",
        "王某华",
        "前刘庄村村委会东侧",
        "3",
        "经营（农家乐）",
        "消防安全",
        "农家乐厨房使用瓶装液化气未设置燃气泄漏报警装置，疏散楼梯堆放杂物",
        "2024.7.3",
        "安装报警装置，清理楼梯杂物",
        "立行立改",
        "已整改",
    ),
    (
        "第1排查组",
        "王家村",
        "张某",
        "王家村三组",
        "2",
        "自住",
        "房屋结构",
        "土坯房屋后墙外闪，屋面檩条腐朽，雨季存在倒塌风险",
        "2024.7.5",
        "人员撤离，拆除重建或维修加固",
        "7月15日前完成人员撤离，9月底前完成维修加固",
        "已将户主一家转移至亲属家居住，维修方案正在制定",
    ),
    (
        "第4排查组",
        "后刘庄村",
        "李某峰",
        "后刘庄村北街",
        "4",
        "经营（出租）",
        "违规加层",
        "原二层住宅违规加建至四层用于出租，加层部分未经设计",
        "2024.7.8",
        "减层或经鉴定后加固，清退加层部分租住人员",
        "年底前",
        "户主外出务工，尚未落实整改",
    ),
    (
        "第3排查组",
        "南街社区",
        "赵某",
        "南街社区商业街7号",
        "3",
        "经营（小旅馆）",
        "消防安全",
        "小旅馆客房窗户安装封闭式防盗网，未预留逃生口",
        "2024.7.9",
        "拆除或改造防盗网，预留逃生口",
        "7月15日前",
        "已拆除防盗网，整改完成",
    ),
    (
        "第2排查组",
        "马庄桥村",
        "陈某",
        "马庄桥村北街3号",
        "3",
        "经营（饭店）",
        "结构安全",
        "饭店二层挑檐混凝土剥落、钢筋外露，下方为顾客进出通道",
        "2024.7.10",
        "设置警戒区域，修复挑檐",
        "8月15日前",
        "已设置警示标识，修复施工队已进场",
    ),
    (
        "第6排查组",
        "西孔村",
        "郭某",
        "西孔村中街",
        "2",
        "自住",
        "房屋结构",
        "房屋地基不均匀沉降，西山墙出现斜向裂缝",
        "2024.7.11",
        "委托安全鉴定，视鉴定结果处置",
        "2024年8月20日",
        "",
    ),
    (
        "第5排查组",
        "前刘庄村",
        "孙某",
        "前刘庄村南街",
        "3",
        "经营（托管）",
        "用途变更",
        "自住房屋改作幼儿托管点，未办理用途变更，二层楼梯无护栏",
        "2024.7.12",
        "停止托管经营，加装楼梯护栏",
        "立行立改",
        "已停止托管经营，楼梯护栏已加装，经镇村复查合格",
    ),
]


def write_town_house(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "马庄桥镇自建房安全隐患排查整治台账", t, 0, last),
        (
            1,
            0,
            "填报单位：清丰县马庄桥镇人民政府（自建房安全专项整治工作领导小组办公室）    填报时间：2024年7月29日",
            plain,
            1,
            last,
        ),
        (
            2,
            0,
            "排查情况：全镇组建6支排查组，共排查自建房9862间，发现存在安全隐患自建房8户，已完成整改3户。",
            plain,
            2,
            last,
        ),
    ]
    header = [
        "序号",
        "排查组",
        "村（社区）",
        "户主",
        "房屋位置",
        "层数",
        "用途",
        "隐患类型",
        "隐患描述",
        "排查日期",
        "整治措施",
        "整改时限",
        "整改情况",
    ]
    for col, word in enumerate(header):
        cells.append((3, col, word, h))
    for i, row in enumerate(TOWN_HOUSE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 5, 9) else c))
    r = 4 + len(TOWN_HOUSE_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改时限为“立行立改”的，自排查当日起整改；隐患房屋实行挂销号管理，整改完成经镇村复查后销号。",
            plain,
            r,
            last,
        ),
        (
            r + 1,
            0,
            "镇长：牛志刚    分管领导：程建华    填表人：马丽娟    联系电话：0393-7312206",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("自建房隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 交通运输领域安全隐患排查整治情况报告, after a county 交通局's account of its 大排查大整治大执法 (加强道路运输安全
# 督导检查，发现一般安全隐患39处，督促企业及时整改闭环; 加强交通工程建设隐患排查整治，下达整改通知书15份; 强化水上
# 交通安全检查，向执法部门移交案件线索; 强化公路日常巡查养护，护栏安装、安全标识、警示桩):
# https://jtj.cq.gov.cn/ztzl/aqsc/gzzx/202207/t20220711_10907600_wap.html
# A .docx: title, 主送, preamble, four sections 一、…四、 each opening with its figures, the problems as numbered
# paragraphs 1．… with （责任单位：…） or （责任股室：…）, deadline and progress in sentences; closing, bureau and date.
TRAFFIC_SECTIONS = [
    (
        "一、加强道路运输安全督导检查",
        "共抽派检查人员216人次，检查客运班线车辆48台次、公交车及出租车93台次、普通货运车辆65台次、汽车站2家次，"
        "发现一般安全隐患17处，已整改14处。尚未闭环及需跟踪的问题如下：",
        [
            "1．台前县汽车站安检仪故障未及时维修，进站客车行包安检靠人工抽查。（责任单位：台前县汽车客运站）"
            "整改时限7月20日前，目前安检仪已维修并投入使用。",
            "2．农村客运班线3台客车动态监控装置离线超过7日，企业未及时处置。（责任单位：台前县通达公共交通有限公司）"
            "要求8月10日前完成设备维修和监控人员培训，目前已维修2台，1台正在返厂维修。",
            "3．危险货物运输企业未按规定开展月度安全例会，驾驶员安全教育记录缺失。"
            "（责任单位：台前县顺安危险货物运输有限公司）整改时限2024年7月31日。",
        ],
    ),
    (
        "二、加强交通工程建设隐患排查整治",
        "检查在建公路项目4个，发现安全隐患31个，下达整改通知书6份。",
        [
            "4．G240线台前段路面改造工程施工现场临时用电未做到“一机一闸一漏”，配电箱无门无锁。"
            "（责任单位：河南通衢路桥工程有限公司）检查日期7月4日，要求立行立改。已整改到位，经监理复查合格。",
            "5．吴坝镇段县乡道路提质工程沥青摊铺作业区未设置交通导改标志，夜间无警示灯。"
            "（责任单位：濮阳市路兴公路工程有限公司）整改时限7月15日，逾期未整改。",
        ],
    ),
    (
        "三、强化水上交通安全检查",
        "检查黄河浮桥3座、渡口1处，排查一般隐患5个，整改3个。",
        [
            "6．将军渡黄河浮桥救生衣配备数量不足，部分救生圈老化。（责任单位：台前县将军渡浮桥管理有限公司）"
            "要求7月底前补齐，目前已补配救生衣60件，救生圈尚未更换。",
            "7．汛期浮桥拆除应急预案未结合今年水情修订，未组织开展应急演练。（责任股室：安全监督股）"
            "8月15日前完成预案修订并组织演练，预案已修订，演练正在筹备。",
        ],
    ),
    (
        "四、强化公路日常巡查养护",
        "累计巡查公路2860公里，排查一般安全隐患42处，完成处治39处。",
        [
            "8．X026线孙口段临水路段波形护栏缺失约120米。（责任单位：台前县公路事业发展中心）"
            "计划9月底前完成护栏安装，目前已完成设计，正在办理采购手续。",
            "9．农村公路“路长制”巡查记录不全，部分村道路长未按月巡查。（责任单位：台前县打渔陈镇人民政府）"
            "督促镇村两级路长按月巡查、建立台账，长期坚持。",
        ],
    ),
]


def write_traffic_report(path: Path) -> Path:
    doc = _new_document("安全监督股")
    _title(doc, "台前县交通运输局关于交通运输领域安全隐患排查整治情况的报告")
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "今年以来，我局以坚决防控较大事故为目标，坚持大排查大整治大执法工作主线，严格落实安全生产“十五条硬措施”，"
        "对道路运输、交通工程建设、水上交通和公路养护等领域开展安全隐患排查整治。现将有关情况报告如下：",
    )
    for heading, figures, paras in TRAFFIC_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        _paragraph(doc, figures)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对尚未整改到位的隐患实行挂牌督办，逐项跟踪销号，确保汛期交通运输安全。")
    _paragraph(doc, "台前县交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 建筑施工安全生产执法检查隐患整改台账, after a county 住建局's 第二季度安全生产执法检查 of its 在建项目 (检查在建项目14个;
# 检查重点为危大工程安全管控、建筑施工现场安全整治提升、工地食堂食品安全管理、治理车辆超载超限; 共下达建筑工程安全
# 隐患整改通知书12份，停工整改通知书2份):
# http://www.geha2ch.com/article/123/25.html
# An .xlsx: title, 检查时间/填报单位 line, one header row with 施工单位（整改责任单位） beside a 监理单位, the 检查重点,
# the 执法文书 and its 下达日期 the “N日内” deadlines count from, a 整改回复 column and a 复查结论 column, a 说明 line
# and a signature line.
SITE_ROWS = [
    (
        "范县城北安置区二期7#楼",
        "河南鼎盛建设工程有限公司",
        "濮阳建科工程监理有限公司",
        "危大工程",
        "高支模专项施工方案未经专家论证即开始搭设",
        "停工整改通知书",
        date(2024, 6, 25),
        "2024年7月10日",
        "已组织专家论证，按论证后方案重新搭设",
        "复查合格，同意复工",
    ),
    (
        "范县第三实验小学教学楼",
        "濮阳市华建集团有限公司",
        "河南中建监理咨询有限公司",
        "施工现场安全",
        "塔吊司机无特种作业操作资格证上岗",
        "隐患整改通知书",
        date(2024, 6, 25),
        "3日内",
        "已更换持证司机",
        "复查合格",
    ),
    (
        "范县人民医院病房楼",
        "河南省第二建设集团有限公司",
        "濮阳建科工程监理有限公司",
        "施工现场安全",
        "外脚手架连墙件设置不足，局部立杆悬空",
        "隐患整改通知书",
        date(2024, 6, 26),
        "2024年7月5日",
        "已按方案补设连墙件，悬空立杆已加设垫板",
        "",
    ),
    (
        "范县金堤花园小区12#楼",
        "河南广厦建筑工程有限公司",
        "河南中建监理咨询有限公司",
        "工地食堂食品安全",
        "工地食堂未取得食品经营许可，炊事人员无健康证明",
        "隐患整改通知书",
        date(2024, 6, 27),
        "7月15日前",
        "健康证明已办理，食品经营许可正在办理",
        "",
    ),
    (
        "范县产业集聚区标准化厂房",
        "河南宏远钢结构工程有限公司",
        "濮阳正信工程管理有限公司",
        "治理车辆超载超限",
        "渣土运输车辆超载驶出工地，出入口未设置车辆冲洗设施",
        "隐患整改通知书",
        date(2024, 6, 27),
        "10日内",
        "",
        "复查不合格，未整改",
    ),
    (
        "范县文体中心",
        "濮阳建工集团有限公司",
        "濮阳正信工程管理有限公司",
        "危大工程",
        "深基坑周边临边防护缺失，基坑边1米内堆放钢筋",
        "停工整改通知书",
        date(2024, 6, 28),
        "2024年7月20日",
        "临边防护已完成，堆载已清理，基坑变形监测正在进行",
        "",
    ),
    (
        "范县陈庄镇便民服务中心",
        "范县恒通建筑安装有限公司",
        "濮阳建科工程监理有限公司",
        "施工现场安全",
        "施工升降机防坠安全器超过标定有效期",
        "隐患整改通知书",
        date(2024, 6, 28),
        "7月5日前",
        "已送检重新标定",
        "复查合格",
    ),
]


def write_site(path: Path) -> Path:
    b = Book(path, author="建筑工程安全监督站")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 24, 24, 24, 14, 36, 16, 12, 14, 30, 18])
    b.line(ws, 0, "范县2024年第二季度建筑施工安全生产执法检查隐患整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年6月24日至6月28日    填报单位：范县住房和城乡建设局（建筑工程安全监督站）    "
        "填报日期：2024年7月30日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "施工单位（整改责任单位）",
            "监理单位",
            "检查重点",
            "存在隐患",
            "执法文书",
            "下达日期",
            "整改期限",
            "整改回复情况",
            "复查结论",
        ],
    )
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SITE_ROWS)
    b.line(
        ws,
        end,
        "说明：本季度检查在建项目14个，下达隐患整改通知书12份、停工整改通知书2份；本表列出需跟踪复查的问题，"
        "“N日内”自执法文书下达之日起计算。",
        10,
    )
    b.line(ws, end + 1, "审核：宋卫国    填表：刘晓燕    联系电话：0393-5226018", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 瓶装液化石油气安全排查问题台账, after a town's 瓶装液化石油气安全排查 (镇党委委员带队，联合市监所、派出所、安监办;
# 检查中小学食堂3家，路边摊档25家，餐馆饭店34家; 3家餐馆无经营许可证，1家饭店和2家路边摊共15个液化石油气罐未按
# 标准年检; 下达整改通知书6份; 对存在隐患的负责人现场培训):
# http://zxr.ahnews.com.cn/news/2019/11/26/c_14793.htm
# A CSV in GBK: a title line, a 检查时间/带队/联合检查 line, one header line with 场所类别, 责任主体（场所名称）, the
# 整改通知书 number and its 下达日期 the “N日内” and 立行立改 rows count from, a 合计 line and a 注 line.
LPG_ROWS = [
    (
        "中小学食堂",
        "南乐县千口镇第一初级中学食堂",
        "王建设",
        "食堂液化气钢瓶与灶具间距不足1米，连接软管超期使用",
        "千安改〔2024〕01号",
        "2024-07-08",
        "3日内",
        "已更换软管并调整钢瓶位置，整改完成",
    ),
    (
        "餐馆饭店",
        "千口镇老街羊肉汤馆",
        "李红军",
        "无食品经营许可证，使用无充装标识液化气钢瓶",
        "千安改〔2024〕02号",
        "2024-07-08",
        "7月20日前",
        "已停业整顿，许可证正在办理",
    ),
    (
        "餐馆饭店",
        "千口镇聚福楼饭店",
        "赵聚福",
        "5个液化石油气钢瓶超期未年检",
        "千安改〔2024〕03号",
        "2024-07-08",
        "立行立改",
        "已退回供气站更换合格钢瓶",
    ),
    (
        "路边摊档",
        "千口集贸市场老王烧饼摊",
        "王满仓",
        "2个液化气钢瓶超期未检，减压阀无合格标识",
        "千安改〔2024〕04号",
        "2024-07-09",
        "立行立改",
        "",
    ),
    (
        "路边摊档",
        "千口村东口早餐摊",
        "张秀英",
        "液化气钢瓶放置在人员通道上，无防倾倒措施",
        "千安改〔2024〕05号",
        "2024-07-09",
        "3日内",
        "未整改",
    ),
    (
        "餐馆饭店",
        "千口镇兴隆家常菜馆",
        "郭兴隆",
        "无食品经营许可证，厨房未配备灭火器",
        "千安改〔2024〕06号",
        "2024-07-09",
        "7月31日前",
        "已配备灭火器，许可证正在办理",
    ),
    (
        "中小学食堂",
        "南乐县千口镇中心小学食堂",
        "刘爱民",
        "燃气泄漏报警器故障，未与紧急切断阀联动",
        "千安改〔2024〕07号",
        "2024-07-10",
        "2024年8月20日（秋季开学前）",
        "已联系厂家上门维修",
    ),
]


def write_lpg(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["千口镇瓶装液化石油气安全排查问题整改台账（2024年7月）"])
    w.writerow(
        [
            "检查时间：2024年7月8日至10日  带队：镇党委委员 韩立新  联合检查：千口市场监管所、千口派出所、镇应急办"
        ]
    )
    w.writerow(
        [
            "序号",
            "场所类别",
            "责任主体（场所名称）",
            "负责人",
            "存在问题",
            "整改通知书编号",
            "下达日期",
            "整改时限",
            "整改落实情况",
        ]
    )
    for i, row in enumerate(LPG_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "",
            "",
            "",
            "共检查中小学食堂3家、路边摊档25家、餐馆饭店34家",
            "下达整改通知书7份",
            "",
            "",
            "",
        ]
    )
    w.writerow(["注：整改时限自整改通知书下达之日起计算；已对存在隐患场所负责人进行现场安全培训。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 普通公路安全隐患分类分级处置台账, after a county 公路养护中心's 普通公路安全隐患排查整治 (五个专班摸排; 分类分级
# 建立隐患处置台账，较大、重大隐患限期清零; 与公安、自然资源、交通执法大队、气象、乡镇协调联动; 查出风险按类型列明:
# 桥体裂缝、钢筋裸露、挡墙缺失、路基路面沉陷等; 对已查出隐患做临时措施处置):
# http://m.tazldqn.cn/p/250218619.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (隐患位置 over 路线编号/桩号, 处置措施 over 临时措施/
# 整改措施), two 等级 rows merged across (较大隐患, 一般隐患), the centre's own 科室 as 责任科室, a 说明 and a
# signature line. All items belong to the sending centre.
ROAD_GROUPS = [
    (
        "一、较大隐患",
        [
            (
                "S101",
                "K45+200—K45+350",
                "路基路面沉陷",
                "雨后路基沉陷，路面纵向开裂长约150米",
                "第一专班",
                "设置警示桩和限速标志",
                "挖除重建路基，恢复路面",
                "养护科",
                "6月底前",
                "已完成路基重建，验收合格",
            ),
            (
                "X012",
                "金堤河大桥",
                "桥体裂缝",
                "桥梁2号墩盖梁出现竖向裂缝，最大缝宽0.3毫米",
                "第二专班",
                "限载通行，设置观测点",
                "委托检测后加固",
                "工程科",
                "2024年9月30日",
                "检测报告已出具，加固设计正在审查",
            ),
            (
                "S302",
                "K12+800—K13+100",
                "防护设施缺失",
                "临渠路段无路侧护栏，路侧为深约4米的灌溉干渠",
                "第三专班",
                "设置警示桩和反光标志",
                "安装波形梁护栏",
                "安全科",
                "7月31日前",
                "护栏已进场，正在安装",
            ),
        ],
    ),
    (
        "二、一般隐患",
        [
            (
                "X015",
                "K3+500—K3+800",
                "边沟淤堵",
                "边沟淤堵约300米，雨天路面积水",
                "第四专班",
                "",
                "清淤疏通",
                "养护科",
                "7月15日前",
                "已清淤疏通",
            ),
            (
                "Y023",
                "庆祖镇段",
                "标志标牌缺失",
                "平交路口减速让行标志缺失",
                "第五专班",
                "",
                "补设标志",
                "路政科",
                "8月底前",
                "未启动",
            ),
            (
                "S101",
                "K52+100",
                "钢筋裸露",
                "中央分隔带混凝土护栏破损，钢筋裸露",
                "第一专班",
                "",
                "修复护栏",
                "工程科",
                "2024年8月15日",
                "",
            ),
            (
                "全县普通公路",
                "—",
                "路域环境",
                "公路两侧违规设置非公路标志和占道经营，清理后反弹",
                "各专班",
                "",
                "加强巡查，联合交警、乡镇清理",
                "路政科",
                "长期坚持",
                "常态化巡查清理",
            ),
        ],
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="养护科")
    ws = b.sheet("隐患处置台账")
    b.widths(ws, [6, 12, 18, 14, 36, 10, 20, 24, 10, 14, 28])
    last = 10
    b.line(ws, 0, "濮阳县普通公路安全隐患分类分级处置台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县公路事业发展中心    排查时间：2024年6月3日至6月14日    填报日期：2024年7月30日",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "隐患位置", b.head)
    b.header(ws, 3, ["路线编号", "桩号/位置"], first=1)
    for c, word in [(3, "隐患类型"), (4, "隐患描述"), (5, "排查专班")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "处置措施", b.head)
    b.header(ws, 3, ["临时措施", "整改措施"], first=6)
    for c, word in [(8, "责任科室"), (9, "完成时限"), (10, "处置进度")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in ROAD_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}处）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：较大隐患汛期前清零；一般隐患按计划处置，与公安交警、自然资源、气象及沿线乡镇联动。",
        last,
    )
    b.line(ws, r + 1, "负责人：翟永强    填表人：苗慧    联系电话：0393-3256107", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 燃气管道违章占压隐患整治台账, after a city gas company's account of its 违章占压 clean-up (搭建阳光房、彩钢板房或
# 门面装修将燃气管道以及立管占压、包裹，占压房屋多为卧室或书房; 针对每个占压下发违章通知书，上门沟通; 政企联动，
# 联合政府主管部门成立专案小组，协同街道、社区、物业共同推进消除整改):
# http://www.njpanjin.com/cn/Instant/local/202311/t20231116_7524056.html
# An .xlsx from the gas company: title, 填报单位/截至日期 line, one header row with 隐患编号, 所在街道, the 违章通知书
# 下达日期 the 立行立改 row counts from, a 牵头单位 (short and former names) beside the 配合单位, a 占压长度 column and a
# 合计 row summing it, a 说明 line and a signature line.
GAS_ROWS = [
    (
        "ZY-2024-011",
        "胜利路街道",
        "华苑小区3号楼",
        "阳光房",
        "一楼住户搭建阳光房将燃气立管包裹在卧室内",
        date(2024, 5, 20),
        "燃气公司",
        "胜利路街道、华苑社区",
        "2024年7月31日",
        "已拆除阳光房，立管恢复外露",
        6.5,
    ),
    (
        "ZY-2024-014",
        "中原路街道",
        "中原路与京开大道交叉口东北角门面",
        "门面装修",
        "门面装修吊顶将中压燃气管道封闭在室内",
        date(2024, 5, 28),
        "市城管执法局",
        "市燃气公司、中原路街道",
        "8月底前",
        "已下达限期拆除通知，商户正在自行拆除吊顶",
        18.0,
    ),
    (
        "ZY-2024-017",
        "昆吾街道",
        "昆吾小区中院",
        "彩钢板房",
        "小区内违建彩钢板房压占庭院燃气管道约12米",
        date(2024, 6, 3),
        "华龙区昆吾街道办事处",
        "燃气公司、昆吾社区、小区物业",
        "2024年9月30日",
        "",
        12.0,
    ),
    (
        "ZY-2024-020",
        "人民路街道",
        "安居苑小区",
        "砌筑花坛",
        "居民在燃气管道上方砌筑花坛，阀井被覆盖",
        date(2024, 6, 12),
        "濮阳市安居物业服务有限公司",
        "人民路街道、燃气公司",
        "7月15日前",
        "已拆除花坛，阀井恢复，经燃气公司验收合格",
        4.0,
    ),
    (
        "ZY-2024-023",
        "大庆路街道",
        "大庆路临街商铺",
        "违章建筑",
        "临街商铺后墙违建厨房压占低压庭院管",
        date(2024, 6, 20),
        "华龙区大庆路街道办事处",
        "市城管局、燃气公司",
        "年底前",
        "商户拒不配合，未整改",
        9.5,
    ),
    (
        "ZY-2024-026",
        "黄河路街道",
        "黄河路物流园",
        "堆放重物",
        "物流园在燃气管道上方堆放建材，重型车辆反复碾压",
        date(2024, 6, 25),
        "燃气公司",
        "黄河路街道",
        "立行立改",
        "已清理堆放物，设置警示桩，纳入日常巡线",
        30.0,
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="管网运行部")
    ws = b.sheet("占压整治台账")
    b.widths(ws, [6, 14, 12, 24, 10, 36, 14, 24, 26, 14, 30, 12])
    last = 11
    meters = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "燃气管道违章占压隐患整治台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市燃气有限公司（管网运行部）    截至日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患编号",
            "所在街道",
            "小区/路段",
            "占压类型",
            "隐患描述",
            "违章通知书下达日期",
            "牵头单位",
            "配合单位",
            "整改时限",
            "整治进展",
            "占压长度（米）",
        ],
    )
    for i, row in enumerate(GAS_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:-1]), first=1)
        b.put(ws, r, last, row[-1], meters)
    end = 3 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"{len(GAS_ROWS)}处", b.center)
    for c in range(2, last):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, last, round(sum(row[-1] for row in GAS_ROWS), 1), meters)
    b.line(
        ws,
        end + 1,
        "说明：“立行立改”事项自违章通知书下达之日起整改；整改完成后由燃气公司现场验收销号。",
        last,
    )
    b.line(ws, end + 2, "审核：杜长明    填表：姚倩    联系电话：0393-8181256", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 城区住宅物业小区物业服务质量抽查结果通报, after a city 住建局's monthly 物业服务质量抽查结果 (组织各城区住保局实地
# 巡查，评选出物业服务质量较好的2家和较差的10家物业小区，每个小区后括注物业服务企业; 较好的通报表扬、加5分并记入
# 信用档案):
# http://2222898.com/xwdt/rdgz/202303/t20230316_998713.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble with the 通报日期 the “15日内” rows count
# from, a first table of the two 较好 小区 (表扬, not items), a second table of the 较差 小区 with 物业服务企业 (one
# 小区 managed by its 社区), 整改要求, 整改期限 and 整改情况, a closing paragraph, the bureau and date at the foot.
GOOD_ESTATES = [
    [
        "1",
        "龙都花园小区",
        "濮阳市龙都物业管理有限公司",
        "环境干净整洁，车辆停放有序，绿化养护较好",
        "通报表扬，加5分",
    ],
    ["2", "绿城·玉园小区", "濮阳绿城物业服务有限公司", "消防设施完好，业主投诉处理及时", "通报表扬，加5分"],
]
POOR_ESTATES = [
    (
        "锦绣苑小区",
        "濮阳市恒信物业管理有限公司",
        "楼道堆放杂物，消防通道被车辆占用",
        "清理楼道杂物，施划消防通道标线",
        "15日内",
        "已清理，消防通道标线已施划",
    ),
    (
        "天润城小区",
        "濮阳市嘉和物业服务有限公司",
        "地下车库电动自行车违规充电，充电区未配备灭火器",
        "规范集中充电，配齐消防器材",
        "15日内",
        "已配备灭火器，智能充电桩正在安装",
    ),
    (
        "龙城花苑小区",
        "河南宏达物业服务有限公司",
        "二次供水水箱未按规定清洗消毒，无水质检测报告",
        "清洗消毒水箱并送检",
        "15日内",
        "",
    ),
    (
        "石化小区",
        "华龙区胜利路街道石化社区居民委员会（代管）",
        "小区无物业服务，垃圾清运不及时，路灯损坏",
        "落实临时保洁，修复路灯，推进选聘物业",
        "8月底前",
        "已引入临时保洁，路灯正在维修",
    ),
    (
        "翰林苑小区",
        "濮阳市安泰物业管理有限公司",
        "电梯维保记录不全，1部电梯超期未检验",
        "补齐维保记录，电梯报检",
        "15日内",
        "未整改",
    ),
    (
        "金色家园小区",
        "濮阳市金盾物业服务有限公司",
        "公共收益未按规定公示，业主投诉未及时处理",
        "公示公共收益，建立投诉台账",
        "15日内",
        "已在小区公示栏公示2023年度公共收益，投诉台账已建立",
    ),
    (
        "盛世华庭小区",
        "濮阳市悦家物业服务有限公司",
        "小区监控系统部分损坏，门岗无人值守",
        "修复监控，落实门岗值守",
        "2024年7月31日",
        "已修复监控，门岗实行24小时值守",
    ),
]


def write_estate_docx(path: Path) -> Path:
    doc = _new_document("物业科")
    _title(doc, "濮阳市住房和城乡建设局关于6月份城区住宅物业小区物业服务质量抽查结果及整改情况的通报", 18)
    _paragraph(doc, "各城区住房保障中心、各物业服务企业：")
    _paragraph(
        doc,
        "6月份，我局组织各城区住房保障中心按照省、市物业管理服务要求，对城区住宅物业小区物业服务质量进行了实地抽查，"
        "评选出物业服务质量较好的小区2家、较差的小区7家，抽查结果已于2024年7月8日通报。整改期限为“15日内”的，"
        "自2024年7月8日起计算。现将抽查结果及整改情况通报如下：",
    )
    _paragraph(doc, "一、物业服务质量较好小区", 16, "黑体")
    _table(doc, ["序号", "小区名称", "物业服务企业", "主要做法", "处理意见"], GOOD_ESTATES)
    _paragraph(doc, "二、物业服务质量较差小区及整改情况", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(POOR_ESTATES, 1)]
    _table(doc, ["序号", "小区名称", "物业服务企业", "存在问题", "整改要求", "整改期限", "整改情况"], body)
    _paragraph(doc, "对逾期未整改的物业服务企业，将约谈企业负责人并记入物业服务企业信用档案。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_estate(path: Path) -> Path:
    return via_soffice(write_estate_docx, path, "doc", "物业服务质量抽查结果通报.docx")


# ---------------------------------------------------------------------------------------------
# 8. 老旧小区改造居民诉求办理台账, after a street's account of its 老旧小区改造 (社区接到居民12345政务服务热线诉求，
# 第一时间上报街道老旧小区改造专班; 旧改专班协调施工方一起到现场查看并协商解决方案; 确定方案后施工方立即开展施工，
# 历经一个周):
# http://qljzsj.com/xinwendongtai/news2/703.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位 line, a line stating the working-day limits counted
# from the 受理日期, one header row with 诉求来源, 社区, 承办单位 (a construction company, utilities by short names, a
# former bureau name), 协商解决方案, 办理时限 as “5个工作日”/“10个工作日”, 办理结果 and 回访, a signature line.
OLD_ESTATE_ROWS = [
    (
        "2024-07-01",
        "12345热线",
        "建设社区",
        "裕丰小区",
        "4号楼西侧外墙石材松动脱落，存在砸伤行人隐患",
        "河南中豫建设工程有限公司",
        "搭设支架加固后抹平外墙",
        "5个工作日",
        "已完成外墙加固抹面，办结",
        "满意",
    ),
    (
        "2024-07-03",
        "网格员上报",
        "建设社区",
        "裕丰小区",
        "雨污管网改造后检查井井盖高出路面，夜间易绊倒行人",
        "濮阳市安澜市政工程有限公司",
        "调整井盖高程，与路面齐平",
        "5个工作日",
        "已调整井盖高程，办结",
        "满意",
    ),
    (
        "2024-07-05",
        "12345热线",
        "京开社区",
        "京开小区",
        "改造施工挖断小区供水管道，3栋楼停水超过24小时",
        "自来水公司",
        "抢修供水管道，同步更换老旧入户管",
        "5个工作日",
        "已抢修恢复供水，老旧入户管正在更换",
        "",
    ),
    (
        "2024-07-09",
        "居民代表反映",
        "京开社区",
        "京开小区",
        "小区架空线缆杂乱，改造方案未纳入强弱电入地",
        "供电公司",
        "调整改造方案，强弱电同步入地",
        "10个工作日",
        "正在协调通信运营商同步迁改",
        "",
    ),
    (
        "2024-07-11",
        "12345热线",
        "任丘社区",
        "电业局家属院",
        "燃气立管改造后未及时通气，居民无法做饭",
        "市燃气公司",
        "完成气密性试验后恢复通气",
        "5个工作日",
        "已完成气密性试验并恢复通气，办结",
        "满意",
    ),
    (
        "2024-07-16",
        "社区收集",
        "任丘社区",
        "电业局家属院",
        "改造完成后小区仍无物业管理，公共维修资金续筹无人牵头",
        "市房管局",
        "指导成立业主自管小组，推进选聘物业",
        "10个工作日",
        "",
        "",
    ),
    (
        "2024-07-22",
        "12345热线",
        "建设社区",
        "裕丰小区",
        "楼顶防水改造后顶层住户仍漏水",
        "河南中豫建设工程有限公司",
        "重新做屋面防水层",
        "5个工作日",
        "逾期未办",
        "不满意",
    ),
]


def write_old_estate_book(path: Path) -> Path:
    b = Book(path, author="旧改专班")
    ws = b.sheet("诉求办理台账")
    b.widths(ws, [6, 12, 12, 10, 14, 36, 24, 26, 12, 28, 8])
    last = 10
    b.line(ws, 0, "人民路街道老旧小区改造居民诉求办理台账（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：华龙区人民路街道办事处（老旧小区改造工作专班）    填报日期：2024年7月30日", last)
    b.line(
        ws,
        2,
        "办理时限：一般诉求5个工作日内办结，涉及管线迁改、物业管理的10个工作日内办结，均自受理之日起计算。",
        last,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "受理日期",
            "诉求来源",
            "社区",
            "小区",
            "诉求内容",
            "承办单位",
            "协商解决方案",
            "办理时限",
            "办理结果",
            "回访",
        ],
    )
    for i, row in enumerate(OLD_ESTATE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(OLD_ESTATE_ROWS)
    b.line(ws, end, "专班负责人：秦海涛    填表人：白雪    联系电话：0393-4418832", last)
    return b.close()


def write_old_estate(path: Path) -> Path:
    return via_soffice_ods(write_old_estate_book, path, "老旧小区改造居民诉求办理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 交通运输行业重大隐患排查整治专项考核反馈问题整改 (two returns in one zip), after a city 交通运输局's 重大隐患排查整治
# 专项考核 (印发专项考核方案，5个考核小组按片区划分; 对镇街交通运输主管部门领导履职、教育培训、应急处置、信息报送
# 等方面开展督导检查，并抽查企业隐患排查整治落实情况; 发现的问题及隐患及时反馈，督促补齐工作短板):
# http://jt.zs.gov.cn/xxml/zwgk/zwdt/gzdt/content/post_2309161.html
# A .zip holding an .xlsx from one county bureau (考核组 and 考核内容 columns, an explicit 责任单位: the bureau, a
# company, a town; the 反馈日期 the 立行立改 row counts from) and a .docx report with a table from another county
# bureau whose rows name only its own 股室.
QINGFENG_ROWS = [
    (
        "第三考核组",
        "领导履职",
        "局党组未专题研究重大隐患排查整治工作，相关会议记录缺失",
        "清丰县交通运输局",
        "召开党组会议专题研究，完善会议记录",
        "2024年8月31日",
        "已列入8月份党组会议议题",
    ),
    (
        "第三考核组",
        "教育培训",
        "危货运输驾驶员年度安全培训学时不足",
        "清丰县安达危险货物运输有限公司",
        "组织驾驶员补训，完善培训档案",
        "7月20日前",
        "已补训完成，培训档案已归档",
    ),
    (
        "第三考核组",
        "企业抽查",
        "客运站安检“三品”查堵登记台账不完整",
        "清丰县汽车客运总站",
        "规范“三品”查堵登记",
        "立行立改",
        "已整改",
    ),
    (
        "第三考核组",
        "应急处置",
        "韩村镇农村公路汛期应急物资储备不足，无应急值班表",
        "清丰县韩村镇人民政府",
        "补充应急物资，排定汛期值班表",
        "7月15日前",
        "",
    ),
    (
        "第三考核组",
        "信息报送",
        "重大隐患排查整治月报未按时报送，6月份迟报5天",
        "清丰县交通运输局",
        "明确专人负责，每月5日前报送",
        "长期坚持",
        "长期坚持，按月报送",
    ),
]
NANLE_ROWS = [
    ("安全生产责任清单未随人员调整及时更新", "办公室", "更新责任清单并印发", "7月10日前", "已更新并印发"),
    (
        "对客运企业隐患排查落实情况抽查比例不足30%",
        "运输管理股",
        "制定抽查计划，提高抽查比例",
        "第三季度",
        "已制定抽查计划，正在实施",
    ),
    ("道路运输突发事件应急预案未组织演练", "安全监督股", "组织开展应急演练", "8月底前", ""),
    ("执法人员安全生产执法培训不足", "政策法规股", "开展执法业务培训", "年底前", "未启动"),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县交通运输局")
    ws = b.sheet("反馈问题整改台账")
    b.widths(ws, [6, 12, 12, 40, 30, 30, 14, 26])
    last = 7
    b.line(ws, 0, "清丰县交通运输行业重大隐患排查整治专项考核反馈问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县交通运输局    考核时间：2024年7月3日    反馈日期：2024年7月5日", last)
    b.header(
        ws, 2, ["序号", "考核组", "考核内容", "反馈问题", "责任单位", "整改措施", "整改时限", "整改情况"]
    )
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QINGFENG_ROWS)
    b.line(ws, end, "注：“立行立改”事项自反馈之日起整改。", last)
    b.line(ws, end + 1, "填表人：冯晓东    联系电话：0393-7226315    填报日期：2024年7月29日", last)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("安全监督股")
    _title(doc, "南乐县交通运输局关于重大隐患排查整治专项考核反馈问题整改情况的报告", 18)
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "7月4日，市交通运输局第四考核组对我局重大隐患排查整治专项行动开展情况进行了考核，反馈问题4个。"
        "我局逐项明确责任股室和完成时限，现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任股室", "整改措施", "完成时限", "整改进展"], body)
    _paragraph(doc, "南乐县交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_assess_zip(path: Path) -> Path:
    return zip_of(
        path,
        [
            ("清丰县专项考核反馈问题整改台账.xlsx", write_qingfeng_book),
            ("南乐县专项考核反馈问题整改情况报告.docx", write_nanle_docx),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 10. 镇街道上报隐患房屋核查整治台账, after a district 住房城乡建委's account of its 自建房隐患排查整治 (全区已排查既有
# 自建房、经营性自建房; 对镇街道上报的隐患房屋已现场核查，核查率60%; 对核查认定的隐患程度高、危害性大的房屋，指导
# 属地政府实施整治、停用搬离):
# https://zfcxjw.cq.gov.cn/zwxx_166/bmdt/qxdt/202207/t20220705_10887560.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a
# 核查情况 line, a two-row header with 是否完成整治 over 是/否 ticks, the 镇（街道） as 属地责任单位, the 核查认定
# 隐患程度, 整治措施, 整治时限 (dates, 月底前, 年底前, a schedule text) and a 备注 column, a signature line.
CHECK_ROWS = [
    (
        "华龙区岳村镇人民政府",
        "岳村集村主街58号",
        "餐饮",
        "三层餐饮自建房一层拆改承重墙",
        "C级（局部危险）",
        "停止经营，加固改造",
        "2024年8月31日",
        "",
        "√",
        "已停止经营，加固设计已完成",
    ),
    (
        "华龙区孟轲乡人民政府",
        "孟轲集南街16号",
        "住宿",
        "小旅馆四层违规加建彩钢房，无第二安全出口",
        "D级（整体危险）",
        "停用搬离，拆除加建部分",
        "立即停用，7月底前拆除",
        "√",
        "",
        "",
    ),
    (
        "华龙区中原路街道办事处",
        "中原路中段287号",
        "商超",
        "屋面违规设置大型广告牌，屋面梁开裂",
        "C级（局部危险）",
        "拆除广告牌，修复屋面梁",
        "9月底前",
        "",
        "√",
        "",
    ),
    (
        "华龙区胜利路街道办事处",
        "胜利路西段石化路口",
        "群租公寓",
        "自建房改作群租公寓，隔间超过20间，消防设施缺失",
        "一般安全隐患",
        "限期配齐消防设施，核减出租间数",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "华龙区大庆路街道办事处",
        "大庆路东段102号",
        "培训机构",
        "三层自建房用作培训机构，楼梯宽度不足，外窗防盗网封闭",
        "一般安全隐患",
        "拆除防盗网，停止在三层开展培训",
        "8月15日前",
        "",
        "",
        "",
    ),
    (
        "华龙区黄河路街道办事处",
        "黄河路北侧城中村",
        "生产加工",
        "小作坊在二层堆放大量原材料，楼面超载",
        "C级（局部危险）",
        "清理堆载，鉴定后加固",
        "年底前",
        "",
        "√",
        "已清理堆载，正在委托鉴定",
    ),
    (
        "华龙区岳村镇人民政府",
        "岳村镇东北庄村",
        "养老服务",
        "自建房用作养老服务点，未经消防验收，承重墙体开裂",
        "D级（整体危险）",
        "停用搬离，老人转移安置",
        "2024年7月10日",
        "√",
        "",
        "老人已全部转移至区社会福利中心，房屋已封闭",
    ),
]


def write_check_book(path: Path) -> Path:
    b = Book(path, author="村镇建设科")
    ws = b.sheet("核查整治台账")
    b.widths(ws, [6, 24, 22, 10, 36, 16, 28, 20, 6, 6, 30])
    last = 10
    b.line(ws, 0, "华龙区镇街道上报经营性自建房隐患房屋核查整治台账", last, b.title)
    b.line(ws, 1, "填报单位：华龙区住房和城乡建设局    截至：2024年7月26日", last)
    b.line(
        ws,
        2,
        "核查情况：全区已排查经营性自建房2316栋，镇街道上报隐患房屋26栋，已现场核查18栋，核查率69%。",
        last,
    )
    for c, word in enumerate(
        ["序号", "镇（街道）", "房屋地址", "房屋用途", "上报隐患", "核查认定隐患程度", "整治措施", "整治时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "是否完成整治", b.head)
    b.header(ws, 4, ["是", "否"], first=8)
    b.merge(ws, 3, 10, 4, 10, "备注", b.head)
    for i, row in enumerate(CHECK_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (8, 9) else b.cell)
    end = 5 + len(CHECK_ROWS)
    b.line(ws, end, "填表人：姜涛    审核人：卢文斌    联系电话：0393-8337520", last)
    return b.close()


def write_check(path: Path) -> Path:
    return via_soffice(write_check_book, path, "xls", "隐患房屋核查整治台账.xlsx")


FILES = [
    ("马庄桥镇自建房安全隐患排查整治台账.xls", write_town_house),
    ("台前县交通运输局关于交通运输领域安全隐患排查整治情况的报告.docx", write_traffic_report),
    ("范县2024年第二季度建筑施工安全生产执法检查隐患整改台账.xlsx", write_site),
    ("千口镇瓶装液化石油气安全排查问题整改台账（2024年7月）.csv", write_lpg),
    ("濮阳县普通公路安全隐患分类分级处置台账.xlsx", write_road),
    ("燃气管道违章占压隐患整治台账.xlsx", write_gas),
    ("6月份城区住宅物业小区物业服务质量抽查结果及整改情况通报.wps", write_estate),
    ("人民路街道老旧小区改造居民诉求办理台账（2024年7月）.ods", write_old_estate),
    ("交通运输行业重大隐患排查整治专项考核反馈问题整改（清丰县、南乐县）.zip", write_assess_zip),
    ("华龙区经营性自建房隐患房屋核查整治台账.et", write_check),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

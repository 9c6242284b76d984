"""Write the aside193 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 电力、通信与邮政快递行业的安全检查整改 (电力设施保护, 输电线路防外破, 夜市安全用电; 通信机房和基站,
通信建设工程, 三线搭挂; 快递分拣中心, 寄递渠道安全, 寄递渠道电动自行车, 快递物流园消防, 寄递物流网点).

Forms: .xlsx (five, one more inside the zip), .xls (xlwt, with ticks under 是/否), .et (Excel 97 via LibreOffice),
a CSV in UTF-8 with a byte-order mark, a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice)
with a table, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside193.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files, the document properties and the zip member times are fixed, so two runs write the same
bytes.
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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.red = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FF9999"})
        self.blue = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#99CCFF"})
        self.yellow = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FFFF99"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .doc and .et returns")
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
# 1. 电力线路通道隐患通报整改情况汇总, after a city 供电公司 reporting, at the 电力设施保护暨电力迎峰度夏工作会议, the main
# line-corridor hazards in its area (16处, 7处为树障, 4处为违章建筑) to the departments that must deal with them
# (城乡建设委、交通运输局、林业局、安监局 "表示将进行整改"):
# http://chinasmartgrid.com.cn/news/20140521/512556.shtml
# An .xlsx: title, 汇总单位/会议日期 line (the date 立行立改 counts from), one header row with 牵头整改部门 and the
# 配合单位 beside it, old and short department names as offices still write them, a 合计 row, a 注 line and a
# 填表人 line.
CORRIDOR_ROWS = [
    (
        "220千伏濮卫线#32—#35档",
        "树障",
        "线路保护区内杨树超高约60棵，与导线安全距离不足",
        "濮阳市华龙区人民政府",
        "国网濮阳供电公司",
        "2024年7月31日前",
        "已砍伐超高树木42棵，剩余18棵正与林权户协商补偿",
    ),
    (
        "110千伏濮化线#12塔",
        "违章建筑",
        "塔基保护区内新建彩钢瓦棚一处，距塔腿不足5米",
        "市城管执法局",
        "华龙区孟轲乡人民政府",
        "2024年7月15日",
        "已拆除",
    ),
    (
        "110千伏东孟线#45—#46档",
        "违章施工",
        "线下道路拓宽施工使用吊车，未设置限高警示",
        "市交通局",
        "施工单位、国网濮阳供电公司",
        "立行立改",
        "已设置限高架和警示牌，整改完成",
    ),
    (
        "35千伏清丰线#8杆",
        "违章建筑",
        "杆塔拉线旁私建养殖大棚，塑料薄膜易被风刮起缠绕导线",
        "清丰县人民政府",
        "国网濮阳供电公司",
        "2024年8月15日",
        "",
    ),
    (
        "10千伏开发区Ⅰ回线#20—#26杆",
        "外力破坏",
        "线路保护区内堆放建筑垃圾，土方堆高后距导线不足3米",
        "市建委",
        "濮阳经济技术开发区管理委员会",
        "2024年7月20日",
        "未整改",
    ),
    (
        "220千伏濮范线#101塔",
        "违法取土",
        "塔基周边挖沙取土，塔基基础外露",
        "市国土资源局",
        "范县人民政府",
        "2024年9月30日",
        "已立案查处，正在组织回填",
    ),
    (
        "110千伏化工园区线#7—#9档",
        "易燃易爆",
        "线路保护区内违规存放液化石油气钢瓶",
        "市安监局",
        "濮阳市化工产业园区管理委员会",
        "2024年7月10日",
        "已清理完毕，复查合格",
    ),
    (
        "10千伏胜利路线#31—#40杆",
        "广告设施",
        "道路两侧大型户外广告牌与导线安全距离不足",
        "市城管局",
        "国网濮阳供电公司",
        "第三季度",
        "正在协调广告产权单位拆除",
    ),
    (
        "全市输配电线路",
        "宣传警示",
        "电力设施保护区警示标识设置不足，群众护线意识不强",
        "市供电公司",
        "各县（区）人民政府",
        "长期坚持",
        "长期坚持",
    ),
]


def write_corridor(path: Path) -> Path:
    b = Book(path, author="电力科")
    ws = b.sheet("通道隐患")
    b.widths(ws, [6, 24, 10, 36, 20, 24, 14, 30])
    b.line(ws, 0, "2024年电力设施保护暨迎峰度夏工作会议通报线路通道隐患整改情况汇总表", 7, b.title)
    b.line(
        ws,
        1,
        "汇总单位：濮阳市工业和信息化局（市电力设施保护办公室）    会议通报日期：2024年6月28日    "
        "填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "线路名称及区段",
            "隐患类型",
            "隐患情况",
            "牵头整改部门",
            "配合单位",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(CORRIDOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CORRIDOR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "会议通报主要通道隐患9处，其中树障1处、违章建筑2处；已完成整改3处")
    b.line(ws, end + 1, "注：“立行立改”的以会议通报之日为整改时限；整改进展截至7月29日。", 7)
    b.line(ws, end + 3, "填表人：孔令杰    审核人：赵书亮    联系电话：0393-8990316", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 输电线路防外破“三色”区段台账, after a county 供电公司's 电力设施保护 work (“三色”输电线路隐患属地化维护区段台账:
# 红色异常状态区段每周巡视一次，蓝色注意状态区段半个月一次，黄色正常状态区段一个月一次; 对发现的隐患及时下达
# 电力设施安全隐患整改通知书; 山火、树木、大棚、厂房、施工地段):
# http://kazuo.gov.cn/html/KZXZF/202503/0174251528227826.html
# An .xlsx: title, 填报单位 line (the company's 输电运检中心), a two-row header (隐患整改通知书 over 编号/下达日期 and
# 处置闭环 over 处置情况/结案情况), the colour of the section in a filled cell, rows naming only the company's 班组,
# a 说明 line on the colours and a signature line.
THREE_COLOUR_ROWS = [
    (
        "红色",
        "220千伏濮卫线",
        "#56—#58",
        "线下物流园厂房扩建施工，吊车作业距导线不足6米",
        "DLBH-2024-031",
        date(2024, 7, 3),
        "输电运检一班",
        "每周一次",
        "2024年8月15日",
        "已下达整改通知书，派人现场蹲守监护",
        "未结案",
    ),
    (
        "红色",
        "110千伏濮南线",
        "#23—#24",
        "保护区内违规种植速生杨约200棵",
        "DLBH-2024-026",
        date(2024, 6, 18),
        "输电运检二班",
        "每周一次",
        "7月20日前",
        "已砍伐清理",
        "已结案",
    ),
    (
        "蓝色",
        "220千伏昆吾线",
        "#88",
        "塔基附近农田焚烧秸秆，塔材留有火烧痕迹",
        "DLBH-2024-033",
        date(2024, 7, 9),
        "输电运检一班",
        "半月一次",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "蓝色",
        "110千伏孟轲线",
        "#14—#16",
        "线下新建蔬菜大棚，棚膜及压膜线未加固",
        "DLBH-2024-029",
        date(2024, 6, 27),
        "输电运检三班",
        "半月一次",
        "2024年8月31日",
        "已与大棚户签订安全协议，正在加固棚膜",
        "未结案",
    ),
    (
        "黄色",
        "35千伏柳屯线",
        "#40",
        "拉线被农用车辆刮碰，拉线棒外露",
        "DLBH-2024-024",
        date(2024, 6, 12),
        "配电运检室",
        "每月一次",
        "2024年7月12日",
        "已更换拉线并加装防撞警示管",
        "已结案",
    ),
    (
        "红色",
        "220千伏濮范线",
        "#120—#122",
        "线路下方鱼塘有人违规垂钓，未设置禁钓警示牌",
        "DLBH-2024-027",
        date(2024, 6, 21),
        "输电运检三班",
        "每周一次",
        "7月15日前",
        "未整改",
        "未结案",
    ),
    (
        "黄色",
        "110千伏开州线",
        "#5",
        "铁塔塔材被盗3根",
        "DLBH-2024-025",
        date(2024, 6, 14),
        "输电运检二班",
        "每月一次",
        "2024年7月8日",
        "已补装塔材并加装防盗螺栓",
        "已结案",
    ),
    (
        "蓝色",
        "110千伏绿城线",
        "#30—#33",
        "线路通道内堆放废旧塑料薄膜，易被大风刮起",
        "DLBH-2024-034",
        date(2024, 7, 11),
        "输电运检一班",
        "半月一次",
        "第三季度",
        "已通知产权人清理，完成约一半",
        "未结案",
    ),
]


def write_three_colour(path: Path) -> Path:
    b = Book(path, author="输电运检中心")
    ws = b.sheet("三色区段台账")
    b.widths(ws, [6, 8, 16, 12, 34, 16, 12, 14, 10, 14, 28, 10])
    b.line(ws, 0, "2024年输电线路防外破隐患“三色”区段管控台账（7月）", 11, b.title)
    b.line(ws, 1, "填报单位：国网濮阳供电公司输电运检中心    统计截至：2024年7月30日", 11)
    for c, word in enumerate(["序号", "区段颜色", "线路名称", "杆塔区段", "隐患描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "隐患整改通知书", b.head)
    b.header(ws, 3, ["编号", "下达日期"], first=5)
    for c, word in [(7, "责任班组"), (8, "巡视周期"), (9, "整改期限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "处置闭环", b.head)
    b.header(ws, 3, ["处置情况", "结案情况"], first=10)
    colour = {"红色": b.red, "蓝色": b.blue, "黄色": b.yellow}
    for i, row in enumerate(THREE_COLOUR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], colour[row[0]])
        b.row(ws, r, list(row[1:]), first=2)
    end = 4 + len(THREE_COLOUR_ROWS)
    b.line(
        ws,
        end,
        "说明：红色为异常状态区段，每周巡视一次；蓝色为注意状态区段，每半月巡视一次；黄色为正常状态区段，"
        "每月巡视一次。隐患消除后出具结案通知。",
        11,
    )
    b.line(ws, end + 2, "中心负责人：邵建国    填表人：闫冬梅    联系电话：0393-4812275", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 通信工程质量监督和安全生产检查情况通报, after a provincial 通信管理局's quarterly 通报 to 各基础电信运营企业、铁塔公司
# (抽查营业厅、油机房、通信机房及基站等场所设施21处，发现47个问题，发送了整改通知单，并要求限时整改到位(详见附件2);
# 疏散通道堆积杂物, 每月巡查记录不全, 防毒面具及灭火器, 消防控制室值班人员对火灾告警处理流程…):
# https://hunca.miit.gov.cn/zwgk/xzzfgs/art/2024/art_9b200e22bb3c4cf5a6e93c70949a248b.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble stating the date the 整改通知单 went out (the base of
# 15个工作日内 and 立行立改), the 附件 line, the issuing office and date, then the 附件 table with 被检查单位/检查场所
# and the 整改反馈 the office collected.
TELECOM_ROWS = [
    (
        "中国移动通信集团河南有限公司濮阳分公司",
        "华龙区中原路营业厅",
        "疏散通道堆积宣传物料，每月消防巡查记录不全",
        "清理通道，补齐巡查记录",
        "15个工作日内",
        "已整改",
    ),
    (
        "中国联合网络通信有限公司濮阳市分公司",
        "开州路通信枢纽楼消防控制室",
        "消防控制室值班人员对火灾告警处理流程不熟悉",
        "组织值班人员培训并考核",
        "15个工作日内",
        "已组织培训，考核定于8月上旬进行",
    ),
    (
        "中国电信股份有限公司濮阳分公司",
        "南乐县城关油机房",
        "油机房内柴油桶存放超量，未设置防泄漏托盘",
        "清理超量油桶，加装防泄漏托盘",
        "2024年7月20日",
        "未整改",
    ),
    (
        "中国铁塔股份有限公司濮阳市分公司",
        "清丰县韩村乡基站",
        "铁塔防雷接地电阻超标，接地引下线锈蚀断开",
        "重做接地网，更换引下线",
        "2024年8月31日",
        "",
    ),
    (
        "中国铁塔股份有限公司濮阳市分公司",
        "范县濮城镇基站",
        "基站机房门锁损坏，外来人员可随意进出",
        "更换门锁，加装门禁",
        "15个工作日内",
        "已更换门锁，整改完成",
    ),
    (
        "中国移动通信集团河南有限公司濮阳分公司",
        "台前县5G基站新建工程施工现场",
        "高处作业人员未系安全带，施工前未进行安全技术交底",
        "立即纠正，补充安全技术交底",
        "立行立改",
        "已补充安全技术交底记录，复查合格",
    ),
    (
        "中国联合网络通信有限公司濮阳市分公司",
        "濮阳县城关营业厅",
        "营业厅工作人员未掌握防毒面具及灭火器使用方法",
        "定期开展消防器材实操培训",
        "常态化开展",
        "长期坚持",
    ),
    (
        "中国电信股份有限公司濮阳分公司",
        "华龙区京开道传输机房",
        "蓄电池组超过设计使用年限未更换",
        "更换蓄电池组",
        "2024年第三季度",
        "已列入更换计划，正在招标",
    ),
]


def write_telecom_docx(path: Path) -> Path:
    doc = _new_document("市通信发展管理办公室")
    _title(doc, "关于2024年二季度通信建设工程质量监督和安全生产检查有关情况的通报")
    _paragraph(doc, "市内各基础电信运营企业、铁塔公司：")
    _paragraph(
        doc,
        "根据《通信建设工程质量监督管理规定》和《通信建设工程安全生产管理规定》要求，我办于6月下旬对全市"
        "4家基础电信运营企业、铁塔公司开展了安全生产检查，查阅了安全生产管理台账及通信建设工程项目资料，"
        "抽查营业厅、油机房、通信机房及基站等场所设施16处。对发现的问题已于2024年7月5日发送整改通知单，"
        "要求限时整改到位，整改时限按工作日计的自整改通知单发送之日起计算。现将问题及各企业整改反馈情况"
        "（截至7月26日）通报如下（详见附件）。",
    )
    _paragraph(doc, "各企业要举一反三，对照问题开展自查自纠，于8月5日前将整改报告报送我办。")
    _paragraph(doc, "附件：安全生产检查发现问题及整改反馈情况")
    _paragraph(doc, "濮阳市通信发展管理办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附件", 16, "黑体")
    _paragraph(doc, "安全生产检查发现问题及整改反馈情况", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(TELECOM_ROWS, 1)]
    _table(doc, ["序号", "被检查单位", "检查场所", "存在问题", "整改要求", "整改时限", "整改反馈"], body)
    doc.add_paragraph()  # Word ends a document with a paragraph; without it the .doc conversion drops the table
    return _save_fixed(doc, path)


def write_telecom(path: Path) -> Path:
    return via_soffice(write_telecom_docx, path, "doc", "通信安全生产检查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 通信建设工程质量监督和安全生产检查发现问题整改情况报告, after a provincial 通信管理局's 通报 that names each
# project and its problems in sentences and ends each with the responsible party (“…工程主要问题为：施工单位…未记录
# 施工现场检查情况…；…责任单位为上海邮电设计咨询研究院有限公司”):
# https://wanbiaoku.com/new/4789af16b81444d6a2ef4402bb727fba
# A .docx: title, 主送, preamble giving the one deadline for all items (另有时限的除外), the items as numbered
# paragraphs (工程名称、主要问题、责任单位 (施工/设计/监理单位)、整改情况 in sentences), the company and date at the foot.
PROJECT_PARAS = [
    (
        "1.2024年濮阳700M基站建设三期工程。主要问题为：施工单位未建立施工现场安全检查记录，隐患处理情况无据可查，"
        "设备吊装、加电测试前未进行安全技术交底。责任单位为河南豫通通信工程有限公司。整改情况：已补建施工现场"
        "检查记录台账，补签安全技术交底，整改完成。"
    ),
    (
        "2.2023年城区机房配套通信管道二期工程。主要问题为：管道开挖深度不满足设计要求时，设计单位未提出具体"
        "防护措施，仅笼统要求施工单位做好防护。责任单位为濮阳中睿邮电设计咨询有限公司。整改情况：已出具补充"
        "设计交底文件，明确挡土板支护和抽水措施，经监理单位确认整改完成。"
    ),
    (
        "3.清丰县光纤入户改造工程。主要问题为：部分施工人员登高作业未持有效特种作业操作证。责任单位为濮阳"
        "华信通信工程有限公司。整改情况：已更换3名持证人员上岗，其余人员正在办理取证。"
    ),
    (
        "4.南乐县5G基站楼面抱杆安装工程。主要问题为：楼面抱杆未做抗震加固，防雷接地未与楼体接地网可靠连接。"
        "责任单位为河南铭远通信技术有限公司。整改情况：尚未整改。"
    ),
    (
        "5.华龙区通信管线迁改工程。主要问题为：监理单位未按规定开展旁站监理，监理日志记录缺失。"
        "责任单位为河南正诚工程监理咨询有限公司。"
    ),
    (
        "6.范县乡镇基站配套电源改造工程。主要问题为：外电引入施工未办理停电工作票，存在带电作业风险。"
        "责任单位为濮阳电通建设工程有限公司，要求7月20日前完成整改。整改情况：已停工补办工作票，"
        "建立停送电联系制度，经复查合格。"
    ),
    (
        "7.台前县传输光缆线路工程。主要问题为：光缆穿越公路段保护管埋深不足0.8米。责任单位为河南中岳通信"
        "工程有限公司，计划9月底前结合道路大修统一返工。整改情况：已制定返工方案。"
    ),
]


def write_projects(path: Path) -> Path:
    doc = _new_document("网络部")
    _title(doc, "关于通信建设工程质量监督和安全生产检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市通信发展管理办公室：")
    _paragraph(
        doc,
        "根据《关于2024年第二季度通信建设工程质量监督和安全生产检查情况的通报》，我公司立即组织建设、"
        "设计、施工、监理各参建单位逐项对照整改。通报问题整改时限统一为2024年8月15日（另有时限的除外）。"
        "现将各工程存在问题及整改情况报告如下：",
    )
    for text in PROJECT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我公司将加强对参建单位的日常检查，对整改不到位的单位按合同约定予以考核。")
    _paragraph(doc, "中国移动通信集团河南有限公司濮阳分公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 邮政快递业安全生产大检查, after a city 邮政管理局's month-long 寄递行业安全生产大检查 (市县两级联动，组成4个检查组
# 赴各企业分拣场地; 分拣处理场所、末端营业网点; 共检查企业28家，末端网点7个，发现问题隐患9个，下发责令整改通知书
# 3份，办理未按规定报送实名收寄信息案件1起; 安全责任落实“回头看”):
# http://yz-fz.org.cn/show-33649.html
# An .xls (xlwt): title, 填报单位/检查时间 line, a two-row header (整改落实 over 整改情况 and “回头看”复查), the
# 检查组 beside the 企业名称, the 场所 as the company's premises, a 合计 row, a 注 line and a 填表人 line.
POST_ROWS = [
    (
        "第一检查组",
        "中国邮政集团有限公司濮阳市分公司",
        "濮阳邮件处理中心",
        "分拣处理场所",
        "自动化分拣线急停按钮被货架遮挡，部分防护栏缺失",
        "现场整改",
        "2024.7.25",
        "已整改",
        "复查合格",
    ),
    (
        "第一检查组",
        "濮阳市顺丰速运有限公司",
        "开州路营业部",
        "末端网点",
        "未按规定报送实名收寄信息",
        "立案调查",
        "2024.8.10",
        "已立案，企业正在补报信息",
        "",
    ),
    (
        "第二检查组",
        "濮阳市圆通速递有限公司",
        "华龙区分拨中心",
        "分拣处理场所",
        "电动三轮车集中充电区未安装自动喷淋",
        "下发责令整改通知书",
        "2024.8.20",
        "正在施工安装",
        "",
    ),
    (
        "第二检查组",
        "濮阳市申通快递有限公司",
        "清丰县分拨场",
        "分拣处理场所",
        "安全出口被包裹堵塞，应急照明灯失效",
        "下发责令整改通知书",
        "2024.7.30",
        "已清理通道并更换应急灯",
        "复查合格",
    ),
    (
        "第三检查组",
        "濮阳市韵达快递有限公司",
        "南乐县营业网点",
        "末端网点",
        "收寄验视不规范，未对包裹逐件验视",
        "下发责令整改通知书",
        "2024.8.5",
        "",
        "",
    ),
    (
        "第三检查组",
        "濮阳京邦达物流有限公司",
        "范县营业部",
        "末端网点",
        "营业场所人员住宿与快件仓储合用同一空间",
        "现场责令改正",
        "2024.7.28",
        "未整改",
        "",
    ),
    (
        "第四检查组",
        "濮阳市极兔速递有限公司",
        "台前县分拨中心",
        "分拣处理场所",
        "安检机超期未检测，安检员无岗前培训记录",
        "现场整改",
        "2024.8.31",
        "已联系厂家检测，正在组织培训",
        "",
    ),
    (
        "第四检查组",
        "中国邮政速递物流股份有限公司濮阳市分公司",
        "濮阳县揽投部",
        "末端网点",
        "员工安全教育培训台账缺失",
        "现场整改",
        "2024.7.26",
        "已补建培训台账",
        "复查合格",
    ),
]


def write_post(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "2024年邮政快递业安全生产大检查发现问题隐患整改台账", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市邮政管理局（盖章）    检查时间：2024年7月22日至7月26日    填报日期：2024年7月30日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(
        ["序号", "检查组", "企业名称", "检查场所", "场所类型", "发现问题隐患", "处理方式", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 8, "整改落实", h, 2, 9), (3, 8, "整改情况", h), (3, 9, "“回头看”复查", h)]
    for i, row in enumerate(POST_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 7, 9) else c))
    r = 4 + len(POST_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查企业28家，末端网点7个，发现问题隐患8个，下发责令整改通知书3份，立案1起", c, r, last),
        (
            r + 1,
            0,
            "注：“回头看”复查由各检查组于整改期限届满后进行，复查合格的予以销号。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：葛晓燕    审核人：任志刚    联系电话：0393-8160712", plain, r + 2, last),
    ]
    return _write_xls(path, [("整改台账", cells)], [6, 12, 30, 16, 12, 34, 18, 12, 26, 12])


# ---------------------------------------------------------------------------------------------
# 6. 安全寄递隐患排查治理专项行动, after a city 邮政管理局 and 公安局's joint check of 邮政快递处理场所、快递驿站、
# 末端网点 (《邮政企业、快递企业生产安全重大事故隐患判定标准》, 寄递安全“三项制度”, 自动化分拣设备运维, 应急演练,
# 禁限寄递物品, 平安员队伍):
# https://www.fuxin.gov.cn/content/2025/1024370.html
# A CSV in UTF-8 with a byte-order mark: title line, a line naming the joint check and the check date the
# N日内 / N个工作日内 / 立行立改 deadlines count from, one header line with 场所类型, a 合计 line and a 填表人 line.
SAFE_POST_ROWS = [
    (
        "濮阳市圆通速递有限公司",
        "濮阳转运中心",
        "处理场所",
        "自动化分拣设备运维记录缺失，皮带机防护罩缺损",
        "补齐运维记录，修复防护罩",
        "5日内",
        "已修复防护罩，运维记录已补齐",
    ),
    (
        "濮阳市华龙区惠民超市",
        "兔喜生活驿站（惠民超市店）",
        "快递驿站",
        "驿站内快件堆放超出场地容量，堵塞安全出口",
        "清理堆放快件，保持出口畅通",
        "立行立改",
        "已当场清理",
    ),
    (
        "濮阳市中通快递有限公司",
        "胜利路网点",
        "末端网点",
        "未落实实名收寄，部分快件无寄件人身份信息",
        "严格落实实名收寄",
        "10个工作日内",
        "正在整改",
    ),
    (
        "濮阳市韵达快递有限公司",
        "濮阳分拨中心",
        "处理场所",
        "平安员未配备到分拣班组，安全巡查无人负责",
        "每个班组配备平安员",
        "2024年8月31日前",
        "",
    ),
    (
        "濮阳县城关镇丰利日用品店",
        "菜鸟驿站（丰利店）",
        "快递驿站",
        "驿站内违规为电动车电瓶充电",
        "停止室内充电",
        "5日内",
        "未整改",
    ),
    (
        "濮阳市顺丰速运有限公司",
        "华龙区处理场所",
        "处理场所",
        "禁限寄物品目录未在收寄区域公示，员工对烟草、毒品禁寄要求不熟悉",
        "公示禁寄目录，开展培训",
        "10个工作日内",
        "已公示禁寄目录，培训已完成",
    ),
    (
        "濮阳市申通快递有限公司",
        "开发区网点",
        "末端网点",
        "未按要求开展应急疏散演练",
        "制定方案并组织演练",
        "2024年第三季度",
        "已制定演练方案",
    ),
]


def write_safe_post(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年安全寄递隐患排查治理专项行动检查发现问题整改台账"])
    w.writerow(
        [
            "检查单位：濮阳市邮政管理局、濮阳市公安局联合检查组；检查日期：2024年7月16日；"
            "整改时限自检查之日起计算"
        ]
    )
    w.writerow(["序号", "被检查单位", "场所名称", "场所类型", "发现问题", "整改意见", "整改时限", "整改结果"])
    for i, row in enumerate(SAFE_POST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查处理场所3个、快递驿站2个、末端网点2个", "发现问题7项", "", "", "", "", ""])
    w.writerow(["填表人：田雪    联系电话：0393-8160735    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 寄递渠道电动自行车安全隐患全链条整治, after a district 邮政业中心's check of 分拣中心 (查阅台账、现场检查、
# 听取汇报; 收寄验视、实名收寄、过机安检“三项制度”; 严禁收寄电动自行车用蓄电池; 规范车辆充电行为; 驾驶员交通安全
# 教育培训; 协议用户安全管理):
# http://huangzhou.cjyun.org/p/48880.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 检查方式, 责任人, 完成时限,
# 整改完成情况 and 是否销号, a 填表说明 line and a signature line.
EBIKE_ROWS = [
    (
        "中国邮政集团有限公司濮阳县分公司",
        "城关分拣中心",
        "现场检查",
        "投递电动三轮车在分拣场地内充电，充电区未与作业区分隔",
        "建设独立集中充电区",
        "刘振华",
        "2024年8月31日",
        "正在建设集中充电棚",
        "否",
    ),
    (
        "濮阳县中通快递服务有限公司",
        "庆祖镇分拣中心",
        "查阅台账",
        "收寄环节未拒收电动自行车用蓄电池",
        "全员培训，收寄处张贴禁寄提示",
        "张伟",
        "2024年7月20日",
        "已全员培训并张贴禁寄提示",
        "是",
    ),
    (
        "濮阳县韵达快递服务有限公司",
        "文留镇分拣点",
        "听取汇报",
        "电动三轮车驾驶员未开展交通安全教育培训",
        "组织交通安全培训",
        "李鹏",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "濮阳县申通快递服务有限公司",
        "海通乡网点",
        "现场检查",
        "电动车电池私拉电线飞线充电",
        "拆除飞线，统一到充电柜充电",
        "王建军",
        "2024年7月15日",
        "未整改",
        "否",
    ),
    (
        "濮阳县圆通速递服务有限公司",
        "城关分拣中心",
        "查阅台账",
        "过机安检记录不完整，安检机图像未按规定留存",
        "更换存储设备，补录记录",
        "赵磊",
        "2024年8月15日",
        "已更换安检机存储设备，记录正在补录",
        "否",
    ),
    (
        "濮阳市顺丰速运有限公司",
        "濮阳县城关营业部",
        "查阅台账",
        "协议用户未签订寄递安全协议",
        "补签安全协议",
        "孙丽",
        "2024年7月25日",
        "已补签安全协议38份",
        "是",
    ),
    (
        "濮阳县极兔速递服务有限公司",
        "户部寨分拣点",
        "现场检查",
        "快递电动三轮车载人、超载行驶",
        "常态化开展车辆安全检查",
        "陈晓东",
        "长期坚持",
        "常态化开展交通安全检查",
        "",
    ),
]


def write_ebike_book(path: Path) -> Path:
    b = Book(path, author="邮政业发展中心")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 16, 10, 34, 26, 10, 14, 28, 10])
    b.line(ws, 0, "寄递渠道电动自行车安全隐患全链条整治检查问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳县邮政业发展中心    填报时间：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "分拣中心（网点）",
            "检查方式",
            "存在问题",
            "整改措施",
            "责任人",
            "完成时限",
            "整改完成情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EBIKE_ROWS)
    b.line(ws, end, "填表说明：“是否销号”栏经中心复核整改到位的填“是”，未到位的填“否”。", 9)
    b.line(ws, end + 2, "负责人：高振宇    填表人：马丽娟    联系电话：0393-3216503", 9)
    return b.close()


def write_ebike(path: Path) -> Path:
    return via_soffice(write_ebike_book, path, "xls", "寄递渠道电动自行车安全隐患整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 快递企业消防安全大检查, after a city 消防支队 and 派出所's joint check of the express firms in a 快递物流园
# (顺丰、中通、韵达、圆通、申通; 消防器材设施是否完好有效、货物储存堆放、仓库内电气线路敷设、疏散通道与安全出口、
# 消控室; 消防通道被堵塞、自动消防设施损坏、电瓶车违章充电、安全出口堵塞):
# http://news.zgyww.cn/system/2016/11/06/010084694.shtml
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (整改落实 over 整改期限/整改落实情况 and 复查 over 复查人/
# 复查日期), the 隐患类别 column, a 合计 row and a signature line of the 检查组.
PARK_ROWS = [
    (
        "濮阳市顺丰速运有限公司",
        "分拣车间东侧",
        "消防车通道被货车长期占用",
        "消防车通道",
        "立即清理，施划禁停标线",
        date(2024, 7, 12),
        "已清理，施划禁停标线",
        "李强",
        date(2024, 7, 13),
    ),
    (
        "濮阳市中通快递有限公司",
        "2号仓库",
        "自动喷水灭火系统末端试水装置损坏",
        "自动消防设施",
        "维修试水装置",
        date(2024, 8, 15),
        "已报修，配件未到货",
        "",
        None,
    ),
    (
        "濮阳市韵达快递有限公司",
        "员工宿舍楼",
        "电瓶车在楼道内违章充电",
        "电气使用",
        "清理楼道电瓶车，设置集中充电点",
        date(2024, 7, 15),
        "未整改",
        "",
        None,
    ),
    (
        "濮阳市圆通速递有限公司",
        "货物堆放区",
        "货物堆垛距照明灯具小于0.5米",
        "物品储存",
        "调整堆垛高度和间距",
        date(2024, 7, 20),
        "已调整堆垛间距",
        "李强",
        date(2024, 7, 22),
    ),
    (
        "濮阳市申通快递有限公司",
        "仓库北侧安全出口",
        "安全出口上锁，疏散指示标志损坏",
        "安全疏散",
        "打开出口门锁，更换指示标志",
        date(2024, 7, 10),
        "",
        "",
        None,
    ),
    (
        "濮阳京邦达物流有限公司",
        "消防控制室",
        "消防控制室值班人员未持证上岗",
        "消防管理",
        "值班人员取得消防设施操作员证书",
        date(2024, 8, 31),
        "已报名参加消防设施操作员培训",
        "",
        None,
    ),
    (
        "濮阳市极兔速递有限公司",
        "仓库",
        "仓库内电气线路未穿管保护，私拉乱接",
        "电气线路",
        "重新敷设线路并穿管保护",
        date(2024, 7, 25),
        "已重新穿管敷设",
        "王磊",
        date(2024, 7, 26),
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("检查整改台账")
    b.widths(ws, [6, 26, 16, 32, 12, 26, 12, 24, 10, 12])
    b.line(ws, 0, "电商快递物流园快递企业消防安全检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市消防救援支队、华龙区公安分局胜利路派出所    检查时间：2024年7月8日    "
        "检查地点：濮阳市电商快递物流园",
        9,
    )
    for c, word in enumerate(["序号", "企业名称", "检查部位", "发现问题", "隐患类别", "整改要求"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "整改落实情况"], first=6)
    b.merge(ws, 2, 8, 2, 9, "复查", b.head)
    b.header(ws, 3, ["复查人", "复查日期"], first=8)
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PARK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查快递企业7家，发现火灾隐患7处，当场责令整改1处")
    b.line(ws, end + 2, "检查组成员：李强、王磊、周宏伟    被检查单位确认：（各企业负责人签字）", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 寄递物流业安全大检查, after a 街道's check with its 综治办、安监办 and the local 派出所 of 8 express outlets
# (顺丰、申通、圆通、天天; 三个100%制度, 实名登记, 开箱验视, 消防设备, 监控设备; 来往邮寄货物信息登记造册;
# 发现的安全隐患要求立即整改):
# https://www.ydnews.net/cms/show-47353.html
# An .xlsx: title, 检查单位/检查日期 line, a two-row header with ticks (√) under 是/否 of 是否整改到位, the 检查项目
# column, the 网点地址 beside the 企业名称, a 注 line on the ticks and a 填表人 line.
OUTLET_ROWS = [
    (
        "濮阳市顺丰速运有限公司",
        "黄河路与京开大道交叉口",
        "实名登记",
        "部分寄件人身份信息登记不全",
        "√",
        "",
        "2024年7月12日",
        "已补录",
    ),
    (
        "濮阳市申通快递有限公司",
        "黄河路中段",
        "开箱验视",
        "未对协议客户包裹开箱验视",
        "",
        "√",
        "2024年7月31日",
        "",
    ),
    (
        "濮阳市圆通速递有限公司",
        "黄河路东段",
        "消防设备",
        "网点灭火器压力不足2具",
        "√",
        "",
        "2024年7月10日",
        "已更换",
    ),
    (
        "濮阳市华龙区鑫达快递服务部",
        "黄河路西段",
        "监控设备",
        "监控硬盘损坏，录像不能保存",
        "",
        "√",
        "2024年8月10日",
        "已购置新硬盘，待安装",
    ),
    (
        "濮阳市韵达快递有限公司",
        "黄河路与振兴路交叉口",
        "三个100%",
        "收寄验视章、实名登记章使用不规范",
        "",
        "",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳市中通快递有限公司",
        "黄河路与长庆路交叉口",
        "寄递登记",
        "未建立来往邮寄货物登记台账",
        "√",
        "",
        "2024年7月15日",
        "已建立登记台账",
    ),
    (
        "濮阳市极兔速递有限公司",
        "黄河路北侧商业街",
        "禁寄物品",
        "禁寄物品目录未上墙公示",
        "",
        "√",
        "2024年7月25日",
        "公示牌正在制作",
    ),
]


def write_outlets(path: Path) -> Path:
    b = Book(path, author="综治办")
    ws = b.sheet("检查情况")
    b.widths(ws, [6, 28, 22, 12, 32, 6, 6, 16, 22])
    b.line(ws, 0, "黄河路街道寄递物流业安全大检查问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区黄河路街道综治办、安监办，华龙区公安分局黄河路派出所    检查日期：2024年7月3日",
        8,
    )
    for c, word in enumerate(["序号", "企业名称", "网点地址", "检查项目", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=5)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, row in enumerate(OUTLET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), first=1)
        b.put(ws, r, 5, row[4], b.center)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7])
    end = 4 + len(OUTLET_ROWS)
    b.line(ws, end, "注：整改到位的在“是”栏打√，未到位的在“否”栏打√，并在备注栏注明进展。", 8)
    b.line(ws, end + 1, "填表人：范文静    联系电话：0393-8686120    填报日期：2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 三线搭挂问题清单整改反馈 (two returns in one zip), after a city 供电公司's 三线搭挂 special action (组织开展废旧
# 杆塔、三线搭挂、树线矛盾、表箱破损、低压下户线私接乱拉等隐患摸排; 梳理编制问题清单; 对产权外问题积极联系责任单位，
# 协商整改; 通信、有线电视线缆直接挂接在电力线路上; 电杆倾斜):
# https://www.cpnn.com.cn/qiye/guanli/202203/t20220321_1494436.html
# A .zip: the 联通 city branch's .xlsx (title, 填报单位 line, one header row naming only its own 部门 as 责任部门) and
# the 有线电视 company's .docx (title, 填报单位 line, one table naming its 部门, a signature line).
UNICOM_ROWS = [
    (
        "中原路街道",
        "10千伏中原线#15—#22杆",
        "通信光缆违规搭挂在电力杆上，与低压线间距不足0.6米",
        "线路维护中心",
        "迁移至通信专用杆",
        "2024年7月31日",
        "已完成迁改",
    ),
    (
        "胜利路街道",
        "10千伏胜利Ⅱ线#3杆",
        "废弃光交箱及缆线未拆除，拉拽电杆倾斜",
        "线路维护中心",
        "拆除废弃光交箱及缆线",
        "2024年7月20日",
        "已拆除废弃缆线",
    ),
    (
        "岳村镇",
        "10千伏岳村线#40—#55杆",
        "入户引下线与电力下户线交越处未加装绝缘保护套管",
        "网络部",
        "交越处加装绝缘保护套管",
        "2024年8月31日",
        "已采购保护套管，正在分段加装",
    ),
    (
        "人民路街道",
        "人民路沿线0.4千伏台区",
        "街道两侧通信线缆杂乱无序，形成“蜘蛛网”",
        "网络部",
        "入管入槽，规范整理",
        "第三季度",
        "未启动",
    ),
    (
        "开州路街道",
        "10千伏开州线#8杆",
        "光缆接头盒固定在电杆变压器台架上",
        "线路维护中心",
        "移出变压器台架",
        "2024年8月15日",
        "",
    ),
]

CATV_ROWS = [
    (
        "黄河路街道",
        "有线电视线缆搭挂在路灯杆上，接头裸露",
        "工程部",
        "2024年7月25日",
        "已整改完毕",
    ),
    (
        "王助镇",
        "放大器电源取自电力杆上低压线，无计量无保护",
        "网络运维部",
        "2024年8月20日",
        "正在与供电公司协商单独报装",
    ),
    (
        "大庆路街道",
        "废弃有线电视电缆断落垂挂至人行道上方",
        "网络运维部",
        "2024年7月15日",
        "已拆除",
    ),
    (
        "新习乡",
        "同杆架设的电视光缆未悬挂产权标识牌",
        "工程部",
        "长期坚持",
        "随巡随挂，长期坚持",
    ),
]


def write_unicom_book(path: Path) -> Path:
    b = Book(path, author="网络部")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 24, 36, 14, 22, 14, 26])
    b.line(ws, 0, "三线搭挂隐患问题清单整改情况反馈表", 7, b.title)
    b.line(ws, 1, "填报单位：中国联合网络通信有限公司濮阳市分公司    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "街道（乡镇）",
            "线路名称及杆号",
            "问题描述",
            "责任部门",
            "整改措施",
            "计划完成时间",
            "整改进展",
        ],
    )
    for i, row in enumerate(UNICOM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(UNICOM_ROWS), "部门负责人：程永刚    填表人：宋佳    联系电话：0393-6610010", 7)
    return b.close()


def write_catv_docx(path: Path) -> Path:
    doc = _new_document("工程部")
    _title(doc, "三线搭挂问题整改情况表", 18)
    _paragraph(doc, "填报单位：河南有线电视网络集团有限公司濮阳分公司    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CATV_ROWS, 1)]
    _table(doc, ["序号", "所在街道（乡镇）", "存在问题", "责任部门", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：魏红    联系电话：0393-8330256", 12)
    return _save_fixed(doc, path)


def write_three_lines(path: Path) -> Path:
    members = [
        ("三线搭挂隐患问题清单整改反馈（市联通分公司）.xlsx", write_unicom_book),
        ("三线搭挂问题整改情况（有线电视濮阳分公司）.docx", write_catv_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 夜市商户安全用电隐患排查, after a city 供电公司's 保电 at a night market (对夜市安全用电进行重点排查，详细查看
# 配电箱、电表、空气开关、线路等运行状况，及时向商户反馈安全隐患，帮助制定整改措施; 共排查各类隐患14项，现场消除9项，
# 安排后续整改5项):
# https://szb.gansudaily.com.cn/gsrb/pc/con/202302/09/c66093.html
# An .xlsx: title, 排查单位/排查日期 line (the date 当场 means), one header row with the 整改责任主体（用户） and the
# 处理方式 (现场消除/限期整改), a 合计 row and a 排查人 line.
NIGHT_MARKET_ROWS = [
    (
        "濮阳市华龙区老杨家烧烤店",
        "摊位配电箱",
        "配电箱未安装漏电保护器",
        "现场消除",
        "加装漏电保护器",
        "当场",
        "已消除",
    ),
    (
        "濮阳市华龙区小郑冷饮店",
        "冰柜电源线",
        "电源线拖地敷设，被车辆碾压破损",
        "现场消除",
        "更换电源线并架空敷设",
        "当场",
        "已更换",
    ),
    (
        "濮阳市华龙区如意小吃店",
        "门头照明",
        "私拉电线挂设灯串，无固定无保护",
        "限期整改",
        "拆除私拉电线，规范安装",
        "2024年7月15日",
        "未整改",
    ),
    (
        "濮阳市华龙区王记炸串店",
        "后厨用电设备",
        "大功率油炸炉与照明共用一个插排，超负荷运行",
        "限期整改",
        "增设专用回路",
        "2024年7月20日",
        "已增设专用回路",
    ),
    (
        "濮阳市龙都夜市运营管理有限公司",
        "夜市公共配电柜",
        "公共配电柜柜门损坏，带电部位外露",
        "限期整改",
        "更换柜门，加装警示标识",
        "2024年7月31日",
        "已订购新柜门，正在更换",
    ),
    (
        "濮阳市华龙区蜀香麻辣烫店",
        "户外插座",
        "户外插座未设置防雨措施",
        "限期整改",
        "更换防水插座",
        "2024年8月10日",
        "",
    ),
    (
        "濮阳市龙都夜市运营管理有限公司",
        "夜市主通道",
        "夜市临时电缆未穿管保护，敷设在人行通道上",
        "限期整改",
        "临时电缆穿管入地",
        "2024年8月31日",
        "已制定入地改造方案",
    ),
]


def write_night_market(path: Path) -> Path:
    b = Book(path, author="营销部")
    ws = b.sheet("隐患排查")
    b.widths(ws, [6, 30, 16, 36, 12, 24, 14, 24])
    b.line(ws, 0, "龙都夜市商户安全用电隐患排查及整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "排查单位：国网濮阳供电公司营销部（共产党员服务队）    排查日期：2024年7月6日    "
        "填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任主体（用户）",
            "隐患位置",
            "隐患内容",
            "处理方式",
            "整改建议",
            "整改期限",
            "整改结果",
        ],
    )
    for i, row in enumerate(NIGHT_MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NIGHT_MARKET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "排查隐患7项，其中现场消除2项，限期整改5项；向商户反馈整改建议12条")
    b.line(ws, end + 2, "排查人：谢文龙、刘晓宇    审核：宋建新", 7)
    return b.close()


FILES = [
    ("电力设施保护暨迎峰度夏会议通报线路通道隐患整改情况汇总表.xlsx", write_corridor),
    ("输电线路防外破隐患三色区段管控台账（7月）.xlsx", write_three_colour),
    ("关于2024年二季度通信建设工程质量监督和安全生产检查有关情况的通报.doc", write_telecom),
    ("通信建设工程检查发现问题整改情况报告（市移动分公司）.docx", write_projects),
    ("邮政快递业安全生产大检查发现问题隐患整改台账.xls", write_post),
    ("安全寄递隐患排查治理专项行动问题整改台账.csv", write_safe_post),
    ("寄递渠道电动自行车安全隐患整治检查问题整改台账.et", write_ebike),
    ("电商快递物流园消防安全检查问题整改台账.xlsx", write_park),
    ("黄河路街道寄递物流业安全大检查问题整改情况表.xlsx", write_outlets),
    ("三线搭挂问题整改反馈（两家）.zip", write_three_lines),
    ("龙都夜市商户安全用电隐患排查整改情况表.xlsx", write_night_market),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

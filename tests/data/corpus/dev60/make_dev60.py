"""Write the dev60 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) with a
table, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev60.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)
TICK = "√"


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", suffix]
            + ["--outdir", out, str(source)],
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


# ---------------------------------------------------------------------------------------------
# 1. 学校卫生随机监督抽查结果一览表, after a district 卫生健康委's 公告 of its 学校卫生双随机监督抽查 with the 附表
# 一览表 (检查单位 | 被检查单位 | 抽查结果 | 存在的主要问题 | 是否整改; 黑板面照度均匀度、人均面积不符合标准; 整改中):
# http://www.shbsq.gov.cn/shbs/wjwgsgg/20201113/281485.html
# An .xlsx: the 公告 paragraphs (一)…(四) above the table, the 附表 title, one header row; the 检查单位 (the
# inspector) merged down the first column; a 整改期限 written inside 抽查结果 for some rows; rows with no problem.
HEALTH_ROWS = [
    (
        "濮阳市华龙区实验小学",
        "发现问题，已发放卫生监督意见书，限2024年8月20日前整改",
        "三年级教室黑板面照度均匀度不符合标准",
        "整改中",
    ),
    (
        "濮阳市华龙区石化路小学",
        "发现问题，已发放卫生监督意见书",
        "教室人均面积不足1.15平方米，不符合标准",
        "未整改",
    ),
    ("濮阳市华龙区中原路小学", "未发现问题", "无", "/"),
    (
        "濮阳市第三中学",
        "发现问题，已发放卫生监督意见书，限2024年7月25日前整改",
        "学生宿舍楼二次供水水箱未按规定定期清洗消毒",
        "已整改",
    ),
    (
        "濮阳市华龙区孟轲乡中心小学",
        "发现问题，已发放卫生监督意见书，限2024年9月1日开学前整改",
        "课桌椅未按学生身高调配，高度不符合要求",
        "整改中",
    ),
    (
        "濮阳市华龙区第二实验幼儿园",
        "发现问题，已发放卫生监督意见书",
        "晨午检及因病缺勤追踪登记记录不完整",
        "已整改",
    ),
    ("濮阳市华龙区任丘路小学", "未发现问题", "无", "/"),
    (
        "濮阳市华龙区昆吾小学",
        "发现问题，已发放卫生监督意见书，限2024年8月31日前整改",
        "教室课桌面照度、黑板面照度均不符合标准",
        "整改中",
    ),
    (
        "濮阳市油田第一中学",
        "发现问题，已发放卫生监督意见书，限2024年7月31日前整改",
        "传染病疫情报告制度未落实，未指定专人负责疫情报告",
        "",
    ),
]


def write_health(path: Path) -> Path:
    b = Book(path, author="卫生监督所")
    ws = b.sheet("一览表")
    b.widths(ws, [22, 26, 34, 40, 10])
    b.line(ws, 0, "2024年华龙区学校卫生随机监督抽查结果", 4, b.title)
    lines = [
        "根据《2024年河南省学校卫生随机监督抽查工作方案》要求，开展了华龙区学校区级双随机监督抽查工作。",
        "（一）此次抽查对象为：9所学校、托幼机构，具体名单详见附表。",
        "（二）此次抽查监督检查内容：学校教学和生活环境、学校传染病与常见病防控、学校生活饮用水卫生。",
        "（三）随机监督抽查依据：《中华人民共和国传染病防治法》《学校卫生工作条例》《中小学校教室采光和照明卫生标准》等。",
        "（四）随机抽查结果（附表）",
    ]
    for r, text in enumerate(lines, 1):
        b.line(ws, r, text, 4)
    b.line(ws, 6, "附表：2024年华龙区学校卫生随机监督抽查结果一览表", 4, b.title)
    b.header(ws, 7, ["检查单位", "被检查单位", "抽查结果", "存在的主要问题", "是否整改"])
    first = 8
    b.merge(ws, first, 0, first + len(HEALTH_ROWS) - 1, 0, "濮阳市华龙区卫生健康委员会", b.center)
    for i, row in enumerate(HEALTH_ROWS):
        b.row(ws, first + i, list(row), first=1)
    r = first + len(HEALTH_ROWS) + 1
    b.line(ws, r, "濮阳市华龙区卫生健康委员会（卫生监督所）    2024年7月29日", 4)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 消防安全隐患大曝光, after a city 消防救援大队's 曝光 of 火灾隐患单位 (单位名称 and 单位地址; 基本案情 with the
# 检查日期 and the numbered 隐患; 处理结果: 第1项当场立即整改, 第2、3项责令于某日前改正):
# http://sxgp.gov.cn/ztzl/zl_646/xfzl_410/tzgg_664/202311/t20231123_1890825.html
# A .doc (Word 97 via LibreOffice): the items are the numbered 隐患 under each unit's heading; the deadline is in
# the 处理结果 paragraph by item number; a 复查情况 paragraph says which are done.
FIRE_UNITS = [
    (
        "濮阳市华龙区荣福早餐店",
        "濮阳市华龙区胜利路小吃街12号",
        "2024年7月16日",
        [
            "灭火器放置在灶台旁被杂物遮挡，取用不便，已立即整改。",
            "厨房排油烟管道油垢积聚，未定期清洗；",
            "未制定灭火和应急疏散预案。",
        ],
        "上述第1项，责令该单位（场所）当场立即整改；上述第2、3项，责令该单位（场所）于2024年7月20日前改正。",
        "复查情况：7月22日复查，第2项已改正；第3项预案正在编制。",
    ),
    (
        "濮阳市华龙区阿强烩面馆",
        "濮阳市华龙区建设路中段78号",
        "2024年7月19日",
        [
            "液化石油气钢瓶放置在就餐区，未设置独立气瓶间；",
            "每日防火巡查、员工消防培训演练均未开展；",
            "后门疏散通道堆放面粉袋等杂物。",
        ],
        "上述第1、2、3项，责令该单位（场所）于2024年7月26日前改正。",
        "复查情况：7月29日复查，第1、3项已改正；第2项未改正。",
    ),
    (
        "濮阳市华龙区鑫源宾馆",
        "濮阳市华龙区京开大道西侧206号",
        "2024年7月24日",
        [
            "三楼走廊疏散指示标志损坏不亮；",
            "消防控制室值班人员未持证上岗。",
        ],
        "上述第1、2项，责令该单位（场所）于2024年8月10日前改正。",
        "整改情况：该单位正在整改，已采购疏散指示标志，值班人员已报名参加培训考试。",
    ),
]
CN_NUM = "一二三四五六七八九十"


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("防火监督科")
    _title(doc, "华龙区消防安全隐患大曝光（2024年第7期）")
    _paragraph(
        doc,
        "为进一步净化消防安全环境，充分发挥媒体和社会监督舆论作用，促进火灾隐患的整改，现曝光3家火灾隐患单位，"
        "请各火灾隐患单位按照消防部门规定的时间限期内整改完毕，并将整改情况报告如下：",
    )
    for n, (name, addr, day, hazards, result, review) in enumerate(FIRE_UNITS):
        _paragraph(doc, f"{CN_NUM[n]}、{name}", 16, "黑体")
        _paragraph(doc, f"单位地址：{addr}")
        _paragraph(doc, "基本案情：")
        _paragraph(
            doc,
            f"{day}，华龙区消防救援大队监督执法人员到{name}检查时，发现该单位存在以下隐患：",
        )
        for k, text in enumerate(hazards, 1):
            _paragraph(doc, f"{k}. {text}")
        _paragraph(doc, "处理结果：")
        _paragraph(doc, result)
        _paragraph(doc, review)
    _paragraph(doc, "濮阳市华龙区消防救援大队", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "火灾隐患单位曝光及整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 3. 汛期安全大检查发现问题整改情况, after a county government's 通报 of its 汛期安全大检查 (防汛物资储备不足、应急
# 抢险队伍不实、河道清淤除障不彻底、河闸维修保养和启闭不到位; 相关责任单位在6月30日和7月10日两个时间节点前完成整改):
# https://yaoan.gov.cn/pages_359_48733.aspx
# An .xls (xlwt): title, 填报单位 line, one header row; section rows 一、乡镇 / 二、市直部门; the 乡镇（部门）column
# names where the problem is and 整改责任单位 who must fix it (some by former names); the two time nodes as
# “6月30日前” / “7月10日前”; a 合计 row, a 注 line and a signature line.
FLOOD_SECTIONS = [
    (
        "一、乡镇",
        [
            (
                "濮阳县王助镇",
                "镇防汛物资储备不足，编织袋、救生衣数量未达到储备标准",
                "按标准补足防汛物资并登记造册",
                "6月30日前",
                "濮阳县王助镇人民政府",
                "已补足编织袋3000条、救生衣50件，已完成",
            ),
            (
                "范县陈庄镇",
                "黄河滩区避险转移路线指示标识缺失",
                "在转移路线沿途设置指示牌",
                "6月30日前",
                "范县陈庄镇人民政府",
                "正在设置指示牌，已完成60%",
            ),
            (
                "台前县吴坝镇",
                "金堤河吴坝段河道内堆放秸秆和建筑垃圾，影响行洪",
                "彻底清除河道内阻水障碍物",
                "7月10日前",
                "台前县吴坝镇人民政府",
                "已清除完毕，经县水利局复查合格",
            ),
            (
                "清丰县马庄桥镇",
                "马颊河马庄桥节制闸启闭机维修保养不到位，闸门启闭不灵活",
                "对启闭设备全面检修保养",
                "7月10日前",
                "市水务局",
                "已委托专业队伍检修，钢丝绳已更换，正在调试",
            ),
            (
                "南乐县城关镇",
                "县城老城区排涝泵站备用电源未落实",
                "配备移动发电机组作为备用电源",
                "7月10日前",
                "南乐县住房和城乡建设局",
                "",
            ),
        ],
    ),
    (
        "二、市直部门",
        [
            (
                "市安监局",
                "防汛抢险救援队伍汛前应急演练未按计划开展",
                "组织开展防汛抢险实战演练",
                "6月30日前",
                "市安监局",
                "未整改",
            ),
            (
                "市水利局",
                "部分水文监测站点雨量计故障，数据上传中断",
                "维修更换故障设备，确保数据实时上传",
                "7月10日前",
                "市水利局",
                "已更换故障雨量计4台，数据恢复正常",
            ),
            (
                "市建设局",
                "城区在建工程深基坑安全度汛方案未备案",
                "督促在建项目完成度汛方案编制和备案",
                "6月30日前",
                "市建设局",
                "已督促12个在建项目完成备案，整改完成",
            ),
        ],
    ),
]


def write_flood(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    sect = _xf(bold=True)
    last = 7
    cells = [
        (0, 0, "2024年汛期安全大检查发现问题整改情况汇总表", t, 0, last),
        (1, 0, "填报单位：濮阳市防汛抗旱指挥部办公室    填报日期：2024年7月30日", plain, 1, last),
    ]
    words = [
        "序号",
        "乡镇（部门）",
        "检查发现的问题",
        "整改要求",
        "整改时间节点",
        "整改责任单位",
        "整改完成情况",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    cells.append((2, last, "备注", h))
    r, n = 3, 0
    for heading, rows in FLOOD_SECTIONS:
        cells.append((r, 0, heading, sect, r, last))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col == 4 else c))
            cells.append((r, last, "", c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查发现问题8个，已整改完成4个", c, r, last),
        (
            r + 1,
            0,
            "注：整改时间节点按县政府汛期安全大检查集中反馈会要求执行，年份为2024年。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：刘静    审核人：张国强    联系电话：0393-8991234", plain, r + 2, last),
    ]
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 中小学、幼儿园安全风险隐患整改情况检查问卷, after a city 教委's 附件2 questionnaire (学校名称/所属区县/学校地址/
# 联系人及电话 lines; 一、教学楼 二、实验室 三、体育场所 四、宿舍; each question answered □有 □无, 若有请描述):
# http://www.lawyee.com.cn/html/text/lar/170650/17065080_2.html
# An .et (an Excel 97 workbook from LibreOffice, as WPS names it): the school named only in the 学校名称 line and
# the file name; section rows; a two-row header (检查情况 有/无, 是否整改到位 是/否) with √ ticks; questions
# answered 无 are not items; 整改措施及时限 holds the deadline; 填表说明 and signature lines at the foot.
SCHOOL_SECTIONS = [
    (
        "一、教学楼",
        [
            (
                "建筑物有无明显缺陷、损坏及开裂",
                True,
                "3号教学楼东侧外墙出现贯通裂缝约2米",
                "委托房屋安全鉴定后修补，8月20日前完成",
                False,
                "",
            ),
            (
                "教室窗户玻璃是否有破损、松动",
                True,
                "二楼初二（3）班窗户玻璃破损2块",
                "更换破损玻璃，7月15日前完成",
                True,
                "",
            ),
            ("教室内是否有裸露的电线", False, "", "", None, ""),
            (
                "楼梯间、走廊内是否有影响疏散的堆放杂物",
                True,
                "实验楼二楼走廊堆放废旧课桌椅",
                "立行立改，清理堆放杂物",
                True,
                "",
            ),
        ],
    ),
    (
        "二、实验室",
        [
            (
                "危险化学品是否存在未执行双人双锁管理的情况",
                True,
                "化学实验室危险品柜仅设一把锁，无领用登记",
                "加装双锁并建立领用登记制度，7月31日前完成",
                False,
                "锁具已采购，正在安装",
            ),
            ("化学实验室是否缺少排风设备", False, "", "", None, ""),
        ],
    ),
    (
        "三、体育场所",
        [
            (
                "体育器材是否有松动、裂缝、尖角、缺损",
                True,
                "操场东侧单杠立柱底座松动",
                "加固或更换单杠立柱，8月底前完成",
                False,
                "",
            ),
            (
                "操场地面是否有起鼓、开裂、坑洼",
                True,
                "塑胶跑道第3、4道起鼓开裂约15平方米",
                "纳入暑期维修计划，8月25日前完成",
                False,
                "施工队已进场铺设",
            ),
        ],
    ),
    (
        "四、宿舍",
        [
            (
                "学生宿舍是否有私拉乱接电线",
                True,
                "男生宿舍三楼有私接插线板为电动车电瓶充电",
                "立行立改，拆除私接线路",
                True,
                "",
            ),
        ],
    ),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("检查问卷")
    b.widths(ws, [6, 30, 5, 5, 30, 30, 5, 5, 16])
    last = 8
    b.line(ws, 0, "濮阳市中小学、幼儿园安全风险隐患整改情况检查问卷", last, b.title)
    b.line(ws, 1, "学校名称：濮阳市第五中学                所属区县：华龙区", last)
    b.line(ws, 2, "学校地址：濮阳市华龙区黄河路中段      联系人及电话：王建设 0393-4412345", last)
    b.line(ws, 3, "检查日期：2024年7月10日", last)
    b.merge(ws, 4, 0, 5, 0, "序号", b.head)
    b.merge(ws, 4, 1, 5, 1, "检查内容", b.head)
    b.merge(ws, 4, 2, 4, 3, "检查情况", b.head)
    b.merge(ws, 4, 4, 5, 4, "若有，请描述（楼号、班级、部位）", b.head)
    b.merge(ws, 4, 5, 5, 5, "整改措施及时限", b.head)
    b.merge(ws, 4, 6, 4, 7, "是否整改到位", b.head)
    b.merge(ws, 4, 8, 5, 8, "备注", b.head)
    b.header(ws, 5, ["有", "无"], first=2)
    b.header(ws, 5, ["是", "否"], first=6)
    r, n = 6, 0
    for heading, rows in SCHOOL_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for question, found, where, measure, done, note in rows:
            n += 1
            yes_no = ["", ""] if done is None else ([TICK, ""] if done else ["", TICK])
            found_cells = [TICK, ""] if found else ["", TICK]
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, question)
            b.row(ws, r, found_cells, first=2, fmt=b.center)
            b.put(ws, r, 4, where)
            b.put(ws, r, 5, measure)
            b.row(ws, r, yes_no, first=6, fmt=b.center)
            b.put(ws, r, 8, note)
            r += 1
    r += 1
    b.line(ws, r, "填表说明：检查情况在“有”或“无”栏内打“√”；有隐患的须填写描述和整改措施及时限。", last)
    b.line(ws, r + 1, "检查人：李卫东    学校负责人（签字）：            填表日期：2024年7月12日", last)
    return b.close()


def write_school(path: Path) -> Path:
    return via_soffice(write_school_book, path, "xls", "安全风险隐患整改情况检查问卷.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 燃气用户隐患排查整改通知单登记台账, after a district 燃安委's 液化气隐患排查 with the gas companies and the
# 社区 (对民用、工商液化气用户上门排查; 发现隐患21处，发放整改通知单21张，现场宣导整改17户; 未现场整改的社区和燃气
# 企业跟进整改情况): http://m.zw-screw.com/news/show.php?itemid=24977
# A CSV in GBK: title, 填报单位 line and a 说明 line stating the base of the relative deadlines; one header row; the
# user to correct (用户名称) beside the 排查企业 (the inspector); 合计 and signature rows.
GAS_ROWS = [
    (
        "RQ-2024-0701",
        "濮阳市华龙区聚香园餐馆",
        "餐饮",
        "胜利路社区",
        "液化气钢瓶至灶具的连接软管老化开裂",
        "市燃气有限公司",
        "2024-07-03",
        "现场整改",
        "已现场更换为金属波纹管",
    ),
    (
        "RQ-2024-0702",
        "濮阳市华龙区老马家烧烤店",
        "餐饮",
        "胜利路社区",
        "未安装可燃气体浓度报警装置",
        "市燃气有限公司",
        "2024-07-03",
        "15日内",
        "已安装报警器并与切断阀联动，整改完成",
    ),
    (
        "RQ-2024-0703",
        "濮阳市华龙区福满楼酒店",
        "餐饮",
        "建设路社区",
        "气瓶间与操作间未分隔，钢瓶存放数量超过规定",
        "濮阳中燃城市燃气发展有限公司",
        "2024-07-05",
        "10个工作日内",
        "正在改造独立气瓶间",
    ),
    (
        "RQ-2024-0704",
        "濮阳市华龙区蜀香小厨",
        "餐饮",
        "建设路社区",
        "使用不合格减压阀，私接三通供两台灶具",
        "濮阳中燃城市燃气发展有限公司",
        "2024-07-05",
        "现场整改",
        "已现场拆除三通、更换合格减压阀",
    ),
    (
        "RQ-2024-0705",
        "濮阳市华龙区鑫鑫快餐店",
        "餐饮",
        "任丘路社区",
        "在地下室操作间使用瓶装液化石油气",
        "市燃气有限公司",
        "2024-07-10",
        "7日内",
        "已移交市城市管理局依法查处",
    ),
    (
        "RQ-2024-0706",
        "濮阳市华龙区万家福超市胜利店",
        "商超",
        "任丘路社区",
        "熟食加工区燃气胶管长度超过2米且穿墙敷设",
        "市燃气有限公司",
        "2024-07-12",
        "15日内",
        "",
    ),
    (
        "RQ-2024-0707",
        "濮阳市华龙区马记兰州拉面馆",
        "餐饮",
        "中原路社区",
        "燃气热水器烟道未伸出室外",
        "市燃气有限公司",
        "2024-07-16",
        "30日内",
        "未整改",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["燃气用户隐患排查整改通知单登记台账"])
    w.writerow(
        ["填报单位：华龙区城镇燃气安全委员会办公室", "", "", "", "", "", "", "填报日期：2024年7月30日"]
    )
    w.writerow(["说明：整改期限自整改通知单下发之日起计算；“现场整改”指检查当日整改到位。"])
    w.writerow(
        [
            "序号",
            "通知单编号",
            "用户名称",
            "用户类型",
            "所在社区",
            "隐患内容",
            "排查企业",
            "下发日期",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共下发整改通知单7份，已整改3份", "", "", "", ""])
    w.writerow(["填表人：赵敏", "", "", "", "", "联系电话：0393-8186677", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 交通问题顽瘴痼疾整治清单, after a city 交通运输系统's account of its 顽瘴痼疾 整治 (“两客一危”、风险路段、超限超载、
# 非法营运、非法车辆管控、马路市场沿线控制区违章建筑等6类16项; 省市整治办交办函N期; 已整改完成N处，完成率):
# http://fzzkxw.com/index.php?a=shows&catid=105&id=23967
# An .xlsx: title and 填报单位 lines; a two-row header (交办情况 over 期次/交办日期, 整改情况 over 进展/是否销号);
# relative deadlines counted from the row's 交办日期 (a 注 line says so); a 合计 row.
ROAD_ROWS = [
    (
        "“两客一危”",
        "3台危险货物运输车辆动态监控设备离线超过7天",
        "第12期",
        date(2024, 7, 1),
        "市交通运输局",
        "10个工作日内",
        "已督促企业修复设备，车辆全部恢复在线",
        "是",
    ),
    (
        "风险路段",
        "国道106线范县段急弯处缺少警示标志和减速带",
        "第12期",
        date(2024, 7, 1),
        "范县交通运输局",
        "2024年7月31日前",
        "警示标志已设置，减速带正在施工",
        "否",
    ),
    (
        "超限超载",
        "台前县境内砂石料场源头超限装载",
        "第13期",
        date(2024, 7, 8),
        "台前县交通运输局",
        "15日内",
        "已约谈料场负责人，称重设备正在安装",
        "否",
    ),
    (
        "非法营运",
        "高铁濮阳东站周边“黑车”拉客",
        "第13期",
        date(2024, 7, 8),
        "市交通运输局",
        "长期坚持",
        "常态化开展联合执法",
        "否",
    ),
    (
        "非法车辆管控",
        "城区老年代步车无牌上路行驶",
        "第14期",
        date(2024, 7, 15),
        "市交警支队",
        "2024年9月30日前",
        "",
        "",
    ),
    (
        "马路市场",
        "省道101线清丰县城段占道经营马路市场",
        "第14期",
        date(2024, 7, 15),
        "清丰县人民政府",
        "8月底前",
        "已取缔，经复查未反弹",
        "是",
    ),
    (
        "沿线控制区违章建筑",
        "国道342线濮阳县段公路建筑控制区内违建彩钢房2处",
        "第15期",
        date(2024, 7, 22),
        "濮阳县交通运输局",
        "20日内",
        "未整改",
        "否",
    ),
    (
        "风险路段",
        "南乐县X015线临水路段防护栏缺失",
        "第15期",
        date(2024, 7, 22),
        "南乐县交通运输局",
        "2024年10月底前",
        "已完成设计，正在招标",
        "否",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="市交通运输局")
    ws = b.sheet("整治清单")
    b.widths(ws, [6, 14, 40, 9, 12, 18, 16, 34, 10])
    last = 8
    b.line(ws, 0, "交通问题顽瘴痼疾整治清单推进情况（截至2024年7月底）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通问题顽瘴痼疾整治工作专班办公室", last)
    for col, word in [(0, "序号"), (1, "问题类别"), (2, "具体问题"), (5, "责任单位"), (6, "整改时限")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "交办情况", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["期次", "交办日期"], first=3)
    b.header(ws, 3, ["进展", "是否销号"], first=7)
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(ROAD_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, last, "共8项，已销号2项，销号率25%", b.cell)
    b.line(ws, r + 1, "注：整改时限写“N日内”“N个工作日内”的，自交办之日起计算。", last)
    b.line(ws, r + 2, "填报人：孙立平    联系电话：0393-6688123    报送日期：2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 内部审计发现问题整改销号清单, after a state steel company's account of its 审计整改 (内、外部审计关注到的问题实行
# 清单式管理和问题销号机制，明确责任单位、整改措施、整改期限，每月追踪整改进度; 审计部门进行整改效果评估、销号):
# http://congusto.cn/qypd/gl/201906/t20190617_11474.html
# A .zip of two .xlsx returns from two city-owned companies: each company is named only in its title and file name;
# the rows name only the company's own 责任部门; a 审计部评估 column and a 销号情况 column; a signature line.
AUDIT_RETURNS = [
    (
        "市自来水公司",
        [
            (
                "工程结算审计",
                "管网改造工程结算未经第三方审核即支付尾款",
                "工程管理部",
                "补充第三方审核，追回多付款项",
                "2024年8月31日",
                "已委托第三方审核，尚未出具报告",
                "整改中",
                "未销号",
            ),
            (
                "物资采购审计",
                "水表采购未执行比价程序，采购记录不完整",
                "物资供应部",
                "修订采购管理办法，补齐比价记录",
                "2024年6月30日",
                "已修订采购管理办法并印发执行",
                "整改到位",
                "已销号",
            ),
            (
                "财务收支审计",
                "部分营业网点现金收费日清日结制度执行不到位",
                "财务部",
                "加强稽核，每月抽查营业网点",
                "长期坚持",
                "每月开展抽查，常态化推进",
                "",
                "—",
            ),
            (
                "合同管理审计",
                "部分房屋租赁合同到期未续签仍在履行",
                "办公室",
                "清理到期合同，完成续签",
                "2024年7月15日",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳市众意公交公司",
        [
            (
                "燃料费用审计",
                "部分线路车辆百公里油耗超定额未分析原因",
                "运营管理部",
                "建立油耗异常分析制度",
                "2024年7月31日",
                "制度已出台，7月起执行",
                "整改到位",
                "已销号",
            ),
            (
                "票款收入审计",
                "IC卡充值网点备用金管理不规范",
                "财务部",
                "规范备用金审批和定期盘点",
                "2024年5月31日",
                "未整改",
                "逾期未整改",
                "未销号",
            ),
            (
                "维修费用审计",
                "车辆维修配件领用与维修工单不匹配",
                "车辆技术部",
                "上线维修管理系统，配件领用与工单关联",
                "2024年12月底前",
                "系统正在开发测试",
                "整改中",
                "未销号",
            ),
            (
                "固定资产审计",
                "报废公交车辆未及时办理资产核销",
                "资产管理部",
                "完成报废车辆资产核销手续",
                "2024年6月30日",
                "已完成核销",
                "复查合格",
                "已销号",
            ),
        ],
    ),
]


def write_audit_book(path: Path, company: str, rows: list[tuple]) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("整改销号清单")
    b.widths(ws, [6, 14, 34, 12, 28, 16, 28, 12, 10])
    last = 8
    b.line(ws, 0, f"{company}2024年内部审计发现问题整改销号清单", last, b.title)
    b.line(ws, 1, "编制：审计部    更新日期：2024年7月29日", last)
    words = [
        "序号",
        "审计项目",
        "审计发现问题",
        "责任部门",
        "整改措施",
        "整改期限",
        "本月整改进度",
        "审计部评估",
        "销号情况",
    ]
    b.header(ws, 2, words)
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "审计部负责人：            填表人：            联系电话：", last)
    return b.close()


def write_audit(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for company, rows in AUDIT_RETURNS:
            name = f"{company}内部审计发现问题整改销号清单.xlsx"
            member = write_audit_book(Path(tmp) / name, company, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 文化市场经营单位随机抽查情况公示, after a county 文化广电旅游局's 公示 (为贯彻落实…随机抽查…的通知精神，我局于某日
# 组织开展了对文化市场经营单位的随机抽查工作; 一、随机抽查工作开展: 网吧、旅行社、歌舞娱乐场所; 二、随机抽查发现的问题
# 及处理; 未发现违规违法问题的单位): https://dyrmt.com/article-147566-1.html
# A .docx: title, the 公示 preamble, the two headed parts; a table with the units checked, those without a problem
# among them; 立行立改 and a relative deadline whose base the text states; the office and date at the foot.
CULTURE_ROWS = [
    (
        "濮阳市华龙区极速网咖",
        "网吧",
        "2024年7月9日",
        "未按规定核对、登记上网消费者有效身份证件",
        "下达责令整改通知书",
        "2024年7月16日前",
        "已整改，经复查合格",
    ),
    (
        "濮阳县星空网络会所",
        "网吧",
        "2024年7月9日",
        "未在显著位置悬挂未成年人禁入标志",
        "当场责令改正",
        "立行立改",
        "已当场改正",
    ),
    ("濮阳市华龙区网鱼网咖", "网吧", "2024年7月9日", "未发现违规违法问题", "—", "—", "—"),
    (
        "濮阳市华龙区金嗓子量贩KTV",
        "歌舞娱乐场所",
        "2024年7月10日",
        "点歌系统曲库含有未经内容审核的曲目",
        "立案调查",
        "2024年7月31日前",
        "已删除违规曲目，案件正在办理",
    ),
    (
        "濮阳市华龙区金嗓子量贩KTV",
        "歌舞娱乐场所",
        "2024年7月10日",
        "2号包厢外疏散通道堆放酒水箱",
        "当场责令改正",
        "立行立改",
        "已当场清理",
    ),
    (
        "濮阳市龙乡国际旅行社有限公司",
        "旅行社",
        "2024年7月11日",
        "未按规定在全国旅游监管服务平台填报团队信息",
        "下达责令整改通知书",
        "15日内",
        "",
    ),
    ("濮阳市开州影城", "电影院", "2024年7月11日", "未发现违规违法问题", "—", "—", "—"),
    (
        "清丰县天籁歌舞厅",
        "歌舞娱乐场所",
        "2024年7月12日",
        "营业场所消防应急照明灯不亮",
        "下达责令整改通知书",
        "2024年7月19日前",
        "未整改",
    ),
    (
        "南乐县文化书城",
        "出版物经营",
        "2024年7月12日",
        "销售无合法出版单位标识的教辅图书",
        "立案查处",
        "2024年8月12日前",
        "已下架全部涉案图书，正在调查",
    ),
]


def write_culture(path: Path) -> Path:
    doc = _new_document("市场管理科")
    _title(doc, "文化市场经营单位随机抽查情况公示")
    _paragraph(
        doc,
        "为贯彻落实《河南省文化和旅游厅关于推广文化市场随机抽查规范事中事后监管工作的通知》精神，"
        "我局于2024年7月9日至12日组织开展了对文化市场经营单位的随机抽查工作。现将抽查情况公示如下：",
    )
    _paragraph(doc, "一、随机抽查工作开展", 16, "黑体")
    _paragraph(
        doc,
        "共抽查网吧3家、歌舞娱乐场所2家、旅行社1家、电影院1家、出版物经营单位1家。执法人员采取随机抽查的方式，"
        "对被检查单位依照相关法律法规规定的事项进行检查。",
    )
    _paragraph(doc, "二、随机抽查发现的问题及处理", 16, "黑体")
    _paragraph(doc, "责令整改通知书均于抽查当日下达，整改期限写“N日内”的自抽查之日起计算。")
    body = [[str(i), *row] for i, row in enumerate(CULTURE_ROWS, 1)]
    _table(
        doc,
        ["序号", "经营单位", "类别", "抽查日期", "发现问题", "处理措施", "整改期限", "整改落实情况"],
        body,
    )
    _paragraph(doc, "公示期：2024年7月26日至8月2日。监督电话：0393-12318", 14)
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 高标准农田建设项目进度周调度表, after a county's 督查调研 of its 高标准农田 projects (倒排工期，顺排工序; 农业农村局、
# 乡政府加强调度管理，周调度、旬研判、月通报; 土地平整、土壤改良、田间道路; 已完成建设任务多少亩):
# http://bid.caigoupt.com/info-261929567.html
# An .ods (LibreOffice): title, 填报单位 line with the sender's former name; a two-row header (完成情况 over 已完成/
# 完成比例); a project without a problem; a schedule text holding two dates; 合计 row and 填表说明.
FARM_ROWS = [
    (
        "濮阳县梨园乡2024年高标准农田建设项目",
        "梨园乡",
        1.2,
        0.8,
        "67%",
        "部分地块青苗补偿未谈妥，土地平整无法进场",
        "濮阳县梨园乡人民政府",
        "8月15日前",
        "已签订补偿协议32户，剩余9户正在协调",
    ),
    (
        "清丰县六塔乡2024年高标准农田建设项目",
        "六塔乡",
        1.0,
        1.0,
        "100%",
        "灌溉机井配套通电工程未验收",
        "濮阳供电公司",
        "7月20日前",
        "已通电并验收合格",
    ),
    (
        "南乐县杨村乡2024年高标准农田建设项目",
        "杨村乡",
        0.9,
        0.3,
        "33%",
        "施工单位机械设备投入不足，工程进度滞后",
        "市农委",
        "9月底前完成土地平整，10月底前全部完工",
        "进展滞后",
    ),
    (
        "华龙区孟轲乡2024年高标准农田建设项目",
        "孟轲乡",
        0.6,
        0.6,
        "100%",
        "无",
        "—",
        "—",
        "已完工，待竣工验收",
    ),
    (
        "范县白衣阁乡2024年高标准农田建设项目",
        "白衣阁乡",
        1.5,
        0.6,
        "40%",
        "田间道路设计标准与实际通行需求不符，需变更设计",
        "市农业农村局",
        "8月底前完成设计变更",
        "",
    ),
    (
        "台前县打渔陈镇2024年高标准农田建设项目",
        "打渔陈镇",
        0.8,
        0.7,
        "88%",
        "沟渠混凝土衬砌部分段落出现裂缝",
        "台前县打渔陈镇人民政府",
        "7月31日前",
        "已返工修复，经监理复查合格",
    ),
    (
        "华龙区岳村镇2024年高标准农田建设项目",
        "岳村镇",
        0.6,
        0.2,
        "33%",
        "项目区坑塘回填所需土方来源未落实",
        "市国土局",
        "8月10日前",
        "正在协调土方来源",
    ),
    (
        "全市",
        "—",
        None,
        None,
        "",
        "建后管护机制未建立，管护主体和管护经费不明确",
        "市农业农村局",
        "长期坚持",
        "常态化推进",
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="农田建设管理科")
    ws = b.sheet("周调度")
    b.widths(ws, [6, 30, 10, 10, 10, 10, 34, 18, 24, 28])
    last = 9
    b.line(ws, 0, "2024年高标准农田建设项目进度周调度表（第30周）", last, b.title)
    b.line(ws, 1, "填报单位：市农业局（农田建设管理科）    调度时间：2024年7月26日", last)
    for col, word in [
        (0, "序号"),
        (1, "项目名称"),
        (2, "所在乡镇"),
        (3, "建设任务（万亩）"),
        (6, "存在问题"),
        (7, "责任单位"),
        (8, "完成时限"),
        (9, "本周进展"),
    ]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "完成情况", b.head)
    b.header(ws, 3, ["已完成（万亩）", "完成比例"], first=4)
    for i, row in enumerate(FARM_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(FARM_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.row(ws, r, [6.6, 4.2, "64%"], first=3, fmt=b.center)
    b.merge(ws, r, 6, r, last, "", b.cell)
    b.line(
        ws,
        r + 1,
        "填表说明：1.每周五报送；2.完成时限未注明年份的均为2024年；3.无问题的项目“存在问题”栏填“无”。",
        last,
    )
    b.line(ws, r + 2, "填表人：周文斌    审核人：郭红梅", last)
    return b.close()


def write_farm(path: Path) -> Path:
    via_soffice(write_farm_book, path, "ods", "高标准农田建设项目进度周调度表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 机关工作纪律暗访情况通报, after a city's account of its 联合暗访组 (分3路不打招呼、集合点名、现场录像，对35家单位的
# 工作纪律情况暗访暗查; 上班迟到、无故不在岗、考勤制度不落实、个别工作人员违反工作纪律; 被通报的单位要对存在问题进行
# 调查，提出处理意见): http://epaper.jzrb.com/rb/html/2016-06/24/content_408434.htm
# A .wps (Word 97 via LibreOffice): the 通报 text, a table with the 暗访组 (the inspector) beside the unit named by
# short or former names, 暗访时间 an event, 整改反馈时限 the deadline, and the units' 整改落实情况; requirements below.
DUTY_ROWS = [
    (
        "市人社局",
        "第一暗访组",
        "7月2日8:40",
        "社保经办大厅2名工作人员上班迟到",
        "对迟到人员调查核实，提出处理意见",
        "7月9日前",
        "已对2人进行诫勉谈话并通报批评，整改完成",
    ),
    (
        "市房管局",
        "第一暗访组",
        "7月2日9:10",
        "房屋交易窗口1名工作人员无故不在岗",
        "对不在岗人员调查核实，提出处理意见",
        "7月9日前",
        "逾期未整改",
    ),
    (
        "市不动产登记中心",
        "第二暗访组",
        "7月3日15:20",
        "考勤制度不落实，考勤记录与实际到岗情况不符",
        "完善考勤和请销假制度",
        "7月31日前",
        "已修订考勤管理办法，启用人脸识别考勤，整改完成",
    ),
    (
        "市医保局",
        "第二暗访组",
        "7月3日16:00",
        "医保服务窗口工作人员上班时间玩手机游戏",
        "严肃处理当事人，举一反三",
        "7月10日前",
        "正在调查核实",
    ),
    (
        "市行政服务中心",
        "第三暗访组",
        "7月4日8:35",
        "3个进驻窗口未按时开窗办理业务",
        "督促进驻部门落实首问负责和按时开窗",
        "长期坚持",
        "常态化开展巡查",
    ),
    (
        "市公积金中心",
        "第三暗访组",
        "7月4日9:30",
        "带班领导不在岗且未履行请假手续",
        "调查处理并反馈",
        "7月11日前",
        "",
    ),
    (
        "市残联",
        "第三暗访组",
        "7月4日10:10",
        "办公区1名工作人员上班时间观看视频",
        "调查处理并反馈",
        "7月11日前",
        "已责令当事人作出书面检查并在单位内部通报，整改完成",
    ),
]


def write_duty_docx(path: Path) -> Path:
    doc = _new_document("市委督查室")
    _title(doc, "关于机关工作纪律暗访情况及整改落实情况的通报")
    _paragraph(doc, "（2024年第3期）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各县（区）委、县（区）人民政府，市直各单位：")
    _paragraph(
        doc,
        "根据市委要求，7月2日至4日，市纪委、市委组织部、市委督查室、市政府督查室等部门组成3个联合暗访组，"
        "采取不打招呼、集合点名、现场录像等方式，对35家单位的工作纪律情况进行了暗访暗查。"
        "从检查的整体情况看，大部分单位按时到岗率较高，上班期间工作纪律较好，但也发现一些问题。"
        "现将暗访发现的问题及各单位整改落实情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(DUTY_ROWS, 1)]
    _table(
        doc,
        ["序号", "被通报单位", "暗访组", "暗访时间", "发现问题", "整改要求", "整改反馈时限", "整改落实情况"],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "各级各部门要把机关工作纪律作为转变机关作风的基础性工作，进一步完善考勤和请销假制度。"
        "尚未整改到位的单位要抓紧整改，并将整改情况书面报送市委督查室。",
    )
    _paragraph(doc, "中共濮阳市委督查室    濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_duty(path: Path) -> Path:
    return via_soffice(write_duty_docx, path, "doc", "机关工作纪律暗访情况通报.docx")


# ---------------------------------------------------------------------------------------------
FILES = [
    ("2024年华龙区学校卫生随机监督抽查结果一览表.xlsx", write_health),
    ("华龙区火灾隐患单位曝光及整改情况.doc", write_fire),
    ("2024年汛期安全大检查发现问题整改情况汇总表.xls", write_flood),
    ("安全风险隐患整改情况检查问卷（濮阳市第五中学）.et", write_school),
    ("燃气用户隐患排查整改通知单登记台账.csv", write_gas),
    ("交通问题顽瘴痼疾整治清单推进情况（截至7月底）.xlsx", write_road),
    ("市属国企内部审计发现问题整改销号清单（两家）.zip", write_audit),
    ("文化市场经营单位随机抽查情况公示.docx", write_culture),
    ("高标准农田建设项目进度周调度表（第30周）.ods", write_farm),
    ("关于机关工作纪律暗访情况及整改落实情况的通报.wps", write_duty),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

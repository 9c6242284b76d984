"""Regenerate the dev10 part of the intake corpus (python tests/data/corpus/dev10/make_dev10.py).

Sixteen returns kept aside, of the kinds a municipal 督查局 collects from the units that answer for
河湖长制 and 林长制, 生态环境督察整改, 自然资源卫片执法, 高标准农田 and 农村人居环境, 养老机构排查, 根治欠薪,
营商环境, 政府网站检查, 统计数据质量, 财政绩效评价, 国资监事会监督, 公共机构节能, 文明城市测评 and 基层减负.
Each copies the kind of table a public source shows -- a page a government office published, or a
list page of a system found in a public repository -- and the source is cited next to each layout
(and repeated in expected.json); none of them is used by another part. The contents (problems,
names, dates) are made up; the layouts, preambles, header words and status wordings follow the
sources.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: eight workbooks written with XlsxWriter (shared strings, a fixed created date); one .xls, one
.et (an Excel 97 file saved with the WPS suffix) and one .ods, LibreOffice conversions (soffice
--headless --convert-to) of workbooks written here, the .ods rewritten with fixed member times; one
.docx written with python-docx (fixed core properties and member times); one .doc and one .wps, Word
documents written here and converted by LibreOffice to Word 97; one CSV in GBK as a county system
exports it; one .zip of two workbooks with GBK member names as Windows' built-in zip writes them.
Needs XlsxWriter, python-docx and LibreOffice (soffice).
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
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# A thin layer over XlsxWriter: a workbook with the formats the returns use.
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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.block = add({"bold": True, "font_size": 12, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.slash_day = add({"border": 1, "num_format": "yyyy/m/d", "align": "center", "valign": "vcenter"})
        self.md_day = add({"border": 1, "num_format": 'm"月"d"日"', "align": "center", "valign": "vcenter"})

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
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            self.put(ws, r1, c1, v, fmt)
        else:
            ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, ws, r: int, text: str, last: int, fmt=None) -> None:
        """One text merged across columns 0..last (a title, a 填报单位 line, a note)."""
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods, .doc and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 8, 45, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 14, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _new_document(author: str = "Administrator"):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else font, size, bold)


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 河道专题 events as a county 河长制 system exports them (GBK CSV, header on line 1, date-times as
# text): the 河道专题 list page of a 河长制 platform shows 事件编号, 事件描述, 事件类型, 上报人, 处理人,
# 上报时间, 处理时间, 发生地点, beside a pie of the events by state (its 业务受理 page counts 待处理/已处理
# events and lets an event be 转交):
# https://github.com/chengran520/sc/blob/b68f3fb63147fed598e3d02db6f4f41dcf6ffe9f/SC-HZZ/gxhy_special_event_web/src/main/webapp/riverwaySpecial/riverway.jsp
# The export adds the state field (已处理/处理中/已转交/待处理); 处理人 is the handling unit's account,
# by short and former names; no deadline anywhere.
RIVER_HEADER = [
    "事件编号",
    "事件描述",
    "事件类型",
    "上报人",
    "处理人",
    "上报时间",
    "处理时间",
    "处理状态",
    "发生地点",
]
RIVER_EVENTS = [
    [
        "SJ2024070300012",
        "金堤河华龙段左岸堆放建筑垃圾约30立方米，侵占河道管理范围",
        "河道四乱",
        "王建军（村级河长）",
        "岳村镇人民政府",
        "2024-07-03 09:15:22",
        "2024-07-05 16:40:10",
        "已处理",
        "岳村镇东王庄村金堤河左岸",
    ],
    [
        "SJ2024070800037",
        "马颊河城区段水面漂浮大量水葫芦和生活垃圾",
        "河面保洁",
        "刘洋（巡河员）",
        "市水务局",
        "2024-07-08 10:02:45",
        "",
        "处理中",
        "马颊河人民路桥下游200米",
    ],
    [
        "SJ2024071100008",
        "第三濮清南干渠老王庄桥下发现疑似排污口，晴天有黄色污水排出",
        "排污口",
        "赵志刚（乡级河长）",
        "市环保局",
        "2024-07-11 08:47:31",
        "",
        "已转交",
        "孟轲乡老王庄桥",
    ],
    [
        "SJ2024071600021",
        "潴龙河城区段沿岸餐饮店废水直排雨水管网",
        "污水直排",
        "孙丽（巡河员）",
        "市城管局",
        "2024-07-16 14:20:09",
        "2024-07-19 10:02:33",
        "已处理",
        "潴龙河胜利路段",
    ],
    [
        "SJ2024072200015",
        "卫河河滩地违规种植高秆作物，妨碍行洪",
        "妨碍行洪",
        "陈磊（村级河长）",
        "市农业局",
        "2024-07-22 09:33:48",
        "",
        "待处理",
        "王助镇卫河左岸滩地",
    ],
    [
        "SJ2024072500006",
        "河长公示牌倾斜破损，监督电话无法接通",
        "公示牌",
        "周敏（巡河员）",
        "皇甫街道办事处",
        "2024-07-25 16:05:12",
        "2024-07-26 15:20:00",
        "已处理",
        "皇甫街道后范庄河段",
    ],
]


def write_river_events(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(RIVER_HEADER)
    writer.writerows(RIVER_EVENTS)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 省生态环境保护督察整改任务 cards in Word, one label|value table per task, after a county's
# 关于第三轮省生态环境保护督察整改任务销号的公示 and its 附件“具体整改情况表” (整改任务 quoting the 督察
# finding on 河长巡查流于形式, 责任单位, 整改目标, 整改措施 (一)(二)(三), 通过验收, 拟按程序实施销号):
# http://www.chengan.gov.cn/zfxxgk/view.jsp?id=29002&xxfl=0404
# Sent by the 市河长办 (in the 市水利局) for five tasks; each card names its own 责任单位, by former
# names in places; 整改时限 as 2024年6月底前 / 长期坚持 / 2024.7.31; a 销号情况 row.
CARDS = [
    {
        "整改任务": "河长巡查流于形式。部分镇、村两级河长巡查次数多但发现问题少，督察组在第三濮清南干渠1小时内"
        "发现2个排污口、1段黑臭水体。",
        "责任单位": "市水务局",
        "整改目标": "强化基层河长责任落实，巡河发现问题及时上报处置。",
        "整改措施": "（一）强化履职监督，通过电话抽查、实地巡查等方式对县、乡、村三级河长履职情况开展督导；"
        "（二）对反馈问题限期整改到位；（三）完善河长履职考核办法。",
        "整改时限": "2024年6月底前",
        "整改完成情况": "已完成整改，通过市级验收，已在市政府门户网站公示。",
        "销号情况": "拟按程序实施销号",
    },
    {
        "整改任务": "入河排污口排查不彻底，部分排污口底数不清、责任主体不明。",
        "责任单位": "市环保局",
        "整改目标": "全面摸清入河排污口底数，分类实施整治。",
        "整改措施": "（一）开展入河排污口“查、测、溯”专项行动；（二）建立排污口整治清单，明确责任主体；"
        "（三）按“取缔一批、合并一批、规范一批”实施整治。",
        "整改时限": "2024年12月底前",
        "整改完成情况": "已完成排查溯源412个，正在分类整治。",
        "销号情况": "未销号",
    },
    {
        "整改任务": "河道“四乱”问题反弹，清理整治后又出现乱堆乱建。",
        "责任单位": "市水利局",
        "整改目标": "河道“四乱”问题动态清零。",
        "整改措施": "（一）开展“清四乱”常态化排查；（二）建立问题台账，动态清零；（三）发挥部门会商研判机制作用。",
        "整改时限": "长期坚持",
        "整改完成情况": "常态化推进",
        "销号情况": "",
    },
    {
        "整改任务": "城区黑臭水体治理成效不稳固，部分水体雨后返黑返臭。",
        "责任单位": "市住建局",
        "整改目标": "城区建成区黑臭水体长治久清。",
        "整改措施": "（一）实施截污纳管和雨污分流改造；（二）开展水质监测，每月通报；（三）落实河道长效管护。",
        "整改时限": "2024年9月底前",
        "整改完成情况": "截污纳管工程主体已完工，水质监测3次达标，待验收。",
        "销号情况": "未销号",
    },
    {
        "整改任务": "农村生活污水处理设施运行率低，部分设施建成后闲置。",
        "责任单位": "市农委",
        "整改目标": "已建农村生活污水处理设施正常运行。",
        "整改措施": "（一）逐站排查设施运行情况；（二）落实运维资金和第三方运维单位。",
        "整改时限": "2024.7.31",
        "整改完成情况": "未启动，运维资金尚未落实。",
        "销号情况": "未销号",
    },
]
CARD_LABELS = ["整改任务", "责任单位", "整改目标", "整改措施", "整改时限", "整改完成情况", "销号情况"]


def write_cards(path: Path) -> Path:
    doc = _new_document("市河长办")
    _paragraph(
        doc,
        "关于第三轮省生态环境保护督察反馈问题整改任务办理情况的报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照《第三轮省生态环境保护督察反馈问题整改方案》分工，市河长制办公室牵头的河湖长制方面整改任务共5项。"
        "现将截至2024年7月底的具体整改情况报告如下：",
    )
    for n, card in enumerate(CARDS, start=1):
        _paragraph(doc, f"整改任务{n}", 14, "黑体")
        table = doc.add_table(rows=len(CARD_LABELS), cols=2)
        table.style = "Table Grid"
        for r, label in enumerate(CARD_LABELS):
            _cell_text(table.cell(r, 0), label, bold=True)
            _cell_text(table.cell(r, 1), card[label])
        doc.add_paragraph()
    _paragraph(doc, "联系人：韩志强　　联系电话：0393-8182306", 12)
    _paragraph(doc, "市河长制办公室（市水利局代章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 创建全国文明城市实地测评督查通报 as a Word 97 .doc, after a county 创文办's weekly 督查通报 (编者按;
# 前期省调查队暗访问题整改情况 split into 整改较好的点位 and 整改未落实的点位; 本周督查情况 with 工作亮点 and
# problems; each 点位 followed by "（责任单位：…）"; "已按时整改到位" / "仍未整改到位"):
# https://happypx.com/Item/110944
# Here as a table with section rows inside it; the unit is written inside the 点位 cell by short and
# former names; the deadline (3个工作日内 from the 通报 date) applies to this week's problems only.
CIVIC_SECTIONS = [
    ("一、前期省调查队暗访问题整改情况", None),
    ("（一）整改较好的点位", None),
    (
        None,
        [
            "联盛快乐城（责任单位：市商务局）",
            "前期通报该点位存在没有明确的行业规范、未发现诚信建设公益广告等问题，已按时整改到位。",
        ],
    ),
    (
        None,
        [
            "戚城公园（责任单位：市城管局）",
            "前期通报该点位存在无文明引导员、母婴室墙面污损1处等问题，已按时整改到位。",
        ],
    ),
    (
        None,
        [
            "市人民医院（责任单位：市卫健委）",
            "前期通报该点位存在门诊一米线磨损、母婴室指示标识不明显等问题，已按时整改到位。",
        ],
    ),
    ("（二）整改未落实的点位", None),
    (
        None,
        [
            "市汽车客运中心（责任单位：交通局）",
            "大门消防区域标线磨损；志愿者服务站未明确服务内容，无景观小品、无公益广告等问题仍未整改到位。",
        ],
    ),
    (
        None,
        [
            "胜利路农贸市场（责任单位：市市场监管局）",
            "活禽区与其他区域未隔离、公平秤损坏等问题部分整改，公平秤已更换，活禽区隔离设施正在施工。",
        ],
    ),
    ("二、本周督查情况", None),
    ("（一）工作亮点", None),
    (
        None,
        [
            "西海首府小区（责任单位：西海社区）",
            "社区主动联系物业公司，组织学雷锋志愿者和居民开展文明实践活动，共同美化辖区环境卫生。",
        ],
    ),
    ("（二）存在问题", None),
    (
        None,
        [
            "昆吾花园小区（责任单位：华龙区人民政府）",
            "楼道堆放杂物，电动车飞线充电，小区内无公益广告。",
        ],
    ),
    (
        None,
        [
            "市图书馆（责任单位：市文广旅局）",
            "无障碍通道被自行车占用，未设置志愿服务站。",
        ],
    ),
    (
        None,
        [
            "京开大道与长庆路交叉口（责任单位：市交警支队）",
            "非机动车闯红灯现象较多，路口无文明交通劝导员。",
        ],
    ),
]


def write_civic(path: Path) -> Path:
    doc = _new_document("市创文办")
    _paragraph(doc, "创建全国文明城市实地测评督查通报", 20, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "（2024年7月份第4周）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "编者按：根据市创建全国文明城市指挥部工作安排，市创文办实地督查组对城区各网格片区、各点位文明创建"
        "开展常态化督查，每周对督查情况进行通报。现将7月份第4周（7月22日至26日）督查情况通报如下，请各"
        "责任单位认真对照，于本通报印发之日起3个工作日内将本周督查发现问题整改到位，并举一反三，全面提升"
        "文明创建工作水平。",
    )
    rows = len(CIVIC_SECTIONS) + 1
    table = doc.add_table(rows=rows, cols=3)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "点位（责任单位）", "督查情况"]):
        _cell_text(table.cell(0, c), word, bold=True)
    n = 0
    for r, (section, values) in enumerate(CIVIC_SECTIONS, start=1):
        if section is not None:
            merged = table.cell(r, 0).merge(table.cell(r, 2))
            _cell_text(merged, section, bold=True)
            continue
        n += 1
        _cell_text(table.cell(r, 0), str(n))
        _cell_text(table.cell(r, 1), values[0])
        _cell_text(table.cell(r, 2), values[1])
    _paragraph(doc, "")
    _paragraph(doc, "市创建全国文明城市指挥部办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "civic.docx")
        soffice(source, "doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 4. 政府网站检查发现问题整改情况反馈表, after a city's 关于2024年第二季度全市政府网站检查情况的通报
# (检查新指标, 对有严重表述错误的网站责令整改; 信息把关审核不严, 栏目应更新未更新, 办事指南要素空白,
# 法定办理时间与承诺办理时间不符, 政策解读不及时):
# http://www.lyg.gov.cn/zglygzfmhwz/nrbz/content/d338bc08-0e80-475d-85f0-706f102408ae.html
# Title and preamble stating the 通报 date; a two-row header (检查发现问题 over 问题类型/问题描述, 整改情况
# over 整改措施/完成时间); 整改时限 as 10个工作日内 or 立行立改 from that date; 复查结果; a 合计 row.
WEBSITE_ROWS = [
    [
        "市民政局门户网站",
        "市民政局",
        "内容更新",
        "“政策解读”栏目自2024年3月以来未更新",
        "10个工作日内",
        "已补充发布政策解读材料5篇",
        date(2024, 7, 12),
        "复查合格",
    ],
    [
        "市科技局网站",
        "市科技局",
        "严重表述错误",
        "“工作动态”栏目一篇信息中领导职务表述错误",
        "立行立改",
        "已撤稿并更正后重新发布",
        date(2024, 7, 5),
        "复查合格",
    ],
    [
        "市卫计委网站",
        "市卫计委",
        "办事服务",
        "办事指南中“医师执业注册”法定办结时限与承诺办结时限不一致",
        "10个工作日内",
        "已与省政务服务平台核对，正在修改",
        "",
        "",
    ],
    [
        "市退役军人事务局网站",
        "市退役军人事务局",
        "可用性",
        "首页“服务导航”存在3处断链",
        "10个工作日内",
        "",
        "",
        "复查仍未整改",
    ],
    [
        "市生态环境局网站",
        "市生态环境局",
        "内容更新",
        "“环境质量”栏目空白，无任何信息",
        "10个工作日内",
        "已将空白栏目归并至“信息公开”栏目",
        date(2024, 7, 16),
        "",
    ],
    [
        "市医保局网站",
        "市医保局",
        "互动回应",
        "“局长信箱”有2条留言超过10个工作日未答复",
        "10个工作日内",
        "已答复并公开",
        date(2024, 7, 10),
        "复查合格",
    ],
    [
        "市公积金中心网站",
        "市公积金中心",
        "安全保障",
        "网站备案信息中主办单位名称未及时变更",
        "10个工作日内",
        "已向通信管理部门提交变更申请，等待审核",
        "",
        "",
    ],
]


def write_websites(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 2, 18)
    ws.set_column(3, 3, 12)
    ws.set_column(4, 4, 40)
    ws.set_column(5, 5, 13)
    ws.set_column(6, 6, 30)
    ws.set_column(7, 8, 13)
    last = 8
    b.line(ws, 0, "2024年第二季度全市政府网站检查发现问题整改情况反馈表", last, b.title)
    b.line(
        ws,
        1,
        "根据《市政府办公室关于2024年第二季度全市政府网站检查情况的通报》（2024年7月5日印发），请各网站主办"
        "单位自通报印发之日起10个工作日内完成整改；存在严重表述错误的，立行立改。",
        last,
    )
    b.line(ws, 2, "填报单位：市政府办公室政务公开科　　　　　　　　填报日期：2024年7月30日", last)
    for c, w in [(0, "序号"), (1, "网站名称"), (2, "主办单位")]:
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 3, 3, 4, "检查发现问题", b.head)
    b.merge(ws, 3, 5, 4, 5, "整改时限", b.head)
    b.merge(ws, 3, 6, 3, 7, "整改情况", b.head)
    b.merge(ws, 3, 8, 4, 8, "复查结果", b.head)
    b.header(ws, 4, ["问题类型", "问题描述"], first=3)
    b.header(ws, 4, ["整改措施", "完成时间"], first=6)
    r = 5
    for n, values in enumerate(WEBSITE_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else b.cell)
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, last, "检查发现问题7个，已整改4个，复查合格3个", b.cell)
    b.line(
        ws,
        r + 1,
        "注：问题类型按《政府网站与政务新媒体检查指标》分类；完成时间填写实际完成整改的日期。",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 统计造假专项治理问题清单及整改台账, after a county 统计局's account of the 市统计局 and 纪检派驻组
# joint check of its 统计造假专项治理 (数据质量自查自纠, 问题清单、整改台账及整改佐证材料; problems found in
# the 工业、商贸、服务、投资、劳资 专业: 佐证材料不齐全, 档案材料归档不完善, 数据要素不对称):
# https://jianpian.cn/a/x2meyhv
# One sending unit; section rows per 专业 with items numbered 1, 2 within each; 责任科室 (sections of the
# unit); 整改时限 as 2024.7.31 / 8月底前 / 三季度 / 长期坚持 / 立行立改 (from the 反馈 date in the preamble);
# an 整改佐证材料 column; a 说明 line and the signature.
STATS_SECTIONS = [
    (
        "一、工业专业",
        [
            [
                "规上工业企业统计台账与财务报表营业收入数据不衔接",
                "逐家核对企业统计台账与财务报表，差异较大的要求企业书面说明",
                "工业统计科",
                "2024.7.31",
                "核对清单、企业情况说明",
                "已整改",
            ],
            [
                "部分企业原始记录和统计台账未经单位负责人签字确认",
                "督促企业补签，规范原始记录管理",
                "工业统计科",
                "8月底前",
                "",
                "正在督促企业补签",
            ],
        ],
    ),
    (
        "二、商贸专业",
        [
            [
                "限上批零企业名录库更新不及时，已停业企业仍在报送",
                "开展名录库核查，按程序办理退库",
                "贸易外经统计科",
                "三季度",
                "",
                "",
            ],
            [
                "住餐企业报送数据逻辑审核不严，存在趋势性差错",
                "严格执行数据审核制度，每月交叉审核",
                "贸易外经统计科",
                "长期坚持",
                "审核记录",
                "长期坚持，常态化开展",
            ],
        ],
    ),
    (
        "三、投资专业",
        [
            [
                "部分项目入库佐证材料不齐全，缺少施工合同和发票",
                "补齐入库项目佐证材料",
                "固定资产投资统计科",
                "立行立改",
                "施工合同、发票复印件",
                "已补齐",
            ],
            [
                "个别项目投资进度与工程形象进度不符",
                "实地核查项目形象进度，据实调整投资数据",
                "固定资产投资统计科",
                "2024年9月底前",
                "现场核查记录",
                "已完成现场核查12个，剩余5个",
            ],
        ],
    ),
    (
        "四、劳资专业",
        [
            [
                "部分单位对从业人员工资总额统计口径理解有误",
                "对报送单位统计人员开展业务培训",
                "人口和就业统计科",
                "2024年8月15日",
                "",
                "未整改",
            ],
        ],
    ),
]


def write_stats(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改台账")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 34)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 14)
    ws.set_column(5, 5, 20)
    ws.set_column(6, 6, 24)
    last = 6
    b.line(ws, 0, "统计造假专项治理问题清单及整改台账", last, b.title)
    b.line(
        ws,
        1,
        "2024年7月10日，市检查组对我局统计造假专项治理工作及数据质量自查自纠情况进行检查并现场反馈问题，"
        "现将问题清单及整改情况报告如下。",
        last,
    )
    b.line(ws, 2, "填报单位：市统计局（盖章）　　　　　　　　　　　　填报时间：2024年7月29日", last)
    b.header(ws, 3, ["序号", "问题清单", "整改措施", "责任科室", "整改时限", "整改佐证材料", "整改情况"])
    r = 4
    for title, rows in STATS_SECTIONS:
        b.merge(ws, r, 0, r, last, title, b.section)
        r += 1
        for n, values in enumerate(rows, start=1):
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
    b.line(ws, r, "说明：整改情况填写已整改、正在整改或未整改；整改佐证材料另附。", last)
    b.line(ws, r + 1, "填表人：冯雪　　审核人：邱立新　　联系电话：0393-8991207", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 财政重点绩效评价发现问题整改情况表, after a 卫生健康委's 整改报告 on the three projects of its
# 财政重点绩效评价 (卫生事业发展补助资金, 省市儿童医院项目, 中医(民族)药项目资金; 存在问题 then 整改措施,
# sub-problems (1)(2)(3); 调度会 in 6月、9月底和10月中旬; 县级主管部门资金支付进度缓慢):
# https://bookm.cn/content/7779ec12.html
# 评价项目 merged down over its problems, each problem merged down over its measure rows (each measure
# with its own 完成时限 and 进展); a two-row header; a 合计 row.
PERF_PROJECTS = [
    (
        "卫生事业发展补助资金",
        [
            (
                "预算编制不够精细，部分项目资金结转率偏高",
                [
                    ("细化预算编制，按月调度项目资金支出进度", "2024年6月底前", "已完成"),
                    (
                        "召开预算项目支出进度调度会，通报资金使用进度",
                        "2024年12月31日前",
                        "已召开调度会2次",
                    ),
                ],
            ),
            (
                "抽样点部分重点专科建设任务未按期完成",
                [("督促项目单位加快建设进度", "2024.6.30", "未完成项目均已建成并投入使用")],
            ),
            (
                "县级主管部门资金支付进度缓慢",
                [
                    ("专题报告县委县政府，落实县级配套资金", "2024年5月", "已完成"),
                    ("主动对接县级财政部门加快拨付", "2024年8月底前", "已拨付65%"),
                ],
            ),
        ],
    ),
    (
        "省市儿童医院项目",
        [
            (
                "项目前期论证不充分，部分设备购置与功能定位不匹配",
                [("组织专家重新论证设备购置清单", "三季度", "")],
            ),
            (
                "绩效目标设置不明确，缺少可量化指标",
                [("修订项目绩效目标表，细化可量化指标", "2024年4月底前", "已完成")],
            ),
        ],
    ),
    (
        "中医（民族）药项目资金",
        [
            (
                "部分项目资金闲置，超过一年未使用",
                [("收回闲置资金统筹使用", "2024年7月31日", "未整改，资金尚未收回")],
            ),
            (
                "中医药适宜技术推广培训覆盖面不足",
                [
                    ("制定年度培训计划", "2024年3月底前", "已完成"),
                    ("完成基层医务人员培训300人次", "2024年11月底前", "已培训120人次"),
                ],
            ),
        ],
    ),
]


def write_performance(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 34)
    ws.set_column(3, 3, 34)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 5, 24)
    last = 5
    b.line(ws, 0, "2023年度财政重点绩效评价发现问题整改情况表", last, b.title)
    b.line(ws, 1, "报送单位：市卫生健康委员会（盖章）　　　　　　　　　　报送日期：2024年7月26日", last)
    for c, w in [(0, "序号"), (1, "评价项目"), (2, "存在问题"), (3, "整改措施")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改情况", b.head)
    b.header(ws, 3, ["完成时限", "进展情况"], first=4)
    r = 4
    n = 0
    problems = 0
    for project, items in PERF_PROJECTS:
        top = r
        for problem, measures in items:
            n += 1
            problems += 1
            first = r
            for measure, limit, progress in measures:
                b.row(ws, r, [measure, limit, progress], first=3)
                r += 1
            b.merge(ws, first, 0, r - 1, 0, n, b.center)
            b.merge(ws, first, 2, r - 1, 2, problem, b.cell)
        b.merge(ws, top, 1, r - 1, 1, project, b.center)
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.merge(ws, r, 2, r, last, f"3个项目，发现问题{problems}个，已完成整改2个", b.cell)
    b.line(ws, r + 2, "分管领导：邵红　　　填报人：顾佳　　　联系电话：0393-8430117", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 根治拖欠农民工工资重点任务落实情况台账, after a city government's 实施意见 on 根治拖欠农民工工资 (一、
# 强化措施，健全完善保障工资支付制度 with (一)加强劳动合同管理 (二)完善实名制管理制度 …, each task ending
# "（责任单位：…）", and "以下均需各县市区人民政府…负责落实，不再列出"):
# https://055110.com/law/2/38225.html
# The tasks as rows under section rows, the unit inside the task text by short names, 完成时限 and 落实情况
# columns added by the 领导小组办公室; a 注 line.
WAGE_SECTIONS = [
    (
        "一、强化措施，健全完善保障工资支付制度",
        [
            [
                "（一）",
                "加强劳动合同管理。用人单位应当依法与招用的农民工订立劳动合同或用工书面协议，并及时上传至农民工"
                "工资支付监管信息系统。（责任单位：市人力资源社会保障局）",
                "2024年9月底前",
                "已上传劳动合同1.2万份，覆盖在建项目87%",
            ],
            [
                "（二）",
                "完善实名制管理制度。施工总承包单位应当按规定配备劳资专管员，对分包单位劳动用工实施监督管理。"
                "（责任单位：市住房城乡建设局）",
                "长期坚持",
                "",
            ],
            [
                "（三）",
                "落实农民工工资专用账户和工资保证金制度，交通建设项目开工前必须开设专用账户。（责任单位：市交通"
                "运输局）",
                "2024年6月30日",
                "已完成，在建交通项目专用账户开设率100%",
            ],
        ],
    ),
    (
        "二、畅通渠道，及时处置欠薪问题",
        [
            [
                "（四）",
                "开展政府投资项目拖欠工程款专项排查，逐项目建立清欠台账。（责任单位：市发展改革委）",
                "三季度",
                "未启动",
            ],
            [
                "（五）",
                "建立拖欠农民工工资联合惩戒机制，将拒不支付劳动报酬的企业纳入失信名单。（责任单位：市发改委）",
                "年底前",
                "已起草联合惩戒备忘录，正在征求相关部门意见",
            ],
            [
                "（六）",
                "加强水利工程建设领域工资支付监管，督促施工单位按月足额发放农民工工资。（责任单位：市水务局）",
                "2024.8.31",
                "",
            ],
        ],
    ),
    (
        "三、强化保障，严格考核问责",
        [
            [
                "（七）",
                "落实政府投资项目工程款按时足额拨付，不得以未完成审计为由拖延结算。（责任单位：市财政局）",
                "2024年7月底",
                "已完成",
            ],
        ],
    ),
]


def write_wages(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("任务落实情况")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 64)
    ws.set_column(2, 2, 16)
    ws.set_column(3, 3, 36)
    last = 3
    b.line(ws, 0, "根治拖欠农民工工资重点任务落实情况台账", last, b.title)
    b.line(ws, 1, "（截至2024年7月31日）", last, b.right)
    b.line(
        ws,
        2,
        "填报单位：市根治拖欠农民工工资工作领导小组办公室（设在市人社局）　　　　填报日期：2024年7月30日",
        last,
    )
    b.header(ws, 3, ["序号", "重点任务", "完成时限", "落实情况"])
    r = 4
    for title, rows in WAGE_SECTIONS:
        b.merge(ws, r, 0, r, last, title, b.section)
        r += 1
        for values in rows:
            b.row(ws, r, values)
            r += 1
    b.line(ws, r, "注：以上任务均需各县（区）人民政府负责落实，不再列出。", last)
    b.line(ws, r + 1, "联系人：许静　　联系电话：0393-8992345", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 监事会监督检查反映问题整改落实情况 as .ods, after a 国资委's account of how it handles the problems
# its 监事会 report: 一般问题由监事会向企业下发纠正函、重要问题由国资委向企业下发整改通知; 国资委下发通知的
# 问题分"提示关注的问题"和"需要整改的问题"两类, the former long-standing and hard to rectify soon:
# http://ysp.net.sasac.gov.cn/n2588025/n2588129/c2728594/content.html
# Section rows for the two kinds; the 企业 is the unit, some by short names; 处理方式 纠正函/整改通知/
# 提示关注; 整改期限 as dates, 7月底前 and 长期坚持.
SOE_SECTIONS = [
    (
        "一、需要整改的问题",
        [
            [
                "濮阳市城市建设投资集团有限公司",
                "下属子公司对外出借资金未履行“三重一大”集体决策程序",
                "整改通知",
                "2024年6月30日",
                "已整改：收回借出资金，修订“三重一大”决策制度实施办法",
            ],
            [
                "市燃气公司",
                "城区燃气管网改造工程未批先建，工程结算滞后",
                "纠正函",
                "2024年9月",
                "正在补办工程建设手续",
            ],
            [
                "公交公司",
                "新能源公交车辆购置补贴资金未及时入账",
                "纠正函",
                "7月底前",
                "未整改",
            ],
            [
                "市自来水公司",
                "水费应收账款长期挂账，未按规定计提坏账准备",
                "整改通知",
                "2024.8.31",
                "",
            ],
            [
                "濮阳市国有资本运营有限公司",
                "对外投资项目投后管理缺失，未开展项目后评价",
                "整改通知",
                "2024年12月底前",
                "已制定投后管理办法，后评价工作正在开展",
            ],
        ],
    ),
    (
        "二、提示关注的问题",
        [
            [
                "濮阳市城市建设投资集团有限公司",
                "资产负债率持续偏高，债务化解压力较大",
                "提示关注",
                "长期坚持",
                "",
            ],
            [
                "濮阳市国有资本运营有限公司",
                "部分参股企业连续亏损，存在国有资产损失风险",
                "提示关注",
                "长期坚持",
                "",
            ],
        ],
    ),
]


def write_soe_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改落实情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 4, 14)
    ws.set_column(5, 5, 36)
    last = 5
    b.line(ws, 0, "市属国有企业监事会监督检查反映问题整改落实情况表", last, b.title)
    b.line(ws, 1, "填报单位：市国资委企业监督科　　　　　　　　　　截止日期：2024年7月31日", last)
    b.line(
        ws,
        2,
        "说明：一般问题由监事会向企业下发纠正函，重要问题由国资委向企业下发整改通知；提示关注的问题多为企业"
        "长期性、风险性问题，短期内难以整改，由监事会持续跟踪。",
        last,
    )
    b.header(ws, 3, ["序号", "企业名称", "反映问题", "处理方式", "整改期限", "整改落实情况"])
    r = 4
    n = 0
    for title, rows in SOE_SECTIONS:
        b.merge(ws, r, 0, r, last, title, b.section)
        r += 1
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
    b.line(ws, r + 1, "填表人：石磊　　　审核人：韦俊峰　　　2024年7月31日", last)
    return b.close()


def write_soe(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_soe_book(Path(tmp) / f"{path.stem}.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 农村人居环境整治验收发现问题交办整改销号台账 as .xls, one sheet per 镇(街道), after a county
# 农业农村局's 秦岭山水乡村 验收 (逐村验收 10 个方面: 乡村道路、河道沟渠、村庄环境、农户庭院、乡村田园 …;
# 发现问题形成问题交办单反馈至各镇(办); 日清日结、日交日报; 综合研判、验收销号):
# https://shangnan.gov.cn/info/1033/111135.htm
# Each sheet repeats title and header; 交办日期 as dates; 整改时限 日清日结 / N日内 (from the row's 交办日期)
# / 2024年7月底前; a 验收销号 column.
VILLAGE_SHEETS = [
    (
        "岳村镇",
        "岳村镇人民政府",
        [
            [
                "东王庄村",
                "村内主干道两侧柴草乱堆乱放",
                "村庄环境",
                date(2024, 7, 2),
                "日清日结",
                "已清理",
                "已销号",
            ],
            [
                "西刘庄村",
                "坑塘水面漂浮生活垃圾，有异味",
                "河道沟渠",
                date(2024, 7, 2),
                "3日内",
                "正在打捞清理",
                "未销号",
            ],
        ],
    ),
    (
        "皇甫街道",
        "皇甫街道办事处",
        [
            ["后范庄社区", "改厕户粪污未及时清掏，有渗漏", "农户庭院", date(2024, 7, 8), "7日内", "", ""],
            [
                "南里商社区",
                "村口垃圾收集点垃圾满溢",
                "村庄环境",
                date(2024, 7, 8),
                "日清日结",
                "已清运",
                "已销号",
            ],
        ],
    ),
    (
        "孟轲乡",
        "孟轲乡人民政府",
        [
            [
                "孟轲村",
                "田间道路两侧废旧地膜、农药包装废弃物散落",
                "乡村田园",
                date(2024, 7, 15),
                "5日内",
                "未整改",
                "未销号",
            ],
            [
                "东郭村",
                "村文化广场宣传栏破损，公益广告褪色",
                "宣传氛围",
                date(2024, 7, 15),
                "2024年7月底前",
                "已更换宣传栏",
                "验收合格，已销号",
            ],
        ],
    ),
    (
        "王助镇",
        "王助镇人民政府",
        [
            [
                "王助村",
                "生活污水顺街漫流，路面湿滑",
                "村庄环境",
                date(2024, 7, 22),
                "15日内",
                "正在铺设污水管网",
                "未销号",
            ],
        ],
    ),
]


def write_village_book(path: Path) -> Path:
    b = Book(path)
    header = [
        "序号",
        "村（社区）",
        "验收发现问题",
        "问题类别",
        "交办日期",
        "整改时限",
        "整改情况",
        "验收销号",
    ]
    for sheet, unit, rows in VILLAGE_SHEETS:
        ws = b.sheet(sheet)
        ws.set_column(0, 0, 5)
        ws.set_column(1, 1, 12)
        ws.set_column(2, 2, 36)
        ws.set_column(3, 3, 10)
        ws.set_column(4, 5, 14)
        ws.set_column(6, 6, 22)
        ws.set_column(7, 7, 16)
        last = len(header) - 1
        b.line(ws, 0, "和美乡村建设验收发现问题交办整改销号台账", last, b.title)
        b.line(ws, 1, f"责任单位：{unit}　　　　交办单位：市农业农村局验收工作专班", last)
        b.line(
            ws,
            2,
            "说明：验收发现问题形成问题交办单反馈至各镇（街道），坚持日清日结、日交日报，整改到位后联合镇、村干部"
            "综合研判、验收销号。",
            last,
        )
        b.header(ws, 3, header)
        r = 4
        for n, values in enumerate(rows, start=1):
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=1):
                b.put(ws, r, c, v, b.md_day if isinstance(v, date) else b.cell)
            r += 1
        b.line(ws, r + 1, "统计时间：2024年7月1日—7月26日", last)
    return b.close()


def write_villages(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_village_book(Path(tmp) / f"{path.stem}.xlsx")
        soffice(book, "xls", path)
    return path


# ---------------------------------------------------------------------------------------------
# 10. 林长巡林发现问题台账, after a city 林长制办公室's notice of its 上半年林长制工作督查 (林长巡林制度,
# 巡林发现问题整改督办, 林长巡林提醒函和督办函制度, 巡林发现问题台账建立、整改销号情况):
# https://taarucha.com/OpennessContent/download/2494396.html
# A two-row header (巡林情况 over 巡林时间/巡林林长/责任区域, 问题整改 over 责任单位/整改时限/整改进展),
# 提醒函/督办函 and 销号情况 columns; the 林长 who found the problem is not the unit.
FOREST_ROWS = [
    [
        date(2024, 3, 12),
        "李明（区级林长）",
        "岳村镇林区",
        "林区内新增坟头2处，占用生态公益林",
        "岳村镇人民政府",
        "2024年4月底前",
        "已完成迁移并补植",
        "提醒函",
        "已销号",
    ],
    [
        date(2024, 4, 8),
        "王芳（区级副林长）",
        "金堤河防护林带",
        "防护林带部分杨树发生美国白蛾危害",
        "市自然资源局",
        "第二季度",
        "已开展飞防2次，虫口密度明显下降",
        "提醒函",
        "未销号",
    ],
    [
        date(2024, 5, 16),
        "李明（区级林长）",
        "皇甫街道",
        "森林防火通道被杂物堵塞",
        "皇甫街道办事处",
        "2024.5.31",
        "已清理",
        "督办函",
        "已销号",
    ],
    [
        date(2024, 6, 5),
        "张华（区级副林长）",
        "马颊河湿地公园",
        "湿地保护区内存在非法垂钓和野外用火现象",
        "市公安局",
        "长期坚持",
        "常态化巡查",
        "—",
        "",
    ],
    [
        date(2024, 6, 20),
        "王芳（区级副林长）",
        "孟轲乡",
        "退化林修复补植苗木成活率低",
        "孟轲乡人民政府",
        "2024年10月底前",
        "",
        "提醒函",
        "",
    ],
    [
        date(2024, 7, 3),
        "李明（区级林长）",
        "岳村镇林区",
        "林地内违规建设看护房约40平方米",
        "市资规局",
        "2024年8月15日前",
        "已立案查处，下达限期拆除决定书",
        "督办函",
        "",
    ],
    [
        date(2024, 7, 18),
        "张华（区级副林长）",
        "城区绿廊",
        "古树名木保护牌缺失，树干钉挂广告牌",
        "市城管局",
        "7月底前",
        "未整改",
        "提醒函",
        "未销号",
    ],
]


def write_forest(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("巡林问题台账")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 18)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 34)
    ws.set_column(5, 5, 16)
    ws.set_column(6, 6, 16)
    ws.set_column(7, 7, 30)
    ws.set_column(8, 9, 11)
    last = 9
    b.line(ws, 0, "2024年上半年林长巡林发现问题台账", last, b.title)
    b.line(ws, 1, "报送单位：华龙区林长制办公室　　　　　　　　　　　　报送时间：2024年7月29日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "巡林情况", b.head)
    b.merge(ws, 2, 4, 3, 4, "发现问题", b.head)
    b.merge(ws, 2, 5, 2, 7, "问题整改", b.head)
    b.merge(ws, 2, 8, 3, 8, "提醒函/督办函", b.head)
    b.merge(ws, 2, 9, 3, 9, "销号情况", b.head)
    b.header(ws, 3, ["巡林时间", "巡林林长", "责任区域"], first=1)
    b.header(ws, 3, ["责任单位", "整改时限", "整改进展"], first=5)
    r = 4
    for n, values in enumerate(FOREST_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.slash_day if isinstance(v, date) else b.cell)
        r += 1
    b.line(ws, r + 1, "填表人：董丽　　　　联系电话：0393-8215566", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 深化“放管服”改革优化营商环境工作要点推进情况, after a city's 深化“放管服”改革最佳化营商环境工作要点
# (一、坚持系统集成，推动审批全链条优化 with numbered tasks 1. 2. …, each stating its date inside the text
# ("2022年10月底前编制并公布…") and ending "（市…牵头，市级各有关部门…按职责分工负责）"):
# https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341
# The tasks under their section rows, numbered on across sections; unit and deadline only inside the
# task text; progress only as sentences.
BIZ_SECTIONS = [
    (
        "一、坚持系统集成，推动审批全链条优化",
        [
            [
                "全面实施行政许可事项清单管理。2024年9月底前编制并公布市、县两级行政许可事项清单，清单之外一律"
                "不得违法实施行政许可。（市司法局牵头，市级各有关部门按职责分工负责）",
                "已完成市级清单梳理，正在征求县区意见。",
            ],
            [
                "持续深化相对集中行政许可权改革。2024年6月底前按程序在市政府门户网站公布划转事项目录，明确审管"
                "边界。（市行政服务中心牵头）",
                "已于6月20日在市政府门户网站公布。",
            ],
            [
                "深化工程建设项目审批制度改革，一般社会投资项目从立项到取得施工许可审批时间压缩至30个工作日以内。"
                "（市住建局牵头，市级各有关部门按职责分工负责）",
                "",
            ],
        ],
    ),
    (
        "二、坚持公正监管，推动监管全过程提升",
        [
            [
                "全面推行“双随机、一公开”跨部门联合监管，2024年年底前实现市场监管领域部门联合抽查全覆盖。"
                "（市市场监管局牵头）",
                "上半年已开展部门联合抽查12次。",
            ],
            [
                "规范涉企行政检查，2024年第三季度建立涉企检查计划备案制度。（市司法局牵头）",
                "尚未启动。",
            ],
        ],
    ),
    (
        "三、坚持便民利企，推动服务全周期优化",
        [
            [
                "推进高频政务服务事项“跨省通办”，长期坚持。（市行政服务中心牵头）",
                "常态化推进。",
            ],
            [
                "落实惠企政策“免申即享”，2024年7月底前上线惠企政策兑现平台。（市工信局牵头，市财政局配合）",
                "平台已于7月15日上线运行，兑现资金1860万元。",
            ],
        ],
    ),
]


def write_business(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("推进情况")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 70)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 10)
    last = 3
    b.line(ws, 0, "2024年深化“放管服”改革优化营商环境工作要点推进情况表", last, b.title)
    b.line(ws, 1, "（1—7月）", last, b.right)
    b.line(ws, 2, "填报单位：市优化营商环境工作领导小组办公室　　　　　　填报时间：2024年7月30日", last)
    b.header(ws, 3, ["序号", "工作要点", "推进情况", "备注"])
    r = 4
    n = 0
    for title, rows in BIZ_SECTIONS:
        b.merge(ws, r, 0, r, last, title, b.section)
        r += 1
        for task, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [task, progress, ""], first=1)
            r += 1
    b.line(ws, r, "注：推进情况请简要填写，已完成的注明完成时间。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. 养老机构安全隐患联合排查问题整改台账, one table per 养老机构 on one sheet, after a county 民政局's
# 联合大排查 of its 公办、民办养老机构 (民政局牵头, 应急管理局、消防大队、卫计局、市场监管局; 安全生产、
# 食品药品安全、各项管理制度; 下达意见整改通知书, "一院一案", 逾期不整改的责令停业整顿):
# https://www.clxzf.gov.cn/single/23/11506.html
# A block title per 机构, its own header row each time; 检查部门 is the inspector, not the unit.
CARE_HOMES = [
    (
        "一、城关镇敬老院（公办，床位120张）",
        [
            [
                "市应急局",
                "厨房液化气钢瓶与灶具间距不足，未安装燃气泄漏报警装置",
                "加装燃气泄漏报警装置，规范钢瓶存放",
                "2024年7月15日前",
                "已安装燃气泄漏报警装置",
            ],
            [
                "市消防救援支队",
                "部分老人房间私拉电线为电动车电瓶充电",
                "立即清理，设置集中充电点",
                "7月20日前",
                "已清理，集中充电点正在施工",
            ],
            [
                "市卫健委",
                "医务室药品过期未清理，无药品出入库登记",
                "清理过期药品，建立出入库登记制度",
                "7月底前",
                "",
            ],
        ],
    ),
    (
        "二、颐康老年公寓（民办，床位86张）",
        [
            [
                "市民政局",
                "护理员持证上岗率不足50%",
                "组织护理员参加养老护理员职业技能培训",
                "2024年9月30日前",
                "已组织8名护理员报名培训",
            ],
            [
                "市市场监管局",
                "食堂未落实食品留样制度",
                "配置留样柜，落实48小时留样",
                "7月15日前",
                "已整改",
            ],
            [
                "市消防救援支队",
                "疏散通道堆放杂物，安全出口指示灯损坏",
                "清理杂物，更换指示灯",
                "7月12日前",
                "逾期未整改",
            ],
        ],
    ),
    (
        "三、福乐园养老服务中心（民办，床位60张）",
        [
            [
                "市应急局",
                "消防控制室值班人员无证上岗",
                "安排持证人员24小时值班",
                "2024.7.31",
                "已整改到位",
            ],
        ],
    ),
]


def write_care_homes(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("一院一案")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 16)
    ws.set_column(2, 3, 36)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 5, 28)
    last = 5
    b.line(ws, 0, "养老机构安全隐患联合排查问题整改台账（一院一案）", last, b.title)
    b.line(
        ws,
        1,
        "牵头单位：市民政局　　联合检查：市应急局、市消防救援支队、市卫健委、市市场监管局　　检查时间：2024年7月8日—10日",
        last,
    )
    b.line(
        ws,
        2,
        "说明：对存在问题的养老机构下达整改意见通知书，按“一院一案”要求限期整改；逾期不整改或整改不到位的，"
        "责令停业整顿。",
        last,
    )
    r = 4
    for title, rows in CARE_HOMES:
        b.line(ws, r, title, last, b.block)
        r += 1
        b.header(ws, r, ["序号", "检查部门", "存在问题", "整改意见", "整改时限", "整改情况"])
        r += 1
        for n, values in enumerate(rows, start=1):
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values, first=1)
            r += 1
        r += 1
    b.line(ws, r, "填表人：吕娜　　联系电话：0393-8663120　　填报日期：2024年7月30日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 公共机构节能专项监察发现问题整改情况 as a WPS 表格 .et (Excel 97 written by LibreOffice), after a
# province's 公共机构节能专项监察 (节能监察总队 with the 机关事务管理局; eight things checked: 年度节能目标
# 和实施方案, 节能改造措施, 能源消费计量监测和统计, 节能管理规章制度, 节能产品政府采购, 空调温度设置不低于
# 26℃, 公务车管理及使用; 现场提出整改要求): https://nativeclients.com/YWEsrNzjbc/news/show-13044.html
# The deadline stated once above the table; ticks (√) under 已整改/未整改 in a two-row header; the
# 被监察单位 merged down over its rows; a 合计 row.
ENERGY_UNITS = [
    (
        "市教育局",
        [
            ["空调温度控制", "办公楼夏季空调温度设定低于26℃", "√", "", ""],
            ["公务用车管理", "未建立公务用车单车油耗台账", "", "√", ""],
        ],
    ),
    (
        "市民政局",
        [["能源消费计量监测和统计", "未实行能源分户分项计量", "", "", "已完成计量表采购，正在安装"]],
    ),
    ("市统计局", [["年度节能目标和实施方案", "未制定年度节能目标和实施方案", "√", "", ""]]),
    ("市气象局", [["节能改造措施", "办公区仍使用高耗能T8荧光灯管", "", "√", "计划纳入明年节能改造"]]),
    ("市行政服务中心", [["节能产品政府采购", "采购的饮水机未列入节能产品政府采购清单", "√", "", ""]]),
    ("市残联", [["公务用车管理", "节假日公务用车未按规定封存停驶", "", "", ""]]),
]


def write_energy_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 16)
    ws.set_column(2, 2, 22)
    ws.set_column(3, 3, 38)
    ws.set_column(4, 5, 9)
    ws.set_column(6, 6, 28)
    last = 6
    b.line(ws, 0, "2024年公共机构节能专项监察发现问题整改情况表", last, b.title)
    b.line(ws, 1, "监察单位：市机关事务管理局　市节能监察支队　　　　监察时间：2024年6月17日—21日", last)
    b.line(
        ws,
        2,
        "请被监察单位对照监察发现问题，于2024年7月31日前完成整改，并在“整改情况”对应栏内打“√”，未完成的在"
        "备注栏说明原因。",
        last,
    )
    for c, w in [(0, "序号"), (1, "被监察单位"), (2, "监察内容"), (3, "存在问题")]:
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 4, 3, 5, "整改情况", b.head)
    b.merge(ws, 3, 6, 4, 6, "备注", b.head)
    b.header(ws, 4, ["已整改", "未整改"], first=4)
    r = 5
    n = 0
    done = undone = 0
    for unit, rows in ENERGY_UNITS:
        first = r
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values[:2], first=2)
            b.row(ws, r, values[2:4], first=4, fmt=b.center)
            b.put(ws, r, 6, values[4])
            done += values[2] == "√"
            undone += values[3] == "√"
            r += 1
        b.merge(ws, first, 1, r - 1, 1, unit, b.center)
    b.merge(ws, r, 0, r, 3, "合计", b.center)
    b.put(ws, r, 4, done, b.center)
    b.put(ws, r, 5, undone, b.center)
    b.put(ws, r, 6, "", b.cell)
    b.line(ws, r + 2, "市机关事务管理局公共机构节能科　　　　　　2024年7月31日", last, b.right)
    return b.close()


def write_energy(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_energy_book(Path(tmp) / "energy.xlsx")
        xls = soffice(book, "xls", Path(tmp) / "energy_converted.xls")
        shutil.copyfile(xls, path)
    return path


# ---------------------------------------------------------------------------------------------
# 14. 整治形式主义为基层减负问题整改清单 as a WPS 文字 .wps (a Word document converted by LibreOffice to
# Word 97 and saved with the WPS suffix), after an office's 调研报告 on 基层减负 (一是文山会海之风仍未
# 禁绝: 视频会议层层套开; 二是督查检查考核仍需规范: 请第三方检查考核; 三是扎堆督查调研仍有发生: 层层陪同;
# 四是过度留痕现象仍然存在: 把有无配套发文、召开专门会议作为衡量标准): https://www.wentop.com/wen/28/54261.html
# A Word table; the 存在问题 category merged down over its 具体表现 rows (each row an item); 责任科室 are
# sections of the sending office; 整改时限 as dates, 长期坚持, 三季度, 年底前.
LOAD_PROBLEMS = [
    (
        "一、文山会海之风仍未禁绝",
        [
            [
                "以视频会议形式层层套开会议，县乡两级干部重复参会",
                "严格执行会议计划管理，内容相近的会议合并召开",
                "秘书一科",
                "2024年8月底前",
                "正在修订会议管理办法",
            ],
            [
                "部分文件篇幅过长，配套文件层层转发",
                "推行短文短报，严控配套发文",
                "文电科",
                "长期坚持",
                "",
            ],
        ],
    ),
    (
        "二、督查检查考核仍需规范",
        [
            [
                "年度督查检查事项未经统筹报批，存在多头督查",
                "统筹制定年度督查检查考核计划，实行清单管理",
                "督查科",
                "2024年6月底前",
                "已完成年度计划统筹，压减督查检查事项12项",
            ],
            [
                "委托第三方开展检查考核，对人员资质把关不严",
                "建立第三方机构资质审核制度",
                "督查科",
                "三季度",
                "",
            ],
        ],
    ),
    (
        "三、扎堆调研仍有发生",
        [
            [
                "陪同调研层层陪同，接待人数超出规定",
                "制定调研统筹办法，严格限定陪同人数",
                "综合科",
                "2024.7.31",
                "未启动",
            ],
        ],
    ),
    (
        "四、过度留痕现象仍然存在",
        [
            [
                "把有无配套发文、召开专门会议作为考核衡量标准",
                "修订考核细则，删除以发文开会衡量落实的指标",
                "督查科",
                "年底前",
                "已在考核细则修订稿中删除相关指标，待审定",
            ],
            [
                "要求基层通过工作群每日上传工作照片留痕",
                "清理工作群，取消每日打卡上传要求",
                "电子政务科",
                "7月底前",
                "已整改，清理工作群18个",
            ],
        ],
    ),
]


def write_load(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _paragraph(
        doc,
        "市政府办公室整治形式主义为基层减负问题整改清单",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照整治形式主义为基层减负专项工作要求，我办对照自查，梳理出4个方面7项具体问题，逐项明确整改措施、"
        "责任科室和整改时限。现将截至2024年7月26日的整改落实情况报告如下：",
    )
    header = ["序号", "存在问题", "具体表现", "整改措施", "责任科室", "整改时限", "落实情况"]
    count = sum(len(rows) for _, rows in LOAD_PROBLEMS)
    table = doc.add_table(rows=count + 1, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10, bold=True)
    r = 1
    n = 0
    for problem, rows in LOAD_PROBLEMS:
        first = r
        for values in rows:
            n += 1
            _cell_text(table.cell(r, 0), str(n), 10)
            for c, text in enumerate(values, start=2):
                _cell_text(table.cell(r, c), text, 10)
            r += 1
        merged = table.cell(first, 1).merge(table.cell(r - 1, 1)) if r - 1 > first else table.cell(first, 1)
        _cell_text(merged, problem, 10)
    _paragraph(doc, "")
    _paragraph(doc, "市人民政府办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "load.docx")
        soffice(source, "doc", Path(tmp) / "load.doc")
        shutil.copyfile(Path(tmp) / "load.doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 15. 卫片执法违法图斑整改进展, two returns zipped, after a county 国土资源局's 卫片执法 drive (遥感监测图斑
# 逐个核查; 明确各个图斑的整改责任单位、整改完成时限及整改任务; 交办拆除整改图斑, 已完成拆除整改):
# http://wynews.zjol.com.cn/wynews/system/2015/02/06/019016489.shtml
# Member A (a 镇): one header row, rows naming only villages (违法用地情况 per 图斑), 是否整改到位 是/否. Member B (a 乡): a
# two-row header (图斑信息 / 整改要求 / 整改情况), an 验收销号 column.
PLOT_A = [
    [
        "410902-2023-017",
        "东王庄村",
        3.26,
        2.80,
        "未批先建养殖棚",
        "拆除复耕",
        date(2024, 6, 30),
        "已拆除并复耕",
        "是",
    ],
    [
        "410902-2023-021",
        "西刘庄村",
        1.54,
        1.54,
        "村民非法占地建房",
        "拆除复耕",
        "2024年7月31日",
        "已拆除，复耕正在进行",
        "否",
    ],
    ["410902-2023-034", "岳村", 5.10, 0, "未批先建物流仓储用房", "补办用地手续", "2024年9月底", "", ""],
    [
        "410902-2023-040",
        "后张村",
        0.86,
        0.50,
        "违规硬化坑塘作停车场",
        "拆除复耕",
        "2024.5.31",
        "已拆除复耕，经县局复核合格",
        "是",
    ],
]
PLOT_B = [
    [
        "410928-2023-006",
        "孟轲村",
        2.10,
        "设施农用地超范围硬化",
        "拆除复耕",
        "6月底前",
        "已整改",
        "已验收销号",
    ],
    [
        "410928-2023-013",
        "东郭村",
        4.35,
        "砖厂未批先建堆料场",
        "立案查处",
        "2024年8月31日",
        "已立案查处，罚没款已缴纳，地上物待拆除",
        "未销号",
    ],
    [
        "410928-2023-019",
        "北郭村",
        0.92,
        "非法占地建门面房",
        "拆除复耕",
        "2024年7月31日",
        "未整改，当事人拒不拆除",
        "未销号",
    ],
]


def write_plots_a(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 10)
    ws.set_column(3, 4, 10)
    ws.set_column(5, 6, 18)
    ws.set_column(7, 7, 14)
    ws.set_column(8, 8, 28)
    ws.set_column(9, 9, 10)
    last = 9
    b.line(ws, 0, "2023年度卫片执法检查违法图斑整改进展情况表", last, b.title)
    b.line(ws, 1, "填报单位：岳村镇人民政府（盖章）　　　　　　　　　　填报日期：2024年7月25日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "图斑编号",
            "所在村",
            "面积（亩）",
            "其中耕地（亩）",
            "违法用地情况",
            "整改方式",
            "整改完成时限",
            "整改进展",
            "是否整改到位",
        ],
    )
    r = 3
    for n, values in enumerate(PLOT_A, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else b.cell)
        r += 1
    b.line(ws, r + 1, "镇长：郭建设　　　分管领导：任海涛　　　填表人：闫冬", last)
    return b.close()


def write_plots_b(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("图斑整改")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 3, 10)
    ws.set_column(4, 4, 24)
    ws.set_column(5, 6, 14)
    ws.set_column(7, 7, 34)
    ws.set_column(8, 8, 12)
    last = 8
    b.line(ws, 0, "卫片执法违法图斑整改情况表", last, b.title)
    b.line(ws, 1, "报送单位：孟轲乡人民政府　　　　　　　　　　　　　　报送时间：2024年7月26日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "图斑信息", b.head)
    b.merge(ws, 2, 5, 2, 6, "整改要求", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["图斑编号", "坐落", "面积（亩）", "违法用地情况"], first=1)
    b.header(ws, 3, ["整改方式", "完成时限", "整改进展", "验收销号"], first=5)
    r = 4
    for n, values in enumerate(PLOT_B, start=1):
        b.put(ws, r, 0, n, b.center)
        b.row(ws, r, values, first=1)
        r += 1
    return b.close()


def write_plots(path: Path) -> Path:
    members = [
        ("岳村镇卫片图斑整改进展情况表.xlsx", write_plots_a),
        ("孟轲乡卫片执法图斑整改情况.xlsx", write_plots_b),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer in members:
            member = writer(Path(tmp) / "member.xlsx")
            info = _GbkName(name, date_time=(2024, 7, 26, 17, 3, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 16. 高标准农田建设工程质量“回头看”问题排查整改台账, after a report on the 农业农村部's 高标准农田建设
# 工程质量“回头看”和专项整治 (有的设计不合理, 有的施工不达标, 有的工程设施受环境影响老化损毁; 起底排查,
# 督促整改): http://www.paulborrelli.com/ocLNwsBQ3g/2025/1107/c421a259374/page.htm
# A three-row header (问题类型 over 设计不合理/施工不达标/设施老化损毁 ticked with √, 整改落实情况 over
# 是否整改到位/整改进展, then a row of column numbers); 项目名称 merged down over its rows; 是/否 and
# progress sentences; a 合计 row.
FARM_PROJECTS = [
    (
        "2021年岳村镇高标准农田建设项目",
        "2021",
        [
            [
                "",
                "√",
                "",
                "部分田间道路混凝土厚度不足设计要求，出现开裂",
                "返工重铺",
                "岳村镇人民政府",
                "2024年6月30日",
                "是",
                "已返工重铺1.2公里",
            ],
            [
                "",
                "",
                "√",
                "机井井房门窗损坏，变压器被盗2台",
                "修复井房，补装变压器",
                "市农业局",
                "2024年8月底",
                "否",
                "已修复井房6座，变压器正在采购",
            ],
        ],
    ),
    (
        "2022年孟轲乡高标准农田建设项目",
        "2022",
        [
            [
                "√",
                "",
                "",
                "灌排渠系设计与地形不符，末级渠道无法自流灌溉",
                "调整设计方案",
                "市农业农村局",
                "三季度",
                "否",
                "",
            ],
            [
                "",
                "√",
                "",
                "低压管道埋深不足，冬季冻裂漏水",
                "重新开挖埋设",
                "孟轲乡人民政府",
                "2024.7.31",
                "否",
                "正在开挖重新埋设",
            ],
            [
                "",
                "",
                "√",
                "项目区农田林网苗木死亡率高，未及时补植",
                "秋季补植",
                "孟轲乡人民政府",
                "10月底前",
                "",
                "",
            ],
        ],
    ),
    (
        "2020年王助镇高标准农田建设项目",
        "2020",
        [
            [
                "",
                "",
                "√",
                "部分泵站设备老化，无法正常运行",
                "更换水泵电机",
                "王助镇人民政府",
                "2024年7月20日",
                "是",
                "已更换",
            ],
            [
                "",
                "",
                "√",
                "项目区部分耕地建成后改种苗木，存在“非粮化”",
                "引导恢复粮食生产",
                "王助镇人民政府",
                "长期坚持",
                "",
                "常态化推进",
            ],
        ],
    ),
]


def write_farmland(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("问题整改台账")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 8)
    ws.set_column(3, 5, 8)
    ws.set_column(6, 6, 34)
    ws.set_column(7, 7, 18)
    ws.set_column(8, 8, 16)
    ws.set_column(9, 9, 14)
    ws.set_column(10, 10, 8)
    ws.set_column(11, 11, 26)
    last = 11
    b.line(ws, 0, "高标准农田建设工程质量“回头看”问题排查整改台账", last, b.title)
    b.line(ws, 1, "填报单位：市农业农村局（盖章）　　　　　　　　　　　　填报日期：2024年7月29日", last)
    for c, w in [(0, "序号"), (1, "项目名称"), (2, "建设年度")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 3, 2, 5, "问题类型", b.head)
    for c, w in [(6, "问题描述"), (7, "整改措施"), (8, "责任单位"), (9, "整改时限")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 10, 2, 11, "整改落实情况", b.head)
    b.header(ws, 3, ["设计不合理", "施工不达标", "设施老化损毁"], first=3)
    b.header(ws, 3, ["是否整改到位", "整改进展"], first=10)
    for c in range(last + 1):
        b.put(ws, 4, c, str(c + 1), b.center)
    r = 5
    n = 0
    for project, year, rows in FARM_PROJECTS:
        first = r
        for values in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, values[:3], first=3, fmt=b.center)
            b.row(ws, r, values[3:], first=6)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, project, b.center)
        b.merge(ws, first, 2, r - 1, 2, year, b.center)
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, last, f"排查发现问题{n}个，已整改到位2个", b.cell)
    b.line(ws, r + 1, "说明：“是否整改到位”栏填“是”或“否”；未整改到位的，在“整改进展”栏说明进展。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    out = [
        write_river_events(HERE / "河道专题事件导出_20240731.csv"),
        write_cards(HERE / "第三轮省生态环境保护督察整改任务办理情况（河湖长制）.docx"),
        write_civic(HERE / "创建全国文明城市实地测评督查通报（2024年7月第4周）.doc"),
        write_websites(HERE / "2024年第二季度全市政府网站检查发现问题整改情况反馈表.xlsx"),
        write_stats(HERE / "市统计局统计造假专项治理问题清单及整改台账（7月）.xlsx"),
        write_performance(HERE / "2023年度财政重点绩效评价发现问题整改情况表（市卫健委）.xlsx"),
        write_wages(HERE / "根治拖欠农民工工资重点任务落实情况台账（截至7月）.xlsx"),
        write_soe(HERE / "市属国有企业监事会监督检查反映问题整改落实情况.ods"),
        write_villages(HERE / "农村人居环境整治验收发现问题交办整改销号台账（四个镇街）.xls"),
        write_forest(HERE / "林长巡林发现问题台账（2024年上半年）.xlsx"),
        write_business(HERE / "深化放管服改革优化营商环境工作要点推进情况（1—7月）.xlsx"),
        write_care_homes(HERE / "养老机构安全隐患联合排查问题整改台账（一院一案）.xlsx"),
        write_energy(HERE / "公共机构节能专项监察发现问题整改情况表.et"),
        write_load(HERE / "市政府办公室整治形式主义为基层减负问题整改清单.wps"),
        write_plots(HERE / "卫片执法违法图斑整改进展（两个乡镇）.zip"),
        write_farmland(HERE / "高标准农田建设工程质量回头看问题排查整改台账.xlsx"),
    ]
    return out


if __name__ == "__main__":
    for path in build():
        print(path.name)

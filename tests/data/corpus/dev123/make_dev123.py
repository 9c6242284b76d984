"""Write the dev123 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 教育督导与校园安全、市场监管食品安全、生态环境执法、城市管理 (校园食堂专项整治成果公布, 学校隐患治理台账,
环保督察信访件办理一览表, 校园周边联合检查, 精细化管理督导交办单, 双随机执法检查, 污染源随机抽查整改销号,
数字城管典型案件, 幼儿园办园行为督导评估, 食品安全包保督导).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97), .doc
and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip
of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside216.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _zip_members(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns written by the given writers, with fixed member times."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 中小学校园食品安全突出问题专项整治工作成果公布, after a county 市场监督管理局's published results of its 2025 中小学
# 校园食品安全突出问题专项整治 with the 教育局 (a page whose body is one three-column table: 学校食堂 | 具体问题 | 整改情况):
# http://www.datian.gov.cn/xxgk/spypaq/202508/t20250829_2150486.htm
# A CSV in GBK: the notice title, its preamble, the three-column header of the page (no 序号, no deadline anywhere), one
# canteen with two problems whose second row leaves the canteen blank (the merged cell of the published table), the
# publishing bureau and date in one line at the foot.
CANTEEN_ROWS = [
    (
        "濮阳县城关镇第一小学食堂",
        "后厨挡鼠板高度不足，挡鼠板与门框之间有缝隙",
        "已更换60厘米高不锈钢挡鼠板，缝隙已封堵",
    ),
    (
        "濮阳县文留镇第一初级中学食堂",
        "留样冰柜温度显示为8℃，未达到冷藏要求",
        "已维修留样冰柜，温度恢复至0-4℃",
    ),
    ("", "食品留样记录未注明留样人和留样时间", "已补全留样记录，明确专人负责"),
    (
        "濮阳县柳屯镇中心小学食堂",
        "粗加工区蔬菜、肉类共用一个清洗水池",
        "正在增设肉类专用清洗水池",
    ),
    (
        "濮阳县第三实验小学食堂",
        "2名从业人员健康证明过期仍在岗",
        "已责令暂停上岗，2人已重新办理健康证明",
    ),
    (
        "濮阳县庆祖镇初级中学食堂",
        "库房米面靠墙堆放，未做到离地离墙",
        "已加设货架，米面离地离墙存放",
    ),
    (
        "濮阳县子岸镇中心小学食堂",
        "餐具消毒柜损坏，消毒记录缺失",
        "新消毒柜已采购，待安装",
    ),
    (
        "濮阳县实验中学食堂",
        "校外供餐单位配送的米饭未索取检验报告",
        "学校已约谈供餐单位，要求每批次随货提供检验报告",
    ),
]


def write_canteens(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县市场监督管理局关于2024年中小学校园食品安全突出问题专项整治工作成果公布（三）"])
    w.writerow(
        [
            "为进一步强化学校食堂食品安全监管，压实学校食品安全主体责任，县市场监管局、县教育局联合开展中小学"
            "食品安全突出问题专项整治。现将部分整治成果公布如下："
        ]
    )
    w.writerow(["学校食堂", "具体问题", "整改情况"])
    for row in CANTEEN_ROWS:
        w.writerow(list(row))
    w.writerow(["濮阳县市场监督管理局    2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 隐患治理信息台账列表, after the list page of a school safety system (学校、学期、班级 modules; 风险分级管控、隐患排查
# 治理; its ledger page's columns: 序号 排查时间 排查人 隐患部位 隐患名称 隐患等级 治理措施 完成时限 责任部门 责任人 复查时间
# 复查人 复查结果):
# https://github.com/dudu-du/msm/blob/7ba973ee4a9d6c8e9106a62be79589f8e9401119/web/src/main/resources/templates/check/dangerLedgerPage.ftl
# An .xlsx exported from it by one school: the page title, a 学校/导出时间 line, the thirteen columns of the page, dates as
# date cells; the rows name only the school's own 处室 as 责任部门; progress only in the 复查 columns.
LEDGER_ROWS = [
    (
        date(2024, 6, 3),
        "王建国",
        "教学楼三楼东侧楼梯",
        "楼梯扶手立柱松动",
        "一般隐患",
        "加固扶手立柱",
        date(2024, 6, 10),
        "总务处",
        "李明",
        date(2024, 6, 11),
        "赵卫东",
        "合格",
    ),
    (
        date(2024, 6, 12),
        "王建国",
        "实验楼化学药品室",
        "易制毒化学品未实行双人双锁管理",
        "较大隐患",
        "更换双锁药品柜，落实双人管理",
        date(2024, 6, 20),
        "教务处",
        "张丽",
        date(2024, 6, 21),
        "赵卫东",
        "合格",
    ),
    (
        date(2024, 6, 25),
        "刘洋",
        "学生宿舍2号楼",
        "宿舍楼一楼安全出口被杂物堵塞",
        "一般隐患",
        "清理杂物，宿管员每日巡查",
        date(2024, 6, 26),
        "政教处",
        "孙伟",
        date(2024, 6, 26),
        "赵卫东",
        "合格",
    ),
    (
        date(2024, 7, 2),
        "刘洋",
        "学校东门门卫室",
        "门卫室防暴器械配备不全，缺少钢叉2把",
        "一般隐患",
        "补齐防暴器械",
        date(2024, 7, 10),
        "保卫科",
        "陈强",
        date(2024, 7, 12),
        "赵卫东",
        "不合格，继续整改",
    ),
    (
        date(2024, 7, 8),
        "王建国",
        "食堂操作间",
        "燃气灶具连接软管老化开裂",
        "较大隐患",
        "更换金属波纹软管",
        date(2024, 7, 15),
        "总务处",
        "李明",
        date(2024, 7, 16),
        "赵卫东",
        "合格",
    ),
    (
        date(2024, 7, 15),
        "刘洋",
        "操场北侧围墙",
        "围墙局部出现裂缝并向外倾斜",
        "重大隐患",
        "设置警戒区域，拆除重建",
        date(2024, 8, 31),
        "总务处",
        "李明",
        None,
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "王建国",
        "图书馆阅览室",
        "消防应急照明灯3处不亮",
        "一般隐患",
        "更换应急照明灯",
        date(2024, 7, 26),
        "保卫科",
        "陈强",
        date(2024, 7, 26),
        "赵卫东",
        "合格",
    ),
    (
        date(2024, 7, 24),
        "刘洋",
        "教学楼配电室",
        "配电室未配备绝缘垫和干粉灭火器",
        "一般隐患",
        "配齐绝缘垫和灭火器",
        date(2024, 8, 5),
        "总务处",
        "李明",
        None,
        "",
        "",
    ),
]


def write_school_ledger(path: Path) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("隐患治理信息台账")
    b.widths(ws, [6, 12, 8, 18, 32, 10, 26, 12, 10, 8, 12, 8, 16])
    b.line(ws, 0, "隐患治理信息台账列表", 12, b.title)
    b.line(ws, 1, "学校：濮阳市第三中学    导出时间：2024-07-29 16:05", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查时间",
            "排查人",
            "隐患部位",
            "隐患名称",
            "隐患等级",
            "治理措施",
            "完成时限",
            "责任部门",
            "责任人",
            "复查时间",
            "复查人",
            "复查结果",
        ],
    )
    for i, row in enumerate(LEDGER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 生态环境保护督察交办群众信访举报件办理情况, after a provincial daily's report on the 28th batch of 信访举报件 handed
# over by a 中央生态环境保护督察组 (各责任单位按要求上报调查处理情况; the batch counted city by city, 已办结 含阶段性办结;
# a 受理编号 like X3HB202406020025; 办理后公开):
# https://epaper.hubeidaily.net/pc/content/202406/15/content_277313.html
# A .doc (Word 97 via LibreOffice): title, batch line, a first table counting the batch by 县区 with a 合计 row (not
# items), then the 办理情况 table with 受理编号, 行政区域, 是否属实, 处理和整改情况 (deadlines only as plans in the text),
# 办理状态 (已办结 / 阶段性办结 / 正在办理) and 责任单位; the office and date at the foot.
PETITION_COUNTS = [
    ("濮阳县", 1, 1, 0, 0),
    ("华龙区", 2, 0, 1, 1),
    ("清丰县", 1, 1, 0, 0),
    ("南乐县", 1, 0, 1, 0),
    ("范县", 1, 1, 0, 0),
    ("台前县", 1, 1, 0, 0),
    ("濮阳经济技术开发区", 1, 0, 0, 1),
]
PETITION_ROWS = [
    (
        "X2HA202407080003",
        "反映濮阳县柳屯镇一塑料颗粒加工点夜间生产，异味扰民",
        "濮阳县",
        "经查，该加工点未办理环评手续，废气收集设施未运行",
        "属实",
        "已责令停止生产并依法立案查处，生产设备已拆除",
        "已办结",
        "濮阳县人民政府",
    ),
    (
        "X2HA202407080011",
        "反映华龙区某小区地下车库汽修店喷漆，废气扰民",
        "华龙区",
        "经查，该店在车库内从事钣金喷漆，无废气处理设施",
        "部分属实",
        "已责令停止喷漆作业，喷漆设备已查封；正在推动汽修店搬迁，计划2024年8月底前完成",
        "阶段性办结",
        "华龙区人民政府",
    ),
    (
        "X2HA202407080014",
        "反映南乐县一养殖场粪污直排村边沟渠",
        "南乐县",
        "经查，养殖场粪污贮存池容量不足，雨天有溢流进入沟渠",
        "属实",
        "已清理沟渠内粪污；养殖场正在新建粪污贮存池，计划9月15日前建成投用",
        "阶段性办结",
        "南乐县人民政府",
    ),
    (
        "X2HA202407080019",
        "反映清丰县城区一建筑工地夜间施工噪声扰民",
        "清丰县",
        "经查，该工地未办理夜间施工许可，22时后仍进行混凝土浇筑",
        "属实",
        "已对施工单位立案处罚，22时后停止高噪声作业",
        "已办结",
        "清丰县住房和城乡建设局",
    ),
    (
        "X2HA202407080022",
        "反映范县濮城镇黄河滩区有人非法倾倒建筑垃圾",
        "范县",
        "经查，滩区低洼处堆有建筑垃圾约300立方米",
        "属实",
        "已清运建筑垃圾约300立方米，对倾倒人立案调查",
        "已办结",
        "范县人民政府",
    ),
    (
        "X2HA202407080025",
        "反映台前县一化工企业排放口有异味、水体发黑",
        "台前县",
        "经现场监测，企业排放口各项指标均达标，水体发黑系沟渠底泥淤积所致",
        "不属实",
        "已向举报人反馈监测结果，督促属地清淤",
        "已办结",
        "市生态环境局",
    ),
    (
        "X2HA202407080031",
        "反映京开大道两侧餐饮店油烟直排扰民",
        "华龙区",
        "经查，沿街12家餐饮店未安装或未正常使用油烟净化设施",
        "属实",
        "已督促安装油烟净化设施5家，其余正在安装，计划7月31日前全部完成",
        "正在办理",
        "市城管局",
    ),
    (
        "X2HA202407080036",
        "反映开发区一企业危险废物露天堆放",
        "濮阳经济技术开发区",
        "正在核实危险废物来源和数量",
        "调查中",
        "已责令企业对堆放点进行临时苫盖",
        "正在办理",
        "濮阳经济技术开发区管理委员会",
    ),
]


def write_petitions_docx(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "省生态环境保护督察组交办濮阳市第六批群众信访举报件办理情况", 18)
    _paragraph(
        doc,
        "2024年7月8日，省第二生态环境保护督察组向我市交办第六批群众信访举报件8件。截至2024年7月28日，"
        "已办结4件，阶段性办结2件，正在办理2件。具体情况如下：",
        14,
    )
    _paragraph(doc, "一、分县区办理情况", 14, "黑体")
    counts = [[name, *(str(v) for v in nums)] for name, *nums in PETITION_COUNTS]
    totals = [sum(row[k] for row in PETITION_COUNTS) for k in range(1, 5)]
    counts.append(["合计", *(str(v) for v in totals)])
    _table(doc, ["县（区）", "交办件数", "已办结", "阶段性办结", "正在办理"], counts)
    _paragraph(doc, "二、信访举报件办理情况一览表", 14, "黑体")
    body = [[str(i), *row] for i, row in enumerate(PETITION_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "办理状态",
            "责任单位",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳市生态环境保护督察整改工作领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_petitions(path: Path) -> Path:
    return via_soffice(write_petitions_docx, path, "doc", "第六批信访举报件办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 4. 校园周边环境联合检查, after a county 城市管理局's account of a joint check of 城区校园周边 with 公安局、消防救援大队、
# 教育体育局、市场监督管理局 (流动摊贩占道经营、消防安全、食品安全、治安; 检查组现场明确整改要求，划定整改时限，并指定具体
# 责任单位落实整改措施):
# http://fzzhjj.com/zhengwudongtai/46068.html
# An .xls (xlwt): title, 牵头单位/检查时间 line, one header row with 问题类别 and 整改要求, the 学校 merged down over its
# problems, 责任单位 in short and one former name, deadlines as 立行立改 (the check day) / X月X日前 / dates / 长期坚持,
# a 注 line and a signature line.
CAMPUS_ROWS = [
    (
        "濮阳市实验小学",
        [
            (
                "市容秩序",
                "校门口两侧流动摊贩占道经营",
                "清理流动摊贩，上下学时段专人值守",
                "立行立改",
                "华龙区城市管理局",
                "已清理，安排专人值守",
            ),
            (
                "交通秩序",
                "放学时段校门口车辆乱停乱放，堵塞消防通道",
                "施划临时停车区，增派警力疏导",
                "2024年7月15日",
                "市交警支队",
                "已施划临时停车泊位42个，整改完成",
            ),
        ],
    ),
    (
        "濮阳市第一中学",
        [
            (
                "消防安全",
                "校园周边沿街商铺存在“三合一”住人现象",
                "逐户排查，清除住人",
                "7月20日前",
                "消防救援支队",
                "已排查商铺26家，清理3家，正在复查",
            ),
            (
                "食品安全",
                "校园周边小卖部销售“三无”辣条等食品",
                "下架“三无”食品，依法查处",
                "立行立改",
                "市市场监管局",
                "已全部下架，立案2起",
            ),
        ],
    ),
    (
        "华龙区昆吾小学",
        [
            (
                "治安秩序",
                "校园周边200米内网吧违规接纳未成年人",
                "依法查处，张贴未成年人禁入标志",
                "2024年8月20日",
                "市公安局",
                "未整改",
            ),
        ],
    ),
    (
        "濮阳市第二实验小学",
        [
            (
                "市容秩序",
                "学校东侧道路积存建筑垃圾未清运",
                "立即清运，设置围挡",
                "7月10日前",
                "华龙区胜利路街道办事处",
                "已清运完毕",
            ),
            (
                "安全设施",
                "学校门口减速带和警示标志缺失",
                "增设减速带、警示标志",
                "8月31日前",
                "市城管执法局",
                "",
            ),
        ],
    ),
    (
        "各学校（共10所）",
        [
            (
                "长效管理",
                "校园周边环境联合巡查机制不健全",
                "建立部门联合巡查机制",
                "长期坚持",
                "市教育局",
                "每月开展一次联合巡查",
            ),
        ],
    ),
]


def write_campus(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市区中小学校园周边环境联合检查发现问题整改台账", t, 0, 7),
        (
            1,
            0,
            "牵头单位：濮阳市城市管理局    检查时间：2024年7月4日    填报时间：2024年7月30日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "学校", "问题类别", "存在问题", "整改要求", "整改时限", "责任单位", "整改情况"]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for school, rows in CAMPUS_ROWS:
        if len(rows) > 1:
            cells.append((r, 1, school, ctr, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, school, ctr))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (2, 5) else c))
            r += 1
    cells += [
        (r, 0, "注：“立行立改”事项自检查当日（2024年7月4日）起整改到位。", plain, r, 7),
        (r + 1, 0, "填表人：郑晓燕    审核人：周立新    联系电话：0393-8881562", plain, r + 1, 7),
    ]
    return _write_xls(path, [("联合检查问题台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 城市精细化管理督导检查工作交办单, after a city 城管委's “马路办公” account (80个重点点位; 督导组、巡查组; 对难点问题
# 需限期整改的，以书面形式下发工作交办单6份，交办问题61个; 街道社区、执法中队配合):
# http://nsmo.org/lanzhounews/2021-09/29/content_4851245.htm
# An .xlsx: title, 交办单编号/交办日期 line, a line saying the 办理时限 counts from the 交办日期, one header row with 重点点位
# beside the problem, 办理时限 as N个工作日 and 立即整改, a 反馈 column, the request to report back and a contact line.
ASSIGN_ROWS = [
    (
        "京开大道与黄河路交叉口",
        "人行道共享单车乱停乱放，占压盲道",
        "华龙区城市管理局",
        "3个工作日",
        "已清理，施划停放区并安排专人管理",
    ),
    (
        "中原路农贸市场",
        "市场出入口店外经营、占道堆放货物",
        "华龙区中原路街道办事处",
        "5个工作日",
        "已规范入室经营，整改完成",
    ),
    (
        "市人民医院周边",
        "道路两侧违规设置地锁12处",
        "华龙区城市管理局",
        "5个工作日",
        "已拆除9处，剩余3处正在协调",
    ),
    (
        "开州路公交站台",
        "公交站台张贴小广告未清理",
        "市公交公司",
        "3个工作日",
        "已清理完毕",
    ),
    (
        "龙湖公园周边",
        "沿街餐饮商户油烟净化设施未正常使用",
        "市生态环境局",
        "10个工作日",
        "正在逐户检查",
    ),
    (
        "大庆路商业街",
        "门头牌匾破损、字体缺失",
        "华龙区大庆路街道办事处",
        "10个工作日",
        "未整改",
    ),
    (
        "濮上路与绿城路交叉口",
        "供水井盖破损下沉",
        "市自来水公司",
        "立即整改",
        "",
    ),
]


def write_assign(path: Path) -> Path:
    b = Book(path, author="督导组")
    ws = b.sheet("交办单")
    b.widths(ws, [6, 22, 36, 24, 12, 30])
    b.line(ws, 0, "濮阳市城市精细化管理督导检查工作交办单", 5, b.title)
    b.line(ws, 1, "交办单编号：濮城管督〔2024〕5号    交办日期：2024年7月15日", 5)
    b.line(ws, 2, "办理时限自交办之日起计算；“立即整改”事项当日整改到位。", 5)
    b.header(ws, 3, ["序号", "重点点位", "问题描述", "责任单位", "办理时限", "整改结果反馈"])
    for i, row in enumerate(ASSIGN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ASSIGN_ROWS)
    b.line(
        ws, end, "请各承办单位按时限整改，并于办结后1个工作日内将整改结果（附整改前后照片）反馈督导组。", 5
    )
    b.line(ws, end + 1, "督导组联系人：韩雪    联系电话：0393-8661207", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. “双随机、一公开”执法检查, after a city 生态环境保护综合执法支队 大队's account of its quarterly random checks (查阅资料、
# 现场检查; 环保设施建设和运行、排污许可执行、应急管理; 问题现场反馈，督促整改; 共检查企业14家，发现问题5个，已督促企业整改):
# https://sthjj.ezhou.gov.cn/hjxw/gqkx/202511/t20251110_732986.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查时间/填报日期 line, one
# header row listing every checked company — three with 未发现问题 (not items) —, deadlines as date cells and 7月底前, a
# 合计 row and the 执法人员 line.
RANDOM_ROWS = [
    (
        "濮阳市宏达化工有限公司",
        "濮阳县",
        date(2024, 6, 11),
        "环保设施运行、排污许可执行",
        "活性炭吸附装置更换记录缺失，未按排污许可要求开展自行监测",
        "完善活性炭更换台账，按许可要求补测",
        date(2024, 7, 15),
        "已完善台账并委托补测，整改完成",
    ),
    (
        "濮阳市龙源纸业有限公司",
        "清丰县",
        date(2024, 6, 12),
        "废水治理设施运行、在线监测",
        "未发现问题",
        "—",
        "—",
        "—",
    ),
    (
        "南乐县恒信生物科技有限公司",
        "南乐县",
        date(2024, 6, 13),
        "危险废物管理",
        "危险废物贮存库未设置标识，出入库台账记录不全",
        "规范设置标识，完善出入库台账",
        "7月底前",
        "正在整改",
    ),
    (
        "范县金地建材有限公司",
        "范县",
        date(2024, 6, 18),
        "扬尘污染防治",
        "料场物料露天堆放，未全部苫盖",
        "物料入棚或全部苫盖",
        date(2024, 6, 30),
        "已完成苫盖",
    ),
    (
        "台前县鑫源皮革有限公司",
        "台前县",
        date(2024, 6, 19),
        "废水治理设施运行、在线监测",
        "污水处理站在线监测数据传输中断",
        "修复设备，恢复数据传输",
        date(2024, 7, 5),
        "已修复，数据恢复传输",
    ),
    (
        "濮阳华瑞精细化工有限公司",
        "濮阳县",
        date(2024, 6, 20),
        "环保设施运行、应急管理",
        "未发现问题",
        "—",
        "—",
        "—",
    ),
    (
        "清丰县顺达家具有限公司",
        "清丰县",
        date(2024, 6, 24),
        "挥发性有机物治理",
        "喷漆房废气收集效率低，车间门窗未密闭",
        "密闭车间，提升废气收集效率",
        date(2024, 8, 31),
        "已制定整改方案，正在施工",
    ),
    (
        "濮阳市绿源污水处理有限公司",
        "华龙区",
        date(2024, 6, 25),
        "污泥处置",
        "污泥暂存间渗滤液未收集",
        "建设渗滤液收集池",
        date(2024, 9, 30),
        "未整改",
    ),
    (
        "南乐县永兴铸造有限公司",
        "南乐县",
        date(2024, 6, 26),
        "突发环境事件应急管理",
        "突发环境事件应急预案未按期修订备案",
        "修订应急预案并报备",
        date(2024, 7, 20),
        "",
    ),
    (
        "濮阳县天成食品有限公司",
        "濮阳县",
        date(2024, 6, 27),
        "废水治理设施运行",
        "未发现问题",
        "—",
        "—",
        "—",
    ),
    (
        "濮阳市恒通汽车维修有限公司",
        "华龙区",
        date(2024, 6, 28),
        "危险废物管理",
        "废机油、废滤芯随意堆放于维修车间",
        "设置危废暂存间，委托有资质单位处置",
        date(2024, 7, 10),
        "已设置暂存间，已签订处置协议",
    ),
]


def write_random_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("双随机检查")
    b.widths(ws, [6, 28, 10, 12, 22, 40, 28, 12, 28])
    b.line(ws, 0, "2024年第二季度“双随机、一公开”执法检查发现问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护综合行政执法支队    检查时间：2024年6月11日至6月28日    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "所在地",
            "检查日期",
            "检查内容",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(RANDOM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RANDOM_ROWS)
    found = sum(1 for row in RANDOM_ROWS if row[4] != "未发现问题")
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"检查企业{len(RANDOM_ROWS)}家", b.cell)
    for col in range(2, 5):
        b.put(ws, end, col, "", b.cell)
    b.put(ws, end, 5, f"发现问题{found}个", b.cell)
    for col in range(6, 9):
        b.put(ws, end, col, "", b.cell)
    b.line(ws, end + 2, "执法人员：宋建军、马丽娜、许浩    审核：冯国强    联系电话：0393-4419237", 8)
    return b.close()


def write_random(path: Path) -> Path:
    return via_soffice(write_random_book, path, "xls", "双随机执法检查问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 污染源日常环境监管随机抽查问题整改销号台账 (two returns in one zip), after a district's start of its 污染源环境监管随机
# 抽查 (重点排污单位9家、一般排污单位227家的“两库清单”; 人员随机、企业随机、结果公开; 对检查发现的生态环境违法行为
# 建立台账管理，实行整改销号制):
# http://www.shangluo.gov.cn/info/1095/104456.htm
# A .zip holding an .xlsx from one county 分局 (单位类别 重点/一般, a two-row header with 整改落实 over 整改措施/整改时限/
# 完成时间, a 销号情况 column, 立行立改 counted from the 抽查 day) and a .docx table from another (整改进展 and 是否销号).
PUYANG_SOURCE_ROWS = [
    (
        "濮阳县华达纺织有限公司",
        "重点排污单位",
        date(2024, 5, 14),
        "定型机废气处理设施喷淋水未及时更换",
        "定期更换喷淋水并记录",
        "2024年5月31日",
        date(2024, 5, 28),
        "已销号",
    ),
    (
        "濮阳县瑞丰面粉有限公司",
        "一般排污单位",
        date(2024, 5, 20),
        "除尘器布袋破损，有粉尘外逸",
        "更换除尘布袋",
        "2024年6月15日",
        date(2024, 6, 12),
        "",
    ),
    (
        "濮阳县恒昌再生资源有限公司",
        "一般排污单位",
        date(2024, 6, 4),
        "废旧塑料原料库地面未硬化防渗",
        "地面硬化并做防渗处理",
        "2024年8月底",
        None,
        "整改中，未销号",
    ),
    (
        "濮阳县新科涂装有限公司",
        "重点排污单位",
        date(2024, 6, 18),
        "UV光解设备停运，喷涂废气未经处理排放",
        "立即恢复设施运行，依法立案查处",
        "立行立改",
        date(2024, 6, 18),
        "已销号",
    ),
    (
        "濮阳县宏远混凝土有限公司",
        "一般排污单位",
        date(2024, 7, 9),
        "砂石料场未安装喷淋抑尘设施",
        "安装喷淋抑尘设施",
        "2024年7月25日",
        None,
        "",
    ),
]
QINGFENG_SOURCE_ROWS = [
    (
        "清丰县华美家具有限公司",
        "喷漆工序未在密闭空间内进行",
        "建设密闭喷漆房",
        "2024年9月30日",
        "喷漆房主体已建成，正在安装废气处理设备",
        "否",
    ),
    (
        "清丰县东方食品有限公司",
        "污水处理设施运行台账不全",
        "完善运行台账",
        "2024年7月10日",
        "已完善运行台账",
        "是",
    ),
    (
        "清丰县宏达建材厂",
        "厂区道路积尘严重，车辆进出扬尘",
        "每日清扫洒水",
        "长期坚持",
        "已配备洒水车，每日清扫洒水",
        "—",
    ),
    (
        "清丰县利民养殖专业合作社",
        "粪污贮存池防渗层破损",
        "修复防渗层",
        "2024年8月15日",
        "未启动",
        "否",
    ),
]


def write_puyang_sources(path: Path) -> Path:
    b = Book(path, author="濮阳县分局")
    ws = b.sheet("整改销号台账")
    b.widths(ws, [6, 28, 14, 12, 36, 26, 14, 12, 14])
    b.line(ws, 0, "濮阳县污染源日常环境监管随机抽查问题整改销号台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局濮阳县分局    填报日期：2024年7月29日", 8)
    for c, word in enumerate(["序号", "排污单位名称", "单位类别", "抽查时间", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "完成时间"], first=5)
    b.merge(ws, 2, 8, 3, 8, "销号情况", b.head)
    for i, row in enumerate(PUYANG_SOURCE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PUYANG_SOURCE_ROWS)
    b.line(ws, end, "注：“立行立改”事项以抽查当日为整改时限；整改完成经分局现场核查后销号。", 8)
    b.line(ws, end + 1, "填表人：魏雅琴    联系电话：0393-3218806", 8)
    return b.close()


def write_qingfeng_sources(path: Path) -> Path:
    doc = _new_document("清丰分局")
    _title(doc, "清丰县污染源随机抽查发现问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市生态环境局清丰分局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(QINGFENG_SOURCE_ROWS, 1)]
    _table(doc, ["序号", "被抽查单位", "发现问题", "整改要求", "整改期限", "整改进展", "是否销号"], body)
    _paragraph(doc, "填表人：赵晨阳    联系电话：0393-7225130", 12)
    return _save_fixed(doc, path)


def write_sources_zip(path: Path) -> Path:
    return _zip_members(
        path,
        [
            ("濮阳县污染源随机抽查问题整改销号台账.xlsx", write_puyang_sources),
            ("清丰县污染源随机抽查发现问题整改情况.docx", write_qingfeng_sources),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 8. 数字化城管典型案件处置情况, after a district's monthly 数字化城管 notice (平台受理市一级平台派遣案件; 结案率、按期结案率;
# 因区住建局单方面问题案件无法办理、超期办结; 城管大队返工; 街道因操作流程疏忽造成督办案件; 附件2：典型案件处置情况.doc):
# http://www.nzunderfoot.com/scq/gztb/201906/e0bd9a40433a497ebd9a7d792f65cdf1.shtml
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): the 附件2 line, title, a sentence on the month, a table with
# 案件编号, 问题类型, 派遣时间 and 处置时限 in working days from it, 处置情况 (超期结案、返工、督办), 备注; the centre at the foot.
CASE_ROWS = [
    (
        "HL2407010015",
        "事件-暴露垃圾",
        "中原路与任丘路交叉口东南角暴露垃圾未及时清运",
        "华龙区中原路街道办事处",
        "2024-07-01",
        "1个工作日",
        "超期1天后清运，已结案",
        "超期",
    ),
    (
        "HL2407030042",
        "部件-雨水井盖",
        "黄河路与大庆路交叉口雨水井盖缺失",
        "华龙区住房和城乡建设局",
        "2024-07-03",
        "3个工作日",
        "逾期未处置，已列入督办",
        "超期、督办",
    ),
    (
        "HL2407080007",
        "事件-占道经营",
        "任丘路菜市场东口流动摊点占道经营",
        "华龙区任丘路街道办事处",
        "2024-07-08",
        "1个工作日",
        "已取缔摊点，已结案",
        "",
    ),
    (
        "HL2407100031",
        "事件-非法小广告",
        "开州路沿线电线杆张贴非法小广告",
        "华龙区城市管理局",
        "2024-07-10",
        "2个工作日",
        "首次处置不到位返工，二次处置后已结案",
        "返工",
    ),
    (
        "HL2407150019",
        "部件-路灯",
        "绿城路路灯连续5盏不亮",
        "华龙区城市管理局",
        "2024-07-15",
        "3个工作日",
        "已更换灯具3盏，其余2盏线路故障正在维修",
        "",
    ),
    (
        "HL2407180026",
        "事件-道路破损",
        "昆吾路人行道地砖大面积破损",
        "华龙区住房和城乡建设局",
        "2024-07-18",
        "5个工作日",
        "未受理，已超期",
        "超期",
    ),
    (
        "HL2407220008",
        "事件-乱堆物堆料",
        "胜利路街道某小区门口堆放装修垃圾",
        "华龙区胜利路街道办事处",
        "2024-07-22",
        "2个工作日",
        "已清运结案，因未按时回复平台造成督办",
        "督办",
    ),
    (
        "HL2407260011",
        "事件-其他",
        "京开道农贸市场周边占道经营反复出现",
        "华龙区京开道街道办事处",
        "2024-07-26",
        "3个工作日",
        "",
        "",
    ),
]


def write_cases_docx(path: Path) -> Path:
    doc = _new_document("数字城管中心")
    _paragraph(doc, "附件2", 14, "黑体")
    _title(doc, "华龙区数字化城市管理7月份典型案件处置情况", 18)
    _paragraph(
        doc,
        "7月份，区数字化城管平台共受理市级平台派遣案件5836件，按期结案率94.62%。现将典型案件处置情况列表如下"
        "（处置时限自派遣之日起按工作日计算）：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(CASE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "案件编号",
            "问题类型",
            "问题描述及位置",
            "责任单位",
            "派遣时间",
            "处置时限",
            "处置情况",
            "备注",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "华龙区数字化城市管理监督指挥中心", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cases(path: Path) -> Path:
    return via_soffice(write_cases_docx, path, "doc", "7月份典型案件处置情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 幼儿园办园行为督导评估整改情况报告, after a city's 幼儿园办园行为督导评估总结 (根据省人民政府教育督导委员会办公室有关
# 文件精神开展幼儿园规范办园行为督导评估; 县域学前教育普及普惠督导评估市级初核; 现将有关情况报告如下; 正在整改落实存在的
# 问题):
# http://f.tikuw.cn/f/item?id=1841582547470496
# A .docx: title, 主送, preamble, the items as numbered paragraphs （一）…（八） naming each kindergarten, its 整改措施 and
# 时限 and the progress in sentences (one 立行立改 counted from the day of the visit it names), a closing paragraph, the
# office and date at the foot.
KINDERGARTEN_PARAS = [
    (
        "（一）濮阳市实验幼儿园大班额问题突出，3个大班幼儿人数超过35人。整改措施：调整班级设置，秋季入园严格控制"
        "班额，整改时限2024年8月31日。目前已完成分班方案，正在补充配备保育员。"
    ),
    (
        "（二）清丰县城关镇中心幼儿园保教人员配备不足，部分班级仅有“一教一保”。整改措施：按“两教一保”标准补充"
        "教师4名，2024年9月1日前到岗。目前县教育局已下达招聘计划。"
    ),
    (
        "（三）南乐县元村镇中心幼儿园户外活动场地不足，生均面积未达到省定标准。整改措施：利用相邻闲置校舍扩建户外"
        "活动场地，2024年12月底前完成。目前尚未启动。"
    ),
    (
        "（四）华龙区育才幼儿园（民办）存在“小学化”倾向，大班开设拼音、算术课程。整改措施：停止小学化教学内容，"
        "调整一日活动安排，整改时限2024年6月15日。该园已于6月10日整改完成，经复查合格。"
    ),
    (
        "（五）范县濮城镇中心幼儿园卫生保健制度不健全，晨午检记录缺失。整改措施：建立晨午检制度并落实专人记录，"
        "2024年6月30日前完成。已完成整改。"
    ),
    (
        "（六）台前县侯庙镇中心幼儿园玩教具配备不足，区角活动材料单一。整改措施：按照省定标准补充配备玩教具，"
        "完成时限：2024年10月31日。"
    ),
    (
        "（七）濮阳县第二实验幼儿园收费公示不规范，未在园门口显著位置公示收费项目和标准。督导组于2024年5月14日"
        "实地督导时要求立行立改，该园已于当日在园门口和家长群公示收费项目、标准和依据。"
    ),
    (
        "（八）濮阳市第二幼儿园家园共育机制不健全，家长委员会未正常开展活动。整改措施：健全家长委员会，每学期召开"
        "会议不少于2次，长期坚持。"
    ),
]


def write_kindergartens(path: Path) -> Path:
    doc = _new_document("督导室")
    _title(doc, "关于2024年上半年幼儿园办园行为督导评估发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据省人民政府教育督导委员会办公室有关文件精神，2024年4月至5月，市政府教育督导委员会办公室组织对全市"
        "42所幼儿园开展办园行为督导评估，发现问题8个，均已反馈相关幼儿园并明确整改措施和时限。现将整改情况报告如下：",
    )
    for text in KINDERGARTEN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我办将对整改情况开展“回头看”，对整改不到位的幼儿园在年度评估中予以扣分。")
    _paragraph(doc, "濮阳市人民政府教育督导委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 食品安全包保督导发现问题整改台账, after a city's account of its new round of 食品安全包保督导 (市、镇（街道）、村（社区）
# 包保干部对照责任清单、任务清单督导包保主体 — 企业、学校、幼儿园食堂; 督促落实“日管控、周排查、月调度”; 发现并完成问题
# 整改534个):
# http://www.chinafood365.com/ShowNews/Newsdetail/80952.html
# An .xlsx: title, 填报单位 line, a two-row header with 是否完成整改 over 是 / 否 (ticks), the 包保干部 (the inspector) beside
# the 包保主体, deadlines as date cells, 立行立改 (the day of the 督导), 7月底前 and 长期坚持, a 备注 column, 填表说明 and a
# signature line.
BAOBAO_ROWS = [
    (
        "濮阳县鑫源食品有限公司",
        "食品生产企业",
        "县级 刘建华",
        date(2024, 6, 5),
        "原料进货查验记录不全，缺少2批次面粉合格证明",
        "补齐进货查验记录",
        date(2024, 6, 20),
        "√",
        "",
        "",
    ),
    (
        "濮阳县城关镇第二初级中学食堂",
        "学校食堂",
        "镇级 王志刚",
        date(2024, 6, 6),
        "食品安全员未按规定开展每日检查",
        "落实“日管控”检查并留存记录",
        "长期坚持",
        "",
        "",
        "每日检查，常态化推进",
    ),
    (
        "濮阳县好又多商贸有限公司",
        "食品销售企业",
        "镇级 李红霞",
        date(2024, 6, 12),
        "冷藏柜内部分熟食超过保质期仍在销售",
        "立即下架销毁，加强临期食品管理",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "濮阳县柳屯镇敬老院食堂",
        "养老机构食堂",
        "镇级 张海峰",
        date(2024, 6, 18),
        "餐具消毒设施损坏未修复",
        "更换餐具消毒柜",
        date(2024, 7, 10),
        "",
        "√",
        "",
    ),
    (
        "濮阳县庆祖镇鲜香源食品加工坊",
        "食品小作坊",
        "村级 赵俊杰",
        date(2024, 6, 25),
        "生产车间与生活区未有效分隔",
        "设置物理隔离设施",
        date(2024, 8, 15),
        "",
        "√",
        "隔离墙正在砌筑",
    ),
    (
        "濮阳县文留镇第一中心幼儿园食堂",
        "学校食堂",
        "镇级 孙艳",
        date(2024, 7, 2),
        "从业人员晨检记录不连续",
        "完善晨检制度，专人记录",
        date(2024, 7, 12),
        "√",
        "",
        "",
    ),
    (
        "濮阳县华鑫酒业有限公司",
        "食品生产企业",
        "县级 刘建华",
        date(2024, 7, 9),
        "出厂检验项目不全，未检测甲醇指标",
        "配备检验设备或委托有资质机构检验",
        date(2024, 9, 30),
        "",
        "",
        "已签订委托检验协议",
    ),
    (
        "濮阳县子岸镇惠民农贸市场",
        "集中交易市场",
        "镇级 马晓东",
        date(2024, 7, 16),
        "快检室未正常开展农残快速检测",
        "配备检测人员，每日开展快检",
        "7月底前",
        "",
        "",
        "",
    ),
]


def write_baobao(path: Path) -> Path:
    b = Book(path, author="县食安办")
    ws = b.sheet("包保督导问题台账")
    b.widths(ws, [6, 30, 14, 14, 12, 36, 30, 12, 6, 6, 24])
    b.line(ws, 0, "濮阳县食品安全包保督导发现问题整改台账（2024年第二季度）", 10, b.title)
    b.line(
        ws, 1, "填报单位：濮阳县食品安全委员会办公室（县市场监督管理局代章）    填报日期：2024年7月30日", 10
    )
    words = ["序号", "包保主体名称", "主体类别", "包保干部", "督导时间", "发现问题", "整改措施", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(BAOBAO_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (8, 9) else None)
    end = 4 + len(BAOBAO_ROWS)
    b.line(
        ws,
        end,
        "填表说明：包保干部为督导人；“立行立改”事项以督导当日为整改时限；完成整改的在“是”栏打“√”。",
        10,
    )
    b.line(ws, end + 1, "填表人：杜文静    审核人：贾志勇    联系电话：0393-3262518", 10)
    return b.close()


FILES = [
    ("濮阳县中小学校园食品安全突出问题专项整治成果公布（三）.csv", write_canteens),
    ("濮阳市第三中学隐患治理信息台账.xlsx", write_school_ledger),
    ("省生态环境保护督察第六批交办信访举报件办理情况.doc", write_petitions),
    ("市区中小学校园周边环境联合检查发现问题整改台账.xls", write_campus),
    ("城市精细化管理督导检查工作交办单（第5号）.xlsx", write_assign),
    ("2024年第二季度双随机一公开执法检查发现问题整改情况表.et", write_random),
    ("污染源随机抽查问题整改销号台账（濮阳县、清丰县）.zip", write_sources_zip),
    ("华龙区数字化城管7月份典型案件处置情况.wps", write_cases),
    ("关于2024年上半年幼儿园办园行为督导评估发现问题整改情况的报告.docx", write_kindergartens),
    ("濮阳县食品安全包保督导发现问题整改台账（2024年第二季度）.xlsx", write_baobao),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev90 returns: eleven files laid out after eleven public sources, cited beside each layout below.

The campaign is 信访与群众诉求 (民情日记, 接访下访, 人民建议征集, 12345热线工单, 网上信访, 群众来信, 领导包案,
重复访, 信访积案化解, 初信初访). Forms: .xlsx (five, one more inside the zip), .xls (xlwt, two-row header), .et
(LibreOffice conversion to Excel 97), a CSV in UTF-8 with a BOM, a .docx whose items are record cards (one small
table per card), a .doc with a table (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev90.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties and zip member times).
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
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9E1F2",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.daytext = add(
            {"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"}
        )

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, date_fmt=None):
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
    if date_fmt:
        style.num_format_str = date_fmt
    return style


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
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
# 1. 民情日记, after a 民情日记走访记录范本 (走访时间、走访地点、走访对象、走访人员、记录人; 家庭基本情况、实际困难、
# 诉求与建议; 后续工作计划: 向村委会反馈、联系镇水利部门; 灌溉渠部分堵塞、留守老人):
# http://m.howvc.com/jxfw/202507/340309.html
# A .docx: title, preamble, then one record card per visit (heading 民情日记之N and a small key/value table: 走访时间,
# 走访地点, 走访对象, 走访人员, 实际困难, 诉求与建议, 责任单位/办理时限, 办理进度, 记录人), the town's office and the
# date at the foot. The town's own 站所 answer for some cards (unit = the town).
DIARY_CARDS = [
    {
        "time": "2024年7月3日",
        "place": "前王称堌村三组",
        "who": "张某某（72岁，独居老人）",
        "staff": "镇包村干部刘伟、村党支部书记王振国",
        "trouble": "村东灌溉支渠淤堵约300米，水流不畅，三组12户玉米地浇水困难，张某某年老体弱无法自行清理。",
        "wish": "希望尽快组织人员疏通水渠，确保秋作物浇灌。",
        "unit": "镇水利站",
        "limit": "2024年7月20日前",
        "progress": "7月12日镇水利站组织机械疏通完毕，三组农户已正常浇地，已办结。",
        "writer": "刘伟",
    },
    {
        "time": "2024年7月4日",
        "place": "前王称堌村",
        "who": "留守儿童家长代表王某某等3人",
        "staff": "镇包村干部刘伟",
        "trouble": "村北坑塘无防护设施，暑期儿童常在附近玩耍，存在溺水隐患。",
        "wish": "设置警示标志和防护栏，暑期加强看护。",
        "unit": "王称堌镇前王称堌村村民委员会",
        "limit": "2024年7月10日前",
        "progress": "已设置警示牌6块、防护栏200米，安排村干部暑期每日巡查，已办结。",
        "writer": "刘伟",
    },
    {
        "time": "2024年7月5日",
        "place": "后王称堌村",
        "who": "李某某（68岁，患高血压、糖尿病）",
        "staff": "镇卫生院院长孟庆华、包村干部赵磊",
        "trouble": "长期服药，门诊慢性病待遇未办理，每月药费全部自付，不清楚报销手续。",
        "wish": "希望帮助办理门诊慢性病认定。",
        "unit": "濮阳县王称堌镇卫生院",
        "limit": "7月底前",
        "progress": "已帮助收集病历资料并报县医保局认定，正在等待审核结果。",
        "writer": "赵磊",
    },
    {
        "time": "2024年7月8日",
        "place": "刘庄村",
        "who": "村民代表刘某某等4人",
        "staff": "镇人大主席陈建华、包村干部孙静",
        "trouble": "村内主街路灯损坏8盏，夜间出行不便，老人和学生存在安全隐患。",
        "wish": "尽快维修路灯。",
        "unit": "王称堌镇刘庄村村民委员会",
        "limit": "2024年8月15日",
        "progress": "已购置LED灯具8套，正在联系电工安装。",
        "writer": "孙静",
    },
    {
        "time": "2024年7月10日",
        "place": "古城村",
        "who": "赵某某（低保户，肢体残疾）",
        "staff": "镇民政所所长邢海燕、包村干部赵磊",
        "trouble": "住房为上世纪八十年代土坯房，屋顶漏雨，墙体开裂，汛期居住存在安全隐患。",
        "wish": "申请农村危房改造，汛期先行临时安置。",
        "unit": "镇村镇建设办公室",
        "limit": "2024年7月25日前完成房屋鉴定并落实临时安置",
        "progress": "尚未落实。",
        "writer": "赵磊",
    },
    {
        "time": "2024年7月12日",
        "place": "镇区集贸市场",
        "who": "沿街商户及赶集群众",
        "staff": "镇党委副书记郭鹏、镇综合行政执法大队队长黄涛",
        "trouble": "逢集日集贸市场周边占道经营、车辆乱停，主街拥堵，学生和老人通行困难。",
        "wish": "规范集市秩序，划定临时停车区。",
        "unit": "镇综合行政执法大队",
        "limit": "长期坚持",
        "progress": "逢集日安排执法人员现场疏导，常态化推进。",
        "writer": "郭鹏",
    },
    {
        "time": "2024年7月16日",
        "place": "西郭寨村",
        "who": "村民郭某某等6户",
        "staff": "包村干部孙静",
        "trouble": "村内自来水水压偏低，早晚用水高峰时段经常断水。",
        "wish": "协调解决供水压力问题。",
        "unit": "濮阳县水利局",
        "limit": "2024年8月31日",
        "progress": "",
        "writer": "孙静",
    },
]

CN_NUM = "一二三四五六七八九十"


def write_diary(path: Path) -> Path:
    doc = _new_document("王称堌镇党政办")
    _title(doc, "王称堌镇“民情日记”走访记录（2024年7月）", 20)
    _paragraph(doc, "报送单位：濮阳县王称堌镇人民政府", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "按照县委关于传承“四下基层”优良传统、开展“民情日记”走访活动的要求，镇村干部带着“民情日记”入户走访，"
        "记清家庭情况、记准急难愁盼、记实办理进度。现将7月份走访中群众反映的实际困难及办理情况整理如下。",
        14,
    )
    for i, card in enumerate(DIARY_CARDS):
        _paragraph(doc, f"民情日记之{CN_NUM[i]}", 14, "黑体")
        table = doc.add_table(rows=8, cols=4)
        table.style = "Table Grid"
        pairs = [
            ("走访时间", card["time"], "走访地点", card["place"]),
            ("走访对象", card["who"], "走访人员", card["staff"]),
        ]
        for r, (k1, v1, k2, v2) in enumerate(pairs):
            _cell_text(table.cell(r, 0), k1, bold=True)
            _cell_text(table.cell(r, 1), v1)
            _cell_text(table.cell(r, 2), k2, bold=True)
            _cell_text(table.cell(r, 3), v2)
        for r, (label, value) in enumerate(
            [("实际困难", card["trouble"]), ("诉求与建议", card["wish"])], start=2
        ):
            _cell_text(table.cell(r, 0), label, bold=True)
            merged = table.cell(r, 1).merge(table.cell(r, 3))
            _cell_text(merged, value)
        _cell_text(table.cell(4, 0), "责任单位", bold=True)
        _cell_text(table.cell(4, 1), card["unit"])
        _cell_text(table.cell(4, 2), "办理时限", bold=True)
        _cell_text(table.cell(4, 3), card["limit"])
        _cell_text(table.cell(5, 0), "办理进度", bold=True)
        _cell_text(table.cell(5, 1).merge(table.cell(5, 3)), card["progress"])
        _cell_text(table.cell(6, 0), "走访体会", bold=True)
        _cell_text(
            table.cell(6, 1).merge(table.cell(6, 3)), "群众的事再小也是大事，要件件有着落、事事有回音。"
        )
        _cell_text(table.cell(7, 0), "记录人", bold=True)
        _cell_text(table.cell(7, 1), card["writer"])
        _cell_text(table.cell(7, 2), "审核", bold=True)
        _cell_text(table.cell(7, 3), "镇信访办")
    _paragraph(doc, "王称堌镇党政办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 县委书记大接访, after a county party secretary's 大接访活动 in a township (县四套班子有关成员及县各部门负责人参加;
# 群众反映公路排水涵洞配备不够、一到下雨公路经常被冲垮; 接待的30项信访件中现场解决18件; 未能现场解决的信访件分类,
# 信访登记造册，明确责任单位和责任人):
# http://news.hndaily.cn/html/2008-07/16/content_2_8.htm
# An .xls (xlwt): title, 接访时间/地点/领导 line, a line with the counts and the base date of the N日内 limits, a two-row
# header (办理落实 merged over 办理进展 and 回访情况), the 接访领导 and 责任人 (persons) beside the 责任单位, a 合计 row
# and a 填表 line.
VISIT_ROWS = [
    (
        "卢某某（马庄桥镇南马庄村）",
        3,
        "村东公路排水涵洞配备不足，雨后路面积水冲毁路基，群众出行困难",
        "县委书记",
        "清丰县交通运输局",
        "李邦权",
        "2024年8月31日前",
        "已列入今年农村公路修复计划，正在设计施工方案",
        "",
    ),
    (
        "王某某（马庄桥镇后郭村）",
        1,
        "在县城某小区工地务工被拖欠工资2.6万元",
        "县委书记",
        "清丰县人力资源和社会保障局",
        "许志刚",
        "7月31日前",
        "已督促施工企业足额支付，信访人息诉罢访",
        "满意",
    ),
    (
        "张某某等5人（古城乡张家庄村）",
        5,
        "宅基地界址纠纷，邻居翻建房屋占用出行通道",
        "县委副书记",
        "清丰县古城乡人民政府",
        "杨文斌",
        "30日内",
        "乡司法所已组织双方调解两次，正在协调",
        "",
    ),
    (
        "刘某某（韩村镇东韩村）",
        1,
        "低保资格被取消，对复核结果有异议",
        "县政府副县长",
        "清丰县民政局",
        "马丽娟",
        "15日内",
        "已重新入户核查，复核结果已书面答复本人，本人表示认可",
        "满意",
    ),
    (
        "赵某某等8人（六塔乡西六塔村）",
        8,
        "村集体土地承包费收支不公开，要求公开账目",
        "县人大常委会副主任",
        "清丰县六塔乡人民政府",
        "韩立新",
        "2024年7月20日",
        "逾期未办",
        "",
    ),
    (
        "孙某某（城关镇）",
        1,
        "购买的商品房逾期三年未办理不动产权证",
        "县政协副主席",
        "清丰县住房和城乡建设局",
        "吕国庆",
        "年底前",
        "",
        "",
    ),
    (
        "周某某（双庙乡北赵村）",
        2,
        "农村饮水安全工程入户管道漏水，多次反映未修复",
        "县政府副县长",
        "清丰县水利局",
        "冯建军",
        "10日内",
        "已修复漏水管道",
        "满意",
    ),
    (
        "李某某等4人（仙庄镇李家庄村）",
        4,
        "村旁养殖场异味扰民，夏季蚊蝇滋生",
        "县委副书记",
        "清丰县仙庄镇人民政府",
        "高文杰",
        "2024年8月15日",
        "已责令养殖场限期整改，正在安装除臭设施",
        "",
    ),
]


def write_visit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "县委书记大接访活动交办信访事项登记台账", t, 0, 10),
        (
            1,
            0,
            "接访时间：2024年7月9日    接访地点：清丰县马庄桥镇人民政府    接访领导：县委书记及县四套班子有关成员",
            plain,
            1,
            10,
        ),
        (
            2,
            0,
            "本次共接待来访群众30批，现场答复解决22件，交办8件。交办事项登记造册，明确责任单位和责任人，"
            "办结时限自交办之日（2024年7月9日）起计算。",
            plain,
            2,
            10,
        ),
    ]
    words = ["序号", "来访人（代表）", "来访人数", "反映问题", "接访领导", "责任单位", "责任人", "办结时限"]
    for col, word in enumerate(words):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 8, "办理落实", h, 3, 9),
        (4, 8, "办理进展", h),
        (4, 9, "回访情况", h),
        (3, 10, "备注", h, 4, 10),
    ]
    for i, row in enumerate(VISIT_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 4, 6, 7, 9) else c))
        cells.append((r, 10, "", c))
    r = 5 + len(VISIT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, 25, ctr),
        (r, 3, "交办信访事项8件", c, r, 10),
        (
            r + 1,
            0,
            "填表单位：清丰县信访局    填表人：杜明    联系电话：0393-7221806    填表日期：2024年7月30日",
            plain,
            r + 1,
            10,
        ),
    ]
    widths = [6, 24, 8, 36, 14, 24, 10, 14, 30, 10, 8]
    return _write_xls(path, [("交办台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 人民建议征集, after an account of how three places run 人民建议征集 (出台征集工作办法; 人民建议征集点、小程序征集
# 专栏、特邀建议人; “分析研判—按责转办—限时办结—督促办理—及时反馈”的全流程工作机制):
# https://www.zyshgzb.gov.cn/n1/2026/0316/c461997-40682661.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row following that flow (征集渠道, 建议内容,
# 分析研判意见, 转办单位, 转办日期, 办理时限, 办理情况, 反馈情况), the 建议人 (a person) beside the 转办单位, short and
# former names of the city's bureaus, 3个月内 and 30日内 counted from the 转办日期, 第三季度, a 说明 line and a
# signature line.
SUGGEST_ROWS = [
    (
        "RJ2024-031",
        "王某（市民）",
        "人民建议征集小程序",
        "在人民公园、绿色庄园等市区公园增设夜间照明和环形健身步道",
        "具有可行性，建议采纳",
        "市城管局",
        date(2024, 5, 20),
        "2024年6月30日",
        "已在人民公园、绿色庄园增设照明120盏、铺设健身步道2.3公里",
        "已答复建议人",
    ),
    (
        "RJ2024-036",
        "刘某（特邀建议人）",
        "特邀建议人直报",
        "优化公交线路，增开市区至濮阳东站的夜班公交",
        "具有可行性，建议采纳",
        "公交公司",
        date(2024, 6, 5),
        "3个月内",
        "已完成客流调查，拟于8月中旬试运行夜班线路",
        "已电话沟通",
    ),
    (
        "RJ2024-039",
        "陈某（学生家长）",
        "征集信箱",
        "中小学课后服务延时至18:30，解决双职工家庭接送难",
        "涉及面广，供参考",
        "市教育局",
        date(2024, 6, 12),
        "2024年7月31日",
        "留作参考，已向建议人书面答复",
        "已书面反馈",
    ),
    (
        "RJ2024-041",
        "赵某（社区居民）",
        "社区征集点",
        "老旧小区加装电梯简化审批流程，实行一窗受理",
        "具有可行性，建议采纳",
        "市住建委",
        date(2024, 5, 28),
        "2024年8月31日",
        "正在会同有关部门研究制定简化审批办法，已形成征求意见稿",
        "",
    ),
    (
        "RJ2024-044",
        "孙某（企业职工）",
        "人民建议征集小程序",
        "在市政务服务大厅设立“办不成事”反映窗口",
        "具有可行性，建议采纳",
        "行政服务中心",
        date(2024, 6, 18),
        "2024年7月15日",
        "逾期未办理",
        "",
    ),
    (
        "RJ2024-047",
        "周某（退休教师）",
        "12345热线转来",
        "推行医保电子凭证在全市定点零售药店全覆盖",
        "具有可行性，建议采纳",
        "市医保局",
        date(2024, 7, 2),
        "30日内",
        "",
        "",
    ),
    (
        "RJ2024-049",
        "吴某（个体经营者）",
        "社区征集点",
        "在城区各街道增设再生资源回收网点，规范废品收购",
        "具有可行性，建议采纳",
        "市商务局",
        date(2024, 6, 20),
        "第三季度",
        "已纳入全市再生资源回收体系建设方案，首批12个网点正在选址",
        "已电话沟通",
    ),
]


def write_suggest_book(path: Path) -> Path:
    b = Book(path, author="建议征集办")
    ws = b.sheet("办理情况")
    b.widths(ws, [6, 12, 16, 16, 34, 16, 14, 12, 16, 34, 14])
    b.line(ws, 0, "2024年第二季度人民建议征集转办事项办理情况表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民建议征集办公室    统计截至：2024年7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议编号",
            "建议人",
            "征集渠道",
            "建议主要内容",
            "分析研判意见",
            "转办单位",
            "转办日期",
            "办理时限",
            "办理情况",
            "反馈情况",
        ],
    )
    for i, row in enumerate(SUGGEST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SUGGEST_ROWS)
    b.line(
        ws,
        end,
        "说明：1.办理时限自转办之日起计算；2.“办理情况”由承办单位填报，市人民建议征集办公室汇总并督促办理。",
        10,
    )
    b.line(ws, end + 1, "审核人：郑红霞    填表人：曹阳    联系电话：0393-8998126", 10)
    return b.close()


def write_suggest(path: Path) -> Path:
    return via_soffice(write_suggest_book, path, "xls", "人民建议征集转办事项办理情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 12345热线工单, after a street's account of its 12345 work (“街道-社区-网格”三级响应机制; 热线专员岗，工单即来即收、
# 30分钟内签批交办; “办结回访+满意度评价”双轨制度; 响应率、解决率、满意率):
# https://xc.bigfishgo.com/p/34879
# A CSV in UTF-8 with a BOM: a title line, one header line (工单编号, 来电时间, 诉求内容, 承办社区（单位）, 网格员,
# 签批交办时间, 办理时限 in working days, 办理结果, 回访满意度), the street's own 执法中队 and 社会事务办 (unit = the
# street), 社区 and a city bureau by its short name as 承办, a 合计 line and a 填报 line.
HOTLINE_ROWS = [
    (
        "ZY2407030012",
        "2024-07-03 09:12",
        "环境卫生",
        "建设路社区金色家园小区东门垃圾桶满溢，连续两天无人清运",
        "中原路街道建设路社区",
        "李娜",
        "2024-07-03 09:40",
        "3个工作日",
        "已办结，垃圾已清运并增加每日清运频次",
        "满意",
    ),
    (
        "ZY2407050027",
        "2024-07-05 22:36",
        "噪声油烟",
        "胜利路与中原路交叉口烧烤店夜间经营至凌晨，油烟噪声扰民",
        "街道综合行政执法中队",
        "王强",
        "2024-07-05 23:01",
        "5个工作日",
        "已约谈店主，责令安装油烟净化器，正在整改",
        "",
    ),
    (
        "ZY2407080031",
        "2024-07-08 10:05",
        "消防安全",
        "龙城社区6号楼楼道内电动车飞线充电",
        "中原路街道龙城社区",
        "赵敏",
        "2024-07-08 10:30",
        "3个工作日",
        "已办结，飞线已清理并张贴禁止飞线充电提示",
        "基本满意",
    ),
    (
        "ZY2407100044",
        "2024-07-10 15:20",
        "物业管理",
        "无物业老旧小区化粪池堵塞，污水外溢至单元门口",
        "中原路街道中原社区",
        "陈涛",
        "2024-07-10 15:46",
        "10个工作日",
        "超期未办结",
        "",
    ),
    (
        "ZY2407150009",
        "2024-07-15 08:48",
        "市政设施",
        "京开大道路边行道树枝叶遮挡交通信号灯",
        "市城管局",
        "王强",
        "2024-07-15 09:15",
        "5个工作日",
        "已修剪遮挡树枝，已办结",
        "满意",
    ),
    (
        "ZY2407180052",
        "2024-07-18 14:10",
        "政策咨询",
        "80岁以上老人申请高龄津贴不知如何办理",
        "街道社会事务办",
        "李娜",
        "2024-07-18 14:35",
        "1个工作日",
        "已电话告知办理流程和所需材料，已反馈",
        "满意",
    ),
    (
        "ZY2407220017",
        "2024-07-22 09:55",
        "市政设施",
        "建设路社区人行道地砖破损松动，雨天踩踏溅水",
        "中原路街道建设路社区",
        "李娜",
        "2024-07-22 10:20",
        "10个工作日",
        "",
        "",
    ),
    (
        "ZY2407240038",
        "2024-07-24 17:42",
        "市容秩序",
        "龙城社区小区门口流动摊贩占道经营，影响车辆进出",
        "中原路街道龙城社区",
        "赵敏",
        "2024-07-24 18:05",
        "5个工作日",
        "办理中，已安排网格员每日巡查劝导",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中原路街道12345热线工单办理台账（2024年7月）"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "来电时间",
            "诉求类别",
            "诉求内容",
            "承办社区（单位）",
            "网格员",
            "签批交办时间",
            "办理时限",
            "办理结果",
            "回访满意度",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "共8件", "", "", "已办结4件，办理中2件，超期1件", "", "", "", "", "", ""])
    w.writerow(
        ["填报单位：濮阳市华龙区中原路街道办事处（热线专员岗）  填报人：王晓  填报日期：2024年7月30日"]
    )
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 网上信访, after a banner's account of its 网上信访 (信访信息系统平台，五级联动; 信、访、网事项平均办理时长;
# 网上信访占信访总量的56.9%; 信访事项及时受理率、按时办结率、群众满意率):
# https://ttnews.xyz/a/5b7586b1dc9b5e6fe077204d?lang=zh-hans
# An .xlsx: title, 填报单位 line, a two-row header (办理情况 merged over 受理日期, 办理期限, 办结日期, 办理进展), the
# 信访形式 (网上投诉/来信/来电) per row, 60日内 counted from the 受理日期, a filled 办结日期 as the only completion signal
# in one row, a 群众评价 column, a 合计 row with the rates, a 注 line and a signature line.
ONLINE_ROWS = [
    (
        "NL240603012",
        date(2024, 6, 3),
        "网上投诉",
        "城关镇锦绣家园小区开发商承诺的幼儿园配套至今未建",
        "南乐县住房和城乡建设局",
        date(2024, 6, 4),
        "60日内",
        None,
        "已约谈开发商，正在协调配套幼儿园建设方案",
        "",
    ),
    (
        "NL240611027",
        date(2024, 6, 11),
        "网上投诉",
        "元村镇某养殖户粪污直排村东沟渠",
        "南乐县农业农村局",
        date(2024, 6, 12),
        "2024年7月12日",
        date(2024, 7, 8),
        "",
        "满意",
    ),
    (
        "NL240620035",
        date(2024, 6, 20),
        "来信",
        "近德固乡中心小学教师反映乡村教师生活补助未足额发放",
        "南乐县教育局",
        date(2024, 6, 21),
        "60日内",
        None,
        "未启动调查",
        "",
    ),
    (
        "NL240702018",
        date(2024, 7, 2),
        "网上投诉",
        "千口镇后湾村二轮土地延包分地不公",
        "南乐县千口镇人民政府",
        date(2024, 7, 3),
        "2024年8月31日",
        None,
        "已成立工作专班，正在入户核实",
        "",
    ),
    (
        "NL240708045",
        date(2024, 7, 8),
        "来电",
        "县城人民路与兴华路交叉口污水井盖缺失",
        "南乐县城市管理局",
        date(2024, 7, 8),
        "7月15日前",
        date(2024, 7, 10),
        "已补装井盖并设置警示",
        "满意",
    ),
    (
        "NL240710061",
        date(2024, 7, 10),
        "网上投诉",
        "谷金楼乡某服装加工企业拖欠20名农民工工资",
        "南乐县人力资源和社会保障局",
        date(2024, 7, 11),
        "60日内",
        None,
        "",
        "",
    ),
    (
        "NL240715079",
        date(2024, 7, 15),
        "网上投诉",
        "张果屯镇卫生院夜间无医生值班，急诊无人接诊",
        "南乐县卫生健康委员会",
        date(2024, 7, 16),
        "2024年8月15日",
        date(2024, 7, 26),
        "已完善排班制度，落实夜间值班",
        "基本满意",
    ),
]


def write_online(path: Path) -> Path:
    b = Book(path, author="南乐县信访局")
    ws = b.sheet("网上信访台账")
    b.widths(ws, [6, 14, 12, 10, 40, 26, 12, 14, 12, 30, 10])
    b.line(ws, 0, "南乐县网上信访事项办理情况台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：南乐县信访局（网上信访办理中心）    填报日期：2024年7月30日", 10)
    for c, word in enumerate(["序号", "信访件编号", "登记日期", "信访形式", "反映问题", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 9, "办理情况", b.head)
    b.header(ws, 3, ["受理日期", "办理期限", "办结日期", "办理进展"], first=6)
    b.merge(ws, 2, 10, 3, 10, "群众评价", b.head)
    for i, row in enumerate(ONLINE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ONLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "登记网上信访事项7件，及时受理率100%，已办结3件，群众满意率100%（参评3件）")
    b.line(ws, end + 1, "注：办理期限自受理之日起计算；“办结日期”由责任单位办结后填写。", 10)
    b.line(ws, end + 2, "审核：孟凡军    填表人：刘倩    联系电话：0393-7211356", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 市长信箱群众来信, after a quarterly account of a city's 市长信箱 (共收到群众来信553件，受理有效信件497件，无效重复
# 信件56件; 按期办结率、满意率; 投诉类、咨询类、建议类、求助类; 城乡规划建设及房屋土地类、人力资源与社会保障类、
# 社会治安类、金融商贸财经类、科教文体宣传类):
# https://ehaoxiang.com/356/357/373/content_1100232.html
# An .xlsx with two sheets: 重点来信办理情况 (title, a preamble with the quarter's counts, one header row with 诉求类型
# and 来信类别, short and former names of the city's bureaus as 承办单位, the office and date at the foot) and
# 分类统计 (the counts by type with a 合计 row).
LETTER_ROWS = [
    (
        "SZXX2404-0118",
        date(2024, 4, 9),
        "投诉",
        "城乡规划建设及房屋土地类",
        "华龙区盛世华城小区业主反映购房八年房产证仍未办理",
        "市房管局",
        "2024年6月30日",
        "已办结，已协调开发企业补缴税费，首批126户业主已领证",
    ),
    (
        "SZXX2404-0263",
        date(2024, 4, 22),
        "咨询",
        "人力资源与社会保障类",
        "企业退休人员今年养老金调整何时到账",
        "市人社局",
        "2024年5月31日",
        "已答复",
    ),
    (
        "SZXX2405-0077",
        date(2024, 5, 8),
        "投诉",
        "社会治安类",
        "开州路夜间改装车飙车炸街扰民",
        "市交警支队",
        "2024年7月15日",
        "已开展夜间专项整治3次，查处改装车辆17台，整治正在进行",
    ),
    (
        "SZXX2405-0154",
        date(2024, 5, 17),
        "投诉",
        "金融商贸财经类",
        "某商业银行网点办理存款时强制搭售理财产品",
        "市地方金融监督管理局",
        "2024年6月20日",
        "逾期未办结",
    ),
    (
        "SZXX2405-0219",
        date(2024, 5, 27),
        "建议",
        "城乡建设管理类",
        "建议在濮上生态园增设公共卫生间和饮水点",
        "市城管局",
        "2024年7月31日",
        "已列入三季度建设计划，正在选址",
    ),
    (
        "SZXX2406-0032",
        date(2024, 6, 4),
        "咨询",
        "科教文体宣传类",
        "随迁子女小学入学积分政策如何计算",
        "市教育局",
        "2024年6月15日",
        "",
    ),
    (
        "SZXX2406-0108",
        date(2024, 6, 13),
        "投诉",
        "城乡建设管理类",
        "燃气公司入户安检时收取安检费",
        "燃气公司",
        "2024年6月25日",
        "经核查，入户安检不收费，已责令退还并答复来信人",
    ),
]

LETTER_STATS = [
    ("投诉类", 266, "60.3%"),
    ("咨询类", 108, "24.5%"),
    ("建议类", 39, "8.8%"),
    ("求助类", 28, "6.4%"),
]


def write_letters(path: Path) -> Path:
    b = Book(path, author="市长信箱办公室")
    ws = b.sheet("重点来信办理情况")
    b.widths(ws, [6, 16, 12, 10, 22, 40, 20, 14, 38])
    b.line(ws, 0, "2024年第二季度“市长信箱”重点来信办理情况", 8, b.title)
    b.line(
        ws,
        1,
        "第二季度，市政府门户网站“市长信箱”共收到群众来信486件，其中受理有效信件441件，无效重复信件45件；"
        "按期办结率96.8%，满意率97.5%。现将重点来信办理情况列表如下：",
        8,
    )
    ws.set_row(1, 36)
    b.header(
        ws,
        2,
        [
            "序号",
            "来信编号",
            "来信日期",
            "诉求类型",
            "来信类别",
            "来信内容摘要",
            "承办单位",
            "办理时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(LETTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LETTER_ROWS)
    b.line(ws, end + 1, "濮阳市人民政府办公室（市长信箱办公室）    2024年7月12日", 8)
    st = b.sheet("分类统计")
    b.widths(st, [16, 12, 12])
    b.line(st, 0, "第二季度有效来信分类统计", 2, b.title)
    b.header(st, 1, ["诉求类型", "件数", "占比"])
    for i, (kind, n, share) in enumerate(LETTER_STATS, 2):
        b.row(st, i, [kind, n, share], fmt=b.center)
    b.row(st, 2 + len(LETTER_STATS), ["合计", 441, "100%"], fmt=b.center)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 领导包案, after an account of how a county puts 领导包案 into practice (“三级包案”: 县委书记、县长包“钉子案”“骨头案”，
# 分管县领导包“群体案”“三跨三分离案”，职能局长包“初信初访、重复访”源头案; “三书一函”: 《包案责任书》《风险提示书》
# 《督办通知书》《履职提醒函》):
# https://www.renrendoc.com/paper/501842460.html
# An .xlsx: title, 填报单位 line, a two-row header (包案领导 merged over 姓名 and 职务), the 包案层级 merged down over the
# rows of each level, 案件类型 (钉子案, 骨头案, 群体案, 三跨三分离案, 初信初访, 重复访), the 信访人 (persons) and the
# 包案领导 beside the 责任单位, a 文书 column (三书一函), 长期坚持, a 注 line and a signature line.
PACKAGE_LEVELS = [
    (
        "县委书记、县长包案",
        [
            (
                "钉子案",
                "王某某",
                "2009年县城旧城改造房屋征收补偿标准争议，十余年反复上访",
                "张志远",
                "县委书记",
                "范县房屋征收与补偿办公室",
                "包案责任书、风险提示书",
                "2024年9月30日",
                "已召开3次专题会议，拟通过政策兜底与司法救助相结合化解",
            ),
            (
                "骨头案",
                "张某某",
                "1998年企业改制下岗职工身份置换金未兑现",
                "刘卫东",
                "县长",
                "范县人力资源和社会保障局",
                "包案责任书",
                "2024年6月30日",
                "已足额兑付，签订息诉罢访协议",
            ),
        ],
    ),
    (
        "分管县领导包案",
        [
            (
                "群体案",
                "李某某等42人",
                "某房地产项目逾期交房两年，业主集体上访",
                "王海涛",
                "副县长",
                "范县住房和城乡建设局",
                "包案责任书、督办通知书",
                "2024年12月底",
                "项目已复工，主体结构封顶，正在内外装修",
            ),
            (
                "三跨三分离案",
                "刘某某",
                "在外省务工期间受伤，工伤认定与赔偿纠纷跨省反映",
                "赵丽",
                "副县长",
                "范县人力资源和社会保障局",
                "包案责任书、履职提醒函",
                "2024年8月31日",
                "未化解",
            ),
        ],
    ),
    (
        "职能局长包案",
        [
            (
                "初信初访",
                "赵某某",
                "农村低保申请未通过，对村民评议结果有异议",
                "孙建华",
                "县民政局局长",
                "范县民政局",
                "包案责任书",
                "2024年7月20日",
                "已重新入户调查，符合条件已纳入低保，本人息诉",
            ),
            (
                "重复访",
                "孙某某",
                "高标准农田建设占用承包地补偿款未发放到户，已4次到县上访",
                "马国强",
                "县农业农村局局长",
                "范县农业农村局",
                "包案责任书、督办通知书",
                "2024年8月15日",
                "",
            ),
            (
                "重复访",
                "周某某",
                "邻里排水纠纷经乡调解后仍反复上访",
                "郑文",
                "县司法局局长",
                "范县司法局",
                "包案责任书",
                "2024年7月31日",
                "已组织第三次调解，双方达成初步意向",
            ),
            (
                "重复访",
                "吴某某",
                "对优抚待遇政策理解有偏差，反复到县退役军人事务局反映",
                "钱立军",
                "县退役军人事务局局长",
                "范县退役军人事务局",
                "包案责任书",
                "长期坚持",
                "每月走访一次，做好政策解释和思想疏导",
            ),
        ],
    ),
]


def write_package(path: Path) -> Path:
    b = Book(path, author="范县信访联席办")
    ws = b.sheet("包案台账")
    b.widths(ws, [6, 14, 12, 14, 40, 10, 16, 26, 22, 14, 34])
    b.line(ws, 0, "范县领导干部包案化解信访突出问题工作台账", 10, b.title)
    b.line(ws, 1, "填报单位：范县信访工作联席会议办公室    填报日期：2024年7月29日", 10)
    for c, word in enumerate(["序号", "包案层级", "案件类型", "信访人", "信访事项"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "包案领导", b.head)
    b.header(ws, 3, ["姓名", "职务"], first=5)
    for c, word in enumerate(["责任单位", "三书一函", "化解时限", "化解进展"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r = 4
    n = 0
    for level, rows in PACKAGE_LEVELS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, level, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "注：包案实行“三书一函”管理，《包案责任书》明确任务，《风险提示书》划定底线，《督办通知书》限时整改，"
        "《履职提醒函》预警问责。",
        10,
    )
    ws.set_row(r, 32)
    b.line(ws, r + 1, "联席办主任：何志强    填表人：宋佳    联系电话：0393-5322017", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 信访积案百日集中化解, after a township's 信访积案“百日集中化解”活动 (镇党委书记任组长的领导小组; 镇党政领导接访和
# 科级领导干部分包信访积案化解; 排查筛选信访积案、逐个落实化解责任、严格落实责任追究; 案结事了、息诉罢访、群众满意):
# https://www.shenqiu.gov.cn/detail_2265.html
# An .xlsx: title, 活动时间 and 填报单位 lines, one header row with 积案编号, 初访时间, 分包科级干部 (a person) beside the
# 责任站所（村） (the town's own 站所 = the town, villages, the 司法所 and the 派出所), 化解时限, 化解情况 and 是否息诉罢访
# (是/否), a 合计 row and a signature line.
BACKLOG_ROWS = [
    (
        "DYC-JA-01",
        "陈某某",
        "打渔陈村",
        "2016年黄河滩区迁建安置房分配面积不足",
        "2017年3月",
        "副镇长 李明",
        "镇迁建办",
        "2024年7月31日",
        "已补足安置面积差价款，签订息诉罢访承诺书",
        "是",
    ),
    (
        "DYC-JA-02",
        "王某某",
        "高庄村",
        "宅基地确权与邻居发生边界争议",
        "2020年5月",
        "人大主席 张国华",
        "打渔陈镇高庄村",
        "2024年8月20日",
        "已组织两次现场勘界，正在调解",
        "否",
    ),
    (
        "DYC-JA-03",
        "刘某某",
        "梁庙村",
        "丈夫病故后两名未成年子女生活补助未享受",
        "2022年9月",
        "镇党委副书记 王霞",
        "镇民政所",
        "2024年7月15日",
        "已纳入事实无人抚养儿童保障，按月发放补助",
        "是",
    ),
    (
        "DYC-JA-04",
        "张某某等3人",
        "后寨村",
        "2019年村道硬化工程拖欠农民工工资",
        "2019年12月",
        "副镇长 赵强",
        "镇劳动保障所",
        "2024年8月31日",
        "未化解（施工企业负责人失联）",
        "否",
    ),
    (
        "DYC-JA-05",
        "李某某",
        "前王庄村",
        "认为其子溺亡事故赔偿不公，多年重复上访",
        "2018年7月",
        "镇纪委书记 孙磊",
        "打渔陈镇司法所",
        "百日活动结束前（2024年9月30日）",
        "已申请司法救助金，正在审批",
        "否",
    ),
    (
        "DYC-JA-06",
        "赵某某",
        "马楼村",
        "承包耕地被邻村占用修建养殖场",
        "2021年4月",
        "武装部长 高峰",
        "打渔陈镇马楼村",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "DYC-JA-07",
        "孙某某",
        "打渔陈村",
        "对派出所处理其与邻居打架纠纷的结果不满",
        "2023年2月",
        "政法委员 周涛",
        "台前县公安局打渔陈派出所",
        "2024年7月25日",
        "已重新调查并出具答复意见，信访人表示认可",
        "是",
    ),
]


def write_backlog(path: Path) -> Path:
    b = Book(path, author="打渔陈镇信访办")
    ws = b.sheet("积案台账")
    b.widths(ws, [6, 12, 12, 10, 36, 12, 18, 24, 20, 32, 10])
    b.line(ws, 0, "打渔陈镇信访积案“百日集中化解”工作台账", 10, b.title)
    b.line(ws, 1, "活动时间：2024年6月20日至9月30日    领导小组组长：镇党委书记", 10)
    b.line(ws, 2, "填报单位：台前县打渔陈镇人民政府（盖章）    填报日期：2024年7月29日", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "积案编号",
            "信访人",
            "所在村",
            "信访事项",
            "初访时间",
            "分包科级干部",
            "责任站所（村）",
            "化解时限",
            "化解情况",
            "是否息诉罢访",
        ],
    )
    for i, row in enumerate(BACKLOG_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BACKLOG_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "排查筛选信访积案7件，已化解3件，化解率42.9%")
    b.line(ws, end + 2, "领导小组组长：韩卫东    填表人：贾晓燕    联系电话：0393-2218063", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 镇领导接访日初信初访, after a township party committee's notice on 每周一镇领导接访日 (两名镇领导在信访室接待;
# 首接首办责任制和领导包案制度; 收到信访件15天内书面告知信访人受理情况，30天内办理完结; 延长最长不超过30天;
# 专职督查员跟踪督查; 领导接待日情况通报):
# http://nbxinxi.com/a/chengzhoushi/20210603/231202.html
# A .doc (Word 97 via LibreOffice): a 通报 with title, 主送, a preamble stating the 15/30-day rule, one table with the
# 接访领导 (a person) beside the 承办单位 (villages, the town's own 办/站 = the town, the 派出所), 交办日期 and 办结时限
# (30日内, one 延期至), a closing paragraph, the office and date at the foot.
FIRST_ROWS = [
    (
        "7月1日",
        "党委副书记 张辉",
        "岳村 李某某",
        "承包地被村组调整后面积减少0.6亩",
        "岳村镇岳村村民委员会",
        "2024年7月1日",
        "30日内",
        "已重新丈量，补足承包地，已书面答复信访人",
    ),
    (
        "7月1日",
        "镇长 王振宇",
        "王助屯村 赵某某",
        "村内排水沟被填埋，雨后院内积水",
        "镇村镇建设办",
        "2024年7月1日",
        "30日内",
        "正在施工疏通排水沟",
    ),
    (
        "7月8日",
        "副镇长 刘洋",
        "东孟村 孙某某",
        "新农合缴费后系统显示未参保",
        "镇社会保障所",
        "2024年7月8日",
        "30日内",
        "已核实为系统数据未同步，已更正并答复",
    ),
    (
        "7月15日",
        "纪委书记 周敏",
        "马寨村 马某某",
        "邻居在公共通道上搭建棚房，影响通行",
        "岳村镇马寨村村民委员会",
        "2024年7月15日",
        "30日内",
        "",
    ),
    (
        "7月15日",
        "党委副书记 张辉",
        "西辛庄村 周某某等3人",
        "村集体土地流转租金两年未分配",
        "镇农村经济管理站",
        "2024年7月15日",
        "经批准延期至2024年9月15日",
        "已审计村集体账目，正在制定分配方案",
    ),
    (
        "7月22日",
        "镇长 王振宇",
        "岳村 刘某某",
        "被盗电动车报案后案件无进展",
        "濮阳市公安局华龙分局岳村派出所",
        "2024年7月22日",
        "30日内",
        "未办理",
    ),
]


def write_first_docx(path: Path) -> Path:
    doc = _new_document("岳村镇信访办")
    _title(doc, "关于7月份镇领导接访日初信初访事项办理情况的通报", 20)
    _paragraph(doc, "各村（社区）、镇直各单位：", 14)
    _paragraph(
        doc,
        "按照镇党委关于实行每周一镇领导接访日的要求，7月份镇领导共接待初次来访群众6批。对群众反映的问题，"
        "实行首接首办责任制和领导包案制度，由接访领导批转有关单位办理。各承办单位应在收到信访件15日内书面告知"
        "信访人受理情况，30日内办理完结，确需延期的须经镇信访工作领导小组批准。现将办理情况通报如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(FIRST_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "接访日期",
            "接访领导",
            "来访人",
            "反映问题",
            "承办单位",
            "交办日期",
            "办结时限",
            "办理情况",
        ],
        body,
        9,
    )
    _paragraph(
        doc,
        "请尚未办结的承办单位抓紧办理，镇专职督查员将跟踪督查，办理情况纳入年度信访工作目标考核。",
        14,
    )
    _paragraph(doc, "濮阳市华龙区岳村镇人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "信访工作领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_first(path: Path) -> Path:
    return via_soffice(write_first_docx, path, "doc", "镇领导接访日初信初访事项办理情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 群众来信来访登记, after a township's 群众来信来访工作制度 (收到来信当日拆封，注明收信时间; 填写《群众来信来访
# 登记表》; 重要信件报书记或镇长阅批，一般来信按“分片负责、属地办理，谁分管、谁负责”转交包片领导或分管领导;
# 及时复信，告诉群众处理结果; 已办结的信件立卷归档):
# http://m.1-jiu.com/zhidu/502038.html
# A .zip of two returns: a township's .xlsx 登记表 (收信（来访）时间, 来信/来访, 领导阅批意见, 转交领导, 承办单位,
# 办理时限, 办理结果, 复信（答复）情况; the township's 民政所 = the township, its 卫生院, a county company, its 司法所)
# and another township's .docx 登记表 (one table, 办理结果（复信情况） in one column; the 交通运输局, a village and the
# town's own 站/所 = the town).
REGISTER_A_ROWS = [
    (
        "JDG-2407-01",
        "2024年7月2日",
        "来信",
        "郭某某",
        "北张村",
        "村卫生室部分药品价格高于周边村卫生室",
        "请乡卫生院核查。（乡长 王建军）",
        "分管副乡长",
        "南乐县近德固乡卫生院",
        "2024年7月16日",
        "经核查为个别药品进价差异，已统一执行零差率销售",
        "7月15日已复信",
    ),
    (
        "JDG-2407-02",
        "2024年7月5日",
        "来访",
        "冯某某",
        "前营村",
        "申请临时救助后一个月未获答复",
        "请民政所按政策及时办理。（乡长 王建军）",
        "分管副乡长",
        "乡民政所",
        "2024年7月20日",
        "正在审核",
        "",
    ),
    (
        "JDG-2407-03",
        "2024年7月10日",
        "来信",
        "匿名",
        "后营村",
        "村东头变压器容量不足，夏季频繁跳闸停电",
        "请包片领导协调供电部门解决。（书记 李红卫）",
        "包片领导",
        "国网南乐县供电公司",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "JDG-2407-04",
        "2024年7月16日",
        "来访",
        "何某某",
        "南张村",
        "邻居建房滴水檐伸入自家院内",
        "请司法所调解。（书记 李红卫）",
        "包片领导",
        "近德固乡司法所",
        "2024年7月31日",
        "未办理",
        "",
    ),
]
REGISTER_B_ROWS = [
    (
        "7月3日",
        "来信 张某某（龙王庄村）",
        "镇中学门口道路无减速带，上下学时段车速过快",
        "书记阅批：请协调县交通运输局设置减速设施",
        "范县交通运输局",
        "2024年7月31日",
        "已安装减速带2道、警示牌4块，已复信",
    ),
    (
        "7月9日",
        "来访 李某某（前张村）",
        "村内坑塘污水发臭，蚊蝇滋生",
        "镇长阅批：请前张村限期清理",
        "龙王庄镇前张村",
        "2024年8月15日",
        "已清淤，正在铺设污水管网",
    ),
    (
        "7月12日",
        "来信 王某某等5人（后张村）",
        "对村里土地征收补偿款分配方案有异议",
        "副镇长阅批：请经管站核查分配方案",
        "镇经管站",
        "2024年8月31日",
        "未处理",
    ),
    (
        "7月18日",
        "来访 赵某某（孙楼村）",
        "独居老人行动不便，希望享受居家养老服务",
        "镇长阅批：请民政所落实",
        "镇民政所",
        "2024年7月25日",
        "已纳入特困供养，安排志愿者每周上门服务两次，已答复本人",
    ),
]


def write_register_a(path: Path) -> Path:
    b = Book(path, author="近德固乡信访办")
    ws = b.sheet("登记表")
    b.widths(ws, [14, 14, 8, 10, 10, 34, 26, 12, 22, 14, 32, 14])
    b.line(ws, 0, "近德固乡群众来信来访登记表（2024年7月）", 11, b.title)
    b.line(ws, 1, "填报单位：南乐县近德固乡人民政府信访办公室", 11)
    b.header(
        ws,
        2,
        [
            "登记编号",
            "收信（来访）时间",
            "来信/来访",
            "姓名",
            "住址",
            "反映问题",
            "领导阅批意见",
            "转交领导",
            "承办单位",
            "办理时限",
            "办理结果",
            "复信（答复）情况",
        ],
    )
    for i, row in enumerate(REGISTER_A_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(REGISTER_A_ROWS)
    b.line(ws, end + 1, "登记人：秦晓丽    审核：乡信访办主任 杨帆", 11)
    return b.close()


def write_register_b(path: Path) -> Path:
    doc = _new_document("龙王庄镇党政办")
    _title(doc, "龙王庄镇群众来信来访登记表", 18)
    _paragraph(doc, "（2024年7月）    填报单位：范县龙王庄镇人民政府", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(REGISTER_B_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "日期",
            "来信来访人",
            "反映问题",
            "阅批领导及意见",
            "承办单位",
            "办理时限",
            "办理结果（复信情况）",
        ],
        body,
        10,
    )
    _paragraph(doc, "登记人：侯静    联系电话：0393-5521046    2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_register(path: Path) -> Path:
    members = [
        ("近德固乡群众来信来访登记表（2024年7月）.xlsx", write_register_a),
        ("龙王庄镇群众来信来访登记表（2024年7月）.docx", write_register_b),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 街道班子成员接访, after a 街道办事处's 班子成员接访工作制度 (每周轮流值班，每天一名班子成员值主班，配一名办公室
# 人员; 填写《信访登记表》，按照接访领导指示及时向相关部门交办; 能当场答复的当场答复; 遵守限时办结的有关规定，
# 并将办理结果及时答复来访人):
# http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/xzbcy/jlbsc/zfxxgk/fdzdgknr/gysyjs1/ggflfw_50497/201104/t20110412_2011813.shtml
# An .xlsx: title, 填报单位 line, one header row with 值班领导（主班） and 值班人员 (persons), 接访领导意见, the street's own
# 办/中队/所 (= the street), 社区, a district bureau and a city bureau by its former name as 承办部门, 立行立改, 已移交,
# 答复来访人情况, a 说明 line and a signature line.
RECEPTION_ROWS = [
    (
        "SLL-0701",
        date(2024, 7, 1),
        "主任 许文军",
        "程某某",
        "小区电梯频繁故障，两周内困人3次",
        "督促物业限期维修",
        "街道城建办",
        "7月10日前",
        "已督促物业更换电梯主板，经特种设备检测复查合格",
        "已电话答复",
    ),
    (
        "SLL-0703",
        date(2024, 7, 3),
        "副主任 郝静",
        "田某某",
        "申请公租房两年多未获批",
        "转区住建局核查",
        "华龙区住房和城乡建设局",
        "2024年7月31日",
        "已受理，正在进行资格复核",
        "",
    ),
    (
        "SLL-0709",
        date(2024, 7, 9),
        "副主任 秦立峰",
        "曹某某",
        "五一社区日间照料中心经常无人值守",
        "请社区落实值守人员",
        "胜利路街道五一社区",
        "2024年7月19日",
        "",
        "",
    ),
    (
        "SLL-0711",
        date(2024, 7, 11),
        "主任 许文军",
        "邵某某",
        "邻居在楼顶违章搭建阳光房",
        "依法查处",
        "街道综合行政执法中队",
        "2024年7月26日",
        "未拆除，当事人拒不配合",
        "",
    ),
    (
        "SLL-0717",
        date(2024, 7, 17),
        "副主任 郝静",
        "贺某某",
        "失业后如何申领失业保险金",
        "当场解答",
        "街道社会保障事务所",
        "立行立改",
        "已当场解答政策并指导网上申领",
        "当场答复",
    ),
    (
        "SLL-0724",
        date(2024, 7, 24),
        "副主任 秦立峰",
        "范某某",
        "京华社区老旧小区雨污管网堵塞，污水外溢",
        "请社区协调市政维修",
        "胜利路街道京华社区",
        "2024年8月15日",
        "已联系市政维修队，正在疏通",
        "",
    ),
    (
        "SLL-0725",
        date(2024, 7, 25),
        "主任 许文军",
        "冯某某",
        "胜利路背街小巷路灯大面积不亮",
        "转市城管执法局路灯管理所",
        "市城管执法局",
        "2024年8月10日",
        "已移交市路灯管理所维修",
        "",
    ),
]


def write_reception(path: Path) -> Path:
    b = Book(path, author="胜利路街道信访办")
    ws = b.sheet("接访登记")
    b.widths(ws, [6, 12, 12, 14, 10, 36, 20, 24, 14, 34, 14])
    b.line(ws, 0, "胜利路街道班子成员接访登记交办台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区胜利路街道办事处信访办公室    值班人员：街道党政办 周倩", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "登记编号",
            "接访日期",
            "值班领导（主班）",
            "来访人",
            "来访事项",
            "接访领导意见",
            "承办部门",
            "办理时限",
            "办理结果",
            "答复来访人情况",
        ],
    )
    for i, row in enumerate(RECEPTION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RECEPTION_ROWS)
    b.line(ws, end, "说明：办理时限由接访领导确定；“答复来访人情况”由信访办电话回访后填写。", 10)
    b.line(ws, end + 1, "填表人：周倩    审核：街道信访办主任 吕晓东    填报日期：2024年7月30日", 10)
    return b.close()


FILES = [
    ("王称堌镇民情日记走访记录（2024年7月）.docx", write_diary),
    ("县委书记大接访活动交办信访事项登记台账.xls", write_visit),
    ("2024年第二季度人民建议征集转办事项办理情况表.et", write_suggest),
    ("中原路街道12345热线工单办理台账（7月）.csv", write_hotline),
    ("南乐县网上信访事项办理情况台账（2024年7月）.xlsx", write_online),
    ("2024年二季度市长信箱重点来信办理情况.xlsx", write_letters),
    ("范县领导干部包案化解信访突出问题工作台账.xlsx", write_package),
    ("打渔陈镇信访积案百日集中化解工作台账.xlsx", write_backlog),
    ("关于7月份镇领导接访日初信初访事项办理情况的通报.doc", write_first),
    ("群众来信来访登记表（近德固乡、龙王庄镇）.zip", write_register),
    ("胜利路街道班子成员接访登记交办台账（2024年7月）.xlsx", write_reception),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

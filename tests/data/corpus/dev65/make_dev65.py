"""Write the dev65 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .et (LibreOffice conversion), a CSV in GBK, a .docx
whose items are numbered paragraphs, a .wps and a .doc (Word 97 via LibreOffice, each with a table) and a .zip of
two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev65.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
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
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
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
# 1. 餐饮经营场所瓶装燃气使用情况联合检查隐患整改清单, after a district's account of a joint check (住建、商务、城管、
# 市监) of the bottled gas in restaurants (突击检查、随机抽查; 专用气瓶间; 厨房灭火器材配置不足; 非自有产权钢瓶, 无充装标识、
# 过期钢瓶; 生物乙醇燃料未隔离; 胶管靠近蒸箱老化; 燃气安全检查隐患通知单):
# https://gas.in-en.com/html/gas-2871028.shtml
# An .xlsx: title, 检查组 and 填报单位 lines, a two-row header (复查情况 over 复查日期/复查结论) with the 检查单位 beside
# the 责任单位, 检查日期 an event, 立行立改 counted from it; a 合计 row and a signature line.
GAS_ROWS = [
    (
        date(2024, 7, 9),
        "老李家常菜馆",
        "胜利路中段",
        "厨房灭火器材配置不足，仅配备1具2公斤灭火器",
        "RQ-2024-071",
        "2024年7月12日前",
        "华龙区胜利路街道办事处",
        "区住建、市监联合检查组",
        date(2024, 7, 12),
        "复查合格",
    ),
    (
        date(2024, 7, 9),
        "蜀香园火锅店",
        "开州路北段",
        "使用无充装标识的外地钢瓶3只",
        "RQ-2024-072",
        "立行立改",
        "市市场监管局",
        "区住建、市监联合检查组",
        date(2024, 7, 9),
        "当场停用并退回供气企业，复查合格",
    ),
    (
        date(2024, 7, 10),
        "川香阁土菜馆",
        "盈丰路12号",
        "以生物乙醇为燃料，燃料桶设置在厨房内未进行隔离",
        "RQ-2024-073",
        "2024年7月20日前",
        "市城管局",
        "区城管、商务联合检查组",
        None,
        "正在改造隔离间",
    ),
    (
        date(2024, 7, 10),
        "久久面馆",
        "飞虹路38号",
        "燃气瓶胶管靠近蒸箱，胶管老化开裂",
        "RQ-2024-074",
        "7月15日",
        "华龙区人民路街道办事处",
        "区城管、商务联合检查组",
        date(2024, 7, 15),
        "已更换为金属波纹管，复查合格",
    ),
    (
        date(2024, 7, 11),
        "盈丰快餐店",
        "盈丰路56号",
        "使用非自有产权钢瓶，钢瓶超期未检",
        "RQ-2024-075",
        "2024年7月31日前",
        "市市场监管局",
        "区住建、市监联合检查组",
        None,
        "未整改",
    ),
    (
        date(2024, 7, 12),
        "福满楼酒家",
        "崇化路8号",
        "气瓶间未安装可燃气体报警装置",
        "RQ-2024-076",
        "8月15日前",
        "市住建局",
        "区住建、商务联合检查组",
        None,
        "",
    ),
    (
        date(2024, 7, 12),
        "老街烧烤",
        "西河路21号",
        "瓶装液化气与明火灶具间距不足1米，周边堆放纸箱",
        "RQ-2024-077",
        "2024年7月16日",
        "华龙区胜利路街道办事处",
        "区住建、商务联合检查组",
        date(2024, 7, 16),
        "已清理杂物并调整气瓶位置，复查合格",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气管理科")
    ws = b.sheet("隐患清单")
    b.widths(ws, [6, 12, 16, 14, 34, 14, 16, 22, 20, 12, 26])
    b.line(ws, 0, "餐饮经营场所瓶装燃气使用情况联合检查隐患整改清单", 10, b.title)
    b.line(
        ws,
        1,
        "检查组成员单位：市住房和城乡建设局、市商务局、市城市管理局、市市场监督管理局    检查方式：突击检查、随机抽查",
        10,
    )
    b.line(ws, 2, "填报单位：市住房和城乡建设局燃气管理科    填报日期：2024年7月30日", 10)
    top = [
        "序号",
        "检查日期",
        "经营场所名称",
        "地址",
        "检查发现隐患",
        "隐患通知单编号",
        "整改期限",
        "责任单位",
        "检查单位",
    ]
    for c, w in enumerate(top):
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 9, 3, 10, "复查情况", b.head)
    b.header(ws, 4, ["复查日期", "复查结论"], first=9)
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(GAS_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.merge(ws, end, 4, end, 10, "检查餐饮场所12家，发现隐患7处，已复查合格4处", b.cell)
    b.line(ws, end + 2, "检查组负责人：赵立新    填表人：孟晓    联系电话：0393-4412036", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学校食堂食品安全问题整改情况报告, after a village school's report on what a county 督查小组 found in its canteen
# (一、检查中出现的问题 1、2、3、4: 缺少教师陪餐记录, 无灭蚊设备, 无周资金公示, 打肉机残留物; 二、整改措施 1、2、3、4 with the
# dates things were bought and fitted; the school's name in the closing line):
# https://www.banwoyixia.com/wenku/hacv/agKZLoW4zv
# A .docx whose items are numbered paragraphs: the problems under 一, the measures with the same numbers under 二;
# the school's own offices (教务处, 总务处) name the section; the school is named in the file name and the close.
CANTEEN_PROBLEMS = [
    "学生营养餐记录表中缺少教师陪餐记录；",
    "食堂内未配备灭蚊灭蝇设备；",
    "未按周公示伙食资金收支情况；",
    "绞肉机内有残留物未清洗干净；",
    "食堂从业人员中有2人健康证过期；",
    "食品库房货架离墙距离不足10厘米。",
]
CANTEEN_MEASURES = [
    "立行立改。学校从7月8日起，学生用餐日均记录教师陪餐登记表，由教务处负责督促，已整改到位。",
    "由总务处负责，限7月12日前完成。7月9日总务处已购买一台高压灭蚊器，7月11日安装在学生食堂，已完成整改。",
    "从被检查周开始，学校每周五在校务公开栏公示伙食资金收支情况，由总务处负责，长期坚持。",
    "由食堂管理员负责，限7月10日前完成。已对绞肉机拆卸清洗消毒，经督查小组复查合格。",
    "督促2名从业人员到县疾控中心体检，目前1人已取得新健康证，另1人正在办理，8月20日前全部办结，办结前暂停其上岗。",
    "库房货架需重新定制，因经费尚未到位，目前未启动，计划8月25日前完成调整。",
]


def write_canteen(path: Path) -> Path:
    doc = _new_document("总务处")
    _title(doc, "关于食堂食品安全督查反馈问题整改情况的报告")
    _paragraph(doc, "县教育局：")
    _paragraph(
        doc,
        "7月8日，县两办督查小组对我校食品安全进行了检查，针对检查中出现的问题，现将整改情况报告如下：",
    )
    _paragraph(doc, "一、检查中出现的问题", 16, "黑体")
    for i, text in enumerate(CANTEEN_PROBLEMS, 1):
        _paragraph(doc, f"{i}、{text}")
    _paragraph(doc, "二、整改措施", 16, "黑体")
    for i, text in enumerate(CANTEEN_MEASURES, 1):
        _paragraph(doc, f"{i}、{text}")
    _paragraph(
        doc,
        "我校对检查中出现的问题已逐项落实整改，未完成的按计划推进，请县教育局实地考察指导。",
    )
    _paragraph(doc, "清丰县马庄桥镇中心小学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 作风专项督查情况通报, after a unit's 作风督查通报 (明察与暗访相结合; 迟到早退、上班期间从事与工作无关事项, 请销假,
# 无故缺岗、擅自离岗, 服务态度生硬、回应不及时, “等、靠、要”; 提醒谈话、限期整改; 纳入年度考核; 建立健全长效机制):
# http://www.ychouse.cq.cn/jxfw/202507/86332.html
# A .wps (Word 97 via LibreOffice): the 通报 paragraphs, then 附件 with one table whose rows name only the sending
# unit's own sections (the unit only in the title, by its short name) and a 督查人 column; 督查时间 an event.
STYLE_ROWS = [
    (
        "7月2日",
        "暗访",
        "华龙区管理部",
        "服务窗口工作人员上班时间使用手机处理私人事务",
        "提醒谈话",
        "立行立改",
        "已整改，窗口实行手机集中存放",
        "张红、李伟",
    ),
    (
        "7月3日",
        "明察",
        "归集科",
        "1名工作人员迟到早退，未执行请销假制度",
        "通报批评",
        "7月10日前",
        "已完成整改，已补办请销假手续",
        "张红、李伟",
    ),
    (
        "7月5日",
        "暗访",
        "贷款科",
        "对来访群众接待不够热情，态度生硬、回应不及时",
        "提醒谈话，限期整改",
        "2024年7月31日前",
        "正在整改，已组织窗口服务礼仪培训1次",
        "王磊、陈静",
    ),
    (
        "7月9日",
        "明察",
        "办公室",
        "会议材料层层加码，同一事项重复要求报送",
        "责令整改",
        "8月底前",
        "",
        "王磊、陈静",
    ),
    (
        "7月10日",
        "暗访",
        "稽核科",
        "工作缺乏主动性，存在“等、靠、要”思想，逾期件未主动催办",
        "约谈科室负责人",
        "2024年8月15日前",
        "未整改",
        "张红、李伟",
    ),
    (
        "7月12日",
        "明察",
        "信息科",
        "值班期间擅自离岗，值班记录缺失",
        "通报批评",
        "7月19日前",
        "已整改到位，经复查合格",
        "王磊、陈静",
    ),
    (
        "7月15日",
        "明察",
        "财务科",
        "考勤结果未与绩效考核挂钩，作风建设长效机制不健全",
        "建立长效机制",
        "长期坚持",
        "常态化推进",
        "张红、李伟",
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("机关纪委")
    _title(doc, "关于市公积金中心2024年第三季度作风专项督查情况的通报")
    _paragraph(doc, "各科室、各管理部：")
    _paragraph(
        doc,
        "为进一步加强作风建设，7月上中旬，中心机关纪委采取明察与暗访相结合的方式开展了作风专项督查，"
        "重点围绕是否存在迟到早退、无故缺岗、擅自离岗，服务态度是否端正，是否存在形式主义、官僚主义等方面展开。",
    )
    _paragraph(
        doc,
        "从督查结果来看，大部分科室能够按照规定要求开展工作，但也发现个别同志存在纪律松散、责任心不强的问题。"
        "针对发现的问题，已对相关责任人进行提醒谈话并要求限期整改，督查情况纳入年度考核。具体问题及整改情况见附件。",
    )
    _paragraph(doc, "附件：作风专项督查发现问题整改台账", 14, "黑体")
    body = [[str(i), *row] for i, row in enumerate(STYLE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "督查时间",
            "督查方式",
            "被督查科室",
            "发现问题",
            "处理措施",
            "整改时限",
            "整改落实情况",
            "督查人",
        ],
        body,
        9,
    )
    _paragraph(doc, "机关纪委", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "作风专项督查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 出租车企业信访件办理情况, after a city 交通运输局's monthly 通报 of the 信访件 it passes to the taxi companies
# (投诉、建议、表扬; 转往出租车企业办理; 按期办结、逾期办结、逾期未办结; 随机回访, 告知答复; 附件 统计表):
# http://jtys.sz.gov.cn/jtzx/wycx/czcx/service/content/post_6887676.html
# A CSV in GBK: title line, a line stating the base of the 办理时限, one header line with 受理日期 and 转办日期, the
# 办理时限 in working days from 转办日期, a 合计 line and the 填报 line.
TAXI_ROWS = [
    (
        "XF2407001",
        "2024-07-01",
        "2024-07-02",
        "投诉",
        "驾驶员拒载短途乘客",
        "豫J·T1234",
        "濮阳市龙都出租汽车有限公司",
        "5个工作日",
        "按期办结",
        "已告知答复",
        "满意",
    ),
    (
        "XF2407002",
        "2024-07-03",
        "2024-07-03",
        "投诉",
        "未按计价器收费，多收车费15元",
        "豫J·T2286",
        "濮阳市通达出租汽车有限责任公司",
        "5个工作日",
        "逾期办结",
        "已告知答复",
        "基本满意",
    ),
    (
        "XF2407003",
        "2024-07-08",
        "2024-07-09",
        "投诉",
        "驾驶员途中吸烟且服务态度恶劣",
        "豫J·T3307",
        "濮阳市龙都出租汽车有限公司",
        "5个工作日",
        "按期办结",
        "已告知答复",
        "满意",
    ),
    (
        "XF2407004",
        "2024-07-10",
        "2024-07-11",
        "建议",
        "建议在火车站出租车候客区增设遮阳棚",
        "—",
        "濮阳市华龙出租汽车有限公司",
        "10个工作日",
        "正在办理",
        "",
        "",
    ),
    (
        "XF2407005",
        "2024-07-15",
        "2024-07-16",
        "投诉",
        "夜间拼客，未经乘客同意搭载他人",
        "豫J·T5519",
        "濮阳市通达出租汽车有限责任公司",
        "5个工作日",
        "逾期未办结",
        "",
        "",
    ),
    (
        "XF2407006",
        "2024-07-17",
        "2024-07-18",
        "投诉",
        "公交车到站不停，乘客无法上车",
        "豫J·B0726",
        "公交公司",
        "5个工作日",
        "按期办结",
        "已告知答复",
        "满意",
    ),
    (
        "XF2407007",
        "2024-07-22",
        "2024-07-23",
        "投诉",
        "乘客遗失手机，联系驾驶员未予回应",
        "豫J·T6631",
        "濮阳市龙都出租汽车有限公司",
        "5个工作日",
        "正在办理",
        "",
        "",
    ),
    (
        "XF2407008",
        "2024-07-26",
        "2024-07-29",
        "投诉",
        "不主动出示发票，乘客索要时称打印机故障",
        "豫J·T8860",
        "濮阳市华龙出租汽车有限公司",
        "5个工作日",
        "",
        "",
        "",
    ),
]


def write_taxi(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份出租车企业信访件办理情况明细表"])
    w.writerow(["说明：办理时限自转办之日起计算，按工作日计；回访由市交通运输服务监督热线负责。"])
    w.writerow(
        [
            "序号",
            "信访件编号",
            "受理日期",
            "转办日期",
            "信访类型",
            "信访内容",
            "车牌号",
            "承办企业",
            "办理时限",
            "办结情况",
            "告知答复情况",
            "回访结果",
        ]
    )
    for i, row in enumerate(TAXI_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "",
            "",
            "",
            "",
            "共8件",
            "",
            "",
            "",
            "按期办结3件，逾期办结1件，逾期未办结1件，正在办理2件",
            "",
            "",
        ]
    )
    w.writerow(["填报单位：市交通运输局客运管理科    填报日期：2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 大堤汛期检查记录表, after a published 大堤检查记录表 (序号 | 检查项目 | 检查情况 | 备注; 堤顶, 堤坡, 压渗地、外滩地,
# 防汛公路, 附属设施, 管理房; 裂缝、害堤动物洞穴、杂树杂草、护坡松动塌陷、里程桩和责任牌缺失):
# https://wxqichen.com/fanwen16/3463.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/时间/检查人 line, the four columns of the source with 检查项目
# merged over its rows; the 备注 holds the 责任单位, 整改时限 and 进展 in one sentence; two rows found in order.
DYKE_ROWS = [
    (
        "堤顶",
        [
            (
                "K12+300处堤顶出现纵向裂缝约15米",
                "责任单位：濮阳县水利局；整改时限：7月25日前；进展：已灌浆封堵，经复查合格。",
            ),
            (
                "堤肩杂草丛生，草高超过30厘米",
                "责任单位：濮阳县柳屯镇人民政府；整改时限：7月20日；进展：已全部清除完毕。",
            ),
        ],
    ),
    (
        "堤坡",
        [
            (
                "背水坡K15+100处发现獾洞2处",
                "责任单位：市水务局；整改时限：8月10日前；进展：已完成洞穴探测，正在开挖回填。",
            ),
            (
                "迎水坡干砌石护坡局部松动塌陷",
                "责任单位：濮阳县水利局；整改时限：2024年10月底前；进展：已设置警示标志，落实应急度汛措施。",
            ),
        ],
    ),
    (
        "压渗地、外滩地",
        [
            (
                "外滩地违规堆放建筑垃圾约50立方米",
                "责任单位：濮阳县城关镇人民政府；整改时限：7月31日前；进展：未整改。",
            ),
        ],
    ),
    (
        "防汛公路",
        [
            (
                "防汛公路K18段路面塌陷，影响抢险车辆通行",
                "责任单位：濮阳县交通运输局；整改时限：2024年9月30日。",
            ),
        ],
    ),
    (
        "附属设施",
        [
            (
                "里程桩、责任牌缺失3处",
                "责任单位：市水务局；整改时限：8月底前；进展：已订制标牌，正在安装。",
            ),
            ("减压井井盖完好，排水渠畅通无阻塞", ""),
        ],
    ),
    ("管理房", [("室内整洁，门窗完好，符合要求", "")]),
]


def write_dyke_book(path: Path) -> Path:
    b = Book(path, author="县防汛办")
    ws = b.sheet("检查记录")
    b.widths(ws, [6, 16, 40, 52])
    b.line(ws, 0, "金堤河濮阳县段大堤汛期检查记录表", 3, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县防汛抗旱指挥部办公室    检查时间：2024年7月16日    检查人：王建设、刘海涛",
        3,
    )
    b.header(ws, 2, ["序号", "检查项目", "检查情况", "备注"])
    r = 3
    n = 1
    for item, rows in DYKE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, item, b.center)
        for found, note in rows:
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, found)
            b.put(ws, r, 3, note)
            r += 1
            n += 1
    b.line(ws, r + 1, "检查负责人（签字）：            记录人：            日期：2024年7月16日", 3)
    return b.close()


def write_dyke(path: Path) -> Path:
    return via_soffice(write_dyke_book, path, "xls", "大堤汛期检查记录表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 养老机构安全生产督促检查问题整改情况, after a county 民政局's joint check (住建、市场监管、消防) of its 养老机构
# (消防、食品、人员、用电用气、内部管理、房屋安全; 下达整改通知书; 一般问题立即整改, 复杂问题制定整改计划, 按整改时限完成):
# https://www.luliang.gov.cn/pub/description/42859.html
# A .zip of two .xlsx returns on the bureau's template: 填报单位（盖章）line with the 检查日期 (the base of 立行立改),
# one header row with 问题类别 (一般问题/复杂问题), a schedule text as 整改时限 for a 复杂问题, a signature line.
CARE_RETURNS = [
    (
        "濮阳县柳屯镇敬老院",
        "2024年7月10日",
        "濮县民养〔2024〕07号",
        [
            (
                "消防",
                "部分灭火器压力不足，已过有效期",
                "一般问题",
                "更换灭火器",
                "立行立改",
                "后勤 张保国",
                "已全部更换",
            ),
            (
                "用电用气",
                "老人居室私拉乱接电线，使用大功率电器",
                "一般问题",
                "拆除私接电线，收缴大功率电器",
                "立行立改",
                "后勤 张保国",
                "已整改",
            ),
            (
                "房屋安全",
                "东侧平房屋面渗漏，墙体出现裂缝",
                "复杂问题",
                "制定整改计划，委托房屋安全鉴定后维修加固",
                "7月底前完成房屋安全鉴定，9月30日前完成维修加固",
                "院长 刘明",
                "已委托鉴定机构，鉴定报告待出具",
            ),
            (
                "食品",
                "食堂留样记录不全，留样时间不足48小时",
                "一般问题",
                "完善留样制度",
                "2024年7月15日",
                "炊事员 王秀英",
                "",
            ),
        ],
    ),
    (
        "华龙区康乐老年公寓",
        "2024年7月11日",
        "华民养〔2024〕12号",
        [
            (
                "消防",
                "二楼走廊堆放杂物，安全出口指示标志损坏",
                "一般问题",
                "清理杂物，更换指示标志",
                "立行立改",
                "行政主管 周丽",
                "已清理完毕，标志已更换",
            ),
            (
                "消防",
                "自动喷水灭火系统末端试水压力不足",
                "复杂问题",
                "委托维保单位检修",
                "8月20日前",
                "行政主管 周丽",
                "正在检修",
            ),
            (
                "人员",
                "夜班护理员配备不足，1人负责3层楼",
                "复杂问题",
                "增配夜班护理员",
                "2024年8月31日前",
                "院长 孙建华",
                "未整改",
            ),
            (
                "内部管理",
                "未建立老年人入院评估档案",
                "一般问题",
                "补建入院评估档案",
                "7月25日前",
                "护理部 赵敏",
                "已补建入院评估档案42份，整改完成",
            ),
        ],
    ),
]


def write_care_book(path: Path, home: str, checked: str, notice: str, rows: list[tuple]) -> Path:
    b = Book(path, author=home)
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 12, 34, 10, 26, 26, 14, 26])
    b.line(ws, 0, "养老机构安全生产督促检查问题整改情况表", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{home}    检查日期：{checked}    整改通知书编号：{notice}", 7)
    b.header(
        ws,
        2,
        ["序号", "检查方面", "存在问题", "问题类别", "整改措施", "整改时限", "整改责任人", "整改情况"],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "机构负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_care(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for home, checked, notice, rows in CARE_RETURNS:
            name = f"养老机构安全生产督促检查问题整改情况表（{home}）.xlsx"
            member = write_care_book(Path(tmp) / name, home, checked, notice, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 企业安全生产责任制检查问题整改情况表, after the check lists of a public inspection app (企业安全生产责任制检查表: each
# 检查内容 a “是否……” question with its 检查情况 and 备注 — 层层签订安全生产目标管理责任书, “三项岗位人员”证书, 专职或兼职
# 安全管理人员, 隐患排查治理制度, 安全生产教育培训, 危险作业场所安全管理措施, 有限空间安全警示标志):
# https://github.com/fengyuan12/zlb-h5/blob/1529f1063a8e65ed2ee27df6e6debdd6bcc5df92/src/utils/constant.js
# An .xls (xlwt): title, 被检查单位 line naming the company by a short name, a two-row header with 是否整改到位
# over 是/否 (ticks), the company's own departments as 责任部门, a 合计 row and a signature line.
WATER_ROWS = [
    (
        "是否层层签订安全生产目标管理责任书",
        "第二水厂未与各班组签订安全生产责任书",
        "第二水厂",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "“三项岗位人员”是否取得安全生产考核合格证书",
        "2名特种作业人员（电工）操作证过期",
        "人力资源部",
        "2024年8月31日",
        "",
        "√",
        "已报名参加8月复审培训",
    ),
    (
        "是否按规定配备专职或兼职安全管理人员",
        "专职安全管理人员仅1名，不符合配备要求",
        "安全环保部",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "是否建立健全生产安全事故隐患排查治理制度",
        "隐患排查治理制度未明确闭环销号程序",
        "安全环保部",
        "2024年7月20日",
        "√",
        "",
        "制度已修订印发",
    ),
    (
        "是否开展生产安全事故隐患排查并及时消除事故隐患",
        "加氯间泄漏报警装置故障未及时维修",
        "第一水厂",
        "2024年7月8日",
        "√",
        "",
        "",
    ),
    (
        "是否定期进行安全生产教育培训",
        "新入职员工三级安全教育记录不全",
        "人力资源部",
        "2024年7月31日",
        "",
        "",
        "",
    ),
    (
        "是否在有限空间场所入口附近设置明显的安全警示标志",
        "清水池检修口未设置有限空间警示牌",
        "供水调度中心",
        "2024年7月12日",
        "√",
        "",
        "",
    ),
    (
        "是否定期组织生产安全事故应急救援演练",
        "未开展有限空间作业救援演练，演练频次不足",
        "安全环保部",
        "常态化开展",
        "",
        "",
        "常态化推进，每半年至少演练1次",
    ),
]


def write_water(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "企业安全生产责任制检查问题整改情况表", t, 0, 7),
        (
            1,
            0,
            "被检查单位：市水务公司    检查日期：2024年7月5日    检查组：市国资系统安全生产检查组",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(["序号", "检查内容", "检查情况（存在问题）", "责任部门", "整改期限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "是否整改到位", h, 2, 6))
    cells.append((3, 5, "是", h))
    cells.append((3, 6, "否", h))
    cells.append((2, 7, "备注", h, 3, 7))
    for i, row in enumerate(WATER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 5, 6) else c))
    r = 4 + len(WATER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查8项，整改到位4项", c, r, 4),
        (r, 5, 4, ctr),
        (r, 6, 2, ctr),
        (r, 7, "", c),
        (
            r + 1,
            0,
            "填表人：郑海峰    审核人：冯建军    联系电话：0393-8126650    填报日期：2024年7月30日",
            plain,
            r + 1,
            7,
        ),
    ]
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 8. 文化市场集中巡查发现问题整改情况, after a district 文广旅局's account of a tour of its 网吧、电玩、棋牌室、桌球室 with the
# 关工委's retired members (“钢城电竞”“城市英雄游乐场”“星游网院”“鼎盛电竞”“雀家自助娱乐”“乔氏台球”; 网吧安全台账拖记、
# 漏记; 棋牌室未取消内锁装置; 网吧内吸烟, 控烟员; 现场纠错, 责成限期整改):
# http://china-torch.cn/txyd/sbqw/2024-12-03/252405.html
# An .xlsx: title, 巡查单位 line (the bureau by its name before the reform), one header row with 巡查人员 beside the
# 监管责任单位 (short and former names), 立行立改 counted from the 巡查时间, a 注 line and the signature.
CULTURE_ROWS = [
    (
        "钢城电竞馆",
        "网吧",
        "安全巡查台账记录不完整，存在拖记、漏记现象",
        "李国华（关工委）",
        "现场纠错",
        "立行立改",
        "市文广新局",
        "已当场补记，整改到位",
    ),
    (
        "雀家自助棋牌室",
        "棋牌室",
        "包间未按规定取消内锁装置",
        "周振东（关工委）",
        "限期整改",
        "2024年7月19日前",
        "华龙区文化广电和旅游局",
        "已拆除内锁装置，经复查合格",
    ),
    (
        "星游网院",
        "网吧",
        "场所内有青少年吸烟，控烟员未及时劝阻",
        "李国华（关工委）",
        "限期整改",
        "7月26日前",
        "市文广新局",
        "正在整改，已增设禁烟标识并调整控烟员",
    ),
    (
        "鼎盛电竞",
        "网吧",
        "未落实上网人员实名登记，发现1名未成年人上网",
        "刘春生（执法科）",
        "立案调查",
        "2024年8月10日前",
        "华龙区文化广电和旅游局",
        "已立案，正在调查处理",
    ),
    (
        "城市英雄游乐场",
        "电玩",
        "游艺设备未设置未成年人限制标识",
        "周振东（关工委）",
        "限期整改",
        "7月20日前",
        "华龙区文化广电和旅游局",
        "未整改",
    ),
    (
        "乔氏台球俱乐部",
        "桌球室",
        "安全出口被球台遮挡，疏散宽度不足",
        "刘春生（执法科）",
        "限期整改",
        "2024年7月31日前",
        "市文广旅局",
        "",
    ),
    (
        "大众书社",
        "出版物经营",
        "销售无出版单位标识的教辅图书",
        "李国华（关工委）",
        "现场纠错",
        "立行立改",
        "文广旅局",
        "已全部下架并登记保存，整改完成",
    ),
]


def write_culture(path: Path) -> Path:
    b = Book(path, author="执法科")
    ws = b.sheet("巡查问题")
    b.widths(ws, [6, 16, 12, 36, 20, 12, 16, 22, 30])
    b.line(ws, 0, "2024年7月文化市场集中巡查发现问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "巡查单位：市文广新局、局关工委    巡查时间：2024年7月12日    巡查范围：网吧、电玩、棋牌室、桌球室、出版物经营场所",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "经营场所",
            "场所类别",
            "发现问题",
            "巡查人员",
            "处理方式",
            "整改期限",
            "监管责任单位",
            "整改情况",
        ],
    )
    for i, row in enumerate(CULTURE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CULTURE_ROWS)
    b.line(ws, end, "注：处理方式分现场纠错、限期整改、立案调查三类；立行立改的以巡查当日为限。", 8)
    b.line(ws, end + 1, "巡查组长：张文斌    记录人：刘春生    2024年7月15日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 12320卫生热线投诉举报转（督）办件办理情况, after a city 疾控中心's page on the 12320 hotline (投诉举报填写转（督）办单,
# 1个工作日内上报市卫生健康委办公室; 办理单位5个工作日内完成处理并反馈投诉人; 1个工作日内回访并进行满意度调查):
# http://cdc.shiyan.gov.cn/xxgk/zwgk/202112/t20211224_3641149.shtml
# An .xlsx: title, a 填报单位 line (the commission by its name before the reform) and a line stating the 5 working
# days from 转办; a two-row header (处理结果 over 处理情况/反馈日期, 回访情况 over 回访日期/满意度); 来电时间 and
# 转办日期 events; one 办理单位 a section of the commission under its former name.
HOTLINE_ROWS = [
    (
        "ZB-2407-01",
        datetime(2024, 7, 1, 9, 12),
        date(2024, 7, 1),
        "市人民医院门诊收费窗口排队时间过长，工作人员态度冷漠",
        "濮阳市人民医院",
        "5个工作日",
        "已增开收费窗口2个，对当事人进行批评教育",
        date(2024, 7, 5),
        date(2024, 7, 8),
        "满意",
    ),
    (
        "ZB-2407-02",
        datetime(2024, 7, 2, 15, 40),
        date(2024, 7, 3),
        "居民楼内有人无证行医，为患者输液",
        "华龙区卫生健康委员会",
        "5个工作日",
        "已联合公安取缔，没收药品器械",
        date(2024, 7, 9),
        date(2024, 7, 10),
        "满意",
    ),
    (
        "ZB-2407-03",
        datetime(2024, 7, 5, 10, 5),
        date(2024, 7, 5),
        "县医院住院部卫生间长期无热水",
        "濮阳县人民医院",
        "5个工作日",
        "正在维修热水管道",
        None,
        None,
        "",
    ),
    (
        "ZB-2407-04",
        datetime(2024, 7, 8, 16, 22),
        date(2024, 7, 9),
        "家庭医生签约后未提供随访服务",
        "市卫计委基层卫生科",
        "5个工作日",
        "已督促签约团队上门随访，并反馈投诉人",
        date(2024, 7, 15),
        date(2024, 7, 16),
        "基本满意",
    ),
    (
        "ZB-2407-05",
        datetime(2024, 7, 12, 11, 30),
        date(2024, 7, 15),
        "疫苗接种门诊未按预约时间接种，家长等候3小时",
        "市疾病预防控制中心",
        "5个工作日",
        "逾期未办",
        None,
        None,
        "",
    ),
    (
        "ZB-2407-06",
        datetime(2024, 7, 18, 8, 50),
        date(2024, 7, 18),
        "医院停车场收费标准未公示",
        "清丰县人民医院",
        "5个工作日",
        "已在停车场入口公示收费标准",
        date(2024, 7, 23),
        date(2024, 7, 24),
        "满意",
    ),
    (
        "ZB-2407-07",
        datetime(2024, 7, 24, 22, 15),
        date(2024, 7, 25),
        "急诊科医生夜间值班脱岗",
        "濮阳市中医医院",
        "5个工作日",
        "已约谈科室主任，正在调查核实",
        None,
        None,
        "",
    ),
    (
        "ZB-2407-08",
        datetime(2024, 7, 29, 14, 3),
        date(2024, 7, 30),
        "村卫生室将医疗废物随意丢弃在生活垃圾桶内",
        "南乐县卫生健康委员会",
        "5个工作日",
        "",
        None,
        None,
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="12320")
    ws = b.sheet("7月")
    b.widths(ws, [6, 13, 17, 12, 40, 22, 11, 34, 12, 12, 10])
    b.line(ws, 0, "12320卫生热线投诉举报转（督）办件办理情况登记表", 10, b.title)
    b.line(ws, 1, "填报单位：市卫计委办公室    统计时段：2024年7月1日—7月31日", 10)
    b.line(ws, 2, "办理时限：办理单位自转办之日起5个工作日内完成处理并将结果反馈投诉人。", 10)
    top = ["序号", "转办单编号", "来电时间", "转办日期", "投诉举报内容", "办理单位", "办理时限"]
    for c, w in enumerate(top):
        b.merge(ws, 3, c, 4, c, w, b.head)
    b.merge(ws, 3, 7, 3, 8, "处理结果", b.head)
    b.merge(ws, 3, 9, 3, 10, "回访情况", b.head)
    b.header(ws, 4, ["处理情况", "反馈日期", "回访日期", "满意度"], first=7)
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    b.line(ws, 6 + len(HOTLINE_ROWS), "填表人：陈思雨    联系电话：0393-12320    填报日期：2024年7月31日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 电动自行车安全隐患集中夜查问题整改台账, after a town's account of a night check with 消防、公安、市场监管、城管
# (小产权楼、“三合一”、沿街门店; 违规停放、充电和“飞线”充电, 疏散通道、安全出口, 非法改装; 现场清理; 加快集中充电桩安装):
# http://xianan.cjyun.org/p/126023.html
# A .doc (Word 97 via LibreOffice): title, 填报单位 and 夜查时间 paragraph, one table with the 检查单位 beside the town's
# own offices as 责任部门, 立行立改 counted from the night of the check, the office and date at the foot.
EBIKE_ROWS = [
    (
        "锦龙路小产权楼3号楼",
        "楼梯间违规停放电动自行车8辆",
        "濮阳县消防救援大队",
        "镇安监站",
        "现场清理",
        "立行立改",
        "已当场清理",
    ),
    (
        "书台街沿街门店",
        "门店内电动自行车飞线充电",
        "文留派出所",
        "镇综合行政执法队",
        "拆除飞线",
        "7月8日前",
        "已拆除飞线充电线路2条",
    ),
    (
        "文留村“三合一”场所",
        "住人区域与经营区域未实施防火分隔",
        "濮阳县消防救援大队",
        "镇安监站",
        "设置防火分隔",
        "2024年8月31日前",
        "正在施工",
    ),
    (
        "新华路电动车维修店",
        "非法改装电动自行车，拆改限速装置",
        "文留市场监管所",
        "镇综合行政执法队",
        "移交查处",
        "7月20日前",
        "未整改",
    ),
    (
        "镇政府家属院",
        "未设置电动自行车集中充电设施",
        "濮阳县消防救援大队",
        "镇村镇建设办",
        "安装集中充电桩",
        "2024年9月30日前",
        "已完成选址，设备正在采购",
    ),
    (
        "文兴小区",
        "单元门厅堆放杂物，安全出口锁闭",
        "濮阳县消防救援大队",
        "镇安监站",
        "清理杂物，开启安全出口",
        "2024年7月10日",
        "",
    ),
    (
        "各行政村",
        "电动自行车安全宣传覆盖不到位",
        "镇安委会办公室",
        "镇宣传办",
        "常态化开展宣传",
        "长期坚持",
        "常态化推进",
    ),
]


def write_ebike_docx(path: Path) -> Path:
    doc = _new_document("镇安监站")
    _title(doc, "文留镇电动自行车安全隐患集中夜查问题整改台账")
    _paragraph(doc, "填报单位：濮阳县文留镇人民政府（盖章）    夜查时间：2024年7月5日晚", 12)
    body = [[str(i), *row] for i, row in enumerate(EBIKE_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查点位", "发现问题", "检查单位", "责任部门", "整改措施", "整改时限", "整改进展"],
        body,
    )
    _paragraph(doc, "联系人：杨帆    联系电话：0393-3266015", 12)
    _paragraph(doc, "镇安委会办公室    2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ebike(path: Path) -> Path:
    return via_soffice(write_ebike_docx, path, "doc", "电动自行车夜查问题整改台账.docx")


FILES = [
    ("餐饮经营场所瓶装燃气使用情况联合检查隐患整改清单.xlsx", write_gas),
    ("马庄桥镇中心小学食堂食品安全问题整改情况报告.docx", write_canteen),
    ("2024年第三季度作风专项督查情况通报.wps", write_style),
    ("7月份出租车企业信访件办理情况明细表.csv", write_taxi),
    ("金堤河濮阳县段大堤汛期检查记录表.et", write_dyke),
    ("养老机构安全生产督促检查问题整改情况（两家机构）.zip", write_care),
    ("市水务公司安全生产责任制检查问题整改情况表.xls", write_water),
    ("2024年7月文化市场集中巡查发现问题整改情况表.xlsx", write_culture),
    ("12320卫生热线转办件办理情况登记表（2024年7月）.xlsx", write_hotline),
    ("文留镇电动自行车安全隐患集中夜查问题整改台账.doc", write_ebike),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

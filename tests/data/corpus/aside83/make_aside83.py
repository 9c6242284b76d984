"""Write the aside83 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx with a table (one more inside the zip), a .doc with the items as numbered paragraphs, a .wps (Word 97
via LibreOffice) with a table and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside83.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.blue = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#9DC3E6"})
        self.green = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#A9D08E"})
        self.yellow = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FFE699"})
        self.red = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#F4B084"})

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


def _table(doc, header: list[str], rows: list[list[str] | str], size: float = 10.5):
    """A grid table; a row given as a plain string is a section line merged across the table."""
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    for r, values in enumerate(rows, start=1):
        if isinstance(values, str):
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            _cell_text(merged, values, size, bold=True)
            continue
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
# 1. 媒体曝光（举报）问题整改情况报告表, after a district's account of how it handles the problems media expose
# (接到交办单后“三个当天”; 填报整改报告表; “四个等级”: 蓝色 已整改完毕, 绿色 有序推进, 黄色 有一定难度, 红色 难度较大;
# “五个到位”完成销号):
# https://www.cznd.gov.cn/html/cznd/2018/QHQFPQLP_0312/318479.html
# An .xlsx: title, 填报单位 line, the 等级 legend, a two-row header (整改落实情况 over 调查处理情况 / 等级 / 销号情况)
# with the 等级 cells coloured, a 填表人 line.
MEDIA_ROWS = [
    (
        date(2024, 6, 3),
        "濮阳日报",
        "开州路农贸市场周边污水横流、垃圾清运不及时",
        "城管执法局",
        "2024年6月10日",
        "当天到现场核实，已清运垃圾并疏通下水管道",
        "蓝色",
        "五个到位，已销号",
    ),
    (
        date(2024, 6, 12),
        "濮阳广播电视台",
        "金堤河岸边堆放建筑垃圾约600立方米",
        "岳村镇人民政府",
        "2024年7月15日前",
        "已清运大部分，剩余约200立方米正在清运",
        "绿色",
        "未销号",
    ),
    (
        date(2024, 6, 20),
        "濮阳网",
        "化工企业夜间偷排废气，周边居民反映异味严重",
        "市环保局",
        "2024年9月30日",
        "已立案调查，企业废气处理设施提标改造正在施工，改造难度较大",
        "黄色",
        "未销号",
    ),
    (
        date(2024, 6, 25),
        "濮阳日报",
        "长庆路老旧小区楼顶违法搭建彩钢房",
        "胜利路街道办事处",
        "2024年12月31日",
        "涉及产权纠纷，尚未启动拆除",
        "红色",
        "未销号",
    ),
    (
        date(2024, 7, 3),
        "河南日报客户端",
        "城区部分路段共享单车乱停乱放阻碍通行",
        "市城管局",
        "立行立改",
        "已完成集中清理，督促运营企业落实停放区管理",
        "蓝色",
        "五个到位，已销号",
    ),
    (
        date(2024, 7, 10),
        "濮阳广播电视台",
        "幼儿园门口早晚高峰车辆乱停，存在安全隐患",
        "交警支队",
        "2024年8月15日",
        "已增派警力疏导，正在施划临时停车泊位",
        "绿色",
        "未销号",
    ),
    (
        date(2024, 7, 18),
        "濮阳网",
        "老旧小区二次供水水箱长期未清洗",
        "自来水公司",
        "2024年7月25日",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "濮阳日报",
        "夜市烧烤摊点油烟直排扰民",
        "市场监管局",
        "3日内",
        "已约谈经营业户，加装油烟净化设施，经复查合格",
        "蓝色",
        "已销号",
    ),
]


def write_media(path: Path) -> Path:
    b = Book(path, author="263办")
    ws = b.sheet("报告表")
    b.widths(ws, [6, 12, 14, 34, 16, 16, 34, 8, 16])
    b.line(ws, 0, "2024年媒体曝光（举报）问题整改情况报告表", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区“263”专项行动办公室        填报日期：2024年7月31日", 8)
    b.line(
        ws,
        2,
        "等级说明：蓝色为曝光（举报）问题已整改完毕；绿色为正在有序推进；黄色为推进中有一定难度；"
        "红色为处理难度较大、短时间内难以完成。整改时限以交办单为准，自交办之日起计算。",
        8,
    )
    for c, word in enumerate(["序号", "交办日期", "曝光媒体", "曝光（举报）问题", "责任单位", "整改时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 8, "整改落实情况", b.head)
    b.header(ws, 4, ["调查处理情况", "等级", "销号情况"], first=6)
    colour = {"蓝色": b.blue, "绿色": b.green, "黄色": b.yellow, "红色": b.red}
    for i, row in enumerate(MEDIA_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6], colour.get(row[6], b.center))
        b.put(ws, r, 8, row[7])
    end = 5 + len(MEDIA_ROWS)
    b.line(ws, end + 1, "填表人：马晓燕        审核人：周立军        联系电话：0393-8186263", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 热线工作情况通报（抽查不满意工单、返工单）, after a district's 12345 hotline bulletin (【热线考核】 naming the units
# with 不满意工单 and 返工单; 表1 九月份抽查不满意工单 with 单位 / 工单内容 / 工单号 / 不满意原因):
# http://junshan.gov.cn/39828/42746/42748/content_1464161.html
# An .xlsx: title, the 【热线考核】 line naming units, two tables on one sheet each with its own caption and header
# (表1 不满意工单, 表2 返工单), 重办时限 in working days from the 重新交办 date, a 注 and the office at the foot.
REVISIT_ROWS = [
    (
        "教育局",
        "民办幼儿园擅自上调保育费",
        "2024071503",
        "承办单位未联系当事人",
        date(2024, 7, 16),
        "3个工作日内",
        "已联系当事人并上门说明收费核查结果，当事人表示满意",
    ),
    (
        "市公安局",
        "小区周边夜间聚众喧哗治安问题",
        "2024071822",
        "处理结果未解决实际问题",
        date(2024, 7, 19),
        "5个工作日内",
        "已增加夜间巡逻频次，正在跟踪处理",
    ),
    (
        "城关镇",
        "危房改造补助未发放到位",
        "2024072109",
        "承办单位未联系当事人",
        date(2024, 7, 22),
        "3个工作日内",
        "",
    ),
    (
        "交警支队",
        "车辆年审预约困难",
        "2024072316",
        "答复内容与诉求不符",
        date(2024, 7, 24),
        "5个工作日内",
        "未办理",
    ),
]
REWORK_ROWS = [
    (
        "人社局",
        "物流公司拖欠快递员工资",
        "2024070811",
        "办结时未核实企业支付情况",
        date(2024, 7, 10),
        "10个工作日内",
        "已督促企业足额支付拖欠工资，已办结",
    ),
    (
        "供电公司",
        "农村台区电压低空调无法启动",
        "2024071707",
        "答复“已处理”但问题依旧",
        date(2024, 7, 18),
        "7个工作日内",
        "正在更换台区变压器，预计8月初完成",
    ),
    (
        "医保局",
        "异地就医备案后结算仍按未备案比例报销",
        "2024072512",
        "承办单位逾期回复",
        date(2024, 7, 26),
        "3个工作日内",
        "已重新核算报销金额并反馈当事人",
    ),
]


def write_revisit(path: Path) -> Path:
    b = Book(path, author="热线办")
    ws = b.sheet("通报")
    b.widths(ws, [12, 34, 14, 24, 14, 14, 36])
    b.line(ws, 0, "濮阳县热线工作情况通报（2024年第七期）", 6, b.title)
    b.line(
        ws,
        1,
        "【热线考核】七月份抽查不满意工单的单位有：教育局、市公安局、城关镇、交警支队；"
        "有返工单的单位有：人社局、供电公司、医保局。",
        6,
    )
    b.line(ws, 3, "七月份抽查不满意工单整改情况（表1）", 6, b.section)
    b.header(ws, 4, ["单位", "工单内容", "工单号", "不满意原因", "重新交办日期", "重办时限", "重办情况"])
    for i, row in enumerate(REVISIT_ROWS):
        b.row(ws, 5 + i, list(row))
    r = 6 + len(REVISIT_ROWS)
    b.line(ws, r, "七月份返工单办理情况（表2）", 6, b.section)
    b.header(ws, r + 1, ["单位", "工单内容", "工单号", "返工原因", "返工日期", "办理时限", "办理情况"])
    for i, row in enumerate(REWORK_ROWS):
        b.row(ws, r + 2 + i, list(row))
    end = r + 2 + len(REWORK_ROWS)
    b.line(ws, end + 1, "注：重办时限、办理时限均自重新交办（返工）之日起按工作日计算。", 6)
    b.line(ws, end + 2, "濮阳县12345热线工作办公室        2024年7月31日", 6, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 自查问题整改工作台账, after a district office's published account of its rectification (整改工作台账 with
# 责任科室、责任人及整改时限, 定期填报; 立行立改 and 长期坚持 problems handled apart; 室务会 通报进度):
# https://www.szgm.gov.cn/gmzhbgs/gkmlpt/content/9/9613/post_9613914.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line with the date the problem list was issued, one header row,
# 问题类别 merged down its rows, the sending unit's own 科室 as the responsible sections, a 合计 row, signatures.
SELF_ROWS = [
    (
        "一、作风建设",
        [
            (
                "部分干部深入企业开展统计服务次数偏少",
                "制定联系企业服务计划，班子成员每月带队走访",
                "李国庆",
                "综合科",
                "王丽",
                "长期坚持",
                "已制定服务计划，按月开展走访",
            ),
            (
                "公文办理存在超时限现象",
                "建立公文办理督办提醒机制",
                "李国庆",
                "办公室",
                "赵静",
                "立行立改",
                "已建立督办台账，已完成",
            ),
            (
                "干部政治理论学习笔记敷衍应付",
                "开展学习笔记专项检查",
                "张海涛",
                "人事教育科",
                "孙芳",
                "2024年7月底前",
                "已组织检查，基本完成",
            ),
        ],
    ),
    (
        "二、制度执行",
        [
            (
                "公务接待审批单填写不完整",
                "规范接待审批流程，补全审批手续",
                "张海涛",
                "财务科",
                "刘洋",
                "2024年6月30日前",
                "已完成",
            ),
            (
                "固定资产账实不符，部分报废设备未及时核销",
                "开展资产全面清查，按程序核销",
                "张海涛",
                "财务科",
                "刘洋",
                "2024年8月底前",
                "正在清查，已完成办公设备盘点",
            ),
        ],
    ),
    (
        "三、业务工作",
        [
            (
                "统计执法“双随机”抽查比例未达到要求",
                "补充开展随机抽查",
                "陈卫东",
                "执法监督科",
                "高远",
                "2024年9月30日",
                "未启动",
            ),
            (
                "部分规上企业统计台账不规范",
                "开展统计业务培训和台账规范化指导",
                "陈卫东",
                "工业交通统计科",
                "何平",
                "2024年7月15日前",
                "举办培训班2期，已完成",
            ),
            (
                "个别统计数据逻辑错误未及时纠正",
                "建立数据审核三级复核制度",
                "陈卫东",
                "综合科",
                "王丽",
                "2024年10月底前",
                "",
            ),
        ],
    ),
]


def write_self_book(path: Path) -> Path:
    b = Book(path, author="市统计局办公室")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 30, 28, 10, 14, 8, 14, 26])
    b.line(ws, 0, "2024年机关作风自查问题整改工作台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市统计局（盖章）        自查问题清单印发日期：2024年6月14日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "存在问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "责任人",
            "整改时限",
            "整改进展",
        ],
    )
    r, n = 3, 0
    for category, rows in SELF_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "共8项，已完成3项，正在推进2项，长期坚持1项")
    b.line(ws, r + 2, "主要负责人：              填表人：赵静        联系电话：0393-8911520", 8)
    return b.close()


def write_self(path: Path) -> Path:
    return via_soffice(write_self_book, path, "xls", "机关作风自查问题整改工作台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 村级事务自查问题整改台账, after a page on what a village's 村务监督委员会台账 records (监督事项记录: 财务收支、
# 工程项目、土地使用; 问题反馈与整改情况, 跟踪整改进度; 群众意见收集):
# http://renwen.jjcmw.cn/jxfw/202507/453858.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (是否整改到位 over 是 / 否, ticked with √) with the 监督人 beside
# the 整改责任人, dates as text (2024.6.20, 7月底前), a 合计 row and two signature lines.
VILLAGE_ROWS = [
    (
        "财务收支",
        "5月份村务公开栏未公布财务收支明细",
        "杨秀兰",
        "村会计刘建华",
        "2024.6.20",
        "√",
        "",
        "已补充公开",
    ),
    ("财务收支", "村招待费白条入账2笔", "杨秀兰", "村会计刘建华", "2024.7.15", "", "√", "正在补办正规票据"),
    ("工程项目", "村内道路硬化工程未经村民代表会议表决", "王保国", "村主任李振东", "7月底前", "", "√", ""),
    (
        "工程项目",
        "排水沟工程验收资料不全",
        "王保国",
        "村文书张红梅",
        "2024.8.31",
        "",
        "",
        "已补充部分验收资料",
    ),
    (
        "土地使用",
        "集体机动地发包合同到期未重新公开发包",
        "王保国",
        "村主任李振东",
        "2024年9月底前",
        "",
        "",
        "",
    ),
    (
        "群众意见",
        "村民反映村卫生室开放时间不固定",
        "杨秀兰",
        "村委委员赵玉芝",
        "2024.6.30",
        "√",
        "",
        "已公示开放时间",
    ),
    (
        "群众意见",
        "村民反映低保评定结果未张榜公示",
        "杨秀兰",
        "村文书张红梅",
        "2024.6.25",
        "√",
        "",
        "已张榜公示7天",
    ),
]


def write_village(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "西街村2024年村级事务自查问题整改台账", t, 0, 9),
        (1, 0, "填报单位：濮阳县柳屯镇西街村民委员会（盖章）    自查时间：2024年6月18日", plain, 1, 9),
    ]
    words = ["序号", "监督事项", "发现问题", "监督人", "整改责任人", "整改时限"]
    for col, w in enumerate(words):
        cells.append((2, col, w, h, 3, col))
    cells += [
        (2, 6, "是否整改到位", h, 2, 7),
        (3, 6, "是", h),
        (3, 7, "否", h),
        (2, 8, "整改情况说明", h, 3, 9),
    ]
    for i, row in enumerate(VILLAGE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row[:7], 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 7) else c))
        cells.append((r, 8, row[7], c, r, 9))
    r = 4 + len(VILLAGE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共7项，整改到位3项", c, r, 9),
        (r + 2, 0, "村务监督委员会主任（签字）：杨秀兰        村委会主任（签字）：李振东", plain, r + 2, 9),
        (r + 3, 0, "填表日期：2024年7月30日", plain, r + 3, 9),
    ]
    return _write_xls(path, [("自查台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 市长信箱群众来信办理情况, after a city's monthly account of its 领导信箱 letters (收到群众来信N件, 已办结N件;
# 按办理类型 直办 / 转办, 转办类以转办工单形式要求联动部门落实处理; 按来信类别 咨询类 / 求助类):
# http://www.xiaoyi.gov.cn/zmhd/slfktj/202303/t20230306_1741666.shtml
# A CSV in GBK: title line, summary line, one header line with the 来信人 beside the 承办单位 and 办理时限 in working
# days from the 转办日期, a 合计 line and the office line.
LETTER_ROWS = [
    (
        "2024-07-02",
        "张先生",
        "求助类",
        "转办",
        "反映城东新区路灯不亮已一周",
        "城管执法局",
        "2024-07-03",
        "5个工作日",
        "已办结",
    ),
    (
        "2024-07-04",
        "李女士",
        "咨询类",
        "转办",
        "咨询灵活就业人员缴纳养老保险的政策",
        "市劳动局",
        "2024-07-05",
        "5个工作日",
        "已答复",
    ),
    (
        "2024-07-08",
        "王先生",
        "求助类",
        "转办",
        "反映小区地下车库雨季渗水",
        "住建局",
        "2024-07-09",
        "10个工作日",
        "办理中，已约谈物业企业制定维修方案",
    ),
    (
        "2024-07-10",
        "赵女士",
        "咨询类",
        "直办",
        "咨询新生儿医保参保办理流程",
        "市医疗保障局",
        "",
        "2024-07-11",
        "已核实后直接答复",
    ),
    (
        "2024-07-15",
        "孙先生",
        "求助类",
        "转办",
        "反映某建筑公司拖欠农民工工资3个月",
        "人社局",
        "2024-07-16",
        "5个工作日",
        "逾期未办",
    ),
    (
        "2024-07-18",
        "周女士",
        "求助类",
        "转办",
        "反映农村自来水水质浑浊有异味",
        "自来水公司",
        "2024-07-19",
        "5个工作日",
        "已办结，已冲洗管网并检测合格",
    ),
    (
        "2024-07-22",
        "吴先生",
        "咨询类",
        "转办",
        "咨询老旧小区加装电梯补贴申请条件",
        "市住建委",
        "2024-07-23",
        "5个工作日",
        "",
    ),
    (
        "2024-07-26",
        "郑先生",
        "求助类",
        "转办",
        "反映乡镇卫生院夜间无值班医生",
        "市卫生局",
        "2024-07-26",
        "10个工作日",
        "正在调查核实",
    ),
]


def write_letters(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份市长信箱群众来信办理情况"])
    w.writerow(
        [
            "7月份，市长信箱共收到群众来信8件，已办结4件。按办理类型统计，直办1件、转办7件；办理时限自转办之日起计算。"
        ]
    )
    w.writerow(
        [
            "序号",
            "来信日期",
            "来信人",
            "来信类别",
            "办理类型",
            "来信内容",
            "承办单位",
            "转办日期",
            "办理时限",
            "办理结果",
        ]
    )
    for i, row in enumerate(LETTER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共8件", "", "", "", "已办结4件"])
    w.writerow(["市长信箱办公室", "", "", "", "", "", "", "", "", "2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 巡察反馈意见整改进展情况表, after a district's report of a 巡察 feedback meeting to a state-owned development group
# (上级决策部署学习贯彻不到位、回应民生诉求不够有力、规范权力运行有待提升、招投标及采购领域管理不规范; 三个月集中整改期内
# 完成; 明确整改目标、时间节点和责任分工):
# http://www.webweby.com/jRXIlBHjoU/art/2025/10/15/art_1229214165_4502666.html
# A .docx: title, preamble giving the 反馈 date and the 集中整改期, one table with the four problem kinds as merged
# section rows, the group's own 部门 as 责任部门, 立行立改 and 集中整改期内 as deadlines, the Party committee at the foot.
SOE_ROWS: list[tuple[str, list[tuple[str, ...]]]] = [
    (
        "一、上级决策部署学习贯彻不到位",
        [
            (
                "党委理论学习中心组学习研讨流于形式",
                "修订中心组学习制度，每季度开展专题研讨",
                "王建伟",
                "党群工作部",
                "集中整改期内",
                "已修订中心组学习制度并组织专题研讨2次，已完成",
            ),
            (
                "落实城市更新决策部署进度滞后",
                "倒排工期，挂图作战",
                "刘振华",
                "工程管理部",
                "2024年12月底前",
                "正在推进，3个片区已开工",
            ),
        ],
    ),
    (
        "二、回应民生诉求不够有力",
        [
            (
                "安置房项目交付后房屋渗漏问题维修不及时",
                "成立维修专班，逐户排查维修",
                "刘振华",
                "工程管理部",
                "2024年7月20日",
                "已全部完成维修（共132户），经回访业主满意",
            ),
            (
                "小区配套幼儿园迟迟未开办",
                "与教育部门对接移交事宜",
                "陈晓东",
                "资产运营部",
                "2024年9月1日前",
                "正在与教育部门协调移交",
            ),
        ],
    ),
    (
        "三、规范权力运行有待提升",
        [
            (
                "“三重一大”事项未严格履行集体决策程序",
                "修订“三重一大”决策制度实施办法",
                "王建伟",
                "办公室",
                "长期坚持",
                "长期坚持，每季度开展一次执行情况检查",
            ),
            (
                "公务用车使用登记不规范",
                "规范派车单和行车登记",
                "王建伟",
                "办公室",
                "立行立改",
                "已整改",
            ),
        ],
    ),
    (
        "四、招投标及采购领域管理不规范",
        [
            (
                "部分工程项目化整为零规避公开招标",
                "开展近三年工程项目招标专项清理",
                "陈晓东",
                "招标采购部",
                "2024年8月9日前",
                "尚未启动专项清理",
            ),
            (
                "采购询价记录不完整",
                "完善询价采购流程和记录模板",
                "陈晓东",
                "招标采购部",
                "2024年6月30日前",
                "",
            ),
        ],
    ),
]


def write_soe(path: Path) -> Path:
    doc = _new_document("集团党群工作部")
    _title(doc, "濮阳市城市建设投资集团有限公司关于市委第二巡察组反馈意见整改进展情况表", 18)
    _paragraph(
        doc,
        "2024年5月10日，市委第二巡察组向集团党委反馈了巡察意见。按照三个月集中整改期"
        "（2024年5月10日至8月9日）的要求，集团党委明确整改目标、时间节点和责任分工，现将截至7月底的整改进展报告如下：",
        12,
    )
    body: list[list[str] | str] = []
    n = 0
    for section, rows in SOE_ROWS:
        body.append(section)
        for row in rows:
            n += 1
            body.append([str(n), *row])
    _table(doc, ["序号", "反馈问题", "整改措施", "责任领导", "责任部门", "完成时限", "整改进展"], body)
    _paragraph(doc, "中共濮阳市城市建设投资集团有限公司委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 执法检查发现问题整改情况的报告, after a page on the revised 监督法's chapter on 执法检查 (执法检查报告及审议意见
# 交本级人民政府研究处理; 法律实施主管部门对执法检查中发现问题的整改及其有关情况的反馈报告; 在决议规定的期限内报告):
# http://yzdb.cn/html/202536102912.html
# A .doc (Word 97 via LibreOffice): the government's report to the 人大常委会, items as numbered paragraphs under
# three headings, each naming the 检查组 that found it, the 责任单位, 整改时限 and 整改情况 (one without).
LAW_PARAS = [
    (
        "一、食品生产加工环节",
        [
            "（一）部分食品小作坊登记备案覆盖不全，存在无证生产现象（第一检查组发现）。责任单位：市市场监管局。"
            "整改时限：2024年9月30日前。整改情况：已开展专项排查，备案率提升至92%，正在推进。",
            "（二）畜禽屠宰企业检疫记录不规范（第二检查组发现）。责任单位：市农业局。整改时限：2024年7月15日。"
            "整改情况：已整改，经复查合格。",
        ],
    ),
    (
        "二、餐饮服务环节",
        [
            "（三）学校食堂“明厨亮灶”覆盖率不足（第一检查组发现）。责任单位：市教育局。整改时限：2024年8月底前。"
            "整改情况：已完成，全市中小学食堂“明厨亮灶”实现全覆盖。",
            "（四）餐饮服务从业人员健康证持证率偏低（第三检查组发现）。责任单位：市卫计委。整改时限：2024年9月底前。"
            "整改情况：尚未启动。",
            "（五）网络订餐第三方平台入网审查不严（第三检查组发现）。责任单位：市工商局。整改时限：长期坚持。"
            "整改情况：常态化推进网络订餐监测。",
        ],
    ),
    (
        "三、农产品质量安全和普法宣传",
        [
            "（六）食用农产品农药残留快检覆盖面不够（第二检查组发现）。责任单位：市农业农村局。"
            "整改时限：2024年12月31日。整改情况：正在扩大快检点位，已新增快检室12个。",
            "（七）食品安全法普法宣传进社区、进农村覆盖面不广（第一检查组发现）。责任单位：市司法局。"
            "整改时限：2024年6月底前。",
        ],
    ),
]


def write_law_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于《中华人民共和国食品安全法》执法检查发现问题整改情况的报告")
    _paragraph(doc, "市人大常委会：")
    _paragraph(
        doc,
        "2024年5月，市人大常委会执法检查组对全市贯彻实施《中华人民共和国食品安全法》情况进行了检查。"
        "市政府高度重视，将执法检查报告及审议意见交有关部门研究处理。现将发现问题的整改情况报告如下：",
    )
    for heading, paras in LAW_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_law(path: Path) -> Path:
    return via_soffice(write_law_docx, path, "doc", "食品安全法执法检查发现问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 政协民主监督小组监督意见落实情况汇总表, after a district 政协's account of its 民主监督小组 (以专委会为依托, 委员任
# 小组长, 与派驻部门沟通; 监督联系卡、重点走访、专题会议、跟踪督办; 特种设备安全监管、文化市场管理、大学区管理制、社区卫生
# 服务、东大街综合改造):
# http://sxamj.org.cn/lilunyanjiul/1450.html
# An .ods (LibreOffice conversion): title, 填报单位 line, 说明 line, one header row with the 监督小组 and 监督员 (the
# members who raised the opinion) beside the 派驻部门 that carries it out, a 填表人 line.
CPPCC_ROWS = [
    (
        "第一监督小组",
        "张建国、刘敏",
        "市场监管局",
        "特种设备安全监管存在电梯定期检验超期现象",
        "开展电梯检验超期专项清理",
        "已完成全市电梯检验超期情况清理，已整改",
        "2024年6月30日",
    ),
    (
        "第二监督小组",
        "李红",
        "市文广新局",
        "网吧等文化市场接纳未成年人检查频次不足",
        "联合公安开展专项检查",
        "已开展联合检查2次，正在持续推进",
        "2024年9月30日",
    ),
    (
        "第三监督小组",
        "王志",
        "市卫计委",
        "社区家庭医生签约服务履约率不高",
        "完善签约服务考核办法",
        "正在协调医保部门完善签约服务包",
        "2024年第四季度",
    ),
    (
        "第四监督小组",
        "赵丽",
        "教育局",
        "大学区管理制运行中优质师资流动不足",
        "建立学区内教师交流轮岗机制",
        "长期坚持",
        "长期坚持",
    ),
    (
        "第五监督小组",
        "陈刚",
        "城管局",
        "东大街综合改造工程施工围挡占道时间过长",
        "督促施工单位分段施工、缩短占道时间",
        "未启动",
        "2024年8月15日",
    ),
    (
        "第六监督小组",
        "孙伟",
        "交通运输局",
        "城乡公交线路末班车发车时间过早",
        "优化城乡公交运营时刻表",
        "",
        "2024年10月底前",
    ),
    (
        "第一监督小组",
        "张建国",
        "市行政服务中心",
        "政务服务大厅午间不打烊服务群众知晓率低",
        "在大厅和公众号公示服务时间",
        "已在大厅设置公示牌并在公众号发布，已完成",
        "2024.7.10",
    ),
]


def write_cppcc_book(path: Path) -> Path:
    b = Book(path, author="政协提案委")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 14, 14, 16, 34, 28, 32, 16])
    b.line(ws, 0, "2024年政协民主监督小组监督意见落实情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：市政协提案委员会办公室        截止日期：2024年7月31日", 7)
    b.line(
        ws,
        2,
        "说明：各民主监督小组通过发放监督联系卡、重点走访、专题会议等形式向派驻部门提出监督意见，"
        "派驻部门负责落实并反馈落实情况。",
        7,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "民主监督小组",
            "监督员（委员）",
            "派驻部门（落实单位）",
            "监督意见",
            "落实措施",
            "落实情况",
            "完成时限",
        ],
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(CPPCC_ROWS), "填表人：韩雪        联系电话：0393-8992306", 7)
    return b.close()


def write_cppcc(path: Path) -> Path:
    via_soffice(write_cppcc_book, path, "ods", "政协民主监督小组监督意见落实情况汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 重点工作及责任清单推进情况, after a county 开发区's published 2025年开发区重点工作及责任清单 (序号 / 重点工作 / 责任领导 /
# 责任单位 / 完成时限; “重点项目直通车”“项目管家”, 盘活僵尸企业和存量土地, 污水处理厂及管网, 纬六路以北地块配套):
# https://www.ahhuoshan.gov.cn/public/6598161/37968314.html
# An .xlsx: the 管委会 named only in the title, the source's five columns plus a two-row 推进情况 header
# (进展情况 / 完成状态), the zone's own 部 and 办 as 责任单位, a 注 line.
ZONE_ROWS = [
    (
        "优化“重点项目直通车”工作机制，落实重点项目“项目管家”制度",
        "叶志强",
        "招商工作部、安商工作部",
        "2024年12月底前",
        "已为38个重点项目配备项目管家",
        "推进中",
    ),
    (
        "推动工业用地“腾笼换鸟”，盘活僵尸企业10家、存量土地400亩",
        "马振明",
        "改革办",
        "2024年11月30日",
        "已盘活僵尸企业4家、土地160亩",
        "推进中",
    ),
    (
        "加快推进开发区污水处理厂提标改造项目",
        "张云峰",
        "规划建设部",
        "2024年6月底前",
        "已完成主体工程并通水运行",
        "已完成",
    ),
    (
        "完成纬六路以北地块水电气路网等基础设施配套",
        "张云峰",
        "规划建设部",
        "2024年第三季度",
        "尚未开工",
        "未启动",
    ),
    (
        "深入开展安全生产治本攻坚三年行动",
        "李卫民",
        "安全生产监督管理部",
        "2024-2026年",
        "按年度计划推进，已完成企业隐患排查126家",
        "推进中",
    ),
    (
        "建立企业诉求“一站式”受理平台",
        "叶志强",
        "企业服务中心",
        "2024年5月31日",
        "平台已上线运行",
        "已完成",
    ),
    ("修订完善园区“双招双引”考核办法", "马振明", "经济发展部", "2024年8月15日", "", ""),
    (
        "落实干部作风建设常态化督查",
        "李卫民",
        "党政办公室",
        "长期坚持",
        "每月开展一次作风督查",
        "长期坚持",
    ),
]


def write_zone(path: Path) -> Path:
    b = Book(path, author="党政办")
    ws = b.sheet("责任清单")
    b.widths(ws, [6, 44, 10, 20, 16, 32, 10])
    b.line(ws, 0, "濮阳经济技术开发区管理委员会2024年重点工作及责任清单推进情况", 6, b.title)
    b.line(ws, 1, "（截至2024年7月31日）", 6, b.right)
    for c, word in enumerate(["序号", "重点工作", "责任领导", "责任单位", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "推进情况", b.head)
    b.header(ws, 3, ["进展情况", "完成状态"], first=5)
    for i, row in enumerate(ZONE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ZONE_ROWS)
    b.line(ws, end, "注：责任单位有两个及以上的，第一个为牵头单位。", 6)
    b.line(ws, end + 1, "填报人：石磊        联系电话：0393-4410086", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 督察整改通知书反馈表 from two units, after a city's 督察工作 rules (督察整改（催办）通知书; 按照“谁交办向谁反馈”;
# 注明办理时限的按期报告办理结果, 未注明时限的在15天内报告办理结果):
# http://www.fymate.com/html/text/lar/173421/17342111_1.html
# A .zip of two returns: an .xlsx from a town (its own 股室 as sections) and a .docx from a unit writing its former
# name in its 填报单位 line (its own 科 as sections); both with the 督察人员 beside, 督察日期 and 通知书下达日期 as
# events, 整改时限 either a date or 15日内 from the 通知书下达日期.
TOWN_ROWS = [
    (
        date(2024, 7, 3),
        "刘伟、王芳",
        "镇区主干道两侧违规设置户外广告牌",
        "城建办",
        date(2024, 7, 5),
        "15日内",
        "已全部拆除，经督察室复查合格",
    ),
    (
        date(2024, 7, 3),
        "刘伟、王芳",
        "高标准农田建设项目进度滞后",
        "农业服务中心",
        date(2024, 7, 5),
        "2024年9月30日",
        "正在加快施工，已完成工程量65%",
    ),
    (
        date(2024, 7, 4),
        "刘伟、王芳",
        "矛盾纠纷排查台账更新不及时",
        "综治中心",
        date(2024, 7, 5),
        "15日内",
        "",
    ),
    (
        date(2024, 7, 4),
        "刘伟、王芳",
        "背街小巷垃圾桶破损缺失",
        "城建办",
        date(2024, 7, 5),
        "2024年7月15日",
        "未整改",
    ),
]
WATER_ROWS = [
    (
        "2024-07-08",
        "张敏、李强",
        "河道管理范围内违规堆放砂石",
        "河湖科",
        "2024-07-09",
        "15日内",
        "已清理完毕，已销号",
    ),
    (
        "2024-07-08",
        "张敏、李强",
        "防汛物资仓库物资台账与实物不符",
        "水旱灾害防御科",
        "2024-07-09",
        "2024年7月12日",
        "已整改",
    ),
    (
        "2024-07-10",
        "张敏、李强",
        "取水许可证过期企业未及时清理",
        "水资源科",
        "2024-07-11",
        "2024年8月31日",
        "正在逐户核查",
    ),
    (
        "2024-07-10",
        "张敏、李强",
        "农村饮水安全工程水质检测频次不足",
        "农村水利科",
        "2024-07-11",
        "15日内",
        "尚未开展检测",
    ),
]
INSPECT_HEAD = [
    "序号",
    "督察日期",
    "督察人员",
    "发现问题",
    "责任股室",
    "通知书下达日期",
    "整改时限",
    "办理结果",
]
INSPECT_NOTE = (
    "根据市政府督察室《督察整改通知书》（濮督改〔2024〕7号）要求，注明办理时限的按期报告办理结果，"
    "未注明时限的自通知书下达之日起15日内报告办理结果。"
)


def write_town_book(path: Path) -> Path:
    b = Book(path, author="城关镇党政办")
    ws = b.sheet("反馈表")
    b.widths(ws, [6, 12, 12, 34, 14, 14, 16, 32])
    b.line(ws, 0, "督察整改通知书反馈表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县城关镇人民政府（盖章）        反馈日期：2024年7月29日", 7)
    b.line(ws, 2, INSPECT_NOTE, 7)
    b.header(ws, 3, INSPECT_HEAD)
    for i, row in enumerate(TOWN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(TOWN_ROWS), "分管领导：              经办人：郭亮        联系电话：0393-3221456", 7)
    return b.close()


def write_water_doc(path: Path) -> Path:
    doc = _new_document("水务局办公室")
    _title(doc, "督察整改通知书反馈表", 18)
    _paragraph(doc, "填报单位：濮阳市水务局        反馈日期：2024年7月30日", 12)
    _paragraph(doc, INSPECT_NOTE, 12)
    body = [[str(i), *row] for i, row in enumerate(WATER_ROWS, 1)]
    _table(doc, INSPECT_HEAD[:4] + ["责任科室"] + INSPECT_HEAD[5:], body)
    _paragraph(doc, "经办人：任晓峰        联系电话：0393-4412108", 12)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    members = [
        ("督察整改通知书反馈表（城关镇）.xlsx", write_town_book),
        ("督察整改通知书反馈表（市水务局）.docx", write_water_doc),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 巡视整改任务推进台账, after a medical college's account of its 巡视整改工作调度会 (整改责任单位; 各牵头部门对照时间
# 节点落实整改举措; 一条一条对账销号; 清单式管理、项目化推进; 完善台账; 巡改办调度通报):
# https://www.wnmc.edu.cn/info/1711/725811.htm
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with 牵头部门 and 配合部门 (the college's own
# offices), a schedule text as 时间节点, a 销号情况 column, the 巡改办 at the foot.
COLLEGE_ROWS = [
    (
        "落实意识形态工作责任制不到位",
        "修订意识形态工作责任制实施细则",
        "党委宣传部",
        "各二级学院",
        "2024年6月30日前",
        "已修订实施细则并印发",
        "已销号",
    ),
    (
        "基层党支部“三会一课”记录不规范",
        "开展支部工作台账专项检查",
        "组织部",
        "各党总支",
        "2024年9月底前",
        "正在开展支部台账专项检查",
        "未销号",
    ),
    (
        "科研经费报销票据不规范",
        "清理近三年科研经费报销票据",
        "财务处",
        "科研处",
        "3月底前完成自查，7月底前完成整改",
        "已完成自查，正在清退违规报销款项",
        "未销号",
    ),
    (
        "新校区基建项目工程变更审批不严",
        "修订工程变更管理办法，复核已变更项目",
        "基建处",
        "审计处",
        "2024年12月31日",
        "未启动",
        "",
    ),
    (
        "公用房屋出租未履行审批程序",
        "收回违规出租房屋，规范审批",
        "资产管理处",
        "后勤管理处",
        "2024年7月15日",
        "已收回违规出租房屋3处",
        "已销号",
    ),
    (
        "学生顶岗实习管理制度执行不严",
        "落实实习巡查和带教老师责任",
        "教务处",
        "学生工作处",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "校内巡察整改“回头看”不到位",
        "组织专项督查复核",
        "纪委办公室",
        "党委巡察办",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_college_docx(path: Path) -> Path:
    doc = _new_document("巡改办")
    _title(doc, "2024年巡视整改任务推进台账", 18)
    _paragraph(doc, "填报单位：濮阳医学高等专科学校        填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(COLLEGE_ROWS, 1)]
    _table(
        doc,
        ["序号", "反馈问题", "整改任务", "牵头部门", "配合部门", "时间节点", "整改进展", "销号情况"],
        body,
    )
    _paragraph(doc, "学校巡视整改工作领导小组办公室（巡改办）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    return via_soffice(write_college_docx, path, "doc", "巡视整改任务推进台账.docx")


FILES = [
    ("2024年媒体曝光（举报）问题整改情况报告表.xlsx", write_media),
    ("热线工作情况通报（2024年第七期）.xlsx", write_revisit),
    ("市统计局机关作风自查问题整改工作台账.et", write_self),
    ("西街村村级事务自查问题整改台账.xls", write_village),
    ("2024年7月份市长信箱群众来信办理情况.csv", write_letters),
    ("城投集团巡察反馈意见整改进展情况表.docx", write_soe),
    ("食品安全法执法检查发现问题整改情况的报告.doc", write_law),
    ("政协民主监督小组监督意见落实情况汇总表.ods", write_cppcc),
    ("开发区2024年重点工作及责任清单推进情况.xlsx", write_zone),
    ("督察整改通知书反馈表（两家单位）.zip", write_inspect),
    ("濮阳医专巡视整改任务推进台账.wps", write_college),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

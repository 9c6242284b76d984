"""Write the dev31 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods (LibreOffice conversion), a CSV in GBK, a
tab-separated text in UTF-16, a .docx of registration cards, a .doc form with numbered paragraphs (LibreOffice)
and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev31.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 交通运输投诉工单办理情况, after an EOMS work-order list exported with displaytag (工单流水号, 工单主题,
# 受理时限, 处理时限, 工单状态):
# https://github.com/Docrong/GGR/blob/3b13fdd7e617fa534901aadec9020d3f90134dc9/workspaceHB/eoms35/WebContent/WEB-INF/pages/wfworksheet/bureaudataUpdate/adminlist.jsp
# A CSV in GBK: an export title line, one header row, 处理时限 as a timestamp (one as 10个工作日内 from 受理时间),
# the 承办单位 beside the work order, 工单状态 words.
ORDER_ROWS = [
    (
        "GD2024070301",
        "12路公交车在胜利路站不停靠，乘客反映多次甩站",
        "市众意公交公司",
        "2024-07-03 09:20:11",
        "2024-07-10 18:00:00",
        "已办结",
        "已约谈驾驶员并扣减当月考核分，回访满意",
    ),
    (
        "GD2024070517",
        "绿城路与京开大道交叉口信号灯配时不合理，早高峰拥堵",
        "市交警支队",
        "2024-07-05 10:02:45",
        "2024-07-19 18:00:00",
        "处理中",
        "已现场测量车流，配时方案待专家论证",
    ),
    (
        "GD2024070822",
        "出租车司机拒载前往高铁站的乘客",
        "市交通运输局",
        "2024-07-08 15:33:09",
        "2024-07-15 18:00:00",
        "已反馈",
        "已查实并对驾驶员处罚，结果已反馈来电人",
    ),
    (
        "GD2024071104",
        "开州路公交站台顶棚破损漏雨",
        "市众意公交公司",
        "2024-07-11 08:47:30",
        "2024-08-10 18:00:00",
        "处理中",
        "顶棚材料已采购，计划8月上旬更换",
    ),
    (
        "GD2024071509",
        "长庆路货车夜间超速行驶噪声扰民",
        "市公安局交通管理支队",
        "2024-07-15 09:12:00",
        "10个工作日内",
        "未处理",
        "",
    ),
    (
        "GD2024071811",
        "网约车平台车辆未取得运输证即接单",
        "市交通运输局",
        "2024-07-18 14:05:26",
        "2024-07-25 18:00:00",
        "逾期未办",
        "尚未开展核查",
    ),
    (
        "GD2024072203",
        "5路公交末班车提前发车，乘客滞留",
        "市众意公交公司",
        "2024-07-22 21:40:02",
        "2024-07-29 18:00:00",
        "已办结",
        "已调整末班车发车时刻并张贴公告",
    ),
]


def write_orders(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["交通运输服务投诉工单办理情况导出（2024年7月1日至7月31日）"])
    w.writerow(["工单流水号", "工单主题", "承办单位", "受理时间", "处理时限", "工单状态", "办理结果"])
    for row in ORDER_ROWS:
        w.writerow(row)
    w.writerow(["共7条"])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 食品生产企业双随机抽查发现问题整改清单, after a 双随机抽查 抽查事项清单 page (序号, 抽查事项名称, 抽查依据,
# 抽查主体, 抽查对象, 抽查比例, 抽查次数, 抽查方式, 抽查内容及要求, 备注; 序号 and 依据 merged over two rows):
# https://github.com/GuanzhouSong/ZhejiangMicroEnt/blob/b2e194a95dfbf68806367fdb19ffc8f8a2cc6f10/src/main/webapp/WEB-INF/views/page/temp/temp2017-11-13/02.jsp
# Title, 填报单位 line, one header row; 序号, 抽查事项名称, 抽查依据 and 抽查主体 (the inspector) merged over the
# rows of one 事项; the 抽查对象 is the company that corrects; 整改时限 as text.
SPOT_GROUPS = [
    (
        "获证食品生产企业监管",
        "《食品安全法》《食品生产经营日常监督检查管理办法》",
        "市市场监管局食品生产安全监督管理科",
        [
            (
                "濮阳市金堤面业有限公司",
                "原料仓库未分区存放，面粉与清洁剂混放",
                "2024.8.15",
                "已整改，原料库重新分区划线，7月20日复查合格",
            ),
            (
                "濮阳市开州酱菜厂",
                "生产记录缺失6月份出厂检验报告",
                "2024年8月底前",
                "正在补齐检验记录，已送检2批次",
            ),
        ],
    ),
    (
        "获证食品添加剂生产企业监督",
        "《食品安全法》第一百零九条",
        "华龙区市场监督管理局",
        [
            ("濮阳市华源食品添加剂有限公司", "复配添加剂标签未标注各单一品种含量", "9月30日前", "未整改"),
        ],
    ),
    (
        "保健食品生产企业证后监督",
        "《食品生产经营日常监督检查管理办法》相关规定",
        "市市场监管局特殊食品安全监督管理科",
        [
            (
                "濮阳市康尔健生物科技有限公司",
                "洁净车间压差计未校准，记录不连续",
                "2024.7.25",
                "已完成校准，记录已连续填写",
            ),
            (
                "濮阳市百草园保健品有限公司",
                "委托生产合同已过期仍在生产",
                "2024年8月10日前",
                "已与受托方重新签订合同，正在办理备案变更",
            ),
            ("濮阳市绿源蜂业有限公司", "留样室温度超标，未安装温控设备", "2024年9月底前", ""),
        ],
    ),
    (
        "食品小作坊监督检查",
        "《河南省食品小作坊、小经营店和小摊点管理条例》",
        "清丰县市场监督管理局",
        [
            (
                "清丰县老张家豆腐坊",
                "从业人员未持有效健康证明上岗",
                "2024.7.20",
                "已组织3名从业人员体检并取得健康证明",
            ),
        ],
    ),
]


def write_spot(path: Path) -> Path:
    b = Book(path, "scjg")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 18, 24, 20, 24, 34, 14, 30, 8])
    ws.merge_range(0, 0, 0, 8, "2024年食品生产企业双随机抽查发现问题整改清单", b.title)
    b.line(ws, 1, "填报单位：市市场监督管理局（盖章）                填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "抽查事项名称",
            "抽查依据",
            "抽查主体",
            "抽查对象",
            "发现问题",
            "整改时限",
            "整改情况",
            "备注",
        ],
    )
    r = 3
    for n, (name, basis, subject, rows) in enumerate(SPOT_GROUPS, start=1):
        last = r + len(rows) - 1
        b.merge(ws, r, 0, last, 0, n, b.center)
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 2, last, 2, basis)
        b.merge(ws, r, 3, last, 3, subject)
        for company, problem, limit, progress in rows:
            b.row(ws, r, [company, problem, limit, progress, ""], first=4)
            r += 1
    b.line(ws, r + 1, "注：抽查主体为实施检查的单位，整改由抽查对象负责，属地市场监管部门跟踪复查。", 8)
    b.line(ws, r + 2, "填表人：李敏        审核人：赵国强        联系电话：0393-8991234", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 受理举报投诉登记表（作风问题）, after a 督察 system's printable 受理举报投诉登记表 (编号, 受理时间, 督察单位,
# 督察民警; 投诉人; 被投诉人: 涉及人员, 问题类别, 涉及单位; 反映问题及要求; 领导批示; 查办结果; 回访意见, 查结时间;
# 处理分类; 备注):
# https://github.com/luckylijg/HDPolice/blob/c67045721e1d9acb2d8023e4876fcd72cafc718d/workspace/hd/hddc2013/WebRoot/manage/complaint/complaint_view.jsp
# A .docx of one registration card (a table) per complaint; 督察单位/督察民警 are the inspectors, 涉及单位 the unit;
# the deadline is inside the 领导批示; 查结时间 a completion date.
CARDS = [
    (
        "ZF2024-031",
        "2024年6月3日",
        "市纪委监委第三监督检查室",
        "王磊",
        "市不动产登记中心",
        "工作作风",
        "群众反映办理二手房转移登记时窗口人员推诿，要求补交与业务无关的材料",
        "请于2024年6月30日前查结并反馈",
        "已查实，对窗口人员批评教育并调整岗位，已办结",
        "2024年6月25日",
        "查实",
    ),
    (
        "ZF2024-034",
        "2024年6月12日",
        "市纪委监委第三监督检查室",
        "刘畅",
        "市人社局",
        "服务态度",
        "反映社保卡补办窗口工作人员上班时间长时间离岗",
        "请于2024年7月15日前查结",
        "正在调取监控核实离岗时段",
        "",
        "",
    ),
    (
        "ZF2024-037",
        "2024年6月20日",
        "市委作风办督查组",
        "陈静",
        "市住房公积金管理中心",
        "办事效率",
        "公积金提取审批超过承诺时限10个工作日仍未办结",
        "请于2024年8月10日前查结",
        "已查实，正在督促办理涉事审批并修订审批时限管理制度",
        "",
        "查实",
    ),
    (
        "ZF2024-040",
        "2024年7月2日",
        "市委作风办督查组",
        "张帆",
        "市行政服务中心",
        "工作纪律",
        "企业开办专区工作人员上班时间玩手机游戏",
        "请于2024年7月31日前查结",
        "已查实，对2名工作人员通报批评，已办结",
        "2024年7月18日",
        "查实",
    ),
    (
        "ZF2024-043",
        "2024年7月9日",
        "市纪委监委第三监督检查室",
        "王磊",
        "市医疗保障局",
        "办事效率",
        "异地就医备案线上申请提交后两周无人审核",
        "请于2024年8月31日前查结",
        "",
        "",
        "",
    ),
    (
        "ZF2024-046",
        "2024年7月16日",
        "市委作风办督查组",
        "陈静",
        "市交警支队",
        "吃拿卡要",
        "车管所外围黄牛与工作人员勾连代办业务收取好处费",
        "请于2024年9月15日前查结",
        "已移交市公安局纪委调查",
        "",
        "",
    ),
]


def _card(doc, card, n: int) -> None:
    sno, when, office, officer, unit, sort, question, order, result, closed, verdict = card
    _paragraph(doc, f"受理举报投诉登记表（{n}）", 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    pairs = [
        ("编号", sno, "受理时间", when),
        ("督察单位", office, "督察民警", officer),
        ("涉及单位", unit, "问题类别", sort),
    ]
    for r, (a, b, c, d) in enumerate(pairs):
        for col, v in enumerate((a, b, c, d)):
            _cell_text(t.cell(r, col), v, bold=col in (0, 2))
    long_rows = [("反映问题及要求", question), ("领导批示", order), ("查办结果", result)]
    for r, (label, v) in enumerate(long_rows, start=3):
        _cell_text(t.cell(r, 0), label, bold=True)
        merged = t.cell(r, 1).merge(t.cell(r, 3))
        _cell_text(merged, v)
    _cell_text(t.cell(6, 0), "查结时间", bold=True)
    _cell_text(t.cell(6, 1), closed)
    _cell_text(t.cell(6, 2), "查实/查否", bold=True)
    _cell_text(t.cell(6, 3), verdict)
    _cell_text(t.cell(7, 0), "备注", bold=True)
    _cell_text(t.cell(7, 1).merge(t.cell(7, 3)), "")
    doc.add_paragraph()


def write_cards(path: Path) -> Path:
    doc = _new_document("zfb")
    _title(doc, "2024年第二季度以来作风问题举报投诉受理查办情况")
    _paragraph(doc, "报送单位：市委作风建设办公室        统计截至：2024年7月31日", 12)
    for n, card in enumerate(CARDS, start=1):
        _card(doc, card, n)
    _paragraph(doc, "填表人：周宁    审核人：马骏    联系电话：0393-8667021    2024年7月31日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 市政设施 and 老旧小区 巡检问题工单 (two returns in a zip), after a 网络资源巡检 待办工单 list (派单开始/结束时间,
# 地市, 工单号, 工单名称, 区县, 资源类型, 问题类型, 专业; a two-row header with 主要工程量 and 项目描述 over their
# columns):
# https://github.com/HypoLe/partner/blob/5b0355b4bac911e2255c37434d7633e978b98241/web/WEB-INF/pages/partner/activiti/netResInspect/backlogList.jsp
# Each member: title naming the sending unit only (the rows name its sections), a query line, a two-row header
# with 项目描述 merged over 问题现状/处理主要内容; 处理时限 as dates or text; the second from the 建设局 (former
# name of the 住房和城乡建设局).
PATROL_RETURNS = [
    (
        "市城市管理局",
        "市城管局2024年7月市政设施巡检问题工单处理情况.xlsx",
        "市城管局2024年7月市政设施巡检问题工单处理情况",
        [
            (
                "XJ-0701",
                "人民路排水",
                "华龙区",
                "排水设施",
                "雨水篦子缺失",
                "市政设施管理科",
                "人民路与建设街口雨水篦子缺失2处，存在行人跌落隐患",
                "已更换球墨铸铁篦子",
                date(2024, 7, 10),
                "已办结",
            ),
            (
                "XJ-0705",
                "黄河路照明",
                "华龙区",
                "路灯",
                "路灯不亮",
                "路灯管理所",
                "黄河路中段连续8盏路灯夜间不亮",
                "已排查为电缆被盗，正在重新敷设",
                date(2024, 8, 5),
                "处理中",
            ),
            (
                "XJ-0712",
                "京开大道人行道",
                "开发区",
                "道路",
                "人行道板破损",
                "市政设施管理科",
                "京开大道西侧人行道板松动破损约120平方米",
                "",
                "2024年8月底",
                "未处理",
            ),
            (
                "XJ-0718",
                "中原路桥梁",
                "华龙区",
                "桥梁",
                "栏杆锈蚀",
                "桥梁管理所",
                "中原路跨马颊河桥栏杆锈蚀断裂3处",
                "已临时加固，除锈刷漆已完成，验收合格",
                date(2024, 7, 28),
                "已办结",
            ),
        ],
    ),
    (
        "市住房和城乡建设局",
        "市建设局老旧小区改造巡检问题工单（7月）.xlsx",
        "市建设局2024年7月老旧小区改造项目巡检问题工单",
        [
            (
                "LG-0703",
                "化工小区改造",
                "华龙区",
                "外墙保温",
                "施工质量",
                "城建科",
                "化工小区3号楼外墙保温板空鼓脱落",
                "施工单位已返工，正在养护",
                "2024年8月15日",
                "处理中",
            ),
            (
                "LG-0709",
                "油田八号院改造",
                "华龙区",
                "雨污分流",
                "进度滞后",
                "城建科",
                "油田八号院雨污分流管网未按计划开工",
                "尚未启动",
                "2024年9月30日",
                "未处理",
            ),
            (
                "LG-0715",
                "建业小区改造",
                "开发区",
                "安全文明施工",
                "安全隐患",
                "质量安全监督站",
                "建业小区施工区域未设置围挡，材料占用消防通道",
                "已设置围挡并清理通道",
                date(2024, 7, 20),
                "已办结",
            ),
            (
                "LG-0721",
                "胜利小区改造",
                "华龙区",
                "加装电梯",
                "群众投诉",
                "物业管理科",
                "胜利小区加装电梯施工夜间噪声扰民",
                "已协调施工单位调整作业时间",
                "2024年7月底",
                "处理中",
            ),
        ],
    ),
]


def write_patrol_book(path: Path, title: str, rows: list[tuple]) -> Path:
    b = Book(path, "Administrator")
    ws = b.sheet("待办工单")
    b.widths(ws, [10, 14, 8, 12, 12, 14, 36, 30, 14, 10])
    ws.merge_range(0, 0, 0, 9, title, b.title)
    b.line(ws, 1, "派单开始时间：2024-07-01    派单结束时间：2024-07-31    地市：濮阳市", 9)
    heads = ["工单号", "工单名称", "区县", "资源类型", "问题类型", "专业（责任科室）"]
    for c, word in enumerate(heads):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 6, 2, 7, "项目描述", b.head)
    b.header(ws, 3, ["问题现状", "处理主要内容"], first=6)
    ws.merge_range(2, 8, 3, 8, "处理时限", b.head)
    ws.merge_range(2, 9, 3, 9, "当前状态", b.head)
    for r, row in enumerate(rows, start=4):
        b.row(ws, r, list(row))
    return b.close()


def write_patrol(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for _unit, name, title, rows in PATROL_RETURNS:
            member = write_patrol_book(Path(tmp) / name, title, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 消防安全检查发现问题整改情况, after a 消防安全检查申报表 form template (场所名称, 法定代表人/主要负责人, 地址,
# 建筑结构, 场所建筑面积, 使用层数, 联系人, 联系电话, 场所性质, 消防验收/备案情况 with □ boxes, 现有消防设施,
# 其他需要说明的情况):
# https://github.com/GDongYang/testPro/blob/fb9e40e66726f02cc9bf0a798c3386ce93fc58f0/form-server/src/main/resources/templates/app/tz_cer_260.ftl
# A .doc (Word 97 by LibreOffice): the form's head rows, then the problems as numbered paragraphs in the last
# cell, each with its 整改时限 and progress in words; the unit is the 场所 named in the form.
FIRE_ITEMS = [
    "1. 一层展厅西侧安全出口被临时展板堵塞。整改时限：2024年7月5日前。已清除，复查合格。",
    "2. 二层库房自动喷水灭火系统末端试水装置压力不足。整改时限：2024年8月20日前。目前正在更换减压阀。",
    "3. 消防控制室值班人员仅1人且未持证上岗。整改时限：2024年9月30日前。尚未落实。",
    "4. 地下一层配电室灭火器过期3具。整改时限：2024年7月15日前。已更换新灭火器。",
    "5. 疏散指示标志部分不亮，共12处。整改时限：7月底前。已更换8处，其余4处正在施工。",
    "6. 未按要求每月开展防火巡查并留存记录。整改时限：长期坚持。常态化推进。",
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("xfk")
    _title(doc, "消防安全检查发现问题整改情况表")
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    heads = [
        ("场所名称", "濮阳市博物馆", "法定代表人/主要负责人", "孙立平"),
        ("地　　址", "濮阳市华龙区开州路中段", "建筑结构", "框架结构"),
        ("场所建筑面积", "12600平方米", "使用层数（地上/地下）", "3/1"),
        ("联 系 人", "郑伟", "联系电话", "0393-8112345"),
    ]
    for r, values in enumerate(heads):
        for c, v in enumerate(values):
            _cell_text(t.cell(r, c), v, bold=c in (0, 2))
    _cell_text(t.cell(4, 0), "检查单位", bold=True)
    _cell_text(t.cell(4, 1).merge(t.cell(4, 3)), "市消防救援支队华龙大队（2024年7月3日检查）")
    cell = t.cell(5, 0).merge(t.cell(5, 3))
    _cell_text(cell, "检查发现问题及整改情况：", bold=True)
    for text in FIRE_ITEMS:
        p = cell.add_paragraph()
        _east_asian(p.add_run(text), size=10.5)
    _paragraph(doc, "场所负责人（签字）：孙立平        填报日期：2024年7月30日（单位盖章）", 12)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "fire.docx")


# ---------------------------------------------------------------------------------------------
# 6. 农业农村和水利工作问题整改台账, after a 社区台账 category page (sections 消防工作 / 食品安全, each with its own
# table: 表单名称, 填报周期, 是否需要审核, 最新更新日期):
# https://github.com/jiangbo578/bosun_shuichang/blob/f08360d04be112a22e842f413fb5be12f9274dd6/sqzhxxgl-bs/web/WEB-INF/view/page/taizhangCategory2.jsp
# An .ods: title, one section line per 条线 with the header repeated under it; 责任单位 written with former names
# (市水务局, 市农委); 整改周期 holds the deadline; 最新更新日期 records an event; 是否需要复核 是/否.
FARM_SECTIONS = [
    (
        "水利工作",
        [
            (
                "城关镇金堤河段堤顶道路坑洼，汛期巡堤车辆通行困难",
                "市水务局",
                "汛前（6月30日前）完成",
                "是",
                date(2024, 6, 28),
                "已完成修补，验收合格",
            ),
            (
                "马庄桥闸启闭机老化，闸门无法全开",
                "市水务局",
                "2024年10月底前",
                "是",
                date(2024, 7, 22),
                "更换启闭机已列入年度维修计划，正在招标",
            ),
            (
                "农村饮水工程张庄供水站消毒设备停用",
                "市水利局",
                "2024.8.10",
                "否",
                date(2024, 7, 25),
                "未整改",
            ),
        ],
    ),
    (
        "农业农村",
        [
            (
                "高标准农田项目区部分机井无电力配套",
                "市农委",
                "2024年9月30日前",
                "是",
                date(2024, 7, 19),
                "已与供电公司对接，正在架设线路",
            ),
            (
                "农药经营门店未建立购销台账",
                "市农委",
                "2024年8月15日前",
                "否",
                date(2024, 7, 12),
                "已督促12家门店建立台账，已整改完毕",
            ),
            ("秸秆禁烧网格化监管", "市农业农村局", "长期坚持", "否", date(2024, 7, 26), "常态化推进"),
            (
                "畜禽养殖场粪污处理设施未正常运行",
                "市农业农村局",
                "2024年8月底前",
                "是",
                date(2024, 7, 30),
                "",
            ),
        ],
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 14, 22, 12, 14, 32])
    ws.merge_range(0, 0, 0, 6, "城关镇农业农村和水利工作问题整改台账", b.title)
    b.line(ws, 1, "填报单位：城关镇人民政府            填报时间：2024年7月31日", 6)
    r = 2
    n = 0
    for section, rows in FARM_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        b.header(
            ws,
            r + 1,
            ["序号", "问题事项", "责任单位", "整改周期", "是否需要复核", "最新更新日期", "整改进展"],
        )
        r += 2
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            r += 1
    b.line(ws, r + 1, "填表人：韩雪    联系电话：13903931234", 6)
    return b.close()


def write_farm(path: Path) -> Path:
    via_soffice(write_farm_book, path, "ods", "farm.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 德育工作督导问题整改情况表, after a 中职学校 data-collection page (学校代码, 录入年份, then the 德育 indicators
# one per line: 德育教材配备, 心理辅导中心或心理咨询室, 专职德育工作人员数, 德育课教师专业对口率 …):
# https://github.com/uestc-collectingSystem/collectingSystem/blob/b66b20c0c6529cb7ac3d07c3339d670aadeb6b6c/src/main/webapp/WEB-INF/jsp/inputs/stu.jsp
# An .xls: the school named only in the title, 学校代码/录入年份 lines, a two-row header with 是否已整改 over 是/否
# (ticks), the indicator beside each problem, a 完成时限 in text, a 填表说明.
MORAL_ROWS = [
    ("德育教材配备", "部分班级德育课未使用国家规范化教材", "√", "", "2024年8月底前", "秋季教材已征订到位"),
    (
        "心理辅导中心或心理咨询室",
        "心理咨询室未配备专职心理教师",
        "",
        "√",
        "2024年12月底前",
        "已申请招聘计划，待市人社局审批",
    ),
    ("专职德育工作人员数", "专职德育工作人员不足，仅2人", "", "√", "2024年12月底前", ""),
    ("德育课教师专业对口率", "德育课教师专业对口率低于60%", "", "√", "2025年7月", "尚未启动"),
    (
        "班级每周德育课课时数",
        "高二年级每周德育课课时被文化课挤占",
        "√",
        "",
        "2024年7月15日前",
        "已恢复每周2课时，教务处每周抽查",
    ),
    (
        "年度校园暴力事件次数",
        "校园欺凌排查台账不完整，未按月更新",
        "√",
        "",
        "2024.7.10",
        "已补齐1-6月排查台账",
    ),
]


def write_moral(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "濮阳市第三中学德育工作督导问题整改情况表", title, 0, 6),
        (1, 0, "学校代码：4109010003", plain, 1, 3),
        (1, 4, "录入年份：2024", plain, 1, 6),
        (2, 0, "指标项目", head, 3, 0),
        (2, 1, "存在问题", head, 3, 1),
        (2, 2, "是否已整改", head, 2, 3),
        (3, 2, "是", head),
        (3, 3, "否", head),
        (2, 4, "完成时限", head, 3, 4),
        (2, 5, "进展说明", head, 3, 5),
    ]
    r = 4
    for item, problem, yes, no, limit, note in MORAL_ROWS:
        cells += [(r, 0, item, cell), (r, 1, problem, cell), (r, 2, yes, mid), (r, 3, no, mid)]
        cells += [(r, 4, limit, cell), (r, 5, note, cell)]
        r += 1
    cells.append(
        (r + 1, 0, "填表说明：已整改的在“是”栏打√，未整改的在“否”栏打√并说明进展。", plain, r + 1, 6)
    )
    cells.append((r + 2, 0, "校长（签字）：            填表人：杜娟        2024年7月26日", plain, r + 2, 6))
    return _write_xls(path, [("德育督导整改", cells)])


# ---------------------------------------------------------------------------------------------
# 8. 等级医院评审自评问题整改台账, after a 医院评审 page (section heading “1.1 医院设置、功能和任务…”, columns
# 评审标准 / 评审要点 / 评审文档, numbered 条款 1.1.1.1 with 【C】【B】 grades):
# https://github.com/whuacn/CJia/blob/deee9f59a0b032a45236bedd5db6d12e49311c46/CJia.EvaluationProject/CJia.Evaluation.Web/FrontStage/1_1_1.aspx
# An .xlsx: title naming the hospital, section rows by chapter, a two-row header with 整改落实 over 责任科室 /
# 完成时限 / 整改进展, 条款 numbers, a 合计 row and a 填表说明.
REVIEW_SECTIONS = [
    (
        "一、医院功能与任务",
        [
            (
                "1.1.1.1",
                "卫生技术人员与开放床位之比低于1.15:1",
                "【C】",
                "增补护理及医技人员编制",
                "人事科",
                "2024年12月31日",
                "已招聘护士28名，正在岗前培训",
            ),
            (
                "1.2.3.2",
                "对口支援乡镇卫生院记录不完整",
                "【C】",
                "补齐支援派驻记录",
                "医务科",
                "2024.7.20",
                "已完成",
            ),
        ],
    ),
    (
        "二、医疗质量安全管理",
        [
            (
                "3.4.1.1",
                "手术安全核查表填写不规范，术后核查项漏填",
                "【B】",
                "开展专项培训并每周抽查",
                "医务科",
                "2024年8月底前",
                "已培训2次，抽查合格率提升至92%",
            ),
            (
                "3.9.2.1",
                "危急值报告登记缺少接收人签名",
                "【C】",
                "修订危急值报告流程",
                "检验科",
                "2024年7月15日",
                "已完成，流程已修订并上线电子登记",
            ),
            (
                "3.12.1.3",
                "抗菌药物使用强度高于目标值",
                "【C】",
                "实施抗菌药物分级管理",
                "药剂科",
                "第三季度",
                "推进中",
            ),
        ],
    ),
    (
        "三、护理与院感管理",
        [
            (
                "5.2.1.1",
                "夜班护士配置低于标准",
                "【C】",
                "调整排班，增加夜班人力",
                "护理部",
                "2024年10月底",
                "未启动",
            ),
            (
                "5.6.3.2",
                "口腔科器械清洗消毒追溯记录缺失",
                "【C】",
                "建立器械追溯系统",
                "院感科",
                "2024年9月30日",
                "",
            ),
            (
                "5.8.1.1",
                "医疗废物暂存点无防渗漏措施",
                "【B】",
                "改造暂存点地面",
                "总务科",
                "2024年7月25日",
                "已完成改造，验收合格",
            ),
        ],
    ),
]


def write_review(path: Path) -> Path:
    b = Book(path, "yyb")
    ws = b.sheet("自评整改")
    b.widths(ws, [6, 12, 36, 8, 26, 12, 16, 30])
    ws.merge_range(0, 0, 0, 7, "濮阳市人民医院三级医院评审自评问题整改台账", b.title)
    b.line(ws, 1, "填报科室：质量管理办公室            填报日期：2024年7月30日", 7)
    for c, word in enumerate(["序号", "评审标准条款", "存在问题（评审要点）", "自评等级", "整改措施"]):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["责任科室", "完成时限", "整改进展"], first=5)
    r = 4
    n = 0
    for section, rows in REVIEW_SECTIONS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            r += 1
    b.row(ws, r, ["合计", "", f"共{n}项问题", "", "", "", "", "已完成3项，推进中3项"])
    b.line(ws, r + 2, "填表说明：完成时限按评审整改方案填写；整改进展填写截至填报日的情况。", 7)
    b.line(ws, r + 3, "审核人：钱伟    填表人：孔丽    联系电话：0393-4412345", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 病理科评审自查问题整改表, after a 病理科 review table dump (评审名称, 评审标准, 评审要求A/B/C, 状态, 参考资料,
# 自查标准):
# https://github.com/louiema1n/mims/blob/f126e0584bd3cba1964b31ee9f6739da85211244/sql/mims_dev_review.sql
# A tab-separated text in UTF-16: a title line from the 市卫计委 (former name) 质控中心, one header row with the
# 整改责任单位 (hospitals) beside the 评审名称, 整改状态 words, 整改时限 as text.
PATHOLOGY_ROWS = [
    (
        "1",
        "病理科设置、布局、设备设施",
        "濮阳市中医医院",
        "取材室通风橱排风量不足，甲醛浓度超标",
        "已整改",
        "2024-07-20",
        "更换排风机后检测合格",
    ),
    (
        "2",
        "病理诊断报告时限",
        "濮阳市人民医院",
        "常规活检报告超过5个工作日比例偏高",
        "整改中",
        "2024-09-30",
        "增加夜班阅片人员",
    ),
    (
        "3",
        "冰冻切片诊断符合率",
        "濮阳市妇幼保健院",
        "冰冻与石蜡诊断符合率低于95%",
        "未整改",
        "2024-10-31",
        "",
    ),
    (
        "4",
        "病理标本交接管理",
        "濮阳市中医医院",
        "手术标本离体固定时间未记录",
        "整改中",
        "2024年8月底前",
        "已修订交接单，正在培训手术室护士",
    ),
    ("5", "室间质评参加情况", "濮阳市人民医院", "未参加免疫组化室间质评项目", "", "2024年12月", ""),
    (
        "6",
        "病理档案保存",
        "濮阳市妇幼保健院",
        "蜡块切片存档柜不足，部分档案堆放在走廊",
        "已整改",
        "2024-07-31",
        "新购档案柜8组已投入使用",
    ),
]


def write_pathology(path: Path) -> Path:
    lines = ["市卫计委病理质控中心2024年病理科评审自查问题整改表（7月）"]
    lines.append("序号\t评审名称\t整改责任单位\t自查问题\t整改状态\t整改时限\t备注")
    lines += ["\t".join(row) for row in PATHOLOGY_ROWS]
    lines.append("注：整改状态填写已整改/整改中/未整改。")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("交通运输服务投诉工单办理情况（2024年7月）.csv", write_orders),
    ("2024年食品生产企业双随机抽查发现问题整改清单.xlsx", write_spot),
    ("作风问题举报投诉受理查办情况登记表.docx", write_cards),
    ("市政设施和老旧小区巡检问题工单（两个单位）.zip", write_patrol),
    ("濮阳市博物馆消防安全检查发现问题整改情况表.doc", write_fire),
    ("城关镇农业农村和水利工作问题整改台账.ods", write_farm),
    ("濮阳市第三中学德育工作督导问题整改情况表.xls", write_moral),
    ("濮阳市人民医院三级医院评审自评问题整改台账.xlsx", write_review),
    ("病理科评审自查问题整改表（7月）.tsv", write_pathology),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

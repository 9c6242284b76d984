"""Write the dev140 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改与巡察整改 (国有企业、高校、医院、乡镇), both 整改清单/台账 and 整改报告.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97),
.doc and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and
a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside243.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        for col, width in enumerate(widths or []):
            ws.col(col).width = width * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 市委巡察反馈问题整改推进表 of a city-owned investment group, after a central SOE's account of the third weekly
# meeting of its 专项巡视整改工作领导小组办公室 (总部各部门、各板块汇报整改情况; 做好问题和整改措施的分类梳理;
# 严格按照时间节点完成各项整改任务目标，确保“后墙不倒”):
# http://np.chinapower.com.cn/201507/28/0046838.html
# An .xlsx: title, 填报单位/调度日期 line, a two-row header (责任分工 over 分管领导/牵头部门/配合部门), the 问题类别
# merged down over its rows, the group's own 总部 departments as 牵头部门, 时间节点 as dates / 9月底前 / 年底前 /
# 立行立改 (its base date in the 注 line) / 长期坚持, progress in sentences, a 注 line and a signature line.
GROUP_ROWS = [
    (
        "党的建设",
        [
            (
                "党委理论学习中心组学习与企业改革发展结合不紧，专题研讨流于形式",
                "修订中心组学习计划，每季度围绕改革发展开展专题研讨",
                "王德明",
                "党委办公室",
                "人力资源部",
                "2024年6月30日",
                "已修订学习计划并开展专题研讨2次，整改完成",
            ),
            (
                "下属企业党组织换届不及时，2家子公司党支部超期未换届",
                "督促2家子公司党支部完成换届选举",
                "王德明",
                "党群工作部",
                "各子公司",
                "2024年8月31日",
                "1家已完成换届，另1家换届方案已报批",
            ),
        ],
    ),
    (
        "经营管理",
        [
            (
                "对外投资项目投后管理薄弱，3个参股项目未按规定开展投后评价",
                "逐项目开展投后评价，建立投后管理台账",
                "李志刚",
                "投资发展部",
                "财务管理部",
                "9月底前",
                "已完成1个项目投后评价，其余2个正在开展",
            ),
            (
                "应收账款清收不力，账龄3年以上应收款项1860万元未清收",
                "逐笔制定清收方案，必要时提起诉讼追偿",
                "李志刚",
                "财务管理部",
                "法务审计部",
                "年底前",
                "尚未启动",
            ),
        ],
    ),
    (
        "选人用人",
        [
            (
                "部分中层干部任职试用期满未按期考核",
                "对试用期满干部补充开展考核",
                "赵红",
                "人力资源部",
                "纪检监察室",
                "2024年7月15日",
                "",
            ),
            (
                "干部人事档案专项审核发现问题整改不彻底",
                "对照问题清单逐人补正档案材料",
                "赵红",
                "人力资源部",
                "",
                "2024年7月31日",
                "已完成补正，经集团纪委复核通过",
            ),
        ],
    ),
    (
        "作风建设",
        [
            (
                "公务用车使用登记不规范，存在先用车后补登记现象",
                "推行用车审批信息化，杜绝事后补登",
                "孙建",
                "综合办公室",
                "纪检监察室",
                "立行立改",
                "已上线用车审批系统，整改完成",
            ),
            (
                "业务招待费报销附件不全，缺少公务接待清单",
                "严格执行接待清单制度，财务见单报销",
                "孙建",
                "财务管理部",
                "综合办公室",
                "长期坚持",
                "已印发接待管理补充规定，长期坚持",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="党委办公室")
    ws = b.sheet("整改推进表")
    b.widths(ws, [6, 10, 40, 32, 9, 12, 12, 14, 34])
    b.line(ws, 0, "濮阳市投资集团有限公司市委巡察反馈问题整改推进表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：集团巡察整改工作领导小组办公室（党委办公室）    调度日期：2024年7月26日（第三次例会）",
        8,
    )
    for c, word in [(0, "序号"), (1, "问题类别"), (2, "巡察反馈问题"), (3, "整改措施")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "责任分工", b.head)
    b.header(ws, 3, ["分管领导", "牵头部门", "配合部门"], first=4)
    b.merge(ws, 2, 7, 3, 7, "时间节点", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改进展（截至7月26日）", b.head)
    r, n = 4, 0
    for kind, rows in GROUP_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, measure, leader, lead, helper, when, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, measure], first=2)
            b.row(ws, r, [leader, lead, helper, when], first=4, fmt=b.center)
            b.put(ws, r, 8, progress)
            r += 1
    b.line(
        ws,
        r,
        "注：市委第二巡察组于2024年5月17日反馈巡察意见，“立行立改”事项自反馈之日起即改即完成；其余事项严格按照"
        "时间节点完成，确保“后墙不倒”。",
        8,
    )
    b.line(ws, r + 1, "审核人：王德明    填报人：陈晓雯    联系电话：0393-8180236", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 巡察暨巡审联动发现问题整改台账 of a city-owned transport group, after a provincial transport holding group's
# notice of its third round of 巡察 (6个巡察组 over 17家单位; 坚持巡审联动、巡纪联动，同步对17家单位全覆盖开展
# 经济责任审计、跟踪审计或专项审计):
# https://fundafe.com/QQwmq3Aa6X/info/read/id/18162.html
# An .et (an .xlsx converted by LibreOffice to Excel 97, saved under the WPS 表格 name): title, 填报单位 line, one
# header row with the 被巡察（审计）单位 under a short name beside the 整改责任单位 in full (one row names a 集团本部
# department), the 问题来源 (巡察 or one of the three audits), a 销号情况 column, a 合计 row and a signature line.
TRANSPORT_ROWS = [
    (
        "路建公司",
        "巡察",
        "党支部“三会一课”记录不全，组织生活会程序不规范",
        "濮阳市公路建设投资有限公司",
        "2024年7月15日",
        "已补齐会议记录，规范组织生活会程序",
        "已销号",
    ),
    (
        "路建公司",
        "经济责任审计",
        "工程变更签证未经集体决策，涉及金额326.5万元",
        "濮阳市公路建设投资有限公司",
        "2024年9月30日",
        "已补充履行集体决策程序，正在对变更金额开展审核",
        "",
    ),
    (
        "交投物流",
        "巡察",
        "仓储租赁合同到期未续签，仍按原合同继续履行",
        "濮阳市交投物流有限公司",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "服务区公司",
        "专项审计",
        "南乐服务区加油站租金收缴不及时，欠缴租金47.2万元",
        "濮阳市高速公路服务区管理有限公司",
        "2024年7月31日",
        "已追缴全部欠缴租金",
        "已销号",
    ),
    (
        "交投资本",
        "经济责任审计",
        "对外借款未履行“三重一大”决策程序",
        "濮阳市交投资本管理有限公司",
        "2024年12月31日",
        "正在清收借款本息，已收回本金200万元",
        "",
    ),
    (
        "交投建设",
        "跟踪审计",
        "国道106濮阳段改建工程监理日志记录不全，隐蔽工程影像资料缺失",
        "濮阳市交投建设工程有限公司",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "集团本部",
        "专项审计",
        "资金集中管理未覆盖全部子公司，3家子公司资金未归集",
        "集团财务部",
        "2024年10月31日",
        "已完成2家子公司资金归集",
        "",
    ),
    (
        "交投物流",
        "巡察",
        "驾驶员安全教育培训台账不全，部分驾驶员未参加岗前培训",
        "濮阳市交投物流有限公司",
        "长期坚持",
        "按月开展培训并建立台账，长期坚持",
        "",
    ),
]


def write_transport_book(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 14, 40, 30, 14, 32, 10])
    b.line(ws, 0, "濮阳市交通投资集团有限公司党委第三轮巡察暨巡审联动发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：集团党委巡察办、审计部（盖章）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "被巡察（审计）单位",
            "问题来源",
            "发现问题",
            "整改责任单位",
            "整改期限",
            "整改完成情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(TRANSPORT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TRANSPORT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, "共8个问题（巡察4个、审计4个）", b.cell)
    for c in range(4, 7):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 7, "已销号2个", b.cell)
    b.line(ws, end + 2, "审核人：周立群    填表人：马骁    联系电话：0393-8668102", 7)
    return b.close()


def write_transport(path: Path) -> Path:
    return via_soffice(write_transport_book, path, "xls", "巡审联动发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 落实市委专项巡察反馈意见整改进度表 of a city hospital, after a city hospital's account of its 巡察整改 (对照反馈
# 清单，建立“一项反馈意见、一名责任领导、一套整改措施、一周进度安排”的整改工作机制; 各支部、各科室列出问题清单、
# 任务清单和责任清单; 限期整改):
# http://www.lydyyy.com/doc/32/2003/860.html
# An .xlsx: title, a line with the mechanism, the reporting week and the 反馈日期 the 立行立改 row counts from, one
# header row with 责任领导 and 责任科室 (the hospital's own departments), 进度安排 as schedule texts whose last date is
# the deadline, 本周进展 beside a 完成情况 word (one blank where the week's note says it is done), a signature line.
HOSPITAL_ROWS = [
    (
        "大型医疗设备采购论证不充分，部分设备使用率低于30%",
        "副院长 刘勇",
        "设备科",
        "建立大型设备采购论证和使用效益评价制度",
        "6月15日前出台评价制度，7月31日前完成全部大型设备效益评估",
        "已完成12台大型设备效益评估，剩余3台本周内完成",
        "推进中",
    ),
    (
        "药品耗材采购中存在“二次议价”问题",
        "院长 张伟",
        "药剂科、采购中心",
        "严禁二次议价，开展专项清理",
        "5月底前完成专项清理",
        "已清理完毕，建立药品耗材采购监督机制",
        "已完成",
    ),
    (
        "医德医风警示教育不经常，廉洁承诺未全覆盖",
        "党委副书记 李娜",
        "纪检监察室",
        "每月开展一次警示教育，全员签订廉洁从业承诺书",
        "每月开展，长期坚持",
        "已签订承诺书1246份，每月开展警示教育",
        "长期坚持",
    ),
    (
        "住院患者费用清单每日推送不到位",
        "副院长 刘勇",
        "信息科、财务科",
        "上线住院费用清单自动推送功能",
        "7月10日前完成系统开发，8月15日前全院上线",
        "系统开发已完成，正在内科病区试运行",
        "推进中",
    ),
    (
        "科室绩效分配方案未经职工代表大会审议",
        "院长 张伟",
        "人事科",
        "修订绩效分配方案，提交职代会审议",
        "9月30日前完成修订并提交审议",
        "",
        "",
    ),
    (
        "基建项目工程款支付审核把关不严，存在超进度付款",
        "副院长 王敏",
        "基建科、审计科",
        "开展工程款支付专项审核，追回超付款项",
        "6月30日前完成审核，7月20日前追回超付款",
        "已追回超付工程款58.3万元",
        "已完成",
    ),
    (
        "临床党支部书记“双带头人”培育不足",
        "党委副书记 李娜",
        "党委办公室",
        "选配业务骨干担任临床党支部书记",
        "年底前完成全部临床党支部书记调整",
        "未启动",
        "未启动",
    ),
    (
        "医疗废物暂存间管理不规范，交接登记不全",
        "副院长 王敏",
        "感染管理科、后勤保障科",
        "规范暂存间管理和医疗废物交接登记",
        "立行立改",
        "已整改到位，经院感管理委员会复查合格",
        "",
    ),
]


def write_hospital(path: Path) -> Path:
    b = Book(path, author="党委办公室")
    ws = b.sheet("整改进度")
    b.widths(ws, [6, 36, 14, 18, 30, 32, 32, 10])
    b.line(ws, 0, "濮阳市第三人民医院落实市委专项巡察反馈意见整改进度表", 7, b.title)
    b.line(
        ws,
        1,
        "按照“一项反馈意见、一名责任领导、一套整改措施、一周进度安排”要求填报    市委巡察组反馈日期：2024年5月16日"
        "（立行立改事项当日整改）",
        7,
    )
    b.line(ws, 2, "填报科室：院巡察整改办公室    本周：2024年7月22日—7月26日", 7)
    b.header(
        ws,
        3,
        ["序号", "反馈意见", "责任领导", "责任科室", "整改措施", "进度安排", "本周进展", "完成情况"],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), first=1)
        b.row(ws, r, list(row[4:6]), first=5)
        b.put(ws, r, 7, row[6], b.center)
    end = 4 + len(HOSPITAL_ROWS)
    b.line(ws, end, "院巡察整改办公室主任：赵静    填报人：孙悦    联系电话：0393-4418260", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 巡察整改自行“回头看”自查表 of a city hospital, after a provincial chest hospital's account of its 巡察整改自行
# “回头看” (委党组巡察组反馈意见，提出整改要求和时限; 八个方面20项整改任务; 以“三落实”为目标、“三看”“三查”为抓手;
# 整改任务全部整改到位):
# http://www.gztusheng.com/info/1017/3635.htm
# An .xls (xlwt): title, 填报单位/自查时间 line, a two-row header (是否整改到位 over 是 / 否, ticks √), 方面 merged
# down over its rows, a 回头看发现问题及后续措施 column, a 合计 row counting the ticks, a 注 line and a signature line.
LOOKBACK_ROWS = [
    (
        "党的政治建设",
        [
            ("落实“第一议题”制度不到位，学习后研究贯彻措施少", "党委办公室", "2024年3月31日", "是", ""),
            (
                "意识形态工作责任制落实不细，科室宣传阵地管理缺位",
                "宣传科",
                "2024年4月30日",
                "是",
                "已建立宣传阵地审批登记制度",
            ),
        ],
    ),
    (
        "全面从严治党",
        [
            (
                "药品耗材集中带量采购落实不到位，部分中选品种使用量未达约定",
                "药剂科",
                "2024年6月30日",
                "否",
                "回头看发现2个品种仍未达约定量，正在督促临床科室优先使用中选品种",
            ),
            ("中药饮片入库验收管理不严，验收记录不全", "药剂科", "2024年5月31日", "是", ""),
        ],
    ),
    (
        "选人用人",
        [("中层干部轮岗交流制度未执行", "人事科", "2024年12月31日", "否", "")],
    ),
    (
        "基层党组织建设",
        [
            (
                "党员发展计划性不强，临床一线发展党员少",
                "党委办公室",
                "长期坚持",
                "",
                "已纳入年度党建工作要点，长期坚持",
            )
        ],
    ),
    (
        "整改落实",
        [
            (
                "以往审计指出的超标准收取护理费问题未彻底整改",
                "医务科、物价办",
                "2024年7月31日",
                "是",
                "已退还多收费用3.6万元",
            )
        ],
    ),
    (
        "作风建设",
        [("门诊“一人一诊室”制度落实不严格", "门诊部", "2024年6月15日", "", "")],
    ),
]


def _lookback_cells(c, ctr) -> tuple[list[tuple], int, int, int]:
    cells: list[tuple] = []
    r, n, yes, no = 4, 0, 0, 0
    for side, rows in LOOKBACK_ROWS:
        if len(rows) > 1:
            cells.append((r, 1, side, ctr, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, side, ctr))
        for task, dept, when, done, note in rows:
            n += 1
            yes += done == "是"
            no += done == "否"
            cells += [
                (r, 0, n, ctr),
                (r, 2, task, c),
                (r, 3, dept, ctr),
                (r, 4, when, ctr),
                (r, 5, "√" if done == "是" else "", ctr),
                (r, 6, "√" if done == "否" else "", ctr),
                (r, 7, note, c),
            ]
            r += 1
    return cells, r, yes, no


def write_lookback(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "濮阳市中医医院巡察整改自行“回头看”情况自查表", t, 0, 7),
        (1, 0, "填报单位：中共濮阳市中医医院委员会（盖章）    自查时间：2024年7月1日—7月20日", plain, 1, 7),
    ]
    for col, word in [(0, "序号"), (1, "方面"), (2, "整改任务"), (3, "责任科室"), (4, "整改时限")]:
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 5, "是否整改到位", h, 2, 6), (3, 5, "是", h), (3, 6, "否", h)]
    cells.append((2, 7, "回头看发现问题及后续措施", h, 3, 7))
    body, r, yes, no = _lookback_cells(c, ctr)
    cells += body
    cells += [
        (r, 0, "合计", ctr, r, 1),
        (r, 2, "整改任务8项", c),
        (r, 3, "", c),
        (r, 4, "", c),
        (r, 5, yes, ctr),
        (r, 6, no, ctr),
        (r, 7, "", c),
        (
            r + 1,
            0,
            "注：在“是”或“否”栏内打“√”；未整改到位的，须写明回头看发现的问题及后续措施。",
            plain,
            r + 1,
            7,
        ),
        (r + 2, 0, "党委书记（签字）：高建华    填表人：许文静    联系电话：0393-6632571", plain, r + 2, 7),
    ]
    return _write_xls(path, [("回头看自查", cells)], widths=[6, 14, 40, 14, 14, 6, 6, 36])


# ---------------------------------------------------------------------------------------------
# 5. 省委巡视反馈意见整改落实清单 of a city vocational college, after a university's account of its 巡视整改调度会
# (牵头承担巡视整改任务的各职能部门对照整改落实清单依次汇报各项整改任务完成情况; 立行立改的问题避免前改后犯，
# 举一反三发现的问题注重建章立制，长期坚持的整改任务定期开展成效评估):
# http://news.ustc.edu.cn/info/1055/90192.htm
# An .xlsx: title, 填报单位/截止日期 line with the 反馈日期 the 立行立改 row counts from, one header row with 牵头部门
# (the college's own offices) and 责任校领导, the items grouped under three 类 rows merged across (立行立改类,
# 举一反三类, 长期坚持类), 完成时限 as dates / 立行立改 / 长期坚持 / 2023-2025年, a 说明 line and a signature line.
COLLEGE_GROUPS = [
    (
        "一、立行立改类",
        [
            (
                "校领导联系基层党支部制度落实不到位，部分校领导半年未到联系点",
                "立即调整联系点，每学期至少到联系点调研2次",
                "党委组织部",
                "刘建国",
                "立行立改",
                "已调整联系点并完成调研",
                "调研记录、会议纪要",
            ),
            (
                "学生宿舍楼消防设施损坏未及时维修",
                "立即维修更换损坏的消防设施",
                "后勤管理处",
                "王海涛",
                "2024年5月10日",
                "已全部维修更换",
                "维修验收单",
            ),
            (
                "科研经费报销审核不严，存在以会议费名义列支劳务费",
                "开展科研经费报销专项检查，追回违规列支资金",
                "科研处、财务处",
                "张丽",
                "2024年6月30日",
                "已完成专项检查，违规资金正在追缴",
                "",
            ),
        ],
    ),
    (
        "二、举一反三类",
        [
            (
                "校办企业资产底数不清，部分固定资产未入账",
                "全面清查校办企业资产，规范入账管理",
                "国有资产管理处",
                "王海涛",
                "2024年9月30日",
                "清查工作已启动，完成约60%",
                "",
            ),
            (
                "招生录取信息公开不及时、不完整",
                "建立招生信息公开清单，按节点公开",
                "招生就业处",
                "刘建国",
                "2024年8月31日",
                "",
                "",
            ),
            (
                "二级学院“三重一大”事项未经党政联席会议集体研究",
                "修订二级学院党政联席会议议事规则",
                "党政办公室",
                "张丽",
                "2024年7月20日",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "三、长期坚持类",
        [
            (
                "师德师风建设长效机制不健全",
                "将师德考核作为职称评审、评优评先首要条件",
                "教师工作部",
                "刘建国",
                "长期坚持",
                "常态化推进",
                "师德考核办法",
            ),
            (
                "实训基地建设与区域石化、装备制造产业需求对接不够",
                "推进产教融合实训基地建设",
                "教务处",
                "张丽",
                "2023-2025年",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_college(path: Path) -> Path:
    b = Book(path, author="巡视整改办")
    ws = b.sheet("整改落实清单")
    b.widths(ws, [6, 38, 32, 16, 10, 14, 26, 16])
    b.line(ws, 0, "濮阳职业技术学院省委巡视反馈意见整改落实清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：学院巡视整改工作领导小组办公室    省委巡视组反馈日期：2024年4月12日    进展截止：2024年7月25日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "反馈问题", "整改任务", "牵头部门", "责任校领导", "完成时限", "完成情况", "佐证材料"],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in COLLEGE_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：立行立改类问题自反馈之日起立即整改；长期坚持类问题完成情况按“常态化推进”填写，每半年开展一次成效评估。",
        7,
    )
    b.line(ws, r + 1, "审核人：刘建国    填报人：韩梦    联系电话：0393-4659207", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 经济责任审计发现问题整改情况的报告 of a city medical college, after a university's 审计整改工作实施办法 (被审计单位
# 自收到审计报告之日起60日内提交审计整改报告; 对整改报告中未完成整改的事项，应提出后续整改方案，明确整改期限和
# 阶段性目标):
# https://sjc.lnut.edu.cn/info/1076/1553.htm
# A .docx: title, 主送, a preamble stating the 送达 date and the 60日内 the items without their own period count from,
# the items as numbered paragraphs under three headings (已完成整改 / 尚未完成整改及后续整改方案 / 需长期坚持),
# progress and 整改期限 in sentences, the college's own offices named as sections, the college and date at the foot.
COLLEGE_AUDIT_PARAS = [
    ("一、已完成整改的问题", None),
    (
        "（一）学生公寓住宿费未按规定及时缴入财政专户，滞留学校账户412.6万元。整改情况：财务处已于2024年6月20日"
        "将412.6万元全额缴入财政专户，整改完成。",
        "item",
    ),
    (
        "（二）政府采购项目化整为零规避公开招标，涉及实验实训设备采购5批次186万元。整改情况：国有资产管理处已修订"
        "《采购管理办法》，明确同一品目年度预算合并计算采购限额，并对相关责任人进行了约谈，已整改。",
        "item",
    ),
    (
        "（三）对外出租校内商铺未经资产评估、未公开招租。整改情况：已委托评估机构完成租金评估，并通过市公共资源交易"
        "中心公开招租，整改到位。",
        "item",
    ),
    ("二、尚未完成整改的问题及后续整改方案", None),
    (
        "（四）附属医院综合楼建设项目已交付使用3年未办理竣工财务决算。后续整改方案：基建处牵头，8月底前完成结算审核，"
        "整改期限为2024年10月31日。目前已委托造价咨询机构开展结算审核。",
        "item",
    ),
    (
        "（五）教职工公租房欠缴租金及水电费38.2万元。后续整改方案：后勤管理处逐户下达催缴通知，分期追缴，阶段性目标为"
        "9月底前追缴50%以上，整改期限为2024年12月31日。目前已追缴9.7万元。",
        "item",
    ),
    (
        "（六）外购教学管理软件等无形资产未入账，涉及金额64.5万元。后续整改方案：财务处会同国有资产管理处补办入账手续，"
        "整改期限为2024年8月15日。目前尚未启动。",
        "item",
    ),
    (
        "（七）科研项目间接费用提取比例不规范，部分项目超比例提取。后续整改方案：科研处会同财务处逐项核查，整改期限为"
        "2024年9月30日。财务处已完成2023年度科研项目间接费用核查，正在修订《科研经费管理办法》。",
        "item",
    ),
    ("三、需长期坚持整改的问题", None),
    (
        "（八）内部控制制度不健全，预算绩效管理未实现全覆盖。整改措施：财务处牵头建立预算绩效目标、运行监控和"
        "绩效评价全过程管理机制，长期坚持。",
        "item",
    ),
]


def write_college_audit(path: Path) -> Path:
    doc = _new_document("财务处")
    _title(doc, "濮阳医学高等专科学校关于原校长任期经济责任审计发现问题整改情况的报告")
    _paragraph(doc, "市审计局：")
    _paragraph(
        doc,
        "2024年6月3日，市审计局向我校送达了《关于濮阳医学高等专科学校原校长任期经济责任审计的报告》，指出8个问题，"
        "要求自送达之日起60日内整改完毕并报送整改报告；对未能按期完成整改的，应提出后续整改方案，明确整改期限和"
        "阶段性目标。学校党委高度重视，逐项制定整改措施，明确责任部门。现将整改情况报告如下：",
    )
    for text, kind in COLLEGE_AUDIT_PARAS:
        if kind is None:
            _paragraph(doc, text, font="黑体")
        else:
            _paragraph(doc, text)
    _paragraph(doc, "学校将持续跟踪未完成事项，按期报送后续整改结果。")
    _paragraph(doc, "濮阳医学高等专科学校", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 落实县委巡察反馈意见整改情况台账 of a town, after a city's account of its 督查组 at a town (镇党委主要负责同志
# 汇报落实市委巡察组反馈意见整改进展; 镇党委5大方面14个问题，村党组织44个问题…逐一整改，并长期坚持; 督查组对标
# 对点、逐条对照、逐一点评):
# https://www.xingning.gov.cn/jrxn/xzfc/content/post_1512754.html
# A CSV in GBK: a title line, a 填报单位 line, a line with the 反馈日期 the 立行立改 row counts from, one header line
# with 问题方面, 责任领导 and 责任站所 (the town's own offices), 整改情况 beside a 督查组点评 (one 同意销号 where the
# 整改情况 still says 正在整改), a 合计 line and a signature line.
TOWN_ROWS = [
    (
        "党的建设",
        "镇党委理论学习中心组学习记录不全，研讨发言材料缺失",
        "完善学习记录，建立研讨材料归档制度",
        "党委副书记",
        "党政办",
        "2024年5月31日",
        "已整改",
        "整改到位",
    ),
    (
        "党的建设",
        "软弱涣散村党组织整顿转化不到位，2个村仍未摘帽",
        "选派驻村第一书记，逐村制定整顿方案",
        "组织委员",
        "组织办",
        "2024年9月30日",
        "正在整改，已选派第一书记2名",
        "",
    ),
    (
        "民生保障",
        "低保动态管理不及时，3户不符合条件家庭仍在享受低保",
        "开展低保对象复核，清退不符合条件对象",
        "副镇长",
        "社会事务办",
        "立行立改",
        "正在整改",
        "已清退3户，整改到位，同意销号",
    ),
    (
        "财务管理",
        "镇财政所大额资金支付未经集体研究",
        "修订财务管理制度，大额支出一律上会研究",
        "镇长",
        "财政所",
        "2024年6月30日",
        "已修订制度并严格执行",
        "",
    ),
    (
        "乡村振兴",
        "衔接资金项目进度滞后，2个产业项目未开工",
        "倒排工期，加快项目建设",
        "副镇长",
        "乡村振兴办",
        "8月底前",
        "尚未开工",
        "",
    ),
    (
        "作风建设",
        "便民服务中心工作人员迟到早退，考勤制度执行不严",
        "推行指纹考勤，每周通报考勤情况",
        "纪委书记",
        "便民服务中心",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "耕地保护",
        "违法占用耕地建房问题整治不彻底，4处未拆除",
        "依法拆除并复耕",
        "副镇长",
        "自然资源所",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "财务管理",
        "村级“三资”台账不完善，部分集体资产未登记入账",
        "开展村集体资产清产核资",
        "镇长",
        "农村经管站",
        "年底前",
        "已完成12个村清产核资，其余村正在推进",
        "",
    ),
]


def write_town(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["千口镇落实县委巡察反馈意见整改情况台账（镇级问题）"])
    w.writerow(["填报单位：南乐县千口镇人民政府（代章）    填报日期：2024年7月26日"])
    w.writerow(["县委第三巡察组于2024年4月18日反馈巡察意见，立行立改事项自反馈之日起整改"])
    w.writerow(
        [
            "序号",
            "问题方面",
            "存在问题",
            "整改措施",
            "责任领导",
            "责任站所",
            "整改时限",
            "整改情况",
            "督查组点评",
        ]
    )
    for i, row in enumerate(TOWN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共8个问题", "", "", "", "", "已整改2个，正在整改3个", ""])
    w.writerow(["填报人：葛红霞    审核人：千口镇纪委书记 杜明    联系电话：0393-7651208"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 村级经济责任审计发现问题整改跟踪检查表 of a town, after a town's account of its 农村经济责任审计 (“四必审”工作
# 机制：群众反映强烈的必审、矛盾突出的必审、支出庞大的必审、涉及扶贫资金的必审; 加大审计整改的跟踪检查力度;
# 违纪违规问题及时移交纪检部门; 计划对全镇73村完成经济责任审计，目前完成22村):
# http://nxhuan.com/p/1400642.html
# A .wps (a .docx converted by LibreOffice to Word 97, saved under the WPS 文字 name): title, a line with the 审计报告
# 下达日期 the 立即整改 row counts from, a table with the audited village, the “四必审” 审计类别, the village
# secretary as 整改责任人, a 跟踪检查情况 column and a 是否移交纪检 column (是/否, not progress), a 说明 line.
VILLAGE_ROWS = [
    (
        "马庄桥镇东街村",
        "群众反映强烈",
        "村集体土地承包费收入未入账，坐收坐支2.4万元",
        "村支书 刘洪亮",
        "2024年7月15日",
        "已将2.4万元全额入账，经镇经管站复查合格",
        "否",
    ),
    (
        "马庄桥镇西街村",
        "支出庞大",
        "村级公益事业建设工程未按规定公开招标，涉及金额36万元",
        "村支书 王建设",
        "2024年8月30日",
        "已补办相关手续，正在进行工程结算审计",
        "是",
    ),
    (
        "马庄桥镇后张村",
        "涉及扶贫资金",
        "扶贫产业项目收益分配不及时，2023年收益5.6万元未分配到户",
        "村支书 张学军",
        "2024年7月20日",
        "未整改",
        "否",
    ),
    (
        "马庄桥镇前屯村",
        "矛盾突出",
        "村干部误工补贴报销无审批手续",
        "村支书 李国庆",
        "立即整改",
        "已补齐审批手续",
        "否",
    ),
    (
        "马庄桥镇南街村",
        "群众反映强烈",
        "村集体机动地发包未经村民代表会议表决",
        "村支书 赵明",
        "2024年9月30日",
        "已召开村民代表会议，正在重新履行发包程序",
        "否",
    ),
    (
        "马庄桥镇韩村",
        "支出庞大",
        "招待费支出无公函、无接待清单",
        "村支书 韩志勇",
        "2024年7月10日",
        "",
        "否",
    ),
    (
        "马庄桥镇马庄桥村",
        "涉及扶贫资金",
        "光伏电站收益资金账目不清，收支未单独核算",
        "村支书 马文斌",
        "2024年8月15日",
        "已完成账目清理并单独核算，收益资金使用情况已公示",
        "否",
    ),
]


def write_village_docx(path: Path) -> Path:
    doc = _new_document("镇审计办")
    _title(doc, "马庄桥镇村级经济责任审计发现问题整改跟踪检查表（第二批）", 18)
    _paragraph(
        doc,
        "填报单位：清丰县马庄桥镇纪委（审计办）    审计报告下达日期：2024年6月28日    跟踪检查时间：2024年7月22日—26日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "被审计村",
            "审计类别",
            "审计发现问题",
            "整改责任人",
            "整改期限",
            "跟踪检查情况",
            "是否移交纪检",
        ],
        body,
    )
    _paragraph(
        doc,
        "说明：本批次完成22个村经济责任审计，发现问题31个，本表列出需跟踪整改问题7个；审计类别按“四必审”填写；"
        "“立即整改”事项自审计报告下达之日起整改。",
        12,
    )
    _paragraph(doc, "检查人：杜庆丰、吴敏    审核人：马庄桥镇纪委书记 孔令军", 12)
    return _save_fixed(doc, path)


def write_village(path: Path) -> Path:
    return via_soffice(write_village_docx, path, "doc", "村级经济责任审计整改跟踪检查表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 内部审计发现问题整改情况的报告 of the city water company, after an explainer of what an 审计整改报告 holds
# (问题梳理与责任划分：列出审计发现的具体问题并明确责任部门; 针对性整改措施：修订制度、优化流程、加强培训，注明
# 完成时限; 整改效果验证：内部复查或第三方评估确认整改成效; 长效机制：每季度开展合规培训，将审计案例纳入教材):
# https://www.fudaoke.com/exam/2500500.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, the items as numbered paragraphs whose parts carry
# bracketed labels (【问题表现】【责任部门】【整改措施】【完成时限】【整改情况】; one item without 【整改情况】),
# verification verdicts (复查, 第三方评估) in the progress, a closing paragraph and the company and date at the foot.
WATER_ITEMS = [
    (
        "2023年末用户欠缴水费1320万元，水费回收率偏低",
        "营业收费部",
        "对欠费用户分类催收，大额欠费用户实行专人跟踪",
        "2024年12月31日",
        "已回收欠费416万元，其余欠费正在催收",
    ),
    (
        "供水管网漏损率达14.6%，高于行业控制标准",
        "管网管理部",
        "实施老旧管网改造，推进分区计量管理",
        "2023-2025年",
        "已完成老城区12公里老旧管网改造，分区计量正在建设",
    ),
    (
        "物资采购询价程序不规范，部分采购仅有一家报价",
        "物资供应部",
        "修订《物资采购管理办法》，询价单位不少于三家",
        "2024年6月30日",
        "已修订印发，经公司审计部复查，整改到位",
    ),
    (
        "8个管网工程项目竣工后未办理结算",
        "工程管理部",
        "委托第三方造价机构审核，限期办理结算",
        "2024年9月30日",
        "尚未启动",
    ),
    (
        "水表库存管理混乱，账实不符",
        "计量检定中心",
        "开展库存全面盘点，建立出入库台账",
        "2024年7月20日",
        "已完成全面盘点并调整账目，经第三方评估确认账实相符",
    ),
    (
        "员工合规培训不足，审计发现问题屡查屡犯",
        "人力资源部",
        "每季度开展合规培训，将审计案例纳入培训教材",
        "长期坚持",
        "按季度开展，长期坚持",
    ),
    (
        "二次供水设施清洗消毒记录不全",
        "二次供水管理所",
        "规范清洗消毒作业和记录",
        "2024年8月15日",
        "",
    ),
]


def write_water_docx(path: Path) -> Path:
    doc = _new_document("审计部")
    _title(doc, "濮阳市自来水公司关于2023年度内部审计发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年3月，公司审计部对2023年度经营管理情况开展了内部审计，发现问题7个。公司逐项梳理问题、划分责任，制定"
        "整改措施并明确完成时限，对已整改事项通过内部复查或第三方评估验证整改成效。现将整改情况报告如下：",
    )
    for i, (problem, dept, measure, when, progress) in enumerate(WATER_ITEMS, 1):
        text = f"{i}. 【问题表现】{problem}。【责任部门】{dept}。【整改措施】{measure}。【完成时限】{when}。"
        if progress:
            text += f"【整改情况】{progress}。"
        _paragraph(doc, text)
    _paragraph(doc, "下一步，公司将把审计整改纳入年度绩效考核，防止同类问题反弹。")
    _paragraph(doc, "濮阳市自来水公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_water(path: Path) -> Path:
    return via_soffice(write_water_docx, path, "doc", "自来水公司内部审计整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 巡察整改回访材料 of two city-owned companies in one zip, after a city 城投公司's account of the 市委巡察组 督查
# 回访 (公司党委作落实巡察反馈问题整改情况的专题汇报; 巡察组对整改效果进行现场测评; 座谈会听取落实整改主体责任
# 情况):
# http://miaochunbao.com/jtdt/1693.html
# A .zip holding an .xlsx from the bus company (公司自评 beside the 巡察组 回访核查意见, one verdict sending a
# self-declared 已完成 back to 继续整改) and a .docx table from the gas company (整改时限 beside a 完成时间 that
# records when the item was done, never a deadline; one row with only a 完成时间).
BUS_ROWS = [
    (
        "公交场站安全管理责任落实不到位，消防设施维保不及时",
        "签订场站安全责任书，委托专业机构维保消防设施",
        "安全保卫部",
        "2024年5月31日",
        "已完成",
        "核查属实，整改到位",
    ),
    (
        "公交线路优化调整未充分征求群众意见",
        "建立线路调整听证和公示制度",
        "运营调度中心",
        "2024年6月30日",
        "已完成",
        "线路调整听证程序未履行，需继续整改",
    ),
    (
        "新能源公交车充电桩利用率低，运维合同履约监管缺位",
        "开展运维合同履约评估，优化充电调度",
        "机务管理部",
        "2024年9月30日",
        "未完成",
        "",
    ),
    (
        "公司领导班子成员落实“一岗双责”不到位",
        "签订“一岗双责”责任书，年终述责述廉",
        "党群工作部",
        "长期坚持",
        "长期坚持",
        "",
    ),
]
GAS_ROWS = [
    (
        "老旧小区燃气管道隐患排查不彻底",
        "2024年8月31日",
        "管网运行部",
        "已排查老旧小区62个，正在更换老化管道",
        "",
    ),
    (
        "燃气工程安装收费标准公示不规范",
        "2024年6月30日",
        "市场营销部",
        "已在营业厅和公司网站公示收费标准",
        "2024年6月21日",
    ),
    ("居民用户安检入户率偏低", "2024年7月31日", "客户服务中心", "", "2024年7月28日"),
    ("应急抢险演练流于形式，演练记录不全", "2024年9月30日", "安全技术部", "", ""),
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="党群工作部")
    ws = b.sheet("回访核查表")
    b.widths(ws, [6, 38, 32, 14, 14, 12, 30])
    b.line(ws, 0, "濮阳市公交公司落实市委巡察反馈问题整改情况回访核查表", 6, b.title)
    b.line(ws, 1, "被回访单位：濮阳市公交公司    回访时间：2024年7月24日    回访组：市委第四巡察组", 6)
    b.header(ws, 2, ["序号", "反馈问题", "整改措施", "责任部门", "整改时限", "公司自评", "回访核查意见"])
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:3]), first=1)
        b.row(ws, 2 + i, list(row[3:5]), first=4, fmt=b.center)
        b.put(ws, 2 + i, 6, row[5])
    end = 3 + len(BUS_ROWS)
    b.line(ws, end, "公司党委书记：金立新    回访组组长：冯群    填表人：赵少华", 6)
    return b.close()


def write_gas_docx(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "濮阳市燃气有限公司巡察反馈问题整改落实情况汇报表", 18)
    _paragraph(doc, "（市委巡察组督查回访用）    汇报时间：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(GAS_ROWS, 1)]
    _table(doc, ["序号", "巡察反馈问题", "整改时限", "责任部门", "整改落实情况", "完成时间"], body)
    _paragraph(doc, "汇报人：濮阳市燃气有限公司党委书记 郑学军", 12)
    return _save_fixed(doc, path)


def write_revisit_zip(path: Path) -> Path:
    members = [
        ("市公交公司巡察整改回访核查表.xlsx", write_bus_book),
        ("市燃气公司巡察反馈问题整改落实情况汇报表.docx", write_gas_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市投资集团有限公司市委巡察反馈问题整改推进表（第三次例会）.xlsx", write_group),
    ("交投集团第三轮巡察暨巡审联动发现问题整改台账.et", write_transport),
    ("市第三人民医院落实市委专项巡察反馈意见整改进度表（7月第4周）.xlsx", write_hospital),
    ("市中医医院巡察整改“回头看”自查表.xls", write_lookback),
    ("濮阳职业技术学院省委巡视反馈意见整改落实清单.xlsx", write_college),
    ("濮阳医学高等专科学校关于经济责任审计发现问题整改情况的报告.docx", write_college_audit),
    ("千口镇落实县委巡察反馈意见整改情况台账.csv", write_town),
    ("马庄桥镇村级经济责任审计发现问题整改跟踪检查表.wps", write_village),
    ("市自来水公司关于2023年度内部审计发现问题整改情况的报告.doc", write_water),
    ("市属企业巡察整改回访材料（公交公司、燃气公司）.zip", write_revisit_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

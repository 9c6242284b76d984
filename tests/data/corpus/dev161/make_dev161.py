"""Write the dev161 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡视巡察反馈问题整改, 城市管理执法, 教育系统安全检查.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside281.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察反馈意见整改台账 of a city 教育局党组, after a city 教育局's published 巡察整改情况的通报 (市委巡察组反馈意见
# 梳理、细化、分解，建立整改台账，明确整改措施、责任领导、责任科室以及整改时限; 各科室负责人为成员; 3个月集中整改):
# https://jyj.xuchang.gov.cn/tzgg/20230718/1b35f237-ad1d-4d4a-814f-01016cb0016d.html
# An .xlsx: title, 填报单位/填报时间 line, one header row with 责任领导 and 责任科室 (the bureau's own sections, so every
# row belongs to the bureau), the 问题类别 merged down over its rows, 立行立改 counted from the 反馈 date a 注 line
# states, dates / 年底前 / 长期坚持, a 注 line and a signature line.
EDU_PATROL_GROUPS = [
    (
        "贯彻落实党的教育方针和上级决策部署方面",
        [
            (
                "落实“双减”政策监管不到位，部分学校课后服务收费项目未经审核公示",
                "开展课后服务收费专项检查，建立收费项目审核公示制度",
                "马建华",
                "基础教育科",
                "2024年6月30日前",
                "已完成专项检查，审核公示制度已印发执行",
            ),
            (
                "校外培训机构“黑白名单”动态更新不及时，2家已注销机构仍在白名单内",
                "立即清理更新黑白名单，实行每月核查",
                "马建华",
                "校外教育培训监管科",
                "立行立改",
                "已清理更新，整改完成",
            ),
            (
                "学校食堂“互联网+明厨亮灶”建设推进缓慢，农村学校覆盖率不足四成",
                "制定建设计划，分批推进农村学校食堂改造",
                "刘志远",
                "安全稳定科",
                "2024年8月31日",
                "未启动",
            ),
        ],
    ),
    (
        "落实全面从严治党责任方面",
        [
            (
                "局属单位公务接待审批单填写不完整，部分接待未附公函",
                "对2023年以来公务接待开展自查，规范审批单填写",
                "王丽娟",
                "财务审计科",
                "2024年5月31日前",
                "已完成自查，补齐手续，整改到位",
            ),
            (
                "对局属学校“三重一大”事项监督流于形式，部分学校未报备会议纪要",
                "修订局属学校“三重一大”决策事项清单，实行会议纪要报备",
                "王丽娟",
                "机关纪委",
                "2024年9月30日前",
                "清单修订稿已起草，正在征求意见",
            ),
        ],
    ),
    (
        "领导班子和干部队伍建设方面",
        [
            (
                "干部人事档案专项审核发现问题整改不彻底，12卷档案材料缺失",
                "逐卷补充缺失材料，建立档案材料收集归档制度",
                "周建国",
                "人事科",
                "2024年底前",
                "已补齐7卷，其余5卷正在补充",
            ),
            (
                "师德师风问题线索处置跟踪不够，个别线索办结后未回访",
                "建立师德师风问题线索季度通报和回访制度",
                "周建国",
                "教师工作科",
                "长期坚持",
                "已建立季度通报制度，长期坚持",
            ),
            (
                "教育系统基层党组织换届提醒不及时，3个党支部超期未换届",
                "督促超期党支部按程序完成换届",
                "李庆民",
                "机关党委",
                "2024年7月20日前",
                "",
            ),
        ],
    ),
]


def write_edu_patrol(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 40, 32, 10, 16, 16, 30])
    b.line(ws, 0, "市委第二巡察组巡察市教育局党组反馈意见整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市教育局党组（盖章）    填报时间：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "问题类别", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展情况"],
    )
    r, n = 3, 0
    for group, rows in EDU_PATROL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "注：市委第二巡察组于2024年4月12日反馈巡察意见，“立行立改”事项自反馈之日起整改；整改进展截至2024年7月26日。",
        7,
    )
    b.line(ws, r + 1, "审核人：李庆民    填表人：杜晓燕    联系电话：0393-4418627", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 巡察整改任务清单 of a city 城市管理局党组, after a 市城市管理局党组's published 巡察整改情况 (巡察组反馈意见中提及的
# 12个方面问题，逐条分析，分解责任，制订了86条措施，明确牵头领导、牵头部门、参与部门和整改时限; 整改专题民主生活会;
# “清风城管”专项):
# http://hlwjrjt.com/html/xinwendongtai/xingyezixun/7781.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 names it): title, 反馈时间/填报日期 line,
# a two-row header (责任分工 over 牵头领导/牵头部门/参与部门, 完成情况 over 已完成/正在推进/未启动 ticks and 进展说明),
# the bureau under its short name in the title and its own 科室 as 牵头部门, 立行立改 from the 反馈 date, a 说明 line.
CITY_PATROL_ROWS = [
    (
        "露天市场周边占道经营反复回潮，长效管理机制不健全",
        "建立“定人、定岗、定责”巡查机制，每日两巡",
        "韩卫东",
        "市容管理科",
        "执法支队一大队",
        "2024年6月底前",
        "√",
        "",
        "",
        "巡查机制已建立运行",
    ),
    (
        "建筑垃圾运输车辆未全部安装卫星定位装置，沿途抛洒滴漏问题突出",
        "督促运输企业全部安装定位装置并接入监管平台",
        "韩卫东",
        "渣土管理科",
        "执法支队二大队",
        "2024年9月30日",
        "",
        "√",
        "",
        "已安装126辆，剩余34辆9月底前完成",
    ),
    (
        "违法建设存量台账底数不清，年度拆违任务未按期完成",
        "开展存量违建拉网式排查，建立一户一档台账",
        "孙宏伟",
        "执法监督科",
        "各执法大队",
        "2024年年底前",
        "",
        "√",
        "",
        "已完成中心城区排查，正在建档",
    ),
    (
        "环卫作业安全管理存在隐患，夜间作业人员反光服配备不全",
        "为一线环卫工人补发反光服并开展安全培训",
        "孙宏伟",
        "环境卫生管理科",
        "",
        "立行立改",
        "√",
        "",
        "",
        "已补发反光服860套",
    ),
    (
        "专项资金支出审批手续不全，3笔设施维修费未经集体研究",
        "补充履行集体研究程序，修订财务审批制度",
        "陈淑芳",
        "计划财务科",
        "办公室",
        "2024年5月31日",
        "√",
        "",
        "",
        "",
    ),
    (
        "党组理论学习中心组学习缺少研讨交流，学用结合不紧",
        "每季度开展一次专题研讨，结合“清风城管”建设推动学用结合",
        "刘振华",
        "机关党委",
        "",
        "长期坚持",
        "",
        "",
        "",
        "常态化推进",
    ),
    (
        "执法记录仪使用率低，部分执法案卷缺少现场取证材料",
        "开展执法案卷评查，落实执法全过程记录",
        "刘振华",
        "法规科",
        "各执法大队",
        "2024年8月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "干部因私出国（境）证照未按规定集中保管",
        "全面清理登记因私证照，统一集中保管",
        "陈淑芳",
        "人事科",
        "",
        "2024年4月30日",
        "",
        "",
        "√",
        "尚未开展清理",
    ),
]


def write_city_patrol_book(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 36, 30, 10, 14, 14, 14, 8, 8, 8, 26])
    b.line(ws, 0, "市城管局党组落实市委第六巡察组反馈意见整改任务清单（进展情况）", 10, b.title)
    b.line(ws, 1, "市委第六巡察组反馈时间：2024年3月15日    填报日期：2024年7月30日", 10)
    for c, word in enumerate(["序号", "反馈问题", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "责任分工", b.head)
    b.header(ws, 3, ["牵头领导", "牵头部门", "参与部门"], first=3)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 2, 10, "完成情况", b.head)
    b.header(ws, 3, ["已完成", "正在推进", "未启动", "进展说明"], first=7)
    for i, row in enumerate(CITY_PATROL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if 7 <= c <= 9 else b.cell)
    end = 4 + len(CITY_PATROL_ROWS)
    b.line(ws, end, "说明：“立行立改”事项自巡察反馈之日起整改；完成情况在相应栏内打“√”。", 10)
    b.line(ws, end + 1, "填表人：郑亚楠    审核人：刘振华    联系电话：0393-8668125", 10)
    return b.close()


def write_city_patrol(path: Path) -> Path:
    return via_soffice(write_city_patrol_book, path, "xls", "城管局巡察整改任务清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 村（社区）党组织巡察反馈问题整改台账, after a district's account of its 村、社区党组织巡察 (盯紧农地非农化、三资管理、
# 项目招投标不规范等问题; 对关系群众切身利益的实际问题立行立改; 对立行立改中的共性问题，及时向街镇党(工)委反馈，由
# 街镇党(工)委从面上进行治理、规范):
# http://m.31hs3.cn/xunchagongzuo/zonghegongzuo/20190815/1266.html
# An .xls (xlwt): title, 填报单位 line, one header row with 乡镇 and 被巡察党组织 beside 整改责任主体 (village 党支部 or,
# for the 共性问题, the 镇党委), 交办日期 the 立行立改 / N日内 count from, 整改结果 and a separate 销号情况, a 说明 line
# with totals and a signature line.
VILLAGE_ROWS = [
    (
        "柳屯镇",
        "东大韩村党支部",
        "立行立改",
        "村集体机动地发包未经村民代表会议表决",
        "濮阳县柳屯镇东大韩村党支部",
        "2024.6.12",
        "立行立改",
        "已重新履行“四议两公开”程序",
        "已销号",
    ),
    (
        "柳屯镇",
        "东大韩村党支部",
        "面上问题",
        "村务公开栏内容半年未更新，财务收支未按季度公开",
        "濮阳县柳屯镇东大韩村党支部",
        "2024.6.12",
        "15日内",
        "已更新公开内容",
        "",
    ),
    (
        "文留镇",
        "后赵村党支部",
        "立行立改",
        "低保户档案中2户家庭收入核算材料缺失",
        "濮阳县文留镇后赵村党支部",
        "2024.6.13",
        "立行立改",
        "正在入户补充核查",
        "未销号",
    ),
    (
        "文留镇",
        "（全镇）",
        "共性问题",
        "村级项目招投标不规范，部分项目未经镇“三资”服务中心审核即签订合同",
        "濮阳县文留镇党委",
        "2024.6.20",
        "2024年9月30日前",
        "正在对2022—2023年村级项目开展全面清理",
        "",
    ),
    (
        "庆祖镇",
        "西辛庄村党支部",
        "面上问题",
        "村“两委”干部坐班值班制度落实不到位，群众办事找不到人",
        "濮阳县庆祖镇西辛庄村党支部",
        "2024.6.18",
        "10日内",
        "已建立坐班值班表并公示",
        "已销号",
    ),
    (
        "庆祖镇",
        "西辛庄村党支部",
        "面上问题",
        "发展党员程序不规范，1名预备党员转正缺少支部大会讨论记录",
        "濮阳县庆祖镇西辛庄村党支部",
        "2024.6.18",
        "2024年8月底",
        "",
        "",
    ),
    (
        "庆祖镇",
        "（全镇）",
        "共性问题",
        "村级财务报销票据审核把关不严，白条入账现象较多",
        "濮阳县庆祖镇党委",
        "2024.6.20",
        "长期坚持",
        "建立镇村两级票据审核制度，长期坚持",
        "",
    ),
    (
        "梨园乡",
        "西梨园村党支部",
        "立行立改",
        "村集体坑塘承包费连续3年未收缴",
        "濮阳县梨园乡西梨园村党支部",
        "2024.6.21",
        "立行立改",
        "逾期未整改",
        "未销号",
    ),
]


def write_village(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县委第三轮巡察村（社区）党组织反馈问题整改台账", t, 0, 9),
        (1, 0, "填报单位：中共濮阳县委巡察工作领导小组办公室    填报时间：2024年7月26日", plain, 1, 9),
    ]
    words = [
        "序号",
        "乡镇",
        "被巡察党组织",
        "问题类型",
        "问题表现",
        "整改责任主体",
        "交办日期",
        "整改时限",
        "整改结果",
        "销号情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(VILLAGE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7, 9) else c))
    r = 3 + len(VILLAGE_ROWS)
    cells += [
        (
            r,
            0,
            "说明：整改时限自交办之日起计算；共性问题向乡镇党委反馈，由乡镇党委从面上治理。本表共列问题8个，已销号2个。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "审核人：牛国强    填表人：吕欣    联系电话：0393-3256107", plain, r + 1, 9),
    ]
    return _write_xls(path, [("巡察整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 城市管理工作督查通报, after a district 城市管理综合执法局's weekly 城市管理工作督查通报 (“针对第二期督查通报督查存在的
# 问题整改效果明显单位如下”, then “本次督查情况如下” town by town and street by street: 组织人员清理……但……清理不及时):
# https://m.daumloan.com/p-410121905.html
# A .docx: title, 期数 line, preamble, section 一 (the last 通报's problems and what each unit did, the deadline in the
# section heading), section 二 (this round's problems by unit, the 3日内 counted from the 督查 date in the heading, one
# row with its own date), a 工作要求 paragraph, the bureau and date at the foot. Items are numbered paragraphs.
CITY_BULLETIN_DONE = [
    "1.华龙区中原路街道办事处：对上期通报的建设路与中原路交叉口西南角乱堆乱放的建筑垃圾组织人员和铲车进行了彻底清理，"
    "并设置围挡，整改到位。",
    "2.华龙区岳村镇人民政府：岳村集贸市场周边早市摊点外溢占道经营，经集中整治外溢现象明显减少，但仍有少量流动摊贩，"
    "正在持续整治。",
    "3.华龙区胜利路街道办事处：石化路两侧绿化带内白色垃圾和杂草长期未清理，至本次督查时仍未整改到位。",
]
CITY_BULLETIN_NEW = [
    "4.华龙区黄河路街道办事处：绿城路菜市场门口流动摊贩占道经营，早晚高峰堵塞交通。",
    "5.华龙区人民路街道办事处：大庆路沿街商铺店外经营、乱摆乱放，督查当日已责令现场整改完毕。",
    "6.濮阳市洁美环境服务有限公司：京开大道（胜利路至长庆路段）机扫作业不到位，路沿石积尘明显。",
    "7.华龙区孟轲乡人民政府：孟轲集镇区垃圾中转站周边垃圾堆积、蚊蝇滋生，已安排转运车辆正在清运。",
    "8.华龙区开州路街道办事处：振兴路公厕设施损坏、洗手池无水，要求7月31日前维修完毕。",
]


def write_city_bulletin(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "华龙区城市管理工作督查通报")
    _paragraph(doc, "第5期", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "华龙区城市管理局                                2024年7月23日", 12)
    _paragraph(
        doc,
        "2024年7月22日，区城市管理局组织人员对城市管理工作进行了督查，现将督查情况通报如下：",
    )
    _paragraph(doc, "一、第4期督查通报问题整改情况（第4期通报要求7月15日前整改到位）", font="黑体")
    for text in CITY_BULLETIN_DONE:
        _paragraph(doc, text)
    _paragraph(doc, "二、本次督查发现的问题（请于督查之日起3日内整改到位）", font="黑体")
    for text in CITY_BULLETIN_NEW:
        _paragraph(doc, text)
    _paragraph(doc, "三、工作要求", font="黑体")
    _paragraph(
        doc,
        "各街道（乡镇）和作业单位要对照通报问题逐项整改，整改情况于规定时限内报区城市管理局督查科，"
        "区城市管理局将对整改情况进行复查，复查结果纳入月度考评。",
    )
    _paragraph(doc, "华龙区城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. “监测吹哨、管养（执法）报到”问题处置台账, after a city 城管局's monthly account of its 智慧城管 “监测吹哨，管养
# （执法）报到” mechanism (市容环境类、道路交通类、施工管理类、街面秩序类、公共设施类; 各部门报到处置率、按期处置率;
# 供电公司、园林绿化中心和街道遗留较多问题未处置; 个别单位案件未及时处置):
# https://hxdsb.fjdaily.com/pc/con/202209/27/content_217842.html
# A CSV in GBK: a title line, a line stating that the 处置时限 counts in working days from the 吹哨时间, one header line
# with the 问题类别 and the 报到单位 under short and former names, the 报到处置情况 (已处置/处置中/未报到/blank), a 合计 line.
WHISTLE_ROWS = [
    (
        "2024-07-01",
        "智慧城管平台",
        "公共设施类",
        "长庆路与京开大道交叉口供水井盖破损下沉",
        "华龙区长庆路",
        "自来水公司",
        "2个工作日",
        "已报到处置，已结案",
    ),
    (
        "2024-07-03",
        "市民吹哨",
        "公共设施类",
        "绿城路公交站台候车亭广告灯箱玻璃破碎",
        "华龙区绿城路",
        "众意公交公司",
        "3个工作日",
        "处置中",
    ),
    (
        "2024-07-05",
        "智慧城管平台",
        "市容环境类",
        "黄河路北侧架空线缆下垂缠绕，影响车辆通行",
        "华龙区黄河路",
        "供电公司",
        "5个工作日",
        "未报到",
    ),
    (
        "2024-07-09",
        "市民吹哨",
        "道路交通类",
        "建设路与人民路交叉口交通信号灯故障，黄灯常闪",
        "华龙区建设路",
        "交警支队",
        "1个工作日",
        "已报到处置，按期结案",
    ),
    (
        "2024-07-11",
        "智慧城管平台",
        "公共设施类",
        "开州路中压燃气管道标志桩缺失3处",
        "华龙区开州路",
        "燃气公司",
        "3个工作日",
        "",
    ),
    (
        "2024-07-15",
        "市民吹哨",
        "街面秩序类",
        "黄河路夜市摊点外溢占用机动车道经营",
        "华龙区黄河路",
        "华龙区黄河路街道办事处",
        "2个工作日",
        "已报到处置，已结案",
    ),
    (
        "2024-07-22",
        "智慧城管平台",
        "施工管理类",
        "濮上路道路改造工地围挡破损，渣土未覆盖",
        "华龙区濮上路",
        "市住建委",
        "5个工作日",
        "处置中",
    ),
    (
        "2024-07-25",
        "市民吹哨",
        "市容环境类",
        "中原路绿化带行道树倒伏压占人行道",
        "华龙区中原路",
        "市园林绿化中心",
        "1个工作日",
        "逾期未处置",
    ),
]


def write_whistle(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市城市综合管理“监测吹哨、管养（执法）报到”问题处置台账（2024年7月）"])
    w.writerow(["处置时限自吹哨之日起按工作日计算；“未报到”指责任单位未在平台签收处置"])
    w.writerow(
        [
            "序号",
            "吹哨时间",
            "问题来源",
            "问题类别",
            "问题描述",
            "发生地点",
            "报到单位",
            "处置时限",
            "报到处置情况",
        ]
    )
    for i, row in enumerate(WHISTLE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "吹哨问题8件", "", "", "", "已处置3件，处置中2件"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 沿街商铺占道经营排查整治台账 of a town's 综合行政执法队, after a town's account of its “扫街式”排查整治 (对辖区主要街道、
# 商业区、居民区拉网式排查; 对存在占道经营行为的商户当场下达整改通知书，要求立即清理占道物品; 对拒不整改或整改不到位
# 的商户依法采取进一步处罚措施):
# http://hnmcrn.com/xinwendongtai/xingyezixun/7659.html
# An .xlsx: title, 检查单位/统计时段 line, a two-row header (整改通知 over 通知书编号/下达日期/整改期限, 复查情况 over
# 复查日期/复查结果), the shops (当事人) as units, 立即整改 and N日内 counted from the 下达日期, an 执法人员 line.
STREET_SHOP_ROWS = [
    (
        "南乐县城关镇老杨家烩面馆",
        "仓颉大道中段",
        "店外设置餐桌占用人行道经营",
        "南城执改〔2024〕041号",
        date(2024, 7, 8),
        "立即整改",
        date(2024, 7, 9),
        "已清理，复查合格",
    ),
    (
        "南乐县鑫源五金建材店",
        "兴华路东段",
        "建材堆放占用人行道",
        "南城执改〔2024〕042号",
        date(2024, 7, 8),
        "3日内",
        date(2024, 7, 11),
        "已清理，复查合格",
    ),
    (
        "南乐县果香园水果超市",
        "人民路与昌盛路交叉口",
        "水果摊架外摆超出门店1.5米",
        "南城执改〔2024〕043号",
        date(2024, 7, 9),
        "立即整改",
        date(2024, 7, 12),
        "复查时仍有外摆，已再次下达通知，正在督促整改",
    ),
    (
        "南乐县顺通汽车美容店",
        "昌盛路北段",
        "占道洗车，污水漫流路面",
        "南城执改〔2024〕044号",
        date(2024, 7, 10),
        "3日内",
        date(2024, 7, 15),
        "逾期未整改",
    ),
    (
        "南乐县城关镇惠民便利店",
        "文化路中段",
        "店外堆放纸箱杂物",
        "南城执改〔2024〕045号",
        date(2024, 7, 10),
        "立即整改",
        None,
        "",
    ),
    (
        "南乐县丰华家电商行",
        "兴华路西段",
        "家电展示占用人行道",
        "南城执改〔2024〕046号",
        date(2024, 7, 15),
        "5日内",
        date(2024, 7, 22),
        "已收回部分展品，正在整改",
    ),
    (
        "南乐县城关镇小王烧烤店",
        "夜市街",
        "夜间占道烧烤，油烟扰民",
        "南城执改〔2024〕047号",
        date(2024, 7, 16),
        "2024年7月20日前入室经营",
        date(2024, 7, 20),
        "已入室经营并安装油烟净化器，复查合格",
    ),
]


def write_street_shops(path: Path) -> Path:
    b = Book(path, author="城关镇执法中队")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 26, 20, 28, 22, 12, 22, 12, 30])
    b.line(ws, 0, "南乐县城关镇沿街商铺占道经营“扫街式”排查整治台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：南乐县城关镇综合行政执法中队    统计时段：2024年7月1日至7月26日",
        8,
    )
    for c, word in enumerate(["序号", "商户名称", "经营地址", "违规行为"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改通知", b.head)
    b.header(ws, 3, ["通知书编号", "下达日期", "整改期限"], first=4)
    b.merge(ws, 2, 7, 2, 8, "复查情况", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=7)
    for i, row in enumerate(STREET_SHOP_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(STREET_SHOP_ROWS)
    b.line(ws, end, "注：整改期限自整改通知书下达之日起计算；对拒不整改的商户依法采取进一步处罚措施。", 8)
    b.line(ws, end + 1, "执法人员：赵磊、孙海涛    填表人：葛静    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 校园安全联合检查问题反馈表, after a 街道's account of its 校园安全检查行动 (街道社管办联合综治办、市场监管所以及学区
# 对辖区10所学校安全检查; 监控储存有时差，来访人员登记信息不全面; 消防栓没水，消防栓窗口堆积杂物; 食堂地面积水，
# 保洁柜里堆放杂物; 检查人员将问题及时反馈学校负责人，要求立即做好整改):
# http://bid.caigoupt.com/info-96070379.html
# An .xlsx: title, 检查单位 (the inspectors)/检查时间 line, one header row with the 学校名称 as unit, 整改要求 holding the
# deadline (立即整改 from the 检查时间, dates, 8月底前), ticks under 已整改/未整改 and a 备注 column, a signature line.
CAMPUS_ROWS = [
    (
        "濮阳市华龙区开州路小学",
        "监控录像储存时间与北京时间不一致，相差约40分钟",
        "立即整改",
        "√",
        "",
        "",
    ),
    (
        "濮阳市第四中学",
        "门卫室来访人员登记信息不全，未登记证件号码和来访事由",
        "立即整改",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区实验幼儿园",
        "教学楼二楼消防栓无水",
        "7月10日前",
        "",
        "√",
        "",
    ),
    (
        "濮阳市华龙区开州路第二小学",
        "一楼消防栓箱前堆放课桌椅等杂物，箱门无法打开",
        "立即整改",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区开州中学",
        "学生食堂操作间地面积水，排水沟堵塞",
        "7月15日前",
        "",
        "",
        "正在改造排水沟",
    ),
    (
        "濮阳市华龙区阳光幼儿园",
        "保洁柜内堆放杂物，清洁工具与餐具混放",
        "立即整改",
        "",
        "",
        "",
    ),
    (
        "濮阳市华龙区开州路第三小学",
        "围墙东侧铁艺护栏锈蚀断裂约6米",
        "8月底前",
        "",
        "",
        "已报区教育局申请维修资金",
    ),
]


def write_campus(path: Path) -> Path:
    b = Book(path, author="开州路街道平安办")
    ws = b.sheet("问题反馈表")
    b.widths(ws, [6, 28, 40, 14, 10, 10, 26])
    b.line(ws, 0, "开州路街道校园安全联合检查发现问题整改反馈表", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：开州路街道平安办、综治中心、华龙区市场监管局开州路所、开州路学区    检查时间：2024年7月3日",
        6,
    )
    b.header(ws, 2, ["序号", "学校名称", "检查发现问题", "整改要求", "已整改", "未整改", "备注"])
    for i, row in enumerate(CAMPUS_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 4, 5) else b.cell)
    end = 3 + len(CAMPUS_ROWS)
    b.line(ws, end, "注：“立即整改”事项自检查之日起整改；整改情况由各学校填报，在相应栏内打“√”。", 6)
    b.line(ws, end + 1, "填表人：贾丽    联系电话：0393-8319072    填报日期：2024年7月25日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 学校安全隐患排查整治台账 of a county 教育体育局, after a county 教体局's account of its 校园安全隐患集中排查整治 (对排查
# 出的安全隐患要建立台账、跟踪落实，定计划、定措施、定时限、定人员进行整改; 对暂时不能整改的，要及时报告，并采取
# 有效的防范措施):
# https://91mtk.com/html/sitegrouproothtmlff8080813a8c6683013a8c6ee9fd00ae20140220094625121.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报单位/日期 line, one table whose header names the
# “四定” (定措施/定人员/定时限) beside the 学校, a schedule text as one deadline, 第三季度, 8月底前, 长期坚持, a 说明
# paragraph and the bureau at the foot.
HAZARD_ROWS = [
    (
        "范县第一中学",
        "学生宿舍楼",
        "宿舍楼电气线路老化，部分插座有烧焦痕迹",
        "更换宿舍楼电气线路和插座",
        "副校长 张国锋",
        "7月20日前制定方案，8月25日前完成更换",
        "方案已制定，线路更换正在施工",
    ),
    (
        "范县实验小学",
        "食堂",
        "液化气瓶与灶具同室存放，未设独立气瓶间",
        "设置独立气瓶间并安装燃气泄漏报警装置",
        "总务主任 刘海洋",
        "2024年7月31日",
        "已完成",
    ),
    (
        "范县濮城镇中心小学",
        "北侧围墙",
        "北侧围墙倾斜开裂约12米",
        "拆除重建，重建前设置警戒隔离",
        "校长 王春生",
        "8月底前",
        "未启动",
    ),
    (
        "范县龙王庄镇初级中学",
        "教学楼",
        "教学楼经鉴定为C级校舍，未进行加固",
        "委托有资质单位设计并实施加固",
        "校长 李宏伟",
        "第三季度",
        "已委托设计单位，加固方案正在编制",
    ),
    (
        "范县陈庄镇中心幼儿园",
        "户外活动场地",
        "大型玩具螺丝松动，塑胶地面多处破损",
        "紧固维修玩具，更换破损地面",
        "园长 赵雪梅",
        "2024年7月10日",
        "已整改",
    ),
    (
        "范县第二中学",
        "校园北侧",
        "校园北侧临金堤河护栏高度不足1米",
        "加高护栏并设置警示标志",
        "副校长 高立新",
        "2024年8月15日",
        "",
    ),
    (
        "范县高码头镇中心小学",
        "校门口",
        "上下学时段校门口车辆乱停乱放，学生通行不畅",
        "设立护学岗，协调交警部门疏导",
        "校长 孟凡军",
        "长期坚持",
        "已设立护学岗，常态化开展",
    ),
]


def write_hazard_docx(path: Path) -> Path:
    doc = _new_document("安全股")
    _title(doc, "范县教育体育局2024年暑期学校安全隐患排查整治台账", 18)
    _paragraph(doc, "填报单位：范县教育体育局安全股    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(HAZARD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "学校",
            "隐患部位",
            "隐患描述",
            "整改措施（定措施）",
            "责任人（定人员）",
            "整改时限（定时限）",
            "整改进度",
        ],
        body,
    )
    _paragraph(
        doc, "说明：对暂时不能整改的隐患，学校已设置警示标志、落实临时防范措施，并书面报告县教育体育局。", 12
    )
    _paragraph(doc, "范县教育体育局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hazard(path: Path) -> Path:
    return via_soffice(write_hazard_docx, path, "doc", "暑期学校安全隐患排查整治台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 学校安全督查发现问题整改情况的报告, after a 学校安全督查 report that names the schools problem by problem (食堂食品
# 留样不符合规范要求; 商店超范围经营，加工热狗、奶茶等熟食; 线路老化; 配电间没有安装绝缘垫和防鼠网; 液化气瓶与明火没有
# 分开隔离; C级校舍未加固; 临塘、临河堤岸年久失修; 围墙倾斜; 下阶段认真做好整改):
# https://m.78911.com.cn/ZiChaBaoGao/685920-4.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 督查 date the 立行立改 counts from, the items as
# numbered paragraphs under three headings, each naming the school, the 整改时限 and (not always) the 整改情况, a
# closing paragraph, the bureau and date at the foot.
SUPERVISION_SECTIONS = [
    (
        "一、饮食卫生安全方面",
        [
            "（一）台前县第一初级中学：食堂食品留样不符合规范要求，留样品种不全、数量不足，未做到专柜专人负责。"
            "整改时限：2024年7月10日。整改情况：已配备专用留样柜，落实专人负责，已整改到位。",
            "（二）台前县实验小学：校内商店超范围经营，加工出售热狗、奶茶等熟食。整改时限：立行立改。"
            "整改情况：督查当日已责令停止加工销售，整改完成。",
        ],
    ),
    (
        "二、消防和用电安全方面",
        [
            "（三）台前县侯庙镇初级中学：教学楼和宿舍楼电气线路老化，年久失修。整改时限：8月底前。"
            "整改情况：已完成教学楼线路改造，宿舍楼线路正在施工。",
            "（四）台前县孙口镇中心小学：配电间未安装绝缘垫和防鼠网。整改时限：2024年7月15日。",
            "（五）台前县马楼镇中心幼儿园：厨房液化气瓶与明火未分开隔离，燃气软管老化。整改时限：2024年7月5日。"
            "整改情况：已设置气瓶间，更换燃气软管，已整改。",
        ],
    ),
    (
        "三、校舍及附属设施安全方面",
        [
            "（六）台前县第二初级中学：综合楼为C级校舍，尚未加固。整改时限：2024年10月31日。"
            "整改情况：已列入2024年校舍维修改造计划，正在招标。",
            "（七）台前县吴坝镇中心小学：校园南侧临河堤岸年久失修，存在坍塌风险。整改时限：年底前。"
            "整改情况：因资金未落实，尚未启动。",
            "（八）台前县夹河乡中心幼儿园：东侧围墙倾斜。整改时限：7月15日前拆除危险段围墙，9月底前建成新围墙。"
            "整改情况：危险段围墙已拆除并设置临时隔离，新围墙正在砌筑。",
        ],
    ),
]


def write_supervision_docx(path: Path) -> Path:
    doc = _new_document("安全稳定股")
    _title(doc, "台前县教育局关于学校安全工作督查发现问题整改情况的报告")
    _paragraph(doc, "市教育局：")
    _paragraph(
        doc,
        "2024年7月2日，我局组织安全稳定股、基础教育股对全县中小学、幼儿园安全工作进行了督查，"
        "发现问题8个，“立行立改”事项自督查之日起整改。现将问题及整改情况报告如下：",
    )
    for heading, paragraphs in SUPERVISION_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paragraphs:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将对尚未整改到位的问题跟踪督办，对一时不能整改的隐患落实临时防范措施，确保师生安全。",
    )
    _paragraph(doc, "台前县教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervision(path: Path) -> Path:
    return via_soffice(write_supervision_docx, path, "doc", "学校安全督查问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 学校安全事故隐患“清零”行动 (two returns in one zip), after a city 教育局's 学校安全事故隐患“清零”行动 (全面梳理汇总考核、
# 督查、检查发现的学校事故隐患，逐一列出清单，建立台账、对账销号; 已整改的隐患检查、整改、验收闭环管理; 对重大隐患挂牌
# 督办，督促落实整改措施、责任、资金、时限和预案):
# http://biggymstore.com/xw/ndxw/2018/0130/74009.shtml
# A .zip holding an .xlsx 对账销号台账 from one county (隐患来源, 发现时间 as an event date, 整改完成时间, 验收人 as the
# inspector, 销号情况) and a .docx 挂牌督办清单 from another (整改措施、责任人、资金、时限、预案, a schedule text).
CLEARING_ROWS = [
    (
        "清丰县第一高级中学",
        "督查",
        "实验室危险化学品未实行双人双锁管理",
        date(2024, 5, 20),
        date(2024, 6, 10),
        date(2024, 6, 8),
        "黄志刚",
        "已销号",
    ),
    (
        "清丰县实验小学",
        "检查",
        "学生宿舍疏散通道堆放床铺杂物",
        date(2024, 6, 3),
        date(2024, 6, 5),
        date(2024, 6, 4),
        "黄志刚",
        "已销号",
    ),
    (
        "清丰县韩村镇中心小学",
        "考核",
        "教学楼屋面防水层老化，雨季渗漏",
        date(2024, 5, 28),
        date(2024, 7, 31),
        None,
        "",
        "未销号（维修正在施工）",
    ),
    (
        "清丰县柳格镇初级中学",
        "督查",
        "食堂燃气泄漏报警装置失效",
        date(2024, 6, 12),
        date(2024, 6, 30),
        date(2024, 6, 28),
        "",
        "",
    ),
    (
        "清丰县仙庄镇中心幼儿园",
        "检查",
        "幼儿园大门口未设置防冲撞设施",
        date(2024, 6, 20),
        date(2024, 8, 15),
        None,
        "",
        "",
    ),
]
MAJOR_HAZARD_ROWS = [
    (
        "南乐县第三初级中学",
        "北教学楼经鉴定为D级危房，仍有4个班级在使用",
        "立即停止使用，拆除重建",
        "校长 陈立军",
        "380",
        "8月20日前停止使用，2025年6月底前完成重建",
        "学生分流至南教学楼上课",
        "县级挂牌",
        "已制定分流方案，重建项目正在立项",
    ),
    (
        "南乐县元村镇中心小学",
        "教学楼无室内消火栓系统，消防设施严重缺失",
        "增设室内消火栓系统和应急照明",
        "校长 杜建民",
        "45",
        "2024年9月30日",
        "配备灭火器，每日巡查",
        "县级挂牌",
        "已完成设计，正在施工",
    ),
    (
        "南乐县福堪镇初级中学",
        "学生宿舍为彩钢板房，耐火等级不达标",
        "拆除彩钢板房，学生迁入新宿舍楼",
        "校长 宋海波",
        "120",
        "2024年7月25日",
        "宿舍区禁用大功率电器",
        "县级挂牌",
        "已拆除，学生迁入新宿舍楼，经县教育局验收合格",
    ),
    (
        "南乐县千口镇中心幼儿园",
        "园舍紧邻加油站，安全距离不足",
        "整体搬迁",
        "园长 王丽",
        "600",
        "2024年底前",
        "设置隔离带，定期开展疏散演练",
        "市级挂牌",
        "新址未确定，尚未启动",
    ),
]


def write_clearing_book(path: Path) -> Path:
    b = Book(path, author="清丰县教育局安全股")
    ws = b.sheet("对账销号台账")
    b.widths(ws, [6, 24, 10, 36, 12, 12, 14, 10, 22])
    b.line(ws, 0, "清丰县学校安全事故隐患“清零”行动对账销号台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县教育局（盖章）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "学校",
            "隐患来源",
            "隐患内容",
            "发现时间",
            "整改时限",
            "整改完成时间",
            "验收人",
            "销号情况",
        ],
    )
    for i, row in enumerate(CLEARING_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(CLEARING_ROWS)
    b.line(ws, end, "注：隐患来源分考核、督查、检查三类；已整改隐患经验收后销号。", 8)
    b.line(ws, end + 1, "填表人：崔艳    联系电话：0393-7226315", 8)
    return b.close()


def write_major_docx(path: Path) -> Path:
    doc = _new_document("南乐县教育局")
    _title(doc, "南乐县学校重大事故隐患挂牌督办清单", 18)
    _paragraph(doc, "填报单位：南乐县教育局    填报日期：2024年7月29日    资金单位：万元", 12)
    body = [[str(i), *row] for i, row in enumerate(MAJOR_HAZARD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "隐患学校",
            "重大隐患内容",
            "整改措施",
            "责任人",
            "整改资金",
            "整改时限",
            "应急预案",
            "督办级别",
            "整改进展",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "填表人：耿小飞    联系电话：0393-7213386", 12)
    return _save_fixed(doc, path)


def write_clearing_zip(path: Path) -> Path:
    members = [
        ("清丰县学校安全事故隐患清零行动对账销号台账.xlsx", write_clearing_book),
        ("南乐县学校重大事故隐患挂牌督办清单.docx", write_major_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市委第二巡察组巡察市教育局党组反馈意见整改台账.xlsx", write_edu_patrol),
    ("市城管局党组巡察反馈意见整改任务清单.et", write_city_patrol),
    ("濮阳县委第三轮巡察村（社区）党组织反馈问题整改台账.xls", write_village),
    ("华龙区城市管理工作督查通报（第5期）.docx", write_city_bulletin),
    ("监测吹哨管养报到问题处置台账（2024年7月）.csv", write_whistle),
    ("南乐县城关镇沿街商铺占道经营排查整治台账.xlsx", write_street_shops),
    ("开州路街道校园安全联合检查问题整改反馈表.xlsx", write_campus),
    ("范县暑期学校安全隐患排查整治台账.wps", write_hazard),
    ("台前县教育局关于学校安全督查发现问题整改情况的报告.doc", write_supervision),
    ("学校安全事故隐患清零行动台账（清丰县、南乐县）.zip", write_clearing_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

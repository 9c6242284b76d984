"""Write the dev115 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 公共文化服务设施的检查整改 (文化馆、图书馆、农家书屋、村（社区）综合文化服务中心、乡镇综合文化站、档案馆/档案库房).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with a BOM, a .docx whose items are numbered
paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice, a prose report) and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside203.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
        self.sub = add({"font_size": 11, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num=None):
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
    if num:
        style.num_format_str = num
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
# 1. 村居综合文化服务中心运行管理情况排查, after a development zone 教育文体局's 排查 of its 村居 综合文化服务中心
# (实地查看、现场询问、查阅资料; 建设、免费开放、文化活动开展、设施设备管理利用及文体广场建设; 制定检查表，下发检查
# 通报，建立台账，对整改情况实行一周一调度，跟踪督导，限期落实):
# http://www.gqsoso.com/html/2021/dt_0708/80560.html
# An .xlsx: title, 检查单位/检查时间/调度 line, a two-row header whose 整改进展（一周一调度） spans three weekly columns,
# the 街道/乡 as 整改责任单位 beside the 村（社区）, a 注 line and a 填表人 line.
CENTRE_ROWS = [
    (
        "中原路街道",
        "绿城社区",
        "免费开放",
        "综合文化服务中心未公示免费开放时间和服务项目",
        "制作免费开放公示牌并上墙",
        "华龙区中原路街道办事处",
        "2024年7月10日",
        "已完成",
        "已完成",
        "已完成",
    ),
    (
        "中原路街道",
        "王什村",
        "设施设备管理利用",
        "文体活动室被挤占作为村委会物资仓库",
        "清理腾退物资，恢复活动室功能",
        "华龙区中原路街道办事处",
        "2024年7月20日",
        "正在清理",
        "已腾退，已完成",
        "已完成",
    ),
    (
        "胜利路街道",
        "三里店社区",
        "文化活动开展",
        "上半年仅开展文化活动2场，未达到每月至少1场的要求",
        "制定下半年活动计划，每月至少开展1场",
        "华龙区胜利路街道办事处",
        "长期坚持",
        "已制定活动计划",
        "长期坚持",
        "长期坚持",
    ),
    (
        "胜利路街道",
        "后范庄村",
        "文体广场建设",
        "篮球架锈蚀倾斜，健身器材损坏3件",
        "更换篮球架，维修损坏器材",
        "华龙区胜利路街道办事处",
        "2024年8月15日",
        "已上报维修计划",
        "正在采购",
        "正在采购",
    ),
    (
        "大庆路街道",
        "油田社区",
        "建设",
        "农家书屋与党员活动室一室多用，未设置独立阅览区",
        "调整功能布局，设置独立阅览区",
        "华龙区大庆路街道办事处",
        "2024年8月31日",
        "未启动",
        "未启动",
        "未启动",
    ),
    (
        "大庆路街道",
        "东北庄村",
        "设施设备管理利用",
        "电子阅报屏长期断电闲置",
        "恢复供电并明确专人管理",
        "华龙区大庆路街道办事处",
        "2024年7月12日",
        "已完成",
        "已完成",
        "已完成",
    ),
    (
        "孟轲乡",
        "孟轲村",
        "免费开放",
        "开放时间内中心大门上锁，管理员不在岗",
        "明确专职管理员，落实开放值班制度",
        "华龙区孟轲乡人民政府",
        "2024年7月8日",
        "",
        "",
        "",
    ),
    (
        "孟轲乡",
        "西子岸村",
        "建设",
        "综合文化服务中心门头标识和功能室标牌缺失",
        "按统一样式制作悬挂标识标牌",
        "华龙区孟轲乡人民政府",
        "2024年7月31日",
        "正在设计",
        "正在制作",
        "标牌已制作完成，待悬挂",
    ),
]


def write_centre(path: Path) -> Path:
    b = Book(path, author="公共服务股")
    ws = b.sheet("排查问题台账")
    b.widths(ws, [6, 12, 12, 14, 34, 28, 22, 16, 14, 16, 20])
    b.line(ws, 0, "华龙区村（社区）综合文化服务中心运行管理情况排查问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区文化广电和旅游局检查组    检查时间：2024年7月1日—7月5日    "
        "对照《行政村（社区）综合文化服务中心建设标准》逐项检查，整改情况一周一调度",
        10,
    )
    for c, word in enumerate(
        ["序号", "街道（乡）", "村（社区）", "检查项目", "存在问题", "整改措施", "整改责任单位", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改进展（一周一调度）", b.head)
    b.header(ws, 3, ["第一周（7月12日）", "第二周（7月19日）", "第三周（7月26日）"], first=8)
    for i, row in enumerate(CENTRE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CENTRE_ROWS)
    b.line(
        ws, end + 1, "注：整改进展于每周五下班前报区文化广电和旅游局公共服务股，完成整改的填写“已完成”。", 10
    )
    b.line(ws, end + 2, "填表人：许文静    联系电话：0393-8316625    填报日期：2024年7月29日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 档案安全除险清患专项排查整治, after a district 档案局's 汛期 档案安全 排查 (档案局、档案馆组成4个检查组，分赴24家
# 重点单位现场抽查; 各单位自查梳理的“问题清单、整改清单、责任清单”三个清单; 防火、防盗、防潮、防汛、防泄密; 能立行立改
# 的当场整改，不能立即整改的明确整改措施和整改时限并跟踪落实):
# https://jda.cq.gov.cn/xwzx/bdxw/content_51581
# An .xlsx: title, 填报单位/检查时间 line, a two-row header whose 问题清单 / 整改清单 / 责任清单 groups span their columns,
# the 检查组 (the inspector) first, units in short and directory names, a 合计 row and a signature line.
ARCHIVE_ROWS = [
    (
        "第一检查组",
        "市不动产登记中心",
        "防火",
        "档案库房内2具灭火器过期",
        "更换过期灭火器",
        "立行立改",
        "2024.7.10",
        "已更换",
        "市不动产登记中心",
        "赵建华",
    ),
    (
        "第一检查组",
        "市公积金中心",
        "防潮",
        "库房除湿机故障，库内相对湿度达78%",
        "维修除湿机，增配温湿度记录仪",
        "限期整改",
        "2024.7.20",
        "已维修，库内湿度恢复正常",
        "市公积金中心",
        "马丽娟",
    ),
    (
        "第二检查组",
        "市医保局",
        "防汛",
        "档案库房位于地下一层，未设防水挡板和排水设施",
        "加装防水挡板，配备抽水泵",
        "限期整改",
        "2024.7.31",
        "挡板已采购，正在安装",
        "市医保局",
        "孙国强",
    ),
    (
        "第二检查组",
        "市统计局",
        "防泄密",
        "涉密档案与普通档案混柜存放，未单独上锁",
        "分区存放，涉密档案专柜双锁管理",
        "立行立改",
        "2024.7.11",
        "已整改",
        "市统计局",
        "刘晓东",
    ),
    (
        "第三检查组",
        "市档案馆",
        "防盗",
        "馆库视频监控录像仅保存15天，达不到30天要求",
        "扩容监控存储设备",
        "限期整改",
        "2024年8月31日",
        "",
        "濮阳市档案馆",
        "王振宇",
    ),
    (
        "第三检查组",
        "市档案馆",
        "防火",
        "档案数字化外包加工场所私拉电线、使用插线板串接",
        "责令外包公司规范用电，拆除私拉电线",
        "立行立改",
        "2024.7.11",
        "已拆除，规范布线",
        "濮阳市档案馆",
        "王振宇",
    ),
    (
        "第四检查组",
        "市自然资源局",
        "防潮",
        "库房屋顶渗水，部分档案盒受潮",
        "维修屋顶防水层，受潮档案晾晒修复",
        "限期整改",
        "2024年8月底前",
        "正在确定维修单位",
        "市自然资源局",
        "郭志刚",
    ),
    (
        "第四检查组",
        "市卫健委",
        "防火",
        "档案室内堆放纸箱等易燃杂物",
        "清理杂物",
        "立行立改",
        "2024.7.12",
        "未整改",
        "市卫健委",
        "李红霞",
    ),
    (
        "第四检查组",
        "市交通局",
        "制度建设",
        "未制定档案安全应急预案，未开展应急演练",
        "制定档案安全应急预案，每年至少演练1次",
        "长期坚持",
        "长期坚持",
        "长期坚持",
        "市交通局",
        "陈建军",
    ),
]


def write_archive(path: Path) -> Path:
    b = Book(path, author="监督指导科")
    ws = b.sheet("三个清单")
    b.widths(ws, [6, 12, 18, 10, 34, 28, 12, 14, 22, 18, 10])
    b.line(ws, 0, "2024年汛期档案安全风险隐患排查整治“三个清单”", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市档案局（盖章）    检查时间：2024年7月10日—7月12日    "
        "检查方式：市档案局、市档案馆组成4个检查组对重点单位现场抽查",
        10,
    )
    for c, word in enumerate(["序号", "检查组", "被检查单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "问题清单", b.head)
    b.merge(ws, 2, 5, 2, 8, "整改清单", b.head)
    b.merge(ws, 2, 9, 2, 10, "责任清单", b.head)
    b.header(
        ws,
        3,
        ["隐患类别", "问题隐患", "整改措施", "整改方式", "整改时限", "整改情况", "责任单位", "责任人"],
        first=3,
    )
    for i, row in enumerate(ARCHIVE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ARCHIVE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 10, "共抽查重点单位24家，排查问题隐患9处，其中立行立改4处、限期整改4处、长期坚持1处"
    )
    b.line(
        ws, end + 2, "审核人：韩卫东    填表人：周雪    联系电话：0393-8998156    填报日期：2024年7月30日", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 乡镇（街道）综合文化站服务效能专项治理, after a county's 推进会 (《公共文化服务体系达标建设三年行动计划落实情况
# 督查发现的问题清单》; 对存在问题的文化站建立整改台账、制定整改方案; 办公用房被挤占挪用、无站房、站房不能正常使用和
# 服务效能不高的问题; 乡镇长表态):
# https://cdswlgtj.changde.gov.cn/zhdt/zxdt/content_120855
# An .xlsx: title and a subtitle naming the 问题清单, one header row, the 问题类型 merged down over its rows, the 乡镇
# 人民政府 as 责任单位 with a 责任人, a 是否销号 column beside 整改进展, a 填表说明 line and a 填报单位 line.
STATION_GROUPS = [
    (
        "办公用房被挤占挪用",
        [
            (
                "柳屯镇",
                "文化站办公用房被镇便民服务中心挤占",
                "腾退站房，恢复文化站功能",
                "濮阳县柳屯镇人民政府",
                "镇长 李建新",
                "2024年6月30日",
                "已腾退，恢复开放",
                "已销号",
            ),
            (
                "文留镇",
                "多功能活动厅被挪作镇农技站仓库",
                "清理仓储物资，恢复活动厅功能",
                "濮阳县文留镇人民政府",
                "镇长 王国强",
                "2024年7月31日",
                "正在清理",
                "未销号",
            ),
            (
                "庆祖镇",
                "书刊阅览室出租给个体经营户",
                "解除租赁合同，收回阅览室",
                "濮阳县庆祖镇人民政府",
                "镇长 张志伟",
                "2024年9月30日",
                "未启动",
                "未销号",
            ),
        ],
    ),
    (
        "无站房",
        [
            (
                "梁庄镇",
                "无独立站房，文化站挂靠镇政府会议室",
                "利用闲置校舍改建站房",
                "濮阳县梁庄镇人民政府",
                "镇长 刘保国",
                "2024年12月底前",
                "已完成选址，正在设计",
                "未销号",
            ),
            (
                "郎中乡",
                "原站房拆除后未重建",
                "纳入乡党群服务中心统筹建设",
                "濮阳县郎中乡人民政府",
                "乡长 杨永胜",
                "2025年6月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "站房不能正常使用",
        [
            (
                "渠村乡",
                "站房屋顶漏雨、墙体开裂，经鉴定为C级危房",
                "维修加固后恢复使用",
                "濮阳县渠村乡人民政府",
                "乡长 孟庆华",
                "2024年10月31日",
                "已申请维修资金",
                "未销号",
            ),
            (
                "海通乡",
                "站房二楼楼梯护栏缺失，暂停开放",
                "加装楼梯护栏后恢复开放",
                "濮阳县海通乡人民政府",
                "乡长 赵卫东",
                "2024年7月15日",
                "护栏已安装，恢复开放",
                "已销号",
            ),
        ],
    ),
    (
        "服务效能不高",
        [
            (
                "户部寨镇",
                "文化站全年开展活动不足12场，每周免费开放时间不足42小时",
                "制定年度活动计划，落实错时开放",
                "濮阳县户部寨镇人民政府",
                "镇长 秦海涛",
                "长期坚持",
                "长期坚持",
                "",
            ),
            (
                "徐镇镇",
                "文化站专职人员被长期借调从事其他工作",
                "配齐专职文化站工作人员",
                "濮阳县徐镇镇人民政府",
                "镇长 吴振华",
                "2024年8月15日",
                "镇党委会已研究，拟调整人员",
                "未销号",
            ),
        ],
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="公共服务股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 10, 36, 26, 22, 14, 16, 24, 10])
    b.line(ws, 0, "濮阳县乡镇（街道）综合文化站服务效能专项治理问题整改台账", 9, b.title)
    b.line(ws, 1, "（对照《公共文化服务体系达标建设三年行动计划落实情况督查发现的问题清单》）", 9, b.sub)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类型",
            "乡镇",
            "问题清单",
            "整改措施",
            "责任单位",
            "责任人",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    r, n = 3, 0
    for kind, rows in STATION_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws, r + 1, "填表说明：“是否销号”栏由县专项治理工作领导小组办公室复核后填写，整改到位的填“已销号”。", 9
    )
    b.line(
        ws,
        r + 2,
        "填报单位：濮阳县文化广电和旅游局（盖章）    填表人：孔令雪    联系电话：0393-3216078    "
        "填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 图书馆节前消防安全大检查, after a district library's check by its 消防安全领导小组 led by the 馆长 (办公室、新书快借室、
# 少儿部、信息部、期刊部、通借通还借阅室、采编部、辅导部、读者自修室; 消防通道是否畅通，消防设施是否齐全，能否正常使用;
# 火灾自动报警系统、自动喷水灭火系统; 对安全隐患要求立即整改):
# http://en.tjdllib.cn/news/detail.aspx?CID=7&ID=1940
# An .xlsx from the library itself: title, 检查组/检查时间 line, one header row with the 检查部位 and the 责任部门 (its own
# sections), a 复查人 (an inspector) beside the 复查结果, a 检查人员 signature line.
LIBRARY_ROWS = [
    (
        "少儿部",
        "少儿阅览区东侧安全出口被移动书架遮挡",
        "移开书架，保持安全出口畅通",
        "少儿部",
        "2024.7.16",
        "已移开，通道畅通",
        "张海燕",
        "合格",
    ),
    (
        "期刊部",
        "过刊库房内2具灭火器压力不足",
        "更换灭火器",
        "办公室",
        "2024.7.19",
        "已更换",
        "张海燕",
        "合格",
    ),
    (
        "信息部（电子阅览室）",
        "电子阅览室插线板串接使用，电源线缠绕堆积",
        "规范布线，拆除串接插线板",
        "信息部",
        "2024.7.18",
        "正在重新布线",
        "",
        "",
    ),
    (
        "采编部",
        "新到图书纸箱堆放在二楼走廊",
        "及时拆包入库，清理走廊",
        "采编部",
        "7月20日前",
        "未整改",
        "",
        "",
    ),
    (
        "读者自修室",
        "读者自带电热水壶等大功率电器使用",
        "张贴禁用提示，加强巡查劝阻",
        "读者服务部",
        "长期坚持",
        "常态化推进",
        "",
        "",
    ),
    (
        "消防控制室",
        "火灾自动报警系统主机显示3个探测点位故障",
        "联系维保单位检修探测器",
        "办公室",
        "2024年7月31日",
        "已报维保单位，待配件到货",
        "",
        "",
    ),
    (
        "古籍部",
        "古籍书库气体灭火系统超过一年未检测",
        "委托有资质的机构检测",
        "古籍部",
        "2024年8月31日",
        "",
        "",
        "",
    ),
    (
        "通借通还借阅室",
        "借阅室2处应急照明灯不亮",
        "更换应急照明灯",
        "办公室",
        "2024.7.17",
        "已更换",
        "张海燕",
        "合格",
    ),
]


def write_library(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 18, 34, 28, 12, 14, 24, 10, 10])
    b.line(ws, 0, "濮阳市图书馆暑期消防安全大检查隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查组：馆消防安全领导小组（组长：馆长 黄立新）    检查时间：2024年7月16日    "
        "检查内容：消防通道、消防设施器材、火灾自动报警系统、用电安全",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查部位",
            "存在隐患",
            "整改要求",
            "责任部门",
            "整改期限",
            "整改结果",
            "复查人",
            "复查结果",
        ],
    )
    for i, row in enumerate(LIBRARY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIBRARY_ROWS)
    b.line(ws, end + 1, "检查人员：黄立新、张海燕、孙建平    填表日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 档案室、档案库房拉网式安全大检查, after a district 档案局's check of 69 units (库房安全“十防”标准、网络安全要求及档案
# 安全防范制度、措施; 对其中12个安全措施不到位的单位下发了整改通知书，明确整改期限和整改责任，并安排专人跟踪整改):
# https://www.zzsda.cn/xqjl/2743513.jhtml
# An .xls (xlwt): title, 填报单位/检查时间 line, one header row with the 整改通知书 number and its 下达日期 (the base of
# the 整改期限 in days and working days, and of 立行立改), a 跟踪人 column, a 注 line and a 填表人 line.
NOTICE_ROWS = [
    (
        "华档整〔2024〕1号",
        "华龙区人力资源和社会保障局",
        "档案库房未安装防盗门，窗户无防护栏",
        "安装防盗门，窗户加装防护栏",
        date(2024, 7, 3),
        "15日内",
        "宋佳",
        "已安装防盗门和防护栏，经复查合格",
    ),
    (
        "华档整〔2024〕2号",
        "华龙区卫生健康委员会",
        "库房无温湿度监测设备，未建立温湿度记录",
        "配置温湿度计，每日记录",
        date(2024, 7, 3),
        "10个工作日内",
        "宋佳",
        "已配置温湿度计并建立记录",
    ),
    (
        "华档整〔2024〕3号",
        "华龙区孟轲乡人民政府",
        "档案与办公用品混放，库房兼作杂物间",
        "清理杂物，专库专用",
        date(2024, 7, 5),
        "7日内",
        "李振",
        "未整改",
    ),
    (
        "华档整〔2024〕4号",
        "华龙区中原路街道办事处",
        "库房窗户无遮光窗帘，档案柜受阳光直射",
        "加装遮光窗帘",
        date(2024, 7, 8),
        "2024年7月15日",
        "李振",
        "已加装",
    ),
    (
        "华档整〔2024〕5号",
        "华龙区市场监督管理局",
        "档案数字化存储服务器接入互联网，未与外网物理隔离",
        "断开互联网连接，实行物理隔离",
        date(2024, 7, 8),
        "立行立改",
        "宋佳",
        "已断开互联网，隔离设备正在部署",
    ),
    (
        "华档整〔2024〕6号",
        "华龙区城市管理局",
        "档案库房未配置灭火器，烟感报警器未通电",
        "配置气体灭火器，恢复烟感报警器供电",
        date(2024, 7, 10),
        "10日内",
        "李振",
        "",
    ),
    (
        "华档整〔2024〕7号",
        "华龙区胜利路街道办事处",
        "库房墙面返潮发霉，部分档案盒霉变",
        "墙面防潮处理，霉变档案消毒",
        date(2024, 7, 10),
        "30日内",
        "宋佳",
        "霉变档案已消毒，墙面防潮正在施工",
    ),
    (
        "华档整〔2024〕8号",
        "华龙区交通运输局",
        "未落实库房出入登记和钥匙双人管理",
        "建立出入登记和钥匙双人管理制度",
        date(2024, 7, 12),
        "5个工作日内",
        "李振",
        "已建立制度并落实出入登记",
    ),
]


def write_notice(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num="yyyy-mm-dd")
    plain = _xf(border=False)
    cells = [
        (0, 0, "档案室（库房）安全大检查整改通知书跟踪台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：华龙区档案馆（区档案局）    检查时间：2024年7月1日—7月12日    "
            "共检查69家单位，对8家安全措施不到位的单位下发整改通知书",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "通知书编号",
            "被检查单位",
            "存在问题（对照“十防”标准）",
            "整改要求",
            "下达日期",
            "整改期限",
            "跟踪人",
            "整改反馈情况",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(NOTICE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                cells.append((r, col, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, col, v, ctr if col in (1, 6, 7) else c))
    r = 4 + len(NOTICE_ROWS)
    cells += [
        (r, 0, "注：整改期限自整改通知书下达之日起计算；整改反馈情况由跟踪人复查后填写。", plain, r, 8),
        (
            r + 1,
            0,
            "填表人：宋佳    审核人：王德明    联系电话：0393-8261137    填表日期：2024年7月30日",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("跟踪台账", cells, [6, 18, 26, 34, 28, 12, 14, 8, 30])])


# ---------------------------------------------------------------------------------------------
# 6. 农家书屋自查自纠, after a township's point-to-point check of its 7个村、1个社区 农家书屋 (图书未按分类标签整齐摆放、
# 规章制度未悬挂在显眼位置、未明确标注开放时间及管理员姓名号码; 利用率不高; 按照农家书屋建设管理使用“十有”标准立即
# 进行整改):
# http://zxr.ahnews.com.cn/news/2024/05/29/c_527687.htm
# A CSV in UTF-8 with a BOM (Excel's «CSV UTF-8»): a title line, a 填报单位/自查时间 line, one header line with the
# “十有”标准 item checked against and the 村民委员会 as 整改责任单位, a 合计 line and a 填报人 line.
BOOKHOUSE_ROWS = [
    (
        "千口镇前屯村村民委员会",
        "有分类",
        "图书未按分类标签整齐摆放，少儿读物与农技图书混放",
        "按类别重新上架并粘贴分类标签",
        "2024年7月20日",
        "已整改",
    ),
    (
        "千口镇后屯村村民委员会",
        "有制度",
        "借阅管理制度、管理员职责等规章制度未上墙",
        "规章制度悬挂在书屋显眼位置",
        "2024年7月20日",
        "已上墙公示",
    ),
    (
        "千口镇千口村村民委员会",
        "有公示",
        "书屋门口未标注开放时间及管理员姓名、联系电话",
        "制作公示牌悬挂于书屋门口",
        "2024年7月20日",
        "公示牌正在制作",
    ),
    (
        "千口镇东街社区居民委员会",
        "有台账",
        "图书借阅登记簿自2023年10月以后未登记",
        "恢复借阅登记，补齐借阅台账",
        "2024年7月31日",
        "",
    ),
    (
        "千口镇大韩村村民委员会",
        "有场所",
        "书屋与村卫生室共用一间房，使用面积不足20平方米",
        "调整至村党群服务中心二楼",
        "2024年9月30日",
        "未整改",
    ),
    (
        "千口镇赵庄村村民委员会",
        "有更新",
        "近三年未补充新书，报刊订阅中断",
        "向县里申请补充图书，恢复报刊订阅",
        "年底前",
        "已上报补充书目需求",
    ),
    (
        "千口镇北张村村民委员会",
        "有活动",
        "书屋利用率低，今年以来未组织读书活动",
        "每季度至少组织1次读书活动",
        "长期坚持",
        "长期坚持",
    ),
]


def write_bookhouse(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 6
    w.writerow(["千口镇农家书屋自查自纠问题整改台账（对照“十有”标准）", *blank])
    w.writerow(
        ["填报单位：南乐县千口镇综合文化站    自查时间：2024年7月18日    共自查7个村、1个社区", *blank]
    )
    w.writerow(["序号", "整改责任单位", "“十有”标准对照项", "存在问题", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(BOOKHOUSE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "自查8个农家书屋，发现问题7个", "", "", ""])
    w.writerow(["填报人：陈晓丽    联系电话：0393-7461025    填报日期：2024年7月26日", *blank])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 村（社区）综合性文化服务中心标准化建设中期督查情况通报和整改意见, after a city 文化广电新闻出版局's 通知 to its 镇
# (街道) 文化站 (常文广新〔2018〕68号; 中期现场督查; 按照“八个一”功能定位; 设施功能缺位、设备陈旧、一室多用; 因村委会
# 建设、改造等原因整体功能缺失; 免费开放项目一览表需重新更新):
# https://www.wenku365.com/p-18426352.html
# A .docx: 文件头, 文号, title, 主送, preamble paragraphs, 一、存在问题及整改意见 with one heading per 县（区） naming the
# 责任单位 and the problems as numbered paragraphs (整改意见 and a deadline or what was done at the visit in sentences),
# 二、有关要求 as one paragraph, the office and date at the foot.
CIRCULAR_PARTS = [
    (
        "（一）清丰县（责任单位：清丰县文化广电和旅游局）",
        [
            "1. 韩村镇西辛庄村：因村委会办公楼改造，综合性文化服务中心“八个一”功能整体缺失，书刊阅览、文体活动"
            "无固定场所。整改意见：加快改造进度，改造期间借用村小学闲置教室临时布局。请于2024年9月30日前完成。",
            "2. 马庄桥镇后屯村：免费开放项目一览表仍为2021年版本，公示的开放时间与实际不符。整改意见：重新制作"
            "并更新公示内容。督查时已现场更换，整改到位。",
        ],
    ),
    (
        "（二）南乐县（责任单位：南乐县文化广电和旅游局）",
        [
            "3. 元村镇元村集村：文化活动室音响、投影设备陈旧损坏，无法正常使用。整改意见：更新设备，建立设备"
            "维护台账。请于2024年8月31日前完成。",
            "4. 杨村乡后杨村：多功能活动室与村委会会议室一室多用，日常活动时段常被会议占用。整改意见：错时使用"
            "并公示活动时间。请于本通知印发之日起10个工作日内完成。目前村里已调整会议安排，公示牌正在制作。",
        ],
    ),
    (
        "（三）范县（责任单位：范县文化广电和旅游局）",
        [
            "5. 颜村铺乡前颜村：综合性文化服务中心无门头标识，各功能室未挂牌。整改意见：按全市统一样式制作"
            "标识标牌。请于本通知印发之日起10个工作日内完成。",
            "6. 陈庄镇孙庄社区：电子阅览室电脑仅1台可用，文化共享工程终端未联网。整改意见：维修设备并恢复网络。"
            "请于8月15日前完成。督查时社区已联系维修，正在处理。",
        ],
    ),
    (
        "（四）华龙区（责任单位：华龙区文化广电和旅游局）",
        [
            "7. 岳村镇南田村：文体广场健身器材缺失，未设置文化宣传栏。整改意见：补配健身器材，设置宣传栏。"
            "请于年底前完成。",
            "8. 中原路街道昆吾社区：综合性文化服务中心未配备专兼职管理人员，开放服务记录缺失。整改意见：明确"
            "管理员，建立开放服务记录。请于7月31日前完成。经7月19日复查，已明确1名专职管理员，开放记录已补建，"
            "整改到位。",
        ],
    ),
]


def write_circular(path: Path) -> Path:
    doc = _new_document("公共服务科")
    _paragraph(doc, "濮阳市文化广电和旅游局文件", 26, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "濮文广旅〔2024〕52号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "关于印发2024年全市村（社区）综合性文化服务中心标准化建设中期督查情况通报和整改意见的通知")
    _paragraph(doc, "各县（区）文化广电和旅游局，开发区、示范区社会事业局：")
    _paragraph(
        doc,
        "为扎实推进全市村（社区）综合性文化服务中心标准化建设，自七月上旬起，我局对各县（区）2024年度列入"
        "标准化建设目标的创建单位以及2023年度创建单位中部分需整改的村（社区）进行了中期现场督查。本次督查"
        "显示全市整体情况较好，各地对标准化建设的指标要求理解到位，按照“八个一”功能定位，多数创建单位功能"
        "齐全、布局到位、标识清晰。但督查中也发现，个别地方推进力度不足，业务指导不到位，存在设施功能缺位、"
        "设备陈旧、一室多用等情况。现将督查发现的问题及整改意见通报如下，整改时限自本通知印发之日"
        "（2024年7月22日）起计算。",
    )
    _paragraph(doc, "一、存在问题及整改意见", font="黑体")
    for heading, paras in CIRCULAR_PARTS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、有关要求", font="黑体")
    _paragraph(
        doc,
        "各县（区）文化广电和旅游局要对照本通报逐项督促整改，举一反三开展自查，并于2024年8月10日前将整改"
        "情况书面报市局公共服务科。市局将适时组织复查，复查结果纳入年度公共文化服务考核。",
    )
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 公共文化服务体系示范区创建督查, after a district's 督查 of its 16个乡镇（办） (三个督查组; 乡镇综合文化站（街道综合
# 文化服务中心）、村（社区）综合性文化中心的设施建设、文化服务、经费保障、队伍建设; 现场提出整改要求，反馈乡镇政府、
# 办事处; 在规定的时间内完成整改，并把整改情况上报督查组和创建办):
# https://meipian.cn/36ezajgi
# An .et (Excel 97 via LibreOffice): title, 督查时间/督查组/报送 line, one header row with the 督查组 (the inspector) first,
# the 乡镇人民政府 / 街道办事处 as 整改责任单位, a 督查组复核 column beside 整改完成情况, a 注 line and a 填报单位 line.
DEMO_ROWS = [
    (
        "第一督查组",
        "韩村镇",
        "镇综合文化站",
        "设施建设",
        "文化站多功能厅舞台灯光损坏",
        "清丰县韩村镇人民政府",
        "2024年7月31日",
        "已更换灯具",
        "复核通过",
    ),
    (
        "第一督查组",
        "柳格镇",
        "东柳格村",
        "文化服务",
        "村综合性文化服务中心免费开放登记记录空白",
        "清丰县柳格镇人民政府",
        "2024年7月25日",
        "正在补建登记制度",
        "",
    ),
    (
        "第二督查组",
        "纸房乡",
        "乡综合文化站",
        "经费保障",
        "乡综合文化站免费开放补助资金未专款专用，被统筹用于办公支出",
        "清丰县纸房乡人民政府",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "第二督查组",
        "阳邵镇",
        "杨庄村",
        "队伍建设",
        "村级文化管理员由村会计兼任，未参加过业务培训",
        "清丰县阳邵镇人民政府",
        "常态化推进",
        "常态化推进",
        "",
    ),
    (
        "第二督查组",
        "巩营乡",
        "乡综合文化站",
        "设施建设",
        "书刊阅览室部分图书霉变，2组书架倾倒",
        "清丰县巩营乡人民政府",
        "2024年7月20日",
        "未整改",
        "复核未通过",
    ),
    (
        "第三督查组",
        "顿丘街道",
        "街道综合文化服务中心",
        "文化服务",
        "上半年未开展公益培训讲座",
        "清丰县顿丘街道办事处",
        "第三季度",
        "已制定下半年培训计划，7月举办书法讲座1期",
        "",
    ),
    (
        "第三督查组",
        "大流乡",
        "大流村",
        "设施建设",
        "文体广场照明灯不亮，夜间无法开展活动",
        "清丰县大流乡人民政府",
        "2024年7月15日",
        "已维修",
        "复核通过",
    ),
    (
        "第三督查组",
        "仙庄镇",
        "镇综合文化站",
        "队伍建设",
        "文化站仅有1名在编人员，未按要求配齐3名",
        "清丰县仙庄镇人民政府",
        "2024年12月31日",
        "已向县委编办申请增加编制",
        "",
    ),
]


def write_demo_book(path: Path) -> Path:
    b = Book(path, author="创建办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 10, 18, 10, 34, 22, 16, 26, 12])
    b.line(ws, 0, "清丰县创建省级公共文化服务体系示范区督查反馈问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月8日—7月16日    督查组：县创建办第一、二、三督查组    "
        "整改情况报送：县创建办（县文化广电和旅游局公共服务股）",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督查组",
            "乡镇（办）",
            "督查点位",
            "督查内容",
            "反馈问题",
            "整改责任单位",
            "整改时限",
            "整改完成情况",
            "督查组复核",
        ],
    )
    for i, row in enumerate(DEMO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DEMO_ROWS)
    b.line(ws, end + 1, "注：整改完成情况由各乡镇（办）每月25日前报县创建办，“督查组复核”栏由督查组填写。", 9)
    b.line(ws, end + 2, "填报单位：清丰县文化广电和旅游局    填表人：郝明亮    填报日期：2024年7月29日", 9)
    return b.close()


def write_demo(path: Path) -> Path:
    return via_soffice(write_demo_book, path, "xls", "示范区创建督查反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 村（社区）综合文化中心自查报告, after a township's self-check report (辖区现有8个村、8个社区; 一、对标自查情况 …
# 发现主要问题如下：1、场地面积有待增加 2、台账资料有待规范 3、功能发挥有待提升 4、人员培训有待加强; 二、目前已做
# 整改工作 … 针对农家书屋公示时间和活动项目一览表不达标问题，我委已要求各…):
# https://001doc.com/doc/379969.html
# A .wps (Word 97 via LibreOffice): title, an opening paragraph, 一、对标自查情况 with the problems as numbered paragraphs,
# 二、目前已做整改工作 whose numbered paragraphs answer the problems by name (针对…问题), 三、下一步工作打算 in one
# paragraph, the town government and date at the foot.
SELF_PROBLEMS = [
    "1、场地面积有待增加。14个综合文化服务中心中，室内面积最小的仅150平方米，室外活动场地最小的不足100平方米，"
    "达不到建设标准。",
    "2、台账资料有待规范。部分村干部对台账要求掌握不准，活动记录、借阅登记等台账资料记录不规范、不完整。",
    "3、拆迁村文化阵地缺失。西关村、后关村2个整村拆迁村因场所限制，暂时没有建设综合文化服务中心。",
    "4、部分村办公楼为危房。东关村、南街村办公楼经鉴定为危房，文化活动场所受限，存在一室多用现象。",
    "5、人员能力有待提升。部分村（社区）文化管理员文化程度不高，组织活动和管理能力不强。",
    "6、农家书屋公示不达标。部分农家书屋公示的开放时间、活动项目一览表内容陈旧，与实际不符。",
]
SELF_DONE = [
    "1、针对场地面积不足问题，已协调将北街村、城东社区闲置房屋改建为活动用房，目前正在施工，计划2024年10月底前"
    "完成。",
    "2、针对台账资料不规范问题，镇文化站已统一印发台账模板，要求各村（社区）于7月15日前完成整理，目前已全部整理"
    "到位。",
    "3、针对拆迁村文化阵地缺失问题，计划在安置社区建成后统筹建设，2025年6月底前完成，目前尚未启动。",
    "4、针对人员能力不强问题，镇文化站每季度组织一次文化管理员业务培训，长期坚持。",
    "5、针对农家书屋公示不达标问题，已要求各村（社区）于7月20日前重新制作上墙，目前已完成12个，还有2个正在制作。",
]


def write_selfcheck_docx(path: Path) -> Path:
    doc = _new_document("城关镇文化站")
    _title(doc, "城关镇村（社区）综合文化服务中心自查报告")
    _paragraph(doc, "县文化广电和旅游局：")
    _paragraph(
        doc,
        "城关镇地处县城城区，辖区现有8个村（其中整村拆迁村2个）、8个社区，目前建成村（社区）综合文化服务中心14个。"
        "按照县文化广电和旅游局关于开展村（社区）综合文化服务中心对标自查的通知要求，结合县局前期专项督查反馈"
        "意见，我镇再次组织对照自查，现将有关情况报告如下：",
    )
    _paragraph(doc, "一、对标自查情况", font="黑体")
    _paragraph(doc, "对照《濮阳县村（社区）综合文化服务中心建设管理办法（试行）》，发现主要问题如下：")
    for text in SELF_PROBLEMS:
        _paragraph(doc, text)
    _paragraph(doc, "二、目前已做整改工作", font="黑体")
    for text in SELF_DONE:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，我镇将继续加大投入，完善设施配置，丰富活动内容，确保各村（社区）综合文化服务中心建得好、"
        "管得住、用得活。",
    )
    _paragraph(doc, "濮阳县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_selfcheck(path: Path) -> Path:
    return via_soffice(write_selfcheck_docx, path, "doc", "城关镇综合文化服务中心自查报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 文化馆评估定级实地核查, after a county 文化馆's account of the provincial expert group's 实地核查 (线上数据审核，逐项
# 核对指标体系得分情况，查阅相关证明材料; 对填报错误、赋分不准确、资料不完整等问题，拉出问题清单; 形成具体的整改报告;
# 馆内人员按照评估细则查找问题原因，重新收集整理佐证资料):
# http://www.nxld.gov.cn/xxgk/zfxxgkml/shgysyjs/ggwhfw/gzxxwh/202012/t20201225_2540198.html
# A .zip of two returns: one 文化馆's .xlsx 问题清单 (填报单位 line; 指标编号, 问题类型 and its own 责任部室 beside the
# problem) and another 文化馆's .docx 整改报告 (opening paragraph, a table, the 馆 and date at the foot).
HALL_ROWS = [
    (
        "1.2",
        "财政拨款",
        "年度财政拨款数据与部门决算报表不一致",
        "填报错误",
        "按决算报表更正填报数据",
        "办公室",
        "2024.7.20",
        "已更正",
    ),
    (
        "3.1.4",
        "免费开放",
        "免费开放服务项目公示佐证缺少现场照片",
        "资料不完整",
        "补充公示现场照片",
        "群文部",
        "2024.7.25",
        "已补充上传",
    ),
    (
        "3.3.2",
        "非遗保护",
        "非遗代表性传承人记录档案不全",
        "资料不完整",
        "补建传承人档案",
        "非遗部",
        "2024年8月31日",
        "正在整理",
    ),
    (
        "2.4",
        "数字文化馆",
        "数字文化馆平台点播资源数量达不到指标要求",
        "赋分不准确",
        "补充上传点播资源，按实际数量赋分",
        "数字部",
        "2024年9月30日",
        "",
    ),
    (
        "4.2",
        "艺术普及培训",
        "全民艺术普及培训场次存在重复统计",
        "赋分不准确",
        "核减重复场次并重新赋分",
        "培训部",
        "2024.7.18",
        "未整改",
    ),
]
HALL_REPORT_ROWS = [
    (
        "馆舍面积填报未扣除出租给社会培训机构的部分",
        "收回出租房屋，重新核定面积",
        "王建军",
        "2024年8月31日",
        "已与租户协商，正在办理退租",
    ),
    ("业余文艺团队辅导记录缺少签到表", "补齐辅导签到表", "刘燕", "2024年7月20日", "已补齐"),
    ("馆办文艺团队数量佐证材料不足", "补充团队名册和活动照片", "刘燕", "2024年7月20日", "已补充"),
    (
        "总分馆制建设中乡镇分馆挂牌率不足50%",
        "推进乡镇分馆挂牌运行",
        "王建军",
        "年底前",
        "已完成挂牌6个，其余正在推进",
    ),
    ("群众满意度调查样本量不足", "重新开展群众满意度调查", "赵丽萍", "9月底前", "未启动"),
]


def write_hall_book(path: Path) -> Path:
    b = Book(path, author="濮阳县文化馆")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 14, 34, 12, 28, 10, 14, 14])
    b.line(ws, 0, "濮阳县文化馆评估定级实地核查反馈问题整改清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县文化馆（盖章）    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "指标编号",
            "指标名称",
            "核查反馈问题",
            "问题类型",
            "整改措施",
            "责任部室",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(HALL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HALL_ROWS), "馆长：孟凡荣    填表人：李静    联系电话：0393-3221407", 8)
    return b.close()


def write_hall_report(path: Path) -> Path:
    doc = _new_document("清丰县文化馆")
    _title(doc, "清丰县文化馆关于评估定级实地核查反馈问题的整改报告", 18)
    _paragraph(doc, "县文化广电和旅游局：", 14)
    _paragraph(
        doc,
        "7月上旬，省评估专家组对我馆进行了评估定级实地核查，逐项核对指标得分，查阅证明材料，反馈问题5个。"
        "我馆组织馆内人员按照评估细则逐项查找原因，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(HALL_REPORT_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "责任人", "完成时限", "整改结果"], body)
    _paragraph(doc, "清丰县文化馆", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_halls(path: Path) -> Path:
    members = [
        ("濮阳县文化馆评估定级实地核查反馈问题整改清单.xlsx", write_hall_book),
        ("清丰县文化馆评估定级实地核查反馈问题整改报告.docx", write_hall_report),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("华龙区村（社区）综合文化服务中心运行管理排查问题整改台账.xlsx", write_centre),
    ("2024年汛期档案安全风险隐患排查整治三个清单.xlsx", write_archive),
    ("濮阳县乡镇综合文化站服务效能专项治理问题整改台账.xlsx", write_station),
    ("濮阳市图书馆暑期消防安全大检查隐患整改台账.xlsx", write_library),
    ("档案室（库房）安全大检查整改通知书跟踪台账.xls", write_notice),
    ("千口镇农家书屋自查自纠问题整改台账.csv", write_bookhouse),
    ("关于全市村（社区）综合性文化服务中心标准化建设中期督查情况的通报.docx", write_circular),
    ("清丰县示范区创建督查反馈问题整改台账.et", write_demo),
    ("城关镇村（社区）综合文化服务中心自查报告.wps", write_selfcheck),
    ("文化馆评估定级实地核查反馈问题整改（两馆）.zip", write_halls),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

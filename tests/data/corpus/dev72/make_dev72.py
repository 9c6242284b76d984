"""Write the dev72 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds (the senders): 银行网点, 供电公司及其供电所, 集团公司及其子公司, 开发区/园区企业, 街道网格中心,
医院及其科室, 高校院系, 物业企业, 公交企业, 商会/协会.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
a CSV in GBK, a .docx with a table (one more inside the zip), a .doc (Word 97 via LibreOffice) and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev72.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Fixed dates inside the files and fixed zip member times make a second run write the same bytes.
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


def _cell_merge_down(table, top: int, bottom: int, col: int) -> None:
    """Merge a column of a python-docx table over rows top..bottom (the text stays in the top cell)."""
    if bottom > top:
        table.cell(top, col).merge(table.cell(bottom, col))


# ---------------------------------------------------------------------------------------------
# 1. 银行业文明规范服务示范网点复查, after a city 银行业协会's re-check of the 百佳、千佳、星级示范 bank branches (对55家
# 机构与网点进行了复查，对存在问题的21家机构与网点进行集中通报: 大堂经理工作日志内容不齐全、巡查记录不完整、网点内
# 档案资料不规范等6项共性问题和10项差异化个性问题; 正视存在的问题，坚决落实整改):
# http://sxyhxh.com/wap/infodisp.asp?id=14195
# An .xlsx: title, 填报单位/复查时间 line, one header row with the 整改责任网点 beside the 所属机构 and the 问题类别
# (共性/个性), a 是否销号 column, a 合计 row, a 注 line and a 填表人 line.
BANK_ROWS = [
    (
        "中国工商银行濮阳黄河路支行",
        "工商银行濮阳分行",
        "共性问题",
        "大堂经理工作日志内容不齐全，未记录客户引导分流情况",
        "补齐工作日志，建立日志周检制度",
        "2024年7月15日",
        "已补齐6月以来工作日志，周检制度已执行",
        "是",
    ),
    (
        "中国农业银行濮阳开州路支行",
        "农业银行濮阳分行",
        "共性问题",
        "安全保卫巡查记录不完整，6月有5天无夜间巡查签字",
        "完善巡查台账，落实双人巡查签字",
        "7月底前",
        "已约谈值班人员，正在补充完善巡查台账",
        "否",
    ),
    (
        "中国建设银行濮阳分行营业部",
        "建设银行濮阳分行",
        "共性问题",
        "网点内档案资料不规范，服务投诉处理台账未归档",
        "按档案管理规定整理归档",
        "2024.8.15",
        "",
        "",
    ),
    (
        "中国银行濮阳胜利路支行",
        "中国银行濮阳分行",
        "个性问题",
        "爱心窗口未设置明显标识，未配备老花镜等便民设施",
        "设置爱心窗口标识，配齐便民设施",
        "2024年7月10日",
        "已设置标识，配齐老花镜、轮椅、急救箱",
        "是",
    ),
    (
        "濮阳农村商业银行华龙支行",
        "濮阳农商银行",
        "个性问题",
        "自助设备区卫生差，存取款一体机屏幕污损",
        "落实自助区每日清洁，更换污损屏幕",
        "7月20日前",
        "未整改",
        "否",
    ),
    (
        "中国邮政储蓄银行濮阳中原路支行",
        "邮储银行濮阳市分行",
        "个性问题",
        "电子显示屏未及时公示最新存款利率",
        "及时更新利率公示",
        "2024年7月5日",
        "已更新",
        "是",
    ),
    (
        "交通银行濮阳分行营业部",
        "交通银行濮阳分行",
        "共性问题",
        "员工着装不规范，2名柜员未佩戴工号牌",
        "加强仪容仪表管理",
        "长期坚持",
        "常态化开展晨会仪容仪表检查",
        "",
    ),
    (
        "中原银行濮阳京开道支行",
        "中原银行濮阳分行",
        "个性问题",
        "无障碍通道坡道破损，未设置扶手",
        "维修坡道，加装不锈钢扶手",
        "2024年9月30日",
        "已联系物业，正在施工维修",
        "否",
    ),
]


def write_bank(path: Path) -> Path:
    b = Book(path, author="自律维权部")
    ws = b.sheet("复查问题整改台账")
    b.widths(ws, [6, 24, 16, 10, 34, 26, 14, 28, 8])
    b.line(ws, 0, "濮阳市银行业文明规范服务示范网点复查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市银行业协会（自律维权部）    复查时间：2024年6月11日至6月21日    填报日期：2024年7月26日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任网点",
            "所属机构",
            "问题类别",
            "复查发现问题",
            "整改要求",
            "整改时限",
            "整改落实情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(BANK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        for c in (3, 6, 8):
            b.put(ws, 2 + i, c, row[c - 1], b.center)
    end = 3 + len(BANK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "复查示范网点26个，通报存在问题网点8个，其中共性问题4项、个性问题4项")
    b.line(ws, end + 1, "注：整改完成后由网点所属机构报协会复核，复核通过的在“是否销号”栏填“是”。", 8)
    b.line(ws, end + 2, "填表人：孟庆华    联系电话：0393-8912607", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 供电所安全大检查“回头看”, after a county 供电公司's leaders visiting its 供电所 to check the rectification of the
# 秋季安全大检查 (完成14个供电所的检查，现场拍板落实整改项目17个; 一看隐患整改落实，明确责任人; 二看线路通道清障;
# 三看杆塔管理: 倾斜的杆塔扶正加固、缺损的警示标志更换、挖掘机碰线; 四看台变负荷和接户线改造以及抢修准备):
# https://ncdqh.com.cn/safety/201311/101598.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 整改完成情况 over 进度 and 实际完成日期, rows naming the
# company's 供电所 by full name and one of its own 部门, a 合计 row and a 填报人 line.
POWER_ROWS = [
    (
        "国网濮阳县供电公司城关供电所",
        "线路通道",
        "10千伏城东线12#-15#杆段树障，树木与导线安全距离不足",
        "砍伐修剪超高树木，与产权人签订清障协议",
        "2024年7月10日",
        "已完成",
        "2024-07-08",
    ),
    (
        "国网濮阳县供电公司柳屯供电所",
        "杆塔管理",
        "10千伏柳屯线32#杆倾斜约8度",
        "扶正加固并加装拉线",
        "2024年7月20日",
        "已报停电计划，待停电施工",
        "",
    ),
    (
        "国网濮阳县供电公司文留供电所",
        "警示标志",
        "鱼塘边配电线路缺少防触电警示牌3处",
        "补设防触电警示牌",
        "7月15日前",
        "",
        "2024-07-12",
    ),
    (
        "国网濮阳县供电公司梁庄供电所",
        "台变负荷",
        "梁庄村3#台区配变重载，高峰负载率超过95%",
        "新增布点配变1台，分流负荷",
        "2024年8月31日",
        "物资已到货，计划8月中旬施工",
        "",
    ),
    (
        "国网濮阳县供电公司户部寨供电所",
        "接户线",
        "户部寨集贸市场接户线老化破损、私拉乱接",
        "更换接户线并规范表箱",
        "2024年9月30日",
        "未开始",
        "",
    ),
    (
        "运维检修部",
        "抢修准备",
        "迎峰度夏应急抢修备品备件不足，缺少备用配变2台",
        "补充应急物资储备",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "国网濮阳县供电公司庆祖供电所",
        "防外破",
        "10千伏濮范线农田水利工地挖掘机作业无防外破看护人员",
        "设置临时看护点，与施工方签订安全协议",
        "2024年7月5日",
        "已签订协议，安排专人看护",
        "2024-07-05",
    ),
]


def write_power(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "迎峰度夏安全大检查“回头看”整改项目落实表", t, 0, 8),
        (1, 0, "填报单位：国网濮阳县供电公司（安全监察部）    填报日期：2024年7月29日", plain, 1, 8),
    ]
    for col, word in enumerate(["序号", "责任单位", "检查内容", "存在问题", "整改措施", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改完成情况", h, 2, 7),
        (3, 6, "进度", h),
        (3, 7, "实际完成日期", h),
        (2, 8, "责任人", h, 3, 8),
    ]
    people = ["杜宏伟", "王新民", "李德胜", "张国强", "郭永峰", "刘建军", "赵志远"]
    for i, row in enumerate(POWER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 7) else c))
        cells.append((r, 8, people[i - 1], ctr))
    r = 4 + len(POWER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "整改项目7项，已完成3项", c, r, 8),
        (r + 1, 0, "填报人：马晓东    审核：陈立新    联系电话：0393-3221567", plain, r + 1, 8),
    ]
    return _write_xls(path, [("回头看", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 集团党委巡察整改进展通报, after a city 交通集团党委's public report on the rectification of a 巡察“回头看”
# (市委第五巡察组…开展了巡察“回头看”; 制定了整改方案，细化了93条整改措施，把整改事项落实到责任领导、责任部门;
# 各部门、子公司对照整改责任清单，针对反馈问题细化措施，认真落实整改; 现将巡察整改情况予以公布):
# http://jw.huaian.gov.cn/col/17277_632773/art/17407584/17431479446126FBpU2Dg.html
# A .doc (Word 97 via LibreOffice): title, preamble, a section on organisation in prose, then the problems as
# numbered paragraphs (关于“…”的问题), each with its 整改情况 and a bracket naming the 责任单位 (the group's own
# 部门 or a subsidiary) and the 整改时限, a closing section and the 联系方式 line.
GROUP_ITEMS = [
    (
        "（一）关于推动国企高质量发展方面",
        [
            (
                "关于“所属子公司工程项目结算审核不严”的问题",
                (
                    "已委托第三方审计机构对3个已完工项目结算进行复审，核减结算金额126万元，"
                    "并修订《工程结算审核管理办法》，该问题已完成整改。"
                ),
                "濮阳市交投路桥建设有限公司",
                "2024年6月30日前",
            ),
            (
                "关于“濮阳市交投物流园有限公司仓储租金长期拖欠未追缴”的问题",
                "已向欠租客户发出催缴函3次，收回欠款48万元；剩余欠款正在通过诉讼途径追缴。",
                "濮阳市交投物流园有限公司",
                "2024年12月底前",
            ),
            (
                "关于“智慧停车项目停车场收费系统未接入全市统一平台”的问题",
                "目前尚未启动。",
                "濮阳市交投智慧停车有限公司",
                "2024年9月30日前",
            ),
        ],
    ),
    (
        "（二）关于防范化解重大风险方面",
        [
            (
                "关于“集团资产底数不清，部分划转土地未办理权属登记”的问题",
                "已全面梳理政府划转土地17宗，建立资产台账，正在与市资规局对接办理不动产权属登记。",
                "集团资产管理部",
                "2025年6月底前",
            ),
            (
                "关于“安全生产责任制落实不到位，部分收费站消防设施过期”的问题",
                "已更换过期灭火器86具，收费站消防主机正在维修。",
                "濮阳市交投高速公路运营管理有限公司",
                "2024年8月31日前",
            ),
        ],
    ),
    (
        "（三）关于全面从严治党方面",
        [
            (
                "关于“集团本部公务用车管理不规范、派车单填写不完整”的问题",
                "已修订《公务用车管理办法》，实行派车单编号管理，6月份起全部按新规定执行，整改完成。",
                "集团综合办公室",
                "2024年6月15日前",
            ),
            (
                "关于“选人用人程序不规范，个别中层干部试用期满未考核”的问题",
                "已对4名试用期满干部补充开展考核并按程序正式任职，整改完成。",
                "集团党委组织部",
                "2024年7月15日前",
            ),
            (
                "关于“廉洁风险防控机制不健全，重点岗位轮岗交流不及时”的问题",
                "已建立重点岗位定期轮岗制度，常态化推进轮岗交流。",
                "集团纪委",
                "长期坚持",
            ),
        ],
    ),
]


def write_group_docx(path: Path) -> Path:
    doc = _new_document("集团党委办公室")
    _title(doc, "中共濮阳市交通投资集团有限公司委员会关于巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月19日，市委第三巡察组对濮阳市交通投资集团有限公司党委开展了常规巡察。"
        "5月20日，巡察组向集团党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、巡察整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "集团党委第一时间成立巡察整改工作领导小组，制定整改方案，细化整改措施，把整改事项落实到责任领导、责任部门和"
        "各子公司，明确整改责任人、时间表，实行清单化管理、销号式推进。",
    )
    _paragraph(doc, "二、巡察反馈问题整改落实情况", font="黑体")
    n = 0
    for heading, items in GROUP_ITEMS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, progress, unit, deadline in items:
            n += 1
            _paragraph(doc, f"{n}．{problem}。整改情况：{progress}（责任单位：{unit}；整改时限：{deadline}）")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，集团党委将持续压实整改主体责任，对已完成的整改事项适时开展“回头看”，对需要长期坚持的事项建立长效机制，"
        "确保巡察整改取得实效。",
    )
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-8663120；邮政地址：濮阳市华龙区开州路中段"
        "交投大厦集团党委办公室（邮编457000）。",
    )
    _paragraph(doc, "中共濮阳市交通投资集团有限公司委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_group(path: Path) -> Path:
    return via_soffice(write_group_docx, path, "doc", "集团党委巡察整改进展情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 开发区“园中园、厂中厂”专项整治, after a 开发区生态环境分局's 专班 that surveyed the leased plants and their
# tenants (建立开发区“园中园、厂中厂”安全环境管理台账; 出具安全隐患清单提醒、定期电话督导以及不定期“回头看”;
# 按照“谁出租谁承担责任、谁生产谁承担责任、谁经营谁承担责任”原则; 发现隐患9处，完成整改8处，剩余1处正在督促整改中):
# http://wxrb.luaninfo.com/wx/20250707/Articel02004ZG.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 出租方 and the 承租企业 beside an
# explicit 整改责任主体, a 回头看核查 column, a 说明 line (the principle) and a 填表人 line.
PARK_ROWS = [
    (
        "濮阳市龙丰纸业有限公司（厂区）",
        "濮阳市华宇包装制品有限公司",
        "包装印刷",
        "危废暂存间未设置防渗漏托盘和危废标识",
        "濮阳市华宇包装制品有限公司",
        "2024年7月10日",
        "已设置防渗托盘和标识",
        "核查合格",
    ),
    (
        "濮阳新型化工产业园标准化厂房B区",
        "濮阳市恒信新材料科技有限公司",
        "新材料",
        "喷涂工序废气收集处理设施未正常运行",
        "濮阳市恒信新材料科技有限公司",
        "2024年7月31日",
        "正在更换活性炭及引风机",
        "",
    ),
    (
        "濮阳市中原机械厂",
        "濮阳市鑫达五金加工厂",
        "金属加工",
        "出租厂房内电线私拉乱接，未穿管保护",
        "濮阳市中原机械厂",
        "2024.7.20",
        "未整改",
        "7月24日回头看仍未整改",
    ),
    (
        "濮阳市宏达塑业有限公司",
        "濮阳市博远塑料制品有限公司",
        "塑料制品",
        "原料仓库与生产车间未分隔，消防通道被占用",
        "濮阳市博远塑料制品有限公司",
        "7月15日前",
        "消防通道已清理，防火隔墙正在砌筑",
        "",
    ),
    (
        "濮阳新型化工产业园标准化厂房C区",
        "濮阳市绿源环保科技有限公司",
        "环保设备",
        "厂区雨污管网混接，初期雨水未收集",
        "濮阳市绿源环保科技有限公司",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "濮阳开发区建设投资有限公司",
        "濮阳市金盾消防器材有限公司",
        "消防器材",
        "厂房出租未与承租方签订安全环保管理协议",
        "濮阳开发区建设投资有限公司",
        "2024年7月5日",
        "已签订安全环保管理协议",
        "核查合格",
    ),
    (
        "濮阳市豫北冷链物流有限公司",
        "濮阳市利民食品有限公司",
        "食品加工",
        "冷库氨制冷机房未安装氨气泄漏报警装置",
        "濮阳市利民食品有限公司",
        "2024年8月15日",
        "报警装置已采购，待安装调试",
        "",
    ),
]


def write_park_book(path: Path) -> Path:
    b = Book(path, author="生态环境分局")
    ws = b.sheet("园中园厂中厂台账")
    b.widths(ws, [6, 26, 26, 10, 32, 26, 14, 26, 18])
    b.line(ws, 0, "濮阳经济技术开发区“园中园、厂中厂”企业安全环境隐患排查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳经济技术开发区管理委员会“园中园、厂中厂”专项整治工作专班    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "出租方",
            "承租企业",
            "行业类别",
            "排查发现隐患",
            "整改责任主体",
            "整改期限",
            "整改情况",
            "回头看核查",
        ],
    )
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PARK_ROWS)
    b.line(
        ws,
        end,
        "说明：整改责任主体按照“谁出租谁承担责任、谁生产谁承担责任、谁经营谁承担责任”的原则确定。",
        8,
    )
    b.line(ws, end + 1, "填表人：宋佳琪    联系电话：0393-8876013", 8)
    return b.close()


def write_park(path: Path) -> Path:
    return via_soffice(write_park_book, path, "xls", "园中园厂中厂隐患排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 街道网格化综合管理派单, after a 街道's description of its 网格化综合管理 (街道网格中心对网格中的市政道路、公共活动
# 区域进行每日巡查；居委会负责对网格中的小区开展每日巡查; 由街道网格中心立案，派单至各责任部门进行处置; 各承办部门
# 将受理单反馈至街道网格中心，并附处理前后对比照片; 网格中心对已完成的案件进行回访和督查):
# https://www.shhk.gov.cn/xwzx/002005/20151007/4e204b98-1fda-42f1-a3ca-f1cc3e631ddb.html
# A CSV in GBK: a title line, a line saying the 处置时限 counts from the 派单日期, one header line with the 派单对象
# (the 街道's own 办 as well as outside units), a 回访情况 column and a 合计 line.
GRID_ROWS = [
    (
        "ZY2407001",
        "网格巡查队",
        "绿城社区第3网格",
        "绿城小区5号楼东侧绿化带堆放建筑垃圾约3立方米",
        "濮阳市安居物业服务有限公司",
        "2024-07-02",
        "3个工作日",
        "已清运，附处理前后对比照片",
        "回访满意",
    ),
    (
        "ZY2407002",
        "居委会巡查",
        "建业社区第1网格",
        "长庆路与建设路交叉口人行道自来水阀门井盖缺失",
        "市自来水公司",
        "2024-07-03",
        "立行立改",
        "已加盖临时井盖并设警示，新井盖正在定制",
        "",
    ),
    (
        "ZY2407003",
        "12345转办",
        "中原社区第2网格",
        "中原路夜市摊位占道经营、油烟扰民",
        "市城管局",
        "2024-07-05",
        "5个工作日",
        "已规范占道摊位12处，摊位均安装油烟净化器，案件办结",
        "回访满意",
    ),
    (
        "ZY2407004",
        "网格巡查队",
        "绿城社区第5网格",
        "老旧小区楼道电动车飞线充电",
        "街道平安办",
        "2024-07-08",
        "2024-07-31",
        "已入户劝导8户，正在协调安装集中充电桩",
        "",
    ),
    (
        "ZY2407005",
        "网格巡查队",
        "建业社区第4网格",
        "建业小区路灯损坏6盏，夜间照明不足",
        "街道城建办",
        "2024-07-10",
        "7日内",
        "",
        "",
    ),
    (
        "ZY2407006",
        "居委会巡查",
        "中原社区第1网格",
        "空置门面房内堆放大量废旧纸箱，存在火灾隐患",
        "中原路街道中原社区居民委员会",
        "2024-07-11",
        "3个工作日",
        "已清理完毕",
        "复查无反弹",
    ),
    (
        "ZY2407007",
        "12345转办",
        "绿城社区第2网格",
        "小区二次供水水箱未定期清洗，水质发黄",
        "市自来水公司",
        "2024-07-15",
        "10个工作日",
        "尚未处置",
        "",
    ),
    (
        "ZY2407008",
        "网格巡查队",
        "建业社区第2网格",
        "背街小巷下水道堵塞、污水外溢",
        "街道城建办",
        "2024-07-18",
        "2024-07-25",
        "已疏通",
        "回访满意",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区中原路街道网格化综合管理中心派单处置台账（2024年7月）"])
    w.writerow(
        ["填报单位：华龙区中原路街道办事处网格化综合管理中心；处置时限自派单日期起计算，工作日不含周末"]
    )
    w.writerow(
        [
            "序号",
            "案件编号",
            "发现来源",
            "所在网格",
            "问题描述",
            "派单对象（承办部门）",
            "派单日期",
            "处置时限",
            "处置结果",
            "回访情况",
        ]
    )
    for i, row in enumerate(GRID_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共派单8件，已办结4件", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 院长行政查房, after a city hospital's 行政查房 led by its leaders with the 职能部门 (围绕药品管理、病房床垫舒适度、
# 消防设施、核酸采集点、污水处理、院内在建工程等方面进行现场查看; 对现场发现的问题进行现场处理，对于暂时难以解决的
# 问题，现场制定改进计划限时整改; 发现问题、就地反馈、督办解决、汇报结果):
# https://dz24hour.cms.dezhoudaily.com/p/66957.html
# A .docx: title, a preamble naming the 查房 date and the 职能部门, one table whose 查房部位 cells are merged down over
# the problems found there, the 责任科室 (sections of the hospital), 完成时限 and 督办结果, the office and date below.
WARD_ROWS = [
    (
        "心内科病区",
        "病区备用药品与患者自备药品混放，未分区存放",
        "药学部",
        "2024年7月12日",
        "已分区存放，复查合格",
    ),
    (
        "心内科病区",
        "病房床垫老化塌陷，患者反映舒适度差",
        "后勤保障科",
        "2024年8月31日",
        "已申报采购床垫60张，正在招标",
    ),
    ("门诊楼", "门诊三楼消防栓箱内水带缺失", "保卫科", "2024年7月8日", "已配齐"),
    ("发热门诊", "污物通道与清洁通道标识不清", "医院感染管理科", "7月20日前", "未整改"),
    ("污水处理站", "污水处理站余氯在线监测仪故障", "后勤保障科", "2024年7月31日", ""),
    (
        "住院综合楼在建工程",
        "施工区域围挡不连续，与患者通道未有效隔离",
        "基建科",
        "2024年7月15日",
        "已完善硬质围挡，整改完成",
    ),
    (
        "急诊科",
        "急诊抢救室除颤仪未按规定每日自检登记",
        "医务科、护理部",
        "长期坚持",
        "纳入每日质控检查，常态化督导",
    ),
]


def write_ward(path: Path) -> Path:
    doc = _new_document("院长办公室")
    _title(doc, "濮阳市第四人民医院2024年7月院长行政查房发现问题整改情况", 18)
    _paragraph(
        doc,
        "7月3日上午，院长带领医务科、护理部、院感科、后勤保障科、保卫科、基建科等职能科室负责人深入临床一线开展行政查房，"
        "对药品管理、病房设施、消防设施、发热门诊、污水处理、院内在建工程等进行现场查看。按照“发现问题、就地反馈、督办解决、"
        "汇报结果”的流程，现将查房发现问题及整改情况汇总如下：",
        12,
    )
    header = ["序号", "查房部位", "发现问题", "责任科室", "完成时限", "督办结果"]
    body = [[str(i), *row] for i, row in enumerate(WARD_ROWS, 1)]
    body[1][1] = ""  # the second problem of 心内科病区: its 查房部位 cell is merged with the one above
    table = _table(doc, header, body)
    _cell_merge_down(table, 1, 2, 1)
    _paragraph(doc, "院长办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 科研实验室安全隐患自查, after a university's notice asking each 学院（研究院） to check its research laboratories
# and report (请填写附件1中科研实验室自查安全隐患登记表，并于3月15日15:00之前上交科学技术处; 科学技术处联合保卫处将
# 对部分学院科研实验室安全管理进行抽查):
# https://yage.cc/kjc/notice/ptl/9313686.htm
# A .zip of two 学院 returns of that 登记表: an .xlsx (石油化工学院) and a .docx (机电工程学院); each names only its own
# 实验室 and the 整改责任人, the 学院 in the 填报单位 line, the signature line at the foot.
LAB_CHEM_ROWS = [
    (
        "有机合成实验室（实训楼A305）",
        "危险化学品柜未落实双人双锁，领用记录不全",
        "危化品管理",
        "落实双人双锁，规范领用登记",
        "杨文斌",
        "2024年7月10日",
        "已整改",
    ),
    (
        "分析检测实验室（实训楼A210）",
        "气相色谱仪用氢气钢瓶未固定，未放置于气瓶柜",
        "气瓶管理",
        "购置防爆气瓶柜，钢瓶入柜固定",
        "周晓燕",
        "2024年7月20日",
        "整改中，气瓶柜已采购",
    ),
    (
        "化工原理实训室（实训楼A108）",
        "实验废液桶满溢，未及时转运至危废暂存间",
        "废弃物处置",
        "立即转运，建立废液转运登记",
        "郑海涛",
        "2024年7月5日",
        "已整改",
    ),
    (
        "高分子材料实验室（实训楼A402）",
        "通风橱面风速检测不达标",
        "通风设施",
        "维修更换通风橱风机",
        "孙丽萍",
        "2024年8月31日",
        "未整改",
    ),
    (
        "石油炼制仿真实训室（实训楼A501）",
        "电源插座串接使用，线路超负荷",
        "用电安全",
        "增设固定插座，拆除串接插排",
        "黄志刚",
        "2024年7月15日",
        "",
    ),
]

LAB_MECH_ROWS = [
    (
        "数控加工实训中心",
        "车床卡盘防护罩缺失",
        "机械防护",
        "加装防护罩",
        "曹建华",
        "2024年7月12日",
        "已加装防护罩，整改完成",
    ),
    (
        "电工电子实验室（B203）",
        "漏电保护器未定期进行试跳测试",
        "用电安全",
        "每月试跳测试并登记",
        "邓小军",
        "长期坚持",
        "每月测试登记，长期坚持",
    ),
    (
        "焊接实训室",
        "焊接烟尘净化装置损坏",
        "通风设施",
        "维修烟尘净化装置",
        "冯志强",
        "2024年8月15日",
        "已报修，厂家正在维修",
    ),
    (
        "液压气动实验室",
        "空压机储气罐压力表超期未检定",
        "特种设备",
        "送检压力表",
        "贾明亮",
        "2024年7月31日",
        "已送检，待出具检定结果",
    ),
    (
        "工业机器人实训室",
        "机器人工作区域未设置安全围栏和急停警示",
        "机械防护",
        "加装安全围栏和急停警示标识",
        "韩雪松",
        "2024年9月30日",
        "未启动",
    ),
]

LAB_HEADER = [
    "序号",
    "实验室名称",
    "安全隐患描述",
    "隐患类别",
    "整改措施",
    "整改责任人",
    "计划完成时间",
    "整改状态",
]


def write_lab_chem_book(path: Path) -> Path:
    b = Book(path, author="石油化工学院")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 28, 34, 12, 28, 10, 14, 20])
    b.line(ws, 0, "科研实验室自查安全隐患登记表", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳职业技术学院石油化工学院    自查时间：2024年7月1日至7月5日", 7)
    b.header(ws, 2, LAB_HEADER)
    for i, row in enumerate(LAB_CHEM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LAB_CHEM_ROWS)
    b.line(
        ws,
        end + 1,
        "学院负责人（签字）：刘光明    填报人：杨文斌    联系电话：0393-6658210    填报日期：2024年7月26日",
        7,
    )
    return b.close()


def write_lab_mech_docx(path: Path) -> Path:
    doc = _new_document("机电工程学院")
    _title(doc, "科研实验室自查安全隐患登记表", 18)
    _paragraph(doc, "填报单位（盖章）：濮阳职业技术学院机电工程学院    自查时间：2024年7月1日至7月5日", 12)
    body = [[str(i), *row] for i, row in enumerate(LAB_MECH_ROWS, 1)]
    _table(doc, LAB_HEADER, body)
    _paragraph(
        doc,
        "学院负责人（签字）：王振东    填报人：邓小军    联系电话：0393-6658236    填报日期：2024年7月26日",
        12,
    )
    return _save_fixed(doc, path)


def write_lab(path: Path) -> Path:
    members = [
        ("科研实验室自查安全隐患登记表（石油化工学院）.xlsx", write_lab_chem_book),
        ("科研实验室自查安全隐患登记表（机电工程学院）.docx", write_lab_mech_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 住宅小区物业服务“红黑榜”, after a city 住新局's public red/black list of the property companies of its urban
# estates (对…4家存在问题突出的物业企业予以批评; 楼道飞线充电隐患突出、公共区域环境脏乱、杂物随意堆放、违规养家禽;
# 建筑垃圾清理不及时、消防设施维护不及时; 物业管理人员履职情况差、消防设备缺失、公共设施设备巡查记录不全;
# 公共区域种菜、电动车管理不规范):
# http://www.360elib.com:2027/detail.aspx?NewsCode=NC976&NewsId=74076276&OrgId=001
# An .xlsx: title, 填报单位/通报日期 line, one header row, the 小区名称 and 物业服务企业 cells merged down over each
# company's problems, a 街道复核意见 column, a 注 line and a 填表人 line.
ESTATE_ROWS = [
    (
        "新华小区",
        "濮阳市友邦物业服务有限公司",
        [
            ("楼道电动车飞线充电问题突出", "2024年7月15日", "已拆除飞线43处，新装充电桩20个", "已销号"),
            ("公共区域杂物随意堆放、违规饲养家禽", "2024年7月15日", "正在清理", ""),
        ],
    ),
    (
        "国贸花园",
        "河南世纪春天物业管理有限公司濮阳分公司",
        [
            ("小区内建筑垃圾清理不及时", "7月10日前", "已清运", "已销号"),
            (
                "消防设施维护不及时，3栋楼消火栓无水",
                "2024年8月31日",
                "已委托维保单位检测，消防管网维修中",
                "",
            ),
        ],
    ),
    (
        "金堤花园",
        "濮阳市卫华物业有限公司",
        [
            (
                "物业管理人员履职差，公共设施设备巡查记录不全",
                "长期坚持",
                "建立每日巡查记录制度，常态化开展",
                "",
            ),
            ("地下车库灭火器配置不足，部分消防设备缺失", "2024年7月20日", "未整改", ""),
        ],
    ),
    (
        "怡和园小区",
        "濮阳市金玉物业管理有限公司",
        [
            ("公共绿地被业主种菜，绿化遭毁损", "2024年7月31日", "", ""),
            (
                "电动车管理不规范，非机动车棚乱停乱放",
                "2024年7月25日",
                "已施划停车线，安排专人管理",
                "复查合格",
            ),
        ],
    ),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("黑榜问题整改")
    b.widths(ws, [6, 14, 30, 36, 14, 32, 14])
    b.line(ws, 0, "城区住宅小区物业服务“黑榜”问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区住房和城乡建设局物业管理科    通报日期：2024年7月5日    填报日期：2024年7月30日",
        6,
    )
    b.header(ws, 2, ["序号", "小区名称", "物业服务企业", "存在问题", "整改时限", "整改情况", "街道复核意见"])
    r = 3
    n = 0
    for estate, company, problems in ESTATE_ROWS:
        top = r
        for problem, deadline, progress, verdict in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, deadline, progress, verdict], first=3)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, estate, b.center)
        b.merge(ws, top, 2, r - 1, 2, company, b.center)
    b.line(ws, r, "注：整改完成后由属地街道复核，复核通过的填写“已销号”或“复查合格”。", 6)
    b.line(ws, r + 1, "填表人：石海燕    联系电话：0393-8356027", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 公交车辆投诉办理情况通报, after a city 运输事业发展中心's quarterly report whose attachment is the
# 道路客运管理科收到投诉件汇总表 (序号 | 投诉案件编号 | 线路/车号 | 所属企业 | 投诉情况 | 备注 | 办理情况; 12345平台和
# 信访转办件; 已办结):
# https://jtysj.putian.gov.cn/ztzl/xygl/ysgl/202404/t20240430_1916341.htm
# An .xlsx: 附件 line, title, the source's header row (no deadline column), the 所属企业 by short names, one row
# without a 线路/车号, and the office and date below.
BUS_ROWS = [
    ("PY24040300112", "6路", "众意公交公司", "公交车拒载老年乘客", "12345平台", "已办结"),
    ("PY24041200356", "豫J·D2308", "市公交公司", "驾驶员行车中接打手机", "12345平台", "已办结"),
    ("PY24042200871", "18路", "众意公交公司", "早高峰发车间隔过长，候车超过40分钟", "信访转办", "办理中"),
    (
        "PY24050600145",
        "濮阳县1路",
        "濮阳县通达公共交通有限公司",
        "站牌信息未更新，已撤销站点仍在站牌显示",
        "12345平台",
        "已办结",
    ),
    ("PY24051500623", "9路", "众意公交公司", "车辆空调未开启，车厢闷热", "12345平台", "已办结"),
    ("PY24052700418", "清丰2路", "清丰县公共交通有限责任公司", "未按规定线路行驶，越站甩客", "12345平台", ""),
    ("PY24060300290", "", "市公交公司", "建议在濮阳职业技术学院门口增设公交站点", "市长信箱", "已答复"),
    (
        "PY24061800537",
        "豫J·D5171",
        "众意公交公司",
        "驾驶员服务态度差，与乘客发生争执",
        "12345平台",
        "正在调查核实",
    ),
]


def write_bus(path: Path) -> Path:
    b = Book(path, author="客运管理科")
    ws = b.sheet("投诉件汇总表")
    b.widths(ws, [6, 18, 14, 26, 40, 12, 14])
    b.put(ws, 0, 0, "附件", b.text)
    b.line(ws, 1, "客运管理科收到公交投诉件汇总表（2024年4-6月）", 6, b.title)
    b.header(ws, 2, ["序号", "投诉案件编号", "线路/车号", "所属企业", "投诉情况", "备注", "办理情况"])
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BUS_ROWS)
    b.put(ws, end + 1, 4, "濮阳市城市客运服务中心", b.right)
    b.put(ws, end + 2, 4, "2024年7月8日", b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 商会会员企业诉求办理, after a district 工商联's visit to a 街道商会 where member companies raised their
# difficulties (听取了街道商会会员企业的运行情况，并就企业家的意见和诉求进行了逐一回复; 及时反映、推动解决民营企业
# 发展面临的突出问题):
# http://m.928516.com/xw/xq/3/25324
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 反映企业 and 所属商会 (who raised it)
# beside the 承办单位 (short and former names of city departments), a 交办日期 the 工作日 count from, 企业满意度,
# a 说明 line and a signature line.
CHAMBER_ROWS = [
    (
        "濮阳市恒丰化工有限公司",
        "濮阳市浙江商会",
        "企业招工难，技术工人缺口约50人，希望组织专场招聘",
        "市人社局",
        "2024-06-05",
        "2024年6月30日",
        "已举办专场招聘会1场，企业招聘技术工人32人",
        "满意",
    ),
    (
        "濮阳市中原家居城有限公司",
        "中原路街道商会",
        "商场消防设施改造后验收流程不清楚",
        "市消防支队",
        "2024-06-05",
        "2024年7月15日",
        "已上门指导，消防验收已通过",
        "满意",
    ),
    (
        "濮阳市宏远建材有限公司",
        "濮阳市福建商会",
        "增值税留抵退税到账慢",
        "市税务局",
        "2024-06-20",
        "15个工作日",
        "已办结，留抵退税款286万元已到账",
        "满意",
    ),
    (
        "濮阳市鑫源食品有限公司",
        "濮阳市食品行业协会",
        "厂区周边道路破损严重，大货车通行困难",
        "市交通局",
        "2024-06-20",
        "2024年9月30日",
        "已纳入道路维修计划，正在进行施工设计",
        "",
    ),
    (
        "濮阳市天润物流有限公司",
        "濮阳市物流协会",
        "企业用地规划调整手续办理周期长",
        "市国土局",
        "2024-06-20",
        "2024年8月31日",
        "正在协调规划调整",
        "",
    ),
    (
        "濮阳市新锐电子科技有限公司",
        "中原路街道商会",
        "企业生产用电频繁停电，影响正常生产",
        "供电公司",
        "2024-07-02",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "濮阳市盛世酒店管理有限公司",
        "濮阳市餐饮与住宿行业协会",
        "希望简化食品经营许可证延续办理材料",
        "市市场监管局",
        "2024-07-02",
        "2024年7月10日",
        "尚未答复",
        "不满意",
    ),
    (
        "濮阳市华美印务有限公司",
        "濮阳市浙江商会",
        "技术改造补贴资金尚未拨付",
        "市发改委",
        "2024-07-02",
        "年底前",
        "已纳入年度资金计划，正在履行拨付程序",
        "",
    ),
]


def write_chamber_book(path: Path) -> Path:
    b = Book(path, author="区工商联")
    ws = b.sheet("诉求办理台账")
    b.widths(ws, [6, 26, 20, 36, 14, 12, 14, 32, 10])
    b.line(ws, 0, "商会会员企业诉求办理情况台账（2024年第二季度）", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区工商业联合会（总商会）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "反映企业",
            "所属商会（协会）",
            "诉求内容",
            "承办单位",
            "交办日期",
            "办理时限",
            "办理进展",
            "企业满意度",
        ],
    )
    for i, row in enumerate(CHAMBER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CHAMBER_ROWS)
    b.line(
        ws,
        end,
        "说明：诉求由区工商联（总商会）汇总交办，承办单位办理后直接答复企业；办理时限按工作日计算的，自交办日期起算。",
        8,
    )
    b.line(ws, end + 2, "负责人：高建民    填表人：许丹丹    联系电话：0393-8167733", 8)
    return b.close()


def write_chamber(path: Path) -> Path:
    via_soffice(write_chamber_book, path, "ods", "商会会员企业诉求办理情况台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("银行业示范网点复查发现问题整改台账.xlsx", write_bank),
    ("迎峰度夏安全大检查回头看整改项目落实表（濮阳县供电公司）.xls", write_power),
    ("交投集团党委关于巡察整改进展情况的通报.doc", write_group),
    ("开发区园中园厂中厂隐患排查整改台账.et", write_park),
    ("中原路街道网格中心派单处置台账（7月）.csv", write_grid),
    ("市第四人民医院院长行政查房问题整改情况.docx", write_ward),
    ("科研实验室自查安全隐患登记表（两个学院）.zip", write_lab),
    ("城区住宅小区物业服务黑榜问题整改台账.xlsx", write_estate),
    ("公交投诉件汇总表（2024年二季度）.xlsx", write_bus),
    ("商会会员企业诉求办理情况台账.ods", write_chamber),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside154 returns: eleven files laid out after eleven public sources, cited beside each layout below.

The campaign: 市直部门报送的整改情况 — ten city departments (发改, 工信, 公安, 财政, 人社, 自然资源, 住建, 交通, 水利,
农业农村) each send back how they dealt with the problems an inspection, a 巡察, an audit or a 稽察 found.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, merged 问题类别 cells), a CSV in GBK, two .docx (one whose
items are numbered paragraphs, one whose table carries a photo beside the text of each item), a .doc (a 回执 form,
Word 97 via LibreOffice), an .et (Excel 97 via LibreOffice, as WPS saves it), a .wps (Word 97 via LibreOffice) and a
.zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside154.py. Needs XlsxWriter, xlwt, python-docx, Pillow and LibreOffice (soffice).
Running it twice writes byte-identical files (fixed document properties, fixed zip member times).
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
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

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
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
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
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


# =============================================================================================
# 1. 发改: 中央和省预算内投资计划执行情况专项稽察, after a city 发展改革委's 稽察组 that checked 28 projects in the
# counties (促开工、促进度、促验收; 听取汇报、实地查看、资料查阅; 发现问题及时交办，要求责任单位及时整改):
# https://www.baoshan.gov.cn/info/5226/1669004.htm
# An .xlsx: title, 填报单位/稽察时间 line, a two-row header (整改落实情况 over 整改进展 and 是否完成), the 项目 and its
# 责任单位 per row (项目单位, a county bureau, the 委's own 投资科), a 合计 row and a 填表人 line.
NDRC_ROWS = [
    (
        "濮阳县",
        "濮阳县人民医院传染病区建设项目",
        "濮阳县人民医院",
        "投资计划下达6个月仍未开工，施工许可等前期手续办理滞后",
        "促开工",
        "并联办理施工许可，倒排工期",
        "2024年7月20日前",
        "已于7月18日开工建设",
        "是",
    ),
    (
        "清丰县",
        "清丰县城区雨污分流管网改造项目",
        "清丰县住房和城乡建设局",
        "投资完成率仅32%，建设进度明显滞后于计划",
        "促进度",
        "增加施工作业面，按周调度进度",
        "2024年9月底前",
        "正在加快施工，投资完成率已提升至58%",
        "否",
    ),
    (
        "南乐县",
        "南乐县高标准农田灌溉配套工程",
        "南乐县农业农村局",
        "中央预算内资金拨付缓慢，1260万元资金沉淀在项目单位账户",
        "促进度",
        "按工程进度及时拨付资金",
        "8月底前",
        "",
        "否",
    ),
    (
        "范县",
        "范县第一中学学生宿舍楼建设项目",
        "范县第一中学",
        "项目完工4个月未组织竣工验收",
        "促验收",
        "组织竣工验收并办理备案",
        "2024.7.15",
        "已完成竣工验收并备案",
        "是",
    ),
    (
        "台前县",
        "台前县黄河滩区村台连接道路项目",
        "台前县交通运输局",
        "施工现场未按规定设立项目公示牌，中央预算内投资标识缺失",
        "规范管理",
        "补设项目公示牌",
        "2024年7月12日",
        "已补设公示牌",
        "是",
    ),
    (
        "华龙区",
        "濮阳市疾病预防控制中心实验楼项目",
        "濮阳市疾病预防控制中心",
        "擅自变更部分建设内容，未履行变更报批程序",
        "规范管理",
        "补办建设内容变更手续",
        "2024年8月15日",
        "已提交变更申请，正在审核",
        "否",
    ),
    (
        "市本级",
        "中央预算内投资项目储备库",
        "市发改委投资科",
        "项目储备库信息更新不及时，部分储备项目前期工作深度不够",
        "项目储备",
        "按月更新储备库，常态化开展前期工作审核",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "开发区",
        "濮阳经济技术开发区标准化厂房项目",
        "濮阳经济技术开发区管理委员会",
        "项目档案资料不全，缺少监理日志和隐蔽工程验收记录",
        "规范管理",
        "补齐项目档案资料",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_ndrc(path: Path) -> Path:
    b = Book(path, author="投资科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 9, 26, 22, 34, 10, 24, 14, 26, 9])
    b.line(ws, 0, "2024年中央和省预算内投资计划执行情况专项稽察发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市发展和改革委员会（盖章）    稽察时间：2024年7月1日至7月10日    填报日期：2024年7月29日",
        9,
    )
    words = [
        "序号",
        "县（区）",
        "项目名称",
        "整改责任单位",
        "稽察发现问题",
        "问题类型",
        "整改措施",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "是否完成"], first=8)
    for i, row in enumerate(NDRC_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), first=1)
        b.put(ws, r, 5, row[4], b.center)
        b.row(ws, r, list(row[5:8]), first=6)
        b.put(ws, r, 9, row[8], b.center)
    end = 4 + len(NDRC_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 9, "实地稽察项目28个，发现问题8个，已完成整改3个，正在整改2个")
    b.line(ws, end + 1, "注：“是否完成”栏填“是”或“否”；长期性工作可不填。", 9)
    b.line(ws, end + 2, "填表人：韩晓东    审核人：孟庆伟    联系电话：0393-4411237", 9)
    return b.close()


# =============================================================================================
# 2. 工信: 巡察“回头看”反馈问题整改, after a city 经信局党组's account of the 市委巡察组's “回头看” (4个方面29个问题;
# 逐条明确整改措施、整改责任人和整改时限; the 派驻纪检监察组's 审核意见 “已完成，同意销号”):
# https://jxj.ezhou.gov.cn/xwzx/tzgg/202501/t20250117_686359.html
# An .xls (xlwt): title, 填报单位 line, one header row, 问题类别 (the four 方面) merged down its rows, 责任领导 and
# 责任科室 columns (sections of the 局 only), 整改完成情况 and 审核意见 columns, a 注 line and a 填表人 line.
MIIT_GROUPS = [
    (
        "一、贯彻落实党中央决策部署方面",
        [
            (
                "惠企政策兑现跟踪问效不够，2023年度制造业高质量发展奖补资金兑现滞后",
                "建立惠企政策兑现台账，按季度调度兑现进度",
                "王建军",
                "运行监测协调科",
                "2024年6月30日",
                "已完成。建立兑现台账，兑现奖补资金2860万元",
                "已完成，同意销号",
            ),
            (
                "专精特新企业培育梯队建设不健全，入库企业跟踪服务不到位",
                "完善企业培育库，实行分级分类服务",
                "刘振华",
                "中小企业科",
                "2024年12月底前",
                "正在推进，已走访入库企业46家",
                "",
            ),
        ],
    ),
    (
        "二、落实全面从严治党方面",
        [
            (
                "党组理论学习中心组学习计划执行不严格，专题研讨不够深入",
                "修订学习制度，按月开展专题研讨",
                "张立新",
                "机关党委",
                "长期坚持",
                "已修订学习制度，长期坚持",
                "",
            ),
            (
                "公务接待管理不规范，个别接待无公函、无清单",
                "严格执行公务接待审批和清单制度",
                "张立新",
                "办公室",
                "2024年7月15日",
                "已整改完成",
                "已完成，同意销号",
            ),
        ],
    ),
    (
        "三、财务和专项资金管理方面",
        [
            (
                "工业发展专项资金绩效评价流于形式，评价结果未运用",
                "引入第三方开展绩效评价，评价结果与下年度预算挂钩",
                "李红梅",
                "财务审计科",
                "2024年9月30日",
                "未启动",
                "",
            ),
            (
                "固定资产账实不符，部分报废设备未及时核销",
                "全面清查固定资产，按程序办理报废核销",
                "李红梅",
                "财务审计科",
                "2024年8月底前",
                "已完成清查，正在办理核销手续",
                "",
            ),
        ],
    ),
    (
        "四、巡察整改和成果运用方面",
        [
            (
                "上轮巡察反馈的节能监察执法程序不规范问题整改不彻底",
                "重新梳理执法流程，开展案卷评查",
                "王建军",
                "节能与综合利用科",
                "2024年10月31日",
                "",
                "",
            ),
        ],
    ),
]


def write_miit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市委第二巡察组巡察“回头看”反馈问题整改情况表", t, 0, 8),
        (1, 0, "填报单位：濮阳市工业和信息化局（盖章）    填报日期：2024年7月25日", plain, 1, 8),
    ]
    words = [
        "序号",
        "问题类别",
        "反馈问题",
        "整改措施",
        "责任领导",
        "责任科室",
        "整改时限",
        "整改完成情况",
        "审核意见",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for group, rows in MIIT_GROUPS:
        if len(rows) > 1:
            cells.append((r, 1, group, c, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, group, c))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (4, 6) else c))
            r += 1
    cells += [
        (
            r,
            0,
            "注：审核意见由市纪委监委派驻纪检监察组填写；整改时限为“长期坚持”的，按季度报告进展。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "填表人：赵雅琴    联系电话：0393-4669102", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改情况", cells, [6, 16, 36, 30, 10, 16, 14, 28, 16])])


# =============================================================================================
# 3. 公安: 巡察反馈意见整改, after a city 公安局党委's account of its 巡察整改 (逐项明确责任领导、责任部门、整改措施、
# 完成时限; 解决一个、销号一个、巩固一个):
# http://www.zslz.gov.cn/art/2025/8/28/art_1229640779_26888.html
# A .docx: title, 主送, preamble, the 方面 as headings, each problem a numbered paragraph 1.关于“……”的问题 followed by
# a 责任部门/完成时限 paragraph and an 整改进展 paragraph (one item has none); one 责任部门 is the 交警支队, which is a
# unit of its own; the 党委 and the date at the foot.
POLICE_SECTIONS = [
    (
        "一、聚焦主要职能职责方面",
        [
            (
                "1.关于“涉企执法不规范，个别案件违规查封扣押企业财物”的问题。",
                "责任领导：李国强；责任部门：法制支队；完成时限：2024年6月30日。",
                "整改进展：已完成。对2022年以来涉企案件逐案评查，纠正问题案件3起，制定涉企执法“十不准”。",
            ),
            (
                "2.关于“打击电信网络诈骗犯罪力度不足，涉案资金返还率偏低”的问题。",
                "责任领导：周建华；责任部门：刑事侦查支队、反诈中心；完成时限：2024年12月底前。",
                "整改进展：正在推进。已建立涉诈资金快速止付返还机制，上半年返还涉案资金216万元。",
            ),
            (
                "3.关于“隐患货车排查管控不到位，货车交通违法行为压降不明显”的问题。",
                "责任领导：马卫东；责任部门：市交警支队；完成时限：2024年9月30日。",
                "整改进展：已开展货车交通违法专项整治，查处违法行为1260起，工作持续推进中。",
            ),
        ],
    ),
    (
        "二、践行执法为民理念方面",
        [
            (
                "4.关于“对基层接处警工作指导监督不到位，个别警情处置不规范”的问题。",
                "责任领导：周建华；责任部门：指挥中心；完成时限：长期坚持。",
                "整改进展：建立警情回访和抽查通报制度，每月通报一次，长期坚持。",
            ),
            (
                "5.关于“信访件实体化解率不高，个别信访积案久拖未结”的问题。",
                "责任领导：李国强；责任部门：信访科；完成时限：2024年8月31日。",
                "整改进展：尚未启动。",
            ),
        ],
    ),
    (
        "三、党的建设方面",
        [
            (
                "6.关于“党委理论学习中心组学习不够深入，研讨发言质量不高”的问题。",
                "责任领导：王振宇；责任部门：政治处；完成时限：2024年7月15日前。",
                "整改进展：已修订党委理论学习中心组学习制度，整改完成。",
            ),
            (
                "7.关于“专职党务干部力量配备不足，发展党员工作不够规范”的问题。",
                "责任领导：王振宇；责任部门：政治处；完成时限：2024年10月底前。",
                None,
            ),
        ],
    ),
]


def write_police(path: Path) -> Path:
    doc = _new_document("政治处")
    _title(doc, "中共濮阳市公安局委员会关于市委巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察工作领导小组办公室、市政府督查局：")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月26日，市委第一巡察组对市公安局党委进行了巡察，并于5月10日反馈了巡察"
        "意见。市局党委把巡察整改作为重大政治任务，照单全收反馈问题，逐项明确责任领导、责任部门、整改措施、完成时限，"
        "解决一个、销号一个、巩固一个。现将整改进展情况报告如下：",
    )
    for heading, items in POLICE_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for lines in items:
            for text in lines:
                if text:
                    _paragraph(doc, text)
    _paragraph(doc, "下一步，市局党委将持续压实整改责任，对已完成的问题适时开展“回头看”，巩固整改成效。")
    _paragraph(doc, "中共濮阳市公安局委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 4. 财政: 中央和省级专项资金支出进度专项巡察, after a provincial 财政厅 work group's check of the 市直有关部门及县区
# (当年收到中央和省级专项资金总额、上年结余结转、财政部门下达进度、部门单位实际支出; 支出进度慢的典型项目):
# https://czj.zgqingyang.gov.cn/xwzx/gzdt/content_66073
# A CSV in GBK: title line, 填报单位/金额单位 line, one header line with the money columns, the 主管部门 in short and
# former spellings, the 局's own 国库科 for the last row, a 合计 line and a 填表人 line.
FINANCE_ROWS = [
    (
        "义务教育薄弱环节改善与能力提升补助资金",
        "市教育局",
        "3260",
        "1124",
        "34.5%",
        "资金下达后未及时分解到项目学校，支出进度低于序时进度",
        "督促尽快分解下达，按月通报支出进度",
        "市教育局",
        "2024年8月底前",
        "已分解下达至项目学校，正在加快支出",
    ),
    (
        "基层医疗卫生机构能力建设补助资金",
        "市卫健委",
        "1850",
        "1850",
        "100.0%",
        "上年结转资金在单位账户滞留超过一年",
        "加快支出或按规定收回",
        "市卫健委",
        "2024年7月15日",
        "已全部支出，整改完成",
    ),
    (
        "困难群众救助补助资金",
        "市民政局",
        "5420",
        "3980",
        "73.4%",
        "部分县区救助资金发放不及时，资金闲置在乡镇账户",
        "督促县区按月足额发放",
        "市民政局",
        "2024年9月30日",
        "",
    ),
    (
        "车辆购置税收入补助地方资金",
        "市交通局",
        "8600",
        "1720",
        "20.0%",
        "项目前期工作不充分，资金下达后项目无法实施",
        "调整用于具备实施条件的项目",
        "市交通局",
        "第三季度",
        "未整改",
    ),
    (
        "农业相关转移支付资金",
        "市农业局",
        "4380",
        "2950",
        "67.4%",
        "资金拨付依赖项目验收，未按合同约定支付进度款",
        "按合同约定及时拨付进度款",
        "市农业局",
        "2024年8月15日",
        "已按合同拨付进度款830万元，其余正在审核",
    ),
    (
        "专项资金支出动态监控",
        "市财政局",
        "",
        "",
        "",
        "对专项资金支出进度监控预警不及时，未建立按月通报机制",
        "建立专项资金支出进度按月通报机制",
        "市财政局国库科",
        "2024年7月10日",
        "已建立按月通报机制，已通报2期",
    ),
]


def write_finance(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中央和省级专项资金支出进度专项巡察发现问题整改情况表"])
    w.writerow(["填报单位：濮阳市财政局（盖章）；填报时间：2024年7月26日；金额单位：万元"])
    w.writerow(
        [
            "序号",
            "资金名称",
            "主管部门",
            "下达金额",
            "已支出金额",
            "支出进度",
            "存在问题",
            "整改措施",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(FINANCE_ROWS, 1):
        w.writerow([i, *row])
    given = sum(int(r[2]) for r in FINANCE_ROWS if r[2])
    spent = sum(int(r[3]) for r in FINANCE_ROWS if r[3])
    w.writerow(["合计", "", "", given, spent, f"{spent / given:.1%}", "", "", "", "", ""])
    w.writerow(["填表人：郭文静；审核人：孙建国；联系电话：0393-8992310"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 5. 人社: 服务对象随机抽查访谈, after a city 人社局's notice on random visits to the people its 局机关 and 局属各单位
# serve (首问接待人态度、来访次数、故意刁难; 对检查情况逐一梳理，定期通报); the return is the 回执 the notice asks for.
# https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/srlzyhshbzj/czsrmzf/ndjh_3413/202206/t20220607_2561351.shtml
# A .doc (Word 97 via LibreOffice): title 回执, a small form (单位名称、联系人、联系电话), one table whose 责任科室（单位）
# names either a 科室 of the 局 or a 局属单位 by its full name, a 备注 line and the seal/date line.
HRSS_ROWS = [
    (
        "社保待遇窗口一次性告知不到位，群众办理退休待遇核定需多次往返",
        "濮阳市社会保险中心",
        "制定一次性告知清单，推行容缺受理",
        "2024年7月31日",
        "已完成，一次性告知清单已在窗口公示",
    ),
    (
        "首问接待人员态度生硬，对咨询群众推诿",
        "局办公室",
        "对当事人批评教育，开展文明服务培训",
        "7月20日前",
        "已对当事人批评教育，整改完成",
    ),
    (
        "就业补贴申领审核时间超出承诺时限",
        "濮阳市就业创业服务中心",
        "压缩审核环节，实行限时办结",
        "2024年9月30日",
        "正在优化审核流程",
    ),
    (
        "劳动人事争议仲裁案件立案后文书送达不及时",
        "濮阳市劳动人事争议仲裁院",
        "推行电子送达，明确送达时限",
        "2024年8月31日",
        "未整改",
    ),
    (
        "意见箱长期未开启，群众监督意见收集不及时",
        "信访科",
        "每周开启意见箱并登记",
        "长期坚持",
        "每周开启一次，长期坚持",
    ),
]


def write_hrss_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "服务对象随机抽查访谈发现问题整改情况回执", 18)
    form = doc.add_table(rows=1, cols=6)
    form.style = "Table Grid"
    for c, v in enumerate(
        ["单位名称", "濮阳市人力资源和社会保障局", "联系人", "宋佳慧", "联系电话", "0393-8318260"]
    ):
        _cell_text(form.cell(0, c), v, 11, bold=c % 2 == 0)
    _paragraph(doc, "", 10)
    body = [[str(i), *row] for i, row in enumerate(HRSS_ROWS, 1)]
    _table(doc, ["序号", "发现问题", "责任科室（单位）", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "备注：请于2024年7月31日前将回执报送市政府督查局，电子版同时发送至工作邮箱。", 12)
    _paragraph(doc, "（盖章）        2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hrss(path: Path) -> Path:
    return via_soffice(write_hrss_docx, path, "doc", "服务对象随机抽查访谈发现问题整改情况回执.docx")


# =============================================================================================
# 6. 自然资源: 卫片执法图斑核查, after a county 自然资源和规划局所's 卫片图斑核查 (对图斑按村进行分类登记; 核查图斑
# 位置、面积、用地单位、用途; 对每个图斑建立核查台账，督促用地单位加快整改):
# http://w.suneasecloud.com:8103/news/show_2566821.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/面积单位 line, a two-row header (所在位置 over 乡镇 and 村), the
# 图斑编号 as text, the 乡镇人民政府 as 整改责任单位 (one row the 局's own 执法支队, written with the short name), a
# 合计 row and a 注 line.
LAND_ROWS = [
    (
        "410928202404001",
        "濮阳县柳屯镇",
        "后郭村",
        3.26,
        "濮阳县鑫旺养殖专业合作社未经批准占用耕地2.80亩建设养殖棚舍",
        "濮阳县柳屯镇人民政府",
        "拆除棚舍，恢复耕种条件",
        "2024年8月31日前",
        "已拆除复耕，县局已验收",
    ),
    (
        "410922202404007",
        "清丰县仙庄镇",
        "小屯村",
        0.65,
        "村民未经批准占用耕地0.65亩建设住宅",
        "清丰县仙庄镇人民政府",
        "下达责令限期拆除通知书，拆除复耕",
        "2024年9月底前",
        "已下达限期拆除通知书，正在拆除",
    ),
    (
        "410923202404003",
        "南乐县元村镇",
        "东街村",
        4.12,
        "南乐县宏达建材有限公司擅自扩建堆料场占用土地4.12亩",
        "南乐县元村镇人民政府",
        "拆除并恢复原状",
        "2024年8月15日",
        "未整改",
    ),
    (
        "410926202404002",
        "范县陈庄镇",
        "孙楼村",
        1.90,
        "占用永久基本农田1.90亩挖塘养鱼",
        "范县陈庄镇人民政府",
        "回填鱼塘，恢复耕作层",
        "2024年10月31日",
        "",
    ),
    (
        "410902202404005",
        "华龙区岳村镇",
        "许村",
        2.35,
        "濮阳市安顺物流有限公司未批先建仓储用房占地2.35亩",
        "市自然资源局执法支队",
        "立案查处，没收地上建筑物",
        "2024年9月30日",
        "已立案，正在调查处理",
    ),
    (
        "410927202404004",
        "台前县打渔陈镇",
        "梁庙村",
        0.88,
        "占用一般耕地硬化晒场0.88亩",
        "台前县打渔陈镇人民政府",
        "破除硬化层，复耕",
        "2024.7.20",
        "已破除硬化层并复耕",
    ),
    (
        "410928202404009",
        "濮阳县文留镇",
        "前孟村",
        1.50,
        "濮阳县恒通砖瓦厂超出批准范围取土1.50亩，形成深坑",
        "濮阳县文留镇人民政府",
        "回填平整，恢复耕地",
        "2024年12月31日",
        "已完成回填方案编制，正在组织回填",
    ),
]


def write_land_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("图斑整改台账")
    b.widths(ws, [6, 18, 14, 10, 10, 38, 22, 24, 16, 26])
    b.line(ws, 0, "2024年第二季度自然资源卫片执法图斑核查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局    填报日期：2024年7月24日    面积单位：亩", 9)
    for c, word in enumerate(["序号", "图斑编号"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "所在位置", b.head)
    b.header(ws, 3, ["乡镇", "村"], first=2)
    for c, word in enumerate(
        ["图斑面积", "核查发现问题", "整改责任单位", "整改措施", "整改时限", "整改情况"], 4
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(LAND_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(LAND_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, round(sum(r[3] for r in LAND_ROWS), 2), b.center)
    b.merge(ws, end, 5, end, 9, "违法图斑7宗")
    b.line(ws, end + 1, "注：本表仅填报核查确认的违法图斑；合法图斑和已完善手续图斑另表报送。", 9)
    b.line(ws, end + 2, "填表人：聂文杰    审核人：曹红旗    联系电话：0393-8180634", 9)
    return b.close()


def write_land(path: Path) -> Path:
    return via_soffice(write_land_book, path, "xls", "卫片执法图斑核查整改台账.xlsx")


# =============================================================================================
# 7. 住建: 城镇老旧小区改造、城镇燃气安全、城建领域优化营商环境综合调研, after a city 住建局's account of the
# provincial work group (办理审批、报建手续、建设进度、资金支付、智慧化建设; 燃气安全“百日行动”; 水、气联动报装):
# http://www.dswbg.com/news14/1588.html
# An .xlsx: title, 填报单位/反馈时间 line, a two-row header (整改落实情况 over 进展情况 and 完成时间), 调研内容 merged
# down its rows, 整改责任单位 naming a district 住建局, the 局's own 科室, the 燃气 and 自来水 companies (short names).
HOUSING_GROUPS = [
    (
        "城镇老旧小区改造",
        [
            (
                "2024年计划改造的昆吾花园等5个小区开工手续办理滞后",
                "濮阳市华龙区住房和城乡建设局",
                "实行并联审批，限时办结施工许可",
                "2024年7月31日",
                "已全部办理施工许可",
                "2024.7.25",
            ),
            (
                "已完工改造项目工程款拨付不及时，欠付施工单位工程款",
                "市住建局城建科",
                "会同财政部门加快结算审核和拨付",
                "2024年9月底前",
                "已拨付欠款的60%，剩余部分正在结算审核",
                "",
            ),
            (
                "改造小区智慧安防设施未与改造工程同步建设",
                "濮阳市华龙区住房和城乡建设局",
                "将智慧安防纳入改造内容同步实施",
                "年底前",
                "",
                "",
            ),
        ],
    ),
    (
        "城镇燃气安全",
        [
            (
                "部分老旧小区燃气立管锈蚀严重，未纳入改造内容",
                "市燃气公司",
                "逐栋排查，更换锈蚀立管",
                "2024年10月31日",
                "已完成排查，更换立管1200米，正在施工",
                "",
            ),
            (
                "瓶装液化石油气供应站点安全管理制度不健全",
                "市住建局燃气办",
                "修订供应站点安全管理制度并组织培训",
                "2024年7月20日",
                "",
                "2024.7.18",
            ),
        ],
    ),
    (
        "城建领域优化营商环境",
        [
            (
                "水气联动报装改革落实不到位，用户仍需分别申请",
                "市自来水公司",
                "与燃气企业共建一窗受理平台",
                "2024年8月31日",
                "未启动",
                "",
            ),
            (
                "城市基础设施配套费收费标准公示不规范",
                "市住建局城建科",
                "在政务服务网和办事大厅公示收费标准",
                "2024年7月15日",
                "已在政务服务网和办事大厅公示，整改完成",
                "2024.7.12",
            ),
        ],
    ),
]


def write_housing(path: Path) -> Path:
    b = Book(path, author="城建科")
    ws = b.sheet("反馈问题整改台账")
    b.widths(ws, [6, 14, 36, 26, 28, 14, 30, 12])
    b.line(
        ws,
        0,
        "全省城镇老旧小区改造、城镇燃气安全生产、城建领域优化营商环境综合调研反馈问题整改台账",
        7,
        b.title,
    )
    b.line(
        ws, 1, "填报单位：濮阳市住房和城乡建设局    调研反馈时间：2024年6月28日    填报日期：2024年7月30日", 7
    )
    for c, word in enumerate(["序号", "调研内容", "反馈问题", "整改责任单位", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "完成时间"], first=6)
    r, n = 4, 0
    for group, rows in HOUSING_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.put(ws, r, 3, row[1])
            b.put(ws, r, 4, row[2])
            b.put(ws, r, 5, row[3], b.center)
            b.put(ws, r, 6, row[4])
            b.put(ws, r, 7, row[5], b.center)
            r += 1
    b.line(ws, r, "注：“完成时间”栏填写问题实际整改完成的日期，未完成的不填。", 7)
    b.line(ws, r + 1, "填表人：贾志刚    联系电话：0393-8266075    分管领导：吴海燕", 7)
    return b.close()


# =============================================================================================
# 8. 交通: 机动车维修企业与公交场站安全大排查, after a city 交通运输局's campaign (消防设施配备、油漆贮存、烤漆车间
# 电器设备; 公交场站车载消防器材; 安全管理人员配备、安全教育培训、操作规程、隐患排查治理; 立查立改):
# https://www.jdnews.com.cn/xwjsb/content/2023-09/15/content_9598995.html
# A .wps (Word 97 via LibreOffice): title, 填报单位/检查日期 paragraph (the date the 期限 count from), one table with
# the 检查对象 (企业, and the 公交公司 by its short name and by one of its 场站), the 复查人 (an inspector) in the last
# column, a 注 line and a 填表人 line.
TRANSPORT_ROWS = [
    (
        "濮阳市通达汽车维修有限公司",
        "烤漆房内照明灯具和开关未采用防爆型电器",
        "更换防爆型电器",
        "2024年7月31日前",
        "已更换防爆灯具和开关，复查合格",
        "高建民",
    ),
    (
        "濮阳市华龙区顺达汽车修理厂",
        "油漆、稀料等易燃物品与汽车配件混存，未设专用储存间",
        "易燃物品单独存放，设置专用储存间",
        "立行立改",
        "已现场分开存放，并设置专用储存间，整改完成",
        "高建民",
    ),
    (
        "濮阳市安捷汽车服务有限公司",
        "维修车间灭火器压力不足，部分超过有效期",
        "更换灭火器",
        "3个工作日内",
        "已更换灭火器8具",
        "孙丽",
    ),
    (
        "市公交公司府前路公交场站",
        "场站充电区未施划消防通道标线，车辆占用消防通道",
        "施划消防通道标线，清理占道车辆",
        "2024年7月20日",
        "占道车辆已清理，消防通道标线正在施划",
        "孙丽",
    ),
    (
        "众意公交公司",
        "部分公交车车载灭火器未按规定每日检查",
        "建立车载消防器材每日检查制度",
        "长期坚持",
        "长期坚持",
        "孙丽",
    ),
    (
        "濮阳市恒达汽车维修有限公司",
        "未配备专职安全管理人员，未建立员工安全教育培训档案",
        "配备专职安全员，建立培训档案",
        "2024年8月15日",
        "未整改",
        "高建民",
    ),
    (
        "濮阳市华龙区快捷汽修店",
        "安全操作规程未上墙，举升机未定期检测",
        "张贴操作规程，委托检测举升机",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_transport_docx(path: Path) -> Path:
    doc = _new_document("运输科")
    _title(doc, "机动车维修企业和公交场站安全大排查发现问题整改情况表", 18)
    _paragraph(
        doc, "填报单位：濮阳市交通运输局（运输科）    检查日期：2024年7月8日    填报日期：2024年7月26日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(TRANSPORT_ROWS, 1)]
    _table(doc, ["序号", "检查对象", "检查发现问题", "整改要求", "整改期限", "整改落实情况", "复查人"], body)
    _paragraph(doc, "注：整改期限自检查之日起计算；复查人为市交通运输综合行政执法支队执法人员。", 12)
    _paragraph(doc, "填表人：冯晓光    联系电话：0393-8995106", 12)
    return _save_fixed(doc, path)


def write_transport(path: Path) -> Path:
    return via_soffice(
        write_transport_docx, path, "doc", "机动车维修企业和公交场站安全大排查问题整改情况.docx"
    )


# =============================================================================================
# 9. 水利: 审计反馈问题整改完成情况公示, after a district 水利局's notice of the audit problems it led (镇级水源地标识牌、
# 界牌界桩和网围栏; 汉江内吸砂船未运走、影响河道行洪; 反馈问题均已整改完毕 … 见后附图; 附件：整改印证图片):
# https://www.hanbin.gov.cn/Content-2206751.html
# A .docx: title, preamble, one table in which each problem has its 责任单位 and 整改时限, a photo of the work and the
# text that tells what was done beside it (two rows have no photo), the 局 and the date at the foot.
WATER_ROWS = [
    (
        "全市12个规模较大的乡镇级水源地未设置标识牌、界牌界桩和网围栏",
        "市水利局水资源科",
        "2024年6月30日",
        "sign",
        "12处水源地的标识牌、界牌界桩和网围栏已全部安装到位。",
    ),
    (
        "金堤河濮阳县段河道内3艘采砂船长期滞留，影响河道行洪",
        "濮阳县水利局",
        "2024年7月15日",
        "boat",
        "3艘采砂船已全部吊装上岸，并运离河道管理范围。",
    ),
    (
        "部分生产建设项目未按规定开展水土保持设施自主验收",
        "市水利局水保科",
        "2024年9月30日",
        "slope",
        "已督促4个项目完成自主验收并报备，其余2个项目正在办理。",
    ),
    (
        "农村饮水安全工程水质检测频次不足",
        "市水利局农水科",
        "长期坚持",
        "lab",
        "已建立水质季度检测制度，长期坚持。",
    ),
    (
        "清丰县7家企业取水许可证过期未延续仍在取水",
        "清丰县水利局",
        "2024年8月31日",
        None,
        "",
    ),
    (
        "地下水超采区内的12眼自备井未按期关停",
        "南乐县水利局",
        "2024年12月底前",
        None,
        "未整改。",
    ),
]


def _photo(kind: str) -> bytes:
    """A small deterministic picture standing in for the site photo of one rectification."""
    img = Image.new("RGB", (320, 200), (150, 190, 225))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 320, 200], fill=(120, 150, 90))
    if kind == "sign":
        d.rectangle([140, 40, 150, 150], fill=(90, 90, 90))
        d.rectangle([100, 30, 200, 80], fill=(30, 90, 170), outline=(255, 255, 255), width=3)
        for x in range(10, 320, 40):
            d.line([x, 100, x, 150], fill=(70, 70, 70), width=3)
        d.line([0, 110, 320, 110], fill=(70, 70, 70), width=2)
    elif kind == "boat":
        d.rectangle([0, 110, 320, 150], fill=(80, 130, 180))
        d.polygon([(60, 150), (260, 150), (240, 175), (80, 175)], fill=(110, 70, 40))
        d.rectangle([130, 120, 190, 150], fill=(200, 200, 200))
    elif kind == "slope":
        d.polygon([(0, 200), (320, 90), (320, 200)], fill=(90, 140, 70))
        for x in range(20, 320, 30):
            d.line([x, 195, x + 20, 185], fill=(60, 100, 50), width=4)
    else:
        d.rectangle([90, 60, 230, 150], fill=(235, 235, 235), outline=(80, 80, 80), width=2)
        for x in (110, 140, 170, 200):
            d.rectangle([x, 95, x + 12, 140], fill=(120, 170, 220), outline=(60, 60, 60))
    raw = io.BytesIO()
    img.save(raw, format="PNG")
    return raw.getvalue()


def write_water(path: Path) -> Path:
    doc = _new_document("水资源科")
    _title(doc, "濮阳市水利局关于水资源管理和水土保持专项审计反馈问题整改情况的公示", 18)
    _paragraph(
        doc,
        "2024年5月，市审计局对我市水资源管理和水土保持情况开展了专项审计，反馈问题由市水利局牵头整改6个。经多方配合，"
        "采取有力措施，推动问题整改。现将整改情况及现场照片公示如下：",
        14,
    )
    header = ["序号", "审计反馈问题", "责任单位", "整改时限", "整改现场照片", "整改情况说明"]
    table = doc.add_table(rows=1 + len(WATER_ROWS), cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for c, width in enumerate([1.0, 4.0, 2.4, 2.2, 3.6, 3.4]):
        for cell in table.columns[c].cells:
            cell.width = Cm(width)
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    for r, (problem, unit, limit, photo, text) in enumerate(WATER_ROWS, start=1):
        for c, v in enumerate([str(r), problem, unit, limit]):
            _cell_text(table.cell(r, c), v)
        if photo:
            table.cell(r, 4).paragraphs[0].add_run().add_picture(io.BytesIO(_photo(photo)), width=Cm(3.3))
        _cell_text(table.cell(r, 5), text)
    _paragraph(doc, "公示期：2024年7月25日至8月1日。监督电话：0393-8189013。", 12)
    _paragraph(doc, "濮阳市水利局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 10. 农业农村: 高标准农田项目“四不两直”督察, after a city 农业农村局's unannounced check of county 高标准农田 projects
# (施工单位技术人员和监理单位监管人员不在岗、高效节水管道设计不合理; 以工作提示函的方式反馈给县农业农村局督促整改):
# https://ny.huaibei.gov.cn/zwgk/public/60/64555357.html
# A .zip of two county returns: 濮阳县农业农村局's .xlsx (施工、监理单位 and a 乡镇 as 整改责任单位, a 复核 column
# beside the progress) and 清丰县农业农村局's .docx report (the problems as 一、二、三、… paragraphs, each with its
# 整改措施/责任股室/整改时限/整改情况 lines; one without 整改情况).
FARM_ROWS = [
    (
        "濮阳县2024年高标准农田建设项目第一标段",
        "王称堌镇",
        "施工单位技术负责人不在岗，现场无技术交底记录",
        "河南中原水利工程有限公司",
        "技术负责人到岗履职，补齐技术交底记录",
        "2024年7月15日",
        "技术负责人已到岗，补齐交底记录",
        "复核合格",
    ),
    (
        "濮阳县2024年高标准农田建设项目第二标段",
        "梨园乡",
        "监理人员未按要求旁站，隐蔽工程验收无监理签字",
        "濮阳市正信工程监理有限公司",
        "监理人员全程旁站，补签隐蔽工程验收记录",
        "2024年7月20日",
        "监理人员已到岗旁站，隐蔽工程验收记录正在补签",
        "",
    ),
    (
        "濮阳县2024年高标准农田建设项目第二标段",
        "梨园乡",
        "高效节水灌溉管道埋深达不到设计要求",
        "濮阳县宏源建筑工程有限公司",
        "对埋深不足管段返工重埋",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "濮阳县2024年高标准农田建设项目第三标段",
        "八公桥镇",
        "田间道路路基未压实，部分路段出现塌陷",
        "河南中原水利工程有限公司",
        "对塌陷路段翻挖重新压实",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "2019-2021年已建成高标准农田项目",
        "户部寨镇",
        "已建成机井、泵房缺少日常管护，部分设施损坏",
        "濮阳县户部寨镇人民政府",
        "落实村级管护主体和管护经费",
        "长期坚持",
        "常态化推进",
        "",
    ),
]
FARM_PARAS = [
    (
        "一、关于“项目区部分排水沟淤堵，未按设计断面开挖”的问题",
        "整改措施：组织施工单位对淤堵沟段清淤，按设计断面修整。",
        "责任股室：农田建设股。整改时限：2024年7月31日。",
        "整改情况：已清淤修整完毕，经县农业农村局复核合格。",
    ),
    (
        "二、关于“项目公示牌内容不全，未公开监督举报电话”的问题",
        "整改措施：重新制作项目公示牌，补充监督举报电话。",
        "责任股室：农田建设股。整改时限：2024年7月10日。",
        "整改情况：已重新制作并更换公示牌，整改完成。",
    ),
    (
        "三、关于“工程进度滞后，投资完成率仅为41%”的问题",
        "整改措施：督促施工单位增加机械和人员，实行周调度。",
        "责任股室：计划财务股。整改时限：2024年10月底前。",
        "整改情况：正在加快施工，目前投资完成率58%。",
    ),
    (
        "四、关于“部分农户对项目建设内容知晓率低”的问题",
        "整改措施：通过村务公开栏、村民会议宣传项目建设内容。",
        "责任股室：农田建设股。整改时限：2024年9月30日。",
        None,
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="农田建设股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 12, 34, 26, 28, 14, 28, 14])
    b.line(ws, 0, "2024年高标准农田建设项目“四不两直”督察反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县农业农村局    工作提示函下达日期：2024年7月5日    填报日期：2024年7月26日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "项目区",
            "反馈问题",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改情况",
            "县局复核",
        ],
    )
    for i, row in enumerate(FARM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FARM_ROWS), "填表人：岳红亮    审核人：郑书文    联系电话：0393-3221846", 8)
    return b.close()


def write_farm_docx(path: Path) -> Path:
    doc = _new_document("清丰县农业农村局")
    _title(doc, "清丰县农业农村局关于高标准农田建设督察反馈问题整改情况的报告", 18)
    _paragraph(doc, "市农业农村局：")
    _paragraph(
        doc,
        "7月5日，市农业农村局以工作提示函形式反馈了我县2024年高标准农田建设项目存在的4个问题。我局高度重视，"
        "逐条制定整改措施，明确责任股室和整改时限。现将整改情况报告如下：",
    )
    for lines in FARM_PARAS:
        for i, text in enumerate(lines):
            if text:
                _paragraph(doc, text, 16, "黑体" if i == 0 else "仿宋_GB2312")
    _paragraph(doc, "清丰县农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_farm(path: Path) -> Path:
    members = [
        ("高标准农田督察反馈问题整改台账（濮阳县农业农村局）.xlsx", write_farm_book),
        ("关于高标准农田督察反馈问题整改情况的报告（清丰县农业农村局）.docx", write_farm_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 11. 农业农村: 主要负责人自然资源资产任中审计反馈问题整改, after a city 农业农村局's public notice of the audit
# problems (整改措施 / 整改时限: 2023年12月底前 / 整改情况: 正在推进, under 一、二、三 方面 headings):
# https://nyncj.suining.gov.cn/zwgk/show/62c9bcc13da84e799980740c75203095.html
# An .xlsx: title, 填报单位 line, one header row, the 方面 as rows merged across the table, the 局's 科室 as 责任科室,
# 整改情况 beginning with 已完成 / 正在推进 / 未启动, a 填表人 line.
AUDIT_GROUPS = [
    (
        "一、贯彻执行上级生态文明建设方针政策和决策部署方面",
        [
            (
                "农膜残留监测工作推进缓慢，监测点未覆盖全部县区",
                "建立农膜残留监测制度，指导各县区设立监测点",
                "科技教育科",
                "2024年12月底前",
                "正在推进。已在3个县建立监测点，其余县区正在选点",
            ),
            (
                "大水面生态渔业发展专项规划未编制",
                "委托专业机构编制专项规划",
                "渔业渔政科",
                "2024年12月底前",
                "未启动",
            ),
        ],
    ),
    (
        "二、遵守自然资源资产管理和生态环境保护法律法规方面",
        [
            (
                "畜禽粪污资源化利用设施配套不到位，部分规模养殖场设施闲置",
                "逐场核查，督促规模养殖场配套并正常使用粪污处理设施",
                "畜牧兽医科",
                "2024年9月30日",
                "正在推进。已核查规模养殖场126家，督促整改23家",
            ),
            (
                "秸秆综合利用台账不完整，部分乡镇数据缺失",
                "完善市、县、乡三级秸秆综合利用台账",
                "科技教育科",
                "2024年6月30日",
                "已完成。三级台账已补充完整",
            ),
        ],
    ),
    (
        "三、自然资源资产管理和生态环境保护重大决策方面",
        [
            (
                "农业遥感监测系统建设进度缓慢，未按期投入使用",
                "督促承建单位加快开发，完成系统部署",
                "市场与信息化科",
                "2024年7月底前",
                "已完成。系统已于7月22日上线运行",
            ),
            (
                "农药包装废弃物回收处置机制不健全",
                "出台农药包装废弃物回收处置办法，建立回收网点",
                "种植业管理科",
                "长期坚持",
                "已出台回收处置办法，长期坚持",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="计划财务科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 40, 36, 16, 16, 38])
    b.line(ws, 0, "濮阳市农业农村局主要负责人自然资源资产任中审计反馈问题整改情况表", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市农业农村局（盖章）    填报日期：2024年7月23日", 5)
    b.header(ws, 2, ["序号", "审计反馈问题", "整改措施", "责任科室", "整改时限", "整改情况"])
    r, n = 3, 0
    for group, rows in AUDIT_GROUPS:
        b.merge(ws, r, 0, r, 5, group, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "填表人：邵明哲    联系电话：0393-8216657    分管领导：许文博", 5)
    return b.close()


FILES = [
    ("2024年中央和省预算内投资项目专项稽察发现问题整改台账（市发展改革委）.xlsx", write_ndrc),
    ("市委巡察回头看反馈问题整改情况表（市工信局）.xls", write_miit),
    ("中共濮阳市公安局委员会关于市委巡察反馈意见整改进展情况的报告.docx", write_police),
    ("专项资金支出进度专项巡察问题整改情况（市财政局）.csv", write_finance),
    ("服务对象随机抽查访谈发现问题整改情况回执（市人社局）.doc", write_hrss),
    ("2024年第二季度卫片执法图斑核查整改台账.et", write_land),
    ("老旧小区改造和燃气安全综合调研反馈问题整改台账（市住建局）.xlsx", write_housing),
    ("机动车维修企业和公交场站安全大排查问题整改情况.wps", write_transport),
    ("濮阳市水利局关于审计反馈问题整改情况的公示.docx", write_water),
    ("高标准农田督察反馈问题整改情况（两县）.zip", write_farm),
    ("自然资源资产任中审计反馈问题整改情况表（市农业农村局）.xlsx", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

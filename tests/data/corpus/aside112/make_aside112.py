"""Write the aside112 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice, as WPS saves it),
.ods (LibreOffice conversion), a CSV in GBK, a .docx whose items are numbered paragraphs under two headings,
a .doc (Word 97 via LibreOffice) with a table inside a 通报, and a .zip of two returns (an .xlsx and a .docx).
Campaigns: 食品药品, 档案保密, 统计执法, 信访积案, 退役军人, 民政养老, 森林防火, 防汛, 自建房排查, 政务服务好差评.
Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside112.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every date inside the files and every zip member time is fixed, so two runs give the same bytes.
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
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


def soffice(source: Path, suffix: str, out: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends); returns the converted file."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out / f"{source.stem}.{suffix}"


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
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and keep it under path."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        converted = soffice(source, suffix, Path(tmp) / "out")
        shutil.copyfile(converted, path)
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


# ---------------------------------------------------------------------------------------------
# 1. 食品药品安全专项检查, after a township's joint check with the county 市场监督管理局 (乡综合行政执法大队与县局
# 执法人员协同联动; 大型商超、校园食堂、零售药房三大重点领域: 商超核验食品保质期、进货台账及储存条件, 校园食堂严查
# 食材质量、操作规范及食品留样, 药房规范药品采购渠道、处方药销售及储存管理; 排查经营场所9家，整改问题10余处，
# 下达整改通知3份):
# https://www.shouxian.gov.cn/zwzx/xzcz/8173871.html
# An .xlsx: title, 检查单位 line, one header row with a 检查日期 column (the base of 立行立改 and of 7个工作日内),
# the three fields as group rows (一、大型商超 …), the 经营主体 as 整改责任单位, 整改通知书 numbers, a 复查人 column
# (inspector), a 合计 row and a signature line.
FOOD_GROUPS = [
    (
        "一、大型商超",
        [
            (
                "清丰县六塔乡万家福超市",
                date(2024, 7, 9),
                "冷柜内发现超过保质期的酸奶6盒仍在销售",
                "下架销毁，建立临期食品每日检查制度",
                "",
                "立行立改",
                "已当场下架销毁，建立检查记录",
                "王刚",
            ),
            (
                "清丰县六塔乡华联便民超市",
                date(2024, 7, 9),
                "散装食品未标明生产日期和保质期",
                "补齐散装食品标签",
                "清市监六塔责改〔2024〕07号",
                "2024.7.15",
                "已补齐标签，复查合格",
                "王刚",
            ),
            (
                "清丰县六塔乡惠民购物广场",
                date(2024, 7, 9),
                "进货查验记录不全，部分供货商资质无法提供",
                "索取供货商资质，完善进货查验记录",
                "",
                "7月20日前",
                "正在联系供货商补齐资质材料",
                "",
            ),
        ],
    ),
    (
        "二、校园食堂",
        [
            (
                "清丰县六塔乡中心小学",
                date(2024, 7, 10),
                "食堂食品留样不足125克且未标注留样时间",
                "按规定留样并标注",
                "",
                "立行立改",
                "已整改",
                "李文静",
            ),
            (
                "清丰县六塔乡第一初级中学",
                date(2024, 7, 10),
                "食堂后厨防蝇防鼠设施缺失，库房未安装挡鼠板",
                "安装纱窗、灭蝇灯和挡鼠板",
                "",
                "8月底前（暑假期间）",
                "未整改",
                "",
            ),
            (
                "清丰县六塔乡中心幼儿园",
                date(2024, 7, 10),
                "2名食堂从业人员健康证明过期",
                "过期人员暂停上岗，重新办理健康证明",
                "",
                "2024年7月25日",
                "1人已办理，另1人正在体检",
                "",
            ),
        ],
    ),
    (
        "三、零售药房",
        [
            (
                "清丰县康济大药房六塔店",
                date(2024, 7, 10),
                "处方药未凭处方销售，无处方药销售登记",
                "严格凭处方销售，建立销售登记",
                "清市监六塔责改〔2024〕08号",
                "7个工作日内",
                "",
                "",
            ),
            (
                "清丰县六塔乡仁和堂药店",
                date(2024, 7, 10),
                "阴凉区温湿度记录不连续，空调损坏未修",
                "维修空调，恢复温湿度监测记录",
                "清市监六塔责改〔2024〕09号",
                "2024.7.20",
                "已更换空调，温湿度记录恢复",
                "李文静",
            ),
        ],
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="六塔乡执法大队")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 12, 32, 26, 24, 16, 24, 10])
    b.line(ws, 0, "六塔乡食品药品安全专项检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：六塔乡综合行政执法大队、清丰县市场监督管理局六塔市场监管所    "
        "检查时间：2024年7月9日—10日（整改时限自检查之日起计算）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位（经营主体）",
            "检查日期",
            "检查发现问题",
            "整改要求",
            "责令整改通知书编号",
            "整改期限",
            "整改落实情况",
            "复查人",
        ],
    )
    r, n = 3, 0
    for group, rows in FOOD_GROUPS:
        b.merge(ws, r, 0, r, 8, group, b.group)
        r += 1
        for unit, day, problem, demand, notice, limit, result, checker in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, day, problem, demand, notice, limit, result, checker], first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "共排查经营场所9家，发现问题8处，下达责令整改通知书3份")
    b.line(
        ws, r + 2, "填表人：郑晓燕    审核人：孔德明    联系电话：0393-7261135    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 档案工作执法检查和保密检查反馈问题整改, after a city 档案局's 执法检查 of the procuratorates (以听取汇报、实地
# 抽查、汇总反馈的方式进行; 各种材料归档不及时，有积压现象; 档案管理人员兼职过多，业务不熟; 文件材料收集不齐全，
# 缺少年度工作计划、年度工作总结、会议记录等核心材料; 要求限时整改):
# https://www.gxdag.org.cn/show/279/1068
# A .docx: a 人民检察院's report to the 县档案局 and 县委保密办; the problems as numbered paragraphs under two headings
# (档案工作 1–5, 保密工作 1–3, numbering restarting), each naming the 院's own 部门 as 责任部门, with the measure,
# the 整改时限 and the progress in sentences; the feedback date (2024年6月20日) as the base of 立行立改.
ARCHIVE_PARAS = [
    (
        "一、档案工作方面",
        [
            "1.文书档案归档不及时，2023年度部分文件材料积压未整理。责任部门：办公室。整改措施：集中力量对积压材料"
            "进行分类、排序、编号、装盒，整改时限为2024年6月底前。目前已完成2023年度文书档案归档1260件，整改完成。",
            "2.档案管理人员为兼职，同时承担文秘、机要工作，档案业务不熟。责任部门：政治部。整改措施：明确1名专职"
            "档案管理员，参加市档案馆组织的业务培训，整改时限2024年7月15日。已调整到位并完成培训。",
            "3.文件材料收集不齐全，缺少2023年度工作计划、工作总结和党组会议记录等核心材料。责任部门：办公室。"
            "整改措施：向各部门下发补充收集通知，8月底前补齐。目前党组会议记录已补齐，其余材料正在收集中。",
            "4.照片、实物档案未单独整理归档，存放分散。责任部门：检务保障部。整改措施：统一收集，按门类整理"
            "归档，计划于第三季度完成。目前尚未启动。",
            "5.诉讼档案卷宗装订不规范，部分卷内目录填写不全。责任部门：案件管理部。整改措施：每季度开展一次"
            "卷宗质量评查，发现问题及时退回补正，长期坚持。",
        ],
    ),
    (
        "二、保密工作方面",
        [
            "1.个别干警将涉密文件带回家中阅办。责任部门：办公室。整改措施：收回涉密文件，对相关人员批评教育，"
            "立行立改。已于当日收回文件并完成批评教育，整改完成。",
            "2.一台涉密计算机曾违规连接普通U盘。责任部门：检察技术信息部门。整改措施：对该计算机进行保密技术"
            "检查，建立涉密移动存储介质台账，7月10日前完成。目前技术检查已完成，介质台账正在建立。",
            "3.保密要害部位门禁和视频监控设施不完善。责任部门：检务保障部。整改措施：申请专项经费实施改造，"
            "计划年底前完成。目前已向县财政局提交专项经费申请。",
        ],
    ),
]


def write_archive(path: Path) -> Path:
    doc = _new_document("濮阳县人民检察院办公室")
    _title(doc, "濮阳县人民检察院关于档案工作执法检查和保密检查反馈问题整改情况的报告")
    _paragraph(doc, "县档案局、县委保密办：")
    _paragraph(
        doc,
        "2024年6月20日，县档案局、县委保密办联合检查组以听取汇报、实地抽查、汇总反馈的方式对我院档案工作和"
        "保密工作进行了检查，反馈问题8个。院党组高度重视，逐条制定整改措施，明确责任部门和整改时限。"
        "现将整改情况报告如下：",
    )
    for heading, paras in ARCHIVE_PARAS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将把档案和保密工作纳入年度目标考核，对未完成的整改事项紧盯不放，按期销号。")
    _paragraph(doc, "濮阳县人民检察院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 经济普查统计执法检查, after a 市经普办's check of the 乡(镇)、办事处 census offices by a 经济普查执法检查组
# (对全市16个乡(镇)、街道办事处的普查机构及报表质量进行执法检查; 宣传情况; 普查方案和有关法律法规执行情况;
# 普查表填报是否真实、规范，有无虚报、瞒报，有无原始记录):
# https://tjj.zhengzhou.gov.cn/fzjs/3064827.jhtml
# An .xls (xlwt): title, 填报单位/检查时间 line, a two-row header (整改落实 over four columns) with the 检查组
# (inspector) beside the 责任单位 (the 乡镇人民政府), a 是否整改到位 column of 是/否 and a 整改情况说明 beside it,
# a 注 line and a 填表人 line.
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


CENSUS_ROWS = [
    (
        "第一检查组",
        "濮阳县城关镇人民政府",
        "普查宣传不到位，辖区社区未张贴普查公告",
        "普查宣传",
        "在各社区、商户集中区张贴普查公告",
        "2024.7.10",
        "是",
        "已在12个社区张贴普查公告",
    ),
    (
        "第一检查组",
        "濮阳县文留镇人民政府",
        "抽查20家单位普查表，3家营业收入与财务报表数据不一致",
        "报表质量",
        "组织复核并在平台更正",
        "7月20日前",
        "是",
        "已复核更正",
    ),
    (
        "第一检查组",
        "濮阳县柳屯镇人民政府",
        "普查员未按规定入户登记，存在电话询问代填现象",
        "普查登记",
        "对代填户重新入户核查",
        "2024年7月31日",
        "否",
        "已重新入户核查42户，剩余18户正在核查",
    ),
    (
        "第二检查组",
        "濮阳县户部寨镇人民政府",
        "个体经营户普查表无原始记录，数据来源无法核实",
        "原始记录",
        "补建原始记录和佐证资料",
        "8月15日前",
        "否",
        "",
    ),
    (
        "第二检查组",
        "濮阳县海通乡人民政府",
        "普查资料未集中保管，部分存放于普查员家中",
        "资料管理",
        "普查资料统一收回乡普查办集中保管",
        "2024.7.8",
        "是",
        "已全部收回，设立专柜保管",
    ),
    (
        "第二检查组",
        "濮阳县胡状镇人民政府",
        "普查机构人员调整后未报备，2名普查指导员未取得普查证",
        "普查机构",
        "及时报备，组织补训取证",
        "第三季度",
        "否",
        "已报名参加8月份县普查办组织的补训",
    ),
    (
        "第二检查组",
        "濮阳县子岸镇人民政府",
        "单位清查底册与普查登记结果差异未核实说明",
        "普查方案执行",
        "逐户核实差异原因并书面说明",
        "2024.7.25",
        "",
        "",
    ),
]


def write_census(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "第五次全国经济普查统计执法检查发现问题整改台账", title, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳县第五次全国经济普查领导小组办公室（县统计局代章）    检查时间：2024年7月1日至7月5日",
            plain,
            1,
            9,
        ),
    ]
    for c, word in enumerate(["序号", "检查组", "责任单位", "检查发现问题", "问题类别"]):
        cells.append((2, c, word, head, 3, c))
    cells.append((2, 5, "整改落实", head, 2, 9))
    for c, word in enumerate(["整改措施", "整改时限", "是否整改到位"], start=5):
        cells.append((3, c, word, head))
    cells.append((3, 8, "整改情况说明", head, 3, 9))
    for i, row in enumerate(CENSUS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row[:6], start=1):
            cells.append((r, c, v, cell))
        cells.append((r, 7, row[6], mid))
        cells.append((r, 8, row[7], cell, r, 9))
    end = 4 + len(CENSUS_ROWS)
    cells.append(
        (
            end,
            0,
            "注：“是否整改到位”填“是”或“否”；未整改到位的，在“整改情况说明”栏注明目前进展。",
            plain,
            end,
            9,
        )
    )
    cells.append(
        (end + 1, 0, "填表人：孟凡举    联系电话：0393-3223506    填报日期：2024年7月30日", plain, end + 1, 9)
    )
    widths = [6, 12, 24, 36, 12, 28, 14, 10, 20, 16]
    return _write_xls(path, [("整改台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 信访积案化解, after a county's 县委书记大接访 with 领导包案 (明确包案领导为信访案件第一负责人，全程参与案件的
# 调查、协调和处理，“一案一策”; 包掌握情况、包解决困难、包教育转化、包稳控管理、包依法处置; 受理信访问题232件，
# 目前已解决199件):
# http://m.gxcounty.com/show-23-44086-0.html
# An .xlsx: title, 填报单位/截至日期 line, one header row with the 信访人 (complainant) and the 包案领导 (a person)
# beside the 责任单位 (city departments by their short and former names, a district government), 一案一策 measures,
# 化解时限 and 化解情况, a 合计 row and a signature line.
PETITION_ROWS = [
    (
        "JA2023-017",
        "张某某等12人",
        "反映龙都家园项目开发商延期交房3年，要求尽快交房并按合同赔偿",
        "副市长 刘某某",
        "市住建局",
        "督促开发商复工，盘活项目资金，分批交房",
        "2024年9月30日",
        "项目已复工，主体完成80%",
    ),
    (
        "JA2022-031",
        "李某",
        "反映原单位改制时未足额缴纳养老保险，退休待遇受影响",
        "市政府秘书长 王某某",
        "市人社局",
        "核实缴费记录，依政策补缴",
        "6月底前",
        "已核实补缴，信访人签订息诉罢访承诺书",
    ),
    (
        "JA2023-042",
        "王某某",
        "反映村集体征地补偿款分配不公，外嫁女未分得补偿",
        "华龙区委书记 赵某某",
        "华龙区人民政府",
        "指导村委会依法重新制定分配方案",
        "8月底前",
        "已组织村民代表大会重新表决，正在公示",
    ),
    (
        "JA2021-009",
        "赵某",
        "反映宅基地确权登记面积错误，多年未更正",
        "副市长 孙某某",
        "市国土资源局",
        "实地复核，依法更正登记",
        "2024年7月15日",
        "已更正登记并颁发不动产权证书",
    ),
    (
        "JA2023-056",
        "陈某某",
        "反映其母亲在医院手术后死亡，认为医疗事故处理不公",
        "副市长 周某某",
        "市卫健委",
        "引导通过医疗纠纷人民调解委员会依法调解",
        "10月31日前",
        "调解未达成一致，正在协调第二次调解",
    ),
    (
        "JA2022-048",
        "孙某等5人",
        "反映所住小区冬季供暖多年不达标，室温低于16度",
        "副市长 刘某某",
        "市城管局",
        "督促供热企业改造小区二级管网",
        "2024年10月15日",
        "未化解，供热企业尚未制定改造方案",
    ),
    (
        "JA2020-013",
        "周某",
        "反映企业军转干部生活困难，要求提高待遇",
        "市政府秘书长 王某某",
        "市退役军人局",
        "落实困难帮扶政策，做好解释和稳控",
        "长期坚持",
        "每月走访一次，常态化跟踪稳控",
    ),
    (
        "JA2023-061",
        "吴某某",
        "反映交通事故致伤后肇事方逃逸，案件久侦未破",
        "副市长 孙某某",
        "市交警支队",
        "加大侦查力度，依法告知办案进展",
        "2024年8月15日",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="联席办")
    ws = b.sheet("积案台账")
    b.widths(ws, [6, 12, 14, 36, 18, 14, 28, 14, 30])
    b.line(ws, 0, "市级领导包案化解信访积案工作台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市信访工作联席会议办公室    统计截至：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "案件编号",
            "信访人",
            "信访事项（主要诉求）",
            "包案领导",
            "责任单位",
            "化解措施（一案一策）",
            "化解时限",
            "化解情况",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PETITION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "市级领导包案信访积案8件，已化解2件")
    b.line(ws, end + 2, "填表人：贾慧敏    联系电话：0393-8992310", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 优抚工作专项核查, after a county 退役军人事务局's check of its townships by five 工作组 (全县优抚对象光荣牌的
# 悬挂、优抚对象的信息采集、优抚对象的走访慰问及退伍老兵座谈会; 落实优抚工作政策、做好涉军信访矛盾化解、解决
# 优抚对象实际困难):
# http://zjjnews.cn/news/qxnews/clnews/2019-02-28/149640.html
# A CSV in GBK: title line, 核查时间/填报单位 line, one header line with the 核查组 (inspector) and the 乡镇 beside the
# 整改责任单位 (乡镇人民政府, once the 县局's own 优抚股), a 合计 line and a 填报人 line.
VETERAN_ROWS = [
    (
        "第一核查组",
        "梨园乡",
        "光荣牌悬挂",
        "3户烈属、军属光荣牌未悬挂",
        "濮阳县梨园乡人民政府",
        "入户补挂光荣牌",
        "2024年7月15日",
        "已全部悬挂",
    ),
    (
        "第一核查组",
        "渠村乡",
        "信息采集",
        "优抚对象信息采集表与系统信息不一致12人",
        "濮阳县渠村乡人民政府",
        "逐人核对，更正系统信息",
        "7月底前",
        "正在逐人核对更正",
    ),
    (
        "第二核查组",
        "王称堌镇",
        "走访慰问",
        "走访慰问台账不全，未制定“八一”走访计划",
        "濮阳县王称堌镇人民政府",
        "完善台账，制定走访计划",
        "7月25日前",
        "已制定走访计划，台账已补齐",
    ),
    (
        "第二核查组",
        "八公桥镇",
        "老兵座谈",
        "2024年度退伍老兵座谈会未召开",
        "濮阳县八公桥镇人民政府",
        "“八一”前召开座谈会",
        "8月1日前",
        "未整改",
    ),
    (
        "第三核查组",
        "庆祖镇",
        "困难帮扶",
        "1名重点优抚对象住房困难未纳入帮扶",
        "濮阳县庆祖镇人民政府",
        "纳入帮扶，申报危房改造",
        "9月30日前",
        "已申报农村危房改造，等待审批",
    ),
    (
        "第三核查组",
        "习城乡",
        "涉军信访",
        "1件涉军信访矛盾未化解",
        "濮阳县习城乡人民政府",
        "包案化解",
        "年底前",
        "",
    ),
    (
        "第三核查组",
        "县局",
        "资金发放",
        "优抚资金发放名单公示不及时",
        "县退役军人事务局优抚股",
        "在乡镇公示栏和政府网站公示",
        "2024年8月10日",
        "已在各乡镇公示栏和县政府网站公示",
    ),
]


def write_veteran(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年优抚工作专项核查发现问题整改清单"])
    w.writerow(["核查时间：2024年7月8日至12日；填报单位：濮阳县退役军人事务局"])
    w.writerow(
        ["序号", "核查组", "乡镇", "问题类型", "存在问题", "整改责任单位", "整改措施", "整改时限", "整改进展"]
    )
    for i, row in enumerate(VETERAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "核查乡镇10个", "", "发现问题7个", "", "", "", "已整改3个"])
    w.writerow(["填报人：牛振华；联系电话：0393-3256617；填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 养老机构安全联合督导检查, after a district 民政局's two-day joint check with 应急管理局、消防救援大队、卫健委、
# 市场监管局 and the gas company of its 14 养老机构 (安全责任落实、消防安全、燃气安全、食品安全、特种设备安全、
# 医疗卫生安全、人身安全; 要求立即整改，不能立即整改的则要求安排专人负责限期整改，并及时报送整改完成情况):
# http://www.dingqianjf.com/news/show/175c7288aca67562.html
# An .et (Excel 97 via LibreOffice): title, 检查时间 line, one header row with the 检查部门 (inspectors, the city
# gas company among them) beside the problem, the 养老机构 name merged down over its two rows where it has two
# problems, 整改责任人 (a person), a 注 line and a signature line.
ELDER_ROWS = [
    (
        "濮阳市华龙区康乐颐养院",
        [
            (
                "消防安全",
                "楼道内为电动自行车飞线充电",
                "区消防救援大队",
                "2024.7.12",
                "已清理，设置集中充电区",
                "刘秀梅",
            ),
            (
                "燃气安全",
                "厨房燃气软管超期使用未更换",
                "市燃气公司",
                "2024.7.19",
                "已更换金属波纹管",
                "刘秀梅",
            ),
        ],
    ),
    (
        "濮阳市夕阳红养老服务中心",
        [
            (
                "特种设备",
                "载人电梯定期检验合格证过期",
                "区市场监管局",
                "7月31日前",
                "已报检，7月29日现场检验，等待出具报告",
                "张志强",
            ),
            (
                "食品安全",
                "食堂未落实食品留样制度",
                "区市场监管局",
                "2024.7.15",
                "已配备留样柜，专人留样",
                "张志强",
            ),
        ],
    ),
    (
        "濮阳市华龙区福寿康养老院",
        [("医疗卫生", "内设医务室执业许可证过期未延续", "区卫生健康委", "8月31日前", "", "赵丽")],
    ),
    (
        "濮阳市安康老年公寓",
        [("人身安全", "卫生间、走廊未安装扶手，地面无防滑措施", "区民政局", "2024.8.15", "未整改", "孙国庆")],
    ),
    (
        "濮阳市德润养老服务有限公司",
        [
            (
                "安全责任",
                "未制定全员安全生产责任清单，未开展应急疏散演练",
                "区应急管理局",
                "第三季度",
                "已制定责任清单，应急演练计划于8月开展",
                "马俊",
            )
        ],
    ),
]


def write_elder_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 10, 34, 14, 12, 30, 10])
    b.line(ws, 0, "养老机构安全联合督导检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月4日—5日    检查部门：区民政局、区应急管理局、区消防救援大队、区卫生健康委、"
        "区市场监管局、市燃气公司",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "养老机构名称",
            "检查类别",
            "存在问题",
            "检查部门",
            "整改期限",
            "整改完成情况",
            "整改责任人",
        ],
    )
    r, n = 3, 0
    for name, rows in ELDER_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, name, b.cell)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：整改完成后3个工作日内，将整改情况及佐证照片报区民政局养老服务科。", 7)
    b.line(ws, r + 1, "填表人：闫冬梅    审核人：吕宏伟    填报日期：2024年7月30日", 7)
    return b.close()


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_book, path, "xls", "养老机构安全联合督导检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 森林防火联合检查, after a county 林业局's joint check with the 公安局森林警察大队 of a 国有林场's 检查卡点
# (森林防火工作部署、宣传教育、火源管控、进出山登记、应急准备、隐患排查; 严格入山检查，把火源和隐患隔绝在林外):
# https://lyj.yaan.gov.cn/xinwen/show/6a5cfcf2653dbd6962078e0787c35d97.html
# An .ods (LibreOffice conversion): title, 检查单位/检查时间 line, one header row with the 检查点位 beside the
# 责任单位 (林场, 乡镇人民政府), the checked field (检查内容), 完成时限 as dates, a month range and 长期坚持,
# a 填表说明 line and a signature line.
FOREST_ROWS = [
    (
        "陈庄镇黄河滩区林地检查卡点",
        "范县陈庄镇人民政府",
        "进出林区登记",
        "检查卡点无进出林区人员登记台账",
        "建立进出林区人员、车辆登记台账",
        "2024.7.10",
        "已建立登记台账",
    ),
    (
        "台前县国有林场一分场",
        "台前县国有林场",
        "隐患排查",
        "防火隔离带杂草丛生约2公里未清理",
        "清理隔离带可燃物",
        "9月底前",
        "已清理1.2公里",
    ),
    (
        "濮阳县国有林场物资库",
        "濮阳县国有林场",
        "应急准备",
        "3台风力灭火机无法启动",
        "维修或更换扑火机具",
        "2024年7月20日",
        "已维修完毕，试机正常",
    ),
    (
        "双庙乡林区入口",
        "清丰县双庙乡人民政府",
        "宣传教育",
        "林区防火宣传牌破损褪色",
        "更换防火宣传牌和警示标识",
        "8月15日前",
        "未整改",
    ),
    (
        "南乐县国有林场",
        "南乐县国有林场",
        "巡护管理",
        "护林员巡护记录不全，巡护轨迹未上传",
        "落实护林员巡护打卡和轨迹上传",
        "长期坚持",
        "常态化推进",
    ),
    (
        "岳村镇林网",
        "华龙区岳村镇人民政府",
        "火源管控",
        "林网边缘发现焚烧秸秆痕迹2处",
        "清理火烧迹地，约谈责任人",
        "2024.7.8",
        "已清理火烧迹地，已约谈",
    ),
    (
        "濮阳县国有林场瞭望塔",
        "濮阳县国有林场",
        "监测预警",
        "瞭望塔视频监控设备离线",
        "维修监控设备，恢复联网",
        "2024年8-9月",
        "",
    ),
]


def write_forest_book(path: Path) -> Path:
    b = Book(path, author="林业科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 24, 20, 14, 32, 28, 14, 22])
    b.line(ws, 0, "森林防火联合检查“回头看”发现问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市自然资源和规划局（林业）、市公安局森林警察支队    检查时间：2024年7月3日—5日",
        7,
    )
    b.header(
        ws, 2, ["序号", "检查点位", "责任单位", "检查内容", "发现问题", "整改措施", "完成时限", "整改结果"]
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOREST_ROWS)
    b.line(ws, end + 1, "填表说明：完成时限按检查组反馈意见填写；“整改结果”填写目前进展。", 7)
    b.line(ws, end + 2, "负责人：许明亮    填表人：田甜    日期：2024年7月30日", 7)
    return b.close()


def write_forest(path: Path) -> Path:
    via_soffice(write_forest_book, path, "ods", "森林防火联合检查回头看问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 防汛工作督查情况通报, after a county's 联合督查组 (县委办、政府办抽调县应急局、水务局、农业农村局工作人员组成两个
# 联合督查组，对各镇、村防汛抗旱工作情况进行督查检查; 防汛责任落实、隐患排查整治、预案修订演练、应急救援准备、
# 防汛值班值守; 共查出21条问题隐患，并下发《关于对防汛抗旱工作督查情况的通报》):
# http://www.gaotai.gov.cn/yw/zwyw/202308/t20230803_1089042.html
# A .doc (Word 97 via LibreOffice): a 通报 of the rectification with 主送, a preamble, one table (责任单位 —
# 乡镇人民政府 and the county 水利局 —, 督查发现问题, 整改时限, 整改进展), closing paragraphs and the sender.
FLOOD_ROWS = [
    (
        "濮阳县渠村乡人民政府",
        "村级防汛责任人公示牌未更新，3个村仍为换届前人员",
        "2024年7月20日",
        "已全部更新",
    ),
    (
        "濮阳县郎中乡人民政府",
        "避险转移预案未明确老弱病残等弱势群体包保责任人",
        "7月25日前",
        "已修订预案，明确包保责任人47名",
    ),
    (
        "濮阳县习城乡人民政府",
        "乡防汛物资仓库编织袋、救生衣储备数量不足",
        "7月31日前",
        "已补充编织袋5000条，救生衣正在采购",
    ),
    ("濮阳县梨园乡人民政府", "未组织开展村级防汛应急演练", "8月10日前", "未启动"),
    (
        "濮阳县水利局",
        "金堤河左岸堤防发现獾洞隐患2处未处理",
        "2024年7月18日",
        "已开挖回填，复查合格",
    ),
    (
        "濮阳县王称堌镇人民政府",
        "值班值守不到位，夜间带班领导不在岗",
        "长期坚持",
        "严格落实24小时值班和领导带班制度，常态化推进",
    ),
    (
        "濮阳县白堽乡人民政府",
        "易涝村排水沟淤堵约1.5公里",
        "7月20日前",
        "已清淤1公里，剩余部分正在清理",
    ),
    ("濮阳县庆祖镇人民政府", "汛期危旧房屋巡查台账缺失", "2024年8月5日", ""),
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("县防办")
    _title(doc, "关于防汛工作督查发现问题整改情况的通报")
    _paragraph(doc, "濮汛办〔2024〕19号", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各乡（镇）人民政府，县防指各成员单位：")
    _paragraph(
        doc,
        "7月15日至16日，县委办、县政府办抽调县应急管理局、县水利局、县农业农村局工作人员组成两个联合督查组，"
        "围绕防汛责任落实、隐患排查整治、预案修订演练、应急救援准备、值班值守等情况，对各乡镇防汛工作进行了"
        "督查，共查出问题隐患8条。截至7月29日，各责任单位整改情况如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(FLOOD_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "督查发现问题", "整改时限", "整改进展"], body)
    _paragraph(
        doc,
        "当前正值“七下八上”防汛关键期，请各乡镇、各单位对照问题清单，举一反三、全面整改，"
        "整改完成后及时报县防办销号。",
    )
    _paragraph(doc, "濮阳县防汛抗旱指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "关于防汛工作督查发现问题整改情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 自建房安全隐患排查整治, after a 乡's account of its 自建房 campaign (以村(社区)为单位，组织两委成员、网格员
# 深入一线登记在册; 聚焦用作经营、3层及以上、人员密集和违规改扩建等重点房屋; 按照有结构倒塌风险、暂时没有结构倒塌
# 风险、存在一般安全隐患3种情形，以村为单位督促加固维修; 对无人居住的房屋采取牵拉警戒带、张贴危险警示标识):
# https://lzq.gov.cn/news/show/20241104100834086.html
# A .zip of two returns: a 镇's .xlsx (村 and 户主 beside the 村民委员会 as 责任单位, the three 隐患情形, a 合计 row)
# and another 乡's .docx (填报单位 line; one table of 经营性自建房 whose 经营者 answer for them; a 包村干部 column).
HOUSE_ROWS = [
    (
        "前屯村",
        "张某某",
        "3层，经营（超市）",
        "有结构倒塌风险",
        "一层承重墙开裂，三层为擅自加层",
        "岳村镇前屯村村民委员会",
        "停止经营，委托安全鉴定，拆除加层",
        "2024年9月30日",
        "已停止经营并张贴警示标识，鉴定为C级，正在制定加固方案",
    ),
    (
        "后屯村",
        "李某",
        "2层，出租",
        "暂时没有结构倒塌风险",
        "屋面渗漏，室外楼梯无护栏",
        "岳村镇后屯村村民委员会",
        "修缮屋面，加装楼梯护栏",
        "7月31日前",
        "已完成维修",
    ),
    (
        "西郭寨村",
        "王某某",
        "1层，无人居住",
        "有结构倒塌风险",
        "土坯房屋顶局部坍塌",
        "岳村镇西郭寨村村民委员会",
        "牵拉警戒带、张贴警示标识，动员产权人拆除",
        "2024.7.10",
        "已拉设警戒带并张贴警示标识，正在动员拆除",
    ),
    (
        "南里村",
        "赵某",
        "4层，经营（宾馆）",
        "存在一般安全隐患",
        "消防通道堆放杂物，走廊无应急照明",
        "岳村镇南里村村民委员会",
        "清理杂物，安装应急照明",
        "2024年7月15日",
        "已清理杂物并安装应急照明，复查合格",
    ),
    (
        "北里村",
        "孙某",
        "3层，自住",
        "暂时没有结构倒塌风险",
        "外墙瓷砖空鼓，局部脱落",
        "岳村镇北里村村民委员会",
        "铲除空鼓瓷砖，设置安全防护",
        "8月底前",
        "",
    ),
]
SHOP_ROWS = [
    (
        "大屯村",
        "清丰县固城乡老街饭店",
        "3层砖混，餐饮",
        "一层擅自拆除承重墙改为大堂",
        "停止使用，恢复结构并鉴定",
        "2024年8月31日",
        "已停业，正在施工恢复",
        "冯建军",
    ),
    (
        "固城村",
        "清丰县固城乡悦来旅馆",
        "4层砖混，住宿",
        "四层为违规加建彩钢板房，用作客房",
        "拆除加建部分",
        "7月20日前",
        "已拆除",
        "冯建军",
    ),
    (
        "固城村",
        "清丰县固城乡惠万家超市",
        "2层框架，商超",
        "二层仓库超载堆货，楼板出现裂缝",
        "立即卸载，委托鉴定",
        "2024年7月31日",
        "已卸载，鉴定报告尚未出具",
        "常丽娟",
    ),
    (
        "前寨村",
        "清丰县固城乡鑫源网吧",
        "3层砖混，娱乐",
        "只有一个安全出口，疏散楼梯狭窄",
        "增设第二安全出口",
        "9月底前",
        "未整改",
        "常丽娟",
    ),
    (
        "后寨村",
        "清丰县固城乡小太阳托管中心",
        "2层砖混，托管",
        "房屋未经安全鉴定即用于学生托管",
        "委托有资质机构进行安全鉴定",
        "2024年7月15日",
        "已鉴定为B级，可正常使用",
        "魏红",
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="村镇建设办")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 10, 8, 16, 16, 28, 24, 28, 14, 30])
    b.line(ws, 0, "岳村镇自建房安全隐患排查整治台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区岳村镇人民政府（村镇建设办公室）    填报时间：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "村（社区）",
            "户主",
            "层数及用途",
            "隐患情形",
            "主要问题",
            "责任单位",
            "整治措施",
            "整治时限",
            "整治进展",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "全镇排查自建房1386栋，初判存在安全隐患5栋，已整治2栋")
    b.line(ws, end + 2, "填报人：曹宇    联系电话：0393-8876512", 9)
    return b.close()


def write_shop_docx(path: Path) -> Path:
    doc = _new_document("固城乡村镇站")
    _title(doc, "经营性自建房安全隐患整治情况表", 18)
    _paragraph(doc, "填报单位：清丰县固城乡人民政府    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(SHOP_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "村名",
            "整治责任单位（经营者）",
            "结构及用途",
            "存在问题",
            "整治措施",
            "完成时限",
            "整治情况",
            "包村干部",
        ],
        body,
        9,
    )
    _paragraph(doc, "填表人：魏红    联系电话：0393-7329016", 12)
    return _save_fixed(doc, path)


def write_house(path: Path) -> Path:
    members = [
        ("岳村镇自建房安全隐患排查整治台账.xlsx", write_house_book),
        ("固城乡经营性自建房安全隐患整治情况表.docx", write_shop_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 政务服务“好差评”差评核实整改, after a district 市民中心's account of its “好差评” system (非常满意、满意、
# 基本满意、不满意、非常不满意5个评价等级，后两个等级为差评; 收到差评后按照“谁办理、谁负责”的原则，由业务办理
# 单位第一时间安排专人回访核实; 核实整改情况及时向企业和群众反馈，确保差评件件有整改、有反馈):
# http://credit.zaozhuang.gov.cn/24/20318.html
# An .xlsx: title, a statistics line, one header row with 评价时间 and 派单日期 (the base of N个工作日内), 评价渠道,
# 评价等级, 办件编号, the 办理单位 by short names, 核实情况, 整改时限, 整改反馈情况 and 回访结果, a 注 line and a
# 填报 line.
RATING_ROWS = [
    (
        date(2024, 6, 3),
        date(2024, 6, 4),
        "评价器",
        "非常不满意",
        "BDC202406030118",
        "二手房转移登记",
        "市不动产登记中心",
        "窗口一次性告知不到位，补交材料往返跑了3次",
        "属实",
        "对窗口人员批评教育，完善一次性告知单",
        "5个工作日内",
        "已整改，已电话回访",
        "满意",
    ),
    (
        date(2024, 6, 5),
        date(2024, 6, 5),
        "一体化平台",
        "不满意",
        "GJJ202406050562",
        "住房公积金提取",
        "市公积金中心",
        "线上提取审核时间过长，超过承诺时限",
        "属实",
        "优化线上审核流程",
        "2024年6月30日",
        "已优化审核流程，线上提取审核时限压缩至1个工作日，整改完成",
        "满意",
    ),
    (
        date(2024, 6, 11),
        date(2024, 6, 12),
        "短信",
        "不满意",
        "RSJ202406110233",
        "社会保障卡补办",
        "市人社局",
        "社保卡补办被告知须到银行网点办理，窗口与银行相互推诿",
        "部分属实",
        "协调合作银行在大厅设即时制卡点",
        "2024年7月31日",
        "已与银行签订协议，制卡设备正在调试",
        "",
    ),
    (
        date(2024, 6, 14),
        date(2024, 6, 14),
        "一体化平台",
        "非常不满意",
        "YBJ202406140087",
        "异地就医备案",
        "市医保局",
        "网上备案系统频繁卡顿，多次无法提交",
        "属实",
        "报请省级平台优化系统",
        "第三季度",
        "已报省医保信息平台，等待系统升级",
        "",
    ),
    (
        date(2024, 6, 18),
        date(2024, 6, 18),
        "评价器",
        "不满意",
        "SWJ202406180341",
        "发票申领",
        "市税务局",
        "办税大厅取号后等待时间超过1小时",
        "属实",
        "高峰时段增设2个综合窗口",
        "10个工作日内",
        "",
        "",
    ),
    (
        date(2024, 6, 20),
        date(2024, 6, 21),
        "一体化平台",
        "不满意",
        "SJJ202406200195",
        "食品经营许可",
        "市市场监管局",
        "窗口要求的材料与网上公布的办事指南不一致",
        "属实",
        "修订网上办事指南，统一材料清单",
        "2024.6.28",
        "逾期未办",
        "",
    ),
    (
        date(2024, 6, 25),
        date(2024, 6, 25),
        "12345转办",
        "非常不满意",
        "JJZD202406250076",
        "机动车驾驶证换证",
        "市交警支队",
        "换证时体检结果未同步，要求重复提交",
        "不属实，系办事人体检信息未上传成功",
        "做好解释说明，指导重新上传",
        "3个工作日内",
        "已向评价人解释说明，已办结",
        "基本满意",
    ),
]


def write_rating(path: Path) -> Path:
    b = Book(path, author="监督科")
    ws = b.sheet("差评台账")
    b.widths(ws, [6, 12, 12, 12, 12, 18, 16, 16, 32, 16, 26, 14, 28, 10])
    b.line(ws, 0, "2024年6月政务服务“好差评”差评核实整改台账", 13, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市行政服务中心（监督科）    本月共收到评价86542次，其中差评7条",
        13,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "评价时间",
            "派单日期",
            "评价渠道",
            "评价等级",
            "办件编号",
            "事项名称",
            "办理单位",
            "差评内容",
            "核实情况",
            "整改措施",
            "整改时限",
            "整改反馈情况",
            "回访结果",
        ],
    )
    for i, row in enumerate(RATING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RATING_ROWS)
    b.line(ws, end, "注：评价等级为“不满意”“非常不满意”的为差评；整改时限自派单之日起计算。", 13)
    b.line(ws, end + 1, "填表人：石磊    审核人：韦志刚    填报日期：2024年7月5日", 13)
    return b.close()


FILES = [
    ("六塔乡食品药品安全专项检查发现问题整改台账.xlsx", write_food),
    ("濮阳县人民检察院档案和保密检查反馈问题整改情况报告.docx", write_archive),
    ("第五次全国经济普查统计执法检查发现问题整改台账.xls", write_census),
    ("市级领导包案化解信访积案工作台账.xlsx", write_petition),
    ("优抚工作专项核查发现问题整改清单.csv", write_veteran),
    ("养老机构安全联合督导检查问题整改台账.et", write_elder),
    ("森林防火联合检查回头看问题整改清单.ods", write_forest),
    ("关于防汛工作督查发现问题整改情况的通报.doc", write_flood),
    ("自建房安全隐患排查整治（两个乡镇）.zip", write_house),
    ("2024年6月政务服务好差评差评整改台账.xlsx", write_rating),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

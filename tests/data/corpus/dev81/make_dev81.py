"""Write the dev81 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds, one a file: 区县政府 (政务公开测评问题), 乡镇及村 (人居环境督查), 市直部门及所属中心 (事业单位抽查),
国企集团及子公司 (纪委明察暗访), 学校及校区 (暑假前安全大检查), 医院及院区 (安全生产专项督导, a zip of the hospital's
and a 分院's returns), 银行及支行 (“神秘人”暗访), 供水公司及营业所 (汛期安全大检查), 景区及管委会 (暑期安全大检查),
工业园区企业 (园区环境问题现场督查).

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 written by LibreOffice), .doc (Word 97 written
by LibreOffice), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs under headings, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev81.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on PATH.
Every file is written with fixed dates and fixed zip member times, so that two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter) with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day)
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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to: the older binary copy an office sends (.doc, and .xls saved as .et)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and keep it under path."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
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


def _new_document(author: str):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


def _write_xls(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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
# 1. 区县政府: 政务公开测评反馈问题整改, after a county's report on the rectification of the problems a city 政务公开办
# fed back from its quarterly 政务公开测评 (县直单位组和乡镇组两个工作小组; 重大决策预公开、财政专项资金、行政权力运行、
# 重大建设项目、政策解读等重点事项公开存在不规范、不全面、不及时等问题; 制发问题清单，督促各级各部门整改; 限期整改):
# http://www.huoqiu.gov.cn/public/6596251/28896001.html
# An .xlsx: title, 依据 line, 填报单位 line, one header row in the 测评's own terms (测评栏目), the 县直单位 and 乡镇 as
# two merged section rows, the county's units in full as 责任单位, a 注 line and a 联系人 line.
COUNTY_SECTIONS = [
    (
        "一、县直单位（5项）",
        [
            (
                "财政专项资金",
                "2024年涉农资金分配结果未按要求公开，衔接资金栏目停更",
                "濮阳县财政局",
                "补充公开2024年各批次衔接资金分配结果",
                "2024年7月15日前",
                "已整改，已补充公开2024年第一、二批衔接资金分配结果",
            ),
            (
                "重大建设项目",
                "重大建设项目批准和实施信息更新不及时，最近一条为2023年11月发布",
                "濮阳县发展和改革委员会",
                "梳理在建重大项目，按批准、实施、竣工节点补充公开",
                "7月底前",
                "正在梳理项目清单，已更新12个项目信息",
            ),
            (
                "政策解读",
                "县政府规范性文件政策解读形式单一，仅有文字解读，无图解、视频解读",
                "濮阳县人民政府办公室",
                "丰富解读形式，做到文件与解读同步起草、同步审签、同步发布",
                "长期坚持",
                "常态化推进",
            ),
            (
                "行政权力运行",
                "行政处罚结果未在作出决定之日起7个工作日内公开",
                "濮阳县市场监督管理局",
                "建立行政处罚信息公开台账，逐案核对公开时间",
                "2024.8.15",
                "",
            ),
            (
                "教育信息",
                "义务教育阶段招生入学政策未在招生工作开始前公开",
                "濮阳县教育局",
                "招生简章经审定后第一时间公开",
                "8月10日前",
                "已起草招生简章，待县教育工作领导小组审定后公开",
            ),
        ],
    ),
    (
        "二、乡镇（3项）",
        [
            (
                "基层政务公开专栏",
                "镇政府信息公开专栏“财政预决算”栏目内容空白",
                "濮阳县柳屯镇人民政府",
                "公开2024年镇级部门预算和2023年决算",
                "2024年7月20日",
                "未整改",
            ),
            (
                "村务公开",
                "村务公开栏内容未按季度更新，部分村仍为2023年四季度内容",
                "濮阳县文留镇人民政府",
                "督促各村按季度更新村务公开栏",
                "第三季度",
                "已督促各村更新，镇纪委正在逐村核查",
            ),
            (
                "依申请公开",
                "1件政府信息公开申请答复超过法定期限",
                "濮阳县户部寨镇人民政府",
                "补正答复并建立依申请公开办理台账",
                "2024年7月10日",
                "已完成，已补正答复并建立台账",
            ),
        ],
    ),
]


def write_county(path: Path) -> Path:
    b = Book(path, author="县政务公开办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 14, 40, 22, 32, 14, 34])
    b.line(ws, 0, "2024年第二季度政务公开测评反馈问题整改清单", 6, b.title)
    b.line(ws, 1, "依据：市政务公开办《关于反馈2024年第二季度政务公开测评结果的通知》", 6)
    b.line(
        ws, 2, "填报单位：濮阳县政务公开工作领导小组办公室（县政府办公室代章）    填报日期：2024年7月26日", 6
    )
    b.header(ws, 3, ["序号", "测评栏目", "存在问题", "责任单位", "整改措施", "整改时限", "整改情况"])
    r, n = 4, 0
    for section, rows in COUNTY_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r + 1,
        "注：整改情况栏填写“已整改”“整改中”或“未整改”并简要说明，需长期坚持的工作填写“长期坚持”。",
        6,
    )
    b.line(ws, r + 2, "联系人：孙雅静    联系电话：0393-3221046", 6)
    return b.close()


# =============================================================================================
# 2. 乡镇街道及村社区: 农村人居环境整治督查问题整改, after a 镇's 通报 on its 综合行政执法大队's check of its 村(街道)
# (主干道、中心村庄、村组道路、公厕卫生; 乱堆乱放、公厕保洁不到位、路面清扫不及时、沟渠(水塘)内垃圾杂物未及时清理;
# 环境卫生工作是项长期的、没有完成期限的工作):
# https://www.ahjinzhai.gov.cn/public/6597181/34722563.html
# A .docx: the 镇's report to the county: title, 主送, a preamble stating the 交办 date (立行立改 counts from it), the
# villages as headings （一）（二）… with their problems as numbered paragraphs (deadline and progress in sentences), one
# heading for the 镇's own 执法大队, a closing paragraph, the 镇 and date at the foot.
VILLAGE_BLOCKS = [
    (
        "（一）胡状镇王庄村村民委员会",
        [
            "1．村内主干道两侧柴草乱堆乱放约200米。整改时限：7月15日前。整改情况：已组织保洁员和党员志愿者"
            "全部清理，7月14日经镇综合行政执法大队复查合格。",
            "2．村西坑塘水面漂浮生活垃圾和水草。整改时限：7月20日前。整改情况：已雇用打捞船清理，目前已清理大半，"
            "正在继续打捞。",
        ],
    ),
    (
        "（二）胡状镇后刘村村民委员会",
        [
            "3．村内公厕无人保洁，粪污外溢。整改要求：立行立改。整改情况：已落实专人每日保洁，粪污已抽排。",
            "4．村委会门前垃圾池满溢，垃圾未及时清运。整改时限：7月底前。整改情况：未整改，村里清运车辆故障，"
            "待维修后清运。",
        ],
    ),
    (
        "（三）胡状镇西辛庄村村民委员会",
        [
            "5．村北废弃房屋院落杂草丛生，蚊蝇滋生。整改时限：2024年8月15日前。",
            "6．村道两侧残垣断壁8处未拆除。整改时限：年底前。整改情况：已拆除3处，剩余5处正在与户主协商。",
        ],
    ),
    (
        "（四）胡状镇大韩村村民委员会",
        [
            "7．村东排水沟渠内积存建筑垃圾约15立方米。整改时限：2024年7月25日。整改情况：已清运完毕。",
        ],
    ),
    (
        "（五）镇综合行政执法大队",
        [
            "8．镇区主街门店占道经营、杂物乱摆乱放现象反弹。整改要求：长期坚持。整改情况：执法大队每日两次巡查，"
            "常态化推进。",
        ],
    ),
]


def write_village(path: Path) -> Path:
    doc = _new_document("胡状镇党政办")
    _title(doc, "胡状镇人民政府关于7月份农村人居环境整治督查交办问题整改情况的报告", 20)
    _paragraph(doc, "县农村人居环境整治工作领导小组办公室：")
    _paragraph(
        doc,
        "7月8日至9日，镇综合行政执法大队对全镇各村主干道、中心村庄、村组道路、坑塘沟渠和公厕卫生进行了督查，"
        "7月10日向各村交办问题8个。镇党委、镇政府高度重视，逐村明确责任人和整改时限。现将整改情况报告如下：",
    )
    for heading, paras in VILLAGE_BLOCKS:
        _paragraph(doc, heading, bold=True)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "环境卫生工作是一项长期工作，下一步，我镇将坚持“经常抓、抓经常”，对整改不到位的村进行约谈，"
        "确保问题整改到位。",
    )
    _paragraph(doc, "濮阳县胡状镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 3. 市直部门及下属中心: 事业单位“双随机一公开”抽查, after a 市委编办's check of the 事业单位 under several 市直部门
# (实地核查、书面审查和网络监测; 宗旨和业务范围、登记事项变更、年度报告提交、财务收支、印章证书使用; 现场纠正，
# 提出整改意见):
# http://m-yicheng.cjyun.org/p/41891.html
# An .xls (xlwt): title, 抽查单位/抽查时间/抽查方式 line, 填报单位 line (the 市直部门), one header row with 抽查方式 and a
# 完成时间 column beside the 整改情况说明, the department's own centers in full and one row of its 人事科, 注 and 填表人.
CENTER_ROWS = [
    (
        "濮阳市公路事业发展中心",
        "书面审查",
        "2023年度报告未按规定时间提交",
        "补报年度报告",
        "2024年7月10日",
        "2024.7.8",
        "已补报，登记管理机关已受理",
    ),
    (
        "濮阳市公路事业发展中心",
        "实地核查",
        "法定代表人变更后未及时办理变更登记",
        "办理法定代表人变更登记",
        "7月31日前",
        "",
        "已提交变更申请，登记管理机关正在审核",
    ),
    (
        "濮阳市运输事业发展中心",
        "实地核查",
        "开展的驾培机构考核业务超出登记的宗旨和业务范围",
        "调整业务或申请变更宗旨和业务范围",
        "2024年9月30日前",
        "",
        "",
    ),
    (
        "濮阳市运输事业发展中心",
        "网络监测",
        "门户网站挂牌名称仍为“市运输管理处”，与登记名称不一致",
        "规范网上名称",
        "2024.7.15",
        "2024.7.12",
        "已更正网站名称",
    ),
    (
        "濮阳市交通运输服务中心",
        "实地核查",
        "印章使用无审批登记，事业单位法人证书未在办公场所悬挂",
        "建立印章使用登记制度，悬挂证书",
        "2024年7月20日",
        "",
        "未整改",
    ),
    (
        "濮阳市交通运输综合行政执法支队",
        "书面审查",
        "财务收支中有2笔培训费支出无审批单",
        "补办审批手续，完善财务审批制度",
        "8月底前",
        "",
        "正在补办审批手续",
    ),
    (
        "局人事科",
        "书面审查",
        "对所属事业单位年度报告审核把关不严，未发现报告中的登记事项错误",
        "建立所属事业单位年报审核制度",
        "长期坚持",
        "",
        "长期坚持",
    ),
]


def write_centers(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "事业单位“双随机一公开”抽查发现问题整改情况表", t, 0, 7),
        (
            1,
            0,
            "抽查单位：中共濮阳市委机构编制委员会办公室    抽查时间：2024年7月2日至7月5日    "
            "抽查方式：实地核查、书面审查、网络监测",
            plain,
            1,
            7,
        ),
        (2, 0, "填报单位：濮阳市交通运输局（盖章）    填报日期：2024年7月25日", plain, 2, 7),
    ]
    words = ["序号", "单位名称", "抽查方式", "发现问题", "整改意见", "整改时限", "完成时间", "整改情况说明"]
    cells += [(3, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(CENTER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6) else c))
    r = 5 + len(CENTER_ROWS)
    cells += [
        (r, 0, "注：“完成时间”栏填写实际整改完成日期，未完成的不填。", plain, r, 7),
        (r + 1, 0, "填表人：贾文涛    审核人：刘红梅    联系电话：0393-8417725", plain, r + 1, 7),
    ]
    return _write_xls(path, "整改情况", cells, [6, 30, 10, 40, 30, 16, 12, 34])


# =============================================================================================
# 4. 国企集团及子公司: 集团纪委明察暗访, after a group's 纪委 sending two 督查组 to its eight subsidiaries before a
# holiday (外出请假报告制度落实、落实过紧日子和制止餐饮浪费、整治形式主义为基层减负; 查阅资料、个别谈话; 廉洁过节提醒):
# http://3bcivil.com/Item/2442.aspx
# An .et (Excel 97 written by LibreOffice): title, 填报单位/督查时间 line stating the 反馈 date the 工作日 count from, one
# header row with the 督查组 (inspector) and the 督查内容 beside the 被督查单位, a 纪委审核意见 closure column, the
# group's own 财务部 on one row, a 填表人 line.
GROUP_ROWS = [
    (
        "第一督查组",
        "濮阳交投公路建设有限公司",
        "外出请假报告制度",
        "2名中层干部外出未履行请假报告手续",
        "5个工作日",
        "已补办手续，对2人进行提醒谈话",
        "审核通过",
    ),
    (
        "第一督查组",
        "濮阳交投公路建设有限公司",
        "制止餐饮浪费",
        "项目部食堂违规承接外部宴请",
        "2024.7.12",
        "已整改，停止对外承接",
        "审核通过",
    ),
    (
        "第一督查组",
        "濮阳交投物流有限公司",
        "落实过紧日子",
        "办公区域下班后空调、照明未关闭",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "第一督查组",
        "濮阳交投物流有限公司",
        "公务接待",
        "公务接待无公函，接待清单填写不全",
        "10个工作日",
        "正在逐笔补齐接待清单",
        "",
    ),
    (
        "第二督查组",
        "濮阳交投能源有限公司",
        "为基层减负",
        "加油站安全台账重复报送、多头填报",
        "2024年7月底前",
        "未整改",
        "",
    ),
    (
        "第二督查组",
        "濮阳交投置业有限公司",
        "廉洁风险防控",
        "工程变更签证未经集体研究",
        "2024年8月31日",
        "正在梳理2023年以来全部变更签证",
        "",
    ),
    (
        "第二督查组",
        "濮阳交投智慧停车有限公司",
        "工作纪律",
        "上班时间收费员脱岗、玩手机",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "第二督查组",
        "集团财务部",
        "财务管理",
        "子公司备用金长期挂账未清理",
        "2024年9月底前",
        "",
        "",
    ),
]


def write_group_book(path: Path) -> Path:
    b = Book(path, author="集团纪委")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 28, 16, 36, 16, 30, 14])
    b.line(ws, 0, "集团纪委节前明察暗访发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市交通投资集团有限公司纪委    督查时间：2024年7月3日至7月5日    "
        "问题反馈时间：2024年7月8日（整改时限自反馈之日起计算）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "督查组", "被督查单位", "督查内容", "发现问题", "整改时限", "整改情况", "纪委审核意见"],
    )
    for i, row in enumerate(GROUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(GROUP_ROWS),
        "填表人：郝晓东    审核人：王建军    联系电话：0393-8993156    2024年7月29日",
        7,
    )
    return b.close()


def write_group(path: Path) -> Path:
    return via_soffice(write_group_book, path, "xls", "集团纪委明察暗访发现问题整改台账.xlsx")


# =============================================================================================
# 5. 学校及校区: 假期前校园安全大检查, after a college 保卫处's check of its two campuses before the holiday (莲湖、南坝
# 校区; 教学楼、实验实训场所、图书馆、学生宿舍、食堂、商业网点、在建工程; 逐一进行了登记整理并发放到相关部门，
# 要求限期整改):
# https://bwc.sasu.edu.cn/info/1039/2369.htm
# An .xlsx: title, 填报单位/检查时间 line, a two-row header (整改落实 over three columns), the 校区 merged down over its
# rows, the college's own 处/部 as 责任部门, the 复查人 (an inspector) in the last column, a 注 and a 检查人 line.
CAMPUS_ROWS = [
    (
        "西校区",
        [
            (
                "学生公寓3号楼",
                "宿舍内私拉电线、使用大功率电器",
                "学生工作处",
                "清查违规电器，加强查寝",
                "2024.7.12",
                "已整改",
                "李卫东",
            ),
            (
                "第一食堂",
                "燃气管道穿越操作间处无防护套管",
                "后勤管理处",
                "加装防护套管",
                "2024.7.20",
                "已订购材料，待施工",
                "",
            ),
            (
                "基础医学实验楼",
                "化学试剂柜未实行双人双锁管理",
                "基础医学部",
                "落实双人双锁、领用登记",
                "2024.7.10",
                "已落实双人双锁",
                "李卫东",
            ),
        ],
    ),
    (
        "东校区",
        [
            (
                "在建图书馆工地",
                "施工围挡破损，学生可进入施工区",
                "基建处",
                "督促施工单位修复围挡",
                "7月15日前",
                "未整改",
                "",
            ),
            (
                "体育馆",
                "消防控制室值班人员无证上岗",
                "保卫处",
                "安排持证人员值班",
                "2024.7.31",
                "",
                "",
            ),
            (
                "学生公寓",
                "楼道应急照明灯部分损坏",
                "后勤管理处",
                "更换损坏的应急照明灯",
                "2024.7.18",
                "已更换23盏，复查合格",
                "周海燕",
            ),
            (
                "东门外",
                "校门外道路无减速带和警示标志",
                "保卫处",
                "协调交警部门设置减速带和警示标志",
                "8月底前",
                "已向交警部门发函，正在协调",
                "",
            ),
        ],
    ),
]


def write_campus(path: Path) -> Path:
    b = Book(path, author="保卫处")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 10, 16, 34, 14, 28, 12, 24, 10])
    b.line(ws, 0, "2024年暑假前校园安全大检查隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳医学高等专科学校保卫处    检查时间：2024年7月8日至7月9日    检查范围：西校区、东校区",
        8,
    )
    for c, word in enumerate(["序号", "校区", "检查部位", "隐患问题", "责任部门"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改期限", "整改结果"], first=5)
    b.merge(ws, 2, 8, 3, 8, "复查人", b.head)
    r, n = 4, 0
    for campus, rows in CAMPUS_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, campus, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "注：整改结果由责任部门填写，复查合格后由保卫处复查人签字。", 8)
    b.line(ws, r + 2, "检查人：王志刚、李卫东、周海燕    填表日期：2024年7月26日", 8)
    return b.close()


# =============================================================================================
# 6. 医院及院区: 安全生产专项督导, after a county hospital's 督导调研 of the 分院 of its 医共体 and of its 院本部 (消防
# 设施运行、安全通道畅通性、医疗废物处置流程; 各分院、科室按问题清单+责任清单+整改时限, 立行立改, 闭环管理):
# https://86514.cn/UserData/DocHtml/972/2025/4/28/7513211973231.html
# A .zip of two returns: the hospital's .xlsx (问题清单 and 责任清单 in one table, a 院区 column over 院本部 and 北院区,
# its own 科室 as 责任科室) and a 分院's .docx (the 镇卫生院 named in the 填报单位 line, its own 股室).
HOSPITAL_ROWS = [
    ("院本部", "住院楼疏散楼梯间堆放病床、轮椅", "总务科", "刘建华", "2024年7月12日", "已清理"),
    ("院本部", "医疗废物暂存间无防渗漏措施", "院感科", "张丽", "2024年8月20日", "正在施工"),
    ("院本部", "液氧站周边未设置禁烟禁火标识", "设备科", "马明", "2024年7月10日", "已设置"),
    ("北院区", "消防控制室双人值班制度未落实", "保卫科", "杨帆", "长期坚持", "长期坚持"),
    ("北院区", "高压氧舱操作人员培训记录缺失", "高压氧科", "陈静", "7月31日前", "未整改"),
    ("北院区", "门诊楼电梯年检合格证过期未更换", "设备科", "马明", "2024.8.5", ""),
]
CLINIC_ROWS = [
    ("发热门诊灭火器压力不足", "更换灭火器", "总务股", "2024年7月10日", "已更换"),
    ("药库与配电室相邻，未做防火分隔", "砌筑防火隔墙", "院办", "2024年10月31日前", "已完成方案设计，待施工"),
    ("医疗废物交接登记未双签字", "规范交接登记", "公卫科", "2024年7月15日", "已整改，复查合格"),
    ("住院部夜间仅1名护士值班", "增加夜班人员", "护理部", "8月底前", "未整改"),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="院办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 38, 12, 10, 16, 16])
    b.line(ws, 0, "二季度安全生产专项督导问题清单、责任清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县第二人民医院    督导时间：2024年7月4日    填报日期：2024年7月27日", 6)
    b.header(ws, 2, ["序号", "院区", "问题清单", "责任科室", "责任人", "整改时限", "整改进展"])
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HOSPITAL_ROWS), "院办负责人：赵国强    填表人：孙晓    联系电话：0393-3266120", 6)
    return b.close()


def write_clinic_docx(path: Path) -> Path:
    doc = _new_document("文留镇卫生院")
    _title(doc, "文留分院安全生产专项督导反馈问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县文留镇卫生院    填报日期：2024年7月28日", 12)
    body = [[str(i), *row] for i, row in enumerate(CLINIC_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "整改措施", "责任股室", "整改时限", "完成情况"], body)
    _paragraph(doc, "填表人：段晓燕    联系电话：0393-3861209", 12)
    return _save_fixed(doc, path)


def write_hospital(path: Path) -> Path:
    members = [
        ("安全生产专项督导问题清单（县二院）.xlsx", write_hospital_book),
        ("安全生产专项督导反馈问题整改情况（文留分院）.docx", write_clinic_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 7. 银行及支行: “神秘人”暗访, after a bank's account of its 神秘人 (受总行委派，以客户身份对营业网点日常工作、自助银行、
# 自助设备等服务情况进行实地暗查暗访; 客户服务、业务流程、硬件设施、营业环境、网点建设、自助服务、新产品新业务推广;
# 通知其所在分行，限期整改):
# http://360910.com/newsinfo.asp?cid=199&id=1297
# A CSV in UTF-8 with BOM: a title line, a 填报单位/暗访时间/通报日期 line, one header line with the 检查类别 in the
# 神秘人's terms and a 销号确认 column, the branches named in full, one row of the 分行's own 部门, a 合计 and a 注 line.
BANK_ROWS = [
    (
        "中国建设银行股份有限公司濮阳华龙支行",
        "客户服务",
        "大堂经理未主动引导客户使用智能柜员机分流",
        "加强大堂服务培训",
        "2024年7月15日",
        "已整改",
        "已销号",
    ),
    (
        "中国建设银行股份有限公司濮阳开发区支行",
        "自助服务",
        "自助银行区2台ATM机屏幕破损",
        "报修更换屏幕",
        "2024年7月20日",
        "整改中",
        "",
    ),
    (
        "中国建设银行股份有限公司濮阳中原路支行",
        "营业环境",
        "营业厅“爱心窗口”标识缺失，未配备老花镜等便民设施",
        "补设标识，配齐便民设施",
        "7月10日前",
        "已整改",
        "已销号",
    ),
    (
        "中国建设银行股份有限公司清丰支行",
        "业务流程",
        "柜员办理开户时未进行身份联网核查",
        "立即纠正并组织柜员培训",
        "2024年7月12日",
        "未整改",
        "",
    ),
    (
        "中国建设银行股份有限公司濮阳县支行",
        "员工形象",
        "柜员未按规定着工装、佩戴工号牌",
        "纳入日常晨会检查",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "中国建设银行股份有限公司南乐支行",
        "新产品新业务",
        "客户经理对个人养老金业务不熟悉，解答有误",
        "开展个人养老金业务专题培训",
        "8月15日前",
        "",
        "",
    ),
    (
        "分行个人金融部",
        "网点建设",
        "多个网点形象标识未按新版视觉识别规范更新",
        "统一制作更换网点标识",
        "2024年12月31日前",
        "整改中",
        "",
    ),
]


def write_bank(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年二季度“神秘人”暗访发现问题整改跟踪表"])
    w.writerow(
        [
            "填报单位：中国建设银行股份有限公司濮阳分行运营管理部；暗访时间：2024年6月17日至6月28日；"
            "通报日期：2024年7月5日"
        ]
    )
    w.writerow(["序号", "被检查网点", "检查类别", "发现问题", "整改要求", "整改期限", "整改状态", "销号确认"])
    for i, row in enumerate(BANK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "暗访网点12个", "", "发现问题7个", "", "", "已销号2个", ""])
    w.writerow(["注：整改状态填写“已整改”“整改中”“未整改”；经运营管理部复核后在“销号确认”栏填写“已销号”。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# =============================================================================================
# 8. 供水公司及营业所: 安全生产大检查, after a water company's pre-holiday check of its waterworks and of a 营业所 (屋顶
# 加药池没有护栏、滤池过道太窄、新安装的进水管围墙加固不够、氧气瓶暴晒在太阳下、营业所车棚的电源线路未安装接地线;
# 施工现场; 提出整改要求):
# http://www.zswater.com/jcms/qydtqyxw/502.htm
# An .xlsx: title, 填报单位 line (the company under a longer spelling of its directory name), one header row, the
# 被检查部门 (水厂, 营业所, 管网所 — the company's own premises) merged down over its rows, a 复查结论 closure column
# beside the 整改措施及进展, a 合计 row and a signature line.
WATER_ROWS = [
    (
        "第一水厂",
        "加药间屋顶",
        "屋顶加药池四周无防护栏杆",
        "2024年7月15日",
        "已安装不锈钢防护栏杆",
        "复查合格",
    ),
    (
        "第一水厂",
        "滤池",
        "滤池走道过窄且无防滑措施",
        "2024年8月31日",
        "已铺设防滑垫，走道拓宽方案正在审批",
        "",
    ),
    ("第二水厂", "加氯间", "氯气泄漏报警仪未按期检定", "7月20日前", "已送检，待检定合格后安装", ""),
    ("第二水厂", "设备库房", "检修用氧气瓶露天暴晒存放", "2024.7.10", "已移至阴凉库房并固定", "复查合格"),
    (
        "开州路营业所",
        "车棚",
        "车棚电源线路未安装接地线，电动车充电插座私拉乱接",
        "2024.7.25",
        "未整改",
        "",
    ),
    ("华龙营业所", "营业厅", "营业厅安全出口被宣传展板遮挡", "2024.7.12", "", ""),
    ("管网所", "南环路施工现场", "管网施工沟槽未设置警示标志和夜间警示灯", "2024.7.11", "已整改", "复查合格"),
    ("管网所", "二次供水泵房", "二次供水泵房巡检记录填写不规范", "长期坚持", "长期坚持", ""),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="安全生产部")
    ws = b.sheet("隐患整改")
    b.widths(ws, [6, 14, 16, 40, 16, 34, 12])
    b.line(ws, 0, "汛期安全生产大检查隐患整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市自来水有限责任公司安全生产部    检查时间：2024年7月1日至7月3日", 6)
    b.header(ws, 2, ["序号", "被检查部门", "隐患部位", "隐患描述", "整改期限", "整改措施及进展", "复查结论"])
    r = 3
    i = 0
    while i < len(WATER_ROWS):
        dept = WATER_ROWS[i][0]
        j = i
        while j < len(WATER_ROWS) and WATER_ROWS[j][0] == dept:
            j += 1
        b.merge(ws, r + i, 1, r + j - 1, 1, dept, b.center)
        for k in range(i, j):
            b.put(ws, r + k, 0, k + 1, b.center)
            b.row(ws, r + k, list(WATER_ROWS[k][1:]), first=2)
        i = j
    end = r + len(WATER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "检查水厂2个、营业所2个、管网所1个，发现隐患8处，已复查合格3处")
    b.line(ws, end + 2, "部门负责人：冯立新    填表人：吴倩    填报日期：2024年7月29日", 6)
    return b.close()


# =============================================================================================
# 9. 景区及管委会: 节前安全大检查, after a scenic area 管理局's check of its main scenic area and two other scenic spots
# (强化景区游览安全管理: 栈道、观景台加固维修，增加安全提示标牌和警示标线; 强化道路交通安全: 索道检修、公交车辆保养;
# 强化食品卫生及消防安全):
# https://www.abatour.com/news/travelnews/20140929090950202.html
# A .doc (Word 97 written by LibreOffice): the 管委会's 通报 of its 暑期 check, items as numbered paragraphs under the
# source's three headings, each naming the 管委会's own 部门 (one names an outside operator as 责任单位), the 管委会
# and date at the foot.
SCENIC_BLOCKS = [
    (
        "一、游览安全方面",
        [
            "1．主景区木栈道部分木板松动、护栏螺栓锈蚀。责任部门：工程管理部。整改时限：7月20日前。"
            "整改情况：已更换木板46块、螺栓120套，经验收合格。",
            "2．观景台临水一侧未设置安全提示标牌和警示标线。责任部门：安全保卫部。整改时限：2024年7月15日。"
            "整改情况：标牌正在制作，警示标线已施划一半。",
            "3．湿地科普园亲水平台未配备救生圈等救生设施。责任部门：安全保卫部。整改时限：7月12日前。"
            "整改情况：已配备救生圈10个、救生绳5根。",
        ],
    ),
    (
        "二、交通安全方面",
        [
            "4．渡口码头2艘游船未按期检验。责任部门：游船管理站。整改时限：8月10日前。整改情况：已联系海事部门"
            "预约检验，检验前游船停止运营。",
            "5．景区观光车2辆制动性能不达标。责任单位：濮阳金堤河文旅观光车服务有限公司。整改时限：7月底前。"
            "整改情况：未整改，车辆仍在运营。",
        ],
    ),
    (
        "三、食品卫生及消防安全方面",
        [
            "6．游客中心餐厅食材无进货查验台账，部分调料过期。责任部门：综合服务部。整改时限：2024年7月18日。",
            "7．民宿区消防车通道被游客车辆占用。责任部门：安全保卫部。整改时限：长期坚持。整改情况：已安排专人"
            "疏导，常态化推进。",
        ],
    ),
]


def write_scenic_docx(path: Path) -> Path:
    doc = _new_document("管委会办公室")
    _title(doc, "关于暑期安全大检查发现问题整改情况的通报", 20)
    _paragraph(doc, "管委会各部门、各景区：")
    _paragraph(
        doc,
        "7月5日至6日，管委会组织对主景区、湿地科普园和渡口码头开展了暑期安全大检查，共发现问题7个，"
        "并提出了整改措施。截至7月29日，各责任部门整改情况通报如下：",
    )
    for heading, paras in SCENIC_BLOCKS:
        _paragraph(doc, heading, bold=True)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "请各责任部门对照时限抓紧整改，整改完成后报安全保卫部复核。")
    _paragraph(doc, "濮阳县金堤河国家湿地公园管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_scenic(path: Path) -> Path:
    return via_soffice(write_scenic_docx, path, "doc", "暑期安全大检查发现问题整改情况通报.docx")


# =============================================================================================
# 10. 工业园区企业: 园区生态环境现场督查, after a 园区现场督查组's day in an industrial park (选取5家企业检查: 防洪物资缺少
# 标识、生活垃圾清理不及时、煤棚施工周围土方未采取防尘措施、标识牌老化、厂区路面破损、工业垃圾未及时清理; 自查反馈
# 问题核查: 整改完成28个，未完成8个，已沟通整改措施和时限):
# http://www.dvnusur.com.cn/jxw/250995/yqwl/2329073/index.html
# An .xlsx: title, 督查单位/督查时间 line, 填报单位 line (the park's 管委会), one header row with a 复核情况 column, two
# merged section rows (现场检查发现问题 / 自查反馈问题复核), the enterprises in full and the 管委会 itself on one row,
# a 合计 row and a signature line.
PARK_SECTIONS = [
    (
        "一、现场检查发现问题",
        [
            (
                "濮阳恒润石化有限公司",
                "防汛",
                "部分防洪物资缺少标识，存放点无责任人公示",
                "补设标识和责任人公示牌",
                "2024.7.12",
                "已整改",
                "复核通过",
            ),
            (
                "濮阳恒润石化有限公司",
                "环境卫生",
                "厂区东侧生活垃圾清理不及时",
                "清理垃圾，落实保洁责任",
                "2024.7.8",
                "已整改",
                "复核通过",
            ),
            (
                "濮阳中科新材料有限公司",
                "扬尘防治",
                "原料棚施工周边裸露土方未覆盖，无防尘措施",
                "覆盖防尘网，配置喷淋设施",
                "7月20日前",
                "正在覆盖，喷淋设施已采购",
                "",
            ),
            (
                "濮阳华信能源科技有限公司",
                "标识标牌",
                "宣传牌匾和安全标识牌老化褪色",
                "更换老化标识牌",
                "2024年8月15日",
                "",
                "",
            ),
            (
                "濮阳市鑫源塑胶制品有限公司",
                "厂区环境",
                "厂区路面破损，工业垃圾未及时清理",
                "修复路面，清运工业垃圾",
                "2024年7月31日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "二、自查反馈问题复核",
        [
            (
                "濮阳市瑞丰化工有限公司",
                "废气治理",
                "储罐区VOCs收集管道破损",
                "更换破损管道",
                "2024年6月30日",
                "已整改",
                "复核通过",
            ),
            (
                "濮阳市瑞丰化工有限公司",
                "危废管理",
                "危废贮存间标识不规范，出入库台账不全",
                "规范标识，补齐台账",
                "2024年7月15日",
                "整改中",
                "",
            ),
            (
                "濮阳工业园区管理委员会",
                "公共区域",
                "园区纬三路两侧绿化带有生活垃圾",
                "落实公共区域保洁",
                "长期坚持",
                "常态化保洁",
                "",
            ),
        ],
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="园区安环局")
    ws = b.sheet("督查整改台账")
    b.widths(ws, [6, 28, 12, 36, 26, 14, 24, 12])
    b.line(ws, 0, "园区生态环境问题现场督查整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：园区现场督查组（市生态环境局、市住房和城乡建设局、市交通运输局抽调人员）    督查时间：2024年7月5日",
        7,
    )
    b.line(ws, 2, "填报单位：濮阳工业园区管理委员会安全环保局    填报日期：2024年7月30日", 7)
    b.header(
        ws, 3, ["序号", "企业名称", "问题类别", "问题描述", "整改措施", "整改时限", "整改情况", "复核情况"]
    )
    r, n = 4, 0
    for section, rows in PARK_SECTIONS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "现场检查企业5家、发现问题5个；复核自查反馈问题3个；已复核通过3个")
    b.line(ws, r + 2, "督查组组长：高建伟    填表人：任丽娜    联系电话：0393-4876215", 7)
    return b.close()


# =============================================================================================
FILES = [
    ("2024年第二季度政务公开测评反馈问题整改清单（濮阳县）.xlsx", write_county),
    ("胡状镇7月份农村人居环境整治督查交办问题整改情况报告.docx", write_village),
    ("事业单位双随机抽查发现问题整改情况表（市交通运输局）.xls", write_centers),
    ("集团纪委节前明察暗访发现问题整改台账.et", write_group),
    ("2024年暑假前校园安全大检查隐患整改台账.xlsx", write_campus),
    ("县二院安全生产专项督导问题整改（院本部及文留分院）.zip", write_hospital),
    ("神秘人暗访发现问题整改跟踪表（建行濮阳分行）.csv", write_bank),
    ("汛期安全生产大检查隐患整改情况表（市自来水公司）.xlsx", write_water),
    ("金堤河湿地公园暑期安全大检查发现问题整改情况通报.doc", write_scenic),
    ("园区生态环境问题现场督查整改台账.xlsx", write_park),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside95 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
CSV in UTF-8 with BOM, a .docx report whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) with
the items as paragraphs, a .wps (Word 97 via LibreOffice) with a table, and a .zip of two returns. Contents are
made up; statistics date 2024-07-31.
Run from this folder: python make_aside95.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
The layout helpers are copied from dev18/make_dev18.py.
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
# 1. 医疗机构自查自纠整改情况报告, after a page on how a hospital's 自查自纠整改报告 is built (一、自查工作组织与部署;
# 二、自查发现的主要问题: 医疗质量与安全问题 / 管理制度与流程缺陷 / 服务态度与医患沟通问题; 三、整改措施与落实情况:
# 规范医疗记录书写, 修订安全管理制度, 设立意见箱、开通投诉电话):
# https://m.jiusongjiankang.com/health/news/5625602.html
# A .docx report: title, 主送 line, an opening section, the problems as numbered paragraphs under three headings
# (each with 责任科室, 整改措施, 完成时限 and 落实情况 in the sentence), a closing section and the hospital's signature.
# The hospital is the sending unit; its 科室 are sections inside it.
HOSPITAL = "濮阳市第三人民医院"
HOSPITAL_PARAS = [
    (
        "（一）医疗质量与安全方面",
        [
            "1.部分运行病历首次病程记录书写不规范，病例特点归纳不全。责任科室：医务科。整改措施：组织病历书写"
            "专题培训，实行科主任签字把关。完成时限：2024年8月31日前。落实情况：已组织全院培训2场，正在逐份复查"
            "运行病历。",
            "2.手术室器械清洗消毒登记不完整，部分批次无追溯记录。责任科室：院感科。整改措施：统一更换登记本，"
            "实行一器一码追溯。完成时限：2024年6月30日前。落实情况：已完成，经院感质控小组复查合格。",
            "3.个别科室存在非卫生技术人员参与换药操作的情况。责任科室：护理部。整改措施：立即调整岗位，开展执业"
            "资质清查。完成时限：2024年7月15日前。落实情况：已完成，相关人员已调离临床岗位。",
        ],
    ),
    (
        "（二）管理制度与流程方面",
        [
            "4.急诊科突发事件应急响应流程多年未修订，与现行规范不符。责任科室：急诊科。整改措施：修订应急预案并"
            "组织演练。完成时限：7月底前。落实情况：未启动。",
            "5.医疗纠纷投诉处理台账记录不全，部分投诉无处理结果。责任科室：医患关系办公室。整改措施：补录台账，"
            "建立投诉闭环管理制度。完成时限：2024年9月底前。",
            "6.住院次均费用增幅偏高，门诊总额预付管理效果有限。责任科室：医保办。整改措施：按月监测费用指标，"
            "对异常科室约谈。完成时限：长期坚持。落实情况：长期坚持，每月通报费用监测结果。",
        ],
    ),
    (
        "（三）服务态度与医患沟通方面",
        [
            "7.部分医护人员服务态度生硬，患者满意度调查得分偏低。责任科室：门诊部。整改措施：开展服务礼仪培训，"
            "纳入绩效考核。完成时限：2024年12月底前。落实情况：已设立意见箱、开通投诉电话，首期服务礼仪培训已"
            "结束。",
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("医务科")
    _title(doc, f"{HOSPITAL}关于医疗机构自查自纠整改情况的报告")
    _paragraph(doc, "市卫生健康委员会：")
    _paragraph(
        doc,
        "按照全市医疗机构自查自纠工作部署，我院成立以院长为组长的自查自纠工作领导小组，制定自查方案，对急诊科、"
        "手术室、药房等重点部门开展了全面排查。现将自查发现的问题及整改落实情况报告如下：",
    )
    _paragraph(doc, "一、自查发现的问题及整改落实情况", 16, "黑体")
    for heading, paras in HOSPITAL_PARAS:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "我院将把自查自纠与日常质量管理结合起来，对已完成的问题开展回头看，对未完成的问题挂图作战、逐项销号。",
    )
    _paragraph(doc, HOSPITAL, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 秋季开学民办幼儿园安全检查问题整改台账, after a town's account of its 开学工作调研组 (镇成校、安办和食品药品监督管理所;
# 全镇5所民办幼儿园; 食品安全、卫生安全、消防安全、校舍安全、交通安全; 及时指出各园存在的问题，并要求限期整改到位):
# https://www.dp.gov.cn/dpthz/info/1005/2688.htm
# An .xlsx: title, 检查单位 line, a two-row header with 整改情况 merged over 已整改/整改中/未整改 (ticks √), the
# 检查人 beside the kindergarten, a 填表说明 and a signature line.
KINDER_ROWS = [
    (
        "濮阳市城关镇阳光幼儿园",
        "食品安全",
        "食堂留样不足125克且未标注留样时间",
        "按规定留样并登记",
        "2024年7月26日前",
        0,
        "李明、王芳",
    ),
    (
        "濮阳市城关镇阳光幼儿园",
        "消防安全",
        "午休室疏散指示标志损坏不亮",
        "更换疏散指示标志",
        "2024.8.10",
        1,
        "李明、王芳",
    ),
    (
        "濮阳市城关镇童乐幼儿园",
        "校舍安全",
        "活动室外墙瓷砖空鼓，有脱落风险",
        "铲除空鼓瓷砖，设置警戒区",
        "8月20日前",
        2,
        "张强、赵丽",
    ),
    (
        "濮阳市城关镇童乐幼儿园",
        "卫生安全",
        "保健室消毒记录不全",
        "补全消毒记录，专人负责",
        "2024年7月31日",
        0,
        "张强、赵丽",
    ),
    (
        "濮阳市城关镇小天使幼儿园",
        "交通安全",
        "校车未随车配备照管人员",
        "配齐随车照管人员",
        "8月25日前",
        None,
        "李明、赵丽",
    ),
    (
        "濮阳市城关镇育才幼儿园",
        "食品安全",
        "食材采购索证索票资料缺失",
        "建立进货查验台账",
        "2024年8月5日",
        1,
        "王芳、张强",
    ),
    (
        "濮阳市城关镇金色摇篮幼儿园",
        "消防安全",
        "厨房燃气灶具使用橡胶软管且长度超过2米",
        "更换金属波纹管",
        "7月底前",
        0,
        "王芳、张强",
    ),
]


def write_kinder(path: Path) -> Path:
    b = Book(path, author="城关镇安办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 10, 32, 24, 14, 8, 8, 8, 12])
    b.line(ws, 0, "城关镇2024年秋季开学民办幼儿园安全检查问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：城关镇成人文化技术学校、镇安全生产办公室、城关市场监督管理所    检查时间：2024年7月22日—7月24日",
        9,
    )
    for col, word in enumerate(["序号", "整改责任单位", "检查类别", "存在问题", "整改要求", "整改时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=6)
    b.merge(ws, 2, 9, 3, 9, "检查人", b.head)
    for i, (kg, kind, problem, ask, limit, tick, who) in enumerate(KINDER_ROWS, 1):
        r = 3 + i
        marks = ["", "", ""]
        if tick is not None:
            marks[tick] = "√"
        b.row(ws, r, [i, kg, kind, problem, ask, limit])
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, marks, first=6, fmt=b.center)
        b.put(ws, r, 9, who, b.center)
    end = 4 + len(KINDER_ROWS)
    b.line(ws, end, "填表说明：1.整改情况在对应栏内打“√”；2.整改时限以检查组下达的限期整改通知为准。", 9)
    b.line(
        ws,
        end + 1,
        "填表人：刘晓燕    审核人：陈国栋    联系电话：0393-4412760    填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. “随机查餐厅”检查发现问题及整改情况登记表, after a 市场监管分局's account of its “随机查餐厅” (人员健康管理、原料进货
# 查验及索证索票、环境卫生、加工操作、餐饮具清洗消毒、制止餐饮浪费; 抽查5家，发现问题7个; 当场提出整改意见; 不定期复查，
# “回头看”):
# http://www.ydbgyp.cn/news/detail/655/261091.html
# An .xls (xlwt): title, 填报单位 line, one header row (检查日期 an event, 复查时间/复查结果 a closure pair, 执法人员
# the inspectors), a 合计 row.
DINER_ROWS = [
    (
        "2024-07-16",
        "濮阳市华龙区鑫源快餐店",
        "人员健康管理",
        "2名从业人员健康证过期仍在岗",
        "暂停上岗，补办健康证明",
        "2024年7月23日",
        "2024-07-23",
        "复查合格",
        "周涛、孙静",
    ),
    (
        "2024-07-16",
        "濮阳市华龙区鑫源快餐店",
        "餐饮具清洗消毒",
        "消毒柜未通电，餐具未经消毒即供顾客使用",
        "立即开启消毒设备",
        "立行立改",
        "2024-07-16",
        "复查合格",
        "周涛、孙静",
    ),
    (
        "2024-07-17",
        "濮阳市老街坊餐饮管理有限公司",
        "原料进货查验",
        "冷冻肉品未索取动物检疫合格证明",
        "补齐票证，建立进货台账",
        "3日内",
        "2024-07-19",
        "复查合格",
        "周涛、孙静",
    ),
    (
        "2024-07-17",
        "濮阳市老街坊餐饮管理有限公司",
        "加工操作",
        "生熟食品刀具砧板混用",
        "分开存放并标识",
        "2024年7月24日",
        "",
        "",
        "周涛、孙静",
    ),
    (
        "2024-07-18",
        "濮阳市华龙区蜀香园火锅店",
        "环境卫生",
        "后厨防蝇防鼠设施缺失",
        "安装挡鼠板和纱窗",
        "7月底前",
        "2024-07-25",
        "部分整改，挡鼠板已安装，纱窗待更换",
        "高伟、冯雪",
    ),
    (
        "2024-07-19",
        "濮阳市华龙区好运来面馆",
        "制止餐饮浪费",
        "未张贴反食品浪费提示标识",
        "张贴提示标识",
        "2024年7月26日",
        "2024-07-26",
        "未整改",
        "高伟、冯雪",
    ),
    (
        "2024-07-19",
        "濮阳市华龙区一品鲜饺子馆",
        "原料进货查验",
        "食品添加剂未专柜存放，未记录使用量",
        "设专柜专人管理",
        "2024年8月2日",
        "",
        "正在整改，已购置专用柜",
        "高伟、冯雪",
    ),
]


def write_diner(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "“随机查餐厅”活动检查发现问题及整改情况登记表", t, 0, 9),
        (1, 0, "填报单位：濮阳市市场监督管理局华龙分局    填报时间：2024年7月29日", plain, 1, 9),
    ]
    words = [
        "序号",
        "检查日期",
        "餐饮单位名称",
        "检查环节",
        "发现问题",
        "整改意见",
        "整改期限",
        "复查时间",
        "复查结果",
        "执法人员",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(DINER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 7, 9) else c))
    r = 3 + len(DINER_ROWS)
    cells += [(r, 0, "合计", h, r, 2), (r, 3, "抽查餐饮单位5家，发现问题7个，复查合格3个", c, r, 9)]
    return _write_xls(path, [("登记表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 交通运输系统安全隐患排查整治台账, after a city 交通运输局's account of its 隐患排查整治 (市公路管理段排查公路，路面破损、
# 涵板断裂下沉，列出隐患整治计划，限期完成整改; 波形护栏、安全警示标志、道口标柱; 排查客运企业、客运站、危货运输企业，
# 下发整改通知书; 打击“黑车”专项整治):
# http://yinchuan.baogaosu.com/xinwen/%E6%8E%AA%E5%B9%B6%E4%B8%BE%E7%A1%AE%E4%BF%9D%E5%85%A8%E5%9B%BD%E4%B8%A4%E4%BC%9A%E6%9C%9F%E9%97%B4%E4%BA%A4%E9%80%9A%E8%BF%90%E8%BE%93/65679659/
# A CSV in GBK: title line, 填报单位 line, header with 交办日期 and 整改时限 partly in working days from it, 是否销号,
# a closing 合计 line.
ROAD_ROWS = [
    (
        "公路巡查",
        "2024-07-01",
        "G106线K12+300段",
        "路面坑槽破损约860平方米",
        "铣刨重铺",
        "市公路管理段",
        "2024年8月31日",
        "已完成铣刨，正在摊铺沥青",
        "否",
    ),
    (
        "公路巡查",
        "2024-07-01",
        "S101线K45+120处",
        "涵洞盖板断裂下沉3块",
        "更换涵洞盖板",
        "市公路管理段",
        "15个工作日内",
        "已更换完毕",
        "是",
    ),
    (
        "企业检查",
        "2024-07-08",
        "市汽车客运总站",
        "进站安检仪故障，例检台账填写不规范",
        "维修安检仪，规范例检流程",
        "濮阳市汽车客运总站有限公司",
        "10个工作日内",
        "已整改",
        "是",
    ),
    (
        "企业检查",
        "2024-07-10",
        "濮阳市安达危险货物运输有限公司",
        "3辆危货车辆动态监控报警未及时处置",
        "落实监控值守，约谈驾驶员",
        "濮阳市安达危险货物运输有限公司",
        "2024年7月25日",
        "整改中，已约谈企业负责人",
        "否",
    ),
    (
        "群众反映",
        "2024-07-12",
        "开州路公交站",
        "公交站台雨棚破损漏雨",
        "维修更换雨棚",
        "市公交公司",
        "7月底前",
        "未整改",
        "否",
    ),
    (
        "公路巡查",
        "2024-07-15",
        "县道X021与乡道交叉口",
        "交叉口缺少道口标柱和警示标志",
        "增设道口标柱和警示标志",
        "市交通局",
        "2024年第三季度",
        "",
        "",
    ),
    (
        "专项整治",
        "2024-07-18",
        "火车站广场",
        "“黑车”非法营运车辆聚集揽客",
        "联合开展打击“黑车”整治",
        "市交警支队",
        "长期坚持",
        "常态化开展联合整治",
        "",
    ),
]


def write_road(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市交通运输系统安全隐患排查整治台账（截至2024年7月31日）"])
    w.writerow(["填报单位：市交通运输局安全监督科    填报日期：2024年7月31日"])
    w.writerow(
        [
            "序号",
            "隐患来源",
            "交办日期",
            "隐患地点",
            "隐患描述",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改进展",
            "是否销号",
        ]
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共排查隐患7处，已销号2处", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 汛前防洪风险隐患重点问题整改台账, after a city's account of its 汛前准备 (对水库、水闸、险工、蓄滞洪区、物资储备库
# 拉网式排查，发现重点问题，全部建立风险隐患台账和责任清单，已整改完成N处，4月底前全部整改到位; 防汛物资储备; 河湖
# “清四乱”常态化、规范化):
# http://www.dtgdc.com/news/minsheng/2021-04-22/61895.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row, section rows per kind of work (一、水库 …),
# a schedule text as one deadline, 销号情况 as the closure column, a signature line.
FLOOD_SECTIONS = [
    (
        "一、水库",
        [
            (
                "濮阳县渠村水库",
                "溢洪道闸门启闭机锈蚀老化，启闭不灵活",
                "濮阳县水利局",
                "王建设",
                "更换启闭机",
                "2024年6月底前",
                "已完成更换，试运行正常",
                "已销号",
            ),
            (
                "清丰县马庄桥水库",
                "大坝迎水坡发现白蚁危害迹象",
                "清丰县水利局",
                "李国庆",
                "开展白蚁灭治，开挖回填蚁穴",
                "2024年9月30日",
                "已完成白蚁普查，灭治工作正在进行",
                "未销号",
            ),
        ],
    ),
    (
        "二、水闸",
        [
            (
                "金堤河张庄闸",
                "闸门橡胶止水老化，闸底漏水",
                "市水务局",
                "赵红军",
                "更换止水橡皮",
                "5月底前",
                "基本完成",
                "验收合格，已销号",
            ),
            (
                "马颊河南乐段节制闸",
                "节制闸未配备备用发电机组",
                "南乐县水利局",
                "孙立新",
                "配备备用电源",
                "7月20日前",
                "未整改，资金尚未落实",
                "未销号",
            ),
        ],
    ),
    (
        "三、险工险段及物资储备",
        [
            (
                "台前县黄河滩区影唐险工",
                "险工坝垛根石走失，坦石松动",
                "台前县人民政府",
                "刘永刚",
                "抛石加固根石",
                "7月底前完成备料，9月底前全部完成抛石加固",
                "备料已完成60%",
                "未销号",
            ),
            (
                "市防汛物资储备库",
                "编织袋、救生衣储备数量低于定额",
                "市水利局",
                "陈思远",
                "补充采购防汛物资",
                "2024.7.15",
                "",
                "",
            ),
        ],
    ),
    (
        "四、河湖“清四乱”",
        [
            (
                "卫河华龙区段",
                "河道管理范围内违规堆放建筑垃圾约300立方米",
                "华龙区人民政府",
                "周海涛",
                "清理建筑垃圾，恢复河道原貌",
                "2024年7月10日",
                "已清理完毕",
                "",
            ),
            (
                "市级重点河湖",
                "河湖日常巡查频次不足，问题发现不及时",
                "市水利局",
                "陈思远",
                "落实河湖巡查制度",
                "长期坚持",
                "长期坚持，已建立周巡查制度",
                "",
            ),
        ],
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="防汛办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 22, 32, 16, 10, 24, 22, 26, 16])
    b.line(ws, 0, "2024年汛前防洪风险隐患重点问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市防汛抗旱指挥部办公室    统计截至：2024年7月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "工程名称",
            "风险隐患",
            "责任单位",
            "责任人",
            "整改措施",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    r, n = 3, 0
    for heading, rows in FLOOD_SECTIONS:
        b.line(ws, r, heading, 8, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            b.put(ws, r, 0, n, b.center)
            r += 1
    b.line(ws, r + 1, "填报人：陈思远    联系电话：0393-8318765    审核：市防汛抗旱指挥部办公室", 8)
    return b.close()


def write_flood(path: Path) -> Path:
    via_soffice(write_flood_book, path, "ods", "汛前防洪风险隐患重点问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 农村人居环境综合整治重点督办事项落实情况通报, after a city 政府督查室's notice of a 专项督查 (一、重点督办事项, each a
# numbered paragraph ending in （责任单位：国土局、住建局、…）; 二、几点要求: 形成报告，于某日前报市政府督查室):
# https://www.fy58.com/archiver/tid-23118.html
# A .doc (Word 97 via LibreOffice): the items as numbered paragraphs, each naming its 牵头单位 (some by a former name,
# some with 配合单位), a 落实情况 sentence and a 完成时限; the requirements and the signature after them.
RURAL_PARAS = [
    "1.加快推进农村生活垃圾收运处置体系建设，完善“村收集、镇转运、市处理”模式。（牵头单位：市城管执法局；配合"
    "单位：各乡镇人民政府）落实情况：已完成12个乡镇转运站建设，正在配置压缩式收运车辆。完成时限：2024年9月底前。",
    "2.集中整治乱搭乱建、乱堆乱放、乱倒垃圾等问题。（牵头单位：国土局；配合单位：住建局、各乡镇人民政府）落实情况："
    "已拆除违法建筑43处，整治任务已全部完成。完成时限：2024年7月20日前。",
    "3.开展公路沿线村庄风貌提升，整治沿线村屯“脏、乱、差”问题。（牵头单位：农业局）落实情况：尚未启动。完成时限：8月"
    "底前。",
    "4.治理畜禽养殖粪污直排、乱堆现象，推进粪污资源化利用。（牵头单位：畜牧局）落实情况：规模养殖场粪污处理设施配套率"
    "达到95%，剩余3家正在建设。完成时限：10月底前完成设施配套，年底前全部通过验收。",
    "5.实施农村改厨、改厕工程，提升农户居住环境质量。（牵头单位：住建局）完成时限：2024年11月30日前。",
    "6.推进村内主要巷道硬化，解决群众出行“最后一公里”。（牵头单位：交通局）落实情况：已完成，7月12日通过验收。完成"
    "时限：2024年7月15日前。",
    "7.建立村庄保洁长效机制，落实保洁人员和经费。（牵头单位：市农业农村局）落实情况：长期坚持，实行月检查、月通报。"
    "完成时限：长期坚持。",
]


def write_rural_docx(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "关于全市农村人居环境综合整治重点督办事项落实情况的通报")
    _paragraph(doc, "各乡镇人民政府、街道办事处，市直有关部门：")
    _paragraph(
        doc,
        "7月中旬，市政府督查室对全市农村人居环境综合整治工作开展了专项督查。现将重点督办事项落实情况通报如下：",
    )
    _paragraph(doc, "一、重点督办事项落实情况", 16, "黑体")
    for text in RURAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、几点要求", 16, "黑体")
    _paragraph(
        doc,
        "各牵头单位要主动认领、对号入座，对照完成时限倒排工期；尚未启动的事项要说明原因，提出具体措施。各单位于每月"
        "25日前将落实情况（主要负责同志签字并加盖公章）报市政府督查室。",
    )
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_rural(path: Path) -> Path:
    return via_soffice(write_rural_docx, path, "doc", "农村人居环境综合整治重点督办事项落实情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 消防整改通知书整改情况报告表, after a page on what a unit does with a 消防整改通知书 (确认问题点、整改期限; 分析原因;
# 制定整改方案; 提交整改报告; 接受复查) and its table 问题类型 | 常见原因 | 应对建议 (消防设施缺失, 灭火器失效, 安全出口
# 堵塞, 消防通道不畅, 员工消防意识差):
# https://www.rcj99.com/jxuwd/202507/434327.html
# An .xlsx: title naming the unit, a preamble with the notice's date (the base of “30日内”), one header row with
# 问题类型 / 原因分析 / 责任科室 (sections of the unit) / 复查意见 (closure), a signature line without the unit's name.
FIRE_UNIT = "市行政服务中心"
FIRE_ROWS = [
    (
        "消防设施缺失",
        "二楼档案室未按标准配置气体灭火装置",
        "建设时设备未按标准配置",
        "加装七氟丙烷气体灭火装置",
        "后勤保障科",
        "30日内",
        "设备已采购，正在安装调试",
        "",
    ),
    (
        "灭火器失效",
        "一楼办事大厅12具灭火器压力不足",
        "未按月开展检查",
        "更换灭火器，建立月检记录",
        "综合科",
        "2024年7月15日",
        "已全部更换",
        "经复查合格",
    ),
    (
        "安全出口堵塞",
        "东侧安全出口堆放废旧办公桌椅",
        "物品堆放管理不当",
        "清理堆放物，设置禁止堆放标识",
        "物业管理科",
        "立行立改",
        "已清理",
        "复查合格",
    ),
    (
        "消防通道不畅",
        "北侧消防车通道被社会车辆占用",
        "停车管理不到位",
        "施划禁停标线，安排专人值守",
        "物业管理科",
        "2024年7月31日",
        "已施划禁停标线，仍有车辆占用，正在协调交警部门",
        "",
    ),
    (
        "员工消防意识差",
        "窗口工作人员不会使用室内消火栓",
        "缺乏消防培训",
        "开展全员消防培训和疏散演练",
        "人事科",
        "2024年8月底前",
        "",
        "",
    ),
    (
        "消防设施缺失",
        "消防控制室值班人员未持证上岗",
        "人员配置不足",
        "组织值班人员参加职业技能培训取证",
        "后勤保障科",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "消防设施缺失",
        "地下车库部分应急照明灯不亮",
        "维保不及时",
        "更换应急照明灯",
        "后勤保障科",
        "15日内",
        "已完成",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="后勤保障科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 32, 20, 28, 12, 14, 30, 12])
    b.line(ws, 0, f"{FIRE_UNIT}消防安全隐患整改情况报告表", 8, b.title)
    b.line(
        ws,
        1,
        "2024年7月8日，我单位收到市消防救援支队《责令限期改正通知书》（濮消限字〔2024〕第0137号），现将整改情况"
        "报告如下（整改期限按通知书送达之日起计算）：",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类型",
            "存在问题",
            "原因分析",
            "整改措施",
            "责任科室",
            "整改期限",
            "完成情况",
            "复查意见",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 4 + len(FIRE_ROWS)
    b.line(ws, end, "单位（盖章）：                    负责人：张卫东    联系电话：0393-4896120", 8)
    b.line(ws, end + 1, "2024年7月29日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 巡察反馈问题整改台账 from two subsidiaries of a city group, after a group's account of its 第七轮政治巡察 反馈 (三个巡察组
# 分别向所属国贸公司党支部、高特公司党总支、产业研究院党委反馈; 围绕“四个落实”和生产经营方面反馈问题; 落实巡察整改
# 主体责任，确保整改落地见效):
# https://bipartisan-report.com/view/ynyunkenDang/3/161/2760
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line, a two-row header (整改责任 merged over 责任领导 and
# 责任部门, the company's own departments), the 反馈巡察组 beside, schedule texts as deadlines, a signature line.
GROUP_RETURNS = [
    (
        "濮阳市投资集团国际贸易有限公司",
        "第一巡察组",
        [
            (
                "落实党的领导",
                "“三重一大”事项未经党支部前置研究即提交经理层决策",
                "修订议事规则，明确前置研究事项清单",
                "党支部书记 韩志勇",
                "综合办公室",
                "8月底前修订议事规则，9月底前完成全面自查",
                "议事规则已修订印发，正在开展自查",
            ),
            (
                "生产经营",
                "大宗贸易业务应收账款逾期未清收",
                "逐笔建立清收台账，落实清收责任人",
                "总经理 马俊峰",
                "财务部",
                "2024年6月30日",
                "已全部清收到位",
            ),
            (
                "全面从严治党",
                "业务招待费超标准列支，事前审批缺失",
                "清退超标准费用，完善审批流程",
                "纪检委员 宋丽娟",
                "财务部",
                "2024年7月31日",
                "尚未启动",
            ),
            (
                "干部队伍建设",
                "中层干部轮岗交流制度执行不到位",
                "制定轮岗交流计划并常态化执行",
                "党支部书记 韩志勇",
                "人力资源部",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "濮阳市投资集团产业研究院有限公司",
        "第三巡察组",
        [
            (
                "生产经营",
                "科研项目经费未实行单独核算",
                "设立项目辅助账，按项目归集费用",
                "院长 邱文博",
                "财务部",
                "2024年8月31日",
                "",
            ),
            (
                "落实党的领导",
                "党委会议记录不完整，部分议题无表决情况",
                "规范会议记录，补充完善档案",
                "党委书记 许志刚",
                "党群工作部",
                "2024年6月底前",
                "已完成",
            ),
            (
                "生产经营",
                "科技成果转化收益分配制度缺失",
                "制定成果转化收益分配办法",
                "院长 邱文博",
                "科研管理部",
                "7月底前完成制度起草，10月底前提交董事会审议通过",
                "制度初稿已完成，正在征求意见",
            ),
            (
                "生产经营",
                "固定资产账实不符，部分设备无使用记录",
                "开展资产全面盘点，账实核对",
                "副院长 董明",
                "资产管理部",
                "2024年7月20日",
                "进展滞后，盘点工作尚未完成",
            ),
        ],
    ),
]


def write_group_book(path: Path, company: str, team: str, rows: list[tuple]) -> Path:
    b = Book(path, author=company)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 34, 28, 18, 14, 12, 30, 28])
    b.line(ws, 0, "集团党委第七轮巡察反馈问题整改台账", 8, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{company}    报送日期：2024年7月26日", 8)
    for col, word in enumerate(["序号", "问题类别", "巡察反馈问题", "整改措施"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改责任", b.head)
    b.header(ws, 3, ["责任领导", "责任部门"], first=4)
    for col, word in [(6, "反馈巡察组"), (7, "整改时限"), (8, "整改进展")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, (kind, problem, measure, leader, dept, limit, progress) in enumerate(rows, 1):
        r = 3 + i
        b.row(ws, r, [i, kind, problem, measure, leader, dept, team, limit, progress])
        b.put(ws, r, 0, i, b.center)
    b.line(ws, 5 + len(rows), "主要负责人（签字）：            填表人：            联系电话：", 8)
    return b.close()


def write_group(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for company, team, rows in GROUP_RETURNS:
            name = f"巡察反馈问题整改台账（{company}）.xlsx"
            member = write_group_book(Path(tmp) / name, company, team, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 养老机构消防审验问题处置工作进度表, after a province's account of its 养老机构消防审验问题处置 (未取得消防审验手续的
# 养老机构已全部完成排查甄别，其中实施整改工程N家，计划关停N家; 9月底前全部完成专项整改，不合格的坚决关停; 妥善做好
# 老年人分流安置; 完善联合审验和登记备案手续):
# http://www.yjjycn.com/news/show.php?itemid=690
# An .et (Excel 97 via LibreOffice, as WPS saves it): title, 填报单位 line, one header row with 处置方式 and 是否完成
# (是/否), county 民政局 as the 责任单位, a 填表说明 of three lines and a signature line.
CARE_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区康乐养老院",
        "未取得消防验收备案手续，疏散楼梯数量不足",
        "整改",
        "华龙区民政局",
        "9月底前",
        "加建室外疏散楼梯已开工",
        "否",
    ),
    (
        "濮阳县",
        "濮阳县颐和老年公寓",
        "建筑改变使用性质未经消防审验",
        "关停",
        "濮阳县民政局",
        "2024年7月31日",
        "已关停，28名老人已分流安置",
        "是",
    ),
    (
        "清丰县",
        "清丰县福寿康养中心",
        "三层以上老年人居室未安装自动喷水灭火系统",
        "整改",
        "清丰县民政局",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "南乐县",
        "南乐县夕阳红养老院",
        "未设置消防控制室，火灾报警系统未联网",
        "整改",
        "南乐县民政局",
        "2024年9月30日",
        "",
        "否",
    ),
    (
        "市直",
        "市社会福利院",
        "老年楼防火分区不符合现行标准",
        "整改后备案",
        "市民政局",
        "2024.6.30",
        "已完成改造，取得消防验收备案",
        "是",
    ),
    (
        "范县",
        "范县乐龄养老服务中心",
        "厨房与老人居住区之间未进行防火分隔",
        "整改",
        "范县民政局",
        "8月15日前",
        "正在砌筑防火隔墙",
        "否",
    ),
    (
        "台前县",
        "台前县安康敬老院",
        "电气线路老化，私拉乱接现象突出",
        "整改",
        "台前县民政局",
        "2024年7月10日",
        "已完成线路改造",
        "是",
    ),
]


def write_care_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("进度表")
    b.widths(ws, [6, 10, 24, 34, 12, 16, 14, 28, 10])
    b.line(ws, 0, "养老机构消防审验问题处置工作进度表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局养老服务科    截至日期：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "养老机构名称",
            "存在问题",
            "处置方式",
            "责任单位",
            "完成时限",
            "工作进展",
            "是否完成",
        ],
    )
    for i, row in enumerate(CARE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 4 + len(CARE_ROWS)
    b.line(ws, end, "填表说明：1.处置方式填写“整改”“关停”或“整改后备案”；", 8)
    b.line(ws, end + 1, "2.是否完成填写“是”或“否”；", 8)
    b.line(ws, end + 2, "3.完成时限原则上不晚于9月底，关停的须同时说明老年人分流安置情况。", 8)
    b.line(ws, end + 3, "填表人：郭晓敏    审核人：杨振华    联系电话：0393-8990612", 8)
    return b.close()


def write_care(path: Path) -> Path:
    return via_soffice(write_care_book, path, "xls", "养老机构消防审验问题处置工作进度表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 工作纪律暗访发现问题整改情况汇总表, after a city paper's account of a 纪委监察局 “优化月” 工作纪律暗访组 at the
# 市民中心 (卫生局、公安网技、教育局、工商局、住建委窗口长时间无人在岗; 民政局窗口工作人员上网聊天、看影视; 非日常
# 工作制窗口未设置告知群众的标识):
# https://news.xxrb.com.cn/html/2013/xinxiang_0718/127492.html
# A .wps (Word 97 via LibreOffice): title, a preamble giving the 通报 date and “10个工作日内” counted from it, one
# table whose 责任单位 are mostly former names, the 暗访组 beside them, the office and date.
CONDUCT_ROWS = [
    (
        "市民中心卫生局76号窗口",
        "上午9时至10时窗口长时间无人在岗",
        "市卫生局",
        "10个工作日内",
        "已整改：对当事人批评教育，建立AB岗制度",
        "第二暗访组",
    ),
    (
        "市民中心公安网技47号窗口",
        "工作人员脱岗，窗口无人受理业务",
        "市公安局",
        "10个工作日内",
        "整改中，正在修订窗口考勤制度",
        "第二暗访组",
    ),
    (
        "市民中心教育局56号窗口",
        "工作人员离岗未摆放去向牌",
        "市教育局",
        "立行立改",
        "已整改",
        "第二暗访组",
    ),
    (
        "市民中心工商局30号、31号窗口",
        "两个窗口同时无人在岗，群众排队等候",
        "市工商局",
        "10个工作日内",
        "未整改",
        "第一暗访组",
    ),
    (
        "市民中心住建委119号窗口",
        "窗口人员上班时间串岗闲聊",
        "市住建委",
        "2024年7月26日",
        "",
        "第一暗访组",
    ),
    (
        "市民中心民政局13号窗口",
        "工作人员上班时间上网聊天、看影视",
        "市民政局",
        "立行立改",
        "已对当事人通报批评并调离窗口岗位",
        "第一暗访组",
    ),
    (
        "市民中心综合窗口",
        "非日常工作制窗口未设置办公时间告知标识",
        "市行政服务中心",
        "2024年8月15日",
        "正在制作统一告知标识牌",
        "第一暗访组",
    ),
]


def write_conduct_docx(path: Path) -> Path:
    doc = _new_document("市作风办")
    _title(doc, "“作风建设月”工作纪律暗访发现问题整改情况汇总表", 18)
    _paragraph(
        doc,
        "2024年7月16日，市纪委监察局工作纪律暗访组对市民中心各服务窗口进行了暗访，7月17日印发暗访情况通报，"
        "要求各责任单位自通报印发之日起10个工作日内完成整改并书面报告。现将整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CONDUCT_ROWS, 1)]
    _table(doc, ["序号", "暗访地点", "发现问题", "责任单位", "整改时限", "整改落实情况", "暗访组"], body)
    _paragraph(doc, "市作风建设办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_conduct(path: Path) -> Path:
    return via_soffice(write_conduct_docx, path, "doc", "工作纪律暗访发现问题整改情况汇总表.docx")


# ---------------------------------------------------------------------------------------------
# 11. 乡镇集镇文化市场综合执法检查需整改场所清单, after a county paper's account of its 文体新广局执法大队's 综合执法
# 大检查 in the 集镇 (网吧、KTV娱乐场所以及校园周边图书销售店; 非法出版物、未成年人上网、安全管理制度; 当场责令业主
# 限期整改; 检查娱乐场所9家，图书店125家，网吧25家，需整改16家):
# http://badong.cjyun.org/p/29284.html
# A CSV in UTF-8 with BOM: title line, 检查单位 line, header with 下达通知日期 and 整改期限 partly in days from it,
# the 检查人员 at the end, a 注 line.
CULTURE_ROWS = [
    (
        "柳屯镇",
        "网吧",
        "濮阳县柳屯镇极速网吧",
        "违规接纳未成年人上网",
        "2024-07-08",
        "7日内",
        "已整改，复查合格",
        "吴刚、许梅",
    ),
    (
        "柳屯镇",
        "歌舞娱乐场所",
        "濮阳县柳屯镇欢唱KTV",
        "未按规定悬挂娱乐经营许可证",
        "2024-07-08",
        "3日内",
        "已整改",
        "吴刚、许梅",
    ),
    (
        "马庄桥镇",
        "图书销售",
        "清丰县马庄桥镇文华书店",
        "销售无版权页的教辅出版物",
        "2024-07-10",
        "立行立改",
        "已下架收缴，整改完毕",
        "吴刚、许梅",
    ),
    (
        "马庄桥镇",
        "网吧",
        "清丰县马庄桥镇网鱼网咖",
        "未核对登记上网消费者有效身份证件",
        "2024-07-10",
        "15日内",
        "整改中",
        "吴刚、许梅",
    ),
    (
        "千口镇",
        "歌舞娱乐场所",
        "南乐县千口镇金麦克歌厅",
        "消防通道堆放杂物，安全管理制度未上墙",
        "2024-07-15",
        "2024年7月22日",
        "未整改",
        "黄磊、蒋红",
    ),
    (
        "白衣阁乡",
        "图书销售",
        "范县白衣阁乡启明文具书店",
        "校园周边销售含低俗内容的卡牌画册",
        "2024-07-17",
        "7日内",
        "",
        "黄磊、蒋红",
    ),
    (
        "打渔陈镇",
        "网吧",
        "台前县打渔陈镇蓝天网吧",
        "未在显著位置设置未成年人禁入标志",
        "2024-07-19",
        "2024年7月26日",
        "正在制作标志牌",
        "黄磊、蒋红",
    ),
]


def write_culture(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市乡镇集镇文化市场综合执法检查需整改场所清单"])
    w.writerow(["检查单位：市文化市场综合执法支队    检查时间：2024年7月8日—7月19日"])
    w.writerow(
        [
            "序号",
            "乡镇",
            "场所类别",
            "场所名称",
            "存在问题",
            "下达通知日期",
            "整改期限",
            "整改结果",
            "检查人员",
        ]
    )
    for i, row in enumerate(CULTURE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：整改期限中的“N日内”自下达《责令改正通知书》之日起计算。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


FILES = [
    ("濮阳市第三人民医院自查自纠整改情况报告.docx", write_hospital),
    ("城关镇秋季开学民办幼儿园安全检查问题整改台账.xlsx", write_kinder),
    ("随机查餐厅检查发现问题及整改情况登记表.xls", write_diner),
    ("交通运输系统安全隐患排查整治台账.csv", write_road),
    ("汛前防洪风险隐患重点问题整改台账.ods", write_flood),
    ("农村人居环境综合整治重点督办事项落实情况通报.doc", write_rural),
    ("市行政服务中心消防整改情况报告表.xlsx", write_fire),
    ("集团巡察反馈问题整改台账（两家子公司）.zip", write_group),
    ("养老机构消防审验问题处置工作进度表.et", write_care),
    ("工作纪律暗访发现问题整改情况汇总表.wps", write_conduct),
    ("乡镇集镇文化市场执法检查需整改场所清单.csv", write_culture),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

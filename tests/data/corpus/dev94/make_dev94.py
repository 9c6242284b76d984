"""Write the dev94 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a tab-separated text in UTF-16, a .docx with a table, a .doc (Word 97 via LibreOffice) and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev94.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 工业企业安全生产隐患排查治理台账, after a page on what a 安全隐患台账 records (唯一编号、发现日期、排查人员、
# 隐患位置; 隐患描述; 按类型和风险等级分类 (重大、一般); 整改措施、责任人和完成时限; 定期复查):
# https://www.fudaoke.com/exam/3052132.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 over 整改措施/责任单位/整改责任人/整改时限/复查情况),
# 发现日期 an event, 排查人员 the inspectors; dates as text; a signature line.
SAFETY_ROWS = [
    (
        "YH-2024-0701",
        date(2024, 7, 3),
        "张伟、李强",
        "储罐区",
        "储罐区可燃气体报警器3台超期未校验",
        "设备设施",
        "一般",
        "委托有资质机构校验并建立校验台账",
        "濮阳市恒达化工有限公司",
        "王建军",
        "2024.7.15",
        "已复查，整改合格",
    ),
    (
        "YH-2024-0702",
        date(2024, 7, 3),
        "张伟、李强",
        "危化品仓库",
        "危化品仓库内氧化剂与易燃物混存未分区",
        "现场管理",
        "较大",
        "腾出隔离区分区分类存放，设置禁配标识",
        "濮阳市恒达化工有限公司",
        "王建军",
        "2024.7.20",
        "正在整改，隔离区已腾空",
    ),
    (
        "YH-2024-0703",
        date(2024, 7, 5),
        "陈刚",
        "配电室",
        "配电室电缆沟未封堵，防鼠板缺失",
        "设备设施",
        "一般",
        "封堵电缆沟，加装防鼠板",
        "濮阳市鑫源纺织有限公司",
        "刘海",
        "7月底前",
        "",
    ),
    (
        "YH-2024-0704",
        date(2024, 7, 5),
        "陈刚",
        "成品库",
        "成品库消防通道被成品布匹占用",
        "现场管理",
        "一般",
        "清理通道，划定禁放线",
        "濮阳市鑫源纺织有限公司",
        "刘海",
        "2024年7月10日前",
        "未整改",
    ),
    (
        "YH-2024-0705",
        date(2024, 7, 9),
        "赵敏、孙立",
        "装卸区",
        "2名叉车司机特种设备作业人员证过期仍上岗",
        "人员资质",
        "一般",
        "停止作业，组织复训取证",
        "濮阳市通达物流有限公司",
        "马超",
        "2024.8.15",
        "已安排复训考试，待取证",
    ),
    (
        "YH-2024-0706",
        date(2024, 7, 11),
        "赵敏、孙立",
        "抛光车间",
        "铝粉尘抛光车间除尘系统未设锁气卸灰装置",
        "设备设施",
        "重大",
        "停产整改，加装锁气卸灰装置并检测",
        "濮阳市精工金属制品有限公司",
        "郭亮",
        "2024年9月30日前",
        "已停产整改，设备已订购",
    ),
    (
        "YH-2024-0707",
        date(2024, 7, 16),
        "陈刚",
        "办公区",
        "安全生产责任制未覆盖新设岗位",
        "基础管理",
        "一般",
        "修订全员安全生产责任制",
        "濮阳市精工金属制品有限公司",
        "郭亮",
        "8月10日",
        "",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="安全监管科")
    ws = b.sheet("7月台账")
    b.widths(ws, [13, 11, 11, 10, 30, 10, 8, 26, 24, 10, 14, 18])
    b.line(ws, 0, "濮阳市工业企业安全生产隐患排查治理台账（2024年7月）", 11, b.title)
    b.line(ws, 1, "填报单位（盖章）：市应急管理局安全生产基础科            填报日期：2024年7月31日", 11)
    first = ["隐患编号", "发现日期", "排查人员", "隐患位置", "隐患描述", "隐患类型", "风险等级"]
    for c, w in enumerate(first):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 7, 2, 11, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "责任单位", "整改责任人", "整改时限", "复查情况"], first=7)
    for i, row in enumerate(SAFETY_ROWS):
        b.row(ws, 4 + i, list(row))
    end = 4 + len(SAFETY_ROWS)
    b.line(ws, end + 1, "填表人：周晓燕        审核人：韩东        联系电话：0393-8991234", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 预算执行审计发现问题整改情况表, after a page on the 审计检查问题整改报告 (问题清单按严重程度分类（重大、一般）
# 并标注具体出处; 每项问题对应整改措施; 问题-措施-责任人-进度四维表格; 完成时限):
# https://www.fudaoke.com/exam/2947431.html
# An .xls (xlwt): title, 填报单位 and 报送日期 lines, one header row, 一、重大问题 / 二、一般问题 section rows,
# a 合计 row, a 说明 and signature line; former unit names (卫生局, 国土资源局); deadlines as schedule text.
AUDIT_SECTIONS = [
    (
        "一、重大问题",
        [
            (
                "审计报告第二部分（一）",
                "部分专项资金滞留未及时拨付，涉及金额1.2亿元",
                "清理滞留资金，按项目进度拨付",
                "市财政局",
                "李国华",
                "6月30日前完成",
                "已完成，资金已全部拨付到位",
            ),
            (
                "审计报告第三部分（二）",
                "公立医院超标准收取医疗服务项目费用",
                "清退违规收费，开展收费自查",
                "市卫生局",
                "张立新",
                "2024年12月底",
                "正在整改，已退还患者费用86万元",
            ),
            (
                "审计报告第三部分（四）",
                "保障性住房分配审核不严，23户不符合条件家庭违规享受",
                "逐户核查，清退不符合条件家庭",
                "市住建局",
                "王强",
                "第三季度",
                "已清退15户，其余8户正在清退",
            ),
        ],
    ),
    (
        "二、一般问题",
        [
            (
                "审计报告第四部分（一）",
                "公用经费超标准列支会议费",
                "追回超标准列支资金，修订会议费管理办法",
                "市教育局",
                "赵明",
                "2024年8月31日",
                "未整改",
            ),
            (
                "审计报告第四部分（三）",
                "土地出让金欠缴未及时追缴",
                "下达催缴通知，依法申请强制执行",
                "市国土资源局",
                "孙建设",
                "2024年10月31日",
                "已追缴部分款项，余款已申请法院强制执行",
            ),
            (
                "审计报告第四部分（五）",
                "就业补助资金发放台账不健全",
                "补建发放台账，逐笔核对",
                "市人社局",
                "刘芳",
                "2024.5.31",
                "已完成",
            ),
            (
                "审计报告第五部分",
                "预算绩效目标设置不科学，部分指标无法量化",
                "完善绩效目标编制指引",
                "市财政局",
                "李国华",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    head, cell, center = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False, wrap=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "2023年度市本级预算执行审计发现问题整改情况表", title, 0, 8),
        (1, 0, "填报单位：市审计整改工作领导小组办公室（汇总）        报送日期：2024年7月30日", plain, 1, 8),
    ]
    words = [
        "序号",
        "问题出处",
        "审计发现问题",
        "整改措施",
        "责任单位",
        "责任人",
        "整改时限",
        "整改进度",
        "备注",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    r, n = 3, 0
    for section, rows in AUDIT_SECTIONS:
        cells.append((r, 0, section, _xf(bold=True), r, 8))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, center))
            cells += [(r, 1 + c, v, cell) for c, v in enumerate(row)]
            cells.append((r, 8, "", cell))
            r += 1
    cells.append((r, 0, "合计", center, r, 1))
    cells.append((r, 2, "共7个问题，已完成2个，整改中3个", cell, r, 8))
    cells.append((r + 1, 0, "说明：整改进度请如实填写，已完成的需附佐证材料。", plain, r + 1, 8))
    cells.append(
        (r + 2, 0, "填表人：陈静        审核：马卫东        联系电话：0393-8663210", plain, r + 2, 8)
    )
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 企业隐患排查治理台账 (the company's own, its sections named), after a 隐患排查治理台帐管理制度 that lists what
# the 台账 holds (排查时间; 排查的具体部位或场所; 隐患的数量、级别和具体情况; 参加排查的人员及整改部门责任人;
# 隐患复查情况及治理完结时间) and names the 安全质量部 as keeper:
# http://gzzxedu.com/hyzx/mange/system/53938.html
# A .doc (Word 97 via LibreOffice): title and 编制部门 line, a table with those columns and no deadline column,
# 治理完结时间 an event; the unit is the sending company, the rows name its sections.
GAS_ROWS = [
    (
        "2024-04-12",
        "城东门站调压撬区",
        "一般",
        "调压撬区域静电接地线断开1处",
        "安全质量部 刘明",
        "输配管网部 赵磊",
        "复查合格",
        "2024-04-15",
    ),
    (
        "2024-05-08",
        "开州路中压管线",
        "较大",
        "中压管线上方违章搭建彩钢棚占压管道",
        "安全质量部 刘明",
        "输配管网部 赵磊",
        "正在整改，已函告属地街道协调拆除",
        "",
    ),
    (
        "2024-05-21",
        "LNG储配站",
        "一般",
        "储配站罐区喷淋系统末端压力不足",
        "安全质量部 何军",
        "场站运行部 钱伟",
        "",
        "",
    ),
    (
        "2024-06-05",
        "客服中心营业厅",
        "一般",
        "营业厅应急照明灯2盏失效",
        "安全质量部 何军",
        "综合办公室 吴丽",
        "",
        "2024-06-20",
    ),
    (
        "2024-06-18",
        "老城区庭院管网",
        "较大",
        "庭院管网阀井内积水锈蚀严重",
        "安全质量部 刘明",
        "输配管网部 赵磊",
        "未整改，待停气施工窗口",
        "",
    ),
    (
        "2024-06-26",
        "CNG加气站",
        "一般",
        "加气站售气机拉断阀超期未检",
        "安全质量部 何军",
        "场站运行部 钱伟",
        "已送检，复查合格",
        "2024-07-02",
    ),
]


def write_gas_docx(path: Path) -> Path:
    doc = _new_document("安全质量部")
    _title(doc, "市燃气有限公司隐患排查治理台账（2024年第二季度）", 18)
    _paragraph(doc, "编制部门：安全质量部                    统计截止：2024年7月25日", 12)
    header = [
        "序号",
        "排查时间",
        "排查部位或场所",
        "隐患级别",
        "隐患具体情况",
        "排查人员",
        "整改部门及责任人",
        "复查情况",
        "治理完结时间",
    ]
    rows = [[str(i), *row] for i, row in enumerate(GAS_ROWS, 1)]
    _table(doc, header, rows, 9)
    _paragraph(doc, "注：本台账每月提交公司安全管理负责人审核，当月安全生产例会公布。", 12)
    _paragraph(doc, "台账管理人：孙倩        审核：安全总监 范志刚", 12)
    return _save_fixed(doc, path)


def write_gas(path: Path) -> Path:
    return via_soffice(write_gas_docx, path, "doc", "市燃气有限公司隐患排查治理台账.docx")


# ---------------------------------------------------------------------------------------------
# 4. 督查督办事项登记台账, after a 政府督查督办制度 (督查目标办 收集、登记、立项、批转、督办; 立项一事一项, 登记并明确
# 完成时限; 交办至承办科室; 特急件随到随办, 急件3天内办毕; 催办):
# https://360docs.net/doc/891276499.html
# An .et (LibreOffice from .xlsx): title, 统计时间 line, a two-row header with 是否办结 over 是/否 tick columns;
# rows name the office's own 科室, so the unit is the office named in the title; relative and text deadlines.
DUCHA_ROWS = [
    (
        "DB2024-031",
        "县长批示：城区背街小巷路灯不亮问题",
        "领导批示",
        date(2024, 7, 1),
        "急件",
        "3日内",
        "综合科",
        "已协调城管部门修复路灯42盏",
        "√",
        "",
    ),
    (
        "DB2024-032",
        "县政府第12次常务会议议定：制定老旧小区加装电梯补贴办法",
        "常务会议",
        date(2024, 7, 2),
        "一般件",
        "2024年8月15日前",
        "秘书二科",
        "已起草征求意见稿，正在征求部门意见",
        "",
        "√",
    ),
    (
        "DB2024-033",
        "市政府督查室转办：开发区纬三路雨后积水",
        "上级转办",
        date(2024, 7, 5),
        "一般件",
        "7月底前",
        "督查科",
        "",
        "",
        "√",
    ),
    (
        "DB2024-034",
        "县委县政府联席会议议定：筹备三季度重点项目观摩",
        "联席会议",
        date(2024, 7, 8),
        "一般件",
        "第三季度",
        "秘书一科",
        "",
        "",
        "",
    ),
    (
        "DB2024-035",
        "县人大常委会转来：政务服务大厅导办标识不清",
        "上级转办",
        date(2024, 7, 10),
        "一般件",
        "15日内",
        "政务公开科",
        "已更换标识牌，已办结",
        "√",
        "",
    ),
    (
        "DB2024-036",
        "领导交办：清理县政府网站过期栏目",
        "领导交办",
        date(2024, 7, 12),
        "急件",
        "2024年7月20日",
        "政务公开科",
        "正在逐栏目核查",
        "",
        "",
    ),
    (
        "DB2024-037",
        "市长热线督办件：建筑工地拖欠农民工工资协调",
        "上级转办",
        date(2024, 7, 19),
        "急件",
        "2024.7.26",
        "综合科",
        "未启动",
        "",
        "√",
    ),
]


def write_ducha_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("督办台账")
    b.widths(ws, [12, 40, 10, 12, 8, 16, 11, 30, 6, 6])
    b.line(ws, 0, "清丰县人民政府办公室督查督办事项登记台账", 9, b.title)
    b.line(ws, 1, "统计时间：2024年7月1日—7月31日            督查室编", 9)
    first = ["编号", "督办事项", "事项来源", "交办日期", "急缓程度", "办理时限", "承办科室", "办理情况"]
    for c, w in enumerate(first):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否办结", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    for i, row in enumerate(DUCHA_ROWS):
        values = list(row)
        b.row(ws, 4 + i, values[:8])
        b.put(ws, 4 + i, 8, values[8], b.center)
        b.put(ws, 4 + i, 9, values[9], b.center)
    end = 4 + len(DUCHA_ROWS)
    b.line(ws, end + 1, "注：本台账由县政府督查室每周汇总，是否办结栏在对应格内打“√”。", 9)
    b.line(ws, end + 2, "督查员：侯亚楠        审核：县政府办公室副主任 宋振华", 9)
    return b.close()


def write_ducha(path: Path) -> Path:
    return via_soffice(write_ducha_book, path, "et", "督查督办事项登记台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 群众反映问题点评交办整改台账, after a township's report on its 民情账 交办会 (机关干部包村走访收集问题, 按
# "定整改责任人、定整改期限、定整改目标" 交办; 已经解决 / 正在办理中):
# http://www.lxxww.com.cn/content/2014/07/10/6524380.html
# A CSV in GBK: title and 交办时间 lines, one header row naming the town's 站所, a 合计 row and a signature line;
# the town is named only in the title.
TOWN_ROWS = [
    ("东街村", "村东排水沟淤堵，雨季污水漫溢", "疏通排水沟", "村镇建设站", "李卫东", "7月20日前", "已经解决"),
    ("西王村", "村内主街3盏路灯损坏不亮", "恢复照明", "村镇建设站", "王磊", "2024.7.15", "正在办理中"),
    ("马庄村", "低保户年审后补助未按时发放", "按月足额发放", "社会事务办", "张娜", "7月底前", "已经解决"),
    ("后集村", "麦收后秸秆堆放占用村道", "清理村道", "农业服务中心", "赵勇", "8月底前", ""),
    ("前刘村", "饮水井水泵老化，供水时断时续", "更换水泵", "水利站", "刘涛", "2024.8.10", "未办理"),
    (
        "张庄村",
        "村卫生室长期无医生坐诊",
        "保障村民就近就医",
        "社会事务办",
        "孙敏",
        "9月底前",
        "已协调镇卫生院每周派医生坐诊两天，村医正在招聘",
    ),
    ("东街村", "集贸市场周边占道经营", "规范市场秩序", "综合行政执法队", "周强", "长期坚持", "常态化巡查"),
]


def write_town(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县千口镇“记好民情账”群众反映问题交办整改台账"])
    w.writerow(["交办时间：2024年7月8日（镇群众反映问题点评交办会）"])
    w.writerow(["序号", "村别", "反映问题", "整改目标", "责任站所", "整改责任人", "整改期限", "办理情况"])
    for i, row in enumerate(TOWN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共7个问题，已经解决2个，正在办理2个", "", "", "", "", ""])
    w.writerow(["填表人：党政办 杨丽    审核：镇长 孙秦    2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 环境保护督察"回头看"交办举报环境问题办理进展, after a provincial 进展情况通报 (督察组按批次交办群众举报,
# 来电举报/来信举报, 重点关注案件, 移交各地办理; 附 各州市转办统计):
# http://app.baoshan.cn/print.php?contentid=19274
# An .ods (LibreOffice from .xlsx): title and 批次 lines, a two-row header (交办信息 / 办理情况), 交办日期 the base
# of "15个工作日内"; former names (市环保局, 市城管执法局); a 注 and the office at the foot.
ENV_ROWS = [
    (
        "D410900202407080001",
        "来电",
        "是",
        date(2024, 7, 8),
        "华龙区",
        "胜利路某小区楼下烧烤店油烟直排扰民",
        "华龙区人民政府",
        "15个工作日内",
        "属实",
        "已办结。已责令安装油烟净化器并验收",
    ),
    (
        "X410900202407080003",
        "来信",
        "否",
        date(2024, 7, 8),
        "濮阳县",
        "生猪养殖场粪污直排入村边沟渠",
        "濮阳县人民政府",
        "2024年8月20日前",
        "属实",
        "正在整改，已清理沟渠淤泥，粪污收集池正在建设",
    ),
    (
        "D410900202407080009",
        "来电",
        "是",
        date(2024, 7, 8),
        "濮阳工业园区",
        "化工园区夜间刺激性异味扰民",
        "市环保局",
        "8月底前",
        "部分属实",
        "阶段性办结，正在开展走航监测",
    ),
    (
        "D410900202407080012",
        "来电",
        "否",
        date(2024, 7, 8),
        "清丰县",
        "砖厂无环评手续违法生产",
        "清丰县人民政府",
        "15个工作日内",
        "属实",
        "已关停取缔，已销号",
    ),
    (
        "X410900202407080015",
        "来信",
        "否",
        date(2024, 7, 8),
        "华龙区",
        "城郊结合部建筑垃圾随意倾倒",
        "市城管执法局",
        "2024年9月30日前",
        "属实",
        "",
    ),
    (
        "D410900202407080018",
        "来电",
        "是",
        date(2024, 7, 8),
        "台前县",
        "金堤河岸边夜间非法采砂",
        "台前县人民政府",
        "2024年7月25日前",
        "属实",
        "未整改",
    ),
    (
        "D410900202407080021",
        "来电",
        "否",
        date(2024, 7, 8),
        "华龙区",
        "汽修厂喷漆房无废气处理设施",
        "市生态环境局",
        "2024-08-15",
        "待核实",
        "调查核实中，已现场检查并采样",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("第三批")
    b.widths(ws, [22, 8, 10, 12, 12, 34, 16, 16, 10, 36])
    b.line(ws, 0, "濮阳市办理省生态环境保护督察“回头看”交办举报环境问题进展情况", 9, b.title)
    b.line(ws, 1, "（第三批  交办时间：2024年7月8日  截至2024年7月30日）", 9)
    b.merge(ws, 2, 0, 2, 5, "交办信息", b.head)
    b.merge(ws, 2, 6, 2, 9, "办理情况", b.head)
    words = ["受理编号", "举报方式", "重点关注", "交办日期", "所属县区", "举报内容"]
    words += ["责任单位", "办理时限", "核实情况", "办理进展"]
    b.header(ws, 3, words)
    for i, row in enumerate(ENV_ROWS):
        b.row(ws, 4 + i, list(row))
    end = 4 + len(ENV_ROWS)
    b.line(ws, end + 1, "注：办理时限自交办之日起计算；本批次共交办7件，已办结2件。", 9)
    b.line(ws, end + 2, "濮阳市生态环境保护督察整改工作领导小组办公室    2024年7月30日", 9, b.right)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "督察回头看交办件办理进展.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 12345热线工单导出, after a work-order system's 工单列表 (工单编号、工单类型、工单状态 (待分配、已分配、已处理、
# 已结单)、所属项目、建单人、建单时间; 选中工单导出Excel):
# https://github.com/dgiot/dgiot_doc/blob/61e0883e542ff8691bc552be24c474f8e397d70f/i18n/zh-cn/docusaurus-plugin-content-docs/current/product_doc/docs/cloud_operations/all_work_order.md
# A tab-separated text in UTF-16 (what an export saves): one header row, 建单时间 the base of "N个工作日",
# 建单人 the operator; short unit names (自来水公司, 公交公司, 供电公司).
HOTLINE_ROWS = [
    (
        "GD20240701008",
        "投诉",
        "已结单",
        "小区物业私自上调地面停车费",
        "市住建局",
        "话务员07",
        "2024-07-01 10:02",
        "15个工作日",
    ),
    (
        "GD20240715031",
        "求助",
        "已结单",
        "老城片区连续两天停水未提前通知",
        "自来水公司",
        "话务员12",
        "2024-07-15 08:41",
        "10个工作日",
    ),
    (
        "GD20240722017",
        "投诉",
        "处理中",
        "超市货架销售过期酸奶",
        "市市场监管局",
        "话务员03",
        "2024-07-22 14:20",
        "5个工作日",
    ),
    (
        "GD20240724006",
        "求助",
        "处理中",
        "村内电压不稳空调无法启动",
        "供电公司",
        "话务员07",
        "2024-07-24 19:55",
        "5个工作日",
    ),
    (
        "GD20240710044",
        "投诉",
        "超期未办结",
        "8路公交车多次跳站不停靠",
        "公交公司",
        "话务员21",
        "2024-07-10 09:13",
        "2024-07-24",
    ),
    (
        "GD20240726012",
        "投诉",
        "",
        "用人单位拖欠工资三个月",
        "市人社局",
        "话务员12",
        "2024-07-26 16:37",
        "5个工作日",
    ),
    (
        "GD20240718020",
        "投诉",
        "已结单",
        "夜间渣土车轰鸣噪音扰民",
        "华龙区政府",
        "话务员03",
        "2024-07-18 22:48",
        "7个工作日",
    ),
]


def write_hotline(path: Path) -> Path:
    words = ["工单编号", "工单类型", "工单状态", "诉求内容", "承办单位", "建单人", "建单时间", "办理时限"]
    lines = ["\t".join(words)] + ["\t".join(row) for row in HOTLINE_ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 人大代表建议办理情况一览表, after a 人大知识 page on handling 代表建议、批评和意见 (答复 按统一格式, 办理情况分类
# 注明 A类已经解决或者基本解决, B类正在解决或列入规划, C类待以后解决, D类留作参考; 联名建议分别答复):
# http://www.hhrd.net/html/rdzs/2007-11-14/07111491944KKJ1KJ2H7D13191K95I2_2.html
# A .docx with a title, a 说明 paragraph, a table whose 领衔代表 and 协办单位 sit beside the 主办单位, 交办日期 the base
# of "3个月内", former names (卫计委, 农委, 文广新局, 水务局); an A–D 注 and a 盖章 line.
NPC_ROWS = [
    (
        "第0012号",
        "关于增开城乡公交线路方便农村学生上学的建议",
        "王秀兰",
        "市交通局",
        "市教育局",
        "2024-04-10",
        "3个月内",
        "已答复（A类），新开通城乡公交线路2条",
    ),
    (
        "第0027号",
        "关于加强乡镇卫生院全科医生配备的建议",
        "李长河",
        "市卫计委",
        "市人社局",
        "2024-04-10",
        "3个月内",
        "正在办理，已与代表当面沟通",
    ),
    (
        "第0035号",
        "关于扶持设施农业发展的建议",
        "刘宝山",
        "市农委",
        "市财政局",
        "2024-04-10",
        "延期至2024年8月31日",
        "正在办理",
    ),
    (
        "第0041号",
        "关于保护利用戚城遗址的建议",
        "陈瑞芳",
        "市文广新局",
        "市自然资源和规划局",
        "2024-04-10",
        "3个月内",
        "已答复（A类）",
    ),
    (
        "第0053号",
        "关于治理城区内涝积水点的建议",
        "赵国庆",
        "市水务局",
        "市城市管理局",
        "2024-04-10",
        "3个月内",
        "尚未办理",
    ),
    (
        "第0066号",
        "关于推进公共场所无障碍设施改造的建议",
        "孟凡英",
        "市残联",
        "市住房和城乡建设局",
        "2024-05-20",
        "3个月内",
        "",
    ),
    (
        "第0070号",
        "关于规范校外培训机构收费的建议",
        "杨晓东",
        "市教育局",
        "市市场监督管理局",
        "2024-04-10",
        "3个月内",
        "已答复（A类），已出台校外培训收费监管办法",
    ),
]


def write_npc(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "市十届人大三次会议代表建议办理情况一览表", 18)
    _paragraph(
        doc,
        "根据代表法和建议办理有关规定，承办单位应在交办之日起3个月内办理完毕并书面答复代表。"
        "现将截至2024年7月31日的办理情况汇总如下。",
        12,
    )
    header = [
        "序号",
        "建议号",
        "建议题目",
        "领衔代表",
        "主办单位",
        "协办单位",
        "交办日期",
        "答复期限",
        "办理情况",
    ]
    rows = [[str(i), *row] for i, row in enumerate(NPC_ROWS, 1)]
    _table(doc, header, rows, 9)
    _paragraph(
        doc,
        "注：办理结果分类：A类，所提问题已经解决或者基本解决；B类，所提问题正在解决或者列入规划逐步解决；"
        "C类，因条件限制需待以后解决；D类，留作参考。",
        10.5,
    )
    _paragraph(doc, "市人民政府督查室（盖章）        2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改台账 (a college's own), after a college's 党委巡察工作规程 (巡察组反馈, 被巡察单位制定整改方案,
# 建立问题、任务、责任清单; 整改落实情况报告; 巡察办督促检查, 对整改情况评估、销号):
# https://www.succ.edu.cn/xb/Home/News/view/xwid/f5348cf8b1a4c64a44223ef35e9b6ff5
# An .xlsx: title naming the college, 填报 line, a two-row header with 整改进展 over 已完成/推进中/未启动 tick
# columns, 一、二、三 section rows, the college's own 部门 as 责任部门, a 销号 column, a 填表说明 and signature.
PATROL_SECTIONS = [
    (
        "一、党的领导和党的建设方面",
        [
            (
                "二级党组织“三会一课”记录不规范、不完整",
                "规范记录，开展专项检查",
                "组织部",
                "张海涛",
                "2024年6月底前",
                "√",
                "",
                "",
                "已销号",
            ),
            (
                "意识形态阵地管理存在薄弱环节，部分讲座报告会审批不严",
                "修订讲座论坛管理办法，落实一会一报",
                "宣传部",
                "李春燕",
                "2024年5月底前制定制度，8月底前全部完成",
                "",
                "√",
                "",
                "",
            ),
            (
                "干部人事档案专项审核发现问题整改不到位",
                "建立档案审核常态机制",
                "组织部",
                "张海涛",
                "长期坚持",
                "",
                "",
                "",
                "常态化推进",
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "公务接待存在超标准现象",
                "追回超标准费用，修订接待管理规定",
                "财务处",
                "王德明",
                "年底前",
                "",
                "",
                "√",
                "",
            ),
            (
                "科研经费报销审核把关不严",
                "开展科研经费专项检查",
                "科研处",
                "周晓峰",
                "2024年6-9月",
                "",
                "√",
                "",
                "",
            ),
            (
                "学生宿舍维修工程变更签证程序不规范",
                "完善工程变更签证审批流程",
                "基建处",
                "吴俊",
                "2024.7.31",
                "",
                "",
                "",
                "复查通过，已销号",
            ),
        ],
    ),
    (
        "三、巡察整改和成果运用方面",
        [
            (
                "学生资助资金发放公示不及时",
                "建立资助资金发放公示制度",
                "学生工作处",
                "郑丽",
                "2024年7月15日前",
                "",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 36, 30, 11, 10, 22, 7, 7, 7, 16])
    b.line(ws, 0, "濮阳职业技术学院党委第二轮巡察反馈问题整改台账", 9, b.title)
    b.line(ws, 1, "填报部门：党委巡察工作办公室        填报时间：2024年7月26日", 9)
    first = ["序号", "巡察反馈问题", "整改措施", "责任部门", "责任领导", "整改时限"]
    for c, w in enumerate(first):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改进展", b.head)
    b.header(ws, 3, ["已完成", "推进中", "未启动"], first=6)
    b.merge(ws, 2, 9, 3, 9, "销号情况", b.head)
    r, n = 4, 0
    for section, rows in PATROL_SECTIONS:
        b.merge(ws, r, 0, r, 9, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:5]), first=1)
            for c, tick in enumerate(row[5:8]):
                b.put(ws, r, 6 + c, tick, b.center)
            b.put(ws, r, 9, row[8])
            r += 1
    b.line(ws, r + 1, "填表说明：整改进展在对应栏内打“√”；销号情况由巡察办评估后填写。", 9)
    b.line(ws, r + 2, "填表人：徐静        审核人：巡察办主任 冯建国        联系电话：0393-4412345", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 企业诉求办理台账 (two counties' returns in one .zip), after an article on 县域企业诉求响应机制 (诉求渠道分散:
# 热线、邮箱、线上端口; 收集、交办、办理、反馈; 办理时限; 企业满意情形):
# http://www.thearxiv.net/2025/122/dd0c20251220012.html
# A .zip of two .xlsx, each with a 填报单位 line, one header row with 诉求企业 (the complainant) beside the 承办单位,
# 受理日期 the base of "N个工作日", a 企业评价 column; county units written out in full.
BIZ_RETURNS = [
    (
        "清丰县",
        "清丰县优化营商环境工作领导小组办公室",
        [
            (
                "濮阳宏业食品有限公司",
                "走访",
                "新建冷库用电报装进度慢",
                date(2024, 7, 2),
                "国网清丰县供电公司",
                "10个工作日",
                "已送电，已办结",
                "满意",
            ),
            (
                "清丰县华瑞家具有限公司",
                "营商热线",
                "增值税留抵退税申请审核时间长",
                date(2024, 7, 5),
                "国家税务总局清丰县税务局",
                "2024年7月20日",
                "已办结",
                "基本满意",
            ),
            (
                "清丰县鑫达建材有限公司",
                "政企通",
                "厂区土地证办理遇历史遗留问题",
                date(2024, 7, 9),
                "清丰县自然资源局",
                "2024年12月31日前",
                "正在协调，已召开专题会议",
                "",
            ),
            (
                "濮阳绿源农业科技有限公司",
                "走访",
                "惠企补贴资金未兑现",
                date(2024, 7, 11),
                "清丰县财政局",
                "7月底前",
                "未办理",
                "",
            ),
        ],
    ),
    (
        "南乐县",
        "南乐县营商环境服务中心",
        [
            (
                "南乐县恒信机械有限公司",
                "营商热线",
                "招聘数控技术工人难",
                date(2024, 7, 3),
                "南乐县人力资源和社会保障局",
                "长期坚持",
                "常态化组织专场招聘会",
                "",
            ),
            (
                "濮阳市昌盛生物科技有限公司",
                "走访",
                "园区道路破损影响货车通行",
                date(2024, 7, 8),
                "南乐县产业集聚区管理委员会",
                "2024年8月15日",
                "",
                "",
            ),
            (
                "南乐县金穗面业有限公司",
                "政企通",
                "食品生产许可证延续要求重复提交材料",
                date(2024, 7, 15),
                "南乐县市场监督管理局",
                "5个工作日",
                "已办结，已取消重复材料要求",
                "满意",
            ),
            (
                "南乐县宏达物流有限公司",
                "营商热线",
                "物流园区周边夜间照明不足",
                date(2024, 7, 17),
                "南乐县城市管理局",
                "2024.8.31",
                "路灯安装施工中",
                "",
            ),
        ],
    ),
]


def write_biz_book(path: Path, county: str, sender: str, rows: list[tuple]) -> Path:
    b = Book(path, author=sender)
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 26, 10, 34, 12, 26, 16, 26, 10])
    b.line(ws, 0, f"{county}企业诉求收集交办办理台账（2024年7月）", 8, b.title)
    b.line(ws, 1, f"填报单位：{sender}        填报日期：2024年7月30日", 8)
    words = [
        "序号",
        "诉求企业",
        "诉求渠道",
        "诉求内容",
        "受理日期",
        "承办单位",
        "办结时限",
        "办理进展",
        "企业评价",
    ]
    b.header(ws, 2, words)
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "填表人：            分管领导：            联系电话：", 8)
    return b.close()


def write_biz(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for county, sender, rows in BIZ_RETURNS:
            name = f"{county}企业诉求办理台账.xlsx"
            member = write_biz_book(Path(tmp) / name, county, sender, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("工业企业安全生产隐患排查治理台账（2024年7月）.xlsx", write_safety),
    ("2023年度预算执行审计发现问题整改情况表.xls", write_audit),
    ("市燃气有限公司隐患排查治理台账（二季度）.doc", write_gas),
    ("督查督办事项登记台账（7月）.et", write_ducha),
    ("群众反映问题交办整改台账.csv", write_town),
    ("督察回头看第三批交办件办理进展.ods", write_env),
    ("12345工单导出_20240731.tsv", write_hotline),
    ("市十届人大三次会议代表建议办理情况一览表.docx", write_npc),
    ("第二轮巡察反馈问题整改台账.xlsx", write_patrol),
    ("企业诉求办理台账（清丰县、南乐县）.zip", write_biz),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

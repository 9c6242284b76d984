"""Write the aside51 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: two .xlsx, an .xls (xlwt), an .et (Excel 97 via LibreOffice), an .ods (LibreOffice conversion), a CSV in
GBK, a .docx with a table, a .doc with a table, a .wps whose items are numbered paragraphs (Word 97 via
LibreOffice) and a .zip holding two .xlsx returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside51.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 20, 0)
ZIP_TIME = (2024, 7, 31, 16, 20, 0)


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


def _zip_members(path: Path, members: list[tuple[str, bytes]]) -> Path:
    """Write a .zip with fixed member times, in the order given."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return path


# ---------------------------------------------------------------------------------------------
# 1. 医院感染管理质量督查持续改进反馈表, after a hospital's 医院感染管理质量督查持续改进反馈表 (督查时间 / 督查部门: 医院感染
# 管理科 / 督查人员 / 督查范围: 全院各科室; 手卫生、消毒隔离、医疗废物管理; 督查发现 → 改进措施):
# https://360docs.net/doc/0a5386112.html
# An .xlsx: the hospital named only in the title, a 督查时间/督查部门 line, a two-row merged header (督查情况 over
# 科室/项目/发现问题/督查人, 科室整改反馈 over 措施/责任人/时限/持续改进情况), a 注 line and a signature line.
INFECTION_ROWS = [
    (
        "重症医学科",
        "手卫生",
        "医务人员接触患者前手卫生依从率仅为72%",
        "李敏",
        "每日抽查手卫生执行情况，纳入科室绩效",
        "张丽华",
        "2024.7.15",
        "已完成，7月16日复查依从率达到92%",
    ),
    (
        "手术室",
        "消毒隔离",
        "术间物体表面消毒登记不完整",
        "李敏",
        "重新制定术间消毒登记表，专人核查",
        "王春燕",
        "7月底前",
        "正在整改，新登记表已启用",
    ),
    (
        "检验科",
        "医疗废物管理",
        "医疗废物暂存点未张贴警示标识",
        "赵卫东",
        "张贴医疗废物警示标识",
        "刘建新",
        "2024年7月10日前完成",
        "已张贴，经感染管理科复查合格",
    ),
    (
        "消化内镜中心",
        "消毒隔离",
        "内镜清洗消毒后未按月开展生物学监测",
        "赵卫东",
        "每月开展生物学监测并留存报告",
        "孙晓峰",
        "2024年8月31日",
        "",
    ),
    (
        "口腔科",
        "消毒隔离",
        "口腔器械未做到一人一用一灭菌",
        "李敏",
        "增购手机及器械，集中送供应室灭菌",
        "陈国庆",
        "8月15日前完成",
        "未整改",
    ),
    (
        "血液透析室",
        "消毒隔离",
        "透析机表面消毒频次不足",
        "赵卫东",
        "每班次治疗结束后消毒并登记",
        "周雪梅",
        "长期坚持",
        "常态化推进，每班次消毒登记",
    ),
    (
        "新生儿科",
        "消毒隔离",
        "多重耐药菌感染患儿未单间隔离",
        "李敏",
        "设置隔离病房，执行接触隔离",
        "韩冰",
        "2024年9月底前",
        "已协调腾出2间病房，正在改造为隔离病房",
    ),
]


def write_infection(path: Path) -> Path:
    b = Book(path, author="感染管理科")
    ws = b.sheet("7月督查")
    b.widths(ws, [6, 14, 12, 34, 10, 30, 10, 18, 32])
    b.line(ws, 0, "濮阳市安阳地区医院医院感染管理质量督查持续改进反馈表", 8, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月1日至7月19日    督查部门：医院感染管理科    督查范围：全院各临床、医技科室",
        8,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "督查情况", b.head)
    b.merge(ws, 2, 5, 2, 8, "科室整改反馈", b.head)
    b.header(ws, 3, ["被督查科室", "督查项目", "督查发现问题", "督查人"], first=1)
    b.header(ws, 3, ["整改措施", "整改责任人", "整改时限", "持续改进情况"], first=5)
    for i, row in enumerate(INFECTION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(INFECTION_ROWS)
    b.line(
        ws,
        end,
        "注：持续改进情况由被督查科室填写，感染管理科复查后签字确认；未按时限整改的纳入月度质量考核。",
        8,
    )
    b.line(
        ws, end + 1, "科室负责人签字：              感染管理科复查人：              日期：2024年7月26日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学校安全隐患排查及整改情况, after a 镇中心学校's 2024年春季学期安全隐患排查及整改情况报告 (排查范围 教学楼、宿舍楼、
# 食堂、操场、围墙及校园周边; 消防、用电、食品、交通安全; 排查时间 6月25日至6月28日; 整改措施和效果):
# http://bigxun.com/view/1853296238964871170
# An .xlsx: title, 填报单位/排查时间 line, one header row (排查区域 / 隐患类别 / 隐患描述 / 整改措施 / 责任单位 / 整改时限 /
# 整改结果 / 验收人), a 合计 row and the signature line.
SCHOOL_ROWS = [
    (
        "教学楼",
        "校舍安全",
        "教学楼二楼走廊护栏高度不足1.1米",
        "加高护栏至1.2米",
        "华龙区岳村镇中心学校",
        "2024.7.15",
        "已完成加高，经验收合格",
        "王振华",
    ),
    (
        "校园周边",
        "交通安全",
        "校门口道路缺少减速带和学校区域警示标志",
        "协调设置减速带、警示标志",
        "市交警支队",
        "8月底前",
        "交警部门已现场勘查，待施工",
        "王振华",
    ),
    (
        "学生宿舍",
        "用电安全",
        "学生宿舍配电箱线路老化、未安装漏电保护器",
        "更换线路，加装漏电保护器",
        "华龙区岳村镇中心学校",
        "2024年8月20日前",
        "正在更换线路",
        "李红梅",
    ),
    (
        "食堂",
        "燃气安全",
        "食堂燃气管道未安装可燃气体泄漏报警装置",
        "安装报警及切断装置",
        "市燃气公司",
        "7月20日前",
        "未整改",
        "李红梅",
    ),
    (
        "校园周边",
        "周边环境",
        "学校东侧围墙外有流动摊贩占道经营",
        "上下学时段巡查劝离",
        "城管局",
        "长期坚持",
        "常态化巡查",
        "王振华",
    ),
    (
        "实验楼",
        "消防安全",
        "实验楼部分灭火器压力不足、已过检验期",
        "更换灭火器",
        "华龙区岳村镇中心学校",
        "2024年7月5日",
        "",
        "赵明",
    ),
    (
        "生活区",
        "饮水安全",
        "学校自备水井水质未定期检测",
        "接入市政供水管网",
        "市自来水公司",
        "2024年9月30日",
        "已接入市政供水管网，自备井已封停",
        "赵明",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="岳村镇中心学校")
    ws = b.sheet("隐患排查整改")
    b.widths(ws, [6, 12, 12, 36, 26, 22, 16, 30, 10])
    b.line(ws, 0, "2024年春季学期安全隐患排查及整改情况统计表", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：华龙区岳村镇中心学校    排查时间：2024年6月25日—6月28日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查区域",
            "隐患类别",
            "隐患描述",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改结果",
            "验收人",
        ],
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(SCHOOL_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 8, "排查隐患7处，已整改2处，正在整改2处")
    b.line(
        ws, r + 2, "填表人：王振华    校长（签字）：    联系电话：0393-8612357    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 重大火灾隐患和突出消防安全问题整改情况检查表, after a city 专项检查组's account of its check of 重大火灾隐患和突出
# 消防安全问题 (是否明确整改时限; 主管部门是否履行监管责任; 隐患单位是否明确整改措施、落实整改资金、明确整改责任人、
# 落实整改期间临时防护措施): https://0554.net/a/147.html
# An .xls (xlwt): title, 检查组/检查时间 line, a two-row header with 是/否 tick columns under 是否整改完毕, the
# 整改责任单位 beside the 行业主管部门, a 合计 row, a 注 line and the signature line.
FIRE_ROWS = [
    (
        "华龙区胜利路农贸市场",
        "市场内电动自行车集中充电区未设置自动灭火设施",
        "濮阳市胜利路农贸市场管理有限公司",
        "市市场监督管理局",
        "2024年8月31日",
        "充电区增设灭火器和专人值守",
        "",
        "√",
        "正在安装自动喷淋",
    ),
    (
        "众意公交东区停车场",
        "公交车夜间充电区与调度办公区未做防火分隔",
        "众意公交公司",
        "市交通运输局",
        "2024.7.20",
        "充电时段办公区停用",
        "√",
        "",
        "已砌筑防火墙，经消防救援支队复查合格",
    ),
    (
        "濮阳县文留镇敬老院",
        "敬老院厨房与老人居室之间未设置防火门",
        "濮阳县文留镇人民政府",
        "市民政局",
        "8月15日前",
        "厨房夜间断电断气",
        "",
        "√",
        "",
    ),
    (
        "清丰县宏达纺织有限公司",
        "生产车间与员工宿舍设置在同一建筑内",
        "清丰县宏达纺织有限公司",
        "市工业和信息化局",
        "2024年9月底前",
        "宿舍安装独立式烟感报警器",
        "",
        "√",
        "员工已搬离，车间防火分隔正在施工",
    ),
    (
        "龙都商厦",
        "商场疏散楼梯间堆放杂物，常闭式防火门处于开启状态",
        "濮阳市龙都商厦有限公司",
        "市商务局",
        "2024年7月26日",
        "—",
        "√",
        "",
        "当场清理，已整改",
    ),
    (
        "南乐县人民医院住院楼",
        "住院楼火灾自动报警系统部分探测器故障",
        "南乐县人民医院",
        "市卫生健康委员会",
        "2024年8月10日",
        "增加夜间防火巡查频次",
        "",
        "√",
        "已签订维保合同，正在更换探测器",
    ),
    (
        "范县金桥宾馆",
        "宾馆客房外窗设置影响逃生和灭火救援的金属防盗网",
        "范县金桥宾馆",
        "市文化广电和旅游局",
        "2024年7月31日",
        "—",
        "√",
        "",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "重大火灾隐患和突出消防安全问题整改情况检查表", t, 0, 10),
        (1, 0, "检查组：第三专项检查组    检查时间：2024年7月23日至7月26日", plain, 1, 10),
    ]
    for col, word in enumerate(
        ["序号", "隐患单位（场所）", "存在问题", "整改责任单位", "行业主管部门", "整改时限", "临时防护措施"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "是否整改完毕", h, 2, 8), (3, 7, "是", h), (3, 8, "否", h), (2, 9, "备注", h, 3, 9)]
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (7, 8) else c))
    r = 4 + len(FIRE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查隐患单位7家", c, r, 6),
        (r, 7, "3", ctr),
        (r, 8, "4", ctr),
        (r, 9, "", c),
        (r + 1, 0, "注：在“是”或“否”栏内打“√”；未整改完毕的在备注栏说明进展。", plain, r + 1, 10),
        (r + 2, 0, "检查组组长：              填表人：              2024年7月26日", plain, r + 2, 10),
    ]
    return _write_xls(path, [("检查表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 公路设施安全隐患排查治理台账, after a 省交通集团 branch company's account of its 公路设施安全隐患专项治理 (桥涵、
# 桥下空间、路面、标线、交通安全设施、机电设施6方面; 建立隐患台账; 一般隐患现场整改、现场销号; 其它隐患明确整改时限、
# 整改责任人, 按时限节点核查销号): http://124.115.170.173/show_wap/237956
# An .et (Excel 97 via LibreOffice): title, 填报单位 line naming the company, one header row with 责任部门 (the
# company's own departments), 排查日期 (an event), 完成时间 and 销号情况, a 说明 line and a signature line.
ROAD_ROWS = [
    (
        date(2024, 7, 2),
        "桥涵",
        "K23+500处中桥伸缩缝橡胶条脱落",
        "更换伸缩缝橡胶条",
        "养护工程部",
        "刘志强",
        "2024年7月12日",
        "已更换",
        None,
        "已销号",
    ),
    (
        date(2024, 7, 2),
        "桥下空间",
        "K41+200跨线桥下堆放废旧轮胎等可燃物",
        "清理桥下堆积物，设置禁止堆放标志",
        "路政管理大队",
        "张卫国",
        "2024.7.20",
        "",
        date(2024, 7, 18),
        "",
    ),
    (
        date(2024, 7, 3),
        "路面",
        "K56+800至K57+300段路面车辙深度超标",
        "铣刨重铺上面层",
        "养护工程部",
        "刘志强",
        "7月底前完成方案，9月底前完成整改",
        "方案已批复，正在组织施工",
        None,
        "未销号",
    ),
    (
        date(2024, 7, 3),
        "标线",
        "互通立交匝道出口导向标线磨损不清",
        "重新施划标线",
        "养护工程部",
        "马红军",
        "2024年8月15日",
        "",
        None,
        "",
    ),
    (
        date(2024, 7, 5),
        "交通安全设施",
        "中央分隔带护栏端头未做外展处理",
        "护栏端头改造为外展式",
        "安全管理部",
        "郭建设",
        "2024年10月底前",
        "未启动",
        None,
        "未销号",
    ),
    (
        date(2024, 7, 5),
        "机电设施",
        "主线收费站监控摄像机3台故障离线",
        "更换摄像机",
        "机电信息中心",
        "吴海涛",
        "2024年7月25日",
        "已更换摄像机，恢复在线",
        date(2024, 7, 22),
        "已销号",
    ),
    (
        date(2024, 7, 8),
        "路面",
        "服务区匝道排水沟淤塞，雨天路面积水",
        "每月清掏排水沟",
        "服务区管理部",
        "杨丽",
        "长期坚持",
        "常态化清掏",
        None,
        "",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="安全管理部")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 14, 34, 26, 14, 10, 24, 24, 12, 10])
    b.line(ws, 0, "公路设施安全隐患排查治理台账", 10, b.title)
    b.line(ws, 1, "填报单位：河南交通投资集团有限公司濮阳分公司（盖章）    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查日期",
            "隐患类别",
            "隐患描述",
            "整改措施",
            "责任部门",
            "整改责任人",
            "整改时限",
            "整改情况",
            "完成时间",
            "销号情况",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(ROAD_ROWS)
    b.line(ws, r, "说明：一般隐患现场整改、现场销号；其他隐患制定整改方案，按时限节点核查销号。", 10)
    b.line(ws, r + 1, "填表人：郭建设    审核人：            联系电话：0393-8867105", 10)
    return b.close()


def write_road(path: Path) -> Path:
    return via_soffice(write_road_book, path, "xls", "公路设施安全隐患排查治理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 农田水利设施排查整改进展情况, after a city paper's account of the 农田水利设施排查整改工作专班 (省级统筹、市级抓总、
# 县级组织、乡镇实施; 市级工作专班指导组督促指导各县(市、区); 整改好移交给农业农村部门; 一级一级验收; 长效管护机制):
# http://www.zhld.com/szb/pc/col/202104/30/content_149341.html
# An .ods (LibreOffice conversion): title, 截至 line, a two-row merged header, 县（区） cells merged down the rows,
# a 指导组 column beside the 责任单位, a 验收移交情况 closure column, a 注 line and the office at the foot.
FARM_ROWS = [
    (
        "濮阳县",
        "机井",
        "柳屯镇8眼灌溉机井井房损毁、配电设施被盗",
        "濮阳县柳屯镇人民政府",
        "第一指导组",
        "修复井房，补装配电箱",
        "2024年6月底",
        "已完成修复",
        "已验收，已移交",
    ),
    (
        "濮阳县",
        "灌溉管道",
        "渠村乡地埋管道出水口损坏漏水",
        "濮阳县渠村乡人民政府",
        "第一指导组",
        "更换出水口",
        "2024年8月15日前",
        "",
        "",
    ),
    (
        "清丰县",
        "渠道",
        "韩村镇3公里斗渠淤积堵塞，过水不畅",
        "清丰县韩村镇人民政府",
        "第二指导组",
        "清淤疏浚",
        "2024年8月底前",
        "正在清淤，已完成1.8公里",
        "",
    ),
    (
        "清丰县",
        "排水沟",
        "马庄桥镇排水沟被侵占种植，排涝功能下降",
        "清丰县马庄桥镇人民政府",
        "第二指导组",
        "清除沟内种植物，恢复断面",
        "2024年7月31日",
        "基本完成",
        "验收合格，已移交农业农村部门",
    ),
    (
        "南乐县",
        "泵站",
        "杨村乡提灌站水泵老化无法启动",
        "市水务局",
        "第三指导组",
        "更换水泵机组",
        "2024年6-9月",
        "未启动",
        "",
    ),
    (
        "范县",
        "桥涵",
        "陈庄镇田间生产桥涵2座垮塌",
        "市农委",
        "第三指导组",
        "拆除重建",
        "10月底前",
        "设计方案已完成，正在招标",
        "",
    ),
    (
        "台前县",
        "管护机制",
        "打渔陈镇高标准农田项目建成后管护主体不明确",
        "台前县打渔陈镇人民政府",
        "第四指导组",
        "明确村级管护主体",
        "长期坚持",
        "已建立村级管护队伍，常态化推进",
        "",
    ),
    (
        "华龙区",
        "机井",
        "孟轲乡机井井口未加盖，存在坠落隐患",
        "华龙区孟轲乡人民政府",
        "第四指导组",
        "井口加装防护盖",
        "2024年7月10日",
        "已全部加盖",
        "",
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="专班办公室")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 10, 12, 36, 24, 12, 26, 16, 26, 24])
    b.line(ws, 0, "全市农田水利设施排查整改进展情况表", 9, b.title)
    b.line(ws, 1, "（截至2024年7月31日）", 9, b.right)
    for col, word in [(0, "序号"), (1, "县（区）")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "问题情况", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任落实", b.head)
    b.merge(ws, 2, 6, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["设施类型", "存在问题", "责任单位", "指导组"], first=2)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展", "验收移交情况"], first=6)
    first = 4
    for i, row in enumerate(FARM_ROWS):
        b.put(ws, first + i, 0, i + 1, b.center)
        b.row(ws, first + i, list(row[1:]), first=2)
    start = 0
    while start < len(FARM_ROWS):
        end = start
        while end + 1 < len(FARM_ROWS) and FARM_ROWS[end + 1][0] == FARM_ROWS[start][0]:
            end += 1
        b.merge(ws, first + start, 1, first + end, 1, FARM_ROWS[start][0], b.center)
        start = end + 1
    r = first + len(FARM_ROWS)
    b.line(ws, r, "注：验收移交情况填写“已验收”“已移交”，未验收的空白。", 9)
    b.line(ws, r + 1, "市农田水利设施排查整改工作专班办公室    2024年7月31日", 9, b.right)
    return b.close()


def write_farm(path: Path) -> Path:
    via_soffice(write_farm_book, path, "ods", "农田水利设施排查整改进展情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 暑期文化市场联合检查问题整改台账, after a district 文化局's account of its 暑期 joint check of 网吧 and 娱乐场所
# (违规接受未成年人上网, KTV未按规定悬挂有效证件, 消防通道堆有杂物; 依法下达整改通知书, 责令其限期内整改到位):
# http://xianyu.chinaxiaokang.com/xianyuzhanshi/yingze/jigou/20160810/1703133.html
# A CSV in GBK: title line, 执法单位 line, one header line with 通知书下达日期 and 整改期限 partly in (working) days from
# it, a 复查人 column, a 合计 line and a 说明 line.
CULTURE_ROWS = [
    (
        "2024-07-08",
        "星际网咖",
        "网吧",
        "网吧违规接纳未成年人上网",
        "濮阳市华龙区星际网咖有限公司",
        "立行立改",
        "已整改，复查未发现未成年人上网",
        "宋涛",
    ),
    (
        "2024-07-08",
        "金嗓子KTV",
        "歌舞娱乐场所",
        "未按规定在显著位置悬挂娱乐经营许可证",
        "濮阳市金嗓子娱乐有限公司",
        "3个工作日内",
        "已悬挂",
        "宋涛",
    ),
    (
        "2024-07-10",
        "欢唱量贩KTV",
        "歌舞娱乐场所",
        "消防通道堆放酒水杂物",
        "濮阳市欢唱量贩娱乐有限公司",
        "5个工作日内",
        "未整改",
        "崔凯",
    ),
    (
        "2024-07-15",
        "开州路书城",
        "出版物经营场所",
        "销售盗版教辅图书",
        "濮阳市开州路书城有限公司",
        "10日内",
        "已下架盗版图书，正在追查进货渠道",
        "崔凯",
    ),
    (
        "2024-07-16",
        "戚城文物景区",
        "A级旅游景区",
        "景区游客步道木质护栏松动",
        "濮阳市戚城文物景区管理处",
        "15个工作日内",
        "正在更换护栏",
        "宋涛",
    ),
    (
        "2024-07-22",
        "龙腾网吧",
        "网吧",
        "未落实上网人员实名登记，登记身份证与实际上网人员不符",
        "清丰县龙腾网络服务有限公司",
        "5个工作日内",
        "",
        "崔凯",
    ),
    (
        "2024-07-24",
        "东北庄杂技剧场",
        "演出场所",
        "剧场安全出口指示标志损坏不亮",
        "濮阳东北庄杂技文化产业有限公司",
        "2024年8月10日前",
        "已更换指示标志，经复查合格",
        "宋涛",
    ),
]


def write_culture(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年暑期文化市场联合检查问题整改台账"])
    w.writerow(["执法单位：市文化广电和旅游局文化市场综合执法支队    截至：2024年7月31日"])
    w.writerow(
        [
            "序号",
            "通知书下达日期",
            "场所名称",
            "场所类型",
            "检查发现问题",
            "整改责任主体",
            "整改期限",
            "整改情况",
            "复查人",
        ]
    )
    for i, row in enumerate(CULTURE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "检查场所7家，下达整改通知书7份", "", "", "", ""])
    w.writerow(["说明：整改期限自整改通知书下达之日起计算，工作日不含法定节假日和周六、周日。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 在建工程项目农民工工资支付保障制度督查反馈问题整改清单, after a province 人社厅 督查组's visit to a 在建项目 (工资
# 专用账户管理、实名制管理、总包代发工资、工资保证金缴纳、劳动合同签订、维权信息公示; 对发现的问题进行了反馈):
# https://wzsl.wenzhou.gov.cn/art/2022/10/28/art_1324818_59023495.html
# A .docx: title, 督查组 paragraph with the 反馈 date the relative deadlines count from, one table naming the
# 施工总承包单位 beside the 责任单位 (the 行业主管部门, some by short or former names), the office and date.
WAGE_ROWS = [
    (
        "濮阳市引黄调节水库二期工程",
        "河南水利建设集团有限公司",
        "工资专用账户",
        "未按规定开设农民工工资专用账户",
        "市水务局",
        "2024年7月31日前",
        "已开设工资专用账户并备案",
    ),
    (
        "龙湖片区棚户区改造安置房三期",
        "中建七局第二建筑有限公司",
        "实名制管理",
        "实名制考勤记录与工资发放名册不一致",
        "市住建委",
        "15个工作日内",
        "正在逐人核对考勤和工资名册",
    ),
    (
        "国道342濮阳段改建工程",
        "中交第二公路工程局有限公司",
        "总包代发工资",
        "总承包单位未代发分包单位农民工工资",
        "交通局",
        "8月底前",
        "未整改",
    ),
    (
        "市疾控中心实验楼建设项目",
        "河南五建建设集团有限公司",
        "工资保证金",
        "工资保证金未按规定足额存储",
        "市人社局",
        "2024.8.10",
        "已补存保证金差额36万元",
    ),
    (
        "华龙区第二十一小学新建项目",
        "濮阳建工集团有限公司",
        "劳动合同",
        "部分农民工未签订书面劳动合同",
        "市劳动保障局",
        "10个工作日内",
        "",
    ),
    (
        "濮阳东站综合客运枢纽工程",
        "中铁七局集团第三工程有限公司",
        "维权信息公示",
        "施工现场未设置维权信息告示牌",
        "市交通运输局",
        "2024年7月20日",
        "已设置，经复查合格",
    ),
    (
        "城区集中供热管网改造工程",
        "濮阳市热力有限公司",
        "工资支付",
        "项目欠付农民工工资约42万元",
        "市城管局",
        "9月30日前",
        "已约谈建设单位，正在协调资金",
    ),
]


def write_wage(path: Path) -> Path:
    doc = _new_document("劳动保障监察支队")
    _title(doc, "在建工程项目农民工工资支付保障制度督查反馈问题整改清单", 18)
    _paragraph(
        doc,
        "市根治拖欠农民工工资工作领导小组第二督查组于2024年7月8日至12日对全市在建工程项目农民工工资支付保障"
        "制度落实情况进行了督查，现将发现的问题反馈如下。请各责任单位自反馈之日（2024年7月15日）起按时限督促"
        "整改到位，并报送整改情况。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(WAGE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "项目名称",
            "施工总承包单位",
            "问题类别",
            "督查发现问题",
            "责任单位",
            "整改时限",
            "整改落实情况",
        ],
        body,
        10,
    )
    _paragraph(doc, "市根治拖欠农民工工资工作领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 市容秩序专项督查发现问题整改通报, after a county 综合执法局督查室's 市容秩序专项督查 (占道经营、店外经营; 水果店长期
# 固定店外经营, 小区门口占道经营现象普遍; 下发整改通报; 不定期开展“回头看”):
# http://www.nxlw.gov.cn/jrlw/bmdt/202411/t20241114_4726935.html
# A .doc (Word 97 via LibreOffice): title, 主送 and preamble paragraphs, one table with 督查时间 (an event), 责任单位
# (街道办事处 and departments, one by its former name) and a 回头看情况 column, the office and date.
CITY_ROWS = [
    (
        "7月8日",
        "健康路",
        "健康路水果店长期店外经营，占用人行道",
        "华龙区胜利路街道办事处",
        "清理店外经营，落实门前三包",
        "7月15日前",
        "已整改到位",
    ),
    (
        "7月8日",
        "利民路",
        "利民路早市流动摊贩占道经营",
        "市城管执法局",
        "划定临时疏导区，加强早市时段管控",
        "长期坚持",
        "常态化管控",
    ),
    (
        "7月9日",
        "建业森林半岛小区",
        "建业森林半岛小区门口占道经营现象普遍",
        "华龙区人民路街道办事处",
        "清理门口摊点，设置隔离设施",
        "2024年7月31日",
        "未整改",
    ),
    (
        "7月10日",
        "中原路",
        "中原路沿街商户违规设置户外广告牌",
        "市城市管理局",
        "拆除违规广告牌",
        "8月10日前",
        "已拆除12处，剩余5处正在拆除",
    ),
    (
        "7月10日",
        "黄河路",
        "黄河路人行道砖破损、坑洼积水",
        "市住建局",
        "修复破损人行道",
        "2024年8月底前",
        "",
    ),
    (
        "7月11日",
        "京开道",
        "京开道绿化带内倾倒建筑垃圾",
        "华龙区中原路街道办事处",
        "清运建筑垃圾，查处倾倒行为",
        "7月20日前",
        "已清运，复查合格",
    ),
    (
        "7月12日",
        "绿城路",
        "绿城路夜市烧烤店油烟直排扰民",
        "市城市管理局",
        "督促安装油烟净化设施",
        "7月底前",
        "已下达限期整改通知书，正在整改",
    ),
]


def write_city_docx(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "关于市容秩序专项督查发现问题整改情况的通报")
    _paragraph(doc, "各街道办事处，局属各执法大队，市住房和城乡建设局：")
    _paragraph(
        doc,
        "7月8日至12日，局督查室对城区主次干道、背街小巷和小区周边市容秩序开展专项督查，重点检查占道经营、店外经营、"
        "乱堆乱放等问题，并于7月22日至24日开展“回头看”。现将发现问题及整改情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(CITY_ROWS, 1)]
    _table(
        doc,
        ["序号", "督查时间", "点位", "问题描述", "责任单位", "整改要求", "整改时限", "回头看情况"],
        body,
        10,
    )
    _paragraph(doc, "请未整改到位的责任单位于整改时限内完成整改，局督查室将继续跟踪督办。")
    _paragraph(doc, "濮阳市城市管理局督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_city(path: Path) -> Path:
    return via_soffice(write_city_docx, path, "doc", "市容秩序专项督查发现问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 交通运输领域安全隐患排查问题及整改情况, after a county 融媒's list of the hazards its 交通 check found, each a
# numbered heading with 存在问题 and 整改措施 lines (路面坑槽破损; 公路路侧私自修建围墙; 擅自拆除公路安防设施;
# 涉路施工堆放场无安全警示标识; 渡船救生衣破损): https://wap.axnews.cn/content/646955/56/15425851.html
# A .wps (Word 97 via LibreOffice): title, preamble, the items as numbered paragraphs each followed by 存在问题 /
# 整改措施 / 责任单位 / 整改时限 / 整改情况 lines (one item without an 整改情况 line), the office and date.
TRAFFIC_ITEMS = [
    (
        "路面坑槽破损",
        "省道S212濮阳县文留段路面坑槽破损，影响行车安全，存在安全隐患。",
        "责令公路养护部门立即对路面进行修复。",
        "濮阳市公路事业发展中心",
        "2024年7月10日",
        "已修复完毕。",
    ),
    (
        "公路路侧私自修建围墙",
        "清丰县阳邵乡前屯村村民擅自在公路用地范围内修建围墙，影响行车视距。",
        "责令属地乡政府立即制止修建行为并组织拆除。",
        "清丰县阳邵乡人民政府",
        "7月31日前",
        "已制止，正在组织拆除。",
    ),
    (
        "擅自拆除公路安防设施",
        "县道X018南乐段村民擅自拆除波形护栏约60米。",
        "责令路政执法人员调查处理，督促恢复护栏。",
        "市交通运输局",
        "8月15日前",
        "未整改。",
    ),
    (
        "涉路施工现场无安全警示标识",
        "范县危桥改造施工现场基坑周边无任何安全警示标识和围挡。",
        "责令施工单位立即设置警示标志和围挡。",
        "市交通运输局",
        "2024年7月5日",
        "施工单位已设置警示标志和围挡，经复查合格。",
    ),
    (
        "渡口摆渡船救生衣破损",
        "台前县吴坝镇黄河渡口摆渡船部分救生衣破损。",
        "责令渡船所有人更换破损救生衣。",
        "台前县吴坝镇人民政府",
        "2024年7月20日",
        None,
    ),
    (
        "公交站台遮挡视线",
        "中原路与京开道交叉口公交站台广告牌遮挡驾驶员视线。",
        "责令拆除遮挡视线的广告牌。",
        "市公交公司",
        "8月底前",
        "已拆除广告牌2处，剩余1处正在协调。",
    ),
    (
        "农村客运班线超员",
        "濮阳县至梁庄镇农村客运班线早晚高峰存在超员现象。",
        "加强路面巡查，依法查处超员行为。",
        "市公安局交通管理支队",
        "长期坚持",
        "常态化路面查处。",
    ),
]


def write_traffic_docx(path: Path) -> Path:
    doc = _new_document("安全监督科")
    _title(doc, "全市交通运输领域安全隐患排查问题及整改情况")
    _paragraph(
        doc,
        "7月上旬，市交通运输局会同市公安局交通管理支队对全市国省干线、农村公路、渡口和公交站点开展安全隐患排查，"
        "对发现的问题逐一明确责任单位和整改时限。现将有关问题及整改情况报告如下：",
    )
    for i, (head, problem, measure, unit, limit, progress) in enumerate(TRAFFIC_ITEMS, 1):
        _paragraph(doc, f"{i}.{head}。", 16, "黑体")
        _paragraph(doc, f"存在问题：{problem}")
        _paragraph(doc, f"整改措施：{measure}")
        _paragraph(doc, f"责任单位：{unit}。")
        _paragraph(doc, f"整改时限：{limit}。")
        if progress:
            _paragraph(doc, f"整改情况：{progress}")
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_traffic(path: Path) -> Path:
    return via_soffice(write_traffic_docx, path, "doc", "交通运输领域安全隐患排查问题及整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 学校食堂检查问题整改情况 from two county 市场监督管理局, after a county 市场监管局's 学校食堂季度检查 (对学校食堂开展
# 第三季度检查; 对检查中发现的不规范行为，责令食堂立即整改; 严把食品安全关):
# https://www.fensifuwu.com/emotion/me/2363308.html
# A .zip of two .xlsx returns, each with a 填报单位 line and a 检查反馈日期 the relative deadlines count from, a
# two-row header with √ ticks under 已整改 / 整改中 / 未整改, a 备注 column, a 合计 row and a signature line.
CANTEEN_RETURNS = [
    (
        "清丰县市场监督管理局",
        "2024年7月10日",
        [
            ("清丰县第一高级中学", "食堂后厨生熟食品混放，未分区存放", "7日内", "√", "", "", ""),
            (
                "清丰县实验小学",
                "食品留样不足125克且未标注留样时间",
                "3个工作日内",
                "",
                "√",
                "",
                "已购置留样盒，正在培训",
            ),
            ("清丰县城关镇中心幼儿园", "部分食堂从业人员健康证过期", "2024年7月20日", "", "", "√", ""),
            ("清丰县第二初级中学", "餐具消毒柜损坏，未按规定消毒餐具", "15个工作日内", "", "", "", ""),
        ],
    ),
    (
        "南乐县市场监督管理局",
        "2024年7月16日",
        [
            (
                "南乐县第一初级中学",
                "食堂库房防鼠网破损，下水道出口未加装防鼠设施",
                "5个工作日内",
                "√",
                "",
                "",
                "",
            ),
            ("南乐县实验高级中学", "食材进货查验记录不全，部分肉类无检疫票据", "2024.8.15", "", "√", "", ""),
            ("南乐县城关镇第二小学", "食品添加剂未专柜存放、专人管理", "10日内", "√", "", "", ""),
            (
                "南乐县福堪镇中心学校",
                "学校负责人未落实陪餐制度",
                "长期坚持",
                "",
                "",
                "",
                "已建立陪餐记录，常态化推进",
            ),
        ],
    ),
]


def write_canteen_book(path: Path, office: str, base: str, rows: list[tuple]) -> Path:
    b = Book(path, author=office)
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 24, 40, 14, 8, 8, 8, 26])
    b.line(ws, 0, "2024年第三季度学校食堂食品安全检查问题整改情况表", 7, b.title)
    b.line(ws, 1, f"填报单位：{office}    检查反馈日期：{base}（整改时限自该日起计算）", 7)
    for col, word in [
        (0, "序号"),
        (1, "学校（整改责任单位）"),
        (2, "检查发现问题"),
        (3, "整改时限"),
        (7, "备注"),
    ]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改完成情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=4)
    for i, row in enumerate(rows, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:3]), first=1)
        b.row(ws, 3 + i, list(row[3:6]), first=4, fmt=b.center)
        b.put(ws, 3 + i, 7, row[6])
    r = 4 + len(rows)
    counts = [str(sum(1 for row in rows if row[k] == "√")) for k in (3, 4, 5)]
    b.merge(ws, r, 0, r, 3, f"合计：检查学校食堂{len(rows)}家", b.head)
    b.row(ws, r, counts, first=4, fmt=b.center)
    b.put(ws, r, 7, "")
    b.line(ws, r + 1, "填表人：            审核人：            联系电话：", 7)
    return b.close()


def write_canteen(path: Path) -> Path:
    members = []
    with tempfile.TemporaryDirectory() as tmp:
        for office, base, rows in CANTEEN_RETURNS:
            name = f"学校食堂检查问题整改情况（{office}）.xlsx"
            members.append((name, write_canteen_book(Path(tmp) / name, office, base, rows).read_bytes()))
    return _zip_members(path, members)


FILES = [
    ("医院感染管理质量督查持续改进反馈表（7月）.xlsx", write_infection),
    ("2024年春季学期安全隐患排查及整改情况统计表.xlsx", write_school),
    ("重大火灾隐患和突出消防安全问题整改情况检查表.xls", write_fire),
    ("公路设施安全隐患排查治理台账.et", write_road),
    ("全市农田水利设施排查整改进展情况表.ods", write_farm),
    ("2024年暑期文化市场联合检查问题整改台账.csv", write_culture),
    ("在建工程项目农民工工资支付保障制度督查反馈问题整改清单.docx", write_wage),
    ("关于市容秩序专项督查发现问题整改情况的通报.doc", write_city),
    ("全市交通运输领域安全隐患排查问题及整改情况.wps", write_traffic),
    ("学校食堂检查问题整改情况（两县）.zip", write_canteen),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

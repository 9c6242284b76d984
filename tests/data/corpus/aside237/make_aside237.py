"""Write the aside237 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 住建领域质量安全检查、建筑工地扬尘与渣土、老旧小区改造问题整改 (one of them a public system's export).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, two-row header), .et (LibreOffice conversion of an .xlsx
to Excel 97), .wps (Word 97 via LibreOffice, a table with merged cells), .ods (LibreOffice, zip times fixed), a CSV in
GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx, member names in
GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside237.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


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
# 1. 建筑工地扬尘治理“三个清单”, after a county 住建局's account of its 建筑工地扬尘治理 (压实建设、施工、监理单位
# 责任分工; 以问题为导向建立清单逐项销号; 结合第三方“雷达督办”系统，建立建筑工地扬尘治理问题清单、责任清单和
# 销号清单):
# http://share.cbbn.net/folder34/folder747/folder769/2021-11-17/5LSxRndloIHOmjaW.html
# An .xlsx: title, 填报单位/数据来源/截至 line, a two-row header whose upper row names the three lists (问题清单 over
# 督办单号/督办日期/项目名称/存在问题, 责任清单 over 整改责任单位/责任人/属地监管部门/整改时限, 销号清单 over
# 整改情况/销号日期), deadlines as 立即整改 / N日内 / 24小时内 counted from the 督办日期, dates and X月X日前, a 说明
# line and a signature line. One row has only a 销号日期.
DUST_ROWS = [
    (
        "YD-0712-03",
        date(2024, 7, 12),
        "华龙区绿城·春风里二期项目",
        "基坑南侧约1200平方米裸露土方未覆盖防尘网",
        "濮阳市恒泰建设工程有限公司",
        "王海涛",
        "华龙区住房和城乡建设局",
        "立即整改",
        "已覆盖到位",
        date(2024, 7, 12),
    ),
    (
        "YD-0715-01",
        date(2024, 7, 15),
        "濮阳经济技术开发区新材料产业园标准化厂房项目",
        "出入口车辆冲洗设施未正常使用，车辆带泥上路",
        "濮阳建工集团有限公司",
        "刘建设",
        "濮阳经济技术开发区城乡建设局",
        "3日内",
        "已更换冲洗设备，正在调试",
        "",
    ),
    (
        "YD-0716-02",
        date(2024, 7, 16),
        "清丰县人民医院新院区综合楼项目",
        "施工现场主干道未硬化，扬尘在线监测PM10数值连续超标",
        "清丰县建筑安装工程有限公司",
        "张庆丰",
        "清丰县住房和城乡建设局",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "YD-0718-05",
        date(2024, 7, 18),
        "南乐县城南安置小区三期项目",
        "建筑垃圾在楼层内堆积未及时清运，存在高处抛撒",
        "南乐县兴达建筑有限公司",
        "李永强",
        "南乐县住房和城乡建设局",
        "立即整改",
        "未整改",
        "",
    ),
    (
        "YD-0722-02",
        date(2024, 7, 22),
        "范县第二实验小学教学楼项目",
        "雾炮机、喷淋设施未开启，土方作业未采取湿法作业",
        "范县鸿运建筑工程有限公司",
        "赵鹏飞",
        "范县住房和城乡建设局",
        "24小时内",
        "已开启喷淋，复查合格",
        date(2024, 7, 23),
    ),
    (
        "YD-0725-04",
        date(2024, 7, 25),
        "台前县产业集聚区污水处理厂提标改造工程",
        "物料堆放区砂石、水泥未苫盖",
        "台前县宏达市政工程有限公司",
        "孙立军",
        "台前县住房和城乡建设局",
        "3日内",
        "",
        date(2024, 7, 27),
    ),
    (
        "YD-0729-01",
        date(2024, 7, 29),
        "濮阳县城关镇棚户区改造安置房项目",
        "东侧围挡破损约30米未修复，围挡喷淋未全覆盖",
        "濮阳县恒信建设有限公司",
        "马国栋",
        "濮阳县住房和城乡建设局",
        "8月5日前",
        "正在修复围挡",
        "",
    ),
]


def write_dust_lists(path: Path) -> Path:
    b = Book(path, author="质安站")
    ws = b.sheet("三个清单")
    b.widths(ws, [6, 13, 12, 26, 34, 24, 9, 22, 11, 20, 12])
    b.line(ws, 0, "濮阳市建筑工地扬尘治理“三个清单”（问题清单、责任清单、销号清单）", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局建筑工程质量安全监督站    数据来源：扬尘“雷达督办”系统推送及现场排查"
        "    截至：2024年7月30日",
        10,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "问题清单", b.head)
    b.merge(ws, 2, 5, 2, 8, "责任清单", b.head)
    b.merge(ws, 2, 9, 2, 10, "销号清单", b.head)
    b.header(ws, 3, ["督办单号", "督办日期", "项目名称", "存在问题"], first=1)
    b.header(ws, 3, ["整改责任单位", "责任人", "属地监管部门", "整改时限"], first=5)
    b.header(ws, 3, ["整改情况", "销号日期"], first=9)
    for i, row in enumerate(DUST_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(DUST_ROWS)
    b.line(
        ws,
        end,
        "说明：“立即整改”“N日内”“24小时内”自督办日期起算；整改完成经属地监管部门复查合格后销号，销号日期以复查日期为准。",
        10,
    )
    b.line(ws, end + 1, "填表人：韩晓雪    审核人：杜卫国    联系电话：0393-4416728", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 扬尘污染治理情况月度通报, after a city 扬尘污染防控办公室's 关于4月份扬尘污染治理情况的通报 (各区属地政府对管辖
# 区域的建筑工地扬尘污染治理和安全生产工作进行自查; 市督查组核查; 评选最好工地和最差工地; 三个最差工地要在属地
# 监管部门的监管下停工整改，整改完成由属地监管部门报市扬尘污染防控办公室复核达标后，方能复工):
# http://wcrq.net/news1_2019_1560.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble, the 最好工地 named in a paragraph, the 最差工地 in a table
# whose 序号/属地/项目名称/整改责任单位 cells are merged down over each site's problem rows, 复核情况 per row, the
# office and date at the foot.
WORST_SITES = [
    (
        "华龙区",
        "“龙湖·悦府”项目",
        "濮阳市鼎盛建筑工程有限公司",
        [
            ("主体施工楼层外立面密目网破损未更换", "8月10日前", "已更换，经复核达标"),
            ("场区内约3000平方米裸露土方未覆盖", "8月10日前", "正在覆盖"),
            ("出入口未安装扬尘在线监测设备", "8月10日前", ""),
        ],
    ),
    (
        "濮阳经济技术开发区",
        "“濮东智造产业园”二期项目",
        "濮阳市中原路桥建设有限公司",
        [
            ("土方开挖未采取湿法作业，渣土车带泥上路", "7月31日前", "未整改"),
            ("工地围挡高度不足2.5米且不连续", "8月10日前", "已整改到位，经复核达标"),
        ],
    ),
    (
        "城乡一体化示范区",
        "“示范区实验学校”项目",
        "濮阳市恒基建设工程有限公司",
        [
            ("建筑垃圾未及时清运，堆放超过48小时", "7月31日前", "已清运完毕，经复核达标"),
            ("扬尘治理管理台账缺失，未落实洒水保洁制度", "长期坚持", "已建立台账，长期坚持"),
        ],
    ),
]


def _worst_table(doc):
    header = ["序号", "属地", "项目名称", "整改责任单位", "存在问题", "整改时限", "复核情况"]
    count = sum(len(problems) for *_, problems in WORST_SITES)
    table = doc.add_table(rows=1 + count, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, bold=True)
    r = 1
    for n, (area, project, unit, problems) in enumerate(WORST_SITES, 1):
        last = r + len(problems) - 1
        for c, text in enumerate([str(n), area, project, unit]):
            cell = table.cell(r, c).merge(table.cell(last, c)) if last > r else table.cell(r, c)
            _cell_text(cell, text)
        for k, (problem, limit, review) in enumerate(problems):
            for c, text in enumerate([problem, limit, review], start=4):
                _cell_text(table.cell(r + k, c), text)
        r = last + 1
    return table


def write_monthly_docx(path: Path) -> Path:
    doc = _new_document("扬尘办")
    _title(doc, "濮阳市扬尘污染防控办公室关于7月份建筑工地扬尘污染治理情况的通报", 20)
    _paragraph(doc, "各区人民政府（管委会），市住建局、市城管局：")
    _paragraph(
        doc,
        "根据市扬尘污染防控工作要求，7月份，华龙区、濮阳经济技术开发区、城乡一体化示范区对各自管辖区域的建筑"
        "工地扬尘污染治理和安全生产工作进行了自查。市扬尘污染防控办公室安排市督查组于7月22日至26日对各区自查"
        "情况进行了核查，评选出7月份最好工地和最差工地，现予以通报。",
    )
    _paragraph(doc, "一、最好工地", font="黑体")
    _paragraph(
        doc,
        "华龙区“建业·春天里”项目、濮阳经济技术开发区“中原油田科技创新中心”项目、城乡一体化示范区“龙湖书院”项目。",
    )
    _paragraph(doc, "二、最差工地", font="黑体")
    _paragraph(
        doc,
        "三个最差工地要在属地监管部门的监管下停工整改，整改完成由属地监管部门报市扬尘污染防控办公室复核达标后，"
        "方能复工。存在问题及整改情况如下：",
    )
    _worst_table(doc)
    _paragraph(
        doc, "请各区举一反三，持续抓好建筑工地扬尘污染治理，复核情况于每周五前报市扬尘污染防控办公室。"
    )
    _paragraph(doc, "濮阳市扬尘污染防控办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_monthly(path: Path) -> Path:
    return via_soffice(write_monthly_docx, path, "doc", "扬尘污染治理情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 3. 全省房屋建筑工程质量巡查问题整改回复, after a province 住建厅's 房屋建筑工程质量巡查 (随机抽取受检工程，检查工程
# 实体和质量控制资料; 巡查组下发整改通知书的，由工程所在地住房城乡建设主管部门督促相关责任主体限期整改; 下发行政
# 处罚建议书的，由工程所在地行政处罚实施部门及时调查处理，并按要求时限将整改回复资料和调查处理结果报告巡查组):
# http://w.csgllb.org.cn/show-1895.html
# An .xls (xlwt): title, 填报单位/填报日期 line, a two-row header (参建单位 over 建设/施工/监理单位, 执法文书 over
# 文书类型/下发日期), the 工程所在地主管部门 as the 整改责任单位 beside the three 参建单位, 回复时限 as N日内 from the
# 下发日期 or 立即整改, a 注 line and a signature line.
QUALITY_ROWS = [
    (
        "濮阳县第一高级中学迁建项目（二期）学生公寓楼",
        "濮阳县教育局",
        "濮阳县第二建筑工程有限公司",
        "濮阳市建信工程监理有限公司",
        "三层梁柱节点核心区箍筋未按设计要求加密",
        "整改通知书",
        "2024.6.12",
        "15日内",
        "濮阳县住房和城乡建设局",
        "已整改，整改回复资料已于6月25日报巡查组",
    ),
    (
        "华龙区王助安置区四期3#楼",
        "濮阳市华龙区城市建设投资有限公司",
        "河南安居建设集团有限公司",
        "濮阳市建信工程监理有限公司",
        "屋面防水卷材搭接宽度不足，局部空鼓",
        "整改通知书",
        "2024.6.12",
        "15日内",
        "华龙区住房和城乡建设局",
        "整改中，已返工约60%",
    ),
    (
        "濮阳市人民医院门诊综合楼",
        "濮阳市人民医院",
        "濮阳建工集团有限公司",
        "河南宏业建设管理有限公司",
        "混凝土试块强度检测报告与同条件养护记录不符",
        "行政处罚建议书",
        "2024.6.13",
        "30日内",
        "市住建局",
        "已立案调查，处罚决定书正在审批",
    ),
    (
        "清丰县锦绣华庭商住小区5#楼",
        "清丰县锦绣置业有限公司",
        "清丰县建筑安装工程有限公司",
        "河南宏业建设管理有限公司",
        "填充墙与主体结构间拉结筋缺失",
        "整改通知书",
        "2024.6.14",
        "15日内",
        "清丰县住房和城乡建设局",
        "",
    ),
    (
        "南乐县仓颉小学综合楼",
        "南乐县教育局",
        "南乐县兴达建筑有限公司",
        "濮阳市建信工程监理有限公司",
        "钢筋进场复试报告缺失，钢筋原材使用部位无法追溯",
        "整改通知书",
        "2024.6.14",
        "7日内",
        "南乐县住房和城乡建设局",
        "已补做复试，检测合格，经巡查组复核同意销号",
    ),
    (
        "范县金堤家园小区2#楼",
        "范县金堤房地产开发有限公司",
        "范县鸿运建筑工程有限公司",
        "河南宏业建设管理有限公司",
        "外墙保温板粘结面积不足40%",
        "整改通知书",
        "2024.6.15",
        "15日内",
        "范县住房和城乡建设局",
        "逾期未回复",
    ),
    (
        "台前县将军渡商贸城项目",
        "台前县将军渡商贸有限公司",
        "台前县宏达市政工程有限公司",
        "濮阳市建信工程监理有限公司",
        "工程质量终身责任承诺书及永久性标牌未落实",
        "整改通知书",
        "2024.6.15",
        "立即整改",
        "台前县住房和城乡建设局",
        "已整改",
    ),
    (
        "濮阳经济技术开发区电子信息产业园1#厂房",
        "濮阳开发区投资开发有限公司",
        "中建七局第三建筑有限公司",
        "河南宏业建设管理有限公司",
        "后浇带处模板支撑提前拆除",
        "行政处罚建议书",
        "2024.6.13",
        "30日内",
        "濮阳经济技术开发区城乡建设局",
        "未启动调查",
    ),
]


def write_quality(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年上半年全省房屋建筑工程质量巡查濮阳市受检工程问题整改回复汇总表", t, 0, 11),
        (1, 0, "填报单位：濮阳市住房和城乡建设局（盖章）    填报日期：2024年7月29日", plain, 1, 11),
    ]
    for col, word in [(0, "序号"), (1, "工程名称"), (5, "巡查发现问题"), (8, "回复时限")]:
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 2, "参建单位", h, 2, 4), (2, 6, "执法文书", h, 2, 7)]
    cells += [(2, 9, "整改责任单位", h, 3, 9), (2, 10, "整改回复情况", h, 3, 10), (2, 11, "备注", h, 3, 11)]
    for col, word in [(2, "建设单位"), (3, "施工单位"), (4, "监理单位"), (6, "文书类型"), (7, "下发日期")]:
        cells.append((3, col, word, h))
    for i, row in enumerate(QUALITY_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        values = list(row[:5]) + list(row[5:8]) + [row[8], row[9], ""]
        for col, v in enumerate(values, 1):
            cells.append((r, col, v, ctr if col in (6, 7, 8) else c))
    r = 4 + len(QUALITY_ROWS)
    cells += [
        (
            r,
            0,
            "注：下发整改通知书的，由工程所在地住房城乡建设主管部门督促相关责任主体限期整改；下发行政处罚建议书的，"
            "由工程所在地行政处罚实施部门调查处理。回复时限自执法文书下发之日起计算，立即整改的以下发当日为限。",
            plain,
            r,
            11,
        ),
        (r + 1, 0, "审核人：贾文博    填表人：石梦洁    联系电话：0393-8992051", plain, r + 1, 11),
    ]
    return _write_xls(path, [("整改回复汇总", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 在建工程项目质量安全督查问题整改闭合情况, after a province 住建厅's 督查 of 在建工程 (随机抽查在建工程项目24项;
# 对发现的参建主体市场行为、质量、安全隐患等共开具局部停工整改通知书1份，督促整改通知书13份，当场责成属地住建部门
# 督促相关责任主体整改闭合; 工程质量终身责任制落实情况):
# http://sdblazing.cn/html/zijiayou/3560.html
# An .xlsx: title, a line with the 督查时间, the 24 projects and the whole-return deadline (7月26日前整改闭合;
# 立行立改 from the row's 督查日期), a two-row header with 整改闭合 over 是/否 tick columns and a 备注 column, the
# problems grouped under three 类别 rows merged across (参建主体市场行为 / 工程质量 / 安全隐患), 责任主体 as the
# builder, the 监理 company or the 建设单位 (a school), a 合计 row and a signature line.
SUPERVISION_GROUPS = [
    (
        "一、参建主体市场行为",
        [
            (
                "濮阳市第三中学风雨操场项目",
                "华龙区",
                date(2024, 7, 8),
                "项目未取得施工许可证擅自开工",
                "濮阳市第三中学",
                "督促整改通知书",
                "7月26日前",
                "√",
                "",
                "",
            ),
            (
                "濮阳经济技术开发区新型建材产业园项目",
                "开发区",
                date(2024, 7, 8),
                "总监理工程师同时担任3个项目总监，现场监理人员不足",
                "濮阳市中信建设监理有限公司",
                "督促整改通知书",
                "7月26日前",
                "",
                "√",
                "已更换项目总监，变更手续正在办理",
            ),
        ],
    ),
    (
        "二、工程质量",
        [
            (
                "濮阳县华府名苑小区6#楼",
                "濮阳县",
                date(2024, 7, 9),
                "剪力墙拆模后蜂窝麻面、露筋未按方案修补",
                "濮阳县第二建筑工程有限公司",
                "督促整改通知书",
                "7月26日前",
                "√",
                "",
                "",
            ),
            (
                "清丰县职业教育中心实训楼",
                "清丰县",
                date(2024, 7, 9),
                "砌体水平灰缝砂浆饱满度不足80%",
                "清丰县建筑安装工程有限公司",
                "督促整改通知书",
                "7月26日前",
                "",
                "",
                "",
            ),
            (
                "南乐县昌州花园小区3#楼",
                "南乐县",
                date(2024, 7, 9),
                "现浇楼板厚度实测偏差超过规范允许值",
                "南乐县昌盛建筑工程有限公司",
                "局部停工整改通知书",
                "8月15日前",
                "",
                "√",
                "",
            ),
        ],
    ),
    (
        "三、安全隐患",
        [
            (
                "范县城市综合服务中心项目",
                "范县",
                date(2024, 7, 10),
                "塔吊附着装置未按专项方案安装，缺少第三道附着",
                "范县鸿运建筑工程有限公司",
                "局部停工整改通知书",
                "立行立改",
                "√",
                "",
                "",
            ),
            (
                "台前县第一初级中学教学综合楼",
                "台前县",
                date(2024, 7, 10),
                "高支模区域立杆底部未设置垫板，扫地杆缺失",
                "台前县宏达市政工程有限公司",
                "督促整改通知书",
                "立行立改",
                "√",
                "",
                "",
            ),
            (
                "华龙区中原路片区城市更新项目",
                "华龙区",
                date(2024, 7, 10),
                "施工现场临时用电未采用三级配电两级保护",
                "河南安居建设集团有限公司",
                "督促整改通知书",
                "7月26日前",
                "",
                "√",
                "正在更换配电箱",
            ),
        ],
    ),
]


def write_supervision(path: Path) -> Path:
    b = Book(path, author="建筑市场监管科")
    ws = b.sheet("整改闭合情况")
    b.widths(ws, [6, 30, 9, 12, 36, 26, 18, 12, 6, 6, 28])
    b.line(ws, 0, "2024年7月在建工程项目质量安全督查发现问题整改闭合情况表", 10, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月8日至10日    抽查在建工程项目：24项    整改要求：督查发现问题于2024年7月26日前整改"
        "闭合（另有时限的从其时限；立行立改问题以督查当日为限）",
        10,
    )
    for col, word in enumerate(
        ["序号", "项目名称", "县（区）", "督查日期", "存在问题", "责任主体", "文书类型"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改闭合", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    r, n = 4, 0
    for title, rows in SUPERVISION_GROUPS:
        b.merge(ws, r, 0, r, 10, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:7]), first=1)
            b.put(ws, r, 8, row[7], b.center)
            b.put(ws, r, 9, row[8], b.center)
            b.put(ws, r, 10, row[9])
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "共发现问题8个，开具局部停工整改通知书2份、督促整改通知书6份", b.cell)
    b.put(ws, r, 8, 4, b.center)
    b.put(ws, r, 9, 3, b.center)
    b.put(ws, r, 10, "")
    b.line(
        ws, r + 1, "填表人：孔令辉    审核人：郑春阳    联系电话：0393-4411536    填报日期：2024年7月29日", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 城镇老旧小区改造项目专项审计调查发现问题整改情况的报告, after a county 审计局's 城镇老旧小区改造项目专项审计
# 调查结果公告 (未全面完成改造目标任务; 统筹协调不到位; 未有效落实改造后小区引入物业管理机制; 未建立健全住宅专项
# 维修资金归集、使用、续筹机制; 电力改造工程推进缓慢; 部分小区道路厚度未达到设计值; 资金共担机制执行不到位;
# 违反合同约定多支付工程进度款):
# http://sunysa.com/info/3498/147932.htm
# A .docx: title, 主送, preamble, the items as numbered paragraphs （一）…（八） each naming its 责任单位 (a district
# or county government, the bureau's own 科室, 国网濮阳供电公司, 市财政局, a county 城投公司), 整改时限 and 整改情况 in
# sentences (one paragraph gives measures and no progress), a closing paragraph, the bureau and date at the foot.
RENEWAL_PARAS = [
    (
        "（一）未全面完成老旧小区改造目标任务。2023年计划改造的46个小区中，华龙区有5个小区至审计时仍未开工。"
        "责任单位：华龙区人民政府。整改措施：倒排工期，逐小区落实开工条件。整改时限：2024年9月底前。"
        "整改情况：5个小区中已开工3个，其余2个正在办理施工许可。"
    ),
    (
        "（二）老旧小区改造统筹协调工作不到位，供水、燃气管线改造与小区道路改造未同步实施，存在重复开挖。"
        "责任单位：我局城市建设科。整改措施：建立管线单位联席会议制度，统一制定施工时序。整改时限：长期坚持。"
        "整改情况：联席会议已按月召开，长期坚持。"
    ),
    (
        "（三）未有效落实改造后小区引入物业管理机制，濮阳县已完工的38个小区中有21个未引入物业服务。"
        "责任单位：濮阳县人民政府。整改措施：分类推行专业物业、社区托管和居民自治。整改时限：年底前。"
        "整改情况：目前已有6个小区通过业主大会选聘物业服务企业。"
    ),
    (
        "（四）未建立健全老旧小区住宅专项维修资金归集、使用、续筹机制。责任单位：我局房地产市场监管科。"
        "整改措施：制定住宅专项维修资金归集使用管理办法。整改时限：2024年6月30日。"
        "整改情况：已印发《濮阳市城镇老旧小区住宅专项维修资金归集使用管理办法》，整改完成。"
    ),
    (
        "（五）老旧小区电力改造工程推进缓慢，12个小区架空线路入地工程未完工。责任单位：国网濮阳供电公司。"
        "整改措施：增加施工班组，与小区道路改造同步推进线路入地。整改时限：2024年8月31日。"
    ),
    (
        "（六）部分小区道路（院坝）厚度未达到设计值，涉及清丰县3个小区。责任单位：清丰县住房和城乡建设局。"
        "整改措施：督促施工单位返工重做并委托检测。整改时限：2024年7月15日。"
        "整改情况：已返工重做，经第三方检测合格，已完成整改。"
    ),
    (
        "（七）老旧小区改造资金共担机制执行不到位，居民出资、管线单位出资未落实。责任单位：市财政局。"
        "整改措施：制定改造资金分担办法，明确居民和管线单位出资比例。整改时限：2024年10月31日。"
        "整改情况：尚未启动。"
    ),
    (
        "（八）违反合同约定多支付工程进度款186.4万元。责任单位：南乐县城市建设投资有限公司。"
        "整改措施：追回多支付的工程进度款，完善进度款审核程序。整改时限：2024年7月20日。"
        "整改情况：已追回多支付工程进度款186.4万元，整改到位。"
    ),
]


def write_renewal(path: Path) -> Path:
    doc = _new_document("城市建设科")
    _title(doc, "濮阳市住房和城乡建设局关于城镇老旧小区改造项目专项审计调查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据市审计局工作安排，市审计局对我市2021年—2023年城镇老旧小区改造项目进行了专项审计调查，指出了8个"
        "方面的问题。我局作为牵头单位，会同相关县区和部门逐项制定整改措施，明确责任单位和整改时限。现将整改"
        "情况报告如下：",
    )
    for text in RENEWAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将持续跟踪调度，对未完成整改的问题实行清单化管理，确保按期整改到位。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 建筑垃圾存量问题“一处一策”整治台账, after a provincial paper's report on a city 综合行政执法局's 建筑垃圾专项
# 整治行动 (源头管控、运输管理、利用处置、存量问题整改、常态化排查整治; 对问题突出且有环境风险的地方按“一处一策
# 一措施”明确治理责任与时限):
# http://szb.eyesnews.cn/pc/cont/202509/18/content_161636.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, as WPS 表格 names it): title, 填报单位/填报日期/存量单位
# line, one header row with 存量规模 and a 治理措施（一处一策） column, 治理责任单位 as towns, streets, county bureaus
# and the city bureau under its former name, 治理时限 as a month range, 第三季度, 年底前, 2024年8月底, dates and
# 长期坚持, a 合计 row summing the 存量规模, a signature line.
WASTE_ROWS = [
    (
        "岳村镇106国道东侧废弃坑塘",
        "华龙区",
        2.3,
        "建筑垃圾与渣土混合倾倒，未覆盖，周边扬尘明显",
        "清运至消纳场，坑塘回填后绿化",
        "华龙区岳村镇人民政府",
        "2024年6-9月",
        "已清运1.5万方，回填正在进行",
    ),
    (
        "濮东产业集聚区纬四路绿化带",
        "开发区",
        0.4,
        "绿化带内非法倾倒装修垃圾",
        "全部清运，恢复绿化",
        "濮阳经济技术开发区皇甫街道办事处",
        "7月20日前",
        "已全部清运并完成复绿",
    ),
    (
        "文留镇金堤河北岸取土坑",
        "濮阳县",
        1.8,
        "建筑垃圾私拉乱倒，临近河道，存在环境风险",
        "清运、平整，设置禁倒警示和视频监控",
        "濮阳县文留镇人民政府",
        "第三季度",
        "",
    ),
    (
        "清丰县东环路临时堆放点",
        "清丰县",
        0.9,
        "临时堆放点未设置围挡、未覆盖",
        "设置围挡，覆盖防尘网，限期转运",
        "清丰县城市管理局",
        "2024年7月31日",
        "已设置围挡并覆盖防尘网，验收合格",
    ),
    (
        "南乐县建筑垃圾消纳场",
        "南乐县",
        3.6,
        "消纳场超容堆放，未分区作业，无渗滤液收集设施",
        "分区整形，建设渗滤液收集池，暂停超量接收",
        "南乐县城市管理局",
        "年底前",
        "未启动",
    ),
    (
        "范县新区道路改造工程弃土点",
        "范县",
        1.2,
        "弃土未按审批路线运输，处置场未办理备案",
        "补办处置场备案，规范运输路线",
        "范县住房和城乡建设局",
        "2024年8月底",
        "正在办理处置场备案",
    ),
    (
        "中心城区渣土运输车辆",
        "市直",
        "",
        "38辆渣土运输车辆未安装密闭装置，运输途中撒漏",
        "逐车完成密闭改造，接入渣土运输监管平台",
        "市城管执法局",
        "长期坚持",
        "按月核查，常态化推进",
    ),
]


def write_waste_book(path: Path) -> Path:
    b = Book(path, author="建筑垃圾专班")
    ws = b.sheet("一处一策台账")
    b.widths(ws, [6, 28, 9, 10, 34, 30, 26, 14, 28])
    num = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市建筑垃圾专项整治存量问题“一处一策”整治台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市城市管理局（市建筑垃圾专项整治工作专班办公室）    填报日期：2024年7月30日    "
        "存量单位：万立方米",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "点位名称",
            "所在区域",
            "存量规模",
            "问题描述",
            "治理措施（一处一策）",
            "治理责任单位",
            "治理时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(WASTE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, num if c == 3 and v != "" else None)
    end = 3 + len(WASTE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "共7处（个）", b.cell)
    b.put(ws, end, 2, "", b.cell)
    b.put(ws, end, 3, round(sum(r[2] for r in WASTE_ROWS if r[2] != ""), 1), num)
    for c in range(4, 9):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 2, "专班负责人：吕建民    填表人：程思远    联系电话：0393-6612087", 8)
    return b.close()


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_book, path, "xls", "建筑垃圾存量问题整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 老旧小区改造“面对面”活动居民诉求办理台账, after a district 住建局's 老旧小区改造工程设计施工总承包“面对面”
# 活动 (组织施工单位、监理单位在社区与居民面对面; 新增停车位、充电桩，小区道路破损修复，小区排水不畅; 电动车
# 停车棚选址、健身器材设置; 现场收集查看群众反映强烈的问题):
# https://www.lieshan.gov.cn/xwzx/ztzl/msgc/msdt/60877012.html
# A CSV in GBK: a title line, a line with the 填报单位, the 活动日期 and the rule that the working-day 办理时限 count
# from the 收集日期, one header line, 承办单位 as streets, the 总承包 builder, 供电公司, 市自来水公司 and 市房管局 (a
# former name), a 合计 line and a signature line.
VOICE_ROWS = [
    (
        "物资局家属院",
        "停车设施",
        "小区内无电动车停车棚，电动车楼道充电存在火灾隐患",
        "2024-07-05",
        "华龙区建设路街道办事处",
        "10个工作日",
        "已选址并完成车棚基础施工",
        "",
    ),
    (
        "粮食局宿舍",
        "道路",
        "小区主干道路面破损，雨天积水",
        "2024-07-05",
        "濮阳市龙都建设工程有限公司",
        "5个工作日",
        "路面已重新铺设，已办结",
        "满意",
    ),
    (
        "油田供应处小区",
        "排水",
        "雨污管网堵塞，排水不畅，化粪池外溢",
        "2024-07-05",
        "濮阳市龙都建设工程有限公司",
        "5个工作日",
        "",
        "",
    ),
    (
        "大庆路供电小区",
        "充电设施",
        "申请增设新能源汽车充电桩",
        "2024-07-05",
        "供电公司",
        "15个工作日",
        "已现场勘查，正在设计接入方案",
        "",
    ),
    (
        "人民路教师楼",
        "房屋本体",
        "楼顶防水层老化，顶层住户室内漏水",
        "2024-07-05",
        "濮阳市龙都建设工程有限公司",
        "10个工作日",
        "已完成屋面防水施工，已办结",
        "满意",
    ),
    (
        "物资局家属院",
        "公共设施",
        "希望增设健身器材和休闲座椅",
        "2024-07-05",
        "华龙区建设路街道办事处",
        "20个工作日",
        "暂未办理",
        "",
    ),
    (
        "胜利路棉麻公司宿舍",
        "供水",
        "入户自来水管锈蚀，水质发黄",
        "2024-07-05",
        "市自来水公司",
        "10个工作日",
        "已更换入户管道，已办结",
        "基本满意",
    ),
    (
        "中原路机械厂家属院",
        "电梯",
        "电梯老旧频繁停运，申请使用住宅专项维修资金更换",
        "2024-07-05",
        "市房管局",
        "20个工作日",
        "已受理维修资金使用申请，正在审核",
        "",
    ),
]


def write_voices(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区2024年老旧小区改造工程设计施工总承包“面对面”活动居民诉求办理台账"])
    w.writerow(
        ["填报单位：华龙区住房和城乡建设局    活动日期：2024年7月5日    办理时限自收集之日起按工作日计算"]
    )
    w.writerow(
        [
            "序号",
            "小区名称",
            "诉求类型",
            "居民诉求内容",
            "收集日期",
            "承办单位",
            "办理时限",
            "答复及办理情况",
            "居民满意度",
        ]
    )
    for i, row in enumerate(VOICE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共收集居民诉求8条", "", "", "", "已办结3条", ""])
    w.writerow(["填表人：牛雅琪", "", "", "联系电话：0393-8122406", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 整改明细信息表 (a public system's export), after the easypoi export class of an enterprise inspection and
# correction system (业务 - 整改明细信息表: 主键、所属整改信息主键、所属检查项名称、问题描述、问题图片、检查内容名称、
# “整改状态 0待整改 1已完成”、整改人名称、整改完成时间、整改描述、复查描述、复查人名 …):
# https://github.com/MrJin6666/repo/blob/0b7395be9fc0d6d5462a7fbc6868fdd5bf8a0193/api/src/main/java/com/goboosoft/company/busininspect/excel/BusinInspectionCorrectionMxExcel.java
# An .xlsx as easypoi writes one with a title and a second title: the company in the merged title, the 检查任务 and
# its 最晚整改时间 (the deadline of every row) in the second, then the class's twenty column names as they are (the
# status legend inside the header, ids, picture paths), status codes 0/1 as text, one row with no status at all.
EXPORT_HEADER = [
    "主键",
    "所属整改信息主键",
    "所属检查项主键",
    "所属检查项名称",
    "问题描述",
    "问题图片",
    "检查内容代码",
    "检查内容名称",
    "整改状态 0待整改 1已完成",
    "整改人id",
    "整改人名称",
    "整改完成时间",
    "整改描述",
    "整改图片",
    "整改人签名",
    "复查描述",
    "复查图片",
    "复查人签名",
    "复查人id",
    "复查人名",
]
EXPORT_ROWS = [
    (
        "脚手架",
        "3#楼外脚手架连墙件缺失，设置间距超过规范要求",
        "连墙件设置",
        "1",
        "2024-07-16",
        "已按专项方案补设连墙件",
        "复查合格",
    ),
    (
        "临时用电",
        "配电箱未设置门锁，PE线连接不可靠",
        "配电箱与开关箱",
        "1",
        "2024-07-12",
        "已更换门锁并重新接线",
        "",
    ),
    (
        "基坑工程",
        "基坑周边1米范围内堆放钢筋材料",
        "基坑临边荷载",
        "0",
        "",
        "已清运部分材料，剩余钢筋正在转运",
        "",
    ),
    ("起重机械", "塔吊司机、信号工特种作业操作证过期", "特种作业人员", "0", "", "", ""),
    ("施工机具", "钢筋切断机传动部位未设置防护罩", "钢筋机械", "1", "2024-07-10", "已加装防护罩", "复查合格"),
    (
        "文明施工",
        "生活区宿舍违规使用大功率电器",
        "生活区管理",
        "0",
        "",
        "已拆除违规电器12件，其余宿舍正在排查",
        "",
    ),
    ("消防安全", "在建楼层未设置临时消防竖管", "临时消防设施", "", "", "", ""),
]


def write_export(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("整改明细信息表")
    last = len(EXPORT_HEADER) - 1
    b.widths(ws, [8, 16, 14, 12, 40, 20, 12, 16, 22, 9, 10, 14, 32, 20, 12, 12, 20, 12, 9, 10])
    second = b.book.add_format({"align": "right", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市宏远建设工程有限公司整改明细信息表", last, b.title)
    b.line(
        ws,
        1,
        "检查任务：2024年第二季度房屋市政工程安全生产检查（市住建局）    最晚整改时间：2024-07-20",
        last,
        second,
    )
    b.header(ws, 2, EXPORT_HEADER)
    signers = ["张伟", "李强", "王磊", "陈刚", "张伟", "刘洋", "王磊"]
    for i, (row, signer) in enumerate(zip(EXPORT_ROWS, signers, strict=True)):
        item, problem, content, status, done, remark, check = row
        r = 3 + i
        values = [
            str(1816342201 + i),
            "1816341987",
            str(1790021 + i * 3),
            item,
            problem,
            f"/profile/upload/2024/07/09/yh_{i + 1:03d}.jpg",
            str(30100 + i * 11),
            content,
            status,
            "1021" if status else "",
            signer if status else "",
            done,
            remark,
            f"/profile/upload/2024/07/zg_{i + 1:03d}.jpg" if done else "",
            signer if done else "",
            check,
            f"/profile/upload/2024/07/fc_{i + 1:03d}.jpg" if check else "",
            "周文斌" if check else "",
            "1007" if check else "",
            "周文斌" if check else "",
        ]
        b.row(ws, r, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 渣土运输违规问题处置台账 (two returns in one zip), after a city 城管综合行政执法支队's account of a 渣土 case
# (夜间运土车辆密闭不严，沿途抛洒; 开具《责令改正通知书》，责令立即整改; 运用“渣土运输在线监控平台”，从严规范
# 管理运输车辆，杜绝带泥上路、沿途“抛洒滴漏”):
# https://zhjsw.cn/news/show-41629.html
# A .zip (member names in GBK) holding an .xlsx from a district 城市管理局 (发现方式 平台报警 / 巡查 / 12345, the
# 整改责任单位 beside the 涉事工地, 立即整改 counted from the 发现日期, N日内, N个工作日内) and a .docx with a table
# from the 开发区 城市管理局 whose rows name only its own 中队/科室.
MUCK_ROWS = [
    (
        date(2024, 7, 3),
        "在线监控平台报警",
        "长庆路与京开大道交叉口",
        "锦绣华府项目",
        "豫J·D3172",
        "夜间运土车辆密闭不严，沿途抛洒",
        "责令改正通知书",
        "濮阳市通达渣土运输有限公司",
        "立即整改",
        "已清理污染路面，整改完成",
    ),
    (
        date(2024, 7, 11),
        "日常巡查",
        "绿城路",
        "华龙区实验小学改扩建项目",
        "",
        "工地出入口车辆冲洗不到位，车辆带泥上路",
        "责令改正通知书",
        "濮阳市华建建筑工程有限公司",
        "3日内",
        "正在安装自动冲洗平台",
    ),
    (
        date(2024, 7, 19),
        "12345热线转办",
        "黄河路",
        "中原路片区城市更新项目",
        "豫J·D5580",
        "渣土车不按审批路线、时段行驶",
        "立案查处",
        "濮阳市通达渣土运输有限公司",
        "2024年7月31日",
        "",
    ),
    (
        date(2024, 7, 24),
        "在线监控平台报警",
        "胜利路",
        "建业·春天里项目",
        "豫J·D6203",
        "未取得建筑垃圾准运证擅自运输",
        "立案查处",
        "濮阳市顺捷运输有限公司",
        "7个工作日内",
        "未整改",
    ),
]
ZONE_ROWS = [
    ("渣土运输在线监控平台未接入新注册渣土车12辆", "渣土管理办公室", "2024年7月15日", "已全部接入平台"),
    ("夜间渣土运输巡查频次不足，7月上旬仅夜查2次", "执法一中队", "长期坚持", "已实行夜间轮班巡查，长期坚持"),
    ("对工地出入口冲洗设施检查不到位，未建立检查台账", "执法二中队", "7月底前", "正在建立台账"),
    ("违规运输案件查处后未跟踪复查", "案件审理科", "2024年8月15日", ""),
]


def write_muck_book(path: Path) -> Path:
    b = Book(path, author="华龙区城市管理局")
    ws = b.sheet("处置台账")
    b.widths(ws, [6, 12, 16, 20, 22, 12, 32, 16, 26, 14, 24])
    b.line(ws, 0, "华龙区渣土运输违规问题处置台账", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区城市管理局（综合行政执法大队）    统计时段：2024年7月1日至7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "发现日期",
            "发现方式",
            "发生地点",
            "涉事工地",
            "运输车辆",
            "违规情形",
            "处置措施",
            "整改责任单位",
            "整改期限",
            "处置结果",
        ],
    )
    for i, row in enumerate(MUCK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MUCK_ROWS)
    b.line(ws, end, "注：“立即整改”以发现当日为限，“N日内”“N个工作日内”自发现日期起计算。", 10)
    b.line(ws, end + 1, "填表人：郭子豪    联系电话：0393-8321570", 10)
    return b.close()


def write_zone_docx(path: Path) -> Path:
    doc = _new_document("渣土管理办公室")
    _title(doc, "濮阳经济技术开发区城市管理局渣土运输监管问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳经济技术开发区城市管理局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(ZONE_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任科室（中队）", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：侯静    联系电话：0393-8910362", 12)
    return _save_fixed(doc, path)


def write_muck_zip(path: Path) -> Path:
    members = [
        ("华龙区渣土运输违规问题处置台账.xlsx", write_muck_book),
        ("开发区渣土运输监管问题整改情况.docx", write_zone_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for n, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{n}{Path(name).suffix}")
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 建设工地“六个95%”落实情况抽查整改表, after a city's account of its 扬尘 inspections (各区组织镇（街）园区环境
# 保护监督检查员对全市工地进行检查; 市对各区上报的建设工地“六个95%”落实情况进行随机抽查，抽查87个工地，其中57个
# 工地未落实“六个95%”，要求加快完成整改):
# http://kytsldc.cn/st581510/article_454294.html
# An .ods (LibreOffice conversion): title, a line with the 抽查时间 and counts, a two-row header (“六个95%”落实情况
# over six √/× columns, 是否整改到位 over 是/否 tick columns), a 抽查日期 the 立即整改 rows count from, a 备注 column,
# a 合计 row and a signature line.
SIX_ROWS = [
    (
        "华龙区",
        "濮阳市第五中学改扩建项目",
        "濮阳市恒泰建设工程有限公司",
        date(2024, 7, 15),
        "√×√√√√",
        "砂石料及裸土堆放未覆盖",
        "7月25日前",
        "√",
        "",
        "",
    ),
    (
        "濮阳县",
        "濮阳县海通乡卫生院迁建项目",
        "濮阳县恒信建设有限公司",
        date(2024, 7, 15),
        "√√×√√√",
        "未设置车辆自动冲洗平台，出场车辆未冲洗",
        "7月31日前",
        "",
        "√",
        "",
    ),
    (
        "清丰县",
        "清丰县马庄桥镇农贸市场项目",
        "清丰县建筑安装工程有限公司",
        date(2024, 7, 16),
        "×√√×√√",
        "施工便道未硬化，东侧围挡缺失约50米",
        "8月10日前",
        "",
        "",
        "",
    ),
    (
        "南乐县",
        "南乐县韩张镇污水处理站项目",
        "南乐县昌盛建筑工程有限公司",
        date(2024, 7, 16),
        "√√√√√×",
        "渣土车未密闭，沿途撒漏",
        "立即整改",
        "√",
        "",
        "",
    ),
    (
        "范县",
        "范县濮城镇旧厂房拆除项目",
        "范县鸿运建筑工程有限公司",
        date(2024, 7, 17),
        "√√√√×√",
        "旧厂房拆除作业未采取洒水降尘",
        "立即整改",
        "√",
        "",
        "",
    ),
    (
        "台前县",
        "台前县孙口镇安置社区项目",
        "台前县宏达市政工程有限公司",
        date(2024, 7, 17),
        "√×√√√√",
        "裸露土方覆盖率不足95%",
        "7月31日前",
        "",
        "√",
        "已覆盖约80%，剩余部分正在覆盖",
    ),
    (
        "开发区",
        "濮阳经济技术开发区新能源装备产业园项目",
        "濮阳建工集团有限公司",
        date(2024, 7, 18),
        "√√×√√√",
        "冲洗平台沉淀池淤积，冲洗效果差",
        "7月25日前",
        "√",
        "",
        "",
    ),
]
SIX_MEASURES = ["周边围蔽", "物料堆放覆盖", "出入车辆清洗", "路面硬化", "拆除湿法作业", "渣土车辆密闭运输"]


def write_six_book(path: Path) -> Path:
    b = Book(path, author="Administrator")
    ws = b.sheet("抽查整改")
    b.widths(ws, [6, 9, 30, 26, 12, 7, 7, 7, 7, 7, 7, 30, 12, 6, 6, 26])
    b.line(ws, 0, "建设工地“六个95%”落实情况随机抽查问题整改表", 15, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局    抽查时间：2024年7月15日至18日    抽查工地：20个    "
        "未落实“六个95%”工地：7个",
        15,
    )
    for col, word in enumerate(["序号", "区（县）", "工地名称", "责任单位", "抽查日期"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 10, "“六个95%”落实情况", b.head)
    b.header(ws, 3, SIX_MEASURES, first=5)
    b.merge(ws, 2, 11, 3, 11, "存在问题", b.head)
    b.merge(ws, 2, 12, 3, 12, "整改期限", b.head)
    b.merge(ws, 2, 13, 2, 14, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=13)
    b.merge(ws, 2, 15, 3, 15, "备注", b.head)
    for i, row in enumerate(SIX_ROWS, 1):
        area, site, unit, day, marks, problem, limit, yes, no, note = row
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [area, site, unit, day], first=1)
        for k, mark in enumerate(marks):
            b.put(ws, r, 5 + k, mark, b.center)
        b.row(ws, r, [problem, limit], first=11)
        b.put(ws, r, 13, yes, b.center)
        b.put(ws, r, 14, no, b.center)
        b.put(ws, r, 15, note)
    end = 4 + len(SIX_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 12, "抽查发现未落实“六个95%”工地7个，已整改到位4个", b.cell)
    b.put(ws, end, 13, 4, b.center)
    b.put(ws, end, 14, 2, b.center)
    b.put(ws, end, 15, "")
    b.line(ws, end + 1, "注：√为已落实，×为未落实；“立即整改”以抽查当日为限。", 15)
    b.line(
        ws,
        end + 2,
        "填表人：冯雅丽    审核人：吴振华    联系电话：0393-4413097    填报日期：2024年7月29日",
        15,
    )
    return b.close()


def write_six(path: Path) -> Path:
    via_soffice(write_six_book, path, "ods", "六个95落实情况抽查整改表.xlsx")
    return fixed_zip(path)


FILES = [
    ("建筑工地扬尘治理问题清单责任清单销号清单（7月）.xlsx", write_dust_lists),
    ("关于7月份建筑工地扬尘污染治理情况的通报.wps", write_monthly),
    ("2024年上半年全省房屋建筑工程质量巡查受检工程问题整改回复汇总表.xls", write_quality),
    ("在建工程项目质量安全督查发现问题整改闭合情况表.xlsx", write_supervision),
    ("市住房和城乡建设局关于城镇老旧小区改造项目专项审计调查发现问题整改情况的报告.docx", write_renewal),
    ("建筑垃圾存量问题一处一策整治台账.et", write_waste),
    ("老旧小区改造面对面活动居民诉求办理台账.csv", write_voices),
    ("检查整改明细导出_濮阳市宏远建设工程有限公司_20240729.xlsx", write_export),
    ("渣土运输违规问题处置台账（华龙区、开发区）.zip", write_muck_zip),
    ("建设工地六个95%落实情况抽查整改表.ods", write_six),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside39 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt, one more inside the zip), a CSV in GBK, a .docx whose
items are numbered paragraphs, an .ods and an .et (LibreOffice conversions), a .wps (Word 97 via LibreOffice)
and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside39.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 民生实事（教育领域）进展情况, after a city's 民生实事 progress table (类别 | 民生事项名称 | 年度任务目标 | 责任单位 |
# 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话; 类别 such as “四、教育文化” merged down its rows,
# each 事项 numbered inside its name, progress written as sentences):
# https://baoqoo.com/art/2022/10/8/art_48731_2934579
# An .xlsx: title, 截至 line, one header row, 类别 merged down, the deadline inside the 任务目标 schedule text.
LIVE_ROWS = [
    (
        "四、教育文化",
        [
            (
                "14.改扩建濮阳市第七中学教学综合楼",
                "完成教学综合楼主体及内外装修，2024年8月20日前交付使用。",
                "教育局",
                "刘建华",
                "主体结构已封顶，正在进行内外装修，累计完成工程量的85%。",
                "施工进度符合序时要求。",
                "0393-8812306",
            ),
            (
                "15.新建城区公办幼儿园3所",
                "6月底前完成主体施工，8月31日前完成验收并开园招生。",
                "市教育局",
                "刘建华",
                "3所幼儿园主体均已完工，正在进行室外附属工程和设备采购。",
                "预计新增学位810个。",
                "0393-8812306",
            ),
            (
                "16.推进义务教育课后服务全覆盖",
                "对全市义务教育学校实行课后服务全覆盖，常态化推进。",
                "市教育局",
                "刘建华",
                "常态化推进，按月调度各校课后服务开展情况。",
                "有课后服务需求的学生参与率100%。",
                "0393-8812306",
            ),
            (
                "17.实施农村学校校舍维修改造",
                "完成26所农村学校校舍维修改造，7月15日前全部完工。",
                "市教育局",
                "刘建华",
                "26所学校维修改造已全部完工，并通过竣工验收。",
                "改善了农村学校办学条件。",
                "0393-8812306",
            ),
            (
                "18.为全市中小学生免费开展健康体检",
                "9月30日前完成全市中小学生年度健康体检。",
                "卫健委",
                "孙丽萍",
                "",
                "",
                "0393-8812433",
            ),
        ],
    ),
    (
        "五、食品安全",
        [
            (
                "19.实施中小学校食堂“明厨亮灶”提升工程",
                "10月底前实现全市中小学校食堂“明厨亮灶”全覆盖。",
                "市市场监管局",
                "孙丽萍",
                "未启动。",
                "—",
                "0393-8812517",
            ),
        ],
    ),
    (
        "六、交通出行",
        [
            (
                "20.改造提升城区学校周边交通安全设施",
                "在12所学校门口施划标线、增设护栏，8月底前全部完成。",
                "交警支队",
                "王德明",
                "已完成8所学校标线施划和护栏安装，剩余4所正在施工。",
                "学校周边通行秩序明显改善。",
                "0393-8812690",
            ),
        ],
    ),
]


def write_live(path: Path) -> Path:
    b = Book(path, author="市民生办")
    ws = b.sheet("1-7月")
    b.widths(ws, [12, 30, 34, 12, 10, 40, 26, 14])
    b.line(ws, 0, "2024年濮阳市民生实事（教育领域）1-7月份进展情况", 7, b.title)
    b.line(ws, 1, "截至2024年7月31日", 7, b.right)
    b.header(
        ws,
        2,
        [
            "类别",
            "民生事项名称",
            "2024年度任务目标",
            "责任单位",
            "分管市领导",
            "1-7月份工作完成情况",
            "1-7月份工作取得成效",
            "监督电话",
        ],
    )
    r = 3
    for kind, rows in LIVE_ROWS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, kind, b.center)
        for row in rows:
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "濮阳市民生实事工作领导小组办公室    2024年7月31日", 7, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 医疗机构综合执法检查监督意见整改情况, after a city 卫生局卫生监督局's 大中型医疗机构综合执法检查 (执业资质、执业
# 行为、放射诊疗、传染病防治 four aspects; 现场笔录, 监督意见书, 监督意见; 整改落实情况“回头看”):
# https://sjb.qlwb.com.cn/qlwb/content/20140710/ArticelP03003FM.htm
# An .xlsx: title, 填报单位 line, a two-row header with 整改情况 split into 已整改/整改中/未整改 ticked with √,
# 复查日期 an event, a 填表说明 and signature lines.
MED_ROWS = [
    (
        "濮阳市人民医院",
        "执业资质",
        date(2024, 6, 17),
        "部分医师未按规定办理执业地点变更注册",
        "2024.7.15",
        "已整改",
        date(2024, 7, 16),
        "",
    ),
    (
        "濮阳市中医医院",
        "执业行为",
        date(2024, 6, 18),
        "门诊处方书写不规范，部分处方未注明临床诊断",
        "7月31日前",
        "整改中",
        None,
        "",
    ),
    (
        "濮阳县人民医院",
        "放射诊疗",
        date(2024, 6, 20),
        "放射工作人员个人剂量监测档案不全",
        "2024.7.20",
        "未整改",
        None,
        "",
    ),
    (
        "清丰县人民医院",
        "传染病防治",
        date(2024, 6, 21),
        "预检分诊点设置不规范，发热患者登记信息不全",
        "2024年7月5日",
        "已整改",
        date(2024, 7, 8),
        "",
    ),
    (
        "南乐县人民医院",
        "传染病防治",
        date(2024, 6, 24),
        "医疗废物暂存点未设置警示标识",
        "2024年7月10日",
        "已整改",
        date(2024, 7, 11),
        "",
    ),
    (
        "范县人民医院",
        "执业行为",
        date(2024, 6, 25),
        "超出登记的诊疗科目开展医疗美容项目",
        "2024年8月31日",
        "",
        None,
        "",
    ),
    (
        "台前县人民医院",
        "放射诊疗",
        date(2024, 6, 27),
        "介入手术室放射防护用品配备不足",
        "8月15日前",
        "整改中",
        None,
        "防护铅衣已采购，待到货",
    ),
]
MED_MARKS = ["已整改", "整改中", "未整改"]


def write_med(path: Path) -> Path:
    b = Book(path, author="卫生监督局")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 18, 12, 12, 36, 14, 8, 8, 8, 12, 22])
    b.line(ws, 0, "大中型医疗机构综合执法检查监督意见整改情况汇总表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫生健康委员会卫生监督局    检查时间：2024年6月17日至6月28日", 10)
    for c, word in enumerate(
        ["序号", "整改单位", "检查类别", "检查日期", "监督意见（存在问题）", "整改期限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, MED_MARKS, first=6)
    b.merge(ws, 2, 9, 3, 9, "复查日期", b.head)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, (unit, kind, day, text, limit, mark, check, note) in enumerate(MED_ROWS, 1):
        r = 3 + i
        ticks = ["√" if mark == m else "" for m in MED_MARKS]
        b.row(ws, r, [i, unit, kind, day, text, limit, *ticks, check, note])
        for c in (0, 6, 7, 8):
            b.put(ws, r, c, i if c == 0 else ticks[c - 6], b.center)
    end = 4 + len(MED_ROWS)
    b.line(ws, end + 1, "填表说明：“整改情况”栏在对应栏内划“√”；复查日期填写实际复查时间。", 10)
    b.line(
        ws, end + 2, "填表人：李娜    审核人：王志强    联系电话：0393-4412345    填报日期：2024年7月29日", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 危险货物运输企业安全生产隐患大排查整改台账, after a city 运管局货运管理分局's account of its check of the
# 危险品运输企业 (安全生产制度不完善、车辆档案不健全; 下达整改通知书, 责令其在15日内整改完毕):
# http://chinarta.com/html/2012-9/201291084615.htm
# An .xls (xlwt): title, 填报单位 line, a note that the 整改期限 runs from the 通知书下达日期, one header row,
# deadlines partly relative (15日内, 10个工作日内), a 检查人员 column, a 合计 row and a 填报人 line.
HAZ_ROWS = [
    (
        "濮阳市安达危险货物运输有限公司",
        "2024-07-02",
        "部分车辆卫星定位装置不在线，动态监控记录不全",
        "2024-07-03",
        "15日内",
        "已整改到位，经复查合格",
        "王建国、李明",
    ),
    (
        "濮阳市中原石化物流有限公司",
        "2024-07-02",
        "安全生产管理制度未及时修订，部分岗位操作规程缺失",
        "2024-07-03",
        "15日内",
        "已修订制度12项，正在组织岗位培训",
        "王建国、李明",
    ),
    (
        "濮阳市顺通化工运输有限公司",
        "2024-07-04",
        "2名驾驶员从业资格证件过期仍在岗",
        "2024-07-05",
        "10个工作日内",
        "已整改，2名驾驶员已重新取得从业资格证",
        "赵志刚、陈亮",
    ),
    (
        "濮阳市恒泰危化品运输有限公司",
        "2024-07-08",
        "车辆技术档案不健全，二级维护记录缺失",
        "2024-07-09",
        "15日内",
        "逾期未整改",
        "赵志刚、陈亮",
    ),
    (
        "濮阳市龙源燃气运输有限公司",
        "2024-07-10",
        "罐车紧急切断阀未按期检验",
        "2024-07-11",
        "2024年8月10日",
        "已送检，待出具检验报告",
        "王建国、李明",
    ),
    (
        "濮阳县鑫源化工物流有限公司",
        "2024-07-15",
        "停车场未设置危险货物车辆专用停车区",
        "2024-07-16",
        "30日内",
        "",
        "赵志刚、陈亮",
    ),
    (
        "清丰县宏达危险货物运输有限公司",
        "2024-07-17",
        "未按规定组织开展应急救援预案演练",
        "2024-07-18",
        "10个工作日内",
        "已整改，7月26日已组织应急演练",
        "王建国、李明",
    ),
    (
        "南乐县平安运输有限公司",
        "2024-07-22",
        "专职安全管理人员配备不足",
        "2024-07-23",
        "2024.8.31",
        "未整改",
        "赵志刚、陈亮",
    ),
]


def write_haz(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 7
    cells = [
        (0, 0, "危险货物道路运输企业安全生产隐患大排查整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市交通运输局运输管理科    填报日期：2024年7月30日", plain, 1, last),
        (2, 0, "说明：整改期限自整改通知书下达之日起计算。", plain, 2, last),
    ]
    words = [
        "序号",
        "企业名称",
        "检查日期",
        "存在问题",
        "整改通知书下达日期",
        "整改期限",
        "整改落实情况",
        "检查人员",
    ]
    cells += [(3, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(HAZ_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, ctr if col in (2, 4, 5) else c) for col, v in enumerate(row, 1)]
    r = 4 + len(HAZ_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查企业8家，下达整改通知书8份，已整改到位3家", c, r, last),
        (r + 2, 0, "填报人：张晓华    联系电话：0393-8990123", plain, r + 2, last),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 欠薪问题（隐患）工作台账, after a county 交通运输局's meeting on the 整治欠薪冬季专项行动 (全面排查摸清欠薪底数,
# 建立“欠薪工作台账”, 对欠薪问题和欠薪隐患制定化解方案; 限时办结欠薪案件, 春节前办结; 依法责令限期改正):
# https://www.xinping.gov.cn/xpxzfxxgk/jtxx/20211119/1305823.html
# A CSV in GBK: title line, 填报单位 line, one header row with 受理日期 and 办结时限 partly in working days from it,
# 是否办结 and 办理情况 columns, a 合计 line and a 注 line.
WAGE_ROWS = [
    (
        "龙湖湾安置房二期项目",
        "总包单位拖欠木工班组工资",
        23,
        41.6,
        "2024-07-01",
        "市住建局",
        "15个工作日内",
        "是",
        "已督促总包单位足额支付",
    ),
    (
        "国道106濮阳段改建工程",
        "劳务分包单位拖欠农民工工资",
        15,
        28.3,
        "2024-07-03",
        "交通局",
        "2024年7月31日前",
        "否",
        "已约谈施工单位负责人，正在核对工资表",
    ),
    (
        "金堤河治理工程第三标段",
        "工程款拨付滞后存在欠薪隐患",
        31,
        55.0,
        "2024-07-05",
        "水务局",
        "2024.8.15",
        "否",
        "",
    ),
    (
        "濮阳市恒昌鞋业有限公司",
        "企业停产拖欠工人两个月工资",
        46,
        38.2,
        "2024-07-08",
        "市人社局",
        "15个工作日内",
        "是",
        "已立案查处，企业已结清工资",
    ),
    (
        "市中心医院门诊楼改造项目",
        "未按月足额支付农民工工资",
        12,
        9.8,
        "2024-07-10",
        "市卫健委",
        "8月10日前",
        "否",
        "正在协调建设单位拨付进度款",
    ),
    (
        "城区道路环卫保洁外包项目",
        "保洁公司拖欠环卫工人工资",
        8,
        3.6,
        "2024-07-15",
        "城管局",
        "10个工作日内",
        "是",
        "已支付",
    ),
    (
        "濮阳市第五中学迁建项目",
        "班组长携款离场导致欠薪",
        19,
        22.5,
        "2024-07-18",
        "市教育局",
        "2024年8月31日前",
        "",
        "",
    ),
    (
        "濮阳市华兴纺织有限公司",
        "拖欠离职员工工资及经济补偿",
        6,
        4.1,
        "2024-07-22",
        "市人社局",
        "15个工作日内",
        "否",
        "已下达劳动保障监察责令改正指令书",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年根治欠薪夏季专项行动欠薪问题（隐患）工作台账"])
    w.writerow(["填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室    截至2024年7月31日"])
    w.writerow(
        [
            "序号",
            "项目（企业）名称",
            "欠薪问题（隐患）",
            "涉及人数",
            "涉及金额（万元）",
            "受理日期",
            "责任单位（行业主管部门）",
            "办结时限",
            "是否办结",
            "办理情况",
        ]
    )
    for i, (name, text, people, money, day, unit, limit, done, note) in enumerate(WAGE_ROWS, 1):
        w.writerow([i, name, text, people, f"{money:.1f}", day, unit, limit, done, note])
    people = sum(row[2] for row in WAGE_ROWS)
    money = sum(row[3] for row in WAGE_ROWS)
    w.writerow(["合计", "", "共8件，已办结3件", people, f"{money:.1f}", "", "", "", "", ""])
    w.writerow(["注：办结时限为“N个工作日内”的，自受理日期起计算。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 纠正形式主义、官僚主义突出问题清单及整改措施, after a company's 问题清单 (根据《XX公司…集中整治形式主义、官僚主义
# 工作方案》部署; 对照四个方面12种具体表现, 照镜查摆, 研究制定整改措施; 一、存在的问题 (一)贯彻落实… 1. 2. 3.):
# https://www.gywlwh.com/fanwen/162785.html
# A .docx whose items are numbered paragraphs under 一、二、三、四 headings; the company is named only in the title
# and the signature, the paragraphs name its departments; 整改进展 written into each paragraph (one without it).
STYLE_PARAS = [
    (
        "一、贯彻落实上级决策部署方面",
        [
            "1.问题表现：以会议落实会议、以文件落实文件，部分安全生产部署停留在传达层面。整改措施：建立重点工作"
            "清单，逐项明确责任人和完成节点。责任部门：综合办公室；完成时限：2024年7月20日前；整改进展：已完成，"
            "重点工作清单已印发执行。",
            "2.问题表现：对老旧燃气管网改造任务调度不力，存在等靠思想。整改措施：实行周调度、月通报，倒排工期。"
            "责任部门：工程管理部；完成时限：2024年第三季度；整改进展：正在推进，已完成改造18公里。",
        ],
    ),
    (
        "二、联系服务群众方面",
        [
            "3.问题表现：客户服务热线高峰时段接通率偏低，群众报修响应慢。整改措施：增设热线坐席，实行报修限时"
            "响应。责任部门：客户服务中心；完成时限：2024年8月31日前；整改进展：部分完成，已增设坐席4个。",
            "4.问题表现：燃气开户、过户办理环节多，要求群众重复提交材料。整改措施：精简申请材料，推行“一次办”。"
            "责任部门：营业收费部；完成时限：2024年7月15日前；整改进展：已完成。",
        ],
    ),
    (
        "三、履职尽责方面",
        [
            "5.问题表现：入户安全检查重留痕、轻实效，个别安检记录存在代签现象。整改措施：规范入户安检流程，"
            "开展安检记录专项抽查。责任部门：安全生产部；完成时限：长期坚持；整改进展：长期坚持。",
            "6.问题表现：个别中层干部遇到矛盾推诿扯皮，跨部门事项久拖不决。整改措施：建立首问负责和限时办结"
            "制度。责任部门：人力资源部；完成时限：2024年12月底前；整改进展：未启动。",
        ],
    ),
    (
        "四、文风会风方面",
        [
            "7.问题表现：内部会议多、时间长，报表材料层层加码。整改措施：压缩会议数量，统一规范报表报送。"
            "责任部门：党群工作部；完成时限：2024年9月30日前。",
        ],
    ),
]


def write_style(path: Path) -> Path:
    doc = _new_document("党群工作部")
    _title(doc, "市燃气有限公司关于纠正形式主义、官僚主义突出问题清单及整改措施")
    _paragraph(
        doc,
        "按照集中整治形式主义、官僚主义工作部署，各部门在学习教育、讨论辨析的基础上，对照形式主义、官僚主义"
        "具体表现深入查摆，研究制定了整改措施。现将问题清单及整改进展报告如下：",
    )
    for heading, paras in STYLE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "中共市燃气有限公司委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 农村饮水安全问题排查整改工作台账, after a province's 农村饮水安全问题排查整改行动 (以县为主体、以村为单元、以户为
# 对象; 水量、水质、方便程度、供水保证率“四项指标”和工程运行管理; 立查立改、阶段整改、持续整改三类, 明确整改完成
# 时限, 形成工作台账; 持续整改问题 to the end of the 十四五):
# http://tibet.cn/cn/Instant/local/202308/t20230804_7462470.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 问题类别 and 整改类型, 完成时限 as text,
# 销号情况, a 填表说明 and signature line; two units under former names (水务局, 农委).
WATER_ROWS = [
    (
        "柳屯镇",
        "西庄村",
        "水量",
        "夏季用水高峰时段管网末端水压不足",
        "阶段整改",
        "新建加压泵站",
        "柳屯镇人民政府",
        "10月底前",
        "泵站基础已完工，正在安装设备",
        "未销号",
    ),
    (
        "文留镇",
        "后寨村",
        "水质",
        "集中供水点水质检测浑浊度超标",
        "立查立改",
        "更换过滤材料，加强消毒",
        "水务局",
        "7月20日前",
        "已完成，复检合格",
        "已销号",
    ),
    (
        "庆祖镇",
        "东庄村",
        "方便程度",
        "部分农户自来水未入户，需到村集中点取水",
        "阶段整改",
        "延伸入户管网",
        "庆祖镇人民政府",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "户部寨镇",
        "户部寨水厂",
        "管理类",
        "水厂消毒设备长期停用",
        "立查立改",
        "维修消毒设备，建立运行记录",
        "市自来水公司",
        "7月25日前",
        "已维修并恢复运行",
        "已销号",
    ),
    (
        "梁庄镇",
        "北街村",
        "供水保证率",
        "单一水源供水，停电即停水",
        "持续整改",
        "实施城乡供水一体化管网连通",
        "水务局",
        "2024-2025年",
        "已列入年度计划，正在编制实施方案",
        "未销号",
    ),
    (
        "王称堌镇",
        "前郭村",
        "管理类",
        "村级管水员未落实，群众反映问题无人管",
        "立查立改",
        "落实村级管水员并公示",
        "王称堌镇人民政府",
        "7月31日前",
        "未整改",
        "未销号",
    ),
    (
        "子岸镇",
        "子岸水厂",
        "水质",
        "水源井保护范围内有生猪养殖场，存在污染风险",
        "阶段整改",
        "督促养殖场关停搬迁",
        "农委",
        "10月底前",
        "已约谈养殖场业主，正在协商搬迁补偿",
        "未销号",
    ),
    (
        "胡状镇",
        "南关村",
        "水量",
        "入户管道老化漏损严重",
        "阶段整改",
        "更换老化入户管道",
        "胡状镇人民政府",
        "2024.9.15",
        "基本完成",
        "未销号",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="农饮专班")
    ws = b.sheet("台账")
    b.widths(ws, [6, 10, 12, 10, 34, 10, 24, 16, 14, 28, 10])
    b.line(ws, 0, "农村饮水安全问题排查整改工作台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县农村饮水安全问题排查整改工作专班    填报时间：2024年7月26日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村（工程）",
            "问题类别",
            "问题描述",
            "整改类型",
            "整改措施",
            "责任单位",
            "完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(WATER_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.问题类别按水量、水质、方便程度、供水保证率和管理类填写；2.整改类型分立查立改、阶段整改、"
        "持续整改三类；3.销号情况填写已销号或未销号。",
        10,
    )
    b.line(ws, end + 2, "填表人：郭振宇    审核人：韩立新    联系电话：0393-3221876", 10)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "农村饮水安全问题排查整改工作台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 公众聚集场所火灾隐患整改台账, after a city's account of its 公众聚集场所消防安全专项治理 (下发《责令限期改正通知书》
# 和《重大火灾隐患整改通知书》, 到期复查, 复查合格/不合格, 查封, 处罚; 娱乐城 among the places):
# http://yysqw.gov.cn/43332/43335/44289/46376/46607/content_1282029.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with 到期复查 over 复查日期/复查结果,
# a 检查人 column, a 注 and signature line.
FIRE_ROWS = [
    (
        "濮阳市金海岸娱乐城有限公司",
        "歌舞娱乐",
        date(2024, 7, 1),
        "疏散通道堆放杂物，一处安全出口上锁",
        "责令限期改正通知书",
        "2024年7月8日",
        "已整改",
        date(2024, 7, 9),
        "合格",
        "刘洋、宋涛",
    ),
    (
        "濮阳市华联商厦有限公司",
        "商场",
        date(2024, 7, 2),
        "自动喷水灭火系统末端试水压力不足",
        "重大火灾隐患整改通知书",
        "2024年8月31日",
        "正在更换喷淋管网",
        None,
        "",
        "刘洋、宋涛",
    ),
    (
        "濮阳市悦来宾馆有限公司",
        "宾馆",
        date(2024, 7, 5),
        "客房未配备防毒面具，走道应急照明损坏",
        "责令限期改正通知书",
        "7月15日前",
        "",
        date(2024, 7, 16),
        "不合格，逾期未整改",
        "马骏、田野",
    ),
    (
        "濮阳市福满楼餐饮有限公司",
        "餐饮",
        date(2024, 7, 8),
        "厨房燃气管道未安装可燃气体泄漏报警装置",
        "责令限期改正通知书",
        "2024.7.22",
        "已安装报警装置",
        date(2024, 7, 23),
        "合格",
        "马骏、田野",
    ),
    (
        "濮阳市星光网络会所",
        "网吧",
        date(2024, 7, 10),
        "电动自行车在室内停放充电",
        "责令限期改正通知书",
        "2024年7月12日",
        "已清理",
        date(2024, 7, 12),
        "合格",
        "刘洋、宋涛",
    ),
    (
        "濮阳市万德福超市有限公司",
        "超市",
        date(2024, 7, 15),
        "消防控制室值班人员未持证上岗",
        "责令限期改正通知书",
        "2024年8月15日",
        "",
        None,
        "",
        "马骏、田野",
    ),
    (
        "濮阳市新天地影城有限公司",
        "影剧院",
        date(2024, 7, 18),
        "放映厅疏散指示标志损坏、不亮",
        "责令限期改正通知书",
        "7月底前",
        "正在采购疏散指示标志",
        None,
        "",
        "刘洋、宋涛",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("台账")
    b.widths(ws, [6, 26, 10, 12, 32, 20, 14, 18, 12, 16, 12])
    b.line(ws, 0, "公众聚集场所消防安全专项治理火灾隐患整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队华龙区大队    统计截至：2024年7月31日", 10)
    words = ["序号", "场所名称", "场所类别", "检查日期", "火灾隐患", "法律文书", "整改期限", "整改情况"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "到期复查", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=8)
    b.merge(ws, 2, 10, 3, 10, "检查人", b.head)
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        b.row(ws, r, [i, *row])
        b.put(ws, r, 0, i, b.center)
    end = 4 + len(FIRE_ROWS)
    b.line(ws, end + 1, "注：复查结果填写“合格”或“不合格”；未到复查时间的不填。", 10)
    b.line(ws, end + 2, "填报人：周明辉    审核人：杜建军    联系电话：0393-4899119", 10)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "公众聚集场所火灾隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 网吧、娱乐场所专项整治发现问题整改情况, after a city 文化和旅游局's joint action with 公安局、综合行政执法局、
# 市场监督管理局、消防救援大队 (剧本娱乐场所、电竞酒店、网吧和歌舞娱乐场所; 检查单位9家, 发现问题10个; 当场下达整改
# 通知书, 能立即整改的立即整改, 不能立即整改的限期整改到位):
# https://styafang.com/1/323373/2024/01/30767046.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 and 检查时间 line, a paragraph saying deadlines run from the check,
# one table with a 检查部门 column (the inspectors) beside the places, signature line.
CULT_ROWS = [
    (
        "濮阳市极速网咖有限公司",
        "网吧",
        "未核验上网人员身份证件，存在接纳未成年人隐患",
        "市公安局",
        "立即改正",
        "立行立改",
        "已当场整改",
    ),
    (
        "濮阳市声临其境KTV有限公司",
        "歌舞娱乐",
        "包厢内消防应急照明灯损坏",
        "市消防救援支队",
        "限期整改",
        "5个工作日内",
        "已更换应急照明灯，经复查合格",
    ),
    (
        "濮阳市谜境剧本娱乐有限公司",
        "剧本娱乐",
        "剧本脚本未按规定进行内容自审和备案",
        "市文化广电和旅游局",
        "限期整改",
        "10日内",
        "正在整理剧本材料，办理备案",
    ),
    (
        "濮阳市畅游电竞酒店有限公司",
        "电竞酒店",
        "电竞区未设置未成年人禁入标志",
        "市文化广电和旅游局",
        "限期整改",
        "2024年7月22日前",
        "已整改",
    ),
    (
        "濮阳市星空台球俱乐部",
        "游艺娱乐",
        "未取得营业执照擅自从事经营活动",
        "市市场监管局",
        "停业整改",
        "2024年8月10日前",
        "未整改",
    ),
    (
        "濮阳市欢乐颂量贩KTV有限公司",
        "歌舞娱乐",
        "安全通道堆放酒水杂物",
        "市消防救援支队",
        "立即清理",
        "立行立改",
        "已清理部分杂物，剩余正在清运",
    ),
    (
        "濮阳市飞越网络会所",
        "网吧",
        "场所内多人吸烟，控烟巡查员未履职",
        "市文化广电和旅游局",
        "限期整改",
        "5个工作日内",
        "",
    ),
]


def write_cult_docx(path: Path) -> Path:
    doc = _new_document("市场管理科")
    _title(doc, "网吧、娱乐场所专项整治行动发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市文化广电和旅游局    检查时间：2024年7月19日", 12)
    _paragraph(
        doc,
        "7月19日，市文化广电和旅游局联合市公安局、市市场监管局、市消防救援支队开展网吧、娱乐场所专项整治行动，"
        "共检查场所9家，发现问题7个，当场下达整改通知书。整改时限自检查之日起计算。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CULT_ROWS, 1)]
    _table(
        doc,
        ["序号", "场所名称", "场所类型", "发现问题", "检查部门", "整改要求", "整改时限", "整改情况"],
        body,
    )
    _paragraph(doc, "填表人：谢文静    联系电话：0393-8166203    填报日期：2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_cult(path: Path) -> Path:
    return via_soffice(write_cult_docx, path, "doc", "网吧娱乐场所专项整治发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 学校食堂食品安全隐患整改台账 from two schools, after a district 市场监管局 and 教育体育局's joint 督导检查 of the
# school canteens (落实食品安全主体责任; 环境卫生、加工操作、餐饮用具洗消、留样; 发现食品安全隐患, 现场反馈, 限期
# 整改; 明厨亮灶):
# http://www.kuoxiong.cn/news/detail/193/120312.html
# A .zip of two returns: an .xlsx whose title names the school, and an .xls (xlwt) whose title is generic, the school
# named only in the file name; rows name parts of the canteen, a 整改责任人 (a person), 完成情况 and 验收情况.
CANTEEN_RETURNS = [
    (
        "濮阳市第三中学食堂食品安全隐患整改台账.xlsx",
        "濮阳市第三中学食堂食品安全隐患整改台账",
        "检查单位：市市场监督管理局、市教育局联合督导检查组    检查日期：2024年7月3日",
        [
            (
                "粗加工间",
                "生熟食品容器混用且未标识",
                "购置分类容器并加贴标识",
                "李红梅",
                "2024.7.10",
                "已完成",
                "验收合格",
            ),
            (
                "库房",
                "食品原料离地离墙存放不到位",
                "增设货架和垫仓板",
                "张国庆",
                "7月15日前",
                "已购置货架，正在调整摆放",
                "",
            ),
            (
                "餐具消毒间",
                "消毒柜损坏，餐具消毒记录不全",
                "更换消毒柜，规范消毒记录",
                "王海涛",
                "2024.7.20",
                "未整改",
                "",
            ),
            (
                "留样间",
                "留样冰箱未上锁，部分菜品留样量不足125克",
                "专人管理留样冰箱",
                "刘晓燕",
                "2024.7.5",
                "已完成",
                "验收合格",
            ),
        ],
    ),
    (
        "濮阳市华龙区实验幼儿园食堂食品安全隐患整改台账.xls",
        "学校食堂食品安全联合督导检查发现问题整改台账",
        "检查日期：2024年7月9日",
        [
            (
                "后厨操作间",
                "明厨亮灶视频监控未覆盖切配区",
                "增设摄像头并接入监管平台",
                "赵丽",
                "7月底前",
                "正在安装",
                "",
            ),
            (
                "后厨操作间",
                "从业人员操作时未规范佩戴口罩和工作帽",
                "开展从业人员培训",
                "孙敏",
                "2024.7.12",
                "已完成",
                "验收合格",
            ),
            ("库房", "食品添加剂未专柜存放、未专人管理", "设置添加剂专柜", "赵丽", "2024.7.15", "", ""),
            ("餐厅", "防蝇防鼠设施不完善", "安装防蝇帘和挡鼠板", "周强", "2024.7.16", "已整改", ""),
        ],
    ),
]
CANTEEN_HEADER = [
    "序号",
    "检查部位",
    "存在问题",
    "整改措施",
    "整改责任人",
    "整改时限",
    "完成情况",
    "验收情况",
]


def write_canteen_xlsx(path: Path, title: str, line: str, rows: list[tuple]) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 34, 28, 12, 12, 24, 12])
    b.line(ws, 0, title, 7, b.title)
    b.line(ws, 1, line, 7)
    b.header(ws, 2, CANTEEN_HEADER)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(ws, 4 + len(rows), "填表人：高敏    校长（签字）：            2024年7月25日", 7, b.right)
    return b.close()


def write_canteen_xls(path: Path, title: str, line: str, rows: list[tuple]) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [(0, 0, title, t, 0, 7), (1, 0, line, plain, 1, 7)]
    cells += [(2, col, w, h) for col, w in enumerate(CANTEEN_HEADER)]
    for i, row in enumerate(rows, 1):
        cells.append((2 + i, 0, i, ctr))
        cells += [(2 + i, col, v, c) for col, v in enumerate(row, 1)]
    r = 4 + len(rows)
    cells.append((r, 0, "填表人：何静    园长（签字）：            2024年7月26日", plain, r, 7))
    return _write_xls(path, [("台账", cells)])


def write_canteen(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, title, line, rows in CANTEEN_RETURNS:
            writer = write_canteen_xlsx if name.endswith(".xlsx") else write_canteen_xls
            member = writer(Path(tmp) / name, title, line, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年民生实事（教育领域）1-7月份进展情况.xlsx", write_live),
    ("大中型医疗机构综合执法检查监督意见整改情况汇总表.xlsx", write_med),
    ("危险货物道路运输企业安全生产隐患大排查整改台账.xls", write_haz),
    ("根治欠薪夏季专项行动欠薪问题（隐患）工作台账.csv", write_wage),
    ("纠正形式主义官僚主义突出问题清单及整改措施.docx", write_style),
    ("农村饮水安全问题排查整改工作台账.ods", write_water),
    ("公众聚集场所消防安全专项治理火灾隐患整改台账.et", write_fire),
    ("网吧娱乐场所专项整治行动发现问题整改情况表.wps", write_cult),
    ("学校食堂食品安全隐患整改台账（两所学校）.zip", write_canteen),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

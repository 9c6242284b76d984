"""Write the aside289 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 文明城市创建测评问题整改 (年度测评反馈、点位督查、文明程度指数、模拟测评失分点位), 物业与老旧小区改造
(物业服务质量综合评价、红黑榜、老旧小区改造群众反映问题), 交通运输与公交出租 (民意直通车出行问题、公交线路投诉排名、
公交运营服务质量考评).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside289.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _write_members(path: Path, members: list[tuple[str, object]]) -> Path:
    """A .zip of returns written by the given writers, with fixed member times."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


def _merge_column(table, first: int, last: int, col: int, text: str, size: float = 10.5) -> None:
    """Merge a Word table column over rows first..last and write the text once."""
    cell = table.cell(first, col)
    if last > first:
        cell = cell.merge(table.cell(last, col))
    _cell_text(cell, text, size)


# ---------------------------------------------------------------------------------------------
# 1. 文明城市年度测评实地考察反馈问题整改清单, after a county 文明办's account of the feedback meeting on a
# 省级文明城市实地测评 (县城管执法局等17家单位和新安镇等3个乡镇参加; 对各测评点的得分情况和存在问题进行了梳理通报;
# 各责任单位要对照情况反馈问题清单逐一梳理形成整改方案, 立即开展整改; 对得分较低、问题较多的单位进行通报):
# https://www.laxwmw.gov.cn/news/1/2025-01-09/97.html
# An .xlsx: title, 反馈时间 line (the base of 立行立改), one header row with 测评点位 and 得分率, a point with several
# problems merged down over its rows (测评点位, 得分率 and, where one unit answers for all, 责任单位), a 注 line and
# the 填报单位 line.
FEEDBACK_POINTS = [
    (
        "中原路（主干道）",
        "76.5%",
        [
            (
                "人行道道板破损松动，局部积水",
                "市城管局",
                "更换破损道板，疏通雨水口",
                "7月底前",
                "已更换道板120平方米，整改完成",
            ),
            (
                "沿街商铺占道经营、店外摆摊设点",
                "市城管局",
                "落实门前三包，专人巡查",
                "立行立改",
                "已整改到位，纳入日常巡查",
            ),
        ],
    ),
    (
        "濮阳市中医医院",
        "83.0%",
        [
            (
                "门诊大厅未设置学雷锋志愿服务站，无志愿者在岗",
                "市卫健委",
                "设立志愿服务站并安排志愿者轮岗",
                "2024年8月15日",
                "正在协调场地",
            ),
        ],
    ),
    (
        "华龙农贸市场",
        "58.2%",
        [
            (
                "水产区地面污水横流，垃圾清运不及时",
                "市市场监管局",
                "落实市场开办方保洁责任，垃圾日产日清",
                "立行立改",
                "未整改",
            ),
            (
                "市场内无讲文明树新风公益广告",
                "市市场监管局",
                "按标准设置公益广告",
                "7月20日前",
                "",
            ),
        ],
    ),
    (
        "胜利路街道绿城社区",
        "81.0%",
        [
            (
                "小区楼道堆放杂物、飞线充电",
                "华龙区胜利路街道办事处",
                "清理楼道杂物，引导集中充电",
                "长期坚持",
                "已清理杂物，建立每周巡查制度，长期坚持",
            ),
        ],
    ),
    (
        "清丰县城关镇主要街道",
        "69.4%",
        [
            (
                "主街两侧垃圾乱堆，沿街门店门前三包落实不到位",
                "清丰县城关镇人民政府",
                "开展集中整治，签订门前三包责任书",
                "2024年8月31日",
                "正在整改",
            ),
        ],
    ),
    (
        "公交站点（绿城路站）",
        "72.0%",
        [
            (
                "候车亭公益广告破损，站牌线路信息未更新",
                "市交通局",
                "更换公益广告画面和站牌",
                "7月底前",
                "已更换站牌，复查合格",
            ),
        ],
    ),
    (
        "濮阳宾馆",
        "86.7%",
        [
            (
                "未公示行业规范和诚信经营公益广告",
                "市文广新局",
                "在大堂显著位置公示",
                "2024年7月15日",
                "已整改",
            ),
        ],
    ),
    (
        "南乐县韩张镇镇区",
        "64.8%",
        [
            (
                "镇区背街小巷路灯损坏，夜间无照明",
                "南乐县韩张镇人民政府",
                "排查维修损坏路灯",
                "9月底前",
                "已排查损坏路灯23盏，正在采购灯具",
            ),
        ],
    ),
]


def write_feedback(path: Path) -> Path:
    b = Book(path, author="市创建办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 9, 40, 22, 28, 14, 32])
    b.line(ws, 0, "2024年全国文明城市年度测评实地考察反馈问题整改清单", 7, b.title)
    b.line(ws, 1, "反馈时间：2024年7月5日    整改情况报送截至：2024年7月26日", 7)
    b.header(
        ws, 2, ["序号", "测评点位", "得分率", "存在问题", "责任单位", "整改方案", "整改时限", "整改情况"]
    )
    r, n = 3, 0
    for point, score, problems in FEEDBACK_POINTS:
        last = r + len(problems) - 1
        b.merge(ws, r, 1, last, 1, point)
        b.merge(ws, r, 2, last, 2, score, b.center)
        units = {p[1] for p in problems}
        if len(problems) > 1 and len(units) == 1:
            b.merge(ws, r, 4, last, 4, problems[0][1])
        for problem, unit, plan, limit, done in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, problem)
            if not (len(problems) > 1 and len(units) == 1):
                b.put(ws, r, 4, unit)
            b.row(ws, r, [plan, limit, done], first=5)
            r += 1
    b.line(
        ws,
        r,
        "注：得分率为本次实地考察点位得分率；“立行立改”事项自反馈之日起整改；整改情况由各责任单位每周五前报送。",
        7,
    )
    b.line(
        ws,
        r + 1,
        "填报单位：濮阳市创建全国文明城市工作指挥部办公室（盖章）    联系人：张蕾    电话：0393-4415207",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 文明指数测评重点点位问题整改督查通报, after a TV station's report of a 特区's check before the 第三季度县域文明指数
# 测评 (先后前往游客服务中心、农贸市场、老营社区等重点测评点位, 逐项对标整改问题清单, 现场察看环境卫生、公益广告、
# 文明标识标牌、车辆停放、志愿服务; 要求各责任单位查漏补缺; 将进行通报整改, 跟踪督办):
# https://www.syiptv.com/article/show/157697
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 督查时间 (the base of 立行立改), a table with the
# 点位 and its 责任单位 merged down over the point's rows, the 对标问题 and 督查发现情况 (the progress), a closing
# paragraph and the office at the foot.
CHECK_POINTS = [
    (
        "台前县游客服务中心",
        "台前县文化广电和旅游局",
        [
            ("游客服务中心母婴室未正常开放", "立行立改", "已整改，母婴室已开放"),
            ("景区导览图未标注无障碍设施位置", "7月25日前", "导览图正在重新制作"),
        ],
    ),
    (
        "台前县城区农贸市场",
        "台前县市场监督管理局",
        [
            ("市场周边车辆乱停乱放，占压盲道", "立行立改", "仍未整改"),
            ("禁烟标识缺失，公益广告褪色", "7月25日前", "已整改，复查达标"),
        ],
    ),
    (
        "城关镇南关社区",
        "台前县城关镇人民政府",
        [
            ("学雷锋志愿服务站无服务记录和管理制度", "7月31日前", "本次未到该点位"),
            ("小区内飞线充电、楼道堆放杂物", "8月底前", "楼道杂物已清理，飞线充电正在整治"),
        ],
    ),
    (
        "台前县汽车客运站",
        "台前县交通运输局",
        [("候车厅文明引导员未在岗，志愿服务无人值守", "长期坚持", "已安排专人值守，长期坚持")],
    ),
]


def write_check_docx(path: Path) -> Path:
    doc = _new_document("台前县创建办")
    _title(doc, "台前县迎接第三季度文明指数测评重点点位问题整改督查情况通报", 18)
    _paragraph(doc, "各责任单位：")
    _paragraph(
        doc,
        "为迎接第三季度文明指数测评，县创建办督查组于2024年7月16日对重点测评点位问题整改情况进行了督查，"
        "对照问题清单逐项查看环境卫生、公益广告、文明标识标牌、车辆停放、志愿服务等整改情况。"
        "“立行立改”事项自督查当日起整改。现将督查情况通报如下：",
    )
    rows = sum(len(p[2]) for p in CHECK_POINTS)
    table = doc.add_table(rows=1 + rows, cols=6)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "测评点位", "责任单位", "对标问题清单", "整改时限", "督查发现情况"]):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for point, unit, problems in CHECK_POINTS:
        last = r + len(problems) - 1
        _merge_column(table, r, last, 1, point)
        _merge_column(table, r, last, 2, unit)
        for problem, limit, found in problems:
            n += 1
            _cell_text(table.cell(r, 0), str(n))
            _cell_text(table.cell(r, 3), problem)
            _cell_text(table.cell(r, 4), limit)
            _cell_text(table.cell(r, 5), found)
            r += 1
    _paragraph(
        doc,
        "请各责任单位对仍未整改和正在整改的问题查漏补缺，于7月31日前将整改情况报县创建办，县创建办将跟踪督办。",
    )
    _paragraph(doc, "台前县创建全国文明城市工作指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_check(path: Path) -> Path:
    return via_soffice(write_check_docx, path, "doc", "文明指数测评点位督查通报.docx")


# ---------------------------------------------------------------------------------------------
# 3. 文明程度指数测评问题整改台账, after a city 文明办's 第三季度文明程度指数测评结果 (委托第三方对城区和县市开展模拟
# 测评; 存在主要问题分消防管理、秩序管理、服务设施、建设管理、环境卫生、公益广告、文明行为七个方面):
# http://m.453100.com.cn/forum.php?mod=viewthread&ordertype=1&tid=122276
# A CSV in UTF-8 with BOM: a title line, a line saying the limits count from each row's 交办日期, one header line with
# the seven 问题类别, working-day and calendar-day limits, 立行立改 and 常态化, a 合计 line.
INDEX_ROWS = [
    (
        "消防管理",
        "华龙区",
        "居民小区消防通道被私家车长期堵塞",
        "市消防支队",
        "2024/7/8",
        "10个工作日",
        "已办结",
    ),
    (
        "秩序管理",
        "华龙区",
        "电动自行车未上牌、逆向行驶现象较多",
        "交警支队",
        "2024/7/8",
        "常态化",
        "常态化开展整治",
    ),
    (
        "服务设施",
        "华龙区",
        "市政务服务中心母婴室未正常开放",
        "市政务服务中心",
        "2024/7/8",
        "立行立改",
        "已开放",
    ),
    (
        "建设管理",
        "华龙区",
        "老旧小区楼道墙面污损，小广告乱贴乱画",
        "华龙区人民路街道办事处",
        "2024/7/10",
        "15日内",
        "整改中",
    ),
    (
        "环境卫生",
        "清丰县",
        "农贸市场周边垃圾清运不及时，卫生死角多",
        "清丰县城市管理局",
        "2024/7/10",
        "5个工作日",
        "逾期未整改",
    ),
    (
        "公益广告",
        "南乐县",
        "主干道公益广告破损、位置不显著",
        "南乐县城关镇人民政府",
        "2024/7/10",
        "10个工作日",
        "",
    ),
    (
        "文明行为",
        "华龙区",
        "公园内遛狗不牵绳、犬只粪便未清理",
        "市公安局",
        "2024/7/12",
        "长期坚持",
        "已开展文明养犬宣传，长效管理",
    ),
    (
        "服务设施",
        "华龙区",
        "大型商场未设置无障碍停车位",
        "市商务局",
        "2024/7/12",
        "20个工作日",
        "正在施工",
    ),
]


def write_index(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市2024年第二季度文明程度指数测评问题整改台账"])
    w.writerow(["说明：整改时限自交办日期起计算，工作日按国家法定工作日计"])
    w.writerow(
        ["序号", "问题类别", "测评区域", "问题表现", "责任单位", "交办日期", "整改时限", "整改进展", "备注"]
    )
    for i, row in enumerate(INDEX_ROWS, 1):
        w.writerow([i, *row, ""])
    w.writerow(["合计", "", "", "共交办问题8个", "", "", "", "已办结2个", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 全国文明城市巩固提升模拟测评失分点位整改台账, after a district's 第四季度全国文明城市巩固提升模拟测评报告
# (测评内容包括新时代文明实践中心、政务大厅、银行网点、公交站点、公交车、出租车、室外公共厕所、建筑工地、中小学校、
# 医院、小区等26项, 共计87个点位; 逐点位列出测评项目、点位名称和得分):
# https://m.taowenge.com/p-68107345.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, as WPS 表格 names it): title, 测评时间/反馈日期 line (the
# base of 立行立改), a two-row header (测评情况 over 测评项目/点位名称/得分率, 整改落实 over 责任单位/整改时限/整改结果),
# an 平均得分率 row, a signature line.
MOCK_ROWS = [
    (
        "小区",
        "华龙区绿城小区",
        62.5,
        "小区内车辆乱停乱放，无15分钟生活圈导视图",
        "市住建局",
        "2024年8月31日",
        "正在整改",
    ),
    (
        "中小学校",
        "濮阳市实验小学",
        78.0,
        "校门口未设置护学岗，周边流动摊贩占道",
        "市教育局",
        "7月底前",
        "已整改",
    ),
    (
        "医院",
        "濮阳市中医医院",
        81.3,
        "门诊大厅无障碍通道被堵塞，禁烟标识不全",
        "市卫计委",
        "2024年7月20日",
        "复查合格",
    ),
    (
        "公交车",
        "6路公交车",
        70.0,
        "车内未张贴文明乘车公益广告，自动报站器失灵",
        "公交公司",
        "2024年8月15日",
        "",
    ),
    (
        "出租车",
        "出租车（豫J·T2318）",
        66.7,
        "驾驶员车内吸烟，未主动出示服务监督卡",
        "市交通局",
        "立行立改",
        "已约谈驾驶员并依规处罚，已整改",
    ),
    (
        "建筑工地",
        "开州路安置房项目工地",
        58.4,
        "围挡公益广告破损，工地出入口车辆未冲洗",
        "市建委",
        "7月15日前",
        "未整改",
    ),
    (
        "室外公共厕所",
        "人民公园北门公厕",
        74.2,
        "公厕无障碍设施损坏，厕内有异味",
        "市城管执法局",
        "2024年8月10日",
        "维修材料已采购，正在施工",
    ),
    (
        "银行网点",
        "建设银行濮阳分行营业部",
        88.0,
        "营业厅未设置诚信建设公益宣传",
        "中国建设银行股份有限公司濮阳分行",
        "7月20日前",
        "已整改",
    ),
]


def write_mock_book(path: Path) -> Path:
    b = Book(path, author="市文明办")
    ws = b.sheet("失分点位")
    b.widths(ws, [6, 12, 22, 9, 40, 24, 16, 28])
    pct = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "全国文明城市巩固提升模拟测评失分点位整改台账（6月）", 7, b.title)
    b.line(ws, 1, "测评时间：2024年6月24日至28日    反馈日期：2024年7月2日    得分率单位：%", 7)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "测评情况", b.head)
    b.header(ws, 3, ["测评项目", "点位名称", "得分率"], first=1)
    b.merge(ws, 2, 4, 3, 4, "主要失分问题", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["责任单位", "整改时限", "整改结果"], first=5)
    for i, row in enumerate(MOCK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, pct if c == 3 else None)
    end = 4 + len(MOCK_ROWS)
    b.merge(ws, end, 0, end, 2, "平均得分率", b.center)
    b.put(ws, end, 3, round(sum(r[2] for r in MOCK_ROWS) / len(MOCK_ROWS), 1), pct)
    for c in range(4, 8):
        b.put(ws, end, c, "")
    b.line(ws, end + 2, "审核：刘建华    填表：孙萌    填报日期：2024年7月29日", 7)
    return b.close()


def write_mock(path: Path) -> Path:
    return via_soffice(write_mock_book, path, "xls", "模拟测评失分点位整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 住宅小区物业服务质量综合评价问题整改台账, after a district 住建局's answer to a deputy's suggestion on 物业服务质量
# (综合评价由业主满意度评价40分、物业服务现场评价30分和街道社区党组织评价30分三部分组成; 85分以上由物业服务企业对照
# 问题整改清单自行整改; 60-85分由镇街物管办出具书面整改通知, 限期完成整改; 60分以下由街道办事处联合区住建局处置):
# http://www.ampression.com/gongkai/site_zhangqiuquqzfhcxjsjl/channel_6389af8f3759918282647754/doc_68bfd362fded77a7feef2034.html
# An .xls (xlwt): title, 整改通知下达日期 line (the base of 限期15日/30日内), a two-row header with 综合评价得分 over the
# three parts and 合计, 处置方式 by score band, the 物业服务企业 as 整改责任单位, a 说明 line and a signature line.
ESTATE_ROWS = [
    (
        "胜利路街道",
        "绿城·百合花园",
        "濮阳绿城物业服务有限公司",
        (36, 27, 28),
        "地下车库照明灯具损坏，消防通道标线模糊",
        "对照问题清单自行整改",
        "7月底前",
        "已整改",
    ),
    (
        "人民路街道",
        "建业·桂园",
        "河南建业物业管理有限公司濮阳分公司",
        (30, 24, 25),
        "楼道堆放杂物，电动车入户充电现象较多",
        "书面整改通知",
        "限期15日",
        "部分整改",
    ),
    (
        "中原路街道",
        "供电公司家属院",
        "濮阳市华龙区安居物业管理有限公司",
        (22, 17, 16),
        "垃圾清运不及时，单元门禁损坏长期未修",
        "街道联合区住建局约谈企业负责人",
        "30日内",
        "未整改",
    ),
    (
        "大庆路街道",
        "龙都花园",
        "濮阳市龙都物业管理有限公司",
        (33, 25, 24),
        "物业服务费收支情况未按规定公示",
        "书面整改通知",
        "限期15日",
        "",
    ),
    (
        "黄河路街道",
        "恒信·御景",
        "濮阳市恒信物业服务有限公司",
        (35, 26, 26),
        "小区绿化补植不及时，部分绿地黄土裸露",
        "对照问题清单自行整改",
        "9月底前",
        "已补植部分绿地，其余正在推进",
    ),
    (
        "任丘路街道",
        "油田供水小区",
        "中原油田物业管理有限公司",
        (31, 22, 23),
        "二次供水水箱清洗消毒记录缺失",
        "书面整改通知",
        "限期15日",
        "已清洗水箱并补建记录，经社区复核已整改",
    ),
    (
        "长庆路街道",
        "昆吾小区",
        "濮阳市中原物业服务有限公司",
        (24, 18, 17),
        "监控设施大面积损坏，夜间秩序维护人员不在岗",
        "街道联合区住建局约谈企业负责人，信用扣分",
        "30日内",
        "已更换监控探头18个，夜间巡逻制度正在落实",
    ),
]


def write_estate(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "华龙区2024年上半年住宅小区物业服务质量综合评价问题整改台账", t, 0, 12),
        (
            1,
            0,
            "填报单位：华龙区住房和城乡建设局（物业管理科）    整改通知下达日期：2024年7月5日",
            plain,
            1,
            12,
        ),
    ]
    for col, word in enumerate(["序号", "所属街道", "小区名称", "整改责任单位（物业服务企业）"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 4, "综合评价得分", h, 2, 7))
    for col, word in enumerate(["业主满意度（40分）", "现场评价（30分）", "党组织评价（30分）", "合计"], 4):
        cells.append((3, col, word, h))
    for col, word in enumerate(["存在问题", "处置方式", "整改期限", "整改完成情况"], 8):
        cells.append((2, col, word, h, 3, col))
    totals = []
    for i, (street, estate, firm, parts, problem, way, limit, done) in enumerate(ESTATE_ROWS, 1):
        r = 3 + i
        totals.append(sum(parts))
        values = [i, street, estate, firm, *parts, sum(parts), problem, way, limit, done]
        for col, v in enumerate(values):
            cells.append((r, col, v, ctr if col in (0, 4, 5, 6, 7, 10) else c))
    r = 4 + len(ESTATE_ROWS)
    cells.append((r, 0, "平均", ctr, r, 6))
    cells.append((r, 7, round(sum(totals) / len(totals), 1), ctr))
    for col in range(8, 12):
        cells.append((r, col, "", c))
    cells += [
        (
            r + 1,
            0,
            "说明：85分以上由物业服务企业对照问题整改清单自行整改；60-85分由街道物管办出具书面整改通知，限期15日整改；"
            "60分以下由街道办事处联合区住建局约谈企业负责人，30日内整改到位。期限自整改通知下达之日起计算。",
            plain,
            r + 1,
            12,
        ),
        (r + 2, 0, "审核人：王保国    填表人：韩雪    联系电话：0393-8332517", plain, r + 2, 12),
    ]
    return _write_xls(path, [("综合评价整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 物业服务质量综合评价“红黑榜”小区整改情况 (two returns in one zip), after a city 住建局's publication of its
# half-year 物业服务质量综合评价 (推荐“红榜”物业小区73个、“黑榜”物业小区17个; 对列入“黑榜”的物业服务项目进行信用
# 扣分, 并在9月底前指导街道办事处、社区居委会依法组织召开业主大会表决重新选聘物业服务企业):
# http://lcxw.cn/yaowen/shehui/20230819/41311.html
# A .zip holding an .xlsx from one county (a 红榜 block listing names and scores only, then a 黑榜 block with problems
# and an explicit 整改责任单位) and a .docx table from another county's 住建局 whose rows name only its own 股室.
QINGFENG_RED = [
    ("阳光嘉苑", "濮阳市安泰物业服务有限公司", 93.5),
    ("学府花园", "清丰县金盾物业管理有限公司", 91.0),
    ("御景湾", "河南正商物业服务有限公司清丰分公司", 90.5),
]
QINGFENG_BLACK = [
    (
        "幸福家园",
        "清丰县顺达物业服务有限公司",
        52.0,
        "物业服务人员配备不足，公共区域长期无人保洁",
        "信用扣分，组织召开业主大会表决重新选聘物业服务企业",
        "清丰县城关镇人民政府",
        "9月底前",
        "已发布业主大会公告，正在征集业主意见",
    ),
    (
        "锦绣华庭",
        "濮阳市华信物业管理有限公司",
        56.5,
        "电梯故障频发，维保记录不全",
        "信用扣分，限期整改",
        "濮阳市华信物业管理有限公司",
        "7月底前",
        "已更换电梯主板，维保记录已补齐",
    ),
    (
        "书香名邸",
        "清丰县宏达物业服务有限公司",
        48.0,
        "小区消防设施损坏，消防通道被占用",
        "信用扣分，限期整改",
        "清丰县宏达物业服务有限公司",
        "8月15日前",
        "未整改",
    ),
    (
        "龙湖郡",
        "清丰县安顺物业管理有限公司",
        57.0,
        "物业服务合同到期后续聘情况未向业主公开",
        "督促公开，依法组织业主大会表决",
        "清丰县城关镇人民政府",
        "9月底前",
        "",
    ),
]
NANLE_ROWS = [
    (
        "金色家园小区物业企业擅自提高停车收费标准",
        "物业管理股",
        "责令退还多收费用，规范收费公示",
        "7月20日前",
        "已责令退还多收费用，已整改到位",
    ),
    (
        "文化苑小区业主大会未按期召开，物业选聘工作停滞",
        "物业管理股",
        "指导社区成立业主大会筹备组",
        "9月底前",
        "已指导社区成立筹备组",
    ),
    ("住宅专项维修资金使用情况公示不及时", "房产股", "按季度公示维修资金使用情况", "2024年8月31日", ""),
    (
        "老旧小区改造后物业管理未及时跟进，部分小区存在失管问题",
        "城建股",
        "推行先尝后买、社区托管等方式",
        "长期坚持",
        "常态化推进",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县住建局")
    ws = b.sheet("红黑榜")
    b.widths(ws, [6, 14, 30, 10, 34, 30, 26, 12, 30])
    sec = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "清丰县2024年上半年物业服务质量综合评价红黑榜小区整改情况", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县住房和城乡建设局    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "物业服务企业",
            "评价得分",
            "主要问题",
            "整改措施",
            "整改责任单位",
            "完成时限",
            "整改进度",
        ],
    )
    b.merge(ws, 3, 0, 3, 8, f"一、红榜物业小区（{len(QINGFENG_RED)}个）", sec)
    r = 4
    for i, (estate, firm, score) in enumerate(QINGFENG_RED, 1):
        b.row(ws, r, [i, estate, firm, score, "", "", "", "", ""])
        r += 1
    b.merge(ws, r, 0, r, 8, f"二、黑榜物业小区（{len(QINGFENG_BLACK)}个）", sec)
    r += 1
    for i, row in enumerate(QINGFENG_BLACK, 1):
        b.row(ws, r, [i, *row])
        r += 1
    b.line(ws, r + 1, "填表人：杜鹃    联系电话：0393-7226135", 8)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("物业管理股")
    _title(doc, "南乐县物业服务质量综合评价黑榜项目整改情况", 18)
    _paragraph(doc, "填报单位：南乐县住房和城乡建设局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任股室", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "填表人：路晓东    联系电话：0393-6219372", 12)
    return _save_fixed(doc, path)


def write_redblack_zip(path: Path) -> Path:
    return _write_members(
        path,
        [
            ("清丰县物业服务质量综合评价红黑榜小区整改情况.xlsx", write_qingfeng_book),
            ("南乐县物业服务质量综合评价黑榜项目整改情况.docx", write_nanle_docx),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 7. 老旧小区改造群众反映问题整改进度表, after a county paper's report on 老旧小区 排水管网改造 (蔡锷小区道路坑洼、下水道
# 易堵塞、积水严重; 排水管网改造开挖施工已于10月12日全部完成; 道路维修影响居民出行安全的问题已通过现场处理矛盾、规范
# 围挡作业等措施得到解决; 主要道路维修进度已完成90%, 预计在10月底前全部完工):
# http://www.jijunzs.com/content/2024/10/21/14631323.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 问题交办时间 line (the base of 立行立改), a table
# with 完成进度 in words and percentages and 预计完成时间, a closing paragraph, the bureau and date at the foot.
OLD_ESTATE_ROWS = [
    (
        "县委党校家属院",
        "小区道路坑洼不平，雨天积水严重",
        "濮阳县住房和城乡建设局",
        "铺设沥青路面，完善排水",
        "主要道路维修已完成90%",
        "10月底前",
    ),
    (
        "农行家属院",
        "排水管网老化堵塞，下水井盖破损",
        "濮阳县住房和城乡建设局",
        "更换排水管网和井盖",
        "排水管网改造开挖施工已于7月12日全部完成",
        "7月15日",
    ),
    (
        "供销社家属院",
        "施工围挡不规范，影响居民出行安全",
        "濮阳县城市建设投资有限公司",
        "规范围挡作业，现场处理矛盾",
        "已规范围挡作业，居民出行问题已解决",
        "立行立改",
    ),
    (
        "城关镇文化路小区",
        "燃气管道改造后未恢复绿化带",
        "燃气公司",
        "恢复绿化带",
        "",
        "8月底前",
    ),
    (
        "粮食局家属院",
        "架空线缆杂乱，存在安全隐患",
        "供电公司",
        "电力、通信线缆规整入地",
        "正在协调通信运营商共同入地",
        "2024年9月30日",
    ),
    (
        "教育局家属院",
        "二次供水设施老化，高层水压不足",
        "自来水公司",
        "更换二次供水设备",
        "尚未启动",
        "年底前",
    ),
    (
        "人民医院家属院",
        "改造新增的电动车充电桩未通电",
        "濮阳县住房和城乡建设局",
        "协调供电接入",
        "已通电运行",
        "7月20日前",
    ),
]


def write_old_estate_docx(path: Path) -> Path:
    doc = _new_document("城建股")
    _title(doc, "濮阳县2024年城镇老旧小区改造群众反映问题整改进度表", 18)
    _paragraph(
        doc, "填报单位：濮阳县住房和城乡建设局    问题交办时间：2024年7月1日    进度截至：2024年7月26日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(OLD_ESTATE_ROWS, 1)]
    _table(
        doc, ["序号", "小区名称", "群众反映问题", "责任单位", "整改措施", "完成进度", "预计完成时间"], body
    )
    _paragraph(
        doc,
        "下一步，我局将坚持每周调度，督促施工单位和管线产权单位倒排工期，确保群众反映问题按期整改到位。",
        12,
    )
    _paragraph(doc, "濮阳县住房和城乡建设局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_old_estate(path: Path) -> Path:
    return via_soffice(write_old_estate_docx, path, "doc", "老旧小区改造群众反映问题整改进度表.docx")


# ---------------------------------------------------------------------------------------------
# 8. “民意直通车”反映出行问题挂账销号整改情况报告, after a city 道路运输局's account of its 主题教育 work (通过“民意直通车”
# 汇总市民集中反映的突出问题, 发现重点场站、医院门前出租车违规服务、出租车智能化不强等137个问题, 倒排工期、挂账销号;
# 立行立改办结5件; 加快公交场站充电桩建设; 对途经夜间经济区的14条公交线路整体延时; 首批“便民遮阳候车亭”; 细化
# 整改内容、整改措施、整改时限):
# http://news.72177.com/2019/0910/4495627.shtml
# A .docx: title, 主送, preamble, the items as numbered paragraphs (problem, the bureau's own 科室, 时限 and progress in
# sentences, one with a two-step schedule), a closing paragraph, the bureau and date at the foot.
DIRECT_LINE_PARAS = [
    (
        "（一）市人民医院、火车站等重点场站周边出租汽车拒载、议价现象突出。出租汽车管理科牵头联合执法，"
        "整改时限：立行立改（7月1日交办）。已于7月1日至3日开展集中整治，查处违规车辆17台次，已办结销号。"
    ),
    (
        "（二）公交场站充电桩数量不足，新能源公交车夜间充电排队。公交管理科负责，2024年12月底前新增充电桩40个。"
        "目前已完成选址，正在组织招标。"
    ),
    (
        "（三）途经夜市经济区的公交线路末班车时间偏早，群众夜间出行不便。公交管理科负责，7月15日前完成线路延时"
        "调整。已对3路、7路、12路等8条线路延时运营，已销号。"
    ),
    (
        "（四）出租汽车电召服务平台智能化程度低，电话召车响应慢。科技信息科负责，9月底前完成平台升级改造。"
        "该项工作尚未启动。"
    ),
    (
        "（五）部分公交站台无遮阳设施，乘客候车暴晒。公交管理科负责，分两批实施：7月底前完成首批20个便民遮阳"
        "候车亭，8月底前全部完成。目前首批20个已建成投用，第二批正在施工。"
    ),
    (
        "（六）网约车平台违规派单、车辆和驾驶员线上线下不一致。客运管理科负责，会同执法支队常态化开展联合执法，"
        "长期坚持。"
    ),
    (
        "（七）城乡公交班次间隔长，偏远村庄群众出行不便。道路运输管理科负责，2024年10月31日前优化城乡公交班次。"
    ),
]


def write_direct_line(path: Path) -> Path:
    doc = _new_document("客运管理科")
    _title(doc, "濮阳市交通运输局关于“民意直通车”反映出行问题挂账销号整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "今年以来，我局通过“民意直通车”汇总市民集中反映的出行问题，经走访调研梳理出7个突出问题，逐项明确整改内容、"
        "整改措施和整改时限，倒排工期、挂账销号。7月1日，局党组召开专题会议交办，能立即解决的立行立改。"
        "现将整改情况报告如下：",
    )
    for text in DIRECT_LINE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对未销号问题按周调度，确保一条条兑现、一项项落实。")
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 公交线路投诉量排名及整改情况表, after a city 交通运输局's second 乘客代表座谈会 (乘客代表反映车厢温度、急起急停、
# 越站甩客、车厢脏乱等问题; 对每月投诉量排名前5的企业、前10的线路进行重点监管, 在行业内公开通报; 连续两个月进入的
# 约谈企业主要负责人, 责令限期整改, 逾期未整改或整改不到位的予以黄牌警告):
# https://m.news.shi-fen.com/china/201904/50-264444.html
# An .xlsx: title, 通报日期 line (the base of 立行立改 and 限期整改15日), a two-row header with 是否整改到位 over 是/否
# tick columns beside a 整改情况 column, a line of 投诉量前5企业 and a 说明 line.
BUS_ROWS = [
    ("6路", "众意公交公司", 21, "车厢空调不开或温度过高", "7月10日前", "已检修全部运营车辆空调", "√", ""),
    ("1路", "众意公交公司", 18, "高峰时段越站甩客", "限期整改15日", "已对涉事驾驶员约谈教育", "", "√"),
    ("15路", "众意公交公司", 16, "驾驶员急起急停，乘客站立不稳", date(2024, 7, 15), "", "", "√"),
    ("201路", "濮阳县城乡公交有限公司", 14, "班次不准点，末班车提前收车", "7月底前", "已调整排班", "√", ""),
    ("9路", "众意公交公司", 12, "车厢地面脏污，座椅破损", "立行立改", "已集中清洗车辆，更换座椅套", "√", ""),
    ("302路", "清丰县公共交通有限公司", 11, "报站器失灵，报站名与实际站点不一致", "7月20日前", "", "", ""),
    (
        "11路",
        "众意公交公司",
        10,
        "驾驶员服务态度差，与乘客发生争执",
        "长期",
        "纳入月度考核，长期坚持",
        "",
        "",
    ),
    (
        "K2路",
        "南乐县公共交通有限公司",
        9,
        "投币机故障，扫码支付无法使用",
        date(2024, 8, 15),
        "已联系厂家更换设备，正在安装",
        "",
        "√",
    ),
]


def write_bus(path: Path) -> Path:
    b = Book(path, author="市交通运输局")
    ws = b.sheet("投诉排名")
    b.widths(ws, [6, 8, 24, 10, 34, 14, 30, 6, 6])
    b.line(ws, 0, "2024年6月公交线路投诉量排名及整改情况表", 8, b.title)
    b.line(ws, 1, "通报单位：濮阳市交通运输局（公交管理科）    通报日期：2024年7月2日", 8)
    for c, word in enumerate(
        ["排名", "线路", "所属企业", "投诉件数", "主要投诉问题", "整改时限", "整改情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    for i, row in enumerate(BUS_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 7, 8) else None)
    end = 4 + len(BUS_ROWS)
    b.line(
        ws,
        end,
        "投诉量前5企业：众意公交公司（77件）、濮阳县城乡公交有限公司（14件）、清丰县公共交通有限公司（11件）、"
        "南乐县公共交通有限公司（9件）、范县公交客运有限公司（6件）。",
        8,
    )
    b.line(
        ws,
        end + 1,
        "说明：整改时限自通报之日起计算；连续两个月进入前10的线路，约谈企业主要负责人；逾期未整改或整改不到位的给予黄牌警告。",
        8,
    )
    b.line(ws, end + 2, "填表人：田园    联系电话：0393-8910362", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 公交运营服务质量考评问题整改反馈表, after a city 运输事业发展中心's monthly 公交运营服务质量考评 (暗访行车服务
# 质量, 定点抽查规范停靠站点和礼让斑马线, 调取GPS数据查验班次执行, 抽查投诉处理; 【主要问题】逐条写明日期、公司、
# 线路、经查情况和要求: 临时改道未报备、待发车辆站台停靠不规范 …):
# http://m.dddjmc.com/news/xmnews/shms/2020-03-26/2369610.html
# An .xlsx from the bus company: title, 考评通报下达日期 line (the base of 立行立改 and 5个工作日), one header row with
# 发生日期, 核查情况, its own 车队/部门 as 责任部门, 整改时限, 完成时间 and 复查结果, a signature line.
ASSESS_ROWS = [
    (
        date(2024, 6, 3),
        "8路 豫J·D1025",
        "车辆临时改道未报备，减停3个站点被乘客投诉",
        "经查属实，驾驶员未向站务员报备",
        "第二车队",
        "建立临时改道报备制度，加挂运营状态标识",
        "7月5日前",
        date(2024, 7, 3),
        "复查合格",
    ),
    (
        date(2024, 6, 6),
        "2路 豫J·D0876",
        "待发车辆站台停靠不规范，未进港停靠",
        "经查属实",
        "第一车队",
        "规范首末站待发车辆停靠",
        "5个工作日",
        date(2024, 7, 5),
        "",
    ),
    (
        date(2024, 6, 11),
        "16路 豫J·D2251",
        "驾驶员行车中手持电话",
        "经查属实，已停班学习",
        "第三车队",
        "开展安全驾驶警示教育",
        "立行立改",
        date(2024, 7, 1),
        "7月9日复查仍发现同类问题，重新整改中",
    ),
    (
        date(2024, 6, 14),
        "6路 豫J·D1350",
        "车厢内电子报站器未开启",
        "经查属实",
        "第二车队",
        "每日出车前检查报站设备",
        "7月10日前",
        "",
        "",
    ),
    (
        date(2024, 6, 18),
        "3路 豫J·D0432",
        "斑马线前未减速礼让行人",
        "定点抽查发现",
        "安全服务部",
        "纳入驾驶员月度考核",
        "长期坚持",
        "",
        "常态化抽查",
    ),
    (
        date(2024, 6, 21),
        "21路",
        "GPS数据显示班次执行率仅86%，高峰时段发车间隔过大",
        "经查调度计划未按客流调整",
        "调度中心",
        "优化高峰时段排班",
        "2024年7月31日",
        "",
        "正在优化排班",
    ),
    (
        date(2024, 6, 26),
        "5路",
        "乘客投诉处理超时，未在3个工作日内答复",
        "经查属实",
        "客服中心",
        "落实投诉首问负责和限时答复",
        "7月12日前",
        "",
        "未整改",
    ),
]


def write_assess(path: Path) -> Path:
    b = Book(path, author="安全服务部")
    ws = b.sheet("整改反馈")
    b.widths(ws, [6, 12, 16, 36, 24, 12, 28, 12, 12, 26])
    b.line(ws, 0, "市众意公交公司6月公交运营服务质量考评问题整改反馈表", 9, b.title)
    b.line(ws, 1, "反馈单位：濮阳市众意公共交通有限公司    考评通报下达日期：2024年7月1日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "发生日期",
            "线路/车号",
            "问题描述",
            "核查情况",
            "责任部门",
            "整改措施",
            "整改时限",
            "完成时间",
            "复查结果",
        ],
    )
    for i, row in enumerate(ASSESS_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(ASSESS_ROWS)
    b.line(
        ws, end, "注：整改时限自考评通报下达之日起计算；完成时间为车队自报完成日期，复查由安全服务部组织。", 9
    )
    b.line(ws, end + 1, "单位负责人：高建军    填表人：宋佳    联系电话：0393-4810576", 9)
    return b.close()


FILES = [
    ("2024年全国文明城市年度测评实地考察反馈问题整改清单.xlsx", write_feedback),
    ("台前县文明指数测评重点点位问题整改督查情况通报.doc", write_check),
    ("第二季度文明程度指数测评问题整改台账.csv", write_index),
    ("全国文明城市巩固提升模拟测评失分点位整改台账（6月）.et", write_mock),
    ("华龙区2024年上半年住宅小区物业服务质量综合评价问题整改台账.xls", write_estate),
    ("物业服务质量综合评价红黑榜小区整改情况（清丰县、南乐县）.zip", write_redblack_zip),
    ("濮阳县城镇老旧小区改造群众反映问题整改进度表.wps", write_old_estate),
    ("市交通运输局关于“民意直通车”反映出行问题挂账销号整改情况的报告.docx", write_direct_line),
    ("2024年6月公交线路投诉量排名及整改情况表.xlsx", write_bus),
    ("市众意公交公司6月公交运营服务质量考评问题整改反馈表.xlsx", write_assess),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev167 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 文化旅游与文物安全 (博物馆消防隐患清单, 文物安全大排查, 重大火灾隐患挂牌督办), 体育与校外培训 (体育俱乐部
安全大检查, 校外培训机构专项治理进展, 校外培训机构督查台账) and 网络与数据安全 (网络与信息安全检查表, 漏洞通报处置,
网络安全风险自查清单, 政府网站与政务新媒体检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions of two
.xlsx and a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs under headed blocks, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside295.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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

    def two_row_header(self, ws, r: int, spec: list[tuple[str, list[str]]]) -> int:
        """A header over rows r and r+1: a word alone spans both rows, a group spans its sub-words."""
        c = 0
        for word, subs in spec:
            if subs:
                self.merge(ws, r, c, r, c + len(subs) - 1, word, self.head)
                for i, sub in enumerate(subs):
                    ws.write_string(r + 1, c + i, sub, self.head)
                c += len(subs)
            else:
                self.merge(ws, r, c, r + 1, c, word, self.head)
                c += 1
        return c

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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


# ---------------------------------------------------------------------------------------------
# 1. 博物馆（纪念馆）消防安全隐患及整改清单, after a city's 2018年博物馆消防安全隐患及整改清单 (序号 / 区 / 博物馆名称 /
# 地址 / 单位自查发现的问题 / 督导发现的隐患 / “2018年11月时整改情况”; 检查合格 where nothing was found; progress
# written as sentences with the year it will be finished, 预计2018年年底完成):
# https://wtabcd.cn/zhishi/a/1708767474272643.html
# An .xlsx: title, 填报 line, one header row in the source's words (the 整改情况 column named by its month), the 县（区）
# cells merged down over their museums, one museum found 检查合格 both times (no problem), no deadline column at all
# (dates only inside the progress sentences), a 说明 line and a signature line.
MUSEUM_ROWS = [
    (
        "华龙区",
        "濮阳市博物馆",
        "开州路与绿城路交叉口东北角",
        "检查合格",
        "文物库房温湿度监控探头2处失灵；展厅部分插座为非阻燃材质",
        "已更换温湿度探头和阻燃插座，已整改",
    ),
    (
        "华龙区",
        "戚城文物景区管理处",
        "中原路与京开大道交叉口西南",
        "消防工作台帐需完善",
        "古建区厢房内存放可燃杂物，疏散通道被临展展板占用",
        "展板已移出，可燃杂物正在清运，台帐正在补录",
    ),
    (
        "华龙区",
        "中原油田展览馆",
        "中原路277号",
        "检查合格",
        "检查合格",
        "—",
    ),
    (
        "濮阳县",
        "濮阳县博物馆",
        "县城开州路中段",
        "微型消防站未配备消防战斗服",
        "1、无逃生疏散示意图；2、无巡更点；3、消防控制室值班人员无证上岗",
        "1、正在请第三方制作示意图，预计2024年8月底完成；2、巡更点预计2024年年底前设置；3、值班人员已报名参加培训",
    ),
    (
        "清丰县",
        "冀鲁豫边区革命根据地旧址纪念馆",
        "韩村镇单拐村",
        "部分常闭式防火门常开",
        "旧址院落内电气线路未穿管保护，直接敷设在木质梁架上",
        "计划2024年9月底前完成线路改造，目前尚未启动",
    ),
    (
        "南乐县",
        "南乐县仓颉陵文物管理所",
        "梁村乡吴村",
        "检查合格",
        "祭祀区香炉距殿堂木构件过近，燃香时无专人看守",
        "已在殿外设置集中焚香点并安排专人值守，已整改",
    ),
    (
        "范县",
        "范县博物馆",
        "新区板桥路",
        "灭火器配置不足",
        "二楼楼梯平台空间被改作库房使用，灭火器压力不足",
        "",
    ),
    (
        "台前县",
        "刘邓大军强渡黄河纪念馆",
        "孙口镇将军渡",
        "检查合格",
        "应急疏散标志悬挂位置有误，开放期间序厅防火门用木楔固定常开",
        "7月15日已整改完毕",
    ),
]


def write_museums(path: Path) -> Path:
    b = Book(path, author="文物科")
    ws = b.sheet("隐患及整改清单")
    b.widths(ws, [6, 10, 26, 26, 24, 40, 44])
    b.line(ws, 0, "2024年博物馆（纪念馆）消防安全隐患及整改清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市文化广电和旅游局（文物科）    填报时间：2024年7月29日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "博物馆名称",
            "地  址",
            "单位自查发现的问题",
            "督导发现的隐患",
            "2024年7月时整改情况",
        ],
    )
    first = 3
    for i, row in enumerate(MUSEUM_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    start = 0
    while start < len(MUSEUM_ROWS):
        end = start
        while end + 1 < len(MUSEUM_ROWS) and MUSEUM_ROWS[end + 1][0] == MUSEUM_ROWS[start][0]:
            end += 1
        b.merge(ws, first + start, 1, first + end, 1, MUSEUM_ROWS[start][0], b.center)
        start = end + 1
    end_row = first + len(MUSEUM_ROWS)
    b.line(ws, end_row, "说明：督导由市文化广电和旅游局会同市消防救援支队于2024年6月开展。", 6)
    b.line(ws, end_row + 1, "填表人：岳晓静    审核人：樊建国    联系电话：0393-4418672", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 文物安全状况大排查隐患整改清单, after a municipal 文物局's account of its 文物安全状况大排查 (组建专项督查组分片督查、
# 常态暗访，对发现的问题列出清单、明确责任、挂账整改; 立行立改文物安全隐患589处、已整改232处; 突出隐患181处，列出
# 责任清单，制订整改措施，明确时限和标准):
# https://bshib.com/news/show-121786.html
# An .xls (xlwt): title, 填报单位 line, a two-row header whose 整改情况 spans three tick columns 已整改/正在整改/未整改,
# the items under two group rows (立行立改隐患 and 突出隐患) merged across, 立行立改 rows counted from their 发现日期,
# one row with no tick and a 备注 sentence, one row with nothing at all, a 注 line and a signature line.
RELIC_QUICK = [
    (
        "西水坡遗址",
        "全国重点",
        "保护范围内堆放玉米秸秆等可燃物",
        "城关镇人民政府",
        "刘保军",
        "清运可燃物，设置禁止堆放标识",
        "2024.7.9",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "高城遗址",
        "全国重点",
        "遗址保护标志碑被车辆撞损倾斜",
        "五星乡人民政府",
        "孙红旗",
        "扶正加固标志碑",
        "2024.7.10",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "八公桥关帝庙",
        "县级",
        "殿内私拉电线用于照明，使用大功率电暖器",
        "八公桥镇人民政府",
        "王振华",
        "拆除私拉电线，收缴大功率电器",
        "2024.7.11",
        "立行立改",
        "正在整改",
        "",
    ),
    (
        "文留唐代经幢",
        "县级",
        "文物安全巡查记录缺失，文物保护员未按月巡查",
        "文留镇人民政府",
        "赵明亮",
        "补齐巡查记录，落实按月巡查",
        "2024.7.12",
        "立行立改",
        "",
        "",
    ),
]
RELIC_SERIOUS = [
    (
        "子路墓祠",
        "省级",
        "祠内古建筑未安装火灾自动报警系统，消防水源不足",
        "濮阳县文物保护管理所",
        "马立新",
        "安装火灾自动报警系统，增设消防水池",
        "2024.7.9",
        "2024年10月31日前",
        "正在整改",
        "",
    ),
    (
        "高城遗址",
        "全国重点",
        "遗址保护范围内有村民新建彩钢房2处",
        "五星乡人民政府",
        "孙红旗",
        "依法拆除违法建筑",
        "2024.7.10",
        "2024年8月20日",
        "未整改",
        "",
    ),
    (
        "梨园孙氏古民居",
        "市级",
        "古民居屋面漏雨、梁架糟朽，存在坍塌风险",
        "梨园乡人民政府",
        "郭志强",
        "实施抢险加固工程",
        "2024.7.11",
        "2024年第三季度",
        "正在整改",
        "",
    ),
    (
        "全县文物安防平台",
        "—",
        "文物安防监控平台未接入县公安局视频专网",
        "濮阳县文化广电和旅游局",
        "李春燕",
        "协调接入视频专网",
        "2024.7.12",
        "年底前",
        "",
        "已与县公安局对接接入方案，待财政资金到位",
    ),
]
TICKS = ("已整改", "正在整改", "未整改")


def write_relics(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    body = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    group = _xf(bold=True)
    last = 12
    cells: list[tuple] = [
        (0, 0, "濮阳县文物安全状况大排查隐患整改清单", title, 0, last),
        (1, 0, "填报单位：濮阳县文化广电和旅游局    填报日期：2024年7月30日", plain, 1, last),
    ]
    single = [
        "序号",
        "文物点名称",
        "保护级别",
        "隐患内容",
        "责任单位",
        "责任人",
        "整改措施",
        "发现日期",
        "整改时限",
    ]
    for c, word in enumerate(single):
        cells.append((2, c, word, head, 3, c))
    cells.append((2, 9, "整改情况", head, 2, 11))
    for i, word in enumerate(TICKS):
        cells.append((3, 9 + i, word, head))
    cells.append((2, 12, "备注", head, 3, 12))
    r, n = 4, 0
    for label, rows in (("一、立行立改隐患", RELIC_QUICK), ("二、突出隐患", RELIC_SERIOUS)):
        cells.append((r, 0, f"{label}（{len(rows)}处）", group, r, last))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, mid))
            for c, v in enumerate(row[:8], 1):
                cells.append((r, c, v, mid if c in (2, 7, 8) else body))
            for i, word in enumerate(TICKS):
                cells.append((r, 9 + i, "√" if row[8] == word else "", mid))
            cells.append((r, 12, row[9], body))
            r += 1
    cells.append(
        (r, 0, "注：立行立改隐患自发现之日起整改；突出隐患实行挂账整改，整改到位后销号。", plain, r, last)
    )
    cells.append((r + 1, 0, "填报人：韩雪梅    审核人：张国富    联系电话：0393-3256103", plain, r + 1, last))
    widths = [6, 16, 10, 34, 20, 10, 24, 12, 16, 8, 8, 8, 26]
    return _write_xls(path, [("整改清单", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 体育俱乐部安全生产大检查隐患整改台账, after a county 体育办's 体育俱乐部安全生产大检查 (对全县体育俱乐部全覆盖检查，
# 查看场所用电、消防、训练比赛安全及安全生产制度、应急预案; 检查各类体育俱乐部30家，发现安全隐患57处，当场整改35处，
# 限期整改22处):
# https://ggexploit.com/html/info10478078.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with the 检查日期 the 当场整改 rows and the N日内 / N个工作日内 rows count from, a 复查人 column (the inspector),
# one club twice, a 合计 row in the source's words, a signature line.
CLUB_ROWS = [
    (
        date(2024, 7, 8),
        "南乐县飞扬跆拳道俱乐部",
        "训练馆安全出口被训练器材堵塞",
        "当场整改",
        "—",
        "已清理，当场整改到位",
        "马超",
    ),
    (
        date(2024, 7, 8),
        "南乐县蓝鲸游泳馆有限公司",
        "当班救生员3名中1名未持证上岗",
        "限期整改",
        "10日内",
        "已补充持证救生员，复查合格",
        "马超",
    ),
    (
        date(2024, 7, 9),
        "南乐县动感篮球训练中心",
        "场馆顶棚灯具固定螺栓松动",
        "限期整改",
        "15日内",
        "正在联系厂家上门维修",
        "朱丽",
    ),
    (
        date(2024, 7, 9),
        "南乐县星光轮滑俱乐部",
        "灭火器过期2具",
        "当场整改",
        "—",
        "已更换",
        "朱丽",
    ),
    (
        date(2024, 7, 10),
        "南乐县龙腾武术培训中心",
        "未制定学员训练安全应急预案，未开展应急演练",
        "限期整改",
        "2024年7月31日",
        "",
        "马超",
    ),
    (
        date(2024, 7, 10),
        "南乐县悦动健身有限公司",
        "动感单车区电源插座私拉乱接",
        "限期整改",
        "5个工作日内",
        "复查时仍未整改",
        "朱丽",
    ),
    (
        date(2024, 7, 11),
        "南乐县乒羽运动馆",
        "羽毛球场地面防滑层破损起翘",
        "限期整改",
        "8月底前",
        "已购置地胶材料，待施工",
        "马超",
    ),
    (
        date(2024, 7, 11),
        "南乐县蓝鲸游泳馆有限公司",
        "浸脚消毒池余氯浓度未达标",
        "当场整改",
        "—",
        "已补投消毒剂，当场整改到位",
        "朱丽",
    ),
]


def write_clubs_book(path: Path) -> Path:
    b = Book(path, author="体育股")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 28, 36, 12, 14, 30, 10])
    b.line(ws, 0, "南乐县体育俱乐部安全生产大检查隐患整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：南乐县教育体育局（体育股）    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "检查日期", "俱乐部名称", "隐患问题", "整改方式", "整改期限", "整改结果", "复查人"],
    )
    for i, row in enumerate(CLUB_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CLUB_ROWS)
    clubs = len({row[1] for row in CLUB_ROWS})
    on_spot = sum(1 for row in CLUB_ROWS if row[3] == "当场整改")
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        7,
        f"检查俱乐部{clubs}家，发现安全隐患{len(CLUB_ROWS)}处，当场整改{on_spot}处，限期整改{len(CLUB_ROWS) - on_spot}处",
    )
    b.line(ws, end + 2, "填表人：朱丽    审核人：刘卫东    联系电话：0393-7218845", 7)
    return b.close()


def write_clubs(path: Path) -> Path:
    return via_soffice(write_clubs_book, path, "xls", "体育俱乐部隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 校外培训机构专项治理整改工作进展情况表, after 教育部办公厅's 全国校外培训机构专项治理行动整改工作进展情况通报
# (截至2018年12月30日: 已启动/基本完成整改的县数; 摸排校外培训机构数, 存在问题机构数, 已完成整改数, 整改完成率):
# http://news.xinxunwang.com/china/shehui/209914.html
# An .xlsx: title, 统计截至 line, a two-row header (摸排情况 and 整改情况 spanning their counts), the counts and the
# 整改完成率 beside the 存在的主要问题, 整改时限 as X月底前, the 责任单位 column naming each county's bureau, a 备注
# column read with the counts, a 合计 row, a signature line.
TRAINING_ROWS = [
    ("华龙区", 168, 42, 42, "无证无照办学、超标超前培训", "8月底前", "华龙区教育局", "已全部完成整改"),
    (
        "濮阳县",
        96,
        31,
        27,
        "培训场所消防设施不达标、收费标准未公示",
        "8月底前",
        "濮阳县教育局",
        "4所正在整改",
    ),
    ("清丰县", 74, 18, 18, "从业人员未取得相应教师资格", "8月底前", "清丰县教育局", "已全部完成整改"),
    (
        "南乐县",
        65,
        20,
        15,
        "以家政服务、托管名义变相开展学科类培训",
        "9月底前",
        "南乐县教育局",
        "5所正在核查取缔",
    ),
    ("范县", 52, 12, 0, "培训场所设在地下室、无独立安全出口", "8月底前", "范县教育局", "尚未启动整改"),
    ("台前县", 38, 9, 9, "预收费周期超过3个月", "8月底前", "台前县教育局", "已全部完成整改"),
    (
        "濮阳经济技术开发区",
        45,
        11,
        6,
        "违规发布学科类培训广告",
        "8月底前",
        "濮阳经济技术开发区社会事业局",
        "5所正在整改",
    ),
]


def write_training(path: Path) -> Path:
    b = Book(path, author="校外教育培训监管科")
    ws = b.sheet("进展情况")
    pct = b.book.add_format({"border": 1, "num_format": "0.0%", "align": "center", "valign": "vcenter"})
    b.widths(ws, [6, 18, 10, 10, 10, 10, 34, 10, 26, 18])
    b.line(ws, 0, "2024年濮阳市校外培训机构专项治理整改工作进展情况表", 9, b.title)
    b.line(ws, 1, "统计截至：2024年7月26日    填报单位：濮阳市教育局（校外教育培训监管科）", 9)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("县（区）", []),
            ("摸排情况", ["摸排机构数", "存在问题机构数"]),
            ("整改情况", ["已完成整改数", "整改完成率"]),
            ("存在的主要问题", []),
            ("整改时限", []),
            ("责任单位", []),
            ("备注", []),
        ],
    )
    r = 4
    for i, (county, total, bad, done, problem, due, unit, note) in enumerate(TRAINING_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, county, b.center)
        b.put(ws, r, 2, total, b.center)
        b.put(ws, r, 3, bad, b.center)
        b.put(ws, r, 4, done, b.center)
        b.put(ws, r, 5, round(done / bad, 4), pct)
        b.row(ws, r, [problem, due, unit, note], first=6)
        r += 1
    total = sum(row[1] for row in TRAINING_ROWS)
    bad = sum(row[2] for row in TRAINING_ROWS)
    done = sum(row[3] for row in TRAINING_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.put(ws, r, 2, total, b.center)
    b.put(ws, r, 3, bad, b.center)
    b.put(ws, r, 4, done, b.center)
    b.put(ws, r, 5, round(done / bad, 4), pct)
    for c in range(6, 10):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "填表人：程玉洁    审核人：苏卫平    联系电话：0393-8990537", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 校外培训机构督查问题整改台账, after a county's account of its 校外培训机构 treatment (乡镇牵头组织网格力量和县直
# 部门地毯式排查; 检查出立查立改问题50多个，限期整改问题12个; 当场下发整改通知书，即时或限期整改; 定期回访和复查;
# 违规发布学科广告、灭火器过期、消防通道不畅、违规放置煤气罐):
# http://www.huadongxww.com/jiaoyu/20241018/131813.html
# A CSV in GBK: title line, a 说明 line, one header row, 立查立改 rows with a — for the deadline (counted from the
# 督查日期), 限期整改 rows with dates, N日内, N个工作日内 and 月底前, a 回访复查情况 column, a closing line.
CRAM_ROWS = [
    (
        "2024-07-02",
        "濮阳市华龙区启智文化培训学校有限公司",
        "胜利路苍岳大厦3楼",
        "门头LED屏违规发布小升初学科类培训广告",
        "立查立改",
        "—",
        "当场撤除广告，7月2日复查已整改",
    ),
    (
        "2024-07-02",
        "华龙区小太阳托管服务部",
        "建设路新东方小区门面房",
        "灭火器过期3具",
        "立查立改",
        "—",
        "已更换灭火器",
    ),
    (
        "2024-07-05",
        "濮阳市华龙区博学教育咨询有限公司",
        "任丘路金帝广场B座",
        "以“研学营”名义开展学科类培训",
        "限期整改",
        "2024年7月20日",
        "7月22日回访：已停止违规培训，整改到位",
    ),
    (
        "2024-07-05",
        "华龙区彩虹托管中心",
        "京开大道锦绣家园底商",
        "厨房违规放置液化气罐",
        "限期整改",
        "3日内",
        "7月9日回访：液化气罐仍未清除，未整改",
    ),
    (
        "2024-07-09",
        "濮阳市华龙区英才艺术培训学校",
        "黄河路与振兴路交叉口",
        "消防通道被学员家长电动车占用",
        "立查立改",
        "—",
        "",
    ),
    (
        "2024-07-12",
        "华龙区向阳花书法培训中心",
        "大庆路中原小区",
        "收费标准未公示、预收费超过3个月",
        "限期整改",
        "15日内",
        "已公示收费标准，正在退还超期预收费用",
    ),
    (
        "2024-07-16",
        "濮阳市华龙区未来星科技培训有限公司",
        "绿城路万达广场写字楼",
        "从业人员6人中2人未进行背景查询",
        "限期整改",
        "10个工作日内",
        "已完成背景查询",
    ),
    (
        "2024-07-19",
        "华龙区阳光课堂托管部",
        "昆吾路昆吾小区",
        "无办学许可证从事学科类培训",
        "限期整改",
        "8月底前",
        "已责令停止培训，正在办理注销",
    ),
]


def write_cram(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区校外培训机构督查问题整改台账（2024年7月）"])
    w.writerow(["说明：立查立改问题于督查当日整改；限期整改问题自督查之日起计算整改期限，到期回访复查"])
    w.writerow(["序号", "督查日期", "机构名称", "地址", "发现问题", "处理方式", "整改期限", "回访复查情况"])
    for i, row in enumerate(CRAM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["华龙区“双减”工作专班办公室", "", "", "", "", "", "", "2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 博物馆和文物建筑重大火灾隐患挂牌督办整改情况, after 国务院安委办's 挂牌督办的博物馆和文物建筑重大火灾隐患单位名单
# (each unit headed by its province and name, its hidden dangers numbered 1. 2. 3. beneath it: 消防水泵不能正常启动,
# 使用液化气钢瓶生火做饭, 电气线路直接敷设在建筑木质结构上未穿管保护, 大殿一侧使用泡沫彩钢板搭建临时板房 …):
# http://k.jiangsulong.com/a/2019/0418/231389_6.html
# A .docx: title, 主送, a preamble with the date the 督办通知 was issued (the base of 立行立改), three headed blocks
# (county：site, then 整改责任单位 in brackets), the hidden dangers numbered 1.–8. across the blocks, each with its
# own 整改时限 and 整改情况 (one with none), a closing paragraph, the bureau and date at the foot.
FIRE_BLOCKS = [
    (
        "一、清丰县：顿丘城隍庙（整改责任单位：清丰县文化广电和旅游局）",
        [
            "1.庙内住有看护人员，使用液化气钢瓶生火做饭。整改时限：2024年7月10日。整改情况：已搬离液化气钢瓶，"
            "改用电磁炉，7月10日经复查合格。",
            "2.电气线路直接敷设在木质梁架上，未穿管保护。整改时限：2024年9月30日。整改情况：正在实施线路改造，"
            "已完成工程量的六成。",
            "3.无消防水源，最近的市政消火栓距庙区超过500米。整改时限：2024年12月31日前。整改情况：尚未启动。",
        ],
    ),
    (
        "二、南乐县：南乐文庙大成殿（整改责任单位：南乐县文物保护中心）",
        [
            "4.消防水泵不能正常启动。整改时限：7月底前。整改情况：已更换水泵并完成联动调试，经县消防救援大队"
            "复查合格。",
            "5.火灾自动报警系统不能联动。整改时限：8月15日。整改情况：正在联系维保单位检修。",
            "6.大成殿东侧使用泡沫彩钢板搭建临时板房。整改时限：2024年第三季度。",
        ],
    ),
    (
        "三、台前县：将军渡文物建筑群（整改责任单位：台前县孙口镇人民政府）",
        [
            "7.院内违规堆放柴草等可燃物，占用防火间距。整改时限：立行立改。整改情况：已全部清运。",
            "8.消防安全管理制度不健全，未明确消防安全管理人。整改时限：长期坚持。整改情况：已明确消防安全"
            "管理人，按月开展防火巡查，长期坚持。",
        ],
    ),
]


def write_fire(path: Path) -> Path:
    doc = _new_document("文物科")
    _title(doc, "濮阳市博物馆和文物建筑重大火灾隐患挂牌督办整改情况")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年6月20日，市安委办印发通知，对我市3处博物馆和文物建筑重大火灾隐患单位实施挂牌督办，要求做到"
        "整改责任、措施、资金、时限和预案“五落实”。现将截至7月26日的整改情况报告如下：",
    )
    for heading, paras in FIRE_BLOCKS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "对逾期未整改的隐患，我局将会同市消防救援支队约谈责任单位，督促按期整改到位。")
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 网络与信息安全检查表, after a 网络安全责任制检查考核制度 (需要填写《网络与信息安全检查表》，包含依据标准、检查方式、
# 检查内容、检查方法、检查结果、问题描述、检查人员和被检查人员签字等内容; 被检查部门负责人在报告书签字确认):
# https://renrendoc.com/paper/290080445.html
# A .doc (Word 97 via LibreOffice): title, 检查时间 line (the base of 立行立改 and of N个工作日内), a table in the source's
# words (检查内容, 依据标准, 检查方式, 检查结果, 问题描述) with 责任科室 (the centre's own 科室), 整改时限 and 整改落实情况
# added, two rows found 符合 with 问题描述 无 (no problem), and the 检查人员/被检查人员/负责人 signature lines.
NETCHECK_ROWS = [
    (
        "账号口令管理",
        "GB/T 22239-2019",
        "技术检测",
        "不符合",
        "归集业务系统数据库存在弱口令账号2个",
        "信息科",
        "立行立改",
        "已修改为强口令，已整改",
    ),
    (
        "安全日志留存",
        "《网络安全法》第二十一条",
        "查阅资料",
        "不符合",
        "防火墙日志仅留存30天，未达到不少于六个月的要求",
        "信息科",
        "2024年8月31日",
        "已采购日志审计设备，正在部署",
    ),
    ("终端防病毒", "GB/T 22239-2019", "现场检查", "符合", "无", "—", "—", "—"),
    (
        "数据备份",
        "《数据安全法》第二十七条",
        "现场检查",
        "不符合",
        "缴存职工个人信息数据库未开展异地备份",
        "信息科",
        "2024年10月31日",
        "",
    ),
    (
        "人员账号管理",
        "单位网络安全管理制度",
        "查阅资料",
        "不符合",
        "2名离岗人员业务系统账号未及时注销",
        "办公室",
        "立行立改",
        "已注销",
    ),
    (
        "外包运维管理",
        "单位网络安全管理制度",
        "查阅资料",
        "不符合",
        "运维外包合同未签订保密协议",
        "计划财务科",
        "2024年7月31日",
        "未整改",
    ),
    (
        "安全教育培训",
        "《网络安全法》第三十四条",
        "查阅资料",
        "不符合",
        "新入职人员未经网络安全培训即上岗操作业务系统",
        "办公室",
        "长期坚持",
        "每季度开展一次全员培训，长期坚持",
    ),
    ("移动存储介质管理", "单位保密管理制度", "现场检查", "符合", "无", "—", "—", "—"),
    (
        "门户网站安全",
        "GB/T 22239-2019",
        "技术检测",
        "不符合",
        "门户网站后台管理页面可从互联网直接访问",
        "信息科",
        "5个工作日内",
        "已限制后台访问IP，复测通过",
    ),
]


def write_netcheck_docx(path: Path) -> Path:
    doc = _new_document("信息科")
    _title(doc, "濮阳市住房公积金管理中心网络与信息安全检查表", 18)
    _paragraph(doc, "检查时间：2024年7月9日    检查单位：市委网信办、市公安局网安支队联合检查组", 12)
    body = [[str(i), *row] for i, row in enumerate(NETCHECK_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "检查内容",
            "依据标准",
            "检查方式",
            "检查结果",
            "问题描述",
            "责任科室",
            "整改时限",
            "整改落实情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：整改时限自检查之日起计算；整改落实情况截至2024年7月29日。", 12)
    _paragraph(doc, "检查人员（签字）：高明  宋佳    被检查人员（签字）：田志刚", 12)
    _paragraph(doc, "被检查部门负责人（签字）：魏东升    2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_netcheck(path: Path) -> Path:
    return via_soffice(write_netcheck_docx, path, "doc", "网络与信息安全检查表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 网络安全漏洞通报处置台账, after a hosting company's notice to its users (公安机关委托第三方安全机构扫描，网站存在
# 严重安全漏洞; 列表详情中会列出出现安全漏洞的网址、漏洞风险、漏洞原因以及解决方案; 修复后点击“我已处理”并提交处理
# 流程，初审后上报公安机关复审; 要求在期限前对漏洞进行修复):
# http://jieweier.net/news29.html
# An .xlsx: title, 通报单位 line, one header row with the source's 网址/漏洞风险/漏洞原因/解决方案 (漏洞原因 the only
# description) beside 主办单位 (short and former names), a per-row 通报日期 that 修复期限 in 个工作日 and 立即整改 count from, a 处置反馈 and a 复测结果 column,
# a 说明 line and a signature line.
VULN_ROWS = [
    (
        date(2024, 7, 1),
        "濮阳市人力资源和社会保障局网站",
        "http://rsj.puyang.gov.cn",
        "市人社局",
        "高危",
        "查询接口参数未做过滤，存在SQL注入漏洞",
        "使用参数化查询，部署Web应用防火墙",
        "5个工作日",
        "已修复",
        "复测通过",
    ),
    (
        date(2024, 7, 1),
        "濮阳市医疗保障局网站",
        "http://ybj.puyang.gov.cn",
        "市医保局",
        "中危",
        "Web服务器开启目录浏览功能，存在目录遍历漏洞",
        "关闭目录浏览功能",
        "15个工作日",
        "已修复",
        "",
    ),
    (
        date(2024, 7, 3),
        "濮阳市卫生健康委员会网站",
        "http://wjw.puyang.gov.cn",
        "市卫健委",
        "高危",
        "统计上报接口未做身份认证，存在未授权访问漏洞",
        "增加接口鉴权",
        "5个工作日",
        "正在升级系统版本",
        "",
    ),
    (
        date(2024, 7, 3),
        "濮阳市华龙区实验小学网站",
        "http://hlsyxx.puyang.net.cn",
        "濮阳市华龙区实验小学",
        "中危",
        "家校留言板输入内容未转义，存在跨站脚本（XSS）漏洞",
        "对输入输出进行过滤转义",
        "15个工作日",
        "未处置",
        "",
    ),
    (
        date(2024, 7, 8),
        "濮阳文化旅游专题网",
        "http://wlj.puyang.gov.cn/zt",
        "市文广新局",
        "高危",
        "专题子站使用的Struts2组件版本过低，存在远程代码执行漏洞",
        "升级组件或下线子站",
        "2024年7月12日",
        "已关停存在漏洞的旧版专题子站",
        "复测通过",
    ),
    (
        date(2024, 7, 8),
        "清丰县人民政府网站",
        "http://www.qingfeng.gov.cn",
        "清丰县人民政府",
        "高危",
        "后台管理员账号使用简单口令，存在弱口令漏洞",
        "修改口令并启用双因素认证",
        "立即整改",
        "",
        "",
    ),
    (
        date(2024, 7, 15),
        "众意公交官网",
        "http://www.pyzygj.com",
        "市公交公司",
        "中危",
        "主站及子站存在可被直接下载的网站备份文件，造成敏感信息泄露",
        "删除备份文件，禁止下载压缩包",
        "15个工作日",
        "已删除主站备份文件，子站正在排查清理",
        "",
    ),
    (
        date(2024, 7, 15),
        "濮阳市自来水公司网上营业厅",
        "http://www.pyzls.com",
        "自来水公司",
        "中危",
        "短信验证码未限制尝试次数，可被暴力破解",
        "限制验证码尝试次数和有效期",
        "2024年7月31日",
        "已修复",
        "",
    ),
]


def write_vuln(path: Path) -> Path:
    b = Book(path, author="网安支队")
    ws = b.sheet("漏洞处置台账")
    b.widths(ws, [6, 12, 26, 26, 16, 8, 40, 28, 14, 26, 10])
    b.line(ws, 0, "网络安全漏洞通报处置台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "通报单位：濮阳市公安局网络安全保卫支队    汇总日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "通报日期",
            "网站名称",
            "网址",
            "主办单位",
            "漏洞风险",
            "漏洞原因",
            "解决方案",
            "修复期限",
            "处置反馈",
            "复测结果",
        ],
    )
    for i, row in enumerate(VULN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VULN_ROWS)
    b.line(
        ws,
        end,
        "说明：修复期限自通报之日起计算；主办单位修复后在处置反馈栏填写处理情况，由我支队组织复测。",
        10,
    )
    b.line(ws, end + 1, "填表人：闫旭    联系电话：0393-6622110", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 网络安全风险自查表与整改措施清单 (two returns in one zip), after a 网络安全风险自查表与整改措施清单使用指南 (适用于
# 企业、事业单位、部门开展常态化网络安全风险排查与整改; 定期安全审计按季度/半年度/年度全面检查，保证符合《网络
# 安全法》《数据安全法》; 系统上线前评估):
# https://max.book118.com/html/2025/1209/5041114104013031.shtm
# A .zip holding an .xlsx from a school (a two-row header: 自查结果 符合/不符合 ticks, 是否整改到位 是/否 ticks, the
# 检查类别 merged down, its own 部门 as sections, one row found 符合, 立行立改 counted from the 自查日期) and a .docx
# table from a county that sums up its towns.
SCHOOL_ROWS = [
    ("管理制度", "网络安全责任制", True, "", "", "", "", "", None, ""),
    (
        "管理制度",
        "应急预案",
        False,
        "未制定勒索病毒专项应急处置流程",
        "中",
        "制定专项预案并组织演练",
        "信息中心",
        "2024年9月30日",
        None,
        "",
    ),
    (
        "技术防护",
        "终端防护",
        False,
        "计算机教室12台教学终端未安装杀毒软件",
        "高",
        "统一安装终端防护软件",
        "信息中心",
        "2024年7月15日",
        True,
        "",
    ),
    (
        "技术防护",
        "无线网络",
        False,
        "访客无线网络未与办公网络隔离",
        "高",
        "划分VLAN，访客网络单独出口",
        "信息中心",
        "8月底前",
        False,
        "已完成VLAN规划，利用暑期施工",
    ),
    (
        "技术防护",
        "补丁更新",
        False,
        "校园网站服务器操作系统补丁两年未更新",
        "高",
        "更新系统补丁",
        "信息中心",
        "2024年7月20日",
        False,
        "",
    ),
    (
        "数据安全",
        "学生信息保护",
        False,
        "学籍系统导出的学生信息表格存放在公共共享盘",
        "高",
        "清理共享盘并设置访问权限",
        "教务处",
        "立行立改",
        True,
        "",
    ),
    (
        "数据安全",
        "数据备份",
        False,
        "校园一卡通消费数据未定期备份",
        "中",
        "每周备份一次",
        "总务处",
        "长期坚持",
        None,
        "",
    ),
]
TOWN_ROWS = [
    (
        "王楼镇人民政府",
        "便民服务中心办公电脑内外网混用",
        "高",
        "加装内外网隔离设备",
        "2024年7月20日",
        "已完成",
    ),
    (
        "濮城镇人民政府",
        "工作微信群转发含群众身份证号码的低保名单",
        "高",
        "撤回信息，开展个人信息保护培训",
        "7月底前",
        "已撤回信息，培训正在组织",
    ),
    ("陈庄镇人民政府", "辖区视频监控设备使用出厂默认密码", "中", "逐台修改密码", "2024年7月12日", "已整改"),
    ("杨集乡人民政府", "乡政府网站子栏目长期无人维护", "低", "关停无人维护栏目", "8月31日前", "未启动"),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="信息中心")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 10, 14, 7, 7, 36, 8, 26, 10, 14, 6, 6, 24])
    b.line(ws, 0, "濮阳市第一高级中学网络安全风险自查表与整改措施清单", 12, b.title)
    b.line(ws, 1, "自查日期：2024年7月5日    填报日期：2024年7月26日", 12)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("检查类别", []),
            ("检查项目", []),
            ("自查结果", ["符合", "不符合"]),
            ("存在问题", []),
            ("风险等级", []),
            ("整改措施", []),
            ("责任部门", []),
            ("完成时限", []),
            ("是否整改到位", ["是", "否"]),
            ("备注", []),
        ],
    )
    first = 4
    for i, row in enumerate(SCHOOL_ROWS):
        _cat, item, ok, problem, level, measure, dept, due, fixed, note = row
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.put(ws, r, 2, item, b.center)
        b.put(ws, r, 3, "√" if ok else "", b.center)
        b.put(ws, r, 4, "" if ok else "√", b.center)
        b.put(ws, r, 5, problem)
        b.put(ws, r, 6, level, b.center)
        b.put(ws, r, 7, measure)
        b.put(ws, r, 8, dept, b.center)
        b.put(ws, r, 9, due, b.center)
        b.put(ws, r, 10, "√" if fixed is True else "", b.center)
        b.put(ws, r, 11, "√" if fixed is False else "", b.center)
        b.put(ws, r, 12, note)
    start = 0
    while start < len(SCHOOL_ROWS):
        end = start
        while end + 1 < len(SCHOOL_ROWS) and SCHOOL_ROWS[end + 1][0] == SCHOOL_ROWS[start][0]:
            end += 1
        b.merge(ws, first + start, 1, first + end, 1, SCHOOL_ROWS[start][0], b.center)
        start = end + 1
    end_row = first + len(SCHOOL_ROWS)
    b.line(ws, end_row, "自查人：常海涛    审核人（校网络安全负责人）：邵文举", 12)
    return b.close()


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("范县行政审批和政务信息管理局")
    _title(doc, "范县乡镇网络安全风险自查整改汇总表", 18)
    _paragraph(doc, "汇总单位：范县行政审批和政务信息管理局    汇总日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "存在问题", "风险等级", "整改措施", "完成时限", "整改状态"], body)
    _paragraph(doc, "填表人：皇甫玲    联系电话：0393-5261079", 12)
    return _save_fixed(doc, path)


def write_selfcheck_zip(path: Path) -> Path:
    members = [
        ("濮阳市第一高级中学网络安全风险自查表与整改措施清单.xlsx", write_school_book),
        ("范县乡镇网络安全风险自查整改汇总表.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 政府网站与政务新媒体检查问题整改情况, after a city 政府办公室's 三季度检查抽查 report (对全市政府网站与政务新媒体
# 开展检查，检查复核结果：存在突出问题的政府网站5个、政务新媒体3个（见附件）; 固定表述错误、错别字、更新不及时;
# 不合格的政务新媒体存在问题已整改到位):
# http://m.a5u0.cn/hzszf/zthd/zxzt/zfwzgl/202208/f3f5cf8755bc4a98946422a8c62faa2e.shtml
# An .ods (LibreOffice conversion of an .xlsx): title, a preamble line with the date the 通报 was issued (the base of
# 10个工作日内 and 立即整改), one header row with 类别 and 开办（主办）单位 (short names), 整改时限 mostly 10个工作日内,
# a 注 line and the 科 and date at the foot.
SITE_ROWS = [
    (
        "政府网站",
        "濮阳市交通运输局网站",
        "市交通局",
        "首页“政策解读”栏目超过6个月未更新",
        "10个工作日内",
        "已更新，已整改",
    ),
    (
        "政府网站",
        "濮阳市卫生健康委员会网站",
        "市卫生健康委",
        "公示附件中含未脱敏的公民身份证号码和手机号码",
        "立即整改",
        "已删除附件并重新发布脱敏版本",
    ),
    (
        "政府网站",
        "南乐县人民政府网站",
        "南乐县人民政府",
        "页面被植入博彩类暗链3处",
        "立即整改",
        "已清除暗链2处，剩余1处正在排查植入途径",
    ),
    (
        "政务新媒体",
        "“濮阳住建”微信公众号",
        "市住建局",
        "超过2周未更新",
        "10个工作日内",
        "",
    ),
    (
        "政务新媒体",
        "“华龙区中原路街道”抖音号",
        "华龙区中原路街道办事处",
        "账号主体与开办单位不一致，未办理变更",
        "10个工作日内",
        "正在办理主体变更",
    ),
    (
        "政府网站",
        "濮阳市统计局网站",
        "市统计局",
        "网站未完成集约化迁移，仍使用独立服务器运行",
        "2024年9月30日前",
        "未启动",
    ),
    (
        "政务新媒体",
        "“台前县清水河乡”微信公众号",
        "清水河乡人民政府",
        "闲置账号未及时注销",
        "10个工作日内",
        "已注销",
    ),
]


def write_sites_book(path: Path) -> Path:
    b = Book(path, author="政务公开科")
    ws = b.sheet("问题整改情况")
    b.widths(ws, [6, 12, 28, 22, 40, 16, 32])
    b.line(ws, 0, "2024年第二季度政府网站与政务新媒体检查存在问题及整改情况", 6, b.title)
    b.line(
        ws,
        1,
        "市政府办公室于2024年7月5日印发第二季度检查情况通报，存在问题的单位自通报印发之日起按时限完成整改。",
        6,
    )
    b.header(
        ws, 2, ["序号", "类别", "网站（账号）名称", "开办（主办）单位", "存在问题", "整改时限", "整改情况"]
    )
    for i, row in enumerate(SITE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SITE_ROWS)
    b.line(ws, end, "注：整改情况由各开办（主办）单位填报，截至2024年7月25日。", 6)
    b.line(ws, end + 1, "濮阳市人民政府办公室政务公开科    2024年7月25日", 6)
    return b.close()


def write_sites(path: Path) -> Path:
    via_soffice(write_sites_book, path, "ods", "政府网站与政务新媒体检查问题整改情况.xlsx")
    return fixed_zip(path)


FILES = [
    ("2024年博物馆（纪念馆）消防安全隐患及整改清单.xlsx", write_museums),
    ("濮阳县文物安全状况大排查隐患整改清单.xls", write_relics),
    ("南乐县体育俱乐部安全生产大检查隐患整改台账.et", write_clubs),
    ("2024年校外培训机构专项治理整改工作进展情况表.xlsx", write_training),
    ("华龙区校外培训机构督查问题整改台账（2024年7月）.csv", write_cram),
    ("博物馆和文物建筑重大火灾隐患挂牌督办整改情况.docx", write_fire),
    ("市住房公积金管理中心网络与信息安全检查表.doc", write_netcheck),
    ("网络安全漏洞通报处置台账（2024年7月）.xlsx", write_vuln),
    ("网络安全风险自查表与整改措施清单（市一高、范县）.zip", write_selfcheck_zip),
    ("2024年第二季度政府网站与政务新媒体检查问题整改情况.ods", write_sites),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

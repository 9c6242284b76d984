"""Write the dev160 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 环保督察信访件 (交办信访件验收销号、边督边改公开、查处情况公示、转办信访件整改推进), 农村人居环境整治
(红黑榜、农村公厕问题交办、非正规垃圾堆放点排查整治) and 燃气安全排查 (小餐饮场所燃气使用检查、居民户内安检、
瓶装液化石油气专项整治).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, a two-row header), .et and .doc (LibreOffice conversions
of an .xlsx and a .docx), .ods (LibreOffice conversion, fixed zip times), a CSV in UTF-8 with BOM, a .docx whose
items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx, UTF-8 member names).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside283.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 省级生态环境保护督察交办信访件验收销号台账, after a district's 验收销号工作部署会 for the 省级生态环境保护督察
# 信访件交办件 (会议印发了销号台账模板; 销号工作划分为“建立台账、区级验收、区级媒体公示、区主要领导审签、申请市级
# 复核、销号报备”6个步骤; “镇街整改、区级验收、市级审核”三级责任):
# http://www.boshan.gov.cn/gongkai/site_bsqsthjj/channel_c_5f9f6c5d03741cded2c00eeb_n_1605681906.9006/doc_6959bfa7d5d7dd1d65e0462a.html
# An .xlsx: title, 填报单位/填报日期 line, a two-row header whose 销号程序 group spans the six steps (√ or a date under
# each), the 交办日期 a 15个工作日内 row counts from, 整改时限 as dates / 立行立改 / 月底前 / a schedule / 长期坚持,
# a 说明 line and a signature line.
PETITION_STEPS = ["建立台账", "县级验收", "县级媒体公示", "县主要领导审签", "申请市级复核", "销号报备"]
PETITION_ROWS = [
    (
        "2024.5.12",
        "X41HA202405120031",
        "城关镇某小区楼下烧烤店油烟直排，夜间噪声扰民",
        "城关镇人民政府",
        "2024年6月30日",
        "已加装油烟净化设施，经营时间调整至22时前",
        ["√", "√", "√", "√", "√", "7月18日"],
    ),
    (
        "2024.5.13",
        "D41HA202405130017",
        "文留镇某村废旧塑料加工作坊无环保手续，清洗废水排入沟渠",
        "文留镇人民政府",
        "立行立改",
        "已取缔，加工设备全部拆除",
        ["√", "√", "√", "√", "√", ""],
    ),
    (
        "2024.5.15",
        "D41HA202405150042",
        "鲁河镇某肉牛养殖场粪污露天堆放，雨天外溢至路边",
        "鲁河镇人民政府",
        "2024年8月31日",
        "防渗储粪棚主体已建成，正在安装雨污导流管",
        ["√", "", "", "", "", ""],
    ),
    (
        "2024.5.16",
        "X41HA202405160008",
        "县城区多处建筑工地夜间施工噪声扰民",
        "濮阳县住房和城乡建设局",
        "长期坚持",
        "每周开展夜间巡查，长期坚持",
        ["√", "", "", "", "", ""],
    ),
    (
        "2024.5.18",
        "D41HA202405180023",
        "庆祖镇某砖瓦窑厂脱硫设施不正常运行，烟气发黑",
        "庆祖镇人民政府",
        "2024年7月15日前",
        "尚未启动整改",
        ["√", "", "", "", "", ""],
    ),
    (
        "2024.5.20",
        "X41HA202405200014",
        "县城区垃圾中转站渗滤液外流，周边臭味大",
        "濮阳县城市管理局",
        "2024年9月底前",
        "渗滤液收集池改造完成",
        ["√", "√", "√", "", "", ""],
    ),
    (
        "2024.6.4",
        "D41HA202406040037",
        "八公桥镇某村坑塘被倾倒生活垃圾和建筑垃圾",
        "八公桥镇人民政府",
        "交办之日起15个工作日内",
        "",
        ["", "", "", "", "", ""],
    ),
    (
        "2024.6.6",
        "D41HA202406060051",
        "金堤河濮阳县段河道两侧乱堆乱建，侵占岸线",
        "濮阳县水利局",
        "8月底前完成清理，年底前完成岸线复绿",
        "清理工作已完成70%",
        ["√", "", "", "", "", ""],
    ),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="县环委办")
    ws = b.sheet("销号台账")
    last = 7 + len(PETITION_STEPS)
    b.widths(ws, [6, 11, 20, 36, 20, 18, 28, 9, 9, 9, 9, 9, 10, 10])
    b.line(ws, 0, "濮阳县省级生态环境保护督察交办信访件整改验收销号台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县生态环境保护委员会办公室（盖章）    填报日期：2024年7月29日", last)
    for c, word in enumerate(
        ["序号", "交办日期", "信访件编号", "信访反映问题", "责任单位", "整改时限", "整改情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 6 + len(PETITION_STEPS), "销号程序", b.head)
    for k, step in enumerate(PETITION_STEPS):
        ws.write_string(3, 7 + k, step, b.head)
    b.merge(ws, 2, last, 3, last, "备注", b.head)
    for i, (day, code, problem, unit, limit, progress, steps) in enumerate(PETITION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [day, code], first=1, fmt=b.center)
        b.row(ws, r, [problem, unit, limit, progress], first=3)
        b.row(ws, r, steps, first=7, fmt=b.center)
        b.put(ws, r, last, "", b.cell)
    end = 4 + len(PETITION_ROWS)
    b.line(
        ws,
        end,
        "说明：销号程序各环节完成的打“√”，销号报备栏填报备日期；县级验收合格后方可申请市级复核。",
        last,
    )
    b.line(ws, end + 1, "审核人：邢志刚    填表人：赵雅楠    联系电话：0393-3256107", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 边督边改公开情况一览表, after a region's account of the 第十一批 信访举报件 handled during 中央生态环境保护督察
# (已办结7件、阶段性办结17件、未办结3件，责令整改3家，立案处罚8家，问责2人; 相关信访举报件将持续按照边督边改
# 工作要求推进查处整改工作):
# https://sthjt.nmg.gov.cn/sthjdt/ztzl/zysthjbhdcznmg/bdbg/202506/t20250617_2741439.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 names it): title, 公开单位/截至时间 line,
# one header row with 受理编号, 行政区域, 污染类型, 是否属实, the 处理和整改情况 sentence (deadlines inside it), an
# 办结情况 column with 已办结 / 阶段性办结 / 未办结, 责任单位 and 问责情况; a 注 line and the office at the foot.
OPEN_ROWS = [
    (
        "D41HA202407080012",
        "南乐县城关镇某纸箱厂印刷车间异味大，周边居民夜间无法开窗",
        "南乐县",
        "大气",
        "经查，该企业印刷工序废气收集效率低，部分废气无组织排放",
        "属实",
        "已责令企业停用2台未配套治理设施的印刷机组，7月20日完成活性炭吸附装置安装，监测达标",
        "已办结",
        "南乐县人民政府",
        "无",
    ),
    (
        "D41HA202407080027",
        "清丰县韩村镇某村污水处理站长期停运，生活污水直排沟渠",
        "清丰县",
        "水",
        "经查，该站提升泵损坏停运约两个月，污水经溢流口排入村南沟渠",
        "属实",
        "已对提升泵和控制柜进行检修更换，计划于2024年8月15日前恢复正常运行",
        "阶段性办结",
        "清丰县住房和城乡建设局",
        "约谈村干部1人",
    ),
    (
        "X41HA202407090005",
        "华龙区胜利路街道某小区临街餐饮店油烟直排，影响楼上住户",
        "华龙区",
        "大气",
        "经查，3家餐饮店油烟净化器未定期清洗，1家未设置专用烟道",
        "部分属实",
        "已下达责令改正通知书，要求7月31日前完成油烟净化器清洗并加装专用烟道",
        "阶段性办结",
        "华龙区胜利路街道办事处",
        "无",
    ),
    (
        "D41HA202407090033",
        "范县黄河滩区某砂场非法采砂，破坏滩区生态",
        "范县",
        "生态",
        "经查，该砂场无采矿许可，在滩区开挖形成采砂坑3处",
        "属实",
        "已扣押采砂设备2台并立案调查；年底前完成采砂坑回填和滩区生态修复",
        "未办结",
        "范县自然资源局",
        "立案侦查1件",
    ),
    (
        "D41HA202407100019",
        "台前县某化工企业夜间偷排废气，气味刺鼻",
        "台前县",
        "大气",
        "经现场检查并调取在线监测数据，未发现夜间偷排行为，企业废气处理设施运行正常",
        "不属实",
        "已将调查结果向举报人反馈",
        "已办结",
        "台前县人民政府",
        "无",
    ),
    (
        "D41HA202407100041",
        "濮阳县柳屯镇某养猪场粪污直排入渠，沟渠水体发黑",
        "濮阳县",
        "水、土壤",
        "经查，该养殖场储粪池容量不足，雨后粪污溢流入渠",
        "属实",
        "已立案处罚，罚款5万元；储粪池扩容及粪污处理设施改造按9月底前完成推进",
        "阶段性办结",
        "濮阳县农业农村局",
        "无",
    ),
    (
        "X41HA202407110010",
        "市城区某建筑工地裸土未覆盖，渣土车带泥上路，扬尘大",
        "市直",
        "大气",
        "经查，该工地北侧约2000平方米裸土未覆盖，冲洗设施未正常使用",
        "属实",
        "已责令施工单位覆盖裸土、启用车辆冲洗设施，7月12日复查整改到位",
        "已办结",
        "市建委",
        "无",
    ),
    (
        "D41HA202407110029",
        "市区某公交场站维修车间废机油随意倾倒，地面油污渗入土壤",
        "市直",
        "土壤",
        "",
        "",
        "逾期未反馈调查处理情况，已发督办函",
        "未办结",
        "众意公交公司",
        "",
    ),
]


def write_open_book(path: Path) -> Path:
    b = Book(path, author="市环委办")
    ws = b.sheet("一览表")
    b.widths(ws, [6, 20, 34, 9, 8, 34, 8, 40, 11, 20, 12])
    b.line(ws, 0, "省生态环境保护督察组交办信访举报件边督边改公开情况一览表（第四批）", 10, b.title)
    b.line(ws, 1, "公开单位：濮阳市生态环境保护委员会办公室    截至时间：2024年7月26日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "办结情况",
            "责任单位",
            "问责情况",
        ],
    )
    for i, row in enumerate(OPEN_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 4, 6, 8) else b.cell)
    end = 3 + len(OPEN_ROWS)
    b.line(
        ws, end, "注：1.办结情况分为已办结、阶段性办结、未办结三类；2.本表按照省督察组要求向社会公开。", 10
    )
    b.line(ws, end + 1, "濮阳市生态环境保护委员会办公室    2024年7月26日", 10, b.right)
    return b.close()


def write_open(path: Path) -> Path:
    return via_soffice(write_open_book, path, "xls", "边督边改公开情况一览表.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 交办信访举报案件查处情况的公示, after a 新区管委会's 关于中央环保督察组移交信访举报案件（第十三批）查处情况的公示
# (按交办件及市领导批示要求，立即组织三园区及相关部门迅速调查核实……目前已全部清理干净……发现一处整改一处。
# 该举报件部分属实):
# https://www.cwdq188.com/html/DocHtml1180600010587.html
# A .docx: title, preamble giving the 交办 date the 立行立改 case counts from, one block of paragraphs per case
# (编号 heading, 反映问题, 承办单位, 整改时限 where one was set, 调查核实情况, 处理和整改情况 ending with the 属实 verdict),
# 公示期 and contact lines, the office and date at the foot.
NOTICE_CASES = [
    (
        "D41HA202407020045",
        "岳村镇某村东侧空地长期堆放生活垃圾和建筑垃圾，夏季蚊蝇滋生，气味难闻",
        "岳村镇人民政府",
        "2024年7月15日",
        "经现场核查，该空地为村集体闲置土地，堆放垃圾约120吨，主要为生活垃圾和拆旧建筑垃圾。",
        "已组织机械清运垃圾120余吨，空地已平整并设置禁倒标识，7月10日经区人居办复查合格。该举报件属实。",
    ),
    (
        "D41HA202407020052",
        "孟轲乡某板材加工厂喷漆房无废气收集处理设施，油漆味扰民",
        "孟轲乡人民政府",
        "2024年8月31日前",
        "经查，该厂喷漆工序在简易棚内作业，未配套废气收集处理设施。",
        "已责令该厂停止喷漆作业，企业正在采购安装废气收集及活性炭吸附设备。该举报件属实。",
    ),
    (
        "X41HA202407020011",
        "中原路街道某餐饮一条街商户油烟、噪声扰民，夜间经营至凌晨",
        "华龙区城市管理局",
        "长期坚持",
        "经查，该街道共有餐饮商户23家，其中5家油烟净化设施未正常使用，部分商户夜间外摆经营。",
        "已对23家商户开展油烟净化设施专项检查，督促5家商户清洗维护净化设施，建立夜间常态化巡查机制，长期坚持。"
        "该举报件部分属实。",
    ),
    (
        "D41HA202407020063",
        "胜利路街道某小区化粪池满溢，污水流至小区道路",
        "华龙区胜利路街道办事处",
        "立行立改",
        "经查，该小区化粪池长期未清掏，出水管堵塞，导致污水外溢。",
        "街道办事处当日组织物业公司清掏化粪池并疏通出水管网，路面已冲洗消毒，整改到位。该举报件属实。",
    ),
    (
        "X41HA202407020019",
        "黄河路街道某汽修厂露天喷漆，废气直排",
        "黄河路街道办事处",
        "",
        "经现场核查，举报所指汽修厂已于2024年6月停业并搬离，现场无喷漆作业痕迹。",
        "已将核查情况向举报人反馈。该举报件不属实。",
    ),
    (
        "D41HA202407020077",
        "人民路街道某农贸市场生活垃圾清运不及时，垃圾桶满溢",
        "人民路街道办事处",
        "2024年7月20日",
        "经查，该市场管理方与保洁公司合同到期后未续签，垃圾清运由临时人员承担，清运频次不足。",
        "截至目前，该问题未整改。该举报件属实。",
    ),
]

CHINESE_NUMBERS = "一二三四五六七八九十"


def write_notice(path: Path) -> Path:
    doc = _new_document("区环委办")
    _title(doc, "关于省生态环境保护督察组交办信访举报件（第六批）查处情况的公示", 18)
    _paragraph(
        doc,
        "2024年7月2日，省第三生态环境保护督察组向我区交办第六批信访举报件6件。区委、区政府按交办件要求，"
        "立即组织相关乡（镇）、街道和部门调查核实，依法依规处理。现将查处情况公示如下：",
    )
    for n, (code, problem, unit, limit, checked, handled) in enumerate(NOTICE_CASES):
        _paragraph(doc, f"{CHINESE_NUMBERS[n]}、交办件编号：{code}", font="黑体")
        _paragraph(doc, f"反映问题：{problem}。")
        _paragraph(doc, f"承办单位：{unit}")
        if limit:
            _paragraph(doc, f"整改时限：{limit}")
        _paragraph(doc, f"调查核实情况：{checked}")
        _paragraph(doc, f"处理和整改情况：{handled}")
    _paragraph(doc, "公示期：2024年7月25日至7月31日。如对查处情况有异议，请在公示期内来电反映。")
    _paragraph(doc, "联系电话：0393-8262135")
    _paragraph(doc, "濮阳市华龙区生态环境保护委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 转办信访件及整改任务推进情况, after a province's count of the 中央环境保护督察组 转办信访件 still being rectified
# (共向我省转办环境问题信访件3719件，累计整改完成3230件，占总数的86.9%; 累计问责629人; 省整改任务清单上的144个
# 问题已完成整改16个; 各市问题清单):
# http://0551qiaojia.com/xwzx/10136.html
# An .xlsx of two sheets: 汇总 (转办件、已完成整改、正在整改、完成率、问责 by county, a 合计 row: statistics, no items),
# then 调度事项明细 with the city's bureaus under short and former names, 完成时限 as 月底 / 年度区间 / 年底前 /
# 季度 / 上半年 / a month range / 长期坚持, and ticks under 是 / 否 of a two-row 是否完成整改 header.
SUMMARY_ROWS = [
    ("华龙区", 126, 118, 8, 5),
    ("濮阳县", 98, 87, 11, 4),
    ("清丰县", 74, 66, 8, 2),
    ("南乐县", 61, 55, 6, 3),
    ("范县", 57, 50, 7, 1),
    ("台前县", 43, 39, 4, 2),
    ("市直部门", 35, 27, 8, 0),
]
DETAIL_ROWS = [
    (
        "转办信访件",
        "第12批-0031",
        "市区某热电厂煤场未全封闭，扬尘污染周边小区",
        "市环保局",
        "煤场全封闭",
        "2024年6月底",
        "煤场全封闭大棚已建成，经验收合格",
        "√",
        "",
    ),
    (
        "整改任务",
        "任务-07",
        "城区部分片区雨污混流，雨季污水溢流",
        "市建委",
        "完成老城区雨污分流改造",
        "2023-2025年",
        "已完成改造管网42公里，占计划的60%",
        "",
        "√",
    ),
    (
        "转办信访件",
        "第15批-0008",
        "生活垃圾填埋场渗滤液处理能力不足，周边有异味",
        "市城管执法局",
        "渗滤液全量达标处理",
        "年底前",
        "",
        "",
        "√",
    ),
    (
        "整改任务",
        "任务-11",
        "规模以下畜禽养殖场粪污资源化利用率未达标",
        "市农委",
        "粪污综合利用率达到80%以上",
        "第三季度",
        "正在推进养殖场粪污处理设施配套建设",
        "",
        "√",
    ),
    (
        "转办信访件",
        "第9批-0022",
        "引黄灌渠沿线渠内垃圾多，水体发黑",
        "市水务局",
        "渠道水面及岸坡清洁",
        "2024年7月15日",
        "已清理渠道垃圾并建立保洁长效机制",
        "√",
        "",
    ),
    (
        "整改任务",
        "任务-03",
        "城区燃煤锅炉淘汰任务未完成",
        "市发改委",
        "淘汰剩余燃煤锅炉",
        "2024年6-9月",
        "已淘汰3台，剩余2台正在实施天然气改造",
        "",
        "√",
    ),
    (
        "转办信访件",
        "第4批-0015",
        "某废弃矿山开采后未进行生态修复，山体裸露",
        "市国土资源局",
        "完成矿山生态修复",
        "上半年",
        "",
        "",
        "",
    ),
    (
        "整改任务",
        "任务-15",
        "化工园区VOCs监测监控体系不健全",
        "市经信委",
        "建成园区VOCs监测监控平台并稳定运行",
        "长期坚持",
        "常态化推进",
        "",
        "",
    ),
]


def _write_summary(b: Book) -> None:
    ws = b.sheet("汇总")
    b.widths(ws, [6, 12, 16, 16, 16, 12, 12])
    b.line(ws, 0, "中央生态环境保护督察转办信访件整改情况汇总表", 6, b.title)
    b.line(ws, 1, "统计截至：2024年7月30日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "转办信访件（件）",
            "已完成整改（件）",
            "正在整改（件）",
            "完成率",
            "问责（人）",
        ],
    )
    rate = b.book.add_format({"border": 1, "num_format": "0.0%", "align": "center", "valign": "vcenter"})
    for i, (name, total, done, doing, blamed) in enumerate(SUMMARY_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, name, b.center)
        b.row(ws, r, [total, done, doing], first=2, fmt=b.center)
        b.put(ws, r, 5, round(done / total, 4), rate)
        b.put(ws, r, 6, blamed, b.center)
    end = 3 + len(SUMMARY_ROWS)
    sums = [sum(row[k] for row in SUMMARY_ROWS) for k in range(1, 5)]
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.row(ws, end, sums[:3], first=2, fmt=b.center)
    b.put(ws, end, 5, round(sums[1] / sums[0], 4), rate)
    b.put(ws, end, 6, sums[3], b.center)


def _write_detail(b: Book) -> None:
    ws = b.sheet("调度事项明细")
    b.widths(ws, [6, 12, 13, 36, 14, 26, 14, 32, 6, 6])
    b.line(ws, 0, "中央生态环境保护督察转办信访件及整改任务调度事项明细表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    填报日期：2024年7月30日", 9)
    for c, word in enumerate(
        ["序号", "问题来源", "编号", "问题内容", "责任单位", "整改目标", "完成时限", "目前进展"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否完成整改", b.head)
    ws.write_string(3, 8, "是", b.head)
    ws.write_string(3, 9, "否", b.head)
    for i, row in enumerate(DETAIL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:7]), first=1)
        b.row(ws, r, list(row[7:]), first=8, fmt=b.center)
    end = 4 + len(DETAIL_ROWS)
    b.line(
        ws,
        end,
        "注：本表列出本月调度的转办信访件及整改任务；已完成整改的在“是”栏打“√”，未完成的在“否”栏打“√”。",
        9,
    )
    b.line(ws, end + 1, "审核人：宋建伟    填表人：孔令娜    联系电话：0393-4415863", 9)


def write_progress(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    _write_summary(b)
    _write_detail(b)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 农村人居环境整治“红黑榜”, after a town's monthly 红黑榜 notice (围绕“清得干净、治得漂亮、管得长久”评比; 一、红榜名单
# (6个) 1.鸡飞村朵兰寨村民小组：常态化开展人居环境整治……; 二、黑榜名单(3个) 1.珠山村大水井：垃圾箱满溢，清理不及时……):
# https://yncn.gov.cn/info/23414/9158540.htm
# A .doc (Word 97 via LibreOffice): title, 发布机构/发布日期 line, a preamble that sets 5个工作日内 from the day the list
# is published, the 红榜 as numbered praise lines (not items), the 黑榜 as numbered lines each followed by its
# 整改情况 in brackets (one line says nothing, one carries its own later time limit), the office and date at the foot.
RED_LIST = [
    "仙庄镇北仙庄村：常态化开展人居环境整治，房前屋后干净整洁。",
    "六塔乡前六塔村：卫生户厕管护到位，粪污清运及时。",
    "双庙乡双庙村：主街绿化美化到位，无乱堆乱放。",
    "大屯乡东大屯村：“美丽庭院”创建成效明显。",
]
BLACK_LIST = [
    (
        "马庄桥镇后刘村：村西坑塘边生活垃圾堆积，清理不及时。",
        "整改情况：7月13日已清理完毕，经县人居办复核合格。",
    ),
    ("瓦屋头镇东焦村：主街两侧柴草、砖石杂物乱堆乱放。", "整改情况：主街北段已清理，南段正在清理。"),
    ("柳格镇西柳格村：垃圾箱满溢，箱体粘贴小广告未及时清理。", ""),
    (
        "韩村镇刘家村：村内存在露天旱厕2座，影响村容村貌。",
        "因需拆除重建，经县人居办同意整改时限延至8月31日。整改情况：已拆除1座，另1座正在与农户协商。",
    ),
    ("古城乡杨庄村：路边畜禽散养，粪污未及时清理。", "整改情况：未整改。"),
    (
        "阳邵乡西阳邵村：排水沟渠淤堵，生活污水溢流至路面。",
        "整改情况：7月16日完成沟渠疏浚，经县人居办复核合格。",
    ),
]


def write_board_docx(path: Path) -> Path:
    doc = _new_document("县人居办")
    _title(doc, "清丰县2024年7月农村人居环境整治“红黑榜”", 20)
    _paragraph(doc, "发布机构：清丰县农村人居环境整治工作领导小组办公室    发布日期：2024年7月10日", 12)
    _paragraph(
        doc,
        "为进一步巩固提升农村人居环境整治成效，县人居办对各乡镇村庄开展明察暗访，评选出7月“红黑榜”村庄。"
        "现予以公布。黑榜所列问题，由所在乡镇督促村组自本榜公布之日起5个工作日内整改到位，"
        "整改情况报县人居办复核。",
    )
    _paragraph(doc, f"一、红榜名单（{len(RED_LIST)}个）", font="黑体")
    for n, line in enumerate(RED_LIST, 1):
        _paragraph(doc, f"{n}.{line}")
    _paragraph(doc, f"二、黑榜名单（{len(BLACK_LIST)}个）", font="黑体")
    for n, (line, progress) in enumerate(BLACK_LIST, 1):
        _paragraph(doc, f"{n}.{line}" + (f"（{progress}）" if progress else ""))
    _paragraph(doc, "（黑榜整改情况更新至2024年7月26日）", 12)
    _paragraph(doc, "清丰县农村人居环境整治工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月10日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_board(path: Path) -> Path:
    return via_soffice(write_board_docx, path, "doc", "人居环境红黑榜.docx")


# ---------------------------------------------------------------------------------------------
# 6. 农村公厕问题交办清单及整改责任清单, after a city 住建局's 公共厕所专项摸底排查 (排查内容包括公厕名称、位置、面积、
# 结构类别、公厕类型、建设时间……发现建设不达标、旱厕等问题公厕159个; 制定“问题交办清单”和“整改责任清单”，明确整改
# 目标、内容、时限和整改责任单位，建立整改销号制):
# https://www.hhml.gov.cn/info/5351/73141.htm
# An .xls (xlwt): title, 交办日期/填报单位 line (the base date of 立行立改), a two-row header with 公厕基本情况 and
# 整改责任清单 groups, 存在问题 between them, a 销号情况 column (已销号 with a date, 正在施工, 未整改, 长效管护,
# blank), a 说明 line and a signature line.
TOILET_ROWS = [
    (
        "元村集公厕",
        "元村镇集市东侧",
        "旱厕",
        "2012年",
        "旱厕未改造，粪污外露，蝇蛆滋生",
        "改造为水冲式卫生公厕",
        "拆除旱厕，新建三格化粪池及冲水设施",
        "2024年9月30日",
        "元村镇人民政府",
        "",
    ),
    (
        "韩张镇政府驻地公厕",
        "韩张镇中心街",
        "水冲式",
        "2019年",
        "冲水设施损坏，无法正常使用",
        "恢复正常使用",
        "维修更换冲水设备",
        "立行立改",
        "韩张镇人民政府",
        "已销号（7月8日）",
    ),
    (
        "千口村文化广场公厕",
        "千口镇千口村",
        "水冲式",
        "2021年",
        "无专人管护，卫生脏乱，无洗手设施",
        "保洁管护常态化",
        "明确专人保洁，配齐洗手设施",
        "长期坚持",
        "千口镇人民政府",
        "长效管护，不销号",
    ),
    (
        "福堪集公厕",
        "福堪镇福堪集北街",
        "水冲式",
        "2018年",
        "化粪池渗漏，污水溢流至路面",
        "消除渗漏",
        "更换化粪池并做防渗处理",
        "2024年8月15日",
        "福堪镇人民政府",
        "正在施工",
    ),
    (
        "梁村乡卫生院旁公厕",
        "梁村乡梁村",
        "水冲式",
        "2020年",
        "无障碍厕位缺失，老年人、残疾人如厕不便",
        "增设无障碍设施",
        "增设无障碍厕位及扶手",
        "2024年12月底前",
        "南乐县卫生健康委员会",
        "",
    ),
    (
        "县城人民公园公厕",
        "南乐县城人民公园",
        "水冲式",
        "2016年",
        "夜间不开放，公园晚间游客如厕难",
        "延长开放时间",
        "开放时间延长至22时，安排专人值守",
        "2024年7月20日前",
        "南乐县城市管理局",
        "已销号（7月16日）",
    ),
    (
        "杨村乡集贸市场公厕",
        "杨村乡集贸市场",
        "水冲式",
        "2017年",
        "男女厕标识不清，无引导标牌",
        "规范设置标识",
        "更换男女厕标识，增设引导标牌",
        "2024年7月10日",
        "杨村乡人民政府",
        "已销号（7月9日）",
    ),
    (
        "近德固村公厕",
        "近德固乡近德固村",
        "水冲式",
        "2023年",
        "建成后长期锁闭，未投入使用",
        "投入使用",
        "落实管护人员，对外开放",
        "2024年7月31日",
        "近德固乡人民政府",
        "未整改",
    ),
]


def write_toilets(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "南乐县农村公厕问题交办清单及整改责任清单", t, 0, last),
        (
            1,
            0,
            "交办日期：2024年7月3日    填报单位：南乐县农村人居环境整治工作领导小组办公室",
            plain,
            1,
            last,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "公厕基本情况", h, 2, 4),
        (2, 5, "存在问题", h, 3, 5),
        (2, 6, "整改责任清单", h, 2, 9),
        (2, 10, "销号情况", h, 3, 10),
    ]
    for col, word in zip(range(1, 5), ["公厕名称", "位置", "类型", "建设时间"], strict=True):
        cells.append((3, col, word, h))
    for col, word in zip(range(6, 10), ["整改目标", "整改内容", "整改时限", "整改责任单位"], strict=True):
        cells.append((3, col, word, h))
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 8, 10) else c))
    r = 4 + len(TOILET_ROWS)
    cells += [
        (
            r,
            0,
            "说明：整改完成经乡镇自验、县人居办复核后销号；“立行立改”事项自交办之日起整改。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审核人：李卫东    填表人：张晓静    联系电话：0393-6618253", plain, r + 1, last),
    ]
    return _write_xls(path, [("交办清单", cells)])


# ---------------------------------------------------------------------------------------------
# 7. 非正规垃圾堆放点排查整治台账, after a town's 非正规垃圾堆放点排查和整治部署会 (各村全面排查整治非正规垃圾
# 堆放点……加强整治“回头看”，对清理后的区域及时配套生活垃圾收集设施并进行绿化，设立禁止倾倒垃圾标识……明确整改目标
# 和整改时限，防止问题反弹):
# http://www.fanwens.cn/guoyang/12820.html
# A CSV in UTF-8 with BOM: a title line, a line giving the 排查日期 the 立行立改 row counts from, one header line with
# 整改目标, 整改时限 (dates, a schedule, 立行立改, 长期坚持), 整改进度 and a 回头看情况 column, the 责任单位 last;
# a 合计 line summing the 方量 and a 填报单位 line.
DUMP_ROWS = [
    (
        "濮城镇",
        "濮城村北排水沟",
        "生活垃圾",
        300,
        "清零销号",
        "2024年6月30日",
        "已清零",
        "7月回头看未反弹，已设禁倒标识",
        "濮城镇人民政府",
    ),
    (
        "龙王庄镇",
        "龙王庄村西废弃砖窑坑",
        "建筑垃圾",
        1200,
        "清运并复绿",
        "8月底前清运完毕，年底前完成复绿",
        "已清运约60%",
        "",
        "龙王庄镇人民政府",
    ),
    (
        "杨集乡",
        "杨集乡政府东侧坑塘",
        "生活垃圾、建筑垃圾混合",
        500,
        "清零销号",
        "2024年7月15日",
        "未启动",
        "",
        "杨集乡人民政府",
    ),
    (
        "陈庄镇",
        "金堤河大堤陈庄段堤脚",
        "生活垃圾",
        150,
        "清零销号",
        "立行立改",
        "已清零",
        "待回头看",
        "陈庄镇人民政府",
    ),
    ("王楼镇", "王楼镇中学东侧空地", "建筑垃圾", 80, "清零销号", "2024年7月10日", "", "", "王楼镇人民政府"),
    (
        "城关镇",
        "县城新区某待建地块",
        "建筑垃圾",
        2000,
        "清运并设置围挡",
        "2024年9月30日",
        "正在清运",
        "",
        "范县城市管理局",
    ),
    (
        "辛庄镇",
        "辛庄村南沟渠",
        "农业废弃物（秸秆、废旧农膜）",
        60,
        "建立巡查制度，防止反弹",
        "长期坚持",
        "常态化巡查，长期坚持",
        "",
        "辛庄镇人民政府",
    ),
    (
        "高码头镇",
        "黄河滩区高码头段",
        "生活垃圾",
        400,
        "清零销号",
        "2024年7月20日",
        "已清零，7月23日经县人居办验收合格",
        "",
        "高码头镇人民政府",
    ),
]


def write_dumps(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["范县非正规垃圾堆放点排查整治台账（截至2024年7月26日）"])
    w.writerow(["排查日期：2024年6月3日（“立行立改”事项以排查日期为准）"])
    w.writerow(
        [
            "序号",
            "乡镇",
            "堆放点位置",
            "垃圾类型",
            "估算方量（立方米）",
            "整改目标",
            "整改时限",
            "整改进度",
            "回头看情况",
            "责任单位",
        ]
    )
    for i, row in enumerate(DUMP_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", f"{len(DUMP_ROWS)}处", "", sum(row[3] for row in DUMP_ROWS), "", "", "", "", ""])
    w.writerow(
        [
            "填报单位：范县农村人居环境整治工作领导小组办公室",
            "",
            "",
            "填报人：刘振华",
            "",
            "联系电话：0393-5396127",
        ]
    )
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 小餐饮场所燃气使用安全检查隐患整改台账, after a 街道's account of its 小餐饮场所燃气使用安全检查 (检查辖区小餐饮
# 场所45家，现场发现隐患20处，其中15处隐患当场整改，另有5处隐患责令限期整改; 重点检查液化气使用、气瓶来源、燃气泄漏
# 安全保护装置; 不定期开展燃气安全“回头看”，以未整改隐患为督查重点):
# http://www.shouyao.jjjnews.top/zonghe/2023/0628/11643.html
# An .xlsx: title, 填报单位/检查时间 line, one header row with 社区, the 场所 as 责任主体 (the 街道 only inspects),
# the row's 检查日期 that 立行立改 counts from, 整改方式 当场整改 / 限期整改, 整改期限, and a 回头看复查情况 column;
# a 说明 line counting the hazards and a signature line with the 检查人员.
GAS_SHOP_ROWS = [
    (
        "建设社区",
        "华龙区老街坊烩面馆",
        "2024-07-02",
        "灶具无熄火保护装置",
        "限期整改",
        "2024年7月10日",
        "7月11日复查，已更换带熄火保护装置灶具",
    ),
    (
        "中原社区",
        "华龙区豫香居快餐店",
        "2024-07-02",
        "燃气泄漏报警器未通电",
        "当场整改",
        "立行立改",
        "已当场接通电源，报警器工作正常",
    ),
    (
        "昆吾社区",
        "濮阳市华龙区胖哥烧烤店",
        "2024-07-03",
        "液化气瓶存放在半地下室操作间",
        "限期整改",
        "2024年7月8日",
        "复查仍未整改，已移交区城市管理局立案查处",
    ),
    (
        "昆吾社区",
        "华龙区李记面馆",
        "2024-07-03",
        "使用橡胶软管连接气瓶，软管长度超过2米",
        "当场整改",
        "立行立改",
        "当场更换为金属波纹管",
    ),
    (
        "建设社区",
        "华龙区味之源小吃店",
        "2024-07-03",
        "液化气瓶无充装标签，气瓶来源不明",
        "限期整改",
        "7月15日前",
        "",
    ),
    (
        "绿城社区",
        "濮阳市蜀香源火锅店",
        "2024-07-04",
        "同一操作间同时使用管道燃气和瓶装液化气",
        "限期整改",
        "2024年7月20日",
        "已申请管道燃气扩容，正在施工",
    ),
    (
        "中原社区",
        "华龙区好味道早餐店",
        "2024-07-04",
        "燃气灶具紧靠木质隔板，周边堆放纸箱等可燃物",
        "当场整改",
        "立行立改",
        "已当场清理可燃物并加装防火隔板",
    ),
    (
        "绿城社区",
        "濮阳市聚福楼饭店有限公司",
        "2024-07-04",
        "未建立燃气安全管理制度，后厨员工未经燃气安全培训",
        "限期整改",
        "7月底前",
        "复查未整改",
    ),
]


def write_gas_shops(path: Path) -> Path:
    b = Book(path, author="胜利路街道应急办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 11, 26, 12, 38, 11, 14, 36])
    b.line(ws, 0, "胜利路街道小餐饮场所燃气使用安全检查隐患整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（盖章）    检查时间：2024年7月2日至4日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "社区",
            "场所名称（责任主体）",
            "检查日期",
            "隐患内容",
            "整改方式",
            "整改期限",
            "回头看复查情况",
        ],
    )
    for i, (area, shop, day, hazard, way, limit, review) in enumerate(GAS_SHOP_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, area, b.center)
        b.put(ws, r, 2, shop)
        b.put(ws, r, 3, date.fromisoformat(day))
        b.put(ws, r, 4, hazard)
        b.row(ws, r, [way, limit], first=5, fmt=b.center)
        b.put(ws, r, 7, review)
    end = 3 + len(GAS_SHOP_ROWS)
    b.line(
        ws,
        end,
        "说明：本次共检查小餐饮场所45家，本表列出隐患8处，其中当场整改3处、限期整改5处；"
        "“立行立改”以检查当日为限。街道将不定期开展“回头看”，以未整改隐患为督查重点。",
        7,
    )
    b.line(
        ws, end + 1, "检查人员：王海涛、孙丽    填表人：崔晓燕    联系电话：0393-8116420    2024年7月26日", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 居民户内燃气设施安全检查隐患整改情况表, after a city gas company's 居民用户燃气检查 account (有近三成居民拒绝接受
# 检查或家中无人留守; 胶管老化、炉具“超期服役”、炉具无熄火保护装置等问题最为严重; 隐患较大的实施停栓处理; 在《室内
# 设施安全检查表》中隐患告知单部分明确标注……若用户不配合，社区工作人员将会对其进行二次告知……上报到区政府部门):
# https://ppfocus.com/0/sc3f90abd.html
# An .ods (LibreOffice conversion, fixed zip times): the company's own return, its rows naming only its own sections
# (安检一所、安检二所、客户服务中心、管网运行部) under 责任部门; 检查日期 per row (立行立改 counts from it), 隐患户数,
# 告知情况 (一次告知 / 二次告知 / 到访不遇), 整改期限 and 整改进展; a 合计 row of households, a 注 line, a signature line.
GAS_HOME_ROWS = [
    (
        "2024-06-18",
        "昆吾花园小区",
        "胶管老化",
        36,
        "燃气灶连接胶管老化龟裂、超期使用",
        "已一次告知",
        "安检一所",
        "2024年7月31日",
        "已更换32户，4户家中无人待预约",
    ),
    (
        "2024-06-20",
        "建业城小区",
        "炉具超期",
        18,
        "燃气灶具使用超过8年",
        "二次告知",
        "安检一所",
        "2024年8月31日",
        "",
    ),
    (
        "2024-06-25",
        "石化路油田小区",
        "无熄火保护",
        22,
        "燃气灶具无熄火保护装置",
        "已一次告知",
        "安检二所",
        "年底前",
        "正在联系社区统一组织更换",
    ),
    (
        "2024-07-01",
        "开州路片区各小区",
        "拒绝入户",
        41,
        "多次到访不遇或拒绝检查，户内燃气设施安全情况不明",
        "张贴到访不遇通知单",
        "客户服务中心",
        "长期坚持",
        "按月预约回访，长期坚持",
    ),
    (
        "2024-07-09",
        "濮上园小区",
        "私接私改",
        3,
        "用户私自改动户内燃气管道",
        "已告知并报属地街道",
        "安检二所",
        "立行立改",
        "已实施停栓处理，恢复原管道后复检合格",
    ),
    (
        "2024-05-28",
        "化肥厂家属院",
        "立管锈蚀",
        "",
        "楼道公共燃气立管锈蚀严重",
        "",
        "管网运行部",
        "2024年6月底",
        "已完成除锈防腐，验收合格",
    ),
    (
        "2024-07-11",
        "锦绣城小区",
        "烟道式热水器",
        9,
        "燃气热水器烟道未伸出室外",
        "已一次告知",
        "安检二所",
        "2024年7月20日",
        "未整改",
    ),
]


def write_gas_home_book(path: Path) -> Path:
    b = Book(path, author="安全管理部")
    ws = b.sheet("隐患整改情况")
    b.widths(ws, [6, 12, 18, 12, 10, 34, 18, 13, 14, 30])
    b.line(ws, 0, "濮阳市燃气有限公司居民户内燃气设施安全检查隐患整改情况表", 9, b.title)
    b.line(ws, 1, "填报部门：濮阳市燃气有限公司安全管理部    统计截至：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "小区名称",
            "隐患类型",
            "隐患户数",
            "隐患描述",
            "告知情况",
            "责任部门",
            "整改期限",
            "整改进展",
        ],
    )
    for i, (day, estate, kind, homes, hazard, told, section, limit, progress) in enumerate(GAS_HOME_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, date.fromisoformat(day))
        b.row(ws, r, [estate, kind], first=2)
        b.put(ws, r, 4, homes, b.center)
        b.row(ws, r, [hazard, told, section], first=5)
        b.put(ws, r, 8, limit, b.center)
        b.put(ws, r, 9, progress)
    end = 3 + len(GAS_HOME_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, sum(row[3] for row in GAS_HOME_ROWS if row[3] != ""), b.center)
    for c in range(5, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws,
        end + 1,
        "注：隐患告知单一式两份，一次告知后未整改的进行二次告知；拒不整改的统一整理后上报属地街道（乡镇）。",
        9,
    )
    b.line(ws, end + 2, "部门负责人：高建军    填表人：冯蕾    联系电话：0393-4828119", 9)
    return b.close()


def write_gas_home(path: Path) -> Path:
    via_soffice(write_gas_home_book, path, "ods", "户内燃气隐患整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 瓶装液化石油气市场专项整治问题清单, after a city 住房和城市更新局's notice of its 瓶装液化石油气市场专项整治行动
# (重点开展8个方面工作: 加强市场价格监管、规范服务收费、规范经营行为、加强质量计量监管、提升服务质量、严格落实安全
# 监管措施、强化运输环节安全监管、从严从重打击黑气源黑气贩黑气窝点):
# https://gdkfq.ezhou.gov.cn/zwdt/tzgs/202503/t20250309_692418.html
# A .zip of two returns (UTF-8 member names):
#   a county's .xlsx: title, 填报单位/检查日期 line, the problems grouped under 整治方面 rows merged across, the
#   company as 责任单位 beside the 监管部门 that inspects it, 整改期限 (dates, 立行立改, 月底前, 第三季度), a 完成时间
#   column and a 备注 column, a signature line;
#   the city 住建局's .docx: title, 主送, preamble, a table naming the bureaus that lead each problem under short and
#   former names (市质监局, 市安监局, 市交警支队, 市城管局, 市燃气公司), 整改时限 and 整改进展, the office and date.
LPG_GROUPS = [
    (
        "一、价格及服务收费",
        [
            (
                "清丰县安达液化气有限公司",
                "未落实明码标价，送气上楼另收费10元",
                "县市场监管局",
                "2024年7月15日",
                date(2024, 7, 12),
                "",
            ),
            (
                "清丰县顺通燃气有限公司",
                "向用户收取钢瓶折旧费",
                "县市场监管局",
                "2024年7月31日",
                None,
                "已停止收取，正在清退已收费用",
            ),
        ],
    ),
    (
        "二、安全监管措施",
        [
            (
                "清丰县安达液化气有限公司马庄桥供应站",
                "站内灭火器过期，安全间距内堆放杂物",
                "县住建局",
                "立行立改",
                date(2024, 7, 5),
                "",
            ),
            (
                "清丰县金源液化石油气充装站",
                "未落实实名制购气，允许用户自提购气",
                "县住建局",
                "2024年8月底前",
                None,
                "",
            ),
        ],
    ),
    (
        "三、运输环节及打击黑气",
        [
            (
                "清丰县顺通燃气有限公司",
                "液化气专用配送“小黄车”超载，未按规定线路行驶",
                "县交通运输局",
                "第三季度",
                None,
                "未整改",
            ),
        ],
    ),
]

CITY_LPG_ROWS = [
    (
        "部分充装站充装超期未检气瓶",
        "市质监局",
        "2024年7月31日",
        "已完成全市6家充装站气瓶检验核查，收缴超期未检气瓶214只，整改完成",
    ),
    (
        "个别储配站未编制应急预案或未组织演练",
        "市安监局",
        "2024年8月15日",
        "正在督促企业修订应急预案，计划8月组织演练",
    ),
    ("液化气配送车辆违规载人、超速行驶", "市交警支队", "长期坚持", "常态化开展路面查处，长期坚持"),
    (
        "城区存在“黑气”流动销售点",
        "市城管局",
        "2024年6月30日",
        "已取缔黑气窝点7处，仍有零星流动销售，持续打击",
    ),
    ("瓶装液化气随瓶安检服务未实现全覆盖", "市燃气公司", "2024年9月30日", ""),
]


def write_lpg_county(path: Path) -> Path:
    b = Book(path, author="清丰县住建局")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 40, 14, 14, 12, 28])
    b.line(ws, 0, "清丰县瓶装液化石油气市场专项整治问题清单", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县住房和城乡建设局    检查日期：2024年7月5日    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "责任单位", "存在问题", "监管部门", "整改期限", "完成时间", "备注"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in LPG_GROUPS:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for unit, problem, inspector, limit, done, note in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, problem, inspector], first=1)
            b.put(ws, r, 4, limit, b.center)
            b.put(ws, r, 5, done)
            b.put(ws, r, 6, note)
            r += 1
    b.line(ws, r, "注：“立行立改”事项以检查当日为限；整改完成的填写完成时间。", 6)
    b.line(ws, r + 1, "审核人：孟庆华    填表人：岳红霞    联系电话：0393-7226083", 6)
    return b.close()


def write_lpg_city(path: Path) -> Path:
    doc = _new_document("燃气管理科")
    _title(doc, "关于全市瓶装液化石油气市场专项整治发现问题整改情况的报告", 18)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照全市瓶装液化石油气市场专项整治行动部署，我局会同有关部门对全市瓶装液化石油气生产经营、"
        "运输配送等环节开展了联合检查，梳理出需市直部门牵头整改的问题5项。现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(CITY_LPG_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "牵头单位", "整改时限", "整改进展"], body)
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_lpg_zip(path: Path) -> Path:
    members = [
        ("清丰县瓶装液化石油气市场专项整治问题清单.xlsx", write_lpg_county),
        ("市住建局瓶装液化石油气专项整治问题整改情况报告.docx", write_lpg_city),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县省级生态环境保护督察交办信访件整改验收销号台账.xlsx", write_petition),
    ("省生态环境保护督察交办信访举报件边督边改公开情况一览表（第四批）.et", write_open),
    ("关于省生态环境保护督察组交办信访举报件（第六批）查处情况的公示.docx", write_notice),
    ("中央生态环境保护督察转办信访件及整改任务推进情况（7月）.xlsx", write_progress),
    ("清丰县2024年7月农村人居环境整治红黑榜.doc", write_board),
    ("南乐县农村公厕问题交办及整改责任清单.xls", write_toilets),
    ("范县非正规垃圾堆放点排查整治台账.csv", write_dumps),
    ("胜利路街道小餐饮场所燃气使用安全检查隐患整改台账.xlsx", write_gas_shops),
    ("市燃气有限公司居民户内燃气设施安全检查隐患整改情况表.ods", write_gas_home),
    ("瓶装液化石油气市场专项整治问题整改（清丰县、市住建局）.zip", write_lpg_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

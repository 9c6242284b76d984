"""Write the aside244 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 城市管理、生态环境、农业农村与乡村振兴领域的督查问题整改 (街长巡查、市容巡查通报与复查、“回头看”、
镇村环保攻坚台账、生态环境问题大排查、督察转办信访件、乡村振兴“五大问题清单”、考核评估反馈问题、户厕问题摸排).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
.wps (LibreOffice conversion of a .docx), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs,
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside244.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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


def _write_xls_sized(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """Like _write_xls, one sheet, with column widths (in characters) as the office set them."""
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(name)
    for c, w in enumerate(widths):
        ws.col(c).width = 256 * w
    for cell in cells:
        r, c, v, st = cell[:4]
        if len(cell) > 4:
            ws.write_merge(r, cell[4], c, cell[5], v, st)
        else:
            ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 街长巡查问题处置台账, after a 街道's account of its 笔记本式专用街长巡查日志 (街长每天对责任路段及小区楼院检查不少于
# 1次，按“九看”——看市容秩序、看广告亮化、看市政设施、看空间立面、看环境卫生、看园林绿化、看停车秩序、看小区楼院、
# 看管理执法——查找问题; 日志内容包括巡查时间、巡查道路、发现问题、处置情况; 发现问题第一时间协调相关单位整改，
# 难以解决的及时向上反馈):
# http://www.zydf.cn/a/201902/4246149.html
# An .xls (xlwt): title, 填报单位/填报日期 line, a line on how the 办结时限 is counted (from the 巡查时间, 日清日结),
# one header row with the 街长 (the inspector), the “九看” item and the 协调责任单位 (the street's own 中队/所 as
# sections, city bureaus, a company), a 合计 line and a signature line.
STREET_ROWS = [
    (
        "2024.7.2",
        "李文涛",
        "中原路（京开道—马颊河路）",
        "看市容秩序",
        "沿街门店出店经营，水果摊占用人行道约20米",
        "已当场劝导商户撤回店内，当日办结",
        "街道城管中队",
        "当日办结",
    ),
    (
        "2024.7.3",
        "王慧",
        "绿城路",
        "看市政设施",
        "绿城路与中原路交叉口东北角雨水井盖破损下陷",
        "已设置警示标志，井盖更换正在协调",
        "市城管局",
        "3个工作日内",
    ),
    (
        "2024.7.5",
        "张国栋",
        "阳光花园小区",
        "看小区楼院",
        "小区4号楼北侧私搭乱建彩钢棚两处",
        "已下达限期拆除告知书，业主已自行拆除1处",
        "街道综合执法中队",
        "2024年7月20日",
    ),
    (
        "2024.7.8",
        "李文涛",
        "中原路",
        "看广告亮化",
        "中原路与京开道交叉口西南角户外广告牌面板脱落，存在坠落隐患",
        "已督促产权单位拆除广告牌，隐患消除",
        "濮阳市华龙广告传媒有限公司",
        "立行立改",
    ),
    (
        "2024.7.10",
        "赵晓",
        "马颊河路",
        "看环境卫生",
        "马颊河路东段绿化带内建筑垃圾堆放约5立方米",
        "",
        "街道环卫所",
        "7月15日前",
    ),
    (
        "2024.7.12",
        "王慧",
        "建业小区",
        "看停车秩序",
        "小区消防通道长期停放“僵尸车”3辆",
        "已联系车主挪走2辆，1辆车主联系不上，已移交交警部门",
        "市交警支队",
        "2024年7月31日",
    ),
    (
        "2024.7.16",
        "张国栋",
        "京开道",
        "看园林绿化",
        "京开道中原路口行道树枯死4株未补植",
        "未处置，待秋季补植",
        "华龙区城市管理局",
        "10月底前",
    ),
    (
        "2024.7.22",
        "赵晓",
        "中原路（马颊河路—黄河路）",
        "看空间立面",
        "沿街商铺空调外机冷凝水直排人行道",
        "已逐户发放整改通知，12户已加装引流管，其余正在加装",
        "街道城管中队",
        "2024年8月10日",
    ),
    (
        "2024.7.25",
        "李文涛",
        "阳光花园小区",
        "看管理执法",
        "小区东门外夜间烧烤摊油烟扰民",
        "已取缔，经复查未反弹",
        "街道综合执法中队",
        "立行立改",
    ),
]


def write_street(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    last = 8
    cells: list[tuple] = [
        (0, 0, "中原路街道“街长制”巡查问题处置台账（2024年7月）", title, 0, last),
        (1, 0, "填报单位：华龙区中原路街道办事处（城管科）    填报日期：2024年7月30日", plain, 1, last),
        (2, 0, "办结时限自巡查发现之日起计算；小问题日清日结，大问题限时处理。", plain, 2, last),
    ]
    words = [
        "序号",
        "巡查时间",
        "街长",
        "责任路段（小区楼院）",
        "巡查内容",
        "发现问题",
        "处置情况",
        "协调责任单位",
        "办结时限",
    ]
    cells += [(3, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(STREET_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        cells += [(r, c, v, mid if c in (1, 2, 4, 8) else cell) for c, v in enumerate(row, 1)]
    end = 4 + len(STREET_ROWS)
    cells.append((end, 0, "合计", mid))
    cells.append((end, 1, "本月巡查发现问题9个，已办结3个，正在处置4个", cell, end, last))
    cells.append(
        (end + 2, 0, "填表人：韩笑    审核人：宋建国    联系电话：0393-8182306", plain, end + 2, last)
    )
    return _write_xls_sized(path, "巡查台账", cells, [6, 11, 8, 22, 11, 36, 34, 22, 12])


# ---------------------------------------------------------------------------------------------
# 2. 市容环境综合整治情况的通报, after a county 双创办's 关于市容环境综合整治情况的通报 (值班人员对城区部分路段巡查，
# 存在问题逐条编号列出，每条下写“整改要求：由某单位负责…”，包片单位督促; 责任单位按整改要求尽快整改落实，跟踪回访，
# 整改结果纳入季度考核):
# https://www.pingli.gov.cn/Content-1108232.html
# A .docx whose items are numbered paragraphs 1．… each followed by an 整改要求 paragraph naming the unit (short and
# former names: 市城管执法局, 市文广新局, 包片单位) and, as the office returns it, a 复查情况 paragraph for most items;
# one deadline for all in the closing paragraph, one item with its own 限期 and one 长期坚持.
CITY_ITEMS = [
    (
        "胜利路与开州路交叉口东南角人行道多处水果摊贩流动经营。",
        "整改要求：由市城管执法局负责整治。",
        "复查情况：已整治，未见反弹。",
    ),
    (
        "人民路街道京开道社区门前行道树上缠挂装饰灯带，影响树木生长。",
        "整改要求：由华龙区人民路街道办事处督促商户拆除。",
        "复查情况：灯带已全部拆除。",
    ),
    (
        "任丘路市民政局家属院外绿化带有住户晾晒被褥。",
        "整改要求：由包片单位市民政局督促住户移走晾晒物品，并加强教育引导，提高居民文明素质。",
        "",
    ),
    (
        "文化路与长庆路交叉口公交站台周边“牛皮癣”小广告12处。",
        "整改要求：由包片单位市文广新局负责清除。",
        "复查情况：已清除8处，其余正在清理。",
    ),
    (
        "黄河路（中原路至京开道段）垃圾散落，清运不及时。",
        "整改要求：由市城市管理局加大垃圾清运频次和力度，长期坚持。",
        "复查情况：清运频次已由每日2次增至3次，常态化推进。",
    ),
    (
        "建设路市卫健委片区：居民楼周边堆放杂物较多，空地杂草丛生。",
        "整改要求：由包片单位市卫健委负责清理，督促落实“门前五包”责任。",
        "复查情况：杂物已清理，杂草尚未清除。",
    ),
    (
        "大庆路与绿城路交叉口西北角废旧车辆长期停放，存在安全隐患。",
        "整改要求：由市公安局交警支队负责拖移（限7月20日前完成）。",
        "复查情况：未拖移。",
    ),
    (
        "开州路西侧市住房公积金管理中心门前盲道被电动车占用。",
        "整改要求：由包片单位市公积金中心负责规范停放。",
        "复查情况：已施划非机动车停放线，问题整改到位。",
    ),
]


def write_city(path: Path) -> Path:
    doc = _new_document("市创建办")
    _title(doc, "关于7月17日市容环境综合整治情况的通报", 20)
    _paragraph(doc, "（附7月26日复查情况）", 16, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各包片单位，华龙区人民政府，市直有关单位：")
    _paragraph(
        doc,
        "7月17日，市创建办周末值班人员对中心城区部分路段市容环境综合整治情况进行了巡查。从检查情况看，"
        "胜利路、中原路大部分包段单位片区市容环境卫生保持总体较好，车辆停放较为整齐，但仍存在以下问题"
        "亟待整改，现通报如下：",
    )
    for n, (problem, demand, review) in enumerate(CITY_ITEMS, 1):
        _paragraph(doc, f"{n}．{problem}")
        _paragraph(doc, demand)
        if review:
            _paragraph(doc, review, font="楷体_GB2312")
    _paragraph(
        doc,
        "请各责任单位按整改要求对上述问题于7月24日前整改落实，并将整改情况报市创建办。市创建办将跟踪回访"
        "落实情况，整改结果纳入第三季度创建考核。",
    )
    _paragraph(doc, "（复查情况由市创建办督查科7月26日补录）", font="楷体_GB2312")
    _paragraph(doc, "濮阳市创建全国文明城市工作指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 镇环保攻坚问题整改台账, after a 镇's account of its three 台账 (日常排查台账明确检查日期、检查人员、带队镇领导;
# 污染源台账明确类别、地址、管控方式、负责人; 问题整改台账汇总镇村自查、县市督查、社会第三方机构清查的问题，针对
# 出台整改措施，逐一销号; 镇大气办、创建办、农办、城管办协调配合; 小问题日清日结、大问题限时处理):
# http://henan.kjzch.com/zhengzhou/2020-05-22/702421.html
# An .xlsx: title, 填报单位/统计时间 line, a two-row header (整改落实 over 整改措施/计划时限/处理进度), a 问题来源
# column, the 发现（交办）时间 the 立行立改 and 工作日 rows count from, the town's own 站所 as 责任站所 (sections of
# the sending town), a 包村干部 column, a 销号情况 column beside 处理进度, a 说明 line and a signature line.
TOWN_ROWS = [
    (
        "县级督查",
        "2024.6.28",
        "后曹村",
        "村北废弃坑塘堆放生活垃圾和建筑垃圾约30立方米",
        "镇城管办",
        "刘振",
        "清运垃圾并平整坑塘",
        "2024年7月10日",
        "已清运完毕",
        "已销号",
    ),
    (
        "镇村自查",
        "2024.7.2",
        "马庄桥村",
        "村东养殖户畜禽粪污露天堆放，雨后外溢",
        "镇畜牧站",
        "郭亚楠",
        "建设防渗防雨堆粪棚",
        "7月20日前建棚，7月底前投入使用",
        "堆粪棚主体已建成，正在安装防雨棚",
        "",
    ),
    (
        "第三方清查",
        "2024.7.4",
        "西马庄村",
        "村内小型塑料颗粒加工作坊无环保手续，生产时异味明显",
        "镇环保所",
        "王亮",
        "依法取缔，断水断电",
        "立行立改",
        "已断电停产，设备已拆除",
        "已销号",
    ),
    (
        "市级督查",
        "2024.7.9",
        "镇区",
        "镇区主干道两侧沿街餐饮商户油烟净化器未开启",
        "镇大气办",
        "张莉",
        "督促商户正常使用油烟净化设施，建立清洗台账",
        "长期坚持",
        "每周巡查一次，常态化推进",
        "",
    ),
    (
        "群众举报",
        "2024.7.11",
        "宋家庄村",
        "麦收后秸秆堆放于村道两侧，存在焚烧隐患",
        "镇农办",
        "李春生",
        "组织秸秆离田，综合利用",
        "7个工作日内",
        "未启动",
        "",
    ),
    (
        "县级督查",
        "2024.7.15",
        "后曹村",
        "村西建筑工地土方未覆盖，出入口车辆未冲洗",
        "镇创建办",
        "刘振",
        "督促施工单位覆盖裸土、安装冲洗设备",
        "2024年7月20日",
        "已覆盖裸土，冲洗设备已安装",
        "已销号",
    ),
    (
        "镇村自查",
        "2024.7.22",
        "北街村",
        "村内坑塘水体发黑发臭",
        "镇城管办",
        "王亮",
        "截污清淤，实施水体治理",
        "9月底前",
        "",
        "",
    ),
]


def write_town(path: Path) -> Path:
    b = Book(path, author="马庄桥镇大气办")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 11, 11, 10, 36, 11, 9, 26, 18, 28, 10])
    last = 10
    b.line(ws, 0, "马庄桥镇环保攻坚问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府（镇大气办）    统计时间：2024年7月29日", last)
    for c, word in enumerate(
        ["序号", "问题来源", "发现（交办）时间", "村别", "问题描述", "责任站所", "包村干部"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "计划时限", "处理进度"], first=7)
    b.merge(ws, 2, 10, 3, 10, "销号情况", b.head)
    for i, row in enumerate(TOWN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 2, 3, 5, 6, 10) else b.cell)
    end = 4 + len(TOWN_ROWS)
    b.line(
        ws,
        end,
        "说明：销号情况栏填“已销号”的，经镇检查组现场核查确认；处理进度每周一更新，计划时限按工作日计算的自发现"
        "（交办）之日起算。",
        last,
    )
    b.line(ws, end + 1, "带队镇领导：孟庆华    填表人：张莉    联系电话：0393-7221506", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 生态环境突出问题大排查大整治问题清单, after a 镇's 生态环境突出问题大排查大整治专项行动 (全面排查养殖场粪污处置、
# 污染物排放、病害猪无害化处理; “小散乱污”企业建立台账分类施治; 建立问题清单、明确整改责任人、整改措施以及完成时限，
# 清单化、闭环式管理; 整治一项、核查一项、销号一项; 12345热线反映的环保问题线索“回头看”):
# http://www.yjaq.com.cn/hb/2025-04-29/35822.html
# A CSV in UTF-8 with BOM: a title line, a 交办日期 line the 立行立改 / 日内 / 工作日内 deadlines count from, one header
# line with 排查对象, 责任单位 (the town, a 合作社, companies) and 整改责任人, 整改情况 beside a 是否销号 column
# (是/否/blank), a 合计 line and a 填报人 line.
CHECK_ROWS = [
    (
        "东街村",
        "鑫旺养殖场（生猪）",
        "畜禽养殖",
        "养殖场粪污处理设施不完善，污水经明沟排入村东排水渠",
        "封堵明沟，配套建设污水收集池",
        "南乐县鑫旺养殖专业合作社",
        "孙合",
        "2024年7月31日",
        "收集池已建成，明沟已封堵",
        "是",
    ),
    (
        "前孙村",
        "病死畜禽",
        "病害猪无害化处理",
        "发现2头病死猪随意丢弃于村西沟渠",
        "立即收集并送无害化处理中心",
        "千口镇人民政府",
        "马凯",
        "立行立改",
        "已收集送县无害化处理中心处理",
        "是",
    ),
    (
        "千口村",
        "废塑料清洗作坊",
        "散乱污企业",
        "作坊露天清洗废塑料，清洗废水直排路边沟",
        "依法关停取缔",
        "千口镇人民政府",
        "杜磊",
        "15日内",
        "已停产，设备尚未拆除",
        "否",
    ),
    (
        "西街村",
        "宏昌养牛场",
        "畜禽养殖",
        "牛粪露天堆放未采取防渗防雨措施",
        "建设堆粪棚，配套防渗设施",
        "南乐县宏昌牧业有限公司",
        "赵宏昌",
        "8月15日前",
        "",
        "否",
    ),
    (
        "后孙村",
        "村内坑塘",
        "水污染",
        "坑塘内漂浮大量生活垃圾，水体有异味",
        "打捞垃圾，建立日常保洁制度",
        "千口镇人民政府",
        "马凯",
        "长期坚持",
        "已打捞清理，常态化保洁",
        "",
    ),
    (
        "韩庄村",
        "群众投诉（12345）",
        "噪声污染",
        "村北石材加工点夜间生产噪声扰民",
        "限定生产时间，加装隔音设施",
        "南乐县韩庄石材加工厂",
        "韩春",
        "10个工作日内",
        "已调整作业时间，隔音棚正在搭建",
        "否",
    ),
    (
        "东街村",
        "田间秸秆",
        "大气污染",
        "村南田间发现焚烧秸秆黑斑2处",
        "清理黑斑，落实网格巡查",
        "千口镇人民政府",
        "杜磊",
        "立行立改",
        "已清理",
        "是",
    ),
]


def write_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县千口镇生态环境突出问题大排查大整治问题清单"])
    w.writerow(["交办日期：2024年7月10日    完成时限未写明具体日期的，自交办之日起计算"])
    w.writerow(
        [
            "序号",
            "村（社区）",
            "排查对象",
            "问题类型",
            "存在问题",
            "整改措施",
            "责任单位",
            "整改责任人",
            "完成时限",
            "整改情况",
            "是否销号",
        ]
    )
    for i, row in enumerate(CHECK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共排查问题7个", "", "", "", "", "", "已销号3个"])
    w.writerow(["填报人：杜磊    联系电话：0393-7589211    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 督察转办信访件办理情况, after a city 生态环境局's page on the 中央生态环境保护督察组's 移交信访件 (按污染类型分类:
# 大气、水、噪声、生态、土壤; 第十五批信访件已办结63件，阶段性办结64件; 责令整改、立案处罚、罚款、约谈、问责;
# 具体问题及整改情况向社会公开):
# https://sthjj.ezhou.gov.cn/ztzl/wqztlm/zysthbdc/bdbg/202109/t20210926_428083.html
# An .xlsx: title, 填报单位/交办日期/填报日期 line, a two-row header (调查核实情况 over 核实情况/是否属实), 受理编号,
# 行政区域 and 污染类型 columns, 处理和整改情况 in sentences, 责任单位 by short and former names (市环保局,
# 市城管执法局), 整改时限 (dates, 立行立改 from the 交办日期, 第三季度, 长期坚持), an 办结情况 column (已办结 /
# 阶段性办结 / 办理中), a 合计 row and a 说明 line.
PETITION_ROWS = [
    (
        "D410900202407001",
        "华龙区胜利路某小区楼下餐饮店油烟直排，夜间噪声扰民",
        "华龙区",
        "大气、噪声",
        "该店未安装油烟净化设施",
        "属实",
        "已责令安装油烟净化器并规范排放，已安装到位",
        "市城管局",
        "2024年7月20日",
        "已办结",
    ),
    (
        "X410900202407003",
        "濮阳县某化工企业夜间偷排废气，周边异味严重",
        "濮阳县",
        "大气",
        "企业VOCs治理设施运行不正常",
        "部分属实",
        "已立案处罚，罚款8万元，责令整改治理设施",
        "市环保局",
        "2024年8月31日",
        "阶段性办结",
    ),
    (
        "D410900202407007",
        "清丰县某村河道两侧堆放大量建筑垃圾",
        "清丰县",
        "土壤、生态",
        "",
        "属实",
        "已清运建筑垃圾约200立方米，河道两侧已平整",
        "清丰县人民政府",
        "2024年7月25日",
        "已办结",
    ),
    (
        "D410900202407012",
        "京开道某建筑工地夜间施工噪声扰民",
        "华龙区",
        "噪声",
        "工地未办理夜间施工许可",
        "属实",
        "已责令停止夜间施工，约谈施工单位负责人",
        "市住建局",
        "立行立改",
        "已办结",
    ),
    (
        "X410900202407015",
        "台前县某养殖场粪污直排金堤河",
        "台前县",
        "水",
        "该养殖场已于2023年关停，现场发现少量历史遗留粪污",
        "部分属实",
        "正在清理历史遗留粪污",
        "台前县人民政府",
        "2024年8月15日",
        "阶段性办结",
    ),
    (
        "D410900202407018",
        "范县某砖厂扬尘污染严重",
        "范县",
        "大气",
        "该砖厂已于2024年5月停产，现场无生产迹象",
        "不属实",
        "纳入日常监管，定期巡查",
        "范县人民政府",
        "长期坚持",
        "已办结",
    ),
    (
        "D410900202407021",
        "南乐县县城道路清扫不及时，渣土车沿路抛洒",
        "南乐县",
        "大气",
        "",
        "属实",
        "",
        "南乐县人民政府",
        "2024年8月31日",
        "",
    ),
    (
        "X410900202407024",
        "中原路沿线渣土运输车辆未密闭，道路遗撒严重",
        "华龙区",
        "大气",
        "部分渣土车未安装密闭装置",
        "属实",
        "已查处违规车辆3台，正在开展渣土运输专项整治",
        "市城管执法局",
        "第三季度",
        "办理中",
    ),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="督察协调联络组")
    ws = b.sheet("信访件办理情况")
    b.widths(ws, [6, 19, 34, 9, 11, 26, 9, 34, 14, 14, 11])
    last = 10
    b.line(ws, 0, "濮阳市省生态环境保护督察转办信访件办理情况（第三批）", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护督察协调联络组    交办日期：2024年7月12日    填报日期：2024年7月29日",
        last,
    )
    for c, word in enumerate(["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "调查核实情况", b.head)
    b.header(ws, 3, ["核实情况", "是否属实"], first=5)
    for c, word in enumerate(["处理和整改情况", "责任单位", "整改时限", "办结情况"], 7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 4, 6, 9, 10) else b.cell)
    end = 4 + len(PETITION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "共8件", b.cell)
    for c in range(3, 10):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 10, "已办结4件", b.center)
    b.line(
        ws,
        end + 1,
        "说明：办结情况分“已办结”“阶段性办结”；信访件办理情况已于交办后7日内反馈督察组，整改和处理情况向社会公开。",
        last,
    )
    b.line(ws, end + 2, "联络组组长：冯建伟    填表人：杨柳    联系电话：0393-4416820", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 乡村振兴“五大问题清单”整改推进表, after a 乡's 负面清单 (专项督查检查、巡视巡察反馈及以往督查发现的问题，涵盖水、
# 路、厕、房、巡五类，形成五大问题清单: 安全饮水、户户通道路及主支路建设、旱厕改造、危房整治、巡视巡察交办问题;
# 乡村干部对照清单落实，施工单位明确任务要求，按时间节点完成; 乡纪委每天督查并通报):
# https://www.ydnews.net/cms/show-54400.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/交办时间 line,
# one header row, the items grouped under five 类 rows merged across, 责任单位 as county bureaus, a 施工单位 and the
# town's own 站/中心 (sections of the sending town), a 完成时间 column beside 推进情况 (one row closed by its date
# alone), deadlines as dates, 立行立改 from the 交办时间, 月底前, 年底前, 长期坚持; a 注 line and signature line.
FIVE_GROUPS = [
    (
        "一、农村供水保障问题",
        [
            (
                "前房村",
                "村南片12户自来水水压不足，用水高峰时段无法正常供水",
                "范县水利局",
                "张伟",
                "2024年8月15日",
                "",
                "已更换加压泵，正在调试",
            ),
            (
                "后房村",
                "脱贫户王某家中入户供水管道破裂后未修复",
                "镇村镇建设发展服务中心",
                "李红",
                "立行立改",
                date(2024, 7, 9),
                "",
            ),
        ],
    ),
    (
        "二、通村道路问题",
        [
            (
                "苏庄村",
                "户户通道路约300米未硬化，雨天泥泞难行",
                "濮阳市宏达路桥工程有限公司",
                "刘强",
                "9月底前",
                "",
                "已完成路基，待浇筑混凝土",
            ),
            (
                "陈庄村",
                "村主街路面破损坑洼12处",
                "镇交通管理站",
                "王磊",
                "2024年7月31日",
                "",
                "未开工",
            ),
        ],
    ),
    (
        "三、户厕改造问题",
        [
            (
                "大孟庄村",
                "5户脱贫户改厕后化粪池渗漏，无法正常使用",
                "镇农业服务中心",
                "赵敏",
                "8月底前",
                "",
                "",
            ),
            (
                "前房村",
                "户厕粪污满溢无人抽取，后续管护机制未建立",
                "范县农业农村局",
                "马超",
                "长期坚持",
                "",
                "已建立村级管护员制度，常态化推进",
            ),
        ],
    ),
    (
        "四、农房安全问题",
        [
            (
                "后房村",
                "监测户刘某住房墙体开裂，未纳入危房改造",
                "范县住房和城乡建设局",
                "孙丽",
                "年底前",
                "",
                "已完成房屋安全鉴定，改造方案已报批",
            ),
        ],
    ),
    (
        "五、巡视巡察和考核评估反馈问题",
        [
            (
                "苏庄村",
                "防返贫监测户帮扶措施落实不到位，帮扶手册填写不规范",
                "镇乡村振兴工作站",
                "李红",
                "2024年7月20日",
                date(2024, 7, 18),
                "已整改完成",
            ),
        ],
    ),
]


def write_five_book(path: Path) -> Path:
    b = Book(path, author="陈庄镇乡村振兴工作站")
    ws = b.sheet("五大问题清单")
    b.widths(ws, [6, 10, 40, 24, 8, 14, 12, 30])
    last = 7
    b.line(ws, 0, "陈庄镇巩固拓展脱贫攻坚成果“五大问题清单”整改推进表", last, b.title)
    b.line(ws, 1, "填报单位：范县陈庄镇人民政府（乡村振兴工作站）    问题交办时间：2024年7月8日", last)
    b.header(ws, 2, ["序号", "涉及村", "问题表现", "责任单位", "责任人", "完成时限", "完成时间", "推进情况"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in FIVE_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}项）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "注：推进情况每周五报镇纪委，未按时间节点完成的将通报问责。", last)
    b.line(ws, r + 1, "镇分管领导：郑国强    填表人：李红    填报日期：2024年7月26日", last)
    return b.close()


def write_five(path: Path) -> Path:
    return via_soffice(write_five_book, path, "xls", "五大问题清单整改推进表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 考核评估反馈问题整改进展情况的报告, after a 乡's 贫困县退出专项评估检查反馈问题整改方案 (专项评估发现问题逐条列出，
# 如“1.基础工作有待进一步加强。村级层面…户级层面…”，每条后写“整改措施：一是…二是…”; 反馈问题及整改措施分节;
# 举一反三，全面排查):
# https://ledvip.com/shiyongfanwen4/5981.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble, the problems as numbered paragraphs
# 1.… under （一）（二） sections, each followed by 整改措施 / 责任科室 / 整改时限 / 进展情况 paragraphs (the bureau's own
# 科室 as sections; one problem without a 进展情况 paragraph; a schedule text as one 整改时限), a 下一步 section, the
# bureau and date at the foot.
ASSESS_SECTIONS = [
    (
        "（一）专项评估发现问题",
        [
            (
                "防返贫动态监测信息采集不规范。部分县乡监测户家庭收入核算漏项，个别监测户识别纳入程序不完整。",
                "对全市监测户收入逐户复核，规范识别纳入程序。",
                "帮扶工作科",
                "2024年6月底前",
                "已完成全市监测户收入复核，问题已整改到位。",
            ),
            (
                "衔接资金项目库储备不足。部分县入库项目论证不充分，项目入库后调整频繁。",
                "指导各县调整完善项目库，严格入库论证。",
                "计划财务科",
                "2024年9月30日前",
                "已指导各县完成项目库调整，入库论证工作正在进行。",
            ),
            (
                "帮扶产业项目联农带农机制不健全。部分帮扶车间吸纳脱贫劳动力就业人数下降。",
                "全面排查帮扶车间运营情况，逐个制定提升方案。",
                "乡村产业发展科",
                "2024年8月底前完成排查，年底前全部完成提升",
                "已对全市56个帮扶车间开展排查，正在逐一制定提升方案。",
            ),
        ],
    ),
    (
        "（二）考核评估反馈问题",
        [
            (
                "农村改厕后续管护不到位。部分村问题厕所整改进度慢，粪污抽取服务未覆盖。",
                "督促各县建立改厕后续管护长效机制，加快问题厕所整改。",
                "农村社会事业促进科",
                "2024年10月底前",
                "尚未启动。",
            ),
            (
                "村集体经济收益分配不规范。个别村收益分配方案未经村民代表大会审议。",
                "开展村集体经济收益分配专项检查，规范分配程序。",
                "农村合作经济指导科",
                "2024年8月31日",
                "",
            ),
            (
                "考核评估资料档案管理不规范。部分佐证材料归档不及时、不完整。",
                "建立考核评估档案管理制度，明确专人负责。",
                "办公室",
                "长期坚持",
                "已建立档案管理制度，常态化推进。",
            ),
        ],
    ),
]


def write_assess_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市农业农村局关于2023年度巩固衔接考核评估反馈问题整改进展情况的报告", 20)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据《2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估反馈问题整改工作方案》要求，我局对照反馈的"
        "6个问题，逐项制定整改措施，明确责任科室和整改时限，举一反三、全面排查。现将截至2024年7月25日整改进展"
        "情况报告如下：",
    )
    _paragraph(doc, "一、反馈问题及整改进展", font="黑体")
    n = 0
    for heading, problems in ASSESS_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, measure, section, limit, progress in problems:
            n += 1
            _paragraph(doc, f"{n}.{problem}")
            _paragraph(doc, f"整改措施：{measure}")
            _paragraph(doc, f"责任科室：{section}")
            _paragraph(doc, f"整改时限：{limit}")
            if progress:
                _paragraph(doc, f"进展情况：{progress}")
    _paragraph(doc, "二、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "我局将坚持问题导向，对已完成整改的问题适时开展“回头看”，防止反弹；对正在推进的问题，倒排工期、"
        "挂图作战，确保按时限完成整改。",
    )
    _paragraph(doc, "濮阳市农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_assess(path: Path) -> Path:
    return via_soffice(write_assess_docx, path, "doc", "考核评估反馈问题整改进展情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 农村户厕问题摸排整改台账, after two 镇's 农村旱厕改造检查 (深入各村、农户家中，重点查厕屋厕具是否损坏、化粪池和
# 管道是否规范、粪污清理及后期管护是否到位; 区分不能用、不好用、不愿用等问题厕所; 边排查、边建册、边整改，建立户改厕
# 问题台账，有针对性制订处置方案; 包村干部、村“两委”成员、维修人员三级联动; 整改进度缓慢的村进行通报):
# https://tryit-ink.com/folder528/folder854/2021-08-04/MSomP7bNLplY9RYg.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/摸排时间/填报日期 line, a two-row header with
# 是否整改到位 over 是/否 (ticks), the 问题类型 in the source's three words, 包村干部, a 备注 column that tells of work
# under way, a 合计 row and a signature line. Every row is the town's own (no 责任单位 column).
TOILET_ROWS = [
    (
        "元村",
        "王某军",
        "不能用",
        "化粪池盖板破损，粪液外溢",
        "更换盖板，清掏化粪池",
        "李敬",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "东吉七村",
        "张某英",
        "不好用",
        "过粪管装反，冲水后倒灌",
        "重新安装过粪管",
        "周辉",
        "7月底前",
        "",
        "√",
        "已联系维修人员，配件已到货",
    ),
    (
        "西吉七村",
        "刘某山",
        "不愿用",
        "厕屋距离住房较远，老人如厕不便",
        "入户宣传，协调改建厕屋位置",
        "魏红",
        "年底前",
        "",
        "√",
        "",
    ),
    ("元村", "赵某", "不能用", "排污管道未接通化粪池", "重新接通排污管", "李敬", "7月15日前", "√", "", ""),
    (
        "后吉七村",
        "孙某华",
        "不好用",
        "冲水器具损坏，无法正常冲水",
        "更换冲水器具",
        "周辉",
        "2024年8月10日",
        "",
        "",
        "",
    ),
    (
        "北吉七村",
        "郭某",
        "不能用",
        "化粪池渗漏，周边地面沉降",
        "重建化粪池",
        "魏红",
        "8月底前",
        "",
        "√",
        "正在制定重建方案",
    ),
    (
        "元村",
        "陈某平",
        "不愿用",
        "旧旱厕未拆除，新厕闲置堆放杂物",
        "拆除旧厕，引导使用新厕",
        "李敬",
        "2024年7月25日",
        "√",
        "",
        "旧厕已拆除，新厕已清理使用",
    ),
]


def write_toilet_book(path: Path) -> Path:
    b = Book(path, author="元村镇农业服务中心")
    ws = b.sheet("户厕问题台账")
    b.widths(ws, [6, 10, 9, 9, 30, 26, 9, 14, 6, 6, 28])
    last = 10
    b.line(ws, 0, "元村镇农村户厕问题摸排整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县元村镇人民政府    摸排时间：2024年7月1日—7月12日    填报日期：2024年7月29日",
        last,
    )
    words = ["序号", "村名", "户主姓名", "问题类型", "具体问题", "整改措施", "包村干部", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 2, 3, 6, 7, 8, 9) else b.cell)
    end = 4 + len(TOILET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "摸排问题厕所7户", b.cell)
    b.put(ws, end, 8, 3, b.center)
    b.put(ws, end, 9, 3, b.center)
    b.put(ws, end, 10, "", b.cell)
    b.line(
        ws, end + 1, "包村干部签字：李敬  周辉  魏红    镇分管领导：王建设    联系电话：0393-7415036", last
    )
    return b.close()


def write_toilet(path: Path) -> Path:
    return fixed_zip(via_soffice(write_toilet_book, path, "ods", "户厕问题台账.xlsx"))


# ---------------------------------------------------------------------------------------------
# 9. 环境卫生和出店经营整治复查情况通报, after a city 专项整治督查组's 复查通报 (对上次通报问题全面复查: 上次共通报问题
# 86个，各区通报数、整改数、整改率; 仍未整改的问题按区逐条列出，如“废旧轮胎堆放”“绿化带内白色垃圾较多，多次通报
# 未整改”“路面破损严重”“公益广告破损”“垃圾封堵河道”):
# http://zhld.com/szb/wbpc/col/201805/25/content_23559.html
# An .xlsx with two tables on one sheet: first a 复查统计 table by 区域 (上次通报问题数/已整改数/整改率, a 合计 row —
# none of it items), then the problems one per row with 责任区域, 责任单位 (district governments, 管委会 under full
# names, city bureaus by former names: 市建设局, 市城管局, 市供电公司), a 复查情况 column (未整改, 多次通报未整改,
# 正在整改, 已整改) and 整改时限; a 要求 line and the office and date at the foot.
REVIEW_STATS = [
    ("华龙区", 30, 21),
    ("濮阳经济技术开发区", 14, 10),
    ("城乡一体化示范区", 12, 7),
]
REVIEW_ROWS = [
    ("华龙区", "胜利路与大庆路交叉口东北角废旧轮胎堆放", "华龙区人民政府", "未整改", "7月31日前"),
    (
        "华龙区",
        "建设路（人民路至黄河路段）沿街绿化带内白色垃圾较多",
        "华龙区人民政府",
        "多次通报未整改",
        "7月26日前",
    ),
    (
        "华龙区",
        "黄河路（京开道至中原路段）路面破损严重",
        "市建设局",
        "正在整改，已进场施工",
        "8月15日前",
    ),
    (
        "华龙区",
        "京开道与人民路交叉口东南角架空线缆乱扯乱拉",
        "市供电公司",
        "已整改，复查合格",
        "7月26日前",
    ),
    (
        "濮阳经济技术开发区",
        "开州路与卫都路交叉口西北角公益广告牌破损",
        "濮阳经济技术开发区管理委员会",
        "未整改",
        "7月31日前",
    ),
    (
        "濮阳经济技术开发区",
        "昆吾路（华龙路至绿城路段）路面坑洼，影响车辆通行",
        "市城管局",
        "多次通报未整改",
        "8月10日前",
    ),
    (
        "城乡一体化示范区",
        "子路大道沿线围挡公益广告布破损",
        "濮阳市城乡一体化示范区管理委员会",
        "正在整改，已更换围挡广告布约200米",
        "7月31日前",
    ),
    (
        "城乡一体化示范区",
        "龙湖东侧腾飞路小区北侧垃圾封堵排水沟",
        "濮阳市城乡一体化示范区管理委员会",
        "",
        "7月31日前",
    ),
]


def write_review(path: Path) -> Path:
    b = Book(path, author="市城管办")
    ws = b.sheet("复查通报")
    b.widths(ws, [6, 20, 44, 30, 30, 14])
    last = 5
    pct = b.book.add_format({"border": 1, "num_format": "0%", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "中心城区环境卫生和出店经营整治复查情况通报", last, b.title)
    b.line(ws, 1, "市文明办 市爱卫办 市城管办专项整治督查组    复查时间：2024年7月22日", last)
    b.line(ws, 2, "一、上次（7月15日—19日）通报问题复查统计", last)
    b.header(ws, 3, ["序号", "区域", "上次通报问题数", "已整改数", "整改率"])
    for i, (area, told, done) in enumerate(REVIEW_STATS, 1):
        b.row(ws, 3 + i, [i, area, told, done], fmt=b.center)
        ws.write_formula(3 + i, 4, f"=D{4 + i}/C{4 + i}", pct, done / told)
    end = 4 + len(REVIEW_STATS)
    told = sum(s[1] for s in REVIEW_STATS)
    done = sum(s[2] for s in REVIEW_STATS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.center)
    ws.write_formula(end, 2, f"=SUM(C5:C{end})", b.center, told)
    ws.write_formula(end, 3, f"=SUM(D5:D{end})", b.center, done)
    ws.write_formula(end, 4, f"=D{end + 1}/C{end + 1}", pct, done / told)
    top = end + 2
    b.line(ws, top, "二、复查发现问题及整改要求", last)
    b.header(ws, top + 1, ["序号", "责任区域", "问题点位及表现", "责任单位", "复查情况", "整改时限"])
    for i, row in enumerate(REVIEW_ROWS, 1):
        r = top + 1 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 5) else b.cell)
    foot = top + 2 + len(REVIEW_ROWS)
    b.line(
        ws,
        foot,
        "要求：各责任单位对未整改问题于规定时限内整改到位，多次通报未整改的将提请市纪委监委问责。",
        last,
    )
    b.line(ws, foot + 1, "濮阳市城市管理委员会办公室    2024年7月23日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 城市管理突出问题督查整改“回头看” (two returns in one zip), after a city paper's 督查整改“回头看” report (按区列出
# “督查整改问题”与“回头看”情况，配整改前后对照; 杂物乱堆放、沿街店铺占道经营、人行天桥占道经营、消防设施缺损;
# 逐项评定，整改较为彻底的“整改到位”，问题依旧的“整改不合格”):
# http://xm.fjsen.com/2018-08/29/content_21417360_3.htm
# A .zip holding an .xlsx from a district (督查整改问题 / 整改责任单位 / 整改时限 / “回头看”情况 / 评定 合格·不合格·
# 待复查) and a .docx with a table from the 开发区 in its own words (问题 / 责任单位 / 完成时限 / 回头看检查情况 /
# 整改结论), both counting 立行立改 from the 督查交办时间 they state.
LOOKBACK_HUALONG = [
    (
        "人民路街道",
        "任丘路金盛小区内杂物乱堆放，商户随意丢弃垃圾",
        "华龙区人民路街道办事处",
        "2024年7月15日",
        "杂物垃圾已清理，路面已清扫干净",
        "合格",
    ),
    (
        "胜利路街道",
        "胜利路农贸市场周边沿街店铺冰柜、泡沫箱占道经营",
        "华龙区胜利路街道办事处",
        "2024年7月15日",
        "沿街店铺仍摆放冰柜、泡沫箱，问题依旧",
        "不合格",
    ),
    (
        "胜利路街道",
        "胜利路人行天桥上小商贩占道经营",
        "市城管局",
        "立行立改",
        "天桥上未见占道经营小商贩",
        "合格",
    ),
    (
        "大庆路街道",
        "大庆路金民小区114号楼旁消防设施缺损",
        "市消防支队",
        "2024年7月31日",
        "已下达整改通知，物业正在采购消防器材",
        "待复查",
    ),
]
LOOKBACK_ZONE = [
    (
        "皇甫路与开州路交叉口西北角夜市摊点油烟污染",
        "濮阳经济技术开发区城市管理局",
        "7月20日前",
        "摊点已全部安装油烟净化设备",
        "合格",
    ),
    ("华龙路南段多处井盖缺失", "市城管局", "7月15日前", "已补齐井盖4个", "合格"),
    (
        "绿城路与昆吾路交叉口渣土车抛洒",
        "濮阳市通达渣土运输有限公司",
        "2024年7月20日",
        "仍有渣土抛洒，车辆未密闭",
        "不合格",
    ),
    (
        "开州路东侧商业街牌匾标识破损、亮化不全",
        "濮阳经济技术开发区管理委员会",
        "8月底前",
        "已更换牌匾6块，其余正在制作",
        "整改中",
    ),
]


def write_lookback_book(path: Path) -> Path:
    b = Book(path, author="华龙区城管委")
    ws = b.sheet("回头看")
    b.widths(ws, [6, 12, 40, 24, 14, 34, 10])
    last = 6
    b.line(ws, 0, "华龙区城市管理突出问题督查整改“回头看”情况表", last, b.title)
    b.line(ws, 1, "督查交办时间：2024年7月8日    “回头看”时间：2024年7月24日", last)
    b.header(ws, 2, ["序号", "街道", "督查整改问题", "整改责任单位", "整改时限", "“回头看”情况", "评定"])
    for i, row in enumerate(LOOKBACK_HUALONG, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (1, 4, 6) else b.cell)
    b.line(ws, 4 + len(LOOKBACK_HUALONG), "填表人：高远    联系电话：0393-8356217", last)
    return b.close()


def write_lookback_docx(path: Path) -> Path:
    doc = _new_document("开发区城管局")
    _title(doc, "濮阳经济技术开发区城市管理突出问题督查整改“回头看”情况", 18)
    _paragraph(doc, "督查交办时间：2024年7月8日    回头看时间：2024年7月24日", 12)
    body = [[str(i), *row] for i, row in enumerate(LOOKBACK_ZONE, 1)]
    _table(doc, ["序号", "问题", "责任单位", "完成时限", "回头看检查情况", "整改结论"], body)
    _paragraph(doc, "填表人：许晴    联系电话：0393-8896032", 12)
    return _save_fixed(doc, path)


def write_lookback_zip(path: Path) -> Path:
    members = [
        ("华龙区城市管理突出问题督查整改回头看情况表.xlsx", write_lookback_book),
        ("开发区城市管理突出问题督查整改回头看情况.docx", write_lookback_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("中原路街道街长制巡查问题处置台账（2024年7月）.xls", write_street),
    ("关于7月17日市容环境综合整治情况的通报（附复查情况）.docx", write_city),
    ("马庄桥镇环保攻坚问题整改台账.xlsx", write_town),
    ("千口镇生态环境突出问题大排查大整治问题清单.csv", write_check),
    ("省生态环境保护督察转办信访件办理情况（第三批）.xlsx", write_petition),
    ("陈庄镇巩固拓展脱贫攻坚成果五大问题清单整改推进表.et", write_five),
    ("市农业农村局关于巩固衔接考核评估反馈问题整改进展情况的报告.wps", write_assess),
    ("元村镇农村户厕问题摸排整改台账.ods", write_toilet),
    ("中心城区环境卫生和出店经营整治复查情况通报.xlsx", write_review),
    ("城市管理突出问题督查整改回头看情况（华龙区、开发区）.zip", write_lookback_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

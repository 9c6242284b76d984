"""Write the dev112 returns: ten files laid out after ten public sources on 文物保护、博物馆与非物质文化遗产的检查整改
(文物建筑消防、不可移动文物、馆藏文物、非遗项目保护单位), each source cited beside its layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion, member times fixed), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .wps (Word 97
via LibreOffice) whose problems and measures are two numbered lists, and a .zip of two towns' returns (a .docx and an
.xlsx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev112.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _write_xls_widths(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """Like _write_xls for one sheet, with column widths (in characters) as an office sets them."""
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
# 1. 博物馆和文物建筑重大火灾隐患挂牌督办, after the 国务院安委会办公室 notice putting 33 museums and heritage buildings
# with major fire hazards under 挂牌督办 (地下室文物库房未设置气体灭火系统; 消防水泵不能正常启动; 消火栓系统管网压力不足;
# 电气线路私拉乱接、未穿管保护; 居民在走道内使用明火/液化气钢瓶做饭; 防排烟设施不能正常运行; 疏散指示标志数量不足;
# 坚决杜绝久拖不改):
# https://culture-travel.cctv.com/2019/04/18/ARTInlKfi7bqG6EBQr6ItQCS190418.shtml
# An .xlsx: title, 填报单位 / 挂牌督办时间 line (the base date of 立行立改), a two-row header (整改落实情况 merged over
# 整改进展 and 督办单位检验), the 挂牌单位 beside the 整改责任单位, a 合计 row, a 注 line and a signature line.
FIRE_ROWS = [
    (
        "濮阳市博物馆",
        "地下室文物库房未设置气体灭火系统",
        "2024年10月底前建成气体灭火系统",
        "濮阳市博物馆",
        "已完成设计和招标，设备正在安装",
        "",
    ),
    (
        "濮阳县古城十字街历史建筑群",
        "文物建筑内有居民长期居住，在走道内使用液化气钢瓶做饭，电气线路未穿管保护且老化严重",
        "2024年8月31日前清除液化气钢瓶、完成线路改造",
        "濮阳县人民政府",
        "已清理液化气钢瓶42个，线路改造完成约60%",
        "",
    ),
    (
        "冀鲁豫边区革命根据地旧址（清丰县单拐村）",
        "消火栓系统管网压力不足，末端试水压力为零",
        "2024年6月30日前",
        "清丰县冀鲁豫边区革命根据地旧址纪念馆",
        "已更换加压泵，管网压力达标",
        "经市消防救援支队复查合格，同意销号",
    ),
    (
        "仓颉陵（南乐县）",
        "大殿前焚香区距木结构建筑不足5米，香火无专人看管",
        "2024年7月15日前",
        "南乐县仓颉陵文物保护管理所",
        "焚香区已外移至山门外，设专人看管",
        "复查合格，已销号",
    ),
    (
        "市群众艺术馆旧址（市级文物保护单位）",
        "防排烟设施不能正常运行，风机控制柜损坏",
        "2024年9月30日前",
        "市文广旅局",
        "维修资金尚未落实，未启动",
        "",
    ),
    (
        "范县城隍庙",
        "管理用房内疏散指示标志数量不足，部分损坏",
        "立行立改",
        "范县文化广电和旅游局",
        "已整改，补设疏散指示标志6个",
        "",
    ),
    (
        "刘邓大军强渡黄河旧址（台前县将军渡）",
        "展厅内违规使用大功率电暖器，电源开关安装在木质展板上",
        "2024年7月31日前",
        "台前县刘邓大军渡河纪念馆",
        "",
        "",
    ),
    (
        "戚城遗址（华龙区）",
        "遗址公园仿古木构建筑周边枯枝杂草堆积",
        "长期坚持",
        "濮阳市华龙区文化广电和旅游局",
        "常态化清理，每周巡查一次",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="文物科")
    ws = b.sheet("挂牌督办整改情况")
    b.widths(ws, [6, 26, 40, 26, 28, 30, 26])
    b.line(ws, 0, "博物馆和文物建筑重大火灾隐患挂牌督办整改情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局（文物科）    挂牌督办时间：2024年5月20日    填报日期：2024年7月29日",
        6,
    )
    for c, word in enumerate(["序号", "挂牌单位", "重大火灾隐患内容", "督办要求与期限", "整改责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "督办单位检验"], first=5)
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FIRE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "挂牌督办重大火灾隐患8处，督办单位检验合格销号2处")
    b.line(ws, end + 1, "注：重大火灾隐患整改完毕经督办单位检验合格后，挂牌督办程序结束。", 6)
    b.line(ws, end + 2, "分管领导：孙建华    填表人：冯晓敏    联系电话：0393-8991265", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 文物保护工程检查结果整改, after a city 文物局's notice of the result of its on-site check of a provincial heritage
# site's 文物保护工程 (检查结论为基本合格; 以下内容应做好整改和改进：1、整改屋面铺瓦工艺。2、工程资料需进一步完善，
# 监理计划和大纲内容应进行细化; 请你局指导督促…按照文物保护工程检查意见做好整改工作):
# http://wglj.gz.gov.cn/xxgk/gzdt/tzgsgg/content/post_9199549.html
# A .docx: the county bureau's reply in the notice's shape — title, 主送, preamble giving the check date (the base of
# 立行立改) and the general deadline, one heading per project with its 检查结论, the problems as numbered paragraphs each
# followed by its 整改情况, and the bureau and date at the foot.
WORKS = [
    (
        "（一）濮阳县八都坊修缮工程（检查结论：基本合格）",
        [
            "1、屋面铺瓦工艺不符合设计要求，部分瓦垄不直、夹垄灰脱落。整改情况：已督促施工单位返工重铺，经监理验收合格。",
            "2、工程资料不完善，监理计划和大纲内容未细化。整改情况：监理单位正在补充细化，已完成约一半。",
        ],
    ),
    (
        "（二）濮阳县文庙大成殿抢险加固工程（检查结论：合格）",
        [
            "3、大成殿前条石地面不平整，部分新换木构件表面未打磨平整。整改情况：已全部打磨平整，整改完成。",
            "4、竣工资料未按《文物安全防护工程项目评估资料要求》整理归档。整改情况：尚未整改。",
        ],
    ),
    (
        "（三）濮阳县古城墙北段保护展示工程（检查结论：基本合格）",
        [
            "5、夯土城墙本体局部受雨水冲刷，临时防护措施不到位。整改情况：已加盖防雨布，排水沟正在疏通。",
            "6、施工现场材料堆放距文物本体过近，未设置隔离围挡（立行立改）。整改情况：检查当日已设置围挡，材料移至20米外。",
            "7、施工日志、维修记录记载不够详实具体，未附影像资料。",
        ],
    ),
]


def write_works(path: Path) -> Path:
    doc = _new_document("文物股")
    _title(doc, "濮阳县文化广电和旅游局关于文物保护工程检查发现问题整改情况的报告")
    _paragraph(doc, "市文化广电和旅游局：")
    _paragraph(
        doc,
        "2024年6月12日，市局会同我局对我县3项正在实施的文物保护工程开展了实地检查。按照《关于2024年上半年"
        "文物保护工程检查结果的通知》要求，上述问题须于2024年8月31日前整改到位。我局督促各项目业主单位组织施工、"
        "设计、监理单位逐项整改，现将整改情况报告如下：",
    )
    for heading, paras in WORKS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将继续跟踪督办，整改全部完成后按照竣工验收资料要求补齐整改报告和前后对比照片，报市局备案。",
    )
    _paragraph(doc, "濮阳县文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 文物古建筑联合消防安全检查, after a district's joint fire check of its 市、区级文物古建筑 (龙王庙、桓侯宫; 电器线路
# 是否穿管敷设、用火用电是否规范、灭火器是否过期、是否设置消防应急水池、管理人员是否熟悉消防知识; 灭火器过期现场要求
# 立即整改; 鞭炮燃放点离建筑物过近，现场下发《限期整改通知书》，由道教协会督促管理人员限期整改):
# http://www.dongfanghailong.com/?m=content&c=index&a=show&catid=73&id=890
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row with the 处理方式 (现场整改 or 限期整改通知书), the
# 通知书下达日期 as date cells (the base of 15日内 and 立行立改), the 管理使用单位 beside a 督促单位 (宗教团体), a 注
# line and a 检查人员 line.
TEMPLE_ROWS = [
    (
        "仓颉陵",
        "全国重点文物保护单位",
        "南乐县仓颉陵文物保护管理所",
        "配殿内灭火器已过有效期未及时更换",
        "现场整改",
        date(2024, 7, 9),
        "立行立改",
        "已当场更换灭火器6具",
        "",
    ),
    (
        "近德固玉皇庙",
        "县级文物保护单位",
        "南乐县近德固乡人民政府",
        "鞭炮燃放点距大殿不足10米",
        "下发《限期整改通知书》",
        date(2024, 7, 9),
        "15日内",
        "已将燃放点迁至庙外广场，复查合格",
        "南乐县道教协会",
    ),
    (
        "南乐文庙",
        "省级文物保护单位",
        "南乐县博物馆",
        "大成殿内电器线路未穿管敷设",
        "下发《限期整改通知书》",
        date(2024, 7, 9),
        "2024.8.30",
        "正在更换阻燃线管",
        "",
    ),
    (
        "西邵大觉寺",
        "县级文物保护单位",
        "南乐县西邵乡人民政府",
        "未设置消防应急水池，寺内无消防水源",
        "下发《限期整改通知书》",
        date(2024, 7, 10),
        "2024年10月底前",
        "",
        "南乐县佛教协会",
    ),
    (
        "程氏祠堂",
        "县级文物保护单位",
        "南乐县千口镇程庄村村民委员会",
        "祠堂厢房住人，使用电炉做饭",
        "下发《限期整改通知书》",
        date(2024, 7, 10),
        "15日内",
        "逾期未整改",
        "",
    ),
    (
        "元村关帝庙",
        "未定级不可移动文物",
        "南乐县元村镇人民政府",
        "看护人员不会使用灭火器，不熟悉报警程序",
        "现场整改",
        date(2024, 7, 10),
        "立行立改",
        "已现场培训演示",
        "",
    ),
    (
        "福堪兴福寺",
        "县级文物保护单位",
        "南乐县福堪镇人民政府",
        "香炉距木门不足3米，殿前地面散落纸钱",
        "下发《限期整改通知书》",
        date(2024, 7, 10),
        "2024年7月31日",
        "正在制作防火隔离香炉罩",
        "南乐县佛教协会",
    ),
]


def write_temples(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True)
    day.num_format_str = "yyyy-mm-dd"
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "南乐县文物古建筑联合消防安全检查隐患整改登记表", t, 0, last),
        (
            1,
            0,
            "检查单位：南乐县文化广电和旅游局、南乐县消防救援大队    检查时间：2024年7月9日至10日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "文物古建筑名称",
        "保护级别",
        "管理使用单位",
        "检查发现隐患",
        "处理方式",
        "通知书下达日期",
        "整改期限",
        "复查情况",
        "督促单位",
        "备注",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(TEMPLE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                cells.append((r, col, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, col, v, c))
        cells.append((r, last, "", c))
    end = 3 + len(TEMPLE_ROWS)
    cells.append(
        (end, 0, "注：《限期整改通知书》由检查组现场下达，整改期限自下达之日起计算。", plain, end, last)
    )
    cells.append(
        (
            end + 1,
            0,
            "检查人员：王卫东（文旅）、李明（消防）    填表日期：2024年7月29日",
            plain,
            end + 1,
            last,
        )
    )
    return _write_xls_widths(path, "Sheet1", cells, [6, 14, 18, 26, 30, 20, 14, 14, 28, 16, 8])


# ---------------------------------------------------------------------------------------------
# 4. 文物安全交叉互检, after a region's 文物局 cross-check team going through every 全国、自治区级重点文物保护单位 of a
# league (文物本体建筑被水浸泡或漏水渗水、文物安全巡查检查记录不规范、用电线路铺设不规范、保护范围内垃圾堆放; 能立即
# 整改的要求属地立即整改，不能立即整改的要求建立整改清单，明确整改措施、责任人和整改期限; 违法违规行为严肃查处):
# https://mqgjg.com/html/20240963575.html
# An .xlsx: title, 填报单位/互检时间 line, one header row, the 县（区） cell merged down each county's rows, 责任单位
# and 责任人 columns, a 注 block of two lines and a 填表人 line.
CROSS_ROWS = [
    (
        "濮阳县",
        [
            (
                "高城遗址",
                "全国重点",
                "遗址保护范围内有村民新建养殖棚约200平方米",
                "依法拆除违法建筑，恢复原状",
                "濮阳县文化广电和旅游局",
                "赵振国",
                "2024年9月30日",
                "已下达责令改正通知书，正在协调拆除",
            ),
            (
                "子路墓",
                "省级",
                "文物安全巡查记录不规范，缺少巡查人签字和巡查时间",
                "规范巡查记录，每日巡查签字留痕",
                "濮阳县文物保护管理所",
                "郭立新",
                "2024年7月20日",
                "已整改",
            ),
            (
                "濮阳县城隍庙",
                "省级",
                "大殿屋面漏雨，梁架受潮霉变",
                "编制修缮方案，实施屋面维修",
                "濮阳县文物保护管理所",
                "郭立新",
                "2024年12月底前",
                "修缮方案已编制完成，正在报批",
            ),
        ],
    ),
    (
        "清丰县",
        [
            (
                "冀鲁豫边区革命根据地旧址",
                "全国重点",
                "用电线路铺设不规范，临时线路直接搭在木梁上",
                "拆除临时线路，穿管敷设",
                "清丰县冀鲁豫边区革命根据地旧址纪念馆",
                "刘红霞",
                "2024年7月31日",
                "已完成线路改造",
            ),
            (
                "顿丘故城遗址",
                "省级",
                "保护范围内生活垃圾堆放",
                "清运垃圾，设置禁倒标识",
                "清丰县韩村镇人民政府",
                "马志强",
                "8月底前",
                "未整改",
            ),
        ],
    ),
    (
        "南乐县",
        [
            (
                "仓颉陵",
                "全国重点",
                "文物保护标志碑字迹风化不清",
                "重新刻制保护标志",
                "南乐县文化广电和旅游局",
                "张海燕",
                "第三季度",
                "",
            ),
            (
                "乐昌故城遗址",
                "省级",
                "未设置文物安全直接责任人公示牌",
                "设置公示牌，公布责任人及联系电话",
                "南乐县文化广电和旅游局",
                "张海燕",
                "2024.7.15",
                "已设置",
            ),
        ],
    ),
    (
        "台前县",
        [
            (
                "刘邓大军强渡黄河旧址",
                "全国重点",
                "文物保护员长期空缺，巡查由临时人员代替",
                "落实专职文物保护员",
                "台前县文化广电和旅游局",
                "王建军",
                "长期坚持",
                "常态化落实文保员巡查制度",
            ),
        ],
    ),
]


def write_cross(path: Path) -> Path:
    b = Book(path, author="文物科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 10, 22, 10, 36, 28, 28, 10, 14, 30])
    b.line(ws, 0, "2024年全市文物安全交叉互检发现问题整改清单", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局    互检时间：2024年7月8日至12日    填报日期：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "文物保护单位",
            "级别",
            "发现问题",
            "整改措施",
            "责任单位",
            "责任人",
            "整改期限",
            "整改进展",
        ],
    )
    r, n = 3, 0
    for county, rows in CROSS_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, county, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：1.能立即整改的由属地立即整改，不能立即整改的明确整改措施、责任人和整改期限。", 9)
    b.line(ws, r + 1, "    2.整改完成的，请附整改前后对比照片。", 9)
    b.line(ws, r + 2, "填表人：韩磊    联系电话：0393-8991270", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 博物馆安全隐患排查专项行动, after a museum's own summer hazard sweep (工作人员对馆内外进行了详细排查; 部分展厅的展品
# 信息带和护栏有螺丝松动、脱落; 工程部及时记录位置并做出整改方案; 贴了警示标识，告知展区安保人员):
# https://www.immnh.org.cn/ywdt/bwgdt/xwzx/202407/t20240710_3866.html
# A CSV in UTF-8 with BOM, as a museum's 安全管理系统 exports it: a title line, a 填报单位 line, one header line with the
# museum's own 部门 as 责任部门, an 整改状态 and a separate 整改完成日期, and a 说明 line.
MUSEUM_ROWS = [
    (
        "2024-07-04",
        "一号展厅",
        "展品信息带螺丝松动、脱落",
        "工程部",
        "紧固螺丝，粘贴警示标识",
        "2024-07-10",
        "已完成",
        "2024-07-08",
    ),
    ("2024-07-04", "二号展厅", "参观护栏底座螺丝松动", "工程部", "更换底座螺栓", "2024-07-10", "整改中", ""),
    (
        "2024-07-04",
        "地下车库",
        "消防车通道被观众车辆占用",
        "安保部",
        "设置禁停标识，专人值守",
        "长期",
        "长期坚持",
        "",
    ),
    (
        "2024-07-05",
        "文物库房",
        "库房温湿度监测仪数据中断",
        "藏品保管部",
        "维修温湿度监测系统",
        "2024-07-20",
        "未整改",
        "",
    ),
    (
        "2024-07-05",
        "监控室",
        "监控录像存储不足30天",
        "安保部",
        "扩容存储硬盘",
        "2024-08-15",
        "",
        "2024-07-25",
    ),
    (
        "2024-07-05",
        "临时展厅",
        "应急照明灯3处不亮",
        "工程部",
        "更换应急照明灯",
        "2024-07-12",
        "已完成",
        "2024-07-11",
    ),
    (
        "2024-07-08",
        "观众服务中心",
        "母婴室电热水壶长时间通电无人看管",
        "办公室",
        "加装定时插座",
        "2024-07-15",
        "已完成",
        "2024-07-13",
    ),
    (
        "2024-07-08",
        "文创商店",
        "仓库纸箱堆放遮挡配电箱",
        "宣教部",
        "清理纸箱，配电箱前1米禁放物品",
        "2024-07-08",
        "",
        "",
    ),
    (
        "2024-07-08",
        "消防控制室",
        "2名值班人员未取得消防设施操作员证书",
        "安保部",
        "组织参加培训考证",
        "2024-09-30",
        "整改中",
        "",
    ),
]


def write_museum(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市博物馆2024年暑期安全隐患排查专项行动问题登记表"])
    w.writerow(["填报单位：濮阳市博物馆（办公室）", "", "", "", "导出时间：2024-07-30 09:12"])
    w.writerow(
        [
            "序号",
            "排查日期",
            "排查区域",
            "隐患描述",
            "责任部门",
            "整改措施",
            "整改时限",
            "整改状态",
            "整改完成日期",
        ]
    )
    for i, row in enumerate(MUSEUM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["说明：整改状态由责任部门在系统中更新，完成后填写整改完成日期。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 巡察反馈馆藏文物管理问题整改, after a county 巡察组's finding at the 文体旅游局 (县博物馆部分字画、雕版与资产管理台账
# 对应不上; 逐个盘点比对; 整训纪念馆无专用库房，藏品寄存县博物馆，多年未认真清查核对; 提出4条整改意见，督促形成问题
# 清单，建立整改台账，明确整改时限):
# http://www.fjlcnews.cn/index.php?c=show&id=44383
# An .ods (LibreOffice conversion): title, 填报单位 / 巡察反馈时间 line (the base of 立行立改), one header row with
# 责任股室（单位） naming the bureau's own 股室 and its subordinate museums, a 是否完成 column beside 整改进展,
# a 填报说明 line and a signature line.
PATROL_ROWS = [
    (
        "馆藏文物管理",
        "清丰县博物馆部分字画、雕版与资产管理台账对应不上",
        "逐件盘点比对，建立一物一账",
        "李国庆",
        "清丰县博物馆",
        "2024年6月30日前",
        "已完成11250件（套）藏品盘点，账物相符",
        "是",
    ),
    (
        "馆藏文物管理",
        "纪念馆无专用库房，藏品寄存县博物馆多年未清查核对",
        "清查核对寄存藏品，改造专用库房",
        "李国庆",
        "清丰县冀鲁豫边区革命根据地旧址纪念馆",
        "2024年12月31日前",
        "寄存藏品已清查核对，库房改造正在设计",
        "否",
    ),
    (
        "制度建设",
        "藏品出入库手续不全，库房钥匙未实行双人双锁",
        "完善出入库登记，落实双人双锁",
        "李国庆",
        "文物股",
        "2024年7月15日前",
        "已整改",
        "是",
    ),
    (
        "藏品档案",
        "珍贵文物档案未按规定报市局备案",
        "补报珍贵文物档案备案",
        "李国庆",
        "文物股",
        "2024年9月30日前",
        "正在整理档案",
        "否",
    ),
    (
        "经费管理",
        "免费开放补助资金列支招待费用1.2万元",
        "规范资金使用，收回违规列支资金",
        "陈淑芬",
        "财务股",
        "2024年8月31日前",
        "",
        "否",
    ),
    (
        "安全管理",
        "清丰县博物馆库区通道存在监控盲区",
        "增设监控点位和红外报警",
        "李国庆",
        "清丰县博物馆",
        "第三季度",
        "已增设监控16台并接入报警系统",
        "是",
    ),
    (
        "队伍建设",
        "文物保管员更换时未办理藏品交接登记",
        "补办交接登记手续",
        "陈淑芬",
        "办公室",
        "立行立改",
        "已补办",
        "是",
    ),
    (
        "长效机制",
        "藏品定期清点制度落实不到位",
        "每年开展一次全面清点",
        "李国庆",
        "文物股",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 40, 30, 10, 30, 16, 32, 10])
    b.line(ws, 0, "县委第三巡察组反馈馆藏文物管理问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县文化广电和旅游局（办公室）    巡察反馈时间：2024年5月16日    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "具体问题",
            "整改措施",
            "责任领导",
            "责任股室（单位）",
            "整改时限",
            "整改进展",
            "是否完成",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_ROWS)
    b.line(ws, end, "填报说明：整改完成的在“是否完成”栏填“是”，未完成的填“否”并说明进展。", 8)
    b.line(ws, end + 1, "党组书记：周文斌    填表人：姜丽    联系电话：0393-7228105", 8)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "巡察反馈馆藏文物管理问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 非遗代表性项目保护单位督查, after the 文化部 督查报告 on the 国家级非物质文化遗产代表性项目保护单位 (对97个保护单位
# 进行调整; 对8个提出批评、限期整改或撤销; 对2个履责不力的提出批评与限期整改，整改期6个月; 撤销6个保护单位资格):
# https://xw.qianzhan.com/indynews/detail/150/121017-130eec2b.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 / 督查意见印发日期 line (the base of 整改期N个月), one header row
# with 处理意见 (提出批评、限期整改、重新认定) beside the 整改期限, the 保护单位 as the unit, a 合计 row and a 说明 line.
ICH_ROWS = [
    (
        "濮阳杂技",
        "传统体育、游艺与杂技",
        "濮阳市杂技艺术保护传承中心",
        "传承人补助经费未按规定专款专用，部分用于日常办公",
        "限期整改",
        "整改期6个月",
        "已建立专账，正在追回挪用资金",
    ),
    (
        "大平调",
        "传统戏剧",
        "濮阳县大平调剧团",
        "近三年未开展传承培训活动，后继乏人",
        "提出批评，限期整改",
        "2024年6月30日",
        "已整改：举办传承培训班2期，招收学员18名",
    ),
    (
        "四股弦",
        "传统戏剧",
        "南乐县文化馆",
        "项目档案资料散失，未建立数字化档案",
        "限期整改",
        "整改期3个月",
        "逾期未整改",
    ),
    (
        "麦秆剪贴画",
        "传统美术",
        "濮阳市华龙区文化馆",
        "保护单位机构职能调整后未及时报备",
        "重新认定",
        "2024年4月30日",
        "已完成报备",
    ),
    (
        "清丰柳编",
        "传统技艺",
        "清丰县柳编工艺协会",
        "传习所长期关闭，展示场地挪作他用",
        "限期整改",
        "整改期6个月",
        "",
    ),
    (
        "范县剪纸",
        "传统美术",
        "范县文化馆",
        "代表性传承人去世后未推荐新的传承人",
        "限期整改",
        "2024年12月底前",
        "已初步确定2名候选人，正在组织评审",
    ),
    (
        "将军渡的传说",
        "民间文学",
        "台前县文化馆",
        "未按要求报送年度保护工作报告",
        "限期整改",
        "2024年4月15日",
        "已报送",
    ),
]


def write_ich_book(path: Path) -> Path:
    b = Book(path, author="非遗科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 18, 28, 40, 18, 16, 34])
    b.line(ws, 0, "市级非物质文化遗产代表性项目保护单位督查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局（非遗科）    督查意见印发日期：2024年3月15日    填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "项目名称", "项目类别", "保护单位", "督查发现问题", "处理意见", "整改期限", "整改情况"],
    )
    for i, row in enumerate(ICH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ICH_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "督查保护单位45家，发现问题7个，提出批评1家，限期整改5家，重新认定1家")
    b.line(ws, end + 1, "说明：“整改期N个月”自督查意见印发之日起计算。", 7)
    return b.close()


def write_ich(path: Path) -> Path:
    return via_soffice(write_ich_book, path, "xls", "非遗保护单位督查发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 文物消防安全专项检查及隐患整治情况报告, after a county 文物局's report to the city 文物局 on its 文物消防安全专项检查
# (一、检查范围; 二、消防安全隐患排查情况——在检查过程中，发现存在以下问题：1.基层文管所缺乏防火经费，消防设备简陋
# 2.遗址内植被茂密 3.两处木构古建筑消防设备缺失、未设置警示牌 4.依法管火力度不够、制度及应急预案不够完善 5.周边民众
# 防火意识淡薄; 三、消防安全隐患整治情况——具体整改措施如下：1.…):
# http://m.wuhaninfo.cn/wenku/cdhs/ZYpBQoo7VG
# A .wps (Word 97 via LibreOffice): title, 主送, preamble, the three sections of the source: the problems as one numbered
# list, the measures (with each one's 时限 and progress) as a second numbered list that answers them in order, a 下一步
# paragraph and the bureau and date at the foot.
HL_PROBLEMS = [
    "1.基层文管所缺乏防火经费，消防器材配备简陋，部分灭火器超期未检。",
    "2.戚城遗址内植被茂密，夏秋季节存在较大火灾隐患。",
    "3.两处木构古建筑（孟轲乡玉皇阁、岳村关帝庙）内消防设备缺失，未设置禁火警示牌。",
    "4.文物保护单位管理人员依法管火意识不强，消防安全管理制度及重大火灾应急预案不够完善。",
    "5.文物保护单位周边群众防火意识淡薄，消防安全宣传教育不够。",
    "6.濮上园清代民居院落内电气线路老化，存在私拉乱接现象。",
]

HL_MEASURES = [
    "1.针对第1项问题，已申请专项经费12万元，新购灭火器40具，整改时限6月30日，现已配发到位。",
    "2.针对第2项问题，组织人员清除遗址内杂草，开设防火隔离带，此项工作长期坚持。",
    "3.针对第3项问题，已设置禁火警示牌，消防设备正在采购，8月31日前配齐。",
    "4.针对第4项问题，修订完善消防安全管理制度和重大火灾应急预案，整改时限7月15日，现已印发实施。",
    "5.针对第5项问题，结合“文化和自然遗产日”开展消防宣传进村入户，常态化推进。",
    "6.针对第6项问题，线路改造需产权人配合，目前尚未启动，计划9月底前完成。",
]


def write_hualong_docx(path: Path) -> Path:
    doc = _new_document("文物科")
    _title(doc, "濮阳市华龙区文化广电和旅游局关于文物消防安全专项检查及隐患整治情况的报告")
    _paragraph(doc, "市文化广电和旅游局：")
    _paragraph(
        doc,
        "根据《关于开展文物消防安全专项检查的通知》要求，我局及时组织人员开展了文物消防安全专项检查，重点对古建筑和"
        "土木结构为主的文物保护单位进行了检查，对存在消防安全隐患的文物保护单位进行了排查整治，现将具体情况报告如下：",
    )
    _paragraph(doc, "一、消防安全专项检查范围", font="黑体")
    _paragraph(doc, "本次专项检查覆盖我区2处全国重点文物保护单位、9处省、市级文物保护单位及2处木构古建筑。")
    _paragraph(doc, "二、消防安全隐患排查情况", font="黑体")
    _paragraph(doc, "在检查过程中，发现存在以下问题：")
    for text in HL_PROBLEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、消防安全隐患整治情况", font="黑体")
    _paragraph(doc, "针对检查中发现的问题，我局及时制定了整改方案，具体整改措施如下：")
    for text in HL_MEASURES:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将加大巡查力度，建立文物安全检查联动机制，确保文物安全。")
    _paragraph(doc, "濮阳市华龙区文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hualong(path: Path) -> Path:
    return via_soffice(write_hualong_docx, path, "doc", "文物消防安全专项检查及隐患整治情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 乡镇文保单位消防安全专项检查, after a town's check of a 县级文物保护单位 (a temple) with its 文化站 and 派出所
# (电线老化及私拉乱接、灭火器配备及使用、寺内燃灯、烧纸、焚香防火措施落实; 对存在的问题当场指正，要求限期整改):
# https://tengchong.gov.cn/info/1015/1338.htm
# A .zip of two towns' returns in that shape: 城关镇's .docx report (the problems as numbered paragraphs, each with the
# 镇文化站 or 安监办 that follows it up, its 时限 and progress; the check date is the base of 立行立改) and 梁庄镇's
# .xlsx 整改台账 (填报单位 line; the town's own 站所 as 责任站所).
CHENGGUAN_PARAS = [
    "1.大殿及东西配殿电线老化，存在私拉乱接现象。由镇文化站负责督促更换线路，限7月31日前整改到位，目前正在整改。",
    "2.寺内3具灭火器压力不足。由镇安监办现场督促更换（立行立改），已当场更换。",
    "3.寺内燃灯、烧纸、焚香未落实专人看管。由镇文化站负责落实专人看管制度，长期坚持。",
    "4.西厢房堆放大量纸钱、香烛等易燃物品。由镇文化站负责督促限7月20日前清理完毕，7月26日复查时尚未清理。",
]


def write_chengguan_docx(path: Path) -> Path:
    doc = _new_document("城关镇文化站")
    _title(doc, "城关镇开展文保单位消防安全专项检查情况报告", 18)
    _paragraph(doc, "县文化广电和旅游局：")
    _paragraph(
        doc,
        "为进一步强化辖区内文物保护单位消防安全意识，防止重特大消防安全事故发生，7月10日，我镇组织文化站、安监办、"
        "派出所等相关部门对县级文物保护单位清凉寺开展消防安全专项检查。检查重点围绕消防设施设备配置及用火、用电管理"
        "制度落实情况开展，对存在的问题，工作人员当场进行了指正，并要求限期整改。现将检查发现问题及整改情况报告如下：",
    )
    for text in CHENGGUAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


LIANGZHUANG_ROWS = [
    ("三官庙", "殿内使用电暖器、电热毯", "立即停用并收缴", "文化站", "7月12日", "已停用并收缴"),
    ("陈家大院", "院内电动车违规停放充电", "设置集中充电棚", "安监办", "8月15日前", "正在建设充电棚"),
    ("陈家大院", "院内无消防水源", "配备消防水缸、沙箱", "文化站", "第三季度", ""),
    ("三官庙", "文物保护标志牌损毁", "重新设立保护标志牌", "文化站", "8月底", "未整改"),
]


def write_liangzhuang_book(path: Path) -> Path:
    b = Book(path, author="梁庄镇文化站")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 30, 24, 12, 14, 22])
    b.line(ws, 0, "文保单位消防安全检查隐患整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县梁庄镇人民政府    检查时间：2024年7月11日    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "文保单位", "存在问题", "整改要求", "责任站所", "整改时限", "整改情况"])
    for i, row in enumerate(LIANGZHUANG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(LIANGZHUANG_ROWS), "填表人：宋卫红    审核人：杜长青    联系电话：0393-3321076", 6)
    return b.close()


def write_towns(path: Path) -> Path:
    members = [
        ("城关镇文保单位消防安全专项检查情况报告.docx", write_chengguan_docx),
        ("梁庄镇文保单位消防安全检查隐患整改台账.xlsx", write_liangzhuang_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 季度文物安全检查整改通知单, after a city 文旅局's first-quarter check of 23 文物和博物馆单位 (电器线路敷设不规范、
# 消防设施设备维护不及时、文物安全责任公示牌未悬挂; 检查组当场下发整改通知单，要求限期整改; 落实“季检查”制度;
# 开展应急演练):
# http://china.dswhj.com/html/20250487398.htm
# An .xlsx: title, 检查组 line, one header row with the 通知单编号 and its 下发日期 (the base of N个工作日内 / N日内 /
# 立即整改), the 被检查单位 as the unit, a 反馈日期 beside the 整改结果, and a 填表 line.
QUARTER_ROWS = [
    (
        "WBJ-2024-01",
        date(2024, 6, 11),
        "濮阳市戚城文物景区管理处",
        "东门值班室电器线路敷设不规范，插线板串接使用",
        "规范线路敷设",
        "10个工作日内",
        date(2024, 6, 20),
        "已整改，复查合格",
    ),
    (
        "WBJ-2024-02",
        date(2024, 6, 11),
        "濮阳市博物馆",
        "部分灭火器未按月检查，检查卡缺失",
        "建立灭火器月检制度",
        "2024年6月20日",
        date(2024, 6, 19),
        "已整改",
    ),
    (
        "WBJ-2024-03",
        date(2024, 6, 12),
        "南乐县博物馆",
        "文物安全责任公示牌未悬挂",
        "悬挂责任公示牌",
        "5个工作日内",
        None,
        "",
    ),
    (
        "WBJ-2024-04",
        date(2024, 6, 12),
        "清丰县博物馆",
        "消防控制室夜间单人值守",
        "落实24小时双人值班",
        "立即整改",
        date(2024, 6, 13),
        "已整改",
    ),
    (
        "WBJ-2024-05",
        date(2024, 6, 13),
        "范县博物馆",
        "展厅烟感探测器故障2处",
        "更换烟感探测器",
        "2024年7月31日",
        None,
        "整改中（已报修）",
    ),
    (
        "WBJ-2024-06",
        date(2024, 6, 13),
        "台前县刘邓大军渡河纪念馆",
        "室外消火栓被绿化带遮挡",
        "清理遮挡物，设置标识",
        "6月底前",
        None,
        "逾期未整改",
    ),
    (
        "WBJ-2024-07",
        date(2024, 6, 14),
        "濮阳县博物馆",
        "藏品库房防盗门报警装置失灵",
        "维修报警装置",
        "15日内",
        date(2024, 6, 27),
        "已维修，报警装置恢复正常",
    ),
    (
        "WBJ-2024-08",
        date(2024, 6, 14),
        "濮阳市华龙区西水坡遗址展示馆",
        "未开展突发事件应急演练",
        "每季度至少开展一次应急演练",
        "长期坚持",
        None,
        "长期坚持",
    ),
]


def write_quarter(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("通知单汇总")
    b.widths(ws, [6, 14, 12, 30, 36, 26, 14, 12, 26])
    b.line(ws, 0, "2024年第二季度文物和博物馆单位安全检查整改通知单汇总表", 8, b.title)
    b.line(ws, 1, "检查组：濮阳市文化广电和旅游局安全检查组    检查时间：2024年6月11日至14日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "通知单编号",
            "下发日期",
            "被检查单位",
            "存在问题",
            "整改要求",
            "整改期限",
            "反馈日期",
            "整改结果",
        ],
    )
    for i, row in enumerate(QUARTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(QUARTER_ROWS), "填表人：贾志刚    审核：刘文静    填表日期：2024年7月30日", 8)
    return b.close()


FILES = [
    ("博物馆和文物建筑重大火灾隐患挂牌督办整改情况表.xlsx", write_fire),
    ("濮阳县文物保护工程检查发现问题整改情况报告.docx", write_works),
    ("南乐县文物古建筑联合消防安全检查隐患整改登记表.xls", write_temples),
    ("2024年全市文物安全交叉互检发现问题整改清单.xlsx", write_cross),
    ("濮阳市博物馆暑期安全隐患排查问题登记.csv", write_museum),
    ("巡察反馈馆藏文物管理问题整改台账（清丰县文广旅局）.ods", write_patrol),
    ("市级非遗代表性项目保护单位督查发现问题整改台账.et", write_ich),
    ("华龙区文物消防安全专项检查及隐患整治情况报告.wps", write_hualong),
    ("乡镇文保单位消防安全专项检查情况（两镇）.zip", write_towns),
    ("2024年第二季度文物和博物馆单位安全检查整改通知单汇总表.xlsx", write_quarter),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

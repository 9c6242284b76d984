"""Write the dev79 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 文明城市创建, 交通安全隐患, 特种设备, 校外培训, 养老机构, 农村人居环境, 乡村振兴, 水利工程, 建筑工地扬尘,
老旧小区改造. Forms: .xlsx (three, one more inside the zip), .xls (xlwt, two-row header), a CSV in UTF-8 with BOM,
a .docx 通报 whose items are numbered paragraphs under headings, a .wps (Word 97 via LibreOffice) with a table,
an .ods and an .et (LibreOffice conversions of workbooks) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31 and every date inside the files is fixed.
Run from this folder: python make_dev79.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice gives byte-identical files.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
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
# 1. 文明城市创建实地测评问题清单, after a city 创城办's 通报 of a third-party 实地测评 (27个市直单位、18个路长单位、
# 13个社区、10个乡镇创建点位; 路长单位 named after each road, e.g. 襄汉路（市住建局）、宫塘路（市城管执法局）;
# 对照市创城办点对点下发的《问题清单》，分阶段抓好整改，迅速销号，10月底前将整改情况上报):
# http://m-zhongxiang.cjyun.org/p/108473.html
# An .xlsx: title, a line with the 测评 dates and the day the 问题清单 was handed down (the base of 立行立改), one header
# row with 类别 merged down over each group (市直单位/路长单位/社区/乡镇), the road's 路长单位 in brackets beside the
# 责任单位 column (short and former names), a 销号情况 column beside 整改情况, 填表说明 and a 填报单位/填表人 line.
CIVIL_GROUPS = [
    (
        "市直单位",
        [
            (
                "市政务服务中心一楼大厅",
                "窗口单位",
                "大厅无障碍坡道扶手缺失，爱心座椅被杂物占用",
                "市政务服务中心",
                "2024年7月20日前",
                "已加装扶手，杂物已清理",
                "已销号",
            ),
            (
                "市住建局机关院内",
                "机关单位",
                "院内非机动车乱停乱放，公益广告宣传栏内容陈旧褪色",
                "市住建局",
                "立行立改",
                "已划定非机动车停放区，更换公益广告12幅",
                "已销号",
            ),
        ],
    ),
    (
        "路长单位",
        [
            (
                "开州路（市城管执法局）",
                "主次干道",
                "开州路与建设路交叉口西南角商户出店经营、占道堆放货物",
                "市城管执法局",
                "8月15日前",
                "已约谈沿街商户12家，正在持续巡查管控",
                "",
            ),
            (
                "京开大道（市交通局）",
                "主次干道",
                "京开大道公交站台顶棚破损、电子站牌黑屏",
                "市交通局",
                "9月底前",
                "尚未启动",
                "",
            ),
            (
                "人民路（市文广旅局）",
                "主次干道",
                "人民路中段绿化带黄土裸露，行道树树穴缺少篦子",
                "市文广旅局",
                "10月底前",
                "已补植绿化，树穴篦子正在采购",
                "",
            ),
        ],
    ),
    (
        "社区",
        [
            (
                "胜利路街道建业社区",
                "城市社区",
                "楼道口飞线充电，小区内无“15分钟生活圈”提示牌",
                "华龙区胜利路街道建业社区居民委员会",
                "2024年7月31日前",
                "已拆除飞线，设置提示牌2处",
                "复查合格",
            ),
            (
                "中原路街道开州社区",
                "城市社区",
                "小区垃圾桶未加盖、桶壁脏污，垃圾满溢",
                "华龙区中原路街道开州社区居民委员会",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
    (
        "乡镇",
        [
            (
                "岳村镇政府驻地主街",
                "乡镇创建",
                "镇区主街电力、通信缆线杂乱，部分“蜘蛛网”垂落",
                "华龙区岳村镇人民政府",
                "10月底前",
                "",
                "",
            ),
        ],
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="创城办督查科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 24, 10, 36, 26, 16, 30, 10])
    b.line(ws, 0, "2024年全国文明城市创建第二季度实地测评问题清单整改情况汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "测评单位：第三方测评机构    测评时间：2024年7月1日—7月5日    问题清单下发时间：2024年7月10日"
        "（立行立改的问题以下发之日为整改时限）",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "类别", "测评点位", "测评项目", "存在问题", "责任单位", "整改时限", "整改情况", "销号情况"],
    )
    r, n = 3, 0
    for group, rows in CIVIL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "填表说明：“销号情况”由市创城办组织复查后填写，复查合格或已销号的问题不再列入下期清单。", 8)
    b.line(
        ws,
        r + 1,
        "填报单位：市创城办督查科    填表人：孟凡超    联系电话：0393-8991306    填报日期：2024年7月30日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 道路交通安全隐患排查治理统计表, after a county 公安局's reply to a 人大代表议案 (突出急弯路段、长陡坡路段、
# 线行组合不当路段、穿村过镇路段等11类重点隐患路段; 明确隐患情况、整改措施、整改时限、责任单位、责任人“五要件”，
# 填报隐患排查治理统计表、详细的隐患图片; 涉及本单位的立即整改，涉及交通部门或辖区乡镇的主动对接联系):
# https://www.ahhuoshan.gov.cn/public/6596221/37966739.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with “五要件” merged over its five columns, 整改进展 and
# 隐患图片 beside them, persons as 责任人, a 注 line and a 填表人 line.
ROAD_ROWS = [
    (
        "G106国道K1523+300（庆祖镇西辛庄村段）",
        "穿村过镇",
        "村口平交路口无减速让行标志，夜间无照明",
        "增设减速让行标志、道口标柱和爆闪灯",
        "2024年7月15日",
        "市交通局",
        "李建国",
        "已完成",
        "附件1",
    ),
    (
        "S213省道K46+100（柳屯镇境内）",
        "急弯路段",
        "急弯外侧无波形护栏，弯道视距不良",
        "增设波形护栏120米，设置急弯警告标志",
        "8月底前",
        "濮阳市公路事业发展中心",
        "王海军",
        "护栏已进场施工",
        "附件2",
    ),
    (
        "胜利路与京开大道交叉口",
        "事故多发点段",
        "信号灯配时不合理，左转车辆与过街行人冲突",
        "优化信号配时，增设左转待行区",
        "2024.7.10",
        "市交警支队",
        "赵刚",
        "已完成，经复查合格",
        "附件3",
    ),
    (
        "县道X012线K8+500（王称堌镇至梁庄镇段）",
        "临水临崖",
        "路侧紧邻灌溉渠，无任何防护设施",
        "设置混凝土护栏，增设警示桩",
        "2024年8-10月",
        "濮阳县交通运输局",
        "张振",
        "未启动",
        "附件4",
    ),
    (
        "乡道Y021线与村道交叉口（文留镇后河村）",
        "平交路口",
        "路口视线被民房及树木遮挡",
        "清除遮挡树木，安装凸面镜",
        "7月20日前",
        "濮阳县文留镇人民政府",
        "刘保国",
        "遮挡树木已清除，凸面镜已安装到位",
        "附件5",
    ),
    (
        "人民路市第一中学门前路段",
        "学校周边",
        "学校门前无人行横道线，上下学时段人车混行",
        "施划人行横道线，设置学校区域限速标志",
        "2024年8月25日前",
        "市住建局",
        "周明",
        "",
        "附件6",
    ),
    (
        "G342国道K300+000—K302+500（八公桥镇段）",
        "长下坡路段",
        "连续下坡路段路面车辙严重，缺少连续下坡提示标志",
        "铣刨重铺路面，增设连续下坡提示标志",
        "年底前",
        "濮阳市公路事业发展中心",
        "王海军",
        "已完成设计，正在招标",
        "附件7",
    ),
    (
        "顿丘路与G106国道交叉口（清丰县城关镇）",
        "交叉口违法类",
        "大货车闯红灯、占道行驶突出，路口缺少电子警察",
        "新建电子警察抓拍设备1套",
        "2024年9月30日",
        "清丰县公安局交通管理大队",
        "韩立新",
        "设备已安装，正在调试",
        "附件8",
    ),
]


def write_road(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "道路交通安全隐患排查治理统计表", t, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市公安局交通管理支队（市道路交通安全委员会办公室）    统计截至：2024年7月29日",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(["序号", "隐患路段（点段）", "隐患类别"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 3, "隐患排查治理“五要件”", h, 2, 7))
    for col, word in enumerate(["隐患情况", "整改措施", "整改时限", "责任单位", "责任人"], 3):
        cells.append((3, col, word, h))
    cells += [(2, 8, "整改进展", h, 3, 8), (2, 9, "隐患图片", h, 3, 9)]
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 7, 9) else c))
    r = 4 + len(ROAD_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.隐患类别按急弯、长陡坡、临水临崖、穿村过镇、平交路口等11类填写；2.隐患图片另行报送。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "填表人：宋卫东    审核人：杜建华    联系电话：0393-6672110", plain, r + 1, 9),
    ]
    return _write_xls(path, [("隐患统计表", cells)], [6, 30, 12, 30, 28, 14, 22, 10, 22, 10])


# ---------------------------------------------------------------------------------------------
# 3. 特种设备安全隐患专项检查, after a county 质监局's check of 液化气站 (压力容器、压力管道、喷淋设备、储罐超量储存),
# 起重机械 and 人员密集场所电梯 (特种设备作业人员未能持证上岗，相关管理制度和操作规程未上墙; 现场下达安全监察指令书
# 18份，提出整改意见6条，并责令限期整改):
# http://m.xinshengjingguan.top/prod-3354.html
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (监察指令 over 指令书编号/下达日期/整改期限 and 整改落实
# over 整改情况/复查结论), 下达日期 as date cells (the base of 立即整改 and N日内), a 合计 row and a 填表人 line.
SPECIAL_ROWS = [
    (
        "濮阳市安泰液化石油气有限公司",
        "压力容器",
        "2号液化石油气储罐",
        "储罐超量储存，液位超过设计最大充装量",
        "濮市监特指〔2024〕031号",
        date(2024, 7, 8),
        "立即整改",
        "已倒罐降至安全液位",
        "复查合格",
    ),
    (
        "濮阳市安泰液化石油气有限公司",
        "压力管道",
        "充装区工艺管道",
        "充装区喷淋设施不能正常启动",
        "濮市监特指〔2024〕032号",
        date(2024, 7, 8),
        "15日内",
        "正在更换喷淋泵",
        "",
    ),
    (
        "濮阳市恒通起重吊装有限公司",
        "起重机械",
        "25吨汽车起重机",
        "起重机司机未取得特种设备作业人员证上岗作业",
        "濮市监特指〔2024〕033号",
        date(2024, 7, 9),
        "2024年7月19日",
        "已调换持证司机",
        "复查合格",
    ),
    (
        "濮阳市万福购物广场有限公司",
        "电梯",
        "3号自动扶梯",
        "自动扶梯梳齿板缺齿，乘梯安全警示标识缺失",
        "濮市监特指〔2024〕034号",
        date(2024, 7, 10),
        "10个工作日内",
        "",
        "",
    ),
    (
        "濮阳市人民医院",
        "锅炉",
        "1号燃气蒸汽锅炉",
        "锅炉房管理制度和操作规程未上墙，水质化验记录不全",
        "濮市监特指〔2024〕035号",
        date(2024, 7, 10),
        "2024年7月25日",
        "制度规程已上墙，水质化验记录正在补全",
        "",
    ),
    (
        "濮阳龙丰纸业有限公司",
        "压力容器",
        "分汽缸",
        "分汽缸安全阀超期未校验",
        "濮市监特指〔2024〕036号",
        date(2024, 7, 11),
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "濮阳市安居物业服务有限公司",
        "电梯",
        "丽景花园5号楼1单元电梯",
        "轿厢内应急救援电话无人接听，维保记录未按15日周期填写",
        "濮市监特指〔2024〕037号",
        date(2024, 7, 11),
        "10日内",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳市宏达物流有限公司",
        "场（厂）内专用机动车辆",
        "叉车3台",
        "叉车未办理使用登记，无牌照运行",
        "濮市监特指〔2024〕038号",
        date(2024, 7, 12),
        "2024年8月15日前",
        "已提交使用登记申请",
        "",
    ),
]


def write_special(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 28, 14, 20, 36, 22, 12, 16, 28, 10])
    b.line(ws, 0, "2024年夏季特种设备安全隐患专项检查整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市市场监督管理局特种设备安全监察科    检查时间：2024年7月8日—7月12日    "
        "填报日期：2024年7月30日",
        9,
    )
    for c, word in enumerate(["序号", "使用单位", "设备类别", "设备名称及位置", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "监察指令", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["指令书编号", "下达日期", "整改期限", "整改情况", "复查结论"], first=5)
    for i, row in enumerate(SPECIAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SPECIAL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查使用单位7家，下达特种设备安全监察指令书8份，责令限期整改")
    b.line(ws, end + 2, "填表人：贾志勇    审核人：程丽    联系电话：0393-4426815", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 暑期校外培训专项治理, after a city 教育局's 暑期校外培训专项治理行动 (13个检查组分县包联; 是否按要求配置灭火器等
# 消防器材、是否定期检查和维护保养; 是否张贴消防安全疏散指示图、是否组织疏散演练; 电气设备是否按规范设置、使用;
# 抽查92所机构，发现问题62个，立行立改38个，限期整改24个):
# http://czwb.bohaitoday.com/pc/content/202408/28/content_138701.html
# A CSV in UTF-8 with BOM: a title line, a 填报单位 line, a line saying 立行立改 means the check day, one header line with
# the 检查组 (inspector), 检查日期 and 整改方式 (立行立改/限期整改), a 合计 line and a 填表人 line.
TRAINING_ROWS = [
    (
        "第一检查组",
        "华龙区",
        "濮阳市华龙区启智文化艺术培训学校有限公司",
        "2024-07-22",
        "灭火器压力不足且超过维保期限",
        "立行立改",
        "立行立改",
        "已更换灭火器6具",
    ),
    (
        "第一检查组",
        "华龙区",
        "濮阳市华龙区博学培训学校",
        "2024-07-22",
        "未张贴消防安全疏散指示图，未组织疏散演练",
        "限期整改",
        "2024年8月5日",
        "疏散指示图已张贴，疏散演练计划8月初组织",
    ),
    (
        "第二检查组",
        "濮阳县",
        "濮阳县育英艺术培训学校",
        "2024-07-23",
        "教室内电气线路私拉乱接，使用大功率电器",
        "立行立改",
        "立行立改",
        "已拆除私拉线路，停用大功率电器",
    ),
    (
        "第二检查组",
        "濮阳县",
        "濮阳县新航向体育培训有限公司",
        "2024-07-23",
        "安全出口被训练器材堵塞",
        "立行立改",
        "立行立改",
        "",
    ),
    (
        "第三检查组",
        "清丰县",
        "清丰县智博科技培训学校",
        "2024-07-23",
        "应急照明灯损坏2处",
        "限期整改",
        "7日内",
        "未整改",
    ),
    (
        "第四检查组",
        "南乐县",
        "南乐县书香文化培训学校",
        "2024-07-24",
        "消防器材未定期检查维护，无检查记录",
        "限期整改",
        "2024年7月31日",
        "已建立消防器材月检登记制度，补齐检查记录",
    ),
    (
        "第五检查组",
        "范县",
        "范县启航文化培训学校",
        "2024-07-24",
        "培训场所设在四层且仅有一部疏散楼梯",
        "限期整改",
        "2024年8月31日",
        "正在协调另租符合要求的场地",
    ),
    (
        "第六检查组",
        "台前县",
        "台前县阳光艺术培训学校",
        "2024-07-24",
        "配电箱未加装漏电保护装置",
        "限期整改",
        "2024年8月10日",
        "",
    ),
]


def write_training(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = 9
    w.writerow(["2024年暑期校外培训机构消防安全专项检查问题台账"] + [""] * (width - 1))
    w.writerow(["填报单位：濮阳市教育局校外教育培训监管科    填报日期：2024年7月29日"] + [""] * (width - 1))
    w.writerow(["说明：各检查组分县包联；整改方式为“立行立改”的，整改时限为检查当日。"] + [""] * (width - 1))
    w.writerow(
        ["序号", "检查组", "县区", "机构名称", "检查日期", "发现问题", "整改方式", "整改时限", "整改情况"]
    )
    for i, row in enumerate(TRAINING_ROWS, 1):
        w.writerow([str(i), *row])
    w.writerow(["合计", "", "", "抽查机构15所", "", "发现问题8个，其中立行立改3个，限期整改5个", "", "", ""])
    w.writerow(["填表人：冯晓燕    联系电话：0393-8322516"] + [""] * (width - 1))
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 养老服务机构安全生产排查整治, after a 街道社会事业办's joint check with the 应急管理中心 and 食安办 of the
# 街道养老服务中心 and 村社居家养老服务中心 (灭火器和消防栓配置、安全生产培训及制度落实、应急逃生、疏散指示标志、
# 食品安全; 消防器材存放不规范、缺少检查记录、灭蝇灯失效、未配备留样柜; 当场提出整改意见; 对隐患“回头看”):
# http://news.zgyww.cn/system/2023/05/04/010249523.shtml
# A .wps (Word 97 via LibreOffice): title, 填报单位/检查时间 line, a preamble, one table with the 机构 as 整改责任主体,
# 整改意见 and 整改期限, a “回头看”情况 column, a 填表说明 line and a signature line.
ELDER_ROWS = [
    (
        "中原路街道综合养老服务中心",
        "消防安全",
        "灭火器集中存放在库房内，未放置在明显易取位置",
        "将灭火器分散放置于走廊、楼梯口等明显位置",
        "2024年7月18日",
        "已整改到位",
    ),
    (
        "中原路街道综合养老服务中心",
        "安全管理",
        "每日防火巡查记录缺失",
        "建立并落实每日防火巡查记录制度",
        "长期坚持",
        "长期坚持",
    ),
    (
        "中原路街道建设路社区居家养老服务中心",
        "食品安全",
        "厨房灭蝇灯失效，防蝇设施不全",
        "更换灭蝇灯，加装纱窗、门帘",
        "2024年7月20日",
        "已更换灭蝇灯，纱窗门帘已加装",
    ),
    (
        "中原路街道建设路社区居家养老服务中心",
        "食品安全",
        "未配备食品留样柜，留样记录不全",
        "配备专用留样冰柜，落实48小时留样",
        "2024年7月31日",
        "正在采购留样柜",
    ),
    (
        "中原路街道开州社区居家养老服务中心",
        "应急疏散",
        "疏散指示标志损坏，应急照明灯不亮",
        "更换疏散指示标志和应急照明灯",
        "8月底前",
        "未整改",
    ),
    (
        "濮阳市华龙区康宁老年公寓",
        "用电安全",
        "老人房间内私拉电线为电动轮椅充电",
        "拆除私拉电线，设置集中充电区域",
        "2024年7月17日",
        "私拉电线已拆除，集中充电区正在建设",
    ),
    (
        "濮阳市华龙区康宁老年公寓",
        "安全培训",
        "护理员未参加消防安全培训，不会使用灭火器",
        "组织全员消防安全培训和灭火演练",
        "2024年8月15日",
        "",
    ),
]


def write_elder_docx(path: Path) -> Path:
    doc = _new_document("社会事业办")
    _title(doc, "中原路街道养老服务机构安全生产排查整治问题清单", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市华龙区中原路街道办事处社会事业办    检查时间：2024年7月15日—7月16日    "
        "填报日期：2024年7月26日",
        12,
    )
    _paragraph(
        doc,
        "7月15日至16日，街道社会事业办联合应急管理办公室、食安办对辖区养老服务机构开展安全生产排查整治，"
        "对灭火器和消防栓配置、安全生产培训及制度落实、应急逃生、疏散指示标志、食品安全等进行检查，"
        "当场提出整改意见，7月25日对整改情况进行了“回头看”。具体如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ELDER_ROWS, 1)]
    _table(
        doc,
        ["序号", "机构名称（整改责任主体）", "检查类别", "存在问题", "整改意见", "整改期限", "“回头看”情况"],
        body,
    )
    _paragraph(doc, "填表说明：“回头看”情况为7月25日街道复查时的整改状态。", 12)
    _paragraph(doc, "审核人：高建军    填表人：李娟    联系电话：0393-8150627", 12)
    return _save_fixed(doc, path)


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_docx, path, "doc", "养老服务机构安全生产排查整治问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 6. 农村人居环境整治“清洁家园”行动通报, after a town's monthly 通报 of its 暗访 of the villages (一、工作开展情况;
# 二、存在的问题: “三堆两垛”整治不到位、垃圾清运不及时、沟渠整治进展迟缓、秸秆及垃圾焚烧; 三、各村情况 as
# （一）詹桥村：…, （二）德义垱村：…):
# https://wxredian.com/art?id=15ad9a1f39b8e28aaa34a289e3c98e58
# A .docx: the county 人居办's 通报 of the same shape one level up, with the “回头看” of each problem: 主送, preamble,
# 一/二 as paragraphs, 三 with the towns as headings and the problems as numbered paragraphs that name the 责任单位,
# 整改时限 and 回头看情况, 四 下一步要求, the office and date at the foot.
HABITAT_TOWNS = [
    (
        "（一）王称堌镇",
        [
            "1.詹庄村主街两侧柴草垛、砖石堆未清理。责任单位：濮阳县王称堌镇人民政府；整改时限：7月20日前；"
            "回头看情况：已清理到位。",
            "2.后寨村村口垃圾收集点垃圾满溢，周边散落白色垃圾。责任单位：濮阳县王称堌镇人民政府；"
            "整改时限：7月15日前；回头看情况：部分整改，收集点已清运，周边仍有散落垃圾。",
        ],
    ),
    (
        "（二）梁庄镇",
        [
            "3.三里店村坑塘内漂浮垃圾较多，水体发黑发臭。责任单位：濮阳县梁庄镇人民政府；整改时限：8月15日前；"
            "回头看情况：正在组织清淤。",
            "4.梁庄村部分农户房前屋后杂物乱堆乱放。责任单位：濮阳县梁庄镇人民政府；整改时限：7月20日前；"
            "回头看情况：未整改。",
        ],
    ),
    (
        "（三）子岸镇",
        [
            "5.沿村主干沟渠内漂浮物、沟边杂草未清理，已割除的杂草未及时清运。责任单位：濮阳县子岸镇人民政府；"
            "整改时限：7月31日前；回头看情况：已整改。",
            "6.东辛庄村集中居住点有焚烧秸秆和垃圾的痕迹。责任单位：濮阳县子岸镇人民政府；整改时限：长期坚持；"
            "回头看情况：常态化推进。",
        ],
    ),
    (
        "（四）徐镇镇",
        [
            "7.徐镇村改厕户三格式化粪池外露破损，有污水外溢。责任单位：濮阳县徐镇镇人民政府；"
            "整改时限：2024年8月10日；回头看情况：破损化粪池已更换，污水外溢问题已解决。",
            "8.前刘村残垣断壁未及时清理，存在安全隐患。责任单位：濮阳县徐镇镇人民政府；整改时限：8月底前；"
            "回头看情况：已完成摸底登记，正在拆除清理。",
        ],
    ),
]


def write_habitat(path: Path) -> Path:
    doc = _new_document("县人居办")
    _title(doc, "关于7月份农村人居环境整治“清洁家园”行动暗访问题整改“回头看”情况的通报")
    _paragraph(doc, "各乡镇人民政府，县直有关单位：")
    _paragraph(
        doc,
        "为深入推进农村人居环境整治提升，按照县委、县政府工作安排，县人居办于7月8日至10日对各乡镇“清洁家园”"
        "行动开展情况进行了实地暗访，7月24日至25日对暗访发现问题的整改情况进行了“回头看”。现将有关情况通报如下：",
    )
    _paragraph(doc, "一、工作开展情况", font="黑体")
    _paragraph(
        doc,
        "通过开展7月份“清洁家园”行动，各乡镇国省干道沿线及主要村道卫生状况总体较好，村部环境整洁，"
        "大部分村按照行动计划对重点区域进行了集中整治，取得了一定成效。",
    )
    _paragraph(doc, "二、存在的问题", font="黑体")
    _paragraph(
        doc,
        "从暗访和“回头看”情况看，“三堆两垛”整治不到位、垃圾清运不及时、沟渠坑塘整治进展迟缓、秸秆及垃圾"
        "焚烧等问题仍不同程度存在，个别乡镇对暗访发现问题整改不及时、不彻底。",
    )
    _paragraph(doc, "三、各乡镇问题及整改情况", font="黑体")
    for heading, items in HABITAT_TOWNS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in items:
            _paragraph(doc, text)
    _paragraph(doc, "四、下一步要求", font="黑体")
    _paragraph(
        doc,
        "各乡镇要对照问题清单逐项抓好整改，举一反三开展自查，建立长效保洁机制。对整改不到位、问题反弹的，"
        "县人居办将对相关乡镇进行约谈并在全县通报。",
    )
    _paragraph(doc, "濮阳县改善农村人居环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 乡村振兴重点工作督导, after a county 乡村振兴局督导组's visit to a 乡 (农村户厕调查摸底、村庄清洁、年度巩固拓展
# 脱贫攻坚成果评估反馈问题整改、第一批衔接资金项目推进、精准脱贫档案; 督导组指出: 扎实推进户厕摸底，强化宣传，
# 加快项目建设进度，及时完成产业项目的管护，适时开展村庄清洁):
# http://www.hsslxd.cn/show/news/66736.html
# An .ods (LibreOffice conversion): title, 填报单位/督导时间 line, one header row with 督导事项 merged down over each
# group, rows naming only the 乡's own 站所 and its 包联领导, 第三季度 / 常态化推进, a 注 line and a signature line.
RURAL_GROUPS = [
    (
        "农村户厕摸底",
        [
            (
                "户厕摸底台账与入户核实情况不一致，部分已改户厕户型信息有误",
                "乡村振兴办",
                "王志强",
                "组织包村干部逐户核对，更新摸底台账",
                "2024年7月31日",
                "已完成全乡32个行政村逐户核对，台账已更新",
            ),
            (
                "群众对改厕政策知晓度不高，有意改厕农户底数不清",
                "党政办",
                "王志强",
                "入户宣传改厕政策，摸清有意改厕农户",
                "8月15日前",
                "正在入户宣传摸底",
            ),
        ],
    ),
    (
        "村庄清洁",
        [
            (
                "部分村背街小巷卫生死角清理不彻底",
                "农业农村服务中心",
                "李红霞",
                "每月开展一次村庄清洁集中行动",
                "常态化推进",
                "",
            ),
        ],
    ),
    (
        "评估反馈问题整改",
        [
            (
                "2023年度巩固衔接成效评估反馈的3户监测户帮扶措施不精准",
                "乡村振兴办",
                "王志强",
                "重新制定帮扶计划，落实产业、就业帮扶措施",
                "2024年9月底",
                "已完成2户，剩余1户正在落实就业帮扶",
            ),
            (
                "防返贫监测预警比对反馈的疑似风险户核查不及时",
                "民政所",
                "赵建设",
                "逐户入户核查，符合条件的及时纳入监测",
                "7月25日前",
                "已核查完毕，4户纳入监测，2户排除风险",
            ),
        ],
    ),
    (
        "衔接资金项目",
        [
            (
                "第一批衔接资金项目（西瓜大棚扩建项目）开工滞后，工程进度偏慢",
                "农业农村服务中心",
                "李红霞",
                "倒排工期，督促施工单位增加人员机械",
                "第三季度",
                "已完成主体钢架安装，工程进度65%",
            ),
            (
                "已建成的光伏、大棚等产业项目管护责任未落实到村",
                "财政所",
                "赵建设",
                "与各村签订扶贫资产管护协议，明确管护主体",
                "2024年8月20日",
                "未启动",
            ),
        ],
    ),
    (
        "精准脱贫档案",
        [
            (
                "部分村脱贫户“一户一档”资料不全，帮扶手册填写不规范",
                "乡村振兴办",
                "王志强",
                "组织档案规范化整理，逐户补齐资料",
                "8月底前",
                "",
            ),
        ],
    ),
]


def write_rural_book(path: Path) -> Path:
    b = Book(path, author="乡村振兴办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 40, 16, 10, 32, 14, 34])
    b.line(ws, 0, "渠村乡乡村振兴重点工作督导反馈问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县渠村乡人民政府    督导单位：县委农村工作领导小组第二督导组    督导时间：2024年7月9日    "
        "填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws, 2, ["序号", "督导事项", "反馈问题", "责任站所", "包联领导", "整改措施", "整改时限", "整改进展"]
    )
    r, n = 3, 0
    for group, rows in RURAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(ws, r, "注：整改时限为“常态化推进”的事项，每月底前报送一次进展。", 7)
    b.line(
        ws, r + 1, "乡主要负责人：刘振华    分管负责人：王志强    填表人：孙莉    联系电话：0393-3691025", 7
    )
    return b.close()


def write_rural(path: Path) -> Path:
    via_soffice(write_rural_book, path, "ods", "渠村乡乡村振兴重点工作督导反馈问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 水利工程运行管理暗访, after the 水利部暗访组's “四不两直” check of a county's 中小型水库 (工程状况、安全管理、
# 运行管护、管理保障; 大坝、启闭机房、溢洪道; 防汛抢险应急预案、汛期调度运行计划、大坝安全责任制、管护责任及经费
# 落实、安全鉴定; 问题向县水务局反馈，督促属地乡镇跟踪抓好整改):
# http://zgscchina.com.cn/dangjian/23092.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/暗访时间 line, one header row with 检查类别 and the 暗访组 (the
# inspector) beside the 整改责任单位 (county bureaus, a 乡 government, a 管理处 and the bureau's own 科室), a 填表说明
# and a signature line.
WATER_ROWS = [
    (
        "金堤河王堤口节制闸",
        "工程状况",
        "闸门启闭机钢丝绳锈蚀，启闭机房屋面漏雨",
        "第一暗访组",
        "濮阳市金堤河工程管理处",
        "更换钢丝绳，修缮启闭机房屋面",
        "2024年7月20日",
        "钢丝绳已更换，屋面已修缮完毕",
    ),
    (
        "第三濮清南干渠城关节制闸",
        "安全管理",
        "防汛抢险应急预案未按年度修订，未开展应急演练",
        "第一暗访组",
        "濮阳县水利局",
        "修订应急预案并组织演练",
        "7月31日前",
        "预案已修订，应急演练计划8月上旬开展",
    ),
    (
        "马颊河南乐段左岸堤防",
        "运行管护",
        "堤顶道路部分塌陷，堤坡有獾洞2处",
        "第二暗访组",
        "南乐县水利局",
        "回填处理獾洞，修复堤顶道路",
        "2024.8.15",
        "未整改",
    ),
    (
        "习城引黄涵闸",
        "管理保障",
        "水闸安全鉴定超期，未按规定开展",
        "第二暗访组",
        "建设与运行管理科",
        "委托有资质单位开展安全鉴定",
        "年底前",
        "已委托鉴定单位，正在现场检测",
    ),
    (
        "顺河沟节制闸",
        "安全管理",
        "水闸安全责任人公示牌信息未及时更新",
        "第一暗访组",
        "清丰县水利局",
        "更新责任人公示牌",
        "2024年7月10日",
        "已更新",
    ),
    (
        "潴龙河五星节制闸",
        "运行管护",
        "巡查记录不完整，汛期未落实24小时值班",
        "第二暗访组",
        "濮阳县五星乡人民政府",
        "落实汛期24小时值班和日常巡查",
        "长期坚持",
        "长期坚持",
    ),
    (
        "第三濮清南干渠清丰段",
        "工程状况",
        "渠道衬砌板破损，渠内杂草丛生影响输水",
        "第二暗访组",
        "清丰县水利局",
        "清除渠内杂草，修复破损衬砌板",
        "2024年8月31日",
        "",
    ),
    (
        "县乡管小型水闸",
        "管理保障",
        "部分小型水闸管护经费未落实，管护人员为临时聘用",
        "第一暗访组",
        "财务审计科",
        "争取将小型水闸管护经费纳入年度预算",
        "2024年9月30日",
        "已与财政部门对接，正在测算经费",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="建设与运行管理科")
    ws = b.sheet("暗访问题整改台账")
    b.widths(ws, [6, 24, 10, 36, 12, 24, 30, 14, 30])
    b.line(ws, 0, "2024年汛期水闸堤防运行管理暗访发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市水利局    暗访方式：“四不两直”    暗访时间：2024年7月2日—7月3日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工程名称",
            "检查类别",
            "发现问题",
            "暗访组",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_ROWS)
    b.line(ws, end, "填表说明：整改责任单位为局内科室的，由科室牵头落实。", 8)
    b.line(ws, end + 1, "分管领导：韩卫国    填表人：马静    联系电话：0393-8910263", 8)
    return b.close()


def write_water(path: Path) -> Path:
    return via_soffice(write_water_book, path, "xls", "水闸堤防运行管理暗访问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 建筑工地扬尘问题移交单, after a district 住建局扬尘组's weekly account (拉网式排查; 加大洒水频次，完善裸土覆盖，
# 落实“四个一律”“六个百分之百”; 巡查项目60个，对3个项目下达扬尘污染问题移交单责令限期整改，约谈问题项目责任人;
# 扬尘治理综合监控平台远程检查，发现问题后督促相关镇街及项目负责人立行立改):
# https://jianpian.cn/a/qt120rf
# An .xlsx: title, 填报单位/统计时段 line, one header row with 发现方式 (现场巡查/视频监控), the 移交单 number and its
# 移交日期 (the base of 立行立改 and N日内), the 施工单位 as 整改责任单位 beside the 属地街道（镇）, a 约谈情况 column,
# a 合计 row, a 注 line and a signature line.
DUST_ROWS = [
    (
        "现场巡查",
        "华扬移〔2024〕071号",
        "华龙区安居苑安置房项目",
        "河南中建华宇建设工程有限公司",
        "孟轲乡",
        "裸露土方约2000平方米未覆盖防尘网",
        date(2024, 7, 22),
        "立行立改",
        "已全部覆盖",
        "",
    ),
    (
        "视频监控",
        "华扬移〔2024〕072号",
        "濮阳市第三实验学校新建项目",
        "濮阳市宏远建筑工程有限公司",
        "胜利路街道",
        "出入口车辆冲洗设施未正常使用，车辆带泥上路",
        date(2024, 7, 23),
        "3日内",
        "冲洗设施已恢复使用，安排专人值守",
        "",
    ),
    (
        "现场巡查",
        "华扬移〔2024〕073号",
        "御景苑二期住宅项目",
        "河南省濮建建筑工程有限公司",
        "黄河路街道",
        "雾炮机未开启，土方作业未洒水降尘",
        date(2024, 7, 23),
        "立行立改",
        "未整改",
        "已约谈项目负责人",
    ),
    (
        "视频监控",
        "华扬移〔2024〕074号",
        "东北庄棚户区改造项目",
        "濮阳市鼎盛建设集团有限公司",
        "岳村镇",
        "建筑垃圾堆放未覆盖，施工围挡破损约30米",
        date(2024, 7, 24),
        "2024年7月31日",
        "建筑垃圾已覆盖，围挡正在修复",
        "",
    ),
    (
        "现场巡查",
        "华扬移〔2024〕075号",
        "濮阳市中医院门诊楼改造工程",
        "河南恒泰建设工程有限公司",
        "人民路街道",
        "场内主要道路未硬化，积尘泥浆未清理",
        date(2024, 7, 25),
        "5日内",
        "已硬化并清扫完毕",
        "",
    ),
    (
        "视频监控",
        "华扬移〔2024〕076号",
        "桂语江南住宅项目",
        "濮阳市众诚建筑工程有限公司",
        "中原路街道",
        "夜间违规进行土方开挖作业，未采取降尘措施",
        date(2024, 7, 25),
        "立行立改",
        "已停止夜间土方作业",
        "已约谈项目经理",
    ),
    (
        "现场巡查",
        "华扬移〔2024〕077号",
        "任丘路提升改造工程",
        "濮阳市市政工程有限公司",
        "任丘路街道",
        "道路铣刨未采取湿法作业，扬尘明显",
        date(2024, 7, 26),
        "2024年7月29日",
        "正在整改",
        "",
    ),
    (
        "现场巡查",
        "华扬移〔2024〕078号",
        "金色家园三期住宅项目",
        "河南天宇建筑工程有限公司",
        "开州路街道",
        "散装水泥、砂石露天堆放未覆盖",
        date(2024, 7, 26),
        "3日内",
        "",
        "",
    ),
]


def write_dust(path: Path) -> Path:
    b = Book(path, author="扬尘治理组")
    ws = b.sheet("移交单台账")
    b.widths(ws, [6, 10, 20, 24, 28, 12, 34, 12, 14, 28, 16])
    b.line(ws, 0, "华龙区建筑工地扬尘污染问题移交单整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区住房和城乡建设局扬尘治理组    统计时段：2024年7月22日—7月28日    "
        "填报日期：2024年7月29日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "发现方式",
            "移交单编号",
            "项目名称",
            "整改责任单位（施工单位）",
            "属地街道（镇）",
            "存在问题",
            "移交日期",
            "整改时限",
            "整改情况",
            "约谈情况",
        ],
    )
    for i, row in enumerate(DUST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DUST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "本周巡查项目62个，下达扬尘污染问题移交单8份，约谈项目责任人2人次")
    b.line(ws, end + 1, "注：整改时限为“立行立改”或“N日内”的，自移交日期起算。", 10)
    b.line(ws, end + 2, "填表人：邵亚楠    审核人：葛鹏    联系电话：0393-8669201", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 老旧小区改造群众留言办理, after a city 网络问政 page (a resident's 留言 on a 老旧小区改造: 楼道里刷墙把住户门都
# 弄脏了、外墙也没有刷漆; 回复部门 and its 回复时间; the reply: 您反映的情况我办已收悉。经核查，该院已完成雨污分流、
# 楼梯间墙粉刷、车棚拆除重建…关于外墙粉刷，社区将积极上报争取; signed by the 办事处):
# https://people.lyd.com.cn/wenti/20220809224614820
# A .zip of two returns: a 街道's .xlsx 留言办理台账 (留言编号, 受理日期 as the base of N个工作日内, 回复部门 by short
# names, 回复时间 as an event, 回复内容 and 办理状态) and another 街道's .docx report whose items are numbered paragraphs
# (网友反映 / 回复单位 / 办理情况 / 办理时限).
OLD_ROWS = [
    (
        "LY2024070312",
        date(2024, 7, 3),
        "建设路49号院",
        "老旧小区改造楼道墙面粉刷时把住户入户门弄脏，施工方不予处理",
        "华龙区胜利路街道办事处",
        date(2024, 7, 8),
        "您好！您反映的情况已收悉。经核查，施工单位已对污损的12户入户门逐户清洗，并向住户致歉。"
        "感谢您对我们工作的理解与支持！",
        "5个工作日内",
        "已办结",
    ),
    (
        "LY2024070518",
        date(2024, 7, 5),
        "建业小区",
        "小区雨污分流改造后，3号楼下水道仍然反味堵塞",
        "市住建局",
        date(2024, 7, 12),
        "您好！经核查，系3号楼化粪池连接管道沉降所致，已责成施工单位重新铺设管道，目前正在施工。",
        "2024年7月31日前",
        "办理中",
    ),
    (
        "LY2024071102",
        date(2024, 7, 11),
        "石化小区",
        "改造后小区内燃气立管外露，部分立管未刷防腐漆",
        "市燃气公司",
        date(2024, 7, 16),
        "您好！我公司已安排维修人员对小区外露燃气立管进行防腐处理，已全部完成。",
        "7个工作日内",
        "已办结",
    ),
    (
        "LY2024071920",
        date(2024, 7, 19),
        "胜利东路12号院",
        "改造工程结束后外墙仍未粉刷，询问是否还会改造",
        "华龙区胜利路街道办事处",
        date(2024, 7, 24),
        "您好！经核查，该院已按审批方案完成雨污分流、楼道粉刷、车棚重建等项目，外墙粉刷不在本次改造范围内，"
        "社区将积极上报争取纳入下一批改造计划。",
        "",
        "已答复",
    ),
]

OLD_PARAS = [
    (
        "一、网友反映：化肥厂家属院改造中拆除旧车棚后，电动车无处停放，居民只能在楼道内充电。（受理日期：7月2日）"
        "回复单位：华龙区人民路街道办事处。办理时限：7月20日前。办理情况：已在院内新建电动车棚1处、充电桩20个，"
        "7月15日投入使用，已办结。"
    ),
    (
        "二、网友反映：纺织厂宿舍楼改造后楼顶防水层起鼓，雨天顶层住户家中漏水。（受理日期：7月8日）"
        "回复单位：市住建局（老旧小区改造办）。办理时限：8月10日前。办理情况：已责成施工单位返修，"
        "目前正在铲除起鼓的防水层。"
    ),
    (
        "三、网友反映：百货大楼家属院改造后院内路灯不亮，夜间出行不便。（受理日期：7月16日）"
        "回复单位：市城管局。办理时限：7月31日前。办理情况：尚未安排维修。"
    ),
    (
        "四、网友反映：人民路小区改造后自来水水压偏低，高层住户经常停水。（受理日期：7月22日）"
        "回复单位：市自来水公司。办理时限：9月底前。办理情况：已对小区二次供水设备进行检测，计划更换加压泵。"
    ),
]


def write_old_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("留言办理台账")
    b.widths(ws, [6, 14, 12, 16, 36, 22, 12, 44, 14, 10])
    b.line(ws, 0, "胜利路街道老旧小区改造网络问政留言办理台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处    统计截至：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "留言编号",
            "受理日期",
            "小区（院落）",
            "网友留言内容",
            "回复部门",
            "回复时间",
            "回复内容",
            "办理时限",
            "办理状态",
        ],
    )
    for i, row in enumerate(OLD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(OLD_ROWS), "填表人：张雅琪    联系电话：0393-8187735", 9)
    return b.close()


def write_old_docx(path: Path) -> Path:
    doc = _new_document("人民路街道")
    _title(doc, "人民路街道办事处关于7月份老旧小区改造群众留言办理情况的报告", 18)
    _paragraph(doc, "区老旧小区改造工作专班：")
    _paragraph(
        doc,
        "7月份，我街道共承办网络问政平台转办的老旧小区改造类群众留言4件，现将办理情况报告如下：",
    )
    for text in OLD_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我街道将对未办结的留言持续跟踪督办，确保群众反映的问题件件有回音、事事有着落。")
    _paragraph(doc, "华龙区人民路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_old(path: Path) -> Path:
    members = [
        ("胜利路街道老旧小区改造网络问政留言办理台账.xlsx", write_old_book),
        ("人民路街道关于老旧小区改造群众留言办理情况的报告.docx", write_old_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("全国文明城市创建实地测评问题清单整改情况汇总表.xlsx", write_civil),
    ("道路交通安全隐患排查治理统计表（2024年7月）.xls", write_road),
    ("特种设备安全隐患专项检查整改台账.xlsx", write_special),
    ("暑期校外培训机构消防安全专项检查问题台账.csv", write_training),
    ("养老服务机构安全生产排查整治问题清单（中原路街道）.wps", write_elder),
    ("关于7月份农村人居环境整治“清洁家园”行动暗访问题整改回头看情况的通报.docx", write_habitat),
    ("乡村振兴重点工作督导反馈问题整改台账（渠村乡）.ods", write_rural),
    ("水闸堤防运行管理暗访发现问题整改台账.et", write_water),
    ("华龙区建筑工地扬尘污染问题移交单整改台账（7月22日—28日）.xlsx", write_dust),
    ("老旧小区改造群众留言办理情况（两个街道）.zip", write_old),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside276 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 环保督察与生态环境、农村人居环境、河湖长制、耕地保护与自然资源督查问题整改, with town and village ledgers and
a system export. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx
to Excel 97), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, a .doc and a .wps (LibreOffice
conversions of two .docx), and a .zip of two returns (an .xlsx and a .docx) with GBK member names. Contents are made
up; the statistics date is 2024-07-31.
Run from this folder: python make_aside276.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
TICK = "√"


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
        self.money = add({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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
# 1. 生态环境保护督察群众信访举报转办和边督边改公开情况一览表, after a city's daily notice on the 信访举报件 a
# 督察组 handed over (全市已对督察组交办的第十六批5件信访举报件进行调查处理，其中，已办结1件、阶段性办结3件、未办结
# 1件，责令整改3家，立案处罚3家; 截至……1-16批48件; 相关信访举报件将持续按照边督边改工作要求推进查处整改工作):
# http://www.bynr.gov.cn/ztlm/zysthjbhdcznmg/xxgk/202506/t20250622_702880.html
# An .xlsx: title, two preamble lines (the 交办 date the 立行立改 rows count from, the batch's counts), one header row
# with 受理编号, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况 (deadlines only inside its sentences),
# 办结情况 and 责任单位 and 问责情况, a closing line and the office and date at the foot.
PETITION_ROWS = [
    (
        "D410900202407120001",
        "反映华龙区岳村镇东北庄村西侧一废品收购站露天堆放废旧塑料，雨天污水流入周边沟渠，气味刺鼻。",
        "华龙区",
        "水、大气",
        "经查，该收购站露天堆放废旧塑料约30吨，未采取防雨、防渗措施，雨水冲刷后流入东侧排水沟渠。",
        "属实",
        "华龙区责令该收购站立行立改，清运露天堆放物料并搭建防雨棚。7月14日复查，堆放物已清运完毕，沟渠已清淤。",
        "已办结",
        "华龙区人民政府",
        "无",
    ),
    (
        "X410900202407120002",
        "反映濮阳县文留镇工业园区一化工企业夜间排放刺激性气味气体，周边群众夜间无法开窗。",
        "濮阳县",
        "大气",
        "经查，该企业RTO焚烧炉检修期间部分废气经旁路直接排放，夜间异味明显。",
        "部分属实",
        "对该企业旁路排放行为立案处罚，责令其于2024年8月31日前完成废气收集系统改造；目前改造方案已编制完成，"
        "设备正在采购。",
        "阶段性办结",
        "濮阳县人民政府",
        "无",
    ),
    (
        "D410900202407120003",
        "反映清丰县城区某小区地下车库出口附近3家餐饮店油烟直排，扰民严重。",
        "清丰县",
        "大气",
        "经查，3家餐饮店均未安装油烟净化设施，油烟经排风扇直排。",
        "属实",
        "清丰县城市管理局已责令3家餐饮店安装油烟净化设施，其中2家已安装到位，1家正在安装，要求7月底前全部完成。",
        "阶段性办结",
        "清丰县人民政府",
        "无",
    ),
    (
        "X410900202407120004",
        "反映南乐县近德固乡一砖瓦厂在村北取土，取土坑深达5米，破坏耕地。",
        "南乐县",
        "土壤、生态",
        "经查，该砖瓦厂2022年以来在村北耕地内取土，形成取土坑2处，面积约11亩，深约4至5米。",
        "属实",
        "经调查属实。该取土坑复垦工作尚未启动。",
        "未办结",
        "南乐县人民政府",
        "无",
    ),
    (
        "D410900202407120005",
        "反映濮阳经济技术开发区一物流园内道路未硬化，大车带泥上路，扬尘严重。",
        "濮阳经济技术开发区",
        "大气",
        "经查，物流园场内道路约1200米未硬化，出入口未设置车辆冲洗平台。",
        "属实",
        "开发区管委会责令物流园硬化场内道路、设置车辆冲洗平台。7月13日复查，已整改到位。",
        "已办结",
        "濮阳经济技术开发区管理委员会",
        "无",
    ),
    (
        "X410900202407120006",
        "反映范县陈庄镇某村坑塘被倒入生活垃圾和畜禽粪便，水体发黑发臭。",
        "范县",
        "水",
        "经查，该坑塘面积约4亩，周边农户长期向坑塘倾倒生活垃圾，1家养殖户粪污直排入坑塘。",
        "属实",
        "陈庄镇已组织清理坑塘垃圾120余立方米，关停直排养殖户排污口，坑塘水体生态修复计划于2024年9月底前完成。",
        "阶段性办结",
        "范县陈庄镇人民政府",
        "约谈村党支部书记1人",
    ),
    (
        "D410900202407120007",
        "反映市区一KTV夜间营业噪声扰民。",
        "华龙区",
        "噪声",
        "经查，7月13日夜间对该KTV边界噪声进行监测，监测结果符合《社会生活环境噪声排放标准》。",
        "不属实",
        "不属实。已向举报人反馈核查结果。",
        "已办结",
        "市公安局",
        "无",
    ),
    (
        "D410900202407120008",
        "反映华龙区中原路街道一汽修厂露天喷漆，油漆味刺鼻。",
        "华龙区",
        "大气",
        "经查，该汽修厂未建设密闭喷漆房，在院内露天进行喷漆作业。",
        "属实",
        "市环保局华龙分局已对该汽修厂立案处罚并查封喷漆设备，责令其于2024年7月25日前建成密闭喷漆房；"
        "密闭喷漆房已建成，经复查合格。",
        "已办结",
        "市环保局",
        "无",
    ),
]


def write_petitions(path: Path) -> Path:
    b = Book(path, author="市督察整改办")
    ws = b.sheet("第十二批")
    b.widths(ws, [6, 22, 36, 12, 10, 34, 10, 40, 10, 18, 14])
    b.line(
        ws,
        0,
        "河南省第二生态环境保护督察组交办濮阳市第十二批群众信访举报件办理情况一览表",
        10,
        b.title,
    )
    b.line(
        ws,
        1,
        "7月12日，省第二生态环境保护督察组向我市交办第十二批群众信访举报件8件，“立行立改”事项自交办之日起整改。",
        10,
    )
    b.line(
        ws,
        2,
        "截至7月15日，全市已对第十二批8件信访举报件进行调查处理，其中，已办结4件、阶段性办结3件、未办结1件，"
        "责令整改5家，立案处罚2家。",
        10,
    )
    b.header(
        ws,
        3,
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
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PETITION_ROWS)
    b.line(ws, end, "相关信访举报件将持续按照督察组边督边改工作要求推进查处整改工作。", 10)
    b.line(ws, end + 1, "濮阳市生态环境保护督察整改工作领导小组办公室　　2024年7月15日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 流域生态环境问题整改销号清单, after a province's account of the 长江经济带生态环境问题 the state handed over
# (2018年、2019年、2020年分别移交问题20个、21个、21个; 已全部完成整改 / 已完成整改17个 / 已完成整改4个; 严格按照
# “清单制+责任制+销号制”要求，持续传导压力，强化跟踪督办):
# http://www.cnbz.gov.cn/xxgk/ztxx/zxzt/scssthjbhdc/dcdt/13078541.html
# An .xls (xlwt): title, 填报单位/截至 line, one header row with 问题名称 beside 主要问题, a 督导单位 column beside
# the 责任单位, deadlines as 年月底前 / dates / a year range / 长期坚持, a 销号情况 column after 整改进展, the items
# grouped under one row per 移交年度 (merged across, with its counts), a 备注 line and a signature line.
BASIN_GROUPS = [
    (
        "一、2022年移交问题（3个，已完成整改3个）",
        [
            (
                "金堤河入河排污口整治不到位",
                "金堤河濮阳县段3个入河排污口未完成溯源，雨季混排污水直排入河",
                "濮阳县",
                "濮阳县人民政府",
                "市生态环境局",
                "完成排污口溯源和规范化整治",
                "2023年12月底前",
                "已完成溯源整治，经市级验收合格",
                "已销号",
            ),
            (
                "黄河滩区违规建设养殖场",
                "范县陆集乡黄河滩区内建设规模养殖场2处，占用行洪通道",
                "范县",
                "范县人民政府",
                "市水利局",
                "拆除滩区内违规养殖设施",
                "2023年6月底前",
                "养殖设施已全部拆除，场地已复耕",
                "已销号",
            ),
            (
                "产业集聚区污水处理厂超负荷运行",
                "台前县产业集聚区污水处理厂长期超负荷运行，出水总磷超标",
                "台前县",
                "台前县人民政府",
                "市住房城乡建设局",
                "完成污水处理厂二期扩建",
                "2024年6月30日",
                "二期扩建工程已投运，出水稳定达标",
                "已申请销号，待省级验收",
            ),
        ],
    ),
    (
        "二、2023年移交问题（3个，已完成整改1个）",
        [
            (
                "城市建成区黑臭水体反弹",
                "马颊河南乐段支流永顺沟存在黑臭水体约1.2公里",
                "南乐县",
                "南乐县人民政府",
                "市生态环境局",
                "消除黑臭，水质稳定达标",
                "2024年6月底前",
                "已完成清淤和截污纳管，水质监测达标",
                "已销号",
            ),
            (
                "一般工业固体废物堆存不规范",
                "清丰县一废弃砖厂内堆存一般工业固废约3万吨，未采取防渗、防扬散措施",
                "清丰县",
                "清丰县人民政府",
                "市生态环境局",
                "完成固废清运和规范处置",
                "2024年底前",
                "已清运处置1.8万吨，剩余部分正在清运",
                "",
            ),
            (
                "老城区雨污管网混接错接",
                "华龙区老城区雨污管网混接错接，雨天溢流污水进入马颊河",
                "华龙区",
                "市住房城乡建设局",
                "市城市管理局",
                "完成老城区雨污分流改造28公里",
                "2023-2025年",
                "进展滞后，雨污分流改造工程尚未开工",
                "",
            ),
        ],
    ),
    (
        "三、2024年移交问题（2个，已完成整改0个）",
        [
            (
                "自然保护区核心区违规种植",
                "濮阳黄河湿地省级自然保护区核心区内违规种植速生杨约320亩",
                "濮阳县",
                "濮阳县人民政府",
                "市自然资源局",
                "清除核心区违规种植并开展生态修复",
                "2025年6月",
                "已制定清退方案，正在与承包户协商补偿",
                "",
            ),
            (
                "畜禽养殖粪污资源化利用不到位",
                "部分乡镇畜禽养殖粪污资源化利用设施配套不到位，粪污直排沟渠",
                "全市",
                "市农业农村局",
                "市生态环境局",
                "规模养殖场粪污处理设施配套率保持100%",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_basin(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    group, plain = _xf(bold=True), _xf(border=False)
    last = 10
    cells = [
        (0, 0, "濮阳市黄河流域生态环境突出问题整改销号清单", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室（代章）    截至时间：2024年7月26日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "问题名称",
        "主要问题",
        "县（区）",
        "责任单位",
        "督导单位",
        "整改目标",
        "整改时限",
        "整改进展",
        "销号情况",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for title, rows in BASIN_GROUPS:
        cells.append((r, 0, title, group, r, last))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (3, 7) else c))
            cells.append((r, last, "", c))
            r += 1
    cells += [
        (
            r,
            0,
            "备注：整改进展实行月调度，已完成整改问题按“清单制+责任制+销号制”要求申请验收销号。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审核：刘建华    填表：孟庆丽    联系电话：0393-4489102", plain, r + 1, last),
    ]
    widths = [6, 20, 36, 10, 18, 14, 24, 14, 30, 16, 8]
    return _write_xls(path, [("整改销号清单", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 自然保护区问题点位整改销号台账, after a city 林业和湿地保护局's account of its 环保督察点位销号工作 (督促各责任
# 单位完成整改工作任务，联合生态环境局对已完成整改点位现场检查验收; 已完成并上报省林草局整改销号材料171处，还有7处
# 整改点位销号材料正在办理当中，涉及国家级自然保护区1处，省级自然保护区3处……; 按照销号时限要求及时上报销号台账资料):
# http://www.panjin.gov.cn/html/2308/2021-12-22/content-109183.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 点位编号, 所在功能区, 面积（亩）, 整改责任单位, an 整改完成情况 column and a 销号情况 column, a 合计 row
# counting the points and summing the area, a 说明 line and a signature line.
RESERVE_ROWS = [
    (
        "PY-2023-01",
        "濮阳县",
        "核心区",
        "违规建筑",
        "核心区内建有看护房及养殖棚3处",
        1.20,
        "濮阳县渠村乡人民政府",
        "拆除建筑物，恢复植被",
        "2023.12.31",
        "已拆除并复绿",
        "已验收销号",
    ),
    (
        "PY-2023-02",
        "濮阳县",
        "缓冲区",
        "采砂遗留",
        "缓冲区内遗留采砂坑2处，未回填平整",
        15.60,
        "濮阳县自然资源局",
        "回填平整，恢复植被",
        "2024.6.30",
        "已完成回填平整和植被恢复",
        "销号材料正在办理",
    ),
    (
        "PY-2023-03",
        "范县",
        "实验区",
        "道路建设",
        "实验区内未批先建沥青道路约800米",
        4.80,
        "范县人民政府",
        "依法完善手续，不能完善的予以拆除",
        "2024.9.30",
        "补办手续材料已编制完成，报省林业局审核中",
        "未销号",
    ),
    (
        "PY-2023-04",
        "范县",
        "核心区",
        "农业开发",
        "核心区内开垦滩涂种植农作物",
        56.00,
        "范县辛庄镇人民政府",
        "退耕还湿",
        "2024年底前",
        "未整改",
        "未销号",
    ),
    (
        "PY-2024-05",
        "台前县",
        "缓冲区",
        "旅游设施",
        "缓冲区内建设观光栈道及游客服务点",
        2.30,
        "台前县人民政府",
        "拆除观光栈道及服务点",
        "2024.7.15",
        "已拆除",
        "已上报省林草局申请销号",
    ),
    (
        "PY-2024-06",
        "濮阳县",
        "实验区",
        "光伏项目",
        "实验区内光伏板阵列占用湿地",
        38.50,
        "濮阳县绿源光伏发电有限公司",
        "拆除光伏组件，修复湿地",
        "2025.6.30",
        "已拆除组件12.6亩，其余正在拆除",
        "未销号",
    ),
    (
        "PY-2024-07",
        "台前县",
        "实验区",
        "水产养殖",
        "实验区内网箱养殖尾水直排",
        6.70,
        "台前县农业农村局",
        "清退网箱，规范尾水处理",
        "2024.8.31",
        "",
        "",
    ),
    (
        "PY-2024-08",
        "范县",
        "缓冲区",
        "管护设施",
        "保护区界桩、标识牌缺失损毁",
        "",
        "市资规局",
        "补设界桩和标识牌",
        "长期坚持",
        "按季度巡查补设，长期坚持",
        "",
    ),
]


def write_reserve_book(path: Path) -> Path:
    b = Book(path, author="自然保护地管理科")
    ws = b.sheet("点位台账")
    b.widths(ws, [6, 12, 8, 10, 10, 32, 10, 22, 22, 12, 26, 20])
    b.line(ws, 0, "濮阳黄河湿地省级自然保护区生态环境保护督察问题点位整改销号台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局（自然保护地管理科）    填报日期：2024年7月29日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "点位编号",
            "县（区）",
            "所在功能区",
            "问题类型",
            "问题描述",
            "面积（亩）",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改完成情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(RESERVE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.money if c == 6 and v != "" else (b.center if c in (2, 3, 9) else None))
    end = 3 + len(RESERVE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"{len(RESERVE_ROWS)}处", b.center)
    for c in range(2, 6):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 6, round(sum(r[5] for r in RESERVE_ROWS if r[5] != ""), 2), b.money)
    for c in range(7, 10):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 10, "已完成整改3处", b.cell)
    b.put(ws, end, 11, "已验收销号1处", b.cell)
    b.line(
        ws, end + 1, "说明：销号材料报省林业局审核，经联合验收合格后销号；未到整改时限的点位按序时推进。", 11
    )
    b.line(ws, end + 2, "单位负责人：周立新    填表人：杜晓宁    联系电话：0393-4413572", 11)
    return b.close()


def write_reserve(path: Path) -> Path:
    return via_soffice(write_reserve_book, path, "xls", "自然保护区点位整改销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 自然保护地和生态保护红线疑似问题核查整改情况表, after a district 生态环境分局's account of its quarterly checks
# (根据市局下发的自然保护地和生态保护红线疑似问题，会同资规局、相关镇街道全力做好现场核查，对存在问题的点位督促相关
# 单位制定整改措施，督促整改到位; 已完成第一季度和第二季度共计17个疑似问题核查，其中有2个问题需要整改):
# http://www.fh.gov.cn/art/2022/5/25/art_1229634920_59081721.html
# An .xlsx: title, 填报单位/核查时间 line, a line with the quarter's counts, a two-row header (位置 over 乡镇/村,
# 核查情况 over 核查日期/核查结论/问题描述, 整改情况 over 是否完成/完成时间/备注), the 立行立改 row counted from its
# 核查日期, a 说明 line on the points that need no 整改 and a signature line.
REDLINE_ROWS = [
    (
        "HL2402-03",
        "岳村镇",
        "东北庄村",
        "生态保护红线内新增建设",
        date(2024, 5, 14),
        "属实",
        "生态保护红线内新建彩钢瓦简易厂房约600平方米",
        "华龙区岳村镇人民政府",
        "拆除违建厂房，恢复原状",
        date(2024, 6, 30),
        "是",
        date(2024, 6, 26),
        "",
    ),
    (
        "HL2402-05",
        "孟轲乡",
        "孟轲村",
        "挖沙取土",
        date(2024, 5, 16),
        "属实",
        "金堤河生态保护红线范围内存在取土坑1处，面积约3亩",
        "华龙区孟轲乡人民政府",
        "回填取土坑并复绿",
        date(2024, 7, 31),
        "否",
        "",
        "回填已完成约60%",
    ),
    (
        "HL2402-06",
        "岳村镇",
        "西北庄村",
        "固体废物堆放",
        date(2024, 5, 21),
        "属实",
        "生态保护红线内堆放建筑垃圾约200立方米",
        "华龙区岳村镇人民政府",
        "清运建筑垃圾",
        date(2024, 6, 15),
        "是",
        date(2024, 6, 12),
        "",
    ),
    (
        "HL2402-08",
        "岳村镇",
        "南田村",
        "养殖污染",
        date(2024, 5, 28),
        "部分属实",
        "红线内养殖场粪污未经处理直排坑塘",
        "濮阳市华龙区兴旺养殖专业合作社",
        "配套建设粪污处理设施",
        date(2024, 8, 31),
        "否",
        "",
        "已购置干湿分离设备，正在安装",
    ),
    (
        "HL2402-10",
        "孟轲乡",
        "后范庄村",
        "违规开垦",
        date(2024, 6, 4),
        "属实",
        "自然保护地内林地被开垦种植玉米约5亩",
        "华龙区孟轲乡人民政府",
        "秋收后退耕还林",
        "10月底前",
        "否",
        "",
        "",
    ),
    (
        "HL2402-11",
        "孟轲乡",
        "王什村",
        "道路建设",
        date(2024, 6, 11),
        "属实",
        "生态保护红线内未批先建生产道路约400米",
        "华龙区交通运输局",
        "补办手续或恢复原状",
        date(2024, 9, 30),
        "",
        "",
        "",
    ),
    (
        "HL2402-13",
        "孟轲乡",
        "孟轲村",
        "光伏项目",
        date(2024, 6, 17),
        "属实",
        "金堤河湿地内光伏支架施工未办理用地手续",
        "濮阳金堤新能源科技有限公司",
        "立即停止施工，拆除已建支架",
        "立行立改",
        "是",
        date(2024, 6, 18),
        "已停止施工并拆除支架",
    ),
]


def write_redline(path: Path) -> Path:
    b = Book(path, author="华龙分局")
    ws = b.sheet("核查整改情况")
    b.widths(ws, [6, 12, 10, 12, 16, 12, 10, 34, 24, 22, 12, 8, 12, 24])
    last = 13
    b.line(ws, 0, "2024年第二季度自然保护地和生态保护红线疑似问题核查整改情况表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境局华龙分局    核查时间：2024年5月至6月    填报日期：2024年7月25日",
        last,
    )
    b.line(
        ws,
        2,
        "第二季度市局下发疑似问题14个，会同相关乡镇完成现场核查14个，其中需整改7个，现将需整改问题整改情况报告如下：",
        last,
    )
    for c, word in [(0, "序号"), (1, "疑似问题编号"), (4, "疑似问题类型")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 2, 3, 3, "位置", b.head)
    b.header(ws, 4, ["乡镇", "村"], first=2)
    b.merge(ws, 3, 5, 3, 7, "核查情况", b.head)
    b.header(ws, 4, ["核查日期", "核查结论", "问题描述"], first=5)
    for c, word in [(8, "整改责任单位"), (9, "整改措施"), (10, "整改时限")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 11, 3, 13, "整改情况", b.head)
    b.header(ws, 4, ["是否完成", "完成时间", "备注"], first=11)
    for i, row in enumerate(REDLINE_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 3, 6, 10, 11) and not isinstance(v, date) else None)
    end = 5 + len(REDLINE_ROWS)
    b.line(
        ws,
        end,
        "说明：其余7个疑似问题经核查为已批准项目或地类误判，无需整改，未列入本表；“立行立改”事项以核查当日为整改时限。",
        last,
    )
    b.line(ws, end + 1, "审核人：韩卫东    填表人：崔静    联系电话：0393-8160327", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 卫片执法图斑违法用地整改台账 (two returns in one zip), after a city's report to the 国家土地督察 验收组 on its 土地
# 卫片执法检查 (全市364个土地卫片图斑，共合并为313宗地块，其中实际新增建设用地312宗; 违法用地22宗; 非立案处理2宗，
# 立案查处20宗，已全部结案; 对发现的问题限期纠正):
# http://mwia.cn/zx/1621.shtml
# A .zip (member names in GBK, as Windows' built-in zip writes them) holding an .xlsx from one county's 自然资源局 (the
# quarter's 图斑 counts in a line, a two-row header: 面积 over 总面积/其中耕地, 查处整改 over 处理方式/整改措施/
# 整改时限/整改情况, the town as 属地责任单位, a 合计 row) and a .docx table from another county's 自然资源局 whose
# rows name only its own 股室 and 大队.
QINGFENG_ROWS = [
    (
        "410922-2024Q1-0012",
        "马庄桥镇",
        "吕庄村",
        "清丰县恒运商贸有限公司",
        6.32,
        5.80,
        "未经批准占用耕地建设钢结构仓库及硬化场地",
        "立案查处",
        "没收地上建筑物",
        "2024年6月30日",
        "已下达行政处罚决定书，地上建筑物已没收，已结案",
        "清丰县马庄桥镇人民政府",
    ),
    (
        "410922-2024Q1-0015",
        "韩村镇",
        "西苑村",
        "村民张某",
        0.85,
        0.85,
        "未经批准占用耕地建设住宅",
        "立案查处",
        "拆除复耕",
        "2024年5月31日",
        "已拆除，复耕经验收合格",
        "清丰县韩村镇人民政府",
    ),
    (
        "410922-2024Q1-0021",
        "仙庄镇",
        "东苑村",
        "仙庄镇东苑村村民委员会",
        1.96,
        1.20,
        "未批先建村级文化广场",
        "非立案处理",
        "完善用地手续",
        "2024年9月底前",
        "正在组卷报批",
        "清丰县仙庄镇人民政府",
    ),
    (
        "410922-2024Q1-0027",
        "六塔乡",
        "六塔村",
        "濮阳市绿野农业开发有限公司",
        12.40,
        12.40,
        "设施农用地超出备案规模，超建看护房及硬化晒场",
        "立案查处",
        "拆除超建部分并复耕",
        "2024年7月31日",
        "未整改",
        "清丰县六塔乡人民政府",
    ),
    (
        "410922-2024Q1-0033",
        "城关镇",
        "北关村",
        "清丰县宏达建材厂",
        3.15,
        2.60,
        "非法占用耕地堆放砂石建材",
        "立案查处",
        "清理场地并复耕",
        "2024.8.15",
        "",
        "清丰县城关镇人民政府",
    ),
]
NANLE_ROWS = [
    (
        "千口镇第0008号图斑违法占用耕地建设仓储用房2.6亩，巡查发现后未及时制止",
        "执法监察大队",
        "立案查处，拆除复耕",
        "2024年6月底前",
        "已拆除复耕，已结案",
    ),
    ("2023年度卫片图斑举证材料归档不全", "耕地保护股", "补齐举证材料并归档", "7月15日", "已完成"),
    (
        "设施农业用地备案后未跟踪核查，部分设施改变用途",
        "国土空间用途管制股",
        "开展设施农业用地专项清查",
        "2024年9月30日",
        "正在清查，已核查38宗",
    ),
    (
        "违法用地动态巡查制度落实不到位，发现违法苗头未及时报告",
        "执法监察大队",
        "严格执行巡查日志和即时报告制度",
        "长期坚持",
        "长期坚持",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县自然资源局")
    ws = b.sheet("图斑整改台账")
    b.widths(ws, [6, 20, 10, 10, 24, 10, 10, 30, 12, 18, 16, 28, 22])
    last = 12
    b.line(ws, 0, "清丰县2024年第一季度卫片执法检查违法用地图斑整改台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县自然资源局    填报日期：2024年7月30日    面积单位：亩", last)
    b.line(ws, 2, "本季度下发图斑46个，合并为39宗地块，其中违法用地5宗：立案查处4宗，非立案处理1宗。", last)
    for c, word in [(0, "序号"), (1, "图斑编号"), (2, "乡镇"), (3, "村"), (4, "用地主体")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 6, "面积", b.head)
    b.header(ws, 4, ["总面积", "其中耕地"], first=5)
    b.merge(ws, 3, 7, 4, 7, "违法用地情况", b.head)
    b.merge(ws, 3, 8, 3, 11, "查处整改", b.head)
    b.header(ws, 4, ["处理方式", "整改措施", "整改时限", "整改情况"], first=8)
    b.merge(ws, 3, 12, 4, 12, "属地责任单位", b.head)
    for i, row in enumerate(QINGFENG_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c in (5, 6) else None)
    end = 5 + len(QINGFENG_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"{len(QINGFENG_ROWS)}宗", b.center)
    for c in range(2, 5):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 5, round(sum(r[4] for r in QINGFENG_ROWS), 2), b.money)
    b.put(ws, end, 6, round(sum(r[5] for r in QINGFENG_ROWS), 2), b.money)
    for c in range(7, last + 1):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 1, "填表人：宋晓燕    审核人：王建民    联系电话：0393-7221356", last)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("执法监察大队")
    _title(doc, "南乐县自然资源局2024年第一季度卫片执法问题整改情况", 18)
    _paragraph(doc, "填报单位：南乐县自然资源局（盖章）    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任股室", "整改措施", "完成时限", "整改进展"], body)
    _paragraph(doc, "填表人：赵敏    联系电话：0393-6218025", 12)
    return _save_fixed(doc, path)


def write_parcels_zip(path: Path) -> Path:
    members = [
        ("清丰县2024年第一季度卫片执法图斑整改台账.xlsx", write_qingfeng_book),
        ("南乐县自然资源局卫片执法问题整改情况.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 河湖清理整改情况“回头看”通报, after a county 河长制办公室's account of its 回头看 on two towns' 河湖清理 (检查组在
# 新庄河集贸市场旧桥上下游发现随意倾倒建筑及生活垃圾，并阻拦桥洞，影响行洪; 复查时前期指出的问题没有得到有效解决;
# 石井河板桥村桥头垃圾已经被清理干净，挖掘机正在河道内对自行排查出的其他问题进行清理整治):
# http://bid.caigoupt.com/info-92326496.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, a preamble stating the date the working-day
# limits count from, a table with the 首次检查 date beside the “回头看” findings (the progress, in words) and the
# 整改要求, deadlines as N个工作日内 / X月X日前 / X月底前, a closing paragraph, the office and date at the foot.
REVISIT_ROWS = [
    (
        "渠村乡人民政府",
        "黄河渠村引黄闸上游集市旧桥",
        "旧桥上下游随意倾倒建筑及生活垃圾，阻拦桥洞，影响行洪",
        "6月26日",
        "前期指出的问题没有得到有效解决，桥洞下仍堆有大量垃圾",
        "立即组织清理，恢复行洪断面",
        "3个工作日内",
    ),
    (
        "渠村乡人民政府",
        "青庄险工段",
        "河道管理范围内违规种植高秆作物约30亩",
        "6月26日",
        "高秆作物已全部清除",
        "巩固整治成果，防止反弹",
        "7月5日前",
    ),
    (
        "郎中乡人民政府",
        "回木沟郎中村段",
        "沟内漂浮物、杂草未清理，局部淤堵",
        "6月27日",
        "挖掘机正在沟内清理，已完成约三分之二",
        "加快清理进度",
        "7月20日前",
    ),
    (
        "郎中乡人民政府",
        "回木沟与第三濮清南干渠交汇处",
        "养殖户在沟边搭建简易棚舍，粪污顺坡流入沟内",
        "6月27日",
        "棚舍已拆除，现场已清理干净",
        "加强日常巡河",
        "7月10日前",
    ),
    (
        "习城乡人民政府",
        "金堤河习城段",
        "河堤坡面倾倒建筑垃圾约50立方米",
        "6月28日",
        "建筑垃圾已清运，坡面已平整",
        "加强日常巡河",
        "7月15日前",
    ),
    (
        "习城乡人民政府",
        "五星沟习城集段",
        "沟边一排水口晴天排放污水",
        "6月28日",
        "已临时封堵排水口，正在溯源排查污水来源",
        "查明污水来源，实施截污",
        "8月底前",
    ),
    (
        "梨园乡人民政府",
        "潴龙河梨园段",
        "河道内遗留施工围堰未拆除，阻水严重",
        "6月28日",
        "施工单位未进场，围堰仍未拆除",
        "责成施工单位拆除围堰",
        "3个工作日内",
    ),
]


def write_revisit_docx(path: Path) -> Path:
    doc = _new_document("县河长办")
    _title(doc, "濮阳县河长制办公室关于河湖清理整改情况“回头看”的通报", 20)
    _paragraph(doc, "各乡（镇）河长制办公室：")
    _paragraph(
        doc,
        "为推进河湖长制工作全面落实，7月8日至10日，县河长制办公室对渠村乡、郎中乡、习城乡、梨园乡河湖清理工作"
        "整改情况进行了“回头看”。现将有关情况通报如下，请各责任单位按要求整改到位，整改时限自本通报印发之日"
        "（2024年7月11日）起计算：",
    )
    body = [[str(i), *row] for i, row in enumerate(REVISIT_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "责任单位",
            "河道及位置",
            "首次检查发现问题",
            "首次检查时间",
            "“回头看”情况",
            "整改要求",
            "整改时限",
        ],
        body,
        size=10,
    )
    _paragraph(
        doc,
        "对“回头看”中仍未整改到位的问题，县河长办将再次现场核查，对行动缓慢、整改不力的予以通报问责。",
    )
    _paragraph(doc, "濮阳县河长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月11日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_revisit(path: Path) -> Path:
    return via_soffice(write_revisit_docx, path, "doc", "河湖清理整改回头看通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 河湖长制年度工作任务落实情况, after a published list of 河长制 工作任务 (健全组织体系，设立村级河道专管员; 制定
# 年度总体目标，细化年度计划任务、治理项目清单、进度要求、完成时限、责任单位和责任人; 各级财政落实河长制专项经费，
# 保障河道专管员补助; 建立“一河一档一策”; 乡镇生活污水处理设施建设; 重点行洪河段内侵占河道清理; 禁养区生猪养殖场
# 关闭拆迁; 主要农作物化肥、农药使用量控制; 设区城市建成区黑臭水体治理):
# https://021exide.com/gongwendaquan2/15255.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table of the year's tasks with 责任单位 (short and former
# names of the bureaus), 完成时限 as dates, 月底前, 上半年, a schedule text and 长期坚持, and 落实情况, a closing
# paragraph, the office and date at the foot.
RIVER_TASK_ROWS = [
    (
        "完善市、县、乡、村四级河长组织体系，设立村级河道专管员",
        "市水利局",
        "2024年3月底前",
        "已完成，全市设立村级河道专管员2036名",
    ),
    (
        "建立“一河一档一策”，完成市级河湖“一河一策”方案修编",
        "市水务局",
        "2024年9月底前",
        "方案初稿已完成，正在征求成员单位意见",
    ),
    (
        "推进乡镇生活污水处理设施建设，完成12个乡镇污水处理站提标改造",
        "市住建局",
        "2024年11月30日",
        "已完工7个，其余5个正在施工",
    ),
    (
        "禁养区内生猪养殖场关闭搬迁，完成剩余9家搬迁任务",
        "市农委",
        "2024年6月30日",
        "尚未启动",
    ),
    (
        "主要农作物化肥、农药使用量实现零增长，利用率稳步提高",
        "市农业农村局",
        "长期坚持",
        "常态化推进",
    ),
    (
        "巩固城市建成区黑臭水体治理成效，防止返黑返臭",
        "市城管局",
        "2024年12月31日",
        "",
    ),
    (
        "落实河长制专项经费，保障河道专管员补助及巡河设施设备配置",
        "市财政局",
        "2024年上半年",
        "已拨付专项经费860万元，全部落实到位",
    ),
    (
        "开展重点行洪河段内侵占河道问题清理",
        "市水利局",
        "3月底前完成排查，6月底前完成清理，12月底前完成复核",
        "排查和清理已完成，复核正在进行",
    ),
]


def write_river_tasks_docx(path: Path) -> Path:
    doc = _new_document("市河长办")
    _title(doc, "濮阳市2024年河湖长制重点工作任务落实情况")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据《濮阳市2024年河湖长制工作要点》，市河长制办公室对各责任单位承担的年度重点任务逐项进行了调度，"
        "明确了完成时限和责任单位。现将截至7月25日的落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(RIVER_TASK_ROWS, 1)]
    _table(doc, ["序号", "工作任务", "责任单位", "完成时限", "落实情况"], body)
    _paragraph(doc, "下一步，市河长办将对进度滞后的任务实行挂牌督办，按月通报各责任单位任务落实情况。")
    _paragraph(doc, "濮阳市河长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_river_tasks(path: Path) -> Path:
    return via_soffice(write_river_tasks_docx, path, "doc", "河湖长制重点工作任务落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 人居环境“五清五查”集中整治问题排查台账, after a township's account of its “五清五查” (农户自查户内; 村组干部查
# 村内道路，制定排查台账，组织公岗及时整改; 乡村河长查河道; 乡村干部排查田间地头是否用旧条幅、破包装袋、废旧农膜
# 作围栏; 分管领导查乡域环境，门头牌匾、店外门前“三包”; 纳入村规民约，完善卫生保洁制度):
# https://www.zjc.gov.cn/info/10211/925262.htm
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (整改情况 over three tick columns 已整改/整改中/未整改),
# the 排查类别 and the 排查人 (who found it) beside an explicit 责任村（单位）, deadlines as X月X日前 / X月底前 / a
# date / 长期坚持, a 备注 column, a 说明 line and a signature line.
FIVE_CHECK_ROWS = [
    (
        "户内查",
        "农户自查",
        "杨村村3户院落内杂物乱堆乱放，生活垃圾未入桶",
        "督促农户清理院落，垃圾入桶",
        "杨村村村民委员会",
        "7月15日前",
        "已整改",
        "",
    ),
    (
        "道路查",
        "村组干部",
        "孔村通村道路排水渠堵塞，路肩杂草丛生",
        "组织公益岗位人员清理排水渠、修剪杂草",
        "孔村村民委员会",
        "7月20日前",
        "整改中",
        "",
    ),
    (
        "河道查",
        "村级河长",
        "马颊河东姚村段河面有漂浮垃圾，河坡倾倒生活垃圾",
        "打捞漂浮物，清理河坡垃圾，设置警示牌",
        "东姚村村民委员会",
        "7月10日前",
        "已整改",
        "",
    ),
    (
        "田间查",
        "乡村干部",
        "西姚村田间地头用废旧条幅、破包装袋、废旧农膜作围栏",
        "拆除清理废旧围挡",
        "西姚村村民委员会",
        "7月31日前",
        "未整改",
        "",
    ),
    (
        "乡域查",
        "分管领导",
        "集镇门店牌匾破损，店外乱摆乱放，门前“三包”未落实",
        "规范门头牌匾，签订门前“三包”责任书",
        "南乐县杨村乡人民政府",
        "8月底前",
        "整改中",
        "",
    ),
    (
        "户内查",
        "农户自查",
        "孔村2处废弃房屋残垣断壁未清理",
        "拆除残垣断壁，平整场地",
        "孔村村民委员会",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "道路查",
        "村组干部",
        "东姚村背街小巷堆放建筑垃圾，保洁不及时",
        "清运建筑垃圾，落实保洁责任",
        "东姚村村民委员会",
        "长期坚持",
        "",
        "纳入村规民约，常态化保洁",
    ),
    (
        "河道查",
        "村级河长",
        "后杨村排水沟向河道排放生活污水",
        "截污并接入村污水管网",
        "后杨村村民委员会",
        "10月底前",
        "整改中",
        "",
    ),
    (
        "乡域查",
        "分管领导",
        "学校围墙外堆放垃圾、杂物，校门口周边环境脏乱",
        "清理围墙外垃圾杂物，落实校园周边保洁",
        "南乐县杨村乡第一初级中学",
        "7月12日前",
        "已整改",
        "",
    ),
]


def write_five_checks(path: Path) -> Path:
    b = Book(path, author="乡村振兴办")
    ws = b.sheet("排查台账")
    b.widths(ws, [6, 10, 10, 40, 30, 20, 14, 8, 8, 8, 22])
    last = 10
    b.line(ws, 0, "杨村乡人居环境“五清五查”集中整治问题排查台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县杨村乡人民政府（乡村振兴办）    排查时间：2024年7月1日—7月10日    填报日期：2024年7月26日",
        last,
    )
    for c, word in [
        (0, "序号"),
        (1, "排查类别"),
        (2, "排查人"),
        (3, "发现问题"),
        (4, "整改措施"),
        (5, "责任村（单位）"),
        (6, "整改时限"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=7)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, (kind, who, problem, measure, unit, limit, state, note) in enumerate(FIVE_CHECK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, who, problem, measure, unit], first=1)
        b.put(ws, r, 6, limit, b.center)
        for c, word in enumerate(["已整改", "整改中", "未整改"], 7):
            b.put(ws, r, c, TICK if state == word else "", b.center)
        b.put(ws, r, 10, note)
    end = 4 + len(FIVE_CHECK_ROWS)
    b.line(ws, end, "说明：整改情况在对应栏内打“√”；常态化保洁事项纳入村规民约长期坚持。", last)
    b.line(ws, end + 1, "审核人：王志刚    填表人：李晓蕾    联系电话：0393-7612038", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 农村户厕问题摸排整改情况报告, after a published 关于全市农村厕所改造情况的调研报告 (采取听汇报、入户查看等方式
# 对各乡镇街农村厕所改造开展专项调研; 随机抽查、整村排查: 正常使用、闲置、无法使用、拆除户数; 水厕改造存在问题较多、
# 使用率较低; 存在的问题及原因分析; 整改建议):
# https://m.wnwk.com/doc/2363290.html
# A .docx: title, 主送, preamble, the problems as numbered paragraphs （一）…（七） each naming the town (or the bureau
# itself and its 股) that must deal with it, the measure, the deadline and the progress in sentences, a closing
# paragraph, the bureau and date at the foot.
TOILET_PARAS = [
    (
        "（一）陈庄镇部分2019年改造的水冲式户厕化粪池渗漏、过粪管装反，摸排发现无法正常使用的问题厕所43户。"
        "由陈庄镇人民政府负责，组织原施工单位逐户返修，2024年8月31日前完成。目前已返修28户。"
    ),
    (
        "（二）王楼镇新厕建成后原有旱厕未拆除的有126户，影响村容村貌。由王楼镇人民政府负责动员农户拆除旧厕，"
        "6月底前完成。已全部拆除到位。"
    ),
    (
        "（三）全县农村户厕改造台账与实际改厕数量不一致，部分村未建立改厕台账。由县农业农村局农村社会事业股"
        "负责逐村核对，7月20日前完成台账核对和补建。已完成。"
    ),
    (
        "（四）辛庄镇联户户厕覆盖半径过大，蹲位数量不足，群众使用不便。由辛庄镇人民政府负责增建蹲位，"
        "年底前完成。目前尚未启动。"
    ),
    (
        "（五）部分乡镇粪污抽运服务不到位，存在粪满无人抽、抽出后随意排放的问题。由县农业农村局牵头，"
        "各乡镇配合建立粪污抽运服务队伍，长期坚持。"
    ),
    (
        "（六）颜村铺乡改厕奖补资金拨付滞后，施工单位尾款未结清。由颜村铺乡人民政府负责，2024年9月30日前"
        "拨付到位。"
    ),
    (
        "（七）高码头镇部分新改户厕厨卫不分、隔断未到顶。由高码头镇人民政府负责，整改期限为7月31日。"
        "经县级复查，已验收合格。"
    ),
]


def write_toilets(path: Path) -> Path:
    doc = _new_document("农村社会事业股")
    _title(doc, "范县农业农村局关于农村户厕问题摸排整改情况的报告")
    _paragraph(doc, "市农村人居环境整治工作领导小组办公室：")
    _paragraph(
        doc,
        "按照《关于开展农村户厕问题摸排整改“回头看”的通知》要求，我局会同各乡镇对2019年以来改造的农村户厕进行"
        "了全面摸排，采取听汇报、入户查看等方式，共发现7个方面的问题。现将整改情况报告如下：",
    )
    for text in TOILET_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将坚持“建管并重”，对整改进度滞后的乡镇进行约谈，确保问题厕所整改到位。")
    _paragraph(doc, "范县农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 河道整治信息导出, after a river-management app's 河道整治信息实体 (RiverID 河道编号, RiverName 河道名称, TownName
# 街镇名称, length 长度, Detail 整治内容, Des 整治情况 such as “正在整治”, Count 整治次数, RTime 完成时间, Project 整治
# 项目, RateType 整治计划, Content 现场评价, StartTime 开工时间, FinTime 计划完成时间, Describe 现场情况描述, Note 备注,
# AdviseNote 建议, Rate 改造进度 “迟滞” only while 正在改造, Res 改造效果 only once 改造完成):
# https://github.com/tozzais/electronicsystem/blob/9b09add63b7905d63f5dc3006bbc0c0d862577c4/baselibrary/src/main/java/com/gaocheng/baselibrary/bean/net/RiverRegulationInfoBean.java
# A CSV in UTF-8 with a BOM, as the system's 导出 writes it: one header line in the entity's own field names, one line a
# river section, the town only as 街镇名称 (no 责任单位 column), dates as yyyy-MM-dd, the 开工时间 an event, the
# 计划完成时间 the deadline, 完成时间 filled once done.
RIVER_FIELDS = [
    "河道编号",
    "河道名称",
    "街镇名称",
    "长度（米）",
    "整治项目",
    "整治内容",
    "整治计划",
    "整治次数",
    "开工时间",
    "计划完成时间",
    "完成时间",
    "整治情况",
    "改造进度",
    "改造效果",
    "现场情况描述",
    "现场评价",
    "建议",
    "备注",
]
RIVER_ROWS = [
    (
        "HL-R003",
        "第三濮清南干渠（岳村段）",
        "岳村镇",
        "2860",
        "2024年河道清淤",
        "清淤疏浚",
        "年度计划",
        "1",
        "2024-03-15",
        "2024-05-31",
        "2024-05-28",
        "已完成",
        "",
        "达标",
        "河道淤积严重，过水断面减少约三分之一",
        "良好",
        "",
        "",
    ),
    (
        "HL-R007",
        "马颊河（孟轲段）",
        "孟轲乡",
        "4120",
        "岸坡整治",
        "岸坡修复",
        "年度计划",
        "1",
        "2024-04-10",
        "2024-08-31",
        "",
        "正在整治",
        "迟滞",
        "",
        "左岸岸坡冲刷坍塌3处，总长约260米",
        "一般",
        "加快施工进度",
        "",
    ),
    (
        "HL-R011",
        "潴龙河（胜利路段）",
        "胜利路街道",
        "1530",
        "综合整治",
        "截污纳管",
        "年度计划",
        "2",
        "2024-05-06",
        "2024-07-15",
        "2024-07-12",
        "已完成",
        "",
        "达标",
        "沿河3处雨水排口晴天排放污水",
        "良好",
        "",
        "",
    ),
    (
        "HL-R014",
        "东北庄排涝沟",
        "岳村镇",
        "2200",
        "河道保洁",
        "垃圾清理",
        "专项整治",
        "0",
        "",
        "2024-07-20",
        "",
        "未开工",
        "",
        "",
        "沟内及两岸堆积生活垃圾、建筑垃圾，水面漂浮物较多",
        "差",
        "立即组织清理",
        "",
    ),
    (
        "HL-R019",
        "金堤河（孟轲段）",
        "孟轲乡",
        "5300",
        "综合整治",
        "清理“四乱”",
        "专项整治",
        "1",
        "2024-06-01",
        "2024-12-31",
        "",
        "正在整治",
        "",
        "",
        "河道管理范围内违建养殖棚5处，多处堆放秸秆",
        "一般",
        "",
        "",
    ),
    (
        "HL-R022",
        "濮水河（中原路段）",
        "中原路街道",
        "980",
        "生态修复",
        "水生植物补植",
        "年度计划",
        "0",
        "",
        "2024-09-30",
        "",
        "",
        "",
        "",
        "河道水生植物退化，局部水体富营养化",
        "",
        "",
        "",
    ),
    (
        "HL-R025",
        "引黄入濮调节池进水渠",
        "黄河路街道",
        "1650",
        "河道保洁",
        "日常保洁",
        "常态化",
        "",
        "",
        "",
        "",
        "常态化管护",
        "",
        "",
        "渠道两侧杂草丛生，保洁频次不足",
        "一般",
        "落实专职保洁人员",
        "",
    ),
]


def write_river_export(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(RIVER_FIELDS)
    for row in RIVER_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


FILES = [
    ("生态环境保护督察第十二批信访举报件办理情况一览表.xlsx", write_petitions),
    ("濮阳市黄河流域生态环境突出问题整改销号清单.xls", write_basin),
    ("濮阳黄河湿地自然保护区督察问题点位整改销号台账.et", write_reserve),
    ("2024年第二季度自然保护地和生态保护红线疑似问题核查整改情况表.xlsx", write_redline),
    ("2024年第一季度卫片执法违法用地图斑整改台账（清丰县、南乐县）.zip", write_parcels_zip),
    ("濮阳县河长办关于河湖清理整改情况“回头看”的通报.wps", write_revisit),
    ("濮阳市2024年河湖长制重点工作任务落实情况.doc", write_river_tasks),
    ("杨村乡人居环境“五清五查”集中整治问题排查台账.xlsx", write_five_checks),
    ("范县农业农村局关于农村户厕问题摸排整改情况的报告.docx", write_toilets),
    ("河道整治信息_导出_20240729.csv", write_river_export),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

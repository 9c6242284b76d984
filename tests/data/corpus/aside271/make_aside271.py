"""Write the aside271 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 消防安全与应急管理、防汛抗旱、森林防火、地质灾害、校园和医院安全检查整改 (检查记录表, 责令整改通知回执,
复查表). Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted by LibreOffice to
Excel 97), .ods (LibreOffice), a CSV in GBK, a .docx whose items are numbered paragraphs, a .wps (a .docx converted by
LibreOffice to Word 97) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside271.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 重点水利工程防汛抗旱督导检查问题整改台账, after a town's account of its 防汛抗旱督导检查 of the reservoirs under it
# (检查组“实地巡查+一线问效”; 听取村“两委”汇报; 检查防汛备料储备、启闭机维护、溢洪道清淤及背面坡杂草清理等关键环节;
# 针对发现的问题现场提出整改要求，明确责任人和时限，确保隐患动态清零):
# http://www.grosea.com/index/news/article/id/71886.html
# An .xlsx (a 检查记录表 turned ledger): title, 检查组/检查日期 line the 立行立改 rows count from, a two-row header
# (责任落实 over 责任单位 and 责任人, 整改情况 over 清零情况 and 备注), progress as 已清零/未清零 with a 备注, a 注 line
# and a signature line.
FLOOD_TOWN_ROWS = [
    (
        "陈庄引黄闸",
        "陈庄村",
        "启闭机维护",
        "引黄闸启闭机钢丝绳锈蚀，未按规定涂油保养",
        "更换钢丝绳并涂油保养",
        "陈庄镇水利站",
        "刘国栋",
        "2024年6月30日",
        "已清零",
        "6月25日完成更换",
    ),
    (
        "司马庄排涝站",
        "司马庄村",
        "防汛备料",
        "排涝站防汛物资储备不足，编织袋、铁锨数量达不到储备标准",
        "按储备标准补齐防汛物资",
        "司马庄村村民委员会",
        "王建设",
        "7月10日前",
        "未清零",
        "已补充编织袋300条，铁锨待采购",
    ),
    (
        "滩区避水台",
        "前董村",
        "排水沟清淤",
        "避水台四周排水沟淤积严重，过水断面不足",
        "组织机械清淤",
        "陈庄镇水利站",
        "刘国栋",
        "立行立改",
        "已清零",
        "",
    ),
    (
        "刘楼坑塘",
        "刘楼村",
        "坡面杂草清理",
        "坑塘迎水坡杂草丛生，影响汛期巡查",
        "清除坡面杂草",
        "刘楼村村民委员会",
        "刘长青",
        "立行立改",
        "",
        "",
    ),
    (
        "东沟渠节制闸",
        "孙楼村",
        "值班值守",
        "节制闸汛期值班表未上墙，值班人员联系方式未公示",
        "值班表上墙并公示联系方式",
        "陈庄镇应急管理办公室",
        "马晓辉",
        "6月20日前",
        "已清零",
        "",
    ),
    (
        "孙庄排灌站",
        "孙庄村",
        "蓄水供水",
        "排灌站机电设备绝缘老化，汛前未进行试机运行",
        "委托检修并试机运行",
        "孙庄村村民委员会",
        "孙红旗",
        "2024年7月31日",
        "未清零",
        "已联系县水利局机电队检修，计划8月上旬试机",
    ),
    (
        "镇防汛物资仓库",
        "陈庄村",
        "防汛备料",
        "镇级防汛物资仓库台账与实物不符，部分救生衣过期未更换",
        "清点物资，更新台账，建立季度清点制度",
        "陈庄镇党政综合办公室",
        "赵文华",
        "长期坚持",
        "",
        "已更换救生衣50件，季度清点常态化开展",
    ),
    (
        "张庄引水渠",
        "张庄村",
        "渠道清淤",
        "引水渠穿村段被倾倒建筑垃圾，阻水严重",
        "清运垃圾，疏通渠道",
        "张庄村村民委员会",
        "张永军",
        "6月底前",
        "未清零",
        "未启动",
    ),
]


def write_flood_town(path: Path) -> Path:
    b = Book(path, author="陈庄镇防汛办")
    ws = b.sheet("督导检查问题台账")
    b.widths(ws, [6, 16, 10, 12, 38, 24, 20, 10, 14, 10, 30])
    b.line(ws, 0, "陈庄镇重点水利工程防汛抗旱督导检查问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查组：陈庄镇防汛抗旱指挥部办公室    检查日期：2024年6月12日    填报日期：2024年7月26日",
        10,
    )
    for c, word in enumerate(["序号", "工程名称", "所在村", "检查环节", "发现问题", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "责任落实", b.head)
    b.header(ws, 3, ["责任单位", "责任人"], first=6)
    b.merge(ws, 2, 8, 3, 8, "整改时限", b.head)
    b.merge(ws, 2, 9, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["清零情况", "备注"], first=9)
    for i, row in enumerate(FLOOD_TOWN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FLOOD_TOWN_ROWS)
    b.line(
        ws,
        end,
        "注：“立行立改”事项自检查当日起整改；清零情况填“已清零”或“未清零”，隐患动态清零后销号。",
        10,
    )
    b.line(ws, end + 1, "审核人：郭振宇    填表人：李晓燕    联系电话：0393-5361102", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 防汛暗访督查发现问题整改情况报告, after a river commission's “四不两直” 暗访督查 (堤防巡查值守: 责任制落实、队伍组织、
# 巡堤查险、交接班制度、巡堤查险记录; 小型水库“三个责任人”履职; 水闸责任体系、安全管理、日常维护; 山洪灾害防御的
# 监测站点运行和预警信息发布; 防汛物资):
# http://news.yktworld.com/china/202007090853401643064.html
# A .docx report: title, 主送, preamble, items as numbered paragraphs under four 方面 headings, each naming its
# 责任单位 (short and former names) and 整改时限 in the sentence and telling the progress in words; closing
# paragraph, the office and date at the foot.
FLOOD_VISIT_SECTIONS = [
    (
        "一、堤防巡查值守方面",
        [
            "1.濮阳县渠村乡黄河大堤巡堤查险人员交接班制度落实不到位，巡查记录存在代签、补记现象。"
            "责任单位：濮阳县渠村乡人民政府；整改时限：2024年6月25日。已重新明确交接班制度，巡查记录改为"
            "现场签字并拍照上传，整改完成。",
            "2.金堤河范县段部分堤防獾洞、水沟浪窝未及时处理。责任单位：市水务局；整改时限：7月15日前。"
            "已处理獾洞12处，剩余水沟浪窝正在填垫。",
            "3.台前县孙口镇引黄闸公示的管理责任人与实际在岗人员不一致，值班人员不熟悉启闭操作规程。"
            "责任单位：台前县水利局；整改时限：2024年7月5日。已调整公布闸门管理责任人，组织启闭操作培训1次，"
            "已整改。",
        ],
    ),
    (
        "二、城市防洪排涝方面",
        [
            "4.中心城区京开大道下穿通道积水监测及警示设施损坏，强降雨时无法自动报警。责任单位：市城管执法局；"
            "整改时限：6月底前。已更换积水监测设备，警示屏正在调试。",
            "5.部分老旧小区地下车库出入口未配备挡水板、沙袋等防倒灌设施。责任单位：市建委；整改时限："
            "2024年9月30日。已督促物业企业配备挡水板126块，尚有23个小区未配齐。",
            "6.城区3处易涝点排涝泵站双回路供电未落实，备用电源缺失。责任单位：供电公司；整改时限：7月底前"
            "完成2处，年底前全部完成。目前尚未启动。",
        ],
    ),
    (
        "三、防汛物资和队伍准备方面",
        [
            "7.部分乡镇防汛抢险队伍人员名单未及时更新，存在外出务工人员仍在名单内的情况。责任单位：市安监局；"
            "整改时限：长期坚持。已督促各县（区）按月更新抢险队伍名单，常态化推进。",
            "8.市级防汛物资储备库冲锋舟发动机未定期试机，2台无法启动。责任单位：市应急局；整改时限："
            "2024年7月10日。已送修，经试机运行正常，已销号。",
        ],
    ),
    (
        "四、监测预警方面",
        [
            "9.气象预警信息未实现向村级防汛责任人手机短信全覆盖。责任单位：市气象局；整改时限：8月31日前。",
        ],
    ),
]


def write_flood_visit(path: Path) -> Path:
    doc = _new_document("市防办")
    _title(doc, "濮阳市防汛抗旱指挥部办公室关于汛期防汛暗访督查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年6月17日至21日，市防指采取“四不两直”方式，对各县（区）和市防指有关成员单位堤防巡查值守、"
        "水闸安全运行、城市防洪排涝、防汛物资和队伍准备等情况进行了暗访督查，共发现问题9个。"
        "现将整改情况报告如下：",
    )
    for heading, paras in FLOOD_VISIT_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，市防办将对未完成整改的问题持续跟踪督办，实行销号管理，确保安全度汛。")
    _paragraph(doc, "濮阳市防汛抗旱指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 森林防火暗访督查问题整改销号表, after a city 林业局's 春季森林防火暗访督查行动 (12个督导组深入区县、乡镇(森林经营
# 单位)、村(社区); 了解防火责任落实、森林防火宣传教育、野外火源管控、火险隐患排查治理; 发现管控力度不够、扑火装备
# 维护不到位、值班记录不完善等问题; 对照隐患清单立行立改):
# http://www.jcdlsb.cn/cdzx/bmdt/content_903267
# An .xls (xlwt): title, 督导单位/填报日期 line, one header row with each row's 督查日期 (the 立行立改 rows count from
# it), 问题类别, a 整改结果 column and a separate 销号情况 column, a 注 line and a signature line.
FOREST_ROWS = [
    (
        "2024.3.12",
        "清丰县",
        "清丰县国有林场",
        "扑火装备",
        "林场扑火机具未定期维护，3台风力灭火机无法启动",
        "清丰县国有林场",
        "检修扑火机具，建立维护台账",
        "立行立改",
        "已完成维修",
        "已销号",
    ),
    (
        "2024.3.12",
        "清丰县",
        "韩村镇",
        "值班值守",
        "镇森林防火值班记录不完善，夜间值班无带班领导签字",
        "清丰县韩村镇人民政府",
        "规范值班记录，落实领导带班",
        "立行立改",
        "已整改",
        "已销号",
    ),
    (
        "2024.3.13",
        "清丰县",
        "马庄桥镇前王村",
        "野外火源管控",
        "林区周边焚烧秸秆、烧荒现象管控力度不够，村口未设防火检查卡点",
        "清丰县马庄桥镇人民政府",
        "设置防火检查卡点，加强巡查",
        "2024年3月20日",
        "已设置防火检查卡点2处，整改到位",
        "",
    ),
    (
        "2024.3.13",
        "清丰县",
        "六塔乡",
        "扑火队伍",
        "乡级半专业扑火队员仅12人，未达到20人配备标准",
        "清丰县六塔乡人民政府",
        "补齐扑火队员并开展培训",
        "年底前",
        "未整改",
        "",
    ),
    (
        "2024.3.14",
        "南乐县",
        "南乐县国有林场",
        "宣传教育",
        "林区入口防火宣传牌破损，未悬挂森林防火禁火令",
        "南乐县国有林场",
        "更换宣传牌，张贴禁火令",
        "3月底前",
        "已更换宣传牌4块",
        "已销号",
    ),
    (
        "2024.3.14",
        "南乐县",
        "近德固乡",
        "火险隐患排查",
        "林下堆放枯枝落叶及柴草未清理，隐患排查台账未建立",
        "南乐县近德固乡人民政府",
        "清理林下可燃物，建立隐患排查台账",
        "立行立改",
        "柴草已清理，隐患排查台账正在建立",
        "",
    ),
    (
        "2024.3.15",
        "南乐县",
        "杨村乡",
        "防火责任落实",
        "护林员巡护APP使用率低，部分护林员不在岗",
        "南乐县杨村乡人民政府",
        "落实护林员在岗考勤",
        "长期坚持",
        "已建立护林员日考勤制度，长期坚持",
        "",
    ),
    (
        "2024.3.15",
        "清丰县",
        "清丰县自然资源局",
        "防火责任落实",
        "县级森林防火指挥部成员单位责任清单未更新",
        "清丰县自然资源局",
        "更新成员单位责任清单并印发",
        "2024年10月31日前",
        "",
        "",
    ),
]


def write_forest(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年春季森林防火暗访督查问题整改销号表（第二督导组）", t, 0, 10),
        (
            1,
            0,
            "督导单位：濮阳市自然资源和规划局第二督导组    督导范围：清丰县、南乐县    填报日期：2024年7月24日",
            plain,
            1,
            10,
        ),
    ]
    words = [
        "序号",
        "督查日期",
        "县（区）",
        "督查点位",
        "问题类别",
        "存在问题",
        "责任单位",
        "整改要求",
        "整改时限",
        "整改结果",
        "销号情况",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(FOREST_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 8, 10) else c))
    r = 3 + len(FOREST_ROWS)
    cells += [
        (
            r,
            0,
            "注：“立行立改”事项以督查当日为整改时限；整改到位的问题经督导组复核后销号。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "填表人：高建军    审核人：宋立平    联系电话：0393-4412655", plain, r + 1, 10),
    ]
    return _write_xls(path, [("销号表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 重大火灾隐患单位整改销案情况表, after a city 消防支队's 集中“会诊” of its 重大火灾隐患单位 (召集53家单位的法定代表人、
# 消防安全管理人分组约谈; 明确主体责任，细化量化整改措施; 单位负责人签订《重大火灾隐患整改工作承诺书》; 已有10家整改
# 完毕销案):
# http://xian.baogaosu.com/xinwen/%E9%87%8D%E5%A4%A7%E7%81%AB%E6%82%A3%E5%8D%95%E4%BD%8D%E4%B8%8E%E6%B6%88%E9%98%B2%E9%83%A8%E9%97%A8%E7%AD%BE%E6%95%B4%E6%94%B9/24327913/
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/截至 line, one
# header row with the 法定代表人 and 消防安全管理人 beside the unit, a 承诺整改完成时间 and a 是否销案 column (是/否),
# a 合计 row, a 注 line and a signature line.
FIRE_MAJOR_ROWS = [
    (
        "华龙区",
        "濮阳市金汇商贸城有限公司",
        "商贸城自动喷水灭火系统瘫痪，消防水泵不能自动启动",
        "张金海",
        "李伟",
        "2024年6月30日",
        "已完成喷淋管网改造和消防水泵控制柜更换，经检测合格",
        "是",
    ),
    (
        "华龙区",
        "濮阳市宏达宾馆",
        "宾馆一部疏散楼梯被封堵，疏散楼梯数量不足",
        "王立新",
        "王磊",
        "2024年7月20日",
        "已拆除封堵物，恢复疏散楼梯",
        "是",
    ),
    (
        "濮阳县",
        "濮阳县鑫源纺织有限公司",
        "生产车间与员工宿舍设置在同一建筑内，形成“三合一”场所",
        "刘海生",
        "陈静",
        "2024年9月30日",
        "员工宿舍已搬离40人，剩余宿舍正在改造",
        "否",
    ),
    (
        "清丰县",
        "河南林兴家具制造有限公司",
        "喷漆车间违规采用易燃夹芯彩钢板搭建",
        "林兴旺",
        "周凯",
        "2024年12月31日",
        "已制定拆除重建方案，资金正在筹措",
        "否",
    ),
    (
        "南乐县",
        "南乐县百货大楼有限责任公司",
        "火灾自动报警系统主机故障，探测器大面积失效",
        "许国庆",
        "杨帆",
        "2024年8月15日",
        "",
        "否",
    ),
    (
        "范县",
        "范县城关农贸市场管理有限公司",
        "市场内部电气线路私拉乱接，未穿管保护",
        "范志刚",
        "郭亮",
        "2024年8月10日",
        "线路改造已完成70%",
        "否",
    ),
    (
        "台前县",
        "台前县盛世华庭物业服务有限公司",
        "高层住宅消防车道被占用，室外消火栓无水",
        "孙建民",
        "侯晓东",
        "2024年7月10日",
        "逾期未整改",
        "否",
    ),
]


def write_fire_major_book(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("销案情况")
    b.widths(ws, [6, 10, 30, 40, 12, 14, 18, 36, 10])
    b.line(ws, 0, "全市重大火灾隐患单位整改销案情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队（盖章）    截至日期：2024年7月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "单位名称",
            "重大火灾隐患",
            "法定代表人",
            "消防安全管理人",
            "承诺整改完成时间",
            "整改措施及进展",
            "是否销案",
        ],
    )
    for i, row in enumerate(FIRE_MAJOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 8, row[7], b.center)
    end = 3 + len(FIRE_MAJOR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "7家", b.cell)
    for c in range(3, 8):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 8, "已销案2家", b.center)
    b.line(
        ws,
        end + 1,
        "注：“承诺整改完成时间”以单位法定代表人签订的《重大火灾隐患整改工作承诺书》为准；整改完毕经验收合格的予以销案。",
        8,
    )
    b.line(ws, end + 2, "审核人：魏东升    填表人：黄丽娜    联系电话：0393-8118119", 8)
    return b.close()


def write_fire_major(path: Path) -> Path:
    return via_soffice(write_fire_major_book, path, "xls", "重大火灾隐患单位整改销案情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 安全生产行政查房问题整改落实表, after a hospital's account of its 安全生产行政查房 (检查组深入科室，重点检查各病区的
# 消防设施、灭火器材、供水供电; 现场能解决的立即责成有关部门现场解决; 现场解决不了的召开院长办公会议，跟踪督促落实;
# “六个落实”：落实整改事项、整改措施、整改时限、整改效果、承办部门、责任到人):
# http://www.sddingchang.cn/yyjs/yydt/586.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 查房时间/查房领导 line, a preamble, a table whose
# columns are the six 落实 (整改事项, 整改措施, 整改时限, 整改效果, 承办部门, 责任人) after the 查房部位; the rows
# name only the hospital's own 科室; 现场整改 rows count from the 查房 day; the office and date at the foot.
WARD_ROUND_ROWS = [
    (
        "住院部三病区",
        "三病区护士站旁消火栓箱被治疗车遮挡",
        "移除遮挡物，划定禁停区域",
        "现场整改",
        "已现场整改",
        "护理部",
        "王丽",
    ),
    (
        "门诊楼",
        "门诊楼二层安全出口指示标志灯不亮",
        "更换安全出口指示标志灯",
        "2024年7月5日",
        "已更换12套，经保卫科复查合格",
        "总务科",
        "赵强",
    ),
    (
        "配电室",
        "配电室无绝缘垫，应急照明蓄电池失效",
        "铺设绝缘垫，更换蓄电池",
        "7月10日前",
        "绝缘垫已铺设，蓄电池已采购待安装",
        "总务科",
        "赵强",
    ),
    (
        "中心供氧站",
        "中心供氧站周边堆放杂物，未设置严禁烟火标识",
        "清理杂物，设置禁火标识",
        "2024年7月3日",
        "",
        "设备科",
        "孟凡勇",
    ),
    (
        "职工食堂",
        "食堂燃气泄漏报警装置检测过期",
        "委托有资质机构检测",
        "2024年7月15日",
        "未整改",
        "后勤保障科",
        "杜建华",
    ),
    (
        "各病区",
        "部分病房违规使用电热水壶、电暖器等大功率电器",
        "开展专项检查，纳入科室考核",
        "长期坚持",
        "每周抽查，长期坚持",
        "保卫科",
        "吕志强",
    ),
    (
        "污水处理站",
        "污水处理站消毒投药间通风设施损坏",
        "维修通风设施",
        "2024年8月31日",
        "已列入院长办公会维修计划，正在询价",
        "设备科",
        "孟凡勇",
    ),
    (
        "消防控制室",
        "消防控制室值班人员仅1人，未落实24小时双人值班",
        "增配持证值班人员",
        "9月底前",
        "",
        "保卫科",
        "吕志强",
    ),
]


def write_ward_round_docx(path: Path) -> Path:
    doc = _new_document("院办公室")
    _title(doc, "濮阳市华龙区人民医院安全生产行政查房问题整改落实表", 18)
    _paragraph(
        doc,
        "查房时间：2024年6月27日    查房领导：院长 杨振华、副院长 陈立新    汇总：院办公室",
        12,
    )
    _paragraph(
        doc,
        "行政查房对现场能解决的问题立即责成有关科室现场解决；现场解决不了的，经7月2日院长办公会议研究，"
        "逐项落实整改事项、整改措施、整改时限、整改效果、承办部门和责任人。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(WARD_ROUND_ROWS, 1)]
    _table(
        doc,
        ["序号", "查房部位", "整改事项", "整改措施", "整改时限", "整改效果", "承办部门", "责任人"],
        body,
    )
    _paragraph(doc, "注：“现场整改”事项于查房当日整改。", 12)
    _paragraph(doc, "院办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ward_round(path: Path) -> Path:
    return via_soffice(write_ward_round_docx, path, "doc", "行政查房问题整改落实表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 地质灾害隐患点排查发现问题整改台账, after a district 自然资源局's account of its 地质灾害隐患点全面排查 (局地质科联合
# 各国土所、技术支撑单位; 对在册隐患点检查监测员在岗、巡查记录、明白卡的发放; 对已核销隐患点向村组提出防范措施和
# 建议; 对人为工程活动引发地质灾害隐患进行排查，并对巡查员进行现场培训):
# https://www.ylq.gov.cn/zfxxgk/bmxxgk/zfbm/zrzyj/ywgz/1907280881943900161.html
# A CSV in GBK: a title line, a 填报单位/排查时间 line (the 立行立改 row counts from it), one header line whose rows name
# only the county bureau's own 股 and 自然资源所, a 完成时间 column beside the 完成时限, a 合计 line and a signature line.
GEO_ROWS = [
    (
        "孙口镇梁集村黄河岸坡崩塌隐患点",
        "在册隐患点",
        "监测员未按要求每日巡查，巡查记录缺失5天",
        "孙口自然资源所",
        "督促监测员每日巡查并规范记录",
        "立行立改",
        "2024-07-12",
        "",
    ),
    (
        "侯庙镇砖厂废弃取土坑",
        "人为工程活动",
        "废弃取土坑边坡陡立，未设置警示标志和围挡",
        "侯庙自然资源所",
        "设置警示牌和围挡",
        "2024年7月20日",
        "2024-07-18",
        "",
    ),
    (
        "打渔陈镇地面塌陷隐患点",
        "在册隐患点",
        "受威胁群众防灾明白卡发放不全，12户未发放",
        "打渔陈自然资源所",
        "补发防灾明白卡",
        "7月底前",
        "",
        "已补发8户",
    ),
    (
        "夹河乡前林村岸坡（已核销）",
        "已核销隐患点",
        "核销后村组未落实日常巡查，原警示牌被拆除",
        "夹河自然资源所",
        "向村组提出防范措施，恢复简易巡查",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "吴坝镇县道改建工程切坡段",
        "人为工程活动",
        "道路施工切坡未采取支护措施，雨后出现小型坍塌",
        "地质矿产股",
        "督促施工单位采取支护措施",
        "8月底前",
        "",
        "已下达整改通知，施工单位正在制定支护方案",
    ),
    (
        "全县群测群防体系",
        "群测群防",
        "新任地质灾害巡查员未参加识灾防灾培训",
        "地质矿产股",
        "组织现场培训",
        "2024年7月25日",
        "2024-07-24",
        "",
    ),
    (
        "清水河乡马口村黄河岸坡",
        "在册隐患点",
        "隐患点裂缝计供电故障，监测数据中断",
        "清水河自然资源所",
        "联系技术支撑单位维修监测设备",
        "2024年9月30日",
        "",
        "未启动",
    ),
    (
        "局汛期值班",
        "值班值守",
        "汛期24小时值班值守记录不完整",
        "办公室",
        "规范值班记录",
        "长期坚持",
        "",
        "常态化推进",
    ),
]


def write_geo(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县地质灾害隐患点排查发现问题整改台账（2024年汛期）"])
    w.writerow(
        ["填报单位：台前县自然资源局（地质矿产股）    排查时间：2024年7月11日    填报时间：2024年7月29日"]
    )
    w.writerow(
        [
            "序号",
            "隐患点（区域）名称",
            "类别",
            "排查发现问题",
            "责任股所",
            "整改措施",
            "完成时限",
            "完成时间",
            "备注",
        ]
    )
    for i, row in enumerate(GEO_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共8个问题", "", "", "", "已完成3个", ""])
    w.writerow(["填表人：梁红霞    联系电话：0393-2218056"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 地质灾害隐患点汛前排查情况表, after a county 国土资源局's 汛前排查 of its 309 hidden-danger points (督促检查地质灾害
# 防治方案和应急预案内容是否根据实际情况更新、警示标志是否落实到位、是否为受灾群众发放了防灾明白卡、隐患点现状是否
# 发生变化、是否采取了相应的应急处置措施):
# http://moment.rednet.cn/rednetcms/news/localNews/20150327/70331.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (排查内容 over the five 是/否 questions, 整改情况 over
# 已整改/整改中/未整改 with a √ under one), one point with no problem (存在问题 “无”), a 说明 line and a signature line.
GEO_CHECK_ROWS = [
    (
        "陈庄镇",
        "陈庄镇黄河控导工程岸坡",
        ("否", "是", "是", "否", "是"),
        "防灾预案未根据今年人员变动更新",
        "范县陈庄镇人民政府",
        "2024年5月31日",
        0,
    ),
    (
        "辛庄镇",
        "辛庄镇取土坑群",
        ("是", "否", "是", "是", "否"),
        "取土坑边坡出现新裂缝，警示标志缺失",
        "范县辛庄镇人民政府",
        "2024年6月15日",
        1,
    ),
    (
        "张庄乡",
        "张庄乡彭楼村岸坡",
        ("是", "是", "否", "否", "是"),
        "受威胁群众未发放防灾明白卡",
        "张庄乡人民政府",
        "5月底前",
        0,
    ),
    (
        "王楼镇",
        "王楼镇地面沉降监测点",
        ("是", "是", "是", "否", "否"),
        "地面沉降监测点标石损坏，未采取临时监测措施",
        "王楼镇人民政府",
        "2024年7月31日",
        2,
    ),
    (
        "濮城镇",
        "濮城镇油区采空塌陷隐患点",
        ("否", "是", "是", "是", "否"),
        "采空区塌陷范围扩大，应急预案未更新，未落实避让措施",
        "中原油田濮城采油厂",
        "6月底前",
        1,
    ),
    ("高码头镇", "高码头镇黄河岸坡", ("是", "是", "是", "否", "是"), "无", "", "", None),
    (
        "杨集乡",
        "杨集乡黄河滩区避水台边坡",
        ("是", "否", "否", "否", "是"),
        "避水台边坡冲刷，警示牌和明白卡均未落实",
        "范县杨集乡人民政府",
        "2024年6月20日",
        0,
    ),
    (
        "龙王庄镇",
        "龙王庄镇废弃窑厂取土坑",
        ("是", "是", "是", "否", "否"),
        "废弃窑厂取土坑积水深，周边无防护栏，未落实应急处置措施",
        "范县龙王庄镇人民政府",
        "2024年8月31日",
        None,
    ),
    (
        "颜村铺乡",
        "颜村铺乡金堤河岸坡",
        ("是", "是", "否", "否", "是"),
        "金堤河岸坡受威胁农户明白卡发放不全，监测人员未明确",
        "颜村铺乡人民政府",
        "6月10日前",
        0,
    ),
]


def write_geo_check(path: Path) -> Path:
    b = Book(path, author="范县自然资源局")
    ws = b.sheet("汛前排查")
    b.widths(ws, [6, 10, 24, 8, 8, 8, 8, 8, 36, 20, 14, 7, 7, 7])
    b.line(ws, 0, "范县地质灾害隐患点汛前排查情况表", 13, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县自然资源局    排查时间：2024年5月6日—5月17日    填报日期：2024年7月25日",
        13,
    )
    for c, word in enumerate(["序号", "乡镇", "隐患点名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 7, "排查内容（是/否）", b.head)
    b.header(
        ws,
        3,
        ["预案是否更新", "警示标志是否到位", "明白卡是否发放", "现状是否变化", "应急处置措施是否落实"],
        first=3,
    )
    for c, word in enumerate(["存在问题", "整改责任单位", "整改时限"], 8):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 11, 2, 13, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=11)
    for i, (town, point, answers, problem, unit, limit, tick) in enumerate(GEO_CHECK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [town, point], first=1)
        b.row(ws, r, list(answers), first=3, fmt=b.center)
        b.row(ws, r, [problem, unit, limit], first=8)
        for k in range(3):
            b.put(ws, r, 11 + k, "√" if tick == k else "", b.center)
    end = 4 + len(GEO_CHECK_ROWS)
    b.line(ws, end, "说明：排查内容栏填“是”或“否”；整改情况在对应栏内打“√”。", 13)
    b.line(ws, end + 1, "填表人：贾春雨    审核人：范卫东    联系电话：0393-5251037", 13)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 学校安全隐患督查整改清单 (two returns in one zip), after a district 教育局's 秋季校园安全大检查 (学校自查，教育局
# 抽调人员组成三个督查组深入中小学及幼儿园; 要求学校对存在的安全隐患列出清单，对学校能自行整改的安全隐患限时整改，
# 对一时整改不了的落实整改时间及责任人限时整改):
# http://ynksw.com.cn/edu/ynjy/ljjy/gcjy/21243.html
# A .zip holding an .xlsx from one county's 教育局 (隐患类别, 整改方式 自行整改/需上级支持, 整改责任人) and a .docx
# with a table from the other county's 教育体育局 (a 立行立改 row naming its own 督查 date).
QINGFENG_SCHOOL_ROWS = [
    (
        "清丰县第一初级中学",
        "消防安全",
        "学生宿舍楼灭火器压力不足，部分超过有效期",
        "自行整改",
        "2024年6月10日",
        "张明",
        "已更换",
    ),
    (
        "清丰县韩村镇中心小学",
        "校舍安全",
        "教学楼外墙瓷砖空鼓脱落",
        "需上级支持",
        "8月25日前（开学前）",
        "李建国",
        "已申报维修资金，待批复",
    ),
    (
        "清丰县阳邵镇中心幼儿园",
        "三防建设",
        "幼儿园未配备专职保安，一键报警装置未与公安联网",
        "需上级支持",
        "2024年9月1日前",
        "王芳",
        "",
    ),
    (
        "清丰县实验小学",
        "校园周边",
        "校门口上下学时段交通拥堵，无交通信号灯和减速带",
        "需上级支持",
        "2024年7月31日",
        "刘勇",
        "已协调县交警大队施划斑马线，信号灯待安装",
    ),
    (
        "清丰县第二高级中学",
        "食品安全",
        "学校食堂留样冰箱未上锁，留样记录不全",
        "自行整改",
        "6月底前",
        "赵红",
        "已整改到位",
    ),
    (
        "清丰县职业中等专业学校",
        "实训室安全",
        "实训室危险化学品未实行双人双锁管理",
        "自行整改",
        "长期坚持",
        "钱进",
        "严格执行双人双锁，长期坚持",
    ),
]
NANLE_SCHOOL_ROWS = [
    (
        "南乐县第一实验小学",
        "学校围墙西北角坍塌约6米，存在外来人员翻越隐患",
        "重新砌筑围墙",
        "2024年7月15日",
        "孙伟",
        "已完成",
    ),
    (
        "南乐县元村镇中心学校",
        "寄宿生宿舍电线私拉乱接，有学生使用大功率电器",
        "规范线路，收缴违规电器",
        "立行立改（6月5日督查）",
        "周洋",
        "已整改",
    ),
    (
        "南乐县千口镇初级中学",
        "校车驾驶员未按规定进行年度体检",
        "组织驾驶员体检",
        "7月20日前",
        "吴刚",
        "未整改",
    ),
    (
        "南乐县福堪镇中心幼儿园",
        "户外大型玩具固定螺栓松动，地面无防护垫",
        "维修加固，铺设防护垫",
        "8月20日前",
        "郑丽",
        "已加固螺栓，防护垫已采购",
    ),
    (
        "南乐县实验高级中学",
        "校园监控存在盲区，视频保存不足30天",
        "增设摄像头，扩容存储",
        "年底前",
        "韩磊",
        "",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县教育局安全股")
    ws = b.sheet("隐患整改清单")
    b.widths(ws, [6, 26, 12, 40, 12, 20, 10, 30])
    b.line(ws, 0, "清丰县2024年春季学校安全隐患督查整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县教育局（安全股）    填报日期：2024年7月23日", 7)
    b.header(
        ws,
        2,
        ["序号", "学校名称", "隐患类别", "安全隐患", "整改方式", "整改时限", "整改责任人", "整改情况"],
    )
    for i, row in enumerate(QINGFENG_SCHOOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QINGFENG_SCHOOL_ROWS)
    b.line(
        ws,
        end,
        "说明：学校能自行整改的限时整改；一时整改不了的（需上级支持），落实整改时间及责任人限时整改。",
        7,
    )
    b.line(ws, end + 1, "填表人：田晓光    联系电话：0393-7221468", 7)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("南乐县教体局")
    _title(doc, "南乐县中小学幼儿园安全隐患整改清单", 18)
    _paragraph(doc, "填报单位：南乐县教育体育局    填报日期：2024年7月24日", 12)
    body = [[str(i), *row] for i, row in enumerate(NANLE_SCHOOL_ROWS, 1)]
    _table(doc, ["序号", "学校", "存在问题", "整改措施", "完成时限", "责任人", "整改进度"], body)
    _paragraph(doc, "填表人：宋佳    联系电话：0393-6229017", 12)
    return _save_fixed(doc, path)


def write_school_zip(path: Path) -> Path:
    members = [
        ("清丰县学校安全隐患督查整改清单.xlsx", write_qingfeng_book),
        ("南乐县中小学幼儿园安全隐患整改清单.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 火灾隐患整改通知回执汇总表, after a province's 消防安全大排查大整治 (对排查出的火灾隐患列出清单，逐项整改; 能立即
# 改正的，责令单位立即改正; 不能立即改正的，督促单位落实整改方案、整改责任、整改措施、整改时间和整改资金，制定应急
# 预案; 重大火灾隐患一律提请政府挂牌督办并限期整改销案):
# http://xxdss.com/news/show-21218.html
# An .xlsx: title, 填报单位 line, a two-row header (整改“五落实” over five columns, 回执情况 over 回执日期 and 整改结果),
# the 交办日期 the 立即改正 and N个工作日内 rows count from, a 说明 line and a signature line.
FIRE_RECEIPT_ROWS = [
    (
        "华消通〔2024〕031号",
        date(2024, 7, 1),
        "市公交公司",
        "胜利路停保场",
        "电动公交车充电区未设置防火分隔，充电桩周边堆放废旧轮胎",
        "限期改正",
        "已制定",
        "王海涛",
        "清理堆放物，增设防火隔墙",
        "2024年7月31日",
        3.5,
        date(2024, 7, 8),
        "废旧轮胎已清理，防火隔墙正在施工",
    ),
    (
        "华消通〔2024〕032号",
        date(2024, 7, 1),
        "濮阳市燃气有限公司",
        "黄河路燃气调压站",
        "调压站内消防沙箱无沙，灭火器过期",
        "责令立即改正",
        "—",
        "贾志强",
        "补充消防沙，更换灭火器",
        "立即改正",
        0.2,
        date(2024, 7, 2),
        "已改正",
    ),
    (
        "华消通〔2024〕035号",
        date(2024, 7, 2),
        "濮阳市东方红大酒店有限公司",
        "酒店厨房",
        "厨房排油烟管道油垢未清洗，燃气管道穿越吊顶未设套管",
        "限期改正",
        "已制定",
        "崔德胜",
        "清洗烟道，加装套管",
        "5个工作日内",
        1.2,
        date(2024, 7, 9),
        "已整改完毕",
    ),
    (
        "华消通〔2024〕037号",
        date(2024, 7, 3),
        "华龙区胜利路街道办事处",
        "锦绣家园小区（无物业老旧小区）",
        "小区地下车库电动自行车违规停放充电，疏散通道堵塞",
        "限期改正",
        "已制定",
        "冯晓梅",
        "清理地下车库电动自行车，建设集中充电棚",
        "10个工作日内",
        6.0,
        "",
        "",
    ),
    (
        "华消通〔2024〕038号",
        date(2024, 7, 3),
        "濮阳市宏远家具城有限公司",
        "中原路家具城",
        "家具城内防火卷帘下堆放商品，卷帘无法正常降落",
        "责令立即改正",
        "—",
        "邢建伟",
        "清理卷帘下堆放物",
        "立即改正",
        0,
        date(2024, 7, 3),
        "已当场改正",
    ),
    (
        "华消通〔2024〕041号",
        date(2024, 7, 5),
        "市公共资源交易中心",
        "开标大厅",
        "消防控制室值班人员未持证上岗",
        "限期改正",
        "已制定",
        "程立国",
        "组织值班人员参加消防设施操作员培训考试",
        "2024年8月30日",
        0.6,
        date(2024, 7, 12),
        "2名值班人员已报名参加培训，尚未取证",
    ),
    (
        "华消通〔2024〕044号",
        date(2024, 7, 8),
        "濮阳市润华纺织品有限公司",
        "生产车间",
        "生产车间与仓库、员工宿舍“三合一”，存在重大火灾隐患",
        "提请挂牌督办",
        "已制定，报区政府备案",
        "潘润华",
        "搬离员工宿舍，仓库与车间进行防火分隔",
        "2024年10月31日",
        45,
        date(2024, 7, 15),
        "员工宿舍已搬离，防火分隔正在施工",
    ),
    (
        "华消通〔2024〕045号",
        date(2024, 7, 8),
        "濮阳市悦来网吧",
        "悦来网吧",
        "网吧安全出口上锁，应急照明灯损坏",
        "责令立即改正",
        "—",
        "葛小兵",
        "打开安全出口，更换应急照明灯",
        "立即改正",
        0.1,
        date(2024, 7, 9),
        "逾期未改正",
    ),
]


def write_fire_receipt(path: Path) -> Path:
    b = Book(path, author="华龙区消安办")
    ws = b.sheet("回执汇总")
    b.widths(ws, [6, 20, 12, 26, 18, 40, 14, 16, 10, 28, 14, 10, 12, 30])
    money = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "华龙区消防安全大排查大整治火灾隐患整改通知回执汇总表", 13, b.title)
    b.line(ws, 1, "填报单位：华龙区消防安全委员会办公室    填报日期：2024年7月26日", 13)
    first = ["序号", "通知书编号", "交办日期", "单位名称", "场所", "火灾隐患", "处置方式"]
    for c, word in enumerate(first):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 11, "整改“五落实”", b.head)
    b.header(ws, 3, ["整改方案", "整改责任人", "整改措施", "整改时间", "整改资金（万元）"], first=7)
    b.merge(ws, 2, 12, 2, 13, "回执情况", b.head)
    b.header(ws, 3, ["回执日期", "整改结果"], first=12)
    for i, row in enumerate(FIRE_RECEIPT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c == 11 else None)
    end = 4 + len(FIRE_RECEIPT_ROWS)
    b.line(
        ws,
        end,
        "说明：能立即改正的，责令立即改正；不能立即改正的，督促单位落实整改方案、整改责任、整改措施、整改时间和"
        "整改资金“五落实”；“立即改正”和“N个工作日内”自交办之日起计算。",
        13,
    )
    b.line(ws, end + 1, "填表人：秦晓川    联系电话：0393-8326119", 13)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 责令限期改正通知书送达及复查情况登记表, after 公安部's 公安消防行政法律文书（式样） (消防监督检查记录、责令立即
# 改正通知书、责令限期改正通知书、复查; 文书编号 X消限字〔年度〕第号; 当事人签收并注明收到日期):
# https://360docs.net/doc/4215016449.html
# An .ods (LibreOffice): title, 统计时段/填报日期 line, one header row with the 文书编号, 检查日期 and 送达日期 (events)
# beside the 改正期限, the 承办人 (the inspectors), a 复查日期 and 复查意见 column and a 备注, a 注 line.
REVIEW_ROWS = [
    (
        "南消限字〔2024〕第0031号",
        "南乐县福源超市有限公司",
        date(2024, 6, 4),
        "超市仓库与营业区未进行防火分隔",
        "2024年7月4日前",
        date(2024, 6, 5),
        "张强、李明",
        date(2024, 7, 5),
        "经复查，已改正",
        "",
    ),
    (
        "南消限字〔2024〕第0032号",
        "南乐县金色童年幼儿园",
        date(2024, 6, 6),
        "幼儿园疏散楼梯间堆放杂物，应急照明不能正常使用",
        "2024年6月21日前",
        date(2024, 6, 7),
        "张强、李明",
        date(2024, 6, 24),
        "已改正",
        "",
    ),
    (
        "南消限字〔2024〕第0035号",
        "南乐县东方宾馆",
        date(2024, 6, 13),
        "宾馆客房未按规定配置逃生面罩，火灾自动报警系统部分探测器故障",
        "2024年7月13日前",
        date(2024, 6, 14),
        "王超、赵磊",
        date(2024, 7, 15),
        "部分改正，探测器尚未修复，已责令继续整改",
        "",
    ),
    (
        "南消限字〔2024〕第0037号",
        "南乐县元村镇鑫达木业加工厂",
        date(2024, 6, 19),
        "加工车间内电气线路未穿管敷设，木屑未及时清理",
        "2024年7月3日前",
        date(2024, 6, 20),
        "王超、赵磊",
        date(2024, 7, 4),
        "逾期未改正",
        "",
    ),
    (
        "南消限字〔2024〕第0040号",
        "南乐县中医院",
        date(2024, 6, 25),
        "住院楼常闭式防火门处于常开状态，闭门器损坏",
        "2024年7月10日前",
        date(2024, 6, 26),
        "张强、李明",
        date(2024, 7, 11),
        "已改正",
        "",
    ),
    (
        "南消限字〔2024〕第0043号",
        "南乐县城关镇兴华网吧",
        date(2024, 7, 8),
        "网吧室内消火栓无水，未设置火灾自动报警系统",
        "2024年8月7日前",
        date(2024, 7, 9),
        "王超、赵磊",
        "",
        "",
        "",
    ),
    (
        "南消限字〔2024〕第0044号",
        "南乐县张果屯镇昌盛塑料制品厂",
        date(2024, 7, 10),
        "生产车间内违规设置员工宿舍",
        "2024年8月9日前",
        date(2024, 7, 11),
        "张强、李明",
        "",
        "",
        "单位已书面回执，员工宿舍正在搬离",
    ),
]


def write_review_book(path: Path) -> Path:
    b = Book(path, author="南乐县消防救援大队")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 24, 28, 12, 40, 16, 12, 12, 12, 30, 28])
    b.line(ws, 0, "南乐县消防救援大队责令限期改正通知书送达及复查情况登记表", 10, b.title)
    b.line(ws, 1, "统计时段：2024年6月1日—7月25日    填报日期：2024年7月26日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "文书编号",
            "被检查单位",
            "检查日期",
            "违反消防法律法规的行为（火灾隐患）",
            "改正期限",
            "送达日期",
            "承办人",
            "复查日期",
            "复查意见",
            "备注",
        ],
    )
    for i, row in enumerate(REVIEW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(REVIEW_ROWS)
    b.line(
        ws,
        end,
        "注：改正期限届满或者收到单位复查申请之日起3个工作日内进行复查，复查意见以《复查意见书》为准。",
        10,
    )
    b.line(ws, end + 1, "制表：防火监督组 郑伟    审核：耿晓峰    2024年7月26日", 10)
    return b.close()


def write_review(path: Path) -> Path:
    via_soffice(write_review_book, path, "ods", "责令限期改正通知书送达及复查情况登记表.xlsx")
    return fixed_zip(path)


FILES = [
    ("陈庄镇重点水利工程防汛抗旱督导检查问题整改台账.xlsx", write_flood_town),
    ("市防指关于汛期防汛暗访督查发现问题整改情况的报告.docx", write_flood_visit),
    ("2024年春季森林防火暗访督查问题整改销号表（第二督导组）.xls", write_forest),
    ("全市重大火灾隐患单位整改销案情况表.et", write_fire_major),
    ("华龙区人民医院安全生产行政查房问题整改落实表.wps", write_ward_round),
    ("台前县地质灾害隐患点排查发现问题整改台账.csv", write_geo),
    ("范县地质灾害隐患点汛前排查情况表.xlsx", write_geo_check),
    ("2024年春季学校安全隐患督查整改清单（清丰县、南乐县）.zip", write_school_zip),
    ("华龙区消防安全大排查大整治火灾隐患整改通知回执汇总表.xlsx", write_fire_receipt),
    ("南乐县消防救援大队责令限期改正通知书送达及复查情况登记表.ods", write_review),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

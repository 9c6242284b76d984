"""Write the aside207 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 林业有害生物防治（松材线虫病、美国白蛾/杨树食叶害虫、涉木企业检疫）、森林防火（检查卡点、暗访督导、林区施工
用火）与野生动物保护（鸟类经营场所、花鸟市场、人工繁育和收容救护场所）的检查整改, in a city like 濮阳, July 2024.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, merged 施工企业 cells), .et (Excel 97 via LibreOffice),
.ods (LibreOffice conversion), a CSV in GBK, a .docx 通报 whose items are numbered paragraphs, a .doc with a table
(Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date
2024-07-31.

Run from this folder: python make_aside207.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on
PATH. Every file is written from scratch with fixed dates inside, fixed zip member times and fixed document
properties, so that two runs give byte-identical files.
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
        self.cnday = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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
        shutil.copyfile(Path(out) / f"{source.stem}.{suffix.split(':')[0]}", target)
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
        converted = Path(tmp) / "converted"
        converted.mkdir()
        soffice(source, suffix, converted / path.name)
        shutil.copyfile(converted / path.name, path)
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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
# 1. 松材线虫病疫情防控专项督导, after a city 林业局's 松材线虫病防控百日攻坚行动专项指导 (指导组分组包片深入各县;
# 调阅资料、询问了解、现场核验; 伐桩偏高、疫木除害不彻底、除治力量不足、群众捡拾疫木、除害点进度偏慢; 当场提出
# 指导意见并要求限期整改):
# http://lyj.quanzhou.gov.cn/zwgk/lydt/tpxw/202503/t20250324_3151653.htm
# An .xlsx: title, 督导时间/方式 and 填报单位 lines, one header row with the 督导组 (the inspector) and a 县（区） column
# merged over each county's rows, the 整改责任单位 beside them, a 合计 row and a signature line.
PINE_ROWS = [
    (
        "第一督导组",
        "濮阳县",
        "枯死木清理",
        "庆祖镇西辛庄村林带枯死松树伐桩偏高，最高达15厘米，且未按要求覆膜",
        "濮阳县自然资源局",
        "重新截桩至5厘米以下，剥皮并覆膜",
        "2024年7月25日",
        "已完成，经县森防站复查合格",
        "",
    ),
    (
        "第一督导组",
        "濮阳县",
        "疫木处置",
        "枯死松树1厘米以上枝桠未同主干一并除害处理，在林下随意堆放",
        "濮阳县庆祖镇人民政府",
        "枝桠全部集中清运粉碎",
        "7月底前",
        "正在组织清运粉碎",
        "",
    ),
    (
        "第二督导组",
        "清丰县",
        "监测普查",
        "媒介昆虫监测诱捕器悬挂数量不足，仅完成计划的60%",
        "清丰县自然资源局",
        "补挂诱捕器，定期收虫送检",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "第二督导组",
        "清丰县",
        "疫木管控",
        "马庄桥镇部分群众捡拾枯死松木作薪柴，堆放在房前屋后",
        "清丰县马庄桥镇人民政府",
        "逐户清查收缴，集中除害处理",
        "2024年7月20日",
        "已逐户清查，收缴松木2.3立方米并集中粉碎，整改完成",
        "",
    ),
    (
        "第三督导组",
        "南乐县",
        "除害处理",
        "疫木除害处理点进度偏慢，积存待处理枯死松木约12立方米",
        "南乐县自然资源局",
        "增加粉碎设备，加快处理进度",
        "2024年8月10日",
        "进度滞后，未完成",
        "",
    ),
    (
        "第三督导组",
        "南乐县",
        "组织保障",
        "除治作业力量不足，专业除治队伍仅5人",
        "南乐县自然资源局",
        "通过政府购买服务补充除治队伍",
        "第三季度",
        "正在办理政府购买服务手续",
        "",
    ),
    (
        "第四督导组",
        "范县",
        "检疫执法",
        "辖区涉木企业调入的松木包装材料未按规定报检复检",
        "范县自然资源局",
        "开展涉木企业检疫执法专项检查",
        "2024年9月30日",
        "已检查涉木企业6家，下达整改通知书2份",
        "",
    ),
    (
        "第四督导组",
        "台前县",
        "宣传培训",
        "乡镇护林员对松材线虫病典型症状识别不清",
        "台前县自然资源局",
        "组织护林员开展识别培训",
        "长期坚持",
        "长期坚持",
        "每季度培训一次",
    ),
]


def write_pine(path: Path) -> Path:
    b = Book(path, author="林业发展科")
    ws = b.sheet("督导问题台账")
    b.widths(ws, [6, 12, 10, 12, 40, 22, 28, 14, 30, 14])
    b.line(ws, 0, "2024年松材线虫病疫情防控专项督导发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "督导时间：2024年7月8日至7月12日    督导方式：分组包片、调阅资料、现场核验    "
        "填报单位：濮阳市自然资源和规划局（林业发展科）",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督导组",
            "县（区）",
            "问题类别",
            "发现问题",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改进展",
            "备注",
        ],
    )
    first = 3
    for i, row in enumerate(PINE_ROWS, 1):
        r = first + i - 1
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.center)
        b.row(ws, r, list(row[2:]), first=3)
    # 县（区） merged over each county's rows
    start = 0
    while start < len(PINE_ROWS):
        end = start
        while end + 1 < len(PINE_ROWS) and PINE_ROWS[end + 1][1] == PINE_ROWS[start][1]:
            end += 1
        b.merge(ws, first + start, 2, first + end, 2, PINE_ROWS[start][1], b.center)
        start = end + 1
    end_row = first + len(PINE_ROWS)
    b.put(ws, end_row, 0, "合计", b.center)
    b.merge(ws, end_row, 1, end_row, 9, "督导5个县发现问题8个，其中已完成2个、正在整改3个")
    b.line(
        ws,
        end_row + 2,
        "科室负责人：孙建华    填表人：王露    联系电话：0393-8992167    填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 防治作业质量检查, after a township 林业站's check of its 松材线虫病除治点 (伐桩截面离地不超过5厘米、钢丝网罩住、
# 1厘米以上枝桠一同除治; 对施工质量有问题、除治进度迟缓的企业（采伐队）当场提出整改意见并约谈施工负责人，督促限期
# 整改到位), here the 美国白蛾 second-generation control works a township lets to 防治专业队:
# https://www.shexianbbs.com/news/detail/10233.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查日期 line stating that the 整改期限 in days count from the
# check date, one header row with the 作业点, the 整改责任单位（作业单位）, the 施工负责人 and 约谈情况, a 复查结果
# column, a 检查人/复查人 line and a 施工负责人签字 line.
MOTH_ROWS = [
    (
        "王店村通道林作业点",
        "濮阳市绿源林业有害生物防治有限公司",
        "赵国强",
        "网幕剪除不彻底，树冠上部仍残留网幕30余处",
        "组织人员二次剪网并集中销毁",
        "已约谈",
        "3日内",
        "复查合格",
    ),
    (
        "后辛庄村林网作业点",
        "濮阳市绿源林业有害生物防治有限公司",
        "赵国强",
        "剪下的网幕随意丢弃在林下，未装袋集中处理",
        "收集装袋后集中深埋",
        "已约谈",
        "3日内",
        "已整改，复查合格",
    ),
    (
        "海通村杨树片林作业点",
        "濮阳县森保植保专业合作社",
        "刘长江",
        "喷药作业漏喷，林带中段约200米未施药",
        "对漏喷林带补喷",
        "已约谈",
        "5日内",
        "正在补喷",
    ),
    (
        "刘庄村作业点",
        "濮阳县森保植保专业合作社",
        "刘长江",
        "作业人员未佩戴防护口罩和手套",
        "配齐个人防护用品",
        "",
        "3日内",
        "复查未通过，未整改",
    ),
    (
        "张寨村作业点",
        "河南青林生物防治有限公司",
        "马俊",
        "施药作业记录填写不全，无施药时间和用药量",
        "补齐作业记录",
        "",
        "7日内",
        "",
    ),
    (
        "西辛庄村苗圃作业点",
        "河南青林生物防治有限公司",
        "马俊",
        "苗圃周边农户院落树木未纳入防治范围",
        "扩大防治范围至院落四旁树",
        "",
        "2024年7月25日",
        "已完成院落树木防治",
    ),
    (
        "乡政府驻地周边作业点",
        "濮阳市绿源林业有害生物防治有限公司",
        "赵国强",
        "作业进度迟缓，计划防治面积仅完成45%",
        "增派作业人员，加快进度",
        "已约谈",
        "2024年7月31日",
        "已增派人员，完成计划的80%",
    ),
]


def write_moth_book(path: Path) -> Path:
    b = Book(path, author="海通乡林业站")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 20, 30, 10, 36, 26, 10, 14, 20])
    b.line(ws, 0, "海通乡第二代美国白蛾防治作业质量检查问题整改登记表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县海通乡人民政府林业站    检查日期：2024年7月16日    "
        "整改期限以日计的，自检查之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "作业点",
            "整改责任单位（作业单位）",
            "施工负责人",
            "检查发现问题",
            "整改意见",
            "约谈情况",
            "整改期限",
            "复查结果",
        ],
    )
    for i, row in enumerate(MOTH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MOTH_ROWS)
    b.line(ws, end + 1, "检查人：李红卫、邵明    复查人：李红卫    登记日期：2024年7月29日", 8)
    b.line(ws, end + 2, "施工负责人签字：", 8)
    return b.close()


def write_moth(path: Path) -> Path:
    return via_soffice(write_moth_book, path, "xls", "美国白蛾防治作业质量检查问题整改登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 森林防火暗访督导通报, after a city 森防指办公室's account of its “四不两直” 督导 (会同网信、林业、公安、气象、消防等
# 8个部门组建5个暗访督导组; 不打招呼、直奔现场; 应急预案、应急物资、基础设施、宣传教育、违规野外用火; 排查隐患问题
# 14个，其中现场整改13个，限期整改1个):
# http://www.dazhou.gov.cn/xxgk-show-24634.html
# A .docx 通报: title, 主送, preamble, the problems as numbered paragraphs each naming its 责任单位 and 整改时限 (some
# with the progress found), a 工作要求 section, the office and date at the foot.
PATROL_PARAS = [
    (
        "1.濮阳县渠村乡黄河滩区林场护林点森林火灾应急预案未及时修订，仍沿用2019年版本，人员分工与现状不符。"
        "责任单位：濮阳县渠村乡人民政府。整改时限：2024年8月15日前。"
    ),
    (
        "2.清丰县瓦屋头镇森林防火物资储备库扑火工具数量与台账不符，风力灭火机2台无法启动。"
        "责任单位：清丰县瓦屋头镇人民政府。整改时限：2024年7月20日。督导组已现场督促维修，灭火机已恢复正常，整改到位。"
    ),
    (
        "3.南乐县千口镇林区入口森林防火宣传牌破损、字迹不清，群众对防火期规定知晓率低。"
        "责任单位：南乐县千口镇人民政府。整改时限：7月31日前。目前已订制新宣传牌，正在安装。"
    ),
    (
        "4.范县陈庄镇黄河大堤护堤林带内发现焚烧麦秸秆痕迹，村级巡护未及时发现和制止。"
        "责任单位：范县陈庄镇人民政府。整改时限：长期坚持，加强网格巡护，严防违规野外用火。"
    ),
    (
        "5.台前县国有林场瞭望监控视频点2个离线，未及时报修。"
        "责任单位：台前县国有林场。整改时限：2024年8月31日前。"
    ),
    (
        "6.华龙区孟轲乡林网护林员巡护APP上线率低，7月以来个别护林员仅上线9天。"
        "责任单位：华龙区孟轲乡人民政府。整改时限：2024年7月31日。已约谈护林员2名，正在整改。"
    ),
    (
        "7.濮阳市森林公园林区内游客吸烟现象未有效制止，园内未设置禁烟提示和集中吸烟点。"
        "责任单位：市城管局。整改时限：2024年8月10日。截至通报印发时尚未整改。"
    ),
    (
        "8.濮阳县习城乡林下枯枝落叶等可燃物清理不彻底，防火隔离带杂草丛生。"
        "责任单位：濮阳县习城乡人民政府。整改时限：第三季度。"
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("市森防指办公室")
    _title(doc, "濮阳市森林防灭火指挥部办公室关于7月份森林防火暗访督导发现问题的通报")
    _paragraph(doc, "各县（区）森林防灭火指挥部，市森防指各成员单位：")
    _paragraph(
        doc,
        "7月15日至17日，市森防指办公室会同市应急管理局、市公安局、市自然资源和规划局、市气象局、市消防救援支队等"
        "8个部门（单位）组建5个暗访督导组，采取“四不两直”方式，深入乡镇、林场、林区重要出入口和重点防火部位，"
        "通过随机走访、查阅资料、现场查看等方式，重点督查森林防灭火应急预案、应急物资、基础设施、宣传教育和违规"
        "野外用火等情况，共发现问题8个。现将有关情况通报如下：",
    )
    _paragraph(doc, "一、发现的问题", font="黑体")
    for text in PATROL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、工作要求", font="黑体")
    _paragraph(
        doc,
        "各县（区）要举一反三，对照通报问题立即组织自查自纠，按时限完成整改，并于8月5日前将整改情况书面报送市森防指"
        "办公室。对整改不力、敷衍塞责的，将提请市森防指约谈并通报批评。",
    )
    _paragraph(doc, "濮阳市森林防灭火指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月19日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 森林防火检查卡点“九个一”督查, after a city's 森林防火检查卡点值班值守规定 (“九个一”清单: 一点、一牌、一码、一杆、
# 一令、一箱、一本、一喇叭、一班人; 高火险期07:00至22:00值守; “七步”工作法: 一停、二讲、三问、四查、五记、六扫、
# 七放):
# http://htq.yuxinet.cn/c/2023/01/19/575932.shtml
# An .xlsx: title, 督查单位/填报单位 line, a two-row header (督查发现问题 over 缺失项 and 具体问题, 整改完成情况 over
# 是否完成 and 情况说明), the 乡镇 as 整改责任单位, a 注 line naming the “九个一” and a 填表人 line.
CHECKPOINT_ROWS = [
    (
        "陈庄镇黄河大堤入口卡点",
        "陈庄镇",
        "一本",
        "入山车辆人员检查记录本登记不全，7月以来仅登记3天",
        "范县陈庄镇人民政府",
        "2024年7月31日",
        "是",
        "已安排专人规范登记",
    ),
    (
        "辛庄镇滩区林场卡点",
        "辛庄镇",
        "一箱",
        "未规范设置火源火种收集箱",
        "范县辛庄镇人民政府",
        "2024年7月28日",
        "是",
        "已配置收集箱",
    ),
    (
        "杨集乡林网卡点",
        "杨集乡",
        "一码",
        "“防火码”标牌未设置，过往人员无法扫码登记",
        "范县杨集乡人民政府",
        "2024年8月5日",
        "否",
        "标牌已订制，待安装",
    ),
    (
        "白衣阁乡东卡点",
        "白衣阁乡",
        "一班人",
        "值守人员未穿防火马甲、未佩戴红袖标，高火险期22时前脱岗",
        "范县白衣阁乡人民政府",
        "2024年7月31日",
        "否",
        "",
    ),
    (
        "颜村铺乡卡点",
        "颜村铺乡",
        "一喇叭",
        "宣传小喇叭损坏，未循环播放森林防火知识",
        "范县颜村铺乡人民政府",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "国有林场南门卡点",
        "—",
        "一杆",
        "未设置车辆拦截杆，车辆可直接驶入林区",
        "范县国有林场",
        "2024年8月20日",
        "否",
        "已报采购计划",
    ),
    (
        "张庄乡卡点",
        "张庄乡",
        "一令",
        "卡点未张贴省、市、县森林防火命令",
        "范县张庄乡人民政府",
        "2024年7月26日",
        "是",
        "",
    ),
    (
        "龙王庄镇卡点",
        "龙王庄镇",
        "一牌",
        "防火检查站牌被大风刮倒后未恢复",
        "范县龙王庄镇人民政府",
        "7月底前",
        "是",
        "已重新设置站牌",
    ),
]


def write_checkpoint(path: Path) -> Path:
    b = Book(path, author="范县森防办")
    ws = b.sheet("卡点督查")
    b.widths(ws, [6, 24, 10, 10, 40, 22, 14, 10, 22])
    b.line(ws, 0, "森林防火检查卡点“九个一”落实情况督查问题清单", 8, b.title)
    b.line(
        ws,
        1,
        "督查单位：市森林防灭火指挥部办公室    督查时间：2024年7月22日至24日    "
        "填报单位：范县森林防灭火指挥部办公室",
        8,
    )
    for c, word in enumerate(["序号", "卡点名称", "所在乡镇"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "督查发现问题", b.head)
    b.header(ws, 3, ["缺失项", "具体问题"], first=3)
    b.merge(ws, 2, 5, 3, 5, "整改责任单位", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["是否完成", "情况说明"], first=7)
    for i, row in enumerate(CHECKPOINT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.put(ws, r, 2, row[1], b.center)
        b.put(ws, r, 3, row[2], b.center)
        b.row(ws, r, list(row[3:6]), first=4)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
    end = 4 + len(CHECKPOINT_ROWS)
    b.line(
        ws,
        end + 1,
        "注：“九个一”指一点、一牌、一码、一杆、一令、一箱、一本、一喇叭、一班人；已完成的在“是否完成”栏填“是”。",
        8,
    )
    b.line(ws, end + 2, "填表人：冯雪    联系电话：0393-5263318    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 林区施工企业占用林地和森林防火检查, after a county 林业局's check of the 施工企业 working in its forests (是否依法
# 办理征占用林地手续、是否按审批内容使用林地、是否建立24小时值班制度、防火物资是否齐全; 违规占用林地、少批多占、
# 未批先占):
# https://lyj.yaan.gov.cn/xinwen/show/c61a445112fd441cdf39e2081b3fe4f3.html
# An .xls (xlwt): title, 检查单位/检查日期 line, one header row; 项目名称 and 施工企业 merged over a company's rows,
# 检查内容 per row, 整改期限 as a date cell or in 工作日 from the check date, a 复查人 (inspector) column, a 注 line and a
# 填表人 line.
SITE_ROWS = [
    # project, company, check area, problem, requirement, deadline, result, reviewer
    (
        "濮卫高速濮阳段绿化提升工程",
        "河南中原路桥建设有限公司",
        "用地手续",
        "临时占用林地约0.8公顷未办理使用林地审批手续",
        "补办临时使用林地手续，批准前停止占用",
        date(2024, 8, 31),
        "已提交申请材料，正在审批",
        "周涛",
    ),
    (
        "黄河滩区生态廊道项目",
        "濮阳市生态建设发展有限公司",
        "值班值守",
        "未建立24小时防火值班制度，夜间工地无人值守",
        "建立值班制度并上墙公示",
        "10个工作日",
        "已建立值班制度，复查合格",
        "周涛",
    ),
    (
        "黄河滩区生态廊道项目",
        "濮阳市生态建设发展有限公司",
        "防火物资",
        "工地扑火物资储备不足，仅有灭火器4具，无风力灭火机",
        "按标准配齐扑火物资",
        date(2024, 7, 31),
        "",
        "",
    ),
    (
        "范县风电场集电线路工程",
        "濮阳豫能新能源有限公司",
        "施工用火",
        "林带内电焊作业未办理野外用火审批，无专人监护",
        "办理用火审批，配备监护人员",
        date(2024, 7, 15),
        "已整改",
        "韩磊",
    ),
    (
        "范县风电场集电线路工程",
        "濮阳豫能新能源有限公司",
        "用地手续",
        "施工便道超出批准范围占用林地约300平方米",
        "恢复林地原状并补植",
        date(2024, 9, 30),
        "未整改",
        "韩磊",
    ),
    (
        "南乐县农田林网改造工程",
        "南乐县绿洲园林工程有限公司",
        "防火物资",
        "物资储备库管理混乱，扑火工具未登记造册",
        "建立物资管理台账",
        "10个工作日",
        "正在整理台账",
        "",
    ),
    (
        "台前县沿黄防护林提升工程",
        "濮阳市林海园林绿化有限公司",
        "宣传教育",
        "施工人员未接受森林防火培训，有人在林内吸烟",
        "组织防火培训，设置集中吸烟点",
        date(2024, 7, 20),
        "已培训施工人员56人，已设置集中吸烟点",
        "韩磊",
    ),
]


def write_site(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num_format="yyyy-mm-dd")
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "林区施工企业占用林地和森林防火检查隐患整改台账", t, 0, 9),
        (
            1,
            0,
            "检查单位：濮阳市自然资源和规划局森林资源管理科、市公安局治安支队    检查日期：2024年7月10日",
            plain,
            1,
            9,
        ),
    ]
    words = [
        "序号",
        "项目名称",
        "施工企业",
        "检查内容",
        "存在问题",
        "整改要求",
        "整改期限",
        "整改结果",
        "复查人",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r = 3
    i = 0
    while i < len(SITE_ROWS):
        j = i
        while j + 1 < len(SITE_ROWS) and SITE_ROWS[j + 1][1] == SITE_ROWS[i][1]:
            j += 1
        if j > i:
            cells.append((r, 1, SITE_ROWS[i][0], c, r + (j - i), 1))
            cells.append((r, 2, SITE_ROWS[i][1], c, r + (j - i), 2))
        else:
            cells.append((r, 1, SITE_ROWS[i][0], c))
            cells.append((r, 2, SITE_ROWS[i][1], c))
        for k in range(i, j + 1):
            row = SITE_ROWS[k]
            rr = r + (k - i)
            cells.append((rr, 0, k + 1, ctr))
            cells.append((rr, 3, row[2], ctr))
            cells.append((rr, 4, row[3], c))
            cells.append((rr, 5, row[4], c))
            deadline = row[5]
            if isinstance(deadline, date):
                cells.append((rr, 6, datetime(deadline.year, deadline.month, deadline.day), day))
            else:
                cells.append((rr, 6, deadline, ctr))
            cells.append((rr, 7, row[6], c))
            cells.append((rr, 8, row[7], ctr))
        r += j - i + 1
        i = j + 1
    cells += [
        (r + 1, 0, "注：整改期限以工作日计的，自检查之日起计算。", plain, r + 1, 9),
        (r + 2, 0, "填表人：郑海燕    审核人：刘建军    填报日期：2024年7月29日", plain, r + 2, 9),
    ]
    return _write_xls(path, [("检查台账", cells, [6, 26, 26, 10, 36, 28, 12, 28, 8])])


# ---------------------------------------------------------------------------------------------
# 6. 鸟类经营场所专项检查, after a county 林业局's joint check with the 市场监督管理局 of the places that trade birds
# (花鸟市场、宠物商店、网络平台实体店; 行政许可手续、鸟类来源是否合法、是否涉及重点保护名录; 个别台账记录不完善，
# 现场提出整改意见，要求限期改正):
# https://www.xinye.gov.cn/2025/09-26/1323078.html
# A CSV in GBK: a title line, a line naming the checking units and the check date the 整改期限 in days count from,
# one header line (经营场所 as 整改责任主体, its 负责人), a 合计 line.
BIRD_ROWS = [
    (
        "濮阳市华龙区百鸣鸟语宠物店",
        "张晓峰",
        "华龙区绿苑花鸟市场",
        "鸟类购销台账记录不完善，无来源地和进货凭证",
        "建立购销台账，留存进货凭证",
        "7日内",
        "已建立购销台账",
    ),
    (
        "濮阳市绿苑花鸟市场管理有限公司",
        "王建设",
        "华龙区绿苑花鸟市场",
        "市场未在显著位置张贴禁止非法交易野生动物公告",
        "张贴公告，告知入场商户",
        "3日内",
        "已张贴",
    ),
    (
        "濮阳市华龙区阿强观赏鸟店",
        "李强",
        "华龙区胜利路",
        "出售的画眉鸟2只无法提供合法来源证明",
        "暂扣待查，提供合法来源证明",
        "2024年8月10日",
        "已移交森林公安调查",
    ),
    (
        "濮阳市乐宠宠物用品有限公司",
        "陈丽",
        "开发区东方路",
        "出售的人工繁育鹦鹉未加挂专用标识",
        "加挂专用标识",
        "2024年7月31日",
        "",
    ),
    (
        "濮阳县金羽鸟行",
        "杨帆",
        "濮阳县城关镇",
        "营业执照经营范围不含活体动物销售",
        "办理经营范围变更登记",
        "2024年8月31日",
        "未整改",
    ),
    (
        "清丰县宏达宠物店",
        "刘宏达",
        "清丰县城关镇",
        "鸟笼堆放过密，卫生条件差，无防疫消毒记录",
        "清理消毒，建立消毒记录",
        "7日内",
        "正在整改",
    ),
    (
        "南乐县百鸟轩花鸟店",
        "郭明",
        "南乐县城关镇",
        "网络直播间宣传售卖“野生”画眉",
        "删除违规宣传内容",
        "3日内",
        "已删除，复查合格",
    ),
]


def write_bird(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["鸟类等野生动物经营场所专项检查问题整改台账", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "检查单位：濮阳市自然资源和规划局、濮阳市市场监督管理局；检查时间：2024年7月18日；"
            "整改期限自检查之日起计算",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "序号",
            "经营场所（整改责任主体）",
            "负责人",
            "所在位置",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(BIRD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查经营场所23家", "", "", "发现问题7个", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 野生动物人工繁育场所督导, after a regional 林草局's 人工繁育野生动物安全管理 督导 (猛兽饲养环境、笼舍监控警戒、
# 应急处置设施、安全防护; 查阅人工繁育许可证、饲养记录、规章制度、应急预案、人员培训; 布局不合理、管理条件不达标、
# 无序繁育、死体制品保管不规范; 要求属地主管部门责令人工繁育场所限期整改):
# https://szb.nmgnews.com.cn/bfxb/html/2024-08/13/content_48279_239264.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 场所 as 整改责任单位 beside the
# 属地监管部门, the 县（区） repeated per row, a 填表说明 line and a signature line.
BREED_ROWS = [
    (
        "华龙区",
        "濮阳绿野生态园有限公司",
        "猕猴、狼",
        "狼舍外围隔离护栏高度不足，未设置警示标志",
        "濮阳绿野生态园有限公司",
        "市自然资源和规划局华龙分局",
        "2024年8月15日",
        "已加高护栏至3米，警示标志已设置",
    ),
    (
        "华龙区",
        "濮阳绿野生态园有限公司",
        "猕猴、狼",
        "猛兽笼舍监控存在盲区，夜间无人巡查",
        "濮阳绿野生态园有限公司",
        "市自然资源和规划局华龙分局",
        "2024年8月31日",
        "正在安装监控设备",
    ),
    (
        "清丰县",
        "清丰县鹿鸣梅花鹿养殖专业合作社",
        "梅花鹿",
        "繁育记录不全，2023年新生幼鹿数量未登记",
        "清丰县鹿鸣梅花鹿养殖专业合作社",
        "清丰县自然资源局",
        "2024年7月31日",
        "已补登记",
    ),
    (
        "濮阳县",
        "濮阳县金翎雉鸡养殖场",
        "环颈雉",
        "死亡个体未登记，冷柜存放死体无台账，未按规定无害化处理",
        "濮阳县金翎雉鸡养殖场",
        "濮阳县自然资源局",
        "2024年7月25日",
        "未整改",
    ),
    (
        "南乐县",
        "南乐县蓝孔雀繁育基地",
        "蓝孔雀",
        "场所布局不合理，繁育区与游客观赏区未分隔",
        "南乐县蓝孔雀繁育基地",
        "南乐县自然资源局",
        "2024年9月底前",
        "",
    ),
    (
        "范县",
        "范县黄河湿地野生动物救护站",
        "苍鹭等救护鸟类",
        "应急预案未演练，饲养人员未经专业培训",
        "范县黄河湿地野生动物救护站",
        "范县自然资源局",
        "2024年8月20日",
        "已组织培训1次，应急演练计划8月开展",
    ),
    (
        "台前县",
        "台前县兴旺特种养殖场",
        "红腹锦鸡",
        "人工繁育许可证已过期未办理延续",
        "台前县兴旺特种养殖场",
        "台前县自然资源局",
        "2024年8月10日",
        "已提交延续申请",
    ),
]


def write_breed_book(path: Path) -> Path:
    b = Book(path, author="野生动植物保护科")
    ws = b.sheet("督导问题整改")
    b.widths(ws, [6, 10, 28, 14, 40, 28, 24, 16, 30])
    b.line(ws, 0, "野生动物人工繁育场所安全管理督导发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局（盖章）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "人工繁育场所名称",
            "繁育物种",
            "发现问题",
            "整改责任单位",
            "属地监管部门",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(BREED_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BREED_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：“整改进展”栏填写截至7月30日的整改情况，整改完成的须经属地监管部门现场核实。",
        8,
    )
    b.line(ws, end + 2, "科室负责人：邓丽娟    填表人：曹阳    联系电话：0393-8992231", 8)
    return b.close()


def write_breed(path: Path) -> Path:
    via_soffice(write_breed_book, path, "ods", "人工繁育场所督导问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 木材加工厂（点）检疫执法检查, after a district 林草局's 木材加工厂（点）检疫执法行动 (检疫证书办理、违规调运行为、
# 原料堆放管理; 26家加工厂（点）全面检查; 4家企业天牛虫害木堆放不规范，下达《森林病虫害限期除治通知书》):
# http://www.gsgz.gov.cn/jjgz/bmdt/202508/t20250801_1434727.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble stating the date the 除治期限 in days count from, one table
# with the 企业 as 责任单位, 处理措施 with the 通知书 number, the office and date at the foot.
TIMBER_ROWS = [
    (
        "濮阳县兴林木业加工厂",
        "文留镇",
        "天牛虫害木约20立方米露天堆放，未进行除害处理",
        "下达通知书（濮县林除〔2024〕5号），限期熏蒸除害",
        "15日内",
        "已熏蒸处理，复查合格",
    ),
    (
        "濮阳县鑫源板材厂",
        "柳屯镇",
        "调入杨木原木未查验《植物检疫证书》",
        "责令补办复检手续",
        "2024年7月20日",
        "已补办复检手续",
    ),
    (
        "濮阳县庆丰木材加工点",
        "庆祖镇",
        "松木包装材料来源不明，无检疫证明",
        "封存待检，取样送检",
        "30日内",
        "样品已送检，等待检测结果",
    ),
    (
        "濮阳县宏达木业有限公司",
        "海通乡",
        "枝桠柴堆放区紧邻林带，未设置隔离",
        "清运枝桠柴，设置隔离带",
        "2024年7月31日",
        "未整改",
    ),
    ("濮阳县顺通木材经营部", "渠村乡", "木材购销台账缺失，调运来源无法追溯", "建立购销台账", "15日内", ""),
    ("濮阳县绿洲胶合板厂", "文留镇", "虫害木除害处理记录不规范", "规范除害处理记录", "长期坚持", "长期坚持"),
    (
        "濮阳县恒盛木业",
        "习城乡",
        "加工剩余物中发现光肩星天牛幼虫",
        "下达通知书（濮县林除〔2024〕6号），剩余物全部粉碎除害",
        "2024年7月18日",
        "已粉碎处理",
    ),
]


def write_timber_docx(path: Path) -> Path:
    doc = _new_document("濮阳县自然资源局")
    _title(doc, "关于木材加工厂（点）检疫执法检查发现问题的通报", 18)
    _paragraph(doc, "各乡镇人民政府，各木材经营加工单位：", 14)
    _paragraph(
        doc,
        "为规范木材经营秩序，防范林业有害生物传播，7月8日至10日，我局组织检疫执法人员对全县26家木材加工厂（点）"
        "开展专项检查，重点检查检疫证书办理、违规调运行为及原料堆放管理情况。对存在问题的企业已下达《森林病虫害"
        "限期除治通知书》，除治期限自通知书送达之日（2024年7月11日）起计算。现将检查发现的问题及整改情况通报如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(TIMBER_ROWS, 1)]
    _table(doc, ["序号", "企业名称", "所在乡镇", "存在问题", "处理措施", "除治期限", "落实情况"], body)
    _paragraph(doc, "濮阳县自然资源局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_timber(path: Path) -> Path:
    return via_soffice(write_timber_docx, path, "doc", "木材加工厂检疫执法检查通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 杨树食叶害虫防控督导反馈意见整改, after a province 森防站's 督导调研 of a county's 杨树食叶害虫防控 (深入林地
# 查看虫害发生情况; 要求: 及时观测、第一时间上报, 加强宣传、发动群众, 做好监测预警、及时发布病虫情信息, 加大防治
# 力度、借助飞机防治扩大防控范围):
# https://lyj.zhengzhou.gov.cn/zzly/5185686.jhtml
# An .xlsx: title, 填报单位 line (a county 自然资源局), one header row whose rows name only the bureau's own 股室 and
# 责任人, a 是否销号 column beside 整改落实情况, a signature line.
POPLAR_ROWS = [
    (
        "杨小舟蛾虫情监测不及时，监测点数据未按周上报",
        "实行监测数据周报制度",
        "森防站",
        "王春生",
        "2024年7月15日",
        "已实行周报制度",
        "已销号",
    ),
    (
        "群众防控宣传不到位，乡镇林农对美国白蛾识别知晓率低",
        "印发明白纸，开展进村宣传",
        "办公室",
        "李娜",
        "2024年8月31日",
        "已印发明白纸5000份，正在开展进村宣传",
        "未销号",
    ),
    (
        "林业有害生物监测预警信息发布不及时",
        "按旬发布虫情信息和防控建议",
        "森防站",
        "王春生",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "飞机防治作业区边缘林带存在漏防",
        "组织地面补防",
        "森防站",
        "高峰",
        "2024年7月25日",
        "已组织地面补防",
        "已销号",
    ),
    (
        "美国白蛾网幕人工剪除未覆盖村庄四旁树",
        "组织乡镇护林员开展人工剪网",
        "营林股",
        "赵永",
        "第三季度",
        "",
        "",
    ),
    (
        "防治药剂出入库台账不清，领用无签字",
        "建立药剂出入库台账",
        "办公室",
        "李娜",
        "2024年7月20日",
        "未整改",
        "未销号",
    ),
    (
        "省级防治补助资金拨付进度慢",
        "加快资金拨付",
        "计财股",
        "刘洋",
        "2024年8月15日",
        "已拨付60%",
        "未销号",
    ),
]


def write_poplar(path: Path) -> Path:
    b = Book(path, author="清丰县森防站")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 28, 10, 10, 16, 32, 10])
    b.line(ws, 0, "省森防站督导杨树食叶害虫防控工作反馈意见整改落实台账", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县自然资源局（盖章）    填报时间：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "督导反馈问题", "整改措施", "责任股室", "责任人", "完成时限", "整改落实情况", "是否销号"],
    )
    for i, row in enumerate(POPLAR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:6]), first=1)
        b.put(ws, 2 + i, 7, row[6], b.center)
    end = 3 + len(POPLAR_ROWS)
    b.line(ws, end + 1, "分管领导：陈志刚    填表人：王春生    联系电话：0393-7221856", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 花鸟市场野生动物经营专项检查, after a city 市场监管局 (网监科) and 林业局 (野生动物保护科) check of a 花鸟市场
# (是否有非法经营野生动物行为，营业资质是否合法有效，是否有涉嫌非法交易野生动物宣传广告行为; 张贴禁食野生动物宣传
# 海报; 督促规范进销台账和票据，确保鸟、仓鼠等动物来源销售可溯源):
# https://www.shaoshang.cn/news/108073.html
# A .zip of two returns: the market operator's .xlsx (填报单位 line; rows naming only its own 部门) and the 市场监管局
# 网络交易监管科's .docx (网店经营主体 as 整改责任单位, one table).
MARKET_ROWS = [
    (
        "市场入场商户准入审核不严，2家商户无活体动物经营资质即入场经营",
        "督促办理资质，逾期未办的清退",
        "招商部",
        "2024年7月31日",
        "2家商户均已办理相关资质，整改完成",
    ),
    (
        "市场内禁止经营野生动物宣传海报张贴不足",
        "在各出入口和交易区张贴宣传海报",
        "市场管理部",
        "2024年7月20日",
        "已张贴海报50张",
    ),
    (
        "未建立商户进销台账定期检查制度",
        "制定检查制度，每周抽查",
        "市场管理部",
        "2024年8月15日",
        "正在制定检查制度",
    ),
    ("市场监控未覆盖鸟类交易区", "增设监控探头", "安保部", "2024年8月31日", ""),
    (
        "商户票据留存不全，鸟、仓鼠等动物来源无法追溯",
        "督促商户留存票据，做到来源可追溯",
        "市场管理部",
        "长期坚持",
        "长期坚持",
    ),
]
ONLINE_ROWS = [
    (
        "濮阳市优宠电子商务有限公司",
        "网店商品标题使用“野生”字样宣传观赏鸟",
        "下架违规商品链接",
        "2024年7月22日",
        "已下架",
    ),
    (
        "濮阳县羽乐宠物用品店",
        "网店销售捕鸟网等禁用猎捕工具",
        "下架并停止销售",
        "2024年7月22日",
        "已下架，复查合格",
    ),
    (
        "清丰县鸣翠鸟语商行",
        "网络销售鸟类未公示动物检疫合格证明",
        "公示检疫合格证明",
        "2024年7月31日",
        "正在补办检疫证明",
    ),
    (
        "南乐县小林子宠物店",
        "直播间宣传售卖“山货”画眉，涉嫌非法交易野生动物",
        "移交林业部门调查",
        "2024年8月15日",
        "已移交市自然资源和规划局",
    ),
    ("范县萌宠之家", "网店未在首页显著位置亮照经营", "公示营业执照信息", "2024年7月25日", "未整改"),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="市场管理部")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 44, 32, 12, 14, 34])
    b.line(ws, 0, "绿苑花鸟市场野生动物经营专项检查问题整改情况表", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市绿苑花鸟市场管理有限公司    填报日期：2024年7月26日", 5)
    b.header(ws, 2, ["序号", "检查发现问题", "整改措施", "责任部门", "完成时限", "整改情况"])
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(MARKET_ROWS), "负责人：王建设    填表人：孟丽    联系电话：13839300172", 5)
    return b.close()


def write_online_docx(path: Path) -> Path:
    doc = _new_document("网络交易监管科")
    _title(doc, "网络销售野生动物及其制品排查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市市场监督管理局网络交易监管科    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(ONLINE_ROWS, 1)]
    _table(
        doc, ["序号", "整改责任单位（网店经营主体）", "存在问题", "处理措施", "整改时限", "整改结果"], body
    )
    _paragraph(doc, "填表人：韩静    联系电话：0393-4419520", 12)
    return _save_fixed(doc, path)


def write_market(path: Path) -> Path:
    members = [
        ("绿苑花鸟市场野生动物经营检查问题整改情况表.xlsx", write_market_book),
        ("网络销售野生动物排查问题整改情况（市场监管局网监科）.docx", write_online_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 野生动物人工繁育及收容救护场所排查整改, after a city 林湿局's 野生动物人工繁育场所全面排查整改专项行动 (养殖
# 繁育场所现有条件、安全及卫生设施是否符合标准; 重点检查养殖单位证照、谱系档案及经营台账; 1家谱系档案及经营台账
# 不清晰，1家现场卫生条件差，已责令限期改正):
# http://www.panjin.gov.cn/html/2308/2023-07-17/content-133363.html
# An .xlsx: title, 填报单位 line, a two-row header (检查内容 merged over five columns of 符合/不符合), every place
# checked listed — one of them with 未发现问题 —, the 场所 as the unit, 限期改正时间, a 检查人员 line.
RESCUE_ROWS = [
    (
        "南乐县福康梅花鹿养殖场",
        "人工繁育",
        ("符合", "不符合", "不符合", "符合", "符合"),
        "谱系档案及经营利用台账记录不清晰，出售去向未登记",
        "完善谱系档案和经营利用台账",
        "2024年8月10日",
        "已完善",
    ),
    (
        "南乐县谷金楼乡绿源孔雀养殖场",
        "人工繁育",
        ("符合", "符合", "符合", "符合", "不符合"),
        "笼舍粪污未及时清理，现场卫生条件差",
        "清理笼舍并消毒",
        "2024年7月25日",
        "已清理消毒，复查合格",
    ),
    (
        "南乐县野生动物收容救护站",
        "收容救护",
        ("符合", "—", "不符合", "符合", "符合"),
        "救护动物去向记录缺失，放归记录不完整",
        "补齐救护和放归记录",
        "2024年7月31日",
        "正在补录",
    ),
    (
        "南乐县千口镇华瑞特种养殖专业合作社",
        "人工繁育",
        ("不符合", "符合", "符合", "符合", "符合"),
        "人工繁育许可证载明物种与实际繁育物种不符",
        "办理许可变更",
        "2024年9月30日",
        "",
    ),
    (
        "南乐县近德固乡百鸟园",
        "人工繁育",
        ("符合", "符合", "符合", "符合", "符合"),
        "未发现问题",
        "—",
        "—",
        "—",
    ),
    (
        "南乐县元村镇金鳞蛇业养殖场",
        "人工繁育",
        ("符合", "符合", "符合", "不符合", "符合"),
        "蛇房防逃设施破损，存在逃逸风险",
        "修复防逃设施",
        "2024年7月20日",
        "未整改",
    ),
    (
        "南乐县杨村乡鸿雁养殖合作社",
        "人工繁育",
        ("符合", "符合", "符合", "不符合", "符合"),
        "鸿雁散养区围网破损",
        "修补围网",
        "8月10日前",
        "已整改",
    ),
]


def write_rescue(path: Path) -> Path:
    b = Book(path, author="南乐县自然资源局")
    ws = b.sheet("排查整改台账")
    b.widths(ws, [6, 30, 10, 8, 8, 10, 8, 8, 36, 24, 14, 20])
    b.line(ws, 0, "野生动物人工繁育及收容救护场所排查整改台账", 11, b.title)
    b.line(
        ws, 1, "填报单位：南乐县自然资源局    排查时间：2024年7月15日至19日    填报日期：2024年7月29日", 11
    )
    for c, word in enumerate(["序号", "场所名称", "类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 7, "检查内容", b.head)
    b.header(ws, 3, ["证照", "谱系档案", "经营利用台账", "安全设施", "卫生条件"], first=3)
    for c, word in zip(range(8, 12), ["存在问题", "整改要求", "限期改正时间", "整改结果"], strict=True):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(RESCUE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.put(ws, r, 2, row[1], b.center)
        b.row(ws, r, list(row[2]), first=3, fmt=b.center)
        b.row(ws, r, list(row[3:]), first=8)
    end = 4 + len(RESCUE_ROWS)
    b.line(ws, end + 1, "检查人员：许文涛、宋佳    审核：董建国", 11)
    return b.close()


FILES = [
    ("2024年松材线虫病疫情防控专项督导发现问题整改台账.xlsx", write_pine),
    ("海通乡美国白蛾防治作业质量检查问题整改登记表.et", write_moth),
    ("关于7月份森林防火暗访督导发现问题的通报.docx", write_patrol),
    ("森林防火检查卡点九个一落实情况督查问题清单（范县）.xlsx", write_checkpoint),
    ("林区施工企业占用林地和森林防火检查隐患整改台账.xls", write_site),
    ("鸟类等野生动物经营场所专项检查问题整改台账.csv", write_bird),
    ("野生动物人工繁育场所安全管理督导发现问题整改台账.ods", write_breed),
    ("木材加工厂（点）检疫执法检查发现问题通报.doc", write_timber),
    ("杨树食叶害虫防控督导反馈意见整改落实台账（清丰县）.xlsx", write_poplar),
    ("花鸟市场野生动物经营专项检查整改（两份）.zip", write_market),
    ("野生动物人工繁育及收容救护场所排查整改台账（南乐县）.xlsx", write_rescue),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

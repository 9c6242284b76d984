"""Write the aside272 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 督查督办 (政府督查室、两办督查、领导批示件、重点工作调度) 问题整改 — 督办单、督查通报、整改报告和调度表.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted by LibreOffice to Excel 97 and
named as WPS 表格 names it), .ods (LibreOffice conversion, zip times fixed), a CSV in GBK, a .docx whose items are
numbered paragraphs, a .doc (LibreOffice conversion of a .docx with a table) and a .zip of two returns (an .xlsx and
a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside272.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 周调度会议定事项落实情况表, after a county 指挥部办公室's “周调度、月通报、季推进、年考评”工作制度 (每周召开一次
# 例会，周调度会后印发议定事项，每次例会听取上次会议落实情况汇报；涉及各镇(街)、各专班的议定事项由综合协调组跟进落实;
# 县域经济、城镇建设、乡村振兴等工作专班):
# https://shituxiezuo.com/44846.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (是否办结 over 是 and 否, ticked with √), the items grouped
# under 专班 rows merged across, each with the 会议日期 its “会后N个工作日内” counts from, a 说明 line and a signature.
WEEKLY_GROUPS = [
    (
        "一、县域经济专班",
        [
            (
                "第27次",
                date(2024, 7, 2),
                "柳屯镇工业园区标准化厂房二期水电配套未接通，入驻企业无法试生产",
                "柳屯镇人民政府",
                "会后10个工作日内",
                "已接通供水，供电线路正在架设",
                "",
                "√",
            ),
            (
                "第27次",
                date(2024, 7, 2),
                "文留镇石化产业园区内部道路破损，重型车辆通行困难",
                "文留镇人民政府",
                "7月底前",
                "道路修复已完工，经县交通运输局验收合格",
                "√",
                "",
            ),
        ],
    ),
    (
        "二、城镇建设专班",
        [
            (
                "第28次",
                date(2024, 7, 9),
                "城关镇老城区雨污分流改造施工围挡占道，群众出行不便",
                "城关镇人民政府",
                "立行立改",
                "已压缩围挡范围，设置临时便道",
                "√",
                "",
            ),
            (
                "第30次",
                date(2024, 7, 23),
                "县城区主次干道“僵尸车”清理不彻底",
                "濮阳县公安局交通管理大队",
                "长期坚持",
                "每周开展一次集中清理，常态化推进",
                "",
                "",
            ),
            (
                "第30次",
                date(2024, 7, 23),
                "渠村乡黄河滩区迁建社区物业管理未落实，公共照明损坏",
                "渠村乡人民政府",
                "会后3个工作日内",
                "已落实物业服务企业，路灯已全部修复",
                "√",
                "",
            ),
        ],
    ),
    (
        "三、乡村振兴专班",
        [
            (
                "第28次",
                date(2024, 7, 9),
                "庆祖镇西辛庄村集体经济项目冷库建成后闲置",
                "庆祖镇人民政府",
                "8月15日前",
                "",
                "",
                "",
            ),
            (
                "第29次",
                date(2024, 7, 16),
                "户部寨镇高标准农田项目灌溉机井通电率不足六成",
                "户部寨镇人民政府",
                "会后5个工作日内",
                "未启动，待县农业农村局下达资金",
                "",
                "√",
            ),
            (
                "第29次",
                date(2024, 7, 16),
                "海通乡农村生活污水处理设施建成后未运行",
                "海通乡人民政府",
                "9月底前",
                "已完成设备调试，正在办理移交",
                "",
                "√",
            ),
            (
                "第30次",
                date(2024, 7, 23),
                "王称堌镇综合文化站被挤占用作办公用房",
                "王称堌镇人民政府",
                "8月10日前",
                "已腾退2间，剩余房屋正在腾退",
                "",
                "√",
            ),
        ],
    ),
]


def write_weekly(path: Path) -> Path:
    b = Book(path, author="综合协调组")
    ws = b.sheet("议定事项落实情况")
    b.widths(ws, [6, 9, 12, 44, 24, 16, 32, 6, 6])
    b.line(ws, 0, "濮阳县重点工作周调度会议定事项落实情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县重点工作指挥部办公室（综合协调组）    截至：2024年7月30日", 8)
    for c, word in enumerate(
        ["序号", "调度会期次", "会议日期", "议定事项", "责任单位", "办理时限", "落实情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否办结", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in WEEKLY_GROUPS:
        b.merge(ws, r, 0, r, 8, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:6]), first=1)
            b.put(ws, r, 7, row[6], b.center)
            b.put(ws, r, 8, row[7], b.center)
            r += 1
    b.line(
        ws,
        r,
        "说明：“会后N个工作日内”自会议日期起算，“立行立改”以会议日期为限；已办结的在“是”栏打“√”，未办结的在“否”栏打“√”。",
        8,
    )
    b.line(ws, r + 1, "审核：赵文斌    填报：李晓静    联系电话：0393-3221860", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 省政府交办重点督查事项整改落实台账, after a city's account of the 省政府交办的第二批懒政怠政为官不为重点督查事项
# (房产交易“办事难”、养老产业综合服务园、一村一警、交通运输执法体制改革等7项; 明确责任单位、完成时限，逐一制订
# 整改方案，由市政府督查室统一督查; 已整改到位1项、基本到位2项，其余正在认真积极整改之中):
# http://www.zhld.com/zkrb/html/2016-11/28/content_6900317.htm
# An .xls (xlwt): title, 填报单位/填报日期 line, one header row with 督查事项 beside 存在问题, progress in the source's
# three words (已整改到位 / 基本到位 / 正在整改) and a few others, a 注 line and a signature line.
PROVINCE_ROWS = [
    (
        "房产交易“办事难”问题",
        "二手房交易需在不动产登记、税务窗口间往返，群众平均跑3次",
        "市不动产登记中心",
        "推行“一窗受理、集成服务”，交易、缴税、登记一次办结",
        "2024年7月15日",
        "已整改到位",
    ),
    (
        "养老产业综合服务园建设",
        "市社会福利中心医养结合项目建成后护理床位未投入使用",
        "市民政局",
        "完成消防验收，引入专业护理机构运营",
        "2024年9月30日",
        "基本到位，消防验收已通过，运营机构正在招标",
    ),
    (
        "一村一警警务战略",
        "部分行政村驻村辅警未实际到岗，村警务室长期关门",
        "市公安局",
        "逐村核查到岗情况，落实坐班制度",
        "8月底前",
        "正在整改",
    ),
    (
        "巩固交通运输执法体制改革成果",
        "综合执法改革后执法车辆、执法装备未按标准配齐",
        "市交通局",
        "制定装备配备计划，分批配齐",
        "2024年10月31日",
        "正在整改，已配发执法记录仪60台",
    ),
    (
        "企业开办便利化",
        "企业开办“一网通办”平台刻制公章环节仍需线下办理",
        "市市场监管局",
        "公章刻制纳入一网通办，免费刻章寄递到家",
        "2024年7月20日",
        "已整改到位",
    ),
    (
        "异地就医直接结算",
        "异地就医备案审核超过承诺时限，群众多次催办",
        "市医保局",
        "压缩审核时限，推行备案“即时办”",
        "2024年6月30日",
        "",
    ),
    (
        "人才公寓建设",
        "人才公寓项目主体完工后水电气配套未跟进，交付延期",
        "市住建局",
        "协调水电气报装，倒排工期",
        "年底前",
        "未整改",
    ),
    (
        "根治欠薪",
        "在建工程项目农民工工资专用账户开设率不足",
        "市人社局",
        "按月核查专户开设和工资代发情况",
        "长期坚持",
        "长期坚持，按月核查",
    ),
]


def write_province(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "省政府交办重点督查事项整改落实台账", t, 0, 6),
        (1, 0, "填报单位：濮阳市人民政府督查局    填报日期：2024年7月29日", plain, 1, 6),
    ]
    for col, word in enumerate(
        ["序号", "督查事项", "存在问题", "责任单位", "整改措施", "完成时限", "整改情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(PROVINCE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col == 5 else c))
    r = 3 + len(PROVINCE_ROWS)
    cells += [
        (r, 0, "注：整改情况按“已整改到位”“基本到位”“正在整改”填写，并简要说明进展。", plain, r, 6),
        (r + 1, 0, "审核人：周立新    填表人：韩雪    联系电话：0393-8996102", plain, r + 1, 6),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 重点项目效能督查通报问题整改情况报告, after a district's account of its 项目效能督查 (效能办联合区委督查室、区政府
# 督查室; 对形象进度、节点目标滞后的项目专项督查; 110kV变电站线路走廊征地未完成影响项目投产; 建立督办台账，每月通报;
# 发出督查情况通报并责令限时整改; 整改不到位的效能问责、约谈):
# http://www.ghqlgyb.cn/longyan/xinluo/1619433.html
# A .docx: title, 主送, preamble giving the 通报 date the “10个工作日内” counts from, the items as numbered paragraphs
# (问题, 责任单位 under short and former names, 整改时限 and progress in sentences), a closing line, office and date.
EFFICIENCY_PARAS = [
    (
        "（一）濮东产业集聚区110千伏变电站线路走廊征地工作未完成，影响新材料项目按期投产。责任单位：华龙区岳村镇"
        "人民政府。整改时限：通报之日起10个工作日内。整改情况：已完成11基塔基征地，剩余3基正在与群众协商。"
    ),
    (
        "（二）濮阳经济技术开发区智能装备产业园项目施工图审查超出承诺时限。责任单位：市住建局。整改时限：通报之日起"
        "10个工作日内。整改情况：已于7月18日完成审查并出具合格书，已办结。"
    ),
    (
        "（三）范县新能源电池材料项目用地报批材料两次被退回，预审意见一次性告知不到位。责任单位：市国土局。整改时限："
        "通报之日起10个工作日内。整改情况：已完成用地预审，整改完成。"
    ),
    (
        "（四）台前县化工园区污水处理厂提标改造进度滞后，未达到形象进度节点。责任单位：市环保局。整改时限：8月底前完成"
        "主体工程。整改情况：目前土建工程已完成60%。"
    ),
    (
        "（五）清丰县家居产业园配套道路未按计划开工。责任单位：清丰县人民政府。整改时限：9月30日前。整改情况：截至目前"
        "尚未启动。"
    ),
    (
        "（六）市区污水管网三期项目进度款拨付滞后，施工单位反映资金不到位影响工期。责任单位：市财政局。整改时限：通报之日起"
        "10个工作日内。"
    ),
    (
        "（七）南乐县生物基材料产业园供气管道接入延误。责任单位：市燃气公司。整改时限：7月20日前。整改情况：已接通供气，"
        "经复查合格。"
    ),
    (
        "（八）重点项目“首席服务员”履职情况缺乏常态化考核。责任单位：市发改委。整改时限：长期坚持。整改情况：已建立"
        "每月通报制度，长期坚持。"
    ),
]


def write_efficiency(path: Path) -> Path:
    doc = _new_document("项目办")
    _title(doc, "关于第7期重点项目效能督查情况通报所列问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月10日，市效能办、市委督查室、市政府督查局联合印发《重点项目效能督查情况通报（第7期）》，通报了8个"
        "方面的问题，要求各责任单位自通报之日起10个工作日内整改到位（另有时限的从其规定）。我委会同各责任单位逐项"
        "跟踪，现将整改情况汇总报告如下：",
    )
    for text in EFFICIENCY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "对尚未整改到位的问题，我委将纳入督办台账，每月跟踪通报，直至整改销号。")
    _paragraph(doc, "濮阳市发展和改革委员会（市重点项目建设办公室）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 领导批示件办理情况登记表, after an office's 重要事项办理及督办工作试行办法 (领导交办、发文要求办理、会议议定的重要
# 事项经领导批示后逐一登记，包括事项内容、领导批示要求、限时办理时间、承办单位及具体承办人员; 办公室专人登记、提醒;
# 每个月将所有事项办理的进展情况报告领导，每个季度汇总通报):
# http://yzqfbl.com/oldweb/n4/n20/n526/c36833/content.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 登记单位/月份 line, one
# header row with 登记日期 (the base of “立行立改” and “N个工作日内”), 领导批示要求, 限时办理时间 (dates and texts),
# 承办单位 under short and former names, 承办人, 办理进展 and 办结情况, a 说明 line and a signature line.
INSTRUCTION_ROWS = [
    (
        date(2024, 6, 24),
        "群众来信",
        "绿城路与京开大道交叉口信号灯配时不合理，早晚高峰拥堵",
        "请交警部门研究优化配时方案",
        date(2024, 7, 5),
        "市交警支队",
        "王振宇",
        "已调整信号配时，高峰通行时间缩短约三分之一",
        "已办结",
    ),
    (
        date(2024, 7, 1),
        "网络舆情",
        "濮阳县部分学校暑期组织违规补课",
        "请市教育局立即核查处理",
        "立行立改",
        "市教育局",
        "孙丽",
        "已核查2所学校，责令立即停止并约谈校长",
        "已办结",
    ),
    (
        date(2024, 7, 3),
        "人大代表反映",
        "市区老旧小区加装电梯审批流程复杂、涉及部门多",
        "请市住建局牵头研究简化流程",
        date(2024, 8, 30),
        "市住建局",
        "郭强",
        "已起草简化流程方案，正在征求相关部门意见",
        "办理中",
    ),
    (
        date(2024, 7, 8),
        "媒体报道",
        "金堤河濮阳县段部分河面漂浮垃圾",
        "请督促属地及时清理",
        "15个工作日内",
        "市水务局",
        "陈磊",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "企业反映",
        "工业园区企业技工招聘难，用工缺口较大",
        "请市人社局研究提出措施",
        "2024年8月底",
        "市人社局",
        "刘佳",
        "已组织专场招聘会1场，技工培训计划正在制定",
        "办理中",
    ),
    (
        date(2024, 7, 12),
        "群众来信",
        "城区部分农贸市场周边占道经营反弹",
        "请城管部门长效治理",
        "长期坚持",
        "市城管执法局",
        "马骏",
        "已纳入日常巡查，常态化治理",
        "长期坚持",
    ),
    (
        date(2024, 7, 15),
        "政协委员反映",
        "市第三人民医院门诊挂号排队时间过长",
        "请督促医院优化就诊流程",
        date(2024, 7, 31),
        "市卫计委",
        "张静",
        "",
        "未办理",
    ),
    (
        date(2024, 7, 19),
        "省领导批示转办",
        "濮阳至范县城际公交线路停运，沿线群众出行不便",
        "请协调尽快恢复运营",
        "5个工作日内",
        "众意公交公司",
        "赵海",
        "已于7月25日恢复运营",
        "已办结",
    ),
]


def write_instruction_book(path: Path) -> Path:
    b = Book(path, author="督查一科")
    ws = b.sheet("批示件登记")
    b.widths(ws, [6, 12, 14, 40, 26, 14, 16, 10, 34, 10])
    b.line(ws, 0, "2024年7月市领导批示件办理情况登记表", 9, b.title)
    b.line(
        ws,
        1,
        "登记单位：濮阳市人民政府督查局（督查一科）    报告月份：2024年7月    报送日期：2024年7月31日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "登记日期",
            "来源",
            "事项内容",
            "领导批示要求",
            "限时办理时间",
            "承办单位",
            "承办人",
            "办理进展",
            "办结情况",
        ],
    )
    for i, row in enumerate(INSTRUCTION_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(INSTRUCTION_ROWS)
    b.line(
        ws,
        end,
        "说明：限时办理时间为“立行立改”“N个工作日内”的，自登记日期起算；办结情况分已办结、办理中、未办理、长期坚持。",
        9,
    )
    b.line(ws, end + 1, "登记人：杨帆    审核人：高建国    联系电话：0393-8996135", 9)
    return b.close()


def write_instruction(path: Path) -> Path:
    return via_soffice(write_instruction_book, path, "xls", "市领导批示件办理情况登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 督办情况一览表, after a college 党政办公室's 重点决策事项督办情况通报 (发出督办通知单45份，督办事项报告单全部回收，
# 其中32项已办结，13项处于推进中; 人事处、教务处、计划财务处等部门跟进及时; 附件：督办情况一览表):
# https://dzbgs.zhcpt.edu.cn/info/1037/2986.htm
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble with the counts, a table whose rows name only the college's
# own 处室 (the unit is the college), 督办通知单编号, 办结时限, 办理情况 (已办结 / 推进中 / 未启动 / blank), the
# office and date at the foot.
COLLEGE_ROWS = [
    (
        "DB2024-031",
        "新校区学生公寓空调安装进度滞后，影响秋季新生入住",
        "后勤管理处",
        "2024年8月20日",
        "推进中，已安装约60%",
    ),
    (
        "DB2024-032",
        "2024年分专业招生计划未按时报送省教育厅",
        "招生就业处",
        "2024年5月10日",
        "已办结",
    ),
    (
        "DB2024-035",
        "教师职称评审材料审核中发现部分个人业绩材料缺失",
        "人事处",
        "2024年6月15日",
        "已办结",
    ),
    (
        "DB2024-038",
        "实训中心部分实训设备长期闲置，使用率低",
        "教务处",
        "年底前",
        "推进中，已制定设备共享使用办法",
    ),
    (
        "DB2024-040",
        "财务报销网上审批系统未与预算管理系统对接",
        "计划财务处",
        "2024年9月30日",
        "",
    ),
    (
        "DB2024-041",
        "校园网出口带宽不足，学生宿舍区晚间网速慢",
        "信息化管理中心",
        "2024年7月15日",
        "未启动",
    ),
    (
        "DB2024-044",
        "学生资助资金发放公示不规范，公示期不足",
        "学生处",
        "2024年6月30日",
        "已办结",
    ),
    (
        "DB2024-046",
        "校园周边流动摊贩占道经营，影响学生出行安全",
        "保卫处",
        "长期坚持",
        "会同属地街道常态化治理",
    ),
]


def write_college_docx(path: Path) -> Path:
    doc = _new_document("党政办公室")
    _title(doc, "关于2024年4—6月学校重点决策事项督办情况的通报", 18)
    _paragraph(doc, "各部门、各二级学院：", 14)
    _paragraph(
        doc,
        "党政办公室对2024年4月至6月学校重点决策事项落实情况进行了督办。本季度共发出督办通知单16份，截至6月28日，"
        "督办事项报告单已全部回收，其中10项已办结，其余6项尚未办结。现将督办情况一览表印发，请各责任部门对照落实，"
        "未办结事项于每月25日前报送进展。",
        14,
    )
    _paragraph(doc, "附件：2024年4—6月督办情况一览表（重点事项摘录）", 14)
    body = [[str(i), *row] for i, row in enumerate(COLLEGE_ROWS, 1)]
    _table(doc, ["序号", "督办通知单编号", "督办事项", "责任部门", "办结时限", "办理情况"], body)
    _paragraph(doc, "濮阳职业技术学院党政办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月5日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    return via_soffice(write_college_docx, path, "doc", "学校重点决策事项督办情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 交通重点工作“大攻坚”进展情况周汇总, after a county 交通运输局's 关于要求报送2022年交通重点工作“大攻坚”进展情况的
# 通知 (局属各单位、各科室围绕计划目标倒排计划; 进展情况报送实行周汇总、月通报制度，每周五上午下班前、每月25日前
# 报送; 县局根据进展情况定期通报):
# https://www.zjxc.gov.cn/art/2022/2/15/art_1229786665_59014660.html
# A CSV in GBK: a title line, a line with the reporting rule, one header line with 责任单位 (局属单位 and county
# bureaus, in full) and 责任科室 (the bureau's own section that follows it up), 计划节点 as dates and schedule
# texts, 推进状态, a 合计 line summing the investment, and a 填报 line.
ASSAULT_ROWS = [
    (
        "国道G342濮阳段改建工程",
        "濮阳市公路事业发展中心",
        "建设管理科",
        "8月底前完成路基，11月底前完成路面",
        "路基完成75%，K18—K22段路面底基层施工",
        12600,
        "推进中",
    ),
    (
        "濮阳东站综合客运枢纽配套停车场",
        "濮阳市运输事业发展中心",
        "规划科",
        "9月底前",
        "主体完工，正在施划停车位",
        2350,
        "推进中",
    ),
    (
        "农村公路“以奖代补”项目验收",
        "濮阳县交通运输局",
        "建设管理科",
        "2024年7月20日",
        "已完成31公里验收",
        1840,
        "已完成",
    ),
    (
        "清丰县城乡公交一体化新增线路",
        "清丰县交通运输局",
        "运输管理科",
        "年底前",
        "暂无进展",
        0,
        "未开工",
    ),
    (
        "金堤河大桥危桥改造",
        "濮阳市公路事业发展中心",
        "建设管理科",
        "2024年6-9月",
        "旧桥拆除完成，桩基施工",
        3100,
        "推进中",
    ),
    (
        "交通运输综合执法“三基三化”建设",
        "濮阳市交通运输综合行政执法支队",
        "法规科",
        "长期坚持",
        "按季度开展执法案卷评查",
        "",
        "常态化推进",
    ),
    (
        "台前县港口码头岸线清理整治",
        "台前县交通运输局",
        "港航科",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    (
        "南乐县农村客运站改造",
        "南乐县交通运输局",
        "运输管理科",
        "7月底前",
        "已完工投用",
        460,
        "已完成",
    ),
]


def write_assault(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市交通运输局2024年交通重点工作“大攻坚”进展情况周汇总（第30周）"])
    w.writerow(
        [
            "报送要求：各责任单位、科室每周五上午下班前报送上周进度，每月25日前报送月度汇总；填报截至2024年7月26日"
        ]
    )
    w.writerow(
        [
            "序号",
            "重点工作",
            "责任单位",
            "责任科室",
            "计划节点",
            "本周进展",
            "累计完成投资（万元）",
            "推进状态",
        ]
    )
    for i, row in enumerate(ASSAULT_ROWS, 1):
        w.writerow([i, *row])
    total = sum(r[5] for r in ASSAULT_ROWS if r[5] != "")
    w.writerow(["合计", "8项", "", "", "", "", total, "已完成2项"])
    w.writerow(["填报：建设管理科 吴鹏    审核：宋志刚    联系电话：0393-4426018"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 国道沿线环境卫生问题交办整改台账 (two returns in one zip), after a city 城乡结合部及铁路公路河渠沿线治理指挥部's
# 督导 (派出督导组地毯式排查，发现问题立即通知责任单位现场交办; 对严重问题下发《整改通知书》，列入台账，限期整改并
# 回复; 按“交办——回复——复核——扣分——通报”流程办理; 复核整改情况并列入月度考核):
# https://public.xinzheng.gov.cn/D281403X/2089223.jhtml
# A .zip holding an .xlsx from a county 指挥部办公室 (交办编号, 交办时间 the “N日内/N个工作日内/立行立改” counts
# from, 责任乡镇, 回复情况 and a 复核结果 that can overturn the reply) and a .docx 整改回复单 from one town whose rows
# name villages and 包村干部 (the unit is the town).
QINGFENG_ROWS = [
    (
        "QF-0703-01",
        date(2024, 7, 3),
        "马庄桥镇段K112+300",
        "路肩积存建筑垃圾约20立方米",
        "马庄桥镇人民政府",
        "3日内",
        "已清运完毕",
        "复核合格",
    ),
    (
        "QF-0703-02",
        date(2024, 7, 3),
        "瓦屋头镇段K118+600",
        "沿线农田地头堆放秸秆，存在焚烧痕迹",
        "瓦屋头镇人民政府",
        "立行立改",
        "已清理",
        "复核未通过，现场仍有焚烧痕迹，退回重新整改",
    ),
    (
        "QF-0710-01",
        date(2024, 7, 10),
        "韩村镇段K124+100",
        "公路两侧违规设置广告牌3处",
        "韩村镇人民政府",
        "5个工作日内",
        "已拆除2处，1处正在协调产权人",
        "",
    ),
    (
        "QF-0710-02",
        date(2024, 7, 10),
        "古城乡段K127+500",
        "公路边沟淤塞，雨后路面积水",
        "古城乡人民政府",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "QF-0717-01",
        date(2024, 7, 17),
        "纸房乡段K131+200",
        "沿线商户门前“三包”责任未落实，垃圾乱堆",
        "纸房乡人民政府",
        "7日内",
        "已清理，建立门前三包台账",
        "复核合格",
    ),
    (
        "QF-0724-01",
        date(2024, 7, 24),
        "柳格镇段K135+800",
        "公路绿化带内倾倒生活垃圾",
        "柳格镇人民政府",
        "3日内",
        "未整改",
        "",
    ),
]
YUANCUN_ROWS = [
    ("元村集村段路边积存垃圾未及时清运", "元村集村", "张永", "2024年7月8日", "已清运，整改完成"),
    ("沿线废弃房屋墙体破损，影响观瞻", "西邵村", "李国庆", "2024年8月31日", "正在拆除"),
    ("公路两侧乱搭乱建彩钢棚2处", "王落村", "王红", "2024年7月31日", "已拆除1处，另1处正在做户主工作"),
    ("沿线坑塘水体发黑、有异味", "五花营村", "刘平", "年底前", "未启动"),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县治理指挥部")
    ws = b.sheet("交办整改台账")
    b.widths(ws, [6, 13, 12, 20, 34, 18, 14, 26, 30])
    b.line(ws, 0, "清丰县G106国道沿线环境卫生问题交办整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县城乡结合部及公路沿线治理指挥部办公室    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办编号",
            "交办时间",
            "问题位置",
            "问题描述",
            "责任乡镇",
            "整改期限",
            "回复情况",
            "复核结果",
        ],
    )
    for i, row in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QINGFENG_ROWS)
    b.line(
        ws,
        end,
        "备注：按“交办—回复—复核—扣分—通报”流程办理，整改期限自交办时间起算，复核结果列入月度考核。",
        8,
    )
    b.line(ws, end + 1, "填表人：冯晓东    联系电话：0393-7223516", 8)
    return b.close()


def write_yuancun_docx(path: Path) -> Path:
    doc = _new_document("元村镇党政办")
    _title(doc, "南乐县元村镇G106国道沿线环境问题整改回复单", 18)
    _paragraph(doc, "县城乡结合部及公路沿线治理指挥部办公室：", 12)
    _paragraph(
        doc,
        "7月5日县督导组交办我镇G106国道沿线环境问题4个，我镇逐一明确包村干部，现将整改情况回复如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(YUANCUN_ROWS, 1)]
    _table(doc, ["序号", "交办问题", "所在村", "包村干部", "整改时限", "整改结果"], body)
    _paragraph(doc, "南乐县元村镇人民政府", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_roadside_zip(path: Path) -> Path:
    members = [
        ("清丰县G106国道沿线环境卫生问题交办整改台账.xlsx", write_qingfeng_book),
        ("南乐县元村镇G106国道沿线环境问题整改回复单.docx", write_yuancun_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 省政府督查组月度督查反馈问题整改落实情况表, after a report of a 省政府督查组's 月度督查 (对政府诚信、民间投资环境、
# 涉企乱收费、“放管服”改革、高标准农田建设、水利补短板工程、农村电网改造升级7项专题工作整改落实情况开展督查; 查阅
# 资料、实地查看、专题座谈; 客观真实地反映、查找和整改问题):
# http://misleddogs.com/html/2017/633.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (整改落实 over 整改时限, 整改落实情况 and 销号情况), a 专题
# column merged down over its rows, 责任单位 beside 配合单位 under short and former names, a 说明 and a signature line.
MONTHLY_TOPICS = [
    (
        "政府诚信",
        [
            (
                "政府部门拖欠民营企业账款清偿进度慢，尚有3笔未清偿",
                "市财政局",
                "市工信局",
                "2024年9月30日",
                "已清偿2笔，剩余1笔已制定分期还款计划",
                "",
            ),
        ],
    ),
    (
        "民间投资环境",
        [
            (
                "民间投资项目审批“体外循环”问题未完全杜绝",
                "发改委",
                "市行政服务中心",
                "2024年7月15日",
                "已清理全部线下审批事项，纳入在线平台办理",
                "已销号",
            ),
        ],
    ),
    (
        "涉企乱收费",
        [
            (
                "部分行业协会商会仍向会员企业强制收取评比达标费用",
                "市民政局",
                "市市场监管局",
                "2024年6月30日",
                "已责令退还费用12.6万元",
                "已销号",
            ),
            (
                "城区部分转供电主体在电费中加价收取公共损耗费",
                "市监局",
                "供电公司",
                "2024年8月31日",
                "已立案查处4家，正在督促清退",
                "",
            ),
        ],
    ),
    (
        "“放管服”改革",
        [
            (
                "企业投资项目承诺制改革落地不到位，承诺事项事中事后监管缺位",
                "市行政服务中心",
                "市发改委",
                "2024年8月31日",
                "正在制定事中事后监管办法",
                "",
            ),
            (
                "“一件事一次办”主题事项网上可办率偏低",
                "市政务服务中心",
                "",
                "长期坚持",
                "按月调度，持续推进",
                "",
            ),
        ],
    ),
    (
        "高标准农田建设",
        [
            (
                "2023年度高标准农田项目部分机井未通电、无法灌溉",
                "市农业局",
                "国网濮阳供电公司",
                "2024年7月31日",
                "尚未启动",
                "",
            ),
        ],
    ),
    (
        "水利补短板工程",
        [
            (
                "金堤河治理工程部分标段施工进度滞后",
                "市水利局",
                "",
                "年底前",
                "",
                "",
            ),
        ],
    ),
    (
        "农村电网改造升级",
        [
            (
                "部分村台区改造后低电压问题仍未解决",
                "供电公司",
                "",
                "2024年10月",
                "已完成12个台区增容，其余8个正在施工",
                "",
            ),
        ],
    ),
]


def write_monthly(path: Path) -> Path:
    b = Book(path, author="督查二科")
    ws = b.sheet("整改落实情况")
    b.widths(ws, [14, 6, 42, 16, 16, 14, 32, 10])
    b.line(ws, 0, "省政府第二督查组月度督查反馈问题整改落实情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查局    截至：2024年7月31日", 7)
    for c, word in enumerate(["专题", "序号", "反馈问题", "责任单位", "配合单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改落实情况", "销号情况"], first=5)
    r, n = 4, 0
    for topic, rows in MONTHLY_TOPICS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, topic, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "说明：责任单位对整改落实情况负责，经市政府督查局复核后销号；配合单位协助推进。", 7)
    b.line(ws, r + 1, "审核：王建华    填表：许婷    联系电话：0393-8996128    填报日期：2024年7月31日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 重点工作任务清单（销号管理）, after a city 交通运输局's account of its 任务清单管理 (列出具体的任务清单，明确具体
# 责任领导、责任科室及具体的完成时间节点要求，全程跟踪，实行清单销号管理; 现场督办和电话督办相结合，每星期都要掌握
# 最新进展; 对已经落实的查效果，正在落实的查进度，尚未落实的查原因):
# https://78911.com.cn/DangKeXinDeTiHui/665613-3.html
# An .xlsx from one bureau whose rows name only its own 科室 (the unit is the bureau): title, 填报 line, one header row
# with 责任领导, 责任科室, 完成时间节点 (dates, 月底前, a 季度, a two-step schedule, 长期坚持), 督办方式, 本周进展 and
# a 销号 column, a signature line.
CITY_TASKS = [
    (
        "城区主干道沿街门店超门窗经营问题反弹",
        "李卫国",
        "市容管理科",
        "7月15日前",
        "现场督办",
        "集中整治已完成，共规范门店326家",
        "已销号",
    ),
    (
        "背街小巷垃圾清运不及时，存在积存死角",
        "张红梅",
        "环境卫生管理科",
        "8月底前",
        "电话督办",
        "已增加清运频次，正在逐条排查死角",
        "",
    ),
    (
        "开州路、京开大道等路段井盖破损、缺失",
        "王建设",
        "市政设施管理科",
        "7月10日前",
        "现场督办",
        "已更换井盖46个",
        "已销号",
    ),
    (
        "龙湖公园部分健身器材损坏",
        "王建设",
        "园林绿化科",
        "2024年7月20日",
        "电话督办",
        "",
        "",
    ),
    (
        "渣土车未密闭运输、带泥上路",
        "李卫国",
        "执法监督科",
        "长期坚持",
        "现场督办",
        "每晚开展联合巡查，常态化管控",
        "",
    ),
    (
        "数字化城管平台案件结案率低于90%",
        "张红梅",
        "信息化科",
        "9月底前",
        "电话督办",
        "未启动",
        "",
    ),
    (
        "老旧小区燃气管道老化更新改造",
        "刘志强",
        "公用事业科",
        "8月底前完成招标，12月底前全部完工",
        "现场督办",
        "已完成施工招标，9个小区进场施工",
        "",
    ),
    (
        "城区道路停车泊位施划不规范",
        "李卫国",
        "市容管理科",
        "第三季度",
        "电话督办",
        "已重新施划泊位1200个，其余路段正在施划",
        "",
    ),
]


def write_city_tasks(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("任务清单")
    b.widths(ws, [6, 40, 10, 16, 22, 10, 34, 8])
    b.line(ws, 0, "濮阳市城市管理局2024年重点工作任务清单（销号管理）", 7, b.title)
    b.line(ws, 1, "填报单位：市城管局办公室    进展更新至：2024年第30周（7月22日—7月26日）", 7)
    b.header(
        ws,
        2,
        ["序号", "重点任务", "责任领导", "责任科室", "完成时间节点", "督办方式", "本周进展", "销号"],
    )
    for i, row in enumerate(CITY_TASKS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CITY_TASKS)
    b.line(ws, end, "填表人：高敏    审核人：陈东    联系电话：0393-8125360", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 重点任务季度推进落实情况汇总表, after a province's 供给侧结构性改革行动计划 督查 requirements (省直各牵头部门逐项
# 制订督查方案，对责任部门工作落实情况全过程跟踪督查，每季度结束后10个工作日内汇总推进落实情况报省政府督查室;
# 视情况采取下达督查通知书、组织实地督查、提请约谈、挂牌督办等方式推动落实):
# https://78911.com.cn/GuoJiaZhengCe/557225-11.html
# An .ods (LibreOffice conversion, zip member times fixed): title, 汇总单位/季度 line, one header row with 牵头部门
# beside 配合部门, 存在问题, 督查方式 (the four ways the source names), 完成时限 (dates, a 季度, a year range, 年底前,
# 长期坚持), 推进落实情况, a 注 line and a signature line.
QUARTER_ROWS = [
    (
        "跨境电商综合试验区建设",
        "市商务局",
        "",
        "跨境电商产业园入驻企业少，海外仓布局滞后",
        "下达督查通知书",
        "2024年12月",
        "新增入驻企业5家，海外仓正在选址",
    ),
    (
        "规上工业企业研发活动全覆盖",
        "市科技局",
        "市工信局",
        "规上工业企业研发活动覆盖率仅为42%",
        "实地督查",
        "年底前",
        "正在推进，已组织企业研发费用加计扣除培训2场",
    ),
    (
        "“四上”企业培育入库",
        "市统计局",
        "",
        "符合条件应入库未入库企业23家",
        "约谈",
        "2024年6月30日",
        "23家企业已全部入库",
    ),
    (
        "高层建筑消防安全治理",
        "市消防支队",
        "市住建局",
        "12栋高层住宅消防设施损坏未修复",
        "挂牌督办",
        "2024年9月30日",
        "已修复5栋，其余7栋正在维修",
    ),
    (
        "城区供水管网改造",
        "市自来水公司",
        "",
        "供水管网漏损率达16%，高于国家标准",
        "实地督查",
        "2024—2025年",
        "",
    ),
    (
        "退役军人服务保障体系建设",
        "市退役军人事务局",
        "",
        "部分乡镇退役军人服务站未配备专职工作人员",
        "下达督查通知书",
        "2024年7月31日",
        "已完成整改，经回访复核合格",
    ),
    (
        "远程异地评标常态化",
        "市公共资源交易中心",
        "",
        "远程异地评标未实现常态化，评标专家资源不足",
        "约谈",
        "第三季度",
        "未整改",
    ),
    (
        "气象灾害预警信息发布",
        "市气象局",
        "",
        "预警信息发布未覆盖全部村级应急广播",
        "实地督查",
        "长期坚持",
        "常态化推进",
    ),
]


def write_quarter_book(path: Path) -> Path:
    b = Book(path, author="督查三科")
    ws = b.sheet("季度汇总")
    b.widths(ws, [6, 26, 18, 12, 38, 14, 14, 34])
    b.line(ws, 0, "2024年第二季度重点任务推进落实情况汇总表", 7, b.title)
    b.line(ws, 1, "汇总单位：濮阳市人民政府督查局    汇总日期：2024年7月12日（进展更新至7月30日）", 7)
    b.header(
        ws,
        2,
        ["序号", "重点任务", "牵头部门", "配合部门", "存在问题", "督查方式", "完成时限", "推进落实情况"],
    )
    for i, row in enumerate(QUARTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QUARTER_ROWS)
    b.line(
        ws,
        end,
        "注：各牵头部门于季度结束后10个工作日内报送推进落实情况；督查方式指本季度已采取的督促方式。",
        7,
    )
    b.line(ws, end + 1, "汇总人：田野    审核人：高建国    联系电话：0393-8996140", 7)
    return b.close()


def write_quarter(path: Path) -> Path:
    via_soffice(write_quarter_book, path, "ods", "季度推进落实情况汇总表.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳县重点工作周调度会议定事项落实情况表.xlsx", write_weekly),
    ("省政府交办重点督查事项整改落实台账.xls", write_province),
    ("关于第7期重点项目效能督查情况通报所列问题整改情况的报告.docx", write_efficiency),
    ("2024年7月市领导批示件办理情况登记表.et", write_instruction),
    ("濮阳职业技术学院2024年4—6月督办情况通报.doc", write_college),
    ("交通重点工作“大攻坚”进展情况周汇总（第30周）.csv", write_assault),
    ("G106国道沿线环境问题交办整改台账（清丰县、南乐县元村镇）.zip", write_roadside_zip),
    ("省政府第二督查组月度督查反馈问题整改落实情况表.xlsx", write_monthly),
    ("市城市管理局2024年重点工作任务清单（销号管理）.xlsx", write_city_tasks),
    ("2024年第二季度重点任务推进落实情况汇总表.ods", write_quarter),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

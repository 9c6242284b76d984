"""Write the aside225 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 城市管理与市容环境, 物业与住建领域群众投诉, 燃气与供水供热服务 (问政曝光整改, 数字城管案件通报, 燃气计量收费
调查处置, 环境卫生督导通知单, 供热不达标用户台账, 供热领域专项整治自查, 12345供水工单, 网络问政物业留言, 社区物业
诉求台账, 供水企业政风行风整改).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), a .doc
(Word 97 written by LibreOffice from a .docx), a .docx whose items are numbered paragraphs, a CSV in UTF-8 with a
byte-order mark, and a .zip of two returns (a .docx report and an .xlsx list). Contents are made up; the statistics
date is 2024-07-31.
Run from this folder: python make_aside225.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every timestamp inside the files is fixed, so two runs give byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
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


_ODS_STAMP = re.compile(rb"<(meta:creation-date|dc:date|meta:print-date)>[^<]*</\1>")
_ODS_TOOL = re.compile(rb"<meta:generator>[^<]*</meta:generator>")


def fixed_ods(path: Path) -> Path:
    """Rewrite an .ods with fixed member times and fixed dates in meta.xml (order and compression kept)."""
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%S").encode()
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                data = _ODS_STAMP.sub(lambda m: b"<%s>%s</%s>" % (m.group(1), stamp, m.group(1)), data)
                data = _ODS_TOOL.sub(b"<meta:generator>LibreOffice</meta:generator>", data)
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
# 1. 问政曝光问题整改清单, after a city TV 问政 programme's 燃气 episode and its follow-up (曝光天然气公司未提前通知
# 就对企业停止供气、用户交了开户费却一直用不上天然气; 问政后该公司按照问题清单整改; 已报装小区工程进度滞后，分类施策，
# 列入老旧小区改造的同步敷设市政管线，年底完成主体工程安装; 记者回访):
# https://xianning.cjyun.org/p/207045.html
# An .xlsx: title, 填报单位/播出日期/进展截至 line, one header row with 问题类型, 整改责任单位 (a short name, a former-style
# short name of 发改, county units and gas companies) and a 回访情况 column beside 整改进展, a 说明 line stating the
# base date of 立行立改, a signature line.
WENZHENG_ROWS = [
    (
        "未履行告知义务，多次未提前通知即对濮阳县产业集聚区企业停止供气",
        "供气服务",
        "濮阳县新兴燃气有限公司",
        "建立计划停气提前48小时告知制度，恢复企业供气",
        "立行立改",
        "已恢复供气，停气告知制度已印发执行",
        "满意",
    ),
    (
        "用户2022年已交纳开户费，燃气计量装置至今未安装，无法通气",
        "报装通气",
        "燃气公司",
        "限期安装计量装置并通气",
        "7月15日前",
        "已于7月5日安装通气，整改完成",
        "满意",
    ),
    (
        "银河花园等7个已报装小区工程进度滞后，用户长期用不上天然气",
        "工程进度",
        "燃气公司",
        "分类施策，对符合条件的小区加快施工",
        "年底前完成主体工程安装",
        "银河花园施工图已出，正在编制预算",
        "基本满意",
    ),
    (
        "清丰县城关镇部分老旧小区未敷设天然气市政管线，群众用气难",
        "老旧小区",
        "清丰县住房和城乡建设局",
        "结合老旧小区改造同步敷设天然气市政管线",
        "2024年10月底前",
        "已列入2024年老旧小区改造计划，正在招标",
        "",
    ),
    (
        "居民燃气开户费收费标准未公示，群众质疑乱收费",
        "收费管理",
        "市发改委",
        "核定并公示开户费收费标准",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "燃气客服热线高峰时段长时间无人接听",
        "客户服务",
        "濮阳市燃气有限公司",
        "增设客服坐席，实行热线接通率月通报",
        "长期坚持",
        "已增设坐席4个，长期坚持",
        "满意",
    ),
    (
        "南乐县部分瓶装液化气供应站为用户配送未经检验的钢瓶",
        "安全管理",
        "南乐县市场监督管理局",
        "开展钢瓶检验专项检查，收缴不合格钢瓶",
        "2024年8月31日",
        "尚未启动",
        "不满意",
    ),
]


def write_wenzheng(path: Path) -> Path:
    b = Book(path, author="燃气办")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 40, 10, 22, 30, 18, 30, 10])
    b.line(ws, 0, "《濮阳问政》燃气专场曝光问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局（燃气办）    问政播出日期：2024年6月20日    进展截至：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "曝光问题", "问题类型", "整改责任单位", "整改措施", "整改时限", "整改进展", "回访情况"],
    )
    for i, row in enumerate(WENZHENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WENZHENG_ROWS)
    b.line(
        ws,
        end,
        "说明：“立行立改”事项自问政节目播出之日（2024年6月20日）起整改；回访情况由市问政办电话回访填写。",
        7,
    )
    b.line(ws, end + 1, "审核人：秦卫华    填报人：宋佳    联系电话：0393-8996021", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 数字化城市管理月度案件办理情况通报, after a city's 数字化城市管理12月绩效情况通报 (共受理各类城市管理案件1054件，
# 立案996件，结案率93.72%，按期结案率75.82%; 城管监督员巡查上报、微信公众号有效举报; 事件类/部件类; 非法小广告、乱堆
# 物堆料; 垃圾箱、雨水井盖、污水井盖):
# http://www.hbcic.net.cn/info/wcm/74587.htm
# An .xls (xlwt): title, a statistics line, a two-row header (处置情况 over 处置状态 and 结案时间), 派遣时间 as date
# cells the 处置时限 in working days counts from, 处置单位 in full, short and former names, a 合计 row, a 注 line and the
# centre at the foot.
CASE_ROWS = [
    (
        "20240702015",
        "监督员上报",
        "事件/非法小广告",
        "人民路与京开大道交叉口公交站亭张贴非法小广告",
        date(2024, 7, 2),
        "1个工作日",
        "华龙区人民路街道办事处",
        "按期结案",
        date(2024, 7, 3),
    ),
    (
        "20240703022",
        "微信举报",
        "部件/雨水井盖",
        "胜利路中段雨水井盖破损缺失，存在行人跌落隐患",
        date(2024, 7, 3),
        "3个工作日",
        "市城管执法局",
        "超期结案",
        date(2024, 7, 10),
    ),
    (
        "20240708031",
        "监督员上报",
        "事件/乱堆物堆料",
        "黄河路与五一路交叉口东北角建筑垃圾乱堆",
        date(2024, 7, 8),
        "2个工作日",
        "华龙区黄河路街道办事处",
        "处置中",
        "",
    ),
    (
        "20240709008",
        "12345转办",
        "事件/店外经营",
        "建设路濮阳市第三中学门口流动摊贩占道经营",
        date(2024, 7, 9),
        "1个工作日",
        "华龙区城市管理局",
        "按期结案",
        date(2024, 7, 10),
    ),
    (
        "20240711017",
        "监督员上报",
        "部件/路灯",
        "大庆路中段路灯不亮12盏",
        date(2024, 7, 11),
        "5个工作日",
        "市城管局",
        "超期未处置",
        "",
    ),
    (
        "20240715026",
        "微信举报",
        "事件/暴露垃圾",
        "濮上路与历山路交叉口垃圾桶满溢，未及时清运",
        date(2024, 7, 15),
        "1个工作日",
        "濮阳市环境卫生服务中心",
        "按期结案",
        date(2024, 7, 16),
    ),
    (
        "20240718004",
        "监督员上报",
        "事件/违规户外广告",
        "开州路与长庆路交叉口楼顶广告牌锈蚀松动",
        date(2024, 7, 18),
        "3个工作日",
        "华龙区长庆路街道办事处",
        "处置中",
        "",
    ),
    (
        "20240722013",
        "监督员上报",
        "部件/污水井盖",
        "中原路与振兴路交叉口污水井冒溢",
        date(2024, 7, 22),
        "2个工作日",
        "市建委",
        "",
        "",
    ),
]


def _case_header(h) -> list[tuple]:
    cells: list[tuple] = []
    words = ["序号", "案件编号", "问题来源", "案件类别", "问题描述", "派遣时间", "处置时限", "处置单位"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 8, "处置情况", h, 2, 9))
    cells.append((3, 8, "处置状态", h))
    cells.append((3, 9, "结案时间", h))
    return cells


def write_cases(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num_format="yyyy-mm-dd")
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市数字化城市管理7月份案件办理情况通报", t, 0, 9),
        (
            1,
            0,
            "7月1日至26日共受理各类城市管理案件1086件，立案1021件，应结案998件，结案936件，结案率93.79%，"
            "按期结案率80.36%。现将超期及重点案件明细通报如下：",
            plain,
            1,
            9,
        ),
        *_case_header(h),
    ]
    for i, row in enumerate(CASE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                cells.append((r, col, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, col, v, ctr if col in (1, 2, 6, 8) else c))
    r = 4 + len(CASE_ROWS)
    cells.append((r, 0, "合计", ctr))
    cells.append((r, 1, "8件", ctr))
    for col in range(2, 8):
        cells.append((r, col, "", c))
    cells.append((r, 8, "按期结案3件，超期结案1件，处置中2件，超期未处置1件", c, r, 9))
    cells += [
        (
            r + 1,
            0,
            "注：处置时限按工作日计算，自派遣之日起算；处置状态以7月29日系统数据为准。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "濮阳市数字化城市管理监督指挥中心    2024年7月29日", plain, r + 2, 9),
    ]
    return _write_xls(path, [("案件通报", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 燃气计量收费问题调查处置情况报告, after a city 市场监督管理局's 通报 on 燃气投诉 (12345热线接到燃气问题投诉1996件;
# 查明燃气企业存在以下问题：一是以估代抄、违规估抄，二是计费采集系统存在漏洞、补录过程不透明，三是燃气计费周期随意变化、
# 计价不规范，四是解决群众诉求服务意识差; 联合调查工作组入驻燃气集团，集中整治; 多收取的燃气费责成全额退款):
# https://www.wenweipo.com/a/202404/20/AP6623965ce4b01def1fdf6014.html
# A .docx: title, 主送, preamble, the items as numbered paragraphs （一）…（七） each naming its 责任单位 (gas companies
# in full and short names, the 住建局) with measures, deadline and progress in sentences, a closing paragraph, the
# bureau and date at the foot.
GAS_PARAS = [
    (
        "（一）以估代抄、违规估抄问题。部分居民用户连续3个月以上未实际抄表，按估算气量计费。责任单位：市燃气公司。"
        "整改措施：8月15日前完成全部居民用户入户核查，8月31日前完成补抄和差额退补。目前已核查用户3.2万户，核查工作正在推进。"
    ),
    (
        "（二）计费采集系统存在漏洞，补录过程不透明，用户无法查询补录明细。责任单位：濮阳市燃气有限公司。"
        "整改措施：升级计费采集系统，增加补录留痕和用户查询功能，2024年9月底前完成。目前尚未启动。"
    ),
    (
        "（三）燃气计费周期随意变化，同一小区用户计费周期不一致，计价不规范。责任单位：清丰县华清燃气有限公司。"
        "整改措施：统一按自然月计费，整改时限2024年7月15日。该公司已于7月12日统一计费周期，整改完成。"
    ),
    (
        "（四）解决群众诉求服务意识差，对用户投诉推诿敷衍、工作方式简单。责任单位：市燃气公司。"
        "整改措施：建立投诉首问负责和回访制度，每月通报投诉办结情况，长期坚持。"
    ),
    (
        "（五）多收取的燃气费未及时退还用户，涉及用户9812户。责任单位：濮阳市燃气有限公司。"
        "整改措施：全额退还多收燃气费，7月20日前退还到位。截至7月19日已全部退还，共计186.4万元。"
    ),
    (
        "（六）对燃气经营企业服务质量监管不到位，未开展年度服务质量评价。责任单位：市住建局。"
        "整改措施：制定燃气经营企业服务质量评价办法，年底前完成首次评价。"
    ),
    (
        "（七）部分燃气表具超期使用，未按期检定更换。责任单位：台前县金鼎燃气有限公司。"
        "整改措施：10月底前完成超期表具更换。目前已更换1460块，正在推进。"
    ),
]


def write_gas(path: Path) -> Path:
    doc = _new_document("价监竞争科")
    _title(doc, "濮阳市市场监督管理局关于管道燃气计量收费问题调查处置情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "6月以来，市12345热线共接到燃气计量收费问题投诉412件。按照市政府安排，我局会同市住建局组成联合调查组，"
        "入驻市燃气有限公司等燃气企业开展调查。经调查核实，燃气企业存在以下问题，现将整改情况报告如下：",
    )
    for text in GAS_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将持续跟踪整改进展，对经调查确认的违法违规行为依法依规处理。")
    _paragraph(doc, "濮阳市市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 城市环境卫生综合整治督导简报, after a city's 城市环境卫生综合整治督导组 daily 督导简报 (督导组对街道办事处进行督导
# 检查，重点对小巷及小区环境卫生情况进行徒步检查，发现居民堆积废旧物、汽车维修院内杂乱无章、卫生脏乱差等问题，随后向办事
# 处下发督导通知单，责令限期整改):
# http://39.103.169.235/p/8aca889da7f9
# A .doc (Word 97 via LibreOffice): title, 期号 line, a paragraph on the week's 督导, a table of the 督导通知单 with
# 督导日期 (the base of 限N日内 and 立行立改), 被督导单位 (streets, a town, a school, the city bureau), 整改反馈,
# a closing paragraph and the office and date at the foot.
SUPERVISE_ROWS = [
    (
        "7月22日",
        "华龙区胜利路街道办事处",
        "宏达小区院内",
        "居民堆积废旧家具、杂物3处，占用公共通道",
        "清理杂物，恢复通道",
        "限3日内",
        "已清理完毕",
    ),
    (
        "7月22日",
        "华龙区胜利路街道办事处",
        "胜利路与绿城路交叉口",
        "汽车维修店院内杂乱无章，地面油污未清理",
        "规范经营秩序，清理油污",
        "立行立改",
        "已约谈经营户，正在清理",
    ),
    (
        "7月23日",
        "华龙区人民路街道办事处",
        "安居街背街小巷",
        "路面破损坑洼，雨后积水",
        "修复破损路面",
        "8月10日前",
        "已报区城管局纳入维修计划",
    ),
    (
        "7月23日",
        "濮阳市第一高级中学",
        "校门口西侧",
        "校门口西侧绿化带内垃圾杂物未清理",
        "清理绿化带垃圾",
        "限2日内",
        "已清理",
    ),
    (
        "7月24日",
        "华龙区中原路街道办事处",
        "中原路农贸市场周边",
        "农贸市场周边垃圾桶满溢、桶壁脏污",
        "增加清运频次，清洗垃圾桶",
        "限3日内",
        "",
    ),
    (
        "7月24日",
        "市城管局",
        "京开大道中段",
        "公益广告牌破损褪色",
        "更换公益广告画面",
        "7月底前",
        "尚未更换",
    ),
    (
        "7月25日",
        "华龙区岳村镇人民政府",
        "镇政府驻地主街",
        "主街两侧店外经营、乱搭遮阳棚",
        "落实门前三包，建立长效机制",
        "长期坚持",
        "已签订门前三包责任书，常态化巡查",
    ),
]


def write_supervise_docx(path: Path) -> Path:
    doc = _new_document("督导办")
    _title(doc, "城市环境卫生综合整治督导简报", 20)
    _paragraph(
        doc,
        "第14期    市城市环境卫生综合整治工作领导小组办公室    2024年7月26日",
        12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "7月22日至25日，市城市环境卫生综合整治第三督导组对华龙区4个街道（镇）和1所学校周边进行徒步督导检查，"
        "共发现问题7处。督导组当日向被督导单位下发督导通知单，责令限期整改，整改期限自通知单下发之日起计算。"
        "督导通知单问题及整改反馈情况如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(SUPERVISE_ROWS, 1)]
    _table(
        doc,
        ["序号", "督导日期", "被督导单位", "问题位置", "存在问题", "整改要求", "整改期限", "整改反馈"],
        body,
    )
    _paragraph(doc, "请各被督导单位对照督导通知单抓紧整改，整改情况于期限届满次日报领导小组办公室。", 14)
    _paragraph(doc, "报：市委、市政府领导    送：市政府督查局", 12)
    return _save_fixed(doc, path)


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_docx, path, "doc", "环境卫生督导简报.docx")


# ---------------------------------------------------------------------------------------------
# 5. 供热不达标用户台账, after a city's 根治老旧小区供热不达标问题专项整治行动方案 (对照老旧小区台账和小区隐患台账，建立
# 供热不达标用户台账; 单户不热冲洗管道，整串不热维修改造; 短时间内无法解决的按规定退费，列入下一年度改造计划; 整改一个，
# 销号一个):
# https://juduo.cc/society/1418270.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a two-row
# header with 销号情况 over 是 and 否 (a tick in one of them), a 备注 column that carries the progress, heating
# companies, a property company and a county bureau as 责任单位, a 说明 line and a signature line.
HEAT_ROWS = [
    (
        "华龙区",
        "建设路老干部家属院",
        "3号楼2单元101",
        14.5,
        "底层末端户，户内管道堵塞",
        "濮阳市城发热力有限公司",
        "冲洗户内管道",
        "2024年6月30日",
        "√",
        "",
        "",
    ),
    (
        "华龙区",
        "物探小区",
        "12号楼东单元整串（1-6层）",
        15.2,
        "立管阀门损坏，整串不热",
        "濮阳市城发热力有限公司",
        "更换立管阀门",
        "2024年9月底前",
        "",
        "√",
        "已进场施工",
    ),
    (
        "华龙区",
        "棉纺厂家属院",
        "5号楼顶层6户",
        13.8,
        "老旧管网堵塞严重，短期无法解决",
        "濮阳市城发热力有限公司",
        "按规定退费，列入下一年度改造计划",
        "2024年10月31日",
        "",
        "√",
        "已退费，改造方案编制中",
    ),
    (
        "濮阳县",
        "城关镇文化苑小区",
        "8号楼1单元",
        15.0,
        "小区二次管网失修，水力失调",
        "濮阳县住房和城乡建设局",
        "协调实施二次管网改造",
        "第三季度",
        "",
        "√",
        "",
    ),
    (
        "华龙区",
        "化肥厂家属院",
        "2号楼西边户",
        16.1,
        "冷山墙，户内散热器片数不足",
        "濮阳市安泰物业服务有限公司",
        "增加散热器片数",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "开发区",
        "锦城小区",
        "9号楼整栋",
        15.6,
        "换热站供热能力不足",
        "濮阳经开热力有限公司",
        "换热站扩容",
        "2024年11月10日前",
        "",
        "",
        "",
    ),
    (
        "南乐县",
        "福康苑小区",
        "4号楼3单元301、401",
        14.9,
        "住户私自改装暖气，影响水力平衡",
        "南乐县福康物业服务有限公司",
        "恢复原管道并加装平衡阀",
        "8月15日前",
        "√",
        "",
        "",
    ),
]


def write_heat_book(path: Path) -> Path:
    b = Book(path, author="供热管理科")
    ws = b.sheet("不达标用户台账")
    b.widths(ws, [6, 8, 20, 20, 10, 26, 24, 24, 16, 6, 6, 20])
    b.line(ws, 0, "老旧小区供热不达标用户排查整改台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（供热管理科）    填报日期：2024年7月30日", 11)
    words = [
        "序号",
        "辖区",
        "小区名称",
        "不达标户位置",
        "实测室温（℃）",
        "不达标问题及原因",
        "责任单位",
        "整改措施",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "销号情况", b.head)
    b.header(ws, 3, ["是", "否"], first=9)
    b.merge(ws, 2, 11, 3, 11, "备注", b.head)
    for i, row in enumerate(HEAT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 4, 9, 10) else None)
    end = 4 + len(HEAT_ROWS)
    b.line(
        ws, end, "说明：销号情况在“是”或“否”栏内打“√”；短期内无法解决的按规定退费并列入下一年度改造计划。", 11
    )
    b.line(ws, end + 1, "审核人：马建国    填表人：孙晓燕    联系电话：0393-4418236", 11)
    return b.close()


def write_heat(path: Path) -> Path:
    return via_soffice(write_heat_book, path, "xls", "供热不达标用户台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 供热领域突出问题专项整治自查 (two returns in one zip), after a 供热领域突出问题专项整治自查报告 (严格对照整治重点，
# 聚焦群众反映强烈的供热质量、收费管理、服务效能等关键环节，全面开展自查自纠):
# https://max.book118.com/html/2025/1226/8133114062010026.shtm
# A .zip holding a .docx report from a county 住建局 whose numbered paragraphs name only its own 股室, and an .xlsx
# self-check list from a heating company whose rows name only its own departments.
COUNTY_HEAT_PARAS = [
    (
        "（一）供热收费监管不到位，个别供热企业收取热费时捆绑收取陈欠费用。责任股室：公用事业股。"
        "整改时限：2024年9月底前。目前已约谈供热企业2家，清理工作正在进行。"
    ),
    (
        "（二）供热企业服务质量考核办法至今未出台，对企业服务缺少约束。责任股室：城建股。"
        "整改时限：年底前出台考核办法。目前尚未启动。"
    ),
    (
        "（三）对用户申请报停用热设置限制性条件，要求缴纳高额报停费。责任股室：公用事业股。"
        "整改时限：2024年6月30日。已于6月28日责令企业取消限制性条件，整改完成。"
    ),
    (
        "（四）供热投诉处理机制不健全，投诉办结率统计不准确。责任股室：办公室。"
        "整改措施：建立供热投诉月通报制度，长期坚持。"
    ),
]
COMPANY_HEAT_ROWS = [
    (
        "供热质量",
        "部分老旧小区一次管网保温层破损，热损失大",
        "管网运行部",
        "更换破损保温层2.3公里",
        "2024年10月15日",
        "已完成1.1公里，正在施工",
    ),
    (
        "收费管理",
        "热费发票开具不及时，用户需到营业厅现场索取",
        "收费中心",
        "开通电子发票",
        "2024年7月10日",
        "已完成",
    ),
    (
        "服务效能",
        "24小时服务电话夜间接通率不足60%",
        "客户服务中心",
        "增设夜班坐席",
        "采暖季开始前（11月15日前）",
        "",
    ),
    (
        "设施检修",
        "换热站设备检修计划未按月分解落实",
        "生产技术部",
        "制定月度检修计划并逐项落实",
        "2024年8月31日",
        "未启动",
    ),
]


def write_county_heat_docx(path: Path) -> Path:
    doc = _new_document("公用事业股")
    _title(doc, "濮阳县住房和城乡建设局供热领域突出问题专项整治自查报告", 18)
    _paragraph(
        doc,
        "按照全市供热领域突出问题专项整治工作部署，我局对照供热质量、收费管理、服务效能等关键环节，"
        "全面开展自查自纠，共查摆问题4个。现将自查及整改情况报告如下：",
    )
    for text in COUNTY_HEAT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳县住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_company_heat_book(path: Path) -> Path:
    b = Book(path, author="生产技术部")
    ws = b.sheet("自查问题清单")
    b.widths(ws, [6, 10, 40, 14, 24, 24, 24])
    b.line(ws, 0, "供热领域突出问题专项整治自查问题清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市城发热力有限公司（盖章）    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "自查类别", "存在问题", "责任部门", "整改措施", "完成时限", "整改情况"])
    for i, row in enumerate(COMPANY_HEAT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(COMPANY_HEAT_ROWS), "公司负责人：许志刚    填表人：杜娟    联系电话：0393-4892207", 6)
    return b.close()


def write_heat_zip(path: Path) -> Path:
    members = [
        ("濮阳县住房和城乡建设局供热领域突出问题专项整治自查报告.docx", write_county_heat_docx),
        ("濮阳市城发热力有限公司自查问题清单.xlsx", write_company_heat_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 12345热线供水类工单办理情况, after a county's account of a 12345 工单 on 自来水 (水质浑浊、频繁停水; 工单转派至
# 水务公司; 管网设计有缺陷、未形成环网，已梳理形成报告报送上级主管部门和政府; 处理结果告知群众; 经回访非常满意):
# http://www.ybxww.com/news/html/202411/485278.shtml
# A CSV in UTF-8 with a byte-order mark: a title line, a 填报单位 line, one header line with 交办时间 and the working-day
# 办理时限 counted from it, the caller beside the 承办单位 (the city water company under a short name, county
# companies, a county bureau), a 合计 line.
WATER_ROWS = [
    (
        "2407010032",
        "2024-07-01",
        "陈女士",
        "华龙区孟轲乡自来水水质浑浊，呈黄色",
        "市自来水公司",
        "5个工作日",
        "已排放管网积水，水质恢复正常，已办结",
        "非常满意",
    ),
    (
        "2407030115",
        "2024-07-03",
        "王先生",
        "濮阳县城关镇新市街频繁停水，停水前未通知",
        "濮阳县自来水有限公司",
        "5个工作日",
        "该片区管网未形成环网，已形成改造报告报县住建局，正在协调",
        "",
    ),
    (
        "2407050087",
        "2024-07-05",
        "李女士",
        "清丰县阳光小区高层五楼以上用水高峰期无水",
        "清丰县供水有限公司",
        "3个工作日",
        "二次供水泵房已检修，已办结",
        "满意",
    ),
    (
        "2407090041",
        "2024-07-09",
        "赵先生",
        "南乐县城区水费账单金额异常，一个月用水量显示86吨",
        "南乐县自来水公司",
        "5个工作日",
        "",
        "",
    ),
    (
        "2407120066",
        "2024-07-12",
        "刘先生",
        "黄河路与任丘路交叉口供水管道漏水，路面积水",
        "市水务公司",
        "1个工作日",
        "已抢修完毕，已办结",
        "满意",
    ),
    (
        "2407160093",
        "2024-07-16",
        "孙女士",
        "台前县城关镇幸福小区二次供水水箱长期未清洗",
        "台前县住房和城乡建设局",
        "5个工作日",
        "逾期未办",
        "",
    ),
    (
        "2407220020",
        "2024-07-22",
        "周女士",
        "范县新区居民报装自来水已缴费两个月未通水",
        "范县自来水公司",
        "5个工作日",
        "已安排施工队进场，正在安装",
        "",
    ),
    (
        "2407250051",
        "2024-07-25",
        "吴先生",
        "绿城路社区停水后恢复供水出现浑水",
        "市自来水公司",
        "3个工作日",
        "已冲洗管网，已办结",
        "满意",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345政务服务便民热线供水类工单办理情况汇总表（2024年7月）"])
    w.writerow(["填报单位：濮阳市12345热线服务中心    办理时限自交办之日起按工作日计算"])
    w.writerow(
        ["序号", "工单编号", "交办时间", "诉求人", "诉求内容", "承办单位", "办理时限", "办理结果", "回访结果"]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共8件", "", "", "已办结4件", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 网络问政物业类留言导出, after a city news site's 网络问政 page (留言：小区外墙渗漏，多次向物业反映，物业一直推诿;
# 回复部门：区住建局，回复时间; 经查外墙已过质保期，需申请动用大修基金维修，物业企业已上报大修基金办公室):
# https://people.lyd.com.cn/wenti/20220517181118216/1/hot
# An .xlsx as the platform exports it: no title, one header row, 留言时间 and 回复时间 as text with seconds, the 回复部门
# (district, city and county units, a town, a street, former/short names), 办理状态 and the reply text, a deadline only
# where the reply names one.
WENZHENG_WEB_ROWS = [
    (
        "WZ20240612031",
        "物业",
        "小区外墙渗漏多次反映无人维修",
        "自去年大雨以来，华龙区水岸名都小区多栋楼外墙渗漏，屋内墙壁发霉，多次向物业反映，物业一直推诿。",
        "2024-06-12 09:15:22",
        "华龙区住房和城乡建设局",
        "2024-06-17 16:40:05",
        "办理中",
        "经查，该小区外墙已过质保期，需申请动用住宅专项维修资金，物业企业已上报维修资金管理中心，计划9月底前完成维修。",
    ),
    (
        "WZ20240618007",
        "物业",
        "物业擅自提高地面停车费",
        "清丰县龙湖湾小区物业未经业主大会同意，将地面停车费由每月60元提高到120元。",
        "2024-06-18 20:03:41",
        "清丰县发展和改革委员会",
        "2024-06-25 10:12:30",
        "已办结",
        "经核实，已责令物业企业恢复原收费标准，并退还多收费用。",
    ),
    (
        "WZ20240624055",
        "物业",
        "电梯经常停运困人",
        "华龙区锦华苑小区6号楼电梯经常停运，一个月内停运4次，两次困人，物业称维保单位不来维修。",
        "2024-06-24 12:30:09",
        "市市场监管局",
        "2024-07-01 09:05:47",
        "已办结",
        "已对电梯维保单位立案调查，电梯已全面检修，恢复正常运行。",
    ),
    (
        "WZ20240703019",
        "物业",
        "小区垃圾长期无人清理",
        "濮阳县城关镇金堤花园小区垃圾长期无人清理，堆放多日，天热异味严重。",
        "2024-07-03 08:47:16",
        "濮阳县城关镇人民政府",
        "2024-07-08 15:20:33",
        "办理中",
        "已督促物业增加保洁人员，计划7月底前完成积存垃圾清运。",
    ),
    (
        "WZ20240709042",
        "物业",
        "物业限制业主自行缴纳水费",
        "华龙区银河花园物业要求业主必须在物业处缴纳水费，并加收手续费。",
        "2024-07-09 19:22:58",
        "市住建局",
        "2024-07-15 11:38:02",
        "已办结",
        "已约谈物业企业，取消加收手续费，业主可直接向供水企业缴费，问题已解决。",
    ),
    (
        "WZ20240715063",
        "物业",
        "地下车库照明损坏长期未修",
        "开发区皇甫街道锦城小区地下车库照明灯大部分损坏，夜间行车行人不安全。",
        "2024-07-15 21:10:37",
        "皇甫街道办事处",
        "2024-07-22 17:02:11",
        "办理中",
        "已协调物业采购灯具，预计8月10日前修复。",
    ),
    (
        "WZ20240719028",
        "物业",
        "无物业小区楼道杂物堆放堵塞消防通道",
        "华龙区中原路老粮食局家属院无物业管理，楼道杂物堆放，消防通道堵塞。",
        "2024-07-19 10:55:44",
        "华龙区中原路街道办事处",
        "2024-07-26 09:30:18",
        "未办结",
        "经核实，情况属实。因该小区无物业、无业委会，清理工作尚未启动。",
    ),
]


def write_web(path: Path) -> Path:
    b = Book(path, author="wzpt")
    ws = b.sheet("留言列表")
    b.widths(ws, [16, 8, 24, 44, 20, 22, 20, 10, 48])
    b.header(
        ws,
        0,
        [
            "留言编号",
            "问题分类",
            "标题",
            "留言内容",
            "留言时间",
            "回复部门",
            "回复时间",
            "办理状态",
            "回复内容",
        ],
    )
    for i, row in enumerate(WENZHENG_WEB_ROWS, 1):
        b.row(ws, i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 社区居民诉求问题台账（物业类）, after a 社区's account of居民 诉求 (树木遮挡采光、空调漏水引发墙面回潮; 社区联合物业
# 组成专项工作组现场办公; 物业3日内制定修剪方案; 社区建立问题台账，实行销号管理，跟踪督促物业落实整改，确保15日内完成):
# http://sqr.ahnews.com.cn/news/2025/11/12/c_813675.htm
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位 line, one header row with 反映日期 as date cells the
# 办结时限 "N日内" counts from, 责任主体 (a property company, a district bureau, the water company), a 销号日期 column
# beside 办理情况, a 备注 line and a signature line.
COMMUNITY_ROWS = [
    (
        date(2024, 7, 2),
        "3号楼住户",
        "小区内乔木过高过密，遮挡低层住户采光",
        "濮阳市锦华物业服务有限公司",
        "修剪过高枝条",
        "3日内",
        "已修剪",
        date(2024, 7, 5),
    ),
    (
        date(2024, 7, 2),
        "5号楼住户",
        "空调外机排水管老化，雨水倒灌致墙面回潮",
        "濮阳市锦华物业服务有限公司",
        "排查公共区域管道，协助住户维修",
        "15日内",
        "已排查公共区域管道，正在协助住户维修",
        "",
    ),
    (
        date(2024, 7, 8),
        "7号楼2单元住户",
        "楼道声控灯损坏",
        "濮阳市锦华物业服务有限公司",
        "更换声控灯",
        "3日内",
        "",
        date(2024, 7, 10),
    ),
    (
        date(2024, 7, 10),
        "小区居民",
        "小区南门外占道夜市噪音扰民",
        "华龙区城市管理局",
        "联合执法，规范夜市经营",
        "15日内",
        "已联系区城管局胜利路中队，正在协调联合执法",
        "",
    ),
    (
        date(2024, 7, 15),
        "9号楼住户",
        "顶楼屋面防水层老化漏雨",
        "濮阳市锦华物业服务有限公司",
        "申请使用专项维修资金维修屋面",
        "2024年9月30日",
        "未启动",
        "",
    ),
    (
        date(2024, 7, 18),
        "2号楼住户",
        "电动车在楼道内充电、飞线充电",
        "濮阳市锦华物业服务有限公司",
        "每日巡查劝导，引导到充电棚充电",
        "长期坚持",
        "每日巡查，长期坚持",
        "",
    ),
    (
        date(2024, 7, 22),
        "11号楼住户",
        "二次供水水箱清洗记录未公示",
        "市自来水公司",
        "公示水箱清洗及水质检测记录",
        "7日内",
        "",
        "",
    ),
    (
        date(2024, 7, 25),
        "4号楼住户",
        "地面停车位划线不清，车辆乱停",
        "濮阳市锦华物业服务有限公司",
        "重新施划停车位",
        "8月10日前",
        "正在施工",
        "",
    ),
]


def write_community_book(path: Path) -> Path:
    b = Book(path, author="锦华社区")
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 12, 14, 36, 26, 28, 14, 26, 12])
    b.line(ws, 0, "锦华社区居民诉求问题台账（物业类）", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道锦华社区居民委员会    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "反映日期",
            "反映人",
            "诉求问题",
            "责任主体",
            "处置措施",
            "办结时限",
            "办理情况",
            "销号日期",
        ],
    )
    for i, row in enumerate(COMMUNITY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COMMUNITY_ROWS)
    b.line(ws, end, "备注：问题实行台账管理、销号管理，办结时限自反映之日起计算，已办结事项填写销号日期。", 8)
    b.line(ws, end + 1, "社区书记：王丽华    网格长：陈俊    联系电话：0393-8213365", 8)
    return b.close()


def write_community(path: Path) -> Path:
    via_soffice(write_community_book, path, "ods", "锦华社区诉求台账.xlsx")
    return fixed_ods(path)


# ---------------------------------------------------------------------------------------------
# 10. 供水企业政风行风整改推进表, after a city 水务集团's account of its 政风行风 整改 (确立加压站改造、老旧管网改造、增加
# 服务网点、拓展缴费渠道及户表井防冻等五项目标; 加压站机组已全部完成改造; 13个片区已有11个完成改造，其余两处正在收尾，
# 力争11月完成; 新建客户服务中心; 户表井防冻保温):
# http://ixgod.com/news/show.php?itemid=20230
# An .xlsx from the water company whose rows name only its own departments: title, 填报单位 line, one header row with
# 整改目标, 责任部门, 分管领导 and a 完成率 column, deadlines as dates, 月底前, 年底前, a schedule text and 长期坚持,
# a signature line.
WATER_CO_ROWS = [
    (
        "加压站改造",
        "建设路、七里店等4座加压站机组老化，高峰期局部水压不足",
        "管网管理所",
        "刘建设",
        "改造增容4座加压站机组",
        "2024年6月底",
        "4座加压站机组已全部完成改造",
        100,
    ),
    (
        "老旧管网改造",
        "13个片区供水管网老旧，跑冒滴漏、频繁停水",
        "工程安装公司",
        "刘建设",
        "更换超期服役供水管线",
        "力争11月底前完成",
        "已完成11个片区，其余2个正在施工",
        85,
    ),
    (
        "增加服务网点",
        "城区东部无营业网点，群众缴费办事不便",
        "营业收费所",
        "郑红",
        "新建东区客户服务网点",
        "9月底前",
        "已完成选址，正在装修",
        50,
    ),
    (
        "拓展缴费渠道",
        "网上缴费渠道单一，不支持微信、支付宝缴费",
        "客户服务中心",
        "郑红",
        "开通微信、支付宝缴费",
        "2024年7月15日",
        "已开通微信、支付宝缴费",
        100,
    ),
    (
        "户表井防冻",
        "易冻小区户表井、表箱无防冻保温措施",
        "管网管理所",
        "刘建设",
        "免费实施防冻保温",
        "入冬前（11月15日前）",
        "",
        "",
    ),
    (
        "水质信息公开",
        "出厂水、管网水水质检测结果未按月公开",
        "水质检测中心",
        "王志远",
        "每月在公司网站公开水质检测结果",
        "长期坚持",
        "已按月公开，长期坚持",
        "",
    ),
    (
        "报装服务",
        "用户报装接水环节多，承诺办理时限不落实",
        "营业收费所",
        "郑红",
        "压减报装环节，公开承诺时限",
        "年底前",
        "尚未启动",
        0,
    ),
]


def write_water_co(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改推进表")
    b.widths(ws, [6, 14, 40, 14, 10, 28, 18, 30, 10])
    b.line(ws, 0, "濮阳市自来水公司2024年政风行风评议反馈问题整改推进表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市自来水公司（办公室）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整改目标",
            "存在问题",
            "责任部门",
            "分管领导",
            "整改措施",
            "完成时限",
            "进展情况",
            "完成率（%）",
        ],
    )
    for i, row in enumerate(WATER_CO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_CO_ROWS)
    b.line(ws, end, "公司负责人：韩国强    填表人：梁晨    联系电话：0393-4826117", 8)
    return b.close()


FILES = [
    ("《濮阳问政》燃气专场曝光问题整改清单.xlsx", write_wenzheng),
    ("数字化城市管理7月份案件办理情况通报.xls", write_cases),
    ("市市场监管局关于管道燃气计量收费问题调查处置情况的报告.docx", write_gas),
    ("城市环境卫生综合整治督导简报（第14期）.doc", write_supervise),
    ("老旧小区供热不达标用户排查整改台账.et", write_heat),
    ("供热领域突出问题专项整治自查问题清单（濮阳县住建局、城发热力公司）.zip", write_heat_zip),
    ("12345热线供水类工单办理情况汇总表（2024年7月）.csv", write_water),
    ("网络问政物业类留言办理情况导出.xlsx", write_web),
    ("锦华社区居民诉求问题台账（物业类）.ods", write_community),
    ("市自来水公司政风行风评议反馈问题整改推进表.xlsx", write_water_co),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

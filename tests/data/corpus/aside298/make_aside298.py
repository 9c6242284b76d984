"""Write the aside298 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 安全生产执法（非煤矿山、工贸有限空间、烟花爆竹）, 城镇燃气与管网（瓶装液化气、乡镇天然气管道、管道重大隐患）,
电动自行车与高层消防（飞线充电、门店督导、无水高层、物业整改单）.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .ods (LibreOffice conversions of an .xlsx,
a .docx and an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx, member names in GBK as a Chinese Windows archiver writes them). Contents are made up; the statistics date
is 2024-07-31.
Run from this folder: python make_aside298.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
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
CREATED = datetime(2024, 7, 31, 9, 30, 0)
ZIP_TIME = (2024, 7, 31, 9, 30, 0)


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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


STAMP = "2024-07-31T09:30:00"


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member times and fixed dates in meta.xml."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", rf"\g<1>{STAMP}\g<2>", text)
                text = re.sub(
                    r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", rf"\g<1>{STAMP}\g<2>", text
                )
                text = re.sub(r"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)", r"\1PT0S\2", text)
                data = text.encode("utf-8")
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Chinese Windows archivers write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (the name zipfile calls)
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 非煤矿山安全监管督导检查问题整改, after a report of a provincial 矿山安全监察局 监察执法处's 督导检查 of four counties'
# 非煤矿山 supervision (听取汇报、查阅资料、现场抽查; 针对发现的问题和隐患向企业下达《现场抽查检查记录》《非煤矿山安全
# 现场处置决定书》，并通过“查企督政”方式向相关县级监管部门发出监察建议书; 对重大隐患要盯住不放):
# http://www.cwestc.com/newshtml/2022-11-16/752733.shtml
# An .xlsx: title, 填报单位/督导时间 line, a two-row header (检查发现问题及处理 over 问题隐患 and 执法文书, 整改落实 over
# 整改责任单位, 整改时限, 整改情况, 复查意见), the 检查日期 the 立即整改 rows count from, companies and county bureaus
# (查企督政) and a former name of the land bureau as 整改责任单位, a 备注 line and a signature line.
MINE_ROWS = [
    (
        date(2024, 7, 8),
        "濮阳县盛源岩盐矿有限公司",
        "采卤井场井口装置压力表超期未检定，卤水输送管道部分管段腐蚀渗漏",
        "现场抽查检查记录",
        "濮阳县盛源岩盐矿有限公司",
        "2024年7月25日",
        "已更换压力表并送检，渗漏管段已更换",
        "复查合格",
    ),
    (
        date(2024, 7, 8),
        "濮阳县盛源岩盐矿有限公司",
        "未按规定开展采卤溶腔地表沉降监测，2023年下半年监测数据缺失",
        "非煤矿山安全现场处置决定书",
        "濮阳县盛源岩盐矿有限公司",
        "2024年9月30日",
        "已委托第三方编制监测方案，正在布设监测点",
        "",
    ),
    (
        date(2024, 7, 9),
        "范县金堤建材有限公司砂石料场",
        "露天采场边坡台阶高度超过设计要求，未按设计设置安全平台",
        "非煤矿山安全现场处置决定书",
        "范县金堤建材有限公司",
        "立即整改",
        "已停止该区域作业，正在按设计削坡",
        "",
    ),
    (
        date(2024, 7, 10),
        "清丰县宏达建材有限公司粘土矿",
        "主要负责人和安全生产管理人员未取得安全生产知识和管理能力考核合格证",
        "现场抽查检查记录",
        "清丰县宏达建材有限公司",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        date(2024, 7, 10),
        "清丰县应急管理局",
        "对辖区粘土矿日常执法检查流于形式，检查记录未写明具体问题和处理意见",
        "监察建议书",
        "清丰县应急管理局",
        "2024年8月15日",
        "已修订年度执法检查计划，组织执法人员培训1次",
        "",
    ),
    (
        date(2024, 7, 11),
        "台前县顺河砂业有限公司孙口采砂点",
        "采砂船未配备救生设备，作业人员未经安全培训即上岗",
        "现场抽查检查记录",
        "台前县顺河砂业有限公司",
        "立即整改",
        "已配齐救生衣、救生圈，完成全员培训",
        "复查合格",
    ),
    (
        date(2024, 7, 12),
        "南乐县梁村乡废弃粘土采坑",
        "关闭矿山未按规定闭坑，废弃采坑未设置警示标志和围挡，雨季积水存在淹溺风险",
        "监察建议书",
        "市国土资源局",
        "2024年10月底前",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "濮阳县应急管理局",
        "执法检查发现的问题隐患未跟踪复查，执法闭环管理不到位",
        "监察建议书",
        "濮阳县应急管理局",
        "长期坚持",
        "已建立执法复查台账，常态化推进",
        "",
    ),
]


def write_mine(path: Path) -> Path:
    b = Book(path, author="非煤矿山科")
    ws = b.sheet("整改落实情况")
    b.widths(ws, [6, 12, 24, 40, 18, 22, 14, 30, 12])
    b.line(ws, 0, "2024年非煤矿山安全监管督导检查发现问题整改落实情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市应急管理局非煤矿山安全监管科    督导检查时间：2024年7月8日至12日    填报日期：2024年7月30日",
        8,
    )
    for c, word in enumerate(["序号", "检查日期", "被检查单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "检查发现问题及处理", b.head)
    b.header(ws, 3, ["问题隐患", "执法文书"], first=3)
    b.merge(ws, 2, 5, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改责任单位", "整改时限", "整改情况", "复查意见"], first=5)
    for i, row in enumerate(MINE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(MINE_ROWS)
    b.line(
        ws,
        end,
        "备注：“立即整改”事项自检查当日起整改；监察建议书事项由相关监管部门落实；复查意见由督导组填写。",
        8,
    )
    b.line(ws, end + 1, "填表人：宋志刚    审核人：李海峰    联系电话：0393-8910352", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 烟花爆竹零售网点安全隐患整改台账, after a city news report on a town's 联合执法队 (派出所、工商所、安监站) checking
# its 烟花爆竹零售店 (只能销售C、D级产品，不能私设仓库超量储存; 无证经营、超药量储存、超许可范围经营、安全距离过近;
# 39家正规零售店中有27家存在安全隐患，12家已经整改到位，对安全距离过近的15家店建议市安监局吊销经营许可):
# https://news.shaoyangnews.net/c/201501/12/183403.html
# A CSV in GBK: title line, a line naming the 联合执法队 and the check days, a line saying the time limits count from
# the day of the check, one header line with the 检查日期 each row's 3日内/7日内 counts from, the shop as the unit, a 合计
# line and a signature line.
FIREWORK_ROWS = [
    (
        "7月16日",
        "王称堌镇前王称堌村永兴烟花爆竹零售店",
        "王永兴",
        "店内超量存放烟花爆竹，存放量超过许可限量",
        "清理超量产品退回批发企业",
        "3日内",
        "已整改到位",
        "",
    ),
    (
        "7月16日",
        "王称堌镇后辛庄村红运烟花爆竹零售店",
        "赵红运",
        "销售A级、B级组合烟花，超许可范围经营",
        "立即下架并退回批发企业",
        "立即",
        "已整改到位",
        "",
    ),
    (
        "7月16日",
        "王称堌镇油坊村吉祥烟花爆竹零售店",
        "刘吉祥",
        "零售店与相邻居民住宅安全距离不足",
        "报县应急管理局依法处理",
        "—",
        "已报县应急局建议吊销零售许可",
        "",
    ),
    (
        "7月17日",
        "王称堌镇张堌村鸿福烟花爆竹零售店",
        "张鸿福",
        "未配备灭火器材，店内使用蚊香等明火",
        "配备灭火器，严禁明火",
        "3日内",
        "正在整改",
        "",
    ),
    (
        "7月17日",
        "王称堌镇许堤村金盛烟花爆竹零售店",
        "许金盛",
        "烟花爆竹与日杂商品混放，堆码高度超过1.5米",
        "分区存放，降低堆码高度",
        "立即",
        "已整改到位",
        "",
    ),
    (
        "7月17日",
        "王称堌镇大屯村平安烟花爆竹零售店",
        "王平安",
        "零售许可证过期未延续，仍在经营",
        "停止经营，依法办理许可延续",
        "7日内",
        "未整改",
        "经营者外出",
    ),
    (
        "7月18日",
        "王称堌镇郭寨村兴旺烟花爆竹零售店",
        "郭兴旺",
        "在店门外溢出摆卖，占用安全通道",
        "清理店外摆卖",
        "立即",
        "",
        "",
    ),
    (
        "7月18日",
        "王称堌镇王庄村顺发烟花爆竹零售店",
        "王顺发",
        "夏季高温时段店内未采取通风降温措施，产品受阳光直射",
        "加装遮阳、通风设施",
        "5日内",
        "已整改到位",
        "",
    ),
]


def write_firework(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县王称堌镇烟花爆竹零售网点夏季安全检查隐患整改台账"])
    w.writerow(
        ["检查单位：王称堌镇安监站、王称堌派出所、王称堌市场监管所联合执法队    检查时间：2024年7月16日—18日"]
    )
    w.writerow(["整改时限自检查当日起计算；安全距离不足的网点报县应急管理局依法处理"])
    w.writerow(
        [
            "序号",
            "检查日期",
            "零售网点名称",
            "负责人",
            "存在的安全隐患",
            "整改意见",
            "整改时限",
            "整改结果",
            "备注",
        ]
    )
    for i, row in enumerate(FIREWORK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "检查零售网点8家", "", "发现隐患8处", "", "", "已整改到位4处", ""])
    w.writerow(["填表人：王称堌镇安监站 赵磊    联系电话：0393-3581026    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 工贸企业有限空间作业专项暗访检查问题隐患整改台账, after a news report of a national 安监总局 working group's
# 突击检查 of 有限空间 work conditions in 9 enterprises of a city (共查出隐患和问题49个，责令1家公司停产整顿，其余8家企业
# 限期整改; 附属污水处理系统未进行有限空间作业工况确认; 作业审批制度未落实，未按要求设置警示标志; 未配备检测仪器和
# 通风设备; 安全监管部门执法发现的隐患无法督促企业整改到位，行政强制后未进行经济处罚):
# https://lu-xu.com/junshi/1723689.html
# An .xlsx: title, 填报单位/检查时间/统计截至 line, one header row with 处理措施 (限期整改/停产整顿) beside an explicit
# 整改责任单位, 整改期限 as dates, an 整改完成时间 column filled for finished rows (one with 整改状态 left blank), a county
# bureau and a former name of the city bureau's own 支队 as units, a 说明 line and a signature line.
SPACE_ROWS = [
    (
        "濮阳市龙都啤酒有限公司",
        "华龙区",
        "附属污水处理站调节池、集水井未进行有限空间辨识确认，未建立有限空间管理台账",
        "责令限期整改",
        "濮阳市龙都啤酒有限公司",
        date(2024, 7, 20),
        date(2024, 7, 18),
        "已完成",
    ),
    (
        "濮阳县恒泰纸业有限公司",
        "濮阳县",
        "有限空间作业审批制度未落实，制浆池清淤作业未经审批、未检测即进入",
        "责令停产整顿",
        "濮阳县恒泰纸业有限公司",
        date(2024, 8, 10),
        "",
        "停产整顿中，正在完善审批制度",
    ),
    (
        "清丰县鑫源食品有限公司",
        "清丰县",
        "发酵罐、污水井入口未设置有限空间安全警示标志",
        "责令限期整改",
        "清丰县鑫源食品有限公司",
        date(2024, 7, 12),
        date(2024, 7, 10),
        "",
    ),
    (
        "南乐县华宇生物科技有限公司",
        "南乐县",
        "未配备气体检测报警仪和强制通风设备，现有通风机不能正常使用",
        "责令限期整改",
        "南乐县华宇生物科技有限公司",
        date(2024, 7, 31),
        "",
        "未整改",
    ),
    (
        "范县丰华饲料有限公司",
        "范县",
        "主要负责人和安全管理人员不掌握有限空间作业安全风险，危害因素辨识不清",
        "责令限期整改",
        "范县丰华饲料有限公司",
        date(2024, 8, 31),
        "",
        "已组织专题培训，待考核",
    ),
    (
        "台前县宏源羽绒制品有限公司",
        "台前县",
        "污水处理系统有限空间作业现场处置方案未演练，救援器材未定点存放",
        "责令限期整改",
        "台前县宏源羽绒制品有限公司",
        date(2024, 9, 30),
        "",
        "",
    ),
    (
        "（监管部门）",
        "濮阳县",
        "对恒泰纸业有限空间违法行为采取行政强制措施后，未依法予以经济处罚",
        "约谈提醒",
        "濮阳县应急管理局",
        date(2024, 8, 15),
        "",
        "已立案调查",
    ),
    (
        "（监管部门）",
        "市本级",
        "执法检查发现的有限空间隐患未跟踪复查，部分企业隐患整改不到位",
        "内部通报",
        "市安监局执法监察支队",
        date(2024, 8, 31),
        "",
        "已建立复查清单，逐企复查中",
    ),
]


def write_space(path: Path) -> Path:
    b = Book(path, author="工贸科")
    ws = b.sheet("问题隐患整改台账")
    b.widths(ws, [6, 26, 10, 42, 14, 24, 14, 14, 24])
    b.line(ws, 0, "工贸企业有限空间作业专项暗访检查问题隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市应急管理局工贸科    检查时间：2024年7月2日—7月5日    统计截至：2024年7月31日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "所在县区",
            "问题隐患",
            "处理措施",
            "整改责任单位",
            "整改期限",
            "整改完成时间",
            "整改状态",
        ],
    )
    for i, row in enumerate(SPACE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SPACE_ROWS)
    b.line(
        ws,
        end,
        "说明：整改完成时间由企业报送、县区应急管理局核实后填写；停产整顿企业验收合格后方可恢复生产。",
        8,
    )
    b.line(ws, end + 1, "填表人：马晓东    审核人：韩建国    联系电话：0393-8910377", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 管道重大事故隐患情况列表, after the 管道重大事故隐患情况列表 page of a city's 安全生产事故隐患排查治理信息系统 (a search
# bar with the area, 企业名称, 管道名称 and the year and months; columns 序号, 管道名称, 企业名称, 隐患编号, 隐患地址,
# 计划治理期限, 治理状态 (是/否), 实际治理日期, 是否超期, 是否挂牌督办; a 说明 box: 治理状态“是”代表重大隐患已治理，
# “否”代表重大隐患未治理):
# https://github.com/ColinYu25/yhpc/blob/6008a5e3b5626b54e23274d37b432df405c4bf3a/src/main/webapp/template/pipe_statistic/statistic_danger_trouble_list1.ftl
# An .xls (xlwt) as the system exports it: title, the search line, one header row, the hazard told only by its 隐患地址,
# dates as text, 治理状态 是/否 with 实际治理日期, and the two 说明 lines at the foot.
PIPE_ROWS = [
    (
        "中原路中压燃气管道",
        "濮阳市燃气有限公司",
        "GD-2024-001",
        "华龙区中原路与京开大道交叉口西北角，中压管道上方违章搭建彩钢房占压",
        "2024-06-30",
        "是",
        "2024-06-21",
        "否",
        "是",
    ),
    (
        "胜利路次高压燃气管道",
        "濮阳市燃气有限公司",
        "GD-2024-002",
        "华龙区胜利路濮上园小区北侧，次高压管道与供热管线水平净距不足",
        "2024-09-30",
        "否",
        "-",
        "否",
        "是",
    ),
    (
        "濮范输气管道",
        "河南濮范天然气输送有限公司",
        "GD-2024-003",
        "范县濮城镇马棚村段，管道中心线两侧5米内种植深根树木",
        "2024-07-15",
        "是",
        "2024-07-12",
        "否",
        "否",
    ),
    (
        "清丰县城区中压燃气管网",
        "清丰县豫清燃气有限公司",
        "GD-2024-004",
        "清丰县顿丘路与迎宾大道交叉口东南角，阀井被绿化带覆盖、阀门无法启闭",
        "2024-05-31",
        "否",
        "-",
        "是",
        "是",
    ),
    (
        "南乐县产业集聚区输气支线",
        "南乐县华燃天然气有限公司",
        "GD-2024-005",
        "南乐县产业集聚区昌盛路东段，管道穿越在建厂房施工区域且无保护措施",
        "2024-08-31",
        "否",
        "-",
        "否",
        "否",
    ),
    (
        "台前县城区次高压燃气管道",
        "台前县瑞达燃气有限公司",
        "GD-2024-006",
        "台前县城关镇将军路加油站南侧，管道与埋地油罐安全间距不足",
        "2024-07-31",
        "是",
        "2024-07-26",
        "否",
        "是",
    ),
    (
        "濮阳县城区中压燃气管网",
        "濮阳县新力燃气有限公司",
        "GD-2024-007",
        "濮阳县城关镇开州路与挥公大道交叉口，燃气调压箱被沿街商户圈占",
        "2024-07-20",
        "是",
        "2024-07-19",
        "否",
        "否",
    ),
]


def write_pipe(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "管道重大事故隐患情况列表", t, 0, 9),
        (1, 0, "濮阳市", plain),
        (1, 1, "企业名称:", plain),
        (1, 3, "管道名称:", plain),
        (1, 6, "2024年1月到7月", plain, 1, 7),
    ]
    words = [
        "序号",
        "管道名称",
        "企业名称",
        "隐患编号",
        "隐患地址",
        "计划治理期限",
        "治理状态",
        "实际治理日期",
        "是否超期",
        "是否挂牌督办",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(PIPE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, c if col in (1, 2, 4) else ctr))
    r = 3 + len(PIPE_ROWS)
    cells += [
        (r, 0, "说明", h, r + 1, 0),
        (r, 1, "治理状态：“是”代表重大隐患已治理，“否”代表重大隐患未治理。", plain, r, 9),
        (r + 1, 1, "是否挂牌督办：“是”代表重大隐患已挂牌督办，“否”代表重大隐患未挂牌督办。", plain, r + 1, 9),
    ]
    return _write_xls(path, [("管道重大事故隐患", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 瓶装液化石油气供应站及用气场所隐患销号台账, after a county news report on its 综合行政执法局's 液化气集中整治行动
# (逐事、逐项检查液化气供应站的站区安全管理、钢瓶存放、瓶库设施设备; 针对可燃气体浓度报警探头失效、二道门设置不合标
# 等重点安全隐患，要求相关站点在5个工作日内整改销号，拒不整改的依法严厉处罚; 餐饮企业泄露报警器未安装、使用可调节式
# 减压阀、未更换金属波纹管，经指导劝告后拒不改正的，立案处罚):
# http://chinazj.com.cn/tznews/40434.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 saves it): title, 填报单位 line, a line
# stating the 5个工作日内 and 立行立改 limits count from the 交办日期, one header row with 交办日期 as date cells, a 销号情况
# column and an 执法措施 column, a 注 line and a signature line.
LPG_ROWS = [
    (
        date(2024, 7, 1),
        "濮阳市安顺液化气有限公司胜利路供应站",
        "供应站",
        "可燃气体浓度报警探头失效，报警控制器无显示",
        "更换报警探头并检定",
        "5个工作日内",
        "已销号",
        "",
    ),
    (
        date(2024, 7, 2),
        "濮阳县鑫源液化气供应站",
        "供应站",
        "钢瓶库二道门设置不符合标准，门向内开启",
        "按标准改造二道门",
        "5个工作日内",
        "未销号，正在改造",
        "",
    ),
    (
        date(2024, 7, 3),
        "清丰县顺达液化石油气供应站",
        "供应站",
        "瓶库内存放超期未检钢瓶17只",
        "清退超期未检钢瓶",
        "5个工作日内",
        "已销号",
        "",
    ),
    (
        date(2024, 7, 8),
        "华龙区胜利路老街坊烩面馆",
        "用气场所",
        "后厨未安装可燃气体泄漏报警器",
        "安装泄漏报警器",
        "立行立改",
        "已销号",
        "",
    ),
    (
        date(2024, 7, 8),
        "华龙区黄河路鑫旺快餐店",
        "用气场所",
        "使用可调节式减压阀，经指导劝告后拒不改正",
        "更换为不可调节减压阀",
        "立行立改",
        "未销号（拒不整改）",
        "立案处罚",
    ),
    (
        date(2024, 7, 9),
        "濮阳县城关镇开州路好运来饭店",
        "用气场所",
        "燃气软管老化龟裂，未更换金属波纹管",
        "更换金属波纹管",
        "立行立改",
        "",
        "",
    ),
    (
        date(2024, 7, 15),
        "南乐县福源液化气供应站",
        "供应站",
        "充装台静电接地装置损坏",
        "修复静电接地装置并检测",
        "5个工作日内",
        "已销号",
        "",
    ),
    (
        date(2024, 7, 22),
        "范县安泰液化气供应站",
        "供应站",
        "使用无危险货物运输资质的车辆配送瓶装液化气",
        "停止违规配送，使用合规车辆",
        "5个工作日内",
        "未销号",
        "",
    ),
]


def write_lpg_book(path: Path) -> Path:
    b = Book(path, author="燃气管理科")
    ws = b.sheet("隐患销号台账")
    b.widths(ws, [6, 12, 32, 10, 36, 22, 14, 18, 18])
    b.line(ws, 0, "瓶装液化石油气供应站及用气场所集中整治隐患销号台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局燃气管理科    填报日期：2024年7月30日", 8)
    b.line(
        ws,
        2,
        "整改时限：供应站重点安全隐患自交办之日起5个工作日内整改销号；用气场所隐患交办当日立行立改。",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "交办日期",
            "站点（场所）名称",
            "类别",
            "隐患问题",
            "整改要求",
            "整改时限",
            "销号情况",
            "执法措施",
        ],
    )
    for i, row in enumerate(LPG_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(LPG_ROWS)
    b.line(ws, end, "注：销号以执法人员现场复查结果为准；拒不整改的依法立案处罚。", 8)
    b.line(ws, end + 1, "填表人：周建华    联系电话：0393-4436720", 8)
    return b.close()


def write_lpg(path: Path) -> Path:
    return via_soffice(write_lpg_book, path, "xls", "液化气隐患销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 乡镇天然气管道安全隐患排查整改情况的报告, after a news item on a district 住建局's 安全隐患排查 of its towns' 天然气
# 管道 (对各乡镇天然气管道情况进行全面的安全隐患排查，共排查出隐患50多处; “零距离交叉”“管道线路安装距离过近”等问题
# 较多; 要求各燃气企业制定限期整改方案和整改措施，并整改到位):
# http://101.200.85.181/index.php?a=show&catid=211&id=28543
# A .docx report: title, 主送, preamble, the items as numbered paragraphs （一）…（七） naming 责任单位 (gas companies, a town,
# the bureau's own 股 for the last), deadlines as dates, X月X日前, 年底前, 第三季度 and 长期坚持, progress in sentences.
GASPIPE_PARAS = [
    "（一）柳屯镇集镇区中压燃气管道与通信光缆“零距离交叉”，交叉处未设保护套管。责任单位：濮阳县新力燃气有限公司。"
    "整改时限：2024年8月31日前。目前已完成迁改施工方案编制，正在与通信运营商协调施工时间。",
    "（二）文留镇燃气调压箱与民房外墙安装距离过近，不满足规范要求的安全间距。责任单位：濮阳县新力燃气有限公司。"
    "整改时限：7月20日前。已于7月15日完成调压箱移位，整改完成。",
    "（三）庆祖镇部分居民入户燃气立管穿越卧室，存在泄漏后积聚风险。责任单位：濮阳县中原燃气有限公司。"
    "整改时限：年底前。因涉及逐户改管，目前尚未启动。",
    "（四）子岸镇农村“煤改气”管道架空敷设段无防撞、防晒措施，部分管段锈蚀。责任单位：濮阳县新力燃气有限公司。"
    "整改时限：第三季度。已完成锈蚀管段防腐处理，防撞护栏正在安装。",
    "（五）八公桥镇中压管道沿线警示标志缺失，管道走向不明，易被第三方施工挖断。责任单位：濮阳县中原燃气有限公司。"
    "整改时限：2024年7月25日。7月24日已补设警示桩126个，整改完成。",
    "（六）户部寨镇集贸市场内餐饮商户私自改装、延伸燃气管道。责任单位：户部寨镇人民政府。整改时限：8月15日前。",
    "（七）全县乡镇燃气管道巡线频次不足、巡线记录不完整，监管存在盲区。责任单位：我局燃气管理股。整改措施：建立乡镇"
    "燃气管网按月巡查和抽查通报制度，长期坚持。",
]


def write_gaspipe(path: Path) -> Path:
    doc = _new_document("燃气管理股")
    _title(doc, "濮阳县住房和城乡建设局关于乡镇天然气管道安全隐患排查整改情况的报告")
    _paragraph(doc, "县城镇燃气安全专项整治工作专班：")
    _paragraph(
        doc,
        "2024年7月1日至10日，我局对柳屯、文留、庆祖、子岸、八公桥、户部寨等12个乡镇的天然气管道进行了全面安全隐患"
        "排查，共排查出隐患56处，其中“零距离交叉”“管道线路安装距离过近”等问题较多。我局已要求各燃气企业制定限期整改"
        "方案和整改措施。现将主要问题及整改情况报告如下：",
    )
    for text in GASPIPE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对排查出的隐患实行清单管理、逐项销号，对整改不力的燃气企业依法查处。")
    _paragraph(doc, "濮阳县住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 电动自行车“飞线充电”专项整治台账 (two returns in one zip), after a news report on a district's 多部门联合开展电动
# 自行车“飞线充电”专项整治行动 (消防救援局联合应急管理、住建、公安等部门，重点排查住宅小区; “边排查、边整治”: 对在场
# 居民讲解风险并协助立即拆除，对不在家的住户通过电话告知隐患并要求限期整改; 建立长效机制，增设集中充电设施、加强
# 巡查监管):
# https://app.cqrb.cn/contry/dy34/2025-07-01/2337423_pc.html
# A .zip holding an .xlsx from a street (排查时间 in the preamble that 立即 and 3日内 count from, a two-row header with
# √ under 是否整改到位 是/否, the power company by its short name, a row for the street itself) and a .docx table from a
# town (a kindergarten, a clinic, a village committee and a school as units).
STREET_ROWS = [
    (
        "濮上园小区",
        "3号楼一单元",
        "住户从3楼窗口私拉电线至楼下为电动自行车充电（飞线充电）",
        "现场拆除",
        "濮阳市安泰物业服务有限公司",
        "立即",
        "√",
        "",
        "",
    ),
    (
        "龙都花园小区",
        "7号楼楼道",
        "电动自行车停放在楼道内充电，堵塞疏散通道",
        "电话告知住户限期整改",
        "濮阳市龙都物业管理有限公司",
        "3日内",
        "",
        "√",
        "",
    ),
    (
        "油田胜利路三区",
        "12号楼",
        "老旧小区无集中充电设施，居民充电需求大",
        "协调增设集中充电桩",
        "胜利路社区居民委员会",
        "8月底前",
        "",
        "",
        "已选址，正在安装充电桩",
    ),
    (
        "油田胜利路三区",
        "配电室",
        "小区配电容量不足，新建集中充电桩无法接电",
        "协调增容",
        "供电公司",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    (
        "建业小区",
        "地下车库",
        "地下车库违规设置电动自行车充电点，未采取防火分隔",
        "责令拆除",
        "濮阳市建业物业服务有限公司",
        "立即",
        "√",
        "",
        "",
    ),
    (
        "全街道",
        "—",
        "部分住户“飞线充电”拆除后反复出现",
        "加强夜间巡查和宣传",
        "街道安监站",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道安监站")
    ws = b.sheet("飞线充电整治台账")
    b.widths(ws, [6, 16, 14, 40, 18, 26, 12, 8, 8, 22])
    b.line(ws, 0, "华龙区胜利路街道电动自行车“飞线充电”专项整治台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处    排查时间：2024年7月15日    填报日期：2024年7月29日", 9)
    words = ["序号", "小区名称", "楼栋（位置）", "隐患情况", "处置方式", "责任单位", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(STREET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8])
    end = 4 + len(STREET_ROWS)
    b.line(ws, end, "注：整改时限自排查之日起计算；在“是否整改到位”栏对应处打“√”。", 9)
    b.line(ws, end + 1, "填表人：孔令辉    联系电话：0393-4821137", 9)
    return b.close()


TOWN_ROWS = [
    (
        "韩村镇中心幼儿园",
        "门卫室内为电动自行车电池充电，电池与被褥等可燃物混放",
        "电池移出室外，设置智能充电柜",
        "韩村镇中心幼儿园",
        "2024年7月20日",
        "已整改",
    ),
    (
        "韩村镇卫生院",
        "院内车棚充电线路私拉乱接，无漏电保护装置",
        "重新规范布线，加装漏电保护器",
        "韩村镇卫生院",
        "2024年8月10日",
        "正在施工",
    ),
    (
        "韩村村",
        "沿街商铺门口拉线为电动自行车充电",
        "劝导拆除，设置集中充电点",
        "韩村村民委员会",
        "7月底前",
        "12户商户中已拆除9户",
    ),
    (
        "清丰县韩村镇第一初级中学",
        "教师电动自行车在教学楼楼梯间停放充电",
        "在校内建设集中停放充电棚",
        "清丰县韩村镇第一初级中学",
        "9月1日开学前",
        "",
    ),
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("韩村镇安监站")
    _title(doc, "清丰县韩村镇电动自行车违规充电整治情况", 18)
    _paragraph(doc, "填报单位：清丰县韩村镇人民政府    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "单位（村）", "检查发现问题", "整改措施", "责任单位", "完成时限", "整改情况"], body)
    _paragraph(doc, "填表人：韩雪    联系电话：0393-7511208", 12)
    return _save_fixed(doc, path)


def write_wire_zip(path: Path) -> Path:
    members = [
        ("华龙区胜利路街道飞线充电专项整治台账.xlsx", write_street_book),
        ("清丰县韩村镇电动自行车违规充电整治情况.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for n, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{n}{Path(name).suffix}")
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 电动自行车销售及维修门店联合督导检查问题清单, after a city 市场监管局's report of its 联合督导 (牵头联合市公安局和
# 市消防救援支队组成7个联合督导组，对全市23个镇街开展全覆盖督导检查; 听取汇报、查看台账、随机检查销售和维修店铺;
# 共检查门店40家，发现问题48个，其中市场监管领域31个、消防领域13个、上牌领域4个，已全部交由属地镇街跟踪处理或现场
# 责令整改):
# http://zs.gov.cn/zjj/ztzj/zlqgjs/content/post_2461131.html
# An .xlsx: title, 牵头/联合单位 and 督导时间 lines, one header row with 督导组, 督导日期 and 处理方式 (交属地镇街跟踪处理 /
# 现场责令整改 / 移交), items grouped under three 领域 rows merged across, units as streets, towns, the shops themselves,
# a county bureau and the 交警支队 by two short names, a 合计 line, a 说明 line and a signature line.
SHOP_GROUPS = [
    (
        "一、市场监管领域（4个）",
        [
            (
                "第一组",
                "7月8日",
                "华龙区中原路街道",
                "华龙区骑迹电动车行",
                "销售未获得强制性产品认证（CCC）的电动自行车3辆",
                "交属地镇街跟踪处理",
                "华龙区中原路街道办事处",
                "2024年7月31日",
                "已下架封存，正在立案调查",
            ),
            (
                "第二组",
                "7月9日",
                "濮阳县城关镇",
                "濮阳县城关镇路路通车行",
                "维修时为电动自行车拆除限速装置",
                "现场责令整改",
                "濮阳县城关镇路路通车行",
                "立行立改",
                "已整改",
            ),
            (
                "第三组",
                "7月10日",
                "清丰县城关镇",
                "清丰县恒通电动车维修部",
                "销售无合格证、无厂名厂址的电动自行车蓄电池",
                "交属地镇街跟踪处理",
                "清丰县城关镇人民政府",
                "8月15日前",
                "",
            ),
            (
                "第四组",
                "7月11日",
                "南乐县城关镇",
                "南乐县迅达车业",
                "为电动自行车加装蓄电池托架、更换大容量蓄电池",
                "移交县市场监管局立案查处",
                "南乐县市场监督管理局",
                "2024年8月31日",
                "已立案调查",
            ),
        ],
    ),
    (
        "二、消防领域（2个）",
        [
            (
                "第一组",
                "7月15日",
                "华龙区黄河路街道",
                "华龙区飞驰电动车专卖店",
                "店内集中为电动自行车电池充电，充电区未与经营区域防火分隔",
                "现场责令整改",
                "华龙区飞驰电动车专卖店",
                "立行立改",
                "已整改，复查合格",
            ),
            (
                "第五组",
                "7月16日",
                "范县城关镇",
                "范县金轮车行",
                "门店“前店后宅”，住人区域与充电区域未分隔",
                "交属地镇街跟踪处理",
                "范县城关镇人民政府",
                "7月底前",
                "未整改",
            ),
        ],
    ),
    (
        "三、上牌领域（2个）",
        [
            (
                "第六组",
                "7月17日",
                "台前县城关镇",
                "台前县顺风车行",
                "代办上牌时未核验车辆强制性产品认证证书",
                "交市公安交警支队处理",
                "市公安交警支队",
                "2024年8月20日",
                "已约谈门店负责人",
            ),
            (
                "第七组",
                "7月19日",
                "濮阳县柳屯镇",
                "濮阳县柳屯镇永安车行",
                "向购车人推销不符合国家标准的超标电动车并承诺代办号牌",
                "交市公安交警支队处理",
                "交警支队",
                "长期",
                "纳入源头常态化核查",
            ),
        ],
    ),
]


def write_shop(path: Path) -> Path:
    b = Book(path, author="产品质量安全监督管理科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 8, 10, 16, 24, 40, 20, 24, 14, 24])
    b.line(ws, 0, "电动自行车销售及维修门店联合督导检查问题清单", 9, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市市场监督管理局    联合单位：市公安局交通管理支队、市消防救援支队    督导时间：2024年7月8日—19日",
        9,
    )
    b.line(ws, 2, "填报日期：2024年7月30日", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "督导组",
            "督导日期",
            "县（区）、镇（街道）",
            "门店名称",
            "发现问题",
            "处理方式",
            "责任单位",
            "整改时限",
            "整改进展",
        ],
    )
    r, n = 4, 0
    for title, rows in SHOP_GROUPS:
        b.merge(ws, r, 0, r, 9, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws, r, "合计：检查门店40家，发现问题8个，其中市场监管领域4个、消防领域2个、上牌领域2个。", 9, b.group
    )
    b.line(ws, r + 1, "说明：“立行立改”事项自督导当日起整改；整改进展由责任单位填报，市市场监管局汇总。", 9)
    b.line(ws, r + 2, "填表人：杜文博    审核人：常红    联系电话：0393-8996254", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 无水高层住宅消防隐患整改情况的报告, after a provincial 消防救援总队 news item on a street's 小区消防隐患整改 (根据消防
# 大队提供的182栋无水高层建筑明细逐栋逐个小区排查，携带第三方消防检测单位技术人员逐一梳理，形成台账资料; 组织第三方
# 开展功能性检测，形成功能性检测报告，整理消防系统整改方案; 由房产局牵头，联合消防大队、街道安管科开展隐患整改;
# 联合街道物业科对物业公司加强监督):
# https://js.119.gov.cn/202112/jsxfww-menu-gzdt_c_32043ed6f31447228b75.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table whose rows name only the street's own 科室 (安监办、
# 物业科、城建科) as 责任科室, a 检测结论 column, deadlines as a schedule text, a month range, 上半年, dates and 长期坚持,
# a closing paragraph, the street and date at the foot.
HIGHRISE_ROWS = [
    (
        "鑫苑小区",
        "1#、2#楼",
        "室内消火栓系统无水，稳压泵损坏",
        "功能失效",
        "更换稳压泵，恢复管网供水",
        "安监办",
        "8月底前完成采购，9月底前修复到位",
        "已完成设备采购招标",
    ),
    (
        "华龙苑小区",
        "5#楼",
        "火灾自动报警系统主机故障，烟感探测器大面积失效",
        "部分失效",
        "维修报警主机，更换失效探测器",
        "物业科",
        "2024年7月20日",
        "已修复，经第三方检测合格",
    ),
    (
        "原化肥厂家属院",
        "1#楼",
        "无物业管理，屋顶消防水箱长期无水",
        "功能失效",
        "纳入老旧小区改造项目实施",
        "城建科",
        "2024年6-9月",
        "未启动",
    ),
    (
        "金色家园小区",
        "3#、4#楼",
        "常闭式防火门闭门器缺失，防火门处于常开状态",
        "—",
        "补装闭门器",
        "物业科",
        "2024年7月10日",
        "已整改",
    ),
    (
        "龙城国际小区",
        "2#楼",
        "消防控制室无持证人员值班",
        "—",
        "督促物业配备持证值班人员",
        "安监办",
        "长期坚持",
        "长期坚持，每月抽查",
    ),
    (
        "和谐家园小区",
        "6#楼",
        "自动喷水灭火系统末端试水装置压力不足",
        "部分失效",
        "检修喷淋泵组",
        "物业科",
        "上半年",
        "",
    ),
    (
        "建业森林半岛小区",
        "8#楼",
        "疏散楼梯间堆放杂物、停放电动自行车",
        "—",
        "清理杂物，设置禁停标识",
        "安监办",
        "2024年8月15日",
        "正在清理",
    ),
]


def write_highrise_docx(path: Path) -> Path:
    doc = _new_document("安监办")
    _title(doc, "华龙区人民路街道办事处关于辖区无水高层住宅消防隐患整改情况的报告")
    _paragraph(doc, "华龙区安全生产委员会办公室：")
    _paragraph(
        doc,
        "根据区消防救援大队提供的辖区27栋无水高层建筑明细，街道逐栋逐个小区开展排查，并委托第三方消防检测单位对"
        "存在重点隐患的小区开展功能性检测，形成台账资料。现将隐患整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(HIGHRISE_ROWS, 1)]
    _table(
        doc,
        ["序号", "小区名称", "楼栋", "隐患情况", "检测结论", "整改方案", "责任科室", "整改时限", "整改进展"],
        body,
        size=9,
    )
    _paragraph(
        doc, "对需业主共同出资维修的，街道将会同区住房和城乡建设局研究维修资金使用办法，确保按期整改到位。"
    )
    _paragraph(doc, "华龙区人民路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_highrise(path: Path) -> Path:
    return via_soffice(write_highrise_docx, path, "doc", "无水高层消防隐患整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 住宅小区消防安全检查整改单跟踪台账, after a district news item on a town 建设办's 小区消防安全检查 (重点检查消防安全
# 责任制、建筑消防设施、消防车道、疏散通道、电动自行车停放和充电、电梯维保记录; 查看公共收益是否公示、消控室值班人员
# 是否持证; 现场出具整改单，明确责任主体与整改时限，并持续跟踪整改进度、检查整改成效):
# https://www.cznd.gov.cn/html/cznd/2025/IQBIILNJ_1117/564747.html
# An .ods (an .xlsx converted by LibreOffice): title, 填报单位 line, one header row with 整改单编号, the 下达日期 each
# row's 整改期限 (N日) counts from, the 物业服务企业 as 责任主体, a 跟踪情况 column and a 复查日期 (an event, not a
# deadline), a 注 line and a signature line.
NOTICE_ROWS = [
    (
        "NL-ZG-2407-01",
        date(2024, 7, 3),
        "书香名苑小区",
        "南乐县恒信物业服务有限公司",
        "消防车道被私家车长期占用，未施划禁停标线",
        "10日",
        "复查合格",
        date(2024, 7, 12),
    ),
    (
        "NL-ZG-2407-02",
        date(2024, 7, 3),
        "阳光花园小区",
        "南乐县阳光物业管理有限公司",
        "消控室值班人员未取得消防设施操作员证书",
        "30日",
        "2名值班人员已报名培训考试",
        "",
    ),
    (
        "NL-ZG-2407-03",
        date(2024, 7, 5),
        "锦绣华府小区",
        "河南锦绣物业服务有限公司南乐分公司",
        "地下车库电动自行车充电区域未设置自动喷水灭火设施",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "NL-ZG-2407-04",
        date(2024, 7, 5),
        "昌州花园小区",
        "南乐县昌州物业有限公司",
        "楼道应急照明灯、疏散指示标志损坏未修复",
        "7日",
        "复查合格",
        date(2024, 7, 11),
    ),
    (
        "NL-ZG-2407-05",
        date(2024, 7, 10),
        "颐和苑小区",
        "颐和苑小区业主委员会",
        "无物业管理，室内消火栓箱内水带、水枪缺失",
        "15日",
        "",
        "",
    ),
    (
        "NL-ZG-2407-06",
        date(2024, 7, 10),
        "公园壹号小区",
        "南乐县城发物业服务有限公司",
        "物业项目公共收益未按规定向业主公示",
        "10日",
        "已在小区公告栏公示",
        "",
    ),
    (
        "NL-ZG-2407-07",
        date(2024, 7, 12),
        "书香名苑小区",
        "南乐县恒信物业服务有限公司",
        "电梯维保记录不完整，缺少6月份维保签字",
        "5日",
        "逾期未整改",
        "",
    ),
]


def write_notice_book(path: Path) -> Path:
    b = Book(path, author="城关镇建设办")
    ws = b.sheet("整改单跟踪台账")
    b.widths(ws, [6, 16, 12, 16, 30, 40, 14, 24, 12])
    b.line(ws, 0, "南乐县城关镇住宅小区消防安全检查整改单跟踪台账", 8, b.title)
    b.line(ws, 1, "填报单位：南乐县城关镇人民政府建设办    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整改单编号",
            "下达日期",
            "小区名称",
            "物业服务企业（责任主体）",
            "存在问题",
            "整改期限",
            "跟踪情况",
            "复查日期",
        ],
    )
    for i, row in enumerate(NOTICE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NOTICE_ROWS)
    b.line(ws, end, "注：整改期限自整改单下达之日起计算；复查日期为建设办现场复查的日期。", 8)
    b.line(ws, end + 1, "填表人：冯丽娜    联系电话：0393-6226085", 8)
    return b.close()


def write_notice(path: Path) -> Path:
    via_soffice(write_notice_book, path, "ods", "整改单跟踪台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("2024年非煤矿山安全监管督导检查发现问题整改落实情况表.xlsx", write_mine),
    ("王称堌镇烟花爆竹零售网点安全隐患整改台账.csv", write_firework),
    ("工贸企业有限空间作业专项暗访检查问题隐患整改台账.xlsx", write_space),
    ("管道重大事故隐患情况列表（2024年1-7月）.xls", write_pipe),
    ("瓶装液化石油气供应站及用气场所隐患销号台账.et", write_lpg),
    ("濮阳县住建局关于乡镇天然气管道安全隐患排查整改情况的报告.docx", write_gaspipe),
    ("电动自行车飞线充电专项整治台账（胜利路街道、韩村镇）.zip", write_wire_zip),
    ("电动自行车销售及维修门店联合督导检查问题清单.xlsx", write_shop),
    ("人民路街道无水高层住宅消防隐患整改情况报告.doc", write_highrise),
    ("城关镇住宅小区消防安全检查整改单跟踪台账.ods", write_notice),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

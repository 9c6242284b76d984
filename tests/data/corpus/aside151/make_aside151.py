"""Write the aside151 returns: ten files laid out after ten public sources, cited beside each layout below.

The part is a set of joint, multi-unit ledgers (一份台账多个责任单位、多个问题类型) of the kind a supervision office
receives in July 2024: 城市更新, 生态环境, 安全生产, 人大建议 as .xlsx (grouping by merged cells, 小计 rows, a table
continued on a second printed page with its header repeated, 附表 sheets), 民生实事 as .ods, 审计整改 as .xls (xlwt),
营商环境 as a GBK CSV, 舆情 as a .doc (Word 97 via LibreOffice), 信访积案 as a .docx whose items are numbered
paragraphs, and 巡察反馈 as a .zip of two returns (a township's .xlsx and a village's .docx).
Contents (problems, names, dates) are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside151.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) for
the .ods and .doc conversions. Every date inside the files and every zip member time is fixed, so that running the
script twice gives byte-identical files.
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
CREATED = datetime(2024, 7, 29, 9, 30, 0)
ZIP_TIME = (2024, 7, 29, 9, 30, 0)


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
        self.sub = add({"border": 1, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True})
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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
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


def _heading(doc, text: str, size: float = 16) -> None:
    _paragraph(doc, text, size, "黑体")


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
# 1. 城市更新行动重点任务推进台账, after a city government's 城市更新行动实施方案 (the tasks grouped under numbered
# actions, each task closing with its 牵头单位、责任单位 and 完成时限: 老旧小区改造、既有住宅加装电梯、打通断头路、
# 停车泊位、历史文化保护、燃气管网和雨污分流等市政基础设施补短板):
# https://www.chengde.gov.cn/art/2021/11/8/art_11903_819074.html
# An .xlsx: title and 填报单位/统计截至 line; the 行动 as merged cells over their tasks; 牵头单位 (the unit) beside the
# 配合单位; a 小计 row under each 行动; the table runs onto a second printed page where the title is repeated with
# （续表） and the header again; a 合计 row, a 注 line and the signature; a second sheet 附表 with the districts'
# figures.
CITY_ACTIONS = [
    (
        "一、城镇老旧小区改造提升行动",
        [
            (
                "2024年新开工改造城镇老旧小区56个，同步完成供水、排水、供气、供暖管网改造",
                "市住建局",
                "市财政局、市城管局、各区人民政府",
                "2024年10月底前",
                "已开工48个，其中完工9个，其余正在施工",
                "正常推进",
            ),
            (
                "支持既有住宅加装电梯30部",
                "市住建局",
                "市市场监管局、各区人民政府",
                "年底前",
                "已完成备案12部，完工3部",
                "正常推进",
            ),
            (
                "推动改造后老旧小区物业管理全覆盖，建立长效管理机制",
                "市住建局",
                "各区人民政府",
                "长期坚持",
                "常态化推进",
                "长期坚持",
            ),
        ],
    ),
    (
        "二、城市道路畅通行动",
        [
            (
                "打通京开大道北延、长庆路东段等断头路5条",
                "市住建局",
                "市自然资源和规划局、华龙区人民政府",
                "2024年9月30日",
                "已贯通3条，其余2条正在征迁",
                "正常推进",
            ),
            (
                "新增城区公共停车泊位2000个",
                "市城管局",
                "市公安局交警支队、各区人民政府",
                "2024年12月31日",
                "已建成泊位1350个",
                "正常推进",
            ),
            (
                "完成城区主次干道交通信号灯智能化改造",
                "市公安局交警支队",
                "市住建局",
                "6月底前",
                "已完成，6月28日通过验收",
                "已完成",
            ),
        ],
    ),
    (
        "三、历史文化保护传承行动",
        [
            (
                "完成老城片区历史建筑测绘建档和挂牌保护",
                "市自然资源和规划局",
                "市文广旅局、华龙区人民政府",
                "2024年8月底",
                "",
                "",
            ),
            (
                "实施戚城遗址公园周边环境综合整治",
                "市文广旅局",
                "市城管局、华龙区人民政府",
                "第三季度",
                "尚未启动",
                "滞后",
            ),
        ],
    ),
    (
        "四、市政基础设施补短板行动",
        [
            (
                "更新改造城区老旧燃气管道42公里",
                "市燃气公司",
                "市住建局、市应急管理局",
                "2024年11月30日",
                "已完成改造26公里",
                "正常推进",
            ),
            (
                "完成城区易涝点雨污分流改造7处",
                "市城市管理局",
                "市水利局、市住建局",
                "2024年7月20日",
                "已完成，汛前全部投入使用",
                "已完成",
            ),
        ],
    ),
]
CITY_HEADER = [
    "序号",
    "行动类别",
    "重点任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "截至7月25日进展情况",
    "推进状态",
]


def _city_title_and_header(b: Book, ws, r: int, title: str) -> int:
    b.line(ws, r, title, 7, b.title)
    b.header(ws, r + 1, CITY_HEADER)
    return r + 2


def write_city(path: Path) -> Path:
    b = Book(path, author="城市更新办")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 16, 40, 16, 26, 14, 30, 10])
    ws.set_landscape()
    b.line(ws, 0, "濮阳市2024年城市更新行动重点任务推进台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市城市更新工作领导小组办公室（市住房和城乡建设局代章）    统计截至：2024年7月25日",
        7,
    )
    b.header(ws, 2, CITY_HEADER)
    r = 3
    n = 0
    page_break_after = 1  # the second printed page begins after the second 行动
    breaks = []
    for k, (action, tasks) in enumerate(CITY_ACTIONS):
        first = r
        for task in tasks:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(task), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, action, b.center)
        done = sum(1 for t in tasks if t[5] == "已完成")
        b.put(ws, r, 0, "", b.center)
        b.merge(ws, r, 1, r, 7, f"小计：{len(tasks)}项，其中已完成{done}项", b.sub)
        r += 1
        if k == page_break_after:
            breaks.append(r)
            r = _city_title_and_header(b, ws, r, "濮阳市2024年城市更新行动重点任务推进台账（续表）")
    ws.set_h_pagebreaks(breaks)
    b.put(ws, r, 0, "合计", b.sub)
    summary = f"四大行动共{n}项重点任务：已完成2项，正常推进5项，滞后1项，长期坚持1项，未填报1项"
    b.merge(ws, r, 1, r, 7, summary, b.sub)
    b.line(ws, r + 1, "注：推进状态分“已完成”“正常推进”“滞后”“长期坚持”四类；配合单位不单独填报进展。", 7)
    b.line(
        ws, r + 2, "填报人：韩晓东    审核人：杜建平    联系电话：0393-8998316    填报日期：2024年7月26日", 7
    )

    att = b.sheet("附表")
    b.widths(att, [14, 18, 14, 14, 12])
    b.line(att, 0, "附表：各区县2024年城镇老旧小区改造开工情况", 4, b.title)
    b.header(att, 1, ["区县", "年度改造任务（个）", "已开工（个）", "已完工（个）", "开工率"])
    figures = [
        ("华龙区", 21, 19, 4, "90.5%"),
        ("濮阳县", 9, 8, 2, "88.9%"),
        ("清丰县", 7, 6, 1, "85.7%"),
        ("南乐县", 6, 5, 1, "83.3%"),
        ("范县", 7, 6, 1, "85.7%"),
        ("台前县", 6, 4, 0, "66.7%"),
    ]
    for i, row in enumerate(figures, start=2):
        b.row(att, i, list(row), fmt=b.center)
    b.row(att, 2 + len(figures), ["全市", 56, 48, 9, "85.7%"], fmt=b.sub)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重点监管企业环境执法检查发现问题集中交办清单, after a district 生态环境分局's three-day 重点监管企业环境执法
# 检查 (以涉气企业为重点，共检查28家企业，发现96个问题; 召开集中交办会议，向各镇街道、有关企业集中交办; 各镇
# 街道形成工作台账，督促企业逐一整改; 按整治时限组织回头看):
# https://m.yybnet.net/rizhao/news/202008/10745088.html
# An .xlsx: title, 交办单位/检查时间/交办时间 line (the base date of 立行立改 and 15日内), a two-row header with
# 整改落实 over 整改情况 and 回头看核查, the 责任镇（街道） as merged cells over their companies' problems, a 小计 row
# per 镇街, a 合计 row and a 经办人 line.
ECO_GROUPS = [
    (
        "华龙区胜利路街道办事处",
        [
            (
                "濮阳市恒润化工有限公司",
                "危废暂存间未张贴危险废物识别标识，出入库台账记录不全",
                "规范设置标识，补齐危废台账",
                "2024年7月15日",
                "已整改",
                "合格",
            ),
            (
                "濮阳市宏昌塑料制品有限公司",
                "注塑车间VOCs收集设施集气罩破损，收集效率低",
                "更换集气罩，确保废气有效收集",
                "2024年7月31日",
                "正在更换集气罩",
                "",
            ),
            (
                "濮阳市鑫达建材有限公司",
                "物料堆场未全封闭，砂石露天堆放",
                "建设封闭式料棚",
                "2024年8月20日",
                "",
                "",
            ),
        ],
    ),
    (
        "华龙区孟轲乡人民政府",
        [
            (
                "濮阳市金源食品有限公司",
                "污水处理站在线监测设备数据传输中断",
                "恢复数据传输并说明原因",
                "立行立改",
                "已恢复传输",
                "合格",
            ),
            (
                "濮阳市永盛铸造有限公司",
                "熔炼炉除尘器布袋破损，车间无组织排放明显",
                "更换除尘布袋，密闭车间",
                "15日内",
                "未整改",
                "不合格",
            ),
            (
                "濮阳市绿源农业开发有限公司",
                "养殖场雨污分流不彻底，粪污收集池无防雨措施",
                "完善雨污分流，加盖收集池",
                "2024年9月30日",
                "正在建设雨水导排沟",
                "",
            ),
        ],
    ),
    (
        "华龙区岳村镇人民政府",
        [
            (
                "濮阳市顺发汽车维修有限公司",
                "喷漆房未安装废气处理设施",
                "安装废气处理设施，未完成前停止喷漆作业",
                "2024年7月25日",
                "已停用喷漆房，正在安装活性炭吸附装置",
                "",
            ),
            (
                "濮阳市天成包装有限公司",
                "印刷车间废气排放口未设置采样平台",
                "按规范设置采样平台和采样孔",
                "2024年8月10日",
                "已完成",
                "",
            ),
            (
                "濮阳市兴旺再生资源回收有限公司",
                "废旧铅酸蓄电池露天存放，地面无防渗措施",
                "清运废旧电池，场地硬化防渗",
                "2024年7月20日",
                "废旧电池已清运，地面防渗正在施工",
                "",
            ),
        ],
    ),
]


def write_eco(path: Path) -> Path:
    b = Book(path, author="执法大队")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 22, 28, 40, 28, 14, 26, 12])
    b.line(ws, 0, "重点监管企业环境执法检查发现问题集中交办清单（第一批）", 7, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市生态环境局华龙分局    检查时间：2024年7月1日至7月3日    交办时间：2024年7月8日"
        "    整改时限中“立行立改”“15日内”自交办之日起计算",
        7,
    )
    for c, word in enumerate(["序号", "责任镇（街道）", "企业名称", "发现问题", "整改要求", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "回头看核查"], first=6)
    r = 4
    n = 0
    for town, rows in ECO_GROUPS:
        first = r
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, town, b.center)
        b.put(ws, r, 0, "", b.center)
        b.merge(ws, r, 1, r, 7, f"小计：交办问题{len(rows)}个", b.sub)
        r += 1
    b.put(ws, r, 0, "合计", b.sub)
    b.merge(ws, r, 1, r, 7, f"本批交办3个镇（街道）9家企业问题{n}个", b.sub)
    b.line(ws, r + 2, "经办人：孙立伟    联系电话：0393-4416620    制表日期：2024年7月26日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 安全生产联合检查发现问题整改台账, after a district 安委办's joint check (组织公安、住建、市场、城管、卫健、应急、
# 消防等部门成立四个综合检查组; 深入大型商超、餐饮企业、医疗机构、在建工地等重点场所检查; 检查情况以通报形式
# 反馈属地政府，要求属地政府立即督促整改，并把整改情况报安委办; 整改情况“回头看”):
# https://csjcs.com/news/show/993e31aa61326d4d.html
# An .xlsx: title, 通报单位/检查时间/反馈时间 line, a two-row header with 整改落实 over 整改情况 and 复查结果, the
# 检查组 (the inspectors) as merged cells, the 属地 township as 整改责任单位; the table runs onto a second printed
# page (title repeated with （续表） and the header again); a 合计 row, a 填表说明 and the signature; a second sheet
# 附表 naming each 检查组's 带队单位 and 成员单位.
SAFETY_GROUPS = [
    (
        "第一综合检查组",
        [
            (
                "清丰县万家福购物广场",
                "大型商超",
                "二层疏散通道堆放货物，防火卷帘下方摆放促销台",
                "清丰县城关镇人民政府",
                "2024年7月12日",
                "已清理",
                "复查合格",
            ),
            (
                "清丰县华联超市",
                "大型商超",
                "消防控制室值班人员无证上岗",
                "清丰县城关镇人民政府",
                "2024年7月31日",
                "正在组织值班人员参加培训考试",
                "",
            ),
        ],
    ),
    (
        "第二综合检查组",
        [
            (
                "清丰县第二实验学校教学楼建设项目",
                "在建工地",
                "塔吊基础积水，未设置排水措施",
                "清丰县韩村镇人民政府",
                "2024年7月20日",
                "已设置排水井",
                "复查合格",
            ),
            (
                "清丰县滨河花园三期工程",
                "在建工地",
                "外脚手架连墙件缺失，剪刀撑设置不连续",
                "清丰县仙庄镇人民政府",
                "2024年7月25日",
                "",
                "",
            ),
            (
                "清丰县城南污水管网工程",
                "在建工地",
                "沟槽开挖未按方案放坡，临边无防护",
                "清丰县古城乡人民政府",
                "2024年7月18日",
                "未整改",
                "复查未通过",
            ),
        ],
    ),
    (
        "第三综合检查组",
        [
            (
                "清丰县好运来酒家",
                "餐饮企业",
                "液化石油气钢瓶与灶具间距不足，未安装可燃气体报警器",
                "清丰县城关镇人民政府",
                "2024年7月22日",
                "已安装报警器，独立钢瓶间正在改造",
                "",
            ),
            (
                "清丰县仁和医院",
                "医疗机构",
                "氧气瓶存放间未设置防倾倒设施",
                "清丰县韩村镇人民政府",
                "2024年7月19日",
                "已加装防倾倒链",
                "复查合格",
            ),
        ],
    ),
    (
        "第四综合检查组",
        [
            (
                "清丰县宏达烟花爆竹批发部",
                "烟花爆竹",
                "仓库超许可量储存烟花爆竹",
                "清丰县仙庄镇人民政府",
                "2024年8月15日",
                "已转移部分库存，正在核减",
                "",
            ),
        ],
    ),
]
SAFETY_WORDS = ["序号", "检查组", "检查场所", "场所类别", "存在问题", "整改责任单位（属地）", "整改期限"]


def _safety_header(b: Book, ws, r: int) -> int:
    for c, word in enumerate(SAFETY_WORDS):
        b.merge(ws, r, c, r + 1, c, word, b.head)
    b.merge(ws, r, 7, r, 8, "整改落实", b.head)
    b.header(ws, r + 1, ["整改情况", "复查结果"], first=7)
    return r + 2


def write_safety(path: Path) -> Path:
    b = Book(path, author="县安委办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 28, 10, 36, 22, 14, 28, 12])
    b.line(ws, 0, "清丰县2024年7月安全生产联合检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "通报单位：清丰县安全生产委员会办公室    检查时间：2024年7月10日至7月12日    反馈属地时间：2024年7月15日",
        8,
    )
    r = _safety_header(b, ws, 2)
    n = 0
    breaks = []
    for k, (group, rows) in enumerate(SAFETY_GROUPS):
        first = r
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, group, b.center)
        if k == 1:
            breaks.append(r)
            b.line(ws, r, "清丰县2024年7月安全生产联合检查发现问题整改台账（续表）", 8, b.title)
            r = _safety_header(b, ws, r + 1)
    ws.set_h_pagebreaks(breaks)
    b.put(ws, r, 0, "合计", b.sub)
    b.merge(ws, r, 1, r, 8, f"四个综合检查组共检查场所36家，本表列需属地跟踪整改问题{n}项", b.sub)
    b.line(
        ws,
        r + 1,
        "填表说明：“整改情况”由属地乡镇填报，“复查结果”由原检查组复查后填写；检查组成员单位见附表。",
        8,
    )
    b.line(ws, r + 2, "填表人：郝玉洁    联系电话：0393-7221096    填报日期：2024年7月29日", 8)

    att = b.sheet("附表")
    b.widths(att, [18, 22, 40, 16])
    b.line(att, 0, "附表：综合检查组组成", 3, b.title)
    b.header(att, 1, ["组别", "带队单位", "成员单位", "检查重点"])
    teams = [
        ("第一综合检查组", "县应急管理局", "县消防救援大队、县商务局", "大型商超"),
        ("第二综合检查组", "县住房和城乡建设局", "县城市管理局、县应急管理局", "在建工地"),
        ("第三综合检查组", "县市场监督管理局", "县卫生健康委员会、县消防救援大队", "餐饮企业、医疗机构"),
        ("第四综合检查组", "县公安局", "县应急管理局", "烟花爆竹经营单位"),
    ]
    for i, row in enumerate(teams, start=2):
        b.row(att, i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 人大代表建议办理落实情况, after a district 人大常委会调研组's visit to a township on the 代表建议办理落实情况
# (乡人大主席汇报代表建议办理落实情况，与会代表就建议办理情况发言; 要求承办单位注重办成率、主动与代表沟通、
# 对可解决或列入计划的建议跟踪办理、逐一检查落实):
# http://lcsrd.gov.cn/dbgz/3864345913338671795
# An .xlsx: title, 报送单位 and 报送日期 line, one header row with 建议编号、领衔代表 (the proposer) beside the
# 承办单位 (the unit), an A/B/C 办理结果类别 column with a note explaining the classes, the 落实情况 and the
# 计划完成时间; a 注 line and the signature.
NPC_ROWS = [
    (
        "第068号",
        "张庆林",
        "关于增开岳村镇至市区公交班次的建议",
        "市交通运输局",
        "A",
        "已新增岳村镇至市区公交线路1条，5月20日开通运营",
        "2024年5月",
    ),
    (
        "第071号",
        "李秀云",
        "关于维修马颊河岳村段堤顶道路的建议",
        "市水利局",
        "B",
        "已列入2024年水利工程维修养护计划，正在施工",
        "2024年10月",
    ),
    (
        "第083号",
        "王志刚",
        "关于改善镇中心小学教室照明条件的建议",
        "市教育局",
        "A",
        "已完成教室照明改造并通过验收",
        "2024年3月",
    ),
    (
        "第095号",
        "刘海燕",
        "关于简化设施农业用地备案手续的建议",
        "市自然资源规划局",
        "B",
        "已出台设施农业用地备案指引，正在组织乡镇宣传培训",
        "2024年9月底",
    ),
    (
        "第102号",
        "赵红军",
        "关于解决东部村庄农村电网低电压问题的建议",
        "濮阳供电公司",
        "C",
        "尚未落实，受年度投资计划限制，拟列入2025年农网改造计划",
        "2025年",
    ),
    (
        "第117号",
        "孙丽娟",
        "关于开通村卫生室医保门诊统筹结算的建议",
        "市医保局",
        "B",
        "已开通8个村卫生室，其余4个正在调试系统",
        "2024年8月31日",
    ),
    (
        "第126号",
        "陈建国",
        "关于镇区污水管网向周边村庄延伸的建议",
        "华龙区岳村镇人民政府",
        "",
        "",
        "2024年12月",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="岳村镇人大")
    ws = b.sheet("建议办理情况")
    b.widths(ws, [6, 10, 10, 36, 20, 10, 40, 14])
    b.line(ws, 0, "市八届人大四次会议驻岳村镇市人大代表建议办理落实情况表", 7, b.title)
    b.line(
        ws,
        1,
        "报送单位：华龙区岳村镇人民代表大会主席团    报送：区人大常委会调研组    报送日期：2024年7月24日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "建议编号", "领衔代表", "建议题目", "承办单位", "办理结果类别", "落实情况", "计划完成时间"],
    )
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NPC_ROWS)
    b.line(
        ws,
        end,
        "注：办理结果类别中，A类为所提问题已经解决，B类为所提问题正在解决或已列入计划逐步解决，"
        "C类为所提问题因条件限制需以后解决。",
        7,
    )
    b.line(ws, end + 1, "镇人大主席：郭春生    经办人：闫晓静    联系电话：0393-8616207", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 人大代表票决民生实事项目推进情况, after a township 人大's票决 of its yearly 民生实事项目 (102名人大代表无记名
# 投票票决产生8项: 护理院改造、老年大学建设、农村公路提档升级、农村桥梁改造、村内道路硬化、路灯亮化、高标准农田、
# 危房改造; 镇人大全过程跟踪监督，组织人大代表定期督查，确保按时、按量、按质完成):
# http://jspxrd.gov.cn/news/show-9224.html
# An .ods (LibreOffice conversion): title, 填报单位 line (the township is the unit; its 所/办/中心 are the 责任部门),
# a two-row header with 推进情况 over 截至7月底进展 and 完成投资, each project's name and content in one cell,
# the 项目类别 as merged cells, a 小计 row of the invested sums per 类别, a 人大代表监督小组意见 column, a 合计
# row and the signature.
LIVELIHOOD_GROUPS = [
    (
        "社会事业类",
        [
            (
                "镇敬老院改造提升",
                "改造居室42间，增设康复室和助浴设施",
                "民政所",
                "2024年9月底",
                "主体改造完成，正在室内装修",
                86,
                "按计划推进",
            ),
            (
                "镇老年大学建设",
                "利用原农技站改建教室4间、活动室1间",
                "文化站",
                "2024年12月底",
                "已完成选址，正在编制设计方案",
                0,
                "加快前期工作",
            ),
        ],
    ),
    (
        "基础设施类",
        [
            (
                "农村公路提档升级",
                "改造县乡道8.5公里",
                "交通办",
                "2024年10月31日",
                "完成路基3.2公里",
                214,
                "注意雨季施工质量",
            ),
            (
                "农村危桥改造",
                "拆除重建危桥2座",
                "交通办",
                "2024年6月30日",
                "已完工通车",
                135,
                "已完成",
            ),
            (
                "村内道路硬化",
                "硬化12个村村内道路",
                "建设办",
                "8月底前完成5个村，11月底前全部完成",
                "已完成4个村",
                96,
                "按计划推进",
            ),
            (
                "路灯亮化",
                "安装太阳能路灯600盏",
                "建设办",
                "2024年7月15日",
                "已全部安装到位",
                72,
                "已完成",
            ),
        ],
    ),
    (
        "农业农村类",
        [
            (
                "高标准农田建设",
                "新建高标准农田1.2万亩",
                "农业服务中心",
                "2024年10月底",
                "尚未开工",
                0,
                "进度滞后，建议督促",
            ),
            (
                "农村危房改造",
                "改造农村低收入群体危房35户",
                "建设办",
                "年底前",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="党政办")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 12, 44, 12, 22, 26, 12, 18])
    b.line(ws, 0, "南乐县张果屯镇2024年度人大代表票决民生实事项目推进情况表", 7, b.title)
    b.line(ws, 1, "填报单位：南乐县张果屯镇人民政府（盖章）    填报日期：2024年7月29日", 7)
    for c, word in enumerate(["序号", "项目类别", "项目名称及建设内容", "责任部门", "计划完成时间"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "推进情况", b.head)
    b.header(ws, 3, ["截至7月底进展", "完成投资（万元）"], first=5)
    b.merge(ws, 2, 7, 3, 7, "人大代表监督小组意见", b.head)
    r = 4
    n = 0
    total = 0
    for group, rows in LIVELIHOOD_GROUPS:
        first = r
        for name, content, *rest in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [f"{name}：{content}", *rest], first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, group, b.center)
        invested = sum(row[5] for row in rows if isinstance(row[5], int))
        total += invested
        b.put(ws, r, 0, "", b.center)
        b.merge(ws, r, 1, r, 4, "小计", b.sub)
        b.put(ws, r, 5, "", b.sub)
        b.put(ws, r, 6, invested, b.sub)
        b.put(ws, r, 7, "", b.sub)
        r += 1
    b.put(ws, r, 0, "合计", b.sub)
    b.merge(ws, r, 1, r, 5, f"票决民生实事项目{n}项", b.sub)
    b.put(ws, r, 6, total, b.sub)
    b.put(ws, r, 7, "", b.sub)
    b.line(ws, r + 2, "镇长：石永乐    分管副镇长：范丽萍    填表人：崔浩    联系电话：0393-7512063", 7)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "张果屯镇民生实事项目推进情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 审计查出问题整改清单, after a district's 审计查出问题交办会 (区人大常委会、区政府联合召开; 对同级审计查出的
# 6大类27项问题进行集中交办，向被审计单位下发整改清单; 人大常委会联合跟踪督查，年底前听取整改工作报告并对整改
# 工作进行满意度测评):
# http://www.ntfabu.com/newsepaper/detail/10036_42692_472043_4615024_ntfb.html
# An .xls (xlwt): title, 交办单位/交办时间 and 整改情况截至 lines, the 问题类别 as merged cells down the first
# column, 被审计单位（整改责任单位）, 整改期限, 整改情况 and the 审计局's 整改结果认定, a 合计 row, a 注 line and the
# signature.
AUDIT_GROUPS = [
    (
        "一、预算编制和执行",
        [
            (
                "年初预算代编规模过大，代编资金1.2亿元未细化到具体项目",
                "市财政局",
                "2024年9月30日",
                "已制定预算代编管理办法，正在逐项细化",
                "部分整改",
            ),
            (
                "项目结余资金386万元未及时上缴财政",
                "市教育局",
                "2024年7月31日",
                "已上缴国库",
                "已整改",
            ),
        ],
    ),
    (
        "二、非税收入征管",
        [
            (
                "土地出让金滞纳金2150万元未及时征收",
                "市国土资源局",
                "2024年10月31日",
                "已下达催缴通知，正在追缴",
                "部分整改",
            ),
        ],
    ),
    (
        "三、政府采购",
        [
            (
                "医疗设备采购化整为零，规避公开招标",
                "市卫计委",
                "长期坚持",
                "已修订政府采购内部控制制度，长期坚持",
                "",
            ),
        ],
    ),
    (
        "四、专项资金管理",
        [
            (
                "就业补助资金向不符合条件人员发放职业培训补贴47万元",
                "市人社局",
                "2024年8月31日",
                "已追回31万元，剩余16万元正在追缴",
                "部分整改",
            ),
            (
                "农机购置补贴资金620万元滞留未拨付",
                "市农业局",
                "2024年7月15日",
                "",
                "未整改",
            ),
        ],
    ),
    (
        "五、国有资产管理",
        [
            (
                "环卫作业车辆23台未纳入固定资产核算",
                "市城管执法局",
                "2024年7月20日",
                "已登记入账",
                "已整改",
            ),
        ],
    ),
    (
        "六、政府投资项目",
        [
            (
                "城区水系连通工程多计工程价款156万元",
                "市水务局",
                "2024年9月30日",
                "已与施工单位核减结算价款，待财政评审",
                "",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市2023年度市本级预算执行和其他财政收支审计查出问题整改清单", t, 0, 6),
        (
            1,
            0,
            "交办单位：市人大常委会预算工作委员会、市人民政府办公室    交办时间：2024年6月12日",
            plain,
            1,
            6,
        ),
        (2, 0, "整改情况截至：2024年7月26日    汇总单位：濮阳市审计局", plain, 2, 6),
    ]
    words = [
        "问题类别",
        "序号",
        "审计查出问题",
        "被审计单位（整改责任单位）",
        "整改期限",
        "整改情况",
        "整改结果认定",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    r = 4
    n = 0
    for group, rows in AUDIT_GROUPS:
        first = r
        for row in rows:
            n += 1
            cells.append((r, 1, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (4, 6) else c))
            r += 1
        if r - 1 > first:
            cells.append((first, 0, group, ctr, r - 1, 0))
        else:
            cells.append((first, 0, group, ctr))
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, f"6大类{n}项问题：已整改2项，部分整改3项，未整改1项，其余2项未认定", c, r, 6),
        (
            r + 1,
            0,
            "注：“整改结果认定”由市审计局根据被审计单位报送的整改材料逐项复核后填写，未填写的为尚未复核。",
            plain,
            r + 1,
            6,
        ),
        (r + 2, 0, "填表人：冯静    审核人：牛振华    联系电话：0393-8992471", plain, r + 2, 6),
    ]
    return _write_xls(path, [("整改清单", cells)])


# ---------------------------------------------------------------------------------------------
# 7. 营商环境体验官反映问题交办整改台账, after a city's 营商环境体验官工作机制 (体验官通过“办事体验、明察暗访、企业
# 座谈、集中体验”四种方式，把监督触角延伸到政务服务、公平竞争、法治监管、政策兑现等领域; 完善“收集、派单、
# 整改、反馈”的闭环模式，对体验官反馈的诉求和季度满意度回访问卷进行跟踪):
# http://www.ordoszxqy.org.cn/article/info/10028
# A CSV in GBK: title line, 填报单位/统计期 line, a header line with 体验官 (the proposer) and 派单日期 beside the
# 承办单位, 办理时限 partly in working days from the 派单日期, 整改反馈 and 回访满意度; a 小计 line after each
# 问题类别 and a 合计 line.
BIZ_GROUPS = [
    (
        "政务服务",
        [
            (
                "办事体验",
                "企业开办“一网通办”平台营业执照信息与税务登记信息不同步，需重复填报",
                "王建华",
                "2024-05-14",
                "市市场监管局",
                "10个工作日",
                "已实现登记信息自动推送，无需重复填报",
                "满意",
            ),
            (
                "明察暗访",
                "不动产登记大厅午间无人值守，群众等候超过40分钟",
                "陈晓梅",
                "2024-05-20",
                "市不动产登记中心",
                "5个工作日",
                "已实行午间轮岗值班，整改完毕",
                "满意",
            ),
            (
                "集中体验",
                "公积金提取要求提供纸质婚姻证明，未使用共享数据",
                "刘国庆",
                "2024-06-20",
                "市公积金中心",
                "15个工作日",
                "正在与民政部门对接婚姻登记数据接口",
                "",
            ),
        ],
    ),
    (
        "公平竞争",
        [
            (
                "企业座谈",
                "部分国有投资项目招标文件设置本地业绩门槛",
                "周海涛",
                "2024-05-22",
                "市发改委",
                "2024年7月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "法治监管",
        [
            (
                "企业座谈",
                "同一企业一个月内被不同部门重复入企检查3次",
                "周海涛",
                "2024-06-05",
                "市司法局",
                "2024年9月30日",
                "正在制定跨部门“综合查一次”联合检查清单",
                "",
            ),
        ],
    ),
    (
        "政策兑现",
        [
            (
                "企业座谈",
                "2023年度工业企业技术改造奖补资金至今未兑现",
                "郑立新",
                "2024-06-12",
                "市工信局",
                "2024年6月30日",
                "未兑现，奖补资金尚未到位",
                "不满意",
            ),
            (
                "办事体验",
                "小微企业低压用电报装“三零”服务承诺的接电时限未落实",
                "马俊峰",
                "2024-07-02",
                "濮阳供电公司",
                "20个工作日",
                "已约谈相关供电所，正在整改",
                "",
            ),
        ],
    ),
]


def write_biz(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市营商环境体验官反映问题交办整改台账（2024年第二季度）"])
    w.writerow(
        [
            "填报单位：市优化营商环境工作领导小组办公室；统计期：2024年4月1日至7月26日；办理时限以工作日计的自派单日期起算"
        ]
    )
    w.writerow(
        [
            "序号",
            "问题类别",
            "体验方式",
            "反映问题",
            "体验官",
            "派单日期",
            "承办单位",
            "办理时限",
            "整改反馈",
            "回访满意度",
        ]
    )
    n = 0
    for group, rows in BIZ_GROUPS:
        for row in rows:
            n += 1
            w.writerow([n, group, *row])
        w.writerow(["小计", group, f"{len(rows)}件", "", "", "", "", "", "", ""])
    w.writerow(["合计", "", f"{n}件", "", "", "", "", "", "", ""])
    w.writerow(["填表人：秦雅琪", "联系电话：0393-8910375", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 舆情通报, after a county's 《舆情通报》 on forum posts about 民生 (每半月上报一期; 县委书记在通报上批示:
# 划勾的帖子将情况调查清楚回复于我，划三角符号的帖子由相关责任单位直接回帖; 回复落实情况纳入各单位绩效考核):
# http://www.mshnol.net/a/difang/zhangjiajie/2015/1115/39609.html
# A .doc (Word 97 via LibreOffice): 期号 and issuing office, title, the 批示 paragraph, a preamble giving the date the
# 回复时限 count from, one table with the mark (√/△), the post, its source and time, the 责任单位 and the 回复时限,
# the 办理情况 column filled in by the office for last issue's items, a 说明 paragraph and the office and date.
OPINION_ROWS = [
    (
        "√",
        "开州路与长庆路交叉口路面坑洼两年无人管",
        "濮阳网络问政",
        "7月10日",
        "市城管局",
        "5个工作日",
        "已修复路面并在原帖回复",
    ),
    (
        "△",
        "公交3路晚班车经常提前收车",
        "市民留言板",
        "7月11日",
        "市公交公司",
        "3个工作日",
        "已回帖说明并调整末班车发车时间",
    ),
    (
        "√",
        "绿城路某小区停水三天无任何通知",
        "微博",
        "7月12日",
        "市自来水公司",
        "3个工作日",
        "已回帖致歉，供水主管正在更换",
    ),
    (
        "△",
        "有培训机构暑期组织在校学生违规补课",
        "抖音",
        "7月12日",
        "市教育局",
        "5个工作日",
        "",
    ),
    (
        "√",
        "市区某医院停车难，排队进场超过一小时",
        "今日头条",
        "7月13日",
        "市卫健委",
        "2024年7月31日",
        "正在协调增设临时停车场",
    ),
    (
        "△",
        "昆吾路夜市烧烤油烟噪音扰民",
        "濮阳网络问政",
        "7月14日",
        "市城管局",
        "5个工作日",
        "未回帖",
    ),
    (
        "√",
        "新建小区交房一年仍未办理不动产权证",
        "人民网领导留言板",
        "7月15日",
        "市住建局",
        "2024年8月15日",
        "已约谈开发企业，正在补办竣工验收备案",
    ),
]


def write_opinion_docx(path: Path) -> Path:
    doc = _new_document("网信办")
    _paragraph(doc, "第14期", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "舆 情 通 报")
    _paragraph(doc, "中共濮阳市委网络安全和信息化委员会办公室          2024年7月16日", 12)
    _paragraph(
        doc,
        "市委常委、宣传部部长批示：划“√”的帖子，请责任单位将情况调查清楚后书面回复；划“△”的帖子，"
        "由相关责任单位直接回帖。",
        14,
        bold=True,
    )
    _paragraph(
        doc,
        "7月1日至15日，我办监测到涉及我市的民生类网络帖文156条，经梳理，需责任单位回应的7条。现予通报，"
        "回复时限以工作日计的，自本期通报印发之日（2024年7月16日）起计算。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(OPINION_ROWS, 1)]
    _table(
        doc,
        ["序号", "标记", "帖文标题", "来源", "发帖时间", "责任单位", "回复时限", "办理情况"],
        body,
        10,
    )
    _paragraph(doc, "说明：“办理情况”栏为截至7月26日各责任单位回复情况，由舆情信息科跟踪填写。", 12)
    _paragraph(doc, "市委网信办舆情信息科", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_opinion(path: Path) -> Path:
    return via_soffice(write_opinion_docx, path, "doc", "舆情通报第14期.docx")


# ---------------------------------------------------------------------------------------------
# 9. 信访积案化解情况通报, after a county leader's speech at a 群众信访工作通报会议 (一、基本情况: 受理来信来访、上级
# 转交办、已按期办结、剩余件含集中治理重复信访和化解信访积案专项治理交办件; 二、突出问题分析: 个别乡镇和责任
# 主体部门重视不够、积案久拖不决; 三、下一步要求):
# http://m.dybbs8.com/doc-211798294.html
# A .docx in that prose shape: title, 主送, 一、基本情况, 二、重点积案化解进展 whose items are numbered paragraphs
# (each naming the 包案领导, not a unit, and one 责任单位, its 化解时限 and progress in sentences), 三、存在的问题,
# 四、下一步工作要求, the office and date.
PETITION_PARAS = [
    (
        "1.濮阳县王称堌镇前王庄村村民反映征地补偿款未足额发放问题。包案领导：濮阳县副县长贾文明；"
        "责任单位：濮阳县人民政府；化解时限：2024年8月31日。目前已核实补偿标准和应补人员，正在分批发放补偿款。"
    ),
    (
        "2.某建筑劳务公司42名农民工讨要拖欠工资问题。包案领导：市人社局局长；责任单位：市人社局；"
        "化解时限：2024年6月30日。拖欠工资已全部支付到位，信访人签订息诉罢访承诺书，已化解。"
    ),
    (
        "3.华龙区锦绣华庭小区业主反映开发企业延期交房问题。包案领导：华龙区副区长李红梅；"
        "责任单位：华龙区人民政府；化解时限：年底前。目前正在协调引入国有平台公司续建，已复工2栋楼。"
    ),
    (
        "4.清丰县六塔乡两户村民宅基地边界纠纷问题。包案领导：清丰县副县长吴国强；责任单位：清丰县人民政府；"
        "化解时限：2024年7月15日。该案逾期未化解，信访人本月两次到市集体上访。"
    ),
    (
        "5.退役士兵王某反映优抚待遇未落实问题。包案领导：市退役军人局局长；责任单位：市退役军人局；"
        "化解时限：2024年9月30日。"
    ),
    (
        "6.胜利路某住宅小区因土地未分割无法办理不动产权证问题。包案领导：市自然资源和规划局局长；"
        "责任单位：市自然资源和规划局；化解时限：2024年10月底前。已完成地籍调查，正在办理土地分割手续。"
    ),
]


def write_petition(path: Path) -> Path:
    doc = _new_document("市信访联席办")
    _title(doc, "关于全市信访积案化解攻坚进展情况的通报")
    _paragraph(doc, "各县（区）信访工作联席会议，市直各有关单位：")
    _heading(doc, "一、基本情况")
    _paragraph(
        doc,
        "今年以来，全市共受理群众来信来访2316件次，其中上级转交办386件，已按期办结2127件，办结率91.8%。"
        "列入市级化解攻坚的信访积案共38件，已化解29件，化解率76.3%，剩余积案正在办理中。总体来看，"
        "全市信访形势平稳可控，但部分积案久拖不决，重复信访时有发生。",
    )
    _heading(doc, "二、重点积案化解进展")
    _paragraph(doc, "现将市级挂牌督办的6件重点积案化解情况通报如下：")
    for text in PETITION_PARAS:
        _paragraph(doc, text)
    _heading(doc, "三、存在的问题")
    _paragraph(
        doc,
        "一是个别乡镇和责任主体部门重视不够，包案领导未按要求接访约访；二是部分积案化解方案不具体，"
        "时限一拖再拖；三是个别单位推诿扯皮，导致小问题拖成大问题。",
    )
    _heading(doc, "四、下一步工作要求")
    _paragraph(
        doc,
        "各责任单位要严格落实包案责任，对照化解时限倒排工期，每月25日前向市信访联席办书面报送化解进展；"
        "对逾期未化解的积案，市信访联席办将提请市委、市政府督查室挂牌督办，并纳入年度考核。",
    )
    _paragraph(doc, "濮阳市信访工作联席会议办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 对村巡察反馈问题整改, after a county research team's account of 对村巡察 (全盘受理群众诉求、分类处置: 经查不实
# 问题做好“解释回复”，矛盾纠纷或涉法涉诉类问题做好“移交督办”，涉及多部门单位问题做好“居中协调”，属“三聚焦”
# 监督重点问题做好“反馈整改”; 整改社会公开不到位，有的村巡察整改情况未公开，群众完全不知情):
# https://guanshanwenku.com/diaoyanbaogao/2024/07/89011_2.html
# A .zip of two returns: the township's .xlsx (反馈时间 line giving the base date of 立行立改; the 被巡察村 as merged
# cells, a 处置方式 column with the four ways, an 是否公开 column) and one village's own .docx report (its 党支部
# names itself only in the title and signature; items as numbered paragraphs).
PATROL_GROUPS = [
    (
        "濮阳县梁庄镇王庄村党支部",
        [
            (
                "村集体机动地承包费收缴不及时，欠缴4.2万元",
                "反馈整改",
                "2024年8月31日",
                "已收缴2.6万元，其余正在催缴",
                "已公开",
            ),
            (
                "村务公开栏长期未更新",
                "反馈整改",
                "立行立改",
                "已更新公开内容，建立每月公开制度",
                "已公开",
            ),
            (
                "群众反映低保评定不公开，存在优亲厚友",
                "解释回复",
                "2024年7月10日",
                "经镇民政所核查反映不实，已向反映人当面解释回复",
                "已公开",
            ),
        ],
    ),
    (
        "濮阳县梁庄镇李家庄村党支部",
        [
            (
                "村集体“三资”台账账实不符，固定资产未登记",
                "反馈整改",
                "2024年9月30日",
                "",
                "",
            ),
            (
                "群众反映两户村民宅基地纠纷长期未调处",
                "移交督办",
                "2024年7月31日",
                "已移交镇综治中心调处",
                "未公开",
            ),
        ],
    ),
]
VILLAGE_PARAS = [
    (
        "1.村“两委”会议记录不规范，重大事项未执行“四议两公开”程序。整改时限：2024年7月31日。"
        "已补录会议记录，建立“四议两公开”工作台账，整改完成。"
    ),
    (
        "2.村干部个人垫付资金后在村集体经济合作社账户报销，手续不全。整改时限：2024年8月15日。"
        "目前正在逐笔清理，已清理报销凭证11笔。"
    ),
    "3.巡察整改情况未向群众公开，群众不知情。整改时限：2024年7月20日。目前尚未公开。",
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="梁庄镇纪委")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 40, 12, 16, 34, 10])
    b.line(ws, 0, "县委第三巡察组对村巡察反馈问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳县梁庄镇委员会    巡察反馈时间：2024年6月18日（立行立改问题以此日为限）"
        "    填报日期：2024年7月26日",
        6,
    )
    b.header(
        ws,
        2,
        ["序号", "被巡察村（整改责任主体）", "反馈问题", "处置方式", "整改时限", "整改进展", "是否公开"],
    )
    r = 3
    n = 0
    for village, rows in PATROL_GROUPS:
        first = r
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, village, b.center)
    b.line(
        ws,
        r,
        "说明：处置方式分“反馈整改”“居中协调”“移交督办”“解释回复”四类；前柳村党支部整改情况另行报送。",
        6,
    )
    b.line(ws, r + 1, "镇纪委书记：葛志强    填表人：娄婷婷    联系电话：0393-3680215", 6)
    return b.close()


def write_village_docx(path: Path) -> Path:
    doc = _new_document("前柳村")
    _title(doc, "中共濮阳县梁庄镇前柳村支部委员会关于县委巡察反馈问题整改情况的报告", 18)
    _paragraph(doc, "镇党委：")
    _paragraph(
        doc,
        "2024年6月18日，县委第三巡察组向我村反馈了巡察意见，共指出问题3个。村党支部召开专题会议，"
        "逐条制定整改措施，现将整改进展报告如下：",
    )
    for text in VILLAGE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我村将按时完成剩余问题整改，并在村务公开栏公开整改结果，接受群众监督。")
    _paragraph(doc, "中共濮阳县梁庄镇前柳村支部委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    members = [
        ("对村巡察反馈问题整改台账（梁庄镇）.xlsx", write_patrol_book),
        ("前柳村巡察反馈问题整改情况报告.docx", write_village_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市2024年城市更新行动重点任务推进台账.xlsx", write_city),
    ("重点监管企业环境执法检查发现问题集中交办清单（第一批）.xlsx", write_eco),
    ("清丰县安全生产联合检查发现问题整改台账（7月）.xlsx", write_safety),
    ("驻岳村镇市人大代表建议办理落实情况表.xlsx", write_npc),
    ("张果屯镇2024年度票决民生实事项目推进情况表.ods", write_livelihood),
    ("2023年度市本级审计查出问题整改清单.xls", write_audit),
    ("营商环境体验官反映问题交办整改台账（二季度）.csv", write_biz),
    ("舆情通报第14期.doc", write_opinion),
    ("关于全市信访积案化解攻坚进展情况的通报.docx", write_petition),
    ("梁庄镇对村巡察反馈问题整改（两份）.zip", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

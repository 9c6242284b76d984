"""Write the aside135 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 村级组织建设, 集体三资, 高标准农田, 农村危房, 农村饮水, 防返贫监测, 驻村帮扶, 移风易俗, 农村道路,
农村寄递物流. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods
(LibreOffice, member times fixed), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .wps
(Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics
date is 2024-07-31. Run from this folder: python make_aside135.py. Needs XlsxWriter, xlwt, python-docx and
LibreOffice (soffice) on the PATH. Every date inside the files and every zip member time is fixed, so running it
twice writes byte-identical files.
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
CREATED = datetime(2024, 7, 30, 9, 20, 0)
ZIP_TIME = (2024, 7, 30, 9, 20, 0)


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
# 1. 软弱涣散村党组织整顿调研督导反馈问题, after a city 市委组织部's 调研组 that went to every 软弱涣散村 “四不两直”
# (村村到; 座谈 with 村党支部书记、“两委”成员、党员和群众代表; 县级领导干部“村村到”“四个一”措施; 突出问题反馈给各县区
# 整改; 县区党政主要负责人帮包, 挂牌督办; 年底前逐一验收):
# http://wx.heze.cn/a/7107.html
# An .xlsx: title, 填报单位 line, a two-row header (调研督导反馈 and 整顿落实 groups), the 乡镇 merged down over its
# villages, the 联系县级领导 (a person) beside the 责任单位 (the 乡镇党委), a 合计 row, a 注 on “四个一”, a signature line.
VILLAGE_ROWS = [
    (
        "柳格镇",
        "东北庄村",
        "班子不团结",
        "村党支部书记与村委会主任长期不和，“两委”班子议事决策难以推进",
        "镇党委书记包村，调整班子分工，召开专题组织生活会",
        "王建军",
        "清丰县柳格镇党委",
        "2024年6月30日",
        "已召开专题组织生活会，班子分工已调整，整改完成",
    ),
    (
        "柳格镇",
        "西王什村",
        "书记出缺",
        "村党支部书记出缺超过3个月，村级工作处于停滞状态",
        "从本村致富能手、退役军人中选配党支部书记",
        "王建军",
        "清丰县柳格镇党委",
        "2024年8月31日",
        "已考察人选2名，正在履行选任程序",
    ),
    (
        "韩村镇",
        "小屯村",
        "组织生活不规范",
        "未按期召开党员大会和“主题党日”，组织生活记录缺失",
        "规范落实“三会一课”制度，镇党建办每月抽查",
        "李红霞",
        "清丰县韩村镇党委",
        "常态化",
        "常态化推进",
    ),
    (
        "韩村镇",
        "南街村",
        "集体经济薄弱",
        "村集体经济收入为零，无稳定增收项目",
        "利用村集体闲置厂房发展光伏和仓储租赁项目",
        "李红霞",
        "清丰县韩村镇党委",
        "2024年12月底前",
        "未启动",
    ),
    (
        "仙庄镇",
        "东仙庄村",
        "矛盾纠纷集中",
        "因土地调整引发信访矛盾集中，群众多次集体上访",
        "县级领导包案，镇村两级逐户化解",
        "赵立新",
        "清丰县仙庄镇党委",
        "9月底前",
        "",
    ),
    (
        "仙庄镇",
        "后郭村",
        "发展党员停滞",
        "连续2年以上无发展对象，党员老龄化严重",
        "从返乡青年中培养入党积极分子",
        "赵立新",
        "清丰县仙庄镇党委",
        "2024.7.15",
        "已确定入党积极分子3名，其中1名列为发展对象，已整改",
    ),
    (
        "大流乡",
        "王大流村",
        "服务群众能力弱",
        "党组织服务意识差，年度群众满意度测评低于60%",
        "推行村级便民代办，村干部轮流坐班",
        "孙国强",
        "清丰县大流乡党委",
        "2024年10月31日",
        "便民代办点已设立，满意度回访正在进行",
    ),
    (
        "大流乡",
        "后寨村",
        "阵地建设滞后",
        "无固定村级组织活动场所，长期在村干部家中办公",
        "利用闲置小学校舍改建村级党群服务中心",
        "孙国强",
        "清丰县大流乡党委",
        "2024年11月底前",
        "已完成选址，正在施工",
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="组织科")
    ws = b.sheet("整顿台账")
    b.widths(ws, [6, 10, 12, 14, 36, 30, 12, 18, 16, 30])
    b.line(ws, 0, "2024年软弱涣散村党组织集中整顿调研督导反馈问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：中共清丰县委组织部（盖章）    填报时间：2024年7月29日", 9)
    for c, word in enumerate(["序号", "乡镇", "村名"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "调研督导反馈", b.head)
    b.header(ws, 3, ["软弱涣散类型", "突出问题"], first=3)
    b.merge(ws, 2, 5, 2, 9, "整顿落实", b.head)
    b.header(ws, 3, ["整顿措施", "联系县级领导", "责任单位", "完成时限", "整顿进展"], first=5)
    first = 4
    for i, row in enumerate(VILLAGE_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    # the 乡镇 column merged down over its villages
    start = 0
    for i in range(1, len(VILLAGE_ROWS) + 1):
        if i == len(VILLAGE_ROWS) or VILLAGE_ROWS[i][0] != VILLAGE_ROWS[start][0]:
            b.merge(ws, first + start, 1, first + i - 1, 1, VILLAGE_ROWS[start][0], b.center)
            start = i
    end = first + len(VILLAGE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.merge(ws, end, 3, end, 9, "列入集中整顿村8个，涉及乡镇4个；已完成整改2个")
    b.line(
        ws, end + 1, "注：“四个一”即一名县级领导联系、一名第一书记驻村、一个结对单位帮扶、一套整顿方案。", 9
    )
    b.line(ws, end + 2, "审核人：刘振华    填表人：郭思远    联系电话：0393-7221546", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村集体“三资”集中清理整顿, after a 实施方案 for 农村集体“三资”集中清理整顿 (镇（街道）主导、村“两委”推动; 全力解决
# 集体资产资源被私自占用、低价承包、无偿使用，以及承包合同不规范、承包费长期拖欠等问题; 账内、账外资产都要纳入清查):
# https://360docx.cn/f/f0e8f4e5984a3c0f.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (清理整顿情况 over 清收金额 and 完成情况), the 镇 as 责任单位
# beside the 村 and a named 整改责任人 (a person), a 合计 row, a 说明 line and a signature line.
ASSET_ROWS = [
    (
        "庆祖镇",
        "西辛庄村",
        "私自占用",
        "村集体机动地12亩被原村干部亲属私自耕种，未签订合同、未缴纳承包费",
        "濮阳县庆祖镇人民政府",
        "陈志刚",
        "2024年6月30日",
        1.8,
        "已收回机动地，经村民代表会议重新公开发包，整改完成",
    ),
    (
        "庆祖镇",
        "马寨村",
        "低价承包",
        "村集体坑塘承包价格每亩每年50元，明显低于当地市场价",
        "濮阳县庆祖镇人民政府",
        "陈志刚",
        "2024年9月30日",
        "",
        "已与承包方协商，正在进行价格评估",
    ),
    (
        "八公桥镇",
        "八公桥村",
        "合同不规范",
        "村集体厂房出租合同未经村民代表会议讨论，合同期限长达30年",
        "濮阳县八公桥镇人民政府",
        "吕海涛",
        "2024年10月31日",
        "",
        "未整改",
    ),
    (
        "八公桥镇",
        "张堌堆村",
        "承包费拖欠",
        "林地承包户拖欠承包费3.6万元，拖欠时间已超过4年",
        "濮阳县八公桥镇人民政府",
        "吕海涛",
        "7月底前",
        2.1,
        "已追缴2.1万元，剩余部分正在催收",
    ),
    (
        "户部寨镇",
        "户部寨村",
        "无偿使用",
        "村集体闲置小学校舍被个人无偿占用存放农资",
        "濮阳县户部寨镇人民政府",
        "宋文斌",
        "2024年7月20日",
        "",
        "已腾退，镇农经站复核通过",
    ),
    (
        "户部寨镇",
        "东南庄村",
        "账外资产",
        "新建村级光伏电站未登记入账，形成账外资产",
        "濮阳县户部寨镇人民政府",
        "宋文斌",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "文留镇",
        "焦二寨村",
        "合同管理",
        "村级经济合同未建立管理台账，部分合同原件缺失",
        "濮阳县文留镇人民政府",
        "高俊峰",
        "长期坚持",
        "",
        "常态化推进",
    ),
    (
        "文留镇",
        "吕家庄村",
        "私自占用",
        "村集体建设用地被村民私自建房占用约0.3亩",
        "濮阳县文留镇人民政府",
        "高俊峰",
        "2024年12月31日",
        "",
        "已下达限期拆除通知书，当事人尚未拆除",
    ),
]


def write_assets(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    money = _xf(center=True)
    money.num_format_str = "0.00"
    last = 10
    cells = [
        (0, 0, "农村集体“三资”集中清理整顿发现问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳县农业农村局（县农村经营管理站）    填报日期：2024年7月29日", plain, 1, last),
    ]
    words = ["序号", "镇（街道）", "村（社区）", "问题类别", "问题描述", "责任单位", "整改责任人", "整改时限"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "清理整顿情况", h, 2, 9),
        (3, 8, "清收金额（万元）", h),
        (3, 9, "完成情况", h),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(ASSET_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            style = money if col == 8 else (ctr if col in (1, 2, 3, 6) else c)
            cells.append((r, col, v, style))
        cells.append((r, 10, "", c))
    r = 4 + len(ASSET_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "清查发现问题8个，清收资金3.9万元", c, r, 7),
        (r, 8, 3.9, money),
        (r, 9, "", c, r, 10),
        (
            r + 1,
            0,
            "说明：问题类别按私自占用、低价承包、无偿使用、合同不规范、承包费拖欠、账外资产、合同管理填写。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填报人：冯晓丽    审核人：吴宏伟    联系电话：0393-3216675", plain, r + 2, last),
    ]
    return _write_xls(path, [("三资清理", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 高标准农田建设项目大排查, after a provincial 农业农村厅's 大排查 of the 高标准农田 projects立项 since 2019 (县级自查、
# 市级交叉检查、省级抽查; 存在工程质量问题、竣工未验收和管护落实不到位的项目，全面建立问题台账; 制定整改措施):
# https://www.nongjx.com/news/detail/81224.html
# An .xlsx: title, a 检查组/被检查县/检查时间 line and a 填报单位 line, a two-row header with the 问题类别 as tick
# columns (工程质量/竣工验收/建后管护/其他), 整改时限 partly as date cells, a 小计 row and a 检查组/确认人 line.
FARM_ROWS = [
    (
        "2020年南乐县高标准农田建设项目",
        "元村镇",
        "√",
        "",
        "",
        "",
        "田间道路混凝土路面厚度不足设计要求，局部起砂开裂",
        "南乐县农业农村局",
        date(2024, 9, 30),
        "已责令施工单位返工，正在施工",
    ),
    (
        "2021年南乐县高标准农田建设项目（一标段）",
        "福堪镇",
        "",
        "√",
        "",
        "",
        "项目完工超过1年未组织竣工验收",
        "南乐县农业农村局",
        "8月底前",
        "未启动",
    ),
    (
        "2021年南乐县高标准农田建设项目（二标段）",
        "千口镇",
        "",
        "",
        "√",
        "",
        "管护责任未落实到村，机井井房门锁损坏、变频柜被盗",
        "南乐县千口镇人民政府",
        date(2024, 7, 20),
        "已签订村级管护协议，更换门锁、补齐设备，已整改",
    ),
    (
        "2019年南乐县高标准农田建设项目",
        "韩张镇",
        "√",
        "",
        "",
        "",
        "排水沟预制板衬砌塌陷约150米",
        "南乐县农业农村局",
        date(2024, 7, 15),
        "已修复，县级复查合格",
    ),
    (
        "2022年南乐县高标准农田建设项目",
        "谷金楼乡",
        "",
        "",
        "",
        "√",
        "项目区实际建设范围与上图入库图斑不一致",
        "南乐县农业农村局",
        "2024年10月底",
        "",
    ),
    (
        "2022年南乐县高标准农田建设项目",
        "杨村乡",
        "",
        "",
        "√",
        "",
        "建后管护经费未列入县级财政预算",
        "南乐县财政局",
        "年底前",
        "已列入2025年县级预算草案，待县人大审议",
    ),
    (
        "2023年南乐县高标准农田建设项目",
        "近德固乡",
        "√",
        "",
        "",
        "",
        "新建桥涵八字墙砌筑砂浆不饱满",
        "南乐县农业农村局",
        date(2024, 8, 10),
        "正在整改",
    ),
    (
        "2020年南乐县高标准农田建设项目",
        "梁村乡",
        "",
        "",
        "√",
        "",
        "部分建成农田被用于种植绿化苗木，存在“非粮化”",
        "南乐县梁村乡人民政府",
        date(2024, 12, 31),
        "已约谈经营主体，正在逐步恢复粮食种植",
    ),
]


def write_farm(path: Path) -> Path:
    b = Book(path, author="农田建设管理科")
    day = b.book.add_format(
        {"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"}
    )
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 30, 10, 8, 8, 8, 8, 36, 18, 16, 30])
    b.line(ws, 0, "2019年以来高标准农田建设项目大排查问题台账", 10, b.title)
    b.line(ws, 1, "检查组：市级交叉检查第二组    被检查县：南乐县    检查时间：2024年7月8日至12日", 10)
    b.line(ws, 2, "填报单位：南乐县农业农村局    填报日期：2024年7月26日", 10)
    for c, word in enumerate(["序号", "项目名称", "所在乡镇"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 6, "问题类别（打√）", b.head)
    b.header(ws, 4, ["工程质量", "竣工验收", "建后管护", "其他"], first=3)
    for c, word in enumerate(["问题描述", "整改责任单位", "整改时限", "整改完成情况"], start=7):
        b.merge(ws, 3, c, 4, c, word, b.head)
    for i, row in enumerate(FARM_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, start=1):
            if isinstance(v, date):
                b.put(ws, r, c, v, day)
            else:
                b.put(ws, r, c, v, b.center if 2 <= c <= 6 else b.cell)
    end = 5 + len(FARM_ROWS)
    b.merge(ws, end, 0, end, 2, "小计", b.center)
    b.row(ws, end, [3, 1, 3, 1], first=3, fmt=b.center)
    b.merge(ws, end, 7, end, 10, "排查项目8个，发现问题8个")
    b.line(ws, end + 2, "检查组成员：马俊峰、田晓光、韩立新    被检查单位确认人：张永福", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 农村危房改造专项清查, after a 住建委's 农村危房改造大清查、大督导 (24个督导小组; 查看资金使用情况、查看农户身份信息、
# 查看改造现场，巡查建设质量; 对存在的问题要列出清单; “脱贫住危房”要督促开工，并拟出竣工时间):
# http://www.hbcic.net.cn/info/wcm/85923.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位/清查时段 line, one header row with the 清查类别 (资金/身份/现场/质量),
# an 开工日期 column (an event) before the 整改时限, the 乡镇 or a 县直部门 as 责任单位, a 注 and a 填表人 line.
HOUSE_ROWS = [
    (
        "陈庄镇",
        "张庄村",
        "张某生",
        "2023年",
        "资金",
        "补助资金未按进度拨付到户，尚欠1.2万元",
        "范县财政局",
        "",
        "2024年7月31日",
        "已拨付到位",
    ),
    (
        "辛庄镇",
        "马棚村",
        "李某芳",
        "2023年",
        "身份",
        "改造户身份信息与低保系统不一致，疑似不符合补助条件",
        "范县辛庄镇人民政府",
        "",
        "8月15日前",
        "正在与民政部门比对核实",
    ),
    (
        "杨集乡",
        "杨集村",
        "王某民",
        "2024年",
        "现场",
        "脱贫户仍居住在C级危房内，尚未开工改造",
        "范县杨集乡人民政府",
        "",
        "2024年10月31日",
        "未开工",
    ),
    (
        "高码头镇",
        "前张村",
        "刘某强",
        "2024年",
        "质量",
        "新建房屋未设置圈梁构造柱，抗震措施不达标",
        "范县住房和城乡建设局",
        date(2024, 6, 12),
        "2024.8.30",
        "已责令施工方加固，正在施工",
    ),
    (
        "王楼镇",
        "李庄村",
        "赵某英",
        "2022年",
        "档案",
        "改造户档案缺少竣工验收表和改造前后影像资料",
        "范县王楼镇人民政府",
        "",
        "2024.7.10",
        "已补齐",
    ),
    (
        "白衣阁乡",
        "白衣阁村",
        "孙某亮",
        "2023年",
        "现场",
        "改造后新房闲置，农户仍居住在原危房中",
        "范县白衣阁乡人民政府",
        "",
        "7月25日前",
        "",
    ),
    (
        "龙王庄镇",
        "西孙庄村",
        "孟某华",
        "2024年",
        "现场",
        "监测户房屋墙体开裂，经鉴定为D级危房，未及时纳入改造计划",
        "范县龙王庄镇人民政府",
        date(2024, 7, 5),
        "2024年9月底前竣工",
        "已开工，主体施工中",
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="村镇建设股")
    ws = b.sheet("清查问题清单")
    b.widths(ws, [6, 10, 10, 10, 10, 10, 36, 22, 12, 18, 26])
    b.line(ws, 0, "农村危房改造专项清查问题清单", 10, b.title)
    b.line(ws, 1, "填报单位：范县住房和城乡建设局    清查时段：2024年7月1日—7月20日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村",
            "户主姓名",
            "改造年度",
            "清查类别",
            "存在问题",
            "责任单位",
            "开工日期",
            "整改时限",
            "目前进展",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.line(
        ws, end + 1, "注：清查类别分资金、身份、现场、质量、档案五类；开工日期据实填写，未开工的不填。", 10
    )
    b.line(ws, end + 2, "填表人：杜晓明    联系电话：0393-5262138    填表日期：2024年7月29日", 10)
    return b.close()


def write_house(path: Path) -> Path:
    return via_soffice(write_house_book, path, "xls", "农村危房改造专项清查问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 农村安全饮水入户大排查, after a 镇's 安全饮水入户大排查行动 (包村领导组织帮扶干部、村干部及驻村工作队逐村逐点逐户排查;
# 入村看水源、入户查水质、水量; 本次共排查4315户，集中供水点76处，发现25个问题，已整改到位21个; 镇纪委、镇农综站组成
# 联合督导组跟踪督导; 建立问题台账，及时销号):
# http://www.ygqjt.cn/uncategorized/95940.htm
# A CSV in UTF-8 with BOM: a title line, a 填报单位/排查时间 line, one header line with 是否销号 (是/否) and a 备注 for
# progress, 责任单位 beside the 包村干部 (a person), a 合计 line, a 填报说明 line and a signature line.
WATER_ROWS = [
    (
        "宋楼村",
        "水量",
        "管网末端3户供水压力不足，用水高峰期断水",
        3,
        "加装管道增压泵",
        "台前县城乡供水有限公司",
        "李文涛",
        "2024-07-20",
        "是",
        "已加装增压泵，供水正常",
    ),
    (
        "张书安村",
        "水质",
        "村内蓄水池未加盖，存在二次污染隐患",
        46,
        "蓄水池加装盖板并上锁",
        "台前县打渔陈镇人民政府",
        "王海燕",
        "2024-07-25",
        "否",
        "盖板已定制，正在安装",
    ),
    (
        "姜庄村",
        "方便程度",
        "新建房屋2户自来水管网未入户",
        2,
        "延伸入户管道",
        "台前县城乡供水有限公司",
        "刘建平",
        "2024-08-10",
        "否",
        "",
    ),
    (
        "梁庙村",
        "设施管护",
        "入户水表井无防冻保温措施，去冬部分水表冻裂",
        17,
        "水表井加装保温层",
        "台前县打渔陈镇人民政府",
        "赵明亮",
        "2024-10-31",
        "",
        "",
    ),
    (
        "苏庄村",
        "水质",
        "分散供水户手压井水质检测氟化物超标",
        5,
        "将分散户纳入管网延伸工程",
        "台前县水利局",
        "孙丽娜",
        "2024-09-30",
        "否",
        "已纳入管网延伸计划，正在铺设管道",
    ),
    (
        "马坊村",
        "供水保证率",
        "村级供水站无备用电源，停电即停水",
        210,
        "配备柴油发电机一台",
        "台前县水利局",
        "马国庆",
        "2024-07-15",
        "是",
        "",
    ),
    (
        "孟楼村",
        "运行管理",
        "村级管水员未落实，水费收缴无台账",
        0,
        "落实管水员，建立水费收缴台账",
        "台前县打渔陈镇人民政府",
        "郑红军",
        "长期坚持",
        "",
        "常态化推进",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["打渔陈镇农村安全饮水入户大排查问题整改台账"] + [""] * 10)
    w.writerow(["填报单位：台前县打渔陈镇人民政府    排查时间：2024年7月10日—7月16日"] + [""] * 10)
    w.writerow(
        [
            "序号",
            "村",
            "问题类型",
            "问题描述",
            "涉及户数",
            "整改措施",
            "责任单位",
            "包村干部",
            "整改时限",
            "是否销号",
            "备注",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "", "排查农户1286户、集中供水点9处，发现问题7个，已销号2个", 283, "", "", "", "", "", ""]
    )
    w.writerow(
        ["填报说明：整改到位经镇农综站复核的，“是否销号”栏填“是”；未销号的填“否”，进展写入备注。"] + [""] * 10
    )
    w.writerow(["填报人：韩雪梅    审核：镇农综站 周立军    日期：2024年7月29日"] + [""] * 10)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 防止返贫动态监测和帮扶工作调研督导, after a city 扶贫办's 专项调研督导 (分成4个调研督导组赴各县（市、区）; 查阅台账资料、
# 入户核查; 农户申报、部门预警、乡镇排查渠道运行, 防贫监测户纳入和风险消除, 帮扶措施和帮扶责任人落实; 对共性问题研究
# 制定整改措施，督促各地尽快补齐短板):
# http://fyssc.com/fpkf/xczx/202110/2c87a12c8c0a458bbca5f483bc3d289b.shtml
# An .xlsx: title, 填报单位 line, one header row, the 督导组 and the 县（区） merged down, a 是否完成整改 column (是/否)
# beside 整改措施及进展, short names of city departments (市医保局, 市残联), a 合计 row, a 填表说明 and a signature line;
# a second sheet lists the 督导组 and their leaders.
MONITOR_ROWS = [
    (
        "第一督导组",
        "濮阳县",
        "王称堌镇东王称堌村",
        "监测识别",
        "1户因病支出骤增农户未及时纳入监测，存在“体外循环”",
        "濮阳县王称堌镇人民政府",
        "2024年7月15日",
        "已按程序纳入监测，落实医疗救助",
        "是",
    ),
    (
        "第一督导组",
        "濮阳县",
        "—",
        "部门预警",
        "大额医疗费用支出预警信息推送滞后，平均超过30天",
        "市医保局",
        "2024年8月31日",
        "正在建立按月推送、乡镇签收机制",
        "否",
    ),
    (
        "第二督导组",
        "清丰县",
        "六塔乡六塔村",
        "风险消除",
        "2户监测对象收入未稳定即标注风险消除",
        "清丰县六塔乡人民政府",
        "8月15日前",
        "已回退1户，另1户正在入户核实",
        "否",
    ),
    (
        "第二督导组",
        "清丰县",
        "双庙乡单拐村",
        "帮扶措施",
        "帮扶责任人对监测户帮扶措施不清楚，帮扶手册填写与实际不符",
        "清丰县双庙乡人民政府",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "第二督导组",
        "清丰县",
        "—",
        "部门预警",
        "残疾人两项补贴数据未与防返贫监测系统比对",
        "市残联",
        "2024年9月底前",
        "",
        "否",
    ),
    (
        "第三督导组",
        "范县",
        "张庄乡张庄村",
        "政策落实",
        "2名监测户子女就读职业院校未享受雨露计划补助",
        "范县农业农村局",
        "2024年9月30日",
        "未启动",
        "否",
    ),
    (
        "第三督导组",
        "范县",
        "颜村铺乡前刘楼村",
        "农户申报",
        "农户自主申报渠道宣传不到位，群众不知晓申报电话",
        "范县颜村铺乡人民政府",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "第四督导组",
        "台前县",
        "侯庙镇侯庙村",
        "兜底保障",
        "1户无劳动能力监测户未纳入低保",
        "台前县民政局",
        "2024年7月31日",
        "已纳入低保，7月起按月发放",
        "是",
    ),
    (
        "第四督导组",
        "台前县",
        "吴坝镇董桥村",
        "产业帮扶",
        "到户产业项目扶持资金未按时兑付",
        "台前县吴坝镇人民政府",
        "2024年8月20日",
        "已兑付6户，剩余4户正在办理",
        "否",
    ),
]
GROUPS = [
    ("第一督导组", "市农业农村局副局长 岳建国", "濮阳县"),
    ("第二督导组", "市农业农村局副局长 马丽君", "清丰县"),
    ("第三督导组", "市农业农村局总农艺师 许志强", "范县"),
    ("第四督导组", "市农业农村局四级调研员 田文博", "台前县"),
]


def write_monitor(path: Path) -> Path:
    b = Book(path, author="乡村振兴科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 10, 18, 12, 40, 22, 16, 30, 10])
    b.line(ws, 0, "全市防止返贫动态监测和帮扶工作调研督导反馈问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市农业农村局（盖章）    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "督导组",
            "县（区）",
            "乡镇、村",
            "问题类型",
            "督导发现问题",
            "整改责任单位",
            "整改时限",
            "整改措施及进展",
            "是否完成整改",
        ],
    )
    first = 3
    for i, row in enumerate(MONITOR_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[2:]), first=3)
        b.put(ws, r, 9, row[8], b.center)
    for key, col in ((0, 1), (1, 2)):
        start = 0
        for i in range(1, len(MONITOR_ROWS) + 1):
            if i == len(MONITOR_ROWS) or MONITOR_ROWS[i][key] != MONITOR_ROWS[start][key]:
                b.merge(ws, first + start, col, first + i - 1, col, MONITOR_ROWS[start][key], b.center)
                start = i
    end = first + len(MONITOR_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.merge(ws, end, 3, end, 9, "4个督导组共反馈问题9个，已完成整改2个")
    b.line(
        ws, end + 1, "填表说明：“是否完成整改”栏填“是”或“否”；市直部门牵头整改的问题，“乡镇、村”栏填“—”。", 9
    )
    b.line(ws, end + 2, "分管领导：岳建国    填表人：杨帆    联系电话：0393-4418206", 9)
    ws2 = b.sheet("督导组")
    b.widths(ws2, [14, 32, 12])
    b.header(ws2, 0, ["督导组", "带队领导", "督导县（区）"])
    for i, row in enumerate(GROUPS, 1):
        b.row(ws2, i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 驻村工作队管理督查, after a 纪委's account of a joint 督查组's unannounced check of the 驻村扶贫工作队 (不打招呼; 部分
# 乡镇未建立驻村工作队员考勤台账; 村“两委”为驻村人员打掩护，实际在岗与考勤表不符; 派驻单位教育管理不到位，职责未与原
# 单位脱钩，“两头忙”; 请“霸王假”、不假而走; 通报批评):
# http://qdubb.cn/html/2016/dangfengzhengfeng_0811/19558.html
# A .docx report in prose: title, 主送, a preamble, the problems as numbered paragraphs (一、二、… each with its
# 责任单位, 整改时限 and 整改情况 in sentences), a closing paragraph, the office and date at the foot.
RESIDENT_PARAS = [
    (
        "一、梁庄镇未建立驻村工作队员考勤台账，对队员实际在岗天数底数不清。责任单位：濮阳县梁庄镇党委。"
        "整改时限：2024年7月15日。整改情况：已建立考勤台账，实行每周核查、每月通报，已整改到位。"
    ),
    (
        "二、县自然资源局派驻队员工作职责未与原单位脱钩，存在“两头忙”现象，派驻单位教育管理不到位。"
        "责任单位：濮阳县自然资源局。整改时限：8月底前。整改情况：局党组已召开专题会议研究，"
        "正在调整派驻队员在原单位承担的工作。"
    ),
    (
        "三、鲁河镇个别村“两委”为驻村队员打掩护，村级考勤表与实际在岗情况不符。责任单位：濮阳县鲁河镇党委。"
        "整改时限：2024年7月31日。整改情况：尚未整改。"
    ),
    (
        "四、县卫生健康委派驻子岸镇的1名工作队员不假而走，连续5个工作日不在岗。责任单位：濮阳县卫生健康委员会。"
        "整改时限：2024年7月10日。整改情况：已对该队员诫勉谈话并召回轮换，新选派队员已到岗，整改到位。"
    ),
    "五、胡状镇驻村工作队未制定年度帮扶计划，驻村日志记录流于形式。责任单位：濮阳县胡状镇党委。整改时限：9月30日前。",
    (
        "六、县交通运输局派驻队员请假未履行审批手续，存在请“霸王假”现象。责任单位：濮阳县交通运输局。"
        "整改时限：长期坚持。整改情况：严格执行请销假制度，常态化推进。"
    ),
    (
        "七、王称堌镇驻村工作队住宿条件未落实，队员长期走读。责任单位：濮阳县王称堌镇人民政府。"
        "整改时限：2024年8月15日。整改情况：已腾出2间办公用房改造为宿舍，正在配置生活设施。"
    ),
]


def write_resident(path: Path) -> Path:
    doc = _new_document("县委驻村办")
    _title(doc, "关于驻村工作队管理督查发现问题整改情况的报告")
    _paragraph(doc, "市驻村工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年6月下旬，县纪委监委、县委组织部组成联合督查组，采取不打招呼、直奔现场的方式，对全县12个乡镇"
        "38个驻村工作队的在岗履职和管理制度执行情况进行了专项督查，共发现问题7个。现将问题及整改情况报告如下：",
    )
    for text in RESIDENT_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我县将把驻村工作队管理纳入乡镇党委书记抓基层党建述职评议内容，对整改不力的派驻单位和乡镇"
        "严肃追责问责。",
    )
    _paragraph(doc, "中共濮阳县委驻村工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 移风易俗问题摸排整治, after a 县纪委监委's work on 民俗节庆、婚丧喜庆中大操大办 (协调组织、民政等部门; 建立分片包挂
# 制度，对辖区内各类民俗节庆活动进行摸排梳理，建立底数台账，提出分类处理建议; 指导修改完善红白理事会章程和村规民约;
# 婚事喜事标准写入村规民约):
# http://ynjjjc.gov.cn/html/2022/tiewanfanfu_1027/114799.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 包挂片区 (a county leader's片) and the
# 分类处理建议 (限期整改/立案查处/长期坚持) beside the 责任单位, 完成时限 and 办理情况, a 填表说明 and signature lines.
CUSTOM_ROWS = [
    (
        "东片（县委常委 王晓峰）",
        "元村镇",
        "高价彩礼",
        "部分村红白理事会章程未明确彩礼倡导性标准",
        "限期整改",
        "南乐县元村镇人民政府",
        "2024年6月30日",
        "已完成章程修订，彩礼标准写入村规民约",
    ),
    (
        "东片（县委常委 王晓峰）",
        "福堪镇",
        "大操大办",
        "村民操办婚宴超过村规民约规定桌数，红白理事会未及时劝导",
        "限期整改",
        "南乐县福堪镇人民政府",
        "2024年8月31日",
        "正在开展专题宣传和入户回访",
    ),
    (
        "西片（副县长 陈淑芬）",
        "千口镇",
        "违规操办",
        "1名村干部为子女操办升学宴，宴请范围超出亲属",
        "立案查处",
        "南乐县千口镇纪委",
        "2024年7月20日",
        "已给予党内警告处分，责令退还礼金，已办结",
    ),
    (
        "西片（副县长 陈淑芬）",
        "梁村乡",
        "厚葬薄养",
        "散埋乱葬问题突出，乡级公益性公墓未建成投用",
        "限期整改",
        "南乐县民政局",
        "2024年12月底前",
        "未启动",
    ),
    (
        "南片（县人大副主任 赵国梁）",
        "寺庄乡",
        "封建迷信",
        "丧事中请“风水先生”、雇佣低俗演出团体",
        "长期坚持",
        "南乐县文化广电和旅游局",
        "长期坚持",
        "常态化推进",
    ),
    (
        "南片（县人大副主任 赵国梁）",
        "近德固乡",
        "人情攀比",
        "“无事酒”现象反弹，乔迁、满月宴请频繁",
        "限期整改",
        "南乐县近德固乡人民政府",
        "9月底前",
        "",
    ),
    (
        "南片（县人大副主任 赵国梁）",
        "城关镇",
        "铺张浪费",
        "婚宴菜品数量过多，剩菜浪费严重",
        "限期整改",
        "南乐县商务局",
        "2024年10月31日",
        "已向全县餐饮企业发出倡议，正在推行“小份菜”“半份菜”",
    ),
]


def write_custom_docx(path: Path) -> Path:
    doc = _new_document("县文明办")
    _title(doc, "南乐县推进移风易俗突出问题摸排整治台账", 18)
    _paragraph(doc, "填报单位：南乐县移风易俗工作领导小组办公室（县文明办）    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(CUSTOM_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "包挂片区",
            "乡镇",
            "问题类别",
            "问题描述",
            "分类处理建议",
            "责任单位",
            "完成时限",
            "办理情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "填表说明：分类处理建议分“限期整改”“立案查处”“长期坚持”三类，由包挂片区提出。", 12)
    _paragraph(doc, "填表人：牛晓燕    审核人：范卫东    联系电话：0393-6223510", 12)
    return _save_fixed(doc, path)


def write_custom(path: Path) -> Path:
    return via_soffice(write_custom_docx, path, "doc", "南乐县推进移风易俗突出问题摸排整治台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 村级路段管理养护督导检查, after a 区农村公路管理站's 督导检查 of the 村级路段 (实地巡查、走访群众; 路基路面状况、
# 排水设施; 重点排查路面破损、边沟堵塞、标志缺失; “路长制”与网格化管理相结合; 督促各街办农管所落实养护主体责任):
# http://www.lintong.gov.cn/ltzx/bmdt/1910230730154786817.html
# An .ods (LibreOffice conversion): title, 检查单位/检查时间 line stating the 反馈 date the 整改期限 in (working) days
# count from, one header row with 路线编码 and 桩号, the 村级路长 (a person) beside the 整改责任单位, a 注 with two
# numbered notes and a 检查人 line.
ROAD_ROWS = [
    (
        "岳村镇",
        "岳村—东北庄",
        "C105410928",
        "K0+300—K0+520",
        "路面破损",
        "路面坑槽连片约220米，雨后积水",
        "张国栋",
        "华龙区岳村镇人民政府",
        "15个工作日",
        "已修补完成，经复查合格",
    ),
    (
        "岳村镇",
        "西郭寨—郭寨",
        "C105410931",
        "K1+050—K1+400",
        "边沟堵塞",
        "边沟被垃圾和杂草堵塞，排水不畅",
        "郭长海",
        "华龙区岳村镇人民政府",
        "10日内",
        "已清理",
    ),
    (
        "孟轲乡",
        "孟轲—马呼屯",
        "Y012410928",
        "K3+200",
        "标志缺失",
        "平交路口缺少减速让行标志和警示桩",
        "李长顺",
        "市交警支队",
        "2024年8月31日",
        "正在采购标志牌",
    ),
    (
        "孟轲乡",
        "后范庄—前范庄",
        "C105410944",
        "K0+000—K0+600",
        "路域环境",
        "村民在路肩堆放秸秆、建筑材料，占用路面",
        "范红旗",
        "华龙区孟轲乡人民政府",
        "10日内",
        "未整改",
    ),
    (
        "胡村乡",
        "胡村—大韩庄",
        "C105410952",
        "K2+150",
        "桥涵防护",
        "漫水桥护栏缺失，临水路段无防护设施",
        "韩保国",
        "华龙区交通运输局",
        "2024年9月30日",
        "",
    ),
    (
        "胡村乡",
        "前孙密城—后孙密城",
        "C105410957",
        "K0+800—K1+300",
        "路肩病害",
        "路肩缺损，路面与路肩落差超过10厘米",
        "孙卫东",
        "华龙区胡村乡人民政府",
        "15个工作日",
        "正在培土补肩",
    ),
    (
        "岳村镇",
        "全镇村级路段",
        "—",
        "—",
        "路长制落实",
        "村级路长公示牌未设置，路长巡查记录缺失",
        "—",
        "华龙区岳村镇人民政府",
        "长期坚持",
        "常态化推进",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="农村公路管理站")
    ws = b.sheet("反馈表")
    b.widths(ws, [6, 10, 20, 14, 18, 12, 34, 10, 22, 14, 24])
    b.line(ws, 0, "村级路段管理养护督导检查问题反馈表", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区农村公路管理站    检查时间：2024年7月2日至7月5日    反馈日期：2024年7月8日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "路线名称",
            "路线编码",
            "桩号（位置）",
            "问题类型",
            "问题描述",
            "村级路长",
            "整改责任单位",
            "整改期限",
            "整改结果",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "注：1.整改期限自反馈之日起计算；", 10)
    b.line(ws, end + 2, "2.整改结果由乡镇农管所填写，报区农村公路管理站复查。", 10)
    b.line(ws, end + 3, "检查人：雷振宇、白文杰    复查人：雷振宇", 10)
    return b.close()


def write_road(path: Path) -> Path:
    via_soffice(write_road_book, path, "ods", "村级路段管理养护督导检查问题反馈表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 农村寄递物流体系建设, after a provincial 邮政管理局's account of the 乡村建设行动 2023年工作台账 and 任务清单 (县乡村
# 三级寄递物流体系建设由发改委、农业农村厅、商务厅、交通运输厅、邮政管理局、供销社等多部门分工负责; 深化“邮快合作”和
# “交邮融合”; 农村寄递物流驻点率达到75%; 示范性县域物流共配中心、乡镇综合服务站; 由“服务到村”向“驻村设点”转型):
# https://xd56b.com/home/difang/yunan/26152.html
# A .zip of two returns: a county 工作专班's task ledger (.xlsx: 重点任务, 牵头单位 and 配合单位, 完成时限, 7月进展) and
# a county 邮政业发展中心's table of the problems the city 邮政管理局 found at 村级寄递物流综合服务站 (.docx: the
# 快递企业 as 整改责任单位).
POST_TASKS = [
    (
        "邮快合作",
        "推进邮政与快递企业合作，实现5个以上快递品牌进村",
        "清丰县邮政业发展中心",
        "各快递企业",
        "2024年9月底前",
        "已有4个品牌实现进村，正在洽谈第5个品牌",
    ),
    (
        "共配中心",
        "建设县域快递物流共同配送中心",
        "清丰县商务局",
        "县发改委、县邮政业发展中心",
        "2024年6月30日",
        "已建成投用",
    ),
    (
        "交邮融合",
        "利用城乡公交开通客货邮融合线路3条",
        "清丰县交通运输局",
        "县邮政业发展中心",
        "第三季度",
        "已开通1条，其余2条正在试运行",
    ),
    (
        "村级站点",
        "整合供销社基层网点建设村级寄递物流综合服务站50个",
        "清丰县供销合作社",
        "各乡镇人民政府",
        "年底前",
        "未启动",
    ),
    (
        "农产品上行",
        "培育“快递+特色农业”项目，支持食用菌寄递上行",
        "清丰县农业农村局",
        "县邮政业发展中心",
        "2024年11月30日",
        "",
    ),
    (
        "资金保障",
        "落实农村寄递物流体系建设县级配套资金",
        "清丰县财政局",
        "县商务局",
        "2024年8月31日",
        "已拨付第一批资金50万元，第二批正在审批",
    ),
    (
        "安全监管",
        "开展乡镇快递网点安全检查，落实实名收寄制度",
        "清丰县邮政业发展中心",
        "县公安局",
        "长期坚持",
        "常态化推进",
    ),
]
POST_STATIONS = [
    (
        "韩张镇邮快合作服务站",
        "服务站未悬挂统一标识，快件露天堆放",
        "中国邮政集团有限公司南乐县分公司",
        "2024年7月20日",
        "已整改",
    ),
    (
        "元村镇张村寄递物流服务站",
        "向村民收取快件派送费每件1元",
        "南乐县捷通快递服务有限公司",
        "2024年7月15日",
        "已停止收费，正在清退已收费用",
    ),
    (
        "杨村乡村级寄递物流综合服务站",
        "快递企业未驻点，快件在乡镇网点滞留超过48小时",
        "南乐县鑫达快递有限公司",
        "2024年8月15日",
        "未整改",
    ),
    (
        "张果屯乡寄递物流服务站",
        "收寄快件未执行实名登记和开箱验视",
        "南乐县顺捷物流有限公司",
        "2024年7月31日",
        "",
    ),
    (
        "福堪镇前营村寄递物流服务站",
        "服务站工作人员未经业务培训，不会使用快件查询系统",
        "中国邮政集团有限公司南乐县分公司",
        "2024年8月31日",
        "正在组织培训",
    ),
]


def write_post_book(path: Path) -> Path:
    b = Book(path, author="工作专班")
    ws = b.sheet("工作台账")
    b.widths(ws, [6, 12, 40, 22, 26, 16, 34])
    b.line(ws, 0, "清丰县2024年农村寄递物流体系建设工作台账", 6, b.title)
    b.line(
        ws, 1, "填报单位：清丰县农村寄递物流体系建设工作专班（县商务局代章）    填报日期：2024年7月29日", 6
    )
    b.header(ws, 2, ["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限", "7月进展情况"])
    for i, row in enumerate(POST_TASKS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(POST_TASKS), "专班负责人：闫立群    填报人：王思雨    联系电话：0393-7236019", 6)
    return b.close()


def write_post_docx(path: Path) -> Path:
    doc = _new_document("县邮政业发展中心")
    _title(doc, "村级寄递物流综合服务站检查发现问题整改情况", 18)
    _paragraph(
        doc,
        "检查单位：濮阳市邮政管理局    检查时间：2024年7月9日    填报单位：南乐县邮政业发展中心    "
        "填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(POST_STATIONS, 1)]
    _table(doc, ["序号", "服务站名称", "存在问题", "整改责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：贾文静    联系电话：0393-6182247", 12)
    return _save_fixed(doc, path)


def write_post(path: Path) -> Path:
    members = [
        ("清丰县2024年农村寄递物流体系建设工作台账.xlsx", write_post_book),
        ("南乐县村级寄递物流服务站检查问题整改情况.docx", write_post_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("清丰县软弱涣散村党组织整顿调研督导反馈问题整改台账.xlsx", write_village),
    ("农村集体三资集中清理整顿问题整改台账.xls", write_assets),
    ("南乐县高标准农田建设项目大排查问题台账.xlsx", write_farm),
    ("范县农村危房改造专项清查问题清单.et", write_house),
    ("打渔陈镇农村安全饮水入户大排查问题整改台账.csv", write_water),
    ("防止返贫动态监测和帮扶工作调研督导反馈问题整改台账.xlsx", write_monitor),
    ("濮阳县驻村工作队管理督查发现问题整改情况报告.docx", write_resident),
    ("南乐县移风易俗突出问题摸排整治台账.wps", write_custom),
    ("华龙区村级路段管理养护督导检查问题反馈表.ods", write_road),
    ("农村寄递物流体系建设台账及问题整改（两县）.zip", write_post),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev42 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table (and one more inside the zip), a .doc with the items as numbered paragraphs, a .wps (Word
97 via LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev42.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
        elif isinstance(v, date):
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def merge(self, ws, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if (r1, c1) == (r2, c2):
            self.put(ws, r1, c1, v, fmt)
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
# 1. 食品安全风险隐患问题清单销号整改台账, after a district 市场监管分局's 清单式排查+销号式整改 with the 街道办事处 and
# 社区 (逐户走访、对照清单核查; 食品储存条件不达标、店铺环境卫生差、索证索票不完善、从业人员健康管理不到位、证照办理不全;
# 整改到位的巩固指导, 整改不彻底的口头下达限期整改通知, 定期“回头看”):
# https://reportify.cn/news/1208074181082746880
# An .xlsx: title, 填报单位 line, a two-row header (是否整改到位 split into 是/否 with ticks), 检查人员 beside the
# 责任单位, 回头看情况 and 销号情况 columns, a 合计 row, a 填表说明 and a signature line.
FOOD_ROWS = [
    (
        "濮阳市华联超市有限公司胜利路店",
        "胜利路街道建设社区",
        "储存条件",
        "冷藏柜温度超标，生鲜肉类储存条件不达标",
        "维修或更换冷藏设备，每日记录温度",
        "华龙区市场监督管理局",
        "王磊、张敏",
        "2024.7.10",
        "√",
        "",
        "已复查，冷藏设备已更换",
        "已销号",
    ),
    (
        "老街坊家常菜馆",
        "胜利路街道五一社区",
        "环境卫生",
        "后厨环境卫生差，防蝇防鼠设施缺失",
        "清洁后厨，加装防蝇帘、挡鼠板",
        "胜利路街道办事处",
        "王磊、张敏",
        "7月底前",
        "",
        "√",
        "整改不彻底，已口头下达限期整改通知",
        "未销号",
    ),
    (
        "顺发便民食杂店",
        "人民路街道东关社区",
        "索证索票",
        "进货查验记录缺失，索证索票不完善",
        "建立进货查验台账，留存供货方票证",
        "人民路街道办事处",
        "刘洋",
        "2024年8月5日",
        "",
        "√",
        "",
        "未销号",
    ),
    (
        "鑫源快餐店",
        "人民路街道东关社区",
        "从业人员管理",
        "2名从业人员健康证过期未及时办理",
        "组织从业人员体检，办理健康证",
        "华龙区市场监督管理局",
        "刘洋",
        "2024.7.20",
        "√",
        "",
        "",
        "",
    ),
    (
        "甜心烘焙坊",
        "胜利路街道建设社区",
        "证照办理",
        "食品经营许可证超范围经营现制饮品",
        "办理许可事项变更",
        "华龙区市场监督管理局",
        "李娜",
        "2024年8月31日前",
        "",
        "√",
        "已指导商户提交许可变更申请，正在审核",
        "未销号",
    ),
    (
        "育才文具店",
        "胜利路街道五一社区",
        "校园周边",
        "向学生销售无中文标签的散装辣条",
        "下架销毁问题食品",
        "胜利路街道办事处",
        "李娜",
        "2024.7.12",
        "√",
        "",
        "已全部下架销毁",
        "已销号",
    ),
    (
        "老王豆腐坊",
        "人民路街道西关社区",
        "食品小作坊",
        "生产加工场所与生活区未有效分隔",
        "改造生产场所，设置物理隔断",
        "市市场监管局",
        "李娜",
        "9月底前",
        "",
        "",
        "",
        "",
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="食品经营科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 18, 12, 34, 26, 20, 12, 14, 6, 6, 30, 10])
    last = 12
    b.line(ws, 0, "2024年食品安全风险隐患问题清单销号整改台账", last, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局（盖章）    填报日期：2024年7月30日", last)
    words = [
        "序号",
        "经营主体名称",
        "所在街道（社区）",
        "问题类别",
        "问题描述",
        "整改要求",
        "责任单位",
        "检查人员",
        "整改时限",
    ]
    for c, w in enumerate(words):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 9, 2, 10, "是否整改到位", b.head)
    ws.write_string(3, 9, "是", b.head)
    ws.write_string(3, 10, "否", b.head)
    b.merge(ws, 2, 11, 3, 11, "回头看情况", b.head)
    b.merge(ws, 2, 12, 3, 12, "销号情况", b.head)
    for i, row in enumerate(FOOD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (8, 9, 10, 12) else b.cell)
    r = 4 + len(FOOD_ROWS)
    b.merge(ws, r, 0, r, 3, "合计", b.head)
    b.merge(ws, r, 4, r, last, "排查问题7个，已销号2个", b.cell)
    b.line(
        ws,
        r + 1,
        "填表说明：1.“是否整改到位”栏在对应格内打“√”；2.销号情况经回头看复查后填写；3.本表一户一行，逐条销号。",
        last,
    )
    b.line(ws, r + 2, "填表人：赵静    审核人：孙建国    联系电话：0393-8116523", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 档案安全自查评分表 (with the 整改 columns added), after a published 档案安全自查评分表 (填报单位（盖章）, 一级指标 / 二级指标
# merged down the rows, 检查内容, 分值, 评分细则, 自检分, 扣分原因, 备注; 组织领导、制度建设、档案库房基本要求):
# https://m.wenke99.com/p-146094.html
# An .xls (xlwt): title, 填报单位（盖章） line, one header row, 一级/二级指标 merged vertically, rows with full marks
# (no 扣分原因, not items) among those with deductions, the unit's own 责任科室, a 合计 row and a signature line.
ARCH_ROWS = [
    # (一级指标, 二级指标, 检查内容, 分值, 自检分, 扣分原因, 整改措施, 责任科室, 整改时限, 整改情况)
    (
        "1.组织领导与制度建设（21分）",
        "1.1组织领导（7分）",
        "成立档案安全工作领导小组",
        2,
        2,
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "1.组织领导与制度建设（21分）",
        "1.2制度建设（14分）",
        "建立并实行档案安全责任制",
        4,
        2,
        "档案安全责任制未落实到岗到人，未与各科室签订责任书",
        "与各科室签订档案安全责任书",
        "办公室",
        "2024.7.15",
        "已完成",
    ),
    (
        "1.组织领导与制度建设（21分）",
        "1.2制度建设（14分）",
        "制定并完善档案安全应急处置预案",
        2,
        1,
        "应急处置预案未按年度修订，未组织应急演练",
        "修订预案并组织一次应急演练",
        "档案室",
        "8月底前",
        "已修订预案，演练方案正在制定",
    ),
    (
        "2.档案库房与设施设备（16分）",
        "2.1档案库房基本要求（6分）",
        "档案库房选址远离火源、水源、污染源",
        2,
        2,
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "2.档案库房与设施设备（16分）",
        "2.1档案库房基本要求（6分）",
        "档案库房只作为保管、存放档案的场所",
        2,
        0,
        "档案库房兼作办公用房，堆放办公杂物",
        "清理杂物，库房专用",
        "办公室",
        "2024.7.31",
        "未整改",
    ),
    (
        "2.档案库房与设施设备（16分）",
        "2.2设施设备（10分）",
        "库房配备温湿度调控设备并正常运行",
        4,
        2,
        "库房温湿度记录不连续，除湿机故障未维修",
        "维修除湿机，落实每日温湿度登记",
        "档案室",
        "2024年8月10日",
        "",
    ),
    (
        "2.档案库房与设施设备（16分）",
        "2.2设施设备（10分）",
        "涉密档案单独存放",
        3,
        1,
        "涉密档案与普通档案混柜存放",
        "配置保密柜，分柜存放",
        "档案室",
        "2024年7月20日",
        "已完成，已购置保密柜",
    ),
    (
        "3.档案信息安全（20分）",
        "3.1数字档案安全（10分）",
        "数字档案实行异地异质备份",
        5,
        0,
        "数字档案未进行异地异质备份",
        "与市档案馆协商异地备份",
        "信息中心",
        "2024年12月31日前",
        "正在协调备份场地",
    ),
    (
        "3.档案信息安全（20分）",
        "3.2档案利用安全（10分）",
        "档案借阅履行审批登记手续",
        4,
        2,
        "档案借阅登记不规范，部分借阅未经审批",
        "规范借阅审批登记",
        "档案室",
        "长期坚持",
        "常态化推进",
    ),
]


def _runs(values: list[str]) -> list[tuple[int, int]]:
    """Row spans (first, last) of equal neighbouring values, for the merged 指标 columns."""
    spans, first = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[first]:
            spans.append((first, i - 1))
            first = i
    return spans


def write_arch(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年度档案安全自查评分及问题整改表", t, 0, 9),
        (1, 0, "填报单位（盖章）：濮阳市住房公积金管理中心    时间：2024年7月26日", plain, 1, 9),
    ]
    for col, w in enumerate(
        [
            "一级指标",
            "二级指标",
            "检查内容",
            "分值",
            "自检分",
            "扣分原因",
            "整改措施",
            "责任科室",
            "整改时限",
            "整改情况",
        ]
    ):
        cells.append((2, col, w, h))
    first = 3
    for col in (0, 1):
        for a, z in _runs([row[col] for row in ARCH_ROWS]):
            text = ARCH_ROWS[a][col]
            cells.append(
                (first + a, col, text, ctr) if a == z else (first + a, col, text, ctr, first + z, col)
            )
    for i, row in enumerate(ARCH_ROWS):
        for col, v in enumerate(row[2:], 2):
            cells.append((first + i, col, v, ctr if col in (3, 4, 7, 8) else c))
    r = first + len(ARCH_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, sum(row[3] for row in ARCH_ROWS), ctr),
        (r, 4, sum(row[4] for row in ARCH_ROWS), ctr),
        (r, 5, "扣分7项，已整改2项", c, r, 9),
        (r + 1, 0, "自查人：韩雪    审核人：马志强    单位负责人：刘建华", plain, r + 1, 9),
    ]
    return _write_xls(path, [("自查评分", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 统计执法“双随机”检查发现问题整改情况表, after a city 统计局's account of its “双随机” 执法检查 (检查组分赴各县区, 联网直报
# 企业按工业、贸易、服务业、建筑和房地产分类; 检查领导干部违规干预、统计数据质量、原始记录、依法配合; 提出意见建议、处理方案,
# 督促各县区提高基层统计能力):
# http://tjj.xinyang.gov.cn/www/gzdt/sjdt/2018/1025/25815.html
# A .docx: title, preamble with the date the 检查意见书 was served (base of “15个工作日内”), one table with the 检查组 beside
# the 整改责任单位, the office and the date.
STAT_ROWS = [
    (
        "第一检查组",
        "濮阳县华茂化工有限公司",
        "工业",
        "工业总产值原始记录与统计台账不一致",
        "补建原始记录，重新核定数据",
        "濮阳县统计局",
        "15个工作日内",
        "已整改，已补建原始记录并重新核定数据",
    ),
    (
        "第一检查组",
        "清丰县万家福商贸有限公司",
        "贸易",
        "未按统计制度规定设置统计台账",
        "限期建立统计台账",
        "清丰县统计局",
        "2024年8月15日",
        "企业正在建立台账",
    ),
    (
        "第二检查组",
        "濮阳市恒信物流有限公司",
        "服务业",
        "营业收入数据虚报，提供不真实统计资料",
        "责令更正数据，依法立案查处",
        "市统计局",
        "2024年7月20日",
        "已立案调查，企业正在更正数据",
    ),
    (
        "第二检查组",
        "南乐县建工集团有限公司",
        "建筑业",
        "统计人员未经业务培训即上岗填报",
        "组织统计人员参加业务培训",
        "南乐县统计局",
        "2024.8.30",
        "",
    ),
    (
        "第三检查组",
        "范县锦华置业有限公司",
        "房地产",
        "商品房销售面积统计口径错误",
        "按统计制度重新核算销售面积",
        "范县统计局",
        "15个工作日内",
        "未整改",
    ),
    (
        "第三检查组",
        "台前县产业集聚区",
        "工业",
        "乡镇干部违规干预企业统计数据报送",
        "约谈相关负责人，移交纪检监察机关",
        "台前县人民政府",
        "2024年9月底前",
        "已约谈相关负责人，问题线索正在核查",
    ),
    (
        "第三检查组",
        "华龙区中原石化配件厂",
        "工业",
        "能源消费数据漏报",
        "补报漏报数据",
        "华龙区统计局",
        "2024年7月25日",
        "已补报，经复核无误",
    ),
]


def write_stat(path: Path) -> Path:
    doc = _new_document("执法检查室")
    _title(doc, "2024年统计执法“双随机”检查发现问题整改情况表")
    _paragraph(
        doc,
        "根据全市统计执法“双随机”抽查工作方案，三个检查组对5个县区及所属36家联网直报企业开展现场检查。"
        "统计检查意见书已于2024年7月5日送达各被检查单位，整改期限写“15个工作日内”的自送达之日起计算。"
        "现将发现问题及整改落实情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(STAT_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "检查组",
            "被检查单位",
            "专业",
            "发现问题",
            "处理意见",
            "整改责任单位",
            "整改期限",
            "整改落实情况",
        ],
        body,
    )
    _paragraph(doc, "濮阳市统计局执法检查室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 保密自查发现问题整改记录表, after a university's 涉密单位及项目组季度自查记录表 (单位或项目组名称（盖章）, 检查日期; 条款 /
# 检查项目 / 结论 有□无□、是□否□ / 备注, in sections 一、保密责任落实 … 五、涉密计算机及信息系统管理):
# http://996site.com/zichabaogao/2021/1103/41936.html
# An .ods (LibreOffice conversion): the unit named only in the title and the file name (its 盖章 line left blank),
# section rows, a two-row header with ticks under 是/否, the unit's own 责任科室, a 注 line and a signature line.
SECRET_SECTIONS = [
    (
        "一、保密责任落实",
        [
            (
                "3",
                "是否有部门内部进行保密自查的检查记录",
                "未开展科室内部保密自查，无检查记录",
                "√",
                "",
                "办公室",
                "2024.7.15",
                "",
            ),
            (
                "4",
                "是否有对本部门涉密人员的保密教育培训记录",
                "涉密人员保密教育培训记录缺失",
                "",
                "√",
                "人事科",
                "8月15日前",
                "培训计划已制定，8月上旬集中培训",
            ),
        ],
    ),
    (
        "二、涉密人员管理",
        [
            (
                "11",
                "查阅离开涉密岗位人员是否及时清退涉密载体、资料",
                "2名离岗人员未及时清退涉密载体",
                "√",
                "",
                "人事科",
                "2024.7.5",
                "",
            ),
        ],
    ),
    (
        "三、涉密载体管理",
        [
            (
                "12",
                "是否建立涉密载体台账，收发是否履行清点、登记、签收手续",
                "涉密载体台账未建立，文件收发未履行签收手续",
                "√",
                "",
                "机要室",
                "2024年7月10日",
                "",
            ),
        ],
    ),
    (
        "四、涉密计算机及信息系统管理",
        [
            (
                "16",
                "信息设备台账是否与实际相符",
                "信息设备台账与实际不符，2台计算机未登记",
                "",
                "√",
                "信息科",
                "2024年7月31日",
                "",
            ),
            (
                "17",
                "信息设备以及存储介质的标识是否齐全",
                "涉密计算机未粘贴密级标识",
                "",
                "",
                "信息科",
                "7月底前",
                "",
            ),
        ],
    ),
    (
        "五、保密宣传教育",
        [
            (
                "20",
                "是否经常性开展保密宣传教育",
                "保密宣传教育形式单一，覆盖面不足",
                "",
                "",
                "办公室",
                "长期坚持",
                "常态化开展",
            ),
        ],
    ),
]


def write_secret_book(path: Path) -> Path:
    b = Book(path, author="保密办")
    ws = b.sheet("自查记录")
    b.widths(ws, [6, 36, 34, 6, 6, 10, 14, 30])
    last = 7
    b.line(ws, 0, "市卫健委2024年第二季度保密自查发现问题整改记录表", last, b.title)
    b.line(ws, 1, "单位或项目组名称（盖章）：                    检查日期：2024年7月8日", last)
    for c, w in enumerate(["条款", "检查项目", "存在问题"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 3, 2, 4, "是否整改到位", b.head)
    ws.write_string(3, 3, "是", b.head)
    ws.write_string(3, 4, "否", b.head)
    for c, w in enumerate(["责任科室", "整改时限", "备注"], 5):
        b.merge(ws, 2, c, 3, c, w, b.head)
    r = 4
    for heading, rows in SECRET_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            for c, v in enumerate(row):
                b.put(ws, r, c, v, b.center if c in (0, 3, 4, 5, 6) else b.cell)
            r += 1
    b.line(ws, r, "注：“是否整改到位”栏在相应格内打“√”；未整改到位的在备注栏说明原因和下一步措施。", last)
    b.line(ws, r + 1, "检查人：杨帆    审核人：郑立新    保密工作领导小组（签章）", last)
    return b.close()


def write_secret(path: Path) -> Path:
    via_soffice(write_secret_book, path, "ods", "保密自查问题整改记录表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 校长经济责任审计发现问题整改情况汇总表, after a district 教育局's 校长经济责任审计整改工作实施办法 (被审计单位是整改责任主体;
# 规定期限内对审计发现的问题采取措施纠正和处理; 审计整改报告, 对未完成事项说明原因、明确整改期限):
# http://www.lianyun.gov.cn/lygslyqjyj/gfxwj/content/lyjyj_56401.html
# An .xlsx: title, 填报单位 line with the 审计报告送达日期 (base of “N日内” and 立行立改), a two-row header (整改情况 split
# into 整改措施/整改进展), 被审计单位 merged down its rows, an 审计复核意见 closure column, a 合计 row, a 注 and signature.
AUDIT_SCHOOLS = [
    (
        "濮阳市第一中学",
        [
            (
                "食堂收入未纳入单位预算统一核算",
                "财务管理",
                "60日内",
                "制定食堂财务管理办法",
                "正在整改，食堂账户已并入单位账户",
                "",
            ),
            (
                "公务接待无公函、无接待清单即报销",
                "八项规定",
                "立行立改",
                "退回违规报销费用",
                "已整改，相关费用已退回",
                "复查通过",
            ),
            (
                "代收教辅资料费结余未及时清退",
                "收费管理",
                "30日内",
                "清退结余款项",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "濮阳市实验小学",
        [
            (
                "政府采购项目化整为零规避公开招标",
                "采购管理",
                "60日内",
                "完善采购内控制度",
                "基本完成",
                "",
            ),
            (
                "固定资产账实不符，23台教学设备未入账",
                "资产管理",
                "30日内",
                "开展资产清查，补登入账",
                "基本完成",
                "复查通过",
            ),
            (
                "校舍维修工程未办理竣工结算即支付全款",
                "工程管理",
                "2024年12月31日前",
                "委托第三方审核结算",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳市第二中学",
        [
            (
                "重大经济事项未经领导班子集体研究决策",
                "内部控制",
                "长期坚持",
                "修订“三重一大”议事规则",
                "长期坚持",
                "",
            ),
            (
                "学生资助资金发放不及时",
                "专项资金",
                "立行立改",
                "立即足额发放",
                "已整改",
                "复查通过",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 18, 34, 12, 14, 24, 30, 14])
    last = 7
    b.line(ws, 0, "2024年校长经济责任审计发现问题整改情况汇总表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市教育局审计科    审计报告送达日期：2024年6月14日（整改期限自送达之日起计算）",
        last,
    )
    for c, w in enumerate(["序号", "被审计单位（整改责任单位）", "审计发现问题", "问题类型", "整改期限"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    ws.write_string(3, 5, "整改措施", b.head)
    ws.write_string(3, 6, "整改进展", b.head)
    b.merge(ws, 2, 7, 3, 7, "审计复核意见", b.head)
    r, n = 4, 0
    for school, rows in AUDIT_SCHOOLS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, school, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 2):
                b.put(ws, r, c, v, b.center if c in (3, 4, 7) else b.cell)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, last, "发现问题8个，经复核通过3个", b.cell)
    b.line(
        ws,
        r + 1,
        "注：整改期限“N日内”自审计报告送达之日起计算；“立行立改”的问题于送达当日整改。",
        last,
    )
    b.line(ws, r + 2, "填表人：陈晓    审核人：周海涛    2024年7月30日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 网格化事件办理情况明细, after a district's survey of its “网格化十大数据” (人口基础、矛盾纠纷调解、环境卫生整治、安全隐患
# 排查、便民服务办理、基础设施维护 …, 网格员日常巡查采集、居民上报、部门共享; 查阅治理台账):
# https://www.jinchutou.com/shtml/518f5ff91d08aeeb5df61b5116b0cf82.html
# A CSV in GBK: a title line, a 填报单位 line, a header with the 上报网格员 beside the 处置部门, 交办时间 with 办理时限 in
# working days from it, 办结时间, a 合计 line and a 注 line.
GRID_ROWS = [
    (
        "WG20240701003",
        "胜利路街道",
        "建设社区第3网格",
        "环境卫生整治",
        "老旧楼院化粪池堵塞外溢",
        "李红梅",
        "2024-07-01",
        "市城管局",
        "5个工作日",
        "2024-07-05",
        "已疏通并清理现场",
    ),
    (
        "WG20240710011",
        "胜利路街道",
        "五一社区第2网格",
        "矛盾纠纷调解",
        "邻里因楼道堆放杂物发生纠纷",
        "王建设",
        "2024-07-10",
        "胜利路街道办事处",
        "3个工作日",
        "",
        "调解中，双方已初步达成一致",
    ),
    (
        "WG20240715007",
        "人民路街道",
        "东关社区第1网格",
        "安全隐患排查",
        "小区消防通道被私家车长期占用",
        "赵丽",
        "2024-07-15",
        "市消防救援支队",
        "5个工作日",
        "2024-07-19",
        "已清理并施划禁停标线",
    ),
    (
        "WG20240722002",
        "人民路街道",
        "西关社区第4网格",
        "基础设施维护",
        "背街小巷路灯连续多日不亮",
        "孙浩",
        "2024-07-22",
        "市城管局",
        "5个工作日",
        "",
        "未处置",
    ),
    (
        "WG20240724015",
        "胜利路街道",
        "建设社区第1网格",
        "基础设施维护",
        "人行道雨水井盖破损下陷",
        "李红梅",
        "2024-07-24",
        "市住房和城乡建设局",
        "3个工作日",
        "",
        "",
    ),
    (
        "WG20240725004",
        "人民路街道",
        "东关社区第2网格",
        "便民服务办理",
        "独居老人申请助餐服务",
        "赵丽",
        "2024-07-25",
        "市民政局",
        "10个工作日",
        "",
        "已对接社区长者食堂，正在办理",
    ),
    (
        "WG20240708009",
        "胜利路街道",
        "五一社区第1网格",
        "环境卫生整治",
        "沿街烧烤店油烟直排扰民",
        "王建设",
        "2024-07-08",
        "市生态环境局",
        "7个工作日",
        "2024-07-16",
        "已督促商户安装油烟净化器",
    ),
    (
        "WG20240729006",
        "岳村乡",
        "岳村第2网格",
        "安全隐患排查",
        "居民在楼道内给电动车充电",
        "孙浩",
        "2024-07-29",
        "岳村乡人民政府",
        "5个工作日",
        "",
        "已上门劝导，正在督促整改",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区网格化事件办理情况明细（2024年7月）"])
    w.writerow(["填报单位：华龙区社会治理网格化服务管理中心"])
    w.writerow(
        [
            "序号",
            "事件编号",
            "所属街道（乡）",
            "所属网格",
            "数据类别",
            "事件描述",
            "上报网格员",
            "交办时间",
            "处置部门",
            "办理时限",
            "办结时间",
            "处置结果",
        ]
    )
    for i, row in enumerate(GRID_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共8件，办结3件", "", "", "", "", "", ""])
    w.writerow(["注：办理时限自交办之日起按工作日计算。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 巡察“回头看”反馈问题整改进展情况的报告, after a city's 集中反馈 of its 巡察“回头看” (被巡察党组织承担整改主体责任; 义务教育
# 资源城乡分布不均衡、物业管理标准化推进缓慢、养老机构分布不均等民生问题、历史遗留问题; 跨部门问题向分管市领导汇报协调):
# http://www.gyjjjcw.gov.cn/gysjw/phone_article.html?id=10553+
# A .doc (Word 97 via LibreOffice) with the items as numbered paragraphs (（一）…) under 一、二、三 headings, each
# naming its 责任单位 (some by former names), 整改时限 (a range, a schedule text) and 整改进展 (one without).
PATROL_PARAS = [
    (
        "一、关于民生领域问题",
        [
            (
                "（一）物业管理标准化推进缓慢，部分小区物业服务合同到期未续签。责任单位：市建委。整改时限：2024年9月底前。"
                "整改进展：已印发物业服务标准化实施方案，正在逐小区推进。"
            ),
            (
                "（二）养老机构分布不均，城区养老床位缺口较大。责任单位：市民政局。整改时限：2024-2025年。"
                "整改进展：已完成2处社区养老服务中心选址。"
            ),
            (
                "（三）义务教育资源城乡分布不均衡，农村学校专任教师缺编。责任单位：市教育局。"
                "整改时限：8月底前完成教师招聘计划，12月底前新招教师全部到岗。整改进展：教师招聘公告已发布。"
            ),
        ],
    ),
    (
        "二、关于全面从严治党问题",
        [
            (
                "（四）党风廉政建设责任制落实不到位，个别班子成员“一岗双责”履行不力。责任单位：市财政局。"
                "整改时限：长期坚持。整改进展：长期坚持。"
            ),
            (
                "（五）巡察移交的问题线索处置不及时。责任单位：市卫计委。整改时限：2024年7月15日。"
                "整改进展：已全部处置完毕。"
            ),
        ],
    ),
    (
        "三、关于历史遗留问题",
        [
            "（六）城区部分老旧片区停车位规划不足。责任单位：市规划局。整改时限：6月30日前完成。整改进展：未启动。",
            "（七）涉农惠民补贴资金发放台账不规范。责任单位：市农委。整改时限：2024年8月20日。",
        ],
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("巡察整改办")
    _title(doc, "关于市委巡察“回头看”反馈问题整改进展情况的报告")
    _paragraph(doc, "市委巡察工作领导小组：")
    _paragraph(
        doc,
        "2024年6月，市委巡察“回头看”情况集中反馈后，各责任单位对照反馈问题逐项制定整改措施，"
        "需要跨部门解决的问题已向分管市领导汇报协调。截至2024年7月底，有关问题整改进展如下：",
    )
    for heading, paras in PATROL_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "中共濮阳市委巡察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "巡察回头看反馈问题整改进展情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 老旧小区改造投诉问题回头看整改台账 from two 街道, after a city 12345 热线's “联动12345” 老旧小区改造回头看 (楼前道路硬化不平
# 积水, 通道不在改造范围, 防盗门和楼道窗户未更换 — 施工方承诺一个月之内安装到位, 污水管道被燃气管道阻挡无法排污):
# http://news.dfce.com.cn/toutiao/2023/0731/155479.html
# A .zip of two returns: an .xlsx (工单编号, 交办日期, 承诺整改时限 in working days / a month from it, 回访情况) and a
# .docx with a table (交办日期, 整改时限, 目前进展), each with its 填报单位 line and a signature line.
OLD_A = [
    (
        "12345-240703-0186",
        "翠苑小区",
        "楼前道路硬化不平，雨后积水严重",
        date(2024, 7, 3),
        "市住房和城乡建设局",
        "15个工作日内",
        "已返修完毕",
        "群众满意",
    ),
    (
        "12345-240710-0522",
        "农业局家属院",
        "单元防盗门和楼道窗户改造后一直未更换",
        date(2024, 7, 10),
        "市住房和城乡建设局",
        "一个月内",
        "施工方已订货，正在安装",
        "",
    ),
    (
        "12345-240712-0340",
        "天马小区",
        "改造后3号楼下水管道无法排污",
        date(2024, 7, 12),
        "市住建局",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "12345-240715-0097",
        "农商银行家属楼",
        "小区外通道坑洼多年无人管理",
        date(2024, 7, 15),
        "市城管执法局",
        "2024.7.31",
        "已维修完毕",
        "",
    ),
]
OLD_B = [
    ("开州花园", "小区新装路灯不亮", "2024-07-08", "市城市管理局", "10个工作日内", "未整改"),
    ("建业小区", "雨污管网改造后化粪池反味", "2024-07-16", "开州街道办事处", "8月底前", "正在协调施工方处理"),
    (
        "黄河路22号院",
        "楼顶防水层施工后仍然漏水",
        "2024-07-18",
        "市住房和城乡建设局",
        "一个月内",
        "已完成返修，经回访群众满意",
    ),
    (
        "昆吾小区",
        "燃气管道改造挡住污水管出口",
        "2024-07-22",
        "燃气公司",
        "2024年9月30日",
        "改线方案已确定，待燃气公司施工",
    ),
]


def write_old_a(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("台账")
    b.widths(ws, [6, 20, 16, 34, 12, 20, 16, 24, 12])
    last = 8
    b.line(ws, 0, "老旧小区改造12345投诉问题回头看整改台账", last, b.title)
    b.line(ws, 1, "填报单位：胜利路街道办事处    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "小区名称",
            "群众反映问题",
            "交办日期",
            "责任单位",
            "承诺整改时限",
            "整改进展",
            "回访情况",
        ],
    )
    for i, row in enumerate(OLD_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(OLD_A), "注：整改时限按工作日或月计算的，自交办之日起算。", last)
    b.line(ws, 5 + len(OLD_A), "填表人：郭敏    联系电话：0393-8998201", last)
    return b.close()


def write_old_b(path: Path) -> Path:
    doc = _new_document("开州街道")
    _title(doc, "老旧小区改造投诉问题回头看整改台账", 18)
    _paragraph(doc, "填报单位：开州街道办事处（盖章）    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(OLD_B, 1)]
    _table(doc, ["序号", "小区", "反映问题", "交办日期", "整改责任单位", "整改时限", "目前进展"], body)
    _paragraph(doc, "注：整改时限写“N个工作日内”“一个月内”的，自交办之日起计算。", 12)
    _paragraph(doc, "负责人：杜鹏    填表人：宋佳    联系电话：0393-8998756", 12)
    return _save_fixed(doc, path)


def write_old(path: Path) -> Path:
    members = [
        ("老旧小区改造投诉问题回头看整改台账（胜利路街道）.xlsx", write_old_a),
        ("老旧小区改造投诉问题回头看整改台账（开州街道）.docx", write_old_b),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 非法集资风险隐患排查处置情况表, after a city 金融管理办公室's 非法集资风险排查 plan (上报非法集资项目名称和涉及单位（个人）
# 名称; 涉案金额、涉及人数和涉及地区; 案件处置情况: 调查取证、性质认定、立案侦查、司法审理、司法审结、已兑付金额):
# http://www.fsou.net.cn/html/text/lar/170349/17034976_1.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (案件处置情况 over 处置阶段/已兑付金额), 牵头处置
# 单位 by short or former names (工商局, 地税局, 农业局, 住建局), a 合计 row, a 注 line and a 填报人 line.
FUND_ROWS = [
    (
        "以预订养老床位名义吸收公众资金",
        "濮阳康寿养老服务有限公司",
        386,
        152,
        "华龙区",
        "立案侦查",
        0,
        "市公安局",
        "2024年12月底前",
        "",
    ),
    (
        "农民专业合作社超范围吸收社员股金",
        "濮阳县丰源种植专业合作社",
        120,
        64,
        "濮阳县",
        "司法审结",
        120,
        "市农业局",
        "2024年6月30日",
        "已全部兑付，结案",
    ),
    (
        "私募基金违规承诺保本高收益",
        "濮阳鼎盛投资管理有限公司",
        860,
        310,
        "华龙区",
        "调查取证",
        0,
        "市地方金融监督管理局",
        "2024年第三季度",
        "",
    ),
    (
        "商铺以消费返利名义发展会员收取会费",
        "清丰县惠万家商贸有限公司",
        45,
        80,
        "清丰县",
        "性质认定",
        0,
        "市工商局",
        "2024.8.31",
        "",
    ),
    (
        "企业以借款名义向职工集资",
        "南乐县宏基建材有限公司",
        210,
        38,
        "南乐县",
        "尚未启动",
        0,
        "市地税局",
        "2024年6-9月",
        "",
    ),
    (
        "网络平台发布高息理财广告",
        "范县云途网络科技有限公司",
        "—",
        "—",
        "范县",
        "",
        "—",
        "市公安局",
        "2024年10月31日",
        "",
    ),
    (
        "房地产企业以售后返租名义融资",
        "濮阳盛世置业有限公司",
        1500,
        420,
        "华龙区",
        "司法审理",
        300,
        "市住建局",
        "年底前",
        "已兑付部分资金",
    ),
]


def write_fund_book(path: Path) -> Path:
    b = Book(path, author="金融办")
    ws = b.sheet("排查处置")
    b.widths(ws, [6, 34, 28, 12, 10, 10, 12, 14, 20, 16, 18])
    last = 10
    b.line(ws, 0, "非法集资风险隐患排查处置情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市防范和处置非法集资工作领导小组办公室    截至日期：2024年7月31日", last)
    for c, w in enumerate(
        ["序号", "项目名称", "涉及单位（个人）", "涉案金额（万元）", "涉及人数", "涉及地区"]
    ):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 6, 2, 7, "案件处置情况", b.head)
    ws.write_string(3, 6, "处置阶段", b.head)
    ws.write_string(3, 7, "已兑付金额（万元）", b.head)
    for c, w in enumerate(["牵头处置单位", "处置时限", "备注"], 8):
        b.merge(ws, 2, c, 3, c, w, b.head)
    for i, row in enumerate(FUND_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 4, 5, 6, 7, 9) else b.cell)
    r = 4 + len(FUND_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.put(ws, r, 3, sum(row[2] for row in FUND_ROWS if isinstance(row[2], int)), b.center)
    b.put(ws, r, 4, sum(row[3] for row in FUND_ROWS if isinstance(row[3], int)), b.center)
    b.merge(ws, r, 5, r, 6, "", b.center)
    b.put(ws, r, 7, sum(row[6] for row in FUND_ROWS if isinstance(row[6], int)), b.center)
    b.merge(ws, r, 8, r, last, "", b.cell)
    b.line(ws, r + 1, "注：处置阶段按调查取证、性质认定、立案侦查、司法审理、司法审结填写。", last)
    b.line(ws, r + 2, "填报人：冯涛    联系电话：0393-4433120    填报日期：2024年7月30日", last)
    return b.close()


def write_fund(path: Path) -> Path:
    return via_soffice(write_fund_book, path, "xls", "非法集资风险隐患排查处置情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 信访积案化解工作台账, after a published 化解信访积案工作方案 (分类施策精准化解、一案一策; 部门协同联动; 法治化保障; 化解
# 成本高与周期长; 阶段目标):
# https://www.renrendoc.com/paper/507267418.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 信访人 and the 包案领导 beside the 责任单位,
# 化解时限 as text (2024.7.15, 6月30日前完成, 年底前), 是否息访 是/否, a 注 line and a signature line.
PET_ROWS = [
    (
        "JA-2024-03",
        "张某某等5人",
        "要求解决村集体征地补偿款分配不公问题",
        "县委常委、政法委书记",
        "文留镇人民政府",
        "村民代表大会重新表决分配方案",
        "6月30日前完成",
        "已化解，补偿款已按新方案发放到户",
        "是",
    ),
    (
        "JA-2024-07",
        "李某某",
        "反映企业改制时职工身份置换金未足额支付",
        "副县长",
        "市人社局",
        "协调破产管理人依法清偿",
        "2024.9.30",
        "正在协调企业破产管理人",
        "否",
    ),
    (
        "JA-2024-09",
        "王某某",
        "要求落实退役士兵安置待遇",
        "县人大常委会副主任",
        "市退役军人事务局",
        "依政策答复，做好解释疏导",
        "2024.7.15",
        "未化解",
        "否",
    ),
    (
        "JA-2024-12",
        "赵某某",
        "反映宅基地边界纠纷多年未解决",
        "县政协副主席",
        "庆祖镇人民政府",
        "司法调解与村委调处相结合",
        "8月底前",
        "已组织三方调解，双方基本达成协议",
        "否",
    ),
    (
        "JA-2024-15",
        "刘某某等12户",
        "要求解决安置小区不动产权证办理问题",
        "副县长",
        "市不动产登记中心",
        "分类梳理办证障碍，逐户办理",
        "年底前",
        "",
        "",
    ),
    (
        "JA-2024-18",
        "孙某某等3人",
        "反映开发商拖欠工程款问题",
        "县委常委、常务副县长",
        "市住房和城乡建设局",
        "督促开发商筹措资金支付",
        "2024年7月20日",
        "已协调开发商支付全部欠款，案结事了",
        "是",
    ),
    (
        "JA-2024-21",
        "陈某某",
        "要求提高失地农民养老保险待遇",
        "副县长",
        "市人力资源和社会保障局",
        "依法依政策做好解释",
        "长期坚持",
        "常态化跟踪稳控",
        "",
    ),
]


def write_pet_docx(path: Path) -> Path:
    doc = _new_document("信访局")
    _title(doc, "信访积案化解工作台账", 18)
    _paragraph(doc, "填报单位：濮阳县信访局    填报时间：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(PET_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "案件编号",
            "信访人",
            "主要诉求",
            "包案领导",
            "责任单位",
            "化解措施（一案一策）",
            "化解时限",
            "化解进展",
            "是否息访",
        ],
        body,
        9,
    )
    _paragraph(doc, "注：“是否息访”栏填“是”或“否”。", 12)
    _paragraph(doc, "填表人：高静    审核人：吴志军    联系电话：0393-3216608", 12)
    return _save_fixed(doc, path)


def write_pet(path: Path) -> Path:
    return via_soffice(write_pet_docx, path, "doc", "信访积案化解工作台账.docx")


FILES = [
    ("食品安全风险隐患问题清单销号整改台账.xlsx", write_food),
    ("档案安全自查评分及问题整改表.xls", write_arch),
    ("统计执法双随机检查发现问题整改情况表.docx", write_stat),
    ("保密自查问题整改记录表（市卫健委）.ods", write_secret),
    ("校长经济责任审计发现问题整改情况汇总表.xlsx", write_audit),
    ("华龙区网格化事件办理情况明细（2024年7月）.csv", write_grid),
    ("关于市委巡察回头看反馈问题整改进展情况的报告.doc", write_patrol),
    ("老旧小区改造投诉问题回头看整改台账（两个街道）.zip", write_old),
    ("非法集资风险隐患排查处置情况表.et", write_fund),
    ("信访积案化解工作台账.wps", write_pet),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

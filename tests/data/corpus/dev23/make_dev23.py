"""Write the dev23 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) with a table, and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev23.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 市场监管领域随机抽查情况记录, after a market-supervision system's print form 市场监管领域随机抽查情况记录表
# (任务名称/任务编号; 被检查对象 and 统一信用代码; 检查事项 | 是否检查 | 发现问题情况 | 处置情况; 后续处置措施 such as
# 责令限期整改, 后续跟踪由日常监管部门负责; 检查执行部门; 检查人员签名 and the date):
# https://github.com/GuanzhouSong/SmallBusiness/blob/a161d80efee5e2ec3afa4447b92ca5bd5d166900/src/main/webapp/WEB-INF/views/page/syn/system/sccheck/scresult/scresultcheck_print.jsp
# An .xls (xlwt): title, 任务名称 line, a two-row header (检查情况 / 处置情况 over their sub-columns), one row with
# nothing found, the 检查执行部门 (the inspector) and the signature at the foot.
CHECK_ROWS = [
    (
        "濮阳市华龙区味佳园餐饮店",
        "92410902MA44K1X23P",
        "食品经营许可及从业人员健康管理",
        "是",
        "2名从业人员健康证明过期仍在岗",
        "责令限期整改",
        "2024.7.20",
        "复查合格",
    ),
    (
        "濮阳惠民大药房连锁有限公司胜利路店",
        "91410900MA3X8Q2K5L",
        "药品经营质量管理",
        "是",
        "阴凉区温湿度记录缺失5天",
        "责令限期整改",
        "7月底前",
        "",
    ),
    (
        "濮阳市世纪华联商贸有限公司",
        "91410900674108862B",
        "特种设备使用登记及定期检验",
        "是",
        "2台自动扶梯超期未检验仍在使用",
        "责令停止使用并限期整改",
        "2024年8月15日前",
        "已报检，等待检验机构排期",
    ),
    (
        "濮阳县鑫源粮油加工厂",
        "92410928MA40RR7N1G",
        "食品生产过程控制",
        "是",
        "原料仓库未设置防鼠设施",
        "责令限期整改",
        "2024.8.10",
        "未整改",
    ),
    (
        "濮阳市开州超市有限公司",
        "91410900MA45BX7T0C",
        "企业公示信息",
        "是",
        "未发现问题",
        "无须后续处置措施",
        "",
        "",
    ),
    (
        "清丰县福瑞祥食品有限公司",
        "91410922MA9GJ2LN4D",
        "食品标签标识",
        "是",
        "部分预包装食品标签未标注生产许可证编号",
        "责令限期整改",
        "2024.7.15",
        "已整改，复查通过",
    ),
    (
        "南乐县顺达加油站",
        "91410923MA46Y0T7XJ",
        "计量器具使用",
        "是",
        "1台加油机计量检定合格证过期",
        "责令限期整改",
        "8月20日前",
        "已申请检定，正在协调计量所安排",
    ),
    (
        "范县锦程眼镜店",
        "92410926MA47HU5E8W",
        "计量器具使用",
        "是",
        "验光仪未经强制检定即投入使用",
        "发现案件线索，移送办案机构依法处理",
        "",
        "已立案调查",
    ),
]


def write_check(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市场监管领域随机抽查情况记录表（汇总）", t, 0, 9),
        (
            1,
            0,
            "任务名称：2024年食品经营者及特种设备使用单位随机抽查    任务编号：PYSJ-SSJ-2024-017",
            plain,
            1,
            9,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "被检查对象", h, 3, 1),
        (2, 2, "统一信用代码/注册号", h, 3, 2),
        (2, 3, "检查情况", h, 2, 5),
        (2, 6, "处置情况", h, 2, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for col, word in enumerate(
        ["检查事项", "是否检查", "发现问题情况", "后续处置措施", "整改期限", "复查情况"], 3
    ):
        cells.append((3, col, word, h))
    for i, row in enumerate(CHECK_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 7) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(CHECK_ROWS)
    cells += [
        (r, 0, "检查执行部门：濮阳市市场监督管理局执法稽查科", plain, r, 9),
        (r + 1, 0, "检查人员签名：王磊  李娜                2024年7月30日", plain, r + 1, 9),
        (
            r + 2,
            0,
            "注：违反本部门相关规定的，责令限期整改，后续跟踪由日常监管部门负责；发现案件线索的，移送办案机构依法处理。",
            plain,
            r + 2,
            9,
        ),
    ]
    return _write_xls(path, [("抽查记录", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 违章建筑 ledger of one town, after a village-affairs system's 违章建筑 datagrid and its Excel export
# (违章建筑地址 | 所有人姓名 | 性别 | 证件类型 | 证件号码 | 文化程度 | 户籍地址 | 现居住地址 | 违章情况 | 是否拆除 | 整改情况 | 备注):
# https://github.com/caixiaowei08/duanjing/blob/666b05c324d70ff8229b43c77868966678fbec59/src/main/webapp/webpage/com/dj/village/peccant/djPeccantBuildingList.jsp
# An .xlsx as the export writes it: the grid title, one header row, no 序号, no 责任单位 column: the town is named
# only in the file name; 是否拆除 是/否; a deadline only where the 整改情况 sentence names one.
BUILD_ROWS = [
    (
        "庆祖镇西庆祖村三组",
        "张德全",
        "男",
        "身份证",
        "410928196503******",
        "初中",
        "庆祖镇西庆祖村",
        "庆祖镇西庆祖村",
        "未经审批在自家承包地内建设彩钢板仓库约180平方米",
        "是",
        "已于7月5日自行拆除，复耕到位",
        "",
    ),
    (
        "庆祖镇后寨村",
        "李红军",
        "男",
        "身份证",
        "410928197211******",
        "高中",
        "庆祖镇后寨村",
        "濮阳市华龙区",
        "沿村道违规加盖二层砖混房屋约96平方米",
        "否",
        "已下达限期拆除通知书，限2024年8月15日前自行拆除",
        "",
    ),
    (
        "庆祖镇东庆祖村",
        "王秀兰",
        "女",
        "身份证",
        "410928196809******",
        "小学",
        "庆祖镇东庆祖村",
        "庆祖镇东庆祖村",
        "院外违规搭建养殖棚约60平方米",
        "否",
        "",
        "",
    ),
    (
        "庆祖镇张家庄村",
        "张国强",
        "男",
        "身份证",
        "410928197704******",
        "初中",
        "庆祖镇张家庄村",
        "庆祖镇张家庄村",
        "占用基本农田建设看护房约40平方米",
        "是",
        "已拆除，建筑垃圾已清运",
        "",
    ),
    (
        "庆祖镇杨庄村",
        "杨建设",
        "男",
        "身份证",
        "410928198102******",
        "大专",
        "庆祖镇杨庄村",
        "濮阳县城关镇",
        "在废弃坑塘上违规建设钢构厂房约300平方米",
        "否",
        "正在协调当事人自行拆除，计划9月底前拆除到位",
        "",
    ),
    (
        "庆祖镇北街村",
        "刘长河",
        "男",
        "身份证",
        "410928197010******",
        "初中",
        "庆祖镇北街村",
        "庆祖镇北街村",
        "临街违规搭建门面房约35平方米",
        "否",
        "当事人拒不拆除，已移交县综合行政执法局",
        "已立案",
    ),
    (
        "庆祖镇南街村",
        "赵玉梅",
        "女",
        "身份证",
        "410928198512******",
        "高中",
        "庆祖镇南街村",
        "庆祖镇南街村",
        "房顶违规加建阳光房约25平方米",
        "是",
        "已拆除",
        "",
    ),
]


def write_build(path: Path) -> Path:
    b = Book(path, author="庆祖镇规划建设办")
    ws = b.sheet("违章建筑")
    b.widths(ws, [20, 10, 6, 10, 22, 10, 18, 18, 40, 10, 40, 10])
    b.line(ws, 0, "违章建筑", 11, b.title)
    b.header(
        ws,
        1,
        [
            "违章建筑地址",
            "所有人姓名",
            "性别",
            "证件类型",
            "证件号码",
            "文化程度",
            "户籍地址",
            "现居住地址",
            "违章情况",
            "是否拆除",
            "整改情况",
            "备注",
        ],
    )
    for i, row in enumerate(BUILD_ROWS):
        b.row(ws, 2 + i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 驻村帮扶 tasks of one 帮扶单位, after a rural-aid system's 年度调查表（一） of the “规划到户责任到人” work
# (two-line title with the year; 贫困村（盖章） and 帮扶单位（盖章） above the table; 编号 | 填表项目 | 单位 | 数量; section rows
# 一、帮扶责任落实 …; items numbered 101, 102 … such as 单位主要领导到村调研指导, 发文成立单位扶贫领导小组：1.是 2.否):
# https://github.com/moutainhigh/project-exchange/blob/28ebecf90630afe1f71fd99ae5940eb6b313ca69/fupin/WebRoot/main/question_org/edit1.jsp
# An .xlsx: two-line title, the 盖章 line (the 帮扶单位 by its short name), a two-row header with √ under 是 / 否,
# section rows, a 填表说明 and the signature line.
AID_SECTIONS = [
    (
        "一、帮扶责任落实",
        [
            ("101", "单位主要领导到村调研指导不少于4次", "2024年12月底前", "", "√", "已到村调研2次"),
            ("102", "发文成立单位乡村振兴帮扶工作领导小组", "2024年3月底前", "√", "", ""),
            ("103", "指定1名领导和1个科室负责驻村帮扶工作", "2024.3.15", "√", "", ""),
        ],
    ),
    (
        "二、产业帮扶",
        [
            ("201", "扶持后寨村发展食用菌种植大棚10座", "2024年6-9月", "", "√", "已建成6座，其余4座正在施工"),
            ("202", "组织脱贫户参加种养技术培训不少于2期", "第三季度", "", "√", ""),
        ],
    ),
    (
        "三、基础设施和公共服务",
        [
            ("301", "硬化村内生产道路1.2公里", "2024年8月底前", "√", "", "7月20日通过验收"),
            ("302", "维修村小学旱厕并改建为水冲式厕所", "7月底前", "", "√", "资金已到位，施工队已进场备料"),
            ("303", "建立脱贫户防返贫动态监测台账", "长期坚持", "", "", "长期坚持，按月更新"),
        ],
    ),
]


def write_aid(path: Path) -> Path:
    b = Book(path, author="市农业农村局")
    ws = b.sheet("调查表（一）")
    b.widths(ws, [8, 44, 18, 8, 8, 30])
    b.merge(ws, 0, 0, 0, 5, "濮阳市驻村帮扶“规划到户责任到人”工作\n2024年度调查表（一）", b.title)
    ws.set_row(0, 48)
    b.merge(ws, 1, 0, 1, 1, "帮扶村（盖章）：范县王楼镇后寨村", b.text)
    b.merge(ws, 1, 2, 1, 5, "帮扶单位（盖章）：市农业局", b.text)
    b.merge(ws, 2, 0, 3, 0, "编号", b.head)
    b.merge(ws, 2, 1, 3, 1, "帮扶任务", b.head)
    b.merge(ws, 2, 2, 3, 2, "完成时限", b.head)
    b.merge(ws, 2, 3, 2, 4, "是否完成", b.head)
    b.header(ws, 3, ["是", "否"], first=3)
    b.merge(ws, 2, 5, 3, 5, "备注", b.head)
    r = 4
    for section, rows in AID_SECTIONS:
        b.put(ws, r, 0, "", b.section)
        b.merge(ws, r, 1, r, 5, section, b.section)
        r += 1
        for values in rows:
            for c, v in enumerate(values):
                b.put(ws, r, c, v, b.center if c in (0, 3, 4) else b.cell)
            r += 1
    b.line(
        ws,
        r + 1,
        "填表说明：1.在“是”或“否”栏内打“√”；2.未完成的在备注栏填写进展；3.长期性任务在备注栏注明。",
        5,
    )
    b.line(ws, r + 2, "填表人：周晓燕    联系电话：0393-8911326    填表日期：2024年7月30日", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 重点工作任务推进表 from two city-owned companies, after a state-owned cable company's task-supervision system
# (a 任务 split into 阶段目标 rows, each with 计划完成时间 finishTime, 实际完成时间 actualFinish, a status 推进中/已完成 and a
# 完成情况说明 written as sentences):
# https://github.com/Milkyxway/xjs/blob/d9684339777efe65c8d0d28539105a34e9d0c1c2/supervise-vue-fe/src/inserttasks.sql
# A .zip of two .xlsx returns: title, 填报单位 line, one header row with the company's own 责任部门, the 重点工作任务
# merged over its 阶段目标 rows, date cells for planned and actual completion, a signature line.
TASK_RETURNS = [
    (
        "市燃气有限公司",
        "濮阳市燃气有限公司",
        [
            (
                "老旧燃气管网更新改造",
                [
                    (
                        "完成城区12公里老旧铸铁管道更换施工招标",
                        "工程管理部",
                        date(2024, 4, 30),
                        date(2024, 4, 26),
                        "已完成",
                        "已完成招标，中标单位已进场",
                    ),
                    (
                        "完成城区老旧铸铁管道更换8公里",
                        "工程管理部",
                        date(2024, 8, 31),
                        None,
                        "推进中",
                        "截至7月底已完成更换5.6公里，剩余路段正在施工",
                    ),
                ],
            ),
            (
                "餐饮场所燃气安全专项整治",
                [
                    (
                        "完成全市餐饮场所燃气泄漏报警器加装",
                        "客户服务部",
                        date(2024, 6, 30),
                        date(2024, 7, 15),
                        "已完成",
                        "累计加装报警器1263台",
                    ),
                    (
                        "开展燃气用户入户安检全覆盖",
                        "安全技术部",
                        date(2024, 12, 31),
                        None,
                        "推进中",
                        "已入户安检8.2万户，覆盖率63%",
                    ),
                ],
            ),
        ],
    ),
    (
        "市自来水公司",
        "濮阳市自来水公司",
        [
            (
                "二次供水设施改造",
                [
                    (
                        "完成12个老旧小区二次供水泵房改造",
                        "工程部",
                        date(2024, 9, 30),
                        None,
                        "推进中",
                        "已完成7个小区泵房改造，5个正在施工",
                    ),
                ],
            ),
            (
                "降低供水管网漏损率",
                [
                    (
                        "完成DMA分区计量系统建设方案",
                        "生产技术部",
                        date(2024, 5, 31),
                        date(2024, 5, 28),
                        "已完成",
                        "方案已经总经理办公会审议通过",
                    ),
                    ("供水管网漏损率降至9%以下", "生产技术部", date(2024, 12, 31), None, "", ""),
                ],
            ),
            (
                "用水报装提速",
                [
                    (
                        "用水报装办理时间压缩至3个工作日",
                        "客户服务中心",
                        date(2024, 6, 30),
                        None,
                        "未启动",
                        "待行政服务中心审批系统接口开放后实施",
                    ),
                ],
            ),
        ],
    ),
]


def write_task_book(path: Path, company: str, full: str, tasks: list[tuple]) -> Path:
    b = Book(path, author=company)
    ws = b.sheet("推进表")
    b.widths(ws, [6, 22, 40, 14, 14, 14, 10, 44])
    b.line(ws, 0, f"{company}2024年重点工作任务推进表", 7, b.title)
    b.line(ws, 1, f"填报单位：{full}（盖章）    截至2024年7月31日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "重点工作任务",
            "阶段目标",
            "责任部门",
            "计划完成时间",
            "实际完成时间",
            "状态",
            "完成情况说明",
        ],
    )
    r, n = 3, 0
    for task, steps in tasks:
        b.merge(ws, r, 1, r + len(steps) - 1, 1, task, b.cell)
        for goal, dept, plan, actual, status, note in steps:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, goal)
            b.put(ws, r, 3, dept, b.center)
            b.put(ws, r, 4, plan)
            b.put(ws, r, 5, actual)
            b.put(ws, r, 6, status, b.center)
            b.put(ws, r, 7, note)
            r += 1
    b.line(ws, r + 1, "分管领导：            填报人：            联系电话：", 7)
    return b.close()


def write_tasks(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for company, full, tasks in TASK_RETURNS:
            name = f"{company}2024年重点工作任务推进表.xlsx"
            member = write_task_book(Path(tmp) / name, company, full, tasks)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 作风整顿活动整改落实台账, after a city 自然资源和规划局's account of its 作风教育整顿 (各科室、单位全面梳理、查摆自身在
# 工作状态、工作实绩、优化营商环境、解决群众诉求、遵守中央八项规定及其实施细则等方面存在的问题; 整改落实台账 sent back,
# checked by the 活动领导小组办公室):
# http://gtj.linyi.gov.cn/info/2957/166995.htm (the page describes the ledger in prose; it shows no table)
# An .et (Excel 97 via LibreOffice): title, the 填报单位 line under the bureau's former name, a two-row header
# (整改落实情况 over 进展情况 / 完成时间), 问题类别 merged down its rows, the sending bureau's 科室 as 责任科室, a 注 and signature.
STYLE_ROWS = [
    (
        "工作状态",
        [
            (
                "个别干部上班时间浏览与工作无关网页",
                "开展工作纪律专项检查，纳入月度考核",
                "张文斌",
                "办公室",
                "2024年7月15日前",
                "已完成",
                "2024.7.12",
            ),
            (
                "部分科室业务办理推诿扯皮，首问负责制落实不到位",
                "修订首问负责制度，开展全员培训",
                "李建华",
                "行政审批科",
                "7月底前",
                "已修订首问负责制度，正在组织培训",
                "",
            ),
        ],
    ),
    (
        "工作实绩",
        [
            (
                "建设项目用地预审与选址意见书合并办理时限压缩不到位",
                "优化审批流程，推行容缺受理",
                "李建华",
                "审批服务科",
                "2024年9月底前",
                "",
                "",
            ),
            (
                "卫片执法发现的违法用地图斑整改销号进度慢",
                "建立图斑整改周调度机制，逐宗明确责任人",
                "刘海洋",
                "执法监察支队",
                "2024年第三季度",
                "已销号23宗，剩余17宗正在整改",
                "",
            ),
        ],
    ),
    (
        "优化营商环境",
        [
            (
                "工业项目用地“标准地”出让比例偏低",
                "制定“标准地”出让工作方案，明确控制指标",
                "刘海洋",
                "土地利用科",
                "年底前",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "解决群众诉求",
        [
            (
                "12345热线转办的历史遗留不动产办证诉求办结率不高",
                "逐件建立台账，联合住建、税务部门会商化解",
                "王志刚",
                "确权登记科",
                "2024.8.31",
                "已办结46件，剩余19件正在协调",
                "",
            ),
        ],
    ),
    (
        "遵守中央八项规定",
        [
            (
                "公务接待清单填写不完整，审批手续不齐全",
                "规范公务接待审批单和接待清单",
                "张文斌",
                "办公室",
                "2024年6月30日前",
                "已完成",
                "2024.6.25",
            ),
            (
                "持续整治违规吃喝问题",
                "节假日前开展廉政提醒，常态化监督检查",
                "赵明",
                "机关纪委",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_style_book(path: Path) -> Path:
    b = Book(path, author="作风整顿专班")
    ws = b.sheet("整改落实台账")
    b.widths(ws, [6, 12, 36, 30, 10, 14, 16, 30, 12])
    b.line(ws, 0, "全市自然资源和规划系统党员干部作风整顿活动整改落实台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市国土资源局                    填报日期：2024年7月29日", 8)
    for c, word in enumerate(
        ["序号", "问题类别", "查摆出的具体问题", "整改措施", "责任领导", "责任科室", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "完成时间"], first=7)
    r, n = 4, 0
    for kind, rows in STYLE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, measure, leader, office, limit, progress, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, measure, leader, office, limit, progress, done], first=2)
            r += 1
    b.line(
        ws,
        r,
        "注：1.问题查摆要“真找问题、找真问题”，不得敷衍塞责；2.整改完成的填写完成时间；3.本台账经活动领导小组办公室审核后留档。",
        8,
    )
    b.line(ws, r + 1, "主要负责人：            填表人：孙丽            联系电话：0393-4418726", 8)
    return b.close()


def write_style(path: Path) -> Path:
    return via_soffice(write_style_book, path, "xls", "作风整顿活动整改落实台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 数字城管平台案件办理情况, after a city 城市管理和综合执法局's monthly account of its 数字城管平台 (系统共受理案件N宗，
# 结案N宗，办结率; （一）汇总表 案件来源 | 6月受理数 | 7月受理数 | 增/减幅 with 信息采集, 12345转办, 公众举报 … 合计;
# 各类案件处理情况（截至2024年7月31日） with 市容环境, 宣传广告, 施工管理, 突发事件, 街面秩序 …):
# http://sd-xs.com/bmpd/jmscsglhzhzfj/zwgk/gzdt/content/post_3163772.html
# A CSV in GBK: title, summary sentence, the 汇总表 (no items), then the 重点督办案件 table with 交办日期 and 处置时限 in
# working days, 是否结案, a 合计 line and the sender at the foot.
CASE_SUMMARY = [
    ("信息采集", "12120", "12102", "-0.15%"),
    ("12345转办", "696", "633", "-9.05%"),
    ("公众举报", "7", "9", "28.57%"),
    ("微信小程序", "44", "52", "18.18%"),
    ("其他", "862", "1294", "50.12%"),
    ("合计", "13729", "14090", "2.63%"),
]
CASE_ROWS = [
    (
        "SZCG2407-0112",
        "市容环境",
        "人民路与黄河路交叉口东北角建筑垃圾乱堆放",
        "市城市管理局",
        "2024-07-02",
        "3个工作日",
        "已清运",
        "是",
    ),
    (
        "SZCG2407-0358",
        "街面秩序",
        "胜利路夜市摊贩占道经营",
        "市城管执法局",
        "2024-07-08",
        "5个工作日",
        "已劝离，建立错时巡查机制",
        "是",
    ),
    (
        "SZCG2407-0461",
        "施工管理",
        "开州路雨污分流工地泥头车遗撒",
        "市住建局",
        "2024-07-10",
        "2个工作日",
        "已约谈施工单位，正在整改",
        "否",
    ),
    (
        "SZCG2407-0690",
        "突发事件",
        "绿城路下水道堵塞污水外溢",
        "市水务公司",
        "2024-07-15",
        "1个工作日",
        "已疏通",
        "是",
    ),
    (
        "SZCG2407-0833",
        "宣传广告",
        "京开大道沿线违规悬挂广告横幅12条",
        "市城市管理局",
        "2024-07-18",
        "3个工作日",
        "",
        "否",
    ),
    (
        "SZCG2407-1027",
        "市政设施",
        "中原路公交站台顶棚破损",
        "公交公司",
        "2024-07-22",
        "10个工作日",
        "已报修，配件采购中",
        "否",
    ),
    (
        "SZCG2407-1195",
        "园林绿化",
        "昆吾公园内枯死行道树未补植",
        "市城市管理局",
        "2024-07-25",
        "15个工作日",
        "",
        "",
    ),
    (
        "SZCG2407-1302",
        "市容环境",
        "长庆路口垃圾桶满溢未及时清运",
        "市城管局",
        "2024-07-29",
        "立行立改",
        "已清运",
        "是",
    ),
]


def write_cases(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["7月份数字城管平台案件办理情况"])
    w.writerow(["7月份，系统共受理案件14090宗，结案14068宗，办结率99.84%。"])
    w.writerow(["一、数字城管平台案件受理情况"])
    w.writerow(["（一）汇总表"])
    w.writerow(["案件来源", "6月受理数（宗）", "7月受理数（宗）", "增/减幅（%）"])
    for row in CASE_SUMMARY:
        w.writerow(row)
    w.writerow([])
    w.writerow(["二、重点督办案件办理情况（截至2024年7月31日）"])
    w.writerow(
        [
            "序号",
            "案件编号",
            "案件类别",
            "问题描述",
            "责任单位",
            "交办日期",
            "处置时限",
            "处置情况",
            "是否结案",
        ]
    )
    for i, row in enumerate(CASE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "重点督办案件8宗，已结案4宗", "", "", "", "", ""])
    w.writerow(["濮阳市数字化城市管理监督指挥中心", "", "", "", "", "", "", "2024年7月31日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 校园食品安全和膳食经费管理突出问题专项整治进展, after a county 教育局's 专项整治工作成果展示 (发现部分学校食堂环境场所
# 老旧等问题，建立食堂修缮项目计划，督促学校利用暑期修缮改造; 整改前：加工场所天花板发霉、排气扇出风口处未安装防护纱网、
# 抽油烟机油污未及时清洗; 整改后：…):
# http://www.fjmx.gov.cn/zwgk/jy/xgxx/202407/t20240719_2044289.htm (the page tells the 整改前/整改后 in prose and photos; no table)
# A .docx whose items are numbered paragraphs (（一）…), each naming the school, 存在问题, 整改情况, 责任单位 and 完成时限.
CANTEEN_ITEMS = [
    (
        "濮阳市第二实验小学食堂",
        "加工场所天花板发霉、排气扇出风口处未安装防护纱网",
        "天花板已重新刷漆，防护纱网已安装，已完成整改",
        "濮阳市第二实验小学",
        "7月15日前",
    ),
    (
        "濮阳市第一中学食堂",
        "抽油烟机油污未及时清洗，烟道积油严重",
        "已委托专业公司清洗抽油烟机，烟道清洗正在进行",
        "濮阳市第一中学",
        "7月底前",
    ),
    (
        "濮阳市华龙区实验幼儿园食堂",
        "留样冰箱未专用，与其他食品混放",
        "已购置专用留样冰箱并规范留样记录，已完成整改",
        "濮阳市华龙区实验幼儿园",
        "2024年7月10日",
    ),
    (
        "濮阳县第三初级中学",
        "食堂膳食经费未单独核算，收支账目不清",
        "已设立膳食经费专账，正在清理上半年账目",
        "濮阳县第三初级中学",
        "8月20日前",
    ),
    (
        "清丰县实验小学食堂",
        "库房食品离地离墙存放不规范",
        "尚未整改",
        "清丰县实验小学",
        "7月25日前",
    ),
    (
        "南乐县第一高级中学食堂",
        "从业人员操作时未按规定佩戴口罩和工作帽",
        "纳入学校日常巡查，常态化推进",
        "南乐县第一高级中学",
        "长期坚持",
    ),
    (
        "范县职业中等专业学校食堂",
        "食堂修缮改造项目未开工",
        "已完成设计和招标，计划暑期开工，8月25日前完工",
        "范县职业中等专业学校",
        "8月25日前",
    ),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_canteen(path: Path) -> Path:
    doc = _new_document("市教育局安全科")
    _title(doc, "关于中小学校园食品安全和膳食经费管理突出问题专项整治工作进展情况的报告")
    _paragraph(doc, "市食品安全委员会办公室：")
    _paragraph(
        doc,
        "自开展校园食品安全和膳食经费管理突出问题专项整治行动以来，我局联合市场监管部门对全市中小学校、幼儿园食堂开展"
        "全覆盖检查，发现部分学校食堂环境场所老旧等问题。我局建立食堂修缮项目计划，督促学校利用暑期黄金时间进行修缮改造、"
        "优化提升。现将重点问题整改情况报告如下：",
    )
    for i, (where, problem, state, unit, limit) in enumerate(CANTEEN_ITEMS):
        _paragraph(
            doc,
            f"（{CN_NUMBERS[i]}）{where}。存在问题：{problem}。整改情况：{state}。责任单位：{unit}；完成时限：{limit}。",
        )
    _paragraph(doc, "下一步，我局将对已整改问题开展“回头看”，对未按期完成整改的学校进行通报。")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 督导组工作简报, after a city 环境综合整治第二督导组's weekly brief (开展督导工作2次，累计出动督导人员6人次，对办事处、
# 责任路段实地督导检查; 共计发现问题N处，涉及小区堆物、楼道内喷涂小广告反弹、楼道保洁不到位、沿街商户店外堆物倾倒污水、
# 卫生死角、小区内违法建设; 与相关区域责任部门对接，提出整改要求与时限; 截至目前已整改N处，剩余N处正在整改中):
# https://jianshuapi.com/p/ac9b9981baf4 (the brief is prose; the problems are listed here as its table would list them)
# A .doc (Word 97 via LibreOffice): title, 期数 line, the brief's summary paragraph, a table with 交办时间 and 整改时限
# (one 立行立改, one “15日内”), the 督导组 members (the inspectors) and the office at the foot.
BRIEF_ROWS = [
    (
        "7月23日",
        "中原路与京开大道交叉口",
        "绿化带内卫生死角垃圾堆积",
        "市城市管理局",
        "7月25日前",
        "已清理完毕",
    ),
    (
        "7月23日",
        "胜利路东段",
        "沿街商户店外堆物、倾倒污水",
        "胜利路街道办事处",
        "7月26日前",
        "已约谈商户12家，正在整改",
    ),
    (
        "7月24日",
        "建设路老旧小区",
        "小区楼道内喷涂小广告现象反弹",
        "建设路街道办事处",
        "8月2日前",
        "",
    ),
    (
        "7月24日",
        "人民路中段",
        "人行便道保洁不到位，烟头纸屑较多",
        "市城市管理局",
        "立行立改",
        "已整改",
    ),
    (
        "7月25日",
        "开州路金堤小区",
        "小区内违法建设彩钢房1处",
        "市城管执法局",
        "15日内",
        "已下达限期拆除通知",
    ),
    (
        "7月25日",
        "长庆路农贸市场",
        "市场周边占道经营、车辆乱停乱放",
        "市市场监管局",
        "7月31日前",
        "未整改",
    ),
    (
        "7月26日",
        "京开大道高架桥下",
        "桥下空间堆放建筑材料",
        "市交通局",
        "8月10日前",
        "正在协调产权单位清运",
    ),
]


def write_brief_docx(path: Path) -> Path:
    doc = _new_document("第二督导组")
    _title(doc, "市环境综合整治第二督导组工作简报")
    _paragraph(doc, "（2024年第15期  7月22日—7月28日）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "本周市环境综合整治第二督导组开展督导工作2次，累计出动督导人员6人次，分别对胜利路街道、建设路街道和京开大道"
        "责任路段进行实地督导检查。共计发现问题7处，涉及卫生死角、沿街商户店外堆物倾倒污水、楼道小广告反弹、便道保洁"
        "不到位、小区内违法建设等方面。督导组分别将问题与相关区域责任部门进行了对接，提出了整改要求与时限。截至目前，"
        "已整改2处，其余正在整改中。具体问题清单如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(BRIEF_ROWS, 1)]
    _table(doc, ["序号", "交办时间", "问题点位", "存在问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "督导组成员：王建国  李晓峰  陈静", 12)
    _paragraph(doc, "市环境综合整治领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_brief(path: Path) -> Path:
    return via_soffice(write_brief_docx, path, "doc", "督导组工作简报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 农村人居环境整治问题整改销号台账, after a town's 人居环境整治例会制度 (月例会; 通报制度: 通报以问题为主，具体问题点到
# 责任人; 销号制度: 汇总问题，建立问题清单，制定整改台账，明确整改时限，实行销号管理; 对未按时限完成整改任务的，列入重点
# 督办对象; 督办制度):
# https://swgk.naimanyun.cn/front/information/53073 (the page sets out the rules in prose; it shows no table)
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 交办日期, 整改时限 (dates, “5日内”,
# “10个工作日”, 长期坚持), 销号情况 and a 是否列入重点督办 column, a 注 with the 销号 rule and the signature.
VILLAGE_ROWS = [
    (
        "陈庄镇",
        "陈庄村主街两侧柴草乱堆乱放",
        "月例会督查",
        "2024-07-03",
        "7月12日前",
        "已清理",
        "已销号",
        "否",
    ),
    ("杨集乡", "后胡村坑塘漂浮垃圾未清理", "群众举报", "2024-07-05", "5日内", "已打捞清理", "", "否"),
    (
        "濮城镇",
        "户厕改造后部分厕具损坏无人维修",
        "月例会督查",
        "2024-07-08",
        "2024年8月底前",
        "已登记损坏厕具86套，正在组织维修",
        "未销号",
        "否",
    ),
    ("白衣阁乡", "村内生活污水直排街道", "月例会督查", "2024-07-10", "7月31日前", "未整改", "未销号", "是"),
    (
        "王楼镇",
        "垃圾中转站周边卫生差、异味大",
        "群众举报",
        "2024-07-15",
        "10个工作日",
        "已整改到位",
        "验收合格，已销号",
        "否",
    ),
    ("辛庄镇", "废弃养殖圈舍未拆除", "月例会督查", "2024-07-18", "9月底前", "", "", "否"),
    ("高码头镇", "村庄绿化缺株断带", "月例会督查", "2024-07-22", "长期坚持", "常态化推进", "", "否"),
]


def write_village_book(path: Path) -> Path:
    b = Book(path, author="县人居办")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 12, 36, 12, 12, 16, 34, 18, 12])
    b.line(ws, 0, "范县农村人居环境整治“问题清单”整改销号台账（2024年7月）", 8, b.title)
    b.line(ws, 1, "填报单位：范县农村人居环境整治工作领导小组办公室        统计截止：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任乡镇",
            "问题清单",
            "问题来源",
            "交办日期",
            "整改时限",
            "整改情况",
            "销号情况",
            "是否列入重点督办",
        ],
    )
    for i, row in enumerate(VILLAGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(VILLAGE_ROWS)
    b.line(
        ws,
        r,
        "注：1.问题整改到位后，经乡镇自查、县人居办复查合格后销号；2.对未按时限完成整改任务的，列入重点督办对象。",
        8,
    )
    b.line(ws, r + 1, "填表人：韩磊        审核人：郭志远        联系电话：0393-5321875", 8)
    return b.close()


def write_village(path: Path) -> Path:
    via_soffice(write_village_book, path, "ods", "人居环境整治销号台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("市场监管领域随机抽查情况记录汇总表（2024年第17号任务）.xls", write_check),
    ("庆祖镇违章建筑整治台账.xlsx", write_build),
    ("市农业局驻村帮扶工作2024年度调查表（一）.xlsx", write_aid),
    ("市属企业2024年重点工作任务推进表（两家）.zip", write_tasks),
    ("全市自然资源和规划系统党员干部作风整顿活动整改落实台账.et", write_style),
    ("7月份数字城管平台案件办理情况.csv", write_cases),
    ("校园食品安全和膳食经费管理突出问题专项整治进展情况的报告.docx", write_canteen),
    ("市环境综合整治第二督导组工作简报（2024年第15期）.doc", write_brief),
    ("范县农村人居环境整治问题整改销号台账.ods", write_village),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

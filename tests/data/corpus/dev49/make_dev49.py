"""Write the dev49 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt, one more inside the zip), an .et (Excel 97 via LibreOffice),
an .ods (LibreOffice conversion), a CSV in GBK, a tab-separated text in UTF-16, a .docx with a table, a .doc with the
items as numbered paragraphs and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev49.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 政协提案办理情况统计表, after a county 政协's account of its 提案 handling (立案提案全部办结; 重点提案由主席领衔督办,
# 分管主席负责, 提案委主任带队跟踪督办; 邀请提案人参与督办, 承办单位和提案人面对面协商):
# http://www.ddxyjj.com/new_xiangxi.asp?i=473
# An .xlsx: title, 填报单位 line, a two-row header (承办单位 over 主办/协办, 办理情况 over 办理进度/答复时间/委员意见),
# the 提案人 and 督办领导 beside the 主办单位, a 合计 row and a 填表人 line.
CPPCC_ROWS = [
    (
        "第0012号",
        "关于扩大城区公办幼儿园学位供给的提案",
        "民进濮阳市委",
        "市教育局",
        "市财政局、市自然资源和规划局",
        "市政协副主席 李卫东",
        "2024年6月30日前",
        "已办结",
        date(2024, 6, 18),
        "满意",
        "是",
    ),
    (
        "第0037号",
        "关于加强基层医疗卫生机构全科医生队伍建设的提案",
        "王丽萍",
        "市卫计委",
        "市人社局",
        "提案委主任 周建国",
        "7月底前",
        "正在办理，已起草基层卫生人才专项招聘方案",
        None,
        "",
        "是",
    ),
    (
        "第0045号",
        "关于规范城区共享电动自行车停放秩序的提案",
        "张海涛、刘晓燕",
        "市城管执法局",
        "市公安局交通管理支队",
        "",
        "2024.8.31",
        "已办结",
        date(2024, 7, 12),
        "基本满意",
        "否",
    ),
    (
        "第0058号",
        "关于推动农村留守老人助餐服务全覆盖的提案",
        "农工党濮阳市委",
        "市民政局",
        "市财政局",
        "市政协副主席 李卫东",
        "9月底前",
        "",
        None,
        "",
        "是",
    ),
    (
        "第0063号",
        "关于挖掘戚城遗址文化资源打造文旅融合街区的提案",
        "赵明远",
        "市文广新局",
        "华龙区人民政府",
        "",
        "2024年8月15日前",
        "正在办理",
        None,
        "",
        "否",
    ),
    (
        "第0071号",
        "关于将门诊慢特病用药纳入乡镇卫生院配备目录的提案",
        "孙静",
        "市医保局",
        "市卫生健康委员会",
        "提案委主任 周建国",
        "6月30日前完成",
        "已办结",
        date(2024, 6, 27),
        "满意",
        "否",
    ),
    (
        "第0089号",
        "关于增开高铁站至产业集聚区公交专线的提案",
        "九三学社濮阳市委",
        "市公交公司",
        "市交通运输局",
        "",
        "年底前",
        "未启动办理",
        None,
        "",
        "否",
    ),
]


def write_cppcc(path: Path) -> Path:
    b = Book(path, author="市政协提案委")
    ws = b.sheet("提案办理")
    b.widths(ws, [6, 10, 36, 16, 14, 22, 18, 16, 24, 12, 10, 10])
    b.line(ws, 0, "政协濮阳市第十届委员会第三次会议提案办理情况统计表", 11, b.title)
    b.line(ws, 1, "填报单位：市政协提案委员会        统计截至：2024年7月26日", 11)
    for c, word in [(0, "序号"), (1, "提案号"), (2, "案由"), (3, "提案人"), (6, "督办领导"), (7, "办结时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 11, 3, 11, "是否重点提案", b.head)
    b.merge(ws, 2, 4, 2, 5, "承办单位", b.head)
    b.merge(ws, 2, 8, 2, 10, "办理情况", b.head)
    b.header(ws, 3, ["主办单位", "协办单位"], first=4)
    b.header(ws, 3, ["办理进度", "答复时间", "委员意见"], first=8)
    for i, row in enumerate(CPPCC_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(CPPCC_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 11, "7件（重点提案3件）；已办结3件，正在办理2件", b.cell)
    b.line(ws, r + 1, "填表人：陈思远        联系电话：0393-8991230        2024年7月26日", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 民生实事项目进展情况, after a county 民生办's monthly account of its 民生实事 (不设年度目标任务、常态化开展的N项;
# 截至月底已完成N项; 剩余项目 已完成N个(50%) / 正在施工中(93%), 预计10月底前全部完成; 超额完成, 完成率200%):
# https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html
# An .xlsx: title, a summary paragraph, one header row, three section rows (已完成 / 未完成 / 常态化开展), 注 and office.
LIVING_SECTIONS = [
    (
        "一、已完成项目（2项）",
        [
            ("新建城市书房10个", "市文广旅局", "已完成，全部建成并对外开放。", "100%", "6月底前"),
            ("建设实体零工驿站1个", "市人社局", "已完成，建成零工驿站2个。", "200%", "年底前"),
        ],
    ),
    (
        "二、未完成项目（5项）",
        [
            (
                "建设农村幸福院15个",
                "市民政局",
                "已建成8个，其余7个正在施工，预计10月底前全部完成。",
                "53%",
                "2024年10月底前",
            ),
            (
                "改造老旧小区6个",
                "市住建局",
                "6个小区均在施工中，外墙保温和管网改造已完成，正在铺设小区道路。",
                "90%",
                "11月底前",
            ),
            (
                "治理农村黑臭水体126条",
                "市生态环境局",
                "已完成治理120条，剩余6条正在清淤。",
                "95%",
                "10月底前",
            ),
            (
                "为七至九年级适龄女生免费接种HPV疫苗",
                "市卫健委",
                "已接种4769人，正在组织第二批学校集中接种。",
                "51.2%",
                "11月底前",
            ),
            ("送戏进万村263场", "市文广新局", "未启动", "0", "12月底前"),
        ],
    ),
    (
        "三、常态化开展项目（不设年度目标任务）",
        [
            (
                "餐饮油烟、噪声扰民问题整治",
                "市城管局",
                "常态化推进，7月份处置相关投诉36件。",
                "—",
                "长期坚持",
            ),
            (
                "便民停车行动",
                "市交警支队",
                "常态化开展，新增夜间限时停车泊位420个。",
                "—",
                "长期坚持",
            ),
        ],
    ),
]


def write_living(path: Path) -> Path:
    b = Book(path, author="市民生办")
    ws = b.sheet("7月")
    b.widths(ws, [6, 34, 14, 40, 10, 16, 10])
    b.line(ws, 0, "2024年市政府民生实事项目7月份进展情况", 6, b.title)
    ws.set_row(1, 48)
    b.line(
        ws,
        1,
        "2024年市政府9项民生实事中，不设年度目标任务、常态化开展的有2项，其余7项中截至7月底已完成2项。"
        "现将各项目进展情况通报如下：",
        6,
    )
    b.header(ws, 2, ["序号", "项目内容", "牵头单位", "7月份进展情况", "完成率", "完成时限", "备注"])
    r, n = 3, 0
    for section, rows in LIVING_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [*row, ""], first=1)
            r += 1
    b.line(ws, r, "注：完成率按年度目标任务计算；常态化开展项目不设年度目标任务。", 6)
    b.line(ws, r + 1, "市民生工程领导小组办公室        2024年7月31日", 6, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 河湖“四乱”问题图斑核查整改台账, after a county 水利局's account of its 河湖“四乱”图斑核查清零 (历史图斑“回头看”和
# 新增图斑排查; 统一标准、分级负责、属地落实; 逐一核实图斑现状、类型及责任主体; 一斑一策, 明确时限与责任人):
# https://www.wuhe.gov.cn/xwzx/bmdt/81368322.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with √ under 是否清零 是/否, 责任河长 and 核查人 beside the
# 整改责任单位, 交办日期 per row (立行立改, 15个工作日内), a 合计 row, 填表说明 and signature lines.
RIVER_ROWS = [
    (
        "TB-2024-017",
        "金堤河",
        "乱堆",
        "金堤河柳屯段左岸堆放建筑垃圾约300立方米",
        "濮阳县柳屯镇人民政府",
        "王建军",
        "2024-06-20",
        "2024.7.10",
        "已清运完毕并复绿，经县河长办复核销号",
        "√",
        "",
        "李强、赵磊",
    ),
    (
        "TB-2024-023",
        "马颊河",
        "乱建",
        "马颊河文留段管理范围内违建养殖棚2处",
        "濮阳县文留镇人民政府",
        "刘志刚",
        "2024-06-20",
        "8月20日前",
        "正在拆除，已拆除1处",
        "",
        "√",
        "李强、赵磊",
    ),
    (
        "TB-2024-031",
        "第三濮清南干渠",
        "乱占",
        "干渠渠堤被占用种植农作物约5亩",
        "濮阳县渠村乡人民政府",
        "陈晓东",
        "2024-07-05",
        "15个工作日内",
        "",
        "",
        "√",
        "孙鹏",
    ),
    (
        "TB-2024-036",
        "潴龙河",
        "乱采",
        "潴龙河庆祖段河道内非法取土形成深坑",
        "濮阳县庆祖镇人民政府",
        "郭建华",
        "2024-07-05",
        "立行立改",
        "已回填平整，现场核查合格",
        "√",
        "",
        "孙鹏",
    ),
    (
        "TB-2024-042",
        "金堤河",
        "乱建",
        "水文监测房旁违建彩钢板房1处",
        "市水务局",
        "张振华",
        "2024-07-05",
        "2024年9月30日",
        "",
        "",
        "",
        "孙鹏",
    ),
    (
        "TB-2024-047",
        "徒骇河",
        "乱堆",
        "徒骇河白堽段岸坡堆放秸秆柴草",
        "濮阳县白堽乡人民政府",
        "马永利",
        "2024-07-12",
        "7月底前",
        "正在清理，已清运约七成",
        "",
        "√",
        "李强、赵磊",
    ),
    (
        "TB-2024-051",
        "顺河沟",
        "乱占",
        "顺河沟海通段河道内设置拦网养鱼",
        "濮阳县海通乡人民政府",
        "杜海峰",
        "2024-07-12",
        "8月15日前",
        "已拆除拦网，经复核清零",
        "√",
        "",
        "孙鹏",
    ),
]


def write_river(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 13
    cells = [
        (0, 0, "2024年度河湖“四乱”问题图斑核查整改台账", t, 0, last),
        (1, 0, "填报单位（盖章）：濮阳县河长制办公室        填报日期：2024年7月29日", plain, 1, last),
    ]
    single = [
        "序号",
        "图斑编号",
        "所在河湖",
        "问题类型",
        "问题描述",
        "整改责任单位",
        "责任河长",
        "交办日期",
        "整改时限",
        "核查情况",
    ]
    for col, word in enumerate(single):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 10, "是否清零", h, 2, 11),
        (3, 10, "是", h),
        (3, 11, "否", h),
        (2, 12, "核查人", h, 3, 12),
        (2, 13, "备注", h, 3, 13),
    ]
    for i, row in enumerate(RIVER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 7, 8, 10, 11) else c))
        cells.append((r, 13, "", c))
    r = 4 + len(RIVER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 4),
        (r, 5, "核查图斑7个，已清零3个", c, r, last),
        (
            r + 1,
            0,
            (
                "填表说明：1.问题类型按乱占、乱采、乱堆、乱建填写；2.是否清零在对应栏内打“√”；"
                "3.整改时限自交办日期起计算，以县河长办交办单为准。"
            ),
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：孙鹏        审核人：李强        联系电话：0393-3221456", plain, r + 2, last),
    ]
    return _write_xls(path, [("图斑台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 工贸企业问题隐患整改落实情况复核表, after a city 安办's 复核 of enterprises' 隐患整改 (组织专家到企业开展隐患整改落实
# 情况复核; 对照问题隐患清单逐一核查, 询问企业整改进度; 涉及问题N项, 整改完毕N项; 未整改完毕的由镇街、行业部门督促企业
# 明确整改责任人, 在规定期限内完成整改):
# https://deyang.scol.com.cn/qx/202411/82650787.html
# A CSV in GBK: title and 复核单位 lines, one header row (the enterprise as 整改责任单位, the 复核专家 beside it, a 复核结论
# column), a 合计 line, a 说明 line and the 复核组长 line.
SAFETY_ROWS = [
    (
        "濮阳市龙丰纸业有限公司",
        "华龙区",
        "造纸车间高温蒸汽管道保温层破损，未设置防烫警示标识",
        "更换保温层，增设警示标识",
        "2024.7.15",
        "王立新、郑海",
        "已整改，复核合格",
    ),
    (
        "濮阳市恒信金属制品有限公司",
        "濮阳县",
        "抛光打磨工序除尘系统未设置锁气卸灰装置",
        "加装锁气卸灰装置",
        "7月底前",
        "王立新、郑海",
        "部分整改，卸灰装置已到货待安装",
    ),
    (
        "清丰县宏达食品有限公司",
        "清丰县",
        "液氨制冷车间氨气泄漏报警装置未与事故排风机联锁",
        "完成报警与排风联锁改造",
        "2024年8月10日",
        "刘红梅、郑海",
        "未整改",
    ),
    (
        "南乐县金源木业有限公司",
        "南乐县",
        "木粉尘除尘器未设置泄爆装置",
        "加装泄爆片",
        "6月30日前完成",
        "刘红梅、张斌",
        "整改完毕，经复核合格予以销号",
    ),
    (
        "濮阳市瑞丰化纤有限公司",
        "濮阳县",
        "有限空间作业未执行先通风、再检测、后作业要求",
        "制定有限空间作业审批制度并组织培训",
        "8月15日前",
        "张斌、王立新",
        "正在整改，作业审批制度已印发，培训尚未开展",
    ),
    (
        "范县鑫源机械制造有限公司",
        "范县",
        "桥式起重机吊钩防脱钩装置缺失",
        "更换防脱钩装置",
        "2024/7/20",
        "张斌、郑海",
        "",
    ),
    (
        "台前县永盛羽绒制品有限公司",
        "台前县",
        "羽绒分拣车间电气线路私拉乱接",
        "规范敷设电气线路",
        "2024年7月25日",
        "刘红梅、王立新",
        "已整改到位，复核合格",
    ),
    (
        "濮阳市金阳铝业有限公司",
        "华龙区",
        "铝镁粉尘湿式除尘器水位监测装置失效",
        "修复水位监测装置并纳入日常点检",
        "9月30日前",
        "王立新、张斌",
        "正在整改",
    ),
]


def write_safety(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["安全生产大检查工贸企业问题隐患整改落实情况复核表"])
    w.writerow(["复核单位：市安全生产委员会办公室        复核时间：2024年7月22日—24日"])
    w.writerow(
        [
            "序号",
            "企业名称（整改责任单位）",
            "所在县区",
            "问题隐患",
            "整改措施",
            "整改期限",
            "复核专家",
            "复核结论",
        ]
    )
    for i, row in enumerate(SAFETY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "复核企业8家，问题隐患8项，整改完毕3项", "", "", "", "", "", ""])
    w.writerow(["说明：未整改完毕的问题隐患，由属地县区和行业主管部门督促企业在规定期限内完成整改。"])
    w.writerow(["复核组长：王立新", "", "", "", "", "填报日期：2024年7月26日", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 巡察“回头看”反馈问题整改进展情况的报告, after a county 纪委's account of a 巡察“回头看”反馈会 at a 镇 (反馈对梅园社区、
# 大港村、官洲村的巡察“回头看”情况; 建立整改台账, 明确整改责任; 全盘认领整改清单, 制定整改方案, 细化整改措施):
# http://www.nllz.gov.cn/html/wenzhang_734864.html
# A .docx: title, addressee and preamble paragraphs, one table (责任领导 beside 责任单位, a schedule text in 整改时限, a
# 销号情况 column), the 镇党委 and date.
PATROL_ROWS = [
    [
        "1",
        "梅园社区集体门面房租金收缴不及时，欠缴租金5.6万元",
        "逐户催缴，签订还款协议",
        "张国强",
        "柳屯镇梅园社区居民委员会",
        "2024年5月31日",
        "已整改，欠缴租金全部收回",
        "已销号",
    ],
    [
        "2",
        "大港村集体机动地发包未经村民代表大会表决",
        "重新履行民主程序，规范发包合同",
        "李红军",
        "柳屯镇大港村村民委员会",
        "4月底前制定方案，6月底前完成整改",
        "已完成，重新召开村民代表会议表决通过",
        "已销号",
    ],
    [
        "3",
        "官洲村扶贫产业大棚闲置，资产收益未落实",
        "盘活闲置大棚，引进经营主体",
        "王志远",
        "柳屯镇官洲村村民委员会",
        "2024年9月30日前",
        "正在推进，已与1家合作社洽谈租赁意向",
        "",
    ],
    [
        "4",
        "大港村村务公开不及时，财务公开栏内容停留在上年",
        "按季度公开村级财务收支",
        "李红军",
        "柳屯镇大港村村民委员会",
        "长期坚持",
        "长期坚持，按季度更新公开内容",
        "",
    ],
    [
        "5",
        "梅园社区小区改造项目未按规定办理竣工结算",
        "委托第三方审计，完成竣工结算",
        "张国强",
        "柳屯镇梅园社区居民委员会",
        "2024年8月底前",
        "基本完成，审计报告初稿已出具",
        "",
    ],
    [
        "6",
        "官洲村低保对象动态管理不到位，2户不符合条件人员未及时退出",
        "开展低保对象全面复核",
        "王志远",
        "柳屯镇官洲村村民委员会",
        "2024.6.30",
        "未启动",
        "",
    ],
    [
        "7",
        "镇村两级对反馈问题督导不够，台账更新滞后",
        "建立整改周调度机制",
        "刘振华",
        "柳屯镇人民政府",
        "12月底前",
        "",
        "",
    ],
]


def write_patrol(path: Path) -> Path:
    doc = _new_document(author="柳屯镇党政办")
    _title(doc, "中共柳屯镇委员会关于县委第二巡察组巡察“回头看”反馈问题整改进展情况的报告", 18)
    _paragraph(doc, "县委巡察办：")
    _paragraph(
        doc,
        "2024年3月23日，县委第二巡察组向我镇反馈了对梅园社区、大港村、官洲村的巡察“回头看”情况。镇党委全盘认领"
        "整改清单，建立整改台账，明确整改责任，逐项推进整改。现将截至2024年7月25日的整改进展报告如下（见附表）。",
    )
    _paragraph(doc, "附表：巡察“回头看”反馈问题整改台账", 14, "黑体")
    _table(
        doc,
        ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改进展", "销号情况"],
        PATROL_ROWS,
        9,
    )
    _paragraph(doc, "中共柳屯镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 创文“走街”督导自查问题整改清单, after a 街道's account of its 创文 self-checks (街道纪工委和创建办牵头联合督导;
# 每周一、周四深入住宅小区及背街巷道; 小片荒、飞线乱挂、乱堆乱放; 记录在册, 反馈至相应社区和部门, 跟踪整改结果;
# 以网格为单位建立巡查整改问题清单, 限期整改):
# http://luoshan.gov.cn/news.php?cid=37&id=16885
# An .ods (LibreOffice conversion): the 街道办事处 named only in the title, a 检查时间/交办日期 line, rows naming the
# 街道's own 科室 and 网格员, 立行立改 and N个工作日内 from the 交办日期, a 复查情况 column, 注 and office.
STREET_ROWS = [
    (
        "幸福路与建设街交叉口",
        "绿化带内小片荒杂草丛生",
        "城建办",
        "李娜",
        "立行立改",
        "已清除杂草并补植",
        "复查合格",
    ),
    (
        "安居小区3号楼",
        "楼道飞线乱挂充电，存在火灾隐患",
        "综治办",
        "王磊",
        "3个工作日内",
        "正在协调物业安装集中充电桩",
        "",
    ),
    (
        "胜利路背街小巷",
        "沿街商户乱堆乱放杂物占用人行道",
        "城管中队",
        "赵刚",
        "2024年7月26日前",
        "已整改",
        "复查合格",
    ),
    ("农贸市场东侧", "公益广告牌破损褪色", "宣传办", "刘洋", "8月10日前", "未整改", ""),
    ("新华里社区游园", "健身器材损坏未及时维修", "社会事务办", "陈静", "7月31日前", "", ""),
    (
        "振兴路沿线",
        "门店卷帘门“牛皮癣”小广告反复出现",
        "城管中队",
        "赵刚",
        "长期坚持",
        "常态化推进，每周两次集中清理",
        "",
    ),
    ("人和小学周边", "上下学时段机动车乱停乱放", "综治办", "王磊", "5个工作日内", "已移交交警部门处理", ""),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="街道创建办")
    ws = b.sheet("第7期")
    b.widths(ws, [6, 20, 34, 12, 10, 16, 30, 12])
    b.line(ws, 0, "华龙区人和街道办事处创文工作“走街”督导自查问题整改清单（第7期）", 7, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月18日（周四）    交办日期：2024年7月19日    检查组：街道纪工委、街道创建办",
        7,
    )
    b.header(
        ws, 2, ["序号", "检查点位", "存在问题", "责任科室", "网格员", "整改时限", "整改情况", "复查情况"]
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(STREET_ROWS)
    b.line(ws, r, "注：整改时限自交办之日起计算；整改完成后由街道创建办组织复查。", 7)
    b.line(ws, r + 1, "街道创建办        2024年7月19日", 7, b.right)
    return b.close()


def write_street(path: Path) -> Path:
    via_soffice(write_street_book, path, "ods", "创文自查问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 代表建议办理情况一览表, after a 镇人大's account of how it follows up 代表建议 (梳理、选出重点建议交办; 办理前、办理中、
# 办结后与代表“三次见面”; 代表和群众“两个满意”; 孙恒代表提出修建生产路的建议, 列入高标准农田建设计划, 现已开工建设):
# http://www.hbdjrd.gov.cn/content/detail/572ab2aa2c48cb0fc312ecea.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with √ under the 三次见面 columns, 领衔代表 and
# 代表团 beside the 承办单位 (former names after reform), a 注 and 填表人 line.
NPC_ROWS = [
    (
        "第019号",
        "关于修建刘庄湖片区田间生产路的建议",
        "孙恒",
        "清丰县代表团",
        "市农委",
        "2024年6月30日",
        "√",
        "√",
        "√",
        "已列入高标准农田建设计划，生产路已建成通车，已办结",
        "满意",
    ),
    (
        "第027号",
        "关于改造国道106线城区段积水路段的建议",
        "周丽",
        "华龙区代表团",
        "市交通局",
        "9月30日前",
        "√",
        "√",
        "",
        "现已开工建设，完成排水管铺设约40%",
        "",
    ),
    (
        "第034号",
        "关于加快农村宅基地确权登记颁证的建议",
        "马振国",
        "濮阳县代表团",
        "市国土局",
        "2024.8.31",
        "√",
        "",
        "",
        "正在办理",
        "",
    ),
    (
        "第041号",
        "关于加强第三濮清南干渠灌溉期水量调度的建议",
        "韩玉霞",
        "南乐县代表团",
        "市水务局",
        "7月31日前",
        "√",
        "√",
        "√",
        "已答复，已制定灌溉期水量调度方案",
        "基本满意",
    ),
    (
        "第052号",
        "关于增加农村中小学心理健康教师配备的建议",
        "李秀兰",
        "范县代表团",
        "市教育局",
        "年底前",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "第058号",
        "关于解决产业集聚区企业双回路供电的建议",
        "杜建新",
        "台前县代表团",
        "市供电公司",
        "8月15日前",
        "",
        "",
        "",
        "未启动",
        "",
    ),
    (
        "第063号",
        "关于完善残疾人托养服务补贴政策的建议",
        "高明",
        "华龙区代表团",
        "市残联",
        "2024年7月20日",
        "√",
        "√",
        "√",
        "已办结，托养服务补贴标准已提高",
        "满意",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="市人大选联工委")
    ws = b.sheet("建议办理")
    b.widths(ws, [6, 10, 36, 10, 14, 14, 16, 8, 8, 8, 34, 10])
    b.line(ws, 0, "市十届人大三次会议代表建议办理情况一览表", 11, b.title)
    b.line(ws, 1, "填报单位：市人大常委会选举任免联络工作委员会        截至日期：2024年7月30日", 11)
    for c, word in enumerate(
        ["序号", "建议编号", "建议题目", "领衔代表", "所在代表团", "承办单位", "办结时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "“三次见面”情况", b.head)
    b.header(ws, 3, ["办理前", "办理中", "办结后"], first=7)
    b.merge(ws, 2, 10, 3, 10, "办理结果", b.head)
    b.merge(ws, 2, 11, 3, 11, "代表评价", b.head)
    for i, row in enumerate(NPC_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.row(ws, r, list(row[6:9]), first=7, fmt=b.center)
        b.row(ws, r, list(row[9:]), first=10)
    r = 4 + len(NPC_ROWS)
    b.line(ws, r, "注：“三次见面”指办理前、办理中、办结后与代表见面，已见面的在对应栏内打“√”。", 11)
    b.line(ws, r + 1, "填表人：吴敏        联系电话：0393-8992217", 11)
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "代表建议办理情况一览表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 信访积案包案化解台账 from two 乡镇, after a 乡's account of its 领导干部包案制 (掌握分包案件的进度和上访人员动向, 每周报
# 摸底排查情况; 领导接访; “一包到底”, 每件案件及时有效化解; 一对一、多帮一帮扶; 排查化解各类纠纷N起, 案结事了):
# https://www.shenqiu.gov.cn/detail_1464.html
# A .zip of two returns: an .xlsx whose rows name only the 乡's own 科室 (the 乡 in the 填报单位 line), and an .xls (xlwt)
# naming 市直部门 and the 镇 itself; 包案领导 beside the unit, 是否息访 / 是否化解 columns, signature lines.
PETITION_A = [
    (
        "李某某",
        "反映承包地被邻村占用多年未解决",
        "乡长 刘伟",
        "综治中心",
        "2024年6月30日前",
        "组织双方现场勘界调解",
        "已化解，双方签订调解协议，信访人签订息诉罢访承诺书",
        "是",
    ),
    (
        "王某某",
        "反映危房改造补助资金未足额发放",
        "副乡长 陈刚",
        "村镇建设办",
        "8月底前",
        "核查补助资金拨付情况",
        "正在核查，已调取拨付凭证",
        "否",
    ),
    (
        "张某某",
        "反映土地流转费被拖欠两年",
        "乡党委副书记 赵敏",
        "农业服务中心",
        "2024.7.25",
        "约谈流转企业，督促支付",
        "",
        "否",
    ),
    (
        "刘某某",
        "要求为其父重新评定残疾等级并享受相应待遇",
        "乡人大主席 孙建",
        "民政所",
        "长期坚持",
        "落实稳控和帮扶措施",
        "长期坚持，每月走访一次",
        "",
    ),
]
PETITION_B = [
    (
        "赵某某",
        "反映在外务工被拖欠工资4.2万元",
        "镇长 郝建军",
        "市人社局",
        "2024年7月15日",
        "已协调用工单位全额支付欠薪，信访人息访",
        "是",
    ),
    (
        "钱某某",
        "反映购买的安置房多年无法办理不动产权证",
        "副镇长 魏强",
        "市住建局",
        "9月底前",
        "正在协调开发企业补缴相关税费",
        "否",
    ),
    (
        "孙某某",
        "反映宅基地界址纠纷多次调解未果",
        "镇党委副书记 冯丽",
        "南乐县韩张镇人民政府",
        "8月15日前",
        "",
        "",
    ),
    (
        "周某某",
        "反映其子学籍信息登记错误影响升学",
        "镇党委委员 蒋伟",
        "市教育局",
        "2024.6.30",
        "未化解",
        "否",
    ),
]


def write_petition_a(path: Path) -> Path:
    b = Book(path, author="六塔乡综治中心")
    ws = b.sheet("包案台账")
    b.widths(ws, [6, 10, 32, 18, 14, 16, 24, 36, 10])
    b.line(ws, 0, "信访积案领导包案化解台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县六塔乡人民政府        填报日期：2024年7月28日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "信访人",
            "信访事项",
            "包案领导",
            "责任科室",
            "化解时限",
            "化解措施",
            "化解进展",
            "是否息访",
        ],
    )
    for i, row in enumerate(PETITION_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(PETITION_A)
    b.line(ws, r, "填表人：周亮        审核人：刘伟        联系电话：0393-7221035", 8)
    return b.close()


def write_petition_b(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "韩张镇信访积案化解工作台账", t, 0, 7),
        (1, 0, "填报单位：南乐县韩张镇人民政府（盖章）        2024年7月29日", plain, 1, 7),
    ]
    for col, word in enumerate(
        ["序号", "信访人", "反映问题", "包案领导", "责任单位", "办结时限", "化解情况", "是否化解"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(PETITION_B, 1):
        cells.append((2 + i, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((2 + i, col, v, ctr if col in (1, 5, 7) else c))
    r = 3 + len(PETITION_B)
    cells.append((r, 0, "说明：是否化解栏填“是”或“否”；化解情况每周更新一次。", plain, r, 7))
    return _write_xls(path, [("Sheet1", cells)])


def write_petition(path: Path) -> Path:
    members = [
        ("信访积案包案化解台账（六塔乡）.xlsx", write_petition_a),
        ("信访积案包案化解台账（韩张镇）.xls", write_petition_b),
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
# 9. 12345热线工单办理情况导出, after a 镇's account of how it runs the 市长热线 (专职人员负责工单接收、登记、转办; 1小时内
# 初步核实、2小时内联系民众; 受理—转办—督办—办结; 平均办结时长4至5天; 办结工单100%电话回访, 询问满意度):
# http://ah.movesh.com/p.asp?h=news%2F2026%2F0310%2F339487.shtml
# A tab-separated text in UTF-16: a title line, one header row (受理时间 and 办理时限 in working days, 诉求人 beside the
# 承办单位, 联系群众时间 and 办结时间 as events, 回访结果), an 导出 line.
HOTLINE_ROWS = [
    (
        "HX20240722001",
        "2024-07-22 09:14",
        "张女士",
        "138****2261",
        "投诉",
        "胜利路与京开大道交叉口路灯连续三晚不亮",
        "市城管局",
        "5个工作日",
        "2024-07-22 10:02",
        "已办结",
        "2024-07-24 16:30",
        "满意",
    ),
    (
        "HX20240723014",
        "2024-07-23 15:40",
        "王先生",
        "139****0187",
        "求助",
        "绿城小区二期连续两天停水且无停水通知",
        "市自来水公司",
        "1个工作日",
        "2024-07-23 16:15",
        "已反馈",
        "2024-07-24 11:05",
        "基本满意",
    ),
    (
        "HX20240723027",
        "2024-07-23 17:22",
        "李先生",
        "135****6610",
        "投诉",
        "建业壹号城邦小区物业擅自提高停车费",
        "市住建局",
        "10个工作日",
        "2024-07-23 18:05",
        "办理中",
        "",
        "",
    ),
    (
        "HX20240724008",
        "2024-07-24 08:51",
        "赵女士",
        "—",
        "举报",
        "开州路一烧烤店夜间占道经营、油烟扰民",
        "华龙区胜利路街道办事处",
        "5个工作日",
        "2024-07-24 09:30",
        "未办理",
        "",
        "",
    ),
    (
        "HX20240725019",
        "2024-07-25 10:26",
        "刘先生",
        "186****3302",
        "咨询",
        "咨询灵活就业人员参加职工医保的缴费标准",
        "市医保局",
        "3个工作日",
        "2024-07-25 10:40",
        "已办结",
        "2024-07-25 15:12",
        "满意",
    ),
    (
        "HX20240726033",
        "2024-07-26 19:48",
        "陈女士",
        "137****9045",
        "求助",
        "中原路天然气管道附近有明显燃气异味",
        "市燃气公司",
        "1个工作日",
        "2024-07-26 20:05",
        "已办结",
        "2024-07-26 21:10",
        "满意",
    ),
    (
        "HX20240727005",
        "2024-07-27 09:03",
        "周先生",
        "155****7718",
        "建议",
        "建议增开市区至濮阳东站的夜间公交班次",
        "市公交公司",
        "15个工作日",
        "",
        "",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    header = [
        "工单编号",
        "受理时间",
        "诉求人",
        "联系电话",
        "诉求类型",
        "诉求内容",
        "承办单位",
        "办理时限",
        "联系群众时间",
        "办理状态",
        "办结时间",
        "回访结果",
    ]
    lines = ["市12345政务服务便民热线工单办理情况（2024年7月22日—7月28日）", "\t".join(header)]
    lines += ["\t".join(row) for row in HOTLINE_ROWS]
    lines.append("导出时间：2024-07-29 08:30\t共7条")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 优化营商环境服务承诺事项落实情况, after a city's 优化营商环境“五心”服务承诺清单 (分“投资顺心”等部分, 每条承诺编号
# 书写, 句末〔责任单位：…，完成时限：…〕):
# https://lanwact.com/post/61885.html
# A .doc (Word 97 via LibreOffice): title, date line, preamble, three 一、二、三 headings, each 承诺事项 a numbered
# paragraph ending in 〔牵头单位：…；配合单位：…，完成时限：…〕 and followed by a 落实情况 paragraph (one has none).
BIZ_SECTIONS = [
    (
        "一、打造精准管用的政策环境，保障“投资顺心”",
        [
            (
                (
                    "涉企政策出台前公开征求经营主体意见。研究制定对企业生产经营有重大影响的政策，"
                    "起草部门通过政府网站、座谈会等形式充分听取企业意见。"
                ),
                "市发展改革委",
                "市司法局、各有关部门",
                "2024年6月底前",
                "已完成。已建立涉企政策征求意见目录，上半年就12件涉企政策征求企业意见。",
            ),
            (
                "惠企政策“免申即享”清单动态更新，符合条件的企业无需申报直接享受。",
                "市工信局",
                "市财政局、市税务局",
                "第三季度",
                "正在推进。已梳理免申即享政策事项23项，与兑付平台的对接正在调试。",
            ),
        ],
    ),
    (
        "二、打造高效便捷的政务环境，保障“办事省心”",
        [
            (
                "企业开办实现“一网通办、一窗领取”，营业执照、印章、发票和社保登记一次办结。",
                "市市场监管局",
                "市公安局、市税务局、市人社局",
                "长期坚持",
                "长期坚持，常态化推进，7月份办理企业开办业务1126件。",
            ),
            (
                "不动产登记与水电气过户联动办理，群众办理房屋过户时一并办理水电气过户。",
                "市不动产登记中心",
                "市自来水公司、市燃气公司、市供电公司",
                "8月底前出台联办工作方案，11月底前在全市推开",
                "正在推进，联办工作方案已起草。",
            ),
            (
                "各级政务服务中心设立“办不成事”反映窗口，兜底解决企业群众办事难题。",
                "市政务服务中心",
                "各县区人民政府",
                "上半年",
                "已完成，市县两级政务服务中心均已设立并运行。",
            ),
        ],
    ),
    (
        "三、打造公平有序的要素环境，保障“经营安心”",
        [
            (
                "拓展“非接触式”办税缴费服务，提高网上办税业务占比。",
                "市税务局",
                "市财政局",
                "2024年12月底前",
                None,
            ),
            (
                "工程建设项目招标投标全流程电子化，实现不见面开标。",
                "市公共资源交易中心",
                "市住建局、市交通运输局、市水利局",
                "9月底前",
                "尚未启动。",
            ),
            (
                "开展清理拖欠中小企业账款专项行动，做到应清尽清。",
                "市财政局",
                "市工信局、各县区人民政府",
                "年底前",
                "正在推进，已清偿拖欠账款1.3亿元，剩余部分正在协调资金。",
            ),
        ],
    ),
]


def write_biz_docx(path: Path) -> Path:
    doc = _new_document(author="市营商办")
    _title(doc, "2024年优化营商环境服务承诺事项落实情况")
    _paragraph(doc, "（截至2024年7月31日）", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "现将《濮阳市优化营商环境服务承诺清单（2024年版）》各项承诺事项的落实情况汇总如下。",
    )
    n = 0
    for heading, items in BIZ_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text, lead, helpers, when, status in items:
            n += 1
            _paragraph(doc, f"{n}. {text}〔牵头单位：{lead}；配合单位：{helpers}，完成时限：{when}〕")
            if status is not None:
                _paragraph(doc, f"落实情况：{status}")
    _paragraph(doc, "市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_docx, path, "doc", "优化营商环境服务承诺事项落实情况.docx")


FILES = [
    ("市政协十届三次会议提案办理情况统计表.xlsx", write_cppcc),
    ("2024年市政府民生实事项目7月份进展情况.xlsx", write_living),
    ("河湖四乱问题图斑核查整改台账.xls", write_river),
    ("工贸企业问题隐患整改落实情况复核表.csv", write_safety),
    ("柳屯镇巡察回头看反馈问题整改进展情况报告.docx", write_patrol),
    ("创文走街督导自查问题整改清单（第7期）.ods", write_street),
    ("市十届人大三次会议代表建议办理情况一览表.et", write_npc),
    ("信访积案包案化解台账（两个乡镇）.zip", write_petition),
    ("12345热线工单办理情况（7月22日—7月28日）.tsv", write_hotline),
    ("2024年优化营商环境服务承诺事项落实情况.doc", write_biz),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

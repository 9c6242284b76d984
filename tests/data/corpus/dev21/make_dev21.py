"""Write the dev21 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a .docx with a
table, a .doc with the items as numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx).
Campaigns: 人大代表建议办理, 河湖长制, 城市管理, 消防安全检查, 政务服务“好差评”, 物业, 交通运输.
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev21.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 代表建议办理情况一览表, after a county-level city's account of how the suggestions of its 人大 session were
# handled (城建、交通、公路方面 / 工业环保方面 / 科教文卫方面 …; 已经解决或基本解决的 甲类, 正在解决以及列入计划逐步解决的
# 乙类, 因受上级政策限制或客观条件制约暂时不能解决的 丙类):
# http://www.qinyang.gov.cn/2023/11-23/2902344.html
# An .xlsx: title, 填报单位 line, a two-row header (承办单位 over 主办/协办, 办理结果 over 类别/办理情况) with the
# 领衔代表 beside the units, section rows by field, a 合计 row, the 说明 of the 甲乙丙 classes and a signature line.
SUGG_SECTIONS = [
    (
        "一、城建、交通、公路方面（3件）",
        [
            (
                "901",
                "关于尽快修复人民路与长庆路交叉口破损路面的建议",
                "王建华",
                "市交通局",
                "市城管局",
                "甲类",
                "已解决。破损路面修复工程已于6月20日完工，经代表现场查看表示满意。",
                "2024年6月30日前",
            ),
            (
                "902",
                "关于在老城区增设公共停车泊位的建议",
                "李秀梅",
                "市城市管理局",
                "市公安局交通管理支队",
                "乙类",
                "正在解决。已完成选址3处，预计新增泊位260个。",
                "2024年9月底前",
            ),
            (
                "903",
                "关于加快推进老旧小区二次供水设施改造的建议",
                "马晓东",
                "市建委",
                "市自来水公司",
                "",
                "",
                "2024年11月30日前",
            ),
        ],
    ),
    (
        "二、工业环保方面（1件）",
        [
            (
                "915",
                "关于加强工业园区企业夜间废气偷排监管的建议",
                "赵立新",
                "市环保局",
                "",
                "乙类",
                "已安装在线监控设备12套，夜间巡查机制正在完善。",
                "2024年12月底前",
            ),
        ],
    ),
    (
        "三、科教文卫方面（1件）",
        [
            (
                "922",
                "关于解决城东片区中小学大班额问题的建议",
                "孙丽",
                "市教育局",
                "市规划局",
                "乙类",
                "列入计划逐步解决。新建城东小学已完成立项，正在开展前期工作。",
                "2023-2025年",
            ),
        ],
    ),
    (
        "四、农业农村方面（1件）",
        [
            (
                "931",
                "关于提高高标准农田建设亩均补助标准的建议",
                "周国强",
                "市农委",
                "市财政局",
                "丙类",
                "因受上级政策限制，目前暂时不能解决，已书面答复代表并作出解释。",
                "2024年6月30日",
            ),
        ],
    ),
    (
        "五、人社方面（1件）",
        [
            (
                "940",
                "关于规范建筑工地农民工工资专户管理的建议",
                "陈红",
                "市劳动局",
                "市建委",
                "甲类",
                "已解决。已出台工资专户管理办法，全市在建项目专户开设率达100%。",
                "2024年7月15日",
            ),
        ],
    ),
]


def write_sugg(path: Path) -> Path:
    b = Book(path, author="建议提案科")
    ws = b.sheet("办理情况")
    last = 8
    b.widths(ws, [6, 9, 34, 10, 16, 16, 8, 36, 16])
    b.line(ws, 0, "市九届人大四次会议代表建议办理情况一览表", last, b.title)
    b.line(ws, 1, "填报单位：市人民政府办公室（建议提案科）        统计截至：2024年7月31日", last)
    for c, word in [(0, "序号"), (1, "建议编号"), (2, "建议题目"), (3, "领衔代表"), (8, "承诺完成时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "承办单位", b.head)
    b.merge(ws, 2, 6, 2, 7, "办理结果", b.head)
    b.header(ws, 3, ["主办单位", "协办单位", "类别", "办理情况"], first=4)
    r, n = 4, 0
    for heading, rows in SUGG_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, last, "共7件，其中甲类2件、乙类3件、丙类1件，尚未分类1件", b.cell)
    b.line(
        ws,
        r + 1,
        "说明：甲类为已经解决或基本解决的；乙类为正在解决以及列入计划逐步解决的；丙类为因受上级政策限制或"
        "客观条件制约，目前暂时不能解决的。",
        last,
    )
    b.line(ws, r + 2, "填表人：刘芳    审核人：张建军    联系电话：0393-8991234", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 代表建议对接表, after a city 人大's note on making the handling of suggestions count (建议交办会前做实做细;
# 通过表格的形式一一对接提出代表、建议内容、承办部门、责任人、联系人、办理时限; 专项督办):
# https://www.jxsrrd.gov.cn/web/article/4819.html
# A .docx: title, a preamble naming the 交办 date the 3-month time limit runs from, one table in the source's column
# order (提出代表 before 承办部门, then the 责任人 and 联系人 persons), the committee and the date.
LIAISON_ROWS = [
    (
        "张红梅等5名代表",
        "对中原路沿线破损人行道砖进行翻修",
        "市住房和城乡建设局",
        "刘强（副局长）",
        "王磊 0393-8160011",
        "交办之日起3个月内",
        "已全部翻修完毕，代表现场查看后表示满意。",
    ),
    (
        "孙志刚代表",
        "在市第二人民医院周边增设公交站点",
        "市公交公司",
        "高建新（副经理）",
        "李娜 0393-8160012",
        "2024年8月31日前",
        "已完成线路调整方案，正在征求沿线居民意见。",
    ),
    (
        "周敏代表",
        "加强农贸市场周边占道经营治理",
        "市城管执法局",
        "杨帆（副局长）",
        "许昌 0393-8160013",
        "长期坚持",
        "常态化开展早晚高峰巡查管控。",
    ),
    (
        "吴海涛等3名代表",
        "解决金堤河沿岸村庄生活污水直排问题",
        "市生态环境局",
        "何卫东（副局长）",
        "贾伟 0393-8160014",
        "8月底前完成管网设计，11月底前全部完工",
        "正在协调资金，已完成2个村的管网设计。",
    ),
    (
        "郑丽代表",
        "为老旧小区加装电梯提供财政补贴",
        "市财政局",
        "曹军（副局长）",
        "黄蕾 0393-8160015",
        "交办之日起3个月内",
        "已答复代表，补贴办法已于7月1日印发实施。",
    ),
    (
        "冯建国代表",
        "规范城区共享电动自行车停放秩序",
        "市交警支队",
        "罗斌（副支队长）",
        "董航 0393-8160016",
        "2024年9月30日",
        "",
    ),
    (
        "陈晓燕代表",
        "增加城区公共厕所夜间开放数量",
        "市城市管理局",
        "杨帆（副局长）",
        "许昌 0393-8160013",
        "2024年6月底前",
        "未启动。",
    ),
]


def write_liaison(path: Path) -> Path:
    doc = _new_document("选联工委")
    _title(doc, "市人大常委会重点督办代表建议对接表")
    _paragraph(
        doc,
        "根据市人大常委会主任会议确定的重点督办建议，现将提出代表、建议内容、承办部门、责任人、联系人、办理时限"
        "逐一对接如下。建议于2024年4月15日交办，“交办之日起3个月内”的时限自该日起计算。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(LIAISON_ROWS, 1)]
    _table(
        doc,
        ["序号", "提出代表", "建议内容", "承办部门", "责任人", "联系人", "办理时限", "办理进展"],
        body,
    )
    _paragraph(doc, "市人大常委会选举任免联络工作委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 河湖“清四乱”专项督查发现问题交办整改清单, after a county 水利局's account of its 督查 of the 镇(街道) (河湖“四乱”
# 问题、涉河在建工程; 发现一处、交办一处、整治一处、销号一处; 交办相关镇(办)，要求某日前全面完成整改; 回头看):
# http://sl.hanzhong.gov.cn/hzslj/xqdt/202301/9a9bacb9a6ab40219946e20923fc9cc9.shtml
# An .xls (xlwt): title naming the county, 督查时间 and 交办日期 line, one header row with the town responsible, a
# 合计 row, a 注 line and the office's signature line.
RIVER_ROWS = [
    (
        "城关镇",
        "金堤河",
        "乱堆",
        "金堤河左岸堤脚堆放建筑垃圾约300立方米",
        "清运垃圾，恢复岸坡原貌",
        "2024年7月31日前",
        "已清运完毕，经县河长办复核销号。",
    ),
    (
        "柳屯镇",
        "潴龙河",
        "乱建",
        "潴龙河右岸管理范围内违建养殖棚2处",
        "依法拆除",
        "8月20日前",
        "已下达拆除通知，正在做当事人工作。",
    ),
    (
        "文留镇",
        "马颊河",
        "乱占",
        "马颊河滩地种植高秆作物阻碍行洪",
        "清除高秆作物",
        "立行立改",
        "已清除。",
    ),
    (
        "梨园乡",
        "第三濮清南干渠",
        "乱采",
        "干渠内非法取土形成深坑",
        "回填深坑，查处违法行为",
        "2024年8月31日",
        "未整改",
    ),
    (
        "开州街道",
        "濮水河",
        "乱堆",
        "开州路桥下堆放生活垃圾和杂物",
        "清理垃圾杂物",
        "2024年7月20日",
        "已清理完毕。",
    ),
    (
        "庆祖镇",
        "金堤河",
        "乱建",
        "堤顶违规搭建彩钢板房1处",
        "拆除违建",
        "2024年8月20日前",
        "",
    ),
    (
        "子岸镇",
        "马颊河",
        "其他",
        "子岸段河面漂浮物较多，日常保洁不到位",
        "落实专职保洁员，加强日常保洁",
        "长期坚持",
        "已落实专职保洁员2名，常态化保洁。",
    ),
]


def write_river(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县河湖“清四乱”专项督查发现问题交办整改清单", t, 0, 7),
        (1, 0, "督查时间：2024年7月1日至7月5日    交办日期：2024年7月8日", plain, 1, 7),
    ]
    words = [
        "序号",
        "责任乡镇（街道）",
        "河流（渠道）名称",
        "问题类型",
        "问题描述",
        "整改要求",
        "整改时限",
        "整改情况",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(RIVER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, ctr if col in (1, 3) else c) for col, v in enumerate(row, 1)]
    r = 3 + len(RIVER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "交办问题7个，已整改销号1个", c, r, 7),
        (
            r + 1,
            0,
            "注：整改完成后，请将整改前后对比照片报县河长办，经复核后销号；逾期未完成的，纳入河长制年度考核。",
            plain,
            r + 1,
            7,
        ),
        (r + 2, 0, "濮阳县河长制办公室（章）    填报人：郭涛    2024年7月31日", plain, r + 2, 7),
    ]
    return _write_xls(path, [("交办清单", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 河库管护暗访督查问题整改销号台账, after a city 河长办's 暗访 of its rivers and reservoirs (“四不两直”, 无人机巡河;
# 乱堆、乱建、污水直排; 暗访问题通报交办, 督导各级河长牵头整改, 限期整改销号; 原文 slt.henan.gov.cn):
# http://zixun.sw-sp.org.cn/show-20013.html
# An .ods (LibreOffice conversion): title, 通报交办日期 line, one header row with the 县级河长 (a person) beside the
# county responsible, 整改时限 in days from the 交办 date, a 销号情况 column; a 注 and the office at the foot.
PATROL_ROWS = [
    (
        "清丰县",
        "马颊河",
        "李明（副县长）",
        "马颊河清丰段右岸倾倒生活垃圾约50立方米",
        "15日内",
        "已清理完毕",
        "已销号",
    ),
    (
        "南乐县",
        "卫河",
        "王海峰（副县长）",
        "卫河南乐段岸坡违规种植蔬菜约3亩",
        "15日内",
        "正在清除",
        "未销号",
    ),
    (
        "范县",
        "金堤河",
        "刘振（副县长）",
        "金堤河范县段雨水排口晴天有污水排出",
        "30日内",
        "已临时封堵排口，正在排查污水来源",
        "未销号",
    ),
    (
        "台前县",
        "金堤河",
        "张卫国（县委常委）",
        "金堤河台前段河道内废弃渔网未清理",
        "15日内",
        "已清理",
        "复核合格，已销号",
    ),
    (
        "华龙区",
        "濮水河",
        "陈杰（副区长）",
        "濮水河华龙段河岸垃圾未及时清运",
        "15日内",
        "",
        "",
    ),
    (
        "濮阳县",
        "第三濮清南干渠",
        "赵光明（副县长）",
        "干渠濮阳县段存在非法采砂痕迹",
        "2024年8月31日前",
        "未整改",
        "未销号",
    ),
    (
        "清丰县",
        "潴龙河",
        "李明（副县长）",
        "潴龙河清丰段管理范围内新建厂房未办理涉河审批",
        "60日内",
        "已立案调查，正在补办涉河建设方案审批",
        "未销号",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="市河长办")
    ws = b.sheet("暗访问题")
    b.widths(ws, [6, 12, 16, 18, 40, 16, 30, 18])
    b.line(ws, 0, "2024年第二轮河库管护暗访督查问题整改销号台账", 7, b.title)
    b.line(ws, 1, "通报交办日期：2024年7月10日    整改时限自通报交办之日起计算", 7)
    b.header(
        ws,
        2,
        ["序号", "责任县（区）", "河库名称", "县级河长", "暗访发现问题", "整改时限", "整改进展", "销号情况"],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_ROWS)
    b.line(ws, end, "注：整改完成后由县级河长办复核，报市河长办销号；未按期完成的，在全市通报。", 7)
    b.line(ws, end + 1, "濮阳市河长制办公室    2024年7月31日", 7, b.right)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "河库管护暗访督查问题整改销号台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 文明城市创建督查问题整改销号表, after a county 城管大队's account of working off the 文明县城督查整改问题清单
# (9个中队; 占道经营、人行道乱停乱放、户外广告设施破损; 引导入市经营, 割横幅; 逐一整改销号):
# http://wap.clxww.com/content/2020/06/10/7693343.html
# A CSV in GBK: a title line naming the sending unit by its former name, one header line whose rows name only the
# unit's own 中队, a 是否销号 column, a 合计 line and a 填表人 line.
CITY_ROWS = [
    (
        "占道经营",
        "人民路与长庆路口",
        "水果摊点占道经营，影响行人通行",
        "一中队",
        "6月30日前",
        "已引导入市经营",
        "是",
    ),
    (
        "乱停乱放",
        "华龙路步行街",
        "人行道电动车乱停乱放",
        "二中队",
        "7月15日前",
        "已施划停车框，正在引导规范停放",
        "否",
    ),
    ("户外广告", "胜利路中段", "沿街户外广告牌破损松动", "三中队", "7月31日前", "已拆除破损广告牌4块", "是"),
    ("占道经营", "京开大道夜市", "夜市摊点占用人行道经营", "四中队", "长期坚持", "常态化巡查管控", ""),
    ("乱拉横幅", "开州路", "沿街商户私拉横幅", "五中队", "7月10日前", "已割除横幅12条", "是"),
    ("暴露垃圾", "建设路农贸市场", "市场周边垃圾清运不及时", "六中队", "8月15日前", "", ""),
    ("店外经营", "黄河路", "汽修店占道修车", "七中队", "7月20日前", "未整改", "否"),
]


def write_city(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年市城管执法局文明城市创建督查问题整改销号表"])
    w.writerow(["序号", "问题类别", "点位", "存在问题", "责任中队", "整改时限", "整改情况", "是否销号"])
    for i, row in enumerate(CITY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共7个问题，已销号3个", "", "", "", ""])
    w.writerow(["填表人：韩冰    联系电话：0393-4412345    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 消防安全检查火灾隐患整改台账, after an account of what a 消防安全检查台账 holds (单位基本信息（名称、地址、联系人）、
# 排查人员与时间、隐患描述（位置、原因、等级）、整改措施与责任人、复查结果; Excel模板; 复查节点):
# https://www.fudaoke.com/exam/3224420.html
# An .xlsx: title, 检查单位 line, a two-row header grouping 排查 (检查人/检查时间), 隐患描述 (位置/隐患内容/等级) and
# 复查结果 (已整改/未整改, ticked with √), dotted text dates, a 填表说明 and the signature line.
FIRE_ROWS = [
    (
        "濮阳市华联商厦有限公司",
        "人民路88号",
        "王海",
        "李明、赵强",
        date(2024, 7, 8),
        "三楼北侧",
        "安全出口被货物堵塞",
        "一般",
        "清理货物，保持安全出口畅通",
        "王海",
        "2024.7.10",
        "√",
        "",
        "",
    ),
    (
        "濮阳金都大酒店有限公司",
        "开州路156号",
        "刘文",
        "李明、赵强",
        date(2024, 7, 8),
        "一楼后厨",
        "灶台未安装厨房自动灭火装置",
        "较大",
        "安装厨房设备自动灭火装置",
        "刘文",
        "2024.8.31",
        "",
        "",
        "设备已订购，正在安装",
    ),
    (
        "华龙区龙城网咖",
        "黄河路32号",
        "周涛",
        "孙亮、郭鹏",
        date(2024, 7, 9),
        "营业大厅",
        "部分灭火器压力不足",
        "一般",
        "更换失效灭火器",
        "周涛",
        "2024.7.12",
        "√",
        "",
        "",
    ),
    (
        "濮阳恒信物业服务有限公司",
        "锦绣花园小区",
        "蔡勇",
        "孙亮、郭鹏",
        date(2024, 7, 10),
        "小区东门",
        "消防车通道被私家车占用",
        "一般",
        "施划禁停标线，清理占道车辆",
        "蔡勇",
        "7月底前",
        "",
        "√",
        "",
    ),
    (
        "濮阳市华龙区第三幼儿园",
        "建设路19号",
        "田静",
        "李明、赵强",
        date(2024, 7, 11),
        "教学楼一楼走廊",
        "应急照明灯损坏未修复",
        "一般",
        "更换应急照明灯",
        "田静",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "濮阳市中原商贸城有限公司",
        "中原路201号",
        "潘军",
        "孙亮、郭鹏",
        date(2024, 7, 15),
        "二楼楼道",
        "电动自行车在楼道内停放充电",
        "较大",
        "设置电动自行车集中充电区",
        "潘军",
        "2024.8.15",
        "",
        "",
        "",
    ),
    (
        "濮阳宏达纺织有限公司",
        "濮上路工业园8号",
        "邱红",
        "李明、赵强",
        date(2024, 7, 16),
        "原料仓库",
        "仓库内电气线路私拉乱接",
        "较大",
        "按规范重新敷设电气线路",
        "邱红",
        "2024.8.10",
        "",
        "√",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("隐患整改台账")
    last = 14
    b.widths(ws, [6, 26, 16, 8, 12, 12, 14, 28, 6, 26, 8, 12, 8, 8, 20])
    b.line(ws, 0, "2024年夏季消防安全检查火灾隐患整改台账", last, b.title)
    b.line(ws, 1, "检查单位：濮阳市消防救援支队华龙区大队    统计时间：2024年7月31日", last)
    for c, word in [(0, "序号"), (1, "单位名称"), (2, "地址"), (3, "联系人")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "排查", b.head)
    b.merge(ws, 2, 6, 2, 8, "隐患描述", b.head)
    for c, word in [(9, "整改措施"), (10, "整改责任人"), (11, "整改期限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 12, 2, 13, "复查结果", b.head)
    b.merge(ws, 2, 14, 3, 14, "备注", b.head)
    b.header(ws, 3, ["检查人", "检查时间", "位置", "隐患内容", "等级"], first=4)
    b.header(ws, 3, ["已整改", "未整改"], first=12)
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        for c in (8, 11, 12, 13):
            b.put(ws, r, c, row[c - 1], b.center)
    end = 4 + len(FIRE_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.“复查结果”栏在对应栏内打“√”，未到复查时间的不填；2.隐患等级分为一般、较大、重大。",
        last,
    )
    b.line(ws, end + 1, "检查人（签字）：              被检查单位负责人（签字）：              日期：", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 政务服务“好差评”差评整改反馈, after a city's “好差评” work plan (差评由业务办理单位第一时间回访核实; 情况清楚、
# 诉求合理的立行立改; 情况复杂的建立台账、限期整改; 各承办单位应于5个工作日内整改反馈):
# https://ceirp.cn/zhzw/hyyw/2020-10-16/6667.html
# A .zip of two departments' returns: an .xlsx with a 填报单位 line and its 窗口 as sections, and a .docx naming its
# department only in the title (by a short name); both count 5个工作日内 from each row's 交办日期.
GOOD_BAD_A = [
    (
        "CP0703-01",
        datetime(2024, 7, 2, 14, 20),
        date(2024, 7, 3),
        "交易登记窗口",
        "二手房转移登记",
        "二手房过户排队等候时间超过两小时",
        "情况属实",
        "增设综合受理窗口2个",
        "5个工作日内",
        "已整改，已回访评价人",
    ),
    (
        "CP0708-02",
        datetime(2024, 7, 5, 10, 5),
        date(2024, 7, 8),
        "抵押登记窗口",
        "抵押权首次登记",
        "窗口一次性告知不到位导致多跑一次",
        "情况属实",
        "约谈窗口人员，完善一次性告知单",
        "5个工作日内",
        "已整改",
    ),
    (
        "CP0715-03",
        datetime(2024, 7, 12, 16, 40),
        date(2024, 7, 15),
        "网上办事",
        "抵押登记网上申请",
        "网上申请系统频繁卡顿无法提交",
        "情况属实，需协调系统开发商",
        "升级服务器和申请系统",
        "2024年8月31日前",
        "正在协调系统升级",
    ),
    (
        "CP0725-04",
        datetime(2024, 7, 24, 12, 30),
        date(2024, 7, 25),
        "查询窗口",
        "不动产登记资料查询",
        "查档窗口午休时间无人值守",
        "情况属实",
        "实行午间轮岗值守",
        "5个工作日内",
        "",
    ),
]
GOOD_BAD_B = [
    (
        "2024-07-01",
        "社保卡窗口",
        "社保卡补办要求提交的材料过多",
        "5个工作日内",
        "已精简证明材料2项",
        "已电话回访，评价人表示满意",
    ),
    ("2024-07-11", "失业保险窗口", "失业保险金申领审核超时", "5个工作日内", "逾期未办", ""),
    (
        "2024-07-17",
        "养老保险窗口",
        "养老保险关系转移接续进度无法查询",
        "立行立改",
        "已在网上服务大厅开通进度查询",
        "已回访",
    ),
    (
        "2024-07-24",
        "综合窗口",
        "窗口工作人员服务态度生硬",
        "5个工作日内",
        "已对当事人批评教育，窗口服务礼仪培训正在进行",
        "",
    ),
]


def write_good_bad_a(path: Path) -> Path:
    b = Book(path, author="不动产登记中心")
    ws = b.sheet("差评整改")
    last = 10
    b.widths(ws, [6, 12, 16, 12, 14, 16, 30, 18, 24, 14, 20])
    b.line(ws, 0, "政务服务“好差评”差评整改反馈表", last, b.title)
    b.line(ws, 1, "填报单位：市不动产登记中心    填报时间：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "差评编号",
            "评价时间",
            "交办日期",
            "办理窗口",
            "事项名称",
            "差评内容",
            "核实情况",
            "整改措施",
            "整改时限",
            "整改结果",
        ],
    )
    for i, row in enumerate(GOOD_BAD_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GOOD_BAD_A)
    b.line(
        ws,
        end,
        "注：差评由市行政服务中心交办，整改时限按“5个工作日内整改反馈”执行；情况复杂的另行明确时限。",
        last,
    )
    b.line(ws, end + 1, "经办人：宋雨    分管负责人：韦东", last)
    return b.close()


def write_good_bad_b(path: Path) -> Path:
    doc = _new_document("人社局政务服务科")
    _title(doc, "市人社局政务服务“好差评”差评整改反馈表", 18)
    body = [[str(i), *row] for i, row in enumerate(GOOD_BAD_B, 1)]
    _table(doc, ["序号", "交办日期", "服务窗口", "差评事由", "整改时限", "整改情况", "回访情况"], body)
    _paragraph(doc, "（盖章）    2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_good_bad(path: Path) -> Path:
    members = [
        ("市不动产登记中心差评整改反馈表.xlsx", write_good_bad_a),
        ("市人社局差评整改反馈表.docx", write_good_bad_b),
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
# 8. 物业领域问题化解销号情况回访结果的通报, after a city report on the 联合执法进小区工作专班's calls back to the people
# who complained (群众满意榜单 / 群众较满意榜单 / 群众不满意榜单; 已整改、已维修、已归还; 诉求人表示未解决):
# http://shiyan.cjyun.org/p/397361.html
# A .doc (Word 97 via LibreOffice): title, address line, preamble, the items as numbered paragraphs under the three
# 榜单 headings, each naming its 责任单位 (one by a former name) and, where set, an 整改时限; sender and date.
HOUSING_PARAS = [
    (
        "一、群众满意（3个）",
        [
            (
                "1．华龙区中原路街道绿城社区绿城小区地下车库雨后积水严重，诉求人表示已整改到位。"
                "责任单位：濮阳绿城物业服务有限公司。"
            ),
            "2．濮阳县城关镇东关社区阳光佳苑小区天然气报装费迟迟未退，诉求人表示已全部退还。责任单位：市燃气公司。",
            (
                "3．华龙区胜利路街道建业社区建业桂园小区5号楼电梯经常故障，已更换电梯主板，诉求人表示满意。"
                "责任单位：市房管局。"
            ),
        ],
    ),
    (
        "二、群众较满意（2个）",
        [
            (
                "4．华龙区大庆路街道油田社区龙城花园小区外墙瓷砖脱落，已开始维修，诉求人表示认可。"
                "责任单位：大庆路街道办事处。整改时限：2024年8月20日。"
            ),
            (
                "5．清丰县城关镇幸福社区四季长安小区垃圾长期无人清理，物业公司正在加大清运频次。"
                "责任单位：清丰县城关镇人民政府。整改时限：2024年7月31日。"
            ),
        ],
    ),
    (
        "三、群众不满意（2个）",
        [
            (
                "6．华龙区人民路街道中瑞领航城小区地下车库无保安管理，诉求人表示未解决。"
                "责任单位：濮阳中瑞物业管理有限公司。整改时限：2024年8月15日前。"
            ),
            (
                "7．华龙区中原路街道百强世纪城小区负一楼垃圾中转站清理不及时，诉求人表示问题仍然存在，尚未整改。"
                "责任单位：中原路街道办事处。整改时限：2024年8月15日前。"
            ),
        ],
    ),
]


def write_housing_docx(path: Path) -> Path:
    doc = _new_document("进小区专班")
    _title(doc, "关于市级交办物业领域问题化解销号情况回访结果的通报")
    _paragraph(doc, "各县（区）人民政府，市直有关单位：")
    _paragraph(
        doc,
        "近期，市联合执法进小区工作专班办公室对市级交办的物业领域问题化解销号情况回访了诉求人，"
        "现将回访结果通报如下：",
    )
    for heading, paras in HOUSING_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "请各责任单位对群众较满意、不满意事项按时限整改到位，专班办公室将持续跟踪回访。")
    _paragraph(doc, "市联合执法进小区工作专班办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_housing(path: Path) -> Path:
    return via_soffice(write_housing_docx, path, "doc", "物业领域问题回访结果通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 市长信箱交通类来信办理情况, after a county mailbox's 信件办理 page (姓名 / 写信时间 / 类别 / 状态 / 承办单位 / 主题 /
# 内容 / 处理意见, then 具体办理人 and 负责人 with their telephones; a 乡道 full of potholes, lorries unloading on it):
# http://computernetworkingdegrees.com/e/tool/gbook/show.php?bid=1&showid=324673
# An .xlsx of stacked cards, one letter a card (label cells beside value cells), with 交办时间 and a 办理时限 that is
# a date or a number of working days; a title above the cards and the office at the foot.
LETTERS = [
    {
        "编号": "XJ2024070101",
        "写信时间": "2024-07-01 21:37",
        "类别": "投诉",
        "状态": "已办结",
        "承办单位": "交通局",
        "交办时间": "2024-07-02",
        "办理时限": "10个工作日",
        "主题": "乡道路面坑洼多年未修",
        "内容": "姜庄至后寨乡道路面坑坑洼洼，雨天积水，车辆无法正常通行，希望尽快维修。",
        "处理意见": "已组织养护队伍对坑槽进行修补，7月12日完工。",
        "办理人": ("孙卫国", "李红伟"),
    },
    {
        "编号": "XJ2024070402",
        "写信时间": "2024-07-04 08:15",
        "类别": "咨询",
        "状态": "办理中",
        "承办单位": "市公交公司",
        "交办时间": "2024-07-05",
        "办理时限": "2024年8月15日",
        "主题": "东站公交班次少",
        "内容": "从城区到濮阳东站的公交车每小时只有一班，赶高铁很不方便。",
        "处理意见": "已完成客流调查，正在制定加密班次方案。",
        "办理人": ("郝静", "高建新"),
    },
    {
        "编号": "XJ2024070703",
        "写信时间": "2024-07-07 19:02",
        "类别": "投诉",
        "状态": "已办结",
        "承办单位": "交警支队",
        "交办时间": "2024-07-08",
        "办理时限": "10个工作日",
        "主题": "路口信号灯故障",
        "内容": "京开大道与绿城路交叉口信号灯经常故障，早高峰拥堵严重。",
        "处理意见": "已更换信号机主板，信号灯恢复正常。",
        "办理人": ("马超", "罗斌"),
    },
    {
        "编号": "XJ2024071104",
        "写信时间": "2024-07-11 10:48",
        "类别": "建议",
        "状态": "未办理",
        "承办单位": "市公路事业发展中心",
        "交办时间": "2024-07-12",
        "办理时限": "2024年7月31日",
        "主题": "国道货车超载",
        "内容": "国道106城区过境段货车超载严重，路面车辙明显。",
        "处理意见": "",
        "办理人": ("", ""),
    },
    {
        "编号": "XJ2024071405",
        "写信时间": "2024-07-14 22:10",
        "类别": "投诉",
        "状态": "办理中",
        "承办单位": "市交通运输局",
        "交办时间": "2024-07-15",
        "办理时限": "15个工作日",
        "主题": "出租车拒载议价",
        "内容": "火车站出租车拒载、不打表议价现象严重。",
        "处理意见": "已开展出租车市场专项整治，正在调查核实被投诉车辆。",
        "办理人": ("韩磊", "李红伟"),
    },
    {
        "编号": "XJ2024072106",
        "写信时间": "2024-07-21 07:56",
        "类别": "投诉",
        "状态": "",
        "承办单位": "华龙区人民政府",
        "交办时间": "2024-07-22",
        "办理时限": "10个工作日",
        "主题": "公交站台破损",
        "内容": "胜利路公交站台顶棚破损，雨天无法避雨。",
        "处理意见": "",
        "办理人": ("", ""),
    },
    {
        "编号": "XJ2024072307",
        "写信时间": "2024-07-23 15:33",
        "类别": "建议",
        "状态": "已办结",
        "承办单位": "市住建局",
        "交办时间": "2024-07-24",
        "办理时限": "2024年8月7日",
        "主题": "人民路机非隔离",
        "内容": "建议在人民路增设机非隔离护栏，保障非机动车通行安全。",
        "处理意见": "已答复来信人，隔离护栏已纳入人民路改造提升工程一并实施。",
        "办理人": ("冯涛", "魏明"),
    },
]


def write_letters(path: Path) -> Path:
    b = Book(path, author="市长信箱办")
    ws = b.sheet("交通类来信")
    b.widths(ws, [14, 36, 14, 24])
    b.line(ws, 0, "市长信箱交通类来信办理情况（2024年7月）", 3, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日至7月31日    共7件", 3)
    r = 3
    for card in LETTERS:
        b.row(ws, r, ["信件编号", card["编号"], "写信时间", card["写信时间"]])
        b.row(ws, r + 1, ["类    别", card["类别"], "状    态", card["状态"]])
        b.put(ws, r + 2, 0, "承办单位")
        b.merge(ws, r + 2, 1, r + 2, 3, card["承办单位"])
        b.row(ws, r + 3, ["交办时间", card["交办时间"], "办理时限", card["办理时限"]])
        for k, label in enumerate(["主    题", "内    容", "处理意见"]):
            b.put(ws, r + 4 + k, 0, label)
            b.merge(ws, r + 4 + k, 1, r + 4 + k, 3, card[label.replace(" ", "")])
        b.row(ws, r + 7, ["具体办理人", card["办理人"][0], "负 责 人", card["办理人"][1]])
        r += 9
    b.line(ws, r, "市长信箱办公室    2024年7月31日", 3, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 网络问政帖文办理进度追踪, after a county 问政 page (编号, 发帖人, 发布于, 问政部门, 回复 with 答复时间, 当前状态,
# and a 进度追踪 list: 问题已提交至…, 逾期受理, 已受理, 回复了您的问题, 已答复):
# http://wzztc.scxnews.cn/Web/Ask/Details?askId=680
# An .et (Excel 97 via LibreOffice): title, 导出 line, one header row; each post spans as many rows as its 进度追踪
# has steps, the post's own cells merged down those rows; a 说明 line.
POSTS = [
    (
        "WZ2407-01",
        "明湖",
        "2024-07-02 08:46",
        "西岭隧道内路面有多处坑洞，严重影响行车安全，希望尽快修理平整。",
        "濮阳县交通运输局",
        "2024年7月9日",
        [
            ("2024-07-02 10:07", "问题已提交至濮阳县交通运输局"),
            ("2024-07-03 09:30", "濮阳县交通运输局已受理"),
            ("2024-07-08 14:50", "回复：坑洞已修补完毕"),
        ],
        "已办结",
    ),
    (
        "WZ2407-02",
        "清风徐来",
        "2024-07-05 20:11",
        "乡道X028路面太窄，两车会车困难，建议拓宽。",
        "清丰县交通运输局",
        "2024年7月31日",
        [
            ("2024-07-05 20:30", "问题已提交至清丰县交通运输局"),
            ("2024-07-08 08:55", "清丰县交通运输局已受理"),
            ("2024-07-19 16:20", "回复：已列入2025年农村公路提质改造计划"),
        ],
        "办理中",
    ),
    (
        "WZ2407-03",
        "老张",
        "2024-07-09 12:40",
        "12路公交站牌线路信息陈旧，与实际运行线路不符。",
        "市公交公司",
        "7月16日前",
        [
            ("2024-07-09 13:02", "问题已提交至市公交公司"),
            ("2024-07-10 09:12", "市公交公司已受理"),
            ("2024-07-15 17:45", "回复：站牌已全部更新"),
        ],
        "已办结",
    ),
    (
        "WZ2407-04",
        "路过的人",
        "2024-07-12 18:25",
        "高速濮阳东出口附近大货车长期违停占道。",
        "市交警支队",
        "2024年7月19日",
        [
            ("2024-07-12 18:40", "问题已提交至市交警支队"),
            ("2024-07-22 10:05", "市交警支队逾期受理"),
            ("2024-07-24 11:30", "正在组织清理违停车辆"),
        ],
        "办理中",
    ),
    (
        "WZ2407-05",
        "小雨点",
        "2024-07-18 09:03",
        "城区多个路口盲道被共享单车占用。",
        "市城市管理局",
        "2024年7月25日",
        [("2024-07-18 09:20", "问题已提交至市城市管理局")],
        "逾期未办",
    ),
    (
        "WZ2407-06",
        "吴坝人",
        "2024-07-25 07:48",
        "台前至吴坝乡村客运班线停运，群众出行不便。",
        "市交通运输局",
        "8月1日前",
        [
            ("2024-07-25 08:10", "问题已提交至市交通运输局"),
            ("2024-07-26 09:00", "市交通运输局已受理"),
            ("2024-07-30 15:10", "正在协调客运企业恢复班线"),
        ],
        "办理中",
    ),
]


def write_posts_book(path: Path) -> Path:
    b = Book(path, author="网络问政平台")
    ws = b.sheet("进度追踪")
    last = 8
    b.widths(ws, [12, 10, 16, 40, 18, 14, 16, 34, 10])
    b.line(ws, 0, "2024年7月网络问政交通出行类帖文办理进度追踪表", last, b.title)
    b.line(ws, 1, "数据来源：网络问政平台    导出时间：2024-07-31 17:00", last)
    b.header(
        ws,
        2,
        [
            "编号",
            "发帖人",
            "发布时间",
            "帖文内容",
            "问政部门",
            "办理期限",
            "进度时间",
            "进度节点",
            "当前状态",
        ],
    )
    r = 3
    for number, author, posted, text, dept, limit, steps, state in POSTS:
        end = r + len(steps) - 1
        for c, v in enumerate([number, author, posted, text, dept, limit]):
            b.merge(ws, r, c, end, c, v)
        for k, (when, what) in enumerate(steps):
            b.row(ws, r + k, [when, what], first=6)
        b.merge(ws, r, 8, end, 8, state, b.center)
        r = end + 1
    b.line(ws, r, "说明：办理期限为平台规定的答复期限；逾期受理、逾期答复的纳入月度通报。", last)
    return b.close()


def write_posts(path: Path) -> Path:
    return via_soffice(write_posts_book, path, "xls", "网络问政帖文办理进度追踪.xlsx")


FILES = [
    ("市九届人大四次会议代表建议办理情况一览表.xlsx", write_sugg),
    ("市人大常委会重点督办代表建议对接表.docx", write_liaison),
    ("濮阳县河湖清四乱专项督查问题交办整改清单.xls", write_river),
    ("2024年第二轮河库管护暗访督查问题整改销号台账.ods", write_patrol),
    ("市城管执法局文明城市创建督查问题整改销号表.csv", write_city),
    ("2024年夏季消防安全检查火灾隐患整改台账.xlsx", write_fire),
    ("政务服务好差评差评整改反馈（两个部门）.zip", write_good_bad),
    ("关于市级交办物业领域问题化解销号情况回访结果的通报.doc", write_housing),
    ("市长信箱交通类来信办理情况（2024年7月）.xlsx", write_letters),
    ("网络问政交通出行类帖文办理进度追踪表.et", write_posts),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

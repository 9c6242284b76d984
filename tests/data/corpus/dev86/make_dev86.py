"""Write the dev86 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns of 自然资源与农业: 耕地保护 (督察图斑 and 撂荒地), 违法占地, 矿产资源, 林长制, 河湖长制, 农产品质量安全, 动物防疫,
农机安全, 渔政执法, 种子市场.
Forms: .xlsx (four, one more inside the zip, one of two sheets), .xls (xlwt, rows grouped with 小计 rows), .et (Excel 97
via LibreOffice), .ods (LibreOffice conversion), a CSV in UTF-8 with a byte-order mark, a .docx whose items are numbered
paragraphs, a .wps (Word 97 via LibreOffice) with a table and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_dev86.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice gives byte-identical files (fixed dates inside the files, fixed zip member times).
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
# 1. 耕地保护督察反馈问题图斑整改销号台账, after a county 自然资源局's account of the province's on-site 核查验收 of
# its 耕地保护督察反馈问题图斑 (核查组分组对街道、镇的14个问题图斑进行现场核查验收; 听取整改情况汇报, 审阅验收销号资料;
# 对督察反馈其他各类问题逐项核实, 按时完成各项整改任务; 《耕地保护督察意见整改验收销号办法》):
# http://s.guihuayun.com/s_news_edit.php?wid=29895
# An .xlsx: title, 填报单位 line, a two-row header (面积（亩） over 图斑面积/其中耕地, 验收销号 over 核查验收情况/销号时间),
# one row per 图斑 with its 乡镇 as 整改责任单位, a 合计 row and a 注 line and a signature line.
FARMLAND_ROWS = [
    (
        "410928-2023-0012",
        "庆祖镇",
        "非农化",
        "违法占用耕地建设仓储用房，未办理农用地转用手续",
        3.21,
        3.21,
        "濮阳县庆祖镇人民政府",
        "拆除仓储用房，复耕种植",
        "2024年6月30日",
        "已拆除复耕",
        "市级核查验收通过",
        "2024.7.16",
    ),
    (
        "410928-2023-0027",
        "文留镇",
        "非粮化",
        "永久基本农田内挖塘养鱼，破坏耕作层",
        5.6,
        5.6,
        "濮阳县文留镇人民政府",
        "回填鱼塘，恢复耕作层",
        "2024年8月底前",
        "鱼塘已回填完毕，正在平整土地、培肥地力",
        "",
        "",
    ),
    (
        "410928-2023-0031",
        "柳屯镇",
        "非粮化",
        "永久基本农田种植绿化苗木",
        12.4,
        12.4,
        "濮阳县柳屯镇人民政府",
        "移除苗木，恢复粮食生产",
        "2024年9月30日",
        "已移除苗木约7亩，剩余部分秋季移栽",
        "",
        "",
    ),
    (
        "410928-2023-0035",
        "户部寨镇",
        "大棚房",
        "以设施农业名义在大棚内违规建设餐饮用房",
        1.8,
        1.62,
        "濮阳县户部寨镇人民政府",
        "拆除餐饮设施，恢复农业生产用途",
        "2024.7.15",
        "已拆除餐饮设施，恢复大棚种植，整改到位",
        "",
        "",
    ),
    (
        "410928-2023-0040",
        "胡状镇",
        "非农化",
        "乡村道路拓宽工程占用耕地未办理用地手续",
        2.05,
        1.88,
        "濮阳县胡状镇人民政府",
        "依法处罚后补办用地手续",
        "年底前",
        "已作出行政处罚，用地报批材料已报市自然资源和规划局",
        "",
        "",
    ),
    (
        "410928-2023-0046",
        "子岸镇",
        "非农化",
        "光伏项目配套升压站占用耕地",
        0.9,
        0.9,
        "濮阳县子岸镇人民政府",
        "立案查处，拆除或补办手续",
        "2024.6.30",
        "未整改",
        "",
        "",
    ),
    (
        "410928-2023-0052",
        "八公桥镇",
        "非农化",
        "耕地上堆放建筑垃圾和废旧建材",
        4.3,
        4.3,
        "濮阳县八公桥镇人民政府",
        "清运垃圾，深翻复耕",
        "2024.5.31",
        "已清运复耕",
        "市级核查验收通过",
        "2024.6.20",
    ),
    (
        "410928-2023-0058",
        "梁庄镇",
        "非农化",
        "企业扩建厂区围墙占用耕地",
        1.37,
        1.37,
        "濮阳县梁庄镇人民政府",
        "拆除围墙，退还耕地",
        "2024年8月31日",
        "",
        "",
        "",
    ),
]


def write_farmland(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("反馈问题图斑")
    b.widths(ws, [6, 18, 10, 9, 34, 9, 9, 22, 24, 14, 30, 16, 11])
    b.line(ws, 0, "濮阳县耕地保护督察反馈问题图斑整改销号台账", 12, b.title)
    b.line(ws, 1, "填报单位：濮阳县自然资源局（盖章）            填报时间：2024年7月29日", 12)
    for c, word in enumerate(["序号", "图斑编号", "所在乡镇（街道）", "问题类型", "问题描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "面积（亩）", b.head)
    b.header(ws, 3, ["图斑面积", "其中耕地"], first=5)
    for c, word in enumerate(["整改责任单位", "整改措施", "整改时限", "整改进展"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 11, 2, 12, "验收销号", b.head)
    b.header(ws, 3, ["核查验收情况", "销号时间"], first=11)
    for i, row in enumerate(FARMLAND_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FARMLAND_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, round(sum(r[4] for r in FARMLAND_ROWS), 2))
    b.put(ws, end, 6, round(sum(r[5] for r in FARMLAND_ROWS), 2))
    b.merge(ws, end, 7, end, 12, "反馈问题图斑8个，已验收销号2个")
    b.line(
        ws,
        end + 1,
        "注：整改到位并经市级核查验收通过的图斑，填写销号时间；未销号的图斑每月25日前更新整改进展。",
        12,
    )
    b.line(
        ws,
        end + 3,
        "单位负责人：韩卫东        审核人：张晓燕        填表人：李振        联系电话：0393-3226015",
        12,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村乱占耕地建房“两违”整治进度台账, after a county's report of its towns' “两违”整治 (各乡镇继续加大“两违”整治执法力度,
# 实现“零增长、减存量”; 镇领导带领镇综合执法大队拆除违建; 已整改到位74宗(含乱占耕地建房拆除7宗), 占耕地24.59亩,
# 占基本农田15.755亩):
# http://zz.mnw.cn/zhangpu/xw/2483832.html
# An .xls (xlwt): title, 填报单位/截止日期 line, a two-row header (占地面积 over 总面积（㎡）/其中耕地（亩）), the rows grouped
# by 乡镇 with a 小计 row after each group, a 合计 row, a 注 line and a signature line.
LAND_GROUPS = [
    (
        "陈庄镇",
        [
            (
                "陈庄村",
                "王某某",
                "未经批准占用耕地新建住宅一处",
                216,
                0.32,
                "拆除复耕",
                "范县陈庄镇人民政府",
                "2024年6月30日",
                "已拆除复耕，镇村验收合格",
            ),
            (
                "后刘村",
                "刘某某",
                "占用永久基本农田搭建肉鸭养殖棚",
                567,
                0.85,
                "拆除复耕",
                "范县陈庄镇人民政府",
                "2024年7月31日",
                "正在拆除，已拆除棚体三分之二",
            ),
            (
                "邢庄村",
                "邢某某",
                "占用耕地建设看护房",
                40,
                0.06,
                "拆除复耕",
                "范县陈庄镇人民政府",
                "2024年7月20日",
                "已拆除复耕",
            ),
        ],
    ),
    (
        "王楼镇",
        [
            (
                "王楼村",
                "范县顺通建材经营部",
                "占用耕地硬化建设砂石料堆场",
                800,
                1.2,
                "立案查处，拆除硬化层",
                "范县自然资源局",
                "2024年8月31日",
                "已立案，已申请法院强制执行",
            ),
            (
                "西李庄村",
                "李某某",
                "占用耕地违规建设农家乐",
                333,
                0.5,
                "拆除复耕",
                "范县王楼镇人民政府",
                "2024年7月15日",
                "未启动",
            ),
        ],
    ),
    (
        "辛庄镇",
        [
            (
                "辛庄村",
                "范县丰润种植专业合作社",
                "以设施农业名义占用耕地建设仓库",
                467,
                0.7,
                "拆除或按设施农业用地规范整改",
                "范县辛庄镇人民政府",
                "2024年9月底",
                "",
            ),
            (
                "杨楼村",
                "杨某某",
                "占用耕地建设停车场",
                600,
                0.9,
                "拆除复耕",
                "范县辛庄镇人民政府",
                "2024年7月10日",
                "已拆除并复耕，已销号",
            ),
            (
                "马庄村",
                "马某某",
                "占用一般耕地新建住宅，符合“一户一宅”条件",
                180,
                0.27,
                "依法处罚，补办宅基地审批手续",
                "范县辛庄镇人民政府",
                "2024年10月31日",
                "已处罚，正在办理宅基地审批",
            ),
        ],
    ),
]


def write_land(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "范县农村乱占耕地建房“两违”整治进度台账", t, 0, 10),
        (
            1,
            0,
            "填报单位：范县农村乱占耕地建房问题整治工作专班办公室（县自然资源局代章）    截止日期：2024年7月26日",
            plain,
            1,
            10,
        ),
    ]
    for col, word in enumerate(["序号", "乡镇", "村", "当事人", "违法行为"]):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 5, "占地面积", h, 2, 6), (3, 5, "总面积（㎡）", h), (3, 6, "其中耕地（亩）", h)]
    for col, word in enumerate(["处置方式", "整改责任单位", "完成时限", "整改进度"], start=7):
        cells.append((2, col, word, h, 3, col))
    r, n, total_m2, total_mu = 4, 0, 0, 0.0
    for town, rows in LAND_GROUPS:
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            cells.append((r, 1, town, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (2, 5, 6) else c))
            r += 1
        m2, mu = sum(x[3] for x in rows), round(sum(x[4] for x in rows), 2)
        total_m2, total_mu = total_m2 + m2, round(total_mu + mu, 2)
        cells += [
            (r, 0, f"{town}小计", h, r, 4),
            (r, 5, m2, ctr),
            (r, 6, mu, ctr),
            (r, 7, f"{len(rows)}宗", c, r, 10),
        ]
        r += 1
    cells += [
        (r, 0, "合计", h, r, 4),
        (r, 5, total_m2, ctr),
        (r, 6, total_mu, ctr),
        (r, 7, f"{n}宗", c, r, 10),
        (
            r + 1,
            0,
            "注：“整改进度”填写已拆除复耕、正在拆除、未启动等；已完成的经乡镇验收后报专班办公室销号。",
            plain,
            r + 1,
            10,
        ),
        (r + 2, 0, "填表人：孙建业    联系电话：0393-5269131", plain, r + 2, 10),
    ]
    return _write_xls(path, [("两违整治台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 生产矿山地质环境治理“双随机一公开”检查情况一览表, after a city 自然资源局's 公告 of its 双随机一公开 check of the mines'
# 矿山地质环境治理 and the 回头看 of last year's 限期整改 (附件: 年度生产矿山地质环境治理双随机一公开检查情况一览表;
# 回头看情况一览表; 尽快下达整改通知, 督促相关矿山完成相关问题整改; 未完成限期整改的列入异常名录):
# https://m.bidcenter.com.cn/newsrili-1-215856683.html
# An .xlsx of two sheets (表1 the year's check, 表2 the 回头看 of last year's), each with its own title and header; the
# 采矿权人 as 整改责任主体; the 回头看 sheet with the 原定整改期限 and an 整改状态 column.
MINE_ROWS = [
    (
        "濮阳县",
        "濮阳县宏基建材有限公司砖瓦用粘土矿",
        "濮阳县宏基建材有限公司",
        "砖瓦用粘土",
        "采坑边坡未按治理方案削坡分台，局部边坡高陡",
        "按方案削坡分台，设置警示标志",
        "2024年8月31日",
        "正在削坡治理，已完成东侧边坡",
    ),
    (
        "范县",
        "范县岩盐矿",
        "濮阳市豫盐矿业有限公司",
        "岩盐",
        "矿山地质环境治理恢复基金计提不足",
        "按规定足额计提并专户存储",
        "2024.6.30",
        "已足额计提并存入基金专户，整改完成",
    ),
    (
        "台前县",
        "台前县金堤地热井",
        "台前县金堤地热开发有限公司",
        "地热",
        "未按方案开展地面沉降监测",
        "布设沉降监测点，按季度监测",
        "2024年9月30日",
        "",
    ),
    (
        "清丰县",
        "清丰县永兴新型墙材有限公司砖瓦用粘土矿",
        "清丰县永兴新型墙材有限公司",
        "砖瓦用粘土",
        "排土场未按方案复绿，裸露面积约1.5公顷",
        "平整覆土，植树种草",
        "年底前",
        "已完成场地平整，计划秋季植树",
    ),
    (
        "南乐县",
        "南乐县碧源饮用天然矿泉水",
        "南乐县碧源饮品有限公司",
        "矿泉水",
        "未按时在勘查开采信息公示系统填报年度信息",
        "补报年度信息",
        "7月15日前",
        "已补报",
    ),
    (
        "濮阳县",
        "濮阳县城北地热井",
        "濮阳县华源地热供暖有限公司",
        "地热",
        "地热尾水回灌率低于方案要求",
        "增设回灌井，提高回灌率",
        "2024.10.31",
        "未整改",
    ),
]
MINE_REVIEW_ROWS = [
    (
        "范县",
        "范县鑫源建材有限公司砖瓦用粘土矿",
        "范县鑫源建材有限公司",
        "闭坑后采坑未回填、未恢复治理",
        "2023年12月31日",
        "已完成回填治理，通过县级验收",
        "已销号",
    ),
    (
        "台前县",
        "台前县顺达建材有限公司砖瓦用粘土矿",
        "台前县顺达建材有限公司",
        "矿山地质环境监测记录缺失",
        "2024年3月31日",
        "仍未建立监测台账",
        "未完成",
    ),
]


def write_mine(path: Path) -> Path:
    b = Book(path, author="矿产资源科")
    ws = b.sheet("表1 检查情况")
    b.widths(ws, [6, 10, 30, 26, 12, 36, 28, 16, 30])
    b.line(ws, 0, "表1  2024年度生产矿山地质环境治理“双随机一公开”检查情况一览表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市自然资源和规划局    检查时间：2024年6月17日至6月28日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "矿山名称",
            "整改责任主体（采矿权人）",
            "开采矿种",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(MINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MINE_ROWS)
    b.line(ws, end + 1, "注：未按期完成整改的，列入矿业权人勘查开采信息公示系统异常名录。", 8)
    ws2 = b.sheet("表2 回头看")
    b.widths(ws2, [6, 10, 32, 26, 34, 18, 30, 12])
    b.line(ws2, 0, "表2  2023年度生产矿山地质环境治理“双随机一公开”回头看情况一览表", 7, b.title)
    b.header(
        ws2,
        1,
        [
            "序号",
            "县（区）",
            "矿山名称",
            "整改责任主体（采矿权人）",
            "2023年度检查发现问题",
            "原定整改期限",
            "回头看情况",
            "整改状态",
        ],
    )
    for i, row in enumerate(MINE_REVIEW_ROWS, 1):
        b.put(ws2, 1 + i, 0, i, b.center)
        b.row(ws2, 1 + i, list(row), first=1)
    end2 = 2 + len(MINE_REVIEW_ROWS)
    b.line(ws2, end2 + 1, "填表人：高俊峰    审核人：刘学军    联系电话：0393-4451870", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 林长制专项督查反馈问题整改情况报告, after a county's 林长制专项督查 by its 督查室 and 林长办 of its towns and 国有林场
# (体系运行、交办任务落实、“一长四员”履职、森林草原火灾防控、林长制工作台账; 个别乡镇资料不齐全、巡林不到位; 查漏补缺进行整改):
# https://www.shaoshang.cn/news/226877.html
# A .docx: a report to the 市林长办 whose items are numbered paragraphs, each naming its town or 林场 first, then the problem,
# the measure, the 整改时限 and the progress in sentences; the county 林长办 and the date at the foot.
FOREST_PARAS = [
    (
        "1.王称堌镇人民政府：乡级林长2024年1月至3月无巡林记录，林长制工作台账资料不齐全。整改措施：补齐巡林记录，"
        "建立乡级林长每月巡林制度。整改时限：2024年7月20日。整改进展：巡林记录已补齐归档，已完成整改。"
    ),
    (
        "2.梁庄镇人民政府：5块村级林长公示牌信息未及时更新，仍为村“两委”换届前人员。整改措施：更新公示牌信息。"
        "整改时限：7月底前。整改进展：已更新3块，其余2块正在制作。"
    ),
    (
        "3.海通乡人民政府：护林员考核管理不规范，2023年度护林员考核档案缺失。整改措施：补建考核档案，实行月考核。"
        "整改时限：2024年8月31日。整改进展：尚未启动。"
    ),
    (
        "4.濮阳县国有林场：林区防火隔离带杂草未及时清理，存在火灾隐患。整改措施：组织人员清理隔离带杂草。"
        "整改时限：2024年7月10日。整改进展：已清理完毕，经县林长办复查合格。"
    ),
    (
        "5.渠村乡人民政府：黄河滩区林地内发现违规开垦种植约3亩。整改措施：责令停止开垦，恢复林地植被。"
        "整改时限：2024年9月30日。整改进展：已约谈当事人，正在补植杨树恢复植被。"
    ),
    (
        "6.习城乡人民政府：林长制宣传氛围不浓，宣传资料未进村入户。整改措施：利用村广播、宣传栏持续开展林长制宣传，"
        "长期坚持。"
    ),
    "7.郎中乡人民政府：美国白蛾疫情监测点未按要求布设，监测记录不全。整改措施：按标准布设监测点，专人记录。整改时限：2024年8月15日。",
]


def write_forest(path: Path) -> Path:
    doc = _new_document("县林长办")
    _title(doc, "濮阳县林长制办公室关于林长制专项督查反馈问题整改情况的报告")
    _paragraph(doc, "市林长制办公室：")
    _paragraph(
        doc,
        "根据《关于开展全市林长制工作专项督查的通知》要求，市督查组于2024年6月对我县林长制体系运行、"
        "“一长四员”履职、森林火灾防控和林长制工作台账等情况进行了专项督查，反馈问题7个。我县高度重视，"
        "逐项明确责任单位、整改措施和整改时限，现将整改情况报告如下：",
    )
    for text in FOREST_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我县将持续压实各级林长责任，对整改情况开展“回头看”，确保问题整改到位。")
    _paragraph(doc, "濮阳县林长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 河湖“清四乱”问题整改台账, after a county 水务局's account of its county and town 河长's patrols (县镇河长开展巡河4309次,
# 共发现问题386个, 其中涉及四乱问题30余个; 县镇村组四级河长及各联络员单位日常巡河同县河长办专项检查相结合;
# 建立问题台账; 发现一处、清理一处、销号一处):
# https://yourfikx.com/r202009/57896198.html
# A CSV in UTF-8 with a byte-order mark: a title line, a 填报单位 line, one header line (问题来源 as 县级河长巡河 /
# 镇级河长巡河 / 河长办专项检查, 交办日期, 整改时限 partly in days from it, 销号时间), a 合计 line and a 填表人 line.
RIVER_ROWS = [
    (
        "县级河长巡河",
        "卫河",
        "元村镇",
        "乱堆",
        "卫河元村段右岸堆放建筑垃圾约200立方米",
        "2024-06-12",
        "南乐县元村镇人民政府",
        "2024-06-30",
        "已清运完毕",
        "2024-07-02",
    ),
    (
        "镇级河长巡河",
        "马颊河",
        "城关镇",
        "乱建",
        "马颊河管理范围内新建彩钢板房一处",
        "2024-06-20",
        "南乐县城关镇人民政府",
        "2024-07-20",
        "已下达限期拆除通知，正在拆除",
        "",
    ),
    (
        "河长办专项检查",
        "卫河",
        "千口镇",
        "乱采",
        "卫河千口段河滩非法取土",
        "2024-05-28",
        "南乐县水利局",
        "2024-06-15",
        "已立案查处，取土坑已回填",
        "2024-06-14",
    ),
    (
        "县级河长巡河",
        "徒骇河",
        "谷金楼乡",
        "乱占",
        "徒骇河堤坡种植玉米约5亩",
        "2024-07-05",
        "南乐县谷金楼乡人民政府",
        "2024-10-15",
        "未整改",
        "",
    ),
    (
        "镇级河长巡河",
        "马颊河",
        "张果屯镇",
        "乱堆",
        "马颊河张果屯桥下堆放玉米秸秆",
        "2024-07-10",
        "南乐县张果屯镇人民政府",
        "7日内",
        "",
        "",
    ),
    (
        "河长办专项检查",
        "卫河",
        "韩张镇",
        "乱建",
        "卫河韩张段违规建设临河垂钓平台",
        "2024-06-25",
        "南乐县韩张镇人民政府",
        "2024-07-25",
        "垂钓平台已拆除，整改完成",
        "",
    ),
    (
        "县级河长巡河",
        "永顺沟",
        "近德固乡",
        "乱排",
        "永顺沟近德固段养殖场污水直排入沟",
        "2024-07-08",
        "南乐县近德固乡人民政府",
        "2024-08-31",
        "已责令停止排放，正在建设污水收集池",
        "",
    ),
]


def write_river(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县2024年河湖“清四乱”问题整改台账"])
    w.writerow(["填报单位：南乐县河长制办公室", "", "", "", "", "", "", "填报日期：2024年7月29日"])
    w.writerow(
        [
            "序号",
            "问题来源",
            "河湖名称",
            "所在乡镇",
            "问题类型",
            "问题描述",
            "交办日期",
            "责任单位",
            "整改时限",
            "整改情况",
            "销号时间",
        ]
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "交办问题7个，已整改3个", "", "", "", "", ""])
    w.writerow(["填表人：崔明亮", "", "", "", "", "联系电话：0393-7212683"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 农产品质量安全监督抽查不合格产品核查处置情况表, after a city 农业农村局's 公示 of its 市级农产品质量安全监督抽查
# (监督抽查农产品样品200批次, 检测出不合格样品3批次; 蔬菜、水果、猪肉、禽肉禽蛋、淡水产品; 对不合格农产品,
# 属地农业农村部门均依法依规进行了查处; 附件: 监督抽查结果汇总表):
# https://ixbang.com/bid/detail/728F5E9EAE32C6301BEE4DFC98BD10C6.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the sample, the 被抽查单位, the 不合格项目 with
# 检测值 and 限量值, the 核查处置单位 (county bureaus, one city bureau by its short name), 处置时限 and 处置进展,
# a summary row, a 填表说明 line and a signature line.
PRODUCE_ROWS = [
    (
        "韭菜",
        "PYJC-2024-0217",
        "濮阳县鑫田蔬菜种植专业合作社",
        "生产基地",
        "腐霉利超标（检出1.86mg/kg，限量0.2mg/kg）",
        "濮阳县农业农村局",
        "立案调查，监督销毁同批次产品",
        "2024年7月20日",
        "已监督销毁同批次韭菜，行政处罚已结案",
    ),
    (
        "芹菜",
        "PYJC-2024-0231",
        "清丰县田园家庭农场",
        "生产基地",
        "毒死蜱超标（检出0.12mg/kg，限量0.05mg/kg）",
        "清丰县农业农村局",
        "立案调查",
        "2024.7.31",
        "正在调查取证",
    ),
    (
        "豇豆",
        "PYJC-2024-0244",
        "南乐县绿康蔬菜种植专业合作社",
        "生产基地",
        "灭蝇胺超标（检出1.2mg/kg，限量0.5mg/kg）",
        "南乐县农业农村局",
        "跟踪抽检，开展用药指导",
        "2024年8月15日",
        "",
    ),
    (
        "鸡蛋",
        "PYJC-2024-0258",
        "范县宏发蛋鸡养殖场",
        "养殖场",
        "检出恩诺沙星18μg/kg（标准规定不得检出）",
        "范县农业农村局",
        "立案查处，跟踪复检",
        "2024.7.15",
        "已完成处罚，跟踪复检合格",
    ),
    (
        "黄瓜",
        "PYJC-2024-0263",
        "濮阳市中原农产品批发市场某经营户",
        "批发市场",
        "氧乐果超标（检出0.09mg/kg，限量0.02mg/kg）",
        "市市场监管局",
        "追溯来源，依法查处",
        "2024.8.10",
        "已移交公安机关",
    ),
    (
        "羊肉",
        "PYJC-2024-0270",
        "台前县顺发肉羊养殖场",
        "养殖场",
        "检出克伦特罗0.8μg/kg（标准规定不得检出）",
        "台前县农业农村局",
        "控制同群羊只，立案查处",
        "2024.7.10",
        "未处置",
    ),
    (
        "草鱼",
        "PYJC-2024-0281",
        "濮阳县渠村乡黄河滩水产养殖场",
        "养殖场",
        "检出孔雀石绿2.4μg/kg（标准规定不得检出）",
        "濮阳县农业农村局",
        "控制同池水产品，立案查处",
        "第三季度",
        "正在核查，同池水产品已暂停上市",
    ),
]


def write_produce_book(path: Path) -> Path:
    b = Book(path, author="质量安全监管科")
    ws = b.sheet("不合格样品处置")
    b.widths(ws, [6, 8, 16, 30, 10, 34, 18, 26, 14, 30])
    b.line(ws, 0, "2024年第二季度农产品质量安全监督抽查不合格产品核查处置情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市农业农村局（质量安全监管科）    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "样品名称",
            "样品编号",
            "被抽查单位",
            "抽样环节",
            "不合格项目（检出值/限量值）",
            "核查处置单位",
            "处置措施",
            "处置时限",
            "处置进展",
        ],
    )
    for i, row in enumerate(PRODUCE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PRODUCE_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 9, "本季度监督抽查样品120批次，不合格7批次，合格率94.2%")
    b.line(
        ws,
        end + 1,
        "填表说明：生产环节不合格产品由属地农业农村部门核查处置，市场环节由市场监管部门核查处置。",
        9,
    )
    b.line(ws, end + 2, "填表人：朱海燕    审核人：马立群    联系电话：0393-8992216", 9)
    return b.close()


def write_produce(path: Path) -> Path:
    return via_soffice(write_produce_book, path, "xls", "农产品质量安全监督抽查不合格产品核查处置情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 规模养殖场动物卫生监督检查问题整改清单, after a district 农业农村委执法大队's 动物卫生监督检查 of its 规模化养殖场
# (重大动物疫病的免疫情况及免疫标识佩戴情况、出栏动物提前申报情况及检疫申报单保存情况、病死动物无害化处理情况、
# 无害化待处理冷库使用情况以及投入品采购使用情况; 检查信息上传至监管平台):
# http://nongwei.jiading.cn/csz/xwdt/xwdt1/content_613386
# An .ods (LibreOffice conversion): title, a line naming the 检查单位 and the check date the 整改期限 count from, one header
# row with the 检查项目 in the source's five terms, the farms as 整改责任单位, 整改情况 and a 复查结论 column, a 注 line.
ANIMAL_ROWS = [
    (
        "濮阳县鑫旺生猪养殖有限公司",
        "生猪",
        "免疫情况及免疫标识佩戴",
        "部分育肥猪未佩戴免疫耳标",
        "补免补标，完善免疫档案",
        "2024.7.12",
        "已补戴耳标",
        "复查合格",
    ),
    (
        "清丰县丰泽奶牛养殖场",
        "奶牛",
        "检疫申报",
        "出栏犊牛未提前申报检疫，检疫申报单未保存",
        "落实提前申报，申报单存档备查",
        "7月25日前",
        "正在整理申报单存档",
        "",
    ),
    (
        "南乐县康达蛋鸡养殖专业合作社",
        "蛋鸡",
        "病死动物无害化处理",
        "病死鸡无害化处理记录不全",
        "建立无害化处理台账",
        "2024.7.20",
        "",
        "",
    ),
    (
        "范县金鹏肉鸭养殖场",
        "肉鸭",
        "无害化待处理冷库使用",
        "无害化待处理冷库温度不达标、未上锁",
        "维修制冷设备，专人管理",
        "2024.8.10",
        "未整改",
        "",
    ),
    (
        "台前县兴旺肉牛养殖专业合作社",
        "肉牛",
        "投入品采购使用",
        "兽药采购未索证索票，用药记录缺失",
        "规范采购，建立用药记录",
        "2024.7.15",
        "已整改",
        "复查合格",
    ),
    (
        "华龙区绿源肉羊养殖场",
        "肉羊",
        "免疫情况及免疫标识佩戴",
        "小反刍兽疫免疫抗体合格率低于70%",
        "全群补免，补免后抽检",
        "2024年8月31日",
        "已组织补免，待抗体检测",
        "",
    ),
    (
        "濮阳县群益生猪养殖场",
        "生猪",
        "场区防疫条件",
        "场区入口消毒池干涸，未按规定更换消毒液",
        "立即更换消毒液",
        "立行立改",
        "已现场整改",
        "",
    ),
]


def write_animal_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 30, 8, 22, 36, 26, 14, 24, 12])
    b.line(ws, 0, "规模养殖场动物卫生监督检查发现问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市农业综合行政执法支队    检查时间：2024年7月8日    整改期限自检查之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "养殖场（整改责任单位）",
            "畜种",
            "检查项目",
            "存在问题",
            "整改要求",
            "整改期限",
            "整改情况",
            "复查结论",
        ],
    )
    for i, row in enumerate(ANIMAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ANIMAL_ROWS)
    b.line(ws, end + 1, "注：检查信息已同步上传动物卫生监管平台；整改完成后由属地动物卫生监督机构复查。", 8)
    b.line(ws, end + 2, "检查人员：赵国栋、冯晓亮    填表日期：2024年7月29日", 8)
    return b.close()


def write_animal(path: Path) -> Path:
    via_soffice(write_animal_book, path, "ods", "规模养殖场动物卫生监督检查发现问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 农业机械安全隐患告知书登记台账, after a city's 农机安全监理 going into towns and villages for 集中送检 (拖拉机运输机组的
# 后视镜、灯光、制动、转向; 大中型拖拉机安装驾驶室或安全框架, 配备故障警示牌; 私自改装收割机粮仓的, 制发
# 《农业机械安全隐患告知书》, 整改后重新检验; 联合收割机配备灭火器、倒车报警器):
# http://jiangsu.nongjitong.cn/2018/1556221194919.html
# An .xlsx: title, 填报单位 line, one header row with the 告知书编号, the 机主 (cooperatives, farms) as 整改责任单位, the
# 告知日期 and an 整改期限 partly in (working) days from it, a 复检日期 that records an event and a 复检结果, a 注 line.
MACHINE_ROWS = [
    (
        "濮农机隐告〔2024〕15号",
        "濮阳县丰禾农机专业合作社",
        "联合收割机",
        "豫09-20351",
        "私自改装加高粮仓",
        date(2024, 7, 2),
        "3日内",
        date(2024, 7, 4),
        "已恢复原厂粮仓，复检合格",
    ),
    (
        "濮农机隐告〔2024〕16号",
        "濮阳县金穗农机专业合作社",
        "轮式拖拉机",
        "豫09-11872",
        "制动不可靠，左侧后视镜缺失",
        date(2024, 7, 2),
        "5个工作日",
        None,
        "已更换制动蹄片，待复检",
    ),
    (
        "濮农机隐告〔2024〕17号",
        "濮阳县惠农家庭农场",
        "拖拉机运输机组",
        "豫09-13406",
        "未配置故障警示牌，尾灯不亮",
        date(2024, 7, 5),
        "2024.7.12",
        date(2024, 7, 11),
        "复检合格",
    ),
    (
        "濮农机隐告〔2024〕18号",
        "濮阳县王称堌镇众兴农机专业合作社",
        "联合收割机",
        "豫09-20517",
        "未配备灭火器和倒车报警器",
        date(2024, 7, 9),
        "7日内",
        None,
        "",
    ),
    (
        "濮农机隐告〔2024〕19号",
        "濮阳县庆丰植保服务专业合作社",
        "轮式拖拉机",
        "豫09-12954",
        "大中型拖拉机未安装安全框架",
        date(2024, 7, 10),
        "2024.7.31",
        None,
        "未整改",
    ),
    (
        "濮农机隐告〔2024〕20号",
        "濮阳县绿野农机专业合作社",
        "联合收割机",
        "豫09-20688",
        "割台传动部位防护罩缺失",
        date(2024, 7, 15),
        "10日内",
        date(2024, 7, 24),
        "复检不合格，正在加装防护罩",
    ),
    (
        "濮农机隐告〔2024〕21号",
        "濮阳县五星乡宏远种植专业合作社",
        "轮式拖拉机",
        "豫09-11503",
        "逾期未参加年度安全技术检验",
        date(2024, 7, 16),
        "2024年8月31日",
        None,
        "已预约8月集中检验",
    ),
]


def write_machine(path: Path) -> Path:
    b = Book(path, author="监理站")
    ws = b.sheet("告知书台账")
    b.widths(ws, [6, 22, 32, 14, 12, 30, 12, 12, 12, 28])
    b.line(ws, 0, "农业机械安全隐患告知书登记台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳县农业机械安全监理站    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "告知书编号",
            "机主（整改责任单位）",
            "机具类型",
            "号牌号码",
            "安全隐患",
            "告知日期",
            "整改期限（自告知之日起）",
            "复检日期",
            "复检结果",
        ],
    )
    for i, row in enumerate(MACHINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MACHINE_ROWS)
    b.line(ws, end + 1, "注：复检合格的予以办理年度检验；逾期不整改的，不予检验合格，并通报所在乡镇。", 9)
    b.line(ws, end + 2, "经办人：吕向阳    负责人：郭长河    联系电话：0393-3211607", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 渔政执法检查整改通知书落实情况, after a county 渔政大队's 专项行动简报 (清理整治“三无”涉渔船舶, 打击电炸毒等非法
# 捕捞; 出动渔政执法人员78人次, 检查渔船约386艘, 查获电鱼作业船舶7艘, 发现安全隐患渔船10起, 发出整改通知书46份):
# https://topx1.com/bmxxgk/nyncj/gzdt/content/post_1428137.html
# A .wps (Word 97 via LibreOffice): title, a 简报-like paragraph with the figures, one table with the 通知书编号, its
# 下达日期, the 整改责任单位, an 整改期限 partly in days from the 下达日期 (and one 立行立改), the 落实情况; the
# 执法大队 and date at the foot.
FISH_ROWS = [
    (
        "范渔整〔2024〕06号",
        "2024年7月9日",
        "范县陆集乡人民政府",
        "陆集乡黄河渡口停靠涉渔“三无”船舶3艘",
        "2024年7月31日",
        "已拆解2艘，1艘正在拆解",
    ),
    (
        "范渔整〔2024〕07号",
        "2024年7月9日",
        "范县鑫河渔业专业合作社",
        "作业渔船未按规定配备救生衣",
        "3日内",
        "已配齐救生衣，复查合格",
    ),
    (
        "范渔整〔2024〕08号",
        "2024年7月10日",
        "范县黄河滩渔业养殖专业合作社",
        "禁渔期使用禁用渔具“地笼网”",
        "立行立改",
        "地笼网已当场收缴销毁",
    ),
    (
        "范渔整〔2024〕09号",
        "2024年7月10日",
        "范县长河渔业专业合作社",
        "渔船消防器材过期失效",
        "2024年7月20日",
        "未整改",
    ),
    (
        "范渔整〔2024〕10号",
        "2024年7月11日",
        "范县彭楼码头管理所",
        "码头未建立渔获物上岸登记台账",
        "2024年8月15日",
        "",
    ),
    (
        "范渔整〔2024〕11号",
        "2024年7月11日",
        "范县鑫河渔业专业合作社",
        "渔船船名号标识模糊不清",
        "7日内",
        "正在重新喷涂船名号",
    ),
]


def write_fish_docx(path: Path) -> Path:
    doc = _new_document("执法大队")
    _title(doc, "黄河范县段渔政执法检查整改通知书落实情况", 18)
    _paragraph(doc, "填报单位：范县农业综合行政执法大队    填报日期：2024年7月29日", 12)
    _paragraph(
        doc,
        "2024年7月8日至11日，我大队在黄河范县段开展清理整治涉渔“三无”船舶、打击非法捕捞专项行动，出动执法人员"
        "32人次，检查渔船47艘、渔业码头3处，发出整改通知书6份。各整改通知书落实情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FISH_ROWS, 1)]
    _table(
        doc, ["序号", "通知书编号", "下达日期", "整改责任单位", "检查发现问题", "整改期限", "落实情况"], body
    )
    _paragraph(doc, "注：整改期限以日计的，自通知书下达之日起计算。", 12)
    _paragraph(doc, "范县农业综合行政执法大队", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fish(path: Path) -> Path:
    return via_soffice(write_fish_docx, path, "doc", "渔政执法检查整改通知书落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 种子市场专项检查问题整改, after a 种子市场专项检查督导组's account of four counties' seed shops (认真检查了21个经营门店;
# 经销档案不健全, 无调种植物检疫手续; 标签标识不规范, 缺审定编号, 缺生产日期或不清晰, 包装袋夸大宣传商品名;
# 销售人员对新《种子法》缺乏了解):
# http://farm.00-net.com/hq/1/2016-11-18/hq_154808.html
# A .zip of two counties' returns: an .xlsx from one county's 种子管理站 (one header row with the shop as 整改责任单位, its
# 乡镇, 整改结果 and 备注) and a .docx from the other county's 农业农村局 (a table, one row 长期坚持).
SEED_A_ROWS = [
    (
        "清丰县丰收种业经营部",
        "城关镇",
        "经营档案不健全，未记载种子来源和去向",
        "完善经营档案",
        "2024.7.10",
        "已整改",
        "",
    ),
    (
        "清丰县金田农资超市",
        "马庄桥镇",
        "销售的玉米种子标签缺少审定编号",
        "下架，更换合格标签",
        "2024.7.15",
        "已下架，正在联系供种企业更换标签",
        "",
    ),
    ("清丰县惠民种子门市部", "仙庄镇", "调入种子无植物检疫证明", "补办检疫证明", "7月20日前", "未整改", ""),
    (
        "清丰县绿丰农资经营部",
        "韩村镇",
        "种子包装袋以“高产王”夸大宣传商品名",
        "停止销售夸大宣传包装的种子",
        "2024.7.31",
        "",
        "",
    ),
    ("清丰县瑞丰种业门市部", "阳邵镇", "未办理种子销售备案", "办理备案", "2024.7.12", "已办理备案", ""),
    (
        "清丰县众诚农资店",
        "六塔乡",
        "小麦种子标签生产日期模糊不清",
        "暂停销售，由生产企业换标",
        "2024年8月10日",
        "已暂停销售，待厂家换标",
        "",
    ),
]
SEED_B_ROWS = [
    ("南乐县丰裕种业门市部", "销售未经审定的小麦品种", "立案调查", "2024年8月31日", "已立案调查"),
    ("南乐县农丰农资经营部", "种子经营档案保存不足两年", "补齐经营档案", "2024.7.15", "已补齐"),
    ("南乐县千口镇禾丰种子店", "经营场所未公示所售品种审定信息", "公示品种信息", "2024.7.20", "未整改"),
    ("南乐县谷金楼乡宏达农资店", "分装种子无分装标签", "规范分装标签", "7月底前", ""),
    ("南乐县元村镇金穗种业经营部", "销售凭证开具不规范", "规范开具销售凭证", "长期坚持", "长期坚持"),
]


def write_seed_book(path: Path) -> Path:
    b = Book(path, author="种子管理站")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 10, 36, 26, 14, 30, 10])
    b.line(ws, 0, "清丰县种子市场专项检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县农业农村局种子管理站    检查时间：2024年7月2日至7月5日    填报日期：2024年7月26日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "经营门店（整改责任单位）",
            "所在乡镇",
            "检查发现问题",
            "整改要求",
            "整改时限",
            "整改结果",
            "备注",
        ],
    )
    for i, row in enumerate(SEED_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SEED_A_ROWS)
    b.line(ws, end + 1, "本次共检查种子经营门店21家，发现问题6个。", 7)
    b.line(ws, end + 2, "填表人：黄振华    联系电话：0393-7221943", 7)
    return b.close()


def write_seed_docx(path: Path) -> Path:
    doc = _new_document("南乐县农业农村局")
    _title(doc, "南乐县种子市场专项检查问题整改落实情况", 18)
    _paragraph(doc, "填报单位：南乐县农业农村局    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(SEED_B_ROWS, 1)]
    _table(doc, ["序号", "经营单位", "存在问题", "处理意见", "整改期限", "落实情况"], body)
    _paragraph(doc, "填表人：付丽娟    审核人：邵国强    联系电话：0393-7162355", 12)
    return _save_fixed(doc, path)


def write_seed(path: Path) -> Path:
    members = [
        ("清丰县种子市场专项检查问题整改台账.xlsx", write_seed_book),
        ("南乐县种子市场专项检查问题整改落实情况.docx", write_seed_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 撂荒地排查整治台账, after a town's 撂荒地整治 (对全镇30个行政村开展地毯式摸排, 对撂荒地位置、数量、面积、撂荒原因、
# 撂荒年限、土地现状信息进行登记造册, 制定复耕复种计划; 一户一策、一地一策; 自行复耕、委托代耕、土地流转):
# http://m.dfzdm.com/html/1659/2022-05-26/content-377535.html
# An .xlsx from the town itself: title, 填报单位 line, one header row with the 村 and 地块位置, 撂荒面积, 撂荒年限, a
# 撂荒情况 sentence, the 整治方式 in the source's three terms, the 包村干部 (a person), 复耕复种时限 and 整治进展,
# a 合计 row and a signature line.
IDLE_ROWS = [
    (
        "打渔陈村",
        "村东南洼地",
        12.5,
        "2年",
        "村东南洼地地势低洼排水不畅，连续两年未耕种",
        "委托代耕",
        "张国庆",
        "2024年10月15日",
        "已开挖排水沟，正在与代耕合作社签订协议",
    ),
    (
        "郭屯村",
        "金堤河北岸",
        6.8,
        "3年",
        "金堤河北岸地块户主外出务工，无人耕种",
        "土地流转",
        "李红梅",
        "2024年9月30日",
        "已流转给台前县丰源种植专业合作社并播种大豆，复种到位",
    ),
    (
        "高堤口村",
        "村西老宅基地周边",
        3.2,
        "1年",
        "村西零散地块面积小、机械难以进入",
        "自行复耕",
        "王志强",
        "2024年7月20日",
        "已复耕种植玉米，整改完成",
    ),
    (
        "梁庙村",
        "村北沙岗地",
        8.4,
        "4年",
        "村北沙岗地土壤贫瘠，农户种植意愿低",
        "委托代耕",
        "刘庆华",
        "2024年10月31日",
        "",
    ),
    (
        "张楼村",
        "引黄渠南侧",
        4.6,
        "2年",
        "引黄渠南侧地块灌溉设施损坏，无法浇地",
        "自行复耕",
        "孟凡军",
        "2024年8月31日",
        "尚未启动",
    ),
    (
        "后赵村",
        "村南",
        5.1,
        "2年",
        "村南地块权属存在争议，双方均未耕种",
        "土地流转",
        "赵建华",
        "年底前",
        "镇司法所正在调解权属争议",
    ),
    (
        "前赵村",
        "村东",
        2.3,
        "1年",
        "村东地块户主年老体弱无力耕种",
        "委托代耕",
        "赵建华",
        "2024年7月10日",
        "已由村集体代耕种上玉米，复耕到位",
    ),
]


def write_idle(path: Path) -> Path:
    b = Book(path, author="打渔陈镇农业服务中心")
    ws = b.sheet("撂荒地台账")
    b.widths(ws, [6, 12, 18, 10, 10, 40, 12, 10, 16, 34])
    b.line(ws, 0, "打渔陈镇撂荒地排查整治台账", 9, b.title)
    b.line(ws, 1, "填报单位：台前县打渔陈镇人民政府（盖章）    填报日期：2024年7月25日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "村名",
            "地块位置",
            "撂荒面积（亩）",
            "撂荒年限",
            "撂荒情况",
            "整治方式",
            "包村干部",
            "复耕复种时限",
            "整治进展",
        ],
    )
    for i, row in enumerate(IDLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(IDLE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, round(sum(r[2] for r in IDLE_ROWS), 1))
    b.merge(ws, end, 4, end, 9, "共排查撂荒地块7宗")
    b.line(
        ws,
        end + 2,
        "镇长：（签字）        分管领导：陈建民        填表人：杨帆        联系电话：0393-2213657",
        9,
    )
    return b.close()


FILES = [
    ("濮阳县耕地保护督察反馈问题图斑整改销号台账.xlsx", write_farmland),
    ("范县农村乱占耕地建房两违整治进度台账.xls", write_land),
    ("2024年度生产矿山地质环境治理双随机一公开检查情况一览表.xlsx", write_mine),
    ("濮阳县林长制专项督查反馈问题整改情况报告.docx", write_forest),
    ("南乐县河湖清四乱问题整改台账.csv", write_river),
    ("农产品质量安全监督抽查不合格产品核查处置情况表.et", write_produce),
    ("规模养殖场动物卫生监督检查发现问题整改清单.ods", write_animal),
    ("农业机械安全隐患告知书登记台账（濮阳县）.xlsx", write_machine),
    ("黄河范县段渔政执法检查整改通知书落实情况.wps", write_fish),
    ("种子市场专项检查问题整改（清丰县、南乐县）.zip", write_seed),
    ("打渔陈镇撂荒地排查整治台账.xlsx", write_idle),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev44 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions),
a CSV in GBK, a .docx with a table and a .wps (Word 97 via LibreOffice) whose items are cards of
【】 lines. Contents are made up; statistics date 2024-07-31. Run from this folder: python make_dev44.py.
Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 机关档案和保密工作专项检查发现问题整改情况表, after a 年度保密工作检查记录表 (检查日期/检查范围 lines;
# sections 保密责任、保密组织机构、保密制度、保密监督管理; each check with 完成情况 是□ 否□ and 具体情况):
# https://m.zixin.com.cn/doc/1735373.html
# An .xls (xlwt): title, 检查时间/检查组 line, a two-row header with 整改是否到位 merged over 是/否 (a √
# under one of them), section rows per 检查项目, a 检查人 column beside the unit, a 注 line and a signature
# line.
SECRET_SECTIONS = [
    (
        "一、保密责任落实",
        [
            (
                "市人社局",
                "涉密文件未建立登记台账，收发未履行签收手续",
                "是",
                "已建立涉密载体台账，补办签收手续",
                "2024.7.15",
                "刘洋",
            ),
            (
                "市统计局",
                "离岗涉密人员未及时清退涉密载体",
                "否",
                "",
                "2024.7.31",
                "刘洋",
            ),
        ],
    ),
    (
        "二、涉密计算机及载体管理",
        [
            (
                "市卫生局",
                "非涉密计算机中存储涉密文件",
                "是",
                "已删除相关文件，对当事人批评教育",
                "2024.6.30",
                "陈静",
            ),
            (
                "市公共资源交易中心",
                "电子档案未进行异地备份",
                "",
                "长期坚持，按季度开展异地备份",
                "长期坚持",
                "陈静",
            ),
        ],
    ),
    (
        "三、档案管理",
        [
            (
                "市国土资源局",
                "档案库房未配备温湿度调控设备",
                "否",
                "已申请专项经费，设备正在采购",
                "8月底前",
                "王海峰",
            ),
            (
                "市医保局",
                "2019年以前文书档案未按期向市档案馆移交",
                "否",
                "已完成2017—2018年档案整理，剩余部分正在整理",
                "2024年9月30日",
                "王海峰",
            ),
            (
                "交通局",
                "保密制度未及时修订，仍沿用2015年版本",
                "是",
                "已修订印发《保密工作管理办法》",
                "2024.7.10",
                "王海峰",
            ),
        ],
    ),
]


def write_secret(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, sec = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(bold=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "机关档案和保密工作专项检查发现问题整改情况表", t, 0, last),
        (
            1,
            0,
            "检查时间：2024年6月17日至6月21日    检查组：市委保密办、市档案馆联合检查组",
            plain,
            1,
            last,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "被检查单位", h, 3, 1),
        (2, 2, "发现问题", h, 3, 2),
        (2, 3, "整改是否到位", h, 2, 4),
        (3, 3, "是", h),
        (3, 4, "否", h),
        (2, 5, "具体情况", h, 3, 5),
        (2, 6, "整改时限", h, 3, 6),
        (2, 7, "检查人", h, 3, 7),
        (2, 8, "备注", h, 3, 8),
    ]
    r, n = 4, 0
    for heading, rows in SECRET_SECTIONS:
        cells.append((r, 0, heading, sec, r, last))
        r += 1
        for unit, problem, done, detail, limit, checker in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 1, unit, c),
                (r, 2, problem, c),
                (r, 3, "√" if done == "是" else "", ctr),
                (r, 4, "√" if done == "否" else "", ctr),
                (r, 5, detail, c),
                (r, 6, limit, ctr),
                (r, 7, checker, ctr),
                (r, 8, "", c),
            ]
            r += 1
    cells += [
        (
            r + 1,
            0,
            "注：整改到位的在“是”栏打“√”，未整改到位的在“否”栏打“√”；需长期坚持的不打“√”，在具体情况栏说明。",
            plain,
            r + 1,
            last,
        ),
        (
            r + 2,
            0,
            "检查组组长：李卫东    填表人：陈静    联系电话：0393-4412376    填表日期：2024年7月29日",
            plain,
            r + 2,
            last,
        ),
    ]
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 矛盾督办列表, after a 网格化社会治理 system's list of 督办 矛盾纠纷
# (受理编号/所属辖区/登记人/督办单位/督办时间/ 矛盾主题/办理阶段/办理单位/矛盾类型/当事人/督办理由;
# 办理阶段 and 办理单位 are in the page, commented out):
# https://github.com/EmptyHeart5215/GM_V3.0/blob/f40ab37387fc3135b53caf3eac647a836390e1e2/GSM_V3.0/WebContent/WEB-INF/view/event/econtradict/dubanManage.jsp
# A CSV in GBK as the list exports: a caption line, one header line, the rows, a 合计 line. 登记人,
# 督办单位 and 当事人 stand beside the 办理单位; the 督办理由 gives the deadline in working days from the
# 督办时间.
GRID_ROWS = [
    (
        "HL2024070011",
        "华龙区胜利路街道建设路社区第3网格",
        "王敏",
        "市综治中心",
        "2024-07-01",
        "小区楼上漏水引发邻里纠纷久拖未决",
        "已办结",
        "华龙区胜利路街道办事处",
        "邻里纠纷",
        "张某某",
        "超期未化解，限督办之日起5个工作日内办结",
    ),
    (
        "HL2024070026",
        "华龙区孟轲乡孟轲村第1网格",
        "赵丽",
        "市综治中心",
        "2024-07-05",
        "业主与物业公司因停车收费发生纠纷",
        "办理中",
        "市住建局",
        "物业纠纷",
        "李某",
        "群众多次反映，限督办之日起10个工作日内办结",
    ),
    (
        "PY2024070103",
        "濮阳县城关镇东街村第2网格",
        "孙海涛",
        "县综治中心",
        "2024-07-10",
        "征地补偿款分配引发村民矛盾",
        "办理中",
        "城关镇人民政府",
        "土地纠纷",
        "刘某某等5人",
        "涉及人数多，限7月25日前化解到位",
    ),
    (
        "HL2024070058",
        "华龙区人民路街道大庆路社区第5网格",
        "周敏",
        "市综治中心",
        "2024-07-12",
        "沿街商户占道经营与周边居民发生冲突",
        "已办结",
        "市城管执法局",
        "治安纠纷",
        "陈某",
        "矛盾有激化风险，限督办之日起3个工作日内办结",
    ),
    (
        "QF2024070077",
        "清丰县阳邵镇阳邵村第4网格",
        "郭亮",
        "市综治中心",
        "2024-07-15",
        "建筑工地拖欠农民工工资引发集体讨薪",
        "办理中",
        "市劳动保障局",
        "劳资纠纷",
        "王某某等12人",
        "涉稳风险较高，限督办之日起15个工作日内办结",
    ),
    (
        "HL2024070094",
        "华龙区岳村乡岳村第2网格",
        "杨帆",
        "区综治中心",
        "2024-07-22",
        "相邻两户宅基地界址争议反复发生",
        "逾期未办",
        "岳村乡人民政府",
        "邻里纠纷",
        "马某",
        "超期未签收，限督办之日起5个工作日内办结",
    ),
    (
        "HL2024070112",
        "华龙区中原路街道任丘路社区第1网格",
        "韩雪",
        "市综治中心",
        "2024-07-24",
        "家庭矛盾反复激化存在民转刑风险",
        "办理中",
        "市公安局",
        "婚姻家庭纠纷",
        "宋某某",
        "存在极端风险，限督办之日起5个工作日内办结",
    ),
]


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["矛盾督办列表（导出时间：2024-07-31 09:12）"])
    w.writerow(
        [
            "序号",
            "受理编号",
            "所属辖区",
            "登记人",
            "督办单位",
            "督办时间",
            "矛盾主题",
            "办理阶段",
            "办理单位",
            "矛盾类型",
            "当事人",
            "督办理由",
        ]
    )
    for i, row in enumerate(GRID_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "", "共督办7件，已办结2件", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 防止返贫监测集中排查发现问题整改清单, after a town's account of its 防止返贫监测集中排查
# (户户到、人人访; 收入骤减、支出骤增、住房安全、饮水安全; 边排查边整改, 建立问题整改清单,
# 明确整改措施、时限、责任人, 整改销号):
# https://www.guzhen.gov.cn/gzdt/xzzc/81242887.html
# An .xlsx: title naming the town, 填报单位 line, a two-row header with 责任人 merged over
# 包村干部/村级责任人, the town's own 责任站所 as a column (the unit is the town), a 是否销号 column, a
# 填表说明 and a signature line.
RURAL_ROWS = [
    (
        "张庄村",
        "收入骤减",
        "脱贫户张某因务工中断，家庭人均纯收入低于监测线",
        "纳入监测对象，落实公益岗位",
        "李强",
        "张明",
        "镇乡村振兴办",
        "2024年6月30日前完成",
        "已纳入监测，安排护林员公益岗位",
        "是",
    ),
    (
        "后寨村",
        "住房安全",
        "监测户王某住房屋顶漏雨，存在安全隐患",
        "实施农村危房改造",
        "赵刚",
        "王建设",
        "镇村建所",
        "8月15日前",
        "已完成房屋安全鉴定，施工队已进场",
        "否",
    ),
    (
        "东郭村",
        "饮水安全",
        "村东片区12户自来水季节性断供",
        "维修供水管网，增设加压泵",
        "孙晓燕",
        "郭长林",
        "镇水利站",
        "7月底前",
        "尚未启动",
        "否",
    ),
    (
        "西辛庄村",
        "义务教育",
        "监测户子女雨露计划补助未申报",
        "协助申报雨露计划补助",
        "孙晓燕",
        "辛国庆",
        "镇中心校",
        "2024.7.10",
        "已申报，补助已发放到户",
        "是",
    ),
    (
        "李家村",
        "基本医疗",
        "3户监测户未参加2024年度城乡居民医保",
        "动员参保，落实资助参保政策",
        "赵刚",
        "李红军",
        "镇医保所",
        "7月20日前",
        "2户已参保，1户正在办理",
        "否",
    ),
    (
        "马寨村",
        "产业帮扶",
        "帮扶产业项目食用菌大棚建成后闲置",
        "引进经营主体盘活资产",
        "李强",
        "马振华",
        "镇农业服务中心",
        "2024年9月底",
        "正在与合作社洽谈承包经营",
        "否",
    ),
    (
        "全镇",
        "信息比对",
        "防返贫监测信息系统部分数据与实际不符",
        "开展数据清洗，建立常态化比对机制",
        "李强",
        "—",
        "镇乡村振兴办",
        "长期坚持",
        "常态化推进",
        "—",
    ),
    (
        "北街村",
        "兜底保障",
        "1户突发严重困难户未及时纳入低保",
        "启动临时救助并申报低保",
        "赵刚",
        "周文斌",
        "镇民政所",
        "6月20日前",
        "",
        "",
    ),
]


def write_rural(path: Path) -> Path:
    b = Book(path, author="王助镇乡村振兴办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 10, 10, 34, 26, 10, 10, 14, 16, 26, 10])
    last = 10
    b.line(ws, 0, "王助镇2024年防止返贫监测集中排查发现问题整改清单", last, b.title)
    b.line(ws, 1, "填报单位（盖章）：王助镇人民政府    填报日期：2024年7月30日", last)
    for col, word in enumerate(["序号", "村（居）", "问题类型", "存在问题", "整改措施"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "责任人", b.head)
    ws.write_string(3, 5, "包村干部", b.head)
    ws.write_string(3, 6, "村级责任人", b.head)
    for col, word in enumerate(["责任站所", "整改时限", "整改进展", "是否销号"], 7):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(RURAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RURAL_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.整改时限按镇巩固拓展脱贫攻坚成果领导小组要求填写；2.问题整改到位并经验收的，“是否销号”栏填“是”。",
        last,
    )
    b.line(
        ws,
        end + 2,
        "镇主要负责人：刘振东    分管负责人：李强    填表人：韩冰    联系电话：0393-8861023",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 住宅小区物业服务专项整治问题工作台账, after a city 住建局's check with the 属地社区 of the
# 专业物业管理住宅小区 (对照专项整治问题工作台账; 公示信息更新滞后、绿化养护缺失、公共区域清洁不达标;
# 责令限期整改; 联合开展“回头看”):
# http://www.nodetpl.com/2025/0618/512190.shtml
# An .ods (LibreOffice conversion): title, 检查单位 line, one header row with 交办日期 and 整改期限 partly
# in days from it (one 立行立改), a “回头看”核查情况 column, a 注 line and the office at the foot.
ESTATE_ROWS = [
    (
        "锦绣花园",
        "人民路社区",
        "公示栏物业服务内容和收费标准未及时更新",
        "更新公示信息，接受业主监督",
        "濮阳市安居物业服务有限公司",
        date(2024, 6, 12),
        "7日内",
        "已整改到位",
    ),
    (
        "龙城御苑",
        "大庆路社区",
        "绿化带枯死苗木未补植，绿化养护缺失",
        "补植苗木，落实日常养护",
        "河南正和物业管理有限公司",
        date(2024, 6, 12),
        "2024年7月31日前",
        "正在整改，已补植约六成",
    ),
    (
        "建业小区",
        "建设路社区",
        "楼道堆放杂物，公共区域清洁不达标",
        "清理楼道杂物，增加保洁频次",
        "濮阳市宏远物业服务有限公司",
        date(2024, 6, 13),
        "15日内",
        "已整改到位",
    ),
    (
        "中原油田第二十四小区",
        "任丘路社区",
        "业主共有部分经营收益未单独列账公示",
        "建立公共收益专账，按季度公示",
        "濮阳市中原物业管理有限公司",
        date(2024, 6, 13),
        "8月底前",
        "未整改",
    ),
    (
        "开州花园",
        "开州路社区",
        "消防通道被私家车占用，部分消防器材缺失",
        "清理消防通道，补齐消防器材",
        "河南建安物业服务有限公司",
        date(2024, 6, 14),
        "立行立改",
        "已整改到位",
    ),
    (
        "文化路12号院",
        "文化路社区",
        "老旧小区无物业管理，生活垃圾清运不及时",
        "引入物业服务企业或由社区托管",
        "华龙区人民路街道办事处",
        date(2024, 6, 14),
        "2024年9月30日",
        "正在协调引入物业服务企业",
    ),
    (
        "盛世华庭",
        "中原路社区",
        "3部电梯年检合格标志过期",
        "督促电梯维保单位完成年检",
        "濮阳市盛世物业服务有限公司",
        date(2024, 6, 12),
        "6月30日前",
        "",
    ),
]


def write_estate_book(path: Path) -> Path:
    b = Book(path, author="物业科")
    ws = b.sheet("工作台账")
    b.widths(ws, [6, 18, 12, 34, 28, 28, 12, 16, 24])
    last = 8
    b.line(ws, 0, "住宅小区物业服务专项整治问题工作台账", last, b.title)
    b.line(
        ws,
        1,
        "检查单位：市住房和城乡建设局物业管理科、属地社区    检查时间：2024年6月3日至6月12日    "
        "“回头看”时间：2024年7月下旬",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "所属社区",
            "检查发现问题",
            "整改要求",
            "责任单位",
            "交办日期",
            "整改期限",
            "“回头看”核查情况",
        ],
    )
    for i, row in enumerate(ESTATE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ESTATE_ROWS)
    b.line(ws, end + 1, "注：整改期限按日计算的，自交办之日起算；立行立改的，交办当日完成。", last)
    b.line(ws, end + 2, "市住房和城乡建设局物业管理科    2024年7月26日", last, b.right)
    return b.close()


def write_estate(path: Path) -> Path:
    via_soffice(write_estate_book, path, "ods", "住宅小区物业服务专项整治问题工作台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 工贸企业安全生产隐患督办清零台账, after a county's 隐患督办清零推进会 (县安委办将排查出的隐患交办;
# 企业明确隐患核查责任人、企业整改责任人、整改时限; 应急管理局聘请专家组复查验收; 逾期未整改的从严处理):
# https://www.ayrbs.com/epaper/html/2019-09/05/content_368744.htm
# An .xlsx: title, 交办单位/交办日期 line, a two-row header (责任人 over 隐患核查责任人/企业整改责任人,
# 复查验收 over 验收结论/验收人), a 检查单位 column beside the 整改责任单位, deadlines in working days from
# the 交办日期, a 合计 row.
HAZARD_ROWS = [
    (
        "市应急管理局执法支队",
        "濮阳市宏达机械制造有限公司",
        "车间配电箱未设置漏电保护装置",
        "加装漏电保护器",
        "赵磊",
        "孙建国",
        "2024.7.15",
        "已整改",
        "验收合格",
        "专家组 周平",
    ),
    (
        "市应急管理局执法支队",
        "濮阳市恒润化工有限公司",
        "危化品仓库可燃气体报警器失效",
        "更换报警器并接入监控平台",
        "赵磊",
        "钱文",
        "15个工作日内",
        "正在整改，报警器已到货待安装",
        "",
        "",
    ),
    (
        "专家组",
        "濮阳华锦纺织有限公司",
        "有限空间作业未建立审批制度",
        "制定有限空间作业审批制度并组织培训",
        "杨光",
        "刘芳",
        "30日内",
        "已制定审批制度，培训正在组织",
        "",
        "",
    ),
    (
        "专家组",
        "濮阳市金源粮油有限公司",
        "粉尘涉爆车间除尘器未设置泄爆装置",
        "加装泄爆片",
        "杨光",
        "郑海",
        "2024年8月31日",
        "未整改",
        "",
        "",
    ),
    (
        "市应急管理局执法支队",
        "濮阳市鑫海建材有限公司",
        "叉车司机无证上岗",
        "调离岗位，组织培训取证",
        "赵磊",
        "冯涛",
        "立行立改",
        "已调离岗位，安排培训取证",
        "验收合格",
        "专家组 周平",
    ),
    (
        "专家组",
        "濮阳市天成食品有限公司",
        "冷库氨制冷机房应急喷淋装置损坏",
        "修复喷淋装置",
        "杨光",
        "吴军",
        "7月底前",
        "已修复",
        "验收合格",
        "专家组 高峰",
    ),
    (
        "市应急管理局执法支队",
        "濮阳市永安木业有限公司",
        "安全生产责任制未覆盖全员",
        "修订全员安全生产责任制并考核",
        "赵磊",
        "何东",
        "长期坚持",
        "常态化推进",
        "",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 18, 28, 32, 26, 10, 10, 14, 26, 12, 14])
    last = 10
    b.line(ws, 0, "工贸企业安全生产隐患督办清零台账", last, b.title)
    b.line(
        ws,
        1,
        "交办单位：市安全生产委员会办公室    交办日期：2024年7月5日    整改时限按日计算的，自交办日期起算",
        last,
    )
    for col, word in enumerate(["序号", "检查单位", "整改责任单位", "隐患内容", "整改措施"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "责任人", b.head)
    ws.write_string(3, 5, "隐患核查责任人", b.head)
    ws.write_string(3, 6, "企业整改责任人", b.head)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改情况", b.head)
    b.merge(ws, 2, 9, 2, 10, "复查验收", b.head)
    ws.write_string(3, 9, "验收结论", b.head)
    ws.write_string(3, 10, "验收人", b.head)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    r = 4 + len(HAZARD_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, last, "交办隐患7项，已验收3项", b.cell)
    b.line(
        ws,
        r + 2,
        "填报单位：市安全生产委员会办公室（代章）    填表人：马骏    审核人：邓宏伟    2024年7月30日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 一套表调查单位名录库数据质量核查问题整改台账, after a city 统计局's 名录库数据质量核查工作方案
# (单位是否真实存在、是否正常运营、是否为法人单位; 统一社会信用代码、单位详细名称、区划代码、登记注册类型、
# 执行会计标准类别、机构类型; 核查结果汇成附表):
# https://sd.010b.com/policy/detail/168356.html
# An .et (Excel 97 via LibreOffice): 附表 line, title, 核查时间 line, one header row with the 调查单位
# beside the 整改责任单位, dates written as text (2024.7.10), a 填表说明 and a signature line.
STAT_ROWS = [
    (
        "濮阳市龙丰纸业有限公司",
        "91410928MA44XXXX1K",
        "信息准确性",
        "单位已停产半年，名录库运营状态仍为正常运营",
        "濮阳县统计局",
        "核实后变更运营状态",
        "2024.7.10",
        "已变更",
    ),
    (
        "河南中润建设工程有限公司",
        "91410922MA45XXXX7B",
        "信息准确性",
        "登记注册类型与市场监管部门登记信息不一致",
        "清丰县统计局",
        "比对共享信息后修改",
        "2024.7.20",
        "已核实，待省统计局审核通过后变更",
    ),
    (
        "濮阳市华瑞商贸有限公司",
        "91410902MA46XXXX3C",
        "单位真实性",
        "注册地址查无此单位，疑似空壳调查单位",
        "华龙区统计局",
        "实地核查，确认后按程序退库",
        "2024.7.31",
        "未整改",
    ),
    (
        "南乐县永兴农业开发有限公司",
        "91410923MA47XXXX5D",
        "信息准确性",
        "行业代码填报错误，应为农副食品加工业",
        "南乐县统计局",
        "修改行业代码",
        "7月15日前",
        "已修改",
    ),
    (
        "范县瑞丰化工有限公司",
        "91410926MA48XXXX9E",
        "管理规范性",
        "统计原始记录和统计台账缺失",
        "范县统计局",
        "指导企业建立统计台账",
        "8月底前",
        "已下发整改通知，企业正在补建台账",
    ),
    (
        "台前县鑫源电子有限公司",
        "91410927MA49XXXX2F",
        "信息准确性",
        "执行会计标准类别填报错误",
        "台前县统计局",
        "修改执行会计标准类别",
        "2024.7.5",
        "",
    ),
    (
        "—",
        "—",
        "管理规范性",
        "部门共享数据与名录库比对更新机制未建立",
        "市统计局",
        "建立常态化比对更新机制",
        "长期坚持",
        "已按季度开展比对",
    ),
]


def write_stat_book(path: Path) -> Path:
    b = Book(path, author="普查中心")
    ws = b.sheet("附表2")
    b.widths(ws, [6, 28, 22, 12, 36, 16, 24, 12, 30])
    last = 8
    b.line(ws, 0, "附表2", last)
    b.line(ws, 1, "一套表调查单位名录库数据质量核查问题整改台账", last, b.title)
    b.line(ws, 2, "核查时间：2024年6月    填报日期：2024年7月30日", last)
    b.header(
        ws,
        3,
        [
            "序号",
            "调查单位详细名称",
            "统一社会信用代码",
            "问题类别",
            "核查发现问题",
            "整改责任单位",
            "整改要求",
            "完成时限",
            "整改结果",
        ],
    )
    for i, row in enumerate(STAT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STAT_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：问题类别按单位真实性、信息准确性、管理规范性填写；完成时限以市统计局核查反馈通知为准。",
        last,
    )
    b.line(
        ws, end + 2, "单位负责人：许明    统计负责人：田静    填表人：吕娜    联系电话：0393-4417285", last
    )
    return b.close()


def write_stat(path: Path) -> Path:
    return via_soffice(write_stat_book, path, "xls", "名录库数据质量核查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 校园周边食品安全专项检查问题台账（销号清单）, after a city 市场监管局's 校园周边食品安全专项检查
# (学校周边200米; 商超、仓买、食品便利店; 索证索票不全、进货查验制度落实不到位; 建立问题台账, 实施清单管理,
# 跟踪督办整改, 逐一销号):
# http://5o.net.cn/html/95e21999685.html
# A .docx: title, 报送单位 line under the bureau's former name, preamble paragraph, one table with 牵头单位
# and 配合单位 side by side and a 销号情况 column, the office and date.
FOOD_ROWS = [
    (
        "濮阳市第一中学",
        "校门东侧小卖部销售“三无”辣条类食品",
        "市食药监局",
        "市教育局",
        "2024年7月10日",
        "已下架销毁并立案查处",
        "已销号",
    ),
    (
        "油田第三小学",
        "校园周边流动摊贩售卖散装熟食",
        "市城管局",
        "市市场监管局",
        "7月底前",
        "正在开展集中清理",
        "未销号",
    ),
    (
        "濮阳市实验小学",
        "学校食堂2名从业人员健康证过期",
        "教育局",
        "",
        "2024.7.5",
        "已全部重新办理健康证",
        "已销号",
    ),
    (
        "华龙区第二初级中学",
        "周边超市进货查验记录不全，索证索票不全",
        "市市场监督管理局",
        "",
        "8月15日前",
        "已约谈经营者，正在补齐票证",
        "未销号",
    ),
    (
        "濮阳市第四中学",
        "校外托管机构食堂无证经营",
        "市市场监督管理局",
        "市教育局",
        "2024年7月20日",
        "未整改",
        "未销号",
    ),
    (
        "南乐县第一高级中学",
        "周边餐馆后厨防鼠设施缺失",
        "南乐县市场监督管理局",
        "",
        "8月31日前",
        "",
        "",
    ),
    (
        "全市",
        "校园周边食品经营者主体责任落实不到位",
        "市市场监督管理局",
        "各县（区）人民政府",
        "长期坚持",
        "常态化开展“六查六看”",
        "—",
    ),
]


def write_food(path: Path) -> Path:
    doc = _new_document("食品经营科")
    _title(doc, "校园周边食品安全专项检查问题台账（销号清单）")
    _paragraph(doc, "报送单位：濮阳市食品药品监督管理局    报送日期：2024年7月29日", 12)
    _paragraph(
        doc,
        "按照市食安办关于开展校园周边食品安全专项检查的部署，我局对全市中小学校园周边200米范围内的食品经营者"
        "开展了全覆盖检查，对发现的问题建立台账、实施清单管理、跟踪督办、逐一销号。现将问题台账报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(FOOD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "学校名称",
            "存在问题",
            "牵头单位",
            "配合单位",
            "整改期限",
            "整改情况",
            "销号情况",
        ],
        body,
    )
    _paragraph(doc, "濮阳市食品药品监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 巡察反馈问题整改台账 from two 市直 units, after a town 纪委's “红黄蓝”三色标注 of 巡察反馈问题
# (蓝色代表已报结完成整改事项, 黄色代表正在整改事项, 红色代表未能按照既定时间节点完成整改事项;
# 动态跟踪、月度报告):
# http://www.gaotai.gov.cn/yw/gzdt/202305/t20230526_1052041.html
# A .zip of two .xlsx returns; each names its unit only in the title and 填报单位 line, its rows name the
# unit's own 责任科室 and 责任领导, and a 标注 column holds 红/黄/蓝 on a cell of that colour, explained in
# a 标注说明 line.
PATROL_RETURNS = [
    (
        "濮阳市民政局",
        [
            (
                "贯彻落实上级决策部署",
                "社区养老服务设施建设进度滞后，2处社区养老服务中心未按期建成",
                "加快工程进度，尽快投入运营",
                "副局长 张华",
                "养老服务科",
                "2024年6月底前",
                "已建成并投入运营",
                "蓝",
            ),
            (
                "全面从严治党",
                "社会救助资金发放审核把关不严",
                "对2023年以来发放情况开展全面复核",
                "副局长 刘军",
                "社会救助科",
                "2024年8月31日",
                "正在开展全面复核，已复核完成约四成",
                "黄",
            ),
            (
                "财务管理",
                "部分公务接待无公函，接待清单不完整",
                "严格执行公务接待制度，完善接待清单",
                "局长 王建国",
                "财务科",
                "7月15日前",
                "进展滞后",
                "红",
            ),
            (
                "干部队伍建设",
                "年轻干部培养储备不足",
                "制定年轻干部培养计划，常态化推进",
                "局长 王建国",
                "人事科",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "濮阳市商务局",
        [
            (
                "贯彻落实上级决策部署",
                "县域商业体系建设项目资金拨付不及时",
                "按进度及时拨付项目资金",
                "副局长 孔文",
                "财务科",
                "2024年7月31日",
                "已拨付到位",
                "蓝",
            ),
            (
                "全面从严治党",
                "对下属事业单位监督管理不到位",
                "制定下属单位监管办法",
                "局长 钱立新",
                "办公室",
                "2024年9月30日前",
                "监管办法已起草，正在征求意见",
                "黄",
            ),
            (
                "作风建设",
                "招商引资项目台账更新不及时",
                "建立招商项目台账月更新制度",
                "副局长 孔文",
                "外资科",
                "2024.6.30",
                "未启动",
                "红",
            ),
            (
                "巡察移交问题",
                "成品油市场执法检查记录不全",
                "补齐检查记录，规范执法档案",
                "副局长 孙立",
                "市场建设科",
                "8月底前",
                "",
                "",
            ),
        ],
    ),
]
PATROL_COLOURS = {"蓝": "#9DC3E6", "黄": "#FFE699", "红": "#F4B183"}


def write_patrol_book(path: Path, unit: str, rows: list[tuple]) -> Path:
    b = Book(path, author=unit)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 36, 30, 14, 14, 16, 28, 8])
    last = 8
    b.line(ws, 0, f"市委第三巡察组反馈{unit}问题整改台账", last, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{unit}    截至日期：2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "具体问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "完成时限",
            "整改进展",
            "标注",
        ],
    )
    marks = {
        colour: b.book.add_format({"border": 1, "align": "center", "valign": "vcenter", "bg_color": fill})
        for colour, fill in PATROL_COLOURS.items()
    }
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:-1]), first=1)
        b.put(ws, 2 + i, 8, row[-1], marks.get(row[-1], b.center))
    end = 3 + len(rows)
    b.line(
        ws,
        end + 1,
        "标注说明：蓝色为已完成整改，黄色为正在整改，红色为未按时间节点完成整改；长期坚持事项不标注。",
        last,
    )
    b.line(ws, end + 2, "主要负责人：            填表人：            联系电话：", last)
    return b.close()


def write_patrol(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, rows in PATROL_RETURNS:
            name = f"巡察反馈问题整改台账（{unit}）.xlsx"
            member = write_patrol_book(Path(tmp) / name, unit, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 审计问题整改台账, after an audit system's export of its 审计问题子对象 (@Excel columns
# 问题定性/问题描述/整改状态/ 整改截止日期/整改措施/整改结果/整改支撑材料路径):
# https://github.com/Niconiconi233/sjxt/blob/79cf29d8b4cc9fea6c1a2ee6ead393781c781345/ruoyi-audit/src/main/java/com/ruoyi/audit/domain/AuditIssue.java
# An .xlsx as the export writes it: a title row naming the audited unit under its former name (水务局), the
# one header row of the @Excel names, real date cells for 整改截止日期, JSON paths for the materials; no
# unit column at all.
AUDIT_ROWS = [
    (
        "预算管理",
        "2023年度项目支出预算执行率仅为62%，部分项目资金滞留",
        "已整改",
        date(2024, 6, 30),
        "加快预算执行，盘活存量资金",
        "已收回存量资金356万元上缴财政",
        '["/profile/upload/2024/07/02/czjk_20240702.pdf"]',
    ),
    (
        "资产管理",
        "固定资产账实不符，12台防汛抽水设备未入账",
        "整改中",
        date(2024, 8, 31),
        "开展资产清查，补办入账手续",
        "已完成清查，正在办理入账手续",
        "[]",
    ),
    (
        "政府采购",
        "河道清淤项目未按规定公开招标",
        "已整改",
        date(2024, 7, 15),
        "完善政府采购内控制度",
        "已修订《政府采购内部控制办法》并印发执行",
        '["/profile/upload/2024/07/12/cgbf_20240712.pdf"]',
    ),
    (
        "专项资金管理",
        "农村饮水安全维修养护资金挪用于办公楼维修",
        "未整改",
        date(2024, 7, 31),
        "归还原资金渠道",
        "",
        "[]",
    ),
    (
        "财务管理",
        "往来款项长期挂账未清理，金额89.6万元",
        "整改中",
        date(2024, 12, 31),
        "分类清理往来款项",
        "已清理41.2万元，其余正在清理",
        '["/profile/upload/2024/07/25/wlk_20240725.xlsx"]',
    ),
    (
        "工程管理",
        "水库除险加固工程结算金额超合同价",
        "",
        date(2024, 9, 30),
        "委托第三方复核工程结算",
        "",
        "[]",
    ),
    (
        "内部控制",
        "内部控制制度执行不到位，部分支出审批手续不全",
        "长期坚持",
        None,
        "健全内控制度并定期检查",
        "已建立季度内控检查制度",
        '["/profile/upload/2024/06/28/nk_20240628.pdf"]',
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="ruoyi")
    ws = b.sheet("审计问题数据")
    b.widths(ws, [14, 44, 12, 30, 30, 36, 44])
    b.line(ws, 0, "2023年度市水务局预算执行审计问题整改台账", 6, b.title)
    b.header(
        ws,
        1,
        ["问题定性", "问题描述", "整改状态", "整改截止日期", "整改措施", "整改结果", "整改支撑材料路径"],
    )
    for i, row in enumerate(AUDIT_ROWS):
        b.row(ws, 2 + i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 突出生态环境问题曝光及整改情况, after a city 生态环境局's public exposure of 突出生态环境问题 as
# cards (【1月21日问题一】【点位名称】【所属区域】【位置】【主管单位】【存在问题】【整改要求】【整改期限】立
# 行立改; 请…开展现场调查，并将处理情况报告):
# https://sthjj.wuhu.gov.cn/ztzl/hjwfpgt/8686795.html
# A .wps (Word 97 via LibreOffice): title, preamble, one card of 【】 lines per problem with the 交办 date
# in its heading, 【整改情况】 added by the return (left out where nothing was reported), the bureau and
# date at the foot.
ECO_CARDS = [
    (
        "7月3日交办 问题一",
        "京开大道与长庆路交叉口道路积尘",
        "华龙区",
        "京开大道长庆路口至开州路段",
        "市城管局",
        "该路段道路积尘严重，车过尘起",
        "加大冲洗保洁频次，保持路面无浮土",
        "立行立改",
        "已完成冲洗保洁，经复查路面无积尘",
    ),
    (
        "7月3日交办 问题二",
        "马颊河濮上园段水面漂浮物",
        "华龙区",
        "马颊河濮上园桥下游200米",
        "市水务局",
        "河面漂浮生活垃圾和水葫芦",
        "及时打捞清理，建立日常保洁机制",
        "7月10日前",
        "已打捞清理完毕",
    ),
    (
        "7月8日交办 问题三",
        "胜利路与黄河路交叉口东北角在建工地",
        "华龙区",
        "胜利路与黄河路交叉口东北角",
        "市住建局",
        "工地裸土未覆盖，土方作业未采取湿法作业",
        "裸土全覆盖，落实湿法作业",
        "3日内",
        "正在整改，裸土已覆盖约八成",
    ),
    (
        "7月8日交办 问题四",
        "濮水河上游排污口",
        "开发区",
        "濮水河昆吾路桥上游",
        "市环保局",
        "排污口疑似偷排，周边水体发黑发臭",
        "溯源排查，依法查处违法排污行为",
        "7月31日前",
        "已立案调查，正在溯源排查",
    ),
    (
        "7月15日交办 问题五",
        "岳村乡城乡结合部露天焚烧垃圾",
        "华龙区",
        "岳村乡马呼屯村西侧空地",
        "岳村乡人民政府",
        "城乡结合部空地露天焚烧生活垃圾",
        "立即清理焚烧点，加强巡查管控",
        "立行立改",
        "未整改",
    ),
    (
        "7月15日交办 问题六",
        "建设路餐饮一条街油烟直排",
        "华龙区",
        "建设路与京开大道交叉口以东",
        "市城市管理局",
        "餐饮商户未安装油烟净化设施，油烟直排",
        "督促安装油烟净化设施并定期清洗",
        "2024年8月15日前",
        "",
    ),
    (
        "7月22日交办 问题七",
        "王助镇某生猪养殖场",
        "濮阳县",
        "王助镇后寨村东500米",
        "市农业局",
        "养殖场粪污未经处理直排沟渠",
        "停止直排，配套建设储粪池",
        "15日内",
        "已责令停养整改，储粪池正在建设",
    ),
]


def _card(doc, card: tuple) -> None:
    heading, spot, area, place, owner, problem, demand, limit, result = card
    _paragraph(doc, f"【{heading}】", 16, "黑体")
    for label, value in (
        ("点位名称", spot),
        ("所属区域", area),
        ("位置", place),
        ("主管单位", owner),
        ("存在问题", problem),
        ("整改要求", demand),
        ("整改期限", limit),
    ):
        _paragraph(doc, f"【{label}】{value}")
    if result:
        _paragraph(doc, f"【整改情况】{result}")
    _paragraph(doc, f"请{owner}开展现场调查，并将处理情况报告。")


def write_eco_docx(path: Path) -> Path:
    doc = _new_document("环境执法支队")
    _title(doc, "7月份突出生态环境问题曝光及整改情况")
    _paragraph(
        doc,
        "为深入打好污染防治攻坚战，现将7月份曝光的突出生态环境问题及整改情况通报如下。希望被曝光单位自觉扛起"
        "主体责任，确保整改到位；整改期限按日计算的，自交办之日起算。",
    )
    for card in ECO_CARDS:
        _card(doc, card)
    _paragraph(doc, "濮阳市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_eco(path: Path) -> Path:
    return via_soffice(write_eco_docx, path, "doc", "突出生态环境问题曝光及整改情况.docx")


FILES = [
    ("机关档案和保密工作专项检查发现问题整改情况表.xls", write_secret),
    ("矛盾督办列表.csv", write_grid),
    ("王助镇防止返贫监测集中排查发现问题整改清单.xlsx", write_rural),
    ("住宅小区物业服务专项整治问题工作台账.ods", write_estate),
    ("工贸企业安全生产隐患督办清零台账.xlsx", write_hazard),
    ("一套表调查单位名录库数据质量核查问题整改台账.et", write_stat),
    ("校园周边食品安全专项检查问题台账.docx", write_food),
    ("巡察反馈问题整改台账（市民政局、市商务局）.zip", write_patrol),
    ("审计问题整改台账（水务局）.xlsx", write_audit),
    ("7月份突出生态环境问题曝光及整改情况.wps", write_eco),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

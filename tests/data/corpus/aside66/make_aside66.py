"""Write the aside66 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and one more inside the zip), .xls (xlwt, and one more inside the zip), .et and .ods
(LibreOffice conversions), a CSV in GBK, a .docx with a table, a .doc with the items as numbered paragraphs,
a .wps (Word 97 via LibreOffice) with a table and a .zip of two returns. Contents are made up; statistics date
2024-07-31. Run from this folder: python make_aside66.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.pct = add({"border": 1, "num_format": "0.0%", "align": "center", "valign": "vcenter"})

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
# 1. 省委巡视组交办信访件办理情况, after a city 住建局's account of the 党组专题会议 on the 信访件 handed over by the
# 省委第六巡视组 (逐件研究解决方案、解决计划，明确责任领导、责任部门，加强与配合单位的沟通联系，拟定办结时间表；
# 确实无法按期办结的以单位党委名义起草情况说明，写明未办结的原因、下一步工作计划及拟办结时间):
# http://www.lechang.gov.cn/zhujianju/content/post_1982783.html
# A .docx: title, addressee and preamble paragraphs, one table whose rows name only sections (责任科室) of the
# sending 住建局 beside a 配合单位; progress written as sentences, one 情况说明; the 党组 and date at the foot.
PATROL_ROWS = [
    (
        "SXW-06-012",
        "反映绿城御园小区开发商逾期交房两年、购房户无法办理不动产权证",
        "副局长 王建华",
        "房地产市场监管科",
        "市不动产登记中心",
        "2024年7月31日",
        "已办结。督促开发企业完成竣工验收备案，已为312户办理不动产权证，信访人表示满意。",
    ),
    (
        "SXW-06-019",
        "反映金堤花园小区物业服务企业擅自提高物业费并停止保洁",
        "副局长 刘敏",
        "物业管理科",
        "华龙区人民政府",
        "8月15日前",
        "正在办理。已约谈物业企业负责人，责令恢复保洁服务，收费标准正在核查。",
    ),
    (
        "SXW-06-023",
        "反映安居苑三期建筑工地拖欠农民工工资约86万元",
        "副局长 王建华",
        "建筑市场监管科",
        "市人力资源和社会保障局",
        "2024.7.20",
        "已办结，拖欠工资已全额支付到位。",
    ),
    (
        "SXW-06-031",
        "反映老旧小区改造项目施工质量差、外墙保温层大面积脱落",
        "副局长 赵永刚",
        "城市建设科",
        "",
        "9月底前",
        "已委托第三方检测机构出具检测报告，施工单位正在返工维修。",
    ),
    (
        "SXW-06-036",
        "反映公租房分配审核结果不公开、轮候多年未分到房",
        "局长 孙立新",
        "住房保障科",
        "市民政局",
        "2024年8月31日",
        "",
    ),
    (
        "SXW-06-044",
        "反映商品房预售资金监管不到位导致恒兴广场项目停工",
        "副局长 刘敏",
        "房地产市场监管科",
        "市自然资源和规划局",
        "2024年12月31日",
        "情况说明：该项目涉及司法诉讼，无法在规定时限内办结。目前已成立工作专班，正在配合法院推进资产处置，"
        "拟于2024年12月31日前办结。",
    ),
    (
        "SXW-06-050",
        "反映东郊小区燃气管道老化、多次发生漏气",
        "副局长 赵永刚",
        "城市建设科",
        "市燃气有限公司",
        "2024年6月30日",
        "未办结。管道更新改造资金尚未落实，工程未启动。",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("局办公室")
    _title(doc, "中共濮阳市住房和城乡建设局党组关于省委第六巡视组交办信访件办理情况的报告")
    _paragraph(doc, "市委巡视整改工作领导小组办公室：")
    _paragraph(
        doc,
        "按照省委第六巡视组信访件交办工作要求，我局于2024年6月14日召开党组专题会议，对交办信访件逐件再研究再部署，"
        "明确责任领导、责任科室和配合单位，挂图作战、倒排时序，拟定办结时间表；对确实无法按期办结的，以局党组名义"
        "起草情况说明。现将截至2024年7月31日的办理情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(
        doc,
        ["序号", "交办编号", "信访反映问题", "责任领导", "责任科室", "配合单位", "拟办结时间", "办理情况"],
        body,
    )
    _paragraph(doc, "联系人：郭晓燕    联系电话：0393-8996512", 12)
    _paragraph(doc, "中共濮阳市住房和城乡建设局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 经济责任审计查出问题整改销号台账, after a county 审计局's five mechanisms for 审计整改 (被审计单位限时报送整改报告;
# 建立审计查出问题台账，实行审计整改“销号制”，对整改到位的予以销号; 整改承诺制; 约谈和通报):
# http://m.floorcoveringcontractor.com/xsq/p/1644917.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改情况 over 整改措施及进展 / 销号情况), 整改责任单位
# partly under names from before the reform, a 合计 row, a 注 line and a signature line.
AUDIT_ROWS = [
    (
        "城关镇",
        "原镇党委书记 李国庆",
        "镇财政所往来款项长期挂账未清理，涉及资金326万元",
        "城关镇人民政府",
        "2024年6月30日",
        "已清理往来款项286万元，剩余40万元已列入清收计划",
        "未销号",
    ),
    (
        "原市水务局",
        "原局长 陈志刚",
        "水利工程项目未按规定实行公开招标，涉及合同金额1280万元",
        "市水务局",
        "2024年5月31日",
        "已修订工程招标管理办法，对相关责任人进行约谈",
        "已销号",
    ),
    (
        "原市农委",
        "原主任 杨春生",
        "农机购置补贴审核把关不严，向不符合条件的对象发放补贴18.6万元",
        "市农委",
        "2024年7月15日",
        "已追回补贴资金18.6万元并上缴国库",
        "已销号",
    ),
    (
        "户部寨镇",
        "镇长 高文斌",
        "村级集体经济项目形成的资产闲置，未发挥效益",
        "户部寨镇人民政府",
        "2024年12月底前",
        "正在招租盘活，已与2家企业洽谈",
        "未销号",
    ),
    (
        "原市卫计委",
        "原主任 何丽华",
        "公务用车使用管理不规范，存在私车公养问题",
        "市卫计委",
        "2024年7月10日",
        "未整改",
        "未销号",
    ),
    (
        "白堽乡",
        "原乡长 田永亮",
        "产业扶贫项目资金拨付滞后，涉及资金95万元",
        "白堽乡人民政府",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "原市城管执法局",
        "原局长 吕建设",
        "政府采购未按规定编制年度采购计划",
        "市城管执法局",
        "长期坚持",
        "长期坚持，按季度开展政府采购自查",
        "—",
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "经济责任审计查出问题整改销号台账", t, 0, 8),
        (1, 0, "填报单位：濮阳市审计局经济责任审计科    统计截止：2024年7月31日", plain, 1, 8),
    ]
    for col, word in enumerate(
        ["序号", "被审计单位", "被审计领导干部", "审计查出问题", "整改责任单位", "整改承诺时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改情况", h, 2, 7),
        (3, 6, "整改措施及进展", h),
        (3, 7, "销号情况", h),
        (2, 8, "备注", h, 3, 8),
    ]
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 7) else c))
        cells.append((r, 8, "", c))
    r = 4 + len(AUDIT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共7项，已销号2项", c, r, 8),
        (
            r + 1,
            0,
            "注：1.整改承诺时限以被审计单位报送的整改承诺书为准；2.经审计组复核认定整改到位的予以销号，"
            "对整改不到位的，约谈被审计单位主要负责人。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：韩雪    审核人：周建平    联系电话：0393-8910327", plain, r + 2, 8),
    ]
    return _write_xls(path, [("销号台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 违法图斑整改销号台账, after a town's account of the 土地卫片执法 集中拆除复耕 (违法图斑拆除销号制度: 卫片中涉及违法
# 占用农用地的图斑逐宗编号并建立台账，按标准完成整治任务的进行销号; 已完成拆除复耕; 力争本月底前基本完成):
# http://www.jingyuhuahui.com/nanan/news/1985626.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with 是否销号 split into 是 / 否 ticked
# with √, a 合计 row, a 说明 line on the ticks and a signature line.
PATCH_ROWS = [
    (
        "410928-2024-003",
        "户部寨镇",
        "濮阳县宏达建材有限公司",
        "未经批准占用耕地建设砂石料堆场",
        12.6,
        "拆除复耕",
        "户部寨镇人民政府",
        "2024年6月30日",
        "已拆除地上构筑物，完成复耕并通过县级验收",
        "√",
        "",
    ),
    (
        "410928-2024-007",
        "梁庄镇",
        "个人（王某）",
        "占用永久基本农田建设养殖大棚",
        3.2,
        "拆除复耕",
        "梁庄镇人民政府",
        "7月底前",
        "正在拆除，已拆除棚体约60%",
        "",
        "√",
    ),
    (
        "410928-2024-011",
        "八公桥镇",
        "八公桥镇大王庄村民委员会",
        "村委会未批先建文化广场",
        5.8,
        "补办用地手续",
        "八公桥镇人民政府",
        "2024年9月30日",
        "已完成组卷，正在报批",
        "",
        "√",
    ),
    (
        "410928-2024-015",
        "五星乡",
        "濮阳县金达物流有限公司",
        "擅自占用一般耕地建设停车场并硬化",
        8.4,
        "立案查处",
        "濮阳县自然资源局",
        "2024年8月15日",
        "",
        "",
        "√",
    ),
    (
        "410928-2024-018",
        "庆祖镇",
        "个人（刘某）",
        "违法占地建设农家乐餐厅",
        2.1,
        "拆除复耕",
        "庆祖镇人民政府",
        "2024.7.15",
        "已全部拆除复耕，经县自然资源局验收合格",
        "√",
        "",
    ),
    (
        "410928-2024-022",
        "渠村乡",
        "濮阳县恒泰机械厂",
        "占用耕地扩建厂房",
        6.9,
        "没收建筑物",
        "渠村乡人民政府",
        "2024年10月底前",
        "已下达行政处罚决定书，正在执行没收",
        "",
        "√",
    ),
    (
        "410928-2024-026",
        "海通乡",
        "海通乡前张村",
        "挖塘养鱼破坏耕地耕作层",
        4.5,
        "回填复耕",
        "海通乡人民政府",
        "2024年6月30日前完成",
        "未整改",
        "",
        "√",
    ),
    (
        "410928-2024-030",
        "子岸镇",
        "个人（赵某）",
        "在耕地上建设看护房",
        0.6,
        "拆除复耕",
        "子岸镇人民政府",
        "2024年7月20日",
        "已拆除复耕",
        "√",
        "",
    ),
]


def write_patch_book(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 18, 10, 24, 30, 10, 12, 18, 16, 30, 6, 6])
    last = 11
    b.line(ws, 0, "2024年国家自然资源督察反馈违法用地图斑整改销号台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县自然资源局    填报时间：2024年7月30日", last)
    words = [
        "序号",
        "图斑编号",
        "所在乡镇",
        "用地主体",
        "违法用地情况",
        "面积（亩）",
        "整改方式",
        "责任单位",
        "整改时限",
        "整改进展",
    ]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "是否销号", b.head)
    b.header(ws, 3, ["是", "否"], 10)
    for i, row in enumerate(PATCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for col, v in enumerate(row, 1):
            b.put(ws, r, col, v, b.center if col in (5, 10, 11) else b.cell)
    r = 4 + len(PATCH_ROWS)
    b.merge(ws, r, 0, r, 4, "合计", b.head)
    b.put(ws, r, 5, round(sum(row[4] for row in PATCH_ROWS), 1), b.center)
    b.merge(ws, r, 6, r, last, "共8宗，已销号3宗", b.cell)
    b.line(ws, r + 1, "说明：整改到位并经县级验收的在“是”栏打√，未销号的在“否”栏打√。", last)
    b.line(ws, r + 2, "填表人：许志强    审核人：马红军    联系电话：0393-3211068", last)
    return b.close()


def write_patch(path: Path) -> Path:
    return via_soffice(write_patch_book, path, "xls", "违法用地图斑整改销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 执法检查问题隐患整改跟踪表, after a city 应急管理局's 工贸行业重大事故隐患专项排查整治 check of 铸造、白酒、玻璃
# 制造 firms (共发现问题隐患13项; 下达《关于督促企业整改问题隐患的通知》，按照属地监管原则依法下达执法文书; 跟踪,
# 整改完毕后进行现场复查; 未按期完成整改的必须停产):
# http://liangzhicang.com/2023/08/25/9940429.html
# An .xlsx: title, 检查单位 line with the base of the deadlines, a two-row header (执法文书 and 复查情况 each over
# two columns), the 检查组 beside the 督促整改责任单位, a signature line.
SAFETY_ROWS = [
    (
        "濮阳市华源铸造有限公司",
        "铸造",
        "熔炼炉冷却水系统未设置温度、压力监测报警装置",
        "执法一支队 张伟、李强",
        "责令限期整改指令书",
        date(2024, 7, 8),
        "华龙区应急管理局",
        "2024年7月25日",
        "已加装监测报警装置",
        date(2024, 7, 26),
        "复查合格",
    ),
    (
        "清丰县宏利玻璃制品有限公司",
        "玻璃制造",
        "玻璃熔窑冷却保护系统未设置备用电源",
        "执法二支队 王磊、周敏",
        "责令限期整改指令书",
        date(2024, 7, 9),
        "清丰县应急管理局",
        "10日内",
        "正在整改，备用发电机组已订购",
        None,
        "",
    ),
    (
        "南乐县醇香酒业有限公司",
        "白酒",
        "酒库未设置可燃气体浓度检测报警装置",
        "执法一支队 张伟、李强",
        "现场处理措施决定书",
        date(2024, 7, 10),
        "南乐县应急管理局",
        "2024年8月10日",
        "酒库已停止使用，报警装置正在安装",
        None,
        "",
    ),
    (
        "濮阳县鑫达金属制品有限公司",
        "金属制品",
        "有限空间作业未实行审批，未配备气体检测仪",
        "执法二支队 王磊、周敏",
        "责令限期整改指令书",
        date(2024, 7, 10),
        "濮阳县应急管理局",
        "7月底前",
        "",
        date(2024, 7, 30),
        "复查合格",
    ),
    (
        "范县宏发粮油有限公司",
        "粮食加工",
        "粉尘涉爆区域电气设备不防爆",
        "执法一支队 张伟、李强",
        "责令限期整改指令书",
        date(2024, 7, 11),
        "范县应急管理局",
        "2024年7月20日",
        "逾期未整改",
        date(2024, 7, 22),
        "复查不合格",
    ),
    (
        "台前县永兴铸造厂",
        "铸造",
        "吊运熔融金属的起重机不符合冶金起重机要求",
        "执法二支队 王磊、周敏",
        "现场处理措施决定书",
        date(2024, 7, 12),
        "台前县应急管理局",
        "2024年9月30日",
        "已停产整改，冶金起重机已完成采购招标",
        None,
        "",
    ),
    (
        "濮阳市天润食品有限公司",
        "食品加工",
        "氨制冷机房未设置氨气浓度报警装置",
        "执法一支队 张伟、李强",
        "责令限期整改指令书",
        date(2024, 7, 12),
        "华龙区应急管理局",
        "15日内",
        "已安装报警装置并与事故排风机联锁",
        date(2024, 7, 29),
        "复查合格",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="执法监督科")
    ws = b.sheet("整改跟踪")
    b.widths(ws, [6, 26, 10, 34, 20, 20, 12, 18, 14, 30, 12, 12])
    last = 11
    b.line(ws, 0, "工贸行业重大事故隐患专项排查整治执法检查问题隐患整改跟踪表", last, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市应急管理局    检查时间：2024年7月8日至7月12日    "
        "整改期限按日计的，自执法文书下达之日起计算",
        last,
    )
    top = ["序号", "企业名称", "行业", "检查发现问题隐患", "检查组"]
    for col, word in enumerate(top):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "执法文书", b.head)
    b.header(ws, 3, ["文书名称", "下达日期"], 5)
    for col, word in ((7, "督促整改责任单位"), (8, "整改期限"), (9, "整改情况")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "复查情况", b.head)
    b.header(ws, 3, ["复查日期", "复查结论"], 10)
    for i, row in enumerate(SAFETY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), 1)
    r = 5 + len(SAFETY_ROWS)
    b.line(ws, r, "填表人：孟凡超    联系电话：0393-4412670    填报日期：2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 承办“市长热线”交办工单办理情况, after a city's quarterly account of its “市长信箱” letters (共收到市民来信N件, 交办工单
# 与直接答复工单; 投诉、咨询、求助、建议、举报; 各县市区办理情况 with 总件数、处理中、已办结、办结率 and a 总计 row):
# http://wfqyp.cn/jdhy/lysl/1686636513693192194.html
# A CSV in GBK from one district: the district is named only in the title; one header row with 交办时间 and
# 办理时限 in working days; a 总计 line and a 说明 line.
HOTLINE_ROWS = [
    (
        "RX2407010035",
        "投诉",
        "反映中原路与黄河路交叉口东北角窨井盖破损下沉",
        "2024-07-01",
        "5个工作日",
        "已办结",
        "已更换井盖并恢复路面",
    ),
    (
        "RX2407030112",
        "求助",
        "反映胜利路丽景小区二次供水水箱长期未清洗",
        "2024-07-03",
        "10个工作日",
        "已办结",
        "已督促物业完成水箱清洗消毒，水质检测合格",
    ),
    (
        "RX2407080207",
        "投诉",
        "反映夜间渣土车沿京开大道抛撒遗漏",
        "2024-07-08",
        "5个工作日",
        "处理中",
        "已安排执法人员夜间蹲守查处",
    ),
    (
        "RX2407110321",
        "咨询",
        "咨询城乡居民医保缴费标准及缴费渠道",
        "2024-07-11",
        "3个工作日",
        "已办结",
        "已电话答复来电人",
    ),
    (
        "RX2407150418",
        "举报",
        "举报建业小区业主私搭乱建阳光房",
        "2024-07-15",
        "10个工作日",
        "处理中",
        "已下达限期拆除通知",
    ),
    (
        "RX2407190503",
        "投诉",
        "反映人民路菜市场周边流动摊贩占道经营",
        "2024-07-19",
        "5个工作日",
        "逾期未办理",
        "",
    ),
    (
        "RX2407240619",
        "建议",
        "建议在开州路小学门口增设上下学护学岗",
        "2024-07-24",
        "10个工作日",
        "已办结",
        "已协调交警部门在上下学时段设置护学岗，并答复来电人",
    ),
    (
        "RX2407290702",
        "求助",
        "反映孟轲路西段路灯连续多日不亮",
        "2024-07-29",
        "5个工作日",
        "处理中",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区承办2024年7月“市长热线”交办工单办理情况"])
    w.writerow(["序号", "工单编号", "诉求类型", "诉求内容", "交办时间", "办理时限", "办理状态", "办理结果"])
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["总计", "", "", "本月共承办8件，已办结4件，处理中3件，逾期未办理1件，办结率50%", "", "", "", ""]
    )
    w.writerow(["说明：办理时限自交办时间起按工作日计算。", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 执法检查报告及审议意见研究处理情况的报告, after the 监督法's rule on the 执法检查 report and the 审议意见 (一并交由
# 本级人民政府研究处理; 研究处理情况由其办事机构送交有关专门委员会征求意见后，向常务委员会提出报告; 跟踪检查):
# https://m.kob123.com/zhengzhifalv/78962.html
# A .doc (Word 97 via LibreOffice): the items are numbered paragraphs under 一、二、三 headings, each with the
# proposing 委员 in brackets, 责任单位 (some under names from before the reform), 办理时限 and 研究处理情况.
NPC_PARAS = [
    (
        "一、关于农产品质量安全监管体系不够健全的问题",
        [
            "（一）乡镇农产品质量安全监管站人员不足、检测设备老化。（常委会委员王立群提出）责任单位：市农业局。"
            "办理时限：2024年9月底前。研究处理情况：已争取省级资金120万元，为12个乡镇监管站更新快检设备，"
            "人员充实工作正在推进。",
            "（二）部分农民专业合作社未建立农产品生产记录。责任单位：市农委。办理时限：2024年6月30日。"
            "研究处理情况：已完成全市386家合作社生产记录专项检查，督促补建记录，已整改完毕。",
        ],
    ),
    (
        "二、关于农产品产地准出与市场准入衔接不畅的问题",
        [
            "（三）承诺达标合格证与批发市场准入衔接不畅，市场快检覆盖率低。（常委会委员李红梅提出）"
            "责任单位：市食药监局。办理时限：8月底前出台衔接办法，第三季度全面推行。研究处理情况：衔接办法正在"
            "征求意见，已在2家批发市场试点。",
            "（四）农药经营门店违规销售禁限用农药。责任单位：市农业农村局。办理时限：2024年7月15日。"
            "研究处理情况：尚未启动。",
            "（五）农产品质量安全追溯平台数据未实现部门共享。责任单位：市经信委。办理时限：2024年底前。"
            "研究处理情况：已完成平台接口开发方案，数据对接正在调试。",
        ],
    ),
    (
        "三、关于监管保障和执法衔接的问题",
        [
            "（六）农产品质量安全监管工作经费保障不足。责任单位：市财政局。办理时限：长期坚持。"
            "研究处理情况：长期坚持。",
            "（七）农产品质量安全领域行刑衔接不够紧密，移送案件少。（常委会委员赵志远提出）责任单位：市公安局。"
            "办理时限：2024年7月20日。研究处理情况：已联合印发行刑衔接工作办法，建立案件会商机制，该项已办结。",
        ],
    ),
]


def write_npc_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(
        doc,
        "濮阳市人民政府关于《中华人民共和国农产品质量安全法》执法检查报告及审议意见研究处理情况的报告",
    )
    _paragraph(doc, "市人大常委会：")
    _paragraph(
        doc,
        "2024年5月，市人大常委会对我市贯彻实施《中华人民共和国农产品质量安全法》情况开展了执法检查，并对执法检查"
        "报告进行了审议。市政府将执法检查报告和常委会组成人员的审议意见逐条梳理、交由有关部门研究处理，"
        "并送市人大农业与农村委员会征求了意见。现将研究处理情况报告如下：",
    )
    for heading, paras in NPC_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc, "下一步，市政府将继续抓好执法检查报告和审议意见的落实，并自觉接受市人大常委会的跟踪检查。"
    )
    _paragraph(doc, "濮阳市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_docx, path, "doc", "执法检查审议意见研究处理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 民主监督小组监督发现问题整改情况反馈表, after a county 政协's 民主监督小组 sent to the 职能部门 (每个小组由2名
# 政协委员组成，监督派驻单位贯彻执行重大方针政策、重点工程建设、人民群众普遍关心问题的整改落实情况):
# http://soolun.net/periodical/a0cab6e205f08316afcf8cb69363a40a.html
# An .ods (LibreOffice conversion): title, 说明 line, one header row with the 监督委员 beside the 被监督单位, a
# 完成时间 column, one name from before the reform, the office and date at the foot.
CPPCC_ROWS = [
    (
        "第3小组",
        "张慧、陈国平",
        "市教育局",
        "城区部分学校课后服务收费项目公示不规范",
        "统一收费项目和标准并公开公示",
        "2024年6月30日",
        "已在校园公示栏和学校官网统一公示",
        date(2024, 6, 25),
    ),
    (
        "第5小组",
        "刘洋、王芳",
        "市卫健委",
        "乡镇卫生院全科医生缺口较大",
        "加大农村订单定向医学生培养力度",
        "2024年12月31日",
        "已招录定向医学生45名，正在开展规范化培训",
        None,
    ),
    (
        "第8小组",
        "李建军、周红",
        "市人社局",
        "企业退休人员社会化管理服务覆盖不全",
        "将退休人员全部纳入街道社区管理服务",
        "2024年9月30日",
        "",
        date(2024, 7, 18),
    ),
    (
        "第11小组",
        "赵磊、孙丽",
        "市民政局",
        "农村敬老院消防设施配备不足",
        "配齐灭火器、烟感报警器等消防设施",
        "8月底前",
        "正在协调资金采购消防器材",
        None,
    ),
    (
        "第14小组",
        "马骏、郑霞",
        "市文广新局",
        "部分乡镇综合文化站长期闲置",
        "盘活文化站场地，定期开展文化活动",
        "2024年10月31日",
        "未整改",
        None,
    ),
    (
        "第17小组",
        "高峰、吴静",
        "市交通运输局",
        "城乡公交部分线路班次少、发车不准点",
        "优化线路，增加高峰时段班次",
        "2024年7月31日",
        "已优化调整线路6条，增加班次30个，已办结",
        date(2024, 7, 29),
    ),
    (
        "第20小组",
        "钱进、冯雪",
        "市不动产登记中心",
        "不动产登记窗口办件排队时间长",
        "增设窗口，推行预约办理",
        "长期坚持",
        "常态化推进",
        None,
    ),
]


def write_cppcc_book(path: Path) -> Path:
    b = Book(path, author="提案委员会")
    ws = b.sheet("反馈表")
    b.widths(ws, [6, 10, 14, 18, 34, 30, 16, 34, 12])
    last = 8
    b.line(ws, 0, "2024年上半年政协民主监督小组监督发现问题整改情况反馈表", last, b.title)
    b.line(
        ws,
        1,
        "说明：各民主监督小组由2名政协委员组成，派驻被监督单位开展监督；被监督单位为整改责任单位，"
        "请于7月31日前反馈整改情况。",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "监督小组",
            "监督委员",
            "被监督单位（整改责任单位）",
            "监督发现问题",
            "意见建议",
            "整改时限",
            "整改落实情况",
            "完成时间",
        ],
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    r = 4 + len(CPPCC_ROWS)
    b.line(ws, r, "填表人：邵文静    联系电话：0393-8221904", last)
    b.line(ws, r + 1, "市政协提案委员会（民主监督工作办公室）    2024年7月31日", last, b.right)
    return b.close()


def write_cppcc(path: Path) -> Path:
    via_soffice(write_cppcc_book, path, "ods", "民主监督反馈表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 民生工程实施进度情况表, after a city 民生办's monthly 民生工程实施进度通报 (各县区实施进度综合排名; 部分项目进展情况:
# 项目, 牵头单位, 进度较慢的县区, e.g. 农村公路提质改造、棚户区改造、养老服务、技能培训提升):
# https://ht.luaninfo.com/laxw/gggs/content_130406
# An .xlsx: title, 填报单位 line, a two-row header (1-7月完成情况 over 完成量 / 完成率), two section rows
# (省定 / 市定), a schedule text as one deadline, 牵头单位 partly under names from before the reform, a 说明 line.
LIVELIHOOD_SECTIONS = [
    (
        "一、省定民生工程",
        [
            (
                "农村公路提质改造工程",
                "完成农村公路提质改造120公里",
                "86公里",
                86 / 120,
                "市交通局",
                "2024年11月底前",
                "正在推进",
                "范县",
            ),
            (
                "城镇棚户区改造",
                "新开工棚改安置房1200套",
                "1200套",
                1.0,
                "市住建委",
                "2024年6月30日",
                "已完成",
                "",
            ),
            (
                "特困人员供养服务设施提升改造",
                "改造提升乡镇敬老院8所",
                "3所",
                3 / 8,
                "市民政局",
                "7月底前完成招标，9月底前开工，12月底前全部完工",
                "正在施工",
                "清丰县、台前县",
            ),
            (
                "困难群体法律援助",
                "办理法律援助案件2000件",
                "1260件",
                0.63,
                "市司法局",
                "年底前",
                "按序时进度推进",
                "",
            ),
        ],
    ),
    (
        "二、市定民生工程",
        [
            (
                "中小学校舍维修改造",
                "维修改造校舍12所",
                "0所",
                0.0,
                "市教育局",
                "2024年8月31日",
                "未开工",
                "南乐县",
            ),
            (
                "城市公厕提升改造",
                "新建改造城市公厕40座",
                "40座",
                1.0,
                "市城管局",
                "2024.6.30",
                "已完成",
                "",
            ),
            (
                "退役军人就业技能培训",
                "培训退役军人300人次",
                "",
                None,
                "市退役军人局",
                "2024年11月30日",
                "",
                "",
            ),
            (
                "城区老旧供水管网改造",
                "改造老旧供水管网25公里",
                "18公里",
                0.72,
                "市自来水公司",
                "第三季度",
                "正在推进",
                "",
            ),
        ],
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生办")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 28, 30, 12, 10, 18, 28, 16, 16])
    last = 8
    b.line(ws, 0, "2024年1-7月全市民生工程实施进度情况表", last, b.title)
    b.line(ws, 1, "填报单位：市民生工程工作领导小组办公室    截至2024年7月31日", last)
    for col, word in enumerate(["序号", "民生工程项目", "年度目标任务"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "1-7月完成情况", b.head)
    b.header(ws, 3, ["完成量", "完成率"], 3)
    for col, word in ((5, "牵头单位"), (6, "完成时限"), (7, "推进情况"), (8, "进度较慢的县区")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    r = 4
    n = 0
    for section, rows in LIVELIHOOD_SECTIONS:
        b.merge(ws, r, 0, r, last, section, b.section)
        r += 1
        for name, target, done, rate, unit, limit, progress, slow in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [name, target, done], 1)
            b.put(ws, r, 4, rate, b.pct)
            b.row(ws, r, [unit, limit, progress, slow], 5)
            r += 1
    b.line(ws, r + 1, "说明：完成率=完成量÷年度目标任务；进度较慢的县区由各牵头单位按月报送。", last)
    b.line(ws, r + 2, "填表人：黄磊    审核人：许文杰    联系电话：0393-8993456", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 重点项目建设问题台账, after a county 督查局's “问题台账” for its 重点项目 (科学规划时间节点，明确责任单位和责任人;
# 资金短缺、补偿争议、手续办理缓慢等问题台账项目22个; 与分包县领导、责任单位和相关责任人沟通协调，采取催办、约谈、
# 现场办公等形式，已解决15个，其余问题正在积极协调解决中):
# https://pydc.gov.cn/pc/news_view.asp?id=5396
# A .zip of two county returns: an .xlsx with the 分包县领导 beside the 责任单位 and 督办方式, and an .xls whose
# 办结时限 are partly counted from the row's 交办日期 (its 说明 line says so), with a 是否办结 column.
NANLE_ROWS = [
    (
        "南乐县生物基材料产业园二期",
        "项目用地征收补偿存在争议，3户未签订补偿协议",
        "补偿争议",
        "副县长 王保国",
        "近德固乡人民政府",
        "李文涛",
        "2024年7月31日",
        "现场办公",
        "已全部签订补偿协议，问题已解决",
    ),
    (
        "南乐县城区污水处理厂提标改造",
        "项目建设资金缺口3200万元",
        "资金短缺",
        "副县长 张庆华",
        "南乐县财政局",
        "刘建民",
        "2024年9月底前",
        "催办",
        "正在积极协调申请专项债券资金",
    ),
    (
        "南乐县农产品冷链物流中心",
        "施工许可手续办理缓慢，影响开工",
        "手续办理缓慢",
        "副县长 王保国",
        "南乐县住房和城乡建设局",
        "赵海峰",
        "2024年7月20日",
        "约谈",
        "已办结，施工许可证已核发",
    ),
    (
        "南乐县电商产业园",
        "园区主干道未与城区道路连通",
        "配套设施",
        "副县长 张庆华",
        "南乐县交通运输局",
        "孙国强",
        "2024年10月31日",
        "催办",
        "",
    ),
]

QINGFENG_ROWS = [
    (
        "清丰县家居产业园配套污水管网",
        "管网施工需穿越国道，占路施工审批未办理",
        "2024-07-01",
        "15个工作日内",
        "清丰县交通运输局",
        "清丰县公安局交通管理大队",
        "已取得占路施工许可",
        "是",
    ),
    (
        "清丰县中医院新院区",
        "电力外线接入容量不足，无法满足设备调试用电",
        "2024-07-05",
        "30日内",
        "国网清丰县供电公司",
        "",
        "正在架设专用线路，已完成约70%",
        "否",
    ),
    (
        "清丰县食用菌产业化项目",
        "项目用地预审手续未办结",
        "2024-07-10",
        "20个工作日内",
        "清丰县自然资源局",
        "清丰县发展和改革委员会",
        "尚未启动",
        "否",
    ),
    (
        "清丰县老旧小区改造三期",
        "施工单位拖欠材料款引发停工",
        "2024-07-15",
        "10个工作日内",
        "清丰县住房和城乡建设局",
        "清丰县人力资源和社会保障局",
        "已约谈施工单位，材料款已结清，项目已复工",
        "是",
    ),
]


def write_nanle(path: Path) -> Path:
    b = Book(path, author="南乐县督查局")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 28, 34, 12, 14, 24, 10, 16, 10, 30])
    last = 9
    b.line(ws, 0, "南乐县重点项目建设问题台账", last, b.title)
    b.line(ws, 1, "填报单位：中共南乐县委南乐县人民政府督查局    截至2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "存在问题",
            "问题类型",
            "分包县领导",
            "责任单位",
            "责任人",
            "解决时限",
            "督办方式",
            "解决情况",
        ],
    )
    for i, row in enumerate(NANLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(NANLE_ROWS), "联系人：宋佳    联系电话：0393-7222581", last)
    return b.close()


def write_qingfeng(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "清丰县重点项目问题交办督办台账", t, 0, 8),
        (1, 0, "说明：办结时限自交办之日起计算，工作日按国家法定工作日计算。", plain, 1, 8),
    ]
    words = [
        "序号",
        "项目名称",
        "问题描述",
        "交办日期",
        "办结时限",
        "牵头单位",
        "配合单位",
        "办理进展",
        "是否办结",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(QINGFENG_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 8) else c))
    r = 4 + len(QINGFENG_ROWS)
    cells.append((r, 0, "清丰县委县政府督查局    2024年7月31日", plain, r, 8))
    return _write_xls(path, [("交办台账", cells)])


def write_projects(path: Path) -> Path:
    members = [
        ("南乐县重点项目建设问题台账.xlsx", write_nanle),
        ("清丰县重点项目问题交办督办台账.xls", write_qingfeng),
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
# 10. 营商环境满意度测评反馈问题整改落实情况表, after a district 优化经济发展环境领导小组办公室's notice on the
# 满意度测评 and the 百项痛点堵点问题 (五大项27分项指标; 法治信用环境7项指标中有5项低于全市平均水平; 商务服务
# 便利度指标、生态环境指标低于全市平均水平; 各相关部门提高认识、抓好整改):
# http://www.hnziyang.gov.cn/18534/18525/18702/18714/32452/content_1298921.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, preamble, one table with the 指标类别 merged down its
# rows, 责任单位 mostly under short or former names, a signature line.
BUSINESS_ROWS = [
    (
        "政务政策环境",
        "企业开办“一网通办”后仍需线下补交纸质材料",
        "全面推行电子营业执照和电子印章",
        "市行政服务中心",
        "2024年6月30日",
        "已完成，企业开办实现全程网办",
    ),
    (
        "政务政策环境",
        "涉企优惠政策兑现周期长、申报材料繁琐",
        "推行惠企政策“免申即享”",
        "市发改委",
        "第三季度",
        "已梳理免申即享政策清单42项，兑现系统正在开发",
    ),
    (
        "法治信用环境",
        "涉企行政执法存在重复检查、多头检查",
        "推行跨部门“综合查一次”",
        "市法制办",
        "2024年8月31日",
        "未启动",
    ),
    (
        "法治信用环境",
        "机关事业单位拖欠民营企业账款清偿进度慢",
        "建立清欠台账，按月调度",
        "市工信局",
        "2024年12月31日",
        "已清偿拖欠账款1.2亿元，剩余欠款正在协商还款计划",
    ),
    (
        "经济产业环境",
        "低压小微企业报装接电时间长",
        "压减接电环节和时间",
        "供电公司",
        "2024.7.31",
        "已完成，平均接电时间压减至3天以内",
    ),
    (
        "经济产业环境",
        "纳税申报表单多、留抵退税到账慢",
        "推行留抵退税快速审核",
        "市国税局",
        "长期坚持",
        "长期坚持",
    ),
    (
        "社会人文环境",
        "城区建筑工地扬尘投诉多，生态环境满意度偏低",
        "落实工地扬尘治理“六个百分之百”",
        "市环保局",
        "2024年9月底前",
        "",
    ),
]


def write_business_docx(path: Path) -> Path:
    doc = _new_document("市优化营商环境办")
    _title(doc, "2023年度营商环境满意度测评反馈问题整改落实情况表", 18)
    _paragraph(doc, "填报单位：濮阳市优化营商环境工作领导小组办公室    填报日期：2024年7月31日", 12)
    _paragraph(
        doc,
        "根据2023年度营商环境满意度测评反馈，我市法治信用环境7项指标中有5项低于全省平均水平，商务服务便利度、"
        "获得电力等指标排名靠后。现将反馈问题整改落实情况汇总如下：",
        12,
    )
    body = []
    groups: list[tuple[int, int]] = []
    for i, (category, *rest) in enumerate(BUSINESS_ROWS, 1):
        if groups and BUSINESS_ROWS[groups[-1][0] - 1][0] == category:
            groups[-1] = (groups[-1][0], i)
            category = ""
        else:
            groups.append((i, i))
        body.append([str(i), category, *rest])
    table = _table(
        doc, ["序号", "指标类别", "反馈问题", "整改措施", "责任单位", "整改时限", "整改进展"], body
    )
    for first, end in groups:
        if end > first:
            table.cell(first, 1).merge(table.cell(end, 1))
    _paragraph(doc, "填表人：程晓丽    联系电话：0393-8881267", 12)
    return _save_fixed(doc, path)


def write_business(path: Path) -> Path:
    return via_soffice(write_business_docx, path, "doc", "营商环境反馈问题整改落实情况表.docx")


FILES = [
    ("市住房和城乡建设局省委巡视组交办信访件办理情况.docx", write_patrol),
    ("经济责任审计查出问题整改销号台账.xls", write_audit),
    ("自然资源督察违法用地图斑整改销号台账.et", write_patch),
    ("工贸行业执法检查问题隐患整改跟踪表.xlsx", write_safety),
    ("华龙区2024年7月市长热线交办工单办理情况.csv", write_hotline),
    ("农产品质量安全法执法检查审议意见研究处理情况的报告.doc", write_npc),
    ("政协民主监督小组监督发现问题整改情况反馈表.ods", write_cppcc),
    ("2024年1-7月民生工程实施进度情况表.xlsx", write_livelihood),
    ("重点项目问题台账（南乐县、清丰县）.zip", write_projects),
    ("营商环境满意度测评反馈问题整改落实情况表.wps", write_business),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

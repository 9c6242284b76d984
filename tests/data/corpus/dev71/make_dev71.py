"""Write the dev71 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, a two-row header with 是否销案), .et and .ods (LibreOffice
conversions of a workbook), a CSV in UTF-8 with a byte-order mark, a .docx whose items are numbered paragraphs, a
.wps (Word 97 via LibreOffice) with one table, and a .zip of two returns (an .xlsx and a .docx).
Contents (problems, names, dates) are made up; the statistics date is 2024-07-31.

Run from this folder: python make_dev71.py. Needs Python 3.10+, XlsxWriter, xlwt, python-docx and LibreOffice
(soffice on the PATH) for the .et, .ods and .wps returns. Every date inside the files and every zip member time is
fixed, so two runs write the same bytes.
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 医疗废物处置执法监督专项检查, after a city 卫生监督局's account of its 医疗废物处置执法监督专项检查 (检查对象按
# 三级医院、二级医院、一级医院、未分级机构、疾控中心、采供血机构分类; 依法立案, 下达行政处罚: 警告, 罚款):
# http://aierhfe.com/html/mtjj201708content_5792_1.html
# An .xlsx: title, 填报单位/检查时间 line, a two-row header (处理情况 merged over 是否立案 and 行政处罚), the 机构级别
# merged down over the rows of each level, the 被检查机构 as the unit that rectifies, a 合计 row and a signature line.
WASTE_ROWS = [
    (
        "三级医院",
        "濮阳市人民医院",
        "医疗废物暂存间未设置防鼠、防蚊蝇设施，地面有渗漏痕迹",
        "否",
        "—",
        "2024年7月20日",
        "已加装挡鼠板和纱门，地面已做防渗处理，复查合格",
    ),
    (
        "二级医院",
        "濮阳县人民医院",
        "医疗废物交接登记缺少交接人员签名，去向记录不全",
        "否",
        "警告",
        "7月15日前",
        "已完善交接登记制度，整改完成",
    ),
    (
        "二级医院",
        "清丰县中医院",
        "损伤性废物与感染性废物混装，利器盒盛装超过3/4",
        "是",
        "罚款3000元",
        "2024.7.25",
        "已缴纳罚款，正在组织全院医疗废物分类培训",
    ),
    (
        "一级医院",
        "濮阳市华龙区中原路社区卫生服务中心",
        "医疗废物暂存超过48小时未交集中处置单位转运",
        "否",
        "警告",
        "2024年7月31日",
        "",
    ),
    (
        "一级医院",
        "范县陈庄镇卫生院",
        "未建立医疗废物管理责任制，未明确专（兼）职管理人员",
        "否",
        "—",
        "2024年8月15日",
        "未整改",
    ),
    (
        "未分级机构",
        "濮阳市华龙区德馨口腔诊所",
        "使用后的一次性口腔器械混入生活垃圾",
        "是",
        "罚款5000元",
        "2024.7.10",
        "已整改到位",
    ),
    (
        "疾控中心",
        "濮阳市疾病预防控制中心",
        "实验室废物高压灭菌效果监测记录不完整",
        "否",
        "—",
        "8月底前",
        "已修订灭菌监测记录表，正在补录上半年记录",
    ),
]


def write_waste(path: Path) -> Path:
    b = Book(path, author="监督执法科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 30, 40, 10, 12, 16, 34])
    b.line(ws, 0, "2024年医疗废物处置执法监督专项检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市卫生健康委员会（卫生健康综合监督执法局）    检查时间：2024年6月17日至7月12日",
        7,
    )
    for c, word in enumerate(["序号", "机构级别", "被检查机构", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "处理情况", b.head)
    b.header(ws, 3, ["是否立案", "行政处罚"], first=4)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 3, 7, "整改落实情况", b.head)
    first = 4
    for i, row in enumerate(WASTE_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    # 机构级别 merged down over the rows of each level
    start = 0
    for i in range(1, len(WASTE_ROWS) + 1):
        if i == len(WASTE_ROWS) or WASTE_ROWS[i][0] != WASTE_ROWS[start][0]:
            b.merge(ws, first + start, 1, first + i - 1, 1, WASTE_ROWS[start][0], b.center)
            start = i
    end = first + len(WASTE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共检查医疗卫生机构126家，发现问题7个，立案2起，警告2户次，罚款2户次")
    b.line(
        ws,
        end + 2,
        "负责人：李振华    填表人：张文静    联系电话：0393-8991567    填报日期：2024年7月29日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 校外培训机构排查治理, after a district 教体局's account of its checks of 校外培训机构 (对培训机构资质逐一核查，
# 彻查安全问题; 无证机构出现“抬头”迹象; 下达停办与整改通知书，对负责人进行批评教育，责令停止违法办学行为，
# 详细登记相关情况; 常态治理):
# http://www.17wendao.com/news/view_76351.html
# A .docx report: title, 主送, preamble stating the date the 整改通知书 were issued (the base of 15日内 and 立即), the
# items as numbered paragraphs under two headings (持证机构 / 无证机构), each naming the institution, its problem,
# the 整改要求 and the 整改情况 in sentences; a closing paragraph and the bureau and date at the foot.
TRAINING_LICENSED = [
    (
        "1．濮阳市华龙区启航文化艺术培训学校。存在问题：二楼教室唯一疏散楼梯堆放桌椅杂物，消防通道不畅。"
        "整改要求：立即清理，7月15日前整改到位。整改情况：已清理完毕，经复查合格。"
    ),
    (
        "2．濮阳市华龙区博学教育培训中心。存在问题：聘用的3名授课教师未取得相应教师资格证。整改要求：限期15日内"
        "整改，不具备资格的人员一律调离教学岗位。整改情况：已辞退1名，其余2名正在办理教师资格认定。"
    ),
    (
        "3．濮阳县新起点艺术培训学校。存在问题：一次性收取6个月学费，预收费用未纳入资金监管专用账户。"
        "整改要求：8月31日前将预收费用全部纳入监管或退还家长。整改情况：未整改。"
    ),
    (
        "4．清丰县智慧树科技培训中心。存在问题：教室未安装视频监控，门卫未落实来访人员登记。"
        "整改要求：2024年7月31日前完成监控安装，严格门卫登记制度。"
    ),
    (
        "5．南乐县书香阁培训学校。存在问题：培训场所公示的收费标准与实际收费不一致。"
        "整改要求：8月15日前按备案标准公示收费项目并退还多收费用。整改情况：已重新公示并退还多收费用，整改完成。"
    ),
]
TRAINING_UNLICENSED = [
    (
        "6．濮阳市华龙区英才托管班（无证）。存在问题：以托管名义隐形变异开展初中学科类培训。"
        "处理情况：下达《停办通知书》，责令立即停止违法办学行为，对负责人进行批评教育。整改情况：已停止办学，"
        "已在门口张贴停办公告。"
    ),
    (
        "7．濮阳市开发区小太阳托管班（无证）。存在问题：租用居民楼开展学科类培训，室内无任何消防设施。"
        "处理情况：下达《停办通知书》，限7月19日前停止办学、妥善分流学员。整改情况：正在清退学员，已退还学费"
        "12人。"
    ),
]


def write_training(path: Path) -> Path:
    doc = _new_document("基础教育科")
    _title(doc, "濮阳市教育局关于暑期校外培训机构专项排查治理及整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照市“双减”工作专班部署，7月8日至12日，市教育局会同市场监管、消防等部门，对全市校外培训机构的办学资质"
        "进行了逐一核查，彻查安全问题。核查中发现，个别无证机构在前期集中治理后出现“抬头”迹象。7月12日，我局对"
        "存在问题的机构下达了停办与整改通知书，整改期限自通知书下达之日起计算。现将问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、持证机构存在的问题", font="黑体")
    for text in TRAINING_LICENSED:
        _paragraph(doc, text)
    _paragraph(doc, "二、无证办学机构", font="黑体")
    for text in TRAINING_UNLICENSED:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将持续跟进整改，对治理后新出现的“抬头”“反复”现象持续治理，常抓不懈，形成常态治理机制。",
    )
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 重大火灾隐患整改单位, after a provincial government's notice listing a batch of 重大火灾隐患整改单位 (明确责任单位
# 和责任人，督促制订整改方案、落实整改措施，年底前完成整改; 各督办单位加强指导和督促检查; 整改完毕后消防验收;
# 上一批已整改完毕的不再列为重大火灾隐患整改单位):
# https://www.1mishu.com/article/lidaojianhua/btts/200809/95549.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改情况 over 整改进展 and 是否验收销案), the 挂牌督办 government
# beside the hazard unit, a 合计 row, a 注 line about the earlier batch and a signature line.
FIRE_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区金都商贸城",
        "商铺与住宿“三合一”，防火分区被改变，自动喷水灭火系统瘫痪",
        "华龙区人民政府",
        "2024年12月31日前",
        "已拆除违规住宿隔间，喷淋系统正在维修",
        "否",
    ),
    (
        "濮阳县",
        "濮阳县鑫源纺织有限公司",
        "生产车间与员工宿舍同处一栋建筑，疏散楼梯数量不足",
        "濮阳县人民政府",
        "年底前",
        "宿舍已搬离，新建室外疏散楼梯已完工",
        "是（7月22日验收合格，已销案）",
    ),
    (
        "清丰县",
        "清丰县家具城",
        "室内消火栓系统无水，消防水泵损坏",
        "清丰县人民政府",
        "2024年9月30日",
        "未整改",
        "否",
    ),
    (
        "开发区",
        "濮阳市中原化工仓储有限公司",
        "甲类仓库电气设备不防爆，未设置可燃气体报警装置",
        "濮阳经济技术开发区管理委员会",
        "2024年10月31日前",
        "已完成设计方案，正在采购防爆电气设备",
        "否",
    ),
    (
        "南乐县",
        "南乐县人民医院",
        "老病房楼未设置火灾自动报警系统，疏散走道宽度不足",
        "南乐县人民政府",
        "2024年12月31日前",
        "",
        "",
    ),
    (
        "范县",
        "范县金源大酒店",
        "楼梯间防火门缺失，安全出口数量不足",
        "范县人民政府",
        "2024年8月31日",
        "已增设防火门和室外疏散楼梯",
        "是（已验收销案）",
    ),
    (
        "台前县",
        "台前县城关农贸市场",
        "电气线路私拉乱接，摊位占用疏散通道",
        "台前县人民政府",
        "第三季度",
        "电气线路已重新敷设，正在清理占道摊位",
        "否",
    ),
]


def write_fire(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市第三批政府挂牌督办重大火灾隐患单位整改进展情况表", t, 0, 8),
        (1, 0, "填报单位：濮阳市消防救援支队（盖章）    填报日期：2024年7月29日", plain, 1, 8),
    ]
    for col, word in enumerate(
        ["序号", "县（区）", "重大火灾隐患单位", "主要火灾隐患", "挂牌督办单位", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改情况", h, 2, 7),
        (3, 6, "整改进展", h),
        (3, 7, "是否验收销案", h),
        (2, 8, "备注", h, 3, 8),
    ]
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 7) else c))
        cells.append((r, 8, "", c))
    r = 4 + len(FIRE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "挂牌督办7家，已验收销案2家", c, r, 8),
        (r + 1, 0, "注：第二批挂牌督办的12家单位已全部整改销案，不再列入本表。", plain, r + 1, 8),
        (r + 2, 0, "填表人：王建伟    审核人：刘海涛    联系电话：0393-8331119", plain, r + 2, 8),
    ]
    return _write_xls(path, [("挂牌督办", cells, [6, 10, 28, 40, 22, 18, 34, 18, 8])])


# ---------------------------------------------------------------------------------------------
# 4. 治安、消防安全大检查, after a state-owned group's account of its 治安、消防安全大检查 (根据市公安局关于加强企事业
# 单位财务室安全防范措施要求; 集团公司安全生产委员会和武装保卫部组成专项检查小组，对公司各单位检查; 下发4张隐患
# 整改通知，跟踪监督，限期整改):
# http://diascs.com/view/247.html
# A .zip of two returns: a subsidiary's .xlsx (填报单位 line naming the 整改通知书 and its 下达日期, rows naming only its
# own 部门 and premises, 5个工作日 from the 下达日期, 长期坚持) and the group 武装保卫部's .docx table tracking the
# other notices (受检单位 = the subsidiaries, a 跟踪监督人 beside them).
GAS_ROWS = [
    (
        "公司财务室",
        "财务部",
        "财务室未安装防盗门和紧急报警装置，保险柜未与地面固定",
        "加装防盗门、紧急报警装置，保险柜地面固定",
        "2024.7.20",
        "已完成",
        "赵立新",
    ),
    (
        "调度中心机房",
        "生产运行部",
        "机房气体灭火系统控制盘故障报警",
        "联系厂家维修控制盘",
        "7月31日前",
        "厂家已到场检修，等待更换配件",
        "孙浩",
    ),
    (
        "西环路CNG加气站",
        "西环路加气站",
        "站内3个监控摄像头损坏，夜间无人巡查",
        "更换摄像头，落实夜间巡查制度",
        "2024.7.15",
        "已更换摄像头，夜间巡查记录已建立",
        "周强",
    ),
    (
        "城东门站",
        "城东门站",
        "消防沙池沙量不足，消防铲、消防桶缺失",
        "补足消防沙和消防器材",
        "5个工作日",
        "",
        "高峰",
    ),
    (
        "客服中心营业厅",
        "客户服务部",
        "营业厅收取的现金夜间未入保险柜存放",
        "严格执行现金日清日结和入柜制度",
        "长期坚持",
        "长期坚持",
        "马丽",
    ),
]
GROUP_ROWS = [
    (
        "城发安通〔2024〕08号",
        "濮阳市自来水公司",
        "第二水厂加氯间漏氯报警仪超期未校验",
        "2024年7月25日",
        "已送检，校验合格",
        "郭明",
    ),
    (
        "城发安通〔2024〕08号",
        "濮阳市自来水公司",
        "营业收费大厅安全出口指示灯不亮",
        "2024年7月25日",
        "正在更换",
        "郭明",
    ),
    (
        "城发安通〔2024〕09号",
        "濮阳市城发物业服务有限公司",
        "所管住宅小区消防控制室值班人员无证上岗",
        "8月底前",
        "已安排2名值班人员参加消防设施操作员培训",
        "李卫东",
    ),
    (
        "城发安通〔2024〕10号",
        "濮阳市城发置业有限公司",
        "在建项目工地临时宿舍违规使用大功率电器",
        "2024年7月15日",
        "已收缴违规电器，整改完成",
        "韩磊",
    ),
    (
        "城发安通〔2024〕10号",
        "濮阳市城发置业有限公司",
        "工地门卫未落实外来人员和车辆登记",
        "2024年7月15日",
        "",
        "韩磊",
    ),
]


def write_gas_book(path: Path) -> Path:
    b = Book(path, author="安全保卫部")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 18, 14, 40, 34, 12, 30, 10])
    b.line(ws, 0, "治安、消防安全大检查隐患整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市燃气有限公司（盖章）    隐患整改通知书：城发安通〔2024〕07号    下达日期：2024年7月8日"
        "（整改时限按工作日计的，自下达之日起计算）",
        7,
    )
    b.header(
        ws, 2, ["序号", "检查部位", "责任部门", "隐患内容", "整改措施", "整改时限", "整改结果", "整改责任人"]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GAS_ROWS)
    b.line(
        ws,
        end + 1,
        "单位负责人：陈建国    填表人：赵立新    联系电话：0393-4896120    填报日期：2024年7月26日",
        7,
    )
    return b.close()


def write_group_docx(path: Path) -> Path:
    doc = _new_document("武装保卫部")
    _title(doc, "治安、消防安全大检查隐患整改通知落实情况", 18)
    _paragraph(doc, "填报单位：濮阳市城市发展投资集团有限公司武装保卫部    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(GROUP_ROWS, 1)]
    _table(
        doc, ["序号", "整改通知书编号", "受检单位", "存在隐患", "整改期限", "落实情况", "跟踪监督人"], body
    )
    _paragraph(doc, "说明：城发安通〔2024〕07号（市燃气有限公司）整改情况由该公司另表报送。", 12)
    _paragraph(doc, "部门负责人：杨志刚    填表人：许婷    联系电话：0393-4896033", 12)
    return _save_fixed(doc, path)


def write_group(path: Path) -> Path:
    members = [
        ("治安消防安全大检查隐患整改情况表（市燃气公司）.xlsx", write_gas_book),
        ("隐患整改通知落实情况（集团武装保卫部）.docx", write_group_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 河道堤防工程运行管理专项督查, after a provincial 水利厅's account of a 水利部 special supervision of 河道堤防
# 工程运行管理 (督查内容: 管理体制、防汛责任制、安全责任制、管理制度制定及执行、“两项经费”落实、河道采砂管理、
# 涉河项目管理、确权划界、工程检查、工程观测; 抽查4个堤防管理单位; 能改的立即整改，一时改不了的研究措施尽快整改):
# http://nanchang.baogaosu.com/xinwen/%E7%9D%A3%E6%9F%A5%E6%88%91%E7%9C%81%E6%B2%B3%E9%81%93%E5%A0%A4%E9%98%B2%E5%B7%A5%E7%A8%8B%E8%BF%90%E8%A1%8C%E7%AE%A1%E7%90%86/55985386
# An .et (Excel 97 via LibreOffice): title, 督查单位/督查时间/填报单位 line, a two-row header (整改情况 over 进展情况
# and 完成时间), the 督查内容 in the source's terms, a former name (市水务局), a 注 line and a signature line.
DIKE_ROWS = [
    (
        "濮阳市金堤河管理局",
        "防汛责任制",
        "堤防防汛行政责任人和技术责任人未在堤顶设置公示牌",
        "设置责任人公示牌",
        "2024.7.10",
        "已设置公示牌12块",
        "2024.7.8",
    ),
    (
        "濮阳市金堤河管理局",
        "工程观测",
        "堤身沉降观测频次不足，观测资料未整编",
        "按规范恢复观测频次并整编资料",
        "2024年8月31日",
        "已恢复观测，资料正在整编",
        "",
    ),
    (
        "濮阳县水利局",
        "河道采砂管理",
        "采砂场堆砂侵占河道行洪断面",
        "清除河道管理范围内堆砂",
        "2024年7月15日",
        "",
        "2024.7.14",
    ),
    (
        "范县水利局",
        "涉河项目管理",
        "跨河桥梁施工围堰汛前未拆除，影响行洪",
        "督促施工单位拆除围堰",
        "7月20日前",
        "未整改",
        "",
    ),
    (
        "市水务局",
        "确权划界",
        "金堤河部分堤段管理范围界桩缺失",
        "补设管理范围界桩",
        "年底前",
        "已完成测量放线",
        "",
    ),
    (
        "台前县水利局",
        "“两项经费”落实",
        "堤防维修养护经费未足额落实",
        "申请县财政追加预算",
        "第三季度",
        "",
        "",
    ),
    (
        "濮阳县水利局",
        "管理制度制定及执行",
        "堤防巡查制度未上墙，巡查记录填写不规范",
        "完善巡查制度，规范巡查记录",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_dike_book(path: Path) -> Path:
    b = Book(path, author="运管科")
    ws = b.sheet("督查问题整改台账")
    b.widths(ws, [6, 22, 16, 40, 28, 16, 26, 12])
    b.line(ws, 0, "河道堤防工程运行管理专项督查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：河南省水利厅督查组    督查时间：2024年6月24日至28日    填报单位：濮阳市水利局（盖章）",
        7,
    )
    for c, word in enumerate(["序号", "被督查单位", "督查内容", "存在问题", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["进展情况", "完成时间"], first=6)
    for i, row in enumerate(DIKE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(DIKE_ROWS)
    b.line(ws, end, "注：已完成整改的填写完成时间；未完成的在“进展情况”栏写明进展。", 7)
    b.line(
        ws,
        end + 1,
        "填表人：孟凡军    审核人：岳长青    联系电话：0393-8266137    填报日期：2024年7月29日",
        7,
    )
    return b.close()


def write_dike(path: Path) -> Path:
    return via_soffice(write_dike_book, path, "xls", "河道堤防工程运行管理督查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. A级旅游景区暗访复核, after a provincial 旅游局's 通报 of its 4A级景区暗访复核 (摘牌、降级; 严重警告，限期6个月
# 整改; 通报批评，限期3个月整改; 标识导览系统破损失修、停车场入口道路维修存在安全隐患、停业无告示、外部交通指示
# 标识缺失、游客服务中心功能缺失、环境卫生、经营管理和服务不到位):
# http://new.gcuan.com/gnxw/27825.html
# A CSV in UTF-8 with a byte-order mark: a title line, a line stating the 通报 date the months count from, a header
# line, one line per problem with the 处理决定 (and its 限期) repeated for every problem of a scenic spot, a 合计 line
# and a 填报单位 line.
SCENIC_ROWS = [
    (
        "濮阳县",
        "濮阳县毛楼生态旅游区",
        "严重警告，限期6个月整改",
        "入口标识导览系统破损失修，部分导览牌字迹脱落",
        "濮阳县毛楼旅游开发有限公司",
        "已更换导览牌18块，经复核通过",
    ),
    (
        "濮阳县",
        "濮阳县毛楼生态旅游区",
        "严重警告，限期6个月整改",
        "停车场入口道路塌陷正在维修，未设置安全警示",
        "濮阳县毛楼旅游开发有限公司",
        "已设置警示围挡，道路正在修复",
    ),
    (
        "濮阳县",
        "濮阳县毛楼生态旅游区",
        "严重警告，限期6个月整改",
        "景区外部交通指示标识缺失",
        "濮阳县文化广电和旅游局",
        "已与交通运输部门对接，指示标识正在制作",
    ),
    (
        "华龙区",
        "濮阳市张挥公园",
        "通报批评，限期3个月整改",
        "游客服务中心无人值守，咨询、寄存功能缺失",
        "濮阳市张挥公园管理处",
        "已安排专人值守，咨询寄存服务已恢复",
    ),
    (
        "华龙区",
        "濮阳市张挥公园",
        "通报批评，限期3个月整改",
        "旅游厕所环境卫生差，洗手设施损坏",
        "濮阳市张挥公园管理处",
        "未整改",
    ),
    (
        "清丰县",
        "清丰县顿丘湿地景区",
        "通报批评，限期3个月整改",
        "景区已停业但无停业通知、告示或信息发布",
        "清丰县顿丘湿地旅游发展有限公司",
        "",
    ),
    (
        "范县",
        "范县黄河湾生态旅游区",
        "通报批评，限期3个月整改",
        "景区内小商贩占道经营，向游客强行兜售",
        "范县黄河湾旅游管理有限公司",
        "已清理占道摊点，建立日常巡查制度，整改完成",
    ),
]


def write_scenic(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市A级旅游景区暗访复核发现问题整改台账"])
    w.writerow(["依据：市旅游景区质量等级评定委员会2024年5月10日通报；限期整改的，期限自通报之日起计算"])
    w.writerow(["序号", "县（区）", "景区名称", "处理决定", "存在问题", "整改责任单位", "整改进展"])
    for i, row in enumerate(SCENIC_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "4家景区", "严重警告1家，通报批评3家", "问题7个", "", ""])
    w.writerow(["填报单位：濮阳市文化广电和旅游局资源开发科", "", "", "", "", "", "填报日期：2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 房屋市政工程领域拖欠农民工工资“百日攻坚”, after a city 人社局's account of its joint campaign with the 住建局
# (农民工实名制管理、工资专用账户、总包单位代发工资、工资保证金; 人社、住建联合检查组“四不两直”全覆盖排查;
# 对发现的欠薪隐患建立台账、明确责任、限期整改，边查边改、动态清零; 属地、行业、企业三方责任):
# http://www.tianshui.gov.cn/rsj/info/1061/119232.htm
# An .xlsx: title, 检查单位/检查方式 line, a two-row header (整改落实 over 整改情况 and 是否销号), a 交办日期 column
# the N日内 and 立即整改 count from, the 行业监管部门 beside the 整改责任单位, a short name (市城管局) among the
# 整改责任单位, a 合计 row and a signature line.
WAGE_ROWS = [
    (
        "濮阳市龙都新苑二期住宅项目",
        "河南宏业建设集团有限公司",
        "未按规定开设农民工工资专用账户",
        "工资专用账户",
        "市住房和城乡建设局",
        date(2024, 7, 5),
        "15日内",
        "已开设专用账户并完成备案",
        "是",
    ),
    (
        "濮阳市龙都新苑二期住宅项目",
        "河南宏业建设集团有限公司",
        "分包单位直接发放农民工工资，总包单位未代发",
        "总包代发",
        "市住房和城乡建设局",
        date(2024, 7, 5),
        "15日内",
        "已与分包单位签订代发协议，代发手续正在办理",
        "否",
    ),
    (
        "濮阳市第五中学综合楼项目",
        "濮阳市鑫达建筑工程有限公司",
        "施工现场未设置农民工维权信息告示牌",
        "维权公示",
        "市教育局",
        date(2024, 7, 8),
        "立即整改",
        "已设置维权信息告示牌",
        "是",
    ),
    (
        "濮阳市卫都大道改造工程",
        "市城管局",
        "建设单位未按月足额拨付人工费用至工资专用账户",
        "人工费用拨付",
        "市城管局",
        date(2024, 7, 8),
        "2024年8月15日",
        "已拨付6月份人工费用，7月份正在走审批流程",
        "否",
    ),
    (
        "华龙区老旧小区改造项目（三标段）",
        "濮阳市安居建筑安装有限公司",
        "未落实农民工实名制管理，考勤记录缺失",
        "实名制管理",
        "市住房和城乡建设局",
        date(2024, 7, 10),
        "10日内",
        "未整改",
        "否",
    ),
    (
        "濮阳经济技术开发区标准化厂房项目",
        "中原建工集团有限公司",
        "工资保证金未按规定存储",
        "工资保证金",
        "市住房和城乡建设局",
        date(2024, 7, 10),
        "7月31日前",
        "",
        "",
    ),
    (
        "清丰县人民医院门诊楼项目",
        "河南天润建设工程有限公司",
        "拖欠12名农民工5月份工资共计8.6万元",
        "欠薪线索",
        "市卫生健康委员会",
        date(2024, 7, 12),
        "5日内",
        "已全额支付到位",
        "是",
    ),
    (
        "濮阳县城区供水管网改造工程",
        "濮阳县水利建筑工程有限公司",
        "未配备劳资专管员，工资支付台账不全",
        "劳资专管员",
        "市水利局",
        date(2024, 7, 12),
        "7月25日前",
        "已配备劳资专管员1名，补建工资支付台账",
        "是",
    ),
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="劳动保障监察支队")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 28, 26, 36, 12, 18, 13, 14, 34, 10])
    b.line(ws, 0, "房屋市政工程领域拖欠农民工工资隐患排查整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：市人力资源和社会保障局、市住房和城乡建设局联合检查组    检查方式：“四不两直”    "
        "整改时限按日计的，自交办日期起计算",
        9,
    )
    words = [
        "序号",
        "项目名称",
        "整改责任单位",
        "欠薪隐患问题",
        "问题类别",
        "行业监管部门",
        "交办日期",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "是否销号"], first=8)
    for i, row in enumerate(WAGE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.day)
        b.row(ws, r, list(row[6:8]), first=7)
        b.put(ws, r, 9, row[8], b.center)
    end = 4 + len(WAGE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "共排查在建项目46个，发现欠薪隐患8个，已销号4个")
    b.line(
        ws,
        end + 2,
        "填表人：吕晓燕    审核人：冯国强    联系电话：0393-8160721    填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 建筑工地扬尘专项检查, after a city 住建局's account of its 工地扬尘专项检查 (质安科牵头，抽调各区人员组成三个
# 检查组; 检查项目54个，突出施工扬尘治理; 下发督办单18个; 开展回头看，对整改不到位的依法处罚):
# http://qhd.gov.cn:81/info/content.jsp?code=116673
# An .ods (LibreOffice conversion): title, 牵头科室/检查组/检查时间 line, one header row led by the 督办单编号, the
# 检查组 (an inspector) beside the 施工单位, a 回头看情况 column, a 注 line and a signature line.
DUST_ROWS = [
    (
        "住建扬督〔2024〕01号",
        "第一检查组",
        "濮阳市澶渊府三期住宅项目",
        "濮阳市鸿运建筑工程有限公司",
        "裸露土方约2000平方米未覆盖防尘网",
        "全部覆盖防尘网",
        "2024年7月8日",
        "已覆盖到位",
    ),
    (
        "住建扬督〔2024〕02号",
        "第一检查组",
        "濮阳市中原路雨污分流改造工程",
        "河南中州市政工程有限公司",
        "出入口未设置车辆冲洗设施，车辆带泥上路",
        "设置洗车平台并配备专人",
        "7月10日前",
        "洗车平台正在施工",
    ),
    (
        "住建扬督〔2024〕03号",
        "第二检查组",
        "濮阳市第二实验小学教学楼项目",
        "濮阳建工集团有限公司",
        "施工围挡破损约50米，围挡喷淋降尘设施未开启",
        "修复围挡，开启喷淋",
        "2024.7.12",
        "已整改到位",
    ),
    (
        "住建扬督〔2024〕05号",
        "第二检查组",
        "濮阳市龙湖湾商住小区项目",
        "河南鼎盛建设有限公司",
        "建筑垃圾未及时清运，在现场露天堆放",
        "清运建筑垃圾，设置密闭式垃圾站",
        "2024.7.12",
        "未整改",
    ),
    (
        "住建扬督〔2024〕08号",
        "第三检查组",
        "濮阳经济技术开发区科创中心项目",
        "河南远大建设工程有限公司",
        "扬尘在线监测设备未联网，数据未上传监管平台",
        "设备联网并接入市扬尘监管平台",
        "7月20日前",
        "",
    ),
    (
        "住建扬督〔2024〕11号",
        "第三检查组",
        "清丰县城区道路提升改造工程",
        "清丰县市政工程有限公司",
        "路面切割作业未采取湿法作业",
        "切割、破碎作业全程湿法作业",
        "施工期间长期坚持",
        "长期坚持",
    ),
    (
        "住建扬督〔2024〕14号",
        "第一检查组",
        "华龙区老旧小区改造项目（一标段）",
        "濮阳市安居建筑安装有限公司",
        "外墙脚手架未挂设密目安全网",
        "挂设密目安全网",
        "2024.7.9",
        "已整改",
    ),
]


def write_dust_book(path: Path) -> Path:
    b = Book(path, author="质量安全监督科")
    ws = b.sheet("扬尘督办")
    b.widths(ws, [22, 12, 30, 28, 36, 28, 16, 18])
    b.line(ws, 0, "全市建筑工地扬尘专项检查督办问题整改汇总表", 7, b.title)
    b.line(
        ws,
        1,
        "牵头科室：质量安全监督科    检查组：第一、二、三检查组（抽调各区住建部门人员）    检查时间：2024年7月1日至7月5日",
        7,
    )
    b.header(
        ws,
        2,
        ["督办单编号", "检查组", "项目名称", "施工单位", "存在问题", "整改要求", "整改期限", "回头看情况"],
    )
    for i, row in enumerate(DUST_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(DUST_ROWS)
    b.line(ws, end, "注：本次共下发督办单18份，本表汇总涉及扬尘问题的7份，其余督办问题另行建立台账。", 7)
    b.line(ws, end + 1, "填表人：宋志远    审核人：马红军    填报日期：2024年7月29日", 7)
    return b.close()


def write_dust(path: Path) -> Path:
    via_soffice(write_dust_book, path, "ods", "建筑工地扬尘专项检查督办问题整改汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 出租汽车违规经营投诉查处, after a city 道路运输综合执法支队's account of taxi complaints over a holiday (受理出租车
# 违规经营投诉; 拼客、拒载、不主动出示发票、网约车巡游揽客; 对投诉调查核实，查实有责的车辆处罚情况公布见下表;
# 12328交通运输服务监督电话):
# http://syiptv.com/article/show/159721
# An .xlsx: title, 填报单位/统计时段 line, one header row with the 受理时间 of each complaint (the base of the 日内
# deadlines), the 车牌号 and 所属企业, the 查处结果 (a penalty, not progress) beside the 企业整改情况, a 合计 row and a
# signature line.
TAXI_ROWS = [
    (
        date(2024, 6, 10),
        "豫J·T1234",
        "濮阳市通达出租汽车有限公司",
        "驾驶员在火车站拒载短途乘客",
        "罚款200元",
        "对驾驶员停运培训3天",
        "7日内",
        "已完成停运培训",
    ),
    (
        date(2024, 6, 15),
        "豫J·T2586",
        "濮阳市龙都出租汽车有限公司",
        "在汽车站拼客并按人收费",
        "罚款500元",
        "约谈企业负责人，开展全员警示教育",
        "10日内",
        "已召开警示教育会，驾驶员全员签订承诺书",
    ),
    (
        date(2024, 6, 22),
        "豫J·T3307",
        "濮阳市通达出租汽车有限公司",
        "不主动出示发票，乘客索要时拒绝提供",
        "警告",
        "全部车辆加装车载发票打印设备",
        "2024年7月10日",
        "设备已采购，正在逐车安装",
    ),
    (
        date(2024, 7, 2),
        "豫J·D8891",
        "濮阳市易行网络预约出租汽车有限公司",
        "网约车在万达广场周边巡游揽客",
        "罚款1000元",
        "平台暂停该车派单，开展驾驶员培训",
        "15日内",
        "",
    ),
    (
        date(2024, 7, 6),
        "豫J·T5120",
        "濮阳市顺风出租汽车有限公司",
        "未按规定使用计价器，与乘客议价收费",
        "罚款500元",
        "计价器重新检定，驾驶员学习培训",
        "7日内",
        "未整改",
    ),
    (
        date(2024, 7, 11),
        "豫J·T6643",
        "濮阳市龙都出租汽车有限公司",
        "车内卫生差，座椅套污损",
        "责令改正",
        "更换座椅套，落实每日保洁",
        "3日内",
        "已整改",
    ),
    (
        date(2024, 7, 18),
        "豫J·T7712",
        "濮阳市顺风出租汽车有限公司",
        "绕道行驶多收车费",
        "罚款300元",
        "退还多收车费，驾驶员停运学习",
        "2024年7月31日",
        "已退还乘客多收车费，驾驶员正在停运学习",
    ),
]


def write_taxi(path: Path) -> Path:
    b = Book(path, author="客运执法大队")
    ws = b.sheet("查处及整改")
    b.widths(ws, [6, 13, 12, 32, 32, 12, 30, 14, 34])
    b.line(ws, 0, "端午及暑期出租汽车违规经营投诉查实情况及企业整改表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市交通运输综合行政执法支队    统计时段：2024年6月8日至7月20日    "
        "整改时限按日计的，自投诉受理之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理时间",
            "车牌号",
            "所属企业",
            "投诉反映问题",
            "查处结果",
            "企业整改要求",
            "整改时限",
            "企业整改情况",
        ],
    )
    for i, row in enumerate(TAXI_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.cnday)
        b.row(ws, r, list(row[1:]), first=2)
    end = 3 + len(TAXI_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "受理12328出租汽车违规经营投诉46件，查实有责7台次")
    b.line(
        ws,
        end + 2,
        "填表人：任俊杰    审核人：黄卫国    联系电话：0393-8177328    填报日期：2024年7月29日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 食品安全领域突出问题督察, after a county account of its 食品安全领域不正之风和腐败问题集中整治 督察 (工作专班
# 联合农业农村局、教育局、卫健局、公安局、行政审批局组成督察组，随机抽查; 肉制品加工、校园食品、外卖餐饮;
# 主体责任落实、加工过程控制、鼠类等有害生物防治; 要求相关监管部门及时跟踪督办，确保问题整改到位):
# http://sxhctv.com/show.asp?id=821
# A .wps (Word 97 via LibreOffice): title, 督察组 and 填报单位 lines, one table with the 检查环节 and the 被检查单位
# beside an 整改责任单位 (a school for its canteen, a market operator for its stalls), a 填表说明 and a signature line.
FOOD_ROWS = [
    (
        "肉制品加工",
        "濮阳市鑫源肉制品加工厂",
        "原料肉进货查验记录不全，部分批次无动物检疫合格证明",
        "补全进货查验记录，停止使用无证原料",
        "2024年7月20日",
        "濮阳市鑫源肉制品加工厂",
        "已建立电子进货台账，无证原料已封存销毁，整改完成",
    ),
    (
        "肉制品加工",
        "清丰县福润达熟食加工坊",
        "加工车间防鼠设施缺失，现场发现鼠迹",
        "安装挡鼠板，委托专业机构开展有害生物防治",
        "7月15日前",
        "清丰县福润达熟食加工坊",
        "已安装挡鼠板并签订消杀服务合同，已整改到位",
    ),
    (
        "校园食品",
        "濮阳市第四中学食堂",
        "食堂2名从业人员健康证明过期仍在岗",
        "调离岗位，办理健康证明后上岗",
        "2024.7.10",
        "濮阳市第四中学",
        "已调离岗位，健康证明正在办理",
    ),
    (
        "校园食品",
        "濮阳县城关镇佳佳便利店",
        "向学生销售超过保质期的辣条等食品",
        "下架销毁，立案查处",
        "2024.7.10",
        "濮阳县城关镇佳佳便利店",
        "过期食品已下架销毁，整改完成",
    ),
    (
        "外卖餐饮",
        "濮阳市华龙区湘味小厨",
        "实际经营地址与外卖平台公示地址不符",
        "变更平台公示信息或停止线上经营",
        "7月25日前",
        "濮阳市华龙区湘味小厨",
        "",
    ),
    (
        "外卖餐饮",
        "濮阳市华龙区麦香汉堡店",
        "外卖包装未使用食品安全封签",
        "外卖食品全部使用食安封签",
        "2024年7月31日",
        "濮阳市华龙区麦香汉堡店",
        "未整改",
    ),
    (
        "有害生物防治",
        "濮阳市胜利路农贸市场熟食区",
        "熟食区防蝇、防尘设施不全，苍蝇较多",
        "加装纱窗和风幕机，落实有害生物防治",
        "8月底前",
        "濮阳市胜利路农贸市场管理有限公司",
        "已制定整改方案，正在采购风幕机",
    ),
]


def write_food_docx(path: Path) -> Path:
    doc = _new_document("食品安全协调科")
    _title(doc, "食品安全领域突出问题督察发现问题整改情况清单", 18)
    _paragraph(
        doc,
        "督察组：市食品安全领域突出问题集中整治工作专班（市市场监督管理局牵头，市农业农村局、市教育局、"
        "市卫生健康委员会、市公安局参加）    督察时间：2024年7月8日至10日",
        12,
    )
    _paragraph(doc, "填报单位：濮阳市市场监督管理局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FOOD_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查环节", "被检查单位", "发现问题", "整改要求", "整改时限", "整改责任单位", "整改情况"],
        body,
        size=9,
    )
    _paragraph(doc, "填表说明：“整改责任单位”填写落实整改的主体，学校食堂由所属学校负责整改。", 12)
    _paragraph(doc, "填表人：邵云飞    审核人：田志宏    联系电话：0393-8899315", 12)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    return via_soffice(write_food_docx, path, "doc", "食品安全督察发现问题整改情况清单.docx")


# ---------------------------------------------------------------------------------------------
# 11. 文物安全联合检查, after a district 文管所's account of its joint 文物安全 checks with the 文广旅局 and the 消防
# 救援大队 (国保、省保、市保文物保护单位; 消防安全责任落实、消防安全各类风险隐患、应急演练; 对存在的问题列出
# 清单，函告文物使用管理部门，限时进行整改):
# http://nj.xbxwccwqtv.com/html/zixunxinwen/show-43696-1.html
# An .xlsx: title, 检查单位/检查时间 line, one header row, the 文物保护单位, 保护级别 and 使用管理单位 merged down over
# the problems of each site, a 函告日期 column the 30日内 and 立即整改 count from, a 填报 line at the foot.
RELIC_SITES = [
    (
        "仓颉陵",
        "全国重点文物保护单位",
        "南乐县仓颉陵文物管理所",
        [
            (
                "大殿内香客焚香烧纸无人管理，香炉紧邻木构件",
                "立即整改",
                "已将香炉移至殿外并设专人看管，整改完成",
            ),
            ("消防水池水量不足，消防水泵无法正常启动", "30日内", "消防水泵已维修，正在补水"),
        ],
    ),
    (
        "单拐革命旧址",
        "全国重点文物保护单位",
        "清丰县单拐革命旧址管理处",
        [
            (
                "展厅电气线路私拉乱接，使用大功率电暖器",
                "2024年7月15日",
                "已拆除私拉线路，收缴电暖器，整改完成",
            ),
            ("微型消防站器材配备不全，值守人员不会使用", "30日内", ""),
        ],
    ),
    (
        "濮阳县城隍庙",
        "市级文物保护单位",
        "濮阳县城关镇人民政府",
        [("古建筑内住有看护人员并使用液化气罐做饭", "立即整改", "未整改")],
    ),
    (
        "戚城村王氏宅院",
        "市级文物保护单位",
        "华龙区孟轲乡人民政府",
        [("文物本体后墙开裂，屋面局部漏雨", "2024年9月底前", "已委托编制修缮方案，正在报批")],
    ),
    (
        "刘邓大军强渡黄河纪念馆",
        "省级文物保护单位",
        "范县文化广电和旅游局",
        [("安防监控系统部分摄像头故障，存在监控盲区", "年底前", "")],
    ),
]


def write_relic(path: Path) -> Path:
    b = Book(path, author="文物科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 20, 14, 24, 40, 13, 14, 34])
    b.line(ws, 0, "文物安全联合检查问题清单及整改落实情况", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市文物保护中心、市文化广电和旅游局、市消防救援支队    检查时间：2024年6月24日至27日    "
        "问题清单已于2024年7月1日函告各使用管理单位，整改时限自函告之日起计算",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "文物保护单位", "保护级别", "使用管理单位", "存在问题", "函告日期", "整改时限", "整改情况"],
    )
    r = 3
    n = 1
    for site, level, keeper, problems in RELIC_SITES:
        top = r
        for problem, limit, progress in problems:
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, date(2024, 7, 1), b.day)
            b.put(ws, r, 6, limit, b.center)
            b.put(ws, r, 7, progress)
            r += 1
            n += 1
        b.merge(ws, top, 1, r - 1, 1, site, b.center)
        b.merge(ws, top, 2, r - 1, 2, level, b.center)
        b.merge(ws, top, 3, r - 1, 3, keeper, b.center)
    b.line(
        ws,
        r + 1,
        "填报单位：濮阳市文化广电和旅游局（文物科）    填表人：孔令涛    填报日期：2024年7月30日",
        7,
    )
    return b.close()


FILES = [
    ("医疗废物处置执法监督专项检查发现问题整改台账.xlsx", write_waste),
    ("关于暑期校外培训机构专项排查治理及整改情况的报告.docx", write_training),
    ("挂牌督办重大火灾隐患单位整改进展情况表.xls", write_fire),
    ("治安消防安全大检查隐患整改（集团两单位）.zip", write_group),
    ("河道堤防工程运行管理督查问题整改台账.et", write_dike),
    ("A级旅游景区暗访复核问题整改台账.csv", write_scenic),
    ("房屋市政工程领域欠薪隐患排查整改台账.xlsx", write_wage),
    ("建筑工地扬尘专项检查督办问题整改汇总表.ods", write_dust),
    ("出租汽车违规经营投诉查处及企业整改表.xlsx", write_taxi),
    ("食品安全督察发现问题整改情况清单.wps", write_food),
    ("文物安全联合检查问题清单及整改情况.xlsx", write_relic),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

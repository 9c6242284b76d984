"""Write the aside194 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 畜牧兽医、动物防疫与屠宰行业的检查整改 (养殖场户、兽药饲料、病死畜禽无害化处理、生猪定点屠宰), in and
around 濮阳 in July 2024. Contents are made up; statistics date 2024-07-31.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, ticks under 是/否), .et (Excel 97 via LibreOffice),
.ods (LibreOffice conversion, zip times fixed), a CSV in UTF-8 with BOM, a .docx with one table, a .doc report
(Word 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).

Run from this folder: python make_aside194.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed dates inside the files, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 9, 30, 0)
ZIP_TIME = (2024, 7, 30, 9, 30, 0)


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
        self.plain_head = add({"bold": True})
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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


# =============================================================================================
# 1. 生猪定点屠宰专项整治督查, after a 生猪屠宰专项整治 督查表 whose rows are numbered check questions
# ("1、是否实现进厂生猪均佩戴耳标", "5、屠宰企业是否建立完善生猪进厂验收制度和台帐管理制度", "6、病害肉无害化处理率
# 是否达到100%", "11、是否有经考核合格的肉品品质检验人员", "13、是否落实了建设项目环境影响评价和“三同时”制度…") under
# a category written down one merged cell character by character (工/作/开/展/情/况), with tick columns beside them:
# http://www.fsou.com.cn/html/text/lar/171367/17136788_6.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (是否整改到位 over 是/否, ticks √), the category merged down
# and written one character a line, the check question beside the problem found, a 合计 row, a 注 line and a
# signature line.
SLAUGHTER_GROUPS = [
    (
        "监\n管\n工\n作",
        [
            (
                "3、是否进行拉网式排查整顿，对存在的问题是否进行处理",
                "对五星乡、郎中乡群众举报的私屠滥宰线索排查不彻底，2起线索未形成处理结论",
                "濮阳县农业综合行政执法大队",
                "2024年8月15日",
                "",
                "√",
                "正在重新核查",
            ),
            (
                "4、是否有执法记录",
                "二季度屠宰环节执法检查记录未按要求归档，执法记录仪视频部分缺失",
                "濮阳县农业综合行政执法大队",
                "7月底前",
                "√",
                "",
                "",
            ),
        ],
    ),
    (
        "工\n作\n开\n展\n情\n况",
        [
            (
                "1、是否实现进厂生猪均佩戴耳标",
                "抽查待宰圈发现3头生猪无耳标仍被接收入场",
                "濮阳县鑫旺肉类加工有限公司",
                "2024.7.10",
                "√",
                "",
                "已对供货户约谈，入场查验增加耳标核对",
            ),
            (
                "5、屠宰企业是否建立完善生猪进厂验收制度和台帐管理制度",
                "生猪进厂查验登记台账缺少货主联系方式和检疫证明编号",
                "濮阳县鑫旺肉类加工有限公司",
                "2024.7.20",
                "√",
                "",
                "",
            ),
            (
                "6、病害肉无害化处理率是否达到100%",
                "无害化处理间高温化制设备故障停用，病害肉在冷库暂存超过7天",
                "濮阳县华裕食品有限公司",
                "2024年8月31日",
                "",
                "",
                "设备已报修，配件待到货",
            ),
            (
                "11、是否有经考核合格的肉品品质检验人员",
                "肉品品质检验人员3名中有1名未经考核合格即上岗",
                "濮阳县华裕食品有限公司",
                "2024.7.25",
                "",
                "√",
                "",
            ),
            (
                "12、是否有符合国家规定的检验设备、消毒设施",
                "运猪车辆清洗消毒烘干间未建成，车辆卸猪后仅简单冲洗",
                "濮阳县庆祖生猪屠宰场",
                "年底前",
                "",
                "",
                "",
            ),
            (
                "13、是否落实了建设项目环境影响评价和“三同时”制度，配套建设了污染防治设施",
                "污水处理站沉淀池满溢，屠宰废水经雨水沟排至厂外",
                "濮阳县庆祖生猪屠宰场",
                "2024.7.15",
                "√",
                "",
                "已清掏沉淀池，封堵雨水沟排口",
            ),
        ],
    ),
]


def write_slaughter(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县生猪定点屠宰专项整治督查发现问题整改台账", t, 0, 8),
        (1, 0, "填报单位：濮阳县农业农村局（盖章）          填报时间：2024年7月29日", plain, 1, 8),
    ]
    for col, word in enumerate(["类别", "督查内容", "存在问题", "整改责任单位", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "是否整改到位", h, 2, 6),
        (3, 5, "是", h),
        (3, 6, "否", h),
        (2, 7, "备注", h, 3, 7),
    ]
    r = 4
    done = 0
    total = 0
    for group, rows in SLAUGHTER_GROUPS:
        cells.append((r, 0, group, ctr, r + len(rows) - 1, 0))
        for row in rows:
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (4, 5, 6) else c))
            done += row[4] == "√"
            total += 1
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, f"督查发现问题{total}个，已整改到位{done}个", c, r, 7),
        (r + 1, 0, "注：“是否整改到位”栏在对应栏内打“√”；整改时限以督查反馈意见为准。", plain, r + 1, 8),
        (r + 2, 0, "填表人：李建华        审核人：王振        联系电话：0393-3221906", plain, r + 2, 8),
    ]
    return _write_xls(path, [("督查问题整改台账", cells, [8, 34, 40, 26, 14, 6, 6, 26])])


# =============================================================================================
# 2. 畜牧兽医重点工作暗访督导反馈问题整改, after a city 农业农村局's 暗访督导 of its counties ("四不两直"; 生猪定点屠宰场、
# 畜禽规模养殖场、饲料(兽药)经营企业、乡镇畜牧兽医站; 春防、疫苗管理、非洲猪瘟常态化防控、病死动物无害化处理、屠宰场
# "两项制度"落实、饲料兽药监管; 汇总形成督导通报，要求建立问题清单，限期完成整改，并将整改结果及时上报):
# https://www.nanchong.gov.cn/nyncj/xwdt/bmxx/202305/t20230519_1823695.html
# A .doc (Word 97 via LibreOffice): a county bureau's report back to the city: title, 主送, preamble, the problems as
# numbered paragraphs under three headings, each with its 股室, measure, 整改时限 and progress in sentences (unit = the
# county bureau), a closing section, the bureau and date at the foot.
INSPECT_SECTIONS = [
    (
        "（一）屠宰环节“两项制度”落实方面",
        [
            "1.清丰县恒泰肉食品有限公司驻场官方兽医未按规定在岗，6月19日夜间屠宰时无官方兽医实施检疫。"
            "整改措施：由兽医股约谈驻场官方兽医，实行屠宰期间在岗签到和视频巡查制度。整改时限：2024年6月30日。"
            "整改情况：已完成，签到和视频巡查制度已运行。",
            "2.屠宰企业非洲猪瘟自检记录不完整，5月份有3个批次缺少检测结果。整改措施：屠宰管理股督促企业补齐检测"
            "记录，逐批留存检测报告。整改时限：2024年7月15日。整改情况：已整改到位。",
        ],
    ),
    (
        "（二）畜禽养殖和重大动物疫病防控方面",
        [
            "3.部分规模猪场生物安全措施落实不到位，大流乡两家猪场出入口消毒池内无消毒液。整改措施：兽医股会同"
            "各乡镇开展规模猪场生物安全专项排查。整改时限：2024年8月31日。整改情况：已排查12家，正在逐场复查。",
            "4.春季集中免疫档案与实际存栏不符，六塔乡抽查牲畜耳标佩戴率不足90%。整改措施：结合秋防开展补免补标，"
            "9月30日前完成。整改情况：尚未开展。",
            "5.病死畜禽无害化处理收集点转运记录不规范，部分记录无养殖户签字。整改措施：畜牧股督促处理企业完善"
            "“五单二账”，逐笔补签。整改时限：2024年7月31日。",
        ],
    ),
    (
        "（三）饲料兽药监管方面",
        [
            "6.城关镇1家兽药经营店处方药与非处方药混放，未单独建立处方药购销记录。整改措施：由饲料兽药股责令整改"
            "并跟踪复查。整改时限：2024年7月10日。整改情况：已整改，经复查合格。",
            "7.乡镇畜牧兽医站疫苗出入库登记不全，冷链设备无温度记录。整改措施：兽医股制定疫苗管理规范，乡镇站每日"
            "记录冷链温度，纳入日常管理，长期坚持。",
        ],
    ),
]


def write_inspect_docx(path: Path) -> Path:
    doc = _new_document("清丰县农业农村局")
    _title(doc, "清丰县农业农村局关于全市畜牧兽医重点工作暗访督导反馈问题整改情况的报告", 20)
    _paragraph(doc, "市农业农村局：")
    _paragraph(
        doc,
        "2024年6月17日至21日，市农业农村局暗访督导组采取“四不两直”方式，对我县生猪定点屠宰场、畜禽规模养殖场、"
        "饲料兽药经营企业和乡镇畜牧兽医站进行了暗访督导，反馈问题7个。我局高度重视，逐条制定整改措施，明确责任"
        "股室和整改时限。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、反馈问题整改情况", font="黑体")
    for heading, paras in INSPECT_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将举一反三，对全县屠宰、养殖、饲料兽药经营等环节开展拉网式排查，建立问题清单，整改一个、销号一个，"
        "确保反馈问题全部整改到位。",
    )
    _paragraph(doc, "清丰县农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    return via_soffice(write_inspect_docx, path, "doc", "暗访督导反馈问题整改情况报告.docx")


# =============================================================================================
# 3. 病死畜禽无害化处理季度核查, after a city's notice on quarterly 病死畜禽无害化处理核查 by the 农业综合执法支队 (核查
# 五个方面: 随机核查养殖场收集和登记情况、养殖档案、"五单二账"或电子平台、无害化处理补贴申报、打击违法行为和案件查处):
# http://cgjd.org.cn/show-209792.html
# An .xlsx: title, 填报单位/核查时间/填报日期 line, a two-row header (整改落实 over three columns), 核查内容 naming one
# of the five aspects, the 核查对象 beside the 整改责任单位, 销号情况, a 合计 row and a signature line.
HARMLESS_ROWS = [
    (
        "南乐县福堪镇兴旺养猪场",
        "福堪镇",
        "收集登记",
        "二季度交售病死猪数量与收集点登记数相差15头",
        "南乐县福堪镇兴旺养猪场",
        "逐笔核对，补登交售记录",
        "2024.7.10",
        "已补登核实",
        "已销号",
    ),
    (
        "南乐县千口镇宏达养殖专业合作社",
        "千口镇",
        "养殖档案",
        "养殖档案未记录死亡及无害化处理情况",
        "南乐县千口镇宏达养殖专业合作社",
        "补全养殖档案",
        "2024.7.15",
        "已完善",
        "",
    ),
    (
        "南乐县元村镇绿源生态养殖有限公司",
        "元村镇",
        "五单二账",
        "病死畜禽收集交接单缺少养殖户签字",
        "南乐县元村镇绿源生态养殖有限公司",
        "规范填写交接单",
        "7月20日前",
        "正在补签",
        "",
    ),
    (
        "南乐县病死畜禽无害化处理中心",
        "近德固乡",
        "五单二账",
        "无害化处理电子平台数据与纸质台账不一致",
        "南乐县康源无害化处理有限公司",
        "电子平台与纸质台账逐笔核对",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "杨村乡无害化处理补助申报",
        "杨村乡",
        "补贴申报",
        "乡级补助申报材料审核把关不严，存在重复申报",
        "南乐县杨村乡人民政府",
        "退回重复申报资金，建立审核台账",
        "2024年9月底",
        "重复申报资金已退回，审核台账正在建立",
        "",
    ),
    (
        "南乐县韩张镇金牛肉牛养殖场",
        "韩张镇",
        "收集登记",
        "病死牛自行掩埋，未交收集点统一处理",
        "南乐县韩张镇金牛肉牛养殖场",
        "纳入统一收集，依法查处",
        "2024.7.5",
        "未整改",
        "",
    ),
    (
        "南乐县谷金楼镇鑫盛蛋鸡养殖场",
        "谷金楼镇",
        "养殖档案",
        "死淘鸡处理记录与存栏变动记录不符",
        "南乐县谷金楼镇鑫盛蛋鸡养殖场",
        "建立死淘鸡日登记制度",
        "长期坚持",
        "每日登记，常态化推进",
        "",
    ),
    (
        "随意抛弃病死猪举报线索",
        "城关镇",
        "案件查处",
        "二季度随意抛弃病死猪举报线索1条未及时立案",
        "南乐县农业综合行政执法大队",
        "立案调查",
        "2024.7.31",
        "已立案，正在调查取证",
        "",
    ),
]


def write_harmless(path: Path) -> Path:
    b = Book(path, author="畜牧股")
    ws = b.sheet("核查问题整改台账")
    b.widths(ws, [6, 26, 10, 10, 34, 26, 22, 12, 22, 10])
    b.line(ws, 0, "南乐县2024年第二季度病死畜禽无害化处理核查发现问题整改台账", 9, b.title)
    b.line(
        ws, 1, "填报单位：南乐县农业农村局    核查时间：2024年6月17日至6月25日    填报日期：2024年7月30日", 9
    )
    for c, word in enumerate(["序号", "核查对象", "所在乡镇", "核查内容", "发现问题", "整改责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展"], first=6)
    b.merge(ws, 2, 9, 3, 9, "销号情况", b.head)
    for i, row in enumerate(HARMLESS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HARMLESS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "核查对象8个，发现问题8个，已销号1个")
    b.line(ws, end + 2, "分管领导：赵卫东    填表人：孟晓燕    联系电话：0393-7221403", 9)
    return b.close()


# =============================================================================================
# 4. 病死畜禽无害化收集处理监督检查, after a city 农业综合执法支队's check of two towns' collection (病死畜禽的收集、
# 消毒、入库、出库、转运; 无害化处理设施运行; 收集、转运、处理的记录台账逐一核实):
# https://uatriatlon.com/a/bm/snyncj/2024/0417/59449.html
# A CSV in UTF-8 with BOM: a title line, a line naming the checker and the check date the 整改时限 in days count
# from, one header line naming the 运营单位 as 整改责任单位, the 检查环节 as in the source, a 合计 line.
COLLECT_ROWS = [
    (
        "濮城镇收集点",
        "范县安康无害化处理有限公司",
        "收集",
        "收集车辆未安装GPS定位，收集路线无法追溯",
        "15日内",
        "已安装车载定位设备",
    ),
    (
        "王楼镇收集点",
        "范县安康无害化处理有限公司",
        "消毒",
        "收集点进出口未设置车辆消毒池，车辆出入未消毒",
        "10日内",
        "消毒池正在施工",
    ),
    (
        "辛庄镇收集点",
        "范县辛庄镇人民政府",
        "入库",
        "暂存冷库温度显示-5℃，达不到冷冻暂存要求",
        "3日内",
        "已维修压缩机，库温达到-18℃以下",
    ),
    ("陈庄镇收集点", "范县陈庄镇人民政府", "出库", "出库记录缺少转运车辆车牌号和交接人签字", "7日内", ""),
    (
        "龙王庄镇收集点",
        "范县安康无害化处理有限公司",
        "转运",
        "转运车辆厢体密封条破损，存在渗漏风险",
        "7日内",
        "未整改",
    ),
    (
        "范县无害化处理厂",
        "范县安康无害化处理有限公司",
        "记录台账",
        "处理记录未保留影像资料，化制过程无视频监控",
        "2024年8月31日",
        "正在安装视频监控",
    ),
    (
        "杨集乡收集点",
        "范县杨集乡人民政府",
        "收集",
        "收集点未明确专人值守，夜间无人接收",
        "15日内",
        "已安排2名专职人员轮流值守",
    ),
]


def write_collect(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["范县病死畜禽无害化收集处理监督检查发现问题整改台账"])
    w.writerow(["检查单位：范县农业综合行政执法大队；检查时间：2024年7月11日；整改时限自检查之日起计算"])
    w.writerow(
        [
            "序号",
            "收集点（处理厂）",
            "整改责任单位（运营单位）",
            "检查环节",
            "存在问题",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(COLLECT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查收集点6个、处理厂1个", "", "", "发现问题7个", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# =============================================================================================
# 5. 兽药经营企业执法检查, after a law-enforcement app's record of the 兽药经营企业执法检查记录表 (检查项目: 具备《兽药
# 经营许可证》等资质; 处方药和非处方药分区或分柜摆放…; 在经营场所显著位置悬挂或张贴"兽用处方药必须凭兽医处方购买"的
# 提示语; 建立购销记录和单独的处方药购销记录; 经营违禁药品、人用药品、原料药和假劣兽药; 按照《兽药经营质量管理规范》
# 要求陈列和储存兽药 …) with its 复查 fields:
# https://github.com/ZhenXinSuny/harmless_app/blob/755a7a80132fc27041518e2f80fff75d55a97172/app/src/main/java/com/agridata/cdzhdj/data/law/VeterinaryDrugFieldBean.java
# An .xlsx exported from such a system: header on the first row, no title, 统一社会信用代码, 检查日期 (an event) and
# 整改期限 as date cells, the checklist wording as 检查项目, 整改状态 (待整改/整改中/已整改) and 复查结果, 检查人员.
DRUG_ROWS = [
    (
        "濮阳市华龙区康牧兽药店",
        "92410902MA9KX3L71D",
        "华龙区",
        date(2024, 7, 2),
        "处方药和非处方药分区或分柜摆放，处方药不得采用开架自选方式销售",
        "处方药与非处方药混放在同一货架，部分处方药开架销售",
        date(2024, 7, 9),
        "已整改",
        "合格",
        "王立新、赵敏",
    ),
    (
        "濮阳县惠农兽药经营部",
        "92410928MA9L0Q2K5X",
        "濮阳县",
        date(2024, 7, 3),
        "在经营场所显著位置悬挂或张贴“兽用处方药必须凭兽医处方购买”的提示语",
        "经营场所未张贴兽用处方药凭处方购买提示语",
        date(2024, 7, 5),
        "已整改",
        "合格",
        "王立新、赵敏",
    ),
    (
        "清丰县丰源兽药饲料门市部",
        "92410922MA9JY6P30B",
        "清丰县",
        date(2024, 7, 3),
        "建立购销记录和单独的处方药购销记录，并真实完整规范地保存购销记录",
        "未单独建立处方药购销记录，销售记录无购买人信息",
        date(2024, 7, 17),
        "整改中",
        "",
        "陈峰、刘洋",
    ),
    (
        "南乐县牧康兽药店",
        "92410923MA9K5W8E2R",
        "南乐县",
        date(2024, 7, 4),
        "具备《兽药经营许可证》等资质，且在有效期内",
        "兽药经营许可证已于2024年5月到期，未申请换证仍在营业",
        date(2024, 8, 4),
        "待整改",
        "",
        "陈峰、刘洋",
    ),
    (
        "范县绿洲兽药门市",
        "92410926MA9L2H4N6T",
        "范县",
        date(2024, 7, 5),
        "经营违禁药品、人用药品、原料药和假劣兽药",
        "货架上查见人用药品阿莫西林胶囊12盒",
        date(2024, 7, 5),
        "已整改",
        "合格",
        "张海涛、李倩",
    ),
    (
        "台前县金牧兽药经营部",
        "92410927MA9KQ1C58U",
        "台前县",
        date(2024, 7, 8),
        "按照《兽药经营质量管理规范》要求陈列和储存兽药",
        "需冷藏保存的兽用疫苗存放在常温货架",
        date(2024, 7, 10),
        "整改中",
        "",
        "张海涛、李倩",
    ),
    (
        "濮阳县益丰兽药连锁有限公司",
        "91410928MA9M7T6G1P",
        "濮阳县",
        date(2024, 7, 9),
        "购进的兽药必须具备产品标签、说明书、产品质量合格证，并与兽药产品核对无误",
        "2个批次兽药无产品质量合格证，供货商资质未留存",
        date(2024, 7, 24),
        "",
        "",
        "王立新、赵敏",
    ),
    (
        "濮阳市华龙区牧丰兽药店",
        "92410902MA9LB8R24K",
        "华龙区",
        date(2024, 7, 10),
        "建立健全兽药保管制度、出入库查验制度、员工培训制度等，并严格执行",
        "未建立出入库查验制度，过期兽药未单独存放",
        date(2024, 7, 20),
        "已整改",
        "",
        "王立新、赵敏",
    ),
]


def write_drug(path: Path) -> Path:
    b = Book(path, author="zfjc")
    ws = b.sheet("检查结果")
    b.widths(ws, [6, 28, 22, 8, 12, 40, 10, 36, 12, 10, 10, 14])
    b.header(
        ws,
        0,
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县区",
            "检查日期",
            "检查项目",
            "检查结果",
            "问题描述",
            "整改期限",
            "整改状态",
            "复查结果",
            "检查人员",
        ],
        fmt=b.plain_head,
    )
    for i, row in enumerate(DRUG_ROWS, 1):
        name, code, county, day, item, problem, due, state, review, who = row
        values = [i, name, code, county, day, item, "不符合", problem, due, state, review, who]
        for c, v in enumerate(values):
            if isinstance(v, date):
                ws.write_datetime(i, c, datetime(v.year, v.month, v.day), b.plain_day)
            elif isinstance(v, int):
                ws.write_number(i, c, v)
            elif v:
                ws.write_string(i, c, v)
    return b.close()


# =============================================================================================
# 6. 生猪屠宰厂（场）执法检查, after a law-enforcement app's 生猪屠宰厂（场）执法检查记录表 (检查环节: 制度、设施设备、
# 入场查验、待宰、屠宰检验、无害化处理、出厂、档案; "是否查验《动物检疫合格证明》", "是否达到宰前停食静养的要求",
# "无害化处理专用冷藏间能否正常使用", "是否对待宰生猪或者在屠宰过程中进行“瘦肉精”等检验", 畜禽屠宰企业安全生产 (液氨)):
# https://github.com/ZhenXinSuny/harmless_app/blob/755a7a80132fc27041518e2f80fff75d55a97172/app/src/main/java/com/agridata/cdzhdj/data/law/HogSlaughteringAreaBean.java
# An .et (Excel 97 via LibreOffice): title, 检查单位 line stating that day counts run from each enterprise's 检查日期,
# one header row, the enterprise and its 检查日期 merged down over its rows, the checklist wording as 检查项目,
# 立行立改, N日内 and N个工作日, 注 and 填表人 lines.
HOG_ENTERPRISES = [
    (
        "濮阳市豫东肉类联合加工有限公司",
        "2024年7月8日",
        [
            (
                "入场查验",
                "是否查验《动物检疫合格证明》",
                "7月8日入场的一批生猪检疫证明载明30头，实到32头，仍予接收",
                "严格证物核对，不符的拒收并报告",
                "立行立改",
                "已整改",
            ),
            (
                "屠宰检验",
                "是否对待宰生猪或者在屠宰过程中进行“瘦肉精”等检验",
                "“瘦肉精”抽检比例不足，部分批次仅抽检1头",
                "按规定比例抽检并如实记录",
                "10日内",
                "已按比例抽检，记录完整",
            ),
            (
                "档案管理",
                "是否将检验记录、无害化处理、消毒等记录归档",
                "2023年度无害化处理和消毒记录未归档，部分月份缺失",
                "整理补全并归档",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "濮阳市华龙区润丰生猪屠宰有限公司",
        "2024年7月9日",
        [
            (
                "待宰管理",
                "是否达到宰前停食静养的要求",
                "生猪进场后约2小时即行屠宰，未达到宰前停食静养要求",
                "严格执行宰前静养制度",
                "立行立改",
                "已整改",
            ),
            (
                "无害化处理",
                "是否对待宰死亡生猪进行无害化处理；是否有驻场官方兽医出具的判定书",
                "待宰死亡生猪2头无驻场官方兽医出具的判定书",
                "补办判定手续，规范处理流程",
                "5个工作日",
                "正在补办",
            ),
        ],
    ),
    (
        "濮阳市宏源食品有限公司",
        "2024年7月10日",
        [
            (
                "设施设备",
                "无害化处理专用冷藏间能否正常使用",
                "无害化处理专用冷藏间制冷机组损坏，无法正常使用",
                "更换制冷机组",
                "2024年7月底",
                "配件已订购，尚未到货",
            ),
            (
                "安全生产",
                "企业对重大危险源登记建档、定期检查并制定应急预案（液氨）",
                "液氨制冷机房未制定专项应急预案，未组织演练",
                "制定专项预案并组织演练",
                "第三季度",
                "未启动",
            ),
        ],
    ),
]


def write_hog_book(path: Path) -> Path:
    b = Book(path, author="执法三大队")
    ws = b.sheet("执法检查问题")
    b.widths(ws, [6, 24, 12, 10, 30, 34, 24, 12, 20])
    b.line(ws, 0, "生猪屠宰厂（场）执法检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市农业综合行政执法支队    检查时间：2024年7月8日至7月10日    "
        "整改时限自各企业检查之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "检查日期",
            "检查环节",
            "检查项目",
            "发现问题",
            "整改措施",
            "整改时限",
            "完成情况",
        ],
    )
    r = 3
    n = 1
    for name, day, rows in HOG_ENTERPRISES:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, name)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, day, b.center)
        for row in rows:
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=3)
            r += 1
            n += 1
    b.line(ws, r + 1, "注：“个工作日”按国家法定工作日计算；立行立改的以检查当日为限。", 8)
    b.line(ws, r + 2, "填表人：吕志强    审核人：韩涛    填报日期：2024年7月30日", 8)
    return b.close()


def write_hog(path: Path) -> Path:
    return via_soffice(write_hog_book, path, "xls", "生猪屠宰厂执法检查问题整改台账.xlsx")


# =============================================================================================
# 7. 规模养殖场兽药饲料使用情况检查, after a city 农业局执法大队's random check of two farms (查看兽药饲料使用记录; 饲料
# 储藏间和兽药存放室的通风、防潮; 台账记录不全、不规范; 当场开具整改通知书，要求限期整改):
# http://m.jmm777.com/news/show.php?itemid=10505
# A .docx: title, 填报单位 line, one table with the 整改通知书编号 and 整改期限 beside the 养殖场 (unit), 填表人 line.
FARM_ROWS = [
    (
        "台前县孙口镇丰收养殖场",
        "孙口镇",
        "兽药使用记录不全，未记录休药期",
        "台农执改〔2024〕21号",
        "2024年7月15日",
        "已补全用药记录，复查合格",
    ),
    (
        "台前县侯庙镇林峰家庭农场",
        "侯庙镇",
        "饲料储藏间潮湿，部分饲料霉变未及时清理",
        "台农执改〔2024〕22号",
        "2024年7月12日",
        "已清理霉变饲料，增设防潮垫板",
    ),
    (
        "台前县打渔陈镇鑫源肉鸭养殖场",
        "打渔陈镇",
        "使用自配料未建立配方和原料来源记录",
        "台农执改〔2024〕23号",
        "2024年7月31日",
        "正在建立配方记录",
    ),
    (
        "台前县吴坝镇宏运牧业有限公司",
        "吴坝镇",
        "使用兽用处方药无执业兽医处方",
        "台农执改〔2024〕24号",
        "2024年7月20日",
        "未整改",
    ),
    (
        "台前县马楼镇向阳蛋鸡养殖场",
        "马楼镇",
        "兽药、饲料与消毒剂混合存放",
        "台农执改〔2024〕25号",
        "2024年8月10日",
        "",
    ),
    (
        "台前县夹河乡绿野肉牛养殖专业合作社",
        "夹河乡",
        "购进饲料未查验产品标签和质量检验合格证",
        "台农执改〔2024〕26号",
        "2024年8月31日",
        "已约谈负责人，正在完善进货查验制度",
    ),
    (
        "台前县清水河乡兴农养殖场",
        "清水河乡",
        "兽药注射器具使用后随意丢弃",
        "台农执改〔2024〕27号",
        "2024年7月18日",
        "已设置废弃器具收集桶，定点回收处理",
    ),
]


def write_farm(path: Path) -> Path:
    doc = _new_document("台前县农业综合行政执法大队")
    _title(doc, "台前县规模养殖场兽药饲料使用情况执法检查问题整改情况", 18)
    _paragraph(doc, "填报单位：台前县农业综合行政执法大队    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(FARM_ROWS, 1)]
    _table(
        doc,
        ["序号", "养殖场名称", "所在乡镇", "检查发现问题", "整改通知书编号", "整改期限", "整改落实情况"],
        body,
    )
    _paragraph(doc, "填表人：孙文静    审核人：刘建设    联系电话：0393-2228516", 12)
    return _save_fixed(doc, path)


# =============================================================================================
# 8. 畜禽安全养殖与饲料兽药质量安全联合检查, after a city 畜牧兽医局's joint check by 畜牧处、兽医处 and the 动物卫生
# 监督所 in two 检查组 (随机抽查16个畜禽养殖场、8个饲料生产企业; 预混合饲料标签不规范、生产许可证过期; 生产车间未使用
# 防爆灯、防爆开关，车间粉尘较多; 现场提出整改意见，要求相关区县做好跟踪调查):
# http://farm.00-net.com/e/DoPrint/index.php?classid=557&id=47902
# An .ods (LibreOffice conversion): title, 牵头单位/检查时间/检查组 line, one header row with the 检查组 (inspector)
# beside the 被检查单位, the 所在县（区） that follows up, 常态化推进, a 说明 line and a 填表人 line.
JOINT_ROWS = [
    (
        "第一组",
        "清丰县瓦屋头镇永盛养猪场",
        "养殖场",
        "清丰县",
        "使用的预混合饲料标签不规范，无生产许可证编号",
        "停止使用并更换合规产品",
        "2024年7月25日",
        "已更换合规预混料",
    ),
    (
        "第一组",
        "南乐县张果屯镇鑫农养殖专业合作社",
        "养殖场",
        "南乐县",
        "所用饲料添加剂生产许可证已过期",
        "停用并追溯供货来源",
        "2024年7月31日",
        "已停用，正在追溯供货商",
    ),
    (
        "第一组",
        "濮阳县柳屯镇盛达奶牛养殖场",
        "养殖场",
        "濮阳县",
        "挤奶设备清洗消毒记录缺失",
        "建立清洗消毒记录",
        "2024年7月20日",
        "",
    ),
    (
        "第二组",
        "濮阳市正康饲料有限公司",
        "饲料生产企业",
        "华龙区",
        "生产车间未使用防爆灯、防爆开关",
        "更换防爆电器",
        "2024年8月15日",
        "已完成更换，经区农业农村局复查合格",
    ),
    (
        "第二组",
        "濮阳县丰沃饲料科技有限公司",
        "饲料生产企业",
        "濮阳县",
        "粉碎车间粉尘较多，除尘设施未正常运行",
        "检修除尘设施",
        "2024年7月31日",
        "未整改",
    ),
    (
        "第二组",
        "范县牧源饲料有限公司",
        "饲料生产企业",
        "范县",
        "原料库原料与成品混放，未分区标识",
        "分区存放并设置标识",
        "2024年7月22日",
        "已分区存放",
    ),
    (
        "第二组",
        "清丰县华牧饲料有限公司",
        "饲料生产企业",
        "清丰县",
        "产品留样观察记录不完善，部分留样保存期不足",
        "完善留样观察制度",
        "常态化推进",
        "常态化推进",
    ),
]


def write_joint_book(path: Path) -> Path:
    b = Book(path, author="畜牧兽医科")
    ws = b.sheet("跟踪表")
    b.widths(ws, [6, 8, 30, 14, 10, 36, 22, 14, 30])
    b.line(ws, 0, "全市畜禽安全养殖与饲料兽药质量安全联合检查发现问题整改跟踪表", 8, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市农业农村局    检查时间：2024年7月15日至16日    "
        "检查组：第一组（畜禽养殖场）、第二组（饲料生产企业）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查组",
            "被检查单位",
            "类别",
            "所在县（区）",
            "存在问题",
            "整改要求",
            "整改时限",
            "跟踪落实情况",
        ],
    )
    for i, row in enumerate(JOINT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(JOINT_ROWS)
    b.line(ws, end + 1, "说明：跟踪落实情况由所在县（区）农业农村部门核实后填报。", 8)
    b.line(ws, end + 2, "填表人：郑雅文    联系电话：0393-8991275    填报日期：2024年7月30日", 8)
    return b.close()


def write_joint(path: Path) -> Path:
    via_soffice(write_joint_book, path, "ods", "畜禽安全养殖与饲料兽药联合检查跟踪表.xlsx")
    return fixed_zip(path)


# =============================================================================================
# 9. 饲料生产企业年度备案检查, after a district 农林局's annual 备案检查 of the licensed feed producers (生产工艺、生产
# 设施、专职技术人员、质量检验; 生产环境污染严重，缺少照明、通风、消防等基础设施，作业人员未配备安全防护; 下发限期30日
# 的整改通知书，整改完毕后提交整改报告，验收合格后完成年度备案检查):
# http://gni6s427.cn/news/show.php?itemid=42855
# A .wps (Word 97 via LibreOffice): title, a preamble stating that 30日内 runs from each notice's 下达日期, one table
# with 通知书下达日期 (an event) beside 整改时限 (30日内 or a date), 整改落实情况 and 验收结果, the bureau and date at
# the foot.
FEED_ROWS = [
    (
        "濮阳市中原牧业饲料有限公司",
        "生产车间环境卫生差，投料口周边原料散落",
        "2024年7月2日",
        "30日内",
        "已整改，整改报告已提交",
        "验收合格",
    ),
    (
        "濮阳市中原牧业饲料有限公司",
        "生产作业人员未配备防尘口罩等安全防护用品",
        "2024年7月2日",
        "30日内",
        "已配发防护用品",
        "验收合格",
    ),
    (
        "濮阳市金穗饲料有限公司",
        "中控室缺少应急照明，消防器材过期未更换",
        "2024年7月3日",
        "30日内",
        "照明线路已改造，正在更换消防器材",
        "",
    ),
    ("濮阳市金穗饲料有限公司", "质检室未按规定开展产品出厂检验", "2024年7月3日", "30日内", "", ""),
    (
        "濮阳市鼎丰生物科技有限公司",
        "添加剂预混合饲料配料记录无复核人签字",
        "2024年7月5日",
        "30日内",
        "已补签，建立双人复核制度",
        "验收合格",
    ),
    (
        "濮阳市鼎丰生物科技有限公司",
        "标签库标签领用登记不全",
        "2024年7月5日",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "濮阳市华龙区丰禾饲料加工厂",
        "未按规定留存产品留样",
        "2024年7月8日",
        "30日内",
        "已设留样室，正在配置留样柜",
        "",
    ),
]


def write_feed_docx(path: Path) -> Path:
    doc = _new_document("华龙区农业农村局")
    _title(doc, "华龙区饲料生产企业年度备案检查问题整改情况表", 18)
    _paragraph(
        doc,
        "依据《饲料和饲料添加剂管理条例》，我局于2024年7月对辖区取得生产许可证的饲料生产企业进行了年度备案检查，"
        "对存在问题的企业下达限期整改通知书，整改时限自通知书下达之日起计算。整改情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FEED_ROWS, 1)]
    body.append(["合计", "检查企业5家", "发现问题7个", "", "", "验收合格3个", ""])
    _table(
        doc,
        ["序号", "企业名称", "检查发现问题", "通知书下达日期", "整改时限", "整改落实情况", "验收结果"],
        body,
    )
    _paragraph(doc, "濮阳市华龙区农业农村局（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_feed(path: Path) -> Path:
    return via_soffice(write_feed_docx, path, "doc", "饲料生产企业年度备案检查问题整改情况表.docx")


# =============================================================================================
# 10. 春季动物防疫督查反馈问题整改, after a district 政府督查室 and 畜牧局's joint 督查 of its townships (安排部署、
# 免疫注射、耳标佩戴、档案填写及台账建立、规模养殖场监管等9个方面; 随机选择行政村深入散养户; 对发现的问题给各乡镇
# 下发整改意见书，责令限期整改到位):
# http://www.yhg994208.cn/news/mj/201604180958069857.htm
# A .zip of two townships' answers: an .xlsx (填报单位 line naming the township; the 涉及村 and a 责任人 (a person)
# beside each problem; 长期坚持) and a .docx report whose items are numbered paragraphs, the township in the title
# and at the foot.
HAITONG_ROWS = [
    (
        "免疫档案填写不规范，部分散养户无免疫记录",
        "东王庄村、西辛庄村",
        "逐户补登免疫档案",
        "王建军",
        "2024年5月31日",
        "已完成",
    ),
    (
        "羊只耳标佩戴率低，抽查佩戴率仅85%",
        "前寨村",
        "组织村级防疫员补打耳标",
        "李国强",
        "2024年6月30日",
        "已补打耳标216枚，补标已完成",
    ),
    (
        "防疫物资库疫苗冷柜无温度记录，出入库登记不全",
        "乡防疫物资库",
        "建立温度记录和出入库台账",
        "张红梅",
        "长期坚持",
        "每日记录",
    ),
    (
        "村级防疫员劳务补助未及时兑现",
        "各行政村",
        "申请拨付补助资金",
        "刘振",
        "2024年8月底前",
        "资金申请已报县财政局",
    ),
]

LIANGCUN_PARAS = [
    "一是春防免疫进度滞后，督查时口蹄疫免疫密度仅为78%。整改措施：由乡农业服务中心牵头，组织村级防疫员逐村"
    "逐户补免，6月底前完成。整改情况：已完成补免，免疫密度达到96%。",
    "二是规模养殖场监管不到位，2家猪场未签订动物防疫承诺书。整改措施：7月15日前全部签订。整改情况：已签订1家，"
    "另1家正在对接。",
    "三是布病防控宣传不到位，养羊户对布病个人防护知识知晓率低。整改措施：开展入户宣传和集中培训，常态化推进。",
    "四是乡级应急物资储备不足，缺少消毒药品和防护服。整改措施：8月31日前采购补充到位。",
]


def write_haitong_book(path: Path) -> Path:
    b = Book(path, author="海通乡")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 36, 18, 24, 10, 16, 28])
    b.line(ws, 0, "春季动物防疫督查反馈问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县海通乡人民政府    填报日期：2024年7月24日", 6)
    b.header(ws, 2, ["序号", "督查反馈问题", "涉及村", "整改措施", "责任人", "整改时限", "整改进展"])
    for i, row in enumerate(HAITONG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HAITONG_ROWS), "主要领导：            分管领导：宋国华            填表人：杜鹏", 6)
    return b.close()


def write_liangcun_docx(path: Path) -> Path:
    doc = _new_document("梁村乡")
    _title(doc, "南乐县梁村乡人民政府关于春季动物防疫督查反馈问题整改情况的报告", 18)
    _paragraph(doc, "县动物防疫工作指挥部：")
    _paragraph(
        doc,
        "县政府督查室、县农业农村局联合督查组于5月对我乡春季动物防疫工作进行了督查，下发整改意见书，指出问题4个。"
        "乡党委、政府高度重视，逐项明确整改措施和时限，现将整改情况报告如下：",
    )
    for text in LIANGCUN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我乡将以此次督查为契机，压实村级防疫责任，确保秋防工作保质保量完成。")
    _paragraph(doc, "南乐县梁村乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_spring(path: Path) -> Path:
    members = [
        ("春季动物防疫督查反馈问题整改台账（海通乡）.xlsx", write_haitong_book),
        ("关于春季动物防疫督查反馈问题整改情况的报告（梁村乡）.docx", write_liangcun_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 11. 畜禽养殖及屠宰市场环境整治, after a county's 专项行动 by two 督察小组 drawn from 畜牧兽医局、环保局、综合执法局、
# 市场监管局 (排查182家畜禽规模养殖场、群众反映强烈的养殖专业户及屠宰市场; 发现问题325个，全部提出整改意见; 明确整改
# 时限，倒排工期，确保9月底前整改到位; "回头看"):
# http://ir800.com/News/1246839.html
# An .xlsx: title, 填报单位 line (the 专项整治 office), one header row with 问题点位, 责任单位 and 配合单位 (short and
# former names: 市环保局, 市农业局, 市市场监管局, 市畜牧局), 9月底前/年底前/长期坚持, a 合计 row and a signature line.
ENV_ROWS = [
    (
        "濮阳县",
        "文留镇后辛庄村",
        "养殖专业户粪污直排村内坑塘，群众反映强烈",
        "濮阳县文留镇人民政府",
        "市环保局",
        "2024年8月31日",
        "已清运坑塘粪污，正在建设储粪池",
    ),
    (
        "清丰县",
        "韩村镇",
        "3家养牛场雨污未分流，粪污处理设施配套不足",
        "清丰县韩村镇人民政府",
        "市农业局",
        "9月底前",
        "",
    ),
    (
        "华龙区",
        "孟轲乡",
        "私屠滥宰窝点1处，夜间屠宰生猪，污水随意排放",
        "华龙区孟轲乡人民政府",
        "市公安局",
        "2024年7月15日",
        "已取缔，屠宰工具已没收",
    ),
    (
        "市直",
        "市区农贸市场",
        "活禽交易区未落实定期休市和清洗消毒制度",
        "市市场监管局",
        "市农业农村局",
        "2024年7月31日",
        "已建立每周休市消毒制度",
    ),
    (
        "南乐县",
        "千口镇",
        "屠宰场污水处理设施运行不正常，氨氮排放超标",
        "南乐县鑫达肉类加工有限公司",
        "市环保局",
        "2024年8月15日",
        "未整改",
    ),
    (
        "市直",
        "全市",
        "畜禽养殖禁养区划定与现状不符，未及时调整",
        "市环保局",
        "市农业农村局",
        "年底前",
        "正在开展禁养区评估",
    ),
    (
        "台前县",
        "后方乡",
        "病死畜禽收集点距居民区不足500米，异味扰民",
        "台前县后方乡人民政府",
        "市农业局",
        "2024年10月31日",
        "未启动",
    ),
    (
        "范县",
        "高码头镇",
        "肉鸡养殖场周边露天堆放鸡粪，蚊蝇滋生",
        "范县高码头镇人民政府",
        "市环保局",
        "2024年7月20日",
        "已清运，复查合格",
    ),
    (
        "市直",
        "全市",
        "规模养殖场粪污资源化利用台账不完整，去向不明",
        "市畜牧局",
        "各县（区）农业农村局",
        "长期坚持",
        "常态化推进",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="专项整治办")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 10, 16, 38, 26, 20, 14, 30])
    b.line(ws, 0, "畜禽养殖及屠宰行业环境突出问题专项整治问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市畜禽养殖及屠宰行业环境专项整治工作领导小组办公室    填报日期：2024年7月31日",
        7,
    )
    b.header(
        ws, 2, ["序号", "县（区）", "问题点位", "问题描述", "责任单位", "配合单位", "整改时限", "整改情况"]
    )
    for i, row in enumerate(ENV_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ENV_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共排查交办问题9个，已整改到位3个")
    b.line(ws, end + 2, "审核人：高志民    填表人：梁静    联系电话：0393-8992316", 7)
    return b.close()


FILES = [
    ("濮阳县生猪定点屠宰专项整治督查发现问题整改台账.xls", write_slaughter),
    ("清丰县畜牧兽医重点工作暗访督导反馈问题整改情况报告.doc", write_inspect),
    ("南乐县二季度病死畜禽无害化处理核查问题整改台账.xlsx", write_harmless),
    ("范县病死畜禽无害化收集处理监督检查问题整改台账.csv", write_collect),
    ("兽药经营企业执法检查结果导出.xlsx", write_drug),
    ("生猪屠宰厂执法检查发现问题整改台账.et", write_hog),
    ("台前县规模养殖场兽药饲料使用检查问题整改情况.docx", write_farm),
    ("畜禽安全养殖与饲料兽药质量安全联合检查问题跟踪表.ods", write_joint),
    ("华龙区饲料生产企业年度备案检查问题整改情况.wps", write_feed),
    ("春季动物防疫督查反馈问题整改（两个乡）.zip", write_spring),
    ("畜禽养殖及屠宰行业环境突出问题专项整治整改台账.xlsx", write_env),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

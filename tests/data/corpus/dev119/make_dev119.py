"""Write the dev119 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 农业农村、乡村振兴、人居环境、自然资源与耕地保护 (农村人居环境整治, 耕地保护督察, 耕地保护整治提升督导,
农村改厕回头看, 巩固衔接交叉互查, 乡村振兴资金审计, 乱占耕地建房整治, “大棚房”清理整治, 秸秆禁烧督办, 高标准农田
工程质量专项整治).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx, member names in GBK as Windows zips write them). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside224.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
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
# 1. 农村人居环境整治存在问题整改方案, after a county 人民政府办公室's notice issuing its 农村人居环境整治存在问题整改方案
# (文号, 主送 各乡(镇)人民政府、县直有关部门; 根据州、省农村人居环境整治工作领导小组办公室的问题通报和考核评估反馈
# 函、明察暗访通报, 对考核评估、督查检查、明察暗访发现问题对标对表全部整改到位; 一、指导思想 …):
# https://www.xczw.gov.cn/zfxxgk/flwjjjd/zcwj/content_475
# A .docx: the notice (文号, 主送, one sentence, office and date, 此件公开发布), the 方案 title, preamble, 一、指导思想,
# 二、存在问题及整改措施 with the items as numbered paragraphs under four （一）… headings (问题, 整改措施, 责任单位,
# 整改时限 in one paragraph; a 进展情况 paragraph after most of them), 三、保障措施, the 整改办 at the foot.
LIVING_GROUPS = [
    (
        "（一）农村生活垃圾治理方面",
        [
            (
                "1.部分村庄生活垃圾收运不及时，马庄桥镇、韩村镇沿路沿沟堆放垃圾问题反复出现。",
                "建立乡镇垃圾收运日报制度，对沿路沿沟积存垃圾集中清理。",
                "县城市管理局",
                "2024年7月31日前",
                "进展情况：已建立乡镇收运日报制度，沿路沿沟积存垃圾已全部清理，整改完成。",
            ),
            (
                "2.六塔乡垃圾中转站渗滤液收集设施损坏，中转站周边异味明显。",
                "维修更换渗滤液收集设备，落实中转站日常清洗消杀。",
                "六塔乡人民政府",
                "2024年8月15日",
                "进展情况：维修方案已确定，设备已采购到位，正在安装。",
            ),
        ],
    ),
    (
        "（二）农村厕所革命方面",
        [
            (
                "1.2021年以来改造的户厕中部分化粪池渗漏、不能正常使用，问题厕所底数与系统录入信息不一致。",
                "逐村逐户复核问题厕所，建立整改台账，分类维修。",
                "县农业农村局",
                "2024年9月底前",
                "进展情况：问题厕所复核已完成，正在逐户维修。",
            ),
            (
                "2.高堡乡部分农村公厕无人保洁、夜间上锁，群众如厕不便。",
                "落实公厕保洁人员，实行全天开放。",
                "高堡乡人民政府",
                "2024年6月30日前",
                "进展情况：已落实保洁员2名，公厕全天开放，已整改到位。",
            ),
        ],
    ),
    (
        "（三）农村生活污水治理方面",
        [
            (
                "1.县城周边12个村生活污水管网已建成但未接户，设施闲置。",
                "分批实施接户工程，确保建成即用。",
                "县住房和城乡建设局",
                "2024年12月底前",
                "进展情况：已完成5个村接户工程，其余7个村正在施工。",
            ),
            (
                "2.大屯乡东王庄村坑塘有生活污水直排，水体发黑发臭。",
                "截断直排口，清淤治理坑塘水体。",
                "大屯乡人民政府",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "（四）村容村貌提升方面",
        [
            (
                "1.柳格镇部分村庄残垣断壁、废弃房屋未清理，“三清一改”不彻底。",
                "逐村建立残垣断壁清单，限期拆除清理。",
                "柳格镇人民政府",
                "2024年7月20日",
                "进展情况：未启动。",
            ),
            (
                "2.村庄清洁行动常态化机制未建立，村规民约未纳入人居环境管护内容。",
                "指导各村修订村规民约，建立门前三包和常态化保洁机制。",
                "县民政局",
                "长期坚持",
                "进展情况：已指导各村修订村规民约，常态化推进。",
            ),
        ],
    ),
]


def write_living(path: Path) -> Path:
    doc = _new_document("县人居办")
    _title(doc, "清丰县人民政府办公室关于印发清丰县农村人居环境整治存在问题整改方案的通知", 18)
    _paragraph(doc, "清政办〔2024〕27号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各乡（镇）人民政府、县直有关部门：")
    _paragraph(
        doc,
        "经县人民政府同意，现将《清丰县农村人居环境整治存在问题整改方案》印发给你们，请认真抓好贯彻落实。"
        "各责任单位于每月25日前将整改进展报县农村人居环境整治工作领导小组办公室。",
    )
    _paragraph(doc, "清丰县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年6月14日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（此件公开发布）")
    _title(doc, "清丰县农村人居环境整治存在问题整改方案", 18)
    _paragraph(
        doc,
        "根据《濮阳市农村人居环境整治工作领导小组办公室关于2024年上半年清丰县农村人居环境整治存在问题通报的函》"
        "和市级明察暗访反馈意见，为确保考核评估、督查检查、明察暗访发现问题对标对表全部整改到位，特制定本方案。"
        "各项问题的进展情况截至2024年7月29日。",
    )
    _paragraph(doc, "一、指导思想", font="黑体")
    _paragraph(
        doc,
        "以农村生活垃圾、污水治理、厕所革命和村容村貌提升为主攻方向，坚持问题导向，逐项明确整改措施、"
        "责任单位和整改时限，实行清单化管理、销号式整改。",
    )
    _paragraph(doc, "二、存在问题及整改措施", font="黑体")
    for heading, items in LIVING_GROUPS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, measure, unit, limit, progress in items:
            _paragraph(doc, f"{problem}整改措施：{measure}责任单位：{unit}。整改时限：{limit}。")
            if progress:
                _paragraph(doc, progress)
    _paragraph(doc, "三、保障措施", font="黑体")
    _paragraph(
        doc,
        "各乡（镇）、各责任单位要成立整改专班，主要负责同志亲自抓，县人居办每月通报一次整改进度，"
        "对整改不力的单位提请县委、县政府约谈。",
    )
    _paragraph(doc, "清丰县农村人居环境整治工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 耕地保护督察反馈问题整改台账, after a city 自然资源局's account of its 2019年耕地保护督察整改 (国家自然资源督察局
# 反馈问题16项; 能够立即整改的立行立改，要求90天内完成整改的明确责任人、列出时间表、路线图，要求长期关注逐步规范的
# 研究制定相关制度; 逐一梳理，明确整改责任单位、责任人; 已全部完成6个问题的整改和2个问题的部分整改):
# http://zrzyj.anshan.gov.cn/html/ZRZYJ/202003/0158520774403878.html
# An .xlsx from one bureau whose rows name only its own 科室: title, 填报单位/送达日期 line, a 说明 line stating the
# base date of 立行立改 and 90天内, a two-row header (整改责任 over 责任科室/责任人), 整改时限 as 立行立改 / 90天内 /
# 长期关注、逐步规范 / dates, a 完成情况 column beside 整改进展, a 合计 row counting them, a signature line.
CROPLAND_ROWS = [
    (
        "督察-01",
        "2023年度卫片执法发现的违法占用耕地图斑整改销号率偏低，仍有9个图斑未完成拆除复耕",
        "执法监察支队",
        "王建",
        "逐图斑制定整改方案，拆除复耕后组织验收销号",
        "90天内",
        "已销号图斑41个，剩余9个正在拆除复耕",
        "部分完成",
    ),
    (
        "督察-02",
        "永久基本农田储备区划定成果未及时更新入库",
        "耕地保护监督科",
        "刘晓燕",
        "更新储备区数据库并汇交",
        "立行立改",
        "已完成数据更新并汇交省厅",
        "已完成",
    ),
    (
        "督察-03",
        "补充耕地项目后期管护不到位，部分新增耕地撂荒",
        "耕地保护监督科",
        "刘晓燕",
        "落实管护主体，恢复耕种",
        "90天内",
        "已完成复耕种植，经县级自查、市级抽查合格",
        "已完成",
    ),
    (
        "督察-04",
        "设施农业用地备案信息未按规定上图入库",
        "国土空间用途管制科",
        "赵东升",
        "督促各县（区）补录备案信息并上图入库",
        "立行立改",
        "",
        "",
    ),
    (
        "督察-05",
        "城镇开发边界内批而未供土地消化进度滞后",
        "土地利用科",
        "孙伟",
        "制定批而未供土地消化方案，按月调度",
        "2024年12月31日前",
        "已制定消化方案，按月调度",
        "未完成",
    ),
    (
        "督察-06",
        "耕地保护党政同责考核办法未修订，考核指标未体现耕地“进出平衡”",
        "法规督考科",
        "李明",
        "修订考核办法，将耕地进出平衡纳入考核",
        "长期关注、逐步规范",
        "纳入年度考核，常态化推进",
        "",
    ),
    (
        "督察-07",
        "黄河滩区违规取土毁坏耕地问题查处不到位",
        "执法监察支队",
        "王建",
        "依法查处并责令恢复耕种条件",
        "90天内",
        "尚未启动复垦",
        "未完成",
    ),
    (
        "督察-08",
        "耕地流出问题图斑核查举证材料不规范",
        "调查监测科",
        "周静",
        "补充完善举证材料",
        "9月底前",
        "正在补充举证材料",
        "",
    ),
]


def write_cropland(path: Path) -> Path:
    b = Book(path, author="法规督考科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 44, 18, 10, 30, 16, 32, 12])
    b.line(ws, 0, "濮阳市自然资源和规划局耕地保护督察反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市自然资源和规划局（法规督考科）    督察意见书送达日期：2024年5月6日    "
        "填报日期：2024年7月29日",
        8,
    )
    b.line(
        ws,
        2,
        "说明：“立行立改”自督察意见书送达之日起整改；“90天内”自送达之日起90日内完成；"
        "“长期关注、逐步规范”为需要制定制度、长期坚持的事项。",
        8,
    )
    for c, word in enumerate(["序号", "问题编号", "督察反馈问题"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 4, "整改责任", b.head)
    b.header(ws, 4, ["责任科室", "责任人"], first=3)
    for c, word in enumerate(["整改措施", "整改时限", "整改进展", "完成情况"], start=5):
        b.merge(ws, 3, c, 4, c, word, b.head)
    for i, row in enumerate(CROPLAND_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 4, 6, 8) else b.cell)
    end = 5 + len(CROPLAND_ROWS)
    done = sum(1 for row in CROPLAND_ROWS if row[7] == "已完成")
    part = sum(1 for row in CROPLAND_ROWS if row[7] == "部分完成")
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        8,
        f"共{len(CROPLAND_ROWS)}个问题，已完成{done}个，部分完成{part}个，其余正在按时间表推进",
        b.cell,
    )
    b.line(ws, end + 1, "审核人：陈志刚    填表人：李明    联系电话：0393-8118325", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 耕地保护整治提升行动督导台账, after a city 自然资源综合行政执法队's 集中督导 of the counties' 整治整改 (7个督导专班;
# 历年自然资源督查、卫片执法、乱占耕地建房等问题; 逐县市、逐图斑、逐项目督导，内业督导、外业核查相结合; 立案查处、
# 拆除复耕、报批规范等县级处置措施; 对重点图斑现场提出整治整改意见，建立督导台账和重点问题清单):
# https://thch813.com/archiver/tid-211306.html
# An .xls (xlwt) from one 督导专班 about one county: title, 督导专班/督导时间 line, one header row per 图斑 with 问题
# 来源, 图斑面积 and 耕地面积, 县级处置措施 and the 督导意见 (the inspectors' words) beside an explicit 整改责任单位,
# 整改时限 as dates and 7月底前, 整改进展, a 注 line and the 督导专班 signature.
PLOT_ROWS = [
    (
        "410926-2023-WP0012",
        "濮城镇",
        "卫片执法",
        8.32,
        6.10,
        "占用耕地建设砖混结构仓库，未取得用地手续",
        "立案查处",
        "尽快拆除并恢复耕种条件",
        "濮城镇人民政府",
        "2024年8月31日",
        "已下达行政处罚决定书，正在拆除",
    ),
    (
        "410926-2022-DC0031",
        "辛庄镇",
        "自然资源督察",
        5.46,
        5.46,
        "违法占用永久基本农田建设养殖场",
        "拆除复耕",
        "拆除后由县局组织验收",
        "辛庄镇人民政府",
        "2024年6月30日",
        "已拆除复耕，经县执法大队现场核查合格",
    ),
    (
        "410926-2024-LZ0007",
        "王楼镇",
        "乱占耕地建房",
        1.28,
        1.05,
        "村民占用耕地建设住宅3处，未办理农村宅基地审批",
        "报批规范",
        "符合条件的依法补办审批，不符合的拆除",
        "王楼镇人民政府",
        "2024年9月30日",
        "正在组织补办宅基地审批手续",
    ),
    (
        "410926-2023-WP0045",
        "陈庄镇",
        "卫片执法",
        3.75,
        3.20,
        "临时用地到期未复垦，场地仍堆放建筑材料",
        "拆除复耕",
        "清理建筑材料，限期复垦",
        "陈庄镇人民政府",
        "7月底前",
        "",
    ),
    (
        "410926-2023-WP0058",
        "杨集乡",
        "卫片执法",
        2.64,
        2.64,
        "光伏项目升压站占用耕地未办理农用地转用手续",
        "报批规范",
        "督促项目单位补办用地手续",
        "范县自然资源局",
        "2024年10月31日",
        "未启动",
    ),
    (
        "410926-2022-DC0019",
        "龙王庄镇",
        "自然资源督察",
        4.10,
        3.85,
        "耕地上挖塘养鱼，破坏耕作层",
        "拆除复耕",
        "回填坑塘，恢复耕作层",
        "龙王庄镇人民政府",
        "2024年7月15日",
        "已回填复耕，县自然资源局验收合格，已销号",
    ),
    (
        "410926-2024-LZ0013",
        "颜村铺乡",
        "乱占耕地建房",
        0.92,
        0.92,
        "村委会占用耕地建设文化广场附属用房",
        "立案查处",
        "依法查处，拆除附属用房",
        "颜村铺乡人民政府",
        "2024年8月15日",
        "已立案，正在调查取证",
    ),
]


def write_plots(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    plain = _xf(border=False)
    cells = [
        (0, 0, "范县耕地保护整治提升行动督导台账", t, 0, 11),
        (
            1,
            0,
            "督导专班：市自然资源综合行政执法支队第三督导专班    督导时间：2024年7月15日—7月19日    "
            "进展更新至：2024年7月30日",
            plain,
            1,
            11,
        ),
    ]
    words = [
        "序号",
        "图斑编号",
        "乡镇",
        "问题来源",
        "图斑面积（亩）",
        "其中耕地（亩）",
        "问题情况",
        "县级处置措施",
        "督导意见",
        "整改责任单位",
        "整改时限",
        "整改进展",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(PLOT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            style = num if col in (4, 5) else ctr if col in (2, 3, 7, 10) else c
            cells.append((r, col, v, style))
    r = 3 + len(PLOT_ROWS)
    cells += [
        (
            r,
            0,
            "注：督导意见由督导专班现场提出；整改进展由范县自然资源局汇总各乡镇情况后填报。",
            plain,
            r,
            11,
        ),
        (r + 1, 0, "第三督导专班组长：郭卫东    填表人：马骏    联系电话：0393-5221780", plain, r + 1, 11),
    ]
    return _write_xls(path, [("督导台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 农村改厕问题排查整改“回头看”问题清单, after a city 农业农村局's notice on 农村改厕问题排查整改“回头看” (对2019年
# 120个“厕所革命”整村推进示范村排查; 制定《农村“厕所革命”易发问题清单》，重点排查改厕台账、资金使用、改厕质量等
# 十个方面; 县区以村为单位逐户摸排自查，列出问题清单，分类制定整改计划，明确整改“时间表、路线图、责任人”):
# https://www.muncard.com/nyncj/new/show/20200422090702948.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a
# two-row header with 整改计划 merged over 时间表/路线图/责任人, the 问题类别 in the 易发问题清单's own words, the 时间表
# as schedule texts ("…前完成维修，…前验收"), 涉及户数 summed in a 合计 row, a 填表说明 and a signature line.
TOILET_ROWS = [
    (
        "韩张镇人民政府",
        "前韩张村",
        "改厕质量",
        "化粪池渗漏、过粪管装反，造成粪污外溢",
        12,
        "7月10日前完成维修，7月20日前镇级验收",
        "更换化粪池、重装过粪管",
        "王建平",
        "已维修完成12户，经镇级验收合格",
    ),
    (
        "元村镇人民政府",
        "古寺郎村",
        "改厕台账",
        "改厕台账与实际改厕户数不符，台账多登记9户",
        9,
        "7月10日前完成台账更正",
        "逐户核对，更正台账和系统信息",
        "李红霞",
        "已更正",
    ),
    (
        "福堪镇人民政府",
        "福堪集村",
        "后续管护",
        "粪污满了无人抽，村内无专职抽厕服务队",
        46,
        "8月底前组建抽厕服务队，年底前实现全镇覆盖",
        "购置抽粪车，组建镇级抽厕服务队",
        "张涛",
        "已购置抽粪车1辆，服务队正在组建",
    ),
    (
        "千口镇人民政府",
        "千口村",
        "旧厕拆除",
        "新厕建成后旧厕未拆除，影响村容村貌",
        21,
        "2024年7月31日前拆除",
        "动员农户拆除旧厕，统一清运",
        "赵磊",
        "",
    ),
    (
        "杨村乡人民政府",
        "杨村",
        "资金使用",
        "改厕奖补资金未按户公示，部分农户不清楚补助标准",
        35,
        "7月15日前完成公示",
        "在村务公开栏按户公示奖补资金",
        "孟凡华",
        "尚未公示",
    ),
    (
        "张果屯镇人民政府",
        "西张果屯村",
        "使用情况",
        "部分户厕闲置弃用，农户仍使用旱厕",
        17,
        "8月底前完成入户宣传，9月底前完成问题厕所改造",
        "入户宣传使用知识，改造不好用厕所",
        "刘洋",
        "正在入户宣传，已改造问题厕所6户",
    ),
    (
        "近德固乡人民政府",
        "近德固村",
        "改厕模式",
        "“改厕一条街”，厕屋建在院外临街一侧，使用不便",
        28,
        "结合农房改造逐户调整，长期坚持",
        "结合危房改造、庭院整治逐户调整",
        "郭亮",
        "逐户调整，常态化推进",
    ),
]


def write_toilet_book(path: Path) -> Path:
    b = Book(path, author="农村社会事业股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 12, 10, 36, 8, 30, 26, 10, 28])
    b.line(ws, 0, "南乐县农村改厕问题排查整改“回头看”问题清单及整改计划表", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县农业农村局（盖章）    填报日期：2024年7月26日", 9)
    words = ["序号", "乡镇", "示范村", "问题类别", "问题表现", "涉及户数"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改计划", b.head)
    b.header(ws, 3, ["时间表", "路线图", "责任人"], first=6)
    b.merge(ws, 2, 9, 3, 9, "整改进展", b.head)
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 3, 5, 8) else b.cell)
    end = 4 + len(TOILET_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, sum(row[4] for row in TOILET_ROWS), b.center)
    for c in range(6, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws,
        end + 1,
        "填表说明：问题类别对照市农业农村局《农村“厕所革命”易发问题清单》十个方面填写；乡镇栏填写整改责任单位。",
        9,
    )
    b.line(ws, end + 2, "审核人：牛国强    填表人：冯丽    联系电话：0393-7221405", 9)
    return b.close()


def write_toilet(path: Path) -> Path:
    return via_soffice(write_toilet_book, path, "xls", "南乐县农村改厕回头看问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 巩固拓展脱贫攻坚成果村级交叉互查问题清单, after a town's 村级交叉互查 ahead of the 后评估 (抽调各村信息员、第一书记
# 成立5个检查组，按后评估验收标准，围绕“两不愁三保障”及政策落实，核查村档户档规范化建设、支撑材料、人居环境; 走访
# 入户核查监测对象、脱贫户明白卡张贴、帮扶措施及户籍信息; 清单式管理、销号式整改; 镇巩固衔接办组织回头看):
# http://luoshan.gov.cn/department_news.php?cid=176&id=31933
# A CSV in GBK: title line, a line with the 互查时间 and the 反馈日期 that 立行立改 and 5个工作日内 count from, one header
# row with 检查组 (the inspectors) beside the 整改责任单位 (村民委员会, and once the town's own 巩固衔接办), 整改情况 and a
# separate 销号情况 column, a 合计 line and a 填报 line.
CHECK_ROWS = [
    (
        "第一检查组",
        "西屯村",
        "村档户档",
        "监测对象识别纳入程序材料不全，缺少村民代表评议记录",
        "打渔陈镇西屯村村民委员会",
        "7月15日",
        "已补齐评议记录并归档",
        "已销号",
    ),
    (
        "第二检查组",
        "后刘庄村",
        "住房安全",
        "脱贫户刘某某家中房屋后墙有裂缝，未申请住房安全鉴定",
        "打渔陈镇后刘庄村村民委员会",
        "7月31日前",
        "已申请县住建局鉴定，正在鉴定",
        "未销号",
    ),
    (
        "第三检查组",
        "高庄村",
        "明白卡",
        "部分脱贫户“爱心明白卡”未张贴或信息未更新",
        "打渔陈镇高庄村村民委员会",
        "立行立改",
        "已全部张贴更新",
        "",
    ),
    (
        "第四检查组",
        "马垓村",
        "帮扶措施",
        "监测户帮扶措施与实际不符，系统录入产业帮扶但该户未发展产业",
        "打渔陈镇马垓村村民委员会",
        "8月10日前",
        "",
        "",
    ),
    (
        "第五检查组",
        "（镇级）",
        "支撑材料",
        "镇级防返贫监测预警信息比对反馈记录不完整",
        "镇巩固衔接办",
        "7月20日前",
        "正在补录比对反馈记录",
        "未销号",
    ),
    (
        "第一检查组",
        "郭屯村",
        "户籍信息",
        "2户监测对象户籍人口变化未及时在系统中更新",
        "打渔陈镇郭屯村村民委员会",
        "反馈后5个工作日内",
        "未整改",
        "",
    ),
    (
        "第三检查组",
        "张堂村",
        "人居环境",
        "村内主干道两侧柴草乱堆乱放",
        "打渔陈镇张堂村村民委员会",
        "长期坚持",
        "常态化保洁，长期坚持",
        "",
    ),
    (
        "第二检查组",
        "后刘庄村",
        "教育保障",
        "脱贫家庭学生“雨露计划”补助政策未告知到户",
        "打渔陈镇后刘庄村村民委员会",
        "7月25日前",
        "已入户告知并指导申报",
        "已销号",
    ),
]


def write_cross_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县打渔陈镇巩固拓展脱贫攻坚成果村级交叉互查问题清单（销号管理）"])
    w.writerow(
        [
            "互查时间：2024年7月8日至10日；问题反馈日期：2024年7月11日，“立行立改”和“N个工作日内”"
            "均自反馈之日起计算；填报单位：台前县打渔陈镇人民政府（镇巩固衔接办）"
        ]
    )
    w.writerow(
        [
            "序号",
            "检查组",
            "被检查村",
            "问题类别",
            "发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ]
    )
    for i, row in enumerate(CHECK_ROWS, 1):
        w.writerow([i, *row])
    closed = sum(1 for row in CHECK_ROWS if row[7] == "已销号")
    w.writerow(["合计", "", "", "", f"共发现问题{len(CHECK_ROWS)}个", "", "", "", f"已销号{closed}个"])
    w.writerow(
        ["填报人：陈晓东", "", "", "", "联系电话：0393-2216318", "", "填报日期：2024年7月30日", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 乡村振兴相关政策和资金审计发现问题整改情况, after a city 审计局's 审计结果公告 on a county's 乡村振兴相关政策和资金
# (一、基本情况及审计评价: 投入高标准农田、乡村产业、农村人居环境整治、美丽河湖的资金和抽查比例; 二、审计发现的主要
# 问题 (一)…(五): 镇人民政府管护资金闲置未使用，高标准农田项目多计面积、多支付补助，园区和田园综合体建设进度和资金
# 支付未完成计划，垃圾资源化处理站产出物未达到《有机肥料》指标，美丽河道多计工程款; 三、审计整改情况):
# http://sjj.zjtz.gov.cn/art/2021/12/7/art_1229045647_3761574.html
# A .doc (Word 97 via LibreOffice): title, 主送, 一、基本情况, 二、审计发现问题及整改情况 with the items as numbered
# paragraphs （一）…（七）, each followed by an 整改情况 paragraph naming the 整改责任单位, the 时限 and the progress in
# sentences (one item without any progress sentence), 三、下一步工作, the county government and date at the foot.
AUDIT_PARAS = [
    (
        "（一）渠村乡人民政府尚有农村人居环境管护资金86.4万元闲置未使用超过1年。",
        "整改情况：该问题由渠村乡人民政府负责整改，整改时限为2024年8月31日。目前已拨付使用52万元，"
        "剩余资金正在履行采购程序。",
    ),
    (
        "（二）海通乡、习城乡两个高标准农田建设项目存在多计建设面积、多支付补助资金38.7万元的情况。",
        "整改情况：该问题由县农业农村局负责整改，整改时限为2024年9月30日。已追回多支付资金21.3万元，"
        "其余资金正在追缴。",
    ),
    (
        "（三）梨园乡田园综合体项目建设进度和资金支付未完成年度计划，资金支付率仅为31%。",
        "整改情况：该问题由梨园乡人民政府负责整改，整改时限为2024年10月31日。目前进展滞后，尚未完成。",
    ),
    (
        "（四）王称堌镇生活垃圾资源化处理站处理后的产出物未达到《有机肥料》（NY/T 525—2021）指标要求。",
        "整改情况：该问题由王称堌镇人民政府负责整改，整改时限为2024年7月15日。已更换发酵工艺，"
        "经第三方检测产出物各项指标合格，整改完成。",
    ),
    (
        "（五）抽查6项美丽河道建设项目工程款结算，发现多计工程款12.36万元。",
        "整改情况：该问题由县水利局负责整改，整改时限为2024年6月30日。已全额扣回多计工程款。",
    ),
    (
        "（六）2022年度衔接推进乡村振兴补助资金支持的3个村级光伏电站，收益未按规定用于公益岗位和小型公益事业。",
        "整改情况：该问题由县农业农村局（原县乡村振兴局）负责整改，整改时限为年底前。",
    ),
    (
        "（七）部分乡镇涉农资金公告公示不及时，公示内容缺少资金来源和绩效目标。",
        "整改情况：该问题由县财政局负责整改，属于长期坚持事项。县财政局已印发涉农资金公告公示规范，"
        "纳入日常监督，长期坚持。",
    ),
]


def write_rural_audit_docx(path: Path) -> Path:
    doc = _new_document("县审计整改办")
    _title(doc, "濮阳县人民政府关于乡村振兴相关政策和资金审计发现问题整改情况的报告", 18)
    _paragraph(doc, "市政府督查局：")
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "2024年3月至5月，市审计局对我县2021年至2023年乡村振兴相关政策和资金情况进行了审计。三年间，"
        "全县财政投入高标准农田建设、乡村产业发展、农村人居环境整治、美丽河道等方面资金共计4.37亿元，"
        "审计重点抽查涉农专项资金1.26亿元。审计指出了7个方面的问题，县政府逐项明确整改责任单位和整改时限。"
        "现将截至2024年7月26日的整改情况报告如下：",
    )
    _paragraph(doc, "二、审计发现问题及整改情况", font="黑体")
    for problem, progress in AUDIT_PARAS:
        _paragraph(doc, problem)
        _paragraph(doc, progress)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对尚未完成整改的问题，县政府将实行挂账督办，每月调度一次，整改完成一项、销号一项，"
        "确保审计发现问题全部整改到位。",
    )
    _paragraph(doc, "濮阳县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_rural_audit(path: Path) -> Path:
    return via_soffice(write_rural_audit_docx, path, "doc", "乡村振兴政策和资金审计整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 农村乱占耕地建房问题整治台账, after a town's account of its 农村乱占耕地建房问题摸排整治 (成立领导小组，明确摸排范围
# 和内容; 结合摸排速记APP对全镇32个行政村存在的1425处乱占耕地建房问题全方位摸排，将违法房屋定点、登记、拍照、移交，
# 对相关人信息填表录入; 以村为单位公示“一户一宅”和“一户多宅”摸排情况; 常态化巡查; 重点整治强占多占、非法出售):
# https://public.zhongmu.gov.cn/D55Z/4445119.jhtml
# An .xlsx from a county 自然资源局: title, 填报单位 line, a two-row header (移交情况 over 移交单位/移交日期; 是否整改
# 到位 over 是/否 with ticks), the 问题类型 in the campaign's words (一户多宅, 强占多占, 非法出售), a 备注 column that
# sometimes carries the progress, the 整改责任单位 (乡镇, and once the bureau's own 执法监察大队), a 说明 and a
# signature line.
HOUSE_ROWS = [
    (
        "马庄桥镇",
        "东马庄桥村",
        "张某某占用耕地0.42亩新建住宅，原有宅基地未退出",
        "一户多宅",
        "县自然资源局",
        date(2024, 4, 10),
        "拆除复耕",
        "马庄桥镇人民政府",
        "2024年6月30日",
        "√",
        "",
        "",
    ),
    (
        "韩村镇",
        "前韩村",
        "养殖户占用耕地1.35亩建设养殖用房及硬化场地",
        "强占多占",
        "县自然资源局",
        date(2024, 4, 12),
        "立案查处",
        "韩村镇人民政府",
        "2024年8月31日",
        "",
        "√",
        "已下达限期拆除通知，当事人正在自行拆除",
    ),
    (
        "瓦屋头镇",
        "南街村",
        "李某某占用耕地0.86亩建设临街商铺并对外出售",
        "非法出售",
        "县自然资源局",
        date(2024, 4, 18),
        "没收违法建筑",
        "瓦屋头镇人民政府",
        "年底前",
        "",
        "√",
        "",
    ),
    (
        "仙庄镇",
        "仙庄村",
        "村委会占用耕地0.30亩建设村室附属用房",
        "其他",
        "县农业农村局",
        date(2024, 5, 6),
        "补办用地手续",
        "仙庄镇人民政府",
        "9月底前",
        "",
        "",
        "",
    ),
    (
        "柳格镇",
        "柳格村",
        "王某某在承包耕地上建设住宅0.25亩，属一户多宅",
        "一户多宅",
        "县自然资源局",
        date(2024, 5, 8),
        "拆除复耕",
        "柳格镇人民政府",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "固城乡",
        "固城村",
        "濮阳市某农业有限公司占用耕地2.10亩建设仓储用房",
        "强占多占",
        "县自然资源局执法监察大队",
        date(2024, 5, 20),
        "立案查处、拆除复耕",
        "县自然资源局执法监察大队",
        "2024年10月31日",
        "",
        "√",
        "已作出行政处罚决定，等待执行",
    ),
    (
        "六塔乡",
        "东六塔村",
        "刘某某占用耕地0.38亩建设住宅，已入住",
        "一户多宅",
        "县自然资源局",
        date(2024, 5, 22),
        "拆除复耕",
        "六塔乡人民政府",
        "2024年7月15日",
        "√",
        "",
        "经县自然资源局验收合格",
    ),
]


def write_houses(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 10, 12, 40, 10, 18, 12, 16, 22, 14, 5, 5, 30])
    tick = b.book.add_format({"border": 1, "align": "center", "valign": "vcenter", "font_size": 12})
    b.line(ws, 0, "清丰县农村乱占耕地建房问题整治台账（2024年7月）", 12, b.title)
    b.line(ws, 1, "填报单位：清丰县自然资源局    统计截止：2024年7月30日", 12)
    for c, word in enumerate(["序号", "乡镇", "村", "问题情况", "问题类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "移交情况", b.head)
    b.header(ws, 3, ["移交单位", "移交日期"], first=5)
    for c, word in enumerate(["处置措施", "整改责任单位", "整改期限"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=10)
    b.merge(ws, 2, 12, 3, 12, "备注", b.head)
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, tick if c in (10, 11) else b.center if c in (1, 2, 4, 9) else None)
    end = 4 + len(HOUSE_ROWS)
    b.line(
        ws,
        end,
        "说明：问题类型按“一户多宅”“强占多占”“非法出售”“其他”填写；整改到位的在“是”栏打“√”，未到位的在“否”栏打“√”。",
        12,
    )
    b.line(ws, end + 1, "审核人：高建国    填报人：吴倩    联系电话：0393-7228106", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. “大棚房”问题清理整治台账 (two returns in one zip), after a county's account of its “大棚房”问题专项整治 (对照清理
# 整治范围和整治整改标准; 各乡镇、街道全面排查所辖范围内家庭农场、合作社、种植大户等新型经营主体和村民的自建大棚，
# 拉网式、台账式排查清理，村不漏户、户不漏棚、一乡一册; 塑料大棚、日光温室、连栋温室等设施的个数和面积):
# https://www.qj.gov.cn/html/2019/xqdt2_0328/68489.html
# A .zip (member names in GBK, as a Windows zip writes them) holding one town's 册 as an .xlsx (主体类型 and 设施类型 in
# the campaign's words, 占地面积, the 经营主体 as 整改责任主体, 复查情况 beside 整改情况) and another's as a .docx with a
# table (设施经营者 as the unit, a 交办日期 line that 立行立改 counts from).
GREENHOUSE_BOOK_ROWS = [
    (
        "东杨村",
        "南乐县绿源果蔬种植专业合作社",
        "合作社",
        "日光温室",
        18.5,
        "温室管理房超标准建设，面积达120平方米并用于居住",
        "拆除超标准部分，恢复生产用途",
        "2024年6月30日",
        "已拆除超标准部分",
        "经镇农业服务中心复查合格",
    ),
    (
        "谷金楼村",
        "南乐县谷金楼镇宏达家庭农场",
        "家庭农场",
        "塑料大棚",
        26.0,
        "大棚内建设餐饮娱乐用房，对外经营农家乐",
        "停业整顿，拆除违规建筑，恢复种植",
        "2024年8月31日",
        "已停业，正在拆除",
        "",
    ),
    (
        "前杨庄村",
        "濮阳市金穗农业科技有限公司",
        "农业企业",
        "连栋温室",
        42.3,
        "温室园区内违规硬化建设停车场约3亩",
        "破除硬化，恢复种植条件",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "东杨村",
        "南乐县丰华蔬菜专业合作社",
        "合作社",
        "塑料大棚",
        9.8,
        "大棚看护房改建为二层砖混结构",
        "拆除改建部分",
        "9月底前",
        "未启动",
        "",
    ),
]
GREENHOUSE_DOC_ROWS = [
    (
        "寺庄村",
        "南乐县寺庄乡惠民蔬菜种植专业合作社",
        "设施农业用地未备案，附属设施用地超过规定比例",
        "补办备案，拆除超比例附属用房",
        "2024年7月20日",
        "已补办备案，超比例附属用房拆除到位",
    ),
    (
        "王庄村",
        "濮阳市康源生态农业有限公司",
        "温室大棚内建设别墅式管理房2栋",
        "全部拆除，恢复农业生产",
        "2024年8月15日",
        "已拆除1栋，另1栋正在拆除",
    ),
    (
        "北留村",
        "南乐县寺庄乡田园家庭农场",
        "大棚用地改变用途，长期堆放建筑材料",
        "清理建筑材料，恢复种植",
        "立行立改",
        "已清理完毕，恢复种植",
    ),
    (
        "西街村",
        "南乐县瑞丰食用菌种植专业合作社",
        "菌棚配套冷库占用永久基本农田",
        "报县自然资源局研判后依法处置",
        "年底前",
        "正在协调县自然资源局研判",
    ),
]


def write_greenhouse_book(path: Path) -> Path:
    b = Book(path, author="谷金楼镇农业服务中心")
    ws = b.sheet("谷金楼镇")
    b.widths(ws, [6, 12, 30, 10, 10, 10, 36, 26, 14, 20, 24])
    area = b.book.add_format({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "谷金楼镇“大棚房”问题清理整治台账", 10, b.title)
    b.line(ws, 1, "填报单位：南乐县谷金楼镇人民政府    排查范围：全镇设施农业（村不漏户、户不漏棚）", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "村",
            "整改责任主体",
            "主体类型",
            "设施类型",
            "占地面积（亩）",
            "存在问题",
            "整改措施",
            "完成时限",
            "整改情况",
            "复查情况",
        ],
    )
    for i, row in enumerate(GREENHOUSE_BOOK_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, area if c == 5 else b.center if c in (1, 3, 4, 8) else None)
    end = 3 + len(GREENHOUSE_BOOK_ROWS)
    b.line(ws, end, "填表人：贾红梅    联系电话：0393-7561023    填报日期：2024年7月29日", 10)
    return b.close()


def write_greenhouse_docx(path: Path) -> Path:
    doc = _new_document("寺庄乡农业服务中心")
    _title(doc, "寺庄乡“大棚房”问题整改情况", 18)
    _paragraph(
        doc,
        "填报单位：南乐县寺庄乡人民政府    乡专项整治办交办日期：2024年7月5日（“立行立改”自交办之日起整改）",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(GREENHOUSE_DOC_ROWS, 1)]
    _table(doc, ["序号", "行政村", "设施经营者", "排查发现问题", "整治措施", "完成时限", "整治进度"], body)
    _paragraph(doc, "填表人：杜文静    联系电话：0393-7512286    2024年7月29日", 12)
    return _save_fixed(doc, path)


class _GbkInfo(zipfile.ZipInfo):
    """A member whose name is stored as GBK bytes without the UTF-8 flag, as a Chinese Windows zip tool writes it."""

    def _encodeFilenameFlags(self):  # zipfile's own name for this hook
        return self.filename.encode("gbk"), self.flag_bits


def write_greenhouse_zip(path: Path) -> Path:
    members = [
        ("谷金楼镇“大棚房”问题清理整治台账.xlsx", write_greenhouse_book),
        ("寺庄乡“大棚房”问题整改情况.docx", write_greenhouse_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 秸秆禁烧督办通知书整改回执, after a city paper's report that a district received the 秸秆禁烧督查组's 督办通知书
# (收割留茬过高等问题) and answered it (宣传车巡回宣讲、禁烧通告、禁烧承诺书; 值班巡查，及时发现火点和黑斑; 留茬过高、
# 田间地头留存过多玉米秆的地块组织专人修剪、统一堆放; 督查专班明察暗访、定期通报):
# http://www.hubeitoday.com.cn/wap/post/117/50104
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, a line naming the 禁烧办, then one card per 督办通知书
# (a four-column table: 督办编号 and 送达日期, 督办对象, 督查组 and 督查时间, 发现问题, 整改要求, 整改时限, 整改回执),
# deadlines as 接通知后N日内 / N个工作日内 (across the 端午 holiday) / 立即整改 counted from the 送达日期, and dates;
# the 督查组 is the inspector, the 督办对象 the unit.
STRAW_CARDS = [
    (
        "濮县禁烧督〔2024〕1号",
        "2024年6月4日",
        "濮阳县柳屯镇人民政府",
        "县禁烧督查第一组",
        "2024年6月3日",
        "小麦收割留茬过高，部分地块留茬超过20厘米，焚烧隐患大",
        "组织对留茬过高地块进行灭茬处理",
        "接通知后3日内",
        "已组织旋耕灭茬1200亩，整改完成。",
    ),
    (
        "濮县禁烧督〔2024〕2号",
        "2024年6月5日",
        "濮阳县文留镇人民政府",
        "县禁烧督查第二组",
        "2024年6月5日",
        "田间地头、沟渠路边留存麦秸过多，未及时清运离田",
        "组织清运离田，统一地点堆放",
        "6月10日前",
        "已清运大部分，剩余3处正在清运。",
    ),
    (
        "濮县禁烧督〔2024〕3号",
        "2024年6月6日",
        "濮阳县梁庄镇人民政府",
        "县禁烧督查第三组",
        "2024年6月5日",
        "辖区内发现火点2处，形成黑斑约5亩",
        "立即扑灭火点，查处焚烧当事人，追究包村干部责任",
        "立即整改",
        "火点已扑灭，黑斑已翻耕覆盖，对焚烧当事人依法处罚，整改到位。",
    ),
    (
        "濮县禁烧督〔2024〕4号",
        "2024年6月7日",
        "濮阳县胡状镇人民政府",
        "县禁烧督查第一组",
        "2024年6月6日",
        "禁烧巡查值班人员未在岗，村级巡查队伍未落实",
        "落实镇村两级巡查值班，24小时在岗",
        "接通知后3个工作日内",
        "",
    ),
    (
        "濮县禁烧督〔2024〕5号",
        "2024年6月7日",
        "濮阳县五星乡人民政府",
        "县禁烧督查第二组",
        "2024年6月7日",
        "禁烧宣传不到位，主要路口未悬挂禁烧宣传标语",
        "在主要路口、村口悬挂宣传标语，发放禁烧通告",
        "6月12日前",
        "已整改。",
    ),
    (
        "濮县禁烧督〔2024〕6号",
        "2024年6月8日",
        "濮阳县子岸镇人民政府",
        "县禁烧督查第三组",
        "2024年6月8日",
        "未安装秸秆粉碎装置的收割机下田作业",
        "逐台排查下田收割机，未安装粉碎装置的一律劝离",
        "立即整改",
        "正在逐台排查，已劝离收割机3台。",
    ),
    (
        "濮县禁烧督〔2024〕7号",
        "2024年6月11日",
        "县农业农村局",
        "县禁烧督查第一组",
        "2024年6月11日",
        "秸秆综合利用台账未建立，离田利用量无据可查",
        "建立全县秸秆综合利用台账，按月统计离田利用量",
        "7月底前",
        "未建立。",
    ),
]


def _card(doc, card) -> None:
    number, served, target, group, inspected, problem, demand, limit, answer = card
    table = doc.add_table(rows=7, cols=4)
    table.style = "Table Grid"
    pairs = [
        ("督办编号", number, "送达日期", served),
        ("督办对象", target, None, None),
        ("督查组", group, "督查时间", inspected),
        ("发现问题", problem, None, None),
        ("整改要求", demand, None, None),
        ("整改时限", limit, None, None),
        ("整改回执", answer, None, None),
    ]
    for r, (k1, v1, k2, v2) in enumerate(pairs):
        _cell_text(table.cell(r, 0), k1, bold=True)
        if k2 is None:
            merged = table.cell(r, 1).merge(table.cell(r, 3))
            _cell_text(merged, v1)
        else:
            _cell_text(table.cell(r, 1), v1)
            _cell_text(table.cell(r, 2), k2, bold=True)
            _cell_text(table.cell(r, 3), v2)


def write_straw_docx(path: Path) -> Path:
    doc = _new_document("县禁烧办")
    _title(doc, "濮阳县2024年夏季秸秆禁烧督办通知书整改回执汇总", 18)
    _paragraph(
        doc,
        "濮阳县秸秆禁烧工作领导小组办公室（设在县农业农村局）    汇总日期：2024年7月30日",
        12,
    )
    for i, card in enumerate(STRAW_CARDS, 1):
        _paragraph(doc, f"督办通知书（{i}）", 12, font="黑体")
        _card(doc, card)
    _paragraph(
        doc,
        "说明：整改时限自送达之日起计算；整改回执由督办对象填写并加盖公章，空白的为未报回执。",
        12,
    )
    return _save_fixed(doc, path)


def write_straw(path: Path) -> Path:
    return via_soffice(write_straw_docx, path, "doc", "秸秆禁烧督办回执汇总.docx")


# ---------------------------------------------------------------------------------------------
# 10. 高标准农田建设工程质量专项整治“百日行动”检查问题整改台账, after a report of a province 农业农村厅 检查组's
# 质量整治“百日行动”专项检查 of the 高标准农田建设工程 a 水建集团 built (下实地、查工程、核质量、访农户、验台账、质询工程
# 建设和管理情况、问题反馈; 对照项目设计要求和建设标准、工程质量管理办法; 即查即改):
# http://www.yaocha365.com/e/action/ShowInfo.php?classid=2&id=4148
# An .xlsx from the city 农业农村局: title, 检查时间/填报单位 line, a two-row header (项目信息 over 县（区）/项目名称/标段/
# 施工单位; 整改情况 over 整改措施/完成时间/验收情况), the 施工单位 and 监理单位 beside an explicit 整改责任单位 (companies,
# county bureaus, the 供电公司 and the 水务局 by their short and former names), a completion date as the only progress
# signal on one row, 长期坚持, 说明 and signature lines.
FARMLAND_ROWS = [
    (
        "濮阳县",
        "2023年濮阳县高标准农田建设项目",
        "第二标段",
        "河南省水建集团有限公司",
        "新建机井井台破损，井房门锁缺失",
        "河南省水建集团有限公司",
        "2024年7月15日",
        "重新浇筑井台，更换门锁",
        date(2024, 7, 12),
        "已验收",
    ),
    (
        "濮阳县",
        "2023年濮阳县高标准农田建设项目",
        "第三标段",
        "濮阳市龙源水利工程有限公司",
        "田间道路混凝土路面出现断板、裂缝，长度约300米",
        "濮阳市龙源水利工程有限公司",
        "2024年8月31日",
        "已切割破除断板，正在重新浇筑",
        "",
        "",
    ),
    (
        "清丰县",
        "2022年清丰县高标准农田建设项目",
        "第一标段",
        "濮阳市宏基建设工程有限公司",
        "排水沟渠淤积、边坡坍塌，排水不畅",
        "清丰县农业农村局",
        "2024年7月31日",
        "",
        date(2024, 7, 26),
        "",
    ),
    (
        "南乐县",
        "2023年南乐县高标准农田建设项目",
        "第一标段",
        "河南省水建集团有限公司",
        "机井未办理取水许可，计量设施未安装",
        "市水务局",
        "2024年9月30日",
        "已受理取水许可申请，计量设施正在采购",
        "",
        "",
    ),
    (
        "范县",
        "2021年范县高标准农田建设项目",
        "—",
        "范县鑫源建筑工程有限公司",
        "项目区部分变压器未通电，灌溉设施无法使用",
        "濮阳供电公司",
        "2024年9月30日",
        "已完成4台变压器接电，剩余2台正在办理",
        "",
        "",
    ),
    (
        "台前县",
        "2022年台前县高标准农田建设项目",
        "—",
        "台前县黄河水利工程有限公司",
        "项目竣工后未按规定移交村集体管护，管护责任不明确",
        "台前县农业农村局",
        "长期坚持",
        "已制定管护办法，落实管护主体，常态化开展管护",
        "",
        "",
    ),
    (
        "华龙区",
        "2023年华龙区高标准农田建设项目",
        "第一标段",
        "濮阳市华农建设工程有限公司",
        "工程档案资料不全，缺少隐蔽工程验收记录",
        "濮阳市正源工程监理有限公司",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    (
        "濮阳县",
        "2023年濮阳县高标准农田建设项目",
        "第一标段",
        "濮阳市润田农业工程有限公司",
        "耕地地力提升措施未落实，未按设计施用有机肥",
        "濮阳县农业农村局",
        "年底前",
        "尚未启动",
        "",
        "",
    ),
]


def write_farmland(path: Path) -> Path:
    b = Book(path, author="农田建设管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 28, 10, 26, 38, 26, 14, 30, 12, 10])
    b.line(ws, 0, "2024年高标准农田建设工程质量专项整治“百日行动”检查发现问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年6月18日—6月21日    填报单位：濮阳市农业农村局（农田建设管理科）    "
        "填报日期：2024年7月30日",
        10,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "项目信息", b.head)
    b.header(ws, 3, ["县（区）", "项目名称", "标段", "施工单位"], first=1)
    for c, word in enumerate(["检查发现问题", "整改责任单位", "整改时限"], start=5):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["整改措施", "完成时间", "验收情况"], first=8)
    for i, row in enumerate(FARMLAND_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 7, 10) else None)
    end = 4 + len(FARMLAND_ROWS)
    b.line(
        ws,
        end,
        "说明：即查即改的问题由检查组现场督促整改；其余问题按整改时限完成后，由县级农业农村部门组织验收。",
        10,
    )
    b.line(ws, end + 1, "审核人：卢志强    填表人：韩雪    联系电话：0393-8992637", 10)
    return b.close()


FILES = [
    ("清丰县农村人居环境整治存在问题整改方案（附整改进展）.docx", write_living),
    ("市自然资源和规划局耕地保护督察反馈问题整改台账.xlsx", write_cropland),
    ("范县耕地保护整治提升行动督导台账（第三督导专班）.xls", write_plots),
    ("南乐县农村改厕问题排查整改回头看问题清单.et", write_toilet),
    ("打渔陈镇巩固衔接村级交叉互查问题清单.csv", write_cross_check),
    ("濮阳县乡村振兴相关政策和资金审计发现问题整改情况报告.doc", write_rural_audit),
    ("清丰县农村乱占耕地建房问题整治台账（7月）.xlsx", write_houses),
    ("“大棚房”问题清理整治台账（谷金楼镇、寺庄乡）.zip", write_greenhouse_zip),
    ("濮阳县夏季秸秆禁烧督办通知书整改回执汇总.wps", write_straw),
    ("高标准农田工程质量专项整治百日行动检查问题整改台账.xlsx", write_farmland),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

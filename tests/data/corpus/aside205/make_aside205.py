"""Write the aside205 returns: ten files (eleven returns) laid out after eleven public sources, cited beside each layout.

Campaign: 殡葬管理与公墓、散埋乱葬整治的检查整改 (经营性公墓, 殡仪服务机构, 农村公益性公墓, 违规墓地).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, with merged cemetery and score cells), a CSV in GBK, a .docx
whose items are numbered paragraphs, an .et (Excel 97 via LibreOffice), a .doc with a table (Word 97 via LibreOffice)
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside205.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 经营性公墓“双随机、一公开”行政执法检查, after a provincial 民政厅's 通报 of its check of nine 涉企经营性公墓 (抽检档案、
# 现场检查、听取汇报; 园区建设、墓位占地、生态安葬、环保达标、公示公开、服务规范、档案管理、年度检查、系统应用; 对发现问题
# 提出了整改意见，并由被检单位负责人在行政执法检查记录上确认签字盖章):
# https://mzt.ln.gov.cn/mzt/hdzl/sqxzjcgszl/2025022510081446463/index.shtml
# An .xlsx: title, 检查时间/检查方式 line, a two-row header (检查情况 and 整改要求 over two columns each) with the
# 被检单位负责人确认 (a signature) beside the 受检单位, a 合计 row, a 检查组成员 line and a 填表 line.
CEMETERY_ROWS = [
    (
        "濮阳市颛顼陵园有限公司",
        "墓位占地",
        "B区抽查单穴墓12座，其中5座墓位占地超过1平方米",
        "改造超标墓位，暂停销售超标墓型",
        "2024年9月30日",
        "王建国",
        "已停售超标墓型，改造方案已报市民政局审核",
    ),
    (
        "濮阳市颛顼陵园有限公司",
        "公示公开",
        "服务项目和收费标准未在业务大厅显著位置公示",
        "在业务大厅设置价格公示栏",
        "2024年7月20日",
        "王建国",
        "已设置价格公示栏，整改完成",
    ),
    (
        "清丰县福寿园陵园有限公司",
        "生态安葬",
        "节地生态安葬区域占比不足规划要求的20%",
        "调整墓区规划，增设树葬、草坪葬区域",
        "第四季度",
        "李卫东",
        "",
    ),
    (
        "清丰县福寿园陵园有限公司",
        "档案管理",
        "骨灰安葬档案登记信息不全，缺少火化证明复印件",
        "逐户补齐安葬档案",
        "7月底前",
        "李卫东",
        "已补齐档案286份",
    ),
    (
        "南乐县仓颉陵园有限公司",
        "系统应用",
        "未使用全国殡葬管理信息系统录入安葬信息",
        "指定专人录入历年安葬信息",
        "2024年8月15日",
        "张海峰",
        "未整改",
    ),
    (
        "南乐县仓颉陵园有限公司",
        "环保达标",
        "祭扫焚烧炉无烟尘处理设施",
        "更换环保焚烧炉",
        "2024年10月31日",
        "张海峰",
        "正在采购环保焚烧炉",
    ),
    (
        "范县永安公墓有限责任公司",
        "服务规范",
        "墓穴销售合同未使用示范文本，未注明墓位使用年限",
        "改用示范合同文本",
        "2024年7月25日",
        "刘庆华",
        "已更换示范合同文本",
    ),
    (
        "范县永安公墓有限责任公司",
        "园区建设",
        "园区主干道路面破损，东墓区未设防火隔离带",
        "修复道路，设置防火隔离带",
        "2024年8-9月",
        "刘庆华",
        "道路修复工程已招标",
    ),
    (
        "台前县长青园公墓有限公司",
        "年度检查",
        "2023年度年检材料未按时报送县民政局",
        "补报年检材料",
        "2024年7月15日",
        "孙立新",
        "已补报",
    ),
]


def write_cemetery(path: Path) -> Path:
    b = Book(path, author="社会事务科")
    ws = b.sheet("检查问题整改台账")
    b.widths(ws, [6, 26, 10, 36, 26, 14, 12, 26])
    b.line(ws, 0, "2024年经营性公墓“双随机、一公开”行政执法检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市民政局（社会事务科）    检查时间：2024年7月8日至7月12日    "
        "检查方式：抽检档案、现场检查、听取汇报",
        7,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "受检单位", b.head)
    b.merge(ws, 2, 2, 2, 3, "检查情况", b.head)
    b.merge(ws, 2, 4, 2, 5, "整改要求", b.head)
    b.merge(ws, 2, 6, 3, 6, "被检单位负责人确认签字", b.head)
    b.merge(ws, 2, 7, 3, 7, "整改落实情况", b.head)
    b.header(ws, 3, ["检查项目", "发现问题"], first=2)
    b.header(ws, 3, ["整改意见", "整改期限"], first=4)
    for i, (unit, item, problem, advice, due, signer, done) in enumerate(CEMETERY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, item, problem, advice, due, signer, done], first=1)
    end = 4 + len(CEMETERY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "随机抽取经营性公墓5个，发现问题9个")
    b.line(ws, end + 2, "检查组成员：周海涛（执法证号41090120031）、韩晓梅（执法证号41090120047）", 7)
    b.line(ws, end + 3, "填表人：赵文静    联系电话：0393-8993126    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 公墓随机抽查得分及问题整改, after a provincial 民政厅's 通报 of its 随机抽查 of eight 经营性公墓 (基础设施建设、绿化美化、
# 经营管理、文明服务四个方面; 墓穴硬化超面积, 节地生态安葬区域比例设置较低, 上墙公布的价格及墓穴面积不明确; 受检单位得分;
# 向具体涉及单位发出整改通知，要求限期整改并反馈):
# http://mzt.fj.gov.cn/gk/tzgg/202312/t20231229_6369665.htm
# An .xls (xlwt): title, 抽查依据 line, one header row with the 受检单位 and its 得分 merged down over its problems,
# a 注 line and the county 民政局 with the date at the foot.
SAMPLE_ROWS = [
    (
        "濮阳县安康墓园有限公司",
        78,
        [
            (
                "墓穴硬化面积超标，抽查C区15座墓穴中9座硬化面积超过1平方米",
                "拆除超标硬化部分",
                "2024年8月31日",
                "正在拆除超标硬化部分",
            ),
            ("上墙公布的价格未标明对应墓穴面积", "重新制作价格公示牌", "2024年7月15日", "已重新制作公示牌"),
        ],
    ),
    (
        "濮阳县龙乡陵园有限公司",
        82,
        [
            ("节地生态安葬区域比例设置较低", "扩大节地生态安葬区域", "2024年12月31日", ""),
            ("园区绿化覆盖率不足，西侧墓区裸露", "补植常绿树种", "2024年11月底前", "已制定绿化补植计划"),
        ],
    ),
    (
        "濮阳县城关镇公益性公墓",
        75,
        [
            ("向非本镇户籍居民出售墓穴", "立即停止对外销售", "2024年7月10日", "已停止对外销售，已清退款项"),
            ("公墓管理员未建立安葬登记台账", "建立安葬登记台账", "2024年7月31日", "未整改"),
            ("墓区内有墓碑高度超过0.8米", "分批改造超高墓碑", "2024年9月30日", "已通知墓主，正在分批改造"),
        ],
    ),
]


def write_sample(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县2024年上半年公墓随机抽查情况及问题整改表", t, 0, 6),
        (
            1,
            0,
            "抽查依据：《濮阳县民政局推广随机抽查机制规范事中事后监管实施方案》    抽查内容：基础设施建设、绿化美化、"
            "经营管理、文明服务",
            plain,
            1,
            6,
        ),
    ]
    for col, word in enumerate(["序号", "受检单位", "得分", "存在问题", "整改要求", "整改时限", "整改反馈"]):
        cells.append((2, col, word, h))
    r = 3
    n = 0
    for unit, score, problems in SAMPLE_ROWS:
        last = r + len(problems) - 1
        cells += [(r, 1, unit, c, last, 1), (r, 2, score, ctr, last, 2)]
        for problem, demand, due, feedback in problems:
            n += 1
            cells.append((r, 0, n, ctr))
            cells += [(r, 3, problem, c), (r, 4, demand, c), (r, 5, due, ctr), (r, 6, feedback, c)]
            r += 1
    cells += [
        (
            r,
            0,
            "注：满分100分，80分以下的责令限期整改；整改情况请于整改时限届满后5日内书面反馈。",
            plain,
            r,
            6,
        ),
        (r + 2, 0, "濮阳县民政局", plain, r + 2, 6),
        (r + 3, 0, "2024年7月26日", plain, r + 3, 6),
    ]
    return _write_xls(path, [("抽查情况", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 殡葬专项巡察集中整改进展通报, after a county's 关于市委殡葬专项巡察集中整改进展情况的通报 (对照市委巡察组提出的3个方面
# 问题梳理出整改任务; 截至目前已完成问题整改19项, 持续推进3项; under each heading 一、… the problems numbered 1.、2.、
# each followed by 完成情况：完成 and 整改措施：…):
# https://xiangchengxian.gov.cn/zwgk/010001/20251120/67a8e7d7-4913-4592-9e57-02d788e851ec.html
# A .docx: title, preamble paragraphs with the counts, three headings, the items as numbered paragraphs each followed by
# 完成情况, 责任单位/完成时限 and 整改措施 lines; the county party committee and government with the date at the foot.
PATROL_SECTIONS = [
    (
        "一、履行殡葬管理职能责任有差距",
        [
            (
                "基本殡葬服务项目清单未向社会公示。",
                "已完成",
                "责任单位：清丰县民政局；完成时限：2024年6月30日",
                "在县政府门户网站和县殡仪馆业务大厅公示遗体接运、暂存、火化、骨灰寄存等基本殡葬服务项目及收费标准，"
                "同步在各乡镇便民服务中心张贴。",
            ),
            (
                "县殡仪馆遗体接运车辆未实行“一车一单”登记。",
                "已完成",
                "责任单位：清丰县殡仪馆；完成时限：2024年7月15日",
                "建立遗体接运“一车一单”登记制度，接运单每日归档，车辆出车记录与火化登记逐一对应。",
            ),
            (
                "农村公益性公墓建设进度滞后，6个乡镇尚未建成乡级公益性公墓。",
                "持续推进",
                "牵头单位：清丰县民政局；配合单位：各乡镇人民政府；完成时限：2024年12月31日",
                "已完成6处公墓选址和用地预审，其中3处已开工建设，其余3处正在办理用地手续。",
            ),
        ],
    ),
    (
        "二、殡葬服务市场监管不到位",
        [
            (
                "城区部分殡葬用品门店销售纸扎“豪车”“别墅”等封建迷信丧葬用品。",
                "已完成",
                "责任单位：清丰县市场监督管理局；完成时限：2024年7月31日",
                "对城区23家殡葬用品门店开展拉网式检查，下架销毁封建迷信丧葬用品1200余件，与经营户签订规范经营承诺书。",
            ),
            (
                "县人民医院等医疗机构太平间违规开展殡仪服务。",
                "持续推进",
                "责任单位：清丰县卫生健康委员会；完成时限：2024年8月10日",
                "已清理太平间内违规设置的灵堂2处，正在制定医疗机构太平间管理办法。",
            ),
            (
                "殡仪馆骨灰寄存费未执行政府定价。",
                "未启动",
                "责任单位：清丰县发展和改革委员会；完成时限：2024年8月10日",
                "拟对县殡仪馆骨灰寄存费开展成本监审，按核定价格收费。",
            ),
        ],
    ),
    (
        "三、散埋乱葬治理不彻底",
        [
            (
                "部分乡镇道路两侧可视范围内仍有新增坟头，源头管控不严。",
                "长期坚持",
                "牵头单位：清丰县民政局；配合单位：各乡镇人民政府；完成时限：长期坚持",
                "建立县、乡、村三级殡葬信息员日常巡查制度，发现新增乱埋乱葬及时制止。",
            ),
            (
                "惠民殡葬政策宣传不到位，群众知晓率低。",
                "已完成",
                "责任单位：清丰县民政局；完成时限：2024年7月20日",
                "组织移风易俗宣讲团进村宣讲，发放《惠民殡葬政策明白卡》3.2万份，实现行政村全覆盖。",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("县委巡察办")
    _title(doc, "中共清丰县委 清丰县人民政府关于市委殡葬领域专项巡察集中整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月11日至4月19日，市委第三巡察组对我县殡葬领域突出问题开展了专项巡察，"
        "并于5月10日反馈了巡察意见。5月10日至8月10日，我县开展了为期三个月的集中整改。按照巡察工作有关规定，"
        "现将集中整改进展情况予以公布。",
    )
    _paragraph(
        doc,
        "对照市委巡察组反馈的3个方面问题，我县梳理出8项整改任务，制定27项整改措施。截至2024年7月25日，"
        "已完成整改4项，持续推进2项，长期坚持1项，未启动1项。",
    )
    n = 0
    for heading, items in PATROL_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for problem, done, who, measures in items:
            n += 1
            _paragraph(doc, f"{n}.{problem}", font="楷体_GB2312")
            _paragraph(doc, f"完成情况：{done}")
            _paragraph(doc, who)
            _paragraph(doc, f"整改措施：{measures}")
    _paragraph(doc, "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-7221536。")
    _paragraph(doc, "中共清丰县委    清丰县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 殡葬领域专项巡察反馈问题整改台账, after a city 民政局党组's account of its 殡葬领域专项巡察 rectification (严格对照巡察
# 反馈问题和整改方案，逐项明确责任领导、责任科室、整改措施和完成时限，建立整改台账，实行“一问题一档案”; 对账销号,
# 对已整改合格的问题及时销号清零):
# http://yhlz.yuhuan.gov.cn/col/col1632016/art/2026/art_c8870891891e419086a8867810022c8a.html
# An .xlsx: title, 填报单位 line with the date the 巡察意见 was fed back, one header row with 问题类别 merged down over its
# rows, 责任领导 and 责任科室 (sections of the sending 民政局), 是否销号 beside 整改进展, a 说明 line and a signature line.
LEDGER_ROWS = [
    (
        "殡葬管理",
        [
            (
                "对经营性公墓年检流于形式，未实地核查墓位面积",
                "对全市经营性公墓重新开展实地核查",
                "李志强",
                "社会事务科",
                "2024年6月30日",
                "已对6家经营性公墓重新实地核查",
                "是",
            ),
            (
                "对违规墓地整治督导不力，部分县区整治台账未及时更新",
                "每月调度县区整治台账",
                "李志强",
                "社会事务科",
                "2024年9月30日",
                "正在督促各县区更新台账",
                "否",
            ),
        ],
    ),
    (
        "资金管理",
        [
            (
                "惠民殡葬补贴资金拨付滞后",
                "清理积压补贴申请，按月拨付",
                "王秀英",
                "规划财务科",
                "2024年7月15日",
                "已拨付到位",
                "是",
            ),
            (
                "农村公益性公墓建设以奖代补资金未跟踪问效",
                "开展以奖代补资金绩效评价",
                "王秀英",
                "规划财务科",
                "2024年12月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "制度建设",
        [
            (
                "殡葬服务机构监管制度不健全，缺少日常检查规范",
                "制定殡葬服务机构日常监督检查办法",
                "陈国栋",
                "政策法规科",
                "2024年8月31日",
                "已起草征求意见稿",
                "否",
            ),
        ],
    ),
    (
        "作风纪律",
        [
            (
                "个别干部接受殡葬服务企业宴请",
                "对相关人员批评教育并诫勉谈话",
                "郑红梅",
                "机关纪委",
                "立行立改",
                "已对相关人员诫勉谈话",
                "是",
            ),
            (
                "殡葬领域廉政风险点排查不全面",
                "每半年开展一次廉政风险点排查",
                "郑红梅",
                "办公室",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "队伍建设",
        [
            (
                "殡葬执法人员不足，部分人员未取得执法证",
                "组织执法资格培训考试",
                "陈国栋",
                "人事科",
                "2024年10月31日",
                "未整改",
                "否",
            ),
        ],
    ),
]


def write_ledger(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 30, 10, 12, 14, 26, 10])
    b.line(ws, 0, "市委殡葬领域专项巡察反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市民政局党组（盖章）    巡察意见反馈时间：2024年5月20日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "巡察反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "完成时限",
            "整改进展",
            "是否销号",
        ],
    )
    r = 3
    n = 0
    for kind, rows in LEDGER_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for problem, measure, leader, section, due, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, measure, leader, section, due, progress], first=2)
            b.put(ws, r, 8, closed, b.center)
            r += 1
    b.line(ws, r + 1, "说明：整改完成并经局巡察整改工作领导小组审核的，在“是否销号”栏填“是”。", 8)
    b.line(ws, r + 2, "审核人：郑红梅    填表人：孟佳    联系电话：0393-8118072", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 散埋乱葬治理工作台账, after a township's 扎实开展散埋乱葬治理工作 (镇成立散埋乱葬专项治理工作班子; 老坟地绿化遮挡、
# 散葬坟平迁、“豪华墓”清理及公墓建设; 把握时间节点，倒排工期; 重点线路可视范围内无坟墓; 全面摸底排查，建立工作台账，
# 压实治理责任):
# http://epaper.routeryun.com/Article/index/aid/3351292.html
# A CSV in GBK: a title line, a 填报单位 line, a header line with the 村民委员会 as 责任单位 and the 包村干部 beside it,
# a 合计 line and a 填表人 line.
GRAVE_ROWS = [
    (
        "庆祖镇西庆祖村村民委员会",
        "S212省道西侧可视范围内散葬坟14座",
        "14",
        "平迁入村公益性公墓",
        "刘振华",
        "7月15日前",
        "已完成平迁14座",
    ),
    (
        "庆祖镇东庆祖村村民委员会",
        "庆习路两侧老坟地1处，坟头约40座裸露",
        "40",
        "栽植常绿树木绿化遮挡",
        "刘振华",
        "2024年9月底前",
        "已栽植侧柏200株，正在补植",
    ),
    (
        "庆祖镇南湖村村民委员会",
        "村东耕地内“豪华墓”1座，硬化面积约30平方米",
        "1",
        "拆除硬化物，恢复耕地",
        "马晓军",
        "2024年7月20日",
        "未整改",
    ),
    (
        "庆祖镇张寨村村民委员会",
        "金堤河大堤内侧新增乱埋坟2座",
        "2",
        "迁入村公益性公墓",
        "马晓军",
        "7月31日前",
        "",
    ),
    (
        "庆祖镇后范庄村村民委员会",
        "濮范高速可视范围内散葬坟8座",
        "8",
        "平迁入村公益性公墓",
        "宋立伟",
        "2024年8月31日",
        "已平迁5座，剩余3座正在做墓主家属工作",
    ),
    (
        "庆祖镇杜家庄村村民委员会",
        "村南林地内“活人墓”1座",
        "1",
        "依法平毁",
        "宋立伟",
        "2024年7月10日",
        "已平毁",
    ),
    (
        "庆祖镇西辛庄村村民委员会",
        "村级公益性公墓未建成，群众无集中安葬点",
        "—",
        "建设村级公益性公墓",
        "郭志刚",
        "年底前",
        "已完成选址，正在办理用地手续",
    ),
]


def write_graves(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["庆祖镇散埋乱葬专项治理工作台账"])
    w.writerow(["填报单位：濮阳县庆祖镇人民政府（民政所）    填报时间：2024年7月29日"])
    w.writerow(["序号", "责任单位", "存在问题", "数量（座）", "治理方式", "包村干部", "时间节点", "完成情况"])
    for i, row in enumerate(GRAVE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查问题7处", "66", "", "", "", ""])
    w.writerow(["填表人：李红霞    审核人：王建设    联系电话：0393-3861209"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 饮用水源地及“三沿五区”坟墓整治任务分解, after a county's 坟山墓地整治实施方案 and its 附件 整治任务分解表 (乡镇、
# 整治类别、坟墓位置及数量、整治方式、坟墓总数（冢）、合计（冢）、搬迁（冢）、植树遮挡…; 各乡镇整治工作情况于每周五下午
# 16:00点前上报领导小组办公室（县民政局）; “活人墓”一律平毁):
# http://www.fymate.com/html/text/lar/173613/17361365_4.html
# An .et (Excel 97 via LibreOffice): title, 报送 line, a two-row header (整治方式 over 搬迁/植树遮挡/平毁 in 冢), the
# 乡镇人民政府 as 责任单位, a 合计 row, a 说明 line and a 填报人 line.
TASK_ROWS = [
    (
        "南乐县千口镇人民政府",
        "饮用水源地",
        "第三水厂水源井保护区内坟墓12冢",
        12,
        0,
        0,
        "2024年8月31日",
        "已搬迁7冢",
    ),
    (
        "南乐县谷金楼镇人民政府",
        "沿路",
        "国道G106两侧可视范围内坟墓35冢",
        5,
        30,
        0,
        "2024年9月30日",
        "已全部完成",
    ),
    ("南乐县近德固乡人民政府", "沿河", "卫河大堤两侧坟墓18冢", 18, 0, 0, "2024年10月31日", "未启动"),
    ("南乐县元村镇人民政府", "沿村", "元村集村庄周边“活人墓”3冢", 0, 0, 3, "2024年7月20日", "已平毁"),
    ("南乐县张果屯镇人民政府", "文物保护区", "仓颉陵文物保护范围内坟墓9冢", 9, 0, 0, "2024年12月31日", ""),
    (
        "南乐县福堪镇人民政府",
        "沿路",
        "S101省道两侧可视范围内坟墓22冢",
        0,
        22,
        0,
        "2024年11月30日",
        "已栽植遮挡树木16冢，正在补植",
    ),
    (
        "南乐县杨村乡人民政府",
        "集中住宅区",
        "杨村乡集镇规划区内坟墓6冢",
        6,
        0,
        0,
        "2024年8月15日",
        "已搬迁完毕",
    ),
]


def write_tasks_book(path: Path) -> Path:
    b = Book(path, author="县殡改办")
    ws = b.sheet("任务分解表")
    b.widths(ws, [6, 24, 12, 34, 9, 9, 9, 11, 15, 24])
    b.line(ws, 0, "南乐县饮用水源地及“三沿五区”坟墓整治任务分解及进度表", 9, b.title)
    b.line(ws, 1, "报送单位：南乐县坟墓整治工作领导小组办公室（县民政局）    截至日期：2024年7月26日", 9)
    for c, word in enumerate(["序号", "责任单位", "整治类别", "坟墓位置及数量"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整治方式", b.head)
    b.header(ws, 3, ["搬迁（冢）", "植树遮挡（冢）", "平毁（冢）"], first=4)
    for c, word in [(7, "坟墓总数（冢）"), (8, "完成时限"), (9, "完成进度")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, (unit, kind, where, move, trees, flat, due, progress) in enumerate(TASK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, kind, where], first=1)
        for c, v in [(4, move), (5, trees), (6, flat), (7, move + trees + flat)]:
            b.put(ws, r, c, v if v else "", b.center)
        b.row(ws, r, [due, progress], first=8)
    end = 4 + len(TASK_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    for c, v in [
        (4, sum(t[3] for t in TASK_ROWS)),
        (5, sum(t[4] for t in TASK_ROWS)),
        (6, sum(t[5] for t in TASK_ROWS)),
        (7, sum(t[3] + t[4] + t[5] for t in TASK_ROWS)),
    ]:
        b.put(ws, end, c, v, b.center)
    b.merge(ws, end, 8, end, 9, "")
    b.line(
        ws,
        end + 1,
        "说明：1.植树遮挡须达到“见树不见墓”；2.“活人墓”一律平毁；3.各乡镇于每周五下午16:00前报送完成进度。",
        9,
    )
    b.line(ws, end + 2, "填报人：魏振林    联系电话：0393-6861027", 9)
    return b.close()


def write_tasks(path: Path) -> Path:
    return via_soffice(write_tasks_book, path, "xls", "坟墓整治任务分解及进度表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 殡葬领域专项整治督导检查反馈问题整改, after a county's account of the city 民政局's 督导 (联合市发展改革局、市公安局、
# 市自然资源局、市卫生健康局、市市场监管局、市林业局等部门; 实地检查镇生态人文纪念园和县殡仪馆; 听取介绍、查阅资料、
# 实地查看、召开座谈会; 安全生产、服务项目收费标准、惠民政策落实和办理流程):
# http://www.fogang.gov.cn/zwgk/zdlyxx/mzxx/zzgl/content/post_1781848.html
# A .doc (Word 97 via LibreOffice): title, 主送 line, a preamble naming the city 督导组 and the departments with it
# (inspectors), a table with 检查点位 beside the 责任单位, the county 民政局 and the date at the foot.
SUPERVISION_ROWS = [
    (
        "县殡仪馆",
        "火化车间安全操作规程未上墙，2名火化设备操作人员无上岗证",
        "范县殡仪馆",
        "规程上墙，组织操作人员参加培训取证",
        "2024年7月20日",
        "已上墙公示，2名操作人员已取得上岗证",
    ),
    (
        "县殡仪馆",
        "服务项目收费标准公示内容与价格主管部门核定标准不一致",
        "范县殡仪馆",
        "按核定标准重新公示",
        "2024年7月15日",
        "已按核定标准重新公示",
    ),
    (
        "县殡仪馆",
        "惠民殡葬政策减免对象登记台账不完整",
        "范县殡仪馆",
        "逐月核对，补齐减免对象登记",
        "2024年8月31日",
        "正在逐月核对补登",
    ),
    (
        "陈庄镇生态纪念园",
        "纪念园二期墓区建设进度滞后",
        "范县陈庄镇人民政府",
        "倒排工期，加快二期建设",
        "2024年12月31日",
        "已完成二期主体工程施工招标",
    ),
    (
        "陈庄镇生态纪念园",
        "园区未配备消防器材，祭扫焚烧区无防火隔离",
        "范县陈庄镇人民政府",
        "配齐灭火器材，设置防火隔离带",
        "2024年7月31日",
        "未整改",
    ),
    (
        "陈庄镇生态纪念园",
        "安葬登记未核验火化证明",
        "范县陈庄镇人民政府",
        "安葬前逐一核验火化证明",
        "长期坚持",
        "已建立核验制度，长期坚持",
    ),
    (
        "全县",
        "殡葬执法监管检查记录不全，执法文书不规范",
        "范县民政局",
        "规范执法文书，建立检查记录台账",
        "2024年9月30日",
        "",
    ),
]


def write_supervision_docx(path: Path) -> Path:
    doc = _new_document("范县民政局")
    _title(doc, "范县民政局关于市殡葬领域专项整治督导检查反馈问题整改情况的报告", 18)
    _paragraph(doc, "市民政局：")
    _paragraph(
        doc,
        "2024年7月3日，市民政局督导组联合市发展和改革委员会、市公安局、市自然资源和规划局、市卫生健康委员会、"
        "市市场监督管理局等部门，通过听取介绍、查阅资料、实地查看、召开座谈会等形式，对我县陈庄镇生态纪念园和"
        "县殡仪馆开展殡葬领域专项整治督导检查，反馈问题7个。我局立即组织相关单位逐项整改，现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SUPERVISION_ROWS, 1)]
    _table(doc, ["序号", "检查点位", "反馈问题", "责任单位", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "下一步，我局将持续跟踪督办，确保反馈问题全部整改到位。")
    _paragraph(doc, "范县民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervision(path: Path) -> Path:
    return via_soffice(write_supervision_docx, path, "doc", "殡葬领域专项整治督导检查反馈问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 殡葬代理服务机构联合检查问题整改, after a city 民政局's 打击整治殡葬代理服务单位非法违法活动专项行动 (联合市场监管部门
# 对投诉举报集中的殡葬代理服务机构开展联合实地检查; 在合同使用、内部管理、骨灰存放、丧葬用品、广告宣传、明码标价等方面
# 存在问题; 均已进行行政约谈并责令限期整改):
# https://topnews9.com/yxjy/202212/940166.html
# An .xlsx: title, 检查单位/检查时间 line, one header row with 问题类别 in the six categories of the source and a 处理措施
# column (行政约谈、责令限期整改), a 合计 row and a 填表人 line.
AGENCY_ROWS = [
    (
        "濮阳市华龙区福安殡葬服务部",
        "合同使用",
        "未使用殡葬服务合同示范文本，服务内容约定不清",
        "行政约谈，责令限期整改",
        "2024年7月31日",
        "已改用示范合同文本",
    ),
    (
        "濮阳市华龙区福安殡葬服务部",
        "明码标价",
        "寿衣、骨灰盒等丧葬用品未明码标价",
        "责令限期整改",
        "2024年7月20日",
        "已整改",
    ),
    (
        "濮阳市仁和殡仪服务有限公司",
        "骨灰存放",
        "在经营场所内违规存放骨灰8盒",
        "行政约谈，责令限期清理",
        "2024年7月12日",
        "正在联系逝者家属转存殡仪馆",
    ),
    (
        "濮阳市仁和殡仪服务有限公司",
        "广告宣传",
        "在市油田总医院周边张贴殡葬服务小广告",
        "责令限期清理",
        "2024年7月18日",
        "",
    ),
    (
        "濮阳市华龙区孝安白事服务站",
        "内部管理",
        "未建立服务台账，从业人员未经岗前培训",
        "行政约谈，责令限期整改",
        "2024年8月15日",
        "未整改",
    ),
    (
        "濮阳市华龙区孝安白事服务站",
        "丧葬用品",
        "销售纸扎“豪车”“别墅”等封建迷信丧葬用品",
        "责令立即下架",
        "2024年7月10日",
        "已全部下架销毁",
    ),
    (
        "濮阳市华龙区慈孝殡葬礼仪服务中心",
        "合同使用",
        "收费项目未在合同中逐项列明，存在捆绑收费",
        "行政约谈，责令退还多收费用",
        "2024年8月31日",
        "已退还多收费用1200元，正在修订合同",
    ),
]


def write_agency(path: Path) -> Path:
    b = Book(path, author="区民政局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 10, 38, 24, 14, 30])
    b.line(ws, 0, "殡葬代理服务机构联合实地检查发现问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市华龙区民政局、濮阳市华龙区市场监督管理局    检查时间：2024年6月24日至7月5日",
        6,
    )
    b.header(ws, 2, ["序号", "殡葬代理服务机构", "问题类别", "存在问题", "处理措施", "整改期限", "整改结果"])
    for i, row in enumerate(AGENCY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AGENCY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "联合检查殡葬代理服务机构9家，4家存在问题，发现问题7个，行政约谈4家")
    b.line(ws, end + 2, "填表人：胡晓燕    联系电话：0393-4826617    填表日期：2024年7月25日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 违法违规私建硬化大墓、活人墓等突出问题专项摸排, after a township's 开展违法违规私建“住宅式”墓地等突出问题专项摸排
# 工作的实施方案 (公墓和农村公益性墓地以外违法违规私建的“住宅式”骨灰安放建筑, 硬化大墓、活人墓及建立或恢复的宗族墓地;
# 乱占耕地林地; 大墓认定：埋葬遗体单人墓占地不超过4平方米、双人合葬墓占地不超过6平方米):
# http://www.zijin.gov.cn/zfxxgkml/zczrmzf/gzwj/content/mpost_236932.html
# An .xlsx: title, 填报单位 line (the township answers for every row), one header row with 所在村 (a place), 墓地类型,
# 占地面积 and 占地类型 beside the problem, a 包村干部 column, a 注 line with the 大墓 standard and a signature line.
SURVEY_ROWS = [
    (
        "侯庙村",
        "硬化大墓",
        "村西南耕地内私建硬化大墓1座，墓围硬化占地约48平方米",
        48,
        "耕地",
        "拆除硬化物，缩小至标准面积",
        "赵永刚",
        "2024年8月31日",
        "已拆除硬化墓围，正在缩小占地面积",
    ),
    (
        "刘集村",
        "活人墓",
        "村东林地内修建活人墓1座",
        16,
        "林地",
        "依法平毁并复绿",
        "赵永刚",
        "2024年7月15日",
        "已平毁并复绿",
    ),
    (
        "郭屯村",
        "宗族墓地",
        "恢复郭氏家族墓地，新立墓碑7座",
        120,
        "耕地",
        "拆除新立墓碑，恢复原貌",
        "高立新",
        "2024年9月30日",
        "未整改",
    ),
    (
        "吕庄村",
        "住宅式骨灰安放建筑",
        "村北私建“家族骨灰堂”1处，建筑面积约60平方米",
        60,
        "建设用地",
        "依法拆除，骨灰迁入公益性公墓",
        "高立新",
        "2024年10月31日",
        "",
    ),
    (
        "张堤村",
        "硬化大墓",
        "金堤河滩区内双人合葬墓硬化占地约22平方米",
        22,
        "耕地",
        "拆除硬化物，缩小至6平方米以内",
        "孙永福",
        "2024年7月20日",
        "已整改",
    ),
    (
        "刘楼村",
        "活人墓",
        "村民预修空墓穴2个",
        12,
        "耕地",
        "墓主自行平毁",
        "孙永福",
        "2024年7月31日",
        "墓主已签订承诺书，正在自行平毁",
    ),
    (
        "八里庙村",
        "硬化大墓",
        "占用永久基本农田建墓，占地约35平方米",
        35,
        "永久基本农田",
        "移交自然资源部门依法查处",
        "孙永福",
        "2024年8月15日",
        "已移交台前县自然资源局立案",
    ),
]


def write_survey(path: Path) -> Path:
    b = Book(path, author="民政所")
    ws = b.sheet("摸排台账")
    b.widths(ws, [6, 10, 16, 40, 12, 12, 26, 10, 14, 28])
    b.line(ws, 0, "侯庙镇违法违规私建硬化大墓、活人墓等突出问题专项摸排台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：台前县侯庙镇人民政府（盖章）    摸排时间：2024年6月—7月    填报日期：2024年7月28日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "所在村",
            "墓地类型",
            "存在问题",
            "占地面积（㎡）",
            "占地类型",
            "处置措施",
            "包村干部",
            "完成时限",
            "处置进展",
        ],
    )
    for i, row in enumerate(SURVEY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SURVEY_ROWS)
    b.line(
        ws,
        end + 1,
        "注：大墓认定标准为埋葬遗体单人墓占地超过4平方米、双人合葬墓占地超过6平方米；住宅式骨灰安放建筑指公墓和"
        "农村公益性墓地以外私建的骨灰堂（室）。",
        9,
    )
    b.line(ws, end + 2, "分管领导：吴建华    填表人：徐丽    联系电话：0393-2261438", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. A .zip of two returns from the 中元节 checks.
# (a) 殡葬领域联合专项检查发现问题清单, after a city 民政局's joint check with 发改委 and 市场监督管理局 (对殡仪馆以及部分
# 殡葬用品销售门店进行检查; 未明码标价、无照经营、捆绑销售、超范围经营、销售封建迷信祭祀用品; 发现未明码标价、模糊标价、
# 违规悬挂广告牌匾等7个问题，已现场责令从业门店立行立改):
# http://mzj.baotou.gov.cn/ywdt/mzdt/202508/t20250823_303541.html
# An .xlsx: title, 检查组/检查日期 line (the date 立行立改 means), one header row with a 处理方式 column, a 填表人 line.
# (b) 殡葬领域“双随机、一公开”跨部门联合抽查问题交办, after a district 民政局's 跨部门综合执法检查 (联合市场监督管理局、
# 财政局、发改局; 全区公墓、殡葬用品店、遗体接运车辆; 经营资格、服务收费项目和公示情况、执行政府定价; 检查后将问题现场
# 交办，并限期整改到位):
# http://hnzkpm.com/mzj/xqdt/202409/893f38f8c41444cc9c0d1f64085a5e7a.shtml
# A .docx: title, 抽查组/抽查日期 paragraph, a table with 抽查对象 and 检查事项 beside the 整改责任单位, a 填表人 line.
SHOP_ROWS = [
    (
        "濮阳县城关镇福寿殡葬用品店",
        "寿衣、花圈等丧葬用品未明码标价",
        "责令改正",
        "立行立改",
        "已现场整改",
    ),
    ("濮阳县城关镇永兴寿衣店", "骨灰盒只标“起价”，模糊标价", "责令改正", "立行立改", "已整改"),
    ("濮阳县殡仪馆", "业务大厅违规悬挂经营性公墓销售广告牌匾", "责令拆除", "2024年7月20日", "已拆除"),
    (
        "濮阳县柳屯镇天福殡葬用品店",
        "未取得营业执照从事殡葬用品经营",
        "移交县市场监督管理局",
        "2024年7月31日",
        "已移交",
    ),
    ("濮阳县殡仪馆", "骨灰盒与告别厅服务捆绑销售", "责令整改", "2024年8月15日", ""),
    ("濮阳县文留镇吉祥祭祀用品店", "销售冥币等封建迷信祭祀用品", "责令下架", "立行立改", "未整改"),
]
RANDOM_ROWS = [
    (
        "王助镇公益性公墓",
        "服务收费项目公示",
        "收费项目和标准未公示",
        "清丰县王助镇人民政府",
        "2024年7月25日",
        "已在公墓入口公示",
    ),
    (
        "仙庄镇公益性公墓",
        "执行政府定价",
        "墓穴管理费超过政府定价收取",
        "清丰县仙庄镇人民政府",
        "2024年8月10日",
        "已清退多收费用，正在建立收费台账",
    ),
    (
        "遗体接运车辆（豫J·M3215）",
        "车辆管理",
        "遗体接运车辆消毒记录缺失",
        "清丰县殡仪馆",
        "2024年7月20日",
        "已补建车辆消毒登记制度",
    ),
    (
        "瑞祥殡葬用品店",
        "经营资格",
        "营业执照未悬挂于经营场所醒目位置",
        "清丰县瑞祥殡葬用品店",
        "2024年7月22日",
        "未整改",
    ),
    (
        "个体殡仪服务车（豫J·K6078）",
        "经营资格",
        "使用未经批准的改装车辆接运遗体",
        "清丰县民政局",
        "2024年8月31日",
        "",
    ),
]


def write_shop_book(path: Path) -> Path:
    b = Book(path, author="社会事务股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 38, 22, 14, 20])
    b.line(ws, 0, "殡葬领域联合专项检查发现问题清单", 5, b.title)
    b.line(
        ws,
        1,
        "检查组：濮阳县民政局、濮阳县发展和改革委员会、濮阳县市场监督管理局    检查日期：2024年7月16日",
        5,
    )
    b.header(ws, 2, ["序号", "检查对象", "发现问题", "处理方式", "整改时限", "整改结果"])
    for i, row in enumerate(SHOP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(SHOP_ROWS), "填表人：梁会芳    联系电话：0393-3231190    填报日期：2024年7月29日", 5)
    return b.close()


def write_random_docx(path: Path) -> Path:
    doc = _new_document("清丰县民政局")
    _title(doc, "殡葬领域“双随机、一公开”跨部门联合抽查问题交办及整改情况", 18)
    _paragraph(
        doc,
        "抽查组：清丰县民政局、清丰县市场监督管理局、清丰县财政局、清丰县发展和改革委员会    抽查日期：2024年7月10日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(RANDOM_ROWS, 1)]
    _table(doc, ["序号", "抽查对象", "检查事项", "发现问题", "整改责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：侯振宇    联系电话：0393-7222364    填报日期：2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_checks(path: Path) -> Path:
    members = [
        ("殡葬领域联合专项检查发现问题清单（濮阳县民政局）.xlsx", write_shop_book),
        ("殡葬领域双随机一公开联合抽查问题整改情况（清丰县民政局）.docx", write_random_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年经营性公墓双随机一公开检查问题整改台账.xlsx", write_cemetery),
    ("濮阳县公墓随机抽查情况及问题整改表.xls", write_sample),
    ("关于市委殡葬领域专项巡察集中整改进展情况的通报（清丰县）.docx", write_patrol),
    ("殡葬领域专项巡察反馈问题整改台账（市民政局）.xlsx", write_ledger),
    ("庆祖镇散埋乱葬专项治理工作台账.csv", write_graves),
    ("南乐县三沿五区坟墓整治任务分解及进度表.et", write_tasks),
    ("范县殡葬领域专项整治督导检查反馈问题整改情况.doc", write_supervision),
    ("殡葬代理服务机构联合检查问题整改清单.xlsx", write_agency),
    ("侯庙镇私建硬化大墓活人墓专项摸排台账.xlsx", write_survey),
    ("中元节前殡葬领域检查问题整改（两份）.zip", write_checks),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

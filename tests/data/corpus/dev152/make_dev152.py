"""Write the dev152 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 农业农村、水利、自然资源与耕地保护、林业防火督查问题整改 (森林防火督导, 农业农村局巡察整改, 村级林长巡林,
耕地流出图斑, 水利工程运行管理“一县一单”, 撂荒地整治, 森林督查图斑, 秸秆禁烧督查, 水资源管理监督检查, 汛期隐患自查),
with village and town self-check ledgers and county/city department summaries.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .wps and .ods (LibreOffice conversions of an .xlsx,
a .docx and an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside264.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 森林防火督导发现问题整改台账, after a city 森林防火指挥部 督查组's 森林防火督导情况报告 (明察暗访到县督查; 基本情况
# in six aspects: 责任落实、火源管控、队伍建设、应急处置、设施设备、宣传教育; 未签订森林防火责任书、无生产性用火审批、
# 林木经营单位未配备护林员、应急处置办法未修订、扑火器材未检修更新、宣传教育):
# https://jccpaint.com/shiyongfanwen3/22274.html
# An .xlsx: title, 督导组/督导时间/反馈时间 line, 填报单位 line, one header row, the six 督导方面 as a first column merged
# down over their rows, 责任单位 written as the county's clerk writes them (陆集乡, 县国有林场, 县应急管理局, 陈庄镇政府),
# deadlines as 立行立改 (the 注 names the 反馈 date), dates, 月底前 and 长期坚持, a 注 line and a signature line.
FIRE_GROUPS = [
    (
        "责任落实",
        [
            (
                "陆集乡与黄河滩区8个村未签订2024年度森林防火责任书，乡村两级干部防火职责不明确",
                "陆集乡",
                "补签责任书，明确包村干部防火责任并归档",
                "立行立改",
                "已完成补签，资料已归档",
            ),
            (
                "县森防指成员单位职责分工未随机构改革及时调整，部分单位职责交叉",
                "县应急管理局",
                "修订县森林防火指挥部工作规则，重新明确成员单位职责",
                "2024年12月底前",
                "已起草调整方案，待县政府常务会研究",
            ),
        ],
    ),
    (
        "火源管控",
        [
            (
                "黄河湿地林区入口未设置防火检查卡点，进入林区人员和车辆未登记",
                "辛庄镇",
                "在主要入口设置临时检查卡点，落实进山入林登记",
                "2024年7月31日",
                "已在2处入口设卡，登记制度正在完善",
            ),
            (
                "林区周边坟地未登记造册，祭祀用火管控措施不落实",
                "张庄乡人民政府",
                "对林区周边坟地登记造册，落实“一坟一责任人”",
                "2024年8月15日",
                "",
            ),
        ],
    ),
    (
        "队伍建设",
        [
            (
                "国有林场未按要求配备专职护林员，现有护林员年龄普遍偏大",
                "县国有林场",
                "申请公益性岗位，补充专职护林员",
                "9月底前",
                "已向县人社局申请公益性岗位，尚未批复",
            ),
        ],
    ),
    (
        "应急处置",
        [
            (
                "乡级森林火灾应急处置预案未修订，仍为2019年版本",
                "颜村铺乡",
                "修订应急处置预案并组织一次扑火演练",
                "8月底前",
                "未启动",
            ),
        ],
    ),
    (
        "设施设备",
        [
            (
                "扑火机具未定期检修，3台风力灭火机无法正常启动",
                "陈庄镇政府",
                "送专业机构检修，建立机具检修台账",
                "2024年7月20日",
                "已送修并完成试机，检修台账已建立",
            ),
        ],
    ),
    (
        "宣传教育",
        [
            (
                "林区防火宣传标牌损毁褪色，防火通告张贴覆盖不到位",
                "县自然资源局",
                "更换损毁标牌，常态化开展防火宣传",
                "长期坚持",
                "常态化开展",
            ),
        ],
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="县森防办")
    ws = b.sheet("督导问题整改台账")
    b.widths(ws, [6, 10, 44, 14, 34, 16, 30])
    b.line(ws, 0, "范县森林防火工作督导发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "督导组：市森林防火指挥部第二督导组    督导时间：2024年7月9日—10日    反馈时间：2024年7月10日",
        6,
    )
    b.line(ws, 2, "填报单位：范县森林防火指挥部办公室    填报日期：2024年7月29日", 6)
    b.header(ws, 3, ["序号", "督导方面", "存在问题", "责任单位", "整改措施", "整改时限", "整改情况"])
    r, n = 4, 0
    for aspect, rows in FIRE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, aspect, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：整改时限为“立行立改”的，以督导组反馈之日为准；整改情况由各责任单位填报。", 6)
    b.line(ws, r + 1, "填表人：刘晓燕    审核人：王志强    联系电话：0393-5268107", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农业农村局党组落实巡察反馈意见整改情况的报告, after a county 农业农村局党组's report on the 县委巡察组's feedback
# (巡察时间和反馈时间; 一、党组及主要负责人组织整改落实情况; 二、巡察反馈意见整改落实情况, each problem as
# "1.关于“……”的问题" followed by 整改情况; 建立台账、明确责任、设定时间表及逐项销号管理):
# https://yanjin.gov.cn/index.php/newsinfo/21904.html
# A .docx whose items are numbered paragraphs: each problem heading, then 整改措施 / 责任科室 / 整改时限 / 整改情况
# lines (the bureau's own 科室 only), deadlines as dates, 月底前, 立行立改 (counted from the 反馈 date the preamble
# gives), 第三季度 and 长期坚持; an organising section before and a 下一步 section after, the 党组 and date at the foot.
PATROL_ITEMS = [
    (
        "高标准农田建设项目后期管护责任落实不到位",
        "督促各县区逐项目明确管护主体，建立高标准农田设施管护台账，将管护情况纳入年度考核",
        "农田建设管理科",
        "2024年9月底前",
        "正在推进。已督促5个县（区）建立管护台账，华龙区、范县管护主体尚未全部明确。",
    ),
    (
        "农机购置补贴资金兑付不及时",
        "对2023年度已办理补贴申请的机具逐台核验，加快资金兑付",
        "农业机械化管理科",
        "2024年6月30日前",
        "已完成。2023年度农机购置补贴资金已于6月25日全部兑付到位。",
    ),
    (
        "动物防疫物资出入库登记不规范",
        "规范疫苗等防疫物资出入库登记，实行专人管理、月度盘点",
        "畜牧兽医科",
        "立行立改",
        "已完成。已修订防疫物资管理制度，补登出入库记录。",
    ),
    (
        "农村集体“三资”监管平台数据更新滞后",
        "督促各乡镇按月更新平台数据，开展季度抽查",
        "农村合作经济指导科",
        "长期坚持",
        "长期坚持，按季度通报各县区数据更新情况。",
    ),
    (
        "耕地地力保护补贴发放面积核实不严",
        "会同财政部门对补贴面积开展比对核查，清退冒领资金",
        "种植业管理科",
        "2024年12月底前",
        "受省级补贴系统升级影响，该项整改尚未启动。",
    ),
    (
        "局属事业单位公务用车使用登记不规范",
        "统一公务用车使用登记表，实行一车一档",
        "办公室",
        "2024年7月15日前",
        "已完成。7月10日印发《公务用车管理办法》，登记台账已规范。",
    ),
    (
        "农产品质量安全监督抽检覆盖面不足",
        "扩大监督抽检范围，将家庭农场和小农户纳入抽检",
        "农产品质量安全监管科",
        "2024年第三季度",
        "已制定年度抽检计划，已完成计划抽检批次的60%。",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("市农业农村局")
    _title(doc, "中共濮阳市农业农村局党组关于落实市委巡察反馈意见整改进展情况的报告", 20)
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月18日至5月10日，市委第三巡察组对我局党组进行了巡察。5月28日，巡察组向我局"
        "党组反馈了巡察意见。对能够立行立改的问题，自反馈之日起立即整改。根据有关规定和要求，现将巡察整改进展"
        "情况报告如下：",
    )
    _paragraph(doc, "一、党组及主要负责人组织整改落实情况", font="黑体")
    _paragraph(
        doc,
        "局党组把巡察整改作为重大政治任务，召开专题会议研究部署，制定整改实施方案，逐项明确责任领导、责任科室"
        "和整改时限，建立整改台账，实行逐项销号管理。",
    )
    _paragraph(doc, "二、巡察反馈意见整改落实情况", font="黑体")
    for n, (problem, measure, section, limit, progress) in enumerate(PATROL_ITEMS, 1):
        _paragraph(doc, f"{n}.关于“{problem}”的问题", font="楷体_GB2312")
        _paragraph(doc, f"整改措施：{measure}。")
        _paragraph(doc, f"责任科室：{section}")
        _paragraph(doc, f"整改时限：{limit}")
        _paragraph(doc, f"整改情况：{progress}")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对尚未完成的整改任务，局党组将持续跟踪督办，坚持目标不变、标准不降、力度不减，确保按期整改到位。",
    )
    _paragraph(doc, "联系人：孙国栋    联系电话：0393-4412683")
    _paragraph(doc, "中共濮阳市农业农村局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 村级林长巡林工作日志（问题台账）, after a township's account of its 乡、村两级林长巡林 (林长、护林员和执法人员成立巡查
# 工作小组, 实地查看乡村绿化、造林抚育、森林防火、林业有害生物防治、环境卫生; 详细记录发现的问题, 规定整改完成时限,
# 形成巡林工作日志):
# https://hhdj7.com/c650/14106799.html
# An .xls (xlwt) from one village: title, 填报单位/村级林长/统计时段 line, a 注 saying the 时限 count from the 巡林日期,
# one header row with 巡林日期 and 问题类别, 整改完成时限 as N日内 / 立即整改 / dates / 长期坚持, a short 整改结果 column,
# a signature line.
VILLAGE_ROWS = [
    (
        "2024.7.2",
        "郭振华、郭长顺（护林员）",
        "村北林网",
        "村北林网杨树舟蛾虫口密度高，部分林带叶片被啃食",
        "林业有害生物防治",
        "联系镇林业站统防统治",
        "7日内",
        "已喷药防治，复查虫口明显下降",
    ),
    (
        "2024.7.5",
        "郭振华、郭长顺（护林员）",
        "前郭至后郭道路两侧",
        "道路两侧新植苗木缺株断行约60株",
        "乡村绿化",
        "秋季组织补植",
        "10月底前",
        "补植苗木已预订",
    ),
    (
        "2024.7.9",
        "郭振华、王德胜（村委委员）",
        "村东沟渠林带",
        "林带内堆放玉米秸秆约5处，存在火灾隐患",
        "森林防火",
        "清理林下可燃物",
        "立即整改",
        "已清理",
    ),
    (
        "2024.7.12",
        "郭长顺（护林员）",
        "村南苗圃",
        "幼林地杂草丛生，未按期开展抚育",
        "造林抚育",
        "组织人员割草抚育",
        "15日内",
        "",
    ),
    (
        "2024.7.16",
        "郭振华、郭长顺（护林员）",
        "村西坑塘边林地",
        "林地边缘倾倒建筑垃圾和生活垃圾",
        "环境卫生",
        "清运垃圾，设立禁倒警示牌",
        "2024.7.20",
        "未清理",
    ),
    (
        "2024.7.22",
        "郭振华、王德胜（村委委员）",
        "村北林网",
        "1户村民在林带内私自砍伐杨树3棵",
        "林木管护",
        "报镇林业站依法处理，督促补植",
        "7日内",
        "已报镇林业站，正在调查处理",
    ),
    (
        "2024.7.26",
        "郭振华",
        "全村林地",
        "护林员巡护记录填写不全，部分日期漏记",
        "森林防火",
        "规范填写巡护日志，村林长每周检查",
        "长期坚持",
        "长期坚持",
    ),
]


def write_village(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "马庄桥镇前郭村林长巡林工作日志（问题台账）", title, 0, 8),
        (
            1,
            0,
            "填报单位：清丰县马庄桥镇前郭村村民委员会    村级林长：郭振华    统计时段：2024年7月1日—7月29日",
            plain,
            1,
            8,
        ),
        (2, 0, "注：整改完成时限自巡林发现问题之日起计算，“立即整改”的当日完成。", plain, 2, 8),
    ]
    words = [
        "序号",
        "巡林日期",
        "巡林人员",
        "巡查地块",
        "发现问题",
        "问题类别",
        "整改措施",
        "整改完成时限",
        "整改结果",
    ]
    cells += [(3, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(VILLAGE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (1, 7) else cell))
    end = 4 + len(VILLAGE_ROWS)
    cells.append((end, 0, "巡林林长（签字）：            记录人：郭丽    2024年7月29日", plain, end, 8))
    return _write_xls(path, [("巡林日志", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 耕地流出问题图斑排查整改台账, after a 耕地流出问题排查整改方案 (逐图斑逐地块排查耕地“非农化”“非粮化”流出问题;
# 耕地流向林地、园地、设施农业等其他农用地的分类排查核实; 不合理的流出问题限时整改; 整改不到位的按实地现状纳入变更
# 并单独标识继续整改; 符合要求无需整改的逐地块举证):
# http://www.multibytes.cn/fanwendaquan/zhenggaibaogao/156971.html
# An .et (an .xlsx converted to Excel 97 by LibreOffice, as WPS 表格 names it): title, 填报单位/截至/面积单位 line,
# a two-row header (流出情况 over 原地类/现状地类), 责任乡镇 as the bare town name, 整改方式, a 整改进展 column and a
# 销号情况 column (a closure verdict beside a status), a 合计 row, a 说明 line naming the 立行立改 base date, signature.
PLOT_ROWS = [
    (
        "渠村乡",
        "410928-2023-0012",
        3.26,
        "水浇地",
        "果园",
        "耕地流向园地，新栽植桃树约3.2亩",
        "限时整改（恢复耕地）",
        "2024年6月底前",
        "已清除果树并复耕种植玉米",
        "已销号",
    ),
    (
        "习城乡",
        "410928-2023-0027",
        5.80,
        "水浇地",
        "乔木林地",
        "耕地流向林地，承包户种植速生杨",
        "限时整改（恢复耕地）",
        "2024年8月31日",
        "已与承包户签订退林还耕协议，待秋收后伐除",
        "",
    ),
    (
        "海通乡",
        "410928-2023-0035",
        1.45,
        "水浇地",
        "设施农用地",
        "以设施农业名义在耕地上建设看护房和硬化晒场",
        "限时整改（拆除硬化）",
        "2024年7月15日",
        "整改不到位，已按现状纳入变更并单独标识，继续整改",
        "",
    ),
    (
        "庆祖镇",
        "410928-2023-0041",
        2.10,
        "旱地",
        "坑塘水面",
        "耕地挖塘养鱼",
        "限时整改（回填复耕）",
        "9月底前",
        "",
        "",
    ),
    (
        "胡状镇",
        "410928-2023-0053",
        0.86,
        "水浇地",
        "其他草地",
        "耕地撂荒长期未耕种，已长满杂草",
        "立行立改（复耕复种）",
        "立行立改",
        "已复耕种植大豆",
        "已销号",
    ),
    (
        "王称堌镇",
        "410928-2023-0066",
        4.32,
        "水浇地",
        "苗圃",
        "耕地种植绿化苗木",
        "限时整改（恢复耕地）",
        "年底前",
        "苗木正在分批出圃",
        "",
    ),
    (
        "梁庄镇",
        "410928-2023-0072",
        1.18,
        "水浇地",
        "沟渠",
        "新开挖排水沟渠占用耕地，未办理相关手续",
        "限时整改（回填复耕）",
        "2024年7月20日",
        "基本完成",
        "已销号（7月22日验收）",
    ),
    (
        "户部寨镇",
        "410928-2023-0080",
        2.65,
        "水浇地",
        "设施农用地",
        "在耕地上建设畜禽养殖圈舍",
        "限时整改（拆除复垦）",
        "2024年8月15日",
        "已拆除圈舍，正在复垦",
        "",
    ),
]


def write_plots_book(path: Path) -> Path:
    b = Book(path, author="耕保股")
    ws = b.sheet("耕地流出图斑")
    b.widths(ws, [6, 10, 18, 10, 10, 12, 34, 18, 14, 30, 16])
    b.line(ws, 0, "濮阳县2023年度耕地流出问题图斑排查整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县自然资源局（耕地保护股）    截至：2024年7月25日    面积单位：亩", 10)
    for c, word in enumerate(["序号", "责任乡镇", "图斑编号", "图斑面积"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "流出情况", b.head)
    b.header(ws, 3, ["原地类", "现状地类"], first=4)
    for c, word in enumerate(["问题描述", "整改方式", "整改时限", "整改进展", "销号情况"], 6):
        b.merge(ws, 2, c, 3, c, word, b.head)
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    for i, row in enumerate(PLOT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:2]), first=1)
        b.put(ws, r, 3, row[2], money)
        b.row(ws, r, list(row[3:]), first=4)
    end = 4 + len(PLOT_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, f"{len(PLOT_ROWS)}宗", b.center)
    b.put(ws, end, 3, round(sum(row[2] for row in PLOT_ROWS), 2), money)
    for c in range(4, 11):
        b.put(ws, end, c, "")
    b.line(
        ws,
        end + 1,
        "说明：整改时限为“立行立改”的，以县自然资源局排查交办之日（2024年6月3日）为准；已销号图斑经乡镇自验、"
        "县级复核。",
        10,
    )
    b.line(ws, end + 2, "填表人：韩雪    审核人：杜建军    联系电话：0393-3221574", 10)
    return b.close()


def write_plots(path: Path) -> Path:
    return via_soffice(write_plots_book, path, "xls", "耕地流出问题图斑排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 水利工程运行管理问题“一县一单”整改情况汇总表, after a province's 水利工程运行管理问题集中整治专项行动 (突出小型
# 水库问题排查和整改; “三个责任人”“三个重点环节”、安全鉴定、工程划界; 汛前完成调度方案和应急方案演练; 9月底前维修
# 养护全部完成; 4路督查组“四不两直”; 发现的问题以“一市一单”方式督办落实，通过查、认、改、罚等形式加大问责):
# https://pranatta.com/newscenter/df/hlj/202004/t20200424_748963.html
# A CSV in GBK from the city 水利局: title line, 填报单位/截至 line, one header line with 县（区）, 工程名称/类别 and
# 问题定性 beside an explicit 责任单位 (county bureaus, the city water company under its alias 市水务公司, the bureau
# itself), 整改时限 as 立行立改 (the 注 names the 督办单 date), dates, 月底前, 第三季度, 长期坚持, a 整改进展 and a
# 销号情况 column, a 合计 line, a 注 line and a signature line.
WATER_ROWS = [
    (
        "濮阳县",
        "渠村引黄闸",
        "水闸",
        "水闸安全运行“三个责任人”未在工程现场公示",
        "一般",
        "濮阳县水利局",
        "制作公示牌并在闸房醒目位置公示",
        "立行立改",
        "已公示",
        "已销号",
    ),
    (
        "清丰县",
        "马颊河清丰段堤防",
        "堤防",
        "堤防工程管理范围未完成划界确权",
        "较重",
        "清丰县水利局",
        "完成划界测量并报县政府批复公告",
        "2024年12月31日前",
        "已完成外业测量，正在报批",
        "",
    ),
    (
        "南乐县",
        "卫河南乐段堤防",
        "堤防",
        "险工段护坡块石塌陷约30米未修复",
        "严重",
        "南乐县水利局",
        "纳入年度维修养护项目修复",
        "9月底前",
        "已完成招标，施工单位计划8月进场",
        "",
    ),
    (
        "范县",
        "彭楼引黄灌区渠首泵站",
        "泵站",
        "泵站未编制汛期调度运用方案，未开展应急演练",
        "一般",
        "范县水利局",
        "编制调度运用方案并组织演练",
        "6月底前",
        "未编制",
        "",
    ),
    (
        "台前县",
        "影唐引黄闸",
        "水闸",
        "闸门启闭机钢丝绳锈蚀，未按规定涂油保养",
        "一般",
        "台前县水利局",
        "除锈涂油，建立保养记录",
        "2024年7月10日",
        "已完成保养",
        "",
    ),
    (
        "华龙区",
        "马颊河华龙区段排涝泵站",
        "泵站",
        "排涝泵站未配备备用电源",
        "较重",
        "华龙区农业农村局",
        "配备移动式发电机组",
        "第三季度",
        "",
        "",
    ),
    (
        "市直",
        "引黄调节水库",
        "水库",
        "水库大坝安全监测设施损坏，渗压计数据中断",
        "较重",
        "市水务公司",
        "更换损坏的监测设备并接入监测平台",
        "2024年8月31日",
        "已采购设备，正在安装调试",
        "",
    ),
    (
        "市直",
        "全市水利工程",
        "综合",
        "工程运行管理标准化评价结果未向社会公开",
        "一般",
        "市水利局（运行管理与监督科）",
        "每半年在局门户网站公开一次",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市水利工程运行管理问题集中整治“一县一单”督办问题整改情况汇总表"])
    w.writerow(["填报单位：濮阳市水利局（运行管理与监督科）    截至：2024年7月30日"])
    w.writerow(
        [
            "序号",
            "县（区）",
            "工程名称",
            "工程类别",
            "督查发现问题",
            "问题定性",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改进展",
            "销号情况",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", f"共{len(WATER_ROWS)}个问题", "", "", "", "", "", "已销号1个"])
    w.writerow(["注：问题定性分为一般、较重、严重；立行立改类问题以督办单下发之日（2024年6月12日）为准。"])
    w.writerow(["填表人：赵立新", "审核人：孟庆华", "联系电话：0393-8916320"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 撂荒地排查整治台账, after a county's account of a 城关镇's 撂荒地整治 (各村逐户宣传发动; 深入田间地块全覆盖、地毯式
# 摸排，逐一登记造册，建立排查台账，为撂荒土地整治销号打牢基础; 引导出租、转包、转让给合作社、种养大户; 镇农技站
# 巡回督查整治进度和数据真实性，确保规定时间内完成复耕复种):
# http://m.jitongbianyaqi.com/news/shizhou/longnan/2022/05/29/165382739788274.html
# An .xlsx from one town (its villages and households in the rows, no 责任单位 column): title, 填报单位/填报时间/
# 面积单位 line, a two-row header (整治进度 over 计划完成时间/实际完成时间/进展情况), a 是否销号 column, a filled
# 实际完成时间 with nothing else on one row, a schedule text as the deadline on another, a 合计 row, 说明 and
# signature lines.
FALLOW_ROWS = [
    (
        "千口村",
        "张某某",
        "村西大渠边",
        2.3,
        "外出务工无人耕种",
        "2年",
        "流转给合作社耕种",
        "2024.6.15",
        "2024.6.12",
        "已种植玉米",
        "是",
    ),
    (
        "后千口村",
        "李某某",
        "村北低洼地",
        1.6,
        "地块低洼易涝",
        "3年",
        "开挖排水沟后复耕",
        "2024.8.31",
        "",
        "排水沟已开挖，待排水后复耕",
        "否",
    ),
    (
        "马庄村",
        "王某某",
        "废弃砖窑旁",
        4.1,
        "土壤贫瘠，耕作层被破坏",
        "5年以上",
        "实施土地整治后复耕",
        "年底前",
        "",
        "未启动",
        "否",
    ),
    (
        "辛庄村",
        "赵某某",
        "村南",
        0.8,
        "户主年老无劳力",
        "1年",
        "委托代耕",
        "2024.7.10",
        "2024.7.8",
        "",
        "",
    ),
    (
        "董庄村",
        "刘某某等3户",
        "村东林边",
        3.5,
        "林地遮阴减产",
        "2年",
        "调整种植结构，种植耐阴作物",
        "9月底前",
        "",
        "",
        "",
    ),
    (
        "千口村",
        "孙某某",
        "村东",
        1.2,
        "地块细碎不便机耕",
        "3年",
        "地块整合后统一流转",
        "2024.7.31",
        "",
        "已签订流转协议，正在翻耕",
        "否",
    ),
    (
        "侯庄村",
        "陈某某",
        "村北",
        0.6,
        "承包户去世，承包权待确认",
        "2年",
        "村集体临时代耕",
        "立行立改",
        "2024.6.7",
        "已代耕种植大豆",
        "是",
    ),
    (
        "辛庄村",
        "村集体机动地",
        "村西",
        2.0,
        "村集体机动地长期闲置",
        "3年",
        "公开发包经营",
        "7月底前完成发包方案，8月底前全部复耕",
        "",
        "发包方案已经村民代表大会通过",
        "否",
    ),
]


def write_fallow(path: Path) -> Path:
    b = Book(path, author="千口镇农业服务中心")
    ws = b.sheet("撂荒地台账")
    b.widths(ws, [6, 10, 12, 12, 8, 20, 8, 22, 22, 12, 26, 8])
    b.line(ws, 0, "千口镇撂荒地排查整治台账", 11, b.title)
    b.line(ws, 1, "填报单位（盖章）：南乐县千口镇人民政府    填报时间：2024年7月27日    面积单位：亩", 11)
    words = ["序号", "村名", "承包户", "地块位置", "撂荒面积", "撂荒原因", "撂荒年限", "整治措施"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整治进度", b.head)
    b.header(ws, 3, ["计划完成时间", "实际完成时间", "进展情况"], first=8)
    b.merge(ws, 2, 11, 3, 11, "是否销号", b.head)
    area = b.book.add_format({"border": 1, "num_format": "0.0", "valign": "vcenter"})
    for i, row in enumerate(FALLOW_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:3]), first=1)
        b.put(ws, r, 4, row[3], area)
        b.row(ws, r, list(row[4:]), first=5)
    end = 4 + len(FALLOW_ROWS)
    b.merge(ws, end, 0, end, 3, f"合计（{len(FALLOW_ROWS)}宗）", b.center)
    b.put(ws, end, 4, round(sum(row[3] for row in FALLOW_ROWS), 1), area)
    for c in range(5, 12):
        b.put(ws, end, c, "")
    b.line(
        ws,
        end + 1,
        "说明：计划完成时间为“立行立改”的，以镇排查交办之日（2024年6月5日）为准；复耕复种经镇农技站核查后销号。",
        11,
    )
    b.line(ws, end + 2, "镇分管领导：李红军    经办人：马会娟    联系电话：0393-7553208", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 森林督查图斑核查整改台账, after a county 林业局's account of its 森林督查 (森林派出所负责; 外业调查组、案件查处组、
# 内业资料统计组; 对疑似违法使用林地图斑逐一核对档案资料、现地验证核实、留存图像资料; 分门别类造册登记; 对发现的问题
# 列出清单，责令责任单位限期整改，需立案查处的及时办理案件):
# https://lycy.zgqingyang.gov.cn/zzzq/zzlm/jcxx1__xwzx/jcxx/content_91057
# An .xlsx: title, 填报单位/截至日期 line, a two-row header (图斑信息 over 图斑号/所在乡镇/面积, 核查情况 over 变化原因/
# 是否违法), an explicit 整改责任单位 (towns, the county 国有林场, the county 交通运输局, a cooperative), a 案件查处情况
# column beside 整改进展, one 图斑 checked as a lawful change (无需整改), a 注 naming the 立行立改 base date.
FOREST_ROWS = [
    (
        "2024-001",
        "侯庙镇",
        1.35,
        "修建养殖场",
        "是",
        "未经批准占用林地修建养殖圈舍",
        "台前县鑫源养殖专业合作社",
        "拆除圈舍，恢复林业生产条件",
        "2024年9月30日",
        "已拆除圈舍2间，其余正在拆除",
        "已立案，已下达行政处罚决定书",
    ),
    (
        "2024-004",
        "孙口镇",
        0.62,
        "道路建设",
        "是",
        "乡村道路拓宽占用林地，未办理使用林地审核手续",
        "台前县交通运输局",
        "补办使用林地审核手续，缴纳植被恢复费",
        "年底前",
        "已提交补办申请",
        "—",
    ),
    (
        "2024-007",
        "夹河乡",
        2.10,
        "林木采伐",
        "是",
        "无采伐许可证采伐杨树约80株",
        "夹河乡人民政府",
        "督促补植，依法查处",
        "2024年6月30日",
        "已补植杨树90株，成活率95%",
        "已结案",
    ),
    (
        "2024-009",
        "打渔陈镇",
        0.45,
        "建房",
        "是",
        "村民在林地内违法建设看护房",
        "打渔陈镇人民政府",
        "拆除违法建筑",
        "立行立改",
        "未拆除",
        "—",
    ),
    (
        "2024-011",
        "侯庙镇",
        1.20,
        "林木采伐",
        "否",
        "持证采伐（采伐证号：台林采〔2024〕017号），变化合法",
        "—",
        "无需整改",
        "—",
        "—",
        "—",
    ),
    (
        "2024-012",
        "吴坝镇",
        1.80,
        "林业有害生物",
        "否",
        "美国白蛾危害致林木枯死，林地未及时更新造林",
        "台前县国有林场",
        "秋冬季更新造林",
        "2024年11月底前",
        "",
        "—",
    ),
    (
        "2024-015",
        "马楼镇",
        0.95,
        "取土",
        "是",
        "在林地内非法取土，破坏林地约0.9亩",
        "马楼镇人民政府",
        "回填平整并复绿",
        "2024.7.25",
        "已回填平整，苗木待秋季栽植",
        "已立案",
    ),
    (
        "2024-018",
        "清水河乡",
        0.38,
        "堆放",
        "是",
        "林地内堆放废旧建材约200立方米",
        "清水河乡人民政府",
        "清理堆放物",
        "2024年7月15日",
        "已清理完毕，经复核合格",
        "—",
    ),
]


def write_forest(path: Path) -> Path:
    b = Book(path, author="林业股")
    ws = b.sheet("森林督查图斑")
    b.widths(ws, [6, 12, 10, 8, 12, 8, 36, 24, 24, 14, 28, 26])
    b.line(ws, 0, "台前县2024年度森林督查图斑核查整改台账", 11, b.title)
    b.line(ws, 1, "填报单位：台前县自然资源局（林业股）    截至日期：2024年7月28日    面积单位：亩", 11)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "图斑信息", b.head)
    b.header(ws, 3, ["图斑号", "所在乡镇", "面积"], first=1)
    b.merge(ws, 2, 4, 2, 5, "核查情况", b.head)
    b.header(ws, 3, ["变化原因", "是否违法"], first=4)
    words = ["问题描述", "整改责任单位", "整改措施", "整改期限", "整改进展", "案件查处情况"]
    for c, word in enumerate(words, 6):
        b.merge(ws, 2, c, 3, c, word, b.head)
    area = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    for i, row in enumerate(FOREST_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:2]), first=1)
        b.put(ws, r, 3, row[2], area)
        b.row(ws, r, list(row[3:]), first=4)
    end = 4 + len(FOREST_ROWS)
    b.line(
        ws,
        end,
        "注：1.整改期限为“立行立改”的，以图斑核查交办之日（2024年5月20日）为准；2.经核查变化合法的图斑，"
        "只登记不整改。",
        11,
    )
    b.line(ws, end + 1, "填表人：田园    审核人：朱振东    联系电话：0393-2216754    2024年7月29日", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 秸秆禁烧督查问题整改情况 (two returns in one zip), after a township's 联合督查组 account of its “三夏”秸秆禁烧工作专项
# 督查 (深入田间, 对各村禁烧工作安排、宣传发动、值班值守、应急处置、秸秆清运等开展情况督查; 现场查看、听汇报、看资料;
# 对发现的问题及时拍照，列出问题清单，责令及时整改，并将每天的督查情况汇总通报; “六净”目标):
# http://www.ygqjt.cn/?p=89476
# A .zip holding an .xlsx from one township (督查日期 and 所在村 beside the problem, 督查方面 in the source's five
# words, 立行立改 counting from the 督查日期 and 3日内 likewise, a 完成情况 column) and a .docx from another town:
# a short letter with a table (问题描述/整改措施/整改时限/整改结果), the town at the foot.
STRAW_ROWS = [
    (
        "2024.6.3",
        "古城村",
        "值班值守",
        "村禁烧值班点无人值守，值班记录空白",
        "立即安排人员24小时值守",
        "立行立改",
        "已整改",
        "李建设",
    ),
    (
        "2024.6.5",
        "北苏堤村",
        "秸秆清运",
        "田间地头堆放麦秸约20处未清运，存在焚烧隐患",
        "清运至秸秆收储点",
        "3日内",
        "已清运",
        "苏国庆",
    ),
    (
        "2024.6.10",
        "袁庄村",
        "宣传发动",
        "禁烧宣传标语、条幅悬挂不足，未向农户发放明白纸",
        "补挂条幅，逐户发放明白纸",
        "2024.6.15",
        "部分完成",
        "袁立新",
    ),
    (
        "2024.6.14",
        "郎中营村",
        "应急处置",
        "村级应急扑火队未配备灭火器材",
        "配备灭火器、铁锨、扫把等器材",
        "2024.7.31",
        "未完成",
        "郎志刚",
    ),
    (
        "2024.6.18",
        "南苏堤村",
        "禁烧工作安排",
        "未按要求划分网格责任区，网格员职责不清",
        "划分网格，明确网格员包地块责任",
        "长期坚持",
        "",
        "苏红旗",
    ),
]


def write_straw_book(path: Path) -> Path:
    b = Book(path, author="古城乡禁烧办")
    ws = b.sheet("督查问题")
    b.widths(ws, [6, 12, 12, 14, 40, 30, 12, 12, 10])
    b.line(ws, 0, "古城乡2024年“三夏”秸秆禁烧督查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县古城乡人民政府（乡禁烧办）    填报日期：2024年7月26日", 8)
    b.line(ws, 2, "说明：整改时限为“立行立改”或“N日内”的，自督查之日起计算。", 8)
    b.header(
        ws,
        3,
        ["序号", "督查日期", "所在村", "督查方面", "发现问题", "整改要求", "整改时限", "完成情况", "责任人"],
    )
    for i, row in enumerate(STRAW_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STRAW_ROWS)
    b.line(ws, end, "填表人：杨帆    联系电话：0393-7261530", 8)
    return b.close()


STRAW_LETTER_ROWS = [
    (
        "侯家庄村东南地块发现秸秆焚烧黑斑2处，过火面积约1.5亩",
        "约谈村党支部书记，落实网格员包地块责任",
        "立行立改",
        "已约谈，对责任网格员进行了通报批评",
    ),
    (
        "高速公路沿线可视范围内麦茬留茬过高",
        "组织农机对高留茬地块灭茬",
        "6月底前",
        "已完成灭茬",
    ),
    (
        "部分村秸秆收储点未设置防火隔离带",
        "设置防火隔离带，配备灭火器材",
        "2024年7月31日",
        "正在设置，已完成3处",
    ),
    (
        "秸秆综合利用台账不健全，还田面积统计不实",
        "逐村核实还田面积，完善利用台账",
        "8月15日前",
        "",
    ),
]


def write_straw_docx(path: Path) -> Path:
    doc = _new_document("仙庄镇")
    _title(doc, "仙庄镇关于“三夏”秸秆禁烧督查反馈问题整改情况的报告", 18)
    _paragraph(doc, "县秸秆禁烧工作领导小组办公室：")
    _paragraph(
        doc,
        "6月20日，县秸秆禁烧联合督查组向我镇反馈问题4个。对能立行立改的问题，自反馈之日起即行整改。现将整改"
        "情况报告如下：",
    )
    _table(
        doc,
        ["序号", "问题描述", "整改措施", "整改时限", "整改结果"],
        [[str(i), *row] for i, row in enumerate(STRAW_LETTER_ROWS, 1)],
    )
    _paragraph(doc, "")
    _paragraph(doc, "清丰县仙庄镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_straw_zip(path: Path) -> Path:
    members = [
        ("古城乡秸秆禁烧督查问题整改台账.xlsx", write_straw_book),
        ("仙庄镇秸秆禁烧督查反馈问题整改情况.docx", write_straw_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 水资源管理监督检查发现问题整改台账, after a city 水利局's account of its 水资源管理监督检查 (台账检查和现场检查相结合,
# 每个区、县（市）各抽查10家取水户; 重点检查取水许可审批管理、计划用水管理、水资源费征收、取水计量监控及取水口规范管理;
# 召开检查意见集中反馈会议, 根据现场检查情况和取水户一户一档台账资料复核情况提出存在问题及整改意见):
# http://slj.sx.gov.cn/art/2021/1/18/art_1485271_58920821.html
# A .wps (a .docx saved as Word 97 by LibreOffice, as WPS 文字 names it): title, 检查/反馈时间 and 填报单位 lines, a note
# that N日内 / N个工作日内 / 立行立改 count from the 反馈 date, a table with a two-row header (是否完成整改 over 是/否,
# ticks), the 取水户 (companies, a water station, a cooperative, the district office itself) as the units, a 备注
# column that sometimes tells of a step taken, signature line.
WATER_USE_ROWS = [
    (
        "濮阳市华龙区宏达纸业有限公司",
        "取水计量监控",
        "取水计量设施未按期检定，流量计读数与用水台账不符",
        "限期送检，核对更正用水台账",
        "30日内",
        "",
        "√",
        "已联系计量检定机构，定于8月初送检",
    ),
    (
        "濮阳市绿源食品有限公司",
        "计划用水管理",
        "未按规定报送2024年度用水计划",
        "补报年度用水计划",
        "15日内",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区清泉洗浴有限公司",
        "取水许可审批管理",
        "取水许可证已过有效期仍继续取水",
        "立即停止取水，补办取水许可延续手续",
        "立行立改",
        "",
        "√",
        "",
    ),
    (
        "濮阳市天润混凝土有限公司",
        "水资源税征管",
        "2024年一季度水资源税申报水量与计量水量不一致",
        "与税务部门核对，更正申报",
        "7月31日前",
        "√",
        "",
        "",
    ),
    (
        "华龙区岳村镇供水站",
        "取水口规范管理",
        "取水口未设置标识牌，井房周边卫生环境差",
        "设置取水口标识牌，清理井房周边环境",
        "8月15日前",
        "",
        "",
        "",
    ),
    (
        "濮阳市恒泰化工有限公司",
        "取水计量监控",
        "在线计量设施数据未接入省取用水监管平台",
        "完成在线计量设施联网",
        "2024年8月31日",
        "",
        "√",
        "设备已安装，正在调试接入",
    ),
    (
        "华龙区农业农村局",
        "取水许可审批管理",
        "一户一档台账资料不完整，抽查的10家取水户中4家缺少取水许可批复文件",
        "补齐取水户档案资料",
        "10个工作日内",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区丰收农机专业合作社",
        "计划用水管理",
        "农业灌溉机井超计划取水",
        "核减下年度取水计划，加强灌溉用水监管",
        "长期坚持",
        "",
        "",
        "常态化监管",
    ),
]


def write_water_use_docx(path: Path) -> Path:
    doc = _new_document("水利股")
    _title(doc, "2024年水资源管理监督检查发现问题整改台账（华龙区）", 18)
    _paragraph(doc, "检查时间：2024年7月2日—3日    反馈时间：2024年7月5日", 12)
    _paragraph(doc, "填报单位：华龙区农业农村局（水利股）", 12)
    _paragraph(doc, "注：整改期限中“N日内”“N个工作日内”“立行立改”均自反馈之日起计算。", 12)
    words = ["序号", "取水户名称", "检查内容", "存在问题", "整改意见", "整改期限", "是否完成整改", "", "备注"]
    table = doc.add_table(rows=2 + len(WATER_USE_ROWS), cols=len(words))
    table.style = "Table Grid"
    for c, word in enumerate(words):
        if c not in (6, 7):
            table.cell(0, c).merge(table.cell(1, c))
            _cell_text(table.cell(0, c), word, 10, bold=True)
    table.cell(0, 6).merge(table.cell(0, 7))
    _cell_text(table.cell(0, 6), "是否完成整改", 10, bold=True)
    _cell_text(table.cell(1, 6), "是", 10, bold=True)
    _cell_text(table.cell(1, 7), "否", 10, bold=True)
    for r, row in enumerate(WATER_USE_ROWS, 2):
        _cell_text(table.cell(r, 0), str(r - 1), 10)
        for c, v in enumerate(row, 1):
            _cell_text(table.cell(r, c), v, 10)
    _paragraph(doc, "")
    _paragraph(doc, "填表人：冯佳    审核人：石永刚    联系电话：0393-8663217    2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_water_use(path: Path) -> Path:
    return via_soffice(write_water_use_docx, path, "doc", "水资源管理监督检查问题整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 汛期灾害隐患自查及整改动态台账, after a city's 山洪灾害防御工作指南 (镇（街道）负责组织所辖村（社区）开展隐患自查，
# 做好隐患填报和动态更新，对上级检查和自查中发现的问题做好整改; 市防指结合防汛防台检查组织相关部门、单位开展隐患
# 排查; 各有关部门、镇街按职责分工做好防御工作):
# https://m.bdocx.com/doc/9387874.html
# An .ods (an .xlsx converted by LibreOffice): title, 填报单位/更新日期 line, one header row with 发现时间 (the base of
# 立行立改) and 问题来源 (乡自查/县检查), an explicit 责任单位 (the town, a village committee, county bureaus, the
# city water bureau under its former name 市水务局), a 动态更新情况 column whose entries start with an update date.
FLOOD_ROWS = [
    (
        "青庄村",
        "低洼易涝",
        "村东低洼区12户民房地势低洼，排水不畅，强降雨时易积水",
        "2024.7.3",
        "乡自查",
        "渠村乡人民政府",
        "疏通排水沟，制定低洼区群众转移避险预案",
        "7月20日前",
        "7月18日：已完成，排水沟已疏通，转移预案已公示",
    ),
    (
        "南湖村",
        "危房",
        "2户独居老人居住土坯房，墙体开裂",
        "2024.7.5",
        "县检查",
        "濮阳县住房和城乡建设局",
        "纳入农村危房改造，汛期临时转移安置",
        "2024年9月30日",
        "7月22日：已临时转移安置，改造方案待审批",
    ),
    (
        "青庄村",
        "坑塘",
        "村内坑塘无护栏、无警示标志，汛期存在溺水隐患",
        "2024.7.4",
        "乡自查",
        "渠村乡青庄村村民委员会",
        "设置护栏及警示牌",
        "立行立改",
        "7月10日：已设置警示牌，护栏正在安装",
    ),
    (
        "渠村",
        "渠堤",
        "第一濮清南干渠渠村段渠堤出现2处纵向裂缝",
        "2024.7.5",
        "县检查",
        "市水务局（引黄工程管理处）",
        "开挖回填、灌浆处理",
        "7月31日前",
        "",
    ),
    (
        "宋庄村",
        "排涝设施",
        "村南排涝泵站机电设备老化，试机时无法正常启动",
        "2024.7.5",
        "县检查",
        "濮阳县水利局",
        "更换电机及配电设备",
        "2024年7月25日",
        "7月26日：未更换，资金尚未落实",
    ),
    (
        "全乡",
        "预警设施",
        "部分村预警广播无法正常播放，暴雨预警信息传递不畅",
        "2024.7.3",
        "乡自查",
        "渠村乡人民政府",
        "维修预警广播，建立村级预警信息传递“叫应”机制",
        "2024年7月15日",
        "7月12日：已维修完毕，试播正常",
    ),
    (
        "全乡",
        "责任落实",
        "村级防汛责任人、转移负责人公示牌信息未及时更新",
        "2024.7.5",
        "县检查",
        "渠村乡人民政府",
        "人员变动后及时更新公示牌",
        "长期坚持",
        "每月动态更新",
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="渠村乡防汛办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 10, 10, 40, 12, 10, 26, 30, 14, 36])
    b.line(ws, 0, "渠村乡汛期灾害隐患自查及整改动态台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳县渠村乡人民政府（乡防汛办）    更新日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "村（社区）",
            "隐患类别",
            "隐患描述",
            "发现时间",
            "问题来源",
            "责任单位",
            "整改（防御）措施",
            "整改时限",
            "动态更新情况",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FLOOD_ROWS)
    b.line(
        ws, end, "注：“立行立改”以隐患发现之日为准；隐患整改完成后由乡防汛办复核销号，台账每周动态更新。", 9
    )
    b.line(ws, end + 1, "填表人：宋志刚    联系电话：0393-3567021", 9)
    return b.close()


def write_flood(path: Path) -> Path:
    ods = via_soffice(write_flood_book, path, "ods", "汛期灾害隐患自查台账.xlsx")
    return fixed_zip(ods)


# ---------------------------------------------------------------------------------------------
FILES = [
    ("范县森林防火工作督导发现问题整改台账.xlsx", write_fire),
    ("中共濮阳市农业农村局党组关于落实市委巡察反馈意见整改进展情况的报告.docx", write_patrol),
    ("前郭村林长巡林工作日志（问题台账）.xls", write_village),
    ("濮阳县2023年度耕地流出问题图斑排查整改台账.et", write_plots),
    ("水利工程运行管理问题集中整治“一县一单”整改情况汇总表.csv", write_water),
    ("千口镇撂荒地排查整治台账.xlsx", write_fallow),
    ("台前县2024年度森林督查图斑核查整改台账.xlsx", write_forest),
    ("清丰县“三夏”秸秆禁烧督查问题整改情况（古城乡、仙庄镇）.zip", write_straw_zip),
    ("2024年水资源管理监督检查发现问题整改台账（华龙区）.wps", write_water_use),
    ("渠村乡汛期灾害隐患自查及整改动态台账.ods", write_flood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

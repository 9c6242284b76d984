"""Write the dev148 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产隐患排查 (工贸企业、有限空间、粉尘涉爆、消防) 与执法检查, with a company's self-check report, an
enforcement-document register and review (复查) tables.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc (LibreOffice conversions of an .xlsx and a
.docx), .ods (LibreOffice conversion of an .xlsx, zip times fixed), a CSV in GBK, a .docx report whose items are
numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside253.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 重大隐患列表 (a system export), after the 宁波市安全生产事故隐患排查治理信息系统's company page of 重大隐患, whose
# title is the company name followed by “重大隐患隐患列表” and whose columns are 序号, 隐患编号, 隐患地址, 隐患内容,
# 是否挂牌, 是否整改 (是/否), 联系人, 联系电话:
# https://github.com/ColinYu25/yhpc/blob/6008a5e3b5626b54e23274d37b432df405c4bf3a/src/main/webapp/template/danger/danger_list.ftl
# A CSV in GBK: the title line (the company is named only there), one header line, no deadline column, progress only
# as 是/否 under 是否整改.
MAJOR_ROWS = [
    (
        "ZDYH-2023-0417",
        "抛光车间一层",
        "铝镁金属粉尘干式除尘系统未设置泄爆装置，除尘器进风口未设隔爆阀",
        "是",
        "是",
    ),
    (
        "ZDYH-2023-0418",
        "抛光车间二层",
        "粉尘爆炸危险场所设置在非框架结构的二层砖混厂房内",
        "是",
        "否",
    ),
    (
        "ZDYH-2024-0052",
        "除尘器室",
        "抛光车间与机加工车间两个防火分区共用一套除尘系统，风管互联互通",
        "否",
        "是",
    ),
    (
        "ZDYH-2024-0053",
        "污水处理站",
        "含铝污水调节池（有限空间）未设置安全警示标志，未配备气体检测报警仪",
        "否",
        "否",
    ),
    (
        "ZDYH-2024-0087",
        "铝灰暂存库",
        "铝灰收集贮存未落实防水防潮、通风和氢气监测措施",
        "否",
        "是",
    ),
    (
        "ZDYH-2024-0088",
        "打磨车间",
        "湿式除尘系统液位、流速监测报警装置未与打磨抛光设备联锁",
        "是",
        "否",
    ),
]


def write_major(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县锦程铝业制品有限公司重大隐患隐患列表"])
    w.writerow(["序号", "隐患编号", "隐患地址", "隐患内容", "是否挂牌", "是否整改", "联 系 人", "联系电话"])
    for i, (no, place, content, listed, done) in enumerate(MAJOR_ROWS, 1):
        w.writerow([i, no, place, content, listed, done, "高建伟", "13839312647"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 生产经营单位安全检查项目表, after a published 生产经营单位安全检查项目表 (被检查单位名称、被检查单位负责人（签名）、
# 安全检查人员（签名）、检查时间 above the title; columns 项目 | 检查内容 | 检查标准 | 检查结果 | 结论, the 项目 written
# as “一 安 全 事 务 管 理”, “二 安 全 教 育 培 训” down merged cells):
# https://www.51dongshi.net/eedfrcchcsrss.html
# An .xls (xlwt): the preamble lines first, then the title, one header row, the 项目 merged down each group; rows found
# 符合 are not problems; the 结论 column holds the verdict, the time limit (a date, N日内 from the 检查时间, 立行立改)
# and now and then the progress.
CHECK_GROUPS = [
    (
        "一\n安\n全\n事\n务\n管\n理",
        [
            (
                "1、安全管理机构和配备",
                "从业人员300人以下的，应当配备专职或者兼职安全员。",
                "从业人员126人，未配备专职或兼职安全员，安全管理工作由办公室文员代管",
                "不符合，限7月31日前配备",
            ),
            (
                "2、安全生产责任制",
                "分别有主要负责人、安全主管、安全员、车间主任、班（组）长的安全管理职责；有管理层研究部署安全工作记录。",
                "各级安全生产责任制已建立，有2024年第二季度安全工作会议记录",
                "符合",
            ),
            (
                "3、安全生产规章制度",
                "安全检查、安全教育培训、动火（防火）、粉尘清扫等制度齐全。",
                "未制定粉尘清扫制度和动火（防火）管理制度",
                "不符合，企业已补充制定并印发，整改完毕",
            ),
            (
                "4、安全操作规程",
                "各工种、各岗位有安全操作规程。",
                "砂光机、木工带锯、冷压机岗位无安全操作规程",
                "不符合，7日内补齐并上墙",
            ),
        ],
    ),
    (
        "二\n安\n全\n教\n育\n培\n训",
        [
            (
                "安全教育培训",
                "主要负责人、安全员培训合格；特种作业人员持证上岗；新员工三级安全教育。",
                "2名电焊工特种作业操作证过期未复审，仍在从事焊接作业",
                "不符合，已停止其焊接作业，已报名复审培训",
            ),
        ],
    ),
    (
        "三\n现\n场\n安\n全\n管\n理",
        [
            (
                "1、粉尘防爆",
                "干式除尘系统应采取泄爆、隔爆、惰化、抑爆等控爆措施；除尘器应设置锁气卸灰装置。",
                "砂光工序布袋除尘器未设置泄爆片，未设置锁气卸灰装置",
                "不符合，属重大事故隐患，限2024年8月31日前整改",
            ),
            (
                "2、粉尘清扫",
                "作业现场积尘应及时规范清理。",
                "砂光车间设备顶部、梁架积尘厚度超过1毫米",
                "不符合，立行立改，已当场清理完毕",
            ),
            (
                "3、电气设备",
                "粉尘爆炸危险场所应使用防爆电气设备。",
                "砂光车间照明灯具、开关为非防爆型",
                "不符合，限8月15日前更换",
            ),
            (
                "4、有限空间",
                "辨识有限空间，建立管理台账，设置安全警示标志。",
                "喷漆废水收集池未辨识为有限空间，未设置安全警示标志",
                "不符合，已设置警示标志并纳入台账",
            ),
        ],
    ),
    (
        "四\n消\n防\n安\n全",
        [
            (
                "1、消防设施器材",
                "灭火器配置合理、压力正常、在有效期内。",
                "成品仓库3具干粉灭火器压力不足",
                "不符合，3日内更换",
            ),
            (
                "2、安全出口和疏散通道",
                "安全出口、疏散通道畅通，疏散指示标志完好。",
                "安全出口畅通，疏散指示标志完好",
                "符合",
            ),
        ],
    ),
]


def write_check(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "被检查单位名称：清丰县宏达家具有限公司", plain, 0, 4),
        (1, 0, "被检查单位负责人（签名）：孔祥林", plain, 1, 4),
        (2, 0, "安全检查人员（签名）：刘振华  张晓军", plain, 2, 4),
        (3, 0, "检查时间：2024年7月9日", plain, 3, 4),
        (5, 0, "生产经营单位安全检查项目表", t, 5, 4),
    ]
    for col, word in enumerate(["项目", "检查内容", "检查标准", "检查结果", "结论"]):
        cells.append((6, col, word, h))
    r = 7
    for group, rows in CHECK_GROUPS:
        if len(rows) > 1:
            cells.append((r, 0, group, ctr, r + len(rows) - 1, 0))
        else:
            cells.append((r, 0, group, ctr))
        for item, standard, result, verdict in rows:
            cells += [(r, 1, item, c), (r, 2, standard, c), (r, 3, result, c), (r, 4, verdict, c)]
            r += 1
    return _write_xls(path, [("检查项目表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 安全生产自查自报情况报告, after an account of how a company reports its 安全生产监督自查自报 (上报内容: 企业基本信息、
# 自查时间、自查范围、发现问题、整改措施、整改完成情况——是否已完成整改，未完成的预计完成时间、下一步计划):
# https://www.sghqlz.com/nwwd/202507/285514.html
# A .docx: title, 主送, the sections in the source's order, the problems as numbered paragraphs each ending in its
# 整改完成情况 (已完成 / 未完成 with a 预计完成时间), the company and date at the foot. All items are the company's own.
SELF_PARAS = [
    "1．原粮筒仓进仓清理作业未执行有限空间作业审批，现场无专人监护。整改措施：严格执行有限空间作业审批制度，"
    "落实“先通风、再检测、后作业”，设专人监护。整改完成情况：已完成整改。",
    "2．清理车间脉冲除尘器未设置泄爆口。整改措施：加装泄爆片并引至室外。整改完成情况：已订购泄爆片，尚未完成，"
    "预计2024年8月20日完成。",
    "3．制粉车间斗式提升机未设置跑偏、打滑监测报警装置。整改措施：加装跑偏、打滑监测报警装置。"
    "整改完成情况：尚未启动，预计2024年9月30日前完成。",
    "4．车间地面及设备表面积尘未及时清扫，粉尘清扫记录不全。整改措施：修订粉尘清扫制度，每班清扫并记录。"
    "整改完成情况：已完成整改。",
    "5．2名新入职员工未经三级安全教育即上岗作业。整改措施：补做三级安全教育并考核。整改完成情况：已完成整改。",
    "6．锅炉房燃气泄漏报警器超过检定周期。整改措施：送检或更换报警器。整改完成情况：已联系检定机构，"
    "预计7月底前完成。",
    "7．成品库室内消火栓被成品堆垛遮挡。整改措施：清理堆垛，划定消火栓周边禁放区。整改完成情况：已完成整改。",
    "8．生产安全事故应急预案未按规定组织演练。整改措施：组织一次粉尘爆炸和有限空间综合应急演练。"
    "整改完成情况：尚未组织，计划8月份组织。",
]


def write_self(path: Path) -> Path:
    doc = _new_document("安全科")
    _title(doc, "南乐县金穗面粉有限公司安全生产自查自报情况报告")
    _paragraph(doc, "南乐县应急管理局：")
    _paragraph(
        doc,
        "根据县安委会关于开展工贸企业安全生产自查自报工作的要求，我公司组织安全科和各车间对本企业安全生产状况"
        "进行了全面自查，现将自查及整改情况报告如下：",
    )
    _paragraph(doc, "一、企业基本信息", font="黑体")
    _paragraph(
        doc,
        "企业名称：南乐县金穗面粉有限公司；地址：南乐县产业集聚区昌盛路西段；法定代表人：赵国强；"
        "联系电话：0393-6625318。",
    )
    _paragraph(doc, "二、自查时间", font="黑体")
    _paragraph(doc, "2024年7月1日至7月5日。")
    _paragraph(doc, "三、自查范围", font="黑体")
    _paragraph(doc, "清理车间、制粉车间、原粮筒仓、成品库、锅炉房、配电室及办公区。")
    _paragraph(doc, "四、发现问题、整改措施及整改完成情况", font="黑体")
    _paragraph(doc, "本次自查共发现问题隐患8项，已完成整改4项，其余4项尚未完成。")
    for text in SELF_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "五、下一步计划", font="黑体")
    _paragraph(
        doc,
        "公司将对未完成整改的问题明确责任人和资金，按期整改到位；每月开展一次全面自查，每周对粉尘清扫和有限空间"
        "作业审批情况进行抽查，自查结果按月上报。",
    )
    _paragraph(doc, "南乐县金穗面粉有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月8日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 消防安全月检查记录, after a hospital's 消防安全月检查记录 (单位：XXXXXXX医院; 填写说明 and 巡查要求; the monthly table
# by 科室 over the seven 防火巡查内容; 注：情况正常打“√”，存在问题打“×”，并在备注栏中写明存在的问题及处理情况):
# https://360docs.net/doc/2b4788868.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 单位/检查日期 line, a
# two-row header (检查内容 over seven columns of √/×), the hospital's own 科室 as rows; a problem is only a × with its
# 备注 (问题 and 处理情况); rows of √ only are not problems; two 注 lines and the signatures at the foot.
WARD_CHECKS = [
    "用火用电",
    "安全出口疏散通道",
    "疏散指示应急照明",
    "消防设施器材",
    "防火门防火卷帘",
    "重点部位人员在岗",
    "其他",
]
WARD_ROWS = [
    ("门诊部", set(), ""),
    ("急诊科", {1}, "东侧安全出口堆放平车、轮椅，影响疏散。处理情况：已当场清理。"),
    ("内科住院部", {0}, "护士站违规使用电热水壶，插线板串接使用。处理情况：已当场收缴。"),
    ("外科住院部", set(), ""),
    (
        "手术室",
        {3},
        "气体灭火系统控制盘显示故障。处理情况：已报设备科联系维保单位，限7月25日前修复。",
    ),
    ("检验科", {2}, "二楼走廊应急照明灯2盏不亮。处理情况：未处理。"),
    ("药剂科", set(), ""),
    ("供应室", {4}, "常闭式防火门用木楔固定处于常开状态。处理情况：已当场关闭并拆除木楔。"),
    (
        "后勤保障科（配电室）",
        {5},
        "配电室夜间值班人员脱岗。处理情况：已约谈当事人，值班制度正在修订。",
    ),
    ("营养食堂", {0}, "厨房燃气灶具连接软管老化开裂。处理情况：已更换。"),
    ("病案室", {3}, "2具灭火器压力指针处于红区。处理情况：无法当场处理，已报总务科申领新灭火器。"),
    ("行政楼", set(), ""),
    ("儿科病区", {6}, "护工在楼梯间堆放被褥、纸箱等可燃物。"),
]


def write_ward_book(path: Path) -> Path:
    b = Book(path, author="保卫科")
    ws = b.sheet("7月")
    last = 3 + len(WARD_CHECKS)
    b.widths(ws, [6, 20] + [9] * len(WARD_CHECKS) + [46, 10])
    b.line(ws, 0, "消防安全月检查记录（2024年7月）", last, b.title)
    b.line(ws, 1, "单位：清丰县人民医院    检查日期：2024年7月18日    检查部门：保卫科", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "科室", b.head)
    b.merge(ws, 2, 2, 2, 1 + len(WARD_CHECKS), "检查内容", b.head)
    b.header(ws, 3, WARD_CHECKS, first=2)
    b.merge(ws, 2, 2 + len(WARD_CHECKS), 3, 2 + len(WARD_CHECKS), "备注", b.head)
    b.merge(ws, 2, last, 3, last, "科室负责人签名", b.head)
    for i, (ward, crosses, note) in enumerate(WARD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, ward)
        for k in range(len(WARD_CHECKS)):
            b.put(ws, r, 2 + k, "×" if k in crosses else "√", b.center)
        b.put(ws, r, 2 + len(WARD_CHECKS), note)
        b.put(ws, r, last, "")
    end = 4 + len(WARD_ROWS)
    b.line(ws, end, "注：1.情况正常打“√”，存在问题打“×”，并在备注栏中写明存在的问题及处理情况。", last)
    b.line(ws, end + 1, "2.对发现的问题要及时处理，无法当场处理的要立即上报。", last)
    b.line(ws, end + 2, "检查人：郑文斌  宋丽    主管领导：魏建华", last)
    return b.close()


def write_ward(path: Path) -> Path:
    return via_soffice(write_ward_book, path, "xls", "消防安全月检查记录.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 安全生产行政执法案卷登记, after 天津市安全生产一般程序行政处罚案件立卷规定 (卷首: 案名“某某（单位名称或个人姓名）
# 安全生产违法行为行政处罚案”, 处理结果“给予xx元…的行政处罚，已发现的隐患和问题整改完毕”, 制卷单位, 保存期限, 制卷时间;
# 卷内材料: 现场检查记录、责令改正指令书、整改复查意见书 …):
# http://fsou.com/html/text/lar/170872/17087232.html
# An .xlsx: title, 制卷单位 line, a two-row header (责令限期整改指令书 over 文号/整改期限, 整改复查意见书 over
# 文号/复查结论), 案名 in the source's form beside the 当事人 and the 违法事实, 现场检查日期 (an event), 处理结果,
# 制卷时间, a 说明 line and a signature line. The inspector (the bureau) is never the unit.
CASE_ROWS = [
    (
        "濮阳市龙丰纸业有限公司",
        "未对制浆车间浆池、污水池等有限空间进行辨识，未建立有限空间管理台账",
        date(2024, 5, 14),
        "（濮）应急责改〔2024〕工贸031号",
        date(2024, 5, 31),
        "（濮）应急复查〔2024〕工贸028号",
        "隐患已整改完毕",
        "给予罚款2万元的行政处罚，已发现的隐患和问题整改完毕",
        date(2024, 6, 20),
    ),
    (
        "濮阳市华兴新材料有限公司",
        "粉尘爆炸危险场所20区使用非防爆照明灯具和开关",
        date(2024, 6, 4),
        "（濮）应急责改〔2024〕工贸037号",
        date(2024, 7, 4),
        "（濮）应急复查〔2024〕工贸041号",
        "已更换防爆灯具12套，防爆开关尚未到货，责令继续整改",
        "给予罚款3.5万元的行政处罚",
        "",
    ),
    (
        "范县宏远化纤有限公司",
        "纺丝车间与开松车间两个防火分区的除尘系统互联互通",
        date(2024, 7, 2),
        "（濮）应急责改〔2024〕工贸046号",
        date(2024, 8, 15),
        "",
        "",
        "立案调查中",
        "",
    ),
    (
        "台前县鑫源羽绒制品有限公司",
        "水洗车间安全出口上锁，疏散通道堆放羽绒原料",
        date(2024, 6, 18),
        "（濮）应急责改〔2024〕工贸040号（责令立即整改）",
        "立即",
        "（濮）应急复查〔2024〕工贸039号",
        "已当场改正",
        "给予警告，已发现的隐患和问题整改完毕",
        date(2024, 7, 5),
    ),
    (
        "清丰县顺达木业有限公司",
        "主要负责人未组织落实粉尘清扫制度，砂光车间积尘严重",
        date(2024, 6, 26),
        "（濮）应急责改〔2024〕工贸043号",
        date(2024, 7, 10),
        "（濮）应急复查〔2024〕工贸047号",
        "逾期未整改，责令停止砂光工序作业",
        "对企业及其主要负责人分别予以罚款，实施“一案双罚”",
        "",
    ),
    (
        "南乐县福康食品有限公司",
        "涉氨制冷机房未设置氨气浓度检测报警装置",
        date(2024, 7, 3),
        "（濮）应急责改〔2024〕工贸045号",
        date(2024, 7, 20),
        "（濮）应急复查〔2024〕工贸050号",
        "隐患已整改完毕",
        "给予罚款1万元的行政处罚，已发现的隐患和问题整改完毕",
        date(2024, 7, 26),
    ),
    (
        "濮阳县聚鑫金属制品有限公司",
        "铝镁金属粉尘湿式除尘系统未与打磨抛光设备联锁",
        date(2024, 7, 16),
        "（濮）应急责改〔2024〕工贸049号",
        date(2024, 8, 31),
        "",
        "",
        "拟给予罚款的行政处罚，已告知",
        "",
    ),
    (
        "濮阳市天润包装有限公司",
        "叉车司机、电工共3人未取得特种作业操作证上岗作业",
        date(2024, 6, 11),
        "（濮）应急责改〔2024〕工贸038号",
        date(2024, 6, 28),
        "（濮）应急复查〔2024〕工贸036号",
        "隐患已整改完毕",
        "给予罚款1.5万元的行政处罚，已发现的隐患和问题整改完毕",
        date(2024, 7, 12),
    ),
]


def write_cases(path: Path) -> Path:
    b = Book(path, author="执法监察支队")
    ws = b.sheet("案卷登记")
    b.widths(ws, [6, 30, 22, 34, 12, 26, 12, 26, 26, 30, 12, 8])
    b.line(ws, 0, "安全生产行政执法案卷登记表", 11, b.title)
    b.line(ws, 1, "制卷单位：濮阳市应急管理局（执法监察支队）    登记期间：2024年5月至7月", 11)
    for c, word in enumerate(["序号", "案名", "当事人", "违法事实（发现的隐患和问题）", "现场检查日期"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "责令限期整改指令书", b.head)
    b.header(ws, 3, ["文号", "整改期限"], first=5)
    b.merge(ws, 2, 7, 2, 8, "整改复查意见书", b.head)
    b.header(ws, 3, ["文号", "复查结论"], first=7)
    for c, word in [(9, "处理结果"), (10, "制卷时间"), (11, "保存期限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(CASE_ROWS, 1):
        party, fact, checked, order, limit, review_no, review, result, filed = row
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(
            ws,
            r,
            [
                f"{party}安全生产违法行为行政处罚案",
                party,
                fact,
                checked,
                order,
                limit,
                review_no,
                review,
                result,
                filed,
                "永久" if filed else "",
            ],
            first=1,
        )
    end = 4 + len(CASE_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限以《责令限期整改指令书》载明为准，“立即”自现场检查之日起算；复查结论以《整改复查意见书》为准；"
        "未结案的案卷制卷时间空缺。",
        11,
    )
    b.line(ws, end + 1, "登记人：程海峰    审核人：马新民    登记日期：2024年7月29日", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 消防监督检查责令改正及复查登记, after a county 消防大队's account of its 消防监督检查 (能够立即改正的，责令立即改正，
# 当场制作、送达《责令立即改正通知书》; 不能立即改正的，合理确定改正期限，责令限期改正，自检查之日起3个工作日内制作、
# 送达《责令限期改正通知书》; 违法行为轻微并当场改正完毕的，口头责令改正; 定期组织复查):
# http://32336.cn/lhd_4c9n54oyab8jj329nz0t2wkqq4mjdl00m0h_2.html
# An .xlsx: title, 填报单位 line, a two-row header (复查情况 over 复查日期/复查结果), the inspected 单位 (shops, a
# hotel, a KTV, a school, a warehouse, a garage, a market, a training school), 改正期限 as 立即改正 / 当场改正 / N日内
# counted from the 检查日期 (the 注 says so) / a date, 备注, a 注 line and a signature line.
FIRE_ROWS = [
    (
        "濮阳市华联购物广场有限公司",
        date(2024, 7, 2),
        "双随机抽查",
        "一层部分防火卷帘下堆放商品，影响卷帘下降",
        "责令立即改正",
        "立即改正",
        date(2024, 7, 2),
        "已改正",
        "",
    ),
    (
        "濮阳市悦来宾馆",
        date(2024, 7, 3),
        "重点检查",
        "客房走道疏散指示标志损坏5处，应急照明不能正常工作",
        "责令限期改正",
        "15日内",
        date(2024, 7, 19),
        "已改正",
        "",
    ),
    (
        "濮阳市华龙区星光娱乐有限公司",
        date(2024, 7, 5),
        "专项检查",
        "火灾自动报警系统处于故障状态，消防控制室值班人员未持证上岗",
        "责令限期改正",
        "30日内",
        "",
        "",
        "同时给予罚款处罚",
    ),
    (
        "华龙区胜利路小学",
        date(2024, 7, 8),
        "专项检查",
        "学生宿舍楼室内消火栓无水，消防水泵控制柜损坏",
        "责令限期改正",
        "2024年8月20日前",
        date(2024, 7, 26),
        "部分改正，水泵控制柜已更换，消火栓管网正在维修",
        "单位申请提前复查",
    ),
    (
        "濮阳市顺发物流有限公司",
        date(2024, 7, 10),
        "双随机抽查",
        "仓库内设置员工宿舍，住宿与仓储未进行防火分隔",
        "责令限期改正",
        "30日内",
        "",
        "",
        "",
    ),
    (
        "濮阳市华龙区鑫隆汽车修理厂",
        date(2024, 7, 11),
        "双随机抽查",
        "维修车间电焊作业未办理动火审批，作业现场未配置灭火器",
        "口头责令改正",
        "当场改正",
        date(2024, 7, 11),
        "当场改正完毕",
        "违法行为轻微，不予处罚",
    ),
    (
        "濮阳市华龙区惠民农贸市场管理有限公司",
        date(2024, 7, 15),
        "专项检查",
        "市场内电动自行车在疏散通道停放充电",
        "责令限期改正",
        "7日内",
        date(2024, 7, 23),
        "逾期未改正",
        "已依法予以处罚",
    ),
    (
        "濮阳市明德培训学校有限公司",
        date(2024, 7, 16),
        "重点检查",
        "疏散楼梯间防火门闭门器损坏，防火门处于常开状态",
        "责令限期改正",
        "10日内",
        date(2024, 7, 29),
        "已改正",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 30, 12, 12, 38, 14, 16, 12, 30, 20])
    b.line(ws, 0, "消防监督检查责令改正及复查情况登记表（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队华龙区大队    填报日期：2024年7月30日", 9)
    words = [
        "序号",
        "被检查单位",
        "检查日期",
        "检查类型",
        "发现的消防安全违法行为（火灾隐患）",
        "处理方式",
        "改正期限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "复查情况", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FIRE_ROWS)
    b.line(
        ws,
        end,
        "注：改正期限自检查之日起计算；《责令限期改正通知书》自检查之日起3个工作日内制作、送达；复查结果空白的为未到复查时间。",
        9,
    )
    b.line(ws, end + 1, "填表人：孟凡超    审核人：靳永刚    联系电话：0393-8156119", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 粉尘涉爆企业“一企一表”, after a district 食药局's account of its 粉尘防爆企业整治 (健全粉尘涉爆企业监管档案，做到
# “一地一册、一企一表，一隐患一措施”，对辖区内9家粉尘涉爆企业下发《粉尘防爆安全专项整治告知书》及《监督意见书》;
# 不能限时整改到位的，依法停产关闭):
# https://www.chuanshan.gov.cn/gongkai/show/17556898f27a4fd68cc43cb5db39b8d9.html
# An .xlsx as “一地一册”: a 汇总 sheet whose rows count each company's hidden dangers (no problem in them) and a 合计
# row, then one sheet per company (“一企一表”) with its own title, a block naming the company and the date the
# 告知书/监督意见书 were served (the base date of 立行立改), and a table of 隐患 with one 措施 each.
DUST_FIRMS = [
    (
        "范县森源木业有限公司",
        "濮城镇",
        "木粉尘",
        "18人",
        "布袋除尘器2套",
        [
            (
                "砂光机除尘风管未设置火花探测报警及自动熄灭装置",
                "加装火花探测及自动熄灭装置",
                "2024年7月31日",
                "王磊",
                "已安装调试完毕",
            ),
            (
                "布袋除尘器设置在砂光车间内，且未设置泄爆装置",
                "除尘器移至室外并加装泄爆片",
                "2024年9月30日",
                "王磊",
                "除尘器基础已浇筑，正在施工",
            ),
            (
                "未制定粉尘清扫制度，设备表面积尘未及时清理",
                "制定清扫制度，每班清扫并记录",
                "立行立改",
                "李红",
                "已制定并执行",
            ),
        ],
    ),
    (
        "范县金麦粮油购销有限公司",
        "龙王庄镇",
        "粮食粉尘",
        "11人",
        "旋风除尘器1套、布袋除尘器1套",
        [
            (
                "原粮清理筛除尘系统采用正压吹送，未采取防范点燃源措施",
                "改造为负压除尘",
                "2024年10月底前",
                "陈永军",
                "未启动",
            ),
            (
                "斗式提升机电机为非防爆型",
                "更换防爆电机",
                "2024年8月15日",
                "陈永军",
                "已采购，待安装",
            ),
            (
                "筒仓等有限空间未建立管理台账，未设置警示标志",
                "建立有限空间台账并张贴警示标志",
                "2024年6月30日",
                "刘芳",
                "已完成",
            ),
        ],
    ),
    (
        "范县恒通机械配件有限公司",
        "王楼镇",
        "铝粉尘",
        "9人",
        "湿式除尘器3台",
        [
            (
                "铝制品抛光工位湿式除尘器未与液位、流速监测报警装置联锁",
                "加装联锁装置",
                "2024年8月31日",
                "张涛",
                "",
            ),
            (
                "打磨抛光区与电焊作业区未进行分区隔离",
                "设置防火隔墙，分区作业",
                "2024年7月20日",
                "张涛",
                "已完成隔离",
            ),
            (
                "铝灰收集桶露天存放，未采取防水防潮和通风措施",
                "设置专用铝灰暂存间",
                "年底前",
                "赵明",
                "正在选址",
            ),
        ],
    ),
]
DUST_SERVED = "2024年6月12日"


def _dust_summary(b: Book) -> None:
    ws = b.sheet("汇总")
    b.widths(ws, [6, 28, 12, 12, 10, 10, 10])
    b.line(ws, 0, "范县粉尘涉爆企业隐患整治汇总表", 6, b.title)
    b.line(ws, 1, "填报单位：范县应急管理局（盖章）    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "企业名称", "所在乡镇", "粉尘种类", "隐患数", "已整改", "未整改"])
    done_words = ("已安装调试完毕", "已制定并执行", "已完成", "已完成隔离")
    total = [0, 0, 0]
    for i, (firm, town, dust, _people, _system, rows) in enumerate(DUST_FIRMS, 1):
        done = sum(1 for row in rows if row[4] in done_words)
        counts = [len(rows), done, len(rows) - done]
        total = [a + c for a, c in zip(total, counts, strict=True)]
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, [firm, town, dust, *counts], first=1)
    end = 3 + len(DUST_FIRMS)
    b.put(ws, end, 0, "合计", b.center)
    b.row(ws, end, [f"{len(DUST_FIRMS)}家", "", "", *total], first=1)


def _dust_sheet(b: Book, firm: str, town: str, dust: str, people: str, system: str, rows: list) -> None:
    ws = b.sheet(firm.removeprefix("范县").removesuffix("有限公司"))
    b.widths(ws, [6, 40, 28, 16, 12, 20])
    b.line(ws, 0, f"{firm}粉尘涉爆隐患整治表", 5, b.title)
    b.line(ws, 1, f"企业名称：{firm}    所在乡镇：范县{town}    粉尘种类：{dust}", 5)
    b.line(ws, 2, f"涉粉作业人数：{people}    除尘系统：{system}", 5)
    b.line(ws, 3, f"《粉尘防爆安全专项整治告知书》《监督意见书》下达时间：{DUST_SERVED}", 5)
    b.header(ws, 4, ["序号", "隐患内容", "整改措施（一隐患一措施）", "整改时限", "整改责任人", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    b.line(ws, 6 + len(rows), "企业负责人（签字）：              监管人员（签字）：", 5)


def write_dust(path: Path) -> Path:
    b = Book(path, author="范县应急管理局")
    _dust_summary(b)
    for firm, town, dust, people, system, rows in DUST_FIRMS:
        _dust_sheet(b, firm, town, dust, people, system, rows)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 交叉互检隐患“回头看” (two returns in one zip), after a county's account of a 工贸行业安全生产交叉互检隐患回头看
# (检查组从整改台账、整改现场以及内业分别进行了检查，检查木材加工企业的隐患整改情况; 要求严格落实粉尘清扫制度，
# 设置专人进行粉尘清扫，并做好粉尘清扫记录; 促进发现隐患实现闭环销号):
# https://www.genhe.gov.cn/Elderly/News/show/1165603.html
# A .zip holding an .xlsx from one county (整改台账/整改现场/内业资料 checked side by side, a 回头看结论) and a .docx
# table from the district with its own header words.
QINGFENG_ROWS = [
    (
        "清丰县华美家具有限公司",
        "砂光车间积尘严重，未落实粉尘清扫制度",
        "2024年6月30日",
        "有",
        "现场已清扫，设专人清扫",
        "清扫记录齐全",
        "已整改到位",
    ),
    (
        "清丰县鑫源木业有限公司",
        "布袋除尘器未设置锁气卸灰装置",
        "2024年6月30日",
        "有",
        "锁气卸灰装置已安装",
        "缺少验收记录，已当场补齐",
        "已整改到位",
    ),
    (
        "清丰县宏福家居有限公司",
        "木工车间电气线路未穿管保护，存在私拉乱接",
        "2024年6月20日",
        "无",
        "线路未整改",
        "无整改资料",
        "未整改到位",
    ),
    (
        "清丰县雅居木制品厂",
        "喷漆房与砂光间未进行防火分隔",
        "2024年7月31日",
        "有",
        "防火隔墙正在砌筑",
        "有整改方案",
        "正在整改",
    ),
    (
        "清丰县森林之家家具有限公司",
        "粉尘作业人员未穿戴防静电工作服",
        "2024年6月15日",
        "有",
        "已配发防静电工作服",
        "有发放记录",
        "已整改到位",
    ),
]
HUALONG_ROWS = [
    (
        "濮阳市华龙区林海木材加工厂",
        "木材加工车间未建立粉尘清扫记录",
        "建立粉尘清扫记录，专人清扫",
        "2024年6月底",
        "已整改，清扫记录完整",
    ),
    (
        "濮阳市福瑞达门业有限公司",
        "除尘管道内积尘未定期清理",
        "每周清理除尘管道并记录",
        "2024年7月10日",
        "回头看时管道内仍有积尘，未整改到位",
    ),
    (
        "濮阳市华龙区宏鑫板材厂",
        "车间配电箱未上锁，部分电缆绝缘层老化",
        "更换老化电缆，配电箱加锁",
        "2024年7月15日",
        "已更换电缆，配电箱已加锁",
    ),
    (
        "濮阳市东方木业有限公司",
        "污水沉淀池（有限空间）未设置安全警示标志",
        "设置有限空间安全警示标志",
        "2024年6月30日",
        "",
    ),
]


def write_qingfeng_book(path: Path) -> Path:
    b = Book(path, author="清丰县应急管理局")
    ws = b.sheet("回头看")
    b.widths(ws, [6, 28, 36, 14, 10, 24, 22, 14])
    b.line(ws, 0, "清丰县工贸行业安全生产交叉互检隐患“回头看”情况表", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县应急管理局    回头看时间：2024年7月22日至24日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "交叉互检发现隐患",
            "整改时限",
            "整改台账",
            "整改现场",
            "内业资料",
            "回头看结论",
        ],
    )
    for i, (firm, danger, limit, ledger, site, papers, verdict) in enumerate(QINGFENG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, [firm, danger, limit, ledger, site, papers, verdict], first=1)
    b.line(ws, 4 + len(QINGFENG_ROWS), "填表人：韩雪梅    联系电话：0393-7226513", 7)
    return b.close()


def write_hualong_docx(path: Path) -> Path:
    doc = _new_document("华龙区应急管理局")
    _title(doc, "华龙区工贸企业交叉互检隐患整改回头看台账", 18)
    _paragraph(doc, "填报单位：华龙区应急管理局    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(HUALONG_ROWS, 1)]
    _table(doc, ["序号", "企业", "隐患问题", "整改要求", "整改期限", "回头看情况"], body)
    _paragraph(doc, "填表人：朱海涛    联系电话：0393-8683207", 12)
    return _save_fixed(doc, path)


def write_recheck_zip(path: Path) -> Path:
    members = [
        ("清丰县工贸行业交叉互检隐患回头看情况表.xlsx", write_qingfeng_book),
        ("华龙区工贸企业交叉互检隐患整改回头看台账.docx", write_hualong_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 粉尘涉爆企业专项执法检查隐患问题清单, after a provincial 应急管理厅's notice on 粉尘涉爆企业专项执法检查 (成立市、县两级
# 执法小分队; 对采用湿式除尘系统的铝镁等金属粉尘企业重点检查是否持续正常供水、液位流速监测报警装置是否与打磨抛光设备
# 联锁、是否及时规范清理沉淀的粉尘泥浆; 执法检查后要建立隐患问题清单，按照相关标准跟踪整改闭合; 存在重大隐患的企业
# 坚决停产整顿; 违法违规企业主要负责人依法实施“一案双罚”):
# https://sqrdapp.com/law/show-226638.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table with 检查时间 (the base of 立行立改 and of N日内),
# 判定依据, 处理措施 and a 闭合情况 column, a closing paragraph, the bureau and date at the foot.
LAW_ROWS = [
    (
        "濮阳县辉煌铝制品有限公司",
        "2024.7.3",
        "湿式除尘系统供水中断，未持续正常供水",
        "《工贸企业粉尘防爆安全规定》",
        "责令限期整改",
        "2024年7月20日",
        "已闭合",
    ),
    (
        "濮阳县华泰金属表面处理有限公司",
        "2024.7.3",
        "液位、流速监测报警装置未与打磨抛光设备联锁",
        "《工贸企业重大事故隐患判定标准》",
        "重大事故隐患，责令停产整顿",
        "2024年8月31日",
        "未闭合，联锁装置正在安装",
    ),
    (
        "濮阳县永固五金制品厂",
        "2024.7.8",
        "沉淀池粉尘泥浆未及时规范清理",
        "《工贸企业粉尘防爆安全规定》",
        "责令立即整改",
        "立行立改",
        "已闭合",
    ),
    (
        "濮阳县宏达木业有限公司",
        "2024.7.8",
        "干式除尘系统未采取泄爆、惰化、抑爆等任一种控爆措施",
        "《工贸企业重大事故隐患判定标准》",
        "重大事故隐患，立案处罚，实施“一案双罚”",
        "2024年9月30日",
        "未闭合",
    ),
    (
        "濮阳县金穗饲料有限公司",
        "2024.7.10",
        "粉碎工序前未设置除铁、除杂装置",
        "《粉尘防爆安全规程》",
        "责令限期整改",
        "15日内",
        "已闭合",
    ),
    (
        "濮阳县鑫茂塑料制品有限公司",
        "2024.7.10",
        "塑料粉碎车间内设有员工休息室",
        "《工贸企业重大事故隐患判定标准》",
        "责令限期整改",
        "2024年7月31日",
        "",
    ),
    (
        "濮阳县恒源纺织有限公司",
        "2024.7.12",
        "清花车间电气设备积尘，棉尘清扫制度未落实",
        "《工贸企业粉尘防爆安全规定》",
        "责令限期整改",
        "2024年7月25日",
        "已闭合",
    ),
    (
        "濮阳县天成铝业有限公司",
        "2024.7.12",
        "铝镁金属粉尘除尘系统采用正压除尘方式",
        "《工贸企业重大事故隐患判定标准》",
        "重大事故隐患，责令停产整顿",
        "年底前",
        "未闭合，已制定改造方案",
    ),
]


def write_law_docx(path: Path) -> Path:
    doc = _new_document("执法大队")
    _title(doc, "濮阳县粉尘涉爆企业专项执法检查隐患问题清单及整改闭合情况")
    _paragraph(doc, "市安委会办公室：")
    _paragraph(
        doc,
        "按照全市粉尘涉爆企业专项执法检查工作部署，我局成立两个执法小分队，于7月3日至12日对全县8家粉尘涉爆企业"
        "开展了专项执法检查，重点检查湿式除尘系统供水、联锁和粉尘泥浆清理情况。检查后建立了隐患问题清单，跟踪整改"
        "闭合。“立行立改”和“N日内”均自检查时间起算。现将清单及闭合情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(LAW_ROWS, 1)]
    _table(
        doc,
        ["序号", "企业名称", "检查时间", "隐患问题", "判定依据", "处理措施", "整改期限", "闭合情况"],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "对停产整顿企业，我局将在整改完成后组织复查验收，未经验收不得恢复生产；对逾期未闭合的隐患，依法从严处理。",
    )
    _paragraph(doc, "濮阳县应急管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_law(path: Path) -> Path:
    return via_soffice(write_law_docx, path, "doc", "粉尘涉爆专项执法检查隐患问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 有限空间作业安全专项整治问题清单 (严守“三关”), after a district's account of its 有限空间作业安全专项整治 (严守“设备关”:
# 挂牌上锁，配齐气体检测报警仪器、呼吸防护用品，张贴警示标志牌和操作程序牌; 严守“整治关”: 专项检查组深入养殖场沼气池
# 排查，落实“七个不准”，责令限期整改; 严守“宣传关”: 警示教育片、现场宣讲、坝坝会、村组微信群推送):
# https://lzq.gov.cn/news/show/20241028154323080.html
# An .ods (LibreOffice conversion of an .xlsx, zip times fixed): title, 填报单位 line, one header row, the items grouped
# under the three 关 as merged rows, 责任单位 as city bureaus under short and former names, a town, a company; a
# 说明 line and a signature line.
SPACE_GROUPS = [
    (
        "一、严守“设备关”",
        [
            (
                "市城管执法局",
                "市政排水管网检查井清淤作业未配备气体检测报警仪和呼吸防护用品",
                "配齐气体检测报警仪、正压式呼吸器等设施设备",
                "2024年8月15日",
                "已配备气体检测报警仪12台，呼吸器正在采购",
            ),
            (
                "市水务局",
                "城区污水处理厂格栅井、调节池未实行挂牌上锁管理",
                "落实有限空间挂牌上锁",
                "2024年7月15日",
                "已完成",
            ),
            (
                "濮阳市清源热力有限公司",
                "换热站地下阀门井未设置警示标识牌和操作程序牌",
                "统一张贴警示标识牌和操作程序牌",
                "2024年7月10日",
                "已设置到位",
            ),
        ],
    ),
    (
        "二、严守“整治关”",
        [
            (
                "市农委",
                "规模养殖场沼气池、化粪池底数不清，未建立台账",
                "开展拉网式排查，逐场建立台账",
                "7月底前",
                "正在排查，已建台账46处",
            ),
            (
                "市工信委",
                "部分食品、造纸企业发酵罐、浆池未辨识为有限空间",
                "督促企业重新辨识并纳入有限空间管理台账",
                "2024年6月30日",
                "未整改",
            ),
            (
                "华龙区岳村镇人民政府",
                "辖区养殖场沼气池清掏作业未落实“七个不准”",
                "逐户督导，发现一起纠正一起",
                "长期坚持",
                "常态化推进",
            ),
            (
                "市住建局",
                "老旧小区化粪池清掏外包作业未签订安全管理协议",
                "督促物业服务企业与作业单位签订安全管理协议",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "三、严守“宣传关”",
        [
            (
                "市安监局",
                "有限空间作业警示教育覆盖面不足，一线作业人员未全员培训",
                "组织专题培训，观看警示教育片",
                "第三季度",
                "已组织专题培训2次",
            ),
            (
                "清丰县马庄桥镇人民政府",
                "村组微信群未推送有限空间作业安全知识",
                "每月推送，开展坝坝会宣讲",
                "2024年7月20日",
                "已完成，已推送3期，开展坝坝会2场",
            ),
            (
                "华龙区中原路街道办事处",
                "辖区物业小区化粪池、地下车库集水井等有限空间未开展宣传告知",
                "逐小区开展入户宣传，张贴告知书",
                "2024年8月10日",
                "已开展入户宣讲3场",
            ),
        ],
    ),
]


def write_space_book(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 24, 44, 34, 14, 32])
    b.line(ws, 0, "濮阳市有限空间作业安全专项整治问题清单（严守“三关”）", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市安全生产委员会办公室    填报时间：2024年7月29日", 5)
    b.header(ws, 2, ["序号", "责任单位", "存在问题", "整改措施", "完成时限", "进展情况"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in SPACE_GROUPS:
        b.merge(ws, r, 0, r, 5, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：进展情况由各责任单位填报，截至7月26日；长期坚持事项按月调度。", 5)
    b.line(ws, r + 1, "填表人：路晓东    审核人：孙国平    联系电话：0393-8992706", 5)
    return b.close()


def write_space(path: Path) -> Path:
    via_soffice(write_space_book, path, "ods", "有限空间专项整治问题清单.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳县锦程铝业制品有限公司重大隐患隐患列表.csv", write_major),
    ("清丰县宏达家具有限公司安全检查项目表.xls", write_check),
    ("南乐县金穗面粉有限公司安全生产自查自报情况报告.docx", write_self),
    ("清丰县人民医院消防安全月检查记录（2024年7月）.et", write_ward),
    ("安全生产行政执法案卷登记表（2024年5-7月）.xlsx", write_cases),
    ("消防监督检查责令改正及复查情况登记表（华龙区大队7月）.xlsx", write_fire),
    ("范县粉尘涉爆企业一企一表.xlsx", write_dust),
    ("工贸行业交叉互检隐患回头看（清丰县、华龙区）.zip", write_recheck_zip),
    ("濮阳县粉尘涉爆企业专项执法检查隐患问题清单.doc", write_law),
    ("濮阳市有限空间作业安全专项整治问题清单.ods", write_space),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev93 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK, a .docx with a table,
a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two .docx returns.
Campaigns: 营商环境, 人大代表建议, 安全生产挂牌督办, 河湖长制, 巡察整改, 审计整改, 12345热线, 督查督办,
乡镇自查自纠, 生态环境保护督察. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev93.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _numbered(doc, text: str, size: float = 16) -> None:
    """A body paragraph with the first-line indent of 公文 (two characters)."""
    p = _paragraph(doc, text, size)
    p.paragraph_format.first_line_indent = Pt(size * 2)


# ---------------------------------------------------------------------------------------------
# 1. 优化营商环境工作要点任务推进情况, after a city government's 2024年优化营商环境工作要点, where each task ends with
# 〔牵头单位：…；配合单位：…〕 and the tasks sit under numbered 一、二、 headings:
# https://www.echinagov.com/policy/357936.htm
# A .docx: title, 截至 line, one table whose section rows repeat the 一、二、 headings, the 牵头单位 and 配合单位 of
# the source split into two columns, 完成时限 as the office writes it, 推进情况 as sentences; 注 and issuer.
BIZ_SECTIONS = [
    (
        "一、对标改革再提升，加快培育营商环境服务品牌",
        [
            (
                "优化市场准入退出，推行企业变更登记“一键通”改革",
                "市市场监管局",
                "市发展改革委、市税务局",
                "2024年9月底前",
                "已在市政务服务中心设立变更登记专窗，平均办理用时压缩至1个工作日，正在对接税务信息共享。",
            ),
            (
                "实施企业注销登记“一件事”高效办理，依托“一网服务”专区实现信息共享、联动办理",
                "市政务服务中心",
                "市市场监管局、市人社局、市医保局",
                "2024年6月底前",
                "已完成，企业注销“一网服务”专区于6月20日上线运行。",
            ),
            (
                "推行工程建设项目审批“一件事”打包办，压减审批环节",
                "市建委",
                "市自然资源局、市生态环境局",
                "2024年12月31日",
                "尚未启动，待省级审批系统升级后实施。",
            ),
        ],
    ),
    (
        "二、对标服务再提升，优化政务服务和要素保障",
        [
            (
                "推进不动产登记与水电气联动过户",
                "市不动产登记中心",
                "市自来水公司、市燃气公司、濮阳供电公司",
                "第三季度",
                "已与自来水公司实现联动过户，燃气、电力联动过户正在联调测试。",
            ),
            (
                "规范涉企行政检查，推行“综合查一次”",
                "市司法局",
                "市直各行政执法部门",
                "长期坚持",
                "常态化推进，上半年组织跨部门联合检查43次。",
            ),
            (
                "推行政府采购合同线上签订，中小企业预付款比例原则上不低于30%",
                "市财政局",
                "市公共资源交易中心",
                "2024年8月底前",
                "",
            ),
            (
                "扩大惠企政策“免申即享”范围，推动政策直达快享",
                "发改委",
                "市工信局、市人社局、市税务局",
                "2024年10月31日前",
                "已梳理免申即享政策清单28项，其中11项已兑现到企业，其余正在逐项核对企业名单。",
            ),
        ],
    ),
]


def write_biz(path: Path) -> Path:
    doc = _new_document("营商办")
    _title(doc, "濮阳市2024年优化营商环境工作要点任务推进情况")
    _paragraph(doc, "（截至2024年7月25日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "推进情况"]
    rows = sum(1 + len(tasks) for _, tasks in BIZ_SECTIONS)
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for heading, tasks in BIZ_SECTIONS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, heading, 10.5, bold=True)
        r += 1
        for task in tasks:
            n += 1
            for c, v in enumerate([str(n), *task]):
                _cell_text(table.cell(r, c), v, 10.5)
            r += 1
    _paragraph(doc, "注：推进情况由牵头单位汇总配合单位情况后填报，截至时间为7月25日。", 12)
    _paragraph(doc, "市营商环境建设领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 代表建议目录, after the export template of a county 人大's suggestion system (caption 第N次会议代表建议目录; a
# two-row header: 建议编号, 提建议人 over 单位 and 姓名, 建议标题, 拟主办单位, 备注; the file name is the export date
# followed by the caption):
# https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/suggestlist.jsp
# An .xlsx: caption row, the two-row header with 提建议人 merged over its two columns, no 序号 and no deadline; the
# proposer's 单位 is sometimes a 名录 unit, the 备注 column holds the 办理 word when the office filled it in.
SUGG_ROWS = [
    (
        "第12号",
        "市第三中学",
        "刘建华",
        "关于在老城区增设中小学生课后托管服务点的建议",
        "市教育局",
        "",
    ),
    (
        "第15号",
        "濮阳县文留镇人大主席团",
        "王秀兰",
        "关于加快农村供水管网改造提升的建议",
        "市水务局",
        "已答复（A类）",
    ),
    (
        "第21号",
        "华龙区中原路街道",
        "张凯",
        "关于规范城区共享电动自行车停放秩序的建议",
        "市城管执法局",
        "",
    ),
    (
        "第27号",
        "中原油田第二中学",
        "孙丽娜",
        "关于延长市区公交夜班线路运营时间的建议",
        "众意公交公司",
        "正在办理",
    ),
    (
        "第33号",
        "市农业农村局",
        "李卫东",
        "关于在城区农贸市场推行食品安全快检公示的建议",
        "市场监管局",
        "已答复",
    ),
    (
        "第40号",
        "清丰县马庄桥镇",
        "郭志强",
        "关于完善退役军人就业创业扶持政策的建议",
        "市退役军人局",
        "",
    ),
    (
        "第46号",
        "濮阳职业技术学院",
        "赵敏",
        "关于推进公共场所无障碍设施改造的建议",
        "市残联",
        "已办结，代表满意",
    ),
]


def write_sugg(path: Path) -> Path:
    b = Book(path, author="人代工委")
    ws = b.sheet("Sheet1")
    b.widths(ws, [10, 22, 10, 46, 16, 18])
    b.line(ws, 0, "濮阳市第九届人民代表大会第三次会议代表建议目录", 5, b.title)
    b.merge(ws, 1, 0, 2, 0, "建议编号", b.head)
    b.merge(ws, 1, 1, 1, 2, "提建议人", b.head)
    b.merge(ws, 1, 3, 2, 3, "建议标题", b.head)
    b.merge(ws, 1, 4, 2, 4, "拟主办单位", b.head)
    b.merge(ws, 1, 5, 2, 5, "备注", b.head)
    b.header(ws, 2, ["单位", "姓名"], first=1)
    for i, row in enumerate(SUGG_ROWS):
        b.row(ws, 3 + i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 市级挂牌督办重大事故隐患整改进展, after a city 安委会's notice on its first batch of 挂牌督办 major hazards (道路、
# 煤矿、工贸、城镇燃气、水利工程; 隐患整改责任单位 and 隐患整改督办单位 named for each; 属地安委办 核查验收合格后予以
# 销号, otherwise 继续挂账):
# http://ytwzpower.com/dujia/dj/183774.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 督办单位 beside the 整改责任单位, 整改时限, 整改进展
# and a 验收销号 column; a 合计 row and the signature line.
HAZARD_ROWS = [
    (
        "G342国道濮阳段K12+300至K13+100急弯陡坡路段缺少防护设施",
        "道路交通",
        "濮阳县交通运输局",
        "市交通运输局",
        "2024年9月30日前",
        "波形护栏已安装1.2公里，警示标志正在制作",
        "",
    ),
    (
        "城东LNG储配站储罐区可燃气体报警装置失效",
        "城镇燃气",
        "市燃气公司",
        "市住房和城乡建设局",
        "2024年6月30日",
        "已更换报警探头12个并接入监控平台",
        "7月18日验收合格，已销号",
    ),
    (
        "濮阳宏业化工有限公司氯化工艺未实现全流程自动化控制",
        "危险化学品",
        "濮阳宏业化工有限公司",
        "市应急管理局",
        "2024年12月31日前",
        "自动化改造设计方案已通过专家评审，设备采购中",
        "",
    ),
    (
        "渠村引黄闸启闭机老化、备用电源缺失",
        "水利工程",
        "市水务局",
        "市应急管理局",
        "2024年6月30日前（汛前）",
        "已完成启闭机更换和备用发电机组安装",
        "",
    ),
    (
        "胜利路老旧商住楼燃气管道穿越卧室",
        "城镇燃气",
        "华龙区住房和城乡建设局",
        "市住房和城乡建设局",
        "2024年10月底前",
        "尚未启动，改造资金未落实",
        "",
    ),
    (
        "濮阳市恒通建材有限公司粉尘涉爆车间除尘系统未设置泄爆装置",
        "工贸",
        "濮阳市恒通建材有限公司",
        "市应急管理局",
        "2024年7月15日",
        "已加装泄爆片和隔爆阀",
        "验收合格，已销号",
    ),
    (
        "公交第二保养场CNG加气站防雷装置检测过期",
        "城镇燃气",
        "众意公交公司",
        "市交通运输局",
        "2024年8月31日",
        "已委托检测机构，计划8月上旬进场检测",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False, wrap=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "2024年第一批市级挂牌督办重大事故隐患整改进展情况表", title, 0, 7),
        (1, 0, "填报单位：市安委会办公室（盖章）        截至时间：2024年7月30日", plain, 1, 7),
    ]
    words = [
        "序号",
        "隐患名称",
        "行业（领域）",
        "隐患整改责任单位",
        "隐患整改督办单位",
        "整改时限",
        "整改进展",
        "验收销号",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(HAZARD_ROWS, 1):
        cells.append((2 + i, 0, i, mid))
        cells += [(2 + i, 1 + c, v, cell) for c, v in enumerate(row)]
    last = 3 + len(HAZARD_ROWS)
    cells.append((last, 0, "合计", mid, last, 1))
    cells.append((last, 2, "挂牌7处，已验收销号2处", cell, last, 7))
    cells.append(
        (last + 1, 0, "填表人：周敏    审核人：韩国庆    联系电话：0393-8991206", plain, last + 1, 7)
    )
    return _write_xls(path, [("挂牌督办隐患", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 巡河发现问题交办整改台账, after a town 河长办's report on its 河长制 work (区级、镇级、村级河道; 镇级河长每月巡河;
# 巡河排查出的问题及时归档管理，下发交办单，提出整改意见; 违法船舶拆解作业点、养殖排水、违法种植):
# http://szb.hynews.net/haby/harb/pc/content/202210/31/content_197713.html
# A CSV in GBK: title and 填报单位 lines, one header row with 交办单编号 and 交办日期, 整改时限 partly counted in
# working days from the 交办日期, 立行立改, 整改情况 as sentences; a 注 and the 填表人 line.
RIVER_ROWS = [
    (
        "马颊河庆祖段",
        "县级",
        "张立新",
        "马颊河左岸K3+200处有违法船舶拆解作业点，油污入河",
        "庆河交〔2024〕11号",
        "2024.6.3",
        "濮阳县交通运输局",
        "交办后15个工作日内",
        "已取缔拆解作业点，清理河面油污并设置警示牌，7月2日经镇河长办复查合格",
    ),
    (
        "潴龙河",
        "镇级",
        "刘长海",
        "西辛庄村东养殖场养殖尾水直排潴龙河",
        "庆河交〔2024〕14号",
        "2024.6.17",
        "庆祖镇人民政府",
        "交办后10个工作日内",
        "已封堵排污口，养殖场正在建设尾水沉淀池",
    ),
    (
        "第三濮清南干渠",
        "镇级",
        "刘长海",
        "干渠河道管理范围内违法种植玉米约12亩",
        "庆河交〔2024〕17号",
        "2024.7.1",
        "庆祖镇人民政府",
        "2024年7月底前",
        "",
    ),
    (
        "后丁庄村排水沟",
        "村级",
        "丁建军",
        "排水沟内生活垃圾堆积，沟渠堵塞",
        "庆河交〔2024〕19号",
        "2024.7.8",
        "庆祖镇人民政府",
        "立行立改",
        "已清理完毕",
    ),
    (
        "马颊河庆祖段",
        "县级",
        "张立新",
        "马颊河右岸庆祖桥下游200米处新增违建看护房1处",
        "庆河交〔2024〕20号",
        "2024.7.10",
        "濮阳县水利局",
        "交办后20个工作日内",
        "未整改",
    ),
    (
        "金堤河",
        "县级",
        "张立新",
        "金堤河庆祖段岸坡倾倒建筑垃圾约30方",
        "庆河交〔2024〕22号",
        "2024.7.15",
        "濮阳县城市管理局",
        "交办后5个工作日内",
        "正在清运，已清理约20方",
    ),
    (
        "潴龙河",
        "镇级",
        "刘长海",
        "潴龙河河长公示牌破损、河长信息未更新",
        "庆河交〔2024〕24号",
        "2024.7.22",
        "庆祖镇人民政府",
        "2024年8月10日前",
        "新公示牌已制作完成，待安装",
    ),
]


def write_river(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["庆祖镇2024年河长巡河发现问题交办整改台账"])
    w.writerow(["填报单位：庆祖镇河长制办公室（盖章）", "", "", "", "", "", "", "截至2024年7月29日"])
    w.writerow(
        [
            "序号",
            "河道名称",
            "河道级别",
            "巡河河长",
            "发现问题",
            "交办单编号",
            "交办日期",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：整改时限自交办之日起计算，工作日按国家法定节假日安排扣除。"])
    w.writerow(["填表人：李红霞", "", "", "", "联系电话：0393-3221086"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 巡察反馈问题整改清单销号表, after a report on a district's 巡察整改 (巡察整改链条; 对弱势群体关心关注不够、适老化
# 改造效果不明显的整改; 对群众反映的问题实行清单销号制; 立行立改):
# https://peopleweekly.cn/html/2022/jizhezaixian_0208/110761.html
# An .ods (LibreOffice conversion): the unit named only in the title (by its short name), the 反馈 date in the
# preamble as the base of 立行立改, rows naming 责任科室 of that unit, a 责任领导 column, 销号情况; 说明 and signature.
PATROL_ROWS = [
    (
        "落实老年友善医疗机构创建要求不到位，二级以上医院适老化改造效果不明显",
        "分批推进二级以上医院适老化改造，设置老年人就医绿色通道",
        "王建设",
        "老龄健康科",
        "2024年9月30日前",
        "已完成5家医院改造，剩余3家正在施工",
        "",
    ),
    (
        "党组理论学习中心组学习流于形式，研讨发言质量不高",
        "修订中心组学习制度，每季度至少开展1次专题研讨",
        "李红梅",
        "机关党委",
        "长期坚持",
        "已修订中心组学习制度，常态化开展专题研讨",
        "",
    ),
    (
        "公务接待审批单填写不规范，部分接待无公函",
        "逐笔核查2023年以来公务接待，补齐审批手续",
        "赵东亮",
        "办公室",
        "立行立改",
        "已完成整改，补齐审批手续",
        "已销号",
    ),
    (
        "2023年基本公共卫生服务补助资金拨付滞后，结余较大",
        "按进度拨付补助资金，建立月调度机制",
        "赵东亮",
        "财务科",
        "2024年6月底前",
        "资金已全部拨付到位",
        "已销号",
    ),
    (
        "干部轮岗交流不及时，个别重点岗位人员任职超过10年",
        "制定重点岗位轮岗交流计划并组织实施",
        "李红梅",
        "人事科",
        "2024年12月底前",
        "尚未启动",
        "",
    ),
    (
        "基层家庭医生签约服务存在重签约、轻履约问题",
        "开展签约服务履约情况专项核查，纳入绩效考核",
        "王建设",
        "基层卫生健康科",
        "2024年8月31日前",
        "",
        "",
    ),
    (
        "对群众反映的医院就医停车难问题回应不及时",
        "会同属地和医院增设停车位，优化交通组织",
        "王建设",
        "医政医管科",
        "2024年7月31日前",
        "已协调市第一人民医院新增临时停车位200个",
        "已销号",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="市卫健委")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 34, 10, 14, 14, 30, 10])
    b.line(ws, 0, "市卫健委党组落实市委第二巡察组反馈意见整改清单（销号表）", 7, b.title)
    b.line(
        ws, 1, "市委第二巡察组于2024年4月12日反馈巡察意见，现将整改进展情况报告如下（截至2024年7月29日）。", 7
    )
    b.header(
        ws,
        2,
        ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况", "销号情况"],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    n = 3 + len(PATROL_ROWS)
    b.line(ws, n, "说明：销号情况由巡察整改工作领导小组办公室审核后填写。", 7)
    b.line(ws, n + 1, "填报人：孟晓        审核人：赵东亮        日期：2024年7月29日", 7)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "巡察反馈问题整改清单销号表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 审计发现问题整改情况的报告, after a county 审计局's “四个告知” for 审计整改 (告知整改主体的责任; 向被审计单位发送告知函，
# 列明整改目标、整改时限和整改报告要素，对整改事项逐一细化、逐项对照; 告知整改督查的主体; 告知整改问责的情形):
# https://shijiazhuang.baogaosu.com/xinwen/%E5%AE%A1%E8%AE%A1%E5%B1%80%E5%AE%A1%E8%AE%A1%E6%95%B4%E6%94%B9%E5%B7%A5%E4%BD%9C%E5%81%9A%E5%88%B0%E5%9B%9B%E4%B8%AA%E5%91%8A%E7%9F%A5/51354489
# A .doc (Word 97 via LibreOffice): the audited unit's report to the 审计局, the unit named in the title and the
# signature only; each item a （N） paragraph with 整改目标, 整改时限 and 整改情况 as the 告知函 asked, 立行立改 counted
# from the date the 告知函 arrived; one item without a 整改情况 sentence.
AUDIT_ITEMS = [
    (
        "（一）城乡低保动态管理不及时，137名已死亡人员仍在享受低保待遇问题。",
        "整改目标：停发并追回违规发放资金，建立与卫健、公安部门的死亡信息比对机制。责任科室：社会救助科。",
        "整改时限：2024年5月31日前。",
        "整改情况：已全部停发，追回资金12.6万元，数据比对机制已建立，整改完成。",
    ),
    (
        "（二）养老服务设施建设补助资金拨付滞后、闲置问题。",
        "整改目标：按项目进度拨付补助资金。责任科室：养老服务科、财务科。",
        "整改时限：2024年9月底前。",
        "整改情况：已拨付1800万元，剩余资金待3个项目竣工验收后拨付。",
    ),
    (
        "（三）部分政府采购项目未按规定公开采购意向问题。",
        "整改目标：补充公开并规范采购程序。责任科室：财务科。",
        "整改时限：立行立改。",
        "整改情况：已在政府采购网补充公开，整改到位。",
    ),
    (
        "（四）固定资产账实不符，部分报废车辆未及时核销问题。",
        "整改目标：完成资产清查，账实相符。责任科室：办公室、财务科。",
        "整改时限：2024年第三季度。",
        "整改情况：已完成资产清查，报废车辆核销手续正在市财政局审批。",
    ),
    (
        "（五）社会组织等级评估经费超范围列支问题。",
        "整改目标：收回超范围列支资金。责任科室：社会组织管理科。",
        "整改时限：2024年6月30日前。",
        "整改情况：未整改。",
    ),
    (
        "（六）殡葬服务收费项目公示不规范问题。",
        "整改目标：督促殡仪馆按规定公示收费项目和标准。责任科室：社会事务科。",
        "整改时限：2024年7月15日。",
        "",
    ),
    (
        "（七）内部控制制度不健全，未建立合同管理制度问题。",
        "整改目标：建立合同管理制度并严格执行。责任科室：办公室。",
        "整改时限：2024年12月31日前。",
        "整改情况：已起草《合同管理办法》，正在征求各科室意见。",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("市民政局")
    _title(doc, "市民政局关于2023年度部门预算执行审计发现问题整改情况的报告")
    _paragraph(doc, "市审计局：")
    _numbered(
        doc,
        "我局于2024年3月20日收到《审计整改告知函》。按照告知函列明的整改目标、整改时限和整改报告要素，"
        "我局对审计发现的7个问题逐项制定措施、逐项对照整改。现将截至2024年7月25日的整改情况报告如下：",
    )
    for item in AUDIT_ITEMS:
        for text in item:
            if text:
                _numbered(doc, text)
    _numbered(doc, "下一步，我局将对尚未完成整改的问题持续跟踪，按时限整改到位后另行报告。")
    _paragraph(doc, "濮阳市民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（联系人：陈静    联系电话：0393-4418762）", 14)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计发现问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 12345热线月报, after a city 12345 hotline's monthly bulletin (masthead 12345 一体化 政务服务便民热线, 第N期(总第N期),
# the issuing office and date; 群众诉求分析 with tables of 诉求来源/工单类型 and 责任单位接诉情况 with a 总计 row):
# https://jxyc12345.cn/yxtb/rxyb/2023/06/19191628541989.html
# An .xlsx: sheet 诉求分析 holds the masthead and the 责任单位接诉情况 statistics (no items); sheet 重点工单 holds the
# 重点工单办理情况 table with 受理时间 as date-times, 办理时限 in working days from it, 办理状态 and 回访结果.
HOTLINE_STATS = [
    ("县（区）及开发区", 15390, "84.97%"),
    ("市直单位", 2013, "11.11%"),
    ("流转中", 710, "3.92%"),
]

HOTLINE_ROWS = [
    (
        "2407010023",
        datetime(2024, 7, 1, 9, 12),
        "绿城小区东门污水井冒溢，污水漫至人行道",
        "市城管局",
        "5个工作日",
        "已反馈",
        "满意",
    ),
    (
        "2407030117",
        datetime(2024, 7, 3, 16, 40),
        "胜利路与京开大道交叉口信号灯行人放行时间过短",
        "市交警支队",
        "5个工作日",
        "已反馈",
        "基本满意",
    ),
    (
        "2407050231",
        datetime(2024, 7, 5, 10, 5),
        "昆吾花园小区连续停水三天无人告知",
        "自来水公司",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "2407090088",
        datetime(2024, 7, 9, 8, 47),
        "孩子户籍地址与学区划分不符，要求协调就近入学",
        "市教育局",
        "10个工作日",
        "超期未办结",
        "",
    ),
    (
        "2407150142",
        datetime(2024, 7, 15, 14, 20),
        "某培训机构预付费课程停课后拒不退费",
        "市市场监管局",
        "15个工作日",
        "办理中",
        "",
    ),
    (
        "2407180056",
        datetime(2024, 7, 18, 11, 3),
        "医保异地就医备案线上办理一直提示失败",
        "市医保局",
        "3个工作日",
        "已反馈",
        "满意",
    ),
    (
        "2407220199",
        datetime(2024, 7, 22, 22, 16),
        "龙湖路段夜间渣土车抛洒严重",
        "市城市管理局",
        "5个工作日",
        "",
        "",
    ),
    (
        "2407240031",
        datetime(2024, 7, 24, 9, 30),
        "公积金贷款审批超过承诺时限",
        "公积金中心",
        "10个工作日",
        "办理中",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="12345热线办")
    ws = b.sheet("诉求分析")
    b.widths(ws, [22, 14, 12])
    b.line(ws, 0, "濮阳12345 一体化", 2, b.title)
    b.line(ws, 1, "政务服务便民热线", 2, b.title)
    b.line(ws, 2, "2024年第7期（总第86期）", 2)
    b.line(ws, 3, "濮阳市12345政务服务便民热线工作领导小组办公室        2024年7月29日", 2)
    b.line(ws, 4, "一、群众诉求分析（责任单位接诉情况）", 2)
    b.header(ws, 5, ["责任单位", "转派工单", "占比"])
    for i, row in enumerate(HOTLINE_STATS):
        b.row(ws, 6 + i, list(row))
    b.row(ws, 6 + len(HOTLINE_STATS), ["总计", 18113, "100%"])
    ws2 = b.sheet("重点工单")
    b.widths(ws2, [6, 14, 18, 40, 16, 12, 12, 10])
    b.line(ws2, 0, "二、重点工单办理情况（办理时限自受理之日起按工作日计算）", 7)
    b.header(
        ws2, 1, ["序号", "工单编号", "受理时间", "诉求内容", "责任单位", "办理时限", "办理状态", "回访结果"]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws2, 1 + i, 0, i, b.center)
        b.row(ws2, 1 + i, list(row), first=1)
    b.line(ws2, 2 + len(HOTLINE_ROWS), "（本期共列重点工单8件，已办结4件）", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 领导批示交办事项督查登记表, after a county's 政务督查工作暂行规定 (对领导批示、交办事项，由督查人员对收件日期、项目
# 名称、交办内容、承办单位、办理时限、办理结果等进行登记; 转办时附统一的交办通知):
# http://xuexue6.com/cygw/k03475/6107658_2.html
# An .et (Excel 97 via LibreOffice): title and 登记科室 line, the 登记 columns in the order the rule names them with a
# 督办编号 in front; 收件日期 an event; 办理时限 as a date, a month, a quarter, 年底前 or a schedule text whose last date
# is the deadline; former unit names in 承办单位; a 注 and the 登记人.
SUPERVISE_ROWS = [
    (
        "督〔2024〕21号",
        date(2024, 6, 5),
        "城区防汛排涝",
        "对城区12处易涝点逐一制定排涝方案",
        "市城管局",
        "6月20日前完成泵站检修，7月15日前完成积水点改造",
        "泵站检修已完成，积水点改造完成9处，剩余3处正在施工",
    ),
    (
        "督〔2024〕23号",
        date(2024, 6, 11),
        "农村供水保障",
        "解决清丰县部分村庄夏季用水高峰水压不足问题",
        "市水利局",
        "2024年7月31日",
        "已完成加压泵站扩容，供水正常，已办结",
    ),
    (
        "督〔2024〕26号",
        date(2024, 6, 18),
        "夏季秸秆禁烧",
        "落实夏季秸秆禁烧网格化监管，杜绝焚烧火点",
        "市环保局",
        "6月底前",
        "已办结",
    ),
    (
        "督〔2024〕30号",
        date(2024, 7, 1),
        "高温时段户外作业劳动保护",
        "督促用人单位落实高温津贴和户外作业时间调整",
        "市人社局",
        "2024年7月10日",
        "已完成专项检查，检查用人单位56家，落实情况已报送",
    ),
    (
        "督〔2024〕33号",
        date(2024, 7, 8),
        "重点项目用地保障",
        "协调新材料产业园二期项目用地报批",
        "市国土资源局",
        "第三季度",
        "用地预审已完成，正在组卷上报省厅",
    ),
    (
        "督〔2024〕35号",
        date(2024, 7, 15),
        "老旧小区加装电梯",
        "推进中心城区老旧小区既有住宅加装电梯试点",
        "市住建局",
        "年底前",
        "",
    ),
    (
        "督〔2024〕38号",
        date(2024, 7, 22),
        "网约车聚集接客秩序整治",
        "整治高铁站周边网约车违规聚集接客",
        "市交通运输局",
        "2024年8月15日",
        "未启动",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("登记表")
    b.widths(ws, [14, 12, 16, 36, 14, 30, 34])
    b.line(ws, 0, "2024年市政府领导批示交办事项督查登记表", 6, b.title)
    b.line(ws, 1, "登记科室：市政府督查室            登记截至：2024年7月30日", 6)
    b.header(ws, 2, ["督办编号", "收件日期", "项目名称", "交办内容", "承办单位", "办理时限", "办理结果"])
    for i, row in enumerate(SUPERVISE_ROWS):
        b.row(ws, 3 + i, list(row))
    n = 3 + len(SUPERVISE_ROWS)
    b.line(ws, n, "注：办理结果由承办单位于每月25日前报送督查室。", 6)
    b.line(ws, n + 1, "登记人：王芳", 6)
    return b.close()


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_book, path, "xls", "领导批示交办事项督查登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 农村集体“三资”自查自纠整改进展情况（两镇）, after a town 党委's public report on its 巡察整改进展 (numbered
# 整改事项 (23)(24) each followed by 一是、二是 sentences: 开展专项排查、建立台账、实行销号管理; 督促村（社区）履行合同
# 约定、做好到期押金退还; 用“身边人身边事”开展警示教育):
# http://www.kzrd.com/news/HTML_M/202509/4840_5.html
# A .zip of two .docx returns with fixed member times, one per town: the town named in the title and signature, each
# item a (N) paragraph, a line with 整改时限 and 责任部门 (a section of the town), then 一是、二是 progress sentences.
SELF_RETURNS = [
    (
        "柳屯镇",
        [
            (
                "(1)部分村集体资产租赁合同到期未续签、租金未按期收缴。",
                "整改时限：2024年9月底前全部完成续签。责任部门：镇农村经营管理站。",
                "一是对全镇41个村资产租赁合同逐份排查，建立到期合同台账；二是已收缴拖欠租金8.2万元，"
                "剩余3份合同正在与承租方协商续签。",
            ),
            (
                "(2)村级非生产性开支超标准、审批手续不全。",
                "整改时限：2024年6月底前。责任部门：镇财政所。",
                "一是出台《柳屯镇村级非生产性开支管理办法》；二是对超标准开支逐笔清退，已完成整改。",
            ),
            (
                "(3)集体土地发包未经村民代表会议表决。",
                "整改时限：长期坚持。责任部门：镇农村经营管理站。",
                "常态化推进，新增发包事项一律提交村民代表会议表决并公示。",
            ),
            (
                "(4)个别村存在账外现金收支。",
                "整改时限：2024年7月15日前。责任部门：镇财政所。",
                "未整改。",
            ),
        ],
    ),
    (
        "文留镇",
        [
            (
                "(1)部分村（社区）合同押金到期未退还。",
                "整改时限：2024年8月31日前。责任部门：镇农村经营管理站。",
                "一是开展专项排查，摸清押金底数并建立动态跟踪台账；二是已督促退还押金5笔共3.6万元，"
                "尚有2笔正在协商。",
            ),
            (
                "(2)村集体经济合同要素缺失、管理不规范。",
                "整改时限：2024年7月20日。责任部门：镇农村经营管理站。",
                "一是对合同逐份补签规范；二是经镇经管站复核合格，已销号。",
            ),
            (
                "(3)用“身边人身边事”开展警示教育不够经常。",
                "整改时限：长期坚持。责任部门：镇纪委。",
                "常态化开展警示教育，每季度召开一次以案促改警示教育会。",
            ),
            (
                "(4)扶贫项目资产登记不完整，确权移交滞后。",
                "整改时限：2024年10月底前。责任部门：镇乡村振兴办。",
                "",
            ),
        ],
    ),
]


def write_self_docx(path: Path, town: str, items: list[tuple[str, str, str]]) -> Path:
    doc = _new_document(f"{town}党委")
    _title(doc, f"{town}关于农村集体“三资”管理问题自查自纠整改进展情况的报告")
    _numbered(
        doc,
        f"按照县委关于开展农村集体“三资”管理问题自查自纠的部署，{town}对照问题清单逐项整改，实行清单管理、"
        "对账销号。现将截至2024年7月26日的整改进展情况报告如下：",
    )
    for head, limit, progress in items:
        _numbered(doc, head)
        _numbered(doc, limit)
        if progress:
            _numbered(doc, progress)
    _paragraph(doc, f"中共{town}委员会  {town}人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, items in SELF_RETURNS:
            name = f"{town}农村集体三资自查自纠整改进展情况.docx"
            member = write_self_docx(Path(tmp) / name, town, items)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 生态环境保护督察反馈问题整改进展清单, after a province's 整改进展清单 for the 中央生态环境保护督察“回头看”反馈意见
# (一、关于“……”问题; 整改进展情况：已经完成，长期坚持 / 正在推进 / 达到序时进度; numbered measures 1. 2. under it):
# https://m.zhuangpeitu.com/article/130947064.html
# A .wps (Word 97 via LibreOffice): the 一、关于“…”问题 headings, a 责任单位 line (former names after reform among
# them), 整改时限, 整改进展情况 in the source's words and numbered measures; one item with （待填报） and no measures.
ENV_ITEMS = [
    (
        "一、关于“城市建成区黑臭水体治理不彻底，马颊河城区段部分时段返黑返臭”的问题。",
        "市住建局",
        "2024年10月底前",
        "正在推进。",
        ["1.完成沿河12处雨污混接点改造。", "2.建立黑臭水体长效巡查机制。"],
    ),
    (
        "二、关于“部分涉VOCs企业治理设施不正常运行”的问题。",
        "市环保局",
        "2024年6月底前",
        "已经完成。",
        ["1.对32家重点企业开展治理设施专项检查。", "2.对2家企业依法立案处罚。"],
    ),
    (
        "三、关于“建筑工地和道路扬尘管控不到位”的问题。",
        "市城管执法局",
        "长期坚持",
        "长期坚持。",
        ["1.实行渣土运输车辆全密闭管理。", "2.城区主次干道每日机扫洒水。"],
    ),
    (
        "四、关于“农村生活污水处理设施建而不用、运维不到位”的问题。",
        "市农委",
        "2024年12月底前",
        "达到序时进度，正在推进。",
        ["1.已排查农村污水处理站86座。", "2.对停运站点逐一制定恢复运行方案。"],
    ),
    (
        "五、关于“医疗废物暂存间设置不符合规范要求”的问题。",
        "市卫计委",
        "2024年7月31日前",
        "已经完成，长期坚持。",
        ["1.完成全市二级以上医疗机构暂存间规范化改造。", "2.纳入日常监督检查。"],
    ),
    (
        "六、关于“历史遗留废弃矿山生态修复进展滞后”的问题。",
        "市国土资源局",
        "2025年6月底前",
        "进展滞后。",
        ["1.修复资金尚未落实，修复工程未开工。"],
    ),
    (
        "七、关于“饮用水水源地保护区内违规建筑未拆除”的问题。",
        "市水利局",
        "2024年9月30日前",
        "（待填报）",
        [],
    ),
]


def write_env_docx(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "濮阳市贯彻落实第三轮省生态环境保护督察反馈意见整改进展清单")
    _paragraph(doc, "（截至2024年7月30日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for head, unit, limit, verdict, measures in ENV_ITEMS:
        _numbered(doc, head)
        _numbered(doc, f"责任单位：{unit}    整改时限：{limit}")
        _numbered(doc, f"整改进展情况：{verdict}")
        for m in measures:
            _numbered(doc, m)
    _paragraph(doc, "濮阳市生态环境保护督察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_env(path: Path) -> Path:
    return via_soffice(write_env_docx, path, "doc", "生态环境保护督察反馈问题整改进展清单.docx")


FILES = [
    ("濮阳市2024年优化营商环境工作要点任务推进情况.docx", write_biz),
    ("2024-07-31濮阳市第九届人民代表大会第三次会议代表建议目录.xlsx", write_sugg),
    ("2024年第一批市级挂牌督办重大事故隐患整改进展情况表.xls", write_hazard),
    ("庆祖镇河长巡河发现问题交办整改台账.csv", write_river),
    ("巡察反馈意见整改清单（销号表）.ods", write_patrol),
    ("关于2023年度部门预算执行审计发现问题整改情况的报告.doc", write_audit),
    ("12345热线2024年第7期月报（重点工单）.xlsx", write_hotline),
    ("2024年市政府领导批示交办事项督查登记表.et", write_supervise),
    ("农村集体三资自查自纠整改进展情况（两镇）.zip", write_self),
    ("第三轮省生态环境保护督察反馈问题整改进展清单.wps", write_env),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

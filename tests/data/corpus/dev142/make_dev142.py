"""Write the dev142 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 教育督导与校园安全、学校食堂、校车、托育机构检查整改 (校车安全隐患排查、履行教育职责评价、午托机构排查、
托育机构消防督导、托育机构隐患曝光、校车联合抽查、学校食堂自查、责任督学督导、开学专项督导、幼儿园隐患排查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx) whose member names are stored in GBK. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside245.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 20, 0)
ZIP_TIME = (2024, 7, 30, 9, 20, 0)


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
        self.band = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows zip tools in China write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 中小学（幼儿园）校园校车安全隐患排查表, after a published school-bus hazard checklist (类别：校车安全管理隐患排查;
# 序号 / 项目 / 排查内容 / 排查周期 / 存在问题 / 处置方式 / 排查人; 项目 such as 组织监督 and 车辆管理 spanning several
# rows; 排查周期 每学期 / 每两月 / 每月):
# https://www.renrendoc.com/paper/253149747.html
# An .xlsx from one kindergarten: title, 幼儿园/排查时间 line, 类别 line, one header row, the 项目 merged down its rows,
# rows whose 存在问题 is 无 (nothing found) beside rows with a problem, the 处置方式 holding deadline and result in
# words (立即整改 counts from the 排查时间), a 注 line and a signature line.
BUS_GROUPS = [
    (
        "组织监督",
        [
            ("是否制定并实施校车服务方案", "每学期", "无", "—", "赵建华"),
            (
                "是否建立健全校车安全管理制度，配备安全管理人员",
                "每学期",
                "校车安全管理员由保教主任兼任，未明确专职安全管理人员",
                "限期整改，7月15日前明确专人；已落实专职安全管理员1名",
                "赵建华",
            ),
            (
                "校车运行线路、站点及交通安全防护设施是否存在安全隐患",
                "每两月",
                "马庄站点位于县道急弯处，无减速带和停靠警示标志",
                "已函告县交通运输局、县交警大队，8月底前增设警示标志，正在协调",
                "王俊峰",
            ),
            (
                "是否定期对校车驾驶人、随车照管人员进行安全教育（含应急处置和应急救援知识）",
                "每两月",
                "上半年仅开展1次安全教育，无应急疏散演练记录",
                "8月31日前组织专题培训和疏散演练",
                "王俊峰",
            ),
        ],
    ),
    (
        "车辆管理",
        [
            ("是否存在使用未取得校车标牌的车辆提供校车服务", "每两月", "无", "—", "赵建华"),
            (
                "校车上逃生锤、干粉灭火器、急救箱、安全带等安全设备是否完好无损",
                "每月",
                "2号校车（豫J·3K216）灭火器压力不足，急救箱药品过期",
                "立即整改，当日已更换灭火器、补齐药品",
                "赵建华",
            ),
            (
                "是否按照规定配备具有行驶记录功能的卫星定位装置",
                "每两月",
                "1号校车卫星定位装置信号时断时续，监控平台7月上旬无运行轨迹",
                "已报修，厂家7月25日前更换主机",
                "王俊峰",
            ),
            (
                "是否按照国家规定做好校车的安全维护，建立安全维护档案",
                "每两月",
                "安全维护档案缺2024年4月、5月保养记录",
                "限7月20日前补齐，逾期未补",
                "赵建华",
            ),
            ("校车是否每半年进行一次机动车安全技术检验", "每学期", "无", "—", "王俊峰"),
            ("是否对乘坐学生办理足额保险", "每学期", "无", "—", "王俊峰"),
        ],
    ),
    (
        "驾驶人及随车照管",
        [
            (
                "是否取得校车驾驶资格，并每年接受公安机关交通管理部门的审验",
                "每学期",
                "驾驶人刘某校车驾驶资格8月到期，尚未审验",
                "已预约8月6日审验，8月15日前完成",
                "赵建华",
            ),
            (
                "校车上下学生，是否存在在非校车停靠站点停靠",
                "每月",
                "7月5日下午在后西村路口非停靠站点上下学生",
                "立即整改，已对驾驶人批评教育并扣减当月绩效",
                "王俊峰",
            ),
            (
                "随车照管人员是否清点学生人数、做好上下车交接",
                "每次",
                "上下车交接记录表家长签字栏多处空白",
                "每日由保教主任核查交接记录，长期坚持",
                "赵建华",
            ),
        ],
    ),
]


def write_bus_check(path: Path) -> Path:
    b = Book(path, author="元村镇中心幼儿园")
    ws = b.sheet("校车安全隐患排查表")
    b.widths(ws, [6, 12, 40, 10, 36, 38, 10])
    b.line(ws, 0, "中小学（幼儿园）校园校车安全隐患排查表", 6, b.title)
    b.line(
        ws, 1, "学校（幼儿园）：南乐县元村镇中心幼儿园（盖章）    校车数量：2辆    排查时间：2024年7月10日", 6
    )
    b.line(ws, 2, "类别：校车安全管理隐患排查", 6)
    b.header(ws, 3, ["序号", "项目", "排查内容", "排查周期", "存在问题", "处置方式", "排查人"])
    r, n = 4, 0
    for project, rows in BUS_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, project, b.center)
        for content, cycle, problem, action, checker in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, content)
            b.put(ws, r, 3, cycle, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, action)
            b.put(ws, r, 6, checker, b.center)
            r += 1
    b.line(ws, r, "注：存在问题栏填“无”的为本次排查未发现问题；“立即整改”事项自排查当日整改。", 6)
    b.line(ws, r + 1, "园长（签字）：李秀梅    安全管理员：赵建华    填报日期：2024年7月12日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 履行教育职责评价反馈问题整改情况报告, after a county government's 关于履行教育职责评价中存在问题整改情况报告的函
# (报告中指出的四个方面问题; 按照问题清单把整改任务逐一落实到责任科室和具体责任人，建立整改台账，采取对账销号制度，
# 整改一个、销号一个; 一、加强领导、精准发力 / 二、压实责任、提高站位 / 三、抓紧抓实履职整改各项工作 /
# （一）教育优先发展保障力度不够方面 …):
# http://bibiwenku.com/index/article/detail/detail_id/406952.html
# A .docx: title, 主送, preamble, two paragraphs of measures, then the problems as numbered paragraphs under four
# （一）…方面 headings, each naming its 牵头单位 (short names of city bureaus, one former name) and 配合单位, its
# 整改时限 (dates, 月底前, 年底前, a 2023—2025年 span, a two-step schedule, 长期坚持) and its 整改进展 in words.
DUTY_GROUPS = [
    (
        "（一）教育优先发展保障力度不够方面",
        [
            "普通高中理科实验室设施设备更新缓慢，不能适应新教材、新课程、新高考要求。牵头单位：市教育局；"
            "配合单位：市财政局。整改时限：2024年12月底前。整改进展：已完成濮阳市第一高级中学等3所学校物理、"
            "化学实验室设备采购招标，计划9月安装到位。",
            "2023年市本级教育费附加用于教育的比例未达到规定要求。牵头单位：市财政局。整改时限：2024年6月底前。"
            "整改进展：已足额拨付教育费附加1260万元，整改完成，已对账销号。",
        ],
    ),
    (
        "（二）教师队伍建设方面",
        [
            "全市中小学教职工缺编218名，部分农村学校音体美教师结构性短缺。牵头单位：市人力资源社会保障局；"
            "配合单位：市委编办、市教育局。整改时限：2023—2025年分步解决。整改进展：2024年已招聘特岗教师86名、"
            "公费师范生40名，县管校聘改革正在推进。",
            "乡村教师生活补助未按规定建立动态调整机制。牵头单位：市教育局；配合单位：市财政局。"
            "整改时限：2024年9月30日前。整改进展：尚未启动。",
        ],
    ),
    (
        "（三）学前教育和托育服务方面",
        [
            "城镇小区配套幼儿园2所未按规定移交教育部门。牵头单位：市住建局；配合单位：市自然资源和规划局、"
            "市教育局。整改时限：2024年10月底前。整改进展：已移交1所，另1所正在办理不动产登记手续。",
            "普惠性托育服务供给不足，每千人口拥有3岁以下婴幼儿托位数低于全省平均水平。牵头单位：市卫健委；"
            "配合单位：市发展改革委、市住建局。整改时限：2024年9月底前完成社区托育点选址，12月底前新增普惠托位"
            "500个。整改进展：已新增普惠托位320个，3个社区托育点正在装修。",
        ],
    ),
    (
        "（四）校园安全方面",
        [
            "部分学校周边流动摊贩占道经营，上下学时段交通秩序混乱。牵头单位：市城管执法局；配合单位：市交警支队、"
            "华龙区人民政府。整改时限：长期坚持。整改进展：实行上下学时段定点值守，校园周边环境整治常态化推进。",
            "市第三中学1处C级危房未按期拆除。牵头单位：市教育局。整改时限：2024年7月15日。整改进展：已于7月12日"
            "拆除，经市住建局组织验收合格，已销号。",
        ],
    ),
]


def write_duty_report(path: Path) -> Path:
    doc = _new_document("市政府教育督导委员会办公室")
    _title(doc, "濮阳市人民政府关于2023年度履行教育职责评价反馈问题整改情况的报告")
    _paragraph(doc, "省人民政府教育督导委员会办公室：")
    _paragraph(
        doc,
        "按照省政府年度工作部署，省人民政府教育督导委员会组织完成了2023年度对市级人民政府履行教育职责评价"
        "工作，评价报告对我市指出了四个方面的问题。我市高度重视，完全赞同和诚恳接受反馈意见，按照整改方案"
        "逐项整改。现将整改情况报告如下。",
    )
    _paragraph(doc, "一、加强领导，精准发力")
    _paragraph(
        doc,
        "第一时间成立由市政府分管副市长任组长、市教育局牵头的整改工作专班，落实政府领导、教育行政部门牵头、"
        "教育督导机构协调、相关部门配合的整改工作机制。",
    )
    _paragraph(doc, "二、压实责任，提高站位")
    _paragraph(
        doc,
        "按照问题清单把整改任务逐一落实到牵头单位、配合单位和具体责任人，建立整改台账，实行对账销号制度，"
        "整改一个、销号一个，做到“题题有答案”“事事有结果”。",
    )
    _paragraph(doc, "三、抓紧抓实履职整改各项工作")
    n = 0
    for heading, paras in DUTY_GROUPS:
        _paragraph(doc, heading)
        for text in paras:
            n += 1
            _paragraph(doc, f"{n}．{text}")
    _paragraph(doc, "四、下一步工作打算")
    _paragraph(
        doc,
        "对尚未完成的整改任务，市政府教育督导委员会办公室将每月调度一次，确保按期整改到位；对已完成的整改"
        "任务适时开展“回头看”，防止问题反弹。",
    )
    _paragraph(doc, "濮阳市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 午托机构安全隐患排查问题清单, after a 街道's account of its joint check of 午托机构 (联合应急办、执法大队、城建办、
# 市场监督管理所等部门组成联合检查组; 重点对午托的用电用气、食品安全及消防设施、消防疏散通道等情况进行排查，共发现
# 安全隐患30余处; 当场列出问题清单，下达整改意见书，明确整改期限):
# https://caizhengju.hnhx.gov.cn/portal/xwzx/xzdt/webinfo/2025/02/1741575495584685.htm
# An .xls (xlwt): title, 检查单位 and 填报单位 lines, one header row with the 经营者 beside the 午托机构, a 检查日期 per
# row (the base of 立即整改), the 整改意见书编号, 整改期限 as 立即整改 / X月X日前 / 停止使用 … 前搬迁, a 注 and a
# signature line.
NOON_ROWS = [
    (
        "华龙区小博士学生托管服务部",
        "张丽娟",
        "2024.7.2",
        "用电",
        "午休室内为电动自行车充电，充电线从窗户私拉入室",
        "中街安改〔2024〕11号",
        "立即整改",
        "已当场清除私拉线路，整改完毕",
    ),
    (
        "华龙区金太阳午托中心",
        "刘建伟",
        "2024.7.2",
        "用气",
        "厨房液化气钢瓶与灶具同室存放，未安装可燃气体报警装置",
        "中街安改〔2024〕12号",
        "7月10日前",
        "报警装置已安装，钢瓶间正在隔离改造",
    ),
    (
        "华龙区童心园学生托管部",
        "王晓燕",
        "2024.7.3",
        "消防",
        "二楼疏散通道堆放床垫、杂物，安全出口上锁",
        "中街安改〔2024〕13号",
        "立即整改",
        "",
    ),
    (
        "华龙区启航学苑托管中心",
        "孙海涛",
        "2024.7.3",
        "食品安全",
        "未取得食品经营许可证即为学生自制午餐",
        "中街安改〔2024〕14号",
        "7月31日前",
        "已停止自制午餐，改由持证单位配餐，许可证正在办理",
    ),
    (
        "华龙区好学午托服务部",
        "赵敏",
        "2024.7.3",
        "消防",
        "灭火器过期失效，无应急照明灯和疏散指示标志",
        "中街安改〔2024〕15号",
        "7月8日前",
        "经7月9日复查，已配齐灭火器和应急照明，复查合格",
    ),
    (
        "华龙区爱心午托之家",
        "李红霞",
        "2024.7.4",
        "房屋",
        "利用居民楼地下室作午休室，无自然采光和第二安全出口",
        "中街安改〔2024〕16号",
        "停止使用，7月15日前搬迁",
        "逾期未整改",
    ),
    (
        "华龙区智慧树托管服务部",
        "陈立军",
        "2024.7.4",
        "食品安全",
        "从业人员3人中2人无有效健康证明",
        "中街安改〔2024〕17号",
        "7月12日前",
        "2人已取得健康证明，整改到位",
    ),
    (
        "华龙区晨曦午托班",
        "周慧",
        "2024.7.4",
        "用电",
        "午休室使用大功率电暖器，电线老化破损",
        "中街安改〔2024〕18号",
        "8月15日前",
        "已撤除电暖器，正在更换室内线路",
    ),
]


def write_noon_care(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "中原路街道午托机构安全隐患排查问题清单", t, 0, 8),
        (
            1,
            0,
            "检查单位：中原路街道联合检查组（应急办、综合行政执法大队、城建办、中原路市场监督管理所）",
            plain,
            1,
            8,
        ),
        (2, 0, "填报单位：华龙区中原路街道办事处（盖章）    填报日期：2024年7月26日", plain, 2, 8),
    ]
    words = [
        "序号",
        "午托机构名称",
        "经营者",
        "检查日期",
        "排查类别",
        "存在问题",
        "整改意见书编号",
        "整改期限",
        "整改落实情况",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    for i, row in enumerate(NOON_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 4, 6) else c))
    r = 4 + len(NOON_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改期限为“立即整改”的，自检查当日整改到位；逾期未整改的，移交街道综合行政执法大队依法处理。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "填表人：杜文静    审核人：高建民    联系电话：0393-8216437", plain, r + 1, 8),
    ]
    return _write_xls(path, [("问题清单", cells, [6, 26, 10, 11, 10, 40, 20, 16, 34])])


# ---------------------------------------------------------------------------------------------
# 4. 托育机构消防安全联合督导抽查问题清单, after a district's account of its joint inspection of 实际收托机构 (区卫生
# 健康局、区消防救援大队、区妇幼计生中心、各镇（开发区、街道）社会事业局联合成立督导组，“四不两直”抽查21家实际收托
# 机构; 违法违规施工作业和经营、安全疏散条件、违规设置防盗网和广告牌、防火门安全使用及消防设施设备; 形成问题清单，
# 要求限期整改，对问题较大且不愿意配合整改的建议关停转型，属地政府跟踪督查):
# https://www.wj.gov.cn/html/czwj/2024/NHFEAHHE_0315/483521.html
# An .xlsx: title, 督导单位/督导时间 lines, a two-row header (督导发现问题 over 问题类别 and 具体问题, 整改要求 over
# 整改期限 and 处置建议, 属地跟踪督查 over the 督查责任单位 — a town, not the unit — and 整改进展), a 说明 line and a
# signature line.
NURSERY_ROWS = [
    (
        "城关镇",
        "濮阳县城关镇小橙子托育中心",
        "安全疏散",
        "二楼婴幼儿休息室外窗设置固定式防盗网，未留逃生口",
        "2024年7月5日",
        "限期整改",
        "城关镇人民政府",
        "已改装为可从内部开启的防盗网，经复查合格",
    ),
    (
        "城关镇",
        "濮阳县城关镇贝乐思托育园",
        "防火门",
        "楼梯间常闭式防火门被木楔固定常开，闭门器损坏",
        "2024年6月25日",
        "限期整改",
        "城关镇人民政府",
        "已更换闭门器，撤除木楔",
    ),
    (
        "文留镇",
        "濮阳县文留镇宝贝计划托育中心",
        "违规经营",
        "在建住宅底商未经消防验收即开展收托，实际收托婴幼儿23名",
        "2024年7月31日",
        "立即停止收托，消防验收合格前不得恢复",
        "文留镇人民政府",
        "已停止收托，消防验收申请已受理",
    ),
    (
        "庆祖镇",
        "濮阳县庆祖镇启蒙托育园",
        "消防设施",
        "未设置火灾自动报警系统，灭火器配置数量不足",
        "2024年8月31日",
        "限期整改",
        "庆祖镇人民政府",
        "尚未整改",
    ),
    (
        "子岸镇",
        "濮阳县子岸镇爱贝托育中心",
        "安全疏散",
        "仅设一部疏散楼梯，婴幼儿生活用房设在三层",
        "2024年12月31日",
        "建议关停转型",
        "子岸镇人民政府",
        "机构已于7月3日停止收托，转型方案正在审核",
    ),
    (
        "柳屯镇",
        "濮阳县柳屯镇小天使托育园",
        "广告牌",
        "外墙广告牌遮挡二层外窗，影响灭火救援",
        "2024年7月15日",
        "限期整改",
        "柳屯镇人民政府",
        "",
    ),
    (
        "八公桥镇",
        "濮阳县八公桥镇乐童托育中心",
        "电气线路",
        "午睡室插座安装高度不足1.8米，未采用安全型插座",
        "2024年7月10日",
        "限期整改",
        "八公桥镇人民政府",
        "已更换安全型插座并移位，整改到位",
    ),
    (
        "户部寨镇",
        "濮阳县户部寨镇好孕宝托育园",
        "消防设施",
        "厨房燃气管道未安装紧急切断阀",
        "2024年7月30日",
        "限期整改",
        "户部寨镇人民政府",
        "燃气公司已上门勘察，预约7月29日安装",
    ),
]


def write_nursery_fire(path: Path) -> Path:
    b = Book(path, author="人口监测与家庭发展股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 30, 10, 40, 14, 22, 16, 34])
    b.line(ws, 0, "濮阳县托育机构消防安全联合督导抽查问题清单", 8, b.title)
    b.line(
        ws,
        1,
        "督导单位：县卫生健康委员会、县消防救援大队、县妇幼保健计划生育服务中心、各镇社会事务办联合督导组",
        8,
    )
    b.line(ws, 2, "督导时间：2024年6月18日至20日    抽查实际收托机构21家，其中8家存在问题", 8)
    for col, word in enumerate(["序号", "属地镇", "托育机构名称"]):
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 3, 3, 4, "督导发现问题", b.head)
    b.header(ws, 4, ["问题类别", "具体问题"], first=3)
    b.merge(ws, 3, 5, 3, 6, "整改要求", b.head)
    b.header(ws, 4, ["整改期限", "处置建议"], first=5)
    b.merge(ws, 3, 7, 3, 8, "属地跟踪督查", b.head)
    b.header(ws, 4, ["督查责任单位", "整改进展"], first=7)
    for i, row in enumerate(NURSERY_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(NURSERY_ROWS)
    b.line(
        ws,
        end,
        "说明：整改主体为各托育机构；属地镇人民政府负责跟踪督查，整改进展每周报县卫生健康委员会。"
        "对问题较大且不配合整改的机构，建议关停转型。",
        8,
    )
    b.line(ws, end + 1, "填报单位：濮阳县卫生健康委员会    填报人：韩雪    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 托育机构安全问题隐患集中曝光, after a district health bureau's exposure notice (区卫健局对部分托育机构、医疗机构
# 安全问题隐患进行集中曝光; 点位一 / 单位名称 / 安全隐患 / 相关法律法规要求 / 整改前 / 整改后, several hazards under
# one unit):
# http://m.serenwang.com/dy/article/KFCO67480514MNMT.html?spss=dy_author
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble, then 点位 cards, each with one 单位名称 and
# one or more 安全隐患 blocks (相关法律法规要求, 整改时限 where one was set, 整改情况 — blank on one), the bureau and
# date at the foot.
EXPOSE_CARDS = [
    (
        "点位一",
        "濮阳市华龙区小星星托育服务有限公司",
        [
            (
                "保健室部分插孔未封堵，插座未采用安全型",
                "《托儿所、幼儿园建筑设计规范》（JGJ 39）关于插座应采用安全型、安装高度不应低于1.80m的规定",
                "",
                "已更换为安全型插座并加装保护盖（整改前、整改后照片附后）",
            ),
            (
                "感统训练室外部分地板松动翘起",
                "《托育机构设置标准（试行）》关于房屋装修、设施设备应定期检查维护的规定",
                "",
                "已重新铺设固定（整改前、整改后照片附后）",
            ),
        ],
    ),
    (
        "点位二",
        "濮阳市华龙区爱弥儿托育园有限公司",
        [
            (
                "厨房燃气报警器电源接在劣质插座转换器上",
                "《中华人民共和国安全生产法》第三十六条关于安全设备维护、保养、检测的规定",
                "2024年7月20日",
                "已改为固定插座供电",
            ),
            (
                "婴幼儿休息室与厨房之间防火门闭门器损坏",
                "《中华人民共和国消防法》关于保障防火门等消防设施完好有效的规定",
                "2024年8月10日",
                "闭门器配件已订购，待安装",
            ),
        ],
    ),
    (
        "点位三",
        "华龙区大庆路街道童乐汇托育中心",
        [
            (
                "户外活动场地滑梯底部缓冲地垫破损",
                "《托育机构管理规范（试行）》关于室外活动场地安全防护的规定",
                "2024年7月31日",
                "",
            ),
        ],
    ),
    (
        "点位四",
        "濮阳市华龙区贝贝佳托育服务中心",
        [
            (
                "6月份有9天无婴幼儿晨检记录",
                "《托育机构管理规范（试行）》关于健康检查和晨午检的规定",
                "",
                "每日晨检由保健员登记、负责人签字，长期坚持",
            ),
            (
                "消毒柜未定期检测，餐具消毒记录不全",
                "《托育机构管理规范（试行）》关于卫生消毒的规定",
                "2024年7月5日",
                "尚未整改",
            ),
        ],
    ),
    (
        "点位五",
        "华龙区中原路街道小脚印托育园",
        [
            (
                "安全出口疏散指示标志损坏不亮",
                "《中华人民共和国消防法》关于保障疏散通道、安全出口畅通的规定",
                "2024年7月15日",
                "已更换，经区卫健委7月16日复查合格",
            ),
        ],
    ),
]


def write_expose_docx(path: Path) -> Path:
    doc = _new_document("家庭发展科")
    _title(doc, "华龙区卫生健康委员会关于托育机构安全问题隐患集中曝光的通报", 18)
    _paragraph(
        doc,
        "为充分发挥通报曝光的警示教育作用，精准传导压力和责任，有效防范化解安全风险，根据安全生产问题隐患"
        "“大排查、大曝光、大整治”行动要求，区卫健委对6月下旬检查中发现的部分托育机构安全问题隐患集中曝光。"
        "已整改的隐患附整改前后照片；未整改到位的，由托育机构在整改时限内整改并报区卫健委复查。",
        14,
    )
    for point, unit, hazards in EXPOSE_CARDS:
        _paragraph(doc, point, 14, "黑体")
        _paragraph(doc, f"单位名称：{unit}", 14)
        for hazard, law, due, result in hazards:
            _paragraph(doc, f"安全隐患：{hazard}", 14)
            _paragraph(doc, f"相关法律法规要求：{law}", 14)
            if due:
                _paragraph(doc, f"整改时限：{due}", 14)
            _paragraph(doc, f"整改情况：{result}", 14)
    _paragraph(doc, "华龙区卫生健康委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_expose(path: Path) -> Path:
    return via_soffice(write_expose_docx, path, "doc", "托育机构安全问题隐患集中曝光通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 校车交通安全“双随机、一公开”跨部门联合抽查问题反馈表, after a city 校车安全管理联席会议办公室's joint spot check
# (教育局联合公安局、交通运输局成立检查组，随机抽查5所幼儿园8部校车; 校车安全管理制度、驾驶人资格、安全性能状况、
# 日常运行监控、驾驶人和随车照管人员安全教育; 现场指出问题，提出整改建议和意见，由属地督促其及时整改):
# https://caigou.com.cn/news/202306289.shtml
# A CSV in GBK: a title line, a line with the 抽查时间 (the base of 立即整改 and 15日内), one header line with an
# explicit 整改责任单位 (kindergartens, a school-bus company, a street office, a town) beside the 属地督促单位 (the
# county education bureaus, not the unit), a 合计 line and a 注 line.
SPOT_ROWS = [
    (
        "华龙区育才幼儿园",
        "豫J·S0387",
        "驾驶人",
        "校车驾驶人未随车携带校车驾驶资格证明",
        "随车携带资格证明，落实出车前自查",
        "华龙区育才幼儿园",
        "华龙区教育局",
        "立即整改",
        "已整改",
    ),
    (
        "华龙区育才幼儿园",
        "豫J·S0391",
        "停靠站点",
        "园门口无校车专用停靠区，校车停靠时与社会车辆混行",
        "施划校车专用停靠区并设置标志",
        "华龙区胜利路街道办事处",
        "华龙区教育局",
        "7月31日前",
        "已会同交警中队现场勘察，正在施划",
    ),
    (
        "濮阳县新星幼儿园",
        "豫J·S1126",
        "运行监控",
        "卫星定位装置未接入县校车监管平台，6月无运行轨迹",
        "接入县校车监管平台",
        "濮阳县新星幼儿园",
        "濮阳县教育局",
        "7月20日前",
        "已联系平台运营商，正在调试",
    ),
    (
        "清丰县金色童年幼儿园",
        "豫J·S2205",
        "随车照管",
        "随车照管人员未接受岗前安全培训，无培训记录",
        "组织岗前安全培训并建档",
        "清丰县金色童年幼儿园",
        "清丰县教育局",
        "15日内",
        "",
    ),
    (
        "清丰县金色童年幼儿园",
        "豫J·S2208",
        "安全性能",
        "右侧应急门开启困难，车内急救箱药品过期",
        "停运维修，检验合格后方可运行",
        "清丰县金色童年幼儿园",
        "清丰县教育局",
        "立即整改",
        "已停运送修，急救箱药品已补齐",
    ),
    (
        "南乐县阳光幼儿园",
        "豫J·S3310",
        "驾驶人",
        "驾驶人上半年交通违法记分未按规定向幼儿园报告",
        "约谈校车服务提供者，落实驾驶人违法记分报告制度",
        "濮阳市安达校车服务有限公司",
        "南乐县教育局",
        "长期坚持",
        "每月向交警部门核查驾驶人记分，长期坚持",
    ),
    (
        "范县实验幼儿园",
        "豫J·S4102",
        "停靠站点",
        "陈庄镇后庄村路口校车停靠站点无停靠标志和候车设施",
        "设置停靠标志和候车安全设施",
        "范县陈庄镇人民政府",
        "范县教育局",
        "2024年8月31日",
        "未整改",
    ),
    (
        "范县实验幼儿园",
        "豫J·S4105",
        "安全管理",
        "校车安全管理责任书春季学期未续签",
        "补签校车安全管理责任书",
        "范县实验幼儿园",
        "范县教育局",
        "7月10日前",
        "已补签",
    ),
]


def write_spot_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市校车交通安全“双随机、一公开”跨部门联合抽查问题反馈表（2024年第二季度）"])
    w.writerow(["抽查时间：2024年6月25日    抽查部门：市教育局、市公安局交警支队、市交通运输局"])
    w.writerow(
        [
            "序号",
            "抽查对象",
            "校车号牌",
            "检查项目",
            "发现问题",
            "整改建议和意见",
            "整改责任单位",
            "属地督促单位",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(SPOT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "5所幼儿园8部校车", "", "", "发现问题8个", "", "", "", "", "已整改2个"])
    w.writerow(
        ["注：整改期限为“立即整改”“15日内”的，自抽查之日起计算；属地教育局负责督促整改并于月底前反馈。"]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 学校食堂食品安全自查表, after a published three-page school-canteen self-check template (第一页：基础信息与检查
# 项目 / 第二页：重点环节与风险控制; 项目编号 / 检查项目 / 检查内容 / 检查标准 / 检查结果（√/×） / 备注; 责任分工、
# 整改建议及记录方式):
# http://news.yeequu.com/jxfw/202507/263013.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it) from one school: title,
# 学校/自查日期 line, two parts each under a band row and its own header, √ rows (nothing found) beside × rows whose
# 备注 holds the problem, the deadline and the result; 立即整改 counts from the 自查日期; a signature line.
CANTEEN_PARTS = [
    (
        "第一部分：基础信息与检查项目",
        [
            ("1", "食品原料采购", "是否有合法来源证明", "索证索票齐全", "√", ""),
            (
                "2",
                "食品储存条件",
                "冷藏、冷冻设备是否正常",
                "温度符合要求",
                "×",
                "2号冷藏柜实测温度9℃，超出0—8℃要求；已报修，7月15日前更换温控器",
            ),
            (
                "3",
                "食品加工环境",
                "地面、墙面、天花板是否清洁",
                "无积水、无霉斑",
                "×",
                "粗加工间天花板有霉斑、墙角积水；已列入暑期维修，施工单位已进场，8月25日前完成",
            ),
            ("4", "厨房卫生状况", "厨具、餐具是否消毒", "消毒设备运行正常", "√", ""),
            (
                "5",
                "工作人员健康",
                "是否持有有效健康证",
                "证件在有效期内",
                "×",
                "面点工张某健康证6月30日到期未换证；已暂停其上岗，7月10日取得新证后恢复上岗",
            ),
            ("6", "个人卫生习惯", "是否穿戴整洁的工作服、帽、口罩", "符合规定", "√", ""),
        ],
    ),
    (
        "第二部分：重点环节与风险控制",
        [
            (
                "7",
                "食品留样制度",
                "是否按规定进行留样",
                "留样时间、数量符合要求",
                "×",
                "7月3日午餐缺凉拌菜留样，部分留样量不足125克；立即整改，已指定专人负责留样",
            ),
            (
                "8",
                "食品添加剂使用",
                "是否有台账记录",
                "使用范围、用量明确",
                "×",
                "食品添加剂未专柜存放、无使用台账；7月20日前设专柜、建台账",
            ),
            ("9", "餐用具保洁", "消毒后餐具是否存放于保洁柜", "保洁设施密闭", "√", ""),
            (
                "10",
                "陪餐制度",
                "学校负责人是否落实陪餐",
                "陪餐记录完整",
                "×",
                "6月份陪餐记录缺5天；学校负责人每日轮流陪餐并记录，长期坚持",
            ),
            (
                "11",
                "明厨亮灶",
                "“互联网+明厨亮灶”是否正常运行",
                "视频实时上传",
                "×",
                "凉菜间摄像头离线，视频未上传平台；已于7月9日修复",
            ),
            (
                "12",
                "膳食经费管理",
                "伙食费是否单独核算、定期公示",
                "每月公示收支",
                "×",
                "5、6月份伙食费收支未公示；限7月12日前补公示，未整改",
            ),
        ],
    ),
]


def write_canteen_book(path: Path) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("食堂自查表")
    b.widths(ws, [10, 16, 30, 22, 14, 52])
    b.line(ws, 0, "学校食堂食品安全自查表", 5, b.title)
    b.line(
        ws,
        1,
        "学校名称：台前县第一初级中学    食堂类型：自营    就餐人数：1260人    自查日期：2024年7月8日",
        5,
    )
    words = ["项目编号", "检查项目", "检查内容", "检查标准", "检查结果（√/×）", "备注"]
    r = 2
    for band, rows in CANTEEN_PARTS:
        b.merge(ws, r, 0, r, 5, band, b.band)
        b.header(ws, r + 1, words)
        r += 2
        for no, item, content, standard, mark, note in rows:
            b.row(ws, r, [no, item, content, standard], fmt=b.cell)
            b.put(ws, r, 4, mark, b.center)
            b.put(ws, r, 5, note)
            r += 1
    b.line(
        ws, r, "说明：检查结果符合的打“√”，不符合的打“×”，并在备注栏写明问题、整改措施、时限和整改结果。", 5
    )
    b.line(
        ws,
        r + 1,
        "自查人：马俊、刘爱华    食堂负责人：王建新    学校负责人（签字）：郑国强    填报日期：2024年7月22日",
        5,
    )
    return b.close()


def write_canteen(path: Path) -> Path:
    return via_soffice(write_canteen_book, path, "xls", "学校食堂食品安全自查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 责任督学督导反馈问题整改材料 (two returns in one zip), after a primary school's rules for acting on its 责任督学's
# findings (对责任督学反馈的问题和不足要认真记载; 校长室梳理后分发分管校长和责任科室，责任科室落实到相关人员;
# 整改时间原则上不超过5个工作日; 整改结果报校长室):
# https://001doc.com/doc/776460.html
# A .zip whose member names are stored in GBK: an .xlsx register from one school (each row's 督导反馈日期, its 分管校长,
# 责任科室 and 责任人 — sections of the school —, 整改时限 mostly 5个工作日 from that date, one crossing the 端午 holiday
# of 10 June) and a .docx report with a table from another school (the base date in the preamble).
REGISTER_ROWS = [
    (
        "2024-06-05",
        "部分班级课表与实际授课不一致，音乐、美术课被挤占",
        "张卫东",
        "教务处",
        "李娜",
        "5个工作日",
        "已按课表开齐开足课程，督学回访确认",
    ),
    (
        "2024-06-05",
        "学生午休管理不规范，午休时段教室无教师看护",
        "王秀芝",
        "德育处",
        "赵磊",
        "5个工作日",
        "已排定午休值班表，整改完成",
    ),
    (
        "2024-06-19",
        "校门口上下学时段护学岗人员不足，家长车辆占道停放",
        "王秀芝",
        "安全办",
        "孙鹏",
        "5个工作日",
        "已增派护学岗2人，临时停车位正在协调施划",
    ),
    ("2024-06-19", "食堂公示的带量食谱未按周更新", "刘长青", "总务处", "周敏", "5个工作日", ""),
    (
        "2024-07-03",
        "作业公示栏未公示各学科书面作业时长",
        "张卫东",
        "教务处",
        "李娜",
        "5个工作日",
        "未整改",
    ),
    (
        "2024-07-03",
        "心理辅导室未按规定开放，无个体辅导记录",
        "王秀芝",
        "德育处",
        "陈静",
        "2024年8月31日（需配备专职心理教师）",
        "已向市教育局申请配备专职心理教师",
    ),
]
PEOPLE_ROAD_ROWS = [
    (
        "教师办公室电脑存有学生考试成绩排名表，未落实不公布考试成绩和排名的要求",
        "教务处",
        "清理排名表，开展作业和考试管理专项培训",
        "5个工作日内",
        "已完成",
    ),
    ("少先队活动室2具灭火器过期", "总务处", "更换灭火器并建立月检记录", "5个工作日内", "已更换"),
    ("学生体质健康测试数据未按时上报", "体卫艺处", "组织补测并补报数据", "2024年7月15日", "正在补测"),
    ("家长学校本学期未开课", "德育处", "制订家长学校授课计划，每学期不少于2次", "长期坚持", "常态化开展"),
]


def write_register_book(path: Path) -> Path:
    b = Book(path, author="校长室")
    ws = b.sheet("整改登记表")
    b.widths(ws, [6, 14, 42, 10, 10, 10, 22, 34])
    b.line(ws, 0, "濮阳市实验小学责任督学督导反馈问题整改登记表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市实验小学（校长室）    填报日期：2024年7月24日", 7)
    b.header(
        ws,
        2,
        ["序号", "督导反馈日期", "反馈问题", "分管校长", "责任科室", "责任人", "整改时限", "整改结果"],
    )
    for i, row in enumerate(REGISTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.put(ws, 2 + i, 1, date.fromisoformat(row[0]))
        b.row(ws, 2 + i, list(row[1:]), first=2)
    end = 3 + len(REGISTER_ROWS)
    b.line(ws, end, "注：整改时间原则上不超过5个工作日，自督导反馈之日起计算；整改结果报校长室。", 7)
    b.line(ws, end + 1, "校长（签字）：郭建平    登记人：杨帆", 7)
    return b.close()


def write_people_road_docx(path: Path) -> Path:
    doc = _new_document("人民路小学")
    _title(doc, "华龙区人民路小学关于责任督学督导意见整改情况的报告", 18)
    _paragraph(doc, "华龙区人民政府教育督导室：", 14)
    _paragraph(
        doc,
        "2024年7月2日，责任督学到我校开展经常性督导，反馈问题4条。学校召开行政会逐条梳理，分发分管校长和"
        "责任科室，整改时间原则上不超过5个工作日。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PEOPLE_ROAD_ROWS, 1)]
    _table(doc, ["序号", "督学反馈意见", "责任科室", "整改措施", "整改时间", "完成情况"], body)
    _paragraph(doc, "华龙区人民路小学", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervisor_zip(path: Path) -> Path:
    members = [
        ("濮阳市实验小学责任督学督导反馈问题整改登记表.xlsx", write_register_book),
        ("人民路小学责任督学督导意见整改情况报告.docx", write_people_road_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 春季开学专项督导检查反馈问题整改情况表, after a district 教体局's spring-term inspection (局领导带队组成检查组，
# 采取“四不两直”; 开学条件保障、办学行为、功能室建设、安全工作、控辍保学、学生资助、信访稳定、校园管理、食品卫生、
# 心理健康; 发现的问题即时反馈到各学校，要求整改):
# http://jytyj.xinyang.gov.cn:80/info/22624
# An .xlsx from the county bureau itself: title, 填报单位/督导反馈时间 line (the base of 立行立改), a two-row header
# with ticks under 是/否 of 整改完成情况, the schools named only inside the problem text and the bureau's own 股室 as
# 责任股室, a 备注 column that speaks over a tick, a 合计 row and a signature line.
TERM_ROWS = [
    (
        "安全工作",
        "范县第一中学学生宿舍楼消防通道堆放杂物",
        "立即清理，建立每日巡查制度",
        "安全股",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "控辍保学",
        "龙王庄镇3名初二学生长期未到校，劝返台账不完整",
        "落实“一生一案”劝返复学",
        "基础教育股",
        "2024年3月31日",
        "",
        "√",
        "已劝返2名，1名随父母在外务工，正在联系当地教育部门",
    ),
    (
        "办学行为",
        "县实验小学一年级存在布置书面家庭作业现象",
        "开展作业管理专项检查",
        "基础教育股",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "功能室建设",
        "陈庄镇中心小学科学实验室仪器未分类上架，无使用记录",
        "规范功能室管理并纳入日常督导",
        "电教装备股",
        "2024年4月30日",
        "√",
        "",
        "",
    ),
    (
        "食品卫生",
        "王楼镇初级中学食堂从业人员晨检记录不全，留样柜无温度记录",
        "督促学校完善晨检、留样记录",
        "后勤管理股",
        "2024年3月15日",
        "",
        "√",
        "",
    ),
    (
        "学生资助",
        "2023年秋季学期资助资金发放公示期不足5个工作日",
        "重新公示并规范公示程序",
        "学生资助管理中心",
        "2024年3月10日",
        "√",
        "",
        "",
    ),
    (
        "校园管理",
        "濮城镇后付楼教学点围墙倒塌约15米，未设置警戒",
        "设置警戒，申报维修资金重建围墙",
        "计划财务股",
        "2024年8月20日",
        "",
        "",
        "维修资金已批复，8月初开工",
    ),
    (
        "心理健康",
        "杨集乡中心小学等5所学校未配备专兼职心理健康教师",
        "配备兼职心理健康教师并组织培训",
        "人事股",
        "2024年9月30日",
        "",
        "",
        "",
    ),
    (
        "信访稳定",
        "高码头镇家长反映课后服务收费问题未及时答复",
        "答复家长并公示课后服务收费标准",
        "办公室",
        "2024年3月5日",
        "√",
        "",
        "",
    ),
]


def write_term_check(path: Path) -> Path:
    b = Book(path, author="范县教育局督导室")
    ws = b.sheet("整改情况表")
    b.widths(ws, [6, 12, 40, 30, 14, 14, 6, 6, 34])
    b.line(ws, 0, "范县教育局2024年春季开学专项督导检查反馈问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：范县教育局（盖章）    督导反馈时间：2024年3月4日    填报日期：2024年7月29日", 8)
    words = ["序号", "检查方面", "反馈问题", "整改措施", "责任股室", "完成时限"]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改完成情况", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, row in enumerate(TERM_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
    end = 4 + len(TERM_ROWS)
    done = sum(1 for row in TERM_ROWS if row[5])
    undone = sum(1 for row in TERM_ROWS if row[6])
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, f"反馈问题{len(TERM_ROWS)}个", b.cell)
    b.put(ws, end, 6, done, b.center)
    b.put(ws, end, 7, undone, b.center)
    b.put(ws, end, 8, f"未勾选{len(TERM_ROWS) - done - undone}个", b.cell)
    b.line(
        ws,
        end + 1,
        "注：“立行立改”事项自督导反馈之日起整改；已完成的在“是”栏打“√”，未完成的在“否”栏打“√”。",
        8,
    )
    b.line(ws, end + 2, "局长（签字）：    督导室主任：孔令华    填报人：冯丽    联系电话：0393-5261837", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 全乡幼儿园安全隐患排查整改情况, after a town central school's account of its kindergarten hazard check (检查组在
# 全镇范围内开展幼儿园安全隐患排查整治; 安全出口、消防通道、电气线路、消防设施、疏散指示标志、幼儿园食堂、校车安全;
# 利用居民住宅办园没有任何手续; 灭火器过期失效; 食堂无许可证、健康证; 校车超载; 共发现16处安全隐患，责令当场整改
# 8处，不能当场整改的责令停业整改):
# https://fanwen.gdygsk.com/showinfo-102-41816-29.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 排查日期 (the base of 当场整改), a table with a 是否当场
# 整改 column (是/否) beside the 整改期限 and 整改结果, a closing paragraph with the totals, the school and date.
KINDER_ROWS = [
    ("夹河乡芳芳幼儿园", "幼儿寝室", "幼儿寝室安全出口被床铺堵塞", "是", "当场整改", "已整改"),
    ("夹河乡芳芳幼儿园", "消防设施", "3具灭火器过期失效", "否", "7月15日前", "已更换"),
    ("夹河乡希望幼儿园", "电气线路", "活动室电线私拉乱接，插座无保护盖", "是", "当场整改", "已整改"),
    (
        "夹河乡希望幼儿园",
        "食堂",
        "食堂未取得食品经营许可证，2名从业人员无健康证",
        "否",
        "8月底前",
        "健康证已办理，许可证正在申办",
    ),
    (
        "夹河乡周石幼儿园",
        "园舍",
        "利用居民住宅办园，无办园许可手续，未配置任何消防设施",
        "否",
        "停业整改，取得办园许可前不得复园",
        "已停业",
    ),
    (
        "夹河乡小红花幼儿园",
        "校车",
        "接送幼儿车辆核载7人实载11人，超员",
        "是",
        "当场整改",
        "已当场分流幼儿，驾驶人已批评教育",
    ),
    ("夹河乡小红花幼儿园", "大型玩具", "户外滑梯护栏焊点开裂", "否", "7月20日前", ""),
    (
        "夹河乡阳光宝贝幼儿园",
        "消防通道",
        "园门口消防通道被停放车辆长期占用",
        "否",
        "长期坚持",
        "每日巡查劝离，长期坚持",
    ),
    (
        "夹河乡阳光宝贝幼儿园",
        "厨房",
        "液化气钢瓶放置在厨房操作间内，未安装燃气泄漏报警装置",
        "否",
        "7月12日前",
        "未整改",
    ),
]


def write_kinder_docx(path: Path) -> Path:
    doc = _new_document("夹河乡中心学校")
    _title(doc, "夹河乡中心学校关于全乡幼儿园安全隐患排查整改情况的报告", 18)
    _paragraph(doc, "台前县教育局：", 14)
    _paragraph(
        doc,
        "为加强幼儿园暑期安全管理，2024年7月8日，我校检查组对全乡幼儿园开展安全隐患排查，重点检查幼儿寝室"
        "安全出口、消防通道、电气线路、消防设施、疏散指示标志、幼儿园食堂和接送车辆等。检查发现的隐患及整改"
        "情况如下：",
        14,
    )
    same = sum(1 for row in KINDER_ROWS if row[3] == "是")
    body = [[str(i), *row] for i, row in enumerate(KINDER_ROWS, 1)]
    _table(doc, ["序号", "幼儿园名称", "隐患部位", "隐患描述", "是否当场整改", "整改期限", "整改结果"], body)
    _paragraph(
        doc,
        f"此次排查共发现安全隐患{len(KINDER_ROWS)}处，责令当场整改{same}处，其余{len(KINDER_ROWS) - same}处已下达"
        "限期整改通知书；对利用居民住宅办园且无任何手续的，责令停业整改。",
        14,
    )
    _paragraph(doc, "夹河乡中心学校", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_kinder(path: Path) -> Path:
    return via_soffice(write_kinder_docx, path, "doc", "全乡幼儿园安全隐患排查整改情况报告.docx")


FILES = [
    ("中小学（幼儿园）校园校车安全隐患排查表（南乐县元村镇中心幼儿园）.xlsx", write_bus_check),
    ("濮阳市人民政府关于2023年度履行教育职责评价反馈问题整改情况的报告.docx", write_duty_report),
    ("中原路街道午托机构安全隐患排查问题清单.xls", write_noon_care),
    ("濮阳县托育机构消防安全联合督导抽查问题清单.xlsx", write_nursery_fire),
    ("华龙区托育机构安全问题隐患集中曝光通报.wps", write_expose),
    ("校车交通安全“双随机、一公开”跨部门联合抽查问题反馈表（2024年第二季度）.csv", write_spot_check),
    ("台前县第一初级中学学校食堂食品安全自查表.et", write_canteen),
    ("责任督学挂牌督导反馈问题整改材料（市实验小学、人民路小学）.zip", write_supervisor_zip),
    ("范县教育局2024年春季开学专项督导检查反馈问题整改情况表.xlsx", write_term_check),
    ("夹河乡中心学校关于全乡幼儿园安全隐患排查整改情况的报告.doc", write_kinder),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside125 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 民生实事, 营商环境, 环保督察, 12345热线, 信访积案化解, 乡镇街道自查, 安全生产隐患 (two: a city's 挂牌督办
list and a township's 排查 list), 督查督办, 巡视巡察, 审计整改. Forms: .xlsx (four, one more inside the zip), .xls
(xlwt, two-row header), .et (Excel 97 via LibreOffice), .ods (LibreOffice, zip times fixed), .doc (Word 97 via
LibreOffice, landscape table), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside125.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files, every zip member time and every document property is fixed, so that running the script
twice writes byte-identical files.
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter).
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
        )

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
            ws.merge_range(r1, c1, r2, c2, "" if v is None else v, fmt)

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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to: the older or open-format copy an office sends."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix.split(':')[0]}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice, keep the result under `path`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
    return path


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member times; member order and compression kept."""
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


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx), with the fonts offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
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
    """Save a .docx with fixed member times, so that the file is the same byte for byte on every run."""
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


def _write_xls(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """Cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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
# 1. 民生实事 progress table, after Shanghai's 2024年上海市为民办实事项目完成情况 (序号 | 实事项目名称 | 完成情况 |
# 占全年计划; one 序号 standing over several sub-projects whose own rows leave the 序号 blank, e.g. 新增4000张养老床位 /
# 新增800张困难重度残疾人养护床位 / 改建3000张认知障碍照护床位 under 序号1):
# https://wxredian.com/art?id=bd7cd930c6657519c80e45e2ec441443
# An .xlsx: title, 填报单位/数据截至 line, one header row, 序号 and 牵头单位 merged down over a project's sub-rows,
# 年度目标/完成情况/占全年计划 as text, a 推进情况 column, short and former unit names, 注 and 填表人 lines.
LIVELIHOOD = [
    # (序号, [(项目, 年度目标, 完成情况, 占全年计划, 完成时限, 推进情况), ...], 牵头单位)
    (
        1,
        [
            ("新增社区老年助餐点30个", "30个", "34个", "113%", "2024年10月底前", "已完成"),
            ("提升改造农村特困供养服务机构10所", "10所", "6所", "60%", "2024年12月底前", "按序时推进"),
        ],
        "市民政局",
    ),
    (
        2,
        [
            (
                "新增公办幼儿园学位3000个",
                "3000个",
                "1800个",
                "60%",
                "2024年8月31日前",
                "新建4所幼儿园主体完工，正在室内装修",
            )
        ],
        "市教育局",
    ),
    (
        3,
        [
            ("开工改造城镇老旧小区86个", "86个", "86个", "100%", "2024年6月底前", "已完成"),
            ("既有住宅加装电梯40部", "40部", "12部", "30%", "2024年12月底前", "进度滞后"),
        ],
        "市住建局",
    ),
    (4, [("新建改造城区公共厕所50座", "50座", "38座", "76%", "第三季度", "其余12座正在施工")], "市城管局"),
    (5, [("为65岁以上常住老年人免费健康体检", "30万人", "", "", "2024年11月底前", "")], "市卫健委"),
    (
        6,
        [("改造提升农村供水管网120公里", "120公里", "126公里", "105%", "2024年6月30日", "已完成")],
        "市水务局",
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 34, 10, 10, 10, 14, 16, 30])
    b.line(ws, 0, "2024年濮阳市重点民生实事项目推进情况表（1—7月）", 7, b.title)
    b.line(ws, 1, "填报单位：市政府督查室    数据截至：2024年7月25日", 7)
    b.header(
        ws,
        2,
        ["序号", "实事项目名称", "年度目标", "完成情况", "占全年计划", "牵头单位", "完成时限", "推进情况"],
    )
    r = 3
    for no, subs, lead in LIVELIHOOD:
        last = r + len(subs) - 1
        b.merge(ws, r, 0, last, 0, no, b.center)
        b.merge(ws, r, 5, last, 5, lead, b.center)
        for name, target, done, share, when, how in subs:
            b.row(ws, r, [name, target, done, share], first=1)
            b.row(ws, r, [when, how], first=6)
            r += 1
    b.line(ws, r, "注：“完成情况”“占全年计划”为截至7月25日的累计完成量及其占年度目标的比例。", 7)
    b.line(ws, r + 1, "填表人：赵雅琳    审核人：孟庆国    联系电话：0393-8996512", 7)
    return b.close()


# =============================================================================================
# 2. 营商环境 问题线索 ledger, after Wuxue's “新官不理旧账”专项整治 (营商办、护航办联合; 12345市民热线营商环境专席、
# 营商环境政企互通平台 as channels; 受理、交办、承办、监督、回复、反馈 closed loop; 收集线索18件，办结14件，4件推进中;
# a 6-year 材料款 paid at last):
# http://www.zxbk8.com/yezhu/224956.html
# An .xlsx: title, 牵头单位/统计时间 line, one header row with 线索来源, 反映主体 (the complainant firm) beside the
# 承办单位, 交办日期 as a real date beside 办理时限 partly in working days, 回访评价, a 合计 row and a 填报人 line.
CLUES = [
    (
        "12345营商环境专席",
        "濮阳市新蓝电脑科技有限公司",
        "2018年信息化设备采购尾款11.3万元拖欠6年未支付",
        "中共濮阳市委党校",
        date(2024, 7, 2),
        "15个工作日",
        "已通过银行转账支付全部尾款",
        "满意",
    ),
    (
        "营商环境政企互通平台",
        "河南绿源环保工程有限公司",
        "污水管网改造工程质保金48万元到期两年未退还",
        "濮阳市华龙区住房和城乡建设局",
        date(2024, 7, 3),
        "2024年7月31日前",
        "已完成结算审核，正在履行退还审批程序",
        "",
    ),
    (
        "入企走访",
        "濮阳市宏达建筑劳务有限公司",
        "标准化厂房招商时承诺的三年房租减免政策未兑现",
        "濮阳经济技术开发区管理委员会",
        date(2024, 7, 5),
        "2024年8月15日前",
        "已召开协调会，拟分两期兑现",
        "",
    ),
    (
        "12345营商环境专席",
        "濮阳市天诚物流有限公司",
        "规划用地调整后多缴的土地出让金未予退还",
        "市国土局",
        date(2024, 7, 8),
        "20个工作日",
        "",
        "",
    ),
    (
        "营商环境特邀监督员",
        "濮阳市恒昌印务有限公司",
        "2021年教辅资料印刷费26.5万元未结清",
        "市教育局",
        date(2024, 7, 9),
        "2024年7月20日前",
        "已结清全部欠款，企业签字确认",
        "满意",
    ),
    (
        "12345营商环境专席",
        "濮阳市鑫源建材有限公司",
        "乡村道路硬化工程款63万元拖欠三年",
        "清丰县仙庄镇人民政府",
        date(2024, 7, 10),
        "2024年7月25日前",
        "逾期未办结",
        "",
    ),
    (
        "营商环境政企互通平台",
        "濮阳市博远智能科技有限公司",
        "科技型中小企业研发费用奖补资金申报一年未拨付",
        "市科技局",
        date(2024, 7, 12),
        "2024年9月30日前",
        "奖补资金已纳入三季度拨付计划",
        "",
    ),
    (
        "入企走访",
        "濮阳市中原化工设备有限公司",
        "扩建时被要求重新申请原环评批复已核定的排污指标",
        "市环保局",
        date(2024, 7, 15),
        "10个工作日",
        "已书面答复企业原指标继续有效，问题解决",
        "满意",
    ),
]


def write_clues(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 18, 26, 40, 26, 12, 16, 30, 10])
    b.line(ws, 0, "优化营商环境“新官不理旧账”专项整治问题线索办理台账", 8, b.title)
    b.line(
        ws,
        1,
        "牵头单位：市发展和改革委员会（市优化营商环境工作领导小组办公室）    统计时间：2024年7月1日—7月26日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "线索来源",
            "反映主体",
            "问题线索",
            "承办单位",
            "交办日期",
            "办理时限",
            "办理情况",
            "回访评价",
        ],
    )
    for i, row in enumerate(CLUES, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CLUES)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共收集问题线索8件，已办结3件，未办结5件")
    b.line(ws, end + 2, "填报人：李振华    联系电话：0393-8998126    填报日期：2024年7月26日", 8)
    return b.close()


# =============================================================================================
# 3. 环保督察 转办信访件 查处整改 一览表, after the Anhui publication of 中央第三生态环境保护督察组转办第七批环境信访举报问题
# 查处整改情况 (each batch: 经查属实…件，不属实…件；…件已办结，…件正在办理; 立行立改、边查边改; 查处整改情况公开):
# https://m.yybnet.net/anhui/news/202104/11374517.html
# A .doc (Word 97 via LibreOffice), landscape: title, a preamble with the batch's counts, one wide table (受理编号,
# 交办问题基本情况, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况 ending in (已办结)/(阶段性办结)/(正在办理),
# 责任单位, 责任人被问责情况), deadlines only where the 处理 text sets one, the office and date at the foot.
PETITION_ENV = [
    (
        "D2HA202407210003",
        "濮阳县庆祖镇一塑料颗粒加工厂夜间生产，刺鼻异味扰民，生产废水直排路边沟渠。",
        "濮阳县",
        "大气、水",
        "经查，该加工厂未办理环评手续，夜间违法生产，废水经沉淀池溢流至路边沟渠，群众反映问题属实。",
        "属实",
        "县生态环境分局立案处罚3万元，责令停止生产；已拆除加热挤出设备，清理沟渠淤泥，7月26日现场复核整改到位。（已办结）",
        "濮阳县人民政府",
        "对庆祖镇分管负责同志提醒谈话",
    ),
    (
        "D2HA202407210011",
        "华龙区绿城小区北门一烧烤店油烟直排，经营至凌晨，噪声扰民。",
        "华龙区",
        "大气、噪声",
        "经查，该店已安装油烟净化器但未正常使用，夜间露天经营属实；夜间噪声监测未超标。",
        "部分属实",
        "责令停止露天烧烤，限2024年8月10日前完成油烟净化设施改造并保持正常运行；目前设备正在安装。（阶段性办结）",
        "华龙区人民政府",
        "无",
    ),
    (
        "X2HA202407220004",
        "清丰县韩村镇一砖厂原料堆场未苫盖，大风天气扬尘严重。",
        "清丰县",
        "大气",
        "经查，该砖厂原料堆场约2000平方米未苫盖，问题属实。",
        "属实",
        "已对原料堆场全部苫盖，安装雾炮和喷淋设施，7月25日复查到位。（已办结）",
        "清丰县人民政府",
        "无",
    ),
    (
        "D2HA202407220019",
        "南乐县千口镇一生猪养殖场粪污未经处理排入马颊河支流，河水发黑。",
        "南乐县",
        "水",
        "经查，该养殖场粪污处理设施容量不足，降雨时粪污外溢进入沟渠，问题属实。",
        "属实",
        "县生态环境分局立案调查；责令该场于2024年9月30日前完成粪污处理设施扩容改造，目前正在施工。（正在办理）",
        "南乐县人民政府",
        "无",
    ),
    (
        "D2HA202407230007",
        "开发区一化工企业夜间偷排废气，周边有刺激性气味。",
        "濮阳经济技术开发区",
        "大气",
        "经夜间突击检查及第三方监测，该企业废气处理设施运行正常，排放浓度达标，未发现偷排行为。",
        "不属实",
        "已向举报人反馈调查结果，园区加强夜间巡查。（已办结）",
        "濮阳经济技术开发区管理委员会",
        "无",
    ),
    (
        "X2HA202407230012",
        "范县一加油站油气回收装置不运行，加油时油气味大。",
        "范县",
        "大气",
        "经查，该站二次油气回收装置故障未及时维修，问题属实。",
        "属实",
        "已责令暂停加油作业，正在更换油气回收设备，计划2024年8月20日前完成。（阶段性办结）",
        "范县人民政府",
        "无",
    ),
    (
        "D2HA202407240005",
        "台前县一废品收购站露天焚烧废旧电线和垃圾，黑烟呛人。",
        "台前县",
        "大气",
        "经查属实。",
        "属实",
        "已制止露天焚烧行为，清运垃圾12吨，对经营者罚款5000元。（已办结）",
        "台前县人民政府",
        "对所在村网格员批评教育",
    ),
    (
        "D2HA202407240016",
        "城区金堤河西段河面漂浮垃圾多，部分河段河水发黑发臭。",
        "市城区",
        "水",
        "经查，该段河道漂浮物较多属实；水质监测氨氮超标，发黑发臭现象部分属实。",
        "部分属实",
        "已完成水面漂浮物打捞，河道清淤计划2024年10月底前完成。（正在办理）",
        "市城管执法局",
        "无",
    ),
]


def write_env_docx(path: Path) -> Path:
    doc = _new_document("督察整改办", landscape=True)
    _title(doc, "河南省第二生态环境保护督察组转办信访举报件查处整改情况一览表（第七批）", 18)
    _paragraph(
        doc,
        "截至2024年7月28日，督察组转办我市的第七批8件信访举报件中，经查属实5件，部分属实2件，不属实1件；"
        "已办结4件，阶段性办结2件，正在办理2件。现将查处整改情况公开如下，接受社会监督。",
        12,
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(PETITION_ENV, 1)]
    _table(
        doc,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "责任人被问责情况",
        ],
        body,
        9,
    )
    _paragraph(
        doc, "濮阳市生态环境保护督察反馈意见整改工作领导小组办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    _paragraph(doc, "2024年7月28日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_env(path: Path) -> Path:
    return via_soffice(write_env_docx, path, "doc", "督察转办信访件查处整改一览表.docx")


# =============================================================================================
# 4. 12345热线 工单清单, after Lianping county's 12345政务服务便民热线2025年第二季度运行情况 (受理有效热线事项3136宗，
# 办结2477宗，在办659宗; 事项类型 咨询/投诉/求助/建议/举报; 来源渠道 语音/粤省心/多媒体; 办理事项排名前五的部门
# 县公安局、忠信镇、县人社局、县市场监管局、县城管局; 热点: 交通执法、行政效能、城乡建设、环境污染、劳动纠纷、市场监管):
# http://www.h4266.com/hdjl/12345zfrx/lytj/content/post_660187.html
# A CSV in GBK: a title line, a line saying the 办理时限 count from the 派单日期, one header line (来源渠道, 事项类型,
# 承办单位 incl. a city enterprise under its short name, 派单日期, 办理时限 in working days, 办理状态, 回访结果),
# a 合计 line with the quarter's totals.
HOTLINE = [
    (
        "12345-2406-0315",
        "语音",
        "投诉",
        "城关镇某小区东门外流动摊贩占道经营，夜间噪声扰民",
        "濮阳县城市管理局",
        "2024-06-17",
        "5个工作日",
        "已办结",
        "满意",
    ),
    (
        "12345-2406-0422",
        "语音",
        "求助",
        "在县城某建筑工地务工3个月，工资1.8万元被拖欠",
        "濮阳县人力资源和社会保障局",
        "2024-06-20",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "12345-2406-0508",
        "多媒体",
        "举报",
        "某超市销售过期面包，消费者食用后腹泻",
        "濮阳县市场监督管理局",
        "2024-06-24",
        "7个工作日",
        "已办结",
        "基本满意",
    ),
    (
        "12345-2407-0036",
        "语音",
        "求助",
        "习城乡前习城村连续三天停电，村民生产生活受影响",
        "濮阳供电公司",
        "2024-07-02",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "12345-2407-0107",
        "语音",
        "投诉",
        "县城振兴路路灯大面积不亮，夜间出行不便",
        "濮阳县城市管理局",
        "2024-07-05",
        "5个工作日",
        "逾期未办结",
        "",
    ),
    (
        "12345-2407-0219",
        "多媒体",
        "建议",
        "建议在县第一实验小学门口增设交通信号灯和护学岗",
        "濮阳县公安局交通管理大队",
        "2024-07-08",
        "15个工作日",
        "",
        "",
    ),
    (
        "12345-2407-0288",
        "语音",
        "投诉",
        "文留镇某养殖场臭味扰民，雨后污水外溢到路面",
        "濮阳县文留镇人民政府",
        "2024-07-09",
        "10个工作日",
        "办理中",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县12345政务服务便民热线2024年第二季度转办工单办理情况抽查清单"])
    w.writerow(["说明：办理时限自派单日期起按工作日计算；数据截至2024年7月26日"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "来源渠道",
            "事项类型",
            "诉求内容",
            "承办单位",
            "派单日期",
            "办理时限",
            "办理状态",
            "回访结果",
        ]
    )
    for i, row in enumerate(HOTLINE, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "", "", "第二季度共受理有效热线事项3136件，办结2477件，在办659件", "", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 5. 信访积案化解 台账, after a city 效能办's 督查 of the 信访积案专项工程 and 进京访专项治理 (国家信访局交办积案63件，
# 已全部化解并录入信访信息系统; 省挂牌交办积案134件，已化解112件，化解率83.6%，录入信访信息系统107件):
# https://ttnews.xyz/a/5b54396adc9b5e2cd191095e?lang=zh-hans
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (化解进展 merged over 是否化解 /
# 化解情况说明 / 录入信访系统), 案件来源 (交办 level), 信访人 (the complainant) and 包案领导 beside the 责任单位,
# 是/否 answers, a 合计 row, 注 and 填表人 lines.
BACKLOG = [
    (
        "省挂牌交办",
        "李某某等12人",
        "反映濮城镇某村土地征收补偿款分配不公，要求重新分配",
        "县委副书记 郑某",
        "范县濮城镇人民政府",
        "2024年6月30日前",
        "是",
        "已召开村民代表会议重新核定分配方案，补偿款足额发放，信访人签订息诉罢访承诺书",
        "已录入",
    ),
    (
        "市交办",
        "王某某",
        "反映购买县城某楼盘商品房后开发商逾期8年未办理不动产权证",
        "副县长 刘某",
        "范县住房和城乡建设局",
        "2024年9月30日前",
        "否",
        "已协调自然资源、税务部门联合会商，正在补办规划竣工验收手续",
        "",
    ),
    (
        "省挂牌交办",
        "赵某某",
        "反映2019年工伤认定后工伤保险待遇一直未落实",
        "副县长 孙某",
        "范县人力资源和社会保障局",
        "2024年7月15日",
        "是",
        "工伤保险待遇已核定并发放到位",
        "已录入",
    ),
    (
        "国家信访局交办",
        "陈某某",
        "反映其父亲参战退役军人身份认定及优抚待遇问题",
        "县人大常委会副主任 周某",
        "范县退役军人事务局",
        "2024年8月底前",
        "否",
        "",
        "",
    ),
    (
        "市交办",
        "张某某等5人",
        "反映王楼镇某企业拖欠运输费用38万元",
        "副县长 吴某",
        "范县王楼镇人民政府",
        "第三季度",
        "否",
        "已组织双方调解两次，企业同意分期支付，首期款已到账",
        "",
    ),
    (
        "省挂牌交办",
        "刘某某",
        "反映宅基地被邻居侵占，村委会调处不公",
        "县政协副主席 马某",
        "范县陈庄镇人民政府",
        "2024年7月20日",
        "",
        "",
        "",
    ),
    (
        "县排查",
        "孙某某",
        "反映长期照料重度残疾子女生活困难，要求纳入低保",
        "副县长 刘某",
        "范县民政局",
        "2024年7月31日前",
        "是",
        "已纳入低保并落实困难残疾人生活补贴和重度残疾人护理补贴",
        "已录入",
    ),
    (
        "县排查",
        "郭某某",
        "对其子刑事案件判决不服，多年反复到市进京上访",
        "县委常委、政法委书记 张某",
        "范县人民法院",
        "长期坚持",
        "",
        "涉法涉诉事项已导入法律程序，落实帮扶和教育疏导措施，长期坚持",
        "",
    ),
]


def write_backlog_book(path: Path) -> Path:
    b = Book(path, author="信访局")
    ws = b.sheet("积案台账")
    b.widths(ws, [6, 12, 14, 36, 18, 24, 16, 10, 36, 10])
    b.line(ws, 0, "2024年信访积案化解专项攻坚进展台账", 9, b.title)
    b.line(ws, 1, "填报单位：范县信访局（盖章）    填报日期：2024年7月29日", 9)
    for c, word in enumerate(["序号", "案件来源", "信访人", "主要诉求", "包案领导", "责任单位", "化解时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "化解进展", b.head)
    b.header(ws, 3, ["是否化解", "化解情况说明", "录入信访系统"], first=7)
    for i, row in enumerate(BACKLOG, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:6]), first=1)
        b.put(ws, 3 + i, 7, row[6], b.center)
        b.row(ws, 3 + i, list(row[7:]), first=8)
    end = 4 + len(BACKLOG)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "列入攻坚积案8件，已化解3件，尚未化解5件")
    b.line(ws, end + 1, "注：“是否化解”栏填“是”或“否”；已化解案件须录入信访信息系统。", 9)
    b.line(ws, end + 2, "填表人：韩丽娟    审核人：王建业    联系电话：0393-5268107", 9)
    return b.close()


def write_backlog(path: Path) -> Path:
    return via_soffice(write_backlog_book, path, "xls", "信访积案化解专项攻坚进展台账.xlsx")


# =============================================================================================
# 6. 街道 重点工作 自查报告, after a 街道办事处's 上半年重点工作督查报告 (党政办公室每月开展推进落实情况跟踪督查;
# 1-7月: 民生实事项目10项中1项已完成、4项推进顺利、5项推进滞后; 重点工作专班推进项目; 社区日间照料、非机动车集中
# 充电桩加装、社区事务受理中心新址建设、儿童友好社区、城市运行联勤联动 as the lagging ones):
# https://alatiku.com/fanwen/zongjie/rjrl0o.html
# A .docx: title, 主送, preamble, “一、总体情况” with counts, “二、推进滞后事项及整改措施” whose items are numbered
# paragraphs naming the 街道's own 科室, measures, deadlines and progress in sentences, “三、下一步工作”, the 街道 and
# date at the foot.
STREET_PARAS = [
    (
        "1．社区日间照料中心新址装修进度滞后，原定6月底投入使用，目前仅完成水电改造。责任科室：社会事务办。"
        "整改措施：督促施工单位增加作业人员，实行周调度，确保2024年8月31日前投入使用。目前正在进行墙地面施工。"
    ),
    (
        "2．社区事务受理中心新址建设尚未启动，选址仍未最终确定。责任科室：党政办公室。整改措施：会同区机关事务中心"
        "比选闲置办公用房，力争年底前完成选址和改造。目前尚未启动。"
    ),
    (
        "3．创建儿童友好社区试点资料台账不完善，部分活动记录缺失。责任科室：社会事务办。整改时限：7月20日。"
        "已对照创建标准补齐活动记录和照片资料，7月18日通过区妇联验收。"
    ),
    (
        "4．辖区沿街商铺门头牌匾设置不规范、店外经营问题反弹。责任科室：城市管理办、综合行政执法队。"
        "整改措施：实行“街长制”分段包干，开展常态化巡查，发现一起、整改一起，长期坚持。"
    ),
    (
        "5．城市运行联勤联动平台与区数字城管系统数据尚未对接，事件流转需人工转录。责任科室：平安建设办。"
        "整改措施：协调区大数据中心开发数据接口，计划第三季度完成对接。"
    ),
    (
        "6．区领导调研时指出的建设路与长庆路交叉口积水点尚未根治。责任科室：城市管理办。整改措施：实施雨水管网"
        "改造，施工方案已通过评审，正在铺设管网，计划8月15日前完工。"
    ),
    (
        "7．街道机关食堂燃气管道未安装自动切断装置。责任科室：党政办公室。整改时限：2024年7月10日。"
        "已完成安装并通过市燃气公司验收。"
    ),
]


def write_street(path: Path) -> Path:
    doc = _new_document("中原路街道党政办")
    _title(doc, "中原路街道办事处关于1—7月重点工作推进情况的自查报告")
    _paragraph(doc, "区政府督查室：")
    _paragraph(
        doc,
        "根据区委、区政府重点工作安排和区领导调研街道时的指示精神，街道共确定2024年度重点工作48项。"
        "街道党政办公室按月对推进落实情况开展跟踪自查，现将1—7月有关情况报告如下：",
        indent=True,
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "截至7月底，48项重点工作中已完成11项，推进正常30项，推进滞后7项。街道10项民生实事项目中，"
        "2项已完成，5项推进顺利，3项推进滞后。",
        indent=True,
    )
    _paragraph(doc, "二、推进滞后事项及整改措施", font="黑体")
    for text in STREET_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "下一步，街道将对滞后事项实行“周调度、月通报”，逐项明确责任领导和完成节点，确保年度重点工作全面完成。",
        indent=True,
    )
    _paragraph(doc, "濮阳市华龙区中原路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 7. 重大事故隐患 分级挂牌督办, after Yichang's 关于2021年度分级挂牌督办重大隐患的通知 (隐患整改落实情况“回头看”;
# 动态更新“一情况两清单”; 分级、分类挂牌督办一批重大隐患; 抓好挂牌督办隐患整改销号):
# https://www.zcbk.cn/index.php?m=home&c=View&a=index&aid=47938
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改情况 merged over 整改进展 / 是否摘牌销号), 督办级别 and
# 行业领域, the 挂牌督办单位 and 属地监管部门 beside the 隐患单位（整改责任单位）, one short name (市燃气公司), one row
# whose 摘牌销号 verdict is later than its 整改进展 word, a 合计 row, 注 and 填表人 lines.
MAJOR_HAZARDS = [
    (
        "市级",
        "危险化学品",
        "濮阳市华源石化有限公司",
        "液化烃储罐区未按规定设置紧急切断阀",
        "市安委会",
        "濮阳县应急管理局",
        "2024年6月30日",
        "已完成整改，经专家组验收合格",
        "已摘牌销号",
    ),
    (
        "市级",
        "城镇燃气",
        "市燃气公司",
        "城区中压燃气管线被违章建筑占压约120米",
        "市安委会",
        "市住房和城乡建设局",
        "2024年9月30日",
        "已拆除违章建筑2处，其余正在协调拆除",
        "否",
    ),
    (
        "县级",
        "工贸",
        "清丰县鑫达木业有限公司",
        "粉尘涉爆车间除尘系统未采用防爆型设备",
        "清丰县安委会",
        "清丰县应急管理局",
        "2024年8月31日",
        "已停产，正在更换防爆除尘设备",
        "否",
    ),
    (
        "县级",
        "建筑施工",
        "濮阳市建工集团第三工程有限公司",
        "在建项目深基坑支护未按专项方案施工，变形监测数据超预警值",
        "南乐县安委会",
        "南乐县住房和城乡建设局",
        "2024年7月15日",
        "已整改",
        "是",
    ),
    (
        "市级",
        "道路运输",
        "濮阳市顺通客运有限公司",
        "12辆营运客车动态监控装置长期离线",
        "市安委会",
        "市交通运输局",
        "2024年7月20日",
        "未整改",
        "否",
    ),
    (
        "县级",
        "消防",
        "台前县百货大楼有限公司",
        "营业厅自动喷水灭火系统瘫痪，疏散楼梯被货物占用",
        "台前县安委会",
        "台前县消防救援大队",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "县级",
        "特种设备",
        "范县昌盛化工有限公司",
        "反应釜等压力容器超期未检验仍在使用",
        "范县安委会",
        "范县市场监督管理局",
        "2024年7月10日",
        "正在整改",
        "已摘牌销号",
    ),
]


def write_major(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "2024年度重大事故隐患分级挂牌督办整改情况表", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳市安全生产委员会办公室（市应急管理局代章）    填报日期：2024年7月30日",
            plain,
            1,
            10,
        ),
    ]
    words = [
        "序号",
        "督办级别",
        "行业领域",
        "隐患单位（整改责任单位）",
        "重大事故隐患内容",
        "挂牌督办单位",
        "属地监管部门",
        "整改期限",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "整改情况", h, 2, 9),
        (3, 8, "整改进展", h),
        (3, 9, "是否摘牌销号", h),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(MAJOR_HAZARDS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 7, 9) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(MAJOR_HAZARDS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "挂牌督办重大事故隐患7项，已摘牌销号3项", c, r, 10),
        (r + 1, 0, "注：隐患整改完成并经挂牌督办单位组织验收合格后，方可摘牌销号。", plain, r + 1, 10),
        (r + 2, 0, "填表人：崔海波    审核人：钱立民    联系电话：0393-8185036", plain, r + 2, 10),
    ]
    return _write_xls(path, "挂牌督办", cells, [6, 8, 10, 28, 36, 14, 20, 14, 28, 12, 8])


# =============================================================================================
# 8. 督查督办 事项 办理情况, after a group company's 督查督办工作管理办法 (董事会决定事项、党组会议决定事项、领导公务
# 活动部署事项、总经理办公会议和月度工作例会决定事项 as sources; 承办部门（单位）在规定时限办理，延期须申请，逾期催办;
# 办结后形成办理情况材料):
# https://m.daumloan.com/p-754320243.html
# A .zip of two returns: the group's 办公室 .xlsx (督办编号, 督办来源, rows naming only the group's own 部门, 交办日期
# beside a 办理时限 in working days, 是否办结) and a subsidiary's .docx report with a table of its own items.
GROUP_ROWS = [
    (
        "DB-2024-031",
        "董事会决定事项",
        "完成集团2023年度财务决算审计并报送市国资委",
        "财务部",
        date(2024, 4, 26),
        "2024年5月31日",
        "已报送",
        "是",
    ),
    (
        "DB-2024-036",
        "总经理办公会议",
        "制定集团中层管理人员任期制和契约化管理办法",
        "人力资源部",
        date(2024, 6, 14),
        "2024年7月31日",
        "初稿已完成，正在征求意见",
        "否",
    ),
    (
        "DB-2024-040",
        "党委会决定事项",
        "清理规范所属企业闲置房产出租合同",
        "资产管理部",
        date(2024, 6, 28),
        "2024年9月30日",
        "",
        "",
    ),
    (
        "DB-2024-044",
        "领导批示",
        "核查龙湖片区安置房项目工程款支付滞后问题",
        "投资发展部",
        date(2024, 7, 5),
        "10个工作日",
        "已核查并形成书面报告报集团领导",
        "是",
    ),
    (
        "DB-2024-047",
        "月度工作例会",
        "建立集团安全生产月度隐患排查通报机制",
        "安全环保部",
        date(2024, 7, 8),
        "长期坚持",
        "常态化推进",
        "",
    ),
]
SUBSIDIARY_ROWS = [
    ("龙湖安置房二期项目主体结构封顶节点滞后", "工程部", "2024年8月31日", "正在加快施工，18层已完成15层"),
    ("已售商品房网签备案资料归档不全", "营销部", "2024年7月15日", "已完成归档"),
    ("施工总承包单位农民工工资专户未按月足额拨付", "财务部", "2024年7月10日", "未整改"),
]


def write_group_book(path: Path) -> Path:
    b = Book(path, author="集团办公室")
    ws = b.sheet("督办事项")
    b.widths(ws, [6, 14, 16, 40, 14, 12, 16, 30, 10])
    b.line(ws, 0, "濮阳市城乡发展集团有限公司督办事项办理情况反馈表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市城乡发展集团有限公司办公室    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "督办编号",
            "督办来源",
            "督办事项",
            "承办部门",
            "交办日期",
            "办理时限",
            "办理情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(GROUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(GROUP_ROWS), "经办人：宋佳怡    部门负责人：周振东    联系电话：0393-6651902", 8)
    return b.close()


def write_subsidiary_docx(path: Path) -> Path:
    doc = _new_document("城发置业综合部")
    _title(doc, "濮阳城发置业有限公司关于集团督办事项办理情况的报告", 18)
    _paragraph(doc, "集团办公室：", 14)
    _paragraph(
        doc,
        "按照集团7月份月度工作例会督办通知要求，我公司对交办事项逐项落实，现将办理情况报告如下：",
        14,
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(SUBSIDIARY_ROWS, 1)]
    _table(doc, ["序号", "督办事项", "责任部门", "办理时限", "办理情况"], body)
    _paragraph(doc, "濮阳城发置业有限公司", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervision(path: Path) -> Path:
    members = [
        ("集团督办事项办理情况反馈表（集团办公室）.xlsx", write_group_book),
        ("关于集团督办事项办理情况的报告（城发置业）.docx", write_subsidiary_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 9. 巡察 反馈 村级问题 整改台账, after a 区委巡察组's 反馈 to 平潮镇党委 on 团圆村等23个村（社区）党组织 (贯彻落实乡村
# 振兴战略未达预期、村集体“三资”管理存在漏洞与短板、基层党组织建设存在短板等十个方面; 资金使用规范透明; 工程
# 招投标; “四议两公开”):
# http://www.tzjw.gov.cn/tzjw/bjxcfk/content/081c0b60-630e-4c68-8216-b0bd2e48ab2c.html
# An .xlsx: title, 填报单位/巡察反馈时间 line (the base of 立行立改), a two-row header (整改落实 merged over three
# columns), 问题类别 merged down over its rows, village 党支部 and the 镇人民政府 as 责任单位, a 责任人 column,
# 立行立改 / 长期坚持 / dates, a 注 line and a signature line.
INSPECTION = [
    (
        "贯彻落实乡村振兴战略",
        [
            (
                "孙密城村",
                "村集体经济发展思路不清，2023年村集体经营性收入不足5万元",
                "制定村集体经济发展规划，盘活闲置坑塘和废弃宅基地",
                "华龙区岳村镇孙密城村党支部",
                "支部书记 王建军",
                "2024年12月底前",
                "发展规划已编制完成，闲置坑塘正在公开招租",
            ),
            (
                "后范庄村",
                "高标准农田建后管护责任未落实，部分机井损坏无人维修",
                "明确管护责任人，修复损坏机井",
                "华龙区岳村镇后范庄村党支部",
                "支部书记 范国强",
                "2024年7月15日",
                "已完成",
            ),
        ],
    ),
    (
        "村集体“三资”管理",
        [
            (
                "东北庄村",
                "村集体土地对外发包未经村民代表会议表决，合同期限长达30年",
                "重新履行“四议两公开”程序，依法变更承包合同",
                "华龙区岳村镇东北庄村党支部",
                "支部书记 李春生",
                "2024年9月30日",
                "已召开村民代表会议，正在与承包方协商变更合同",
            ),
            (
                "岳村集村",
                "村务支出白条入账12笔，金额3.6万元",
                "补齐合规票据，无法补齐的由经手人退还",
                "华龙区岳村镇岳村集村党支部",
                "支部书记 岳长青",
                "立行立改",
                "已补齐票据9笔，经手人退还1.1万元，已整改",
            ),
            (
                "王什村",
                "村集体资产台账与实物不符，2台农用机械去向不明",
                "开展资产清查核实，追回流失资产",
                "华龙区岳村镇王什村党支部",
                "支部书记 王立新",
                "2024年8月31日",
                "未整改",
            ),
        ],
    ),
    (
        "基层党组织建设",
        [
            (
                "西郭寨村",
                "近三年未发展新党员，党员平均年龄62岁",
                "建立入党积极分子培养台账，持续做好党员发展工作",
                "华龙区岳村镇西郭寨村党支部",
                "支部书记 郭振华",
                "长期坚持",
                "",
            ),
            (
                "东北庄村",
                "“三会一课”记录不规范，存在集中补记现象",
                "规范会议记录，镇党建办每季度抽查",
                "华龙区岳村镇东北庄村党支部",
                "支部书记 李春生",
                "2024年7月31日",
                "已整改到位",
            ),
        ],
    ),
    (
        "工程建设领域",
        [
            (
                "全镇",
                "镇对村级小型工程项目招投标监管不到位，3个村道路硬化项目未公开比选",
                "制定村级小型工程项目管理办法，开展专项检查",
                "华龙区岳村镇人民政府",
                "副镇长 李晓东",
                "2024年8月底前",
                "",
            )
        ],
    ),
]


def write_inspection(path: Path) -> Path:
    b = Book(path, author="岳村镇党建办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 12, 40, 34, 26, 16, 14, 30])
    b.line(ws, 0, "华龙区委第三巡察组反馈岳村镇村（社区）党组织巡察问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市华龙区岳村镇委员会    巡察反馈时间：2024年6月14日    填报时间：2024年7月29日",
        8,
    )
    for c, word in enumerate(["序号", "问题类别", "涉及村（社区）", "反馈问题", "整改措施", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["责任人", "整改时限", "整改完成情况"], first=6)
    r, n = 4, 1
    for kind, rows in INSPECTION:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for village, problem, measure, unit, person, when, done in rows:
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [village, problem, measure, unit, person, when, done], first=2)
            r += 1
            n += 1
    b.line(ws, r, "注：整改时限为“立行立改”的，自巡察反馈之日起立即整改。", 8)
    b.line(ws, r + 1, "镇党委书记（签字）：            填表人：郑晓燕    联系电话：0393-8371264", 8)
    return b.close()


# =============================================================================================
# 10. 审计查出问题 整改情况表, after Quzhou's 关于2018年度市级预算执行和其他财政收支的审计工作报告 (市级财政管理、部门
# 预算执行、重大政策落实、民生资金、国有企业 as the parts of the report; 查出违规金额…，管理不规范金额…; 促进完善制度):
# https://www.qz.gov.cn/art/2019/11/26/art_1229039043_215920.html
# An .ods (LibreOffice conversion): title naming the audited year (2023年度), 填报单位/截至 line with the reporting year,
# one header row with 问题金额（万元） and an 整改结果认定 column beside 整改情况, section rows (一、二、三) inside the
# table, a schedule-text deadline, short and former names, a 合计 row, a 说明 line and a signature line.
AUDIT = [
    (
        "一、市级财政管理审计",
        [
            (
                "预算执行",
                "部分上级专项转移支付资金未在规定时间内分解下达，涉及资金2860万元",
                2860,
                "市财政局",
                "2024年6月30日",
                "已全部分解下达",
                "已整改",
            ),
            (
                "非税收入",
                "国有资产有偿使用收入1260万元未及时缴入国库",
                1260,
                "市财政局",
                "2024年6月30日",
                "已缴入国库980万元，剩余280万元因涉诉暂缓缴库",
                "部分整改",
            ),
        ],
    ),
    (
        "二、部门预算执行审计",
        [
            (
                "“三公”经费",
                "超预算列支公务接待费12.6万元",
                12.6,
                "市住房公积金中心",
                "2024年5月31日",
                "已收回超支款项并修订公务接待管理办法",
                "已整改",
            ),
            (
                "政府采购",
                "信息化建设项目拆分采购规避公开招标，涉及金额186万元",
                186,
                "市卫计委",
                "2024年9月30日",
                "已修订内部采购管理制度，正在对相关责任人追责问责",
                "",
            ),
            (
                "专项资金",
                "就业补助资金向不符合条件的3家企业发放社保补贴41.2万元",
                41.2,
                "市人社局",
                "2024年8月31日",
                "",
                "未整改",
            ),
        ],
    ),
    (
        "三、重大政策落实和民生资金审计",
        [
            (
                "医保基金",
                "城乡居民医保重复参保2136人，多拨付财政补助资金98.5万元",
                98.5,
                "市医保局",
                "2024年12月31日",
                "已清理重复参保1650人，正在追回多拨资金",
                "",
            ),
            (
                "国有企业",
                "供水管网漏损率高于行业标准，年漏损水量约320万吨",
                "",
                "市水务公司",
                "2024年9月底前完成老旧管网排查，2025年6月底前完成改造",
                "已完成漏损排查并制定改造计划",
                "部分整改",
            ),
        ],
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计局法规科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 12, 44, 12, 18, 24, 34, 12])
    b.line(ws, 0, "2023年度市级预算执行和其他财政收支审计查出问题整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（汇总）    整改情况截至：2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计事项",
            "审计查出问题",
            "问题金额（万元）",
            "整改责任单位",
            "整改期限",
            "整改情况",
            "整改结果认定",
        ],
    )
    r, n, total = 3, 1, 0.0
    for section, rows in AUDIT:
        b.line(ws, r, section, 7, b.cell)
        r += 1
        for item, problem, amount, unit, when, how, verdict in rows:
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [item, problem, amount, unit, when, how, verdict], first=1)
            if amount != "":
                total += float(amount)
            r += 1
            n += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "", b.cell)
    b.put(ws, r, 2, "查出问题7个", b.cell)
    b.put(ws, r, 3, round(total, 1), b.center)
    b.merge(ws, r, 4, r, 7, "")
    b.line(ws, r + 1, "说明：整改结果认定分为“已整改”“部分整改”“未整改”三类，由审计机关复核后填写。", 7)
    b.line(ws, r + 2, "填表人：冯瑞雪    审核人：高卫东    联系电话：0393-8112407", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    via_soffice(write_audit_book, path, "ods", "审计查出问题整改情况表.xlsx")
    return fixed_zip(path)


# =============================================================================================
# 11. 镇 农业领域 安全生产隐患排查 问题清单, after Shiting town's 农业领域隐患集中排查整治月 (对60个农业合作社、3个农业
# 公司、139养殖户以及农资销售点、木材加工厂上门走访; 建立问题清单台账，明确具体责任人、具体跟进人; 共排查问题43处，
# 已整改35处，还有8处正在整改中):
# http://bk.zzlib.net:88/gov/govwork/2024/10/432480.html
# An .xlsx: title, 填报单位/排查时间 line, one header row with the 排查对象 as 整改责任单位, its own 具体责任人 and the
# town's 具体跟进人, an 整改状态 column, a 合计 row and a signature line.
FARM_HAZARDS = [
    (
        "南乐县元村镇丰收农机专业合作社",
        "张果屯村",
        "农机库房内私拉电线，充电插座直接放置在地面",
        "规范敷设电气线路，插座离地安装",
        "理事长 李长河",
        "安监站 王磊",
        "2024年7月10日",
        "已整改",
    ),
    (
        "南乐县鑫旺养殖场",
        "元村集村",
        "沼气池周边未设置警示标志和防护围栏",
        "设置警示标志和防护围栏",
        "场长 刘鑫旺",
        "安监站 王磊",
        "2024年7月15日",
        "已整改",
    ),
    (
        "南乐县绿野蔬菜种植专业合作社",
        "梁村",
        "农药存放间与员工宿舍相连，未单独上锁管理",
        "设置独立农药库房，专人专锁管理",
        "理事长 梁秀英",
        "农业服务中心 赵海涛",
        "2024年7月31日",
        "正在整改",
    ),
    (
        "南乐县元村镇顺发木材加工厂",
        "西吉七村",
        "木材加工车间木屑堆积，灭火器已过期",
        "清理木屑，更换灭火器",
        "厂长 吉顺发",
        "安监站 王磊",
        "2024年7月12日",
        "已整改",
    ),
    (
        "南乐县禾丰农资销售部",
        "元村集村",
        "化肥与农药混存，仓库无通风设施",
        "分区存放，加装排风设施",
        "负责人 张禾丰",
        "市场监管所 孙丽",
        "2024年7月20日",
        "正在整改",
    ),
    (
        "南乐县元村镇宏图养殖专业合作社",
        "古寺郎村",
        "饲料粉碎机传动部位无防护罩",
        "加装传动部位防护罩",
        "理事长 郎宏图",
        "农业服务中心 赵海涛",
        "2024年8月5日",
        "",
    ),
    (
        "南乐县金穗粮食烘干有限公司",
        "张果屯村",
        "烘干塔热风炉未安装超温报警装置，操作人员未经培训上岗",
        "安装超温报警装置，组织操作人员岗前培训",
        "经理 张金穗",
        "安监站 王磊",
        "2024年8月底前",
        "未整改",
    ),
]


def write_farm(path: Path) -> Path:
    b = Book(path, author="元村镇安全办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 10, 40, 30, 14, 18, 14, 10])
    b.line(ws, 0, "元村镇农业领域安全生产隐患集中排查整治问题清单", 8, b.title)
    b.line(ws, 1, "填报单位：南乐县元村镇人民政府安全生产办公室    排查时间：2024年7月1日—7月20日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位（排查对象）",
            "所在村",
            "隐患问题",
            "整改措施",
            "具体责任人",
            "具体跟进人",
            "整改时限",
            "整改状态",
        ],
    )
    for i, row in enumerate(FARM_HAZARDS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FARM_HAZARDS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共走访农业生产经营主体42家，排查隐患7处，已整改3处")
    b.line(
        ws,
        end + 1,
        "元村镇安全生产办公室（章）    填表人：王磊    联系电话：0393-7326158    2024年7月26日",
        8,
    )
    return b.close()


# =============================================================================================
FILES = [
    ("2024年重点民生实事项目推进情况表（1—7月）.xlsx", write_livelihood),
    ("新官不理旧账问题线索办理台账.xlsx", write_clues),
    ("省生态环保督察转办信访件查处整改情况一览表（第七批）.doc", write_env),
    ("12345热线二季度转办工单办理情况抽查清单.csv", write_hotline),
    ("信访积案化解专项攻坚进展台账（范县）.et", write_backlog),
    ("中原路街道1—7月重点工作推进情况自查报告.docx", write_street),
    ("重大事故隐患分级挂牌督办整改情况表.xls", write_major),
    ("集团督查督办事项办理情况（两份）.zip", write_supervision),
    ("岳村镇村级巡察反馈问题整改台账.xlsx", write_inspection),
    ("2023年度预算执行审计查出问题整改情况表.ods", write_audit),
    ("元村镇农业领域安全隐患排查问题清单.xlsx", write_farm),
]


def main() -> None:
    for name, writer in FILES:
        writer(HERE / name)
        print("wrote", name)


if __name__ == "__main__":
    main()

"""Write the aside50 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with a table (Word 97 via LibreOffice), a .wps whose items are numbered paragraphs
(Word 97 via LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside50.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈立行立改问题整改台账, after a county 纪委监委's account of its eleventh round of 巡察 (巡察组对县医疗保障局
# 等单位开展常规巡察; 发现问题, 向被巡察单位移交立行立改问题; 反馈意见建议):
# http://www.dqzjw.gov.cn/info-70-5005.html
# An .xlsx: the 被巡察单位 is named only in the title and the file name; the rows name its 科室; a two-row header
# with 整改情况 merged over 已整改 / 正在整改 / 未整改 ticks; 立行立改 counted from the 移交 date; a 注 and signature.
PATROL_ROWS = [
    (
        "党的建设",
        "党组理论学习中心组学习缺少研讨交流记录，学习效果无从体现",
        "补齐研讨记录，建立中心组学习研讨台账",
        "办公室",
        "立行立改",
        "√",
        "",
        "",
        "",
    ),
    (
        "作风建设",
        "公务用车使用登记不全，部分出车记录未注明事由和目的地",
        "规范派车单，逐月核对出车记录",
        "办公室",
        "2024年6月30日",
        "√",
        "",
        "",
        "",
    ),
    (
        "业务监管",
        "定点医药机构协议管理考核未按季度开展",
        "制定年度考核计划，按季度开展考核并通报结果",
        "医药服务管理科",
        "2024年9月30日",
        "",
        "√",
        "",
        "二季度考核已完成，三季度考核正在组织",
    ),
    (
        "财务管理",
        "差旅费报销审核把关不严，存在超标准报销住宿费现象",
        "清退超标准部分，修订差旅费报销审核流程",
        "财务科",
        "7月底前",
        "√",
        "",
        "",
        "已退回超标准部分1260元",
    ),
    (
        "基金监管",
        "医保基金智能监控疑点数据复核不及时，积压疑点数据400余条",
        "组织专班集中复核，建立疑点数据周清机制",
        "基金监管科",
        "2024.8.31",
        "",
        "√",
        "",
        "",
    ),
    (
        "意识形态",
        "门户网站政策解读栏目长期未更新",
        "明确专人维护，每月更新政策解读",
        "办公室",
        "立行立改",
        "",
        "",
        "√",
        "",
    ),
    (
        "选人用人",
        "干部人事档案专项审核发现的问题未全部整改到位",
        "逐卷核查，补齐缺失材料",
        "人事科",
        "2024年12月底前",
        "",
        "",
        "",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="市医疗保障局办公室")
    ws = b.sheet("立行立改问题")
    b.widths(ws, [6, 12, 40, 34, 16, 16, 8, 8, 8, 26])
    b.line(ws, 0, "市委第十一轮巡察反馈立行立改问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "被巡察党组织：中共濮阳市医疗保障局党组    巡察组：市委第三巡察组    立行立改问题移交时间：2024年6月14日",
        9,
    )
    for c, word in enumerate(["序号", "问题类别", "立行立改问题", "整改措施", "责任科室", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未整改"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, (kind, problem, measure, section, limit, done, doing, undone, note) in enumerate(PATROL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, problem, measure, section, limit], first=1)
        b.row(ws, r, [done, doing, undone], first=6, fmt=b.center)
        b.put(ws, r, 9, note)
    r = 5 + len(PATROL_ROWS)
    b.line(ws, r, "注：整改情况请在对应栏内打“√”；立行立改问题自移交之日起即时整改。", 9)
    b.line(
        ws, r + 1, "填表人：王晓燕    审核人：刘振华    联系电话：0393-8912306    填报日期：2024年7月26日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 安全生产事故隐患“3+X”挂牌督办整改进展, after a city 安委会's “3+X”挂牌督办暂行制度 (每季度至少挂牌3项不同行业的
# 事故隐患; 下达限期整改指令书; 隐患整改期限不超过1年; 治理验收合格及摘牌销号后向社会公布; 延期须申请):
# http://m.ahappybud.com/Article/Detail_4577_13_20_4_31.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 挂牌单位 beside the 责任单位 (former names after
# reform), 挂牌日期 as the base of “挂牌之日起N个月内”, a 摘牌销号 column, a 合计 row and a 注 line.
HAZARD_ROWS = [
    (
        "GP2024-04",
        "危险化学品",
        "濮阳市宏达化工有限公司",
        "罐区可燃气体报警装置部分失效，未与紧急切断系统联锁",
        "市安委会",
        "市安监局",
        "2024-04-10",
        "2024年7月10日",
        "已完成报警装置更换和联锁改造",
        "经验收合格，已于7月12日摘牌销号",
    ),
    (
        "GP2024-05",
        "特种设备",
        "濮阳市永兴商贸城",
        "商场在用自动扶梯超期未检验，部分扶梯梳齿板缺损",
        "市安委会",
        "市质监局",
        "2024-04-10",
        "挂牌之日起3个月内",
        "检验已完成，梳齿板正在更换",
        "",
    ),
    (
        "GP2024-06",
        "建筑施工",
        "濮阳绿城置业有限公司",
        "绿城·御园二期高层住宅项目塔吊基础积水，附着装置螺栓松动",
        "华龙区人民政府",
        "市建委",
        "2024-05-20",
        "2024年8月20日",
        "正在整改，塔吊已停用，正在更换附着装置",
        "未销号",
    ),
    (
        "GP2024-07",
        "消防",
        "濮阳市金歌娱乐有限公司",
        "KTV疏散通道堆放杂物，两处安全出口上锁",
        "市安委会",
        "市公安消防支队",
        "2024-05-20",
        "2024年6月20日",
        "已整改",
        "",
    ),
    (
        "GP2024-08",
        "道路运输",
        "濮阳市通达客运有限公司",
        "部分营运客车动态监控装置长期离线",
        "市安委会",
        "市交通局",
        "2024-06-28",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "GP2024-09",
        "城镇燃气",
        "市燃气有限公司",
        "胜利路片区老旧燃气管道腐蚀严重，存在泄漏风险",
        "市安委会",
        "市燃气公司",
        "2024-06-28",
        "挂牌之日起6个月内",
        "已完成管道改造方案，正在分段施工",
        "未销号",
    ),
    (
        "GP2024-10",
        "工贸",
        "范县鑫源铝业有限公司",
        "铝粉尘除尘系统未设置防爆泄压装置",
        "范县人民政府",
        "市应急管理局",
        "2024-06-28",
        "2024年12月31日",
        "",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "2024年第二季度安全生产事故隐患“3+X”挂牌督办整改进展情况表", t, 0, last),
        (1, 0, "填报单位：濮阳市安全生产委员会办公室    截至日期：2024年7月31日", plain, 1, last),
    ]
    words = [
        "序号",
        "挂牌编号",
        "所属行业",
        "隐患单位",
        "事故隐患内容",
        "挂牌单位",
        "责任单位",
        "挂牌日期",
        "整改期限",
        "整改进展",
        "摘牌销号情况",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(HAZARD_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 7) else c))
    r = 3 + len(HAZARD_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "本季度挂牌督办7项，已摘牌销号1项", c, r, 10),
        (
            r + 1,
            0,
            "注：整改期限自挂牌之日起计算，最长不超过1年；确需延期的，应在期限届满前20个工作日内提出申请。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：孙国庆    联系电话：0393-6618205    填报日期：2024年7月31日", plain, r + 2, last),
    ]
    return _write_xls(path, [("挂牌督办", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 人大代表建议办理情况汇总表, after a county government's account of the 人大代表建议 it handled (议案2件、建议52件,
# 分别落实到20个县直部门办理; 办复率和满意率; A类 已经解决或基本解决, B类 正在解决或列入规划逐步解决, C类 因客观条件
# 限制无法解决):
# https://20153.cn/xjgl/c118833/202412/464e07ee8cd64ceba1685bb759a0eeae.shtml
# A .docx with a table: the 领衔代表 beside the 主办单位 and 协办单位; 交办日期 per row and the time limit
# “自交办之日起3个月内”; 答复类别 A/B; a 注 that explains the classes and the office at the foot.
PROPOSAL_ROWS = [
    (
        "第12号",
        "关于改造昆吾路与京开大道交叉口排水设施的建议",
        "李建国",
        "市住建局",
        "市城管局",
        "2024年3月20日",
        "A类",
        "已完成排水管网扩容改造，汛期未再出现积水，已书面答复代表",
        "满意",
    ),
    (
        "第18号",
        "关于增设中心城区至产业集聚区公交线路的建议",
        "王秀兰",
        "公交公司",
        "市交通运输局",
        "2024年3月20日",
        "A类",
        "已开通K12路公交线路，已答复",
        "满意",
    ),
    (
        "第25号",
        "关于解决农村学校音体美教师短缺问题的建议",
        "赵红梅",
        "市教育局",
        "市人社局",
        "2024年3月20日",
        "B类",
        "已制定年度教师招聘计划，暑期招聘工作正在进行",
        "基本满意",
    ),
    (
        "第31号",
        "关于加快乡镇卫生院标准化建设的建议",
        "刘志强",
        "市卫计委",
        "市财政局",
        "2024年3月20日",
        "B类",
        "正在解决，3所乡镇卫生院已开工改造",
        "基本满意",
    ),
    (
        "第37号",
        "关于治理金堤河沿岸村庄生活污水的建议",
        "孙立",
        "市水务局",
        "市生态环境局",
        "2024年3月20日",
        "A类",
        "已答复",
        "满意",
    ),
    (
        "第42号",
        "关于提高城乡居民医保门诊报销比例的建议",
        "陈明",
        "市医保局",
        "",
        "2024年4月15日",
        "",
        "正在办理中",
        "",
    ),
    (
        "第46号",
        "关于规范住宅小区物业服务收费的建议",
        "周敏",
        "市房管局",
        "市市场监管局",
        "2024年4月15日",
        "",
        "",
        "",
    ),
]


def write_proposal(path: Path) -> Path:
    doc = _new_document("建议提案科")
    _title(doc, "市十届人大三次会议代表建议办理情况汇总表")
    _paragraph(
        doc,
        "市十届人大三次会议期间及闭会期间交由市政府系统办理的代表建议，已按“分级负责、对口办理”的原则"
        "落实到各承办单位。办理时限为自交办之日起3个月内办复。现将办理情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PROPOSAL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "建议号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "协办单位",
            "交办日期",
            "答复类别",
            "办理情况",
            "代表意见",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "注：答复类别A类为所提问题已经解决或基本解决，B类为所提问题正在解决或列入规划逐步解决，"
        "C类为所提问题因客观条件限制暂时无法解决。",
        12,
    )
    _paragraph(doc, "市政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 优化营商环境专题询问重点事项办理情况, after a county 人大常委会's follow-up of its 优化营商环境专题询问 (专题询问
# 重点事项交办意见; 营商环境满意度电话调查; 12个评价指标: 政策宣传兑现、行政审批便捷程度、处理企业诉求、执法部门执法
# 情况、办理商业纠纷、水电气报装服务、劳动用工服务、违约拖欠企业账款 …):
# https://cqrd.gov.cn/web/article/1278300082075967488/web/content_1278300082075967488.html
# An .ods (LibreOffice conversion): title, a preamble giving the 交办 date, one header row with 评价指标, 牵头单位 and
# 配合单位; time limits as text (2024.7.15, 6月30日前完成, 第三季度, 2024年6-9月, 年底前, 长期坚持).
BIZ_ROWS = [
    (
        "政策宣传兑现",
        "惠企政策兑现周期长，部分奖补资金超过半年未拨付",
        "市财政局",
        "市工信局",
        "2024年9月底前",
        "已梳理待兑现资金清单，第一批1260万元已拨付，第二批正在审核",
    ),
    (
        "行政审批便捷程度",
        "工程建设项目审批“多头跑”，联合审图未全面推行",
        "市政务服务中心",
        "市住建局",
        "6月30日前完成",
        "已完成。联合审图系统于6月20日上线运行",
    ),
    (
        "水电气报装服务",
        "小微企业低压用电报装环节多、办理时间长",
        "供电公司",
        "",
        "2024.7.15",
        "已完成：报装环节压减至2个，平均办理时间缩短至3个工作日",
    ),
    (
        "办理商业纠纷",
        "涉企合同纠纷案件执行周期偏长",
        "市司法局",
        "市法院",
        "第三季度",
        "正在协调市法院建立涉企案件快立快执机制",
    ),
    (
        "违约拖欠企业账款",
        "部分政府投资项目拖欠民营企业工程款",
        "市发改委",
        "市财政局",
        "年底前",
        "进展滞后，尚未制定清欠计划",
    ),
    (
        "执法部门执法情况",
        "涉企检查频次多，存在多头检查、重复检查",
        "市市场监管局",
        "各行政执法部门",
        "长期坚持",
        "常态化推进“综合查一次”",
    ),
    (
        "劳动用工服务",
        "企业招工渠道少，技能人才短缺",
        "市人社局",
        "市教育局",
        "2024年6-9月",
        "",
    ),
    (
        "不动产登记",
        "企业办理不动产转移登记需重复提交相同材料",
        "市国土资源局",
        "市不动产登记中心",
        "2024年8月31日",
        "已实现“一窗受理”，部门间材料共享正在调试",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("重点事项")
    b.widths(ws, [6, 16, 40, 16, 18, 16, 44])
    b.line(ws, 0, "优化营商环境专题询问重点事项交办办理情况表", 6, b.title)
    b.line(
        ws,
        1,
        "根据市人大常委会2024年5月16日优化营商环境专题询问会议交办意见，现将重点事项办理情况报告如下"
        "（截至2024年7月25日）。",
        6,
    )
    b.header(ws, 2, ["序号", "评价指标", "交办事项", "牵头单位", "配合单位", "完成时限", "办理进展"])
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(BIZ_ROWS), "市优化营商环境工作领导小组办公室    2024年7月26日", 6, b.right)
    return b.close()


def write_biz(path: Path) -> Path:
    via_soffice(write_biz_book, path, "ods", "营商环境重点事项.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 生态环境保护督察交办信访件办理情况, after a province's report on the ninth batch of 信访举报件 a central 生态环境
# 保护督察组 handed over (转办第九批信访举报件; 已办结、阶段性办结、未办结; 责令整改、立案处罚、问责):
# http://supersmoothiequeens.com/hqfz/202109/t20210913_11657775.htm
# A CSV in GBK: a title line, a line with the 交办 date and the 15-working-day limit, a header line with 是否属实,
# 处理和整改情况, 责任单位, 办结时限 and 办理状态; a closing 合计 line.
ENV_ROWS = [
    (
        "X410000202407020011",
        "濮阳县化工园区夜间有刺鼻异味",
        "濮阳县",
        "大气",
        "经查，园区内一家企业废气收集设施破损",
        "属实",
        "已责令企业停产整改并立案处罚12万元，设施已修复，经监测达标",
        "市生态环境局",
        "15个工作日",
        "已办结",
    ),
    (
        "X410000202407020015",
        "华龙区锦绣花园小区楼下餐饮店油烟扰民",
        "华龙区",
        "油烟",
        "两家餐饮店未安装油烟净化设施",
        "部分属实",
        "已责令安装油烟净化器，一家已安装，一家正在安装",
        "市城管执法局",
        "15个工作日",
        "阶段性办结",
    ),
    (
        "X410000202407020023",
        "清丰县马庄桥镇一砖厂露天堆放原料扬尘严重",
        "清丰县",
        "大气",
        "该砖厂原料场未覆盖、未硬化",
        "属实",
        "已依法取缔，原料已清运",
        "清丰县政府",
        "15个工作日",
        "已办结",
    ),
    (
        "X410000202407020031",
        "南乐县卫河沿岸倾倒建筑垃圾",
        "南乐县",
        "固废、生态",
        "河道管理范围内有建筑垃圾约800立方米",
        "属实",
        "正在组织清运，已清运约60%",
        "市水务局",
        "2024年8月31日",
        "阶段性办结",
    ),
    (
        "X410000202407020040",
        "开发区工业园企业夜间施工噪声扰民",
        "开发区",
        "噪声",
        "经连续三晚夜查，未发现夜间施工",
        "不属实",
        "已向举报人反馈调查结果",
        "市生态环境局",
        "15个工作日",
        "已办结",
    ),
    (
        "X410000202407020052",
        "范县陈庄镇一养殖场粪污直排入沟渠",
        "范县",
        "水",
        "养殖场储粪池容量不足，雨天粪污外溢",
        "属实",
        "",
        "市农委",
        "15个工作日",
        "未办结",
    ),
    (
        "X410000202407020066",
        "台前县城关一汽修厂露天喷漆",
        "台前县",
        "大气",
        "该汽修厂未建设密闭喷漆房",
        "属实",
        "已下达整改通知，企业正在建设密闭喷漆房",
        "台前县人民政府",
        "2024年9月30日",
        "未办结",
    ),
]


def write_env(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中央生态环境保护督察组交办第九批群众信访举报件办理情况"])
    w.writerow(["交办日期：2024年7月2日；办结时限自交办之日起计算"])
    w.writerow(
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
            "办结时限",
            "办理状态",
        ]
    )
    for i, row in enumerate(ENV_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "交办7件：已办结3件，阶段性办结2件，未办结2件", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 政府常务会议确定事项落实情况, after a county government's notice on its 重点工作调度机制 (月调度、双周例会; 会后
# 形成会议纪要和确定事项清单, 以工作提醒函方式下达部门落实; 县发改局、县资源规划局、市生态环境局分局等牵头部门):
# https://www.jingbian.gov.cn/zfxxgk/fdzdgknr/zfwj/jzf/202503/t20250310_1976991.html
# An .et (LibreOffice's Excel 97 conversion, named as WPS saves it): title, a line with the 会议 date and the 提醒函,
# one header row with the 分管市领导 beside the 牵头单位 and 配合单位, time limits written as schedules
# (“6月底前完成前期手续，9月底前全部开工”) or counted from the meeting, a 预警 column and its 注.
SUPERVISE_ROWS = [
    (
        "加快推进超长期特别国债项目前期手续办理",
        "王立新",
        "市发改委",
        "市自然资源和规划局",
        "6月底前完成前期手续，9月底前全部开工",
        "前期手续已全部办结，5个项目已开工，2个项目正在招标",
        "黄色",
    ),
    (
        "制定城区背街小巷改造年度实施方案",
        "张海军",
        "市住建局",
        "各区政府",
        "会后10个工作日内",
        "已办结。实施方案已于6月25日印发",
        "蓝色",
    ),
    (
        "开展汛前河道行洪障碍物清理",
        "李红霞",
        "市水利局",
        "沿河各县（区）",
        "6月20日前完成",
        "已完成，共清理阻水障碍物46处",
        "蓝色",
    ),
    (
        "梳理在谈招商引资项目清单并建立周调度机制",
        "王立新",
        "市商务局",
        "市发改委",
        "7月10日前建立清单并报市政府",
        "已建立清单并报市政府，每周五调度",
        "蓝色",
    ),
    (
        "推进中心城区老旧燃气管网改造",
        "张海军",
        "市城市管理局",
        "市燃气公司",
        "12月底前完成改造60公里",
        "已完成改造18公里，其余路段正在施工",
        "黄色",
    ),
    (
        "抓好各级生态环境督察反馈问题整改",
        "李红霞",
        "市环保局",
        "各相关单位",
        "长期坚持",
        "常态化推进，按月调度",
        "蓝色",
    ),
    (
        "推动二级以上医院检查检验结果互认",
        "赵志刚",
        "市卫健委",
        "市医保局",
        "8月底前",
        "进展滞后，尚未出台互认项目目录",
        "红色",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("确定事项")
    b.widths(ws, [6, 38, 12, 16, 18, 30, 40, 10])
    b.line(ws, 0, "市政府2024年第6次常务会议确定事项落实情况汇总表", 7, b.title)
    b.line(
        ws,
        1,
        "会议时间：2024年6月12日    交办方式：工作提醒函（督查提醒〔2024〕9号）    统计截至：2024年7月29日",
        7,
    )
    b.header(
        ws, 2, ["序号", "确定事项", "分管市领导", "牵头单位", "配合单位", "时限要求", "落实情况", "预警"]
    )
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:6]), first=1)
        b.put(ws, 2 + i, 7, row[6], b.center)
    r = 4 + len(SUPERVISE_ROWS)
    b.line(ws, r, "注：预警等级：蓝色为按期推进或已办结，黄色为进度偏慢，红色为严重滞后。", 7)
    b.line(ws, r + 1, "市政府督查室    2024年7月29日", 7, b.right)
    return b.close()


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_book, path, "xls", "常务会议确定事项.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 12345热线转办工单办理情况, after a city's weekly 12345政务服务热线 report for 2024年第28周 (7月8日—7月14日):
# 受理市民诉求, 直办与转办; 咨询类、求助类、建议类、投诉举报类:
# http://www.myblackjackpasta.com/art/2024/7/15/art_31897_3283975.html
# A .zip of two returns sent by two 承办单位 for the same week, each an .xlsx: the first names its unit only in the
# title and the member's name and has no unit column; the second carries the 城管执法局 name it had before the
# reform and a 承办科室 column. 办理时限 in working days from the 受理时间.
HOTLINE_TOWN = [
    (
        "2407080123",
        datetime(2024, 7, 8, 9, 12),
        "投诉举报",
        "反映建设路东段夜市摊位占道经营，影响通行",
        "5个工作日",
        "已联合城管中队清理占道摊位，已电话回复市民",
        "已反馈",
    ),
    (
        "2407090456",
        datetime(2024, 7, 9, 15, 40),
        "求助",
        "反映和平社区二号院化粪池堵塞外溢",
        "3个工作日",
        "已联系环卫所清掏疏通",
        "已反馈",
    ),
    (
        "2407110789",
        datetime(2024, 7, 11, 10, 5),
        "建议",
        "建议在东关小学门口增设减速带",
        "10个工作日",
        "已与交警部门会商，正在设计",
        "办理中",
    ),
    (
        "2407121011",
        datetime(2024, 7, 12, 22, 30),
        "投诉举报",
        "反映新华街一棋牌室深夜噪声扰民",
        "5个工作日",
        "",
        "",
    ),
]
HOTLINE_CITY = [
    (
        "2407080345",
        datetime(2024, 7, 8, 8, 20),
        "投诉举报",
        "反映人民路与胜利路交叉口井盖缺失",
        "市政科",
        "2个工作日",
        "已补装井盖并设置警示",
        "已办结",
    ),
    (
        "2407100678",
        datetime(2024, 7, 10, 14, 0),
        "求助",
        "反映京开大道绿化带树木倒伏压住路灯线",
        "园林科",
        "1个工作日",
        "已清理倒伏树木，路灯恢复",
        "已办结",
    ),
    (
        "2407120902",
        datetime(2024, 7, 12, 11, 25),
        "建议",
        "建议延长城区公厕夜间开放时间",
        "环卫科",
        "10个工作日",
        "正在研究公厕夜间开放试点方案",
        "办理中",
    ),
    (
        "2407131130",
        datetime(2024, 7, 13, 23, 10),
        "投诉举报",
        "反映中原路渣土车沿途抛洒",
        "执法大队",
        "5个工作日",
        "",
        "未办理",
    ),
]


def write_hotline_town(path: Path) -> Path:
    b = Book(path, author="城关镇党政办")
    ws = b.sheet("工单")
    b.widths(ws, [6, 14, 18, 12, 40, 12, 36, 10])
    b.line(ws, 0, "城关镇12345热线转办工单办理情况（2024年7月8日—7月14日）", 7, b.title)
    b.header(
        ws, 1, ["序号", "工单编号", "受理时间", "诉求类别", "诉求内容", "办理时限", "办理结果", "工单状态"]
    )
    for i, row in enumerate(HOTLINE_TOWN, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(HOTLINE_TOWN), "承办人：郭文静    审核人：杨建民    报送日期：2024年7月15日", 7)
    return b.close()


def write_hotline_city(path: Path) -> Path:
    b = Book(path, author="市城管执法局热线办")
    ws = b.sheet("第28周")
    b.widths(ws, [6, 14, 18, 12, 40, 12, 12, 30, 10])
    b.line(ws, 0, "市城管执法局12345热线工单办理情况（2024年第28周）", 8, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "承办科室",
            "办理时限",
            "办理结果",
            "办结情况",
        ],
    )
    for i, row in enumerate(HOTLINE_CITY, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(HOTLINE_CITY), "热线办    2024年7月15日", 8, b.right)
    return b.close()


def write_hotline(path: Path) -> Path:
    members = [
        ("第28周工单办理情况（城关镇）.xlsx", write_hotline_town),
        ("第28周工单办理情况（市城管执法局）.xlsx", write_hotline_city),
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
# 8. 重点民生实事项目进展情况, after a city's account of its 十五项民生工程 and 67件民生大事 for the first three quarters
# (已完成或超额完成目标任务, 达到或超过目标进度; 民生投入):
# https://www.ty-xingkongsports.com/tags-857.html
# An .xlsx: title and a 截至 line, a two-row header with 1—7月进展 merged over 完成量 / 占年度目标 / 推进情况, the
# 牵头单位 beside the 配合单位, a 合计 row and the office at the foot.
LIVELIHOOD_ROWS = [
    (
        "新建改建城区公办幼儿园",
        "新增公办学位2700个",
        "市教育局",
        "市住建局",
        "2024年8月底前",
        "1800",
        "66.7%",
        "按序时推进",
    ),
    (
        "改造城镇老旧小区",
        "改造老旧小区58个",
        "市住房城乡建设局",
        "各县（区）政府",
        "2024年11月底前",
        "58",
        "100%",
        "已完成年度目标任务",
    ),
    (
        "城乡适龄妇女免费“两癌”筛查",
        "筛查2万人",
        "市卫生健康委",
        "市妇联",
        "年底前",
        "21500",
        "107.5%",
        "已超额完成",
    ),
    (
        "新建改建农村公路",
        "完成农村公路建设150公里",
        "市交通运输局",
        "各县（区）政府",
        "10月底前",
        "86",
        "57.3%",
        "超序时进度，正在施工",
    ),
    (
        "中心城区新增公共停车泊位",
        "新增停车泊位3000个",
        "市城管局",
        "市交警支队",
        "2024年6-11月",
        "0",
        "0%",
        "进展滞后，尚未开工",
    ),
    (
        "残疾儿童康复救助",
        "救助残疾儿童600名",
        "市残联",
        "市卫生健康委",
        "12月底前",
        "350",
        "58.3%",
        "按序时推进",
    ),
    (
        "农村供水保障提升",
        "改造农村供水管网",
        "市水务局",
        "市自来水公司",
        "2023-2025年",
        "",
        "",
        "",
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生办")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 30, 26, 18, 16, 16, 10, 12, 22])
    b.line(ws, 0, "2024年市政府重点民生实事项目1—7月进展情况表", 8, b.title)
    b.line(ws, 1, "（截至2024年7月31日）", 8, b.right)
    for c, word in enumerate(["序号", "实事项目", "年度目标任务", "牵头单位", "配合单位", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "1—7月进展", b.head)
    b.header(ws, 3, ["完成量", "占年度目标", "推进情况"], first=6)
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.row(ws, r, list(row[5:7]), first=6, fmt=b.center)
        b.put(ws, r, 8, row[7])
    r = 4 + len(LIVELIHOOD_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 8, "7项：已完成2项，按序时及超序时推进3项，滞后1项，未报送1项", b.cell)
    b.line(ws, r + 1, "注：完成量单位与年度目标任务一致；进展情况由牵头单位填报。", 8)
    b.line(ws, r + 2, "市民生工作办公室    2024年8月2日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 乡镇安全生产“三张清单”问题自查整改情况, after a county paper's account of a town's “三张清单” (明确责任清单、绘制
# 任务清单、监督整改清单; 消防安全责任不明确、疏散通道不畅通; 建立台账、逐步销号; 镇纪委监委牵头成立专项督查组; 排查
# 农户、检查经营单位, 建立问题清单12类36项, 现场整改33项):
# http://app.zmdnews.cn/print.php?contentid=655478
# A .doc (Word 97 via LibreOffice): the town is named only in the title, the rows name its 站所 and 包保干部, and a
# 督查组复核 column beside the 整改情况 written by the 责任站所; a 注 and the seal line at the foot.
TOWN_ROWS = [
    (
        "消防安全",
        "镇区部分商户门店“三合一”住人，未设置独立疏散通道",
        "应急管理办",
        "李卫东",
        "2024年6月28日",
        "已整改",
        "复核通过",
    ),
    (
        "燃气安全",
        "沿街餐饮店液化气钢瓶与灶具未保持安全距离",
        "应急管理办",
        "李卫东",
        "7月5日前",
        "已整改",
        "",
    ),
    (
        "农村自建房",
        "前营村两处经营性自建房擅自加层",
        "村镇建设服务中心",
        "张明",
        "2024年8月15日",
        "已约谈户主，正在制定加固方案",
        "",
    ),
    (
        "道路交通",
        "镇区中小学校门口路段未设置减速带和警示标志",
        "村镇建设服务中心",
        "张明",
        "7月底前",
        "正在整改",
        "",
    ),
    (
        "企业安全",
        "辖区两家面粉加工厂粉尘清扫制度未落实",
        "经济发展办",
        "陈建华",
        "2024年7月20日",
        "",
        "已复核，整改到位",
    ),
    (
        "防汛安全",
        "三处排水沟渠淤堵，汛期存在内涝风险",
        "农业服务中心",
        "赵磊",
        "6月30日前完成",
        "未整改",
        "",
    ),
    (
        "用电安全",
        "部分村室及活动中心私拉乱接电线",
        "党政办公室",
        "王芳",
        "8月底前",
        "",
        "",
    ),
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("王助镇应急办")
    _title(doc, "王助镇安全生产“三张清单”问题自查整改情况")
    _paragraph(
        doc,
        "按照县安委会统一部署，我镇以“责任清单、任务清单、整改清单”落实安全生产责任，拉网式排查农户、"
        "经营单位和人员密集场所，建立问题台账，逐项销号。镇纪委牵头成立专项督查组，对整改情况逐项复核。"
        "现将问题自查整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(
        doc,
        ["序号", "问题类别", "存在问题", "责任站所", "包保干部", "整改时限", "整改情况", "督查组复核"],
        body,
        size=10,
    )
    _paragraph(doc, "注：整改情况由责任站所填写，督查组复核由镇纪委专项督查组填写。", 12)
    _paragraph(doc, "填表人：刘冬梅    联系电话：0393-3512208", 12)
    _paragraph(doc, "王助镇人民政府（盖章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "王助镇三张清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 审计查出问题整改情况的报告, after a province's report to its 人大常委会 on the 整改 of the problems the audit of the
# provincial budget found (共反映1263个问题, 已整改1153个; “（一）关于省级预算执行进度较为缓慢的问题。对…问题, …”;
# 1个项目已完工, 3个项目已开工, 4个项目正在积极推进):
# https://saintpaulhem.com/sjj/nvsjj/qtzcwj/202302/273de8e3afaa43dabcc2e9a6ba831a20.shtml
# A .wps (Word 97 written by LibreOffice, named as WPS saves it): the items are paragraphs numbered （一）（二）…
# under 一、二、三 headings, the numbering starting again under each heading; each paragraph ends with its 责任单位
# and 整改时限.
AUDIT_SECTIONS = [
    (
        "一、财政管理审计查出问题的整改情况",
        [
            "（一）关于部分专项资金分配下达不及时的问题。对3项市级专项资金未在规定时间内分配下达问题，"
            "市财政局已将资金全部分配下达，该问题已整改到位。责任单位：市财政局。整改时限：2024年6月底前。",
            "（二）关于个别政府投资项目超概算的问题。对市体育中心配套工程超概算问题，市发展改革委已委托第三方"
            "开展概算调整审核，正在整改。责任单位：市发展改革委。整改时限：2024年9月底前。",
        ],
    ),
    (
        "二、重点民生资金和项目审计查出问题的整改情况",
        [
            "（一）关于城镇老旧小区改造资金闲置的问题。对8个老旧小区改造项目资金拨付后未及时使用问题，"
            "1个项目已完工，3个项目已开工，4个项目正在积极推进。责任单位：市住房城乡建设局。"
            "整改时限：2024年10月31日。",
            "（二）关于医保基金违规支付的问题。对部分定点医疗机构超标准收费、重复收费问题，已追回违规资金"
            "86.5万元，该问题已整改。责任单位：市医疗保障局。整改时限：2024年7月15日。",
            "（三）关于困难群众救助资金重复发放的问题。对42人重复领取临时救助资金问题，尚未追回，未整改。"
            "责任单位：市民政局。整改时限：2024年5月底前。",
        ],
    ),
    (
        "三、国有资产管理和重大项目审计查出问题的整改情况",
        [
            "（一）关于部分经营性国有资产出租未公开招租的问题。对剧院临街商铺协议出租问题，已建立公开招租"
            "长效机制，长期坚持。责任单位：市文广新局。",
            "（二）关于高标准农田建设项目验收把关不严的问题。对2个项目未按设计完成田间道路即通过验收问题，"
            "责任单位：市农业局。整改时限：2024年12月底前。",
        ],
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("市审计局")
    _title(doc, "关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告")
    _paragraph(doc, "市人大常委会：")
    _paragraph(
        doc,
        "受市政府委托，现将2023年度市级预算执行和其他财政收支审计查出问题的整改情况报告如下。"
        "审计工作报告共反映问题7类，截至2024年7月中旬，已整改2类，其余正在推进。具体整改情况如下：",
    )
    for heading, paragraphs in AUDIT_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paragraphs:
            _paragraph(doc, text)
    _paragraph(doc, "市审计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 11. 河长制督导检查发现问题整改台账, after a city 河长办's 督导 of three counties (督导组检查河长制内业资料、“四个到位”、
# 清河行动, 实地察看河段管护和污水处理厂达标排放, 随机抽查乡镇河长制制度和内业台账):
# http://m.pg361.cn/News/1217885.html
# An .xlsx: title and a 督导时间 line; a two-row header with 是否销号 merged over 是 / 否 ticks; the 县（区） cells
# merged down over their rows; the 督导组 beside the 责任单位; one time limit written as a schedule.
RIVER_ROWS = [
    (
        "潴龙河",
        "清丰段河道管理范围内堆放秸秆和生活垃圾",
        "第一督导组",
        "清丰县政府",
        "2024年7月15日",
        "已清理完毕",
        "√",
        "",
    ),
    (
        "马颊河",
        "县级河长未按要求每月巡河，巡河记录不全",
        "第一督导组",
        "清丰县水利局",
        "8月底前",
        "已补齐巡河记录，正在完善巡河考核制度",
        "",
        "√",
    ),
    (
        "卫河",
        "南乐县城区污水处理厂出水总磷超标",
        "第二督导组",
        "南乐县住房和城乡建设局",
        "2024年9月30日",
        "正在实施提标改造",
        "",
        "√",
    ),
    (
        "永顺沟",
        "沿岸养殖户畜禽粪污直排入河",
        "第二督导组",
        "市农业农村局",
        "7月25日前",
        "",
        "",
        "√",
    ),
    (
        "金堤河",
        "河道管理范围内违建看护房3处",
        "第三督导组",
        "濮阳县人民政府",
        "2024年8月15日",
        "已拆除2处，剩余1处正在协调",
        "",
        "",
    ),
    (
        "第三濮清南干渠",
        "入河排污口未设置标识牌，未建立排污口台账",
        "第三督导组",
        "市生态环境局",
        "2024.7.20",
        "已设置标识牌、建立台账",
        "√",
        "",
    ),
    (
        "黄河滩区",
        "乡镇级河长制度和内业档案不规范",
        "第一督导组",
        "范县人民政府",
        "7月底前完成档案整理，9月底前完成制度修订",
        "",
        "",
        "",
    ),
]
RIVER_COUNTIES = [("清丰县", 2), ("南乐县", 2), ("濮阳县", 1), ("华龙区", 1), ("范县", 1)]


def write_river(path: Path) -> Path:
    b = Book(path, author="市河长办")
    ws = b.sheet("督导问题")
    b.widths(ws, [6, 10, 16, 40, 12, 22, 22, 30, 6, 6])
    b.line(ws, 0, "市河长制办公室督导检查发现问题整改台账", 9, b.title)
    b.line(ws, 1, "督导时间：2024年7月1日—7月5日    填报单位：市河长制办公室", 9)
    words = ["序号", "县（区）", "河湖名称", "发现问题", "督导组", "责任单位", "整改时限", "整改情况"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否销号", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    r = 4
    for county, span in RIVER_COUNTIES:
        b.merge(ws, r, 1, r + span - 1, 1, county, b.center)
        r += span
    for i, row in enumerate(RIVER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 2, row[0])
        b.row(ws, r, list(row[1:6]), first=3)
        b.row(ws, r, list(row[6:]), first=8, fmt=b.center)
    r = 5 + len(RIVER_ROWS)
    b.line(ws, r, "填表人：侯晓东    审核人：马文斌    联系电话：0393-6688120    填报日期：2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
FILES = [
    ("市委第十一轮巡察反馈立行立改问题整改台账（市医疗保障局）.xlsx", write_patrol),
    ("2024年第二季度安全生产事故隐患挂牌督办整改进展情况表.xls", write_hazard),
    ("市十届人大三次会议代表建议办理情况汇总表.docx", write_proposal),
    ("优化营商环境专题询问重点事项交办办理情况.ods", write_biz),
    ("中央生态环境保护督察第九批交办信访件办理情况.csv", write_env),
    ("市政府2024年第6次常务会议确定事项落实情况汇总表.et", write_supervise),
    ("12345热线第28周转办工单办理情况（两家承办单位）.zip", write_hotline),
    ("2024年市政府重点民生实事项目1—7月进展情况表.xlsx", write_livelihood),
    ("王助镇安全生产三张清单问题自查整改情况.doc", write_town),
    ("关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告.wps", write_audit),
    ("市河长办督导检查发现问题整改台账.xlsx", write_river),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

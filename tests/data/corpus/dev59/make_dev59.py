"""Write the dev59 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with the items as numbered paragraphs and a .zip of two returns. Contents are made
up; statistics date 2024-07-31.
Run from this folder: python make_dev59.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 12345平台案卷处置考评通报, after a city 数字城管's monthly 12345平台考评结果通报 (综合数据: 受理、应结案、结案率、
# 按期结案率; 按受理问题来源分: 12345热线电话、监督员上报、门户网站、微信; 按类别分: 市政管理类、批评投诉类、咨询服务类;
# 市数字城管 as the issuer):
# http://www.lyg.gov.cn/zglygzfmhwz/fktj/content/fc38510f-a748-4b87-8ed7-53ce0ced18e8.html
# An .xls (xlwt): title, issuer line, 综合数据 paragraph, one header row with 派遣时间 and 处置时限 in working days,
# a 合计 row, a 注 line and the issuer at the foot.
HOTLINE_ROWS = [
    (
        "2407150032",
        "12345热线电话",
        "市政管理类",
        "人民路与长庆路交叉口井盖破损下沉，车辆经过有异响",
        "市城管局",
        "2024-07-15",
        "5个工作日",
        "已结案",
    ),
    (
        "2407220118",
        "监督员上报",
        "市政管理类",
        "胜利路中段人行道地砖大面积松动翘起",
        "华龙区人民政府",
        "2024-07-22",
        "3个工作日",
        "按期结案",
    ),
    (
        "2407250206",
        "12345热线电话",
        "批评投诉类",
        "农贸市场东门流动摊贩占道经营，堵塞消防通道",
        "胜利路街道办事处",
        "2024-07-25",
        "10个工作日",
        "处置中，已约谈摊贩并设置隔离栏",
    ),
    (
        "2407100087",
        "门户网站",
        "批评投诉类",
        "公交站台广告灯箱损坏玻璃碎裂",
        "公交公司",
        "2024-07-10",
        "5个工作日",
        "超期结案",
    ),
    (
        "2407290311",
        "12345热线电话",
        "市政管理类",
        "小区外围绿化带树木倒伏压住机动车道",
        "市住建局",
        "2024-07-29",
        "1个工作日",
        "",
    ),
    (
        "2407180154",
        "监督员上报",
        "市政管理类",
        "夜间渣土运输车辆抛洒滴漏污染路面",
        "交警支队",
        "2024-07-18",
        "5个工作日",
        "逾期未结案",
    ),
    (
        "2407300402",
        "微信",
        "咨询服务类",
        "咨询不动产登记网上预约办理流程",
        "不动产登记中心",
        "2024-07-30",
        "3个工作日",
        "已答复，已结案",
    ),
]


def write_hotline(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    last = 8
    cells = [
        (0, 0, "2024年7月份市12345平台考评结果通报", t, 0, last),
        (1, 0, "时间：2024-07-31    来源：市数字城管", plain, 1, last),
        (
            2,
            0,
            "经中心考评领导小组7月30日会议审定，现将2024年7月份市12345平台考评结果通报如下：",
            plain,
            2,
            last,
        ),
        (
            3,
            0,
            (
                "一、综合数据：7月份，市12345平台共受理问题21356件，应结案数19874件，结案数19215件，结案率96.68%，"
                "按期结案率91.25%。按受理问题来源分：12345热线电话、监督员上报、门户网站、微信。"
            ),
            plain,
            3,
            last,
        ),
        (4, 0, "二、典型案卷处置情况", plain, 4, last),
    ]
    header = [
        "序号",
        "案卷编号",
        "受理来源",
        "问题类别",
        "问题描述",
        "处置单位",
        "派遣时间",
        "处置时限",
        "结案情况",
    ]
    for col, w in enumerate(header):
        cells.append((5, col, w, h))
    for i, row in enumerate(HOTLINE_ROWS, 1):
        r = 5 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 6, 7) else c))
    r = 6 + len(HOTLINE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "本月通报典型案卷7件，已结案4件，处置中1件，逾期未结案1件", c, r, last),
        (
            r + 1,
            0,
            "注：处置时限自派遣之日起按工作日计算；超期结案、逾期未结案的扣减处置单位考评分。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "市数字城管    2024年7月31日", plain, r + 2, last),
    ]
    return _write_xls(path, [("7月考评", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 人大代表建议办理情况, after a city 住房和城乡建设局's account of the 人大代表建议和政协委员提案 it handled (交由我局办理的
# 建议N件; 局长对每件建议作出批示，明确办理责任领导和直接承办单位; 与代表沟通见面; 全部在规定时间内办理回复):
# http://pds.gov.cn/contents/3602/134702.html
# A .docx: the bureau named only in the title (short name) and the foot, a preamble with the 交办 and 办复 dates,
# one table whose rows name the bureau's own 承办科室, the 领衔代表 beside them.
NPC_ROWS = [
    (
        "第12号",
        "关于加快老旧小区加装电梯的建议",
        "李红梅",
        "城市更新科",
        "已办复，代表满意（A类）",
        "2024-05-28",
    ),
    (
        "第27号",
        "关于规范住宅小区物业服务收费的建议",
        "王建国",
        "物业管理科",
        "已办复，代表基本满意",
        "2024-06-05",
    ),
    (
        "第35号",
        "关于城区背街小巷雨污分流改造的建议",
        "赵立新",
        "城建科",
        "正在办理，已完成方案设计，计划9月开工",
        "",
    ),
    (
        "第41号",
        "关于保障性租赁住房配租向新市民倾斜的建议",
        "孙静",
        "住房保障科",
        "已办复，列入计划逐步解决（C类）",
        "2024-06-12",
    ),
    ("第53号", "关于农村危房改造补助资金及时拨付的建议", "刘志强", "村镇建设科", "已答复代表", "2024-06-14"),
    (
        "第60号",
        "关于建筑工地夜间施工扰民治理的建议",
        "陈晓燕",
        "建筑市场监管科",
        "正在协调城管部门开展联合执法",
        "",
    ),
    ("第66号", "关于公共建筑无障碍设施改造的建议", "周海涛", "质量安全监督站", "", ""),
]


def write_npc(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市住建局关于2024年市人大代表建议办理情况的报告")
    _paragraph(
        doc,
        "市十届人大三次会议交由我局办理的人大代表建议共7件，均为主办件。市人大常委会于2024年3月15日统一交办，"
        "要求于2024年6月15日前办复完毕。收到建议后，局长对每件建议都作出批示，明确办理责任领导和承办科室，"
        "要求承办科室与领衔代表沟通见面。现将办理情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(NPC_ROWS, 1)]
    _table(doc, ["序号", "建议编号", "建议题目", "领衔代表", "承办科室", "办理情况", "办复时间"], body)
    _paragraph(doc, "下一步，我局将对已办复建议的落实情况开展跟踪督办，对正在办理的建议加快办理进度。")
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 重大事故隐患挂牌督办情况, after a league 安全生产委员会's 重大事故隐患挂牌督办办法 (挂牌督办程序; 限期整改指令书;
# 督办单位; 整改期限; 治理验收合格及摘牌销号; 逐级挂牌督办并公告):
# http://www.wlht.gov.cn/wlht/2025-12/04/article_2025120415032870595.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with 整改情况 over 治理进展 and 摘牌销号,
# the 隐患单位 as the unit to correct and the 督办单位 beside it, 挂牌日期 an event and the base of 日内 deadlines.
HAZARD_ROWS = [
    (
        "GP-2024-01",
        "濮阳市恒信化工有限公司",
        "液氯储罐区未设置泄漏紧急切断装置",
        "市应急管理局",
        "2024-04-10",
        "2024年6月30日前",
        "已完成紧急切断装置安装",
        "已验收，已摘牌销号",
    ),
    (
        "GP-2024-02",
        "河南龙源纸业股份有限公司",
        "粉尘涉爆车间除尘系统未按规范设置锁气卸灰装置",
        "市应急管理局",
        "2024-05-08",
        "挂牌之日起90日内",
        "正在进行除尘系统改造，已完成60%",
        "",
    ),
    (
        "GP-2024-03",
        "市燃气公司",
        "城区中压燃气管线被建筑物占压未整治",
        "市住房和城乡建设局",
        "2024-06-03",
        "2024年9月底前",
        "已制定迁改方案，正在办理施工许可",
        "未销号",
    ),
    (
        "GP-2024-04",
        "濮阳县宏达烟花爆竹批发有限公司",
        "仓库库房超量储存烟花爆竹",
        "市应急管理局",
        "2024-06-20",
        "挂牌之日起60日内",
        "",
        "",
    ),
    (
        "GP-2024-05",
        "濮阳中原商贸城管理有限公司",
        "商场自动喷水灭火系统瘫痪",
        "市消防救援支队",
        "2024-05-15",
        "2024年7月15日",
        "未整改",
        "未销号",
    ),
    (
        "GP-2024-06",
        "濮阳市安达建材有限公司",
        "有限空间作业未执行先通风、再检测、后作业",
        "市应急管理局",
        "2024-07-02",
        "立行立改",
        "已整改到位",
        "复查合格，已销号",
    ),
    (
        "GP-2024-07",
        "清丰县鑫源冶炼有限公司",
        "熔炼炉冷却水系统未设置温度、压力监测报警",
        "市应急管理局",
        "2024-03-18",
        "2024年6月底前",
        "基本完成，报警装置已安装待调试",
        "",
    ),
]


def write_hazard_book(path: Path) -> Path:
    b = Book(path, author="安委办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 12, 26, 34, 16, 12, 18, 28, 20])
    b.line(ws, 0, "2024年重大事故隐患挂牌督办情况一览表", 8, b.title)
    b.line(ws, 1, "填报单位：市安全生产委员会办公室    截至日期：2024年7月31日", 8)
    for col, word in enumerate(
        ["序号", "挂牌编号", "隐患单位（整改责任单位）", "重大事故隐患内容", "督办单位"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 3, 5, "挂牌日期", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改期限", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["治理进展", "摘牌销号"], first=7)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HAZARD_ROWS)
    b.line(ws, end, "注：整改期限按挂牌督办通知书载明的期限填写；挂牌督办期间原则上应局部停产停业治理。", 8)
    b.line(ws, end + 1, "填表人：高建民    联系电话：0393-8861203    填报日期：2024年7月31日", 8)
    return b.close()


def write_hazard(path: Path) -> Path:
    return via_soffice(write_hazard_book, path, "xls", "重大事故隐患挂牌督办情况一览表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 群众反映强烈突出问题交办及回头看, after a county-level city's “民声受理”服务中心 (第二十七批群众反映强烈的突出问题
# 交办, 第二十六批交办问题“回头看”; 气味扰民、路灯不亮、私家车乱停乱放; 一一明确工作分工，一一确定完成时间):
# https://wap.ningxiangnews.net/content/2019/07/09/5701308.html
# A CSV in GBK: title line, 交办日期 line giving the year, one header row with a 批次 column, a closing 合计 line.
BATCH_ROWS = [
    (
        "第二十六批",
        "气味扰民",
        "城东污水处理厂周边夜间臭味明显",
        "市水务局",
        "张明远",
        "6月30日前",
        "已整改，加盖除臭设施，群众满意",
    ),
    (
        "第二十六批",
        "路灯不亮",
        "开州路北段路灯连续一周不亮",
        "市城管局",
        "李卫东",
        "6月25日前",
        "已修复，回头看未发现反弹",
    ),
    (
        "第二十六批",
        "私家车乱停乱放",
        "中心医院门口私家车乱停乱放堵塞急救通道",
        "交警支队",
        "王海",
        "7月10日前",
        "正在整改，已施划临时停车位，高峰期仍有拥堵",
    ),
    (
        "第二十六批",
        "噪声扰民",
        "商业街酒吧夜间音响噪声扰民",
        "市公安局",
        "王海",
        "7月5日前",
        "未整改，问题依然存在",
    ),
    (
        "第二十七批",
        "供水",
        "新城小区二次供水水箱清洗不及时水质浑浊",
        "自来水公司",
        "张明远",
        "7月底前",
        "",
    ),
    (
        "第二十七批",
        "占道经营",
        "火车站广场周边占道经营和违规揽客",
        "市城管局",
        "李卫东",
        "8月15日前",
        "",
    ),
    (
        "第二十七批",
        "养犬扰民",
        "小区内遛狗不牵绳咬伤行人事件频发",
        "市公安局",
        "王海",
        "8月底前",
        "",
    ),
    (
        "第二十七批",
        "公交出行",
        "城南新区公交线路少、发车间隔过长",
        "公交公司",
        "赵丽",
        "9月30日前",
        "已启动线路优化调研",
    ),
]


def write_batch(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["“民声受理”第二十七批群众反映强烈突出问题交办清单及第二十六批交办问题“回头看”情况"])
    w.writerow(["交办日期：2024年7月8日    交办单位：市“民声受理”服务中心"])
    w.writerow(
        ["批次", "序号", "问题类型", "具体问题", "责任单位", "分管领导", "完成时限", "办理进展（回头看情况）"]
    )
    n = {"第二十六批": 0, "第二十七批": 0}
    for batch, *rest in BATCH_ROWS:
        n[batch] += 1
        w.writerow([batch, n[batch], *rest])
    w.writerow(["合计", "", "", "第二十七批交办4件，第二十六批回头看4件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 已交办提案, after a 政协提案办理 system's list of the proposals already assigned (查询条件 案号/标题/提案者/状态/联名类别;
# columns 案号, 案由, 联名类别, 提案者, 提交时间, 提案状态, 交办日期, 办复情况 (sorted by 办理时限), 交办单位):
# https://github.com/kelvinBen/ei/blob/3b87f30c51c6614abd9e92dd1dc4b9301f12d86d/WebContent/jsp/proposal/proposalreview/yijiaobanlist.jsp
# An .xlsx: title, a line with the search conditions, a 办理时限 line (三个月 from the 交办日期), one header row with
# the proposer beside the handling unit, a paging line at the foot.
CPPCC_ROWS = [
    (
        "第0103号",
        "关于推进城区中小学课后延时服务提质的提案",
        "个人",
        "王淑芬",
        date(2024, 1, 12),
        "已办复",
        date(2024, 3, 20),
        "已于6月10日书面答复，委员满意",
        "市教育局",
    ),
    (
        "第0118号",
        "关于完善基层医疗机构慢病用药保障的提案",
        "联名",
        "张建华等3人",
        date(2024, 1, 13),
        "已办复",
        date(2024, 3, 20),
        "已答复，委员基本满意",
        "市卫计委",
    ),
    (
        "第0126号",
        "关于加快发展夜间文旅消费的提案",
        "集体",
        "民建市委",
        date(2024, 1, 12),
        "办理中",
        date(2024, 4, 8),
        "已召开协商座谈会，正在起草答复意见",
        "市文广新局",
    ),
    (
        "第0134号",
        "关于实施农村供水管网提升改造的提案",
        "个人",
        "刘长青",
        date(2024, 1, 14),
        "办理中",
        date(2024, 3, 20),
        "正在协调改造资金",
        "市水务局",
    ),
    (
        "第0147号",
        "关于支持返乡创业人员申请创业担保贷款的提案",
        "联名",
        "李晓东等5人",
        date(2024, 1, 15),
        "未办理",
        date(2024, 4, 8),
        "",
        "市人社局",
    ),
    (
        "第0152号",
        "关于优化企业开办一网通办流程的提案",
        "集体",
        "市工商联",
        date(2024, 1, 12),
        "",
        date(2024, 5, 6),
        "",
        "市政务服务中心",
    ),
    (
        "第0165号",
        "关于规范医保定点药店门诊统筹结算的提案",
        "个人",
        "陈文静",
        date(2024, 1, 16),
        "已办复",
        date(2024, 4, 8),
        "已办复，A类（已解决）",
        "市医保局",
    ),
    (
        "第0171号",
        "关于降低中小企业用电成本的提案",
        "个人",
        "高志远",
        date(2024, 1, 16),
        "办理中",
        date(2024, 5, 6),
        "已会同相关企业梳理政策，答复意见待审签",
        "市发改委",
    ),
]


def write_cppcc(path: Path) -> Path:
    b = Book(path, author="提案委")
    ws = b.sheet("已交办提案")
    b.widths(ws, [11, 40, 10, 14, 12, 10, 12, 36, 18])
    b.line(ws, 0, "已交办提案", 8, b.title)
    b.line(ws, 1, "案号：          标题：          提案者：          状态：全部    联名类别：全部", 8)
    b.line(ws, 2, "办理时限：承办单位应自交办之日起三个月内办复。", 8)
    b.header(
        ws,
        3,
        ["案号", "案由", "联名类别", "提案者", "提交时间", "提案状态", "交办日期", "办复情况", "承办单位"],
    )
    for i, row in enumerate(CPPCC_ROWS):
        b.row(ws, 4 + i, list(row))
    b.line(ws, 5 + len(CPPCC_ROWS), "共8条记录    第1页/共1页", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 营商环境典型问题通报, after a city's 营商环境通报制 (通报制工作组; 12345营商环境投诉专线、市长信箱、媒体暗访等渠道收集
# 问题线索; 服务不到位、政策不落实、企业不满意的典型案例公开通报; 从严从快问责):
# https://www.xingning.gov.cn/xxgk/tzgg/content/post_2481765.html
# A .doc (Word 97 via LibreOffice): title, 期号, issuer and date, a preamble with the base date and a 15个工作日
# deadline, the cases as numbered paragraphs each with 责任单位, 整改要求 and 整改情况, a 抄送 line.
BIZ_PARAS = [
    (
        "一、市不动产登记中心窗口对企业抵押登记材料一次性告知不到位，企业往返跑3次。责任单位：市不动产登记中心。"
        "整改要求：15个工作日内整改到位。整改情况：已建立一次性告知清单，已整改。"
    ),
    (
        "二、部分施工图审查中介机构超时限出具审查意见。责任单位：市住建局。"
        "整改要求：2024年8月31日前完成中介机构清理规范。整改情况：正在开展专项检查。"
    ),
    (
        "三、电子保函平台与银行系统对接不畅，投标企业多次提交失败。责任单位：市公共资源交易中心。"
        "整改要求：立行立改。整改情况：已完成系统对接调试，恢复正常使用。"
    ),
    (
        "四、个别执法人员对同一企业一月内重复检查4次。责任单位：市市场监管局。"
        "整改要求：15个工作日内整改到位，并对相关人员批评教育。整改情况：未整改。"
    ),
    "五、工业园区企业反映临时用电报装周期过长。责任单位：供电公司。整改要求：8月15日前完成报装流程优化。",
    (
        "六、涉企政策奖补资金拨付滞后，部分资金超过半年未到位。责任单位：市财政局。"
        "整改要求：9月底前兑现到位。整改情况：已拨付部分资金，剩余资金正在履行审批程序。"
    ),
    "七、纳税人反映办税服务厅高峰时段排队时间过长。责任单位：市税务局。整改要求：长期坚持。整改情况：常态化推进。",
]


def write_biz_docx(path: Path) -> Path:
    doc = _new_document("市营商办")
    _title(doc, "优化营商环境典型问题通报")
    _paragraph(doc, "（2024年第3期）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市全面优化营商环境领导小组办公室    2024年7月10日", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "根据营商环境通报制度，市营商环境通报制工作组通过“12345”营商环境投诉专线、市长信箱、媒体暗访等渠道"
        "收集问题线索，经核查研判，现将7起典型问题予以通报。请各责任单位自本通报印发之日（2024年7月10日）起"
        "15个工作日内整改到位（另有时限要求的从其规定），并将整改情况书面报送市营商办。",
    )
    for text in BIZ_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "抄送：市纪委监委，市委督查室。", 14)
    _paragraph(doc, "市全面优化营商环境领导小组办公室    2024年7月10日印发", 14)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_docx, path, "doc", "优化营商环境典型问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 生态环境保护督察反馈问题整改任务清单, after an account of how a 督察整改方案 is laid out (整改目标体系; 问题销号:
# 对督察反馈问题建立台账管理，明确短期(6个月内)、中期(1-2年)、长期(3-5年)整改时限; 考核问责; 社会监督):
# http://www.huanbaole.com/jishu/150187.html
# An .ods (LibreOffice conversion): title, a preamble on the three kinds of 时限, a two-row header with ticks under
# 是/否 of 是否完成整改, a 注 line, the signature line and the office's seal line.
ENV_ROWS = [
    (
        "大气",
        "建成区餐饮油烟净化设施安装率低",
        "安装率达到95%以上",
        "开展餐饮油烟专项整治",
        "市城管执法局",
        "2024年6月底前",
        "已完成，安装率达97%",
        "√",
        "",
    ),
    (
        "水",
        "部分黑臭水体出现返黑返臭",
        "消除返黑返臭现象",
        "截污纳管、清淤疏浚",
        "市住建局",
        "2024年6-9月",
        "正在实施截污纳管工程",
        "",
        "√",
    ),
    (
        "土壤",
        "历史遗留工业固废堆场未完成治理",
        "完成堆场风险管控",
        "编制治理方案，分期实施",
        "市环保局",
        "2024-2025年",
        "",
        "",
        "√",
    ),
    (
        "农业",
        "畜禽规模养殖场粪污处理设施不完善",
        "设施配套率100%",
        "逐场建账，补齐储粪设施",
        "市农委",
        "2024年12月底前",
        "已完成62家，剩余8家正在建设",
        "",
        "√",
    ),
    (
        "生态",
        "河道管理范围内违规种植和堆放杂物",
        "清理到位",
        "开展河湖“四乱”清理",
        "市水务局",
        "短期（2024年8月底前）",
        "",
        "",
        "",
    ),
    (
        "长效机制",
        "生态环境保护“党政同责、一岗双责”落实不够到位",
        "形成长效机制",
        "纳入年度目标考核",
        "市生态环境局",
        "长期坚持",
        "长期坚持，按季度调度",
        "",
        "",
    ),
    (
        "大气",
        "砖瓦窑企业无组织排放管控不到位",
        "无组织排放全面管控",
        "物料密闭存储，安装在线监控",
        "范县人民政府",
        "2024年7月31日前",
        "已完成整改，经现场核查合格，已销号",
        "√",
        "",
    ),
    (
        "噪声",
        "城区建筑施工夜间噪声投诉多发",
        "投诉量明显下降",
        "严格夜间施工审批，开展专项检查",
        "华龙区人民政府",
        "2024年9月30日前",
        "正在开展夜间施工专项检查",
        "",
        "√",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 10, 34, 20, 26, 16, 18, 30, 6, 6])
    b.line(ws, 0, "2024年生态环境保护督察反馈问题整改任务清单（截至7月底）", 9, b.title)
    b.line(
        ws,
        1,
        "按照督察整改方案，整改任务分为短期（6个月内）、中期（1-2年）、长期（3-5年）三类，实行台账管理、办结销号。",
        9,
    )
    words = ["序号", "问题类别", "反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改进展"]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    for i, row in enumerate(ENV_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:7]), first=1)
        b.row(ws, 3 + i, list(row[7:]), first=8, fmt=b.center)
    end = 4 + len(ENV_ROWS)
    b.line(ws, end, "注：“是否完成整改”栏在对应栏内打“√”。", 9)
    b.line(ws, end + 1, "填报人：韩雪    审核人：马国强    联系电话：0393-4412785", 9)
    b.line(ws, end + 2, "市生态环境保护督察整改工作领导小组办公室（盖章）", 9, b.right)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "督察反馈问题整改任务清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 示范村复查问题自查整改清单 from two towns, after a city's 复查 of its “千村示范” villages (交叉互检; 被检查示范村所属
# 乡镇对指出的问题全部认领; 庭院居室、农户散养畜禽、私搭乱建、绿化美化; 建立问题整改清单，明确整改责任人):
# http://m.badhabbitsfishingbarbados.com/1/23/2022-06-01/234521.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line naming the town and the 复查反馈日期 (the base of
# 立行立改), one header row with the village, the person responsible and the 包村领导, a signature line.
TOWN_RETURNS = [
    (
        "文留镇人民政府",
        [
            (
                "前刘村",
                "村内主干道两侧柴草乱堆乱放",
                "集中清理，设置柴草集中堆放点",
                "刘永军",
                "王明",
                "立行立改",
                "已整改",
            ),
            (
                "后范村",
                "农户散养家禽在巷道内散放",
                "入户宣传，引导圈养",
                "范德胜",
                "王明",
                "7月底前",
                "整改中，已发放圈养宣传单",
            ),
            (
                "张庄村",
                "村西坑塘漂浮生活垃圾",
                "打捞清运，落实保洁员巡查",
                "张卫国",
                "李娟",
                "2024.7.15",
                "已整改，镇复查合格",
            ),
            (
                "马寨村",
                "村口私搭乱建彩钢棚2处未拆除",
                "做通户主工作，依法拆除",
                "马建设",
                "李娟",
                "8月15日前",
                "未整改",
            ),
        ],
    ),
    (
        "八公桥镇人民政府",
        [
            (
                "东街村",
                "庭院内外杂物堆放影响村容",
                "组织农户清理庭院",
                "周振华",
                "吴昊",
                "7月20日前",
                "已完成",
            ),
            (
                "大韩村",
                "村内绿化带苗木缺株断垄未补植",
                "秋季集中补植",
                "韩志刚",
                "吴昊",
                "9月底前",
                "",
            ),
            (
                "小韩村",
                "户厕粪污外溢未及时清掏",
                "联系抽粪车定期清掏",
                "韩春生",
                "郭敏",
                "2024.7.25",
                "正在整改",
            ),
            (
                "王庄村",
                "村内路灯损坏夜间照明不足",
                "更换损坏路灯",
                "王保华",
                "郭敏",
                "8月10日前",
                "已更换路灯12盏，整改完毕",
            ),
        ],
    ),
]


def write_town_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("自查整改清单")
    b.widths(ws, [6, 10, 32, 28, 12, 10, 14, 28])
    b.line(ws, 0, "2024年“千村示范”创建复查问题自查整改清单", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{town}    复查反馈日期：2024年7月5日", 7)
    b.header(
        ws,
        2,
        ["序号", "示范村", "复查发现问题", "整改措施", "整改责任人", "包村领导", "整改时限", "整改情况"],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(rows),
        "负责人：          填表人：          联系电话：          填报日期：2024年7月29日",
        7,
    )
    return b.close()


def write_towns(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, rows in TOWN_RETURNS:
            name = f"{town[:-4]}人居环境整治示范村复查问题自查整改清单.xlsx"
            member = write_town_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改进展, after a district's public account of a round of 巡察 (派出巡察组对区委办、区应急局党委、区交通局
# 党组、区供销社党组等开展常规巡察; 各被巡察党组织存在的主要问题一是、二是、三是; 要求限期整改):
# http://lnst.gov.cn/html/CYSTQ/202502/0173924119639758.html
# An .xlsx: title, a preamble with the 反馈 date (the base of 立行立改), one header row, section rows naming each
# 被巡察党组织 with its problems beneath (no unit column), a 注 line and the office at the foot.
PATROL_SECTIONS = [
    (
        "一、市应急局党委",
        [
            (
                "落实安全生产监管责任有差距，危化品企业执法检查频次不足",
                "制定年度执法计划，实行分级分类检查",
                "副局长张伟",
                "2024年8月底前",
                "正在推进，已完成上半年检查计划的85%",
            ),
            (
                "应急物资储备库管理台账不规范，账实不符",
                "开展物资清查盘点，建立动态台账",
                "副局长李强",
                "立行立改",
                "已完成清查盘点，账实相符",
            ),
            (
                "民主集中制执行不到位，“三重一大”事项会前酝酿不充分",
                "修订党委议事规则",
                "党委书记王刚",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "二、市交通局党组",
        [
            (
                "农村公路养护资金使用不规范，存在以拨代支",
                "规范资金拨付程序，清理以拨代支款项",
                "总会计师赵敏",
                "2024年9月30日前",
                "未启动",
            ),
            (
                "超限超载治理联合执法机制运行不畅",
                "建立与交警部门联合执法周例会制度",
                "副局长孙涛",
                "2024年7月15日前",
                "已整改，周例会制度已建立并运行",
            ),
            (
                "基层党支部“三会一课”记录不全",
                "开展支部标准化建设",
                "机关党委书记周丽",
                "2024年12月31日前",
                "",
            ),
        ],
    ),
    (
        "三、市供销合作社党组",
        [
            (
                "社有资产出租未公开招租，租金低于市场价",
                "清理出租合同，收回到期资产公开招租",
                "副主任吴刚",
                "2024年10月底前",
                "阶段性完成，已收回到期门面房5间",
            ),
            (
                "下属企业改制遗留职工社保问题未解决",
                "逐人核实，分类处置",
                "主任郑华",
                "2024-2025年",
                "正在协调社保经办机构逐人核定",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("整改进展")
    b.widths(ws, [6, 44, 34, 18, 18, 34])
    b.line(ws, 0, "市委第三轮巡察反馈问题整改进展情况", 5, b.title)
    b.line(
        ws,
        1,
        "按照市委工作安排，2024年3月11日至5月10日，市委第三轮巡察派出3个巡察组，对市应急局党委、市交通局党组、"
        "市供销合作社党组开展了常规巡察，并于2024年6月18日分别反馈巡察情况。现将整改进展情况汇总如下。",
        5,
    )
    b.header(ws, 2, ["序号", "巡察反馈问题", "整改措施", "责任领导", "整改时限", "整改进展"])
    r, n = 3, 0
    for heading, rows in PATROL_SECTIONS:
        b.line(ws, r, heading, 5, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "注：整改进展截至2024年7月31日。", 5)
    b.line(ws, r + 1, "市委巡察工作领导小组办公室（盖章）    2024年7月31日", 5, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 审计项目整改列表, after a state-owned-assets supervision system's page listing one audit project's problems
# (审计项目整改列表: 序号, 问题标题, 整改时限, 整改问题状态 待整改/整改中/整改完成, 操作 查看):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/webapp/views/bimr/bimrInsideAuditProject/rectifyList.jsp
# An .xlsx exported from such a page: the audited unit named only in the title and the file name (short name), one
# header row with the 操作 column kept, deadlines as text, a record count and an export stamp at the foot.
AUDIT_ROWS = [
    ("投标保证金退还不及时，逾期未退金额126万元", "2024.5.31", "整改完成"),
    ("部分进场交易项目未按规定公开评标结果", "2024.6.30", "整改完成"),
    ("评标专家抽取系统未与监管平台实时对接", "2024.9.30", "整改中"),
    ("政府采购内控制度未随新规修订", "2024.8.31", "待整改"),
    ("公务用车运行费用超预算列支", "2024.7.15", "整改中"),
    ("固定资产账实不符，部分设备未入账", "2024.12.31", "待整改"),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计整改跟踪")
    ws = b.sheet("审计项目整改列表")
    b.widths(ws, [6, 46, 14, 14, 8])
    b.line(ws, 0, "市交易中心2023年度预算执行审计项目整改列表", 4, b.title)
    b.header(ws, 1, ["序号", "问题标题", "整改时限", "整改问题状态", "操作"])
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, [row[0]], first=1)
        b.row(ws, 1 + i, [*row[1:], "查看"], first=2, fmt=b.center)
    end = 3 + len(AUDIT_ROWS)
    b.line(ws, end, "共6条记录", 4)
    b.line(ws, end + 1, "导出时间：2024-07-31 16:20", 4)
    return b.close()


FILES = [
    ("2024年7月份市12345平台考评结果通报.xls", write_hotline),
    ("市住建局2024年市人大代表建议办理情况.docx", write_npc),
    ("重大事故隐患挂牌督办情况一览表.et", write_hazard),
    ("第二十七批突出问题交办清单及第二十六批回头看情况.csv", write_batch),
    ("已交办提案（市政协十届三次会议）.xlsx", write_cppcc),
    ("优化营商环境典型问题通报（2024年第3期）.doc", write_biz),
    ("生态环境保护督察反馈问题整改任务清单.ods", write_env),
    ("示范村复查问题自查整改清单（两镇）.zip", write_towns),
    ("市委第三轮巡察反馈问题整改进展情况.xlsx", write_patrol),
    ("审计项目整改列表（市交易中心）.xlsx", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

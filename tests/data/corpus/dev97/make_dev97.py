"""Write the dev97 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 营商环境与政务服务 (12345 热线, 一网通办, 涉企问题). Contents are made up for 濮阳 in July 2024; statistics
date 2024-07-31.

Forms: .xlsx (five, one more inside the zip; one with two sheets), .xls (xlwt, two-row header), a CSV in GBK,
a .docx whose items are numbered paragraphs, an .et (Excel 97 via LibreOffice), a .doc with a table (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx).

Run from this folder: python make_dev97.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
CREATED = datetime(2024, 7, 31, 9, 30, 0)
ZIP_TIME = (2024, 7, 31, 9, 30, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
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
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.num = add({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})

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
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
        elif isinstance(v, float):
            ws.write_number(r, c, v, self.num if fmt is self.cell else fmt)
        elif isinstance(v, int):
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 12345 热线协办工单督办台账, after a city 住建局's account of how its 督导组 supervises the 12345 协办工单 of the
# district 城管执法 units (市容环境、占道经营、油烟污染; 接诉即办; 建立12345协办工单督办台账，由局业务科室跟踪催办;
# “回头看”回访; 对群众评价“不满意”的工单启动“二次督办”; 周通报):
# https://zjj.weihai.gov.cn/art/2025/8/6/art_28581_5704807.html
# An .xlsx: title, 督导单位/统计时段 line, a two-row header (工单信息, 办理情况, 督办 over their columns), the 承办单位
# per row, 办结期限 as dates or working days from the 派单时间, a 合计 row and a 填表人 line.
HOTLINE_ROWS = [
    (
        "HL2407020018",
        date(2024, 7, 2),
        "占道经营",
        "中原路与京开大道交叉口东北角早市占道经营，堵塞人行道",
        "濮阳市华龙区城市管理局",
        "2024-07-05",
        "已联合街道规范早市经营时段和区域，现场已清理",
        "满意",
        "已办结",
    ),
    (
        "HL2407080106",
        date(2024, 7, 8),
        "油烟污染",
        "胜利路一烧烤店油烟未经净化直排，影响楼上住户",
        "濮阳市华龙区城市管理局",
        "5个工作日",
        "已责令安装油烟净化设施，商户正在安装",
        "",
        "",
    ),
    (
        "HL2407030052",
        date(2024, 7, 3),
        "渣土运输",
        "黄河路与振兴路交叉口渣土车沿路抛洒",
        "濮阳经济技术开发区城市管理局",
        "2024-07-10",
        "已办结",
        "不满意",
        "二次督办，正在重新处置",
    ),
    (
        "HL2407100231",
        date(2024, 7, 10),
        "违法建设",
        "京开大道某小区顶楼私搭彩钢房",
        "濮阳市华龙区城市管理局",
        "2024-07-31",
        "尚未处置",
        "",
        "",
    ),
    (
        "HL2407050077",
        date(2024, 7, 5),
        "户外广告",
        "人民路沿街门店违规设置落地广告牌",
        "濮阳市城乡一体化示范区城市管理局",
        "2024-07-12",
        "已拆除违规广告牌12块",
        "满意",
        "已办结",
    ),
    (
        "HL2407160145",
        date(2024, 7, 16),
        "市政设施",
        "绿城路人行道井盖破损，行人易绊倒",
        "市城管局",
        "3个工作日",
        "已更换井盖",
        "满意",
        "已办结",
    ),
    (
        "HL2407180309",
        date(2024, 7, 18),
        "噪声扰民",
        "濮上路一工地夜间施工噪音扰民",
        "濮阳市华龙区城市管理局",
        "2024-07-24",
        "",
        "",
        "",
    ),
    (
        "HL2407190188",
        date(2024, 7, 19),
        "流动摊贩",
        "开州路小学门口流动摊贩聚集，上下学时段拥堵",
        "濮阳市华龙区城市管理局",
        "2024-07-26",
        "已约谈周边摊贩，正在设置临时疏导点",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="城管执法督导组")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 16, 12, 10, 34, 22, 12, 28, 10, 20])
    b.line(ws, 0, "2024年7月12345热线城管执法领域协办工单督办台账", 9, b.title)
    b.line(
        ws,
        1,
        "督导单位：濮阳市住房和城乡建设局城管执法督导组    统计时段：2024年7月1日—7月28日"
        "    办结期限按工作日计算的，自派单之日起算",
        9,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "工单信息", b.head)
    b.header(ws, 3, ["工单编号", "派单时间", "诉求类别", "诉求内容"], first=1)
    b.merge(ws, 2, 5, 3, 5, "承办单位", b.head)
    b.merge(ws, 2, 6, 3, 6, "办结期限", b.head)
    b.merge(ws, 2, 7, 2, 8, "办理情况", b.head)
    b.header(ws, 3, ["处置情况", "回访结果"], first=7)
    b.merge(ws, 2, 9, 3, 9, "督办情况", b.head)
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HOTLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "共督办协办工单8件，已办结3件，二次督办1件")
    b.line(
        ws,
        end + 2,
        "填表人：邢志刚    联系电话：0393-8992345    填报日期：2024年7月29日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 12345“政企通”企业服务专线未解决事项和计划解决事项台账, after a city 12345 热线's account of its 政企通 enterprise
# line (涉企诉求未解决事项清零行动; 梳理到期应解决而未解决或反馈不及时、不规范等问题; 建立未解决事项和计划解决事项
# 2个台账并销号管理; 制发《督办单》):
# https://u.shm.com.cn/2022-12/07/content_5308876.html
# An .xlsx with two sheets (未解决事项台账, 计划解决事项台账), each with a title, a 填报单位 line and one header row;
# 督办单编号 and 销号 columns; a 说明 line under each.
UNSOLVED_ROWS = [
    (
        "QY2406270031",
        date(2024, 6, 27),
        "濮阳市恒润新材料有限公司",
        "新建厂房申请高压用电报装，供电方案迟迟未答复",
        "濮阳供电公司",
        "2024-07-15",
        "线路需新建，已完成现场勘查，正在编制供电方案",
        "督〔2024〕21号",
        "未销号",
    ),
    (
        "QY2407010012",
        date(2024, 7, 1),
        "濮阳市盛达机械制造有限公司",
        "申领稳岗返还资金，系统显示已审核但资金未到账",
        "市人社局",
        "2024-07-10",
        "已查明为银行账户信息错误，企业重新提交后资金已到账",
        "",
        "已销号",
    ),
    (
        "QY2407050046",
        date(2024, 7, 5),
        "濮阳市绿源食品有限公司",
        "增值税留抵退税申请提交后超过规定时限未办理",
        "市税务局",
        "2024-07-19",
        "已受理，正在进行退税审核",
        "督〔2024〕24号",
        "未销号",
    ),
    (
        "QY2407090058",
        date(2024, 7, 9),
        "濮阳市宏业物流有限公司",
        "园区企业反映厂区周边道路雨后积水严重，影响货车通行",
        "濮阳经济技术开发区管理委员会",
        "2024-08-15",
        "承办单位尚未启动",
        "督〔2024〕26号",
        "未销号",
    ),
]
PLANNED_ROWS = [
    (
        "QY2406200087",
        "濮阳市中原建材有限公司",
        "办理企业不动产登记需重复提交营业执照等材料",
        "市不动产登记中心",
        "实现营业执照电子证照共享调用",
        "2024年8月31日",
        "正在与市场监管部门对接数据接口",
        "否",
    ),
    (
        "QY2406240019",
        "濮阳市天利化工有限公司",
        "企业职工公积金缴存基数调整须到窗口现场办理",
        "市公积金中心",
        "开通网上调整缴存基数功能",
        "2024年7月20日",
        "已上线网上办理功能",
        "是",
    ),
    (
        "QY2407020064",
        "濮阳市金帆纺织有限公司",
        "新建厂区供水管网接入费用收费标准不清",
        "市自来水公司",
        "公示接入收费标准和服务流程",
        "第三季度",
        "",
        "",
    ),
    (
        "QY2407080023",
        "濮阳市瑞丰农业科技有限公司",
        "小微企业反映首贷续贷办理周期长",
        "濮阳市地方金融管理局",
        "建立首贷续贷服务机制，组织银企对接",
        "长期坚持",
        "长期坚持",
        "否",
    ),
]


def write_enterprise_line(path: Path) -> Path:
    b = Book(path, author="12345热线")
    ws = b.sheet("未解决事项台账")
    b.widths(ws, [6, 16, 12, 26, 34, 20, 12, 30, 14, 10])
    b.line(ws, 0, "12345“政企通”企业服务专线涉企诉求未解决事项台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市12345政务服务便民热线管理中心    截至日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工单号",
            "受理日期",
            "企业名称",
            "诉求事项",
            "承办单位",
            "应解决时限",
            "未解决原因及进展",
            "督办单编号",
            "销号情况",
        ],
    )
    for i, row in enumerate(UNSOLVED_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(UNSOLVED_ROWS)
    b.line(ws, end + 1, "说明：诉求解决并经企业确认后予以销号；逾期未解决的制发督办单。", 9)

    ws2 = b.sheet("计划解决事项台账")
    b.widths(ws2, [6, 16, 26, 34, 20, 28, 14, 28, 10])
    b.line(ws2, 0, "12345“政企通”企业服务专线涉企诉求计划解决事项台账", 8, b.title)
    b.line(
        ws2,
        1,
        "填报单位：濮阳市12345政务服务便民热线管理中心    截至日期：2024年7月29日",
        8,
    )
    b.header(
        ws2,
        2,
        [
            "序号",
            "工单号",
            "企业名称",
            "诉求事项",
            "承办单位",
            "解决计划",
            "计划解决时间",
            "当前进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(PLANNED_ROWS, 1):
        b.put(ws2, 2 + i, 0, i, b.center)
        b.row(ws2, 2 + i, list(row), first=1)
    end = 3 + len(PLANNED_ROWS)
    b.line(ws2, end + 1, "填表人：闫晓静    审核人：郑海涛    联系电话：0393-8912345", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. “企呼我应”涉企问题交办处置清单, after a city's account of its 企呼我应 mechanism (企业问题统一纳入企业服务问题池,
# 建立问题标签; 分级办理: 市级、县级(区块)、乡级(企业社区); 分类交办: 服务板块、产业链专班、市级部门; 受理、交办、
# 处置、反馈、办结全过程闭环管理; 企业满意率):
# https://www.zhonghongwang.com/show-493-395669-1.html
# An .xlsx: title, 交办单位/交办日期 line stating the base date the working-day 处置时限 count from, one header row
# with 问题标签, 办理层级 and 交办对象, a 处置进度 column in the mechanism's own stage words, 企业评价, a 说明 line.
QIHU_ROWS = [
    (
        "QH-2407-01",
        "濮阳市华信化工有限公司",
        "要素保障·用电",
        "厂区10千伏专线频繁跳闸，影响连续生产",
        "市级",
        "市供电公司",
        "10个工作日",
        "已办结",
        "满意",
    ),
    (
        "QH-2407-02",
        "濮阳县鑫达电子科技有限公司",
        "人才用工",
        "新招聘技术工人缺口约60人，希望协助对接职业院校",
        "县级",
        "濮阳县人力资源和社会保障局",
        "2024年8月31日",
        "处置中",
        "",
    ),
    (
        "QH-2407-03",
        "濮阳市远东装备制造有限公司",
        "政策兑现",
        "技术改造专项资金已公示两个月仍未拨付",
        "市级",
        "市工信局",
        "15个工作日",
        "已办结",
        "基本满意",
    ),
    (
        "QH-2407-04",
        "濮阳市岳村食品产业园",
        "基础设施",
        "园区门前道路路灯损坏，夜间货车进出存在安全隐患",
        "乡级（企业社区）",
        "濮阳市华龙区岳村镇人民政府",
        "5个工作日",
        "未启动",
        "",
    ),
    (
        "QH-2407-05",
        "濮阳市博达进出口有限公司",
        "外贸服务",
        "出口产品原产地证书办理需往返郑州，希望就近办理",
        "市级",
        "市商务局",
        "2024年9月30日",
        "处置中",
        "",
    ),
    (
        "QH-2407-06",
        "濮阳市石化产业链企业（联名）",
        "产业链共性",
        "化工原料运输车辆限行时段与企业生产班次不匹配",
        "市级",
        "市交警支队",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "QH-2407-07",
        "濮阳市清河环保科技有限公司",
        "政务服务",
        "排污许可证变更网上申报系统多次提交失败",
        "市级",
        "市生态环境局",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "QH-2407-08",
        "濮阳市宏泰置业有限公司",
        "审批服务",
        "消防验收预约排队时间长，影响项目交付",
        "市级",
        "市住建局",
        "10个工作日",
        "处置中",
        "",
    ),
]


def write_qihu(path: Path) -> Path:
    b = Book(path, author="企业综合服务中心")
    ws = b.sheet("问题池")
    b.widths(ws, [12, 26, 14, 36, 14, 26, 14, 10, 10])
    b.line(ws, 0, "“企呼我应”涉企问题交办处置清单（2024年7月）", 8, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市企业综合服务中心    交办日期：2024年7月3日    处置时限自交办之日起按工作日计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "问题编号",
            "企业名称",
            "问题标签",
            "问题描述",
            "办理层级",
            "交办对象",
            "处置时限",
            "处置进度",
            "企业评价",
        ],
    )
    for i, row in enumerate(QIHU_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(QIHU_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：处置进度按“受理、交办、处置、反馈、办结”填写；问题办结后由企业进行满意度评价。",
        8,
    )
    b.line(ws, end + 2, "经办人：韩雪梅    联系电话：0393-8210577", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 政务服务“一网通办”推进中存在问题的整改情况, after a page summing up a city's 一网通办 推进会 (存在问题: 部门协同
# 不足、系统整合度低、办事指引模糊、线上审核时间长、系统稳定性差; 乡镇(街道)便民服务中心人员配备不足; 数据孤岛;
# 平台宣传力度不够，服务知晓度低):
# https://www.fudaoke.com/exam/2438094.html
# A .docx: title, 主送, preamble, the problems as numbered paragraphs under four headed sections, each naming its
# 责任单位, measure, 整改时限 and progress in sentences; closing paragraph, the office and date at the foot.
ONENET_SECTIONS = [
    (
        "一、部门协同方面",
        [
            "1.部分单位对“一网通办”重视不够，市医保局仍有12项高频事项未接入一体化政务服务平台。责任单位：市医保局。"
            "整改措施：逐项制定接入计划，8月底前全部接入。整改进展：目前已接入7项，其余5项正在对接。",
        ],
    ),
    (
        "二、系统与流程方面",
        [
            "2.不动产登记系统与一体化平台未实现数据实时共享，企业群众需在两个系统重复填报。责任单位：市不动产登记中心。"
            "整改措施：打通系统接口，实现“一次填报、自动流转”，整改时限2024年9月30日。整改进展：已完成接口开发，正在联调测试。",
            "3.部分事项网上办事指南材料要求表述模糊，与窗口受理标准不一致。责任单位：市行政服务中心。"
            "整改措施：组织对全部网上办事指南逐项校核，7月15日前完成。整改进展：已完成312项办事指南的校核修订，整改完成。",
            "4.企业开办网上申请审核平均用时超过1个工作日，高峰期系统卡顿。责任单位：市市场监管局。"
            "整改措施：扩容审核系统服务器，增设网上预审专岗，整改时限2024年7月31日。整改进展：因扩容资金未落实，该项工作尚未启动。",
        ],
    ),
    (
        "三、基层服务能力方面",
        [
            "5.部分乡镇（街道）便民服务中心人员配备不足，文留镇便民服务中心仅有2名工作人员，难以满足群众办事需求。"
            "责任单位：濮阳县人民政府。整改措施：按“一窗综办”要求配齐配强工作人员，年底前完成。",
        ],
    ),
    (
        "四、数据共享与宣传方面",
        [
            "6.户籍证明等公安数据共享不及时，电子证照调用率低，群众仍需提交纸质证明。责任单位：市公安局。"
            "整改措施：第三季度完成高频证照数据推送。整改进展：已推送户籍证明电子证照数据，其余证照正在协调推送。",
            "7.“一网通办”平台宣传力度不够，企业群众知晓度低。责任单位：市行政服务中心。"
            "整改措施：每月开展进企业、进社区、进园区宣传。整改进展：长期坚持。",
        ],
    ),
]


def write_onenet(path: Path) -> Path:
    doc = _new_document("行政服务中心")
    _title(doc, "关于政务服务“一网通办”工作推进中存在问题整改情况的报告")
    _paragraph(doc, "市政府督查室：")
    _paragraph(
        doc,
        "按照全市政务服务“一网通办”工作推进会部署，我中心会同有关单位对推进中存在的问题逐项梳理，"
        "明确责任单位和整改时限，现将整改情况报告如下：",
    )
    for heading, paras in ONENET_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我中心将加强跟踪督办，推动“一网通办”从“能办”向“好办”转变。")
    _paragraph(doc, "濮阳市行政服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. “办不成事”反映窗口问题登记台账, after a county-level city's account of its 办不成事 window (群众和企业“很难办”、
# “办不了”、“不给办”的问题到窗口反映; 建立反映台账，如实记录群众问题、诉求及意见建议; 形成交办单/督办单派发给各
# 窗口、部门限期整改; 当场不能协调解决的限期处理):
# https://www.hhmz.gov.cn/info/1111/272381.htm
# An .xls (xlwt): title, 登记单位 line, a two-row header (交办情况 over 交办单号/承办部门/责任窗口/办理时限), the
# 反映人 (the complainant) beside the problem, 办理时限 partly in working days from the 登记日期, a 合计 row, a 注
# line and a signature line.
WINDOW_ROWS = [
    (
        "2024-07-02",
        "张某某",
        "新生儿办理医保参保，因父母户籍不在本市被告知不能办理",
        "不给办",
        "BBC-2024-031",
        "市医保局",
        "医保窗口",
        "5个工作日",
        "已按居住证参保政策办理",
        "满意",
    ),
    (
        "2024-07-05",
        "王某",
        "个体户注销时税务系统显示有未申报记录，无法完成简易注销",
        "办不了",
        "BBC-2024-032",
        "市税务局",
        "综合办税窗口",
        "2024-07-15",
        "正在核查历史申报数据",
        "",
    ),
    (
        "2024-07-09",
        "李某",
        "房产证地址与门牌地址不一致，无法办理户口迁入",
        "很难办",
        "BBC-2024-033",
        "市公安局",
        "户政窗口",
        "2024-07-16",
        "已协调出具地址证明，户口已迁入",
        "满意",
    ),
    (
        "2024-07-11",
        "赵某",
        "二手房交易需提供原购房发票，原开发商已注销无法补开",
        "很难办",
        "BBC-2024-034",
        "市不动产登记中心",
        "不动产登记窗口",
        "10个工作日",
        "",
        "",
    ),
    (
        "2024-07-15",
        "孙某",
        "办理施工许可时被要求提供法律法规未规定的证明材料",
        "不给办",
        "BBC-2024-035",
        "市住建局",
        "工程建设项目审批窗口",
        "2024-07-22",
        "未办理",
        "不满意",
    ),
    (
        "2024-07-18",
        "周某",
        "退役军人优待证申领进度无法网上查询",
        "办不了",
        "BBC-2024-036",
        "市退役军人事务局",
        "退役军人服务窗口",
        "2024-08-02",
        "正在开发进度查询功能",
        "",
    ),
    (
        "2024-07-22",
        "吴某",
        "残疾人两项补贴申请需在乡镇和市里两头跑",
        "很难办",
        "BBC-2024-037",
        "市残联",
        "残疾人服务窗口",
        "2024-07-29",
        "已实行乡镇便民服务中心代办",
        "满意",
    ),
]


def write_window(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "“办不成事”反映窗口问题登记台账", t, 0, 13),
        (
            1,
            0,
            "登记单位：濮阳市行政服务中心“办不成事”反映窗口    登记时段：2024年7月1日至7月26日",
            plain,
            1,
            13,
        ),
    ]
    for col, word in enumerate(["序号", "登记日期", "反映人", "反映问题", "问题类型"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "交办情况", h, 2, 8))
    for col, word in enumerate(["交办单号", "承办部门", "责任窗口", "办理时限"], 5):
        cells.append((3, col, word, h))
    cells += [
        (2, 9, "办理结果", h, 3, 9),
        (2, 10, "回访满意度", h, 3, 10),
    ]
    for i, row in enumerate(WINDOW_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 5, 8, 10) else c))
    r = 4 + len(WINDOW_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共登记7件，已办结3件", c, r, 10),
        (
            r + 1,
            0,
            "注：问题类型按“很难办”“办不了”“不给办”填写；办理时限按工作日计算的，自登记之日起算。",
            plain,
            r + 1,
            10,
        ),
        (
            r + 2,
            0,
            "窗口负责人：田国栋    登记人：许文静    联系电话：0393-8880315",
            plain,
            r + 2,
            10,
        ),
    ]
    widths = [6, 12, 10, 40, 10, 14, 18, 20, 12, 30, 10]
    return _write_xls(path, [("反映台账", cells)], widths)


# ---------------------------------------------------------------------------------------------
# 6. 营商环境投诉举报受理登记台账, after a city's notice opening its 优化提升营商环境投诉举报热线 (受理范围: 行政许可、
# 政务服务申请不予受理; 政策落地打折扣、新官不理旧账; 涉企管理服务“拖、推、绕”; 擅自收费、指定中介; 违规检查、
# 违法停水停电; 限制公平竞争、设置地域保护; 超范围扣押冻结; 政府失信):
# https://www.jiyuan.gov.cn/gov_special/yshjzjy/ysdt/tzgg/202104/t20210413_718791.html
# A CSV in GBK: a title line, a line naming the 受理单位 and the general 办理时限 (15 working days from 受理), one
# header line with 投诉类别 in the notice's terms, 被投诉单位 beside 承办单位, 是否办结, a 合计 line.
COMPLAINT_ROWS = [
    (
        "YS2024-07-01",
        "2024-07-02",
        "12345热线",
        "行政许可不予受理",
        "市市场监管局",
        "企业申请食品经营许可，材料齐全但窗口以系统升级为由不予受理",
        "市市场监管局",
        "15个工作日",
        "已受理并发放许可证，对窗口人员批评教育",
        "是",
    ),
    (
        "YS2024-07-02",
        "2024-07-04",
        "来信",
        "新官不理旧账",
        "清丰县人民政府",
        "招商引资协议约定的设备购置补贴因人员调整未兑现",
        "清丰县人民政府",
        "2024-08-31",
        "已核实协议，正在落实补贴资金",
        "否",
    ),
    (
        "YS2024-07-03",
        "2024-07-08",
        "网上平台",
        "涉企服务拖推绕",
        "市生态环境局",
        "办理环评审批时工作人员推诿，要求企业多次补充材料",
        "市生态环境局",
        "15个工作日",
        "",
        "否",
    ),
    (
        "YS2024-07-04",
        "2024-07-10",
        "12345热线",
        "指定服务强制收费",
        "市自来水公司",
        "新装水表时强制企业使用指定施工单位",
        "市自来水公司",
        "2024-07-31",
        "已责令取消指定施工，退还多收费用",
        "是",
    ),
    (
        "YS2024-07-05",
        "2024-07-12",
        "来访",
        "违规检查",
        "市应急管理局",
        "同一月内被多个部门重复检查，影响正常生产",
        "市应急管理局",
        "15个工作日",
        "正在梳理涉企检查计划，推行“综合查一次”",
        "否",
    ),
    (
        "YS2024-07-06",
        "2024-07-16",
        "12345热线",
        "限制公平竞争",
        "市公共资源交易中心",
        "政府采购项目招标文件设置本地业绩加分条款，限制外地企业参与",
        "市公共资源交易中心",
        "2024-07-26",
        "已修改招标文件，删除相关条款",
        "是",
    ),
    (
        "YS2024-07-07",
        "2024-07-22",
        "网上平台",
        "政府失信",
        "濮阳市华龙区人民政府",
        "政府投资项目竣工两年仍拖欠工程款约86万元",
        "濮阳市华龙区人民政府",
        "2024-12-31",
        "",
        "",
    ),
]


def write_complaint(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市营商环境投诉举报受理登记台账（2024年7月）"])
    w.writerow(
        [
            "受理单位：濮阳市发展和改革委员会（市优化营商环境办公室）；办理时限：一般投诉自受理之日起15个工作日内办结"
        ]
    )
    w.writerow(
        [
            "编号",
            "受理日期",
            "投诉渠道",
            "投诉类别",
            "被投诉单位",
            "投诉事项",
            "承办单位",
            "办理时限",
            "办理情况",
            "是否办结",
        ]
    )
    for row in COMPLAINT_ROWS:
        w.writerow(list(row))
    w.writerow(["合计", "", "", "", "", "共受理投诉举报7件，办结3件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 营商环境评估短板指标整改台账, after a consultancy's excerpt of a local 营商环境评估 report (综合指数 = 经济指标30% +
# 政务指标70%; 三级指标 A1 开办和注销程序、A2 施工许可证、A3 产权登记、A4 纳税、A5 水电气暖、B1 招商引资、B2 政策
# 落实及承诺兑现 with 平均水平/最高评估/最低评估; 评价较低的环节需要重点关注):
# https://shengzhiyuan.net.cn/index/Article/info.html?cate=57&id=26
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (评估得分 over 本市得分/全省平均) with the
# 指标编号 and 三级指标, 牵头单位 beside 配合单位, deadlines as schedule texts, quarters and year ranges, a 注 line
# and a signature line.
INDICATOR_ROWS = [
    (
        "A1",
        "开办和注销程序",
        84.4,
        89.2,
        "企业简易注销公告期满后仍需到多个部门分别办理清税、社保注销",
        "市市场监管局",
        "市税务局、市人社局",
        "推行企业注销“一网通办”",
        "2024年9月底前",
        "已上线注销一网服务专区，正在联调社保注销",
    ),
    (
        "A2",
        "施工许可证",
        81.2,
        88.6,
        "社会投资简易低风险项目施工许可办理用时超过承诺时限",
        "市住建局",
        "市自然资源和规划局",
        "压缩审批环节，实行并联审批",
        "2024年6月30日",
        "已完成",
    ),
    (
        "A3",
        "产权登记",
        84.2,
        88.8,
        "企业不动产登记仍需现场提交纸质材料",
        "市不动产登记中心",
        "市税务局",
        "推行不动产登记全程网办",
        "7月底前完成系统改造，8月底前全面推行",
        "系统改造已完成",
    ),
    (
        "A4",
        "纳税",
        85.5,
        89.8,
        "纳税人反映办税服务厅高峰期排队时间长",
        "市税务局",
        "",
        "推广非接触式办税，错峰预约",
        "长期坚持",
        "常态化推进",
    ),
    (
        "A5",
        "水电气暖",
        84.0,
        88.1,
        "用气报装收费项目和标准不透明",
        "市燃气公司",
        "市发展改革委",
        "公开报装收费项目、标准和办理时限",
        "2024年7月20日",
        "未启动",
    ),
    (
        "B1",
        "招商引资",
        82.7,
        87.1,
        "招商项目落地后跟踪服务不到位",
        "市商务局",
        "各县（区）人民政府",
        "建立重点项目服务专员制度",
        "2024-2025年",
        "已建立重点项目服务专员制度，正在配备服务专员",
    ),
    (
        "B2",
        "政策落实及承诺兑现",
        81.7,
        86.6,
        "惠企政策申报材料繁杂，资金兑现周期长",
        "市财政局",
        "市工信局",
        "推行惠企政策“免申即享”",
        "第四季度",
        "",
    ),
]


def write_indicator_book(path: Path) -> Path:
    b = Book(path, author="营商环境科")
    ws = b.sheet("短板指标整改台账")
    b.widths(ws, [6, 8, 16, 10, 10, 34, 18, 20, 26, 20, 26])
    b.line(ws, 0, "2024年上半年营商环境评估反馈短板指标整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市发展和改革委员会（营商环境科）    填报日期：2024年7月26日",
        10,
    )
    for c, word in enumerate(["序号", "指标编号", "三级指标"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "评估得分", b.head)
    b.header(ws, 3, ["本市得分", "全省平均"], first=3)
    for c, word in enumerate(["反馈问题", "牵头单位", "配合单位", "整改措施", "完成时限", "整改进展"], 5):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(INDICATOR_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(INDICATOR_ROWS)
    b.line(
        ws,
        end + 1,
        "注：评估得分为百分制，本市得分低于全省平均的三级指标列为短板指标。",
        10,
    )
    b.line(ws, end + 2, "填表人：彭雨晴    审核人：梁建华    联系电话：0393-8916602", 10)
    return b.close()


def write_indicator(path: Path) -> Path:
    return via_soffice(write_indicator_book, path, "xls", "营商环境评估短板指标整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 营商环境监督员反映问题交办督办情况, after a city's report on appointing 营商环境监督员 (企业家、人大代表和政协委员、
# 商会负责人、律师; 明察暗访、现场监督; 收集损害营商环境的问题线索; 市营商办研究、转办、交办、督办，及时反馈问题
# 解决情况):
# http://m.hxnews.com/news/fj/mn/zz/202311/02/2140433.shtml
# An .xlsx: title, 交办单位/统计截至 line, one header row with the 监督员 and 监督员身份 (the proposer) beside the
# 责任单位, 处理方式 (转办/交办/督办), 反馈监督员情况, a 填表人 line.
MONITOR_ROWS = [
    (
        "刘建国",
        "市人大代表",
        "市行政服务中心部分窗口午间休息时段无人值守",
        "交办",
        "市行政服务中心",
        "2024-07-10",
        "已实行午间轮岗值班",
        "已反馈，监督员满意",
    ),
    (
        "陈丽",
        "律师",
        "涉企行政处罚自由裁量标准不统一，同类违法行为处罚差异大",
        "转办",
        "市司法局",
        "2024-09-30",
        "正在组织修订行政处罚裁量基准",
        "已电话反馈进展",
    ),
    (
        "王海峰",
        "市工商联副主席",
        "濮阳县产业集聚区部分企业用地手续办理缓慢",
        "交办",
        "濮阳县人民政府",
        "2024-08-31",
        "",
        "",
    ),
    (
        "赵敏",
        "市政协委员",
        "中小企业贷款抵押物评估收费偏高",
        "转办",
        "濮阳市地方金融管理局",
        "2024-07-31",
        "已约谈相关评估机构，正在推动降费",
        "",
    ),
    (
        "孙伟",
        "企业负责人",
        "公交线路未覆盖新建工业园区，员工通勤困难",
        "交办",
        "市公交公司",
        "2024-08-15",
        "已开通园区通勤专线2条",
        "已反馈",
    ),
    (
        "李娜",
        "商会负责人",
        "外地企业参与本市政府采购时被要求设立本地分支机构",
        "督办",
        "市财政局",
        "2024-07-19",
        "经督办仍未整改",
        "",
    ),
    (
        "周强",
        "市人大代表",
        "工业园区周边道路货车限行标志设置不合理",
        "交办",
        "市交警支队",
        "2024-07-25",
        "已调整限行标志12处，复查合格",
        "已反馈，监督员满意",
    ),
    (
        "马晓东",
        "企业负责人",
        "电力报装“三零”服务政策宣传不到位，小微企业不知晓",
        "转办",
        "国网濮阳供电公司",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_monitor(path: Path) -> Path:
    b = Book(path, author="市营商办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 14, 40, 10, 22, 12, 32, 18])
    b.line(ws, 0, "市营商环境监督员反映问题交办督办情况表", 8, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市优化营商环境工作领导小组办公室    统计截至：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "监督员",
            "监督员身份",
            "反映问题",
            "处理方式",
            "责任单位",
            "办理时限",
            "办理情况",
            "反馈监督员情况",
        ],
    )
    for i, row in enumerate(MONITOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MONITOR_ROWS)
    b.line(
        ws,
        end + 1,
        "填表人：董晓飞    联系电话：0393-8921618    填报日期：2024年7月30日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 政务服务标准化规范化便利化重点任务落实情况, after a district's 实施方案 for 政务服务标准化规范化便利化 (区、镇、
# 村政务服务体系; 事项基本目录统一编制、动态管理; 综合窗口全覆盖; 城市“15分钟政务服务圈”; “一网通办2.0”;
# “跨域通办”; 100%网上受理、100%网上办结; 高频电子证照互通互认，“免证办”; “帮代办”; 2023年底前、2025年底前):
# https://51gongwen.com/doc/345316.html
# A .doc (Word 97 via LibreOffice): title, 主送 and preamble, a table of 重点任务 with 责任单位, 完成时限 (dates,
# 年底前, a year range, 长期坚持) and 落实情况, the office and date at the foot.
STANDARD_ROWS = [
    (
        "编制区、镇、村三级政务服务事项基本目录，实行动态管理",
        "濮阳市华龙区行政审批服务局",
        "2024年6月底前",
        "已完成目录编制并向社会公布",
    ),
    (
        "镇（街道）便民服务中心实现综合窗口全覆盖",
        "濮阳市华龙区中原路街道办事处",
        "2024年9月30日前",
        "已设置综合窗口4个，正在开展全科业务培训",
    ),
    (
        "打造城市“15分钟政务服务圈”，在社区布设政务服务自助终端",
        "濮阳市华龙区行政审批服务局",
        "年底前",
        "",
    ),
    (
        "社保高频服务事项实现“跨域通办”",
        "濮阳市华龙区人力资源和社会保障局",
        "2024年8月31日",
        "尚未启动",
    ),
    (
        "高频电子证照实现互通互认，全面推行“免证办”",
        "濮阳市华龙区市场监督管理局",
        "2023-2025年",
        "已实现营业执照电子证照调用，其余证照正在推进",
    ),
    (
        "推行“帮代办”服务，为重点项目提供全程帮办代办",
        "濮阳市华龙区发展和改革委员会",
        "长期坚持",
        "长期坚持",
    ),
    (
        "行政审批事项实现100%网上受理、100%网上办结",
        "濮阳市华龙区行政审批服务局",
        "2024年7月15日前",
        "网上受理率已达100%，网上办结率98.6%，剩余事项正在推进",
    ),
]


def write_standard_docx(path: Path) -> Path:
    doc = _new_document("区行政审批服务局")
    _title(doc, "华龙区推进政务服务标准化规范化便利化重点任务落实情况", 18)
    _paragraph(doc, "区政府督查室：", 14)
    _paragraph(
        doc,
        "根据《华龙区推进政务服务标准化规范化便利化实施方案》任务分工，现将重点任务落实情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(STANDARD_ROWS, 1)]
    _table(doc, ["序号", "重点任务", "责任单位", "完成时限", "落实情况"], body)
    _paragraph(doc, "濮阳市华龙区行政审批服务局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_standard(path: Path) -> Path:
    return via_soffice(write_standard_docx, path, "doc", "政务服务标准化重点任务落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 营商环境观察员意见建议收集办理, after a district's account of its 营商环境观察员 (重点企业负责人、法律工作者、人大
# 代表、政协委员; 营商环境监测点设在市民服务和营商环境促进中心、高新区企业服务中心、重点企业、重点招商项目; 智能
# 导办、跨省通办; 收集问题和意见建议，办理反馈):
# https://zgcxtc.cn/news/235876.html
# A .zip of two returns from two 监测点: the 行政服务中心's .xlsx (填报单位 line; rows naming only its own 科室) and
# the 开发区企业服务中心's .docx (a table naming the 责任单位 of each problem).
CENTER_ROWS = [
    (
        "2024-07-04",
        "官海明",
        "建议大厅增设企业开办“一站式”咨询引导岗",
        "综合受理科",
        "2024-07-15",
        "已设立企业开办咨询引导岗",
    ),
    (
        "2024-07-04",
        "王艳",
        "智能导办系统部分事项无法识别办事情形",
        "信息技术科",
        "2024-08-31",
        "正在优化导办知识库",
    ),
    (
        "2024-07-10",
        "刘志强",
        "跨省通办事项清单未在大厅公示",
        "政务公开科",
        "2024-07-20",
        "",
    ),
    (
        "2024-07-10",
        "官海明",
        "帮办代办人员对工程建设项目审批流程不熟悉",
        "帮办代办科",
        "长期坚持",
        "每月开展业务培训，长期坚持",
    ),
]
ZONE_ROWS = [
    (
        "园区内污水管网未接通，企业临时外运污水成本高",
        "濮阳经济技术开发区建设管理局",
        "2024年10月31日",
        "管网施工已完成60%",
    ),
    (
        "企业新增用电报装需往返开发区和市区两地办理",
        "濮阳供电公司",
        "2024年7月20日",
        "已在开发区企业服务中心设立用电报装受理点",
    ),
    (
        "园区企业招工信息发布渠道少",
        "濮阳经济技术开发区社会事业局",
        "2024年7月31日",
        "未启动",
    ),
    (
        "消防设计审查意见一次性告知不到位，企业反复修改图纸",
        "市住建局",
        "2024年7月26日",
        "已整改，实行审查意见一次性书面告知",
    ),
]


def write_center_book(path: Path) -> Path:
    b = Book(path, author="行政服务中心")
    ws = b.sheet("意见建议台账")
    b.widths(ws, [6, 12, 10, 40, 14, 12, 30])
    b.line(ws, 0, "营商环境观察员意见建议收集办理台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市行政服务中心（营商环境监测点）    填报日期：2024年7月29日",
        6,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "收集日期",
            "观察员",
            "意见建议内容",
            "责任科室",
            "办理时限",
            "办理情况",
        ],
    )
    for i, row in enumerate(CENTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(CENTER_ROWS),
        "监测点负责人：            填表人：林晓            联系电话：0393-8880126",
        6,
    )
    return b.close()


def write_zone_docx(path: Path) -> Path:
    doc = _new_document("开发区企业服务中心")
    _title(doc, "营商环境监测点问题办理反馈表", 18)
    _paragraph(
        doc,
        "填报单位：濮阳经济技术开发区企业服务中心（营商环境监测点）    填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ZONE_ROWS, 1)]
    _table(doc, ["序号", "观察员反映问题", "责任单位", "办理时限", "办理反馈"], body)
    _paragraph(doc, "填表人：秦亚楠    联系电话：0393-8331207", 12)
    return _save_fixed(doc, path)


def write_observers(path: Path) -> Path:
    members = [
        (
            "营商环境观察员意见建议收集办理台账（市行政服务中心监测点）.xlsx",
            write_center_book,
        ),
        ("营商环境监测点问题办理反馈表（开发区企业服务中心）.docx", write_zone_docx),
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
# 11. 清理拖欠民营企业中小企业账款挂账台账, after a district 财政局's account of its monthly 清欠 check (按职能科室分头
# 核查; 政府投资项目欠款、政府部门欠款、工程建设欠款、国有企业欠款; 分“未偿还”、“有清偿计划”和“已清欠”排查;
# 每月5日前填报《拖欠民营企业中小企业账款项目列表》和《清理拖欠民营企业中小企业账款挂账台账报表》):
# http://czt.jiangsu.gov.cn/art/2020/1/21/art_77300_9096396.html
# An .xlsx: title, 填报单位 line, one header row with 欠款类型, 拖欠主体（责任单位） beside the 被拖欠企业, amounts,
# 清偿状态 in the source's three words, 计划清偿时间 (dates, a two-step schedule), the 财政局's own 负责科室, a 合计 row
# and a signature line.
ARREARS_ROWS = [
    (
        "政府投资项目欠款",
        "市城管局",
        "濮阳市宏远市政工程有限公司",
        "城区道路照明改造工程尾款",
        126.5,
        "已清欠",
        "2024年6月30日",
        126.5,
        "经济建设科",
    ),
    (
        "政府部门欠款",
        "市教育局",
        "濮阳市启航教学设备有限公司",
        "中小学多媒体教学设备采购款",
        58.2,
        "有清偿计划",
        "2024年9月30日",
        20.0,
        "科教文科",
    ),
    (
        "工程建设欠款",
        "市水务局",
        "濮阳市安澜水利建设有限公司",
        "引黄调蓄工程第二标段进度款",
        312.0,
        "未偿还",
        "",
        0.0,
        "农业农村科",
    ),
    (
        "国有企业欠款",
        "市燃气有限公司",
        "濮阳市恒达管道安装有限公司",
        "老旧小区燃气管网改造工程款",
        89.6,
        "有清偿计划",
        "2024年12月底前",
        0.0,
        "资产管理科",
    ),
    (
        "政府部门欠款",
        "市卫健委",
        "濮阳市康源医疗器械有限公司",
        "基层医疗机构设备采购款",
        43.8,
        "已清欠",
        "2024年7月15日",
        43.8,
        "社会保障科",
    ),
    (
        "政府投资项目欠款",
        "濮阳县人民政府",
        "濮阳市中兴路桥建设有限公司",
        "乡村道路提升工程款",
        205.0,
        "有清偿计划",
        "2024年8月底前支付100万元，11月底前全部结清",
        0.0,
        "经济建设科",
    ),
    (
        "工程建设欠款",
        "市交通运输局",
        "濮阳市通达交通设施有限公司",
        "国道标志标线施工尾款",
        37.4,
        "",
        "",
        0.0,
        "经济建设科",
    ),
    (
        "国有企业欠款",
        "市自来水公司",
        "濮阳市清源环保设备有限公司",
        "水厂加药设备维保费用",
        15.6,
        "未偿还",
        "2024年8月20日",
        0.0,
        "资产管理科",
    ),
]


def write_arrears(path: Path) -> Path:
    b = Book(path, author="财政局")
    ws = b.sheet("挂账台账")
    b.widths(ws, [6, 16, 16, 28, 28, 12, 12, 30, 12, 12])
    b.line(ws, 0, "清理拖欠民营企业中小企业账款挂账台账报表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市财政局（盖章）    填报日期：2024年7月30日    金额单位：万元",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "欠款类型",
            "拖欠主体（责任单位）",
            "被拖欠企业",
            "欠款事项",
            "欠款金额",
            "清偿状态",
            "计划清偿时间",
            "已清偿金额",
            "负责科室",
        ],
    )
    for i, row in enumerate(ARREARS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ARREARS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "共8笔")
    b.put(ws, end, 5, round(sum(r[4] for r in ARREARS_ROWS), 1))
    b.put(ws, end, 6, "")
    b.put(ws, end, 7, "")
    b.put(ws, end, 8, round(sum(r[7] for r in ARREARS_ROWS), 1))
    b.put(ws, end, 9, "")
    b.line(
        ws,
        end + 2,
        "分管领导：高建军    科室负责人：宋玉兰    填表人：朱一鸣    联系电话：0393-8662041",
        9,
    )
    return b.close()


FILES = [
    ("12345热线城管执法领域协办工单督办台账.xlsx", write_hotline),
    ("12345政企通企业服务专线涉企诉求台账.xlsx", write_enterprise_line),
    ("企呼我应涉企问题交办处置清单.xlsx", write_qihu),
    ("关于政务服务一网通办工作推进中存在问题整改情况的报告.docx", write_onenet),
    ("办不成事反映窗口问题登记台账.xls", write_window),
    ("营商环境投诉举报受理登记台账.csv", write_complaint),
    ("营商环境评估短板指标整改台账.et", write_indicator),
    ("营商环境监督员反映问题交办督办情况表.xlsx", write_monitor),
    ("华龙区政务服务标准化规范化便利化重点任务落实情况.doc", write_standard),
    ("营商环境观察员意见建议办理情况（两个监测点）.zip", write_observers),
    ("清理拖欠民营企业中小企业账款挂账台账.xlsx", write_arrears),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

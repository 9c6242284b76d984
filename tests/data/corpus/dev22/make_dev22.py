"""Write the dev22 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and one inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two returns (an
.xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev22.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 审计问题整改跟踪表, after the 审计问题整改跟踪表 page of a state-owned-assets audit system (h4 title, one header
# row 序号/反馈日期/措施内容/跟踪反馈/措施状态):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/webapp/views/bimr/bimrInsideAuditProject/rectifyFeedbackMsgList.jsp
# An .xlsx: title, 审计项目 and 被审计单位 lines (the unit is named only there), one header row with a 存在问题
# column before the source's five, the deadline inside the 措施内容 text, 反馈日期 an event; a 说明 and signature.
AUDIT_ROWS = [
    (
        "部分缴存单位长期欠缴住房公积金未及时催缴",
        date(2024, 7, 10),
        "建立欠缴台账，逐户下发催缴通知书，2024年9月30日前完成清欠",
        "已向23家单位下发催缴通知，追回欠缴资金186万元",
        "整改中",
    ),
    (
        "个人住房贷款逾期率高于考核指标",
        date(2024, 7, 15),
        "成立清收专班，分类处置逾期贷款，2024年底前逾期率降至1.5‰以内",
        "已清收逾期贷款41笔，逾期率由2.6‰降至2.1‰",
        "整改中",
    ),
    (
        "提取审核中部分申请材料不全即予办理",
        date(2024, 6, 28),
        "修订提取业务操作规程，2024年6月30日前印发",
        "《住房公积金提取业务操作规程（修订）》已印发执行",
        "已完成",
    ),
    (
        "增值收益分配未按规定提取廉租住房建设补充资金",
        date(2024, 7, 12),
        "按规定补提并上缴财政，2024年8月底前完成",
        "已与市财政局对接补提金额，待履行审批程序",
        "整改中",
    ),
    (
        "固定资产账实不符，部分报废设备未及时核销",
        date(2024, 7, 22),
        "开展固定资产清查盘点，2024年7月20日前完成核销",
        "清查盘点完毕，报废设备38台已核销",
        "已完成",
    ),
    (
        "业务系统权限设置不合理，个别人员兼任审批与复核岗位",
        date(2024, 7, 16),
        "调整系统岗位权限，实行审批与复核分离，2024年7月15日前完成",
        "岗位权限已调整到位",
        "已完成",
    ),
    (
        "委托贷款手续费支付标准未经管委会审定",
        date(2024, 7, 25),
        "报请管委会审定手续费支付标准，2024年第三季度完成",
        "",
        "未启动",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="稽核审计科")
    ws = b.sheet("整改跟踪")
    b.widths(ws, [6, 34, 12, 44, 40, 10])
    b.line(ws, 0, "审计问题整改跟踪表", 5, b.title)
    b.line(ws, 1, "审计项目名称：2023年度财务收支及住房公积金归集使用情况审计", 5)
    b.line(ws, 2, "被审计单位：市住房公积金管理中心        报送日期：2024年7月31日", 5)
    b.header(ws, 3, ["序号", "存在问题", "反馈日期", "措施内容", "跟踪反馈", "措施状态"])
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    last = 4 + len(AUDIT_ROWS)
    b.line(
        ws, last, "说明：措施状态分为“已完成”“整改中”“未启动”三类；反馈日期为整改情况最近一次反馈的日期。", 5
    )
    b.line(ws, last + 1, "整改责任人：赵志刚        审计组联系人：陈静        联系电话：0393-8116520", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 隐患治理记录, after the 隐患治理记录 page of a county 风险分级管控 隐患排查治理 platform (tabs 企业自查 / 部门抽查 /
# 执法检查; header 编号/检查表id/部门/检查内容/复查时间/复查结果/检查人; 复查结果 合格 or 不合格):
# https://github.com/liguangnanfeng/smaq/blob/a12cb26bac0ff99baab1be9aad0f16893108ff28/WebContent/WEB-INF/views/company/danger/government-lists.jsp
# An .xls (xlwt) with two sheets (部门抽查, 执法检查), each with title, 填报单位 line and its own header row; the
# company checked is the unit, the 检查人 stands beside it; 整改期限 as text (2024.7.15, 7月底前); 复查时间 an event.
SPOT_ROWS = [
    (
        "JC-0712-03",
        "濮阳县宏达木业有限公司",
        "除尘器泄爆口朝向人员通道",
        "2024.7.15",
        "已调整泄爆口朝向",
        "2024-07-16",
        "合格",
        "王磊、张帆",
    ),
    (
        "JC-0712-05",
        "濮阳县恒通机械制造有限公司",
        "冲压设备双手操作按钮被短接",
        "2024.7.20",
        "正在更换控制线路",
        "",
        "",
        "王磊、张帆",
    ),
    (
        "JC-0716-02",
        "濮阳县金盛粮油贸易有限公司",
        "有限空间作业点未设置警示标识",
        "7月底前",
        "",
        "",
        "",
        "李志强、周洋",
    ),
    (
        "JC-0716-04",
        "濮阳县利民食品有限公司",
        "液氨制冷车间氨气浓度报警仪未定期检定",
        "2024.8.10",
        "未整改",
        "",
        "",
        "李志强、周洋",
    ),
]
LAW_ROWS = [
    (
        "ZF-0709-01",
        "濮阳县新达塑业有限公司",
        "注塑车间电气线路私拉乱接",
        "2024.7.12",
        "",
        "2024-07-13",
        "合格",
        "刘洪涛、马骏",
    ),
    (
        "ZF-0718-02",
        "濮阳县永安建材有限公司",
        "叉车司机未取得特种设备作业人员证",
        "2024.7.25",
        "已安排2名司机参加培训，取证考试尚未进行",
        "",
        "",
        "刘洪涛、马骏",
    ),
    (
        "ZF-0718-03",
        "濮阳县天成纺织有限公司",
        "消防通道堆放成品布料",
        "2024.7.18",
        "已清理",
        "2024-07-19",
        "合格",
        "刘洪涛、马骏",
    ),
]
SPOT_HEADER = [
    "编号",
    "检查表编号",
    "被检查单位",
    "检查内容",
    "整改期限",
    "整改情况",
    "复查时间",
    "复查结果",
    "检查人",
]


def _hazard_sheet(title: str, rows: list[tuple]) -> list[tuple]:
    head, cell, mid = _xf(bold=True, center=True), _xf(), _xf(center=True)
    cells: list[tuple] = [
        (0, 0, title, _xf(bold=True, border=False, center=True, size=16), 0, 8),
        (1, 0, "填报单位：濮阳县应急管理局        填报日期：2024年7月31日", _xf(border=False), 1, 8),
    ]
    cells += [(2, c, w, head) for c, w in enumerate(SPOT_HEADER)]
    for i, row in enumerate(rows, 1):
        cells.append((2 + i, 0, str(i), mid))
        cells += [(2 + i, c, v, cell) for c, v in enumerate(row, 1)]
    note = "注：复查结果为“合格”的隐患予以销号；整改期限以检查时下达的整改指令书为准。"
    cells.append((3 + len(rows), 0, note, _xf(border=False), 3 + len(rows), 8))
    cells.append(
        (4 + len(rows), 0, "填表人：韩雪        审核人：郑国庆", _xf(border=False), 4 + len(rows), 8)
    )
    return cells


def write_hazard(path: Path) -> Path:
    return _write_xls(
        path,
        [
            ("部门抽查", _hazard_sheet("2024年7月工贸企业隐患治理记录（部门抽查）", SPOT_ROWS)),
            ("执法检查", _hazard_sheet("2024年7月工贸企业隐患治理记录（执法检查）", LAW_ROWS)),
        ],
    )


# ---------------------------------------------------------------------------------------------
# 3. 重点民生实事项目完成情况公示, after a unit's public notice of the 重点民生实事项目 it undertakes (项目名称 and 项目类别
# over a second header row 工作任务/实际已完成工作量/完成工作进度(%)/预计至12月31日完成工作量/预计至12月31日完成工作进度(%);
# 已完成。/ 正在进行基础施工; a date line at the foot):
# https://ixbang.com/bid/detail/3BD27952C853D80EC2E8DA122B0151D4.html
# An .ods (LibreOffice from .xlsx): title, a sentence naming the undertaking unit (the only place it is named),
# a two-row merged header, the deadline inside the 工作任务 text, progress as sentences and percentages.
LIVE_ROWS = [
    (
        "学前教育",
        "新建城区公办幼儿园3所，2024年8月底前竣工",
        "已完成主体封顶2所，第3所正在进行基础施工",
        65,
        "3所竣工",
        100,
    ),
    (
        "义务教育",
        "为农村义务教育学校配备直饮水设备120台套，2024年6月底前完成",
        "已完成。",
        100,
        "120台套",
        100,
    ),
    (
        "义务教育",
        "改造农村薄弱学校校舍5万平方米，2024年10月底前完成",
        "已完成招投标，正在施工",
        40,
        "5万平方米",
        100,
    ),
    (
        "学生健康",
        "改造中小学教室照明1200间，2024年8月25日前完成",
        "已完成680间，其余正在安装",
        57,
        "1200间",
        100,
    ),
    ("教育信息化", "建设智慧校园示范校10所，2024年12月底前完成", "尚未启动", 0, "10所", 100),
    (
        "学生资助",
        "资助家庭经济困难学生2万人次，2024年11月底前发放到位",
        "春季学期已资助1.1万人次，秋季学期资助正在审核",
        55,
        "2万人次",
        100,
    ),
    ("学生健康", "开展中小学生近视筛查全覆盖，2024年7月15日前完成", "已完成。", 100, "全覆盖", 100),
]


def write_live_book(path: Path) -> Path:
    b = Book(path, author="计划财务科")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 12, 44, 36, 14, 18, 16])
    b.line(ws, 0, "2024年重点民生实事项目完成情况公示（截至2024年7月31日）", 6, b.title)
    b.line(
        ws,
        1,
        "根据省、市有关重点民生实事项目建设要求，现将市教育局承办的2024年重点民生实事项目完成情况公示如下：",
        6,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "项目类别", b.head)
    b.merge(ws, 2, 2, 3, 2, "工作任务", b.head)
    b.merge(ws, 2, 3, 2, 4, "截至7月31日", b.head)
    b.merge(ws, 2, 5, 2, 6, "预计至12月31日", b.head)
    b.header(ws, 3, ["实际已完成工作量", "完成工作进度(%)", "完成工作量", "完成工作进度(%)"], first=3)
    for i, row in enumerate(LIVE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    last = 4 + len(LIVE_ROWS)
    b.line(ws, last, "公示期间如有异议，请向市教育局计划财务科反映，联系电话：0393-4412336。", 6)
    b.line(ws, last + 1, "2024年7月31日", 6, b.right)
    return b.close()


def write_live(path: Path) -> Path:
    via_soffice(write_live_book, path, "ods", "重点民生实事项目完成情况公示.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 重点项目审批事项办理情况, after the 审核备办理事项 table of a project-file system (事项名称/文件标题/文号/办理状态/
# 办理时间/办理时限/办理时长/审批部门/批复时间/批复有效期):
# https://github.com/laoqianlaile/ZHFX/blob/8d306ba0332622d08ce660001369b27e3ba7c3cd/WebContent/WEB-INF/jsp/projectFile/include/handlingMatters.jsp
# A CSV in GBK: title and 截至 lines, one header row; the 审批部门 partly under former names; 办理时限 in working days
# from the 受理时间; a filled 批复时间 closes the row; a 注 line.
APPROVAL_ROWS = [
    (
        "第二水厂扩建工程建设用地规划许可",
        "关于第二水厂扩建工程用地规划的申请",
        "濮水司〔2024〕12号",
        "已办结",
        "2024-06-17",
        "20个工作日",
        "12个工作日",
        "市国土资源局",
        "2024-07-03",
        "1年",
    ),
    (
        "东部物流园项目节能审查",
        "关于东部物流园项目节能报告的审查申请",
        "濮物流〔2024〕5号",
        "办理中",
        "2024-07-01",
        "15个工作日",
        "",
        "市发改委",
        "",
        "",
    ),
    (
        "新能源电池材料项目环境影响报告书审批",
        "关于年产2万吨电池正极材料项目环评报告书的报批申请",
        "豫能材〔2024〕21号",
        "办理中（已组织专家技术评估）",
        "2024-07-10",
        "30个工作日",
        "",
        "市环保局",
        "",
        "",
    ),
    (
        "城北安置小区施工许可证核发",
        "关于城北安置小区三期施工许可的申请",
        "濮城投〔2024〕33号",
        "已办结",
        "2024-07-24",
        "7个工作日",
        "3个工作日",
        "市建设局",
        "2024-07-29",
        "3个月",
    ),
    (
        "化工园区污水管网工程水土保持方案审批",
        "关于化工园区污水管网工程水土保持方案的报批申请",
        "濮化园〔2024〕9号",
        "逾期未办",
        "2024-07-15",
        "10个工作日",
        "",
        "市水务局",
        "",
        "",
    ),
    (
        "商贸城二期不动产首次登记",
        "关于商贸城二期商铺不动产首次登记的申请",
        "濮商贸〔2024〕2号",
        "",
        "2024-07-26",
        "5个工作日",
        "",
        "市不动产登记中心",
        "",
        "",
    ),
    (
        "冷链食品加工项目食品生产许可",
        "关于冷链食品加工车间食品生产许可的申请",
        "濮冷链〔2024〕4号",
        "已办结",
        "2024-07-05",
        "10个工作日",
        "8个工作日",
        "市食药监局",
        "2024-07-16",
        "5年",
    ),
    (
        "东部物流园项目供水接入",
        "关于东部物流园项目用水报装的申请",
        "濮物流〔2024〕7号",
        "办理中",
        "2024-07-18",
        "8个工作日",
        "",
        "市自来水公司",
        "",
        "",
    ),
]


def write_approval(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市重点项目审批事项办理情况（优化营商环境专班）"])
    w.writerow(["统计截至：2024年7月31日    报送：市营商环境建设领导小组办公室"])
    w.writerow(
        [
            "序号",
            "事项名称",
            "文件标题",
            "文号",
            "办理状态",
            "受理时间",
            "办理时限",
            "办理时长",
            "审批部门",
            "批复时间",
            "批复有效期",
        ]
    )
    for i, row in enumerate(APPROVAL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：办理时限自受理之日起按工作日计算；已取得批复的事项视为办结。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 人大建议、政协提案办理工作情况说明, after a bureau's 完成情况说明 of the 人大代表议案建议 and 政协委员提案 it handled
# (主办建议、协办建议; 主办提案、协办提案; 答复意见已征得代表、委员满意或基本满意):
# https://public.xinmi.gov.cn/D49Y/4606450.jhtml
# A .docx whose items are numbered paragraphs under two headings; the bureau named in the title and signature;
# the 代表/委员 named in each paragraph; deadlines as dates or 3个月内 from the 交办日期.
SUGGESTION_PARAS = [
    (
        "一、人大代表建议办理情况",
        [
            "1．关于加快老旧小区背街小巷路灯维修的建议（市八届人大三次会议第46号，代表：刘振华）。"
            "交办日期：2024年3月15日，办理时限：3个月内。已于6月10日书面答复代表，代表表示满意。",
            "2．关于规范城区共享单车停放秩序的建议（第58号，代表：陈晓燕）。交办日期：2024年3月15日，"
            "办理时限：3个月内。已在主次干道划设停放点位320处，已答复代表。",
            "3．关于增设城区公共厕所的建议（第71号，代表：孙国强）。办理时限：2024年8月31日前办复。"
            "目前正在选址，已完成6座公厕的选址论证。",
            "4．关于治理夜市占道经营的建议（第83号，代表：李明）。办理时限：2024年9月30日前办复。尚未启动办理。",
        ],
    ),
    (
        "二、政协委员提案办理情况",
        [
            "5．关于推进生活垃圾分类进小区的提案（市政协第102号，委员：赵丽）。交办日期：2024年4月1日，"
            "办理时限：3个月内。已完成办理并答复委员，委员表示满意。",
            "6．关于加强城市户外广告牌安全管理的提案（第117号，委员：周建平）。办理时限：2024年10月底前。",
            "7．关于在老城区建设口袋公园的提案（第125号，委员：吴敏，由我局主办、市自然资源和规划局会办）。"
            "办理时限：2024年12月31日前。已建成口袋公园4处，其余3处正在施工。",
        ],
    ),
]


def write_suggestion(path: Path) -> Path:
    doc = _new_document("综合科")
    _title(doc, "市城市管理局2024年人大代表建议和政协委员提案办理工作情况说明")
    _paragraph(
        doc,
        "今年由我局承办的市八届人大三次会议代表建议共4件、市政协八届三次会议委员提案共3件，均为主办件。"
        "我局召开专题会议分析研究，逐件明确分管领导和承办科室。截至2024年7月底，办理情况如下：",
    )
    for heading, paras in SUGGESTION_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 书记信箱、市长信箱来信办理明细, after a district's monthly 区委书记信箱、区长信箱数据分析 (按信访目的: 求决、申诉、
# 意见建议; 按信件类型: 建议、投诉、举报、咨询; 平均办理时限; 办理及时的单位、办理超期的单位):
# https://www.ganyu.gov.cn/gyqzf/xxtj/content/6a01b2e0-cfca-4fc4-8e8a-c8aede96ad97.html
# An .xlsx: title, 填报 line, a two-row header with 是/否 under a merged 是否办结 (ticks), 办理时限 in working days
# from the 交办日期, units by short or former names, a 合计 row, a 说明 and signature.
MAIL_ROWS = [
    (
        "SZXX2024070012",
        "市长信箱",
        "投诉",
        date(2024, 7, 2),
        "反映昆吾花园小区二次供水水压不足，高层住户用水困难",
        "市自来水公司",
        "10个工作日",
        "已更换加压泵组，经回访来信人满意",
        "√",
        "",
    ),
    (
        "SJXX2024070027",
        "市委书记信箱",
        "求决",
        date(2024, 7, 5),
        "反映孩子因户籍原因无法在片区内小学入学",
        "市教育局",
        "10个工作日",
        "已电话答复入学政策，并协调学区内学校接收",
        "√",
        "",
    ),
    (
        "SZXX2024070035",
        "市长信箱",
        "投诉",
        date(2024, 7, 9),
        "反映胜利路与京开大道交叉口夜间施工噪声扰民",
        "市城管局",
        "5个工作日",
        "已责令施工单位调整作业时间，正在跟踪督查",
        "",
        "√",
    ),
    (
        "SZXX2024070041",
        "市长信箱",
        "求决",
        date(2024, 7, 11),
        "反映灵活就业人员养老保险缴费基数调整后无法网上缴费",
        "市人社局",
        "10个工作日",
        "已答复来信人，网上缴费通道已恢复",
        "√",
        "",
    ),
    (
        "SJXX2024070052",
        "市委书记信箱",
        "投诉",
        date(2024, 7, 15),
        "反映某小区物业擅自占用公共绿地建设停车场",
        "华龙区中原路街道办事处",
        "10个工作日",
        "",
        "",
        "√",
    ),
    (
        "SZXX2024070058",
        "市长信箱",
        "咨询",
        date(2024, 7, 17),
        "咨询城区新能源公交线路开通时间",
        "市公交公司",
        "5个工作日",
        "已答复",
        "√",
        "",
    ),
    (
        "SZXX2024070066",
        "市长信箱",
        "投诉",
        date(2024, 7, 22),
        "反映开州路沿线频繁停电，影响商户经营",
        "市供电公司",
        "10个工作日",
        "已排查线路故障点，正在更换老化电缆",
        "",
        "",
    ),
    (
        "SJXX2024070071",
        "市委书记信箱",
        "建议",
        date(2024, 7, 24),
        "建议在市人民医院周边增设临时停车泊位",
        "市卫计委",
        "10个工作日",
        "",
        "",
        "",
    ),
]


def write_mail(path: Path) -> Path:
    b = Book(path, author="市长信箱办")
    ws = b.sheet("7月来信")
    b.widths(ws, [6, 16, 12, 8, 12, 40, 20, 12, 34, 6, 6])
    b.line(ws, 0, "2024年7月份市委书记信箱、市长信箱来信办理明细", 10, b.title)
    b.line(ws, 1, "填报单位：市政府办公室信息公开科        填报日期：2024年7月31日", 10)
    words = [
        "序号",
        "信件编号",
        "信箱",
        "信件类型",
        "交办日期",
        "来信内容",
        "承办单位",
        "办理时限",
        "办理情况",
    ]
    for c, w in enumerate(words):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 9, 2, 10, "是否办结", b.head)
    b.header(ws, 3, ["是", "否"], first=9)
    for i, row in enumerate(MAIL_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    last = 4 + len(MAIL_ROWS)
    b.row(ws, last, ["合计", "8件", "", "", "", "已办结4件，未办结4件", "", "", "", 4, 2])
    b.line(ws, last + 1, "说明：办理时限自交办之日起按工作日计算；“是否办结”栏以√标注。", 10)
    b.line(ws, last + 2, "填表人：王晓        审核人：石建华        联系电话：0393-8881234", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 环境保护督察组交办群众举报件办理情况, after a city's notice of the 群众举报材料 the 中央环境保护督察组 handed it in
# three batches (per 区县 counts; 按照有关规定和程序组织调查处理; 截至某日办结若干件):
# https://www.ismx.cn/content-10-49737-1.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row, 区县 section rows, 办理时限 in days from the
# 交办日期, 是否办结 beside a sentence of findings and measures, a 合计 row and signature.
PETITION_SECTIONS = [
    (
        "一、华龙区",
        [
            (
                "第七批",
                "D410000202407080012",
                date(2024, 7, 8),
                "宏升塑料制品厂夜间偷排废气，异味扰民",
                "华龙区人民政府",
                "15日内",
                "经查属实，已责令停产整改并立案处罚",
                "已办结",
            ),
            (
                "第七批",
                "D410000202407080019",
                date(2024, 7, 8),
                "胜利路某汽修店露天喷漆作业",
                "华龙区人民政府",
                "15日内",
                "经查属实，已查封喷漆设备，正在督促建设密闭喷漆房",
                "阶段性办结",
            ),
        ],
    ),
    (
        "二、濮阳县",
        [
            (
                "第八批",
                "D410000202407120006",
                date(2024, 7, 12),
                "柳屯镇某养殖场粪污直排入金堤河支流",
                "濮阳县人民政府",
                "15日内",
                "经查属实，已清运粪污，正在建设沼液储存池",
                "未办结",
            ),
            (
                "第八批",
                "D410000202407120011",
                date(2024, 7, 12),
                "文留镇某砖厂原料堆场扬尘污染严重",
                "濮阳县人民政府",
                "15日内",
                "经查部分属实，料场已全封闭改造，经复查验收合格",
                "已办结",
            ),
        ],
    ),
    (
        "三、清丰县",
        [
            (
                "第九批",
                "D410000202407190003",
                date(2024, 7, 19),
                "县城美食街餐饮油烟直排",
                "清丰县人民政府",
                "15日内",
                "",
                "",
            ),
            (
                "第九批",
                "D410000202407190008",
                date(2024, 7, 19),
                "马庄桥镇废旧轮胎堆场存在焚烧现象",
                "清丰县人民政府",
                "15日内",
                "尚未开展调查",
                "未办结",
            ),
        ],
    ),
    (
        "四、市直部门",
        [
            (
                "第九批",
                "D410000202407190015",
                date(2024, 7, 19),
                "城区马颊河支渠黑臭水体反弹",
                "市环保局",
                "15日内",
                "已制定整治方案，正在实施清淤",
                "未办结",
            ),
        ],
    ),
]


def write_petition_book(path: Path) -> Path:
    b = Book(path, author="整改办")
    ws = b.sheet("交办件")
    b.widths(ws, [8, 10, 22, 12, 36, 18, 10, 36, 12])
    b.line(ws, 0, "中央生态环境保护督察组交办群众信访举报件办理情况汇总表（第七至九批）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市突出环境问题整改领导小组办公室        统计截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "批次",
            "受理编号",
            "交办日期",
            "举报内容",
            "责任单位",
            "办理时限",
            "调查核实及处理整改情况",
            "是否办结",
        ],
    )
    r, n = 3, 0
    for section, rows in PETITION_SECTIONS:
        b.merge(ws, r, 0, r, 8, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            r += 1
    b.row(ws, r, ["合计", "", "", "", "交办7件，已办结2件", "", "", "", ""])
    b.line(ws, r + 1, "注：办理时限自交办之日起计算，办理情况按要求向社会公开。", 8)
    b.line(ws, r + 2, "填表人：孟凡        审核人：杜鹏        联系电话：0393-8998107", 8)
    return b.close()


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_book, path, "xls", "督察交办群众信访举报件办理情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 巡视反馈问题整改落实情况台账, after a county's 巡视反馈问题整改 调度 (对照问题清单; 精准制定整改措施和完成时限;
# 整改一件销号一件; 用一个月的时间聚力攻坚):
# http://m-yicheng.cjyun.org/p/54052.html
# A .wps (Word 97 via LibreOffice): title naming the bureau by its former name, 填报单位 line, one table whose rows
# name the bureau's own 科室 and 责任领导, a schedule text and 长期坚持 in 完成时限, a 销号情况 column, signature.
TOUR_ROWS = [
    (
        "水利工程项目招投标监管不严，个别项目存在围标串标风险",
        "开展在建项目招投标专项检查，完善招标文件审查制度",
        "李卫东",
        "规划建设科",
        "2024年8月31日",
        "已检查在建项目17个，发现的3个问题正在整改",
        "",
    ),
    (
        "河道采砂管理存在监管盲区",
        "建立重点河段采砂视频监控系统",
        "王建设",
        "河湖管理科",
        "2024年7月底前完成建设方案，2024年10月底前全部完成",
        "建设方案已完成，监控设备正在采购",
        "",
    ),
    (
        "财务报销审核把关不严，存在超标准列支接待费",
        "清退超标准费用，修订财务报销管理办法",
        "张秀梅",
        "财务审计科",
        "2024年7月15日",
        "已清退2.3万元，管理办法已修订印发",
        "已销号",
    ),
    (
        "党组理论学习中心组学习不够深入",
        "严格落实中心组学习制度，每月开展专题学习",
        "刘长青",
        "办公室",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "农村饮水安全工程维修养护资金拨付滞后",
        "督促县区加快维修养护资金拨付进度",
        "王建设",
        "农村水利科",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "部分小型水库安全鉴定超期未开展",
        "委托第三方机构完成小型水库安全鉴定",
        "李卫东",
        "运行管理科",
        "2024年6月30日",
        "未启动",
        "",
    ),
    (
        "干部轮岗交流制度执行不到位",
        "制定中层干部轮岗交流计划并组织实施",
        "刘长青",
        "人事科",
        "2024年7月31日",
        "已完成中层干部轮岗交流12人",
        "验收合格",
    ),
]


def write_tour_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市水务局党组巡视反馈问题整改落实情况台账", 18)
    _paragraph(doc, "填报单位（盖章）：市水务局        填报时间：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOUR_ROWS, 1)]
    _table(
        doc,
        ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改进展", "销号情况"],
        body,
        9,
    )
    _paragraph(doc, "说明：已完成整改并经验收的问题在“销号情况”栏注明。", 12)
    _paragraph(doc, "主要负责人：            填表人：郭敏        联系电话：0393-8225167", 12)
    return _save_fixed(doc, path)


def write_tour(path: Path) -> Path:
    return via_soffice(write_tour_docx, path, "doc", "巡视反馈问题整改落实情况台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 优化营商环境企业诉求办理台账 from two towns, after a development zone's account of its 营商环境大走访 (问题收集、
# 精准交办、回访销号的清单闭环管理; 餐饮服务、交通配套、政策宣讲、载体维护; 短期能解决的已全部解决, 其余长期推进;
# 回访满意度):
# http://fdxc.xixianxinqu.gov.cn/xwzx/bmdt/1764593212655677441.html
# A .zip of two returns, an .xlsx and a .docx, each with title and 填报单位 line naming the town, one header row whose
# 承办站所 are the town's own offices, a 回访情况 and a 是否销号 column, a signature line.
DEMAND_HEADER = [
    "序号",
    "企业名称",
    "诉求类别",
    "诉求内容",
    "承办站所",
    "办理时限",
    "办理进展",
    "回访情况",
    "是否销号",
]
DEMAND_A = (
    "南乐县城关镇人民政府",
    [
        (
            "南乐县华丰面粉有限公司",
            "基础设施",
            "企业门前道路破损，货车通行困难",
            "城建办",
            "2024年8月15日",
            "已列入镇道路维修计划，正在施工",
            "",
            "否",
        ),
        (
            "南乐县鑫达纺织有限公司",
            "政策服务",
            "不了解稳岗返还政策申报流程",
            "经济发展办公室",
            "2024年7月10日",
            "已上门辅导申报，企业已领取稳岗返还资金",
            "满意",
            "是",
        ),
        ("南乐县盛源食品有限公司", "用工保障", "季节性用工缺口约50人", "社保所", "2024年8月31日", "", "", ""),
        (
            "南乐县金穗农机专业合作社",
            "要素保障",
            "厂区变压器容量不足，影响新增生产线投产",
            "经济发展办公室",
            "2024年12月底前",
            "已协调供电部门现场勘查",
            "",
            "否",
        ),
    ],
)
DEMAND_B = (
    "范县高码头镇人民政府",
    [
        (
            "范县恒源羽绒制品有限公司",
            "基础设施",
            "厂区周边路灯缺失，夜班职工出行不便",
            "城建办",
            "2024年7月20日",
            "已安装路灯12盏",
            "满意",
            "是",
        ),
        (
            "范县黄河滩区种养专业合作社",
            "融资服务",
            "流动资金短缺，申请贴息贷款",
            "经济发展办公室",
            "2024年9月30日",
            "未启动",
            "",
            "否",
        ),
        (
            "范县兴业包装材料有限公司",
            "审批服务",
            "新建仓库规划手续办理进度慢",
            "便民服务中心",
            "2024年8月20日",
            "已协调开辟绿色通道，规划许可正在审批",
            "",
            "否",
        ),
        (
            "范县宏图木业有限公司",
            "安全服务",
            "消防设施改造需要专业指导",
            "应急管理办公室",
            "2024年7月25日",
            "已邀请县消防救援大队上门指导，改造完成",
            "满意",
            "是",
        ),
    ],
)


def write_demand_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 26, 10, 34, 14, 16, 34, 10, 10])
    b.line(ws, 0, "优化营商环境企业诉求办理台账", 8, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{town}        填报日期：2024年7月29日", 8)
    b.header(ws, 2, DEMAND_HEADER)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 3 + len(rows), "主要负责人：            填表人：            联系电话：", 8)
    return b.close()


def write_demand_docx(path: Path, town: str, rows: list[tuple]) -> Path:
    doc = _new_document(town)
    _title(doc, "优化营商环境企业诉求办理台账", 18)
    _paragraph(doc, f"填报单位（盖章）：{town}        填报日期：2024年7月30日", 12)
    _table(doc, DEMAND_HEADER, [[str(i), *row] for i, row in enumerate(rows, 1)], 9)
    _paragraph(doc, "主要负责人：            填表人：            联系电话：", 12)
    return _save_fixed(doc, path)


def write_demand(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        members = [
            (f"企业诉求办理台账（{DEMAND_A[0]}）.xlsx", write_demand_book, DEMAND_A),
            (f"企业诉求办理台账（{DEMAND_B[0]}）.docx", write_demand_docx, DEMAND_B),
        ]
        for name, writer, (town, rows) in members:
            member = writer(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("审计问题整改跟踪表（市住房公积金管理中心）.xlsx", write_audit),
    ("2024年7月工贸企业隐患治理记录.xls", write_hazard),
    ("2024年重点民生实事项目完成情况公示.ods", write_live),
    ("全市重点项目审批事项办理情况.csv", write_approval),
    ("人大代表建议和政协委员提案办理工作情况说明.docx", write_suggestion),
    ("2024年7月份书记信箱市长信箱来信办理明细.xlsx", write_mail),
    ("督察交办群众信访举报件办理情况汇总表.et", write_petition),
    ("巡视反馈问题整改落实情况台账.wps", write_tour),
    ("优化营商环境企业诉求办理台账（两个镇）.zip", write_demand),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

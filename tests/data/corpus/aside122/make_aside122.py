"""Write the aside122 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡察整改, 审计整改, 环保督察, 消防检查, 安全生产大检查, 人大代表建议, 政协提案, 12345热线, 窗口服务, 群众来信.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), a CSV in GBK, a .docx with a
table, a .doc (Word 97 via LibreOffice) whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a
.docx of numbered paragraphs). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside122.py. Needs Python 3.10+, XlsxWriter, xlwt, python-docx and LibreOffice
(soffice on PATH) for the .et and .doc returns. Dates inside the files and zip member times are fixed, so two runs
give the same bytes.
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cday = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# 1. 村级巡察派单整改, after a county's account of its village-level 巡察 (巡察组对群众反映强烈、能够及时解决的突出问题
# 下达《巡察整改通知书》，派单整改、边巡边改，明确整改时限并跟踪整改进度; 村民饮水问题整改后现场核实通水):
# https://mmshw.com/html/2020/xunchajiandu_0423/15655.html
# An .xlsx sent by the 巡察组 (the inspector, never the unit): title, 巡察对象/统计截至 line, a two-row header (派单情况
# and 整改落实 merged groups) with 被巡察党组织 as the party that rectifies, 通知书 下达日期 as the base of N日内 /
# N个工作日 / 立行立改, a 巡察组核实 column, a 合计 row, a 注 line and a 填表人 line.
PATROL_ROWS = [
    (
        "清丰县瓦屋头镇前高村党支部",
        "清巡派〔2024〕7号",
        date(2024, 7, 2),
        "村东组、后街组32户群众自来水管网老化破损，夏季用水高峰经常停水",
        "更换老化主管道约600米，恢复正常供水",
        "2024年7月20日前",
        "已完成管网更换，7月18日恢复通水",
        "现场核实，已通水",
        "张振华",
    ),
    (
        "清丰县瓦屋头镇前高村党支部",
        "清巡派〔2024〕8号",
        date(2024, 7, 2),
        "村集体坑塘承包合同到期未重新发包，承包费连续2年未收缴",
        "依法收缴欠缴承包费，按程序公开重新发包",
        "2024年8月底前",
        "已收缴2023年承包费1.2万元，2024年承包费正在催缴",
        "",
        "张振华",
    ),
    (
        "清丰县瓦屋头镇大流村党支部",
        "清巡派〔2024〕9号",
        date(2024, 7, 3),
        "2024年低保评议未召开村民代表会议，评议程序不规范",
        "重新召开村民代表会议评议并张榜公示",
        "立行立改",
        "已重新评议并公示7天，无异议",
        "核实完成",
        "李国栋",
    ),
    (
        "清丰县瓦屋头镇大流村党支部",
        "清巡派〔2024〕10号",
        date(2024, 7, 3),
        "村内主干道路灯损坏18盏，长期无人维修",
        "列出清单，协调镇里争取资金维修",
        "10日内",
        "",
        "",
        "李国栋",
    ),
    (
        "清丰县韩村镇赵家村党支部",
        "清巡派〔2024〕11号",
        date(2024, 7, 5),
        "村党员活动室被个别村民长期占用堆放粮食",
        "限期清理腾退，恢复党员活动室功能",
        "2024年7月15日",
        "未整改",
        "未通过",
        "赵保林",
    ),
    (
        "清丰县韩村镇赵家村党支部",
        "清巡派〔2024〕12号",
        date(2024, 7, 5),
        "村务公开栏内容停留在2023年第三季度，未按季度更新",
        "建立村务、财务按季度公开制度",
        "长期坚持",
        "常态化推进",
        "",
        "赵保林",
    ),
    (
        "清丰县韩村镇韩村社区党总支",
        "清巡派〔2024〕13号",
        date(2024, 7, 8),
        "社区卫生室门前排水沟淤堵，雨后积水严重影响群众就医",
        "组织人员清淤疏通排水沟",
        "5个工作日",
        "正在清淤，已完成约60%",
        "",
        "韩素梅",
    ),
    (
        "清丰县韩村镇韩村社区党总支",
        "清巡派〔2024〕14号",
        date(2024, 7, 8),
        "新建集体门面房未登记入社区“三资”台账",
        "补登资产台账，纳入集体资产统一管理",
        "2024年7月31日前",
        "已补登入账并公示",
        "核实完成",
        "韩素梅",
    ),
    (
        "清丰县韩村镇西白村党支部",
        "清巡派〔2024〕15号",
        date(2024, 7, 10),
        "村务监督委员会换届后未开展监督，监督记录空白",
        "建立村务监督工作台账，按月开展监督",
        "2024年9月30日",
        "尚未启动",
        "",
        "白志强",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="县委第二巡察组")
    ws = b.sheet("派单整改")
    b.widths(ws, [6, 22, 16, 12, 36, 26, 14, 26, 14, 10])
    last = 9
    b.line(ws, 0, "中共清丰县委第二巡察组村级巡察派单整改跟踪台账", last, b.title)
    b.line(ws, 1, "巡察对象：瓦屋头镇、韩村镇14个村（社区）党组织        统计截至：2024年7月30日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "被巡察党组织", b.head)
    b.merge(ws, 2, 2, 2, 4, "派单情况", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.merge(ws, 2, 8, 3, 8, "巡察组核实", b.head)
    b.merge(ws, 2, 9, 3, 9, "整改责任人", b.head)
    b.header(ws, 3, ["通知书编号", "下达日期", "派单问题"], first=2)
    b.header(ws, 3, ["整改要求", "整改时限", "整改进展"], first=5)
    for i, (org, no, day, problem, demand, limit, progress, check, person) in enumerate(PATROL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [org, no], first=1)
        b.put(ws, r, 3, day, b.cday)
        b.row(ws, r, [problem, demand, limit, progress, check, person], first=4)
    end = 4 + len(PATROL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "下达巡察整改通知书9份，已整改到位3件")
    b.line(ws, end + 1, "注：整改时限为“N日内”“N个工作日”或“立行立改”的，自通知书下达之日起计算。", last)
    b.line(ws, end + 2, "填表人：王红霞    联系电话：0393-7228316    填报日期：2024年7月30日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 内部审计整改销号清单, after a college's 内部审计整改制度 (问题清单、整改清单、销号清单对接; 主审负责制; 整改清单注明
# 整改建议和整改时间; 已经整改到位的事项予以销号，整改不到位的继续督促):
# https://www.yrcti.edu.cn/hysjc/info/1031/1110.htm
# An .xls (xlwt) sent by the college's 审计处: title, 审计项目/填报部门/填报日期 line, one header row naming only the
# college's own 处室 and 二级学院 (unit = the college), 整改建议 and 整改时间, a 销号情况 column beside 整改情况, 主审
# (auditors, never the unit), a 说明 line and a signature line.
AUDIT_ROWS = [
    (
        "2023年度预算执行及财务收支审计",
        "财务处",
        "部分公务接待费报销未附接待清单，涉及12笔2.36万元",
        "补齐接待清单，规范报销审核",
        "2024年6月30日",
        "已补齐接待清单并完善审核流程",
        "已销号",
        "李静",
    ),
    (
        "2023年度预算执行及财务收支审计",
        "财务处",
        "其他应收款中3年以上往来款长期挂账未清理，余额48.5万元",
        "逐笔清理，确实无法收回的按程序报批核销",
        "2024年12月31日",
        "已清理21.3万元，其余正在逐笔核对",
        "未销号",
        "李静",
    ),
    (
        "2023年度预算执行及财务收支审计",
        "后勤管理处",
        "食堂承包经营租金未按合同足额收取，少收2.8万元",
        "按合同追缴欠缴租金",
        "2024年8月31日",
        "未整改，承包方以经营困难为由拒缴",
        "未销号",
        "李静",
    ),
    (
        "学生公寓维修工程结算审计",
        "后勤管理处",
        "学生公寓维修工程多计工程量，多结算工程款4.1万元",
        "核减工程款，收回多付款项",
        "2024年7月15日",
        "已核减并收回多付工程款",
        "已销号",
        "孙浩",
    ),
    (
        "实训楼改造工程结算审计",
        "基建处",
        "实训楼改造项目工程变更未按规定办理签证手续",
        "补办变更签证手续，修订工程变更管理办法",
        "2024年9月30日",
        "已修订《工程变更管理办法》，补办签证手续正在进行",
        "未销号",
        "孙浩",
    ),
    (
        "2023年度预算执行及财务收支审计",
        "信息工程学院",
        "实训耗材采购化整为零，3批次未执行政府采购程序",
        "严格执行政府采购规定",
        "长期坚持",
        "长期坚持",
        "—",
        "李静",
    ),
    (
        "2023年度预算执行及财务收支审计",
        "资产管理处",
        "固定资产账实不符，盘亏设备17台（套）原值9.6万元未查明原因",
        "全面清查，查明原因后按程序处置",
        "2024年10月31日",
        "",
        "",
        "李静",
    ),
    (
        "2023年度预算执行及财务收支审计",
        "继续教育学院",
        "培训收入3.2万元滞留二级学院账户，未及时上缴学校",
        "全额上缴学校财务",
        "2024年5月31日",
        "已全额上缴学校财务处",
        "已销号",
        "李静",
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "濮阳职业技术学院内部审计发现问题整改销号清单", t, 0, last),
        (
            1,
            0,
            "审计项目：2023年度预算执行及财务收支审计、维修改造工程结算审计    填报部门：审计处    "
            "填报日期：2024年7月26日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "审计项目",
        "被审计部门",
        "审计发现问题",
        "整改建议",
        "整改时间",
        "整改情况",
        "销号情况",
        "主审",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 7, 8) else c))
    r = 3 + len(AUDIT_ROWS)
    cells += [
        (
            r,
            0,
            "说明：销号情况由主审人员复核整改材料后填写；未销号事项继续督促整改，直至销号。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审计处负责人：周建华    主审：李静、孙浩    填表：刘洋", plain, r + 1, last),
    ]
    return _write_xls(path, [("销号清单", cells, [6, 20, 12, 34, 24, 14, 26, 10, 8])])


# ---------------------------------------------------------------------------------------------
# 3. 生态环境保护督察反馈问题整改调度, after a regional 生态环境厅's account of督察整改 (清单制+责任制+销号制; 压实整改
# 实施主体、验收销号单位、行业主管部门责任; 组织验收; 对整改不彻底问题实施强化整改; 按序时推进):
# https://gyxww.net/html/xinwenzixun/shizhengyaowen/52230.html
# An .xlsx: title, 填报单位/调度时间 line, one header row with 整改实施主体 beside 行业主管部门 and 验收销号单位, 完成时限
# (a date, 年底前, 长期坚持, a year range), 整改进展 and 是否达到序时进度, short names (市城管局), a 填表说明 line and a
# 联系人 line.
ECO_ROWS = [
    (
        "部分乡镇污水处理站建成后未正常运行，出水氨氮长期超标",
        "乡镇污水处理设施稳定运行、达标排放",
        "濮阳县人民政府",
        "市住建局",
        "市生态环境局",
        "2024年12月底前",
        "已完成8座污水处理站提标改造，剩余4座正在施工",
        "是",
    ),
    (
        "黄河滩区部分规模养殖场粪污未经处理直排沟渠",
        "养殖粪污资源化利用率达到90%以上",
        "范县人民政府",
        "市农业农村局",
        "市生态环境局",
        "2024年6月30日",
        "已完成整改，6月28日通过市级验收销号",
        "是",
    ),
    (
        "城区渣土运输车辆未密闭运输，沿路抛洒扬尘问题突出",
        "渣土车全部密闭运输，城区道路扬尘明显减少",
        "市城管局",
        "市住建局",
        "市生态环境局",
        "长期坚持",
        "常态化推进",
        "—",
    ),
    (
        "化工园区部分企业挥发性有机物无组织排放，泄漏检测与修复工作未开展",
        "园区企业全部完成泄漏检测与修复",
        "濮阳经济技术开发区管理委员会",
        "市工信局",
        "市生态环境局",
        "2024年9月30日",
        "进展滞后",
        "否",
    ),
    (
        "县城集中式饮用水水源地一级保护区内存在违规建筑",
        "保护区内违规建筑全部清理",
        "清丰县人民政府",
        "市水利局",
        "市生态环境局",
        "2024年7月31日",
        "违规建筑已全部拆除，正在开展生态修复",
        "是",
    ),
    (
        "部分农村生活垃圾收集点设置不规范，坑塘、沟渠垃圾围坑现象反弹",
        "农村生活垃圾收运处置体系全覆盖",
        "南乐县人民政府",
        "市农业农村局",
        "市生态环境局",
        "2024年10月底前",
        "",
        "",
    ),
    (
        "机动车排放检验机构监管不严，个别机构出具虚假检验报告",
        "排放检验机构全部规范运行",
        "市生态环境局",
        "市市场监管局",
        "市督察整改办",
        "2024年8月31日",
        "已立案查处2家，撤销1家检验资质，正在开展全面排查",
        "是",
    ),
    (
        "县产业集聚区污水处理厂配套管网雨污混接，汛期污水溢流",
        "完成集聚区雨污分流改造11公里",
        "台前县人民政府",
        "市住建局",
        "市生态环境局",
        "2023-2025年",
        "已完成雨污分流管网改造4.2公里",
        "是",
    ),
]


def write_eco(path: Path) -> Path:
    b = Book(path, author="市督察整改办")
    ws = b.sheet("整改调度表")
    b.widths(ws, [6, 36, 26, 20, 14, 14, 16, 30, 10])
    last = 8
    b.line(ws, 0, "中央生态环境保护督察反馈问题整改落实情况调度表（2024年7月）", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室        调度截止时间：2024年7月25日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督察反馈问题",
            "整改目标",
            "整改实施主体",
            "行业主管部门",
            "验收销号单位",
            "完成时限",
            "整改进展情况",
            "是否达到序时进度",
        ],
    )
    for i, row in enumerate(ECO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ECO_ROWS)
    b.line(
        ws,
        end,
        "填表说明：整改进展情况简要填写；已通过验收销号的，注明销号时间；未达到序时进度的，说明原因及下步措施。",
        last,
    )
    b.line(ws, end + 1, "联系人：赵磊    联系电话：0393-8919021", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 消防监督检查责令改正, after a county 消防大队's check of a 百货大楼 (消防设施、器材、安全指示标志未保持完好有效，
# 配置不符合标准，缺少火灾自动报警、灭火系统，安全出口堵塞; 能当场整改的当场整改，不能当场整改的下发《责令改正通知书》
# 限期整改):
# https://shmingtai.com/resource_detail.php?id=532
# An .et (Excel 97 via LibreOffice) sent by the 消防救援大队 (the inspector, never the unit): title, 填报单位/统计时段
# line, a line saying 改正期限 count from the 送达日期, one header row with 文书编号, 送达日期, 改正期限 (当场改正, N日内,
# a date), 复查日期 and 复查结论, 监督员 (inspectors), a short name (众意公交公司), a 负责人/填表人 line.
FIRE_ROWS = [
    (
        "濮阳市百货大楼有限公司",
        "华龙消限字〔2024〕第0612号",
        date(2024, 7, 2),
        "商场二层安全出口被促销货架堵塞，疏散通道宽度不足",
        "当场改正",
        "当场清理货架，疏散通道已畅通",
        date(2024, 7, 2),
        "合格",
        "刘卫东、陈晨",
    ),
    (
        "濮阳市百货大楼有限公司",
        "华龙消限字〔2024〕第0613号",
        date(2024, 7, 2),
        "火灾自动报警系统主机故障，部分感烟探测器被装修拆除未恢复",
        "15日内",
        "已联系维保单位维修，复查时仍有12个点位故障",
        date(2024, 7, 18),
        "不合格，继续整改",
        "刘卫东、陈晨",
    ),
    (
        "濮阳市金海岸大酒店有限公司",
        "华龙消限字〔2024〕第0615号",
        date(2024, 7, 4),
        "客房楼层疏散指示标志损坏7处，应急照明灯不亮",
        "2024年7月12日",
        "已全部更换",
        date(2024, 7, 12),
        "合格",
        "王磊、陈晨",
    ),
    (
        "濮阳市欢唱KTV有限公司",
        "华龙消限字〔2024〕第0618号",
        date(2024, 7, 5),
        "包间装修使用易燃软包材料，室内消火栓被装饰墙遮挡",
        "30日内",
        "",
        "",
        "",
        "王磊、张帆",
    ),
    (
        "众意公交公司（第二保养场）",
        "华龙消限字〔2024〕第0620号",
        date(2024, 7, 8),
        "保养车间灭火器配置数量不足，部分灭火器压力不足",
        "7日内",
        "已补配、更换灭火器24具",
        date(2024, 7, 15),
        "合格",
        "刘卫东、张帆",
    ),
    (
        "濮阳市华龙区惠民农贸市场管理有限公司",
        "华龙消限字〔2024〕第0623号",
        date(2024, 7, 10),
        "市场内电动自行车违规停放充电，私拉电线“飞线”充电",
        "2024年7月31日",
        "未改正",
        "",
        "",
        "王磊、陈晨",
    ),
    (
        "濮阳市华龙区阳光幼儿园",
        "华龙消限字〔2024〕第0625号",
        date(2024, 7, 11),
        "消防控制室值班人员未持证上岗，实行单人值班",
        "2024年9月30日",
        "已安排双人值班，2名值班人员已报名参加消防设施操作员培训",
        "",
        "",
        "刘卫东、张帆",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="华龙区消防救援大队")
    ws = b.sheet("复查登记")
    b.widths(ws, [6, 26, 24, 12, 36, 14, 30, 12, 14, 14])
    last = 9
    b.line(ws, 0, "责令改正通知书送达及火灾隐患复查情况登记表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区消防救援大队        统计时段：2024年7月1日至7月31日", last)
    b.line(ws, 2, "说明：改正期限为“N日内”的，自《责令改正通知书》送达之日起计算。", last)
    b.header(
        ws,
        3,
        [
            "序号",
            "单位名称",
            "文书编号",
            "送达日期",
            "火灾隐患（消防违法行为）",
            "改正期限",
            "整改情况",
            "复查日期",
            "复查结论",
            "监督员",
        ],
    )
    for i, (unit, no, served, problem, limit, progress, review, verdict, staff) in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, no], first=1)
        b.put(ws, r, 3, served)
        b.row(ws, r, [problem, limit, progress], first=4)
        b.put(ws, r, 7, review)
        b.row(ws, r, [verdict, staff], first=8)
    end = 4 + len(FIRE_ROWS)
    b.line(ws, end, "大队负责人：马建军    填表人：陈晨    填表日期：2024年7月30日", last)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "责令改正通知书送达及火灾隐患复查情况登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 安全隐患大排查大整治“回头看”交叉检查, after a city 安委会's 交叉检查 (成立检查组，从各区县随机选取存在风险隐患
# 企业、重大安全隐患企业、关停整顿企业、被执法处罚企业进行“回头看”; “四不两直”; 重点检查备案隐患整治措施落实情况、
# 企业主体责任落实情况及是否存在新的隐患或检查不彻底的问题):
# http://m.wbxk.net.cn/hangxing/20210917/127677.html
# A .zip of two county returns: an .xlsx (交叉检查组 (inspector) beside 被检查单位 and 整改责任单位, 问题类别 of the
# source's four kinds, 行业主管部门 beside them, a 合计 row and a 填表人 line) and a .docx report whose items are numbered
# paragraphs (the 牵头 unit named in the sentence, 督促 departments beside it, deadlines and progress in sentences).
CROSS_ROWS = [
    (
        "市第三交叉检查组",
        "濮阳县鑫达化工有限公司",
        "备案隐患整改不到位",
        "备案重大隐患“罐区可燃气体报警装置未接入DCS系统”至检查时仍未整改",
        "濮阳县鑫达化工有限公司",
        "县应急管理局",
        "2024年7月25日",
        "已接入DCS系统并调试完成，县应急管理局复核销号",
    ),
    (
        "市第三交叉检查组",
        "濮阳县鑫达化工有限公司",
        "新发现隐患",
        "动火作业票审批签字不全，作业现场无监护人",
        "濮阳县鑫达化工有限公司",
        "县应急管理局",
        "2024年8月10日",
        "正在修订特殊作业管理制度，已对作业人员开展专项培训",
    ),
    (
        "市第五交叉检查组",
        "濮阳县恒昌建材有限公司",
        "检查不彻底",
        "责令停产整顿企业仍有夜间违规生产迹象，属地监管未发现",
        "濮阳县文留镇人民政府",
        "县工业和信息化局",
        "2024年7月31日",
        "未整改",
    ),
    (
        "市第五交叉检查组",
        "濮阳县顺通物流有限公司",
        "新发现隐患",
        "危险货物运输车辆停车场未设置专用隔离区域",
        "濮阳县顺通物流有限公司",
        "县交通运输局",
        "2024年8月31日",
        "",
    ),
    (
        "市第七交叉检查组",
        "濮阳县华泰纺织有限公司",
        "企业主体责任落实",
        "企业主要负责人未按规定每月带队开展隐患排查",
        "濮阳县华泰纺织有限公司",
        "县工业和信息化局",
        "长期坚持",
        "长期坚持",
    ),
]


def write_cross_book(path: Path) -> Path:
    b = Book(path, author="濮阳县安委办")
    ws = b.sheet("反馈问题整改")
    b.widths(ws, [6, 16, 24, 16, 40, 24, 16, 16, 34])
    last = 8
    b.line(ws, 0, "濮阳县安全隐患大排查大整治“回头看”交叉检查反馈问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县安全生产委员会办公室（县应急管理局代章）        填报日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "交叉检查组",
            "被检查单位",
            "问题类别",
            "问题描述",
            "整改责任单位",
            "行业主管部门",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(CROSS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CROSS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "反馈问题5项，已整改销号1项")
    b.line(ws, end + 1, "填表人：杜鹏    审核人：郭长青    联系电话：0393-3221570", last)
    return b.close()


CROSS_PARAS = [
    (
        "一、范县宏达面粉有限公司粉尘爆炸危险场所除尘系统未设置锁气卸灰装置。整改措施：企业已采购锁气卸灰装置，"
        "县工业和信息化局负责督促，计划于8月15日前安装调试完毕。目前设备已到货，正在安装。"
    ),
    (
        "二、范县金鼎建材市场部分商户在经营场所内住人，“三合一”问题突出。整改措施：由属地范县王楼镇人民政府牵头，"
        "联合县消防救援大队开展集中清理，7月20日前完成。目前已全部清理完毕，经复查合格。"
    ),
    "三、范县濮城镇鑫源加油站卸油区静电接地报警器损坏。整改措施：责令该加油站立即停止卸油作业并更换报警器，整改时限2024年7月18日。",
    (
        "四、县城区部分老旧小区电动自行车“飞线”充电问题依然存在。整改措施：由范县住房和城乡建设局牵头，各街道配合，"
        "年底前完成老旧小区集中充电设施建设。目前已建成充电桩120个，正在推进第二批建设。"
    ),
]


def write_cross_docx(path: Path) -> Path:
    doc = _new_document("范县安委办")
    _title(doc, "范县关于市“回头看”交叉检查反馈问题整改情况的报告")
    _paragraph(doc, "市安委会办公室：")
    _paragraph(
        doc,
        "7月9日至12日，市第十一交叉检查组采取“四不两直”方式，对我县安全隐患大排查大整治工作开展了“回头看”交叉检查，"
        "共反馈问题4项。县安委会高度重视，逐项明确整改责任和时限。现将整改情况报告如下：",
    )
    for text in CROSS_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我县将举一反三，持续深化隐患排查整治，确保全县安全生产形势稳定。")
    _paragraph(doc, "范县安全生产委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cross(path: Path) -> Path:
    members = [
        ("濮阳县回头看交叉检查反馈问题整改台账.xlsx", write_cross_book),
        ("范县回头看交叉检查反馈问题整改情况报告.docx", write_cross_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 人大代表建议办理, after a county 水利局's account of handling the 人大代表建议 assigned to it (水资源管理、防洪堤建设、
# 饮水工程恢复; 对每一件建议明确责任领导、承办股室及人员和完成时间; 已办理完成3件，正在抓紧办理2件):
# http://m.qianyancaifu.com/news/xianqu/pingli/2018-10-22/352271.html
# A .docx from the bureau: title, a preamble paragraph, one table whose rows name only the bureau's own 科室 (unit = the
# bureau, written 濮阳市水利局), 领衔代表 (the proposer, never the unit) and 责任领导 beside them, 办理时限 (a date,
# 年底前, 第三季度, 长期坚持), 办理进展 and 答复类别, the office and date at the foot.
NPC_HEADER = [
    "建议号",
    "建议题目",
    "领衔代表",
    "责任领导",
    "承办科室",
    "承办人",
    "办理时限",
    "办理进展",
    "答复类别",
]
NPC_ROWS = [
    [
        "第112号",
        "关于加强城区地下水超采治理的建议",
        "张建民",
        "李强",
        "水资源科",
        "王涛",
        "2024年6月30日",
        "已书面答复代表，代表满意",
        "A类",
    ],
    [
        "第137号",
        "关于加快金堤河堤防加固工程建设的建议",
        "刘桂芳",
        "李强",
        "规划计划科",
        "郑凯",
        "2024年年底前",
        "工程初步设计已报省水利厅审批",
        "B类",
    ],
    [
        "第158号",
        "关于尽快恢复清丰县部分村庄农村饮水工程供水的建议",
        "赵国庆",
        "许文斌",
        "农村水利科",
        "冯雪",
        "2024年7月15日",
        "已完成管网维修、恢复供水，已答复代表",
        "A类",
    ],
    [
        "第203号",
        "关于在濮水河城区段增设亲水平台安全护栏的建议",
        "孙丽",
        "许文斌",
        "河湖管理科",
        "杨帆",
        "2024年8月31日",
        "",
        "",
    ],
    [
        "第221号",
        "关于提升小型水库防汛预警能力的建议",
        "陈志刚",
        "李强",
        "水旱灾害防御科",
        "马超",
        "第三季度",
        "已新建雨量监测站6处，预警平台正在调试",
        "B类",
    ],
    [
        "第245号",
        "关于加强引黄灌区渠系日常管护的建议",
        "郭新华",
        "许文斌",
        "农村水利科",
        "冯雪",
        "长期坚持",
        "长期坚持",
        "C类",
    ],
]


def write_npc(path: Path) -> Path:
    doc = _new_document("市水利局办公室")
    _title(doc, "濮阳市水利局承办市十届人大三次会议代表建议办理情况汇总表", size=18)
    _paragraph(
        doc,
        "今年我局共承办市十届人大三次会议代表建议6件。按照“一件建议、一名责任领导、一个承办科室”的要求，"
        "逐件明确了责任领导、承办科室、承办人员和完成时间，办理情况汇总如下：",
        size=14,
    )
    _table(doc, NPC_HEADER, NPC_ROWS, size=10)
    _paragraph(
        doc,
        "注：答复类别中，A类为所提问题已经解决或基本解决，B类为正在解决或列入计划解决，C类为因条件限制需逐步解决。",
        size=12,
    )
    _paragraph(doc, "濮阳市水利局办公室", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 政协提案办理进度, after a county 政协提案办理工作制度 (专题协商、对口协商; 明确每件提案的牵头单位和配合单位; 交办会后
# 5个工作日内对不符合职能的提案提出反馈; 办理过程中与提案人协商):
# https://m.taowenge.com/p-94218299.html
# An .xlsx: title, 交办日期/统计截至 line, a two-row header (承办单位 merged over 牵头单位 and 配合单位), 提案人 (the
# proposer, never the unit), 办理方式, short names (市卫健委, 市文广旅局, 市市场监管局, 市医保局, 市交通局), 办理时限,
# 办理进度 and 委员意见, a 注 line and a 填报 line.
CPPCC_ROWS = [
    (
        "0105",
        "关于加快推进城区公共停车场建设缓解停车难的提案",
        "民盟濮阳市委员会",
        "对口协商",
        "市住建局",
        "市自然资源和规划局、市公安局交警支队",
        "2024年6月30日",
        "已办复",
        "满意",
    ),
    (
        "0118",
        "关于推动中医药服务进社区的提案",
        "王秀梅",
        "专题协商",
        "市卫健委",
        "市医保局",
        "2024年6月30日",
        "已办复",
        "基本满意",
    ),
    (
        "0126",
        "关于规范提升中小学校课后服务质量的提案",
        "李红",
        "专题协商",
        "市教育局",
        "市财政局",
        "2024年7月31日",
        "正在与提案人协商，答复函已起草",
        "",
    ),
    (
        "0139",
        "关于打造黄河文化旅游带的提案",
        "九三学社濮阳市委员会",
        "对口协商",
        "市文广旅局",
        "市发改委、市交通局",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "0147",
        "关于加强校外培训机构预收费监管的提案",
        "张伟",
        "专题协商",
        "市市场监管局",
        "市教育局",
        "2024年7月15日",
        "逾期未办复",
        "",
    ),
    (
        "0152",
        "关于将更多慢性病用药纳入门诊统筹报销的提案",
        "赵敏",
        "专题协商",
        "市医保局",
        "市卫健委",
        "2024年9月30日",
        "已召开协商座谈会，正在起草答复",
        "",
    ),
    (
        "0160",
        "关于完善农村公路养护长效机制的提案",
        "农工党濮阳市委员会",
        "对口协商",
        "市交通局",
        "市财政局",
        "2024年8月31日",
        "已办复",
        "满意",
    ),
]


def write_cppcc(path: Path) -> Path:
    b = Book(path, author="建议提案科")
    ws = b.sheet("提案办理进度")
    b.widths(ws, [6, 8, 40, 20, 10, 14, 28, 14, 26, 10])
    last = 9
    b.line(ws, 0, "市政协十届三次会议提案办理进度表", last, b.title)
    b.line(ws, 1, "交办日期：2024年3月18日        统计截至：2024年7月29日", last)
    for c, w in enumerate(["序号", "提案号", "提案题目", "提案人", "办理方式"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 5, 2, 6, "承办单位", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=5)
    for c, w in [(7, "办理时限"), (8, "办理进度"), (9, "委员意见")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CPPCC_ROWS)
    b.line(
        ws,
        end,
        "注：1.提案交办后5个工作日内，牵头单位对不属于本单位职能的提案提出调整意见；2.办理时限以交办通知为准。",
        last,
    )
    b.line(ws, end + 1, "填报：市政府办公室建议提案科    联系电话：0393-4411587", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 12345热线疑难工单会商交办, after a district's account of its 12345 hotline (网约住宿、物流快递、汽车质量等12类新业态
# 投诉纠纷工单因多头监管无法交办; 召集10个单位会商，逐条明确“谁牵头、谁配合”，形成会议纪要; 复杂情况联合执法):
# https://www.baoshan.gov.cn/info/1037/10289794.htm
# A CSV in GBK: title line, a line with the 会商 date and saying the 办理时限 count from the 交办日期, one header line with
# 受理时间 (an event), 牵头单位 beside 配合单位, 办理时限 partly in working days, 办理状态 and 回访结果, a 合计 line and a
# 填报单位 line.
HOTLINE_ROWS = [
    (
        "2407010231",
        "2024-07-01 09:12",
        "网约住宿",
        "通过网络平台预订民宿，到店后被告知无房，平台仍扣取违约金126元",
        "市市场监管局",
        "市文广旅局",
        "2024-07-03",
        "10个工作日",
        "已办结",
        "满意",
    ),
    (
        "2407010588",
        "2024-07-01 15:40",
        "快递物流",
        "快递驿站拒绝送货上门，对超期未取件收取保管费",
        "濮阳市邮政管理局",
        "市市场监管局",
        "2024-07-03",
        "10个工作日",
        "已办结",
        "基本满意",
    ),
    (
        "2407040117",
        "2024-07-04 10:05",
        "汽车质量",
        "新购车辆三个月内发动机故障三次，4S店拒绝退换",
        "市市场监管局",
        "市商务局",
        "2024-07-05",
        "15个工作日",
        "办理中",
        "",
    ),
    (
        "2407050342",
        "2024-07-05 11:26",
        "预付式消费",
        "健身房突然闭店，200余名会员预付卡余额无法退还",
        "市商务局",
        "市市场监管局、市公安局",
        "2024-07-08",
        "2024-08-30",
        "办理中",
        "",
    ),
    (
        "2407080219",
        "2024-07-08 08:47",
        "物业服务",
        "小区物业撤场后无人管理，生活垃圾清运中断",
        "市住建局",
        "华龙区人民政府",
        "2024-07-10",
        "5个工作日",
        "超期未办结",
        "",
    ),
    (
        "2407110405",
        "2024-07-11 16:18",
        "共享单车",
        "共享电单车在人行道乱停乱放，长期占用盲道",
        "市城管局",
        "市公安局交警支队",
        "2024-07-12",
        "2024-07-31",
        "已办结",
        "满意",
    ),
    (
        "2407120133",
        "2024-07-12 09:30",
        "网约车",
        "网约车平台实际计价与预估价差异大，投诉后平台无人处理",
        "市交通局",
        "市市场监管局",
        "2024-07-15",
        "15个工作日",
        "",
        "",
    ),
    (
        "2407150276",
        "2024-07-15 14:02",
        "二手房交易",
        "房产中介隐瞒房屋抵押情况，购房定金拒不退还",
        "市住建局",
        "市市场监管局",
        "2024-07-16",
        "15个工作日",
        "办理中",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345热线新业态疑难工单会商交办及办理情况表"])
    w.writerow(
        [
            "会商时间：2024年7月2日；交办依据：市政府疑难工单专题会商纪要（2024年第9期）；办理时限自交办日期起计算"
        ]
    )
    w.writerow(
        [
            "工单编号",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "牵头单位",
            "配合单位",
            "交办日期",
            "办理时限",
            "办理状态",
            "回访结果",
        ]
    )
    for row in HOTLINE_ROWS:
        w.writerow(row)
    w.writerow(["合计", "", "", "会商交办疑难工单8件，已办结3件", "", "", "", "", "", ""])
    w.writerow(["填报单位：市行政服务中心12345热线管理科    填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 暗访窗口作风问题通报, after a city 纪委's 通报 of 暗访 at 行政服务中心 windows (“护航行动”通报第二号: numbered cases
# 1. 2. 3., each headed “……窗口工作人员工作时间玩手机问题。” with the time and what was seen; 行政服务中心的作风好坏是营商
# 环境好坏的最直接反映):
# http://hotflashzs.com/forum.php?action=printable&mod=viewthread&tid=240077
# A .doc (Word 97 via LibreOffice): title, 文号 line, 主送, a preamble with the 交办 date the 10个工作日 count from, the
# cases as numbered paragraphs (the unit in the heading sentence, 整改情况 in a sentence, one case with a later deadline of
# its own and one with no 整改情况 at all), a closing paragraph, the office and date at the foot.
WINDOW_PARAS = [
    (
        "1.市不动产登记中心综合受理窗口工作人员工作时间玩手机问题。7月2日15:20，暗访人员以办事群众身份咨询二手房"
        "过户业务，该窗口一名女工作人员低头玩手机游戏，约3分钟后才抬头接待。整改情况：市不动产登记中心已对当事人"
        "进行诫勉谈话并调离窗口岗位，整改完成。"
    ),
    (
        "2.市住房公积金管理中心提取业务窗口“一次性告知”落实不到位问题。7月3日10:05，一名群众办理公积金提取业务，"
        "因窗口工作人员未一次性告知所需材料，先后往返三次仍未办成。整改情况：该中心已重新梳理修订办事指南，"
        "正在对窗口人员开展业务培训。"
    ),
    (
        "3.濮阳县人力资源和社会保障局驻县政务服务中心窗口工作人员上班迟到问题。7月4日8:30，县政务服务中心二楼"
        "社保业务区6个窗口中有3个无人在岗，多名群众排队等候，8:52工作人员才陆续到岗。"
    ),
    (
        "4.市行政服务中心综合咨询台工作人员服务态度生硬问题。7月5日16:40，暗访人员咨询企业开办“一网通办”流程，"
        "咨询台工作人员以“快下班了，明天再来”为由推诿。该问题整改时限为8月31日前完成“好差评”评价器全覆盖并建立"
        "咨询台首问负责登记制度。整改情况：评价器正在安装调试，首问负责登记制度已印发。"
    ),
    (
        "5.濮阳供电公司华龙营业厅延时服务承诺未落实问题。7月5日17:35，营业厅公示“工作日延时服务至18:00”，"
        "但大门已经关闭，两名群众无法办理业务。整改情况：该公司以人员不足为由，至今未落实延时服务，未整改。"
    ),
]


def write_window_docx(path: Path) -> Path:
    doc = _new_document("市营商办")
    _title(doc, "关于暗访发现的5起政务服务窗口作风问题及整改情况的通报")
    _paragraph(doc, "（市优化营商环境“护航行动”通报第四号）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各县（区）人民政府，市直各单位：")
    _paragraph(
        doc,
        "7月1日至5日，市优化营商环境“护航行动”暗访组采取“四不两直”方式，对市、县两级政务服务大厅和部分行业服务窗口"
        "进行暗访，发现一批窗口工作人员作风问题，已于7月8日交办相关单位，限10个工作日内整改到位（另有时限的除外）。"
        "现将其中5起典型问题及整改情况通报如下：",
    )
    for text in WINDOW_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "政务服务窗口的作风好坏是营商环境好坏的最直接反映。各地各单位要引以为戒，举一反三，切实加强窗口日常管理，"
        "对整改不到位的，将严肃追责问责。",
    )
    _paragraph(doc, "濮阳市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_window(path: Path) -> Path:
    return via_soffice(write_window_docx, path, "doc", "暗访政务服务窗口作风问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 书记信箱来信转办, after a 书记信箱's 来信须知 (一事一信，注明反映事项; 督促承办部门责成期限办理，原则上不超过30个
# 工作日; 办结呈相关领导审批后，以邮件或者电话方式回复来信人):
# http://sc-crjs.com/download_list-75.html
# An .xlsx: title, 填报单位/统计时段 line, a line saying 30个工作日 count from the 转办日期, one header row with 来信日期
# (an event), 反映事项, 承办部门 (short names 市城管局, 市住建局, 市人社局, 市卫健委, 众意公交公司), 转办日期 as a date,
# 办理期限 (30个工作日 or a date), 办理情况, 回复方式 and 领导审批, a 合计 row and a signature line.
LETTER_ROWS = [
    (
        "SJ2406013",
        date(2024, 6, 3),
        "反映华龙区绿城小区周边夜间露天烧烤油烟、噪声扰民",
        "市城管局",
        date(2024, 6, 4),
        "30个工作日",
        "已取缔露天烧烤摊点5处，已电话回复来信人",
        "电话",
        "已审批",
    ),
    (
        "SJ2406027",
        date(2024, 6, 12),
        "反映子女入学户籍审核材料要求过多、重复提交",
        "市教育局",
        date(2024, 6, 13),
        "30个工作日",
        "已精简入学审核材料清单，已邮件回复",
        "邮件",
        "已审批",
    ),
    (
        "SJ2406041",
        date(2024, 6, 20),
        "反映濮阳县某村低保评定优亲厚友、评定不公",
        "濮阳县人民政府",
        date(2024, 6, 21),
        "2024年7月31日",
        "正在调查核实",
        "",
        "",
    ),
    (
        "SJ2407005",
        date(2024, 7, 2),
        "反映老旧小区加装电梯审批环节多、办理周期长",
        "市住建局",
        date(2024, 7, 3),
        "30个工作日",
        "已召开部门协调会，正在审查简化审批方案",
        "",
        "",
    ),
    (
        "SJ2407011",
        date(2024, 7, 5),
        "反映城区黄河路东段路灯长期不亮，夜间出行不安全",
        "市城管局",
        date(2024, 7, 8),
        "2024年7月20日",
        "",
        "",
        "",
    ),
    (
        "SJ2407019",
        date(2024, 7, 9),
        "反映某建筑公司拖欠农民工工资18.6万元",
        "市人社局",
        date(2024, 7, 10),
        "2024年7月25日",
        "已督促企业全额支付拖欠工资，已电话回复",
        "电话",
        "已审批",
    ),
    (
        "SJ2407023",
        date(2024, 7, 11),
        "反映市区医院专家号难挂，存在号贩子倒卖专家号",
        "市卫健委",
        date(2024, 7, 12),
        "30个工作日",
        "尚未办理",
        "",
        "",
    ),
    (
        "SJ2407030",
        date(2024, 7, 16),
        "反映公交线路调整后城郊社区居民出行不便",
        "众意公交公司",
        date(2024, 7, 17),
        "2024年8月16日",
        "正在论证线路优化方案",
        "",
        "",
    ),
]


def write_letter(path: Path) -> Path:
    b = Book(path, author="信息科")
    ws = b.sheet("来信转办")
    b.widths(ws, [6, 12, 12, 40, 16, 12, 16, 34, 10, 10])
    last = 9
    b.line(ws, 0, "市委书记信箱来信转办及办理情况登记表", last, b.title)
    b.line(ws, 1, "填报单位：市委办公室信息科（书记信箱办公室）        统计时段：2024年6月1日至7月31日", last)
    b.line(
        ws, 2, "说明：办理期限为“30个工作日”的，自转办之日起计算；办结后须经领导审批方可回复来信人。", last
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "来信编号",
            "来信日期",
            "反映事项",
            "承办部门",
            "转办日期",
            "办理期限",
            "办理情况",
            "回复方式",
            "领导审批",
        ],
    )
    for i, (no, got, matter, unit, sent, limit, progress, reply, sign) in enumerate(LETTER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, no, b.center)
        b.put(ws, r, 2, got)
        b.row(ws, r, [matter, unit], first=3)
        b.put(ws, r, 5, sent)
        b.row(ws, r, [limit, progress, reply, sign], first=6)
    end = 4 + len(LETTER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "转办来信8件，已办结回复3件")
    b.line(ws, end + 1, "审核：陈立平    填表：马丽    日期：2024年7月31日", last)
    return b.close()


FILES = [
    ("清丰县委第二巡察组村级巡察派单整改跟踪台账.xlsx", write_patrol),
    ("濮阳职业技术学院内部审计发现问题整改销号清单.xls", write_audit),
    ("中央生态环境保护督察反馈问题整改落实情况调度表（2024年7月）.xlsx", write_eco),
    ("华龙区责令改正通知书送达及火灾隐患复查情况登记表.et", write_fire),
    ("安全隐患大排查大整治回头看交叉检查反馈问题整改（两县）.zip", write_cross),
    ("市水利局承办人大代表建议办理情况汇总表.docx", write_npc),
    ("市政协十届三次会议提案办理进度表.xlsx", write_cppcc),
    ("12345热线新业态疑难工单会商交办办理情况.csv", write_hotline),
    ("关于暗访发现的政务服务窗口作风问题及整改情况的通报.doc", write_window),
    ("市委书记信箱来信转办及办理情况登记表.xlsx", write_letter),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside167 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds: 国有企业、金融机构与公用事业（供水、供电、燃气、通信）.
Forms: .xlsx (four, two more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are prose paragraphs,
a .doc (Word 97 via LibreOffice) whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table,
an .ods (LibreOffice conversion) and a .zip of two returns (two .xlsx). Contents are made up; the statistics date is
2024-07-31. Every date inside the files, the document properties and the zip member times are fixed, so that running
the script twice writes the same bytes.
Run from this folder: python make_aside167.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.plain_head = add({"bold": True, "border": 1, "bg_color": "#D9E1F2", "valign": "vcenter"})

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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .ods, .doc and .wps returns")
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


def _xf(bold=False, border=True, center=False, wrap=True, size=10, date_format=False):
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
    if date_format:
        style.num_format_str = "yyyy-mm-dd hh:mm:ss"
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
# 1. 燃气安全隐患, after a city gas-supervision platform's hazard records (新增隐患 HidangerCreateDTO: 隐患主体类型,
# 隐患类别, 隐患子类别, 风险要素等级, 行政区划, 组织机构 (the gas enterprise), 排查日期, 地址, 隐患描述, 风险要素状态,
# 整改完成日期, 隐患来源; the 整改单 HiDangerSendHandleOrderDTO with 整改单日期 and 整改单完成期限; the enterprise's
# 整改情况说明 OrgHidangerHandleDTO):
# https://github.com/lingjinming/gas-supervise/blob/34dea12192af400853949bbea4a16168b316a0e6/src/api/generated/data-contracts.ts
# An .xlsx as the platform exports it: no title, one header row in the platform's field names, dates as dates, the
# gas enterprise under 组织机构, the 整改单 dates beside the 排查日期 (整改单日期 is an event, 整改单完成期限 the deadline).
GAS_HEADER = [
    "隐患编号",
    "隐患主体类型",
    "隐患类别",
    "隐患子类别",
    "风险要素等级",
    "行政区划",
    "组织机构",
    "排查日期",
    "地址",
    "隐患描述",
    "整改单日期",
    "整改单完成期限",
    "风险要素状态",
    "整改完成日期",
    "整改情况说明",
    "隐患来源",
]
GAS_ROWS = [
    (
        "YH2024070201",
        "管网",
        "管道设施",
        "违章占压",
        "较大隐患",
        "华龙区",
        "濮阳市燃气有限公司",
        date(2024, 7, 2),
        "华龙区人民路与京开大道交叉口东北角",
        "中压燃气管道上方违规搭建彩钢板房，占压长度约15米",
        date(2024, 7, 3),
        date(2024, 7, 31),
        "整改中",
        None,
        "已约谈产权人，正协调城管部门拆除违建",
        "政府检查",
    ),
    (
        "YH2024070202",
        "场站",
        "调压设施",
        "调压箱",
        "一般隐患",
        "开发区",
        "濮阳市燃气有限公司",
        date(2024, 7, 2),
        "开发区黄河路祥和苑小区",
        "小区调压箱箱体锈蚀，未设置安全警示标识",
        date(2024, 7, 3),
        date(2024, 7, 15),
        "已销号",
        date(2024, 7, 12),
        "已除锈刷漆并张贴警示标识",
        "政府检查",
    ),
    (
        "YH2024070501",
        "用户",
        "餐饮用户",
        "报警装置",
        "较大隐患",
        "濮阳县",
        "濮阳县豫东燃气有限公司",
        date(2024, 7, 5),
        "濮阳县城关镇文化路老街坊饭店",
        "餐饮用户后厨未安装燃气泄漏报警及自动切断装置",
        date(2024, 7, 6),
        date(2024, 7, 20),
        "已整改",
        date(2024, 7, 18),
        "已加装报警器和紧急切断阀",
        "企业自查",
    ),
    (
        "YH2024070801",
        "管网",
        "阀门井",
        "积水锈蚀",
        "一般隐患",
        "清丰县",
        "清丰县安泰燃气有限公司",
        date(2024, 7, 8),
        "清丰县中州路与顿丘路交叉口",
        "阀门井内积水严重，阀门锈蚀无法正常启闭",
        date(2024, 7, 9),
        date(2024, 8, 10),
        "待整改",
        None,
        "",
        "政府检查",
    ),
    (
        "YH2024071001",
        "瓶装液化气",
        "储存",
        "超量储存",
        "重大隐患",
        "华龙区",
        "濮阳市华龙区金盾液化气供应站",
        date(2024, 7, 10),
        "华龙区孟轲乡王什村",
        "液化气供应站气瓶库超量储存，实瓶与空瓶混放",
        date(2024, 7, 10),
        date(2024, 7, 13),
        "已销号",
        date(2024, 7, 13),
        "超量气瓶已转运，实瓶空瓶分区存放",
        "政府检查",
    ),
    (
        "YH2024071201",
        "用户",
        "居民用户",
        "连接软管",
        "一般隐患",
        "南乐县",
        "南乐县鑫源天然气有限公司",
        date(2024, 7, 12),
        "南乐县城关镇振兴街紫荆小区",
        "居民用户燃气软管超期使用且穿墙敷设，共23户",
        date(2024, 7, 13),
        date(2024, 8, 31),
        "整改中",
        None,
        "已入户更换11户，其余正在预约更换",
        "企业自查",
    ),
    (
        "YH2024071501",
        "场站",
        "门站",
        "消防器材",
        "一般隐患",
        "范县",
        "范县瑞通燃气有限公司",
        date(2024, 7, 15),
        "范县新区黄河路门站",
        "门站消防器材配置不足，部分灭火器压力不足",
        date(2024, 7, 16),
        date(2024, 7, 26),
        "已整改",
        None,
        "已补充配置35kg推车式灭火器2具、8kg灭火器6具",
        "政府检查",
    ),
    (
        "YH2024071801",
        "管网",
        "第三方施工",
        "施工破坏",
        "较大隐患",
        "华龙区",
        "濮阳市燃气有限公司",
        date(2024, 7, 18),
        "华龙区胜利路污水管网改造工地",
        "第三方施工前未进行燃气管道安全交底，机械开挖距管道不足1米",
        date(2024, 7, 18),
        date(2024, 7, 19),
        "已销号",
        date(2024, 7, 19),
        "已停工补做交底，安排专人现场看护",
        "政府检查",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="gas-supervise")
    ws = b.sheet("隐患列表")
    b.widths(ws, [14, 10, 10, 10, 10, 8, 26, 12, 30, 40, 12, 14, 10, 12, 32, 10])
    b.header(ws, 0, GAS_HEADER, fmt=b.plain_head)
    for i, row in enumerate(GAS_ROWS, 1):
        b.row(ws, i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 银行内控合规检查问题, after a bank's internal-control inspection platform (icop; CheckProblemDTO: 检查任务ID,
# 检查任务项ID, 问题Id, 问题登记时间, 问题类型, 问题整改机构, 整改责任人列表, 问题描述, 审核反馈):
# https://github.com/xujiahenggit/wbmp/blob/785158de14ab1a8fa8997f90e8c358a65a3a785e/icop/src/main/java/com/bank/icop/dto/CheckProblemDTO.java
# An .xls export: title, a line naming the 检查任务, the exporting department and the export time, one header row in
# the platform's words, the 支行 and one head-office 部门 as 问题整改机构, the 审核反馈 as the only progress signal,
# no deadline column, a 共N条 line and an 导出人 line.
BANK_ROWS = [
    (
        "JC2024Q2-0103",
        "WT-0103-01",
        "2024-06-12 09:41:27",
        "账户管理",
        "濮阳农村商业银行胜利路支行",
        "王丽娜,赵磊",
        "部分单位结算账户开户资料缺少法定代表人授权书原件",
        "整改到位，审核通过",
    ),
    (
        "JC2024Q2-0103",
        "WT-0103-02",
        "2024-06-12 10:15:03",
        "现金管理",
        "濮阳农村商业银行胜利路支行",
        "赵磊",
        "营业终了尾箱现金超限额留存，未及时上缴",
        "已整改，审核通过",
    ),
    (
        "JC2024Q2-0107",
        "WT-0107-01",
        "2024-06-14 15:22:48",
        "印章管理",
        "濮阳农村商业银行华龙支行",
        "刘建国",
        "业务印章交接未登记，存在一人同时保管两枚印章的情况",
        "整改材料不全，已退回补充",
    ),
    (
        "JC2024Q2-0107",
        "WT-0107-02",
        "2024-06-14 16:05:11",
        "反洗钱",
        "濮阳农村商业银行华龙支行",
        "刘建国,陈静",
        "大额交易客户身份识别记录未按规定留存",
        "",
    ),
    (
        "JC2024Q2-0112",
        "WT-0112-01",
        "2024-06-18 11:30:56",
        "安全保卫",
        "濮阳农村商业银行清丰支行",
        "孙涛",
        "自助银行监控录像保存不足90天",
        "已提交整改说明，监控存储设备正在扩容",
    ),
    (
        "JC2024Q2-0112",
        "WT-0112-02",
        "2024-06-18 11:47:20",
        "消费者权益保护",
        "濮阳农村商业银行清丰支行",
        "孙涛",
        "营业大厅未公示服务价格目录",
        "已于6月20日张贴公示，审核通过",
    ),
    (
        "JC2024Q2-0115",
        "WT-0115-01",
        "2024-06-20 14:18:09",
        "柜面业务",
        "濮阳农村商业银行运营管理部",
        "周敏",
        "柜员系统权限未定期复核，离岗人员权限未及时注销",
        "未整改",
    ),
    (
        "JC2024Q2-0118",
        "WT-0118-01",
        "2024-06-21 10:02:33",
        "信贷管理",
        "濮阳农村商业银行濮阳县支行",
        "马超",
        "个人经营性贷款贷后检查流于形式，未实地核实资金用途",
        "整改中，已开展贷后专项排查",
    ),
]


def write_bank(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=14)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    header = [
        "序号",
        "检查任务ID",
        "检查任务项ID",
        "问题登记时间",
        "问题类型",
        "问题整改机构",
        "整改责任人",
        "问题描述",
        "审核反馈",
    ]
    cells = [
        (0, 0, "检查问题整改情况查询结果", t, 0, 8),
        (
            1,
            0,
            "检查任务：2024年第二季度营业网点内控合规检查    导出机构：濮阳农村商业银行内控合规部"
            "    导出时间：2024-07-29 10:32:15",
            plain,
            1,
            8,
        ),
    ]
    cells += [(2, col, word, h) for col, word in enumerate(header)]
    for i, row in enumerate(BANK_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 4) else c))
    r = 3 + len(BANK_ROWS)
    cells += [
        (r, 0, f"共{len(BANK_ROWS)}条", plain, r, 8),
        (r + 1, 0, "导出人：内控合规部 杨帆", plain, r + 1, 8),
    ]
    return _write_xls(path, [("问题列表", cells, [6, 15, 13, 20, 14, 28, 12, 46, 30])])


# ---------------------------------------------------------------------------------------------
# 3. 用电安全隐患排查, after a county power-supply company's account of its checks of schools, night markets and
# large supermarkets (为每处排查场所建立《用电安全隐患档案》: 场所名称、地址、负责人联系方式、排查时间、隐患类型;
# 夜市专门设计《摊位用电安全动态台账》: 摊位编号、用电设备功率、接线方式、检查日期; 一场一档、一摊一表):
# http://dbnyb.com/03/yixianbaodao/2025/0425/80676.html
# A .zip of two returns from one 供电中心: the 隐患档案 summary (.xlsx: the premises as 整改责任单位, 负责人及联系方式,
# 排查时间 as dates, a 长期坚持 and a blank progress) and the night market's 摊位台账 (.xlsx: a preamble naming the
# market and its manager, 摊位编号, 经营户 (the unit), 立行立改 and N日内 counted from each row's 检查日期).
POWER_ROWS = [
    (
        "濮阳市开州路小学",
        "华龙区开州路中段",
        "李红军 13903938126",
        date(2024, 7, 8),
        "线路老化",
        "教学楼配电箱内线路老化，绝缘层破损",
        "利用暑假更换老化线路",
        "2024年8月20日",
        "正在整改",
    ),
    (
        "濮阳市华龙区第三幼儿园",
        "华龙区建设路56号",
        "张敏 13839390275",
        date(2024, 7, 8),
        "漏电保护",
        "午休室插座回路未安装漏电保护器",
        "加装漏电保护器",
        "2024年7月15日",
        "已整改",
    ),
    (
        "濮阳市万家福购物广场有限公司",
        "华龙区胜利路与大庆路交叉口",
        "王建设 13653933310",
        date(2024, 7, 10),
        "配电室管理",
        "配电室内堆放杂物，应急照明灯损坏",
        "清理杂物，修复应急照明",
        "7月20日前",
        "已整改，复查合格",
    ),
    (
        "濮阳市绿城农贸市场管理有限公司",
        "华龙区绿城路北段",
        "赵永刚 15939321687",
        date(2024, 7, 11),
        "私拉乱接",
        "市场内商户私拉乱接电线，多处花线明敷",
        "规范布线，穿管敷设",
        "2024年8月底前",
        "未整改",
    ),
    (
        "濮阳市第五人民医院",
        "华龙区中原路西段",
        "刘志勇 13781338802",
        date(2024, 7, 12),
        "重要用户",
        "重要负荷双电源切换装置未定期试验",
        "每季度开展一次切换试验并做好记录",
        "长期坚持",
        "长期坚持",
    ),
    (
        "濮阳市华龙区泰和大酒店有限公司",
        "华龙区京开大道168号",
        "孙丽 13598156620",
        date(2024, 7, 15),
        "电气设备",
        "后厨大功率电器共用一个插座回路，插座烧蚀发黑",
        "分回路供电并更换插座",
        "2024年7月31日",
        "",
    ),
]
STALL_ROWS = [
    (
        "A-03",
        "濮阳市华龙区刘记烧烤店",
        "电烤炉、冰柜",
        6.5,
        "从管理方配电箱接入",
        date(2024, 7, 19),
        "电缆直接拖地敷设被车辆碾压，外皮破损",
        "电缆架空或穿管保护",
        "立行立改",
        "已整改",
    ),
    (
        "A-11",
        "濮阳市华龙区香辣虾小吃店",
        "电炸锅",
        4.0,
        "插排串接",
        date(2024, 7, 19),
        "多个插排串接使用，插排放在地面积水处",
        "取消串接，插排离地固定",
        "立行立改",
        "已整改",
    ),
    (
        "B-06",
        "濮阳市华龙区甜蜜蜜冷饮店",
        "冰柜2台",
        1.2,
        "自带线盘",
        date(2024, 7, 20),
        "使用未完全展开的线盘供电，线盘发热",
        "更换合格电源线",
        "3日内",
        "正在更换",
    ),
    (
        "B-14",
        "濮阳市华龙区老街坊凉粉店",
        "电磁炉",
        3.5,
        "从管理方配电箱接入",
        date(2024, 7, 20),
        "摊位用电无漏电保护开关",
        "加装漏电保护开关",
        "3日内",
        "未整改",
    ),
    (
        "公共",
        "濮阳市古城夜市运营管理有限公司",
        "总配电箱",
        None,
        "—",
        date(2024, 7, 20),
        "夜市总配电箱未上锁，箱门无警示标识",
        "加锁并张贴警示标识",
        "7日内",
        "",
    ),
]


def write_power_book(path: Path) -> Path:
    b = Book(path, author="城区供电中心")
    ws = b.sheet("隐患档案汇总")
    b.widths(ws, [6, 28, 24, 20, 12, 12, 36, 24, 16, 18])
    b.line(ws, 0, "重点场所用电安全隐患档案汇总表", 9, b.title)
    b.line(ws, 1, "填报单位：国网濮阳供电公司城区供电中心    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称（整改责任单位）",
            "地址",
            "负责人及联系方式",
            "排查时间",
            "隐患类型",
            "隐患描述",
            "整改建议",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(POWER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POWER_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：每处场所一场一档，现场照片附档案留存；隐患由场所产权单位负责整改，供电中心跟踪复查。",
        9,
    )
    b.line(ws, end + 2, "排查人：高文杰、陈晓东    审核：许振华", 9)
    return b.close()


def write_stall_book(path: Path) -> Path:
    b = Book(path, author="城区供电中心")
    ws = b.sheet("摊位台账")
    b.widths(ws, [8, 28, 14, 10, 18, 12, 36, 22, 12, 12])
    b.line(ws, 0, "夜市摊位用电安全动态台账", 9, b.title)
    b.line(
        ws,
        1,
        "夜市名称：濮阳市古城路夜市    管理单位：濮阳市古城夜市运营管理有限公司    检查单位：国网濮阳供电公司城区供电中心",
        9,
    )
    b.header(
        ws,
        2,
        [
            "摊位编号",
            "经营户",
            "用电设备",
            "设备功率(kW)",
            "接线方式",
            "检查日期",
            "存在问题",
            "整改要求",
            "整改时限",
            "复查情况",
        ],
    )
    for i, row in enumerate(STALL_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(STALL_ROWS)
    b.line(ws, end, "注：整改时限自检查日期起计算；“立行立改”的当场整改。", 9)
    b.line(ws, end + 1, "检查人：高文杰    经营户签字：（见纸质台账）", 9)
    return b.close()


def write_power(path: Path) -> Path:
    members = [
        ("重点场所用电安全隐患档案汇总表（城区供电中心）.xlsx", write_power_book),
        ("古城路夜市摊位用电安全动态台账.xlsx", write_stall_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 电力杆塔附挂线缆确权整治, after a city power-supply company's 10千伏及以下电力杆塔附挂线缆确权整治及规范运营专项行动
# (现场确权, 治理安全隐患, 规范悬挂标识牌, 无主线缆持续清理; 移动、联通、电信分公司和融媒体中心配合; 梳理规范附挂光缆,
# 治理隐患, 清理无产权光缆; 督促各家运营商隐患整治进度):
# https://sqyf168.com/news/show-53316.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with 线路名称 and 杆号区段, the operators' branches (and the
# power company itself for the ownerless cables) as 整治责任单位, deadlines as dotted dates, 月底前, 第三季度 and 年底前,
# a 合计 row and a 填表人 line.
CABLE_ROWS = [
    (
        "10kV胜利线",
        "12#—18#杆",
        "中国联合网络通信有限公司濮阳市分公司",
        "附挂光缆未挂产权标识牌，垂弧过低，距地面不足4.5米",
        "收紧垂弧，补挂标识牌",
        "2024.07.20",
        "已整改",
    ),
    (
        "10kV人民线",
        "3#—9#杆",
        "中国移动通信集团河南有限公司濮阳分公司",
        "光缆接头盒直接绑扎在电杆横担上",
        "迁移接头盒至专用支架",
        "2024.08.15",
        "正在整改，已迁移4处",
    ),
    (
        "10kV京开线",
        "21#—30#杆",
        "中国电信股份有限公司濮阳分公司",
        "废弃光缆未拆除，多条线缆缠绕杂乱",
        "拆除废弃光缆，理顺在用线缆",
        "8月底前",
        "未整改",
    ),
    (
        "10kV开州线",
        "5#—11#杆",
        "濮阳供电公司",
        "无产权单位认领的无主线缆约1.2千米",
        "张贴认领公告，期满后清理",
        "第三季度",
        "已张贴认领公告，公告期满后清理",
    ),
    (
        "0.4kV绿城台区",
        "低压7#—15#杆",
        "中国广电河南网络有限公司濮阳分公司",
        "有线电视分支器箱安装在低压电杆上，未做接地",
        "加装接地或迁移分支器箱",
        "2024.07.25",
        "",
    ),
    (
        "10kV黄河线",
        "40#—46#杆",
        "中国移动通信集团河南有限公司濮阳分公司",
        "附挂光缆跨越道路处未设置限高警示",
        "设置跨路限高警示牌",
        "2024.07.18",
        "已整改，经复查合格",
    ),
    (
        "10kV中原线",
        "全线",
        "中国铁塔股份有限公司濮阳市分公司",
        "铁塔配套引电线路搭接在电力杆塔上，无产权分界标识",
        "签订附挂协议，设置产权分界标识",
        "年底前",
        "已签订附挂协议，分界标识正在安装",
    ),
]


def write_cable(path: Path) -> Path:
    b = Book(path, author="运维检修部")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 14, 14, 34, 40, 26, 12, 28])
    b.line(ws, 0, "10千伏及以下电力杆塔附挂线缆确权整治隐患台账", 7, b.title)
    b.line(ws, 1, "填报单位：国网濮阳供电公司运维检修部    统计截至：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "线路名称", "杆号区段", "整治责任单位", "隐患描述", "整治要求", "整治时限", "整治进展"],
    )
    for i, row in enumerate(CABLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CABLE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "本期现场确权线缆54条、约7.9千米，列入台账隐患7处")
    b.line(ws, end + 2, "填表人：韩立伟    联系电话：0393-4865210    审核：郑国栋", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 营业厅服务暗访, after a telecom operator's 营业厅现场执行要求 for mystery visits (每厅 总体印象、主要问题点, 问题图片;
# 营业员着装、工号牌, 厅内过期宣传信息, 跨区补卡/跨区缴费/投诉业务的办理; 自办厅、他建厅):
# https://xiexiebang.com/a14/2019051421/2ab019c7cf5a62b1.html
# A CSV in GBK: a title line, a line stating the 暗访 dates and the date the 工作日 count from, one header line with
# 所属企业 beside the 整改责任单位 (the 营业厅), 自办厅/他建厅, 主要问题点, a 合计 line and a 填报 line.
HALL_ROWS = [
    (
        "中国移动濮阳分公司",
        "中国移动濮阳分公司人民路营业厅",
        "自办厅",
        "2024-07-08",
        "营业员未统一着装，未佩戴工号牌",
        "规范着装，挂牌上岗",
        "5个工作日内",
        "已整改",
    ),
    (
        "中国联通濮阳市分公司",
        "中国联通濮阳市分公司胜利路营业厅",
        "自办厅",
        "2024-07-08",
        "厅内张贴过期资费宣传海报",
        "清理过期宣传品",
        "5个工作日内",
        "已清理完毕",
    ),
    (
        "中国电信濮阳分公司",
        "中国电信濮阳分公司中原路营业厅",
        "自办厅",
        "2024-07-09",
        "跨区补卡业务以系统不支持为由推诿客户",
        "开展业务培训，落实首问负责",
        "10个工作日内",
        "正在组织业务培训",
    ),
    (
        "中国移动濮阳分公司",
        "濮阳县文化路移动合作营业厅",
        "他建厅",
        "2024-07-09",
        "办理套餐变更未进行短信二次确认",
        "严格执行业务办理三确认",
        "10个工作日内",
        "未整改",
    ),
    (
        "中国联通濮阳市分公司",
        "中国联通濮阳市分公司清丰营业厅",
        "自办厅",
        "2024-07-10",
        "自助终端故障未及时报修，无故障提示",
        "报修并张贴故障提示",
        "7月底前",
        "",
    ),
    (
        "中国电信濮阳分公司",
        "中国电信濮阳分公司南乐营业厅",
        "自办厅",
        "2024-07-10",
        "投诉受理后未登记，未在48小时内回访客户",
        "建立投诉登记台账，按时回访",
        "长期坚持",
        "长期坚持",
    ),
]


def write_hall(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月基础电信企业营业厅服务质量暗访问题整改反馈表"])
    w.writerow(
        [
            "暗访时间：2024年7月8日至7月10日；暗访营业厅12个；整改时限自问题清单下发之日（2024年7月12日）起计算",
        ]
    )
    w.writerow(
        [
            "序号",
            "所属企业",
            "整改责任单位（营业厅）",
            "厅类型",
            "暗访日期",
            "主要问题点",
            "整改要求",
            "整改时限",
            "整改反馈",
        ]
    )
    for i, row in enumerate(HALL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "暗访营业厅12个", "", "", "发现问题6个", "", "", ""])
    w.writerow(
        [
            "填报单位：濮阳市信息通信行业服务质量监督小组办公室",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "填报日期：2024-07-29",
        ]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 二次供水安全专项监督检查, after a city 城建局公用事业服务中心's joint check with the 自来水有限公司 of the secondary
# water supply in residential estates (生活水泵房安全防护; 水箱清洗消毒及水质检测，每半年至少一次; 供水设备运行维护;
# 供管水人员健康证; 针对发现的问题，明确整改要求和时限，指导物业立行立改):
# https://dzb.zzrbnews.com/news/79815.html
# An .ods (LibreOffice conversion): title, 检查单位/检查日期 line, one header row with the 物业服务企业 as 整改责任单位
# (one pump room handed over to the water company, written 市水务公司), a 复查结果 column beside 整改情况, a 填表说明
# line and the signature line.
WATER_ROWS = [
    (
        "龙城华庭小区",
        "濮阳市安居物业服务有限公司",
        "泵房安全防护",
        "生活水泵房门未上锁，无防虫防鼠设施",
        "加锁并加装防虫防鼠网",
        "2024.7.20",
        "已整改",
        "复查合格",
    ),
    (
        "锦绣花园小区",
        "濮阳市锦绣物业管理有限公司",
        "水箱清洗消毒",
        "水箱超过半年未清洗消毒，无水质检测报告",
        "清洗消毒并送检",
        "2024.7.31",
        "已清洗消毒，水质检测报告待出具",
        "",
    ),
    (
        "宏福苑小区",
        "濮阳市宏福物业服务有限公司",
        "人员管理",
        "供管水人员健康证过期",
        "组织供管水人员体检，办理健康证",
        "8月15日前",
        "未整改",
        "",
    ),
    (
        "瑞丰家园小区",
        "市水务公司",
        "设备运行维护",
        "变频供水设备控制柜报警未消除，运行记录缺失",
        "维修控制柜，补全运行记录",
        "2024.7.25",
        "已维修",
        "复查合格",
    ),
    (
        "金色家园小区",
        "濮阳市金色物业服务有限公司",
        "泵房环境",
        "泵房内积水，排水沟堵塞",
        "疏通排水沟，保持泵房干燥",
        "2024.7.19",
        "正在疏通",
        "复查未通过",
    ),
    (
        "书香苑小区",
        "濮阳市书香物业有限公司",
        "水箱清洗消毒",
        "水箱人孔盖未加锁，溢流管未设防护网罩",
        "人孔加锁，溢流管加装网罩",
        "2024.7.22",
        "",
        "",
    ),
    (
        "幸福里小区",
        "濮阳市幸福里物业服务有限公司",
        "制度建设",
        "未建立二次供水设施日常巡检制度",
        "建立巡检制度并上墙，每日巡检",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="公用事业服务中心")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 16, 28, 14, 36, 26, 12, 26, 12])
    b.line(ws, 0, "二次供水安全专项监督检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市住房和城乡建设局公用事业服务中心、市自来水公司    检查日期：2024年7月16日    "
        "填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "整改责任单位",
            "检查项目",
            "存在问题",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查结果",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：已移交供水企业管理的泵房由供水企业整改，未移交的由物业服务企业整改；复查合格的在“复查结果”栏注明。",
        8,
    )
    b.line(ws, end + 2, "检查人：周海涛、李慧敏    填表人：王晓    联系电话：0393-8992615", 8)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "二次供水安全专项监督检查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 市属国有企业安全隐患集中排查, after a city 国资委's concentrated hazard check of its supervised enterprises (5个专项
# 排查组, 四不两直, 直奔基层、直插现场; 33家集团, 消防、燃气、电气设备等隐患问题; 消控室应急预案不够完善、燃气管道自动
# 切断阀失效、配电室警示标志不全; 限期整改，逐一闭环销项):
# https://www.gzw.sh.gov.cn/shgzw_xwzx_gzyw/20240201/887272268f41460fabb37667cc62d1c7.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (整改落实 and 闭环销项 over three and two columns) with the
# 排查组 (inspector) and the 基层点位 (a place) beside the 责任企业, short names (市公交公司, 市燃气公司) and a spelling
# (濮阳市自来水有限公司) of directory units, a 合计 row and a signature line.
SOE_ROWS = [
    (
        "第一排查组",
        "濮阳市城市建设投资集团有限公司",
        "龙湖安置区项目工地",
        "临时用电",
        "施工现场二级配电箱无门无锁，漏电保护器失灵",
        "更换配电箱和漏电保护器",
        "2024.7.10",
        "已完成",
        "已销项",
        "2024.7.9",
    ),
    (
        "第一排查组",
        "濮阳市城市建设投资集团有限公司",
        "城投大厦",
        "消防",
        "消控室值班人员无证上岗，灭火和应急疏散预案未更新",
        "值班人员持证上岗，修订预案",
        "8月底前",
        "已安排2人参加消防设施操作员考试",
        "未销项",
        "",
    ),
    (
        "第二排查组",
        "市公交公司",
        "公交停保场CNG加气站",
        "燃气",
        "加气站可燃气体报警器超期未标定",
        "送检标定",
        "2024.7.15",
        "已完成",
        "已销项",
        "2024.7.12",
    ),
    (
        "第二排查组",
        "市公交公司",
        "新能源公交充电站",
        "电气",
        "充电桩区域未设置防撞设施和安全警示标志",
        "增设防撞柱和警示标志",
        "2024.7.31",
        "正在施工",
        "未销项",
        "",
    ),
    (
        "第三排查组",
        "濮阳市自来水有限公司",
        "第二水厂加氯间",
        "危化品",
        "加氯间泄氯报警装置与吸收装置未联动",
        "联动调试，定期试验",
        "2024.7.20",
        "已完成",
        "",
        "",
    ),
    (
        "第四排查组",
        "市燃气公司",
        "城东天然气门站",
        "燃气",
        "门站进站管线紧急切断阀失效",
        "更换紧急切断阀",
        "2024.7.8",
        "已更换",
        "已销项",
        "2024.7.8",
    ),
    (
        "第四排查组",
        "濮阳市交通投资集团有限公司",
        "城南加油站",
        "消防",
        "加油站消防沙池沙量不足，灭火毯缺失",
        "补齐消防沙和灭火毯",
        "7月20日前",
        "未整改",
        "未销项",
        "",
    ),
    (
        "第五排查组",
        "濮阳市农业发展投资集团有限公司",
        "市级粮食储备库",
        "防汛",
        "储备仓屋面局部渗漏，库区排水沟淤堵",
        "修缮屋面，清淤疏通排水沟",
        "第三季度",
        "",
        "",
        "",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="企业安全监管科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 30, 20, 10, 40, 26, 12, 26, 10, 12])
    b.line(ws, 0, "市属国有企业汛期安全隐患集中排查问题整改清单", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市人民政府国有资产监督管理委员会（企业安全监管科）    排查时间：2024年7月1日至7月5日    "
        "填报日期：2024年7月30日",
        10,
    )
    for c, word in enumerate(["序号", "排查组", "责任企业", "基层点位", "隐患类别", "隐患问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.merge(ws, 2, 9, 2, 10, "闭环销项", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展", "销项情况", "销项日期"], first=6)
    for i, row in enumerate(SOE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SOE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "5个排查组共检查市属企业12家、基层点位36个，发现隐患问题8条，已销项3条")
    b.line(ws, end + 2, "科室负责人：冯建军    填表人：罗佳    联系电话：0393-8182307", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 结算账户管理和反洗钱自查, after a policy bank branch's report on its self-inspection of 人民币结算账户管理和反洗钱
# (关于开展…自查工作情况的报告; 省分行：; 一、加强组织领导 (主管行长为组长，会计出纳部和信贷部); 二、检查情况;
# 开户资料、身份联网核查、大额和可疑交易报告、现金支取):
# http://hmlawpc.com/gongwen/738531.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble naming the self-inspection period, a prose section on the
# organisation, the problems as numbered paragraphs (each with its measure, the 部门 in charge, 整改时限 and progress in
# sentences; the 部门 are sections of the sending branch), a closing section, the branch and date at the foot.
AML_PARAS = [
    (
        "1. 部分单位银行结算账户开户资料不完整，缺少授权书，证明文件复印件未加盖单位公章。整改措施：由会计出纳部"
        "牵头逐户联系客户补齐资料，整改时限为2024年7月31日。目前已补齐11户，剩余4户正在联系客户补充。"
    ),
    (
        "2. 个别一年以上未发生收付活动的单位账户未按规定转入久悬未取专户管理。整改措施：会计出纳部于7月15日前"
        "完成清理转户。现已全部转入久悬未取专户，整改完成。"
    ),
    (
        "3. 大额和可疑交易报告系统中，3笔可疑交易的甄别分析记录过于简单，未说明排除理由。整改措施：由会计出纳部"
        "组织反洗钱岗位人员专题培训，补充完善甄别分析记录，8月底前完成。"
    ),
    (
        "4. 客户洗钱风险等级划分后未按期重新评定，部分高风险客户超过半年未复评。整改措施：信贷部、会计出纳部配合"
        "开展客户风险等级复评，2024年9月30日前完成。该项工作尚未启动。"
    ),
    (
        "5. 反洗钱宣传培训记录不完整，部分培训无签到表和影像资料。整改措施：综合部建立反洗钱宣传培训台账，"
        "常态化开展反洗钱宣传培训，长期坚持。"
    ),
    (
        "6. 单笔5万元以上现金支取未按规定登记资金用途。整改措施：严格执行大额现金支取登记制度，由会计主管每日复核。"
        "已于7月10日对自查期间的12笔业务完成补登记。"
    ),
]


def write_aml_docx(path: Path) -> Path:
    doc = _new_document("会计出纳部")
    _title(doc, "关于开展人民币结算账户管理和反洗钱自查工作情况的报告")
    _paragraph(doc, "省分行：")
    _paragraph(
        doc,
        "根据省分行关于进一步加强人民币银行结算账户开立、转账、现金支取业务管理和反洗钱工作的通知要求，我行对"
        "2024年1月1日至2024年6月30日办理的各项支付结算业务及反洗钱工作进行了全面自查。现将自查情况报告如下：",
    )
    _paragraph(doc, "一、加强组织领导", font="黑体")
    _paragraph(
        doc,
        "我行成立了以主管行长为组长，会计出纳部、信贷部和综合部负责人为成员的自查工作领导小组，召开专题会议，"
        "组织全行员工学习相关文件，明确检查内容、范围和方法，落实检查人员责任。",
    )
    _paragraph(doc, "二、自查发现的问题及整改情况", font="黑体")
    for text in AML_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我行将以此次自查为契机，持续规范账户管理，严格落实客户身份识别、大额和可疑交易报告等反洗钱各项制度，"
        "确保各项整改措施落实到位。",
    )
    _paragraph(doc, "中国农业发展银行濮阳市分行", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_aml(path: Path) -> Path:
    return via_soffice(write_aml_docx, path, "doc", "结算账户管理和反洗钱自查情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 保险公司自查及整改措施, after an insurer's 自查报告及整改措施 (自查覆盖分公司、中心支公司及下辖营销服务部; 销售环节:
# 销售误导, “收益写进合同”, 双录中未完整提示; 银保渠道将历史分红率作为预期收益宣传; 客户信息; 核保理赔; 费用管理;
# 参与部门包括合规部、运营管理部、财务中心…):
# https://www.renrendoc.com/paper/501417428.html
# A .wps (Word 97 via LibreOffice): title, 主送, a preamble with the scope of the self-inspection, then the 附件 table
# 自查发现问题整改清单 with 问题类别, the 责任机构 (the 中心支公司 itself or its 支公司/营销服务部) beside the 责任部门
# (a section), 整改时限 and 整改进展, the company and date at the foot.
INSURE_ROWS = [
    (
        "销售行为",
        "个险渠道业务员销售增额终身寿险时使用“收益写进合同”等误导性表述",
        "豫安人寿保险股份有限公司清丰支公司",
        "个险部",
        "约谈相关业务员，开展销售行为专项培训，抽样回访",
        "2024年8月31日",
        "已完成专项培训2场，正在开展回访核查",
    ),
    (
        "销售行为",
        "银保渠道将历史分红率作为预期收益进行宣传",
        "豫安人寿保险股份有限公司南乐支公司",
        "银保部",
        "收回违规宣传折页，重新报备宣传材料",
        "2024.07.15",
        "已收回全部宣传折页，整改完成",
    ),
    (
        "客户信息",
        "投保单所留客户联系电话与业务员电话一致，共37件",
        "豫安人寿保险股份有限公司濮阳县支公司",
        "运营部",
        "逐件电话回访核实，修正客户信息",
        "2024年9月底前",
        "未启动",
    ),
    (
        "双录管理",
        "双录视频未完整提示犹豫期及提前退保损失",
        "豫安人寿保险股份有限公司濮阳中心支公司",
        "运营部",
        "完善双录话术，按月抽检双录质量",
        "第三季度",
        "正在修订双录话术",
    ),
    (
        "理赔管理",
        "部分理赔案件超过30日未结案，且未书面告知客户原因",
        "豫安人寿保险股份有限公司濮阳中心支公司",
        "理赔部",
        "清理积压案件，逐件书面告知",
        "2024.07.31",
        "",
    ),
    (
        "费用管理",
        "营销服务部以会议费名义列支业务推动费用",
        "豫安人寿保险股份有限公司台前营销服务部",
        "财务部",
        "调整会计科目，追究相关人员责任",
        "2024.07.20",
        "已调账，已对负责人通报批评",
    ),
    (
        "投诉处理",
        "个别投诉处理时间超过规定的15日",
        "豫安人寿保险股份有限公司濮阳中心支公司",
        "客户服务部",
        "建立投诉处理督办机制",
        "长期坚持",
        "常态化推进",
    ),
]


def write_insure_docx(path: Path) -> Path:
    doc = _new_document("合规部")
    _title(doc, "关于2024年上半年合规经营自查情况及整改措施的报告", 18)
    _paragraph(doc, "国家金融监督管理总局濮阳监管分局：", 14)
    _paragraph(
        doc,
        "按照监管部门关于开展合规经营自查的工作要求，我公司于2024年6月组织合规部、运营部、财务部及个险、银保销售"
        "条线，对中心支公司本部及下辖4家支公司、2家营销服务部2023年1月至2024年5月的销售行为、客户信息、双录管理、"
        "理赔、费用和投诉处理进行了全面排查，共发现问题7项。现将自查发现的问题及整改措施报告如下（见附件）。",
        14,
    )
    _paragraph(doc, "附件：自查发现问题整改清单", 14, font="黑体")
    body = [[str(i), *row] for i, row in enumerate(INSURE_ROWS, 1)]
    _table(
        doc,
        ["序号", "问题类别", "问题描述", "责任机构", "责任部门", "整改措施", "整改时限", "整改进展"],
        body,
        size=9,
    )
    _paragraph(doc, "豫安人寿保险股份有限公司濮阳中心支公司", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_insure(path: Path) -> Path:
    return via_soffice(write_insure_docx, path, "doc", "合规经营自查情况及整改措施报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 国有企业巡察集中整改进展情况, after a city-owned investment group's public notice of its 巡察集中整改进展情况
# (根据市委巡察工作统一部署…开展了政治巡察，并反馈了巡察意见; 现将巡察集中整改进展情况予以公布; 一、巡察整改组织
# 领导情况; 二、…整改进展情况):
# http://m.gzhgjt.com/view_364.html
# A .docx: the notice's title, a preamble with the 巡察 dates, a prose section on the organisation, the problems as
# paragraphs “N. 关于“…”的问题” each followed by its 整改情况 paragraph (the group's own 部门, or a subsidiary named as
# 负责单位), 整改时限 in sentences, a call for supervision with a telephone number and the signature.
INSPECT_ITEMS = [
    (
        "1. 关于“理论学习中心组学习不够深入”的问题。",
        "整改情况：党委办公室严格落实“第一议题”制度，制定2024年度党委理论学习中心组学习计划，已组织专题研讨3次。"
        "整改时限：2024年6月30日。该问题已整改完成。",
    ),
    (
        "2. 关于“‘三重一大’决策程序执行不严格”的问题。",
        "整改情况：修订《党委会议事规则》《总经理办公会议事规则》，修订稿已提交党委会审议。整改时限：2024年8月31日。",
    ),
    (
        "3. 关于“工程项目未决算问题突出”的问题。",
        "整改情况：由濮阳市发投建设工程有限公司负责，对5个未决算项目逐一建立台账，已完成2个项目的决算审计，其余3个"
        "正在审计。计划2024年12月底前全部完成。",
    ),
    (
        "4. 关于“经营性资产出租率偏低”的问题。",
        "整改情况：由濮阳市发投资产运营有限公司负责，通过公开招租盘活闲置商铺，计划9月底前将出租率提高到85%以上。"
        "目前公开招租尚未启动。",
    ),
    (
        "5. 关于“应收账款清收不力”的问题。",
        "整改情况：由濮阳市发投置业有限公司负责，成立清收专班，已收回欠款620万元，对剩余欠款已提起诉讼。"
        "整改时限：2024年10月31日。",
    ),
    (
        "6. 关于“选人用人程序不规范”的问题。",
        "整改情况：人力资源部对2021年以来干部选拔任用档案进行全面自查，补齐缺失的考察材料，已于2024年7月10日整改完成。"
        "整改时限：2024年7月15日。",
    ),
    (
        "7. 关于“落实中央八项规定精神有差距”的问题。",
        "整改情况：集团纪委加强日常监督，常态化开展节假日廉洁提醒和公务用车专项检查，长期坚持。",
    ),
]


def write_inspect(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "中共濮阳市发展投资集团有限公司委员会关于市委巡察集中整改进展情况的通报", 18)
    _paragraph(
        doc,
        "根据市委巡察工作统一部署，2024年3月11日至4月30日，市委第二巡察组对濮阳市发展投资集团有限公司（以下简称"
        "“发投集团”）党委开展了政治巡察，并于2024年5月20日反馈了巡察意见。按照巡察工作有关要求，现将巡察集中整改"
        "进展情况予以公布。",
    )
    _paragraph(doc, "一、巡察整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "集团党委坚决扛起巡察整改主体责任，成立巡察整改工作领导小组，党委书记任组长，班子成员按分工各负其责，"
        "逐项明确问题清单、任务清单和责任清单，每两周调度一次整改进展。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    for head, body in INSPECT_ITEMS:
        _paragraph(doc, head)
        _paragraph(doc, body)
    _paragraph(
        doc,
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-8296035；"
        "通信地址：濮阳市华龙区开州北路发投大厦1208室。",
    )
    _paragraph(doc, "中共濮阳市发展投资集团有限公司委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 11. 二次供水泵房防汛专项检查, after a water group's 设备管理中心 check of the secondary-supply pump rooms it has taken
# over (防汛专项检查与维护: 除湿机、排水设施和漏水报警功能; 漏水报警器老化损坏不能正常报警, 泵房内无排污泵只靠排水沟,
# 排水设施在泵房外且由小区物业公司管理; 设备管理中心安排人员处理, 提醒物业公司及时处置):
# http://www.7065c.com/news/2675.html
# An .xlsx: title, 填报单位 (the water company's 设备管理中心, written with its short name 市水务公司) and 检查时间
# line, one header row with 检查内容, the 设备管理中心 (a section of the sender) or an estate's 物业公司 as 责任单位,
# 完成时限 and 处理情况, a 备注 line and a signature line.
PUMP_ROWS = [
    (
        "锦华苑小区加压泵房",
        "漏水报警",
        "漏水报警器老化损坏，不能正常报警",
        "更换漏水报警器",
        "设备管理中心",
        "7月底前",
        "已更换",
    ),
    (
        "龙湖湾小区加压泵房",
        "排水设施",
        "泵房内无排污泵，仅靠排水沟引出积水",
        "加装潜水排污泵",
        "设备管理中心",
        "2024年8月15日",
        "排污泵已采购，待安装",
    ),
    (
        "盛世名门小区加压泵房",
        "排水设施",
        "泵房外排水井由小区物业管理，井口淤堵",
        "书面告知物业清淤",
        "濮阳市盛世物业服务有限公司",
        "2024年7月20日",
        "物业已清淤",
    ),
    (
        "金堤花园小区加压泵房",
        "除湿机",
        "除湿机故障停机，泵房湿度超标",
        "维修除湿机",
        "设备管理中心",
        "2024年7月25日",
        "未维修",
    ),
    (
        "东方世家小区加压泵房",
        "漏水报警",
        "漏水报警信号未接入泵房监控平台",
        "报警信号接入监控平台",
        "设备管理中心",
        "第三季度",
        "",
    ),
    (
        "阳光嘉苑小区加压泵房",
        "排水设施",
        "泵房门口未设挡水板，强降雨时有雨水倒灌风险",
        "加装挡水板，强降雨时加强巡检",
        "濮阳市阳光物业管理有限公司",
        "2024年7月18日",
        "已加装挡水板",
    ),
]


def write_pump(path: Path) -> Path:
    b = Book(path, author="设备管理中心")
    ws = b.sheet("防汛检查")
    b.widths(ws, [6, 22, 12, 36, 26, 26, 16, 22])
    b.line(ws, 0, "已接管二次供水加压泵房防汛专项检查问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：市水务公司设备管理中心    检查时间：2024年7月1日至7月12日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws, 2, ["序号", "泵房名称", "检查内容", "存在问题", "处理措施", "责任单位", "完成时限", "处理情况"]
    )
    for i, row in enumerate(PUMP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PUMP_ROWS)
    b.line(ws, end + 1, "备注：本次共检查已接管泵房86个，泵房整体状态良好，上表为需整改的问题。", 7)
    b.line(ws, end + 2, "检查人：孟庆伟、杜娟    负责人：石磊", 7)
    return b.close()


FILES = [
    ("燃气安全隐患排查整治隐患列表（2024年7月）.xlsx", write_gas),
    ("二季度营业网点内控合规检查问题整改情况.xls", write_bank),
    ("城区供电中心用电安全隐患排查台账（两份）.zip", write_power),
    ("电力杆塔附挂线缆确权整治隐患台账.xlsx", write_cable),
    ("营业厅服务质量暗访问题整改反馈表.csv", write_hall),
    ("二次供水安全专项监督检查问题整改台账.ods", write_water),
    ("市属国有企业汛期安全隐患集中排查问题整改清单.xlsx", write_soe),
    ("农发行濮阳市分行结算账户管理和反洗钱自查情况报告.doc", write_aml),
    ("豫安人寿濮阳中心支公司合规经营自查整改报告.wps", write_insure),
    ("发投集团巡察集中整改进展情况通报.docx", write_inspect),
    ("二次供水泵房防汛专项检查问题清单.xlsx", write_pump),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

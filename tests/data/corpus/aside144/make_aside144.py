"""Write the aside144 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns (民政与人社): 养老机构安全, 低保动态管理 (two returns), 残疾人补贴, 殡葬服务, 婚姻登记, 农民工工资拖欠,
就业补贴, 技能培训, 社区服务站, 未成年人保护.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, with a 合计 row), .et (Excel 97 via LibreOffice), .ods
(LibreOffice conversion, member times fixed), a CSV in UTF-8 with a byte-order mark, a .docx report whose items are
numbered paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside144.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
# 1. 养老机构消防安全隐患检查及复查, after a county report on the fire-safety check of its 养老机构 by 民政局、应急局
# and 消防救援大队 (五项内容: 建筑消防安全基本情况、消防器材设施设置使用情况、重点岗位人员责任落实情况、日常消防安全
# 管理情况、消防安全培训演练情况; “谁检查、谁签字、谁负责”, a 工作台账 of the check; a 复查 a month later finding
# 应急照明灯/疏散指示/灭火器 put right, 火灾报警/喷淋 still being installed, 彩钢板厨房, 电线老化未穿管, 老人用蚊香抽烟):
# https://360online.cn/153234.html
# An .xlsx: title, 检查单位/检查时间/复查时间 line, a two-row header (复查 merged over 复查情况 and 复查人签字, with a
# 检查人签字 column — the inspectors), the 养老机构 beside its 整改责任主体 (the 乡镇人民政府 for a 公办敬老院), a 合计
# row and a signature line.
ELDER_ROWS = [
    (
        "濮阳县社会福利中心",
        "消防器材设施设置使用情况",
        "应急照明灯、疏散指示标识损坏3处，个别疏散指示灯掉落",
        "濮阳县社会福利中心",
        "2024年7月10日",
        "张立军、宋涛",
        "已更换，复查合格",
        "郭卫东",
    ),
    (
        "濮阳县柳屯镇敬老院",
        "建筑消防安全基本情况",
        "未安装火灾自动报警系统和简易喷淋系统",
        "濮阳县柳屯镇人民政府",
        "2024年9月30日前",
        "张立军、宋涛",
        "已完成招标，设备正在安装",
        "郭卫东",
    ),
    (
        "濮阳县八公桥镇敬老院",
        "重点岗位人员责任落实情况",
        "消防控制室值班人员未持证上岗",
        "濮阳县八公桥镇人民政府",
        "8月底前",
        "李海燕、王磊",
        "未整改",
        "郭卫东",
    ),
    (
        "濮阳县康乐园养老院",
        "日常消防安全管理情况",
        "厨房采用泡沫夹芯彩钢板搭建",
        "濮阳县康乐园养老服务有限公司",
        "2024年8月15日",
        "李海燕、王磊",
        "",
        "",
    ),
    (
        "濮阳县梁庄镇敬老院",
        "日常消防安全管理情况",
        "院区电线老化且未穿管保护",
        "濮阳县梁庄镇人民政府",
        "2024.7.20",
        "张立军、宋涛",
        "已更换线路并穿管，复查合格",
        "马红霞",
    ),
    (
        "濮阳县王称堌镇敬老院",
        "日常消防安全管理情况",
        "老人在居室内使用蚊香、躺床吸烟",
        "濮阳县王称堌镇人民政府",
        "长期坚持",
        "李海燕、王磊",
        "落实日常巡查，长期坚持",
        "马红霞",
    ),
    (
        "濮阳县夕阳红老年公寓",
        "消防安全培训演练情况",
        "管理人员不会操作火灾报警控制器和喷淋系统",
        "濮阳县夕阳红老年公寓",
        "2024年7月31日",
        "张立军、宋涛",
        "已组织操作培训1次，疏散演练正在筹备",
        "马红霞",
    ),
    (
        "濮阳县庆祖镇敬老院",
        "消防器材设施设置使用情况",
        "灭火器数量不足，部分灭火器压力不够",
        "濮阳县庆祖镇人民政府",
        "2024年7月5日",
        "李海燕、王磊",
        "已补充更换灭火器12具，复查合格",
        "郭卫东",
    ),
]


def write_elder(path: Path) -> Path:
    b = Book(path, author="养老服务股")
    ws = b.sheet("检查复查台账")
    b.widths(ws, [6, 22, 20, 34, 24, 16, 14, 28, 12])
    b.line(ws, 0, "濮阳县养老机构消防安全隐患检查及复查工作台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县民政局、濮阳县应急管理局、濮阳县消防救援大队    检查时间：2024年6月24日至6月28日"
        "    复查时间：2024年7月22日至7月24日",
        8,
    )
    for c, word in enumerate(
        ["序号", "养老机构名称", "检查项目", "存在隐患", "整改责任主体", "整改期限", "检查人签字"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "复查", b.head)
    b.header(ws, 3, ["复查情况", "复查人签字"], first=7)
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ELDER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查养老机构10家，发现隐患8处，复查时已整改到位3处")
    b.line(
        ws,
        end + 2,
        "审核人：刘书文    填表人：陈晓燕    联系电话：0393-3221587    填报日期：2024年7月26日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 困难群众救助补助资金审计整改报告, after a county 民政局's report on the audit of its 困难群众救助补助资金 (审计报告和
# 审计决定; 立行立改、真改实改; “一、加强组织领导” in prose — 领导小组、工作方案、疑点数据清单、进村入户走访核实 —
# then the problems and their rectification; 局机关相关股室 and the 乡镇社会事务办):
# http://ynsz.gov.cn/public/description/21046.html
# A .docx report: title, 主送, preamble naming the audit, a prose section, then the problems as numbered paragraphs
# (（一）…) each telling the 股室 in charge, the measure, the 整改时限 and the progress in sentences; a closing section
# and the bureau and date at the foot.
RELIEF_PARAS = [
    (
        "（一）关于向已死亡的23名低保对象继续发放低保金4.6万元的问题。整改情况：社会救助股会同相关乡镇社会事务办"
        "逐户核实，已全部停发并追回资金4.6万元，缴回县财政专户，整改时限2024年5月31日，已整改到位。"
    ),
    (
        "（二）关于11户财政供养人员家庭违规享受低保的问题。整改情况：社会救助股已取消其中9户的低保待遇，"
        "其余2户正在核实家庭收入情况，计划7月底前完成。"
    ),
    (
        "（三）关于未与市场监管、公安交管部门比对车辆和工商登记信息，17户低保家庭拥有机动车辆或经营实体未被发现的"
        "问题。整改措施：建立跨部门数据比对机制，每季度比对一次，此项工作长期坚持。"
    ),
    (
        "（四）关于特困人员救助供养金未按月足额发放，个别乡镇延迟发放2个月的问题。整改情况：财务股已将延迟发放的"
        "供养金全部补发到位，并实行按月直接发放到人，整改时限2024年4月30日，已完成整改。"
    ),
    (
        "（五）关于临时救助审批超过规定时限、部分事项未履行公示程序的问题。整改措施：修订临时救助审核审批流程，"
        "明确各环节办理时限，整改时限2024年8月31日前。目前修订稿已起草，正在征求乡镇意见。"
    ),
    (
        "（六）关于低保家庭收入变化后未及时调整保障金额、动态管理不到位的问题。整改措施：对全县低保对象开展一次"
        "全覆盖动态复核，按照“增发、减发、停发”要求调整保障金额。整改时限：2024年9月30日前。"
    ),
    (
        "（七）关于救助资金专户利息收入12.3万元未按规定上缴国库的问题。该问题涉及跨年度资金清算，目前尚未启动"
        "整改，整改时限为2024年10月31日。"
    ),
]


def write_relief(path: Path) -> Path:
    doc = _new_document("社会救助股")
    _title(doc, "濮阳县民政局关于2023年度困难群众救助补助资金审计反馈问题整改情况的报告")
    _paragraph(doc, "县审计局：")
    _paragraph(
        doc,
        "2024年3月4日至4月12日，县审计局对我局2023年度困难群众救助补助资金管理使用情况进行了审计，并制发了"
        "《审计报告》（濮县审社报〔2024〕3号）。我局对审计反馈的问题立行立改、真改实改，现将整改情况报告如下：",
    )
    _paragraph(doc, "一、加强组织领导，压实整改责任", font="黑体")
    _paragraph(
        doc,
        "局党组成立了以局长为组长、分管副局长为副组长、相关股室负责人及各乡镇社会事务办主任为成员的整改工作"
        "领导小组，制定整改工作方案，形成疑点数据清单，分三个工作组进村入户走访核实，逐项明确责任股室和完成时限。",
    )
    _paragraph(doc, "二、审计反馈问题整改情况", font="黑体")
    for text in RELIEF_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "我局将以此次审计整改为契机，持续开展低保专项治理，对尚未完成的问题实行台账管理、挂账销号，"
        "确保按时限整改到位。",
    )
    _paragraph(doc, "濮阳县民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 农村低保专项治理群众举报问题线索台账, after an account of 民政部's three-year 农村低保专项治理 (县级以上民政部门面向
# 社会公布投诉举报电话，建立群众举报问题线索台账; 问题线索及时向纪检机关反映、移交; 防止“漏保”; 改进作风):
# https://fx361.cc/page/2018/0621/3673303.shtml
# An .xlsx: title, 填报单位 line, one header row (线索编号, 受理时间, 举报方式, 反映问题, 承办单位, 办理时限 partly in
# days counted from the 受理时间, 核查结论, 办理情况), a 注 line and a signature line.
CLUE_ROWS = [
    (
        "DB2024-011",
        date(2024, 6, 3),
        "12345热线",
        "反映清丰县韩村镇某村村干部近亲属违规享受低保（“关系保”）",
        "清丰县民政局",
        "30日内",
        "属实",
        "已取消该户低保待遇，问题线索已移交县纪委监委，已办结",
    ),
    (
        "DB2024-012",
        date(2024, 6, 11),
        "来信",
        "反映南乐县千口镇一户重度残疾人家庭多次申请低保未获批准（“漏保”）",
        "南乐县民政局",
        "30日内",
        "属实",
        "已按程序纳入低保，7月起发放，已办结",
    ),
    (
        "DB2024-013",
        date(2024, 6, 20),
        "来访",
        "反映范县陈庄镇部分村低保民主评议结果未张榜公示",
        "范县陈庄镇人民政府",
        "2024年7月20日",
        "部分属实",
        "正在组织相关村重新评议并公示",
    ),
    (
        "DB2024-014",
        date(2024, 7, 2),
        "市长信箱",
        "反映华龙区岳村镇低保经办人员向申请人索要好处费",
        "濮阳市华龙区民政局",
        "30日内",
        "",
        "已移交区纪委监委，正在核查",
    ),
    (
        "DB2024-015",
        date(2024, 7, 9),
        "12345热线",
        "反映台前县打渔陈镇户籍已迁出人员仍在领取低保金",
        "台前县民政局",
        "15个工作日内",
        "",
        "",
    ),
    (
        "DB2024-016",
        date(2024, 7, 15),
        "来信",
        "反映濮阳县子岸镇部分低保对象的存折由村会计代领代管",
        "濮阳县民政局",
        "2024年8月15日",
        "",
        "尚未开展核查",
    ),
]


def write_clue(path: Path) -> Path:
    b = Book(path, author="社会救助科")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 13, 12, 11, 42, 20, 14, 10, 34])
    b.line(ws, 0, "农村低保专项治理群众举报问题线索台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局社会救助科    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "线索编号",
            "受理时间",
            "举报方式",
            "反映问题",
            "承办单位",
            "办理时限",
            "核查结论",
            "办理情况",
        ],
    )
    for i, row in enumerate(CLUE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CLUE_ROWS)
    b.line(ws, end, "注：办理时限自受理之日起计算；涉及干部违纪违法的线索一律移交纪检监察机关。", 8)
    b.line(ws, end + 1, "科室负责人：魏国强    填表人：杜娟    联系电话：0393-8992046", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 残疾人两项补贴资金专项审计, after a city 审计局's special audit of the 困难残疾人生活补贴及重度残疾人护理补贴资金
# (资金是否及时足额补贴到残疾人账户; 享受补贴的残疾人是否符合补贴条件; 补贴申领程序和管理办法是否符合政策要求):
# http://gujiaganhuangcao.com/html/SJDTSXSJ.201712t20171201_3123486.html
# An .xls (xlwt): title, 被审计单位/审计期间 line, one header row with a 问题类别 and 涉及金额 column, a 是否销号
# column beside the 整改情况, short names (市残联), a 合计 row, a 注 line and a 填表人 line.
DISABLED_ROWS = [
    (
        "两项补贴资金未及时拨付至残疾人账户，平均滞后2个月",
        "资金拨付",
        186.4,
        "市残联",
        "2024年6月30日",
        "已实行按月拨付，2024年以来均按时到账",
        "是",
    ),
    (
        "向已死亡的残疾人继续发放重度残疾人护理补贴",
        "资格审核",
        3.26,
        "濮阳县残疾人联合会",
        "2024年7月31日",
        "已追回2.1万元，剩余部分正在追缴",
        "否",
    ),
    (
        "部分残疾儿童同时享受困难残疾人生活补贴和孤儿基本生活费",
        "资格审核",
        1.08,
        "清丰县民政局",
        "8月31日前",
        "未整改",
        "否",
    ),
    (
        "护理补贴申请未经乡镇审核直接报县级审批",
        "申领程序",
        "",
        "南乐县残疾人联合会",
        "2024.7.15",
        "已完善乡镇初审环节",
        "是",
    ),
    ("补贴发放名册未在村（社区）张榜公示", "申领程序", "", "范县民政局", "2024年9月30日", "", ""),
    (
        "残疾等级调整后未及时变更补贴标准",
        "资格审核",
        0.75,
        "台前县残疾人联合会",
        "2024.8.20",
        "正在逐人核对残疾等级",
        "否",
    ),
    (
        "补贴资金结余较大，未按规定统筹使用",
        "资金管理",
        42.3,
        "市民政局",
        "年底前",
        "已制定结余资金统筹使用方案，正在报批",
        "否",
    ),
]


def write_disabled(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "困难残疾人生活补贴和重度残疾人护理补贴资金专项审计发现问题整改台账", t, 0, 8),
        (
            1,
            0,
            "被审计单位：濮阳市残疾人联合会、濮阳市民政局及各县（区）    审计期间：2023年度    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "审计发现问题",
            "问题类别",
            "涉及金额（万元）",
            "整改责任单位",
            "整改期限",
            "整改情况",
            "是否销号",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(DISABLED_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 7) else c))
    r = 3 + len(DISABLED_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, 233.79, ctr),
        (r, 4, "审计发现问题7个", c, r, 7),
        (r + 1, 0, "注：“是否销号”栏由市审计局复核后填写。", plain, r + 1, 7),
        (r + 2, 0, "填表人：翟文静    审核人：孔令华    联系电话：0393-8315506", plain, r + 2, 7),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 殡葬服务领域突出问题专项治理, after a county meeting on its 殡葬服务领域突出问题专项治理 (殡仪馆、殡葬服务站设置
# 明显不合理收费项目; 随意拆分项目，变相捆绑或强制提供服务; 骨灰盒等丧葬用品价格虚高，财务管理不规范; 工作人员索要、
# 收受逝者家属财物; 农村公益性公墓向非本地村民提供安葬服务并收费; 建立问题台账和责任清单，明确责任单位、责任人、
# 整改措施及整改完成时间):
# http://bid.caigoupt.com/info-245792735.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row (乡镇, 治理对象, 问题描述, 责任单位, 责任人,
# 整改措施, 整改完成时限, 整改进展), a 填表说明 line and a signature line.
FUNERAL_ROWS = [
    (
        "城关镇",
        "范县殡仪馆",
        "设置遗体整容费、告别厅布置费等明显不合理收费项目",
        "范县殡仪馆",
        "王建华",
        "取消不合理收费项目，清退多收费用",
        "2024年7月15日",
        "已取消并清退，整改完成",
    ),
    (
        "城关镇",
        "范县殡仪馆",
        "遗体接运服务与骨灰盒销售捆绑收费",
        "范县殡仪馆",
        "王建华",
        "分项计价，由群众自主选择",
        "2024.7.10",
        "已整改",
    ),
    (
        "濮城镇",
        "濮城镇殡仪服务站",
        "骨灰盒等丧葬用品价格虚高，加价率超过规定",
        "范县濮城镇人民政府",
        "李红军",
        "明码标价，严格执行加价率规定",
        "7月31日前",
        "正在重新核定价格",
    ),
    (
        "王楼镇",
        "王楼镇农村公益性公墓",
        "向非本地村民提供安葬服务并收取费用",
        "范县王楼镇人民政府",
        "赵光明",
        "停止对外销售墓穴，清理违规收费",
        "2024年8月31日",
        "未整改",
    ),
    (
        "辛庄镇",
        "辛庄镇殡仪服务站",
        "收费未开具票据，财务管理不规范",
        "范县辛庄镇人民政府",
        "孙海涛",
        "规范财务管理，统一使用财政票据",
        "2024.8.10",
        "",
    ),
    (
        "杨集乡",
        "杨集乡农村公益性公墓",
        "公墓无专人管理，墓区内存在超标准墓穴",
        "范县杨集乡人民政府",
        "周志强",
        "明确专人管理，整治超标准墓穴",
        "2024年10月底前",
        "已明确专人管理，超标准墓穴正在整治",
    ),
    (
        "城关镇",
        "范县殡仪馆",
        "个别工作人员收受逝者家属香烟等财物",
        "范县殡仪馆",
        "王建华",
        "开展警示教育，建立廉洁服务承诺制度",
        "长期坚持",
        "常态化推进",
    ),
]


def write_funeral_book(path: Path) -> Path:
    b = Book(path, author="殡葬管理股")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 20, 36, 20, 10, 28, 14, 28])
    b.line(ws, 0, "殡葬服务领域突出问题专项治理问题台账和责任清单", 8, b.title)
    b.line(ws, 1, "填报单位：范县民政局（殡葬管理股）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "治理对象",
            "问题描述",
            "责任单位",
            "责任人",
            "整改措施",
            "整改完成时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(FUNERAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FUNERAL_ROWS)
    b.line(ws, end, "填表说明：殡仪服务站和农村公益性公墓的问题由所在乡镇人民政府负责整改，县民政局督导。", 8)
    b.line(ws, end + 1, "负责人：黄志刚    填表人：宁晓敏    联系电话：0393-5261330", 8)
    return b.close()


def write_funeral(path: Path) -> Path:
    return via_soffice(write_funeral_book, path, "xls", "殡葬服务领域突出问题专项治理问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 婚姻登记机关规范化建设检查, after a provincial 民政厅's account of its check of the 婚姻登记机关 (按《婚姻登记工作
# 规范》设置候登大厅、结婚登记区、离婚登记室、档案室、颁证厅; 专职婚姻登记员紧缺; 档案管理不规范、办证内容填写有
# 疏漏、系统补录差错率高; 本次检查也提出了整改意见):
# https://mzt.qinghai.gov.cn/html/show-6647.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble naming the check and its dates, one table (婚姻登记机关,
# 检查发现问题, 责任单位, 整改时限, 整改落实情况), the bureau and date at the foot.
MARRIAGE_ROWS = [
    (
        "濮阳县婚姻登记处",
        "未设置独立的离婚登记室，结婚、离婚登记在同一区域办理",
        "濮阳县民政局",
        "2024年9月30日",
        "已完成场地改造设计，正在施工",
    ),
    (
        "清丰县婚姻登记处",
        "婚姻登记历史档案未按年度装订，部分年份档案缺失",
        "清丰县民政局",
        "2024年8月31日",
        "2010年以来的档案已整理完毕，2010年以前的档案正在补录",
    ),
    (
        "南乐县婚姻登记处",
        "结婚登记审查处理表填写有疏漏，个别缺少当事人签名",
        "南乐县民政局",
        "2024年7月15日",
        "已逐份补正，已整改",
    ),
    (
        "范县婚姻登记处",
        "仅有兼职婚姻登记员1名，且未取得婚姻登记员资格证书",
        "范县民政局",
        "年底前",
        "未整改",
    ),
    (
        "台前县婚姻登记处",
        "婚姻登记信息系统历史数据补录差错率高",
        "台前县民政局",
        "2024.10.31",
        "",
    ),
    (
        "濮阳市婚姻登记处",
        "颁证厅建成后长期闲置，未对外开放使用",
        "濮阳市民政局",
        "2024年7月20日",
        "已开放使用，提供免费颁证服务，已整改",
    ),
]


def write_marriage_docx(path: Path) -> Path:
    doc = _new_document("社会事务科")
    _title(doc, "关于婚姻登记机关规范化建设检查发现问题整改情况的报告", 18)
    _paragraph(doc, "市委市政府督查局：", 14)
    _paragraph(
        doc,
        "2024年7月1日至7月5日，市民政局对全市6个婚姻登记机关规范化建设情况进行了检查，重点检查功能区设置、"
        "登记员配备、档案管理和系统数据质量等内容，现将发现问题及整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(MARRIAGE_ROWS, 1)]
    _table(doc, ["序号", "婚姻登记机关", "检查发现问题", "责任单位", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "濮阳市民政局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_marriage(path: Path) -> Path:
    return via_soffice(write_marriage_docx, path, "doc", "婚姻登记机关规范化建设检查发现问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 在建工程农民工实名制及工资支付督导检查, after a county 住建局's 现场督导检查 before the holidays (走访、询问、登记、
# 查阅资料; 是否实名制管理、是否开设农民工工资专用账户、总承包企业是否按月实人实名足额发放工资; 全部在建项目部;
# 下达整改通知书13份，涉及整改问题44条; 约谈建设单位和施工总承包单位):
# https://www.fensifuwu.com/emotion/me/2567364.html
# An .xlsx: title, 检查单位/检查时间 line stating that the 整改时限 count from the notice, a two-row header
# (整改通知书 merged over 编号 and 下达日期), the 建设单位 beside the 施工总承包单位 (整改责任单位), a 合计 row and a
# signature line.
WAGE_ROWS = [
    (
        "濮阳市龙湖片区安置房二期项目",
        "濮阳市安居置业有限公司",
        "河南濮建建设集团有限公司",
        "未按规定开设农民工工资专用账户",
        "濮建整〔2024〕07号",
        date(2024, 7, 2),
        "7日内",
        "已开设工资专用账户，复查合格",
    ),
    (
        "濮阳市第五中学新校区建设项目",
        "市教育局",
        "河南华宇建工集团有限公司",
        "现场考勤设备未启用，实名制信息未上传监管平台",
        "濮建整〔2024〕08号",
        date(2024, 7, 2),
        "10个工作日内",
        "已启用考勤设备并上传信息，复查合格",
    ),
    (
        "濮阳市人民医院门诊综合楼项目",
        "濮阳市人民医院",
        "河南省第二建设集团有限公司",
        "由劳务分包单位代发工资，未由总承包单位委托银行按月代发",
        "濮建整〔2024〕09号",
        date(2024, 7, 3),
        "2024年7月31日",
        "正在整改",
    ),
    (
        "濮阳市开德路改造工程",
        "濮阳市城市建设投资集团有限公司",
        "濮阳市天成路桥工程有限公司",
        "拖欠32名农民工4、5月份工资共计56.8万元",
        "濮建整〔2024〕10号",
        date(2024, 7, 3),
        "5日内",
        "已足额支付拖欠工资，农民工签字确认",
    ),
    (
        "濮阳市华龙区幸福家园项目",
        "濮阳市鑫泰房地产开发有限公司",
        "河南鼎盛建筑工程有限公司",
        "农民工工资保证金未按规定存储",
        "濮建整〔2024〕11号",
        date(2024, 7, 4),
        "10日内",
        "逾期未整改",
    ),
    (
        "濮阳县城区供水管网改造项目",
        "濮阳县水利局",
        "河南润通水利工程有限公司",
        "施工现场未设置维权信息告示牌",
        "濮建整〔2024〕12号",
        date(2024, 7, 4),
        "3日内",
        "已设置",
    ),
    (
        "濮阳市工业园区标准化厂房项目",
        "濮阳市工业园区投资发展有限公司",
        "濮阳市宏达建设工程有限公司",
        "劳动合同签订率不足60%",
        "濮建整〔2024〕13号",
        date(2024, 7, 5),
        "2024年8月15日",
        "",
    ),
    (
        "濮阳市体育中心改造项目",
        "濮阳市体育局",
        "河南中原建工集团有限公司",
        "未按月发放工资，存在年底一次性结算现象",
        "濮建整〔2024〕14号",
        date(2024, 7, 5),
        "2024年8月31日",
        "已约谈总包单位负责人，正在制定按月发放方案",
    ),
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="建筑市场科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 26, 26, 34, 18, 12, 14, 30])
    b.line(ws, 0, "在建工程项目农民工实名制及工资支付情况督导检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市住房和城乡建设局    检查时间：2024年7月1日至7月5日    整改时限自整改通知书下达之日起计算",
        8,
    )
    for c, word in enumerate(
        ["序号", "项目名称", "建设单位", "施工总承包单位（整改责任单位）", "检查发现问题"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改通知书", b.head)
    b.header(ws, 3, ["编号", "下达日期"], first=5)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改情况", b.head)
    for i, row in enumerate(WAGE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WAGE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查在建项目36个，下达整改通知书8份，涉及问题8条，已整改4条")
    b.line(
        ws,
        end + 2,
        "科室负责人：闫庆丰    填表人：孟凡超    联系电话：0393-4412869    填报日期：2024年7月29日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 稳就业政策落实跟踪审计, after a county 审计局's release of a city's 重大政策措施落实情况跟踪审计 report on 就业创业
# 和稳就业政策 (部分县区人社部门审核把关不严，向不符合规定条件的企业或个人发放社保补贴和岗位补贴、创业担保贴息贷款、
# 灵活就业人员社保补贴; 技工学校为未参加培训人员申领补贴; the problems listed county by county):
# http://zijin.gov.cn/zw/zdlyxxgk/sjjggg/content/post_353360.html
# A CSV in UTF-8 with a byte-order mark: a title line, a 填报单位 line, one header line with the 县（区） and 涉及金额,
# a 合计 line and a 注 line.
JOBS_ROWS = [
    (
        "濮阳县",
        "向2家不符合条件的企业发放社保补贴和岗位补贴",
        "41.36",
        "濮阳县人力资源和社会保障局",
        "2024年6月30日",
        "已追回全部违规发放资金",
    ),
    (
        "清丰县",
        "向3名不符合条件人员提供创业担保贴息贷款",
        "45.00",
        "清丰县人力资源和社会保障局",
        "2024年8月31日",
        "已收回1笔贷款贴息，其余正在追缴",
    ),
    (
        "南乐县",
        "向26名不符合条件的个体工商户发放灵活就业人员社保补贴",
        "18.72",
        "南乐县人力资源和社会保障局",
        "9月底前",
        "",
    ),
    (
        "范县",
        "范县技工学校为4名未参加培训人员申领职业培训补贴",
        "0.96",
        "范县技工学校",
        "2024.7.20",
        "已退回补贴资金，已整改",
    ),
    (
        "华龙区",
        "一次性吸纳就业补贴审核发放超过规定时限",
        "",
        "濮阳市华龙区人力资源和社会保障局",
        "2024年7月31日",
        "正在清理积压的补贴申请",
    ),
    (
        "台前县",
        "公益性岗位安置人员超期享受岗位补贴",
        "7.20",
        "台前县人力资源和社会保障局",
        "2024年8月15日",
        "已停发，超期补贴正在追回",
    ),
    (
        "市本级",
        "就业补助资金结转结余较大，资金使用效益不高",
        "1280.00",
        "市人社局",
        "年底前",
        "未整改",
    ),
]


def write_jobs(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年第二季度稳就业政策落实情况跟踪审计发现问题整改台账", "", "", "", "", "", ""])
    w.writerow(
        [
            "填报单位：濮阳市人力资源和社会保障局（就业促进科）    填报日期：2024年7月29日",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        ["序号", "县（区）", "审计发现问题", "涉及金额（万元）", "整改责任单位", "整改期限", "整改进展"]
    )
    for i, row in enumerate(JOBS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "审计发现问题7个", "1393.24", "", "", ""])
    w.writerow(["注：涉及金额为审计认定金额。", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 民办职业培训机构专项评估检查, after a district 人社局's special check of its 民办职业培训机构 (办学场地、师资配备、
# 教学管理、消防安全; 师资配备不完善、培训场地不达标、制度管理不健全; 要求立即整改，不能即时完成的明确整改期限;
# 逾期未整改与达不到整改要求的终止办学资质):
# http://szb.hynews.net/haby/harb/pc/content/202305/04/content_214073.html
# An .ods (LibreOffice conversion): title, 检查单位/检查时间 line, one header row with each row's 检查日期 (the base
# date of 立行立改), 整改要求 and 整改期限, a 复查结果 column, a 说明 line and a signature line.
TRAINING_ROWS = [
    (
        "濮阳市金蓝领职业培训学校",
        date(2024, 7, 8),
        "师资配备",
        "专职教师不足，实操课教师未取得职业资格证书",
        "限期整改",
        "2024年8月31日",
        "已招聘持证教师2名，仍缺1名",
    ),
    (
        "濮阳市巧手家政职业培训学校",
        date(2024, 7, 8),
        "办学场地",
        "实训场地面积不足，未达到备案标准",
        "限期整改",
        "2024年9月30日",
        "",
    ),
    (
        "濮阳市华夏职业技能培训中心",
        date(2024, 7, 9),
        "教学管理",
        "培训签到表与视频监控记录不一致",
        "立即整改",
        "立行立改",
        "已整改，复查合格",
    ),
    (
        "濮阳市安达电工焊工培训学校",
        date(2024, 7, 9),
        "消防安全",
        "焊接实训室未配置灭火器，疏散通道堆放杂物",
        "立即整改",
        "立行立改",
        "复查合格",
    ),
    (
        "濮阳市新起点电子商务培训学校",
        date(2024, 7, 10),
        "制度管理",
        "未建立学员档案管理制度，培训档案缺失",
        "限期整改",
        "2024年7月25日",
        "逾期未整改",
    ),
    (
        "濮阳市鑫源汽修职业培训学校",
        date(2024, 7, 10),
        "教学管理",
        "实操训练时间低于总课时的60%",
        "限期整改",
        "2024年8月15日",
        "已调整教学计划，正在补足实操课时",
    ),
]


def write_training_book(path: Path) -> Path:
    b = Book(path, author="职业能力建设科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 28, 12, 10, 36, 10, 14, 28])
    b.line(ws, 0, "民办职业培训机构专项评估检查发现问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市人力资源和社会保障局职业能力建设科    检查时间：2024年7月8日至7月10日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "培训机构名称", "检查日期", "检查项目", "存在问题", "整改要求", "整改期限", "复查结果"],
    )
    for i, row in enumerate(TRAINING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TRAINING_ROWS)
    b.line(ws, end + 1, "说明：对逾期未整改或达不到整改要求的培训机构，按规定终止其补贴性培训资格。", 7)
    b.line(
        ws,
        end + 2,
        "检查组长：葛振宇    填表人：温雅    联系电话：0393-8119207    填报日期：2024年7月29日",
        7,
    )
    return b.close()


def write_training(path: Path) -> Path:
    via_soffice(write_training_book, path, "ods", "民办职业培训机构专项评估检查问题整改表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 社区党群服务中心建设督导, after a district 委组织部's 督导检查 of the 标准型党员群众服务中心 of its villages and
# 城市社区 (党务、计生、民政、综治、劳保、城建等便民服务项目入驻服务大厅; 发现服务大厅标示不明显、大厅内缺少办事流程
# 版面、活动阵地没有宣传长廊等问题，已督促各村和社区进行整改):
# http://www.jzzzq.gov.cn/zxywdt/bmkx/201510/20151030160841.html
# An .xlsx: title, 督导单位/督导时间 line, one header row, the 街道 and 社区 cells merged down over their rows, the
# 整改责任单位 (社区居民委员会 or 街道办事处) in a column of its own, a 填报人 line.
COMMUNITY_ROWS = [
    (
        "中原路街道",
        "石化社区",
        "服务大厅标识不明显，群众找不到办事窗口",
        "华龙区中原路街道石化社区居民委员会",
        "2024年7月20日",
        "已更换门头和窗口标识，已整改",
    ),
    (
        "中原路街道",
        "石化社区",
        "大厅内缺少办事流程公示版面",
        "华龙区中原路街道石化社区居民委员会",
        "7月底前",
        "版面正在制作",
    ),
    (
        "中原路街道",
        "五一路社区",
        "活动阵地没有宣传长廊",
        "华龙区中原路街道五一路社区居民委员会",
        "第三季度",
        "",
    ),
    (
        "黄河路街道",
        "金堤社区",
        "民政、劳保事项未入驻服务大厅，仍在二楼办公室分散办理",
        "华龙区黄河路街道办事处",
        "2024年8月20日",
        "未整改",
    ),
    (
        "黄河路街道",
        "金堤社区",
        "服务站工作日中午无人值守",
        "华龙区黄河路街道金堤社区居民委员会",
        "2024年7月15日",
        "已实行错时延时服务，整改完成",
    ),
    (
        "黄河路街道",
        "绿城社区",
        "社区服务用房面积不足300平方米，未达到建设标准",
        "华龙区黄河路街道办事处",
        "年底前",
        "已选定新址，正在协调租赁",
    ),
    (
        "人民路街道",
        "长庆社区",
        "便民服务事项清单未及时更新",
        "华龙区人民路街道长庆社区居民委员会",
        "2024.7.18",
        "已更新并上墙公示",
    ),
]


def write_community(path: Path) -> Path:
    b = Book(path, author="组织科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 14, 14, 40, 34, 16, 30])
    b.line(ws, 0, "城市社区党群服务中心（站）建设督导检查问题清单", 6, b.title)
    b.line(ws, 1, "督导单位：中共濮阳市华龙区委组织部    督导时间：2024年7月11日至7月12日", 6)
    b.header(ws, 2, ["序号", "街道", "社区", "存在问题", "整改责任单位", "整改时限", "整改情况"])
    first = 3
    for i, row in enumerate(COMMUNITY_ROWS, 1):
        r = first + i - 1
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[2:]), first=3)
    # 街道 and 社区 merged down over their rows, as the page's lists group them
    for col, key in ((1, 0), (2, 1)):
        start = 0
        while start < len(COMMUNITY_ROWS):
            end = start
            while (
                end + 1 < len(COMMUNITY_ROWS)
                and COMMUNITY_ROWS[end + 1][: key + 1] == COMMUNITY_ROWS[start][: key + 1]
            ):
                end += 1
            b.merge(ws, first + start, col, first + end, col, COMMUNITY_ROWS[start][key], b.center)
            start = end + 1
    end = first + len(COMMUNITY_ROWS)
    b.line(ws, end + 1, "填报人：邵明辉    联系电话：0393-8867203    填报日期：2024年7月26日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 旅馆业接待未成年人入住“五必须”检查, after a county 公安局's account of its first penalty under the “五必须”
# (必须查验身份并如实登记、询问监护人联系方式、询问同住人员身份关系、加强安全巡查和访客管理、立即报告可疑情况;
# 派出所配合治安管理大队; 吊销特种行业许可证并处罚款; 纳入日常检查和“双随机”抽查):
# http://www.ycpeace.gov.cn/a/pingan/20210806/23025.html
# A .zip of two returns from two 派出所: an .xlsx (填报单位 line; each row's 检查日期 the base of its 整改期限 in days;
# the 旅馆 as 整改责任单位 beside the 处理措施) and a .docx (one table: 旅馆名称, 存在问题, 整改期限, 整改结果).
HOTEL_ROWS = [
    (
        "濮阳市华龙区悦来宾馆",
        date(2024, 7, 3),
        "接待未成年人入住未询问其监护人联系方式",
        "责令改正",
        "3日内",
        "已整改，复查合格",
    ),
    (
        "濮阳市华龙区星辰电竞酒店",
        date(2024, 7, 3),
        "电竞房区域接待2名未成年人入住",
        "罚款5000元，责令改正",
        "2024年7月10日",
        "罚款已缴纳，正在落实整改",
    ),
    (
        "濮阳市华龙区顺心旅馆",
        date(2024, 7, 10),
        "未询问同住人员身份关系并记录备查",
        "责令改正",
        "5日内",
        "",
    ),
    (
        "濮阳市华龙区金港商务酒店",
        date(2024, 7, 12),
        "前台人员不掌握“五必须”要求，未参加相关培训",
        "责令组织培训",
        "2024年7月31日",
        "未整改",
    ),
]
HOTEL_DOC_ROWS = [
    ("濮阳市华龙区鸿运宾馆", "未建立未成年人入住登记台账", "2024年7月12日", "已建立台账，复查合格"),
    (
        "濮阳市华龙区温馨家庭旅馆",
        "未办理特种行业许可证擅自经营，接待未成年人未登记",
        "2024年7月20日",
        "已停业整顿，正在办理特种行业许可证",
    ),
    ("濮阳市华龙区海悦酒店", "发现可疑情况未立即向公安机关报告", "长期坚持", "长期坚持"),
    (
        "濮阳市华龙区君悦宾馆",
        "夜间安全巡查和访客登记记录缺失",
        "2024年7月25日",
        "已落实每晚两次巡查，整改完成",
    ),
]


def write_hotel_book(path: Path) -> Path:
    b = Book(path, author="治安室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 28, 12, 36, 20, 14, 24])
    b.line(ws, 0, "旅馆业接待未成年人入住“五必须”落实情况检查问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市公安局华龙分局胜利路派出所    填报日期：2024年7月29日", 6)
    b.header(
        ws,
        2,
        ["序号", "整改责任单位（旅馆名称）", "检查日期", "发现问题", "处理措施", "整改期限", "整改情况"],
    )
    for i, row in enumerate(HOTEL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOTEL_ROWS)
    b.line(ws, end, "注：整改期限以日计的，自检查之日起计算。", 6)
    b.line(ws, end + 1, "所长：袁建军    填表人：牛晓东    联系电话：0393-8125110", 6)
    return b.close()


def write_hotel_docx(path: Path) -> Path:
    doc = _new_document("开州路派出所")
    _title(doc, "辖区旅馆接待未成年人入住专项检查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市公安局华龙分局开州路派出所    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(HOTEL_DOC_ROWS, 1)]
    _table(doc, ["序号", "旅馆名称", "存在问题", "整改期限", "整改结果"], body)
    _paragraph(doc, "填表人：谷雨晴    联系电话：0393-8125236", 12)
    return _save_fixed(doc, path)


def write_hotels(path: Path) -> Path:
    members = [
        ("旅馆业五必须检查问题整改台账（胜利路派出所）.xlsx", write_hotel_book),
        ("旅馆接待未成年人入住检查整改情况（开州路派出所）.docx", write_hotel_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县养老机构消防安全隐患检查复查台账.xlsx", write_elder),
    ("濮阳县民政局关于困难群众救助补助资金审计反馈问题整改情况的报告.docx", write_relief),
    ("农村低保专项治理群众举报问题线索台账.xlsx", write_clue),
    ("残疾人两项补贴资金专项审计发现问题整改台账.xls", write_disabled),
    ("范县殡葬服务领域突出问题专项治理问题台账.et", write_funeral),
    ("婚姻登记机关规范化建设检查发现问题整改情况.doc", write_marriage),
    ("在建工程项目农民工工资支付督导检查问题整改台账.xlsx", write_wage),
    ("稳就业政策落实跟踪审计发现问题整改台账.csv", write_jobs),
    ("民办职业培训机构专项评估检查问题整改表.ods", write_training),
    ("华龙区社区党群服务中心建设督导问题清单.xlsx", write_community),
    ("旅馆接待未成年人入住五必须检查整改（两个派出所）.zip", write_hotels),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

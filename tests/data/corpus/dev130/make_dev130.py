"""Write the dev130 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 统计督察与统计执法、档案和保密检查、机关作风与效能督查、文明城市测评问题整改.
Forms: .xlsx (three), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97, renamed), .ods (LibreOffice
conversion with fixed zip times), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .doc
(LibreOffice conversion of a .docx with a table) and a .zip of two returns (an .xlsx and a .docx, GBK member names).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside235.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (the name zipfile calls)
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 统计督察反馈意见整改清单, after a provincial 统计局's account of the feedback of its 统计督察 to a city (督察发现
# 问题突出表现在: 一是学习贯彻……仍有差距; 二是贯彻落实省委、省政府工作部署方面不够到位; 三是统计法定职责履行不够
# 扎实有效; 四是统计违纪违法行为及案件处理还有不足; 督察组提出意见建议; 市直有关部门、相关县(市、区)参加反馈会议):
# https://tjj.ln.gov.cn/tjj/tjgz/tjyw/2024042510432437028/index.shtml
# An .xlsx: title, a line with the 反馈 date the 立行立改 rows count from, 填报单位 line, one header row with 问题类别
# merged down over the rows of each of the four categories, 牵头单位 beside 配合单位, 整改时限 as 立行立改 / X月底前 /
# dates / 年底前 / 长期坚持, a 注 line and a signature line.
SUPERVISION_GROUPS = [
    (
        "一、学习贯彻习近平总书记关于统计工作重要讲话和指示批示精神及党中央、国务院决策部署仍有差距",
        [
            (
                "市政府常务会议传达学习统计工作重要讲话精神不及时，2023年仅专题研究统计工作1次",
                "提请市政府常务会议专题学习，每半年至少研究统计工作1次",
                "市统计局",
                "市政府办公室",
                "立行立改",
                "已于5月8日提请市政府常务会议专题学习，已完成",
            ),
            (
                "部分县（区）领导干部对统计造假危害认识不足，统计法进党校培训未落实",
                "将统计法律法规纳入党校主体班次教学计划",
                "中共濮阳市委党校",
                "市统计局",
                "2024年9月底前",
                "已将统计法纳入秋季主体班教学计划，9月开班",
            ),
        ],
    ),
    (
        "二、贯彻落实省委、省政府工作部署方面不够到位",
        [
            (
                "防范和惩治统计造假责任制落实清单未细化到乡镇（街道）",
                "制定乡镇（街道）防惩统计造假责任清单",
                "南乐县人民政府",
                "县统计局",
                "2024年6月底前",
                "已完成，责任清单已印发至12个乡镇",
            ),
            (
                "市直部门统计数据质量责任落实不到位，部门统计报表迟报、漏报问题仍有发生",
                "建立部门统计报表报送情况月通报制度",
                "市发改委",
                "市统计局",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "三、统计法定职责履行不够扎实有效",
        [
            (
                "统计执法监督力量不足，市统计局持执法证人员仅3人",
                "充实统计执法监督人员，组织执法资格考试",
                "市统计局",
                "市委编办",
                "年底前",
                "已报市委编办协调，正在研究",
            ),
            (
                "统计基层基础薄弱，部分乡镇统计站无专职统计人员",
                "每个乡镇配备专职统计人员不少于2名",
                "清丰县人民政府",
                "县统计局",
                "2024年10月底前",
                "未启动",
            ),
            (
                "名录库管理不规范，部分“四上”企业停产后仍在库报送",
                "与市场主体登记信息按月比对，及时清理",
                "市统计局",
                "市市场监管局",
                "长期坚持",
                "按月比对市场主体变更信息，常态化推进",
            ),
        ],
    ),
    (
        "四、统计违纪违法行为及案件处理还有不足",
        [
            (
                "对督察检查移送的统计违纪违法问题线索处理不及时，2起线索超过6个月未反馈处理结果",
                "限期反馈处理结果，对责任人依规依纪处理",
                "华龙区人民政府",
                "区纪委监委",
                "2024年7月15日",
                "已反馈处理结果，2名责任人已给予政务处分，已销号",
            ),
            (
                "统计违法案件查处“以罚代改”，对3家企业只罚款未督促整改",
                "对已处罚企业逐户复查整改情况",
                "市统计局",
                "各县（区）统计局",
                "2024年8月底前",
                "已完成2家企业复查，1家企业正在整改",
            ),
        ],
    ),
]


def write_supervision(path: Path) -> Path:
    b = Book(path, author="市统计局")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 30, 42, 32, 18, 16, 16, 32])
    b.line(ws, 0, "濮阳市落实省统计督察反馈意见整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "省统计局第2统计督察组于2024年4月22日向我市反馈了督察意见，“立行立改”事项自反馈之日起整改。",
        7,
    )
    b.line(ws, 2, "填报单位：濮阳市统计局（市防惩统计造假工作领导小组办公室）    填报日期：2024年7月29日", 7)
    b.header(
        ws, 3, ["序号", "问题类别", "具体问题", "整改措施", "牵头单位", "配合单位", "整改时限", "整改进展"]
    )
    r, n = 4, 0
    for title, rows in SUPERVISION_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, title)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：整改进展截至2024年7月26日，已完成事项经牵头单位确认后对账销号。", 7)
    b.line(ws, r + 1, "审核人：冯建国    填表人：孙晓萌    联系电话：0393-4421876", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 统计局系统督察反馈问题整改情况报告, after a provincial 统计局's report on how it put right the problems a 国家
# 统计督察组 fed back (局党组研究整改方案; 形成主要领导带头抓、分管领导靠前抓、责任处室具体抓的工作机制; 统计造假
# 不收手不收敛问题专项纠治; 制订整改方案，直面督察反馈问题):
# http://tjj.zj.gov.cn/art/2022/8/30/art_1229129297_58954033.html
# A .docx: title, 主送, preamble with the 反馈 date, a short 一、 part on how the work was organised, then 二、 with the
# problems as numbered paragraphs （一）…（七） naming the bureau's own 科室 and the 时限 and progress in sentences, a
# 三、下一步 paragraph, the bureau and date at the foot. Every item belongs to the sending bureau.
STATS_PARAS = [
    (
        "（一）部分专业统计数据审核把关不严，2023年规上工业企业产值与用电量、税收数据比对偏离度较大的14家企业"
        "未及时核实。责任科室：工业统计科。整改措施：逐家开展数据核查，对数据失实企业下达整改通知。整改时限："
        "2024年6月30日。整改情况：已逐一核实，对4家企业下达整改通知，整改完成。"
    ),
    (
        "（二）固定资产投资项目入库审核不规范，部分项目入库佐证材料不全。责任科室：固定资产投资统计科。整改措施："
        "对2023年以来入库项目全面复核，补齐立项、施工许可等佐证材料。整改时限：9月底前。整改情况：已完成入库"
        "项目复核，正在补充佐证材料。"
    ),
    (
        "（三）统计执法检查“双随机”抽查比例未达到省局要求。责任科室：执法监督科。整改措施：扩大抽查范围，"
        "抽查比例不低于5%。整改时限：第三季度。整改情况：尚未开展。"
    ),
    (
        "（四）统计信用管理制度不健全，对统计严重失信企业未按规定公示。责任科室：政策法规科。整改措施：制定"
        "统计信用管理办法，按季度公示严重失信企业名单。整改时限：2024年8月15日前。"
    ),
    (
        "（五）统计资料管理不规范，历次普查资料未按规定移交局档案室。责任科室：办公室。整改措施：清点普查资料，"
        "办理移交手续。整改时限：2024年7月20日。整改情况：已于7月18日完成移交并经局档案室验收。"
    ),
    (
        "（六）基层统计人员业务培训覆盖面不足，部分乡镇统计员未参加年度培训。责任科室：综合科。整改措施：每季度"
        "开展一次乡镇统计人员业务培训。整改时限：长期坚持。整改情况：二季度已培训乡镇统计员86人，长期坚持。"
    ),
    (
        "（七）统计数据发布前审核流程执行不严，个别月度数据未经分管领导审签即报送。责任科室：综合科。整改措施："
        "严格执行数据发布“三审”制度。整改时限：立行立改。整改情况：已立行立改，整改完成。"
    ),
]


def write_stats_report(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市统计局关于落实省统计督察反馈意见整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "省统计局第2统计督察组于2024年4月22日向市委、市政府反馈督察意见后，又于2024年5月10日向我局专项反馈了"
        "统计局系统存在的问题。局党组高度重视，迅速研究整改方案，对反馈问题逐条明确责任科室、整改措施和整改时限，"
        "“立行立改”事项自专项反馈之日起整改。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、强化责任担当，全面推动督察整改工作", font="黑体")
    _paragraph(
        doc,
        "局党组把督察整改作为重大政治责任，召开专题会议动员部署，将整改工作与统计造假不收手不收敛问题专项纠治"
        "统筹推进，形成主要领导带头抓、分管领导靠前抓、责任科室具体抓的工作机制。",
    )
    _paragraph(doc, "二、督察反馈问题整改落实情况", font="黑体")
    for text in STATS_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "对尚未完成的整改任务，我局将实行挂图作战、对账销号，确保按期整改到位。")
    _paragraph(doc, "濮阳市统计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 统计执法检查发现问题整改台账, after a news report of a provincial 统计局 publishing 虚报瞒报统计数字 cases (单位,
# 报表名称和指标, 上报数与核实数, 虚报/瞒报数额; 行政警告、罚款、通报批评、责令改正; 未建立统计台账):
# http://neijiangzixun.com/gnyw/2008-12/09/content_132654.htm
# An .xls (xlwt): title, 填报单位/金额单位 line, a two-row header (数据情况 over 上报数/核实数/差额), the 被检查单位
# (companies and a town) as the units, 处理决定 beside 整改期限 and 整改情况, a 合计 row, a signature line.
LAW_ROWS = [
    (
        "濮阳华茂建材有限公司",
        "《工业产销总值及主要产品产量》（B204-1表）“工业总产值”",
        6820.0,
        4315.0,
        "虚报2023年工业总产值，且未按规定建立统计台账",
        "警告、罚款",
        "2024年6月30日",
        "已更正数据，已建立统计台账，已整改",
    ),
    (
        "清丰县恒达食品有限公司",
        "《从业人员及工资总额》（102-1表）“从业人员劳动报酬”",
        312.0,
        405.0,
        "瞒报从业人员劳动报酬，工资发放记录与报表不一致",
        "责令改正",
        "7月底前",
        "正在整改",
    ),
    (
        "清丰县柳格镇人民政府",
        "《规模以上工业企业产值》代填代报",
        "",
        "",
        "镇经济发展办代企业填报统计数据，指令2家企业按下达数报送产值",
        "通报批评、责令整改",
        "8月15日前",
        "",
    ),
    (
        "濮阳宏泰置业有限公司",
        "《房地产开发经营情况》（X204表）“商品房销售额”",
        9120.0,
        11350.0,
        "瞒报商品房销售额，网签备案数据未纳入统计",
        "警告、罚款",
        "2024年7月10日",
        "复查合格",
    ),
    (
        "清丰县家美家居有限公司",
        "《固定资产投资项目情况》（1-4表）“本年完成投资”",
        5600.0,
        3120.0,
        "虚报固定资产投资项目完成投资额，项目实际已停工4个月",
        "警告",
        "2024年8月31日",
        "未整改",
    ),
    (
        "清丰县鑫源商贸有限公司",
        "《批发和零售业商品购进、销售和库存》（E204-1表）“商品销售额”",
        2150.0,
        1870.0,
        "虚报商品销售额，销售原始记录缺失",
        "责令改正",
        "2024年9月30日",
        "正在补建原始记录",
    ),
    (
        "清丰县阳光大酒店有限公司",
        "《住宿和餐饮业经营情况》（S204-1表）“营业额”",
        480.0,
        480.0,
        "统计人员变动频繁，统计台账登记不规范、无审核签字",
        "责令改正",
        "长期坚持",
        "已指定专人负责统计台账，长期坚持",
    ),
]


def write_law(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "2024年统计执法“双随机”检查发现问题整改台账", t, 0, 10),
        (1, 0, "填报单位：清丰县统计局（盖章）    填报日期：2024年7月26日    金额单位：万元", plain, 1, 10),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "被检查单位", h, 3, 1),
        (2, 2, "报表名称及指标", h, 3, 2),
        (2, 3, "数据情况", h, 2, 5),
        (3, 3, "上报数", h),
        (3, 4, "核实数", h),
        (3, 5, "差额", h),
        (2, 6, "违法情形", h, 3, 6),
        (2, 7, "处理决定", h, 3, 7),
        (2, 8, "整改期限", h, 3, 8),
        (2, 9, "整改情况", h, 3, 9),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, (unit, form, rep, real, what, decision, limit, state) in enumerate(LAW_ROWS, 1):
        r = 3 + i
        diff = round(rep - real, 2) if rep != "" else ""
        values = [i, unit, form, rep, real, diff, what, decision, limit, state, ""]
        for col, v in enumerate(values):
            cells.append(
                (r, col, v, num if col in (3, 4, 5) and v != "" else (ctr if col in (0, 7, 8) else c))
            )
    r = 4 + len(LAW_ROWS)
    reported = round(sum(x[2] for x in LAW_ROWS if x[2] != ""), 2)
    verified = round(sum(x[3] for x in LAW_ROWS if x[3] != ""), 2)
    cells += [
        (r, 0, "合计", ctr, r, 2),
        (r, 3, reported, num),
        (r, 4, verified, num),
        (r, 5, round(reported - verified, 2), num),
        (r, 6, "检查单位7家，立案查处6家", c),
    ]
    for col in range(7, 11):
        cells.append((r, col, "", c))
    cells.append((r + 2, 0, "审核人：王振华    填表人：李娜    联系电话：0393-7221543", plain, r + 2, 10))
    return _write_xls(path, [("执法检查整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 保密工作检查情况表, after a published 保密检查表 (保密工作检查情况表 with 序号 / 检查内容 / 分值 / 实有项目 / 检查情况 /
# 得分, the 检查内容 grouped under numbered parts 九、十 with their 分值, items numbered on across the parts, a 乡镇党委
# 保密工作责任制 scoring rule, and 单位(盖章) / 分管领导(签名) / 时间 at the foot):
# https://www.360docs.net/doc/4913264314.html
# An .xlsx: title, a 被检查单位/检查时间/检查组 line, one header row in the source's words plus 整改要求及时限 and
# 整改落实情况, part rows (一、…) with their 分值, only the rows that lost points, numbered as in the full table
# (2, 9, 13 …), a 总分 row, the 单位(盖章) line. Every item belongs to the one town inspected.
SECRECY_PARTS = [
    (
        "一",
        "保密工作领导责任制落实情况",
        "14分",
        [
            (
                2,
                "领导班子成员全部签订保密工作责任书，将保密法规列入党委中心组学习内容。",
                "2分",
                "1名新任班子成员未签订保密工作责任书",
                1.5,
                "7月20日前补签",
                "已补签，已整改",
            ),
            (
                3,
                "党委保密委员会（保密工作领导小组）年内召开会议研究部署保密工作，组织开展保密检查。",
                "3分",
                "上半年未召开保密工作领导小组会议",
                2,
                "8月底前召开专题会议研究部署保密工作",
                "已于7月22日召开会议，已整改",
            ),
        ],
    ),
    (
        "三",
        "保密宣传教育培训情况",
        "8分",
        [
            (
                9,
                "组织涉密人员参加保密教育培训，每年不少于1次。",
                "2分",
                "2名涉密人员未参加年度保密教育培训",
                1,
                "9月30日前组织补训",
                "已报名县委保密办9月培训班",
            ),
        ],
    ),
    (
        "四",
        "涉密人员管理情况",
        "10分",
        [
            (
                13,
                "涉密人员上岗前经过保密审查，签订保密承诺书。",
                "2分",
                "新调入的1名涉密人员未签订保密承诺书",
                1.5,
                "立即整改",
                "已补签保密承诺书",
            ),
        ],
    ),
    (
        "六",
        "涉密载体管理情况",
        "12分",
        [
            (
                24,
                "涉密载体的制作、收发、传递、使用、保存等环节履行登记手续，账物相符。",
                "3分",
                "涉密文件登记台账与实物不符，2份秘密级文件未登记",
                1,
                "立即整改",
                "",
            ),
            (
                27,
                "销毁涉密载体履行审批登记手续，送保密行政管理部门设立的销毁工作机构销毁。",
                "2分",
                "自行销毁涉密文件，未履行审批登记手续",
                0,
                "7月31日前完成清理并建立销毁登记",
                "未整改",
            ),
        ],
    ),
    (
        "七",
        "信息设备保密管理情况",
        "15分",
        [
            (
                30,
                "非涉密计算机、非涉密移动存储介质不存储、处理国家秘密信息。",
                "4分",
                "党政办1台非涉密计算机存储涉密文件3份",
                0,
                "立即删除并开展全面自查，8月15日前报送自查报告",
                "已删除涉密文件，全面自查正在进行",
            ),
        ],
    ),
    (
        "十五",
        "宣传报道和信息公开保密审查情况",
        "4分",
        [
            (
                48,
                "宣传报道和政府信息公开履行保密审查程序。",
                "2分",
                "镇政府网站发布的2篇工作信息未经保密审查",
                1,
                "长期坚持",
                "建立信息发布“三审”制度，长期坚持",
            ),
        ],
    ),
]


def write_secrecy(path: Path) -> Path:
    b = Book(path, author="县委保密办")
    ws = b.sheet("保密工作检查情况表")
    b.widths(ws, [6, 44, 8, 8, 34, 8, 28, 26])
    b.line(ws, 0, "保密工作检查情况表", 7, b.title)
    b.line(
        ws,
        1,
        "被检查单位：南乐县韩张镇人民政府    检查时间：2024年7月10日    检查组：县委保密办第二检查组",
        7,
    )
    b.header(
        ws, 2, ["序号", "检查内容", "分值", "实有项目", "检查情况", "得分", "整改要求及时限", "整改落实情况"]
    )
    part_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
    r = 3
    for number, name, points, rows in SECRECY_PARTS:
        b.put(ws, r, 0, number, part_fmt)
        b.put(ws, r, 1, name, part_fmt)
        b.put(ws, r, 2, points, part_fmt)
        for c in range(3, 8):
            b.put(ws, r, c, "", part_fmt)
        r += 1
        for n, content, value, found, score, demand, done in rows:
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [content, value, "★", found], first=1)
            b.put(ws, r, 5, score, b.center)
            b.row(ws, r, [demand, done], first=6)
            r += 1
    b.put(ws, r, 0, "", b.cell)
    b.put(ws, r, 1, "实有项目总分值", b.center)
    b.put(ws, r, 2, 100, b.center)
    b.merge(ws, r, 3, r, 4, "总得分", b.center)
    b.put(ws, r, 5, 88, b.center)
    b.merge(ws, r, 6, r, 7, "考评结果：基本符合要求", b.cell)
    b.line(
        ws, r + 2, "单位（盖章）：南乐县韩张镇人民政府    分管领导（签名）：韩立新    时间：2024年7月26日", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 互联网信息发布与电子邮件系统保密专项检查, after a college's notice of such a check (检查学校各职能部门、院系部的
# 门户网站、电子邮箱、办公系统、政务微博、微信公众号; 是否违规刊登、处理、传输涉密信息和敏感信息; 信息公开是否落实
# 保密审查审批制度; 各部门5月10日前完成自查, 党委宣传部、现代教育技术中心联合组织督查小组5月15日前抽查; 自查情况
# 报告、信息发布保密审查表、检查情况统计表报送党委宣传部):
# https://muhn.edu.cn/dangban/info/1025/1261.htm
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble giving the 抽查 date the 立行立改 row counts from, a
# 检查情况统计表 with 部门（单位） and 检查对象 beside the problem, the college's own departments only, a closing
# paragraph, the 党委宣传部 and date at the foot.
COLLEGE_ROWS = [
    (
        "党委宣传部",
        "学校门户网站",
        "新闻栏目转载上级文件未核对原件密级，1份内部文件全文上网",
        "立即撤除，对近三年发布信息逐条清理",
        "立行立改",
        "已撤除并完成清理，已整改",
    ),
    (
        "教务处",
        "部门公共电子邮箱",
        "使用互联网邮箱传输期末考试试卷",
        "改用校内网盘传输，建立试卷传递登记制度",
        "2024年7月10日",
        "已完成",
    ),
    (
        "学生工作处",
        "“濮职学工”微信公众号",
        "公众号发布信息未填写信息发布保密审查表",
        "落实“先审后发”，审查表留存备查",
        "长期坚持",
        "长期坚持",
    ),
    (
        "信息工程学院",
        "二级学院网站",
        "二级网站长期无人维护，留存过期通知及教职工身份证号码等个人信息",
        "清理过期信息，明确网站管理员",
        "7月31日前",
        "正在清理",
    ),
    (
        "现代教育技术中心",
        "协同办公系统",
        "办公系统中已离职人员账号未及时注销",
        "清理离职人员账号，建立账号注销流程",
        "2024年6月30日",
        "",
    ),
    (
        "后勤管理处",
        "后勤服务微博",
        "微博发布的校园基建图片含有配电室、监控点位布局",
        "删除相关图片，发布前由处室负责人审查",
        "6月20日前",
        "已删除，已整改",
    ),
    (
        "科研处",
        "科研管理系统",
        "科研项目申报材料通过公共云盘共享",
        "停止使用公共云盘，改用校内存储",
        "9月30日前",
        "未整改",
    ),
]


def write_college_docx(path: Path) -> Path:
    doc = _new_document("党委宣传部")
    _title(doc, "濮阳职业技术学院互联网信息发布与电子邮件系统保密专项检查情况统计表", 16)
    _paragraph(doc, "学校保密委员会办公室：", 12)
    _paragraph(
        doc,
        "按照市委保密办统一部署，学校在全校范围内开展了互联网信息发布与电子邮件系统保密专项检查。各部门于"
        "2024年6月5日前完成自查，党委宣传部、现代教育技术中心联合督查小组于6月12日对各部门网站、电子邮箱、"
        "办公系统、政务微博、微信公众号进行了抽查，“立行立改”事项自抽查之日起整改。检查及整改情况统计如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COLLEGE_ROWS, 1)]
    _table(
        doc, ["序号", "部门（单位）", "检查对象", "检查发现问题", "整改措施", "整改时限", "整改情况"], body
    )
    _paragraph(doc, "各部门要严格落实“谁主管谁负责、谁使用谁负责”，对尚未整改到位的问题按期整改。", 12)
    _paragraph(doc, "中共濮阳职业技术学院委员会宣传部", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    return via_soffice(write_college_docx, path, "doc", "保密专项检查情况统计表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 依法接收和移交档案执法检查, after a district 档案局's account of its check of 立档单位 (是否建立文件材料归档制度; 是否
# 做到文书档案规范整理; 是否定期及完整移交档案; 是否同步移交电子目录信息和档案数字化副本; 是否存在丢失档案、拒绝
# 移交档案的情况; 对尚未完成进馆任务的单位要求限期整改):
# http://daj.fuzhou.gov.cn/zz/daxw/fddt/201809/t20180912_2602724.htm
# An .et (Excel 97 via LibreOffice, renamed as WPS 表格 names it): title, 填报单位 line, a two-row header with the row's
# 检查日期 (the 立即整改 row counts from it) and 是否完成整改 over 是/否 tick columns, a 备注 column that sometimes says
# more than the tick, 立档单位 under short and former names, a 说明 line and a signature line.
ARCHIVE_ROWS = [
    (
        "市民政局",
        "2024年6月3日",
        "2013年及以前到期应进馆的文书档案未按期移交",
        "完成到期档案整理并移交进馆",
        "6月底前",
        "√",
        "",
        "已移交文书档案412卷",
    ),
    (
        "市交通局",
        "2024年6月5日",
        "移交档案时未同步移交电子目录信息和档案数字化副本",
        "补交电子目录和数字化副本",
        "8月31日前",
        "",
        "√",
        "正在进行数字化加工，已完成60%",
    ),
    (
        "市卫计委",
        "2024年6月7日",
        "文书档案未按《归档文件整理规则》规范整理，件号编制混乱",
        "按规则重新整理编号",
        "9月30日前",
        "",
        "√",
        "",
    ),
    (
        "华龙区中原路街道办事处",
        "2024年6月12日",
        "未建立文件材料归档制度，各科室文件长期自行保存",
        "制定归档制度并集中归档",
        "7月15日前",
        "√",
        "",
        "",
    ),
    (
        "市公积金中心",
        "2024年6月18日",
        "档案借阅未履行审批登记手续，借出档案无归还记录",
        "建立借阅登记制度，清查借出档案",
        "立即整改",
        "",
        "",
        "",
    ),
    (
        "市规划局",
        "2024年6月20日",
        "机构改革前形成的规划许可档案进馆范围不清，迟迟未移交",
        "明确进馆范围，按期移交",
        "年底前",
        "√",
        "",
        "已移交2016年前规划许可档案1205卷",
    ),
    (
        "市残联",
        "2024年6月25日",
        "档案库房温湿度未定期检测记录",
        "每日检测并登记温湿度",
        "长期坚持",
        "",
        "",
        "已配备温湿度计，长期坚持",
    ),
    (
        "濮阳县人民政府办公室",
        "2024年6月27日",
        "机构改革撤并单位的档案未及时清点处置",
        "清点撤并单位档案，按规定处置",
        "2024年9月30日",
        "",
        "√",
        "正在清点，已完成3个单位",
    ),
]


def write_archive_book(path: Path) -> Path:
    b = Book(path, author="档案执法监督科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 22, 14, 40, 26, 12, 6, 6, 28])
    b.line(ws, 0, "2024年依法接收和移交档案执法检查问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市档案馆（档案执法监督科）    填报日期：2024年7月29日", 8)
    for c, word in enumerate(["序号", "立档单位", "检查日期", "检查发现问题", "整改要求", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, row in enumerate(ARCHIVE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        unit, day, found, demand, limit, yes, no, note = row
        b.row(ws, r, [unit, day, found, demand], first=1)
        b.row(ws, r, [limit, yes, no], first=5, fmt=b.center)
        b.put(ws, r, 8, note)
    end = 4 + len(ARCHIVE_ROWS)
    b.line(ws, end, "说明：整改期限为“立即整改”的，自检查之日起整改；完成整改的在“是”栏打“√”。", 8)
    b.line(ws, end + 1, "审核人：杜红梅    填表人：蔡明    联系电话：0393-8912045", 8)
    return b.close()


def write_archive(path: Path) -> Path:
    return via_soffice(write_archive_book, path, "xls", "档案执法检查整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 作风效能投诉案例通报表, after a city's monthly 通报 of selected 作风效能投诉 (按行政效能监察监控工作规则对当月作风
# 效能方面的群众投诉整理汇总, 甄选若干起予以公布(详见列表); 投诉来源12345热线、效能监督系统平台、电子监察监控中心;
# 诉求不畅、监管不力、态度不好、履职不当; 未在规定时限内受(处)理的受到系统“红牌”警告; 回访投诉人):
# http://www.gdmx.gov.cn/zwgk/zwxxwgk/jggk/gzfkgk/content/post_71271.html
# An .xlsx: title, a line with the month's totals, one header row with 投诉时间 and 投诉来源, the 被投诉单位 (short and
# former names, a town, a street), 问题类型, a 限办日期 date column, 调查处理情况 and 回访情况, a signature line.
CONDUCT_ROWS = [
    (
        date(2024, 6, 3),
        "12345热线",
        "到市人社局窗口办理社保关系转移，工作人员态度生硬，未一次性告知所需材料",
        "市人社局",
        "态度不好",
        date(2024, 6, 10),
        "已约谈当事窗口人员，向投诉人道歉并办结",
        "满意",
    ),
    (
        date(2024, 6, 5),
        "12345热线",
        "梨园乡便民服务中心上班时间无人在岗，群众多次前往办事无果",
        "濮阳县梨园乡人民政府",
        "工作机制不健全",
        date(2024, 6, 12),
        "超时未处理，系统亮“红牌”警告",
        "",
    ),
    (
        date(2024, 6, 11),
        "效能监督平台",
        "反映小区周边占道经营长期无人监管，多次反映未解决",
        "市城管执法局",
        "监管不力",
        date(2024, 6, 18),
        "已开展集中整治，正在建立长效管控机制",
        "基本满意",
    ),
    (
        date(2024, 6, 14),
        "12345热线",
        "办理抵押注销登记被要求在银行与登记窗口之间往返开具证明",
        "市不动产登记中心",
        "推诿扯皮",
        date(2024, 6, 21),
        "已取消重复证明要求，已办结",
        "满意",
    ),
    (
        date(2024, 6, 18),
        "电子监察监控中心",
        "群众反映农田灌溉渠堵塞，镇村两级互相推诿不予处理",
        "清丰县马庄桥镇人民政府",
        "推诿扯皮",
        date(2024, 6, 25),
        "",
        "",
    ),
    (
        date(2024, 6, 20),
        "12345热线",
        "公积金提取业务咨询电话长期无人接听",
        "市公积金中心",
        "办事效率低",
        date(2024, 6, 27),
        "已增设咨询专线并安排专人接听，已办结",
        "满意",
    ),
    (
        date(2024, 6, 26),
        "12345热线",
        "社区办理居住证明时要求群众提供与事项无关的材料",
        "华龙区人民路街道办事处",
        "履职不当",
        date(2024, 7, 3),
        "正在调查核实",
        "",
    ),
]


def write_conduct(path: Path) -> Path:
    b = Book(path, author="市作风效能投诉受理中心")
    ws = b.sheet("6月份投诉件")
    b.widths(ws, [6, 12, 16, 44, 22, 14, 12, 32, 10])
    b.line(ws, 0, "濮阳市2024年6月份作风效能投诉件办理情况公布表", 8, b.title)
    b.line(
        ws,
        1,
        "6月份共受理作风效能投诉26件，经甄别存在作风效能问题的11件，甄选7件予以公布，接受社会监督。",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "投诉时间",
            "投诉来源",
            "投诉内容",
            "被投诉单位",
            "问题类型",
            "限办日期",
            "调查处理情况",
            "回访情况",
        ],
    )
    for i, row in enumerate(CONDUCT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CONDUCT_ROWS)
    b.line(ws, end, "市作风效能投诉受理中心    2024年7月5日    联系电话：0393-12345（转效能投诉）", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 机关工作作风投诉登记及办理情况, after a city education office's 机关工作作风投诉处理办法 (局监察室对投诉(电话、
# 来信、来访)填写机关工作作风监督反馈记录单逐一登记; 转责任处室办理, 一般应于7个工作日内处理并答复投诉人, 处理
# 不完或难以解决的也应于10个工作日内做好解释工作; 处理完毕后反馈监察室归档):
# https://law.lawtime.cn/d427021432115.html
# A CSV in UTF-8 with BOM: a title line, a line saying the working-day limits count from the 登记日期, one header line
# with 投诉方式 and 投诉人 beside the 责任科室 (the bureau's own sections), 办理时限 as 7/10个工作日 (June-July 2024,
# across the 端午 holiday), a 反馈监察室日期 column, a 合计 line. Every item belongs to the sending bureau.
COMPLAINT_ROWS = [
    (
        "2024-06-03",
        "电话",
        "刘女士",
        "反映办理学籍转接手续在科室往返3次未办结",
        "基础教育科",
        "7个工作日",
        "已办结，已答复投诉人",
        "2024-06-07",
    ),
    (
        "2024-06-07",
        "来信",
        "匿名",
        "反映民办学校年检材料要求反复变更，学校无所适从",
        "民办教育管理科",
        "10个工作日",
        "年检材料清单正在修订，尚未答复投诉人",
        "",
    ),
    (
        "2024-06-12",
        "来访",
        "张先生",
        "反映学生资助资金发放时间不明确，咨询电话无人接听",
        "学生资助管理中心",
        "7个工作日",
        "",
        "",
    ),
    (
        "2024-06-19",
        "电话",
        "王先生",
        "反映教师资格认定现场确认窗口工作人员态度冷漠",
        "教师工作科",
        "7个工作日",
        "已对当事人批评教育，已办结",
        "2024-06-26",
    ),
    (
        "2024-06-25",
        "来信",
        "李女士",
        "反映校外培训机构退费投诉转办后长期无人处理",
        "校外教育培训监管科",
        "10个工作日",
        "逾期未办",
        "",
    ),
    (
        "2024-07-03",
        "电话",
        "赵先生",
        "反映局网站招生政策解读更新滞后，与招生简章不一致",
        "办公室",
        "7个工作日",
        "已更新招生政策解读并答复投诉人，已办结",
        "2024-07-10",
    ),
    (
        "2024-07-15",
        "来访",
        "孙女士",
        "反映义务教育阶段学校划片范围公布不及时",
        "基础教育科",
        "10个工作日",
        "正在会同县区核实划片范围",
        "",
    ),
    (
        "2024-07-22",
        "电话",
        "周先生",
        "反映对民办幼儿园违规收费的投诉督办结果未告知本人",
        "督导室",
        "7个工作日",
        "已告知投诉人督办结果，已办结",
        "2024-07-30",
    ),
]


def write_complaints(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市教育局机关工作作风投诉登记及办理情况（2024年6月—7月）"])
    w.writerow(
        [
            "办理时限自登记之日起计算：责任科室一般应于7个工作日内处理并答复投诉人，"
            "难以解决的应于10个工作日内做好解释工作。"
        ]
    )
    w.writerow(
        [
            "序号",
            "登记日期",
            "投诉方式",
            "投诉人",
            "投诉内容",
            "责任科室",
            "办理时限",
            "处理情况",
            "反馈监察室日期",
        ]
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本期登记投诉8件", "", "", "已办结4件", ""])
    w.writerow(
        ["填报单位：濮阳市教育局机关纪委（监察室）", "", "", "", "填报日期：2024年7月31日", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 创建全国文明城市模拟测评问题整改台账, after a city 四城联创指挥部's 通报 of its 模拟测评 (随机抽取测评点, 问题按
# 基础设施方面、城市管理和公共服务方面、文明素质方面等归类: 人行道损坏缺失和被占用, 无障碍设施不健全, 消防通道被
# 占用堵塞, 市场环境脏乱、卫生间有异味, 占道经营、乱张贴小广告, 公交车实际运行路线与车内走向图不符、报站名与实际
# 站点名称不一致; 未成年人思想道德建设):
# http://www.jiaozuo.gov.cn/2019/08-18/204691.html
# An .ods (LibreOffice conversion with fixed zip times): title, a line with the 交办 date the 立行立改 row counts from,
# 填报单位 line, one header row with 测评点位 and a 复查结果 closure column beside 整改情况, the items grouped under the
# source's 方面 rows merged across, a 说明 line and a signature line.
CIVIC_GROUPS = [
    (
        "一、基础设施方面",
        [
            (
                "胜利路（中原路—建设路段）",
                "人行道地砖破损、缺失，多处被机动车停放占用",
                "市城管局",
                "7月31日前",
                "正在维修",
                "",
            ),
            (
                "市人民医院门诊楼",
                "无障碍通道被共享单车堵塞，无障碍卫生间未开放",
                "市卫健委",
                "2024年7月15日",
                "已整改",
                "复查合格",
            ),
            (
                "锦华苑小区",
                "小区消防通道被杂物堵塞，2处室外消火栓缺失",
                "华龙区胜利路街道办事处",
                "立行立改",
                "杂物已清理",
                "复查未通过（消火栓仍缺失）",
            ),
        ],
    ),
    (
        "二、城市管理和公共服务方面",
        [
            (
                "京开道农贸市场",
                "市场内垃圾清运不及时，公共卫生间有异味",
                "市市场监管局",
                "6月底前",
                "已整改",
                "复查合格",
            ),
            (
                "黄河路背街小巷",
                "占道经营、乱张贴小广告现象反复出现",
                "华龙区黄河路街道办事处",
                "长期坚持",
                "每日巡查，常态化管控",
                "",
            ),
            (
                "12路公交车",
                "公交车实际运行线路与车内线路图不符，报站名与站点名称不一致",
                "公交公司",
                "8月15日前",
                "",
                "",
            ),
            (
                "市汽车客运总站",
                "候车厅公益广告数量不足，无未成年人思想道德建设公益广告",
                "市交通局",
                "7月20日前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "三、未成年人思想道德建设方面",
        [
            (
                "市实验小学周边",
                "学校周边网吧未在显著位置张贴未成年人禁入标志",
                "市文广旅局",
                "2024年8月31日",
                "已完成排查，正在督促张贴标志",
                "",
            ),
        ],
    ),
]


def write_civic_book(path: Path) -> Path:
    b = Book(path, author="市创建办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 40, 22, 14, 24, 24])
    b.line(ws, 0, "濮阳市创建全国文明城市2024年第二次模拟测评问题整改台账", 6, b.title)
    b.line(ws, 1, "市创建办于2024年7月2日交办问题，“立行立改”事项自交办之日起整改。", 6)
    b.line(ws, 2, "填报单位：濮阳市创建全国文明城市工作指挥部办公室    填报日期：2024年7月30日", 6)
    b.header(ws, 3, ["序号", "测评点位", "存在问题", "责任单位", "整改时限", "整改情况", "复查结果"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in CIVIC_GROUPS:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：复查结果由市创建办组织复查后填写，复查合格的予以销号。", 6)
    b.line(ws, r + 1, "审核人：田卫东    填表人：马琳    联系电话：0393-8181326", 6)
    return b.close()


def write_civic(path: Path) -> Path:
    via_soffice(write_civic_book, path, "ods", "文明城市模拟测评问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 文明创建巡访问题清单整改反馈 (two returns in one zip), after a city's report of its 文明创建巡访团 (观察员到农贸
# 市场、背街小巷、居民小区对照创文测评体系“对标找差”: 创文氛围不够浓, 公益广告不规范, 垃圾杂物乱堆乱放, 车辆摆放
# 无序, 占道经营, 废旧车辆未及时清理; 观察员形成问题清单并要求相关责任单位予以整改):
# http://jsnews.jschina.com.cn/yc/a/202005/t20200511_2548414.shtml
# A .zip with GBK member names holding an .xlsx from 华龙区 (巡访点位 and 点位类别 beside 责任单位, the district's
# streets and its 城市管理局) and a .docx table from 濮阳县 (a 巡访时间 line the 立行立改 row counts from, county
# bureaus and a town under their fullest names).
HUALONG_VISIT_ROWS = [
    (
        "中原路农贸市场",
        "农贸市场",
        "市场内无“诚信经营”公益广告，现有公益广告褪色破损",
        "华龙区中原路街道办事处",
        "7月15日前",
        "已更换张贴公益广告12处，已整改",
    ),
    (
        "昆吾花园小区",
        "居民小区",
        "小区内垃圾杂物乱堆乱放，楼道堆放废旧家具",
        "华龙区昆吾街道办事处",
        "7月底前",
        "正在清理",
    ),
    (
        "任丘路东段背街小巷",
        "背街小巷",
        "电动车、三轮车摆放无序，占用盲道",
        "华龙区任丘路街道办事处",
        "2024年8月10日",
        "",
    ),
    (
        "大庆路菜市场周边",
        "农贸市场",
        "流动摊贩占道经营，早晚高峰堵塞路口",
        "华龙区城市管理局",
        "长期坚持",
        "常态化巡查管控",
    ),
]
COUNTY_VISIT_ROWS = [
    (
        "县城文化路农贸市场",
        "废旧车辆长期占用市场周边停车位未清理",
        "濮阳县城市管理局",
        "清理废旧车辆，施划停车泊位",
        "7月20日前",
        "已清理废旧车辆9辆，整改完成",
    ),
    (
        "开州花园小区",
        "创文氛围不浓，小区内无社会主义核心价值观宣传",
        "濮阳县城关镇人民政府",
        "增设宣传栏和公益广告",
        "2024年8月31日",
        "未启动",
    ),
    (
        "城关镇商业街",
        "临街餐饮商户油烟直排，门前三包责任落实不到位",
        "濮阳县市场监督管理局",
        "督促安装油烟净化设施，签订门前三包责任书",
        "9月底前",
        "已下达整改通知书，正在督促安装油烟净化设施",
    ),
    (
        "县人民医院周边",
        "机动车乱停乱放，非机动车停放区未施划",
        "濮阳县公安局交通管理大队",
        "施划非机动车停放区，加强巡逻管控",
        "立行立改",
        "已施划停放区，已整改",
    ),
]


def write_hualong_visit_book(path: Path) -> Path:
    b = Book(path, author="华龙区文明办")
    ws = b.sheet("巡访问题清单")
    b.widths(ws, [6, 22, 12, 40, 24, 14, 30])
    b.line(ws, 0, "华龙区文明创建巡访问题清单整改反馈表", 6, b.title)
    b.line(ws, 1, "填报单位：华龙区文明办    巡访时间：2024年7月9日    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "巡访点位", "点位类别", "观察员反映问题", "责任单位", "整改时限", "整改结果"])
    for i, row in enumerate(HUALONG_VISIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HUALONG_VISIT_ROWS), "填表人：郑晓燕    联系电话：0393-8335107", 6)
    return b.close()


def write_county_visit_docx(path: Path) -> Path:
    doc = _new_document("县文明办")
    _title(doc, "濮阳县文明创建巡访问题整改情况", 18)
    _paragraph(
        doc,
        "巡访时间：2024年7月9日（“立行立改”事项自巡访之日起整改）    填报单位：濮阳县文明办    "
        "填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COUNTY_VISIT_ROWS, 1)]
    _table(doc, ["序号", "巡访点位", "存在问题", "责任单位", "整改措施", "完成时限", "整改进展"], body)
    _paragraph(doc, "填表人：常丽    联系电话：0393-3212786", 12)
    return _save_fixed(doc, path)


def write_visit_zip(path: Path) -> Path:
    members = [
        ("华龙区文明创建巡访问题清单整改反馈表.xlsx", write_hualong_visit_book),
        ("濮阳县文明创建巡访问题整改情况.docx", write_county_visit_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市落实省统计督察反馈意见整改清单.xlsx", write_supervision),
    ("市统计局关于落实省统计督察反馈意见整改情况的报告.docx", write_stats_report),
    ("2024年统计执法双随机检查发现问题整改台账（清丰县）.xls", write_law),
    ("南乐县韩张镇保密工作检查情况表.xlsx", write_secrecy),
    ("濮阳职业技术学院互联网信息发布与电子邮件系统保密专项检查情况统计表.doc", write_college),
    ("2024年依法接收和移交档案执法检查问题整改情况表.et", write_archive),
    ("2024年6月份作风效能投诉件办理情况公布表.xlsx", write_conduct),
    ("市教育局机关工作作风投诉登记及办理情况（6—7月）.csv", write_complaints),
    ("创建全国文明城市2024年第二次模拟测评问题整改台账.ods", write_civic),
    ("文明创建巡访问题清单整改反馈（华龙区、濮阳县）.zip", write_visit_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

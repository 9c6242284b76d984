"""Write the aside127 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip; one workbook with a sheet per 检查组), .xls (xlwt, merged enterprise
cells and a two-row header), .et (Excel 97 via LibreOffice), .ods (LibreOffice conversion), a CSV in UTF-8 with
a BOM, a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table, and a .zip of
two returns (an .xlsx and a .docx). Campaigns: 食品药品, 档案保密, 统计执法, 信访积案, 退役军人, 民政养老, 森林防火,
防汛, 自建房排查, 政务服务好差评. Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside127.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 29, 9, 30, 0)
ZIP_TIME = (2024, 7, 29, 9, 30, 0)


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
        self.bold = add({"border": 1, "bold": True, "valign": "vcenter"})
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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
# 1. 食品药品安全大检查, after a city 食药监部门's 拉网式检查 before a holiday (零售药店、医疗机构及药材市场; 在卫生、
# 工商、质监配合下, 对餐饮业、小食品经营店、集贸市场、食品超市 从生产、经营、消费等环节集中监督检查; 重点检查新鲜猪肉、
# 豆制品、腌腊制品 … 年夜饭订餐餐馆; 对违法行为依法处理):
# http://news.sina.com.cn/c/2006-01-22/05068047521s.shtml
# An .xlsx: title, 牵头/配合单位 and 检查时间 line (the 整改时限 in days count from each row's 检查日期), one header row
# with the 检查对象 (premises) beside the 整改责任单位 (its operator), two section rows (食品 / 药品), a 备注 naming
# the department that joined the check, a 合计 row and a signature line.
FOOD_SECTIONS = [
    (
        "一、食品经营环节（餐饮业、小食品经营店、集贸市场、食品超市）",
        [
            (
                "胜利路农贸市场",
                "集贸市场",
                "新鲜猪肉",
                date(2024, 7, 15),
                "部分鲜肉摊位未悬挂动物检疫合格证明，肉品进货台账缺失",
                "濮阳市胜利农贸市场管理有限公司",
                "2024年7月25日",
                "已督促摊主补齐进货台账并悬挂检疫合格证明，整改完成",
                "会同市农业农村局检查",
            ),
            (
                "惠民购物广场开州路店",
                "食品超市",
                "豆制品、熟食",
                date(2024, 7, 15),
                "熟食区散装豆制品无标签，未标注生产日期和保质期",
                "濮阳市惠民购物广场有限公司",
                "7日内",
                "正在整改",
                "",
            ),
            (
                "老濮阳腊味坊",
                "小食品经营店",
                "腌腊制品",
                date(2024, 7, 16),
                "销售的腌腊肉制品无进货查验记录，部分产品来源不明",
                "濮阳市华龙区老濮阳腊味坊",
                "立行立改",
                "涉案产品已下架封存，已立案调查",
                "",
            ),
            (
                "金堤河大酒店",
                "餐饮业",
                "宴席、订餐",
                date(2024, 7, 16),
                "后厨生熟砧板混用，冷藏柜内生熟食品混放",
                "濮阳市金堤河大酒店有限公司",
                "2024.7.20",
                "已整改，复查合格",
                "",
            ),
            (
                "顺心冷饮批发部",
                "小食品经营店",
                "冷饮",
                date(2024, 7, 17),
                "冷库温度记录不全，部分雪糕超过保质期仍在销售",
                "清丰县顺心冷饮批发部",
                "3日内",
                "未整改",
                "",
            ),
            (
                "好味道快餐店",
                "餐饮业",
                "网络订餐",
                date(2024, 7, 17),
                "入网经营未公示食品经营许可证，2名从业人员健康证过期",
                "南乐县好味道快餐店",
                "2024年7月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "二、药品零售企业、医疗机构及药材市场",
        [
            (
                "仁和大药房中原路店",
                "零售药店",
                "处方药销售",
                date(2024, 7, 18),
                "执业药师不在岗，销售处方药未凭处方登记",
                "濮阳市仁和大药房连锁有限公司中原路店",
                "2024年7月22日",
                "已配备在岗执业药师，建立处方药销售登记，整改到位",
                "",
            ),
            (
                "柳屯镇卫生院药房",
                "医疗机构",
                "药品储存",
                date(2024, 7, 18),
                "药房阴凉区温湿度超标，近效期药品未单独存放",
                "濮阳县柳屯镇卫生院",
                "2024年8月15日",
                "已购置空调，近效期药品正在清理",
                "会同市卫生健康委员会检查",
            ),
            (
                "康源中药材经营部",
                "药材市场",
                "中药饮片",
                date(2024, 7, 19),
                "销售的中药饮片无合格证明文件，部分饮片疑似染色增重",
                "濮阳市华龙区康源中药材经营部",
                "2024年9月30日",
                "已抽样送检，检验结果未出",
                "",
            ),
        ],
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="食品经营监管科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 12, 12, 12, 34, 30, 14, 30, 18])
    b.line(ws, 0, "2024年夏季食品药品安全大检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市市场监督管理局    配合单位：市卫生健康委员会、市公安局、市农业农村局    "
        "检查时间：2024年7月15日至7月19日    整改时限以天数计的，自检查之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查对象",
            "业态",
            "检查重点",
            "检查日期",
            "发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "备注",
        ],
    )
    r, n = 3, 0
    for heading, rows in FOOD_SECTIONS:
        b.merge(ws, r, 0, r, 9, heading, b.bold)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "共检查食品经营单位、药品零售企业及医疗机构136家，发现问题9个，立案查处1起")
    b.line(
        ws, r + 2, "填表人：牛晓丽    审核人：杜建军    联系电话：0393-8992145    填报日期：2024年7月29日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 档案安全和保密管理检查, after a city 档案局's 档案工作检查 (抽查38家单位; 档案室建设、档案收集整理、档案安全保管、
# 档案制度建设、档案人员配备; 档案工作无交接、找不到档案室钥匙; 档案室受潮、档案发霉; “十防”要求难以达到; 档案人员
# 变动频繁; 整理不规范; 现场提出整改意见和整改期限):
# https://da.xzdw.gov.cn/dayw/fzjs/201809/t20180918_151092.html
# A .docx 通报: title, 主送, preamble, the items as numbered paragraphs each naming its unit first (full, short and
# county names), with 整改期限 and 整改情况 in sentences, a 下一步要求 paragraph, the office and date at the foot.
ARCHIVE_PARAS = [
    (
        "1．市统计局。档案室位于办公楼一层，墙体返潮，部分2019年文书档案出现霉斑。整改期限：2024年8月31日。"
        "整改情况：受潮档案已转移至临时库房除湿，档案室防潮改造正在施工。"
    ),
    (
        "2．市司法局。因人员调整，档案工作未办理交接，档案室钥匙无人保管，档案管理一度停滞。整改期限："
        "2024年7月10日。整改情况：已明确专人负责并办理交接手续，整改完成。"
    ),
    (
        "3．濮阳县城关镇人民政府。档案库房未落实“十防”要求，无温湿度记录，库房灭火器过期。整改期限："
        "2024年7月31日前。整改情况：尚未整改。"
    ),
    (
        "4．市医疗保障局。2023年度文书档案未按期整理归档，归档文件目录不全。整改期限：9月底前。"
        "整改情况：正在组织人员集中整理。"
    ),
    (
        "5．市气象局。涉密文件与普通档案混存于同一档案柜，未配备专用保密柜。整改期限：2024年7月15日。"
        "整改情况：已配备专用保密柜，涉密文件单独存放，整改到位。"
    ),
    "6．市公共资源交易中心。电子档案未进行异地备份，存在数据丢失风险。整改期限：年底前。",
    (
        "7．市文广旅局。兼职档案员变动频繁，新任档案员未参加业务培训，案卷整理不规范。整改期限：长期坚持。"
        "整改情况：已将档案业务培训纳入年度计划，常态化开展。"
    ),
    (
        "8．市公积金中心。借阅档案未履行审批登记手续，部分借出档案逾期未归还。整改期限：2024年8月10日。"
        "整改情况：已追回逾期借出档案12卷，借阅审批制度正在修订。"
    ),
]


def write_archive(path: Path) -> Path:
    doc = _new_document("档案局业务科")
    _title(doc, "濮阳市档案局关于机关档案安全和保密管理检查发现问题及整改情况的通报")
    _paragraph(doc, "市直各单位，各县（区）档案局：")
    _paragraph(
        doc,
        "为贯彻落实《中华人民共和国档案法》和保密工作有关规定，2024年6月，市档案局会同市保密局组成检查组，"
        "采取听取汇报、实地查看、查阅台账的方式，对38家单位的档案室建设、档案收集整理、档案安全保管、"
        "涉密档案管理和档案人员配备情况进行了抽查，对发现的问题现场反馈并提出了整改意见和整改期限。"
        "截至7月25日，各单位整改情况通报如下：",
    )
    _paragraph(doc, "一、存在的问题及整改情况", font="黑体")
    for text in ARCHIVE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作要求", font="黑体")
    _paragraph(
        doc,
        "未完成整改的单位要严格按照整改期限抓好落实，整改完成后及时将整改报告报市档案局业务科。"
        "市档案局将适时组织“回头看”，对整改不力的单位予以通报。",
    )
    _paragraph(doc, "濮阳市档案局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 规上工业企业统计数据质量抽查, after a district 统计局's check (分管副局长、工业股股长及工业股工作人员; 对全区各乡镇
# (街道)、园区规上工业企业进行数据质量抽查, 抽查6家; 对联网直报数据实地核查; 现场指导; 数出有据、统计台账):
# https://www.dp.gov.cn/info/1248/10549.htm
# An .xls (xlwt): title, 填报单位/抽查时间 line (15个工作日 counted from it), a two-row header (整改落实情况 over 进展
# and 完成时间), the 乡镇 and 企业名称 cells merged down over each enterprise's problems, a 注 and a 检查人员 line.
STAT_FIRMS = [
    (
        "中原路街道",
        "濮阳宏业化工有限公司",
        [
            (
                "工业总产值",
                "6月工业总产值与销售发票、出入库单不符，数出无据",
                "依据原始凭证核实并修正上报数据",
                "15个工作日内",
                "已按原始凭证核实，在联网直报平台修正",
                date(2024, 7, 24),
            ),
            (
                "统计台账",
                "未建立工业统计台账，原始记录不完整",
                "建立规范的工业统计台账",
                "2024年8月15日",
                "正在建立",
                None,
            ),
        ],
    ),
    (
        "濮阳工业园区",
        "濮阳市恒力塑料制品有限公司",
        [
            (
                "营业收入",
                "营业收入指标与财务报表口径不一致",
                "按财务报表口径调整填报",
                "15个工作日内",
                "",
                date(2024, 7, 19),
            ),
        ],
    ),
    (
        "岳村镇",
        "濮阳市金丰面粉有限公司",
        [
            (
                "产品产量",
                "面粉产量未按实际入库量填报，存在估报",
                "按入库单据如实填报",
                "2024年7月31日",
                "未整改",
                None,
            ),
            (
                "统计人员",
                "统计人员频繁更换，新任统计员未参加业务培训",
                "参加统计业务培训，保持人员稳定",
                "长期坚持",
                "长期坚持",
                None,
            ),
        ],
    ),
    (
        "孟轲乡",
        "濮阳市瑞祥纺织有限公司",
        [
            (
                "从业人员",
                "从业人员期末人数与社保缴费人数差异较大且无说明",
                "核实差异原因并书面说明",
                "2024年8月10日",
                "",
                None,
            ),
        ],
    ),
    (
        "人民路街道",
        "濮阳市中原电力设备有限公司",
        [
            (
                "统计资料管理",
                "统计报表未经单位负责人审核签署",
                "建立统计资料审核签署制度",
                "15个工作日内",
                "已建立审核签署制度，整改完成",
                date(2024, 7, 22),
            ),
            (
                "能源消费",
                "综合能源消费量与电费票据不符",
                "核实修正能源消费数据",
                "2024年8月20日",
                "正在核实",
                None,
            ),
        ],
    ),
]


def write_stat(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num_format="yyyy-mm-dd")
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "2024年上半年规模以上工业企业统计数据质量抽查问题整改台账", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市华龙区统计局（工业股）    抽查时间：2024年7月10日    整改期限以工作日计的，自抽查之日起计算",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(
        ["序号", "乡镇（街道、园区）", "企业名称", "核查指标", "发现问题", "整改要求", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 7, "整改落实情况", h, 2, 8),
        (3, 7, "进展", h),
        (3, 8, "完成时间", h),
        (2, 9, "备注", h, 3, 9),
    ]
    r, n = 4, 0
    for town, firm, problems in STAT_FIRMS:
        first = r
        for indicator, problem, demand, limit, progress, done in problems:
            n += 1
            cells.append((r, 0, n, ctr))
            cells += [
                (r, 3, indicator, ctr),
                (r, 4, problem, c),
                (r, 5, demand, c),
                (r, 6, limit, ctr),
                (r, 7, progress, c),
                (r, 8, done if done else "", day if done else ctr),
                (r, 9, "", c),
            ]
            r += 1
        if r - first > 1:
            cells += [(first, 1, town, ctr, r - 1, 1), (first, 2, firm, c, r - 1, 2)]
        else:
            cells += [(first, 1, town, ctr), (first, 2, firm, c)]
    cells += [
        (r, 0, "注：本次抽查企业6家，其中濮阳市鑫盛包装材料有限公司未发现问题，未列入本表。", plain, r, last),
        (
            r + 1,
            0,
            "检查人员：郭振华、李晓静、冯涛    填表人：李晓静    填报日期：2024年7月29日",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("整改台账", cells, [6, 12, 26, 12, 34, 24, 14, 26, 12, 8])])


# ---------------------------------------------------------------------------------------------
# 4. 信访积案化解攻坚, after the 国家信访局's account of the 化解积案集中攻坚 (排查上报信访积案, 结案化解率; 积案网上交办、
# 状态网上跟踪、案件网上评查; 每月通报化解进展; 专项督查, 压实事发地或有权处理部门的责任):
# https://feifmx.com/domesticgd/10000159/20161013/23766062.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with the 信访人 and the 包案领导 beside the 责任单位, the
# 网上交办日期 the 化解时限 in days count from, 化解进展 beside 状态 and 评查结果, short and former unit names, a 合计 row.
PETITION_ROWS = [
    (
        "JA2024-001",
        "王某某",
        "反映原濮阳市棉纺厂改制时职工身份置换补偿金未足额发放",
        date(2024, 3, 12),
        "刘建华（副市长）",
        "市人社局",
        "2024年6月30日",
        "已召开公开听证会，补发差额部分，信访人签订息诉罢访协议",
        "已化解",
        "通过",
    ),
    (
        "JA2024-002",
        "李某某等5人",
        "反映华龙区锦华苑小区开发商长期未办理不动产权证",
        date(2024, 3, 20),
        "张庆伟（华龙区区长）",
        "华龙区人民政府",
        "2024年9月30日",
        "已协调开发商补缴土地出让金，正在办理首次登记",
        "化解中",
        "",
    ),
    (
        "JA2024-003",
        "张某某",
        "反映1998年村集体土地征收补偿标准偏低",
        date(2024, 4, 2),
        "赵志刚（市政府秘书长）",
        "市国土局",
        "交办之日起90日内",
        "逾期未化解",
        "未化解",
        "",
    ),
    (
        "JA2024-004",
        "赵某某",
        "反映濮阳县庆祖镇西辛庄村集体土地承包费分配不公",
        date(2024, 4, 15),
        "孙立新（濮阳县委副书记）",
        "濮阳县庆祖镇人民政府",
        "交办之日起60日内",
        "已完成村级财务审计，重新分配方案经村民代表会议通过，信访人息诉",
        "已化解",
        "通过",
    ),
    (
        "JA2024-005",
        "孙某某",
        "反映异地就医住院医疗费用报销申请被拒",
        date(2024, 5, 6),
        "王红梅（副市长）",
        "市医保局",
        "2024年8月31日",
        "正在调取就医材料，与参保地医保部门协调",
        "化解中",
        "",
    ),
    (
        "JA2024-006",
        "周某某",
        "反映小区供热管网漏水致房屋受损赔偿久拖不决",
        date(2024, 5, 20),
        "陈国强（副市长）",
        "市住建局",
        "2024年7月20日",
        "供热企业已同意赔偿，正在评估损失",
        "化解中",
        "",
    ),
    (
        "JA2024-007",
        "吴某某",
        "反映其被诈骗案件立案后久侦未结",
        date(2024, 6, 3),
        "李卫东（副市长、市公安局局长）",
        "市公安局",
        "2024年12月31日",
        "",
        "",
        "",
    ),
    (
        "JA2024-008",
        "郑某某",
        "反映退休后基本养老金待遇核定有误",
        date(2024, 6, 11),
        "刘建华（副市长）",
        "市人社局",
        "交办之日起30日内",
        "已重新核定待遇并补发差额，信访人表示满意",
        "已化解",
        "通过",
    ),
    (
        "JA2024-009",
        "陈某某等12人",
        "反映清丰县城区某住宅项目施工方拖欠农民工工资",
        date(2024, 6, 24),
        "马振华（清丰县县长）",
        "清丰县人民政府",
        "2024年7月31日",
        "已动用工资保证金垫付部分工资，剩余款项正在追讨",
        "化解中",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="信访局督查科")
    ws = b.sheet("积案化解")
    b.widths(ws, [6, 12, 14, 36, 12, 20, 20, 18, 36, 10, 10])
    b.line(ws, 0, "濮阳市信访积案化解攻坚进展情况表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市信访局（积案化解工作专班）    统计截至：2024年7月25日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "积案编号",
            "信访人",
            "信访事项",
            "网上交办日期",
            "包案领导",
            "责任单位",
            "化解时限",
            "化解进展",
            "状态",
            "评查结果",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PETITION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "交办积案9件，已化解3件，化解中4件，未化解1件，未反馈1件")
    b.line(ws, end + 2, "填表人：韩冬梅    联系电话：0393-8991730    填报日期：2024年7月26日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 退役军人服务中心（站）建设“回头看”, after a provincial 退役军人管理服务中心's 回头看 (实地走访、现场查看、翻阅资料、
# 交流座谈; 服务中心(站)“五有”; 氛围营造、退役军人党员管理、作用发挥、就业创业、优待证申领等11大项24小项; 提出
# 改进建议和意见):
# https://www.yaan.gov.cn/gongkai/show/7a2ff2c7fd4bdbd392cb633421b20f97.html
# A CSV in UTF-8 with a BOM: a title line, a line stating the 检查单位 and the 检查时间 (立行立改 means that date), one
# header line with 检查大项/检查小项, the 乡镇/街道 as 整改责任单位 beside the 服务站, a 注 line and a 填表人 line.
VETERAN_ROWS = [
    (
        "华龙区中原路街道退役军人服务站",
        "氛围营造",
        "标识标牌",
        "服务站门牌未按统一标识制作，荣誉墙内容陈旧",
        "华龙区中原路街道办事处",
        "立行立改",
        "已重新制作门牌，更新荣誉墙，整改完成",
    ),
    (
        "濮阳县柳屯镇退役军人服务站",
        "退役军人党员管理",
        "组织关系转接",
        "12名退役军人党员组织关系未及时转接",
        "濮阳县柳屯镇人民政府",
        "2024年8月31日",
        "已转接7名，其余5名正在联系",
    ),
    (
        "清丰县韩村镇退役军人服务站",
        "就业创业",
        "帮扶台账",
        "未建立退役军人就业创业帮扶台账",
        "清丰县韩村镇人民政府",
        "2024年7月31日",
        "未整改",
    ),
    (
        "南乐县城关镇东关社区退役军人服务站",
        "优待证申领",
        "优待证发放",
        "部分已制发的优待证滞留在站，未及时发放到本人",
        "南乐县城关镇人民政府",
        "立行立改",
        "已全部发放到本人",
    ),
    (
        "范县濮城镇退役军人服务站",
        "服务保障",
        "人员配备",
        "服务站无专职工作人员，由民政助理员兼任",
        "范县濮城镇人民政府",
        "2024年9月30日前",
        "",
    ),
    (
        "台前县侯庙镇退役军人服务站",
        "作用发挥",
        "志愿服务",
        "退役军人志愿服务队成立后未开展活动",
        "台前县侯庙镇人民政府",
        "长期坚持",
        "常态化开展志愿服务活动",
    ),
    (
        "市退役军人服务中心",
        "信息采集",
        "数据更新",
        "退役军人信息采集系统数据更新不及时，部分人员信息错误",
        "市退役军人事务局",
        "2024年8月15日",
        "正在逐一核对更新",
    ),
    (
        "华龙区岳村镇退役军人服务站",
        "优抚政策落实",
        "走访慰问",
        "未建立困难退役军人定期走访慰问记录",
        "华龙区岳村镇人民政府",
        "2024年7月20日",
        "已建立走访慰问记录台账，整改到位",
    ),
]


def write_veteran(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年退役军人服务中心（站）建设“回头看”发现问题整改清单"])
    w.writerow(
        [
            "检查单位：市退役军人事务局服务保障科；检查时间：2024年7月9日；整改时限为“立行立改”的，以检查之日为准"
        ]
    )
    w.writerow(
        [
            "序号",
            "服务中心（站）名称",
            "检查大项",
            "检查小项",
            "存在问题",
            "整改责任单位",
            "整改时限",
            "整改落实情况",
        ]
    )
    for i, row in enumerate(VETERAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：本次“回头看”对照11大项24小项逐项检查，共发现问题8个。", "", "", "", "", "", "", ""])
    w.writerow(["填表人：宋建民", "联系电话：0393-6661258", "填报日期：2024年7月26日", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 养老机构联合检查, after a district 民政局 and 住建局's joint check of 6 养老机构 (消防审验情况、食品、环境卫生、疫情
# 防控; 能够对之前检查通报的问题进行整改; 对本次检查中发现的个别问题, 检查组要求立即整改):
# http://m.oy3.com/exhinfo/show-qailuirizq.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with a 问题来源 column (上次通报 /
# 本次检查), 整改时限 partly “立即整改”, 复查结果 beside 整改情况, the 检查人 (inspectors), a 备注 and a 填表人 line.
ELDER_ROWS = [
    (
        "濮阳市社会福利院",
        "本次检查",
        "消防审验",
        "新建护理楼未办理消防验收备案即投入使用",
        "市民政局",
        "2024年9月30日",
        "已委托消防技术服务机构检测，正在申请验收备案",
        "",
        "王立新、张明",
    ),
    (
        "濮阳市颐和老年公寓",
        "上次通报问题",
        "环境卫生",
        "老人居室异味大，被褥更换不及时",
        "濮阳市颐和老年公寓",
        "2024年6月30日",
        "已整改",
        "复查合格",
        "王立新、张明",
    ),
    (
        "华龙区夕阳红养老院",
        "本次检查",
        "食品安全",
        "食堂无食品留样设备，留样记录缺失",
        "濮阳市华龙区夕阳红养老院",
        "立即整改",
        "已购置留样柜并建立留样记录",
        "复查合格",
        "刘芳、赵小军",
    ),
    (
        "濮阳县康宁护理院",
        "本次检查",
        "消防设施",
        "部分房间烟感报警器损坏，疏散通道堆放轮椅等杂物",
        "濮阳县康宁护理院",
        "2024年7月20日",
        "杂物已清理，烟感报警器正在更换",
        "复查未通过",
        "刘芳、赵小军",
    ),
    (
        "清丰县福寿园养老中心",
        "上次通报问题",
        "房屋安全",
        "老旧平房屋顶漏雨，北侧墙体有裂缝",
        "清丰县福寿园养老中心",
        "2024年7月31日",
        "未整改",
        "",
        "孙建设、李华",
    ),
    (
        "南乐县爱心敬老院",
        "本次检查",
        "服务管理",
        "护理员与老人配比不足，夜间仅1人值班",
        "南乐县爱心敬老院",
        "2024年8月31日",
        "",
        "",
        "孙建设、李华",
    ),
    (
        "范县龙王庄镇敬老院",
        "本次检查",
        "用电安全",
        "老人房间使用大功率电器，私拉电线给电动车充电",
        "范县龙王庄镇人民政府",
        "2024年7月15日",
        "已拆除私拉电线，设置集中充电区",
        "复查合格",
        "王立新、张明",
    ),
]


def write_elder_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 22, 12, 10, 34, 24, 14, 30, 12, 14])
    b.line(ws, 0, "养老机构安全联合检查发现问题整改情况表", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市民政局、濮阳市住房和城乡建设局    检查时间：2024年7月11日    填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "养老机构名称",
            "问题来源",
            "检查类别",
            "发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "复查结果",
            "检查人",
        ],
    )
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ELDER_ROWS)
    b.line(ws, end, "备注：对存在重大风险隐患、逾期不整改或整改不到位的养老机构，责令停业整顿。", 9)
    b.line(ws, end + 1, "填表人：郑雪    审核人：高建国    联系电话：0393-8618235", 9)
    return b.close()


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_book, path, "xls", "养老机构安全联合检查发现问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 森林草原防火专项整治明查暗访, after a prefecture 森林防火指挥部's 明查暗访 (州林业局森林资源管理科和州森林公安局工作组;
# 对5个乡镇和一家水电公司; 沿途查火源管控、逐乡查阅资料档案、现场采访村民; 专项整治安排部署、两项制度落实、值班备勤、
# 防火物资储备; 指出野外火源管控、两项制度落实、六有乡镇建设等方面存在的问题):
# http://m.ahjmmc.com/html/xw/jjgz/12379.html
# An .ods (LibreOffice conversion): title, 督查单位/督查时间/填报时间 line, one header row with the 被督查单位 answering
# for its rows (乡镇 and a 林场), 督查内容 in the campaign's terms, a 销号情况 column, a 说明 and a signature line.
FOREST_ROWS = [
    (
        "台前县夹河乡人民政府",
        "野外火源管控",
        "黄河滩区林地入口未设防火检查卡点，进入林区人员未登记",
        "在林区主要路口设置防火检查卡点",
        "2024年4月20日",
        "已设置检查卡点3处，整改完成",
        "已销号",
    ),
    (
        "范县陆集乡人民政府",
        "两项制度落实",
        "野外用火审批和火情报告制度未上墙，村级护林员不熟悉制度内容",
        "完善制度并对护林员开展培训",
        "2024年5月31日",
        "已完成",
        "已销号",
    ),
    (
        "濮阳县渠村乡人民政府",
        "值班备勤",
        "防火期值班表人员与实际在岗人员不符，夜间值班电话无人接听",
        "落实24小时值班和领导带班制度",
        "长期坚持",
        "常态化落实",
        "",
    ),
    (
        "濮阳县郎中乡人民政府",
        "防火物资储备",
        "扑火物资储备库2台风力灭火机无法启动，二号工具数量不足",
        "维修风力灭火机，补充二号工具",
        "2024年6月30日",
        "风力灭火机已维修，二号工具采购正在办理",
        "未销号",
    ),
    (
        "台前县吴坝镇人民政府",
        "六有乡镇建设",
        "乡镇半专业扑火队队员未配齐，无训练演练记录",
        "补齐扑火队员，开展训练演练",
        "2024年9月30日前",
        "未整改",
        "未销号",
    ),
    (
        "濮阳县国有林场",
        "可燃物清理",
        "林下可燃物清理不彻底，防火隔离带杂草丛生",
        "清理林下可燃物，修整防火隔离带",
        "10月底前",
        "",
        "",
    ),
    (
        "范县张庄乡人民政府",
        "宣传教育",
        "防火宣传氛围不浓，进村路口无防火宣传标语",
        "增设防火宣传标语和警示牌",
        "2024年4月30日",
        "已增设宣传标语20条、警示牌6块",
        "已销号",
    ),
]


def write_forest_book(path: Path) -> Path:
    b = Book(path, author="森林防火办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 14, 36, 30, 16, 30, 10])
    b.line(ws, 0, "2024年春季森林防火专项整治明查暗访发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：濮阳市森林防火指挥部办公室、市自然资源和规划局森林资源管理科    督查时间：2024年4月8日至4月12日"
        "    填报时间：2024年7月24日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "被督查单位", "督查内容", "发现问题", "整改措施", "整改时限", "整改完成情况", "销号情况"],
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOREST_ROWS)
    b.line(ws, end + 1, "说明：整改完成并经县级森林防火办复核的，在“销号情况”栏填写“已销号”。", 7)
    b.line(ws, end + 2, "负责人：秦永刚    填表人：许娜    联系电话：0393-4423817", 7)
    return b.close()


def write_forest(path: Path) -> Path:
    via_soffice(write_forest_book, path, "ods", "森林防火明查暗访问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 汛前防汛检查, after a city 防办's 防汛抗旱准备工作大检查 (派出5个检查组, 深入各县市区及市直水利工程管理单位; 大中型
# 水库、重点水利工程、涉河建设项目必须检查到位, 万方以上大堰塘、涉水工程施工便道拆除等重点部位; 各检查组组长为大中型
# 水库防汛安全监督责任人; 列出问题清单, 登记造册, 提出整改意见, 跟踪督办销号; 下发整改通知, 限期整改):
# https://sxbbs.cn/t/149523/1/1.html
# An .xlsx with one sheet per 检查组: on each, a title naming the group, a 组长/检查范围/检查时间 line, one header row
# with the 责任单位 and its 责任人 (a person), 整改意见, 是否销号 (是/否) beside 整改进展, a 注 line; a former name
# (市水务局) and a short one (市住建局).
FLOOD_GROUPS = [
    (
        "第一检查组",
        "组长：韩立军    检查范围：濮阳县、市直水利工程管理单位    检查时间：2024年5月13日至5月15日",
        [
            (
                "渠村引黄闸",
                "闸门启闭机钢丝绳锈蚀，备用电源不能正常启动",
                "濮阳县水利局",
                "李振国",
                "更换钢丝绳，检修备用发电机组",
                "2024年5月31日",
                "已更换钢丝绳，发电机组检修完毕",
                "是",
            ),
            (
                "第三濮清南干渠",
                "渠道淤积严重，局部行洪断面不足",
                "市水务局",
                "陈红",
                "汛前完成清淤",
                "6月15日前",
                "已清淤3.2公里，剩余1.5公里正在施工",
                "否",
            ),
            (
                "濮阳县城区胜利路下穿通道",
                "下穿通道排水泵站泵组老化，排涝能力不足",
                "濮阳县住房和城乡建设局",
                "王辉",
                "更换泵组，配备移动排涝泵车",
                "2024年6月30日",
                "",
                "",
            ),
        ],
    ),
    (
        "第二检查组",
        "组长：周建民    检查范围：范县、台前县    检查时间：2024年5月14日至5月16日",
        [
            (
                "范县彭楼险工",
                "防汛抢险料物储备不足，块石储备仅达定额的60%",
                "范县黄河河务局",
                "赵军",
                "补足块石等抢险料物",
                "2024年6月20日",
                "已补足",
                "是",
            ),
            (
                "台前县孙口镇万方以上大堰塘",
                "坑塘护坡坍塌，周边无警示标志",
                "台前县孙口镇人民政府",
                "刘洋",
                "修复护坡，设置警示标志",
                "2024年6月10日",
                "未整改",
                "否",
            ),
            (
                "金堤河大桥涉河建设项目",
                "施工便道汛前未拆除，阻碍行洪",
                "濮阳市交通建设投资有限公司",
                "孙伟",
                "汛前拆除施工便道",
                "2024年5月31日",
                "已拆除施工便道并清理河道",
                "是",
            ),
        ],
    ),
    (
        "第三检查组",
        "组长：杨光    检查范围：清丰县、南乐县、华龙区    检查时间：2024年5月15日至5月17日",
        [
            (
                "南乐县马颊河元村段堤防",
                "堤身獾洞隐患3处未处理",
                "南乐县水利局",
                "周强",
                "开挖回填獾洞",
                "2024年6月5日",
                "已处理2处，剩余1处正在开挖回填",
                "否",
            ),
            (
                "清丰县城区",
                "防汛应急预案未按规定修订，群众转移避险路线不明确",
                "清丰县应急管理局",
                "吴刚",
                "修订应急预案，明确转移路线",
                "2024年6月30日",
                "已修订印发",
                "是",
            ),
            (
                "华龙区老城区易涝点",
                "城区积水点无监测设施，降雨时无专人值守",
                "市住建局",
                "郑宇",
                "安装积水监测设备，落实值守人员",
                "7月底前",
                "监测设备正在招标采购",
                "否",
            ),
        ],
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="市防办")
    words = [
        "序号",
        "检查对象",
        "问题描述",
        "责任单位",
        "责任人",
        "整改意见",
        "整改时限",
        "整改进展",
        "是否销号",
    ]
    for name, info, rows in FLOOD_GROUPS:
        ws = b.sheet(name)
        b.widths(ws, [6, 24, 34, 24, 10, 26, 14, 30, 10])
        b.line(ws, 0, f"2024年汛前防汛检查发现问题清单（{name}）", 8, b.title)
        b.line(ws, 1, info, 8)
        b.header(ws, 2, words)
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
        end = 3 + len(rows)
        b.line(ws, end + 1, "注：整改完成并经检查组复核的，“是否销号”栏填“是”。", 8)
        b.line(ws, end + 2, "填报人：市防汛抗旱指挥部办公室 林静    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 自建房安全隐患排查整治, after a 街道's account of its 自建房安全隐患排查整治 (城建办及各村社工作人员; 对既有自建房地址、
# 所有权人、使用人、建设时间、房屋主体结构、消防安全等情况“地毯式”摸排; 疑似危房安全鉴定; 按照“一户一策”逐一制定整治
# 方案, 明确整治措施和整治时限; 困难户危房修缮方案; 发现一处、上报鉴定一处、闭环整治一处):
# http://news.zgyww.cn/system/2022/07/21/010232371.shtml
# A .zip of two returns: a 街道's .xlsx (填报单位 line; rows give 社区, 地址, 所有权人 and 鉴定等级, no 责任单位 column;
# 包保干部 named) and a 镇's .docx table naming each house's user (经营者) as 整治责任单位.
HOUSE_ROWS = [
    (
        "建业社区",
        "中原路168号",
        "张某某",
        "2003年",
        "砖混3层",
        "餐饮",
        "擅自加层至4层，墙体出现竖向裂缝",
        "C级",
        "拆除加层部分并进行结构加固",
        "2024年10月31日",
        "已完成安全鉴定，加固方案正在审查",
        "王建伟",
    ),
    (
        "绿城社区",
        "绿城路56号",
        "李某某",
        "1998年",
        "砖木2层",
        "旅馆",
        "屋面木梁腐朽，存在局部坍塌风险",
        "D级",
        "停止经营，解危处置",
        "2024年8月31日",
        "已停止经营，人员全部撤离，正在制定拆除方案",
        "刘志强",
    ),
    (
        "中原社区",
        "中原路211号",
        "王某某",
        "2008年",
        "框架4层",
        "超市",
        "一层擅自拆除承重墙扩大营业面积",
        "C级",
        "恢复承重墙或进行结构加固",
        "2024年9月30日",
        "未整改",
        "陈丽",
    ),
    (
        "建业社区",
        "建业路32号",
        "赵某某",
        "2012年",
        "砖混3层",
        "出租",
        "三层违规隔断群租，疏散通道不畅",
        "B级",
        "拆除违规隔断，疏通疏散通道",
        "2024年7月15日",
        "已拆除隔断，疏散通道已疏通，复核通过",
        "王建伟",
    ),
    (
        "绿城社区",
        "绿城路88号",
        "孙某某",
        "2000年",
        "砖混2层",
        "培训机构",
        "外墙瓷砖空鼓，局部脱落",
        "B级",
        "清除空鼓瓷砖，设置防护",
        "2024年7月20日",
        "",
        "刘志强",
    ),
    (
        "中原社区",
        "文化路15号",
        "周某某",
        "1995年",
        "砖木2层",
        "小作坊",
        "困难户自建房墙体开裂、地基不均匀沉降",
        "D级",
        "纳入困难户危房治理，实施修缮",
        "2024年10月31日前",
        "修缮方案已制定，正在筹措资金",
        "陈丽",
    ),
]
TOWN_HOUSE_ROWS = [
    (
        "城关镇东街村",
        "宾馆",
        "濮阳县悦来宾馆",
        "四层自建房未经安全鉴定改作宾馆，无第二安全出口",
        "开展安全鉴定，增设第二安全出口",
        "2024年8月15日",
        "已完成安全鉴定（B级），第二安全出口正在施工",
    ),
    (
        "城关镇南关村",
        "饭店",
        "濮阳县老南关饭店",
        "二层楼面超载堆放货物，楼板出现裂缝",
        "清理堆放货物，加固楼板",
        "2024年7月10日",
        "已清理货物，楼板加固完成，复核合格",
    ),
    (
        "城关镇西街村",
        "托管",
        "濮阳县城关镇小太阳托管中心",
        "托管场所设在自建房三层，楼梯无扶手",
        "搬迁至一层或加装楼梯扶手",
        "2024年7月31日",
        "未整改",
    ),
    (
        "城关镇北关村",
        "棋牌室",
        "濮阳县城关镇聚友棋牌室",
        "外挂钢楼梯锈蚀严重",
        "更换外挂楼梯",
        "2024年8月31日",
        "",
    ),
    (
        "城关镇东街村",
        "超市",
        "濮阳县万家福超市",
        "屋顶违规搭建彩钢板房用作仓库",
        "拆除屋顶彩钢板房",
        "2024年7月25日",
        "已拆除",
    ),
]


def write_house_book(path: Path) -> Path:
    b = Book(path, author="城建办")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 12, 16, 10, 10, 12, 10, 32, 10, 26, 16, 30, 10])
    b.line(ws, 0, "经营性自建房安全隐患排查整治台账", 12, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区中原路街道办事处（城建办）    填报日期：2024年7月26日", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "所在社区",
            "房屋地址",
            "所有权人",
            "建设时间",
            "结构及层数",
            "用途",
            "排查发现隐患",
            "鉴定等级",
            "整治措施",
            "整治时限",
            "整治进展",
            "包保干部",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.line(ws, end + 1, "说明：本台账仅列存在安全隐患的经营性自建房，已排查无隐患的房屋不再列入。", 12)
    b.line(ws, end + 2, "负责人：孟庆华    填表人：王建伟    联系电话：0393-4418836", 12)
    return b.close()


def write_town_house_docx(path: Path) -> Path:
    doc = _new_document("城关镇村镇建设办")
    _title(doc, "城关镇经营性自建房安全隐患整治情况表", 18)
    _paragraph(doc, "填报单位：濮阳县城关镇人民政府（盖章）    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_HOUSE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "房屋位置",
            "经营用途",
            "整治责任单位（使用人）",
            "存在隐患",
            "整治措施",
            "整治时限",
            "整治情况",
        ],
        body,
    )
    _paragraph(
        doc, "填表说明：按照“谁使用谁负责”的原则，经营性自建房由使用人负责整治，镇村建办督促落实。", 12
    )
    _paragraph(doc, "填表人：冯志伟    联系电话：0393-3221586", 12)
    return _save_fixed(doc, path)


def write_house(path: Path) -> Path:
    members = [
        ("中原路街道经营性自建房安全隐患排查整治台账.xlsx", write_house_book),
        ("城关镇经营性自建房安全隐患整治情况表.docx", write_town_house_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 政务服务“好差评”差评整改, after a county 政务服务中心's account of its 好差评 work (评价等级分为“非常满意”“满意”
# “基本满意”“不满意”, 其中“不满意”为差评; 差评回访机制, 对差评问题开展调查处理, 安排专人予以回应、立行立改; 评价器
# “一事一评”“一次一评”, 意见箱、投诉热线等线上线下全渠道):
# http://www.8229333.com/hq/2023/1229/479851.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, a line stating that 5个工作日 and 立行立改 count from the
# 交办日期, one table with 差评编号, 评价渠道, 评价等级, 被评价窗口, the 责任单位 in short names, 整改时限 and 整改
# 反馈及回访情况, a 注 line on the 评价等级 and a 填表人 line.
REVIEW_ROWS = [
    (
        "CP2406001",
        "评价器",
        "不满意",
        "不动产登记窗口",
        "办理二手房过户需多次补交材料，一次性告知不到位",
        "2024-06-03",
        "市不动产登记中心",
        "编印二手房过户一次性告知清单",
        "5个工作日内",
        "已编印一次性告知清单，回访群众表示满意",
    ),
    (
        "CP2406002",
        "网上评价",
        "不满意",
        "公积金提取窗口",
        "网上申请提取公积金审核超时，咨询无人回复",
        "2024-06-12",
        "市公积金中心",
        "优化网上审核流程，明确专人答复",
        "5个工作日内",
        "网上审核流程正在优化",
    ),
    (
        "CP2406003",
        "意见箱",
        "不满意",
        "社保窗口",
        "窗口工作人员服务态度生硬，中午提前离岗",
        "2024-06-17",
        "市人社局",
        "对当事人批评教育，落实午间轮岗",
        "立行立改",
        "已对当事人批评教育，落实午间轮岗，回访满意",
    ),
    (
        "CP2406004",
        "投诉热线",
        "不满意",
        "税务窗口",
        "办理个体工商户税务注销排队时间过长",
        "2024-06-24",
        "市税务局",
        "高峰时段增设潮汐窗口",
        "2024年7月15日",
        "未整改",
    ),
    (
        "CP2407001",
        "评价器",
        "不满意",
        "出入境窗口",
        "自助拍照设备故障多日未维修",
        "2024-07-01",
        "市公安局",
        "维修自助拍照设备",
        "5个工作日内",
        "设备已维修，恢复使用",
    ),
    (
        "CP2407002",
        "网上评价",
        "不满意",
        "市场主体登记窗口",
        "企业名称变更网上申请被退回，未说明退回理由",
        "2024-07-08",
        "市市场监管局",
        "规范网上退件说明",
        "5个工作日内",
        "",
    ),
    (
        "CP2407003",
        "评价器",
        "不满意",
        "医保窗口",
        "异地就医备案只能现场办理，不能网上办理",
        "2024-07-15",
        "市医保局",
        "开通网上备案渠道",
        "2024年9月30日",
        "已与省医保平台对接，正在测试",
    ),
    (
        "CP2407004",
        "意见箱",
        "不满意",
        "综合受理窗口",
        "大厅等候区座椅不足，没有饮水设施",
        "2024-07-22",
        "市政务服务中心",
        "增设座椅和饮水机",
        "立行立改",
        "已增设座椅20个、饮水机2台",
    ),
]


def write_review_docx(path: Path) -> Path:
    doc = _new_document("窗口管理科")
    _title(doc, "2024年6—7月政务服务“好差评”差评件核实整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市行政服务中心（窗口管理科）    填报日期：2024年7月29日", 12)
    _paragraph(doc, "差评件整改时限为“5个工作日内”或“立行立改”的，自交办日期起计算。", 12)
    body = [[str(i), *row] for i, row in enumerate(REVIEW_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "差评编号",
            "评价渠道",
            "评价等级",
            "被评价窗口",
            "差评内容",
            "交办日期",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改反馈及回访情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：评价等级分为“非常满意”“满意”“基本满意”“不满意”，其中“不满意”为差评。", 12)
    _paragraph(doc, "填表人：黄丽娜    审核人：袁志强    联系电话：0393-8880672", 12)
    return _save_fixed(doc, path)


def write_review(path: Path) -> Path:
    return via_soffice(write_review_docx, path, "doc", "政务服务好差评差评件核实整改情况表.docx")


FILES = [
    ("2024年夏季食品药品安全大检查发现问题整改台账.xlsx", write_food),
    ("关于机关档案安全和保密管理检查发现问题及整改情况的通报.docx", write_archive),
    ("规模以上工业企业统计数据质量抽查问题整改台账.xls", write_stat),
    ("信访积案化解攻坚进展情况表.xlsx", write_petition),
    ("退役军人服务站建设回头看问题整改清单.csv", write_veteran),
    ("养老机构安全联合检查发现问题整改情况表.et", write_elder),
    ("春季森林防火专项整治明查暗访问题整改台账.ods", write_forest),
    ("2024年汛前防汛检查发现问题整改台账.xlsx", write_flood),
    ("自建房安全隐患排查整治台账（街道和镇）.zip", write_house),
    ("政务服务好差评差评件核实整改情况表.wps", write_review),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

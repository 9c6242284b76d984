"""Write the aside240 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 水利工程与防汛、农村饮水安全、高标准农田建设、粮食购销领域问题整改 (县长信箱饮水来信, 高标准农田审计整改,
最严格水资源管理考核整改, 农村饮水安全调查评估, 储备粮“一符四无”粮仓鉴定, 政策性粮食库存检查, 高标准农田督查督导,
水利建设项目稽察, 妨碍河道行洪排查整治, 夏季储粮安全普查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside240.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # zipfile's own (private) name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 县长信箱农村饮水类来信办理情况, after a county government's 县长信箱 letter page (信件标题, 来信人, 来信日期,
# 信件编号, 信件内容; 办理情况: 办理进度 with 处理单位, 处理时间, 处理状态 “处理完”, 答复内容 — a village's 自来水浑浊
# letter answered by the town, the answer telling that the new water source 工程正处于设计中 although the letter is
# 处理完):
# http://www.kjzdw.com/Government/Letter/LetterView.aspx?LetterId=8146
# A CSV in GBK as the mailbox's export writes it: a title line, a 分类/导出范围/导出时间 line, one header line with the
# page's field names in their order, no deadline column at all (处理时间 is when the letter was handled).
LETTER_ROWS = [
    (
        "王庄村自来水浑浊发黄问题",
        "村民",
        "2024-06-03",
        "202406030915224711",
        "元村镇王庄村自来水经常浑浊发黄，早上放水十几分钟才变清，烧水壶底有很多水垢，希望尽快解决。",
        "南乐县元村镇人民政府",
        "2024-06-14",
        "处理完",
        "经核实，王庄村由元村镇供水站供水，因末端管道老化积存铁锈导致出水发黄。镇政府已组织冲洗主管道，"
        "更换老化管道320米，经县疾控中心取样检测，水质符合标准。",
    ),
    (
        "后屯村每天只供水两小时",
        "群众",
        "2024-06-07",
        "202406071622308825",
        "千口镇后屯村每天只在早上供水两小时，夏天用水高峰根本不够用，老人挑水困难。",
        "南乐县千口镇人民政府",
        "2024-06-20",
        "处理完",
        "后屯村现由村内老旧机井分时供水。镇政府已协调县水利局将后屯村纳入城乡供水管网延伸工程，"
        "目前工程正处于设计中。在此期间，村委会已调整为早晚各供水两小时。",
    ),
    (
        "东街村地下水管漏水无人修",
        "村民",
        "2024-06-18",
        "202406181043117032",
        "张果屯镇东街村十字路口地下供水管破裂漏水半个多月，路面积水，向村里反映多次没人来修。",
        "南乐县张果屯镇人民政府",
        "2024-06-21",
        "处理完",
        "镇政府接件后当日安排供水站维修人员到场，已于6月20日完成破损管道更换，恢复正常供水。",
    ),
    (
        "西关村水费收费标准不统一",
        "李先生",
        "2024-06-25",
        "202406250832456610",
        "城关镇西关村有的户按表收费，有的户按人头收费，水价比邻村高，收费依据不公开。",
        "南乐县城关镇人民政府",
        "2024-07-05",
        "处理中",
        "已责成西关村委会对用水户水表安装情况逐户登记，镇政府正会同县发展和改革委员会核定水价，"
        "核定后统一按表计量收费并张榜公示。",
    ),
    (
        "谷金楼乡自来水消毒药味重",
        "村民",
        "2024-07-02",
        "202407021955013376",
        "最近一个月谷金楼乡水厂来的水有很重的消毒药味，小孩不愿意喝。",
        "南乐县卫生健康委员会",
        "2024-07-12",
        "处理完",
        "县卫健委组织县疾控中心对谷金楼乡水厂出厂水和末梢水取样检测，余氯等指标均在标准范围内。"
        "已督促水厂调整消毒剂投加量，并向村民做好解释。",
    ),
    (
        "韩张镇安置小区未通自来水",
        "群众",
        "2024-07-08",
        "202407081120579941",
        "韩张镇镇区新建安置小区入住半年，至今未接通城乡供水管网，住户只能用小区自打井水。",
        "南乐县水利局",
        "2024-07-22",
        "处理中",
        "经核实，该小区已列入2024年城乡供水管网延伸计划，县水利局已完成入户管网设计，正在办理施工招标手续。",
    ),
    (
        "近德固乡集镇水压低楼上用不上水",
        "村民",
        "2024-07-15",
        "202407150710284457",
        "近德固乡集镇二楼以上住户白天水压低，基本用不上水，只能晚上接水。",
        "南乐县城乡供水有限公司",
        "",
        "处理中",
        "",
    ),
    (
        "前寺庄村供水站无人管理",
        "村民",
        "2024-07-26",
        "202407262108336190",
        "寺庄乡前寺庄村供水站管水员去年辞职后一直没人管理，机井房门锁坏了，设备生锈。",
        "南乐县寺庄乡人民政府",
        "",
        "未处理",
        "",
    ),
]


def write_letters(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县人民政府县长信箱来信办理情况"])
    w.writerow(["信件分类：农村饮水    导出范围：2024-06-01至2024-07-30    导出时间：2024-07-31 09:15"])
    w.writerow(
        [
            "序号",
            "信件标题",
            "来信人",
            "来信日期",
            "信件编号",
            "信件内容",
            "处理单位",
            "处理时间",
            "处理状态",
            "答复内容",
        ]
    )
    for i, row in enumerate(LETTER_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 高标准农田建设项目审计发现问题整改情况报告, after an article on the problems 高标准农田建设项目审计 finds (一、存在问题
# （一）项目建设前期工作不扎实: 设计深度不够、边施工边设计、设计变更多; 沟渠清淤施工图原始断面高程标注不准确; 机耕路、
# U型槽、渠道等设计工程量与现场不一致 （二）项目建设管理工作不到位: 现场签证计量资料不齐全、隐蔽工程影像资料不齐全 …):
# https://m.wenke99.com/p-14997273.html
# A .docx: title, 主送, preamble with the 反馈 date the 立行立改 item counts from, the items as numbered paragraphs under
# four （一）…（四） 方面 headings (problem, 整改措施 naming the bureau's own 股室, 整改时限, 整改进展 in sentences), a
# closing paragraph, the bureau and date at the foot. All items belong to the sending bureau.
AUDIT_SECTIONS = [
    (
        "（一）项目前期工作不扎实方面",
        [
            "1. 部分项目设计深度不够，边施工边设计，实施中设计变更较多，造成工程造价偏高。整改措施：农田建设股"
            "牵头修订设计变更管理办法，对2023年度3个项目的设计变更逐项复核。整改时限：2024年9月30日。"
            "整改进展：已完成3个项目设计变更复核，管理办法正在征求意见。",
            "2. 沟渠清淤施工图原始断面高程标注不准确，清淤工程量确定依据不足。整改措施：组织设计单位补测原始"
            "断面，重新核定工程量。整改时限：2024年7月20日。整改进展：已补测并重新核定工程量，核减工程款4.6万元，"
            "已整改到位。",
        ],
    ),
    (
        "（二）项目建设管理不到位方面",
        [
            "3. 部分项目现场签证计量资料不齐全，隐蔽工程影像资料缺失。整改措施：项目办督促施工、监理单位补齐"
            "资料，建立隐蔽工程影像资料归档制度。整改时限：立行立改。整改进展：归档制度已印发，资料补齐工作正在进行。",
            "4. 机耕路、U型槽、渠道等设计工程量与现场实际不一致，个别标段未按设计文件施工。整改措施：项目办会同"
            "监理单位逐段复核，对不一致部分按实结算。整改时限：2024年8月31日前。整改进展：尚未启动。",
        ],
    ),
    (
        "（三）资金管理使用方面",
        [
            "5. 已完工项目结余资金28.3万元未及时上缴县财政。整改措施：计划财务股清理结余资金并按规定上缴。"
            "整改时限：2024年7月10日。整改进展：已于7月8日全额上缴，整改完成。",
            "6. 部分项目工程款未按合同约定进度拨付，质保金到期未退还。整改措施：计划财务股逐项清理合同支付情况，"
            "按约定办理支付。整改时限：2024年10月底前。",
        ],
    ),
    (
        "（四）建后管护方面",
        [
            "7. 已建成项目管护主体不明确，部分机井、泵房损毁后无人维修。整改措施：农田建设股指导乡镇落实管护"
            "主体，签订管护协议，建立管护台账。整改时限：2024年12月底前。整改进展：已与8个乡镇签订管护协议，"
            "其余乡镇正在推进。",
            "8. 高标准农田上图入库信息与实地不符，个别地块重复上图。整改措施：农田建设股对照实地逐项目核对，更正"
            "上图入库信息。整改时限：长期坚持。整改进展：已建立年度核查制度，长期坚持。",
        ],
    ),
]


def write_farmland_audit(path: Path) -> Path:
    doc = _new_document("农田建设股")
    _title(doc, "濮阳县农业农村局关于2021—2023年度高标准农田建设项目审计发现问题整改情况的报告")
    _paragraph(doc, "濮阳县人民政府：")
    _paragraph(
        doc,
        "2024年6月14日，县审计局对我局2021—2023年度高标准农田建设项目审计结果进行了反馈，指出项目前期工作、"
        "建设管理、资金管理和建后管护等4个方面8个问题。我局对照问题逐条制定整改措施，明确责任股室和整改时限，"
        "“立行立改”事项自反馈之日起整改。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、审计发现问题整改情况", font="黑体")
    for heading, paras in AUDIT_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将对尚未完成整改的问题实行台账管理、挂图作战，整改完成一项、销号一项，确保审计发现问题全部整改到位。",
    )
    _paragraph(doc, "濮阳县农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 最严格水资源管理制度省级考核反馈问题整改方案, after a city 政府办公室's 整改方案 (反馈我市5方面11个问题; 二、整改措施
# （一）“三条红线”目标落实方面 1. 重点河湖生态流量达标率不达标 … 整改措施：①…② … / 整改时限：立行立改，长期坚持 /
# 责任单位：市水务局 / 实施单位：环县、庆城县 …; 农村供水保障、水土保持目标责任落实方面):
# https://www.zgqingyang.gov.cn/gk/zfxxgk/zfgb35zwgkb/content_27414
# A .doc (Word 97 via LibreOffice): title, a 进展 subtitle, preamble with the 印发 date the 立行立改 item counts from,
# 一、总体要求, then under 二、整改措施 five （一）…（五） 方面 headings, each problem a numbered paragraph followed by
# 整改措施 / 整改时限 / 责任单位 / 实施单位 / 整改进展 lines (the 实施单位 are counties, the 责任单位 a city unit under
# short or former names: 市水务局, 市水务公司, 市环保局, 市卫计委), the office and date at the foot.
WATER_RESOURCE_SECTIONS = [
    (
        "（一）“三条红线”目标落实方面",
        [
            (
                "1. 重点河流生态流量达标率不达标，马颊河南乐断面不满足目标值天数3天。",
                "①建立完善河湖生态流量保障机制，加强对马颊河、金堤河生态流量保障落实情况监管。"
                "②做好重点河流考核断面流量监测，确保生态流量达标下泄。",
                "长期坚持",
                "市水务局",
                "南乐县、清丰县、华龙区",
                "已印发生态流量保障实施方案，按日监测断面流量，长期坚持。",
            ),
            (
                "2. 金堤河贾垓断面水质未达到年度考核目标。",
                "①开展金堤河沿线入河排污口排查整治。②加强汛期污染强度管控。",
                "2024年第三季度末",
                "市环保局",
                "濮阳县、范县、台前县",
                "已完成沿河排污口排查，正在实施分类整治。",
            ),
        ],
    ),
    (
        "（二）水资源管理方面",
        [
            (
                "3. 部分取水户未安装在线计量设施，规模以上取水户在线计量率低于考核要求。",
                "①督促未安装取水户限期安装在线计量设施。②对拒不安装的依法查处。",
                "2024年9月底前",
                "市水利局",
                "各县（区）人民政府",
                "已完成42户在线计量设施安装，完成率78%。",
            ),
            (
                "4. 部分取水许可证到期未办理延续，取水许可电子证照转换未完成。",
                "①逐户清理到期取水许可证。②完成电子证照转换。",
                "立行立改",
                "市水利局",
                "各县（区）水利局",
                "已全部完成延续换证和电子证照转换，整改完成。",
            ),
        ],
    ),
    (
        "（三）节约用水管理方面",
        [
            (
                "5. 城市公共供水管网漏损率12.6%，高于考核要求。",
                "①实施老旧供水管网更新改造。②推进供水管网分区计量管理。",
                "2024—2025年",
                "市水务公司",
                "华龙区、濮阳经济技术开发区",
                "已完成老旧管网改造计划编制，首批12公里管网改造已开工。",
            ),
            (
                "6. 公共机构节水型单位建成率低于考核要求。",
                "①对未达标公共机构开展节水诊断。②推广节水器具，完成节水型单位创建。",
                "2024年11月30日",
                "市机关事务管理局",
                "各县（区）机关事务服务中心",
                "未启动。",
            ),
        ],
    ),
    (
        "（四）农村供水保障方面",
        [
            (
                "7. 部分千人以上农村集中供水工程未按要求开展水质巡检，水质检测覆盖不全。",
                "①对千人以上工程水质巡检全覆盖。②建立水质检测结果通报制度。",
                "2024年8月底前",
                "市卫计委",
                "各县（区）疾病预防控制中心",
                "已完成全部千人以上工程水质巡检，整改完成。",
            ),
            (
                "8. 部分小型农村供水工程未落实管护人员和维修养护经费，规范化管理水平低。",
                "①落实小型工程管护人员。②建立县级农村供水维修养护基金。",
                "2024年12月底前",
                "市水利局",
                "各县（区）人民政府",
                "已有3个县建立维修养护基金，其余县正在推进。",
            ),
        ],
    ),
    (
        "（五）水土保持目标责任落实方面",
        [
            (
                "9. 生产建设项目水土保持方案审批后监管不到位，部分项目未开展水土保持监测。",
                "①开展在建项目水土保持监督检查。②督促项目单位落实监测责任。",
                "2024年10月31日",
                "市水利局",
                "各县（区）水利局",
                "已完成在建项目监督检查21个，下达整改意见书6份。",
            ),
        ],
    ),
]


def write_water_resource_docx(path: Path) -> Path:
    doc = _new_document("水资源科")
    _title(doc, "濮阳市2023年度实行最严格水资源管理制度省级考核反馈问题整改方案")
    _paragraph(doc, "（整改进展情况，截至2024年7月25日）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "2024年6月，河南省实行最严格水资源管理制度考核工作组反馈我市5方面9个问题。为靠实整改责任，明确任务分工，"
        "全面抓好反馈问题整改工作，结合我市实际，制定本方案。本方案自2024年7月8日印发之日起执行，"
        "“立行立改”事项自印发之日起整改到位。",
    )
    _paragraph(doc, "一、总体要求", font="黑体")
    _paragraph(
        doc,
        "全面贯彻“节水优先、空间均衡、系统治理、两手发力”的治水思路，深入落实最严格水资源管理制度和水资源刚性"
        "约束制度，全力整改“三条红线”目标落实、水资源管理、节约用水管理、农村供水保障、水土保持目标责任落实方面"
        "存在的问题。",
    )
    _paragraph(doc, "二、整改措施", font="黑体")
    for heading, problems in WATER_RESOURCE_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, measures, limit, unit, doers, progress in problems:
            _paragraph(doc, problem)
            _paragraph(doc, f"整改措施：{measures}")
            _paragraph(doc, f"整改时限：{limit}")
            _paragraph(doc, f"责任单位：{unit}")
            _paragraph(doc, f"实施单位：{doers}")
            _paragraph(doc, f"整改进展：{progress}")
    _paragraph(doc, "三、保障措施", font="黑体")
    _paragraph(
        doc,
        "各责任单位要建立整改台账，每月25日前将整改进展报市水利局汇总，整改完成后及时申请销号。",
    )
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月8日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_water_resource(path: Path) -> Path:
    return via_soffice(write_water_resource_docx, path, "doc", "最严格水资源管理考核整改方案.docx")


# ---------------------------------------------------------------------------------------------
# 4. 农村饮水安全调查评估, after a county government's 关于做好农村饮水安全调查评估工作的通知 (调查评估农村饮水安全
# “四项指标”: 水量、水质、方便程度、供水保证率; 调查评估工程管理情况: 管理主体、水价、水费收缴、维修养护; 每村随机走访
# 2-3户; 对存在的问题研究出下一步解决措施; 调查评估工作6月5日前完成):
# https://aouocn.com/html/..wsxzwxxgkgfxwj201806t20180629_724633.html
# An .xlsx: title, 填报单位/调查评估时间/填报日期 line, a two-row header (四项指标是否达标 over 水量/水质/方便程度/供水保证率
# with √ and ×; 是否完成整改 over 是/否 ticked with √), a 备注 column that sometimes tells a step taken, a 说明 line
# and a signature line.
DRINKING_ROWS = [
    (
        "马庄桥镇",
        "后范村",
        ("√", "×", "√", "√"),
        "村级供水站未配备消毒设备，末梢水菌落总数超标",
        "配备二氧化氯消毒设备，加密水质检测",
        "马庄桥镇人民政府",
        "2024年6月底前",
        "√",
        "",
        "",
    ),
    (
        "瓦屋头镇",
        "张庄村",
        ("×", "√", "√", "√"),
        "夏季用水高峰供水不足，管网末端农户时常断水",
        "新打备用机井1眼，更换主管道",
        "瓦屋头镇人民政府",
        "2024年8月底前",
        "",
        "√",
        "备用机井已打成，正在安装水泵",
    ),
    (
        "仙庄镇",
        "西仙庄村",
        ("√", "√", "×", "√"),
        "12户老人居住的偏远院落未通自来水，需到邻户取水",
        "延伸入户管网",
        "仙庄镇人民政府",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "柳格镇",
        "南柳格村",
        ("√", "√", "√", "×"),
        "供水站专用电力线路老化，频繁停电导致停水",
        "改造供水站专用供电线路",
        "濮阳供电公司",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "韩村镇",
        "前韩村",
        ("√", "√", "√", "√"),
        "水费收缴率不足40%，管水员报酬长期拖欠，维修养护无经费",
        "推行按方计量收费，建立维修养护基金",
        "韩村镇人民政府",
        "年底前",
        "",
        "",
        "",
    ),
    (
        "六塔乡",
        "六塔村",
        ("√", "×", "√", "√"),
        "水源井氟化物检测值超标",
        "接入县城乡供水一体化管网，封停原水源井",
        "清丰县城乡供水有限公司",
        "2024年10月31日",
        "",
        "√",
        "管网接入工程已开工",
    ),
    (
        "阳邵乡",
        "北阳邵村",
        ("√", "√", "√", "×"),
        "村内供水管网漏损严重，夜间需关阀停水",
        "更换老化管网2.3公里",
        "阳邵乡人民政府",
        "2024年7月20日",
        "√",
        "",
        "经县水利局复查合格",
    ),
    (
        "古城乡",
        "古城村",
        ("√", "√", "×", "×"),
        "入户管道冬季冻裂，部分农户长期未修复",
        "维修冻裂入户管道，加装保温层",
        "古城乡人民政府",
        "2024年11月15日前",
        "",
        "√",
        "已维修12户，剩余5户正在维修",
    ),
]


def write_drinking(path: Path) -> Path:
    b = Book(path, author="清丰县水利局")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 10, 10, 7, 7, 9, 10, 36, 28, 18, 14, 6, 6, 24])
    last = 13
    b.line(ws, 0, "清丰县2024年农村饮水安全调查评估发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县水利局（盖章）    调查评估时间：2024年5月24日至6月5日    填报日期：2024年7月29日",
        last,
    )
    for c, word in enumerate(["序号", "乡镇", "行政村"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 6, "四项指标是否达标", b.head)
    b.header(ws, 3, ["水量", "水质", "方便程度", "供水保证率"], first=3)
    for c, word in zip(range(7, 11), ["存在问题", "整改措施", "责任单位", "整改时限"], strict=True):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 11, 2, 12, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=11)
    b.merge(ws, 2, 13, 3, 13, "备注", b.head)
    for i, (town, village, marks, problem, measure, unit, limit, yes, no, note) in enumerate(
        DRINKING_ROWS, 1
    ):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [town, village], first=1, fmt=b.center)
        b.row(ws, r, list(marks), first=3, fmt=b.center)
        b.row(ws, r, [problem, measure, unit, limit], first=7)
        b.row(ws, r, [yes, no], first=11, fmt=b.center)
        b.put(ws, r, 13, note)
    end = 4 + len(DRINKING_ROWS)
    b.line(
        ws,
        end,
        "说明：“四项指标”栏“√”为达标、“×”为不达标；“是否完成整改”栏在相应格内打“√”。",
        last,
    )
    b.line(ws, end + 1, "填表人：孟庆华    审核人：刘卫东    联系电话：0393-7221365", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 储备粮油仓储管理存在的问题及整改意见, after a province 粮食局's “一符四无”粮仓鉴定 of the 库点 storing its reserve
# (检查组集中听取汇报、深入实地、核对帐实、查看粮情; 按评分细则对照打分; 对查出的问题现场开出《省级储备粮油仓储管理
# 存在的问题及整改意见》，限期整改; 12个储存单位达标，1个单位由于轮换工作滞后、熏蒸作业违规操作未予达标):
# http://xining.baogaosu.com/xinwen/%E7%B2%AE%E4%BB%93%E9%89%B4%E5%AE%9A%E5%B7%A5%E4%BD%9C%E5%B9%B4%E4%B8%80%E7%AC%A6%E5%9B%9B%E6%97%A0%E7%B2%AE%E4%BB%93/42157711/
# An .xls (xlwt): title, 填报单位/鉴定时间 line, a 说明 line giving the 送达 date the 15日内/30日内 limits count from,
# one header row, the 承储单位/库点/评定结果 cells merged down over a company's problems, 注 and signature lines.
GRAIN_STORE_GROUPS = [
    (
        "濮阳市储备粮管理有限公司",
        "华龙区胜利路库区",
        "达标（96分）",
        [
            (
                "3号仓粮情测控系统部分测温电缆失效，粮温记录不完整",
                "更换失效电缆，补全粮温记录",
                "15日内",
                "已更换测温电缆12根，粮温记录已补全，整改完成",
            ),
            (
                "储粮安全操作规程未上墙，熏蒸作业人员未持证上岗",
                "规程上墙公示，组织熏蒸作业人员培训取证",
                "30日内",
                "规程已上墙，作业人员已参加培训，待取证",
            ),
        ],
    ),
    (
        "清丰县粮食储备库有限公司",
        "城关库区",
        "未达标（72分）",
        [
            (
                "地方储备粮轮换工作滞后，2023年度轮换计划完成率仅为65%",
                "制定轮换补救计划，按期完成轮换",
                "2024年9月底前",
                "已完成轮出3000吨，轮入正在组织",
            ),
            (
                "熏蒸作业违规操作，未设置警戒区和警示标志",
                "立即停止违规作业，规范熏蒸操作",
                "立行立改",
                "已整改，经复查合格",
            ),
        ],
    ),
    (
        "南乐县粮食购销有限责任公司",
        "张果屯库区",
        "达标（91分）",
        [
            (
                "账、卡、簿填写不规范，保管账与统计账个别货位数量不一致",
                "规范账卡簿填写，核对账账、账实",
                "15日内",
                "未整改",
            ),
        ],
    ),
    (
        "范县粮食储备库有限公司",
        "颜村铺库区",
        "达标（93分）",
        [
            ("库区消防器材过期未更换，消防池水位不足", "更换过期消防器材，补足消防用水", "15日内", ""),
            (
                "仓房屋面局部渗漏，雨季存在进水隐患",
                "维修仓房屋面防水层",
                "2024年8月15日前",
                "已委托维修单位，正在施工",
            ),
        ],
    ),
    (
        "台前县粮油购销有限公司",
        "城关库区",
        "达标（90分）",
        [
            (
                "储粮害虫检测记录缺失，未按规定频次检测",
                "建立害虫检测台账，按规定频次检测",
                "30日内",
                "已建立检测台账并按周检测，已整改",
            ),
        ],
    ),
]


def write_grain_store(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市级储备粮油仓储管理存在的问题及整改意见落实情况", t, 0, 7),
        (
            1,
            0,
            "填报单位：濮阳市发展和改革委员会（市粮食和物资储备局）    鉴定时间：2024年6月24日至28日",
            plain,
            1,
            7,
        ),
        (
            2,
            0,
            "说明：整改意见书于2024年6月28日现场送达各承储单位，整改期限自送达之日起计算。",
            plain,
            2,
            7,
        ),
    ]
    words = ["序号", "承储单位", "库点", "评定结果", "存在的问题", "整改意见", "整改期限", "整改落实情况"]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    r, n = 4, 0
    for company, depot, verdict, problems in GRAIN_STORE_GROUPS:
        span = len(problems)
        for col, v in ((1, company), (2, depot), (3, verdict)):
            if span > 1:
                cells.append((r, col, v, ctr, r + span - 1, col))
            else:
                cells.append((r, col, v, ctr))
        for problem, advice, limit, done in problems:
            n += 1
            cells.append((r, 0, n, ctr))
            cells += [(r, 4, problem, c), (r, 5, advice, c), (r, 6, limit, ctr), (r, 7, done, c)]
            r += 1
    cells += [
        (r, 0, "注：评定结果分“达标”“未达标”，90分以上为达标；“立行立改”事项自送达之日起整改。", plain, r, 7),
        (r + 1, 0, "填表人：郭子健    审核人：宋志刚    联系电话：0393-4411827", plain, r + 1, 7),
    ]
    return _write_xls(path, [("整改意见落实情况", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 政策性粮食库存检查发现问题整改台账, after a district's account of its 政策性粮食库存数量和质量大清查推进会议 (以
# 统计结报时点为检查时点; 清查范围: 中央储备粮、最低收购价粮、国家临时存储粮、地方储备粮 …; 分准备、自查、普查、
# 抽查、汇总整改五个阶段; “谁检查、谁签字、谁负责”; 对大清查发现的问题，要建立台账，限期整改):
# http://dcgdxww.com/xinwenjujiao/18297.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/检查时点/问题交办
# 日期 line, one header row with 检查阶段, 承储企业, 粮食性质 and 检查人 (the signer) beside an explicit 整改责任单位,
# 涉及数量 in tonnes, deadlines as dates, 8月底前, 立行立改, 15个工作日内 and 3个月内 from the 交办 date, a 合计 row.
STOCK_ROWS = [
    (
        "普查",
        "濮阳县粮食储备库有限公司",
        "地方储备粮",
        "数量",
        "2号仓小麦实际库存与保管账差异超出允许范围",
        126.5,
        "张立新、王磊",
        "濮阳县粮食储备库有限公司",
        "2024年6月30日",
        "已查明原因并调整账务，已整改到位",
    ),
    (
        "自查",
        "范县粮食储备库有限公司",
        "最低收购价粮",
        "质量",
        "部分货位小麦水分偏高，品质宜存率下降",
        850,
        "刘晓东",
        "范县粮食储备库有限公司",
        "8月底前",
        "已通风降水，正在申请轮换",
    ),
    (
        "普查",
        "南乐县粮食购销有限责任公司",
        "地方储备粮",
        "账务",
        "地方储备粮与商品粮未分仓储存、分账管理",
        300,
        "李红霞、赵军",
        "南乐县粮食购销有限责任公司",
        "立行立改",
        "已分仓分账，已销号",
    ),
    (
        "抽查",
        "濮阳市储备粮管理有限公司",
        "地方储备粮",
        "轮换",
        "市级储备粮2023年度轮换计划下达滞后，部分货位超期储存",
        2000,
        "孙伟",
        "市发改委",
        "15个工作日内",
        "已下达2024年度轮换计划，正在组织轮换",
    ),
    (
        "抽查",
        "清丰县粮食储备库有限公司",
        "地方储备粮",
        "补贴",
        "地方储备粮保管费补贴未按季度足额拨付",
        "",
        "孙伟",
        "市财政局",
        "2024年7月31日",
        "",
    ),
    (
        "普查",
        "台前县粮油购销有限公司",
        "地方储备粮",
        "库贷挂钩",
        "粮食库存与农发行收购贷款不对应，存在挤占挪用收购资金问题",
        420,
        "王海燕",
        "台前县粮油购销有限公司",
        "3个月内",
        "未整改",
    ),
    (
        "自查",
        "濮阳市储备粮管理有限公司",
        "地方储备粮",
        "储存安全",
        "4号仓局部粮温异常升高未及时处置",
        500,
        "刘晓东",
        "濮阳市储备粮管理有限公司",
        "2024年5月20日",
        "已倒仓处置，粮温恢复正常，已整改",
    ),
]


def write_stock_book(path: Path) -> Path:
    b = Book(path, author="粮食科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 8, 24, 12, 10, 40, 12, 12, 24, 14, 30])
    tonnes = b.book.add_format({"border": 1, "num_format": "0.0", "valign": "vcenter"})
    last = 10
    b.line(ws, 0, "2024年政策性粮食库存检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市发展和改革委员会    检查时点：2024年3月31日24时    问题交办日期：2024年5月10日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查阶段",
            "承储企业",
            "粮食性质",
            "问题类型",
            "问题描述",
            "涉及数量（吨）",
            "检查人",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(STOCK_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for col, v in enumerate(row, 1):
            b.put(ws, r, col, v, tonnes if col == 6 and v != "" else None)
    end = 3 + len(STOCK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, f"共{len(STOCK_ROWS)}个问题", b.cell)
    for col in range(3, 6):
        b.put(ws, end, col, "", b.cell)
    b.put(ws, end, 6, round(sum(r[5] for r in STOCK_ROWS if r[5] != ""), 1), tonnes)
    for col in range(7, 11):
        b.put(ws, end, col, "", b.cell)
    b.line(
        ws,
        end + 1,
        "注：检查人为检查组签字人员，按照“谁检查、谁签字、谁负责”要求对检查结果负责；整改时限自交办之日起计算。",
        last,
    )
    b.line(ws, end + 2, "填表人：韩雪    审核人：梁国栋    联系电话：0393-8991472", last)
    return b.close()


def write_stock(path: Path) -> Path:
    return via_soffice(write_stock_book, path, "xls", "政策性粮食库存检查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 高标准农田建设项目督查督导发现问题清单, after a city's account of a 督查督导 of its 高标准农田建设项目 (重点对项目的
# 工程质量、施工管理、资金拨付和进度安排进行督查; 了解项目区群众需求和意见建议; 按照“田、土、水、路、林、电、技、管”
# 综合配套要求完善建设内容):
# http://zgnmg.org.cn/bencandy.php?fid=100&id=266325
# An .xlsx: title, 督查单位/督查时间/进展填报截至 line, a two-row header (问题分类 over 督查内容/建设内容, 整改要求 over
# 责任单位/完成时限), the 县（区） and 项目名称 cells merged down over a project's rows, 备注 and signature lines.
FARMLAND_GROUPS = [
    (
        "范县",
        "范县2023年度高标准农田建设项目（陈庄镇片区）",
        [
            (
                "工程质量",
                "水",
                "部分U型渠衬砌板接缝开裂，渠底不平整，过水不畅",
                "范县农业农村局",
                "2024年8月31日",
                "已督促施工单位返工，正在整改",
            ),
            (
                "工程质量",
                "路",
                "田间道路路面宽度不足设计3.5米，局部路基沉陷",
                "河南豫濮水利建设工程有限公司",
                "9月底前",
                "未整改",
            ),
        ],
    ),
    (
        "台前县",
        "台前县2023年度高标准农田建设项目（打渔陈镇片区）",
        [
            (
                "进度安排",
                "—",
                "项目进度滞后，截至督查时完成投资仅占计划的38%",
                "台前县农业农村局",
                "2024年10月15日",
                "已增加施工班组，完成投资提升至55%",
            ),
            ("资金拨付", "—", "县级配套资金未按计划足额到位", "台前县财政局", "2024年7月31日", "已拨付到位"),
        ],
    ),
    (
        "清丰县",
        "清丰县2022年度高标准农田建设项目（马庄桥镇片区）",
        [
            (
                "建后管护",
                "电",
                "项目区机井通电线路被盗，12眼机井无法灌溉",
                "濮阳供电公司",
                "7月20日前",
                "已恢复通电，经复查合格",
            ),
            (
                "群众意见",
                "管",
                "群众反映机井管护人员不固定，灌溉时找不到人开井",
                "马庄桥镇人民政府",
                "长期坚持",
                "已明确村级管护员，建立管护台账，长期坚持",
            ),
        ],
    ),
    (
        "濮阳县",
        "濮阳县2024年度高标准农田建设项目（梨园乡片区）",
        [
            (
                "施工管理",
                "土",
                "土地平整工程表土剥离后未回填，耕作层被破坏",
                "濮阳县农业农村局",
                "2024年9月30日",
                "",
            ),
            (
                "施工管理",
                "林",
                "农田防护林栽植成活率低，部分苗木规格不符合设计",
                "濮阳县农业农村局",
                "年底前",
                "已制定补植计划，待秋季补植",
            ),
        ],
    ),
]


def write_farmland(path: Path) -> Path:
    b = Book(path, author="农田建设管理科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 30, 10, 8, 40, 24, 14, 30])
    last = 8
    b.line(ws, 0, "濮阳市高标准农田建设项目督查督导发现问题清单（2024年第二批）", last, b.title)
    b.line(
        ws,
        1,
        "督查单位：市农业农村局督查工作专班    督查时间：2024年7月8日至7月12日    进展填报截至：2024年7月30日",
        last,
    )
    for c, word in enumerate(["序号", "县（区）", "项目名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "问题分类", b.head)
    b.header(ws, 3, ["督查内容", "建设内容"], first=3)
    b.merge(ws, 2, 5, 3, 5, "问题描述", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改要求", b.head)
    b.header(ws, 3, ["责任单位", "完成时限"], first=6)
    b.merge(ws, 2, 8, 3, 8, "整改进展", b.head)
    r, n = 4, 0
    for county, project, rows in FARMLAND_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, county, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, project, b.cell)
        for kind, part, problem, unit, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [kind, part], first=3, fmt=b.center)
            b.row(ws, r, [problem, unit, limit, progress], first=5)
            r += 1
    b.line(
        ws,
        r,
        "备注：建设内容按“田、土、水、路、林、电、技、管”分类；整改进展由各县（区）农业农村局汇总填报。",
        last,
    )
    b.line(ws, r + 1, "填表人：白云飞    联系电话：0393-6651208", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 水利建设项目稽察问题整改 (two returns in one zip), after a prefecture 水务局's account of its 稽察 of two projects
# (小(1)型病险水库除险加固工程 and 河道治理工程; 听取参建各方汇报，查阅文件、合同、记录、台账; 对前期工作与设计、
# 计划下达与执行、建设管理、资金使用与管理、工程质量与安全进行专项稽察; 形成稽察报告2份; 下达整改通知; 跟踪督办，
# 组织对稽察问题整改情况进行复核):
# https://wcb.yn.gov.cn/html/2021/yewuzhuanlan_1122/53725.html
# A .zip (member names in GBK) holding an .xlsx for one project (稽察类别, 问题性质, the 项目法人/施工/监理 unit each row
# names, a 复核意见 column beside 整改完成情况, the 整改通知 date the 立行立改 row counts from) and a .docx table from a
# county bureau for the other project, whose rows name only its own 股室.
INSPECTION_ROWS = [
    (
        "前期与设计",
        "初步设计批复的堤顶防汛路宽度与施工图不一致，设计变更未履行审批程序",
        "较重",
        "台前县水利工程建设管理站",
        "补办设计变更审批手续",
        "2024年8月31日",
        "已上报设计变更文件，等待审批",
        "",
    ),
    (
        "工程质量",
        "堤防填筑土方压实度抽检不合格2组",
        "严重",
        "濮阳市金堤水利工程有限公司",
        "返工处理并重新检测",
        "立行立改",
        "已返工，复检合格",
        "复核通过",
    ),
    (
        "建设管理",
        "监理日志记录不全，关键部位旁站记录缺失",
        "一般",
        "河南华禹工程监理有限公司",
        "完善监理日志和旁站记录",
        "2024年7月10日",
        "",
        "复核通过",
    ),
    (
        "资金使用与管理",
        "工程预付款扣回不及时，超进度支付工程款38万元",
        "较重",
        "台前县水利局",
        "按合同约定扣回超付款项",
        "2024年9月30日",
        "未整改",
        "",
    ),
]
IRRIGATION_ROWS = [
    (
        "项目招标文件设置不合理的资质条件，限制潜在投标人",
        "工程建设股",
        "2024年7月15日",
        "已修订招标文件范本，整改完成",
    ),
    ("部分斗渠节制闸启闭设备未按设计型号采购", "工程建设股", "9月底前", "正在与供货单位协商更换"),
    ("项目资金未实行专账核算，与其他水利项目资金混用", "财务股", "2024年8月31日", ""),
    (
        "灌区量测水设施建设滞后，计量设施安装率不足50%",
        "灌区管理所",
        "2024年12月31日",
        "已完成设备采购，正在安装",
    ),
]


def write_inspection_book(path: Path) -> Path:
    b = Book(path, author="台前县水利局")
    ws = b.sheet("稽察问题整改台账")
    b.widths(ws, [6, 14, 40, 8, 26, 24, 14, 26, 12])
    last = 8
    b.line(ws, 0, "台前县金堤河干流治理工程（二期）稽察发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "项目法人：台前县水利工程建设管理站    稽察时间：2024年6月17日至21日    整改通知下达日期：2024年6月28日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "稽察类别",
            "问题描述",
            "问题性质",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改完成情况",
            "复核意见",
        ],
    )
    for i, row in enumerate(INSPECTION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(INSPECTION_ROWS)
    b.line(ws, end, "说明：“立行立改”事项自整改通知下达之日起整改；复核意见由市水利局稽察组填写。", last)
    b.line(ws, end + 1, "填表人：杜晓明    联系电话：0393-2218603    填报日期：2024年7月26日", last)
    return b.close()


def write_irrigation_docx(path: Path) -> Path:
    doc = _new_document("工程建设股")
    _title(doc, "濮阳县渠村灌区续建配套与节水改造项目稽察发现问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县水利局    填报日期：2024年7月26日", 12)
    _paragraph(
        doc,
        "2024年6月下旬，市水利局稽察组对我县渠村灌区续建配套与节水改造项目进行了稽察，反馈问题4个，"
        "整改情况如下表：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(IRRIGATION_ROWS, 1)]
    _table(doc, ["序号", "稽察发现问题", "责任股室", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "填表人：石兰    联系电话：0393-3268451", 12)
    return _save_fixed(doc, path)


def write_inspection_zip(path: Path) -> Path:
    members = [
        ("台前县金堤河治理工程稽察问题整改台账.xlsx", write_inspection_book),
        ("濮阳县渠村灌区节水改造项目稽察问题整改情况.docx", write_irrigation_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 妨碍河道行洪突出问题再排查再整治台账, after a county 水利局's account of 河长巡河 and 安全度汛 (各级河长巡河次数和
# 巡河率; 河长办组织各乡镇（街道）对全县河流妨碍行洪问题进行排查，排查出问题已立行立改; 现正在开展妨碍行洪问题再排查、
# 再整治，坚决消除妨碍行洪安全隐患):
# http://mqms.60851.org/mqms/info/article.jsp?id=132462
# An .xlsx: title, 填报单位/填报日期 line, one header row with 河流名称, 问题位置, 问题类型, the 责任河长 (a person) and
# each row's 交办时间 the 立行立改 / 10日内 / 5个工作日内 limits count from, a 销号情况 column beside 整改情况, a 合计
# row, 说明 and signature lines.
RIVER_ROWS = [
    (
        "金堤河",
        "陈庄镇",
        "陈庄桥下游300米左岸",
        "违法建筑物",
        "河道管理范围内违规搭建养殖棚2处，阻碍行洪",
        "王建华（镇级河长）",
        date(2024, 6, 3),
        "范县陈庄镇人民政府",
        "立行立改",
        "已拆除",
        "已销号",
    ),
    (
        "金堤河",
        "杨集乡",
        "杨集闸上游左岸滩地",
        "阻水林木",
        "滩地种植速生杨和高秆作物，影响行洪断面",
        "刘振东（乡级河长）",
        date(2024, 6, 5),
        "范县杨集乡人民政府",
        "10日内",
        "已清除速生杨1200株，高秆作物正在协调清理",
        "",
    ),
    (
        "孟楼河",
        "龙王庄镇",
        "孟楼河3+200处右岸",
        "弃土弃渣",
        "沿河堆放建筑垃圾约800立方米，侵占河道",
        "张卫国（镇级河长）",
        date(2024, 6, 12),
        "范县城市管理局",
        "2024年7月10日",
        "",
        "已销号",
    ),
    (
        "金堤河",
        "王楼镇",
        "省道金堤河大桥施工段",
        "阻水桥梁",
        "桥梁施工临时围堰未及时拆除，束窄河道过流断面",
        "李国强（县级河长）",
        date(2024, 6, 18),
        "市交通局",
        "7月15日前",
        "已拆除围堰，整改完成",
        "",
    ),
    (
        "房刘庄沟",
        "濮城镇",
        "房刘庄沟濮城段",
        "阻水建筑物",
        "沟内私建过路涵管，管径过小，汛期易造成壅水",
        "赵丽（镇级河长）",
        date(2024, 6, 20),
        "范县濮城镇人民政府",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "孟楼河",
        "高码头镇",
        "孟楼河高码头段",
        "围垦河道",
        "村民在河道内围垦种植，面积约15亩",
        "孙建军（镇级河长）",
        date(2024, 7, 2),
        "范县高码头镇人民政府",
        "2024年10月31日",
        "正在做群众工作，已清退5亩",
        "",
    ),
    (
        "金堤河",
        "张庄乡",
        "金堤河张庄闸",
        "水闸设施",
        "张庄闸启闭机钢丝绳锈蚀，闸门启闭不灵活",
        "马振华（县级河长）",
        date(2024, 7, 8),
        "范县水利局",
        "5个工作日内",
        "已更换钢丝绳，启闭试验正常",
        "已销号",
    ),
    (
        "董楼沟",
        "辛庄镇",
        "董楼沟辛庄段",
        "垃圾杂物",
        "沟道内生活垃圾和秸秆堆积，堵塞过水涵洞",
        "周宏（镇级河长）",
        date(2024, 7, 22),
        "范县辛庄镇人民政府",
        "立行立改",
        "",
        "",
    ),
]


def write_river(path: Path) -> Path:
    b = Book(path, author="范县河长办")
    ws = b.sheet("再排查再整治台账")
    b.widths(ws, [6, 10, 10, 20, 12, 36, 18, 12, 22, 14, 28, 10])
    last = 11
    b.line(ws, 0, "范县妨碍河道行洪突出问题再排查再整治台账", last, b.title)
    b.line(ws, 1, "填报单位：范县河长制办公室    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "河流名称",
            "乡镇（街道）",
            "问题位置",
            "问题类型",
            "问题描述",
            "责任河长",
            "交办时间",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RIVER_ROWS)
    closed = sum(1 for row in RIVER_ROWS if row[-1] == "已销号")
    b.put(ws, end, 0, "合计", b.center)
    b.row(
        ws, end, ["", "", "", "", f"排查问题{len(RIVER_ROWS)}个", "", "", "", "", "", f"{closed}个"], first=1
    )
    b.line(
        ws,
        end + 1,
        "说明：整改时限为“立行立改”或“X日内”“X个工作日内”的，自交办之日起计算；整改完成经县河长办复核后销号。",
        last,
    )
    b.line(ws, end + 2, "填表人：韩丽娜    审核人：马振华    联系电话：0393-5265317", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 储粮安全普查发现问题整改情况, after a province 粮食局's 冬季储粮安全普查 (坚持“有仓必到，有粮必查，查必彻底，不留
# 隐患”; 县（市、区）粮食局自查、市（州）粮食局重点复查、省粮食局复查; 检查国有粮食企业库存粮油的数量、品种、质量、
# 安危情况，仓储管理制度的制定完善和落实情况，科学储粮技术的应用情况，储粮安全生产情况和仓储设施情况):
# http://wineworld.com.cn/html/shipinzixun/liangshi/20121205/170157.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报单位/普查时间 line, a preamble in the campaign's
# words, a table with 检查内容 and 被检查单位 beside the problem, 整改时限 and 整改结果, a 注 line, the bureau and date.
SUMMER_ROWS = [
    (
        "库存数量",
        "台前县粮油购销有限公司",
        "1号仓玉米实际数量与账面数量不符，差率超过允许范围",
        "查明原因，调整账务",
        "2024年7月10日",
        "已查明系水分减量所致，已按规定核销，整改完成",
    ),
    (
        "储粮质量",
        "台前县夹河粮食储备库有限公司",
        "部分小麦货位储存年限超过4年，品质宜存率下降",
        "列入轮换计划",
        "9月底前",
        "已列入2024年轮换计划",
    ),
    (
        "仓储管理制度",
        "台前县侯庙粮食购销有限公司",
        "仓储管理制度未及时修订，出入库管理制度与实际操作不符",
        "修订完善制度",
        "2024年7月31日",
        "",
    ),
    (
        "科学储粮技术",
        "台前县粮油购销有限公司",
        "环流熏蒸设备长期闲置，未按要求开展控温储粮",
        "启用环流设备，实施控温储粮",
        "长期坚持",
        "已启用环流设备，长期坚持",
    ),
    (
        "安全生产",
        "台前县夹河粮食储备库有限公司",
        "库区电气线路私拉乱接，配电箱未上锁",
        "规范电气线路，配电箱加锁",
        "2024年6月30日",
        "已整改，经复查合格",
    ),
    (
        "仓储设施",
        "台前县侯庙粮食购销有限公司",
        "2号仓挡粮门变形，仓门密闭性差",
        "维修更换挡粮门",
        "2024年8月15日",
        "未整改",
    ),
    (
        "储粮安全",
        "台前县马楼粮食购销有限公司",
        "高温季节粮情检测频次不足，未按规定每周检测粮温",
        "加密粮情检测频次",
        "7月底前",
        "正在整改",
    ),
]


def write_summer_docx(path: Path) -> Path:
    doc = _new_document("粮食股")
    _title(doc, "台前县2024年夏季储粮安全普查发现问题整改情况表", 18)
    _paragraph(
        doc,
        "填报单位：台前县发展和改革委员会（县粮食和物资储备中心）    普查时间：2024年6月11日至6月21日",
        12,
    )
    _paragraph(
        doc,
        "按照“有仓必到、有粮必查、查必彻底、不留隐患”的要求，对全县国有粮食企业库存粮油数量、质量、储粮安全、"
        "仓储管理制度、科学储粮技术应用、安全生产和仓储设施进行了普查，发现问题7个，整改情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SUMMER_ROWS, 1)]
    _table(doc, ["序号", "检查内容", "被检查单位", "存在问题", "整改要求", "整改时限", "整改结果"], body)
    _paragraph(doc, "注：整改结果由被检查单位填报，县发展和改革委员会复核。", 12)
    _paragraph(doc, "台前县发展和改革委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_summer(path: Path) -> Path:
    return via_soffice(write_summer_docx, path, "doc", "夏季储粮安全普查整改情况表.docx")


FILES = [
    ("南乐县县长信箱农村饮水类来信办理情况.csv", write_letters),
    ("濮阳县农业农村局关于高标准农田建设项目审计发现问题整改情况的报告.docx", write_farmland_audit),
    ("濮阳市最严格水资源管理制度省级考核反馈问题整改方案（进展情况）.doc", write_water_resource),
    ("清丰县农村饮水安全调查评估发现问题整改台账.xlsx", write_drinking),
    ("市级储备粮油仓储管理存在的问题及整改意见落实情况.xls", write_grain_store),
    ("2024年政策性粮食库存检查发现问题整改台账.et", write_stock),
    ("高标准农田建设项目督查督导发现问题清单（2024年第二批）.xlsx", write_farmland),
    ("水利建设项目稽察问题整改情况（台前县、濮阳县）.zip", write_inspection_zip),
    ("范县妨碍河道行洪突出问题再排查再整治台账.xlsx", write_river),
    ("台前县2024年夏季储粮安全普查发现问题整改情况表.wps", write_summer),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

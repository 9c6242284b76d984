"""Write the aside120 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns are of the kind published mostly as text pages (通报, 情况报告, 公示): 巡察反馈, 审计整改, 督查通报,
明察暗访, 作风建设, 安全检查通报, 环保督察, 12345月报, 人大建议办理, 营商环境.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered
paragraphs, a .doc with a table (Word 97 via LibreOffice), an .ods and an .et (LibreOffice conversions) and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside120.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈意见整改进展情况, after a town 党委's public account of its 巡察整改阶段进展 (按照市委统一部署，巡察组对镇党委
# 开展了巡察……反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改阶段进展情况予以公布; 一、强化政治站位……
# (一)迅速安排部署 (二)细化分解落实; 整改措施、整改时限、立行立改、整改销号):
# https://saintpaulhem.com/jxx/jxxrmzf/bmqtfdxxnequv/202311/83882e752e13482d9a3f1e895cd39340.shtml
# A .docx: title naming the 镇党委, the preamble, a part on how the work was organised, then the problems as numbered
# paragraphs under 方面 headings (each naming its 镇属部门, measure, 整改时限 and progress in sentences), the 党委 and
# date at the foot.
PATROL_PARTS = [
    (
        "（一）在“贯彻落实上级决策部署不够有力”方面",
        [
            "1.关于“党委理论学习中心组学习流于形式，学习记录照抄照搬”问题的整改。责任部门：党政办。"
            "整改措施：修订中心组学习制度，制定2024年度学习计划，每月开展专题学习并交流研讨。整改时限：2024年6月底前。"
            "整改进展：已修订学习制度，开展专题学习4次，该问题已完成整改。",
            "2.关于“高标准农田建设项目推进缓慢，2023年度任务未按期完成”问题的整改。责任部门：农业农村办。"
            "整改措施：倒排工期，协调施工单位增加机械和人员。整改时限：2024年12月底前。"
            "整改进展：因配套资金未到位，该项整改尚未启动。",
        ],
    ),
    (
        "（二）在“落实全面从严治党责任不够到位”方面",
        [
            "3.关于“部分村级集体资金管理不规范，存在白条入账、坐收坐支”问题的整改。责任部门：财政所。"
            "整改措施：对全镇28个村2021年以来的账目全面清理，规范报账程序。整改时限：2024年8月31日前。"
            "整改进展：已完成16个村的账目清理，其余12个村正在逐笔核实。",
            "4.关于“公务接待审批手续不全，个别接待无公函”问题的整改。责任部门：党政办。"
            "整改措施：严格执行公务接待“一函一单一审批”。整改时限：2024年5月31日。"
            "整改进展：已完善接待审批单和台账，整改完成。",
            "5.关于“‘四议两公开’程序执行不规范，会议记录不全”问题的整改。责任部门：党建办。"
            "整改措施：印发村级重大事项决策流程图，对村“两委”干部开展培训。整改时限：2024年9月30日前。"
            "整改进展：流程图已印发，正在分片区开展培训。",
        ],
    ),
    (
        "（三）在“基层党组织建设和为民服务存在短板”方面",
        [
            "6.关于“3个村党支部换届后未按期召开组织生活会”问题的整改。责任部门：党建办。"
            "整改措施：督促相关村党支部补开组织生活会，镇党委委员全程列席指导。整改时限：2024年7月15日。"
            "整改进展：3个村党支部已补开组织生活会，整改到位。",
            "7.关于“农村人居环境整治不彻底，部分村垃圾清运不及时”问题的整改。责任部门：乡村振兴办。"
            "整改措施：建立村庄保洁月评比制度，落实保洁经费。整改时限：长期坚持。"
            "整改进展：每月开展评比并通报结果，常态化推进。",
            "8.关于“2件重复信访事项久拖未决”问题的整改。责任部门：平安建设办。"
            "整改措施：实行镇领导包案，逐件制定化解方案。整改时限：2024年10月31日前。",
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("文留镇党政办")
    _title(doc, "中共濮阳县文留镇委员会关于县委第三巡察组反馈意见整改进展情况的通报")
    _paragraph(
        doc,
        "按照县委统一部署，2024年3月11日至4月19日，县委第三巡察组对文留镇党委开展了巡察。2024年5月10日，"
        "县委第三巡察组向文留镇党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改阶段进展情况予以公布。",
    )
    _paragraph(doc, "一、强化政治站位，扛牢巡察整改主体责任", bold=True)
    _paragraph(
        doc,
        "巡察意见反馈后，镇党委及时召开党委会议，成立以党委书记为组长的整改工作领导小组，领导小组办公室设在党建办。"
        "对巡察反馈的3个方面8个具体问题逐项分解，制定整改措施26条，明确责任部门和完成时限，实行台账管理、整改销号。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", bold=True)
    for heading, paras in PATROL_PARTS:
        _paragraph(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", bold=True)
    _paragraph(
        doc,
        "镇党委将持续紧盯未完成事项，坚持问题不解决不松劲、整改不到位不销号，巩固拓展巡察整改成果。"
        "欢迎广大干部群众对巡察整改落实情况进行监督，联系电话：0393-5881206。",
    )
    _paragraph(doc, "中共濮阳县文留镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改情况报告, after a provincial 人民政府's report to its 人大常委会 on the 整改 of the problems the previous
# year's 预算执行和其他财政收支审计工作报告 reported (……人民政府关于……审计查出问题的整改情况报告; ——……在……人民代表大会常务
# 委员会第……次会议上; the 审计厅厅长 reporting; addressed 省人大常委会：; the 审议意见, the earlier report of the 突出问题
# 整改情况, 现将……整改情况报告如下; 一、审计查出问题整改的总体情况):
# http://www.zs.gov.cn/sjj/sjjggg/content/post_2169132.html
# An .xlsx that carries the report as a sheet: title, the 会议 dateline, the reporter, the addressee, the preamble as a
# wrapped merged line, part 一 (总体情况) as a prose line, part 二 as one header row and the problems under (一)…(四)
# section rows merged across the table (整改结果 worded 已整改到位/部分整改/正在整改/未整改, 整改时限 as 月底前 words, 问题
# 金额 partly blank), part 三 (原因及下一步工作安排) as a prose line and the closing 以上报告，请予审议。
AUDIT_SECTIONS = [
    (
        "（一）市级财政管理审计查出问题",
        [
            (
                "市财政局",
                "部分非税收入未及时缴库，截至2022年底在财政专户滞留1436.2万元",
                1436.2,
                "已于2023年10月全部缴入国库",
                "已整改到位",
                "2023年12月底前",
            ),
            (
                "市财政局",
                "预算编制不够精准，12个部门年初预算调整幅度超过30%",
                None,
                "已修订市级部门预算编制管理办法，2024年部门预算按新办法编制",
                "已整改到位",
                "2024年3月底前",
            ),
        ],
    ),
    (
        "（二）市直部门预算执行审计查出问题",
        [
            (
                "市医保局",
                "医保基金监管不到位，7家定点医疗机构违规收费套取医保基金86.37万元",
                86.37,
                "已追回医保基金61.5万元，暂停3家定点医疗机构医保服务协议，其余资金正在追缴",
                "部分整改",
                "2024年9月底前",
            ),
            (
                "市文广新局",
                "公共文化服务专项资金243万元闲置超过两年",
                243,
                "已由市财政收回统筹使用",
                "已整改到位",
                "2024年6月底前",
            ),
        ],
    ),
    (
        "（三）重点民生资金审计查出问题",
        [
            (
                "市人社局",
                "向已死亡或服刑人员发放基本养老保险待遇42.6万元",
                42.6,
                "已追回31.8万元，剩余10.8万元已申请法院强制执行",
                "部分整改",
                "2024年12月底前",
            ),
            (
                "市教育局",
                "义务教育阶段家庭经济困难学生生活补助318.5万元未及时拨付",
                318.5,
                "已全部拨付到校到人",
                "已整改到位",
                "2024年4月底前",
            ),
        ],
    ),
    (
        "（四）政府投资项目和国有资产审计查出问题",
        [
            (
                "市住建局",
                "城区排水防涝工程3个子项目未按期开工",
                None,
                "2个子项目已开工建设，1个子项目正在办理施工许可",
                "正在整改",
                "2024年10月底前",
            ),
            (
                "濮阳市投资集团有限公司",
                "部分国有房产长期闲置，面积共计1.2万平方米",
                None,
                "",
                "未整改",
                "2025年6月底前",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="市审计局")
    ws = b.sheet("整改情况报告")
    b.widths(ws, [6, 44, 18, 12, 40, 12, 16])
    last = 6
    money = b.book.add_format({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})
    part = b.book.add_format({"bold": True, "valign": "vcenter"})
    section = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(
        ws, 0, "濮阳市人民政府关于2022年度市级预算执行和其他财政收支审计查出问题的整改情况报告", last, b.title
    )
    b.line(
        ws,
        1,
        "——2024年7月25日在濮阳市第八届人民代表大会常务委员会第二十次会议上",
        last,
        b.book.add_format({"align": "center", "valign": "vcenter"}),
    )
    b.line(ws, 2, "市审计局局长  张立新", last, b.book.add_format({"align": "center", "valign": "vcenter"}))
    b.line(ws, 3, "市人大常委会：", last)
    ws.set_row(4, 78)
    b.line(
        ws,
        4,
        "    2023年8月，市人大常委会审议了市政府《关于濮阳市2022年度市级预算执行和其他财政收支的审计工作报告》，"
        "提出了加大审计查出问题整改力度、推动完善制度机制等审议意见。市政府召开全市审计整改工作会议作出部署，"
        "印发审计查出问题整改分工方案，要求各有关单位逐项明确整改措施和整改时限。今年3月，受市政府委托，"
        "市审计局已向市人大常委会报告了突出问题的整改情况。现将审计工作报告反映问题截至2024年6月底的整改情况报告如下：",
        last,
    )
    b.line(ws, 5, "一、审计查出问题整改的总体情况", last, part)
    ws.set_row(6, 48)
    b.line(
        ws,
        6,
        "    审计工作报告反映的8个问题中，已整改到位4个，部分整改2个，正在整改1个，未整改1个；"
        "通过上缴国库、收回统筹、追回资金等方式整改问题金额2091万元，制定完善制度3项。",
        last,
    )
    b.line(ws, 7, "二、审计查出问题的具体整改情况", last, part)
    b.header(
        ws,
        8,
        ["序号", "审计查出问题", "整改责任单位", "问题金额（万元）", "整改情况", "整改结果", "整改时限"],
    )
    r, n = 9, 0
    for title, rows in AUDIT_SECTIONS:
        b.merge(ws, r, 0, r, last, title, section)
        r += 1
        for unit, problem, amount, done, result, due in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, problem)
            b.put(ws, r, 2, unit)
            b.put(ws, r, 3, amount, None if amount is None else money)
            b.put(ws, r, 4, done)
            b.put(ws, r, 5, result, b.center)
            b.put(ws, r, 6, due, b.center)
            r += 1
    b.line(ws, r, "三、尚未完成整改问题的原因及下一步工作安排", last, part)
    ws.set_row(r + 1, 48)
    b.line(
        ws,
        r + 1,
        "    尚未整改到位的4个问题，主要涉及资金追缴需经司法程序、工程建设周期较长、资产处置需履行评估程序等。"
        "下一步，市政府将督促有关单位按照承诺时限逐项推进、对账销号，整改结果按规定向社会公告。",
        last,
    )
    b.line(ws, r + 2, "    以上报告，请予审议。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 政府工作报告主要目标任务上半年落实情况督查, after a county 督查办's account of its 督查 (7月9日至17日组成两个督查组，
# 采取查阅资料、电话核查、现场核实等方式; 欠进度的、超进度的、已完成和提前完成、达进度的; 下一步工作要求):
# https://www.ahjinzhai.gov.cn/public/6596281/38062166.html
# An .xlsx: title, the office and date line, the preamble line, one header row with 主办单位 and 协办单位 and a 督查认定
# column (已完成/超进度/达进度/欠进度) beside the 推进情况 text, deadlines as 时间节点 words, a 合计 row and a 注 line.
TASK_ROWS = [
    (
        "经济发展",
        "新建5G基站1500个",
        "市工信局",
        "国网濮阳供电公司",
        "12月底前",
        "已建成5G基站860个，完成年度任务57%",
        "超进度",
    ),
    (
        "城乡建设",
        "完成城镇老旧小区改造120个",
        "市住建局",
        "各县（区）人民政府",
        "10月底前",
        "已开工98个，完工41个",
        "达进度",
    ),
    (
        "民生保障",
        "城镇新增就业4.5万人",
        "市人社局",
        "",
        "12月底前",
        "城镇新增就业4.62万人，提前完成全年任务",
        "已完成",
    ),
    (
        "城乡建设",
        "建成市区东部污水处理厂二期工程",
        "市城管局",
        "市生态环境局",
        "9月底前",
        "设备采购招标尚未完成，主体工程未开工",
        "欠进度",
    ),
    (
        "营商环境",
        "推进“高效办成一件事”，上线重点事项13个",
        "市政务服务中心",
        "市直有关部门",
        "6月底前",
        "13个重点事项已全部上线运行",
        "已完成",
    ),
    (
        "城乡建设",
        "新建改建农村公路300公里",
        "市交通局",
        "各县（区）人民政府",
        "11月底前",
        "已完成路基工程180公里，路面工程正在施工",
        "达进度",
    ),
    (
        "民生保障",
        "新增普惠性学前教育学位5000个",
        "市教育局",
        "市发改委",
        "8月底前",
        "已新增学位3600个，其余2所新建幼儿园正在施工",
        "达进度",
    ),
    (
        "城乡建设",
        "完成黄河滩区迁建社区配套设施建设",
        "市发改委",
        "范县、台前县人民政府",
        "12月底前",
        "配套资金未落实，项目尚未开工",
        "欠进度",
    ),
    (
        "民生保障",
        "建成城市书房10个",
        "市文广旅局",
        "华龙区人民政府",
        "7月底前",
        "10个城市书房已建成开放",
        "已完成",
    ),
]


def write_tasks(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("附件")
    b.widths(ws, [6, 10, 36, 16, 18, 12, 36, 10])
    b.line(ws, 0, "2024年《政府工作报告》主要目标任务上半年落实情况督查通报", 7, b.title)
    b.line(ws, 1, "濮阳市人民政府督查室                    2024年7月22日", 7)
    b.line(
        ws,
        2,
        "7月9日至17日，市政府督查室组成两个督查组，采取查阅资料、电话核查、现场核实等方式，对2024年《政府工作报告》"
        "主要目标任务上半年落实情况进行了督查。现将部分目标任务落实情况通报如下，欠进度的责任单位要认真分析原因，"
        "加快推进。",
        7,
    )
    ws.set_row(2, 48)
    b.header(
        ws, 3, ["序号", "类别", "目标任务", "主办单位", "协办单位", "时间节点", "上半年推进情况", "督查认定"]
    )
    for i, row in enumerate(TASK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
        b.put(ws, 3 + i, 7, row[6], b.center)
    end = 4 + len(TASK_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 7, "目标任务9项，其中已完成3项、超进度1项、达进度3项、欠进度2项")
    b.line(ws, end + 1, "注：督查认定分为已完成、超进度、达进度、欠进度四类，以7月17日核实情况为准。", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 乡镇便民服务中心明察暗访, after a county 督查室's unannounced visits to five township 便民服务中心 (大门紧闭，窗口
# 工作人员均不在岗; 门口粘贴的告示也是几年前的; 便民服务大厅及电子监察系统运行不规范、资料堆放不够整齐):
# http://m.jlxfw.com/cms/jlzx/1431.html
# An .xls (xlwt): title, 暗访组织单位/填报日期 line, one header row with 暗访时间 and 交办时间 beside 整改时限 written
# partly as working days after 交办, a 是否销号 column, a 注 line and a 填表人 line.
VISIT_ROWS = [
    (
        "7月3日",
        "清丰县马庄桥镇便民服务中心",
        "上午9时大门紧闭，窗口工作人员均不在岗",
        "清丰县马庄桥镇人民政府",
        "2024-07-05",
        "交办后5个工作日内",
        "已约谈中心负责人，实行错时排班，复查时人员在岗",
        "已销号",
    ),
    (
        "7月3日",
        "南乐县元村镇便民服务中心",
        "门口张贴的办事指南为2019年版本，内容陈旧",
        "南乐县元村镇人民政府",
        "2024-07-05",
        "交办后5个工作日内",
        "已更换为最新版办事指南",
        "已销号",
    ),
    (
        "7月4日",
        "濮阳县庆祖镇便民服务中心",
        "社保窗口工作人员上班时间玩手机游戏",
        "濮阳县庆祖镇人民政府",
        "2024-07-05",
        "交办后10个工作日内",
        "已对当事人批评教育，正在开展作风整顿",
        "",
    ),
    (
        "7月4日",
        "范县王楼镇便民服务中心",
        "电子监察系统未正常运行，服务评价器损坏",
        "范县王楼镇人民政府",
        "2024-07-05",
        "2024年7月20日前",
        "未整改",
        "",
    ),
    (
        "7月10日",
        "台前县侯庙镇便民服务中心",
        "群众办理低保需往返3次以上，一次性告知未落实",
        "台前县侯庙镇人民政府",
        "2024-07-12",
        "交办后10个工作日内",
        "",
        "",
    ),
    (
        "7月10日",
        "华龙区中原路街道便民服务中心",
        "大厅资料堆放杂乱，业务档案未分类归档",
        "华龙区中原路街道办事处",
        "2024-07-12",
        "交办后5个工作日内",
        "已完成档案整理归档",
        "已销号",
    ),
    (
        "7月11日",
        "清丰县韩村镇便民服务中心",
        "无障碍通道被电动车占用",
        "清丰县韩村镇人民政府",
        "2024-07-12",
        "交办后3个工作日内",
        "已清理，正在加装隔离桩",
        "",
    ),
]


def write_visits(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "全市乡镇（街道）便民服务中心明察暗访发现问题整改台账", t, 0, 8),
        (1, 0, "暗访组织单位：中共濮阳市委市政府督查局    填报日期：2024年7月29日", plain, 1, 8),
    ]
    words = [
        "序号",
        "暗访时间",
        "暗访地点",
        "发现问题",
        "责任单位",
        "交办时间",
        "整改时限",
        "整改情况",
        "是否销号",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(VISIT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 8) else c))
    r = 3 + len(VISIT_ROWS)
    cells += [
        (r, 0, "注：整改时限自交办之日起计算；“是否销号”栏由督查局复核后填写。", plain, r, 8),
        (r + 1, 0, "填表人：冯俊杰    审核人：崔丽娟    联系电话：0393-8991543", plain, r + 1, 8),
    ]
    return _write_xls(path, [("暗访台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 纪律作风专项检查, after a county 纪委监委's 节后纪律作风专项检查 (不打招呼、突击检查、现场检查; 工作人员到岗情况、
# 签到情况、工作状态、工作纪律、内部考勤; 请假外出报备; 上班迟到、临时外出没有请假审批; 发现一起、通报一起):
# http://m.xwwlqbz.cn/html/2018/dangfengzhengfeng_1009/55177.html
# A .doc (Word 97 via LibreOffice): title, 主送, the preamble stating the date the working days count from, 一、基本
# 情况 in prose, 二、发现的问题 as a table with the units' 整改落实情况 filled in, 三、工作要求, the office and date.
DISCIPLINE_ROWS = [
    (
        "市公积金中心",
        "上午8时45分，服务大厅3个窗口无人在岗",
        "严肃批评教育，落实窗口AB岗制度",
        "10个工作日内",
        "已落实AB岗制度，对2名迟到人员通报批评，整改完毕",
    ),
    (
        "市应急局",
        "临时外出未履行请假审批手续，外出登记簿空白",
        "规范请假外出报备制度",
        "2024年7月31日前",
        "正在修订请假外出报备制度",
    ),
    (
        "华龙区岳村镇人民政府",
        "值班人员脱岗，值班电话无人接听",
        "落实领导带班和24小时值班制度",
        "10个工作日内",
        "未整改",
    ),
    ("市气象局", "考勤机数据与手工签到表不一致", "核查考勤数据，追究相关人员责任", "2024年8月15日前", ""),
    (
        "市税务局",
        "办税服务厅1名工作人员上班时间网购",
        "对当事人进行诫勉谈话",
        "10个工作日内",
        "已对当事人诫勉谈话，已整改",
    ),
    ("市残联", "公务用车未停放在指定地点", "规范公务用车停放管理", "7月19日前", "已规范停放，整改到位"),
    (
        "市统计局",
        "部分干部迟到，9时后陆续到岗",
        "严格执行考勤制度",
        "长期坚持",
        "建立每日考勤通报制度，常态化推进",
    ),
]


def write_discipline_docx(path: Path) -> Path:
    doc = _new_document("市纪委监委第三监督检查室")
    _title(doc, "关于7月份纪律作风专项检查发现问题的通报")
    _paragraph(doc, "各县（区）纪委监委，市直各单位：")
    _paragraph(
        doc,
        "为持续深化作风建设，7月8日，市纪委监委派出3个专项检查组，采取不打招呼、突击检查的方式，对市直单位和部分"
        "乡镇的干部到岗、签到、工作状态、请假外出报备等情况进行了检查。现将有关情况通报如下。",
    )
    _paragraph(doc, "一、基本情况", bold=True)
    _paragraph(
        doc,
        "本次共检查单位26个，抽查干部职工412人次。从检查情况看，大部分单位作风纪律良好，但个别单位仍存在迟到、"
        "脱岗、请假外出不报备等问题。",
    )
    _paragraph(doc, "二、发现的问题及整改落实情况", bold=True)
    body = [[str(i), *row] for i, row in enumerate(DISCIPLINE_ROWS, 1)]
    _table(doc, ["序号", "被检查单位", "检查发现问题", "整改要求", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "三、工作要求", bold=True)
    _paragraph(
        doc,
        "请相关单位自本通报印发之日（2024年7月12日）起按时限完成整改，并将整改情况书面报市纪委监委第三监督检查室。"
        "对整改不力的，将严肃追责问责。",
    )
    _paragraph(doc, "中共濮阳市纪委监委第三监督检查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_discipline(path: Path) -> Path:
    return via_soffice(write_discipline_docx, path, "doc", "纪律作风专项检查发现问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 安全生产隐患“大排查快整治严执法”督查表, after a county's account of its fifth 检查组's first 集中行动 (教体局、
# 安监局、住建局、消防大队、交警大队、供电公司组成检查组; 城区住宿学校和两个镇; 消防、用电、校车、校舍; 下发督查表，
# 提出存在问题及整改意见及措施，乡镇政府负责人、单位主要负责人、检查组成员在督查表签字; 停产整顿):
# http://m.junkejituan.com/forum.php?action=printable&mod=viewthread&tid=102203
# An .xlsx: title, 检查组 (the inspecting units) and 检查时间 lines, one header row naming the 被检查单位 as 整改责任
# 主体 beside its 属地乡镇, 检查类别, signature columns for the unit's head and the 检查组 member, a 合计 row and the
# 组长/乡镇负责人 signature line.
SAFETY_ROWS = [
    (
        "清丰县第一高级中学",
        "城关镇",
        "用电",
        "学生宿舍内私拉电线为手机充电",
        "清理私拉电线，宿舍加装USB充电装置",
        "2024年7月20日",
        "已整改，复查合格",
        "刘卫东",
        "张建华",
    ),
    (
        "清丰县实验小学",
        "城关镇",
        "校车",
        "1辆校车安全锤缺失、灭火器过期",
        "补齐安全锤，更换灭火器",
        "2024年7月14日",
        "已补齐更换",
        "王淑芬",
        "张建华",
    ),
    (
        "清丰县仙庄镇中心幼儿园",
        "仙庄镇",
        "校舍",
        "东侧围墙出现贯通裂缝，存在倒塌风险",
        "设置警戒区，暑假期间拆除重建",
        "2024年8月25日",
        "已设置警戒区，重建方案正在审批",
        "李红梅",
        "赵永刚",
    ),
    (
        "濮阳市宏达化工有限公司",
        "韩村镇",
        "危化品",
        "储罐区可燃气体报警仪未与紧急切断装置联锁",
        "停产整顿，完成联锁改造",
        "2024年7月31日",
        "已停产整顿，联锁改造正在施工",
        "陈国庆",
        "赵永刚",
    ),
    (
        "清丰县韩村镇鑫源家具厂",
        "韩村镇",
        "消防",
        "喷漆车间违规使用非防爆电器",
        "全部更换为防爆电器",
        "2024年7月25日",
        "未整改",
        "周志强",
        "孙立伟",
    ),
    (
        "清丰县六塔乡华联超市",
        "六塔乡",
        "消防",
        "安全出口被货物堵塞",
        "立即清理安全出口",
        "2024年7月11日",
        "现场已清理",
        "马玉兰",
        "孙立伟",
    ),
    (
        "清丰县宏远建材有限公司",
        "六塔乡",
        "用电",
        "配电箱未安装漏电保护器",
        "加装漏电保护器",
        "2024年7月18日",
        "",
        "韩广军",
        "孙立伟",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("督查表")
    b.widths(ws, [6, 26, 10, 8, 32, 28, 14, 24, 12, 12])
    b.line(ws, 0, "全市安全生产隐患“大排查快整治严执法”集中行动第五检查组督查表", 9, b.title)
    b.line(
        ws,
        1,
        "检查组：第五检查组（市教育局、市应急管理局、市住房和城乡建设局、市消防救援支队、市公安局交通管理支队、"
        "国网濮阳供电公司）",
        9,
    )
    b.line(ws, 2, "检查时间：2024年7月10日—11日    检查范围：清丰县城区学校及韩村镇、仙庄镇、六塔乡", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "被检查单位（整改责任主体）",
            "属地乡镇",
            "检查类别",
            "存在问题",
            "整改意见及措施",
            "整改期限",
            "整改完成情况",
            "单位负责人签字",
            "检查组成员签字",
        ],
    )
    for i, row in enumerate(SAFETY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SAFETY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        9,
        "检查单位11家，发现隐患32处，其中现场整改25处，限期整改7处（见上表），责令停产整顿1家",
    )
    b.line(
        ws, end + 2, "检查组组长：杜海涛    乡镇政府负责人：            填表人：孙立伟    2024年7月29日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 中央生态环境保护督察反馈意见整改情况, after a province's public account of its 督察“回头看”反馈意见整改 (66项整改任务
# 已完成37项，其余29项正加快推进; 信访举报问题已整改完成……; 加强组织领导，强化资金保障，压实整改责任; 新建污水处理、
# 垃圾处理、大气减排项目):
# http://scfbfile.3xmt.com/news/wx/detail?newsid=300447
# An .ods (LibreOffice conversion): title, 填报单位/截至日期 line, one header row with 牵头责任单位 and 配合单位, 整改目标,
# an 整改状态 column (已完成/序时推进/未启动/长期坚持) beside the 整改进展 text, a multi-year deadline, a former name
# (市水务局), a 合计 row, a 填表说明 line and a signature line.
ECO_ROWS = [
    (
        "市区部分路段道路扬尘污染问题突出",
        "主次干道机械化清扫率达到100%",
        "市城管局",
        "市住建局",
        "2024年6月底前",
        "已实现主次干道机械化清扫全覆盖",
        "已完成",
    ),
    (
        "濮阳县部分乡镇生活污水处理设施建成后未正常运行",
        "12座乡镇污水处理站全部正常运行",
        "濮阳县人民政府",
        "市生态环境局",
        "2024年12月底前",
        "已恢复运行8座，其余4座正在维修",
        "序时推进",
    ),
    (
        "金堤河濮阳段部分断面水质不能稳定达标",
        "国控断面水质稳定达到Ⅳ类",
        "市生态环境局",
        "市水利局",
        "2023—2025年",
        "正在实施入河排污口排查整治",
        "序时推进",
    ),
    (
        "工业园区危险废物贮存场所建设不规范",
        "规范化建设危废贮存场所",
        "濮阳经济技术开发区管理委员会",
        "市生态环境局",
        "2024年9月底前",
        "",
        "未启动",
    ),
    (
        "南乐县畜禽养殖粪污资源化利用率偏低",
        "规模养殖场粪污处理设施配套率达到100%",
        "市农业局",
        "南乐县人民政府",
        "2024年10月底前",
        "12家规模养殖场配套设施已改造完成并通过验收",
        "已完成",
    ),
    (
        "范县黄河滩区存在违规采砂现象",
        "严厉打击非法采砂，防止反弹",
        "市水务局",
        "市自然资源和规划局、范县人民政府",
        "长期坚持",
        "常态化开展联合巡查",
        "长期坚持",
    ),
    (
        "清丰县城郊存在建筑垃圾违规倾倒点位",
        "完成清运和生态修复",
        "清丰县人民政府",
        "市城管局",
        "2024年7月31日前",
        "已清运建筑垃圾1.2万立方米，生态修复正在进行",
        "序时推进",
    ),
    (
        "城区5台燃气锅炉未完成低氮改造",
        "完成低氮燃烧改造，氮氧化物稳定达标",
        "市生态环境局",
        "市市场监管局",
        "2024年5月底前",
        "5台锅炉已完成低氮改造，经监测排放达标",
        "已完成",
    ),
]


def write_eco_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 34, 28, 18, 22, 14, 30, 10])
    b.line(ws, 0, "第二轮中央生态环境保护督察反馈意见整改落实情况清单", 7, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室（代章）    截至日期：2024年7月25日", 7
    )
    b.header(
        ws,
        2,
        ["序号", "督察反馈问题", "整改目标", "牵头责任单位", "配合单位", "整改时限", "整改进展", "整改状态"],
    )
    for i, row in enumerate(ECO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 7, row[6], b.center)
    end = 3 + len(ECO_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "整改任务8项，已完成3项，序时推进3项，长期坚持1项，未启动1项")
    b.line(
        ws,
        end + 1,
        "填表说明：整改时限按省委、省政府批复的整改方案填写；整改状态按已完成、序时推进、未启动、长期坚持填写。",
        7,
    )
    b.line(ws, end + 2, "审核人：吕东升    填表人：白晓静    联系电话：0393-4421680", 7)
    return b.close()


def write_eco(path: Path) -> Path:
    via_soffice(write_eco_book, path, "ods", "中央环保督察反馈意见整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 12345热线月度诉求情况, after a city 12345 平台's monthly report (全市12345平台共汇集群众和企业来电来件……; 诉求量
# 前10位的分别是居民日常服务、交通管理、环境保护、民政社保、违建举报、物业管理、市容管理、消费维权、学校教育、医疗):
# http://12345.taizhou.gov.cn/mtld/dcjb/2018/08/17161632242535.html
# A CSV in GBK: a title line, a line stating the period and counts, one header line with the 诉求归口 type, 受理时间
# and 办理时限 (one row in working days from its 受理时间), 办理状态 and 回访结果, a 合计 line.
HOTLINE_ROWS = [
    (
        "RX2407-0012",
        "2024-07-02",
        "居民日常服务",
        "华龙区绿城小区连续3天停水，无人告知恢复时间",
        "自来水公司",
        "2024-07-04",
        "已办结",
        "满意",
    ),
    (
        "RX2407-0135",
        "2024-07-05",
        "交通管理",
        "开州路与京开大道交叉口信号灯配时不合理，早高峰拥堵严重",
        "市交警支队",
        "15个工作日",
        "办理中",
        "",
    ),
    (
        "RX2407-0288",
        "2024-07-09",
        "环境保护",
        "油田路一烧烤店夜间油烟和噪音扰民",
        "生态环境局",
        "2024-07-16",
        "已办结",
        "基本满意",
    ),
    (
        "RX2407-0342",
        "2024-07-11",
        "民政社保",
        "反映80周岁以上老人高龄津贴连续两个月未发放",
        "市民政局",
        "2024-07-18",
        "逾期未办",
        "",
    ),
    (
        "RX2407-0417",
        "2024-07-15",
        "违建举报",
        "濮阳县文留镇一村民占用耕地建房",
        "市自然资源局",
        "2024-08-05",
        "办理中",
        "",
    ),
    (
        "RX2407-0503",
        "2024-07-18",
        "物业管理",
        "建业世和府小区电梯频繁困人，物业维修不及时",
        "市住建局",
        "2024-07-25",
        "已办结",
        "满意",
    ),
    (
        "RX2407-0611",
        "2024-07-22",
        "消费维权",
        "一健身房突然闭店，会员预付卡余额无法退还",
        "市场监管局",
        "2024-08-12",
        "",
        "",
    ),
    (
        "RX2407-0698",
        "2024-07-24",
        "医疗卫生",
        "市中医院门诊停车场收费标准未公示",
        "市卫健委",
        "2024-07-31",
        "办理中",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345政务服务便民热线2024年7月重点诉求督办工单办理情况"])
    w.writerow(["统计时段：2024年7月1日—7月30日；本月共受理群众和企业诉求26417件，转为重点督办工单8件"])
    w.writerow(
        ["工单编号", "受理时间", "诉求归口", "诉求内容", "承办单位", "办理时限", "办理状态", "回访结果"]
    )
    for row in HOTLINE_ROWS:
        w.writerow(list(row))
    w.writerow(["合计", "", "", "重点督办工单8件", "", "", "已办结3件", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 人大代表建议办理情况, after a county 人大常委会's 代表建议督办会 with its 交通运输局 (县交通系统共收到市人大代表建议1件，
# 县人大代表建议10件，其中涉及公交发展建议5件，公路建设4件，交通综合发展1件; 28号和37号建议被列为重点建议; 承办的建议
# 办理情况进行汇报; 开通城乡公交车、农村公路养护):
# http://wap.qdxw.com.cn/content/2019/09/16/8186924.html
# An .et (Excel 97 via LibreOffice): title naming the 承办单位, 填报单位 line, one header row with the 领衔代表 (the
# proposer), the bureau's own 承办科室, 协办单位, 办理结果分类 (A/B/C类) and 是否重点督办, a 合计 row, a 说明 line and a
# 填表人 line.
NPC_ROWS = [
    (
        "第28号",
        "公交发展",
        "关于增开市区至濮阳县城公交线路的建议",
        "王建军等5名代表",
        "运输科",
        "市众意公交公司",
        "已开通K3路城际公交，发车间隔20分钟",
        "2024年6月30日",
        "A类（已解决）",
        "是",
    ),
    (
        "第37号",
        "公路建设",
        "关于改造提升S209清丰段破损路面的建议",
        "李秀兰",
        "公路建设科",
        "清丰县人民政府",
        "已完成设计批复，7月15日开工，正在施工",
        "2024年10月31日",
        "B类（正在解决）",
        "是",
    ),
    (
        "第41号",
        "公交发展",
        "关于在农村客运站点增设候车亭的建议",
        "赵志刚",
        "运输科",
        "各县（区）交通运输局",
        "已建成候车亭35个并投入使用",
        "2024年7月20日",
        "A类（已解决）",
        "否",
    ),
    (
        "第52号",
        "公路建设",
        "关于加快国道342濮阳段改建的建议",
        "孙玉华等3名代表",
        "规划科",
        "市发改委",
        "已列入“十四五”规划，正在开展工可研究",
        "2025年12月31日",
        "B类（正在解决）",
        "否",
    ),
    (
        "第63号",
        "交通综合",
        "关于规范网约车经营管理的建议",
        "陈立平",
        "运输科",
        "市公安局交通管理支队",
        "正在起草网约车经营服务管理实施细则",
        "2024年12月底前",
        "B类（正在解决）",
        "否",
    ),
    (
        "第71号",
        "公交发展",
        "关于公交站台设置盲道和无障碍设施的建议",
        "郭晓燕",
        "运输科",
        "市众意公交公司",
        "",
        "2024年9月30日",
        "",
        "否",
    ),
    (
        "第88号",
        "公交发展",
        "关于开通城乡公交“村村通”的建议",
        "杨振山",
        "运输科",
        "",
        "尚未启动",
        "2024年8月31日",
        "C类（列入计划逐步解决）",
        "否",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="交通局办公室")
    ws = b.sheet("建议办理情况")
    b.widths(ws, [8, 10, 34, 16, 12, 18, 32, 14, 18, 10])
    b.line(ws, 0, "市交通运输局承办市八届人大四次会议代表建议办理情况汇总表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（盖章）    填报日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "建议号",
            "建议类别",
            "建议题目",
            "领衔代表",
            "承办科室",
            "协办单位",
            "办理进展",
            "计划完成时间",
            "办理结果分类",
            "是否重点督办",
        ],
    )
    for i, row in enumerate(NPC_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(NPC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "承办市人大代表建议7件，其中重点督办建议2件")
    b.line(
        ws, end + 1, "说明：办理结果分类中A类为已解决或基本解决，B类为正在解决，C类为列入计划逐步解决。", 9
    )
    b.line(ws, end + 2, "分管领导：高志明    填表人：曹雨欣    联系电话：0393-8128807", 9)
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "人大代表建议办理情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 营商环境监督信息办理, after a city's account of its 营商环境监督员制度 (监督员提交监督信息，经会议审定，批办、转办、
# 督办; 在5个工作日内通过“转办”“批办”“督办”等方式办理; 项目审批、项目建设中影响营商环境的突出问题):
# https://yybnet.net/beihai/news/201809/7983555.html
# A .zip of two returns: the 自然资源和规划局's .xlsx (填报单位 line; the 监督员 who reported beside each 信息, 转办/督办,
# 交办日期 and 办理时限 in working days, rows naming only its own 科室) and a district 营商办's .docx table naming the
# district's 责任单位 and a 供电公司 by its short name.
LAND_ROWS = [
    (
        "YS-2024-031",
        "张立新",
        "企业反映工业用地不动产权证办理需重复提交规划核实材料",
        "转办",
        "2024-07-01",
        "5个工作日",
        "政务服务科",
        "已精简申请材料，实行“一窗受理”",
        "已办结",
    ),
    (
        "YS-2024-036",
        "刘春华",
        "企业反映项目建设工程规划许可审批超出承诺时限",
        "督办",
        "2024-07-03",
        "10个工作日",
        "规划许可科",
        "已约谈经办人员，正在加快办理",
        "办理中",
    ),
    (
        "YS-2024-040",
        "张立新",
        "企业反映已缴清土地出让金但迟迟未交地",
        "转办",
        "2024-07-08",
        "10个工作日",
        "土地利用科",
        "",
        "",
    ),
    (
        "YS-2024-044",
        "田文斌",
        "反映测绘中介收费偏高，存在变相指定中介现象",
        "督办",
        "2024-07-10",
        "5个工作日",
        "测绘地理信息科",
        "已核查，责令中介机构退还多收费用",
        "已办结",
    ),
    (
        "YS-2024-049",
        "刘春华",
        "工业园区企业申请调整用地规划条件长期无人答复",
        "转办",
        "2024-07-15",
        "2024年8月15日前",
        "国土空间规划科",
        "",
        "未启动",
    ),
]
DISTRICT_ROWS = [
    (
        "餐饮企业反映消防验收与竣工验收重复检查",
        "转办",
        "华龙区住房和城乡建设局",
        "2024年7月12日",
        "已推行联合验收，已办结",
    ),
    (
        "反映岳村镇工业园区内道路损坏，影响货车通行",
        "督办",
        "华龙区岳村镇人民政府",
        "2024年8月30日",
        "已列入维修计划，正在招标",
    ),
    (
        "个体工商户反映办理食品经营许可需往返多次",
        "转办",
        "华龙区市场监督管理局",
        "2024年7月19日",
        "已推行“一次告知”，已办结",
    ),
    ("企业反映新增用电报装接电时间过长", "督办", "濮阳供电公司", "2024年7月31日", "正在协调加快接电"),
]


def write_land_book(path: Path) -> Path:
    b = Book(path, author="政策法规科")
    ws = b.sheet("监督信息办理台账")
    b.widths(ws, [6, 14, 10, 38, 10, 12, 14, 16, 30, 10])
    b.line(ws, 0, "营商环境监督信息转办督办件办理情况台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局（政策法规科）    填报日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "信息编号",
            "营商环境监督员",
            "反映问题",
            "办理方式",
            "交办日期",
            "办理时限",
            "承办科室",
            "办理结果",
            "办结情况",
        ],
    )
    for i, row in enumerate(LAND_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LAND_ROWS)
    b.line(ws, end + 1, "注：办理时限自交办日期起计算。", 9)
    b.line(ws, end + 2, "负责人：董立军    填表人：何佳    联系电话：0393-8966125", 9)
    return b.close()


def write_district_docx(path: Path) -> Path:
    doc = _new_document("华龙区营商办")
    _title(doc, "华龙区营商环境监督信息办理情况汇总表", 18)
    _paragraph(doc, "填报单位：华龙区优化营商环境工作领导小组办公室    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(DISTRICT_ROWS, 1)]
    _table(doc, ["序号", "监督信息内容", "办理方式", "责任单位", "办理时限", "办理情况"], body)
    _paragraph(doc, "填表人：宋雅琪    联系电话：0393-4667210", 12)
    return _save_fixed(doc, path)


def write_business(path: Path) -> Path:
    members = [
        ("营商环境监督信息办理情况台账（市自然资源和规划局）.xlsx", write_land_book),
        ("营商环境监督信息办理情况汇总表（华龙区营商办）.docx", write_district_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("中共濮阳县文留镇委员会关于县委第三巡察组反馈意见整改进展情况的通报.docx", write_patrol),
    ("濮阳市人民政府关于2022年度市级预算执行审计查出问题整改情况的报告.xlsx", write_audit),
    ("2024年政府工作报告主要目标任务上半年落实情况督查通报.xlsx", write_tasks),
    ("乡镇便民服务中心明察暗访发现问题整改台账.xls", write_visits),
    ("关于7月份纪律作风专项检查发现问题的通报.doc", write_discipline),
    ("安全生产隐患大排查快整治严执法第五检查组督查表.xlsx", write_safety),
    ("中央生态环境保护督察反馈意见整改落实情况清单.ods", write_eco),
    ("12345热线7月份重点诉求督办工单办理情况.csv", write_hotline),
    ("市交通运输局承办人大代表建议办理情况汇总表.et", write_npc),
    ("营商环境监督信息办理情况（两家）.zip", write_business),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

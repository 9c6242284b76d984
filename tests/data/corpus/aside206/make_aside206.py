"""Write the aside206 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 国有资产管理的审计和检查整改 (行政事业单位资产清查、公物仓、出租出借、国有企业资产处置).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .ods and .doc (LibreOffice conversions), a CSV in GBK,
two .docx (one whose items are numbered paragraphs, one 通报 with a table) and a .zip of two returns (an .xlsx and a
.docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside206.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties, fixed zip member times).
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})

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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


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
        out = Path(tmp) / "out"
        out.mkdir()
        converted = soffice(source, suffix, out)
        shutil.copyfile(converted, path)
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
# 1. 县属国有企业资产出租管理专项检查, after a county's 专项检查 of its state-owned companies' leasing (检查组对……所属
# 国有企业资产出租管理情况进行专项检查，检查结果及处理情况如下：1.……一直采用协议租赁形式，与《……资产出租管理办法
# （试行）》第四条、第六条规定不符。2.……采用公开招租租赁形式，但未报县国资管理部门审批……处理情况：要求其公司合同期满
# 再次出租时，严格按照规定操作):
# http://www.waqvlmxb.cn/art/2020/12/24/art_1229339616_59026694.html
# A .docx: title, 主送, preamble naming the companies checked, the findings as numbered paragraphs (each with the
# rule it breaks, 处理情况, 整改时限 and 整改情况 in sentences), a closing paragraph, the office and date at the foot.
LEASE_CHECK_PARAS = [
    (
        "1.清丰县城市建设投资有限公司位于城关镇顿丘路的1处临街门面房自2019年出租至今一直采用协议租赁形式，"
        "与《清丰县县属国有企业资产出租管理办法（试行）》第四条、第六条规定不符。处理情况：要求该公司合同期满"
        "后一律进场公开招租。整改时限：2024年12月31日。整改情况：已制定公开招租方案，正在报县国资办审核。"
    ),
    (
        "2.清丰县城市建设投资有限公司人民路1处办公用房采用公开招租形式出租，但未报县国资管理部门审批，与《清丰县"
        "县属国有企业资产出租管理办法（试行）》第七条规定不符。处理情况：责令补办审批手续。整改时限：2024年7月15日。"
        "整改情况：已于7月12日补办审批手续，整改完成。"
    ),
    (
        "3.清丰县国有资产运营有限公司将原粮食储备库2号仓库出租，年租金8万元，低于资产评估价12.6万元，"
        "未说明理由也未经集体决策。处理情况：要求重新评估并与承租方协商调整租金。整改时限：2024年9月30日。"
        "整改情况：已委托评估机构重新评估，评估报告正在出具。"
    ),
    (
        "4.清丰县国有资产运营有限公司对承租方欠缴租金未及时催收，截至6月底累计欠缴23.5万元。处理情况：限期追缴，"
        "必要时通过法律途径解决。整改时限：2024年8月31日。整改情况：已向3户承租方送达催缴通知书，已收回5.2万元。"
    ),
    (
        "5.清丰县公共交通有限公司北站场站出租后，承租方擅自将其中1200平方米转租第三方用于停放货车，公司未及时制止。"
        "处理情况：责令收回转租部分。整改时限：2024年7月20日。整改情况：已终止转租，收回场地，已整改到位。"
    ),
    (
        "6.清丰县公共交通有限公司与承租方签订的场站租赁合同租期为10年，超过办法规定的最长5年期限。处理情况："
        "合同到期前不得续签，纳入合同管理台账动态监管。整改时限：长期坚持。整改情况：常态化推进。"
    ),
    (
        "7.清丰县水利建设投资有限公司出租的2处泵站管理用房未签订书面租赁合同，租金以现金方式收取。处理情况："
        "责令补签书面合同，租金一律通过对公账户收取。整改时限：2024年7月31日。"
    ),
    (
        "8.清丰县水利建设投资有限公司未建立资产出租台账，出租资产底数不清。处理情况：建立资产出租台账，"
        "逐项登记出租资产、承租方、租期和租金收缴情况。整改时限：2024年8月15日。整改情况：尚未启动。"
    ),
]


def write_lease_check(path: Path) -> Path:
    doc = _new_document("县国资办")
    _title(doc, "关于县属国有企业资产出租管理专项检查发现问题及整改情况的报告")
    _paragraph(doc, "县委督查室、县政府督查室：")
    _paragraph(
        doc,
        "按照县委、县政府关于加强国有资产管理的工作部署，7月上旬县财政局（县国资办）牵头组成检查组，对清丰县城市"
        "建设投资有限公司、清丰县国有资产运营有限公司、清丰县公共交通有限公司、清丰县水利建设投资有限公司所属国有"
        "企业资产出租管理情况进行专项检查，检查结果及处理、整改情况如下：",
    )
    for text in LEASE_CHECK_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，县国资办将对上述问题实行台账管理，逐项跟踪督办，整改一项、销号一项。")
    _paragraph(doc, "清丰县财政局（县国资办）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 区属国有企业物业出租情况专项审计, after a district 审计局's published result (审计发现的主要问题：（一）公开招租
# 公告未按规定时间公示……（二）资产管理信息系统建设滞后……（三）厂房租金差额补贴政策执行不到位……（四）园区租赁项目
# 经费使用不规范……（五）税收联动租金未及时收取……（六）直管公房转租收益未及时上缴……（七）部分物业招租运营效益长期偏低):
# https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/sjgk_sjjggg/content/2bef402b-7293-4ead-9118-e2e5df536b78.htm
# An .xlsx: title, 填报单位 line, a two-row header (审计发现问题 over 问题类别/具体问题, 整改落实 over three columns),
# the 问题类别 merged down over the rows of one category, a 注 line and a signature line.
AUDIT_LEASE_ROWS = [
    (
        "（一）公开招租公告未按规定时间公示",
        [
            (
                "3个门面房公开招租项目的公告时间不足区租赁管理制度规定的10个工作日",
                "濮阳市华龙区城市发展投资集团有限公司",
                "修订招租流程，严格执行公告期规定",
                "2024年6月30日",
                "已修订《资产招租工作流程》，6月以来招租项目公告期均满10个工作日，已整改",
            ),
            (
                "产业园2个标准厂房招租项目公告期仅5个工作日",
                "濮阳市华龙区产业园区运营管理有限公司",
                "修订内部招租细则",
                "2024年8月31日",
                "正在修订内部招租细则",
            ),
        ],
    ),
    (
        "（二）资产管理信息系统建设滞后",
        [
            (
                "区属公司对物业载体缺乏全过程、多维度的信息化管理，出租信息靠手工台账登记",
                "濮阳市华龙区国有资产服务中心",
                "建设全区统一的国有资产租赁管理平台",
                "年底前",
                "平台已完成需求调研，正在组织招标",
            ),
        ],
    ),
    (
        "（三）厂房租金差额补贴政策执行不到位",
        [
            (
                "对入驻企业厂房租金差额补贴未按政策规定核实实际经营情况，2家已停产企业仍享受补贴",
                "濮阳市华龙区财政局",
                "重新核实2023年度补贴对象，追回多拨补贴",
                "2024.7.15",
                "已重新核实并追回多拨补贴12.4万元，整改完成",
            ),
        ],
    ),
    (
        "（四）园区租赁项目经费使用不规范",
        [
            (
                "园区租赁项目经费中列支与预算安排用途不符的办公区装修费38.6万元",
                "濮阳市华龙区产业园区运营管理有限公司",
                "调整账务，归还原资金渠道",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "（五）税收联动租金未及时收取",
        [
            (
                "未及时收取税收联动租金45.27万元",
                "濮阳市华龙区城市发展投资集团有限公司",
                "逐户清缴",
                "2024年7月31日",
                "已收取32万元，余款正在催收",
            ),
        ],
    ),
    (
        "（六）直管公房转租收益未及时上缴",
        [
            (
                "非居住类直管公房转租收益17.1万元未及时上缴区财政",
                "濮阳市华龙区安居置业有限公司",
                "全额上缴",
                "2024年6月30日",
                "已全额上缴区财政，整改完成",
            ),
        ],
    ),
    (
        "（七）部分物业招租运营效益长期偏低",
        [
            (
                "开州路商业楼空置期超过2年，空置率达46%",
                "濮阳市华龙区城市发展投资集团有限公司",
                "制定盘活方案，引入专业运营机构",
                "年底前",
                "尚未启动",
            ),
        ],
    ),
]


def write_audit_lease(path: Path) -> Path:
    b = Book(path, author="国资中心")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 40, 26, 26, 14, 34])
    b.line(ws, 0, "华龙区区属国有企业物业出租情况专项审计发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区国有资产服务中心（盖章）        填报日期：2024年7月26日", 6)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "审计发现问题", b.head)
    b.header(ws, 3, ["问题类别", "具体问题"], first=1)
    b.merge(ws, 2, 3, 3, 3, "责任单位", b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展（截至7月25日）"], first=4)
    r, n = 4, 0
    for category, rows in AUDIT_LEASE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.cell)
        for problem, unit, measure, deadline, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, unit, measure, deadline, progress], first=2)
            r += 1
    b.line(ws, r, "注：整改时限以审计决定书要求为准；整改进展请写明截至7月25日的情况。", 6)
    b.line(
        ws,
        r + 1,
        "单位负责人：王志刚        审核人：李红        填表人：赵倩        联系电话：0393-8326617",
        6,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 公物仓运行管理审计, after a city 审计局's account of its audit of the 公物仓 (围绕公物仓管理机制建立、公物仓平台
# 资产“进、出、存”等关键环节……审计发现问题：一是管理系统数据重复……二是未建立完善市直单位使用公物仓情况与设备购置
# 预算安排衔接机制……审计建议：……及时提交公物仓；建立预算单位购置设备与调剂使用公物仓资产的有效衔接机制):
# https://sjj.huaibei.gov.cn/xxfb/gzdt/57817320.html
# An .xls (xlwt): title, 填报单位 line, one header row with 审计发现问题 and 审计建议 side by side, 整改完成情况 and 备注,
# a 合计 row and a 填表人 line.
DEPOT_ROWS = [
    (
        "公物仓平台入仓数据重复986条，涉及金额512.36万元",
        "健全数据校验规则，清理重复数据",
        "濮阳市机关事务管理局",
        "清理重复数据，增设入仓唯一性校验",
        "2024年6月30日",
        "已完成数据清理去重，系统已增设校验",
        "",
    ),
    (
        "未建立市直单位使用公物仓情况与设备购置预算安排衔接机制",
        "建立预算单位购置设备与调剂使用公物仓资产的衔接机制",
        "市财政局",
        "制定公物仓调剂与资产配置预算衔接办法",
        "2024年9月30日",
        "已起草衔接办法，正在征求市直单位意见",
        "",
    ),
    (
        "2023年下半年购置台式电脑40台，未先从公物仓调剂解决",
        "购置前先行查询公物仓在仓资产",
        "市教育局",
        "将公物仓调剂查询作为资产购置前置环节",
        "2024年7月10日",
        "已完成，已印发内部资产配置流程",
        "",
    ),
    (
        "机构改革后闲置办公家具126件未及时提交公物仓",
        "对长期闲置资产及时提交公物仓",
        "市农业农村局",
        "登记造册后办理入仓",
        "2024年8月15日",
        "已登记造册，正在办理入仓手续",
        "",
    ),
    (
        "大型会议临时配置的投影设备和会议桌椅会后未交回公物仓",
        "会议、活动配置资产结束后及时入仓",
        "市卫健委",
        "将会议配置资产交回公物仓",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "在仓资产37件账实不符，部分资产有账无物",
        "定期盘点在仓资产，做到账实相符",
        "濮阳市机关事务管理局",
        "开展在仓资产全面盘点",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "在仓超过1年未调剂也未处置的资产213件",
        "建立在仓资产定期处置机制",
        "市财政局",
        "每半年集中处置一次在仓待处置资产",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_depot(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市公物仓运行管理审计发现问题整改情况表", t, 0, 8),
        (1, 0, "填报单位：濮阳市机关事务管理局    填报时间：2024年7月24日", plain, 1, 8),
    ]
    words = ["序号", "审计发现问题", "审计建议", "责任单位", "整改措施", "整改时限", "整改完成情况", "备注"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(DEPOT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col == 5 else c))
    r = 3 + len(DEPOT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "审计发现问题7项，其中已完成整改2项", c, r, 7),
        (r + 1, 0, "填表人：孟凡荣    审核人：宋建国    联系电话：0393-8181530", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改情况表", cells, [6, 36, 30, 20, 28, 14, 30, 10])])


# ---------------------------------------------------------------------------------------------
# 4. 机关单位资产处置不规范问题自查整改报告, after a published 自查整改报告 (自查范围以……账面数为基准……主要问题清单：
# ①未批先租……②低价处置……③账实不符……④权属悬空……⑤收益坐支……⑥系统滞后……):
# https://max.book118.com/html/2026/0212/6114025024012102.shtm
# A .doc (Word 97 via LibreOffice): title naming the unit, 一、自查范围, 二、主要问题清单及整改情况 with the items as
# ①②③ paragraphs each led by its problem kind, the unit's 科室 and 整改时限 in brackets and the progress after it,
# 三、下一步, the unit and date at the foot.
SELFCHECK_PARAS = [
    (
        "①未批先租：中心原华龙区管理部办公楼一楼自2020年起对外出租，年租金18万元，未履行财政审批及公开招租程序。"
        "整改措施：补报市财政局审批，合同期满后公开招租（责任科室：财务科；整改时限：2024年9月30日）。"
        "整改进展：已报市财政局审批，待批复。"
    ),
    (
        "②低价处置：2023年报废公务车辆4辆，评估价合计9.6万元，实际按每辆3000元卖给指定回收公司，差额8.4万元。"
        "整改措施：追回差额，追究相关人员责任（责任科室：办公室；整改时限：2024年6月30日）。"
        "整改进展：差额已全部追回并上缴国库，已对2名责任人诫勉谈话，已完成整改。"
    ),
    (
        "③账实不符：台式电脑账面数量312台，实盘265台，差异47台。整改措施：逐台查明去向，对报废未销账的办理核销"
        "（责任科室：财务科、信息科；整改时限：2024年8月31日）。整改进展：已查明39台系报废未销账，正在办理核销手续。"
    ),
    (
        "④权属悬空：清丰县管理部业务用房建于2006年，建筑面积1860平方米，至今未办理不动产登记。整改措施：补办不动产"
        "登记（责任科室：办公室；整改时限：年底前）。整改进展：已向不动产登记中心提交登记材料。"
    ),
    (
        "⑤收益坐支：2022—2023年对外出租收入41.2万元直接用于物业维修，未执行“收支两条线”。整改措施：出租收入全额"
        "上缴国库（责任科室：财务科；整改时限：2024年7月15日）。整改进展：已于7月12日全额上缴国库。"
    ),
    (
        "⑥系统滞后：资产管理信息系统未与预算管理一体化系统对接，资产数据需手工重复录入。整改措施：配合市财政局推进"
        "系统对接（责任科室：信息科；整改时限：长期坚持）。整改进展：常态化推进。"
    ),
    (
        "⑦领用无据：办公家具和低值易耗品领用无登记，离岗人员未办理资产交还手续。整改措施：建立资产领用登记和离岗交还"
        "制度（责任科室：办公室；整改时限：2024年8月底前）。"
    ),
]


def write_selfcheck_docx(path: Path) -> Path:
    doc = _new_document("财务科")
    _title(doc, "濮阳市住房公积金管理中心关于资产处置不规范问题的自查整改报告")
    _paragraph(doc, "市国有资产管理专项整治工作领导小组办公室：")
    _paragraph(doc, "一、自查范围", font="黑体")
    _paragraph(
        doc,
        "本次自查以2023年12月31日账面数为基准，覆盖中心机关本级及6个县（区）管理部，资产类别包括房屋、车辆、"
        "通用设备、家具用具和无形资产，账面原值合计1.27亿元。自查采用账面与实物、权属、收益逐项核对的方法。",
    )
    _paragraph(doc, "二、主要问题清单及整改情况", font="黑体")
    for text in SELFCHECK_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "中心将以此次自查为契机，健全资产配置、使用、处置全流程管理制度，确保国有资产安全完整。")
    _paragraph(doc, "濮阳市住房公积金管理中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_selfcheck(path: Path) -> Path:
    return via_soffice(write_selfcheck_docx, path, "doc", "资产处置不规范问题自查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 市级国资公司运营情况专项审计调查, after a city 审计局's published result (对……集团的运营情况进行了专项审计调查……
# （二）经营性资产布局不合理，盈利能力不理想……竞争类二、三级子公司中盈利21家、亏损15家……（三）公有房屋出租管理不到位。
# 市级国资公司未建立统一完善的房产出租管理系统或台账……部分公有房屋存在超期占用、租金长期欠缴……部分商业房……空置):
# https://www.jiaxing.gov.cn/art/2020/11/30/art_1228936328_59018388.html
# A .zip of two groups' returns: an .xlsx (title, 填报单位 line, one header row, rows naming the group's own 部门 and
# its subsidiaries, a signature line) and a .docx (title, 填报单位 line, a table, a 填表人 line).
GROUP_A_ROWS = [
    (
        "公有房屋出租管理不到位",
        "集团未建立统一完善的房产出租管理台账，出租信息分散在各子公司",
        "濮阳市龙都投资集团有限公司（资产管理部）",
        "建立集团统一房产出租台账并上线管理系统",
        "2024年6月30日",
        "已建立统一台账，管理系统6月下旬上线运行，已完成",
    ),
    (
        "公有房屋出租管理不到位",
        "胜利路3处公有房屋租赁合同到期后被承租方超期占用",
        "濮阳市龙都物业服务有限公司",
        "依法收回超期占用房屋",
        "2024年9月30日",
        "已对1户提起诉讼，其余2户正在协商腾退",
    ),
    (
        "公有房屋出租管理不到位",
        "11户承租户租金长期欠缴，合计86.4万元",
        "濮阳市龙都置业有限公司",
        "限期追缴欠缴租金",
        "2024年7月31日",
        "未整改",
    ),
    (
        "经营性资产盈利能力不理想",
        "竞争类子公司连续三年亏损，2023年亏损额达326万元",
        "濮阳市龙都商业运营管理有限公司",
        "制定扭亏增盈方案",
        "2025年6月30日",
        "",
    ),
]
GROUP_B_ROWS = [
    (
        "下属二、三级公司资产总额中经营性资产占比偏低，不足三成",
        "濮阳市濮上文化旅游发展集团有限公司资产财务部",
        "优化资产结构，逐年提高经营性资产比重",
        "长期坚持",
        "长期坚持",
    ),
    (
        "酒店裙楼商铺空置率达58%，招租效果差",
        "濮阳市濮上酒店管理有限公司",
        "调整招租方案，引入品牌商户",
        "年底前",
        "已引入2家餐饮商户，其余商铺正在招租",
    ),
    (
        "2辆旅游大巴车闲置超过2年未处置",
        "濮阳市濮上旅行社有限公司",
        "按程序评估后公开处置",
        "2024.6.30",
        "已通过市公共资源交易中心公开拍卖，处置收入已入账",
    ),
    (
        "划入集团的景区资产未按期办理划转手续",
        "濮阳市濮上园林工程有限公司",
        "办理资产划转和产权变更登记",
        "2024年8月31日",
        "尚未启动",
    ),
]


def write_group_a(path: Path) -> Path:
    b = Book(path, author="资产管理部")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 18, 40, 30, 28, 14, 32])
    b.line(ws, 0, "市级国资公司运营情况专项审计调查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市龙都投资集团有限公司        填报日期：2024年7月25日", 6)
    b.header(
        ws, 2, ["序号", "问题类别", "审计调查发现问题", "整改责任单位", "整改措施", "整改期限", "整改情况"]
    )
    for i, row in enumerate(GROUP_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GROUP_A_ROWS)
    b.line(ws, end + 1, "集团分管领导：孙立军        填表人：高敏        联系电话：0393-6689102", 6)
    return b.close()


def write_group_b(path: Path) -> Path:
    doc = _new_document("濮上文旅集团")
    _title(doc, "专项审计调查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市濮上文化旅游发展集团有限公司        填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(GROUP_B_ROWS, 1)]
    _table(doc, ["序号", "审计调查发现问题", "整改责任单位", "整改措施", "整改期限", "整改情况"], body)
    _paragraph(doc, "填表人：田静    联系电话：0393-6210735", 12)
    return _save_fixed(doc, path)


def write_groups(path: Path) -> Path:
    members = [
        ("专项审计调查发现问题整改情况表（龙都投资集团）.xlsx", write_group_a),
        ("专项审计调查发现问题整改情况表（濮上文旅集团）.docx", write_group_b),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 高校国有资产管理现场专项抽查, after a university's account of its check (由党政办、科发院、教务处、财务处、审计处、
# 国资处等……组成联合检查组，对9个二级学院及4个职能部门进行了国有资产管理现场专项抽查……基础管理工作不扎实、资产闲置、
# 捐赠资产未及时纳入国有资产管理、低值易耗品管理不规范、学院调整资产交接不畅等问题……要求各单位……立行立改):
# https://www.huat.edu.cn/info/1088/23255.htm
# An .ods (LibreOffice conversion): title, 填报单位 and 抽查时间 line (the base date of 立行立改), one header row with
# the 被检查单位 (the college's own 学院 and 处室) and 问题类型, a 检查组成员单位 line and a 填表说明 line.
CAMPUS_ROWS = [
    (
        "机电工程学院",
        "基础管理不扎实",
        "数控实训室12台设备未粘贴资产标签",
        "补贴资产标签",
        "立行立改",
        "已补贴标签，已整改",
    ),
    (
        "信息工程学院",
        "资产闲置",
        "网络机房8台服务器购置后长期闲置未使用",
        "申报校内调剂使用",
        "2024年8月31日",
        "已向国资处申报调剂，正在办理",
    ),
    (
        "艺术学院",
        "捐赠资产未入账",
        "校友捐赠的2台立式钢琴未纳入国有资产管理",
        "办理捐赠资产入账",
        "2024年7月20日",
        "已办理入账",
    ),
    (
        "医学院",
        "低值易耗品管理不规范",
        "解剖实验室低值易耗品领用无登记",
        "建立领用登记簿",
        "2024年9月30日",
        "",
    ),
    (
        "经济管理学院",
        "资产交接不畅",
        "学院调整后原财经系资产交接清单未经双方签字确认",
        "核对清单并签字确认",
        "2024年7月31日",
        "正在核对交接清单",
    ),
    (
        "后勤管理处",
        "基础管理不扎实",
        "学生公寓家具台账与实物不符",
        "全面盘点公寓家具",
        "立行立改",
        "未整改",
    ),
    (
        "图书馆",
        "资产处置不规范",
        "电子阅览室报废电脑未履行报废审批即拆解",
        "建立报废审批台账",
        "长期坚持",
        "长期坚持",
    ),
]


def write_campus_book(path: Path) -> Path:
    b = Book(path, author="国资处")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 16, 18, 40, 22, 14, 26])
    b.line(ws, 0, "国有资产管理现场专项抽查发现问题整改清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳职业技术学院国有资产管理处    抽查时间：2024年7月5日", 6)
    b.header(ws, 2, ["序号", "被检查单位", "问题类型", "问题描述", "整改要求", "整改时限", "整改情况"])
    for i, row in enumerate(CAMPUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CAMPUS_ROWS)
    b.line(ws, end, "检查组成员单位：党政办、科研处、教务处、财务处、审计处、国有资产管理处", 6)
    b.line(ws, end + 1, "填表说明：“立行立改”的问题以抽查当日为整改时限；整改情况请如实填写。", 6)
    return b.close()


def write_campus(path: Path) -> Path:
    via_soffice(write_campus_book, path, "ods", "国有资产管理现场专项抽查问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 镇属资产经济责任审计, after a district 审计局's account of a town leaders' 经济责任审计 (针对镇属资产种类多、数量
# 多的特点……重点核查政府办公设施、公共设施、土地资源等资产类型……资产管理不规范、底数不清、账账不符、账实不符……房产、
# 土地资产未登记入账……核查房屋、土地租金是否及时收取，是否存在长期闲置、被非法占用等情况):
# http://sjj.gz.gov.cn/zzzq/gzdt/content/post_10299435.html
# A CSV in GBK: a title line, a 填报单位 line, a header line with 资产类型 and 责任单位（部门） (the town's own 站所 and
# its company), a 合计 line and a 填表人 line.
TOWN_ROWS = [
    (
        "房屋",
        "原农机站院内房屋6间未登记入账",
        "镇财政所",
        "登记入账",
        "2024-06-30",
        "已登记入账",
    ),
    (
        "房屋",
        "原粮所临街门面8间租金未及时收取，欠缴租金9.8万元",
        "濮阳县胡状镇集体资产经营有限公司",
        "清收欠缴租金",
        "2024-08-31",
        "已收回4.2万元，其余正在催缴",
    ),
    (
        "土地资源",
        "原胡状中学旧址土地被个人占用种植",
        "镇自然资源所",
        "依法收回土地",
        "2024-09-30",
        "未整改",
    ),
    (
        "办公设施",
        "镇政府办公家具、电脑账面186件实有152件，账实不符",
        "镇党政办",
        "全面清查，账实核对",
        "2024-07-31",
        "正在逐件核对",
    ),
    (
        "公共设施",
        "村级文化广场健身器材未纳入资产台账",
        "镇综合文化站",
        "登记纳入资产台账",
        "2024-08-15",
        "",
    ),
    (
        "房屋",
        "镇区商业门面租赁合同到期未续签仍在使用",
        "濮阳县胡状镇集体资产经营有限公司",
        "重新签订租赁合同",
        "2024-07-10",
        "已重新签订合同",
    ),
    (
        "资产处置",
        "报废公务车辆未按程序报批直接处置",
        "镇财政所",
        "规范资产处置审批程序",
        "常态化推进",
        "常态化推进",
    ),
]


def write_town(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["胡状镇党政主要领导经济责任审计镇属资产管理问题整改台账"])
    w.writerow(["填报单位：濮阳县胡状镇人民政府    填报日期：2024年7月22日"])
    w.writerow(["序号", "资产类型", "审计发现问题", "责任单位（部门）", "整改措施", "整改时限", "整改进展"])
    for i, row in enumerate(TOWN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "7个问题", "", "", "", ""])
    w.writerow(["填表人：郝立新    联系电话：0393-3661208"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 资产清查盘点差异表, after a public asset-management system's snapshot comparison export (AssetDiffDto: 变动类型、
# 资产名称、资产类别、规格型号、有无资产编号、资产编号、使用状态、取得时间、取得来源、数量、原值、管理使用单位（部门）、
# 资产放置位置、管理（使用人）、备注; 变动类型 新增 / 丢失):
# https://github.com/melody-aria/Asset-management/blob/3a94e12fe33b38e939b44d597e12df1f81fc8e15/src/main/java/com/example/asset/dto/AssetDiffDto.java
# An .xlsx: the export's header row under a title and a 填报单位 line the office added, the rows as exported, the
# causes and progress written into 备注 by hand, a 审核 line.
DIFF_HEADER = [
    "变动类型",
    "资产名称",
    "资产类别",
    "规格型号",
    "有无资产编号",
    "资产编号",
    "使用状态",
    "取得时间",
    "取得来源",
    "数量",
    "原值",
    "管理使用单位（部门）",
    "资产放置位置",
    "管理（使用人）",
    "备注",
]
DIFF_ROWS = [
    (
        "丢失",
        "联想启天M530台式计算机",
        "通用设备",
        "M530-A",
        "有",
        "JY2019-0412",
        "在用",
        "2019-09-02",
        "购置",
        3,
        13470.00,
        "濮阳市第一高级中学",
        "行政楼302",
        "刘洋",
        "系2023年报废未核销，已于7月18日完成核销",
    ),
    (
        "丢失",
        "爱普生CB-X06投影仪",
        "通用设备",
        "CB-X06",
        "有",
        "JY2020-1187",
        "在用",
        "2020-03-16",
        "购置",
        1,
        3899.00,
        "濮阳市实验小学",
        "多媒体教室2",
        "张敏",
        "暂未查明去向，正在追查，8月31日前查清",
    ),
    (
        "丢失",
        "佳能iR2625复印机",
        "通用设备",
        "iR2625",
        "有",
        "JY2018-0033",
        "在用",
        "2018-05-21",
        "购置",
        1,
        16800.00,
        "市教育局办公室",
        "机关二楼文印室",
        "王建",
        "",
    ),
    (
        "丢失",
        "海尔KFR-72LW柜式空调",
        "通用设备",
        "KFR-72LW/07",
        "有",
        "JY2021-0650",
        "在用",
        "2021-06-10",
        "购置",
        2,
        11600.00,
        "濮阳市第四中学",
        "图书馆阅览室",
        "陈刚",
        "已查明系调拨至东校区未办理手续，正在补办调拨手续，7月31日前完成",
    ),
    (
        "新增",
        "珠江UP118立式钢琴",
        "专用设备",
        "UP118",
        "无",
        "",
        "在用",
        "2023-11-08",
        "捐赠",
        1,
        15800.00,
        "濮阳市第二实验小学",
        "音乐教室",
        "李娟",
        "社会捐赠未入账，已补登入账",
    ),
    (
        "新增",
        "希沃交互智能平板",
        "通用设备",
        "MC86FEA",
        "无",
        "",
        "在用",
        "2024-03-12",
        "调拨",
        4,
        59600.00,
        "濮阳市特殊教育学校",
        "教学楼各班教室",
        "赵丽",
        "项目配发未入账，尚未办理",
    ),
    (
        "新增",
        "电动四轮巡逻车",
        "交通运输设备",
        "LQY-048",
        "无",
        "",
        "在用",
        "2024-04-25",
        "购置",
        1,
        28500.00,
        "濮阳市职业中等专业学校",
        "校门岗亭",
        "孙伟",
        "自行购置未纳入资产管理，正在补办政府采购备案及入账手续，9月30日前完成",
    ),
]


def write_diff(path: Path) -> Path:
    b = Book(path, author="计划财务科")
    ws = b.sheet("Audit_Comparison_Report")
    b.widths(ws, [9, 24, 12, 14, 9, 14, 9, 12, 9, 6, 11, 22, 16, 11, 44])
    last = len(DIFF_HEADER) - 1
    b.line(ws, 0, "市教育局直属学校2024年度资产清查盘点差异表（一季度与二季度快照比对）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市教育局    填报日期：2024年7月25日    差异原因及处理情况见“备注”栏", last)
    b.header(ws, 2, DIFF_HEADER)
    for i, row in enumerate(DIFF_ROWS):
        values = list(row)
        b.row(ws, 3 + i, values)
        b.put(ws, 3 + i, 10, values[10], b.money)
    end = 3 + len(DIFF_ROWS)
    b.line(ws, end + 1, "审核：计划财务科    制表：周静", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 乡镇资产管理检查, after a district's account of its 财政 check of the towns' assets after town mergers (资产处于
# 闲置状态，部分资产实物存在而台账未有登记，部分台账有记录却无实物，固定资产处置程序不规范，部分大宗资产采购亦未履行
# 法定的审批手续……建议各镇成立统一的资产管理办公室……制定统一的资产采购、审批、管理制度):
# https://sjj.changzhou.gov.cn/html/sjj/2012/EDKIJLKL_1030/6706.html
# A .docx: 通报 title, 主送 (各乡镇人民政府), a preamble, one table naming each town, the 整改要求, 整改时限 and the
# 整改落实情况 the towns reported, a closing paragraph, the office and date at the foot.
TOWNSHIP_ROWS = [
    (
        "南乐县城关镇人民政府",
        "乡镇合并后原韩张镇办公区闲置房屋14间长期未盘活",
        "制定盘活方案，调剂使用或公开招租",
        "9月底前",
        "已制定盘活方案，4间已调剂给镇卫生院使用",
    ),
    (
        "南乐县谷金楼镇人民政府",
        "农机具5台实物存在而资产台账未登记",
        "补登资产台账",
        "7月20日前",
        "已登记入账，已整改",
    ),
    (
        "南乐县元村镇人民政府",
        "台账有记录但无实物的资产32件",
        "逐件核查，按程序核销",
        "2024年8月31日",
        "正在逐件核查",
    ),
    (
        "南乐县近德固乡人民政府",
        "报废车辆2辆处置未报县财政局审批",
        "补办审批备案，处置收入上缴",
        "2024年7月15日",
        "已补办审批备案，处置收入已上缴",
    ),
    (
        "南乐县千口镇人民政府",
        "大宗办公设备采购38万元未履行政府采购审批手续",
        "补办手续，追究相关人员责任",
        "2024年7月31日",
        "未整改",
    ),
    (
        "南乐县张果屯镇人民政府",
        "未成立统一的资产管理机构，资产分散在各站所自行管理",
        "成立镇资产管理办公室，集中造册管理",
        "8月15日前",
        "",
    ),
    (
        "南乐县福堪镇人民政府",
        "资产定期盘点制度未落实，近三年未开展全面盘点",
        "建立年度盘点制度",
        "长期坚持",
        "常态化推进",
    ),
]


def write_township(path: Path) -> Path:
    doc = _new_document("资产管理股")
    _title(doc, "南乐县财政局关于乡镇国有资产管理检查发现问题整改情况的通报")
    _paragraph(doc, "各乡镇人民政府：")
    _paragraph(
        doc,
        "7月上旬，县财政局组织对各乡镇国有资产管理工作进行了检查。检查发现，乡镇区划调整后部分资产处于闲置状态，"
        "账实不符、处置和采购程序不规范等问题仍然存在。现将检查发现的问题及各乡镇报送的整改落实情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(TOWNSHIP_ROWS, 1)]
    _table(doc, ["序号", "乡镇", "存在问题", "整改要求", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "请各乡镇对照问题抓紧整改，未完成整改的于8月5日前报送整改进展。")
    _paragraph(doc, "南乐县财政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 国有企业原董事长经济责任审计, after a city 审计局's account of its audit of a state-owned company's former chairman
# (聚焦……建设项目管理、企业发展经营、国有资产管理使用等关键环节……一是关注建设项目管理情况……未完工建设项目……
# 二是关注资产盘活利用情况……账实不符、未经批准出租、出借，固定资产闲置或未发挥效益……三是关注对外投资情况……
# 参股合资企业经营及损益……污水处理厂自动化运营):
# https://sjj.lanzhou.gov.cn/art/2025/4/1/art_2834_1476149.html
# An .xlsx: title, 填报单位 line, one header row, the items grouped under 一、二、三 section rows, rows naming the group's
# own 部门 and its subsidiaries, a signature line.
CHAIR_SECTIONS = [
    (
        "一、建设项目管理方面",
        [
            (
                "濮上路东延道路工程停工超过18个月，形成“断头路”",
                "濮阳市城发市政工程有限公司",
                "协调征迁遗留问题，尽快复工",
                "2024年12月31日",
                "已完成剩余征迁协议签订，正在办理复工手续",
            ),
            (
                "安置房二期项目未办理竣工决算即投入使用，未及时转为固定资产",
                "濮阳市城发置业有限公司",
                "办理竣工决算并转固",
                "2024年6月30日",
                "已完成竣工决算并转固",
            ),
        ],
    ),
    (
        "二、资产盘活利用方面",
        [
            (
                "集团持有的3宗工业用地闲置未盘活",
                "集团资产运营部",
                "分宗制定盘活方案",
                "2024年10月31日",
                "2宗已挂牌招商，1宗正在规划调整",
            ),
            (
                "未经批准出租临街门面4间",
                "濮阳市城发物业管理有限公司",
                "补办审批手续，到期后公开招租",
                "2024年7月15日",
                "已补办审批，已完成整改",
            ),
            (
                "公共停车场道闸系统18套账实不符",
                "濮阳市城发停车场运营有限公司",
                "盘点核实，调整账务",
                "2024年8月31日",
                "",
            ),
            (
                "物业公司办公楼3层闲置未发挥效益",
                "濮阳市城发物业管理有限公司",
                "调剂使用或对外出租",
                "2024年9月30日",
                "尚未启动",
            ),
        ],
    ),
    (
        "三、对外投资方面",
        [
            (
                "参股新能源公司连续亏损，累计投资损失1280万元，未及时研究退出",
                "集团投资发展部",
                "跟踪参股企业经营，适时研究退出",
                "长期坚持",
                "常态化推进",
            ),
            (
                "污水处理厂自动化控制系统建成后长期处于手动运行状态",
                "濮阳市城发环保科技有限公司",
                "修复调试自动化控制系统",
                "2024年8月31日",
                "已联系厂家调试，部分工段已恢复自动运行",
            ),
        ],
    ),
]


def write_chair(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 44, 28, 28, 14, 34])
    b.line(ws, 0, "原董事长经济责任审计发现问题整改台账", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市城乡建设发展集团有限公司（审计部）        填报日期：2024年7月30日", 5)
    b.header(ws, 2, ["序号", "审计发现问题", "责任单位（部门）", "整改措施", "整改时限", "整改进展"])
    r, n = 3, 0
    for section, rows in CHAIR_SECTIONS:
        b.merge(ws, r, 0, r, 5, section, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "审计部负责人：钱伟    填表人：徐晓燕    联系电话：0393-8879251", 5)
    return b.close()


FILES = [
    ("县属国有企业资产出租管理专项检查发现问题及整改情况.docx", write_lease_check),
    ("区属国有企业物业出租专项审计发现问题整改台账.xlsx", write_audit_lease),
    ("市公物仓运行管理审计发现问题整改情况表.xls", write_depot),
    ("濮阳市住房公积金管理中心资产处置不规范问题自查整改报告.doc", write_selfcheck),
    ("市级国资公司专项审计调查问题整改（两家集团）.zip", write_groups),
    ("国有资产管理现场专项抽查问题整改清单.ods", write_campus),
    ("胡状镇镇属资产审计问题整改台账.csv", write_town),
    ("直属学校资产清查盘点差异表.xlsx", write_diff),
    ("关于乡镇国有资产管理检查发现问题整改情况的通报.docx", write_township),
    ("城发集团原董事长经济责任审计问题整改台账.xlsx", write_chair),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

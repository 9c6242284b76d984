"""Write the dev84 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns of 市场监管与商务: 食品经营许可, 价格收费（涉企收费）, 计量器具, 广告违法, 商品质量抽检, 预付卡消费, 加油站,
商场超市, 药店, 个体工商户年报.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, two-row header), a CSV in UTF-8 with BOM, a .docx report
whose items are numbered paragraphs, an .ods and an .et (LibreOffice conversions of an .xlsx), a .wps (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a Word 97 .doc). Contents are made up; statistics date
2024-07-31; dates inside the files, document properties and zip member times are fixed, so two runs give the same
bytes.
Run from this folder: python make_dev84.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 食品经营许可证后监督检查, after a 市场监管分局's note on its daily checks of catering shops' 食品经营许可证
# (许可证已过期仍准备营业; 经营范围与证照的一致性、经营地址与证照地址一致性、是否存在涂改、出租、出借、转让食品经营许可证;
# 延续申请应在有效期届满前提出):
# https://scjg.xinxiang.gov.cn/news/6145
# An .xlsx: title, 填报单位/检查时间 line, one header row with the 许可证编号 and the 检查日期 (the base of 立行立改),
# the shops as 整改责任单位 beside the 日常监管所, a 注 line and a 填表人 line.
LICENCE_ROWS = [
    (
        "濮阳市华龙区蜀香阁川菜馆",
        "JY24109020031527",
        "胜利路街道",
        date(2024, 7, 2),
        "食品经营许可证已于2024年6月20日到期，未申请延续仍在经营",
        "许可证过期",
        "立即停止经营，重新申请许可",
        "立行立改",
        "当日停业，7月5日重新取得许可证后恢复经营",
    ),
    (
        "濮阳市华龙区好味道快餐店",
        "JY24109020045816",
        "中原路街道",
        date(2024, 7, 3),
        "实际制售冷食类食品，许可证载明经营项目仅为热食类食品制售",
        "超范围经营",
        "停止冷食类食品制售或申请变更经营项目",
        "2024年7月15日",
        "已停止冷食类食品制售，整改完成",
    ),
    (
        "濮阳市华龙区老街坊烧烤店",
        "JY24109020052209",
        "胜利路街道",
        date(2024, 7, 5),
        "经营场所已搬迁至五一路东段，实际经营地址与许可证载明地址不一致",
        "地址不一致",
        "申请办理许可变更",
        "7月31日前",
        "已提交变更申请，等待现场核查",
    ),
    (
        "濮阳市华龙区鲜果时光饮品店",
        "JY24109020060374",
        "开州路街道",
        date(2024, 7, 8),
        "未在经营场所显著位置悬挂食品经营许可证正本",
        "未公示",
        "在显著位置悬挂许可证正本",
        "立行立改",
        "已现场悬挂",
    ),
    (
        "濮阳市华龙区阿强面馆",
        "JY24109020018863",
        "大庆路街道",
        date(2024, 7, 9),
        "涂改食品经营许可证有效期截止日期",
        "涂改许可证",
        "立案调查，责令改正",
        "2024年8月15日",
        "已立案，正在调查处理",
    ),
    (
        "濮阳市华龙区福满园酒家",
        "JY24109020027740",
        "任丘路街道",
        date(2024, 7, 10),
        "后厨3名从业人员健康证明已过期，仍在岗从事接触直接入口食品工作",
        "从业人员管理",
        "调离岗位，组织体检取得健康证明后上岗",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳市华龙区宏达便利店",
        "JY14109020039925",
        "开州路街道",
        date(2024, 7, 11),
        "将食品经营许可证出借给他人在店外经营熟食摊点",
        "出借许可证",
        "停止出借行为，依法处理",
        "2024年7月25日",
        "未整改",
    ),
    (
        "濮阳市华龙区惠民副食超市",
        "JY14109020011458",
        "中原路街道",
        date(2024, 7, 12),
        "许可证将于2024年8月10日到期，尚未提出延续申请",
        "许可延续",
        "尽快向原发证部门提出延续申请",
        "2024年7月26日",
        "已于7月22日提出延续申请",
    ),
]


def write_licence(path: Path) -> Path:
    b = Book(path, author="华龙分局食品科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 20, 12, 12, 38, 12, 26, 14, 28])
    b.line(ws, 0, "食品经营许可证后监督检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局华龙分局（盖章）    检查时间：2024年7月1日至7月12日    "
        "填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位",
            "许可证编号",
            "日常监管所",
            "检查日期",
            "检查发现问题",
            "问题类型",
            "整改要求",
            "整改期限",
            "整改情况",
        ],
    )
    for i, (unit, number, office, day, problem, kind, demand, limit, progress) in enumerate(LICENCE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(
            ws,
            2 + i,
            [unit, number, office + "市场监管所", day, problem, kind, demand, limit, progress],
            first=1,
        )
    end = 3 + len(LICENCE_ROWS)
    b.line(
        ws, end + 1, "注：“立行立改”的以检查当日为整改期限；许可证过期、超范围经营的由日常监管所跟踪复查。", 9
    )
    b.line(ws, end + 2, "填表人：孟凡超    审核人：刘海燕    联系电话：0393-8321706", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 涉企收费专项整治, after a city 市场监管综合行政执法队's account of its 涉企收费 checks (制定重点检查实施方案;
# 外围调查、查阅收费系统、对照法律法规政策依据; 共查出违规问题7件，涉及涉企收费单位6家，涉嫌违规金额84.442万元;
# 帮扶涉企收费单位理清政策界限，整改违规违法问题):
# http://www.hadlsm.com/news/tianshui/2019120509091044588.htm
# A .docx report: title, 主送, preamble, 一、检查基本情况, 二、发现问题及整改情况 with the items as numbered paragraphs
# (each naming the 收费单位 under a short name where one is used, its 整改要求 and time limit, its 整改情况 in a
# sentence, one with no progress at all), 三、下一步工作, the sender and date at the foot.
FEE_PARAS = [
    (
        "1．市不动产登记中心对小微企业办理不动产登记仍收取登记费，未执行小微企业免收登记费政策，涉及金额3.62万元。"
        "整改要求：立即停止收取并清退已收费用，限2024年7月15日前完成。整改情况：已停止收费，已收费用全部清退到位。"
    ),
    (
        "2．濮阳供电公司在高压用户新装增容业务中向企业收取外线工程设计审查费，无收费依据，涉及金额12.80万元。"
        "整改要求：停止收取，逐户核实清退，8月底前完成。整改情况：已停止收取，正在逐户核实清退。"
    ),
    (
        "3．市水务公司向新建小区开发企业收取二次供水设施接入费，无收费依据，涉及金额18.20万元。"
        "整改要求：停止收取并清退，2024年9月30日前完成。整改情况：已停止收取，清退方案正在制定。"
    ),
    (
        "4．市燃气公司对新开户工商业用户收取开户费、点火费，属于已明令取消的收费项目，涉及金额9.46万元。"
        "整改要求：全额退还，7月20日前完成。整改情况：已全额退还企业，经复查整改到位。"
    ),
    (
        "5．市交易中心向投标企业收取电子标书制作费，该项目已于2023年明令取消，涉及金额21.36万元。"
        "整改要求：立即停止收取并退还，2024年7月31日前完成。整改情况：截至目前尚未整改。"
    ),
    (
        "6．濮阳市安顺机动车检测有限公司检测收费标准未在收费场所公示，收费项目与公示内容不一致。"
        "整改要求：规范公示收费项目和标准，2024年7月12日前完成。整改情况：已在服务大厅公示收费项目和标准。"
    ),
    (
        "7．濮阳市建筑业协会强制会员企业参加有偿培训并收取培训费，涉及金额19.00万元。"
        "整改要求：停止强制培训收费，修订协会收费管理办法，年底前完成。"
    ),
    (
        "8．市发改委公布的涉企行政事业性收费目录清单未及时动态调整，3项已取消的收费项目仍在清单内。"
        "整改要求：建立收费目录清单动态调整机制，长期坚持。整改情况：常态化推进。"
    ),
]


def write_fee_docx(path: Path) -> Path:
    doc = _new_document("价监竞争科")
    _title(doc, "关于涉企收费专项检查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照市政府关于开展涉企收费专项整治的部署，我局制定重点检查实施方案，对全市涉企收费单位2023年1月1日以来的"
        "收费行为进行了重点检查。现将检查发现问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、检查基本情况", font="黑体")
    _paragraph(
        doc,
        "专项检查共出动执法人员360人次，检查涉企收费单位41家，通过走访收费对象、查阅收费系统、核查财务数据等方式，"
        "共查出违规问题8件，涉及收费单位8家，涉嫌违规金额84.44万元。",
    )
    _paragraph(doc, "二、发现问题及整改情况", font="黑体")
    for text in FEE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将对未整改到位的问题持续跟踪督办，帮助涉企收费单位理清政策界限，对拒不整改的依法立案查处。",
    )
    _paragraph(doc, "濮阳市市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fee(path: Path) -> Path:
    return write_fee_docx(path)


# ---------------------------------------------------------------------------------------------
# 3. 民生计量器具专项监督检查, after a city 质监局's check of the measuring instruments of 交通安全、医疗和加油加气站、
# 农贸市场 (出租车计价器、高速路计重衡器、加油加气机、医疗设备、电子秤是否按期检定、有无合格印证; 集贸市场个别商贩及餐饮店
# 使用未经检定或超期未检定计量器具，当场责令立即停用和限期整改):
# http://zjj.cnbz.gov.cn/Item/37839.aspx
# An .xls (xlwt): title, 填报单位/检查时间 line, a two-row header (整改落实 over 整改结果 and 复查人 — an inspector),
# the 使用单位 as the answering unit, a 合计 row, a 注 line and a 填表人 line.
METER_ROWS = [
    (
        "医疗卫生",
        "濮阳市人民医院",
        "血压计",
        "门诊部12台血压计超过检定周期未送检",
        "停止使用，送法定计量检定机构检定",
        "2024年7月20日",
        "已全部送检，检定合格",
        "李涛",
    ),
    (
        "医疗卫生",
        "濮阳县人民医院",
        "心电图机",
        "2台心电图机未经检定即投入使用",
        "立即停用，检定合格后方可使用",
        "2024年7月15日",
        "已检定合格，恢复使用",
        "李涛",
    ),
    (
        "交通运输",
        "濮阳市通达出租汽车有限公司",
        "出租汽车计价器",
        "5辆出租汽车计价器铅封损坏",
        "限期修复并重新检定",
        "2024年7月31日",
        "已修复3辆，其余2辆正在维修",
        "",
    ),
    (
        "交通运输",
        "濮阳市公路超限检测站",
        "动态汽车衡",
        "计重衡器超过检定周期仍在使用",
        "停用超期衡器，申请检定",
        "8月底前",
        "已联系检定机构，正在排期",
        "",
    ),
    (
        "集贸市场",
        "濮阳市华龙区绿城农贸市场",
        "公平秤",
        "市场主办者设置的公平秤未经检定",
        "送检合格后重新设置",
        "2024年7月10日",
        "已整改",
        "王芳",
    ),
    (
        "集贸市场",
        "濮阳县城关镇东关集贸市场",
        "电子计价秤",
        "部分水产经营户使用未经检定的电子计价秤",
        "责令停用，限期送检",
        "2024年7月25日",
        "未整改",
        "",
    ),
    (
        "加油加气",
        "濮阳市恒通加气站",
        "加气机",
        "1台加气机检定证书已过期",
        "停用并申请检定",
        "2024年7月18日",
        "",
        "",
    ),
    (
        "供水计量",
        "市自来水公司",
        "民用水表",
        "抽检在用民用水表20只，3只示值误差超出最大允许误差",
        "更换超差水表，开展到期水表周期轮换",
        "第三季度",
        "已更换超差水表，周期轮换正在推进",
        "",
    ),
    (
        "眼镜配制",
        "濮阳市明亮眼镜店",
        "验光镜片箱",
        "验光镜片箱超过检定周期",
        "送检",
        "2024年7月12日",
        "已送检合格",
        "王芳",
    ),
]


def write_meter(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "民生计量器具专项监督检查发现问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市市场监督管理局（计量科）    检查时间：2024年7月1日至7月12日    填报日期：2024年7月30日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "检查领域", "使用单位", "计量器具名称", "存在问题", "处理意见", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "整改落实", h, 2, 8), (3, 7, "整改结果", h), (3, 8, "复查人", h)]
    for i, row in enumerate(METER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 8) else c))
    r = 4 + len(METER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查计量器具2118台（件），发现问题9项", c, r, 8),
        (r + 1, 0, "注：“复查人”栏由计量科复查后填写。", plain, r + 1, 8),
        (r + 2, 0, "填表人：赵长明    联系电话：0393-8335120", plain, r + 2, 8),
    ]
    return _write_xls(path, [("计量检查", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 虚假违法广告监测线索处置, after a city 市场监管局's account of its 广告 supervision (“网格式”“菜单式”“递进式”
# “协同式”监管; 下发停止发布通知书、提醒书、责令改正通知书; 整治药品、食品、投融资类虚假违法广告):
# https://public.dengfeng.gov.cn/02JA/1880459.jhtml
# A CSV in UTF-8 with BOM: a title line, a 填报单位 line stating that 办理时限 count from the 交办日期, one header line
# with the 广告主 beside the 承办单位 (the handling unit), a 合计 line.
AD_ROWS = [
    (
        "互联网广告监测平台",
        "2024-06-12",
        "微信公众号",
        "濮阳市康宁医疗器械有限公司",
        "医疗器械广告宣称磁疗床垫可根治高血压，含有治愈率表述",
        "立案调查，责令停止发布",
        "清丰县市场监督管理局",
        "2024-07-12",
        "已立案处罚，广告已删除，已办结",
    ),
    (
        "户外广告巡查",
        "2024-06-18",
        "户外广告牌",
        "濮阳市金盛置业有限公司",
        "房地产广告含有“升值潜力巨大、年投资回报率15%”等收益承诺",
        "下发责令改正通知书",
        "市市场监管局",
        "2024-07-05",
        "广告牌画面已更换",
    ),
    (
        "12315投诉举报",
        "2024-06-25",
        "小区电梯广告",
        "濮阳市博文教育咨询有限公司",
        "教育培训广告宣称“保过”“不过全额退费”",
        "下发停止发布通知书",
        "濮阳市华龙区市场监督管理局",
        "15个工作日",
        "正在调查取证",
    ),
    (
        "电视广告监测",
        "2024-07-02",
        "濮阳电视台公共频道",
        "濮阳市百草堂保健品有限公司",
        "保健食品广告宣称可降血糖、替代药物治疗",
        "责令停止发布，立案调查",
        "市市场监管局",
        "2024-07-31",
        "已停播，案件正在审理",
    ),
    (
        "互联网广告监测平台",
        "2024-07-05",
        "短视频平台",
        "濮阳县鑫丰农资有限公司",
        "农药广告含有“无毒无害”等安全性断言",
        "责令改正",
        "濮阳县市场监督管理局",
        "10个工作日",
        "未整改",
    ),
    (
        "户外广告巡查",
        "2024-07-08",
        "门店招牌及橱窗",
        "南乐县佳美医疗美容诊所",
        "医疗美容广告使用患者术前术后对比图片",
        "下发责令改正通知书",
        "南乐县市场监督管理局",
        "2024-07-22",
        "",
    ),
    (
        "12315投诉举报",
        "2024-07-10",
        "街头散发传单",
        "范县聚财投资咨询有限公司",
        "投融资广告承诺“保本保息、年化收益12%”",
        "涉嫌非法集资，移送公安机关",
        "范县市场监督管理局",
        "2024-07-20",
        "已移交公安机关",
    ),
    (
        "报刊广告监测",
        "2024-07-12",
        "《濮阳早报》",
        "濮阳市华龙区康复堂药店",
        "药品广告未标明广告批准文号",
        "责令改正",
        "濮阳市华龙区市场监督管理局",
        "立行立改",
        "已补标广告批准文号",
    ),
]


def write_ads(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年第二季度虚假违法广告监测线索处置台账"])
    w.writerow(
        ["填报单位：濮阳市市场监督管理局广告监管科；统计截止：2024年7月30日；办理时限自线索交办之日起计算"]
    )
    w.writerow(
        [
            "序号",
            "线索来源",
            "交办日期",
            "发布媒介",
            "广告主",
            "违法情形",
            "处置方式",
            "承办单位",
            "办理时限",
            "办理结果",
        ]
    )
    for i, row in enumerate(AD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "交办监测线索8条", "", "", "", "办结3条"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 流通领域商品质量抽检不合格商品核查处置, after a city 工商局's quarterly 商品质量抽检 (汽柴油、儿童用品、床上用品、泳衣
# 和车用压缩天然气; 抽检87批次，不合格18批次; 告知生产者和销售者，对公告的不合格商品立即停止销售、负责退货，依法处罚):
# http://3g.ne365.com/News/Detail.aspx?ID=56193
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 被抽样单位 as 整改责任单位, a 处置进展
# column and an 办结情况 closure column beside it (已办结 beats 正在整改), a 填表说明 line and a signature line.
SAMPLE_ROWS = [
    (
        "车用柴油（Ⅵ）0号",
        "——",
        "濮阳市顺达加油站",
        "多环芳烃含量",
        "责令停止销售，立案调查",
        "2024年7月15日",
        "已停止销售，罚款已缴纳",
        "已办结",
    ),
    (
        "儿童滑板车",
        "永康市乐途童车有限公司",
        "濮阳市华龙区童乐玩具店",
        "制动性能",
        "下架并退回供货商",
        "2024.7.10",
        "已下架退货",
        "",
    ),
    (
        "全棉四件套",
        "南通锦绣家纺有限公司",
        "濮阳市万家福购物广场有限公司",
        "甲醛含量、pH值",
        "下架，立案调查",
        "2024年7月31日",
        "已下架，正在调查",
        "",
    ),
    (
        "女式泳衣",
        "晋江市浪花服饰有限公司",
        "濮阳市华龙区乐游体育用品店",
        "纤维含量与标识不符",
        "责令停止销售，限期改正",
        "7月20日前",
        "正在整改",
        "已办结",
    ),
    (
        "车用压缩天然气",
        "——",
        "濮阳县宏达CNG加气站",
        "硫化氢含量",
        "责令停止销售，复检",
        "2024年8月10日",
        "未整改",
        "",
    ),
    (
        "儿童针织套装",
        "湖州织里童心服饰厂",
        "濮阳市华龙区贝贝童装店",
        "绳带要求",
        "下架",
        "2024年7月5日",
        "已下架",
        "",
    ),
    (
        "电热水壶",
        "中山市美家电器有限公司",
        "濮阳市百家惠家电商场",
        "耐热和耐燃",
        "下架，通知生产企业召回",
        "第三季度",
        "已下架，召回正在进行",
        "",
    ),
    (
        "车用汽油（Ⅵ）92号",
        "——",
        "濮阳市华龙区东环路加油站",
        "蒸气压",
        "立案调查",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_sample_book(path: Path) -> Path:
    b = Book(path, author="质量科")
    ws = b.sheet("核查处置")
    b.widths(ws, [6, 20, 24, 28, 18, 24, 16, 22, 12])
    b.line(ws, 0, "2024年第二季度流通领域商品质量抽检不合格商品核查处置情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局（产品质量安全监督管理科）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "商品名称",
            "标称生产企业",
            "被抽样单位（整改责任单位）",
            "不合格项目",
            "核查处置措施",
            "处置时限",
            "处置进展",
            "办结情况",
        ],
    )
    for i, row in enumerate(SAMPLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SAMPLE_ROWS)
    b.line(ws, end + 1, "填表说明：核查处置完毕并经复核的，在“办结情况”栏填写“已办结”。", 8)
    b.line(ws, end + 2, "负责人：高卫东    填表人：石晶    联系电话：0393-8335167", 8)
    return b.close()


def write_sample(path: Path) -> Path:
    via_soffice(write_sample_book, path, "ods", "商品质量抽检不合格商品核查处置情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 单用途商业预付卡专项检查, after a district 商务局's check of the card-issuing firms of 流通、餐饮住宿、居民服务
# (检查发卡备案、发卡登记、签订协议、专项资金管理制度; 登记信息不完善、未严格签订办卡协议或协议内容不完善、未办理备案;
# 下达整改通知书，明确整改要求和时限):
# https://www.jiuyuanqu.gov.cn/qnyw/66828.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line stating that 整改期限 count from the 整改通知书
# 下达日期, one header row with that date beside the 整改期限 (日内 / 个工作日 / a date / 长期坚持), 填表人 line.
CARD_ROWS = [
    (
        "濮阳市华联超市有限公司",
        "零售业",
        "未按规定向商务部门办理单用途商业预付卡备案",
        date(2024, 7, 8),
        "10个工作日",
        "已完成备案",
    ),
    (
        "濮阳市丽人坊美容美发有限公司",
        "居民服务业",
        "发售记名卡未与购卡人签订办卡协议",
        date(2024, 7, 8),
        "15日内",
        "已制定协议范本，正在补签",
    ),
    (
        "濮阳市金沙湾洗浴有限公司",
        "居民服务业",
        "购卡登记信息不完善，缺少购卡人身份证件信息",
        date(2024, 7, 9),
        "10日内",
        "已补全登记信息",
    ),
    (
        "濮阳市老城根餐饮管理有限公司",
        "餐饮住宿业",
        "预收资金未按规定实行存管，未开立资金存管账户",
        date(2024, 7, 9),
        "2024年8月31日",
        "未整改",
    ),
    (
        "濮阳市鑫隆洗衣连锁有限公司",
        "居民服务业",
        "单张不记名卡面值超过1000元限额",
        date(2024, 7, 10),
        "5个工作日",
        "已整改",
    ),
    (
        "濮阳市大润福百货有限公司",
        "零售业",
        "未按季度报送单用途卡业务情况报告",
        date(2024, 7, 10),
        "长期坚持",
        "长期坚持",
    ),
    (
        "濮阳市甜蜜时光烘焙有限公司",
        "餐饮住宿业",
        "未在经营场所公示预付卡章程和服务规范",
        date(2024, 7, 11),
        "3日内",
        "",
    ),
]


def write_card_book(path: Path) -> Path:
    b = Book(path, author="市场运行科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 12, 40, 14, 12, 26])
    b.line(ws, 0, "单用途商业预付卡专项检查发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市商务局    检查时间：2024年7月8日至7月11日    整改期限自《整改通知书》下达之日起计算",
        6,
    )
    b.header(
        ws,
        2,
        ["序号", "发卡企业名称", "所属行业", "检查发现问题", "通知书下达日期", "整改期限", "整改落实情况"],
    )
    for i, row in enumerate(CARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CARD_ROWS)
    b.line(ws, end + 1, "填表人：宁晓东    审核人：许建华    填报日期：2024年7月30日", 6)
    return b.close()


def write_card(path: Path) -> Path:
    return via_soffice(write_card_book, path, "xls", "单用途商业预付卡专项检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 加油站安全生产检查, after a county 工业信息化商务科学技术局's check of its 22 加油站 (证照、主体责任、安全管理制度、
# 消防通道、灭火器材、设备安全日常巡检、安全教育培训及应急演练; 员工安全意识不强、不穿防静电服装加油、安全台账不健全;
# 做好隐患排查台账):
# http://ynwd.gov.cn/info/1041/30160.htm
# An .xlsx: title, 填报单位/检查时间 line, a two-row header (整改落实 over 整改时限 / 是否完成 / 备注) with the 县区
# and the station, an 整改责任人 (a person), a 合计 row and a 注 line.
STATION_ROWS = [
    (
        "华龙区",
        "中国石化濮阳石油分公司京开大道加油站",
        "部分加油员未穿防静电工作服上岗作业",
        "张建国",
        "2024.7.10",
        "是",
        "",
    ),
    (
        "华龙区",
        "中国石油濮阳销售分公司建设路加油站",
        "设备日常安全巡检记录、成品油进销存台账不健全",
        "刘卫东",
        "2024.7.20",
        "否",
        "正在补建台账",
    ),
    ("濮阳县", "濮阳县顺通加油站", "卸油口未上锁", "马春生", "2024.7.8", "是", ""),
    ("清丰县", "清丰县宏运加油站", "罐区灭火毯、消防沙配备数量不足", "李志强", "2024.7.15", "否", ""),
    ("南乐县", "南乐县昌盛加油站", "本年度未开展应急演练", "王红霞", "8月底前", "", "已制定演练方案"),
    (
        "范县",
        "范县金堤加油站",
        "违规销售散装汽油，未落实购油人实名登记",
        "孙立军",
        "2024.7.5",
        "是",
        "已停止散装汽油销售",
    ),
    ("台前县", "台前县黄河加油站", "加油岛防撞柱缺失", "赵明亮", "2024.7.31", "否", "防撞柱已订购，待安装"),
    (
        "华龙区",
        "中国石化濮阳石油分公司胜利路加油站",
        "员工安全教育培训记录缺失",
        "陈晓磊",
        "长期坚持",
        "",
        "每月组织一次安全培训，长期坚持",
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="商贸流通科")
    ws = b.sheet("加油站")
    b.widths(ws, [6, 10, 34, 40, 12, 14, 10, 28])
    b.line(ws, 0, "加油站安全生产检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市商务局（商贸流通科）    检查时间：2024年7月1日至7月5日    填报日期：2024年7月30日",
        7,
    )
    for c, word in enumerate(["序号", "县（区）", "加油站名称", "检查发现问题", "整改责任人"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "是否完成", "备注"], first=5)
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:5]), first=1)
        b.put(ws, 3 + i, 6, row[5], b.center)
        b.put(ws, 3 + i, 7, row[6])
    end = 4 + len(STATION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "检查加油站22座，发现问题8项，已完成整改3项")
    b.line(ws, end + 1, "注：“是否完成”栏填写“是”或“否”；长期性工作在“备注”栏说明。", 7)
    b.line(ws, end + 2, "填表人：韩立新    联系电话：0393-8991352", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 大型商场超市消防安全专项督查, after a city 商务局's 消防安全专项督查 of the big 商场超市 before a holiday (消防控制室、
# 配电箱、消防器材以及疏散通道; 消防通道标志缺失、场内无贴地反光式疏散标志; 下发整改通知书并要求在3日内整改到位;
# 对督促整改的问题和隐患进行复查):
# http://shishou.cjyun.org/p/12301.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble, one table with the 整改通知书 number and its 下发日期 (the base
# of 3日内 / 15日内) and a 复查情况 column, the 督查组 and date at the foot.
MALL_ROWS = [
    (
        "濮阳市新世纪购物中心有限公司",
        "消防控制室值班人员未持证上岗，夜间仅1人值班",
        "濮商消督〔2024〕01号",
        "2024.7.15",
        "15日内",
        "已安排2名持证人员值班，复查合格",
    ),
    (
        "濮阳市家家乐超市有限公司",
        "疏散通道指示标志缺失，卖场内未设置贴地反光式疏散指示标志",
        "濮商消督〔2024〕02号",
        "2024.7.15",
        "3日内",
        "已补设，复查合格",
    ),
    (
        "濮阳市百货大楼有限公司",
        "一楼配电箱周围堆放纸箱等可燃物",
        "濮商消督〔2024〕03号",
        "2024.7.15",
        "3日内",
        "复查时仍未清理",
    ),
    (
        "濮阳市惠万家生活超市有限公司",
        "卖场内12具灭火器压力不足",
        "濮商消督〔2024〕04号",
        "2024.7.16",
        "3日内",
        "已更换灭火器12具",
    ),
    (
        "濮阳市天润购物广场有限公司",
        "地下一层仓库防火卷帘门下方堆放货物",
        "濮商消督〔2024〕05号",
        "2024.7.16",
        "3日内",
        "货物已部分清理，正在调整库位",
    ),
    (
        "濮阳市便民时代超市有限公司",
        "自动喷水灭火系统末端试水装置压力不足",
        "濮商消督〔2024〕06号",
        "2024.7.17",
        "2024年8月15日",
        "已联系维保单位检修",
    ),
    (
        "濮阳市中原商贸城有限公司",
        "建筑消防设施未按规定每年进行全面检测",
        "濮商消督〔2024〕07号",
        "2024.7.17",
        "2024年9月30日",
        "",
    ),
]


def write_mall_docx(path: Path) -> Path:
    doc = _new_document("市商务局")
    _title(doc, "大型商场超市消防安全专项督查发现问题整改情况表", 18)
    _paragraph(doc, "市政府督查局：", 14)
    _paragraph(
        doc,
        "7月15日至17日，市商务局对中心城区大型商场超市开展消防安全专项督查，重点检查消防控制室、配电箱、消防器材和"
        "疏散通道，共下发整改通知书7份，整改期限自通知书下发之日起计算。现将整改情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(MALL_ROWS, 1)]
    _table(doc, ["序号", "督查对象", "存在问题", "整改通知书编号", "下发日期", "整改期限", "复查情况"], body)
    _paragraph(doc, "濮阳市商务局督查组", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_mall(path: Path) -> Path:
    return via_soffice(write_mall_docx, path, "doc", "商场超市消防安全专项督查问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 药品零售企业专项检查, after a district 食品药监局 所's continuing check of its 药品零售企业 (药品及医疗器械，也排查药店
# 销售的化妆品、食品; 处方药销售管理、医疗器械/化妆品资质查验、食品索证索票; 医疗器械陈列不符合规定; 下达责令改正
# 通知书，要求企业立即整改):
# http://m.news.wmxa.cn/n/201705/455256.html
# A .zip of two returns: a pharmacy chain's .xlsx (填报单位 line; rows naming its 门店 in full, a 责任人 and an 整改状态
# column) and a township 市场监管所's Word 97 .doc (单体药店 as 整改责任单位, the 责令改正通知书 number, 整改期限).
CHAIN_ROWS = [
    (
        "濮阳市仁和堂大药房连锁有限公司胜利路店",
        "医疗器械与药品混放，未分区陈列",
        "设立医疗器械专区，分区分类陈列",
        "周敏",
        "2024-07-12",
        "已完成",
    ),
    (
        "濮阳市仁和堂大药房连锁有限公司中原路店",
        "执业药师不在岗时未挂牌告知，仍销售处方药",
        "执业药师不在岗时暂停销售处方药并挂牌告知",
        "郑凯",
        "2024-07-10",
        "已完成",
    ),
    (
        "濮阳市仁和堂大药房连锁有限公司开州路店",
        "阴凉柜温度超过20℃，温湿度记录不全",
        "维修阴凉柜，补齐温湿度记录",
        "孔丽娟",
        "2024-07-20",
        "进行中",
    ),
    (
        "濮阳市仁和堂大药房连锁有限公司人民路店",
        "销售的保健食品未索取供货商资质证明",
        "补索供货商资质和产品检验报告",
        "杨帆",
        "2024-07-31",
        "未启动",
    ),
    (
        "濮阳市仁和堂大药房连锁有限公司大庆路店",
        "化妆品陈列区2个批次化妆品已超过使用期限",
        "下架销毁，建立效期检查制度",
        "贾玉洁",
        "2024-07-15",
        "",
    ),
]
CLINIC_SHOP_ROWS = [
    (
        "濮阳县康泰大药房",
        "未凭处方销售头孢类处方药",
        "濮县市监城责改〔2024〕11号",
        "2024年7月12日",
        "已整改，已立案处罚",
    ),
    (
        "濮阳县济民堂药店",
        "执业药师注册单位与实际执业单位不一致",
        "濮县市监城责改〔2024〕12号",
        "2024年7月31日",
        "正在办理执业药师变更注册",
    ),
    (
        "濮阳县百姓平价药店",
        "拆零药品未保留原包装及说明书",
        "濮县市监城责改〔2024〕13号",
        "2024年7月15日",
        "已整改",
    ),
    (
        "濮阳县同心堂药店",
        "胰岛素等冷藏药品未放入冷藏柜储存",
        "濮县市监城责改〔2024〕14号",
        "2024年7月10日",
        "未整改",
    ),
    ("濮阳县安康药店", "销售的医用口罩无进货查验记录", "濮县市监城责改〔2024〕15号", "2024年8月10日", ""),
]


def write_chain_book(path: Path) -> Path:
    b = Book(path, author="质量管理部")
    ws = b.sheet("门店整改")
    b.widths(ws, [6, 38, 36, 32, 10, 14, 12])
    b.line(ws, 0, "药品零售企业专项检查问题门店整改跟踪表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市仁和堂大药房连锁有限公司（质量管理部）    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "门店名称", "检查发现问题", "整改措施", "责任人", "完成时限", "整改状态"])
    for i, row in enumerate(CHAIN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CHAIN_ROWS)
    b.line(ws, end + 1, "质量负责人：钱志刚    填表人：贾玉洁    联系电话：0393-8516620", 6)
    return b.close()


def write_clinic_shop_docx(path: Path) -> Path:
    doc = _new_document("城关镇市场监管所")
    _title(doc, "城关镇辖区药品零售企业专项检查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县市场监督管理局城关镇市场监管所    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(CLINIC_SHOP_ROWS, 1)]
    _table(doc, ["序号", "整改责任单位", "存在问题", "责令改正通知书文号", "整改期限", "整改情况"], body)
    _paragraph(doc, "填表人：段红英    联系电话：0393-3226018", 12)
    return _save_fixed(doc, path)


def write_clinic_shop(path: Path) -> Path:
    return via_soffice(write_clinic_shop_docx, path, "doc", "城关镇药品零售企业专项检查问题整改情况.docx")


def write_pharmacy(path: Path) -> Path:
    members = [
        ("药品零售企业专项检查问题门店整改跟踪表（仁和堂连锁）.xlsx", write_chain_book),
        ("城关镇辖区药品零售企业专项检查问题整改情况.doc", write_clinic_shop),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 个体工商户年报公示工作推进, after a city 工商局's 通报 of the 市场主体年报公示 progress of its 辖市区
# (截至某日全市平均年报公示率; 年报率低于去年同期; 不同地区年报公示工作进展不平衡; 集中精力、集中力量采取有力措施，
# 狠抓工作责任落实):
# http://saaoao.cn/downxxgk.php?fid=668146890983147
# An .xlsx: title, 填报单位 line, a preamble line with the city's rate, one header row with a 是否销号 closure column
# beside 进展情况, the 县区 市场监督管理局 as 责任单位 and one row of the sender's own 科 (unit = the sender), a 注 line
# and a signature line.
ANNUAL_ROWS = [
    (
        "清丰县市场监督管理局",
        "截至6月30日个体工商户年报公示率78.6%，低于全市平均水平5.2个百分点",
        "对未年报户逐户电话提醒、上门督促补报",
        "2024年7月31日",
        "已督促补报1260户，年报率提升至84.1%",
        "",
    ),
    (
        "南乐县市场监督管理局",
        "年报数据中236户个体工商户联系电话为空号或错号",
        "组织各市场监管所逐户核实更正联系方式",
        "2024年7月20日",
        "已全部核实更正",
        "已销号",
    ),
    (
        "范县市场监督管理局",
        "乡镇市场监管所年报宣传不到位，未在集市张贴年报公告",
        "在乡镇集市、商户聚集区张贴年报公告",
        "2024年7月10日",
        "已完成张贴",
        "已销号",
    ),
    (
        "台前县市场监督管理局",
        "逾期未年报个体工商户未按期标记为经营异常状态",
        "依法标记经营异常状态并公示",
        "7月15日前",
        "尚未启动",
        "",
    ),
    (
        "濮阳县市场监督管理局",
        "应报名单底数不清，已注销、吊销的个体工商户仍在应报名单中",
        "清理应报名单，剔除已注销吊销户",
        "8月底前",
        "正在清理",
        "",
    ),
    (
        "濮阳市华龙区市场监督管理局",
        "年报抽查发现12户个体工商户公示信息隐瞒真实情况",
        "依法标记经营异常状态，督促更正公示信息",
        "2024年9月30日",
        "已标记8户，其余4户正在核实",
        "",
    ),
    (
        "濮阳经济技术开发区市场监督管理局",
        "对新设立个体工商户的年报告知提醒不及时",
        "建立新设主体年报告知提醒机制",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "市局信用监督管理科",
        "年报公示工作未纳入对县区局的绩效考核",
        "将年报公示率纳入县区局年度绩效考核",
        "年底前",
        "",
        "",
    ),
]


def write_annual(path: Path) -> Path:
    b = Book(path, author="信用监督管理科")
    ws = b.sheet("推进问题台账")
    b.widths(ws, [6, 30, 44, 34, 14, 30, 10])
    b.line(ws, 0, "2023年度个体工商户年报公示工作推进问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局    填报日期：2024年7月30日", 6)
    b.line(
        ws,
        2,
        "截至2024年6月30日，全市应年报个体工商户21.6万户，年报公示率83.8%，各县（区）进展不平衡。",
        6,
    )
    b.header(ws, 3, ["序号", "责任单位", "存在问题", "整改措施", "完成时限", "进展情况", "是否销号"])
    for i, row in enumerate(ANNUAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ANNUAL_ROWS)
    b.line(ws, end + 1, "注：经市局信用监督管理科复核通过的，“是否销号”栏填写“已销号”。", 6)
    b.line(ws, end + 2, "分管领导：范志远    填表人：吕婷婷    联系电话：0393-8335198", 6)
    return b.close()


FILES = [
    ("食品经营许可证后监督检查发现问题整改台账.xlsx", write_licence),
    ("关于涉企收费专项检查发现问题整改情况的报告.docx", write_fee),
    ("民生计量器具专项监督检查问题整改台账.xls", write_meter),
    ("虚假违法广告监测线索处置台账.csv", write_ads),
    ("流通领域商品质量抽检不合格商品核查处置情况表.ods", write_sample),
    ("单用途商业预付卡专项检查问题整改台账.et", write_card),
    ("加油站安全生产检查问题整改台账.xlsx", write_station),
    ("大型商场超市消防安全专项督查问题整改情况表.wps", write_mall),
    ("药品零售企业专项检查问题整改（两份）.zip", write_pharmacy),
    ("2023年度个体工商户年报公示工作推进问题整改台账.xlsx", write_annual),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

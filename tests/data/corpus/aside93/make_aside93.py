"""Write the aside93 returns: ten files laid out after ten public sources, cited beside each layout below.

Senders of ten kinds: 医院, 高校, 开发区, 供电公司, 供水公司, 出租汽车公司, 街道社区, 市直部门 (two, in the zip),
金融机构 and 村级. Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .csv in GBK, .docx (numbered
paragraphs), .ods and .et (LibreOffice conversions), .doc and .wps (Word 97 via LibreOffice) and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside93.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 医院巡察整改进展情况的通报, after a city hospital party committee's 关于巡察整改进展情况的通报 (市委巡察组巡察、
# 反馈; 一、组织整改落实情况; 二、巡察反馈问题整改进展情况, (一)反馈问题, 1. 问题, (1) 具体问题, 整改情况：一是…二是…):
# https://www.czs2y.com.cn/ywgk/501.html
# A .docx of paragraphs only: the items are the numbered (1)(2) problems, each with 整改情况, 责任科室 and 整改时限 lines;
# the hospital is the unit for all, its 科室 are sections.
HOSPITAL = "濮阳市第三人民医院"
HOSPITAL_PARTS = [
    (
        "（一）反馈问题：落实全面从严治党责任有差距，管理制度执行不严。",
        [
            (
                "1.药品耗材管理不规范。",
                [
                    (
                        "（1）结余药品管理台账不健全，部分结余药品去向不清。",
                        (
                            "整改情况：一是全面盘点各病区结余药品，建立结余药品专门台账；二是修订《结余药品管理规定》，"
                            "每季度向药事管理委员会通报。该问题已整改到位。"
                        ),
                        "药剂科、财务科",
                        "2024年6月底前",
                    ),
                    (
                        "（2）医用耗材二级库管理不规范，存在以领代耗现象。",
                        "整改情况：已完成骨科、心内科二级库信息化改造，实现耗材扫码出库，其余科室正在推进。",
                        "设备科",
                        "2024年10月底前",
                    ),
                ],
            ),
            (
                "2.重大事项决策程序执行不严。",
                [
                    (
                        "（1）大型医用设备购置前论证不充分，个别设备使用率偏低。",
                        (
                            "整改情况：一是制定《大型医用设备购置论证办法》；二是对使用率偏低的2台设备调剂至院区共享使用。"
                            "已完成整改。"
                        ),
                        "设备科、医务科",
                        "2024年7月15日",
                    ),
                    (
                        "（2）部分科室未严格执行“三重一大”事项集体决策。",
                        "整改情况：严格执行党委会、院长办公会议事规则，重大事项一律集体研究决定。此项长期坚持。",
                        "党委办公室、院长办公室",
                        "长期坚持",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）反馈问题：以人民为中心的服务理念树得不牢，群众就医体验有待提升。",
        [
            (
                "1.门诊服务流程不够便捷。",
                [
                    (
                        "（1）门诊挂号收费窗口高峰时段排队时间长。",
                        "整改情况：已开通诊间支付和自助机缴费，正在增设综合服务窗口，目前基本完成。",
                        "门诊部、信息科",
                        "2024年8月31日前",
                    ),
                    (
                        "（2）出院患者满意度电话回访覆盖率偏低。",
                        "整改情况：因随访系统升级尚未完成，该项工作尚未启动。",
                        "医患关系办公室",
                        "2024年12月底前",
                    ),
                ],
            ),
            (
                "2.基层党建工作基础不牢。",
                [
                    (
                        "（1）个别党支部“三会一课”记录不规范、内容不完整。",
                        "整改情况：组织各支部对照标准逐项补正记录，开展支部书记专题培训1期，已整改完毕并销号。",
                        "党委办公室",
                        "2024年5月底前",
                    ),
                ],
            ),
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("院党委办公室")
    _title(doc, f"中共{HOSPITAL}委员会\n关于巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月4日至4月12日，市委第四巡察组对"
        f"{HOSPITAL}党委进行了巡察，并于2024年4月30日反馈了巡察意见。按照巡察工作有关要求，"
        "现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、组织整改落实情况", font="黑体")
    _paragraph(
        doc,
        "医院党委把巡察整改作为重大政治任务，成立整改工作领导小组，实行清单式管理、项目化推进，"
        "建立销号落实与进展通报机制，确保整改无死角、无遗漏。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    for heading, groups in HOSPITAL_PARTS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for group, problems in groups:
            _paragraph(doc, group, bold=True)
            for problem, progress, section, deadline in problems:
                _paragraph(doc, problem)
                _paragraph(doc, progress)
                _paragraph(doc, f"责任科室：{section}    整改时限：{deadline}")
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-8912345。",
    )
    _paragraph(doc, f"中共{HOSPITAL}委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 高校巡察整改“回头看”自查自评, after a college's notice 关于开展校内巡察整改“回头看”评估工作的通知 (校内相关单位
# 完成自查自评; 逐项梳理整改任务; 是否建立整改工作台账, 已销号问题是否反弹, 持续销号问题是否整改到位; 党政办公室、
# 纪委办公室牵头): https://jsc.cdgmxy.edu.cn/html/lzw/tzgg/49803.html
# An .xlsx: title, 填报单位 and 填报日期 line, a two-row header with 是否销号 split into 是/否 for ticks, a 填表说明 and
# a signature line. The 牵头部门 are offices of the college, so the college is the unit.
COLLEGE = "濮阳职业技术学院"
COLLEGE_ROWS = [
    (
        "二级学院党组织会议议事规则不健全，议事范围不清",
        "修订二级学院党组织会议和党政联席会议议事规则",
        "党委组织部",
        "各二级学院",
        "2024.6.30",
        "已完成修订并印发执行",
        "√",
        "",
    ),
    (
        "科研经费报销审核把关不严，存在以劳务费名义套取经费风险",
        "开展科研经费专项清理，完善报销审核流程",
        "财务处",
        "科技处",
        "2024年9月底前",
        "正在开展科研经费专项清理，已清理项目32个",
        "",
        "√",
    ),
    (
        "公用房屋出租出借审批手续不全",
        "全面清查出租出借房屋，补办审批手续",
        "国有资产管理处",
        "后勤管理处",
        "2024.5.31",
        "已全部补办审批手续，租金足额收缴",
        "√",
        "",
    ),
    (
        "学生资助资金发放结果公示不及时",
        "建立资助结果公示台账，发放后5日内公示",
        "学生工作处",
        "",
        "2024年7月15日",
        "已完成，2024年春季学期资助结果均已公示",
        "√",
        "",
    ),
    (
        "意识形态阵地管理存在薄弱环节，个别讲座报告会审批不严",
        "落实“一会一报”审批制度，定期排查各类阵地",
        "党委宣传部",
        "各二级学院",
        "长期坚持",
        "长期坚持，每学期开展一次阵地排查",
        "",
        "",
    ),
    (
        "部分实验室危化品台账与实物不符",
        "开展危化品全面盘点，实行双人双锁管理",
        "实验室与设备管理处",
        "各二级学院",
        "2024年10月底前",
        "",
        "",
        "√",
    ),
    (
        "基建维修项目结算审计滞后",
        "委托第三方加快已完工项目结算审计",
        "基建处",
        "审计处",
        "2024年12月31日",
        "已委托第三方开展结算审计，完成3个项目",
        "",
        "√",
    ),
    (
        "校外实习基地合作协议过期未续签",
        "全面梳理实习基地协议，按期续签",
        "教务处",
        "各二级学院",
        "2024年8月底前",
        "",
        "",
        "",
    ),
]


def write_college(path: Path) -> Path:
    b = Book(path, author="党政办公室")
    ws = b.sheet("自查自评台账")
    b.widths(ws, [6, 36, 30, 14, 14, 14, 32, 6, 6])
    b.line(ws, 0, f"{COLLEGE}巡察整改“回头看”自查自评台账", 8, b.title)
    b.line(ws, 1, "填报单位：党政办公室（盖章）                    填报日期：2024年7月26日", 8)
    for c, word in enumerate(
        ["序号", "巡察反馈问题", "整改措施", "牵头部门", "配合部门", "整改时限", "整改完成情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否销号", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    for i, row in enumerate(COLLEGE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:5]), first=1)
        b.put(ws, 3 + i, 6, row[5])
        b.put(ws, 3 + i, 7, row[6], b.center)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 4 + len(COLLEGE_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.“是否销号”栏在相应格内打“√”；2.整改完成情况须写明已采取的措施和取得的成效；"
        "3.本表于9月30日前报党委巡察办公室。",
        8,
    )
    b.line(ws, end + 1, "填表人：            审核人：            联系电话：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 开发区巡察整改进展情况, after a 经济技术开发区党工委's 关于市委巡察组反馈意见集中整改进展情况的通报 (巡察反馈
# 4个方面16类问题; 党工委班子成员牵头, 各相关部门; 整改工作基本情况): http://www.jiwei.gov.cn/news_content.thtml?contentId=41425
# An .xls (xlwt): the development zone is named only in the title; a 截至 line; one header row; merged 方面 rows
# between the items; the 责任部门 are the zone's own bureaus.
ZONE_ROWS = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "招商引资项目履约监管不到位，部分项目投资强度未达约定",
                "逐一梳理在建项目履约情况，对未达约定的项目下发履约督办函",
                "经济发展局",
                "2024年6月底前",
                "已完成。梳理项目46个，下发督办函5份，已整改到位。",
            ),
            (
                "园区闲置低效用地盘活进度缓慢",
                "建立闲置土地清单，分类推进收回、转让、合作开发",
                "规划建设局",
                "7月底前完成摸底，10月底前全部盘活",
                "正在推进，已盘活闲置土地120亩。",
            ),
        ],
    ),
    (
        "二、落实全面从严治党责任方面",
        [
            (
                "园区企业服务专员“蹲点”走访流于形式",
                "修订企业服务专员考核办法，实行走访纪实",
                "党群工作部",
                "第三季度",
                "尚未启动。",
            ),
            (
                "工程项目变更签证审核不严",
                "出台工程变更签证管理办法，实行联审联签",
                "财政金融局",
                "2024年7月20日",
                "已整改到位并销号。",
            ),
            (
                "落实中央八项规定精神有松懈，公务接待清单不规范",
                "严格执行公务接待“一函一单”制度，每季度自查",
                "党政办公室",
                "长期坚持",
                "长期坚持。",
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "非公企业党组织覆盖面不足",
                "开展非公企业党建“百日攻坚”，选派党建指导员",
                "党群工作部",
                "2024年5月-8月",
                "基本完成，新建企业党组织6个。",
            ),
            (
                "园区安全生产网格化监管力量薄弱",
                "充实网格监管员，建立企业安全隐患闭环台账",
                "安全生产监督管理局",
                "2024年12月",
                "已完成方案制定，正在组织实施。",
            ),
        ],
    ),
]


def write_zone(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    section = _xf(bold=True)
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False, wrap=False)
    cells: list[tuple] = [
        (0, 0, "濮阳经济技术开发区管理委员会巡察反馈问题集中整改进展情况表", title, 0, 7),
        (1, 0, "（截至2024年7月25日）", _xf(border=False, center=True), 1, 7),
    ]
    words = ["序号", "具体问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "备注"]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    leaders = ["张立新", "李慧敏", "王建军", "刘长海", "赵文", "陈静", "孙国栋"]
    r, n = 3, 0
    for heading, rows in ZONE_ROWS:
        cells.append((r, 0, heading, section, r, 7))
        r += 1
        for problem, measure, dept, deadline, progress in rows:
            cells += [
                (r, 0, n + 1, mid),
                (r, 1, problem, cell),
                (r, 2, measure, cell),
                (r, 3, leaders[n], mid),
                (r, 4, dept, mid),
                (r, 5, deadline, mid),
                (r, 6, progress, cell),
                (r, 7, "", cell),
            ]
            r += 1
            n += 1
    cells.append((r + 1, 0, "开发区巡察整改工作领导小组办公室（代章）    2024年7月26日", plain))
    return _write_xls(path, [("整改进展", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 频繁停电专项整治“回头看”问题整改台账, after a regional energy regulator's account of its 频繁停电专项整治“回头看”
# 现场检查 (供电公司汇报; 重点督办台区; 10千伏线路; 消除树线矛盾缺陷隐患; 架空线路和配电设备防雷升级改造; 梳理现场检查
# 问题清单, 督促电网企业制定整改措施, 形成监管闭环): http://www.c35b.com/news/nyjg/202407/t20240719_1721049.html
# An .xlsx: title, 填报单位 line with the company's short name, a two-row header (整改情况 over 完成情况/验收情况),
# the 检查单位 (the regulator) beside the 供电所 that handle the rows, a 合计 row and a signature line.
POWER_ROWS = [
    (
        "城关供电所",
        "10千伏五星线",
        "线路通道树线矛盾突出，近三个月跳闸4次",
        "清理通道树障，加装绝缘护套",
        "河南能源监管办",
        "2024年6月30日",
        "已完成",
        "已验收",
    ),
    (
        "城关供电所",
        "张庄1#台区",
        "配变重载运行，用电高峰时段末端电压偏低",
        "新增布点配变1台，调整低压线路负荷",
        "河南能源监管办",
        "2024.8.31",
        "物资已到货，正在施工",
        "",
    ),
    (
        "白堽供电所",
        "10千伏白北线",
        "老旧架空线路绝缘化率低，裸导线占比高",
        "实施架空线路绝缘化改造",
        "市发展和改革委员会",
        "9月底前",
        "基本完成",
        "待验收",
    ),
    (
        "岳村供电所",
        "后寨3#台区",
        "台区配电设备防雷设施缺失，雷雨季节频繁停电",
        "加装避雷器，完善接地装置",
        "河南能源监管办",
        "2024年7月15日",
        "",
        "已验收合格",
    ),
    (
        "王助供电所",
        "10千伏王东线",
        "分支线未安装故障指示器，故障查找时间长",
        "在主要分支线加装故障指示器",
        "市发展和改革委员会",
        "第三季度",
        "未启动",
        "",
    ),
    (
        "清河头供电所",
        "重点督办台区（8个）",
        "故障抢修到达现场时间超过承诺时限",
        "优化抢修驻点布局，实行网格化抢修",
        "河南能源监管办",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "城关供电所",
        "胜利路2#台区",
        "居民用户反映夜间电压低，家电无法启动",
        "调整配变分接头，平衡三相负荷",
        "河南能源监管办",
        "2024年7月10日",
        "已完成",
        "已验收",
    ),
]


def write_power(path: Path) -> Path:
    b = Book(path, author="运检部")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 14, 18, 34, 30, 16, 14, 20, 12])
    b.line(ws, 0, "频繁停电专项整治“回头看”现场检查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳供电公司（盖章）                            截至日期：2024年7月30日", 8)
    for c, word in enumerate(
        ["序号", "供电所", "线路/台区名称", "存在问题", "整改措施", "检查单位", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["完成情况", "验收情况"], first=7)
    for i, row in enumerate(POWER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:6]), first=1)
        b.put(ws, 3 + i, 7, row[6], b.center)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 4 + len(POWER_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 8, "共7项，已完成3项，正在整改2项，未启动1项，长期坚持1项", b.cell)
    b.line(ws, end + 2, "填表人：王磊        审核人：李振华        联系电话：0393-4418866", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 供水用户投诉工单办理情况, after a water company's 供水服务承诺 (投诉处理: 一般情况3个工作日内答复处理结果, 特殊
# 情况不超过15个工作日; 供水设施维修; 抄表收费; 供水质量; 供水调度; 计划停水提前通知):
# http://ccbikefest.com/wanboguanwangmanbetx/list.asp?classid=11
# A CSV in GBK: title row, 填报单位 row, one header row, the 办理时限 in working days counted from 受理时间 (a 注 row
# says so), a 合计 row; the 承办部门 are the company's own departments.
WATER_ROWS = [
    (
        "GS2024070021",
        "2024-07-02 09:15",
        "水质",
        "华龙区建设路中段居民反映自来水浑浊发黄",
        "水质检测中心",
        "3个工作日",
        "已办结，已排放管网存水，复检水质合格",
        "满意",
    ),
    (
        "GS2024070058",
        "2024-07-05 10:40",
        "水压",
        "绿城小区六楼以上用水高峰时段水压不足",
        "管网管理所",
        "15个工作日",
        "正在实施二次加压泵站改造",
        "",
    ),
    (
        "GS2024070093",
        "2024-07-09 15:22",
        "抄表收费",
        "用户反映水表计量不准，当月水量异常偏高",
        "第一营业所",
        "3个工作日",
        "已为用户更换水表，已反馈",
        "满意",
    ),
    (
        "GS2024070137",
        "2024-07-15 08:51",
        "设施维修",
        "胜利路与京开大道交叉口东侧阀门井盖缺损",
        "管网管理所",
        "3个工作日",
        "",
        "",
    ),
    (
        "GS2024070172",
        "2024-07-18 11:03",
        "供水调度",
        "计划停水未提前通知，居民无法储水",
        "调度中心",
        "3个工作日",
        "已反馈，向用户致歉并说明停水原因",
        "基本满意",
    ),
    (
        "GS2024070206",
        "2024-07-22 16:37",
        "设施维修",
        "老旧小区供水管网漏失严重，地面长期积水",
        "管网管理所",
        "15个工作日",
        "未处理",
        "",
    ),
    (
        "GS2024070241",
        "2024-07-25 09:58",
        "抄表收费",
        "水费账单重复计收上月水费",
        "第二营业所",
        "3个工作日",
        "正在核查抄表记录",
        "",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份供水用户投诉工单办理情况统计表"])
    w.writerow(
        ["填报单位：濮阳市自来水公司（客户服务中心）", "", "", "", "", "", "", "", "填报日期：2024年7月31日"]
    )
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理时间",
            "投诉类别",
            "投诉内容",
            "承办部门",
            "办理时限",
            "办理结果",
            "回访满意度",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "7件", "", "", "已办结3件", ""])
    w.writerow(["注：办理时限自受理之日起计算；一般投诉3个工作日内答复处理结果，特殊情况不超过15个工作日。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 出租汽车服务质量投诉处理台账, after a county transport bureau's 出租车投诉举报制度 (受理范围: 驾驶员服务问题——拒载、
# 故意绕路、车内吸烟; 计价与收费问题——不按规定使用计价器、多收费; 安全与车辆状况问题——车内卫生; 驾驶员运营中玩手机;
# 投诉渠道: 监督电话、市长热线、出租车运营企业电话):
# http://xxgk.lczf.gov.cn/gzbm/lcjtysj/fdzdgknr/gzdt/202505/t20250509_2140822.shtml
# An .ods (LibreOffice conversion): a taxi company's ledger, title and 填报单位 line, one header row with the
# complainant, the plate and the driver beside the company's 处理部门; 处理时限 as dates or working days.
TAXI_ROWS = [
    (
        "2024-07-01",
        "张女士",
        "豫JT1035",
        "王某军",
        "拒载",
        "在火车站以交接班为由拒载乘客",
        "安全服务部",
        "7月5日前",
        "已办结，驾驶员停运学习3天",
    ),
    (
        "2024-07-03",
        "李先生",
        "豫JT2261",
        "刘某",
        "故意绕路",
        "从汽车站到市人民医院故意绕行多收车费",
        "安全服务部",
        "5个工作日",
        "已退还多收车费并向乘客道歉，已办结",
    ),
    (
        "2024-07-08",
        "12345转办",
        "豫JT0987",
        "赵某峰",
        "计价器",
        "夜间不打表与乘客议价收费",
        "营运管理部",
        "7月15日前",
        "正在调取车载视频核实",
    ),
    (
        "2024-07-10",
        "陈先生",
        "豫JT3312",
        "孙某",
        "不文明行为",
        "驾驶员在车内吸烟，乘客劝阻后仍不停止",
        "安全服务部",
        "5个工作日",
        "",
    ),
    (
        "2024-07-16",
        "周女士",
        "豫JT1758",
        "郑某华",
        "车辆卫生",
        "车厢内有异味，座套污损未更换",
        "车辆技术部",
        "7月19日前",
        "已办结，已督促更换座套并清洗车厢",
    ),
    (
        "2024-07-22",
        "交通运输服务监督电话",
        "豫JT2046",
        "吴某",
        "安全驾驶",
        "驾驶员行车途中长时间手持手机看导航视频",
        "安全服务部",
        "10个工作日",
        "调查中",
    ),
    (
        "2024-07-26",
        "马先生",
        "豫JT0652",
        "冯某伟",
        "收费问题",
        "驾驶员拒绝乘客扫码支付，只收现金",
        "营运管理部",
        "5个工作日",
        "未处理",
    ),
]


def write_taxi_book(path: Path) -> Path:
    b = Book(path, author="安全服务部")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 14, 12, 10, 12, 36, 12, 12, 30])
    b.line(ws, 0, "出租汽车服务质量投诉处理台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市顺达出租汽车有限公司（盖章）        处理时限自受理之日起计算", 9)
    words = [
        "序号",
        "受理日期",
        "投诉人",
        "车牌号",
        "驾驶员",
        "投诉类别",
        "投诉内容",
        "处理部门",
        "处理时限",
        "处理结果",
    ]
    b.header(ws, 2, words)
    for i, row in enumerate(TAXI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(TAXI_ROWS), "负责人：            经办人：            联系电话：0393-6612345", 9)
    return b.close()


def write_taxi(path: Path) -> Path:
    via_soffice(write_taxi_book, path, "ods", "出租汽车服务质量投诉处理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 社区创文问题整改日报, after a community workstation's 创文日报 (自查自纠纠察队巡查; 杂物堆积、垃圾堆放、非机动车
# 停放、乱张贴小广告; 立行立改, 其余跟进处理整改; 联合综合行政执法; “今日共出动人员N人次，巡查点位数N处，发现问题N处，
# 已整改N处，延期整改N处”): http://sq.luoohu.com/isungang/SGSX/content/2022-08/17/content_25312659.htm
# An .et (Excel 97 via LibreOffice, as WPS saves it): title, 巡查日期 and 填报单位 lines, the day's summary sentence,
# one header row whose 责任主体 is the community itself, a property company or the city-management office by its
# former name; deadlines 立行立改 / N日内 counted from the 巡查日期.
COMMUNITY = "胜利路街道建设社区居民委员会"
COMMUNITY_ROWS = [
    (
        "建设路12号院",
        "楼道内杂物乱堆放，堵塞疏散通道",
        "楼道堆物",
        "濮阳市安居物业服务有限公司",
        "立行立改",
        "已整改，杂物已清理",
    ),
    (
        "建设路12号院",
        "楼道外未施划非机动车停车位，电动车乱停放",
        "非机动车停放",
        "濮阳市安居物业服务有限公司",
        "7月底前",
        "正在施划停车位，已完成2个单元",
    ),
    (
        "社区文化广场",
        "宣传栏公益广告破损褪色",
        "公益广告",
        "社区",
        "3日内",
        "已整改，已更换新版公益广告",
    ),
    (
        "惠民农贸市场东门",
        "商户占道经营，流动摊贩聚集",
        "占道经营",
        "城管执法局",
        "7月26日前",
        "已移交城管执法中队，正在整治",
    ),
    (
        "油田小区3号楼",
        "墙面乱张贴小广告",
        "乱张贴",
        "社区",
        "立行立改",
        "已整改",
    ),
    (
        "油田小区5号楼",
        "楼下空地堆放废旧家具",
        "垃圾堆放",
        "社区",
        "3日内",
        "未整改，住户联系不上，暂未清理",
    ),
    (
        "惠民路沿街门店",
        "门店门前垃圾桶满溢，周边地面脏污",
        "环境卫生",
        "濮阳市安居物业服务有限公司",
        "立行立改",
        "已整改，已增加清运频次",
    ),
]


def write_community_book(path: Path) -> Path:
    b = Book(path, author="建设社区")
    ws = b.sheet("日报")
    b.widths(ws, [6, 18, 36, 12, 26, 12, 30])
    b.line(ws, 0, "建设社区创文问题整改日报（7月23日）", 6, b.title)
    b.line(ws, 1, f"填报单位：{COMMUNITY}        巡查日期：2024年7月23日", 6)
    b.line(
        ws,
        2,
        "今日社区创文自查自纠纠察队共出动人员18人次，巡查点位数12处，发现问题7处，已整改4处，正在整改2处，"
        "未整改1处。",
        6,
    )
    b.header(ws, 3, ["序号", "巡查点位", "发现问题", "问题类型", "责任主体", "整改时限", "整改情况"])
    for i, row in enumerate(COMMUNITY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(COMMUNITY_ROWS), "社区负责人：            填报人：            2024年7月23日", 6)
    return b.close()


def write_community(path: Path) -> Path:
    return via_soffice(write_community_book, path, "xls", "建设社区创文问题整改日报.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 市直部门巡察整改台账 (two returns in one zip), after a city 政务服务和大数据管理局党组's 关于落实市委巡察组巡察反馈
# 意见整改情况的通报 (机关和直属单位; 班子成员按照职责分工认领问题, 带领分管科室; 细化整改清单, 推进问题销号; 审核巡察
# 整改台账): http://zwsjj.xianning.gov.cn/zwgk/xxgkml/qtzdgk/zczxjlsqk/202509/t20250924_4071800.shtml
# A .zip of two .xlsx returns from two city bodies, each named by a short name in its 填报单位 line; one header row
# with 责任科室 (sections) and a 销号情况 column; the second return's 完成时限 holds schedule texts and a month range.
CENTRE_ROWS = [
    (
        "政务服务事项“一网通办”办理深度不够，部分事项仍需线下提交纸质材料",
        "梳理高频事项清单，推动电子证照共享调用",
        "审批服务科",
        "2024年6月30日",
        "已完成高频事项梳理和系统对接",
        "已销号",
    ),
    (
        "窗口工作人员考核办法未及时修订，考核结果运用不充分",
        "修订窗口工作人员考核办法，考核结果与评先评优挂钩",
        "综合科",
        "2024年9月底前",
        "正在征求各进驻单位意见",
        "未销号",
    ),
    (
        "大厅“好差评”差评件回访整改不及时",
        "建立差评件3个工作日内回访核实机制",
        "督查科",
        "2024年7月20日",
        "已完成",
        "",
    ),
    (
        "机关党支部组织生活质量不高",
        "严格落实“三会一课”和主题党日制度",
        "办公室",
        "长期坚持",
        "长期坚持",
        "",
    ),
]
TRADE_ROWS = [
    (
        "部分工程建设项目招标文件设置排斥性条款审查不严",
        "建立招标文件公平竞争审查机制，实行交叉审核",
        "交易服务科",
        "2024年5-8月",
        "已审查招标文件63份，纠正排斥性条款4处，正在建立长效机制",
        "",
    ),
    (
        "评标专家抽取和评标现场监督存在漏洞",
        "升级远程异地评标系统，全程录音录像",
        "信息技术科",
        "2024年6月底前制定方案，10月底前完成系统升级",
        "系统升级方案已制定",
        "未销号",
    ),
    (
        "交易保证金退还不及时",
        "推行保证金线上自动退还",
        "财务科",
        "2024年7月10日",
        "已上线保证金自动退还功能，经复查合格",
        "已销号",
    ),
    (
        "档案室交易资料归档不完整",
        "对近三年交易项目资料逐项补档",
        "综合科",
        "2024年11月底前",
        "",
        "",
    ),
]
CITY_RETURNS = [
    ("市政务服务中心", "政务服务中心整改台账.xlsx", CENTRE_ROWS, "市委第五巡察组"),
    ("市交易中心", "公共资源交易中心整改台账.xlsx", TRADE_ROWS, "市委第五巡察组"),
]


def write_city_book(path: Path, sender: str, rows: list[tuple], team: str) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 34, 12, 26, 34, 10])
    b.line(ws, 0, f"落实{team}反馈意见整改台账", 6, b.title)
    b.line(ws, 1, f"填报单位：{sender}（盖章）                    填报时间：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "反馈问题", "整改措施", "责任科室", "完成时限", "整改进展", "销号情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "主要负责人：            分管负责人：            填表人：", 6)
    return b.close()


def write_city(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for sender, name, rows, team in CITY_RETURNS:
            member = write_city_book(Path(tmp) / name, sender, rows, team)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 银行支行客户投诉处理情况表, after a page on how banks handle complaints (投诉途径: 客户服务中心、热线、网上银行和
# 手机银行; 一般投诉5个工作日内回复, 复杂投诉10个工作日内回复; 投诉成立 / 投诉不成立 / 投诉部分成立):
# https://www.qituowang.com/portal/123052.html
# A .wps (Word 97 via LibreOffice): title, 报送单位 line, one table with 投诉类型 deciding the 回复时限 in working days
# from 受理日期, a 处理结果 sentence and a 是否办结 是/否 column; the 承办部门 are the branch's own departments.
BRANCH = "濮阳农村商业银行股份有限公司城区支行"
BANK_ROWS = [
    (
        "2024-07-01",
        "营业网点现场",
        "客户反映办理业务排队等候时间过长",
        "一般",
        "营业部",
        "5个工作日",
        "投诉部分成立，已在高峰时段增开弹性窗口",
        "是",
    ),
    (
        "2024-07-04",
        "客服热线",
        "短信通知服务费未经客户同意扣收",
        "一般",
        "个人金融部",
        "5个工作日",
        "投诉成立，已退还费用并向客户致歉",
        "是",
    ),
    (
        "2024-07-10",
        "手机银行",
        "手机银行跨行转账失败后资金未及时退回",
        "复杂",
        "电子银行部",
        "10个工作日",
        "已联系清算中心，正在核查交易流水",
        "否",
    ),
    (
        "2024-07-15",
        "12345转办",
        "老年客户委托子女代办社保卡激活被拒",
        "一般",
        "营业部",
        "5个工作日",
        "投诉不成立，已向客户解释本人办理的相关规定",
        "是",
    ),
    (
        "2024-07-19",
        "营业网点现场",
        "贷款结清后抵押登记未及时办理注销",
        "复杂",
        "公司金融部",
        "10个工作日",
        "",
        "否",
    ),
    (
        "2024-07-24",
        "客服热线",
        "自助设备吞卡后长时间无人处理",
        "一般",
        "运营管理部",
        "5个工作日",
        "",
        "",
    ),
]


def write_bank_docx(path: Path) -> Path:
    doc = _new_document("城区支行")
    _title(doc, "2024年7月客户投诉处理情况表", 18)
    _paragraph(doc, f"报送单位：{BRANCH}            报送日期：2024年7月31日", 12)
    header = [
        "序号",
        "受理日期",
        "投诉渠道",
        "投诉事项",
        "投诉类型",
        "承办部门",
        "回复时限",
        "处理结果",
        "是否办结",
    ]
    rows = [[str(i), *row] for i, row in enumerate(BANK_ROWS, 1)]
    _table(doc, header, rows, 9)
    _paragraph(doc, "注：回复时限自受理日期起计算，一般投诉5个工作日内回复，复杂投诉10个工作日内回复。", 10.5)
    _paragraph(doc, "报送人：            联系电话：0393-8321000", 10.5)
    return _save_fixed(doc, path)


def write_bank(path: Path) -> Path:
    return via_soffice(write_bank_docx, path, "doc", "客户投诉处理情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 村人居环境督查问题整改情况, after a town's 人居环境督查通报 (镇环境卫生督查组对各村整改情况“回头看”; 有两处
# 未整改, 两处未整改彻底; 房前屋后杂物未清理, 建筑垃圾未清理, 生活垃圾散落堆放; 门前三包):
# https://www.wuhua.gov.cn/xxgk/gzdt/zcdt/content/post_1414672.html
# A .doc (Word 97 via LibreOffice): title, a paragraph stating the 督查 date (the base of 立行立改 and 10日内), one
# table with 整改责任人 (persons) and a 回头看情况 column written by the town's inspection team, signature lines.
VILLAGE = "城关镇大湖村村民委员会"
VILLAGE_ROWS = [
    ("村委会东侧坑塘", "坑塘周边生活垃圾散落堆放", "李国强", "7月15日前", "已清理", "已整改"),
    (
        "三组",
        "房前屋后杂物乱堆乱放，未落实门前三包",
        "王振东",
        "立行立改",
        "已清理大部分杂物，剩余正在清运",
        "未整改彻底",
    ),
    ("大湖至后湖村道两侧", "村道两侧堆放建筑垃圾", "李国强", "10日内", "", "未整改"),
    ("村公厕", "村公厕保洁不到位，地面有积水", "张秀兰", "立行立改", "已安排专人每日保洁", "已整改"),
    ("五组", "柴草垛沿路乱堆，占用村道", "王振东", "7月底前", "正在动员农户清理", ""),
    ("村东排水沟渠", "沟渠内垃圾杂物未及时清理", "赵建设", "7月20日前", "已清理", "已整改"),
    ("村内主干道", "绿化带缺株断档", "张秀兰", "常态化推进", "常态化推进，结合季节补植", ""),
]


def write_village_docx(path: Path) -> Path:
    doc = _new_document("大湖村")
    _title(doc, "大湖村人居环境督查反馈问题整改情况", 18)
    _paragraph(
        doc,
        "2024年7月10日，镇环境卫生督查组对我村人居环境整治情况进行了督查，反馈问题7处。"
        "村两委立即召开会议研究整改，现将整改情况报告如下：",
        14,
    )
    header = ["序号", "问题点位", "存在问题", "整改责任人", "整改时限", "整改情况", "回头看情况"]
    rows = [[str(i), *row] for i, row in enumerate(VILLAGE_ROWS, 1)]
    _table(doc, header, rows, 10.5)
    _paragraph(doc, "“回头看情况”栏由镇人居办督查组填写。", 10.5)
    _paragraph(doc, f"{VILLAGE}（盖章）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(
        doc, "村党支部书记：            填报人：            2024年7月22日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    return _save_fixed(doc, path)


def write_village(path: Path) -> Path:
    return via_soffice(write_village_docx, path, "doc", "大湖村人居环境督查反馈问题整改情况.docx")


FILES = [
    ("中共濮阳市第三人民医院委员会关于巡察整改进展情况的通报.docx", write_hospital),
    ("巡察整改“回头看”自查自评台账.xlsx", write_college),
    ("巡察反馈问题集中整改进展情况表.xls", write_zone),
    ("频繁停电专项整治问题整改台账.xlsx", write_power),
    ("7月份供水用户投诉工单办理情况.csv", write_water),
    ("出租汽车服务质量投诉处理台账（2024年7月）.ods", write_taxi),
    ("建设社区创文问题整改日报（7月23日）.et", write_community),
    ("巡察整改台账（市直两单位）.zip", write_city),
    ("2024年7月客户投诉处理情况表.wps", write_bank),
    ("大湖村人居环境督查反馈问题整改情况.doc", write_village),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

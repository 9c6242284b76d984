"""Write the dev35 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions),
a CSV in GBK, a .docx with a table, a .doc with a table, a .wps (Word 97 via LibreOffice) whose items
are numbered paragraphs, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev35.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
# 1. 医疗机构消防安全检查发现隐患整改台账, after a district 卫健委's account of its fire-safety check of the
# hospitals, 卫生院 and 社区卫生服务中心 in its area (消控室值班, 安全出口和疏散通道, 疏散指示标志和应急照明,
# 自动消防设施和消防器材; 发现安全隐患14处，立行立改13处，限期整改1处):
# http://hqq.gov.cn/Department/info/20773
# An .xlsx: title, 检查时间/检查组 line, 填报单位 line, a two-row header (整改 split into
# 整改方式/整改时限/整改情况), the 被检查单位 as the unit, a 检查人 column beside it, a 交办日期 per row,
# a 合计 line and a signature line.
FIRE_ROWS = [
    (
        "濮阳市第三人民医院",
        "门诊楼",
        "一楼东侧安全出口被候诊座椅堵塞",
        date(2024, 7, 15),
        "立行立改",
        "立行立改",
        "已当场清理，复查合格",
        "市消防救援支队 王磊",
    ),
    (
        "濮阳市第三人民医院",
        "住院部三楼",
        "常闭式防火门处于开启状态，闭门器损坏",
        date(2024, 7, 15),
        "立行立改",
        "立行立改",
        "已更换闭门器",
        "市消防救援支队 王磊",
    ),
    (
        "濮阳县人民医院",
        "消防控制室",
        "消控室夜间值班仅1人，值班人员未持证上岗",
        date(2024, 7, 16),
        "限期整改",
        "交办之日起30日内",
        "已安排2名值班人员参加消防设施操作员培训，考试尚未进行",
        "医政医管科 赵新",
    ),
    (
        "濮阳县人民医院",
        "配电室",
        "配电室3具灭火器压力不足",
        date(2024, 7, 16),
        "立行立改",
        "立行立改",
        "已更换",
        "医政医管科 赵新",
    ),
    (
        "华龙区中原路街道社区卫生服务中心",
        "二楼走廊",
        "疏散指示标志灯2处不亮",
        date(2024, 7, 15),
        "立行立改",
        "立行立改",
        "",
        "市消防救援支队 李晓东",
    ),
    (
        "清丰县中医院",
        "门诊大厅",
        "电动车停放在门诊楼大厅内充电",
        date(2024, 7, 16),
        "立行立改",
        "立行立改",
        "已清理，院内设置集中充电点",
        "市消防救援支队 李晓东",
    ),
    (
        "清丰县中医院",
        "住院楼",
        "自动喷水灭火系统末端试水装置压力不足",
        date(2024, 7, 16),
        "限期整改",
        "2024年8月31日前",
        "尚未整改",
        "市消防救援支队 李晓东",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="医政医管科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 26, 12, 36, 12, 10, 16, 30, 20])
    last = 8
    b.line(ws, 0, "全市医疗机构消防安全专项检查发现隐患整改台账", last, b.title)
    b.line(ws, 1, "检查时间：2024年7月15日—16日    检查组：市卫生健康委员会、市消防救援支队联合检查组", last)
    b.line(ws, 2, "填报单位：市卫生健康委员会（医政医管科）    填报日期：2024年7月26日", last)
    for c, word in enumerate(["序号", "被检查单位", "检查部位", "隐患内容", "交办日期"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 7, "整改", b.head)
    b.header(ws, 4, ["整改方式", "整改时限", "整改情况"], first=5)
    b.merge(ws, 3, 8, 4, 8, "检查人", b.head)
    for i, (unit, part, text, day, how, limit, state, who) in enumerate(FIRE_ROWS, 1):
        b.row(ws, 4 + i, [i, unit, part, text, day, how, limit, state, who])
    end = 5 + len(FIRE_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, last, "检查医疗机构4家，发现隐患7处，其中立行立改5处、限期整改2处", b.cell)
    b.line(ws, end + 2, "填表人：周敏        审核人：韩立新        联系电话：0393-8991762", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学前教育普及普惠专项督导问题整改落实情况 (two kindergartens in one zip), after a kindergarten's
# page on its 普及普惠专项督导 with the 督学's 整改建议 listed indicator by indicator
# ("第(C1)点的存在的不足与建议：…"):
# https://supervise.fzgledu.cn/gpdd/jmq/detail.do?articleId=b3e00abe655a4575bc9710e28d99d81a&schoolCode=230&sectionId=0262b8c6d3e4416aa553d902e177c290
# Each member an .xlsx: one header row with 指标 (C-number), 存在的不足与建议, 整改措施, 责任人, 完成时限,
# 整改情况. The first member has a 填报单位 line; the second names its kindergarten only in its title
# and file name.
KG_RETURNS = [
    (
        "普及普惠专项督导整改落实情况表（华龙区实验幼儿园）.xlsx",
        "学前教育普及普惠专项督导问题整改落实情况表",
        "填报单位（盖章）：华龙区实验幼儿园    填报日期：2024年7月24日",
        [
            (
                "C4",
                "缺少党建联动制度，党建指导员指导工作材料不全",
                "与所在社区党委签订共建协议，补充指导记录",
                "园长 刘雅琴",
                "2024年8月底前",
                "已与社区党委签订共建协议，指导记录正在补充",
            ),
            (
                "C5",
                "缺建筑图、规划设计图及园舍审批设立批复",
                "向区自然资源部门申请调取原始档案",
                "后勤主任 张建华",
                "9月30日前",
                "已提交调档申请，尚未取得",
            ),
            (
                "C10",
                "幼儿收费清单缺2023年秋季学期代办费明细",
                "补齐收费清单并归档",
                "财务 王丽",
                "2024.7.15",
                "已补齐并归档",
            ),
            (
                "C16",
                "五险一金缴纳人数与在岗教职工人数不一致",
                "核对人员花名册，补缴漏缴人员社保",
                "园长 刘雅琴",
                "年底前",
                "",
            ),
        ],
    ),
    (
        "濮阳市绿城幼儿园整改落实情况.xlsx",
        "濮阳市绿城幼儿园普及普惠专项督导整改落实情况",
        None,
        [
            (
                "C2",
                "普惠性幼儿园认定文件未提供",
                "向区教育局申请出具认定文件复印件",
                "办公室 陈晨",
                "6月30日前完成",
                "已补交认定文件复印件",
            ),
            (
                "C13",
                "未提供在教育主管部门的收费备案表",
                "补办收费备案手续",
                "财务室 李娟",
                "7月底前",
                "未整改",
            ),
            (
                "C20",
                "财政奖补资金未设专用账户核算",
                "开设奖补资金专用账户，单独核算",
                "财务室 李娟",
                "2024年9月15日",
                "已向开户银行提交开户申请",
            ),
            (
                "C22",
                "办园行为督导评估自评报告内容不完整，缺少整改成效描述",
                "每学期更新自评报告",
                "保教室 孙悦",
                "长期",
                "长期坚持",
            ),
        ],
    ),
]


def write_kg_book(path: Path, title: str, sender: str | None, rows: list[tuple]) -> Path:
    b = Book(path, author="幼儿园")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 8, 34, 30, 14, 16, 30])
    b.line(ws, 0, title, 6, b.title)
    r = 1
    if sender:
        b.line(ws, r, sender, 6)
        r += 1
    b.header(ws, r, ["序号", "指标", "存在的不足与建议", "整改措施", "责任人", "完成时限", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.row(ws, r + i, [i, *row])
    b.line(ws, r + len(rows) + 2, "园长签字：                    填表人：                    联系电话：", 6)
    return b.close()


def write_kg(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, title, sender, rows in KG_RETURNS:
            member = write_kg_book(Path(tmp) / name, title, sender, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 3. 国有资产专项审计发现问题阶段性整改情况表, after a vocational college's report of its
# 国有资产专项审计阶段性整改会 (审计处通报阶段性查出问题; 财务处、国有资产管理处提出要求; "边审边改";
# five links: 项目立项论证、采购需求确认、招标过程、合同签订、履约验收和资金支付): https://sjc.xatzy.com/info/1101/2160.htm
# A .docx: title naming the college, 填报部门 line (its 审计处), a base-date line, one table whose rows name
# only the college's own 处/中心/二级学院 as 责任部门, a schedule text in one 整改时限, a signature.
AUDIT_ROWS = [
    (
        "项目立项论证",
        "2023年实训室改造项目未开展可行性论证即列入采购计划",
        "国有资产管理处",
        "建立立项论证前置审核",
        "立行立改",
        "已建立立项论证前置审核机制，已整改",
    ),
    (
        "采购需求确认",
        "部分采购需求由供应商代拟，技术参数指向特定品牌",
        "招标采购中心",
        "修订采购需求管理办法，实行需求集体审定",
        "60日内",
        "正在修订采购需求管理办法",
    ),
    (
        "招标过程",
        "3个设备采购项目拆分采购，规避公开招标",
        "招标采购中心",
        "约谈相关责任人，完善分散采购限额管理",
        "2024年9月底前修订制度，12月31日前全部完成",
        "已对相关责任人约谈，制度修订尚未完成",
    ),
    (
        "合同签订",
        "12份合同签订时间晚于履约开始时间",
        "财务处",
        "实行合同签订后方可付款",
        "2024年8月31日",
        "未整改",
    ),
    (
        "履约验收和资金支付",
        "教学设备验收仅由使用部门一人签字，未组织集体验收",
        "机电工程学院",
        "组织补充验收",
        "立行立改",
        "已组织补充验收，已完成",
    ),
    (
        "履约验收和资金支付",
        "2笔设备尾款在质保期未满时提前支付",
        "财务处",
        "追回或扣留质保金",
        "2024年9月底前",
        "",
    ),
    (
        "资产管理",
        "固定资产账实不符，312台计算机未登记入账",
        "国有资产管理处",
        "开展全面清查盘点，补登资产卡片",
        "2025年6月30日前",
        "清查盘点推进中",
    ),
]


def write_audit(path: Path) -> Path:
    doc = _new_document("审计处")
    _title(doc, "濮阳职业技术学院国有资产专项审计发现问题阶段性整改情况表", 18)
    _paragraph(doc, "填报部门：审计处        填报日期：2024年7月25日", 12)
    _paragraph(doc, "审计报告送达日期：2024年7月5日（整改时限自该日起计算）", 12)
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    _table(
        doc,
        ["序号", "环节", "审计发现问题", "责任部门", "整改措施", "整改时限", "阶段性整改情况"],
        body,
    )
    _paragraph(doc, "注：“边审边改”问题按立行立改办理，整改情况由各责任部门据实填写。", 12)
    _paragraph(doc, "审计处（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 燃气安全督导检查发现问题交办整改台账, after a city 住建局's 节前燃气安全督导检查 (出租屋燃气用户:
# 未安装密闭式热水器, 燃气软管超过2米并且穿墙; 餐饮场所: 灶具无熄火保护装置, 减压阀不合格;
# 现场要求限期整改，并交属地住建部门督促落实): http://jsj.zs.gov.cn/zwgk/zwdt/content/post_2271242.html
# An .xls (xlwt): title, 督导时间 line, one header row with 督导组 (the inspector), 交办属地 (the unit),
# 交办日期, 整改时限 (dates as text, 立行立改, N个工作日内), 整改落实情况 and a 复查情况 column; a 注 and a
# signature line.
GAS_ROWS = [
    (
        "胜利路东段出租屋",
        "浴室内安装强排式燃气热水器，未使用密闭式热水器",
        "市住建局第一督导组",
        "华龙区人民路街道办事处",
        "2024-07-08",
        "7月20日前",
        "已更换为密闭式热水器",
        "复查合格",
    ),
    (
        "建设路出租屋",
        "燃气软管超过2米且穿墙敷设",
        "市住建局第一督导组",
        "华龙区人民路街道办事处",
        "2024-07-08",
        "7月20日前",
        "已督促房东限期整改",
        "",
    ),
    (
        "豫香阁饭店",
        "后厨燃气灶无熄火保护装置",
        "市住建局第二督导组",
        "华龙区住房和城乡建设局",
        "2024-07-09",
        "2024.7.25",
        "正在整改",
        "",
    ),
    (
        "老街烩面馆",
        "使用不合格燃气减压阀",
        "市住建局第二督导组",
        "华龙区住房和城乡建设局",
        "2024-07-09",
        "立行立改",
        "已当场更换合格减压阀",
        "复查合格",
    ),
    (
        "城关镇小吃街",
        "3家商户液化气钢瓶与灶具同室存放",
        "市住建局第三督导组",
        "濮阳县城关镇人民政府",
        "2024-07-10",
        "10个工作日内",
        "逾期未整改",
        "",
    ),
    (
        "城关镇便民服务部",
        "无证经营瓶装液化石油气",
        "市住建局第三督导组",
        "濮阳县城关镇人民政府",
        "2024-07-10",
        "7月31日前",
        "已移交执法部门查处",
        "",
    ),
    (
        "清丰县金海岸酒店",
        "厨房未安装燃气泄漏报警装置",
        "市住建局第三督导组",
        "清丰县住房和城乡建设局",
        "2024-07-11",
        "8月15日前",
        "",
        "",
    ),
    (
        "清丰县城区出租屋",
        "私自改装户内燃气管道",
        "市住建局第三督导组",
        "清丰县住房和城乡建设局",
        "2024-07-11",
        "2024年7月31日",
        "部分完成，管道已复原，报警器待安装",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    head, cell, title, text = (
        _xf(bold=True, center=True),
        _xf(),
        _xf(True, False, True, size=16),
        _xf(border=False),
    )
    cells: list[tuple] = [
        (0, 0, "燃气安全督导检查发现问题交办整改台账", title, 0, 9),
        (1, 0, "督导时间：2024年7月8日—11日    督导内容：出租屋燃气用户及餐饮场所安全用气情况", text, 1, 9),
    ]
    words = [
        "序号",
        "检查对象",
        "存在问题",
        "督导组",
        "交办属地",
        "交办日期",
        "整改时限",
        "整改落实情况",
        "复查情况",
        "备注",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(GAS_ROWS, 1):
        cells.append((2 + i, 0, i, cell))
        cells += [(2 + i, c, v, cell) for c, v in enumerate(row, 1)]
        cells.append((2 + i, 9, "", cell))
    end = 3 + len(GAS_ROWS)
    cells.append((end + 1, 0, "注：复查情况由市住房和城乡建设局燃气管理科填写。", text, end + 1, 9))
    cells.append(
        (end + 2, 0, "填报人：何静    联系电话：0393-4412876    填报日期：2024年7月29日", text, end + 2, 9)
    )
    return _write_xls(path, [("督导问题台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 工资支付专项行动检查问题整改台账, after a county 人社局's account of its
# 规范建设工程领域工资支付春季专项行动 (with the 住建局; "一金三制"、工程款支付担保; 乡镇项目工地,
# 发现违法行为11个, 下达限期整改指令书11份):
# https://zzrs.zhengzhou.gov.cn/xqdt/8315111.jhtml
# A CSV in GBK as the 监察 system exports it: a title row, a 填报单位 row, one header row with 所属乡镇,
# 施工总承包单位 and 督促整改责任单位 (short and former names), 交办日期 and 整改期限 in working days,
# a 办结日期, a 合计 row and a 填表说明 row.
WAGE_ROWS = [
    (
        "华龙区岳村镇",
        "岳村镇安置房二期项目",
        "河南宏基建设工程有限公司",
        "未按规定开设农民工工资专用账户",
        "市住建局",
        "2024-07-08",
        "15个工作日内",
        "已开设专用账户并报备",
        "2024-07-22",
    ),
    (
        "濮阳县文留镇",
        "文留至户部寨道路改造工程",
        "濮阳市通达路桥有限公司",
        "未落实农民工实名制考勤管理",
        "市交通局",
        "2024-07-08",
        "10个工作日内",
        "正在整改，考勤设备已进场",
        "",
    ),
    (
        "清丰县马庄桥镇",
        "马庄桥镇第一初级中学教学楼项目",
        "濮阳建工集团有限公司",
        "农民工工资保证金未足额存储",
        "市住建局",
        "2024-07-10",
        "2024年7月31日前",
        "未整改",
        "",
    ),
    (
        "南乐县元村镇",
        "元村灌区配套改造工程",
        "河南水建工程有限公司",
        "总包单位未代发农民工工资",
        "市水务局",
        "2024-07-10",
        "15个工作日内",
        "已办结",
        "2024-07-25",
    ),
    (
        "华龙区孟轲乡",
        "孟轲乡和园小区项目",
        "濮阳市恒信建筑安装有限公司",
        "施工现场未设置维权信息告示牌",
        "市住建局",
        "2024-07-15",
        "立行立改",
        "",
        "2024-07-15",
    ),
    (
        "濮阳县庆祖镇",
        "庆祖镇物流园配套道路项目",
        "濮阳市通达路桥有限公司",
        "劳资专管员未到岗履职",
        "市交通局",
        "2024-07-15",
        "7日内",
        "",
        "",
    ),
    (
        "华龙区岳村镇",
        "岳村镇污水管网工程",
        "河南宏基建设工程有限公司",
        "拖欠12名农民工工资8.6万元",
        "市城管局",
        "2024-07-16",
        "5个工作日内",
        "已移交公安机关立案侦查",
        "",
    ),
]


def write_wage(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["2024年规范建设工程领域工资支付专项行动检查问题整改台账", *[""] * 9])
    w.writerow(["填报单位：市人力资源和社会保障局劳动保障监察支队    填报日期：2024年7月30日", *[""] * 9])
    w.writerow(
        [
            "序号",
            "所属乡镇",
            "项目名称",
            "施工总承包单位",
            "存在问题",
            "督促整改责任单位",
            "交办日期",
            "整改期限",
            "整改情况",
            "办结日期",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共7个问题，已办结3个", "", "", "", "", ""])
    w.writerow(["填表说明：整改期限以工作日计的，自交办日期次日起算；立行立改的以交办日期为限。", *[""] * 9])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 文化和旅游市场安全检查隐患整改登记表, after a district 旅游文体局's yearbook entry on 旅游安全管理
# (定期检查、不定期抽查旅行社、旅游景区、酒店; 灭火器摆放不符合规范, 安全出口堆放杂物; 现场整改,
# 限期整改; 期限后回访):
# http://www.sznianjian.com/show.php?mlid=39670
# An .ods (LibreOffice): title, 检查单位/检查时间 line naming the inspecting 局, a two-row header
# (检查对象 split into 名称/类别, 处置方式 into 现场整改/限期整改 with ticks, 回访情况 into
# 回访日期/回访结果), dates as text, a 小计 row and a signature line.
TOUR_ROWS = [
    ("濮阳戚城文物景区", "景区", "游客中心2具灭火器过期未更换", "√", "", "2024.7.12", "7.12", "已整改"),
    (
        "濮阳市中原国际旅行社有限公司",
        "旅行社",
        "营业场所安全出口堆放宣传物料",
        "√",
        "",
        "2024.7.12",
        "7.12",
        "已整改",
    ),
    (
        "濮阳绿色庄园景区",
        "景区",
        "玻璃栈道未设置限流提示牌和安全警示标语",
        "",
        "√",
        "2024.7.25",
        "7.26",
        "部分整改，警示标语已设置，限流提示牌待安装",
    ),
    ("濮阳绿色庄园景区", "景区", "游船码头救生衣数量不足", "", "√", "2024.7.20", "7.22", "未整改"),
    ("濮阳迎宾馆有限公司", "酒店", "11层走廊消防通道锁闭", "√", "", "2024.7.15", "7.15", "已整改"),
    ("濮阳迎宾馆有限公司", "酒店", "部分楼层疏散标志灯缺失", "", "√", "8月10日前", "", ""),
    (
        "濮阳市华龙区星悦量贩KTV",
        "娱乐场所",
        "包厢烟感探测器被装饰物遮挡",
        "",
        "√",
        "2024.7.31",
        "7.29",
        "整改中",
    ),
]


def write_tour_book(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("隐患整改登记")
    b.widths(ws, [6, 28, 10, 36, 10, 10, 14, 10, 30])
    last = 8
    b.line(ws, 0, "2024年暑期文化和旅游市场安全检查隐患整改登记表", last, b.title)
    b.line(ws, 1, "检查单位：市文化广电和旅游局市场管理科    检查时间：2024年7月12日—15日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "检查对象", b.head)
    b.header(ws, 3, ["名称", "类别"], first=1)
    b.merge(ws, 2, 3, 3, 3, "隐患问题", b.head)
    b.merge(ws, 2, 4, 2, 5, "处置方式", b.head)
    b.header(ws, 3, ["现场整改", "限期整改"], first=4)
    b.merge(ws, 2, 6, 3, 6, "整改期限", b.head)
    b.merge(ws, 2, 7, 2, 8, "回访情况", b.head)
    b.header(ws, 3, ["回访日期", "回访结果"], first=7)
    for i, row in enumerate(TOUR_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(TOUR_ROWS)
    b.merge(ws, end, 0, end, 3, "小计", b.center)
    b.row(ws, end, [3, 4, "", "", ""], first=4)
    b.line(ws, end + 2, "检查人员签字：                带队领导：                2024年7月30日", last)
    return b.close()


def write_tour(path: Path) -> Path:
    via_soffice(write_tour_book, path, "ods", "文化和旅游市场安全检查隐患整改登记表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 暑运安全督查发现问题整改清单, after a city 交通运输局's note on its 春运安全工作督查 (局领导带队,
# 安全监督处联合运管处分组督查公交枢纽、旅游客运公司、危运公司和汽车客运站; 加强安全隐患排查):
# https://jtj.changzhou.gov.cn/html/jtj/2019/AHPDKCDL_0125/176694.html
# An .et (Excel 97 via LibreOffice, named as WPS saves it): title, 督查单位 line, one header row with
# 督查组 (the inspector) beside 被督查单位 (the unit; one a short name of a unit in the directory),
# 整改进展 and a 销号情况 column that beats it; a 长期坚持 row; a signature line.
BUS_ROWS = [
    (
        "第一督查组",
        "众意公交公司",
        "公交枢纽站营运车辆例检记录不完整",
        "7月31日前",
        "正在补录",
        "已销号",
    ),
    ("第一督查组", "众意公交公司", "部分公交车辆安全锤缺失", "2024年7月20日", "已补齐安全锤", ""),
    (
        "第二督查组",
        "濮阳国宇旅游客运有限公司",
        "2辆旅游客车动态监控装置离线",
        "2024.8.10",
        "已联系厂家维修，1辆已恢复在线",
        "",
    ),
    ("第二督查组", "濮阳港华危险品运输有限公司", "押运员安全培训记录缺失", "8月底前", "", ""),
    (
        "第二督查组",
        "濮阳港华危险品运输有限公司",
        "停车场消防器材配备不足",
        "7月底前",
        "已配齐",
        "已销号",
    ),
    (
        "第三督查组",
        "濮阳市汽车客运总站有限公司",
        "危险品查堵X光机故障未及时维修",
        "2024年7月25日前",
        "未整改",
        "",
    ),
    (
        "第三督查组",
        "南乐县汽车客运站",
        "“三不进站、六不出站”制度落实不到位，出站检查无记录",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="安全监督科")
    ws = b.sheet("督查问题清单")
    b.widths(ws, [6, 12, 28, 40, 16, 30, 10])
    last = 6
    b.line(ws, 0, "2024年暑运安全督查发现问题整改清单", last, b.title)
    b.line(ws, 1, "督查单位：市交通运输局安全监督科、市道路运输服务中心    督查时间：2024年7月9日—10日", last)
    b.header(ws, 2, ["序号", "督查组", "被督查单位", "问题描述", "整改时限", "整改进展", "销号情况"])
    for i, row in enumerate(BUS_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(BUS_ROWS)
    b.line(ws, end + 1, "填报人：郑凯    审核：安全监督科    填报日期：2024年7月29日", last)
    return b.close()


def write_bus(path: Path) -> Path:
    return via_soffice(write_bus_book, path, "xls", "暑运安全督查发现问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 农药经营安全专项检查发现问题整改情况统计表, after a district 农业农村委's note on its
# 农药经营安全专项检查 (查阅台账、现场察看; 经营许可证、购销台账、追溯系统; 灭火器材;
# 分类存放、通风、与食品混放; 线路老化; 台账记录不完整、货物摆放杂乱, 责令立即整改):
# https://www.cqspb.gov.cn/bm/qnyncw_63773/sy_63774/bmdt_63776/202602/t20260227_15461787.html
# An .xlsx: title and 填报单位 line under the bureau's former name, a two-row header (是否整改到位 split
# into 是/否 with ticks), rows naming only the bureau's own 科室/支队, a 合计 row with counts and a
# signature line.
PEST_ROWS = [
    ("庆祖镇绿丰农资店农药购销台账记录不完整，缺少购买人信息", "农药管理科", "2024.7.10", "√", "", ""),
    ("柳格镇丰收农资经营部限用农药未设专柜、未实名销售", "农业综合行政执法支队", "7月15日前", "", "√", ""),
    ("惠农农药店农药与食品混放", "农药管理科", "2024年7月8日", "√", "", ""),
    ("福堂农资超市仓储区2具灭火器过期", "农业综合行政执法支队", "7月20日前", "√", "", ""),
    (
        "宏达植保服务站未按规定使用农药追溯系统扫码入库",
        "农药管理科",
        "8月31日前",
        "",
        "√",
        "已组织培训，正在补录",
    ),
    ("农友农资店经营场所电气线路老化，存在私拉乱接", "农业综合行政执法支队", "2024年8月15日", "", "", ""),
    ("海通农资店货物堆放杂乱，占用仓库通风口", "农药管理科", "7月12日前", "√", "", ""),
]


def write_pest(path: Path) -> Path:
    b = Book(path, author="农药管理科")
    ws = b.sheet("整改情况统计")
    b.widths(ws, [6, 48, 22, 16, 8, 8, 24])
    last = 6
    b.line(ws, 0, "农药经营安全专项检查发现问题整改情况统计表", last, b.title)
    b.line(ws, 1, "填报单位：市农业局（农药管理科）    填报日期：2024年7月30日", last)
    for c, word in enumerate(["序号", "存在问题", "责任科室", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=4)
    b.merge(ws, 2, 6, 3, 6, "备注", b.head)
    for i, row in enumerate(PEST_ROWS, 1):
        b.row(ws, 3 + i, [i, *row], fmt=b.cell)
    end = 4 + len(PEST_ROWS)
    b.row(ws, end, ["合计", "检查农药经营门店7家，发现问题7个", "", "", 4, 2, ""])
    b.line(ws, end + 2, "填表人：杨帆        审核人：高志强        联系电话：0393-8218736", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 基层供销社安全生产大检查发现问题整改情况表, after a city 供销合作社's note on its 安全生产大检查 of
# three towns' 基层社 (农资仓库、生产经营场所的消防器材设施、用火用电安全、农药销售; 全面排查安全隐患):
# https://www.jyg.gov.cn/gxs/xwdt/tpxw/art/2022/art_786f5d027a4240ec844499b6a0c2afc3.html
# A .doc (Word 97 via LibreOffice): title, 检查时间/检查范围 line, one table with 基层社 (the unit) and
# 检查项目 columns, a 长期坚持 row, one row without progress, a signature.
COOP_ROWS = [
    (
        "濮阳县城关镇供销合作社",
        "农资仓库",
        "化肥仓库内堆放废旧包装物，未留防火间距",
        "清理废旧包装物，划定堆垛间距",
        "7月10日前",
        "已清理完毕",
    ),
    (
        "濮阳县城关镇供销合作社",
        "用火用电",
        "值班室使用大功率电暖器",
        "收缴违规电器",
        "2024年7月5日",
        "已整改",
    ),
    (
        "清丰县柳格镇供销合作社",
        "消防器材",
        "农资门市灭火器数量不足，未定期检查",
        "增配灭火器，建立月检记录",
        "7月15日前",
        "已购置灭火器6具，月检记录正在建立",
    ),
    (
        "清丰县柳格镇供销合作社",
        "农药销售",
        "高毒农药未落实专柜存放、专账管理",
        "设置专柜，建立专账",
        "2024年7月20日",
        "未整改",
    ),
    (
        "南乐县千口镇供销合作社",
        "农资仓库",
        "仓库屋面漏雨，部分化肥受潮结块",
        "维修屋面，处置受潮化肥",
        "8月底前完成维修",
        "已列入维修计划，正在询价",
    ),
    (
        "南乐县千口镇供销合作社",
        "安全管理",
        "安全生产责任制未分解到岗位",
        "逐岗签订安全生产责任书",
        "长期坚持",
        "常态化推进",
    ),
    (
        "南乐县千口镇供销合作社",
        "生产经营场所",
        "门市疏散通道堆放农膜",
        "清理通道",
        "7月8日前",
        "",
    ),
]


def write_coop_docx(path: Path) -> Path:
    doc = _new_document("市供销社办公室")
    _title(doc, "基层供销社安全生产大检查发现问题整改情况表", 18)
    _paragraph(
        doc,
        "检查时间：2024年7月3日    检查范围：城关镇、柳格镇、千口镇基层供销合作社农资仓库及经营场所",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COOP_ROWS, 1)]
    _table(doc, ["序号", "基层社", "检查项目", "存在问题", "整改措施", "整改时限", "完成情况"], body)
    _paragraph(doc, "濮阳市供销合作社办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_coop(path: Path) -> Path:
    return via_soffice(write_coop_docx, path, "doc", "基层供销社安全生产大检查发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 巡察反馈问题整改进展情况的报告, after a city 卫健委党委's 巡察整改进展情况的通报
# (一、整改工作组织情况 in four numbered paragraphs; 医疗机构消防安全隐患专项整治、
# 规范医疗机构检验检测工作专项整治等重点整改事项; 问题清单、任务清单、责任清单): https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml
# A .wps (Word 97 via LibreOffice) under the committee's former name: a 一、 section of organisation
# paragraphs (not items), a 二、 section whose items are numbered paragraphs naming the committee's own
# 科室 as 牵头科室, one item without any progress, a 三、 section and a signature.
HEALTH_ORG = [
    "（一）提高站位抓整改。委党委成立巡察整改工作领导小组，召开专题会议研究部署，建立问题清单、任务清单、责任清单。",
    "（二）压实责任抓整改。党委书记履行第一责任人责任，班子成员主动认领问题，分管领导牵头推进。",
    "（三）强化督导抓整改。定期召开整改工作例会，每月专题研究整改进展，对账销号。",
]
HEALTH_ITEMS = [
    (
        "关于“医疗机构消防安全隐患专项整治推进不力”的问题。牵头科室：医政医管科。整改时限：2024年6月30日前。"
        "进展情况：已完成全市42家医疗机构消防设施检测，发现隐患全部整改到位，该问题已完成整改。"
    ),
    (
        "关于“检验检测结果互认工作进展缓慢”的问题。牵头科室：医政医管科。整改时限：2024年12月底前。"
        "进展情况：已制定首批互认项目清单，在3家二级以上医院开展试点。"
    ),
    (
        "关于“基层医疗卫生机构药品采购未全部通过省级平台”的问题。牵头科室：药政科。整改时限：9月30日前。"
        "进展情况：尚未启动。"
    ),
    (
        "关于“中医医疗机构建设项目资金拨付滞后”的问题。牵头科室：财务科。整改时限：2024年8月底前。"
        "进展情况：已拨付首期资金1200万元，剩余资金正在与财政部门协调。"
    ),
    (
        "关于“医德医风投诉处理不及时”的问题。牵头科室：行风建设办公室。整改时限：长期坚持。"
        "进展情况：常态化推进，每月通报投诉办理情况。"
    ),
    (
        "关于“公共卫生应急物资储备台账不全”的问题。牵头科室：疾病预防控制科。整改时限：2024年7月15日前。"
        "进展情况：已建立应急物资电子台账，已完成。"
    ),
    "关于“临床重点专科建设考核机制不健全”的问题。牵头科室：科技教育科。整改时限：2024年10月31日前。",
]


def write_health_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市卫计委党委关于市委第六巡察组反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察办：")
    _paragraph(
        doc,
        "2024年3月18日至4月30日，市委第六巡察组对市卫计委党委开展了常规巡察，5月14日反馈了巡察意见。"
        "按照巡察整改工作要求，现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、整改工作组织情况", 16, "黑体")
    for text in HEALTH_ORG:
        _paragraph(doc, text)
    _paragraph(doc, "二、反馈问题整改进展情况", 16, "黑体")
    for i, text in enumerate(HEALTH_ITEMS, 1):
        _paragraph(doc, f"{i}．{text}")
    _paragraph(doc, "三、下一步工作打算", 16, "黑体")
    _paragraph(doc, "对已完成的问题适时开展“回头看”，对正在推进的问题盯住时限、持续用力，确保按期整改到位。")
    _paragraph(doc, "中共濮阳市卫计委委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    return via_soffice(write_health_docx, path, "doc", "巡察反馈意见整改进展情况的报告.docx")


FILES = [
    ("医疗机构消防安全检查发现隐患整改台账.xlsx", write_fire),
    ("学前教育普及普惠专项督导整改落实情况（两所幼儿园）.zip", write_kg),
    ("国有资产专项审计发现问题阶段性整改情况表.docx", write_audit),
    ("燃气安全督导检查发现问题交办整改台账.xls", write_gas),
    ("工资支付专项行动检查问题整改台账.csv", write_wage),
    ("2024年暑期文化和旅游市场安全检查隐患整改登记表.ods", write_tour),
    ("暑运安全督查发现问题整改清单.et", write_bus),
    ("农药经营安全专项检查发现问题整改情况统计表.xlsx", write_pest),
    ("基层供销社安全生产大检查发现问题整改情况表.doc", write_coop),
    ("关于巡察反馈意见整改进展情况的报告.wps", write_health),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

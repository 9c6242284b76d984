"""Write the aside198 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 就业创业与人社窗口、职业技能培训补贴、工伤保险的督查整改 (补贴发放、培训机构、经办窗口).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions of an
.xlsx / .docx the script writes first), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside198.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs give byte-identical files.
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
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
# 1. 社会保障综合服务大厅满意度提升措施完成进度清单, after a district 社会保险管理中心's account of its 综合服务大厅: from the
# third-party 服务评价测评 it drew up a 《社会保障综合服务大厅满意度提升13项工作措施完成进度清单》 (公开服务事项、标画一米线、
# 放大设备标识、增设监督投诉电话、增加柜面提醒、挂牌上岗、着装统一、调整值班安排、增加引导人员、规范使用文明用语; some done,
# the rest 仍在积极跟进):
# http://m.handmsg.com/page/2021/0422/15006205.shtml
# An .xlsx: title naming the 社保中心, 填报单位 line, one header row; the rows name only the centre's own 科室; a 注 line on
# how 完成进度 is filled and a 负责人/填表人 line.
HALL_ROWS = [
    (
        "大厅未公开全部服务事项清单及办理时限",
        "在大厅入口电子屏和服务指南折页公开85项服务事项、申请材料及办理时限",
        "综合服务科",
        "2024年6月30日",
        "已完成",
    ),
    (
        "窗口前未标画一米线，高峰时段群众排队拥挤",
        "各窗口前标画一米线，设置排队等候引导标识",
        "办公室",
        "2024年6月15日",
        "已完成",
    ),
    (
        "自助服务终端设备标识字体偏小，老年群众看不清",
        "放大设备标识，张贴适老化操作指引",
        "信息科",
        "7月底前",
        "已更换8台终端标识，其余4台标识正在制作",
    ),
    (
        "工伤待遇窗口经常无人值守，群众等候时间长",
        "调整值班安排，工伤待遇窗口实行AB岗",
        "工伤保险科",
        "2024年7月15日",
        "已实行AB岗，整改完成",
    ),
    (
        "上午高峰时段缺少导办引导人员",
        "增加引导人员2名，高峰时段在取号区引导分流",
        "综合服务科",
        "2024年8月31日",
        "正在协调劳务派遣公司增派人员",
    ),
    (
        "部分窗口人员未挂牌上岗、着装不统一",
        "统一配发工作牌和工装，纳入每日巡查",
        "办公室",
        "2024年7月10日",
        "",
    ),
    (
        "个别工作人员答复群众咨询语气生硬，未规范使用文明用语",
        "开展文明用语培训，纳入月度服务考核",
        "综合服务科",
        "长期坚持",
        "长期坚持",
    ),
    (
        "灵活就业人员参保登记仍需重复提交身份证复印件",
        "通过数据共享调取电子证照，取消复印件",
        "养老保险科",
        "2024年9月30日",
        "未启动，需待省集中系统升级",
    ),
]


def write_hall(path: Path) -> Path:
    b = Book(path, author="综合服务科")
    ws = b.sheet("完成进度清单")
    b.widths(ws, [6, 34, 38, 12, 14, 28])
    b.line(ws, 0, "濮阳市华龙区社会保险中心社会保障综合服务大厅满意度提升工作措施完成进度清单", 5, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市华龙区社会保险中心        填报日期：2024年7月29日", 5)
    b.header(ws, 2, ["序号", "测评反映问题", "提升措施", "责任科室", "完成时限", "完成进度"])
    for i, row in enumerate(HALL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HALL_ROWS)
    b.line(ws, end, "注：完成进度填写“已完成”、目前进展或“未启动”；长期性措施填写“长期坚持”。", 5)
    b.line(ws, end + 1, "负责人：赵立新        填表人：孙静        联系电话：0393-4412333", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 民办职业培训学校年检评估问题整改情况, after a city 人社局's 通报 of its 民办职业培训学校年检评估 (查阅资料、实地查看、
# 与负责人和教师交流; 办学条件指标和培训规范性指标两个方面12项内容; 无与办学规模相适应的培训场所，租期少于三年，实习操作
# 场所不能满足实训需求; 培训人数不足200人; 固定资产及注册资金不达标; 校长变更及校址变更未及时向审批机关备案):
# https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/srlzyhshbzj/czsrmzf/tzgggs_3402/202206/t20220607_2560486.shtml
# A .doc (Word 97 via LibreOffice): title, 主送 line, preamble, a table with the school named in each row (评估指标 as the
# two 指标 groups), the 科室 and date at the foot.
SCHOOL_ROWS = [
    (
        "濮阳市华龙区安达职业培训学校",
        "办学条件",
        "租用培训场所租期不足三年，剩余租期仅1年4个月",
        "续签租赁合同至三年以上或另行选址",
        "2024年8月31日",
        "已与出租方续签5年租赁合同，整改完成",
    ),
    (
        "濮阳市匠心职业培训学校",
        "办学条件",
        "实习操作场所面积不足，焊工实训工位仅6个",
        "扩建实训车间，实训工位不少于20个",
        "2024年10月31日",
        "实训车间正在扩建，预计9月底完工",
    ),
    (
        "濮阳市鸿途职业培训学校",
        "培训规范性",
        "年度培训人数不足200人（实际培训138人）",
        "拓展培训项目，确保年度培训人数达标",
        "2024年12月31日",
        "尚未启动",
    ),
    (
        "濮阳市华龙区金桥职业培训学校",
        "办学条件",
        "注册资金未按章程规定足额到位",
        "补足注册资金并提交验资证明",
        "2024年7月15日",
        "已补足注册资金，验资报告已报审批机关",
    ),
    (
        "濮阳市龙都职业培训学校",
        "培训规范性",
        "校长变更后未向审批机关备案",
        "办理校长变更备案手续",
        "2024年7月12日",
        "已办结备案",
    ),
    (
        "濮阳市开州职业培训学校",
        "培训规范性",
        "校址变更未报审批机关备案，新校址消防手续不全",
        "补办校址变更备案，完善消防手续",
        "2024年9月30日",
        "已提交变更备案申请，消防手续正在办理",
    ),
    (
        "濮阳市技能之家职业培训学校",
        "培训规范性",
        "教学计划、教学日志不完整，部分班次无考勤记录",
        "完善教学档案管理，每月自查",
        "长期坚持",
        "常态化推进",
    ),
]


def write_schools_docx(path: Path) -> Path:
    doc = _new_document("职业能力建设科")
    _title(doc, "2024年度民办职业培训学校年检评估发现问题整改情况", 20)
    _paragraph(doc, "市人力资源和社会保障局：")
    _paragraph(
        doc,
        "根据年检评估通报要求，我科对年检评估中办学条件和培训规范性两方面发现问题的学校逐一下达了整改通知，"
        "督促限期整改。现将各校整改情况汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(doc, ["序号", "学校名称", "评估指标", "存在问题", "整改要求", "整改期限", "整改落实情况"], body)
    _paragraph(doc, "职业能力建设科", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_schools(path: Path) -> Path:
    return via_soffice(write_schools_docx, path, "doc", "民办职业培训学校年检评估问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 3. 营利性民办职业技能培训机构专项整顿自查整改, after a district's one-month 校外培训机构专项整顿 of 营利性民办职业技能
# 培训机构 by 教育、人社、市场监管 (虚假宣传、夸大培训效果、收费标准不透明、师资力量良莠不齐、培训质量难以保障、无证办学、
# 超范围经营; 约谈、通报、责令整改、罚款直至吊销办学许可):
# http://m.9d7nv3r.cn/product/66.html
# A .zip of two returns: a training company's .xlsx (填报单位 line; rows naming only its own 部门) and a training school's
# .docx report whose items are numbered paragraphs.
TRAINER_ROWS = [
    (
        "招生宣传",
        "招生简章宣称“包就业、包拿证”，属虚假宣传",
        "收回并重新印制招生简章，删除不实承诺",
        "招生部",
        "2024.7.10",
        "已完成",
    ),
    (
        "收费管理",
        "收费标准未在经营场所显著位置公示，退费办法不明确",
        "在前台和官网公示收费标准及退费办法",
        "财务部",
        "2024.7.20",
        "已公示",
    ),
    (
        "师资力量",
        "3名兼职教师未取得相应职业资格证书",
        "督促取证，未取证前不得单独授课",
        "教务部",
        "2024.9.30",
        "1名已取证，2名正在参加考试",
    ),
    (
        "经营范围",
        "开设未经备案的无人机驾驶培训项目",
        "停止该项目招生，按规定办理备案",
        "教务部",
        "2024.8.15",
        "未整改",
    ),
]

NAVIGATOR_PARAS = [
    "1.网络宣传中夸大培训效果，称“学完即可月薪过万”。整改措施：由招生办删除全部不实宣传内容，宣传稿件须经校长审核后发布。"
    "整改时限：2024年7月10日。整改情况：已删除，整改完成。",
    "2.电工培训班实际学时少于备案课时12学时。整改措施：由教务处组织补足学时并重新核定结业时间。整改时限：2024年8月20日。"
    "整改情况：正在组织补课。",
    "3.部分学员档案不全，缺少培训协议。整改措施：由办公室与学员补签培训协议，完善学员档案。整改时限：2024年7月31日。"
    "整改情况：尚未开始。",
    "4.教学楼消防通道堆放杂物，部分灭火器过期。整改措施：由后勤处清理通道杂物、更换过期灭火器。整改时限：2024年7月5日。"
    "整改情况：已清理完毕，更换灭火器12具。",
]


def write_trainer_book(path: Path) -> Path:
    b = Book(path, author="优才培训")
    ws = b.sheet("自查整改")
    b.widths(ws, [6, 12, 36, 32, 10, 12, 26])
    b.line(ws, 0, "营利性民办职业技能培训机构专项整顿自查整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市优才职业技能培训有限公司（盖章）    填报日期：2024年7月25日", 6)
    b.header(ws, 2, ["序号", "自查项目", "存在问题", "整改措施", "责任部门", "整改时限", "整改进展"])
    for i, row in enumerate(TRAINER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(TRAINER_ROWS), "单位负责人：刘海峰    填表人：王倩    联系电话：13839310526", 6)
    return b.close()


def write_navigator_docx(path: Path) -> Path:
    doc = _new_document("新航向培训学校")
    _title(doc, "濮阳市新航向职业培训学校关于专项整顿自查整改情况的报告", 20)
    _paragraph(doc, "区人力资源和社会保障局：")
    _paragraph(
        doc,
        "按照营利性民办职业技能培训机构专项整顿工作要求，我校对照招生宣传、收费、师资、培训质量、安全管理等方面"
        "开展了全面自查，共查摆问题4个，现将整改情况报告如下：",
    )
    for text in NAVIGATOR_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "我校将以此次专项整顿为契机，规范办学行为，切实提高培训质量。")
    _paragraph(doc, "濮阳市新航向职业培训学校", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_trainers(path: Path) -> Path:
    members = [
        ("专项整顿自查整改台账（优才职业技能培训公司）.xlsx", write_trainer_book),
        ("专项整顿自查整改情况报告（新航向职业培训学校）.docx", write_navigator_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 就业创业补助资金专项审计发现问题整改台账, after a city 审计局's 就业创业补助资金专项审计 (大数据比对不同类型的补贴领取人;
# 资格审核存在漏洞，不符合领取条件的人员领取补助资金、部分人员重复领取; 责成主管部门追回资金，建立健全资格审查制度;
# 已追回违规领取的补助资金、归垫资金):
# https://www.yaan.gov.cn/gongkai/show/20190930152122-27100-00-000.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改情况 over 是否完成 / 已追回金额 / 进展说明), the county
# bureaus and the city bureau (by its short name) as 责任单位, a 合计 row and a 填表人 line.
FUND_ROWS = [
    (
        "财政供养人员违规领取灵活就业人员社会保险补贴12人",
        3.46,
        "濮阳县人力资源和社会保障局",
        "全额追回，建立财政供养人员信息比对机制",
        "2024年8月31日",
        "是",
        3.46,
        "已全额追回",
    ),
    (
        "已就业人员重复领取公益性岗位补贴和失业保险金",
        5.82,
        "清丰县人力资源和社会保障局",
        "追回重复领取资金",
        "2024年9月30日",
        "否",
        2.10,
        "已追回2.10万元，其余正在追缴",
    ),
    (
        "创业补贴申领人营业执照注销后仍继续领取补贴",
        1.50,
        "南乐县人力资源和社会保障局",
        "追回补贴并比对市场主体登记信息",
        "2024年8月31日",
        "否",
        "",
        "未启动",
    ),
    (
        "就业见习补贴发放给未签订见习协议的人员",
        2.64,
        "濮阳市公共就业和人才服务中心",
        "追回补贴，规范见习协议备案",
        "2024年7月20日",
        "是",
        2.64,
        "已追回",
    ),
    (
        "职业培训补贴审核未比对享受记录，同一人一年内两次享受",
        0.96,
        "市人社局",
        "追回资金，信息系统上线重复享受校验",
        "2024年7月31日",
        "是",
        0.96,
        "已追回，校验功能已上线",
    ),
    (
        "就业补助资金结存1280万元未及时统筹使用",
        1280.00,
        "市财政局",
        "制定盘活方案，分批统筹拨付",
        "2024年12月31日",
        "否",
        "",
        "盘活方案已制定，正在分批拨付",
    ),
    (
        "社会保险补贴资格审查未实行初审复审分离",
        "",
        "台前县人力资源和社会保障局",
        "建立初审、复审分岗审核制度",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
    (
        "一次性吸纳就业补贴对象中3家企业未为新招用人员缴纳社会保险",
        0.90,
        "范县人力资源和社会保障局",
        "追回补贴",
        "2024年8月15日",
        "",
        "",
        "",
    ),
]


def write_fund(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    cells: list[tuple] = [
        (0, 0, "就业创业补助资金专项审计发现问题整改台账", t, 0, 9),
        (1, 0, "填报单位：濮阳市人力资源和社会保障局（盖章）    统计截至：2024年7月31日", plain, 1, 9),
    ]
    for col, word in enumerate(
        ["序号", "审计发现问题", "涉及金额（万元）", "责任单位", "整改措施", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改情况", h, 2, 9),
        (3, 6, "是否完成", h),
        (3, 7, "已追回金额（万元）", h),
        (3, 8, "进展说明", h, 3, 9),
    ]
    r = 4
    for i, (problem, amount, unit, measure, limit, done, back, note) in enumerate(FUND_ROWS, 1):
        cells += [
            (r, 0, i, ctr),
            (r, 1, problem, c),
            (r, 2, amount, num if amount != "" else ctr),
            (r, 3, unit, c),
            (r, 4, measure, c),
            (r, 5, limit, ctr),
            (r, 6, done, ctr),
            (r, 7, back, num if back != "" else ctr),
            (r, 8, note, c, r, 9),
        ]
        r += 1
    total = sum(row[1] for row in FUND_ROWS if row[1] != "")
    back_total = sum(row[6] for row in FUND_ROWS if row[6] != "")
    cells += [
        (r, 0, "合计", ctr, r, 1),
        (r, 2, round(total, 2), num),
        (r, 3, "共8个问题，已完成3个", c, r, 6),
        (r, 7, round(back_total, 2), num),
        (r, 8, "", c, r, 9),
        (r + 2, 0, "填表人：郭晓燕    审核人：李建军    联系电话：0393-8993012", plain, r + 2, 9),
    ]
    return _write_xls(path, [("审计整改台账", cells, [6, 34, 12, 24, 28, 14, 8, 12, 16, 12])])


# ---------------------------------------------------------------------------------------------
# 5. 职业技能提升行动专账资金审计问题整改台账, after a city 审计局's audit of 职业技能提升行动专账资金 (政策执行: 补贴范围和
# 标准、补贴发放明细台账; 资金管理: 拨付给个人、企业、培训机构的数据与财政供养、社保、工商数据比对，利用已离职人员领取补贴;
# 培训实效: 抽查项目档案、学员签到记录，虚报、冒领、骗取补贴，“拉人头”):
# https://ras-medical.com/detail/95932.html
# An .et (Excel 97 via LibreOffice): title, 牵头单位/审计单位 line, header, the problems under three merged 方面 rows, 整改状态
# and 销号情况 side by side, a 填报 line.
SKILL_GROUPS = [
    (
        "一、政策执行方面",
        [
            (
                "以工代训补贴发放对象中含已离职人员46人，涉及资金6.9万元",
                "濮阳市华龙区人力资源和社会保障局",
                "追回资金，发放前比对参保状态",
                "2024年8月31日",
                "整改中",
                "",
            ),
            (
                "项目制培训补贴标准高于省定标准，每人多补200元",
                "市人社局",
                "按省定标准重新核定，多拨资金收回专账",
                "2024年7月15日",
                "已完成",
                "已销号",
            ),
        ],
    ),
    (
        "二、资金管理方面",
        [
            (
                "专账资金未单独核算，与就业补助资金混合使用",
                "市财政局",
                "设立专账单独核算",
                "2024年9月30日",
                "整改中",
                "",
            ),
            (
                "向培训机构拨付补贴时未附参训学员花名册",
                "濮阳县人力资源和社会保障局",
                "补齐拨付依据，规范拨付流程",
                "2024年7月20日",
                "已完成",
                "",
            ),
        ],
    ),
    (
        "三、培训实效方面",
        [
            (
                "学员签到记录存在代签，抽查班次实际到课率不足60%",
                "濮阳市正和职业培训学校",
                "核减补贴，启用人脸识别签到",
                "2024年7月31日",
                "未整改",
                "",
            ),
            (
                "线上培训存在挂机刷课现象，有效学时认定不实",
                "濮阳市安顺职业培训学校",
                "核减无效学时，平台增加随机验证",
                "2024年8月15日",
                "已完成",
                "复查合格，已销号",
            ),
            (
                "培训结业后未开展就业跟踪回访",
                "濮阳市正和职业培训学校",
                "建立结业学员就业跟踪回访制度",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
]


def write_skill_book(path: Path) -> Path:
    b = Book(path, author="职业能力建设科")
    ws = b.sheet("专账资金审计整改")
    b.widths(ws, [6, 40, 28, 30, 14, 10, 18])
    b.line(ws, 0, "职业技能提升行动专账资金专项审计发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市人力资源和社会保障局    审计单位：濮阳市审计局    报送日期：2024年7月30日",
        6,
    )
    b.header(ws, 2, ["序号", "审计发现问题", "整改责任单位", "整改措施", "整改期限", "整改状态", "销号情况"])
    r, n = 3, 0
    for group, rows in SKILL_GROUPS:
        b.merge(ws, r, 0, r, 6, group, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "填报人：冯雪    联系电话：0393-8992156    分管领导：韩志强", 6)
    return b.close()


def write_skill(path: Path) -> Path:
    return via_soffice(write_skill_book, path, "xls", "职业技能提升行动专账资金审计问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 人社、医保窗口暗访发现问题整改台账, after a 驻市人社局纪检监察组's 暗访 of the 人社、医保窗口 in the 市行政服务大厅
# (随机走访办事群众，对窗口业务办理程序、办理时间及群众诉求意见进行监督检查; 个别窗口工作人员存在串岗、聊天等问题，
# 已要求相关负责人立即进行整改):
# http://zonecy.com/szb/pc/col/202305/31/content_202836.html
# A CSV in GBK: a title line, a line saying the 整改时限 count from the 暗访日期, one header line, rows with the bureaus
# by their short names.
VISIT_ROWS = [
    (
        "2024-07-08",
        "人社综合窗口",
        "2号窗口工作人员上班时间串岗聊天",
        "市人社局",
        "立行立改",
        "已对当事人批评教育，整改到位",
    ),
    (
        "2024-07-08",
        "医保异地就医备案窗口",
        "未执行一次性告知，群众因材料不全往返两次",
        "市医保局",
        "5个工作日内",
        "已制定一次性告知单并在窗口公示",
    ),
    (
        "2024-07-09",
        "社保卡补换卡窗口",
        "午间休息时段窗口无人值守",
        "市人社局",
        "3个工作日内",
        "已实行午间轮班，整改完成",
    ),
    (
        "2024-07-09",
        "大厅导办台",
        "导办台无人值守，叫号机故障未及时维修",
        "市政务服务中心",
        "2024年7月20日",
        "叫号机已报修，正在更换配件",
    ),
    (
        "2024-07-10",
        "医保待遇窗口",
        "工作人员未佩戴工作牌",
        "市医保局",
        "立行立改",
        "已整改",
    ),
    (
        "2024-07-10",
        "就业登记窗口",
        "就业登记办理时间超过承诺时限，群众等候超过40分钟",
        "市人社局",
        "2024年8月31日",
        "正在优化办理流程",
    ),
    (
        "2024-07-11",
        "人社综合窗口",
        "窗口意见簿中群众意见长期未回复",
        "市人社局",
        "10个工作日内",
        "",
    ),
]


def write_visit(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["驻市人社局纪检监察组暗访人社、医保服务窗口发现问题整改台账"])
    w.writerow(["暗访地点：市行政服务大厅；整改时限自暗访日期起计算，工作日自暗访次日起算"])
    w.writerow(["序号", "暗访日期", "窗口名称", "发现问题", "责任单位", "整改时限", "整改情况"])
    for i, row in enumerate(VISIT_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 工伤保险经办管理专项检查问题整改台账, after a provincial 医保局's 工伤保险经办管理专项检查 (扩面征缴、基金财务、待遇支付、
# 协议管理、工伤预防、工伤康复等54项经办业务; 自上而下、分级进行; 征缴不及时、监管不到位、待遇审核不严格; 下达书面整改
# 通知，对整改结果逐项验收):
# https://changchun.baogaosu.com/xinwen/%E5%85%A8%E7%9C%81%E5%B7%A5%E4%BC%A4%E4%BF%9D%E9%99%A9%E7%BB%8F%E5%8A%9E%E7%AE%A1%E7%90%86%E4%B8%93%E9%A1%B9%E6%A3%80%E6%9F%A5/50261417
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (整改落实 over 整改时限/整改情况/验收情况), 检查类别 merged down
# its rows, the county 社保中心s as 被检查单位, a 注 line and a signature line.
INJURY_GROUPS = [
    (
        "扩面征缴",
        [
            (
                "濮阳县社会保险中心",
                "在建工程项目按项目参加工伤保险覆盖率不足80%，12个在建项目未参保",
                "督促在建项目全部按项目参保",
                "2024年8月31日",
                "已督促9个项目参保，其余3个正在办理",
                "",
            ),
            (
                "清丰县社会保险中心",
                "用人单位欠缴工伤保险费未及时催缴",
                "下达催缴通知，追缴欠费",
                "2024年7月31日",
                "已全部追缴到位",
                "验收合格",
            ),
        ],
    ),
    (
        "基金财务",
        [
            (
                "南乐县社会保险中心",
                "工伤保险基金支出凭证附件不全，缺少医疗费发票原件",
                "补齐支出凭证附件",
                "2024年7月15日",
                "已补齐",
                "验收合格",
            ),
        ],
    ),
    (
        "待遇支付",
        [
            (
                "范县社会保险中心",
                "一次性工亡补助金核定基数错误，少发1.2万元",
                "重新核定并补发",
                "2024年7月20日",
                "未补发",
                "",
            ),
            (
                "濮阳市华龙区社会保险中心",
                "工伤医疗费报销审核未剔除非工伤诊疗项目",
                "逐笔复核，追回不合规费用",
                "2024年9月30日",
                "正在逐笔复核",
                "",
            ),
            (
                "台前县社会保险中心",
                "伤残津贴未按年度调整标准及时调整",
                "按调整标准补发差额",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "协议管理",
        [
            (
                "濮阳县社会保险中心",
                "与工伤保险协议医疗机构的服务协议过期未续签",
                "续签服务协议",
                "2024年7月10日",
                "已续签",
                "验收合格",
            ),
            (
                "清丰县社会保险中心",
                "未对工伤保险协议机构开展年度考核",
                "开展年度考核并通报结果",
                "2024年12月31日",
                "已制定考核方案",
                "",
            ),
        ],
    ),
    (
        "工伤预防",
        [
            (
                "南乐县社会保险中心",
                "工伤预防项目实施后未开展绩效评估",
                "委托第三方开展绩效评估",
                "2024年第三季度",
                "未启动",
                "",
            ),
        ],
    ),
]


def write_injury(path: Path) -> Path:
    b = Book(path, author="工伤保险科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 22, 40, 26, 14, 26, 10])
    b.line(ws, 0, "2024年工伤保险经办管理专项检查问题整改台账", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳市社会保险中心工伤保险科    检查时间：2024年6月17日至6月28日", 7)
    for col, word in enumerate(["序号", "检查类别", "被检查单位", "检查发现问题", "整改要求"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "验收情况"], first=5)
    r, n = 4, 0
    for group, rows in INJURY_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for unit, problem, demand, limit, progress, check in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, problem, demand, limit, progress, check], first=2)
            r += 1
    b.line(ws, r, "注：验收情况由市社会保险中心工伤保险科复查后填写。", 7)
    b.line(ws, r + 1, "科室负责人：吕建平    填表人：宋佳    联系电话：0393-8176122", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 优化营商环境督查发现问题交办清单（就业创业政策落实）, after a provincial 督查组's 优化营商环境督查 that took up a firm's
# complaint about 创业担保贷款贴息资金 (企业3月底申请，9月初才收到贴息; 经办银行本应按季拨付，却改为按年度拨付; 地方财政贴息
# 申报启动晚; 相关经办人岗位调动，新上岗员工对业务不熟):
# http://2021my.com/2020-10/19/content_41328362.htm
# An .ods (LibreOffice): title, 交办时间 line, header with 问题来源 and 配合单位 beside 责任单位, 整改时限 in days counted
# from the 交办 date, a 注 line and the 督查组 contact at the foot.
SUPERVISE_ROWS = [
    (
        "企业反映",
        "濮阳市华宇塑业有限公司3月提前还款后申请创业担保贷款贴息，至7月初仍未收到贴息资金",
        "中国邮政储蓄银行股份有限公司濮阳市分行",
        "市财政局",
        "15日内",
        "已拨付贴息资金8.2万元，整改完成",
    ),
    (
        "督查发现",
        "经办银行将地方财政贴息资金由按季拨付改为按年度拨付",
        "中国邮政储蓄银行股份有限公司濮阳市分行",
        "",
        "2024年7月31日",
        "已恢复按季拨付",
    ),
    (
        "督查发现",
        "地方财政贴息资金申报启动晚，拨付周期长达两个月",
        "市财政局",
        "市人社局",
        "2024年9月30日",
        "正在修订贴息资金管理办法，压缩拨付周期",
    ),
    (
        "企业反映",
        "创业担保贷款反担保要求过高，个人贷款仍要求提供房产抵押",
        "濮阳市中原融资担保有限公司",
        "市人社局",
        "2024年8月31日",
        "尚未落实",
    ),
    (
        "企业反映",
        "一次性吸纳就业补贴仍需提交纸质材料，未实现网上申领",
        "市人社局",
        "市政务服务中心",
        "年底前",
        "已纳入“免申即享”清单，系统功能正在开发",
    ),
    (
        "督查发现",
        "经办银行新上岗人员对创业担保贷款贴息业务不熟悉",
        "中国工商银行股份有限公司濮阳分行",
        "",
        "长期坚持",
        "定期开展业务培训，常态化推进",
    ),
    (
        "企业反映",
        "高校毕业生创业补贴申请提交后超过承诺时限未审核",
        "濮阳市华龙区人力资源和社会保障局",
        "",
        "10个工作日内",
        "",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="督查组")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 10, 44, 30, 14, 14, 30])
    b.line(ws, 0, "市政府第三督查组优化营商环境督查发现问题交办清单（就业创业政策落实）", 6, b.title)
    b.line(ws, 1, "交办时间：2024年7月5日    请各责任单位于2024年7月26日前将整改情况报市政府督查局", 6)
    b.header(ws, 2, ["编号", "问题来源", "问题描述", "责任单位", "配合单位", "整改时限", "整改进展"])
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        b.put(ws, 2 + i, 0, f"DC-{i:02d}", b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SUPERVISE_ROWS)
    b.line(ws, end, "注：整改时限中“××日内”“××个工作日内”自交办之日起计算。", 6)
    b.line(ws, end + 1, "督查组联系人：高鹏    联系电话：0393-4499127", 6)
    return b.close()


def write_supervise(path: Path) -> Path:
    via_soffice(write_supervise_book, path, "ods", "优化营商环境督查发现问题交办清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改进展情况报告, after a district 人力资源局党组's 通报 of its rectification after an 优化营商环境专项巡察
# (巡察组反馈的4个方面16个问题，照单全收、立行立改; 落实到责任领导、责任科室和责任人，明确整改完成时限，建立整改工作台账，
# 实施台账式管理和销号制落实):
# https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202202/t20220218_1925518.html
# A .docx: title, 主送 line, preamble, 方面 headings, the problems as numbered paragraphs naming only the bureau's own 股室,
# a 下一步 paragraph, the 党组 and date at the foot.
PATROL_SECTIONS = [
    (
        "（一）关于落实稳就业政策方面",
        [
            "1.就业创业政策宣传不到位，企业对稳岗返还、吸纳就业补贴等政策知晓率低。责任股室：就业创业股。整改时限：2024年6月30日。"
            "整改情况：已开展政策进企业、进园区活动32场，发放政策明白纸5000余份，整改完成。",
            "2.创业担保贷款审核环节多、时间长，平均办理时长超过20个工作日。责任股室：就业创业股。整改时限：2024年9月30日。"
            "整改情况：已将审核环节由5个压减为3个，正在与经办银行对接并联审批。",
        ],
    ),
    (
        "（二）关于维护劳动者权益方面",
        [
            "3.根治欠薪线索办理不及时，部分线索超期未结。责任股室：劳动保障监察股。整改时限：2024年7月15日。"
            "整改情况：超期线索已全部办结。",
            "4.工伤认定申请存在超时限受理问题。责任股室：社会保险股。整改措施：建立工伤认定时限预警机制。"
            "整改情况：长期坚持。",
        ],
    ),
    (
        "（三）关于优化窗口服务方面",
        [
            "5.企业用工备案未纳入政务服务大厅“一窗通办”。责任股室：行政审批股。整改时限：2024年8月31日。"
            "整改情况：因系统接口未打通，尚未启动。",
            "6.窗口工作人员服务意识不强，个别人员存在“脸难看、事难办”现象。责任股室：办公室。整改时限：2024年7月20日。"
            "整改情况：已开展窗口作风专项整治，对2名工作人员进行诫勉谈话，整改完成。",
        ],
    ),
    (
        "（四）关于行业监管方面",
        [
            "7.对人力资源服务机构监管缺位，未组织年度报告公示。责任股室：人才服务股。整改时限：2024年10月31日。"
            "整改情况：已制定工作方案，正在组织机构报送年度报告。",
            "8.营商环境投诉举报答复不及时。责任股室：办公室。整改措施：建立投诉举报限时办结制度。整改时限：2024年8月底。",
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("华龙区人社局")
    _title(
        doc, "中共濮阳市华龙区人力资源和社会保障局党组关于优化营商环境专项巡察反馈问题整改进展情况的报告", 20
    )
    _paragraph(doc, "区委巡察办：")
    _paragraph(
        doc,
        "2024年3月至4月，区委第二巡察组对濮阳市华龙区人力资源和社会保障局开展了优化营商环境专项巡察，反馈了4个方面"
        "8个问题。局党组照单全收，逐条制定整改措施，"
        "明确责任股室和整改时限，实行台账管理、销号落实。现将整改进展情况报告如下：",
    )
    for heading, paras in PATROL_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，局党组将持续跟踪未完成事项，确保按期整改到位，并建立长效机制，巩固整改成果。")
    _paragraph(doc, "中共濮阳市华龙区人力资源和社会保障局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 定点承训职业培训学校专项审计问题整改台账, after a district 人社局's 专项审计 of its 7 定点承训职业培训学校 (培训对象、
# 培训地点、培训内容、培训学时; 是否建立专账，虚列支出、截留、挤占、挪用培训补贴资金; 参训学员台账; 电话随机回访学员;
# 与承训机构负责人座谈，是否擅自超许可范围开展培训):
# https://qgjcdj.com/html/yyzt/2021/0627/111230.html
# An .xlsx: title, 填报单位 line, one header row with 完成时间 beside 整改结果, the 承训机构 merged down its rows, a 合计
# row and a 填表人 line.
AUDIT_GROUPS = [
    (
        "濮阳市金蓝领职业培训学校",
        [
            (
                "培训对象",
                "3名参训人员为全日制在校学生，不符合补贴培训对象条件",
                "退回相应培训补贴",
                "2024年7月31日",
                date(2024, 7, 18),
                "已退回补贴0.45万元",
            ),
            (
                "培训学时",
                "电工培训班实际学时较培训计划少20学时",
                "组织补足学时",
                "2024年8月31日",
                "",
                "正在组织补课",
            ),
            (
                "财务核算",
                "培训补贴资金未建立专账核算",
                "建立培训补贴专账",
                "2024年7月15日",
                date(2024, 7, 12),
                "",
            ),
        ],
    ),
    (
        "濮阳市巧手家政职业培训学校",
        [
            (
                "学员台账",
                "电话回访学员11名，其中4人表示未参加培训",
                "逐人核实，虚报部分退回补贴",
                "2024年8月15日",
                "",
                "未整改",
            ),
            (
                "培训地点",
                "实际培训地点与备案地点不一致",
                "办理培训地点变更备案",
                "2024年7月20日",
                date(2024, 7, 19),
                "已办理变更备案",
            ),
        ],
    ),
    (
        "濮阳市农广职业培训学校",
        [
            (
                "财务核算",
                "培训补贴资金中列支与培训无关的招待费1.2万元",
                "调整账目，资金退回专账",
                "2024年9月30日",
                "",
                "",
            ),
            (
                "施训条件",
                "超出许可范围开展电子商务师培训",
                "停止该职业（工种）培训，申请增加培训项目",
                "2024年12月31日",
                "",
                "已停止招生，增项申请正在审批",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="职业能力建设科")
    ws = b.sheet("审计整改")
    b.widths(ws, [6, 24, 10, 38, 28, 14, 12, 24])
    b.line(ws, 0, "定点承训职业培训学校培训补贴资金专项审计问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市人力资源和社会保障局职业能力建设科    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "承训机构", "审计事项", "审计发现问题", "整改措施", "整改时限", "完成时间", "整改结果"],
    )
    r, n = 3, 0
    for school, rows in AUDIT_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, school, b.center)
        for item, problem, measure, limit, finished, result in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [item, problem, measure, limit, finished, result], first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "审计定点承训学校7所，其中3所发现问题7个，已完成整改3个")
    b.line(ws, r + 2, "填表人：张敏    审核人：杜卫东    联系电话：0393-8992160", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 城乡公益性岗位集中排查整治问题清单, after a district 人社局's 公益性岗位集中排查整治 (查看台账资料、审核财务凭证、面对面
# 询问岗位人员; 深入8家开发单位，对103名公益性岗位人员实地查看; 空岗、虚挂顶岗、不能坚持正常工作、严重违反用工单位管理
# 制度的，要求用人单位清退，停止发放补贴):
# http://wxrb.luaninfo.com/p/a.aspx?id=15007&t=8&time=2019-07-31
# An .xlsx: title, 填报单位/排查时间 line, header with the 岗位开发单位 (townships) and 是否整改到位 (是/否) beside 备注,
# a 合计 row and a signature line.
POST_ROWS = [
    (
        "濮阳县城关镇人民政府",
        "保洁员",
        "岗位人员长期外出务工，由其亲属顶岗",
        "清退岗位人员，停发补贴",
        "2024年7月20日",
        "是",
        "已清退并停发补贴",
    ),
    (
        "濮阳县柳屯镇人民政府",
        "护路员",
        "2名岗位人员连续3个月未出勤仍领取补贴",
        "追回违规领取的补贴",
        "2024年8月31日",
        "否",
        "已追回1人补贴，另1人正在追缴",
    ),
    (
        "濮阳县文留镇人民政府",
        "农村保洁",
        "开发岗位5个，实际空岗2个",
        "按程序补录符合条件人员",
        "2024年8月15日",
        "否",
        "",
    ),
    (
        "濮阳县庆祖镇人民政府",
        "保洁员",
        "岗位人员考勤记录由村干部代签",
        "建立岗位人员手机打卡考勤",
        "2024年7月31日",
        "是",
        "",
    ),
    (
        "濮阳县胡状镇人民政府",
        "治安巡逻员",
        "岗位人员为村干部直系亲属，选聘前未公示",
        "重新公示，不符合条件的予以清退",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "濮阳县城关镇人民政府",
        "绿化管护员",
        "补贴未按月直发个人账户，由村集体代领",
        "改为按月直接发放至个人社保卡",
        "2024年7月25日",
        "否",
        "正在采集岗位人员社保卡账户信息",
    ),
]


def write_posts(path: Path) -> Path:
    b = Book(path, author="就业服务中心")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 12, 36, 28, 14, 10, 28])
    b.line(ws, 0, "城乡公益性岗位集中排查整治问题清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县人力资源和社会保障局    排查时间：2024年7月1日至7月12日", 7)
    b.header(
        ws,
        2,
        ["序号", "岗位开发单位", "岗位名称", "排查发现问题", "处理意见", "整改时限", "是否整改到位", "备注"],
    )
    for i, row in enumerate(POST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "排查岗位开发单位8家、岗位人员103名，发现问题6个，已整改到位2个")
    b.line(ws, end + 2, "审核人：吴国庆    填表人：葛丽    联系电话：0393-3212305", 7)
    return b.close()


FILES = [
    ("社会保障综合服务大厅满意度提升工作措施完成进度清单.xlsx", write_hall),
    ("民办职业培训学校年检评估问题整改情况.doc", write_schools),
    ("营利性民办职业技能培训机构专项整顿自查整改（两家）.zip", write_trainers),
    ("就业创业补助资金专项审计发现问题整改台账.xls", write_fund),
    ("职业技能提升行动专账资金审计问题整改台账.et", write_skill),
    ("人社医保窗口暗访发现问题整改台账.csv", write_visit),
    ("2024年工伤保险经办管理专项检查问题整改台账.xlsx", write_injury),
    ("优化营商环境督查发现问题交办清单（就业创业政策落实）.ods", write_supervise),
    ("华龙区人社局优化营商环境专项巡察反馈问题整改进展情况报告.docx", write_patrol),
    ("定点承训职业培训学校专项审计问题整改台账.xlsx", write_audit),
    ("城乡公益性岗位集中排查整治问题清单.xlsx", write_posts),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

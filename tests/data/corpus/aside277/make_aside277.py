"""Write the aside277 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 教育督导、校园安全、食品安全与学校食堂、医疗机构依法执业和医保基金监管的检查整改 (自查表和复查表 among them).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx
and two .docx), a CSV in UTF-8, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a
.docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside277.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
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
# 1. 履行教育职责评价反馈问题整改情况的报告, after a province's 人民政府教育督导委员会 印发的《2023年对市级人民政府
# 履行教育职责评价报告》(经市县自评、省级网评和实地核查形成评价报告; 主要做法和成效, 存在问题; 请各市按照有关法规
# 政策的规定和要求，认真抓好落实):
# https://jiaoyuzixun.net/shandong/202404/66458.html
# A .docx: title, 主送, preamble, a paragraph on how the work was organised, the problems as numbered paragraphs under
# 二、(牵头单位 — short and former names —, 整改时限 and progress in sentences), a 三、下一步 paragraph, office and date.
DUTY_PARAS = [
    (
        "（一）学校（幼儿园）安全存在薄弱环节，部分农村学校“一键报警”系统未与公安机关联网，专职保安员配备不足。"
        "牵头单位：市教育局，配合单位：市公安局。整改时限：2024年9月底前。目前城区学校已全部完成联网，"
        "农村学校联网工程正在实施。"
    ),
    (
        "（二）教育经费“两个只增不减”未完全落实，个别县区按在校学生人数平均的一般公共预算教育支出较上年有所下降。"
        "牵头单位：市财政局。整改时限：年底前。"
    ),
    (
        "（三）城镇小区配套幼儿园治理不彻底，2所配套幼儿园建成后仍未移交教育部门办成公办园。牵头单位：市建委，"
        "配合单位：市教育局、市自然资源和规划局。整改时限：8月底前完成产权核查，12月底前全部移交到位。"
        "目前已完成1所移交，另1所正在办理产权变更手续。"
    ),
    (
        "（四）中小学教师补充不及时，音乐、体育、美术、心理健康等学科教师结构性短缺。牵头单位：市人社局，"
        "配合单位：市委编办、市教育局。整改时限：2024年8月31日。2024年度教师招聘计划已审批，"
        "新招聘的326名教师已于7月20日全部到岗，此项问题已整改完成。"
    ),
    (
        "（五）儿童青少年近视防控工作落实不到位，部分学校未按要求每学期开展视力筛查并建立视力健康档案。"
        "牵头单位：市卫计委。整改时限：长期坚持。已建立每学期视力筛查和档案动态更新制度，常态化推进。"
    ),
    (
        "（六）普通高中学位供给不足，城区新建高中项目前期工作推进缓慢，56人以上大班额占比仍然偏高。"
        "牵头单位：市发改委，配合单位：市教育局、市住房和城乡建设局。整改时限：2023-2025年分年度化解。"
        "目前新建高中项目尚未启动。"
    ),
    (
        "（七）部分学校食堂“明厨亮灶”覆盖不全，对校外供餐单位的监督检查存在薄弱环节。牵头单位：市市场监管局。"
        "整改时限：2024年6月30日。全市中小学校食堂已实现“明厨亮灶”全覆盖，校外供餐单位全部纳入重点监管，已整改完成。"
    ),
]


def write_duty(path: Path) -> Path:
    doc = _new_document("督导室")
    _title(doc, "濮阳市人民政府教育督导委员会办公室关于2023年度履行教育职责评价反馈问题整改情况的报告")
    _paragraph(doc, "省人民政府教育督导委员会办公室：")
    _paragraph(
        doc,
        "2024年4月，省人民政府教育督导委员会印发《2023年对市级人民政府履行教育职责评价报告》，指出我市在学校安全、"
        "教育经费投入、学前教育、教师队伍建设、学生健康、普通高中发展、校园食品安全等方面存在7个问题。"
        "现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、整改工作开展情况", font="黑体")
    _paragraph(
        doc,
        "市政府召开专题会议研究部署整改工作，逐项明确牵头单位、配合单位和整改时限，市政府教育督导委员会办公室"
        "按月调度整改进展，对整改滞后的事项实行专项督办。",
    )
    _paragraph(doc, "二、反馈问题整改落实情况", font="黑体")
    for text in DUTY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对已完成整改的问题，适时开展“回头看”，防止反弹；对正在推进的问题，紧盯时间节点，确保按期整改到位；"
        "对需要长期坚持的问题，建立常态化工作机制。",
    )
    _paragraph(doc, "濮阳市人民政府教育督导委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 责任督学挂牌督导整改通知书落实情况汇总表, after a district's 中小学校责任督学挂牌督导 handbook (中小学校责任督学
# 挂牌督导办法和规程; 随机督导工作流程; 责任区学校基本情况登记表; 责任督学工作记录表; 受理、核实投诉记录表;
# 教育督导整改通知书):
# http://www.lhtesx.xbjyfw.cn/html/article3639927.html
# An .xlsx: title, 填报单位 line, a two-row header (督导情况 over 督导日期/发现问题, 整改通知书 over 编号/下发日期/
# 整改期限, 督学复查 over 复查日期/复查意见), the 责任督学 (the inspector) beside the school, 整改期限 as N个工作日
# counted from the 下发日期, 立行立改 from the 督导日期, dates; a 注 line and a signature line.
SUPERVISOR_ROWS = [
    (
        "第一责任区",
        "刘志华",
        "华龙区昆吾小学",
        date(2024, 4, 9),
        "课后服务收费未在校门口公示收费标准和困难学生减免政策",
        "华教督整〔2024〕03号",
        date(2024, 4, 12),
        "10个工作日",
        "已在校门口公示栏和家长群公示",
        date(2024, 4, 26),
        "复查合格",
    ),
    (
        "第一责任区",
        "刘志华",
        "华龙区任丘路小学",
        date(2024, 5, 14),
        "作业公示制度落实不到位，抽查的三年级两个班书面作业总量超时",
        "华教督整〔2024〕07号",
        date(2024, 5, 16),
        "15个工作日",
        "已修订作业管理办法，正在逐班检查落实",
        "",
        "",
    ),
    (
        "第二责任区",
        "王建平",
        "华龙区第一初级中学",
        date(2024, 5, 21),
        "化学实验室危险化学品管理台账不全，双人双锁制度未落实",
        "华教督整〔2024〕09号",
        date(2024, 5, 22),
        "立行立改",
        "已补全台账，落实双人双锁",
        date(2024, 5, 28),
        "复查合格",
    ),
    (
        "第二责任区",
        "王建平",
        "华龙区长庆路小学",
        date(2024, 6, 4),
        "学生欺凌防治工作机制不健全，未成立学生欺凌治理委员会",
        "华教督整〔2024〕12号",
        date(2024, 6, 5),
        "2024年6月30日",
        "已成立学生欺凌治理委员会，防治制度正在修订",
        date(2024, 7, 2),
        "防治制度尚未印发，继续跟踪",
    ),
    (
        "第三责任区",
        "赵玉梅",
        "华龙区岳村镇中心小学",
        date(2024, 6, 12),
        "体育课开课节数不足，学生体质健康监测数据未按时上报",
        "华教督整〔2024〕14号",
        date(2024, 6, 13),
        "8月31日前",
        "",
        "",
        "",
    ),
    (
        "第三责任区",
        "赵玉梅",
        "华龙区孟轲乡中心小学",
        date(2024, 6, 18),
        "食堂2名从业人员健康证明过期仍在岗操作",
        "华教督整〔2024〕15号",
        date(2024, 6, 19),
        "立行立改",
        "已调离操作岗位，重新办理健康证明",
        date(2024, 6, 21),
        "复查合格",
    ),
    (
        "第四责任区",
        "郭瑞",
        "华龙区第三初级中学",
        date(2024, 7, 2),
        "东教学楼外墙瓷砖局部脱落，未设置警戒区域",
        "华教督整〔2024〕18号",
        date(2024, 7, 3),
        "20个工作日",
        "未整改",
        "",
        "",
    ),
]


def write_supervisor(path: Path) -> Path:
    b = Book(path, author="督导室")
    ws = b.sheet("整改通知书落实情况")
    b.widths(ws, [6, 12, 10, 22, 12, 40, 20, 12, 14, 30, 12, 22])
    b.line(ws, 0, "华龙区中小学校责任督学挂牌督导整改通知书落实情况汇总表（2024年春季学期）", 11, b.title)
    b.line(ws, 1, "填报单位：华龙区人民政府教育督导室    填报日期：2024年7月25日", 11)
    for c, word in enumerate(["序号", "责任区", "责任督学", "学校名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "督导情况", b.head)
    b.header(ws, 3, ["督导日期", "发现问题"], first=4)
    b.merge(ws, 2, 6, 2, 8, "整改通知书", b.head)
    b.header(ws, 3, ["编号", "下发日期", "整改期限"], first=6)
    b.merge(ws, 2, 9, 3, 9, "学校整改情况", b.head)
    b.merge(ws, 2, 10, 2, 11, "督学复查", b.head)
    b.header(ws, 3, ["复查日期", "复查意见"], first=10)
    for i, row in enumerate(SUPERVISOR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SUPERVISOR_ROWS)
    b.line(
        ws,
        end,
        "注：整改期限为“N个工作日”的，自整改通知书下发之日起计算；“立行立改”事项自督导当日起整改。",
        11,
    )
    b.line(ws, end + 1, "审核人：韩卫国    填表人：孙倩    联系电话：0393-8181356", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 学校安全隐患排查治理专项行动隐患排查整治统计表, after a county 教育局's notice forwarding the province's 学校安全
# 隐患排查治理专项行动 (全面查找各种安全隐患; 排查情况形成书面材料及统计表，小学以中心小学为单位汇总，报教育局
# 执法检查科; 教育局组织抽查，督促整改):
# https://jdxq.30edu.com.cn/Article/2c39276f-c9a5-4277-9647-3e8e6d7b2b6e.shtml
# An .xls (xlwt): title, 填报单位/排查时间 line, a two-row header with 是否整改到位 over 是 / 否 ticks, the schools of one
# town summed up by its 中心学校, a 合计 row counting the hazards and ticks, a signature line.
HAZARD_ROWS = [
    (
        "清丰县柳格镇第一初级中学",
        "消防安全",
        "学生宿舍楼疏散指示标志损坏3处，应急照明灯不亮",
        "更换疏散指示标志和应急照明灯",
        "张卫东",
        "7月20日前",
        "√",
        "",
        "",
    ),
    (
        "清丰县柳格镇中心小学",
        "校舍安全",
        "教学楼二楼走廊护栏高度不足1.1米",
        "加高走廊护栏",
        "李建国",
        "8月25日前",
        "",
        "√",
        "已签订施工合同，利用暑期施工",
    ),
    (
        "清丰县柳格镇孔村小学",
        "用电安全",
        "教室配电箱未上锁，部分线路私拉乱接",
        "规范敷设线路，配电箱加锁",
        "王海军",
        "7月15日前",
        "√",
        "",
        "",
    ),
    (
        "清丰县柳格镇中心幼儿园",
        "食品安全",
        "食堂留样冰箱无温度记录，部分留样不足125克",
        "规范留样和温度记录",
        "赵丽",
        "7月15日前",
        "√",
        "",
        "",
    ),
    (
        "清丰县柳格镇王什小学",
        "周边安全",
        "校门口道路无减速带和交通警示标志",
        "协调设置减速带和警示标志",
        "刘振",
        "8月31日前",
        "",
        "√",
        "",
    ),
    (
        "清丰县柳格镇第二初级中学",
        "设施设备",
        "操场篮球架底座锈蚀松动",
        "更换篮球架",
        "孙明",
        "2024.8.20",
        "",
        "√",
        "新篮球架已采购，待安装",
    ),
    (
        "清丰县柳格镇南街小学",
        "防溺水",
        "学校南侧坑塘未设置警示牌和防护栏",
        "协调村委会设置警示牌和防护栏",
        "陈志强",
        "7月10日前",
        "√",
        "",
        "",
    ),
    (
        "清丰县柳格镇西街小学",
        "人防物防",
        "门卫室未配备防暴钢叉、防刺背心等安保器材",
        "配齐安保器材",
        "杨光",
        "7月31日前",
        "",
        "",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "学校安全隐患排查治理专项行动隐患排查整治统计表", t, 0, last),
        (1, 0, "填报单位（盖章）：清丰县柳格镇中心学校    排查时间：2024年7月8日—7月12日", plain, 1, last),
    ]
    for col, word in enumerate(
        ["序号", "学校", "隐患类别", "隐患具体情况", "整改措施", "整改责任人", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 7, "是否整改到位", h, 2, 8))
    cells += [(3, 7, "是", h), (3, 8, "否", h), (2, 9, "备注", h, 3, 9)]
    for i, row in enumerate(HAZARD_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6, 7, 8) else c))
    r = 4 + len(HAZARD_ROWS)
    yes = sum(1 for row in HAZARD_ROWS if row[6])
    no = sum(1 for row in HAZARD_ROWS if row[7])
    cells += [
        (r, 0, "合计", ctr, r, 2),
        (r, 3, f"排查隐患{len(HAZARD_ROWS)}处", c),
        (r, 4, "", c),
        (r, 5, "", c),
        (r, 6, "", c),
        (r, 7, yes, ctr),
        (r, 8, no, ctr),
        (r, 9, "", c),
        (
            r + 1,
            0,
            "中心学校负责人：牛国华    填表人：田甜    联系电话：0393-7125108    填报日期：2024年7月26日",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("统计表", cells)], [6, 26, 10, 36, 24, 10, 12, 6, 6, 26])


# ---------------------------------------------------------------------------------------------
# 4. 学校食品安全问题隐患清单台账, after the 市场监管总局、教育部、公安部、国家卫生健康委's notice on 秋季学校食品安全
# (督促校外供餐单位和学校开学前全面自查; 对学校食堂关键部位、关键设施设备、关键环节开展全覆盖监督检查; 对发现的
# 食品安全问题和隐患要建立清单，实行台账管理，限期及时整改):
# http://m.84atf.cn/cf/2023/0825/93740.html
# A CSV in UTF-8 with BOM: a title line, a line saying N日内 counts from the 检查日期, one header line with 关键部位/
# 环节 and the 检查所 (the inspector), schools and 校外供餐单位 (companies) as units, a 合计 line and a signature line.
FOOD_ROWS = [
    (
        "2024-06-03",
        "南乐县第一初级中学",
        "学校食堂",
        "关键部位",
        "后厨排水沟出口未设防鼠网，操作间发现鼠迹",
        "加装防鼠网并开展灭鼠",
        "7日内",
        "已整改",
        "城关市场监管所",
    ),
    (
        "2024-06-05",
        "南乐县鑫源餐饮管理有限公司",
        "校外供餐单位",
        "关键环节",
        "配送车辆未配备保温设施，餐食从加工到食用超过2小时",
        "配齐保温设施，优化配送路线",
        "15日内",
        "正在整改，已购置保温箱20个",
        "城关市场监管所",
    ),
    (
        "2024-06-11",
        "南乐县城关镇中心小学",
        "学校食堂",
        "关键设施设备",
        "餐具消毒柜损坏未及时维修，消毒记录不全",
        "维修或更换消毒柜，完善消毒记录",
        "立行立改",
        "已更换消毒柜，整改到位",
        "城关市场监管所",
    ),
    (
        "2024-06-13",
        "南乐县第二高级中学",
        "学校食堂",
        "关键部位",
        "食品原料库房货架未隔墙离地，调味品与杀虫剂混放",
        "设置隔墙离地货架，分区存放",
        "2024-06-20",
        "",
        "近德固市场监管所",
    ),
    (
        "2024-06-17",
        "南乐县千口镇中心小学",
        "学校食堂",
        "关键环节",
        "从业人员晨检记录缺失，1人未取得有效健康证明上岗",
        "落实晨检制度，无证人员调离岗位",
        "立行立改",
        "已整改",
        "千口市场监管所",
    ),
    (
        "2024-06-19",
        "南乐县福堪镇第一初级中学",
        "学校食堂",
        "关键环节",
        "大宗食材未经公开招标采购，进货查验记录不全",
        "规范大宗食材采购程序，完善进货查验记录",
        "30日内",
        "未整改",
        "福堪市场监管所",
    ),
    (
        "2024-06-24",
        "南乐县益康营养配餐有限公司",
        "校外供餐单位",
        "关键环节",
        "每餐次留样量不足，留样时间不足48小时",
        "规范留样管理",
        "立行立改",
        "已整改，复查合格",
        "城关市场监管所",
    ),
    (
        "2024-07-01",
        "南乐县元村镇中心幼儿园",
        "学校食堂",
        "关键设施设备",
        "食堂防蝇帘破损，操作间窗户纱窗缺失",
        "更换防蝇帘，安装纱窗",
        "10日内",
        "正在整改",
        "元村市场监管所",
    ),
]


def write_food(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县2024年学校食堂及校外供餐单位全覆盖监督检查食品安全问题隐患清单（台账）"])
    w.writerow(
        ["填报单位：南乐县市场监督管理局    统计截至：2024年7月30日    整改期限为“X日内”的，自检查之日起计算"]
    )
    w.writerow(
        [
            "序号",
            "检查日期",
            "单位名称",
            "单位类别",
            "检查部位/环节",
            "问题隐患",
            "整改要求",
            "整改期限",
            "整改情况",
            "检查所",
        ]
    )
    for i, row in enumerate(FOOD_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for row in FOOD_ROWS if row[7].startswith("已"))
    w.writerow(["合计", "", "", "", "", f"问题隐患{len(FOOD_ROWS)}处", "", "", f"已整改{done}处", ""])
    w.writerow(["填表人：郑媛    审核人：吕建设    联系电话：0393-4423170"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 营养改善计划专项督导反馈问题整改台账, after the 国务院教育督导委员会办公室's 农村义务教育学生营养改善计划专项督导
# (督导重点包括试点工作开展、供餐管理、食堂建设、资金使用管理、信息公开公示、宣传教育等7个方面24项内容; 各地认真
# 组织开展自查，查找问题和不足，积极进行整改; 对督导中发现的问题形成督导意见书，督促限时整改):
# http://moldremoval-chicago.com/show.asp?id=2303
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 督导内容 and a 销号情况 column beside 整改进展, the items grouped under 方面 rows merged across, county
# bureaus, a town school; deadlines as 6月底前 / 第三季度 / 年底前 / 长期坚持 / dates; a signature line.
NUTRITION_GROUPS = [
    (
        "一、供餐管理",
        [
            (
                "带量食谱",
                "部分学校供餐食谱未经营养专业人员审定，带量食谱执行不到位",
                "范县教育局",
                "聘请营养师统一审定食谱",
                "2024年6月底前",
                "已完成食谱审定并在校内公示",
                "已销号",
            ),
            (
                "供餐模式",
                "个别学校以“课间奶+面包”替代热食供餐，未实现食堂供餐",
                "范县白衣阁乡中心小学",
                "改造食堂，实现热食供餐",
                "第三季度",
                "食堂改造工程已开工",
                "",
            ),
        ],
    ),
    (
        "二、食堂建设",
        [
            (
                "食堂许可",
                "3所农村学校食堂未取得食品经营许可证",
                "范县市场监督管理局",
                "指导学校补办食品经营许可",
                "2024年8月31日",
                "已办结2所，另1所正在整改",
                "",
            ),
        ],
    ),
    (
        "三、资金使用管理",
        [
            (
                "专账核算",
                "营养膳食补助资金未实行专账核算，与学校公用经费混用",
                "范县财政局",
                "设立营养改善计划资金专账",
                "2024年7月15日",
                "已整改",
                "已销号",
            ),
            (
                "资金用途",
                "食堂从业人员工资由营养膳食补助资金列支",
                "范县教育局",
                "清退列支资金，从业人员工资纳入县财政保障",
                "年底前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "四、信息公开公示",
        [
            (
                "公示制度",
                "学校未按月公示营养膳食补助资金使用情况和带量食谱",
                "范县颜村铺乡中心学校",
                "建立每月公示制度",
                "长期坚持",
                "已建立月度公示制度，长期坚持",
                "",
            ),
        ],
    ),
    (
        "五、宣传教育",
        [
            (
                "营养健康教育",
                "学生营养健康知识宣传教育开展不足，未开设营养健康教育课",
                "范县卫生健康委员会",
                "联合学校开展营养健康宣传教育",
                "2024年12月31日",
                "",
                "",
            ),
        ],
    ),
]


def write_nutrition_book(path: Path) -> Path:
    b = Book(path, author="县督导室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 40, 22, 28, 14, 28, 10])
    b.line(ws, 0, "范县农村义务教育学生营养改善计划专项督导反馈问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：范县人民政府教育督导室（盖章）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "督导内容",
            "督导意见书反馈问题",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in NUTRITION_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "单位负责人：冯建军    填表人：岳晓燕    联系电话：0393-5212087", 7)
    return b.close()


def write_nutrition(path: Path) -> Path:
    return via_soffice(write_nutrition_book, path, "xls", "营养改善计划督导整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 医疗机构依法执业专项整治专项督导发现问题整改情况, after a county-level city 卫健局's 医疗机构依法执业专项整治
# (普法培训阶段; 依法自查阶段 5月15日—6月30日; 专项督导阶段 7月1日—11月30日; 总结评估，对专项督导检查工作情况在
# 全市医疗机构予以通报):
# http://www.guangshui.gov.cn/zwgk/xxgkml/shgysy/wsjk/jdjc_zggsw/202306/t20230619_1119923.shtml
# A .doc (Word 97 via LibreOffice): title, 督导单位/督导反馈日期 line, a preamble saying N日内 and 立行立改 count from the
# 反馈日期, a table with 机构类别 and a 督导组复核意见 column beside 整改情况, a closing paragraph, office and date.
PRACTICE_ROWS = [
    (
        "濮阳市第三人民医院",
        "二级综合医院",
        "个别医师超出注册的执业范围从事诊疗活动",
        "30日内",
        "已对相关医师停止排班，执业范围变更已办理",
        "复核通过",
    ),
    (
        "濮阳县人民医院",
        "二级综合医院",
        "运行病历书写不规范，部分手术知情同意书无患者或家属签字",
        "2024年8月31日",
        "正在组织病历质量专项检查",
        "",
    ),
    (
        "华龙区胜利路街道社区卫生服务中心",
        "基层医疗卫生机构",
        "《医疗机构执业许可证》未按期校验",
        "立行立改",
        "已完成校验",
        "复核通过",
    ),
    (
        "濮阳市华龙区博雅口腔门诊部",
        "民营门诊部",
        "口腔器械灭菌监测记录缺失，“一人一用一消毒”落实不到位",
        "15日内",
        "未整改",
        "",
    ),
    (
        "清丰县中医院",
        "二级中医医院",
        "医疗废物暂存点未上锁，医疗废物交接登记不全",
        "立行立改",
        "已整改",
        "复核通过",
    ),
    (
        "台前县夹河乡卫生院",
        "乡镇卫生院",
        "抗菌药物分级管理未落实，存在乡村医生使用限制使用级抗菌药物情况",
        "2024年9月30日",
        "已开展抗菌药物培训，处方点评制度正在建立",
        "",
    ),
    (
        "南乐县仁和医院",
        "一级民营医院",
        "使用非卫生技术人员从事护理工作",
        "立行立改",
        "",
        "复核未通过，仍有2名无护士执业证书人员在岗",
    ),
]


def write_practice_docx(path: Path) -> Path:
    doc = _new_document("医政医管科")
    _title(doc, "濮阳市医疗机构依法执业专项整治专项督导发现问题整改情况表", 18)
    _paragraph(doc, "督导单位：濮阳市卫生健康委员会    督导反馈日期：2024年7月5日", 12)
    _paragraph(
        doc,
        "根据《濮阳市医疗机构依法执业专项整治工作方案》，各医疗机构依法自查阶段结束后，市卫生健康委于7月1日起开展"
        "专项督导，7月5日向被督导机构反馈了督导发现的问题。整改时限为“N日内”和“立行立改”的，自督导反馈之日起计算。"
        "现将各机构整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(PRACTICE_ROWS, 1)]
    _table(
        doc,
        ["序号", "医疗机构名称", "机构类别", "督导发现问题", "整改时限", "整改情况", "督导组复核意见"],
        body,
    )
    _paragraph(doc, "对复核未通过和逾期未整改的机构，将依法依规处理并在全市医疗机构中通报。", 12)
    _paragraph(doc, "濮阳市卫生健康委员会医政医管科", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_practice(path: Path) -> Path:
    return via_soffice(write_practice_docx, path, "doc", "依法执业专项督导整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 7. 定点医疗机构医保基金自查自纠及抽查复查情况表, after a report on 多地公布医保自查自纠情况 (定点医疗机构自查自纠，
# 主动退回违规金额; 医保部门对自查自纠情况通过“四不两直”方式开展飞行检查或抽查复查，对自查自纠不认真、敷衍塞责、
# 隐瞒不报的从重处理):
# https://user.guancha.cn/main/content?id=1420042
# An .xlsx: title, 填报单位/统计截至/金额单位 line, a two-row header (自查自纠情况 over 自查发现问题/主动退回金额,
# 抽查复查情况 over 复查时间/复查结论), 整改时限 as date cells, a 合计 row summing the money, a 说明 and a signature line.
INSURANCE_ROWS = [
    (
        "濮阳市中医医院",
        "三级",
        "超标准收费，重复收取一级护理费和静脉输液费",
        856320.50,
        date(2024, 6, 18),
        "复查通过",
        "退回违规费用，修订收费项目目录",
        date(2024, 6, 30),
        "已退回",
    ),
    (
        "濮阳市第五人民医院",
        "二级",
        "串换诊疗项目收费，康复治疗项目分解收费",
        213450.00,
        date(2024, 7, 9),
        "复查发现仍存在分解收费",
        "重新梳理康复项目收费",
        date(2024, 8, 31),
        "正在整改",
    ),
    (
        "濮阳县中医院",
        "二级",
        "挂床住院，部分住院病历与患者实际在床情况不符",
        98600.00,
        "",
        "",
        "开展住院病历全面核查",
        date(2024, 9, 30),
        "",
    ),
    (
        "清丰县人民医院",
        "二级",
        "超医保支付限定范围使用药品",
        145870.30,
        date(2024, 7, 16),
        "复查通过",
        "启用处方前置审核",
        date(2024, 7, 15),
        "已完成",
    ),
    (
        "南乐县妇幼保健院",
        "二级",
        "虚记医用耗材使用数量",
        0,
        date(2024, 7, 22),
        "自查不彻底，未主动退回违规金额",
        "退回违规金额，约谈单位负责人",
        date(2024, 8, 15),
        "未整改",
    ),
    (
        "华龙区中原路街道社区卫生服务中心",
        "一级",
        "将健康体检费用纳入医保基金结算",
        23400.00,
        "",
        "",
        "规范结算范围",
        date(2024, 7, 31),
        "已退回违规金额，整改完成",
    ),
    (
        "台前县仁爱医院",
        "一级",
        "降低入院标准，诱导参保群众住院",
        56700.00,
        date(2024, 7, 25),
        "已移交卫生健康部门处理",
        "暂停医保结算，限期整改",
        date(2024, 10, 31),
        "已暂停医保结算，正在整改",
    ),
]


def write_insurance(path: Path) -> Path:
    b = Book(path, author="基金监管科")
    ws = b.sheet("自查自纠及复查")
    b.widths(ws, [6, 30, 8, 36, 14, 12, 26, 26, 12, 24])
    b.line(ws, 0, "濮阳市定点医疗机构医保基金管理突出问题自查自纠及抽查复查情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市医疗保障局基金监管科    统计截至：2024年7月31日    金额单位：元", 9)
    for c, word in enumerate(["序号", "定点医疗机构名称", "机构等级"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "自查自纠情况", b.head)
    b.header(ws, 3, ["自查发现问题", "主动退回金额"], first=3)
    b.merge(ws, 2, 5, 2, 6, "抽查复查情况", b.head)
    b.header(ws, 3, ["复查时间", "复查结论"], first=5)
    for c, word in zip(range(7, 10), ["整改措施", "整改时限", "整改进展"], strict=True):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(INSURANCE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 4 else None)
    end = 4 + len(INSURANCE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, f"共{len(INSURANCE_ROWS)}家", b.cell)
    b.put(ws, end, 4, round(sum(row[3] for row in INSURANCE_ROWS), 2), b.money)
    for c in range(5, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 1, "说明：复查采取“四不两直”方式抽查，复查未通过的机构纳入下一轮飞行检查重点。", 9)
    b.line(ws, end + 2, "审核人：常卫东    填表人：谷雨    联系电话：0393-8910237", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 医保局自查自纠整改清单, after a page on 医保局自查自纠检查内容 (基金使用合规性检查: 虚假诊疗、药品耗材进销存
# 与报销记录一致、大额异常报销追溯; 定点机构动态管理: 协议履行、年度考核不达标的退出、异地就医结算; 智能监控系统
# 升级应用: 重复开药超量用药自动拦截、DRG/DIP病案首页数据质量):
# https://m.jiusongjiankang.com/health/news/5997269.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报单位 line, a table whose rows fall under the three
# 自查领域 (group rows), the bureau's own 科室 as the only 责任 names, deadlines as 2024年6-9月 / 上半年 / 第三季度 /
# 常态化推进 / 年底前 / dates; a note and the bureau at the foot.
SELF_CHECK_GROUPS = [
    (
        "一、基金使用合规性",
        [
            (
                "大额异常报销追溯",
                "对2023年度大额异常报销案例追溯核查不及时，12例大额报销尚未复核",
                "基金监管科",
                "逐例调阅病历和结算单据复核",
                "2024年6-9月",
                "已完成8例复核，其余正在调阅资料",
            ),
            (
                "进销存数据比对",
                "药品耗材进销存数据与医保结算数据比对未实现常态化",
                "医药服务管理科",
                "建立按月比对机制",
                "常态化推进",
                "按月比对，常态化推进",
            ),
        ],
    ),
    (
        "二、定点机构动态管理",
        [
            (
                "协议退出",
                "对年度考核不达标的3家定点零售药店未及时启动退出程序",
                "医药服务管理科",
                "启动退出程序，解除服务协议",
                "上半年",
                "已解除3家药店医保服务协议",
            ),
            (
                "异地就医结算",
                "异地就医备案审核超时，个别备案超过承诺时限",
                "待遇保障科",
                "压缩备案审核时限，推行线上即时备案",
                "2024年7月20日",
                "",
            ),
            (
                "价格公示",
                "对定点医疗机构医疗服务价格公示情况的检查覆盖不全",
                "基金监管科",
                "开展医疗服务价格公示专项检查",
                "第三季度",
                "尚未开展",
            ),
        ],
    ),
    (
        "三、智能监控系统应用",
        [
            (
                "智能审核规则",
                "智能监控规则库更新不及时，缺少重复开药、超量用药拦截规则",
                "信息科",
                "新增拦截规则并上线运行",
                "2024年5月31日",
                "已新增拦截规则18条并上线，整改完成",
            ),
            (
                "病案首页质控",
                "DRG付费病案首页数据质量核查未实现全覆盖",
                "医药服务管理科",
                "按季度开展病案首页质控抽查",
                "年底前",
                "已完成第二季度抽查，正在推进",
            ),
        ],
    ),
]


def write_self_check_docx(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "濮阳市医疗保障局2024年医保基金管理突出问题自查自纠整改清单", 18)
    _paragraph(doc, "填报单位：濮阳市医疗保障局    填报时间：2024年7月29日", 12)
    header = ["序号", "自查项目", "自查发现问题", "责任科室", "整改措施", "整改时限", "整改进展"]
    n_rows = sum(1 + len(rows) for _, rows in SELF_CHECK_GROUPS)
    table = doc.add_table(rows=1 + n_rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for title, rows in SELF_CHECK_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, title, 10.5, bold=True)
        r += 1
        for row in rows:
            n += 1
            for c, v in enumerate([str(n), *row]):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "注：本清单由局基金监管科汇总，整改进展每月更新一次。", 12)
    _paragraph(doc, "濮阳市医疗保障局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self_check(path: Path) -> Path:
    return via_soffice(write_self_check_docx, path, "doc", "医保基金自查自纠整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 9. 校园及周边环境专项检查问题整改台账 (two returns in one zip), after a town's account of its 校园及周边环境专项检查
# (平安办联合相关单位; 校内安防设备运行、食堂卫生存储管理、消防器材维护使用、宿舍用电安全及放学路段交通情况;
# 对发现的问题现场出示整改告知书，明确整改责任人和整改期限; 下一步组织开展整改落实情况“回头看”):
# https://uatriatlon.com/a/xz/ldz/2024/0903/63298.html
# A .zip (member names in GBK) holding an .xlsx from a street office (整改告知书编号 and a “回头看”情况 column, the
# 交警支队 under its short name) and a .docx with a table from a town (回头看结果 column).
STREET_ROWS = [
    (
        "华龙区中原路小学",
        "安防设备",
        "校门口2个监控摄像头损坏，视频监控未与派出所联网",
        "华龙区中原路小学",
        "李明",
        "2024年7月20日",
        "ZY-2024-01",
        "已修复并联网，回头看通过",
    ),
    (
        "华龙区第四初级中学",
        "宿舍用电",
        "学生宿舍发现违规使用大功率电器",
        "华龙区第四初级中学",
        "张涛",
        "立行立改",
        "ZY-2024-02",
        "已收缴违规电器，整改到位",
    ),
    (
        "华龙区建设路小学",
        "周边环境",
        "校门口流动摊贩占道经营，售卖“三无”食品",
        "华龙区中原路街道办事处",
        "王强",
        "长期坚持",
        "ZY-2024-03",
        "上下学时段每日巡查，长期坚持",
    ),
    (
        "华龙区绿城路小学",
        "交通安全",
        "放学路段无人行横道线和减速标志",
        "交警支队",
        "刘军",
        "2024年8月31日",
        "ZY-2024-04",
        "已协调交警支队，标线正在施划",
    ),
]
TOWN_ROWS = [
    (
        "文留镇中心幼儿园灭火器过期，压力不足",
        "濮阳县文留镇中心幼儿园",
        "更换全部过期灭火器",
        "2024年7月15日",
        "已更换",
        "合格",
    ),
    (
        "文留镇第二初级中学食堂冷库无温度记录，生熟食品混放",
        "濮阳县文留镇第二初级中学",
        "生熟分区存放，落实温度记录",
        "2024年7月25日",
        "正在整改",
        "未通过",
    ),
    (
        "文留镇北街小学东侧围墙局部倒塌",
        "濮阳县文留镇人民政府",
        "筹措资金修复围墙",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "文留镇陈庄小学上下学时段护学岗无人值守",
        "濮阳县公安局文留派出所",
        "落实“护学岗”制度",
        "立行立改",
        "未落实",
        "仍未落实",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="平安办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 10, 36, 24, 10, 14, 14, 28])
    b.line(ws, 0, "华龙区中原路街道校园及周边环境专项检查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区中原路街道办事处平安建设办公室    检查时间：2024年7月10日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查学校",
            "检查类别",
            "存在问题",
            "整改责任单位",
            "整改责任人",
            "整改期限",
            "整改告知书编号",
            "“回头看”情况",
        ],
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.line(ws, end, "注：“立行立改”事项以检查当日为整改期限。", 8)
    b.line(ws, end + 1, "填表人：马骁    联系电话：0393-6613082    填报日期：2024年7月29日", 8)
    return b.close()


def write_town_docx(path: Path) -> Path:
    doc = _new_document("文留镇平安办")
    _title(doc, "濮阳县文留镇校园及周边安全专项检查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县文留镇人民政府（平安办）    检查时间：2024年7月11日", 12)
    _paragraph(doc, "“立行立改”事项自检查之日起整改；7月下旬已对整改情况开展“回头看”。", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(
        doc, ["序号", "问题描述", "责任学校（单位）", "整改措施", "整改时限", "整改情况", "回头看结果"], body
    )
    _paragraph(doc, "填表人：宋娜    联系电话：0393-3511264    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_campus_zip(path: Path) -> Path:
    members = [
        ("华龙区中原路街道校园及周边环境专项检查问题整改台账.xlsx", write_street_book),
        ("濮阳县文留镇校园及周边安全专项检查问题整改情况.docx", write_town_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. “20条底线要求”不达标项目整改自查表, after a county's 全面改薄工作自查情况报告 (对照国家督查指出的义务教育学校
# “20条底线要求”不达标的项目清单，成立整改工作领导小组，深入问题学校实地核查，联合所在镇政府对办学条件不达标的
# 学校对照标准逐一补足; 县政府投入资金建设):
# https://360docs.net/doc/5d4669971.html
# An .xlsx: title, 填报单位/自查时间/金额单位 line, one header row with 乡镇, the school, the 底线要求 item, an explicit
# 责任单位, 投入资金 and a 自查结果 column, deadlines as dates / 2023-2025年 / 2024年底; a 合计 row summing the money,
# a 说明 line and a signature line.
BASELINE_ROWS = [
    (
        "夹河乡",
        "台前县夹河乡中心小学",
        "第4条 校舍安全",
        "综合楼经鉴定为C级危房，仍作为教室使用",
        "停止使用，拆除重建",
        "台前县教育局",
        380,
        "2023-2025年",
        "新教学楼正在建设",
    ),
    (
        "打渔陈镇",
        "台前县打渔陈镇第一初级中学",
        "第9条 厕所",
        "学生厕所为旱厕，无冲水设施",
        "改建水冲式厕所",
        "台前县打渔陈镇人民政府",
        45,
        "2024年6月30日",
        "已达标",
    ),
    (
        "马楼镇",
        "台前县马楼镇马楼小学",
        "第12条 教学仪器",
        "科学实验仪器配备不足，未达到基本配备标准",
        "补充采购实验仪器",
        "台前县教育局",
        28.5,
        "2024年8月31日",
        "",
    ),
    (
        "吴坝镇",
        "台前县吴坝镇中心小学",
        "第15条 饮用水",
        "学生饮用水未经净化处理",
        "安装净水设备",
        "台前县水利局",
        6.8,
        "2024年7月20日",
        "已达标",
    ),
    (
        "清水河乡",
        "台前县清水河乡中学",
        "第7条 运动场地",
        "运动场为土操场，雨雪天气无法使用",
        "硬化改造为塑胶运动场",
        "台前县教育局",
        120,
        "2024年底",
        "未达标",
    ),
    (
        "侯庙镇",
        "台前县侯庙镇侯庙小学",
        "第18条 寄宿条件",
        "寄宿生未实现一人一床，存在两人一床",
        "增购学生床铺",
        "台前县财政局",
        15,
        "2024年7月31日",
        "正在整改",
    ),
]


def write_baseline(path: Path) -> Path:
    b = Book(path, author="台前县督导室")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 10, 28, 16, 36, 22, 22, 10, 14, 12])
    b.line(ws, 0, "台前县义务教育薄弱学校办学条件“20条底线要求”不达标项目整改自查表", 9, b.title)
    b.line(ws, 1, "填报单位：台前县人民政府教育督导室    自查时间：2024年7月    金额单位：万元", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "学校名称",
            "不达标项目",
            "存在问题",
            "整改措施",
            "责任单位",
            "投入资金",
            "计划完成时间",
            "自查结果",
        ],
    )
    money = b.book.add_format({"border": 1, "num_format": "0.0", "valign": "vcenter"})
    for i, row in enumerate(BASELINE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c == 7 else None)
    end = 3 + len(BASELINE_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, f"{len(BASELINE_ROWS)}所学校", b.cell)
    for c in range(3, 7):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 7, round(sum(row[6] for row in BASELINE_ROWS), 1), money)
    b.put(ws, end, 8, "", b.cell)
    b.put(ws, end, 9, "", b.cell)
    b.line(
        ws, end + 1, "说明：自查结果分“已达标”“正在整改”“未达标”三类；不达标项目以国家督导反馈清单为准。", 9
    )
    b.line(ws, end + 2, "督导室负责人：袁新民    填表人：许静    联系电话：0393-2212609", 9)
    return b.close()


FILES = [
    ("濮阳市2023年度履行教育职责评价反馈问题整改情况的报告.docx", write_duty),
    ("华龙区责任督学挂牌督导整改通知书落实情况汇总表（2024年春季学期）.xlsx", write_supervisor),
    ("清丰县柳格镇学校安全隐患排查整治统计表.xls", write_hazard),
    ("南乐县学校食堂及校外供餐单位食品安全问题隐患清单（台账）.csv", write_food),
    ("范县营养改善计划专项督导反馈问题整改台账.et", write_nutrition),
    ("医疗机构依法执业专项整治专项督导发现问题整改情况表.doc", write_practice),
    ("定点医疗机构医保基金自查自纠及抽查复查情况表.xlsx", write_insurance),
    ("市医疗保障局医保基金管理突出问题自查自纠整改清单.wps", write_self_check),
    ("校园及周边环境专项检查问题整改台账（中原路街道、文留镇）.zip", write_campus_zip),
    ("台前县“20条底线要求”不达标项目整改自查表.xlsx", write_baseline),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

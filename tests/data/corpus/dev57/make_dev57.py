"""Write the dev57 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc and a .wps (Word 97 via LibreOffice) with the items as paragraphs, and a
.zip of two returns. Campaigns: 政务公开, 城市管理, 医保, 网格治理, 档案, 生态环境, 乡村振兴, 统计, 税务, 人社/欠薪,
应急管理. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev57.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 政务公开第三方评估问题排查整改情况报告, after a 乡's report to the 区人民政府办公室 on the 问题明细清单 of a quarter's
# 政务公开第三方评估 (存在问题 grouped by 方面: 重大决策预公开, 政府会议, 统计信息, 财政资金, 应急管理, 权责清单, 公共服务清单):
# https://xiexiebang.com/fanwen/qita/82aa154c5bb78c4f.html
# A .docx: title, 主送 line, preamble, the problems in one table by 方面 with the town's own 股室 as 责任股室, a closing
# paragraph and the town's signature.
OPEN_ROWS = [
    (
        "重大决策预公开",
        "镇级重大决策草案征求意见后，未公开意见采纳情况，征集意见与采纳情况未一一对应",
        "逐条梳理征集意见，补充公开采纳情况说明",
        "党政办",
        "7月10日前",
        "已整改，已在政府信息公开专栏补充公开",
    ),
    (
        "政府会议",
        "本年度未公开镇政府常务会议信息",
        "整理1-6月会议纪要，经审核后按程序公开",
        "党政办",
        "8月底前",
        "正在整改，会议纪要已完成保密审查",
    ),
    (
        "经济和社会发展统计信息",
        "月度统计数据不全，未公开6-7月份经济运行统计数据",
        "与县统计局对接数据口径，按月公开",
        "统计站",
        "9月30日前",
        "未启动",
    ),
    (
        "财政资金",
        "未公开本年度“三公”经费预算安排",
        "补充公开“三公”经费预算及情况说明",
        "财政所",
        "7月15日前",
        "已完成",
    ),
    (
        "应急管理",
        "未公开事故灾害类预警信息、应急处置措施与应对结果",
        "建立预警信息同步公开机制",
        "应急办",
        "长期坚持",
        "常态化推进，每次预警发布后24小时内同步公开",
    ),
    (
        "权责清单",
        "廉政风险点栏目链接失效，无法打开",
        "修复栏目链接，开展全站链接巡检",
        "党政办",
        "7月12日前",
        "已修复，经复查可正常访问",
    ),
    (
        "公共服务清单",
        "公共服务事项未公开办理主体、办理期限和监督渠道",
        "逐项补全公共服务清单要素",
        "便民服务中心",
        "2024年第三季度",
        "",
    ),
]


def write_open(path: Path) -> Path:
    doc = _new_document("柳屯镇党政办")
    _title(doc, "柳屯镇人民政府关于2024年第二季度政务公开第三方评估问题排查整改情况的报告")
    _paragraph(doc, "清丰县人民政府办公室：")
    _paragraph(
        doc,
        "我镇自7月5日收到2024年第二季度政务公开第三方评估问题明细清单起，镇领导高度重视，由政务公开领导小组牵头，"
        "根据职责分工进行任务分解，对存在的问题逐项排查整改。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、存在问题及整改情况", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(OPEN_ROWS, 1)]
    _table(doc, ["序号", "评估方面", "存在问题", "整改措施", "责任股室", "完成时限", "整改情况"], body)
    _paragraph(doc, "二、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "下一步，我镇将对照评估指标体系开展常态化自查，确保应公开尽公开，切实提升政务公开工作质效。",
    )
    _paragraph(doc, "柳屯镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 数字城管案件处置情况, after the 案件统计表 of a 数字化城市管理 system (任务号, 上报时间, 问题描述, 地址, 问题来源, 大类, 小类,
# 区域, 街道, 社区, 问题状态, 处置部门 dispose_unit_name, 派遣时间, 处置截止时间 dispose_deadline, 核查监督员, 结案时间):
# https://github.com/zhaiweixi/egova/blob/250a38ff7e3e1ab5984eb2cfda3aaacd557d858f/statgather/python/maintable/statinfo.py
# A CSV in GBK: a title line, one header row with the 核查监督员 (an inspector) beside the 处置部门, the 问题状态 blank on a
# case closed with a 结案时间, and a record count at the foot.
CASE_ROWS = [
    (
        "240701023",
        "2024-07-01 09:12",
        "监督员上报",
        "部件",
        "井盖",
        "污水井盖破损下沉，存在行人绊倒隐患",
        "人民路与长庆路交叉口东50米",
        "华龙区",
        "胜利路街道",
        "建设里社区",
        "张磊",
        "市自来水公司",
        "2024-07-01 10:05",
        "2024-07-08 17:00",
        "已结案",
        "2024-07-06 15:20",
    ),
    (
        "240703117",
        "2024-07-03 16:40",
        "12345转办",
        "事件",
        "占道经营",
        "夜市摊点占用盲道和机动车道经营",
        "京开大道南段",
        "华龙区",
        "中原路街道",
        "五一社区",
        "李娜",
        "市城管执法局",
        "2024-07-03 17:10",
        "2024-08-02 17:00",
        "处置中",
        "",
    ),
    (
        "240705066",
        "2024-07-05 21:03",
        "公众举报",
        "部件",
        "路灯",
        "黄河路中段路灯连续多日夜间不亮",
        "黄河路中段",
        "华龙区",
        "黄河路街道",
        "任丘路社区",
        "王晓东",
        "市住建局",
        "2024-07-06 08:30",
        "2024-07-22 17:00",
        "",
        "2024-07-19 11:00",
    ),
    (
        "240709031",
        "2024-07-09 10:26",
        "监督员上报",
        "部件",
        "燃气标志桩",
        "燃气管道地面标志桩缺失3处",
        "开州路北段",
        "华龙区",
        "人民路街道",
        "开州社区",
        "张磊",
        "市燃气公司",
        "2024-07-09 11:02",
        "2024-07-15 17:00",
        "超期未处置",
        "",
    ),
    (
        "240712088",
        "2024-07-12 15:47",
        "监督员上报",
        "事件",
        "建筑垃圾",
        "拆迁空地堆放建筑垃圾约30立方米",
        "绿城路与京开大道交叉口西南角",
        "华龙区",
        "中原路街道",
        "绿城社区",
        "李娜",
        "华龙区城市管理局",
        "2024-07-12 16:20",
        "2024-07-30 17:00",
        "处置中",
        "",
    ),
    (
        "240715019",
        "2024-07-15 08:55",
        "监督员上报",
        "部件",
        "架空线",
        "电力架空线缆垂落至人行道上方",
        "大庆路东段",
        "华龙区",
        "胜利路街道",
        "大庆社区",
        "王晓东",
        "市供电公司",
        "2024-07-15 09:30",
        "2024-07-18 17:00",
        "已结案",
        "2024-07-17 14:05",
    ),
    (
        "240722045",
        "2024-07-22 18:12",
        "12345转办",
        "事件",
        "非机动车乱停放",
        "商场门前共享单车乱停放堵塞消防通道",
        "胜利路与大庆路交叉口",
        "华龙区",
        "胜利路街道",
        "大庆社区",
        "张磊",
        "市城管局",
        "2024-07-22 18:40",
        "2024-07-25 17:00",
        "处置中",
        "",
    ),
]


def write_case(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["数字化城市管理案件处置情况（2024-07-01至2024-07-28）"])
    w.writerow(
        [
            "任务号",
            "上报时间",
            "问题来源",
            "大类",
            "小类",
            "问题描述",
            "地址",
            "区域",
            "街道",
            "社区",
            "核查监督员",
            "处置部门",
            "派遣时间",
            "处置截止时间",
            "问题状态",
            "结案时间",
        ]
    )
    for row in CASE_ROWS:
        w.writerow(row)
    w.writerow([f"共{len(CASE_ROWS)}条记录"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 医疗保障局关于基本医疗保险基金专项审计发现问题整改情况的报告, after a county 医疗保障局's report (整改总体情况; 具体问题
# 整改落实情况 with each problem as a numbered heading, then 整改措施及落实情况; 建立整改台账、挂图作战、对账销号):
# https://laobiganzi.top/252879.html
# A .doc (Word 97 via LibreOffice): title, 主送 line, the problems as （一）…（七） paragraphs, each followed by its
# 责任科室 (a section of the bureau) or 牵头单位 (another unit, under its former name), its 整改措施及落实情况 and its
# 时限 line.
MED_PARAS = [
    (
        (
            "（一）谈判药品双通道管理落实不到位，定点零售药店供应保障不足。审计发现，截至2023年11月，全市仅1家定点零售药店"
            "能够提供谈判药品供应服务。"
        ),
        "责任科室：医药服务管理科。",
        "整改措施及落实情况：该问题已完成整改。已新增3家符合条件的定点零售药店，实现县区全覆盖。",
        "完成时限：2024年6月30日。",
    ),
    (
        "（二）部分定点医疗机构超标准收取床位费和护理费，涉及医保基金38.6万元。",
        "责任科室：基金监管科。",
        "整改措施及落实情况：已追回违规资金12.6万元，其余3家医院正在逐笔核查。",
        "整改时限：2024年9月底前。",
    ),
    (
        "（三）城乡居民医保与职工医保重复参保数据清理不及时，部分人员重复缴费。",
        "责任科室：待遇保障科。",
        "整改措施及落实情况：已建立与税务、公安部门的数据比对机制，按月清理重复参保数据，长期坚持。",
        "整改时限：长期坚持。",
    ),
    (
        "（四）部分公立医院未落实检查检验结果互认，重复检查增加参保人员负担。",
        "牵头单位：市卫计委。",
        "整改措施及落实情况：市卫计委已印发互认项目目录，正在推进医院信息系统改造。",
        "整改时限：2024年12月31日前。",
    ),
    (
        "（五）按病组付费方式改革推进缓慢，病组分组方案未按期印发。",
        "责任科室：医药服务管理科。",
        "整改措施及落实情况：分组方案已完成专家论证，待局党组会议审定后印发。",
        "整改时限：2024年第四季度。",
    ),
    (
        "（六）异地就医备案手续繁琐，要求参保人提交的证明材料过多。",
        "责任科室：待遇保障科。",
        "整改措施及落实情况：已取消参保地证明材料，实行线上备案，该问题已整改到位。",
        "完成时限：2024年5月31日。",
    ),
    (
        "（七）医保经办内部控制制度不健全，经办与审核岗位未有效分离。",
        "责任科室：办公室。",
        "整改措施及落实情况：因经办人员不足，该问题暂未整改。",
        "整改时限：2024年10月底前。",
    ),
]


def write_med_docx(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "濮阳市医疗保障局关于2023年度基本医疗保险基金专项审计发现问题整改情况的报告")
    _paragraph(doc, "市审计局：")
    _paragraph(
        doc,
        "根据《2023年度基本医疗保险基金专项审计报告》反馈的问题，我局本着着眼全局、举一反三、建立长效机制的原则，"
        "成立整改领导小组，对所有问题建立整改台账，实施挂图作战，整改一个、对账销号一个。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、整改总体情况", 16, "黑体")
    _paragraph(
        doc,
        "审计反馈问题共7个，截至2024年7月25日，已完成整改2个，其余问题正在按计划推进。",
    )
    _paragraph(doc, "二、具体问题整改落实情况", 16, "黑体")
    for paras in MED_PARAS:
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", 16, "黑体")
    _paragraph(doc, "我局将持续跟踪未完成事项，确保按期整改到位，并将整改成效纳入年度绩效考核。")
    _paragraph(doc, "濮阳市医疗保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_med(path: Path) -> Path:
    return via_soffice(write_med_docx, path, "doc", "基本医疗保险基金专项审计发现问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 4. 网格事件处置情况导出, after the EventInfo record of a district's 网格化 event system (eventId, eventName, desc, address,
# happenTime, eventType, level, gridName, reportSource, reportPerson, dealDeptName, distributeTime, deadlineTime,
# eventState, overdueState, endTime):
# https://github.com/dingwen2355-ding/-/blob/9f0473db0c5854c3969442fa4309abdba099f96d/无锡滨湖代码/滨湖代码2/server/server/EIMS-management/src/main/java/com/znv/manage/common/bean/EventInfo.java
# An .xlsx export: title and 导出时间 lines, one header row with date-time cells, the 上报人 (a 网格员) beside the 处置部门,
# an 超期状态 column, one event with neither state nor 办结时间.
GRID_ROWS = [
    (
        "WG20240702001",
        "楼道堆放杂物",
        "居民楼三单元楼道长期堆放废旧家具和纸箱，堵塞消防通道",
        "建设里小区3号楼",
        datetime(2024, 7, 2, 9, 30),
        "消防安全",
        "一般",
        "胜利路街道建设里社区第二网格",
        "网格员上报",
        "王秀梅",
        "胜利路街道办事处",
        datetime(2024, 7, 2, 10, 0),
        datetime(2024, 7, 5, 18, 0),
        "已办结",
        "未超期",
        datetime(2024, 7, 4, 16, 20),
    ),
    (
        "WG20240705003",
        "无证经营",
        "小区底商一家餐馆无营业执照从事餐饮经营",
        "中原路158号",
        datetime(2024, 7, 5, 14, 10),
        "市场监管",
        "一般",
        "中原路街道五一社区第一网格",
        "网格员上报",
        "刘建国",
        "市市场监管局",
        datetime(2024, 7, 5, 15, 0),
        datetime(2024, 7, 15, 18, 0),
        "处置中",
        "已超期",
        None,
    ),
    (
        "WG20240708002",
        "噪声扰民",
        "工地夜间22时后仍进行混凝土浇筑作业，噪声扰民",
        "昆吾路与绿城路交叉口西北角",
        datetime(2024, 7, 8, 22, 40),
        "环境保护",
        "较大",
        "中原路街道绿城社区第三网格",
        "群众反映",
        "赵丽",
        "市生态环境局",
        datetime(2024, 7, 9, 8, 30),
        datetime(2024, 7, 12, 18, 0),
        "已办结",
        "未超期",
        datetime(2024, 7, 10, 17, 45),
    ),
    (
        "WG20240711004",
        "违章搭建",
        "居民在楼顶违章搭建彩钢板房约40平方米",
        "任丘路东侧家属院5号楼",
        datetime(2024, 7, 11, 10, 5),
        "城市管理",
        "一般",
        "黄河路街道任丘路社区第一网格",
        "网格员上报",
        "孙红",
        "市城管局",
        datetime(2024, 7, 11, 11, 0),
        datetime(2024, 7, 31, 18, 0),
        "处置中",
        "未超期",
        None,
    ),
    (
        "WG20240715001",
        "车辆违停",
        "学校门口接送车辆违停造成交通拥堵",
        "实验小学南门",
        datetime(2024, 7, 15, 7, 40),
        "道路交通",
        "一般",
        "胜利路街道大庆社区第二网格",
        "网格员上报",
        "王秀梅",
        "市交警支队",
        datetime(2024, 7, 15, 9, 0),
        datetime(2024, 7, 19, 18, 0),
        "待处置",
        "已超期",
        None,
    ),
    (
        "WG20240718006",
        "外墙脱落",
        "老旧小区外墙瓷砖空鼓脱落，存在高空坠物隐患",
        "五一路供销社家属院",
        datetime(2024, 7, 18, 16, 20),
        "城乡建设",
        "较大",
        "中原路街道五一社区第二网格",
        "网格员上报",
        "刘建国",
        "市住房和城乡建设局",
        datetime(2024, 7, 18, 17, 0),
        datetime(2024, 8, 16, 18, 0),
        "处置中",
        "未超期",
        None,
    ),
    (
        "WG20240722002",
        "邻里纠纷",
        "两户居民因楼上卫生间漏水引发纠纷并多次争吵",
        "绿城花园12号楼",
        datetime(2024, 7, 22, 19, 15),
        "矛盾纠纷",
        "一般",
        "中原路街道绿城社区第一网格",
        "网格员上报",
        "赵丽",
        "中原路街道办事处",
        datetime(2024, 7, 22, 20, 0),
        datetime(2024, 7, 26, 18, 0),
        "已办结",
        "未超期",
        datetime(2024, 7, 25, 10, 30),
    ),
    (
        "WG20240726005",
        "路面塌陷",
        "小区内部道路路面塌陷约2平方米",
        "建设里小区北门内",
        datetime(2024, 7, 26, 8, 50),
        "公共设施",
        "一般",
        "胜利路街道建设里社区第一网格",
        "网格员上报",
        "孙红",
        "胜利路街道办事处",
        datetime(2024, 7, 26, 9, 30),
        datetime(2024, 8, 9, 18, 0),
        "",
        "",
        None,
    ),
]


def write_grid(path: Path) -> Path:
    b = Book(path, author="网格中心")
    ws = b.sheet("事件列表")
    words = [
        "序号",
        "事件编号",
        "事件名称",
        "事件描述",
        "发生地址",
        "发生时间",
        "事件类型",
        "事件等级",
        "所属网格",
        "信息来源",
        "上报人",
        "处置部门",
        "派发时间",
        "处置期限",
        "事件状态",
        "超期状态",
        "办结时间",
    ]
    last = len(words) - 1
    b.widths(ws, [6, 16, 12, 40, 24, 17, 10, 8, 28, 10, 8, 18, 17, 17, 10, 10, 17])
    b.line(ws, 0, "华龙区网格化服务管理事件处置情况", last, b.title)
    b.line(ws, 1, "导出时间：2024-07-30 08:45    数据范围：2024-07-01至2024-07-29    导出人：网格中心", last)
    b.header(ws, 2, words)
    for i, row in enumerate(GRID_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 档案工作目标管理考评整改报告, after a unit's report to the 市档案局 on the problems listed in its 考评抽查情况通知书
# (一、关于档案全宗卷问题; 二、关于档案收集归档问题 (1)(2)…, each followed by 整改: …):
# https://xiexiebang.com/a5/2019051319/0d7ad8ea80e6b0d4.html
# A .wps (Word 97 via LibreOffice): the unit named only in the title, by its short name; the date the 通知书 was
# received stated in the preamble (the base of one 30日内 and one 立行立改); the items as (1)…(7) under four headings,
# each with its 整改时限 in brackets and an 整改: paragraph naming the unit's own sections; a date without a name at the foot.
ARCH_PARAS = [
    (
        "一、关于档案全宗卷问题",
        [
            (
                "（1）全宗卷中缺少全宗介绍、组织机构沿革等基础编研材料（整改时限：2024年7月20日前）。",
                "整改：由办公室重新编写全宗介绍和组织机构沿革，已于7月19日完成并归入全宗卷。",
            ),
        ],
    ),
    (
        "二、关于档案收集归档问题",
        [
            (
                "（2）2023年度文书档案未按期归档，部分科室文件材料仍分散保存（整改时限：自收到《通知书》之日起30日内）。",
                "整改：已督促各科室移交文件材料，正在按件整理，已完成约七成。",
            ),
            (
                "（3）电子交易项目档案未与纸质档案同步归档（整改时限：2024年9月底前）。",
                "整改：信息科正在开发交易系统归档接口，预计8月底上线测试。",
            ),
            (
                "（4）照片档案未整理，数码照片未逐张著录说明（整改时限：立行立改）。",
                "整改：已对2023年以来的照片档案逐张著录说明，当即整改到位。",
            ),
        ],
    ),
    (
        "三、关于档案保管安全问题",
        [
            (
                "（5）档案库房未配备温湿度记录仪，防潮防光措施不到位（整改时限：2024年8月15日前）。",
                "整改：因需追加预算采购设备，目前尚未启动。",
            ),
            (
                "（6）档案库房与办公用房混用，库内存放有杂物（整改时限：2024年7月31日前）。",
                "整改：已清理库房杂物，库房专用，经自查已整改到位。",
            ),
        ],
    ),
    (
        "四、关于档案鉴定销毁问题",
        [
            (
                "（7）保管期限已满的档案未开展鉴定销毁工作（整改时限：2024年12月底前）。",
                "整改：办公室已拟定鉴定工作方案，待中心主任办公会审定后实施。",
            ),
        ],
    ),
]


def write_arch_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市交易中心关于档案工作目标管理考评抽查问题整改情况的报告")
    _paragraph(doc, "市档案局：")
    _paragraph(
        doc,
        "我中心于2024年7月8日收悉贵局下达的《2024年档案工作目标管理考评抽查情况通知书》（以下简称《通知书》），"
        "中心领导高度重视，成立了以主任为组长、各科室负责人为成员的档案整改工作专班，根据《通知书》所列问题拟定了"
        "整改计划。现就《通知书》所列问题的整改情况汇报如下：",
    )
    for heading, items in ARCH_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for problem, answer in items:
            _paragraph(doc, problem)
            _paragraph(doc, answer)
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_arch(path: Path) -> Path:
    return via_soffice(write_arch_docx, path, "doc", "档案工作目标管理考评抽查问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 督察反馈问题整改情况表, after a district 生态环境局's 整改情况表 (责任单位（盖章） and date at the top; then one card:
# 反馈问题 / 责任单位 / 责任人 / 联系电话 / 整改目标 / 整改主要工作及成效 with numbered steps and a 成效 sentence):
# https://www.dp.gov.cn/dphbj/info/1005/3221.htm
# An .ods (LibreOffice conversion): title, the sending unit and date line, six such cards one under another (label
# in the first column, the value merged across the rest); 责任单位 under former names; the deadline, where there is
# one, only inside the 整改目标 text; one card with its 成效 left empty.
ENV_CARDS = [
    (
        "濮阳县部分村庄夏收期间仍有秸秆露天焚烧现象",
        "市农委",
        "郭志强",
        "0393-8911206",
        "坚决杜绝秸秆焚烧现象发生，确保辖区“不见烟雾、不见火光、不见黑斑”；2024年6月底前建立镇、村、组三级网格化监管。",
        (
            "1.制定秸秆禁烧和综合利用年度工作方案，落实三级网格化监管责任；\n2.建设秸秆禁烧视频监控系统；\n"
            "成效：截至目前涉及村庄秸秆焚烧问题已经完成整改。"
        ),
    ),
    (
        "城区部分餐饮单位油烟净化设施未正常运行，油烟扰民投诉较多",
        "市城管执法局",
        "李红军",
        "0393-8266015",
        "2024年8月底前完成城区餐饮单位油烟净化设施全覆盖安装和规范运行。",
        "1.开展餐饮油烟专项整治；\n2.建立油烟净化设施清洗台账；\n成效：已完成328家餐饮单位油烟净化设施安装，剩余46家正在推进。",
    ),
    (
        "工业园区污水处理厂出水总氮浓度超标",
        "濮阳工业园区管理委员会",
        "周海涛",
        "0393-8676121",
        "实施提标改造，2024年9月30日前出水稳定达到一级A标准。",
        "1.编制提标改造方案并完成立项；\n2.加强进水水质监控；\n成效：提标改造工程已开工建设，完成投资约40%。",
    ),
    (
        "建筑工地扬尘管控措施落实不到位",
        "市住建局",
        "韩冬",
        "0393-4412537",
        "长期坚持，常态化落实工地扬尘管控“六个百分之百”要求。",
        "1.每周开展工地扬尘专项巡查；\n2.对问题工地实行通报约谈；\n成效：常态化推进。",
    ),
    (
        "部分畜禽养殖户粪污未经处理直排沟渠",
        "市畜牧局",
        "马永福",
        "0393-8915530",
        "2024年7月20日前完成涉及养殖户粪污收集设施建设。",
        "成效：涉及养殖户以资金困难为由拒不配合，整改尚未启动。",
    ),
    (
        "饮用水水源地二级保护区内存在违章建筑",
        "市水务局",
        "宋建平",
        "0393-4831227",
        "2024年12月底前拆除到位并完成生态修复。",
        "",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改情况表")
    b.widths(ws, [20, 24, 24, 24])
    b.line(ws, 0, "2024年省级生态环境保护督察反馈问题整改情况表", 3, b.title)
    b.line(ws, 1, "报送单位（盖章）：濮阳市生态环境局        报送日期：2024年7月26日", 3)
    labels = ["反馈问题", "责任单位", "责任人", "联系电话", "整改目标", "整改主要工作及成效"]
    r = 3
    for n, card in enumerate(ENV_CARDS, 1):
        b.put(ws, r, 0, "问题编号", b.head)
        b.merge(ws, r, 1, r, 3, f"SD-2024-{n:02d}", b.center)
        r += 1
        for label, value in zip(labels, card, strict=True):
            b.put(ws, r, 0, label, b.head)
            b.merge(ws, r, 1, r, 3, value)
            if label in ("整改目标", "整改主要工作及成效"):
                ws.set_row(r, 48)
            r += 1
        r += 1
    b.line(ws, r, "填报人：陈思远    审核人：刘卫东    联系电话：0393-4369102", 3)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "督察反馈问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 防止返贫监测帮扶排查问题整改清单, after a 镇's 防止返贫监测帮扶排查整改工作方案 (覆盖所有农户, 重点排查脱贫不稳定户、
# 边缘易致贫户、突发严重困难户; 收入、住房、医疗、教育、饮水; 整改到位):
# https://gwyoo.com/article/xzgaoshou/gongzhuo/202110/748969.html
# A .zip of two .xlsx returns from two 乡镇: title, 填报单位 line with the town's full name, a two-row header with
# 是否整改到位 merged over 是 / 否 (ticks), a 整改时限 as written (2024.8.15, 7月底前, 6月30日前完成), a 备注 for progress,
# a 填表说明 line and the signature line.
POOR_RETURNS = [
    (
        "陈庄镇",
        "范县陈庄镇人民政府",
        "李强",
        [
            (
                "后屯村",
                "王某某",
                "住房安全",
                "脱贫户住房屋面漏雨，墙体出现裂缝",
                "申请农村危房改造补助，维修加固",
                "李强",
                "2024.8.15",
                "√",
                "",
                "已维修加固完毕，经鉴定为安全住房",
            ),
            (
                "陈庄村",
                "张某某",
                "义务教育",
                "监测户子女初中阶段未享受教育资助",
                "协调学校办理教育资助",
                "刘芳",
                "7月底前",
                "√",
                "",
                "",
            ),
            (
                "前屯村",
                "赵某某",
                "基本医疗",
                "家庭成员患慢性病未办理门诊慢特病待遇",
                "协助办理门诊慢特病认定",
                "王建",
                "2024年8月20日",
                "",
                "√",
                "已提交认定材料，等待县医保局审核",
            ),
            (
                "苏庄村",
                "孙某某",
                "饮水安全",
                "农户自来水入户管道老化，经常停水",
                "更换入户管道",
                "陈刚",
                "6月30日前完成",
                "",
                "√",
                "",
            ),
            (
                "后屯村",
                "李某某",
                "收入骤减",
                "家中主要劳动力务工受伤，家庭收入骤减",
                "纳入监测对象，落实临时救助和公益性岗位",
                "李强",
                "9月底前",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "张庄乡",
        "范县张庄乡人民政府",
        "胡敏",
        [
            (
                "张庄村",
                "刘某某",
                "住房安全",
                "独居老人居住的土坯房经鉴定为C级危房",
                "实施危房改造或安排集中安置",
                "马涛",
                "2024.7.25",
                "√",
                "",
                "已搬入村集体周转房居住",
            ),
            (
                "秦庄村",
                "周某某",
                "产业就业",
                "脱贫户发展的肉牛养殖因饲料涨价出现亏损",
                "对接产业帮扶资金，提供养殖技术指导",
                "胡敏",
                "10月底前",
                "",
                "√",
                "已申请产业奖补资金，正在审批",
            ),
            (
                "张庄村",
                "吴某某",
                "基本医疗",
                "监测户2024年度城乡居民医保未参保缴费",
                "落实参保资助政策，代缴个人缴费部分",
                "马涛",
                "7月15日前",
                "√",
                "",
                "",
            ),
            (
                "秦庄村",
                "郑某某",
                "饮水安全",
                "村西片区自来水水压不足，用水高峰时段断水",
                "协调县水利局增设加压设施",
                "胡敏",
                "2024年12月31日",
                "",
                "√",
                "",
            ),
        ],
    ),
]


def write_poor_book(path: Path, town: str, sender: str, clerk: str, rows: list[tuple]) -> Path:
    b = Book(path, author=clerk)
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 10, 10, 10, 34, 30, 10, 14, 6, 6, 30])
    b.line(ws, 0, f"{town}防止返贫监测帮扶集中排查发现问题整改清单", 10, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{sender}        填报日期：2024年7月26日", 10)
    single = ["序号", "村（社区）", "户主", "问题类型", "问题描述", "整改措施", "帮扶责任人", "整改时限"]
    for c, word in enumerate(single):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否整改到位", b.head)
    b.put(ws, 3, 8, "是", b.head)
    b.put(ws, 3, 9, "否", b.head)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(rows, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 8, row[7], b.center)
        b.put(ws, 3 + i, 9, row[8], b.center)
    end = 4 + len(rows)
    b.line(ws, end, "填表说明：“是否整改到位”栏在相应栏内打“√”；未整改到位的，在备注栏写明进展情况。", 10)
    b.line(ws, end + 1, f"填表人：{clerk}        审核人：        联系电话：", 10)
    return b.close()


def write_poor(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, sender, clerk, rows in POOR_RETURNS:
            name = f"{town}防止返贫监测帮扶排查问题整改清单.xlsx"
            member = write_poor_book(Path(tmp) / name, town, sender, clerk, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. “四上”企业大走访发现问题整改台账, after a city 统计局's 大走访 plan (规模以上工业、有资质的建筑业、限额以上批零住餐业、
# 房地产开发经营业、规模以上服务业; 协助企业建立统计台账; 不符合入库条件的退库; 现场纠正或督促限期整改):
# http://tjj.zhuzhou.gov.cn/c8606/20210329/i1677385.html
# An .xls (xlwt): the bureau named in the title, 填报单位 line, one header row, the 专业 as merged section rows, the
# 走访企业 (the object) beside the 责任科室 (sections of the bureau), a 交办日期 and 整改时限 partly in working days from it,
# a note saying so and a signature line.
STAT_SECTIONS = [
    (
        "一、规模以上工业",
        [
            (
                "濮阳市恒信化工有限公司",
                "企业工业产值统计台账未按月登记，原始记录与报表数据不一致",
                "指导企业建立规范台账，核对上报数据",
                "工业科",
                "2024-07-10",
                "15个工作日内",
                "已整改，企业已补建1-6月统计台账",
                "张伟、李静",
            ),
            (
                "濮阳市华丰纺织有限公司",
                "能源消费报表中电力消费量与供电部门数据差异较大",
                "与供电部门数据比对核实后更正",
                "工业科",
                "2024-07-16",
                "10个工作日内",
                "正在核实，已调取供电部门1-6月数据",
                "张伟、李静",
            ),
        ],
    ),
    (
        "二、限额以上批零住餐业",
        [
            (
                "濮阳市鑫源商贸有限公司",
                "企业已停业但仍在调查单位库内，未及时退库",
                "核实经营状态，按程序办理退库",
                "贸易外经科",
                "2024-07-11",
                "2024.7.20",
                "已按程序办理退库",
                "王磊、赵敏",
            ),
            (
                "濮阳市龙都酒店有限公司",
                "客房收入和餐费收入未分开核算，营业额填报口径有误",
                "辅导企业按统计制度口径填报",
                "贸易外经科",
                "2024-07-11",
                "8月底前",
                "未整改",
                "王磊、赵敏",
            ),
        ],
    ),
    (
        "三、资质以内建筑业",
        [
            (
                "濮阳市宏远建筑安装有限公司",
                "在建施工项目名录不全，部分外地项目未纳入统计",
                "梳理在建项目清单并补报",
                "投资科",
                "2024-07-12",
                "2024年9月15日",
                "正在梳理外地在建项目",
                "刘洋",
            ),
        ],
    ),
    (
        "四、规模以上服务业",
        [
            (
                "濮阳市智联信息技术有限公司",
                "企业统计人员变动频繁，新任统计人员未参加业务培训",
                "纳入年度统计业务培训计划",
                "服务业科",
                "2024-07-15",
                "年底前",
                "",
                "陈晨",
            ),
            (
                "濮阳市安居物业服务有限公司",
                "应付职工薪酬指标填报错误，人均工资异常偏高",
                "指导企业更正劳动工资报表",
                "服务业科",
                "2024-07-15",
                "7月25日前",
                "已更正并重新报送",
                "陈晨",
            ),
        ],
    ),
    (
        "五、房地产开发经营业",
        [
            (
                "濮阳市盛世置业有限公司",
                "商品房销售面积与住建部门网签备案数据不衔接",
                "常态化开展部门数据比对",
                "投资科",
                "2024-07-18",
                "长期坚持",
                "常态化推进，每月与住建部门比对一次",
                "刘洋",
            ),
        ],
    ),
]


def write_stat(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    center = _xf(center=True)
    section = _xf(bold=True)
    words = [
        "序号",
        "走访企业",
        "发现问题",
        "整改措施",
        "责任科室",
        "交办日期",
        "整改时限",
        "整改进展",
        "走访人员",
    ]
    last = len(words) - 1
    cells: list[tuple] = [
        (0, 0, "市统计局2024年“四上”企业大走访发现问题整改台账", title, 0, last),
        (1, 0, "填报单位：濮阳市统计局                填报时间：2024年7月29日", plain, 1, last),
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    r, n = 3, 0
    for heading, rows in STAT_SECTIONS:
        cells.append((r, 0, heading, section, r, last))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, center))
            cells += [(r, 1 + c, v, cell) for c, v in enumerate(row)]
            r += 1
    cells.append((r + 1, 0, "注：整改时限为“×个工作日内”的，自交办之日起计算。", plain, r + 1, last))
    cells.append((r + 2, 0, "填表人：孟凡    审核人：杨光明    联系电话：0393-8993166", plain, r + 2, last))
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 9. 督查发现问题整改台账, after the 税务总局 系统督查管理办法 (督促整改: 整改通知 明确需要整改的问题、时限; 被督查单位建立
# 整改台账（模板见附件5）, 坚持对账销号):
# https://0798ci.com/law/10486.html
# An .xlsx: title, 被督查单位 and 督查事项 line, 填报日期 line, a two-row header with 整改落实情况 merged over 整改进展 /
# 是否完成 / 完成时间, the 督查组 (the inspector) beside the 责任部门 (sections of the bureau), a 交办日期 with a 30日内
# and a 立行立改 counted from it, a signature line.
TAX_ROWS = [
    (
        "部分小微企业“六税两费”减征政策未自动享受，系统企业划型标识错误",
        "省局第二督查组",
        date(2024, 7, 5),
        "排查修正企业划型标识，退还多缴税费",
        "征收管理科",
        "王立新",
        "30日内",
        "已完成标识修正，为28户企业办理退税",
        "是",
        date(2024, 7, 26),
    ),
    (
        "办税服务厅个别窗口一次性告知不到位，纳税人多次往返",
        "省局第二督查组",
        date(2024, 7, 5),
        "开展窗口人员业务培训，落实首问责任制",
        "纳税服务科",
        "陈静",
        "立行立改",
        "已对窗口人员集中培训并落实首问责任制",
        "是",
        date(2024, 7, 5),
    ),
    (
        "研发费用加计扣除政策辅导不到位，部分企业应享未享",
        "省局第二督查组",
        date(2024, 7, 5),
        "筛选应享未享企业逐户辅导",
        "第一税务分局",
        "赵鹏",
        "2024年8月31日",
        "已辅导企业35户，正在跟进更正申报",
        "否",
        None,
    ),
    (
        "出口退税审核办理时间超出规定时限",
        "市局督查内审科",
        date(2024, 7, 10),
        "优化审核流程，压缩办理时间",
        "货物和劳务税科",
        "刘洋",
        "9月底前",
        "",
        "否",
        None,
    ),
    (
        "税收执法文书送达不规范，部分文书缺少送达回证",
        "市局督查内审科",
        date(2024, 7, 10),
        "开展执法文书专项清理",
        "法制科",
        "孙丽",
        "2024年10月31日",
        "正在逐卷清理2023年以来执法案卷",
        "否",
        None,
    ),
    (
        "欠税公告信息未按季度更新发布",
        "省局第二督查组",
        date(2024, 7, 5),
        "按季度更新发布欠税公告",
        "征收管理科",
        "王立新",
        "7月20日前",
        "已在门户网站更新二季度欠税公告",
        "是",
        date(2024, 7, 18),
    ),
    (
        "纳税咨询热线高峰时段接通率偏低",
        "市局督查内审科",
        date(2024, 7, 10),
        "增加坐席人员，常态化监测接通率",
        "纳税服务科",
        "陈静",
        "长期坚持",
        "常态化推进",
        "",
        None,
    ),
]


def write_tax(path: Path) -> Path:
    b = Book(path, author="督查内审科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 14, 12, 30, 14, 8, 14, 30, 8, 12])
    b.line(ws, 0, "督查发现问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "被督查单位（盖章）：国家税务总局濮阳市税务局    督查事项：2024年上半年税费优惠政策落实情况督查",
        10,
    )
    b.line(ws, 2, "填报日期：2024年7月29日", 10)
    single = ["序号", "督查发现问题", "督查组", "交办日期", "整改措施", "责任部门", "责任人", "整改时限"]
    for c, word in enumerate(single):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 10, "整改落实情况", b.head)
    b.header(ws, 4, ["整改进展", "是否完成", "完成时间"], first=8)
    for i, row in enumerate(TAX_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
        b.put(ws, 4 + i, 9, row[8], b.center)
    end = 5 + len(TAX_ROWS)
    b.line(ws, end + 1, "填表人：周敏    审核人：郭建华    联系电话：0393-6661235", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 建设领域重点项目欠薪隐患排查清单, after a city 住建局's 根治欠薪冬季专项行动 (实名制系统+线下排查, 《建设领域重点项目
# 排查清单》, 一项目一册台账; 连续2个月未向农民工工资专用账户拨付人工费用的建设单位 预警、限期整改):
# http://credit.lyg.gov.cn/311/25562.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with 制度落实情况 merged over three 是/否
# columns, the 建设单位 and 施工总承包单位 beside an explicit 整改责任单位 (two under former names), a 合计 row, a
# 填表说明 and a signature line.
WAGE_ROWS = [
    (
        "濮阳市第二人民医院门诊楼改造工程",
        "濮阳市第二人民医院",
        "河南中建华泰建设有限公司",
        "华龙区",
        "建设单位连续2个月未向农民工工资专用账户拨付人工费用",
        "是",
        "是",
        "否",
        "足额拨付4-6月人工费用",
        "7月底前",
        "濮阳市第二人民医院",
        "已拨付人工费用186万元，预警已解除",
    ),
    (
        "清丰县产业园区纬三路道路工程",
        "市交通局",
        "河南路桥建设集团有限公司",
        "清丰县",
        "政府投资项目已竣工验收但未办理结算，拖欠工程款",
        "是",
        "是",
        "是",
        "完成结算审核并支付工程款",
        "2024年8月31日",
        "市交通局",
        "正在办理结算审核",
    ),
    (
        "龙湖花园三期住宅项目",
        "濮阳龙湖置业有限公司",
        "河南恒通建工有限公司",
        "华龙区",
        "施工总承包单位未按规定开设农民工工资专用账户",
        "是",
        "否",
        "否",
        "开设专用账户并按月代发工资",
        "2024.8.10",
        "河南恒通建工有限公司",
        "未整改",
    ),
    (
        "金堤河治理二期工程",
        "市水务局",
        "河南水利建筑工程有限公司",
        "濮阳县",
        "建设单位未按合同约定按月支付进度款，人工费拨付不及时",
        "是",
        "是",
        "否",
        "按月足额拨付人工费用",
        "7月20日前",
        "市水务局",
        "已足额拨付，经复核已销号",
    ),
    (
        "市职教园区实训楼项目",
        "濮阳市职业教育投资有限公司",
        "濮阳建工集团有限公司",
        "开发区",
        "未落实建筑工人实名制管理，考勤记录与工资发放名册不一致",
        "否",
        "是",
        "是",
        "完善实名制考勤，核对工资发放名册",
        "8月15日前",
        "濮阳建工集团有限公司",
        "正在整改，已补录实名制信息320人",
    ),
    (
        "华龙区安置房二期项目",
        "濮阳市华龙区城市建设投资有限公司",
        "河南华安建设集团有限公司",
        "华龙区",
        "劳务分包存在以包代管，由包工头代领农民工工资",
        "是",
        "是",
        "否",
        "由总包单位直接代发工资到农民工个人账户",
        "9月30日前",
        "河南华安建设集团有限公司",
        "",
    ),
    (
        "城区雨污分流改造工程",
        "市城市管理局",
        "濮阳市市政工程有限公司",
        "华龙区",
        "项目发生欠薪投诉3起，涉及农民工27人、工资41.2万元",
        "是",
        "是",
        "是",
        "督促清偿拖欠工资",
        "2024年7月25日",
        "濮阳市市政工程有限公司",
        "已清偿全部拖欠工资，投诉人签字确认",
    ),
]


def write_wage_book(path: Path) -> Path:
    b = Book(path, author="清欠办")
    ws = b.sheet("排查清单")
    b.widths(ws, [6, 24, 20, 20, 8, 30, 8, 8, 8, 22, 12, 20, 24])
    b.line(ws, 0, "建设领域重点项目欠薪隐患排查清单（2024年7月）", 12, b.title)
    b.line(ws, 1, "填报单位：市住房和城乡建设局根治欠薪工作专班（盖章）        填报日期：2024年7月29日", 12)
    left = ["序号", "项目名称", "建设单位", "施工总承包单位", "所在县区", "排查发现问题"]
    for c, word in enumerate(left):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "制度落实情况", b.head)
    b.header(ws, 3, ["实名制管理", "工资专用账户", "按月拨付人工费"], first=6)
    for c, word in enumerate(["整改要求", "整改时限", "整改责任单位", "整改情况"], start=9):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(WAGE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        for c in (6, 7, 8):
            b.put(ws, 3 + i, c, row[c - 1], b.center)
    total = 4 + len(WAGE_ROWS)
    b.put(ws, total, 0, "合计", b.center)
    b.merge(ws, total, 1, total, 12, "排查重点项目7个，发现问题7个，已整改3个")
    b.line(ws, total + 1, "填表说明：制度落实情况栏填“是”或“否”；整改情况栏填写截至填报日期的最新进展。", 12)
    b.line(ws, total + 2, "填表人：韩晓    审核人：王振    联系电话：0393-4412580", 12)
    return b.close()


def write_wage(path: Path) -> Path:
    return via_soffice(write_wage_book, path, "xls", "建设领域重点项目欠薪隐患排查清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 11. 汛前检查发现隐患问题整改台账, after a city 水利局's 汛前检查 (10个工作组 to 26个乡镇、5个市属单位; 修订预案, 落实责任人,
# 重点检查水库山塘、在建水利工程; 建立隐患问题台账、限期整改):
# http://mnw.cn/nanan/news/2761314.html
# An .xlsx: title, 填报单位 line, a two-row header with 整改落实 merged over 整改进展 / 复查情况 / 复查人, the 检查组 and
# 复查人 (inspectors) beside the 责任单位 (some under former names), one 正在整改 closed by a 复查合格已销号, a 合计 row,
# a 注 and a signature line.
FLOOD_ROWS = [
    (
        "第一工作组",
        "城关镇",
        "小型水库溢洪道内堆放杂物，泄洪不畅",
        "水库山塘",
        "清理溢洪道杂物，落实巡查责任人",
        "城关镇人民政府",
        "5月31日前",
        "已完成",
        "复查合格",
        "杨帆",
    ),
    (
        "第一工作组",
        "金堤河堤防",
        "金堤河部分堤段存在獾洞等动物洞穴隐患",
        "堤防",
        "组织人员查找并填堵动物洞穴",
        "市水务局",
        "6月15日前",
        "已完成",
        "复查合格，已销号",
        "杨帆",
    ),
    (
        "第二工作组",
        "城北排涝泵站在建工程",
        "在建排涝泵站工程度汛方案未经审批",
        "在建工程",
        "编制度汛方案并报批",
        "市水利局",
        "2024.6.10",
        "正在整改",
        "复查合格，已销号",
        "郑凯",
    ),
    (
        "第二工作组",
        "开州路下穿通道",
        "下穿通道排水泵站无备用电源，强降雨时存在积水风险",
        "城市内涝",
        "配备移动发电机组",
        "市住建局",
        "6月30日前",
        "正在整改，发电机组已完成采购",
        "",
        "",
    ),
    (
        "第三工作组",
        "京开大道",
        "京开大道低洼路段排水管网淤堵",
        "城市内涝",
        "清淤疏通排水管网",
        "市城市管理局",
        "2024年7月10日",
        "已完成",
        "",
        "",
    ),
    (
        "第三工作组",
        "西部丘陵区",
        "两处地质灾害隐患点未设置警示标牌",
        "地质灾害",
        "设置警示标牌，落实群测群防员",
        "市国土资源局",
        "6月20日前",
        "未整改",
        "",
        "",
    ),
    (
        "第四工作组",
        "市应急物资储备库",
        "防汛应急物资储备不足，冲锋舟、救生衣数量未达标",
        "物资储备",
        "补充采购冲锋舟2艘、救生衣500件",
        "市应急管理局",
        "7月31日前",
        "正在采购",
        "",
        "",
    ),
    (
        "第四工作组",
        "子岸镇",
        "镇村两级避险转移预案未明确转移路线和安置点",
        "预案管理",
        "修订完善避险转移预案",
        "子岸镇人民政府",
        "6月15日前",
        "",
        "",
        "",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="防汛办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 18, 36, 10, 28, 18, 14, 24, 18, 8])
    b.line(ws, 0, "2024年汛前检查发现隐患问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：市防汛抗旱指挥部办公室        截至日期：2024年7月28日", 10)
    single = ["序号", "检查组", "检查对象", "隐患问题", "隐患类别", "整改措施", "责任单位", "整改时限"]
    for c, word in enumerate(single):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改进展", "复查情况", "复查人"], first=8)
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    total = 4 + len(FLOOD_ROWS)
    b.put(ws, total, 0, "合计", b.center)
    b.merge(ws, total, 1, total, 10, "发现隐患问题8处，已整改销号3处")
    b.line(ws, total + 1, "注：复查情况由各检查组填写；已复查合格的隐患予以销号。", 10)
    b.line(ws, total + 2, "填表人：冯涛    审核人：高建民    2024年7月28日", 10)
    return b.close()


FILES = [
    ("柳屯镇政务公开第三方评估问题排查整改情况的报告.docx", write_open),
    ("数字城管案件处置情况（2024年7月）.csv", write_case),
    ("市医疗保障局关于基本医疗保险基金专项审计发现问题整改情况的报告.doc", write_med),
    ("网格事件处置情况导出_20240730.xlsx", write_grid),
    ("关于档案工作目标管理考评抽查问题整改情况的报告.wps", write_arch),
    ("省级生态环境保护督察反馈问题整改情况表.ods", write_env),
    ("防止返贫监测帮扶排查问题整改清单（两个乡镇）.zip", write_poor),
    ("2024年四上企业大走访发现问题整改台账.xls", write_stat),
    ("督查发现问题整改台账（市税务局）.xlsx", write_tax),
    ("建设领域重点项目欠薪隐患排查清单.et", write_wage),
    ("2024年汛前检查发现隐患问题整改台账.xlsx", write_flood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

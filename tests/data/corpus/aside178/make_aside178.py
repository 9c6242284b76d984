"""Write the aside178 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 气象 (气象灾害防御执法检查, 防雷安全, 气象预警大喇叭), 地震 (监测设施和观测环境保护执法检查),
人防 (巡察整改, 人防工程维护管理检查, 防空警报器巡检) and 应急避难场所 / 应急广播 checks and their rectification.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), a CSV in GBK, a .docx
whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside178.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察整改进展情况报告, after a city 国防动员（人防）办's public report on the rectification of a 巡察 (巡察情况反馈后,
# 办党组…制定整改方案，拟定“问题、任务、责任”三张清单…细化整改措施; then “二、整改落实情况” with each problem as a
# numbered line “1.国防动员“十四五”规划尚未编制。” followed by “整改情况：一是…二是…三是…”):
# https://rfb.ezhou.gov.cn/xwzx/tzgg/202407/t20240730_638451.html
# A .docx: title, 主送, a preamble with the counts, two headings, the problems as numbered paragraphs each followed by
# an 整改情况 paragraph and a 责任科室/整改时限 line (sections of the sending office), a closing paragraph and the
# office and date at the foot.
PATROL_ITEMS = [
    (
        "1.人民防空“十四五”规划中期评估工作未按时开展。",
        "整改情况：一是对照省国防动员办公室要求，逐项梳理规划确定的主要指标完成情况；二是委托第三方机构开展中期"
        "评估，形成评估报告；三是2024年6月18日评估报告经办务会审议通过，已报市政府备案。",
        "责任科室：综合科；整改时限：2024年6月底前。",
    ),
    (
        "2.部分防空警报器带病运行，警报设施维护经费未纳入年度预算。",
        "整改情况：一是7月上旬组织技术人员对城区52台防空警报器逐台检测，发现故障9台，已修复6台；二是已向市财政局"
        "报送警报设施维护经费预算申请，目前正在审核。",
        "责任科室：指挥通信科；整改时限：2024年9月18日前。",
    ),
    (
        "3.人防工程易地建设费征收底数不清，存在应收未收情况。",
        "整改情况：一是会同市住房和城乡建设局、市自然资源和规划局对2019年以来竣工的建设项目逐一比对；二是已向5家"
        "建设单位下达催缴通知，追缴工作正在推进。",
        "责任科室：工程管理科；整改时限：2024年年底前。",
    ),
    (
        "4.人防工程平时使用监管不到位，个别人防地下室被违规改作仓库。",
        "整改情况：对中心城区36处人防地下室开展全覆盖检查，责令3家使用单位清理违规存放物品，已全部整改到位，"
        "并建立“一工程一档案”。",
        "责任科室：工程管理科；整改时限：2024年5月31日。",
    ),
    (
        "5.人防疏散基地和应急避难场所标识标牌设置不全。",
        "整改情况：该问题需结合濮水公园人防疏散基地提升改造项目一并解决，项目尚未启动。",
        "责任科室：指挥通信科；整改时限：2024年8月底前。",
    ),
    (
        "6.人防知识进学校覆盖面不足，部分初中未开设人防知识课程。",
        "整改情况：一是联合市教育局印发通知，将人防知识教育纳入初中八年级安全教育内容；二是建立每学期抽查授课"
        "情况的监督机制。该项工作需长期坚持。",
        "责任科室：宣传教育科；整改时限：长期坚持。",
    ),
    (
        "7.结建人防工程竣工验收备案资料归档不规范。",
        "整改情况：对2021年以来的47个结建项目验收备案资料逐一核查补正，已于2024年4月完成归档。",
        "责任科室：工程管理科；整改时限：2024年4月30日前。",
    ),
    (
        "8.人防指挥所值班值守制度执行不严，值班记录存在缺项。",
        "整改情况：修订《人防指挥所值班值守管理办法》，已完成初稿，正在征求各科室意见。",
        "责任科室：指挥通信科；整改时限：2024年8月15日前。",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("综合科")
    _title(doc, "濮阳市国防动员办公室关于市委第三巡察组反馈问题整改进展情况的报告")
    _paragraph(doc, "市委巡察工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年3月至4月，市委第三巡察组对我办开展了常规巡察，并于4月26日反馈了巡察意见。现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、巡察整改工作开展情况", font="黑体")
    _paragraph(
        doc,
        "巡察情况反馈后，办党组立即召开专题会议研究部署整改工作，成立由主要负责同志任组长的整改工作领导小组，拟定"
        "“问题、任务、责任”三张清单，对照反馈的3个方面8个具体问题，细化整改措施26条，逐项明确责任科室和整改时限。"
        "截至2024年7月25日，已完成整改3个，正在整改3个，尚未启动1个，需长期坚持1个。",
    )
    _paragraph(doc, "二、整改落实情况", font="黑体")
    for problem, progress, duty in PATROL_ITEMS:
        _paragraph(doc, problem)
        _paragraph(doc, progress)
        _paragraph(doc, duty)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "我办将坚持目标不变、标准不降、力度不减，对正在整改的问题盯紧时限、跟踪问效，对需长期坚持的问题建立长效"
        "机制，确保巡察反馈问题真改实改、改到位。",
    )
    _paragraph(doc, "濮阳市国防动员办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 重点行业领域气象灾害防御专项执法检查, after a city's joint check by 气象、住建、安监、旅游 four departments in two
# groups of the key units of each county (气象灾害应急管理、气象安全风险排查管控、气象应急预案制定和演练及气象信息接收与
# 传播设施; 对存在问题的单位，检查组立即提出整改意见并要求各县相关部门…建立跟踪督办机制落实整改):
# https://www.sg.gov.cn/zfxxgkml/sgsqxj/content/post_1587934.html
# An .xlsx: title, a line naming the four departments of the joint check and its dates, one header row with the 县（区）,
# the 检查组 (inspector) and the county 跟踪督办部门 beside the 重点单位, a 合计 row and a 填表人 line.
WEATHER_ROWS = [
    (
        "华龙区",
        "河南濮阳建工集团有限公司",
        "建筑施工",
        "第一组",
        "在建项目塔吊未安装风速仪，大风天气停止高处作业制度未落实",
        "加装风速仪，修订恶劣天气停工制度",
        "2024年7月20日",
        "已加装风速仪并完成制度修订",
        "华龙区住建局",
    ),
    (
        "濮阳县",
        "濮阳市宏达化工有限公司",
        "危险化学品",
        "第一组",
        "未安装气象灾害预警信息接收终端，雷雨大风天气应急预案未修订",
        "安装预警接收终端，修订应急预案并组织演练",
        "2024年8月10日",
        "接收终端已安装，应急预案正在修订",
        "濮阳县应急管理局",
    ),
    (
        "清丰县",
        "清丰县单拐革命旧址纪念馆",
        "旅游景区",
        "第二组",
        "景区未设置雷电、暴雨等气象灾害避险提示牌",
        "在游客集中区域设置避险提示牌",
        "2024年7月31日",
        "",
        "清丰县文广旅局",
    ),
    (
        "市直",
        "濮阳市燃气有限公司",
        "城镇燃气",
        "第二组",
        "高压调压站防雷装置检测报告已过有效期",
        "委托有资质的机构重新检测",
        "2024年7月25日",
        "已完成检测，检测结论合格",
        "市住建局",
    ),
    (
        "南乐县",
        "南乐县仓颉陵文化旅游区管理处",
        "旅游景区",
        "第二组",
        "大风天气游乐设施停运制度未建立，未明确气象灾害应急联系人",
        "建立停运制度，明确应急联系人",
        "2024年7月20日",
        "未整改",
        "南乐县文广旅局",
    ),
    (
        "范县",
        "范县鑫源建筑安装有限公司",
        "建筑施工",
        "第一组",
        "深基坑施工现场排水设施不足，未制定暴雨天气基坑巡查方案",
        "增设排水泵，制定巡查方案",
        "2024年7月31日",
        "已增设排水泵2台，巡查方案正在编制",
        "范县住建局",
    ),
    (
        "台前县",
        "中国石化销售股份有限公司河南濮阳台前金堤加油站",
        "成品油经营",
        "第一组",
        "加油站防雷装置年度检测未按期开展",
        "立即委托检测",
        "2024年7月15日",
        "已整改",
        "台前县应急管理局",
    ),
]


def write_weather(path: Path) -> Path:
    b = Book(path, author="市气象局")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 9, 28, 11, 8, 36, 26, 15, 26, 16])
    b.line(ws, 0, "2024年汛期重点行业领域气象灾害防御专项执法检查问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：市气象局、市住房城乡建设局、市应急管理局、市文化广电和旅游局联合检查组（分两组）    "
        "检查时间：2024年7月9日—11日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "重点单位名称",
            "行业领域",
            "检查组",
            "存在问题",
            "整改意见",
            "整改时限",
            "整改落实情况",
            "跟踪督办部门",
        ],
    )
    for i, row in enumerate(WEATHER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WEATHER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "共抽查重点单位7家，发现问题7项，已整改3项")
    b.line(ws, end + 2, "填表人：孙晓燕    联系电话：0393-4412687    填报日期：2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 应急避难场所安全隐患大排查大整治督查, after a city 应急管理局's 专项督查 with the 地震 departments and the townships
# (业主自查和督查组实地考察相结合; 应急避难场所标志、应急深水井、应急发电机等功能设施以及场所日常管维; 明确整改时限):
# http://www.hxt111.com/zhuanti/2021-05/31/content_30742169.htm
# An .xls (xlwt): title, 督查单位 and 督查时间 lines, one header row with the 场所类别, whether the owner checked itself
# (业主自查), the 业主单位 (some by a short name), an 整改进展 column (已销号 among its words), a 合计 row, a 注 line and a
# signature line.
SHELTER_ROWS = [
    (
        "华龙区",
        "濮上园应急避难场所",
        "Ⅰ类",
        "濮阳市城市管理局",
        "是",
        "应急深水井水泵无法启动，应急供水不能保障",
        "维修更换水泵",
        "2024年7月15日",
        "已整改",
    ),
    (
        "华龙区",
        "人民公园应急避难场所",
        "Ⅱ类",
        "市城管局",
        "是",
        "主标志牌褪色，内部分区标志缺失",
        "更换主标志牌，补设分区标志",
        "2024年7月31日",
        "正在整改",
    ),
    (
        "开发区",
        "濮阳市体育中心应急避难场所",
        "Ⅰ类",
        "濮阳市体育局",
        "是",
        "应急发电机未定期试机，无运行记录",
        "每月试机一次并建立运行记录",
        "2024年7月10日",
        "已销号",
    ),
    (
        "濮阳县",
        "城关镇文化广场应急避难场所",
        "Ⅲ类",
        "濮阳县城关镇人民政府",
        "否",
        "场所内违规搭建临时彩钢房，占用应急棚宿区",
        "拆除违规搭建",
        "2024年7月20日",
        "未整改",
    ),
    (
        "清丰县",
        "清丰县第一高级中学操场应急避难场所",
        "Ⅱ类",
        "清丰县第一高级中学",
        "是",
        "应急物资储备不足，饮用水、帐篷未按标准配置",
        "补充储备物资",
        "2024年8月31日",
        "",
    ),
    (
        "南乐县",
        "南乐县人民广场应急避难场所",
        "Ⅱ类",
        "南乐县城市管理局",
        "是",
        "疏散路线图未公示，周边道路指示标志缺失",
        "设置疏散路线图和周边道路指示标志",
        "2024年7月25日",
        "已整改",
    ),
    (
        "范县",
        "范县滨河公园应急避难场所",
        "Ⅲ类",
        "范县住房和城乡建设局",
        "否",
        "应急厕所长期上锁，无专人管理",
        "明确管理人员，保持应急厕所随时可用",
        "长期坚持",
        "长期坚持",
    ),
]


def write_shelter(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "应急避难场所安全隐患大排查大整治督查问题清单", title, 0, 9),
        (1, 0, "督查单位：濮阳市应急管理局（防震减灾科）会同各县（区）应急管理局", plain, 1, 9),
        (2, 0, "督查时间：2024年6月24日至6月28日", plain, 2, 9),
    ]
    words = [
        "序号",
        "县（区）",
        "避难场所名称",
        "类别",
        "业主单位",
        "业主自查",
        "督查发现问题",
        "整改措施",
        "整改时限",
        "整改进展",
    ]
    cells += [(3, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(SHELTER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (3, 5, 9) else cell))
    end = 4 + len(SHELTER_ROWS)
    cells.append((end, 0, "合计", mid))
    cells.append((end, 1, "督查避难场所7处，发现问题7个", cell, end, 9))
    cells.append(
        (
            end + 1,
            0,
            "注：整改完成并经县（区）应急管理局复核的，在“整改进展”栏填写“已销号”。",
            plain,
            end + 1,
            9,
        )
    )
    cells.append(
        (end + 2, 0, "填表人：王丽娟    审核人：赵永刚    联系电话：0393-8991265", plain, end + 2, 9)
    )
    _write_xls(path, [("督查问题清单", cells)])
    return path


# ---------------------------------------------------------------------------------------------
# 4. 应急避难场所调研检查, after a city 应急管理局's check of shelters at four levels (共检查了市直以及7个县（市、区）共38个
# 应急避难场所，其中…市级、…县级、…镇级、…村级应急避难场所; 安全情况，管理和维护，标识标志，设备、设施、物资等配置，
# 功能划分; 现场指出了存在问题和不足，要求各地各单位及时整改完善):
# https://rajayuj.com/bmpd/jmsyjglj/zwgk/gzdt/content/post_3078792.html
# An .xlsx with a cover sheet (title, 填报单位, what was checked) and one sheet per level (市级, 县级, 乡镇级, 村级), each
# with its own title line and header row; the 管理维护单位 is the unit; 计划完成时间 and 目前进展 columns.
LEVEL_ROWS = {
    "市级": [
        (
            "戚城公园应急避难场所",
            "华龙区",
            "濮阳市戚城文物景区管理处",
            "场所内2处室外消火栓无水，供水设施未定期检查",
            "修复消火栓，建立月检制度",
            "2024年7月15日",
            "已修复并建立月检台账",
        ),
        (
            "龙湖公园应急避难场所",
            "华龙区",
            "濮阳市园林绿化服务中心",
            "功能区划分不合理，医疗救护区与垃圾收集区相邻",
            "调整功能分区，重新设置分区标识",
            "2024年9月30日",
            "已完成调整方案，待施工",
        ),
    ],
    "县级": [
        (
            "濮阳县体育场应急避难场所",
            "濮阳县",
            "濮阳县体育运动中心",
            "应急照明设施损坏，夜间无法使用",
            "更换应急照明灯具",
            "2024年7月31日",
            "未整改",
        ),
        (
            "台前县将军渡广场应急避难场所",
            "台前县",
            "台前县城市管理局",
            "场所平面图信息陈旧，责任人信息未更新",
            "更新平面图和责任人信息",
            "2024年7月20日",
            "已更新",
        ),
    ],
    "乡镇级": [
        (
            "文留镇中心广场应急避难场所",
            "濮阳县",
            "濮阳县文留镇人民政府",
            "应急物资储备间堆放杂物，物资台账与实物不符",
            "清理杂物，重新盘点建账",
            "2024年8月15日",
            "正在清理",
        ),
        (
            "韩张镇人民政府院内应急避难场所",
            "南乐县",
            "南乐县韩张镇人民政府",
            "未制定场所启用预案，未开展疏散演练",
            "制定启用预案并组织演练",
            "2024年9月30日",
            "",
        ),
    ],
    "村级": [
        (
            "马庄桥镇前范庄村应急避难点",
            "清丰县",
            "清丰县马庄桥镇前范庄村民委员会",
            "避难点设在低洼地带，汛期存在积水风险",
            "另行选址或采取垫高措施",
            "2024年年底前",
            "正在协调选址",
        ),
        (
            "王楼镇北街村应急避难点",
            "范县",
            "范县王楼镇北街村民委员会",
            "未配备应急广播和应急照明设备",
            "配备应急广播和照明设备",
            "2024年7月31日",
            "已配备到位",
        ),
    ],
}


def write_levels(path: Path) -> Path:
    b = Book(path, author="防震减灾科")
    cover = b.sheet("说明")
    cover.set_column(0, 0, 90)
    b.put(cover, 0, 0, "2024年应急避难场所调研检查问题整改情况表", b.title)
    b.put(cover, 1, 0, "填报单位：濮阳市应急管理局（盖章）    填报日期：2024年7月30日", b.text)
    b.put(
        cover,
        2,
        0,
        "本次调研检查共检查市直及6个县（区）应急避难场所38处，其中市级6处、县级8处、乡镇级12处、村级12处，"
        "发现问题8个，按场所级别分表列出。",
        b.text,
    )
    b.put(cover, 3, 0, "联系人：韩东    联系电话：0393-8991270", b.text)
    for level, rows in LEVEL_ROWS.items():
        ws = b.sheet(level)
        b.widths(ws, [6, 28, 9, 28, 36, 26, 15, 20])
        b.line(ws, 0, f"（{level}）应急避难场所调研检查问题整改情况", 7, b.title)
        b.header(
            ws,
            1,
            [
                "序号",
                "场所名称",
                "所属县（区）",
                "管理维护单位",
                "存在问题",
                "整改措施",
                "计划完成时间",
                "目前进展",
            ],
        )
        for i, row in enumerate(rows, 1):
            b.put(ws, 1 + i, 0, i, b.center)
            b.row(ws, 1 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 应急广播“村村响”排查, after a township's check of the village 应急广播 (检查台账是否完整、制度是否上墙、机房是否有专人
# 管理，对各村应急广播系统安全播出责任落实情况、设备运行情况、播放使用登记表填写情况等进行全面系统的检查; 对存在有问题
# 的点位立即整改):
# http://gd-fz.org.cn/show-15094.html
# A CSV in GBK: a title line, a line with the checking township and the check date (the year of the “7月20日前”
# deadlines), one header line, the 检查项目 as a column, a 合计 line and a 填表人 line.
BROADCAST_ROWS = [
    (
        "东街村",
        "设备运行",
        "村委会楼顶音柱1只不响，功放机散热风扇损坏",
        "更换音柱和散热风扇",
        "柳屯镇东街村村民委员会",
        "7月20日前",
        "已整改",
    ),
    (
        "张庄村",
        "制度上墙",
        "应急广播管理制度和安全播出制度未上墙",
        "制作制度牌并上墙",
        "柳屯镇张庄村村民委员会",
        "7月15日前",
        "已整改",
    ),
    (
        "后屯村",
        "机房管理",
        "广播机房无专人管理，机房内堆放杂物",
        "明确专人管理，清理杂物",
        "柳屯镇后屯村村民委员会",
        "7月20日前",
        "正在整改",
    ),
    (
        "吕家村",
        "播放登记",
        "播放使用登记表未按要求填写，缺少审批签字",
        "规范填写登记表，落实播前审批",
        "柳屯镇吕家村村民委员会",
        "长期坚持",
        "长期坚持",
    ),
    (
        "范寨村",
        "设备运行",
        "村东片区2只大喇叭线路被施工挖断，信号中断",
        "协调县融媒体中心修复线路",
        "濮阳县融媒体中心",
        "7月31日前",
        "已报修，等待维修",
    ),
    (
        "杜家庄村",
        "台账资料",
        "日常巡检台账缺失6月份记录",
        "补齐巡检记录，按周巡检",
        "柳屯镇杜家庄村村民委员会",
        "7月20日前",
        "未整改",
    ),
    (
        "苏堤村",
        "设备运行",
        "收扩机接收不到县级平台信号",
        "联系设备厂家检修",
        "柳屯镇苏堤村村民委员会",
        "7月31日前",
        "",
    ),
]


def write_broadcast(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 7
    w.writerow(["柳屯镇应急广播“村村响”排查整改台账", *blank])
    w.writerow(
        ["检查单位：濮阳县柳屯镇人民政府（党政办）", "", "", "检查时间：2024年7月12日", "", "", "", ""]
    )
    w.writerow(["序号", "村（社区）", "检查项目", "存在问题", "整改措施", "责任单位", "整改时限", "整改情况"])
    for i, row in enumerate(BROADCAST_ROWS, 1):
        w.writerow([str(i), *row])
    w.writerow(["合计", "", "", "共排查村（社区）7个，发现问题7个", "", "", "", ""])
    w.writerow(["填表人：李红霞", "", "", "联系电话：0393-6421035", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 地震监测设施和地震观测环境保护行政执法检查, after a county 地震局's check of its 地震台、强震台、烈度速报与预警基准站
# 和基本站、预警信息发布终端和宏观观测点 (地震监测仪器设备的运行，机箱、照明、线缆等辅助设施…台站室内工作环境维护及
# 周边观测环境; 发现…照明设施已损坏，要求…立即进行维修):
# https://www.gsdzj.gov.cn/info/1027/5816.htm
# An .et (Excel 97 via LibreOffice): title, 执法检查单位/检查时间 line, one header row with the 设施类型, the 管护单位
# (the unit) and the 执法人员 (inspectors), a 复查情况 column, a 注 line and a signature line.
QUAKE_ROWS = [
    (
        "濮阳地震台",
        "测震、形变",
        "濮阳市地震监测中心",
        "观测山洞照明设施损坏，洞室内湿度偏高",
        "立即维修照明设施，加装除湿设备",
        "2024年7月10日",
        "复查合格",
        "张伟、刘洋",
    ),
    (
        "清丰县第一高级中学强震动观测站",
        "强震动",
        "清丰县第一高级中学",
        "观测室被临时用作体育器材库，仪器墩周边堆放杂物",
        "清理杂物，恢复观测室专用",
        "2024年7月12日",
        "复查合格",
        "张伟、刘洋",
    ),
    (
        "南乐烈度速报与预警基本站",
        "烈度速报与预警",
        "南乐县应急管理局",
        "站点围栏锈蚀破损，保护标志缺失",
        "更换围栏，设置保护标志",
        "2024年8月31日",
        "围栏已更换，保护标志正在制作",
        "陈志强、郭敏",
    ),
    (
        "范县人民医院地震预警信息发布终端",
        "预警信息发布终端",
        "范县人民医院",
        "预警终端断电离线，无人值守",
        "恢复供电，明确专人管理",
        "2024年7月8日",
        "逾期未整改",
        "陈志强、郭敏",
    ),
    (
        "台前县吴坝镇地震宏观观测点",
        "宏观观测",
        "台前县吴坝镇人民政府",
        "观测员未按要求填报宏观异常观测记录",
        "加强观测员培训，按日记录",
        "长期",
        "常态化推进",
        "陈志强、郭敏",
    ),
    (
        "濮阳县文留镇地下流体观测井",
        "地下流体",
        "濮阳县应急管理局",
        "观测井周边新建养殖场抽取地下水，干扰观测环境",
        "协调有关部门依法处置，停止违规抽水",
        "2024年9月30日",
        "已函告濮阳县自然资源局，正在协调",
        "张伟、刘洋",
    ),
]


def write_quake_book(path: Path) -> Path:
    b = Book(path, author="防震减灾科")
    ws = b.sheet("执法检查问题")
    b.widths(ws, [6, 30, 14, 22, 34, 28, 15, 24, 12])
    b.line(ws, 0, "2024年地震监测设施和地震观测环境保护行政执法检查问题整改登记表", 8, b.title)
    b.line(ws, 1, "执法检查单位：濮阳市应急管理局    检查时间：2024年7月2日—3日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "监测设施名称",
            "设施类型",
            "管护单位",
            "检查发现问题",
            "处理意见",
            "整改期限",
            "复查情况",
            "执法人员",
        ],
    )
    for i, row in enumerate(QUAKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(QUAKE_ROWS)
    b.line(ws, end, "注：整改期限届满后由执法人员现场复查，复查情况如实填写。", 8)
    b.line(ws, end + 1, "负责人：马建军    填表人：郭敏    填报日期：2024年7月25日", 8)
    return b.close()


def write_quake(path: Path) -> Path:
    return via_soffice(write_quake_book, path, "xls", "地震监测设施执法检查问题整改登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 人防工程大检查, after a county 人防办's check with the 住建局监察大队、住建所 and a 第三方检测机构 of the finished
# 人防地下室 (有无人防标识标牌，地下室有无渗漏，战时通风、给排水、电气等系统运行是否正常，防护设备和设施性能是否良好，
# 构配件有无破损或缺失，战时出入口是否通畅; 部分人防工程存在设备锈蚀、堆放杂物、卫生状况不佳等问题):
# http://www.taishunzx.com/tsls/11386.html
# An .xlsx: title, 检查单位/填报日期 line, a two-row header (检查情况 over 问题类别 and 存在问题, 整改情况 over three
# columns), the 工程名称 and 维护管理单位 merged down over the rows of one project, a 合计 row and a signature line.
CIVIL_PROJECTS = [
    (
        "建业·壹号城邦人防地下室",
        "濮阳建业物业服务有限公司",
        [
            (
                "标识标牌",
                "人防标识牌缺失，战时功能分区未标注",
                "补设标识牌，标注功能分区",
                "2024年7月31日",
                "已完成",
            ),
            ("防护设备", "防护密闭门铰页锈蚀，开启困难", "除锈润滑，定期启闭", "2024年8月15日", "正在整改"),
        ],
    ),
    (
        "濮阳市人民医院门诊楼人防地下室",
        "濮阳市人民医院",
        [
            (
                "通风系统",
                "战时通风设备未定期运转，滤毒器超期未更换",
                "更换滤毒器，按季度试运转",
                "2024年9月30日",
                "滤毒器已采购，待安装",
            ),
        ],
    ),
    (
        "恒信·御龙湾人防地下室",
        "濮阳恒信物业管理有限公司",
        [
            (
                "战时出入口",
                "战时主要出入口被占用为电动车停车棚",
                "拆除停车棚，保持出入口畅通",
                "2024年7月20日",
                "未整改",
            ),
            ("渗漏", "地下室顶板局部渗漏，墙面返潮", "注浆堵漏", "2024年8月31日", ""),
        ],
    ),
    (
        "濮阳市华龙区胜利路小学人防地下室",
        "濮阳市华龙区胜利路小学",
        [
            (
                "卫生管理",
                "堆放废旧课桌椅等杂物，卫生状况差",
                "清理杂物，落实日常保洁",
                "2024年7月10日",
                "已完成",
            )
        ],
    ),
    (
        "濮阳万达广场人防地下室",
        "濮阳万达广场商业管理有限公司",
        [
            (
                "电气系统",
                "战时电源配电箱缺少标识，柴油电站未按规定定期试机",
                "完善标识，每月试机一次",
                "2024年7月25日",
                "已完成",
            )
        ],
    ),
    (
        "开州路地下商业街人防工程",
        "濮阳市人防工程管理站",
        [("给排水", "战时水箱锈蚀漏水", "更换不锈钢水箱", "2024年年底前", "维修方案已编制，正在招标")],
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="工程管理科")
    ws = b.sheet("人防工程检查")
    b.widths(ws, [6, 28, 26, 11, 36, 26, 15, 22, 10])
    b.line(ws, 0, "2024年结建人防工程维护管理大检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市国防动员办公室、市住建局城建监察支队、河南省人防工程质量检测中心（第三方）    "
        "填报日期：2024年7月24日",
        8,
    )
    for c, word in enumerate(["序号", "工程名称", "维护管理单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "检查情况", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改情况", b.head)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    b.header(ws, 3, ["问题类别", "存在问题"], first=3)
    b.header(ws, 3, ["整改措施", "整改期限", "完成情况"], first=5)
    r = 4
    n = 0
    for name, keeper, problems in CIVIL_PROJECTS:
        last = r + len(problems) - 1
        for k, problem in enumerate(problems):
            n += 1
            b.put(ws, r + k, 0, n, b.center)
            b.row(ws, r + k, list(problem), first=3)
            b.put(ws, r + k, 8, "")
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 2, last, 2, keeper)
        r = last + 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "共检查人防工程6处，发现问题8项，已完成整改3项")
    b.line(ws, r + 2, "负责人：吴国庆    填表人：宋佳    联系电话：0393-8116702", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 防空警报试鸣巡检, after a district 住建局（人防）'s 试鸣巡检 of its 43 防空警报器 before the “9·18” 统一试鸣
# (重点对警报器固定装置、供电系统、警报远程控制等系统运行情况进行检查、维护和维修，巡检过程中对每台警报张贴二维码标签，
# 可与省人防信息管理平台实时互联; 确保…鸣响率达到100%):
# https://www.zhonglou.gov.cn/html/czzl/2020/DNPJPILB_0902/260027.html
# A .wps (Word 97 via LibreOffice): title, 填报单位/巡检时间 line, a preamble paragraph, one table with the 警报器编号,
# 设置地点 and 管护单位 (some by a short name), a closing paragraph and a 填表人 line.
SIREN_ROWS = [
    (
        "HL-03",
        "供电公司调度大楼楼顶",
        "濮阳供电公司",
        "警报器固定支架锈蚀松动",
        "更换固定支架",
        "2024年7月25日",
        "已更换",
    ),
    (
        "HL-11",
        "第二水厂综合楼楼顶",
        "市自来水公司",
        "备用电源蓄电池失效，断电后无法鸣响",
        "更换蓄电池",
        "2024年7月31日",
        "已更换，试鸣正常",
    ),
    (
        "HL-17",
        "濮阳市第三中学教学楼",
        "濮阳市第三中学",
        "远程控制终端无法接收指令，只能现场手动鸣放",
        "控制终端返厂维修",
        "2024年8月20日",
        "已返厂维修",
    ),
    (
        "KF-05",
        "开发区管委会办公楼",
        "濮阳经济技术开发区管理委员会",
        "警报器周边新建广告牌遮挡，影响音响传播",
        "协调拆除广告牌或移位警报器",
        "2024年9月10日",
        "正在协调",
    ),
    (
        "QF-02",
        "清丰县人民医院住院楼",
        "清丰县人民医院",
        "警报器防雨罩破损，电机进水",
        "更换防雨罩，检修电机",
        "2024年7月20日",
        "未处理",
    ),
    (
        "NL-04",
        "南乐县政府办公楼",
        "南乐县国防动员办公室",
        "警报器未张贴二维码标签，未接入省人防信息管理平台",
        "张贴标签，完成平台接入",
        "2024年8月31日",
        "",
    ),
    (
        "PY-01",
        "濮阳县城关镇政府办公楼",
        "濮阳县城关镇人民政府",
        "警报器管护员调离后未及时明确新管护员",
        "明确管护员并登记备案",
        "2024年7月15日",
        "已明确新管护员",
    ),
]


def write_siren_docx(path: Path) -> Path:
    doc = _new_document("指挥通信科")
    _title(doc, "全市防空警报器巡检发现问题及整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市国防动员办公室指挥通信科    巡检时间：2024年7月8日至19日", 12)
    _paragraph(
        doc,
        "为确保今年“9·18”防空警报试鸣鸣响率达到100%，我科会同警报设备维保单位对全市现有56台防空警报器进行了试鸣"
        "巡检，重点检查警报器固定装置、供电系统、远程控制终端和鸣响效果，并逐台张贴二维码标签。巡检发现问题7个，"
        "具体情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SIREN_ROWS, 1)]
    _table(
        doc,
        ["序号", "警报器编号", "设置地点", "管护单位", "巡检发现问题", "处理措施", "完成时限", "处理结果"],
        body,
        9,
    )
    _paragraph(doc, "下一步，我科将督促各管护单位按时限完成整改，9月10日前组织一次复检。", 12)
    _paragraph(doc, "填表人：杨帆    联系电话：0393-8116735    2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_siren(path: Path) -> Path:
    return via_soffice(write_siren_docx, path, "doc", "防空警报器巡检发现问题及整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 防雷安全隐患和风险排查, after a prefecture's 气象局 防雷执法检查组 (按更新的防雷安全监管重点单位清单…采取专项检查、
# 随机抽查、重点检查三种检查形式…对检查过程中发现的防雷安全管理制度不健全、防雷检测报告不规范、应急预案不齐全等
# 安全隐患和风险，对36家企业下发了《防雷安全隐患整改意见书》、4个加油站下发了执法文书《整改指令》，督促限期整改):
# http://www.ampniy.cn/info_49.aspx?itemid=654
# An .xlsx: title, 填报单位/统计截至 line, one header row with the 检查形式, the 执法文书 and its 下达日期, an 整改期限
# that is a date or “N日内” (from the 下达日期, as the 注 line says), the 承办 section or county office (inspector),
# a 合计 row and a 注 line.
LIGHTNING_ROWS = [
    (
        "专项检查",
        "濮阳市恒润石油化工有限公司",
        "易燃易爆场所",
        "防雷安全管理制度不健全，未明确防雷安全责任人",
        "防雷安全隐患整改意见书（濮气防改〔2024〕07号）",
        date(2024, 7, 3),
        "15日内",
        "已整改",
        "市局政策法规科",
    ),
    (
        "随机抽查",
        "濮阳市新世纪购物中心有限公司",
        "人员密集场所",
        "防雷装置检测报告不规范，缺少电子信息系统检测数据",
        "防雷安全隐患整改意见书（濮气防改〔2024〕08号）",
        date(2024, 7, 3),
        "30日内",
        "正在整改",
        "市局政策法规科",
    ),
    (
        "重点检查",
        "中国石油天然气股份有限公司河南濮阳销售分公司第八加油站",
        "加油站",
        "油罐区防雷接地电阻超标，未按每半年检测一次",
        "整改指令书（濮气防指〔2024〕02号）",
        date(2024, 7, 5),
        "2024年7月12日",
        "已整改，复检合格",
        "市局政策法规科",
    ),
    (
        "重点检查",
        "中国石化销售股份有限公司河南濮阳清丰城北加油站",
        "加油站",
        "未编制雷电灾害应急预案",
        "整改指令书（濮气防指〔2024〕03号）",
        date(2024, 7, 5),
        "2024年7月12日",
        "逾期未整改",
        "清丰县气象局",
    ),
    (
        "专项检查",
        "濮阳市吉庆烟花爆竹批发有限公司",
        "易燃易爆场所",
        "库区避雷针引下线断裂",
        "防雷安全隐患整改意见书（濮气防改〔2024〕09号）",
        date(2024, 7, 10),
        "2024年7月31日",
        "",
        "濮阳县气象局",
    ),
    (
        "随机抽查",
        "濮阳市实验小学",
        "学校",
        "教学楼防雷装置未开展年度检测",
        "防雷安全隐患整改意见书（濮气防改〔2024〕10号）",
        date(2024, 7, 10),
        "2024年8月31日",
        "已委托检测机构，计划8月中旬检测",
        "市局政策法规科",
    ),
    (
        "专项检查",
        "中国联合网络通信有限公司濮阳市分公司",
        "通信",
        "通信基站机房等电位连接不规范",
        "防雷安全隐患整改意见书（濮气防改〔2024〕11号）",
        date(2024, 7, 15),
        "20日内",
        "已整改",
        "市局政策法规科",
    ),
]


def write_lightning(path: Path) -> Path:
    b = Book(path, author="政策法规科")
    ws = b.sheet("防雷隐患整改台账")
    b.widths(ws, [6, 10, 34, 13, 34, 34, 12, 15, 24, 14])
    b.line(ws, 0, "2024年防雷安全隐患和风险排查问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市气象局（政策法规科）    统计截至：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查形式",
            "受检单位",
            "单位类别",
            "存在问题",
            "执法文书",
            "下达日期",
            "整改期限",
            "整改结果",
            "承办科室（县局）",
        ],
    )
    for i, row in enumerate(LIGHTNING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIGHTNING_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "检查单位7家，下达防雷安全隐患整改意见书5份、整改指令书2份")
    b.line(ws, end + 1, "注：整改期限为“××日内”的，自执法文书下达之日起计算。", 9)
    b.line(ws, end + 2, "填表人：冯雪    联系电话：0393-4412655", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 气象预警大喇叭, after a county 气象局's account of its 预警大喇叭 (118套…上线率达到86%以上…大部分大喇叭安装于各个
# 村委办公楼及社区办公楼; 存在问题: 大喇叭硬件设施损坏、大喇叭安装地点、大喇叭维护维修), answered by two townships:
# http://jizihe.com/page/2019/1008/5739160.shtml
# A .zip of two returns: a township's .xlsx (title, 填报单位 line, a line with the 在线率, one header row with the 问题类型
# of the source's three kinds and a 责任单位 that is a village or the county 气象局) and another township's .docx
# self-check report (the problems as （一）（二）… paragraphs, each with its 整改情况, the 乡应急办 as its section, and the
# township at the foot).
HORN_ROWS = [
    (
        "陈庄村",
        "村委办公楼顶",
        "大喇叭被雷击损坏，无法播放",
        "硬件损坏",
        "报县气象局更换喇叭",
        "范县气象局",
        "2024年8月15日",
        "已报修，等待更换",
    ),
    (
        "孟楼村",
        "村委办公楼",
        "安装位置偏僻，村南片区听不到播报",
        "安装地点",
        "移至村中心文化广场",
        "陈庄镇孟楼村村民委员会",
        "2024年9月30日",
        "未启动",
    ),
    (
        "杨庄村",
        "村小学门口",
        "接收终端SIM卡欠费停机",
        "维护维修",
        "缴费复通",
        "陈庄镇杨庄村村民委员会",
        "2024年7月10日",
        "已复通",
    ),
    (
        "前张村",
        "村委院内",
        "无人负责日常检查，断电后长期未恢复",
        "维护维修",
        "明确村气象信息员负责日常巡查",
        "陈庄镇前张村村民委员会",
        "长期坚持",
        "长期坚持",
    ),
]


def write_horn_book(path: Path) -> Path:
    b = Book(path, author="陈庄镇")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 14, 34, 10, 28, 24, 15, 16])
    b.line(ws, 0, "陈庄镇气象预警大喇叭巡检问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：范县陈庄镇人民政府    填报日期：2024年7月22日", 8)
    b.line(ws, 2, "全镇共安装气象预警大喇叭16套，在线12套，在线率75%。", 8)
    b.header(
        ws,
        3,
        ["序号", "村名", "安装位置", "存在问题", "问题类型", "整改措施", "责任单位", "完成时限", "整改进展"],
    )
    for i, row in enumerate(HORN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HORN_ROWS)
    b.line(ws, end + 1, "填表人：刘振华    联系电话：13839312867", 8)
    return b.close()


HORN_PARAS = [
    (
        "（一）姜庄村大喇叭功放板烧毁，无法播放预警信息。",
        "整改情况：2024年7月5日县气象局技术人员已上门更换功放板，目前播放正常。（责任单位：乡应急办）",
    ),
    (
        "（二）张村大喇叭安装在村委会院内，受周边楼房遮挡，覆盖范围小。",
        "整改情况：拟迁移至村北水塔，已与县气象局对接选址，计划2024年8月底前完成迁移。（责任单位：乡应急办）",
    ),
    (
        "（三）林坝村大喇叭定时播放天气预报功能失效。",
        "整改情况：因缺少配件，尚未整改。整改时限：2024年7月20日前。（责任单位：乡应急办）",
    ),
    (
        "（四）部分村气象信息员对大喇叭操作不熟练，预警信息转播不及时。",
        "整改情况：7月18日已组织全乡14名村气象信息员集中培训，培训后逐村进行了转播测试。整改时限：2024年7月底前。"
        "（责任单位：乡应急办）",
    ),
]


def write_horn_docx(path: Path) -> Path:
    doc = _new_document("夹河乡")
    _title(doc, "台前县夹河乡气象预警大喇叭运行情况自查报告", 20)
    _paragraph(doc, "县气象局：")
    _paragraph(
        doc,
        "按照县气象局《关于开展气象预警大喇叭运行情况自查的通知》要求，我乡对辖区内14套气象预警大喇叭逐一进行了"
        "自查，共发现问题4个，现将自查及整改情况报告如下：",
    )
    for problem, progress in HORN_PARAS:
        _paragraph(doc, problem)
        _paragraph(doc, progress)
    _paragraph(doc, "台前县夹河乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_horns(path: Path) -> Path:
    members = [
        ("范县陈庄镇气象预警大喇叭巡检问题整改台账.xlsx", write_horn_book),
        ("台前县夹河乡气象预警大喇叭运行情况自查报告.docx", write_horn_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市国防动员办公室关于市委第三巡察组反馈问题整改进展情况的报告.docx", write_patrol),
    ("2024年汛期重点行业领域气象灾害防御专项执法检查问题整改台账.xlsx", write_weather),
    ("应急避难场所安全隐患大排查大整治督查问题清单.xls", write_shelter),
    ("2024年应急避难场所调研检查问题整改情况表.xlsx", write_levels),
    ("柳屯镇应急广播村村响排查整改台账.csv", write_broadcast),
    ("地震监测设施和观测环境保护执法检查问题整改登记表.et", write_quake),
    ("2024年结建人防工程维护管理大检查问题整改台账.xlsx", write_civil),
    ("全市防空警报器巡检发现问题及整改情况表.wps", write_siren),
    ("2024年防雷安全隐患和风险排查问题整改台账.xlsx", write_lightning),
    ("气象预警大喇叭巡检问题整改（两乡镇）.zip", write_horns),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

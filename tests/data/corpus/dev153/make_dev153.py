"""Write the dev153 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 群众诉求、12345工单、信访事项与人大建议政协提案办理 (街道接诉即办督办台账, 热线预警工单督办, 企业诉求系统
导出, 市长信箱来信登记, 电视问政整改清单, 代表建议办理台账, 信访事项工作台账, 书记民情“三本账”, 政协提案走访点评,
建议提案办理情况报告).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions of two .xlsx
and a .docx), a CSV in UTF-8 exported the way a system writes it, a .docx whose items are numbered paragraphs, and a
.zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside258.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 建议提案办理情况报告, after a county 公路站's account of how it handled 区人大代表建议 and 政协委员提案 (收到建议
# 8件、提案1件，涉及公路建设、管理和养护; 实地调查、电话联系、面谈、座谈; 办公室按统一格式制作答复件，以正式函告的
# 方式，对已办理落实的及时回复、当面送达，对一时无法解决、列入规划的当面解释、函告; 办结率、面复率、满意率):
# http://m.techno-d.com.cn/html/2015/news_0716/67266.html
# A .docx report: title, 主送, 一、基本情况 in prose, 二、办理情况 as numbered paragraphs （一）…（七） (建议号, 题目,
# 领衔代表 or 提案人, the 科室 that handled it, progress and the promised date in sentences), 三、下一步工作打算, the
# centre and date at the foot. Every item belongs to the sending centre; its 科室 are sections.
ROAD_PARAS = [
    (
        "（一）市九届人大三次会议第56号建议《关于尽快修复国道106线濮阳段路面破损的建议》（领衔代表：赵春雷）。"
        "该建议由养护科承办。我中心组织技术人员实地调查，对坑槽、网裂路段逐段登记，承诺6月底前完成修补。"
        "6月20日已完成坑槽修补3200平方米，答复件已当面送达代表，代表表示满意。"
    ),
    (
        "（二）市九届人大三次会议第83号建议《关于在省道S212清丰段增设路灯的建议》（领衔代表：孙秀兰）。"
        "该建议由建设科承办。经测算需新建路灯420盏，因资金所限，已列入2025年公路建设计划，计划2025年年底前"
        "实施完成，已向代表当面解释并函告。"
    ),
    (
        "（三）市九届人大三次会议第102号建议《关于加强农村公路超限超载治理的建议》（领衔代表：马国强）。"
        "该建议由路政科承办。我中心在重点路段设置固定治超点2处，联合交警开展流动治超，"
        "将治超工作作为常态化工作长期坚持。"
    ),
    (
        "（四）市九届人大三次会议第117号建议《关于拓宽南乐县城至千口镇公路的建议》（领衔代表：谷丰收）。"
        "该建议由建设科承办。项目施工图设计已完成，计划2024年9月底前开工，2024年12月底前建成通车，"
        "目前正在办理施工招标。"
    ),
    (
        "（五）市九届人大三次会议第131号建议《关于完善台前县黄河滩区公路安防设施的建议》（领衔代表：侯玉梅）。"
        "该建议由养护科承办，按照7月底前完成的承诺，已于7月15日完成波形护栏安装2.6公里，"
        "答复件已于7月18日函告代表。"
    ),
    (
        "（六）市九届人大三次会议第145号建议《关于对国道342线范县段进行绿化补植的建议》（领衔代表：郑玉林）。"
        "该建议由养护科承办，办理时限为2024年8月31日。"
    ),
    (
        "（七）市政协九届三次会议第027号提案《关于加快“四好农村路”示范创建的提案》（提案人：刘建业委员）。"
        "该提案由办公室牵头，建设科、养护科配合办理，计划10月底前完成示范路段评审。目前尚未启动示范路段评审。"
    ),
]


def write_road(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市公路事业发展中心关于2024年人大代表建议和政协委员提案办理情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "2024年，我中心承办市九届人大三次会议代表建议6件、市政协九届三次会议委员提案1件，主要涉及公路建设、"
        "管理和养护。中心召开专题会议逐件研究，明确责任科室和经办人，通过实地调查、电话联系、面谈、座谈等方式"
        "与代表、委员沟通，办公室按统一格式制作答复件，以正式函告的方式答复。",
    )
    _paragraph(doc, "二、办理情况", font="黑体")
    for text in ROAD_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对已答复的建议提案开展“回头看”，对列入规划的事项按年度计划推进，及时向代表、委员通报进展，"
        "确保件件有回音、事事有着落。",
    )
    _paragraph(doc, "濮阳市公路事业发展中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 街道12345热线诉求全程督办台账, after a 街道's “接诉即办、未诉先访、一办到底” mechanism (热线专班; “三级分类处理
# 机制”: 简单问题由社区网格员24小时内现场处理，复杂问题由街道联合职能部门限时办结，疑难问题提级上报区级部门协调解决;
# “首问负责制”和“全程督办台账”，每件诉求责任到人、闭环管理; 解决率、满意率):
# http://www.nodetpl.com/2025/0528/511141.shtml
# An .xlsx: title, 填报单位/统计时段 line, one header row with 派单时间 (date and time), 分级 (简单/复杂/疑难), 责任单位
# (a 社区, a district bureau as 牵头 with the street's team 配合, city utilities under short names), 首问责任人, 办理时限
# as 24小时内 / N个工作日 / dates / 年底前, a 是否办结 column (是/否) beside 办理情况, a 说明 line and a signature line.
STREET_ROWS = [
    (
        "HL2407010023",
        "2024-07-01 09:12",
        "开州社区金堤小区3号楼前下水道堵塞，污水外溢",
        "简单",
        "开州社区居民委员会",
        "网格员 王丽",
        "24小时内",
        "已联系环卫所疏通，当日处理完毕",
        "是",
    ),
    (
        "HL2407020057",
        "2024-07-02 15:40",
        "中原路与胜利路交叉口东北角夜市占道经营，油烟噪音扰民",
        "复杂",
        "华龙区城市管理局（牵头），街道执法中队配合",
        "执法中队 刘强",
        "5个工作日",
        "已联合执法2次，规划临时摊点区域，正在引导商户入市经营",
        "否",
    ),
    (
        "HL2407040112",
        "2024-07-04 10:05",
        "建设路东段路灯连续5盏不亮，夜间行人通行不便",
        "复杂",
        "市城管局",
        "城建办 张涛",
        "5个工作日",
        "已更换灯具，恢复照明",
        "是",
    ),
    (
        "HL2407050138",
        "2024-07-05 08:47",
        "昆吾花园小区用水高峰期水压不足，高层住户无法正常用水",
        "疑难",
        "自来水公司",
        "城建办 张涛",
        "2024年8月31日前",
        "已提级上报，区住建局组织现场勘查，拟加装二次加压设备，正在协调资金",
        "否",
    ),
    (
        "HL2407080201",
        "2024-07-08 16:22",
        "胜利路社区老旧楼院楼道堆放杂物，存在消防隐患",
        "简单",
        "胜利路社区居民委员会",
        "网格员 陈静",
        "24小时内",
        "",
        "",
    ),
    (
        "HL2407100236",
        "2024-07-10 11:30",
        "阳光小区地下车库充电桩未接通电源，业主报装三个月无进展",
        "复杂",
        "供电公司",
        "综合办 李娜",
        "5个工作日",
        "",
        "否",
    ),
    (
        "HL2407150298",
        "2024-07-15 09:55",
        "绿城路东侧建筑工地夜间施工噪音扰民",
        "复杂",
        "华龙区住房和城乡建设局",
        "城建办 张涛",
        "3个工作日",
        "已责令施工单位22时后停止高噪声作业，回访群众满意",
        "是",
    ),
    (
        "HL2407220344",
        "2024-07-22 14:18",
        "大庆路与长庆路交叉口燃气管道井盖破损下沉",
        "复杂",
        "燃气公司",
        "综合办 李娜",
        "2个工作日",
        "已更换井盖并设置警示标志",
        "是",
    ),
    (
        "HL2407250371",
        "2024-07-25 10:40",
        "金桥小区开发商拖延办理不动产权证，涉及业主126户",
        "疑难",
        "不动产登记中心",
        "党政办 赵磊",
        "年底前",
        "已提级上报区级部门，区住建局召集开发商、不动产登记中心会商一次",
        "否",
    ),
]


def write_street(path: Path) -> Path:
    b = Book(path, author="热线专班")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 15, 17, 40, 8, 26, 14, 16, 40, 10])
    b.line(ws, 0, "胜利路街道12345热线诉求全程督办台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（热线专班）    统计时段：2024年7月1日—7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求内容",
            "分级",
            "责任单位",
            "首问责任人",
            "办理时限",
            "办理情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.line(
        ws,
        end,
        "说明：简单问题由社区网格员24小时内现场处理；复杂问题由街道联合职能部门限时办结；疑难问题提级上报区级部门"
        "协调解决。工作日自派单次日起计算。",
        9,
    )
    b.line(ws, end + 1, "热线专班负责人：周文华    填表人：李娜    联系电话：0393-8116302", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 12345热线预警工单督办台账, after a 市民服务热线工作站's year-end account (“接、派、办、督、评”全周期管理; 派单
# 辅助系统; “督办”环节实施“红黄绿”分级预警: 超24小时未响应、超3日未反馈进展、群众连续2次不满意的工单分别标记红、黄、
# 绿预警; “每月一题”: 屋顶漏水、电梯故障、飞线充电):
# https://max.book118.com/html/2026/0127/8131031022010041.shtm
# An .xlsx: title, 填报单位/截至 line, a two-row header (工单信息 over three columns, 预警督办 over two, 办理情况 over
# three; 序号 and 承办单位 merged down), the 预警等级 cells filled red/yellow/green, 承办单位 under short and former names,
# 办理时限 as N个工作日 counted from 派单日期 or a date cell, a 销号 column, a 合计 row, a legend line and a signature line.
HOTLINE_ROWS = [
    (
        "12345-2407-00318",
        date(2024, 7, 1),
        "建业小区7号楼屋顶漏水，雨天室内渗水（每月一题：老旧小区）",
        "市住建委",
        "黄色",
        "超3日未反馈进展",
        "10个工作日",
        "已督促物业申请维修基金，屋面防水正在施工",
        "",
    ),
    (
        "12345-2407-00542",
        date(2024, 7, 3),
        "人民路锦绣家园小区电梯频繁故障停运，老人出行困难",
        "市场监管局",
        "红色",
        "超24小时未响应",
        "5个工作日",
        "已约谈维保单位，更换曳引机钢丝绳，电梯恢复运行",
        "已销号",
    ),
    (
        "12345-2407-00617",
        date(2024, 7, 4),
        "京开道东方花园小区居民飞线充电，充电线从楼上垂挂",
        "消防支队",
        "绿色",
        "群众连续2次不满意",
        date(2024, 7, 19),
        "二次办理中，已协调物业加装集中充电桩12个",
        "",
    ),
    (
        "12345-2407-00855",
        date(2024, 7, 8),
        "濮上路一餐饮店油烟直排，周边居民多次反映",
        "市环保局",
        "黄色",
        "超3日未反馈进展",
        "7个工作日",
        "",
        "",
    ),
    (
        "12345-2407-01024",
        date(2024, 7, 10),
        "市人民医院门诊自助挂号机故障无人维护，排队时间长",
        "市卫计委",
        "绿色",
        "群众连续2次不满意",
        "5个工作日",
        "已完成自助机维修并增设人工窗口2个，回访满意",
        "已销号",
    ),
    (
        "12345-2407-01193",
        date(2024, 7, 12),
        "城东某建筑公司拖欠农民工工资，涉及14人",
        "市人社局",
        "红色",
        "超24小时未响应",
        "15个工作日",
        "已立案调查，责令限期支付",
        "",
    ),
    (
        "12345-2407-01380",
        date(2024, 7, 16),
        "城区11路公交车发车间隔过长，早高峰候车超过40分钟",
        "公交公司",
        "黄色",
        "超3日未反馈进展",
        "7个工作日",
        "逾期未反馈",
        "",
    ),
    (
        "12345-2407-01562",
        date(2024, 7, 19),
        "退休人员医保个人账户划入金额有误",
        "市医保局",
        "红色",
        "超24小时未响应",
        "10个工作日",
        "已核实系统参数错误，已退补差额，群众满意",
        "已销号",
    ),
]
WARN_COLOURS = {"红色": "#FF9999", "黄色": "#FFE699", "绿色": "#A9D08E"}


def write_hotline(path: Path) -> Path:
    b = Book(path, author="热线工作站")
    ws = b.sheet("预警工单")
    b.widths(ws, [6, 18, 12, 40, 14, 10, 18, 12, 38, 10])
    warn = {
        k: b.book.add_format({"border": 1, "align": "center", "valign": "vcenter", "bg_color": v})
        for k, v in WARN_COLOURS.items()
    }
    b.line(ws, 0, "濮阳市12345热线预警工单督办台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市12345政务服务便民热线工作站    截至日期：2024年7月30日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "工单信息", b.head)
    b.header(ws, 3, ["工单编号", "派单日期", "诉求摘要"], first=1)
    b.merge(ws, 2, 4, 3, 4, "承办单位", b.head)
    b.merge(ws, 2, 5, 2, 6, "预警督办", b.head)
    b.header(ws, 3, ["预警等级", "预警原因"], first=5)
    b.merge(ws, 2, 7, 2, 9, "办理情况", b.head)
    b.header(ws, 3, ["办理时限", "办理进展", "销号"], first=7)
    for i, row in enumerate(HOTLINE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, warn[v] if c == 5 else None)
    end = 4 + len(HOTLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, f"预警工单{len(HOTLINE_ROWS)}件（红色3件、黄色3件、绿色2件）", b.cell)
    for c in range(4, 9):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 9, "已销号3件", b.center)
    b.line(
        ws,
        end + 1,
        "预警等级：红色—超24小时未响应；黄色—超3日未反馈进展；绿色—群众连续2次不满意。办理时限自派单日期次日起按工作日计算。",
        9,
    )
    b.line(ws, end + 2, "审核人：韩雪梅    填表人：高远    联系电话：0393-12345转8006", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 企业诉求“信访投诉”列表导出, after the field list of an enterprise-appeal system's 信访投诉 module (事项名称, 诉求
# 类型, 渠道类型, 事项缘由, 企业名称, 联系人, 联系电话, 指派部门, 状态, 创建时间, 处理意见; 提交指派、撤回指派、提交处理、
# 处理完成; 导出按事项名称、指派部门、状态、创建时间筛选):
# https://github.com/DisciplineAndCalm-yy/sjz_web/blob/3f178531d8bf8e9d40bd89edd419cc0a681e42f6/src/api/appeal/model/petition.ts
# A CSV in UTF-8 with a BOM, as the system writes it: no title, one header line in the system's field names, the
# complaining company beside the 指派部门 (short names), 状态 as 待处理/处理中/处理完成, a 创建时间 and no deadline column.
APPEAL_ROWS = [
    (
        "厂区周边道路破损影响货车通行",
        "求助",
        "12345热线",
        "开发区化工产业园纬五路路面破损严重，大型货车通行困难，企业原料运输受阻",
        "濮阳市恒润石油化工有限公司",
        "张经理",
        "139****2631",
        "市交通局",
        "处理中",
        "已纳入8月道路维修计划，正在组织施工单位进场",
        "2024-07-02 09:31:18",
    ),
    (
        "增值税留抵退税申请超期未审核",
        "投诉",
        "政企直通车",
        "企业6月10日提交增值税留抵退税申请，超过规定时限仍未审核",
        "濮阳市华宇新材料科技有限公司",
        "李会计",
        "137****5508",
        "市税务局",
        "处理完成",
        "已完成审核，退税款已于7月8日到账，企业表示满意",
        "2024-07-03 10:12:44",
    ),
    (
        "外省员工社保转移接续办理不畅",
        "求助",
        "网上留言",
        "企业新招录外省员工12人，养老保险关系转移接续超过45个工作日未办结",
        "濮阳龙丰纸业有限公司",
        "王主任",
        "135****7719",
        "市人社局",
        "待处理",
        "",
        "2024-07-05 15:26:03",
    ),
    (
        "专精特新奖补资金申报咨询",
        "咨询",
        "12345热线",
        "咨询2024年省级专精特新中小企业奖补资金的申报条件和所需材料",
        "清丰县鑫源家具有限公司",
        "赵总",
        "138****0362",
        "市工信局",
        "处理完成",
        "已电话答复申报条件和材料清单",
        "2024-07-09 08:57:40",
    ),
    (
        "扩建生产线电力增容报装进度慢",
        "投诉",
        "政企直通车",
        "企业扩建生产线申请电力增容至2000千伏安，报装两个月仍未完成",
        "南乐县昌盛生物科技有限公司",
        "刘厂长",
        "150****4127",
        "供电公司",
        "处理中",
        "已完成现场勘查，线路改造工程正在施工",
        "2024-07-11 11:04:52",
    ),
    (
        "环评审批与排污许可重复提交材料",
        "建议",
        "现场登记",
        "建议环评审批与排污许可证申请共享企业已提交的材料，减少重复提交",
        "濮阳市亿利达化工有限公司",
        "孙工",
        "186****9033",
        "市环境局",
        "处理完成",
        "已采纳，两项审批实行材料共享",
        "2024-07-15 14:38:11",
    ),
    (
        "厂房消防设计审查意见反复修改",
        "投诉",
        "网上留言",
        "厂房消防设计审查意见前后三次要求不一致，施工许可迟迟无法办理",
        "范县金鼎建材有限公司",
        "周经理",
        "152****6640",
        "市住建局",
        "处理中",
        "已召集审图机构和企业现场会商",
        "2024-07-18 16:20:35",
    ),
    (
        "厂区门前社会车辆长期占道停放",
        "求助",
        "12345热线",
        "厂区大门前社会车辆长期占道停放，货车无法正常进出",
        "台前县华鑫羽绒制品有限公司",
        "吴主管",
        "159****2286",
        "市交警支队",
        "待处理",
        "",
        "2024-07-24 09:45:27",
    ),
]


def write_appeal(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "事项名称",
            "诉求类型",
            "渠道类型",
            "事项缘由",
            "企业名称",
            "联系人",
            "联系电话",
            "指派部门",
            "状态",
            "处理意见",
            "创建时间",
        ]
    )
    for row in APPEAL_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 市长信箱来信办理情况登记表, after a city's 市长信箱公众来信处理办法 (市政府办信息科将来信筛选打印后报分管领导按
# 对口负责原则签呈; 领导批示后由信息科交县(市、区)政府或市直相关部门处理; 办结或拿出初步方案后形成文字材料报信息科，
# 再网上回复; 来信呈阅后原则上七天内回复，特殊情况一般不超过十五天; 处理完毕后归档):
# http://m.jianbiaoku.com/webarbs/book/165369.shtml
# An .ods (an .xlsx converted by LibreOffice): title, 登记单位 line, one header row with 来信日期, 来信人, 批示领导 and the
# 交办日期 the 7日内/15日内 回复时限 counts from, 承办单位 (county governments and city bureaus under short names), 办理
# 情况 and 网上回复日期 columns, a 说明 line and a 登记人 line.
MAYOR_ROWS = [
    (
        date(2024, 7, 1),
        "郭先生",
        "关于孟轲乡部分村庄自来水供水不稳定的问题",
        "孟轲乡西辛庄等村自来水经常停水，夏季用水高峰期连续两天无水",
        "王副市长",
        date(2024, 7, 2),
        "华龙区人民政府",
        "7日内",
        "经核实系管网老化，已更换主管道800米，供水恢复正常",
        date(2024, 7, 8),
    ),
    (
        date(2024, 7, 3),
        "李女士",
        "关于城区小学招生学区划分的咨询",
        "咨询2024年城区小学招生学区划分及网上报名时间",
        "刘副市长",
        date(2024, 7, 4),
        "市教育局",
        "7日内",
        "已答复学区划分方案及网上报名时间",
        date(2024, 7, 5),
    ),
    (
        date(2024, 7, 5),
        "张先生",
        "关于清丰县城区道路积水的问题",
        "清丰县中州路与顿丘路交叉口每逢降雨积水深达40厘米",
        "陈副市长",
        date(2024, 7, 8),
        "清丰县人民政府",
        "15日内（特殊情况）",
        "已纳入城区排水改造工程，雨污分流管网正在施工",
        "",
    ),
    (
        date(2024, 7, 9),
        "王先生",
        "关于小区南侧违建多次反映未处理的问题",
        "开州路某小区南侧私搭乱建彩钢房，多次反映未处理",
        "王副市长",
        date(2024, 7, 10),
        "市城管局",
        "7日内",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "赵女士",
        "关于路口信号灯配时不合理的建议",
        "胜利路与京开道交叉口信号灯配时不合理，左转绿灯时间过短，高峰期车辆排队过长",
        "孙副市长",
        date(2024, 7, 15),
        "市交警支队",
        "7日内",
        "已调整信号配时方案，左转绿灯延长15秒",
        date(2024, 7, 19),
    ),
    (
        date(2024, 7, 16),
        "孙先生",
        "关于拆迁安置房逾期未交付的问题",
        "濮阳县城关镇某安置小区原定2023年底交房，至今未交付",
        "刘副市长",
        date(2024, 7, 17),
        "濮阳县人民政府",
        "15日内（特殊情况）",
        "正在协调",
        "",
    ),
    (
        date(2024, 7, 19),
        "周先生",
        "关于公租房报修无人维修的问题",
        "公租房小区单元门损坏，报修一个月无人维修",
        "陈副市长",
        date(2024, 7, 22),
        "市住建局",
        "7日内",
        "逾期未回复",
        "",
    ),
    (
        date(2024, 7, 24),
        "吴女士",
        "关于水费账单异常的问题",
        "7月水费账单显示用水量为往月3倍，怀疑水表故障",
        "王副市长",
        date(2024, 7, 25),
        "市水务公司",
        "7日内",
        "已上门校验，确认水表故障，已更换并退还多收水费",
        date(2024, 7, 29),
    ),
]


def write_mayor_book(path: Path) -> Path:
    b = Book(path, author="信息科")
    ws = b.sheet("来信登记")
    b.widths(ws, [6, 12, 10, 30, 38, 10, 12, 16, 14, 36, 14])
    b.line(ws, 0, "濮阳市市长信箱来信办理情况登记表（2024年7月）", 10, b.title)
    b.line(ws, 1, "登记单位：濮阳市人民政府办公室信息科    登记日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "来信日期",
            "来信人",
            "信件标题",
            "来信主要内容",
            "批示领导",
            "交办日期",
            "承办单位",
            "回复时限",
            "办理情况",
            "网上回复日期",
        ],
    )
    for i, row in enumerate(MAYOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MAYOR_ROWS)
    b.line(
        ws,
        end,
        "说明：来信经分管领导批示后交办，承办单位原则上7日内回复，特殊情况不超过15日；回复时限自交办日期起计算。",
        10,
    )
    b.line(ws, end + 1, "登记人：马晓红    联系电话：0393-8993021", 10)
    return b.close()


def write_mayor(path: Path) -> Path:
    via_soffice(write_mayor_book, path, "ods", "市长信箱来信办理情况登记表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 电视问政曝光问题整改清单, after a city's televised 问政 (《问政张垣》: 暗访短片揭示问题，主持人直指问题，被问政部门
# 现场答复、公开承诺，群众代表现场举牌回应是否满意; 场外电话、网络、微信互动; 节目播出后根据承诺整改事项以及群众意见
# 建议制定问题清单和整改清单，及时挂账督办，并将整改结果向社会公开; 首期被问政部门: 市交通运输局和市公安交警支队):
# http://www.hebcdi.gov.cn/2019-12/12/content_7613550.htm
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 问政时间/被问政单位/挂账
# 督办 line, a 说明 line with the 立行立改 base date, one header row with 问题来源, 现场承诺, 承诺时限, the 群众代表评价
# (satisfaction at the show, not progress), 整改结果 and 公开情况, a signature line.
ASK_ROWS = [
    (
        "暗访短片",
        "城区部分出租车拒载、绕路，乘客投诉处理不及时",
        "市交通运输局",
        "开展出租车行业专项整治",
        "立行立改",
        "不满意",
        "已开展专项整治，查处违规车辆23台，已整改到位",
        "已公开",
    ),
    (
        "暗访短片",
        "濮阳汽车站周边黑车揽客，站前秩序混乱",
        "市交通局",
        "联合公安开展常态化整治",
        "长期坚持",
        "不满意",
        "常态化推进",
        "",
    ),
    (
        "现场提问",
        "国道106线城区段货车闯红灯现象突出",
        "市公安交警支队",
        "在重点路口增设电子抓拍设备",
        "2024年9月30日",
        "基本满意",
        "已完成选址，设备正在采购",
        "",
    ),
    (
        "现场提问",
        "城区学校周边上下学时段交通拥堵，缺少交警疏导",
        "市公安交警支队",
        "开学前完成学校周边护学岗设置",
        "8月底前",
        "满意",
        "",
        "",
    ),
    (
        "场外互动",
        "公交站台缺少遮阳棚，夏季候车群众暴晒",
        "市公交公司",
        "主要站台增设遮阳棚",
        "7月底前",
        "基本满意",
        "已完成36个站台遮阳棚安装",
        "已公开",
    ),
    (
        "场外互动",
        "清丰县部分乡镇农村客运班线停运，群众出行不便",
        "市交通运输局",
        "恢复停运班线",
        "年底前",
        "满意",
        "未整改",
        "",
    ),
    (
        "现场提问",
        "驾驶证业务办理排队时间长，周末不开放",
        "市公安交警支队",
        "推行周末延时服务",
        "立行立改",
        "满意",
        "已实行周六上午延时服务，整改完成",
        "已公开",
    ),
    (
        "暗访短片",
        "高速公路濮阳东收费站出口路段标志标线不清",
        "市交通运输局",
        "重新施划标线、更换标志牌",
        "2024年8月15日",
        "不满意",
        "正在施工",
        "",
    ),
]


def write_ask_book(path: Path) -> Path:
    b = Book(path, author="督查局")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 10, 40, 16, 26, 14, 12, 34, 10])
    b.line(ws, 0, "《问政濮阳》交通运输专场曝光问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "问政时间：2024年7月10日    被问政单位：市交通运输局、市公安交警支队    挂账督办：市政府督查局",
        8,
    )
    b.line(ws, 2, "说明：“立行立改”事项自问政当日起整改；整改结果经督查局核实后向社会公开。", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "问题来源",
            "曝光问题",
            "责任单位",
            "现场承诺",
            "承诺时限",
            "群众代表评价",
            "整改结果",
            "公开情况",
        ],
    )
    for i, row in enumerate(ASK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 4 + len(ASK_ROWS), "督办人：贾卫国    填表人：宋佳    填报日期：2024年7月29日", 8)
    return b.close()


def write_ask(path: Path) -> Path:
    return via_soffice(write_ask_book, path, "xls", "问政整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 代表建议办理台账 (two returns in one zip), after a district's 人大代表建议和政协委员提案交办会 (集中交办区人大会议
# 代表建议135条，按基础设施类、社会治理类、城镇体系类、科教文卫类、旅游发展类、农业农村类、工业发展类、环境保护类
# 分类; 务必在法律规定的三个月内将办理情况答复代表; 办前、办中、办后与代表联系沟通):
# http://m.gdzsjac.com/news/QXRD/202329/23291452323335.html
# A .zip holding an .xlsx from one district (items grouped under 类 rows merged across, 主办单位 beside 协办单位, 办理时限
# as 三个月内 from the 交办日期 in the preamble, dates or 年底前, an A/B/C 办理结果分类 and 落实情况) and a .docx with
# a table from a county (类别 as a column, county bureaus that share their names with city ones).
HUALONG_GROUPS = [
    (
        "一、基础设施类",
        [
            (
                "第3号",
                "关于打通开州路北延断头路的建议",
                "高明亮",
                "华龙区住房和城乡建设局",
                "市自然资源和规划局",
                "三个月内",
                "A类（已解决）",
                "道路已于4月底贯通",
            ),
            (
                "第11号",
                "关于增设岳村镇农贸市场停车场的建议",
                "马秀英",
                "岳村镇人民政府",
                "华龙区市场监督管理局",
                "2024年6月30日",
                "B类（正在解决）",
                "用地已协调，停车场正在施工",
            ),
            (
                "第27号",
                "关于改造昆吾街道老旧小区架空线路的建议",
                "宋建华",
                "供电公司",
                "华龙区住房和城乡建设局",
                "年底前",
                "C类（列入计划逐步解决）",
                "已列入2024年配网改造计划",
            ),
        ],
    ),
    (
        "二、社会治理类",
        [
            (
                "第35号",
                "关于在中原路街道增设社区养老服务站的建议",
                "田慧",
                "华龙区民政局",
                "中原路街道办事处",
                "三个月内",
                "A类（已解决）",
                "养老服务站已于4月投入运营",
            ),
            (
                "第42号",
                "关于规范任丘路街道夜市经营秩序的建议",
                "郑伟",
                "华龙区城市管理局",
                "任丘路街道办事处",
                "2024年7月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "三、农业农村类",
        [
            (
                "第58号",
                "关于修缮孟轲乡农田灌溉机井的建议",
                "刘长河",
                "华龙区农业农村局",
                "孟轲乡人民政府",
                "三个月内",
                "逾期未办复",
                "尚未启动",
            ),
        ],
    ),
]
QINGFENG_ROWS = [
    (
        "城镇体系类",
        "关于加快县城西区污水管网建设的建议",
        "董红",
        "清丰县住房和城乡建设局",
        "2024年10月31日",
        "B类",
        "管网铺设已完成60%",
    ),
    (
        "科教文卫类",
        "关于改善马庄桥镇卫生院就医条件的建议",
        "韩立新",
        "清丰县卫生健康委员会",
        "三个月内",
        "A类",
        "门诊楼改造已完成并投入使用",
    ),
    (
        "旅游发展类",
        "关于打造单拐革命旧址红色旅游线路的建议",
        "路明",
        "清丰县文化广电和旅游局",
        "2024年12月31日",
        "C类",
        "已列入县文旅发展三年规划",
    ),
    (
        "农业农村类",
        "关于扶持大流乡食用菌产业发展的建议",
        "常桂芝",
        "清丰县农业农村局",
        "9月底前",
        "",
        "未启动",
    ),
]


def write_hualong_book(path: Path) -> Path:
    b = Book(path, author="华龙区政府督查室")
    ws = b.sheet("建议办理台账")
    b.widths(ws, [6, 9, 40, 10, 24, 22, 14, 22, 30])
    b.line(ws, 0, "华龙区三届人大三次会议代表建议办理台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区人民政府办公室（督查室）    交办日期：2024年2月7日    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "建议编号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "协办单位",
            "办理时限",
            "办理结果分类",
            "落实情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in HUALONG_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}件）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "注：办理时限“三个月内”自交办日期起计算；办理结果按A、B、C类标注。", 8)
    b.line(ws, r + 1, "审核人：秦立伟    填表人：胡媛    联系电话：0393-8416270", 8)
    return b.close()


def write_qingfeng_docx(path: Path) -> Path:
    doc = _new_document("县政府督查室")
    _title(doc, "清丰县十七届人大三次会议代表建议办理落实情况表", 18)
    _paragraph(
        doc, "填报单位：清丰县人民政府督查室    交办时间：2024年2月20日    填报时间：2024年7月26日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(QINGFENG_ROWS, 1)]
    _table(
        doc, ["序号", "类别", "建议题目", "领衔代表", "承办单位", "办理时限", "办理结果", "落实情况"], body
    )
    _paragraph(doc, "注：A类为已解决，B类为正在解决，C类为列入计划逐步解决；办理时限自交办之日起计算。", 12)
    return _save_fixed(doc, path)


def write_proposal_zip(path: Path) -> Path:
    members = [
        ("华龙区三届人大三次会议代表建议办理台账.xlsx", write_hualong_book),
        ("清丰县代表建议办理落实情况表.docx", write_qingfeng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 信访事项工作台账, after a page on what a 信访工作台账 holds (基本信息: 姓名、联系方式、住址、来访时间; 诉求: 反映的
# 问题; 受理情况: 是否受理、由哪个部门负责、是否转办或交办; 处理进度: 初查、调查、协调、答复; 反馈结果: 最终处理结果及
# 满意度评价; 归档管理):
# http://mip.ch1234.com/jxfw/202506/334852.html
# An .xls (xlwt): title, 填报单位 line, a two-row header in those six parts (基本信息 over three columns, 受理情况 over
# three, 处理进度 over two, 反馈结果 over two; 序号, 诉求内容 and 归档情况 merged down), 办理期限 as 60日内/30日内 counted
# from the 受理日期 or a date, a 注 line and a signature line. The 责任单位 are towns and county bureaus.
PETITION_ROWS = [
    (
        "王某某",
        "韩村镇东王庄村",
        "2024.6.3",
        "反映宅基地被邻居占用，村委会调解未果",
        "是",
        "2024.6.4",
        "韩村镇人民政府",
        "60日内",
        "已答复",
        "经调查重新确认界址，双方签订协议",
        "满意",
        "已归档",
    ),
    (
        "李某某",
        "马庄桥镇李庄村",
        "2024.6.11",
        "反映2023年小麦种植补贴未发放到户",
        "是",
        "2024.6.12",
        "清丰县农业农村局",
        "60日内",
        "调查中",
        "",
        "",
        "",
    ),
    (
        "张某某",
        "城关镇建设街",
        "2024.6.20",
        "反映某建筑公司拖欠工程款及农民工工资",
        "是",
        "2024.6.20",
        "清丰县人力资源和社会保障局",
        "30日内（督办件）",
        "协调中",
        "已追回工资8.6万元，剩余部分正在协调",
        "",
        "未归档",
    ),
    (
        "赵某某",
        "仙庄镇西街村",
        "2024.6.26",
        "反映村内坑塘污水黑臭，影响周边群众生活",
        "是",
        "2024.6.27",
        "仙庄镇人民政府",
        "2024年8月15日前",
        "",
        "",
        "",
        "",
    ),
    (
        "刘某某",
        "六塔乡北街村",
        "2024.7.2",
        "反映本人低保资格被取消，要求重新认定",
        "是",
        "2024.7.3",
        "清丰县民政局",
        "60日内",
        "已答复",
        "经复核符合条件，已恢复低保待遇",
        "基本满意",
        "已归档",
    ),
    (
        "孙某某",
        "瓦屋头镇南街",
        "2024.7.9",
        "反映镇区农贸市场占道经营，道路拥堵",
        "是",
        "2024.7.10",
        "瓦屋头镇人民政府",
        "60日内",
        "尚未启动调查",
        "",
        "",
        "",
    ),
    (
        "周某某",
        "古城乡周庄村",
        "2024.7.15",
        "反映民办学校校车超员运行",
        "是",
        "2024.7.16",
        "清丰县教育局",
        "30日内",
        "已完成初查，正在调查核实",
        "",
        "",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "清丰县信访事项工作台账（2024年7月）", t, 0, 13),
        (1, 0, "填报单位：清丰县信访局（盖章）    填报日期：2024年7月30日", plain, 1, 13),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "基本信息", h, 2, 3),
        (2, 4, "诉求内容", h, 3, 4),
        (2, 5, "受理情况", h, 2, 7),
        (2, 8, "处理进度", h, 2, 9),
        (2, 10, "反馈结果", h, 2, 11),
        (2, 12, "归档情况", h, 3, 12),
    ]
    subs = {1: "信访人", 2: "住址", 3: "来访时间", 5: "是否受理", 6: "受理日期", 7: "责任单位"}
    subs.update({8: "办理期限", 9: "目前进展", 10: "处理结果", 11: "满意度"})
    cells += [(3, col, word, h) for col, word in subs.items()]
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, ctr if col in (2, 3, 5, 6, 11, 12) else c) for col, v in enumerate(row, 1)]
    r = 4 + len(PETITION_ROWS)
    cells += [
        (r, 0, "注：办理期限自受理日期起计算；督办件办理期限为30日。", plain, r, 13),
        (r + 1, 0, "审核人：牛建军    填表人：常慧    联系电话：0393-7221568", plain, r + 1, 13),
    ]
    return _write_xls(path, [("信访台账", cells)])


# ---------------------------------------------------------------------------------------------
# 9. 书记民情“三本账”, after a 镇's account of its 县镇书记民情“三本账” (广泛收集民意记好“民情账”: 党委书记到村坐班、
# 定期听取“两代一委”和群众代表意见、接待来信来访、发放便民卡; 严格办理程序办好“问题账”: 建账、交办、告知、督办、回复，
# 党委书记亲自阅批、协调处理、督促回复; 规范资料档案存好“满意账”: 一件一卷、一案一档):
# https://xfw.ankang.gov.cn/Content-315015.html
# A .doc (Word 97 via LibreOffice): title, 报送 line, 一、民情账 in prose, 二、问题账 as a table (收集渠道, 书记批办意见,
# the 交办日期 the 立行立改/N日内 limits count from, the town's own 站所 as 承办站所, 告知情况 and 回复情况), 三、满意账 in
# prose, the town at the foot. Every item belongs to the town; its 站所 are sections.
TOWN_ROWS = [
    (
        "孟庄村 孟某",
        "书记到村坐班",
        "村内主街排水沟堵塞，雨后积水倒灌农户院内",
        "立即组织清淤",
        "7月2日",
        "镇村镇规划建设发展所",
        "立行立改",
        "已电话告知",
        "已清淤疏通，群众满意",
    ),
    (
        "王集村 王某",
        "来信来访",
        "反映2023年耕地地力保护补贴少发",
        "核实后补发",
        "7月3日",
        "镇财政所",
        "10日内",
        "已告知",
        "经核实已补发差额，已回复本人",
    ),
    (
        "陈庄村 人大代表",
        "“两代一委”座谈",
        "建议在镇区增设公共厕所",
        "列入年度计划",
        "7月5日",
        "镇村镇规划建设发展所",
        "年底前",
        "已告知",
        "已完成选址，正在设计",
    ),
    (
        "张庄村 张某",
        "便民联系卡",
        "村内路灯损坏一半不亮",
        "尽快维修",
        "7月8日",
        "镇农业农村服务中心",
        "7月底前",
        "已告知",
        "",
    ),
    (
        "许楼村 许某",
        "书记到村坐班",
        "黄河滩区生产道路坑洼不平，秋收农机难以通行",
        "协调县交通运输局纳入修建计划",
        "7月10日",
        "镇农业农村服务中心",
        "9月底前",
        "已告知",
        "已向县交通运输局报送修建计划，正在争取资金",
    ),
    (
        "李庄村 李某",
        "来信来访",
        "邻里因宅基地边界纠纷多次发生争执",
        "镇综治中心调解",
        "7月12日",
        "镇综治中心",
        "15日内",
        "已告知",
        "已调解，双方签订调解协议",
    ),
    (
        "周庄村 周某",
        "便民联系卡",
        "村内独居老人无人照料，申请特困供养",
        "按程序办理",
        "7月16日",
        "镇社会事务服务中心",
        "20日内",
        "已告知",
        "已受理特困供养申请，正在入户调查",
    ),
    (
        "刘楼村 群众代表",
        "“两代一委”座谈",
        "村卫生室药品种类少，慢性病用药需到镇上购买",
        "协调县卫健委",
        "7月19日",
        "镇社会事务服务中心",
        "长期坚持",
        "已告知",
        "常态化推进",
    ),
    (
        "马庄村 马某",
        "来信来访",
        "村集体土地承包费收支未公开",
        "责成村委会立即公开",
        "7月22日",
        "镇“三资”代理服务中心",
        "立行立改",
        "已告知",
        "村委会尚未公开，逾期未办",
    ),
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "陈庄镇党委书记民情“三本账”办理情况（2024年7月）", 18)
    _paragraph(doc, "报送单位：中共陈庄镇委员会  陈庄镇人民政府    报送日期：2024年7月25日", 12)
    _paragraph(doc, "一、民情账", 14, "黑体")
    _paragraph(
        doc,
        "本月通过党委书记到村坐班、“两代一委”座谈、接待来信来访和发放便民联系卡，共收集群众诉求9件，"
        "全部建立问题账。",
        14,
    )
    _paragraph(doc, "二、问题账", 14, "黑体")
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "反映人",
            "收集渠道",
            "反映问题",
            "书记批办意见",
            "交办日期",
            "承办站所",
            "办结时限",
            "告知情况",
            "回复情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "三、满意账", 14, "黑体")
    _paragraph(
        doc,
        "已办结的3件全部按照一件一卷、一案一档要求归档，并建立电子档案，回访群众满意率100%。",
        14,
    )
    _paragraph(doc, "陈庄镇人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "书记民情三本账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 政协提案办理走访点评表, after a county 政协's 提案办理走访活动 (7月10日—13日集中走访15家提案承办大户; 听取承办
# 单位主要负责人关于提案办理工作情况通报，对每件提案办理情况进行点评，指出存在问题，提出具体意见和建议; 按照时序进度
# 推进提案办理):
# https://dlzhugang.com/html/DocHtml1331201871670983406127996.html
# An .xlsx: title, 走访时间/走访单位 line, one header row whose first column is the 承办单位 merged down over its
# proposals, 提案号, 案由, 提案人, the 办理进展 the unit reported, 计划完成时间 (dates, 8月底前, 年底前, 长期坚持),
# 时序进度 (已完成/按计划/滞后) and the visitors' 点评意见, a 备注 line and the committee at the foot.
VISIT_GROUPS = [
    (
        "南乐县教育局",
        [
            (
                "第12号",
                "关于解决城区学校大班额问题的提案",
                "杨新民",
                "新建城北小学主体工程已完工，正在进行内部装修",
                "8月底前",
                "按计划",
                "确保秋季开学投入使用",
            ),
            (
                "第25号",
                "关于加强乡村教师周转宿舍建设的提案",
                "王红梅",
                "已办复，韩张镇、元村镇两所学校周转宿舍已建成入住",
                "2024年6月30日",
                "已完成",
                "办理扎实，委员满意",
            ),
            (
                "第31号",
                "关于规范校外培训机构管理的提案",
                "李晓东",
                "",
                "长期坚持",
                "",
                "建议建立常态化巡查机制",
            ),
        ],
    ),
    (
        "南乐县卫生健康委员会",
        [
            (
                "第8号",
                "关于提升乡镇卫生院急诊急救能力的提案",
                "张爱华",
                "已为6个乡镇卫生院配备救护车，急救人员培训正在开展",
                "2024年10月31日",
                "按计划",
                "培训要覆盖全体急救人员",
            ),
            (
                "第19号",
                "关于推进家庭医生签约服务提质增效的提案",
                "崔明",
                "尚未制定具体方案",
                "9月底前",
                "滞后",
                "进度滞后，须加快推进",
            ),
        ],
    ),
    (
        "南乐县住房和城乡建设局",
        [
            (
                "第5号",
                "关于加快老旧小区加装电梯的提案",
                "冯国庆",
                "已完成12个单元加装电梯意见征求，3部电梯已开工",
                "年底前",
                "按计划",
                "",
            ),
            (
                "第40号",
                "关于整治县城主干道占道经营的提案",
                "魏丽",
                "已办复，县城主干道占道经营已集中整治完毕，经复查合格",
                "2024年7月10日",
                "已完成",
                "",
            ),
        ],
    ),
    (
        "南乐县农业农村局",
        [
            (
                "第22号",
                "关于扶持西邵乡红薯产业发展的提案",
                "谷建设",
                "已协调产业扶持资金50万元，红薯深加工项目正在招商",
                "2025年6月底前",
                "按计划",
                "加快项目落地",
            ),
        ],
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="提案委")
    ws = b.sheet("走访点评")
    b.widths(ws, [22, 6, 9, 36, 10, 40, 14, 10, 26])
    b.line(ws, 0, "南乐县政协十届三次会议提案办理情况走访点评表", 8, b.title)
    b.line(ws, 1, "走访时间：2024年7月9日至12日    走访单位：县政协提案委员会    填报日期：2024年7月15日", 8)
    b.header(
        ws,
        2,
        [
            "承办单位",
            "序号",
            "提案号",
            "案由",
            "提案人",
            "办理进展（承办单位通报）",
            "计划完成时间",
            "时序进度",
            "点评意见",
        ],
    )
    r, n = 3, 0
    for unit, rows in VISIT_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, unit, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "备注：时序进度分“已完成”“按计划”“滞后”三类；点评意见由走访组现场提出。", 8)
    b.line(ws, r + 1, "南乐县政协提案委员会", 8, b.right)
    return b.close()


FILES = [
    ("濮阳市公路事业发展中心关于2024年人大代表建议和政协委员提案办理情况的报告.docx", write_road),
    ("胜利路街道12345热线诉求全程督办台账（7月）.xlsx", write_street),
    ("12345热线预警工单督办台账（2024年7月）.xlsx", write_hotline),
    ("企业诉求信访投诉列表导出_20240730.csv", write_appeal),
    ("市长信箱来信办理情况登记表（2024年7月）.ods", write_mayor),
    ("《问政濮阳》交通运输专场曝光问题整改清单.et", write_ask),
    ("人大代表建议办理台账（华龙区、清丰县）.zip", write_proposal_zip),
    ("清丰县信访事项工作台账（2024年7月）.xls", write_petition),
    ("陈庄镇党委书记民情“三本账”办理情况.doc", write_town),
    ("南乐县政协提案办理情况走访点评表.xlsx", write_visit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

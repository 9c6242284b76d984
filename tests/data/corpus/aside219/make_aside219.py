"""Write the aside219 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 12345热线、市长信箱/政府信箱、信访积案化解与信访督查督办、人大代表建议、政协提案 (常见类型, 新来源; 系统导出表与
办理单). Forms: .xlsx (three, one more inside the zip), .xls (xlwt, one more inside the zip), .et, .doc and .wps
(LibreOffice conversions of an .xlsx and two .docx), a CSV in UTF-8, a .docx whose items are numbered paragraphs, and a
.zip of two system exports (an .xls and an .xlsx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside219.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.pct = add({"border": 1, "num_format": "0.00%", "align": "center", "valign": "vcenter"})
        self.plain_head = add({"bold": True})

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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

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
# 1. 信访案件列表导出 (a system export), after the case list of a city 住建领域信访管理平台 (案件编号 BZ-YYYYMMDD-NNN;
# columns 案件编号/标题/信访人/电话/类型/来源/状态/办结时限/创建时间; 类型 清欠/房产/物业/市政/质量/其他; 来源 12345/小程序/
# 国务院督查/信访局; 状态 新建/已分派/已签收/办理中/待审核/已完成; cases dispatched to the bureau's own 办案科室 — 建筑市场
# 监管科, 房地产市场监管科, 物业管理科, 市政工程科, 质量监督站 — as 主办科室; completed cases often carry no 办结时限, shown “-”):
# https://github.com/northec/bzxinfang/blob/44b820affd1998485970e146cdf0a9c0862e5702/frontend/src/pages/caselist.tsx
# An .xlsx as the platform exports it: no title, one header row, text cells, the sending bureau only in the file and
# sheet names; its rows name only its own 科室.
CASE_ROWS = [
    (
        "PY-20240603-002",
        "华龙区锦绣家园二期项目拖欠农民工工资",
        "王伟",
        "138****1001",
        "清欠",
        "12345",
        "已完成",
        "建筑市场监管科",
        "2024-07-03",
        "2024-06-03",
    ),
    (
        "PY-20240611-001",
        "清丰县御景湾楼盘逾期交房业主要求退款",
        "李娜",
        "138****1002",
        "房产",
        "信访局",
        "办理中",
        "房地产市场监管科",
        "2024-08-09",
        "2024-06-11",
    ),
    (
        "PY-20240618-003",
        "华龙区恒丰花园物业费由每平方米0.8元上涨至1.5元",
        "张杰",
        "138****1003",
        "物业",
        "小程序",
        "待审核",
        "物业管理科",
        "2024-07-26",
        "2024-06-18",
    ),
    (
        "PY-20240626-002",
        "濮阳县文苑小区3号楼墙体开裂渗水",
        "陈静",
        "138****1005",
        "质量",
        "国务院督查",
        "办理中",
        "质量监督站",
        "2024-08-16",
        "2024-06-26",
    ),
    (
        "PY-20240701-004",
        "开州街道万达广场东侧工地夜间施工噪音扰民",
        "杨帆",
        "138****1006",
        "其他",
        "12345",
        "已完成",
        "建筑市场监管科",
        "2024-07-12",
        "2024-07-01",
    ),
    (
        "PY-20240705-001",
        "南乐县和园小区消防通道被私家车长期占用",
        "赵雷",
        "138****1007",
        "物业",
        "12345",
        "已完成",
        "物业管理科",
        "-",
        "2024-07-05",
    ),
    (
        "PY-20240722-001",
        "京开道与长庆路交叉口路面塌陷无人维修",
        "刘洋",
        "138****1004",
        "市政",
        "12345",
        "新建",
        "",
        "2024-08-05",
        "2024-07-22",
    ),
]


def write_case_export(path: Path) -> Path:
    b = Book(path, author="xfpt")
    ws = b.sheet("住建局信访案件")
    b.widths(ws, [18, 44, 8, 14, 8, 12, 8, 18, 12, 12])
    b.header(
        ws,
        0,
        ["案件编号", "标题", "信访人", "电话", "类型", "来源", "状态", "主办科室", "办结时限", "创建时间"],
        fmt=b.plain_head,
    )
    for i, row in enumerate(CASE_ROWS, 1):
        for c, v in enumerate(row):
            if v:
                ws.write_string(i, c, v)
            else:
                ws.write_blank(i, c, None)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 人大代表建议和政协提案办理台账 of a county 交通运输局, after its account of 2024 办理 (将每一件涉及交通的意见建议分解到
# 每个班子成员，细化到每个业务科室; 加强与人大代表的面商沟通联系; 40件建议和5件提案均于6月20日前全部办理完成，办理结果均为
# 满意): http://www.kmyl.gov.cn/c/2024-09-09/6900384.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header (办理情况 over 面商情况/答复时间/代表委员意见), 分管领导 and 承办股室
# (the bureau's own sections), deadlines as 6月20日前 / 7月31日前 / a date / 年底前 / 2024-2025年 / 长期坚持, 注 and signature.
TRANSPORT_ROWS = [
    (
        "建议",
        "第12号",
        "关于对S212省道文留段破损路面进行修复的建议",
        "张建国",
        "王振华",
        "规划建设股",
        "6月20日前",
        "已面商",
        "2024.6.15",
        "满意",
    ),
    (
        "建议",
        "第27号",
        "关于增开县城至梁庄镇城乡公交班次的建议",
        "刘爱民",
        "李学文",
        "运输服务股",
        "6月20日前",
        "已面商",
        "2024.6.18",
        "满意",
    ),
    (
        "提案",
        "第35号",
        "关于加强农村公路日常养护管理的提案",
        "赵丽",
        "王振华",
        "农村公路管理股",
        "6月20日前",
        "已面商",
        "2024.6.19",
        "基本满意",
    ),
    (
        "建议",
        "第41号",
        "关于在庆祖镇中心小学路段设置减速带和警示标志的建议",
        "孙海涛",
        "陈刚",
        "安全监督股",
        "7月31日前",
        "已面商",
        "",
        "",
    ),
    (
        "建议",
        "第53号",
        "关于整治国道106线货车超限超载的建议",
        "马跃进",
        "陈刚",
        "安全监督股",
        "2024年9月30日",
        "未面商",
        "",
        "",
    ),
    (
        "提案",
        "第48号",
        "关于完善农村客运站候车设施的提案",
        "周敏",
        "李学文",
        "运输服务股",
        "年底前",
        "",
        "",
        "",
    ),
    (
        "建议",
        "第66号",
        "关于加快户部寨至徐镇农村公路提档升级的建议",
        "吴国庆",
        "王振华",
        "规划建设股",
        "2024-2025年",
        "已面商",
        "",
        "",
    ),
    (
        "提案",
        "第19号",
        "关于规范县城出租车运营秩序的提案",
        "郑晓燕",
        "李学文",
        "运输服务股",
        "长期坚持",
        "已面商",
        "2024.6.12",
        "满意",
    ),
]


def write_transport(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县交通运输局2024年人大代表建议和政协提案办理台账", t, 0, 10),
        (1, 0, "填报单位：濮阳县交通运输局（盖章）        填报日期：2024年7月26日", plain, 1, 10),
    ]
    for col, word in enumerate(
        ["序号", "类别", "编号", "建议（提案）题目", "领衔代表（提案人）", "分管领导", "承办股室", "办理时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 8, "办理情况", h, 2, 10))
    for col, word in enumerate(["面商情况", "答复时间", "代表委员意见"], 8):
        cells.append((3, col, word, h))
    for i, row in enumerate(TRANSPORT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 5, 7, 8, 9, 10) else c))
    r = 4 + len(TRANSPORT_ROWS)
    cells += [
        (
            r,
            0,
            "注：代表委员意见分满意、基本满意、不满意三类；答复时间以书面答复函落款日期为准；建议题目中县人大为"
            "县第十七届人大三次会议，提案为县政协第十届三次会议。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "分管领导：王振华    填表人：许丽娜    联系电话：0393-3226851", plain, r + 1, 10),
    ]
    return _write_xls(path, [("办理台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 建议提案办理情况报告 of a city 教育局, after its published account of 2023 办理 (共办理省、市代表建议和政协提案195件，
# 其中市代表建议34件（主办10件、承办4件、会办20件）、市政协提案144件（主办39件、承办13件、会办92件）; 走访率、办复率、
# 满意率均为100%): https://jyj.wuhan.gov.cn/zfxxgk/fdzdgknr/qtzdgknr/jytabl/202312/t20231213_2318305.shtml
# A .docx report: title, 主送, preamble, each 建议/提案 a numbered paragraph （一）…（七） naming 主办/会办 and the bureau's
# own 科室, the 走访/面商/答复 steps and the 办复时限 in sentences, closing paragraph, the bureau and date at the foot.
EDU_PARAS = [
    "（一）市八届人大三次会议第45号建议《关于加快中心城区中小学学位供给的建议》（主办，基础教育科承办）。"
    "按规定应于6月30日前办复。我局于4月12日走访领衔代表，结合2024年城区学校建设计划逐项研究，6月18日书面答复"
    "代表，代表表示满意。",
    "（二）市政协十一届三次会议第112号提案《关于加强校园周边交通安全管理的提案》（会办，安全稳定科承办）。"
    "会办意见应于5月31日前送主办单位，我局已于5月20日函送会办意见。",
    "（三）市政协十一届三次会议第78号提案《关于改善乡村教师周转宿舍条件的提案》（主办，发展规划科承办）。"
    "已完成全市乡村学校周转宿舍摸底，正在申报中央预算内投资项目。经市政府办公室同意，延期至9月30日前办复。",
    "（四）市八届人大三次会议第23号建议《关于规范中小学课后服务收费的建议》（主办，基础教育科承办）。"
    "办复时限为6月30日。5月28日与代表当面协商，6月25日书面答复代表，代表基本满意。",
    "（五）市政协十一届三次会议第131号提案《关于推进职业教育产教融合的提案》（主办，职业教育与成人教育科承办）。"
    "办复时限为6月30日。6月21日书面答复委员，委员满意；所提建议已纳入我局职业教育提质培优行动计划。",
    "（六）市八届人大三次会议第56号建议《关于加强中小学生近视防控的建议》（主办，体育卫生与艺术教育科承办）。"
    "办复时限为6月30日。因承办科室人员调整，该件走访和答复工作尚未启动，已列为局内督办件。",
    "（七）市八届人大三次会议第9号建议《关于建设市级特殊教育资源中心的建议》（会办，特殊教育科承办）。"
    "会办意见报送时限为7月15日。",
]


def write_education(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市教育局关于2024年人大代表建议和政协委员提案办理工作情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年，我局共承办市八届人大三次会议代表建议和市政协十一届三次会议委员提案7件，其中主办5件、会办2件。"
        "我局坚持“走访率、办复率、满意率均达到100%”的目标，逐件明确责任科室和办复时限。现将办理情况报告如下：",
    )
    for text in EDU_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将加强跟踪督办，对已答复件抓好承诺事项落实，对未办结件确保按期办复。")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 12345热线交办单办理台账 of a 镇, after a 街道's account of its hotline handling (累计交办热线298件，已办结294件; 安排专人
# 负责受理热线交办单，根据热线具体内容及时交办给各责任部门，把握时间节点，通过下村实地走访、与来电人见面沟通等方式协调处理
# 解决; 落实回访制度): https://www.ahgc.gov.cn/News/show/595116.html
# An .xlsx: title, 填报单位/统计时段 line, a 说明 line saying the 承办时限 count in working days from the 交办日期, one header
# row (交办日期, 工单编号, 来电人 the complainant, 责任单位 the 村委会/卫生院/学校/站所 and the city power company
# under its short name), 合计 row, signature line.
TOWN_HOTLINE_ROWS = [
    (
        date(2024, 7, 2),
        "2407020013",
        "王女士",
        "前王庄村东头排水沟堵塞，雨后积水倒灌农户院内",
        "柳屯镇前王庄村村民委员会",
        "3个工作日",
        "已疏通排水沟，已办结",
        "满意",
    ),
    (
        date(2024, 7, 3),
        "2407030021",
        "李先生",
        "柳屯镇卫生院门诊无人引导，挂号排队时间长",
        "柳屯镇卫生院",
        "5个工作日",
        "已增设导诊台，已办结",
        "满意",
    ),
    (
        date(2024, 7, 8),
        "2407080007",
        "张先生",
        "镇区主街两侧流动摊贩占道经营，早高峰交通拥堵",
        "柳屯镇综合行政执法大队",
        "3个工作日",
        "正在开展集中整治",
        "",
    ),
    (
        date(2024, 7, 10),
        "2407100015",
        "赵女士",
        "孩子转学至镇中心学校手续办理不畅，多次往返",
        "柳屯镇中心学校",
        "当日",
        "已电话告知转学办理流程，已办结",
        "满意",
    ),
    (
        date(2024, 7, 15),
        "2407150032",
        "刘先生",
        "南街片区夜间频繁停电，变压器负荷不足",
        "濮阳供电公司",
        "5个工作日",
        "已移交濮阳供电公司运检部，正在协调变压器增容",
        "",
    ),
    (
        date(2024, 7, 18),
        "2407180009",
        "孙先生",
        "反映2023年耕地地力保护补贴未到账",
        "柳屯镇农业农村服务中心",
        "5个工作日",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "2407220011",
        "周女士",
        "后王庄村西养殖场异味扰民",
        "柳屯镇后王庄村村民委员会",
        "3个工作日",
        "未办理",
        "",
    ),
    (
        date(2024, 7, 25),
        "2407250004",
        "吴先生",
        "镇敬老院周边道路路灯损坏，夜间出行不便",
        "柳屯镇村镇建设服务中心",
        "3个工作日",
        "已更换路灯5盏，已办结",
        "未回访",
    ),
]


def write_town_hotline(path: Path) -> Path:
    b = Book(path, author="柳屯镇热线办")
    ws = b.sheet("7月台账")
    b.widths(ws, [6, 12, 13, 9, 40, 26, 11, 30, 10])
    b.line(ws, 0, "柳屯镇12345政务服务便民热线交办单办理台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县柳屯镇人民政府（热线办公室）    统计时段：2024年7月1日至7月30日", 8)
    b.line(ws, 2, "说明：承办时限自交办之日起按工作日计算；“当日”件须于交办当日办结并回复来电人。", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "交办日期",
            "工单编号",
            "来电人",
            "反映问题",
            "责任单位",
            "承办时限",
            "办理情况",
            "回访情况",
        ],
    )
    for i, row in enumerate(TOWN_HOTLINE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.row(ws, r, list(row[1:]), first=2)
    end = 4 + len(TOWN_HOTLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "本月交办8件，已办结4件，正在办理2件，未办理1件，未反馈1件", b.cell)
    b.line(ws, end + 1, "审核人：杜卫国    填表人：韩晓燕    联系电话：0393-3361216", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 信访事项督查督办审理表, after a city 信访局's 督查督办工作暂行办法 (承办单位应在收到交办事项之日起60日内办结; 情况复杂的
# 经本单位负责人批准可以适当延长办理期限，但延长期限不得超过30日; 督办主要采取督办、文书督办、约谈督办、实地督办和联合督办;
# 汇报材料应有督查审理表（附件1）): https://www.wnwk.com/doc/252795.html
# A .doc (Word 97 via LibreOffice): title, the 督查处 and date, then one 审理表 per 信访事项 — a card of label/value rows with
# 督查编号, 交办时间 (the base of the 60日 and of a 30日 extension), 承办单位 (short and former names), the 督办人 (the
# inspector), 办理情况 and the closing 审理意见 — a 说明 and the signature at the foot.
REVIEW_CARDS = [
    (
        "2024-督-029",
        "2024年5月6日",
        "来访",
        "清丰县人民政府",
        "反映清丰县仙庄镇某砖瓦厂关停后补偿款至今未落实",
        "无",
        "文书督办",
        "承办单位逾期未办结，未报送汇报材料",
        "约谈督办",
    ),
    (
        "2024-督-031",
        "2024年5月13日",
        "来信",
        "范县人民政府",
        "反映范县陈庄镇某村土地流转租金拖欠两年未兑付",
        "无",
        "实地督办",
        "已督促流转企业兑付全部租金，信访人签字确认",
        "同意结案",
    ),
    (
        "2024-督-032",
        "2024年5月20日",
        "网上信访",
        "市人社局",
        "反映原市属化工厂改制职工养老保险视同缴费年限认定争议",
        "经本单位负责人批准延期30日",
        "文书督办",
        "正在调取原始档案，协调省社保中心复核",
        "继续督办",
    ),
    (
        "2024-督-033",
        "2024年5月27日",
        "来访",
        "市国土资源局",
        "反映华龙区某小区办理不动产权证时被要求补缴土地出让金",
        "无",
        "约谈督办",
        "已约谈开发企业，补缴方案正在制定",
        "继续督办",
    ),
    (
        "2024-督-035",
        "2024年6月11日",
        "来信",
        "华龙区人民政府",
        "反映岳村镇某村集体经济收益分配不公开",
        "无",
        "文书督办",
        "",
        "",
    ),
    (
        "2024-督-036",
        "2024年6月17日",
        "网上信访",
        "市医保局",
        "反映异地就医住院费用报销比例核算错误",
        "无",
        "文书督办",
        "已重新核算并补发差额报销款，信访人表示认可",
        "同意结案",
    ),
    (
        "2024-督-037",
        "2024年6月24日",
        "来访",
        "市住建委",
        "反映濮阳县某棚改安置项目逾期三年未回迁",
        "无",
        "联合督办",
        "已召开专题协调会，安置楼主体完工，正在进行配套建设",
        "继续督办",
    ),
]


def _review_card(doc, n: int, card: tuple) -> None:
    code, handed, form, unit, problem, extend, how, progress, verdict = card
    _paragraph(doc, f"第{n}件", 12, "黑体")
    table = doc.add_table(rows=7, cols=4)
    table.style = "Table Grid"
    pairs = [
        ("督查编号", code, "交办时间", handed),
        ("信访形式", form, "承办单位", unit),
        ("办理期限", "收到交办事项之日起60日内", "督办人", "郭志远"),
    ]
    for r, (k1, v1, k2, v2) in enumerate(pairs):
        for c, text in enumerate((k1, v1, k2, v2)):
            _cell_text(table.cell(r, c), text, bold=c in (0, 2))
    for r, (label, value) in enumerate(
        [("反映问题", problem), ("延期情况", extend), ("办理情况", progress), ("审理意见", verdict)], 3
    ):
        _cell_text(table.cell(r, 0), label, bold=True)
        merged = table.cell(r, 1).merge(table.cell(r, 3))
        _cell_text(merged, value)
    if how:
        _paragraph(doc, f"督办方式：{how}", 10.5)


def write_review_docx(path: Path) -> Path:
    doc = _new_document("督查处")
    _title(doc, "信访事项督查督办审理表（第三批）", 20)
    _paragraph(doc, "濮阳市信访局督查处    2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for n, card in enumerate(REVIEW_CARDS, 1):
        _review_card(doc, n, card)
    _paragraph(
        doc,
        "说明：审理意见分同意结案、继续督办、约谈督办三类；延期办理的，办理期限自原期限届满之日起延长，最长不超过30日。",
        10.5,
    )
    _paragraph(doc, "审核人：周建平    经办人：郭志远", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_review(path: Path) -> Path:
    return via_soffice(write_review_docx, path, "doc", "信访事项督查督办审理表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 信访隐患问题排查化解台账 of a county 信联办, after a county's 信访工作 speech (围绕征地拆迁、脱贫攻坚、环境保护等领域，
# 开展地毯式滚动排查，对摸排的隐患问题登记造册、建立台账; 县信联办每月组织联席研判会议，下发专题通报; 属地镇和责任部门
# 第一时间派人接访): http://m.dybbs8.com/doc-301702185.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, an 排查时间 line
# that 立行立改 counts from, a two-row header (是否化解 over 是/否 with ticks), 包案领导 beside the 责任单位, 8月底前 /
# 第三季度 / 年底前 / a date / 立行立改 / 2025年6月底前 / 长期, 合计 row with 涉及人数, a 注 line and the signature.
RISK_ROWS = [
    (
        "征地拆迁",
        "县产业集聚区二期征地涉及农户对地上附着物补偿标准有异议",
        36,
        "清丰县马庄桥镇人民政府",
        "副县长 王立新",
        "逐户复核附着物清单，依法依规补偿",
        "8月底前",
        "",
        "√",
        "正在逐户复核附着物清单",
    ),
    (
        "脱贫攻坚",
        "柳格镇部分脱贫户反映村级光伏扶贫电站收益分配不透明",
        12,
        "清丰县柳格镇人民政府",
        "镇党委书记 李红军",
        "公开收益分配明细，开展入户解释",
        "2024年7月15日",
        "√",
        "",
        "已公开分配明细，群众已息诉罢访",
    ),
    (
        "环境保护",
        "韩村镇某养殖场粪污直排引发周边村民集体上访隐患",
        50,
        "清丰县韩村镇人民政府",
        "副县长 赵明",
        "限期完成养殖场污染治理设施建设",
        "第三季度",
        "",
        "√",
        "未化解",
    ),
    (
        "涉众金融",
        "某农民专业合作社非法吸收存款到期无法兑付",
        80,
        "清丰县公安局",
        "副县长 孙建设",
        "依法立案侦查，追赃挽损",
        "年底前",
        "",
        "√",
        "已立案侦查，正在追赃挽损",
    ),
    (
        "劳资纠纷",
        "县城某在建商住项目拖欠农民工工资",
        42,
        "清丰县人力资源和社会保障局",
        "副县长 王立新",
        "督促总包单位立即清偿",
        "立行立改",
        "√",
        "",
        "已全部清偿，已息诉罢访",
    ),
    (
        "城乡建设",
        "城关镇某小区开发商未按规划建设配套幼儿园",
        120,
        "清丰县住房和城乡建设局",
        "副县长 赵明",
        "协调开发企业补建配套幼儿园",
        "2025年6月底前",
        "",
        "",
        "",
    ),
    (
        "教育",
        "退休乡村教师反映生活补助发放标准不一",
        25,
        "清丰县教育局",
        "副县长 刘晓芳",
        "统一补助标准并补发差额",
        "9月30日前",
        "",
        "√",
        "正在测算补发资金",
    ),
    (
        "历史遗留",
        "原县属国有企业改制职工安置遗留问题",
        60,
        "清丰县工业和信息化局",
        "县委常委 陈国栋",
        "常态化稳控，逐步化解",
        "长期",
        "",
        "",
        "长期稳控",
    ),
]


def write_risk_book(path: Path) -> Path:
    b = Book(path, author="县信联办")
    ws = b.sheet("排查化解台账")
    b.widths(ws, [6, 10, 40, 8, 26, 16, 28, 14, 6, 6, 28])
    b.line(ws, 0, "清丰县信访隐患问题排查化解台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县信访工作联席会议办公室（盖章）    填报日期：2024年7月29日", 10)
    b.line(ws, 2, "排查时间：2024年7月8日（“立行立改”事项以排查之日为完成时限）", 10)
    for c, word in enumerate(
        ["序号", "排查领域", "隐患问题", "涉及人数", "责任单位", "包案领导", "化解措施", "化解时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "是否化解", b.head)
    b.header(ws, 4, ["是", "否"], first=8)
    b.merge(ws, 3, 10, 4, 10, "化解进展", b.head)
    for i, row in enumerate(RISK_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.center)
        b.put(ws, r, 2, row[1])
        b.put(ws, r, 3, row[2], b.center)
        b.row(ws, r, list(row[3:7]), first=4)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8], b.center)
        b.put(ws, r, 10, row[9])
    end = 5 + len(RISK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "共排查隐患问题8件", b.cell)
    b.put(ws, end, 3, sum(r[2] for r in RISK_ROWS), b.center)
    for c in range(4, 11):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws,
        end + 1,
        "注：已化解的在“是”栏打“√”，未化解的在“否”栏打“√”；各项隐患每月纳入联席会议研判，化解情况下发专题通报。",
        10,
    )
    b.line(ws, end + 2, "审核人：高建民    填表人：范文静    联系电话：0393-7221053", 10)
    return b.close()


def write_risk(path: Path) -> Path:
    return via_soffice(write_risk_book, path, "xls", "信访隐患问题排查化解台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 政府信箱留言处理答复工作情况表, after a city's monthly 政府信箱 report (共收到网民留言3059条，其中咨询类、投诉类、建言
# 献策类; 处理答复3055条，还有4条正在处理中; 附件1 部门处理答复工作情况表、附件2 县（市、区）处理答复工作情况表; 备注：
# 留言数、答复数、答复率的口径，本数据统计时间): https://hackvs.com/www/col/1597916717032/2021/12/14/1639449082629
# An .xlsx of two sheets: 附件1 the statistics table (序号/单位/留言数/答复数/答复率, 合计, 备注 lines — no items), 附件2
# the messages still open or answered late (留言编号, 留言时间, 处理单位 in short names and companies, 答复期限, 处理状态).
MAILBOX_STATS = [
    ("市公安局", 46, 45),
    ("市城管局", 38, 38),
    ("市住建局", 29, 29),
    ("市燃气公司", 12, 11),
    ("市自来水公司", 9, 8),
    ("市公交公司", 7, 7),
    ("华龙区", 31, 30),
    ("濮阳县", 18, 17),
]
MAILBOX_ROWS = [
    (
        "ZFXX2024070112",
        date(2024, 7, 2),
        "绿城小区周边夜市烧烤油烟扰民",
        "投诉",
        "市城管局",
        date(2024, 7, 9),
        "已答复（超期）",
    ),
    (
        "ZFXX2024070245",
        date(2024, 7, 11),
        "胜利路燃气管道改造后入户通气延迟",
        "投诉",
        "市燃气公司",
        date(2024, 7, 18),
        "超期未答复",
    ),
    (
        "ZFXX2024070301",
        date(2024, 7, 15),
        "公交12路夏季发车间隔过长",
        "建言献策",
        "市公交公司",
        date(2024, 7, 22),
        "已答复（超期）",
    ),
    (
        "ZFXX2024070356",
        date(2024, 7, 18),
        "县城学区房户口迁移咨询无人答复",
        "咨询",
        "濮阳县人民政府",
        date(2024, 7, 25),
        "正在处理",
    ),
    (
        "ZFXX2024070410",
        date(2024, 7, 22),
        "昆吾小区片区连续三天停水",
        "求助",
        "市自来水公司",
        date(2024, 7, 29),
        "正在处理",
    ),
    (
        "ZFXX2024070433",
        date(2024, 7, 24),
        "胜利路某小区顶楼违规加盖彩钢房",
        "投诉",
        "华龙区胜利路街道办事处",
        date(2024, 8, 7),
        "",
    ),
    (
        "ZFXX2024070478",
        date(2024, 7, 26),
        "交警违停抄牌标准不一",
        "投诉",
        "市公安局",
        date(2024, 8, 2),
        "正在核查",
    ),
]


def _mailbox_stats(b: Book) -> None:
    ws = b.sheet("附件1")
    b.widths(ws, [6, 20, 12, 12, 12])
    b.line(ws, 0, "7月份“政府信箱”部门处理答复工作情况表", 4, b.title)
    b.header(ws, 1, ["序号", "单位", "留言数", "答复数", "答复率"])
    for i, (unit, got, answered) in enumerate(MAILBOX_STATS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.put(ws, 1 + i, 1, unit, b.center)
        b.put(ws, 1 + i, 2, got, b.center)
        b.put(ws, 1 + i, 3, answered, b.center)
        b.put(ws, 1 + i, 4, round(answered / got, 4), b.pct)
    end = 2 + len(MAILBOX_STATS)
    got = sum(s[1] for s in MAILBOX_STATS)
    answered = sum(s[2] for s in MAILBOX_STATS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, got, b.center)
    b.put(ws, end, 3, answered, b.center)
    b.put(ws, end, 4, round(answered / got, 4), b.pct)
    b.line(ws, end + 1, "备注：", 4)
    b.line(
        ws,
        end + 2,
        "（1）留言数：各单位收到公众有效留言的总数。答复数：各单位答复公众留言并在网上发布总数。",
        4,
    )
    b.line(ws, end + 3, "答复率：各单位答复数与留言数的百分比。", 4)
    b.line(ws, end + 4, "（2）本数据统计时间为2024年7月30日。", 4)


def _mailbox_open(b: Book) -> None:
    ws = b.sheet("附件2")
    b.widths(ws, [6, 18, 12, 36, 10, 24, 12, 16])
    b.line(ws, 0, "7月份“政府信箱”正在处理中及超期答复留言明细", 7, b.title)
    b.header(
        ws, 1, ["序号", "留言编号", "留言时间", "留言标题", "留言类型", "处理单位", "答复期限", "处理状态"]
    )
    for i, row in enumerate(MAILBOX_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    end = 2 + len(MAILBOX_ROWS)
    b.line(ws, end, "备注：答复期限按留言转办时确定的期限填写；本表统计时间为2024年7月30日。", 7)
    b.line(ws, end + 1, "濮阳市人民政府办公室（政府信箱管理）    联系人：牛晓婷    0393-8992307", 7)


def write_mailbox(path: Path) -> Path:
    b = Book(path, author="市政府办公室")
    _mailbox_stats(b)
    _mailbox_open(b)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 市长信箱来信办理情况登记表, after a city's account of its 市长信箱 (分级处理机制: 一般问题3个工作日内，较复杂问题7个工作日
# 内，特殊事项根据实际情况处理; 责任单位: 所属部门、相关职能部门、市政府办公室; 定期公布受理情况及处理结果):
# https://www.tlmhxx.com/nwwd/202507/268968.html
# A CSV in UTF-8 (with BOM, as Excel saves it): a title line, a line stating the three 处理时限 and that they count from
# the 转办日期, one header line (问题级别 and 处理时限 per row, the 来信人 as complainant, short and former names), a 合计
# line and a 填表人 line.
MAYOR_ROWS = [
    (
        "SZXX-0701-03",
        "2024-07-01",
        "张先生",
        "咨询灵活就业人员医保缴费档次调整",
        "一般问题",
        "3个工作日",
        "市医保局",
        "已回复",
        "2024-07-03",
    ),
    (
        "SZXX-0703-11",
        "2024-07-03",
        "王女士",
        "反映孩子小学入学积分计算有误",
        "较复杂问题",
        "7个工作日",
        "市教育局",
        "已回复",
        "2024-07-11",
    ),
    (
        "SZXX-0708-05",
        "2024-07-08",
        "李先生",
        "投诉开州路某化工企业夜间排放刺激性气体",
        "较复杂问题",
        "7个工作日",
        "市环保局",
        "正在核实",
        "",
    ),
    (
        "SZXX-0710-02",
        "2024-07-10",
        "赵先生",
        "反映大庆路与京开道路口信号灯配时不合理",
        "一般问题",
        "3个工作日",
        "市交警支队",
        "已回复",
        "2024-07-12",
    ),
    (
        "SZXX-0715-08",
        "2024-07-15",
        "刘女士",
        "反映南乐县某乡卫生院医生收受红包",
        "特殊事项",
        "根据实际情况处理",
        "南乐县人民政府",
        "已移交县纪委监委调查",
        "",
    ),
    (
        "SZXX-0717-14",
        "2024-07-17",
        "孙先生",
        "咨询二手房交易不动产登记办理时限",
        "一般问题",
        "3个工作日",
        "市不动产登记中心",
        "",
        "",
    ),
    (
        "SZXX-0722-06",
        "2024-07-22",
        "周先生",
        "反映企业职工失业保险金申领被退回",
        "一般问题",
        "3个工作日",
        "市人社局",
        "已回复",
        "2024-07-24",
    ),
    (
        "SZXX-0725-09",
        "2024-07-25",
        "吴女士",
        "反映市第三人民医院夜间急诊候诊时间过长",
        "较复杂问题",
        "7个工作日",
        "市卫健委",
        "未处理",
        "",
    ),
]


def write_mayor(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市“市长信箱”来信办理情况登记表（2024年7月）"])
    w.writerow(
        ["处理时限：一般问题3个工作日内，较复杂问题7个工作日内，均自转办之日起计算；特殊事项根据实际情况处理"]
    )
    w.writerow(
        [
            "序号",
            "来信编号",
            "转办日期",
            "来信人",
            "来信标题",
            "问题级别",
            "处理时限",
            "责任单位",
            "处理结果",
            "回复日期",
        ]
    )
    for i, row in enumerate(MAYOR_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共8件", "", "", "", "已回复4件", ""])
    w.writerow(["填表人：市政府办公室信息科 石磊    2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 承办单位提案办理情况报表 (two system exports in one zip), after the 承办单位 page of a 政协提案 system (datagrid columns
# 提案编号, 案由, 第一提案人, 办理类型, 要求办结日期, 实际办结日期, 状态; buttons 签收, 办理回复, 申退, 查看, 报表; 协办（非主办）
# 不能回复; 提案已办复不能申退):
# https://github.com/gdszm/jw/blob/636e7e6518f42d8d2e11d11d9c89c821f4aad493/WebRoot/general/admin/hand.jsp
# A .zip holding the 报表 of two 承办单位: an .xls (xlwt) and an .xlsx, each a title row naming the unit, an 导出时间 row and
# the grid's columns; a 状态 left blank where the 实际办结日期 is filled, 待签收, 办理中, 已办复.
ZGJ_ROWS = [
    (
        "20240036",
        "关于加快城区闲置土地盘活利用的提案",
        "马宏伟",
        "主办",
        "2024-06-30",
        "2024-06-21",
        "已办复",
    ),
    ("20240052", "关于规范农村宅基地审批管理的提案", "韩雪梅", "主办", "2024-06-30", "", "办理中"),
    ("20240074", "关于推进国土空间生态修复的提案", "何振东", "协办", "2024-05-31", "2024-05-27", ""),
    ("20240091", "关于解决老旧小区不动产证办理难的提案", "许文静", "主办", "2024-08-31", "", "待签收"),
    ("20240103", "关于保护濮阳古城历史风貌的提案", "曾庆林", "协办", "2024-07-31", "", ""),
]
WATER_ROWS = [
    (
        "20240018",
        "关于加强金堤河流域水污染治理的提案",
        "卢国强",
        "主办",
        "2024-06-30",
        "2024-06-26",
        "已办复",
    ),
    ("20240047", "关于实施农村饮水安全巩固提升工程的提案", "梁晓", "主办", "2024-06-30", "", "办理中"),
    ("20240066", "关于完善城区排涝设施的提案", "林峰", "协办", "2024-05-31", "2024-05-30", "已办复"),
    ("20240088", "关于推进引黄灌区节水改造的提案", "何雪", "主办", "2024-09-30", "", "办理中"),
]
PROPOSAL_HEADER = [
    "序号",
    "提案编号",
    "案由",
    "第一提案人",
    "办理类型",
    "要求办结日期",
    "实际办结日期",
    "状态",
]


def write_zgj_report(path: Path) -> Path:
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市自然资源和规划局  承办提案办理情况报表", _xf(bold=True, border=False, size=14), 0, 7),
        (1, 0, "导出时间：2024-07-30 15:42", plain, 1, 7),
    ]
    for col, word in enumerate(PROPOSAL_HEADER):
        cells.append((2, col, word, h))
    for i, row in enumerate(ZGJ_ROWS, 1):
        cells.append((2 + i, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((2 + i, col, v, c if col == 2 else ctr))
    return _write_xls(path, [("提案办理情况", cells)])


def write_water_report(path: Path) -> Path:
    b = Book(path, author="市水利局")
    ws = b.sheet("提案办理情况")
    b.widths(ws, [6, 12, 40, 12, 10, 14, 14, 10])
    ws.write_string(0, 0, "濮阳市水利局  承办提案办理情况报表", b.plain_head)
    ws.write_string(1, 0, "导出时间：2024-07-30 16:05")
    b.header(ws, 2, PROPOSAL_HEADER)
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


def write_proposal_zip(path: Path) -> Path:
    members = [
        ("濮阳市自然资源和规划局提案办理情况报表.xls", write_zgj_report),
        ("濮阳市水利局提案办理情况报表.xlsx", write_water_report),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 领导督办重点提案办理情况调度表, after a county 政协's 领导督办重点提案 rules (从委员提案中精选重点提案，确定督办领导;
# 向承办单位和协办单位发文告知; 督办形式: 协商座谈、专题调研、实地视察、调度办理情况、召开督办会议; 督办结束后各工作室及时
# 总结): https://m.qiqiwenku.com/doc/941436.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 提案工作室/调度时间 line, a table with the 督办领导 (the
# supervisor) beside the 承办单位 and 协办单位, 督办方式, 办理进展, 计划完成时间 as a schedule text / 上半年 / 2023-2025年 /
# 第三季度 / 年底前 / 长期, a 注 line and the 工作室 at the foot.
KEY_PROPOSAL_ROWS = [
    (
        "第7号",
        "关于加快城区雨污分流改造的提案",
        "县政协副主席 刘振华",
        "南乐县住房和城乡建设局",
        "南乐县城市管理局",
        "实地视察",
        "一期管网改造已完工，二期正在招标",
        "8月底前完成二期管网招标，10月底前全部完工",
    ),
    (
        "第15号",
        "关于发展壮大村集体经济的提案",
        "县政协副主席 张秀英",
        "南乐县农业农村局",
        "南乐县财政局",
        "协商座谈",
        "已出台扶持村集体经济发展十条措施，已办结，委员满意",
        "上半年",
    ),
    (
        "第22号",
        "关于缓解城区学校大班额问题的提案",
        "县政协主席 王建设",
        "南乐县教育局",
        "南乐县自然资源局",
        "专题调研",
        "城北新建小学主体已封顶，正在推进",
        "2023-2025年",
    ),
    (
        "第31号",
        "关于提升乡镇卫生院服务能力的提案",
        "县政协副主席 李文博",
        "南乐县卫生健康委员会",
        "",
        "调度办理情况",
        "尚未启动",
        "第三季度",
    ),
    (
        "第38号",
        "关于打造仓颉文化旅游品牌的提案",
        "县政协副主席 赵春梅",
        "南乐县文化广电和旅游局",
        "南乐县梁村乡人民政府",
        "协商座谈",
        "",
        "年底前",
    ),
    (
        "第44号",
        "关于规范城区电动自行车停放充电管理的提案",
        "县政协副主席 刘振华",
        "南乐县城关镇人民政府",
        "南乐县消防救援大队",
        "实地视察",
        "常态化推进",
        "长期",
    ),
]


def write_key_proposals_docx(path: Path) -> Path:
    doc = _new_document("提案工作室")
    _title(doc, "南乐县政协2024年度领导督办重点提案办理情况调度表", 18)
    _paragraph(doc, "南乐县政协提案工作室    调度时间：2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(KEY_PROPOSAL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "提案号",
            "提案名称",
            "督办领导",
            "承办单位",
            "协办单位",
            "督办方式",
            "办理进展",
            "计划完成时间",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "注：督办方式分协商座谈、专题调研、实地视察、调度办理情况四种；办理进展由承办单位填报，提案工作室汇总。",
        10.5,
    )
    _paragraph(doc, "县政协提案工作室（代章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_key_proposals(path: Path) -> Path:
    return via_soffice(write_key_proposals_docx, path, "doc", "领导督办重点提案办理情况调度表.docx")


FILES = [
    ("濮阳市住房和城乡建设局_信访案件导出_20240731.xlsx", write_case_export),
    ("濮阳县交通运输局2024年人大代表建议和政协提案办理台账.xls", write_transport),
    ("濮阳市教育局关于2024年人大代表建议和政协委员提案办理工作情况的报告.docx", write_education),
    ("柳屯镇12345热线交办单办理台账（2024年7月）.xlsx", write_town_hotline),
    ("信访事项督查督办审理表（第三批）.doc", write_review),
    ("清丰县信访隐患问题排查化解台账（2024年7月）.et", write_risk),
    ("7月份政府信箱留言处理答复工作情况表.xlsx", write_mailbox),
    ("市长信箱来信办理情况登记表（2024年7月）.csv", write_mayor),
    ("市政协提案承办单位办理情况报表（市自然资源和规划局、市水利局）.zip", write_proposal_zip),
    ("南乐县政协2024年度领导督办重点提案办理情况调度表.wps", write_key_proposals),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

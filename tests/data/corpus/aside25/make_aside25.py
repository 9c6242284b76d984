"""Write the aside25 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK, a .docx with a table,
a .doc with the items as numbered paragraphs (LibreOffice conversion) and a .zip holding two .xlsx returns.
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside25.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 人大代表建议办理情况表, after a county people's congress system's Excel export of its 建议目录
# (caption as title; two-row header 序号 | 建议编号 | 提建议人 (单位, 姓名) | 建议标题 | 拟主办单位 | 备注):
# https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/suggexcellent.jsp
# The 备注 column carries the handling state; the proposer's 单位 sits beside the handling unit.
SUGG_ROWS = [
    (
        "2024-018",
        "城关镇人民政府",
        "王建华",
        "关于加快老旧小区加装电梯的建议",
        "市住建局",
        "已答复，代表满意",
    ),
    (
        "2024-023",
        "市第一中学",
        "李秀英",
        "关于增设中心城区夜间公交线路的建议",
        "市公交公司",
        "正在办理，已完成线路调研",
    ),
    ("2024-031", "华龙区人民政府", "赵国强", "关于规范校外培训机构收费的建议", "教育局", ""),
    (
        "2024-036",
        "清丰县农业农村局",
        "孙立新",
        "关于建设农产品冷链物流中心的建议",
        "市农委",
        "已答复（B类），列入年度计划",
    ),
    (
        "2024-042",
        "南乐县人民医院",
        "周敏",
        "关于在乡镇卫生院配备急救车的建议",
        "市卫计委",
        "正在协调，8月底前答复",
    ),
    ("2024-047", "范县陈庄镇人民政府", "吴俊峰", "关于治理黄河滩区非法采砂的建议", "市水务局", "未启动"),
    ("2024-055", "台前县残疾人联合会", "郑春梅", "关于提高残疾人两项补贴标准的建议", "市残联", "已办结"),
]


def write_sugg(path: Path) -> Path:
    b = Book(path, author="选联工委")
    ws = b.sheet("建议目录")
    b.widths(ws, [6, 12, 20, 10, 40, 14, 30])
    b.line(ws, 0, "市十届人民代表大会第三次会议代表建议办理情况表", 6, b.title)
    b.line(ws, 1, "填报单位：市人大常委会选举联络人事任免工作委员会        填报日期：2024年7月26日", 6)
    for c, word in [(0, "序号"), (1, "建议编号"), (4, "建议标题"), (5, "拟主办单位"), (6, "备注")]:
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 2, 2, 3, "提建议人", b.head)
    b.header(ws, 3, ["单位", "姓名"], first=2)
    for i, row in enumerate(SUGG_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    b.line(ws, 5 + len(SUGG_ROWS), "注：备注栏填写办理进度。", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 民心网诉求请示单办理情况, after a city public-security site's 民心网 list (受理编号 | 投诉标题 | 责任部门 |
# 投诉时间 | 拟办时间 | 状态, the state one of 未处理 / 处理中 / 办结 / 超时):
# https://github.com/nanlei/GXGA/blob/23e38f9beff3cf9cd8051d5b8e324548a1a3638a/src/main/webapp/Freemarker/front/oa/minxinwang_list.ftl
# Exported as CSV in GBK with a title and export-time line above the header and a count line below.
WEEK_ROWS = [
    ("20240701003", "华龙区绿城路夜间施工噪音扰民", "市城管执法局", "2024-07-01", "2024-07-08", "办结"),
    (
        "20240703011",
        "京开大道与中原路交叉口信号灯配时不合理",
        "市交警支队",
        "2024-07-03",
        "2024-07-15",
        "处理中",
    ),
    ("20240705020", "胜利路金色家园小区二次供水水质发黄", "市自来水公司", "2024-07-05", "2024-07-12", "办结"),
    ("20240709031", "企业职工社保缴费基数核定错误", "市人社局", "2024-07-09", "2024-07-19", "超时"),
    ("20240712044", "农贸市场周边流动摊贩占道经营", "市市场监管局", "2024-07-12", "2024-07-26", "处理中"),
    ("20240716052", "住房公积金提取审核时间过长", "公积金中心", "2024-07-16", "2024-07-23", "办结"),
    ("20240722067", "公交18路高峰时段发车间隔过长", "公交公司", "2024-07-22", "2024-08-05", "未处理"),
    ("20240725071", "不动产登记网上预约号源紧张", "不动产登记中心", "2024-07-25", "2024-08-08", "处理中"),
]


def write_week(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["民心网诉求请示单办理情况（2024年7月）", "", "", "", "", ""])
    w.writerow(["导出时间：2024-07-31 09:00", "", "", "", "", ""])
    w.writerow(["受理编号", "投诉标题", "责任部门", "投诉时间", "拟办时间", "状态"])
    w.writerows(WEEK_ROWS)
    w.writerow(["合计：8件，其中办结3件、处理中3件、超时1件、未处理1件", "", "", "", "", ""])
    w.writerow(["注：拟办时间为责任部门承诺的办结时限。", "", "", "", "", ""])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 重点工作任务推进情况, after a college's 部门重点工作 self-assessment table (是否完成 | 自评分 | 详细说明 |
# 工作任务 | 任务分解/时序进度 | 考核要点; the 时序进度 cell holds the schedule, e.g. "3月 …", "1月至4月 …"):
# https://github.com/twotom/performanceappraisal/blob/faa38976643fa4f30ac9ca54cb976b8066e4316f/src/main/webapp/WEB-INF/templates/department_key/217.ftl
# A .docx table; the sending unit is named only in the title; the deadline is the last date of the schedule.
TASK_ROWS = [
    (
        "未完成",
        "",
        "首批12个项目已申报，第二批正在筛选",
        "争取中央预算内投资项目资金",
        "3月 完成项目储备库更新；6月底前 完成首批项目申报；10月底前 完成全年申报任务",
        "申报项目数、到位资金额",
    ),
    (
        "已完成",
        "95",
        "迎检材料已于7月12日报送",
        "做好营商环境评价迎检工作",
        "4月至5月 开展自评；7月15日前 报送迎检材料",
        "材料报送及时完整",
    ),
    (
        "",
        "",
        "长期坚持，按月归集",
        "推进社会信用信息归集共享",
        "常态化推进，按月归集公共信用信息",
        "归集数据质量",
    ),
    (
        "已完成",
        "98",
        "计划已经市政府常务会议审定印发",
        "编制重点项目年度投资计划",
        "1月底前 完成计划编制；2月 报市政府审定",
        "计划按时印发",
    ),
    (
        "未完成",
        "",
        "",
        "开展粮食收储企业安全生产检查",
        "6月 制定检查方案；8月底前 完成全覆盖检查",
        "检查覆盖率",
    ),
    (
        "未完成",
        "",
        "已完成8个监测点改造，其余正在施工",
        "推进价格监测点规范化建设",
        "9月底前 完成20个监测点规范化改造",
        "改造完成数",
    ),
]


def write_task(path: Path) -> Path:
    doc = _new_document("市发改委办公室")
    _title(doc, "市发改委2024年重点工作任务推进情况表")
    _paragraph(doc, "（截至2024年7月25日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc, ["是否完成", "自评分", "详细说明", "工作任务", "任务分解/时序进度", "考核要点"], TASK_ROWS, 10
    )
    _paragraph(doc, "说明：是否完成栏填写“已完成”或“未完成”；未完成的在详细说明栏写明进度。", 12)
    _paragraph(doc, "填表人：刘洋    审核人：陈志刚    联系电话：0393-8991234", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 中央环保督察组交办问题线索办理情况统计表, after a provincial news page's 办理情况统计表 (title, 第一批至第九批
# subtitle, 市地 | 已办件数 | 办结件数, a 合计 row):
# https://haerbin.baogaosu.com/xinwen/%25E4%25B8%25AD%25E5%25A4%25AE%25E7%258E%25AF%25E5%25A2%2583%25E4%25BF%259D%25E6%258A%25A4%25E7%259D%25A3%25E5%25AF%259F%25E7%25BB%2584%25E8%25BD%25AC%25E5%258A%259E%25E9%2597%25AE%25E9%25A2%2598%25E7%25BA%25BF%25E7%25B4%25A2/49199943
# .ods: the first sheet is that statistics table (no items), the second the 明细 behind it.
ENV_ROWS = [
    (
        "第一批",
        "D1-001",
        "华龙区",
        "化工园区夜间异味扰民",
        "市环保局",
        "2024年6月30日前",
        "已责令企业整改，复查合格",
        "是",
    ),
    (
        "第一批",
        "D1-004",
        "濮阳县",
        "养殖场粪污直排金堤河",
        "濮阳县人民政府",
        "7月底前",
        "正在整改，已建设粪污收集池",
        "否",
    ),
    (
        "第二批",
        "D2-003",
        "清丰县",
        "砖厂无环保手续违法生产",
        "清丰县人民政府",
        "2024.7.15",
        "已关停取缔",
        "是",
    ),
    ("第三批", "D3-006", "南乐县", "生活垃圾填埋场渗滤液外溢", "市城管局", "9月30日前完成", "部分完成", "否"),
    ("第四批", "D4-002", "范县", "黄河滩区非法倾倒建筑垃圾", "市住建局", "8月15日前", "未整改", "否"),
    (
        "第五批",
        "D5-009",
        "台前县",
        "加油站油气回收装置未正常运行",
        "市商务局",
        "2024年7月10日",
        "已整改，验收合格",
        "是",
    ),
    (
        "第六批",
        "D6-011",
        "华龙区",
        "沿街餐饮油烟直排居民区",
        "华龙区人民政府",
        "",
        "长期坚持，常态化巡查",
        "",
    ),
    (
        "第七批",
        "D7-005",
        "开发区",
        "污水处理厂出水总磷超标",
        "市水利局",
        "第三季度",
        "正在协调提标改造资金",
        "否",
    ),
]
ENV_STATS = [("华龙区", 2, 1), ("濮阳县", 1, 0), ("清丰县", 1, 1), ("南乐县", 1, 0), ("范县", 1, 0)]
ENV_STATS += [("台前县", 1, 1), ("开发区", 1, 0)]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="市环保督察协调联络组")
    ws = b.sheet("统计表")
    b.widths(ws, [16, 12, 12])
    b.line(ws, 0, "中央生态环境保护督察组交办问题线索办理情况统计表", 2, b.title)
    b.line(ws, 1, "（第一批至第七批，截至2024年7月28日）", 2)
    b.header(ws, 2, ["县区", "已办件数", "办结件数"])
    for i, row in enumerate(ENV_STATS, 3):
        b.row(ws, i, list(row))
    b.row(ws, 3 + len(ENV_STATS), ["合计", 8, 3])
    ws2 = b.sheet("明细")
    b.widths(ws2, [6, 8, 10, 10, 30, 16, 16, 28, 10])
    b.line(ws2, 0, "中央生态环境保护督察组交办问题线索办理情况明细表", 8, b.title)
    b.header(
        ws2,
        1,
        ["序号", "批次", "受理编号", "县区", "举报内容", "责任单位", "办理时限", "办理情况", "是否办结"],
    )
    for i, row in enumerate(ENV_ROWS, 1):
        b.row(ws2, 1 + i, [i, *row])
    b.line(ws2, 3 + len(ENV_ROWS), "填报人：张伟    联系电话：0393-4412345    2024年7月29日", 8, b.right)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "交办问题线索办理情况统计表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 中央环保督察组交办群众来信来电举报案件统计表（第十五批）, after a city daily's report of the 15th batch (交办
# date, 重点案件 count, 涉水/大气/土壤/生态/噪声/油烟 types, the 县（区）and 市直部门 handling them; the table was an image):
# http://read.0437.com/reader/paper.asp?Aid=17094&Fid=4229
# .xls; a 重点案件 column ticked √; the 办理时限 partly "15个工作日内" counted from the 交办日期 column.
PET_ROWS = [
    (
        "X15-01",
        "2024-07-08",
        "东方路洗车店废水直排雨水管网",
        "涉水",
        "√",
        "华龙区人民政府",
        "15个工作日内",
        "已办结，已拆除排污管",
    ),
    (
        "X15-02",
        "2024-07-08",
        "高新区铸造企业夜间冲天炉冒黑烟",
        "大气",
        "√",
        "市生态环境局",
        "15个工作日内",
        "正在调查核实",
    ),
    (
        "X15-03",
        "2024-07-08",
        "王助镇废旧塑料加工点焚烧垃圾",
        "大气",
        "",
        "清丰县人民政府",
        "2024年7月20日",
        "已取缔，复查合格",
    ),
    (
        "X15-04",
        "2024-07-09",
        "居民小区地下车库改建KTV噪声扰民",
        "噪声",
        "",
        "市文广新局",
        "2024年7月31日前",
        "未整改",
    ),
    (
        "X15-05",
        "2024-07-09",
        "马颊河沿岸违规开垦种植",
        "生态",
        "√",
        "市自然资源局",
        "9月底前",
        "正在整改，已恢复植被30亩",
    ),
    ("X15-06", "2024-07-10", "烧烤一条街油烟无净化设施", "油烟", "", "市城市管理局", "15个工作日内", ""),
    (
        "X15-07",
        "2024-07-10",
        "废弃农药包装物随意丢弃田间",
        "土壤",
        "",
        "市农业局",
        "8月底前",
        "已开展回收专项行动，正在推进",
    ),
]


def write_pet(path: Path) -> Path:
    title, plain, center = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(border=False),
        _xf(center=True),
    )
    head, cell = _xf(bold=True, center=True), _xf()
    cells: list[tuple] = [
        (0, 0, "中央环保督察组交办群众来信来电举报案件统计表（第十五批）", title, 0, 8),
        (1, 0, "2024年7月27日", plain, 1, 8),
    ]
    words = [
        "序号",
        "受理编号",
        "交办日期",
        "举报内容",
        "污染类型",
        "重点案件",
        "责任单位",
        "办理时限",
        "办理进展",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(PET_ROWS, 1):
        cells.append((2 + i, 0, i, center))
        cells += [(2 + i, c, v, center if c in (1, 2, 4, 5) else cell) for c, v in enumerate(row, 1)]
    last = 3 + len(PET_ROWS)
    cells.append(
        (last, 0, "备注：第十五批交办案件7件，其中重点案件3件；办理时限自交办之日起计算。", plain, last, 8)
    )
    cells.append((last + 1, 0, "市生态环境保护委员会办公室（盖章）", plain, last + 1, 8))
    return _write_xls(path, [("第十五批", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 省环保督察热线转办信访件办理情况, after a city daily's monthly notice (收到转办信访件N件, 办结N件, 属实/不属实,
# 具体办理情况 in the government's 专栏):
# https://epaper.guanhai.com.cn/conpaper/qdrb/h5/html5/2020-11/07/content_18542_3562202.htm
# A .doc report whose items are numbered paragraphs, each naming its 责任单位 and 办理时限.
HOT_PARAS = [
    (
        "1. 受理编号SR0701。反映老城区菜市场活禽宰杀污水横流。经核查，情况属实。责任单位：市市场监管局。"
        "办理时限：2024年7月20日前。办理情况：已责令集中宰杀、规范排水，已办结。"
    ),
    (
        "2. 受理编号SR0704。反映濮水河支流有死鱼漂浮。经核查，情况部分属实。责任单位：市生态环境局。"
        "办理时限：8月10日前。办理情况：已取样送检，正在排查上游排污口。"
    ),
    (
        "3. 受理编号SR0709。反映城东建材市场货车扬尘严重。经核查，情况属实。责任单位：市交通运输局。"
        "办理时限：7月底前。办理情况：未整改。"
    ),
    (
        "4. 受理编号SR0712。反映医院医疗废物暂存间未密闭。经核查，情况属实。责任单位：市卫健委。"
        "办理时限：2024年7月25日。办理情况：已整改，复查合格，予以销号。"
    ),
    (
        "5. 受理编号SR0716。反映工业园区供热站燃煤锅炉未拆除。经核查，情况属实。责任单位：市工信局。"
        "办理时限：2024年12月31日前。办理情况：正在制定拆改方案。"
    ),
    (
        "6. 受理编号SR0721。反映农村河塘生活垃圾堆积。经核查，情况属实。责任单位：胡村乡人民政府。"
        "办理时限：8月底前。"
    ),
]


def write_hot_docx(path: Path) -> Path:
    doc = _new_document("市生态环境委员会办公室")
    _title(doc, "关于7月份省环保督察热线转办信访件办理情况的通报")
    _paragraph(
        doc,
        "7月，我市共收到省环保督察热线转办信访件6件，其中属实5件，部分属实1件；已办结2件。"
        "现将各件办理情况通报如下：",
    )
    for text in HOT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "请各责任单位按时限办结，并将办理结果报市生态环境委员会办公室。")
    _paragraph(doc, "市生态环境委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hot(path: Path) -> Path:
    return via_soffice(write_hot_docx, path, "doc", "省环保督察热线转办信访件办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 审计项目整改完成情况列表, after a state-owned group's internal-audit system list 审计项目整改完成待审核列表
# (序号 | 审计项目名称 | 整改对接人 | 整改责任人 | 整改责任部门 | 整改时限 | 整改问题状态):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/webapp/views/bimr/bimrInsideAuditProject/rectifyFeedbackCheckList.jsp
# A .zip of two returns; each names its unit only in the title and file name, the rows name its sections.
AUDIT_RETURNS = [
    (
        "市卫健委",
        [
            (
                "2023年度部门预算执行审计",
                "公务接待费用超标准列支",
                "王芳",
                "李明",
                "财务科",
                "2024年6月30日",
                "已整改",
            ),
            (
                "2023年度部门预算执行审计",
                "政府采购项目未按规定公开招标",
                "王芳",
                "赵强",
                "规划财务科",
                "9月底前",
                "整改中",
            ),
            (
                "专项资金审计",
                "基本公共卫生服务补助资金滞留",
                "王芳",
                "刘洁",
                "基层卫生科",
                "2024.8.31",
                "未整改",
            ),
            ("专项资金审计", "固定资产账实不符", "王芳", "陈涛", "办公室", "2024年7月15日", "已整改"),
        ],
    ),
    (
        "市文广新局",
        [
            (
                "2023年度经济责任审计",
                "非遗保护专项经费使用不规范",
                "孙丽",
                "周斌",
                "非遗科",
                "2024年8月31日",
                "整改中",
            ),
            (
                "2023年度经济责任审计",
                "文物保护工程未办理竣工决算",
                "孙丽",
                "吴刚",
                "文物科",
                "年底前",
                "未整改",
            ),
            (
                "2023年度经济责任审计",
                "下属剧院房屋出租未进行评估",
                "孙丽",
                "郑红",
                "财务审计科",
                "2024年7月20日",
                "已整改",
            ),
            ("专项资金审计", "公共文化服务体系建设资金闲置", "孙丽", "冯磊", "公共服务科", "", "整改中"),
        ],
    ),
]


def write_audit_book(path: Path, unit: str, rows: list[tuple]) -> Path:
    b = Book(path, author=unit)
    ws = b.sheet("整改列表")
    b.widths(ws, [6, 26, 32, 12, 12, 14, 16, 14])
    b.line(ws, 0, f"{unit}审计项目整改完成情况列表", 7, b.title)
    words = ["序号", "审计项目名称", "审计发现问题", "整改对接人", "整改责任人", "整改责任部门", "整改时限"]
    b.header(ws, 1, [*words, "整改问题状态"])
    for i, row in enumerate(rows, 1):
        b.row(ws, 1 + i, [i, *row])
    b.line(ws, 3 + len(rows), f"填报单位（盖章）：{unit}      填报日期：2024年7月29日", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, rows in AUDIT_RETURNS:
            name = f"审计项目整改完成情况列表（{unit}）.xlsx"
            member = write_audit_book(Path(tmp) / name, unit, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 危险源辨识与隐患管控清单, after an HSSE system's hazard-list table (WorkAreaName 工作区域, IdentificationDate
# 辨识日期, ControllingPerson 管控责任人, ControlMeasures 控制措施, Remark 备注):
# https://github.com/FraneYang/SUBHSSE/blob/d606e94a04a317cdddcba3d7a32c7825ad6bb337/DataBase/%E7%89%88%E6%9C%AC%E6%97%A5%E5%BF%97/%E5%B7%B2%E6%9B%B4%E6%96%B0/2017/2017-04/SUBHSSEDB_V2017-04-21-001.sql
# .et (Excel 97 by LibreOffice); a two-row header with 整改情况 over 已整改 / 未整改 ticks; the company named only
# in the title, its departments in the rows; a 填表说明 and signature block.
HAZ_ROWS = [
    (
        "一号锅炉房",
        "燃气泄漏报警器失灵",
        "较大",
        date(2024, 7, 2),
        "更换报警器并联动切断阀",
        "马俊",
        "生产技术部",
        "7月10日前",
        "√",
        "",
        "",
    ),
    (
        "城东换热站",
        "高压配电室未配备绝缘手套和绝缘靴",
        "一般",
        date(2024, 7, 3),
        "配齐绝缘防护用品",
        "杨帆",
        "设备部",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "供热管网",
        "管网检查井盖板破损",
        "一般",
        date(2024, 7, 5),
        "更换检查井盖板",
        "高峰",
        "管网运行部",
        "8月底前",
        "",
        "√",
        "",
    ),
    (
        "化学品库房",
        "库房机械通风设施损坏",
        "一般",
        date(2024, 7, 8),
        "修复通风设施",
        "林涛",
        "物资部",
        "2024年8月15日",
        "",
        "√",
        "",
    ),
    (
        "运行班组",
        "2名特种作业人员操作证过期",
        "一般",
        date(2024, 7, 9),
        "组织复审培训",
        "何静",
        "安全环保部",
        "9月30日前",
        "",
        "",
        "已报名8月复审培训",
    ),
    (
        "公司本部",
        "生产安全事故应急预案未按期修订",
        "一般",
        date(2024, 7, 12),
        "修订并备案应急预案",
        "宋洁",
        "安全环保部",
        "年底前",
        "",
        "",
        "",
    ),
    (
        "全公司",
        "有限空间作业审批制度执行不严格",
        "较大",
        date(2024, 7, 15),
        "作业前逐项审批",
        "马俊",
        "生产技术部",
        "长期坚持",
        "",
        "",
        "长期坚持，每次作业前审批",
    ),
]


def write_haz_book(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("管控清单")
    b.widths(ws, [6, 12, 30, 8, 12, 22, 10, 12, 14, 8, 8, 24])
    b.line(ws, 0, "濮阳市龙都热力有限公司危险源辨识与隐患管控清单", 11, b.title)
    b.line(ws, 1, "填报部门：安全环保部                    2024年7月26日", 11)
    words = [
        "序号",
        "工作区域",
        "危险源/隐患描述",
        "风险等级",
        "辨识日期",
        "控制措施",
        "管控责任人",
        "责任部门",
    ]
    for c, word in enumerate([*words, "完成时限"]):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 9, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "未整改"], first=9)
    ws.merge_range(2, 11, 3, 11, "备注", b.head)
    for i, row in enumerate(HAZ_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        for c in (9, 10):
            b.put(ws, 3 + i, c, row[c - 1], b.center)
    last = 4 + len(HAZ_ROWS)
    b.line(ws, last, "填表说明：整改情况在对应栏内打“√”；辨识日期为隐患登记日期。", 11)
    b.line(ws, last + 1, "填表人：宋洁        审核人：马俊        联系电话：0393-6678123", 11)
    return b.close()


def write_haz(path: Path) -> Path:
    return via_soffice(write_haz_book, path, "xls", "危险源辨识与隐患管控清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 景区巡查反馈问题整改情况, after a county tourism bureau's 巡查反馈 list (景区单位名称 | 得分 | 整改反馈, the
# feedback 未反馈 / 已反馈):
# https://github.com/iferianto/yongtailandscapemanager/blob/5f63b877f2c59bc51d7da7b679499dc27e68cb37/trunk/gsj/WebRoot/WEB-INF/content/admin/xcfq/list.jsp
# .xlsx; the preamble states the base date for "15日内"; the 景区 operator is the unit to correct.
PATROL_ROWS = [
    ("濮阳戚城文物景区管理处", 86, "游客中心消防通道堆放杂物", "7月20日前", "已清理完毕，整改完成"),
    ("濮阳县张挥公园管理处", 78, "水上游乐项目救生员配备不足", "15日内", "正在招聘持证救生员"),
    ("清丰县单拐革命旧址纪念馆", 91, "展厅应急照明灯损坏", "2024年7月18日", "已更换，复查合格"),
    ("范县毛楼生态旅游区管理有限公司", 72, "观光车驾驶员无特种设备作业证", "8月31日前", "未反馈"),
    (
        "台前县将军渡黄河风景区",
        80,
        "临河步道防护栏杆松动",
        "2024.8.10",
        "已加固部分栏杆，其余正在施工",
    ),
    ("南乐县仓颉陵景区管理处", 84, "售票处未公示投诉电话", "7月15日前", "已公示，整改完成"),
    ("濮阳绿色庄园旅游开发有限公司", 69, "游乐设施未按期检验", "15日内", "未整改"),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="市文广旅局")
    ws = b.sheet("巡查反馈")
    b.widths(ws, [6, 32, 8, 34, 14, 34])
    b.line(ws, 0, "2024年第三季度A级旅游景区安全巡查反馈问题整改情况", 5, b.title)
    b.line(ws, 1, "巡查时间：2024年7月8日—7月10日；反馈时间：2024年7月12日。“15日内”自反馈之日起计算。", 5)
    b.header(ws, 2, ["序号", "景区单位名称", "得分", "巡查发现问题", "整改时限", "整改反馈"])
    for i, row in enumerate(PATROL_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(PATROL_ROWS), "市文化广电和旅游局市场管理科    2024年7月30日", 5, b.right)
    return b.close()


FILES = [
    ("市十届人大三次会议代表建议办理情况表.xlsx", write_sugg),
    ("民心网诉求请示单办理情况（2024年7月）.csv", write_week),
    ("市发改委2024年重点工作任务推进情况表.docx", write_task),
    ("中央环保督察组交办问题线索办理情况统计表.ods", write_env),
    ("中央环保督察组交办群众来信来电举报案件统计表（第十五批）.xls", write_pet),
    ("关于7月份省环保督察热线转办信访件办理情况的通报.doc", write_hot),
    ("审计项目整改完成情况列表（两家单位）.zip", write_audit),
    ("濮阳市龙都热力有限公司危险源辨识与隐患管控清单.et", write_haz),
    ("A级旅游景区安全巡查反馈问题整改情况.xlsx", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

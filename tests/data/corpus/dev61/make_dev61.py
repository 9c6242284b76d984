"""Write the dev61 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV
in UTF-8 with BOM, a .docx with a table, a .doc whose items are numbered paragraphs, a .wps (Word 97 via
LibreOffice) with a table and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev61.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 12345热线转办工单办理情况, after a county 12345政务服务热线中心's quarterly 运行情况分析报告 (话务与非话务渠道:
# 省长信箱、书记市长信箱、省级12345热线…; 有效工单、转派成员单位、在线办结、综合办结率、回访满意率; 诉求内容分类):
# http://www.hengdong.gov.cn/zmhd/12345rx/gzjb/jdtj/20250422/i3643616.html
# A CSV in UTF-8 with BOM: title and 统计时间 lines, one header row (受理渠道/诉求类型/受理时间/承办单位/办理时限 in
# working days from 受理/办理状态/回访满意度), a 合计 line and the centre's name at the foot.
HOTLINE_ROWS = [
    (
        "12345-20240702-0031",
        "话务",
        "投诉",
        "2024-07-02 09:15",
        "金堤路菜市场周边夜间烧烤油烟扰民",
        "市城市管理局",
        "5个工作日",
        "已办结",
        "满意",
    ),
    (
        "12345-20240705-0107",
        "书记市长信箱",
        "求助",
        "2024-07-05 10:42",
        "城乡居民医保关系转移接续一直办不下来",
        "市医疗保障局",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "12345-20240708-0012",
        "话务",
        "投诉",
        "2024-07-08 08:31",
        "小区二次供水水箱长期未清洗，自来水有异味",
        "自来水公司",
        "5个工作日",
        "已办结",
        "基本满意",
    ),
    (
        "12345-20240710-0254",
        "省级12345热线",
        "举报",
        "2024-07-10 15:20",
        "某驾校收取培训费后拒不安排练车",
        "市交通运输局",
        "15个工作日",
        "已办结",
        "满意",
    ),
    (
        "12345-20240715-0063",
        "话务",
        "咨询",
        "2024-07-15 11:05",
        "灵活就业人员社保缴费基数如何选择",
        "人社局",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "12345-20240718-0140",
        "政府网站",
        "投诉",
        "2024-07-18 16:48",
        "长庆路一处窨井盖破损存在安全隐患",
        "华龙区人民政府",
        "5个工作日",
        "逾期未办",
        "",
    ),
    (
        "12345-20240722-0018",
        "话务",
        "求助",
        "2024-07-22 09:57",
        "城关镇后寨村主街路灯损坏多日无人维修",
        "城关镇人民政府",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "12345-20240729-0091",
        "话务",
        "投诉",
        "2024-07-29 14:12",
        "购物中心观光电梯频繁故障困人",
        "市场监管局",
        "5个工作日",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345政务服务便民热线转办工单办理情况（2024年7月）"])
    w.writerow(["统计时间：2024年7月1日—7月31日    办理时限自受理之日起按工作日计算"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理渠道",
            "诉求类型",
            "受理时间",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "回访满意度",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "转派成员单位8件，综合办结4件", "", "", "", ""])
    w.writerow(["濮阳市12345政务服务热线中心    2024年7月31日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 人大代表建议办理情况一览表, after a city's account of the 代表建议 of its 人代会 (大会类建议、闭会类建议; 涉及营商环境、
# 生态保护、文旅发展、教育医疗、社区养老; 分别交由市级有关单位办理, 合办; 全部办结并答复代表):
# http://www.xa.gov.cn/ztzl/ztzl/2023xalh/zxbd/63ed880ef8fd1c4c21403fbe.html
# An .xlsx: title, 填报单位 line, a two-row header (承办单位 over 主办/协办, 办理情况 over 答复时间/办理结果), the 领衔代表
# beside the handling unit, 交办日期 with 办理时限 partly "3个月内", a 合计 row and a 注 line.
NPC_ROWS = [
    (
        "大会第0012号",
        "大会",
        "关于加快城区公办幼儿园建设的建议",
        "张建华",
        "市教育局",
        "市财政局",
        date(2024, 3, 15),
        "3个月内",
        date(2024, 6, 10),
        "已答复，代表满意",
    ),
    (
        "大会第0027号",
        "大会",
        "关于支持社区嵌入式养老服务设施建设的建议",
        "李秀英",
        "市民政局",
        "市卫计委",
        date(2024, 3, 15),
        "2024年6月30日前",
        None,
        "正在办理，已完成选址调研",
    ),
    (
        "大会第0045号",
        "大会",
        "关于治理马颊河沿岸黑臭水体的建议",
        "王国庆",
        "环保局",
        "市水利局",
        date(2024, 3, 15),
        "3个月内",
        None,
        "推进中，已制定治理方案",
    ),
    (
        "大会第0063号",
        "大会",
        "关于优化企业开办“一网通办”流程的建议",
        "刘志强",
        "市政务服务中心",
        "市市场监督管理局",
        date(2024, 3, 15),
        "3个月内",
        date(2024, 5, 28),
        "已答复",
    ),
    (
        "闭会第0003号",
        "闭会",
        "关于在老旧小区增设电动自行车充电设施的建议",
        "赵丽娟",
        "市住建局",
        "市消防救援支队",
        date(2024, 5, 20),
        "3个月内",
        None,
        "",
    ),
    (
        "大会第0071号",
        "大会",
        "关于提高乡村医生待遇保障水平的建议",
        "陈卫东",
        "市卫计委",
        "市财政局",
        date(2024, 3, 15),
        "2024.6.15",
        date(2024, 6, 14),
        "已办复",
    ),
    (
        "大会第0088号",
        "大会",
        "关于发展乡村夜间文旅消费的建议",
        "孙红梅",
        "市文广新局",
        "市商务局",
        date(2024, 3, 15),
        "3个月内",
        None,
        "未启动",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="建议提案科")
    ws = b.sheet("代表建议")
    b.widths(ws, [6, 14, 8, 40, 12, 18, 18, 14, 16, 14, 26])
    b.line(ws, 0, "市十届人大三次会议代表建议办理情况一览表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（建议提案科）    截至2024年7月31日", 10)
    for c, word in enumerate(["序号", "建议号", "类别", "建议题目", "领衔代表"]):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 5, 2, 6, "承办单位", b.head)
    ws.write_string(3, 5, "主办单位", b.head)
    ws.write_string(3, 6, "协办单位", b.head)
    ws.merge_range(2, 7, 3, 7, "交办日期", b.head)
    ws.merge_range(2, 8, 3, 8, "办理时限", b.head)
    ws.merge_range(2, 9, 2, 10, "办理情况", b.head)
    ws.write_string(3, 9, "答复时间", b.head)
    ws.write_string(3, 10, "办理结果", b.head)
    for i, row in enumerate(NPC_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    r = 4 + len(NPC_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 10, "共7件，已答复3件")
    b.line(ws, r + 1, "注：办理时限自交办之日起计算；大会建议于3月15日集中交办。", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 巡察反馈问题整改落实情况台账, after an account of how a city turned 巡视反馈 into 整改台账 (问题清单、责任清单、
# 任务清单, 明确责任、限时办结、跟踪问效; 建立长效机制):
# https://www.21xqjy.com/archive/zheng-zhou-fan-kui-xun-shi-zheng-gai-jian-shi-xiao-shi-min-guan-qie-wen-ti-de-dao-kuai-su-jie-jue-yu.html
# A .docx: the sending unit named only in the title and the signature; preamble with the 反馈 date; one table whose
# 责任清单 names the unit's own 科室; 销号情况 column.
PATROL_ROWS = [
    (
        "落实全面从严治党主体责任压力传导不够，层层递减",
        "党组每季度专题研究党风廉政建设，签订责任书",
        "党组书记；机关党委",
        "长期坚持",
        "常态化推进，每季度专题研究一次",
        "",
    ),
    (
        "公务用车使用登记不规范，存在无单派车",
        "制定公务用车管理办法，实行一车一档",
        "分管副局长；办公室",
        "2024年5月底前",
        "已完成，管理办法已印发执行",
        "已销号",
    ),
    (
        "部分政府投资工程项目未按规定履行招标程序",
        "逐项核查，补充履行程序，追究相关人员责任",
        "分管副局长；建筑市场监管科",
        "2024年9月30日",
        "正在整改，已对3个项目补充履行程序，剩余2个正在核查",
        "未销号",
    ),
    (
        "住房保障专项资金拨付滞后",
        "立即拨付滞留资金，建立资金拨付月报制度",
        "分管副局长；住房保障科、财务科",
        "立行立改",
        "已整改，资金已全部拨付到位",
        "已销号",
    ),
    (
        "物业服务企业信用评价工作推进缓慢",
        "出台信用评价细则，年内完成首次评价",
        "分管副局长；房地产市场监管科",
        "2024年6月30日前",
        "进展滞后，评价细则尚未出台",
        "未销号",
    ),
    (
        "干部教育培训针对性不强",
        "制定分层分类培训计划，开展业务专题培训",
        "分管副局长；人事科",
        "2024年12月底前",
        "已制定年度培训计划，已举办2期专题培训",
        "",
    ),
    (
        "城建档案数字化工作未按计划完成",
        "采购数字化服务，倒排工期",
        "分管副局长；城建档案馆",
        "2024年10月底前",
        "",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("党组办公室")
    _title(doc, "中共濮阳市住房和城乡建设局党组关于市委第三巡察组反馈问题整改落实情况台账")
    _paragraph(
        doc,
        "2024年4月12日，市委第三巡察组向局党组反馈了巡察意见。局党组对照反馈问题建立问题清单、任务清单、"
        "责任清单，明确责任、限时办结、跟踪问效，现将截至2024年7月底的整改落实情况列表如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "问题清单",
            "任务清单（整改措施）",
            "责任清单（责任领导；责任科室）",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
        body,
    )
    _paragraph(doc, "中共濮阳市住房和城乡建设局党组", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 生态环境保护督察转办群众举报件办理情况汇总表, after an account of a 督察 round's 转办群众举报 (累计转办、办结率;
# 后续重点督办未办结案件; 雨污混排、养殖废水; 鲟鱼养殖基地落实废水达标排放):
# https://www.huanbaole.com/jienen/96058.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (办理情况 over 调查核实 and 处理和整改情况, 办结情况 beside),
# a 合计 row and a 注 line.
EPA_ROWS = [
    (
        "第1批",
        "D410900202406010105",
        "城区部分路段雨污混排，雨后污水漫溢",
        "水",
        "市住房和城乡建设局",
        "2024年9月30日",
        "属实",
        "已完成12处混接点改造，剩余8处正在施工",
        "阶段性办结",
    ),
    (
        "第1批",
        "D410900202406010112",
        "鲟鱼养殖基地养殖尾水未经处理直排河道",
        "水",
        "范县人民政府",
        "2024年7月15日",
        "属实",
        "已责令整改，新建尾水处理设施已通过验收",
        "已办结",
    ),
    (
        "第2批",
        "X410900202406040208",
        "混凝土搅拌站夜间作业粉尘噪声扰民",
        "大气、噪声",
        "华龙区人民政府",
        "2024.7.20",
        "部分属实",
        "已下达整改通知，夜间停止作业，料场全部覆盖",
        "已办结",
    ),
    (
        "第3批",
        "D410900202406080311",
        "化工企业储罐区挥发性有机物异味明显",
        "大气",
        "濮阳县人民政府",
        "2024年8月底前",
        "属实",
        "企业正在安装储罐废气收集装置",
        "未办结",
    ),
    (
        "第4批",
        "X410900202406120402",
        "垃圾填埋场渗滤液调节池防渗层破损",
        "土壤、地下水",
        "市城市管理局",
        "2024年12月31日",
        "属实",
        "尚未整改",
        "未办结",
    ),
    (
        "第5批",
        "D410900202406160517",
        "河道无序采砂破坏岸线植被",
        "生态",
        "市水利局",
        "长期坚持",
        "属实",
        "长效管控，常态化巡查",
        "长期坚持",
    ),
    (
        "第6批",
        "D410900202406200603",
        "加油站油气回收装置不正常运行",
        "大气",
        "市生态环境局",
        "2024年8月15日",
        "",
        "",
        "",
    ),
]


def write_epa(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "第三轮中央生态环境保护督察转办群众举报件办理情况汇总表（第1—6批）", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    填报时间：2024年7月31日",
            plain,
            1,
            10,
        ),
    ]
    for col, word in enumerate(
        ["序号", "转办批次", "受理编号", "举报内容", "污染类型", "责任单位", "办结时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 7, "办理情况", h, 2, 9))
    cells.append((2, 10, "办结情况", h, 3, 10))
    cells.append((3, 7, "调查核实", h))
    cells.append((3, 8, "处理和整改情况", h, 3, 9))
    for i, row in enumerate(EPA_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row[:7], 1):
            cells.append((r, col, v, ctr if col in (1, 4, 7) else c))
        cells.append((r, 8, row[7], c, r, 9))
        cells.append((r, 10, row[8], ctr))
    r = 4 + len(EPA_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "转办7件，已办结2件，阶段性办结1件", c, r, 10),
        (
            r + 1,
            0,
            "注：办结时限以转办单载明的时限为准；需长期整改的按长效管控要求持续推进。",
            plain,
            r + 1,
            10,
        ),
    ]
    return _write_xls(path, [("汇总表", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 环境信访件办理登记表, after a district 环保局's 年度环境信访工作汇报 (受理信访案件, 废水、废气、噪声、固废、建设项目
# 分类; 局长负责、分管局长督办、监察大队承办、各科室协同; 局领导带案下访):
# https://xiexiebang.com/a5/201905134/9fc1686d79671494.html
# A .wps (Word 97 via LibreOffice): the sending unit under its former name in the title, a summary paragraph, one table
# with the 信访人 and the unit's own 承办科室 and 督办领导, 办理期限 partly "60日内" from 受理日期, a signature line.
PETITION_ROWS = [
    (
        "2024-06-03",
        "李某某",
        "印染厂废水排放口水色发黑",
        "废水",
        "环境监察大队",
        "刘副局长",
        "60日内",
        "已办结，责令停产整改并立案处罚",
    ),
    (
        "2024-06-17",
        "王某",
        "铸造企业熔炼炉烟尘无组织排放",
        "废气",
        "大气环境科",
        "刘副局长",
        "60日内",
        "正在办理，企业已订购布袋除尘设备",
    ),
    (
        "2024-07-02",
        "张某",
        "KTV夜间音响低频噪声扰民",
        "噪声",
        "环境监察大队",
        "陈副局长",
        "2024年7月12日",
        "已办结，经监测超标，已安装隔音设施",
    ),
    (
        "2024-07-08",
        "匿名",
        "建筑工地夜间打桩施工",
        "噪声",
        "环境监察大队",
        "陈副局长",
        "7月底前",
        "正在协调住建部门联合查处",
    ),
    (
        "2024-07-11",
        "赵某",
        "汽修厂喷漆房废气无处理设施",
        "废气",
        "大气环境科",
        "刘副局长",
        "2024.8.10",
        "未办理",
    ),
    (
        "2024-07-16",
        "孙某",
        "诊所医疗废物暂存间未上锁随意堆放",
        "固废",
        "固体废物管理科",
        "陈副局长",
        "60日内",
        "",
    ),
    (
        "2024-07-22",
        "周某",
        "沥青拌合站异味影响周边村庄",
        "废气",
        "大气环境科",
        "刘副局长",
        "2024年8月5日前",
        "已办结，拌合站已加装除味装置",
    ),
]


def write_petition_docx(path: Path) -> Path:
    doc = _new_document("信访办")
    _title(doc, "濮阳市环保局2024年7月环境信访件办理登记表", 18)
    _paragraph(
        doc,
        "本期登记环境信访件7件，其中废水1件、废气3件、噪声2件、固废1件。按照局长负责、分管局长督办、"
        "科室承办的机制办理，办理期限自受理之日起计算。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(PETITION_ROWS, 1)]
    _table(
        doc,
        ["序号", "受理日期", "信访人", "反映问题", "类别", "承办科室", "督办领导", "办理期限", "办理结果"],
        body,
        10,
    )
    _paragraph(doc, "登记人：吴晓燕    审核：刘建国    2024年7月31日", 12)
    return _save_fixed(doc, path)


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_docx, path, "doc", "环境信访件办理登记表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 安全生产隐患排查整治台账, after a 乡人民政府's 安全生产工作实施意见 (乡长第一责任人、分管领导具体负责、各村(社区)委会
# 主任为辖区第一责任人; 落实安全生产主体责任, 杜绝重特大事故):
# https://xiexiebang.com/a4/2019051215/462e8ad94611422d.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 and 检查时间 line, a two-row header with √ under 是/否 of
# 是否整改到位, the 检查人 beside the 整改责任单位, a 说明 and the signature line of the 乡长 and 分管领导.
SAFETY_ROWS = [
    (
        "李庄村",
        "木材加工厂",
        "木材加工车间除尘设备未可靠接地",
        "濮阳市宏达木业有限公司",
        "张伟、刘强",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "后店村",
        "加油站",
        "加油站消防沙池沙量不足、灭火毯缺失",
        "濮阳市顺通石油销售有限公司",
        "张伟、刘强",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "王助村",
        "烟花爆竹零售点",
        "烟花爆竹零售点与居民住宅未保持安全距离",
        "濮阳县王助乡鑫源烟花爆竹零售部",
        "李明、赵军",
        "2024年8月31日",
        "",
        "√",
        "正在协调搬迁新址",
    ),
    (
        "南街村",
        "文化广场",
        "村文化广场灯杆漏电保护装置缺失",
        "王助乡南街村村民委员会",
        "李明、赵军",
        "7月底前",
        "",
        "√",
        "",
    ),
    (
        "孟楼村",
        "砖厂",
        "砖厂窑顶作业平台防护栏缺失",
        "濮阳市孟楼新型建材有限公司",
        "张伟、刘强",
        "2024年7月25日",
        "√",
        "",
        "",
    ),
    (
        "集镇",
        "农贸市场",
        "农贸市场电动车集中充电处私拉电线",
        "濮阳市王助农贸市场管理有限公司",
        "李明、赵军",
        "2024年8月10日",
        "",
        "",
        "",
    ),
    (
        "韩庄村",
        "养殖场",
        "养殖场沼气池未设置警示标志和防护盖板",
        "濮阳县韩庄生态养殖专业合作社",
        "张伟、刘强",
        "2024年7月18日",
        "√",
        "",
        "",
    ),
]


def write_safety_book(path: Path) -> Path:
    b = Book(path, author="乡安办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 10, 14, 34, 30, 12, 16, 6, 6, 18])
    b.line(ws, 0, "王助乡人民政府2024年7月安全生产隐患排查整治台账", 9, b.title)
    b.line(ws, 1, "填报单位（盖章）：王助乡人民政府安全生产办公室    检查时间：2024年7月8日—7月12日", 9)
    for c, word in enumerate(
        ["序号", "村（社区）", "检查对象", "隐患内容", "整改责任单位", "检查人", "整改期限"]
    ):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 7, 2, 8, "是否整改到位", b.head)
    ws.write_string(3, 7, "是", b.head)
    ws.write_string(3, 8, "否", b.head)
    ws.merge_range(2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(SAFETY_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        for c in (7, 8):
            b.put(ws, 3 + i, c, row[c - 1], b.center)
    r = 5 + len(SAFETY_ROWS)
    b.line(ws, r, "说明：1.整改到位的在“是”栏内打“√”，未整改到位的在“否”栏内打“√”并在备注中注明进展；", 9)
    b.line(ws, r + 1, "2.各村（社区）委会主任为本村（社区）安全生产第一责任人。", 9)
    b.line(ws, r + 2, "乡长：            分管领导：            填表人：            联系电话：", 9)
    return b.close()


def write_safety(path: Path) -> Path:
    return via_soffice(write_safety_book, path, "xls", "安全生产隐患排查整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 政协提案办理情况的通报, after a city government's 通报 of its 提案办理 (交由市政府及有关部门办理; 满意和基本满意率;
# 已经解决或采纳的提案、列入解决计划的提案、受条件限制的向委员说明):
# http://www.cnhubei.com/xwzt/2010zt/whlh2010/kb/201001/t917142.shtml
# A .doc (Word 97 via LibreOffice): a report whose items are numbered paragraphs under two headings, each naming the
# 提案人 beside the 主办单位, its 办复时限 and 办理情况.
CPPCC_PARAS = [
    (
        "一、已办结的提案",
        [
            (
                "（一）第15号《关于规范校外培训机构收费行为的提案》（提案人：李敏委员）。主办单位：市教育局；"
                "协办单位：市市场监督管理局。办复时限：2024年6月30日。办理情况：已答复委员，委员表示满意。"
            ),
            (
                "（二）第23号《关于加快农村供水管网改造的提案》（提案人：民盟濮阳市委员会）。主办单位：市水务局。"
                "办复时限：2024年6月底前。办理情况：已办结，改造管网46公里，已答复。"
            ),
            (
                "（三）第37号《关于推动非物质文化遗产进校园的提案》（提案人：赵振华委员）。主办单位：市文化广电和旅游局。"
                "办复时限：2024年7月15日。办理情况：已答复委员。"
            ),
            (
                "（四）第70号《关于公交线路覆盖城东新建小区的提案》（提案人：周海涛委员）。主办单位：市公交公司。"
                "办复时限：2024年7月20日。办理情况：已新开通2条线路，已答复委员。"
            ),
        ],
    ),
    (
        "二、尚未办结的提案",
        [
            (
                "（五）第41号《关于加强城区停车设施建设的提案》（提案人：郑伟委员）。主办单位：市城管执法局。"
                "办复时限：2024年9月30日前。办理情况：已完成停车泊位普查，正在编制停车设施专项规划。"
            ),
            (
                "（六）第52号《关于支持中小企业数字化转型的提案》（提案人：九三学社濮阳市委员会）。主办单位：市工信局。"
                "办复时限：2024年10月底前。办理情况：正在办理。"
            ),
            (
                "（七）第58号《关于完善残疾人就业帮扶机制的提案》（提案人：马丽委员）。主办单位：市残联；协办单位："
                "人社局。办复时限：2024年8月31日。办理情况：尚未启动。"
            ),
        ],
    ),
]


def write_cppcc_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于市政协十届三次会议部分提案办理情况的通报")
    _paragraph(doc, "各提案承办单位：")
    _paragraph(
        doc,
        "市政协十届三次会议以来，交由市政府系统办理的提案共86件，已全部交办。各承办单位认真研究办理，"
        "截至2024年7月底，满意和基本满意率达到98.6%。现将部分提案办理情况通报如下：",
    )
    for heading, paras in CPPCC_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cppcc(path: Path) -> Path:
    return via_soffice(write_cppcc_docx, path, "doc", "提案办理情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 8. 重点项目推进督查调度表, after a 市委督查室's account of its 督查调度 of the 项目推进年 (市直部门和县区; 前期尚未开工的
# 项目中已开工或形成实际工作量的, 预计或争取年内开工的):
# http://www.tianlingjianzhu.com/content/bangongting/content-57-7370-1.html
# An .xlsx: title, 督查单位 and 调度时间 line, one header row, the 责任单位 merged down over its rows, 调度情况 as
# sentences and a 督查意见 column of the inspector.
SUPERVISE_GROUPS = [
    (
        "市发展和改革委员会",
        [
            (
                "濮阳东站综合交通枢纽",
                "枢纽配套地块征地拆迁未完成",
                "2024年8月底前",
                "已完成征地85%，剩余正在协商",
                "加快推进",
            ),
            ("现代物流园区二期", "项目立项审批手续未办结", "2024年7月20日", "已取得立项批复", "同意销号"),
        ],
    ),
    (
        "市工业和信息化局",
        [
            (
                "新材料产业园标准化厂房",
                "厂房主体未按期开工",
                "争取年内开工",
                "已完成施工图设计，正在招标",
                "倒排工期",
            ),
            (
                "氢能装备制造项目",
                "主要设备采购合同未签订",
                "2024.7.10",
                "已签订采购合同，设备分批到货",
                "同意销号",
            ),
        ],
    ),
    (
        "市交通运输局",
        [("国道342改线工程", "施工便道占压农田未复垦", "9月30日前", "尚未启动复垦", "限期整改")],
    ),
    (
        "清丰县人民政府",
        [
            ("县城集中供热扩网工程", "供热管网施工进度滞后于序时进度", "2024年10月31日", "", "请加快推进"),
            (
                "农村污水处理站运维",
                "部分已建成站点未正常运行",
                "长期坚持",
                "常态化推进，纳入月度考核",
                "持续跟踪",
            ),
        ],
    ),
    (
        "市城市管理局",
        [
            (
                "老城区雨污分流改造",
                "施工围挡占用人行道影响通行",
                "2024年7月25日",
                "已完成整改，经复查合格",
                "同意销号",
            )
        ],
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="市委督查室")
    ws = b.sheet("调度表")
    b.widths(ws, [6, 20, 26, 34, 16, 34, 14])
    b.line(ws, 0, "市委市政府重点项目推进督查调度表（第7期）", 6, b.title)
    b.line(ws, 1, "督查单位：市委督查室    调度时间：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "责任单位", "项目名称", "督办事项", "督办时限", "调度情况", "督查意见"])
    r, n = 3, 0
    for unit, rows in SUPERVISE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, unit, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "联系人：市委督查室 王磊    电话：0393-4412345", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 民生实事项目推进情况表, after a district 人大's 督查 of its 民生实事项目 progress (现场督办, 幼儿园、文体中心项目
# 施工现场, 听取推进情况汇报; 确保各项目标任务如期完成):
# http://dangqun.jsxishan.gov.cn/rd/doc/2024/12/26/1279469.shtml
# An .ods (LibreOffice conversion): title, 督查 line, one header row whose 时间节点安排 is a schedule text holding the
# deadline, progress sentences, a 完成比例 column and a 说明 line.
LIVELIHOOD_ROWS = [
    (
        "新建城东公办幼儿园",
        "新建城东公办幼儿园1所，新增学位540个",
        "市教育局",
        "3月底前完成招标，5月底前主体封顶，8月底前竣工交付",
        "主体已封顶，正在内部装修",
        "65%",
    ),
    (
        "市文体中心全民健身馆改造",
        "改造提升市文体中心全民健身馆1处",
        "市文广旅局",
        "4月底前开工，10月底前完工",
        "已完工，通过竣工验收",
        "100%",
    ),
    (
        "公交候车亭建设",
        "为城区60处公交站台加装候车亭",
        "公交公司",
        "上半年完成选址，年底前全部安装",
        "已完成选址，已安装28处",
        "47%",
    ),
    (
        "老旧小区改造",
        "改造提升城区老旧小区24个",
        "市住房和城乡建设局",
        "2024年4-10月",
        "已开工10个，其余正在办理施工许可",
        "42%",
    ),
    (
        "老年人健康体检",
        "免费为65岁以上老年人开展健康体检",
        "市卫生健康委员会",
        "2024年第三季度完成",
        "",
        "",
    ),
    (
        "公共停车泊位建设",
        "新增城区公共停车泊位2000个",
        "市城市管理局",
        "6月底前完成1000个，9月底前全部完成",
        "因用地未落实，尚未开工",
        "0",
    ),
    (
        "农村饮水安全巩固提升",
        "实施农村饮水安全巩固提升工程，惠及5万人",
        "市水利局",
        "5月底前完成招标，9月底前通水",
        "已全部完工通水",
        "100%",
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="教科文卫工委")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 22, 36, 18, 36, 30, 10])
    b.line(ws, 0, "2024年市级民生实事项目推进情况表（截至7月底）", 6, b.title)
    b.line(ws, 1, "督查单位：市人大常委会教科文卫工委    督查时间：2024年7月25日—7月30日", 6)
    b.header(
        ws, 2, ["序号", "项目名称", "年度目标任务", "责任单位", "时间节点安排", "截至7月底进展", "完成比例"]
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 4 + len(LIVELIHOOD_ROWS)
    b.line(ws, r, "说明：时间节点按市政府办公室印发的民生实事项目分解方案填写，完成比例由责任单位自报。", 6)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "民生实事项目推进情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 涉企诉求办理情况台账 from two departments, after a county's 涉企诉求闭环管理 (领导下沉访、部门精准收、工商联搭桥引、
# 平台自主集, 承接12345涉企工单; 收集—交办—办理—反馈, 分类限时办结):
# https://www.spprec.com/sczwweb/zwgknew/028004/20250721/586b1970-92d6-4cca-a1c5-db1354f6b1d0.html
# A .zip of two .xlsx returns, each naming its unit only in the 填报单位 line and the member's name (one under a former
# name), one header row with the 企业名称 and the 收集渠道, 办理时限 in working days from 交办日期, a signature line.
BIZ_RETURNS = [
    (
        "市发展和改革委员会",
        "濮阳市发展和改革委员会",
        [
            (
                "ZQ-2407-003",
                "濮阳华信化工有限公司",
                "项目节能审查意见迟迟未出具",
                "政企通平台",
                date(2024, 7, 3),
                "15个工作日",
                "已出具节能审查意见，已办结",
                "满意",
            ),
            (
                "ZQ-2407-011",
                "濮阳市丰源物流有限公司",
                "申报省级物流示范园区缺少政策辅导",
                "市领导季度走访",
                date(2024, 7, 10),
                "5个工作日",
                "已办结，上门辅导申报材料",
                "满意",
            ),
            (
                "ZQ-2407-019",
                "河南中原石化设备有限公司",
                "企业用电扩容项目适用电价政策不清",
                "工商联恳谈会",
                date(2024, 7, 17),
                "15个工作日",
                "正在会同供电公司研究",
                "",
            ),
            (
                "ZQ-2407-026",
                "濮阳市恒泰纺织有限公司",
                "技改补贴资金申请提交后未获回复",
                "12345涉企工单",
                date(2024, 7, 25),
                "5个工作日",
                "",
                "",
            ),
        ],
    ),
    (
        "市国土局",
        "濮阳市国土资源局",
        [
            (
                "ZQ-2407-005",
                "濮阳市金鼎置业有限公司",
                "已缴清土地出让金但不动产权证办理受阻",
                "政企通平台",
                date(2024, 7, 4),
                "15个工作日",
                "已办结，权证已发放",
                "满意",
            ),
            (
                "ZQ-2407-014",
                "濮阳市润禾农业科技有限公司",
                "设施农业用地备案手续办理时间过长",
                "部门走访",
                date(2024, 7, 11),
                "5个工作日",
                "已办结",
                "基本满意",
            ),
            (
                "ZQ-2407-022",
                "濮阳市天成建材有限公司",
                "厂区规划调整方案审批进度慢",
                "工商联恳谈会",
                date(2024, 7, 19),
                "15个工作日",
                "规划调整方案已上会研究，待批复",
                "",
            ),
            (
                "ZQ-2407-030",
                "河南豫濮新能源有限公司",
                "光伏项目用地预审意见未出具",
                "12345涉企工单",
                date(2024, 7, 26),
                "5个工作日",
                "未办理",
                "",
            ),
        ],
    ),
]


def write_biz_book(path: Path, unit: str, rows: list[tuple]) -> Path:
    b = Book(path, author=unit)
    ws = b.sheet("涉企诉求")
    b.widths(ws, [6, 14, 28, 36, 16, 12, 12, 30, 10])
    b.line(ws, 0, "2024年7月涉企诉求办理情况台账", 8, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{unit}    填报日期：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "诉求编号",
            "企业名称",
            "诉求内容",
            "收集渠道",
            "交办日期",
            "办理时限",
            "办理进展",
            "企业评价",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 4 + len(rows)
    b.line(ws, r, "注：简单诉求5个工作日内办结，跨部门诉求15个工作日内办结，时限自交办之日起计算。", 8)
    b.line(ws, r + 1, "分管领导：            填表人：            联系电话：", 8)
    return b.close()


def write_biz(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for short, unit, rows in BIZ_RETURNS:
            name = f"涉企诉求办理情况台账（{short}）.xlsx"
            member = write_biz_book(Path(tmp) / name, unit, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 审计查出问题整改情况表, after an article on who carries which 审计整改责任 (被审计单位承担整改主体责任, 主管部门承担
# 督促责任, 审计机关承担跟踪检查责任; 整改结果认定):
# https://fx361.cc/page/2024/1008/24674202.shtml
# An .xlsx: title, 填报单位 line, a two-row header with √ under 已整改/部分整改/未整改, the 主管部门 beside the
# 被审计单位, a 合计 row, a 填表说明 and the signature block.
AUDIT_ROWS = [
    (
        "非税收入未及时缴入国库",
        1268.5,
        "市资规局",
        "市财政局",
        "2024年6月30日",
        "√",
        "",
        "",
        "已全部缴入国库",
    ),
    (
        "部分项目支出预算执行率低于50%",
        3560.0,
        "市教育局",
        "市财政局",
        "2024年9月30日",
        "",
        "√",
        "",
        "预算执行率已提高到62%",
    ),
    (
        "公立医院大型医疗设备闲置未充分使用",
        842.3,
        "市卫生健康委员会",
        "市财政局",
        "2024年12月31日",
        "",
        "",
        "√",
        "",
    ),
    (
        "高标准农田建设项目竣工验收不及时",
        2150.0,
        "市农委",
        "市财政局",
        "2024.8.31",
        "",
        "√",
        "",
        "已完成验收12个，剩余5个",
    ),
    (
        "就业补助资金向不符合条件人员发放",
        36.8,
        "市人力资源和社会保障局",
        "市财政局",
        "2024年7月15日",
        "√",
        "",
        "",
        "已追回全部资金",
    ),
    (
        "部分单位政府采购未按规定公开采购意向",
        "—",
        "市公共资源交易中心",
        "市财政局",
        "长期坚持",
        "",
        "",
        "",
        "长期坚持",
    ),
    (
        "行政事业性国有资产出租未履行审批程序",
        58.6,
        "市城管执法局",
        "市财政局",
        "2024年8月31日",
        "",
        "",
        "",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计整改办")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 36, 12, 22, 14, 16, 8, 8, 8, 24])
    b.line(ws, 0, "2023年度市级预算执行审计查出问题整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（整改跟踪检查）    截至2024年7月31日", 9)
    words = [
        "序号",
        "审计查出问题",
        "问题金额（万元）",
        "整改责任单位（被审计单位）",
        "督促整改单位（主管部门）",
        "整改期限",
    ]
    for c, word in enumerate(words):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 6, 2, 8, "整改情况", b.head)
    for c, word in enumerate(["已整改", "部分整改", "未整改"], 6):
        ws.write_string(3, c, word, b.head)
    ws.merge_range(2, 9, 3, 9, "整改结果说明", b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        for c in (6, 7, 8):
            b.put(ws, 3 + i, c, row[c - 1], b.center)
    r = 4 + len(AUDIT_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "7项", b.cell)
    b.put(ws, r, 2, 7916.2, b.cell)
    for c in range(3, 10):
        b.put(ws, r, c, None)
    b.line(
        ws,
        r + 1,
        "填表说明：1.整改情况在相应栏内打“√”；2.问题金额以审计报告认定为准；3.长期坚持事项按年度报告进展。",
        9,
    )
    b.line(
        ws, r + 2, "填表人：            审核人：            联系电话：            填报日期：2024年7月30日", 9
    )
    return b.close()


FILES = [
    ("2024年7月12345热线转办工单办理情况.csv", write_hotline),
    ("市十届人大三次会议代表建议办理情况一览表.xlsx", write_npc),
    ("市住建局党组巡察反馈问题整改落实情况台账.docx", write_patrol),
    ("第三轮中央生态环境保护督察转办群众举报件办理情况.xls", write_epa),
    ("2024年7月环境信访件办理登记表.wps", write_petition),
    ("王助乡2024年7月安全生产隐患排查整治台账.et", write_safety),
    ("关于市政协十届三次会议部分提案办理情况的通报.doc", write_cppcc),
    ("重点项目推进督查调度表（第7期）.xlsx", write_supervise),
    ("2024年市级民生实事项目推进情况表.ods", write_livelihood),
    ("涉企诉求办理情况台账（两单位）.zip", write_biz),
    ("2023年度市级预算执行审计查出问题整改情况表.xlsx", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

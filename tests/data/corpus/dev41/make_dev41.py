"""Write the dev41 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and one more inside the zip), .xls (xlwt, and one more inside the zip), an .et and an .ods
(LibreOffice conversions), a CSV in GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a
.wps (Word 97 via LibreOffice) with a table, and a .zip of two returns. Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev41.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
# 1. 巡察“回头看”反馈问题整改落实督查台账, after a development zone 纪检监察工委督查组's check of the 市委专项巡察反馈
# 问题 not yet 整改销号 (专题研究部署; 整改方案、整改清单; 查阅资料、走访调研、约谈提醒; 整改质效评估，每半月研判):
# http://ylz.xiangyang.gov.cn/ztzl/dflz/gzzc/202311/t20231113_3456765.shtml
# An .xlsx: title, 督查单位/督查时间 line, a two-row header whose 整改落实情况 spans three tick columns (已整改销号 /
# 正在整改 / 未整改), a 督查意见 column and the 督查人 (the inspector) beside the 责任单位, a 合计 row, signatures.
PATROL_ROWS = [
    (
        "城区老旧小区改造项目资金拨付滞后，部分项目长期未竣工验收",
        "市住建局",
        "2024年6月30日",
        0,
        "资料齐全，经核查已整改到位，同意销号",
        "刘建军",
    ),
    (
        "不动产登记“体外循环”问题未彻底清理",
        "市不动产登记中心",
        "2024年9月底前",
        1,
        "已清理积压件136件，剩余部分正在核查",
        "刘建军",
    ),
    (
        "执法检查中“以罚代管”问题反弹",
        "市城管执法局",
        "2024年7月20日",
        2,
        "未见整改措施，已约谈提醒",
        "张海燕",
    ),
    (
        "公积金贷款审批超出承诺时限",
        "市公积金中心",
        "2024年5月31日",
        0,
        "审批时限已压缩至10个工作日，复查通过",
        "张海燕",
    ),
    (
        "违规发放津补贴问题未全部清退",
        "市房管局",
        "2024年8月31日",
        1,
        "已清退12.6万元，剩余3.2万元正在追缴",
        "王立新",
    ),
    (
        "燃气老旧管网更新改造推进缓慢",
        "市燃气有限公司",
        "2024年8月底前完成改造方案，12月底前全部完成",
        1,
        "改造方案已完成初稿",
        "王立新",
    ),
    (
        "建筑市场“挂证”专项整治不彻底",
        "市住建局",
        "长期坚持",
        None,
        "常态化开展专项整治",
        "刘建军",
    ),
    (
        "二次供水设施清洗消毒记录不全",
        "自来水公司",
        "2024年7月31日",
        None,
        "",
        "张海燕",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("督查台账")
    b.widths(ws, [6, 34, 16, 22, 10, 10, 10, 28, 10])
    b.line(ws, 0, "市委第二巡察组巡察“回头看”反馈问题整改落实情况督查台账", 8, b.title)
    b.line(ws, 1, "督查单位：市委巡察工作领导小组办公室第二督查组    督查时间：2024年7月15日—7月26日", 8)
    for c, word in enumerate(["序号", "巡察反馈问题", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实情况（在相应栏内打“√”）", b.head)
    b.header(ws, 3, ["已整改销号", "正在整改", "未整改"], first=4)
    b.merge(ws, 2, 7, 3, 7, "督查意见", b.head)
    b.merge(ws, 2, 8, 3, 8, "督查人", b.head)
    for i, (problem, unit, limit, tick, opinion, who) in enumerate(PATROL_ROWS):
        r = 4 + i
        ticks = ["√" if tick == k else "" for k in range(3)]
        b.row(ws, r, [i + 1, problem, unit, limit], fmt=None)
        b.put(ws, r, 0, i + 1, b.center)
        for k, mark in enumerate(ticks):
            b.put(ws, r, 4 + k, mark, b.center)
        b.put(ws, r, 7, opinion)
        b.put(ws, r, 8, who, b.center)
    end = 4 + len(PATROL_ROWS)
    b.merge(ws, end, 0, end, 3, "合计（共8个问题）", b.center)
    for k in range(3):
        b.put(ws, end, 4 + k, sum(1 for row in PATROL_ROWS if row[3] == k), b.center)
    b.put(ws, end, 7, "")
    b.put(ws, end, 8, "")
    b.line(ws, end + 2, "督查组组长：王立新    督查组成员：刘建军、张海燕    2024年7月29日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 问题清单周报, after a state-owned construction group's 问题清单周报制度 (生产经营中遇到的、各类检查与考核中发现的
# 问题事项; 逐项明确分管领导、责任部门、责任人员、完成时限; 《新增问题清单》《推进落实问题清单》《已办结销号问题清单》;
# 综合办公室汇总; 纪检监察部门督查督办; 能力作风建设年):
# https://www.gkjsjt.cn/news/575.html
# An .xlsx with the three lists as three sheets; the sending unit is named only in the title and the file name, the
# rows name its 科室 (责任部门); the new list has no progress column, the closed list a 办结时间 and 销号情况.
WEEK_TITLE = "市公共资源交易中心“能力作风建设年”问题清单周报（2024年第30周）"
WEEK_BASE = ["序号", "问题事项", "问题来源", "分管领导", "责任部门", "责任人员", "完成时限"]
WEEK_NEW = [
    (
        "开标室视频监控存在盲区，部分评标过程无录像",
        "纪检监察组督查",
        "李卫东",
        "场地服务科",
        "赵磊",
        "8月15日前",
    ),
    (
        "窗口工作人员午间轮岗不到位，群众反映中午办事找不到人",
        "群众来电反映",
        "王红",
        "综合科",
        "陈静",
        "2024.8.10",
    ),
]
WEEK_OPEN = [
    (
        "电子保函系统与银行对接不畅，企业保证金退还超期",
        "企业座谈会",
        "李卫东",
        "交易服务科",
        "孙浩",
        "2024年7月底前",
        "已与3家银行完成接口联调，剩余2家正在协调",
    ),
    ("评标专家抽取记录归档不及时", "内部审计", "王红", "信息科", "周敏", "2024年8月31日", "尚未启动"),
    (
        "部分干部上班时间玩手机游戏，“庸懒散”现象时有发生",
        "作风纪律暗访",
        "张建华",
        "人事科",
        "吴琼",
        "常态化推进",
        "长期坚持，每周开展作风纪律暗访",
    ),
]
WEEK_DONE = [
    (
        "交易服务收费公示内容未及时更新",
        "市场主体投诉",
        "王红",
        "财务科",
        "刘洋",
        date(2024, 7, 10),
        date(2024, 7, 8),
        "已销号",
    ),
    (
        "服务大厅意见箱长期未开启",
        "纪检监察组督查",
        "王红",
        "综合科",
        "陈静",
        date(2024, 7, 5),
        date(2024, 7, 3),
        "已销号",
    ),
]


def _week_sheet(b: Book, name: str, heading: str, extra: list[str], rows: list[tuple]) -> object:
    ws = b.sheet(name)
    words = WEEK_BASE + extra
    last = len(words) - 1
    b.widths(ws, [6, 40, 14, 10, 12, 10, 14, 30, 14][: len(words)])
    b.line(ws, 0, WEEK_TITLE, last, b.title)
    b.line(ws, 1, f"{heading}    统计时段：2024年7月22日—7月26日", last)
    b.header(ws, 2, words)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    return ws


def write_week(path: Path) -> Path:
    b = Book(path, author="综合办公室")
    _week_sheet(b, "新增问题清单", "一、新增问题清单", [], WEEK_NEW)
    _week_sheet(b, "推进落实问题清单", "二、推进落实问题清单", ["推进情况"], WEEK_OPEN)
    ws = _week_sheet(b, "已办结销号问题清单", "三、已办结销号问题清单", ["办结时间", "销号情况"], WEEK_DONE)
    end = 3 + len(WEEK_DONE)
    b.line(ws, end + 1, "综合办公室汇总    报送：中心主任、分管领导    2024年7月26日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 一套表联网直报专项整治问题整改台账, after a district 统计局's 专项整治 of the 违法违规和不规范报送行为 in the
# 一套表联网直报 (66家“四上”企业: 规上工业、限上批零住餐、资质内建筑、房地产、重点服务业; 冒名报送、代理报送、指令报数):
# https://gyct.com.cn/info/1030/24422.htm
# A CSV in GBK: title line, 填报单位/填报日期 line, one header row with the 交办日期 (an event) and the 专业, a relative
# deadline (15个工作日内), dates as text (2024.7.20, 8月10日前完成), a 合计 row and the signature line.
STAT_ROWS = [
    (
        "濮阳市恒达化工有限公司",
        "规上工业",
        "未按规定设置能源消费原始记录和统计台账",
        "建立健全能源购进、消费、库存台账",
        "2024-07-15",
        "2024.7.20",
        "已建立能源台账，经复查合格",
    ),
    (
        "濮阳市鑫源商贸有限公司",
        "限上批发",
        "商品销售额统计口径与财务报表不一致且差额未作说明",
        "核对1-6月销售数据并作书面说明",
        "2024-07-15",
        "8月10日前完成",
        "正在核对2024年1-6月销售数据",
    ),
    (
        "河南华龙建筑工程有限公司",
        "资质内建筑",
        "统计人员变更后未在联网直报平台备案",
        "及时办理统计人员变更",
        "2024-07-15",
        "15个工作日内",
        "已完成统计人员变更备案",
    ),
    (
        "濮阳市龙都大酒店有限公司",
        "限上住宿餐饮",
        "客房收入与餐饮收入未分项填报",
        "按报表制度分项填报营业额",
        "2024-07-15",
        "2024年7月25日",
        "未整改",
    ),
    (
        "濮阳市安居置业有限公司",
        "房地产开发",
        "商品房销售面积原始凭证缺失",
        "补齐网签备案及销售合同",
        "2024-07-18",
        "2024年8月底前",
        "已补充网签备案资料，销售合同正在整理",
    ),
    (
        "华龙区中原路街道办事处",
        "街道统计站",
        "辖区新增“四上”企业入库申报不及时",
        "建立新增企业月度摸排机制",
        "2024-07-18",
        "2024年9月30日",
        "",
    ),
    (
        "濮阳市天诚物流有限公司",
        "重点服务业",
        "从业人员工资总额填报与社保缴费记录不符",
        "核实并更正工资总额数据",
        "2024-07-18",
        "2024年7月31日",
        "已整改",
    ),
]


def write_stat(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区“一套表”联网直报专项整治发现问题整改台账", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：华龙区统计局", "", "", "", "", "填报日期：2024年7月30日", "", ""])
    w.writerow(["序号", "整改责任单位", "专业", "发现问题", "整改要求", "交办日期", "整改时限", "整改情况"])
    for i, row in enumerate(STAT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共7个问题：已整改3个，正在整改2个，未整改1个", "", "", "", ""])
    w.writerow(["填表人：马丽", "", "审核人：陈刚", "", "联系电话：0393-8181234", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 会计信息质量检查发现问题整改情况表, after a county 财政局's 会计信息质量检查工作报告 (检查卫生健康局本级、人民医院、
# 社区卫生服务中心、镇中心卫生院和一家国有企业; 一、行政事业单位发现问题 / 国有企业的问题; 事业收入未纳入预算管理,
# 收入确认、负责人薪酬制度):
# https://heilongjiang.jianyu360.cn/jybx/20250917_250916216034818.html
# An .et (an Excel 97 workbook as WPS saves it, written by LibreOffice): title, 检查单位/检查时间 line, a two-row header
# (整改落实 over 整改期限 and 整改情况), the two 类 as section rows, a 被检查单位 under its former name (市卫计委),
# a 合计 row of the amounts, a 注 and the signature line.
FIN_SECTIONS = [
    (
        "一、行政事业单位发现问题",
        [
            (
                "市卫计委（本级）",
                "固定资产账实不符，已报废设备未及时核销",
                78600,
                "责令限期改正",
                "2024年9月30日",
                "正在开展资产清查，已核销报废设备23台",
            ),
            (
                "濮阳市人民医院",
                "事业收入未全部纳入预算管理",
                12460000,
                "责令改正，收入全部纳入预算",
                "2024年12月31日",
                "已纳入2024年预算调整方案，待批复",
            ),
            ("濮阳市人民医院", "往来款项长期挂账未清理", 3215000, "限期清理", "2024年10月底", ""),
            (
                "濮阳市妇幼保健院",
                "会计凭证附件不全，部分支出无审批手续",
                56300,
                "补齐手续，完善制度",
                "2024年7月15日",
                "已补齐审批手续，完善报销制度",
            ),
            (
                "濮阳县柳屯镇中心卫生院",
                "未按政府会计制度计提固定资产折旧",
                "",
                "责令改正",
                "2024年8月31日",
                "未整改",
            ),
        ],
    ),
    (
        "二、国有企业发现问题",
        [
            (
                "濮阳市农业发展投资有限公司",
                "提前确认工程收入，收入确认不符合企业会计准则",
                5630000,
                "调整账务处理",
                "2024年第三季度",
                "已调整账务处理，正在补充审计",
            ),
            (
                "濮阳市农业发展投资有限公司",
                "企业负责人薪酬未按规定报批",
                "",
                "补办报批手续",
                "2024年6月30日",
                "已整改",
            ),
        ],
    ),
]


def write_fin_book(path: Path) -> Path:
    b = Book(path, author="监督检查科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 22, 34, 14, 18, 16, 30, 10])
    b.line(ws, 0, "2024年度会计信息质量检查发现问题整改情况表", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳市财政局    检查时间：2024年5月20日至6月28日", 7)
    for c, word in enumerate(["序号", "被检查单位", "问题描述", "涉及金额（元）", "处理意见"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "整改情况"], first=5)
    b.merge(ws, 2, 7, 3, 7, "备注", b.head)
    r, n, total = 4, 0, 0
    for heading, rows in FIN_SECTIONS:
        b.merge(ws, r, 0, r, 7, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row, ""])
            b.put(ws, r, 0, n, b.center)
            total += row[2] or 0
            r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.put(ws, r, 3, total)
    for c in range(4, 8):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "注：1.涉及金额以检查认定数为准；2.整改情况请于每月25日前报市财政局监督检查科。", 7)
    b.line(ws, r + 2, "填表人：郑晓红    审核人：吴国强    填报日期：2024年7月30日", 7, b.right)
    return b.close()


def write_fin(path: Path) -> Path:
    return via_soffice(write_fin_book, path, "xls", "会计信息质量检查发现问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 创文“交叉检查”问题清单, after a 街道's 督查组 cross-checking its 社区 (32个创文测评点: 便民服务大厅、新时代文明
# 实践站、景区公园、农贸市场、交通路口; 阵地建设、环境卫生、秩序维护、基础设施、门店经营、志愿服务、公益广告、台账资料;
# 能当场整改的立行立改，不能整改的限期整改; 共性问题由街道统一解决; 常态化“四清行动”):
# https://epaper.hyqss.cn/html/2023-03/15/content_19626_7443473.htm
# An .ods (LibreOffice): title, 检查时间/检查组 line (the base date of 立行立改), one header row with the 整改方式
# (立行立改 / 限期整改 / 街道统一解决), the 责任单位 beside the 社区 checked, and the signature line.
JS = "华龙区中原路街道建设路社区居民委员会"
SL = "华龙区中原路街道胜利社区居民委员会"
KZ = "华龙区中原路街道开州社区居民委员会"
JD = "华龙区中原路街道办事处"
CROSS_ROWS = [
    (
        "建设路社区",
        "新时代文明实践站",
        "阵地建设",
        "新时代文明实践站活动记录缺6月份内容",
        "立行立改",
        JS,
        "立行立改",
        "已当场补齐活动记录",
    ),
    (
        "建设路社区",
        "龙城小区",
        "环境卫生",
        "龙城小区3号楼楼道堆放杂物、电动车入户充电",
        "限期整改",
        JS,
        "7月底前",
        "杂物已清理，电动车入户充电正在劝导整治",
    ),
    (
        "胜利社区",
        "农贸市场",
        "秩序维护",
        "农贸市场南门占道经营、流动摊点聚集",
        "限期整改",
        SL,
        "2024年7月20日",
        "未整改",
    ),
    (
        "胜利社区",
        "胜利路沿街",
        "公益广告",
        "沿街公益广告破损褪色",
        "限期整改",
        SL,
        "2024.7.25",
        "已更换公益广告12块",
    ),
    (
        "共性问题",
        "辖区主次干道",
        "基础设施",
        "非机动车停车位未施划",
        "街道统一解决",
        JD,
        "2024年8月31日前",
        "已完成施划方案，正在招标",
    ),
    (
        "共性问题",
        "辖区老旧小区",
        "基础设施",
        "主干道路面破损、楼栋过道灯不亮",
        "街道统一解决",
        JD,
        "2024年9月底",
        "",
    ),
    ("开州社区", "便民服务大厅", "台账资料", "志愿服务台账登记不规范", "立行立改", KZ, "立行立改", "已整改"),
    (
        "开州社区",
        "辖区各小区",
        "环境卫生",
        "楼道小广告反复出现，清理后短期内又被张贴",
        "常态化整治",
        KZ,
        "长期坚持",
        "常态化开展清堆物、清楼道、清“牛皮癣”、清公益广告“四清行动”",
    ),
]


def write_cross_book(path: Path) -> Path:
    b = Book(path, author="中原路街道创文办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 16, 10, 34, 12, 30, 14, 30])
    b.line(ws, 0, "中原路街道创文“交叉检查”问题清单（2024年7月）", 8, b.title)
    b.line(ws, 1, "检查时间：2024年7月9日    检查组：街道第三督查小组（组长：杨帆）", 8)
    b.header(
        ws,
        2,
        ["序号", "社区", "测评点位", "问题类别", "问题描述", "整改方式", "责任单位", "整改时限", "整改情况"],
    )
    for i, row in enumerate(CROSS_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(CROSS_ROWS)
    b.line(ws, end + 1, "检查人员：杨帆、李静    社区负责人（签字）：              2024年7月10日", 8, b.right)
    return b.close()


def write_cross(path: Path) -> Path:
    via_soffice(write_cross_book, path, "ods", "创文交叉检查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 定点零售药店医保基金违规问题整改台账, after a banner 医保局's 通报 of its check of the 定点医药机构 in the
# 职工门诊统筹基金安全“百日攻坚” (超医保药品目录限定范围、处方管理不规范、超量开药和大额处方、男性医保刷卡女性用药、
# 成人医保卡刷儿童用药、进销存与实际库存不符、驻店药师不在岗; 违规药店: 违规问题N个，涉及金额):
# http://zltq.gov.cn/zltq/2024-04/26/article_2024051603460265004.html
# A .zip of two pharmacies' returns on the same form (one .xlsx, one .xls as an older office saves it): title, 药店名称
# (盖章)/医保编码/填报日期 line, one header row with 是否完成整改 (是/否) and 退回金额, the signature line.
DRUG_HEAD = [
    "序号",
    "违规问题",
    "涉及金额（元）",
    "整改措施",
    "整改时限",
    "是否完成整改",
    "退回金额（元）",
    "备注",
]
DRUG_A = (
    "濮阳市仁和大药房有限公司中原路店",
    "P41090200123",
    [
        (
            "销售单方不予支付的中药饮片（三七粉、西洋参）纳入医保结算",
            1860.5,
            "退回违规结算金额，在收银系统中设置限制",
            "2024年6月30日",
            "是",
            1860.5,
            "",
        ),
        (
            "门诊统筹处方信息不全，缺少临床诊断",
            "",
            "补录处方诊断信息，规范处方审核",
            "2024年7月31日",
            "否",
            "",
            "正在补录处方信息",
        ),
        (
            "男性参保人医保卡购买女性用药",
            420,
            "退回违规金额，加强收银人员培训",
            "2024年7月15日",
            "是",
            420,
            "",
        ),
        ("驻店药师不在岗时销售处方药", "", "落实药师在岗考勤，常态化自查", "长期坚持", "", "", ""),
    ],
)
DRUG_B = (
    "濮阳市康泰医药连锁有限公司开州路店",
    "P41090200457",
    [
        ("医保药品进销存数据与实际库存不符", 8230, "全面盘点，核对进销存数据", "2024年8月31日", "否", "", ""),
        ("成人医保卡购买儿童用药", 316, "退回违规金额", "2024年7月10日", "是", 316, ""),
        ("超量开药，单张处方超过30日用量", "", "系统设置单张处方用量上限", "2024年8月15日", "", "", ""),
        (
            "丁苯酞软胶囊超限定支付范围销售",
            2140,
            "退回违规金额，限定支付药品逐张审核",
            "2024年7月20日",
            "是",
            2140,
            "",
        ),
    ],
)
DRUG_TITLE = "定点零售药店医保基金违规问题整改台账"
DRUG_FOOT = "药店负责人：              驻店药师：              联系电话："


def _drug_line(shop: str, code: str) -> str:
    return f"药店名称（盖章）：{shop}    医保编码：{code}    填报日期：2024年7月26日"


def write_drug_xlsx(path: Path) -> Path:
    shop, code, rows = DRUG_A
    b = Book(path, author=shop)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 30, 14, 12, 12, 18])
    b.line(ws, 0, DRUG_TITLE, 7, b.title)
    b.line(ws, 1, _drug_line(shop, code), 7)
    b.header(ws, 2, DRUG_HEAD)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(rows), DRUG_FOOT, 7)
    return b.close()


def write_drug_xls(path: Path) -> Path:
    shop, code, rows = DRUG_B
    head, cell = _xf(bold=True, center=True), _xf()
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    cells: list[tuple] = [(0, 0, DRUG_TITLE, title, 0, 7), (1, 0, _drug_line(shop, code), plain, 1, 7)]
    cells += [(2, c, word, head) for c, word in enumerate(DRUG_HEAD)]
    for i, row in enumerate(rows, 1):
        cells += [(2 + i, c, v, cell) for c, v in enumerate([i, *row])]
    cells.append((4 + len(rows), 0, DRUG_FOOT, plain, 4 + len(rows), 7))
    return _write_xls(path, [("整改台账", cells)])


def write_drug(path: Path) -> Path:
    members = [
        ("医保基金违规问题整改台账（仁和大药房中原路店）.xlsx", write_drug_xlsx),
        ("医保基金违规问题整改台账（康泰医药开州路店）.xls", write_drug_xls),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 学校秋季开学前安全隐患排查整改台账, after a town's account of the 秋季入学前安全隐患排查 of its schools by the 安监办、
# 食药监、教育 (教学楼、图书阅览室、用电线路、消防设施; 当场下达限期整改通知，明确整改期限; 校园周边整治; 隐患排查
# 整治台账; 检查学校7所，下达整改意见书8份，要求入学前必须整改完成):
# http://chinagu.org/html/show10953p1.htm
# A .docx: title, preamble paragraph, one table (学校名称 and 整改责任单位 side by side, the 整改意见书编号, the 检查人
# as the inspector), the office, the date and the 填表人 under it.
SCHOOL_ROWS = [
    (
        "清丰县城关镇第一初级中学",
        "教学楼",
        "教学楼东侧楼梯扶手松动",
        "城安改〔2024〕01号",
        "清丰县城关镇第一初级中学",
        "2024年8月20日前",
        "已更换扶手，经复查合格",
        "孙明",
    ),
    (
        "清丰县城关镇第一初级中学",
        "学生食堂",
        "学生食堂燃气管道未安装可燃气体泄漏报警装置",
        "城安改〔2024〕02号",
        "清丰县城关镇第一初级中学",
        "8月25日前",
        "报警装置已采购，待安装",
        "孙明",
    ),
    (
        "清丰县城关镇中心小学",
        "图书阅览室",
        "图书阅览室灭火器过期未更换",
        "城安改〔2024〕03号",
        "清丰县城关镇中心小学",
        "2024年7月20日",
        "已更换灭火器6具",
        "刘志强",
    ),
    (
        "清丰县城关镇中心小学",
        "微机室",
        "微机室私拉乱接电线，插座超负荷使用",
        "城安改〔2024〕04号",
        "清丰县城关镇中心小学",
        "2024年8月15日",
        "未整改",
        "刘志强",
    ),
    (
        "清丰县城关镇实验幼儿园",
        "大门",
        "幼儿园大门未设置防冲撞设施",
        "城安改〔2024〕05号",
        "清丰县城关镇实验幼儿园",
        "2024年8月31日",
        "",
        "王丽",
    ),
    (
        "清丰县城关镇第二初级中学",
        "学生宿舍",
        "学生宿舍安全出口指示灯损坏",
        "城安改〔2024〕06号",
        "清丰县城关镇第二初级中学",
        "2024年8月10日",
        "正在维修",
        "王丽",
    ),
    (
        "清丰县城关镇第二初级中学",
        "校园周边",
        "学校门口流动摊贩售卖“三无”食品",
        "城安改〔2024〕07号",
        "清丰县城关镇人民政府",
        "长期坚持",
        "常态化开展校园周边巡查",
        "王丽",
    ),
    (
        "清丰县城关镇南街小学",
        "围墙",
        "校园西侧围墙出现裂缝、局部倾斜",
        "城安改〔2024〕08号",
        "清丰县城关镇南街小学",
        "2024年8月25日",
        "已拆除危险墙体，新墙正在砌筑",
        "孙明",
    ),
]


def write_school(path: Path) -> Path:
    doc = _new_document("城关镇安监办")
    _title(doc, "城关镇学校秋季开学前安全隐患排查整改台账")
    _paragraph(
        doc,
        "按照县教育局统一部署，镇安监办、镇市场监管所、镇中心学校于2024年7月8日至12日联合对辖区7所学校开展"
        "秋季开学前安全隐患排查，对检查中发现的隐患均当场下达整改意见书，明确整改期限。现将排查整改情况汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "学校名称",
            "隐患部位",
            "隐患描述",
            "整改意见书编号",
            "整改责任单位",
            "整改时限",
            "整改完成情况",
            "检查人",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "清丰县城关镇人民政府安全生产办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "填表人：孙明    联系电话：0393-7221234", size=12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 农贸市场环境专项检查发现问题整改情况的报告, after a 工商局's 整改意见书 to the unit running three markets (花园市场、
# 沿江市场、望江市场: 摊位摆放不整齐、占道经营、乱停车辆、未按要求着卫生工作服、活禽未入笼、未亮照经营、超范围经营、
# 卫生状况欠佳; 望加强市场管理工作，及时进行整改):
# https://m.taodocs.com/p-247512815.html
# A .doc (Word 97 via LibreOffice): the answering unit named only in the title and the signature, the problems as
# numbered paragraphs under one heading per market, each with its 完成时限 and 整改情况 in the same paragraph.
MARKET_PARAS = [
    (
        "一、花园路农贸市场",
        [
            "1.水果摊位摆放不整齐，存在占道经营行为。完成时限：2024年7月20日。整改情况：已重新划定摊位，占道经营已清理。",
            "2.卤制品摊位后方乱停车辆。完成时限：7月25日前。整改情况：未整改。",
            (
                "3.猪肉、牛肉摊位经营者未按要求穿戴卫生工作服。完成时限：2024年7月15日。"
                "整改情况：已督促全部经营者穿戴工作服，经复查合格。"
            ),
        ],
    ),
    (
        "二、沿江农贸市场",
        [
            (
                "4.活禽销售区乱摆摊点，活鸡未入笼销售。完成时限：2024年8月31日。"
                "整改情况：活禽区改造方案已报批，隔离笼舍正在施工。"
            ),
            "5.部分食品经营户未在经营场所亮照经营。完成时限：2024年7月31日。",
        ],
    ),
    (
        "三、望江农贸市场",
        [
            (
                "6.鲜鱼售卖点超范围经营火锅底料。完成时限：2024年7月10日。"
                "整改情况：已责令下架，经营户已办理经营范围变更，复查合格。"
            ),
            "7.市场整体卫生状况欠佳，垃圾清运不及时。完成时限：长期坚持。整改情况：常态化推进。",
        ],
    ),
]


def write_market_docx(path: Path) -> Path:
    doc = _new_document("市场发展服务中心")
    _title(doc, "濮阳市华龙区市场发展服务中心关于农贸市场环境专项检查发现问题整改情况的报告", size=18)
    _paragraph(doc, "市市场监督管理局：")
    _paragraph(
        doc,
        "2024年7月8日，市市场监督管理局（原市工商局、市食药监局承担的市场监管职责）重点对花园路、沿江、望江三个"
        "农贸市场开展了市场环境专项检查，并下达了《整改意见书》。我中心高度重视，逐项制定措施，现将整改情况报告如下：",
    )
    for heading, paras in MARKET_PARAS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我中心将加强日常巡查，巩固整改成果，全面提升市场环境。")
    _paragraph(doc, "濮阳市华龙区市场发展服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_market(path: Path) -> Path:
    return via_soffice(write_market_docx, path, "doc", "农贸市场环境专项检查整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 监督检查发现问题交办台账, after a 派驻纪检监察组's 政治监督 of the 巡察整改 in its 驻在部门 (政治监督工作清单;
# 整改方案措施不够细化、完成时限不明确、责任只到单位未到人; 推进慢的约谈提醒; 听取汇报、谈话了解、查阅资料、现场督查):
# http://lipu.qlgl.gov.cn/show-239-49480-1-13.html
# An .xls (xlwt): title, 交办单位/填报日期 line, one header row with the 交办日期 (the base of the relative deadlines
# 15个工作日内 / 10日内), the 监督检查人 (the inspector) beside the 被监督单位, 是否办结, former and short names, a 注.
WATCH_ROWS = [
    (
        "2024-07-08",
        "巡察整改方案措施不够细化，完成时限不明确",
        "市城管委",
        "王新红",
        "15个工作日内",
        "已重新修订整改方案，细化措施38条，明确到人",
        "是",
    ),
    (
        "2024-07-08",
        "巡察整改责任只到单位未到人，整改推进缓慢",
        "市水务公司",
        "王新红",
        "2024年7月31日",
        "公司党委书记已被约谈，整改台账正在完善",
        "否",
    ),
    (
        "2024-07-10",
        "公务用车私用，节假日车辆未入库封存",
        "众意公交公司",
        "李强",
        "2024年7月20日",
        "已整改，车辆管理制度已修订",
        "是",
    ),
    ("2024-07-10", "违规收受服务对象购物卡问题线索核查结果未反馈", "市燃气公司", "李强", "7月底前", "", "否"),
    (
        "2024-07-15",
        "执法人员吃拿卡要问题群众反映较多",
        "华龙区城市管理局",
        "赵敏",
        "10日内",
        "正在开展专项整治，已查处2人",
        "否",
    ),
    ("2024-07-15", "“四风”问题纠治常态化机制不健全", "市城市管理局", "赵敏", "长期坚持", "常态化推进", ""),
    (
        "2024-07-22",
        "办公用房超标准配备问题整改不彻底",
        "濮阳市环境卫生管理处",
        "李强",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_watch(path: Path) -> Path:
    head, cell = _xf(bold=True, center=True), _xf()
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False, wrap=False)
    words = [
        "序号",
        "交办日期",
        "监督检查发现问题",
        "被监督单位",
        "监督检查人",
        "整改时限",
        "整改落实情况",
        "是否办结",
    ]
    cells: list[tuple] = [
        (0, 0, "驻市城市管理局纪检监察组监督检查发现问题交办台账", title, 0, 7),
        (1, 0, "交办单位：市纪委监委驻市城市管理局纪检监察组    填报日期：2024年7月29日", plain, 1, 7),
    ]
    cells += [(2, c, word, head) for c, word in enumerate(words)]
    for i, row in enumerate(WATCH_ROWS, 1):
        cells += [(2 + i, c, v, cell) for c, v in enumerate([i, *row])]
    end = 3 + len(WATCH_ROWS)
    note = "注：整改时限自交办之日起计算，“个工作日”按国家法定工作日计算；整改完成后报纪检监察组审核销号。"
    cells.append((end, 0, note, plain, end, 7))
    cells.append((end + 1, 0, "填表人：赵敏    审核人：王新红", plain, end + 1, 7))
    return _write_xls(path, [("交办台账", cells)])


# ---------------------------------------------------------------------------------------------
# 10. 文化和旅游市场“体检式”暗访评估反馈问题整改情况汇总表, after a city 文化和旅游局's 体检式 整治 (传达省文化和旅游厅
# 暗访评估情况通报，要求各企业对照通报问题立即整改、及时上报整改结果; A级景区、星级酒店、旅行社; 虚假宣传、不合理低价游、
# 不签订旅游合同、未公示营业执照或经营许可证; 下达整改通知书):
# https://sdxw.iqilu.com/share/YS0yMS03NDA0OTQw.html
# A .wps (Word 97 via LibreOffice): title, preamble paragraph, one table with the 经营单位 and the 整改责任单位 side by
# side and a 监管责任人, the bureau under its old name (市文广新局) in one row, the office and date under it.
TOUR_ROWS = [
    (
        "濮阳市中原国际旅行社有限公司",
        "旅行社",
        "经营场所未公示旅行社业务经营许可证",
        "濮阳市中原国际旅行社有限公司",
        "2024年7月10日",
        "已公示，复查合格",
        "马超",
    ),
    (
        "濮阳市龙城假日旅行社有限公司",
        "旅行社",
        "组织“不合理低价游”，未与游客签订旅游合同",
        "濮阳市龙城假日旅行社有限公司",
        "2024年8月15日",
        "已下达整改通知书，企业正在规范合同管理",
        "马超",
    ),
    (
        "濮阳绿色庄园（4A级景区）",
        "A级景区",
        "景区标识系统不规范，部分导览指示牌缺失",
        "濮阳绿色庄园旅游开发有限公司",
        "6月30日前完成",
        "已完成",
        "韩雪",
    ),
    (
        "戚城文物景区（3A级景区）",
        "A级景区",
        "景区厕所设施老化，部分蹲位损坏",
        "濮阳市戚城文物景区管理处",
        "2024年9月底前",
        "未启动",
        "韩雪",
    ),
    (
        "濮阳迎宾馆（四星级）",
        "星级饭店",
        "客房未张贴消防疏散示意图",
        "濮阳迎宾馆有限公司",
        "2024.7.5",
        "已整改",
        "高峰",
    ),
    (
        "市旅游咨询服务中心",
        "公共服务",
        "旅游咨询服务中心节假日未开放，游客投诉无人受理",
        "市文广新局",
        "2024年8月31日",
        "",
        "高峰",
    ),
    (
        "濮阳杂技文化园",
        "演出场所",
        "演出场所安全出口被杂物堵塞，应急照明不亮",
        "濮阳市杂技文化园管理有限公司",
        "2024年7月31日",
        "部分完成，安全出口已清理，应急照明正在更换",
        "高峰",
    ),
]


def write_tour_docx(path: Path) -> Path:
    doc = _new_document("市场管理科")
    _title(doc, "全市文化和旅游市场“体检式”暗访评估反馈问题整改情况汇总表", size=18)
    _paragraph(
        doc,
        "根据省文化和旅游厅《关于文化和旅游市场“体检式”暗访评估情况的通报》，现将反馈我市问题的整改情况汇总如下"
        "（截至2024年7月28日）：",
    )
    body = [[str(i), *row] for i, row in enumerate(TOUR_ROWS, 1)]
    _table(
        doc,
        ["序号", "经营单位", "类别", "暗访发现问题", "整改责任单位", "整改时限", "整改结果", "监管责任人"],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳市文化广电和旅游局市场管理科", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_tour(path: Path) -> Path:
    return via_soffice(write_tour_docx, path, "doc", "文化和旅游市场暗访评估反馈问题整改情况汇总表.docx")


FILES = [
    ("市委第二巡察组巡察“回头看”反馈问题整改落实督查台账.xlsx", write_patrol),
    ("能力作风建设年问题清单周报（市公共资源交易中心第30周）.xlsx", write_week),
    ("华龙区一套表联网直报专项整治问题整改台账.csv", write_stat),
    ("2024年度会计信息质量检查发现问题整改情况表.et", write_fin),
    ("中原路街道创文交叉检查问题清单（7月）.ods", write_cross),
    ("定点零售药店医保基金违规问题整改台账（两家药店）.zip", write_drug),
    ("城关镇学校秋季开学前安全隐患排查整改台账.docx", write_school),
    ("关于农贸市场环境专项检查发现问题整改情况的报告.doc", write_market),
    ("驻市城市管理局纪检监察组监督检查发现问题交办台账.xls", write_watch),
    ("文化和旅游市场体检式暗访评估反馈问题整改情况汇总表.wps", write_tour),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

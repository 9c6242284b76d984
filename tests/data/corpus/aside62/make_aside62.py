"""Write the aside62 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs and a .zip of two returns. Contents
are made up; statistics date 2024-07-31.
Run from this folder: python make_aside62.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 重大民生实事项目目标任务责任分解及推进情况表, after a district's 重大民生实事项目目标任务责任分解表 (序号/项目名称/
# 主要内容/区政府分管领导/牵头单位/配合单位; the header printed again on the next page; one project over two rows
# with a 牵头单位 each):
# https://1wenmi.com/doc/507125.html
# An .xlsx: title, 填报单位 line, one header row repeated after row 4, 序号 and 项目名称 merged over two rows, the
# deadline only inside the 主要内容 schedule text, a 推进情况 column added for the July return, a signature line.
LIVELIHOOD_ROWS = [
    (
        "1",
        "增加教育资源供给",
        "新建、改扩建中小学和幼儿园12所，新增学位5000个；8月底前完成3所学校主体工程，年底前全部竣工投用",
        "李明华",
        "市教育局",
        "市住房和城乡建设局、市财政局",
        "已开工10所，其中3所主体完工，正在进行室内装修",
    ),
    (
        "2",
        "促进就业稳定增长",
        "落实就业优先政策，年底前城镇新增就业15000人，开展职业技能补贴培训10000人次",
        "李明华",
        "人社局",
        "各县（区）人民政府",
        "1—7月城镇新增就业9230人，完成年度目标的61.5%，技能培训正在分批开班",
    ),
    (
        "4",
        "优化养老服务",
        "7月底前完成300户困难老人家庭居家适老化改造",
        "张 菁",
        "市民政局",
        "各县（区）人民政府",
        "300户适老化改造已全部完成，经验收合格",
    ),
    (
        "5",
        "巩固提升农村供水",
        "改造农村供水老旧管网200公里，汛期前（6月底前）完成主管网改造并通水",
        "芮春祥",
        "市水务局",
        "市财政局、市自来水公司",
        "已全部完工并通水",
    ),
    (
        "6",
        "缓解城区停车难",
        "新增城区公共停车泊位3000个，第三季度完成施划并投入使用",
        "芮春祥",
        "市城市管理局",
        "市公安局交通管理支队",
        "",
    ),
    (
        "7",
        "文化惠民演出",
        "常态化开展送戏下乡、广场文艺演出等文化惠民活动",
        "张 菁",
        "市文化广电和旅游局",
        "各县（区）人民政府",
        "常态化推进",
    ),
    (
        "8",
        "妇女“两癌”免费筛查",
        "为全市35—64岁适龄妇女免费开展宫颈癌、乳腺癌筛查3万人，11月底前完成",
        "何海平",
        "市卫计委",
        "市妇联",
        "未启动",
    ),
]
# project 3 sits after project 2 and takes two rows (merged 序号 and 项目名称)
LIVELIHOOD_OLD_TOWN = [
    (
        "完成市博物馆整体提升工程，9月底前完成展陈布展并对外开放",
        "市文广旅局",
        "市城市建设投资集团有限公司",
        "展陈布展已完成80%",
    ),
    (
        "推进老城区大庙街等5条背街小巷立面整治及道路改造，6月底前完成设计，11月底前全部完工",
        "市住建局",
        "华龙区人民政府",
        "已完成设计和招标，3条街道已进场施工",
    ),
]
LIVELIHOOD_HEAD = ["序号", "项目名称", "主要内容", "市政府分管领导", "牵头单位", "配合单位", "1—7月推进情况"]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生实事办")
    ws = b.sheet("分解表")
    b.widths(ws, [6, 16, 48, 12, 14, 24, 36])
    b.line(ws, 0, "2024年重大民生实事项目目标任务责任分解及推进情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（民生实事办）    截至2024年7月31日", 6)
    b.header(ws, 2, LIVELIHOOD_HEAD)
    r = 3
    for row in LIVELIHOOD_ROWS[:2]:
        b.row(ws, r, list(row))
        r += 1
    b.merge(ws, r, 0, r + 1, 0, "3", b.center)
    b.merge(ws, r, 1, r + 1, 1, "老城区更新改造", b.cell)
    for content, lead, partner, progress in LIVELIHOOD_OLD_TOWN:
        b.row(ws, r, [content, "芮春祥", lead, partner, progress], first=2)
        r += 1
    b.row(ws, r, list(LIVELIHOOD_ROWS[2]))
    r += 1
    b.header(ws, r, LIVELIHOOD_HEAD)  # the header again, as on the source's second page
    r += 1
    for row in LIVELIHOOD_ROWS[3:]:
        b.row(ws, r, list(row))
        r += 1
    b.line(
        ws, r + 1, "填表人：郑晓燕    审核人：王建军    联系电话：0393-8910235    填报日期：2024年7月31日", 6
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 营商环境投诉举报受理办理台账, after a district's 优化营商环境投诉举报受理工作机制 解读 (电话热线、电子邮箱、信箱;
# 线索收集 2个工作日内审查受理 — 分办处理 — 调查核实 — 承办单位自收到转办通知之日起5个工作日内回复 — 反馈结果):
# http://fl.gov.cn/zfxxgk_206/zfxxgkml/zcjd/wzjd/202409/t20240919_13642440_zbb.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 投诉主体 (complainant) beside the 承办单位, dates as
# text (2024.7.2), 办理时限 in working days from the 转办日期 (one 立行立改), a 合计 row and a 注 line.
BIZ_ROWS = [
    (
        "YS2024-031",
        "2024.7.1",
        "电话热线",
        "濮阳市华瑞化工有限公司",
        "企业技术改造补贴资金审核通过后超过3个月仍未拨付",
        "2024.7.2",
        "市工业和信息化局",
        "5个工作日",
        "已办结，补贴资金已于7月8日拨付到位",
        "已反馈",
    ),
    (
        "YS2024-034",
        "2024.7.3",
        "电子邮箱",
        "濮阳县恒信建材有限公司",
        "不动产登记窗口要求重复提交已在系统共享的营业执照复印件",
        "2024.7.4",
        "市不动产登记中心",
        "5个工作日",
        "已办结，已取消重复提交要求并对窗口人员批评教育",
        "已反馈",
    ),
    (
        "YS2024-037",
        "2024.7.8",
        "信箱",
        "清丰县鑫源食品有限公司",
        "燃气报装验收环节多次往返，耗时超过承诺时限",
        "2024.7.9",
        "燃气公司",
        "15个工作日",
        "正在协调，已约谈燃气公司报装部门负责人",
        "",
    ),
    (
        "YS2024-040",
        "2024.7.12",
        "电话热线",
        "濮阳市顺达物流有限公司",
        "执法人员一个月内对同一企业重复开展消防检查",
        "2024.7.15",
        "市消防救援支队",
        "5个工作日",
        "正在调查核实",
        "",
    ),
    (
        "YS2024-042",
        "2024.7.16",
        "电子邮箱",
        "南乐县丰源农业科技有限公司",
        "招标文件设置本地业绩加分等排斥外地企业的限制性条款",
        "2024.7.17",
        "市公共资源交易中心",
        "立行立改",
        "已办结，招标人已修改招标文件并重新发布公告",
        "已反馈",
    ),
    (
        "YS2024-045",
        "2024.7.22",
        "电话热线",
        "濮阳市宏远机械制造有限公司",
        "申请办理建筑工程施工许可证超过承诺时限未获答复",
        "2024.7.23",
        "市住建局",
        "5个工作日",
        "逾期未办",
        "",
    ),
    (
        "YS2024-047",
        "2024.7.25",
        "信箱",
        "范县金桥纺织有限公司",
        "企业办理用水报装被要求自行承担红线外管网建设费用",
        "2024.7.26",
        "自来水公司",
        "5个工作日",
        "",
        "",
    ),
]
BIZ_HEAD = [
    "序号",
    "受理编号",
    "投诉日期",
    "投诉方式",
    "投诉主体",
    "投诉事项",
    "转办日期",
    "承办单位",
    "办理时限",
    "办理结果",
    "反馈投诉人",
]


def write_biz(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = len(BIZ_HEAD) - 1
    cells = [
        (0, 0, "营商环境投诉举报受理办理台账（2024年7月）", t, 0, last),
        (1, 0, "填报单位：濮阳市优化营商环境工作领导小组办公室    填报日期：2024年7月31日", plain, 1, last),
    ]
    cells += [(2, col, w, h) for col, w in enumerate(BIZ_HEAD)]
    for i, row in enumerate(BIZ_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 6, 8, 10) else c))
    r = 3 + len(BIZ_ROWS)
    cells += [
        (r, 0, "合计", h, r, 4),
        (r, 5, "共受理投诉7件，已办结3件", c, r, last),
        (
            r + 1,
            0,
            "注：办理时限自转办之次日起按工作日计算；立行立改的，于转办当日办结。",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 12345热线工单明细, after a district's 12345政务服务便民热线运行管理办法（征求意见稿） (诉求受理、分类处置、限时办理、
# 协调督办、反馈回访、办结归档; 承办单位签收工单、限时办结、反馈诉求人):
# http://www.sxfabang.cn/guizhangzhidu/2178.html
# A CSV in GBK as the platform exports it: an 导出时间 line, one header line with the 诉求人 (masked) and a
# 协办单位 beside the 承办单位, a 办理时限 date, an 办结时间, a closing 合计 line.
HOTLINE_ROWS = [
    (
        "12345-20240702-0183",
        "2024-07-02 08:41",
        "王**",
        "华龙区绿城花园3号楼",
        "城乡建设",
        "小区二次供水水箱长期未清洗，自来水有异味",
        "市自来水公司",
        "",
        "2024-07-02 09:30",
        "2024-07-09",
        "2024-07-05 16:20",
        "已办结",
        "满意",
    ),
    (
        "12345-20240705-0426",
        "2024-07-05 20:13",
        "李**",
        "开州路与京开大道交叉口",
        "城市管理",
        "交叉口东北角夜市摊点占道经营，散场后垃圾遍地",
        "市城管执法局",
        "华龙区人民政府",
        "2024-07-06 08:55",
        "2024-07-12",
        "",
        "办理中",
        "",
    ),
    (
        "12345-20240709-0618",
        "2024-07-09 10:02",
        "赵**",
        "濮阳县文留镇",
        "劳动保障",
        "在某建筑工地务工被拖欠工资2.6万元至今未付",
        "市人社局",
        "濮阳县人民政府",
        "2024-07-09 11:40",
        "2024-07-19",
        "2024-07-18 11:05",
        "已办结",
        "满意",
    ),
    (
        "12345-20240712-0777",
        "2024-07-12 15:27",
        "刘**",
        "华龙区中原路",
        "交通运输",
        "建议在市第三人民医院门口增设公交停靠站点",
        "众意公交公司",
        "",
        "2024-07-12 16:05",
        "2024-07-26",
        "",
        "逾期未办",
        "",
    ),
    (
        "12345-20240716-0935",
        "2024-07-16 19:48",
        "孙**",
        "华龙区胜利路",
        "市场监管",
        "胜利路一家烧烤店使用过期食材",
        "市市场监管局",
        "",
        "2024-07-17 08:32",
        "2024-07-23",
        "2024-07-19 17:10",
        "已反馈",
        "基本满意",
    ),
    (
        "12345-20240722-1102",
        "2024-07-22 09:15",
        "周**",
        "清丰县",
        "社会保障",
        "咨询异地就医备案后住院费用报销比例",
        "医保局",
        "",
        "2024-07-22 09:40",
        "2024-07-25",
        "2024-07-23 10:25",
        "已办结",
        "满意",
    ),
    (
        "12345-20240726-1287",
        "2024-07-26 14:36",
        "吴**",
        "南乐县千口镇",
        "农业农村",
        "村内散养生猪死亡后被随意丢弃在沟渠中",
        "市农业局",
        "南乐县人民政府",
        "2024-07-26 15:10",
        "2024-08-02",
        "",
        "办理中",
        "",
    ),
]
HOTLINE_HEAD = [
    "工单编号",
    "来电时间",
    "诉求人",
    "诉求地址",
    "诉求分类",
    "诉求内容",
    "承办单位",
    "协办单位",
    "签收时间",
    "办理时限",
    "办结时间",
    "办理状态",
    "回访结果",
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["导出时间：2024-07-31 09:12:05", "导出人：热线办 张倩"])
    w.writerow(HOTLINE_HEAD)
    for row in HOTLINE_ROWS:
        w.writerow(row)
    w.writerow(["合计", "7件", "", "", "", "", "", "", "", "", "办结4件", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 巡察反馈问题整改落实台账, after an account of closing the loop on 巡察反馈 (问题清单化: 每个问题明确责任部门、
# 责任人、整改时限和验收标准; 动态跟踪; 阶段性验收; 反馈—整改—验收—销号):
# https://www.21xqjy.com/archive/fan-kui-xun-cha-qing-kuang-ru-he-que-bao-wen-ti-zheng-gai-dao-wei-bing-xing-cheng-zhang-xiao-ji-zhi.html
# A .docx from one bureau's 党组 (named only in the title and the signature): a preamble with the 反馈 date, one
# table whose rows name the bureau's own 科室 as 责任部门, a 验收销号 column, a 说明 line.
PATROL_ROWS = [
    (
        "党组理论学习中心组学习计划执行不严格，2023年有4次集中学习未按计划开展",
        "修订中心组学习制度，按月制定学习计划并通报执行情况",
        "办公室",
        "张 伟",
        "立行立改",
        "学习计划按月执行",
        "已整改",
        "已验收销号",
    ),
    (
        "水利工程项目资金拨付审核把关不严，存在超进度拨款问题",
        "追回超进度拨付资金，修订资金拨付管理办法",
        "财务科",
        "刘海燕",
        "2024年7月31日前",
        "超付资金全部追回，办法印发实施",
        "超付资金已追回，正在修订资金拨付管理办法",
        "",
    ),
    (
        "河长制公示牌信息更新不及时，部分公示牌责任人调整后未更新",
        "全面排查公示牌，逐一更新河长信息",
        "河湖管理科",
        "王志刚",
        "2024.6.30",
        "公示牌信息准确",
        "已完成全部公示牌信息更新",
        "已验收销号",
    ),
    (
        "干部选拔任用纪实材料不完整，个别档案缺少民主推荐原始记录",
        "逐人核查纪实档案，补齐缺失材料",
        "人事科",
        "赵 敏",
        "2024年9月底前",
        "纪实材料完整规范",
        "正在整理2021年以来干部任用纪实档案",
        "",
    ),
    (
        "农村饮水安全工程运行管护机制不健全，部分工程管护责任不明确",
        "建立工程管护责任清单，落实管护经费",
        "农村水利科",
        "孙建军",
        "长期坚持",
        "管护责任落实到人",
        "长期坚持",
        "",
    ),
    (
        "水土保持补偿费征收不到位，少征收补偿费32万元",
        "督促相关项目单位补缴水土保持补偿费",
        "水政水资源科",
        "周 强",
        "2024年8月15日前",
        "应征尽征",
        "未整改",
        "",
    ),
    (
        "公务用车使用登记不规范，部分出车记录未填写事由",
        "规范公务用车派车单和出车登记",
        "办公室",
        "张 伟",
        "2024年5月31日前",
        "登记完整",
        "已整改",
        "已验收销号",
    ),
    (
        "河道非法采砂打击力度不够，部分河段监管存在盲区",
        "开展河道采砂专项整治，设置视频监控点位",
        "河湖管理科",
        "王志刚",
        "2024年12月31日前",
        "无非法采砂行为",
        "",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("局巡察整改办")
    _title(doc, "中共濮阳市水利局党组巡察反馈问题整改落实台账")
    _paragraph(
        doc,
        "2024年5月20日，市委第三巡察组向局党组反馈了巡察意见。局党组对照反馈问题逐条建立整改台账，"
        "明确责任部门、责任人、整改时限和验收标准，实行“反馈—整改—验收—销号”闭环管理。"
        "立行立改事项以反馈之日为整改时限。截至2024年7月底整改进展如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "反馈问题",
            "整改措施",
            "责任部门",
            "责任人",
            "整改时限",
            "验收标准",
            "整改进展",
            "验收销号",
        ],
        body,
        9,
    )
    _paragraph(doc, "说明：验收销号栏由局巡察整改工作领导小组办公室填写。", 12)
    _paragraph(doc, "中共濮阳市水利局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 督查督办事项跟踪台账, after a 督查督办跟踪工作制度 (督查范围: 上级交办事项、同级重要决策、群众关心的热点难点;
# 工作程序: 立项 — 交办 (承办部门和责任人, 办理要求和时限) — 催办 — 反馈 — 汇总):
# https://360docs.net/doc/0520690953.html
# An .ods (LibreOffice conversion): title, 期数 line, a two-row header with the 交办、催办、反馈 and 是否办结 groups
# merged over their columns, ticks (√) under 是/否, 办结时限 as text (one in working days from the 交办日期, one a
# date range), a 小计 row, a 填表说明 and the office.
SUPERVISE_ROWS = [
    (
        "DB2024-021",
        "加快推进城区雨污分流改造，汛前完成重点片区排水管网疏通",
        "市政府常务会议",
        "市住房和城乡建设局",
        "2024.5.10",
        "6月15日前",
        1,
        "2024.6.14",
        "已完成重点片区管网疏通126公里",
        "√",
        "",
    ),
    (
        "DB2024-023",
        "研究解决城区学校周边上下学时段交通拥堵问题",
        "市长批示",
        "市公安局交通管理支队",
        "2024.5.20",
        "30个工作日内",
        1,
        "2024.7.1",
        "已制定错峰放学方案，高峰时段增派警力疏导，学校周边停车区正在施划",
        "",
        "√",
    ),
    (
        "DB2024-026",
        "督促解决在建项目农民工工资拖欠问题，确保欠薪动态清零",
        "省政府督查反馈",
        "市人社局",
        "2024.6.3",
        "7月底前",
        2,
        "",
        "",
        "",
        "√",
    ),
    (
        "DB2024-028",
        "推进农村生活垃圾收运处置体系全覆盖",
        "市委常委会议",
        "市城市管理局",
        "2024.6.12",
        "年底前",
        1,
        "2024.7.25",
        "已覆盖行政村2130个，占92%，剩余村正在配置收运车辆",
        "",
        "√",
    ),
    (
        "DB2024-030",
        "全面排查整治餐饮场所城镇燃气安全隐患",
        "上级交办",
        "市应急局",
        "2024.6.20",
        "2024年6月20日至9月30日",
        0,
        "2024.7.29",
        "已排查餐饮场所1860家，整改隐患342处，排查仍在进行",
        "",
        "",
    ),
    (
        "DB2024-033",
        "解决市区老旧小区加装电梯规划审批难问题",
        "人大代表建议",
        "市规划局",
        "2024.7.1",
        "8月31日前",
        0,
        "2024.7.30",
        "已出台加装电梯规划审批简化办法并实施",
        "√",
        "",
    ),
    (
        "DB2024-035",
        "常态化开展食品安全“双随机”抽检",
        "市政府常务会议",
        "市市场监督管理局",
        "2024.7.8",
        "长期坚持",
        0,
        "2024.7.26",
        "常态化推进",
        "",
        "",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 36, 14, 18, 12, 14, 8, 12, 36, 6, 6])
    b.line(ws, 0, "濮阳市人民政府督查室督查督办事项跟踪台账", 11, b.title)
    b.line(ws, 1, "2024年第7期（截至7月31日）", 11, b.right)
    for col, word in enumerate(["序号", "立项编号", "督查事项", "事项来源"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "交办", b.head)
    b.merge(ws, 2, 7, 3, 7, "催办次数", b.head)
    b.merge(ws, 2, 8, 2, 9, "反馈", b.head)
    b.merge(ws, 2, 10, 2, 11, "是否办结", b.head)
    b.header(ws, 3, ["承办单位", "交办日期", "办结时限"], 4)
    b.header(ws, 3, ["反馈日期", "落实情况"], 8)
    b.header(ws, 3, ["是", "否"], 10)
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), 1)
        b.put(ws, r, 7, row[6], b.center)
        b.row(ws, r, list(row[7:9]), 8)
        b.row(ws, r, list(row[9:]), 10, b.center)
    r = 4 + len(SUPERVISE_ROWS)
    b.merge(ws, r, 0, r, 1, "小计", b.head)
    b.merge(ws, r, 2, r, 11, "共7项，已办结2项，未办结5项", b.cell)
    b.line(ws, r + 1, "填表说明：“是否办结”栏在对应格内划“√”；办结时限按工作日计的，自交办之次日起计算。", 11)
    b.line(ws, r + 2, "濮阳市人民政府督查室    2024年7月31日", 11, b.right)
    return b.close()


def write_supervise(path: Path) -> Path:
    via_soffice(write_supervise_book, path, "ods", "督查督办事项跟踪台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 政协提案办理进展情况的报告, after a city's report on its 政协 session's proposals (委员们提交提案639件, 立案588件;
# 涉及互联网+、生态环保、交通拥堵、养老、教育、食品安全; 转交各承办部门办理, 市委督查室、市政府督查室、市政协提案办督办):
# http://news.qtv.com.cn/system/2016/02/19/013187735.shtml
# A .doc (Word 97 via LibreOffice): title, 主送 line, preamble, the proposals as numbered paragraphs under two
# headings, each naming the 提案人 (a member or a party committee) beside the 主办单位, the office and date.
PROPOSAL_PARAS = [
    (
        "一、重点督办提案",
        [
            "1. 第15号提案《关于加快建设城市智慧停车系统的提案》（提案人：刘建国委员）。主办单位：市城管局；"
            "会办单位：市公安局交通管理支队。办理时限：2024年6月30日。办理情况：已答复委员，委员表示满意。",
            "2. 第28号提案《关于推进生态环境损害赔偿制度落地的提案》（提案人：民盟濮阳市委员会）。"
            "主办单位：市环保局。办理时限：2024年6月30日。办理情况：正在办理，已会同市司法局召开专题协商会。",
            "3. 第41号提案《关于缓解中心城区早晚高峰交通拥堵的提案》（提案人：王丽萍委员等3人）。"
            "主办单位：市公安局交通管理支队。办理时限：2024年6月30日前。办理情况：已答复委员，委员表示基本满意。",
        ],
    ),
    (
        "二、其他提案",
        [
            "4. 第56号提案《关于发展社区嵌入式养老服务的提案》（提案人：张华委员）。主办单位：市民政局。"
            "办理时限：8月底前。",
            "5. 第63号提案《关于规范校外培训机构收费行为的提案》（提案人：九三学社濮阳市委员会）。主办单位：市教育局；"
            "会办单位：市市场监督管理局。办理时限：2024年6月30日。办理情况：已办结，已联合开展专项检查。",
            "6. 第77号提案《关于加强网络订餐食品安全监管的提案》（提案人：陈晓东委员）。主办单位：市食药监局。"
            "办理时限：7月31日前。办理情况：未启动。",
            "7. 第90号提案《关于推动“互联网+医疗健康”便民服务的提案》（提案人：李娜委员）。"
            "主办单位：市卫生健康委。办理时限：2024年9月30日。办理情况：阶段性完成，已开通线上预约挂号，"
            "检查结果互认正在推进。",
        ],
    ),
]


def write_proposal_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于市政协九届三次会议提案办理进展情况的报告")
    _paragraph(doc, "市政协提案委员会：")
    _paragraph(
        doc,
        "市政协九届三次会议期间，委员们共提交提案412件，经提案委员会审查立案368件，其中交由市政府系统办理312件。"
        "市委督查室、市政府督查室、市政协提案办对办理工作进行联合督办。现将部分提案办理进展报告如下：",
    )
    for heading, paras in PROPOSAL_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_proposal(path: Path) -> Path:
    return via_soffice(write_proposal_docx, path, "doc", "提案办理进展情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 绩效审计查出问题整改情况表, after a city 审计局's 绩效审计工作情况 report (直属中学教育经费投入和使用、排水管网建设和
# 管理维护、河道综合整治工程、市容环境提升工程、部门预算、专项资金、医院管理等项目):
# https://audit.sz.gov.cn/zxbs/sjgzbg/jxsjgzbg/content/post_1909797.html
# An .xlsx: title, 填报单位 line, a two-row header with 整改情况 merged over 已整改/部分整改/未整改 tick columns, the
# 审计项目 merged over its problems, a 合计 row counting the ticks, a 填表说明 and the signature line.
AUDIT_GROUPS = [
    (
        "市直属中学教育经费投入和使用绩效审计",
        [
            (
                "市第一中学2023年公用经费结余1260万元未及时统筹使用",
                "市教育局",
                "2024年6月30日",
                0,
                "结余资金已按规定统筹用于校舍维修",
            ),
            (
                "两所学校实验室设备闲置率超过40%",
                "市教育局",
                "2024年10月31日",
                1,
                "已调剂闲置设备86台（套），其余设备正在制定调剂方案",
            ),
        ],
    ),
    (
        "全市排水管网建设和管理维护绩效审计",
        [
            (
                "部分新建排水管网未按规划实施雨污分流，存在混接错接",
                "市住房和城乡建设局",
                "2024年12月31日",
                1,
                "已整改混接错接点位58处，剩余点位正在施工",
            ),
            (
                "排水设施养护经费使用效益不高，管网清淤频次不达标",
                "市水务局",
                "2024年7月31日",
                0,
                "已修订养护考核办法，清淤频次达到规定要求",
            ),
        ],
    ),
    (
        "金堤河支流综合整治工程绩效审计",
        [
            (
                "工程建成后部分截污管道未接通，生活污水直排河道",
                "华龙区人民政府",
                "2024年9月30日",
                2,
                "因征地协调未果，接通工程尚未开工",
            ),
            (
                "工程结算审核不严，多计工程款318万元",
                "市财政局",
                "2024年8月31日",
                0,
                "已扣回多计工程款318万元",
            ),
        ],
    ),
    (
        "市区市容环境提升工程绩效审计",
        [
            (
                "部分景观照明设施建成后长期未开启，造成资产闲置",
                "市城市管理局",
                "2024年6月底前",
                None,
                "",
            ),
        ],
    ),
    (
        "濮阳市人民医院管理绩效审计",
        [
            (
                "医院大型医用设备采购未按规定开展可行性论证",
                "濮阳市人民医院",
                "2024年12月31日",
                None,
                "正在完善大型设备采购论证制度",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 22, 40, 18, 16, 8, 8, 8, 34])
    b.line(ws, 0, "2023年度绩效审计查出问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市审计局    整改情况截至2024年7月31日", 8)
    for col, word in enumerate(["序号", "审计项目", "查出问题", "整改责任单位", "整改期限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "部分整改", "未整改"], 5)
    b.merge(ws, 2, 8, 3, 8, "整改说明", b.head)
    r, n = 4, 0
    ticks = [0, 0, 0]
    for project, problems in AUDIT_GROUPS:
        b.merge(ws, r, 1, r + len(problems) - 1, 1, project, b.cell)
        for problem, unit, limit, tick, note in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, unit, limit], 2)
            for k in range(3):
                b.put(ws, r, 5 + k, "√" if tick == k else "", b.center)
            if tick is not None:
                ticks[tick] += 1
            b.put(ws, r, 8, note)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.row(ws, r, [f"共{n}个问题", "", ""], 2)
    b.row(ws, r, ticks, 5, b.center)
    b.put(ws, r, 8, "")
    b.line(
        ws,
        r + 1,
        "填表说明：整改情况在对应栏内打“√”；部分整改和未整改的，应在整改说明栏写明原因及下一步措施。",
        8,
    )
    b.line(ws, r + 2, "填报人：李晓红    审核人：陈国栋    联系电话：0393-8668123    2024年7月31日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 挂牌督办重大安全隐患单位名单及整改要求, after a county's 对存在重大安全隐患企业挂牌治理通告 (列入市级重大事故隐患单位的
# 企业和县级重大安全隐患单位, 具体名单及整改要求附后; 在规定期限内完成整改, 组织有关部门检查验收; 安监等职能部门
# 跟踪检查, 乡镇政府加大督办力度):
# http://www.gwyoo.com/Article/lidaojianhua/btts/201106/443423.html
# An .et (Excel 97 via LibreOffice): 附件 line, title, 挂牌日期 line, one header row with the enterprise as 整改责任单位
# and the 督办部门 beside it, a 验收摘牌 column, one 立即整改 deadline, a 注 and the office.
HAZARD_ROWS = [
    (
        "濮阳县龙腾聚醚制品厂",
        "濮阳县柳屯镇",
        "环氧乙烷储罐区未设置可燃有毒气体泄漏报警装置",
        "增设泄漏报警装置并与紧急切断阀联锁",
        "2024年6月30日",
        "市安监局",
        "已完成整改",
        "已验收摘牌",
    ),
    (
        "濮阳市日升合金有限公司",
        "华龙区岳村镇",
        "熔炼车间冷却水系统无应急水源，断水时存在爆炸风险",
        "增设应急水池和备用电源",
        "2024年8月31日",
        "市应急管理局",
        "应急水池已建成，备用电源正在安装",
        "",
    ),
    (
        "清丰县西坑砖瓦厂",
        "清丰县马庄桥镇",
        "厂区私拉乱接电线，配电室无防护设施",
        "规范用电线路，配电室加装防护",
        "2024年7月15日",
        "市应急管理局",
        "已整改",
        "复查合格",
    ),
    (
        "南乐县恒昌粮油储备库",
        "南乐县近德固乡",
        "粮仓熏蒸作业未落实专人监护，有限空间作业未经审批",
        "建立有限空间作业审批制度，配备气体检测设备",
        "2024年7月20日",
        "市发展和改革委员会",
        "未整改",
        "",
    ),
    (
        "范县鑫源烟花爆竹批发有限公司",
        "范县濮城镇",
        "仓库超量储存烟花爆竹，防雷设施检测超期",
        "立即清理超量储存，重新检测防雷设施",
        "立即整改",
        "市应急管理局",
        "已清理超量储存，防雷设施检测合格",
        "已验收摘牌",
    ),
    (
        "濮阳市金鼎商贸城有限公司",
        "华龙区胜利路街道",
        "商场疏散通道被货物占用，自动喷水灭火系统瘫痪",
        "清理疏散通道，修复自动喷水灭火系统",
        "2024年9月30日",
        "市消防救援支队",
        "疏散通道已清理，喷淋系统正在维修",
        "",
    ),
    (
        "台前县宏达建材有限公司",
        "台前县夹河乡",
        "露天采石场边坡过陡，未按设计分台阶开采",
        "编制边坡治理方案，分台阶削坡减载",
        "2024年12月31日",
        "市自然资源和规划局",
        "",
        "",
    ),
]


def write_hazard_book(path: Path) -> Path:
    b = Book(path, author="安委办")
    ws = b.sheet("名单")
    b.widths(ws, [6, 26, 16, 36, 30, 14, 16, 30, 12])
    b.line(ws, 0, "附件", 8)
    b.line(ws, 1, "2024年第二批市级挂牌督办重大安全隐患单位名单及整改要求", 8, b.title)
    b.line(ws, 2, "挂牌日期：2024年6月18日    整改进展更新至2024年7月31日", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "整改责任单位",
            "所在乡镇",
            "隐患内容",
            "整改要求",
            "整改期限",
            "督办部门",
            "整改进展",
            "验收摘牌",
        ],
    )
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    r = 5 + len(HAZARD_ROWS)
    b.line(
        ws,
        r,
        "注：整改期限为“立即整改”的，以挂牌之日为限；整改完成后由督办部门组织验收，验收合格后摘牌销号。",
        8,
    )
    b.line(ws, r + 1, "濮阳市安全生产委员会办公室", 8, b.right)
    return b.close()


def write_hazard(path: Path) -> Path:
    return via_soffice(write_hazard_book, path, "xls", "挂牌督办重大安全隐患单位名单.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 代表接待选民日意见建议办理情况反馈表 from two towns, after a town 人大's account of its 代表接待选民日 (市、镇人大代表
# 在两个接待点听取选民意见, 收集意见和建议19条; 能现场答复的立即解答, 现场无法解答的梳理后向有关部门反映并反馈选民):
# http://tcsrdb.gov.cn/site_nations/20140613/8de00b49-1fbd-4fa6-b60e-4afc77296593.html
# A .zip of two .xlsx returns. 城关镇's has a 填报单位 line, a 接待点 column, the 反映代表 beside the town's own 承办站所
# and an 答复方式 column; 王助镇's names the town only in its title and ticks 是/否 under 是否办结.
CHENGGUAN_ROWS = [
    (
        "泥河村接待点",
        "刘长海",
        "村内主干道路灯损坏较多，夜间出行不便",
        "城建办",
        "转办",
        "2024年7月20日",
        "已办结，维修更换路灯32盏",
        "满意",
    ),
    (
        "城关社区接待点",
        "王秀英",
        "社区老年食堂就餐人数多，座位明显不足",
        "社会事务办",
        "转办",
        "2024年8月底前",
        "正在协调扩建就餐场地",
        "",
    ),
    (
        "泥河村接待点",
        "李国强",
        "农田灌溉机井电力线路老化，存在漏电隐患",
        "农业服务中心",
        "转办",
        "2024年7月10日",
        "未办理",
        "",
    ),
    (
        "城关社区接待点",
        "陈玉兰",
        "建议在小区周边增设电动自行车集中充电桩",
        "城建办",
        "现场答复",
        "",
        "现场已答复",
        "满意",
    ),
]
WANGZHU_ROWS = [
    (
        "赵庄村",
        "孙立新",
        "村卫生室医生不足，群众看病需到镇上",
        "社会事务办",
        "2024年9月30日",
        "",
        "√",
        "已与镇卫生院协调每周派医生坐诊两次，村医招聘正在进行",
    ),
    (
        "后店村",
        "周建华",
        "后店村至镇区的村村通公路部分路段破损",
        "村镇建设办",
        "2024年7月25日",
        "√",
        "",
        "已修补破损路面1.2公里",
    ),
    ("王助村", "郭 文", "逢集期间车辆乱停乱放造成道路拥堵", "综治办", "长期坚持", "", "", "常态化管控"),
    (
        "赵庄村",
        "孙立新",
        "村内生活垃圾清运不及时，垃圾池经常满溢",
        "村镇建设办",
        "2024年7月15日",
        "",
        "√",
        "",
    ),
]


def write_chengguan(path: Path) -> Path:
    b = Book(path, author="城关镇人大")
    ws = b.sheet("反馈表")
    b.widths(ws, [6, 14, 10, 40, 14, 10, 16, 30, 10])
    b.line(ws, 0, "代表接待选民日意见建议办理情况反馈表", 8, b.title)
    b.line(ws, 1, "填报单位：城关镇人民政府（盖章）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "接待点",
            "反映代表",
            "意见建议内容",
            "承办站所",
            "答复方式",
            "办理时限",
            "办理结果",
            "选民反馈",
        ],
    )
    for i, row in enumerate(CHENGGUAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(CHENGGUAN_ROWS), "镇长：            经办人：            联系电话：", 8)
    return b.close()


def write_wangzhu(path: Path) -> Path:
    b = Book(path, author="王助镇政府")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 10, 40, 14, 16, 6, 6, 36])
    b.line(ws, 0, "王助镇代表接待选民日意见建议办理情况", 8, b.title)
    for col, word in enumerate(["序号", "村别", "提出代表", "意见建议", "承办部门", "办理时限"]):
        b.merge(ws, 1, col, 2, col, word, b.head)
    b.merge(ws, 1, 6, 1, 7, "是否办结", b.head)
    b.header(ws, 2, ["是", "否"], 6)
    b.merge(ws, 1, 8, 2, 8, "办理情况", b.head)
    for i, row in enumerate(WANGZHU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:5]), 1)
        b.row(ws, 2 + i, list(row[5:7]), 6, b.center)
        b.put(ws, 2 + i, 8, row[7])
    b.line(ws, 4 + len(WANGZHU_ROWS), "填表人：马丽    2024年7月30日", 8)
    return b.close()


def write_deputies(path: Path) -> Path:
    members = [
        ("城关镇代表接待选民日意见建议办理情况反馈表.xlsx", write_chengguan),
        ("王助镇意见建议办理情况.xlsx", write_wangzhu),
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
# 10. 群众来访接待登记表, after an account of the 群众来访接待登记表 (来访人基本信息: 姓名、性别、年龄、联系方式、
# 居住地; 来访时间与地点; 来访事由; 接待人员; 处理意见与结果; 备注):
# http://ent.zjrxz.com/jxfw/202507/450998.html
# An .xlsx from one bureau (named only in the title): a two-row header with 来访人基本信息 merged over five columns,
# 来访日期 as text, the 处理意见 naming the bureau's own 科室 and a deadline (a date or N日内 from the 来访日期),
# 处理结果 as sentences, a signature line.
VISIT_ROWS = [
    (
        ("张**", "男", 56, "138****2211", "华龙区锦绣花园"),
        "2024.7.2",
        "局信访接待室",
        "开发商逾期两年未办理小区不动产权证",
        "王志强",
        "转房地产市场监管科督促开发企业办理，7月31日前答复来访人",
        "已督促开发企业提交首次登记资料，正在办理",
    ),
    (
        ("李**", "女", 63, "139****5872", "中原路12号院"),
        "2024.7.3",
        "局信访接待室",
        "老旧小区改造完工后楼道仍然漏雨",
        "王志强",
        "转城市建设科组织施工单位返修，15日内处理完毕",
        "已组织施工单位返修，经回访来访人满意，已办结",
    ),
    (
        ("刘**", "男", 45, "137****0936", "开州路香榭丽舍小区"),
        "2024.7.9",
        "局信访接待室",
        "物业公司未经业主大会同意擅自提高物业费收费标准",
        "李 红",
        "转物业管理科调查核实，7月20日前答复",
        "已责令物业公司恢复原收费标准，已办结",
    ),
    (
        ("赵**", "男", 38, "150****7713", "华龙区御景园"),
        "2024.7.15",
        "局长接待日",
        "商品房交付面积与购房合同约定面积不符",
        "局长 郭卫东",
        "转房地产市场监管科组织测绘核实，30日内答复",
        "",
    ),
    (
        ("孙**", "女", 51, "135****4490", "建设路金色家园"),
        "2024.7.18",
        "局信访接待室",
        "小区电梯频繁故障困人，物业维保不到位",
        "李 红",
        "转物业管理科督促维保单位立即处理",
        "维保单位已更换控制主板，电梯恢复运行，已办结",
    ),
    (
        ("周**", "男", 60, "133****6205", "濮阳县城关镇"),
        "2024.7.23",
        "局信访接待室",
        "某安置房项目施工企业拖欠农民工工资",
        "王志强",
        "转建筑市场监管科督促施工企业支付，8月10日前办结",
        "未处理",
    ),
    (
        ("吴**", "女", 47, "186****3381", "华龙区孟轲乡"),
        "2024.7.26",
        "局信访接待室",
        "公租房申请审核超过规定时限未答复",
        "李 红",
        "转住房保障科核查，10日内答复",
        "正在审核",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="信访科")
    ws = b.sheet("7月")
    b.widths(ws, [6, 8, 6, 6, 14, 18, 12, 14, 32, 12, 36, 32, 8])
    b.line(ws, 0, "濮阳市住房和城乡建设局群众来访接待登记表（2024年7月）", 12, b.title)
    b.merge(ws, 1, 0, 2, 0, "序号", b.head)
    b.merge(ws, 1, 1, 1, 5, "来访人基本信息", b.head)
    b.header(ws, 2, ["姓名", "性别", "年龄", "联系电话", "住址"], 1)
    for col, word in zip(
        range(6, 13),
        ["来访日期", "来访地点", "来访事由", "接待人员", "处理意见", "处理结果", "备注"],
        strict=True,
    ):
        b.merge(ws, 1, col, 2, col, word, b.head)
    for i, (person, *rest) in enumerate(VISIT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(person), 1)
        b.row(ws, r, [*rest, ""], 6)
    r = 4 + len(VISIT_ROWS)
    b.line(ws, r, "登记人：王志强    审核人：李红    联系电话：0393-4418206", 12)
    return b.close()


FILES = [
    ("2024年重大民生实事项目责任分解及推进情况表.xlsx", write_livelihood),
    ("营商环境投诉举报受理办理台账（2024年7月）.xls", write_biz),
    ("12345工单明细导出_20240731.csv", write_hotline),
    ("市水利局党组巡察反馈问题整改落实台账.docx", write_patrol),
    ("督查督办事项跟踪台账（第7期）.ods", write_supervise),
    ("关于市政协九届三次会议提案办理进展情况的报告.doc", write_proposal),
    ("2023年度绩效审计查出问题整改情况表.xlsx", write_audit),
    ("市级挂牌督办重大安全隐患整改进展.et", write_hazard),
    ("代表接待选民日意见建议办理情况（两镇）.zip", write_deputies),
    ("市住建局群众来访接待登记表（2024年7月）.xlsx", write_visit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

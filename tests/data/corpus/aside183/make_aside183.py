"""Write the aside183 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 燃气、供热、供排水等城市生命线与特种设备安全隐患排查 (管网、场站、电梯、锅炉、压力容器).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), a CSV in GBK, a .docx
whose items are numbered paragraphs, a .doc with a table (LibreOffice conversion) and a .zip of two returns (an
.xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside183.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every file is written with fixed dates and fixed zip member times, so two runs give the same bytes.
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
# Workbooks: a thin layer over XlsxWriter.
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
        self.day = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and store it under path."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as out:
        source = writer(Path(tmp) / scratch)
        converted = soffice(source, suffix, Path(out))
        shutil.copyfile(converted, path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts offices use and fixed properties.
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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


# ---------------------------------------------------------------------------------------------
# 1. 采暖期供热问题整改责任清单, after 丹东's 采暖期工作总结暨“冬病夏治”工作部署 (梳理出84项问题，制定整改责任清单;
# 整改内容包括设施维护、生产运行、供热服务三个大项、供热管网及立杠等九个小项; 暂时不具备整改条件的，要制定具体整改
# 措施和时间表; 10月31日前改造老旧供热管网):
# http://gongre360.com/news/202004/30/10202.html
# An .xlsx: title, 填报单位 line, a two-row header (问题类别 over 大项/小项), the 大项 merged down its rows, the
# 供热企业 as 整改责任单位, a 注 line and a signature line.
HEAT_GROUPS = [
    (
        "设施维护",
        [
            (
                "供热管网",
                "胜利路（京开大道—建设路）一次管网DN300保温层大面积脱落，热损失大",
                "濮阳市热力有限公司",
                "更换保温层，同步检修阀门井",
                "2024年10月31日前",
                "正在施工，已完成约40%",
            ),
            (
                "立杠及户内系统",
                "昆吾小区3号楼供热立杠锈蚀渗漏，顶层住户室温不达标",
                "濮阳市热力有限公司",
                "更换3号楼全部立杠",
                "2024年9月底前",
                "未启动",
            ),
            (
                "换热站",
                "绿城换热站1号循环泵振动超标，板式换热器结垢严重",
                "濮阳市城东热力有限公司",
                "检修循环泵，酸洗板式换热器",
                "2024.8.31",
                "已完成检修，试运行正常",
            ),
        ],
    ),
    (
        "生产运行",
        [
            (
                "热源",
                "热源厂2号锅炉引风机故障频发，上一采暖期造成停热4小时",
                "濮阳市华源热电有限公司",
                "更换引风机及电机",
                "第三季度",
                "已签订采购合同，设备待到货",
            ),
            (
                "运行调度",
                "二级管网水力失调，末端小区室温普遍偏低",
                "濮阳市城东热力有限公司",
                "开展水力平衡调节，加装平衡阀",
                "2024年10月15日",
                "",
            ),
            (
                "安全管理",
                "换热站巡检记录不完整，部分站点夜间无人巡查",
                "濮阳县恒暖供热有限公司",
                "建立24小时巡检制度并落实交接班记录",
                "2024.7.20",
                "已整改",
            ),
        ],
    ),
    (
        "供热服务",
        [
            (
                "投诉处理",
                "供热服务热线高峰期接通率低，部分投诉超时未回复",
                "濮阳市热力有限公司",
                "增加热线坐席，投诉限时办结",
                "长期坚持",
                "常态化推进",
            ),
            (
                "收费服务",
                "县城收费网点少，老年用户缴费不便",
                "濮阳县恒暖供热有限公司",
                "增设社区代收网点",
                "2024年10月底前",
                "已增设代收网点2个，整改完成",
            ),
        ],
    ),
]


def write_heating(path: Path) -> Path:
    b = Book(path, author="供热办")
    ws = b.sheet("整改责任清单")
    b.widths(ws, [6, 10, 14, 40, 24, 28, 16, 24])
    b.line(ws, 0, "2023—2024年度采暖期供热问题整改责任清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局（供热管理办公室）    填报日期：2024年7月29日", 7)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题类别", b.head)
    b.header(ws, 3, ["大项", "小项"], first=1)
    for c, word in enumerate(["存在问题", "整改责任单位", "整改措施", "完成时限", "整改进展"], start=3):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    for big, rows in HEAT_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, big, b.center)
        for small, problem, unit, measure, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [small, problem, unit, measure, limit, progress], first=2)
            r += 1
    b.line(
        ws,
        r + 1,
        "注：问题分设施维护、生产运行、供热服务三个大项；暂不具备整改条件的，责任单位须制定应急预案并明确整改时间表。",
        7,
    )
    b.line(ws, r + 2, "审核人：葛卫东    填表人：梁晓菲    联系电话：0393-8996512", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 锅炉及压力容器安全专项检查, after 惠民县质监局's 冬季锅炉安全大检查 (重点为“小作坊”、“小洗衣房”、“小馒头房”、
# “小食品加工厂”、“小浴室”和“小化工”等六小企业，以及公众聚集场所使用的锅炉、“土锅炉”、非承压锅炉承压使用;
# 检查注册登记、定期检验、人员持证上岗; 下达安全监察指令书，要求企业限期整改):
# http://gsiic.com/Item/135366.aspx
# An .xls (xlwt): title, 检查单位 line, one header row with the 指令书 number and its 下达日期, 整改期限 mostly in
# days from that date (one 立行立改), a 合计 row, a 注 line and a 检查人 line.
BOILER_ROWS = [
    (
        "濮阳市华龙区洁丽洗衣店",
        "小洗衣房",
        "蒸汽锅炉",
        "蒸汽锅炉未办理使用登记即投入使用",
        "濮特监指〔2024〕17号",
        "2024年7月8日",
        "15日内",
        "已办理使用登记证",
    ),
    (
        "濮阳县老王馒头坊",
        "小馒头房",
        "常压热水锅炉",
        "常压锅炉出水口加装阀门，非承压锅炉承压使用",
        "濮特监指〔2024〕18号",
        "2024年7月8日",
        "立行立改",
        "已拆除阀门，恢复常压运行，复查合格",
    ),
    (
        "清丰县康乐浴池",
        "小浴室",
        "承压热水锅炉",
        "锅炉安全阀超期未校验，压力表指针失灵",
        "濮特监指〔2024〕19号",
        "2024年7月9日",
        "10日内",
        "安全阀已送检，压力表尚未更换",
    ),
    (
        "濮阳市鑫达食品有限公司",
        "小食品加工厂",
        "蒸汽锅炉",
        "司炉人员无证上岗",
        "濮特监指〔2024〕20号",
        "2024年7月10日",
        "30日内",
        "2名司炉工已报名参加特种设备作业人员考试",
    ),
    (
        "南乐县顺发豆制品加工厂",
        "小作坊",
        "自制锅炉",
        "使用无制造许可的自制“土锅炉”生产",
        "濮特监指〔2024〕21号",
        "2024年7月10日",
        "2024年8月31日前",
        "",
    ),
    (
        "濮阳市华龙区金色年华宾馆",
        "公众聚集场所",
        "承压热水锅炉",
        "锅炉水处理设备停用，未按规定进行水质化验",
        "濮特监指〔2024〕22号",
        "2024年7月11日",
        "15日内",
        "未整改",
    ),
    (
        "范县宏达化工助剂厂",
        "小化工",
        "压力容器",
        "反应釜（第一类压力容器）超期未检验仍在使用",
        "濮特监指〔2024〕23号",
        "2024年7月12日",
        "7日内",
        "已停用报检，经检验合格，已恢复使用",
    ),
]


def write_boiler(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("检查问题台账")
    for col, width in enumerate([6, 26, 12, 12, 36, 20, 14, 14, 30]):
        ws.col(col).width = width * 256
    ws.write_merge(0, 0, 0, 8, "2024年夏季锅炉及压力容器安全专项检查发现问题整改台账", t)
    ws.write_merge(
        1,
        1,
        0,
        8,
        "检查单位：濮阳市市场监督管理局特种设备安全监察科    检查时间：2024年7月8日至7月12日",
        plain,
    )
    words = [
        "序号",
        "使用单位（整改责任单位）",
        "场所类型",
        "设备类别",
        "存在问题",
        "安全监察指令书编号",
        "指令书下达日期",
        "整改期限",
        "整改完成情况",
    ]
    for col, word in enumerate(words):
        ws.write(2, col, word, h)
    for i, row in enumerate(BOILER_ROWS, 1):
        ws.write(2 + i, 0, i, ctr)
        for col, v in enumerate(row, 1):
            ws.write(2 + i, col, v, ctr if col in (2, 3, 6, 7) else c)
    r = 3 + len(BOILER_ROWS)
    ws.write_merge(r, r, 0, 3, "合计", h)
    ws.write_merge(r, r, 4, 8, "检查锅炉、压力容器使用单位23家，下达安全监察指令书7份", c)
    ws.write_merge(r + 1, r + 1, 0, 8, "注：整改期限自安全监察指令书下达之日起计算。", plain)
    ws.write_merge(r + 2, r + 2, 0, 8, "检查人：焦振华、许梦瑶    填表日期：2024年7月29日", plain)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 燃气管道占压隐患排查整治, after 北戴河新区's 公共燃气管网管道占压专项安全检查 (城市发展局、城管科联合燃气公司;
# 按要求对燃气管网标识标志、管道占压情况全面排查，对发现的问题建立台账，迅速整改; 共排查出占压隐患12处，负重捆绑
# 一处，带电缠绕两处，现场处置捆绑负重和带电缠绕):
# https://jianpian.cn/a/14wpdeco
# An .et (Excel 97 via LibreOffice): title, 排查单位 line, one header row with the 隐患类型 (占压、负重捆绑、带电缠绕、
# 标识缺失) and the 整改责任单位 (街道、乡、燃气公司, 城管局), 年底前 / 第四季度, a 合计 row and a 填表人 line.
PRESS_ROWS = [
    (
        "华龙区胜利路街道",
        "胜利路与建设路交叉口东50米",
        "占压",
        "临街商户违章搭建彩钢房占压DN160中压燃气管道约12米",
        "华龙区胜利路街道办事处",
        "拆除违章搭建",
        "2024年8月15日前",
        "已下达限期拆除通知书，商户正在自行拆除",
    ),
    (
        "华龙区中原路街道",
        "石化小区北门",
        "占压",
        "小区门卫室建在燃气庭院管道上方",
        "华龙区中原路街道办事处",
        "门卫室迁建",
        "2024年9月30日前",
        "未启动",
    ),
    (
        "华龙区开州路街道",
        "开州路农贸市场东门",
        "负重捆绑",
        "燃气立管上捆绑遮阳篷拉绳并悬挂杂物",
        "市燃气公司",
        "现场解除捆绑",
        "2024.7.10",
        "已现场解除",
    ),
    (
        "华龙区大庆路街道",
        "大庆路88号沿街门面",
        "带电缠绕",
        "商户电源线缠绕在燃气引入管上",
        "华龙区大庆路街道办事处",
        "拆除缠绕电线，规范敷设",
        "2024.7.11",
        "已拆除，复查合格",
    ),
    (
        "高新区",
        "长庆路（黄河路—濮上路）",
        "标识缺失",
        "中压燃气管道沿线地面标志桩缺失9处",
        "市燃气公司",
        "补设标志桩和警示牌",
        "2024年8月31日",
        "已补设5处",
    ),
    (
        "华龙区孟轲乡",
        "王称堌村",
        "占压",
        "村民自建房院墙占压燃气管道约6米",
        "华龙区孟轲乡人民政府",
        "协调拆除院墙或实施管道改线",
        "年底前",
        "",
    ),
    (
        "华龙区任丘路街道",
        "绿城路中段绿化带",
        "占压",
        "绿化带内乔木根系挤压燃气管道，管道有变形",
        "市城管局",
        "移植树木，检测管道",
        "第四季度",
        "已制定移植方案，待报批",
    ),
]


def write_pressing_book(path: Path) -> Path:
    b = Book(path, author="燃气管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 22, 10, 36, 22, 20, 16, 28])
    b.line(ws, 0, "2024年城区燃气管道占压隐患排查整治台账", 8, b.title)
    b.line(
        ws,
        1,
        "排查单位：濮阳市城市管理局燃气管理科、濮阳市燃气有限公司管网所    排查时间：2024年7月9日至7月12日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇（街道）",
            "位置",
            "隐患类型",
            "隐患描述",
            "整改责任单位",
            "处置措施",
            "整改时限",
            "处置情况",
        ],
    )
    for i, row in enumerate(PRESS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PRESS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查隐患7处：占压4处，负重捆绑1处，带电缠绕1处，标识缺失1处")
    b.line(ws, end + 2, "填表人：孔令军    联系电话：0393-4418823    填报日期：2024年7月30日", 8)
    return b.close()


def write_pressing(path: Path) -> Path:
    return via_soffice(write_pressing_book, path, "xls", "燃气管道占压隐患排查整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 燃气、液化石油气使用安全专项检查, after 黄土庄镇's joint check (镇综合行政执法队、应急办联合市场监督管理局，从校园、
# 餐饮场所等重点领域开始; 走访点位67个，发现问题15个，完成立行立改9个，对需长期整改的问题现场开出整改清单，责令限期
# 完成整改; 液化石油气使用是否规范、燃气报警装置、消防器材、气瓶设置、燃气灶熄火保护装置):
# http://182.92.7.123/a/zixun/1778.html
# A CSV in GBK: a title line, a line naming the checkers and the check date (the base of 立行立改), a header line,
# the 点位 as 责任主体, a 合计 line and a 填表人 line.
TOWN_ROWS = [
    (
        "濮阳县庆祖镇中心小学食堂",
        "学校",
        "液化石油气钢瓶与灶具同室存放，未设置独立气瓶间",
        "限期整改",
        "2024年8月25日前",
        "正在改造独立气瓶间",
    ),
    (
        "濮阳县庆祖镇聚友饭庄",
        "餐饮场所",
        "后厨未安装可燃气体报警装置",
        "限期整改",
        "7月31日前",
        "已安装报警装置",
    ),
    ("濮阳县庆祖镇刘记烩面馆", "餐饮场所", "燃气灶无熄火保护装置", "立行立改", "立行立改", "已更换灶具"),
    (
        "濮阳县庆祖镇福满园超市",
        "商超",
        "店内违规储存液化石油气钢瓶5只",
        "立行立改",
        "立行立改",
        "钢瓶已由供气企业回收",
    ),
    ("濮阳县庆祖镇敬老院", "养老机构", "厨房未配备灭火器和灭火毯", "限期整改", "2024.7.26", "未整改"),
    (
        "濮阳县庆祖镇李家包子铺",
        "餐饮场所",
        "减压阀超期使用，连接软管长度超过2米",
        "立行立改",
        "立行立改",
        "已更换减压阀和软管",
    ),
    ("濮阳县庆祖镇第二初级中学食堂", "学校", "气瓶未固定，无防倾倒措施", "限期整改", "8月20日前", ""),
]


def write_town(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["庆祖镇燃气（液化石油气）使用安全专项检查问题整改清单", "", "", "", "", "", ""])
    w.writerow(
        [
            "检查单位：庆祖镇综合行政执法大队、镇应急办、庆祖市场监督管理所；检查日期：2024年7月16日",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["序号", "检查点位（责任主体）", "点位类型", "发现问题", "整改方式", "整改期限", "整改情况"])
    for i, row in enumerate(TOWN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "走访点位67个", "", "列入整改清单问题7个", "立行立改3个、限期整改4个", "", ""])
    w.writerow(["填表人：赵晓静", "", "联系电话：0393-3287716", "", "填报日期：2024年7月29日", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 雨污水管网混错接排查, after a 市政中心's 市区雨污水管网混、错接排查 (分片推进、逐段摸排，把排查区域划分5个片区;
# 查看排水户内网图纸，走访小区老住户; 发现一处问题、标记一处位置、记录一笔台账，为下一步混、错接整改工作提供数据支撑):
# http://2017synchroworlds.com/Print.aspx?id=137618
# An .xlsx: title, 填报单位 line, one header row with 片区, 检查井编号 and 问题类型, the 排水户 or the responsible
# office as 整改责任单位 (short name 市城管局), a 2024-2025年 range, a 填表说明 line and a signature line.
SEWER_ROWS = [
    (
        "第二片区",
        "京开大道（黄河路—长庆路）",
        "Y-0215",
        "污水错接雨水",
        "濮阳市第三中学食堂污水管错接入市政雨水管",
        "濮阳市第三中学",
        "2024年8月20日前（暑期完成）",
        "已完成切改，经闭水试验合格",
    ),
    (
        "第二片区",
        "任丘路",
        "W-0331",
        "雨水混接污水",
        "金色家园小区雨落管接入小区污水管网",
        "濮阳市金色家园物业服务有限公司",
        "2024年9月30日",
        "正在施工，已完成约60%",
    ),
    (
        "第二片区",
        "建设路（胜利路—中原路）",
        "Y-0408",
        "污水错接雨水",
        "沿街6家餐饮店后厨排水接入道路雨水口",
        "市城管局",
        "2024年8月31日",
        "未整改",
    ),
    (
        "第三片区",
        "胜利路（京开大道—五一路）",
        "W-0512",
        "雨污合流",
        "胜利路该段仍为雨污合流管道，雨季溢流",
        "濮阳市市政设施服务中心",
        "2024-2025年",
        "已纳入城市更新项目，正在设计",
    ),
    (
        "第三片区",
        "中原路",
        "Y-0620",
        "污水错接雨水",
        "濮阳市中医医院洗衣房排水接入雨水管",
        "濮阳市中医医院",
        "2024.7.25",
        "已切改完毕",
    ),
    (
        "第三片区",
        "大庆路",
        "W-0703",
        "雨水混接污水",
        "大庆路农贸市场场地雨水排入污水管",
        "濮阳市华龙区大庆路农贸市场管理有限公司",
        "2024年10月底",
        "",
    ),
    (
        "第四片区",
        "振兴路",
        "Y-0811",
        "污水错接雨水",
        "洗车店洗车废水直排雨水井",
        "濮阳市华龙区洁美汽车美容店",
        "2024年7月20日",
        "已封堵错接管，复查合格",
    ),
]


def write_sewer(path: Path) -> Path:
    b = Book(path, author="排水科")
    ws = b.sheet("混错接台账")
    b.widths(ws, [6, 10, 24, 10, 12, 36, 30, 22, 26])
    b.line(ws, 0, "市区雨污水管网混错接排查问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市市政设施服务中心（盖章）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "片区",
            "路段",
            "检查井编号",
            "问题类型",
            "问题描述",
            "整改责任单位",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(SEWER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SEWER_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：问题类型分为雨水混接污水、污水错接雨水、雨污合流三类；检查井编号Y为雨水井，W为污水井。",
        8,
    )
    b.line(ws, end + 2, "负责人：吕国栋    填表人：霍佳    联系电话：0393-8321475", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 人员密集场所电梯安全检查, after 清丰县质监局's 电梯安全检查 (深入到辖区商场、酒店、医院等人流量大、电梯使用频率高
# 的场所，对电梯的注册登记、定期检验、维护保养、警示标志张贴以及作业人员持证上岗等情况进行了全面检查，并对维保单位
# 的反应速度进行了检验; 对检查发现的问题，均下达安全监察指令书，并督促电梯使用单位限期改正):
# https://m.cxwy88.com/Business/info/6590
# A .docx report: title, 主送, preamble, the items as numbered paragraphs each opening with the 使用单位 and telling
# the problem, the deadline and the progress in sentences, a closing paragraph, the office and date at the foot.
LIFT_PARAS = [
    (
        "1. 清丰县新世纪购物中心：1号自动扶梯梳齿板缺齿3处，扶手带入口防异物保护装置失效。已下达安全监察指令书，"
        "责令7月20日前整改。目前已更换梳齿板并修复保护装置，整改完成。"
    ),
    (
        "2. 清丰县人民医院：病床电梯五方对讲装置值班室端无人接听。责令7月12日前落实值班室24小时值守。"
        "目前已安排专人值守，经复查合格。"
    ),
    (
        "3. 清丰县金源大酒店：2号客梯超过定期检验周期未报检，安全检验合格标志已过期。责令8月15日前完成定期检验。"
        "目前已向检验机构报检，等待检验。"
    ),
    (
        "4. 清丰县中医院：应急救援测试中维保单位到场用时42分钟，超过30分钟的规定要求。责令该院督促维保单位落实"
        "驻点值守，8月31日前整改到位。目前尚未整改。"
    ),
    (
        "5. 清丰县万家福超市：载货电梯由未取得特种设备作业人员证的员工操作。责令9月30日前安排人员取证，取证前停止"
        "使用该货梯。目前货梯已停用，2名员工已报名参加培训考核。"
    ),
    "6. 清丰县汽车客运站：候车厅自动扶梯未张贴安全使用须知和安全警示标志。责令7月15日前张贴到位。",
    (
        "7. 清丰县迎宾馆：电梯日常巡查记录不全，维保记录无使用单位签字确认。责令建立电梯日常巡查和维保签字确认"
        "制度，长期坚持。"
    ),
]


def write_lift(path: Path) -> Path:
    doc = _new_document("特种设备股")
    _title(doc, "清丰县市场监督管理局关于人员密集场所电梯安全检查情况的报告")
    _paragraph(doc, "市市场监督管理局：")
    _paragraph(
        doc,
        "按照市局《关于开展人员密集场所电梯安全专项检查的通知》要求，我局于2024年7月8日至12日，深入辖区商场、"
        "酒店、医院等人流量大、电梯使用频率高的场所，对电梯注册登记、定期检验、维护保养、警示标志张贴以及作业人员"
        "持证上岗等情况进行了全面检查，并对维保单位的应急响应速度进行了测试。共检查电梯使用单位15家、电梯46台，"
        "对发现问题的7家使用单位下达了安全监察指令书。现将问题及整改情况报告如下：",
    )
    for text in LIFT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对上述问题逐一跟踪复查，对逾期未整改的依法立案查处。")
    _paragraph(doc, "清丰县市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 住宅小区电梯及民用“三表”检查, after 伊旗质监局's 住宅小区电梯及“民用三表”检查摸排 (小区电梯管理、维保、检验情况及
# 民用“三表”（水表、燃气表、电表）的检定情况; 个别住宅小区因无物业服务公司，存在电梯无人管理、超检验周期，无维护
# 保养单位等问题; 下达《特种设备安全监察指令书》，责令其限期整改):
# http://www.watermeter.net.cn/news/shuiyexinwen/5/24330.html
# A .zip of two 街道 returns: an .xlsx (检查单位 line, one header row with 小区 and 检查类别, the 街道 itself for
# the 无物业 小区, 物业公司 and the 燃气公司 (short name) as 责任单位) and a .docx table (the 自来水公司, a 物业公司,
# the 街道 and 濮阳供电公司 as 责任单位).
STREET_A_ROWS = [
    (
        "老干部小区",
        "电梯",
        "小区无物业服务企业，2部电梯无人管理、无维护保养单位",
        "华龙区人民路街道办事处",
        "协调引入维保单位，明确临时管理人",
        "2024年8月31日",
        "已与2家维保单位洽谈",
    ),
    (
        "华苑小区",
        "电梯",
        "1号楼电梯超过检验周期4个月未报检",
        "濮阳市华苑物业服务有限公司",
        "立即报检",
        "2024.7.31",
        "已报检，检验合格",
    ),
    (
        "锦绣花园小区",
        "燃气表",
        "居民燃气表使用超过10年未按期更换",
        "市燃气公司",
        "分批更换到期燃气表",
        "2024年12月底前",
        "已更换120块，其余正在更换",
    ),
    (
        "建业小区",
        "电梯",
        "5号楼电梯轿厢应急照明失效",
        "濮阳市安居物业管理有限公司",
        "维修应急照明",
        "2024.7.20",
        "",
    ),
]
STREET_B_ROWS = [
    ("东风小区", "水表", "居民水表超过检定周期未更换", "市自来水公司", "分批更换水表", "第三季度", "未启动"),
    (
        "建设路65号院",
        "电梯",
        "无物业管理，电梯停用但未办理停用报备",
        "华龙区建设路街道办事处",
        "向市场监管部门办理停用报备",
        "2024年7月25日",
        "已办理停用报备",
    ),
    (
        "盛世家园小区",
        "电梯",
        "电梯维保记录与实际不符，半月维保未落实",
        "濮阳市盛世物业服务有限公司",
        "约谈维保单位，必要时更换",
        "2024年8月15日",
        "已约谈，正在选聘新维保单位",
    ),
    (
        "盛世家园小区",
        "电能表",
        "小区公共用电电能表超期未检定",
        "濮阳供电公司",
        "更换检定合格的电能表",
        "2024年9月30日",
        "已更换完毕",
    ),
]


def write_street_a(path: Path) -> Path:
    b = Book(path, author="人民路街道")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 14, 10, 36, 26, 26, 16, 24])
    b.line(ws, 0, "住宅小区电梯及民用“三表”检查问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区人民路街道办事处    检查单位：市市场监督管理局、人民路街道办事处    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "小区名称", "检查类别", "存在问题", "整改责任单位", "整改措施", "整改期限", "进展情况"],
    )
    for i, row in enumerate(STREET_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STREET_A_ROWS), "填表人：苗雨欣    联系电话：0393-8412093", 7)
    return b.close()


def write_street_b(path: Path) -> Path:
    doc = _new_document("建设路街道")
    _title(doc, "住宅小区电梯及民用“三表”检查问题整改情况", 18)
    _paragraph(doc, "填报单位：华龙区建设路街道办事处    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(STREET_B_ROWS, 1)]
    _table(
        doc,
        ["序号", "小区名称", "检查类别", "存在问题", "整改责任单位", "整改措施", "整改期限", "进展情况"],
        body,
    )
    _paragraph(doc, "填表人：邵文杰    联系电话：0393-8420517", 12)
    return _save_fixed(doc, path)


def write_streets(path: Path) -> Path:
    members = [
        ("人民路街道住宅小区电梯及三表检查问题整改情况.xlsx", write_street_a),
        ("建设路街道住宅小区电梯及三表检查问题整改情况.docx", write_street_b),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 热源单位供热准备工作检查, after 香坊区's check of its 十家热源单位 (逐一检查煤炭储备、供热设备检修及老旧管网改造进展
# 情况; 10月20日前务必实现煤炭运输到场; 加快供热老旧管网改造，10月15日前务必全面完工; 在热态运行前完成供热锅炉及设备
# 检修; 对于未按期供热的企业要利用媒体进行通报，并对企业信用进行扣分处理):
# http://shzhidao.cn/content/content_565406.html
# A .doc (Word 97 via LibreOffice): 通报 with 主送 and preamble, one table with the 热源单位 as 责任单位 and
# the 检查项目, deadlines as dates, 10月15日前完工 and 第三季度, the requirements paragraph, office and date.
SOURCE_ROWS = [
    (
        "南乐县恒源热力有限公司",
        "设备检修",
        "1号燃煤热水锅炉水冷壁管结焦，部分管壁减薄",
        "更换减薄管段，清除结焦",
        "2024年10月15日前",
        "已委托检验机构检测，正在制定维修方案",
    ),
    (
        "南乐县恒源热力有限公司",
        "煤炭储备",
        "已签订的购煤协议数量不足采暖期用量的50%",
        "补签购煤协议，保证采暖期用煤",
        "2024年9月30日前",
        "未整改",
    ),
    (
        "南乐县城北供热站",
        "管网改造",
        "城北老旧供热管网改造3.2公里仅完成管材招标",
        "倒排工期，加快施工",
        "10月15日前完工",
        "正在施工",
    ),
    (
        "南乐县城北供热站",
        "安全管理",
        "煤场消防通道被煤堆占用，未设置防尘网",
        "清理消防通道，覆盖防尘网",
        "2024年7月20日",
        "已清理消防通道并覆盖防尘网",
    ),
    (
        "南乐县人民医院",
        "设备检修",
        "自备燃气锅炉燃烧器未按期维护保养",
        "委托专业单位维护保养",
        "2024年8月31日前",
        "",
    ),
    (
        "南乐县金堤花园小区供热站",
        "设备检修",
        "换热机组板式换热器泄漏",
        "更换板片并试压",
        "第三季度",
        "已更换板片，试压合格",
    ),
    (
        "南乐县恒源热力有限公司",
        "应急保障",
        "供热应急抢修人员不足，抢修物资储备不全",
        "配齐抢修队伍和物资",
        "2024年10月底前",
        "已招录抢修人员6名，物资正在采购",
    ),
]


def write_source_docx(path: Path) -> Path:
    doc = _new_document("城建股")
    _title(doc, "关于全县热源单位供热准备工作检查情况的通报")
    _paragraph(doc, "各热源单位：")
    _paragraph(
        doc,
        "为确保2024—2025年度采暖期正常供热，7月15日至17日，县住房和城乡建设局组织对全县6家热源单位逐一检查了"
        "煤炭储备、供热设备检修及老旧管网改造进展情况。现将检查发现的问题通报如下，请各单位对照问题逐项整改，"
        "并于每月25日前报送整改进展。",
    )
    body = [[str(i), *row] for i, row in enumerate(SOURCE_ROWS, 1)]
    _table(doc, ["序号", "热源单位", "检查项目", "存在问题", "整改要求", "完成时限", "整改进展"], body)
    _paragraph(
        doc,
        "各热源单位要在热态运行前完成锅炉及设备检修。对未按期完成整改、影响按时供热的企业，将予以通报，"
        "并记入企业信用档案。",
    )
    _paragraph(doc, "南乐县住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_source(path: Path) -> Path:
    return via_soffice(write_source_docx, path, "doc", "热源单位供热准备工作检查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 液化气站及加气站突击检查, after 临沂市住建局's 突击检查 of 6家燃气企业、液化气站 (罐区围堰设置不符合标准; 装卸区没有
# 静电接地保护装置; 温度表、压力表尚未检验; 喷淋回水直接流入民用下水道; 未安装拉断阀; CNG储气区卸气柱放散管位置偏低;
# 储罐安全阀下部截止阀未开; 燃气报警探测系统未开启; 静电接地报警器失灵; 下发整改通知书，责令企业限期整改):
# https://yybnet.net/linyi/mengyin/201604/2120040.html
# An .xlsx: title, 检查单位/检查日期 line, a two-row header (隐患情况 over 部位/描述, 整改落实 over 期限/情况/验收),
# the stations as 整改责任单位, deadlines as real date cells, a 验收 column beside 整改情况, a 合计 row and a
# signature line.
STATION_ROWS = [
    (
        "范县鑫源液化气站",
        "液化石油气储配站",
        "罐区",
        "罐区围堰高度不足1米且未封闭",
        "范建燃改〔2024〕11号",
        date(2024, 8, 10),
        "正在加高围堰",
        "",
    ),
    (
        "范县鑫源液化气站",
        "液化石油气储配站",
        "储罐",
        "储罐安全阀下部截止阀处于关闭状态",
        "范建燃改〔2024〕11号",
        date(2024, 7, 9),
        "已开启并铅封",
        "验收合格",
    ),
    (
        "范县鑫源液化气站",
        "液化石油气储配站",
        "消防喷淋",
        "喷淋回水直接排入市政污水管道",
        "范建燃改〔2024〕11号",
        date(2024, 9, 30),
        "",
        "",
    ),
    (
        "范县顺通液化石油气有限公司",
        "液化石油气充装站",
        "装卸区",
        "装卸区未设置静电接地保护装置",
        "范建燃改〔2024〕12号",
        date(2024, 7, 31),
        "已安装静电接地装置",
        "",
    ),
    (
        "范县顺通液化石油气有限公司",
        "液化石油气充装站",
        "充装区",
        "充装柱未安装拉断阀",
        "范建燃改〔2024〕12号",
        date(2024, 8, 31),
        "未整改",
        "",
    ),
    (
        "范县通达天然气加气站",
        "CNG加气站",
        "卸气区",
        "CNG卸气柱放散管高度偏低",
        "范建燃改〔2024〕13号",
        date(2024, 8, 15),
        "已加高放散管",
        "验收合格",
    ),
    (
        "范县宏大液化气供应站",
        "液化石油气供应站",
        "仪表",
        "压力表、温度计超期未检定",
        "范建燃改〔2024〕14号",
        date(2024, 7, 20),
        "已送检，检定合格并重新安装",
        "验收合格",
    ),
    (
        "范县宏大液化气供应站",
        "液化石油气供应站",
        "报警系统",
        "可燃气体报警探测系统未开启，静电接地报警器失灵",
        "范建燃改〔2024〕14号",
        date(2024, 8, 5),
        "报警系统已开启，静电接地报警器正在维修",
        "",
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="燃气股")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 26, 18, 10, 36, 20, 16, 28, 12])
    b.line(ws, 0, "燃气经营企业（液化气站、加气站）突击检查隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：范县住房和城乡建设局会同县应急管理局、县市场监督管理局及行业专家    检查日期：2024年7月8日",
        8,
    )
    for c, word in enumerate(["序号", "整改责任单位", "站点类型"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "隐患情况", b.head)
    b.header(ws, 3, ["隐患部位", "隐患描述"], first=3)
    b.merge(ws, 2, 5, 3, 5, "整改通知书编号", b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "整改情况", "验收情况"], first=6)
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STATION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查燃气经营企业6家，其中4家存在隐患，共8处，下达整改通知书4份")
    b.line(ws, end + 2, "检查组长：樊立伟    填表人：司马静    联系电话：0393-5221369", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 二次供水单位卫生监督检查, after 富阳区卫监's check of 12家二次供水单位 with a third-party lab (专职管理员取得健康证
# 和卫生知识培训证明; 设施周围环境、设施运转、饮水消毒设备; 蓄水箱每年清洗不少于2次，有清洗、消毒记录; 部分单位存在
# 蓄水设施安全防护不到位以及水质监测不及时等问题; 出具监督意见书，责令立即整改; 检测结果另行公示):
# http://m.yaozui.com/p/593261
# An .xlsx: title, 填报单位 line, one header row with the 二次供水单位 and its 小区/场所 in separate columns, the
# 监督意见书 number, 长期坚持, a 备注 line and a signature line.
WATER_ROWS = [
    (
        "濮阳市迎宾大酒店有限公司",
        "酒店主楼",
        "水箱人孔未加锁，溢流管无防虫网",
        "华卫监意〔2024〕031号",
        "人孔加锁，溢流管加装防虫网",
        "2024年7月15日",
        "已整改",
    ),
    (
        "濮阳市绿洲物业服务有限公司",
        "御景湾小区",
        "2名供管水人员无有效健康证明",
        "华卫监意〔2024〕032号",
        "办理健康证明后上岗",
        "2024年7月31日前",
        "已办理健康证明",
    ),
    (
        "濮阳市锦华物业管理有限公司",
        "盛世华庭小区",
        "2024年上半年未对蓄水池清洗消毒",
        "华卫监意〔2024〕033号",
        "委托专业单位清洗消毒",
        "2024年7月20日",
        "未整改",
    ),
    (
        "濮阳市华龙区锦江商务酒店",
        "酒店",
        "未按季度开展水质检测",
        "华卫监意〔2024〕034号",
        "委托有资质的机构检测水质",
        "8月15日前",
        "已委托第三方检测机构采样，报告未出",
    ),
    (
        "濮阳市康宁医院",
        "门诊楼",
        "二次供水泵房内堆放杂物，地面积水",
        "华卫监意〔2024〕035号",
        "清理杂物，疏通排水",
        "7月12日",
        "已清理完毕",
    ),
    (
        "濮阳市安泰物业服务有限公司",
        "阳光城小区",
        "紫外线消毒器故障停用",
        "华卫监意〔2024〕036号",
        "维修或更换消毒设备",
        "2024年8月31日",
        "",
    ),
    (
        "濮阳市建业物业服务有限公司",
        "森林半岛小区",
        "未建立二次供水卫生管理制度和卫生档案",
        "华卫监意〔2024〕037号",
        "建立管理制度和档案，定期更新",
        "长期坚持",
        "长期坚持，定期更新档案",
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="卫生监督所")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 14, 34, 22, 26, 16, 28])
    b.line(ws, 0, "二次供水单位卫生监督检查问题整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区卫生健康综合监督执法大队    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "二次供水单位",
            "小区（场所）",
            "存在问题",
            "监督意见书编号",
            "整改要求",
            "整改时限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_ROWS)
    b.line(ws, end + 1, "备注：本次检查二次供水单位12家，水质检测结果待第三方检测机构出具报告后另行公示。", 7)
    b.line(ws, end + 2, "填表人：蔺思雨    审核人：袁志强    联系电话：0393-8877620", 7)
    return b.close()


FILES = [
    ("2023—2024年度采暖期供热问题整改责任清单.xlsx", write_heating),
    ("锅炉及压力容器安全专项检查发现问题整改台账.xls", write_boiler),
    ("城区燃气管道占压隐患排查整治台账.et", write_pressing),
    ("庆祖镇燃气使用安全专项检查问题整改清单.csv", write_town),
    ("市区雨污水管网混错接排查问题台账.xlsx", write_sewer),
    ("清丰县人员密集场所电梯安全检查情况报告.docx", write_lift),
    ("住宅小区电梯及民用三表检查问题整改（两个街道）.zip", write_streets),
    ("关于全县热源单位供热准备工作检查情况的通报.doc", write_source),
    ("燃气经营企业突击检查隐患整改台账（范县）.xlsx", write_station),
    ("二次供水单位卫生监督检查问题整改情况表.xlsx", write_water),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

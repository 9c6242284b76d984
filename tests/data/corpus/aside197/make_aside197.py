"""Write the aside197 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: supervision of rural water supply (水厂、供水站、集中供水工程), of water-project operation (坑塘和小型调蓄
水库、水闸泵站、黄河堤防险工), of river sand mining (砂场、上砂点、环保督察涉砂问题) and of soil and water conservation
on production and construction projects (跟踪检查、遥感图斑). Contents are made up; statistics date 2024-07-31.

Forms: .xlsx (five, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered paragraphs,
an .et (Excel 97 via LibreOffice), a .doc with two tables (Word 97 via LibreOffice) and a .zip of two returns (an
.xlsx and a .docx).

Run from this folder: python make_aside197.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
# 1. 农村供水工程监督检查, after a river basin commission's 农村饮水安全监督检查 (走访用水户, 检查集中供水工程, 复核
# 12314监督举报服务平台移交的问题线索; 现场检查结束后向县级水行政主管部门反馈发现的问题，提出整改建议，抓紧落实整改):
# http://www.hrc.gov.cn/main/zhyw/528234.jhtml
# An .xlsx: title, 填报单位 line, a two-row header (整改落实情况 over 进展情况 and 完成时间) with the 问题来源 (现场检查 /
# 入户走访 / 12314线索复核) and the county 水利局 as 责任单位, a 合计 row, a 注 line and a 填表人 line.
SUPPLY_ROWS = [
    (
        "现场检查",
        "濮阳县",
        "渠村乡集中供水站",
        "二氧化氯消毒设备未正常运行，现场无消毒剂投加记录",
        "濮阳县水利局",
        "修复消毒设备，建立消毒剂投加记录",
        "2024年7月15日",
        "已修复并建立投加台账",
        date(2024, 7, 12),
    ),
    (
        "入户走访",
        "清丰县",
        "六塔乡供水工程",
        "后屯村部分农户反映夏季用水高峰时段水压不足，高层用户无水",
        "清丰县水利局",
        "铺设加压管道，增设变频加压泵",
        "8月底前",
        "正在铺设加压管道",
        None,
    ),
    (
        "12314线索复核",
        "南乐县",
        "谷金楼乡供水站",
        "郭村群众反映水费收缴标准未公示，收费不透明",
        "南乐县水利局",
        "在村务公开栏公示水价和收费标准",
        "2024.7.10",
        "已在村务公开栏公示",
        date(2024, 7, 8),
    ),
    (
        "现场检查",
        "范县",
        "陈庄镇水厂",
        "水源井井口未封闭，井房周边堆放农药包装物等杂物",
        "范县水利局",
        "封闭井口，清理杂物，设置水源保护标志",
        "2024年7月20日",
        "",
        None,
    ),
    (
        "现场检查",
        "台前县",
        "打渔陈镇供水站",
        "未配备水质检测设备，未开展出厂水日常自检",
        "台前县水利局",
        "购置浑浊度、余氯等常规检测设备，落实日检制度",
        "2024年9月30日",
        "未启动",
        None,
    ),
    (
        "入户走访",
        "华龙区",
        "岳村镇城乡供水一体化管网",
        "部分村庄频繁停水，停水前未提前告知用户",
        "市水务公司",
        "建立计划停水提前24小时告知制度",
        "长期坚持",
        "常态化推进停水提前告知",
        None,
    ),
    (
        "12314线索复核",
        "濮阳县",
        "梁庄镇供水工程",
        "大韩村群众反映村内管网漏损严重，报修后维修不及时",
        "濮阳县水利局",
        "更换漏损管段，公布报修电话，限时维修",
        "2024年8月15日",
        "已更换漏损管段1.2公里，剩余部分正在施工",
        None,
    ),
    (
        "现场检查",
        "清丰县",
        "马庄桥镇供水工程",
        "工程运行管护经费未落实，管护人员工资拖欠",
        "清丰县水利局",
        "将运行管护经费纳入县级财政预算",
        "年底前",
        "已向县财政局报送经费预算申请，待批复",
        None,
    ),
]


def write_supply(path: Path) -> Path:
    b = Book(path, author="农村水利水电科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 10, 22, 36, 16, 30, 14, 30, 14])
    b.line(ws, 0, "2024年农村供水工程监督检查发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（盖章）    填报日期：2024年7月29日", 9)
    for c, word in enumerate(
        ["序号", "问题来源", "县（区）", "工程名称", "问题描述", "责任单位", "整改措施", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "完成时间"], first=8)
    for i, row in enumerate(SUPPLY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SUPPLY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "共反馈问题8个，已完成整改2个，其余正在督促整改")
    b.line(ws, end + 1, "注：“完成时间”栏填写整改完成并经县级水行政主管部门复核的日期。", 9)
    b.line(ws, end + 2, "填表人：孔德华    审核人：冯晓军    联系电话：0393-8916237", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村饮水安全暗访抽查问题清单, after a city 水利部门's 暗访抽查 (分7个组到各县市区，以“四不两直”方式入户调查、核查
# 供水工程; 制定问题清单，建立分片责任体系，确定6月底前完成整改任务，实时更新问题清单，限期整改并销号):
# http://www.zhkenergy.com/news/show.php?itemid=29384
# A CSV in GBK: a title line, a line with the 暗访 dates and the 交办 date the working days count from, one header
# line with the 暗访组 (inspector) and the township as 责任单位, 是否销号, and a 合计 line.
VISIT_ROWS = [
    (
        "第一暗访组",
        "濮阳县",
        "庆祖镇西辛庄村",
        "水量",
        "西辛庄村3户反映季节性缺水，用水高峰时段断水",
        "濮阳县庆祖镇人民政府",
        "6月底前",
        "已接通管网延伸工程，恢复正常供水",
        "是",
    ),
    (
        "第二暗访组",
        "清丰县",
        "韩村镇东赵村",
        "水质",
        "末梢水余氯检测不达标",
        "清丰县韩村镇人民政府",
        "2024-07-15",
        "已调整消毒剂投加量，复检合格",
        "是",
    ),
    (
        "第三暗访组",
        "南乐县",
        "千口镇大庞村",
        "管护",
        "村级管水员未落实，管护制度未上墙",
        "南乐县千口镇人民政府",
        "6月底前",
        "已选聘管水员，管护制度正在制作上墙",
        "否",
    ),
    (
        "第四暗访组",
        "范县",
        "王楼镇金村",
        "方便程度",
        "部分农户入户管道未安装水表，无法计量收费",
        "范县王楼镇人民政府",
        "2024-08-31",
        "未启动",
        "否",
    ),
    (
        "第五暗访组",
        "台前县",
        "吴坝镇马口村",
        "水质",
        "饮用水源井周边有旱厕，存在污染隐患",
        "台前县吴坝镇人民政府",
        "2024-07-05",
        "已拆除旱厕并对周边消毒",
        "是",
    ),
    (
        "第六暗访组",
        "华龙区",
        "孟轲乡张仪村",
        "管理",
        "供水站值班记录缺失，水费收缴台账不全",
        "华龙区孟轲乡人民政府",
        "15个工作日内",
        "",
        "",
    ),
    (
        "第七暗访组",
        "濮阳县",
        "五星乡后庄村",
        "水量",
        "供水泵站单泵运行无备用泵，故障时全村停水",
        "濮阳县五星乡人民政府",
        "2024-09-30",
        "备用泵已完成采购，待安装",
        "否",
    ),
]


def write_visit(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年农村饮水安全暗访抽查问题清单（第二批）"])
    w.writerow(
        [
            "暗访时间：2024年6月17日至21日；交办时间：2024年6月24日；整改时限为工作日的，自交办之日起计算；"
            "整改完成后实时更新清单并销号"
        ]
    )
    w.writerow(
        [
            "序号",
            "暗访组",
            "县（区）",
            "乡镇及村",
            "问题类型",
            "问题描述",
            "责任单位",
            "整改时限",
            "整改情况",
            "是否销号",
        ]
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共7个问题", "", "", "已销号3个", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 供水站水质未达标整改报告, after a township 供水站's 关于场镇自来水厂水质未达标整改落实措施的报告 (主送县水务局;
# 县防疫中心抽取化验水质未达标; 取水源周围粮田、雨后浑水流入; 循环池和沉淀池设计不合理; 围墙未建; 经费短缺;
# 整改措施 1、2、3…: 健全管理制度、学习消毒程序、做好值班和消毒投放记录、定期检测水质、加强水源保护宣传):
# https://www.xlzxsw.com/show-74-106814-1.html
# A .docx: title naming the station, 主送, a preamble, the problems as numbered paragraphs （一）（二）… each with its
# measure, its 班组 (sections of the station), 时限 and progress in sentences, a closing paragraph, station and date.
STATION_PARAS = [
    (
        "（一）水源井周边农田施肥、雨后地表径流汇入，水源易受污染。整改措施：在水源井周边划定保护范围，"
        "设置围栏和警示标志，由维修班负责，7月20日前完成。目前围栏和警示标志已全部安装到位，整改完成。"
    ),
    (
        "（二）沉淀池与清水池连通设计不合理，沉淀效果差，出厂水浑浊度偏高。整改措施：加装隔墙和溢流堰，"
        "改造工艺流程，需报县水利局立项，计划9月底前完成。目前已委托设计单位出具改造方案。"
    ),
    (
        "（三）消毒剂投加量不足、投加频次不固定。整改措施：由制水班制定消毒剂投加操作规程，安排专人按时投加，"
        "7月10日前完成。已于7月8日落实，经县疾病预防控制中心复检合格。"
    ),
    (
        "（四）化验室缺少浑浊度仪和余氯检测仪，出厂水未开展每日自检。整改措施：购置常规检测设备，由化验室"
        "落实每日自检，8月15日前完成。因设备购置资金尚未落实，目前未启动。"
    ),
    "（五）水厂围墙未建成，外来人员可随意进出厂区。整改措施：建设厂区围墙并安装门禁，由维修班负责，年底前完成。",
    (
        "（六）值班记录、消毒剂投加记录和水质检测记录不全。整改措施：建立健全各类运行台账，由站长每周检查，"
        "长期坚持。"
    ),
]


def write_station(path: Path) -> Path:
    doc = _new_document("梁庄镇供水站")
    _title(doc, "濮阳县梁庄镇供水站关于水厂水质抽检未达标问题整改落实情况的报告")
    _paragraph(doc, "县水利局：")
    _paragraph(
        doc,
        "2024年6月，县疾病预防控制中心对我站所属梁庄镇水厂的出厂水、末梢水进行了抽样检测，浑浊度、菌落总数"
        "两项指标未达标。我站高度重视，及时组织制水班、化验室、维修班逐项查找原因，研究整改措施。现将存在的问题"
        "及整改落实情况报告如下：",
    )
    _paragraph(doc, "一、存在的问题及整改落实情况", font="黑体")
    for text in STATION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我站将加强水源保护宣传，定期开展水质检测，发现问题及时处置，确保群众喝上放心水。",
    )
    _paragraph(doc, "濮阳县梁庄镇供水站", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 集中式供水工程安全隐患排查整改, after a prefecture 水务局's 督查督战 (成立7个督查组，由局党组成员和处级干部任正、
# 副组长; 排查集中式供水工程8052件，运行正常7736件，存在隐患问题316件，已整改完成122件，剩余194件正在整改;
# 所有问题必须6月底前完成整改):
# https://www.wsjjjc.gov.cn/news/pzjd/13418.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a statistics block (排查工程数、运行正常、存在隐患、已整改、
# 未完成整改) above the detail table, the 督查组 (inspector) beside the 整改责任单位, a 整改状态 and a 备注 column,
# a 填表说明 line and a signature line.
HIDDEN_ROWS = [
    (
        "第一督查组",
        "濮阳县",
        "濮阳县西部水厂",
        "设备",
        "二氧化氯发生器故障停用，临时改用人工投加",
        "濮阳县水利局",
        "6月底前",
        "已整改",
        "",
    ),
    (
        "第二督查组",
        "清丰县",
        "清丰县北部水厂",
        "水源",
        "水源井水位持续下降，单井出水量不足",
        "清丰县水利局",
        "2024年9月30日",
        "正在整改",
        "新打水源井2眼，已完成1眼",
    ),
    (
        "第三督查组",
        "南乐县",
        "南乐县元村水厂",
        "管网",
        "出厂主管道DN300段多处漏水，漏损率偏高",
        "南乐县水利局",
        "6月底前",
        "正在整改",
        "已超期，管材已到场，正在更换",
    ),
    (
        "第四督查组",
        "范县",
        "范县濮城镇水厂",
        "电力",
        "未落实双回路供电，停电即停水",
        "范县水利局",
        "年底前",
        "未启动",
        "",
    ),
    (
        "第五督查组",
        "台前县",
        "台前县孙口镇水厂",
        "安全",
        "加药间未设置机械通风和防泄漏设施",
        "台前县水利局",
        "2024年7月15日",
        "已整改",
        "",
    ),
    (
        "第六督查组",
        "华龙区",
        "华龙区岳村水厂",
        "管理",
        "运行管理制度未上墙，净水工艺操作规程缺失",
        "市水务公司",
        "7月10日前",
        "已整改",
        "",
    ),
    (
        "第七督查组",
        "濮阳县",
        "濮阳县东部水厂",
        "水质",
        "滤池滤料板结、反冲洗不及时，出厂水浑浊度偏高",
        "濮阳县水利局",
        "8月20日前",
        "",
        "",
    ),
]


def write_hidden_book(path: Path) -> Path:
    b = Book(path, author="农村水利水电科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 10, 20, 8, 36, 16, 14, 12, 26])
    b.line(ws, 0, "农村集中式供水工程安全隐患排查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局    填报日期：2024年7月26日", 9)
    b.merge(ws, 2, 0, 2, 1, "排查集中式供水工程（处）", b.head)
    b.merge(ws, 2, 2, 2, 3, "运行正常（处）", b.head)
    b.merge(ws, 2, 4, 2, 5, "存在隐患（处）", b.head)
    b.merge(ws, 2, 6, 2, 7, "已整改（处）", b.head)
    b.merge(ws, 2, 8, 2, 9, "未完成整改（处）", b.head)
    for c, v in zip((0, 2, 4, 6, 8), (412, 405, 7, 3, 4), strict=True):
        b.merge(ws, 3, c, 3, c + 1, v, b.center)
    b.header(
        ws,
        5,
        [
            "序号",
            "督查组",
            "县（区）",
            "工程名称",
            "隐患类型",
            "隐患描述",
            "整改责任单位",
            "整改期限",
            "整改状态",
            "备注",
        ],
    )
    for i, row in enumerate(HIDDEN_ROWS, 1):
        b.put(ws, 5 + i, 0, i, b.center)
        b.row(ws, 5 + i, list(row), first=1)
    end = 6 + len(HIDDEN_ROWS)
    b.line(ws, end + 1, "填表说明：“整改状态”栏填写已整改、正在整改或未启动。", 9)
    b.line(ws, end + 2, "填表人：任晓丽    审核人：孔德华    联系电话：0393-8916237", 9)
    return b.close()


def write_hidden(path: Path) -> Path:
    return via_soffice(write_hidden_book, path, "xls", "农村集中式供水工程安全隐患排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 坑塘及小型调蓄水库汛期安全隐患排查, after a town's 汛期前集中安全隐患大排查 of its 山坪塘 and 小二型水库 (镇分管
# 领导牵头，安办、水务等相关站所参与; 逐一建立台账、分类登记造册; 对存在安全隐患的责任人下发书面整改通知书，落实
# 行政责任人及整改负责人，责令限期完成整改):
# http://cnzh.gov.cn/mshow/42fdc58d27124aaaa8f8ffd5c14738a4.html
# An .xls (xlwt): title, 填报单位 line, a line stating the 排查 date that 立行立改 refers to, one header row with the
# township's own 站所 as 责任站所, the 行政责任人 and 整改负责人 (people), the 整改通知书 number, a 合计 row and a
# 填表人 line.
POND_ROWS = [
    (
        "前习城村",
        "前习城村坑塘",
        "坑塘",
        "坑塘四周无护栏、无警示标志，紧邻村道",
        "乡安办",
        "刘建伟",
        "王国强",
        "习政水通〔2024〕11号",
        "2024.7.10",
        "已设置警示牌4块、安装护栏120米",
    ),
    (
        "王庄村",
        "王庄调蓄池",
        "小型调蓄水库",
        "进水闸启闭机锈蚀，启闭不灵活",
        "乡水利站",
        "刘建伟",
        "王双喜",
        "习政水通〔2024〕12号",
        "7月20日前",
        "已除锈保养，正在更换减速器",
    ),
    (
        "后吕村",
        "后吕村坑塘",
        "坑塘",
        "塘边私搭简易棚屋用于养殖",
        "乡水利站",
        "赵东升",
        "吕长河",
        "习政水通〔2024〕13号",
        "2024年7月31日",
        "未整改",
    ),
    (
        "东辛庄村",
        "辛庄调蓄水库",
        "小型调蓄水库",
        "大坝背水坡出现局部渗水湿润区",
        "乡水利站",
        "赵东升",
        "辛卫民",
        "习政水通〔2024〕14号",
        "立行立改",
        "已开挖导渗沟，加密巡查，汛后实施除险",
    ),
    (
        "郭寨村",
        "郭寨村排涝坑塘",
        "坑塘",
        "排水口被生活垃圾堵塞",
        "乡水利站",
        "刘建伟",
        "郭小军",
        "习政水通〔2024〕15号",
        "立行立改",
        "已清理",
    ),
    (
        "大桑村",
        "桑村调蓄水库",
        "小型调蓄水库",
        "防汛抢险物资不足，无编织袋和救生衣",
        "乡水利站",
        "孙海涛",
        "桑红旗",
        "习政水通〔2024〕16号",
        "2024年7月25日",
        "",
    ),
    (
        "张庄村",
        "张庄村坑塘",
        "坑塘",
        "夏季有村民在塘内游泳、无人劝阻",
        "乡安办",
        "孙海涛",
        "张铁柱",
        "习政水通〔2024〕17号",
        "长期坚持",
        "村级巡查员每日巡查劝阻，长期坚持",
    ),
    (
        "西张村",
        "张村调蓄水库",
        "小型调蓄水库",
        "溢洪道内种植农作物，阻碍行洪",
        "乡水利站",
        "赵东升",
        "张保国",
        "习政水通〔2024〕18号",
        "2024年7月15日",
        "已清除农作物，经复查合格",
    ),
]


def write_pond(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "习城乡坑塘及小型调蓄水库汛期安全隐患排查整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳县习城乡人民政府（盖章）    填报日期：2024年7月27日", plain, 1, last),
        (2, 0, "排查时间：2024年7月2日；“立行立改”的问题以排查当日为整改期限。", plain, 2, last),
    ]
    words = [
        "序号",
        "所在村",
        "工程名称",
        "工程类型",
        "隐患描述",
        "责任站所",
        "行政责任人",
        "整改负责人",
        "整改通知书编号",
        "整改期限",
        "整改情况",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    for i, row in enumerate(POND_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5, 6, 7) else c))
    r = 4 + len(POND_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "排查坑塘31处、小型调蓄水库5座，发现安全隐患8处，下发整改通知书8份", c, r, last),
        (r + 1, 0, "填表人：李云飞    审核人：刘建伟    联系电话：0393-3721586", plain, r + 1, last),
    ]
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 水利工程长效管理检查通报, after a district 水务局's monthly 区管水利行业长效管理检查通报 (文号, 主动公开, 主送区河道水闸
# 管理所、各水务管理所; 一、总体情况 with a 检查数量统计表 and its 合计; 养护维修、运行管理、闸容闸貌; 下发整改单;
# 工作建议 一是…五是…):
# http://www.shqp.gov.cn/water/swzwgk/ml/yw/20201010/797749.html
# A .doc (Word 97 via LibreOffice): 文号 line, title, 主送, preamble, a statistics table with a 合计 row, the findings
# in prose (counts and kinds only), 工作建议, then an attached 整改单汇总表 with the managing unit as 责任单位, its
# 整改期限 and 整改反馈情况, the office and date at the foot.
CHECK_STATS = [
    ("濮阳市河道管理处", "6", "2", "28.5", "2"),
    ("濮阳县水利局", "9", "4", "—", "1"),
    ("清丰县水利局", "5", "2", "—", "1"),
    ("南乐县水利局", "4", "3", "—", "1"),
    ("范县水利局", "3", "1", "—", "1"),
    ("台前县水利局", "3", "2", "—", "1"),
    ("合计", "30", "14", "28.5", "7"),
]
NOTICE_ROWS = [
    (
        "ZG-2406-01",
        "濮阳市河道管理处",
        "马颊河南关节制闸",
        "闸门面板锈蚀严重，未按期防腐",
        "除锈并重新防腐",
        "7月31日前",
        "已完成除锈防腐",
    ),
    (
        "ZG-2406-02",
        "濮阳县水利局",
        "渠村东排涝站",
        "螺杆启闭机润滑不到位，运行有异响",
        "加注润滑脂，检修传动部件",
        "7月10日前",
        "已整改",
    ),
    (
        "ZG-2406-03",
        "清丰县水利局",
        "潴龙河六塔节制闸",
        "汛期运行人员未按规定到岗值守",
        "严格执行到岗到位制度",
        "7月5日前",
        "已约谈相关人员，正在修订值班制度",
    ),
    (
        "ZG-2406-04",
        "南乐县水利局",
        "卫河元村泵站",
        "控制柜未定期除尘，柜内积灰严重",
        "定期除尘并做好记录",
        "7月10日前",
        "",
    ),
    (
        "ZG-2406-05",
        "濮阳市河道管理处",
        "金堤河濮阳段",
        "堤顶道路两侧堆放杂物，闸区保洁不到位",
        "清理杂物，落实保洁",
        "7月15日前",
        "已清理",
    ),
    (
        "ZG-2406-06",
        "范县水利局",
        "彭楼引黄闸",
        "巡查、运行记录表未放置现场，记录填写不规范",
        "规范记录，现场存放",
        "长期坚持",
        "常态化推进",
    ),
    (
        "ZG-2406-07",
        "台前县水利局",
        "孙口排涝泵站",
        "泵房照明设施损坏，应急照明灯不亮",
        "更换照明灯具和应急照明",
        "7月20日前",
        "未整改",
    ),
]


def write_upkeep_docx(path: Path) -> Path:
    doc = _new_document("运行管理科")
    _paragraph(doc, "濮水〔2024〕63号", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "关于2024年6月水利工程长效管理检查情况的通报")
    _paragraph(doc, "市河道管理处，各县（区）水利局：")
    _paragraph(
        doc,
        "根据《濮阳市水利工程长效管理考核办法》，市水利局于6月份对市、县管水闸、泵站和堤防进行了长效管理检查，"
        "现将检查情况通报如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(doc, "6月共检查水闸30座、泵站14座、堤防28.5公里，下发整改单7张，详见下表：")
    _table(doc, ["检查范围", "水闸（座）", "泵站（座）", "堤防（公里）", "下发整改单（张）"], CHECK_STATS)
    _paragraph(
        doc,
        "养护维修方面，个别设施存在养护不到位、维修不及时现象；运行管理方面，个别单位运行人员到岗和台账记录"
        "不够规范；闸容闸貌方面，部分闸区保洁需进一步加强；安全管理方面，个别泵站照明等设施损坏未及时修复。"
        "具体问题见附件整改单汇总表。",
    )
    _paragraph(doc, "二、工作建议", font="黑体")
    _paragraph(
        doc,
        "一是严抓设施设备养护质量，做好启闭机、闸门、水泵等机电设备养护；二是严格执行运行人员到岗到位制度，"
        "做好巡查、运行、养护记录；三是加强闸区保洁和绿化养护；四是及时排查和消除安全隐患，确保主汛期工程安全运行。"
        "请各单位按整改单期限完成整改，并将整改情况书面反馈市水利局运行管理科。",
    )
    _paragraph(doc, "附件：2024年6月水利工程长效管理检查整改单汇总表", 14)
    body = [[str(i), *row] for i, row in enumerate(NOTICE_ROWS, 1)]
    _table(
        doc,
        ["序号", "整改单编号", "责任单位", "设施名称", "存在问题", "整改要求", "整改期限", "整改反馈情况"],
        body,
    )
    _paragraph(doc, "濮阳市水利局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_upkeep(path: Path) -> Path:
    return via_soffice(write_upkeep_docx, path, "doc", "水利工程长效管理检查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 黄河工程管理联合检查, after a 黄河河务局's 工程管理联合检查 (局长、分管局长带队，工管科、水政科、防汛办公室组成检查组，
# 分临河、背河两组对所辖堤防、险工控导和水闸工程进行检查; 淤区边坡损坏、堤坡倾倒垃圾、备防石垛抹边开裂、坝面不平整;
# 责令限期整改; 加强日常巡查，严控焚烧草皮、乱扔垃圾、违章取土):
# http://shuiyw.cc/bencandy-51-24659-1.htm
# An .xlsx: title, 填报单位 line, one header row, the rows grouped under 临河组 / 背河组 lines, the bureau's own
# 管理段 and 科室 as 责任段所, a 复查意见 column, a 检查组 line and a 填报人 line.
RIVER_GROUPS = [
    (
        "一、临河组",
        [
            (
                "彭楼险工",
                "12坝",
                "备防石垛抹边开裂、垛体不规整",
                "彭楼管理段",
                "重新抹边整垛",
                "2024年7月15日",
                "已完成",
                "复查合格",
            ),
            (
                "邢庙险工",
                "23—25坝",
                "坝面不平整，坝顶有雨淋沟",
                "陈庄管理段",
                "填垫平整，修复雨淋沟",
                "7月20日前",
                "正在整改",
                "",
            ),
            (
                "李桥控导工程",
                "31坝",
                "根石走失，坦石局部坍塌约15米",
                "李桥管理段",
                "抛石加固，恢复坦石",
                "8月底前",
                "已上报抢险计划，待批复",
                "",
            ),
            (
                "临黄大堤",
                "115+200—115+600",
                "临河堤坡倾倒生活垃圾",
                "辛庄管理段",
                "清运垃圾，设置警示牌",
                "2024.7.10",
                "已清理",
                "复查合格",
            ),
        ],
    ),
    (
        "二、背河组",
        [
            (
                "临黄大堤淤区",
                "108+000—109+500",
                "淤区边坡雨后冲刷损坏，形成浪窝3处",
                "辛庄管理段",
                "填垫浪窝，修复边坡",
                "7月25日前",
                "",
                "",
            ),
            (
                "临黄大堤护堤地",
                "121+300",
                "护堤地内有群众违章取土",
                "水政科",
                "制止取土，恢复原状并立案查处",
                "2024年8月15日",
                "已立案，正在督促恢复原状",
                "",
            ),
            (
                "临黄大堤行道林",
                "126+000—126+200",
                "行道林缺株断带约200米，部分树木枯死",
                "陆集管理段",
                "秋季补植",
                "2024年11月30日",
                "未启动",
                "",
            ),
            (
                "临黄大堤",
                "全线",
                "背河堤坡有焚烧草皮痕迹",
                "各管理段",
                "加强巡查，严禁焚烧草皮",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
]


def write_river(path: Path) -> Path:
    b = Book(path, author="工程管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 16, 32, 12, 24, 14, 22, 12])
    b.line(ws, 0, "2024年汛期工程管理联合检查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：范县黄河河务局（盖章）    检查时间：2024年7月9日—10日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "工程名称",
            "桩号（坝号）",
            "存在问题",
            "责任段所",
            "整改措施",
            "整改期限",
            "整改情况",
            "复查意见",
        ],
    )
    r = 3
    n = 0
    for group, rows in RIVER_GROUPS:
        b.line(ws, r, group, 8, b.cell)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "检查组：局长带队，工管科、水政科、防汛办公室负责人参加", 8)
    b.line(ws, r + 2, "填报人：马振宇    联系电话：0393-5326614    填报日期：2024年7月28日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 生态环境保护督察反馈涉砂问题整改销号公示, after a county's 反馈问题整改销号情况公示 (第二轮省生态环境保护督察组反馈事项
# 交办件; 一、整改目标 二、整改时限（立即整改，长期坚持。2024年12月底前销号） 三、整改措施（清理整治“四乱”、取缔
# 未经批准的堆沙场、整治“三无”采砂船舶、清理非法采砂机具） 四、整改完成情况):
# http://www.tongshan.gov.cn/zc/dfbmptlj/bmxxgkpt/xnyj/zc_19723/qtzdgkwj/202412/t20241211_3837632.shtml
# An .xlsx: title, a preamble line, one header row with the source's four headings as columns beside the 交办编号,
# 反馈问题 and 责任单位, a 销号情况 column, then the 公示时间 and 受理部门 lines.
SAND_ROWS = [
    (
        "SD2-PY-09-01",
        "黄河濮阳县段渠村乡附近滩区存在夜间偷采河砂现象",
        "濮阳县人民政府",
        "杜绝偷采盗采河砂行为",
        "立即整改，长期坚持。2024年6月底前销号",
        "开展水利、公安联合夜间巡查，依法查处偷采行为",
        "已开展联合执法12次，查处偷采案件2起，整改完成",
        "已销号",
    ),
    (
        "SD2-PY-09-02",
        "金堤河范县段河道管理范围内存在未经批准的堆砂场3处",
        "范县人民政府",
        "依法取缔未经批准的堆砂场",
        "2024年5月31日",
        "取缔堆砂场，清运砂石，恢复河道原状",
        "3处堆砂场已全部取缔，砂石已清运，河道已恢复原状",
        "已销号",
    ),
    (
        "SD2-PY-09-03",
        "部分已关停砂场采砂坑未回填、未复绿",
        "台前县人民政府",
        "完成采砂坑回填和复绿",
        "2024年10月底前",
        "回填采砂坑，覆土复绿",
        "已回填2处，剩余1处正在施工",
        "未销号",
    ),
    (
        "SD2-PY-09-04",
        "河道采砂规划修编滞后，可采区现场监管制度不健全",
        "市水利局",
        "规范合法采砂行为",
        "2024年6月30日",
        "修编河道采砂规划，制定可采区现场监管办法",
        "《濮阳市黄河河道采砂管理规划》已修编印发，可采区现场监管办法已出台",
        "已销号",
    ),
    (
        "SD2-PY-09-05",
        "砂石运输车辆无证运输、沿途抛洒",
        "市交警支队",
        "规范砂石运输秩序",
        "长期坚持",
        "建立砂石运输车辆登记和联合检查机制",
        "常态化开展砂石运输车辆路面检查",
        "",
    ),
    (
        "SD2-PY-09-06",
        "非法采砂机具和“三无”采砂船舶清理不彻底",
        "市交通运输局",
        "彻底清理“三无”采砂船舶",
        "2024年7月31日",
        "排查登记采砂船舶，依法拆解“三无”船舶",
        "已排查登记船舶7艘，拆解3艘，其余4艘正在协调拆解",
        "未销号",
    ),
]


def write_sand(path: Path) -> Path:
    b = Book(path, author="河长办")
    ws = b.sheet("公示表")
    b.widths(ws, [6, 16, 34, 16, 20, 26, 30, 38, 10])
    b.line(ws, 0, "省生态环境保护督察反馈河道采砂问题整改销号情况公示表", 8, b.title)
    b.line(
        ws,
        1,
        "第二轮省生态环境保护督察组反馈事项交办件收到后，各责任单位立即组织核实办理。现将反馈问题整改销号情况"
        "公示如下：",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "交办编号",
            "反馈问题",
            "责任单位",
            "整改目标",
            "整改时限",
            "整改措施",
            "整改完成情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(SAND_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SAND_ROWS)
    b.line(ws, end + 1, "公示时间：2024年7月22日至2024年7月26日，共5个工作日。", 8)
    b.line(ws, end + 2, "受理部门：濮阳市河长制办公室    联系电话：0393-8991305", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 砂场专项整治进度, after a county's 采砂活动专项整治 (水政监察大队摸底; 12个标涉及7个乡镇26个上砂点; 自卸驳、
# 采砂工程船调离上岸; 上砂点设施设备拆除; 河道恢复、复垦复绿，严格标准搞好验收):
# https://wap.ningxiangnews.net/content/2016/10/31/5650731.html
# An .xlsx: title with the 截至 date, 填报单位 line, one header row whose progress is split over 拆除（清理）情况、
# 复垦复绿、验收情况, the township as 责任单位, a 合计 row and a 说明 line.
PIT_ROWS = [
    (
        "渠村乡",
        "南湖村上砂点",
        "上砂架、传送带等采砂设施未拆除",
        "濮阳县渠村乡人民政府",
        "已拆除",
        "已复垦复绿",
        "验收合格",
        "2024年7月20日",
    ),
    (
        "郎中乡",
        "董楼上砂点",
        "河滩堆放砂石约3000立方米未清运",
        "濮阳县郎中乡人民政府",
        "已清运",
        "正在复绿",
        "",
        "8月底前",
    ),
    (
        "习城乡",
        "后张庄上砂点",
        "私设下河引道，破坏滩地",
        "濮阳县习城乡人民政府",
        "未拆除",
        "",
        "",
        "2024年7月31日",
    ),
    (
        "梨园乡",
        "焦集上砂点",
        "自卸驳2艘、采砂工程船1艘未调离上岸",
        "濮阳县梨园乡人民政府",
        "已调离上岸",
        "—",
        "验收合格",
        "2024年7月15日",
    ),
    (
        "王称堌镇",
        "前范庄上砂点",
        "洗砂废水直排滩区坑塘",
        "濮阳县王称堌镇人民政府",
        "已断水断电",
        "",
        "",
        "2024年8月15日",
    ),
    ("白堽乡", "马寨上砂点", "砂场工棚及地磅未拆除", "濮阳县白堽乡人民政府", "", "", "", "2024年9月30日"),
    (
        "徐镇镇",
        "西王寨上砂点",
        "采砂坑未回填，存在溺水隐患",
        "濮阳县徐镇镇人民政府",
        "—",
        "已回填平整",
        "验收合格",
        "2024年7月10日",
    ),
]


def write_pit(path: Path) -> Path:
    b = Book(path, author="水政监察大队")
    ws = b.sheet("整治进度")
    b.widths(ws, [6, 10, 16, 32, 24, 14, 14, 12, 16])
    b.line(ws, 0, "濮阳县黄河河道砂场专项整治进度台账（截至2024年7月25日）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县河道采砂整治工作领导小组办公室（县水政监察大队代章）", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "上砂点名称",
            "存在问题",
            "责任单位",
            "拆除（清理）情况",
            "复垦复绿",
            "验收情况",
            "完成时限",
        ],
    )
    for i, row in enumerate(PIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共7个上砂点，已验收3个")
    b.line(ws, end + 1, "说明：上砂点设施拆除、砂石清运、复垦复绿完成后，由县水利局组织验收。", 8)
    b.line(ws, end + 2, "填表人：闫子龙    联系电话：0393-3282716    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 生产建设项目水土保持跟踪检查意见整改, after a 黄河上中游管理局 joint 督查组's 跟踪检查 of two projects (组织管理、
# 方案变更、后续设计、表土剥离保护利用、取（弃）土场选址及防护、水土保持措施落实、补偿费缴纳、监测、监理、历次检查
# 意见整改落实; 针对存在的问题提出整改要求):
# http://old.hw-sd.com/show_news.asp?id=6671
# A .zip of two returns from two 建设单位: an .xlsx (检查内容 by the source's headings, rows naming only the company's own
# 部门, a 佐证材料 column) and a .docx (a report whose items are numbered paragraphs).
ROAD_ROWS = [
    (
        "表土剥离保护利用",
        "K12+300取土场未进行表土剥离",
        "剥离表土并集中堆存、苫盖",
        "安全环保部",
        "2024年7月20日",
        "已完成表土剥离，集中堆存并苫盖",
        "现场照片",
    ),
    (
        "取（弃）土场防护",
        "2号弃渣场未修建拦挡和截排水设施",
        "修建拦渣墙和截排水沟",
        "工程管理部",
        "8月31日前",
        "拦渣墙已完成60%，截排水沟正在施工",
        "",
    ),
    (
        "水土保持监测",
        "未按季度报送水土保持监测季度报告",
        "督促监测单位按季度报送",
        "安全环保部",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "水土保持补偿费缴纳",
        "水土保持补偿费未足额缴纳",
        "足额缴纳补偿费",
        "计划合同部",
        "2024年7月31日",
        "资金未到位，尚未缴纳",
        "",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 18, 34, 26, 12, 14, 32, 12])
    b.line(ws, 0, "濮卫高速公路濮阳段工程水土保持跟踪检查意见整改落实情况表", 7, b.title)
    b.line(ws, 1, "建设单位：河南濮卫高速公路有限公司（盖章）    填报日期：2024年7月25日", 7)
    b.header(
        ws,
        2,
        ["序号", "检查内容", "存在问题", "整改要求", "责任部门", "完成时限", "整改落实情况", "佐证材料"],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "负责人：郑卫东    填表人：史晓静    联系电话：0393-4867752", 7)
    return b.close()


PLANT_PARAS = [
    (
        "1．临时堆土未苫盖，雨后有泥沙冲入市政雨水管网。整改措施：对临时堆土全部苫盖，四周设置临时拦挡和排水沟，"
        "整改时限2024年7月5日。目前已全部苫盖并设置拦挡，整改完成。"
    ),
    (
        "2．厂区北侧裸露边坡未实施植物措施。整改措施：对裸露边坡种草绿化，计划9月底前完成。目前已完成种草"
        "1.2万平方米，剩余部分正在实施。"
    ),
    (
        "3．水土保持监理工作未开展。整改措施：委托具备能力的单位开展水土保持监理，整改时限2024年7月10日。"
        "已签订水土保持监理合同，监理单位已于7月8日进场，整改完成。"
    ),
    (
        "4．水土保持设施验收资料准备不足。整改措施：整理施工、监测、监理等资料，项目完工后及时开展水土保持设施"
        "自主验收，计划于2024年12月31日前完成。"
    ),
]


def write_plant_docx(path: Path) -> Path:
    doc = _new_document("濮阳华宇化工新材料有限公司")
    _title(doc, "关于年产10万吨可降解材料项目水土保持跟踪检查意见整改情况的报告", 18)
    _paragraph(doc, "濮阳市水利局：")
    _paragraph(
        doc,
        "2024年6月，黄河流域水土保持监督联合督查组对我公司年产10万吨可降解材料项目水土保持工作进行了跟踪检查，"
        "指出了项目存在的问题并提出整改要求。我公司高度重视，逐项制定整改措施，现将整改情况报告如下：",
    )
    for text in PLANT_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "我公司将全面落实水土流失防治主体责任，确保水土保持措施与主体工程同时设计、同时施工、同时投产使用。",
    )
    _paragraph(doc, "濮阳华宇化工新材料有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_soil_zip(path: Path) -> Path:
    members = [
        ("濮卫高速公路濮阳段水土保持跟踪检查意见整改落实情况表.xlsx", write_road_book),
        ("年产10万吨可降解材料项目水土保持检查意见整改情况报告.docx", write_plant_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 水土保持遥感监管图斑核查, after a county 水务局's 生产建设项目水土保持加密遥感监管图斑核查认定、查处和督促整改
# (区域监管APP、无人机现场复核; 确认扰动情况、记录项目属性、拍摄现场照片; 建立违法违规项目清单; 分类采取处理措施，
# 实行对账销号，逐项明确整改要求和时限，督促生产建设单位限期整改):
# http://www.20082009.com/content/5f86a1e0936a0
# An .xlsx: title, 填报单位 line, one header row with the 图斑编号, the 生产建设单位 as 责任单位, 违法违规类型 and
# 核查发现问题, a 销号情况 column beside 整改进展, a 说明 line and a 填表人 line.
PATCH_ROWS = [
    (
        "410922-2024-0012",
        "清丰县家居产业园标准化厂房三期",
        "清丰县产业集聚区建设投资有限公司",
        "未批先建",
        "厂房三期未编报水土保持方案擅自开工，扰动地表4.62公顷",
        "责令停止违法行为，限期补报水土保持方案",
        "2024年7月31日",
        "水土保持方案已补报并取得批复",
        "已销号",
    ),
    (
        "410922-2024-0015",
        "韩村镇20兆瓦农光互补光伏发电项目",
        "濮阳清丰晟阳新能源有限公司",
        "未批先建",
        "光伏场区未批先建，场内道路及箱变基础开挖裸露18.3公顷",
        "限期补报水土保持方案",
        "8月31日前",
        "水土保持方案正在编制",
        "未销号",
    ),
    (
        "410922-2024-0021",
        "省道212清丰段改建工程取土场",
        "清丰县交通运输局",
        "超出防治责任范围扰动",
        "取土场实际扰动范围超出批复防治责任范围2.15公顷",
        "办理水土保持方案变更，补充防护措施",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "410922-2024-0026",
        "仙庄镇农村道路提升工程",
        "清丰县仙庄镇人民政府",
        "未批先建",
        "道路拓宽工程未编报水土保持方案报告表即开工建设",
        "限期补报水土保持方案报告表",
        "2024年7月15日",
        "逾期未补报，未整改",
        "未销号",
    ),
    (
        "410922-2024-0033",
        "鑫达商砼搅拌站扩建项目",
        "清丰县鑫达商砼有限公司",
        "弃渣乱堆乱弃",
        "扩建场地弃渣沿沟渠乱堆乱弃约2000立方米",
        "清运弃渣，实施拦挡",
        "2024年7月20日",
        "已清运弃渣并设置挡墙",
        "已销号",
    ),
    (
        "410922-2024-0038",
        "顺通冷链物流园一期",
        "清丰县顺通物流有限公司",
        "未验先投",
        "物流园一期已投入使用，水土保持设施未经自主验收",
        "限期开展水土保持设施自主验收并报备",
        "2024年10月31日",
        "已委托第三方编制验收报告",
        "未销号",
    ),
    (
        "410922-2024-0041",
        "城乡供水一体化清丰北线管网工程",
        "市水务公司",
        "未落实临时防护措施",
        "管网沟槽开挖临时堆土未苫盖、未拦挡",
        "临时堆土苫盖、拦挡",
        "2024年7月10日",
        "已全部苫盖并设置拦挡",
        "已销号",
    ),
]


def write_patch(path: Path) -> Path:
    b = Book(path, author="水土保持股")
    ws = b.sheet("图斑整改台账")
    b.widths(ws, [6, 18, 30, 30, 18, 36, 30, 14, 28, 10])
    b.line(ws, 0, "2024年生产建设项目水土保持遥感监管图斑核查认定及整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：清丰县水利局（盖章）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "图斑编号",
            "项目名称",
            "责任单位（生产建设单位）",
            "违法违规类型",
            "核查发现问题",
            "整改要求",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(PATCH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATCH_ROWS)
    b.line(ws, end + 1, "说明：本表仅列认定为违法违规的图斑；整改完成并经现场复核后销号。", 9)
    b.line(ws, end + 2, "填表人：吴晓光    审核人：蔡立新    联系电话：0393-7221964", 9)
    return b.close()


FILES = [
    ("农村供水工程监督检查发现问题整改台账.xlsx", write_supply),
    ("农村饮水安全暗访抽查问题清单（第二批）.csv", write_visit),
    ("梁庄镇供水站关于水厂水质抽检未达标问题整改情况的报告.docx", write_station),
    ("农村集中式供水工程安全隐患排查整改台账.et", write_hidden),
    ("习城乡坑塘及小型调蓄水库汛期安全隐患排查整改台账.xls", write_pond),
    ("关于2024年6月水利工程长效管理检查情况的通报.doc", write_upkeep),
    ("汛期黄河工程管理联合检查发现问题整改台账（范县黄河河务局）.xlsx", write_river),
    ("省生态环境保护督察反馈河道采砂问题整改销号情况公示表.xlsx", write_sand),
    ("濮阳县黄河河道砂场专项整治进度台账.xlsx", write_pit),
    ("生产建设项目水土保持跟踪检查意见整改情况（两家建设单位）.zip", write_soil_zip),
    ("2024年生产建设项目水土保持遥感监管图斑核查整改台账（清丰县）.xlsx", write_patch),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

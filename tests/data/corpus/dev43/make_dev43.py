"""Write the dev43 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with a
table, and a .zip of two returns. Contents (problems, names, dates) are made up; statistics date 2024-07-31.
Run from this folder: python make_dev43.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 校外培训机构专项检查问题整改台账, after a 州教育局's account of its joint check with 市场监管、消防 of the 校外培训机构
# (办学资质、教学行为、安全管理、收费管理; 隐形变异学科类培训; 预收费未纳入监管; 消防设施器材配备不足、疏散通道不畅通、
# 用电用气安全隐患; 现场开具问题清单，下达限期整改通知; 责令停业整顿; 跟踪复查):
# http://www.80hlw.com/jiaoyu/2805470.html
# An .xlsx: title, 检查时间/牵头单位 line, a two-row header (检查情况 and 整改要求 merged over their columns) with the
# 检查部门 (the inspector) beside the 整改责任单位, a 合计 row, a 说明 and the signature line.
TRAIN_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区启航艺术培训学校",
        "安全管理",
        "疏散通道堆放桌椅杂物，通道不畅通",
        "市消防救援支队",
        "下达限期整改通知",
        "2024年7月20日",
        "华龙区教育局",
        "已清理，复查合格",
    ),
    (
        "华龙区",
        "濮阳市华龙区博学托管服务部",
        "教学行为",
        "以托管名义隐形变异开展学科类培训",
        "市教育局",
        "当场下达停办通知，责令退还学费",
        "2024年7月15日前",
        "华龙区教育局",
        "已停办，学费已全部退还",
    ),
    (
        "濮阳县",
        "濮阳县新思维教育培训学校",
        "收费管理",
        "预收费未按规定纳入资金监管平台，存在体外循环",
        "市市场监督管理局",
        "下达限期整改通知",
        "7月底前",
        "濮阳县教育局",
        "已开设监管账户，正在迁移存量预收费",
    ),
    (
        "清丰县",
        "清丰县阳光艺术培训中心",
        "安全管理",
        "灭火器配备数量不足，部分已过期失效",
        "市消防救援支队",
        "下达限期整改通知",
        "2024.7.25",
        "清丰县教育局",
        "",
    ),
    (
        "南乐县",
        "南乐县启智教育培训学校",
        "办学资质",
        "办学许可证未在场所醒目位置公示",
        "市教育局",
        "下达限期整改通知",
        "2024年7月18日",
        "南乐县教育局",
        "已按要求公示",
    ),
    (
        "范县",
        "范县星光舞蹈培训学校",
        "安全管理",
        "教室内私拉乱接电线，违规使用大功率电器",
        "市消防救援支队",
        "责令停业整顿",
        "8月15日前",
        "范县教育局",
        "未整改",
    ),
    (
        "台前县",
        "台前县育才文化培训学校",
        "收费管理",
        "收费项目和标准未公示，一次性收取超过3个月费用",
        "市市场监督管理局",
        "下达限期整改通知，退还超收费用",
        "2024年8月10日",
        "台前县教育局",
        "正在清退超收费用，已退还23人",
    ),
    (
        "市直",
        "濮阳市龙都英才教育培训学校",
        "教学行为",
        "部分授课人员未取得相应教师资格",
        "市教育局",
        "下达限期整改通知",
        "2024年9月30日",
        "市教育局",
        "已解聘2名无资格人员，其余人员正在补办资格认定",
    ),
]


def write_train(path: Path) -> Path:
    b = Book(path, author="职成体艺科")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 8, 26, 10, 34, 16, 22, 16, 16, 30])
    last = 9
    b.line(ws, 0, "2024年暑期校外培训机构专项检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月8日—7月12日    牵头单位：市教育局（会同市市场监督管理局、市消防救援支队）",
        last,
    )
    for col, word in [(0, "序号"), (1, "县（区）"), (2, "机构名称"), (8, "整改责任单位"), (9, "复查情况")]:
        ws.merge_range(2, col, 3, col, word, b.head)
    ws.merge_range(2, 3, 2, 5, "检查情况", b.head)
    ws.merge_range(2, 6, 2, 7, "整改要求", b.head)
    b.header(ws, 3, ["检查类别", "发现问题", "检查部门"], 3)
    b.header(ws, 3, ["处理方式", "整改时限"], 6)
    for i, row in enumerate(TRAIN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), 1)
    r = 4 + len(TRAIN_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, last, "检查机构8家，发现问题8个，已整改3个，正在整改3个")
    b.line(
        ws,
        r + 1,
        "说明：1.检查部门为现场检查发现问题的部门；2.整改时限以限期整改通知载明的时间为准；"
        "3.复查情况由整改责任单位跟踪复查后填写。",
        last,
    )
    b.line(
        ws,
        r + 2,
        "填表人：郭晓燕    审核人：赵志伟    联系电话：0393-4418026    填报日期：2024年7月30日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. A级旅游景区整改验收情况, after the 文化和旅游部's feedback meeting on the 5A景区 that had been 通报批评、限期整改
# (整改验收结果; 经现场验收和综合评估，已按期完成整改，达到标准要求; 在保持阶段性成果的基础上继续提质):
# http://yn.people.com.cn/BIG5/n2/2020/0106/c372453-33691148.html
# A .docx: title, preamble paragraph, one table with the 处理类型 and a 验收结论 column beside 整改进展, the office
# and date.
SCENIC_ROWS = [
    (
        "戚城文物景区",
        "4A",
        "通报批评",
        "游客中心咨询服务台无人值守，导览标识牌破损",
        "濮阳市戚城文物景区管理处",
        "2024年6月30日",
        "已完成整改",
        "验收合格",
    ),
    (
        "绿色庄园景区",
        "4A",
        "警告",
        "景区内部分游乐设施未按期检验",
        "濮阳绿色庄园旅游开发有限公司",
        "2024年7月31日",
        "基本完成",
        "验收合格",
    ),
    (
        "中华杂技文化园",
        "3A",
        "通报批评",
        "停车场标线模糊，旅游厕所保洁不到位",
        "濮阳市中华杂技文化园管理有限公司",
        "2024年8月31日",
        "正在整改",
        "",
    ),
    (
        "单拐革命旧址",
        "3A",
        "警告",
        "讲解员数量不足，部分讲解内容与史实不符",
        "清丰县单拐革命旧址管理所",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "黄河湿地公园",
        "3A",
        "严重警告",
        "园区内环境卫生较差，垃圾未及时清运",
        "范县文化广电和旅游局",
        "2024年7月20日",
        "已整改",
        "复查通过",
    ),
    (
        "全市A级景区",
        "—",
        "—",
        "景区信息在智慧旅游平台上更新不及时",
        "市旅游局",
        "长期坚持",
        "长期坚持，每月核对更新",
        "",
    ),
    (
        "将军渡景区",
        "3A",
        "通报批评",
        "安全应急预案未及时修订，未开展应急演练",
        "台前县将军渡景区管理中心",
        "2024年8月15日",
        "已修订应急预案，演练计划于8月上旬开展",
        "",
    ),
]


def write_scenic(path: Path) -> Path:
    doc = _new_document("资源开发科")
    _title(doc, "A级旅游景区复核问题整改验收情况表")
    _paragraph(
        doc,
        "按照A级旅游景区复核工作要求，对复核中受到通报批评、警告、严重警告处理的景区下达了限期整改通知。"
        "经现场验收和综合评估，现将截至2024年7月底的整改及验收情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SCENIC_ROWS, 1)]
    _table(
        doc,
        ["序号", "景区名称", "等级", "处理类型", "存在问题", "责任单位", "整改期限", "整改进展", "验收结论"],
        body,
        9,
    )
    _paragraph(doc, "濮阳市A级旅游景区质量等级评定委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 根治欠薪线索办理台账, after a county 人社局's account of its 欠薪线索 (处置欠薪线索371件，办结371件，动态清零; 接收
# 12345、12333等信访热线线索; 快转、快办、快结、快报; 24小时办结):
# http://epaper.jn001.com/content/content_133511.html
# A CSV in GBK: title line, 填报单位 line, a 说明 line with the base of the 办理时限, one header row with the 被反映单位
# and 反映人 beside the 承办单位, a closing 合计 line.
WAGE_ROWS = [
    (
        "QX2024070101",
        "全国根治欠薪线索反映平台",
        "2024-07-01",
        "濮阳市宏远建筑劳务有限公司",
        "王某",
        "锦绣家园二期项目拖欠12名钢筋工工资",
        "21.6",
        "市人社局",
        "5个工作日",
        "已督促企业足额支付工资",
        "是",
    ),
    (
        "QX2024070302",
        "12345热线",
        "2024-07-03",
        "濮阳市恒通物流有限公司",
        "李某",
        "物流园3名装卸工工资被无故克扣",
        "0.9",
        "华龙区人力资源和社会保障局",
        "3个工作日",
        "已调解，企业补发克扣工资",
        "是",
    ),
    (
        "QX2024070803",
        "12333热线",
        "2024-07-08",
        "河南路通路桥工程有限公司",
        "赵某",
        "县道改建工程拖欠9名农民工工资",
        "13.5",
        "市交通局",
        "10个工作日",
        "已约谈施工单位，正在核实工资台账",
        "否",
    ),
    (
        "QX2024071004",
        "全国根治欠薪线索反映平台",
        "2024-07-10",
        "濮阳市安泰建设工程有限公司",
        "孙某",
        "商住楼项目劳务分包单位拖欠工资",
        "34.2",
        "市住建局",
        "10个工作日",
        "",
        "否",
    ),
    (
        "QX2024071505",
        "信访转办",
        "2024-07-15",
        "柳屯镇福满楼饭店",
        "周某",
        "饭店拖欠2名服务员三个月工资",
        "1.8",
        "柳屯镇",
        "5个工作日",
        "已结清",
        "是",
    ),
    (
        "QX2024072206",
        "12345热线",
        "2024-07-22",
        "濮阳市锦华纺织有限公司",
        "吴某",
        "纺织企业停产后拖欠工人工资",
        "46.7",
        "市劳动保障局",
        "10个工作日",
        "已立案调查，企业负责人已到案说明情况",
        "否",
    ),
    (
        "QX2024072607",
        "12333热线",
        "2024-07-26",
        "濮阳市育英文化培训学校",
        "郑某",
        "培训学校拖欠5名教师课时费",
        "3.2",
        "市教育局",
        "5个工作日",
        "",
        "",
    ),
    (
        "QX2024072908",
        "全国根治欠薪线索反映平台",
        "2024-07-29",
        "濮阳市丰禾农业开发有限公司",
        "冯某",
        "高标准农田项目拖欠机械租赁费和民工工资",
        "8.4",
        "市农业农村局",
        "5个工作日",
        "正在核查用工及工资发放情况",
        "否",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["根治欠薪线索办理台账（2024年7月）"])
    w.writerow(["填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室", "", "", "截止时间：2024年7月31日"])
    w.writerow(["说明：办理时限自线索交办之日起按工作日计算；是否办结填“是”或“否”。"])
    w.writerow(
        [
            "序号",
            "线索编号",
            "线索来源",
            "交办日期",
            "被反映单位",
            "反映人",
            "反映问题",
            "涉及金额（万元）",
            "承办单位",
            "办理时限",
            "办理结果",
            "是否办结",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "", "交办线索8件，办结3件", "130.3", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 消防安全夜查行动火灾隐患整改情况, after a city 消防救援支队's account of its 统一夜查行动 (督导组、检查组; 公众娱乐
# 场所、宾馆饭店、商场市场; 能够立即整改的现场督促整改; 无法立即整改的明确整改时限、措施、责任人; 临时查封、责令“三停”、
# 行政处罚):
# https://benxi.gov.cn/xw/bmdt/content_591364
# An .xls (xlwt): title, 填报单位/夜查时间 line, one header row with the 检查组 (the inspector) in the second column,
# a 合计 row and a 注 line.
NIGHT_ROWS = [
    (
        "第3检查组",
        "濮阳市金色年华娱乐有限公司",
        "公众娱乐场所",
        "KTV包间疏散指示标志损坏，应急照明不亮",
        "更换疏散指示标志和应急照明灯具",
        "刘宏伟",
        "2024年7月19日",
        "下发责令限期改正通知书",
        "已整改，复查合格",
    ),
    (
        "第5检查组",
        "濮阳市华龙区悦来宾馆",
        "宾馆饭店",
        "消防控制室值班人员未持证上岗",
        "组织值班人员参加培训考试",
        "陈立新",
        "2024年7月31日",
        "下发责令限期改正通知书",
        "正在组织值班人员参加培训取证",
    ),
    (
        "第7检查组",
        "濮阳市万家福商贸有限公司",
        "商场市场",
        "安全出口上锁，疏散通道堆放货物",
        "打开安全出口，清理通道货物",
        "马建军",
        "2024年7月12日",
        "现场督促整改",
        "已当场整改到位",
    ),
    (
        "第2检查组",
        "濮阳县鑫源洗浴中心",
        "公众娱乐场所",
        "自动喷水灭火系统处于关闭状态",
        "恢复自动喷水灭火系统运行",
        "王志强",
        "2024年7月26日",
        "临时查封",
        "未整改",
    ),
    (
        "第9检查组",
        "清丰县老味道餐饮有限公司",
        "宾馆饭店",
        "厨房燃气管道未安装可燃气体报警装置",
        "安装可燃气体报警装置",
        "杨帆",
        "2024年8月10日",
        "下发责令限期改正通知书",
        "",
    ),
    (
        "第12检查组",
        "南乐县四季春酒店有限公司",
        "宾馆饭店",
        "客房楼层室内消火栓无水",
        "维修消防水泵和给水管网",
        "张丽",
        "2024年8月31日",
        "责令“三停”",
        "已停业，消防水泵正在维修",
    ),
    (
        "第15检查组",
        "范县亿佳购物广场有限公司",
        "商场市场",
        "电动自行车在商场门厅停放充电",
        "清理门厅车辆，设置集中充电点",
        "黄涛",
        "2024年7月20日",
        "行政处罚",
        "已清理，集中充电棚已建成投用",
    ),
]


def write_night(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "消防安全夜查行动发现火灾隐患整改情况登记表", t, 0, 9),
        (1, 0, "填报单位：濮阳市消防救援支队防火监督处    夜查时间：2024年7月12日晚", plain, 1, 9),
    ]
    words = [
        "序号",
        "检查组",
        "责任单位",
        "场所类别",
        "火灾隐患",
        "整改措施",
        "整改责任人",
        "整改时限",
        "处理情况",
        "整改情况",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(NIGHT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7) else c))
    r = 3 + len(NIGHT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "检查单位7家，发现火灾隐患7处，已整改3处", c, r, 9),
        (r + 1, 0, "注：整改时限以《责令限期改正通知书》载明的时间为准。", plain, r + 1, 9),
    ]
    return _write_xls(path, [("夜查", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 非公医疗机构依法执业专项监督检查问题整改, after a city 卫生健康综合监督执法支队's account of its check of the 直管
# 二级以上非公医疗机构 (执业资质、医疗机构及其工作人员执业、医疗技术临床应用、放射诊疗; 当场下达《卫生监督意见书》，
# 责令限期整改):
# http://www.dingqianjf.com/news/show/1049/1560847_0.html
# An .ods (LibreOffice conversion): title, 填报单位 line, a 说明 line naming the base of the 整改期限 in days, one
# header row, the office and date at the foot.
CLINIC_ROWS = [
    (
        "濮阳安康医院",
        "执业资质",
        "《医疗机构执业许可证》登记的诊疗科目与实际开展科目不符",
        date(2024, 7, 2),
        "15日内",
        "已办理诊疗科目变更登记",
    ),
    (
        "濮阳仁爱骨科医院",
        "人员执业",
        "2名医师未办理执业地点变更注册即在本院执业",
        date(2024, 7, 2),
        "30日内",
        "已完成1名医师变更注册，另1名正在办理",
    ),
    (
        "濮阳华康眼科医院",
        "医疗技术临床应用",
        "开展限制类医疗技术未按规定备案",
        date(2024, 7, 5),
        "10日内",
        "已完成备案",
    ),
    (
        "濮阳东方妇产医院",
        "放射诊疗",
        "放射工作人员个人剂量监测未按季度开展",
        date(2024, 7, 5),
        "30日内",
        "",
    ),
    (
        "濮阳博爱医院",
        "人员执业",
        "护士配备与实际开放床位比例不达标",
        date(2024, 7, 9),
        "60日内",
        "正在招聘，已新招护士6名",
    ),
    (
        "濮阳瑞康口腔医院",
        "执业资质",
        "医疗废物暂存处未设置警示标识，交接登记不全",
        date(2024, 7, 9),
        "7日内",
        "未整改",
    ),
    (
        "濮阳同济医院",
        "医疗技术临床应用",
        "病历书写不规范，部分手术知情同意书缺少患者签字",
        date(2024, 7, 12),
        "长期坚持",
        "长期坚持，每月开展病历质控检查",
    ),
]


def write_clinic_book(path: Path) -> Path:
    b = Book(path, author="医疗监督科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 20, 16, 44, 14, 12, 34])
    b.line(ws, 0, "二级以上非公立医疗机构依法执业专项监督检查问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫生健康综合监督执法支队    填报日期：2024年7月26日", 6)
    b.line(ws, 2, "说明：整改期限自《卫生监督意见书》下达之日起计算。", 6)
    b.header(
        ws, 3, ["序号", "医疗机构名称", "检查项目", "发现问题", "意见书下达日期", "整改期限", "整改落实情况"]
    )
    for i, row in enumerate(CLINIC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    b.line(ws, 5 + len(CLINIC_ROWS), "濮阳市卫生健康综合监督执法支队    2024年7月26日", 6, b.right)
    return b.close()


def write_clinic(path: Path) -> Path:
    via_soffice(write_clinic_book, path, "ods", "依法执业专项监督检查问题整改情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 水利工程安全隐患销号情况统计表, after a province 水利厅's notice on the 水利工程安全隐患再排查 (水库、水闸、堤防;
# 险工险段; 建档立卡; 一般隐患、重大隐患、其他隐患; 水利工程安全检查汇总表和水利工程安全隐患销号情况统计表; 制定隐患整治
# 方案，汛前完成):
# http://www.cswbszb.com/cswb/pc/paper/c/202011/16/content_78197.html
# An .xlsx: title, 填报单位 line, a two-row header with √ under 一般/重大/其他隐患 and under 是/否 of 是否销号, the
# deadline inside an 整改计划 text, a 填表说明 and the signature line.
FLOOD_ROWS = [
    # 工程名称, 工程类别, 隐患类别 (0 一般 1 重大 2 其他), 隐患描述, 整改责任单位, 整改计划, 销号 (True 是, False 否,
    # None blank), 备注
    (
        "东风小型水库",
        "水库",
        0,
        "大坝迎水坡局部护坡块石松动塌陷",
        "濮阳县水利局",
        "6月底前完成修复",
        True,
        "",
    ),
    (
        "马颊河南乐段堤防",
        "堤防",
        1,
        "险工段背水坡出现渗水点",
        "南乐县水利局",
        "7月底前完成应急处置，10月底前完成防渗加固",
        False,
        "应急处置已完成，防渗加固正在施工",
    ),
    (
        "董楼节制闸",
        "水闸",
        0,
        "闸门启闭机钢丝绳锈蚀严重",
        "市水务局",
        "2024年7月20日前完成更换",
        True,
        "",
    ),
    (
        "孙庄排涝站",
        "泵站",
        2,
        "备用发电机组无法正常启动",
        "清丰县水利局",
        "8月15日前完成维修",
        False,
        "",
    ),
    (
        "渠村引黄闸",
        "水闸",
        0,
        "闸室照明及视频监控设施损坏",
        "市水利局",
        "2024年8月31日前完成",
        False,
        "已采购监控设备，正在安装",
    ),
    (
        "天然文岩渠范县段",
        "堤防",
        1,
        "堤顶道路多处沉陷裂缝",
        "范县水利局",
        "8月完成修复设计，12月底前完成修复",
        None,
        "",
    ),
    (
        "张庄小型水库",
        "水库",
        2,
        "水库管护人员未落实，巡查记录缺失",
        "台前县水利局",
        "长期坚持",
        None,
        "长期坚持",
    ),
    (
        "潴龙河节制闸",
        "水闸",
        0,
        "闸门橡胶止水老化漏水",
        "华龙区水利局",
        "2024年7月15日前完成",
        True,
        "已更换止水，经复查合格",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="运管科")
    ws = b.sheet("销号统计")
    b.widths(ws, [6, 18, 8, 8, 8, 8, 32, 16, 30, 6, 6, 30])
    last = 11
    b.line(ws, 0, "水利工程安全隐患销号情况统计表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（盖章）    填报日期：2024年7月30日", last)
    for col, word in [
        (0, "序号"),
        (1, "工程名称"),
        (2, "工程类别"),
        (6, "隐患描述"),
        (7, "整改责任单位"),
        (8, "整改计划"),
        (11, "备注"),
    ]:
        ws.merge_range(2, col, 3, col, word, b.head)
    ws.merge_range(2, 3, 2, 5, "隐患类别", b.head)
    ws.merge_range(2, 9, 2, 10, "是否销号", b.head)
    b.header(ws, 3, ["一般隐患", "重大隐患", "其他隐患"], 3)
    b.header(ws, 3, ["是", "否"], 9)
    for i, (name, kind, cls, desc, unit, plan, closed, note) in enumerate(FLOOD_ROWS, 1):
        r = 3 + i
        ticks = ["√" if cls == k else "" for k in range(3)]
        yes_no = ["" if closed is None else ("√" if closed else ""), "" if closed is None or closed else "√"]
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [name, kind], 1)
        b.row(ws, r, ticks, 3, b.center)
        b.row(ws, r, [desc, unit, plan], 6)
        b.row(ws, r, yes_no, 9, b.center)
        b.put(ws, r, 11, note)
    r = 5 + len(FLOOD_ROWS)
    b.line(
        ws,
        r,
        "填表说明：1.隐患类别、是否销号在对应栏内打“√”；2.整改计划填写分阶段完成时间；3.销号须经复查合格。",
        last,
    )
    b.line(ws, r + 1, "填表人：韩冬梅    审核人：周建设    联系电话：0393-8181626", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 农村公路日常养护质量检查问题整改清单, after a county 交通运输局地方公路管理段's check of its 农村公路 (赵龙线、
# 吴簸线 …; 塌方清理不到位、排水沟不畅、除草不到位; 现场反馈，要求迅速整改; 养护公司落实养护主体责任):
# http://dayao.gov.cn/info/1285/59010.htm
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with the 检查人 beside the 养护单位,
# dates written as 2024.7.15, a 填报人 line.
ROAD_ROWS = [
    (
        "王助至柳屯线",
        "X012",
        "K3+200处边坡塌方堆积物清理不到位",
        "张建华",
        "濮阳市通达公路养护有限公司",
        "2024.7.10",
        "已清理完毕，复查合格",
    ),
    (
        "胡村至后店线",
        "Y003",
        "排水边沟淤塞，雨后路面积水",
        "刘伟",
        "濮阳县农村公路养护中心",
        "2024.7.15",
        "正在清淤，已完成约60%",
    ),
    (
        "孟轲至范县线",
        "X009",
        "路肩杂草丛生，遮挡交通标志",
        "张建华",
        "范县顺安公路养护有限公司",
        "7月底前",
        "已除草",
    ),
    (
        "城关至韩张线",
        "Y011",
        "路面坑槽约30处未及时修补",
        "李强",
        "清丰县畅通公路工程有限公司",
        "2024.8.10",
        "未整改",
    ),
    (
        "梁庄至千口线",
        "X015",
        "桥梁护栏缺失2处，未设置警示标志",
        "刘伟",
        "南乐县交通运输局",
        "2024.7.20",
        "已设置临时警示标志，护栏正在制作",
    ),
    (
        "打渔陈至夹河线",
        "Y020",
        "路面抛洒物和生活垃圾清扫不及时",
        "李强",
        "台前县通远公路养护有限公司",
        "常态化",
        "常态化保洁",
    ),
    (
        "城关至王称堌线",
        "X021",
        "标线磨损，急弯路段警告标志缺失",
        "张建华",
        "市交通局",
        "2024.9.30",
        "",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="农村公路管理所")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 16, 10, 36, 10, 28, 12, 30])
    b.line(ws, 0, "农村公路日常养护质量检查问题整改清单", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳市交通运输局农村公路管理所    检查时间：2024年7月2日至7月5日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "路线名称",
            "路线编号",
            "检查发现问题",
            "检查人",
            "养护单位（责任单位）",
            "整改时限",
            "整改复查情况",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(ROAD_ROWS), "填报人：苗青    联系电话：0393-8323517    填报日期：2024年7月25日", 7)
    return b.close()


def write_road(path: Path) -> Path:
    return via_soffice(write_road_book, path, "xls", "农村公路日常养护质量检查问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 城镇燃气用户端安全隐患排查整治工作推进情况, after a city's 推进会 on the 城乡燃气用户端安全隐患排查整治 (住建局牵头
# 统筹; 9月26日前完成餐饮商业用户全覆盖排查，年底前全面完成居民用户入户安检; 燃气表、连接软管、调压器; 排查、登记、
# 整改、销号、复查全链条闭环; 应急局严管工业燃料违规民用; 市场监管局从生产销售端严控燃气产品质量; 商务局 …):
# http://www.yjaq.com.cn/m/zx/2025-09-28/38542.html
# A .doc (Word 97 via LibreOffice) with the tasks written as numbered paragraphs under two headings, each with its
# 牵头/责任单位, 完成时限 (once a schedule text) and 进展情况.
GAS_PARAS = [
    (
        "一、排查整治任务推进情况",
        [
            "（一）餐饮商业用户燃气安全隐患全覆盖排查。牵头单位：市住建局。完成时限：9月26日前。"
            "进展情况：已排查餐饮商业用户1862户，覆盖率78%。",
            "（二）居民用户燃气入户安检。牵头单位：市燃气公司。完成时限：年底前全面完成。"
            "进展情况：已入户安检4.2万户，正在推进。",
            "（三）老旧小区燃气立管和户内连接软管更换。责任单位：市住房和城乡建设局。时间安排：7月底前完成摸底，"
            "9月底前完成招标，11月底前全部完成更换。进展情况：已完成摸底，正在编制招标文件。",
            "（四）燃气表、连接软管、调压器等燃气产品质量监督抽查。责任单位：市市场监管局。完成时限：2024年7月20日。"
            "进展情况：已抽查120批次，不合格产品已依法处置，该项任务已完成。",
        ],
    ),
    (
        "二、部门协同整治事项",
        [
            "（五）工业燃料违规民用专项整治。责任单位：市安监局。完成时限：2024年8月31日。",
            "（六）餐饮企业燃气泄漏报警装置安装推广。责任单位：市商务局。完成时限：8月15日前。进展情况：未启动。",
            "（七）瓶装液化气非法经营“黑气点”打击。责任单位：市城管执法局。完成时限：长期坚持。"
            "进展情况：常态化开展联合执法。",
            "（八）燃气安全宣传进社区、进商户。责任单位：华龙区人民政府。完成时限：2024年7月31日。进展情况：已完成。",
        ],
    ),
]


def write_gas_docx(path: Path) -> Path:
    doc = _new_document("燃气专班")
    _title(doc, "关于城镇燃气用户端安全隐患排查整治工作推进情况的报告")
    _paragraph(doc, "市安全生产委员会办公室：")
    _paragraph(
        doc,
        "按照全市城镇燃气用户端安全隐患排查整治工作推进会部署，市住建局牵头，各责任单位建立“排查、登记、整改、"
        "销号、复查”全链条闭环机制，重点聚焦老旧小区、城中村、餐饮场所。现将截至7月底的推进情况报告如下：",
    )
    for heading, paras in GAS_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市城镇燃气安全专项整治工作专班办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_gas(path: Path) -> Path:
    return via_soffice(write_gas_docx, path, "doc", "燃气用户端安全隐患排查整治工作推进情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 食品安全隐患大排查大整治问题清单 from two county 市场监督管理局, after a 市场监管分局's 专项行动 (农贸市场、小餐饮店、
# 十桌以上餐馆; 高校及中小学幼儿园周边; 环境卫生、亮证亮照、食品安全制度、消毒记录及健康证; 校园周边小食杂店; 发出责令
# 整改通知单):
# http://hznews.hangzhou.com.cn/chengshi/content/2018-07/13/content_7035089.htm
# A .zip of two .xlsx returns whose rows name the bureau's own 所/股 (sections); the first with a 填报单位 line, the
# second naming its bureau only in its title and file name.
FOOD_A = [
    (
        "阳光小吃店（第一实验小学周边）",
        "小餐饮",
        "2名从业人员健康证过期",
        "城关市场监管所",
        "2024年7月15日",
        "已整改",
        "是",
    ),
    (
        "城关农贸市场",
        "农贸市场",
        "快检室检测记录不全，未公示检测结果",
        "食品经营监管股",
        "2024年7月31日",
        "正在整改",
        "否",
    ),
    (
        "好运来餐馆",
        "十桌以上餐馆",
        "餐具消毒记录缺失，消毒柜未正常使用",
        "马庄桥市场监管所",
        "2024年8月10日",
        "",
        "否",
    ),
    (
        "金盛便利店（县二中周边）",
        "小食杂店",
        "销售无中文标签的进口糖果",
        "城关市场监管所",
        "2024年7月20日",
        "已下架并立案调查",
        "是",
    ),
]
FOOD_B = [
    (
        "童趣零食店（县实验幼儿园周边）",
        "销售超过保质期的饮料",
        "城关市场监管所",
        "2024年7月12日",
        "已下架销毁，已立案处罚",
    ),
    ("福堪农贸市场", "活禽销售区与其他区域未有效隔离", "福堪市场监管所", "2024年9月30日", "正在改造隔离设施"),
    ("兴旺饭庄", "后厨未实行明厨亮灶，生熟食品混放", "千口市场监管所", "2024年8月20日", "未整改"),
    ("县第二初级中学食堂", "食品留样量不足125克，留样记录不全", "餐饮服务监管股", "2024年7月25日", ""),
]


def write_food_a(path: Path) -> Path:
    b = Book(path, author="清丰县市场监督管理局")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 14, 36, 18, 16, 20, 10])
    b.line(ws, 0, "食品安全隐患大排查大整治问题清单", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县市场监督管理局    填报日期：2024年7月29日", 7)
    b.header(ws, 2, ["序号", "排查对象", "业态", "存在问题", "责任股所", "整改时限", "整改情况", "是否销号"])
    for i, row in enumerate(FOOD_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(FOOD_A), "负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_food_b(path: Path) -> Path:
    b = Book(path, author="Administrator")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 32, 38, 18, 16, 30])
    b.line(ws, 0, "南乐县市场监督管理局食品安全隐患排查整治问题清单", 5, b.title)
    b.header(ws, 1, ["序号", "排查对象", "存在问题", "责任所（股）", "整改期限", "整改进展"])
    for i, row in enumerate(FOOD_B, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), 1)
    return b.close()


def write_food(path: Path) -> Path:
    members = [
        ("清丰县市场监督管理局食品安全隐患排查整治问题清单.xlsx", write_food_a),
        ("南乐县食品安全隐患排查整治问题清单.xlsx", write_food_b),
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
# 10. 党委巡察反馈问题整改落实情况台账, after a state-owned design institute's 党委 meeting on its 巡察整改 and 审计整改
# (集团公司党委巡察提出的4个方面14项28个具体问题; 审计反馈的问题; 两项整改均已完成80%以上; 各部门协作; 分管领导核实把关;
# 研究长效措施):
# https://www.asdi.com.cn/content/detail/6201ca367f8b9a37678b4567.html
# A .wps (Word 97 via LibreOffice): the company named only in the title, a 截至 line, one table whose rows name the
# company's own departments (责任部门) and the 分管领导, progress written as sentences, the office and date.
PATROL_ROWS = [
    (
        "党的建设",
        "“三重一大”事项决策程序执行不规范，个别事项未经党委前置研究",
        "修订党委前置研究讨论重大经营管理事项清单",
        "综合办公室",
        "王建国",
        "2024年6月30日",
        "已修订并印发前置研究事项清单，已完成整改",
    ),
    (
        "经营管理",
        "部分设计项目合同签订滞后于项目开工",
        "建立合同签订台账，逐项补签",
        "经营部",
        "李明",
        "2024年8月31日",
        "已完成80%以上，剩余3个项目合同正在补签",
    ),
    (
        "财务管理",
        "应收账款清收不力，长期挂账金额较大",
        "逐笔核对，落实清收责任人",
        "财务部",
        "张华",
        "2024年12月31日",
        "已清收1260万元，其余款项正在协商清收",
    ),
    (
        "选人用人",
        "干部人事档案专项审核发现的问题未及时整改",
        "逐卷补充完善档案材料",
        "人力资源部",
        "王建国",
        "2024年7月31日",
        "未启动",
    ),
    (
        "作风建设",
        "公务用车使用登记不规范，出车记录不完整",
        "完善派车单和出车登记",
        "综合办公室",
        "王建国",
        "2024年7月15日",
        "已完成",
    ),
    (
        "审计整改",
        "工程项目结算审核不严，存在超合同约定支付",
        "开展结算复核，追回多付款项",
        "工程管理部",
        "李明",
        "2024年9月30日",
        "",
    ),
    (
        "党的建设",
        "基层党支部“三会一课”记录不完整",
        "按季度检查支部台账",
        "党群工作部",
        "张华",
        "长期坚持",
        "长期坚持，按季度检查通报",
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("党群工作部")
    _title(doc, "濮阳市建筑设计研究院有限公司党委巡察反馈问题整改落实情况台账", 18)
    _paragraph(doc, "（截至2024年7月31日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(
        doc,
        ["序号", "问题方面", "具体问题", "整改措施", "责任部门", "分管领导", "整改时限", "整改进展"],
        body,
        9,
    )
    _paragraph(doc, "公司党委巡察整改工作领导小组办公室    2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_docx, path, "doc", "巡察反馈问题整改落实情况台账.docx")
    return path


FILES = [
    ("2024年暑期校外培训机构专项检查问题整改台账.xlsx", write_train),
    ("A级旅游景区复核问题整改验收情况表.docx", write_scenic),
    ("根治欠薪线索办理台账（2024年7月）.csv", write_wage),
    ("消防安全夜查行动火灾隐患整改情况登记表.xls", write_night),
    ("二级以上非公立医疗机构依法执业专项监督检查问题整改情况.ods", write_clinic),
    ("水利工程安全隐患销号情况统计表.xlsx", write_flood),
    ("农村公路日常养护质量检查问题整改清单.et", write_road),
    ("关于城镇燃气用户端安全隐患排查整治工作推进情况的报告.doc", write_gas),
    ("食品安全隐患大排查大整治问题清单（两县）.zip", write_food),
    ("党委巡察反馈问题整改落实情况台账.wps", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

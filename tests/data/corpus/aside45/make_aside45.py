"""Write the aside45 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) and a
.zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside45.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 城区医疗机构综合督查发现问题整改台账, after a county 卫计局's account of its 督查组 visiting ten city hospitals
# (three private; 公共卫生与医疗服务、环境卫生、健康教育、食堂卫生、信访维稳; 现场指出, 提出整改意见; 督查通报, 明确整改时限,
# “回头看”销号): https://m.yaozui.com/p/281910
# An .xlsx: title, 填报单位 and 督查时间 line, a two-row header (整改落实 over 整改情况 and “回头看”销号), the 督查组 beside
# the hospital that corrects, a 注 and signature line.
HOSP_ROWS = [
    (
        "濮阳市人民医院",
        "公立",
        "公共卫生与医疗服务",
        "门诊预检分诊登记不完整，发热患者流行病学史询问记录缺失",
        "完善预检分诊流程，逐项补登记录",
        "第一督查组",
        "2024年7月15日",
        "已整改",
        "已销号",
    ),
    (
        "濮阳市第三人民医院",
        "公立",
        "环境卫生",
        "住院部楼道医疗废物暂存点未上锁，警示标识不清",
        "规范设置医疗废物暂存点",
        "第一督查组",
        "7月20日前",
        "正在整改，已订购专用医疗废物暂存柜",
        "",
    ),
    (
        "濮阳华康医院",
        "民营",
        "健康教育",
        "健康教育宣传栏内容长期未更新",
        "每季度更新宣传内容",
        "第二督查组",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "濮阳市妇幼保健院",
        "公立",
        "食堂卫生",
        "职工食堂2名从业人员健康证过期，食品留样记录不全",
        "从业人员重新体检办证，落实留样制度",
        "第二督查组",
        "8月10日前",
        "已整改",
        "“回头看”复查合格，已销号",
    ),
    (
        "濮阳仁和医院",
        "民营",
        "信访维稳",
        "患者投诉处理未建立登记台账",
        "建立投诉登记和处理台账",
        "第三督查组",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "濮阳市中医医院",
        "公立",
        "公共卫生与医疗服务",
        "院感监测数据未按月汇总上报",
        "明确专人按月上报",
        "第三督查组",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "濮阳东方医院",
        "民营",
        "环境卫生",
        "污水处理设施运行记录缺失，余氯检测未按日开展",
        "补建运行记录，落实每日检测",
        "第三督查组",
        "2024年9月30日",
        "部分完成，运行记录已补建，检测设备正在采购",
        "未销号",
    ),
]


def write_hosp(path: Path) -> Path:
    b = Book(path, author="医政科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 8, 14, 36, 26, 12, 14, 30, 22])
    b.line(ws, 0, "城区医疗机构综合督查发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫计委医政科    督查时间：2024年7月2日至7月5日", 9)
    for c, word in enumerate(
        [
            "序号",
            "责任单位（被督查单位）",
            "机构性质",
            "督查类别",
            "存在问题",
            "整改意见",
            "督查组",
            "整改时限",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "“回头看”销号情况"], 8)
    for i, row in enumerate(HOSP_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    end = 4 + len(HOSP_ROWS)
    b.line(ws, end, "注：整改完成后由原督查组“回头看”复查，复查合格的予以销号。", 9)
    b.line(
        ws, end + 1, "填表人：李敏    审核人：张卫东    联系电话：0393-4412356    填报日期：2024年7月31日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 养老服务领域经营性自建房安全专项整治台账, after a county 民政局's notice passing on the province's 自建房 campaign
# (对照台账数据认定核实; 养老机构名称一栏; 排查是否使用自建房及存在安全隐患; 分类整治, 重大风险隐患停止使用; 8月20日前反馈):
# http://mzj.cyxw.cc/Info.aspx?colid=1769&id=89447
# An .xls (xlwt): the sending 民政局 only in the title and the file name, 填报单位（盖章） left blank, one header row with the
# bureau's own 责任科室, a 合计 row and a 备注.
HOUSE_ROWS = [
    (
        "华龙区",
        "濮阳市颐乐养老院",
        "是",
        "一般隐患：三层自建房楼梯间堆放杂物，疏散通道不畅",
        "清理杂物，保持通道畅通",
        "养老服务科",
        "2024年7月10日",
        "已整改",
    ),
    (
        "濮阳县",
        "濮阳县福寿养老中心",
        "是",
        "一般隐患：房屋承重墙体出现裂缝，未经安全鉴定",
        "委托有资质的机构开展安全鉴定",
        "养老服务科",
        "8月20日前",
        "已委托第三方鉴定机构，鉴定正在进行",
    ),
    (
        "清丰县",
        "清丰县康宁老年公寓",
        "是",
        "重大隐患：擅自加层改建，存在结构安全风险",
        "停止使用，人员转移安置，实施加固",
        "养老服务科",
        "10月底前",
        "已停止使用，正在进行加固施工",
    ),
    (
        "南乐县",
        "南乐县夕阳红托养中心",
        "是",
        "一般隐患：厨房燃气管道老化未更换",
        "更换燃气管道",
        "社会事务科",
        "2024年8月25日前",
        "",
    ),
    (
        "范县",
        "范县惠民养老院",
        "是",
        "一般隐患：自建房改作养老用房未办理消防验收",
        "补办消防验收手续",
        "社会事务科",
        "2024年9月30日",
        "未整改",
    ),
    (
        "台前县",
        "台前县幸福院",
        "是",
        "一般隐患：老人电动车在房屋内停放充电",
        "设置集中充电区，加强日常巡查",
        "养老服务科",
        "长期坚持",
        "常态化巡查",
    ),
    (
        "华龙区",
        "华龙区安康老年养护院",
        "是",
        "一般隐患：外墙装饰构件松动，有坠落风险",
        "拆除松动构件",
        "养老服务科",
        "2024年7月25日",
        "已拆除松动构件，经复查隐患已消除",
    ),
]


def write_house(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市民政局养老服务领域经营性自建房安全专项整治台账", t, 0, 8),
        (1, 0, "填报单位（盖章）：                        数据截至：2024年7月20日", plain, 1, 8),
    ]
    words = [
        "序号",
        "县（市、区）",
        "养老机构名称",
        "是否使用自建房",
        "排查发现隐患",
        "整治措施",
        "责任科室",
        "完成时限",
        "整改情况",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6) else c))
    r = 3 + len(HOUSE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "排查使用自建房的养老机构7家，已整改2家", c, r, 8),
        (
            r + 1,
            0,
            (
                "备注：不属于养老服务机构和设施的，在“养老机构名称”栏注明；存在重大风险隐患的自建房要停止使用，"
                "整改情况及时在系统中更新。"
            ),
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 全国根治欠薪线索反映平台线索核查情况表, after a city 人社局's account of its 核处工作规程 (线索接收及转办, 线索核处及审核,
# 核查情况表, 十类核处结论, 回复填报): https://hrss.tj.gov.cn/xinwenzixun/xinwendongtai/202209/t20220913_5986805.html
# A CSV in GBK: title line, 填报单位 line, one header row with 转办日期 and 核处时限 in working days from it, a 合计 line,
# a 注 line and a signature line.
WAGE_ROWS = [
    (
        "QX202407010018",
        "2024-07-01",
        "濮阳市鑫达建筑劳务有限公司",
        "拖欠12名农民工6月份工资",
        "12",
        "86400",
        "华龙区人力资源和社会保障局",
        "10个工作日内",
        "已解决，欠薪已全额支付",
        "已办结",
    ),
    (
        "QX202407030042",
        "2024-07-03",
        "濮阳市锦绣华庭二期项目部",
        "总包单位拖欠钢筋班组工人工资",
        "26",
        "312000",
        "市住建局",
        "15个工作日内",
        "正在核查，已约谈总包单位负责人",
        "办理中",
    ),
    (
        "QX202407080007",
        "2024-07-08",
        "国道342改建工程三标段",
        "分包队伍拖欠机械租赁操作人员工资",
        "8",
        "64000",
        "市交通运输局",
        "10个工作日内",
        "",
        "",
    ),
    (
        "QX202407120031",
        "2024-07-12",
        "濮阳县利民生活超市",
        "反映超市拖欠3名营业员5月份工资",
        "3",
        "9600",
        "濮阳县人力资源和社会保障局",
        "10个工作日内",
        "不属于欠薪问题，系劳动报酬计算争议，已向反映人解释说明",
        "已办结",
    ),
    (
        "QX202407160025",
        "2024-07-16",
        "清丰县鸿运服装厂",
        "服装厂停产后拖欠工人工资",
        "41",
        "205000",
        "清丰县人力资源和社会保障局",
        "10个工作日内",
        "未启动核查",
        "未办结",
    ),
    (
        "QX202407220013",
        "2024-07-22",
        "濮阳市速达物流有限公司",
        "物流公司克扣快递员派件提成",
        "15",
        "37500",
        "市人社局",
        "5个工作日内",
        "已立案调查，责令企业限期支付",
        "办理中",
    ),
    (
        "QX202407250009",
        "2024-07-25",
        "南乐县绿源养殖专业合作社",
        "养殖合作社拖欠季节工工资",
        "6",
        "18000",
        "南乐县人力资源和社会保障局",
        "10个工作日内",
        "已解决，合作社已支付全部工资",
        "已办结",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全国根治欠薪线索反映平台线索核查情况表"])
    w.writerow(
        [
            "填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室",
            "",
            "",
            "",
            "统计时段：2024年7月1日至7月31日",
        ]
    )
    w.writerow(
        [
            "序号",
            "线索编号",
            "转办日期",
            "被反映单位",
            "反映问题",
            "涉及人数",
            "涉及金额（元）",
            "承办单位",
            "核处时限",
            "核处结论",
            "办理状态",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "线索7件，已办结3件", "111", "732500", "", "", "", ""])
    w.writerow(["注：核处时限自转办之日起按工作日计算；核处结论按平台十类结论填写。"])
    w.writerow(["填表人：郭晓燕", "", "联系电话：0393-8662107", "", "填报日期：2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. A级旅游景区复核问题整改情况表, after a news account of the national A级旅游景区整改提质行动 (复核, 体检式暗访评估; 取消等级、
# 降低等级、严重警告、警告、通报批评; 被警告的限期整改; 厕所、标识导览、安全管理、市场秩序问题):
# http://www.1187033.cn/news/sz/93455.html
# An .ods (LibreOffice conversion): title, 填报单位 line with the former bureau name, one header row with 处理意见 and a
# 复核结果 column beside 整改情况, a 注 and the office at the foot.
SCENIC_ROWS = [
    (
        "濮阳绿色庄园",
        "4A",
        "游客中心厕所数量不足，未设置第三卫生间",
        "警告",
        "濮阳绿色庄园景区管理有限公司",
        "2024年6月30日",
        "已新建第三卫生间并投入使用",
        "复核合格",
    ),
    (
        "戚城文物景区",
        "4A",
        "景区标识导览系统中英文标识错误较多",
        "通报批评",
        "市文广新局",
        "2024年8月底前",
        "已完成标识普查，正在制作更换",
        "",
    ),
    (
        "濮上园",
        "4A",
        "消防器材过期，安全巡查记录缺失",
        "严重警告",
        "濮阳濮上园旅游开发有限公司",
        "2024.7.20",
        "未整改",
        "复核不合格",
    ),
    (
        "单拐革命旧址",
        "3A",
        "停车场无专人管理，车辆乱停乱放",
        "警告",
        "清丰县单拐革命旧址纪念馆",
        "2024年8月15日",
        "基本完成，停车场管理人员已到岗",
        "",
    ),
    (
        "张挥公园",
        "3A",
        "景区内存在游商兜售和强拉客人现象",
        "通报批评",
        "市旅游局",
        "长期坚持",
        "常态化开展市场秩序巡查",
        "",
    ),
    (
        "将军渡景区",
        "3A",
        "游览步道破损，临水护栏松动",
        "警告",
        "台前县将军渡景区管理处",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "毛楼生态旅游区",
        "4A",
        "景区智慧导览平台长期无法访问",
        "警告",
        "范县毛楼旅游开发有限公司",
        "2024年7月25日",
        "已完成",
        "复核合格",
    ),
]


def write_scenic_book(path: Path) -> Path:
    b = Book(path, author="资源开发科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 18, 8, 36, 12, 28, 16, 30, 12])
    b.line(ws, 0, "2024年A级旅游景区整改提质行动复核问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市文广新局（盖章）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "景区名称",
            "等级",
            "复核（暗访）发现问题",
            "处理意见",
            "整改责任单位",
            "整改期限",
            "整改情况",
            "复核结果",
        ],
    )
    for i, row in enumerate(SCENIC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 4 + len(SCENIC_ROWS)
    b.line(
        ws,
        end,
        "注：处理意见分为取消等级、降低等级、严重警告、警告、通报批评；受到警告以上处理的景区依据检查处理意见限期整改，"
        "逾期未完成整改的从重处理。",
        8,
    )
    b.line(ws, end + 1, "濮阳市文广新局资源开发科    2024年7月30日", 8, b.right)
    return b.close()


def write_scenic(path: Path) -> Path:
    via_soffice(write_scenic_book, path, "ods", "A级旅游景区复核问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 本科教育教学审核评估整改问题清单, after a college's 审核评估整改方案 with its 问题清单 (问题序号 / 对应审核指标 split into
# 一级指标 and 二级指标 / 问题简要表述 / 问题来源 / 是否纳入整改; 各部门与单位职责分工):
# https://www.hnit.edu.cn/nry.jsp?urltype=news.NewsContentUrl&wbtreeid=1320&wbnewsid=80758&type=cas&phjLqglmYdP_rCOghksAS5ICdopzALrH56orrZPZrxj2sij0GyF9PnKBXnKO_B_G
# An .xlsx: the college only in the title, two-row merged header (对应审核指标 over 一级/二级指标, 是否完成整改 over 是/否 with
# ticks), the college's own offices as 牵头单位 and 配合单位, a schedule text as 完成时限, 填表说明 and a stamp line.
AUDIT_ROWS = [
    (
        "1.办学方向与本科地位",
        "1.2本科地位",
        "校领导深入教学一线听课次数偏少",
        "专家组现场考察",
        "√",
        "",
        "教务处",
        "党政办公室",
        "2024年6月30日",
        "已建立校领导听课制度，本学期人均听课6次",
    ),
    (
        "2.培养过程",
        "2.3实践教学",
        "部分专业实验开出率未达到教学大纲要求",
        "审核评估报告",
        "",
        "√",
        "教务处",
        "实验室与设备管理处",
        "2024年9月底前完成实验室改造，2024年12月底前开出全部实验",
        "实验室改造正在施工",
    ),
    (
        "3.教师队伍",
        "3.1师德师风",
        "师德失范行为调查处理机制不健全",
        "自评报告",
        "",
        "",
        "党委教师工作部",
        "人事处",
        "长期坚持",
        "常态化推进",
    ),
    (
        "3.教师队伍",
        "3.2教学能力",
        "具有行业企业背景的双师型教师比例偏低",
        "审核评估报告",
        "",
        "√",
        "人事处",
        "各二级学院",
        "2023-2025年",
        "",
    ),
    (
        "4.学生发展",
        "4.1理想信念",
        "第二课堂成绩单制度未全面落实",
        "专家组现场考察",
        "√",
        "",
        "校团委",
        "学生工作处",
        "2024年5月底",
        "已完成",
    ),
    (
        "5.质量保障",
        "5.2质量监控",
        "毕业论文（设计）抽检发现选题重复率偏高",
        "审核评估报告",
        "",
        "",
        "教务处",
        "各二级学院",
        "2024年11月30日",
        "",
    ),
    (
        "5.质量保障",
        "5.3质量改进",
        "教学质量监控结果反馈不及时，闭环机制不健全",
        "自评报告",
        "",
        "√",
        "质量管理与评估中心",
        "教务处",
        "2024年10月底前",
        "已修订教学质量监控办法，正在试运行",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="整改办")
    ws = b.sheet("问题清单")
    b.widths(ws, [8, 18, 14, 36, 14, 6, 6, 16, 16, 30, 30])
    b.line(ws, 0, "濮阳工学院本科教育教学审核评估整改问题清单", 10, b.title)
    b.line(ws, 1, "（整改进展截至2024年7月31日）", 10, b.right)
    b.merge(ws, 2, 0, 3, 0, "问题序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "对应审核指标", b.head)
    b.header(ws, 3, ["一级指标", "二级指标"], 1)
    b.merge(ws, 2, 3, 3, 3, "问题简要表述", b.head)
    b.merge(ws, 2, 4, 3, 4, "问题来源", b.head)
    b.merge(ws, 2, 5, 2, 6, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], 5)
    for c, word in enumerate(["牵头单位", "配合单位", "完成时限", "整改进展"], 7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:4]), 1)
        b.row(ws, 3 + i, list(row[4:6]), 5, b.center)
        b.row(ws, 3 + i, list(row[6:]), 7)
    end = 5 + len(AUDIT_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.“问题来源”填写审核评估报告、专家组现场考察或自评报告；2.已完成整改的在“是”栏划√，"
        "未完成的在“否”栏划√；3.牵头单位对整改结果负责，配合单位协同推进。",
        10,
    )
    b.line(ws, end + 1, "学校审核评估整改工作办公室（盖章）    2024年7月31日", 10, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 灌溉机井问题整改台账, after a county-level city's account of its 高标准农田 灌溉机井 check (逐项目逐设施排查; 建立问题整改
# 台账, 领导班子分包乡镇（街道）, 科室人员分包机井; 问题机井 完成修复 or 填埋处置):
# https://www.mengzhou.gov.cn/2026/02-02/594396.html
# A .docx: title, 填报单位 paragraph with the former bureau name, one table with 分包领导 and 分包科室 beside the 责任单位, a
# 注 and the signature.
WELL_ROWS = [
    (
        "城关镇",
        "JJ-0112",
        "井台破损，井口无井盖",
        "修复",
        "王建国",
        "农水科",
        "城关镇人民政府",
        "6月30日前完成",
        "已修复到位",
    ),
    (
        "柳屯镇",
        "JJ-0231",
        "潜水泵损坏，机井无法出水",
        "修复",
        "刘海军",
        "工程科",
        "市水务局",
        "7月底前",
        "已更换水泵，正在调试",
    ),
    (
        "岳村镇",
        "JJ-0307",
        "废弃机井未封填，存在坠落隐患",
        "填埋处置",
        "王建国",
        "农水科",
        "岳村镇人民政府",
        "2024年8月15日",
        "未启动",
    ),
    (
        "八公桥镇",
        "JJ-0415",
        "井房配电箱未安装漏电保护器",
        "修复",
        "赵志勇",
        "农田建设科",
        "市农业局",
        "2024年8月31日",
        "基本完成，剩余2处正在安装",
    ),
    (
        "梁庄镇",
        "JJ-0522",
        "机井出水量明显不足，需洗井",
        "修复",
        "赵志勇",
        "工程科",
        "梁庄镇人民政府",
        "2024.9.30",
        "",
    ),
    (
        "渠村乡",
        "JJ-0618",
        "机井设施管护责任不明确，无人管护",
        "建立管护制度",
        "刘海军",
        "农水科",
        "渠村乡人民政府",
        "长期坚持",
        "已明确村级管护员，常态化推进",
    ),
    (
        "胡状镇",
        "JJ-0733",
        "地埋灌溉管道破裂跑水",
        "修复",
        "王建国",
        "农田建设科",
        "胡状镇人民政府",
        "2024年7月20日",
        "已完成修复，经验收合格",
    ),
]


def write_well(path: Path) -> Path:
    doc = _new_document("农水科")
    _title(doc, "高标准农田灌溉机井问题整改台账")
    _paragraph(doc, "填报单位：濮阳市水务局    数据截至：2024年7月28日", 12)
    body = [[str(i), *row] for i, row in enumerate(WELL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "乡镇（街道）",
            "机井编号",
            "存在问题",
            "处置方式",
            "分包领导",
            "分包科室",
            "责任单位",
            "完成时限",
            "整改进展",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：问题机井分修复和填埋处置两类，整改完成一眼、验收一眼、销号一眼。", 12)
    _paragraph(doc, "填报人：陈静    联系电话：0393-6216630", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 商场市场消防安全专项整治问题隐患清单, after a county 安委办 and 消委办's 商场市场和大型商业综合体消防安全专项整治工作方案
# (集中排查、重点整治、全力消除风险隐患; 疏散通道、消防设施、违规住人、电动车充电):
# https://www.ohdpoec.cn/dhxzf/aqsc/content/bd0908b6-860c-47e1-9cec-0b5c2721e766.html
# An .et (Excel 97 via LibreOffice): title, 排查单位 line naming the inspecting bodies, one header row with 检查人 beside
# the 整改责任单位, dates written as 2024.7.10, a 复查意见 column, a 备注 and a 填报人 line.
FIRE_ROWS = [
    (
        "濮阳万达广场",
        "华龙区",
        "地下车库防火卷帘下方堆放杂物",
        "张强、刘洋",
        "濮阳万达广场商业管理有限公司",
        "2024.7.10",
        "已清理",
        "复查合格",
    ),
    (
        "恒丰商厦",
        "华龙区",
        "疏散指示标志损坏，应急照明灯不亮",
        "张强、刘洋",
        "濮阳恒丰商厦有限公司",
        "2024.7.25",
        "正在更换",
        "",
    ),
    (
        "胜利路农贸市场",
        "华龙区",
        "摊位私拉乱接电线，电动车在市场内违规充电",
        "王磊、孙洁",
        "华龙区人民政府",
        "2024.8.15",
        "未整改",
        "",
    ),
    (
        "新世纪购物中心",
        "华龙区",
        "自动喷水灭火系统末端试水压力不足",
        "王磊、孙洁",
        "濮阳新世纪购物中心有限公司",
        "2024.9.30",
        "已委托维保单位检修，配件正在采购",
        "",
    ),
    (
        "清丰县商贸城",
        "清丰县",
        "部分室内消火栓无水",
        "赵亮、周敏",
        "清丰县商贸城管理有限公司",
        "2024.7.20",
        "",
        "",
    ),
    (
        "南乐县百货大楼",
        "南乐县",
        "消防控制室值班人员无证上岗",
        "赵亮、周敏",
        "南乐县百货大楼有限公司",
        "2024.7.31",
        "已整改，值班人员已取得证书",
        "复查合格",
    ),
    (
        "金堤商城",
        "台前县",
        "商场内违规设置员工宿舍",
        "赵亮、周敏",
        "台前县金堤商城有限公司",
        "2024.8.31",
        "已拆除宿舍隔断",
        "复查合格，已销号",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="防火科")
    ws = b.sheet("隐患清单")
    b.widths(ws, [6, 18, 10, 34, 14, 28, 12, 26, 18])
    b.line(ws, 0, "商场市场和大型商业综合体消防安全专项整治问题隐患清单", 8, b.title)
    b.line(
        ws, 1, "排查单位：市消防救援支队、市商务局、市市场监督管理局    排查时间：2024年7月1日至7月12日", 8
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称",
            "所在县区",
            "问题隐患",
            "检查人",
            "整改责任单位",
            "整改期限",
            "整改情况",
            "复查意见",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 4 + len(FIRE_ROWS)
    b.line(
        ws,
        end,
        "备注：能当场整改的当场整改；不能当场整改的明确整改责任单位和整改期限，整改完毕后申请复查。",
        8,
    )
    b.line(ws, end + 1, "填报人：马丽    联系电话：0393-8181119    填报日期：2024.7.31", 8)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "商场市场消防安全专项整治问题隐患清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 交通运输企业安全生产暗查暗访问题整改台账 from two county 交通运输局, after a county bureau's account of its 暗查暗访
# (不打招呼、直接走访; 公交公司、汽车站、运输公司、汽修厂、浮桥; 消防器材年检, 村村通车辆“五证一卡”, 安检记录;
# 下达隐患整改通知书, 2个工作日内整改完毕): http://m.nxhuan.com/qhsh/p/866872.html
# A .zip of two .xlsx returns, each with the 检查组 line, one header row with 交办日期 and 整改期限 partly in working days
# from it, a 注 and a 填报人 line.
TRANSPORT_RETURNS = [
    (
        "濮阳县交通运输局",
        [
            (
                "濮阳县汽车站",
                "2024-07-08",
                "候车厅灭火器过期未年检",
                "下达隐患整改通知书",
                "2个工作日内",
                "已更换全部过期灭火器",
            ),
            (
                "众意公交公司",
                "2024-07-08",
                "公交车辆例行安检记录漏记",
                "下达隐患整改通知书",
                "2个工作日内",
                "已补齐安检记录，已整改",
            ),
            (
                "濮阳县途顺汽修厂",
                "2024-07-09",
                "配件仓库无消防器材，易燃物品堆放杂乱",
                "下达隐患整改通知书",
                "5个工作日内",
                "正在整改，易燃物品已清理",
            ),
            (
                "濮阳县渠村黄河浮桥有限公司",
                "2024-07-10",
                "浮桥安全检查记录不全，救生衣配备不足",
                "下达隐患整改通知书",
                "2024年7月31日",
                "",
            ),
        ],
    ),
    (
        "清丰县交通运输局",
        [
            (
                "清丰县第三运输有限公司",
                "2024-07-15",
                "村村通客车“五证一卡”不全",
                "下达隐患整改通知书",
                "10个工作日内",
                "未整改",
            ),
            (
                "清丰县汽车客运站",
                "2024-07-15",
                "进站口危险品检查仪故障未修复",
                "现场责令整改",
                "立行立改",
                "已当场修复",
            ),
            (
                "清丰县城乡公交有限公司",
                "2024-07-16",
                "驾驶员安全教育培训记录缺失",
                "下达隐患整改通知书",
                "2024年8月10日前",
                "已组织补训，正在完善培训档案",
            ),
            (
                "清丰县安通驾驶员培训学校",
                "2024-07-17",
                "教练车未配备灭火器",
                "下达隐患整改通知书",
                "3个工作日内",
                "已配齐",
            ),
        ],
    ),
]


def write_transport_book(path: Path, bureau: str, rows: list[tuple]) -> Path:
    b = Book(path, author=bureau)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 12, 36, 20, 16, 30])
    b.line(ws, 0, f"{bureau}交通运输企业安全生产暗查暗访问题整改台账", 6, b.title)
    b.line(ws, 1, f"检查组：{bureau}安全生产暗查暗访组    检查方式：四不两直", 6)
    b.header(ws, 2, ["序号", "被检查单位", "交办日期", "发现问题", "处理方式", "整改期限", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 4 + len(rows)
    b.line(ws, end, "注：整改期限自交办之日起计算，立行立改的当日整改完毕。", 6)
    b.line(ws, end + 1, "填报人：            联系电话：            填报日期：2024年7月31日", 6)
    return b.close()


def write_transport(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for bureau, rows in TRANSPORT_RETURNS:
            name = f"{bureau}暗查暗访问题整改台账.xlsx"
            member = write_transport_book(Path(tmp) / name, bureau, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 市直单位作风纪律暗访督查情况的通报, after a city paper's 通报 by the 转创办暗访督查组 on the 市直单位 (查摆问题阶段; 开门纳谏、
# 自我剖析、制定整改措施、召开民主生活会; 作风纪律情况): http://www.zhld.com/zkrb/html/2012-08/24/content_224307.htm
# A .doc (Word 97 via LibreOffice): 主送, preamble, a section telling how the campaign went (no items), then the problems
# found as numbered paragraphs, each naming the unit (several by their names before the reform), 整改要求 and 整改情况.
STYLE_ITEMS = [
    (
        "（一）市卫生局：工作日上午9时暗访时，办证窗口2名工作人员不在岗。整改要求：8月10日前书面反馈。整改情况：已对相关人员批评"
        "教育并调整窗口排班，已整改到位。"
    ),
    (
        "（二）市工商局：注册登记窗口工作人员上班时间玩手机游戏。整改要求：2024年8月10日前书面反馈。整改情况：正在整改，已对当事人"
        "进行诫勉谈话。"
    ),
    "（三）市国土资源局：开门纳谏征求意见范围过窄，仅在机关内部征求。整改要求：2024年8月15日前书面反馈。",
    "（四）市建委：班子成员自我剖析材料照搬照抄，查摆问题不具体。整改要求：8月15日前重新撰写并书面反馈。整改情况：未整改。",
    "（五）市城管执法局：部分执法人员着装不规范，未佩戴执法证件。整改要求：长期坚持。整改情况：常态化开展着装风纪检查。",
    (
        "（六）市环保局：制定的整改措施未明确责任人和完成时限。整改要求：2024年7月31日前完善。整改情况：已修订整改方案，"
        "已完成。"
    ),
    (
        "（七）市劳动局：12333咨询电话多次拨打无人接听。整改要求：2024年8月5日前书面反馈。整改情况：已增加接线人员，值守制度"
        "正在完善。"
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("市转创办")
    _title(doc, "关于市直单位作风纪律暗访督查情况的通报")
    _paragraph(doc, "各市直单位：")
    _paragraph(
        doc,
        "按照全市转变作风创优发展环境活动部署，市转创办暗访督查组于2024年7月15日至7月19日，对市直单位查摆问题阶段"
        "开门纳谏、自我剖析、制定整改措施、召开民主生活会等工作落实情况及作风纪律情况进行了暗访，现将有关情况通报如下：",
    )
    _paragraph(doc, "一、活动开展总体情况", 16, "黑体")
    _paragraph(
        doc,
        "暗访发现，绝大多数市直单位高度重视查摆问题阶段工作，组织精心，部署周密，能够正视问题、广泛征求意见，"
        "活动开展扎实。",
    )
    _paragraph(doc, "二、暗访发现的问题", 16, "黑体")
    for text in STYLE_ITEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、有关要求", 16, "黑体")
    _paragraph(doc, "各有关单位要对照通报问题逐项整改，按规定时限将整改情况书面报送市转创办。")
    _paragraph(doc, "濮阳市转变作风创优发展环境活动办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "市直单位作风纪律暗访督查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 农村食品市场专项检查发现问题整改情况统计表, after a provincial 工商局's set of 农村食品市场 forms (表四 农村食品市场监测
# 情况统计表: 填报单位、填报人、填报时间 on one line; 备注: 此表以市州局为单位于…前报省局消保处):
# http://www.fymate.net/html/text/lar/169437/16943731_4.html
# A .wps (Word 97 via LibreOffice): 表号 line, title, 填报单位/填报人/填报时间 line, one table ending in a 合计 row, a 备注.
FOOD_ROWS = [
    (
        "城关镇惠民超市",
        "销售超过保质期的饮料",
        "过期食品",
        "濮阳县城关镇惠民超市",
        "2024年7月10日",
        "已下架销毁，已整改",
    ),
    (
        "王称堌镇鑫源副食批发部",
        "经营标签不全的散装食品",
        "“三无”食品",
        "濮阳县王称堌镇鑫源副食批发部",
        "2024年7月20日",
        "正在整改",
    ),
    (
        "户部寨镇家家乐超市",
        "未建立食品进货查验记录",
        "进货查验",
        "濮阳县户部寨镇家家乐超市",
        "2024年7月31日",
        "未整改",
    ),
    (
        "文留镇永兴商店",
        "食品与洗涤用品混放",
        "贮存条件",
        "濮阳县文留镇永兴商店",
        "2024年8月15日前",
        "",
    ),
    (
        "全县农村集体聚餐",
        "农村集体聚餐申报备案制度落实不到位",
        "集体聚餐",
        "市食药监局",
        "长期坚持",
        "常态化推进",
    ),
    (
        "柳屯镇童趣小卖部",
        "学校周边销售仿冒知名品牌的调味面制品",
        "“山寨”食品",
        "濮阳县柳屯镇童趣小卖部",
        "2024年7月15日",
        "已整改，已立案查处",
    ),
    (
        "梨园乡好又多超市",
        "冷藏柜温度未达到要求，未记录温度",
        "贮存条件",
        "濮阳县梨园乡好又多超市",
        "2024年8月10日",
        "已购置温控设备，正在安装",
    ),
]


def write_food_docx(path: Path) -> Path:
    doc = _new_document("食品经营科")
    _paragraph(doc, "表四", 12, "黑体")
    _title(doc, "农村食品市场专项检查发现问题整改情况统计表", 18)
    _paragraph(doc, "填报单位：濮阳县市场监督管理局    填报人：孙丽    填报时间：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FOOD_ROWS, 1)]
    body.append(["合计", "", "发现问题7个，已整改2个", "", "", "", ""])
    _table(doc, ["序号", "检查对象", "发现问题", "问题类别", "责任单位", "整改期限", "整改情况"], body)
    _paragraph(doc, "备注：此表以县（区）局为单位于8月1日前报市局食品经营安全监管科。", 12)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    return via_soffice(write_food_docx, path, "doc", "农村食品市场专项检查发现问题整改情况统计表.docx")


FILES = [
    ("城区医疗机构综合督查发现问题整改台账.xlsx", write_hosp),
    ("濮阳市民政局养老服务领域自建房安全专项整治台账.xls", write_house),
    ("根治欠薪线索核查情况表（2024年7月）.csv", write_wage),
    ("A级旅游景区整改提质行动复核问题整改情况表.ods", write_scenic),
    ("濮阳工学院本科教育教学审核评估整改问题清单.xlsx", write_audit),
    ("高标准农田灌溉机井问题整改台账.docx", write_well),
    ("商场市场消防安全专项整治问题隐患清单.et", write_fire),
    ("交通运输企业安全生产暗查暗访问题整改台账（两县）.zip", write_transport),
    ("关于市直单位作风纪律暗访督查情况的通报.doc", write_style),
    ("农村食品市场专项检查发现问题整改情况统计表.wps", write_food),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside69 returns: eleven files laid out after eleven public sources, cited beside each layout.

Forms: a CSV in UTF-8 with BOM, two .xlsx, an .xls (xlwt), a .docx with a table, an .ods and an .et
(LibreOffice conversions), a .wps and a .doc (Word 97 via LibreOffice), a tab-separated text in UTF-16 and a
.zip of two returns (.xlsx and .xls). Campaigns: 12345 工单导出, 回访不满意, 招商项目, 议定事项, 燃气安检,
森林防火, 校园周边, 自建房, 卫片执法, 领导批示, 委员监督. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside69.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 12345 工单导出, after an account of how a 12345 work order moves through the hotline's back end (工单状态
# such as 派单中/待受理, 部门签收 before the clock runs, 退单 with a reason, 承办单位 and 办理时限):
# https://m.163.com/dy/article/KKHJRLD9055616XS.html
# A CSV in UTF-8 with BOM as the platform exports it: an 导出 line, one header row, 办理时限 in working days
# from the 派单时间, 办结时间 and 回访结果 beside the status.
HOTLINE_ROWS = [
    (
        "20240703001281",
        "已办结",
        "2024-07-03 09:12:40",
        "2024-07-03 10:05:12",
        "投诉",
        "华龙区绿城小区东门外夜间烧烤摊油烟扰民，影响居民休息",
        "城管局",
        "2024-07-03 10:40:33",
        "5个工作日",
        "2024-07-08 16:30:02",
        "已责令摊主迁至规定经营区域，现场已清理",
        "满意",
    ),
    (
        "20240708002047",
        "办理中",
        "2024-07-08 08:47:19",
        "2024-07-08 09:30:55",
        "建议",
        "胜利路与开州路交叉口红绿灯行人通行时间过短，老人来不及通过",
        "市交警支队",
        "2024-07-08 11:02:41",
        "10个工作日",
        "",
        "已派员现场测算车流量，正在调整信号配时方案",
        "",
    ),
    (
        "20240710000365",
        "已反馈",
        "2024-07-10 14:20:08",
        "2024-07-10 14:52:37",
        "咨询",
        "咨询城乡居民医保年度缴费截止时间及断缴后补缴办法",
        "医保局",
        "2024-07-10 15:10:26",
        "3个工作日",
        "2024-07-11 10:15:44",
        "已电话答复来电人缴费时间及补缴渠道",
        "满意",
    ),
    (
        "20240712001930",
        "逾期未办",
        "2024-07-12 19:33:51",
        "2024-07-12 20:10:04",
        "求助",
        "振兴路东段居民楼供水管道爆裂，停水两天无人维修",
        "自来水公司",
        "",
        "5个工作日",
        "",
        "",
        "",
    ),
    (
        "20240715002211",
        "已办结",
        "2024-07-15 10:03:27",
        "2024-07-15 10:41:50",
        "举报",
        "市第三中学周边校外培训机构暑期违规开班招收中小学生",
        "市教育局",
        "2024-07-15 11:20:18",
        "10个工作日",
        "2024-07-25 17:42:09",
        "已联合属地责令停止违规培训，退还学员费用",
        "基本满意",
    ),
    (
        "20240718000874",
        "办理中",
        "2024-07-18 09:55:03",
        "2024-07-18 10:26:45",
        "投诉",
        "人民路农贸市场内商户销售过期散装食品",
        "市场监管局",
        "2024-07-18 14:08:36",
        "7个工作日",
        "",
        "",
        "",
    ),
    (
        "20240722001456",
        "已办结",
        "2024-07-22 15:16:22",
        "2024-07-22 15:48:09",
        "咨询",
        "申请公租房已三个月，资格审核进度在网上查询不到",
        "市住建局",
        "2024-07-22 16:30:51",
        "5个工作日",
        "2024-07-26 09:25:13",
        "已告知审核进度，资格审核已通过",
        "满意",
    ),
    (
        "20240726000932",
        "办理中",
        "2024-07-26 08:21:45",
        "2024-07-26 09:02:30",
        "求助",
        "王称堌村通村公路路面塌陷形成深坑，夜间车辆通行危险",
        "交通局",
        "2024-07-26 10:15:07",
        "15个工作日",
        "",
        "已设置警示标志和围挡，正在编制修复方案",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        ["导出时间：2024-07-31 16:20:05", "导出条件：派单时间 2024-07-01 至 2024-07-31；承办单位：全部"]
    )
    w.writerow(
        [
            "序号",
            "工单编号",
            "工单状态",
            "来电时间",
            "派单时间",
            "诉求类别",
            "诉求内容",
            "承办单位",
            "签收时间",
            "办理时限",
            "办结时间",
            "办理结果",
            "回访结果",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 12345 热线差评件（回访不满意件）核查整改台账, after a district's rules for the hotline's 好差评 (回访复核
# by telephone, SMS and web; 话务服务一次一评, 诉求办理一事一评; 认定为合理的差评件重点督查督办):
# https://chaoyang.gov.cn/html/CYSZF/202405/0171582338426620.html
# An .xlsx: title, 填报单位 line, a two-row header (差评工单信息 / 整改落实 / 整改是否到位 是·否 with ticks /
# 回访复核), 整改时限 as 立行立改, working days from the 交办日期 or a text date; a 注 and a signature line.
BAD_ROWS = [
    (
        "20240702000418",
        "2024-07-03",
        "办理不动产转移登记时窗口人员态度生硬，不愿解释所需材料",
        "市不动产登记中心",
        date(2024, 7, 3),
        "立行立改",
        "已约谈当事窗口人员并在中心内部通报批评",
        "√",
        "",
        "复核通过",
    ),
    (
        "20240704001172",
        "2024-07-05",
        "企业办理住所变更登记往返三次仍未办成",
        "市市场监管局",
        date(2024, 7, 5),
        "7个工作日",
        "已安排专人帮办代办，变更登记已办结",
        "√",
        "",
        "复核通过",
    ),
    (
        "20240709000536",
        "2024-07-10",
        "住房公积金提取审核时间过长，超过承诺时限",
        "公积金中心",
        date(2024, 7, 10),
        "2024.8.15",
        "正在优化审核流程，拟将审核时间压缩至3个工作日",
        "",
        "√",
        "",
    ),
    (
        "20240711002093",
        "2024-07-12",
        "医保异地就医备案线上办理系统频繁卡顿无法提交",
        "市医疗保障局",
        date(2024, 7, 12),
        "8月底前",
        "已向省级平台报送系统问题，待平台升级后复测",
        "",
        "√",
        "",
    ),
    (
        "20240714000287",
        "2024-07-15",
        "残疾人证换领需本人多次到场，行动不便者办理困难",
        "市残联",
        date(2024, 7, 15),
        "7月31日前",
        "",
        "",
        "√",
        "",
    ),
    (
        "20240716001645",
        "2024-07-17",
        "出租汽车服务投诉电话长期无人接听",
        "市交通运输局",
        date(2024, 7, 17),
        "5个工作日",
        "已安排专人值守投诉电话，实行首问负责制",
        "√",
        "",
        "复核通过",
    ),
    (
        "20240719000912",
        "2024-07-22",
        "社保卡补办后制卡进度无法查询，多次询问无结果",
        "市人社局",
        date(2024, 7, 22),
        "2024年9月30日",
        "已协调合作银行开通制卡进度短信提醒功能，正在测试",
        "",
        "√",
        "",
    ),
]


def write_bad(path: Path) -> Path:
    b = Book(path, author="热线办")
    ws = b.sheet("差评件台账")
    b.widths(ws, [6, 18, 12, 36, 18, 12, 14, 34, 6, 6, 12])
    last = 10
    b.line(ws, 0, "2024年7月12345热线差评件核查整改台账", last, b.title)
    b.line(ws, 1, "填报单位：市12345政务服务便民热线管理办公室    统计时段：2024年7月1日至7月31日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "差评工单信息", b.head)
    b.merge(ws, 2, 4, 2, 7, "整改落实", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改是否到位", b.head)
    b.merge(ws, 2, 10, 3, 10, "回访复核", b.head)
    b.header(
        ws,
        3,
        [
            "工单编号",
            "回访日期",
            "差评原因",
            "责任单位",
            "交办日期",
            "整改时限",
            "整改措施及结果",
            "是",
            "否",
        ],
        1,
    )
    for i, row in enumerate(BAD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), 1)
        b.put(ws, r, 5, row[4], b.day)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8], b.center)
        b.put(ws, r, 10, row[9], b.center)
    end = 4 + len(BAD_ROWS)
    b.line(
        ws,
        end,
        "注：1.整改是否到位栏在“是”或“否”下打“√”；2.整改时限写工作日的，自交办日期次日起算；3.回访复核由热线办回访后填写。",
        last,
    )
    b.line(
        ws,
        end + 1,
        "填表人：周敏    审核人：郭立新    联系电话：0393-8181234    填报日期：2024年7月31日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 重大招商活动签约项目推进落实情况, after a province's 招商委办公室 account of how its signed projects move
# (已通过环评, 下一步加快建设进度; 因原材料、融资、用地指标、选址、配套政策未落实而推进缓慢; 二次招商):
# https://invest.yn.gov.cn/ZWArticleInfo.aspx?id=7937
# An .xls (xlwt): title, 填报单位 line, one header row, 县区 section rows, a 合计 row and a 注 line;
# 推进责任单位 with former names; 下一步工作及时限 a schedule text.
INVEST_SECTIONS = [
    (
        "一、华龙区",
        [
            (
                "新能源汽车零部件生产项目",
                "2024-03-18",
                "18.6",
                "市供电公司",
                "项目用地内两处10千伏电力线路迁改尚未完成，影响场地平整",
                "迁改方案已批复，正在施工",
                "8月20日前完成线路迁改",
            ),
            (
                "华北冷链物流园项目",
                "2024-03-18",
                "9.2",
                "市生态环境局",
                "项目环评报告迟迟未获批复，影响开工",
                "已通过环评审批，问题已解决",
                "—",
            ),
        ],
    ),
    (
        "二、濮阳县",
        [
            (
                "年产5万吨生物基材料项目",
                "2024-04-09",
                "21.0",
                "市国土资源局",
                "建设用地指标不足，土地报批进度缓慢",
                "已完成组卷，正在上报省厅审批",
                "7月完成组卷上报，9月底前取得用地批复",
            ),
            (
                "农产品精深加工产业园项目",
                "2024-04-09",
                "12.5",
                "市发改委",
                "企业融资困难，到位资金仅占计划投资的8%",
                "未取得实质进展",
                "年底前协调落实项目贷款",
            ),
        ],
    ),
    (
        "三、清丰县",
        [
            (
                "家居产业园二期项目",
                "2024-05-16",
                "10.8",
                "清丰县人民政府",
                "已建成厂房入驻家居企业不多，面临二次招商",
                "正在开展以商招商，已对接意向企业6家",
                "年底前完成二次招商",
            ),
            (
                "天然气综合利用项目",
                "2024-05-16",
                "8.4",
                "市住房和城乡建设局",
                "项目选址与城镇燃气专项规划冲突，配套政策未落实",
                "",
                "8月底前确定选址",
            ),
        ],
    ),
    (
        "四、南乐县",
        [
            (
                "生物医药中试基地项目",
                "2024-06-12",
                "6.0",
                "南乐县人民政府",
                "园区配套污水管网未接入项目红线",
                "已完成管网接入，经验收合格",
                "2024年7月15日前完成",
            ),
        ],
    ),
]


def write_invest(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    sec = _xf(bold=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年重大招商活动签约项目推进落实情况表", t, 0, 8),
        (1, 0, "填报单位：市招商委办公室（市商务局）    截止时间：2024年7月25日", plain, 1, 8),
    ]
    words = [
        "序号",
        "项目名称",
        "签约时间",
        "总投资（亿元）",
        "推进责任单位",
        "存在问题",
        "推进情况",
        "下一步工作及时限",
    ]
    cells.append((2, 0, "序号", h))
    for col, w in enumerate(words[1:], 1):
        cells.append((2, col, w, h))
    r, n = 3, 0
    for heading, rows in INVEST_SECTIONS:
        cells.append((r, 0, heading, sec, r, 7))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (2, 3) else c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "86.5", ctr),
        (r, 4, "签约项目7个，问题已解决2个", c, r, 7),
        (r + 1, 0, "注：推进情况截至2024年7月25日；下一步工作及时限由推进责任单位填报。", plain, r + 1, 7),
    ]
    return _write_xls(path, [("推进情况", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 市政府常务会议议定事项落实情况, after a city's 常务会议议定事项督查落实办法
# (会议纪要印发后3个工作日内制发《督查检查 办理事项通知》, 明确对应的责任领导、承办单位和办理时限;
# 落实情况纳入综合考评):
# https://baoshan.gov.cn/info/3989/1180234.htm
# A .docx: title, a paragraph giving the meeting date, one table (议定事项 / 责任领导 / 牵头单位 / 配合单位 /
# 办理时限 / 落实情况) with 会后N个工作日内 counted from the meeting, the 督查室 and date at the foot.
MEETING_ROWS = [
    (
        "研究城区老旧供热管网改造资金筹措问题",
        "刘副市长",
        "市财政局",
        "市住房和城乡建设局",
        "8月底前",
        "已拟定资金筹措方案，正在征求相关部门意见。",
    ),
    (
        "研究中心城区公共停车场建设用地保障问题",
        "王副市长",
        "市资规局",
        "市城管局",
        "会后15个工作日内",
        "已梳理可供地块12宗，报市政府审定，已办结。",
    ),
    (
        "研究农村供水保障工程2024年度实施计划",
        "王副市长",
        "市水务局",
        "各县（区）人民政府",
        "会后10个工作日内",
        "实施计划已于7月17日印发，本项已完成。",
    ),
    (
        "研究市区农贸市场提升改造推进问题",
        "孙副市长",
        "市商务局",
        "市市场监督管理局",
        "9月30日前完成8个市场改造",
        "已开工改造5个，其余3个正在办理施工手续。",
    ),
    (
        "研究建立重点企业用工服务专员制度",
        "孙副市长",
        "市人力资源和社会保障局",
        "市工业和信息化局",
        "长期坚持",
        "常态化推进。",
    ),
    (
        "研究城市公交线路优化调整方案",
        "刘副市长",
        "市公交公司",
        "市交通运输局",
        "会后1个月内",
        "尚未启动。",
    ),
]


def write_meeting(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "市人民政府第38次常务会议议定事项落实情况表")
    _paragraph(
        doc,
        "2024年7月5日，市人民政府召开第38次常务会议，研究了城市建设、民生保障等方面事项。按照《市人民政府常务会议"
        "议定事项督查落实办法》，市政府督查室已制发督查检查办理事项通知，现将议定事项落实情况汇总如下。"
        "办理时限中的“会后”自会议召开之日起算。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(MEETING_ROWS, 1)]
    _table(doc, ["序号", "议定事项", "责任领导", "牵头单位", "配合单位", "办理时限", "落实情况"], body)
    _paragraph(doc, "市人民政府督查室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 液化气餐饮用户用气安全专项检查问题整改台账, after a county 住建局's joint check with
# 市场监管、商务、消防、应急 of liquefied-gas catering users (金属软管损坏、私接三通、减压阀不合格;
# 已整改15家, 未整改3家; 商务局监督负责限期整改到位):
# http://www.tianhuaapi.com/doc/2025/04/25/521236.shtml
# An .ods (LibreOffice conversion): title, 检查时间/牵头单位 line, one header row with the 检查单位
# (inspector) beside the 监督整改责任单位, a 检查日期 (an event), a 合计 row.
GAS_ROWS = [
    (
        "老街羊肉汤馆",
        "开州路中段112号",
        date(2024, 7, 15),
        "市消防救援支队",
        "液化气钢瓶与灶具之间使用橡胶软管且已老化龟裂",
        "更换为金属波纹管",
        "市商务局",
        "2024.7.20",
        "已整改",
    ),
    (
        "夜市烧烤摊（张某）",
        "绿城路夜市",
        date(2024, 7, 15),
        "市应急管理局",
        "私接三通一瓶带两灶",
        "拆除三通，一瓶一灶",
        "市城管局",
        "立即整改",
        "已当场整改",
    ),
    (
        "惠民快餐店",
        "长庆路58号",
        date(2024, 7, 16),
        "市市场监督管理局",
        "减压阀不合格，灶具无熄火保护装置",
        "更换合格减压阀和带熄火保护灶具",
        "市商务局",
        "7月底前",
        "正在整改，已更换减压阀",
    ),
    (
        "福来早餐店",
        "建设路东段23号",
        date(2024, 7, 16),
        "市消防救援支队",
        "液化气钢瓶存放在地下室操作间",
        "钢瓶移出地下室，设置独立气瓶间",
        "市商务局",
        "2024.7.25",
        "未整改",
    ),
    (
        "滨河路流动摊点（李某）",
        "滨河路公园南门",
        date(2024, 7, 16),
        "市市场监督管理局",
        "使用超期未检液化气钢瓶",
        "停用超期钢瓶",
        "市市场监管局",
        "2024.7.22",
        "已整改，收缴超期钢瓶1只",
    ),
    (
        "聚友火锅店",
        "京开大道186号",
        date(2024, 7, 17),
        "市应急管理局",
        "用气场所未安装可燃气体报警装置",
        "安装可燃气体报警器",
        "燃气公司",
        "8月10日前",
        "已订购报警器，待安装",
    ),
    (
        "幸福面馆",
        "任丘路41号",
        date(2024, 7, 17),
        "市消防救援支队",
        "灶具与液化气钢瓶间距不足0.5米",
        "调整气瓶位置",
        "市商务局",
        "2024.7.25",
        "",
    ),
]


def write_gas_book(path: Path) -> Path:
    b = Book(path, author="燃气科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 18, 12, 18, 34, 24, 16, 12, 24])
    last = 9
    b.line(ws, 0, "液化气餐饮用户用气安全专项检查问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月15日至7月17日    牵头单位：市住房和城乡建设局    "
        "参加单位：市市场监督管理局、市商务局、市消防救援支队、市应急管理局",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "用户名称",
            "经营地址",
            "检查日期",
            "检查单位",
            "存在问题",
            "整改要求",
            "监督整改责任单位",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(GAS_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, last, "检查餐饮用户72家，发现问题7家，已整改3家", b.cell)
    b.line(ws, r + 1, "填报人：陈刚    联系电话：0393-4412087    填报日期：2024年7月29日", last)
    return b.close()


def write_gas(path: Path) -> Path:
    via_soffice(write_gas_book, path, "ods", "液化气餐饮用户用气安全专项检查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 森林防火督导发现问题整改情况, after a provincial 林草局 work group's report of its 包县 supervision
# (“十户联保”、火源 管控、风险隐患排查整治、宣传教育;
# 可燃物清理不彻底、护林员APP上线率排名靠后、宣传氛围不浓厚; 提出具体整改时限和要求):
# http://218.28.6.71:81/Qikan/Article/Detail?id=7104621776
# A .wps (Word 97 via LibreOffice): a report whose items are numbered paragraphs under the unit's heading,
# each with 整改时限 and 整改情况 written into the sentence; the office and date at the foot.
FIRE_SECTIONS = [
    (
        "一、龙山镇",
        [
            (
                "1.林缘地带可燃物清理不彻底，部分坟头周边堆积枯枝落叶。整改时限：2024年8月15日前。"
                "整改情况：已组织专业扑火队清理可燃物12.6吨，正在开展复查。"
            ),
            "2.“十户联保”责任书签订率偏低，部分农户未签订。整改时限：7月20日前。整改情况：已完成，签订率达到100%。",
        ],
    ),
    (
        "二、石门乡",
        [
            "3.护林员巡护APP上线率排名靠后，巡护轨迹不完整。整改时限：7月31日前。整改情况：未整改。",
            "4.进山路口防火宣传氛围不浓厚，未设置固定宣传牌。整改时限：2024年9月底前。整改情况：宣传牌正在制作。",
        ],
    ),
    (
        "三、白云街道",
        [
            "5.扑火物资储备库装备维护不到位，部分风力灭火机无法启动。整改时限：8月底前。",
        ],
    ),
    (
        "四、市农委",
        [
            "6.农事用火审批登记制度落实不到位，秸秆焚烧管控存在漏洞。整改时限：长期坚持。整改情况：常态化推进。",
        ],
    ),
    (
        "五、市文广新局",
        [
            (
                "7.部分A级景区入口未设置火种收缴点。整改时限：2024年7月25日。"
                "整改情况：已在4个景区入口设置火种收缴箱，已整改到位。"
            ),
        ],
    ),
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("森防办")
    _title(doc, "关于森林防火包县督导发现问题整改情况的报告")
    _paragraph(doc, "省森林草原防灭火指挥部办公室：")
    _paragraph(
        doc,
        "7月上旬，省林草局督导组采取“四不两直”方式，对我市森林防火“十户联保”、火源管控、风险隐患排查整治、宣传教育等工作"
        "开展督导，反馈问题7个。现将各责任单位整改情况报告如下：",
    )
    for heading, paras in FIRE_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "市森林防灭火指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "森林防火督导发现问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 校园周边环境“百日行动”问题整改清单, after a district's start of its 百日行动
# (教育、食药、交通等20个职能部门组成综合 整治组; 食品安全、交通拥堵、占道经营;
# 落实责任单位、责任领导和责任人, 明确整改措施和时间节点; 重大问题挂牌督办):
# http://m-xianan.cjyun.org/p/42310.html
# An .xlsx: title, 综合整治组/填报日期 line, one header row (责任单位 / 责任领导 / 责任人 / 整改措施 /
# 时间节点 / 挂牌督办 / 整改进展), former unit names, a 填表说明 and a signature line.
SCHOOL_ROWS = [
    (
        "市实验小学",
        "食品安全",
        "校门东侧流动摊贩售卖“三无”辣条等零食",
        "市食药监局",
        "张建华",
        "王磊",
        "取缔流动摊点，上下学时段定点巡查",
        "2024.7.10",
        "否",
        "已取缔，巡查中未见反弹，已完成",
    ),
    (
        "市第一中学",
        "交通秩序",
        "上下学高峰时段校门口车辆乱停乱放造成拥堵",
        "市交警支队",
        "李国强",
        "赵鹏",
        "施划临时停车泊位，增设交通信号灯",
        "2024年8月31日前",
        "是",
        "已施划临时停车泊位，交通信号灯正在安装",
    ),
    (
        "市第二实验小学",
        "占道经营",
        "校园周边商铺超门店经营占用人行道",
        "市城管执法局",
        "刘文斌",
        "孙浩",
        "责令退店经营，清理占道物品",
        "7月20日前完成",
        "否",
        "已整改",
    ),
    (
        "市第四中学",
        "文化环境",
        "学校周边200米内新开网吧违规接纳未成年人",
        "市文广新局",
        "陈静",
        "周涛",
        "依法查处，责令停业整顿",
        "2024年7月31日",
        "是",
        "已立案调查，正在依法处理",
    ),
    (
        "华龙区第七小学",
        "治安环境",
        "放学时段校门外有社会闲散人员聚集滋事",
        "市公安局",
        "马志远",
        "吴斌",
        "设立护学岗，高峰时段见警察、见警车",
        "长期坚持",
        "否",
        "护学岗常态化运行",
    ),
    (
        "市第三中学",
        "环境卫生",
        "校园西侧围墙外生活垃圾堆放长期未清运",
        "胜利路街道",
        "郑海燕",
        "冯军",
        "清运垃圾，设置密闭垃圾箱",
        "7月15日前",
        "否",
        "未整改",
    ),
    (
        "市特殊教育学校",
        "交通安全设施",
        "校门前道路缺少减速带和学校区域警示标志",
        "市交通运输局",
        "黄建新",
        "林晓东",
        "设置减速带和警示标志",
        "8月15日前",
        "否",
        "",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="综合整治组")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 16, 12, 34, 14, 10, 10, 26, 16, 10, 28])
    last = 10
    b.line(ws, 0, "中小学校园周边环境“百日行动”问题整改清单", last, b.title)
    b.line(ws, 1, "综合整治组：市教育局（牵头）    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "学校",
            "问题类别",
            "存在问题",
            "责任单位",
            "责任领导",
            "责任人",
            "整改措施",
            "时间节点",
            "挂牌督办",
            "整改进展",
        ],
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 4 + len(SCHOOL_ROWS)
    b.line(
        ws,
        r,
        "填表说明：1.时间节点填写完成整改的最后期限；2.挂牌督办栏填“是”或“否”；3.整改进展填写截至填报日的情况。",
        last,
    )
    b.line(ws, r + 1, "填表人：高敏    审核人：许卫东    联系电话：0393-8826611", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 经营性自建房安全专项整治“回头看”问题台账 from a town and a street, after a county's report of its 自建房
# work (录入自建房、初判存在隐患的经营性自建房; 回头看 finds
# 基础信息（房屋层数、面积）填报错误、房屋结构判别不准、经营用途 录入不全;
# 对数据填报错误的建立问题台账，集中修正):
# https://haowendang.cn/view-s282p0c101817.html
# A .zip of two returns (an .xlsx and an .xls) whose unit is named only in the title and the file name; one
# header row, no unit column, a signature line.
HOUSE_RETURNS = [
    (
        "河口镇",
        "xlsx",
        [
            (
                "河口村",
                "河口村中心街东段",
                "基础信息填报错误",
                "三层经营性自建房平台填报层数与实际不符，实为四层",
                "集中修正平台数据",
                "2024.7.15",
                "已完成修正",
            ),
            (
                "前街村",
                "前街村村委会西侧",
                "房屋结构判别不准",
                "砖混结构误录为钢筋混凝土框架结构",
                "重新核定结构类型并修正",
                "2024.7.20",
                "已完成修正",
            ),
            (
                "后寨村",
                "后寨村临街商铺",
                "初判存在隐患",
                "临街商铺加层后墙体开裂，初判存在安全隐患",
                "委托安全鉴定，鉴定前停止经营",
                "2024年8月31日前完成鉴定",
                "已停止经营，正在鉴定",
            ),
            (
                "河口村",
                "河口村南环路",
                "经营用途录入不全",
                "出租屋经营用途未录入信息归集平台",
                "补录经营用途",
                "7月底前",
                "未整改",
            ),
        ],
    ),
    (
        "新华街道",
        "xls",
        [
            (
                "民主路社区",
                "民主路88号",
                "用途变更",
                "沿街饭店二层擅自改建为员工宿舍",
                "恢复原用途，清退住宿人员",
                "2024年8月15日",
                "正在整改",
            ),
            (
                "建设路社区",
                "建设路17号",
                "基础信息填报错误",
                "小旅馆建筑面积填报错误，少填一层面积",
                "集中修正平台数据",
                "2024年7月10日",
                "已整改",
            ),
            (
                "民主路社区",
                "民主路102号",
                "初判存在隐患",
                "自建房转为经营用途未办理房屋安全鉴定",
                "督促产权人委托鉴定",
                "年底前",
                "",
            ),
            (
                "东关社区",
                "东关大街5号",
                "附属设施隐患",
                "三层商住楼外挂广告牌固定件严重锈蚀",
                "拆除外挂广告牌",
                "2024年7月18日",
                "已拆除，整改完成",
            ),
        ],
    ),
]
HOUSE_HEADER = ["序号", "村（社区）", "房屋地址", "问题类型", "问题描述", "整改措施", "整改时限", "整改状态"]


def write_house_xlsx(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 12, 18, 16, 40, 24, 20, 18])
    b.line(ws, 0, f"{town}经营性自建房安全专项整治“回头看”问题台账", 7, b.title)
    b.header(ws, 1, HOUSE_HEADER)
    for i, row in enumerate(rows, 1):
        b.row(ws, 1 + i, [i, *row])
    b.line(ws, 3 + len(rows), "填报人：韩亮    联系电话：13839301276    填报日期：2024年7月29日", 7)
    return b.close()


def write_house_xls(path: Path, town: str, rows: list[tuple]) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=14),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    cells = [(0, 0, f"{town}经营性自建房安全专项整治“回头看”问题台账", t, 0, 7)]
    for col, w in enumerate(HOUSE_HEADER):
        cells.append((1, col, w, h))
    for i, row in enumerate(rows, 1):
        cells.append((1 + i, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((1 + i, col, v, c))
    r = 3 + len(rows)
    cells.append(
        (r, 0, "填报人：宋佳    联系电话：13639305518    填报日期：2024年7月30日", _xf(border=False), r, 7)
    )
    return _write_xls(path, [("Sheet1", cells)])


def write_house(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, form, rows in HOUSE_RETURNS:
            name = f"{town}经营性自建房回头看问题台账.{form}"
            writer = write_house_xlsx if form == "xlsx" else write_house_xls
            member = writer(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 卫片执法违法图斑查处整改进度表, after a city's 卫片执法工作实施方案
# (实地核查、数据审核、查处整改、成果分析; 季度快报 按模板报送; 已完成合法性判定的卫片数据;
# 违法违规案件查处和推进整改):
# https://m.wenke99.com/p-11295900.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/统计截止 line, a two-row header with 整改情况 split into
# 已整改 / 整改中 / 未整改 ticked with √ and a 是否销号 column; a former unit name; 填表说明 and signature
# lines.
SPOT_ROWS = [
    (
        "2024Q2-0013",
        "庆祖镇",
        "2.36",
        "违法占用耕地建设养殖大棚",
        "拆除复耕",
        "庆祖镇人民政府",
        "2024.6.30",
        "√",
        "",
        "",
        "是",
    ),
    (
        "2024Q2-0021",
        "胡状镇",
        "5.82",
        "物流仓库未批先建",
        "补办用地手续",
        "胡状镇人民政府",
        "2024年9月30日",
        "",
        "√",
        "",
        "否",
    ),
    (
        "2024Q2-0027",
        "岳村乡",
        "1.45",
        "占用永久基本农田堆放建筑材料",
        "清理复耕",
        "岳村乡人民政府",
        "7月15日前",
        "",
        "",
        "√",
        "否",
    ),
    (
        "2024Q2-0035",
        "工业园区",
        "3.10",
        "园区企业超出批准范围占地建设厂房",
        "立案查处",
        "市国土资源局",
        "8月底前",
        "",
        "√",
        "",
        "否",
    ),
    (
        "2024Q2-0042",
        "庆祖镇",
        "0.38",
        "村民未经批准占用耕地建住宅",
        "拆除复耕",
        "庆祖镇人民政府",
        "2024.7.20",
        "√",
        "",
        "",
        "是",
    ),
    (
        "2024Q2-0049",
        "岳村乡",
        "4.07",
        "省道改建工程临时用地到期未复垦",
        "督促复垦",
        "市交通运输局",
        "2024年10月31日",
        "",
        "",
        "",
        "",
    ),
    (
        "2024Q2-0056",
        "胡状镇",
        "2.91",
        "违规占用林地开采砂石",
        "立案查处，恢复植被",
        "胡状镇人民政府",
        "第三季度",
        "√",
        "",
        "",
        "是",
    ),
]


def write_spot_book(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("进度表")
    b.widths(ws, [6, 14, 10, 10, 32, 18, 18, 16, 8, 8, 8, 10])
    last = 11
    b.line(ws, 0, "2024年第二季度卫片执法违法图斑查处整改进度表", last, b.title)
    b.line(ws, 1, "填报单位：市自然资源和规划局执法支队    统计截止：2024年7月25日", last)
    for col, word in enumerate(
        ["序号", "图斑编号", "所在乡镇", "面积（亩）", "违法用地情况", "整改方式", "责任单位", "整改时限"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], 8)
    b.merge(ws, 2, 11, 3, 11, "是否销号", b.head)
    for i, row in enumerate(SPOT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:7]), 1)
        for k, v in enumerate(row[7:], 8):
            b.put(ws, r, k, v, b.center)
    r = 5 + len(SPOT_ROWS)
    b.line(
        ws,
        r,
        "填表说明：1.整改情况在对应栏内打“√”；2.经验收合格的填“是”，否则填“否”；3.合法性判定依据执法综合监管平台。",
        last,
    )
    b.line(
        ws,
        r + 1,
        "填表人：赵振宇    审核人：曹建军    联系电话：0393-6688215    填报日期：2024年7月26日",
        last,
    )
    return b.close()


def write_spot(path: Path) -> Path:
    return via_soffice(write_spot_book, path, "xls", "卫片执法违法图斑查处整改进度表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 领导批示件办理台账, after a development zone 综合办公室's account of how it handles leaders' 批示件
# (录入台账并迅速 流转; 明确牵头部门和配合部门; 《督查通知》《督办通知单》 with 分包领导、具体任务、完成标准):
# https://www.pdsgxq.gov.cn/contents/18893/575969.html
# A tab-separated text in UTF-16 from one bureau: a title line naming the bureau, one header row, its own
# 承办科室 in the rows, 办理时限 in working days from the 交办日期.
MEMO_ROWS = [
    (
        "2024-07-02",
        "市长",
        "关于城区部分老旧小区雨污管网混接导致污水外溢的问题",
        "城建科",
        "李副局长",
        "10个工作日内",
        "完成混接点改造并报送办理结果",
        "已完成混接点改造，办理结果已报市政府",
    ),
    (
        "2024-07-05",
        "常务副市长",
        "关于加快保障性租赁住房项目建设进度的批示",
        "住房保障科",
        "赵副局长",
        "9月底前",
        "3个项目主体结构全部封顶",
        "正在推进，已有2栋主体结构封顶",
    ),
    (
        "2024-07-09",
        "分管副市长",
        "关于部分物业企业违规收取停车费群众反映强烈的问题",
        "物业管理科",
        "赵副局长",
        "15个工作日内",
        "查清违规收费并督促退还",
        "尚未启动",
    ),
    (
        "2024-07-12",
        "市委书记",
        "关于建筑工地扬尘管控不力的批示",
        "质量安全科",
        "王局长",
        "长期坚持",
        "扬尘管控“六个百分之百”落实到位",
        "常态化推进",
    ),
    (
        "2024-07-17",
        "分管副市长",
        "关于城区燃气管道老化更新改造资金缺口的问题",
        "计划财务科",
        "李副局长",
        "2024年8月20日",
        "提出资金筹措意见",
        "",
    ),
    (
        "2024-07-22",
        "市长",
        "关于新建小区配套幼儿园未按期移交教育部门的问题",
        "房地产市场监管科",
        "赵副局长",
        "5个工作日内",
        "督促开发企业完成移交",
        "已督促开发企业签订移交协议，已办结",
    ),
]


def write_memo(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerow(["市住房和城乡建设局领导批示件办理台账（2024年7月）"])
    w.writerow(
        [
            "序号",
            "交办日期",
            "批示领导",
            "批示内容摘要",
            "承办科室",
            "分包领导",
            "办理时限",
            "完成标准",
            "办理情况",
        ]
    )
    for i, row in enumerate(MEMO_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：办理时限写工作日的，自交办日期次日起算。"])
    path.write_bytes(buf.getvalue().encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 11. 政协委员民主监督视察发现问题办理情况, after a county 政协's 提案办理视察督办 (分管副主席带队,
# 提案委员会全体成员参加, 邀请有关部门负责人和提案人; 听取承办单位汇报、与委员协商、实地查看落实情况;
# 主办、会办; 办复率、见面率、满意率):
# https://hbzx.gov.cn/52/2014-12-28/41021.html
# A .doc (Word 97 via LibreOffice): title, a preamble paragraph, one table with the 视察组（委员） (the
# proposers) beside the 主办单位 and 会办单位, progress as sentences, a 委员评价 column; the committee and
# date at the foot.
CPPCC_ROWS = [
    (
        "第一视察组（刘晓梅委员）",
        "城区部分公交站台无遮阳避雨设施",
        "市公交公司",
        "市城市管理局",
        "2024年8月31日",
        "已完成12个站台改造，剩余8个正在施工。",
        "—",
    ),
    (
        "第一视察组（刘晓梅委员）",
        "背街小巷路灯缺失，群众夜间出行不便",
        "市城市管理局",
        "华龙区人民政府",
        "7月20日前",
        "已安装路灯46盏，经验收合格。",
        "满意",
    ),
    (
        "第二视察组（陈国栋委员）",
        "乡镇卫生院普遍缺少儿科医生",
        "市卫计委",
        "市人力资源和社会保障局",
        "年底前",
        "已启动定向招聘，正在组织报名。",
        "—",
    ),
    (
        "第二视察组（陈国栋委员）",
        "部分社区养老服务中心建成后设施闲置",
        "市民政局",
        "各县（区）人民政府",
        "2024.9.30",
        "尚未整改。",
        "—",
    ),
    (
        "第三视察组（赵红委员）",
        "农村生活垃圾清运不及时，部分村庄垃圾堆积",
        "市农业农村局",
        "市城市管理局",
        "2024年7月31日",
        "已建立村收集、镇转运机制，整改完成。",
        "基本满意",
    ),
    (
        "第三视察组（赵红委员）",
        "中小学课后服务收费标准不统一",
        "市教育局",
        "市发改委",
        "8月25日前",
        "",
        "—",
    ),
]


def write_cppcc_docx(path: Path) -> Path:
    doc = _new_document("提案委")
    _title(doc, "政协委员民主监督视察发现问题办理情况表")
    _paragraph(
        doc,
        "根据市政协2024年度民主监督工作计划，7月上旬市政协组织三个视察组，由分管副主席带队，邀请提案人和有关部门"
        "负责人参加，采取听取汇报与实地查看相结合的方式开展视察。现将视察发现问题交办及办理情况汇总如下。",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(CPPCC_ROWS, 1)]
    _table(
        doc,
        ["序号", "视察组（委员）", "发现问题", "主办单位", "会办单位", "办理时限", "办理进展", "委员评价"],
        body,
    )
    _paragraph(doc, "市政协提案委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cppcc(path: Path) -> Path:
    return via_soffice(write_cppcc_docx, path, "doc", "政协委员民主监督视察发现问题办理情况.docx")


FILES = [
    ("12345工单导出_20240731.csv", write_hotline),
    ("12345热线差评件核查整改台账（7月）.xlsx", write_bad),
    ("重大招商活动签约项目推进落实情况表.xls", write_invest),
    ("市政府第38次常务会议议定事项落实情况.docx", write_meeting),
    ("液化气餐饮用户用气安全专项检查问题整改台账.ods", write_gas),
    ("森林防火督导发现问题整改情况报告.wps", write_fire),
    ("校园周边环境百日行动问题整改清单.xlsx", write_school),
    ("经营性自建房回头看问题台账（一镇一街道）.zip", write_house),
    ("二季度卫片执法违法图斑查处整改进度表.et", write_spot),
    ("领导批示件办理台账（市住建局）.tsv", write_memo),
    ("政协委员民主监督视察发现问题办理情况.doc", write_cppcc),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside262 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 营商环境、政务服务、市场监管与涉企执法督查问题整改 (营商环境评价反馈问题整改清单, 涉企问题闭环处置平台导出,
规范涉企行政执法挂牌督办, 办事指南问题清单, 涉企执法问题协调处理, 中介服务收费检查, 神秘顾客暗访, 行政效能投诉,
市场监管局营商环境专项巡察整改, “一码检查”预警处置导出).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), .doc
(LibreOffice conversion of a .docx), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, and a
.zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside262.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 营商环境评价反馈问题整改清单, after a city's “望闻问切” account of its business-environment work (根据自治区年度
# 评估反馈报告逐项剖析问题，形成《营商环境评估反馈问题整改清单》，以台账管理、销号推进的方式靶向施策; 反馈的48项重点
# 问题整改完成率68.8%):
# http://www.0375edu.org.cn/news/364297.htm
# An .xlsx: title, 填报单位/调度时间 line, a 说明 line with the 反馈 date the 立行立改 rows count from, a two-row header
# (整改责任 over 牵头单位/配合单位, 整改情况 over 进展情况/是否销号), the 评价指标 merged down its rows, a 合计 row and
# a signature line.
EVAL_GROUPS = [
    (
        "开办企业",
        [
            (
                "企业开办“一网通办”平台刻制印章环节仍需申请人到现场领取印章，未实现全程网办",
                "推行印章免费寄递送达",
                "市监局",
                "市公安局",
                "2024年6月30日",
                "已开通印章免费寄递服务",
                "是",
            ),
            (
                "企业注销“一网通办”中社保注销与税务注销未同步办理，企业需两头跑",
                "打通社保、税务注销数据",
                "市人社局",
                "市税务局",
                "2024年9月30日",
                "已完成数据接口联调，正在试运行",
                "否",
            ),
        ],
    ),
    (
        "获得电力",
        [
            (
                "低压小微企业接电平均用时超过省定15个工作日标准",
                "压减报装环节，推行“三零”服务",
                "濮阳供电公司",
                "市资规局、市城管局",
                "2024年8月31日",
                "已推行“三零”服务，7月平均接电用时降至12.6个工作日，待省评价复核",
                "否",
            ),
        ],
    ),
    (
        "登记财产",
        [
            (
                "存量房转移登记与契税缴纳仍需分别排队取号",
                "推行“一窗受理、集成服务”",
                "市不动产登记中心",
                "市税务局",
                "立行立改",
                "已实现一窗受理、一次缴税",
                "是",
            ),
        ],
    ),
    (
        "办理建筑许可",
        [
            (
                "社会投资简易低风险项目施工图审查仍要求提交纸质图纸",
                "全面推行施工图数字化审查",
                "市住建局",
                "市行政服务中心",
                "2024年7月31日",
                "尚未启动",
                "否",
            ),
        ],
    ),
    (
        "政府采购",
        [
            (
                "政府采购合同预付款比例不低于30%的规定未落实到位",
                "督促采购人提高预付款比例",
                "市财政局",
                "各预算单位",
                "年底前",
                "",
                "",
            ),
        ],
    ),
    (
        "招标投标",
        [
            (
                "投标保证金退还平均用时超过5日",
                "推行保证金线上自动退还",
                "市公共资源交易中心",
                "",
                "2024年6月底",
                "已上线保证金自动退还功能，平均退还用时1.2日",
                "是",
            ),
        ],
    ),
    (
        "市场监管",
        [
            (
                "“双随机、一公开”跨部门联合抽查占比低于省定标准",
                "制定年度联合抽查计划并按季调度",
                "市市场监督管理局",
                "市级有关部门",
                "长期坚持",
                "按季调度，常态化推进",
                "",
            ),
        ],
    ),
]


def write_eval(path: Path) -> Path:
    b = Book(path, author="市优化办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 12, 40, 26, 16, 18, 14, 34, 10])
    b.line(ws, 0, "濮阳市2023年度营商环境评价反馈问题整改清单（第三批）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市优化营商环境工作领导小组办公室    调度时间：2024年7月26日", 8)
    b.line(
        ws,
        2,
        "说明：省营商环境评价反馈我市问题31项，本表为第三批调度的8项，实行台账管理、销号推进；"
        "省评价反馈时间为2024年5月15日，“立行立改”事项自反馈之日起整改。",
        8,
    )
    for c, word in enumerate(["序号", "评价指标", "反馈问题", "整改措施"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 5, "整改责任", b.head)
    b.header(ws, 4, ["牵头单位", "配合单位"], first=4)
    b.merge(ws, 3, 6, 4, 6, "整改时限", b.head)
    b.merge(ws, 3, 7, 3, 8, "整改情况", b.head)
    b.header(ws, 4, ["进展情况", "是否销号"], first=7)
    r, n, closed = 5, 0, 0
    for indicator, rows in EVAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, indicator, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:4]), first=2)
            b.put(ws, r, 6, row[4], b.center)
            b.put(ws, r, 7, row[5])
            b.put(ws, r, 8, row[6], b.center)
            closed += row[6] == "是"
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, f"共{n}项", b.center)
    b.merge(ws, r, 7, r, 8, f"已销号{closed}项", b.center)
    b.line(ws, r + 1, "审核人：许文博    填表人：牛佳    联系电话：0393-8992176", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. “企呼我应”涉企问题清单（平台导出）, after a county government's 实施方案 for its “企呼我应”涉企问题高效闭环处置机制
# (主动发现、高效处置、举一反三、晾晒评价; 涉企问题件件有着落、事事有回应; 政务服务增值化改革; 数字化平台):
# https://www.kaihua.gov.cn/art/2024/3/13/art_1229093627_2514282.html
# A CSV in UTF-8 with a BOM, as the platform exports it: a 查询条件 line that says the 办理时限 counts in working days
# from the 交办时间, one header line with the platform's field names (问题编号, 交办时间, 承办单位, 办理时限 as “N个工作日”,
# 办理状态, 办结时间, 企业评价), and a 共N条记录 line with the exporter at the foot.
QHWY_ROWS = [
    (
        "QHWY20240702001",
        "12345-8营商环境热线",
        "濮阳市宏达塑业有限公司",
        "用地保障",
        "企业扩建厂房用地的规划条件迟迟未出具，影响项目开工",
        "2024-07-02 09:31",
        "市资规局",
        "10个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "QHWY20240703004",
        "企业码",
        "清丰县恒信家具有限公司",
        "政策兑现",
        "企业申报的2023年度技术改造奖补资金未拨付到位",
        "2024-07-03 15:20",
        "市工业和信息化局",
        "5个工作日",
        "已办结",
        "2024-07-09",
        "满意",
    ),
    (
        "QHWY20240705002",
        "入企走访",
        "南乐县润丰面业有限公司",
        "要素保障",
        "厂区周边道路雨季积水，原料运输车辆无法进出",
        "2024-07-05 10:02",
        "南乐县城关镇人民政府",
        "5个工作日",
        "已办结",
        "2024-07-11",
        "满意",
    ),
    (
        "QHWY20240708003",
        "12345热线",
        "濮阳县鑫源建材有限公司",
        "涉企检查",
        "同一月内被三个部门分别入企检查消防和安全生产，检查内容重复",
        "2024-07-08 11:45",
        "市应急管理局",
        "3个工作日",
        "已销号",
        "2024-07-10",
        "基本满意",
    ),
    (
        "QHWY20240710006",
        "政企恳谈会",
        "濮阳经开区华信电子有限公司",
        "人才用工",
        "企业新招聘的技术工人无法申请入住人才公寓",
        "2024-07-10 16:12",
        "市人社局",
        "10个工作日",
        "退回重办",
        "",
        "不满意",
    ),
    (
        "QHWY20240715001",
        "企业码",
        "范县金堤商贸有限公司",
        "政务服务",
        "食品经营许可延续申请提交后超过承诺时限未审批",
        "2024-07-15 08:50",
        "范县行政审批和政务信息管理局",
        "3个工作日",
        "已办结",
        "2024-07-17",
        "满意",
    ),
    (
        "QHWY20240718002",
        "12345-8营商环境热线",
        "华龙区岳村镇兴旺农资店",
        "市场监管",
        "个体工商户已报送年度报告，系统仍显示“未年报”",
        "2024-07-18 14:33",
        "市场监管局",
        "5个工作日",
        "待办理",
        "",
        "",
    ),
    (
        "QHWY20240724005",
        "入企走访",
        "台前县鲁豫羽绒制品有限公司",
        "政务服务",
        "企业办理出口退税备案需往返办税服务厅两次",
        "2024-07-24 10:10",
        "市税务局",
        "5个工作日",
        "办理中",
        "",
        "",
    ),
]


def write_qhwy(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "查询条件：交办时间 2024-07-01 至 2024-07-31；承办单位：全部（办理时限自交办之日起按工作日计算）",
        ]
    )
    w.writerow(
        [
            "序号",
            "问题编号",
            "问题来源",
            "企业名称",
            "问题分类",
            "问题描述",
            "交办时间",
            "承办单位",
            "办理时限",
            "办理状态",
            "办结时间",
            "企业评价",
        ]
    )
    for i, row in enumerate(QHWY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            f"共{len(QHWY_ROWS)}条记录",
            "",
            "",
            "",
            "",
            "导出人：市企业综合服务中心 管理员",
            "导出时间：2024-07-31 09:12",
        ]
    )
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 规范涉企行政执法专项行动工作情况报告, after a city's 总结 of its 规范涉企行政执法专项行动 (一、部署开展情况; 二、对照
# 重点整治内容深入查摆问题: （一）全面梳理排查问题 （二）挂牌督办重点问题 （三）深化问题整改落实; 典型案例: 纠正某区
# 市场监管局重复检查问题, 纠正某县综合执法局违规收费问题; 存在问题和意见建议):
# https://xuekejiayuan.com/doc/2614472.html
# A .docx report: title, 主送, the numbered sections of the source; the items are the numbered paragraphs under
# （二）挂牌督办重点问题, each naming its 责任单位 (short and former names), 整改时限 and progress in sentences; the
# 督办会 date the 立行立改 item counts from; a closing section with general problems that are not items.
LAW_PARAS = [
    (
        "1.市市场监管局对同一食品生产企业一季度内开展3次内容相同的现场检查，存在重复检查问题。责任单位：市市场"
        "监督管理局。整改时限：2024年6月30日前。整改情况：已将该类检查纳入“综合查一次”，整改完成。"
    ),
    (
        "2.市城管执法局在户外广告设置审批后，又以“未备案”为由对企业处以罚款，存在乱罚款问题。责任单位：市城管"
        "执法局。整改时限：2024年8月31日前。整改情况：已撤销处罚决定，正在办理罚款退还手续。"
    ),
    (
        "3.华龙区应急管理局委托第三方机构入企检查，并由第三方机构向企业收取“技术服务费”。责任单位：华龙区应急"
        "管理局。整改时限：立行立改。整改情况：已责令第三方机构全额清退费用，经回访企业确认已整改到位。"
    ),
    (
        "4.市环保局对首次轻微违法企业未落实“首违不罚”清单，一律按上限处罚。责任单位：市环保局。整改时限："
        "2024年9月30日前。整改情况：尚未启动。"
    ),
    (
        "5.市交通局路政执法人员在货运企业检查中未出示执法证件、未制作检查记录。责任单位：市交通运输局。整改"
        "时限：2024年7月15日前。整改情况：已开展执法人员全员培训，全面推行执法记录仪全程记录，整改完成。"
    ),
    (
        "6.清丰县综合行政执法局对沿街商户门头牌匾的整治标准前后不一，企业反复更换牌匾。责任单位：清丰县综合"
        "行政执法局。整改时限：2024年10月底前。"
    ),
    (
        "7.市消防支队对新开业小微企业检查频次过高，个别企业一个月内被检查4次。责任单位：市消防支队。整改时限："
        "长期坚持。整改情况：已将检查纳入年度检查计划统筹，常态化控制检查频次。"
    ),
]


def write_law(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "濮阳市规范涉企行政执法专项行动工作情况报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照市政府督查局关于报送规范涉企行政执法专项行动进展情况的通知要求，现将我市专项行动开展情况报告如下：",
    )
    _paragraph(doc, "一、部署开展规范涉企行政执法专项行动的情况", font="黑体")
    _paragraph(
        doc,
        "我市成立由市政府主要领导任组长的专项行动领导小组，办公室设在市司法局，制定印发专项行动实施方案，"
        "明确整治重点、时间节点和责任分工，组织全市执法骨干460余人参加专题培训。",
    )
    _paragraph(doc, "二、对照重点整治内容深入查摆问题的情况", font="黑体")
    _paragraph(
        doc,
        "（一）全面梳理排查问题。通过企业座谈、问卷调查、12345热线工单分析等方式，共排查涉企行政执法问题线索"
        "63条，已办结51条。",
    )
    _paragraph(
        doc,
        "（二）挂牌督办重点问题。6月14日，市专项行动领导小组办公室召开挂牌督办会，对以下7个重点问题挂牌督办，"
        "“立行立改”事项自督办之日起整改。具体情况如下：",
    )
    for text in LAW_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、存在问题和意见建议", font="黑体")
    _paragraph(
        doc,
        "部分执法部门对涉企行政检查的计划管理仍不够严格，跨部门联合检查的统筹机制有待完善。下一步，我们将"
        "持续跟踪挂牌督办问题整改，对整改不力的单位予以通报。",
    )
    _paragraph(doc, "濮阳市司法局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（市规范涉企行政执法专项行动领导小组办公室代章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 政务服务事项办事指南问题整改清单, after a district 政务服务和数据管理局's account of its 办事指南定期自查、整改
# (上级下发问题清单及自查发现问题清单; 按办事指南主要检查规则的20项检查标准对受理条件、申请材料、办理流程、空表下载
# 服务等要素自查整改; 对窗口类型、所属机构等窗口信息检查):
# http://www.rngsoft.cn/zwgk/zdlyxxgkml/spgg/ggxx/content/post_10258554.html
# An .xlsx from the 政务服务事项管理系统's 问题清单 export, tidied by the 行政服务中心: title, a 数据来源/导出日期 line,
# one header row in the system's field names (问题编号, 实施主体 in full names, 检查要素, 问题来源, 下发日期, 整改期限,
# 整改状态 as 待整改/整改中/已整改/审核通过/审核退回, 整改说明), and a 本批次统计 line.
GUIDE_ROWS = [
    (
        "ZN2024-0613-021",
        "濮阳市市场监督管理局",
        "食品经营许可（新办）",
        "申请材料",
        "申请材料目录仍要求提交已取消的“从业人员健康证明复印件”",
        "省级下发",
        date(2024, 6, 13),
        date(2024, 6, 27),
        "审核通过",
        "已删除该项申请材料",
    ),
    (
        "ZN2024-0613-034",
        "濮阳市人力资源和社会保障局",
        "失业保险金申领",
        "办理流程",
        "办理流程图与实际审批环节不一致，缺少“复核”环节",
        "省级下发",
        date(2024, 6, 13),
        date(2024, 6, 27),
        "审核退回",
        "已补充流程图，经审核仍缺少各环节时限，正在重新修改",
    ),
    (
        "ZN2024-0620-008",
        "濮阳市住房和城乡建设局",
        "建筑工程施工许可证核发",
        "空表下载",
        "申请表空表下载链接失效，无法下载",
        "市级抽查",
        date(2024, 6, 20),
        date(2024, 7, 4),
        "已整改",
        "已重新上传申请表空表和示范文本",
    ),
    (
        "ZN2024-0620-015",
        "濮阳市民政局",
        "社会团体成立登记",
        "受理条件",
        "受理条件表述为“符合相关规定”，未列明具体条件",
        "市级抽查",
        date(2024, 6, 20),
        date(2024, 7, 4),
        "待整改",
        "",
    ),
    (
        "ZN2024-0701-003",
        "濮阳市交通运输局",
        "道路普通货物运输经营许可",
        "办理时限",
        "承诺办理时限与法定时限均为20个工作日，未按要求压缩",
        "自查",
        date(2024, 7, 1),
        date(2024, 7, 15),
        "整改中",
        "已提请局务会研究承诺时限压缩方案",
    ),
    (
        "ZN2024-0701-011",
        "濮阳市华龙区中原路街道办事处",
        "城乡居民基本养老保险参保登记",
        "窗口信息",
        "办理窗口的窗口类型、所属机构信息与实际窗口不符",
        "自查",
        date(2024, 7, 1),
        date(2024, 7, 15),
        "已整改",
        "已更新窗口信息",
    ),
    (
        "ZN2024-0705-002",
        "濮阳市卫生健康委员会",
        "医疗机构执业登记",
        "申请材料",
        "申请材料“房屋产权证明”未注明可通过数据共享获取、免于提交",
        "省级下发",
        date(2024, 7, 5),
        date(2024, 7, 19),
        "整改中",
        "已与不动产登记数据共享接口对接，待上线",
    ),
    (
        "ZN2024-0712-006",
        "濮阳市医疗保障局",
        "异地就医备案",
        "办理流程",
        "网上办理入口跳转至已停用的旧系统页面",
        "省级下发",
        date(2024, 7, 12),
        date(2024, 7, 26),
        "审核通过",
        "已更换为国家医保服务平台入口",
    ),
]


def write_guide(path: Path) -> Path:
    b = Book(path, author="市行政服务中心")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 26, 26, 10, 40, 10, 12, 12, 10, 34])
    b.line(ws, 0, "濮阳市政务服务事项办事指南问题整改清单（2024年第二批）", 10, b.title)
    b.line(
        ws,
        1,
        "数据来源：河南省政务服务事项管理系统“问题清单”导出，市行政服务中心汇总    导出日期：2024-07-30",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题编号",
            "实施主体",
            "事项名称",
            "检查要素",
            "问题描述",
            "问题来源",
            "下发日期",
            "整改期限",
            "整改状态",
            "整改说明",
        ],
    )
    for i, row in enumerate(GUIDE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GUIDE_ROWS)
    b.line(
        ws,
        end,
        "本批次共8条：审核通过2条，已整改2条，整改中2条，审核退回1条，待整改1条。",
        10,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 涉企行政执法问题协调处理情况表, after the 典型案例 a national legal daily published for the 规范涉企行政执法专项行动
# (each case under 关键词 / 基本情况 / 协调处理; 检查站“通勤难”, 执法标准冲突, 信用修复, 产品仿冒跨省维权, 包容审慎;
# 问题纳入整改清单，转交行政执法协调监督局跟进协调处理):
# http://www.legaldaily.com.cn/index/content/2025-10/29/content_9279513.html
# A .doc (Word 97 via LibreOffice): title, 报送单位 line, a line with the 交办 date the 立行立改 row counts from, a table
# whose columns follow the case cards (案例名称, 关键词, 基本情况, 协调处理) plus 责任单位, 办结时限 and 处理结果,
# unit names short, former (市知识产权局) and county-level, a note at the foot.
CASE_ROWS = [
    (
        "破解出口货车检查站通行慢问题",
        "部门协同 通行效率",
        "濮范高速濮阳东出口治超检查站高峰时段货车排队超过1小时，周边物流企业反映强烈",
        "组织交通、公安交警部门实地调研，制定检查站改造方案",
        "市交通运输局",
        "2024年9月30日",
        "改造方案已批复，正在施工",
    ),
    (
        "化解食品标签执法标准冲突",
        "标准统一",
        "两个执法部门对同一预包装食品标签标注要求不一致，企业两次整改仍被要求返工",
        "召开联席会议统一执法标准，出具书面指导意见",
        "市市场监管局",
        "2024年7月20日",
        "已出具统一指导意见，企业完成标签整改",
    ),
    (
        "优化企业信用修复服务",
        "信用修复",
        "企业行政处罚信息公示期满后申请信用修复，需分别向三个部门提交材料",
        "推行信用修复“一件事”联办",
        "市发改委",
        "年底前",
        "",
    ),
    (
        "纠正新开办餐饮企业重复检查问题",
        "执法扰企 重复检查",
        "南乐县市场监管、消防、城管三个部门一周内先后对同一新开餐饮企业入企检查",
        "推行“进一次门、查多项事”联合检查",
        "南乐县市场监督管理局",
        "立行立改",
        "已建立联合检查计划备案制度，整改到位",
    ),
    (
        "包容审慎处理轻微违法行为",
        "首违不罚",
        "范县一农资门店首次超范围经营即被处以罚款，未适用“首违不罚”",
        "指导执法部门撤销处罚决定，退还罚款",
        "范县农业农村局",
        "2024年7月10日",
        "已撤销处罚决定并退还罚款",
    ),
    (
        "助企跨省维权挽损",
        "知识产权 跨省协作",
        "本市一家羽绒制品企业的注册商标在外省被仿冒，企业维权无门",
        "协调外省执法部门联合查处",
        "市知识产权局",
        "2024年8月31日",
        "已发函协查，等待外省执法部门反馈",
    ),
    (
        "规范施工许可环节变相转嫁审图费用",
        "中介服务 违规收费",
        "华龙区在施工许可环节要求企业自行委托并付费开展施工图审查",
        "督促改由政府购买审图服务，清退已收费用",
        "华龙区住房和城乡建设局",
        "2024年7月31日",
        "未整改",
    ),
]


def write_case_docx(path: Path) -> Path:
    doc = _new_document("执法协调监督科")
    _title(doc, "濮阳市规范涉企行政执法专项行动问题协调处理情况表（第三批）", 18)
    _paragraph(doc, "报送单位：濮阳市政府行政执法协调监督局    报送日期：2024年7月25日", 12)
    _paragraph(doc, "本批问题于2024年6月20日交办，“立行立改”事项自交办之日起整改。", 12)
    body = [[str(i), *row] for i, row in enumerate(CASE_ROWS, 1)]
    _table(
        doc,
        ["序号", "案例名称", "关键词", "基本情况", "协调处理", "责任单位", "办结时限", "处理结果"],
        body,
        size=9,
    )
    _paragraph(doc, "注：处理结果由责任单位填报，市政府行政执法协调监督局跟进核实。", 12)
    return _save_fixed(doc, path)


def write_case(path: Path) -> Path:
    return via_soffice(write_case_docx, path, "doc", "涉企行政执法问题协调处理情况表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 行政审批中介服务专项清理整治检查问题整改台账, after a city 市场监管局's 行政审批中介服务专项清理整治行动 (重点检查
# 行政机关指定或推荐中介服务机构的收费行为; 八类行为: 指定服务、强制服务; 将审批技术性服务费用转嫁申请人; 不公开收费
# 依据和标准; 利用电子政务平台违规收费; 分解收费、重复收费; 串通操纵价格; 取消的收费转为中介服务收费; 提出整改意见):
# https://9haocp.com/y2022-01-21/329233.html
# An .et (Excel 97 via LibreOffice, saved as WPS 表格 names it): title, 检查单位 line (the inspector), a 反馈 date line
# the 立行立改 rows count from, one header row with 问题类型 (the campaign's eight kinds), 涉及金额 and 已清退金额, the
# 被检查单位 as the unit, a 合计 row summing the money and a signature line.
FEE_ROWS = [
    (
        "濮阳市建设工程施工图审查中心",
        "转嫁审批技术服务费",
        "将施工图审查费用转嫁建设单位承担，涉及项目14个",
        36.5,
        "全额清退已收费用",
        "2024年8月31日",
        "已清退9个项目费用，其余5个项目正在核对",
        24.1,
    ),
    (
        "濮阳市自然资源和规划局",
        "指定中介服务",
        "在建设工程规划许可环节要求企业委托指定测绘机构开展放线测量",
        0,
        "取消指定，由企业自主选择",
        "立行立改",
        "已取消指定，整改完成",
        0,
    ),
    (
        "市气象局",
        "指定中介服务",
        "防雷装置检测指定由下属单位承担并收费",
        12.8,
        "放开检测市场，退还违规费用",
        "2024年7月31日",
        "已放开检测市场，违规收费已全部退还",
        12.8,
    ),
    (
        "濮阳市华信工程造价咨询有限公司",
        "未公示收费标准",
        "未在经营场所和网站公示中介服务收费依据和收费标准",
        0,
        "立即公示",
        "立行立改",
        "",
        0,
    ),
    (
        "濮阳县行政审批和政务信息管理局",
        "电子政务平台违规收费",
        "网上申报平台向企业收取CA数字证书年费",
        5.6,
        "停止收费，证书费用由财政承担",
        "2024年9月30日",
        "未整改",
        0,
    ),
    (
        "市环境局",
        "转嫁审批技术服务费",
        "建设项目环评技术评估费用由建设单位承担",
        18.0,
        "技术评估费用纳入部门预算",
        "2024年12月31日",
        "已将技术评估费列入2024年部门预算，正在退还已收费用",
        6.0,
    ),
    (
        "濮阳市消防技术服务协会",
        "强制入会收费",
        "要求消防技术服务机构入会并缴纳会费方可承接业务",
        9.6,
        "停止强制入会，退还会费",
        "2024年8月15日",
        "已停止强制入会，会费全部退还，整改完成",
        9.6,
    ),
    (
        "供电公司",
        "重复收费",
        "高可靠性供电费在企业增容时重复收取",
        22.4,
        "逐户核查并退还",
        "2024年10月31日",
        "正在逐户核查",
        0,
    ),
]


def write_fee_book(path: Path) -> Path:
    b = Book(path, author="价监竞争科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 28, 16, 40, 12, 24, 14, 30, 12])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市行政审批中介服务专项清理整治检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市市场监督管理局价格监督检查和反不正当竞争科    检查时间：2024年5月—6月    金额单位：万元",
        8,
    )
    b.line(ws, 2, "检查意见反馈日期：2024年6月28日，“立行立改”事项自反馈之日起整改。", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "被检查单位",
            "问题类型",
            "存在问题",
            "涉及金额",
            "整改要求",
            "整改期限",
            "整改落实情况",
            "已清退金额",
        ],
    )
    for i, row in enumerate(FEE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c in (4, 8) else None)
    end = 4 + len(FEE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, f"共{len(FEE_ROWS)}个问题", b.cell)
    for c in (2, 3):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 4, round(sum(r[3] for r in FEE_ROWS), 2), money)
    for c in (5, 6, 7):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 8, round(sum(r[7] for r in FEE_ROWS), 2), money)
    b.line(
        ws, end + 2, "填表人：秦朗    审核人：罗慧敏    联系电话：0393-8998306    填报日期：2024年7月30日", 8
    )
    return b.close()


def write_fee(path: Path) -> Path:
    return via_soffice(write_fee_book, path, "xls", "中介服务专项清理整治整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 政务服务“神秘顾客”暗访发现问题整改反馈表, after a research firm's case note on its commission from a county 营商环境
# 建设局 (以神秘顾客方式对被频繁提及、违规风险较高的审批事项实地办理体验; 模拟咨询、材料提交; 录音录像取证; 重点观察
# 违规操作、暗示性收费、办事拖延; 精准识别审批过程中的服务问题与风险点，及时进行整改):
# http://ceidea.cn/zhengchanyanjiu/1028.html
# An .xlsx: title, 暗访单位/暗访时间/交办日期 line, a note that 立行立改 counts from the 交办 date, a two-row header with
# 取证方式 and 整改情况 over three tick columns (已整改 / 正在整改 / 未整改), a 备注 column, a 填表说明 and a signature line.
VISIT_ROWS = [
    (
        "企业设立登记",
        "市市场监管局（市民之家3号窗口）",
        "窗口人员要求补交法律法规未规定的“经营场所使用证明”原件",
        "录音",
        "严格按一次性告知清单受理",
        "立行立改",
        "√",
        "",
        "",
        "",
    ),
    (
        "不动产抵押登记",
        "市不动产登记中心",
        "窗口人员暗示找“熟人代办”可以当天出证",
        "录音录像",
        "开展警示教育，公开各类登记办理时限",
        "立行立改",
        "",
        "√",
        "",
        "已约谈当事人，警示教育正在开展",
    ),
    (
        "新办纳税人套餐业务",
        "市税务局办税服务厅",
        "取号后等待超过40分钟，导税台无人值守",
        "录像",
        "增设导税岗，高峰时段开设弹性窗口",
        "2024年7月31日",
        "√",
        "",
        "",
        "",
    ),
    (
        "建设工程规划许可",
        "市资规局窗口",
        "咨询时窗口人员答复“回去等通知”，未出具一次性告知单",
        "录音",
        "落实一次性告知制度",
        "立行立改",
        "",
        "",
        "√",
        "",
    ),
    (
        "用水报装",
        "市自来水公司营业厅",
        "报装材料仍要求提供已取消的“规划许可证复印件”",
        "录音",
        "精简报装材料",
        "2024年7月20日",
        "√",
        "",
        "",
        "",
    ),
    (
        "用气报装",
        "市燃气公司营业厅",
        "报装受理后超过承诺时限10个工作日未上门踏勘",
        "录音",
        "建立报装超时预警",
        "2024年8月15日",
        "",
        "√",
        "",
        "",
    ),
    (
        "医保参保登记",
        "市医保局窗口",
        "工作人员工作时间玩手机，对咨询群众不予理睬",
        "录像",
        "通报批评，纳入窗口月度考核",
        "立行立改",
        "",
        "",
        "",
        "",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="市优化办")
    ws = b.sheet("暗访问题")
    b.widths(ws, [6, 16, 24, 40, 10, 28, 14, 8, 8, 8, 24])
    b.line(ws, 0, "政务服务“神秘顾客”暗访发现问题整改反馈表", 10, b.title)
    b.line(
        ws,
        1,
        "暗访单位：濮阳市优化营商环境工作领导小组办公室（委托第三方调查机构）    暗访时间：2024年6月17日—6月28日"
        "    问题交办日期：2024年7月3日",
        10,
    )
    b.line(ws, 2, "整改时限为“立行立改”的，自问题交办之日起整改。", 10)
    for c, word in enumerate(
        ["序号", "暗访事项", "涉及部门（窗口）", "暗访发现问题", "取证方式", "整改措施", "整改时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 9, "整改情况", b.head)
    b.header(ws, 4, ["已整改", "正在整改", "未整改"], first=7)
    b.merge(ws, 3, 10, 4, 10, "备注", b.head)
    for i, row in enumerate(VISIT_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (4, 6, 7, 8, 9) else None)
    end = 5 + len(VISIT_ROWS)
    b.line(ws, end, "填表说明：整改情况请在对应栏内打“√”，于7月31日前报市优化办。", 10)
    b.line(ws, end + 1, "审核人：焦明辉    填表人：邢璐    联系电话：0393-8992175", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 行政效能投诉件办理情况登记表, after a province's 行政效能投诉处理办法 as a local paper reported it (投诉处理机构对
# 投诉的处理有自办、交办、转办3种方式; 3个工作日内决定是否受理及办理方式; 交办、转办的投诉件自接到交办、转办件之日起
# 30日内办理完毕; 投诉人应说明被投诉人、投诉事项):
# http://zjjnews.cn/news/government_14118.html
# An .xls (xlwt): title, 投诉受理机构/填报日期 line, a 说明 line with the 30日 rule, one header row with the 投诉人 (the
# complainant), the 被投诉单位 and the 承办单位 (the unit) side by side, the 交办（转办）日期 the 30日 count from, one row
# with an extended date, a signature line.
COMPLAINT_ROWS = [
    (
        "XN2024061",
        "2024.6.3",
        "李某（某商贸公司）",
        "市不动产登记中心交易窗口",
        "办理商铺转移登记时被要求提供无法律依据的物业费结清证明",
        "交办",
        "市不动产登记中心",
        "2024.6.4",
        "30日",
        "已取消该证明要求，已书面答复投诉人",
    ),
    (
        "XN2024063",
        "2024.6.6",
        "王某",
        "华龙区人社局社保窗口",
        "社保关系转移接续申请提交后两个月未办结",
        "转办",
        "华龙区人力资源和社会保障局",
        "2024.6.7",
        "30日",
        "已办结，投诉人表示满意",
    ),
    (
        "XN2024066",
        "2024.6.12",
        "匿名",
        "市交通运输局运输服务窗口",
        "道路运输证年审窗口每日限号20个，企业需凌晨排队",
        "交办",
        "市交通运输局",
        "2024.6.13",
        "30日",
        "正在调整年审预约办法",
    ),
    (
        "XN2024070",
        "2024.6.20",
        "赵某（某建筑公司）",
        "市住建委质监站",
        "竣工验收备案材料被三次退回，每次退回理由不同",
        "交办",
        "市住建委",
        "2024.6.21",
        "30日",
        "未办理",
    ),
    (
        "XN2024072",
        "2024.6.25",
        "孙某",
        "清丰县城关市场监管所",
        "个体工商户变更经营范围被要求本人多次到场",
        "转办",
        "清丰县市场监督管理局",
        "2024.6.26",
        "30日",
        "",
    ),
    (
        "XN2024075",
        "2024.7.2",
        "周某（某物流公司）",
        "市交警支队车管所",
        "营运货车转籍业务窗口人员态度生硬，拒绝解释退件原因",
        "交办",
        "市交警支队",
        "2024.7.3",
        "30日",
        "已约谈当事民警，书面答复投诉人，已办结",
    ),
    (
        "XN2024078",
        "2024.7.9",
        "吴某",
        "濮阳县文留镇便民服务中心",
        "便民服务中心社会事务窗口无人值守，多次无法办理残疾人证申请",
        "转办",
        "濮阳县文留镇人民政府",
        "2024.7.10",
        "30日",
        "已落实专人值守，正在补办积压业务",
    ),
    (
        "XN2024081",
        "2024.7.16",
        "郑某（某餐饮店）",
        "市城管局执法大队",
        "店外招牌被暂扣后超过两周未告知处理结果",
        "交办",
        "市城管局",
        "2024.7.17",
        "经批准延期至2024年8月30日",
        "已退还暂扣物品，处理结果正在复核",
    ),
]


def write_complaint(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市行政效能投诉件办理情况登记表（2024年6—7月）", t, 0, 10),
        (1, 0, "投诉受理机构：濮阳市行政效能投诉中心    填报日期：2024年7月30日", plain, 1, 10),
        (2, 0, "说明：交办、转办的投诉件，承办单位应自接到交办、转办件之日起30日内办理完毕。", plain, 2, 10),
    ]
    words = [
        "序号",
        "登记编号",
        "受理日期",
        "投诉人",
        "被投诉单位",
        "投诉事项",
        "处理方式",
        "承办单位",
        "交办（转办）日期",
        "办理期限",
        "办理结果",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 6, 8, 9) else c))
    r = 4 + len(COMPLAINT_ROWS)
    cells += [
        (r, 0, "负责人：潘学军    填表人：杜晓燕    联系电话：0393-8990125", plain, r, 10),
    ]
    return _write_xls(path, [("登记表", cells)])


# ---------------------------------------------------------------------------------------------
# 9. 市场监管局营商环境专项巡察反馈问题整改台账 (two returns in one zip), after a county-level 市场监督管理局's 巡察整改
# 工作方案 for the 市委巡察组's 营商环境专项巡察 (各科室、分局主要负责人为成员; 能立即解决的立行立改，不能立即解决的
# 制定整改方案，建立问题整改台账，确保3个月内整改70%以上，6个月内完成整改):
# https://www.liyang.gov.cn/html/czly/2022/AQCOAJMO_1212/30513.html
# A .zip holding an .xlsx from the city bureau (rows name only its own 科室 and 分局; the 反馈 date the 立行立改 and
# 3个月内 / 6个月内 rows count from; 是否完成 as 是/否) and a .docx with a table from a county bureau whose rows name only
# its 股室 and 市场监管所.
CITY_SMR_ROWS = [
    (
        "服务企业",
        "企业登记“容缺受理”制度执行不到位，部分窗口仍要求材料齐全方可受理",
        "印发容缺受理事项清单",
        "张卫东",
        "登记注册科",
        "立行立改",
        "已印发容缺受理事项清单38项",
        "是",
    ),
    (
        "执法监管",
        "行政处罚自由裁量基准未及时修订，同类案件处罚幅度差异较大",
        "修订行政处罚自由裁量基准",
        "刘建华",
        "法规科",
        "3个月内",
        "已起草修订稿，正在征求意见",
        "否",
    ),
    (
        "执法监管",
        "对企业年报公示信息抽查存在重复抽查同一企业的情况",
        "建立抽查名录比对机制",
        "刘建华",
        "信用监管科",
        "2024年6月30日",
        "已建立名录比对机制",
        "是",
    ),
    (
        "队伍建设",
        "部分执法辅助人员未取得执法证件即参与现场检查",
        "组织执法资格考试，未取证人员一律不得执法",
        "马丽",
        "人事科",
        "6个月内",
        "",
        "否",
    ),
    (
        "政策落实",
        "个体工商户“个转企”扶持政策宣传不到位，申报率低",
        "开展政策进企业、进市场宣讲",
        "张卫东",
        "登记注册科",
        "长期坚持",
        "常态化开展宣讲",
        "",
    ),
    (
        "服务企业",
        "特种设备使用登记网上办理率低，企业仍需到窗口提交纸质材料",
        "推行特种设备使用登记全程网办",
        "陈志刚",
        "特种设备安全监察科",
        "2024年9月底前",
        "已上线网办功能，网办率提升至65%",
        "否",
    ),
    (
        "执法监管",
        "华龙分局对食品小作坊检查“一刀切”责令停业",
        "规范责令停业的适用情形",
        "陈志刚",
        "华龙分局",
        "立行立改",
        "已撤销2起责令停业决定",
        "是",
    ),
    (
        "作风建设",
        "12315投诉举报工单超期办结率偏高",
        "建立超期预警和通报机制",
        "马丽",
        "消费者权益保护科",
        "3个月内",
        "进展滞后，超期率仍高于全省平均水平",
        "否",
    ),
]
COUNTY_SMR_ROWS = [
    (
        "企业开办“一窗通”窗口只受理不指导，网上申报退回率高",
        "注册登记股",
        "设立帮办岗，安排专人指导网上申报",
        "2024年6月15日",
        "已设立帮办岗，整改完成",
    ),
    (
        "食品经营许可现场核查用时超过承诺时限",
        "食品经营股",
        "将现场核查时限压缩至5个工作日",
        "2024年8月31日",
        "正在修订核查工作规程",
    ),
    ("城关市场监管所对同一商户重复检查", "城关市场监管所", "纳入“综合查一次”统筹", "立行立改", "已整改"),
    ("计量器具强制检定收费标准未公示", "质量计量股", "在服务大厅和网站公示收费标准", "6月底前", ""),
    ("知识产权质押融资政策落实不到位", "知识产权股", "对接金融机构开展银企对接", "年底前", "未启动"),
]


def write_city_smr(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 40, 28, 10, 18, 14, 30, 10])
    b.line(ws, 0, "濮阳市市场监督管理局营商环境专项巡察反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局（盖章）    巡察反馈日期：2024年4月18日    填报日期：2024年7月29日",
        8,
    )
    b.line(
        ws,
        2,
        "按照“3个月内整改70%以上、6个月内完成整改”的要求推进；整改时限中的“立行立改”“3个月内”“6个月内”均自"
        "巡察反馈之日起计算。",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "问题类别",
            "巡察反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "整改时限",
            "整改进展",
            "是否完成",
        ],
    )
    for i, row in enumerate(CITY_SMR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 4, 6, 8) else None)
    end = 4 + len(CITY_SMR_ROWS)
    b.line(ws, end, "局党组书记：王海涛    填表人：郑雅    联系电话：0393-4413021", 8)
    return b.close()


def write_county_smr(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "清丰县市场监督管理局营商环境专项巡察反馈问题整改情况表", 18)
    _paragraph(doc, "填报单位：清丰县市场监督管理局    填报日期：2024年7月26日", 12)
    _paragraph(doc, "县委第二巡察组于2024年5月10日反馈巡察意见，“立行立改”事项自反馈之日起整改。", 12)
    body = [[str(i), *row] for i, row in enumerate(COUNTY_SMR_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任股室（所）", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "填表人：宋佳    联系电话：0393-7222316", 12)
    return _save_fixed(doc, path)


def write_smr_zip(path: Path) -> Path:
    members = [
        ("濮阳市市场监督管理局营商环境专项巡察反馈问题整改台账.xlsx", write_city_smr),
        ("清丰县市场监督管理局营商环境专项巡察反馈问题整改情况表.docx", write_county_smr),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. “一码检查”监管平台预警处置台账（导出）, after a provincial news report on a city's “一码检查”监管平台 (检查前录入
# 任务、申领任务码，到企亮码; 联合检查功能、低效检查阻断和重复检查预警: 同一企业重复检查一天大于1次、一周大于2次、
# 一月大于3次标记提示; 同一检查人员一年内对同一企业连续检查3次未发现问题进行阻断，并要求说明原因):
# https://gd.huaxia.com/c/2025/04/24/2024758.shtml
# An .ods (LibreOffice conversion of the platform's export): an export title, a 统计区间 line saying the 处置时限 counts
# in working days from the 预警日期, one header row in the platform's field names (预警编号, 预警类型, 检查主体 as the
# unit, 被检查企业, 预警日期, 处置要求 with “N个工作日内”, 处置状态, 处置说明, 处置日期), no footer.
CODE_ROWS = [
    (
        "YJ20240705001",
        "重复检查预警",
        "濮阳市城市管理局",
        "濮阳市万家福超市有限公司",
        "同一企业一周内被检查3次（7月1日、7月3日、7月5日）",
        date(2024, 7, 5),
        "3个工作日内说明原因并整改",
        "已处置",
        "已合并检查任务，后续纳入联合检查",
        date(2024, 7, 8),
    ),
    (
        "YJ20240709003",
        "低效检查阻断",
        "华龙区市场监督管理局",
        "濮阳市华龙区鑫隆汽车修理厂",
        "同一检查人员一年内对同一企业连续检查3次均未发现问题",
        date(2024, 7, 9),
        "5个工作日内说明原因",
        "待处置",
        "",
        "",
    ),
    (
        "YJ20240711002",
        "未亮码检查",
        "濮阳县应急管理局",
        "濮阳县宏远化工有限公司",
        "检查人员未申领任务码即入企检查，企业通过平台投诉",
        date(2024, 7, 11),
        "3个工作日内核实整改",
        "处置中",
        "已约谈检查人员，正在核查检查记录",
        "",
    ),
    (
        "YJ20240715004",
        "重复检查预警",
        "市消防救援支队",
        "清丰县金利源酒店",
        "同一企业一天内被检查2次",
        date(2024, 7, 15),
        "3个工作日内说明原因并整改",
        "已处置",
        "第二次检查为复查，已调整复查时间安排",
        date(2024, 7, 17),
    ),
    (
        "YJ20240717002",
        "重复检查预警",
        "濮阳市生态环境局",
        "濮阳市恒润石化有限公司",
        "同一企业一个月内被检查4次",
        date(2024, 7, 17),
        "5个工作日内说明原因并整改",
        "已关闭",
        "经核实其中2次为上级交办信访件核查，予以关闭",
        date(2024, 7, 22),
    ),
    (
        "YJ20240719001",
        "低效检查阻断",
        "南乐县卫生健康委员会",
        "南乐县仁和诊所",
        "同一检查人员连续3次检查未发现问题，第4次检查任务被阻断",
        date(2024, 7, 19),
        "5个工作日内说明原因",
        "退回补充",
        "说明材料不充分，已退回补充",
        "",
    ),
    (
        "YJ20240724002",
        "未亮码检查",
        "濮阳市交通运输局",
        "濮阳通达物流有限公司",
        "执法人员到企后未向企业出示任务码",
        date(2024, 7, 24),
        "3个工作日内核实整改",
        "待处置",
        "",
        "",
    ),
    (
        "YJ20240726001",
        "重复检查预警",
        "范县市场监督管理局",
        "范县鲁西南面粉有限公司",
        "同一企业一周内被市、县两级市场监管部门分别检查",
        date(2024, 7, 26),
        "5个工作日内说明原因并整改",
        "处置中",
        "已与市局对接，拟纳入联合检查计划",
        "",
    ),
]


def write_code_book(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("预警处置")
    b.widths(ws, [6, 16, 14, 24, 28, 40, 12, 26, 10, 34, 12])
    b.line(ws, 0, "“一码检查”监管平台预警处置台账", 10)
    b.line(ws, 1, "统计区间：2024-07-01至2024-07-31    处置时限自预警日期起按工作日计算", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "预警编号",
            "预警类型",
            "检查主体",
            "被检查企业",
            "预警内容",
            "预警日期",
            "处置要求",
            "处置状态",
            "处置说明",
            "处置日期",
        ],
    )
    for i, row in enumerate(CODE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


def write_code(path: Path) -> Path:
    via_soffice(write_code_book, path, "ods", "一码检查预警处置台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("濮阳市2023年度营商环境评价反馈问题整改清单（第三批）.xlsx", write_eval),
    ("企呼我应涉企问题清单_导出_20240731.csv", write_qhwy),
    ("濮阳市规范涉企行政执法专项行动工作情况报告.docx", write_law),
    ("政务服务事项办事指南问题整改清单（2024年第二批）.xlsx", write_guide),
    ("涉企行政执法问题协调处理情况表（第三批）.doc", write_case),
    ("行政审批中介服务专项清理整治检查问题整改台账.et", write_fee),
    ("政务服务神秘顾客暗访发现问题整改反馈表.xlsx", write_visit),
    ("行政效能投诉件办理情况登记表（2024年6—7月）.xls", write_complaint),
    ("市场监管营商环境专项巡察反馈问题整改台账（市局、清丰县局）.zip", write_smr_zip),
    ("一码检查监管平台预警处置台账.ods", write_code),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev168 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 粮食与物资储备 (粮食流通监督检查, 应急物资储备库隐患, 乡镇汛期物资储备), 供销与农业执法 (流通服务网点
普查, 农资打假执法, 供销社项目检查) and 人社 (经济责任审计整改, 稳岗就业审计调查, 交通建设领域欠薪隐患, 投诉举报
交办销号). Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of
an .xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (a .docx
and an .xlsx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside296.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
# 1. 粮食流通监督检查发现问题整改台账, after a district's 粮食流通管理日常检查单 (含检查标准): 检查对象, 检查事项 /
# 检查子事项 (企业资质, 粮食流通行为: 公示收购粮食品种、质量标准及收购价格, 及时支付售粮款, 违规代扣代缴税费 …),
# 检查方法 (查验证照 / 查阅资料 / 实地勘验 / 现场询问) and a 检查结果 of □未发现 □发现:
# https://www.bjdch.gov.cn/ztzl/dcqxzzfgs/wbj/dcqswj/jbxxswj/202109/t20210909_3047348.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (检查结果 over 未发现 | 发现, 整改情况 over 已整改 | 未整改, the
# other headers merged down), ticks √ in those columns, rows whose check found nothing (√ under 未发现, no problem, no
# deadline), 整改期限 as N日内 counted from the 检查时间 (the 注 says so) / 立行立改 / dates, a 备注 column, 注 and
# signature lines.
GRAIN_ROWS = [
    (
        "濮阳县鑫源粮食购销有限公司",
        "2024.6.18",
        "粮食流通行为",
        "是否在收购场所公示收购粮食品种、质量标准及收购价格",
        "实地勘验",
        True,
        "收购场所未公示收购粮食品种、质量标准及收购价格",
        "15日内",
        "done",
        "",
    ),
    (
        "濮阳县鑫源粮食购销有限公司",
        "2024.6.18",
        "粮食流通行为",
        "是否及时结算售粮款",
        "查阅资料",
        True,
        "部分售粮款未当场结算，以白条形式延期支付",
        "立行立改",
        "done",
        "已全部结清",
    ),
    (
        "濮阳县鑫源粮食购销有限公司",
        "2024.6.18",
        "粮食流通行为",
        "是否违规代扣、代缴税、费和其他款项",
        "查阅资料",
        False,
        "/",
        "/",
        "",
        "",
    ),
    (
        "濮阳县海通粮油贸易有限公司",
        "2024.6.20",
        "企业资质",
        "粮食收购企业备案信息是否及时变更",
        "查验证照",
        True,
        "法定代表人变更后未及时办理粮食收购企业备案变更",
        "30日内",
        "",
        "",
    ),
    (
        "濮阳县文留镇金丰粮食收购站",
        "2024.6.25",
        "统计制度执行",
        "是否按规定报送粮食购销存统计报表",
        "查阅资料",
        True,
        "未按规定报送粮食收购、销售、库存统计报表",
        "15日内",
        "not",
        "",
    ),
    (
        "濮阳县庆祖益民粮食仓储有限公司",
        "2024.7.2",
        "粮油仓储管理",
        "粮情检测记录是否完整",
        "查阅资料",
        True,
        "仓房粮情测温记录不连续，缺少6月份记录",
        "立行立改",
        "done",
        "",
    ),
    (
        "濮阳县恒丰面粉有限公司",
        "2024.7.2",
        "粮食质量安全",
        "入库粮食是否按批次检验",
        "查阅资料",
        True,
        "入库小麦未按批次进行质量检验，检验记录缺失",
        "2024.7.31",
        "",
        "已购置快速检测设备，正在补录检验记录",
    ),
    (
        "濮阳县恒丰面粉有限公司",
        "2024.7.2",
        "粮食流通行为",
        "是否以欺骗、贿赂等不正当手段取得粮食收购资格",
        "查阅资料",
        False,
        "/",
        "/",
        "",
        "",
    ),
    (
        "濮阳县华丰粮油购销有限公司",
        "2024.7.8",
        "粮食流通行为",
        "收购使用的计量器具是否经检定",
        "实地勘验",
        True,
        "收购粮食使用的地磅未经计量检定",
        "7日内",
        "done",
        "已送县计量检定所检定合格",
    ),
    (
        "濮阳县华丰粮油购销有限公司",
        "2024.7.8",
        "粮油仓储管理",
        "储粮化学药剂是否专库存放、双人双锁",
        "实地勘验",
        True,
        "储粮化学药剂存放未实行双人双锁管理",
        "立行立改",
        "done",
        "",
    ),
]


def _grain_header(h) -> list[tuple]:
    cells = []
    for col, word in [(0, "序号"), (1, "检查对象"), (2, "检查时间"), (3, "检查事项"), (4, "检查子事项")]:
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "检查方法", h, 3, 5))
    cells.append((2, 6, "检查结果", h, 2, 7))
    cells += [(3, 6, "未发现", h), (3, 7, "发现", h)]
    cells.append((2, 8, "发现问题", h, 3, 8))
    cells.append((2, 9, "整改期限", h, 3, 9))
    cells.append((2, 10, "整改情况", h, 2, 11))
    cells += [(3, 10, "已整改", h), (3, 11, "未整改", h)]
    cells.append((2, 12, "备注", h, 3, 12))
    return cells


def write_grain(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县粮食流通监督检查发现问题整改台账", t, 0, 12),
        (
            1,
            0,
            "填报单位：濮阳县发展和改革委员会（县粮食和物资储备局）    填报时间：2024年7月29日",
            plain,
            1,
            12,
        ),
        *_grain_header(h),
    ]
    for i, row in enumerate(GRAIN_ROWS, 1):
        who, when, item, sub, how, found, problem, limit, tick, note = row
        r = 3 + i
        values = [
            i,
            who,
            when,
            item,
            sub,
            how,
            "" if found else "√",
            "√" if found else "",
            problem,
            limit,
            "√" if tick == "done" else "",
            "√" if tick == "not" else "",
            note,
        ]
        for col, v in enumerate(values):
            cells.append((r, col, v, ctr if col in (0, 2, 5, 6, 7, 9, 10, 11) else c))
    r = 4 + len(GRAIN_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.检查结果、整改情况栏在相应格内打“√”；2.整改期限中“××日内”自检查之日起计算，“立行立改”"
            "即检查当日整改到位；3.检查结果为“未发现”的检查子事项无需整改。",
            plain,
            r,
            12,
        ),
        (
            r + 1,
            0,
            "检查人员：王海峰、李静    填表人：孙晓燕    审核人：杜建国    联系电话：0393-3226518",
            plain,
            r + 1,
            12,
        ),
    ]
    return _write_xls(path, [("检查问题整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 应急物资储备库安全隐患排查整改台账, after a prefecture 粮食和物资储备局's account of its 应急物资储备 work (加大物资
# 储备库安全隐患排查力度，紧盯安全生产重点部位和关键环节，对救灾物资储备库防火、防潮等设施开展安全检查，全面排查
# 风险隐患，建立整改台账，明确整改责任人和整改时限，督促整改到位; 在库物资数量、质量和存储安全管理):
# https://www.xjboz.gov.cn/info/2052/152961.htm
# An .et (an .xlsx converted by LibreOffice to Excel 97, the name WPS 表格 gives it): title, 填报单位 line, a two-row
# header (整改落实情况 over 进展情况 | 完成时间 | 复查验收), the 库点 beside its 整改责任单位 (the 承储单位) and the 整改责任人, deadlines as
# dates / 汛前（6月底前） / 长期坚持, one row done only by its filled 完成时间, a 说明 and a signature line.
DEPOT_ROWS = [
    (
        "市级救灾物资储备库（开州路库区）",
        "濮阳市豫储物资储备有限公司",
        "库房电气线路",
        "库房照明线路未穿管敷设，部分线路绝缘层老化",
        "更换老化线路并穿管敷设",
        "赵建华",
        "2024年6月30日",
        "已完成更换",
        date(2024, 6, 26),
        "验收合格",
    ),
    (
        "市级救灾物资储备库（开州路库区）",
        "濮阳市豫储物资储备有限公司",
        "消防设施",
        "库区室外消火栓出水压力不足",
        "联系供水单位检修消防管网",
        "赵建华",
        "2024年8月15日",
        "已联系供水单位，正在检修管网",
        None,
        "",
    ),
    (
        "市级救灾物资储备库（开州路库区）",
        "濮阳市豫储物资储备有限公司",
        "消防器材",
        "2号库房灭火器压力不足，4具已过有效期",
        "更换过期灭火器，建立月检记录",
        "孟庆伟",
        "2024年7月10日",
        "已更换",
        date(2024, 7, 8),
        "复查合格",
    ),
    (
        "濮阳县应急物资储备库",
        "濮阳县粮食和物资储备中心",
        "物资存放",
        "帐篷、折叠床等物资未离地存放，底层包装受潮",
        "增设垫仓板，物资离地离墙存放",
        "刘振江",
        "汛前（6月底前）",
        "",
        date(2024, 6, 21),
        "",
    ),
    (
        "清丰县救灾物资储备库",
        "清丰县粮食和物资储备中心",
        "库房屋面",
        "库房屋面防水层破损，雨季存在渗漏隐患",
        "屋面防水层翻新",
        "郭立新",
        "2024年9月30日",
        "已完成预算评审，待招标施工",
        None,
        "",
    ),
    (
        "南乐县应急物资储备库",
        "南乐县粮食和物资储备中心",
        "账务管理",
        "出入库台账未按批次登记，账实核对不及时",
        "按批次登记台账，每月盘库",
        "张红霞",
        "长期坚持",
        "每月盘库一次，长期坚持",
        None,
        "",
    ),
    (
        "范县救灾物资储备库",
        "范县粮食和物资储备中心",
        "应急照明",
        "部分应急照明灯蓄电池失效，断电后无法正常启用",
        "更换蓄电池",
        "陈东升",
        "2024年7月20日",
        "未整改",
        None,
        "",
    ),
    (
        "台前县应急物资储备库",
        "台前县粮食和物资储备中心",
        "安防监控",
        "库区视频监控存在盲区，未覆盖装卸平台",
        "增设监控点位",
        "吴保国",
        "2024年8月31日",
        "",
        None,
        "",
    ),
]


def write_depot_book(path: Path) -> Path:
    b = Book(path, author="储备管理科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 24, 24, 12, 34, 24, 10, 14, 24, 12, 10])
    b.line(ws, 0, "应急物资储备库安全隐患排查整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市粮食和物资储备中心（储备管理科）    填报日期：2024年7月30日", 10)
    for col, word in enumerate(
        ["序号", "库点名称", "整改责任单位", "隐患部位", "隐患描述", "整改措施", "整改责任人"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "完成时间", "复查验收"], first=8)
    for i, row in enumerate(DEPOT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(DEPOT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改责任单位为各库点承储单位，整改完成后填写完成时间，储备管理科组织复查验收；长期性问题按月跟踪。",
        10,
    )
    b.line(ws, end + 1, "审核人：贾卫东    填表人：任晓丽    联系电话：0393-8916237", 10)
    return b.close()


def write_depot(path: Path) -> Path:
    return via_soffice(write_depot_book, path, "xls", "应急物资储备库隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 乡镇汛期应急物资储备检查问题整改台账, after a town's 汛期应急物资储备专项检查 (副镇长带队应急、水利条线工作人员
# 深入各村（社区）实地检查; 物资品类是否齐全、数量是否充足、存放是否规范，物资更新维护机制; 部分村（社区）物资台账
# 更新不及时、个别装备保养不到位，现场提出整改意见，要求限期整改闭环):
# https://www.ycnews.cn/xyxw/tinghu/2025/05-08/z1z5OoOk.html
# A CSV in GBK: title line, a line naming the town, the check date and that the N日内 limits count from it, one header
# line with the village (community) committees as units and the 包村干部 beside them, deadlines as N日内 / 立行立改 /
# dates, progress in words, a 合计 line and a signature line.
FLOOD_ROWS = [
    (
        "马庄桥镇韩庄村村民委员会",
        "应急物资台账更新不及时，救生衣实有数与台账不符",
        "更新物资台账，做到账实相符",
        "3日内",
        "已更新台账",
        "王东亮",
    ),
    (
        "马庄桥镇马庄桥社区居民委员会",
        "冲锋舟舷外机未定期保养，无法正常启动",
        "送修并建立定期保养制度",
        "7日内",
        "已送修，待返回后试机",
        "李洪涛",
    ),
    (
        "马庄桥镇前王庄村村民委员会",
        "防汛编织袋储备仅50条，低于100条的储备标准",
        "补足至100条以上",
        "7月20日前",
        "未整改",
        "刘倩",
    ),
    (
        "马庄桥镇后孙村村民委员会",
        "应急物资与杂物混放，存放点无标识",
        "清理杂物，物资分类摆放并张贴标识",
        "立行立改",
        "已整理并张贴标识",
        "孙建伟",
    ),
    (
        "马庄桥镇南街村村民委员会",
        "强光手电、应急照明灯电量不足，未定期充电",
        "全部充电并每周检查一次",
        "3日内",
        "",
        "张玉梅",
    ),
    (
        "马庄桥镇东北庄村村民委员会",
        "抢险队员花名册未更新，2名外出务工人员仍在册",
        "重新调整抢险队员并公示",
        "7日内",
        "已重新调整抢险队员，完成",
        "赵振华",
    ),
    (
        "马庄桥镇西街村村民委员会",
        "防汛物资存放点位于低洼处，汛期存在被淹风险",
        "将物资搬迁至村委会二楼",
        "2024年8月31日",
        "已选定新存放点，正在搬迁",
        "王东亮",
    ),
]


def write_flood(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县马庄桥镇汛期应急物资储备专项检查问题整改台账"])
    w.writerow(
        ["填报单位：马庄桥镇人民政府（应急管理办公室）    检查时间：2024年7月9日    整改时限自检查之日起计算"]
    )
    w.writerow(["序号", "村（社区）", "存在问题", "整改要求", "整改时限", "整改情况", "包村干部"])
    for i, row in enumerate(FLOOD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查7个村（社区）", "发现问题7个", "", "", "已整改3个", ""])
    w.writerow(["填表人：马丽娜", "", "审核人：陈志刚", "", "", "填报日期：2024年7月26日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 县域流通服务网点普查发现问题整改情况的报告, after a city 供销社's 强县创建流通服务网点建设提升情况普查 (现代流通科
# 对7个乡镇52个网点普查; 延伸的赋能服务事项不够规范、全面，快递专柜放置随意、有的缺少快递专柜，个别门店服务功能
# 缺项; 商品陈列较乱、货物码垛摆放不整齐、门口卫生较差; 工作资料不全、收集整理不及时; 月底要完成改造任务的70%以上;
# 统一标识): http://sgxs.zaozhuang.gov.cn/zwgk/xdlt/202210/t20221013_1533588.html
# A .docx: title, 主送, preamble (the 普查 and its 反馈 date that 立行立改 counts from), the items as numbered
# paragraphs （一）…（七） each naming its 责任单位 (基层社; one the sending 社's own 科), deadlines and progress in
# sentences (a schedule text with two dates, 长期坚持, none), a closing paragraph, the 社 and date at the foot.
NETWORK_PARAS = [
    (
        "（一）文留镇供销社所属村级综合服务社快递专柜放置随意，部分网点缺少快递专柜。责任单位：濮阳县文留镇供销"
        "合作社。整改时限：2024年8月15日。目前已采购快递专柜6组，正在逐点安装。"
    ),
    (
        "（二）千口镇供销社部分村级社商品陈列较乱，货物码垛、摆放不整齐。责任单位：南乐县千口镇供销合作社。要求"
        "立行立改。经复查，已整改到位。"
    ),
    (
        "（三）柳格镇供销社直营门店门口及室内卫生较差，店堂杂物堆放。责任单位：清丰县柳格镇供销合作社。整改时限："
        "7月20日前。截至目前尚未整改。"
    ),
    (
        "（四）陈庄镇供销社部分网点服务功能缺项，不能满足3项以上服务功能要求。责任单位：范县陈庄镇供销合作社。"
        "整改时限：8月底前完成服务功能提升改造任务的70%，年底前全部完成。目前已完成3个网点的改造。"
    ),
    (
        "（五）侯庙镇供销社网点门头标识悬挂不规范，未使用总社统一标识。责任单位：台前县侯庙镇供销合作社。整改时限："
        "2024年7月25日。已按统一标识更换门头，经复查合格。"
    ),
    (
        "（六）强县创建工作资料不全，出台文件、推进会议、影像资料等收集整理不及时，缺项较多。责任单位：市供销合作社"
        "现代流通科牵头，各县区社配合。长期坚持，按月收集归档。"
    ),
    (
        "（七）台前县社属农资销售网点未建立农药进销货台账，农资供应服务不规范。责任单位：台前县供销合作社。整改"
        "时限：2024年8月10日。"
    ),
]


def write_network(path: Path) -> Path:
    doc = _new_document("现代流通科")
    _title(doc, "濮阳市供销合作社关于县域流通服务网点建设提升情况普查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月8日至11日，市供销社现代流通科对参加流通网络强县创建的5个乡镇41个流通服务网点开展普查，"
        "7月11日向各县区社反馈了普查发现的7个方面问题。现将问题及整改情况报告如下：",
    )
    for text in NETWORK_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，市供销社将加快网点改造进度，延伸赋能服务，确保每个门店满足3项以上服务功能，按月调度整改进展。",
    )
    _paragraph(doc, "濮阳市供销合作社", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 农资打假专项执法检查整改落实台账, after a county 农业行政综合执法队's 农资打假专项执法大检查 (在34家农资门店
# 先亮证表明身份，核实经营资质，查看经营许可证，查看进货台账和销货台账，检查票据、标签、使用保质期; 对经营不规范的
# 门店下发整改通知书，并责令限期整改): https://nync.zgqingyang.gov.cn/xwzx/content_132084
# An .xlsx: title, 填报单位 line, a note that the N日内 limits count from the day the 整改通知书 was served (the
# 检查日期), one header row with the 整改通知书文号, 整改期限 as N日内 / 立行立改 / dates, 复查日期 (an event) and
# 复查情况 with the verdict in words, a signature line.
AGRI_ROWS = [
    (
        "南乐县千口镇惠农农资经营部",
        "千口镇",
        date(2024, 7, 2),
        "进货台账与销售台账记录不全，无法追溯农药流向",
        "南农执改〔2024〕21号",
        "10日内",
        date(2024, 7, 12),
        "已建立电子台账，复查合格",
    ),
    (
        "南乐县元村镇丰源种业门市部",
        "元村镇",
        date(2024, 7, 2),
        "销售的玉米种子标签未标注品种审定编号",
        "南农执改〔2024〕22号",
        "立行立改",
        date(2024, 7, 2),
        "已当场下架相关种子",
    ),
    (
        "南乐县杨村乡绿田农资店",
        "杨村乡",
        date(2024, 7, 3),
        "农药与化肥、种子混放，未分区存放",
        "南农执改〔2024〕23号",
        "5日内",
        date(2024, 7, 9),
        "部分整改，限制使用农药专柜尚未设置",
    ),
    (
        "南乐县福堪镇金穗农资超市",
        "福堪镇",
        date(2024, 7, 5),
        "限制使用农药未实行定点经营、实名购买登记",
        "南农执改〔2024〕24号",
        "2024年7月20日",
        date(2024, 7, 22),
        "逾期未整改",
    ),
    (
        "南乐县近德固乡民丰农资门市",
        "近德固乡",
        date(2024, 7, 5),
        "未向农资购买者开具规范销售凭证",
        "南农执改〔2024〕25号",
        "7日内",
        None,
        "",
    ),
    (
        "南乐县谷金楼镇富农肥业经销部",
        "谷金楼镇",
        date(2024, 7, 9),
        "销售的复合肥未取得肥料登记证",
        "南农执改〔2024〕26号",
        "3日内",
        date(2024, 7, 12),
        "已停止销售并退回供货商，复查合格",
    ),
    (
        "南乐县张果屯镇农友农资店",
        "张果屯镇",
        date(2024, 7, 10),
        "农药经营许可证过期未延续",
        "南农执改〔2024〕27号",
        "2024年8月10日",
        date(2024, 7, 24),
        "已提交延续申请，正在审核",
    ),
    (
        "南乐县梁村乡益农服务站",
        "梁村乡",
        date(2024, 7, 11),
        "经营场所未公示农药经营许可证和禁限用农药名录",
        "南农执改〔2024〕28号",
        "立行立改",
        date(2024, 7, 11),
        "当场整改到位",
    ),
]


def write_agri(path: Path) -> Path:
    b = Book(path, author="农业综合行政执法大队")
    ws = b.sheet("整改落实台账")
    b.widths(ws, [6, 28, 10, 12, 38, 20, 14, 12, 30])
    b.line(ws, 0, "南乐县夏播农资打假专项执法检查整改落实台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县农业农村局（县农业综合行政执法大队）    填报日期：2024年7月29日",
        8,
    )
    b.line(ws, 2, "注：整改期限中“×日内”自整改通知书送达之日（即检查日期）起计算。", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "经营门店名称",
            "所在乡镇",
            "检查日期",
            "检查发现问题",
            "整改通知书文号",
            "整改期限",
            "复查日期",
            "复查情况",
        ],
    )
    for i, row in enumerate(AGRI_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(AGRI_ROWS)
    b.line(ws, end, "执法人员：魏振国、郝明    填表人：宋佳    联系电话：0393-7221836", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 供销社系统项目建设检查反馈问题整改台账, after a city 供销社's account of a 省供销联社项目检查组 visit (对供销社
# 系统2016—2020年实施的项目进行检查; 项目规划、申报、审批、招投标、资金拨付、建设、验收等环节; 对资料不完整、投资
# 不规范的社属企业要求尽快整改到位，并将整改结果报省市供销社; 资金用于主责主业):
# http://www.tianshui.gov.cn/gxls/info/1562/22982.htm
# A .doc (Word 97 via LibreOffice): title, a preamble naming the 反馈 date that 立行立改 counts from, a table with
# 项目名称, 实施单位 (县社 and 社属企业) and 项目年度 beside the problem, deadlines as dates / 9月底前 / 年底前 /
# 立行立改 / 长期坚持, results in words, a 填报 line at the foot.
PROJECT_ROWS = [
    (
        "清丰县供销社农资配送中心项目",
        "清丰县供销合作社",
        "2018",
        "项目验收资料缺少竣工结算审计报告",
        "委托审计机构开展竣工结算审计",
        "2024年8月31日",
        "已委托审计机构，正在开展结算审计",
    ),
    (
        "南乐县乡镇综合服务社改造提升项目",
        "南乐县供销合作社",
        "2019",
        "项目招投标资料不完整，缺少中标通知书",
        "补齐招投标资料并归档",
        "立行立改",
        "已补齐归档",
    ),
    (
        "濮阳县农产品冷链物流项目",
        "濮阳县供销农产品冷链物流有限公司",
        "2020",
        "项目资金未按合同约定进度拨付，超进度拨付45万元",
        "核实工程量，追回超拨资金",
        "9月底前",
        "未整改",
    ),
    (
        "范县为农服务中心项目",
        "范县供销合作社",
        "2017",
        "项目建成后长期闲置，未发挥为农服务作用",
        "引入经营主体盘活运营",
        "年底前",
        "",
    ),
    (
        "台前县再生资源回收网点项目",
        "台前县供销再生资源有限公司",
        "2019",
        "项目档案未按年度建立，资料收集整理不及时",
        "建立项目档案台账",
        "长期坚持",
        "按年度建立台账，长期坚持",
    ),
    (
        "市社庄稼医院连锁经营项目",
        "濮阳市供销农资有限公司",
        "2016",
        "部分项目资金用于非主责主业支出",
        "清理违规支出，调整账务",
        "2024年7月31日",
        "已调整账务，整改完成",
    ),
    (
        "华龙区供销社日用品配送项目",
        "华龙区供销合作社",
        "2020",
        "项目投资超概算12%，未履行调概审批程序",
        "补办调概审批手续",
        "2024年10月31日",
        "已向市供销社报送调概申请",
    ),
]


def write_project_docx(path: Path) -> Path:
    doc = _new_document("审计科")
    _title(doc, "供销社系统项目建设检查反馈问题整改台账", 18)
    _paragraph(
        doc,
        "2024年7月16日，省供销合作社联合社项目检查组向我市反馈了2016—2020年实施项目的检查意见，要求对资料"
        "不完整、投资不规范的单位尽快整改到位，并将整改结果报省、市供销社。“立行立改”事项自反馈之日起整改。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(PROJECT_ROWS, 1)]
    _table(
        doc,
        ["序号", "项目名称", "实施单位", "项目年度", "检查发现问题", "整改措施", "整改时限", "整改结果"],
        body,
    )
    _paragraph(doc, "填报单位：濮阳市供销合作社（审计科）    填报时间：2024年7月29日    填表人：冯晓东", 12)
    return _save_fixed(doc, path)


def write_project(path: Path) -> Path:
    return via_soffice(write_project_docx, path, "doc", "供销社系统项目检查整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 7. 人社局关于经济责任审计发现问题整改落实情况的报告, after a district 人力资源和社会保障局's 审计发现问题整改落实报告
# (主送区委审计委员会办公室、区审计局; 根据《审计报告》…局长任期履行经济责任情况审计; 领导十分重视，召开局党组
# 会议研究，立行立改，落实专人负责; “问题1：财务管理制度未及时修订” … “整改落实情况：财务制度在积极制订中 …”,
# “问题2：主要领导负责单位财务审批工作不合规 … 我局已于…召开党组会议，重新规范单位财务审批管理工作”):
# https://xn--3kq7mk4gt7p7ra62prs8fclk.com/art/1685257946081918.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble, each item a 问题N： heading paragraph
# and an 整改落实情况： paragraph; the bureau named in the title and signature, its 股室 as sections; deadlines in
# sentences or none, and event dates (党组会议, 追回) that are not deadlines.
AUDIT_ISSUES = [
    (
        "问题1：财务管理制度未及时修订，差旅费报销仍执行旧标准",
        "整改落实情况：财务制度正在修订中。县财政局《县直党政机关和事业单位差旅费管理办法（征求意见稿）》"
        "正式文件尚未印发，待正式文件印发后，我局同步修订完善单位财务制度，严格按新标准报销。",
    ),
    (
        "问题2：单位财务开支由主要负责人“一支笔”审批，审批工作不合规",
        "整改落实情况：我局已于2024年7月15日召开党组会议，重新规范单位财务审批管理工作，实行分级审批、"
        "集体决策（见附件1）。",
    ),
    (
        "问题3：2022年至2023年多发工作人员加班补贴2.36万元",
        "整改落实情况：办公室已逐人核实，于2024年7月19日全部追回并上缴县财政（见附件2）。",
    ),
    (
        "问题4：就业专项资金部分支出未按规定履行政府采购程序",
        "整改落实情况：财务股已起草《政府采购内部管理办法》，计划于2024年9月底前经党组会议审议后印发实施。",
    ),
    (
        "问题5：固定资产账实不符，部分办公设备未登记入账",
        "整改落实情况：已组织财务股对固定资产进行全面清查，目前已清查至2019年度，确保年底前完成账务调整。",
    ),
    (
        "问题6：公益性岗位补贴存在冒领情况，涉及2人1.44万元",
        "整改落实情况：责任股室为就业股，整改时限2024年8月31日。",
    ),
    (
        "问题7：社保经办内控制度执行不到位，待遇审核未实行双人复核",
        "整改落实情况：整改时限为长期坚持。社会保险股每季度开展一次内控检查，严格落实双人复核。",
    ),
]


def write_hr_audit_docx(path: Path) -> Path:
    doc = _new_document("财务股")
    _title(doc, "范县人力资源和社会保障局关于经济责任审计发现问题整改落实情况的报告")
    _paragraph(doc, "县委审计委员会办公室、县审计局：")
    _paragraph(
        doc,
        "根据县委审计委员会办公室、县审计局《审计报告》（范审经责报〔2024〕6号），被审计单位：范县人力资源和"
        "社会保障局，审计项目：局主要负责同志任期履行经济责任情况审计。我局对审计发现的问题高度重视，专门召开局"
        "党组会议研究，对能立即整改的立行立改，落实专人负责。现将审计发现问题整改落实情况报告如下：",
    )
    for problem, progress in AUDIT_ISSUES:
        _paragraph(doc, problem, bold=True, font="黑体")
        _paragraph(doc, progress)
    _paragraph(doc, "附件：1.局党组会议纪要    2.资金追回缴款凭证")
    _paragraph(doc, "范县人力资源和社会保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hr_audit(path: Path) -> Path:
    return via_soffice(write_hr_audit_docx, path, "doc", "范县人社局经济责任审计整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 稳岗就业民生保障政策落实情况专项审计调查问题整改清单, after a city 审计局's 稳岗就业民生保障相关政策落实情况专项
# 审计调查结果 (缓缴社会保险费, 缓缴住房公积金, 稳就业补贴、一次性吸纳就业补贴, 一次性生活补贴; 住房公积金贷款不作
# 逾期处理后多收取的罚息未及时退还; 联动校验机制不健全，15人在缴纳社会保险费同期违规获得失业保险金 …):
# https://sjj.sh.gov.cn/n414/20231229/894b2017e7434e8daf9c5b8933ad386e.html
# An .xlsx: title, 填报单位 / 整改通知下达日期 (the base of 立行立改) / 金额单位 line, one header row with 问题类别,
# 涉及金额, 整改类型 (立行立改 / 分阶段整改 / 持续整改) and 已整改金额; units under short and former names
# (市劳动保障局, 市公积金中心, 市医保局) and two county bureaus; a 合计 row summing the money; a signature line.
JOBS_ROWS = [
    (
        "经办流程",
        "住房公积金贷款不作逾期处理后多收取的罚息未及时退还借款人",
        0.22,
        "市公积金中心",
        "立行立改",
        "立行立改",
        "已全部退还借款人",
        0.22,
    ),
    (
        "联动校验",
        "15人在缴纳社会保险费同期违规领取失业保险金",
        6.29,
        "市劳动保障局",
        "分阶段整改",
        "2024年9月30日",
        "已追回4人1.68万元，其余正在追缴",
        1.68,
    ),
    (
        "政策兑现",
        "一次性吸纳就业补贴向不符合条件的3家企业发放",
        12.50,
        "华龙区人力资源和社会保障局",
        "分阶段整改",
        "8月底前",
        "未整改",
        0,
    ),
    (
        "政策兑现",
        "困难行业企业稳就业补贴审核发放超过规定时限",
        "",
        "市人社局",
        "持续整改",
        "长期坚持",
        "已建立审核时限预警机制，长期坚持",
        "",
    ),
    (
        "民生保障",
        "一次性生活补贴向已死亡人员发放",
        3.40,
        "市民政局",
        "立行立改",
        "立行立改",
        "",
        "",
    ),
    (
        "数据共享",
        "失业人员信息与医保参保信息未共享比对，存在重复享受待遇",
        2.10,
        "市医保局",
        "分阶段整改",
        "2024年10月31日",
        "已完成数据比对，正在核查疑点数据",
        "",
    ),
    (
        "资金管理",
        "就业补助资金结余未及时清理，沉淀资金未统筹使用",
        230.00,
        "市财政局",
        "分阶段整改",
        "年底前",
        "已收回结转资金150万元统筹使用，剩余部分正在清理",
        150.00,
    ),
    (
        "政策宣传",
        "缓缴社会保险费政策未在经办大厅公开，企业知晓率低",
        "",
        "范县人力资源和社会保障局",
        "立行立改",
        "2024年7月10日",
        "已在经办大厅和网站公开，整改完成",
        "",
    ),
]


def write_jobs(path: Path) -> Path:
    b = Book(path, author="社会保障审计科")
    ws = b.sheet("整改清单")
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.widths(ws, [6, 10, 40, 10, 26, 12, 14, 32, 12])
    b.line(ws, 0, "稳岗就业民生保障相关政策落实情况专项审计调查发现问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市审计局（社会保障审计科）    整改通知下达日期：2024年6月28日    金额单位：万元",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "审计调查发现问题",
            "涉及金额",
            "整改责任单位",
            "整改类型",
            "整改期限",
            "整改情况",
            "已整改金额",
        ],
    )
    for i, row in enumerate(JOBS_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c in (3, 8) and v != "" else None)
    end = 3 + len(JOBS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "共8个问题，已整改2个", b.cell)
    b.put(ws, end, 3, round(sum(r[2] for r in JOBS_ROWS if r[2] != ""), 2), money)
    for c in range(4, 8):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 8, round(sum(r[7] for r in JOBS_ROWS if r[7] != ""), 2), money)
    b.line(ws, end + 1, "说明：“立行立改”事项自整改通知下达之日起即行整改到位。", 8)
    b.line(ws, end + 2, "审核人：高建民    填表人：刘雅琴    联系电话：0393-4416205", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 交通建设领域欠薪风险隐患排查清单, after a speech outline on 交通建设领域根治欠薪 (按照“建设单位自查、区县主管部门
# 逐一检查、市级主管部门全面排查”的要求，对在建工程农民工工资支付情况开展排摸，建立欠薪风险隐患清单; 实名制管理、
# 工资足额支付、保证金制度等“六项制度”落实情况; 政府投资项目资金支付安排; 违法发包、转包、违法分包、挂靠; 对排查
# 出的问题全部登记在册): https://laobiganzi.top/334253.html
# An .xlsx: title, 填报单位 / 排查截至 line, a two-row header (化解情况 over 是否化解 | 进展说明), rows grouped under
# 市本级 / county rows merged across, 建设单位 and 施工总承包单位 beside an explicit 整改责任单位, deadlines as dates /
# 第三季度 / 年底前 / 6月底前, 是 / 否 verdicts with or without a sentence, a 说明 and a signature line.
WAGE_GROUPS = [
    (
        "一、市本级",
        [
            (
                "国道106濮阳段改建工程",
                "市公路事业发展中心",
                "河南濮交路桥工程有限公司",
                "实名制管理",
                "分包单位12名农民工未录入实名制管理平台，考勤记录缺失",
                "市级排查",
                "河南濮交路桥工程有限公司",
                "补录实名制信息，规范考勤",
                "2024年7月15日",
                "是",
                "已全部补录",
            ),
            (
                "濮阳市绕城公路东段养护工程",
                "市公路事业发展中心",
                "濮阳市通达公路养护有限公司",
                "工程款支付",
                "政府投资项目进度款拨付滞后，拖欠工程进度款860万元",
                "建设单位自查",
                "市公路事业发展中心",
                "协调财政筹措资金，分批拨付",
                "年底前",
                "否",
                "已拨付300万元，剩余资金正在协调",
            ),
        ],
    ),
    (
        "二、濮阳县",
        [
            (
                "S212线庆祖至梨园段改建工程",
                "濮阳县交通运输局",
                "河南中豫建设集团有限公司",
                "工资专用账户",
                "未按规定开设农民工工资专用账户，工资由劳务班组长代发",
                "区县检查",
                "河南中豫建设集团有限公司",
                "开设专用账户，实行银行代发",
                "第三季度",
                "否",
                "",
            ),
            (
                "农村公路提档升级工程（三标段）",
                "濮阳县交通运输局",
                "濮阳县兴路建筑工程有限公司",
                "违法分包",
                "总承包单位将路基工程违法分包给不具备资质的个人",
                "区县检查",
                "濮阳县交通运输局",
                "依法查处，清退违法分包人员",
                "2024年8月31日",
                "否",
                "已下达责令整改通知书，正在立案调查",
            ),
        ],
    ),
    (
        "三、清丰县",
        [
            (
                "农村公路安全生命防护工程",
                "清丰县交通运输局",
                "河南安通交通设施有限公司",
                "工资保证金",
                "未按规定存储农民工工资保证金",
                "区县检查",
                "河南安通交通设施有限公司",
                "按规定比例存储保证金",
                "2024年7月20日",
                "是",
                "已存储保证金32万元",
            ),
        ],
    ),
    (
        "四、范县",
        [
            (
                "黄河滩区迁建道路工程",
                "范县交通运输局",
                "濮阳市金堤路桥有限公司",
                "维权信息公示",
                "施工现场未设置维权信息告示牌",
                "建设单位自查",
                "濮阳市金堤路桥有限公司",
                "设置维权信息告示牌",
                "2024年7月10日",
                "",
                "",
            ),
        ],
    ),
    (
        "五、台前县",
        [
            (
                "G240线台前段改建工程",
                "台前县交通运输局",
                "河南黄河路桥建设有限公司",
                "工资支付",
                "总承包单位未按月足额支付农民工工资，5月份工资推迟发放",
                "市级排查",
                "河南黄河路桥建设有限公司",
                "补发工资，按月足额支付",
                "2024年6月底前",
                "是",
                "已补发5月份工资",
            ),
        ],
    ),
]

WAGE_HEAD = [
    "序号",
    "项目名称",
    "建设单位",
    "施工总承包单位",
    "隐患类型",
    "风险隐患描述",
    "排查方式",
    "整改责任单位",
    "化解措施",
    "化解时限",
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="建设管理科")
    ws = b.sheet("欠薪风险隐患清单")
    b.widths(ws, [6, 24, 18, 24, 12, 36, 12, 24, 22, 14, 8, 28])
    b.line(ws, 0, "濮阳市交通建设领域欠薪风险隐患排查清单", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（建设管理科）    排查截至：2024年7月26日", 11)
    for col, word in enumerate(WAGE_HEAD):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "化解情况", b.head)
    b.header(ws, 3, ["是否化解", "进展说明"], first=10)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in WAGE_GROUPS:
        b.merge(ws, r, 0, r, 11, f"{title}（{len(rows)}项）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：排查方式分建设单位自查、区县检查、市级排查；“是否化解”填“是”或“否”，未化解的在进展说明中写明"
        "当前进展。",
        11,
    )
    b.line(ws, r + 1, "填表人：袁晓峰    审核人：黄志勇    联系电话：0393-8188235", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 人社投诉举报问题交办销号台账 (two returns in one zip), after a page describing how a 人社局 handles complaints
# (12345热线、12333热线、营商环境投诉举报信箱、局长信箱; “接件即办”制度，形成交办、整改、销号、提升、反馈的全闭环
# 跟踪监督; 限时办结制: 不能即时答复的，各股室（单位）在规定时间内将办理结果答复投诉人; 周调度、月通报并抽查回访):
# https://www.fudaoke.com/exam/435040.html
# A .zip holding a .docx table from the city bureau (交办日期, 投诉渠道, 承办科室, N个工作日 limits from the 交办日期,
# a 是否销号 column) and an .xlsx from a county bureau (受理日期, 投诉人, 承办股室, limits in 工作日 and 日, 是否办结
# 是/否); both name only their own sections, so every item belongs to the sending bureau.
CITY_COMPLAINTS = [
    (
        "2024-07-02",
        "12345热线",
        "企业反映失业保险稳岗返还资金申领后一个月未到账",
        "就业促进和失业保险科",
        "5个工作日",
        "已核实资金到账并电话回复企业",
        "已销号",
    ),
    (
        "2024-07-08",
        "局长信箱",
        "灵活就业人员养老保险缴费档次调整无法网上办理",
        "养老保险科",
        "10个工作日",
        "已协调信息中心开发网办功能，正在测试",
        "未销号",
    ),
    (
        "2024-07-15",
        "营商环境投诉举报信箱",
        "人力资源服务许可审批要求提供与办理事项无关的场地租赁备案证明",
        "人力资源流动管理科",
        "5个工作日",
        "已取消该项材料要求，并在办事指南中删除",
        "已销号",
    ),
    (
        "2024-07-24",
        "12333热线",
        "工伤认定申请受理后超过法定时限未作出认定决定",
        "工伤保险科",
        "5个工作日",
        "",
        "",
    ),
]
COUNTY_COMPLAINTS = [
    (
        date(2024, 7, 3),
        "张某某",
        "社保卡补换卡窗口只收现金，不能扫码缴费",
        "社会保险股",
        "3个工作日",
        "已开通扫码缴费",
        "是",
    ),
    (
        date(2024, 7, 10),
        "李某某",
        "创业担保贷款申请材料提交后长时间无人联系",
        "就业股",
        "10个工作日",
        "已联系申请人补充反担保材料，正在审核",
        "否",
    ),
    (
        date(2024, 7, 16),
        "王某某",
        "县城某建筑工地拖欠12名农民工工资",
        "劳动保障监察股",
        "15日",
        "已责令施工总承包单位支付，工资已全部发放到位",
        "是",
    ),
    (
        date(2024, 7, 25),
        "赵某某",
        "就业见习补贴发放标准未在政务公开栏公示",
        "就业股",
        "5个工作日",
        "",
        "否",
    ),
]


def write_city_complaints(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市人社局营商环境投诉举报问题交办销号台账", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市人力资源和社会保障局（办公室）    统计时段：2024年7月1日至7月29日    "
        "办理时限自交办之日起计算",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CITY_COMPLAINTS, 1)]
    _table(
        doc,
        ["序号", "交办日期", "投诉渠道", "投诉内容", "承办科室", "办理时限", "办理情况", "是否销号"],
        body,
    )
    _paragraph(doc, "注：办理情况经局机关纪委抽查回访后销号。    填表人：韩蕾    联系电话：0393-4412333", 12)
    return _save_fixed(doc, path)


def write_county_complaints(path: Path) -> Path:
    b = Book(path, author="清丰县人社局办公室")
    ws = b.sheet("限时办结登记表")
    b.widths(ws, [6, 12, 10, 40, 16, 12, 36, 10])
    b.line(ws, 0, "清丰县人力资源和社会保障局群众投诉限时办结登记表", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县人力资源和社会保障局    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "受理日期", "投诉人", "投诉事项", "承办股室（单位）", "承诺时限", "办理结果", "是否办结"],
    )
    for i, row in enumerate(COUNTY_COMPLAINTS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(COUNTY_COMPLAINTS)
    b.line(ws, end, "说明：承诺时限自受理之日起计算，工作日按国家法定工作日计。", 7)
    b.line(ws, end + 1, "分管领导：杨建军    填表人：牛丽    联系电话：0393-7222695", 7)
    return b.close()


def write_complaints_zip(path: Path) -> Path:
    members = [
        ("市人社局营商环境投诉举报问题交办销号台账.docx", write_city_complaints),
        ("清丰县人社局群众投诉限时办结登记表.xlsx", write_county_complaints),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县粮食流通监督检查发现问题整改台账.xls", write_grain),
    ("应急物资储备库安全隐患排查整改台账.et", write_depot),
    ("马庄桥镇汛期应急物资储备检查问题整改台账.csv", write_flood),
    ("市供销合作社县域流通服务网点普查发现问题整改情况的报告.docx", write_network),
    ("南乐县夏播农资打假专项执法检查整改落实台账.xlsx", write_agri),
    ("供销社系统项目建设检查反馈问题整改台账.doc", write_project),
    ("范县人力资源和社会保障局关于经济责任审计发现问题整改落实情况的报告.wps", write_hr_audit),
    ("稳岗就业民生保障政策落实情况专项审计调查问题整改清单.xlsx", write_jobs),
    ("交通建设领域欠薪风险隐患排查清单（2024年7月）.xlsx", write_wage),
    ("人社投诉举报问题交办销号台账（市局、清丰县）.zip", write_complaints_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

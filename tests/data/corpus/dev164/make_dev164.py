"""Write the dev164 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 应急管理与防汛 (防汛备汛督导、风险隐患建档立卡、应急物资储备), 生态环境执法 (施工扬尘、大气污染防治
工作要点、秸秆禁烧、园区企业环保排查) and 住建领域安全 (经营性自建房、餐饮场所瓶装液化气).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in UTF-8 with a byte-order mark, a .docx whose items are numbered paragraphs, and a .zip
of two returns (an .xlsx and a .docx, member names in GBK as a Chinese Windows archiver writes them).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside292.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Chinese Windows archivers write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 - the zipfile hook's own name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 防汛备汛督导检查发现问题交办整改台账, after a city 防办's account of four 督查组 (城管、水利、自然资源规划、应急、
# 发改、交通、文旅、住建、农业农村 …) sent to the counties: 重点督导基层防汛抗旱应急能力标准化建设、防汛责任落实、风险
# 隐患排查整治、预警响应联动、应急要素支撑、人民防线基础等方面; 对督查中发现的问题，现场反馈、及时交办、限期整改:
# https://tyjr.xuancheng.gov.cn/OpennessContent/show/3277824.html
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (整改落实情况 over 进展情况 and 销号情况), the six 督导内容
# merged down the rows they hold, a 交办日期 per row that the 个工作日内 / 日内 / 立行立改 deadlines count from, a 注 line
# and a signature line.
FLOOD_GROUPS = [
    (
        "基层防汛抗旱应急能力标准化建设",
        [
            (
                "濮阳县",
                "渠村乡、郎中乡乡级防汛物资仓库未挂牌，物资无出入库登记",
                "濮阳县人民政府",
                date(2024, 6, 13),
                "15个工作日内",
                "已完成挂牌，建立出入库登记簿",
                "已销号",
            ),
        ],
    ),
    (
        "防汛责任落实",
        [
            (
                "台前县",
                "黄河滩区部分行政村防汛责任人调整后未及时更新公示牌",
                "台前县人民政府",
                date(2024, 6, 12),
                "立行立改",
                "已全部更新",
                "已销号",
            ),
            (
                "市直",
                "城区下穿通道、涵洞防汛责任人未明确到具体人员",
                "市城管局",
                date(2024, 6, 12),
                "7日内",
                "已明确责任人，责任牌正在制作",
                "",
            ),
        ],
    ),
    (
        "风险隐患排查整治",
        [
            (
                "范县",
                "金堤河左岸陈庄段堤顶道路雨毁未修复，影响防汛抢险通行",
                "市水利局",
                date(2024, 6, 13),
                "2024年7月31日前",
                "已完成招标，正在施工",
                "",
            ),
            (
                "清丰县",
                "马颊河清丰段河道内堆放秸秆、建筑垃圾，阻碍行洪",
                "清丰县人民政府",
                date(2024, 6, 14),
                "10个工作日内",
                "清理完毕，经复查合格",
                "已销号",
            ),
        ],
    ),
    (
        "预警响应联动",
        [
            (
                "南乐县",
                "县防办与气象、水利部门预警信息共享未形成闭环反馈",
                "南乐县人民政府",
                date(2024, 6, 14),
                "6月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "应急要素支撑",
        [
            (
                "市直",
                "市级防汛物资储备库冲锋舟、发电机组未按规定定期试机保养",
                "市应急局",
                date(2024, 6, 12),
                "6月20日前",
                "未整改",
                "",
            ),
            (
                "华龙区",
                "城区易涝点移动泵车数量不足，2座排涝泵站无备用电源",
                "市住建局",
                date(2024, 6, 13),
                "7月15日前",
                "已调配移动泵车4台，备用电源正在采购",
                "",
            ),
        ],
    ),
    (
        "人民防线基础",
        [
            (
                "台前县",
                "滩区村庄避险转移路线图未张贴入户，群众知晓率低",
                "台前县人民政府",
                date(2024, 6, 12),
                "立行立改",
                "已张贴入户",
                "已销号",
            ),
            (
                "市直",
                "部分A级景区涉水游乐项目未制定汛期闭园和游客转移预案",
                "市文广旅局",
                date(2024, 6, 13),
                "长期坚持",
                "汛期每日巡查，常态化推进",
                "",
            ),
        ],
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="市防办")
    ws = b.sheet("交办整改台账")
    b.widths(ws, [6, 16, 9, 42, 16, 12, 14, 30, 10])
    last = 8
    b.line(ws, 0, "2024年防汛备汛督导检查发现问题交办整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市防汛抗旱指挥部办公室    统计截至：2024年7月30日",
        last,
    )
    for c, word in enumerate(
        ["序号", "督导内容", "县（区）", "发现问题", "责任单位", "交办日期", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "销号情况"], first=7)
    r, n = 4, 0
    for aspect, rows in FLOOD_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, aspect, b.center)
        for county, problem, unit, handed, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, county, b.center)
            b.row(ws, r, [problem, unit, handed, limit, progress, closed], first=3)
            r += 1
    b.line(ws, r, "注：整改时限自交办之日起计算；销号情况由市防办组织复核后填写。", last)
    b.line(ws, r + 1, "审核人：崔建林    填报人：范晓雯    联系电话：0393-8997231", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 防汛风险隐患排查整改建档立卡台账, after a province 防办's 关于做好防汛风险隐患排查整改的通知 (重点排查河道堤防
# 不达标、雨季城市内涝、降雨引发农作物受灾和重点设施设备安全隐患等四类问题，分门别类、评估风险、建档立卡; 能立查立改
# 的限时整改到位，短期不能整改到位的制定应急预案、落实度汛措施):
# http://javascriptjump.com/?N28Ht=E.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with the four 隐患类别, 风险等级, the 排查日期 the 立查立改 rows
# count from, 整改方式, and 是否整改到位 over 是 / 否 ticks, a 度汛措施及备注 column, a 说明 line and a signature line.
RISK_ROWS = [
    (
        "河道堤防不达标",
        "金堤河范县段杨集乡境内堤身发现獾狐洞穴3处",
        "较大",
        "2024.5.20",
        "杨集乡人民政府",
        "立查立改",
        "立查立改",
        "√",
        "",
        "",
    ),
    (
        "河道堤防不达标",
        "张庄乡黄河滩区生产堤局部段顶高程不足",
        "重大",
        "2024.5.21",
        "范县黄河河务局",
        "限期整改",
        "2024年10月底前",
        "",
        "√",
        "已制定应急抢护预案，汛期落实专人巡堤查险",
    ),
    (
        "雨季城市内涝",
        "县城板桥路与新区路交叉口下穿段积水严重",
        "较大",
        "2024.5.22",
        "范县住房和城乡建设局",
        "限期整改",
        "6月底前",
        "√",
        "",
        "",
    ),
    (
        "雨季城市内涝",
        "老城区雨污合流管网排水能力不足，逢强降雨路面积水",
        "一般",
        "2024.5.22",
        "范县城市管理局",
        "分年度实施管网改造",
        "2023-2025年",
        "",
        "√",
        "",
    ),
    (
        "降雨引发农作物受灾",
        "陈庄镇低洼易涝农田排水沟渠淤塞约4.2公里",
        "一般",
        "2024.5.23",
        "陈庄镇人民政府",
        "限期整改",
        "2024年6月15日",
        "√",
        "",
        "",
    ),
    (
        "降雨引发农作物受灾",
        "辛庄镇部分机井房、农用配电设施位于低洼处，易被淹泡",
        "一般",
        "2024.5.23",
        "国网范县供电公司",
        "限期整改",
        "7月20日前",
        "",
        "",
        "",
    ),
    (
        "重点设施设备安全隐患",
        "县防汛物资仓库屋顶漏雨，部分编织袋受潮",
        "一般",
        "2024.5.24",
        "范县应急管理局",
        "立查立改",
        "立查立改",
        "√",
        "",
        "",
    ),
    (
        "重点设施设备安全隐患",
        "龙王庄镇彭楼排涝站1号机组电机绝缘老化",
        "较大",
        "2024.5.24",
        "范县水利局",
        "限期整改",
        "第三季度",
        "",
        "√",
        "电机已返厂维修，汛期调用移动泵车备用",
    ),
]


def write_risk(path: Path) -> Path:
    head, plain, cell = _xf(bold=True, center=True), _xf(border=False), _xf()
    mid = _xf(center=True)
    title = _xf(bold=True, border=False, center=True, size=16)
    words = ["序号", "隐患类别", "隐患名称及位置", "风险等级", "排查日期", "责任单位", "整改方式", "整改时限"]
    cells: list[tuple] = [
        (0, 0, "范县防汛风险隐患排查整改建档立卡台账", title, 0, 10),
        (1, 0, "填报单位（盖章）：范县防汛抗旱指挥部办公室    填报日期：2024年7月29日", plain, 1, 10),
    ]
    for c, word in enumerate(words):
        cells.append((2, c, word, head, 3, c))
    cells += [
        (2, 8, "是否整改到位", head, 2, 9),
        (3, 8, "是", head),
        (3, 9, "否", head),
        (2, 10, "度汛措施及备注", head, 3, 10),
    ]
    for i, row in enumerate(RISK_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, mid))
        for c, v in enumerate(row, 1):
            cells.append((r, c, v, mid if c in (3, 4, 8, 9) else cell))
    r = 4 + len(RISK_ROWS)
    cells += [
        (
            r,
            0,
            "说明：立查立改事项自排查之日起整改到位；短期不能整改到位的，须制定应急预案、落实度汛措施，并在备注栏注明。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "审核人：孔祥军    填报人：司慧敏    联系电话：0393-5226013", plain, r + 1, 10),
    ]
    return _write_xls(path, [("建档立卡台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 乡镇应急物资储备督查“点球”问题整改情况, after a county 应急管理局's 乡镇应急物资储备督查 (发现的问题采取“点球”
# 的方式及时给各乡镇指出，要求对照现场反馈的问题逐一整改; 采取回头看的形式再次督查，对整改不彻底或敷衍的通报批评;
# 按账实相符的原则逐一排查; 完善使用台账，加强领用管理，领用后及时补充):
# http://m.fqjz1.com/gongkai/show/20200116160154-27820-00-000.html
# A .docx: title, 主送, preamble with the 督查 dates, one numbered paragraph per 乡镇 (问题, 整改要求 and 时限, progress in
# sentences; a 立行立改 counted from that paragraph's 督查 date), a closing paragraph, the bureau and date at the foot.
STOCK_PARAS = [
    (
        "（一）马庄桥镇人民政府。应急物资库存与台账不符，台账登记救生衣120件、实存86件。整改要求：按账实相符原则"
        "补足并重新盘点，6月30日前完成。目前已补足救生衣34件，重新盘点后账实相符，整改完成。"
    ),
    (
        "（二）瓦屋头镇人民政府。6月19日督查发现，物资领用后未及时补充，2台发电机借出后无归还登记。整改要求："
        "立行立改。目前发电机已归还入库，物资领用登记制度正在修订。"
    ),
    (
        "（三）仙庄镇人民政府。应急物资仓库与农资仓库混用，防汛沙袋与化肥混放。整改时限：7月10日前。"
        "截至目前尚未落实。"
    ),
    (
        "（四）柳格镇人民政府。6月20日督查发现，储备的应急照明灯、强光手电电池失效未更换。整改要求：5日内全部更换。"
        "已于6月22日全部更换到位。"
    ),
    ("（五）六塔乡人民政府。未建立应急物资使用台账，物资领用无审批记录。整改时限：7月底前。"),
    (
        "（六）清丰县城关镇人民政府。储备的方便面、饮用水等生活类物资临近保质期未轮换。整改措施：建立到期轮换"
        "机制，长期坚持。已与县粮食储备库签订轮换协议，按季度轮换，常态化推进。"
    ),
    (
        "（七）韩村镇人民政府。应急物资储备点无专人管理，仓库钥匙由村干部保管。整改时限：2024年7月15日。"
        "已明确镇应急办专人管理，管理制度已上墙，经回头看复查合格。"
    ),
]


def write_stock(path: Path) -> Path:
    doc = _new_document("救灾和物资保障股")
    _title(doc, "清丰县应急管理局关于乡镇应急物资储备督查“点球”问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年6月18日至21日，我局牵头对全县17个乡镇（街道）应急物资储备情况进行督查，采取“点球”方式现场"
        "指出问题7个，要求各乡镇对照问题逐一整改。现将整改情况报告如下：",
    )
    for text in STOCK_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将采取“回头看”形式再次督查，对整改不彻底或敷衍的乡镇进行通报批评，确保各类应急物资质量高、"
        "储量足。",
    )
    _paragraph(doc, "清丰县应急管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 建筑工地扬尘治理整改督促记录, after a district 建管中心's running account of its daily 督促 on one project (“持续对
# 坚强电网及电力管沟工程现场及周边环境扬尘治理工作整改情况进行督促。检查存在问题：部分黄土裸露未覆盖；施工区域内有
# 白色污染物 …… 今日整改进度：裸露黄土全部覆盖到位，白色漂浮物已清理”):
# https://meipian.cn/4qm5w0gp
# A CSV in UTF-8 with a byte-order mark: a title line, a line naming the 督促单位 and that the time limits count from the
# 督促日期, one header line with 施工单位, 检查存在问题, 今日整改进度 and 复查结果, a 记录人 line.
DUST_ROWS = [
    (
        "2024-07-02",
        "华龙区胜利路（濮上路—京开大道）雨污分流改造工程",
        "濮阳市市政工程有限公司",
        "部分黄土裸露未覆盖，施工区域内有白色污染物",
        "裸土全覆盖，清理白色垃圾",
        "立行立改",
        "裸露黄土全部覆盖到位，白色漂浮物已清理",
        "复查合格",
    ),
    (
        "2024-07-03",
        "濮阳市第三人民医院门急诊综合楼项目",
        "河南省第二建设集团有限公司",
        "车辆出场未冲洗，出入口路面带泥",
        "完善冲洗设施，专人冲洗",
        "3日内",
        "已安排专人冲洗，洗车台沉淀池正在清掏",
        "",
    ),
    (
        "2024-07-05",
        "龙湖锦苑二期住宅项目",
        "濮阳建工集团有限公司",
        "土方作业未开启雾炮，现场扬尘明显",
        "土方作业同步开启雾炮喷淋",
        "立行立改",
        "今日未见整改",
        "",
    ),
    (
        "2024-07-09",
        "人民路街道老旧小区改造项目",
        "河南恒基路桥建设有限公司",
        "拆除的建筑垃圾堆放未覆盖、未及时清运",
        "及时清运，未清运部分全覆盖",
        "5日内",
        "已清运建筑垃圾约60方，剩余部分正在清运",
        "",
    ),
    (
        "2024-07-11",
        "华龙区长庆路小学改扩建项目",
        "濮阳市宏达建筑工程有限公司",
        "南侧围挡破损约30米未修复",
        "修复围挡",
        "7月15日前",
        "",
        "",
    ),
    (
        "2024-07-16",
        "市体育中心配套道路工程",
        "河南濮发建设工程有限公司",
        "非道路移动机械冒黑烟，未张贴环保登记号码",
        "清退冒黑烟机械，张贴登记号码",
        "3日内",
        "冒黑烟挖掘机已清退出场，登记号码已张贴",
        "复查合格",
    ),
    (
        "2024-07-22",
        "孟轲乡中心小学教学楼项目",
        "濮阳市华龙建筑安装有限公司",
        "扬尘在线监测设备离线超过48小时",
        "恢复在线监测并联网",
        "立行立改",
        "设备已维修，已恢复联网上传",
        "",
    ),
    (
        "2024-07-25",
        "胜利路街道供热管网改造工程",
        "濮阳市热力有限公司",
        "道路开挖段未洒水降尘",
        "每日洒水不少于4次",
        "长期坚持",
        "已安排洒水车每日作业，常态化推进",
        "",
    ),
]


def write_dust(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区建设工程管理中心建筑工地扬尘治理整改督促记录（2024年7月）"])
    w.writerow(["督促单位：华龙区建设工程管理中心    整改时限自督促之日起计算"])
    w.writerow(
        [
            "序号",
            "督促日期",
            "项目名称",
            "施工单位",
            "检查存在问题",
            "整改要求",
            "整改时限",
            "今日整改进度",
            "复查结果",
        ]
    )
    for i, row in enumerate(DUST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["记录人：杨宇航    审核：常立新    2024年7月29日"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 建筑工地扬尘治理检查情况日报汇总, after a district 建住局's 建筑工地扬尘治理专项检查 (各部门及街办检查所管辖工地，
# 发现问题立即要求整改; 实行检查情况日报制，每天检查情况、存在问题及处理结果汇总整理后报区治污减霾办公室和区政府
# 督查室; 整改不到位的工地将相关管理部门及街办报送区级领导; 下发四部门联合整改通知书要求停工整改):
# http://m.news.wmxa.cn/n/201403/90109.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 报送 line, a two-row header
# (处理结果 over 处理方式 and 整改期限), the 监管责任单位 (部门 or 乡镇) that answers for each site, a 复查情况 column,
# a 合计 row counting the week and a signature line.
SITE_ROWS = [
    (
        "7月22日",
        "濮阳县第一高级中学新校区建设项目",
        "濮阳县住房和城乡建设局",
        "主体施工外架密目网破损，楼层建筑垃圾高空抛撒",
        "下发整改通知书",
        "3日内",
        "已更换密目网，设置垃圾垂直运输通道，整改到位",
    ),
    (
        "7月22日",
        "S209濮阳县段改建工程",
        "濮阳县交通运输局",
        "路基填筑段未洒水，土方运输车辆未密闭",
        "下发四部门联合整改通知书，停工整改",
        "7月26日前",
        "已恢复洒水，运输车辆正在加装密闭篷布",
    ),
    (
        "7月23日",
        "城关镇东关安置房项目",
        "濮阳县城关镇人民政府",
        "场内道路未硬化，裸土未覆盖",
        "责令限期整改",
        "7月31日前",
        "",
    ),
    (
        "7月23日",
        "金堤河濮阳县段治理工程",
        "濮阳县水利局",
        "堤顶临时道路扬尘大，无洒水降尘措施",
        "现场责令整改",
        "立行立改",
        "已配备洒水车2台，整改到位",
    ),
    (
        "7月24日",
        "产业集聚区标准化厂房三期项目",
        "濮阳县产业集聚区管理委员会",
        "出入口未安装车辆冲洗设施",
        "下发整改通知书",
        "5日内",
        "未整改",
    ),
    (
        "7月25日",
        "子岸镇卫生院综合楼项目",
        "濮阳县子岸镇人民政府",
        "砂石料露天堆放未苫盖",
        "现场责令整改",
        "立行立改",
        "已苫盖",
    ),
    (
        "7月26日",
        "县城文化路“白改黑”工程",
        "濮阳县城市管理局",
        "路面铣刨作业未采取湿法作业",
        "下发整改通知书",
        "2日内",
        "正在落实湿法作业",
    ),
]


def write_site_book(path: Path) -> Path:
    b = Book(path, author="建管股")
    ws = b.sheet("日报汇总")
    b.widths(ws, [6, 10, 28, 22, 36, 22, 12, 32])
    last = 7
    b.line(ws, 0, "濮阳县建筑工地扬尘治理检查情况日报汇总表（7月22日—7月26日）", last, b.title)
    b.line(
        ws,
        1,
        "报送：县大气污染防治攻坚办公室、县政府督查室    汇总单位：濮阳县建筑工地扬尘治理工作领导小组办公室",
        last,
    )
    for c, word in enumerate(["序号", "检查日期", "工地名称", "监管责任单位", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "处理结果", b.head)
    b.header(ws, 3, ["处理方式", "整改期限"], first=5)
    b.merge(ws, 2, 7, 3, 7, "复查情况", b.head)
    for i, row in enumerate(SITE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SITE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 7, "检查工地7个，下发整改通知书4份、四部门联合整改通知书1份，停工整改1个", b.cell
    )
    b.line(ws, end + 1, "注：整改期限自检查之日起计算。", last)
    b.line(ws, end + 2, "填报人：贾文博    审核人：刘振国    联系电话：0393-3218870", last)
    return b.close()


def write_site(path: Path) -> Path:
    return via_soffice(write_site_book, path, "xls", "扬尘治理检查情况日报汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 打赢蓝天保卫战工作要点落实情况, after a city's 打赢蓝天保卫战工作要点 (重点工作分条列出，每条任务后以六角括号注明
# 〔市经信局、市发改委、市行政审批局负责，市自然资源和规划局、市生态环境局等参与〕; 年度目标、时间节点写在任务里):
# http://www.dgxuda.com/news/detail/129737.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, the tasks as numbered paragraphs under 一、二、… heads, each
# with its 〔… 负责，… 参与〕 bracket (the 负责 unit answers; the 参与 units do not) and a 进展 sentence, the office and date
# at the foot.
AIR_SECTIONS = [
    (
        "一、深化工业污染治理",
        [
            "1.推进重点行业绩效分级提升。9月底前完成3家化工企业B级绩效提升改造。〔市生态环境局负责，市工信局"
            "参与〕进展情况：2家已完成改造并通过评估，1家正在施工。",
            "2.淘汰燃煤小锅炉。6月底前完成县城建成区剩余7台35蒸吨/小时以下燃煤锅炉淘汰。〔市市场监管局负责，"
            "市生态环境局参与〕进展情况：7台锅炉已全部拆除，整改完成。",
            "3.开展加油站油气回收治理。年底前全市加油站全部安装油气回收在线监控。〔市商务局负责，市生态环境局"
            "参与〕进展情况：已完成38座，剩余12座正在安装。",
        ],
    ),
    (
        "二、强化面源污染管控",
        [
            "4.强化施工扬尘管控。全市在建工地严格落实“六个百分百”，建立扬尘治理长效机制，长期坚持。〔市住建局"
            "负责，市城管局、市交通局、市水利局参与〕进展情况：每月开展专项检查，常态化推进。",
            "5.加强道路扬尘治理。城区主次干道机械化清扫率年底前达到95%以上。〔市城管局负责〕进展情况：目前机械化"
            "清扫率达到91%，新购洗扫车6台正在招标。",
            "6.加强秸秆禁烧管控。6月20日前完成小麦秸秆离田和还田，夏收期间卫星遥感火点“零目标”。〔市农业局负责，"
            "市生态环境局参与〕进展情况：已全部完成，全市未发现卫星遥感火点。",
            "7.加强餐饮油烟治理。8月底前城区餐饮服务单位油烟净化设施安装率达到100%。〔市城管执法局负责，"
            "市市场监管局参与〕",
        ],
    ),
    (
        "三、推进移动源和重污染天气应对",
        [
            "8.推进柴油货车污染治理。第三季度完成国三及以下排放标准营运柴油货车淘汰任务。〔市交通运输局负责，"
            "市公安局交警支队、市生态环境局参与〕进展情况：淘汰补贴方案尚未出台，工作未启动。",
            "9.修订重污染天气应急减排清单。3月底前完成清单修订，9月底前完成涉气企业“一厂一策”公示牌更新。"
            "〔市生态环境局负责〕进展情况：清单已修订印发，公示牌更新完成85%。",
        ],
    ),
]


def write_air_docx(path: Path) -> Path:
    doc = _new_document("大气环境科")
    _title(doc, "濮阳市2024年打赢蓝天保卫战工作要点落实情况")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照《濮阳市2024年打赢蓝天保卫战工作要点》分工，市大气污染防治攻坚办公室对各牵头单位1—7月工作进展进行了"
        "调度。各项任务以六角括号内“负责”单位为责任单位，“参与”单位配合。现将落实情况报告如下：",
    )
    for head, paras in AIR_SECTIONS:
        _paragraph(doc, head, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市大气污染防治攻坚办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（濮阳市生态环境局代章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_air(path: Path) -> Path:
    return via_soffice(write_air_docx, path, "doc", "蓝天保卫战工作要点落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 秸秆禁烧巡查问题信息汇总, after a town's 秸秆禁烧工作巡查方案 (成立2个巡查组，重点时段每天对禁烧重点区域巡查，
# 做好火点信息的图片及文字记录，次日上午9点前报送镇环保办公室汇总; 对巡查中发现的火点通知相关村，及时扑灭):
# https://www.xiaomilidoc.com/p-1930511.html
# An .xlsx: title, 填报单位 line, one header row with 巡查组, 发现时间, the 责任村 (written 镇+村), 处置要求 as 立即扑灭 /
# N日内 / 小时内 / 月底前 / 长期坚持, 处置结果 and a 处置完成时间 that alone tells of one fire put out, a 合计 row counting
# the kinds of problem, a 说明 line and a signature line.
STRAW_ROWS = [
    (
        "第一巡查组",
        "6月8日21:40",
        "前千口村南地",
        "火点",
        "麦茬地焚烧火点1处，过火面积约0.3亩",
        "千口镇前千口村",
        "立即扑灭",
        "已当即扑灭，对焚烧人批评教育",
        "6月8日",
    ),
    (
        "第二巡查组",
        "6月9日10:15",
        "赵庄村S301沿线",
        "黑斑",
        "省道路边沟渠发现黑斑2处，约15平方米",
        "千口镇赵庄村",
        "立即清理",
        "已翻耕覆土清理",
        "6月9日",
    ),
    (
        "第一巡查组",
        "6月11日16:30",
        "王刘固村东生产路",
        "秸秆堆放",
        "生产路两侧堆放麦秸约30垛，未配备灭火器具",
        "千口镇王刘固村",
        "3日内清运离田",
        "已清运20垛，剩余正在联系收储点",
        "",
    ),
    (
        "第二巡查组",
        "6月12日9:20",
        "东吉七村卫河大堤",
        "秸秆抛河",
        "卫河堤坡及河道内抛弃秸秆约2吨",
        "千口镇东吉七村",
        "48小时内打捞清理",
        "已打捞清理完毕，经镇环保办复查合格",
        "6月13日",
    ),
    (
        "第一巡查组",
        "6月14日15:00",
        "西吉七村北地收储点",
        "秸秆堆放",
        "收储点秸秆垛距高压线不足10米",
        "千口镇西吉七村",
        "6月20日前搬移",
        "未落实",
        "",
    ),
    (
        "第二巡查组",
        "6月15日20:50",
        "后千口村西坑塘",
        "火点",
        "村内坑塘边焚烧生活垃圾夹杂秸秆",
        "千口镇后千口村",
        "立即扑灭",
        "",
        "6月15日",
    ),
    (
        "第一巡查组",
        "6月17日11:00",
        "赵庄村西地",
        "留茬过高",
        "机收留茬高度约25厘米，超过15厘米标准，焚烧隐患大",
        "千口镇赵庄村",
        "6月底前完成灭茬",
        "",
        "",
    ),
    (
        "第二巡查组",
        "6月18日22:10",
        "王刘固村禁烧值守点",
        "值守不到位",
        "村禁烧值守点夜间无人值守",
        "千口镇王刘固村",
        "长期坚持",
        "已落实村干部轮流值守，长期坚持",
        "",
    ),
]


def write_straw(path: Path) -> Path:
    b = Book(path, author="镇环保办")
    ws = b.sheet("巡查信息汇总")
    b.widths(ws, [6, 12, 14, 18, 10, 38, 16, 16, 30, 12])
    last = 9
    b.line(ws, 0, "南乐县千口镇2024年“三夏”秸秆禁烧巡查问题信息汇总表", last, b.title)
    b.line(ws, 1, "填报单位：南乐县千口镇人民政府（镇环保办）    填报日期：2024年7月25日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "巡查组",
            "发现时间",
            "发现地点",
            "问题类型",
            "问题描述",
            "责任村",
            "处置要求",
            "处置结果",
            "处置完成时间",
        ],
    )
    for i, row in enumerate(STRAW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STRAW_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        last,
        "火点2处、黑斑1处、秸秆堆放2处、秸秆抛河1处、留茬过高1处、值守不到位1处",
        b.cell,
    )
    b.line(
        ws,
        end + 1,
        "说明：巡查信息于次日上午9点前报送镇环保办汇总；发现时间为巡查组记录时间，处置要求自发现之日起计算。",
        last,
    )
    b.line(ws, end + 2, "审核人：高建设    填报人：冯丽娟    联系电话：0393-7361125", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 园区企业环保问题排查整改清单, after a 工业集中区管委会's 环保排查小组 (深入园区企业逐一排查; 对发现的环保问题出具
# 整改意见书，要求限期整改，建立整改清单，制定整改措施，并对环保情况进行记录形成台账):
# https://xx.rednet.cn/content/2021/04/20/9213517.html
# An .xlsx: title, 填报单位 line, one header row with 整改意见书编号, 排查日期, 整改期限, 整改进展, 整改完成时间 and 销号情况,
# a 说明 line and a signature line. The companies are the units.
PARK_ROWS = [
    (
        "濮阳市恒润化工有限公司",
        date(2024, 6, 17),
        "储罐区呼吸阀未接入废气收集系统，VOCs无组织排放",
        "濮开环改〔2024〕11号",
        "呼吸阀废气接入RTO焚烧装置",
        date(2024, 7, 31),
        "已完成管道接入",
        date(2024, 7, 20),
        "已销号",
    ),
    (
        "濮阳亿丰新材料有限公司",
        date(2024, 6, 17),
        "危废暂存间标识不规范，出入库台账记录不完整",
        "濮开环改〔2024〕12号",
        "规范标识，补全台账",
        "立行立改",
        "",
        date(2024, 6, 18),
        "",
    ),
    (
        "河南龙宇包装有限公司",
        date(2024, 6, 18),
        "印刷车间活性炭吸附装置长期未更换活性炭",
        "濮开环改〔2024〕13号",
        "更换活性炭，建立更换记录",
        "15日内",
        "已采购活性炭，待停产检修时更换",
        "",
        "",
    ),
    (
        "濮阳市开州食品有限公司",
        date(2024, 6, 19),
        "燃气锅炉氮氧化物排放浓度超过50毫克/立方米限值",
        "濮开环改〔2024〕14号",
        "调试低氮燃烧器，委托第三方监测",
        "2024年8月15日",
        "基本完成，第三方监测达标",
        "",
        "已销号",
    ),
    (
        "濮阳华泰涂装有限公司",
        date(2024, 6, 19),
        "喷漆房密闭不严，车间外可闻到明显异味",
        "濮开环改〔2024〕15号",
        "喷漆房密闭改造",
        "6月底前",
        "已完成密闭改造",
        date(2024, 6, 27),
        "已销号",
    ),
    (
        "濮阳金鼎铸造有限公司",
        date(2024, 6, 20),
        "原料堆场未全封闭，型砂露天堆放",
        "濮开环改〔2024〕16号",
        "建设全封闭料棚",
        date(2024, 10, 31),
        "未启动",
        "",
        "",
    ),
    (
        "濮阳中原绿源环保科技有限公司",
        date(2024, 6, 20),
        "污泥暂存场所地面未做防渗处理",
        "濮开环改〔2024〕17号",
        "地面防渗改造",
        "7月15日前",
        "已完成防渗改造，复查合格",
        date(2024, 7, 12),
        "",
    ),
    (
        "濮阳市德宝机械制造有限公司",
        date(2024, 6, 21),
        "焊接工位烟尘未收集处理，车间内烟尘弥漫",
        "濮开环改〔2024〕18号",
        "安装焊烟净化设备",
        "30日内",
        "",
        "",
        "",
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="生态环境分局")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 26, 12, 38, 20, 24, 14, 28, 14, 10])
    last = 9
    b.line(ws, 0, "濮阳经济技术开发区企业环保问题排查整改清单", last, b.title)
    b.line(ws, 1, "填报单位：濮阳经济技术开发区管理委员会环保排查小组    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "排查日期",
            "存在问题",
            "整改意见书编号",
            "整改措施",
            "整改期限",
            "整改进展",
            "整改完成时间",
            "销号情况",
        ],
    )
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PARK_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限自排查之日起计算；企业整改完成后提出申请，由排查小组复核销号。",
        last,
    )
    b.line(ws, end + 1, "审核人：岳松涛    填表人：梁晓宇    联系电话：0393-8910356", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 自建房安全隐患排查整治台账 (two returns in one zip), after a 街道's 农村自建房安全隐患排查 (安排各部门分别对住宅、
# 宾馆饭店、民宿、农家乐、教育培训等场所建筑进行排查; 包村干部对建筑层数和面积、经营情况、结构形式、承重墙体是否开裂、
# 是否存在改扩建、加层、违章搭建等情况逐一排查，建立排查台账; 鉴定为C级的必须及时整改，D级的必须拆除或重建; 无人居住
# 房屋张贴警示牌、上双锁封闭):
# http://paper.jrqzw.net/Newspapernews.aspx?b=4426&nid=23522
# A .zip (member names in GBK) holding an .xlsx from a town (房屋坐落, 产权人, 层数, 结构, 经营用途, the 排查日期 a
# 立行立改 counts from, 鉴定等级, 包村干部; the town answers for every row) and a .docx with a table from a 街道办事处
# whose rows name only its own 科室 (城建办, 社会事务办, 综合行政执法队, 平安建设办公室).
HOUSE_ROWS = [
    (
        "后寨村中心街12号",
        "王某某",
        "3",
        "砖混",
        "超市",
        "2024.6.5",
        "一层承重墙拆除改为卷帘门，墙体出现斜向裂缝",
        "C级",
        "委托设计加固",
        "刘海涛",
        "2024年8月31日",
        "已出具加固方案，正在施工",
    ),
    (
        "东户部寨村文化路东段",
        "李某某",
        "4",
        "砖混",
        "宾馆",
        "2024.6.5",
        "擅自加建第四层，未办理规划手续",
        "D级",
        "停止经营，拆除加建楼层",
        "王立新",
        "6月30日前",
        "已停止经营，第四层已拆除，经鉴定机构复核",
    ),
    (
        "西户部寨村106国道东侧",
        "张某某",
        "2",
        "砖木",
        "餐饮",
        "2024.6.6",
        "屋面木檩条腐朽，局部塌陷",
        "D级",
        "停止使用，拆除重建",
        "王立新",
        "2024年12月底前",
        "已停止使用，张贴警示牌并上双锁封闭",
    ),
    (
        "后寨村南环路8号",
        "赵某某",
        "3",
        "砖混",
        "教育培训",
        "2024.6.6",
        "外挂钢楼梯锈蚀，疏散通道堆放杂物",
        "C级",
        "更换楼梯，清理通道",
        "刘海涛",
        "立行立改",
        "已清理通道，钢楼梯已更换",
    ),
    (
        "户部寨村农贸街",
        "孙某某",
        "3",
        "框架",
        "经营性出租",
        "2024.6.7",
        "楼道内私拉电线为电动车充电",
        "B级",
        "拆除私拉电线，设置集中充电点",
        "马俊峰",
        "7月20日前",
        "",
    ),
]
STREET_ROWS = [
    (
        "宾馆饭店",
        "人民路东段悦来快捷宾馆",
        "四层办公用房违规改建为客房，未进行安全鉴定",
        "城建办",
        "委托鉴定，按鉴定结论整改",
        "2024年7月10日",
        "已鉴定为B级，整改完成",
    ),
    (
        "教育培训",
        "建设路东段某艺术培训学校",
        "疏散楼梯仅一部，不满足疏散要求",
        "社会事务办",
        "增设室外疏散楼梯",
        "2024年9月30日",
        "已停止二层以上教学活动，楼梯正在设计",
    ),
    (
        "餐饮",
        "人民路与长庆路口某饭庄",
        "后院违章搭建彩钢板房作为后厨",
        "综合行政执法队",
        "拆除违建",
        "7月25日前",
        "未整改",
    ),
    (
        "住宅",
        "老城片区连片自建房",
        "无人居住危旧房未设置警示标识",
        "平安建设办公室",
        "张贴警示牌、上双锁封闭，动态巡查",
        "长期坚持",
        "每周巡查，长期坚持",
    ),
]


def write_town_houses(path: Path) -> Path:
    b = Book(path, author="户部寨镇村镇建设办")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 22, 10, 6, 8, 12, 12, 34, 10, 22, 10, 16, 30])
    last = 12
    b.line(ws, 0, "濮阳县户部寨镇经营性自建房安全隐患排查整治台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县户部寨镇人民政府    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "房屋坐落",
            "产权人",
            "层数",
            "结构形式",
            "经营用途",
            "排查日期",
            "存在隐患",
            "鉴定等级",
            "处置措施",
            "包村干部",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.line(
        ws,
        end,
        "注：鉴定为C级的须及时加固整改，D级的须停止使用、拆除或重建；立行立改事项自排查之日起整改。",
        last,
    )
    b.line(ws, end + 1, "填表人：郑爱华    联系电话：0393-3260517", last)
    return b.close()


def write_street_docx(path: Path) -> Path:
    doc = _new_document("城建办")
    _title(doc, "人民路街道自建房安全隐患整治情况", 18)
    _paragraph(doc, "填报单位：华龙区人民路街道办事处    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(STREET_ROWS, 1)]
    _table(
        doc,
        ["序号", "场所类型", "房屋名称及位置", "存在问题", "责任科室", "整改措施", "完成时限", "整改进展"],
        body,
    )
    _paragraph(doc, "填表人：牛艳红    联系电话：0393-4418207", 12)
    return _save_fixed(doc, path)


def write_house_zip(path: Path) -> Path:
    members = [
        ("户部寨镇经营性自建房安全隐患排查整治台账.xlsx", write_town_houses),
        ("人民路街道自建房安全隐患整治情况.docx", write_street_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 餐饮场所瓶装液化气安全督导检查隐患整改台账, after a county 住建局's 督导 of the 街道 燃气检查 (检查餐饮商户是否
# 安装燃气泄漏报警器，瓶装液化气使用、钢瓶年限、角阀、减压阀、软管及供气储存等情况; 发现钢瓶存储过多、钢瓶距离灶具
# 过近、通风不良、使用后未及时关闭阀门、未安装燃气泄漏报警器等问题，现场责令整改; 与经营主体签订《燃气安全违法违规
# 行为告知书》):
# http://news.cncjw.com.cn/toutiao/2021/1210/29594.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 检查时间 line, a table with 所属街道 beside the 商户
# (the unit), the 检查日期 each row's 立即整改 / N日内 counts from, a 复查情况 column, a 注 and the 督导组 at the foot.
GAS_ROWS = [
    (
        "7月16日",
        "中原路街道",
        "华龙区老濮阳壮馍店",
        "液化气钢瓶存放5瓶，超过规定数量",
        "减少存瓶至2瓶以内",
        "立行立改",
        "已清退多余钢瓶",
    ),
    (
        "7月16日",
        "中原路街道",
        "濮阳市味香园餐饮有限公司",
        "钢瓶与灶具距离不足0.5米",
        "调整钢瓶存放位置",
        "立即整改",
        "",
    ),
    (
        "7月17日",
        "胜利路街道",
        "华龙区李记羊肉汤馆",
        "未安装可燃气体泄漏报警器",
        "安装报警器并与紧急切断阀联动",
        "3日内",
        "报警器已安装，未与切断阀联动，继续整改",
    ),
    (
        "7月17日",
        "胜利路街道",
        "濮阳市聚福楼酒店有限公司",
        "后厨通风不良，排风扇损坏",
        "修复排风设施",
        "5日内",
        "已修复，复查合格",
    ),
    (
        "7月18日",
        "大庆路街道",
        "华龙区张姐麻辣烫店",
        "连接软管老化龟裂，使用非金属软管",
        "更换金属波纹管",
        "3日内",
        "未整改，已下达责令限期整改通知书",
    ),
    (
        "7月18日",
        "大庆路街道",
        "濮阳市一品鲜饺子馆",
        "用气后未关闭角阀，无安全用气制度",
        "建立安全用气制度并上墙",
        "7月31日前",
        "制度正在制定",
    ),
    (
        "7月18日",
        "人民路街道",
        "华龙区福满楼家常菜馆",
        "在地下室使用瓶装液化石油气",
        "立即停止在地下室用气",
        "立即整改",
        "已停止使用并搬离，复查合格",
    ),
]


def write_gas_docx(path: Path) -> Path:
    doc = _new_document("燃气管理办公室")
    _title(doc, "华龙区餐饮场所瓶装液化气使用安全督导检查隐患整改台账", 18)
    _paragraph(doc, "检查时间：2024年7月16日至18日    复查情况填报截至：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(GAS_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查日期", "所属街道", "商户名称", "检查发现问题", "整改要求", "整改期限", "复查情况"],
        body,
    )
    _paragraph(
        doc,
        "注：整改期限自检查之日起计算；各街道负责督促辖区商户整改并组织复查；检查商户均已签订《燃气安全违法违规"
        "行为告知书》。",
        12,
    )
    _paragraph(doc, "华龙区住房和城乡建设局燃气安全督导组", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_gas(path: Path) -> Path:
    return via_soffice(write_gas_docx, path, "doc", "餐饮场所燃气安全督导检查隐患整改台账.docx")


FILES = [
    ("2024年防汛备汛督导检查发现问题交办整改台账.xlsx", write_flood_book),
    ("范县防汛风险隐患排查整改建档立卡台账.xls", write_risk),
    ("清丰县应急管理局关于乡镇应急物资储备督查“点球”问题整改情况的报告.docx", write_stock),
    ("华龙区建筑工地扬尘治理整改督促记录（2024年7月）.csv", write_dust),
    ("濮阳县建筑工地扬尘治理检查情况日报汇总表（7月22日—26日）.et", write_site),
    ("濮阳市2024年打赢蓝天保卫战工作要点落实情况.doc", write_air),
    ("千口镇“三夏”秸秆禁烧巡查问题信息汇总表.xlsx", write_straw),
    ("濮阳经济技术开发区企业环保问题排查整改清单.xlsx", write_park),
    ("经营性自建房安全隐患排查整治台账（户部寨镇、人民路街道）.zip", write_house_zip),
    ("华龙区餐饮场所瓶装液化气安全督导检查隐患整改台账.wps", write_gas),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

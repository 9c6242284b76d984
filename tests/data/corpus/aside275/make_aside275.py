"""Write the aside275 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产与消防、城镇燃气、自建房、道路交通、特种设备隐患排查整治, with 乡镇街道 and 企业 self-check ledgers.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted to Excel 97 by LibreOffice),
.ods (LibreOffice), a CSV in GBK, a .docx with a table, a .doc whose items are numbered paragraphs (LibreOffice
conversion of a .docx), and a .zip of two returns (an .xlsx and a .docx, member names in GBK).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside275.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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

    def two_row_header(self, ws, r: int, spec: list[str | tuple[str, list[str]]]) -> int:
        """A two-row header: a plain word spans both rows, a (group, words) pair spans its words' columns."""
        c = 0
        for entry in spec:
            if isinstance(entry, str):
                ws.merge_range(r, c, r + 1, c, entry, self.head)
                c += 1
            else:
                group, words = entry
                ws.merge_range(r, c, r, c + len(words) - 1, group, self.head)
                for k, w in enumerate(words):
                    ws.write_string(r + 1, c + k, w, self.head)
                c += len(words)
        return c

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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


class _GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows zip tools write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 餐饮单位瓶装液化气“五查”台账, after a 经开区综合执法局's 定期巡查 of the 罐装液化气瓶 of its 餐饮单位 (逐户排查
# 充装、配送、终端使用: 一查超期未检、报废及不合格气瓶; 二查扫码能否显示充装与使用有效期; 三查减压阀、连接软管老化
# 或接口松动; 四查气瓶与灶具的距离、摆放环境有无明火和易燃物; 五查能否提供燃气进货票据; 督促餐饮单位隐患自查自改):
# https://ase-mz.com/www/zj/content/2023-01/12/content_8899164.htm
# An .xlsx from a 街道办事处: title, 填报单位/检查时间 line, a two-row header whose “五查”情况 group holds the five checks
# (√/× under each), then 存在问题, an 整改责任主体 (one row names the gas supplier), 整改期限 as 立行立改 / N日内 from
# the row's 检查日期 / dates / 月底前, 整改落实情况 in words; a 注 line and the inspectors' signature line.
FIVE_CHECK_ROWS = [
    (
        "华龙区豫香源烩面馆",
        "中原路与京开大道交叉口东50米",
        date(2024, 7, 15),
        ("×", "√", "×", "√", "√"),
        "在用1只15kg气瓶超期未检，减压阀连接软管老化龟裂",
        "华龙区豫香源烩面馆",
        "立行立改",
        "已更换合格气瓶和软管，现场整改到位",
    ),
    (
        "濮阳市老街坊餐饮有限公司",
        "中原路186号",
        date(2024, 7, 15),
        ("√", "×", "√", "√", "×"),
        "气瓶扫码显示无充装记录，店主不能提供燃气进货票据",
        "濮阳市老街坊餐饮有限公司",
        "3日内",
        "已补交进货票据，气瓶来源正在核查",
    ),
    (
        "华龙区川味小厨餐馆",
        "中原路东段126号",
        date(2024, 7, 16),
        ("√", "√", "√", "×", "√"),
        "气瓶距灶具不足0.5米，灶台旁堆放纸箱等易燃物",
        "华龙区川味小厨餐馆",
        "立行立改",
        "",
    ),
    (
        "华龙区聚鲜阁饭店",
        "中原路西段33号",
        date(2024, 7, 16),
        ("×", "√", "√", "√", "√"),
        "后厨存放2只报废钢瓶，瓶身钢印模糊无法辨认",
        "华龙区聚鲜阁饭店",
        "2024年7月20日",
        "报废钢瓶已交供气企业回收，已整改",
    ),
    (
        "濮阳市金厨快餐店",
        "中原路与长庆路交叉口",
        date(2024, 7, 17),
        ("√", "×", "√", "√", "√"),
        "在用气瓶未粘贴追溯二维码，系供气企业配送环节遗漏",
        "市燃气公司",
        "7月底前",
        "已通知配送站补贴追溯码，部分完成",
    ),
    (
        "华龙区兰州牛肉拉面馆（中原路店）",
        "中原路208号",
        date(2024, 7, 18),
        ("√", "√", "×", "√", "√"),
        "减压阀为无标识产品，仍在使用无熄火保护装置的灶具",
        "华龙区兰州牛肉拉面馆（中原路店）",
        "2024年8月10日",
        "未整改",
    ),
    (
        "华龙区好再来早餐店",
        "中原路菜市场北口",
        date(2024, 7, 18),
        ("√", "√", "√", "×", "×"),
        "气瓶放置在门口人行道上，周边有煤球炉明火，不能提供进货票据",
        "华龙区好再来早餐店",
        "5日内",
        "正在选址设置独立气瓶间",
    ),
    (
        "濮阳市锦味楼酒店有限公司",
        "中原路与绿城路交叉口",
        date(2024, 7, 19),
        ("×", "√", "√", "√", "√"),
        "气瓶间内1只50kg气瓶超过检验有效期",
        "濮阳市锦味楼酒店有限公司",
        "立行立改",
        "已停用并退回供气企业，复查合格",
    ),
]


def write_five_checks(path: Path) -> Path:
    b = Book(path, author="中原路街道安监站")
    ws = b.sheet("五查台账")
    b.widths(ws, [6, 24, 20, 12, 9, 9, 9, 9, 9, 34, 22, 12, 28])
    b.line(ws, 0, "中原路街道餐饮单位瓶装液化气使用安全“五查”整改台账", 12, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区中原路街道办事处（安监站）    检查时间：2024年7月15日—7月19日    填报日期：2024年7月29日",
        12,
    )
    checks = (
        "一查\n气瓶是否超期未检、报废",
        "二查\n扫码能否显示充装及有效期信息",
        "三查\n减压阀、软管是否老化松动",
        "四查\n气瓶与灶具距离、周边明火及易燃物",
        "五查\n能否提供进货票据",
    )
    b.two_row_header(
        ws,
        2,
        [
            "序号",
            "餐饮单位",
            "经营地址",
            "检查日期",
            ("“五查”情况（√符合  ×不符合）", list(checks)),
            "存在问题",
            "整改责任主体",
            "整改期限",
            "整改落实情况",
        ],
    )
    for i, (name, addr, day, ticks, problem, owner, limit, progress) in enumerate(FIVE_CHECK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [name, addr, day], first=1)
        b.row(ws, r, list(ticks), first=4, fmt=b.center)
        b.row(ws, r, [problem, owner, limit, progress], first=9)
    end = 4 + len(FIVE_CHECK_ROWS)
    b.line(
        ws,
        end,
        "注：“立行立改”“N日内”均自检查当日起算；逾期未整改的移交区城市管理综合执法部门依法处理。",
        12,
    )
    b.line(ws, end + 1, "检查人员：刘强、王丽    审核：张卫东    联系电话：0393-4412786", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 市级督办公路隐患路段排查整治情况一览表, after a city's 2008年度市级督办公路隐患路段排查整治情况一览表 (序号、辖区、
# 名称及路段、危险或多发、排查时间、公路技术状况 with 道路线形/路面类型/技术等级/设施状况 under it, 事故情况、隐患描述、
# 整改措施、整改责任单位 written as a sentence (“新罗区政府牵头协调…解决”, “上杭县政府负责”), 整改完成时间
# (“2008年底前完成”), 督办等级):
# http://www.fymate.net/html/text/lar/169928/16992824_3.html
# An .xls (xlwt): title, 填报单位 line, the two-row header with 公路技术状况 merged over four columns, 整改责任单位
# as sentences, 整改完成时间 as planned dates (年底前 / 9月底前 / 第三季度 / dates), a 备注 column holding progress in
# some rows, a 说明 line and a signature line.
ROAD_ROWS = [
    (
        "濮阳县",
        "国道106线K1432+200—K1433+500（庆祖镇段）",
        "多发",
        "2024年3月",
        ("平直", "沥青", "二级", "无中央隔离"),
        "2023年以来发生一般程序以上交通事故6起，死亡2人，受伤5人",
        "穿村路段平交路口多，无信号灯和减速设施，村民横穿频繁",
        "增设信号灯、减速带和人行横道警示标志",
        "濮阳县政府牵头，县交通运输局、庆祖镇配合实施",
        "2024年9月底前完成",
        "市级",
        "信号灯已安装，减速带正在施工",
    ),
    (
        "清丰县",
        "省道213线K45+300—K46+100（韩村段）",
        "危险",
        "2024年3月",
        ("连续弯道", "水泥", "三级", "缺护栏"),
        "2022年以来发生事故3起，死亡1人",
        "连续急弯且外侧临沟，无防护栏，夜间无反光标识",
        "加装波形护栏、线形诱导标和夜间反光设施",
        "市交通局负责",
        "2024年6月底前完成",
        "市级",
        "已完成",
    ),
    (
        "南乐县",
        "县道X012线K8+100—K8+600（近德固乡中心小学段）",
        "危险",
        "2024年4月",
        ("平直", "沥青", "四级", "无"),
        "暂无亡人事故，群众多次反映",
        "学校门口无人行横道和限速标志，上下学时段人车混行",
        "施划人行横道，设置限速、注意儿童标志和减速带",
        "近德固乡政府负责",
        "2024年8月31日前（秋季开学前）",
        "县级",
        "",
    ),
    (
        "台前县",
        "黄河大堤堤顶路K5+000—K8+600（吴坝镇段）",
        "危险",
        "2024年4月",
        ("临水", "沥青", "四级", "无防护"),
        "2023年发生车辆翻落堤坡事故2起，受伤3人",
        "堤顶路面窄，临堤坡一侧无防护设施，会车空间不足",
        "设置错车台，临坡一侧加装防护墩和警示桩",
        "台前县政府负责，黄河河务部门配合",
        "2024年底前完成",
        "市级",
        "正在编制设计方案",
    ),
    (
        "华龙区",
        "京开大道与绿城路交叉口",
        "多发",
        "2024年3月",
        ("平交", "沥青", "城市主干路", "无机非隔离"),
        "2023年以来发生事故9起，受伤11人",
        "左转机动车与直行非机动车冲突严重，非机动车道与机动车道无物理隔离",
        "优化信号配时，增设机非隔离护栏",
        "市建设局牵头，市交警支队配合",
        "2024年第三季度完成",
        "市级",
        "信号配时已优化，隔离护栏尚未开工",
    ),
    (
        "范县",
        "国道342线与县道交叉口（杨集乡路口）",
        "多发",
        "2024年5月",
        ("平交", "水泥", "二级", "视距不良"),
        "2023年以来发生事故4起，死亡1人",
        "路口东北角民房和树木遮挡视线，无凸面镜和道口标柱",
        "清除遮挡树木，设置凸面镜、道口标柱和爆闪灯",
        "杨集乡政府负责",
        "2024年7月15日前完成",
        "县级",
        "已完成",
    ),
    (
        "濮阳县",
        "省道304线K12+000—K13+200（胡状镇段）",
        "危险",
        "2024年5月",
        ("平直", "沥青", "二级", "标线磨损"),
        "2024年以来发生事故2起，受伤4人",
        "路面标线磨损严重，夜间无照明，路侧长期停放农用车辆",
        "重新施划标线，增设路灯，清理路侧停放车辆",
        "市公路局负责",
        "2024年10月31日前完成",
        "市级",
        "",
    ),
]


def write_roads(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 15
    cells = [
        (0, 0, "2024年度市级督办公路隐患路段排查整治情况一览表", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市道路交通安全委员会办公室    填报日期：2024年7月26日",
            plain,
            1,
            last,
        ),
    ]
    before = ["序号", "辖区", "名称及路段", "危险或多发", "排查时间"]
    after = ["事故情况", "隐患描述", "整改措施", "整改责任单位", "整改完成时间", "督办等级", "备注"]
    for col, word in enumerate(before):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "公路技术状况", h, 2, 8))
    for k, word in enumerate(["道路线形", "路面类型", "技术等级", "设施状况"]):
        cells.append((3, 5 + k, word, h))
    for k, word in enumerate(after):
        cells.append((2, 9 + k, word, h, 3, 9 + k))
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 3 + i
        district, section, kind, when, tech, *rest = row
        values = [i, district, section, kind, when, *tech, *rest]
        for col, v in enumerate(values):
            cells.append((r, col, v, ctr if col in (0, 1, 3, 4, 5, 6, 7, 8, 14) else c))
    r = 4 + len(ROAD_ROWS)
    cells += [
        (
            r,
            0,
            "说明：督办等级分省级、市级、县级；“整改完成时间”为计划完成时间，备注栏填写截至填报日的治理进展。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "填表人：韩冬    审核人：马俊杰    联系电话：0393-6687120", plain, r + 1, last),
    ]
    return _write_xls(path, [("一览表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 物业管理区域电动自行车安全隐患排查台账, after a city 住建局's 物业管理区域电动自行车安全隐患排查整治方案 (排查重点:
# 集中停放充电场所隐患、人车同屋及电池进楼入户充电、室内公共区域停放占用疏散通道安全出口、违规停放充电、私拉乱接
# “飞线”充电; 组织物业服务企业建立排查台账，发现问题立即整改，不能当场改正的明确整改措施、责任和期限，整改期间采取
# 临时防范措施):
# https://zjj.chaoyang.gov.cn/html/CYZJJ/202403/0171522217515190.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 names it): title, 填报单位 line, one header
# row with 物业服务企业, 排查日期, 隐患类别, 能否当场改正, 整改期限 (立行立改 / dates / 月底前 / N个月内 from 排查日期),
# 临时防范措施, an 整改完成时间 column that is sometimes the only progress signal, then 整改情况; a 注 line.
EBIKE_ROWS = [
    (
        "胜利路街道",
        "锦绣华庭小区",
        "濮阳市安居物业服务有限公司",
        date(2024, 7, 8),
        "集中停放充电场所",
        "地下车库改建的充电区未设置防火分隔，未配备灭火器材",
        "否",
        "增设防火分隔，配备灭火器材",
        "2024-08-15",
        "暂停地下充电区使用",
        "",
        "正在施工",
    ),
    (
        "人民路街道",
        "华龙苑小区",
        "濮阳华龙物业管理有限公司",
        date(2024, 7, 8),
        "飞线充电",
        "3号楼北侧有居民从窗口私拉电线为电动车充电",
        "是",
        "现场拆除飞线，告知业主",
        "立行立改",
        "—",
        date(2024, 7, 8),
        "",
    ),
    (
        "中原路街道",
        "盛世名门小区",
        "河南建业物业服务有限公司濮阳分公司",
        date(2024, 7, 9),
        "占用疏散通道",
        "5号楼、7号楼一楼楼梯间停放电动车10余辆，堵塞安全出口",
        "是",
        "清理楼道内停放车辆",
        "立行立改",
        "—",
        "",
        "已清理完毕，纳入每日巡查",
    ),
    (
        "大庆路街道",
        "油田三区（老旧小区）",
        "大庆路街道办事处（无物业，社区代管）",
        date(2024, 7, 10),
        "充电设施不足",
        "小区1200余户仅有充电桩40个，居民推车入户充电现象普遍",
        "否",
        "增建集中充电车棚2处",
        "2024年9月底前",
        "社区每晚巡查劝阻",
        "",
        "已选址，待审批",
    ),
    (
        "黄河路街道",
        "东方明珠小区",
        "濮阳市东方物业服务有限公司",
        date(2024, 7, 10),
        "电池进楼入户充电",
        "高层住宅有居民将电动车电池带入电梯上楼充电",
        "否",
        "电梯加装电动车阻车系统",
        "1个月内",
        "电梯口安排保安值守",
        "",
        "未启动",
    ),
    (
        "昆吾街道",
        "昆吾名苑",
        "濮阳市昆吾物业服务有限公司",
        date(2024, 7, 11),
        "集中停放充电场所",
        "充电车棚线路老化，部分插座烧焦发黑",
        "否",
        "更换充电线路，安装智能断电充电桩",
        "2024-07-25",
        "停用烧损插座",
        date(2024, 7, 24),
        "已完成",
    ),
    (
        "开州路街道",
        "名门世家小区",
        "濮阳市安居物业服务有限公司",
        date(2024, 7, 12),
        "违规停放",
        "消防车通道两侧长期停放电动车，影响消防车通行",
        "否",
        "施划停车线，设置电动车集中停放区",
        "8月20日前",
        "设置临时禁停标识",
        "",
        "",
    ),
]


def write_ebike_book(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("排查台账")
    b.widths(ws, [6, 12, 18, 26, 12, 14, 36, 10, 26, 14, 18, 12, 20])
    b.line(ws, 0, "华龙区物业管理区域电动自行车安全隐患排查整治台账", 12, b.title)
    b.line(ws, 1, "填报单位：华龙区住房和城乡建设局（物业管理科）    统计时间：截至2024年7月30日", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "所属街道",
            "小区名称",
            "物业服务企业",
            "排查日期",
            "隐患类别",
            "隐患具体情况",
            "能否当场改正",
            "整改措施",
            "整改期限",
            "整改期间临时防范措施",
            "整改完成时间",
            "整改情况",
        ],
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EBIKE_ROWS)
    b.line(
        ws,
        end,
        "注：能当场改正的立行立改；不能当场改正的明确整改措施、责任和期限（期限自排查之日起算），整改期间落实临时防范措施。",
        12,
    )
    b.line(ws, end + 1, "填表人：马晓燕    审核人：孔德明    联系电话：0393-8156203", 12)
    return b.close()


def write_ebike(path: Path) -> Path:
    return via_soffice(write_ebike_book, path, "xls", "电动自行车隐患排查台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 街道安全生产隐患“三大”专项行动台账, after a 街道's 安全生产隐患大排查、大检查、大整治专项行动 (检查辖区建筑工地、
# 学校、商场市场、人员密集场所及商业门店; 对发现的隐患点详细记录，能立即整改的督促现场整改，不能立即整改的下发
# 《责令限期整改指令书》限期整改，整改项目均有单位负责人签字盖章):
# http://www.yhg994208.cn/news/qz/2017031618023571921.htm
# A CSV in GBK: a title line, a line on the 检查时间 and the 指令书 rule, one header line with 检查日期 (the base of
# 立行立改 and N日内), 处理方式 (现场整改 / 指令书 number), 单位负责人签字, 复查情况, and a 合计 line.
STREET_ROWS = [
    (
        "2024-07-01",
        "濮阳建工集团有限公司长庆路安置房项目部",
        "建筑工地",
        "施工现场临时用电配电箱未设置漏电保护器，电缆拖地敷设",
        "现场整改",
        "立行立改",
        "王建国",
        "现场已整改",
    ),
    (
        "2024-07-02",
        "华龙区长庆路小学",
        "学校",
        "教学楼二楼疏散指示标志损坏，应急照明灯不亮",
        "下达《责令限期整改指令书》（长街安〔2024〕3号）",
        "2024年7月10日",
        "李红",
        "复查合格",
    ),
    (
        "2024-07-03",
        "濮阳市万家福超市有限公司长庆路店",
        "商场",
        "仓库货物堆放堵塞安全出口，部分灭火器压力不足",
        "下达《责令限期整改指令书》（长街安〔2024〕4号）",
        "5日内",
        "赵刚",
        "复查时安全出口已清理，灭火器尚未更换",
    ),
    (
        "2024-07-05",
        "华龙区鑫源网吧",
        "人员密集场所",
        "二层窗户安装固定防盗网，影响人员逃生",
        "下达《责令限期整改指令书》（长街安〔2024〕5号）",
        "2024年7月20日",
        "孙磊",
        "",
    ),
    (
        "2024-07-08",
        "濮阳市顺达汽车修理厂",
        "商业门店",
        "喷漆间与修理车间未分隔，车间内存放油漆稀料20余桶",
        "下达《责令限期整改指令书》（长街安〔2024〕6号）",
        "2024年7月31日",
        "周海",
        "复查时未整改，再次督促",
    ),
    (
        "2024-07-10",
        "长庆路农贸市场",
        "集贸市场",
        "市场内电动车充电线路私拉乱接",
        "现场整改",
        "立行立改",
        "高峰",
        "已拆除私拉线路",
    ),
    (
        "2024-07-12",
        "华龙区福源宾馆",
        "宾馆",
        "客房楼道3个烟感探测器失效，消防控制室无人值守",
        "下达《责令限期整改指令书》（长街安〔2024〕7号）",
        "7月25日前",
        "钱伟",
        "烟感已更换，值班人员正在培训取证",
    ),
    (
        "2024-07-16",
        "濮阳市长庆液化气供应站",
        "危险化学品经营",
        "气瓶储存间可燃气体报警器超期未检定",
        "下达《责令限期整改指令书》（长街安〔2024〕8号）",
        "10日内",
        "吴强",
        "已检定合格",
    ),
]


def write_street(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["长庆路街道安全生产隐患大排查大检查大整治专项行动隐患整改台账"])
    w.writerow(
        [
            "检查时间：2024年7月1日至7月16日。能立即整改的督促现场整改；不能立即整改的下达《责令限期整改指令书》，"
            "整改期限自检查之日起算，整改项目由单位负责人签字确认。"
        ]
    )
    w.writerow(
        [
            "序号",
            "检查日期",
            "被检查单位",
            "场所类别",
            "隐患部位及问题",
            "处理方式",
            "整改期限",
            "单位负责人签字",
            "复查情况",
        ]
    )
    for i, row in enumerate(STREET_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "共检查单位8家", "", "发现隐患8处", "现场整改2处、下达指令书6处", "", "", "已整改4处"]
    )
    w.writerow(["检查人员：街道安监站 何平、宋洋    填报日期：2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 经营性自建房安全隐患排查整治进展, after a 示范区's account of its 农村自建房安全隐患排查和整治 (住建局和各办事处联合
# 成立排查组，排查员依托手机App边排查边录入、边整治边录入; 经营性自建房安全鉴定全部完成，已录入国家自建房安全排查信息
# 系统，对排查中发现存在安全隐患的经营性自建房采取工程措施整改):
# http://m.guhantai.com/zxpd/gn/2023/0330/100029412.html
# A .docx: title, 主送, a preamble with the counts, a table of the houses with a hidden danger (乡镇, 房屋位置, 用途,
# 层数, 鉴定结论, 存在隐患, 整治措施, 责任单位, 整治时限, 整治进展), a closing paragraph and the bureau and date.
HOUSE_ROWS = [
    (
        "城关镇",
        "城关镇东关村",
        "餐饮",
        "3",
        "C级",
        "二层楼板多处裂缝，屋顶私自加盖彩钢房",
        "拆除加盖部分，楼板粘钢加固",
        "城关镇人民政府",
        "2024年8月31日",
        "已拆除加盖彩钢房，楼板加固正在施工",
    ),
    (
        "柳屯镇",
        "柳屯镇柳屯村",
        "出租",
        "4",
        "D级",
        "承重墙体贯通开裂，地基不均匀沉降",
        "停止使用，人员全部撤离，实施拆除",
        "柳屯镇人民政府",
        "年底前",
        "人员已撤离，已设置警戒，拆除方案待审定",
    ),
    (
        "文留镇",
        "文留镇文西村",
        "商铺",
        "3",
        "C级",
        "一层商铺擅自拆除承重墙扩大经营面积",
        "恢复承重墙或加设钢结构支撑",
        "文留镇人民政府",
        "2024年6月30日",
        "已采取工程措施整改，经复核销号",
    ),
    (
        "庆祖镇",
        "庆祖镇集贸市场西侧",
        "宾馆",
        "4",
        "C级",
        "宾馆第四层为违规加层，仅设一部疏散楼梯",
        "拆除违规加层部分",
        "庆祖镇人民政府",
        "9月底前",
        "房主拒不配合，未整改",
    ),
    (
        "户部寨镇",
        "户部寨镇户部寨村",
        "生产加工",
        "3",
        "C级",
        "生产、仓储、居住“三合一”，楼梯间堆放原料",
        "分离居住功能，清理楼梯间堆放物",
        "户部寨镇人民政府",
        "7月15日前",
        "已完成",
    ),
    (
        "八公桥镇",
        "八公桥镇西街",
        "餐饮",
        "2",
        "C级",
        "屋面预制板锈胀露筋，局部渗漏",
        "更换屋面预制板",
        "八公桥镇人民政府",
        "2024年8月15日",
        "",
    ),
    (
        "王称堌镇",
        "王称堌镇王称堌村",
        "民办幼儿园",
        "3",
        "C级",
        "无抗震构造措施，外挑走廊栏杆松动",
        "更换走廊栏杆，加设钢构件抗震加固",
        "王称堌镇人民政府",
        "8月20日前（秋季开学前）",
        "走廊栏杆已更换，抗震加固已进场施工",
    ),
    (
        "梁庄镇",
        "梁庄镇梁庄村",
        "出租",
        "3",
        "C级",
        "改作群租房，室内隔间使用易燃泡沫夹芯板",
        "拆除泡沫夹芯板隔间，限定居住人数",
        "梁庄镇人民政府",
        "2024年7月20日",
        "已完成整改",
    ),
]


def write_houses(path: Path) -> Path:
    doc = _new_document("村镇股")
    _title(doc, "濮阳县经营性自建房安全隐患排查整治工作进展情况", 20)
    _paragraph(doc, "县自建房安全专项整治工作领导小组办公室：")
    _paragraph(
        doc,
        "按照全市自建房安全专项整治工作部署，我局会同各乡镇成立排查组21个，组织安全排查员依托手机App对全县"
        "经营性自建房开展排查，边排查边录入、边整治边录入。截至2024年7月26日，全县共排查经营性自建房6873栋，"
        "已录入全国自建房安全专项整治信息归集平台6521栋；经安全鉴定存在安全隐患的8栋，明细如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(HOUSE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "乡镇",
            "房屋位置",
            "房屋用途",
            "层数",
            "鉴定结论",
            "存在隐患",
            "整治措施",
            "责任单位",
            "整治时限",
            "整治进展",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "下一步，我局将对已整改房屋开展“回头看”，对新增经营性自建房实行“事前核查、事后监管”，防止隐患反弹。",
    )
    _paragraph(doc, "濮阳县住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 校车线路勘察及停靠站点安全评估报告, after a school's 学期校车线路勘察及停靠站点安全评估报告 (联合当地交管部门、交通
# 运输部门及校车运营单位组建专项勘察评估小组，对所有校车运行线路、停靠站点全面勘察及安全评估; “现将本次勘察评估情况、
# 发现问题及整改措施详细报告如下”; 一、评估总则 …):
# https://max.book118.com/html/2026/0304/8076013066010050.shtm
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, the items as numbered paragraphs under （一）（二）（三）
# headings, each with 整改措施 / 责任单位 / 完成时限 / 整改情况 in the sentence; one item names the school's own office.
BUS_SECTIONS = [
    (
        "（一）线路方面",
        [
            "1．1号线路途经古城乡孙庄村急弯路段，弯道内侧高秆作物遮挡视线，未设置警示标志和凸面镜。"
            "整改措施：设置急弯警示标志和凸面镜，协调村委会清理遮挡作物。责任单位：古城乡人民政府。"
            "完成时限：2024年7月15日前。整改情况：已完成。",
            "2．2号线路经过县道X018线马颊河桥，桥头两侧无护栏，桥面宽度不足6米，会车困难。整改措施：加装桥头护栏，"
            "设置会车让行标志。责任单位：清丰县交通运输局。完成时限：秋季开学前（8月31日前）。"
            "整改情况：护栏已采购，正在安装。",
            "3．3号线路穿越马庄桥镇集市路段，逢集日占道经营严重，校车通行缓慢。整改措施：逢集日调整校车行驶路线，"
            "协调镇政府规范集市摊点。责任单位：马庄桥镇人民政府。完成时限：长期坚持。",
            "4．4号线路途经韩村镇段道路路面坑槽较多，雨天积水。整改措施：修补路面坑槽，疏通边沟。"
            "责任单位：清丰县交通运输局。完成时限：2024年9月30日。整改情况：尚未启动。",
        ],
    ),
    (
        "（二）停靠站点方面",
        [
            "5．城关镇北街停靠站点设在路口转弯处，学生上下车需横穿道路。整改措施：将停靠站点后移80米至路侧港湾处，"
            "施划站点标线。责任单位：清丰县公安局交通管理大队。完成时限：2024年7月10日。"
            "整改情况：站点已迁移，标线已施划。",
            "6．六塔乡南街临时停靠点无候车区域和站牌，学生在路边等车。整改措施：设置候车区和校车停靠站牌。"
            "责任单位：六塔乡人民政府。完成时限：8月底前。",
        ],
    ),
    (
        "（三）车辆及管理方面",
        [
            "7．2辆校车灭火器过期，1辆校车安全锤缺失。整改措施：更换灭火器，补齐安全锤。"
            "责任单位：清丰县顺安校车服务有限公司。完成时限：2024年6月28日前（立行立改）。"
            "整改情况：已完成更换，经学校复查合格。",
            "8．部分随车照管员上下车清点人数记录不全。整改措施：完善照管员交接登记制度，每趟次清点签字。"
            "责任单位：学校安全办公室。完成时限：长期坚持。整改情况：常态化推进。",
        ],
    ),
]


def write_bus_docx(path: Path) -> Path:
    doc = _new_document("安全办公室")
    _title(doc, "清丰县实验小学2024年春季学期校车运行线路及停靠站点安全评估发现问题整改情况报告", 18)
    _paragraph(doc, "县教育局：")
    _paragraph(
        doc,
        "为切实保障我校学生上下学乘车安全，我校于2024年6月24日至26日联合县公安局交通管理大队、县交通运输局及"
        "校车运营单位，组建专项勘察评估小组，对我校4条校车运行线路、31个停靠站点开展了全面勘察及安全评估。"
        "现将发现问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、评估基本情况", font="黑体")
    _paragraph(
        doc,
        "本次评估共勘察线路总长86公里，涉及县道、乡道和村道，乘车学生412名。评估发现线路、停靠站点和车辆管理"
        "方面问题8个，已完成整改3个。",
    )
    _paragraph(doc, "二、发现问题及整改情况", font="黑体")
    for heading, items in BUS_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in items:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc, "我校将每学期开学前组织一次线路勘察评估，对未完成整改的问题逐项跟踪，确保秋季开学前整改到位。"
    )
    _paragraph(doc, "清丰县实验小学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bus(path: Path) -> Path:
    return via_soffice(write_bus_docx, path, "doc", "校车线路安全评估整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 特种设备日常检查记录表 (an enterprise's self-check), after a 特种设备日常检查记录表 template (以设备类型、编号、
# 检查时间、检查人员等作为基础信息字段; 记录异常情况描述、处理措施及复查结果，确保问题闭环管理; 适用于锅炉、压力容器、
# 压力管道、电梯、起重机械等):
# https://www.renrendoc.com/paper/500504308.html
# An .xlsx from one company whose rows name only its own 使用部门/整改责任部门: title, 使用单位/记录期间 line, one
# header row, 复查结果 (合格 = closed) and 复查人, 整改期限 as dates / 3日内 / 立即 from 检查时间, a 说明 line.
EQUIPMENT_ROWS = [
    (
        "压力容器",
        "空压站储气罐",
        "2110410902202200318",
        "空压站",
        date(2024, 7, 2),
        "张磊",
        "储气罐安全阀铅封缺失，校验标签过期",
        "拆下安全阀送检，更换备用阀",
        "设备动力部",
        "2024-07-10",
        "合格",
        "孟庆华",
    ),
    (
        "起重机械",
        "电动单梁起重机",
        "4170410902201900027",
        "成品仓库",
        date(2024, 7, 3),
        "李军",
        "起升高度限位器失灵，吊钩防脱钩装置变形",
        "停止使用，通知维保单位维修",
        "设备动力部",
        "3日内",
        "合格",
        "孟庆华",
    ),
    (
        "场（厂）内专用机动车辆",
        "2号内燃叉车",
        "5110410902202100015",
        "储运部",
        date(2024, 7, 5),
        "王芳",
        "2号叉车超过定期检验有效期仍在使用",
        "停用并向检验机构报检",
        "储运部",
        "2024-07-20",
        "已报检，等待检验机构排期",
        "",
    ),
    (
        "压力管道",
        "低压蒸汽管道",
        "—",
        "合成车间",
        date(2024, 7, 8),
        "张磊",
        "蒸汽管道保温层破损，DN150法兰处有泄漏痕迹",
        "更换法兰垫片，修复保温层",
        "合成车间",
        "7月停车检修期间（7月25日前）",
        "",
        "",
    ),
    (
        "锅炉",
        "燃气蒸汽锅炉",
        "1110410902201800006",
        "锅炉房",
        date(2024, 7, 10),
        "赵强",
        "锅炉水位表玻璃管模糊，低水位报警试验不动作",
        "更换水位表玻璃管，检修报警装置",
        "设备动力部",
        "立即",
        "合格",
        "孟庆华",
    ),
    (
        "电梯",
        "载货电梯",
        "3310410902202000041",
        "包装车间",
        date(2024, 7, 15),
        "李军",
        "轿厢应急照明不亮，五方对讲与值班室不通",
        "通知维保单位维修",
        "综合办公室",
        "2024-07-19",
        "维修中，对讲主机已订货",
        "",
    ),
    (
        "压力容器",
        "液氨储罐",
        "2110410902201700102",
        "罐区",
        date(2024, 7, 22),
        "王芳",
        "储罐液位计显示与实际不符，紧急切断阀未按期试验",
        "校准液位计，开展紧急切断阀动作试验",
        "合成车间",
        "2024-07-31",
        "",
        "",
    ),
    (
        "气瓶",
        "化验室氮气瓶",
        "—",
        "质检中心",
        date(2024, 7, 26),
        "赵强",
        "化验室气瓶未固定，无防倾倒链条",
        "加装气瓶固定架和防倒链",
        "质检中心",
        "2024-07-27",
        "合格",
        "孟庆华",
    ),
]


def write_equipment(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("2024年7月")
    b.widths(ws, [6, 14, 16, 22, 12, 12, 10, 36, 26, 14, 18, 24, 10])
    b.line(ws, 0, "特种设备日常检查异常情况及整改记录表", 12, b.title)
    b.line(
        ws,
        1,
        "使用单位：濮阳市恒泰化工有限公司    记录期间：2024年7月1日—7月28日    安全管理负责人：孟庆华",
        12,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "设备类别",
            "设备名称",
            "设备代码",
            "使用部门",
            "检查时间",
            "检查人员",
            "异常情况描述",
            "处理措施",
            "整改责任部门",
            "整改期限",
            "复查结果",
            "复查人",
        ],
    )
    for i, row in enumerate(EQUIPMENT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EQUIPMENT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限中“立即”“N日内”自检查时间起算；复查结果填“合格”即闭环，未闭环的每日跟踪。",
        12,
    )
    b.line(ws, end + 1, "填表：安全环保部 陈静    审核：孟庆华    日期：2024年7月29日", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 督查反馈问题“四个清单” (two returns in one zip), after a county's account of a 州安委办督查组 visit (建立健全整改
# 问题清单台账; 各企业建立督查检查和自查自改两个台账，落实监督检查任务清单、隐患和问题清单、整改工作清单、复查验收清单
# “四个清单”; 对照反馈问题清单加快整改):
# https://atzr.com.cn/info/3512/4634.htm
# A .zip (member names in GBK) holding an .xlsx from one county's 安委办 (a two-row header whose 复查验收 group holds
# 验收人/验收时间/验收结论 beside 整改情况; one 立行立改 counted from the 督查反馈时间; a schedule text) and a .docx
# table from a county 应急管理局 whose rows name only its own 股室.
NANLE_ROWS = [
    (
        "南乐县宏达化工有限公司",
        "罐区可燃气体报警仪未与紧急切断装置联锁",
        "增设报警与切断联锁装置",
        "南乐县宏达化工有限公司",
        "2024年7月31日",
        "基本完成",
        "县应急局 刘洋",
        "2024-07-23",
        "验收合格",
    ),
    (
        "南乐县豫北燃气有限公司",
        "居民用户橡胶软管未更换为金属波纹管，入户安检覆盖率不足60%",
        "制定更换计划，组织入户安检全覆盖",
        "南乐县住房和城乡建设局",
        "7月底前制定方案，9月底前完成全部更换",
        "方案已制定，已完成更换1300余户",
        "",
        "",
        "",
    ),
    (
        "南乐县第一高级中学",
        "学生宿舍楼疏散通道堆放杂物，部分应急照明灯损坏",
        "清理杂物，更换应急照明灯",
        "南乐县第一高级中学",
        "立行立改",
        "已整改",
        "县教育局 王敏",
        "2024-06-28",
        "验收合格",
    ),
    (
        "近德固乡人民政府",
        "乡安全生产网格员底数不清，企业自查自改台账流于形式",
        "重新核定网格员，规范自查自改台账",
        "近德固乡人民政府",
        "2024年7月15日",
        "已整改",
        "",
        "",
        "",
    ),
    (
        "南乐县汽车客运站",
        "危险品查验设备损坏，“三品”查堵登记不全",
        "维修查验设备，规范查堵登记",
        "南乐县交通运输局",
        "2024年7月10日",
        "设备已维修，登记制度正在完善",
        "",
        "",
        "",
    ),
    (
        "南乐县福康养老院",
        "使用瓶装液化气的厨房未安装燃气泄漏报警装置",
        "安装燃气泄漏报警装置",
        "南乐县民政局",
        "2024年7月20日",
        "未整改",
        "",
        "",
        "",
    ),
    (
        "南乐县木之源家具有限公司",
        "喷漆房未使用防爆电气，除尘系统未定期清理",
        "更换防爆电气，建立除尘系统清理制度",
        "南乐县木之源家具有限公司",
        "8月15日前",
        "",
        "",
        "",
        "",
    ),
]
TAIQIAN_ROWS = [
    (
        "危险化学品企业重大危险源包保责任人履职检查记录不全",
        "督促企业完善包保责任人履职记录，每月抽查",
        "危险化学品监管股",
        "2024年7月31日",
        "已完成",
    ),
    (
        "执法检查计划执行率偏低，上半年仅完成年度计划的43%",
        "调整执法力量，按月调度执法进度",
        "应急管理综合行政执法大队",
        "年底前",
        "正在推进，7月完成检查企业26家",
    ),
    (
        "乡镇应急管理站人员配备不足，部分乡镇仅有1名兼职人员",
        "提请县政府充实乡镇应急管理站人员",
        "综合股",
        "2024年9月30日",
        "已提请县委编办研究",
    ),
    (
        "防汛物资储备库部分救生衣、冲锋舟超期未检",
        "开展防汛物资清查，更新超期物资",
        "救灾和物资保障股",
        "6月底前",
        "已完成清查和更换",
    ),
    (
        "工贸企业有限空间作业审批制度落实不到位",
        "开展有限空间作业专项执法检查",
        "安全生产基础股",
        "2024年8月15日",
        "未启动",
    ),
    (
        "安全生产举报奖励政策宣传不足，群众知晓率低",
        "利用县融媒体中心常态化宣传",
        "办公室",
        "长期坚持",
        "常态化推进",
    ),
]


def write_nanle_book(path: Path) -> Path:
    b = Book(path, author="南乐县安委办")
    ws = b.sheet("整改工作清单")
    b.widths(ws, [6, 24, 36, 26, 24, 22, 22, 14, 12, 12])
    b.line(ws, 0, "南乐县落实市安委办第二督查组反馈问题整改工作清单", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县安全生产委员会办公室    督查反馈时间：2024年6月20日    填报时间：2024年7月25日",
        9,
    )
    b.two_row_header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "隐患和问题",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改情况",
            ("复查验收", ["验收人", "验收时间", "验收结论"]),
        ],
    )
    for i, row in enumerate(NANLE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(NANLE_ROWS)
    b.line(
        ws,
        end,
        "注：“立行立改”自督查反馈之日起整改；复查验收由县直行业主管部门组织，验收合格后销号。",
        9,
    )
    b.line(ws, end + 1, "填表人：郭亚楠    审核人：程振华    联系电话：0393-7221306", 9)
    return b.close()


def write_taiqian_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "台前县应急管理局关于市安委办第二督查组反馈问题整改情况的报告", 18)
    _paragraph(doc, "市安委办：")
    _paragraph(
        doc,
        "2024年6月19日至21日，市安委办第二督查组对我县安全生产工作进行了督查，反馈涉及我局问题6个。我局逐项制定"
        "整改措施，明确责任股室和完成时限。现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(TAIQIAN_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "责任股室", "整改时限", "整改进展"], body)
    _paragraph(doc, "台前县应急管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_feedback_zip(path: Path) -> Path:
    members = [
        ("南乐县督查反馈问题整改工作清单.xlsx", write_nanle_book),
        ("台前县应急管理局督查反馈问题整改情况报告.docx", write_taiqian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for k, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{k}{Path(name).suffix}")
            info = _GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 电梯安全专项整治监督检查问题表, after a city 质监局's 电梯安全专项整治 plan (使用单位: 安全管理人员、维保合同、
# 应急预案演练、安全检验合格标志张贴、应急报警和紧急呼救装置有效应答、隐患排查整改; 维保单位: 维保质量、对安全隐患不
# 及时整改或弄虚作假的通报公示、执法追究; 依法报检):
# http://fsou.com/html/text/lar/172069/17206914_1.html
# An .ods (LibreOffice): title, 填报单位 line, one header row with 使用单位, 维保单位 and an explicit 整改责任单位, the
# 下达文书 and 下达日期 that the working-day 整改期限 counts from (one across the 端午 holiday), 整改结果, a 说明 line.
LIFT_ROWS = [
    (
        "濮阳市东方物业服务有限公司",
        "31104109022019060012",
        "东方明珠小区8号楼1单元",
        "河南通达电梯工程有限公司",
        "电梯紧急报警装置无法与值班室有效应答",
        "濮阳市东方物业服务有限公司",
        "特种设备安全监察指令书",
        date(2024, 6, 5),
        "5个工作日内",
        "已整改，复查合格",
    ),
    (
        "濮阳华龙医院",
        "31104109022016030007",
        "门诊楼2号梯",
        "濮阳市安捷电梯维修有限公司",
        "安全检验合格标志过期未更换，电梯超期未报定期检验",
        "濮阳华龙医院",
        "责令改正通知书",
        date(2024, 7, 1),
        "10个工作日内",
        "已报检，检验机构已受理",
    ),
    (
        "市自来水公司",
        "31104109022012110003",
        "自来水公司办公楼客梯",
        "河南安川电梯服务有限公司",
        "电梯安全管理员未取得特种设备安全管理人员证",
        "市自来水公司",
        "特种设备安全监察指令书",
        date(2024, 7, 24),
        "20个工作日内",
        "已报名参加8月份取证培训",
    ),
    (
        "濮阳市华联购物中心有限公司",
        "33104109022015080021",
        "商场一至二层自动扶梯",
        "河南通达电梯工程有限公司",
        "自动扶梯梳齿板多齿断裂，扶手带入口防护开关失效",
        "濮阳市华联购物中心有限公司",
        "特种设备安全监察指令书",
        date(2024, 7, 10),
        "立即停用，3个工作日内修复",
        "已更换梳齿板，防护开关正在调试",
    ),
    (
        "市燃气公司",
        "31104109022014050009",
        "燃气调度中心办公楼客梯",
        "河南安川电梯服务有限公司",
        "电梯三角钥匙管理不严，未建立使用登记",
        "市燃气公司",
        "责令改正通知书",
        date(2024, 7, 16),
        "5个工作日内",
        "已建立三角钥匙管理制度和使用登记",
    ),
    (
        "濮阳锦华置业有限公司（锦华苑小区）",
        "31104109022020100033",
        "锦华苑小区3号楼",
        "濮阳市安捷电梯维修有限公司",
        "维保人员未发现轿顶急停开关故障，半月维保流于形式",
        "濮阳市安捷电梯维修有限公司",
        "约谈通知书",
        date(2024, 7, 22),
        "10个工作日内",
        "",
    ),
    (
        "濮阳市昆吾物业服务有限公司",
        "31104109022018040016",
        "昆吾名苑5号楼",
        "河南通达电梯工程有限公司",
        "未制定电梯应急预案，未开展困人救援演练",
        "濮阳市昆吾物业服务有限公司",
        "责令改正通知书",
        date(2024, 7, 1),
        "15个工作日内",
        "未整改",
    ),
]


def write_lift_book(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察股")
    ws = b.sheet("问题整改情况")
    b.widths(ws, [6, 26, 22, 22, 24, 36, 26, 22, 12, 20, 28])
    b.line(ws, 0, "华龙区电梯安全专项整治监督检查问题整改情况表", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局（特种设备安全监察股）    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "使用单位",
            "设备注册代码",
            "安装地点",
            "维保单位",
            "检查发现问题",
            "整改责任单位",
            "下达文书",
            "下达日期",
            "整改期限",
            "整改结果",
        ],
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIFT_ROWS)
    b.line(
        ws,
        end,
        "说明：整改期限自文书下达之日起计算，工作日按国家法定节假日安排顺延。",
        10,
    )
    b.line(ws, end + 1, "填表人：杜鹏    审核人：雷红霞    联系电话：0393-8991547", 10)
    return b.close()


def write_lift(path: Path) -> Path:
    via_soffice(write_lift_book, path, "ods", "电梯安全专项整治问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 镇“九小”场所消防安全隐患台账, after a 镇党委书记's 督导 of the 镇's “九小”场所 (聚焦农贸市场、沿街商铺、卫生院、
# 废品收购站等; 对查出的隐患登记造册，逐项推进整改; 各村(社区)动员安全网格员队伍走访上户):
# http://www.cs0799.com/portal.php?aid=121532&mod=view
# An .xlsx from a 镇人民政府: title, 填报单位/排查时间 line (the base of 立行立改), a two-row header whose 是否整改到位
# group holds √ under 是 / 否, the items grouped under 村 rows merged across, a 备注 column, a 合计 row and a signature.
NINE_SMALL_GROUPS = [
    (
        "一、濮城村（4家）",
        [
            (
                "濮城镇中心卫生院",
                "医疗机构",
                "住院部楼道堆放杂物，室内消火栓被遮挡",
                "清理楼道杂物",
                "刘敏",
                "立行立改",
                "√",
                "",
                "",
            ),
            (
                "濮城镇兴达废品收购站",
                "废品收购站",
                "废旧纸箱露天堆放紧邻生活用房，未配备灭火器",
                "分区堆放，配备灭火器4具",
                "刘敏",
                "7月底前",
                "",
                "√",
                "已配备灭火器，堆放物正在清理",
            ),
            (
                "濮城镇鑫鑫商店",
                "小商店",
                "前店后宿，宿舍与店面未防火分隔，电动车在店内充电",
                "设置防火分隔，电动车移至室外充电",
                "刘敏",
                "8月10日前",
                "",
                "√",
                "",
            ),
            (
                "濮城镇红星饭店",
                "小餐饮",
                "厨房液化气瓶与灶具同室，未安装燃气泄漏报警器",
                "设置独立气瓶间，安装报警器",
                "刘敏",
                "2024年7月25日",
                "√",
                "",
                "",
            ),
        ],
    ),
    (
        "二、大韩村（2家）",
        [
            (
                "大韩村春苗托管班",
                "小学校（幼儿园）",
                "二楼托管教室仅有一个疏散楼梯，窗户安装固定防盗网",
                "拆除防盗网，设置逃生窗",
                "王勇",
                "立行立改",
                "√",
                "",
                "",
            ),
            (
                "大韩村德顺面粉加工坊",
                "小作坊",
                "加工车间电线私拉乱接，未穿管保护",
                "规范敷设电线并穿管保护",
                "王勇",
                "8月15日前",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "三、前李庄村（2家）",
        [
            (
                "濮城镇好运来宾馆",
                "小旅馆",
                "客房未配备应急照明灯和逃生面罩",
                "配备应急照明灯、逃生面罩",
                "张华",
                "2024年7月20日",
                "√",
                "",
                "",
            ),
            (
                "濮城镇丽人美容店",
                "小美容洗浴",
                "店内木质阁楼住人，阁楼无第二疏散出口",
                "停止阁楼住人",
                "张华",
                "立行立改",
                "",
                "√",
                "店主已口头承诺，暂未落实",
            ),
        ],
    ),
]


def write_nine_small(path: Path) -> Path:
    b = Book(path, author="濮城镇安办")
    ws = b.sheet("九小场所")
    b.widths(ws, [6, 26, 16, 40, 28, 12, 16, 6, 6, 28])
    b.line(ws, 0, "濮城镇“九小”场所消防安全隐患排查整治台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县濮城镇人民政府（安全生产办公室）    排查时间：2024年7月15日    填报日期：2024年7月29日",
        9,
    )
    b.two_row_header(
        ws,
        2,
        [
            "序号",
            "场所名称",
            "场所类型",
            "隐患问题",
            "整改措施",
            "包片网格员",
            "整改时限",
            ("是否整改到位", ["是", "否"]),
            "备注",
        ],
    )
    r, n = 4, 0
    for title, rows in NINE_SMALL_GROUPS:
        b.merge(ws, r, 0, r, 9, title, b.group)
        r += 1
        for name, kind, problem, measure, grid, limit, yes, no, note in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [name, kind, problem, measure, grid, limit], first=1)
            b.row(ws, r, [yes, no], first=7, fmt=b.center)
            b.put(ws, r, 9, note)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "排查“九小”场所8家，发现隐患8处，已整改4处，其余正在督促整改")
    b.line(ws, r + 1, "注：“立行立改”自排查之日起整改；网格员每周复查一次。", 9)
    b.line(ws, r + 2, "填表人：李娜    审核人：赵国强（镇安全生产办公室）    联系电话：0393-5561128", 9)
    return b.close()


FILES = [
    ("中原路街道餐饮单位瓶装液化气使用安全“五查”整改台账.xlsx", write_five_checks),
    ("2024年度市级督办公路隐患路段排查整治情况一览表.xls", write_roads),
    ("华龙区物业管理区域电动自行车安全隐患排查整治台账.et", write_ebike),
    ("长庆路街道安全生产隐患大排查大检查大整治隐患整改台账.csv", write_street),
    ("濮阳县经营性自建房安全隐患排查整治工作进展情况.docx", write_houses),
    ("清丰县实验小学校车运行线路及停靠站点安全评估发现问题整改情况报告.doc", write_bus),
    ("濮阳市恒泰化工有限公司特种设备日常检查异常情况及整改记录表（2024年7月）.xlsx", write_equipment),
    ("市安委办第二督查组反馈问题整改清单（南乐县、台前县）.zip", write_feedback_zip),
    ("华龙区电梯安全专项整治监督检查问题整改情况表.ods", write_lift),
    ("濮城镇“九小”场所消防安全隐患排查整治台账.xlsx", write_nine_small),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

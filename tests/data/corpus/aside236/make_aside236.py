"""Write the aside236 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 文化旅游与体育场所安全、民宗场所、校外培训机构检查整改 (文旅行业大排查大整治、宗教活动场所安全隐患排查、
体育场馆和游泳场所检查、校外培训机构安全检查和联合督查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
.doc (LibreOffice conversion of a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of
two returns (an .xlsx and a .docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside236.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 文化和旅游行业安全生产大排查大整治隐患整改台账, after a city 文化和旅游局's account of its 文化旅游行业安全生产
# 大排查大整治行动 (深入A级旅游景区、文博单位、公共文化场馆、文化经营场所、星级饭店、旅行社等重点领域; 游乐设施、
# 疏散通道、消防安全、电气设备、旅游交通安全; 出动检查人员、检查企业数量、停业整顿企业、发现一般隐患N处，已全部
# 现场整改或跟踪限改):
# https://m.yybnet.net/jining/news/202101/11190811.html
# An .xlsx: title, 填报单位/截至 line, a line of the campaign's own counts, a two-row header (隐患排查情况 over three
# columns, 整改落实情况 over three), 行业领域 and 被检查单位 beside a 检查日期 the 立行立改 rows count from, 整改方式
# 现场整改 / 跟踪限改, a 合计 row, a 注 line and a signature line.
TOUR_ROWS = [
    (
        "A级旅游景区",
        "濮阳绿色庄园旅游开发有限公司",
        date(2024, 7, 4),
        "游乐区",
        "旋转飞椅等游乐设施年度检验标志过期，仍对外运营",
        "一般隐患",
        "跟踪限改",
        "2024年7月31日",
        "已停用，特种设备检验机构已受理，待检验",
    ),
    (
        "文博单位",
        "濮阳市博物馆",
        date(2024, 7, 8),
        "文物库房",
        "库房温湿度监控设备故障未及时维修，库房门禁记录缺失",
        "一般隐患",
        "现场整改",
        "立行立改",
        "已现场整改",
    ),
    (
        "公共文化场馆",
        "濮阳市图书馆",
        date(2024, 7, 8),
        "少儿阅览室",
        "应急照明灯部分损坏，疏散指示标志不亮",
        "一般隐患",
        "跟踪限改",
        "2024年7月20日",
        "已更换应急照明灯12盏、疏散指示标志6处，复查合格",
    ),
    (
        "文化经营场所",
        "濮阳市华龙区极速网络会所",
        date(2024, 7, 5),
        "安全出口",
        "安全出口被桌椅杂物堵塞，消防通道不畅",
        "一般隐患",
        "现场整改",
        "立行立改",
        "已当场清理",
    ),
    (
        "星级饭店",
        "濮阳金堤宾馆有限公司",
        date(2024, 7, 10),
        "后厨",
        "后厨燃气泄漏报警装置未与紧急切断阀联动",
        "一般隐患",
        "跟踪限改",
        "2024年8月15日",
        "联动装置已订购，正在安装调试",
    ),
    (
        "旅行社",
        "濮阳中原国际旅行社有限公司",
        date(2024, 7, 11),
        "旅游包车",
        "租用的旅游客车未核验道路运输证，未签订包车合同",
        "一般隐患",
        "跟踪限改",
        "2024年7月15日",
        "",
    ),
    (
        "A级旅游景区",
        "南乐县仓颉陵文物保护管理所",
        date(2024, 7, 12),
        "古建筑区",
        "古建筑区内电气线路私拉乱接，未穿管保护",
        "一般隐患",
        "跟踪限改",
        "2024年9月底前",
        "未整改",
    ),
    (
        "文化经营场所",
        "濮阳市龙都影城有限公司",
        date(2024, 7, 9),
        "3号放映厅",
        "放映厅内灭火器压力不足，未按期维保",
        "一般隐患",
        "现场整改",
        "立行立改",
        "已当场更换灭火器4具",
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 14, 28, 12, 12, 40, 10, 10, 16, 30])
    b.line(ws, 0, "濮阳市文化和旅游行业安全生产大排查大整治隐患整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市文化广电和旅游局（市场管理科）    截至日期：2024年7月26日", 9)
    b.line(
        ws,
        2,
        "7月以来，全市文化和旅游系统出动检查人员186人次，检查企业（场所）243家，停业整顿企业2家，"
        "本表列入重点企业发现的一般隐患8处。",
        9,
    )
    for c, word in enumerate(["序号", "行业领域", "被检查单位", "检查日期"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 6, "隐患排查情况", b.head)
    b.header(ws, 4, ["隐患部位", "隐患描述", "隐患等级"], first=4)
    b.merge(ws, 3, 7, 3, 9, "整改落实情况", b.head)
    b.header(ws, 4, ["整改方式", "限改期限", "整改结果"], first=7)
    for i, row in enumerate(TOUR_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 5 + len(TOUR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, "检查重点企业（场所）8家", b.cell)
    b.merge(ws, end, 4, end, 6, "发现一般隐患8处", b.cell)
    b.merge(ws, end, 7, end, 9, "现场整改3处，跟踪限改5处", b.cell)
    b.line(
        ws,
        end + 1,
        "注：现场整改指检查时当场整改到位，限改期限记为“立行立改”；跟踪限改由属地文化和旅游部门跟踪督促，"
        "限改期限届满后复查。",
        9,
    )
    b.line(
        ws, end + 2, "审核人：付建平    填表人：闫雪    联系电话：0393-8991342    填报日期：2024年7月26日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 宗教活动场所安全隐患排查整治情况表, after a 牧场党委统战部's account of its joint 宗教活动场所安全隐患排查
# (抽调综治、司法、安全生产、派出所人员组成联合检查组; 排查安全管理制度、安全设施、周边环境; 对发现的安全隐患问题，
# 要求各场所负责人在安全隐患排查整治情况表上签字确认，限期进行整改):
# http://nmwwt.org/html/4sndt/20130807/69376.html
# An .xls (xlwt): title, 排查单位/排查时间 line (the date the 立即整改 and N日内 rows count from), one header row with
# 排查内容 (the three areas the source names), 整改期限 and a 场所负责人签字 column, a 注 line and the 检查组 signatures.
RELIGION_ROWS = [
    (
        "清丰县马庄桥镇基督教堂",
        "基督教",
        "安全设施",
        "大堂配置的灭火器4具超过有效期，未及时更换",
        "更换灭火器，建立月度检查记录",
        "立即整改",
        "已更换，检查记录已建立",
        "刘长安",
    ),
    (
        "清丰县马庄桥镇天主堂",
        "天主教",
        "安全管理制度",
        "未制定大型宗教活动安全应急预案",
        "制定应急预案并报镇统战办备案",
        "15日内",
        "应急预案已起草，待报镇统战办备案",
        "张若瑟",
    ),
    (
        "清丰县马庄桥镇马庄桥村清真寺",
        "伊斯兰教",
        "周边环境",
        "寺外东侧围墙出现贯通裂缝，临近村内道路",
        "设置警示标志，委托房屋安全鉴定后加固",
        "2024年8月31日",
        "已设置警示标志和隔离带，正在联系鉴定机构",
        "马文清",
    ),
    (
        "清丰县马庄桥镇观音寺",
        "佛教",
        "安全设施",
        "大殿香烛区未设置防火隔离，附近堆放纸质供品",
        "清理可燃物，设置防火隔离",
        "立即整改",
        "",
        "释明心",
    ),
    (
        "清丰县马庄桥镇后刘村基督教堂",
        "基督教",
        "安全设施",
        "副堂电气线路老化，私拉乱接插线板",
        "更换老化线路，拆除私接插线板",
        "7日内",
        "未整改",
        "刘玉兰",
    ),
    (
        "清丰县马庄桥镇天主堂",
        "天主教",
        "安全管理制度",
        "未建立用火用电日常巡查记录",
        "建立日常巡查记录",
        "长期坚持",
        "已建立巡查记录，长期坚持",
        "张若瑟",
    ),
]


def write_religion(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "马庄桥镇宗教活动场所安全隐患排查整治情况表", t, 0, 8),
        (
            1,
            0,
            "排查单位：马庄桥镇党委统战办（会同镇综治中心、司法所、安全办、派出所）    排查时间：2024年7月10日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "场所名称",
            "宗教类别",
            "排查内容",
            "存在安全隐患",
            "整改要求",
            "整改期限",
            "整改落实情况",
            "场所负责人签字",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(RELIGION_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 6, 8) else c))
    r = 3 + len(RELIGION_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改期限自排查之日起计算；场所负责人签字表示对排查发现的隐患及整改要求予以确认。",
            plain,
            r,
            8,
        ),
        (
            r + 1,
            0,
            "检查组成员签字：李卫东  王振华  赵丽  孙鹏    填表人：郭亚楠    填报日期：2024年7月26日",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("排查整治情况表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 问政反映问题整改情况报告, after a province 体育局's account of the issues a televised 问政 raised on 全民健身
# (村光伏发电设施占用篮球场，已拆除并新建篮球场、验收交付使用; 农村体育健身器材管理维护不到位，已更换超服务年限
# 器材; 全民健身中心免费场馆不开放，已修订场馆预约流程; 每项写明整改情况和“下一步”):
# https://ct-kaiyunapp.com/news/521.html
# A .docx: title, 主送, preamble, the items as numbered paragraphs each naming its 问题, 责任单位 (towns, a street,
# bureaus under short and former names), 整改时限 and 整改情况 in sentences, a closing paragraph, the bureau and date.
ASK_PARAS = [
    (
        "一、村级光伏发电设施占用篮球场问题。清丰县大屯乡王什村光伏板支架占用村篮球场半场，群众无法正常开展篮球"
        "活动。责任单位：清丰县大屯乡人民政府。整改时限：2024年7月20日。整改情况：已拆除占用篮球场的光伏支架，"
        "在村文化广场新建标准篮球场一处，已验收交付使用。"
    ),
    (
        "二、农村健身器材超期服役、维护不到位问题。南乐县近德固乡部分村健身路径器材锈蚀断裂，存在伤人隐患。"
        "责任单位：南乐县近德固乡人民政府。整改时限：8月底前。整改情况：已拆除损坏器材23件，新器材正在采购。"
    ),
    (
        "三、全民健身中心免费开放时段被包场问题。市体育中心羽毛球馆免费开放时段被商业包场，群众预约不到场地。"
        "责任单位：濮阳市体育中心。整改时限：2024年7月5日。整改情况：已修订场馆预约流程，免费开放时段不再接受"
        "包场，整改完成。"
    ),
    (
        "四、学校体育场地向社会开放不到位问题。部分具备条件的中小学运动场节假日未按承诺向社会开放。责任单位："
        "教育局。整改时限：2024年9月1日前。整改情况：正在制定学校体育场地开放管理办法，已确定首批开放学校15所。"
    ),
    (
        "五、城市公园健身步道破损问题。戚城公园健身步道塑胶面层破损、雨后积水。责任单位：市城管执法局。"
        "整改时限：2024年8月15日。整改情况：已完成面层修补施工招标，计划8月上旬施工。"
    ),
    (
        "六、新建住宅小区未按标准配建健身设施问题。部分新建小区室外健身场地被改作停车位。责任单位：市房管局。"
        "整改时限：年底前。整改情况：尚未开展。"
    ),
    (
        "七、社区健身广场夜间照明不足问题。华龙区胜利路街道建业社区健身广场路灯损坏，夜间健身群众存在安全隐患。"
        "责任单位：华龙区胜利路街道办事处。整改时限：2024年7月31日。"
    ),
    (
        "八、体育场地设施用地保障不足问题。新建全民健身场地选址难、用地指标不足。责任单位：市国土局。整改时限："
        "长期坚持。整改情况：将全民健身场地设施用地纳入国土空间规划统筹保障，长期坚持。"
    ),
]


def write_ask(path: Path) -> Path:
    doc = _new_document("群众体育科")
    _title(doc, "濮阳市体育局关于“问政濮阳”全民健身专题反映问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "6月20日，《问政濮阳》栏目围绕“推动全民健身高质量发展”开展专题问政，反映了8个方面的问题。问政结束后，"
        "我局召开专题会议安排部署整改工作，逐项明确责任单位和整改时限。现将整改情况报告如下：",
    )
    for text in ASK_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将举一反三，对全市公共健身场地器材损坏、体育场地被侵占等问题全面摸排，建立台账，跟踪督促整改。",
    )
    _paragraph(doc, "濮阳市体育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 体育场馆安全隐患排查问题台账, after a city 体育局's account of its four 监督检查组 checking 局属 venues and sampling
# the counties' 体育场馆 and 校外体育类培训机构 (体育设施、游泳馆、校外培训检查标准; 认真梳理问题清单，提出具体整改
# 要求，制定问题台账，明确整改时限; 该关停的必须关停，整改不到位、安全不达标的一律不准开放):
# http://m.gxllumar.com/content/fenkangaojian/20220429/1084329.html
# An .xlsx: title, 填报单位/检查时间 line, one header row with 检查类别, 场馆（机构）名称 and its 管理单位, the items
# grouped under four 监督检查组 rows merged across, a 复查情况 column beside 整改情况, a 说明 line and a signature.
VENUE_GROUPS = [
    (
        "第一监督检查组（局属场馆）",
        [
            (
                "体育设施",
                "濮阳市体育中心体育馆",
                "濮阳市体育中心",
                "市直",
                "体育馆看台东侧两处疏散通道被临时座椅占用",
                "清除占用物，保持疏散通道畅通",
                "2024年7月15日",
                "已清理",
                "复查合格",
            ),
            (
                "游泳馆",
                "濮阳市全民健身中心游泳馆",
                "濮阳市全民健身中心",
                "市直",
                "深水区救生员配备不足，仅1名救生员值守",
                "按水面面积足额配备救生员",
                "2024年7月20日",
                "已增配持证救生员2名，整改完成",
                "",
            ),
        ],
    ),
    (
        "第二监督检查组（华龙区、濮阳县）",
        [
            (
                "游泳馆",
                "碧水游泳健身馆",
                "濮阳市华龙区碧水游泳健身有限公司",
                "华龙区",
                "未取得高危险性体育项目经营许可证即对外开放",
                "停止开放，依法申办经营许可",
                "取得许可证前不准开放",
                "已停止开放，许可申请材料正在准备",
                "",
            ),
            (
                "体育设施",
                "濮阳县体育场",
                "濮阳县文化广电和旅游局",
                "濮阳县",
                "田径场塑胶跑道局部起鼓开裂，看台栏杆锈蚀松动",
                "维修跑道面层，更换锈蚀栏杆",
                "2024年8月—9月",
                "正在进行维修工程招标",
                "",
            ),
        ],
    ),
    (
        "第三监督检查组（清丰县、南乐县）",
        [
            (
                "校外体育类培训",
                "飞跃跆拳道培训中心",
                "清丰县飞跃跆拳道培训中心",
                "清丰县",
                "训练场地未铺设防护垫，立柱和墙面未做软包防护",
                "铺设防护垫，立柱墙面加装软包",
                "2024年7月31日",
                "未整改",
                "",
            ),
            (
                "体育设施",
                "南乐县第一高级中学体育馆（对外开放）",
                "南乐县第一高级中学",
                "南乐县",
                "配电室消防器材缺失，配电柜前堆放杂物",
                "配齐消防器材，清理杂物",
                "2024年7月18日",
                "",
                "",
            ),
        ],
    ),
    (
        "第四监督检查组（范县、台前县）",
        [
            (
                "游泳馆",
                "清泉游泳馆",
                "范县清泉游泳健身有限公司",
                "范县",
                "深浅水区分隔标志缺失，池岸未设置水深标识",
                "设置分隔浮标和水深标识",
                "2024年7月10日",
                "正在整改",
                "复查合格",
            ),
            (
                "体育设施",
                "台前县全民健身中心",
                "台前县全民健身中心",
                "台前县",
                "健身房力量器械无安全使用说明，两台器械钢丝绳磨损",
                "张贴使用说明，更换磨损钢丝绳",
                "2024年7月25日",
                "已整改",
                "复查不合格，已责令继续整改",
            ),
        ],
    ),
]


def write_venue(path: Path) -> Path:
    b = Book(path, author="体育产业科")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 12, 24, 26, 10, 38, 26, 18, 28, 20])
    b.line(ws, 0, "濮阳市体育场馆、游泳馆及校外体育类培训机构安全隐患问题台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市体育局（盖章）    检查时间：2024年7月1日至7月12日    填报日期：2024年7月27日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查类别",
            "场馆（机构）名称",
            "管理单位",
            "所在县（区）",
            "存在问题",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in VENUE_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：对存在安全隐患的体育场馆该关停的必须关停，整改不到位、安全不达标的一律不准开放；复查情况由各监督"
        "检查组填写。",
        9,
    )
    b.line(ws, r + 1, "审核人：陈刚    填表人：吕佳    联系电话：0393-4418265", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 游泳场所联合执法检查整改通知书登记表, after a county 教体局's account of its joint 游泳场所 check with 卫健委 and
# 消防大队 (“双随机、一公开”; 安全管理制度、消防设施配备、卫生条件达标情况、救生人员资质; 消防通道堆放杂物、深浅水
# 区域标识不明显、水质自检记录不全; 现场下达整改通知书，要求限期整改并提交复查申请，对存在重大安全隐患的场所依法
# 予以停业整顿):
# http://www.jxyy.gov.cn/yyxjyj/zwdtz/202507/40895c8667144b8c988b4f2ff4b4d9d6.shtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查单位/检查时间 line,
# one header row with the 整改通知书 number and the 下达日期 each row's 限期N日 counts from, the 复查申请 date and a
# 复查结果 column (the verdict), a 合计 row, a 注 line and a signature line.
POOL_ROWS = [
    (
        "濮阳县城关镇蓝海游泳馆",
        "消防通道堆放泳圈、清洁器具等杂物",
        "濮县体联检〔2024〕011号",
        date(2024, 7, 16),
        "限期3日",
        date(2024, 7, 18),
        "复查合格",
        "",
    ),
    (
        "濮阳县文留镇清凉夏日游泳池",
        "深浅水区域标识不明显，浅水区无水深提示",
        "濮县体联检〔2024〕012号",
        date(2024, 7, 16),
        "限期7日",
        "",
        "",
        "",
    ),
    (
        "濮阳县子岸镇水立方游泳馆",
        "水质自检记录不全，缺7月上旬余氯、pH值检测记录",
        "濮县体联检〔2024〕013号",
        date(2024, 7, 17),
        "限期5日",
        date(2024, 7, 22),
        "复查中",
        "",
    ),
    (
        "濮阳县城关镇浪花游泳健身中心",
        "在岗救生员3人未取得救生员国家职业资格证书",
        "濮县体联检〔2024〕014号",
        date(2024, 7, 17),
        "限期10日（期间停业整顿）",
        "",
        "",
        "已停业整顿，救生员正在参加培训考证",
    ),
    (
        "濮阳县户部寨镇碧波游泳池",
        "急救药品过期，未配备自动体外除颤器",
        "濮县体联检〔2024〕015号",
        date(2024, 7, 18),
        "限期15日",
        date(2024, 7, 29),
        "复查合格",
        "",
    ),
    (
        "濮阳县柳屯镇快乐鱼游泳馆",
        "泳池池岸防滑垫破损翘起，更衣室地面湿滑无警示",
        "濮县体联检〔2024〕016号",
        date(2024, 7, 19),
        "限期7日",
        "",
        "逾期未整改",
        "",
    ),
    (
        "濮阳县城关镇星光酒店游泳池",
        "未公示开放时间、水质检测结果等安全信息",
        "濮县体联检〔2024〕017号",
        date(2024, 7, 19),
        "限期3日",
        date(2024, 7, 20),
        "复查合格",
        "",
    ),
]


def write_pool_book(path: Path) -> Path:
    b = Book(path, author="体育股")
    ws = b.sheet("整改通知书登记")
    b.widths(ws, [6, 30, 40, 24, 12, 22, 14, 14, 28])
    b.line(ws, 0, "濮阳县游泳场所联合执法检查整改通知书下达及复查情况登记表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县教育局（体育股）会同县卫生健康委员会、县消防救援大队    检查时间：2024年7月16日至19日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称",
            "检查发现问题",
            "整改通知书文号",
            "下达日期",
            "整改期限",
            "复查申请日期",
            "复查结果",
            "备注",
        ],
    )
    for i, row in enumerate(POOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POOL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 8, "下达整改通知书7份，复查合格3家，复查中1家，停业整顿1家，逾期未整改1家", b.cell
    )
    b.line(ws, end + 1, "注：整改期限自整改通知书下达之日起按日历日计算；整改完成后由场所提交复查申请。", 8)
    b.line(
        ws, end + 2, "填表人：白洁    审核人：王国庆    联系电话：0393-3256170    填报日期：2024年7月29日", 8
    )
    return b.close()


def write_pool(path: Path) -> Path:
    return via_soffice(write_pool_book, path, "xls", "游泳场所整改通知书登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 公共游泳场所“双随机、一公开”联合检查结果, after a district 教育文体旅游局's notice of its 公共游泳馆(池)联合检查
# (区教育文体旅游局联合区民生保障局、区市场监督管理局; 9所经营性游泳场所，详见附件1，覆盖率100%; 检查组组长和检查
# 人员逐一列名; 营业执照、高危险性体育项目经营许可证、救生员配备及资格、救护观察台、深浅水区标示牌、安全制度和应急
# 预案、安全信息公示、入场人数控制、水质):
# http://www.qzts.gov.cn/zwgk/zdxxgk/ggwhty/202509/t20250904_3206997.htm
# A CSV in GBK: a title line, a line naming the joint check, one header line listing all nine 场所 (附件1's list)
# with 所属街道（乡镇）, 经营主体, the 检查人员 (the inspectors) and the 检查日期 the 立行立改 / N个工作日内 rows count from;
# three 场所 were found in order (not items); a 合计 line and the 检查组 line.
SWIM_ROWS = [
    (
        "中原路街道",
        "濮阳市华龙区翔宇游泳健身有限公司",
        "翔宇游泳馆",
        "2024-07-22",
        "林峰、陈晓",
        "基本合格",
        "救护观察台高度不足，未配备救生杆、救生圈",
        "7月底前",
        "已整改",
    ),
    (
        "胜利路街道",
        "濮阳市中原宾馆有限公司",
        "中原宾馆室内泳池",
        "2024-07-22",
        "林峰、陈晓",
        "合格",
        "未发现问题",
        "",
        "",
    ),
    (
        "人民路街道",
        "濮阳市华龙区蓝鲸体育文化有限公司",
        "蓝鲸游泳馆",
        "2024-07-22",
        "林峰、陈晓",
        "基本合格",
        "高峰时段入场人数超过核定容量，未实行限流",
        "8月15日前",
        "正在整改",
    ),
    (
        "孟轲乡",
        "濮阳市华龙区孟轲绿野生态农庄有限公司",
        "绿野农庄露天泳池",
        "2024-07-23",
        "丁辉、王立",
        "不合格",
        "未取得高危险性体育项目经营许可证擅自对外开放",
        "立行立改",
        "已停止开放，正在申办许可证",
    ),
    (
        "昆吾路街道",
        "濮阳市华龙区海豚湾游泳培训中心",
        "海豚湾游泳馆",
        "2024-07-22",
        "林峰、陈晓",
        "基本合格",
        "水质检测报告和救生员资质未在入口处公示",
        "5个工作日内",
        "",
    ),
    (
        "黄河路街道",
        "濮阳市阳光物业服务有限公司",
        "阳光花园小区会所泳池",
        "2024-07-23",
        "丁辉、王立",
        "合格",
        "未发现问题",
        "",
        "",
    ),
    (
        "大庆路街道",
        "濮阳市华龙区龙城健身俱乐部有限公司",
        "龙城健身会所泳池",
        "2024-07-23",
        "丁辉、王立",
        "基本合格",
        "2名救生员职业资格证书过期",
        "8月10日前",
        "未整改",
    ),
    (
        "岳村镇",
        "濮阳市华龙区岳村镇水上乐园有限公司",
        "岳村水上乐园",
        "2024-07-24",
        "丁辉、王立",
        "合格",
        "未发现问题",
        "",
        "",
    ),
    (
        "建设路街道",
        "濮阳新世纪体育发展有限公司",
        "新世纪游泳馆",
        "2024-07-24",
        "林峰、陈晓",
        "基本合格",
        "应急预案未上墙公示，应急演练记录缺失",
        "长期",
        "按月开展应急演练，长期坚持",
    ),
]


def write_swim(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区2024年公共游泳场所“双随机、一公开”联合检查结果（附件1）"])
    w.writerow(["检查方式：区教育局（体育股）联合区卫生健康委员会、区市场监督管理局实地联合检查，覆盖率100%"])
    w.writerow(
        [
            "序号",
            "所属街道（乡镇）",
            "经营主体",
            "场所名称",
            "检查日期",
            "检查人员",
            "检查结论",
            "发现问题",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(SWIM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "检查经营性游泳场所9家", "", "", "", "", "发现问题6家", "", "已整改1家"])
    w.writerow(["检查组组长：郑伟（区教育局体育股负责人）    填表人：崔莹    填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 中小学生校外培训“安全守护”专项行动隐患整改情况, after a county's account of its 中小学生校外培训“安全守护”
# 专项行动 (应急管理、教育、公安、消防、文化等多部门联合检查组; 排查场地、设施、消防、人员等方面的安全隐患; 下达
# 整改通知，要求限期整改并在整改期间停止培训活动; 一般安全隐患17处，严重安全隐患2处，关停校外培训机构2所，立行
# 立改或限期整改17所):
# https://ningling.gov.cn/zwzx/bmdt/content_217129
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 检查时间 the 立行立改 rows count from, a table with
# 隐患类别 (一般/严重) and 处理方式 (立行立改 / 限期整改 / 关停) beside the 整改时限, a closing paragraph, the bureau and date.
GUARD_ROWS = [
    (
        "濮阳县启航教育培训学校",
        "一般隐患",
        "二楼疏散通道堆放课桌椅，安全出口指示灯不亮",
        "立行立改",
        "立行立改",
        "已清理通道，更换指示灯",
    ),
    (
        "濮阳县天韵艺术培训中心",
        "一般隐患",
        "钢琴教室电源插座无保护盖，墙面电线裸露",
        "限期整改",
        "7月20日前",
        "已整改到位",
    ),
    (
        "濮阳县飞鹰篮球俱乐部",
        "一般隐患",
        "训练场馆未配备急救箱和自动体外除颤器",
        "限期整改",
        "2024年7月31日",
        "已配备急救箱，除颤器正在采购",
    ),
    (
        "濮阳县龙腾武术培训中心",
        "严重隐患",
        "培训场所设在地下室，无独立安全出口，学员住宿与训练混设",
        "关停",
        "立行立改",
        "已关停，场地已退租",
    ),
    (
        "濮阳县博学午托中心",
        "严重隐患",
        "午休宿舍使用彩钢板隔断，未安装火灾自动报警设施",
        "限期整改（整改期间停止托管）",
        "2024年8月31日",
        "已停止托管，正在拆除彩钢板隔断",
    ),
    (
        "濮阳县小画家美术工作室",
        "一般隐患",
        "未建立学员接送登记制度，放学时段学员自行离开",
        "限期整改",
        "2024年7月15日",
        "未整改",
    ),
    (
        "濮阳县英才教育咨询有限公司",
        "一般隐患",
        "灭火器数量不足，三层教学区仅配置1具",
        "立行立改",
        "立行立改",
        "",
    ),
]


def write_guard_docx(path: Path) -> Path:
    doc = _new_document("校外教育股")
    _title(doc, "濮阳县中小学生校外培训“安全守护”专项行动隐患整改情况", 18)
    _paragraph(doc, "县“双减”工作专班办公室：")
    _paragraph(
        doc,
        "2024年7月9日，县应急管理、教育、公安、消防、文化等部门组成联合检查组，对全县校外培训机构场地、设施、"
        "消防、人员等方面的安全隐患开展集中排查，共排查出一般安全隐患5处、严重安全隐患2处，关停校外培训机构1所，"
        "对其余机构下达整改通知，要求立行立改或限期整改。现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(GUARD_ROWS, 1)]
    _table(doc, ["序号", "机构名称", "隐患类别", "隐患内容", "处理方式", "整改时限", "整改情况"], body)
    _paragraph(doc, "注：“立行立改”事项自检查当日（2024年7月9日）起整改；限期整改期间停止培训活动。", 12)
    _paragraph(doc, "濮阳县教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_guard(path: Path) -> Path:
    return via_soffice(write_guard_docx, path, "doc", "校外培训安全守护专项行动隐患整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 校外培训机构消防安全隐患台账 (two returns in one zip), after a county primary school's 校外培训整治工作组 account
# of its 消防安全隐患排查 of seven nearby 艺术培训学校 and 培训中心 (逐一填写检查记录，建立消防安全隐患台账，对检查中
# 存在的突出问题第一时间向培训机构负责人进行了反馈，要求及时采取措施进行整改):
# http://xgxhtv.cn/zhuanti/lanmu1/2024-01-26/605776.html
# A .zip (member names in GBK) holding an .xlsx from one school's 工作组 (检查时间, the 机构负责人 told and the 反馈时间
# each row's 立行立改 / N日内 counts from) and a .docx with a table from another 工作组 with a 销号情况 column.
HUALONG_TRAIN_ROWS = [
    (
        "濮阳市华龙区智慧树艺术培训学校",
        date(2024, 7, 12),
        "二楼教室窗户安装固定式防盗网，无应急逃生窗口",
        "张颖",
        date(2024, 7, 12),
        "改装为可从内部开启的防盗窗",
        "2024年7月26日",
        "已改装，工作组复查通过",
    ),
    (
        "濮阳市华龙区小书虫阅读馆",
        date(2024, 7, 12),
        "疏散指示标志损坏，楼梯间应急照明灯不亮",
        "李梅",
        date(2024, 7, 12),
        "更换疏散指示标志和应急照明灯",
        "3日内",
        "已更换",
    ),
    (
        "濮阳市华龙区博雅书法培训中心",
        date(2024, 7, 15),
        "电动自行车在楼道内停放并充电",
        "王志刚",
        date(2024, 7, 15),
        "清理楼道电动车，禁止室内充电",
        "立行立改",
        "",
    ),
    (
        "濮阳市华龙区星光舞蹈培训中心",
        date(2024, 7, 15),
        "舞蹈教室未配置灭火器，消防器材数量不足",
        "赵敏",
        date(2024, 7, 15),
        "每间教室配置灭火器2具",
        "2024年7月31日",
        "灭火器正在采购",
    ),
]
NANLE_TRAIN_ROWS = [
    ("南乐县乐学教育培训学校", "教学区灭火器6具已过期", "2024年7月15日", "已更换", "已销号"),
    ("南乐县启明星托管中心", "厨房与学生休息区之间未进行防火分隔", "2024年8月20日", "防火墙正在施工", ""),
    (
        "南乐县金话筒口才培训中心",
        "培训场所仅有一个安全出口，不满足疏散要求",
        "2024年8月25日前（秋季开学前）",
        "未整改",
        "",
    ),
    (
        "南乐县未来星美术培训中心",
        "消防安全管理制度未上墙，工作人员不会使用灭火器",
        "7月20日前",
        "已上墙，已组织全员消防培训",
        "已销号",
    ),
]


def write_hualong_train(path: Path) -> Path:
    b = Book(path, author="昆吾小学")
    ws = b.sheet("消防安全隐患台账")
    b.widths(ws, [6, 30, 12, 40, 12, 12, 28, 16, 24])
    b.line(ws, 0, "华龙区昆吾小学校外培训整治工作组消防安全隐患台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区昆吾小学校外培训整治工作组    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "培训机构名称",
            "检查时间",
            "隐患情况",
            "机构负责人",
            "反馈时间",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(HUALONG_TRAIN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HUALONG_TRAIN_ROWS)
    b.line(ws, end, "说明：整改时限自向机构负责人反馈之日起计算。", 8)
    b.line(ws, end + 1, "工作组组长：杜红霞    填表人：秦朗    联系电话：0393-8156032", 8)
    return b.close()


def write_nanle_train(path: Path) -> Path:
    doc = _new_document("城关镇中心校")
    _title(doc, "南乐县城关镇中心校校外培训整治工作组消防安全隐患整改台账", 16)
    _paragraph(doc, "检查时间：2024年7月10日至11日    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(NANLE_TRAIN_ROWS, 1)]
    _table(doc, ["序号", "机构名称", "隐患内容", "整改期限", "整改进展", "销号情况"], body)
    _paragraph(doc, "填表人：孔祥瑞    联系电话：0393-7213508", 12)
    return _save_fixed(doc, path)


def write_train_zip(path: Path) -> Path:
    members = [
        ("华龙区昆吾小学校外培训机构消防安全隐患台账.xlsx", write_hualong_train),
        ("南乐县城关镇中心校校外培训机构消防安全隐患整改台账.docx", write_nanle_train),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for i, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{i}{Path(name).suffix}")
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 校外培训机构联合督查发现问题整改落实台账, after a 旗教育体育局's account of its 联合督查 of 校外培训机构、小饭桌、
# 早教中心 with 民政、市场监管、住建、消防 and the 社区 (安全、消防隐患及超范围经营、税费征收、无证办学、强化应试;
# 当场填发检查记录表; 文化教育类42家、托管服务类23家、艺术类28家、体育类3家，无证无照52家; 联席会议研判，提出分类
# 整改措施，建立黑白名单):
# https://www.erdosedu.com/info/1041/16826.htm
# An .xlsx from one bureau whose rows name only its own 科室: title, 填报单位 line, a line of the 督查 counts, a two-row
# header (是否完成整改 over 是 / 否 ticks), 完成时限 as dates, 年底前, a schedule text and 长期坚持, a 备注 column that
# sometimes tells of a step, a 说明 line and a signature line.
JOINT_ROWS = [
    (
        "办学资质",
        "无证无照校外培训机构52家尚未分类处置",
        "会同民政、市场监管部门分类处置，符合条件的引导办证，不符合条件的依法取缔",
        "校外教育培训监管科",
        "8月底前完成分类建档，10月底前全部处置到位",
        "",
        "√",
        "已完成分类建档，正在逐家处置",
    ),
    (
        "安全管理",
        "托管服务类机构消防设施配备不足，部分疏散通道不畅",
        "会同消防部门开展托管机构消防专项检查",
        "安全稳定科",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "培训内容",
        "部分非学科类机构存在超纲超前教学现象",
        "开展暑期隐形变异培训专项巡查",
        "基础教育科",
        "8月底前",
        "",
        "√",
        "",
    ),
    (
        "师资管理",
        "非学科类机构从业人员资质审核不严，未建立从业人员信息库",
        "建立从业人员信息库，逐人核验资质",
        "教师工作科",
        "2024年9月30日",
        "",
        "",
        "",
    ),
    (
        "收费监管",
        "预收费资金未纳入监管账户，存在“退费难”风险",
        "推动培训机构开设预收费监管账户",
        "计划财务科",
        "年底前",
        "",
        "√",
        "已有18家机构开设监管账户",
    ),
    (
        "制度建设",
        "校外培训机构黑白名单制度未建立",
        "建立并向社会公布黑白名单",
        "校外教育培训监管科",
        "2024年7月31日",
        "√",
        "",
        "7月25日已在局网站公布",
    ),
    (
        "长效机制",
        "校外培训治理联席会议未常态化召开",
        "每季度召开一次联席会议",
        "办公室",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
]


def write_joint(path: Path) -> Path:
    b = Book(path, author="校外教育培训监管科")
    ws = b.sheet("整改落实台账")
    b.widths(ws, [6, 12, 40, 40, 18, 26, 6, 6, 28])
    tick = b.book.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市校外培训机构联合督查发现问题整改落实台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市教育局    填报日期：2024年7月30日", 8)
    b.line(
        ws,
        2,
        "联合督查共核实各类校外培训机构96家，其中文化教育类42家、托管服务类23家、艺术类28家、体育类3家；"
        "无证无照52家。",
        8,
    )
    for c, word in enumerate(["序号", "问题类别", "督查发现问题", "整改措施", "责任科室", "完成时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "是否完成整改", b.head)
    b.header(ws, 4, ["是", "否"], first=6)
    b.merge(ws, 3, 8, 4, 8, "备注", b.head)
    for i, row in enumerate(JOINT_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], tick)
        b.put(ws, r, 7, row[6], tick)
        b.put(ws, r, 8, row[7])
    end = 5 + len(JOINT_ROWS)
    b.line(ws, end, "说明：完成整改的在“是”栏打“√”，未完成的在“否”栏打“√”，进展情况在备注栏说明。", 8)
    b.line(ws, end + 1, "分管领导：高志远    填表人：邢丹    联系电话：0393-8993617", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 宗教活动场所专项检查问题整改清单, after a town's account of its 宗教活动场所专项检查 (重点排查消防安全、建筑安全、
# 活动管理等方面隐患; 建筑结构、消防设施、电气线路、疏散通道; 灭火器配备不足或超期失效、电线私拉乱接; 活动备案、
# 人员管理、宣传内容; 现场提出整改意见，要求限时整改到位，并安排专人跟踪落实):
# https://www.fjdaily.com/app/content/2025-07/03/content_3401512.html
# An .ods (LibreOffice conversion of an .xlsx): title, 检查时间/检查单位 line (the date the 立行立改 and N日内 rows
# count from), one header row with a 跟踪落实人 (the town's cadre, not the unit) and a 完成时间 column, the items
# grouped under three 检查类别 rows (消防安全 / 建筑安全 / 活动管理), deadlines as 立行立改, dates, 第三季度, 年底前,
# 10日内 and 长期坚持, a 备注 column, a signature line.
SITE_GROUPS = [
    (
        "一、消防安全",
        [
            (
                "台前县夹河乡基督教堂",
                "礼拜堂配置的灭火器5具超期失效",
                "立即更换灭火器",
                "立行立改",
                "刘保国",
                date(2024, 7, 3),
                "",
            ),
            (
                "台前县夹河乡崇福寺",
                "斋堂厨房电线私拉乱接，使用大功率电器",
                "规范线路敷设，停用大功率电器",
                "7月15日前",
                "刘保国",
                "",
                "已请电工查看线路，待更换",
            ),
        ],
    ),
    (
        "二、建筑安全",
        [
            (
                "台前县夹河乡天主堂",
                "钟楼外墙砖体风化脱落，下方为通行区域",
                "设置隔离区域，委托房屋安全鉴定",
                "第三季度",
                "孙庆华",
                "",
                "",
            ),
            (
                "台前县夹河乡崇福寺",
                "新建厢房未办理规划审批手续",
                "停止建设，依法补办手续或自行拆除",
                "年底前",
                "孙庆华",
                "",
                "已停工",
            ),
        ],
    ),
    (
        "三、活动管理",
        [
            (
                "台前县夹河乡基督教堂",
                "举办大型宗教活动未按规定提前备案",
                "严格执行大型活动备案制度",
                "长期坚持",
                "朱丽",
                "",
                "长期坚持",
            ),
            (
                "台前县夹河乡天主堂",
                "宣传栏张贴内容未经场所管理组织审核",
                "撤换未经审核的宣传内容，建立审核制度",
                "10日内",
                "朱丽",
                date(2024, 7, 8),
                "",
            ),
        ],
    ),
]


def write_site_book(path: Path) -> Path:
    b = Book(path, author="夹河乡统战办")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [6, 26, 38, 32, 12, 12, 14, 26])
    b.line(ws, 0, "夹河乡宗教活动场所专项检查问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月3日    检查单位：夹河乡统战办会同乡派出所、应急办、村宗教工作联络员",
        7,
    )
    b.header(
        ws, 2, ["序号", "场所名称", "发现问题", "整改意见", "整改时限", "跟踪落实人", "完成时间", "备注"]
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in SITE_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "填表人：朱丽    审核人：孙庆华    联系电话：0393-2261578    填报日期：2024年7月26日", 7)
    return b.close()


def write_site(path: Path) -> Path:
    return fixed_zip(via_soffice(write_site_book, path, "ods", "宗教活动场所专项检查问题整改清单.xlsx"))


FILES = [
    ("文化和旅游行业安全生产大排查大整治隐患整改台账.xlsx", write_tour),
    ("马庄桥镇宗教活动场所安全隐患排查整治情况表.xls", write_religion),
    ("市体育局关于问政濮阳全民健身专题反映问题整改情况的报告.docx", write_ask),
    ("体育场馆、游泳馆及校外体育类培训机构安全隐患问题台账.xlsx", write_venue),
    ("濮阳县游泳场所联合执法检查整改通知书登记表.et", write_pool),
    ("华龙区公共游泳场所双随机一公开联合检查结果.csv", write_swim),
    ("濮阳县中小学生校外培训安全守护专项行动隐患整改情况.doc", write_guard),
    ("校外培训机构消防安全隐患台账（华龙区、南乐县）.zip", write_train_zip),
    ("校外培训机构联合督查发现问题整改落实台账.xlsx", write_joint),
    ("夹河乡宗教活动场所专项检查问题整改清单.ods", write_site),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

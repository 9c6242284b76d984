"""Write the dev144 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 交通运输、公路养护、客运安全、水上交通、铁路沿线环境整治的问题整改 (铁路沿线交办问题督查, 水上交通暗访,
道路客运隐患排查, 公路路域环境夜查通报, 公路环境整治销号清单, 铁路外部环境隐患档案, 普铁隐患整治清单, 两客一危动态
监控抽查, 渡口船舶专项整治, 交通运输局巡察整改).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside251.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # zipfile's own method name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


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
# 1. 铁路沿线环境交办问题整改情况督查表, after a city 交通运输局's note on the 市铁路办 checking, with the 整治办 and
# the 工务段, how the districts had dealt with the 交办问题 along a railway (淮阴区共存在41处，目前已与铁路部门对接，
# 还未开展实质性的整治活动; 清江浦区计划于4月30日前整改到位; 开发区已排除隐患2处; 以问题清单为抓手，再排查、回头看):
# http://jtj.huaian.gov.cn/zwgk/jtjs/content/201905/1557458146629SFOB4k4x.html
# An .xls (xlwt): title, 督查单位/督查时间 line, a preamble line with the 交办 date (base of 立行立改), a two-row header
# (交办问题 over 问题点位 and 问题描述), 县（区） merged down over its rows, a 小计 row after each 县（区） in the source's
# words (共N处，已排除隐患N处), 计划整改时间 as 计划于…前整改到位, a 合计 row, the 督查组 要求 line and a signature line.
RAIL_GROUPS = [
    (
        "华龙区",
        [
            (
                "郑济高铁K412+300右侧（岳村镇东王什村）",
                "线路安全保护区内违规搭建彩钢瓦棚2处，大风天气易被刮起侵入线路",
                "华龙区岳村镇人民政府",
                "计划于8月10日前整改到位",
                "已拆除1处，另1处正在拆除",
            ),
            (
                "汤台铁路K58+150两侧（皇甫街道）",
                "铁路桥下堆放废旧塑料等易燃物品约30立方米",
                "市城管执法局",
                "计划于7月31日前整改到位",
                "已清运完毕，已排除隐患",
            ),
            (
                "郑济高铁K415+800左侧",
                "保护区内一处废品收购站违法占地经营",
                "市国土局",
                "计划于9月30日前整改到位",
                "尚未启动整治",
            ),
        ],
        "小计：共3处，已排除隐患1处",
    ),
    (
        "濮阳县",
        [
            (
                "汤台铁路K66+400（柳屯镇杨吕邱村段）",
                "铁路线路两侧农户种植大棚塑料薄膜未加固",
                "濮阳县柳屯镇人民政府",
                "立行立改",
                "已全部压膜加固，已排除隐患",
            ),
            (
                "汤台铁路K70+020（城关镇）",
                "铁路桥梁下穿道路限高防护架损坏，未设置限高标志",
                "濮阳县交通运输局",
                "计划于8月底前整改到位",
                "限高标志已设置，防护架正在重新制作",
            ),
            (
                "汤台铁路K73+600（子岸镇）",
                "铁路沿线一养殖场粪污直排铁路排水沟",
                "市环保局",
                "计划于8月15日前整改到位",
                "",
            ),
        ],
        "小计：共3处，已排除隐患1处",
    ),
    (
        "范县",
        [
            (
                "汤台铁路K95+300（濮城镇）",
                "10千伏电力线路跨越铁路处导线弧垂过大，与接触网安全距离不足",
                "供电公司",
                "计划于2024年9月15日前整改到位",
                "已制定改造方案，待铁路部门审批后施工",
            ),
            (
                "汤台铁路K99+700（王楼镇）",
                "铁路护网被破坏形成缺口3处，有群众穿越铁路",
                "范县王楼镇人民政府",
                "计划于7月20日前整改到位",
                "缺口已修复，已排除隐患",
            ),
        ],
        "小计：共2处，已排除隐患1处",
    ),
]


def write_rail_check(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    sub = _xf(bold=True)
    cells = [
        (0, 0, "郑济高铁、汤台铁路沿线环境交办问题整改情况督查表", t, 0, 7),
        (
            1,
            0,
            "督查单位：濮阳市铁路沿线安全环境治理工作领导小组办公室（市交通运输局代章）    督查时间：2024年7月26日",
            plain,
            1,
            7,
        ),
        (
            2,
            0,
            "问题清单于2024年7月5日交办各县（区）。7月26日，市铁路办会同市整治办、濮阳工务段对各县（区）"
            "交办问题整改情况进行了督查，情况如下：",
            plain,
            2,
            7,
        ),
        (3, 0, "序号", h, 4, 0),
        (3, 1, "县（区）", h, 4, 1),
        (3, 2, "交办问题", h, 3, 3),
        (4, 2, "问题点位", h),
        (4, 3, "问题描述", h),
        (3, 4, "责任单位", h, 4, 4),
        (3, 5, "计划整改时间", h, 4, 5),
        (3, 6, "督查情况", h, 4, 7),
    ]
    r, n = 5, 0
    for county, rows, subtotal in RAIL_GROUPS:
        cells.append((r, 1, county, ctr, r + len(rows) - 1, 1))
        for point, desc, unit, plan, seen in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 2, point, c),
                (r, 3, desc, c),
                (r, 4, unit, c),
                (r, 5, plan, c),
                (r, 6, seen, c, r, 7),
            ]
            r += 1
        cells += [(r, 0, "", c), (r, 1, subtotal, sub, r, 7)]
        r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "共交办问题8处，已排除隐患3处，正在整改3处，未启动1处，未报送情况1处", c, r, 7),
        (
            r + 1,
            0,
            "督查组要求：各县（区）继续以问题清单为抓手，进行再排查、回头看，严防问题反弹，加强与铁路管理部门沟通，"
            "对铁路沿线问题做到反应快、行动快、处置快。",
            plain,
            r + 1,
            7,
        ),
        (r + 2, 0, "填表人：李俊峰    审核人：杜建新    联系电话：0393-8663217", plain, r + 2, 7),
    ]
    return _write_xls(path, [("督查表", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 水上交通安全暗访检查问题隐患整改台账, after a city 交通运输局's account of its 春运 水上交通安全暗访 (7个督查组,
# “四不两直”; 抽查涉水单位及船舶18个，排查出问题隐患20条，其中重大隐患2条; 渡船主机油箱违规使用塑料桶、塑料软管;
# 客渡船缺少必要消防救生设施且船体锈蚀严重; 对隐患立即建立台账、限期整改闭环):
# https://jtj.changde.gov.cn/zhdt/gzdt/content_78192063
# An .xlsx: title, 检查单位/暗访时间 line, a preamble with the counts in the source's words and the 交办 date that
# 立即整改 and 10个工作日内 count from, one header row with 督查组 and 隐患等级 (一般/重大) beside the 整改责任单位,
# a 整改闭环情况 column, a 注 line and a signature line.
WATER_ROWS = [
    (
        "第一督查组",
        "渠村乡青庄黄河浮桥",
        "濮阳县",
        "浮桥码头未设置停航封渡线和安全警示牌",
        "一般隐患",
        "濮阳县渠村乡人民政府",
        "10个工作日内",
        "已设置到位，已闭环",
    ),
    (
        "第一督查组",
        "渠村乡渡船“豫濮渡0012”",
        "濮阳县",
        "渡船主机油箱违规使用塑料桶、塑料软管供油",
        "重大隐患",
        "濮阳县渠村乡人民政府",
        "立即整改",
        "已更换标准油箱及供油管路，复查合格",
    ),
    (
        "第二督查组",
        "陆集乡彭楼渡口客渡船",
        "范县",
        "客渡船缺少救生圈、灭火器等必要消防救生设施，船体锈蚀严重",
        "重大隐患",
        "范县陆集乡人民政府",
        "立即整改",
        "已停航，渡船送厂除锈维修，救生消防设施正在配备",
    ),
    (
        "第二督查组",
        "范县黄河湿地游船码头",
        "范县",
        "景区游船未配备足额儿童救生衣，乘客登船前未进行安全告知",
        "一般隐患",
        "范县黄河湿地文化旅游有限公司",
        "2024年7月31日",
        "",
    ),
    (
        "第三督查组",
        "龙湖游船码头",
        "华龙区",
        "游船码头水上突发事件应急预案未演练，安全管理台账缺失",
        "一般隐患",
        "市文广新局",
        "10个工作日内",
        "台账已补建，应急演练正在组织",
    ),
    (
        "第三督查组",
        "孙口黄河浮桥",
        "台前县",
        "浮桥夜间通行无照明，警示灯损坏",
        "一般隐患",
        "台前县孙口镇人民政府",
        "8月10日前",
        "未整改",
    ),
    (
        "第四督查组",
        "吴坝镇将军渡口",
        "台前县",
        "渡工适任证书过期仍从事渡运",
        "一般隐患",
        "台前县交通运输局",
        "10个工作日内",
        "已暂停该渡工渡运，经培训考试已换发新证，已闭环",
    ),
    (
        "第四督查组",
        "金堤河濮阳县段",
        "濮阳县",
        "河道内发现3艘“三无”自用船舶停靠，未登记管理",
        "一般隐患",
        "市交通局",
        "8月底前完成清理",
        "已登记2艘，正在联系船主拆解",
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="地方海事")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 22, 10, 40, 10, 24, 16, 30])
    b.line(ws, 0, "2024年汛期水上交通安全暗访检查问题隐患整改台账", 8, b.title)
    b.line(ws, 1, "检查单位：濮阳市交通运输局（地方海事）    暗访时间：2024年7月8日至7月12日", 8)
    b.line(
        ws,
        2,
        "本次暗访成立4个督查组，采取“四不两直”方式，共抽查涉水单位及船舶9个，排查出问题隐患8条，其中重大隐患2条。"
        "问题清单于2024年7月15日交办，整改时限自交办之日起计算。",
        8,
    )
    ws.set_row(2, 36)
    b.header(
        ws,
        3,
        [
            "序号",
            "督查组",
            "检查对象",
            "所属县（区）",
            "问题隐患",
            "隐患等级",
            "整改责任单位",
            "整改时限",
            "整改闭环情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WATER_ROWS)
    b.line(ws, end, "注：整改闭环情况由整改责任单位填报，市地方海事复核；重大隐患实行挂牌督办。", 8)
    b.line(ws, end + 1, "填表人：马晓辉    审核人：宋立平    联系电话：0393-8310265", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 道路客运安全隐患排查表 (每车一表), after a city 交通局's notice on a 道路客运安全隐患排查专项整治 (企业按管理规范和
# 考核标准对客运车辆、司乘人员管理等方面存在的问题逐一进行排查，并如实填写《道路客运安全隐患排查表》（附件一），
# 每车一表报辖区运管部门; 自查中发现的问题要采取措施进行整改; 交通管理部门检查验收):
# http://www.fymate.net/html/text/lar/170974/17097404.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): one sheet per vehicle, each
# with the form's title, a 企业名称/车牌号/线路/驾驶员 line, an 排查日期 line (base of 立即整改), one header row with
# 排查项目 and a 运管部门验收意见 column, and a signature line; the 企业 on each sheet is the unit.
BUS_SHEETS = [
    (
        "豫J·A3321",
        "濮阳市汽车运输集团有限公司",
        "濮阳—郑州",
        "赵建国",
        "2024年7月15日",
        [
            (
                "车辆技术状况",
                "左后轮胎面花纹深度不足1.6毫米",
                "更换轮胎",
                "2024年7月18日",
                "已更换",
                "验收合格",
            ),
            (
                "安全设施",
                "车内安全锤缺失2把，应急门开启装置铅封破损",
                "补齐安全锤，修复铅封",
                "2024年7月18日",
                "已补齐并修复",
                "",
            ),
        ],
    ),
    (
        "豫J·B0917",
        "清丰县长途客运有限公司",
        "清丰—濮阳—安阳",
        "孙海涛",
        "2024年7月15日",
        [
            (
                "动态监控",
                "卫星定位终端频繁掉线，7月累计离线时长超过48小时",
                "维修更换车载终端",
                "7月底前",
                "已报厂家维修，新终端待安装",
                "",
            ),
            (
                "驾驶员管理",
                "驾驶员安全教育培训记录不全，6月份无培训记录",
                "补训并建立培训台账",
                "长期坚持",
                "每月开展培训，长期坚持",
                "",
            ),
        ],
    ),
    (
        "豫J·D6620",
        "南乐县通达客运有限公司",
        "南乐—濮阳",
        "王志刚",
        "2024年7月16日",
        [
            (
                "车辆技术状况",
                "制动管路老化渗漏",
                "更换制动管路",
                "2024年7月17日",
                "已更换制动管路",
                "复查合格",
            ),
            (
                "司乘人员管理",
                "乘务员未按规定在发车前进行安全告知和安全带检查",
                "发车前逐车安全告知，落实安全带检查",
                "立即整改",
                "未整改",
                "验收不合格，责令重新整改",
            ),
        ],
    ),
    (
        "豫J·E5102",
        "众意公交公司",
        "濮阳—清丰城乡公交",
        "刘伟",
        "2024年7月16日",
        [
            (
                "安全设施",
                "车载灭火器压力不足且已过检验期",
                "更换灭火器",
                "2024年7月20日",
                "",
                "",
            ),
        ],
    ),
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="运输科")
    for plate, firm, route, driver, day, rows in BUS_SHEETS:
        ws = b.sheet(plate)
        b.widths(ws, [6, 14, 40, 28, 14, 26, 22])
        b.line(ws, 0, "濮阳市道路客运安全隐患排查表", 6, b.title)
        b.line(ws, 1, f"企业名称：{firm}    车牌号：{plate}    线路：{route}    驾驶员：{driver}", 6)
        b.line(ws, 2, f"排查日期：{day}（“立即整改”自排查之日起）", 6)
        b.header(
            ws,
            3,
            ["序号", "排查项目", "存在隐患", "整改措施", "整改期限", "整改结果", "运管部门验收意见"],
        )
        for i, row in enumerate(rows, 1):
            b.put(ws, 3 + i, 0, i, b.center)
            b.row(ws, 3 + i, list(row), first=1)
        end = 4 + len(rows)
        b.line(ws, end, "企业安全负责人（签字）：                运管部门检查人（签字）：", 6)
    return b.close()


def write_bus(path: Path) -> Path:
    return via_soffice(write_bus_book, path, "xls", "道路客运安全隐患排查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 普通公路路域环境治理“百日攻坚”行动日通报, after a city 公路局's daily bulletin (夜间23:00至凌晨3:00检查国省道路
# 重点路段15处，并对重点点位进行PM10检测; 发现S312线庄头段路面带泥，立即在工作群中进行通报并要求立即整改; 整改台账
# 落实情况; 进度最快的单位：回郭镇目前完成总台账67%; 普通公路路域环境治理问题整改情况排名表):
# https://www.451263.com/20190730/%E6%99%AE%E9%80%9A%E5%85%AC%E8%B7%AF%E8%B7%AF%E5%9F%9F%E7%8E%AF%E5%A2%83%E6%B2%BB%E7%90%86%E5%A4%A7%E6%8F%90%E5%8D%87%E7%99%BE%E6%97%A5%E6%94%BB%E5%9D%9A%E8%A1%8C%E5%8A%A8%E5%BC%80-7/
# A .doc (Word 97 via LibreOffice): title, 期号/office/date line, a paragraph on the night check that states the
# 交办 date (base of 立即整改 and 3日内), 一、 a table of the problems found with 整改情况 as of 7月31日, 二、 the
# 整改情况排名表 (towns with counts and rates: not items) and the fastest unit in the source's words, a closing
# request and the office at the foot.
NIGHT_ROWS = [
    (
        "S101",
        "户部寨镇段K23+500",
        "路面带泥，沿线工地车辆未冲洗上路",
        "濮阳县户部寨镇人民政府",
        "立即整改",
        "已清扫，工地冲洗设施已安装，整改完成",
    ),
    (
        "G106",
        "清丰县马庄桥镇段",
        "路肩乱堆柴草、建筑垃圾约20立方米",
        "清丰县马庄桥镇人民政府",
        "3日内",
        "正在清运",
    ),
    (
        "G342",
        "华龙区岳村镇段",
        "公路两侧违法设置喷绘广告牌6块",
        "华龙区岳村镇人民政府",
        "8月5日前",
        "",
    ),
    (
        "S212",
        "南乐县元村镇集镇段",
        "沿线商户店外经营、占道摆摊",
        "南乐县元村镇人民政府",
        "3日内",
        "已取缔占道摊点3处，店外经营正在规范",
    ),
    (
        "G106",
        "城区段（中原路至黄河路）",
        "夜间渣土车抛洒滴漏，路面污染",
        "市城管执法局",
        "立即整改",
        "路面已冲洗干净，整改完成；涉事渣土车已立案查处",
    ),
    (
        "G342",
        "城区东段",
        "中央分隔带绿化缺株断带、杂草丛生",
        "市城乡建设委员会",
        "8月10日前",
        "未整改",
    ),
    (
        "S213",
        "范县段K45+600",
        "公路桥下空间违章搭建养殖棚",
        "范县交通运输局",
        "2024年8月15日",
        "已下达限期拆除通知书",
    ),
]
NIGHT_RANK = [
    ("1", "户部寨镇", "45", "30", "66.7%"),
    ("2", "马庄桥镇", "38", "22", "57.9%"),
    ("3", "岳村镇", "41", "19", "46.3%"),
    ("4", "元村镇", "29", "12", "41.4%"),
]


def write_night_docx(path: Path) -> Path:
    doc = _new_document("路域活动办")
    _title(doc, "普通公路路域环境治理“百日攻坚”行动开展情况日通报")
    _paragraph(
        doc,
        "第24期    濮阳市普通公路路域环境治理活动办公室    2024年7月31日",
        12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "7月29日夜间23:00至7月30日凌晨3:00，市公路事业发展中心组织对全市普通公路路域环境治理情况进行了夜查，"
        "检查国省道重点路段12处，并对重点点位进行PM10检测。共发现问题7处，已在工作群中通报，并于7月30日交办"
        "相关单位，整改时限自交办之日起计算。",
    )
    _paragraph(doc, "一、夜查发现问题及整改情况", font="黑体")
    body = [[str(i), *row] for i, row in enumerate(NIGHT_ROWS, 1)]
    _table(
        doc,
        ["序号", "路线", "点位", "发现问题", "责任单位", "整改时限", "整改情况（截至7月31日12时）"],
        body,
    )
    _paragraph(doc, "二、整改台账完成进度排名", font="黑体")
    _paragraph(doc, "进度最快的单位：户部寨镇，目前完成总台账67%。")
    _table(doc, ["排名", "乡镇", "台账问题数", "已完成", "完成率"], [list(r) for r in NIGHT_RANK])
    _paragraph(doc, "请各责任单位按时限整改到位，整改结果及整改后照片于次日12时前报活动办。")
    _paragraph(doc, "濮阳市普通公路路域环境治理活动办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_night(path: Path) -> Path:
    return via_soffice(write_night_docx, path, "doc", "路域环境治理日通报.docx")


# ---------------------------------------------------------------------------------------------
# 5. 国省干线及农村公路环境整治提升排查问题整改销号清单, after a city's report on its 公路部门 environment drive
# (督查组就已排查点位问题的整改情况进行核查，针对上阶段排查的568个问题，督促责任部门立行立改; 清理路肩边沟、边坡
# 种植、非标、摊点、违法搭接、沿线乱倒垃圾、桥梁防眩板、护栏网; 截至目前整改问题销号279件):
# http://m.cmstop.zt.jsw.com.cn/p/199025.html
# An .xlsx: title, 填报单位/截至日期 line, a line stating the 交办 date (base of 立行立改), a two-row header (问题位置
# over 路线编号 and 桩号/路段, 整改销号 over 是否销号 and 销号日期), 问题类别 in the source's words, 销号日期 as date
# cells, a 备注 column carrying progress, a 合计 row and a signature line.
ROAD_ROWS = [
    (
        "G106",
        "K512+100—K513+000",
        "边坡种植",
        "公路边坡种植玉米、豆类，影响行车视距",
        "清丰县公路事业发展中心",
        "2024年7月20日",
        "是",
        date(2024, 7, 19),
        "",
    ),
    (
        "S301",
        "K8+300",
        "非标",
        "公路用地范围内设置非公路标志3处",
        "南乐县交通运输局",
        "7月底前",
        "否",
        None,
        "已拆除2处，剩余1处正在协调产权人",
    ),
    (
        "G342",
        "城关镇十字路口",
        "摊点",
        "公路交叉口摆摊设点，占用行车道",
        "濮阳县城关镇人民政府",
        "立行立改",
        "是",
        date(2024, 7, 8),
        "",
    ),
    (
        "X012",
        "陈庄镇段",
        "路肩边沟",
        "路肩边沟淤积堵塞约800米，雨天积水",
        "范县陈庄镇人民政府",
        "8月15日前",
        "否",
        None,
        "",
    ),
    (
        "S212",
        "金堤河大桥",
        "防眩板",
        "金堤河大桥防眩板缺损12块",
        "市公路事业发展中心",
        "2024年8月20日",
        "否",
        None,
        "防眩板已采购到货，正在安装",
    ),
    (
        "G106",
        "城区段",
        "乱倒垃圾",
        "公路排水沟内乱倒生活垃圾",
        "市城管局",
        "7月15日前",
        "是",
        date(2024, 7, 16),
        "",
    ),
    (
        "S101",
        "K3+600铁路上跨桥",
        "护栏网",
        "上跨桥两侧护栏网被盗割2处，存在行人穿越隐患",
        "华龙区交通运输局",
        "8月底前",
        "否",
        None,
        "未启动",
    ),
    (
        "Y206",
        "打渔陈镇段",
        "违法搭接",
        "农村公路违法搭接平交道口1处，无减速设施",
        "台前县交通运输局",
        "长期坚持",
        "/",
        None,
        "纳入日常巡查，长期坚持",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="养护科")
    ws = b.sheet("销号清单")
    b.widths(ws, [6, 10, 18, 10, 38, 24, 14, 10, 12, 28])
    b.line(ws, 0, "国省干线及农村公路环境整治提升排查问题整改销号清单", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市公路事业发展中心    截至日期：2024年7月30日", 9)
    b.line(ws, 2, "问题清单于2024年7月8日交办，“立行立改”事项以交办当日为限。", 9)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "问题位置", b.head)
    b.header(ws, 4, ["路线编号", "桩号/路段"], first=1)
    for col, word in ((3, "问题类别"), (4, "问题描述"), (5, "责任单位"), (6, "整改时限")):
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改销号", b.head)
    b.header(ws, 4, ["是否销号", "销号日期"], first=7)
    b.merge(ws, 3, 9, 4, 9, "备注", b.head)
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 7) else None)
    end = 5 + len(ROAD_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.head)
    b.merge(ws, end, 2, end, 9, "本期列入清单8个问题，已销号3个", b.cell)
    b.line(ws, end + 1, "填表人：韩晓东    审核人：周明    联系电话：0393-4418627", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 铁路沿线外部环境安全隐患档案, after a report on a 车务段's work on the 路外环境 in a city (根据排查结果建立了包括
# 相关基本事实、影响程度、违法企业名称和联系方式、违法照片、防范措施、最近跟踪落实情况等内容的档案，并每月进行动态
# 完善; 对涉及路外产权且较难解决的问题，联合当地护路办向地方政府相关部门联合发函):
# https://xmt.gxzmhd.com/wap/news/detail/is_app/1/id/73722
# A CSV in GBK: a title line, a 建档单位/更新日期 line, one header line in the source's own column words, the
# 违法企业 (the owner) beside an explicit 整治责任单位, the 最近跟踪落实情况 in sentences, a 注 line and a 填表人 line.
ARCHIVE_ROWS = [
    (
        "郑济高铁",
        "K418+200右侧120米",
        "物流园仓库顶部彩钢瓦未加固，面积约600平方米",
        "较大",
        "濮阳市豫通物流有限公司",
        "0393-8897612",
        "已留存（2张）",
        "督促企业对彩钢瓦进行加固或更换为硬质屋面",
        "华龙区皇甫街道办事处",
        "2024年8月15日",
        "7月22日复查，企业已完成加固，经铁路部门确认销号",
    ),
    (
        "郑济高铁",
        "K420+600左侧",
        "农户种植大棚塑料薄膜破损，未设防风压膜线",
        "一般",
        "（沿线农户18户）",
        "",
        "已留存（3张）",
        "逐户发放压膜线并督促加固",
        "濮阳县城关镇人民政府",
        "7月20日前",
        "已加固15户，剩余3户正在落实",
    ),
    (
        "郑济高铁",
        "K423+100右侧",
        "保护区内流动加油车非法储存、销售汽油",
        "重大",
        "（无证经营）",
        "",
        "已留存（1张）",
        "联合执法取缔",
        "市安监局",
        "2024年7月12日",
        "7月12日联合取缔，现场已清理，隐患消除",
    ),
    (
        "郑济高铁",
        "K425+500",
        "上跨铁路的10千伏线路杆塔基础周边被取土掏空",
        "较大",
        "（取土人不明）",
        "",
        "已留存（2张）",
        "对杆塔基础加固或迁改",
        "供电公司",
        "9月30日前",
        "已制定杆塔迁改方案，正在报铁路部门审批",
    ),
    (
        "郑济高铁",
        "K428+000左侧",
        "铁路线路安全保护区内新建厂房未经铁路部门同意",
        "较大",
        "濮阳县恒信新型建材有限公司",
        "0393-3316285",
        "已留存（2张）",
        "责令停止建设，依法查处",
        "市国土资源局",
        "2024年8月31日",
        "已下达责令停止违法行为通知书，企业已停工，正在立案查处",
    ),
    (
        "郑济高铁",
        "K430+300右侧",
        "沿线垃圾堆放点距线路不足50米，焚烧垃圾烟雾影响行车瞭望",
        "一般",
        "—",
        "",
        "已留存（1张）",
        "清运垃圾，取缔堆放点",
        "市城市管理综合执法局",
        "7月25日前",
        "",
    ),
    (
        "郑济高铁",
        "K431+800左侧",
        "废品收购站露天堆放大量废旧塑料、泡沫等轻飘物",
        "较大",
        "濮阳县庆祖镇鑫源再生资源回收站",
        "0393-3562017",
        "已留存（2张）",
        "督促清理轻飘物并封闭堆放",
        "濮阳县庆祖镇人民政府",
        "8月10日前",
        "尚未整改",
    ),
]


def write_archive(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["郑济高铁濮阳段铁路沿线外部环境安全隐患档案（2024年7月动态更新）"])
    w.writerow(["建档单位：濮阳市铁路护路联防工作领导小组办公室    更新日期：2024年7月29日"])
    w.writerow(
        [
            "序号",
            "线别",
            "里程",
            "基本事实",
            "影响程度",
            "违法企业名称",
            "联系方式",
            "违法照片",
            "防范措施",
            "整治责任单位",
            "整治期限",
            "最近跟踪落实情况",
        ]
    )
    for i, row in enumerate(ARCHIVE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：本档案每月动态完善，违法照片另行报送；影响程度分重大、较大、一般三级。"])
    w.writerow(["填表人：杨帆    联系电话：0393-8995716"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 普铁安全环境隐患整治清单 (two returns in one zip), after a district's note on 普铁安全环境整治 at a station (铁路
# 部门对照隐患清单向镇人民政府铁路整治工作队员详细介绍隐患位置和情况，要求限期拆除; 镇辖区共有普铁安全隐患11处，
# 其中硬飘浮物7处，上跨并行3处，倒落侵限1处; 普铁安全隐患已整改到位5处):
# https://www.cnburner.net/content/2020/04/08/7005099.html
# A .zip (member names in GBK) holding a 乡's .xlsx (the counts in the source's words in a preamble line, items grouped
# under 隐患类别 rows merged across) and another 乡's .docx report (the counts in a paragraph, one table, 第三季度).
MENGKE_GROUPS = [
    (
        "一、硬飘浮物（2处）",
        [
            (
                "汤台铁路K52+300右侧80米",
                "民房顶部违规搭建彩钢瓦棚，固定不牢",
                "华龙区孟轲乡人民政府",
                "8月15日前拆除",
                "已拆除到位",
            ),
            (
                "汤台铁路K53+100左侧",
                "养殖场防晒网破损，大风天气易刮起",
                "濮阳市华丰畜禽养殖专业合作社",
                "7月31日前",
                "正在更换防晒网",
            ),
        ],
    ),
    (
        "二、上跨并行（1处）",
        [
            (
                "汤台铁路K54+600",
                "乡道上跨铁路桥防护网缺失约20米",
                "华龙区交通运输局",
                "9月底前",
                "",
            ),
        ],
    ),
    (
        "三、倒落侵限（1处）",
        [
            (
                "汤台铁路K55+200右侧",
                "铁路路肩外侧杨树倾斜，倒落可能侵入限界",
                "华龙区孟轲乡人民政府",
                "2024年7月20日",
                "未整改",
            ),
        ],
    ),
]
HAITONG_ROWS = [
    (
        "硬飘浮物",
        "汤台铁路K61+500左侧",
        "废品收购点露天堆放塑料薄膜、编织袋",
        "濮阳县海通乡人民政府",
        "7月25日前",
        "已清理完毕",
    ),
    (
        "硬飘浮物",
        "汤台铁路K62+300右侧",
        "沿线蔬菜大棚棚膜老化破损",
        "濮阳县海通乡人民政府",
        "8月10日前",
        "已加固8座，剩余4座正在加固",
    ),
    (
        "倒落侵限",
        "汤台铁路K63+800",
        "通信杆线倾斜，距铁路线路不足安全距离",
        "中国联合网络通信有限公司濮阳县分公司",
        "8月31日前",
        "已联系产权单位，计划8月中旬迁移",
    ),
    (
        "上跨并行",
        "汤台铁路K64+200",
        "县道与铁路并行路段未设置防撞墩",
        "濮阳县交通运输局",
        "2024年第三季度",
        "已完成",
    ),
]


def write_mengke_book(path: Path) -> Path:
    b = Book(path, author="孟轲乡")
    ws = b.sheet("隐患整治清单")
    b.widths(ws, [6, 24, 36, 26, 16, 18])
    b.line(ws, 0, "华龙区孟轲乡普铁安全环境隐患整治清单", 5, b.title)
    b.line(ws, 1, "填报单位：华龙区孟轲乡人民政府    填报日期：2024年7月29日", 5)
    b.line(
        ws,
        2,
        "对照铁路部门提供的隐患清单，我乡辖区共有普铁安全隐患4处，其中硬飘浮物2处，上跨并行1处，倒落侵限1处；"
        "已整改到位1处。",
        5,
    )
    b.header(ws, 3, ["序号", "隐患位置", "隐患情况", "整治责任单位", "整治时限", "整治进展"])
    r, n = 4, 0
    for title, rows in MENGKE_GROUPS:
        b.merge(ws, r, 0, r, 5, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "填表人：冯丽娟    联系电话：0393-8516203", 5)
    return b.close()


def write_haitong_docx(path: Path) -> Path:
    doc = _new_document("海通乡")
    _title(doc, "濮阳县海通乡普铁安全隐患整治情况", 18)
    _paragraph(
        doc,
        "7月下旬，乡铁路整治工作队会同铁路部门对照隐患清单逐处核查，我乡辖区共有普铁安全隐患4处，其中硬飘浮物2处，"
        "倒落侵限1处，上跨并行1处；目前已整改到位2处。具体如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(HAITONG_ROWS, 1)]
    _table(doc, ["序号", "隐患类型", "隐患位置", "隐患描述", "责任单位", "整改时限", "完成情况"], body)
    _paragraph(doc, "濮阳县海通乡人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_rail_zip(path: Path) -> Path:
    members = [
        ("华龙区孟轲乡普铁安全环境隐患整治清单.xlsx", write_mengke_book),
        ("濮阳县海通乡普铁安全隐患整治情况.docx", write_haitong_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. “两客一危”车辆动态监控抽查调查处理情况, after a province 交通运输厅's letter 关于通报相关营运车辆动态监控抽查情况
# (部分车辆存在严重超速报警、严重疲劳驾驶报警，详见附件1、2: 车辆超速情况.xlsx, 车辆疲劳驾驶情况.xlsx; 请迅速组织
# 调查核实，依法依规处置并督促整改，请于11月10日前将相关调查处理情况报厅):
# http://www.its114.com/html/news/viov/2020_10_112528.html
# An .xlsx with two sheets as the letter's two attachments (超速情况, 疲劳驾驶情况), each with its own title, a
# 填报单位 line stating the one date by which the 调查处理情况 is due (every item's deadline), one header row with
# 报警时间 (an event) and 报警描述 beside the 企业名称, 核实情况 and 调查处理情况 columns, and a signature line.
SPEED_ROWS = [
    (
        "清丰县长途客运有限公司",
        "豫J·B0917",
        "班线客车",
        "2024-07-03 14:22",
        "超速报警：最高速度118km/h，路段限速100km/h，持续3分钟",
        "属实",
        "已对驾驶员停岗培训3天，企业按安全责任制扣罚，处理完毕",
    ),
    (
        "濮阳市鸿达危险货物运输有限公司",
        "豫J·C3078",
        "危险货物运输车",
        "2024-07-06 10:05",
        "超速报警：最高速度96km/h，路段限速80km/h，持续6分钟",
        "属实",
        "正在调取车载视频，对驾驶员的处理待企业安委会研究",
    ),
    (
        "清丰县顺通旅游汽车有限公司",
        "豫J·T1262",
        "旅游包车",
        "2024-07-11 16:40",
        "超速报警：最高速度103km/h，路段限速80km/h，持续1分钟",
        "系终端定位漂移，车辆实际未超速",
        "已更换定位天线，复核无异常，已处理",
    ),
    (
        "濮阳市鸿达危险货物运输有限公司",
        "豫J·C3155",
        "危险货物运输车",
        "2024-07-14 08:31",
        "超速报警：最高速度92km/h，路段限速80km/h，持续4分钟",
        "",
        "",
    ),
]
FATIGUE_ROWS = [
    (
        "清丰县长途客运有限公司",
        "豫J·B1126",
        "张某某",
        "2024-07-09 02:10",
        "疲劳驾驶报警：连续驾驶4小时38分，凌晨2时至5时未停车休息",
        "属实",
        "已约谈企业负责人，驾驶员停岗学习，已处理",
    ),
    (
        "清丰县宏泰危险品运输有限公司",
        "豫J·C8810",
        "李某某",
        "2024-07-12 13:55",
        "疲劳驾驶报警：连续驾驶5小时02分，中途未休息",
        "属实",
        "未处理",
    ),
    (
        "清丰县顺通旅游汽车有限公司",
        "豫J·T1309",
        "王某某",
        "2024-07-18 21:30",
        "疲劳驾驶报警：连续驾驶4小时15分，企业监控员未提醒",
        "属实",
        "已对监控员考核扣分，驾驶员正在参加安全培训",
    ),
]


def write_monitor(path: Path) -> Path:
    b = Book(path, author="清丰县交通运输局")
    due = "填报单位：清丰县交通运输局    市局通报日期：2024年7月24日，请于2024年8月9日前将调查处理情况报市局"
    ws = b.sheet("附件1 超速情况")
    b.widths(ws, [6, 28, 12, 14, 18, 44, 22, 40])
    b.line(ws, 0, "7月份“两客一危”车辆超速情况及调查处理情况", 7, b.title)
    b.line(ws, 1, due, 7)
    b.header(
        ws,
        2,
        ["序号", "企业名称", "车牌号码", "车辆类型", "报警时间", "报警描述", "核实情况", "调查处理情况"],
    )
    for i, row in enumerate(SPEED_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(SPEED_ROWS), "填表人：高敏    联系电话：0393-7221680", 7)
    ws = b.sheet("附件2 疲劳驾驶情况")
    b.widths(ws, [6, 28, 12, 10, 18, 46, 10, 40])
    b.line(ws, 0, "7月份“两客一危”车辆疲劳驾驶情况及调查处理情况", 7, b.title)
    b.line(ws, 1, due, 7)
    b.header(
        ws,
        2,
        ["序号", "企业名称", "车牌号码", "驾驶员", "报警时间", "报警描述", "核实情况", "调查处理情况"],
    )
    for i, row in enumerate(FATIGUE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(FATIGUE_ROWS), "填表人：高敏    联系电话：0393-7221680", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 渡口船舶安全管理专项整治检查整改情况报告, after a 乡's 关于开展渡口船舶安全管理专项整治的实施意见 (领导小组下设
# 专项整治办公室，设在安监站; 重点整治乡渡口、渡船和从事非法载客的渔船、乡自用船等; 第一阶段动员摸底，第二阶段检查
# 整改，与乡船舶安全检查结合):
# http://www.nanxian.gov.cn/15487/content_579557.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, a preamble stating the three stages and the
# check date (base of 立行立改), one table whose rows name only the 乡's own 站所/办公室 (unit = the 乡), a schedule
# text as one deadline, 年底前 and 长期坚持, a closing paragraph, the 乡 and date at the foot.
FERRY_ROWS = [
    (
        "彭楼渡口",
        "渡口“三牌一线”（警示牌、公示牌、守则牌、停航封渡线）缺失",
        "补设“三牌一线”",
        "应急管理办公室（安监站）",
        "刘振华",
        "立行立改",
        "已补设到位",
    ),
    (
        "渡船“豫范渡003”",
        "签单发航记录不全，6月份缺记11天",
        "建立签单发航台账，每航次签单",
        "应急管理办公室（安监站）",
        "刘振华",
        "7月20日前",
        "已整改",
    ),
    (
        "沿黄各村自用船舶",
        "排查发现“三无”自用船舶7艘，停靠黄河滩区无人看管",
        "登记造册，劝导船主上交拆解",
        "农业农村服务中心",
        "张庆伟",
        "7月31日前完成登记，9月30日前完成拆解",
        "已登记7艘，已拆解2艘",
    ),
    (
        "彭楼渡口",
        "渡口未安装视频监控，现场监管靠人工",
        "安装渡口视频监控并接入县平台",
        "党政办公室",
        "王丽",
        "年底前",
        "",
    ),
    (
        "渡工",
        "渡工未按时收听气象水位信息，恶劣天气禁航制度落实不到位",
        "建立每日气象水位信息推送机制",
        "应急管理办公室（安监站）",
        "刘振华",
        "长期坚持",
        "已建立推送机制，长期坚持",
    ),
    (
        "沿黄滩区",
        "渔船非法载客摆渡现象未杜绝",
        "联合县地方海事开展打击非法载客行动",
        "综合行政执法大队",
        "赵磊",
        "8月底前",
        "未整改",
    ),
]


def write_ferry_docx(path: Path) -> Path:
    doc = _new_document("陆集乡安监站")
    _title(doc, "陆集乡人民政府关于渡口船舶安全管理专项整治检查整改情况的报告", 20)
    _paragraph(doc, "县交通运输局、县应急管理局：")
    _paragraph(
        doc,
        "按照《关于开展渡口船舶安全管理专项整治的实施意见》，我乡专项整治分三个阶段推进：第一阶段动员摸底（7月10日前），"
        "第二阶段检查整改（7月11日至9月30日），第三阶段总结验收（10月15日前）。2024年7月9日，乡专项整治办公室联合"
        "县地方海事对辖区渡口、渡船和自用船舶进行了检查，发现问题6个，“立行立改”事项以检查当日为限。现将整改情况"
        "报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(FERRY_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查对象", "存在问题", "整改措施", "责任站所", "责任人", "整改时限", "整改情况"],
        body,
    )
    _paragraph(doc, "下一步，我乡将结合汛期安全检查，持续开展渡口渡船隐患排查，确保渡运安全。")
    _paragraph(doc, "范县陆集乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ferry(path: Path) -> Path:
    return via_soffice(write_ferry_docx, path, "doc", "渡口船舶专项整治检查整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 交通运输局巡察整改进展情况报告, after a city 交通运输局党组's published 巡察整改进展 (“一题一策”制定整改方案，
# 逐一明确整改措施、列出时间表、路线图、责任人; 实行整改进展周报工作制，坚持清单化管理、项目化推进，做到整改完成
# 一项、销号一项; 二、坚持问题导向，扎实推进巡察整改任务落实 with the problems under numbered headings):
# http://www.aqjjjc.gov.cn/html/2025/bj_xczg_1031/42284.html
# A .docx: title, 主送, a preamble stating the 反馈 date (base of 立行立改), 一、 a paragraph on the mechanism, 二、 the
# items as numbered paragraphs (问题, 责任科室, 整改措施, 整改时限 and 整改进展 in sentences; one with no progress), a
# closing paragraph, the 党组 and date at the foot. Every item belongs to the sending bureau; the rows name its 科室.
PATROL_PARAS = [
    (
        "1. 农村公路养护资金拨付滞后，部分县区年度养护工程未按计划实施。责任科室：公路管理科。整改措施：按季度"
        "拨付养护资金，建立县区养护工程进度月调度制度。整改时限：2024年9月30日。整改进展：上半年养护资金已全部"
        "下拨，正在督促县区加快实施。"
    ),
    (
        "2. 道路客运企业安全检查流于形式，对检查发现问题未跟踪复查。责任科室：安全监督科。整改措施：对2023年以来"
        "检查发现问题逐一复查销号。整改时限：立行立改。整改进展：已对46个问题逐一复查，全部销号，整改完成。"
    ),
    (
        "3. 水上交通安全监管存在盲区，黄河浮桥和渡口日常巡查频次不足。责任科室：港航海事科。整改措施：建立浮桥、"
        "渡口每周巡查制度，汛期加密巡查。整改时限：长期坚持。整改进展：已建立每周巡查制度，常态化推进。"
    ),
    (
        "4. 铁路沿线安全环境治理“双段长”制度落实不到位，部分乡镇段长未按要求开展巡查。责任科室：综合规划科"
        "（市铁路办）。整改措施：建立段长巡查记录月通报制度。整改时限：2024年8月31日。"
    ),
    (
        "5. 巡游出租汽车拒载、议价问题投诉较多，行业考核办法多年未修订。责任科室：运输服务科。整改措施：修订出租"
        "汽车服务质量信誉考核办法。整改时限：2024年7月15日。整改进展：《濮阳市出租汽车服务质量信誉考核办法》"
        "已印发实施，整改完成。"
    ),
    (
        "6. 交通建设工程项目资料管理不规范，部分项目设计变更签证手续不全。责任科室：建设管理科。整改措施：开展"
        "在建项目资料专项检查，补齐变更手续。整改时限：年底前。整改进展：尚未启动。"
    ),
    (
        "7. 局机关财务报销审核不严，存在个别差旅费超标准报销。责任科室：财务审计科。整改措施：清退超标准报销费用，"
        "完善报销审核流程。整改时限：2024年7月31日。整改进展：超标准报销费用已全部清退，审核流程已修订，整改完成。"
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市交通运输局党组关于市委巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "市委巡察办、市政府督查局：")
    _paragraph(
        doc,
        "根据市委统一部署，2024年4月15日至5月31日，市委第四巡察组对我局开展了巡察，6月20日向局党组反馈了巡察意见。"
        "“立行立改”事项以反馈之日为限。现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、加强组织领导，扛起整改责任", font="黑体")
    _paragraph(
        doc,
        "局党组坚持“一题一策”制定整改方案，逐一明确整改措施、时间表、路线图、责任人，实行整改进展周报工作制，"
        "坚持清单化管理、项目化推进，做到整改完成一项、销号一项。",
    )
    _paragraph(doc, "二、坚持问题导向，推进整改任务落实", font="黑体")
    for text in PATROL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "对尚未完成的整改任务，局党组将紧盯时间节点，加强调度督导，确保按期整改到位。")
    _paragraph(doc, "中共濮阳市交通运输局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("郑济高铁汤台铁路沿线环境交办问题整改情况督查表.xls", write_rail_check),
    ("汛期水上交通安全暗访检查问题隐患整改台账.xlsx", write_water),
    ("道路客运安全隐患排查表（每车一表）.et", write_bus),
    ("普通公路路域环境治理百日攻坚日通报（第24期）.doc", write_night),
    ("国省干线及农村公路环境整治提升问题整改销号清单.xlsx", write_road),
    ("郑济高铁濮阳段外部环境安全隐患档案（7月动态）.csv", write_archive),
    ("普铁安全环境隐患整治清单（孟轲乡、海通乡）.zip", write_rail_zip),
    ("7月份两客一危车辆动态监控抽查调查处理情况（清丰县）.xlsx", write_monitor),
    ("陆集乡渡口船舶安全管理专项整治检查整改情况报告.wps", write_ferry),
    ("市交通运输局党组关于巡察反馈意见整改进展情况的报告.docx", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

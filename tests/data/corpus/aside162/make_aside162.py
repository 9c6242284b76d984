"""Write the aside162 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds: 水利 (河湖“清四乱”, 小型水库安全度汛, 农村供水大排查, 河道治理工程质量检查, 水土保持监督检查,
妨碍河道行洪排查整治) and 城市管理与环境卫生 (道路清扫保洁检查通报, 公厕专项排查, 生活垃圾分类检查, 户外广告店招
安全隐患排查, 镇域环境卫生绩效评估).

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, merged 工程名称 cells), a CSV in GBK, a .docx whose items
are blocks of paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) whose items are numbered
paragraphs, an .ods (LibreOffice, zip members re-stamped) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31; every date inside the files and every zip time is fixed.

Run from this folder: python make_aside162.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 20, 0)
ZIP_TIME = (2024, 7, 30, 9, 20, 0)


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
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 河湖“清四乱”专项行动问题清单, after a city 河湖长制办公室's account of its “清四乱” campaign (乱占、乱采、乱堆、
# 乱建; 分四阶段：排查、集中整治、全面核查、“回头看”; 以县市区为单元，逐河逐湖建立问题清单，逐项细化明确清理整治
# 目标任务、具体措施、责任分工和进度安排):
# https://hb.cri.cn/20181224/5ef72245-fdc5-9efd-7bf8-1c0a9a34dc43.html
# An .xlsx: title, 填报单位 line, a two-row header (责任分工 over 责任单位 and 责任人), the 河湖名称 merged down over each
# river's rows (逐河逐湖), schedule texts under 进度安排, a 合计 row, a 注 line and a signature line.
RIVER_ROWS = [
    (
        "金堤河",
        [
            (
                "王称堌镇前于林村段左岸",
                "乱建",
                "河道管理范围内违建养殖棚3处，占地约600平方米",
                "拆除违建，恢复岸线",
                "下达限期拆除通知，逾期组织强制拆除",
                "王称堌镇人民政府",
                "李红军",
                "2024年6月底前拆除到位",
                "已拆除，经县河长办复核销号",
            ),
            (
                "梨园乡后辛庄段右岸",
                "乱堆",
                "堤脚堆放建筑垃圾约200立方米",
                "清运建筑垃圾",
                "组织机械清运，设立禁倒警示牌",
                "梨园乡人民政府",
                "王建设",
                "7月10日前完成清运，7月20日前完成复核",
                "已清运150立方米，剩余部分正在清运",
            ),
            (
                "白堽乡白堽村段",
                "乱占",
                "河道内设置网箱养殖12组，侵占水域",
                "清理网箱",
                "约谈养殖户，限期自行清理",
                "白堽乡人民政府",
                "赵志强",
                "2024年7月20日前",
                "网箱已全部清理完毕",
            ),
        ],
    ),
    (
        "黄河",
        [
            (
                "渠村乡青庄段滩区",
                "乱采",
                "滩区发现非法取土坑2处，面积约1.2亩",
                "回填取土坑",
                "回填平整，设立警示牌，加强夜间巡查",
                "渠村乡人民政府",
                "孙立新",
                "2024年8月31日前",
                "未启动",
            ),
            (
                "习城乡于庄段滩区",
                "乱占",
                "生产堤以内违规种植高秆作物约40亩，阻碍行洪",
                "清除阻水作物",
                "协调种植户改种低秆作物",
                "习城乡人民政府",
                "刘海涛",
                "2024年6月30日前",
                "已完成清除",
            ),
        ],
    ),
    (
        "第三濮清南干渠",
        [
            (
                "海通乡海通村段",
                "乱堆",
                "渠道两侧堆放秸秆柴草垛12处",
                "清理柴草垛",
                "通知农户自行清理，村组督促",
                "海通乡人民政府",
                "陈晓东",
                "2024年7月10日前",
                "",
            ),
        ],
    ),
    (
        "回木沟",
        [
            (
                "郎中乡郎中村段",
                "乱建",
                "沟道内修建拦河漫水路一处，阻水严重",
                "拆除漫水路",
                "拆除后改建过水涵管",
                "郎中乡人民政府",
                "周永刚",
                "2024年7-9月",
                "已完成涵管采购，正在施工",
            ),
        ],
    ),
    (
        "潴龙河",
        [
            (
                "徐镇镇徐镇村段",
                "乱占",
                "岸坡被开垦种植约15亩",
                "退耕还滩",
                "签订退耕协议，秋收后植草护坡",
                "徐镇镇人民政府",
                "郭振华",
                "年底前",
                "已约谈种植户，签订退耕协议",
            ),
        ],
    ),
]


def write_rivers(path: Path) -> Path:
    b = Book(path, author="县河长办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 18, 8, 32, 16, 26, 16, 10, 22, 26])
    last = 10
    b.line(ws, 0, "濮阳县河湖“清四乱”专项行动问题清单及清理整治进度表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县河长制办公室    填报时间：2024年7月29日", last)
    for c, word in enumerate(
        [
            "序号",
            "河湖名称",
            "问题位置",
            "问题类型",
            "问题描述",
            "清理整治目标任务",
            "具体措施",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "责任分工", b.head)
    b.header(ws, 3, ["责任单位", "责任人"], first=7)
    b.merge(ws, 2, 9, 3, 9, "进度安排", b.head)
    b.merge(ws, 2, 10, 3, 10, "整治进展", b.head)
    r = 4
    n = 0
    for river, rows in RIVER_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, river, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, f"排查“四乱”问题{n}个，已清理整治并销号3个")
    b.line(
        ws,
        r + 1,
        "注：整治进展栏由各乡镇填写；经县河长办复核销号的，注明“销号”。",
        last,
    )
    b.line(ws, r + 2, "填表人：韩晓明    审核人：宋国强    联系电话：0393-3216608", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 小型水库安全度汛检查, after a provincial 水库安全度汛检查组's check of four 小(1)型水库 and three former 小(2)型
# reservoirs now 塘坝 (重点检查水库“三个责任人、三个重点环节”、监测预报预警、大坝管理应急预案和调度运用方案编制、工程
# 安全隐患排查; 应急预案、调度运用方案未按规定的模板编制; 溢洪道上游设置拦逃网可能影响行洪; 立即整改):
# https://liaoning.news.163.com/20/0528/15/FDNNM70E04229BS8.html
# An .xls (xlwt): title, 填报单位/检查时间 line, one header row, the 工程名称 and 工程规模 merged down over the rows of
# a reservoir with two problems, a row naming only the sender's own 股室, a 注 line and a signature line.
RESERVOIRS = [
    (
        "东北庄水库",
        "小(2)型水库",
        [
            (
                "三个责任人",
                "巡查责任人未经培训，不清楚巡查内容和险情报告程序",
                "组织三个责任人专题培训",
                "韩村镇人民政府",
                "2024年7月15日",
                "已组织培训并考核",
            ),
            (
                "三个重点环节",
                "大坝安全管理应急预案未按规定模板编制",
                "按模板重新编制并报县水利局审批",
                "韩村镇人民政府",
                "2024年8月31日",
                "正在修编",
            ),
        ],
    ),
    (
        "双庙调蓄水库",
        "小(1)型水库",
        [
            (
                "工程安全隐患",
                "溢洪道上游设置拦鱼网，影响行洪",
                "立即拆除拦鱼网",
                "双庙乡人民政府",
                "2024.7.5",
                "已拆除",
            ),
            (
                "三个重点环节",
                "调度运用方案未明确汛限水位和泄洪预警方式",
                "修订调度运用方案",
                "运行管理股",
                "7月底前",
                "",
            ),
        ],
    ),
    (
        "马庄桥塘坝",
        "塘坝",
        [
            (
                "工程安全隐患",
                "坝坡杂草丛生，发现白蚁活动迹象",
                "清除杂草，开展白蚁防治",
                "马庄桥镇人民政府",
                "2024年9月30日",
                "未整改",
            ),
        ],
    ),
    (
        "古城塘坝",
        "塘坝",
        [
            (
                "监测预报预警",
                "库区水位尺损坏，无法观测库水位",
                "更换水位尺",
                "古城乡人民政府",
                "2024年7月20日",
                "已更换",
            ),
        ],
    ),
    (
        "仙庄调蓄水库",
        "小(1)型水库",
        [
            (
                "三个责任人",
                "技术责任人由乡镇干部兼任，不具备水利专业技术能力",
                "调整由县水利局专业技术人员担任",
                "清丰县水利局",
                "2024年7月10日",
                "正在协调人选",
            ),
        ],
    ),
]


def write_reservoirs(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年小型水库（塘坝）安全度汛检查发现问题整改情况表", t, 0, 8),
        (
            1,
            0,
            "填报单位：清丰县水利局（盖章）    检查时间：2024年7月3日至7月5日    填报日期：2024年7月26日",
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "工程名称",
        "工程规模",
        "检查项目",
        "存在问题",
        "整改要求",
        "整改责任单位",
        "整改时限",
        "整改完成情况",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    r, n = 3, 0
    for name, scale, rows in RESERVOIRS:
        if len(rows) > 1:
            cells += [
                (r, 1, name, ctr, r + len(rows) - 1, 1),
                (r, 2, scale, ctr, r + len(rows) - 1, 2),
            ]
        else:
            cells += [(r, 1, name, ctr), (r, 2, scale, ctr)]
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 3):
                cells.append((r, col, v, ctr if col in (3, 7) else c))
            r += 1
    cells += [
        (
            r,
            0,
            "注：三个重点环节指雨水情测报、调度运用方案和大坝安全管理（防汛）应急预案。",
            plain,
            r,
            8,
        ),
        (
            r + 1,
            0,
            "填表人：杜文杰    审核人：吕金生    联系电话：0393-7221504",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("整改情况", cells)], widths=[6, 14, 12, 12, 34, 26, 16, 14, 18])


# ---------------------------------------------------------------------------------------------
# 3. 农村供水保障大排查, after a county 水利局's 农村饮水安全大排查 (9个排查检查组深入18个乡镇; 饮水水源出水量和水质、
# 集中供水工程日常使用管理、运行管护责任落实、水费收取、水龙头出水量和水质、季节性缺水; 边查边改、分级负责; 建立问题
# 整改清单，细化整改举措，立行立改):
# https://zizhou.gov.cn/bmxz/zfjg/slj/gzqk/202209/t20220901_991342.html
# A CSV in GBK: a title line, a line naming the 排查组 and the dates, a header with a 交办日期 per row (the base of
# 立行立改 and of N日内), a 合计 line and a 填报 line.
WATER_ROWS = [
    (
        "龙王庄镇",
        "前刘庄村",
        "水量",
        "用水高峰期村东片区水压不足，三楼以上住户出水困难",
        "更换加压泵，增设调节水箱",
        "范县农村供水管理总站",
        "2024-07-10",
        "2024年8月31日前",
        "加压泵已到货，正在安装",
    ),
    (
        "陈庄镇",
        "陈庄水厂",
        "水质",
        "消毒设备故障，出厂水余氯不达标",
        "维修消毒设备，加密水质检测",
        "范县农村供水管理总站",
        "2024-07-11",
        "立行立改",
        "当日已维修，复检合格",
    ),
    (
        "杨集乡",
        "后杨集村",
        "管网",
        "村内主管道漏水，路面长期积水",
        "更换漏损管段",
        "杨集乡人民政府",
        "2024-07-12",
        "10日内",
        "未整改",
    ),
    (
        "白衣阁乡",
        "西白衣阁村",
        "运行管护",
        "村级管水员未落实，供水设施无人管护",
        "明确村级管水员，落实管护责任",
        "白衣阁乡人民政府",
        "2024-07-12",
        "2024年7月20日",
        "已落实管水员1名",
    ),
    (
        "高码头镇",
        "高码头水厂",
        "水费收取",
        "水价和水费收缴情况未公示",
        "在村务公开栏公示水价和收缴情况",
        "高码头镇人民政府",
        "2024-07-15",
        "2024年7月31日",
        "",
    ),
    (
        "颜村铺乡",
        "东颜村",
        "水源",
        "水源井周边30米内有养殖棚，存在污染风险",
        "划定水源保护范围，搬迁养殖棚",
        "颜村铺乡人民政府",
        "2024-07-15",
        "2024年12月底前",
        "已设立保护标志，养殖棚正在协商搬迁",
    ),
    (
        "王楼镇",
        "王楼水厂",
        "水质检测",
        "未按要求开展末梢水季度检测",
        "委托县级水质检测中心检测",
        "王楼镇人民政府",
        "2024-07-16",
        "第三季度",
        "已委托县水质检测中心，正在采样",
    ),
]


def write_water(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["范县农村供水保障大排查问题整改清单"])
    w.writerow(["排查单位：范县水利局（9个排查组）；排查时间：2024年7月10日至7月16日；边查边改、分级负责"])
    w.writerow(
        [
            "序号",
            "乡镇",
            "村（工程）",
            "问题类别",
            "存在问题",
            "整改措施",
            "责任单位",
            "交办日期",
            "整改时限",
            "整改进展",
        ]
    )
    for i, row in enumerate(WATER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", f"共排查发现问题{len(WATER_ROWS)}个", "", "", "", "", ""])
    w.writerow(
        ["填报单位：范县水利局    填报人：任国庆    联系电话：0393-5326617    填报日期：2024年7月29日"]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 河道治理工程质量检查问题整改, after a county 水务局's 工程质量检查 of a 河道治理工程 (查出主要隐患和存在问题5条，
# 提出整改措施和意见8条; 要求项目法人组织施工、设计、监理、质检等单位全面自检自查，对存在的质量问题彻底整改; 施工
# 单位切实履行工程质量第一责任人职责; 建设单位负总责、勘察设计及施工单位保证、监理单位控制):
# https://ynlf.gov.cn/info/1041/71392.htm
# A .docx from the 项目法人: title, 主送, preamble, each problem a block of paragraphs ((一) the problem, then 整改措施,
# 责任单位, 整改时限, 整改情况 on their own lines; one block has no 整改情况), a closing paragraph, the office and date.
QUALITY_BLOCKS = [
    (
        "（一）堤身填筑压实度抽检不合格。桩号K2+300至K2+500段堤身填筑压实度抽检2组不满足设计要求。",
        "对不合格段翻挖后重新分层碾压，监理全程旁站，整改后委托第三方检测。",
        "濮阳市宏达水利建筑工程有限公司（施工单位）",
        "2024年7月20日前",
        "已返工完成，经第三方检测压实度全部合格。",
    ),
    (
        "（二）浆砌石护坡砂浆不饱满，局部勾缝脱落。左岸桩号K3+100附近约120米护坡存在此问题。",
        "凿除不合格勾缝，重新勾缝养护。",
        "濮阳市宏达水利建筑工程有限公司（施工单位）",
        "2024年8月15日前",
        "已返修约60%，其余段正在返修。",
    ),
    (
        "（三）监理旁站记录缺失，监理日志记录不完整，部分隐蔽工程验收无监理签字。",
        "补齐旁站记录，规范监理日志，重新组织隐蔽工程验收签认。",
        "河南华禹工程监理有限公司（监理单位）",
        "2024年7月10日前",
        "尚未整改到位。",
    ),
    (
        "（四）原材料进场检验台账不全，2批次水泥复检报告缺失。",
        "补做复检，完善原材料进场检验台账。",
        "濮阳市宏达水利建筑工程有限公司（施工单位）",
        "2024年7月31日前",
        None,
    ),
    (
        "（五）穿堤涵闸位置调整后未履行设计变更程序。",
        "补办设计变更手续，按程序报批。",
        "濮阳市水利勘测设计院（设计单位）",
        "2024年9月30日前",
        "已编制设计变更报告，报县水利局待批。",
    ),
    (
        "（六）临水作业面未设置防护栏杆，安全警示标志设置不足。",
        "增设防护栏杆和警示标志。",
        "濮阳市宏达水利建筑工程有限公司（施工单位）",
        "2024年7月5日前",
        "已整改。",
    ),
    (
        "（七）项目法人质量检查制度落实不到位，未按月组织质量检查。",
        "由本办工程科每月组织一次参建单位质量联合检查。",
        "本办工程科",
        "长期坚持",
        "每月组织一次质量联合检查，常态化推进。",
    ),
]


def write_quality(path: Path) -> Path:
    doc = _new_document("孟楼河项目办")
    _title(doc, "关于孟楼河综合治理工程（台前段）质量检查问题整改情况的报告", 20)
    _paragraph(doc, "县水利局：")
    _paragraph(
        doc,
        "2024年6月25日，县水利局监督检查组对孟楼河综合治理工程（台前段）进行了工程质量检查，查出主要隐患和"
        "存在问题7条，并提出了整改措施和意见。我办立即组织施工、设计、监理、质检等参建单位开展全面自检自查，"
        "逐条落实整改。现将整改情况报告如下：",
    )
    for problem, measure, unit, deadline, progress in QUALITY_BLOCKS:
        _paragraph(doc, problem, bold=True)
        _paragraph(doc, f"整改措施：{measure}")
        _paragraph(doc, f"责任单位：{unit}")
        _paragraph(doc, f"整改时限：{deadline}")
        if progress is not None:
            _paragraph(doc, f"整改情况：{progress}")
    _paragraph(
        doc,
        "下一步，我办将督促各参建单位切实履行质量责任，施工单位落实工程质量第一责任人职责，确保未完成事项按期整改到位。",
    )
    _paragraph(
        doc,
        "台前县孟楼河综合治理工程项目建设管理办公室",
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 生产建设项目水土保持监督检查, after a county 水利局's 生产建设项目水土保持专项监督检查 (重点检查项目区周边是否
# 存在渣土乱堆乱弃，排水设施、绿化措施落实是否到位; 植被存活率不高、临时堆土苫盖不及时等问题提出整改要求; 指导开展
# 水保监测和设施自主验收):
# http://www.lnudeal.cn/dfxw/2025-05-23/77532.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, a two-row header (整改落实 over 整改情况 and
# 复核意见), the 建设单位 as the answering unit (two of them written by short names), a 填表说明 and a signature line.
SOIL_ROWS = [
    (
        "龙都大道东延工程",
        "濮阳市城市建设投资集团有限公司",
        "临时堆土未苫盖，雨后冲刷严重",
        "及时苫盖防尘网，设置临时拦挡",
        "2024.7.15",
        "已全部苫盖，增设编织袋拦挡",
        "复核合格",
    ),
    (
        "建业·春天里住宅小区",
        "濮阳建业城市建设有限公司",
        "施工区未设置临时排水沟和沉沙池",
        "开挖临时排水沟，修建沉沙池",
        "7月25日前",
        "正在开挖排水沟",
        "",
    ),
    (
        "第五水厂配套管网工程",
        "市水务公司",
        "未按规定开展水土保持监测",
        "委托监测单位开展监测，按季度报送监测报告",
        "2024年8月31日",
        "已签订监测合同",
        "",
    ),
    (
        "华龙区分布式光伏发电项目",
        "濮阳豫能新能源有限公司",
        "弃渣随意堆放于项目区外农田",
        "清运弃渣，恢复耕作层",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "华龙区乡村道路提升工程",
        "濮阳市华龙区城乡建设发展有限公司",
        "路基边坡裸露，植被恢复措施滞后",
        "补植草皮，落实绿化措施",
        "9月底前",
        "",
        "",
    ),
    (
        "保障性租赁住房项目（一期）",
        "市住建局",
        "水土保持设施未验收即投入使用",
        "完成水土保持设施自主验收并报备",
        "2024年7月31日",
        "已完成自主验收并报备",
        "复核通过",
    ),
]


def write_soil_book(path: Path) -> Path:
    b = Book(path, author="水保站")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 24, 28, 30, 28, 12, 24, 12])
    last = 7
    b.line(ws, 0, "生产建设项目水土保持监督检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市华龙区水利局    检查时间：2024年7月8日—7月12日    填报日期：2024年7月29日",
        last,
    )
    for c, word in enumerate(["序号", "项目名称", "建设单位", "检查发现问题", "整改要求", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复核意见"], first=6)
    for i, row in enumerate(SOIL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SOIL_ROWS)
    b.line(ws, end, "填表说明：整改情况由建设单位填写，复核意见由检查单位填写。", last)
    b.line(
        ws,
        end + 1,
        "检查人员：程立伟、孟晓燕    填表人：孟晓燕    联系电话：0393-8336120",
        last,
    )
    return b.close()


def write_soil(path: Path) -> Path:
    return via_soffice(write_soil_book, path, "xls", "水土保持监督检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 道路清扫保洁检查情况通报, after a city 环卫中心's 道路卫生检查情况通报 (部分路段路面及路沿卫生保洁作业不够到位;
# 各标段的保洁公司应认真核对并整改检查通报中点出的问题; 现将具体检查情况通报如下：1、三环路：灯杆132#段道路路沿有
# 少许饮料瓶、破布。扣8分。(责任单位：…) …):
# https://zfj.fuzhou.gov.cn/zz/zwgk/jcjd/202110/t20211018_4208742.htm
# A .wps (Word 97 via LibreOffice): title, 主送, preamble stating the date the 3日内 counts from, the items as numbered
# paragraphs (路段：问题。扣N分。（责任单位：…）整改情况：…; one with its own date and no 整改情况), a total line,
# the office and date.
CLEAN_PARAS = [
    "1. 胜利路（中原路至京开大道段）：路沿有少许饮料瓶、纸屑。扣4分。（责任单位：濮阳市洁美环境服务有限公司）"
    "整改情况：已于当日清理完毕。",
    "2. 京开大道（人民路口南侧）：中间绿化带内有塑料袋、烟头等垃圾。扣8分。（责任单位：濮阳市洁美环境服务有限公司）"
    "整改情况：已清理，并增加该路段巡回保洁频次。",
    "3. 黄河路（任丘路至振兴路段）：路沿积沙土约80米。扣10分。（责任单位：濮阳市城美保洁有限公司）"
    "整改情况：已安排洗扫车冲洗路面，人行道积沙正在清理。",
    "4. 开州路（果品批发市场门前）：垃圾桶满溢，未及时清运。扣12分。（责任单位：濮阳市城美保洁有限公司）"
    "整改情况：尚未整改到位。",
    "5. 长庆路（黄河路口北侧）：中间绿化带内有建筑垃圾一堆，约2立方米。扣8分。"
    "（责任单位：濮阳市净畅环境卫生服务有限公司，限7月19日前清运）",
    "6. 大庆路（大庆路与石化路交叉口）：路面有油污未冲洗。扣6分。（责任单位：濮阳市净畅环境卫生服务有限公司）"
    "整改情况：已冲洗干净。",
    "7. 中原路（市政府公交站台周边）：站台立柱张贴小广告。扣4分。（责任单位：濮阳市城美保洁有限公司）"
    "整改情况：正在清理。",
    "8. 安全抽查：绿城路作业人员未穿反光背心横穿机动车道捡拾垃圾。扣5分。（责任单位：濮阳市净畅环境卫生服务有限公司）"
    "整改情况：已对相关作业人员批评教育，组织全员安全培训，整改完成。",
]


def write_clean_docx(path: Path) -> Path:
    doc = _new_document("环卫处")
    _title(doc, "关于2024年7月上半月城区主次干道清扫保洁检查情况的通报")
    _paragraph(doc, "各标段保洁公司：")
    _paragraph(
        doc,
        "7月8日至15日，市城市管理局环境卫生管理处检查组采用飞行检查方式，对城区主次干道各标段道路清扫保洁作业"
        "情况进行了专项检查。部分路段路面及路沿卫生清扫保洁作业不够到位，个别路段中间绿化带内垃圾未及时清理。"
        "各标段保洁公司应认真核对并整改通报中点出的问题，自本通报印发之日（2024年7月18日）起3日内整改到位，"
        "另有期限的从其期限。现将具体检查情况及整改反馈通报如下：",
    )
    for text in CLEAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, f"本次检查共发现问题{len(CLEAN_PARAS)}处，合计扣57分。")
    _paragraph(
        doc,
        "各保洁公司要加大清扫保洁和日常巡查力度，举一反三，完善巡查及奖惩机制，把道路清扫保洁工作落实到位。",
    )
    _paragraph(doc, "濮阳市城市管理局环境卫生管理处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日（整改情况汇总于7月26日）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_clean(path: Path) -> Path:
    return via_soffice(write_clean_docx, path, "doc", "城区主次干道清扫保洁检查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 公厕专项排查“问题公厕”通报, after a city 城管局's 全市公厕专项排查 of 公园绿地、旅游景点 (地面有积水、痰迹、
# 烟头; 大便池内有积粪; 水龙头损坏、灯具损坏; 标牌标识不清晰或缺损; 防蚊防鼠防蝇设施破损; 保洁工具乱摆乱放; 公厕
# 外部环境脏乱差; 向各公厕产权(管理)单位下达责令改正通知书要求其限期整改; 整改后由城管部门组织督查、验收):
# http://www.hjgv.org/html/71f26499664.html
# An .ods (LibreOffice conversion, zip members re-stamped): title, 排查时间/填报单位 line, one header row with the
# 产权（管理）单位 and two progress columns (整改情况 by the owner, 督查验收情况 by the 城管 office), a 注 line and a
# signature line.
TOILET_ROWS = [
    (
        "人民公园东门公厕",
        "华龙区",
        "濮阳市园林绿化服务中心",
        "地面有积水，大便器内有积粪",
        "2024年7月15日",
        "已整改",
        "验收合格",
    ),
    (
        "戚城遗址公园北门公厕",
        "华龙区",
        "濮阳市戚城文物景区管理处",
        "洗手盆水龙头损坏，照明灯具不亮",
        "2024年7月20日",
        "已更换水龙头，灯具正在维修",
        "",
    ),
    (
        "龙湖公园2号公厕",
        "开发区",
        "濮阳经济技术开发区龙湖公园管理处",
        "防蚊防蝇设施破损，厕内异味较重",
        "7月20日前",
        "正在整改",
        "",
    ),
    (
        "绿色庄园游客中心公厕",
        "华龙区",
        "濮阳市绿色庄园旅游开发有限公司",
        "标牌标识缺损，保洁工具乱摆乱放",
        "2024.7.12",
        "未整改",
        "逾期未改，已下达责令改正通知书",
    ),
    (
        "湿地公园南入口公厕",
        "濮阳县",
        "濮阳县湿地公园管理中心",
        "小便槽内积存尿液，墙壁有乱涂画",
        "7月25日",
        "",
        "",
    ),
    (
        "张挥公园西侧公厕",
        "华龙区",
        "濮阳市张挥公园管理处",
        "公厕外部环境脏乱，休息室门口堆放杂物",
        "2024年7月18日",
        "",
        "已验收合格",
    ),
    (
        "杂技文化园公厕",
        "华龙区",
        "濮阳市杂技文化园运营管理有限公司",
        "无障碍厕位扶手缺失",
        "8月底前",
        "已购置扶手，正在安装",
        "",
    ),
    (
        "市博物馆公厕",
        "华龙区",
        "市文化局",
        "干手器损坏，厕纸缺失",
        "2024年7月10日",
        "已整改",
        "验收合格",
    ),
]


def write_toilet_book(path: Path) -> Path:
    b = Book(path, author="市容环卫科")
    ws = b.sheet("问题公厕")
    b.widths(ws, [6, 22, 10, 30, 32, 14, 26, 26])
    last = 7
    b.line(ws, 0, "全市公厕专项排查“问题公厕”整改情况表（公园、景点）", last, b.title)
    b.line(
        ws,
        1,
        "排查时间：2024年7月4日—5日    填报单位：濮阳市城市管理局市容环卫科    填报日期：2024年7月30日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "公厕名称",
            "所在区域",
            "产权（管理）单位",
            "存在问题",
            "限期整改时间",
            "整改情况（产权单位填写）",
            "督查验收情况（城管部门填写）",
        ],
    )
    for i, row in enumerate(TOILET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOILET_ROWS)
    b.line(
        ws,
        end,
        "注：逾期不改的，城管部门将依据《濮阳市城市市容和环境卫生管理条例》予以处罚，产权（管理）单位为文明单位的抄报市文明办。",
        last,
    )
    b.line(ws, end + 1, "填表人：牛晓丽    联系电话：0393-8990316", last)
    return b.close()


def write_toilet(path: Path) -> Path:
    via_soffice(write_toilet_book, path, "ods", "公厕专项排查问题整改表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 生活垃圾分类检查, after a district 垃圾分类指挥部's monthly check of 镇街、小区、村 (家庭厨余垃圾分出率、生活垃圾
# 减量率、分类体系建设管理达标率、居民自主投放准确率; 主要问题为居民分类投放不准确、厨余垃圾分类不纯净、站点周边环境
# 脏乱、公示牌、桶站及暂存点设置不规范、垃圾清运及时性及满冒、设施脏污破损):
# http://bjmtgnews.com/paper/news.php?id=26533
# A .zip of two 街道 returns: an .xlsx (title, 填报单位 line with the points checked and the 问题发生率, one header row
# with 问题类型 and the 整改责任主体 (物业/社区)) and a .docx (title, 填报单位 line, a table, 经办人 line).
SORT_A_ROWS = [
    (
        "建业社区",
        "建业森林半岛小区",
        "分类质量",
        "厨余垃圾桶内混投塑料袋、纸巾等其他垃圾",
        "濮阳建业物业服务有限公司",
        "2024年7月20日",
        "已整改，安排督导员桶前值守",
    ),
    (
        "胜中社区",
        "油田胜利小区",
        "设施设置",
        "桶站未设置公示牌，缺少可回收物收集容器",
        "胜中社区居民委员会",
        "7月25日前",
        "公示牌正在制作",
    ),
    (
        "绿城社区",
        "绿城花园小区",
        "垃圾收运",
        "其他垃圾桶满溢，清运不及时",
        "濮阳市净畅环境卫生服务有限公司",
        "2024.7.18",
        "未整改",
    ),
    (
        "胜西社区",
        "胜西三区",
        "暂存点",
        "大件垃圾、装修垃圾暂存点未设置围挡",
        "濮阳市安居物业管理有限公司",
        "8月15日前",
        "",
    ),
]
SORT_B_ROWS = [
    (
        "濮水社区濮水小区",
        "分类站点周边环境脏乱，地面有污渍",
        "濮阳市嘉和物业服务有限公司",
        "每日冲洗站点，专人保洁",
        "2024年7月15日",
        "已完成",
    ),
    (
        "中原社区金色家园小区",
        "家庭厨余垃圾分出率偏低，居民参与率不高",
        "中原社区居民委员会",
        "开展入户宣传和桶前督导",
        "2024年9月30日",
        "正在开展入户宣传",
    ),
    (
        "市直机关家属院",
        "分类桶破损、桶身脏污",
        "濮阳市机关事务服务中心",
        "更换破损分类桶，定期清洗",
        "2024年7月22日",
        "已更换分类桶6组",
    ),
    (
        "振兴社区老旧小区",
        "无物业小区垃圾分类督导员未到岗",
        "振兴社区居民委员会",
        "招募志愿者轮流督导",
        "常态化推进",
        "常态化推进",
    ),
]


def write_sort_a(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 18, 10, 34, 28, 14, 26])
    last = 7
    b.line(ws, 0, "胜利路街道7月份生活垃圾分类检查问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区胜利路街道办事处    检查点位：小区12个、村2个    问题发生率：28.6%    填报日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "社区",
            "点位",
            "问题类型",
            "问题描述",
            "整改责任主体",
            "整改时限",
            "整改完成情况",
        ],
    )
    for i, row in enumerate(SORT_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(SORT_A_ROWS), "联系人：范文静    联系电话：0393-4410982", last)
    return b.close()


def write_sort_b(path: Path) -> Path:
    doc = _new_document("中原路街道")
    _title(doc, "中原路街道生活垃圾分类检查发现问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区中原路街道办事处    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(SORT_B_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "检查点位",
            "存在问题",
            "责任单位",
            "整改措施",
            "完成时限",
            "整改结果",
        ],
        body,
    )
    _paragraph(doc, "经办人：孔德胜    联系电话：0393-4418205", 12)
    return _save_fixed(doc, path)


def write_sort(path: Path) -> Path:
    members = [
        ("胜利路街道7月份生活垃圾分类检查问题整改台账.xlsx", write_sort_a),
        ("中原路街道生活垃圾分类检查发现问题整改情况.docx", write_sort_b),
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
# 9. 户外广告店招设施安全隐患排查, after a township 城管中队's 汛期户外广告店招设施安全隐患排查整治 (户外大型广告、
# LED电子屏、商户门头店招、公益广告设施; 逐一登记形成排查清单; 引导商家自检; 户外广告备案与勘察; 全乡共排查户外广告
# 及商户店招店牌89处):
# http://ahscb.com/html/2024-07/29/content_367769.htm
# An .xlsx: title, 填报单位/排查时间 line, one header row with 设施类型 and the 设置单位（业主） as the answering unit,
# a 备案情况 column, a 合计 row and a signature line.
SIGN_ROWS = [
    (
        "大型户外广告",
        "兴南路与昌乐路交叉口",
        "南乐县天成广告传媒有限公司",
        "立柱底座锈蚀，广告面板松动",
        "除锈加固，更换连接件",
        "2024年7月20日",
        "已加固，复查合格",
        "已备案",
    ),
    (
        "LED电子屏",
        "仓颉路百货大楼",
        "南乐县百货大楼有限公司",
        "电子屏电源线裸露，私拉乱接",
        "规范敷设线路，加装漏电保护",
        "7月15日",
        "已整改",
        "已备案",
    ),
    (
        "门头店招",
        "文化路中段",
        "南乐县鑫源购物广场",
        "店招钢架变形，存在坠落风险",
        "拆除重做",
        "7月25日前",
        "已拆除旧店招，新店招正在制作",
        "未备案",
    ),
    (
        "门头店招",
        "解放路",
        "南乐县老街烩面馆",
        "招牌固定螺丝松动脱落",
        "紧固螺丝，加装防坠绳",
        "2024.7.12",
        "未整改",
        "未备案",
    ),
    (
        "楼顶大字",
        "南乐宾馆楼顶",
        "南乐县宾馆有限责任公司",
        "楼顶大字招牌无安全检测报告",
        "委托有资质单位检测",
        "2024年8月31日",
        "",
        "已备案",
    ),
    (
        "公益广告",
        "人民路",
        "南乐县城关镇人民政府",
        "公益广告牌面破损、褪色",
        "更换画面",
        "2024年7月31日",
        "正在更换",
        "已备案",
    ),
    (
        "店招灯箱",
        "建设路",
        "南乐县华联家电城",
        "店招灯箱漏电",
        "断电维修",
        "2024年7月18日",
        "已断电，正在维修",
        "未备案",
    ),
]


def write_signs(path: Path) -> Path:
    b = Book(path, author="城区中队")
    ws = b.sheet("排查清单")
    b.widths(ws, [6, 12, 20, 26, 30, 24, 14, 24, 10])
    last = 8
    b.line(ws, 0, "汛期户外广告及店招店牌设施安全隐患排查清单", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县城市管理局城区执法中队    排查时间：2024年7月8日—7月19日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "设施类型",
            "设置位置",
            "设置单位（业主）",
            "隐患情况",
            "处置措施",
            "整改期限",
            "整改结果",
            "备案情况",
        ],
    )
    for i, row in enumerate(SIGN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SIGN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        last,
        f"共排查户外广告及店招店牌89处，发现安全隐患{len(SIGN_ROWS)}处",
    )
    b.line(
        ws,
        end + 1,
        "中队长：石磊    填表人：邵明    联系电话：0393-6228174    填报日期：2024年7月30日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 镇街环境卫生绩效评估通报, after a district's monthly 镇街环境卫生绩效评估情况通报 (对全区道路卫生、公厕、垃圾清运
# 情况进行检查，共抽查道路127条、公厕34座、垃圾清运21处; 总分前三…; 道路清扫保洁不到位，巡回保洁不及时; 垃圾桶清运
# 不及时，240升垃圾周转桶外部脏; 绿化带内…; 附件：各街镇环境卫生绩效考评分统计表):
# http://www.yfbzb.com/inviteBid/detail/20210122_210920269.html
# An .xlsx: title, three preamble lines (what was checked, the scores, the base date the 5个工作日 count from), one
# header row with the 扣分, 整改时限 partly in working days, a 合计 row of the points and a signature line.
TOWN_ROWS = [
    (
        "子岸镇人民政府",
        "道路卫生",
        "子岸镇政府街",
        "道路清扫保洁不到位，巡回保洁不及时，路沿积尘",
        2,
        "5个工作日",
        "已整改",
    ),
    (
        "文留镇人民政府",
        "公厕",
        "文留镇集贸市场公厕",
        "公厕无专人保洁，蹲便器堵塞",
        3,
        "2024年7月20日",
        "正在疏通维修",
    ),
    (
        "胡状镇人民政府",
        "垃圾清运",
        "胡状镇中心街垃圾收集点",
        "240升垃圾周转桶外部脏污，垃圾清运不及时",
        3,
        "5个工作日",
        "未整改",
    ),
    (
        "柳屯镇人民政府",
        "绿化带",
        "柳屯镇G106沿线",
        "绿化带内塑料袋、纸屑等垃圾未及时清理",
        2,
        "5个工作日",
        "已清理",
    ),
    (
        "八公桥镇人民政府",
        "卫生死角",
        "八公桥镇老街背街小巷",
        "背街小巷存在卫生死角，堆放杂物",
        3,
        "2024年7月31日",
        "",
    ),
    (
        "庆祖镇人民政府",
        "道路卫生",
        "庆祖镇S209沿线",
        "道路两侧积存垃圾未清运",
        2,
        "7月底前",
        "已清运积存垃圾12车，剩余路段正在清理",
    ),
    (
        "户部寨镇人民政府",
        "长效管理",
        "户部寨镇区",
        "保洁员配备不足，作业时间落实不到位",
        2,
        "长期坚持",
        "长期坚持",
    ),
]


def write_towns(path: Path) -> Path:
    b = Book(path, author="环卫股")
    ws = b.sheet("问题整改")
    b.widths(ws, [6, 18, 10, 22, 36, 6, 14, 28])
    last = 7
    b.line(ws, 0, "7月上半月各镇环境卫生绩效评估发现问题整改表", last, b.title)
    b.line(
        ws,
        1,
        "7月上半月，县城市管理局对各镇道路卫生、公厕、垃圾清运情况进行检查，共抽查道路46条、公厕18座、垃圾清运点15处。",
        last,
    )
    b.line(
        ws,
        2,
        "总分前三：城关镇92.40分、子岸镇90.15分、文留镇89.97分；后三名：胡状镇84.20分、八公桥镇85.05分、庆祖镇85.62分。",
        last,
    )
    b.line(
        ws,
        3,
        "请各镇自通报下发之日（2024年7月16日）起按下表时限整改到位，并将整改情况报县城市管理局环卫股。",
        last,
    )
    b.header(
        ws,
        4,
        [
            "序号",
            "责任单位",
            "问题类别",
            "问题点位",
            "存在问题",
            "扣分",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(TOWN_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(TOWN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, f"发现问题{len(TOWN_ROWS)}个", b.cell)
    b.put(ws, end, 5, sum(row[4] for row in TOWN_ROWS), b.center)
    b.merge(ws, end, 6, end, 7, "", b.cell)
    b.line(
        ws,
        end + 1,
        "濮阳县城市管理局环卫股    填表人：薛振    联系电话：0393-3229061    2024年7月29日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 妨碍河道行洪突出问题排查整治, after a 流域监督局's 妨碍河道行洪突出问题排查整治重点核查 (四不两直暗访; 河道管理
# 范围内是否有阻水建筑物、阻水片林、第三方修建的交叉建筑物压缩河道行洪断面、人类活动侵占缩窄原河道、河道内修建公园
# 等活动场所抬高滩面高程; 将有关问题录入河湖督查系统):
# http://www.hwjsm.org/index.php?m=Index&a=shows&catid=42&id=1442
# An .xlsx laid out like a 河湖督查系统 list: title, 填报单位/数据截至 line, one header row with 问题编号, 发现方式,
# 整改状态 and 销号日期 (an event date, not the deadline), one unit under a former name.
FLOOD_ROWS = [
    (
        "PY-HD-2024-001",
        "卫河",
        "元村镇段",
        "南乐县",
        "阻水片林",
        "河道管理范围内种植杨树林约30亩，阻碍行洪",
        "暗访核查",
        "元村镇人民政府",
        "2024年6月30日",
        "已销号",
        "2024年6月28日",
    ),
    (
        "PY-HD-2024-002",
        "马颊河",
        "清丰县城区段",
        "清丰县",
        "河道内修建公园",
        "河道内修建滨河游园，抬高滩面约0.5米",
        "遥感图斑",
        "清丰县住房和城乡建设局",
        "2024年12月31日",
        "整改中",
        "",
    ),
    (
        "PY-HD-2024-003",
        "徒骇河",
        "千口镇段",
        "南乐县",
        "交叉建筑物",
        "第三方修建的施工便桥未拆除，压缩行洪断面",
        "河长巡河",
        "南乐县交通运输局",
        "2024年7月31日",
        "整改中",
        "",
    ),
    (
        "PY-HD-2024-004",
        "潴龙河",
        "庆祖镇段",
        "濮阳县",
        "阻水建筑物",
        "河道内违建砖混看护房2间",
        "群众举报",
        "庆祖镇人民政府",
        "2024年7月15日",
        "未启动",
        "",
    ),
    (
        "PY-HD-2024-005",
        "金堤河",
        "张庄乡段",
        "范县",
        "侵占缩窄河道",
        "沿岸填土修建养殖场，侵占缩窄原河道",
        "暗访核查",
        "张庄乡人民政府",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "PY-HD-2024-006",
        "马颊河",
        "华龙区城区段",
        "华龙区",
        "阻水建筑物",
        "河道内废弃排涝泵站未拆除，阻碍行洪",
        "遥感图斑",
        "市水务局",
        "2024年8月31日",
        "整改中",
        "",
    ),
    (
        "PY-HD-2024-007",
        "卫河",
        "谷金楼镇段",
        "南乐县",
        "阻水片林",
        "滩地片林密植，树木胸径较大，阻水严重",
        "河长巡河",
        "谷金楼镇人民政府",
        "2024年6月30日",
        "已销号",
        "2024年7月5日",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="市河长办")
    ws = b.sheet("问题台账")
    b.widths(ws, [16, 8, 14, 8, 14, 36, 10, 22, 14, 10, 14])
    last = 10
    b.line(ws, 0, "濮阳市妨碍河道行洪突出问题排查整治台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市河长制办公室    数据截至：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "问题编号",
            "河流名称",
            "河段",
            "县（区）",
            "问题类型",
            "问题描述",
            "发现方式",
            "整改责任单位",
            "整改时限",
            "整改状态",
            "销号日期",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    return b.close()


FILES = [
    ("濮阳县河湖清四乱专项行动问题清单及整治进度表.xlsx", write_rivers),
    ("清丰县小型水库（塘坝）安全度汛检查问题整改情况表.xls", write_reservoirs),
    ("范县农村供水保障大排查问题整改清单.csv", write_water),
    ("孟楼河综合治理工程质量检查问题整改情况报告.docx", write_quality),
    ("华龙区生产建设项目水土保持监督检查问题整改台账.et", write_soil),
    ("城区主次干道清扫保洁检查情况通报（7月上半月）.wps", write_clean),
    ("公园景点公厕专项排查问题整改表.ods", write_toilet),
    ("生活垃圾分类检查问题整改（胜利路、中原路街道）.zip", write_sort),
    ("南乐县户外广告及店招店牌安全隐患排查清单.xlsx", write_signs),
    ("濮阳县7月上半月镇域环境卫生绩效评估问题整改表.xlsx", write_towns),
    ("妨碍河道行洪突出问题排查整治台账.xlsx", write_flood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

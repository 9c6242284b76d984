"""Write the dev128 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 乡镇（街道）综合督查、村（社区）自查、网格员巡查上报问题处置 (镇纪委对村的督查和回头看, 街道文明创建督查,
村级巡察反馈问题自查整改, 社区消防安全自查排查, 网格随手拍线索流转, 网格事件平台导出, 镇街分中心网格事件办理).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
.doc (LibreOffice conversion of a .docx), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs under
each village's heading, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside230.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# 1. “网格随手拍”群众报料线索核实流转处置台账, after a city's account of its “智网人人拍” 小程序 (群众上报隐患问题,
# 网格员收到问题线索后现场核实，确认线索流转至所属镇街智网中心，由相关责任部门跟进处置; 群众可查看报料是否得到跟进
# 核实，并获得红包奖励; 网格员收到线索上报 → 前往现场核实 → 上报镇智网中心 → 转所属村委处理 → 次日复查核实确认
# 已整改完毕):
# http://60200875.com/post/46385.html
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (报料信息 over 报料时间/报料人/报料内容, 网格员核实 over two
# columns, 流转处置 over 流转日期/流转至/处置时限/处置情况), the 复查情况 and 红包发放 columns, 处置时限 as N个工作日 / 当日
# counted from 流转日期, the handling units as village committees and short or former names (市城管局, 市环保局,
# 市燃气公司, 濮阳供电公司, 自来水公司), a 说明 line and a signature line.
SNAP_ROWS = [
    (
        "2024-07-02 09:14",
        "王先生",
        "东北庄村文化广场3盏路灯损坏，夜间广场无照明",
        "李娜",
        "属实，3盏路灯灯头损坏",
        date(2024, 7, 2),
        "东北庄村村委会",
        "3个工作日",
        "已更换灯头3个",
        "7月4日网格员复查，已整改完毕",
        "5元",
    ),
    (
        "2024-07-03 16:40",
        "匿名",
        "马呼屯村西坑塘边堆放建筑垃圾约20立方米",
        "赵磊",
        "属实",
        date(2024, 7, 4),
        "马呼屯村村委会",
        "5个工作日",
        "已清运约一半，剩余正在清运",
        "",
        "5元",
    ),
    (
        "2024-07-08 07:55",
        "刘女士",
        "岳村集贸市场北口有人露天焚烧垃圾，烟雾较大",
        "孙伟",
        "属实，已现场劝阻并熄灭明火",
        date(2024, 7, 8),
        "市环保局",
        "当日",
        "已移交生态环境执法人员立案查处",
        "",
        "10元",
    ),
    (
        "2024-07-10 10:22",
        "张先生",
        "106国道岳村路口东侧窨井盖缺失，存在行人坠落隐患",
        "李娜",
        "属实，已设置警示锥",
        date(2024, 7, 10),
        "市城管局",
        "2个工作日",
        "已安装新井盖",
        "7月11日网格员复查，已整改完毕",
        "10元",
    ),
    (
        "2024-07-15 18:30",
        "陈女士",
        "西田村液化气站门前燃气管道标志桩缺失2处",
        "周强",
        "属实",
        date(2024, 7, 16),
        "市燃气公司",
        "7个工作日",
        "",
        "",
        "5元",
    ),
    (
        "2024-07-18 11:05",
        "匿名",
        "后岳村主街一根电线杆倾斜约30度，雨天有倒伏隐患",
        "赵磊",
        "属实，已拉设警戒线",
        date(2024, 7, 18),
        "濮阳供电公司",
        "3个工作日",
        "供电所已到现场勘查，待停电计划批复后扶正",
        "",
        "10元",
    ),
    (
        "2024-07-22 08:47",
        "郭先生",
        "东北庄村南自来水主管道破裂，路面积水外溢",
        "李娜",
        "属实",
        date(2024, 7, 22),
        "自来水公司",
        "当日",
        "当日抢修完毕，恢复供水",
        "7月23日网格员复查，已整改完毕",
        "10元",
    ),
    (
        "2024-07-25 20:12",
        "杨女士",
        "马呼屯村小学北侧沟渠淤堵，雨后污水漫溢至路面",
        "孙伟",
        "属实",
        date(2024, 7, 26),
        "马呼屯村村委会",
        "5个工作日",
        "未处置",
        "",
        "5元",
    ),
]


def write_snap(path: Path) -> Path:
    b = Book(path, author="网格中心")
    ws = b.sheet("线索流转台账")
    b.widths(ws, [6, 17, 9, 36, 10, 22, 12, 16, 11, 28, 26, 9])
    b.line(ws, 0, "岳村镇“网格随手拍”群众报料线索核实流转处置台账（2024年7月）", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区岳村镇社会治理综合服务中心（网格化服务管理中心）    统计截至：2024年7月30日",
        11,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "报料信息", b.head)
    b.header(ws, 3, ["报料时间", "报料人", "报料内容"], first=1)
    b.merge(ws, 2, 4, 2, 5, "网格员核实", b.head)
    b.header(ws, 3, ["核实网格员", "核实情况"], first=4)
    b.merge(ws, 2, 6, 2, 9, "流转处置", b.head)
    b.header(ws, 3, ["流转日期", "流转至", "处置时限", "处置情况"], first=6)
    b.merge(ws, 2, 10, 3, 10, "复查情况", b.head)
    b.merge(ws, 2, 11, 3, 11, "红包发放", b.head)
    for i, row in enumerate(SNAP_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SNAP_ROWS)
    b.line(
        ws,
        end,
        "说明：网格员收到线索后现场核实，属实的流转至责任单位处置；处置时限自流转之日起计算，工作日不含双休日；"
        "复查由原核实网格员负责。",
        11,
    )
    b.line(ws, end + 1, "审核人：崔永杰    填报人：郑晓雯    联系电话：0393-8611027", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 镇纪委农村户厕改造监督检查发现问题整改台账, after a town 纪委's 改厕督查 (通过查阅资料、实地查看、同村干部及群众
# 沟通交流等方式梳理改厕工作中存在的问题; 此次督导共发现5个问题，针对发现问题划分整改时限，按照时间节点对户厕工作
# 进行监督; 健全后期维护等工作机制; 监督户厕改造公示工作，张贴监督举报电话):
# https://lc.fzlz.gov.cn/stone/news/2023-7-20/3938.html
# An .xls (xlwt): title, 填报单位/检查时间/填报日期 line, one header row with 检查方式 and the 检查日期 the 立行立改 rows
# count from, the 村委会 as the unit and its 整改责任人 (a person), 整改时间节点 as 立行立改 / X月X日前 / 8月底前 / a
# date / 长期坚持, a 注 line and a signature line.
TOILET_ROWS = [
    (
        "前张村委会",
        "2024.7.1",
        "实地查看",
        "3户改造户厕化粪池未加盖，存在安全隐患",
        "张建国",
        "立行立改",
        "已全部加盖，整改到位",
    ),
    (
        "前张村委会",
        "2024.7.1",
        "查阅资料",
        "户厕改造“一户一档”资料不全，12户缺少验收签字",
        "张建国",
        "7月15日前",
        "已补齐验收签字",
    ),
    (
        "刘庄村委会",
        "2024.7.2",
        "走访群众",
        "5户改厕户反映厕具冲水阀损坏，报修后长期无人维修",
        "刘红军",
        "7月20日前",
        "已维修2户，其余3户配件正在采购",
    ),
    (
        "刘庄村委会",
        "2024.7.2",
        "实地查看",
        "户厕改造公示及监督举报电话未张贴",
        "刘红军",
        "立行立改",
        "未整改",
    ),
    (
        "吴村村委会",
        "2024.7.3",
        "实地查看",
        "部分改造户厕长期闲置，群众仍使用旱厕",
        "吴新民",
        "8月底前",
        "",
    ),
    (
        "吴村村委会",
        "2024.7.3",
        "走访群众",
        "粪污清掏服务不及时，群众预约后超过7天未清掏",
        "吴新民",
        "2024年7月31日",
        "已与清掏服务队签订协议，正在落实",
    ),
    (
        "千口村委会",
        "2024.7.5",
        "查阅资料",
        "改厕后期管护机制未建立，无专人负责管护",
        "李卫华",
        "长期坚持",
        "已明确1名管护员，长期坚持",
    ),
]


def write_toilet(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "千口镇纪委农村户厕改造监督检查发现问题整改台账", t, 0, 7),
        (
            1,
            0,
            "填报单位：南乐县千口镇纪律检查委员会（盖章）    检查时间：2024年7月1日—7月5日    填报日期：2024年7月30日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "村委会", "检查日期", "检查方式", "发现问题", "整改责任人", "整改时间节点", "整改情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 5, 6) else c))
    r = 3 + len(TOILET_ROWS)
    cells += [
        (
            r,
            0,
            "注：检查采取查阅资料、实地查看、走访群众等方式；“立行立改”事项以检查当日为整改时限，镇纪委按时间节点跟踪监督。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：吕文涛    填表人：贾慧    联系电话：0393-7451208", plain, r + 1, 7),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 镇纪委季度督查“回头看”情况通报, after a town 纪委's quarterly 督查 of all its 自然村 (每个季度对全镇49个自然村开展
# 全面督查; 督查结果以督办函的形式下发给村委、包村工作组; 采取“回头看”的方式，发现整改不到位、不彻底的，按照网格化
# 管理标准启动问责机制，全镇通报批评):
# http://big5.china.com.cn/gate/big5/www.nanning.china.com.cn/2015-05/25/content_7932162.htm
# A .docx: title, 主送, a preamble stating the 督办函 date (2024-06-28) the 立行立改 items count from, then one heading
# per village (its 村委会 and 包村工作组) with the items as numbered paragraphs restarting at 1 under each heading,
# 整改时限 and the 回头看 finding in sentences, a closing paragraph with a report-back date, the 纪委 and date at the foot.
CLEAN_VILLAGES = [
    (
        "一、马庄村村委会（包村工作组：刘建华）",
        [
            "村东排水沟内生活垃圾堆积，沟渠淤堵。整改时限：7月10日前。回头看情况：已清理完毕，沟渠畅通，整改到位。",
            "村内主街两侧柴草乱堆乱放12处。整改时限：立行立改。回头看情况：仍有5处未清理，整改不彻底，"
            "已对包村工作组进行提醒谈话。",
        ],
    ),
    (
        "二、南街村村委会（包村工作组：王磊）",
        [
            "坑塘周边有畜禽粪污直排现象。整改时限：7月底前。回头看情况：已督促养殖户建设储粪池，正在施工。",
            "村委会院内废旧物品长期堆放。整改时限：立行立改。回头看情况：未整改。",
            "保洁员未按要求每日清扫，背街小巷卫生死角较多。整改时限：长期坚持。回头看情况：已调整保洁员排班，"
            "常态化推进。",
        ],
    ),
    (
        "三、前丁村村委会（包村工作组：赵静）",
        [
            "村口垃圾收集点垃圾外溢，清运不及时。整改时限：7月10日前。回头看情况：已增设垃圾桶4个，实现日产日清，"
            "整改到位。",
            "部分农户房前屋后残垣断壁未拆除。整改时限：8月15日前。",
        ],
    ),
]


def write_clean(path: Path) -> Path:
    doc = _new_document("镇纪委")
    _title(doc, "中共清丰县韩村镇纪律检查委员会关于第二季度村庄清洁行动督查“回头看”情况的通报", 20)
    _paragraph(doc, "各村党支部、村委会，各包村工作组：")
    _paragraph(
        doc,
        "6月24日至26日，镇纪委对全镇各村村庄清洁行动开展了第二季度督查，督查结果已于6月28日以督办函形式下发"
        "各村委会和包村工作组，“立行立改”事项自督办函下发之日起整改到位。7月15日至17日，镇纪委对督办函所列问题"
        "开展了“回头看”，现将有关情况通报如下：",
    )
    for heading, items in CLEAN_VILLAGES:
        _paragraph(doc, heading, font="黑体")
        for n, text in enumerate(items, 1):
            _paragraph(doc, f"{n}. {text}")
    _paragraph(
        doc,
        "对“回头看”中发现整改不到位、不彻底的，镇纪委将按照网格化管理标准启动问责机制，并在全镇通报批评。"
        "各村须于8月5日前将整改情况书面报镇纪委。",
    )
    _paragraph(doc, "中共清丰县韩村镇纪律检查委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 街道文明创建“以查带训”督查重点问题整改清单, after a 区文明办's 以查带训 at a 乡（街道） (实地考察小区外部环境、
# 文明创建宣传氛围; 对社区能整改的问题限期整改，突出难点问题向街道汇报，涉及的社区联合物业整改; 街道文明办联合
# 城建办将重点问题和督查曝光的问题进行整理，对杂物乱堆乱放、停车不规范、小区大面积缺绿等问题明确整改时限、整改要求;
# 回头看; 立行立改):
# http://m.bbnews.cn/shehui/p/45811.html
# An .xlsx: title, 填报单位/督查日期/填报日期 line, one header row, the 检查点位 and 所属社区 merged down over their
# problems, 整改时限 as 立行立改 (the 督查日期) / dates / 长期坚持, the 责任单位 as 物业 companies, 社区居委会 and a school,
# 整改情况 beside a 回头看情况 column (已销号 beating 基本完成 in one row), a 说明 line and a signature line.
CIVIC_POINTS = [
    (
        "锦华苑小区",
        "建设社区",
        [
            (
                "杂物乱堆乱放",
                "3号楼、5号楼楼道内杂物乱堆乱放",
                "清理楼道杂物",
                "立行立改",
                "濮阳市锦华物业服务有限公司",
                "已清理完毕",
                "回头看已销号",
            ),
            (
                "停车秩序",
                "小区内机动车停放不规范，未施划停车位",
                "施划停车位，规范停放",
                "7月底前",
                "濮阳市锦华物业服务有限公司",
                "已施划停车位86个，基本完成",
                "已销号",
            ),
        ],
    ),
    (
        "建设路沿街商铺",
        "建设社区",
        [
            (
                "宣传氛围",
                "沿街公益广告破损褪色，部分被商业广告遮挡",
                "更换公益广告",
                "7月15日前",
                "建设社区居民委员会",
                "已更换公益广告18块",
                "",
            ),
            (
                "门前三包",
                "商铺门前三包责任落实不到位，店外经营占道",
                "签订门前三包责任书",
                "长期坚持",
                "建设社区居民委员会",
                "已签订责任书42份，常态化巡查",
                "",
            ),
        ],
    ),
    (
        "御景花园小区",
        "东风社区",
        [
            (
                "绿化",
                "小区大面积缺绿，绿地被业主改种蔬菜",
                "清除种植蔬菜，补植绿化",
                "8月15日前",
                "濮阳市御景物业管理有限公司",
                "正在协调业主清除蔬菜",
                "",
            ),
            (
                "环境卫生",
                "小区垃圾分类投放点周边地面污渍严重",
                "清洗地面，增加清运频次",
                "立行立改",
                "濮阳市御景物业管理有限公司",
                "未整改",
                "回头看时仍未整改，已约谈物业负责人",
            ),
        ],
    ),
    (
        "市第三中学校门口",
        "东风社区",
        [
            (
                "交通秩序",
                "上下学时段校门口车辆乱停，接送家长占用机动车道",
                "设置临时停车区，安排护学岗",
                "8月31日前",
                "濮阳市第三中学",
                "",
                "",
            ),
        ],
    ),
    (
        "东风菜市场",
        "东风社区",
        [
            (
                "市场秩序",
                "菜市场周边流动摊贩占道经营",
                "划定疏导点，规范经营",
                "7月20日前",
                "东风社区居民委员会",
                "已划定疏导点1处，正在引导摊贩入点经营",
                "",
            ),
        ],
    ),
]


def write_civic(path: Path) -> Path:
    b = Book(path, author="街道文明办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 16, 10, 12, 34, 22, 11, 26, 26, 24])
    b.line(ws, 0, "胜利路街道文明创建“以查带训”督查重点问题整改清单", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区胜利路街道文明办（城建办）    督查日期：2024年7月9日    填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查点位",
            "所属社区",
            "问题类型",
            "存在问题",
            "整改要求",
            "整改时限",
            "责任单位",
            "整改情况",
            "回头看情况",
        ],
    )
    r, n = 3, 0
    for point, community, rows in CIVIC_POINTS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, point, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, community, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=3)
            r += 1
    b.line(
        ws,
        r,
        "说明：“立行立改”事项以督查当日为整改时限；回头看由街道文明办、城建办联合开展，整改到位的予以销号。",
        9,
    )
    b.line(ws, r + 1, "审核人：孟庆华    填报人：袁媛    联系电话：0393-4418835", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 网格事件列表 (platform export), after a 综合治理/网格管理 system's field names for its events (标题, 内容, 所属区域,
# 所属网格, 类型 民事纠纷/市政环卫/物业管理/隐患排查/其他, 来源 群众发现/自己发现/上级安排, 程度 一级/二级/三级, 网格人,
# 是否督办, 状态 未处理未转派/已转派未受理/已受理/已办结, 截至时间, 创建时间):
# https://github.com/kano233333/zhglxt/blob/115d9446dc5983b81be186c7386ffc2a2a8d98ac/views/index/alert/const.js
# A CSV in UTF-8 with BOM: one header line in the system's own words (截至时间 as it spells it) and no title; the
# 所属区域 (a street) as the only unit; 状态 as the four system values; 截至时间 and 创建时间 as date-times, one
# 截至时间 empty.
GRID_EVENTS = [
    (
        "20240702003",
        "楼道堆放杂物堵塞消防通道",
        "建设社区12号楼2单元楼道堆放纸箱、旧家具，堵塞消防通道",
        "华龙区中原路街道",
        "建设社区第3网格",
        "隐患排查",
        "自己发现",
        "二级",
        "刘芳",
        "否",
        "已办结",
        "2024-07-05 18:00:00",
        "2024-07-02 09:21:37",
    ),
    (
        "20240708011",
        "路灯不亮",
        "东关社区振兴路北段路灯连续5晚不亮，居民夜间出行不便",
        "华龙区胜利路街道",
        "东关社区第1网格",
        "市政环卫",
        "群众发现",
        "三级",
        "王强",
        "否",
        "已转派未受理",
        "2024-07-12 18:00:00",
        "2024-07-08 20:03:12",
    ),
    (
        "20240709002",
        "邻里排水纠纷",
        "中原社区两户居民因院内排水沟堵塞、污水流入邻院发生纠纷",
        "华龙区中原路街道",
        "中原社区第2网格",
        "民事纠纷",
        "群众发现",
        "二级",
        "张丽",
        "否",
        "未处理未转派",
        "2024-07-15 18:00:00",
        "2024-07-09 10:46:05",
    ),
    (
        "20240712007",
        "小区电梯故障",
        "建业社区锦绣小区3号楼电梯一周内3次故障停运，有老人被困",
        "华龙区胜利路街道",
        "建业社区第4网格",
        "物业管理",
        "群众发现",
        "一级",
        "赵敏",
        "是",
        "已受理",
        "2024-07-20 18:00:00",
        "2024-07-12 15:30:48",
    ),
    (
        "20240715004",
        "餐馆使用未检验液化气钢瓶",
        "东关社区一家面馆使用超期未检验的液化气钢瓶2个",
        "华龙区胜利路街道",
        "东关社区第2网格",
        "隐患排查",
        "自己发现",
        "一级",
        "王强",
        "是",
        "已办结",
        "2024-07-18 18:00:00",
        "2024-07-15 11:12:09",
    ),
    (
        "20240717009",
        "绿化带积存垃圾",
        "中原社区黄河路绿化带内积存生活垃圾，蚊蝇滋生",
        "华龙区中原路街道",
        "中原社区第1网格",
        "市政环卫",
        "上级安排",
        "三级",
        "张丽",
        "否",
        "已办结",
        "",
        "2024-07-17 08:55:41",
    ),
    (
        "20240722006",
        "共享单车乱停放",
        "公园路西段共享单车乱停放，堵塞盲道约50米",
        "华龙区人民路街道",
        "公园路社区第2网格",
        "其他",
        "自己发现",
        "三级",
        "陈晨",
        "否",
        "已受理",
        "2024-07-31 18:00:00",
        "2024-07-22 09:40:16",
    ),
    (
        "20240724003",
        "外墙瓷砖脱落",
        "人民路社区幸福里小区7号楼外墙瓷砖脱落，砸坏楼下车辆",
        "华龙区人民路街道",
        "人民路社区第5网格",
        "物业管理",
        "群众发现",
        "一级",
        "陈晨",
        "是",
        "未处理未转派",
        "2024-07-26 18:00:00",
        "2024-07-24 17:25:33",
    ),
]


def write_grid_events(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "ID",
            "标题",
            "内容",
            "所属区域",
            "所属网格",
            "类型",
            "来源",
            "程度",
            "网格人",
            "是否督办",
            "状态",
            "截至时间",
            "创建时间",
        ]
    )
    for row in GRID_EVENTS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 村级巡察反馈问题自查整改情况报告, after a village's account of its 整改 after a 县委巡察组 反馈 (召开专题会议，
# 向党员、干部传达巡察反馈意见; 从分工安排、整改措施、整改时限等方面作出具体安排; “（一）在畏难思想严峻，工作作风
# 不实方面 1…… 2厕所革命工作应付了事……” then “整改状况：1充分发挥周工作例会作用…… 2加强村干部监视考核……”):
# https://m.taowenge.com/p-90209571.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, three “（一）在……方面” headings, each with its problems as
# numbered paragraphs (numbered on through the report) followed by one “整改状况：” paragraph answering them as
# “针对第N个问题……” with 整改时限 and progress in sentences; every item belongs to the sending 村民委员会; a closing
# paragraph, the village and date at the foot.
PATROL_ASPECTS = [
    (
        "（一）在工作作风不实方面",
        [
            "部分村干部工作要求不高，遇到难事相互推诿，群众反映的问题办理拖沓。",
            "农村户厕改造工作应付了事，9户改厕未按标准施工。",
        ],
        "整改状况：针对第1个问题，我村建立每周工作例会制度，村干部每周汇报群众诉求办理情况，整改时限为6月底前，"
        "目前已整改到位。针对第2个问题，村“两委”已联系施工队对9户逐户返工，计划8月20日前完成，目前已返工4户。",
    ),
    (
        "（二）在村级财务管理方面",
        [
            "村集体机动地承包费收取后未及时入账，存在坐收坐支现象。",
            "村务公开栏财务公开内容更新不及时，二季度收支明细未公开。",
            "村级道路硬化等工程项目未按规定履行“四议两公开”程序。",
        ],
        "整改状况：针对第3个问题，要求7月10日前整改到位，已将2023年度承包费4.8万元全部入账，严格执行村账乡代管，"
        "已于7月5日整改完成。针对第4个问题，整改时限为7月15日前，已于7月10日公开二季度收支明细，整改完成。"
        "针对第5个问题，计划于2024年9月底前对近三年村级工程项目程序进行全面梳理，目前尚未开始。",
    ),
    (
        "（三）在基层组织建设方面",
        [
            "党员发展工作不规范，个别入党积极分子培养考察记录缺失。",
            "“三会一课”制度落实不到位，上半年党小组会议记录不全。",
        ],
        "整改状况：针对第6个问题，整改时限为7月底前，已补齐培养考察记录并报乡党委组织办审核，目前正在审核中。"
        "针对第7个问题，严格落实“三会一课”制度，每月按时召开党小组会，长期坚持。",
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("姜庄村")
    _title(doc, "台前县夹河乡姜庄村村民委员会关于县委第三巡察组反馈问题自查整改情况的报告", 20)
    _paragraph(doc, "夹河乡党委、乡政府：")
    _paragraph(
        doc,
        "2024年6月12日，县委第三巡察组向我村反馈了巡察意见。6月14日，我村召开党员、村民代表专题会议，传达巡察"
        "反馈意见，对照反馈问题逐条开展自查，从分工安排、整改措施、整改时限等方面作出具体安排。现将自查整改情况"
        "报告如下：",
    )
    n = 0
    for heading, problems, answer in PATROL_ASPECTS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in problems:
            n += 1
            _paragraph(doc, f"{n}. {text}")
        _paragraph(doc, answer)
    _paragraph(doc, "下一步，我村将持续巩固整改成果，对尚未完成的问题挂账督办，确保按期整改到位。")
    _paragraph(doc, "台前县夹河乡姜庄村村民委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "姜庄村巡察反馈问题自查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 农村集体“三资”管理监督检查发现问题整改台账, after a township 纪委's 三资 检查 (乡纪委联合财政、民政、农业等站所成立
# 检查小组，通过听取汇报、查阅资料、深入村组查看、走访村民代表等方式，分阶段对11个村委会进行监督检查; 思想重视程度
# 不够、群众参与不够充分、规定程序动作不到位（未按“以帐查物、以物对帐”要求清理，登记时无相应依据和情况说明）;
# 提出明确的整改意见，要求限期整改):
# https://sjdf.gov.cn/show_news.asp?id=267
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/反馈日期/
# 填报日期/金额单位 line, one header row with the source's 问题类别 and a 检查小组 (the inspectors), 涉及金额 (some
# blank), 整改期限 as 7月15日前 / 30日内 and 15日内 from the 反馈日期 / 8月底前 / a date / 年底前 / 长期坚持, a 合计 row
# (count and money), a 注 line and a signature line.
ASSETS_ROWS = [
    (
        "白衣阁村委会",
        "思想重视",
        "村主要干部对“三资”清查工作重视不够，清查工作迟缓被动",
        "",
        "召开专题会议，明确专人负责",
        "7月15日前",
        "已召开专题会议，明确村会计专人负责，已整改",
        "第一检查小组",
    ),
    (
        "白衣阁村委会",
        "程序规范",
        "集体资产清查未按“以帐查物、以物对帐”要求进行，3处闲置房屋未登记",
        "",
        "补充登记，建立资产台账",
        "30日内",
        "已登记2处，1处产权正在核实",
        "第一检查小组",
    ),
    (
        "孙庄村委会",
        "群众参与",
        "清查核实工作仅由村干部实施，未邀请村民代表参与",
        "",
        "组织村民代表参与复核",
        "8月底前",
        "",
        "第二检查小组",
    ),
    (
        "孙庄村委会",
        "资金管理",
        "机动地承包费未及时入账",
        2.36,
        "及时入账，纳入村账乡代管",
        "2024年7月20日",
        "已全部入账",
        "第二检查小组",
    ),
    (
        "张大庄村委会",
        "程序规范",
        "集体土地发包登记时无相应依据和情况说明",
        "",
        "补充完善发包合同及说明材料",
        "15日内",
        "未整改",
        "第一检查小组",
    ),
    (
        "张大庄村委会",
        "资源管理",
        "集体坑塘承包合同到期未续签，仍由原承包户无偿使用",
        0.80,
        "依法重新发包",
        "年底前",
        "已完成资产评估，正在准备公开发包",
        "第一检查小组",
    ),
    (
        "后王庄村委会",
        "村务公开",
        "村集体重大财务事项未按规定公开和报告",
        5.60,
        "建立重大财务事项报告制度",
        "长期坚持",
        "已建立重大事项报告制度，常态化推进",
        "第二检查小组",
    ),
]


def write_assets_book(path: Path) -> Path:
    b = Book(path, author="乡纪委")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 10, 40, 10, 26, 13, 30, 13])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "白衣阁乡农村集体“三资”管理监督检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县白衣阁乡纪律检查委员会（盖章）    反馈日期：2024年7月5日    填报日期：2024年7月30日    "
        "金额单位：万元",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "村委会",
            "问题类别",
            "检查发现问题",
            "涉及金额",
            "整改意见",
            "整改期限",
            "整改情况",
            "检查小组",
        ],
    )
    for i, row in enumerate(ASSETS_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c == 4 and v != "" else None)
    end = 3 + len(ASSETS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "", b.cell)
    b.put(ws, end, 3, f"共{len(ASSETS_ROWS)}个问题", b.cell)
    b.put(ws, end, 4, round(sum(r[3] for r in ASSETS_ROWS if r[3] != ""), 2), money)
    for c in range(5, 9):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws,
        end + 1,
        "注：检查小组由乡纪委联合财政所、民政所、农业服务中心组成；整改期限中“N日内”自反馈之日起计算。",
        8,
    )
    b.line(ws, end + 2, "单位负责人：宋志刚    填表人：韩雪    联系电话：0393-5326117", 8)
    return b.close()


def write_assets(path: Path) -> Path:
    return via_soffice(write_assets_book, path, "xls", "白衣阁乡三资监督检查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 社区经营性自建房消防安全排查整治台账, after a 社区's 经营性自建房消防安全排查 (聚焦人员密集场所、经营性自建房，重点
# 围绕消防设施配备、疏散通道畅通、电气燃气使用安全; 社区工作人员、网格员逐户上门、逐项登记; 灭火器是否完好有效，
# 电线是否私拉乱接; “下店上宅、前店后宅”等重点类型房屋; 现场建立台账、明确整改时限，实行“发现-登记-整改-销号”
# 闭环管理):
# https://www.tja.gov.cn/xxgk/xzjddt/11259063056.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (是否销号 over 是/否, every other column merged over both
# rows), 网格 and 房屋类型 (下店上宅/前店后宅) beside the 经营主体 (the unit) and its 责任人 (a person), 登记日期 the
# 整改时限 (立行立改, N日内, dates) count from, ticks under 是/否 (two rows without a tick), a 说明 line and a signature
# line.
SELFBUILT_ROWS = [
    (
        "第1网格",
        "东关街18号",
        "濮阳市华龙区好再来饭店",
        "张红旗",
        "下店上宅",
        date(2024, 7, 8),
        "一楼厨房与二楼住宿区域未进行防火分隔",
        "7月底前",
        "已砌筑防火隔墙，验收合格",
        "√",
        "",
    ),
    (
        "第1网格",
        "东关街22号",
        "濮阳市华龙区鑫源五金店",
        "李国强",
        "前店后宅",
        date(2024, 7, 8),
        "店内电线私拉乱接，插排串接使用",
        "立行立改",
        "已当场拆除私拉电线",
        "√",
        "",
    ),
    (
        "第2网格",
        "振兴路106号",
        "濮阳市华龙区康乐足浴店",
        "王丽",
        "下店上宅",
        date(2024, 7, 9),
        "疏散通道堆放杂物，安全出口上锁",
        "3日内",
        "已清理通道，安全出口已解锁",
        "√",
        "",
    ),
    (
        "第2网格",
        "振兴路112号",
        "濮阳市华龙区佳佳超市",
        "赵志刚",
        "前店后宅",
        date(2024, 7, 9),
        "灭火器过期失效2具，未配备应急照明",
        "7日内",
        "已更换灭火器，应急照明正在采购安装",
        "",
        "√",
    ),
    (
        "第3网格",
        "东关街45号",
        "濮阳市华龙区东关小吃城",
        "孙建华",
        "下店上宅",
        date(2024, 7, 10),
        "使用液化石油气未安装燃气泄漏报警装置",
        "7月20日前",
        "",
        "",
        "√",
    ),
    (
        "第3网格",
        "东关街51号",
        "濮阳市华龙区悦来旅馆",
        "周桂芝",
        "下店上宅",
        date(2024, 7, 11),
        "三楼客房窗户安装防盗网未留逃生口",
        "15日内",
        "正在联系施工人员改造",
        "",
        "",
    ),
    (
        "第4网格",
        "建设路9号",
        "濮阳市华龙区快捷电动车维修部",
        "马超",
        "前店后宅",
        date(2024, 7, 12),
        "店内夜间集中为电动车电池充电，充电区与住宿区未分隔",
        "7月20日前",
        "",
        "",
        "",
    ),
]


def write_selfbuilt(path: Path) -> Path:
    b = Book(path, author="东关社区")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 9, 13, 26, 9, 11, 12, 34, 11, 28, 6, 6])
    b.line(ws, 0, "东关社区经营性自建房消防安全排查整治台账", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区胜利路街道东关社区居民委员会    排查时间：2024年7月8日—7月12日",
        11,
    )
    words = [
        "序号",
        "网格",
        "房屋地址",
        "经营主体",
        "责任人",
        "房屋类型",
        "登记日期",
        "排查发现问题",
        "整改时限",
        "整改情况",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "是否销号", b.head)
    b.header(ws, 3, ["是", "否"], first=10)
    for i, row in enumerate(SELFBUILT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 5, 8, 10, 11) else None)
    end = 4 + len(SELFBUILT_ROWS)
    b.line(
        ws,
        end,
        "说明：排查实行“发现—登记—整改—销号”闭环管理；整改时限自登记之日起计算，“立行立改”以登记当日为限；"
        "整改到位经网格员复核后销号。",
        11,
    )
    b.line(
        ws,
        end + 1,
        "网格长：石晓峰    填表人：冯佳    联系电话：0393-4436210    填报日期：2024年7月29日",
        11,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 社区消防安全隐患排查问题清单, after a 社区's 消防安全隐患大排查 with the 物业 (社区党总支书记和便民服务站站长同社区
# 工作人员、网格员深入六个物管小区和一个非物管片区; 灭火器是否过期、疏散通道是否堵塞及占用、用电用火用气是否规范、
# 是否存放易燃易爆危险品; 共发现消防安全隐患5大类12处问题，当场整改3处; 不能当场整改的下发整改通知书，责令负责人
# 限期整改):
# https://jianpian.cn/a/xtpi6du
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/排查日期/填报日期 line, one header row with 处理方式
# (当场整改/下发整改通知书/列入改造计划), the items grouped under five 类 rows merged across the table, 整改期限 as 当场
# (the 排查日期) / X月X日前 / 年底前, 物业 companies, the 社区居委会 for the 非物管片区 and one shop as units, a 合计
# row in words and a signature line.
FIRE_GROUPS = [
    (
        "一、灭火器材类（2处）",
        [
            (
                "阳光花园小区",
                "3号楼一层楼道",
                "楼道灭火器过期未检修",
                "清丰县阳光物业服务有限公司",
                "当场整改",
                "当场",
                "已当场更换",
            ),
            (
                "惠民家园小区",
                "地下车库",
                "地下车库灭火器箱内灭火器缺失4具",
                "清丰县惠民物业管理有限公司",
                "下发整改通知书",
                "7月23日前",
                "已补齐灭火器",
            ),
        ],
    ),
    (
        "二、疏散通道类（2处）",
        [
            (
                "阳光花园小区",
                "5号楼消防车通道",
                "私家车长期占用消防车通道",
                "清丰县阳光物业服务有限公司",
                "下发整改通知书",
                "7月20日前",
                "已施划禁停标线，正在劝离车辆",
            ),
            (
                "锦绣家园小区",
                "2号楼楼道",
                "楼道内堆放废旧家具，堵塞疏散通道",
                "清丰县锦绣物业服务有限公司",
                "当场整改",
                "当场",
                "已当场清理",
            ),
        ],
    ),
    (
        "三、用电安全类（2处）",
        [
            (
                "老城片区（非物管）",
                "文化街居民院",
                "居民飞线为电动车充电，片区无集中充电设施",
                "阳光社区居民委员会",
                "列入改造计划",
                "年底前",
                "已申报集中充电桩建设项目",
            ),
            (
                "惠民家园小区",
                "配电室",
                "配电室内堆放杂物，未配备绝缘垫",
                "清丰县惠民物业管理有限公司",
                "下发整改通知书",
                "7月25日前",
                "",
            ),
        ],
    ),
    (
        "四、用气安全类（1处）",
        [
            (
                "老城片区（非物管）",
                "沿街餐饮商户",
                "沿街餐饮商户燃气软管老化，未安装燃气泄漏报警器",
                "阳光社区居民委员会",
                "下发整改通知书",
                "8月10日前",
                "已督促3户更换软管，2户正在安装报警器",
            ),
        ],
    ),
    (
        "五、易燃易爆物品类（1处）",
        [
            (
                "老城片区（非物管）",
                "文化街小卖部",
                "小卖部违规存放烟花爆竹",
                "清丰县城关镇利民小卖部",
                "当场整改",
                "当场",
                "已当场清除，并对店主进行安全教育",
            ),
        ],
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="阳光社区")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 16, 36, 28, 14, 11, 30])
    b.line(ws, 0, "阳光社区夏季消防安全隐患排查问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县城关镇阳光社区居民委员会    排查日期：2024年7月16日    填报日期：2024年7月26日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "小区（片区）", "隐患部位", "隐患问题", "责任单位", "处理方式", "整改期限", "整改结果"],
    )
    r, n = 3, 0
    for title, rows in FIRE_GROUPS:
        b.merge(ws, r, 0, r, 7, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "5大类8处，当场整改3处，下发整改通知书4处，列入改造计划1处")
    b.line(ws, r + 1, "排查人员：高丽    刘亚东    网格员：孔明杰    联系电话：0393-7226315", 7)
    return b.close()


def write_fire(path: Path) -> Path:
    via_soffice(write_fire_book, path, "ods", "阳光社区消防安全隐患排查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 镇（街）集成管理指挥分中心网格事件办理情况 (two returns in one zip), after a county's 网格化管理工作流程 (三级网格
# 管理体系，设立镇（街）集成管理指挥分中心; 按照网格化管理事项责任清单，事项集中受理、集中办理、集中处理，县集成
# 管理指挥中心统筹协调; 明确任务、明确时限、明确责任，分层分级解决各领域网格内发生的问题):
# http://heyang.gov.cn/info/egovinfo/1001/2018xxgk_content/016032410-30/2020-1111017.htm
# A .zip holding an .xlsx from one town's 分中心 (a two-row header: 事件上报 over four columns and 分流办理 over
# 办理层级/承办单位/办理时限; 办理时限 as 当日 / N个工作日 from 上报日期; 承办单位 a village, a 社区居委会, two county
# bodies and 供电公司) and a .docx table from another town whose rows name only its own 站所 (the town named only in
# its 填报单位 line).
CITY_TOWN_ROWS = [
    (
        "东街村第2网格",
        "刘洋",
        date(2024, 7, 3),
        "东街村南沟渠内垃圾漂浮，散发异味",
        "三级网格自办",
        "东街村村委会",
        "当日",
        "已组织保洁员清理",
        "已结案",
    ),
    (
        "城北社区第1网格",
        "张敏",
        date(2024, 7, 5),
        "城北社区金堤路人行道地砖破损松动20余平方米",
        "报县指挥中心派遣",
        "范县住房和城乡建设局",
        "5个工作日",
        "已维修完毕",
        "已结案",
    ),
    (
        "西关村第3网格",
        "王刚",
        date(2024, 7, 9),
        "西关村一养殖户粪污直排入村西沟渠",
        "报县指挥中心派遣",
        "市生态环境局范县分局",
        "7个工作日",
        "已立案，责令养殖户限期整改",
        "未结案",
    ),
    (
        "城东社区第2网格",
        "李娜",
        date(2024, 7, 15),
        "城东社区老旧小区6号楼楼顶防水层破损漏雨",
        "镇（街）分中心交办",
        "城东社区居委会",
        "10个工作日",
        "",
        "",
    ),
    (
        "城北社区第3网格",
        "张敏",
        date(2024, 7, 22),
        "城北社区金堤路变压器箱体锈蚀，箱门无法关闭",
        "报县指挥中心派遣",
        "供电公司",
        "3个工作日",
        "已派员现场勘查，箱体待更换",
        "未结案",
    ),
]
CHENZHUANG_ROWS = [
    ("陈庄村", "村西黄河大堤堤肩违规种植农作物", "镇水利站", "7月15日前", "已清除，已办结"),
    (
        "韩徐庄村",
        "独居老人房屋墙体开裂，存在安全隐患",
        "镇村建所",
        "7月20日前",
        "已组织鉴定，正在落实临时安置",
    ),
    ("后刘庄村", "两户村民因宅基地边界发生纠纷", "镇综治中心", "7月31日前", "尚未调处"),
    ("杨楼村", "村民在村道两侧晾晒粮食占道", "镇安监站", "常态化", "常态化巡查劝导"),
]


def write_city_town_book(path: Path) -> Path:
    b = Book(path, author="城关镇分中心")
    ws = b.sheet("事件办理台账")
    b.widths(ws, [6, 16, 8, 12, 34, 16, 20, 11, 26, 10])
    b.line(ws, 0, "范县城关镇集成管理指挥分中心网格事件办理台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：范县城关镇集成管理指挥分中心    填报日期：2024年7月30日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "事件上报", b.head)
    b.header(ws, 3, ["上报网格", "网格员", "上报日期", "事件内容"], first=1)
    b.merge(ws, 2, 5, 2, 7, "分流办理", b.head)
    b.header(ws, 3, ["办理层级", "承办单位", "办理时限"], first=5)
    b.merge(ws, 2, 8, 3, 8, "办理结果", b.head)
    b.merge(ws, 2, 9, 3, 9, "结案情况", b.head)
    for i, row in enumerate(CITY_TOWN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(CITY_TOWN_ROWS)
    b.line(ws, end, "注：办理时限自上报之日起计算；“当日”事项须当日办结。", 9)
    b.line(ws, end + 1, "填表人：贺静    联系电话：0393-5226403", 9)
    return b.close()


def write_chenzhuang_docx(path: Path) -> Path:
    doc = _new_document("陈庄镇分中心")
    _title(doc, "陈庄镇网格事件分流处置情况表（2024年7月）", 18)
    _paragraph(doc, "填报单位：范县陈庄镇人民政府（镇集成管理指挥分中心）    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CHENZHUANG_ROWS, 1)]
    _table(doc, ["序号", "二级网格（村）", "事件内容", "承办站所", "时限要求", "处置情况"], body)
    _paragraph(doc, "填表人：田园    联系电话：0393-5571208", 12)
    return _save_fixed(doc, path)


def write_grid_zip(path: Path) -> Path:
    members = [
        ("范县城关镇集成管理指挥分中心网格事件办理台账（7月）.xlsx", write_city_town_book),
        ("陈庄镇网格事件分流处置情况表.docx", write_chenzhuang_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("岳村镇“网格随手拍”群众报料线索核实流转处置台账（2024年7月）.xlsx", write_snap),
    ("千口镇纪委农村户厕改造监督检查发现问题整改台账.xls", write_toilet),
    ("韩村镇纪委关于第二季度村庄清洁行动督查“回头看”情况的通报.docx", write_clean),
    ("胜利路街道文明创建“以查带训”督查重点问题整改清单.xlsx", write_civic),
    ("网格事件列表_20240731.csv", write_grid_events),
    ("姜庄村关于县委巡察反馈问题自查整改情况的报告.doc", write_patrol),
    ("白衣阁乡农村集体“三资”管理监督检查发现问题整改台账.et", write_assets),
    ("东关社区经营性自建房消防安全排查整治台账.xlsx", write_selfbuilt),
    ("阳光社区夏季消防安全隐患排查问题清单.ods", write_fire),
    ("城关镇、陈庄镇网格事件办理情况（两份）.zip", write_grid_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside73 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .docx with a table, a .wps (Word 97 via LibreOffice) and a
.zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside73.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 政务服务“好差评”差评核实整改台账, after a town 便民服务中心's account of its “好差评” system (评价对象: 咨询引导区、
# 综合受理窗口、帮办代办区、后台审批区、自助服务区; 收到差评后“谁办理、谁负责”专人回访核实, 情况清楚的立行立改,
# 情况复杂的建立台账, 5个工作日内办结并在差评整改系统中反馈; 差评回访整改情况记录):
# https://xiangchengxian.gov.cn/jczwgkbzhgfhml/025004/025004013/025004013001/20240621/f02a45a8-2f0e-4be2-bcd0-4c80bc8141f0.html
# An .xlsx: title, 填报单位 line naming the town, a 说明 line, one header row whose 被评价窗口 are sections of the
# town's centre, 交办日期 with 整改时限 partly as 立行立改 / 5个工作日内, 整改情况 and 回访情况, a 合计 row, signature.
REVIEW_ROWS = [
    (
        "CP-2407-01",
        date(2024, 7, 2),
        "评价器",
        "城乡居民养老保险参保登记",
        "午休时段社保窗口无人值守，群众等候40分钟",
        "社保窗口",
        date(2024, 7, 2),
        "立行立改",
        "已调整午间轮岗，安排专人值守",
        "已回访，群众满意",
    ),
    (
        "CP-2407-02",
        date(2024, 7, 5),
        "一体化平台",
        "高龄津贴申领",
        "高龄津贴申领要求重复提交户口簿复印件",
        "民政窗口",
        date(2024, 7, 5),
        "5个工作日内",
        "已取消重复材料，改为系统共享核验",
        "已回访，群众满意",
    ),
    (
        "CP-2407-03",
        date(2024, 7, 10),
        "二维码",
        "不动产登记咨询",
        "咨询不动产登记流程时工作人员解释不清",
        "综合受理窗口",
        date(2024, 7, 10),
        "5个工作日内",
        "已组织窗口人员业务培训，正在编制一次性告知单",
        "",
    ),
    (
        "CP-2407-04",
        date(2024, 7, 15),
        "12345热线",
        "残疾人两项补贴申请",
        "帮办代办人员未告知补贴办理进度",
        "帮办代办区",
        date(2024, 7, 15),
        "5个工作日内",
        "",
        "",
    ),
    (
        "CP-2407-05",
        date(2024, 7, 18),
        "评价器",
        "农村宅基地建房审批",
        "宅基地建房申请材料被退回却未说明理由",
        "后台审批区",
        date(2024, 7, 18),
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "CP-2407-06",
        date(2024, 7, 22),
        "一体化平台",
        "个体工商户变更登记",
        "自助服务区打印机故障两天未修复",
        "自助服务区",
        date(2024, 7, 22),
        "5个工作日内",
        "已更换打印机并张贴报修电话",
        "已回访，群众满意",
    ),
    (
        "CP-2407-07",
        date(2024, 7, 25),
        "评价器",
        "医保异地就医备案",
        "医保窗口高峰时段排队时间过长",
        "医保窗口",
        date(2024, 7, 25),
        "5个工作日内",
        "正在协调增设医保综合窗口",
        "",
    ),
]


def write_review(path: Path) -> Path:
    b = Book(path, author="便民服务中心")
    ws = b.sheet("差评台账")
    b.widths(ws, [6, 13, 12, 11, 22, 34, 13, 12, 13, 30, 16])
    b.line(ws, 0, "城关镇便民服务中心政务服务“好差评”差评核实整改台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：城关镇人民政府    填报日期：2024年7月30日", 10)
    b.line(
        ws,
        2,
        "说明：收到差评后按照“谁办理、谁负责”的原则安排专人回访核实；情况清楚、诉求合理的立行立改，"
        "情况复杂、一时难以解决的建立台账，自交办之日起5个工作日内办结并在差评整改系统中反馈。",
        10,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "差评编号",
            "评价时间",
            "评价渠道",
            "办理事项",
            "差评内容",
            "被评价窗口",
            "交办日期",
            "整改时限",
            "整改情况",
            "回访情况",
        ],
    )
    for i, row in enumerate(REVIEW_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(REVIEW_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.section)
    b.merge(ws, end, 5, end, 10, "本月共收到差评7条，已整改回访3条", b.cell)
    b.line(ws, end + 2, "填表人：陈静    审核人：郭志强    联系电话：0393-3216508", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 校舍安全隐患排查整治台账, after a county 教体局's 校舍安全隐患排查要点 (建筑结构安全、周边环境安全、使用安全、在建
# 项目质量安全; 每学期至少排查1次, “谁排查、谁签字、谁负责”, 逐校、逐栋、逐点建立台账清单; 委托专业机构鉴定,
# 根据鉴定结果限期整改, D级危房必须无条件立即拆除):
# https://www.lingbi.gov.cn/grassroots/6628291/158728531.html
# An .xls (xlwt): title, 填报单位 line, a two-row header whose 整改情况 splits into 已整改/整改中/未整改 ticked with √,
# a 合计 row counting the ticks, a 注 line and a signature line.
SCHOOL_ROWS = [
    (
        "濮阳县第一实验小学",
        "1号教学楼",
        "建筑结构安全",
        "教学楼东侧外墙瓷砖空鼓脱落",
        "未鉴定",
        "拆除空鼓瓷砖，设置防护隔离区",
        "濮阳县第一实验小学",
        "2024年7月20日",
        "已整改",
    ),
    (
        "濮阳县第三中学",
        "3号学生宿舍楼",
        "建筑结构安全",
        "学生宿舍楼经鉴定为D级危房仍未停用",
        "D级",
        "立即停用，暑假期间拆除",
        "濮阳县第三中学",
        "2024年8月20日",
        "整改中",
    ),
    (
        "柳屯镇中心小学",
        "学生食堂",
        "使用安全",
        "食堂燃气管道穿越库房且未设泄漏报警装置",
        "—",
        "改移燃气管道，加装泄漏报警器",
        "柳屯镇中心小学",
        "2024年7月15日",
        "未整改",
    ),
    (
        "濮阳县第二中学",
        "综合楼（在建）",
        "在建项目质量安全",
        "在建综合楼脚手架连墙件设置不足",
        "—",
        "督促施工单位按方案补设连墙件",
        "市建设局",
        "2024年8月10日",
        "整改中",
    ),
    (
        "文留镇第一初级中学",
        "校门外道路",
        "周边环境安全",
        "校门口道路未设置减速带和警示标志",
        "—",
        "增设减速带、警示标志",
        "文留镇人民政府",
        "2024年8月31日",
        "",
    ),
    (
        "濮阳县实验幼儿园",
        "综合楼",
        "使用安全",
        "幼儿园二楼走廊护栏高度不足1.1米",
        "C级",
        "加高护栏至1.1米以上",
        "濮阳县实验幼儿园",
        "2024年7月25日",
        "已整改",
    ),
    (
        "庆祖镇中心小学",
        "北侧围墙",
        "建筑结构安全",
        "校园北侧围墙倾斜开裂约15米",
        "C级",
        "拆除重建",
        "庆祖镇中心小学",
        "2024年9月30日",
        "整改中",
    ),
]


def write_school(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年春季学期校舍安全隐患排查整治台账", t, 0, 11),
        (
            1,
            0,
            "填报单位（盖章）：濮阳县教育局    排查时间：2024年6月17日至6月28日",
            plain,
            1,
            11,
        ),
    ]
    single = [
        "序号",
        "学校名称",
        "校舍（部位）",
        "隐患类别",
        "隐患描述",
        "鉴定结论",
        "整改措施",
        "责任单位",
        "整改时限",
    ]
    for col, w in enumerate(single):
        cells.append((2, col, w, h, 3, col))
    cells.append((2, 9, "整改情况（打“√”）", h, 2, 11))
    for col, w in enumerate(["已整改", "整改中", "未整改"], 9):
        cells.append((3, col, w, h))
    counts = [0, 0, 0]
    for i, row in enumerate(SCHOOL_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row[:8], 1):
            cells.append((r, col, v, ctr if col in (5, 8) else c))
        for k, word in enumerate(["已整改", "整改中", "未整改"]):
            tick = "√" if row[8] == word else ""
            counts[k] += 1 if tick else 0
            cells.append((r, 9 + k, tick, ctr))
    r = 4 + len(SCHOOL_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "排查隐患7处", c, r, 8),
        (r, 9, counts[0], ctr),
        (r, 10, counts[1], ctr),
        (r, 11, counts[2], ctr),
        (
            r + 1,
            0,
            "注：鉴定为D级的危房必须无条件立即拆除；整改情况在对应栏内打“√”，未填写的视为尚未报送进展。",
            plain,
            r + 1,
            11,
        ),
        (r + 2, 0, "排查人：王海军、刘芳    审核人：张国庆    联系电话：0393-3221175", plain, r + 2, 11),
    ]
    return _write_xls(path, [("校舍台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 森林火灾隐患大排查大整改活动汇报, after a city 森林防火指挥部's account of its 大排查、大整改 (持续到9月底; 排查对象:
# 林农交错地带、旅游名胜区、自然保护区和森林公园、林场、林区作业单位、高速公路和铁路、林区重要设施; 检查防火隔离、
# 护林员到岗到位、扑火物资储备库、应急预案):
# https://hanjia777.com/fanwendaquan/zhenggaibaogao/107394.html
# A .docx report: title, addressee, preamble, the items as numbered paragraphs under 排查对象 headings, each with
# 责任单位、整改时限 and (mostly) 进展 in the sentence; a closing paragraph and the office's signature.
FIRE_PARAS = [
    (
        "一、林农交错地带",
        [
            (
                "（一）王称堌镇林农交错地带未开设防火隔离带，约3公里林缘与农田直接相连。"
                "责任单位：王称堌镇人民政府。整改时限：2024年9月底前。"
                "进展情况：已完成1.2公里隔离带开设，其余正在施工。"
            ),
            (
                "（二）渠村乡护林员到岗率低，巡山记录缺失。责任单位：渠村乡人民政府。"
                "整改时限：2024年7月15日前。进展情况：已重新排班，实行巡山打卡，已整改到位。"
            ),
        ],
    ),
    (
        "二、旅游名胜区和森林公园",
        [
            (
                "（三）濮上园景区游客步道两侧枯枝落叶等可燃物堆积未清理。责任单位：市文广新局。"
                "整改时限：2024年8月15日前。进展情况：未整改。"
            ),
            (
                "（四）森林公园扑火物资储备库风力灭火机数量不足，部分机具无法启动。"
                "责任单位：市自然资源局。整改时限：2024年8月31日前。"
            ),
        ],
    ),
    (
        "三、林场及林区重要设施",
        [
            (
                "（五）濮阳县国有林场防火瞭望塔视频监控离线。责任单位：濮阳县国有林场。"
                "整改时限：2024年7月31日。进展情况：已修复上线，经复查合格。"
            ),
            (
                "（六）林区输电线路下方树木超高，存在放电引燃隐患。责任单位：濮阳供电公司。"
                "整改时限：2024年10月底前。进展情况：已完成线路巡视，正在协调林权单位砍伐超高树木。"
            ),
        ],
    ),
    (
        "四、高速公路沿线",
        [
            (
                "（七）大广高速濮阳段两侧林带内时有群众焚烧秸秆和垃圾。责任单位：户部寨镇人民政府。"
                "整改时限：长期坚持。进展情况：常态化开展巡查管控。"
            ),
        ],
    ),
]


def write_fire(path: Path) -> Path:
    doc = _new_document("防火办")
    _title(doc, "全市森林火灾隐患大排查大整改活动进展情况汇报")
    _paragraph(doc, "市森林防火指挥部：")
    _paragraph(
        doc,
        "今年下半年森林特别防火期将至，按照指挥部部署，我市森林火灾隐患大排查、大整改活动自6月起开展，"
        "持续到9月底。截至7月底，各责任单位对排查出的隐患逐一明确责任、限期整改，现将重点隐患整改情况汇报如下：",
    )
    for heading, paras in FIRE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，指挥部办公室将对整改情况开展“回头看”，对整改不到位的单位进行通报。",
    )
    _paragraph(doc, "濮阳市森林防火指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 滞后重点项目推进方案台账, after a district 重点项目建设战役指挥部's report (重点项目固投超序时进度; 26个项目滞后;
# 针对滞后项目形成推进方案, 明确挂包领导协调、责任单位跟进和要达到的目标, 倒排工作计划):
# http://www.smsy.gov.cn/ztzl/yxml/ztzl/dg150tdhwdzyzt/zdxmjszy/201009/t20100918_975046.htm
# An .ods (LibreOffice conversion): title, 填报单位/金额单位 line, a preamble, one header row with 挂包领导 beside the
# 责任单位, the deadline only inside 推进措施及时间节点, a 合计 row and a 填报人 line.
PROJECT_ROWS = [
    (
        "市城市物流园基础设施项目",
        32000,
        9600,
        "用地征迁未完成，主体工程无法进场",
        "张建国（副市长）",
        "市商务局",
        "8月底前完成剩余12户征迁，9月15日前完成场地平整，10月底前主体开工",
        "已完成征迁38户，剩余12户正在协商",
    ),
    (
        "市第二污水处理厂扩建工程",
        18000,
        4200,
        "设备采购招标两次流标",
        "李红（副市长）",
        "市水务局",
        "7月底前重新发布招标公告，8月20日前完成设备采购",
        "已重新发布招标公告",
    ),
    (
        "濮阳职业技术学院实训楼",
        8000,
        1200,
        "施工图设计变更审查未通过",
        "赵刚（副市长）",
        "市教育局",
        "8月10日前完成设计变更审查",
        "",
    ),
    (
        "开州路东延道路工程",
        26000,
        21000,
        "沿线燃气管线迁改滞后影响道路施工",
        "张建国（副市长）",
        "燃气公司",
        "7月25日前完成管线迁改",
        "已完成迁改，道路恢复施工",
    ),
    (
        "市妇幼保健院新院区",
        15000,
        3000,
        "建设资金未落实到位",
        "李红（副市长）",
        "市卫计委",
        "9月底前落实专项债资金，年底前完成主体结构",
        "未启动",
    ),
    (
        "智慧城市大数据中心",
        6000,
        1500,
        "机房选址调整，前期手续需重新办理",
        "赵刚（副市长）",
        "市工信局",
        "8月底前完成规划许可变更，第三季度开工建设",
        "正在办理规划许可变更",
    ),
    (
        "马颊河生态修复工程",
        12000,
        2400,
        "汛期河道内施工受限",
        "王志（副市长）",
        "市水利局",
        "汛期结束后10月上旬复工，年底前全部完成",
        "已制定汛后复工计划，正在做复工准备",
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="重点办")
    ws = b.sheet("滞后项目")
    b.widths(ws, [6, 26, 12, 12, 10, 26, 16, 12, 40, 30])
    b.line(ws, 0, "2024年1-7月市级重点项目滞后项目推进方案台账", 9, b.title)
    b.line(ws, 1, "填报单位：市重点项目建设指挥部办公室    金额单位：万元    截至2024年7月31日", 9)
    b.line(
        ws,
        2,
        "针对滞后项目，各责任单位要形成推进方案，明确挂包领导协调、责任单位跟进，倒排工作计划，加快推进项目建设。",
        9,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "项目名称",
            "年度计划投资",
            "1-7月完成投资",
            "完成年计划",
            "存在问题",
            "挂包领导",
            "责任单位",
            "推进措施及时间节点",
            "目前进展",
        ],
    )
    for i, (name, plan, done, problem, leader, unit, steps, progress) in enumerate(PROJECT_ROWS, 1):
        share = f"{done / plan * 100:.1f}%"
        b.row(ws, 3 + i, [i, name, plan, done, share, problem, leader, unit, steps, progress])
    end = 4 + len(PROJECT_ROWS)
    plan = sum(row[1] for row in PROJECT_ROWS)
    done = sum(row[2] for row in PROJECT_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.section)
    b.row(ws, end, [plan, done, f"{done / plan * 100:.1f}%", "滞后项目7个", "", "", "", ""], first=2)
    b.line(ws, end + 2, "填报人：韩磊    联系电话：0393-4418826    填报日期：2024年7月31日", 9)
    return b.close()


def write_project(path: Path) -> Path:
    via_soffice(write_project_book, path, "ods", "滞后重点项目推进方案台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 经营性自建房安全隐患“回头看”问题清单, after a township's 自建房安全隐患专项整治“回头看”行动方案 (重新摸排经营性
# 自建房; 房屋排查员逐户核实; 对发现的隐患房屋立即采取管控措施, 建立问题清单报乡政府村镇站, 明确整改时限):
# http://www.liulin.gov.cn/llxxxgk/xzrmzf/sxx/fgwj_37195/gfxwj_37196/202508/t20250827_1975819.shtml
# A CSV in GBK: a title line, a 填报单位 line, one header line with 户主 and 房屋排查员 beside the 责任单位, dates as
# text (2024.9.30, 7月底前), a 合计 line and a 填报人 line.
HOUSE_ROWS = [
    (
        "柳屯镇",
        "东街村",
        "李某某",
        "柳屯镇东街村38号",
        "3",
        "餐饮",
        "三层餐饮用房一层承重墙出现贯穿裂缝",
        "停止经营，设置警示标志",
        "柳屯镇人民政府",
        "2024年8月25日前",
        "已委托鉴定，正在加固",
        "吴强",
    ),
    (
        "文留镇",
        "西街村",
        "王某某",
        "文留镇西街村112号",
        "4",
        "民宿",
        "四层民宿擅自加建第四层且无设计图纸",
        "限制使用第四层",
        "文留镇人民政府",
        "2024.9.30",
        "未整改",
        "马军",
    ),
    (
        "庆祖镇",
        "庆祖村",
        "张某某",
        "庆祖镇庆祖村中心街6号",
        "3",
        "超市",
        "超市二楼违规住人且无第二安全出口",
        "清人停用二楼",
        "庆祖镇人民政府",
        "2024年7月20日",
        "已整改到位，复查合格",
        "刘洋",
    ),
    (
        "户部寨镇",
        "北街村",
        "赵某某",
        "户部寨镇北街村27号",
        "2",
        "加工作坊",
        "作坊屋面预制板锈蚀露筋",
        "搭设临时支撑",
        "户部寨镇人民政府",
        "2024年12月31日",
        "",
        "孙涛",
    ),
    (
        "柳屯镇",
        "南关村",
        "周某某",
        "柳屯镇南关村9号",
        "3",
        "旅馆",
        "小旅馆外墙广告牌支架锈蚀松动",
        "拆除广告牌",
        "柳屯镇",
        "7月底前",
        "已拆除",
        "吴强",
    ),
    (
        "王助镇",
        "王助村",
        "陈某某",
        "王助镇王助村建设路15号",
        "2",
        "培训机构",
        "培训机构使用彩钢夹芯板搭建隔层",
        "停止使用隔层",
        "王助镇人民政府",
        "2024年8月31日",
        "正在拆除彩钢隔层",
        "郑伟",
    ),
    (
        "五星乡",
        "五星村",
        "杨某某",
        "五星乡五星村商业街3号",
        "3",
        "棋牌室",
        "棋牌室楼梯间堆放杂物堵塞疏散通道",
        "立即清理",
        "五星乡人民政府",
        "2024年7月12日",
        "已清理完毕",
        "黄磊",
    ),
]


def write_house(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县经营性自建房安全隐患“回头看”问题清单（第一批）"])
    w.writerow(["填报单位：濮阳县自建房安全专项整治工作领导小组办公室    填报日期：2024年7月30日"])
    w.writerow(
        [
            "序号",
            "乡镇",
            "村（社区）",
            "户主",
            "房屋地址",
            "层数",
            "经营用途",
            "隐患描述",
            "管控措施",
            "责任单位",
            "整改时限",
            "整改进展",
            "房屋排查员",
        ]
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "", "", "本批共7户，已整改3户", "", "", "", "", ""])
    w.writerow(["填报人：高峰    联系电话：0393-3269012"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 防汛安全隐患排查整改销号台账, after a 防汛工作安全隐患排查台账 management scheme (防汛抗旱指挥部成员单位、水利工程
# 管理单位; 隐患排查、登记、整改、销号全流程管理; 隐患的发现、评估、整治措施、验收销号):
# http://www.boteman.cn/paper/479943271.html
# An .xlsx: title, 填报单位 line, a two-row header (隐患基本情况 / 整改落实 / 销号管理 merged over their columns), 验收人
# beside the 责任单位, a 验收结论 column, a 注 line and a signature line.
FLOOD_ROWS = [
    (
        "FX-2024-01",
        "金堤河大堤K23+500",
        "堤防",
        "大堤背水坡出现渗水点3处",
        "较大",
        "市水利局",
        "张卫东",
        "开挖导渗沟，铺设反滤料",
        "2024年7月10日",
        "正在整改",
        "刘建华",
        "验收合格",
        date(2024, 7, 12),
    ),
    (
        "FX-2024-02",
        "人民路下穿通道",
        "城市易涝点",
        "下穿通道排水泵站未配置备用电源",
        "较大",
        "市城管局",
        "何磊",
        "配置移动发电机组",
        "6月30日前完成",
        "已完成",
        "王宏",
        "复查合格",
        date(2024, 6, 28),
    ),
    (
        "FX-2024-03",
        "渠村分洪闸",
        "闸涵",
        "分洪闸启闭机钢丝绳锈蚀断股",
        "一般",
        "市水利局",
        "杜鹏",
        "更换钢丝绳",
        "2024年8月15日",
        "已采购钢丝绳，待安装",
        "",
        "",
        "",
    ),
    (
        "FX-2024-04",
        "华龙区地下商场",
        "地下空间",
        "地下商场出入口未配备挡水板和沙袋",
        "一般",
        "市商务局",
        "范涛",
        "配备挡水板、沙袋",
        "2024年7月5日",
        "未整改",
        "",
        "",
        "",
    ),
    (
        "FX-2024-05",
        "孟楼河桥涵",
        "交通桥涵",
        "桥涵过水断面淤积严重",
        "较大",
        "市交通运输局",
        "石磊",
        "清淤疏浚",
        "2024年7月31日前",
        "",
        "",
        "",
        "",
    ),
    (
        "FX-2024-06",
        "黄河滩区避水台",
        "避险设施",
        "滩区避险撤离路线指示牌缺失",
        "一般",
        "濮阳县人民政府",
        "邵华",
        "补设指示牌",
        "2024年7月20日",
        "已补设",
        "赵明",
        "验收不合格，指示牌位置需调整",
        "",
    ),
    (
        "FX-2024-07",
        "龙湖片区在建项目",
        "在建工程",
        "在建项目深基坑周边未设置截水沟",
        "较大",
        "市住房和城乡建设局",
        "彭飞",
        "设置截水沟和挡水墙",
        "2024年7月25日",
        "已整改",
        "孙立",
        "验收合格",
        date(2024, 7, 26),
    ),
    (
        "FX-2024-08",
        "市防汛物资储备库",
        "防汛物资",
        "防汛物资储备库冲锋舟数量不足",
        "一般",
        "市应急局",
        "冯军",
        "补充采购冲锋舟4艘",
        "2024年第三季度",
        "正在采购",
        "",
        "",
        "",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="防办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 13, 18, 11, 30, 8, 18, 9, 22, 16, 20, 9, 24, 12])
    b.line(ws, 0, "2024年汛期防汛安全隐患排查整改销号台账", 13, b.title)
    b.line(ws, 1, "填报单位：市防汛抗旱指挥部办公室    填报时间：2024年7月31日", 13)
    b.merge(ws, 2, 0, 2, 5, "隐患基本情况", b.head)
    b.merge(ws, 2, 6, 2, 9, "整改落实", b.head)
    b.merge(ws, 2, 10, 2, 13, "销号管理", b.head)
    b.header(
        ws,
        3,
        [
            "序号",
            "隐患编号",
            "隐患部位",
            "隐患类型",
            "隐患描述",
            "隐患等级",
            "责任单位",
            "责任人",
            "整改措施",
            "整改时限",
            "整改完成情况",
            "验收人",
            "验收结论",
            "销号日期",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(FLOOD_ROWS)
    b.line(ws, end + 1, "注：隐患整改完成后由验收人现场验收，验收合格的予以销号；验收不合格的继续整改。", 13)
    b.line(ws, end + 2, "填表人：贾晓东    审核人：邢军    联系电话：0393-8181201", 13)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 耕地保护领域突出问题专项整改进展情况表, after a district's 耕地保护领域突出问题专项整改工作方案 (耕地“非农化”“非粮化”;
# 违法占用耕地建房、挖砂、取土, 严肃查处; 每项任务后注〔责任单位：…〕):
# http://www.ganxian.gov.cn/gxqxxgk/zcfg7h/202311/4d5ad37b62004815964b7b699bd233dd.shtml
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table grouped by 整改内容, former unit names after
# reform (农委, 国土局), a month range as deadline, 长期坚持, and a signature line.
LAND_ROWS = [
    (
        "耕地“非农化”",
        "王助镇辛庄村违法占用耕地建设仓储厂房约12亩",
        "拆除违法建筑，恢复耕种条件",
        "王助镇人民政府",
        "2024年9月底前",
        "已拆除厂房主体，正在清运建筑垃圾",
    ),
    (
        "耕地“非农化”",
        "胡村乡耕地上违规建设看护房3处",
        "拆除看护房并复耕",
        "胡村乡人民政府",
        "2024年7月15日",
        "已拆除到位，已复耕",
    ),
    (
        "耕地“非粮化”",
        "永久基本农田内挖塘养鱼约40亩",
        "回填鱼塘，恢复耕地",
        "市农委",
        "2024年12月底前",
        "未启动",
    ),
    (
        "耕地“非农化”",
        "高速公路连接线项目未批先建占用耕地",
        "依法立案查处，补办用地手续",
        "市国土局",
        "2024年8月31日",
        "已立案查处，正在补办用地手续",
    ),
    (
        "耕地保护责任",
        "部分乡镇田长巡查记录缺失",
        "建立田长制巡查台账，按月通报",
        "市自然资源和规划局",
        "长期坚持",
        "常态化推进",
    ),
    (
        "卫片执法",
        "2023年度卫片执法违法图斑整改销号滞后",
        "逐图斑核查，整改一宗销号一宗",
        "市自然资源局",
        "2024年6-8月",
        "",
    ),
    (
        "耕地“非粮化”",
        "高标准农田内种植绿化苗木约60亩",
        "清除苗木，恢复粮食种植",
        "五星乡人民政府",
        "2024年10月底前",
        "已清除苗木20亩，剩余部分正在做群众工作",
    ),
]


def write_land_docx(path: Path) -> Path:
    doc = _new_document("耕保办")
    _title(doc, "耕地保护领域突出问题专项整改进展情况表")
    _paragraph(
        doc,
        "填报单位：市耕地保护领域突出问题专项整改工作领导小组办公室    截至2024年7月31日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(LAND_ROWS, 1)]
    _table(doc, ["序号", "整改内容", "具体问题", "整改措施", "责任单位", "完成时限", "整改进展"], body)
    _paragraph(doc, "填报人：冯晓军    审核人：李伟    联系电话：0393-8992317", 12)
    return _save_fixed(doc, path)


def write_land(path: Path) -> Path:
    return via_soffice(write_land_docx, path, "doc", "耕地保护领域突出问题专项整改进展情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 优化营商环境企业投诉信件办理情况登记表, after a district's 优化营商环境企业投诉平台使用须知 (企业信箱; 信件标题、信件
# 编号; 优化营商环境办公室接收来信并审核、分发至相关部门, 部门确认接收并回复, 办公室审核回复; “网来网去”):
# http://www.tianxin.gov.cn/txwwz/component/wxgzh/index.jsp
# An .et (Excel 97 via LibreOffice): title, 填报单位 line stating the 5个工作日 rule, one header row with 来信企业 (the
# complainant) beside the 承办部门, 交办日期 as the base of the relative deadline, 回复情况 and 审核意见, a 注 line.
BIZ_ROWS = [
    (
        "QY202407001",
        "关于标准厂房租金补贴迟迟未兑现的投诉",
        "濮阳市恒达机械制造有限公司",
        date(2024, 7, 1),
        "市财政局",
        date(2024, 7, 2),
        "5个工作日",
        "已兑现补贴资金18万元并回复企业",
        "审核通过",
    ),
    (
        "QY202407002",
        "反映新开办企业银行开户预约等待时间过长",
        "濮阳市绿源农业科技有限公司",
        date(2024, 7, 3),
        "市政务服务中心",
        date(2024, 7, 4),
        "5个工作日",
        "已协调驻厅银行开设绿色通道",
        "退回重办：回复未说明长效措施",
    ),
    (
        "QY202407003",
        "投诉新建厂房接电报装收取不合理费用",
        "濮阳县鑫源纺织有限公司",
        date(2024, 7, 8),
        "供电公司",
        date(2024, 7, 9),
        "5个工作日",
        "正在核查收费依据",
        "",
    ),
    (
        "QY202407004",
        "反映执法人员一个月内对同一企业重复检查三次",
        "濮阳市华信化工有限公司",
        date(2024, 7, 10),
        "市安监局",
        date(2024, 7, 11),
        "5个工作日",
        "已核实并整合检查计划，向企业作出说明",
        "审核通过",
    ),
    (
        "QY202407005",
        "反映涉企优惠政策申报系统无法上传附件",
        "濮阳市新科电子有限公司",
        date(2024, 7, 15),
        "市工信局",
        date(2024, 7, 16),
        "5个工作日",
        "",
        "",
    ),
    (
        "QY202407006",
        "投诉施工许可审批超过承诺时限",
        "濮阳市安居置业有限公司",
        date(2024, 7, 22),
        "市住建局",
        date(2024, 7, 23),
        "5个工作日",
        "逾期未回复",
        "",
    ),
    (
        "QY202407007",
        "反映企业招用工社保补贴申领材料要求不一致",
        "濮阳市宏远物流有限公司",
        date(2024, 7, 24),
        "市人社局",
        date(2024, 7, 25),
        "5个工作日",
        "已统一申领材料清单并在官网公布",
        "审核通过",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("企业信箱")
    b.widths(ws, [6, 14, 40, 28, 12, 16, 12, 11, 32, 26])
    b.line(ws, 0, "优化营商环境企业投诉平台信件办理情况登记表（2024年7月）", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：市优化营商环境办公室    办理时限：承办部门自交办之日起5个工作日内回复，回复经营商办审核后反馈来信企业",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "信件编号",
            "信件标题",
            "来信企业",
            "来信日期",
            "承办部门",
            "交办日期",
            "办理时限",
            "回复情况",
            "审核意见",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(BIZ_ROWS)
    b.line(ws, end + 1, "注：信件遵循“网来网去”原则办理；审核未通过的退回承办部门重新办理。", 9)
    b.line(ws, end + 2, "市优化营商环境办公室    2024年7月31日", 9, b.right)
    return b.close()


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_book, path, "xls", "企业投诉信件办理情况登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 12345热线工单办理情况 from two 承办单位, after an account of a city's 工单处理流程 (工单分为民生类、城市管理类、
# 公共服务类、其他类; 现场勘查、问题处理、跟踪反馈; 电话回复、短信回复、网站回复、APP回复):
# https://www.52marketing.com/resources/132656.html
# A .zip of two .xlsx returns: the first names its unit only in the title and file name, one header row with
# 受理时间 and 办理时限 in working days; the second has the unit in the title and its 承办科室 (sections) per row.
HOTLINE_CITY = [
    (
        "2407150012",
        datetime(2024, 7, 15, 9, 20),
        "城市管理类",
        "胜利路与京开大道交叉口井盖破损下陷",
        "3个工作日",
        "现场确认井盖破损",
        "已更换井盖",
        "电话回复",
        "已办结",
    ),
    (
        "2407160033",
        datetime(2024, 7, 16, 14, 5),
        "城市管理类",
        "小区门口流动摊贩占道经营夜间噪音扰民",
        "7个工作日",
        "已现场核实",
        "已加强夜间巡查管控，正在规划疏导点",
        "短信回复",
        "处理中",
    ),
    (
        "2407180021",
        datetime(2024, 7, 18, 10, 42),
        "民生类",
        "绿化带树木枝叶遮挡路灯照明",
        "5个工作日",
        "",
        "",
        "",
        "",
    ),
    (
        "2407220045",
        datetime(2024, 7, 22, 16, 30),
        "城市管理类",
        "垃圾中转站夏季异味大影响周边居民",
        "7个工作日",
        "现场确认除臭设备故障",
        "未处理",
        "",
        "未办结",
    ),
]
HOTLINE_DISTRICT = [
    (
        "2407100008",
        date(2024, 7, 10),
        "公共服务类",
        "老旧小区二次供水水压不足",
        "城建科",
        "10个工作日",
        "已协调加装增压泵",
        "满意",
        "已办结",
    ),
    (
        "2407120019",
        date(2024, 7, 12),
        "民生类",
        "咨询城乡居民医保缴费标准",
        "社会事务科",
        "3个工作日",
        "已电话答复",
        "满意",
        "已反馈",
    ),
    (
        "2407190027",
        date(2024, 7, 19),
        "民生类",
        "村组道路破损严重影响出行",
        "农业农村科",
        "15个工作日",
        "已列入维修计划，正在施工",
        "",
        "处理中",
    ),
    (
        "2407240031",
        date(2024, 7, 24),
        "其他类",
        "反映小区物业公司擅自上调物业费",
        "城建科",
        "7个工作日",
        "",
        "",
        "",
    ),
]


def write_hotline_city(path: Path) -> Path:
    b = Book(path, author="热线办")
    ws = b.sheet("7月工单")
    b.widths(ws, [6, 13, 17, 12, 36, 11, 22, 32, 10, 10])
    b.line(ws, 0, "市城市管理局2024年7月12345热线工单办理情况表", 9, b.title)
    b.header(
        ws,
        1,
        [
            "序号",
            "工单编号",
            "受理时间",
            "工单类别",
            "诉求内容",
            "办理时限",
            "现场勘查情况",
            "处理结果",
            "回复方式",
            "办结状态",
        ],
    )
    for i, row in enumerate(HOTLINE_CITY, 1):
        b.row(ws, 1 + i, [i, *row])
        b.put(ws, 1 + i, 0, i, b.center)
    b.line(ws, 3 + len(HOTLINE_CITY), "办理时限自受理之日起计算。    经办人：许文    2024年7月31日", 9)
    return b.close()


def write_hotline_district(path: Path) -> Path:
    b = Book(path, author="区热线办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [13, 12, 12, 32, 12, 11, 28, 11, 10])
    b.line(ws, 0, "华龙区人民政府2024年7月12345热线工单办理情况表", 8, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日至7月31日    办理时限自派单之日起按工作日计算", 8)
    b.header(
        ws,
        2,
        [
            "工单编号",
            "派单日期",
            "诉求类别",
            "诉求内容",
            "承办科室",
            "办理时限",
            "办理结果",
            "回访满意度",
            "状态",
        ],
    )
    for i, row in enumerate(HOTLINE_DISTRICT, 1):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 4 + len(HOTLINE_DISTRICT), "填表人：宋雨    联系电话：0393-8667120", 8)
    return b.close()


def write_hotline(path: Path) -> Path:
    members = [
        ("市城市管理局12345热线工单办理情况（7月）.xlsx", write_hotline_city),
        ("华龙区12345热线工单办理情况（7月）.xlsx", write_hotline_district),
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
# 10. 政协提案办理情况汇总表, after a district 政协提案委员会's account of the session's 提案 (委员个人提案、集体提案、
# 联名提案; 经审查立案; 会后交由承办单位办理):
# http://bid.caigoupt.com/info-268202031.html
# A .docx: title, a preamble, one table with 提案人 and 提案类别 beside the 主办单位 and 协办单位, 办复时限, 办理情况,
# the office and date at the foot.
MOTION_ROWS = [
    (
        "第12号",
        "关于加快城区公共停车场建设缓解停车难的提案",
        "张丽华",
        "委员个人",
        "市城管局",
        "市自然资源和规划局",
        "2024年8月31日前",
        "已办复，委员满意",
    ),
    (
        "第25号",
        "关于加强中小学课后服务经费保障的提案",
        "民盟市委会",
        "集体",
        "市教育局",
        "市财政局",
        "2024年8月31日前",
        "正在办理，已召开协调会",
    ),
    (
        "第31号",
        "关于推进农村生活污水治理的提案",
        "刘建军、王晓燕等3人",
        "联名",
        "市生态环境局",
        "市农业农村局",
        "2024年9月30日前",
        "",
    ),
    (
        "第38号",
        "关于提升老年人运用智能技术能力的提案",
        "李明",
        "委员个人",
        "市民政局",
        "市工业和信息化局",
        "2024年7月31日前",
        "已答复",
    ),
    (
        "第44号",
        "关于规范校外培训机构预收费监管的提案",
        "致公党市委会",
        "集体",
        "市教育局",
        "市市场监督管理局",
        "2024年8月31日前",
        "未办理",
    ),
    (
        "第52号",
        "关于完善新就业形态劳动者权益保障的提案",
        "赵强、孙梅等5人",
        "联名",
        "市劳动保障局",
        "市总工会",
        "2024年9月30日前",
        "已形成初步答复意见，正在征求委员意见",
    ),
    (
        "第60号",
        "关于打造黄河文化旅游精品线路的提案",
        "周红",
        "委员个人",
        "市旅游局",
        "—",
        "2024年8月31日前",
        "已办复",
    ),
]


def write_motion(path: Path) -> Path:
    doc = _new_document("提案委")
    _title(doc, "市政协九届三次会议立案提案办理情况汇总表")
    _paragraph(
        doc,
        "市政协九届三次会议期间，广大政协委员、政协各参加单位和各专门委员会围绕中心工作和群众关心的热点难点问题"
        "积极建言，经提案委员会审查立案的提案，会后交由各承办单位办理。现将部分提案办理情况汇总如下：",
        12,
    )
    _table(
        doc,
        ["提案号", "案由", "提案人", "提案类别", "主办单位", "协办单位", "办复时限", "办理情况"],
        [list(row) for row in MOTION_ROWS],
    )
    _paragraph(doc, "市政协提案委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("城关镇政务服务好差评差评核实整改台账（7月）.xlsx", write_review),
    ("2024年春季学期校舍安全隐患排查整治台账.xls", write_school),
    ("全市森林火灾隐患大排查大整改活动进展情况汇报.docx", write_fire),
    ("2024年1-7月滞后重点项目推进方案台账.ods", write_project),
    ("经营性自建房安全隐患回头看问题清单（第一批）.csv", write_house),
    ("2024年汛期防汛安全隐患排查整改销号台账.xlsx", write_flood),
    ("耕地保护领域突出问题专项整改进展情况表.wps", write_land),
    ("优化营商环境企业投诉信件办理情况登记表（7月）.et", write_biz),
    ("12345热线工单办理情况（7月，两家承办单位）.zip", write_hotline),
    ("市政协九届三次会议立案提案办理情况汇总表.docx", write_motion),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

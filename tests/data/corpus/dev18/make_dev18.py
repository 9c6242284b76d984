"""Write the aside13 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, one inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
tab-separated text in UTF-16, a .docx with a table, a .doc with the items as paragraphs, a .wps (Word 97 via
LibreOffice) and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside13.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 建筑工地扬尘防治督查发现问题整改台账, after a city 住建局's 工地扬尘管控督查通报 with its 附件 工地扬尘防治
# 红黑榜 (督查时段; 裸露土方、临时堆土、散装材料覆盖不到位, 建筑垃圾未及时清运, 硬化路面泥浆积尘; 停工整改通知,
# 整改通知书; 责任单位整改, 属地、条线监管部门跟踪落实):
# https://llqcyx.com/jsj/lygszfj/jzy/content/d3136d67-097a-4d4e-aa3c-d07cba579f25.html
# Two sheets (黑榜 with the problems, 红榜 without); title, 督查时间 line, 附件 line, one header row with the
# 施工单位 as the unit to correct and the 建设单位 and 属地监管部门 beside it; 督查日期 an event; a 注 and signature.
DUST_ROWS = [
    (
        "濮阳市第五中学迁建项目",
        "濮阳市教育投资有限公司",
        "河南省第二建设集团有限公司",
        date(2024, 7, 8),
        "基坑东侧裸露土方约2000平方米未覆盖防尘网",
        "下发整改通知书",
        "华龙区住房和城乡建设局",
        "2024年7月12日",
        "已整改到位，复查合格",
    ),
    (
        "龙湖观澜府二期",
        "濮阳恒泰置业有限公司",
        "中建七局第三建筑有限公司",
        date(2024, 7, 9),
        "出入口车辆冲洗设施未正常使用，运输车辆带泥上路",
        "下发停工整改通知",
        "华龙区住房和城乡建设局",
        "2024年7月15日前",
        "正在整改，冲洗平台已修复，待复查",
    ),
    (
        "昆吾路提升改造工程",
        "濮阳市城市建设投资集团有限公司",
        "濮阳市市政工程有限公司",
        date(2024, 7, 10),
        "围挡内侧堆放散装砂石未覆盖",
        "现场责令整改",
        "市城市管理局",
        "立即整改",
        "已当场覆盖",
    ),
    (
        "濮阳县人民医院新院区",
        "濮阳县人民医院",
        "河南华安建设集团有限公司",
        date(2024, 7, 11),
        "场内建筑垃圾未及时清运也未覆盖",
        "下发整改通知书",
        "濮阳县住房和城乡建设局",
        "7月底前",
        "",
    ),
    (
        "清丰县标准化厂房三期",
        "清丰县产业集聚区发展投资有限公司",
        "河南宏达建设工程有限公司",
        date(2024, 7, 15),
        "硬化路面泥浆积尘未清理，未配备雾炮降尘设备",
        "下发整改通知书",
        "清丰县住房和城乡建设局",
        "2024年7月20日",
        "未整改",
    ),
    (
        "南乐县第三实验小学",
        "南乐县教育局",
        "河南恒通建工有限公司",
        date(2024, 7, 16),
        "土方开挖作业未采取湿法作业",
        "下发停工整改通知",
        "南乐县住房和城乡建设局",
        "2024年7月19日",
        "已停工整改，经复查合格后复工",
    ),
    (
        "市中心血站业务楼改造",
        "濮阳市中心血站",
        "濮阳建工集团有限公司",
        date(2024, 7, 19),
        "施工现场扬尘在线监测设备离线未上传数据",
        "督促整改",
        "华龙区住房和城乡建设局",
        "2024年8月5日",
        "正在整改，设备已送修",
    ),
]
DUST_RED = [
    (
        "濮阳市龙都中学教学楼",
        "河南五建建设集团有限公司",
        "围挡、覆盖、冲洗、硬化、湿法作业、密闭运输落实到位",
    ),
    (
        "开州路综合管廊",
        "濮阳市市政工程有限公司",
        "设置全封闭喷淋系统，渣土车辆全部密闭运输",
    ),
]

# ---------------------------------------------------------------------------------------------
# 1. 生态环境保护督察反馈意见整改情况公示, after a county 突出环境问题整治工作指挥部办公室's 公示 with its 附件 table
# (问题序号 with the higher-level number beside it / 具体内容 / 整改目标 / 整改措施 / 完成情况 / 责任单位 / 完成时限):
# http://zgtc.gov.cn/ztzl/2021zt/zysthjbhdc/202207/t20220722_2731935.shtml
# An .xlsx: 公示 preamble, 附件 and title lines, one header row, contact lines and the office at the foot.
ENV_ROWS = [
    (
        "序号3（省序号4）",
        "部分县区污水处理厂进水浓度偏低，管网混错接问题突出",
        "进水浓度稳定提升",
        "排查整治混错接点位，实施雨污分流改造",
        "已完成。完成混错接点位整治126处，经验收合格，已销号。",
        "市住房和城乡建设局",
        "2024年6月底前",
    ),
    (
        "序号5（省序号7）",
        "金堤河部分支流断面水质不能稳定达标",
        "断面水质稳定达到Ⅳ类",
        "整治入河排污口，开展支流清淤",
        "正在推进。已完成3个排污口整治，剩余2个正在施工。",
        "市生态环境局",
        "2024年12月底前",
    ),
    (
        "序号8（省序号9）",
        "一些地方和部门对群众环境信访投诉重视不够，办理不及时",
        "做到件件有落实、件件有回音",
        "实行领导包案，开展信访积案化解，定期开展回头看",
        "长期坚持。已建立领导包案机制，按月调度。",
        "市生态环境局",
        "长期坚持",
    ),
    (
        "序号11（省序号15）",
        "城市建成区部分道路扬尘污染管控不到位",
        "道路积尘负荷明显下降",
        "增加机械化清扫频次，落实以克论净考核",
        "未启动。",
        "市城市管理局",
        "2024年9月30日前",
    ),
    (
        "序号14（省序号18）",
        "畜禽养殖粪污资源化利用设施配套不足",
        "规模养殖场粪污处理设施装备配套率达到100%",
        "逐场建立台账，补齐储粪池、沼液池",
        "基本完成。已配套到位42家，剩余3家正在建设。",
        "市农业局",
        "2024年10月底前",
    ),
    (
        "序号17（省序号21）",
        "工业园区危险废物贮存场所不规范",
        "危险废物规范化贮存",
        "开展危废贮存专项检查，督促企业规范建设贮存库",
        "已完成。",
        "市生态环境局",
        "2024年5月31日前",
    ),
    (
        "序号20（省序号26）",
        "废弃矿山生态修复进度滞后",
        "完成废弃矿山治理面积120公顷",
        "编制修复方案，争取专项资金",
        "进展滞后，资金尚未落实。",
        "市国土资源局",
        "2024年12月底前",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [16, 30, 22, 30, 30, 16, 14])
    b.line(ws, 0, "关于第二轮中央生态环境保护督察反馈问题整改完成情况的公示", 6, b.title)
    b.line(
        ws,
        1,
        "根据第二轮中央生态环境保护督察反馈意见，现将有关整改完成情况进行公示（见附件），接受社会监督。"
        "如有异议，请以信函、电子邮件等方式向市突出环境问题整治工作指挥部办公室反馈。公示时间：2024年7月26日至8月4日。",
        6,
    )
    b.line(ws, 2, "附件", 6)
    b.line(ws, 3, "濮阳市贯彻落实第二轮中央生态环境保护督察反馈意见整改情况", 6, b.title)
    b.header(
        ws,
        4,
        [
            "问题序号",
            "具体内容",
            "整改目标",
            "整改措施",
            "完成情况",
            "责任单位",
            "完成时限",
        ],
    )
    for i, row in enumerate(ENV_ROWS):
        b.row(ws, 5 + i, list(row))
    end = 5 + len(ENV_ROWS)
    b.line(ws, end + 1, "联系人：王晓东    联系电话：0393-4369477", 6)
    b.line(ws, end + 2, "联系地址：濮阳市华龙区开州路中段市政府大院5号楼", 6)
    b.line(
        ws,
        end + 3,
        "濮阳市突出环境问题整治工作指挥部办公室    2024年7月26日",
        6,
        b.right,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 环保督察交办信访件整改台账, after a city's account of the 环境信访投诉问题 the 督察组 handed over (第一时间交办;
# 建立信访举报问题整改台账; 已完成整改 / 正在整改 with 计划完成日期 / 需长期整改和长效管控):
# http://www.dazhou.gov.cn/xxgk-show-11007.html
# An .xls (xlwt): title, 填报单位 line, one header row (批次/受理编号/信访问题/所属区域/责任单位/整改时限/整改进展/是否办结),
# a 合计 row and a 注 line.
PET_ROWS = [
    (
        "第一批",
        "D410900202405080001",
        "某小区底商餐饮油烟直排扰民",
        "华龙区",
        "华龙区市场监督管理局",
        "2024年5月31日",
        "已整改，加装油烟净化设备并检测达标",
        "是",
    ),
    (
        "第一批",
        "D410900202405080004",
        "化工园区企业夜间排放刺激性异味",
        "濮阳县",
        "濮阳县人民政府",
        "2024年12月31日",
        "正在整改，企业废气收集系统改造已完成60%",
        "否",
    ),
    (
        "第二批",
        "D410900202405120002",
        "建筑工地夜间违规施工噪声扰民",
        "华龙区",
        "华龙区住房和城乡建设局",
        "2024年6月15日",
        "已办结，责令停止夜间施工并立案处罚",
        "是",
    ),
    (
        "第二批",
        "D410900202405120007",
        "马颊河支渠岸边堆放生活垃圾",
        "清丰县",
        "清丰县",
        "2024年7月20日",
        "未整改",
        "否",
    ),
    (
        "第三批",
        "D410900202405160003",
        "城郊结合部散乱污小作坊反复出现",
        "南乐县",
        "南乐县人民政府",
        "长期坚持",
        "长效管控",
        "否",
    ),
    (
        "第三批",
        "D410900202405160005",
        "养殖场粪污直排入沟渠",
        "范县",
        "范县人民政府",
        "2024年8月31日",
        "正在整改，储粪池主体已建成",
        "否",
    ),
    (
        "第四批",
        "D410900202405200001",
        "垃圾中转站渗滤液外溢",
        "市区",
        "市城市管理局",
        "2024年9月30日",
        "",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "省生态环境保护督察交办信访件整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市生态环境保护委员会办公室    截止日期：2024年7月31日",
            plain,
            1,
            8,
        ),
    ]
    for col, w in enumerate(
        [
            "序号",
            "批次",
            "受理编号",
            "信访问题",
            "所属区域",
            "责任单位",
            "整改时限",
            "整改进展",
            "是否办结",
        ]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(PET_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 8) else c))
    r = 3 + len(PET_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "交办7件，办结2件", c, r, 8),
        (
            r + 1,
            0,
            "注：整改时限以督察交办单载明的时限为准；需长期整改的，按长效管控要求持续推进。",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. “市长信箱”留言办理情况, after a district's monthly account of its “区长信箱” letters (收到留言共N件, 已办结N件,
# 办结率; 舆情主要集中在公租房申报、学区划分、物业管理; 部门能够按时回复):
# http://www.yuyang.gov.cn/zmhd/bjtj/1390199674809917442.html
# An .ods (LibreOffice conversion): title, summary paragraph, one header row with 转办日期 and 办理时限 in working days.
MAIL_ROWS = [
    (
        "关于公租房申报材料是否需要提供社保证明的咨询",
        date(2024, 7, 1),
        date(2024, 7, 2),
        "市住房和城乡建设局",
        "5个工作日",
        "已办结",
    ),
    (
        "关于今年小学学区划分调整的咨询",
        date(2024, 7, 3),
        date(2024, 7, 4),
        "市教育局",
        "5个工作日",
        "已办结",
    ),
    (
        "反映小区物业擅自提高停车收费",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "华龙区人民政府",
        "10个工作日",
        "办理中",
    ),
    (
        "异地就医备案后报销比例偏低的疑问",
        date(2024, 7, 15),
        date(2024, 7, 15),
        "市医疗保障局",
        "5个工作日",
        "已办结",
    ),
    (
        "反映人民路北段路灯连续多日不亮",
        date(2024, 7, 22),
        date(2024, 7, 23),
        "市城市管理局",
        "5个工作日",
        "办理中",
    ),
    (
        "建议延长夜间公交线路运营时间",
        date(2024, 7, 25),
        date(2024, 7, 26),
        "公交公司",
        "10个工作日",
        "已答复",
    ),
    (
        "反映农贸市场周边占道经营严重",
        date(2024, 7, 29),
        date(2024, 7, 30),
        "市市场监管局",
        "5个工作日",
        "未办理",
    ),
]


def write_mail_book(path: Path) -> Path:
    b = Book(path, author="市长信箱办")
    ws = b.sheet("7月")
    b.widths(ws, [6, 40, 14, 14, 20, 14, 12])
    b.line(ws, 0, "2024年7月份“市长信箱”留言办理情况", 6, b.title)
    b.line(
        ws,
        1,
        "7月份，收到“市长信箱”留言共7件，已办结4件。本月留言主要集中在住房、教育、物业管理等方面。"
        "办理时限自转办之日起计算。",
        6,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "留言标题",
            "留言日期",
            "转办日期",
            "承办单位",
            "办理时限",
            "办理状态",
        ],
    )
    for i, row in enumerate(MAIL_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(ws, 4 + len(MAIL_ROWS), "市政府办公室信息科    2024年7月31日", 6, b.right)
    return b.close()


def write_mail(path: Path) -> Path:
    via_soffice(write_mail_book, path, "ods", "市长信箱留言办理情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 道路安全隐患排查整治清单, after a county 交通运输局 and 交警大队's joint check of 国省道及县乡道路 (交叉路口、学校周边;
# 路面破损塌陷、警示牌、标线; 逐一记录，建立排查整治清单，提出治理建议，督促相关单位及时整改):
# http://htx.gov.cn/htx/aqsc/202403/7b12e5cd5b5044f9882b04a84bc23336.shtml
# An .et (Excel 97 via LibreOffice): title, 排查单位 line, one header row, a 填报人 line.
ROAD_ROWS = [
    (
        "G106",
        "K512+300",
        "平交路口",
        "交叉口缺少减速让行标志",
        "增设减速让行标志",
        "市交通运输局",
        "2024年8月15日",
        "已完成",
    ),
    (
        "S212",
        "K34+100",
        "急弯",
        "急弯路段缺少警示标志及凸面镜",
        "增设警示标志、凸面镜",
        "市交通运输局",
        "2024年7月31日前",
        "正在施工",
    ),
    (
        "X018",
        "K3+600",
        "学校周边",
        "学校门口未施划人行横道线",
        "施划人行横道线并设置提示标志",
        "交警支队",
        "2024年7月20日",
        "已施划完毕",
    ),
    (
        "城区",
        "开州路与长庆路口",
        "路面",
        "路面破损塌陷约15平方米",
        "修复路面",
        "市住建局",
        "2024年第三季度",
        "未整改",
    ),
    (
        "城区",
        "胜利路中段",
        "信号灯",
        "路口信号灯长期处于黄闪状态",
        "恢复信号灯正常运行",
        "交警支队",
        "2024年7月10日",
        "已恢复正常运行",
    ),
    (
        "Y021",
        "K1+200",
        "临水临崖",
        "临水路段缺少防护栏",
        "增设波形护栏",
        "濮阳县人民政府",
        "2024年10月底前",
        "已完成方案设计，正在招标",
    ),
    (
        "城区",
        "京开大道辅道",
        "视距不良",
        "道路两侧树木遮挡交通标志",
        "修剪树木",
        "华龙区人民政府",
        "2024年8月10日",
        "",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="安监科")
    ws = b.sheet("清单")
    b.widths(ws, [6, 10, 16, 12, 30, 24, 16, 16, 22])
    b.line(ws, 0, "普通国省道及县乡道路安全隐患排查整治清单", 8, b.title)
    b.line(
        ws,
        1,
        "排查单位：市交通运输局、市公安局交通管理支队    排查时间：2024年7月1日至7月5日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "路线编号",
            "路段（桩号）",
            "隐患类型",
            "隐患描述",
            "治理建议",
            "责任单位",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(
        ws,
        4 + len(ROAD_ROWS),
        "填报人：赵志刚    联系电话：0393-6612345    填报日期：2024年7月30日",
        8,
    )
    return b.close()


def write_road(path: Path) -> Path:
    return via_soffice(write_road_book, path, "xls", "道路安全隐患排查整治清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 一周群众诉求事项办理情况, after a county 110联动办's weekly account (新受理110联动事项、网民诉求事项; 已全部办结;
# 办理较好的事项 such as a pit left by road works, a missing manhole cover, an injured bird; 交办 to the 承办单位):
# http://qrsi.cn/html/1//2/153/172/21956.html
# A CSV in GBK: a title line, a header line, a closing 合计 line.
WEEK_ROWS = [
    (
        "2024-07-22",
        "110联动",
        "城东路施工后路面坑槽未回填",
        "市城市管理局",
        "2024-07-25",
        "已组织回填",
        "已办结",
    ),
    (
        "2024-07-22",
        "网民诉求",
        "绿城小区门口污水井盖缺失",
        "市住房和城乡建设局",
        "2024-07-24",
        "已补装井盖",
        "已办结",
    ),
    (
        "2024-07-23",
        "110联动",
        "村内发现一只受伤野生鸟类需救助",
        "市自然资源和规划局",
        "2024-07-23",
        "已送野生动物救助站",
        "已办结",
    ),
    (
        "2024-07-24",
        "网民诉求",
        "请在建设路与黄河路口设置红绿灯",
        "市交警支队",
        "2024-08-22",
        "正在组织现场勘查论证",
        "未办结",
    ),
    (
        "2024-07-25",
        "110联动",
        "某建筑公司拖欠农民工工资",
        "人社局",
        "2024-08-05",
        "已约谈企业负责人，正在协调",
        "未办结",
    ),
    ("2024-07-26", "网民诉求", "夜市噪音扰民至凌晨", "城关镇", "2024-08-02", "", ""),
    (
        "2024-07-27",
        "110联动",
        "农村自来水水压不足二楼无水",
        "自来水公司",
        "2024-07-31",
        "未处理",
        "未办结",
    ),
]


def write_week(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["一周群众诉求事项办理情况（7月22日—7月28日）"])
    w.writerow(
        [
            "序号",
            "受理时间",
            "来源",
            "诉求事项",
            "承办单位",
            "办理期限",
            "办理情况",
            "办结情况",
        ]
    )
    for i, row in enumerate(WEEK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本周共受理7件，办结3件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 交办信访问题整改销号台账, after a district 生态办's meeting on the 整改销号 of the 交办信访问题 (一案一档; 已完成整改的
# 立即核查、申请销号; 尚未完成的明确整改时限，按序推进):
# https://www.wj.gov.cn/html/czwj/2018/BEHNPEPN_0926/263195.html
# A tab-separated text in UTF-16: title line, one header row with 交办日期 and 整改时限 partly in days from it, 销号情况.
SIGN_ROWS = [
    (
        "JB-2024-0701",
        "2024-07-05",
        "造纸企业废水排放有明显异味",
        "市生态环境局",
        "15日内",
        "已整改",
        "已销号",
    ),
    (
        "JB-2024-0702",
        "2024-07-05",
        "田间露天焚烧秸秆和垃圾",
        "岳村镇",
        "2024年7月12日",
        "已整改",
        "",
    ),
    (
        "JB-2024-0703",
        "2024-07-10",
        "砂石料场未覆盖扬尘严重",
        "市自然资源和规划局",
        "15日内",
        "正在整改",
        "未销号",
    ),
    (
        "JB-2024-0704",
        "2024-07-10",
        "商业街烧烤店油烟扰民",
        "市城市管理局",
        "2024年8月10日",
        "整改中，已下达限期整改通知书",
        "未销号",
    ),
    (
        "JB-2024-0705",
        "2024-07-12",
        "河道排污口汛期溢流",
        "水务局",
        "30日内",
        "未整改",
        "未销号",
    ),
    (
        "JB-2024-0706",
        "2024-07-12",
        "生猪养殖场异味影响周边村民",
        "市农业农村局",
        "2024年7月15日",
        "基本完成",
        "验收合格，已销号",
    ),
    (
        "JB-2024-0707",
        "2024-07-15",
        "加油站油气回收装置未正常运行",
        "市商务局",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_sign(path: Path) -> Path:
    lines = [
        "交办信访问题整改销号台账（截至2024年7月31日）",
        "交办编号\t交办日期\t信访问题\t责任单位\t整改时限\t整改情况\t销号情况",
    ]
    lines += ["\t".join(row) for row in SIGN_ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 农村交通事故易发多发点改造整治进展, after a city 交警's account of the 民生实事 on rural accident black spots
# (摸排隐患路段, 完成整改N处, 未治理路段集中交办; 减速带、警示牌、凸面镜、道口标柱和爆闪灯; 树木遮挡视线):
# http://www.616o.net/cdzx/cdyw/content_846967
# A .docx: title, preamble paragraph, one table, the office and date.
RURAL_ROWS = [
    (
        "王助镇",
        "乡道Y003与村道交叉口",
        "平交路口未设置减速带",
        "设置减速带和道口标柱",
        "王助镇人民政府",
        "2024年6月30日",
        "已完成",
    ),
    (
        "胡村乡",
        "村道胡村至后店段",
        "急弯陡坡缺少警示桩",
        "增设警示桩和警告标志",
        "胡村乡",
        "2024年8月底前",
        "正在施工",
    ),
    (
        "孟轲乡",
        "乡道Y011孟轲段",
        "临水路段缺少防护设施",
        "增设钢护栏",
        "孟轲乡人民政府",
        "2024年9月30日",
        "未启动",
    ),
    (
        "新习镇",
        "县道X009新习段",
        "弯道内侧树木遮挡视线",
        "清理遮挡树木",
        "新习镇人民政府",
        "2024年7月15日",
        "已清理完毕",
    ),
    (
        "柳屯镇",
        "县道X012穿村路段",
        "穿村路段缺少爆闪灯",
        "安装爆闪灯和限速标志",
        "市交通运输局",
        "2024年第三季度",
        "已完成招标，正在安装",
    ),
    (
        "皇甫街道",
        "皇甫路与村道路口",
        "路口凸面镜损坏",
        "更换凸面镜",
        "皇甫街道办事处",
        "2024年7月25日",
        "已更换",
    ),
    (
        "城关镇",
        "城关镇集市路段",
        "马路集市占道影响通行",
        "加强巡逻管控",
        "市公安局交通管理支队",
        "长期坚持",
        "常态化巡逻管控",
    ),
]


def write_rural(path: Path) -> Path:
    doc = _new_document("秩序科")
    _title(doc, "农村交通事故易发多发点改造整治进展情况")
    _paragraph(
        doc,
        "按照市政府民生实事安排，对全市乡道、村组道路及穿村过镇的国省县道开展隐患排查治理，"
        "现将截至7月底的整治进展报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(RURAL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "乡镇（街道）",
            "隐患路段",
            "存在问题",
            "整治措施",
            "责任单位",
            "完成时限",
            "治理进展",
        ],
        body,
    )
    _paragraph(doc, "濮阳市道路交通安全工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 道路交通安全隐患排查整治推进情况的报告, after a city's 推进会 report (交叉口设施类隐患、交叉口违法类隐患、道路两侧护栏类
# 隐患、国省干道中央护栏类隐患; 能立即整改的立即整改，不能立即整改的抄告责任单位，按时限整改):
# http://shuozhou.gov.cn/xwzx/jrsz/szsyw/202011/t20201108_309522.shtml
# A .doc (Word 97 via LibreOffice) with the items written as paragraphs under the four 类 headings.
TRAFFIC_PARAS = [
    (
        "一、交叉口设施类隐患",
        [
            (
                "（一）国道342与省道101交叉口信号灯配时不合理，高峰期车辆排队过长。责任单位：市公安局交通管理支队。"
                "整改时限：2024年7月20日。进展情况：已完成配时优化。"
            ),
            "（二）城区主干道交通标线磨损严重。责任单位：市城市管理局。整改时限：8月15日前。进展情况：正在施划。",
        ],
    ),
    (
        "二、交叉口违法类隐患",
        [
            "（三）违章广告牌遮挡交通标志。责任单位：市城市管理局。整改时限：2024年7月31日。",
            (
                "（四）学校门前缺少行人过街设施。责任单位：市住房和城乡建设局。整改时限：2024年8月25日前。"
                "进展情况：已施工完毕，经验收合格。"
            ),
        ],
    ),
    (
        "三、道路两侧护栏类隐患",
        [
            "（五）县道两侧护栏锈蚀损坏、部分缺失。责任单位：清丰县政府。整改时限：2024年9月底前。进展情况：未整改。",
        ],
    ),
    (
        "四、国省干道中央护栏类隐患",
        [
            (
                "（六）国道106城区过境段中央隔离护栏缺失。责任单位：市交通运输局。整改时限：2024年10月底前。"
                "进展情况：已完成设计，正在采购材料。"
            ),
        ],
    ),
]


def write_traffic_docx(path: Path) -> Path:
    doc = _new_document("市道安办")
    _title(doc, "关于全市道路交通安全隐患排查整治推进情况的报告")
    _paragraph(doc, "市道路交通安全领导小组：")
    _paragraph(
        doc,
        "按照全市道路交通安全隐患排查整治推进会部署，各责任单位对排查出的隐患能立即整改的立即整改，"
        "不能立即整改的制定整改方案、按时限整改。截至2024年7月底，重点隐患整治情况如下：",
    )
    for heading, paras in TRAFFIC_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市道路交通安全领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_traffic(path: Path) -> Path:
    return via_soffice(write_traffic_docx, path, "doc", "道路交通安全隐患排查整治推进情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 医保基金稽查稽核发现问题整改情况, after a county 医保局's account of its 稽查稽核 (日常稽核、病历随机抽查、智能审核;
# 发现违规问题, 退回违规使用的医保基金, 处违约金; 超目录用药、超目录使用耗材, 诊疗项目是否合理):
# https://www.cngy.gov.cn/gongkai/show/20210929095802-35130-00-000.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table ending in a 合计 row, signature lines.
MED_ROWS = [
    (
        "濮阳市第三人民医院",
        "超标准收取护理费",
        "0.85",
        "退回违规基金，处违约金",
        "2024年7月15日",
        "已退回违规资金，整改完毕",
    ),
    (
        "华龙区胜利路街道社区卫生服务中心",
        "串换诊疗项目收费",
        "0.42",
        "退回违规基金",
        "2024年8月31日",
        "正在整改",
    ),
    (
        "濮阳县中医医院",
        "存在挂床住院现象",
        "1.36",
        "约谈负责人，限期整改",
        "2024年7月31日",
        "未整改",
    ),
    (
        "濮阳市仁和大药房有限公司",
        "为参保人超量开具慢病药品",
        "0.27",
        "暂停医保结算1个月",
        "2024年7月10日",
        "已整改",
    ),
    (
        "清丰县人民医院",
        "重复收取检验费用",
        "0.93",
        "追回违规基金",
        "2024年9月30日",
        "已追回部分资金，剩余正在追缴",
    ),
    (
        "南乐县妇幼保健院",
        "住院病历书写不规范",
        "—",
        "纳入年度考核",
        "常态化推进",
        "常态化推进",
    ),
    ("范县人民医院", "超医保目录使用耗材", "0.58", "退回违规基金", "2024年8月20日", ""),
]


def write_med_docx(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "医保基金稽查稽核发现问题整改情况表")
    _paragraph(doc, "填报单位：濮阳市医疗保障局    填报日期：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(MED_ROWS, 1)]
    body.append(["合计", "", "", "4.41", "", "", ""])
    _table(
        doc,
        [
            "序号",
            "定点医药机构",
            "发现问题",
            "违规金额（万元）",
            "处理措施",
            "整改时限",
            "整改情况",
        ],
        body,
    )
    _paragraph(doc, "填表人：孙佳    审核人：刘建军    联系电话：0393-8993210", 12)
    return _save_fixed(doc, path)


def write_med(path: Path) -> Path:
    return via_soffice(write_med_docx, path, "doc", "医保基金稽查稽核发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 医保基金使用自查自纠问题整改台账 from two hospitals, after an account of the 2024 自查自纠 (虚假报销、过度医疗、药品耗材
# 违规使用; 6月底前完成整改; 建立台账逐条销号管理):
# https://m.jiusongjiankang.com/health/news/7679429.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line, one header row naming the hospital's own 责任科室, a signature line.
SELF_RETURNS = [
    (
        "濮阳市人民医院",
        [
            (
                "过度医疗",
                "重复收取静脉输液费",
                "12680",
                "财务科",
                "退回重复收费",
                "2024年6月底前",
                "已完成，已退回",
            ),
            (
                "药品耗材违规",
                "超医保目录限定支付范围用药",
                "8430",
                "药剂科",
                "完善处方前置审核",
                "2024年8月31日",
                "正在整改",
            ),
            (
                "过度医疗",
                "病案首页主诊断选择错误导致高套病组",
                "23100",
                "病案室",
                "开展编码培训，逐份复核",
                "2024年9月底前",
                "部分完成",
            ),
            (
                "过度医疗",
                "CT检查阳性率低于规定要求",
                "—",
                "医务科",
                "加强检查适应证管理",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "濮阳市中医医院",
        [
            (
                "药品耗材违规",
                "中药饮片超剂量开具",
                "5260",
                "药剂科",
                "处方点评，退回违规费用",
                "2024年6月底前",
                "已整改",
            ),
            (
                "虚假报销",
                "康复理疗项目串换收费",
                "9870",
                "财务科",
                "退回违规基金",
                "2024年7月20日",
                "未整改",
            ),
            (
                "虚假报销",
                "住院患者挂床未在院",
                "15400",
                "医务科",
                "加强查房和床位管理",
                "2024年8月15日",
                "正在整改",
            ),
            (
                "药品耗材违规",
                "高值耗材进销存数据不符",
                "—",
                "设备科",
                "开展耗材盘点",
                "2024年12月31日",
                "",
            ),
        ],
    ),
]


def write_self_book(path: Path, hospital: str, rows: list[tuple]) -> Path:
    b = Book(path, author=hospital)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 32, 14, 12, 24, 16, 16])
    b.line(ws, 0, "2024年医保基金使用自查自纠问题整改台账", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{hospital}    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类型",
            "问题描述",
            "涉及金额（元）",
            "责任科室",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(rows), "负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_self(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for hospital, rows in SELF_RETURNS:
            name = f"医保基金自查自纠问题整改台账（{hospital}）.xlsx"
            member = write_self_book(Path(tmp) / name, hospital, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("第二轮中央生态环境保护督察反馈问题整改完成情况公示.xlsx", write_env),
    ("省生态环境保护督察交办信访件整改台账.xls", write_petition),
    ("2024年7月份市长信箱留言办理情况.ods", write_mail),
    ("普通国省道及县乡道路安全隐患排查整治清单.et", write_road),
    ("一周群众诉求事项办理情况（7月22日—7月28日）.csv", write_week),
    ("交办信访问题整改销号台账.tsv", write_sign),
    ("农村交通事故易发多发点改造整治进展情况.docx", write_rural),
    ("关于全市道路交通安全隐患排查整治推进情况的报告.doc", write_traffic),
    # (医保基金稽查稽核发现问题整改情况表.wps left out: its source is dev13's too; a source is used in one part only)
    ("医保基金自查自纠问题整改台账（两家医院）.zip", write_self),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside85 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt, one more inside the zip), a CSV in GBK, a tab-separated
text in UTF-16, a .docx with a table, an .ods and an .et (LibreOffice conversions), a .doc with the items as
numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two returns. Contents are made up; statistics
date 2024-07-31. Run from this folder: python make_aside85.py. Needs XlsxWriter, xlwt, python-docx and
LibreOffice (soffice). The writing helpers are copied from dev18/make_dev18.py.
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


def two_row_header(b: Book, ws, r: int, spec: list[tuple[str, list[str]]]) -> int:
    """A two-row header: a word over its children (merged across them), or one word merged down two rows."""
    c = 0
    for word, children in spec:
        if children:
            b.merge(ws, r, c, r, c + len(children) - 1, word, b.head)
            for k, child in enumerate(children):
                ws.write_string(r + 1, c + k, child, b.head)
            c += len(children)
        else:
            b.merge(ws, r, c, r + 1, c, word, b.head)
            c += 1
    return c


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈意见整改进展台账 of a community health centre, after a 社区卫生服务中心's 社会公开稿 on its 巡察整改进展
# (4个方面、11个大项、31条问题; 问题清单、任务清单、责任清单; 明确责任领导、责任科室、整改时限及验收标准;
# 台账式管理、销号式推进):
# http://www.xuecheng.gov.cn/zwgk/qjbm/qwsjkj/202510/t20251009_2169055.html
# An .xlsx: the centre named only in the title; 方面 section rows; a two-row header whose 整改进展 spans
# 已完成 / 正在推进 / 需长期坚持 ticked with √; rows name the centre's own 责任科室; a 合计 row, a 注 and signatures.
HEALTH_SECTIONS = [
    (
        "一、党的领导和理论学习方面",
        [
            (
                "理论学习中心组学习不规范，学习记录不完整",
                "制定年度学习计划，规范学习记录和研讨发言",
                "王海燕",
                "党政办公室",
                "2024年6月30日前",
                "√",
                "",
                "",
                "学习记录完整规范",
            ),
            (
                "落实中央八项规定精神有差距，公务接待清单不完整",
                "严格执行公务接待“三单”制度，每季度自查",
                "王海燕",
                "财务科",
                "长期坚持",
                "",
                "",
                "√",
                "无违规接待",
            ),
        ],
    ),
    (
        "二、医疗服务和群众身边问题方面",
        [
            (
                "药品耗材采购未严格执行集中带量采购",
                "全面清理院内采购目录，中选药品全部纳入平台采购",
                "李振华",
                "药剂科",
                "2024年9月底前",
                "",
                "√",
                "",
                "带量采购执行率100%",
            ),
            (
                "家庭医生签约服务履约率低，存在“签而不约”",
                "按片区落实签约团队，建立履约随访台账",
                "李振华",
                "公共卫生科",
                "2024年12月31日",
                "",
                "√",
                "",
                "重点人群履约率达到85%",
            ),
            (
                "门诊预检分诊流程不规范，发热患者与普通患者交叉",
                "调整门诊布局，设置独立预检分诊通道",
                "张立新",
                "医务科",
                "2024年8月31日",
                "",
                "",
                "",
                "预检分诊独立设置",
            ),
        ],
    ),
    (
        "三、内部管理和风险防控方面",
        [
            (
                "医疗废物暂存间管理不规范，交接登记不全",
                "更新暂存间标识，落实医疗废物交接双签字",
                "张立新",
                "院感科",
                "2024年7月15日",
                "√",
                "",
                "",
                "交接登记完整",
            ),
            (
                "财务内控制度不健全，大额资金支出未经集体研究",
                "修订“三重一大”决策制度，补充集体研究程序",
                "王海燕",
                "财务科",
                "2024年10月31日前",
                "",
                "√",
                "",
                "制度印发执行",
            ),
        ],
    ),
]


def write_health(path: Path) -> Path:
    b = Book(path, author="党政办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 36, 10, 12, 16, 8, 8, 10, 20])
    b.line(ws, 0, "华龙区兴华社区卫生服务中心落实区委第二巡察组巡察反馈意见整改进展台账", 9, b.title)
    b.line(ws, 1, "（社会公开稿）                                        截至2024年7月31日", 9, b.right)
    two_row_header(
        b,
        ws,
        2,
        [
            ("序号", []),
            ("具体问题", []),
            ("整改措施", []),
            ("责任领导", []),
            ("责任科室", []),
            ("整改时限", []),
            ("整改进展", ["已完成", "正在推进", "需长期坚持"]),
            ("验收标准", []),
        ],
    )
    r, n = 4, 0
    for heading, rows in HEALTH_SECTIONS:
        b.line(ws, r, heading, 9, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:5]), first=1)
            b.row(ws, r, list(row[5:8]), first=6, fmt=b.center)
            b.put(ws, r, 9, row[8])
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 9, "问题7个：已完成2个，正在推进3个，需长期坚持1个")
    b.line(ws, r + 1, "注：在“整改进展”对应栏内打“√”；整改完成后逐项对账销号。", 9)
    b.line(ws, r + 2, "填表人：刘晓静        审核人：王海燕        联系电话：0393-8211536", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 养老机构消防审验问题整改台账, after a city 民政局's 养老机构消防审验问题整改工作方案 (全面摸排、建立台账，动态更新整改
# 进展; 分类处置: 建设工程资料完备的申请消防审验, 达不到现行标准的按建设时间的消防技术标准, 手续不全的分类处置; 时间节点
# 写在任务里: 全面摸排（10月底前）、分类处置（次年4月底前）):
# http://www.lvliang.gov.cn/llxxgk/zfxxgk/xxgkml/gbmwj/mzj/fdzdgknr_55094/ylfwly_55105/202511/t20251113_1994962.html
# A .docx: title, 填报单位 line, one table whose 整改措施及时间安排 holds the deadline, a 注 on the categories, signatures.
CARE_ROWS = [
    (
        "清丰县社会福利中心",
        "公办",
        "建成后未办理消防验收手续",
        "资料完备类",
        "7月底前补齐建设工程资料，9月底前申请消防验收",
        "清丰县民政局",
        "已补齐资料，已提交消防验收申请",
    ),
    (
        "韩村镇敬老院",
        "公办",
        "疏散楼梯数量不足，达不到现行消防技术标准",
        "达不到现行标准类",
        "按建设时间的消防技术标准开展评估，8月底前完成改造",
        "韩村镇人民政府",
        "已完成",
    ),
    (
        "颐康老年公寓",
        "民办",
        "利用闲置厂房改建，未办理改造审批手续",
        "手续不全类",
        "2024年10月底前完成消防设计审查，12月底前完成审验",
        "清丰县住房和城乡建设局",
        "未启动",
    ),
    (
        "马庄桥镇敬老院",
        "公办",
        "未按要求安装自动喷水灭火系统",
        "达不到现行标准类",
        "立即落实临时防范措施，2024年11月30日前完成安装",
        "马庄桥镇人民政府",
        "正在施工，已完成管网敷设",
    ),
    (
        "瓦屋头镇敬老院",
        "公办",
        "消防控制室夜间无人值守",
        "其他问题",
        "7月20日前落实24小时双人值班",
        "瓦屋头镇人民政府",
        "已落实双人值班并建立值班记录",
    ),
    (
        "福寿康养中心",
        "民办",
        "建筑合法性手续不全，无建设工程规划许可",
        "手续不全类",
        "7月底前完成摸排认定，年底前分类处置到位",
        "清丰县自然资源局",
        "",
    ),
    (
        "柳格镇敬老院",
        "公办",
        "厨房使用瓶装液化气未安装可燃气体报警装置",
        "其他问题",
        "8月15日前安装可燃气体报警装置",
        "柳格镇人民政府",
        "已安装并投入使用",
    ),
]


def write_care(path: Path) -> Path:
    doc = _new_document("养老服务股")
    _title(doc, "全县养老机构消防审验问题整改台账")
    _paragraph(doc, "填报单位：清丰县民政局（盖章）        填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CARE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "养老机构名称",
            "机构性质",
            "存在问题",
            "处置类别",
            "整改措施及时间安排",
            "责任单位",
            "整改进展",
        ],
        body,
    )
    _paragraph(
        doc,
        "注：处置类别分为资料完备类、达不到现行标准类、手续不全类和其他问题；整改进展每月25日前动态更新。",
        12,
    )
    _paragraph(doc, "填表人：郭丽娜        审核人：崔建设        联系电话：0393-7226018", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 暑期文化和旅游市场暗访发现问题整改台账, after the 文化和旅游部 暗访通报 (经营场所消防器材设施损坏或配备不足;
# 封堵或者锁闭安全通道; 旅游景区景点设施维护管理不到位, 悬空桥梁桥板空缺未设置隔离设施或警示标志; 旅游包车):
# http://www.gdmsci.cn/blog/cxIfZT67BoGA.html
# An .xls (xlwt): title, 填报单位 line, one header row with 问题类型 / 经营场所 / 整改责任单位 / 是否整改到位,
# a 合计 row and a 注 line.
TOUR_ROWS = [
    (
        "消防器材",
        "濮阳宏泰假日酒店",
        "部分楼层灭火器压力不足，未及时维护更换",
        "华龙区文化广电和旅游局",
        "2024年7月20日",
        "已更换灭火器12具",
        "是",
    ),
    (
        "安全通道",
        "星光年代KTV",
        "安全出口被杂物堵塞，疏散通道被占用为仓库",
        "市文广旅局",
        "2024年7月15日",
        "已清理杂物，恢复疏散通道",
        "是",
    ),
    (
        "景区设施",
        "濮阳县单拐革命旧址景区",
        "步道悬空桥板空缺，未设置隔离设施和警示标志",
        "濮阳县文化广电和旅游局",
        "2024年8月10日",
        "已设置临时隔离和警示标志，桥板正在更换",
        "否",
    ),
    (
        "消防器材",
        "清丰县荷塘人家民宿",
        "民宿未配备灭火器，客房内使用明火",
        "清丰县文化广电和旅游局",
        "2024年7月31日",
        "未整改",
        "否",
    ),
    (
        "安全通道",
        "绿色庄园景区游客中心",
        "游客中心窗户安装固定封闭栅栏",
        "市旅游局",
        "2024年8月31日",
        "已拆除部分栅栏，剩余正在协调产权方",
        "否",
    ),
    (
        "景区设施",
        "毛楼生态旅游区",
        "滑索游乐设施未按期进行定期检验",
        "市旅游局",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "市场秩序",
        "各旅行社",
        "部分旅行社租用旅游包车未签订规范租车协议",
        "市文化广电和旅游局",
        "长期坚持",
        "纳入日常监管，常态化推进",
        "",
    ),
]


def write_tour(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "暑期文化和旅游市场暗访发现问题整改台账", t, 0, 7),
        (1, 0, "填报单位：濮阳市文化市场综合执法支队        填报时间：2024年7月30日", plain, 1, 7),
    ]
    for col, w in enumerate(
        [
            "序号",
            "问题类型",
            "经营场所",
            "暗访发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "是否整改到位",
        ]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(TOUR_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 7) else c))
    r = 3 + len(TOUR_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "暗访发现问题7个，已整改到位2个", c, r, 7),
        (r + 1, 0, "注：整改到位的，由整改责任单位复核后在“是否整改到位”栏填“是”。", plain, r + 1, 7),
    ]
    return _write_xls(path, [("暗访问题", cells)])


# ---------------------------------------------------------------------------------------------
# 4. “四风”突出问题专项整治项目清单, after a county's 群众意见建议认领 and 专项整治 (每个项目明确整改内容、目标要求、牵头
# 单位、责任主体和进度安排; 以群众满意为“销账”的最终标准, 整改不到位的不放过, 问题反弹的再整改):
# http://www.alifebook.net/know/77136.html
# An .ods (LibreOffice conversion): title, a 牵头 line, one header row whose 进度安排 holds the schedule, 销账情况,
# a 注 and the office at the foot.
STYLE_ROWS = [
    (
        "窗口服务",
        "政务服务窗口态度生硬，办事群众反映“脸难看”",
        "窗口服务零投诉",
        "市政务服务中心",
        "赵文博",
        "7月15日前完成窗口人员轮训，8月底前建立好差评回访机制",
        "已完成轮训，回访机制正在建立",
        "未销账",
    ),
    (
        "公车管理",
        "公车私用、私车公养问题仍有发生",
        "公车使用全程可追溯",
        "市财政局",
        "孙国庆",
        "6月底前完成公车使用情况清查",
        "已完成清查，发现问题已移交处理",
        "群众满意，已销账",
    ),
    (
        "办事效率",
        "不动产登记办理时限长，群众多次跑腿",
        "一般登记3个工作日办结",
        "市不动产登记中心",
        "钱敏",
        "8月底前完成系统改造，9月底前实现一般登记3个工作日办结",
        "正在推进系统改造",
        "未销账",
    ),
    (
        "文山会海",
        "考核层层加码，基层填表报数多",
        "报表数量压减30%",
        "市发改委",
        "周建军",
        "长期坚持",
        "常态化推进，每季度清理一次报表",
        "",
    ),
    (
        "窗口服务",
        "医保报销窗口排长队，高峰期等候超过1小时",
        "平均等候不超过20分钟",
        "市医保局",
        "吴丽",
        "7月10日前增设2个报销窗口",
        "已增设并投入使用",
        "已销账",
    ),
    (
        "服务承诺",
        "农村地区供电报修抢修响应慢，超时到场",
        "农村抢修2小时内到场",
        "濮阳供电公司",
        "郑强",
        "2024年8月15日前完成抢修网点调整",
        "未启动",
        "未销账",
    ),
    (
        "民生服务",
        "公交站点设置不合理，群众候车时间长",
        "主要线路发车间隔不超过15分钟",
        "市公交公司",
        "冯涛",
        "8月底前完成线网评估，12月底前完成优化调整",
        "",
        "",
    ),
]


def write_style_book(path: Path) -> Path:
    b = Book(path, author="作风办")
    ws = b.sheet("整治清单")
    b.widths(ws, [6, 12, 36, 22, 18, 10, 40, 30, 16])
    b.line(ws, 0, "“四风”突出问题专项整治项目清单及进展情况", 8, b.title)
    b.line(ws, 1, "市作风建设专项整治工作领导小组办公室汇总        统计截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整治项目",
            "整改内容",
            "目标要求",
            "牵头单位",
            "责任人",
            "进度安排",
            "进展情况",
            "销账情况",
        ],
    )
    for i, row in enumerate(STYLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STYLE_ROWS)
    b.line(ws, end, "注：整改事项以群众满意为销账标准；整改不到位、问题反弹的不予销账，重新整改。", 8)
    b.line(ws, end + 1, "市作风建设专项整治工作领导小组办公室        2024年7月30日", 8, b.right)
    return b.close()


def write_style(path: Path) -> Path:
    via_soffice(write_style_book, path, "ods", "四风突出问题专项整治项目清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 交通运输安全生产隐患排查整治台账, after a city 交通运输局's account of its 隐患排查整治专项行动 (“两客一危一货”,
# 出租车、货车, 农村公路临水临崖、急弯陡坡, 铁路沿线安全隐患, 车站火灾隐患; 累计查出隐患N条，已整改N条):
# https://www.jyg.gov.cn/jtysj/xwdt/tpxw/art/2023/art_d1b6b37565e34ba4ad8e3ccc9ec724f7.html
# A CSV in GBK: title and 填报单位 lines, one header with 检查日期 and 交办日期 (events) and 整改期限 partly in days from
# 交办, 整改情况 and 复查情况, a 合计 line and a 注 line.
ROAD_ROWS = [
    (
        "2024-07-02",
        "两客一危",
        "客运车辆动态监控平台值守人员脱岗",
        "一般",
        "濮阳市汽车运输集团有限公司",
        "2024-07-03",
        "15个工作日内",
        "已整改",
        "复查合格",
    ),
    (
        "2024-07-05",
        "两客一危",
        "危险货物运输车辆罐体超期未检验",
        "较大",
        "濮阳市安达危险品运输有限公司",
        "2024-07-08",
        "30日内",
        "已停运，正在送检",
        "",
    ),
    (
        "2024-07-09",
        "农村公路",
        "乡道Y012临水路段缺少波形护栏",
        "一般",
        "濮阳县交通运输局",
        "2024-07-10",
        "2024-09-30",
        "已完成设计，正在招标",
        "",
    ),
    (
        "2024-07-11",
        "出租车",
        "部分出租车计价器未按期检定",
        "一般",
        "市交通局",
        "2024-07-12",
        "10个工作日内",
        "未整改",
        "",
    ),
    (
        "2024-07-12",
        "一货",
        "货运源头企业未落实装载登记制度",
        "一般",
        "濮阳市鑫源物流有限公司",
        "2024-07-15",
        "2024-07-25",
        "已整改",
        "",
    ),
    (
        "2024-07-16",
        "铁路沿线",
        "铁路桥下堆放易燃杂物",
        "一般",
        "华龙区岳村镇人民政府",
        "2024-07-16",
        "立行立改",
        "已清理",
        "复查合格",
    ),
    (
        "2024-07-19",
        "场站",
        "汽车客运站候车厅灭火器过期",
        "一般",
        "濮阳市汽车客运总站",
        "2024-07-22",
        "15个工作日内",
        "",
        "",
    ),
]


def write_road(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["交通运输安全生产隐患排查整治台账（2024年7月）"])
    w.writerow(["填报单位：市交通运输局安全监督科", "", "", "", "填报日期：2024年7月31日"])
    w.writerow(
        [
            "序号",
            "检查日期",
            "行业类别",
            "隐患描述",
            "隐患等级",
            "责任单位",
            "交办日期",
            "整改期限",
            "整改情况",
            "复查情况",
        ]
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共排查隐患7条，已整改3条", "", "", "", "", "", ""])
    w.writerow(["注：整改期限按日或工作日写明的，自交办日期次日起计算；立行立改的，交办当日完成。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 用户端燃气安全隐患排查整治台账 from a 街道 and a 镇, after a city 城管委's 攻坚行动 (用气场所通风条件、地下室及半地下室
# 违规用气、灶具熄火保护、燃气泄漏报警装置、连接软管及减压阀; “一患一档、限期整改、动态销号”):
# https://www.zhjsw.cn/zlqz/zlxw/1970029666413993985.html
# A .zip of two returns: an .xlsx with a 填报单位 line, one header row and 是否整改到位; an .xls (xlwt) with a two-row
# header (隐患基本情况 / 整改责任 spanning their columns) and a signature line.
GAS_STREET = [
    (
        "餐饮",
        "胜利路88号老味道饭店",
        "地下室违规使用瓶装液化石油气",
        "华龙区胜利路街道办事处",
        "2024年7月10日",
        "已搬离瓶装气，改用电磁炉",
        "是",
    ),
    (
        "居民",
        "建业小区6号楼2单元301",
        "燃气热水器烟道未伸出室外",
        "市燃气公司",
        "2024年7月31日",
        "已上门告知，用户正在整改",
        "否",
    ),
    (
        "餐饮",
        "胜利路102号蜀香小厨",
        "餐饮场所未安装燃气泄漏报警装置",
        "市城管局",
        "2024年8月15日",
        "",
        "否",
    ),
    (
        "居民",
        "油田三区12号楼1单元502",
        "燃气连接软管老化开裂",
        "市燃气有限公司",
        "2024年7月5日",
        "已更换不锈钢波纹管",
        "是",
    ),
]
GAS_TOWN = [
    (
        "城关镇第一小学食堂",
        "食堂灶具无熄火保护装置",
        "濮阳县教育局",
        "马建设",
        "2024年8月20日前",
        "已采购熄火保护灶具，正在安装",
    ),
    (
        "县委家属院",
        "老旧小区庭院燃气管道锈蚀",
        "市燃气有限公司",
        "韩东",
        "2024年12月底前",
        "已列入老旧管网改造计划，正在设计",
    ),
    (
        "城关镇瓶装液化气供应站",
        "供应站钢瓶超期未检",
        "濮阳县城市管理局",
        "高峰",
        "2024年7月20日",
        "已整改，复查合格",
    ),
    (
        "城关镇农贸市场",
        "市场商户使用不合格减压阀",
        "市场监管局",
        "许辉",
        "2024年7月31日",
        "未整改",
    ),
]


def write_gas_street(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 10, 26, 34, 24, 16, 30, 12])
    b.line(ws, 0, "用户端燃气安全隐患排查整治台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处        填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "用户类型",
            "用户名称（地址）",
            "隐患描述",
            "整改责任单位",
            "整改时限",
            "整改措施",
            "是否整改到位",
        ],
    )
    for i, row in enumerate(GAS_STREET, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(GAS_STREET), "填报人：杜鹃        联系电话：0393-4412870", 7)
    return b.close()


def write_gas_town(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县城关镇燃气安全隐患“一患一档”整改台账", t, 0, 6),
        (1, 0, "填报单位：濮阳县城关镇人民政府        截至2024年7月31日", plain, 1, 6),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "隐患基本情况", h, 2, 2),
        (3, 1, "场所名称", h),
        (3, 2, "隐患内容", h),
        (2, 3, "整改责任", h, 2, 4),
        (3, 3, "责任单位", h),
        (3, 4, "责任人", h),
        (2, 5, "整改时限", h, 3, 5),
        (2, 6, "整改情况", h, 3, 6),
    ]
    for i, row in enumerate(GAS_TOWN, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, c))
    r = 4 + len(GAS_TOWN)
    cells.append(
        (r + 1, 0, "负责人：李卫东        填表人：王静        联系电话：0393-3226155", plain, r + 1, 6)
    )
    return _write_xls(path, [("一患一档", cells)])


def write_gas(path: Path) -> Path:
    members = [
        ("用户端燃气安全隐患排查整治台账（胜利路街道）.xlsx", write_gas_street),
        ("城关镇燃气安全隐患一患一档整改台账.xls", write_gas_town),
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
# 7. 防汛安全隐患大排查责任清单及整改台账, after a provincial 防汛抗旱指挥部's 集中防汛安全隐患大排查 (山洪灾害危险区、
# 城市易涝地带、学校医院、水库电站、在建涉水工程; 建立责任清单、整改台账，明确整改时限、任务、措施，实行销号管理; 能够立行
# 立改的立即整改，一时不能整改的明确时间表、路线图、责任人):
# http://m.sneakeraddict.net/qzkb/show-11620.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 and 排查时间 line, one table with 责任单位 and 责任人 and 销号情况,
# a 注 and the signature line.
FLOOD_ROWS = [
    (
        "水库",
        "小型水库溢洪道堆积杂物，泄洪不畅",
        "清理溢洪道杂物",
        "范县水利局",
        "张国栋",
        "2024年7月10日",
        "已清理完毕，已销号",
    ),
    (
        "城市易涝点",
        "城区板桥路下穿通道排水泵站无备用电源",
        "配备备用发电机组",
        "范县住房和城乡建设局",
        "刘志远",
        "2024年7月底前",
        "正在整改，已租用移动发电机临时保障",
    ),
    (
        "在建涉水工程",
        "金堤河桥梁施工围堰未拆除，影响行洪",
        "主汛期前拆除围堰",
        "范县交通运输局",
        "陈立",
        "2024年7月20日前",
        "未整改",
    ),
    (
        "滩区村庄",
        "黄河滩区村庄避险转移路线标识缺失",
        "设置转移路线标识牌",
        "陆集乡人民政府",
        "杨帆",
        "2024年8月15日",
        "已设置标识牌32块，已销号",
    ),
    (
        "堤防",
        "北金堤部分堤段獾狐洞穴未处理",
        "开展洞穴普查并灌浆处理",
        "范县黄河河务局",
        "李明",
        "汛期前完成普查，10月底前全部处理",
        "正在灌浆处理",
    ),
    (
        "学校",
        "范县第二实验小学地下室无挡水设施",
        "加装挡水板和抽水泵",
        "范县教育局",
        "孟凡",
        "2024年7月25日",
        "",
    ),
    (
        "防汛物资",
        "防汛物资仓库编织袋、救生衣储备不足",
        "按标准补充储备",
        "范县应急管理局",
        "宋涛",
        "长期坚持",
        "常态化补充储备",
    ),
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("县防办")
    _title(doc, "防汛安全隐患大排查责任清单及整改台账")
    _paragraph(doc, "填报单位：范县防汛抗旱指挥部办公室        排查时间：2024年7月1日至7月15日", 12)
    body = [[str(i), *row] for i, row in enumerate(FLOOD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "隐患部位",
            "存在问题",
            "整改措施",
            "责任单位",
            "责任人",
            "整改时限",
            "整改及销号情况",
        ],
        body,
    )
    _paragraph(
        doc,
        "注：能够立行立改的立即整改；一时不能整改的，明确时间表、路线图、责任人，限期整改到位后销号。",
        12,
    )
    _paragraph(doc, "填报人：韩雪        联系电话：0393-5221108        2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "防汛安全隐患大排查责任清单及整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 8. 中小学校安全隐患排查登记及整改台账, after a school's 安全隐患排查整改制度 (校舍、食物饮用水、用电及消防、体育器材、
# 校园及周边、其他; 排查时作好记录, 建立安全隐患台账, 明确整改责任人和时间; 重大隐患及时向上级报告):
# https://yaliqi.com/new/ee4940f42a7944fd9eb4529ab1cb4dc2
# A tab-separated text in UTF-16: title and 填报单位 lines, one header row with 责任学校 / 排查部位 / 整改责任人 /
# 整改时间 / 整改结果, a 填表说明 and a signature line.
SCHOOL_ROWS = [
    (
        "南乐县第一初级中学",
        "校舍",
        "教学楼三楼走廊栏杆松动",
        "加固走廊栏杆",
        "王建国",
        "2024年7月20日",
        "已整改，验收合格",
    ),
    (
        "南乐县城关镇中心小学",
        "食物、饮用水",
        "食堂留样冰箱温度达不到要求",
        "更换留样冰箱",
        "李红",
        "2024年8月10日",
        "正在整改，冰箱正在采购",
    ),
    (
        "南乐县实验小学",
        "用电及消防",
        "微机室电源线路私拉乱接",
        "重新规范布线",
        "张伟",
        "2024年8月25日",
        "",
    ),
    (
        "南乐县第二高级中学",
        "体育器材",
        "操场篮球架底座锈蚀",
        "更换篮球架",
        "刘强",
        "2024年8月31日开学前",
        "未整改",
    ),
    (
        "南乐县千口镇中心小学",
        "校园及周边",
        "校门口路段无减速带和警示标志",
        "协调交警部门增设减速带和警示标志",
        "赵敏",
        "2024年9月1日前",
        "正在整改，已协调交警部门施工",
    ),
    (
        "南乐县元村镇初级中学",
        "其他",
        "校园东侧围墙局部倒塌",
        "重建倒塌围墙",
        "孙磊",
        "2024年7月15日",
        "已整改",
    ),
    (
        "南乐县实验幼儿园",
        "用电及消防",
        "活动室灭火器过期失效",
        "更换灭火器",
        "周丽",
        "2024年7月5日",
        "已整改",
    ),
]


def write_school(path: Path) -> Path:
    lines = [
        "南乐县中小学校安全隐患排查登记及整改台账（2024年暑期）",
        "填报单位：南乐县教育局安全办",
        "序号\t责任学校\t排查部位\t隐患情况\t整改措施\t整改责任人\t整改时间\t整改结果",
    ]
    lines += ["\t".join([str(i), *row]) for i, row in enumerate(SCHOOL_ROWS, 1)]
    lines += [
        "填表说明：1.整改结果填写已整改、正在整改或未整改；2.重大隐患须同时报县教育局并设置警示标志。",
        "填表人：吕娜\t联系电话：0393-6181123\t填报日期：2024年7月30日",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 重大火灾隐患挂牌督办单位整改情况一览表, after a city's account of the 挂牌督办 of 重大火灾隐患单位 in the winter
# campaign (自动喷水灭火系统、火灾自动报警系统不能正常使用、电气线路敷设不规范; 政府挂牌督办, 约谈责任人; 整改到位后摘牌销案):
# http://saoweng.cn/news/show-34076.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (挂牌督办 over 督办政府/挂牌日期, 摘牌销案 over
# 是/否 ticked with √), 挂牌日期 an event, a 合计 row and a 注 line.
FIRE_ROWS = [
    (
        "濮阳市金海岸商贸城有限公司",
        "华龙区",
        "自动喷水灭火系统不能正常使用",
        "华龙区人民政府",
        date(2024, 3, 15),
        "2024年6月30日",
        "已整改，经复查合格",
        "√",
        "",
    ),
    (
        "濮阳市德润宾馆有限公司",
        "华龙区",
        "火灾自动报警系统处于故障状态，不能恢复正常运行",
        "华龙区人民政府",
        date(2024, 4, 2),
        "2024年8月31日",
        "已更换报警主机，正在调试",
        "",
        "√",
    ),
    (
        "清丰县鑫源家具有限公司",
        "清丰县",
        "生产车间与员工宿舍设在同一建筑内",
        "清丰县人民政府",
        date(2024, 4, 18),
        "2024年9月30日",
        "已搬离宿舍，正在进行防火分隔改造",
        "",
        "√",
    ),
    (
        "濮阳县华兴农贸批发市场有限公司",
        "濮阳县",
        "电气线路敷设不规范，私拉乱接严重",
        "濮阳县人民政府",
        date(2024, 5, 6),
        "2024年7月31日",
        "未整改",
        "",
        "√",
    ),
    (
        "南乐县阳光养老服务中心",
        "南乐县",
        "疏散指示标志、应急照明损坏率超过30%",
        "南乐县人民政府",
        date(2024, 5, 20),
        "2024年7月20日",
        "已全部更换，复查合格",
        "√",
        "",
    ),
    (
        "范县恒通物流仓储有限公司",
        "范县",
        "仓库防火门损坏数量超过50%",
        "范县人民政府",
        date(2024, 6, 11),
        "2024年10月31日前",
        "",
        "",
        "",
    ),
    (
        "台前县金城商厦",
        "台前县",
        "已设置的排烟设施不能正常运行",
        "台前县人民政府",
        date(2024, 6, 25),
        "2024年8月15日",
        "进展滞后，整改资金尚未落实",
        "",
        "√",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 30, 10, 36, 16, 12, 16, 30, 6, 6])
    b.line(ws, 0, "重大火灾隐患挂牌督办单位整改情况一览表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队防火监督处        截至2024年7月31日", 9)
    two_row_header(
        b,
        ws,
        2,
        [
            ("序号", []),
            ("隐患单位（整改责任主体）", []),
            ("所在地", []),
            ("重大火灾隐患内容", []),
            ("挂牌督办", ["督办政府", "挂牌日期"]),
            ("整改期限", []),
            ("整改进展", []),
            ("摘牌销案", ["是", "否"]),
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:7]), first=1)
        b.row(ws, r, list(row[7:]), first=8, fmt=b.center)
    r = 4 + len(FIRE_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 9, "挂牌督办7家，已摘牌销案2家")
    b.line(ws, r + 1, "注：“摘牌销案”栏在对应栏内打“√”；挂牌日期以政府督办文件印发日期为准。", 9)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "重大火灾隐患挂牌督办单位整改情况一览表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 巡察反馈问题整改工作节点推进表 of a city-owned water company, after a 集团公司's account of its 巡视整改 (专项整改
# 工作组、牵头部门; 主要工作节点完成N个，完成率; 每两个月汇报一次进展; 建立销号制度，完成一个销号一个):
# http://law.hebei.com.cn/system/2015/07/21/015976856.shtml
# An .xlsx: the company named only in the title and the file name; a 报送 line; one header row naming the company's own
# 牵头部门; 是否销号; a 合计 row with the 完成率 and a signature line.
SOE_ROWS = [
    (
        "选人用人专项组",
        "党群工作部",
        "中层干部选拔任用程序不规范，缺少民主推荐环节",
        "修订中层干部选拔任用办法",
        "2024年5月31日",
        "已修订印发干部选拔任用办法",
        "是",
    ),
    (
        "工程建设专项组",
        "工程管理部",
        "供水管网改造工程未批先建",
        "补办工程建设审批手续",
        "2024年9月30日",
        "正在补办手续",
        "否",
    ),
    (
        "经营管理专项组",
        "财务部",
        "欠缴水费清收不力，陈欠水费1200余万元",
        "分类建立欠费台账，逐户清收",
        "2024年12月31日",
        "已清收320万元",
        "否",
    ),
    (
        "廉洁采购专项组",
        "物资采购部",
        "物资采购未严格执行比价程序",
        "修订采购管理办法，推行网上比价",
        "2024年7月15日",
        "已完成",
        "是",
    ),
    (
        "服务质量专项组",
        "客户服务中心",
        "用户报修响应超时，群众投诉较多",
        "建立24小时报修值守制度",
        "长期坚持",
        "已建立值守制度，长期坚持",
        "",
    ),
    (
        "资产管理专项组",
        "资产管理部",
        "固定资产账实不符，部分资产未入账",
        "开展资产清查盘点",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "制度建设专项组",
        "办公室",
        "内部管理制度“立改废”不及时",
        "全面梳理现行制度，分批修订",
        "2024年6月30日",
        "未启动",
        "否",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("节点推进")
    b.widths(ws, [6, 16, 14, 36, 30, 16, 30, 10])
    b.line(ws, 0, "濮阳市自来水公司巡察反馈问题整改工作节点推进表（第3期）", 7, b.title)
    b.line(ws, 1, "报送：市委巡察工作领导小组办公室        截至2024年7月31日（每两个月报送一次）", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "专项整改工作组",
            "牵头部门",
            "反馈问题",
            "工作节点",
            "计划完成时间",
            "完成情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(SOE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(SOE_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 7, "工作节点7个，已完成并销号2个，节点完成率28.6%")
    b.line(
        ws, r + 1, "报送人：马骏        审核：公司巡察整改工作领导小组办公室        联系电话：0393-8180077", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 餐饮企业食品安全问题整改情况通报, after a city 消协's periodic list of the 餐饮企业 named in the 市场监管局's
# 食品安全问题情况通报 (连锁餐厅、“网红”餐厅、美食城; 定期汇总整理存在食品安全问题的餐饮企业名单，向社会公示):
# http://m.piju.net/qiye/2023/0428/13542.html
# A .doc (Word 97 via LibreOffice) whose items are numbered paragraphs under two 类 headings, each naming its 责任单位,
# 整改时限 and 整改情况 in the sentence; the office and date at the foot.
FOOD_PARAS = [
    (
        "一、连锁餐饮门店",
        [
            "（一）蜀味源火锅（胜利路店）后厨生熟食品混放，冷藏柜温度不达标。责任单位：华龙区市场监督管理局。"
            "整改时限：2024年7月10日。整改情况：已整改，复查合格。",
            "（二）好又快中式快餐（万达店）部分从业人员未取得有效健康证明上岗。责任单位：华龙区市场监督管理局。"
            "整改时限：7月20日前。整改情况：正在组织从业人员办理健康证明。",
            "（三）炭火小院烧烤（开州路店）餐具消毒设施未正常使用。责任单位：市市场监管局。整改时限：8月底前。"
            "整改情况：已约谈门店负责人，正在更换消毒柜。",
            "（四）味千家连锁餐饮中央厨房虫害防治措施落实不到位。责任单位：市市场监督管理局。"
            "整改时限：长期坚持。整改情况：纳入日常监管，常态化推进。",
        ],
    ),
    (
        "二、“网红”餐厅及美食城",
        [
            "（五）麦香坊烘焙进货查验记录不全，部分原料无法溯源。责任单位：市食药监局。整改时限：2024年8月10日。"
            "整改情况：未整改。",
            "（六）濮阳县金堤美食城多家摊位未公示食品经营许可证。责任单位：濮阳县市场监督管理局。"
            "整改时限：2024年7月31日。",
            "（七）茶语时光网红茶饮店使用超过保质期的原料。责任单位：清丰县市场监督管理局。"
            "整改时限：2024年7月5日前。整改情况：已立案查处，整改完毕。",
        ],
    ),
]


def write_food_docx(path: Path) -> Path:
    doc = _new_document("食安办")
    _title(doc, "全市餐饮企业食品安全问题整改情况通报（2024年7月）")
    _paragraph(
        doc,
        "根据市、县区市场监管部门7月份发布的食品安全问题情况通报，现将存在食品安全问题的餐饮企业及整改情况"
        "汇总通报如下，接受社会监督：",
    )
    for heading, paras in FOOD_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市食品安全委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    return via_soffice(write_food_docx, path, "doc", "餐饮企业食品安全问题整改情况通报.docx")


FILES = [
    ("华龙区兴华社区卫生服务中心巡察反馈意见整改进展台账.xlsx", write_health),
    ("全县养老机构消防审验问题整改台账.docx", write_care),
    ("暑期文化和旅游市场暗访发现问题整改台账.xls", write_tour),
    ("四风突出问题专项整治项目清单及进展情况.ods", write_style),
    ("交通运输安全生产隐患排查整治台账（2024年7月）.csv", write_road),
    ("用户端燃气安全隐患排查整治台账（两份）.zip", write_gas),
    ("防汛安全隐患大排查责任清单及整改台账.wps", write_flood),
    ("中小学校安全隐患排查登记及整改台账.tsv", write_school),
    ("重大火灾隐患挂牌督办单位整改情况一览表.et", write_fire),
    ("濮阳市自来水公司巡察反馈问题整改工作节点推进表.xlsx", write_soe),
    ("全市餐饮企业食品安全问题整改情况通报.doc", write_food),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

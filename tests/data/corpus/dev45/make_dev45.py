"""Write the dev45 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
.docx with a table, a .doc with a ticked table and a .wps with the items as numbered paragraphs (Word 97 via
LibreOffice), and a .zip of two returns. Campaigns: 燃气安全, 耕地保护, 重点项目/招商引资, 防汛, 营商环境投诉, 自建房排查,
森林防火, 人大代表建议, 12345 工单, 政协提案, 校园安全. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev45.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 城镇燃气安全联合督查发现问题交办清单, after a city 住建局's account of the 市政府督查室 and 市燃气专班's joint
# inspection (2个督查小组; 随机抽查企业站点, 查阅工作台账; 对发现的问题一一提出整改意见，现场进行交办):
# http://www.yiyang.gov.cn/jsj/3381/content_1970713.html
# An .xlsx: title, 督查时间 line, a two-row header (整改落实情况 over 整改进展 / 是否销号) with the 督查组 beside the
# 责任单位, a 注 line and a signature line.
GAS_ROWS = [
    (
        "第一督查组",
        "华龙区胜利路某火锅店",
        "餐饮场所未安装可燃气体泄漏报警装置",
        "华龙区住房和城乡建设局",
        "2024.7.31",
        "已督促安装报警装置并联动切断阀",
        "是",
    ),
    (
        "第一督查组",
        "濮阳市安达液化气供应站",
        "瓶装液化气供应站实名购气制度执行不到位",
        "市城管局",
        "8月15日前",
        "正在整改，已完成购气信息系统升级",
        "否",
    ),
    (
        "第二督查组",
        "清丰县燃气专班",
        "县级燃气专班未按月调度工作台账",
        "清丰县人民政府",
        "2024年7月26日",
        "已整改，建立月调度制度",
        "是",
    ),
    (
        "第二督查组",
        "市燃气有限公司城东门站",
        "门站消防器材过期未更换",
        "燃气公司",
        "2024年7月25日",
        "已更换灭火器12具",
        "是",
    ),
    (
        "第一督查组",
        "市市场监督管理局",
        "燃气具及配件市场抽检覆盖面不足",
        "市场监管局",
        "2024年9月底前",
        "",
        "",
    ),
    (
        "第二督查组",
        "南乐县燃气专班",
        "老旧燃气管道更新改造进度滞后",
        "南乐县人民政府",
        "2024年12月31日",
        "进展滞后，尚未开工",
        "否",
    ),
    (
        "第一督查组",
        "市交通运输局",
        "液化气运输车辆动态监控不在线",
        "市交通局",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气专班")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 12, 24, 34, 22, 16, 30, 10])
    b.line(ws, 0, "城镇燃气安全联合督查发现问题交办清单", 7, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月18日—22日    督查单位：市政府督查室、市燃气专班    交办日期：2024年7月23日",
        7,
    )
    for c, w in enumerate(["序号", "督查组", "被督查单位（站点）", "发现问题", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "是否销号"], first=6)
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GAS_ROWS)
    b.line(ws, end, "注：是否销号由市燃气专班复核后填写；长期坚持的事项按月报送进展。", 7)
    b.line(ws, end + 1, "填表人：刘静    联系电话：0393-8891236    填报日期：2024年7月31日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 国家遥感监测图斑核查整改情况一览表, after a land-supervision system's 年国家遥感监测图斑核查情况一览表 (单位：亩;
# 图斑编号/图斑类型/图斑位置/项目名称/建设单位; 监测情况 over 面积 and 农用地面积 小计/耕地面积; 现场核查情况 over
# 图斑建设状况与类型 and 未批已建; 处置意见; 备注):
# https://github.com/bellmit/SSMTest/blob/c59c1da6a6342283eee74c95ea130f02be63ddbc/dchyOriginal/.svn/pristine/46/46d1c9770f343d4c4e5baaef7700f172c794c809.svn-base
# An .xlsx with the three-row merged header of that table, the 整改 columns a county adds, a 合计 row.
PATCH_ROWS = [
    (
        "4109282024001",
        "新增建设用地",
        "城关镇后屯村",
        "仓储物流项目",
        "濮阳市顺达物流有限公司",
        5.6,
        4.8,
        3.2,
        "未批先建仓储厂房占用耕地",
        3.2,
        "拆除违法建筑，恢复耕种条件",
        "城关镇人民政府",
        "2024年8月31日",
        "已拆除60%，正在清理建筑垃圾",
    ),
    (
        "4109282024002",
        "疑似违法",
        "王助镇王助村",
        "",
        "",
        2.1,
        2.1,
        2.1,
        "村民违规占用耕地建房",
        2.1,
        "依法拆除，恢复原状",
        "王助镇人民政府",
        "9月30日前",
        "未整改",
    ),
    (
        "4109282024003",
        "新增建设用地",
        "柳屯镇东街村",
        "分布式光伏发电项目",
        "濮阳市晶阳新能源有限公司",
        8.4,
        8.4,
        6.9,
        "光伏板支架占用永久基本农田",
        6.9,
        "拆除占用基本农田部分",
        "市发改委",
        "2024年10月底前",
        "已约谈建设单位，正在制定整改方案",
    ),
    (
        "4109282024004",
        "农用地内部变化",
        "胡村乡后店村",
        "",
        "",
        3.5,
        3.5,
        3.5,
        "挖塘养鱼破坏耕作层",
        0,
        "回填复耕",
        "市农业局",
        "2024年7月20日",
        "已回填复耕，经县级复核合格",
    ),
    (
        "4109282024005",
        "新增建设用地",
        "新习镇新习村",
        "县道X009改建工程临时用地",
        "濮阳县交通建设有限公司",
        4.0,
        3.6,
        3.0,
        "临时用地使用期满未复垦",
        3.0,
        "督促复垦并验收",
        "市国土资源局",
        "2024年12月底前",
        "",
    ),
    (
        "4109282024006",
        "新增建设用地",
        "梨园乡梨园村",
        "乡村道路硬化工程",
        "梨园乡人民政府",
        1.2,
        1.0,
        0.8,
        "乡村道路硬化占用耕地未办理用地手续",
        0.8,
        "补办用地手续",
        "市交通运输局",
        "2024年第三季度",
        "正在补办用地手续",
    ),
    (
        "4109282024007",
        "其他",
        "渠村乡青庄村",
        "",
        "",
        1.9,
        1.9,
        1.9,
        "实地为农业大棚薄膜反光（伪变化）",
        0,
        "核实后申请核销",
        "市自然资源和规划局",
        "2024年7月15日",
        "已核实为伪变化，已销号",
    ),
]


def write_patch(path: Path) -> Path:
    b = Book(path, author="执法监察科")
    ws = b.sheet("图斑核查")
    b.widths(ws, [6, 16, 14, 16, 24, 24, 8, 8, 8, 30, 8, 24, 20, 16, 30])
    b.line(ws, 0, "2024年国家遥感监测图斑核查整改情况一览表", 14, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局执法监察支队    （单位：亩）", 14, b.right)
    for c, w in enumerate(["序号", "图斑编号", "图斑类型", "图斑位置", "项目名称", "建设单位"]):
        b.merge(ws, 2, c, 4, c, w, b.head)
    b.merge(ws, 2, 6, 2, 8, "监测情况", b.head)
    b.merge(ws, 3, 6, 4, 6, "面积", b.head)
    b.merge(ws, 3, 7, 3, 8, "农用地面积", b.head)
    b.header(ws, 4, ["小计", "耕地面积"], first=7)
    b.merge(ws, 2, 9, 2, 10, "现场核查情况", b.head)
    b.merge(ws, 3, 9, 4, 9, "图斑建设状况与类型", b.head)
    b.merge(ws, 3, 10, 4, 10, "未批已建耕地面积", b.head)
    for c, w in enumerate(["处置意见", "整改责任单位", "整改时限", "整改情况"], start=11):
        b.merge(ws, 2, c, 4, c, w, b.head)
    for i, row in enumerate(PATCH_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    r = 5 + len(PATCH_ROWS)
    b.merge(ws, r, 0, r, 5, "合计", b.head)
    for c in (6, 7, 8, 10):
        b.put(ws, r, c, round(sum(row[c - 1] for row in PATCH_ROWS), 1), b.center)
    for c in (9, 11, 12, 13, 14):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "审核人：周海涛    填表人：马晓丽    填报日期：2024年7月30日", 14)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 重点工程项目推进情况督查表, after a county 督查办 and 双创办's 挂钩重点工程项目推进情况督查通报 (建设工程、产业项目;
# 计划总投资、年度计划投资、当年累计投资; 形象进度 主体完工/基本过半/主体开工/前期工作; 存在主要问题):
# http://xxgk.guannan.gov.cn/zdly/show-3407.html
# An .xlsx: title, 督查单位 line, a two-row header (投资情况 over three columns), 类别 section rows, a 合计 row.
PROJECT_SECTIONS = [
    (
        "一、建设工程",
        [
            (
                "濮阳市城区雨污分流改造二期工程",
                "张建国",
                "市住房和城乡建设局",
                3.2,
                1.5,
                0.9,
                "完成管网铺设18公里",
                "部分路段燃气、通信管线迁改协调难",
                "2024年11月底前",
                "正在推进，管线迁改已协调完成70%",
            ),
            (
                "市第三人民医院门诊综合楼",
                "李红梅",
                "市卫计委",
                2.6,
                1.0,
                0.4,
                "主体开工",
                "施工图审查滞后影响开工",
                "8月15日前",
                "已完成",
            ),
            (
                "京开大道北延工程",
                "张建国",
                "市交通运输局",
                5.8,
                2.0,
                0.6,
                "前期工作",
                "征地拆迁剩余3户未签约",
                "9月30日前完成拆迁，12月底前路基贯通",
                "进展滞后，剩余3户仍未签约",
            ),
        ],
    ),
    (
        "二、产业项目",
        [
            (
                "濮阳经开区新材料产业园",
                "王志强",
                "市发改委",
                12.0,
                4.0,
                2.7,
                "基本过半",
                "配套110千伏供电线路未接入",
                "2024年7月20日",
                "已送电投运",
            ),
            (
                "年产5万吨生物基材料项目",
                "王志强",
                "市工信委",
                8.5,
                3.0,
                1.1,
                "主体开工",
                "环评批复未取得",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "三、招商引资签约项目",
        [
            (
                "冷链物流园项目",
                "李红梅",
                "市商务局",
                6.0,
                1.2,
                0.0,
                "前期工作",
                "签约后未按期注册落地",
                "2024年第三季度",
                "已协调企业完成注册，正在办理供地手续",
            ),
            (
                "文旅康养综合体项目",
                "赵卫东",
                "市旅游局",
                15.0,
                2.0,
                0.0,
                "前期工作",
                "项目选址涉及生态保护红线需调整",
                "2025年6月底前",
                "已调整选址方案，报市政府审定",
            ),
        ],
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="市督查室")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 30, 10, 22, 10, 10, 10, 20, 32, 24, 32])
    b.line(ws, 0, "2024年市领导挂钩重点工程项目推进情况督查表（1-7月）", 10, b.title)
    b.line(ws, 1, "督查单位：市政府督查室、市发展和改革委员会    截至日期：2024年7月31日", 10)
    for c, w in enumerate(["序号", "项目名称", "挂钩领导", "责任单位"]):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 4, 2, 6, "投资情况（亿元）", b.head)
    b.header(ws, 3, ["总投资", "年度计划", "1-7月完成"], first=4)
    for c, w in enumerate(["形象进度", "存在问题", "完成时限", "推进情况"], start=7):
        b.merge(ws, 2, c, 3, c, w, b.head)
    r, n = 4, 0
    totals = [0.0, 0.0, 0.0]
    for heading, rows in PROJECT_SECTIONS:
        b.merge(ws, r, 0, r, 10, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            for k in range(3):
                totals[k] += row[3 + k]
            r += 1
    b.merge(ws, r, 0, r, 3, "合计", b.head)
    b.row(ws, r, [round(t, 1) for t in totals], first=4, fmt=b.center)
    b.row(ws, r, ["", "", "", ""], first=7)
    b.line(ws, r + 2, "市政府督查室    2024年7月31日", 10, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 防汛风险隐患排查问题整改台账, after a city 水利局's notice on the 水旱灾害防御汛前大检查 (工程自查、县级复查;
# 检查内容 责任制落实、预案落实、备汛演练落实、工程设施; 全面排查整改问题隐患):
# https://www.zhuji.gov.cn/art/2024/7/2/art_1388685_59135953.html
# An .xls (xlwt): title, 填报单位 line under the former name 水务局 with the 交办日期, 检查内容 section rows, rows that
# name only the sender's own 科室, a 合计 row, a 填表说明 and a signature line.
FLOOD_SECTIONS = [
    (
        "一、责任制落实",
        [
            (
                "小型水库巡查责任人未按要求开展汛期巡查",
                "水旱灾害防御科",
                "约谈并重新培训巡查责任人",
                "立行立改",
                "已整改",
            ),
            (
                "山洪灾害危险区转移责任人名单未更新",
                "水旱灾害防御科",
                "更新名单并在村内公示",
                "6月30日前完成",
                "已更新并公示",
            ),
        ],
    ),
    (
        "二、预案落实",
        [
            (
                "超标准洪水防御预案未修订",
                "水旱灾害防御科",
                "组织修订并报批",
                "7月底前",
                "正在组织专家评审",
            ),
            (
                "在建水闸工程度汛方案未报批",
                "工程建设科",
                "督促施工单位编制度汛方案",
                "2024.7.15",
                "未整改",
            ),
        ],
    ),
    (
        "三、工程设施",
        [
            (
                "金堤河左岸堤防局部存在獾洞隐患",
                "河湖管理科",
                "开挖回填、灌浆处理",
                "2024.8.10",
                "已完成灌浆处理1处，剩余2处正在施工",
            ),
            (
                "城区排涝泵站备用电源无法正常启动",
                "工程运行管理科",
                "维修备用发电机组",
                "2024.7.20",
                "已维修，复查合格",
            ),
        ],
    ),
    (
        "四、物资队伍",
        [
            (
                "防汛物资仓库编织袋储备数量不足",
                "办公室",
                "补充采购编织袋2万条",
                "8月15日前",
                "",
            ),
        ],
    ),
]


def write_flood(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, plain = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(border=False)
    cells = [
        (0, 0, "2024年汛期防汛风险隐患排查问题整改台账", t, 0, 6),
        (
            1,
            0,
            "填报单位（盖章）：濮阳市水务局    交办日期：2024年7月10日    填报日期：2024.7.30",
            plain,
            1,
            6,
        ),
    ]
    for col, w in enumerate(["序号", "检查发现问题", "责任科室", "整改措施", "整改时限", "整改情况", "备注"]):
        cells.append((2, col, w, h))
    r, n = 3, 0
    for heading, rows in FLOOD_SECTIONS:
        cells.append((r, 0, heading, h, r, 6))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (2, 4) else c))
            cells.append((r, 6, "", c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "共排查问题7个，已整改3个", c, r, 6),
        (r + 1, 0, "填表说明：整改时限为“立行立改”的，以交办日期为准；整改情况按月更新。", plain, r + 1, 6),
        (r + 2, 0, "填表人：杜文斌    审核人：郑光明    联系电话：0393-4412760", plain, r + 2, 6),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 营商环境投诉举报件办理情况统计表, after a province's 营商环境问题投诉联动处理办法 (3个工作日内审查、决定是否受理;
# 转交有关单位办理，自收到转办通知之日起15个工作日内将办理结果回复; 5个工作日内反馈投诉人; 不满意的回访、督办):
# https://m.shzx.org/a/27-42610-0.html
# A CSV in GBK: a title line, a note line with the base date of the 办理时限, a header with the 投诉企业 beside the
# 办理单位, 办理时限 in working days from the 转办日期, a closing 合计 line.
BIZ_ROWS = [
    (
        "YS2024070101",
        "2024-07-01",
        "2024-07-03",
        "濮阳市恒达建材有限公司",
        "企业申请施工许可材料齐全但窗口多次要求补充材料",
        "市住建局",
        "15个工作日",
        "已办结，已一次性告知并发放施工许可证",
        "满意",
    ),
    (
        "YS2024070302",
        "2024-07-03",
        "2024-07-05",
        "濮阳市联创信息技术有限公司",
        "政府采购项目验收后合同款逾期未支付",
        "市财政局",
        "15个工作日",
        "正在协调采购单位落实资金",
        "",
    ),
    (
        "YS2024070803",
        "2024-07-08",
        "2024-07-10",
        "濮阳市鑫源食品有限公司",
        "企业办理不动产登记被要求提供非必要证明",
        "不动产登记中心",
        "15个工作日",
        "已办结",
        "满意",
    ),
    (
        "YS2024071004",
        "2024-07-10",
        "2024-07-12",
        "濮阳市华泰包装有限公司",
        "用电报装接电时间超过承诺时限",
        "供电公司",
        "15个工作日",
        "已约谈供电所负责人，接电工程正在施工",
        "",
    ),
    (
        "YS2024071505",
        "2024-07-15",
        "2024-07-17",
        "濮阳市金盛商贸有限公司",
        "执法检查频次过多影响企业正常经营",
        "市场监管局",
        "15个工作日",
        "",
        "",
    ),
    (
        "YS2024071906",
        "2024-07-19",
        "2024-07-22",
        "濮阳市远航化工有限公司",
        "出口退税审核超过承诺时限",
        "市税务局",
        "5个工作日",
        "已办结，退税款已到账",
        "满意",
    ),
    (
        "YS2024072207",
        "2024-07-22",
        "2024-07-24",
        "濮阳市润城建设工程有限公司",
        "招标文件设置排斥外地企业的资格条件",
        "公共资源交易中心",
        "15个工作日",
        "未办理",
        "",
    ),
]


def write_biz(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["营商环境投诉举报件办理情况统计表（2024年7月）"])
    w.writerow(["说明：办理时限自转办之日起计算（不含转办当日），法定节假日顺延。"])
    w.writerow(
        [
            "序号",
            "投诉编号",
            "受理日期",
            "转办日期",
            "投诉企业",
            "投诉事项",
            "办理单位",
            "办理时限",
            "办理结果",
            "投诉人评价",
        ]
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "本月转办7件，办结3件", "", "", "", ""])
    w.writerow(["市优化营商环境工作领导小组办公室", "", "", "", "", "", "", "", "2024年7月31日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 经营性自建房安全隐患整治销号台账, after a district's account of its 农村房屋安全隐患排查整治 (用作经营的自建房;
# 经鉴定C、D级危房; 加固或放弃经营; 已翻建或正在翻建; 发放告知书; 建立整治工作台账，实行销号管理，整治一户、销号一户):
# https://www.wj.gov.cn/html/czwj/2021/FAOKPMFH_1014/390522.html
# A .docx: the town named only in the title, one table (鉴定等级, 整治时限, 整治进展, 是否销号), a 注 and signature.
HOUSE_ROWS = [
    (
        "胡村",
        "李某某",
        "农家乐",
        "3",
        "C级",
        "三层经营性农家乐墙体开裂",
        "加固",
        "2024年6月30日",
        "已加固完成",
        "是",
    ),
    (
        "后店村",
        "王某",
        "小超市",
        "2",
        "D级",
        "D级危房仍用作小超市经营",
        "停止经营、拆除翻建",
        "7月底前",
        "已停止经营，正在翻建",
        "否",
    ),
    (
        "前店村",
        "张某",
        "出租",
        "4",
        "C级",
        "擅自加层至四层用于出租",
        "拆除加层部分",
        "2024年9月30日前",
        "未整改",
        "否",
    ),
    (
        "胡村",
        "赵某",
        "餐馆",
        "2",
        "C级",
        "一层餐馆后厨承重柱被凿改",
        "恢复承重结构",
        "2024.8.15",
        "已委托鉴定机构出具加固方案",
        "否",
    ),
    (
        "马寨村",
        "刘某",
        "民宿",
        "3",
        "C级",
        "民宿楼梯间栏杆松动缺失",
        "更换栏杆",
        "2024年7月10日",
        "已整改",
        "是",
    ),
    (
        "后店村",
        "陈某",
        "加工作坊",
        "1",
        "D级",
        "生产经营住人三合一场所",
        "搬离居住人员",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "胡村",
        "孙某",
        "棋牌室",
        "2",
        "C级",
        "二楼棋牌室楼面超载堆放货物",
        "清理并限载",
        "长期坚持",
        "常态化巡查",
        "",
    ),
]


def write_house(path: Path) -> Path:
    doc = _new_document("村镇建设所")
    _title(doc, "胡村乡经营性自建房安全隐患整治销号台账")
    _paragraph(doc, "（截至2024年7月30日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(HOUSE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "村（社区）",
            "户主",
            "房屋用途",
            "层数",
            "鉴定等级",
            "存在隐患",
            "整治措施",
            "整治时限",
            "整治进展",
            "是否销号",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：鉴定为C、D级的经营性自建房实行整治一户、销号一户。", 12)
    _paragraph(doc, "填表人：韩磊    分管领导：郭永胜    填报日期：2024年7月30日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 森林火灾隐患排查整治台账, after a document on keeping a 森林火灾隐患排查整治台账 (隐患的发现情况: 发现隐患的时间、
# 地点、发现人以及隐患的具体情况; 隐患的评估 等级; 整治措施; 整治完成情况与验收):
# http://www.bubsandbeans.com/paper/441108279.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 发现时间 and 发现人 before the problem and a
# 验收情况 column after the 整治完成情况.
FOREST_ROWS = [
    (
        date(2024, 5, 6),
        "黄河湿地保护区林区",
        "市森防办检查组",
        "林区内堆积枯枝落叶未清理",
        "一般",
        "组织清理林下可燃物",
        "市国土资源局",
        "2024年6月底前",
        "已清理完毕",
        "验收合格",
    ),
    (
        date(2024, 5, 10),
        "渠村乡林缘坟区",
        "乡护林员",
        "林缘50米内坟区祭祀用火无人看守",
        "较大",
        "设置防火卡口，专人值守",
        "渠村乡人民政府",
        "长期坚持",
        "常态化值守",
        "",
    ),
    (
        date(2024, 5, 15),
        "市国营林场瞭望塔",
        "市森防办检查组",
        "林场瞭望塔视频监控设备故障",
        "一般",
        "维修更换监控设备",
        "市安监局",
        "2024.7.15",
        "已更换摄像机",
        "",
    ),
    (
        date(2024, 6, 3),
        "220千伏线路穿林段",
        "供电所巡线员",
        "输电线路穿越林区段下方树木未修剪",
        "较大",
        "修剪线路通道树木",
        "供电公司",
        "8月底前",
        "正在修剪，已完成12公里",
        "",
    ),
    (
        date(2024, 6, 12),
        "戚城森林公园",
        "市森防办检查组",
        "森林公园游客吸烟点设置不规范",
        "一般",
        "规范设置吸烟点和警示牌",
        "市旅游局",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        date(2024, 6, 20),
        "生态廊道施工标段",
        "市住建局检查组",
        "林区临时工棚违规使用明火做饭",
        "较大",
        "拆除临时工棚",
        "市住建局",
        "2024年7月5日",
        "已拆除",
        "验收合格",
    ),
    (
        date(2024, 6, 25),
        "市扑火物资储备库",
        "市森防办检查组",
        "扑火物资库风力灭火机数量不足",
        "一般",
        "补充购置风力灭火机",
        "市应急管理局",
        "2024年9月30日",
        "",
        "",
    ),
]


def write_forest_book(path: Path) -> Path:
    b = Book(path, author="森防办")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 20, 16, 32, 8, 24, 16, 14, 22, 10])
    b.line(ws, 0, "森林火灾隐患排查整治台账（2024年第二季度）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市森林防灭火指挥部办公室    填报时间：2024年7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "发现时间",
            "地点",
            "发现人",
            "隐患具体情况",
            "隐患等级",
            "整治措施",
            "责任单位",
            "整治期限",
            "整治完成情况",
            "验收情况",
        ],
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FOREST_ROWS), "填表人：宋宇    审核人：贾志伟", 10)
    return b.close()


def write_forest(path: Path) -> Path:
    via_soffice(write_forest_book, path, "ods", "森林火灾隐患排查整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 人大代表建议办理情况汇总表, after a county 人大常委会's account of handing its 代表建议 to the 县人民政府 (转交研究办理;
# 准确分类、滚动办理; 提高代表建议办结率、解决率和满意率):
# http://yuxi.imanno.cn/?news/3208
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 领衔代表 beside the 主办单位 and
# 协办单位, 交办日期, 办理时限 partly in months from it, A/B/C 分类, a 注 line.
NPC_ROWS = [
    (
        "第101号",
        "王建华",
        "关于在城区增设公共停车泊位的建议",
        "市城管执法局",
        "市公安局交通管理支队",
        date(2024, 3, 20),
        "2024年6月30日前",
        "已答复代表，今年新增泊位1200个",
        "A类",
        "满意",
    ),
    (
        "第108号",
        "李秀兰等5名代表",
        "关于改善农村学校寄宿条件的建议",
        "市教育局",
        "市财政局",
        date(2024, 3, 20),
        "2024年6月30日前",
        "正在实施宿舍改造，已完成3所",
        "B类",
        "基本满意",
    ),
    (
        "第115号",
        "赵国庆",
        "关于加快老旧小区加装电梯的建议",
        "市建委",
        "",
        date(2024, 4, 15),
        "3个月内",
        "已答复",
        "A类",
        "满意",
    ),
    (
        "第122号",
        "刘明",
        "关于规范农村集贸市场管理的建议",
        "市工商局",
        "",
        date(2024, 3, 20),
        "2024年6月30日前",
        "",
        "",
        "",
    ),
    (
        "第127号",
        "孙丽",
        "关于扩大异地就医直接结算范围的建议",
        "市医保局",
        "",
        date(2024, 3, 20),
        "2024年6月30日前",
        "已列入年度工作计划，正在推进",
        "C类",
        "满意",
    ),
    (
        "第133号",
        "周强",
        "关于推进城乡公交一体化的建议",
        "公交公司",
        "市交通运输局",
        date(2024, 4, 15),
        "3个月内",
        "未启动",
        "",
        "",
    ),
    (
        "第140号",
        "吴芳",
        "关于加强农田水利设施管护的建议",
        "市水务局",
        "市农业农村局",
        date(2024, 3, 20),
        "长期坚持",
        "已建立管护机制，常态化推进",
        "",
        "",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="建议提案办")
    ws = b.sheet("建议办理")
    b.widths(ws, [6, 10, 16, 34, 16, 20, 12, 16, 30, 8, 10])
    b.line(ws, 0, "市十届人大三次会议代表建议办理情况汇总表", 10, b.title)
    b.line(ws, 1, "填报单位：市人民政府办公室    截至2024年7月31日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议编号",
            "领衔代表",
            "建议题目",
            "主办单位",
            "协办单位",
            "交办日期",
            "办理时限",
            "办理情况",
            "分类",
            "代表意见",
        ],
    )
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(NPC_ROWS),
        "注：A类为所提问题已经解决或基本解决；B类为正在解决；C类为列入计划逐步解决。办理时限“3个月内”自交办日期起算。",
        10,
    )
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "代表建议办理情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 12345热线工单办理台账 from two 乡镇街道, after an account of how 12345 工单 move (派单、签收、退单; 普通事项7个
# 工作日内办结，复杂情况最长不超过15个工作日; 系统自动预警超时):
# https://www.163.com/dy/article/KLC5MT7O0556IM09.html
# A .zip of two .xlsx returns: a 街道's 台账 (title, 填报单位 line, rows naming the 街道's own 科室, 办理时限 in working days
# from the 派单时间) and a 镇's bare system export (header in the first row, 截止时间 as a timestamp text; the 镇 named
# only in the file name).
STREET_ROWS = [
    (
        "GD20240702001",
        date(2024, 7, 2),
        "小区门口下水道堵塞污水外溢",
        "城管办",
        "7个工作日",
        "已办结",
        "满意",
    ),
    ("GD20240709014", date(2024, 7, 9), "沿街商铺占道经营影响通行", "城管办", "7个工作日", "已反馈", "满意"),
    ("GD20240722006", date(2024, 7, 22), "老旧小区楼道照明损坏", "社区建设办", "7个工作日", "办理中", ""),
    ("GD20240726003", date(2024, 7, 26), "违规饲养犬只夜间扰民", "平安办", "15个工作日", "", ""),
]
TOWN_ROWS = [
    (
        "2407100031",
        "2024-07-10 09:12:40",
        "村内道路积水",
        "后屯村村内主路雨后积水无法通行",
        "村镇建设所",
        "2024-07-19 18:00:00",
        "已办结",
    ),
    (
        "2407150118",
        "2024-07-15 15:40:02",
        "供水",
        "东街村自来水水压不足二楼无水",
        "村镇建设所",
        "2024-07-24 18:00:00",
        "处理中",
    ),
    (
        "2407190077",
        "2024-07-19 10:05:11",
        "社会救助",
        "低保申请材料提交后无人答复",
        "社会事务办",
        "2024-07-30 18:00:00",
        "超期未办",
    ),
    (
        "2407240052",
        "2024-07-24 20:31:45",
        "噪声",
        "集市周边商户高音喇叭扰民",
        "综治中心",
        "2024-08-02 18:00:00",
        "已反馈",
    ),
]


def write_street_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("7月")
    b.widths(ws, [6, 18, 12, 34, 14, 14, 12, 10])
    b.line(ws, 0, "12345热线工单办理台账（2024年7月）", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处    办理时限自派单之日起计算", 7)
    b.header(
        ws, 2, ["序号", "工单编号", "派单时间", "诉求内容", "承办科室", "办理时限", "办理状态", "回访结果"]
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STREET_ROWS), "经办人：曹颖    联系电话：0393-8156620", 7)
    return b.close()


def write_town_book(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("工单列表")
    b.widths(ws, [14, 22, 14, 36, 14, 22, 12])
    ws.write_row(0, 0, ["工单号", "受理时间", "诉求分类", "诉求详情", "处理部门", "截止时间", "工单状态"])
    for i, row in enumerate(TOWN_ROWS, 1):
        ws.write_row(i, 0, list(row))
    return b.close()


def write_hotline(path: Path) -> Path:
    members = [
        ("华龙区胜利路街道12345工单办理台账（7月）.xlsx", write_street_book),
        ("城关镇人民政府12345工单导出20240731.xlsx", write_town_book),
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
# 10. 政协提案办理情况的报告, after a 州政协's account of its 提案 (已经解决或基本解决的; 正在解决或列入计划解决的;
# 委员对提案办理的满意和基本满意率):
# http://redtowerstudio.com/xwzx/2009-01/12/content_11888.htm
# A .wps (Word 97 via LibreOffice) with the 提案 written as numbered paragraphs under three headings, the 提案人 in each.
CPPCC_PARAS = [
    (
        "一、已经解决或基本解决的提案",
        [
            (
                "（一）第23号《关于加强城区学校周边交通秩序管理的提案》（提案人：张卫东委员）。承办单位：市交警支队。"
                "办理时限：2024年6月30日。办理情况：已在12所学校门前设置护学岗，已答复委员，委员表示满意。"
            ),
            (
                "（二）第31号《关于推进社区嵌入式养老服务的提案》（提案人：民进濮阳市委员会）。承办单位：市民政局。"
                "办理时限：2024年7月31日。办理情况：已办结。"
            ),
        ],
    ),
    (
        "二、正在解决或列入计划解决的提案",
        [
            (
                "（三）第36号《关于加快建设城市智慧停车平台的提案》（提案人：陈立新委员）。承办单位：市城市管理局。"
                "办理时限：2024年12月底前。办理情况：平台招标已完成，正在建设。"
            ),
            (
                "（四）第42号《关于支持中小企业数字化转型的提案》（提案人：黄海委员等3人）。承办单位：市经信委。"
                "办理时限：2024年9月30日。办理情况：已出台扶持办法，正在组织企业申报。"
            ),
            (
                "（五）第47号《关于完善农村生活垃圾收运体系的提案》（提案人：杨柳委员）。承办单位：市农委。"
                "办理时限：8月底前完成实施方案，11月底前全面推开。办理情况：正在编制实施方案。"
            ),
        ],
    ),
    (
        "三、其他提案",
        [
            (
                "（六）第55号《关于建设市级青少年科技馆的提案》（提案人：高明委员）。承办单位：市科委。"
                "办理时限：2024年6月30日。办理情况：未启动。"
            ),
            (
                "（七）第58号《关于发展城郊休闲农业的提案》（提案人：农工党濮阳市委员会）。承办单位：市农业农村局。"
                "办理时限：2024年8月31日。"
            ),
        ],
    ),
]


def write_cppcc_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于市政协十届三次会议提案办理情况的报告")
    _paragraph(doc, "市政协提案委员会：")
    _paragraph(
        doc,
        "市政协十届三次会议交由市政府系统办理的提案，经各承办单位认真办理，截至2024年7月底办理情况如下：",
    )
    for heading, paras in CPPCC_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cppcc(path: Path) -> Path:
    return via_soffice(write_cppcc_docx, path, "doc", "政协提案办理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 11. 校园安全工作交叉检查隐患排查表, after a school's note on the 市教育局's 开学校园安全工作交叉检查 (隐患自查、实地检查、
# 限期整改、汇总上报; 检查人员 from other schools; 八项检查内容; 在隐患排查表中如实记载，明确责任人跟踪督查直至整改到位):
# http://www.jsxzyz.cn/content.jsp?urltype=news.NewsContentUrl&wbnewsid=1178&wbtreeid=1024
# A .doc (Word 97 via LibreOffice): title, 检查时间 line, one table with a two-row header (是否整改到位 over 是 / 否,
# ticks), the 检查人员 beside the 整改责任单位, a 备注 column, the office at the foot.
SCHOOL_ROWS = [
    (
        "消防安全",
        "濮阳市第一中学",
        "学生宿舍楼消防通道堆放杂物",
        "第五中学 李光辉",
        "濮阳市第一中学",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "校园建筑安全",
        "濮阳市实验小学",
        "教学楼三楼走廊护栏高度不足1.1米",
        "第二中学 周海",
        "濮阳市实验小学",
        "8月25日前",
        "",
        "√",
        "护栏加高工程正在施工",
    ),
    (
        "食品卫生安全",
        "濮阳市第二实验小学",
        "食堂留样冰箱未按规定留样48小时",
        "第五中学 李光辉",
        "濮阳市第二实验小学",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "交通安全",
        "华龙区第六小学",
        "校门口缺少减速带和人行横道线",
        "第二中学 周海",
        "交警支队",
        "8月底前",
        "",
        "√",
        "",
    ),
    (
        "安全防范",
        "濮阳市第三中学",
        "校园监控存在盲区，围墙西侧无覆盖",
        "特教中心 孟凡",
        "濮阳市第三中学",
        "2024年8月20日",
        "",
        "",
        "",
    ),
    (
        "校园周边治安综合治理",
        "濮阳市第四中学",
        "校门口周边流动摊贩聚集",
        "特教中心 孟凡",
        "市城管局",
        "长期坚持",
        "",
        "",
        "常态化巡查",
    ),
    (
        "安全长效机制建设",
        "濮阳市实验小学",
        "安全隐患排查台账记录不完整",
        "第二中学 周海",
        "濮阳市实验小学",
        "2024年7月10日",
        "√",
        "",
        "",
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("市教育局安全科")
    _title(doc, "2024年暑期校园安全工作交叉检查隐患排查表", 18)
    _paragraph(doc, "检查时间：2024年7月3日—4日    检查方式：交叉检查、查阅资料、听取汇报", 12)
    words = ["序号", "检查项目", "受检学校", "发现隐患", "检查人员", "整改责任单位", "整改期限"]
    table = doc.add_table(rows=2 + len(SCHOOL_ROWS), cols=len(words) + 3)
    table.style = "Table Grid"
    for c, w in enumerate(words):
        top = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(top, w, 9, bold=True)
    _cell_text(table.cell(0, 7).merge(table.cell(0, 8)), "是否整改到位", 9, bold=True)
    _cell_text(table.cell(1, 7), "是", 9, bold=True)
    _cell_text(table.cell(1, 8), "否", 9, bold=True)
    _cell_text(table.cell(0, 9).merge(table.cell(1, 9)), "备注", 9, bold=True)
    for r, row in enumerate(SCHOOL_ROWS, start=2):
        for c, v in enumerate([str(r - 1), *row]):
            _cell_text(table.cell(r, c), v, 9)
    _paragraph(doc, "汇总单位：濮阳市教育局    2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "校园安全交叉检查隐患排查表.docx")


FILES = [
    ("城镇燃气安全联合督查发现问题交办清单.xlsx", write_gas),
    ("2024年国家遥感监测图斑核查整改情况一览表.xlsx", write_patch),
    ("2024年市领导挂钩重点工程项目推进情况督查表（1-7月）.xlsx", write_project),
    ("2024年汛期防汛风险隐患排查问题整改台账.xls", write_flood),
    ("营商环境投诉举报件办理情况统计表（7月）.csv", write_biz),
    ("胡村乡经营性自建房安全隐患整治销号台账.docx", write_house),
    ("森林火灾隐患排查整治台账（第二季度）.ods", write_forest),
    ("市十届人大三次会议代表建议办理情况汇总表.et", write_npc),
    ("12345热线工单办理台账（两个乡镇街道）.zip", write_hotline),
    ("关于市政协十届三次会议提案办理情况的报告.wps", write_cppcc),
    ("2024年暑期校园安全工作交叉检查隐患排查表.doc", write_school),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev113 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 城市园林绿化、公园广场、古树名木与城市照明的检查整改 (绿地养护、公园设施、路灯亮化).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are paragraphs,
a .wps (Word 97 via LibreOffice), an .et (Excel 97 via LibreOffice), an .ods (LibreOffice conversion) and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev113.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every file is written with fixed dates and zip times, so two runs give the same bytes.
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


# ---------------------------------------------------------------------------------------------
# 1. 公园随机检查整改汇报, after a park office's 随机检整改汇报 (市公园管理中心考评组到我园进行随机检查，发现存在作业
# 不规范、黄土裸露、卫生环境等问题; each problem a line naming the 路灯编号 it stands by, then «——已整改»;
# 本次随机检问题已全部整改完成):
# https://jianpian.cn/a/cz0auex
# A .docx: title naming the park office, preamble paragraph, one paragraph per problem in the form «点位+问题——进展»,
# a closing paragraph, the office and date at the foot.
PARK_LINES = [
    "一级绿地路灯A1051处绿篱缺株约3平方米——已补植，已整改",
    "一级绿地路灯A1267处园路脏污、落叶未及时清扫——已整改",
    "二级绿地路灯B2034处黄土裸露约20平方米——已补植麦冬，整改完成",
    "儿童游乐区滑梯扶手螺栓松动——已紧固，已整改",
    "荷花池北侧临水护栏缺失约6米——已设置临时围挡，新护栏正在加工，计划8月15日前安装到位",
    "西门3号洗手间男厕小便斗堵塞、异味明显——已疏通，已整改",
    "一级绿地路灯A1312处修剪下的枝叶堆放未清运——已整改",
    "湖心岛景观灯带部分不亮——已报修，待厂家更换驱动电源",
    "南门停车场旁绿化带内电瓶车乱停放——暂未整改",
]


def write_park(path: Path) -> Path:
    doc = _new_document("人民公园管理处")
    _title(doc, "濮阳市人民公园管理处关于7月12日随机检查发现问题整改情况的汇报", 18)
    _paragraph(doc, "市园林绿化服务中心：", 14)
    _paragraph(
        doc,
        "2024年7月12日，市园林绿化服务中心考评组到我园进行随机检查，发现存在作业不规范、黄土裸露、"
        "卫生环境、设施维护等问题。针对以上问题，我园认真整改，并要求服务企业加强现场管理及卫生保洁工作。"
        "现将整改情况汇报如下：",
        14,
    )
    for text in PARK_LINES:
        _paragraph(doc, text, 14)
    _paragraph(
        doc,
        "本次随机检查发现问题9处，已整改6处，正在整改2处，暂未整改1处。下一步，我园将进一步提升园容园貌，"
        "为游客营造干净、舒适的游园环境。",
        14,
    )
    _paragraph(doc, "濮阳市人民公园管理处", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 道路绿地“月考”, after a city's monthly third-party check of its road green spaces (主干道、次干道分组考评，
# 各管养单位; 绿化带底部枯枝残叶、补植、病虫害防控、喷灌头水量、擅自侵占绿地; 已整改、未整改):
# http://www.yuntucs.cn/html/58a54199400.html
# An .xlsx: title, 考评单位/考评时间 line, one header row, the 道路等级 merged down over its group of rows, the
# 管养单位 (contractors and 市城管局) as the unit, a 合计 row and a 考评人 line.
ROAD_GROUPS = [
    (
        "主干道",
        [
            (
                "开州路",
                "濮阳市绿源园林绿化工程有限公司",
                "补植",
                "中央分隔带红叶石楠缺株断档约40米",
                "2024.7.31",
                "正在补植",
            ),
            (
                "胜利路",
                "濮阳市绿源园林绿化工程有限公司",
                "绿地卫生",
                "绿化带底部枯枝残叶及塑料袋未清理",
                "2024.7.10",
                "已整改",
            ),
            (
                "京开大道",
                "河南森茂园林景观工程有限公司",
                "病虫害",
                "国槐行道树发生槐尺蠖危害，部分树冠叶片被啃食",
                "2024.7.8",
                "已整改",
            ),
            (
                "大庆路",
                "市城管局",
                "侵占绿地",
                "沿街商户擅自在绿地内堆放建材、硬化绿地约15平方米",
                "2024.7.20",
                "已下达责令恢复原状通知书，正在恢复",
            ),
            (
                "黄河路",
                "市城管局",
                "绿化设施",
                "绿地围栏倾倒损坏约10米",
                "2024.7.25",
                "已整改",
            ),
        ],
    ),
    (
        "次干道",
        [
            (
                "长庆路",
                "河南森茂园林景观工程有限公司",
                "浇灌设施",
                "喷灌头损坏2处，出水量过大冲刷土壤",
                "2024.7.10",
                "未整改",
            ),
            (
                "中原路",
                "濮阳市龙都园林绿化有限公司",
                "修剪",
                "行道树下垂枝遮挡交通信号灯",
                "2024.7.5",
                "已整改",
            ),
            (
                "振兴路",
                "濮阳市龙都园林绿化有限公司",
                "黄土裸露",
                "人行道树池黄土裸露12处",
                "8月15日前",
                "",
            ),
            (
                "绿城路",
                "濮阳市绿源园林绿化工程有限公司",
                "绿篱修剪",
                "绿篱修剪不整齐，高低参差",
                "2024.7.12",
                "未整改",
            ),
        ],
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="园林绿化科")
    ws = b.sheet("6月考评问题")
    b.widths(ws, [6, 10, 12, 30, 12, 40, 14, 28])
    b.line(ws, 0, "2024年6月份道路绿地“月考”发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "考评单位：市城市管理局园林绿化科（第三方考评组）    考评时间：2024年6月24日至6月28日    "
        "考评道路：主干道9条、次干道15条",
        7,
    )
    b.header(
        ws, 2, ["序号", "道路等级", "道路名称", "管养单位", "问题类别", "存在问题", "整改期限", "整改情况"]
    )
    r = 3
    n = 0
    for grade, rows in ROAD_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, grade, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "共考评道路24条，发现问题9个，其中已整改4个，未整改2个，正在整改2个，未反馈1个")
    b.line(ws, r + 2, "考评人：郑凯、吕文静    审核：付国强    填表日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 古树名木保护专项行动巡查整改, after a county 林业局's patrol following a 检察建议书 (群众供奉香火炉太近影响古树
# 生长, 树干病虫害, 树干基部垃圾杂物; 各乡镇强化属地管理原则，加强古树日常巡护; 时间要求在12月20日前完成):
# https://lyj.yaan.gov.cn/xinwen/show/5185854e5c99aadde1c5225d51a7bb69.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, preamble, one table with the 乡镇人民政府 (属地) as 责任单位,
# deadlines mostly «12月20日前», a 长期坚持 row, the signature lines.
TREE_ROWS = [
    (
        "41092800015",
        "国槐",
        "庆祖镇西湖村",
        "群众供奉香火炉紧贴树干，树皮有熏烤痕迹",
        "将香火炉移至树冠投影范围以外",
        "濮阳县庆祖镇人民政府",
        "12月20日前",
        "已移出树冠范围，整改完成",
    ),
    (
        "41092800023",
        "国槐",
        "柳屯镇柳屯村",
        "树干基部堆放柴草和生活垃圾",
        "清除树干基部杂物，设置围护",
        "濮阳县柳屯镇人民政府",
        "12月20日前",
        "正在清理",
    ),
    (
        "41092800031",
        "皂荚",
        "文留镇文留村",
        "主干有天牛蛀孔，病虫害未及时防治",
        "用药防治并封堵蛀孔",
        "濮阳县文留镇人民政府",
        "2024年8月31日",
        "未整改",
    ),
    (
        "41092800042",
        "侧柏",
        "五星乡东北庄村",
        "古树保护牌缺失",
        "补挂古树保护牌",
        "濮阳县五星乡人民政府",
        "12月20日前",
        "",
    ),
    (
        "41092800057",
        "国槐",
        "户部寨镇户部寨村",
        "树冠下方私搭简易棚，压占根系生长范围",
        "拆除简易棚，恢复根系保护范围",
        "濮阳县户部寨镇人民政府",
        "12月20日前",
        "已拆除，经县自然资源局复查合格",
    ),
    (
        "41092800064",
        "枣树",
        "海通乡海通村",
        "树体倾斜约20度，无支撑加固措施",
        "设置钢构支撑",
        "濮阳县海通乡人民政府",
        "2024年9月30日",
        "已完成支撑设计，正在采购钢构件",
    ),
    (
        "41092800078",
        "银杏",
        "城关镇城关村",
        "管护责任人未落实，日常巡护记录缺失",
        "明确管护责任人，建立巡护台账",
        "濮阳县城关镇人民政府",
        "长期坚持",
        "长期坚持",
    ),
]


def write_tree_docx(path: Path) -> Path:
    doc = _new_document("林业股")
    _title(doc, "古树名木保护专项行动巡查发现问题整改清单", 18)
    _paragraph(doc, "填报单位：濮阳县自然资源局    填报日期：2024年7月25日", 12)
    _paragraph(
        doc,
        "根据县人民检察院检察建议书要求，我局在全县范围内开展古树名木保护专项行动，对发现的问题逐一登记、"
        "交办属地乡镇整改。各乡镇要强化属地管理原则，加强古树日常巡护，确保古树生长环境安全。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TREE_ROWS, 1)]
    _table(
        doc,
        ["序号", "古树编号", "树种", "所在位置", "存在问题", "整改要求", "责任单位", "整改时限", "整改进展"],
        body,
        size=9,
    )
    _paragraph(doc, "填表人：陈晓光    审核人：孟庆林    联系电话：0393-5216087", 12)
    return _save_fixed(doc, path)


def write_tree(path: Path) -> Path:
    return via_soffice(write_tree_docx, path, "doc", "古树名木保护专项行动巡查问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 4. 古树名木“双随机”检查, after a city 园林局's plan for its 古树名木双随机检查 (检查对象: 非园林绿化部门直接管理养护
# 的古树名木所在单位或村庄; 检查内容: 管理机制、养护措施、生长状况与保护设施; 每年抽查比例为总数的10%;
# 违规问题转市城市管理局处理):
# http://szyl.xm.gov.cn/js/xzzfgs/sqgk/202208/t20220818_2682115.htm
# An .xls (xlwt): title, 检查单位/检查时间/抽查比例 line, one header row with the 所在单位或村庄 as 管护责任单位 and the
# 检查项目 of the plan, a 复查结果 column, a 合计 row, a 注 line and a 检查人 line.
ANCIENT_ROWS = [
    (
        "豫J-0103",
        "国槐",
        "濮阳市第一高级中学",
        "管理机制",
        "未建立古树日常检查制度，档案资料缺失",
        "建立检查制度，补齐一树一档",
        "2024.8.31",
        "",
    ),
    (
        "豫J-0117",
        "皂荚",
        "华龙区岳村镇东北庄村民委员会",
        "养护措施",
        "树冠内枯死枝未及时修剪清理",
        "限期修剪清理枯死枝",
        "2024.7.31",
        "已修剪，复查合格",
    ),
    (
        "豫J-0122",
        "侧柏",
        "濮阳市戚城文物景区管理处",
        "保护设施",
        "树池透气铺装被水泥硬化封堵",
        "拆除硬化，恢复透气铺装",
        "2024.8.15",
        "正在施工",
    ),
    (
        "豫J-0135",
        "国槐",
        "清丰县固城乡单拐村民委员会",
        "保护设施",
        "倾斜古树支撑杆锈蚀松动",
        "更换支撑杆并重新绑扎",
        "2024.8.10",
        "未整改",
    ),
    (
        "豫J-0141",
        "银杏",
        "濮阳市人民医院",
        "养护措施",
        "树下土壤板结，未进行松土施肥",
        "松土、施肥，改善立地条件",
        "2024.7.25",
        "已完成松土施肥",
    ),
    (
        "豫J-0156",
        "侧柏",
        "南乐县仓颉陵文物管理所",
        "管理机制",
        "古树防雷设施未定期检测",
        "委托有资质机构检测防雷设施",
        "9月底前",
        "已联系检测机构，8月上旬检测",
    ),
    (
        "豫J-0163",
        "国槐",
        "华龙区孟轲乡孟轲村民委员会",
        "养护措施",
        "主干树洞未作防腐封堵处理",
        "清腐、防腐后封堵树洞",
        "2024.8.31",
        "已完成清腐防腐，待封堵",
    ),
]


def write_ancient(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "2024年古树名木“双随机”检查养护质量问题反馈表", t, 0, last),
        (
            1,
            0,
            "检查单位：濮阳市城市管理局园林绿化科    检查时间：2024年7月16日—7月18日    抽查比例：10%",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "古树编号",
        "树种",
        "管护责任单位（所在单位或村庄）",
        "检查项目",
        "存在问题",
        "处理意见",
        "整改期限",
        "复查结果",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(ANCIENT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 7) else c))
    r = 3 + len(ANCIENT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "抽查古树名木23株，涉及单位和村庄7个，发现问题7处", c, r, last),
        (
            r + 1,
            0,
            "注：检查中发现的违反古树名木保护规定的行为，转市城市管理局依法处理；复查结果由检查单位复查后填写。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "检查人：黄立新、宋雅琴    填表日期：2024年7月29日", plain, r + 2, last),
    ]
    return _write_xls(path, [("反馈表", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 广场游园专项排查, after a city 数字城管中心's special survey of its squares and gardens (部件类: 体育健身设施、
# 儿童游乐设施、环卫设施、景观照明灯具、座椅、护栏损坏; 事件类: 环境卫生脏乱、绿化缺株断档、占用绿地商业经营;
# 已结案622件; 建立工作台帐，督促责任单位限期整改):
# http://m.pzt180.com/newsDetail13466.shtml
# A CSV in GBK as the case system exports it: a title line, one header line with 立案时间 and a 处置时限 in working
# days from it, 案件状态 and 结案时间, the 区 城市管理局 as 责任单位, a 合计 line.
CASE_ROWS = [
    (
        "PY20240710001",
        "部件",
        "儿童游乐设施",
        "龙湖广场儿童滑梯护栏断裂",
        "华龙区龙湖广场",
        "濮阳市华龙区城市管理局",
        "2024-07-10 09:12:35",
        "2个工作日",
        "已结案",
        "2024-07-11 16:40:12",
    ),
    (
        "PY20240710007",
        "部件",
        "体育健身设施",
        "绿色庄园健身路径太空漫步机踏板脱落",
        "开发区绿色庄园",
        "濮阳经济技术开发区城市管理局",
        "2024-07-10 10:05:18",
        "5个工作日",
        "已结案",
        "2024-07-16 11:20:03",
    ),
    (
        "PY20240710013",
        "部件",
        "景观照明灯具",
        "戚城公园广场庭院灯灯罩破损5处",
        "华龙区戚城公园",
        "濮阳市华龙区城市管理局",
        "2024-07-10 15:31:47",
        "5个工作日",
        "处置中",
        "",
    ),
    (
        "PY20240711004",
        "事件",
        "绿化缺株断档",
        "昆吾广场东侧绿篱缺株断档约25米",
        "示范区昆吾广场",
        "濮阳市城乡一体化示范区城市管理局",
        "2024-07-11 08:47:26",
        "10个工作日",
        "处置中",
        "",
    ),
    (
        "PY20240711009",
        "事件",
        "占用绿地商业经营",
        "京开游园绿地内摆放烧烤摊位经营",
        "开发区京开游园",
        "濮阳经济技术开发区城市管理局",
        "2024-07-11 21:15:09",
        "1个工作日",
        "已结案",
        "2024-07-12 10:02:44",
    ),
    (
        "PY20240711015",
        "部件",
        "环卫设施",
        "人民公园南门果皮箱破损缺失3个",
        "华龙区人民公园南门",
        "濮阳市华龙区城市管理局",
        "2024-07-11 16:22:51",
        "3个工作日",
        "待处置",
        "",
    ),
    (
        "PY20240712002",
        "部件",
        "座椅",
        "马颊河游园休闲座椅木条断裂",
        "示范区马颊河游园",
        "濮阳市城乡一体化示范区城市管理局",
        "2024-07-12 09:38:10",
        "5个工作日",
        "已结案",
        "2024-07-18 15:06:37",
    ),
    (
        "PY20240712006",
        "事件",
        "环境卫生脏乱",
        "中原绿洲广场地面油污、烟头较多",
        "华龙区中原绿洲广场",
        "濮阳市华龙区城市管理局",
        "2024-07-12 10:54:02",
        "1个工作日",
        "已结案",
        "2024-07-12 17:30:25",
    ),
    (
        "PY20240712011",
        "部件",
        "护栏",
        "子路游园景观水池护栏松动",
        "开发区子路游园",
        "濮阳经济技术开发区城市管理局",
        "2024-07-12 14:17:56",
        "5个工作日",
        "处置中",
        "",
    ),
]


def write_cases(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["广场游园专项排查问题案件清单（导出时间：2024-07-30 09:00）"])
    w.writerow(
        [
            "案件编号",
            "问题大类",
            "问题小类",
            "问题描述",
            "发生地址",
            "责任单位",
            "立案时间",
            "处置时限",
            "案件状态",
            "结案时间",
        ]
    )
    for row in CASE_ROWS:
        w.writerow(row)
    w.writerow(["合计", "", "", "采集上报9件，已结案5件，结案率55.6%", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 公园广场安全隐患排查整治, after a 园林绿化事业中心's 排隐患 check of its parks and squares (消防设施; 亮化设施:
# 灯具、电源电线老化、电源接头漏电; 园林设施: 凉亭、廊架、雕塑、座椅、护栏、花架、健身器材; 发现的问题立即建立台账，
# 制定整改措施):
# http://www.zge.gov.cn/zfxxgk/fdzdgknr/zdlygk/aqsc/202206/t20220623_3233320.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 and 销号 merged over their columns), the parks as 排查点位 and
# the centre's own 科室 as 责任科室 (the unit is the centre), a 合计 row and a signature line.
SAFETY_ROWS = [
    (
        "人民公园",
        "消防设施",
        "园区东侧消火栓箱内水带缺失",
        "补配消防水带",
        "公园管理科",
        "王俊峰",
        "2024.7.15",
        "已整改",
        "2024.7.14",
    ),
    (
        "绿色庄园",
        "亮化设施",
        "景观亭庭院灯电源接头裸露，存在漏电隐患",
        "更换接头并做绝缘防水处理",
        "亮化维护科",
        "李东升",
        "7月20日前",
        "已整改",
        "2024.7.18",
    ),
    (
        "中原广场",
        "园林设施",
        "音乐喷泉周边护栏立柱锈蚀松动",
        "更换锈蚀立柱",
        "公园管理科",
        "王俊峰",
        "2024.8.10",
        "整改中",
        "",
    ),
    (
        "戚城公园",
        "园林设施",
        "木质廊架横梁开裂下沉",
        "加固或更换横梁",
        "工程科",
        "赵明亮",
        "2024.7.31",
        "未整改",
        "",
    ),
    (
        "人民公园",
        "亮化设施",
        "湖边地埋灯配电箱箱门锁损坏",
        "更换箱门锁",
        "亮化维护科",
        "李东升",
        "2024.7.10",
        "已整改",
        "2024.7.9",
    ),
    (
        "马颊河公园",
        "园林设施",
        "健身器材区双杠焊接处开裂",
        "拆除并更换双杠",
        "公园管理科",
        "王俊峰",
        "2024年8月31日",
        "已报采购计划",
        "",
    ),
    (
        "绿色庄园",
        "消防设施",
        "游客服务中心灭火器压力不足",
        "更换灭火器",
        "安全保卫科",
        "刘志刚",
        "2024.7.12",
        "",
        "",
    ),
    (
        "中原广场",
        "安全管理",
        "节假日安全巡查记录不全",
        "落实巡查登记制度",
        "安全保卫科",
        "刘志刚",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="安全保卫科")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 10, 34, 24, 12, 10, 14, 12, 12])
    b.line(ws, 0, "城区公园广场安全生产隐患排查整治台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市园林绿化服务中心（盖章）    排查时间：2024年7月上旬    填报日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(["序号", "排查点位", "隐患类别", "隐患描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 7, "整改落实", b.head)
    b.merge(ws, 2, 8, 2, 9, "销号", b.head)
    b.header(ws, 3, ["整改措施", "责任科室", "责任人", "整改时限", "整改状态", "销号日期"], first=4)
    for i, row in enumerate(SAFETY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SAFETY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "排查公园广场5处，发现隐患8处，已整改销号3处")
    b.line(ws, end + 2, "分管领导：孙卫东    填表人：高晓梅    联系电话：0393-8991426", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 重点路段路灯夜间巡查, after a city 城管委's night inspection of its main roads before a holiday (部分路灯因道路施工
# 不亮、桥名字样缺亮、高杆灯灭灯、道路接驳施工引起线路故障; 因树木遮挡缺亮的报园林部门修剪; 灯杆污损严重的清洁或
# 刷漆; 巡查小组现场梳理故障原因、明确整改要求):
# https://zhjsw.cn/club/show.php?itemid=20128
# An .et (Excel 97 via LibreOffice): title, 巡查/交办 line stating the 交办日期 the «3日内» counts from, one header row
# with 原因分析 and the 责任单位 (路灯所, builders, the 园林 centre, the power company), a 交办人 line.
LIGHT_ROWS = [
    (
        "胜利路（京开大道至长庆路段）",
        "西侧路灯连续8盏不亮",
        "道路施工挖断地埋电缆",
        "中国建筑第七工程局有限公司濮阳市政项目部",
        "修复电缆，恢复亮灯",
        "3日内",
        "已修复，恢复亮灯",
    ),
    (
        "龙乡大桥",
        "桥体“龙乡大桥”字样部分缺亮",
        "LED灯珠损坏",
        "濮阳市华彩照明工程有限公司",
        "更换损坏灯珠",
        "7月25日前",
        "已更换",
    ),
    (
        "京开大道与濮上路口",
        "高杆灯12个灯头中5个灭灯",
        "镇流器老化",
        "濮阳市路灯管理所",
        "更换镇流器",
        "7月22日前",
        "已更换3个，其余待升降车检修后更换",
    ),
    (
        "开州路北段",
        "道路接驳施工导致线路故障，路灯整段不亮",
        "施工单位未设临时照明",
        "濮阳市市政工程有限公司",
        "架设临时照明，施工完毕后恢复线路",
        "7月20日前",
        "未整改",
    ),
    (
        "黄河路（中原路至大庆路段）",
        "行道树枝叶遮挡路灯，路面照度不足",
        "树木未及时修剪",
        "濮阳市园林绿化服务中心",
        "修剪遮挡枝叶",
        "7月31日前",
        "",
    ),
    (
        "长庆路",
        "灯杆污损严重，小广告较多",
        "日常清洁不到位",
        "濮阳市路灯管理所",
        "清洗灯杆并刷漆",
        "8月15日前",
        "已清洗15根，正在刷漆",
    ),
    (
        "濮上路与绿城路交叉口",
        "箱式变电站停电导致周边路灯不亮",
        "箱变故障",
        "国网濮阳供电公司",
        "尽快恢复供电",
        "3日内",
        "已恢复供电",
    ),
    (
        "人民路",
        "部分路灯白天亮灯，时控器失灵",
        "时控器故障",
        "濮阳市路灯管理所",
        "校准或更换时控器",
        "2024.7.19",
        "已校准",
    ),
]


def write_light_book(path: Path) -> Path:
    b = Book(path, author="市政设施科")
    ws = b.sheet("交办台账")
    b.widths(ws, [6, 24, 34, 20, 30, 22, 12, 30])
    b.line(ws, 0, "重点路段路灯设施夜间巡查发现问题交办台账", 7, b.title)
    b.line(
        ws,
        1,
        "巡查时间：2024年7月17日晚    巡查人员：市城市管理局分管副局长带市政设施科及路灯管养单位负责人    "
        "交办日期：2024年7月18日（整改时限自交办日期起计算）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "路段（点位）", "发现问题", "原因分析", "责任单位", "整改要求", "完成时限", "整改结果"],
    )
    for i, row in enumerate(LIGHT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(LIGHT_ROWS),
        "交办人：市政设施科 杜建军    联系电话：0393-8181203    更新日期：2024年7月30日",
        7,
    )
    return b.close()


def write_light(path: Path) -> Path:
    return via_soffice(write_light_book, path, "xls", "重点路段路灯设施夜间巡查问题交办台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 路灯照明设施“大体检”, after a city 市政维护管理中心's check-up of its street lights (地埋电缆故障; 灯杆灯具、
# 变压器、配电箱、架空线缆隐患全面排查; 老化掉漆的灯杆重新粉刷; 缺失损坏的电缆检修门排查补装; 对排查问题建立台账、
# 及时更新维修台账):
# http://xt.xtxcm.com/2023-02/25/content_880476.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 排查日期 (an event), the centre's own
# 维修班组 (the unit is the centre), a month range, a 小结 line and a signature line.
CHECKUP_ROWS = [
    (
        date(2024, 7, 8),
        "灯杆灯具",
        "开州路",
        "3号至9号灯杆漆面老化掉漆",
        "维修一班",
        "2024.8.20",
        "正在重新粉刷",
    ),
    (date(2024, 7, 9), "检修门", "长庆路", "路灯电缆检修门缺失6处", "维修二班", "2024.7.20", "已补装完毕"),
    (
        date(2024, 7, 9),
        "配电箱",
        "中原路",
        "配电箱接触器烧毁，整回路不亮",
        "电缆班",
        "2024.7.12",
        "已更换接触器，恢复亮灯",
    ),
    (date(2024, 7, 10), "架空线缆", "大庆路", "废弃架空线约300米未拆除", "电缆班", "2024.8.31", "未启动"),
    (
        date(2024, 7, 11),
        "变压器",
        "绿城路",
        "路灯专用变压器渗油",
        "电缆班",
        "2024.7.31",
        "已报供电部门，待更换",
    ),
    (
        date(2024, 7, 12),
        "灯杆灯具",
        "胜利路",
        "灯杆被车辆撞倒1根",
        "维修一班",
        "2024.7.15",
        "已更换灯杆，恢复亮灯",
    ),
    (date(2024, 7, 15), "地埋电缆", "京开大道", "地埋电缆绝缘破损，发生接地故障", "电缆班", "2024.7.25", ""),
    (
        date(2024, 7, 16),
        "灯杆灯具",
        "黄河路",
        "高压钠灯光源老化偏暗",
        "维修二班",
        "2024年9-10月",
        "已列入LED节能改造计划",
    ),
]


def write_checkup_book(path: Path) -> Path:
    b = Book(path, author="维修科")
    ws = b.sheet("维修台账")
    b.widths(ws, [6, 12, 10, 12, 32, 10, 16, 26])
    b.line(ws, 0, "路灯照明设施“大体检”问题维修台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市市政设施维护管理中心    台账更新日期：2024年7月30日", 7)
    b.header(
        ws, 2, ["序号", "排查日期", "设施类别", "位置", "问题描述", "维修班组", "计划完成时间", "维修情况"]
    )
    for i, row in enumerate(CHECKUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CHECKUP_ROWS)
    b.line(
        ws, end + 1, "小结：7月以来共维修路灯126盏，处理电缆故障15处、配电箱故障8处，拆除废旧架空线120米。", 7
    )
    b.line(ws, end + 2, "负责人：田振华    填表人：许丽娜    联系电话：0393-8322610", 7)
    return b.close()


def write_checkup(path: Path) -> Path:
    via_soffice(write_checkup_book, path, "ods", "路灯照明设施大体检问题维修台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 街旁广场绿地专项考评, after a city 考评中心's special rating of the green spaces beside streets and squares
# (抽评绿地33块; 绿化管养: 黄土裸露、灌木死株、打草不及时杂草丛生、枯枝枯叶未及时清理; 卫生保洁: 保洁不到位、废弃物
# 未清理; each green space named with the unit that 养护 or 保洁 it):
# http://8o.net.cn/html/41a13999819.html
# A .zip of two district returns: 华龙区's .xlsx (问题类型 绿化管养/卫生保洁, the 养护、保洁单位 as 整改责任单位) and
# 开发区's .docx (a table with other header words).
GREEN_HL_ROWS = [
    (
        "人民路街心游园",
        "绿化管养",
        "杂草丛生，打草不及时",
        "濮阳市华龙区园林绿化管理所",
        "2024.7.20",
        "已完成打草除杂",
    ),
    (
        "建设路口绿地",
        "绿化管养",
        "黄土裸露约30平方米",
        "濮阳市翠林园林工程有限公司",
        "7月31日前",
        "已补植麦冬20平方米，剩余正在补植",
    ),
    (
        "中原路与任丘路交叉口绿地",
        "绿化管养",
        "灌木死株未清理补植",
        "濮阳市翠林园林工程有限公司",
        "2024.8.15",
        "",
    ),
    (
        "人民路街心游园",
        "卫生保洁",
        "绿地内废弃物、烟头未清理",
        "濮阳市华龙区环境卫生服务中心",
        "2024.7.15",
        "已整改",
    ),
    (
        "胜利路带状绿地",
        "卫生保洁",
        "保洁不到位，绿篱内塑料袋较多",
        "濮阳市华龙区环境卫生服务中心",
        "2024.7.15",
        "未整改",
    ),
]
GREEN_KF_ROWS = [
    (
        "开发区湿地公园",
        "沿途枯枝、枯叶较多，未及时清理",
        "濮阳市森泰园林绿化有限公司",
        "2024年7月15日",
        "已清理完毕",
    ),
    (
        "大连路游园",
        "绿地杂草较多，局部黄土裸露",
        "濮阳市森泰园林绿化有限公司",
        "2024年8月10日",
        "正在除草，黄土裸露处待秋季补植",
    ),
    (
        "京开大道开发区段绿地",
        "绿篱枯死约15米",
        "河南豫绿园林工程有限公司",
        "2024年8月31日",
        "未启动",
    ),
    (
        "管委会门前广场",
        "喷泉水池水体浑浊、漂浮物多",
        "濮阳经济技术开发区环境卫生管理所",
        "7月20日前",
        "已清洗换水",
    ),
]


def write_green_hl_book(path: Path) -> Path:
    b = Book(path, author="华龙区城管局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 24, 10, 30, 28, 12, 30])
    b.line(ws, 0, "街旁广场绿地专项考评问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区城市管理局    填报日期：2024年7月26日", 6)
    b.header(
        ws,
        2,
        [
            "序号",
            "绿地名称",
            "问题类型",
            "存在问题",
            "整改责任单位（养护、保洁单位）",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(GREEN_HL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(GREEN_HL_ROWS), "填表人：侯静    联系电话：0393-4410378", 6)
    return b.close()


def write_green_kf_docx(path: Path) -> Path:
    doc = _new_document("开发区城管局")
    _title(doc, "开发区街旁广场绿地专项考评问题整改落实情况", 18)
    _paragraph(doc, "填报单位：濮阳经济技术开发区城市管理局    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(GREEN_KF_ROWS, 1)]
    _table(doc, ["序号", "点位", "考评发现问题", "责任单位", "完成时限", "整改落实情况"], body)
    _paragraph(doc, "经办人：韩冰    联系电话：0393-8876215", 12)
    return _save_fixed(doc, path)


def write_green(path: Path) -> Path:
    members = [
        ("街旁广场绿地专项考评问题整改情况表（华龙区）.xlsx", write_green_hl_book),
        ("街旁广场绿地专项考评问题整改落实情况（开发区）.docx", write_green_kf_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 网络问政留言办理, after a city forum's 建言献策 thread answered by the 市园林服务中心 (帖子标题; 部门、发帖时间、
# 满意度、状态 «处理完成»; the department's reply: 设置警示标志和临时围挡，安排专业维修团队加固):
# http://cdbbs.cdyee.com/read-887475?ispc=1
# An .xlsx as the forum's back office exports it: title, 统计 line, one header row (帖子标题, 交办部门, 发帖时间, 办理状态,
# 满意度, 回复时间, 回复摘要), no deadline column, a short name 市城管局 among the departments.
FORUM_ROWS = [
    (
        "[建言献策]人民公园滑梯旁钢管切割后未处理，绊倒划伤小孩，应及时处理！",
        "濮阳市园林绿化服务中心",
        "2024-07-02 08:38",
        "处理完成",
        "满意",
        "2024-07-09 15:25",
        "已设置警示标志和临时围挡，更换锈蚀钢管并紧固松动部件",
    ),
    (
        "[投诉]绿色庄园儿童游乐设施生锈破损，存在安全隐患",
        "濮阳市园林绿化服务中心",
        "2024-07-05 19:12",
        "处理中",
        "",
        "2024-07-12 10:03",
        "已放置警示锥桶，部分零件需厂家定制，正在订购",
    ),
    (
        "[求助]开州路与建设路交叉口路灯连续一周不亮",
        "市城管局",
        "2024-07-08 21:47",
        "处理完成",
        "基本满意",
        "2024-07-10 09:30",
        "经查系电缆接头故障，已修复，恢复亮灯",
    ),
    (
        "[建言献策]小区门口行道树枝条伸进居民阳台，请修剪",
        "濮阳市华龙区城市管理局",
        "2024-07-09 07:55",
        "处理完成",
        "满意",
        "2024-07-15 16:12",
        "已安排养护单位对伸入阳台的枝条进行修剪",
    ),
    (
        "[咨询]马颊河公园晚上景观灯为什么不开，散步太黑",
        "濮阳市园林绿化服务中心",
        "2024-07-11 22:06",
        "处理中",
        "",
        "2024-07-18 11:40",
        "景观灯线路正在检修，检修完毕后恢复开启",
    ),
    (
        "[投诉]京开大道绿化带被挖开后一直未恢复",
        "市城管局",
        "2024-07-16 12:31",
        "待处理",
        "",
        "",
        "",
    ),
    (
        "[建言献策]戚城公园公厕夜间不开放，游客如厕不便",
        "濮阳市园林绿化服务中心",
        "2024-07-18 20:19",
        "处理完成",
        "满意",
        "2024-07-23 09:48",
        "已调整公厕开放时间至晚上10点",
    ),
    (
        "[投诉]濮上园广场健身器材螺丝松动，摇晃厉害",
        "濮阳经济技术开发区城市管理局",
        "2024-07-20 18:03",
        "处理完成",
        "基本满意",
        "2024-07-24 14:26",
        "已对广场健身器材逐一紧固，并更换损坏螺栓",
    ),
]


def write_forum(path: Path) -> Path:
    b = Book(path, author="问政办")
    ws = b.sheet("留言列表")
    b.widths(ws, [6, 52, 26, 18, 10, 10, 18, 40])
    b.line(ws, 0, "网络问政平台园林绿化及城市照明类留言办理情况（2024年7月）", 7, b.title)
    b.line(ws, 1, "统计时间：2024年7月1日至7月29日    共8条，处理完成5条，处理中2条，待处理1条", 7)
    b.header(
        ws, 2, ["序号", "帖子标题", "交办部门", "发帖时间", "办理状态", "满意度", "回复时间", "回复摘要"]
    )
    for i, row in enumerate(FORUM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    ws.autofilter(2, 0, 2 + len(FORUM_ROWS), 7)
    ws.freeze_panes(3, 0)
    return b.close()


FILES = [
    ("人民公园管理处7月12日随机检查问题整改汇报.docx", write_park),
    ("2024年6月份道路绿地月考发现问题整改台账.xlsx", write_road),
    ("古树名木保护专项行动巡查问题整改清单（濮阳县）.wps", write_tree),
    ("2024年古树名木双随机检查养护质量问题反馈表.xls", write_ancient),
    ("广场游园专项排查案件清单.csv", write_cases),
    ("城区公园广场安全隐患排查整治台账（市园林绿化服务中心）.xlsx", write_safety),
    ("重点路段路灯设施夜间巡查问题交办台账.et", write_light),
    ("路灯照明设施大体检问题维修台账.ods", write_checkup),
    ("街旁广场绿地专项考评问题整改（华龙区、开发区）.zip", write_green),
    ("网络问政园林绿化及城市照明类留言办理情况（7月）.xlsx", write_forum),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

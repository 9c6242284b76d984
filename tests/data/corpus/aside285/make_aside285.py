"""Write the aside285 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 安全生产隐患排查 (工贸、危化、建筑施工), 特种设备, 道路交通安全.
Forms: .xlsx (three), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97, renamed), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc and a .wps (LibreOffice conversions of two .docx), and a .zip
of two returns (an .ods and a .docx, member names in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside285.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 29, 17, 10, 0)
ZIP_TIME = (2024, 7, 29, 17, 10, 0)


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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
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


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
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
# 1. 乘客电梯专项检查问题整改“回头看”情况表, after a district 市场监督管理局's account of its 电梯专项检查 “回头看”
# (专项检查发现使用单位安全标识未张贴、应急电话不畅通、安全管理制度不健全、未落实“日管控、周排查、月调度”; 下达
# 责令整改通知书并限期整改; “回头看”复查使用单位12家，约谈使用单位负责人3家，11家已完成全部问题整改，1家因维修
# 周期长已申请延长整改期限，正按计划推进):
# http://www.jhxsmr.cn/zj/content/2025-07/04/content_9112942.htm
# An .xlsx: title, 填报单位 line, a two-row header ("回头看"复查情况 over 复查日期/整改情况/是否约谈负责人), the 处理
# 措施 (notice numbers) beside the 整改期限, one row whose 整改期限 carries the extension beside the original date,
# a 说明 line and a signature line.
ELEVATOR_ROWS = [
    (
        "濮阳市恒信物业服务有限公司",
        "华龙区绿城百合花园3号楼1单元",
        "轿厢内未张贴电梯使用标志和安全注意事项",
        "现场责令整改",
        "2024年6月20日",
        date(2024, 7, 8),
        "已张贴，整改完成",
        "否",
    ),
    (
        "濮阳市公共资源交易中心",
        "交易中心办公楼1号、2号电梯",
        "轿厢应急报警电话无法接通值班室",
        "责令整改通知书（华市监特令〔2024〕07号）",
        "2024年6月15日",
        date(2024, 7, 8),
        "已更换五方通话装置，复查合格",
        "否",
    ),
    (
        "濮阳华联商厦有限公司",
        "商厦1至4层自动扶梯",
        "未落实“日管控、周排查、月调度”，周排查记录缺失",
        "责令整改通知书（华市监特令〔2024〕08号）",
        "2024年6月30日",
        date(2024, 7, 10),
        "已建立日管控记录，周排查、月调度记录正在补齐",
        "是",
    ),
    (
        "濮阳市龙都物业管理有限公司",
        "华龙区龙都花园7号楼",
        "维保单位未按规定每15日进行一次维护保养",
        "现场责令整改",
        "7月10日前",
        date(2024, 7, 11),
        "已整改",
        "否",
    ),
    (
        "华龙区胜利路街道办事处",
        "建设路老旧小区加装电梯（3部）",
        "无物业小区加装电梯未明确使用管理单位，未配备电梯安全管理员",
        "责令整改通知书（华市监特令〔2024〕09号）",
        "2024年6月30日",
        date(2024, 7, 12),
        "未整改",
        "是",
    ),
    (
        "濮阳市华龙区实验学校",
        "综合楼电梯",
        "电梯超过定期检验有效期仍在使用",
        "现场停用，限期报检",
        "7月5日前",
        date(2024, 7, 15),
        "已报检，检验合格后恢复使用",
        "否",
    ),
    (
        "濮阳市恒通置业有限公司",
        "恒通国际商务楼",
        "电梯机房屋面漏雨，控制柜运行环境不符合要求",
        "责令整改通知书（华市监特令〔2024〕10号）",
        "2024年9月30日（原定6月30日，已申请延长整改期限）",
        date(2024, 7, 15),
        "机房屋面防水维修正在施工，按计划推进",
        "是",
    ),
    (
        "濮阳市惠民购物广场有限公司",
        "购物广场北侧载货电梯",
        "电梯安全管理员证书过期未重新取证",
        "现场责令整改",
        "2024年7月31日",
        "",
        "",
        "",
    ),
]


def write_elevator(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察股")
    ws = b.sheet("回头看")
    b.widths(ws, [6, 26, 24, 36, 24, 22, 12, 30, 10])
    b.line(ws, 0, "华龙区乘客电梯专项检查发现问题整改“回头看”情况表", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局（特种设备安全监察股）    填报日期：2024年7月26日", 8)
    for c, word in enumerate(["序号", "使用单位", "电梯安装地点", "检查发现问题", "处理措施", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "“回头看”复查情况", b.head)
    b.header(ws, 3, ["复查日期", "整改情况", "是否约谈负责人"], first=6)
    for i, row in enumerate(ELEVATOR_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7], b.center)
    end = 4 + len(ELEVATOR_ROWS)
    b.line(
        ws,
        end,
        "说明：“回头看”复查时间为2024年7月8日至7月15日；第7项因机房维修周期较长，经批准延长整改期限。",
        8,
    )
    b.line(ws, end + 1, "填表人：宋佳琪    审核人：杜国强    联系电话：0393-8185206", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 企业特种设备及常压设备安全检查问题整改表, after a town's account of its check of 11 enterprises' 特种设备 and
# 常压设备 (登记造册资料较为齐全; 部分企业常压设备登记造册资料不全、检查记录不完善，特种作业操作人员操作证等级与
# 实际操作工种不符，灭火器材维护管理、摆放位置不规范，生产区消防通道不规范; 操作证等级不符的立即停止作业并报名
# 升级培训; 存在消防安全隐患的立即或限期整改):
# http://xcepaper.zjol.com.cn/html/2012-05/25/content_6_2.htm
# An .xls (xlwt): title, 检查时间/检查组 line saying 立即整改 counts from the check day, one header row with 整改方式
# (立即/限期) and the result as a tick under 整改到位 or 未到位 (or neither, with a 备注), the 复查人 (an inspector),
# a 注 line and a signature line.
GONGMAO_ROWS = [
    (
        "濮阳县华瑞化工机械有限公司",
        "常压储罐登记造册资料不全，未建立常压设备台账",
        "完善常压设备登记造册资料",
        "限期",
        "2024年7月31日",
        "√",
        "",
        "",
        "赵立新",
    ),
    (
        "濮阳县金固德建材有限公司",
        "叉车司机特种作业操作证等级与实际操作工种不符",
        "立即停止作业，报名参加升级培训",
        "立即",
        "立即",
        "",
        "√",
        "",
        "赵立新",
    ),
    (
        "濮阳宏达纺织有限公司",
        "织造车间灭火器压力不足，摆放位置被货物遮挡",
        "更换灭火器并规范摆放",
        "立即",
        "立即",
        "√",
        "",
        "",
        "孟庆华",
    ),
    (
        "濮阳县恒润食品有限公司",
        "锅炉房日常检查记录不完善，缺少水位表、安全阀检查记录",
        "补建锅炉日常检查记录",
        "限期",
        "2024年7月20日",
        "",
        "",
        "已补建检查记录表，正在补录6月以来记录",
        "孟庆华",
    ),
    (
        "濮阳县昌盛木业有限公司",
        "生产区消防通道堆放原木，通道宽度不足4米",
        "清理消防通道堆放物",
        "限期",
        "2024年7月15日",
        "√",
        "",
        "",
        "赵立新",
    ),
    (
        "濮阳县鑫源机械制造有限公司",
        "桥式起重机超过检验有效期仍在使用",
        "立即停用并申报定期检验",
        "立即",
        "立即",
        "",
        "",
        "",
        "孟庆华",
    ),
    (
        "濮阳县豫龙包装材料有限公司",
        "空压机储气罐安全阀未按期校验",
        "送检安全阀",
        "限期",
        "2024年8月10日",
        "",
        "√",
        "",
        "赵立新",
    ),
]


def write_gongmao(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "濮阳县产业集聚区企业特种设备及常压设备安全检查问题整改表", t, 0, last),
        (
            1,
            0,
            "检查时间：2024年7月9日    检查组：县产业集聚区安全生产办公室、县市场监督管理局    "
            "“立即整改”事项自检查当日起整改",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(["序号", "企业名称", "检查发现问题", "整改要求", "整改方式", "整改期限"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 6, "整改结果", h, 2, 7))
    cells += [(3, 6, "整改到位", h), (3, 7, "未到位", h)]
    cells.append((2, 8, "备注", h, 3, 8))
    cells.append((2, 9, "复查人", h, 3, 9))
    for i, row in enumerate(GONGMAO_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 6, 7, 9) else c))
    r = 4 + len(GONGMAO_ROWS)
    cells += [
        (r, 0, "注：整改结果在对应栏内打“√”；未到位事项由属地复查督促。", plain, r, last),
        (
            r + 1,
            0,
            "填表人：李慧    审核人：郭振    联系电话：0393-3262017    填报日期：2024年7月29日",
            plain,
            r + 1,
            last,
        ),
    ]
    widths = [6, 28, 40, 28, 10, 16, 10, 10, 30, 10]
    return _write_xls(path, [("检查问题整改表", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 化工企业特种设备专项排查隐患整改台账, after a district 特种设备安全生产专项整治领导小组's account of its sweep of
# 化工企业' 特种设备 (利用特种设备预警监测和应急指挥中心平台梳理，排查超期未检、检验不合格和未办理使用登记的特种
# 设备; “不联系、不告知、直接进厂房、直接检查”，对照企业特种设备台账逐台查看; 建立隐患整改台账并及时整改):
# https://www.jintan.gov.cn/html/czjt/2020/IJMNQALM_0320/147240.html
# An .et (Excel 97 via LibreOffice, saved as WPS 表格 names it): title, 填报单位/排查时间 line, one header row with 设备
# 类别, 设备名称 and 隐患类型 per device, the 企业名称 merged down over its devices, 整改状态 and a 销号日期 column (one
# row with only the date), a 合计 row, a signature line.
CHEM_DEVICE_ROWS = [
    (
        "濮阳市宏业化工有限公司",
        [
            (
                "压力容器",
                "液氨储罐（V-102）",
                "超期未检",
                "液氨储罐定期检验超期2个月未申报",
                "停用并申报定期检验",
                "2024年6月30日",
                "已销号",
                date(2024, 6, 26),
            ),
            (
                "压力管道",
                "蒸汽管道（GC2级）",
                "未办理使用登记",
                "新增蒸汽管道未办理使用登记即投入使用",
                "补办使用登记",
                "2024年8月31日",
                "整改中",
                "",
            ),
        ],
    ),
    (
        "濮阳盛源石化有限公司",
        [
            (
                "起重机械",
                "电动葫芦门式起重机",
                "检验不合格",
                "门式起重机定期检验结论为不合格，起升高度限位器失效仍在使用",
                "停用维修，复检合格后使用",
                "2024年7月15日",
                "",
                date(2024, 7, 12),
            ),
            (
                "场（厂）内专用机动车辆",
                "防爆叉车",
                "未办理使用登记",
                "防爆叉车未办理使用登记，未悬挂牌照",
                "办理使用登记",
                "2024年7月31日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "濮阳县中原精细化工有限公司",
        [
            (
                "锅炉",
                "燃气蒸汽锅炉（4t/h）",
                "超期未检",
                "燃气蒸汽锅炉内部检验超期未检",
                "安排停炉检验",
                "2024年8月15日",
                "整改中",
                "",
            ),
        ],
    ),
    (
        "范县华泰新材料有限公司",
        [
            (
                "压力容器",
                "聚合反应釜（R-201）",
                "检验不合格",
                "聚合反应釜安全阀校验不合格未更换",
                "更换安全阀",
                "2024年7月10日",
                "已销号",
                date(2024, 7, 8),
            ),
        ],
    ),
    (
        "濮阳鑫润气体有限公司",
        [
            (
                "气瓶",
                "工业氧气瓶（36只）",
                "超期未检",
                "36只工业氧气瓶超过检验周期仍在充装",
                "停止充装，送检或报废",
                "2024年6月25日",
                "已销号",
                date(2024, 6, 25),
            ),
        ],
    ),
    (
        "南乐县恒昌化工有限公司",
        [
            (
                "压力管道",
                "液氯输送管道",
                "超期未检",
                "液氯输送管道定期检验超期",
                "委托检验机构检验",
                "2024年9月30日",
                "",
                "",
            ),
        ],
    ),
]


def write_chem_device_book(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 26, 16, 22, 14, 40, 24, 16, 10, 12])
    b.line(ws, 0, "化工企业特种设备专项排查隐患整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市特种设备安全生产专项整治工作领导小组办公室    排查时间：2024年6月17日至6月28日    "
        "统计截至：2024年7月26日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "设备类别",
            "设备名称",
            "隐患类型",
            "隐患描述",
            "整改措施",
            "整改期限",
            "整改状态",
            "销号日期",
        ],
    )
    r, n = 3, 0
    for company, devices in CHEM_DEVICE_ROWS:
        b.merge(ws, r, 1, r + len(devices) - 1, 1, company)
        for device in devices:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(device[:7]), first=2)
            b.put(ws, r, 9, device[7])
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "排查化工企业6家，逐台查看特种设备47台（套），发现隐患8条，已销号4条")
    b.line(ws, r + 2, "填表人：马晓燕    审核人：贾文斌    联系电话：0393-4418362", 9)
    return b.close()


def write_chem_device(path: Path) -> Path:
    return via_soffice(write_chem_device_book, path, "xls", "化工企业特种设备隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 道路交通事故多发路段挂牌督办治理进展表, after a province's 道路交通安全委员会 deciding to 挂牌督办 ten 事故多发路段
# (路段以路线编号和起止桩号标明，分布在主干公路枢纽段，交通流量大、穿村过镇段居多; 纳入年度道路交通安全工作目标，
# 定期跟踪问效，年终考核; “一路一策”治理方案，责任、措施、资金、时限、方案“五明确”“五落实”):
# http://www.xhyb.net.cn/news/shiju/2022/0228/174787.html
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (路段位置 over 路线编号/起止桩号/所在县区, “一路一策”治理
# 责任 over 治理措施/责任单位/治理资金/完成时限), 责任单位 by short and former names, a 合计 row summing the money,
# 说明 and signature lines.
ROAD_ROWS = [
    (
        "G106",
        "K1620+300—K1624+800",
        "清丰县",
        "穿村过镇路段无中央隔离设施，行人横穿频繁",
        "增设中央隔离护栏、人行横道和减速标线",
        "清丰县人民政府",
        185,
        "2024年10月底前",
        "中央隔离护栏已安装2.1公里，标线施划正在进行",
        "市级",
    ),
    (
        "G342",
        "K78+500—K82+000",
        "范县",
        "平交路口密集且无信号控制，视距不良",
        "路口渠化，增设信号灯和爆闪灯",
        "市交通局",
        96,
        "2024年6-9月",
        "已完成3处路口渠化，信号灯正在采购",
        "省级",
    ),
    (
        "S209",
        "K35+100—K37+600",
        "濮阳县",
        "连续弯道路段标志标线缺失，夜间无照明",
        "完善标志标线，增设太阳能路灯",
        "濮阳县交通运输局",
        48,
        "2024年6月30日",
        "已完成治理，经市道安办验收合格销号",
        "市级",
    ),
    (
        "S101",
        "K12+000—K15+400",
        "南乐县",
        "大货车集中通行路段超速、超载违法突出",
        "增设区间测速和治超检测点",
        "市交警支队",
        120,
        "2024年12月底前",
        "未启动",
        "市级",
    ),
    (
        "城市道路",
        "京开大道与长庆路交叉口",
        "华龙区",
        "路口非机动车左转与机动车冲突，事故多发",
        "设置非机动车二次过街等待区，优化信号配时",
        "市住建局",
        15,
        "2024年7月20日",
        "已完成施划和信号配时优化",
        "市级",
    ),
    (
        "城市道路",
        "大庆路（中原路至黄河路段）",
        "华龙区",
        "马路市场占道经营，人车混行",
        "取缔马路市场，加强巡查管控",
        "市城管执法局",
        "",
        "长期坚持",
        "常态化巡查管控，长期坚持",
        "市级",
    ),
    (
        "X012",
        "K3+200—K4+000",
        "濮阳县",
        "临水路段无路侧防护栏",
        "安装波形梁护栏800米",
        "濮阳县公路事业发展中心",
        60,
        "2024年8月31日",
        "",
        "市级",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="市道安办")
    ws = b.sheet("挂牌督办路段")
    b.widths(ws, [6, 10, 22, 10, 34, 32, 22, 12, 16, 32, 10])
    b.line(ws, 0, "2024年濮阳市道路交通事故多发路段挂牌督办治理进展表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市道路交通安全委员会办公室    统计截至：2024年7月25日", 10)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "路段位置", b.head)
    b.header(ws, 3, ["路线编号", "起止桩号", "所在县区"], first=1)
    b.merge(ws, 2, 4, 3, 4, "主要隐患", b.head)
    b.merge(ws, 2, 5, 2, 8, "“一路一策”治理责任", b.head)
    b.header(ws, 3, ["治理措施", "责任单位", "治理资金（万元）", "完成时限"], first=5)
    b.merge(ws, 2, 9, 3, 9, "治理进展", b.head)
    b.merge(ws, 2, 10, 3, 10, "督办级别", b.head)
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ROAD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "挂牌督办路段7处")
    b.put(ws, end, 7, sum(row[6] for row in ROAD_ROWS if row[6] != ""))
    for col in (8, 9, 10):
        b.put(ws, end, col, "")
    b.line(
        ws,
        end + 1,
        "说明：挂牌路段实行“一路一策”，治理责任、措施、资金、时限、方案“五落实”，纳入年度道路交通安全工作目标"
        "考核；验收合格的路段予以销号。",
        10,
    )
    b.line(ws, end + 2, "填表人：韩雪    审核人：罗建军    联系电话：0393-8669120", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 道路运输领域安全隐患排查整改情况的报告, after a county 交通运输局's account of its 岁末年初安全生产专项整治行动
# (重点对客货运输企业、“两客一危”重点营运车辆和机动车维修业户开展安全生产和消防安全大检查; 共发现问题隐患10条，
# 已逐项明确整改要求并跟踪完成整改; 交通运输综合行政执法大队打击非法营运、超限超载; 对县乡道路桥梁、涵洞、边坡
# “拉网式”排查):
# http://jtysj.baoji.gov.cn/zzzb/jcdt/202412/t20241224_903998.html
# A .docx: title, 主送, an account of the sweep, then the items as numbered paragraphs （1）…（7） each naming the
# bureau's own 股室, its 整改时限 (立行立改 and 10个工作日内 counted from the 交办 date the preamble states) and
# progress in sentences; a closing paragraph, the bureau and date at the foot.
TRANSPORT_PARAS = [
    "（1）濮阳县汽车客运站安检X光机故障停用，出站检查记录填写不全。责任股室：运输管理股。整改时限：立行立改。"
    "7月9日经复查，安检设备已修复，出站检查记录已规范填写，整改完成。",
    "（2）部分“两客一危”企业动态监控平台无专人值守，疲劳驾驶报警未及时处置。责任股室：运输管理股。"
    "整改时限：7月31日前。目前已督促3家企业配备专职监控员，报警处置记录正在完善。",
    "（3）城关镇2家机动车维修业户喷漆房灭火器过期，油漆等易燃物品随意堆放。责任股室：安全监督股。"
    "整改时限：自交办之日起10个工作日内。已于7月15日整改完毕。",
    "（4）农村公路文柳路K6+200处桥梁护栏缺失。责任股室：养护管理股。整改时限：2024年9月底前。"
    "目前已完成护栏设计，计划8月中旬开工。",
    "（5）县道濮渠路部分路段边坡存在塌方隐患，涵洞淤塞。责任股室：养护管理股。整改时限：年底前完成边坡加固和"
    "涵洞清淤。目前尚未启动。",
    "（6）县城至柳屯镇方向非法营运面包车屡禁不止。责任股室：运政执法股。整改措施：联合交警大队常态化开展路面"
    "稽查，长期坚持。",
    "（7）2家普通货运企业未建立安全生产主体责任清单。责任股室：安全监督股。整改时限：8月15日前。",
]


def write_transport(path: Path) -> Path:
    doc = _new_document("安全监督股")
    _title(doc, "濮阳县交通运输局关于道路运输领域安全隐患排查整改情况的报告")
    _paragraph(doc, "县政府督查室：")
    _paragraph(
        doc,
        "为做好汛期和暑运期间交通运输行业安全生产工作，我局紧盯道路运输和公路运营重点领域，开展了安全隐患排查"
        "整治。现将有关情况报告如下：",
    )
    _paragraph(doc, "一、排查开展情况", font="黑体")
    _paragraph(
        doc,
        "7月1日至5日，我局组织运输管理股、安全监督股、养护管理股等股室，累计出动检查人员26人次，对全县客货运输"
        "企业、“两客一危”重点营运车辆、机动车维修业户和县乡道路桥梁、涵洞、边坡进行了检查，共发现问题隐患7条。"
        "7月8日已将问题隐患逐项交办责任股室，明确整改要求和时限。",
    )
    _paragraph(doc, "二、问题隐患及整改情况", font="黑体")
    for text in TRANSPORT_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将对未完成整改的问题隐患实行周调度，整改完成一项、销号一项，切实守好交通运输领域安全关。",
    )
    _paragraph(doc, "濮阳县交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 农村道路交通安全隐患排查整改台账, after a 派出所's account of its 农村道路安全隐患大排查大整治 with the 村居
# (重点针对临水临崖地段、事故多发路段和马路集市; 发现隐患6处，主要为强制减速带、凸面镜等交通设施缺失; 每一处隐患点
# 采集证据照片，分析制定整改计划，汇总上报需增设的交通标志线和交通设施):
# http://m.sh-hanglv.cn/news-54314.html
# A CSV in GBK: a title line, a line stating how the sweep was made and that 立行立改 counts from the 排查日期, one
# header line with 排查日期 (per row), 证据照片 and 需增设设施 columns, towns, 村民委员会 and county units as 责任单位,
# a 合计 line and a 填报人 line.
VILLAGE_ROWS = [
    (
        "2024-07-02",
        "韩村镇北街村村口与S209交叉口",
        "平交路口",
        "村道接入省道路口无减速带、无警告标志",
        "照片01-02",
        "增设强制减速带和“减速慢行”警告标志",
        "减速带2道、警告标志2块",
        "韩村镇人民政府",
        "7月底前",
        "已安装，整改完成",
    ),
    (
        "2024-07-02",
        "韩村镇前寨村西急弯处",
        "急弯路段",
        "村道急弯处视线被树木遮挡，未设置凸面镜",
        "照片03",
        "修剪树木，安装凸面镜",
        "凸面镜1面",
        "韩村镇前寨村村民委员会",
        "立行立改",
        "树木已修剪，凸面镜已申报待安装",
    ),
    (
        "2024-07-03",
        "韩村镇集贸市场（县道X027）",
        "马路集市",
        "逢集日摊位占用县道行车道，人车混行",
        "照片04-05",
        "划定摊位线，集日安排劝导员值守",
        "警示锥桶20个",
        "韩村镇人民政府",
        "长期坚持",
        "集日安排劝导员值守，长期坚持",
    ),
    (
        "2024-07-04",
        "韩村镇东马村南沿渠道路",
        "临水路段",
        "沿渠路段约300米无路侧防护栏",
        "照片06-07",
        "安装波形护栏",
        "波形护栏300米",
        "清丰县交通运输局",
        "2024年9月30日",
        "未整改",
    ),
    (
        "2024-07-05",
        "县道X027韩村镇中学门口",
        "学校周边",
        "学校门口无人行横道，未设置“注意儿童”标志",
        "照片08",
        "施划人行横道，增设注意儿童标志",
        "人行横道1处、标志2块",
        "清丰县公安局交通管理大队",
        "2024年8月20日",
        "",
    ),
    (
        "2024-07-05",
        "韩村镇后寨村北陡坡",
        "陡坡路段",
        "村道陡坡路段两侧无道口警示桩",
        "照片09",
        "安装道口警示桩",
        "警示桩10根",
        "韩村镇后寨村村民委员会",
        "2024年7月15日",
        "已安装",
    ),
    (
        "2024-07-08",
        "S209与县道X025交叉口",
        "事故多发点段",
        "路口无信号灯，近一年发生交通事故3起",
        "照片10-12",
        "增设爆闪灯，申请设置信号灯",
        "爆闪灯4套",
        "清丰县交通运输局",
        "2024年10月31日",
        "爆闪灯已安装，信号灯正在申请立项",
    ),
]


def write_village(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县公安局韩村派出所（交警中队）农村道路交通安全隐患排查整改台账（2024年7月）"])
    w.writerow(
        [
            "排查方式：民警联合村（居）力量逐路排查，每处隐患采集证据照片、制定整改计划，需增设的交通标志标线和设施"
            "汇总上报；“立行立改”自排查当日起整改"
        ]
    )
    w.writerow(
        [
            "序号",
            "排查日期",
            "隐患地点",
            "隐患类别",
            "隐患情况",
            "证据照片",
            "整改计划",
            "需增设设施",
            "责任单位",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(VILLAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共排查隐患7处", "", "", "", "", "", "已整改2处"])
    w.writerow(["填报人：王海涛    联系电话：0393-7221110    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 建筑施工安全问题通报整改落实情况, after a city 住房和城乡建设局's 通报 on a 施工企业 (项目为必须打通的“瓶颈路”;
# 施工组织混乱，不按进度计划施工，关键线路工序施工严重滞后，现场安全文明、质量问题突出; 经多次发出整改通知、约谈、
# 诚信处罚仍未完成整改; 予以通报，责令该施工企业立行立改):
# http://jsj.zs.gov.cn/zwgk/zcwj/qtwj/content/post_1850292.html
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble giving the 通报 date the 立行立改 rows count from, one
# table with 施工单位 beside the 项目名称 and the bureau's 已采取措施 (整改通知、约谈、诚信扣分), 整改要求 with the
# 时限 in words, 整改落实情况, a closing paragraph, the bureau and date at the foot.
BUILD_NOTICE_ROWS = [
    (
        "京开大道北延（瓶颈路）改造工程",
        "河南中豫路桥建设有限公司",
        "施工组织混乱，关键线路工序严重滞后，雨水管沟槽开挖未按方案放坡",
        "两次下发整改通知，约谈项目负责人，诚信扣分",
        "立行立改",
        "沟槽已按方案放坡并设置临边防护，施工进度计划正在调整",
    ),
    (
        "华龙区孟轲安置房三期项目",
        "濮阳建工集团第三工程有限公司",
        "外脚手架连墙件缺失，剪刀撑设置不连续",
        "下发整改通知",
        "立行立改",
        "已整改，经复查合格",
    ),
    (
        "濮阳经济技术开发区新材料产业园标准化厂房",
        "河南鼎诚建设工程有限公司",
        "塔吊司机无证上岗，塔吊起重量限制器失效",
        "下发停工整改通知，诚信扣分",
        "2024年7月20日前完成",
        "已更换持证司机，限制器已修复，复工验收合格",
    ),
    (
        "濮阳市第六中学教学楼改扩建工程",
        "濮阳市宏基建筑安装有限公司",
        "临时用电未执行“一机一闸一漏”，配电箱无门无锁",
        "下发整改通知",
        "7月15日前完成",
        "未整改",
    ),
    (
        "龙湖御景小区二期",
        "河南华安建设集团有限公司",
        "基坑周边堆土超过设计荷载，未开展基坑监测",
        "约谈企业负责人",
        "7月底前完成",
        "已委托第三方开展基坑监测，堆土正在清运",
    ),
    (
        "市中医院门诊综合楼",
        "濮阳市恒泰建筑工程有限公司",
        "高大模板支撑体系专项方案未经专家论证即施工",
        "下发停工整改通知",
        "8月10日前完成方案论证",
        "",
    ),
    (
        "黄河路（绿城路至京开大道）提升改造工程",
        "濮阳市通达市政工程有限公司",
        "施工围挡破损，扬尘防治措施不落实，安全文明施工不达标",
        "下发整改通知",
        "2024年7月25日前",
        "已修复围挡并配备雾炮，已完成",
    ),
]


def write_build_notice_docx(path: Path) -> Path:
    doc = _new_document("建筑市场监管科", landscape=True)
    _title(doc, "濮阳市住房和城乡建设局关于部分在建项目建筑施工安全问题通报整改落实情况的报告", 20)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月10日，我局印发《关于部分在建项目建筑施工安全问题的通报》，对7个在建项目经多次整改通知、约谈、"
        "诚信处罚仍未整改到位的问题予以通报，责令相关施工企业自通报之日起立行立改，需限期整改的按规定时限完成。"
        "现将整改落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(BUILD_NOTICE_ROWS, 1)]
    _table(
        doc,
        ["序号", "项目名称", "施工单位", "存在问题", "已采取措施", "整改要求", "整改落实情况"],
        body,
        size=10,
    )
    _paragraph(
        doc,
        "对逾期未完成整改的施工企业，我局将依法依规采取停工整改、信用惩戒等措施，并在全市范围内再次通报。",
    )
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_build_notice(path: Path) -> Path:
    return via_soffice(write_build_notice_docx, path, "doc", "建筑施工安全问题通报整改落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 8. 建筑施工安全隐患排查重大隐患专门台账, after a city 住建局's account of its holiday 建筑施工安全隐患排查治理
# (重点检查施工现场排水、边坡基坑支护、脚手架搭设、临边洞口防护、施工用电、塔吊和施工电梯、施工机械及消防器材;
# 对隐患严重的施工现场责令限期停工，验收合格后方可恢复施工; 危大工程重大隐患建立专门台帐，设专人负责，增加检查
# 频次; 查出隐患30处，下达限期整改通知书2份、停工整改通知书4份):
# https://www.akcjnk999.com/bumen/2019-05-06/403872.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (隐患情况 over 隐患部位/隐患描述, 整改落实 over 整改情况/
# 复查验收), the 下达文书 (限期整改 or 停工整改通知书) and the 专人负责 监督员 (an inspector), 复查验收 verdicts that
# settle the 整改情况 (one 复查不合格，继续整改), a 合计 row, 注 and signature lines.
SITE_ROWS = [
    (
        "南乐县第二实验小学综合楼",
        "河南恒基建设有限公司",
        "基坑支护",
        "基坑东侧支护桩顶出现裂缝，坑顶未设置截排水沟",
        "停工整改通知书",
        "2024年7月10日",
        "刘振华",
        "已整改，申请复工",
        "复查合格，准予复工",
    ),
    (
        "南乐县人民医院住院部扩建工程",
        "濮阳市建安工程有限公司",
        "施工电梯",
        "施工升降机防坠安全器超过标定期限，标准节螺栓松动",
        "停工整改通知书",
        "2024年7月12日",
        "刘振华",
        "已整改",
        "复查不合格，继续整改",
    ),
    (
        "仓颉花园12号楼",
        "河南宏润建设工程有限公司",
        "脚手架",
        "悬挑脚手架工字钢锚固不牢，架体底部未满铺脚手板",
        "限期整改通知书",
        "2024年7月5日",
        "张凯",
        "已整改",
        "复查合格",
    ),
    (
        "南乐县产业集聚区生物基材料厂房",
        "濮阳天成建筑工程有限公司",
        "临边洞口",
        "楼层电梯井口未设防护门，屋面临边无防护栏杆",
        "限期整改通知书",
        "2024年7月8日",
        "张凯",
        "正在整改",
        "",
    ),
    (
        "城北安置区B区",
        "南乐县城建工程有限公司",
        "施工用电",
        "配电箱未做重复接地，电缆拖地浸水",
        "停工整改通知书",
        "2024年7月15日",
        "王磊",
        "未整改",
        "",
    ),
    (
        "昌州路西延道路工程",
        "濮阳市通衢路桥工程有限公司",
        "施工排水",
        "汛期施工现场排水设施不足，管沟积水深达1米",
        "停工整改通知书",
        "2024年7月20日",
        "王磊",
        "",
        "",
    ),
    (
        "乐昌商业中心综合楼",
        "河南博远建设有限公司",
        "施工机械",
        "物料提升机吊笼安全门联锁失效",
        "停工整改通知书",
        "2024年7月18日",
        "刘振华",
        "已整改",
        "复查合格，准予复工",
    ),
    (
        "南乐县全民健身中心",
        "河南省中州建筑有限公司",
        "消防器材",
        "施工现场消防器材配备不足，动火作业无审批",
        "限期整改通知书",
        "2024年7月31日",
        "张凯",
        "已补配灭火器20具，动火审批制度正在建立",
        "",
    ),
]


def write_site(path: Path) -> Path:
    b = Book(path, author="建筑工程安全监督站")
    ws = b.sheet("重大隐患台账")
    b.widths(ws, [6, 28, 24, 12, 40, 16, 14, 12, 28, 20])
    b.line(ws, 0, "南乐县汛期建筑施工安全隐患排查重大隐患专门台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县住房和城乡建设局（建筑工程安全监督站）    排查时间：2024年6月24日至7月5日    "
        "填报日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(["序号", "工程名称", "施工单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "隐患情况", b.head)
    b.header(ws, 3, ["隐患部位", "隐患描述"], first=3)
    for c, word in ((5, "下达文书"), (6, "整改期限"), (7, "专人负责（监督员）")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复查验收"], first=8)
    for i, row in enumerate(SITE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SITE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "8个项目")
    b.put(ws, end, 2, "")
    b.put(ws, end, 3, "")
    b.put(ws, end, 4, "重大隐患8处")
    b.put(ws, end, 5, "限期整改通知书3份、停工整改通知书5份")
    for col in range(6, 10):
        b.put(ws, end, col, "")
    b.line(
        ws,
        end + 1,
        "注：停工整改项目经复查验收合格后方可恢复施工；重大隐患设专人负责，增加检查频次。",
        9,
    )
    b.line(ws, end + 2, "填表人：孙丽    审核人：冯卫平    联系电话：0393-7266053", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 冶金等工贸行业安全生产专项检查隐患整改“五落实”情况表, after a city 安监局's account of its 冶金行业安全生产
# 专项检查 (聘请省冶金行业专家组成检查组，对9家冶金企业检查，发现隐患和问题74处，发出整改指令书9份; 责令企业制定
# 整改措施、明确负责人员、落实隐患资金，做到整改措施、责任、资金、时限、预案“五落实”; 对拒不整改或整改不合格的
# 企业依法从严处理):
# http://www.yangchun.gov.cn/xxgk/zdlyxxgk/aqsc/scaqsgdcbg/content/post_233739.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it), landscape: title, 检查时间 line saying 立即整改 counts from
# the check day, one table with a two-row header (“五落实” over 整改措施/责任人/整改资金/整改时限/应急预案), each
# enterprise as a group row merged across (with its 整改指令书 number) above its items, a 注 and the bureau at the foot.
METAL_GROUPS = [
    (
        "一、范县华鑫铸造有限公司（整改指令书：濮应急责改〔2024〕21号）",
        [
            (
                "中频炉冷却水系统未设置断水报警及联锁装置",
                "加装断水报警并与中频电源联锁",
                "李建国",
                "3.5",
                "2024年7月31日",
                "熔炼炉漏炉事故现场处置方案",
                "已加装并调试完成",
            ),
            (
                "吊运铁水的起重机未采用冶金铸造起重机",
                "更换为冶金铸造起重机",
                "李建国",
                "48",
                "2024年12月31日",
                "吊运作业实行专人监护",
                "已签订采购合同，设备正在制造",
            ),
        ],
    ),
    (
        "二、濮阳市恒钢金属制品有限公司（整改指令书：濮应急责改〔2024〕22号）",
        [
            (
                "熔炼炉周边地坑积水，未采取防水措施",
                "清除积水，地坑加设防水盖板",
                "王志刚",
                "0.8",
                "立即整改",
                "—",
                "已整改",
            ),
            (
                "煤气发生炉区域未设置一氧化碳报警装置",
                "安装固定式一氧化碳报警器",
                "王志刚",
                "1.2",
                "2024年8月15日",
                "煤气中毒事故应急预案",
                "未整改",
            ),
        ],
    ),
    (
        "三、台前县金诺铝业有限公司（整改指令书：濮应急责改〔2024〕23号）",
        [
            (
                "铝液深井铸造未设置紧急排放和应急储存设施",
                "增设铝液紧急排放及应急储存装置",
                "赵卫东",
                "26",
                "2024年10月31日",
                "深井铸造爆炸事故专项应急预案",
                "",
            ),
            (
                "除尘器灰仓有限空间未设置警示标识，未建立管理台账",
                "设置警示标识，建立有限空间管理台账",
                "赵卫东",
                "0.2",
                "2024年7月10日",
                "—",
                "已设置标识并建立台账",
            ),
        ],
    ),
    (
        "四、濮阳县宏达机械铸造有限公司（整改指令书：濮应急责改〔2024〕24号）",
        [
            (
                "主要负责人和安全管理人员未经安全生产知识和管理能力考核",
                "参加考核，每年开展全员安全培训",
                "陈明",
                "0.5",
                "长期坚持",
                "—",
                "长期坚持",
            ),
        ],
    ),
]


def _metal_header(table) -> None:
    """The two header rows: 序号/隐患内容/整改情况 merged down, “五落实” over five columns."""
    for c, word in ((0, "序号"), (1, "隐患内容"), (7, "整改情况")):
        cell = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(cell, word, 10, bold=True)
    group = table.cell(0, 2).merge(table.cell(0, 6))
    _cell_text(group, "“五落实”", 10, bold=True)
    for c, word in enumerate(["整改措施", "责任人", "整改资金（万元）", "整改时限", "应急预案"], start=2):
        _cell_text(table.cell(1, c), word, 10, bold=True)


def write_metal_docx(path: Path) -> Path:
    doc = _new_document("执法监察科", landscape=True)
    _title(doc, "全市冶金等工贸行业安全生产专项检查隐患整改“五落实”情况表", 18)
    _paragraph(
        doc,
        "检查时间：2024年7月3日    检查方式：聘请省级冶金行业专家现场检查    “立即整改”事项自检查当日起整改",
        12,
    )
    n_rows = 2 + sum(1 + len(items) for _, items in METAL_GROUPS)
    table = doc.add_table(rows=n_rows, cols=8)
    table.style = "Table Grid"
    _metal_header(table)
    r, n = 2, 0
    for title, items in METAL_GROUPS:
        _cell_text(table.cell(r, 0).merge(table.cell(r, 7)), title, 10, bold=True)
        r += 1
        for item in items:
            n += 1
            _cell_text(table.cell(r, 0), str(n), 10)
            for c, v in enumerate(item, start=1):
                _cell_text(table.cell(r, c), v, 10)
            r += 1
    _paragraph(
        doc,
        "注：整改措施、责任、资金、时限、预案“五落实”；对拒不整改或整改不合格的企业依法从严处理。",
        12,
    )
    _paragraph(doc, "濮阳市应急管理局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_metal(path: Path) -> Path:
    return via_soffice(write_metal_docx, path, "doc", "冶金工贸行业隐患整改五落实情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 危化品安全风险隐患专项排查整治 (two returns in one zip), after 国务院安委办's account of the third round of its
# 硝酸铵等危化品安全风险隐患专项排查治理 (硝酸铵生产企业“一企一策”整治措施建议106项，已完成整改86项; 延伸到硝化棉、
# 氯酸钾、氯酸钠、液氯和硝化工艺五类企业; 危化品重大危险源企业专项检查交办重大隐患，督促尽快完成整改验收):
# http://cnfia.com.cn/c/cn/news/2020-12/15/news_13184.html
# A .zip with GBK member names holding an .ods from a county 应急管理局 (一企一策整治措施 with a 是否完成 是/否
# column beside the 落实情况) and a .docx from another county with a table of 交办 重大隐患 (交办日期 as the base of
# 30日内 and 15个工作日内, 立行立改) and a 验收销号 column.
YIQIYICE_ROWS = [
    (
        "濮阳县龙丰化工有限公司",
        "液氯使用",
        "液氯钢瓶库未设置事故氯吸收装置",
        "2024年8月31日",
        "否",
        "吸收装置已完成设计，正在安装",
    ),
    (
        "濮阳县瑞达精细化工有限公司",
        "硝化工艺",
        "硝化反应釜温度与搅拌、冷却水未实现联锁",
        "2024年6月30日",
        "是",
        "已完成联锁改造并通过专家验收",
    ),
    (
        "濮阳中原润丰化学有限公司",
        "氯酸钠储存",
        "氯酸钠仓库与其他氧化剂混存",
        "2024年7月15日",
        "是",
        "",
    ),
    (
        "濮阳县天宇化工有限公司",
        "硝化工艺",
        "硝化装置未开展反应安全风险评估",
        "2024年9月30日",
        "否",
        "",
    ),
    (
        "濮阳县恒信化工有限公司",
        "液氯使用",
        "氯气泄漏报警仪未与事故排风机联动",
        "2024年7月31日",
        "是",
        "已实现报警与排风联动",
    ),
]
MAJOR_HAZARD_ROWS = [
    (
        "范安办交〔2024〕11号",
        "范县华康石化有限公司",
        "二级",
        "液化烃储罐区进出物料管道未设置紧急切断阀",
        "2024-06-12",
        "交办后30日内",
        "已完成紧急切断阀安装",
        "已验收销号",
    ),
    (
        "范安办交〔2024〕12号",
        "范县金源化工有限公司",
        "三级",
        "重大危险源安全监控数据未接入监测预警系统",
        "2024-06-12",
        "2024年8月底前",
        "数据接入正在调试",
        "",
    ),
    (
        "范安办交〔2024〕15号",
        "范县豫北新材料有限公司",
        "一级",
        "涉及重点监管危险化工工艺的装置未实现自动化控制",
        "2024-06-20",
        "2024年12月31日",
        "未启动",
        "",
    ),
    (
        "范安办交〔2024〕16号",
        "范县天然气储运有限公司",
        "四级",
        "LNG储罐区可燃气体检测报警仪失效",
        "2024-06-20",
        "15个工作日内",
        "已整改",
        "",
    ),
    (
        "范安办交〔2024〕19号",
        "范县中润化工有限公司",
        "三级",
        "重大危险源安全包保责任人未按要求履职",
        "2024-07-02",
        "立行立改",
        "",
        "",
    ),
]


def write_yiqiyice_book(path: Path) -> Path:
    b = Book(path, author="危化股")
    ws = b.sheet("一企一策")
    b.widths(ws, [6, 28, 12, 40, 16, 10, 32])
    b.line(ws, 0, "濮阳县硝酸铵等危化品安全风险隐患专项排查“一企一策”整治措施落实表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县应急管理局    填报日期：2024年7月29日", 6)
    b.header(
        ws, 2, ["序号", "企业名称", "企业类别", "一企一策整治措施建议", "完成时限", "是否完成", "落实情况"]
    )
    for i, row in enumerate(YIQIYICE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(YIQIYICE_ROWS)
    b.line(ws, end, "注：“是否完成”栏填“是”或“否”，未完成的在落实情况栏说明进展。", 6)
    b.line(ws, end + 1, "填表人：杨帆    联系电话：0393-3219085", 6)
    return b.close()


def write_yiqiyice(path: Path) -> Path:
    via_soffice(write_yiqiyice_book, path, "ods", "一企一策整治措施落实表.xlsx")
    return fixed_zip(path)


def write_major_hazard(path: Path) -> Path:
    doc = _new_document("范县应急管理局", landscape=True)
    _title(doc, "范县危化品重大危险源企业重大隐患交办整改情况", 18)
    _paragraph(
        doc, "交办单位：范县安全生产委员会办公室    填报单位：范县应急管理局    填报日期：2024年7月29日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(MAJOR_HAZARD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "交办编号",
            "企业名称",
            "重大危险源级别",
            "重大隐患",
            "交办日期",
            "整改时限",
            "整改进展",
            "验收销号",
        ],
        body,
        size=10,
    )
    _paragraph(doc, "注：整改时限中“N日内”“N个工作日内”“立行立改”均自交办日期起算。", 12)
    _paragraph(doc, "填表人：刘洋    联系电话：0393-5451139", 12)
    return _save_fixed(doc, path)


def write_chem_zip(path: Path) -> Path:
    members = [
        ("濮阳县一企一策整治措施落实表.ods", write_yiqiyice),
        ("范县重大危险源企业重大隐患交办整改情况.docx", write_major_hazard),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("华龙区乘客电梯专项检查问题整改“回头看”情况表.xlsx", write_elevator),
    ("濮阳县产业集聚区企业特种设备及常压设备安全检查问题整改表.xls", write_gongmao),
    ("化工企业特种设备专项排查隐患整改台账.et", write_chem_device),
    ("2024年道路交通事故多发路段挂牌督办治理进展表.xlsx", write_road),
    ("濮阳县交通运输局关于道路运输领域安全隐患排查整改情况的报告.docx", write_transport),
    ("韩村派出所农村道路交通安全隐患排查整改台账（2024年7月）.csv", write_village),
    ("市住建局关于建筑施工安全问题通报整改落实情况的报告.doc", write_build_notice),
    ("南乐县汛期建筑施工安全隐患排查重大隐患专门台账.xlsx", write_site),
    ("冶金等工贸行业安全生产专项检查隐患整改五落实情况表.wps", write_metal),
    ("危化品安全风险隐患专项排查整治台账（濮阳县、范县）.zip", write_chem_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

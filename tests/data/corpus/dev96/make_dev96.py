"""Write the dev96 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 安全生产专项整治 (涉爆粉尘, 乡镇安全生产大排查, 城镇燃气场站, 建筑施工联合执法, 企业执法检查回复) and
食品药品安全 (医疗美容药械化, 农村集体聚餐, 高校餐厅夜查, 校园食品安全交叉检查, 药店执业药师在岗).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .ods (LibreOffice conversions), a CSV in
GBK, a .docx whose items are numbered paragraphs under group headings, and a .zip of two returns (an .xlsx and a
.docx). Contents are made up; statistics date 2024-07-31; dates inside the files and zip member times are fixed.
Run from this folder: python make_dev96.py. Needs Python 3.10+, XlsxWriter, xlwt, python-docx and LibreOffice
(soffice) for the .et, .ods and .doc returns.
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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9D9D9",
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
        self.cnday = add(
            {
                "border": 1,
                "num_format": 'yyyy"年"m"月"d"日"',
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


def soffice(source: Path, suffix: str, out_dir: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{suffix.split(':')[0]}"


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
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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
# 1. 涉爆粉尘企业安全生产专项检查, after a district's account of its 涉爆粉尘企业安全生产专项检查行动 (专项检查组通过查阅
# 资料、询问提问、现场检查; 涉爆粉尘管理制度、应急预案、培训档案资料、涉爆粉尘设施设备、粉尘清理情况及安全警示标志
# 标识; 现场反馈，责令企业限期整改; 检查企业5家，发现问题隐患30余项，立案处罚3起):
# http://m.nxhuan.com/lcyw/p/1583240.html
# An .xlsx: title, 填报单位 and 检查时间 line, one header row whose 隐患类别 words are the source's six check points,
# the enterprise name merged down over its rows, a 是否立案 column, a 合计 row and a signature line.
DUST_ROWS = [
    (
        "第一检查组",
        "濮阳市华龙区鑫达木业有限公司",
        [
            (
                "涉爆粉尘设施设备",
                "除尘系统未按规定设置锁气卸灰装置",
                "加装锁气卸灰装置",
                "2024年7月25日",
                "已加装，7月26日复查合格",
                "否",
            ),
            (
                "粉尘清理情况",
                "砂光车间设备表面积尘厚度超过1毫米，未按规定及时清扫",
                "落实班前班后清扫并做好记录",
                "2024年7月15日",
                "已整改",
                "否",
            ),
            (
                "涉爆粉尘管理制度",
                "未制定粉尘防爆安全管理制度和粉尘清扫制度",
                "制定并公示相关制度",
                "7月31日前",
                "制度正在修订",
                "否",
            ),
        ],
    ),
    (
        "第一检查组",
        "濮阳市恒丰面粉有限公司",
        [
            (
                "涉爆粉尘设施设备",
                "清粉车间袋式除尘器未设置泄爆装置",
                "加装泄爆片并引至室外",
                "2024年8月31日",
                "已订购泄爆装置，待厂家安装",
                "否",
            ),
            (
                "应急预案",
                "粉尘爆炸专项应急预案编制后未组织演练",
                "组织开展一次专项应急演练",
                "2024年8月15日",
                "",
                "否",
            ),
            (
                "安全警示标志标识",
                "粉碎车间入口未设置粉尘防爆安全警示标志",
                "设置警示标志和安全告知牌",
                "2024年7月20日",
                "已设置",
                "否",
            ),
        ],
    ),
    (
        "第二检查组",
        "濮阳市华龙区金辉铝制品加工厂",
        [
            (
                "涉爆粉尘设施设备",
                "铝粉湿式除尘系统未设置氢气浓度检测报警装置",
                "增设氢气监测报警并与排风联锁",
                "2024年9月30日",
                "未整改",
                "是",
            ),
            (
                "培训档案资料",
                "抛光岗位作业人员未经粉尘防爆专项安全培训",
                "组织专项培训并建立培训档案",
                "2024年8月10日",
                "已组织培训，培训档案正在完善",
                "否",
            ),
        ],
    ),
]


def write_dust(path: Path) -> Path:
    b = Book(path, author="安全生产执法大队")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 26, 16, 36, 26, 14, 26, 8])
    last = 8
    b.line(ws, 0, "涉爆粉尘企业安全生产专项检查隐患整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区应急管理局（盖章）    检查时间：2024年7月8日至7月10日    填报日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查组",
            "企业名称",
            "隐患类别",
            "隐患问题",
            "整改措施",
            "整改期限",
            "整改情况",
            "是否立案",
        ],
    )
    r = 3
    n = 0
    for group, company, rows in DUST_ROWS:
        first = r
        for kind, problem, measure, limit, done, case in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [kind, problem, measure, limit, done], first=3)
            b.put(ws, r, 8, case, b.center)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, group, b.center)
        b.merge(ws, first, 2, r - 1, 2, company, b.center)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, "检查涉爆粉尘企业3家，发现问题隐患8项，立案处罚1起")
    b.line(
        ws,
        r + 2,
        "单位负责人：赵国栋    填表人：孙明辉    联系电话：0393-8326715",
        last,
    )
    ws.freeze_panes(3, 0)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 乡镇安全生产大排查, after a township's 安全生产大检查 (检查组分为企业商贸食品药品组、道路交通消防组、农业组、科教文卫组、
# 村镇建设组、公共安全组等六个检查小组，地毯式排查; 发现的问题现场整改，不能现场整改的限期整改):
# http://xcepaper.zjol.com.cn/html/2012-05/25/content_6_9.htm
# A .docx: title, 主送, preamble, the items as numbered paragraphs under the group headings (一、企业商贸食品药品组 …),
# each naming the unit, the problem, its deadline and progress in sentences; the township and date at the foot.
TOWN_GROUPS = [
    (
        "一、企业商贸食品药品组",
        [
            "1．濮阳县柳屯镇惠民购物广场：部分灭火器压力不足，二楼安全出口被货物堵塞。要求7月15日前整改到位，"
            "经复查已整改到位。",
            "2．濮阳县柳屯镇康泰大药房：阴凉区温湿度记录不全，部分药品未按要求分区分类存放。限7月20日前整改，"
            "目前正在整改。",
            "3．濮阳县柳屯镇豫北食品加工厂：生产车间防蝇防鼠设施缺失，2名从业人员健康证明过期。限2024年7月31日前"
            "整改到位。",
        ],
    ),
    (
        "二、道路交通消防组",
        [
            "4．濮阳县柳屯汽车客运站：客运车辆出站安全例检记录缺失。责令8月10日前完成整改，截至目前尚未整改。",
            "5．濮阳县柳屯镇明华液化气站：站内静电接地装置检测超期。已委托检测机构检测，计划8月底前完成。",
        ],
    ),
    (
        "三、村镇建设组",
        [
            "6．濮阳县柳屯镇东街村：村内一处在建自建房无施工方案、临边无防护。整改时限9月30日，现已停工，正在补办施工方案、"
            "设置临边防护。",
        ],
    ),
    (
        "四、科教文卫组",
        [
            "7．濮阳县柳屯镇中心幼儿园：厨房燃气灶具无熄火保护装置，未安装可燃气体报警器。整改时限7月10日，"
            "已安装到位。",
        ],
    ),
    (
        "五、公共安全组",
        [
            "8．镇区金堤河沿岸部分防溺水警示牌缺失、破损。由镇应急办负责补设警示牌，汛期每日巡查，长期坚持。",
        ],
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("柳屯镇安监站")
    _title(doc, "柳屯镇安全生产大排查大整治工作情况报告")
    _paragraph(doc, "县安委会办公室：")
    _paragraph(
        doc,
        "按照县安委会统一部署，我镇于7月1日至7月5日组织安全办、市场监管所、派出所、中心学校等部门，分企业商贸食品药品组、"
        "道路交通消防组、农业组、科教文卫组、村镇建设组、公共安全组六个检查小组，对全镇村、企事业单位进行了地毯式排查。"
        "对发现的问题能现场整改的现场整改，不能现场整改的下达整改通知、限期整改。现将需限期整改的问题及整改情况报告如下：",
    )
    for heading, paras in TOWN_GROUPS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "农业组本次排查未发现需限期整改的问题。")
    _paragraph(
        doc,
        "下一步，我镇将对限期整改问题逐项跟踪督办，整改一项、销号一项，确保安全生产形势稳定。",
    )
    _paragraph(doc, "濮阳县柳屯镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 打击非法医疗美容服务专项整治, after a city 市场监管局's campaign on the 药品、医疗器械、化妆品 (药械化) used in 医疗美容
# (未取得合法资质、未经注册、进口产品没有中文标签及说明书、未严格落实进货查验制度; 已检查药械化生产经营使用单位1855家次，
# 查办相关案件10件，责令整改11家，约谈25家):
# http://mip.changanyouth.cn/redian/shaanxi/28704.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 单位类型, the 处理措施 (责令整改/约谈/立案/
# 移交) and the 属地监管所 (the supervisor) beside the 被检查单位, a 合计 row and a 填表人 line.
BEAUTY_ROWS = [
    (
        "濮阳悦美医疗美容门诊部有限公司",
        "医疗美容机构",
        "A型肉毒毒素未按规定建立追溯记录",
        "责令整改",
        "胜利路市场监管所",
        "2024年7月20日",
        "已建立追溯台账，复查合格",
    ),
    (
        "濮阳市华龙区丽颜美容院",
        "生活美容机构",
        "使用未取得医疗器械注册证的射频美容仪",
        "立案调查",
        "开州路市场监管所",
        "2024年8月15日",
        "已扣押涉案仪器，案件正在办理",
    ),
    (
        "濮阳韩美汇医疗美容诊所",
        "医疗美容机构",
        "进口透明质酸钠凝胶无中文标签及说明书",
        "责令整改",
        "大庆路市场监管所",
        "7月底前",
        "未整改",
    ),
    (
        "濮阳市华龙区尚妍化妆品店",
        "化妆品经营者",
        "未履行化妆品进货查验记录义务",
        "约谈",
        "胜利路市场监管所",
        "2024年7月15日",
        "已补建进货查验记录",
    ),
    (
        "濮阳市美丽人生生活美容有限公司",
        "生活美容机构",
        "超范围开展注射类医疗美容项目",
        "移交卫生健康部门",
        "任丘路市场监管所",
        "2024年8月31日",
        "已停止注射类项目，卫生健康部门正在调查处理",
    ),
    (
        "濮阳博美医疗美容医院有限公司",
        "医疗美容机构",
        "医疗器械使用记录不完整，2台激光治疗仪注册证过期",
        "责令整改",
        "开州路市场监管所",
        "2024年8月10日",
        "已停用相关设备，正在办理注册证延续",
    ),
    (
        "濮阳市华龙区伊人化妆品商行",
        "化妆品经营者",
        "销售标签宣称医疗作用的化妆品",
        "责令整改",
        "大庆路市场监管所",
        "2024年7月25日",
        "已下架相关产品，整改完成",
    ),
]


def write_beauty_book(path: Path) -> Path:
    b = Book(path, author="药品化妆品监督管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 14, 36, 14, 18, 16, 30])
    last = 7
    b.line(ws, 0, "打击非法医疗美容服务专项整治检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局（药品化妆品监督管理科）    填报日期：2024年7月30日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位（整改主体）",
            "单位类型",
            "检查发现问题",
            "处理措施",
            "属地监管所",
            "整改时限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(BEAUTY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BEAUTY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        last,
        "检查医疗美容相关单位7家：责令整改4家，约谈1家，立案1起，移交线索1条",
    )
    b.line(ws, end + 1, "填表人：韩静    审核人：杜宏伟    联系电话：0393-8993160", last)
    return b.close()


def write_beauty(path: Path) -> Path:
    return via_soffice(write_beauty_book, path, "xls", "医疗美容专项整治问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 农村集体聚餐专项整治, after a township's 农村聚餐专项整治行动 (镇政府组织市场监管、卫生院等部门，对全镇流动厨师和集体
# 聚餐情况进行排查登记，建立管理台账; 食品加工环境、原料采购、餐具消毒; 已检查聚餐活动12场，规范流动厨师6名，整改隐患3处):
# http://www.txcsc.cn/xzxw/gtlz/202511/t20251103_4098850.shtml
# A CSV in GBK: a title line, a line stating that the 整改时限 in days count from each row's 检查日期, a header line with the
# 承办方 as the one who must put things right and the 举办户 beside it, a 合计 line and a 填表人 line.
FEAST_ROWS = [
    (
        "2024-07-03",
        "后河村",
        "村民王某（婚宴，28桌）",
        "王记宴席服务队",
        "食品原料未索证索票，无采购记录",
        "建立原料采购查验台账",
        "3日内",
        "已整改",
    ),
    (
        "2024-07-06",
        "马庄桥村",
        "村民刘某（升学宴，15桌）",
        "刘家厨艺宴席服务队",
        "2名帮厨人员无有效健康证明",
        "办理健康证明，未取得前不得上岗",
        "7日内",
        "已办理健康证明",
    ),
    (
        "2024-07-11",
        "东王村",
        "村民张某（寿宴，20桌）",
        "张氏流动厨房",
        "餐饮具未清洗消毒，无保洁设施",
        "配备消毒柜和保洁柜",
        "7日内",
        "正在购置消毒设备",
    ),
    (
        "2024-07-15",
        "西马村",
        "村民李某（婚宴，32桌）",
        "李记宴席服务队",
        "未按规定对每餐次菜品留样",
        "落实留样制度，每样不少于125克、保存48小时",
        "3日内",
        "未整改",
    ),
    (
        "2024-07-20",
        "后河村",
        "村民赵某（满月宴，12桌）",
        "王记宴席服务队",
        "临时加工场所生熟食品混放",
        "生熟分开存放、分开加工",
        "3日内",
        "",
    ),
    (
        "2024-07-24",
        "赵庄村",
        "村民孙某（婚宴，26桌）",
        "鑫福宴席服务队",
        "临时加工棚距旱厕不足25米",
        "迁移临时加工场所",
        "15日内",
        "已迁移，复查合格",
    ),
]


def write_feast(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["马庄桥镇农村集体聚餐检查登记及隐患整改台账（2024年7月）"])
    w.writerow(["填报单位：清丰县马庄桥镇人民政府（食安办）；整改时限自检查日期起计算"])
    w.writerow(
        [
            "序号",
            "检查日期",
            "所在村",
            "举办户",
            "承办方（整改责任主体）",
            "发现问题",
            "整改要求",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(FEAST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "",
            "",
            "检查聚餐6场",
            "规范流动厨师团队5个",
            "发现问题6处",
            "",
            "",
            "",
        ]
    )
    w.writerow(["填表人：郭振华", "", "", "联系电话：0393-7512268", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. “夜查餐厅 直击后厨”, after a college 餐饮科's night check of its canteens after closing (下水道冲洗不彻底、部分区域卫生
# 存在死角、个别标签粘贴不规范; 建立隐患问题整改台账，实行销号管理，对整改情况进行“回头看”):
# https://hqzx.nyist.edu.cn/info/1020/13947.htm
# An .xlsx: title, 填报单位 line naming the college, one header row whose rows name only the college's own canteens and
# their 责任人, dates as date cells, a 销号情况 column beside 整改情况, a 注 line and a signature line.
NIGHT_ROWS = [
    (
        date(2024, 7, 4),
        "第一餐厅",
        "后厨下水道冲洗不彻底，有异味",
        "每日收档后彻底冲洗，加装防鼠网",
        "李红",
        date(2024, 7, 6),
        "已整改",
        "已销号",
    ),
    (
        date(2024, 7, 4),
        "第一餐厅",
        "凉菜间紫外线消毒灯损坏",
        "更换紫外线消毒灯",
        "李红",
        "7月10日前",
        "已报修，等待配件",
        "未销号",
    ),
    (
        date(2024, 7, 11),
        "第二餐厅",
        "油烟罩积油，操作间墙角卫生存在死角",
        "清洗油烟罩，落实每周大扫除",
        "王建新",
        date(2024, 7, 13),
        "已清洗",
        "",
    ),
    (
        date(2024, 7, 11),
        "第二餐厅",
        "冷藏柜内半成品标签粘贴不规范，未注明开封日期",
        "统一使用标签并注明开封日期",
        "王建新",
        date(2024, 7, 12),
        "基本完成",
        "已销号",
    ),
    (
        date(2024, 7, 18),
        "清真餐厅",
        "原料库房食品离地离墙距离不足",
        "加装离地货架",
        "马文军",
        date(2024, 7, 25),
        "",
        "",
    ),
    (
        date(2024, 7, 18),
        "清真餐厅",
        "从业人员操作时未规范佩戴口罩、帽子",
        "加强培训和日常巡查",
        "马文军",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        date(2024, 7, 25),
        "教工餐厅",
        "餐饮具消毒记录缺失3天",
        "补全消毒记录，指定专人负责",
        "周丽",
        date(2024, 7, 27),
        "未整改",
        "未销号",
    ),
]


def write_night(path: Path) -> Path:
    b = Book(path, author="餐饮科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 12, 36, 28, 10, 14, 16, 10])
    last = 8
    b.line(ws, 0, "2024年7月“夜查餐厅 直击后厨”隐患问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳职业技术学院（后勤管理处餐饮科）    填报日期：2024年7月30日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查时间",
            "检查区域",
            "隐患问题",
            "整改措施",
            "责任人",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, (day, hall, problem, measure, who, limit, done, closed) in enumerate(NIGHT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, day, b.cnday)
        b.row(ws, r, [hall, problem, measure, who], first=2)
        b.put(ws, r, 6, limit, b.cnday if isinstance(limit, date) else b.center)
        b.put(ws, r, 7, done, b.center)
        b.put(ws, r, 8, closed, b.center)
    end = 3 + len(NIGHT_ROWS)
    b.line(
        ws,
        end,
        "注：隐患整改完成后经“回头看”复查无反弹的予以销号；未销号的继续跟踪督办。",
        last,
    )
    b.line(
        ws,
        end + 1,
        "科室负责人：贾振宇    填表人：仝敏    联系电话：0393-6658120",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 校园食品安全交叉检查, after a city's account of a 校园食品安全交叉检查 (检查组抽查学校和供应商、配送企业、央厨;
# 现场检查、资质审核和台账核查; 主体责任落实不到位、食品安全管理制度执行不到位; 现场向学校、供应商提出整改要求，
# 并依职能职责将有关情况移交市教体局):
# http://350788.com/news/152075
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the dates of the check, one table with the 被检查单位
# beside a separate 整改责任单位 (the 教育局 for matters handed to it), the office and date at the foot.
CROSS_ROWS = [
    (
        "南乐县第一实验小学",
        "学校食堂",
        "食品留样量不足125克，留样记录无人签字",
        "南乐县第一实验小学",
        "2024年7月15日",
        "已整改",
    ),
    (
        "南乐县第一实验小学",
        "学校食堂",
        "学校负责人陪餐记录不完整",
        "南乐县教育局",
        "2024年8月31日",
        "已下发通知，督促各校落实陪餐制度",
    ),
    (
        "濮阳市鑫农食材配送有限公司",
        "供餐企业",
        "配送车辆未配备冷藏设施，冷链食材常温运输",
        "濮阳市鑫农食材配送有限公司",
        "2024年8月15日",
        "",
    ),
    (
        "南乐县城关镇初级中学",
        "学校食堂",
        "食堂从业人员晨检记录缺失",
        "南乐县城关镇初级中学",
        "7月20日前",
        "已建立晨检制度，整改完成",
    ),
    (
        "南乐县谷金楼乡中心小学",
        "学校食堂",
        "食品添加剂未专柜存放、未专人管理",
        "南乐县谷金楼乡中心小学",
        "2024年7月25日",
        "未整改",
    ),
    (
        "南乐县康源中央厨房有限公司",
        "校外配餐单位",
        "分装间温度超过规定要求，未配备空气消毒设施",
        "南乐县康源中央厨房有限公司",
        "2024年9月30日",
        "已采购空调和空气消毒机，正在安装",
    ),
    (
        "全县中小学校",
        "学校食堂",
        "部分学校大宗食材未按要求公开招标采购",
        "南乐县教育局",
        "年底前",
        "正在组织全县大宗食材集中招标",
    ),
]


def write_cross_docx(path: Path) -> Path:
    doc = _new_document("南乐县食安办")
    _title(doc, "关于校园食品安全交叉检查反馈问题整改情况的报告", 20)
    _paragraph(doc, "市食品安全委员会办公室：")
    _paragraph(
        doc,
        "2024年7月8日至10日，市校园食品安全交叉检查组通过现场检查、资质审核和台账核查，对我县4所学校食堂、2家供餐单位"
        "进行了抽查，反馈问题7个。我办会同县教育局逐项明确整改责任单位和时限，现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(CROSS_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "被检查单位",
            "类别",
            "反馈问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ],
        body,
    )
    _paragraph(doc, "南乐县食品安全委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cross(path: Path) -> Path:
    return via_soffice(write_cross_docx, path, "doc", "校园食品安全交叉检查反馈问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 城镇燃气场站安全隐患大排查, after a city 住建局's account of its 城镇燃气行业安全隐患大排查 (各地燃气管理部门检查燃气
# 场站，聘请行业专家; 发现一般问题隐患209条，其中当场整改到位38条，限期整改171条，下发隐患整改通知书44份，未发现重大
# 安全隐患; 跟踪督促整改进度，确保隐患闭环销号):
# http://zhjzbs.com/html/2021/jsjs_0125/2430276.html
# An .ods (LibreOffice conversion): title, 填报单位 line, a two-row header (整改落实 over four columns) with the 整改方式
# (当场整改/限期整改) and the 隐患整改通知书 number, a 合计 row, a 填表说明 line and a signature line.
GAS_ROWS = [
    (
        "濮阳市天然气门站",
        "市燃气公司",
        "设备设施",
        "门站放散管防雷接地未按期检测",
        "当场整改",
        "—",
        "2024年7月9日",
        "已整改",
        "已销号",
    ),
    (
        "绿城路高中压调压站",
        "市燃气公司",
        "安全管理",
        "调压站巡检记录不连续，7月以来缺失4天",
        "限期整改",
        "濮燃整〔2024〕011号",
        "2024年7月20日",
        "已整改",
        "已销号",
    ),
    (
        "昆仑燃气华龙CNG加气站",
        "中石油昆仑燃气有限公司濮阳分公司",
        "设备设施",
        "加气机拉断阀超期未检测",
        "限期整改",
        "濮燃整〔2024〕012号",
        "2024年7月31日",
        "已送检，待出具检测报告",
        "未销号",
    ),
    (
        "华润燃气LNG气化站",
        "濮阳华润燃气有限公司",
        "消防设施",
        "储罐区消防喷淋系统部分喷头堵塞",
        "限期整改",
        "濮燃整〔2024〕013号",
        "2024年8月15日",
        "未整改",
        "未销号",
    ),
    (
        "安达液化石油气充装站",
        "濮阳县安达液化石油气有限公司",
        "人员管理",
        "2名充装人员未取得特种设备作业人员证",
        "限期整改",
        "濮燃整〔2024〕014号",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "清丰新奥燃气门站",
        "清丰新奥燃气有限公司",
        "应急管理",
        "燃气事故应急预案未按规定修订和演练",
        "限期整改",
        "濮燃整〔2024〕015号",
        "9月底前",
        "已完成预案修订，演练计划8月开展",
        "未销号",
    ),
    (
        "南乐中裕燃气城北调压站",
        "南乐县中裕燃气有限公司",
        "管网设施",
        "站外中压管线部分标志桩缺失",
        "限期整改",
        "濮燃整〔2024〕016号",
        "第三季度",
        "正在补设标志桩",
        "未销号",
    ),
    (
        "范县华油燃气门站",
        "范县华油天然气有限公司",
        "安全管理",
        "安全生产责任制未落实到岗位",
        "限期整改",
        "濮燃整〔2024〕017号",
        "常态化",
        "常态化推进",
        "",
    ),
]


def write_gas_book(path: Path) -> Path:
    b = Book(path, author="燃气管理办公室")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 28, 10, 32, 10, 20, 14, 24, 10])
    last = 9
    b.line(ws, 0, "城镇燃气场站安全隐患大排查问题清单", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局（燃气管理办公室）    排查时间：2024年7月8日—7月12日",
        last,
    )
    for c, word in enumerate(["序号", "燃气场站", "责任企业", "隐患类别", "隐患描述", "整改方式"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["隐患整改通知书", "整改期限", "整改完成情况", "销号"], first=6)
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        last,
        "排查燃气场站8座，发现一般问题隐患8条，其中当场整改1条、限期整改7条，下发隐患整改通知书7份，"
        "未发现重大安全隐患",
    )
    b.line(
        ws,
        end + 1,
        "填表说明：整改完成经燃气管理部门复核后销号；“整改期限”按隐患整改通知书填写。",
        last,
    )
    b.line(
        ws,
        end + 2,
        "填表人：冯志强    审核人：高立民    联系电话：0393-8866231    填报日期：2024年7月29日",
        last,
    )
    return b.close()


def write_gas(path: Path) -> Path:
    via_soffice(write_gas_book, path, "ods", "城镇燃气场站安全隐患大排查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 建筑施工项目联合执法专项检查, after a city 住建局's joint check with other departments and 省机械设备专家 (以危险性较大
# 的分部分项工程为重点; 专项施工方案与现场是否相符、重大危险源管控台账、特岗人员是否存在伪造、涂改、转借证件; 检查项目
# 15个，下发限期整改通知书17份，停工整改通知书11份):
# http://dingzhoudaily.com/bumen/2020-11-12/416740.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整改落实 over 整改情况 and 复查结论), the 施工单位 as the one who must
# put things right, the 监理单位 beside it, the 执法文书 type, a 合计 row and a 填表人 line.
BUILD_ROWS = [
    (
        "香榭丽苑小区3#楼",
        "河南省濮建建设集团有限公司",
        "濮阳市诚信工程监理有限公司",
        "深基坑工程专项施工方案未经专家论证",
        "停工整改通知书",
        "2024年7月20日",
        "已完成专家论证，已复工",
        "复查合格",
    ),
    (
        "香榭丽苑小区3#楼",
        "河南省濮建建设集团有限公司",
        "濮阳市诚信工程监理有限公司",
        "塔式起重机司机无证上岗",
        "限期整改通知书",
        "2024年7月12日",
        "已更换持证司机",
        "复查合格",
    ),
    (
        "濮阳县第三高级中学综合楼",
        "濮阳市恒信建筑工程有限公司",
        "河南中原工程监理有限公司",
        "高支模架体扫地杆缺失、立杆间距过大",
        "停工整改通知书",
        "2024年7月25日",
        "正在整改",
        "",
    ),
    (
        "濮阳县人民医院门诊楼改造",
        "河南中濮建工集团有限公司",
        "濮阳市诚信工程监理有限公司",
        "施工现场临时用电未执行三级配电两级保护",
        "限期整改通知书",
        "2024年7月18日",
        "未整改",
        "复查不合格",
    ),
    (
        "城东污水处理厂扩建工程",
        "濮阳市水利建筑工程有限公司",
        "河南中原工程监理有限公司",
        "施工升降机防坠安全器超期未检",
        "限期整改通知书",
        "2024年7月30日",
        "",
        "",
    ),
    (
        "文留镇安置房项目",
        "濮阳县龙腾建筑安装有限公司",
        "濮阳市建元工程监理有限公司",
        "外脚手架连墙件设置数量不足",
        "限期整改通知书",
        "8月10日前",
        "正在增设连墙件",
        "",
    ),
    (
        "城关镇棚户区改造项目",
        "濮阳县宏达建设工程有限公司",
        "濮阳市建元工程监理有限公司",
        "安全文明施工措施费未按规定拨付使用",
        "限期整改通知书",
        "2024年8月31日",
        "已拨付首期费用，剩余部分正在协调",
        "",
    ),
    (
        "香榭丽苑小区5#楼",
        "河南省濮建建设集团有限公司",
        "濮阳市诚信工程监理有限公司",
        "1名架子工特种作业操作证有涂改痕迹",
        "限期整改通知书",
        "2024年7月15日",
        "已清退涉事人员",
        "复查合格",
    ),
]


def write_build(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "建筑施工安全生产联合执法专项检查问题整改台账", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳县住房和城乡建设局（盖章）    检查时间：2024年7月1日至7月5日    填报日期：2024年7月29日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "工程项目名称",
            "施工单位（整改责任单位）",
            "监理单位",
            "检查发现问题",
            "执法文书",
            "整改期限",
        ]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "整改落实", h, 2, 8), (3, 7, "整改情况", h), (3, 8, "复查结论", h)]
    for i, row in enumerate(BUILD_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6, 8) else c))
    r = 4 + len(BUILD_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查在建项目6个，下发停工整改通知书2份、限期整改通知书6份", c, r, last),
        (r + 1, 0, "注：复查结论由县建设工程安全监督站填写。", plain, r + 1, last),
        (
            r + 2,
            0,
            "填表人：吕建华    审核人：石永刚    联系电话：0393-3216605",
            plain,
            r + 2,
            last,
        ),
    ]
    return _write_xls(path, [("整改台账", cells, [6, 24, 28, 26, 36, 16, 16, 28, 12])])


# ---------------------------------------------------------------------------------------------
# 9. 执业药师在岗及处方药销售专项整治, after a county 市场监管局's campaign on 药店执业药师“挂证”、不凭处方销售处方药
# (企业自查报告及执业药师自查报告390份，下达责令改正通知书30份，立案1起; 对全县药品零售企业进行拉网式监督检查):
# http://123.127.198.148/c/2019-07-09/505397.shtml
# An .xlsx: title, 填报单位 line, one header row with the 检查时间, the 责令改正通知书 number, the 企业自查报告 (报送 or not)
# beside the 整改情况, a 合计 row and a signature line.
PHARM_ROWS = [
    (
        "清丰县康佳大药房",
        date(2024, 7, 3),
        "执业药师不在岗时未挂牌告知，仍销售处方药",
        "清市监药改〔2024〕07号",
        "2024年7月10日",
        "已报送",
        "已改正，复查合格",
    ),
    (
        "濮阳市仁和大药房连锁有限公司清丰店",
        date(2024, 7, 3),
        "处方药未凭处方销售（阿莫西林胶囊）",
        "立案调查",
        "2024年7月31日",
        "已报送",
        "已立案，正在调查处理",
    ),
    (
        "清丰县百姓缘药店",
        date(2024, 7, 4),
        "执业药师注册证未在营业场所显著位置公示",
        "清市监药改〔2024〕08号",
        "2024年7月8日",
        "已报送",
        "已公示",
    ),
    (
        "清丰县德仁堂药店",
        date(2024, 7, 4),
        "注册执业药师长期不在岗，涉嫌“挂证”",
        "清市监药改〔2024〕09号",
        "2024年8月15日",
        "未报送",
        "未改正",
    ),
    (
        "濮阳市张仲景大药房有限公司清丰分店",
        date(2024, 7, 9),
        "处方审核记录不全，处方未按规定留存",
        "清市监药改〔2024〕10号",
        "2024年7月25日",
        "已报送",
        "正在补充处方审核记录",
    ),
    (
        "清丰县益康药房",
        date(2024, 7, 9),
        "拆零药品未保留原包装及说明书",
        "清市监药改〔2024〕11号",
        "2024年7月20日",
        "已报送",
        "",
    ),
    (
        "清丰县同济堂大药房",
        date(2024, 7, 10),
        "阴凉区温湿度监测设备未按期校准",
        "清市监药改〔2024〕12号",
        "2024年8月31日",
        "已报送",
        "已联系计量机构，校准排期中",
    ),
    (
        "清丰县全民大药房",
        date(2024, 7, 10),
        "执业药师在岗未佩戴标明执业资格的工作牌",
        "清市监药改〔2024〕13号",
        "2024年7月12日",
        "已报送",
        "已整改",
    ),
]


def write_pharm(path: Path) -> Path:
    b = Book(path, author="药品监管股")
    ws = b.sheet("检查问题台账")
    b.widths(ws, [6, 32, 14, 36, 22, 16, 12, 26])
    last = 7
    b.line(
        ws,
        0,
        "药品零售企业执业药师在岗及处方药销售专项整治检查问题整改台账",
        last,
        b.title,
    )
    b.line(ws, 1, "填报单位：清丰县市场监督管理局    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "检查时间",
            "存在问题",
            "责令改正通知书文号",
            "改正期限",
            "企业自查报告",
            "整改情况",
        ],
    )
    for i, (name, day, problem, notice, limit, report, done) in enumerate(PHARM_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, name)
        b.put(ws, r, 2, day, b.day)
        b.row(ws, r, [problem, notice], first=3)
        b.put(ws, r, 5, limit, b.center)
        b.put(ws, r, 6, report, b.center)
        b.put(ws, r, 7, done)
    end = 3 + len(PHARM_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        last,
        "检查药品零售企业86家，收到企业自查报告85份、执业药师自查报告79份，下达责令改正通知书7份，立案1起",
    )
    b.line(
        ws,
        end + 2,
        "分管领导：王建设    填表人：陈晓燕    联系电话：0393-7221563",
        last,
    )
    ws.freeze_panes(3, 0)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 企业安全生产执法检查整改回复, after a township 安监办's 安全生产执法检查 of the enterprises slow to rectify (聘请安全专家，
# 查看基础档案材料和生产现场检查相结合; 安全生产主体责任制、教育培训和应急预案、安全费用投入等基础台账及现场车间生产
# 设施设备使用维护; 现场指出问题并提出整改意见和措施，督促企业限期整改，发现重大隐患的立案处罚):
# http://www.ethiopianopalcompany.com/Industry/IndustryInfo_270868.html
# A .zip of two enterprises' replies: an .xlsx whose rows name only the enterprise's own 部门 and 车间 (基础台账/现场 as the
# source's two parts of the check, a 验收人 column), and a .docx report whose items are numbered paragraphs.
PARTS_ROWS = [
    (
        "基础台账",
        "全员安全生产责任制未落实到班组和岗位",
        "安全办",
        "修订责任制并逐级签订责任书",
        "2024年7月25日",
        "已完成修订并签订责任书",
        "刘振",
    ),
    (
        "基础台账",
        "安全生产费用未单独建账核算",
        "财务部",
        "设立安全费用专账",
        "2024年8月31日",
        "正在建立专账",
        "",
    ),
    (
        "生产现场",
        "机加工车间砂轮机防护罩缺失",
        "机加工车间",
        "加装砂轮机防护罩",
        "2024年7月15日",
        "已加装",
        "刘振",
    ),
    (
        "生产现场",
        "喷漆房内照明及开关为非防爆型",
        "涂装车间",
        "更换为防爆型电气设备",
        "2024年9月30日",
        "未整改（资金未落实）",
        "",
    ),
]

PLASTIC_PARAS = [
    "1．生产安全事故应急预案未备案，未组织演练。整改措施：修订应急预案报镇安监办备案并组织演练，整改时限：2024年8月20日。"
    "目前预案已于7月18日备案，演练计划8月中旬开展。",
    "2．新入职员工未进行厂级、车间级、班组级三级安全教育。整改措施：对新入职的6名员工补课培训并考试，整改时限：2024年7月20日。"
    "已完成培训，考试全部合格，整改完成。",
    "3．注塑车间配电柜前堆放原料，影响操作和散热。整改措施：清理配电柜前杂物，划定禁放区域，整改时限：2024年7月12日。"
    "已清理完毕并设置禁放标线。",
    "4．原料仓库与注塑生产车间之间未采取防火分隔。整改措施：砌筑防火隔墙并设置甲级防火门，整改时限：2024年10月31日。",
]


def write_parts_book(path: Path) -> Path:
    b = Book(path, author="安全办")
    ws = b.sheet("整改回复")
    b.widths(ws, [6, 10, 34, 12, 26, 16, 24, 10])
    last = 7
    b.line(ws, 0, "安全生产执法检查隐患整改情况回复表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县宏远机械配件有限公司（盖章）    检查日期：2024年7月5日    回复日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查类别",
            "隐患内容",
            "责任部门",
            "整改措施",
            "整改期限",
            "整改完成情况",
            "验收人",
        ],
    )
    for i, row in enumerate(PARTS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(PARTS_ROWS),
        "企业主要负责人：张宏远    安全管理人员：刘振    联系电话：13839321876",
        last,
    )
    return b.close()


def write_plastic_docx(path: Path) -> Path:
    doc = _new_document("绿源塑料")
    _title(doc, "关于安全生产执法检查发现问题整改情况的报告", 20)
    _paragraph(doc, "庆祖镇安监办：")
    _paragraph(
        doc,
        "2024年7月5日，镇安监办组织安全专家对我公司进行了安全生产执法检查，采取查看基础档案材料和生产现场检查相结合的方式，"
        "指出问题4项。我公司高度重视，逐项制定整改措施，现将整改情况报告如下：",
    )
    for text in PLASTIC_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳县绿源塑料制品有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_replies(path: Path) -> Path:
    members = [
        ("隐患整改情况回复表（宏远机械配件）.xlsx", write_parts_book),
        ("安全生产执法检查发现问题整改情况报告（绿源塑料）.docx", write_plastic_docx),
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


FILES = [
    ("涉爆粉尘企业安全生产专项检查隐患整改台账.xlsx", write_dust),
    ("柳屯镇安全生产大排查大整治工作情况报告.docx", write_town),
    ("打击非法医疗美容服务专项整治检查发现问题整改台账.et", write_beauty),
    ("马庄桥镇农村集体聚餐检查登记及隐患整改台账.csv", write_feast),
    ("夜查餐厅直击后厨隐患问题整改台账（濮阳职业技术学院）.xlsx", write_night),
    ("校园食品安全交叉检查反馈问题整改情况（南乐县）.doc", write_cross),
    ("城镇燃气场站安全隐患大排查问题清单.ods", write_gas),
    ("建筑施工安全生产联合执法专项检查问题整改台账.xls", write_build),
    ("药品零售企业执业药师在岗专项整治问题整改台账.xlsx", write_pharm),
    ("安全生产执法检查隐患整改回复（庆祖镇两家企业）.zip", write_replies),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

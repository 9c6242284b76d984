"""Write the aside147 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds (应急与消防): 高层建筑消防, 九小场所, 自建房安全, 危化品运输, 应急物资储备, 避难场所, 消防通道,
电动自行车充电, 人员密集场所, 工贸企业粉尘.

Forms: .xlsx (three, one more inside the zip), a CSV in UTF-8 with a byte-order mark, an .xls (xlwt, ticks under
是/否), an .et (Excel 97 via LibreOffice), a .docx whose items are numbered paragraphs under category headings, a
.wps (Word 97 via LibreOffice) with one table, an .ods (LibreOffice conversion, member times fixed) and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31; all dates inside the files
are fixed, so running the script twice gives byte-identical files.

Run from this folder: python make_aside147.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


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
# 1. 高层住宅小区消防安全专项检查, after a development zone 消防救援大队's joint check with several departments of
# the high-rise residential compounds (消防控制室人员是否熟悉预案处置流程, 设施设备是否正常运行, 疏散通道、安全出口、
# 消防车通道是否畅通, 疏散指示标志和应急照明, 电气线路私拉乱接; 要求小区物业管理单位立即整改):
# https://gjxcjkq.xuchang.gov.cn/dwzwn/044006/20230713/07536c80-8e75-4f6d-82dc-3884d1354f07.html
# An .xlsx: title, 牵头/参检单位/检查时间 line (the check date the 15日内 counts from), a two-row header (整改落实
# over 整改情况 and 复查结果), the 所属街道 merged down over its compounds, the 物业服务企业 as 整改责任单位 with the
# 检查部门 (an inspector) beside it, a 合计 row and a 填表人 line.
HIGHRISE_ROWS = [
    (
        "皇甫街道",
        [
            (
                "龙城华府",
                "濮阳市恒信物业服务有限公司",
                "消防控制室仅1人值班，未落实双人值班，值班人员不熟悉应急处置程序",
                "消防救援大队",
                "落实24小时双人值班，组织值班人员培训",
                "2024年7月20日",
                "已落实双人值班，培训已完成",
                "复查合格",
            ),
            (
                "龙城华府",
                "濮阳市恒信物业服务有限公司",
                "7号楼地下车库室内消火栓无水",
                "消防救援大队",
                "检修消防水泵及供水管网",
                "15日内",
                "已联系维保单位检修，正在更换水泵配件",
                "",
            ),
            (
                "御景湾",
                "濮阳市嘉园物业管理有限公司",
                "消防车通道被私家车占用，未设置禁停标识",
                "公安分局",
                "施划消防车通道标线，设置禁停标识",
                "2024.7.19",
                "已施划标线并设置标识",
                "复查合格",
            ),
            (
                "御景湾",
                "濮阳市嘉园物业管理有限公司",
                "18号楼电缆井层间防火封堵缺失",
                "建设环保局",
                "对电缆井逐层进行防火封堵",
                "2024年8月15日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "新习街道",
        [
            (
                "锦绣名邸",
                "濮阳市安泰物业服务有限公司",
                "疏散指示标志和应急照明灯损坏12处",
                "消防救援大队",
                "更换损坏的疏散指示标志和应急照明灯",
                "7月底前",
                "",
                "",
            ),
            (
                "锦绣名邸",
                "濮阳市安泰物业服务有限公司",
                "楼道内私拉电线为电动自行车充电",
                "属地办事处",
                "清理私拉电线，劝导住户到集中充电点充电",
                "立即整改",
                "已清理私拉电线",
                "复查合格",
            ),
            (
                "金色家园",
                "濮阳市金色家园物业服务有限公司",
                "常闭式防火门闭门器损坏，防火门处于常开状态",
                "消防救援大队",
                "维修更换闭门器",
                "2024.7.31",
                "正在维修，已完成14扇",
                "",
            ),
            (
                "金色家园",
                "濮阳市金色家园物业服务有限公司",
                "高层住宅外墙保温层防护层局部开裂脱落",
                "建设环保局",
                "修复外墙保温层防护层",
                "年底前",
                "已申请使用专项维修资金，待业主表决后施工",
                "",
            ),
        ],
    ),
]


def write_highrise(path: Path) -> Path:
    b = Book(path, author="防火监督组")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 12, 26, 34, 12, 28, 14, 28, 10])
    b.line(ws, 0, "高层住宅小区消防安全专项检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "牵头单位：市消防救援支队经开区大队    参检单位：经开区建设环保局、市公安局经开区分局、属地办事处    "
        "检查时间：2024年7月12日    整改时限以日计的，自检查之日起计算",
        9,
    )
    words = [
        "序号",
        "所属街道",
        "小区名称",
        "物业服务企业（整改责任单位）",
        "检查发现问题",
        "检查部门",
        "整改要求",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["整改情况", "复查结果"], first=8)
    r, n = 4, 0
    for street, rows in HIGHRISE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, street, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "共检查高层住宅小区11个，发现问题8处，下达责令改正通知书4份")
    b.line(ws, r + 2, "填表人：郭志鹏    联系电话：0393-8912260    填报日期：2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 街道“九小场所”消防安全检查, after a 街道's 消委会 checking its “九小场所” together with the 消防大队 (用火、用电是否
# 规范, 安全出口、疏散通道是否通畅, 疏散标志、应急照明是否完整; 共检查13家，排查出隐患，灭火器数量配备不足、无应急
# 照明灯，已现场责令限时整改):
# https://yanjin.gov.cn/newsinfo/16078.html
# A CSV in UTF-8 with a byte-order mark (as Excel saves it): title, 填报单位 line, a line stating that the 限改天数
# count from each row's 检查日期, one header line with the 场所 as 整改责任主体, a 合计 line and a 填报人 line.
NINE_ROWS = [
    (
        "2024-07-16",
        "濮阳市华龙区老刘烩面馆",
        "小餐饮",
        "建设社区",
        "灭火器数量配备不足，仅配置1具",
        "增配干粉灭火器至4具",
        "3日内",
        "已增配，复查合格",
    ),
    (
        "2024-07-16",
        "濮阳市华龙区家家乐便利店",
        "小商店",
        "建设社区",
        "店内无应急照明灯",
        "安装应急照明灯",
        "3日内",
        "已安装",
    ),
    (
        "2024-07-17",
        "濮阳市华龙区悦心宾馆",
        "小旅馆",
        "兴华社区",
        "客房电气线路未穿管保护，使用大功率电热水壶",
        "电气线路穿管保护，收缴大功率电器",
        "7日内",
        "正在穿管施工",
    ),
    (
        "2024-07-17",
        "濮阳市华龙区星辰网吧",
        "小网吧",
        "兴华社区",
        "安全出口被桌椅堵塞",
        "清理安全出口",
        "当场整改",
        "已当场清理",
    ),
    (
        "2024-07-17",
        "濮阳市华龙区丽颜美容美发店",
        "小美容洗浴",
        "中原社区",
        "店内二层设置员工宿舍，与经营区域未进行防火分隔",
        "搬离宿舍或设置防火分隔",
        "2024-08-16",
        "已下达责令限期改正通知书，经营者正在联系施工",
    ),
    (
        "2024-07-18",
        "濮阳市华龙区宏运五金建材店",
        "小商店",
        "中原社区",
        "店内违规存放油漆、稀释剂等易燃物品",
        "清理易燃物品，设置专用储存柜",
        "2024-07-21",
        "未整改",
    ),
    (
        "2024-07-18",
        "濮阳市华龙区鑫达服装加工坊",
        "小生产加工",
        "中原社区",
        "生产车间私拉乱接电线，插线板串联使用",
        "规范敷设电气线路",
        "7日内",
        "",
    ),
    (
        "2024-07-18",
        "濮阳市华龙区康宁诊所",
        "小医院",
        "建设社区",
        "疏散通道堆放药品包装纸箱",
        "清理疏散通道杂物",
        "3日内",
        "已清理",
    ),
]


def write_nine(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 8
    w.writerow(["中原路街道“九小场所”消防安全检查隐患整改台账", *blank])
    w.writerow(["填报单位：濮阳市华龙区中原路街道办事处消防安全委员会办公室", *blank])
    w.writerow(
        [
            "检查单位：街道消委会、华龙区消防救援大队；检查时间：2024年7月16日至7月18日；限改天数自检查之日起计算",
            *blank,
        ]
    )
    w.writerow(
        [
            "序号",
            "检查日期",
            "场所名称（整改责任主体）",
            "场所类型",
            "所在社区",
            "存在隐患",
            "整改意见",
            "限改期限",
            "复查情况",
        ]
    )
    for i, row in enumerate(NINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "检查“九小场所”13家", "", "", "发现隐患8处", "", "", ""])
    w.writerow(["填报人：王雪    联系电话：0393-8156672    填报日期：2024年7月26日", *blank])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. C/D级自建房安全隐患整治销号, after a city 住建局's account of its 自建房安全专项整治 (7类重点区域居民自建房年度
# 再排查; 交(督)办函; 非经营性C/D级自住房屋整治销号实行周通报; 已采取工程措施销号; 建立监管台账):
# http://616o.net/cdzx/bmdt/content_1026762
# An .xls (xlwt): title with the 截至 date, 填报单位 line, a two-row header with 是否销号 over 是/否 (ticks √),
# the 乡镇人民政府 as 责任单位 beside the 户主 and 自建房编号, a 备注 column with progress, 合计 row, 注 and 填表人
# lines.
HOUSE_ROWS = [
    (
        "城关镇",
        "东关村",
        "张某某",
        "ZJF-410928-0012",
        "城乡结合部",
        "C级",
        "三层经营性自建房墙体多处贯通裂缝，一层用作餐馆",
        "结构加固，加固完成前停止经营",
        "濮阳县城关镇人民政府",
        "2024年6月30日",
        "√",
        "",
        "已加固，经县住建局复核",
    ),
    (
        "柳屯镇",
        "柳屯村",
        "李某某",
        "ZJF-410928-0047",
        "学校周边",
        "D级",
        "两层自建房屋面木梁腐朽下沉，存在倒塌风险",
        "人员搬离，拆除重建",
        "濮阳县柳屯镇人民政府",
        "2024年9月底前",
        "",
        "√",
        "人员已搬离，正在办理拆除手续",
    ),
    (
        "文留镇",
        "文留村",
        "王某某",
        "ZJF-410928-0063",
        "安置区",
        "C级",
        "擅自加层至四层，地基不均匀沉降",
        "拆除违规加建的第四层",
        "濮阳县文留镇人民政府",
        "2024.8.31",
        "",
        "√",
        "",
    ),
    (
        "户部寨镇",
        "户部寨村",
        "赵某某",
        "ZJF-410928-0071",
        "产业园区",
        "C级",
        "出租房屋改作员工宿舍，一层承重墙被打通",
        "恢复承重墙并加固",
        "濮阳县户部寨镇人民政府",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "庆祖镇",
        "西庆祖村",
        "刘某某",
        "ZJF-410928-0085",
        "医院周边",
        "D级",
        "房屋主体严重倾斜，仍有老人居住",
        "人员搬离，拆除危房",
        "濮阳县庆祖镇人民政府",
        "2024年7月10日",
        "√",
        "",
        "已拆除",
    ),
    (
        "八公桥镇",
        "八公桥村",
        "孙某某",
        "ZJF-410928-0102",
        "城中村",
        "C级",
        "一层临街门面改作小型仓储，楼板超载出现裂缝",
        "清除超载物品，楼板加固",
        "濮阳县八公桥镇人民政府",
        "2024年10月31日",
        "",
        "",
        "",
    ),
    (
        "城关镇",
        "西关社区",
        "周某某",
        "ZJF-410928-0118",
        "城乡结合部",
        "C级",
        "外挑阳台钢筋锈蚀外露、混凝土剥落",
        "拆除外挑阳台",
        "濮阳县城关镇人民政府",
        "年底前",
        "",
        "√",
        "已设置警戒区，施工队已进场",
    ),
    (
        "海通乡",
        "海通村",
        "吴某某",
        "ZJF-410928-0126",
        "安置区",
        "C级",
        "砖木结构民房墙体风化酥碱，用作农家乐",
        "停止经营，墙体加固",
        "濮阳县海通乡人民政府",
        "2024年8月底前",
        "",
        "√",
        "已停业，加固方案正在编制",
    ),
]


def write_house(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 13
    cells = [
        (0, 0, "C/D级自建房安全隐患整治销号进度台账（截至2024年7月28日）", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳县自建房安全专项整治工作专班办公室（濮阳县住房和城乡建设局代章）    填报日期：2024年7月29日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "乡镇",
        "村（社区）",
        "户主（产权人）",
        "自建房编号",
        "重点区域类别",
        "鉴定等级",
        "隐患情况",
        "整治措施",
        "责任单位",
        "计划完成时间",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 11, "是否销号", h, 2, 12),
        (3, 11, "是", h),
        (3, 12, "否", h),
        (2, 13, "备注", h, 3, 13),
    ]
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 11, 12) else c))
    r = 4 + len(HOUSE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "C/D级自建房8栋，已销号3栋，销号率37.5%", c, r, last),
        (
            r + 1,
            0,
            "注：采取工程措施整治完成并经乡镇复核的，在“是”栏打√并在归集平台销号；未销号的在“否”栏打√，"
            "备注栏写明进展。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：杨晓东    审核人：韩振国    联系电话：0393-3221578", plain, r + 2, last),
    ]
    widths = [6, 10, 10, 10, 18, 12, 8, 34, 24, 22, 14, 5, 5, 26]
    return _write_xls(path, [("销号台账", cells)], widths)


# ---------------------------------------------------------------------------------------------
# 4. 危险货物运输企业安全生产隐患突击检查, after a city 交通局's surprise check of seven dangerous-goods carriers
# (停车场地管理、GPS管理使用、车辆状况、运输作业管理、安全管理制度落实; 未对运输车辆实施全程监控、监控情况记录不全;
# 车辆没有固定停车位置、混停; 未结合自身实际制定紧急情况处置预案; 消防设施设备配备不齐全; 发出限期整改意见，
# 跟踪整改情况):
# http://www.shfjr.com/newsd/id/115680.html
# An .et (Excel 97 via LibreOffice): title, 检查单位 line stating the date the 整改意见 were issued (the base of
# the 工作日 deadlines), one header row with the 检查项目, the 企业名称 merged down over its problems, a 跟踪整改情况
# column, a 注 line and a signature line.
HAZMAT_ROWS = [
    (
        "濮阳市中原石化物流有限公司",
        [
            (
                "GPS管理使用",
                "未对运输车辆实施全程动态监控，监控情况记录不全",
                "配备专职监控人员，落实24小时监控并建立监控记录",
                "10个工作日",
                "已配备专职监控员3名，监控记录已规范，整改完成",
            ),
            (
                "停车场地管理",
                "危险品运输车辆无固定停车位置，与普通货车混停",
                "划定危险品车辆专用停车区",
                "2024年8月15日",
                "正在平整专用停车场地",
            ),
            (
                "安全管理制度",
                "未结合企业实际制定紧急情况处置预案",
                "修订应急处置预案并组织演练",
                "2024年7月31日",
                "",
            ),
        ],
    ),
    (
        "濮阳县宏达危险品运输有限公司",
        [
            (
                "车辆状况",
                "2辆液体罐车紧急切断装置失效",
                "维修紧急切断装置，维修完成前车辆停运",
                "5个工作日",
                "已维修，经检测合格",
            ),
            (
                "车辆状况",
                "部分车辆车载灭火器配备不齐全",
                "按标准为每车配齐灭火器",
                "5个工作日",
                "未整改",
            ),
        ],
    ),
    (
        "濮阳市龙丰化工储运有限公司",
        [
            (
                "运输作业管理",
                "押运员未取得从业资格证上岗",
                "更换持证押运员，组织押运员参加资格考试",
                "2024年8月31日前",
                "已组织2名押运员报名参加资格考试",
            ),
            (
                "安全管理制度",
                "驾驶员安全教育培训记录不全",
                "补齐培训记录，每月开展安全教育",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "范县鑫源危货运输有限公司",
        [
            (
                "停车场地管理",
                "停车场未设置防静电接地装置和消防沙池",
                "增设防静电接地装置和消防沙池",
                "2024年7月25日",
                "已完成",
            ),
        ],
    ),
]


def write_hazmat_book(path: Path) -> Path:
    b = Book(path, author="运输管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 14, 36, 32, 14, 30])
    b.line(ws, 0, "危险货物道路运输企业安全生产隐患突击检查整改跟踪表", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市交通运输局运输管理科    检查时间：2024年7月8日至7月10日    "
        "限期整改意见下达日期：2024年7月10日（整改期限按工作日计的自下达之日起计算）",
        6,
    )
    b.header(ws, 2, ["序号", "企业名称", "检查项目", "存在问题", "整改意见", "整改期限", "跟踪整改情况"])
    r, n = 3, 0
    for company, rows in HAZMAT_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, company)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：本次共突击检查危险货物运输企业7家，其中3家未发现问题，不列入本表。", 6)
    b.line(ws, r + 1, "填表人：冯建军    审核人：许立国    填报日期：2024年7月30日", 6)
    return b.close()


def write_hazmat(path: Path) -> Path:
    return via_soffice(write_hazmat_book, path, "xls", "危险货物运输企业隐患突击检查整改跟踪表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 防汛应急物资储备专项检查, after a district 防汛指挥中心's special check of its district-level and town-level
# flood-control stores (西洋淀水闸储备点、供销社储备点; 镇水务所储备点、建筑工程公司储备点、农业服务中心储备点;
# 清查盘点、确认储备数量、督促及时补充物资、更换老旧设备; 物资堆放较为杂乱，缺少灭火器材和物资铭牌):
# http://www.shqp.gov.cn/water/fxdt/20180813/255316.html
# An .xlsx of two sheets (市级储备库, 县级储备点), each with the title, 填报单位 line and one header row; the 管理
# 单位（责任科室） names the sender's own 科 for its own store and a former name (市水务局) for another; 小计 rows;
# the second sheet ends with the signature line.
STORE_SHEETS = [
    (
        "市级储备库",
        [
            (
                "市级综合应急物资储备库",
                "救灾和物资保障科",
                "库内物资堆放杂乱，未按品类分区存放",
                "按品类分区码放，设置货位卡",
                "2024年7月15日",
                "已完成",
            ),
            (
                "市级综合应急物资储备库",
                "救灾和物资保障科",
                "部分帐篷、折叠床无物资铭牌，账实不符",
                "补挂物资铭牌，开展账实核对",
                "7月底前",
                "正在逐项核对",
            ),
            (
                "市防汛物资仓库（金堤河管理所）",
                "市水务局",
                "编织袋、土工布储备数量低于定额",
                "补充采购编织袋2万条、土工布5000平方米",
                "2024年8月10日",
                "采购合同已签订，尚未到货",
            ),
            (
                "市防汛物资仓库（金堤河管理所）",
                "市水务局",
                "仓库内缺少灭火器材",
                "配置灭火器8具",
                "2024年7月12日",
                "已配置",
            ),
        ],
    ),
    (
        "县级储备点",
        [
            (
                "濮阳县应急物资储备点",
                "濮阳县应急管理局",
                "应急发电机组长期未试运转，无保养记录",
                "每月试运转一次并建立保养记录",
                "常态化",
                "常态化推进",
            ),
            (
                "清丰县防汛物资储备点（县供销社仓库）",
                "清丰县水利局",
                "冲锋舟2艘发动机故障无法启动",
                "送厂维修",
                "2024年7月20日",
                "未整改",
            ),
            (
                "南乐县救灾物资储备点",
                "南乐县应急管理局",
                "救灾棉被存放受潮霉变120床",
                "报废霉变物资并补充储备，加装除湿设备",
                "2024年9月30日",
                "",
            ),
            (
                "台前县救灾物资储备点",
                "台前县应急管理局",
                "出入库台账登记不全，物资领用后未及时补充",
                "完善出入库台账，建立领用补充制度",
                "2024年7月25日",
                "已整改到位",
            ),
        ],
    ),
]


def write_store(path: Path) -> Path:
    b = Book(path, author="救灾和物资保障科")
    n = 0
    for s, (name, rows) in enumerate(STORE_SHEETS):
        ws = b.sheet(name)
        b.widths(ws, [6, 30, 18, 36, 32, 14, 24])
        b.line(ws, 0, "2024年汛前防汛应急物资储备专项检查问题整改情况表", 6, b.title)
        b.line(
            ws,
            1,
            f"填报单位：濮阳市应急管理局（市防汛抗旱指挥部办公室）    {name}    填报日期：2024年7月29日",
            6,
        )
        b.header(
            ws,
            2,
            [
                "序号",
                "储备库（点）名称",
                "管理单位（责任科室）",
                "检查发现问题",
                "整改措施",
                "完成时限",
                "整改情况",
            ],
        )
        for i, row in enumerate(rows):
            n += 1
            b.put(ws, 3 + i, 0, n, b.center)
            b.row(ws, 3 + i, list(row), first=1)
        end = 3 + len(rows)
        b.put(ws, end, 0, "小计", b.center)
        b.merge(ws, end, 1, end, 6, f"{name}发现问题{len(rows)}个")
        if s == len(STORE_SHEETS) - 1:
            b.line(ws, end + 2, "负责人：程立军    填表人：魏晓燕    联系电话：0393-8991516", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 应急避难场所标志牌整改提升, after a district 应急局's account of the survey of its shelters by an expert team
# (标志牌需调整位置的、需新增标志牌的、需更换标志牌的、暂不需要更换和新增的; 分类施策; 在教委、园林、公园、体育、
# 城管等行业主管部门和各街道属地管理部门的配合下完成整改提升):
# http://yingji.china.com.cn/2024-10/23/content_42945202.html
# A .docx report: title, 主送, preamble with the survey figures, the shelters as numbered paragraphs under the
# survey's categories (一、二、三、), each paragraph naming its 责任单位 (short and former names among them), its
# 整改时限 and its progress in sentences, a closing paragraph, the bureau and the date.
SHELTER_PARTS = [
    (
        "一、标志牌需调整位置的应急避难场所（3处）",
        [
            "1. 人民公园应急避难场所：主标志牌设在绿化带内，被树木遮挡，夜间无法识别。责任单位：市城管局。"
            "整改时限：2024年7月15日前。进展：已将主标志牌移至公园南门入口处，整改完成。",
            "2. 濮阳市第一中学操场应急避难场所：疏散方向指示牌设在校园内部，周边居民无法看到。责任单位：市教育局。"
            "整改时限：2024年8月31日前（结合暑期施工）。进展：已完成选址，指示牌正在制作。",
            "3. 戚城文物景区应急避难场所：周边道路指示标志方向指向错误。责任单位：市文广新局。"
            "整改时限：7月20日前。进展：已重新调整指示方向，整改到位。",
        ],
    ),
    (
        "二、需新增标志牌的应急避难场所（3处）",
        [
            "4. 龙湖公园应急避难场所：未设置应急供水、应急厕所、应急医疗等内部功能分区标志。责任单位：市城管局。"
            "整改时限：2024年9月30日。进展：功能分区标志牌正在招标采购。",
            "5. 开州路街道文化广场应急避难场所：无应急避难场所主标志牌。责任单位：华龙区开州路街道办事处。"
            "整改时限：8月底前。目前尚未启动。",
            "6. 濮阳市体育中心应急避难场所：缺少周边道路指示标志，外来群众难以找到入口。责任单位：濮阳市体育中心。"
            "整改时限：2024年10月31日。",
        ],
    ),
    (
        "三、需更换标志牌的应急避难场所（2处）",
        [
            "7. 濮上园应急避难场所：主标志牌褪色破损，字迹模糊不清。责任单位：市城管局。整改时限：7月25日前。"
            "进展：已更换新标志牌，经验收合格。",
            "8. 胜利路街道绿地广场应急避难场所：标志牌底座锈蚀松动，存在倾倒风险。责任单位：华龙区胜利路街道办事处。"
            "整改时限：2024年8月15日。进展：旧牌已拆除，新牌正在制作，现场已设置临时警示。",
        ],
    ),
]


def write_shelter(path: Path) -> Path:
    doc = _new_document("风险监测和综合减灾科")
    _title(doc, "濮阳市应急管理局关于全市应急避难场所标志牌整改提升情况的报告")
    _paragraph(doc, "市减灾委员会办公室：")
    _paragraph(
        doc,
        "为推进应急避难场所规范化管理，2024年6月，我局组织专家团队依据《应急避难场所术语》《应急避难场所标志》"
        "等国家标准，对中心城区26处应急避难场所进行了现场勘察。勘察结果为：标志牌需调整位置的3处，需新增标志牌的"
        "3处，需更换标志牌的2处，暂不需要更换和新增的18处。我局会同教育、城管、文旅等行业主管部门和各街道，"
        "按照“一场一策”制定了整改提升方案。现将需整改的8处应急避难场所整改情况报告如下：",
    )
    for heading, paras in SHELTER_PARTS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将把应急避难场所标志牌纳入日常检查内容，督促各管理单位做好维护，确保应急时“找得到、进得去、用得上”。",
    )
    _paragraph(doc, "濮阳市应急管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 居民区消防车通道清理, after a city 城管办's ten-day campaign to clear the fire-engine lanes of residential
# compounds (封闭小区 and 老旧散小区; 问题按类：堆放杂物、违法建筑物构筑物、车辆乱停乱放、大门上锁、私设地锁、其它;
# 物业管理、社区接管、无物业管理):
# http://decocad.com.cn/news/carnews1810.html
# A .zip of two 街道 returns: an .xlsx (填报单位 and 行动时间 lines, 小区类型 and 问题类别 columns beside the
# 清理责任单位 — 物业, 社区居委会 or 区城管局 —, 合计 row, 填表人 line) and a .docx with one table (the 街道 itself
# answering for one row) and a signature paragraph.
LANE_ROWS_A = [
    (
        "绿洲花园",
        "封闭小区",
        "私设地锁",
        "消防车通道两侧私设地锁14个",
        "濮阳市绿洲物业服务有限公司",
        "2024年7月24日",
        "已拆除地锁14个",
    ),
    (
        "建设路老干部家属院",
        "老旧散小区",
        "堆放杂物",
        "消防车通道堆放废旧家具、建筑垃圾约5立方米",
        "华龙区胜利路街道建设路社区居民委员会",
        "2024年7月24日",
        "已清理完毕",
    ),
    (
        "化纤厂家属院",
        "老旧散小区",
        "违法建筑物构筑物",
        "住户在消防车通道上搭建彩钢板车棚",
        "华龙区城市管理局",
        "2024年8月31日",
        "已下达限期拆除通知书",
    ),
    (
        "盛世名门",
        "封闭小区",
        "大门上锁",
        "小区北侧消防车通道大门长期上锁，无专人管理",
        "濮阳市盛世物业管理有限公司",
        "2024年7月16日",
        "已开锁，钥匙交门岗专人保管",
    ),
    (
        "安居乐园",
        "封闭小区",
        "车辆乱停乱放",
        "夜间私家车占用消防车通道停放",
        "濮阳市安居乐物业服务有限公司",
        "长期坚持",
        "常态化推进",
    ),
]
LANE_ROWS_B = [
    (
        "开州花园",
        "消防车通道入口设置固定限高杆，净高仅2.2米",
        "其它",
        "濮阳市开州物业服务有限公司",
        "2024年7月31日",
        "已拆除限高杆，改为可开启式栏杆",
    ),
    (
        "供销社家属院",
        "楼间消防通道被住户开垦菜地、堆放柴草",
        "堆放杂物",
        "华龙区开州路街道北关社区居民委员会",
        "2024年7月24日",
        "正在清理",
    ),
    (
        "阳光小区",
        "消防车通道被流动摊点占用",
        "其它",
        "华龙区城市管理局",
        "2024年7月20日",
        "已取缔摊点",
    ),
    (
        "丽景湾",
        "地下车库出入口消防车道私设地锁6个",
        "私设地锁",
        "濮阳市丽景物业服务有限公司",
        "2024年7月24日",
        "未整改",
    ),
    (
        "纺织厂家属院",
        "违规搭建简易房占用消防通道",
        "违法建筑物构筑物",
        "华龙区开州路街道办事处",
        "2024年9月30日",
        "",
    ),
]


def write_lane_book(path: Path) -> Path:
    b = Book(path, author="平安办")
    ws = b.sheet("清理台账")
    b.widths(ws, [6, 20, 12, 16, 36, 32, 14, 28])
    b.line(ws, 0, "居民区消防车通道堵塞问题清理台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处    专项清理行动时间：2024年7月15日至7月24日", 7)
    b.header(
        ws,
        2,
        ["序号", "小区名称", "小区类型", "问题类别", "问题描述", "清理责任单位", "清理时限", "清理结果"],
    )
    for i, row in enumerate(LANE_ROWS_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LANE_ROWS_A)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "排查封闭小区8个、老旧散小区12个，发现消防车通道堵塞问题5处")
    b.line(ws, end + 2, "填表人：贾文静    联系电话：0393-8326614    填报日期：2024年7月26日", 7)
    return b.close()


def write_lane_docx(path: Path) -> Path:
    doc = _new_document("开州路街道")
    _title(doc, "开州路街道居民区消防车通道清理整治情况表", 18)
    _paragraph(doc, "填报单位：华龙区开州路街道办事处    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(LANE_ROWS_B, 1)]
    _table(
        doc,
        ["序号", "小区（院落）名称", "存在问题", "问题类别", "整改责任单位", "整改时限", "整改情况"],
        body,
    )
    _paragraph(doc, "填表人：宋佳    联系电话：0393-8121930", 12)
    return _save_fixed(doc, path)


def write_lane(path: Path) -> Path:
    members = [
        ("居民区消防车通道堵塞问题清理台账（胜利路街道）.xlsx", write_lane_book),
        ("居民区消防车通道清理整治情况表（开州路街道）.docx", write_lane_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 住宅小区电动自行车规范停放、充电管理专项整治, after a county 住建局's campaign through the 物业企业 (“拉网式”
# 排查, 对发现的隐患建立台账，实行销号管理，明确整改责任与时限; 飞线充电、占用消防通道; 新增集中停放场所、增设
# 充电端口):
# http://henan.people.com.cn/BIG5/n2/2025/1128/c378397-41426209.html
# An .xlsx from one 物业服务企业 whose rows name only its own 项目 (the compounds it manages): title, 填报单位
# line, one header row with 整改责任人 (a person), 整改进展 and 是否销号, a 注 line and a signature line.
EBIKE_ROWS = [
    (
        "安和·桂园",
        "飞线充电",
        "3号楼住户从窗口拉飞线为电动自行车充电",
        "劝导拆除飞线，楼道张贴警示",
        "项目经理 张伟",
        "2024年7月10日",
        "已拆除",
        "是",
    ),
    (
        "安和·桂园",
        "充电设施不足",
        "小区约600辆电动自行车，充电端口仅40个",
        "利用闲置车棚增设充电端口120个",
        "项目经理 张伟",
        "2024年9月30日",
        "车棚改造设计已完成，正在施工",
        "否",
    ),
    (
        "安和·春天里",
        "电梯入户",
        "电梯未安装电动自行车阻车系统，电动车乘电梯入户",
        "安装电梯阻车系统",
        "项目经理 李娜",
        "2024年8月15日",
        "未启动",
        "否",
    ),
    (
        "安和·春天里",
        "楼道停放",
        "5号楼一层楼梯间停放电动自行车8辆",
        "清理楼道车辆，引导至集中停放点",
        "项目经理 李娜",
        "2024年7月5日",
        "已清理",
        "是",
    ),
    (
        "安和·联盟新城",
        "占用消防通道",
        "电动自行车集中停放在消防车通道上",
        "划定停放区域，清理消防车通道",
        "项目经理 王强",
        "2024年7月20日",
        "已划定停放区域，消防车通道已清理",
        "是",
    ),
    (
        "安和·联盟新城",
        "充电设施隐患",
        "集中充电棚未配置灭火器，无视频监控",
        "配置灭火器，安装视频监控",
        "项目经理 王强",
        "2024年7月31日",
        "灭火器已配置，监控正在安装",
        "否",
    ),
    (
        "安和·森林半岛",
        "违规充电",
        "地下车库内设置电动自行车充电插座",
        "拆除地下车库充电插座，充电点迁至地面",
        "项目经理 赵磊",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "安和·森林半岛",
        "宣传教育",
        "未开展电动自行车消防安全宣传和演练",
        "每季度开展一次宣传和疏散演练",
        "项目经理 赵磊",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_ebike(path: Path) -> Path:
    b = Book(path, author="安和物业品质部")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 16, 14, 38, 30, 16, 14, 30, 10])
    b.line(ws, 0, "住宅小区电动自行车停放充电隐患排查整治台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市安和物业服务有限公司    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "隐患类型",
            "隐患描述",
            "整改措施",
            "整改责任人",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EBIKE_ROWS)
    b.line(ws, end, "注：隐患整改完成并经属地社区复核后销号。", 8)
    b.line(ws, end + 1, "负责人：陈国栋    填表人：刘敏    联系电话：0393-6688321", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 人员密集场所消防安全暗访检查, after a city 公安局's night-time unannounced check, with its fire department, of
# large crowded places and residential communities (消防控制室值班人员是否在位, 消防安全制度台账是否健全, 疏散通道、
# 安全出口是否畅通, 消防设施、器材是否完好有效; 要求相关责任单位及时进行整改):
# https://gaj.changzhou.gov.cn/html/czgaj/2013/QBIFPCKJ_0717/74812.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, a preamble paragraph giving the check date (the base of
# 当场改正), one table with the 法律文书 beside the 整改期限, a 备注 paragraph and the signature line.
CROWD_ROWS = [
    (
        "濮阳万象汇商业管理有限公司",
        "商业综合体",
        "消防控制室夜间仅1人值班，值班人员离岗",
        "责令改正通知书（濮消责改字〔2024〕第0716号）",
        "2024年7月19日",
        "已落实双人值班，复查合格",
    ),
    (
        "濮阳市丹尼斯百货有限公司",
        "商场",
        "二层安全出口被促销货架堵塞",
        "当场责令改正",
        "当场改正",
        "已当场清理",
    ),
    (
        "濮阳市惠万家超市有限公司",
        "超市",
        "自动喷水灭火系统末端试水装置压力不足",
        "责令改正通知书（濮消责改字〔2024〕第0717号）",
        "2024年8月15日",
        "正在维修",
    ),
    (
        "濮阳市迎宾大酒店有限公司",
        "宾馆",
        "消防安全制度台账不健全，防火巡查记录缺失",
        "责令改正通知书（濮消责改字〔2024〕第0718号）",
        "2024年7月26日",
        "未整改",
    ),
    (
        "濮阳市星光影城有限公司",
        "影剧院",
        "3号影厅疏散指示标志不亮",
        "责令改正通知书（濮消责改字〔2024〕第0719号）",
        "2024年7月23日",
        "已更换疏散指示标志",
    ),
    (
        "濮阳市金沙滩洗浴有限公司",
        "洗浴中心",
        "常闭式防火门闭门器缺失，防火门常开",
        "责令改正通知书（濮消责改字〔2024〕第0720号）",
        "2024年7月26日",
        "",
    ),
    (
        "濮阳市欢唱时代娱乐有限公司",
        "歌舞娱乐场所",
        "包间墙面使用易燃材料装修",
        "临时查封决定书（濮消封字〔2024〕第0011号）",
        "2024年9月30日",
        "已临时查封，正在拆除更换装修材料",
    ),
]


def write_crowd_docx(path: Path) -> Path:
    doc = _new_document("防火监督处")
    _title(doc, "人员密集场所消防安全暗访检查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市消防救援支队（防火监督处）    填报日期：2024年7月25日", 12)
    _paragraph(
        doc,
        "2024年7月16日晚，支队组织对全市大型商场、超市、宾馆、影院等人员密集场所开展消防安全暗访检查，"
        "重点检查消防控制室值班、消防安全制度台账、疏散通道和安全出口、消防设施器材等情况。发现问题及整改情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CROWD_ROWS, 1)]
    _table(doc, ["序号", "单位名称", "场所类别", "暗访发现问题", "法律文书", "整改期限", "整改情况"], body)
    _paragraph(doc, "备注：整改情况由辖区消防救援大队复查后填写。", 12)
    _paragraph(doc, "填表人：孟凡超    审核人：周立新    联系电话：0393-4468119", 12)
    return _save_fixed(doc, path)


def write_crowd(path: Path) -> Path:
    return via_soffice(write_crowd_docx, path, "doc", "人员密集场所消防安全暗访检查问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 工贸行业粉尘防爆专项整治, after a city 安监局's campaign (重点整治存在重大事故隐患未整改完成的粉尘涉爆企业;
# 金属粉尘、木粉尘和粮食饲料等农副产品粉尘企业; 对往年专项整治中未完成整改的重点问题隐患和今年新发现的重大事故
# 隐患单独建立管理台账，落实责任人，实施跟踪督办并定期调度):
# http://www.wqcgm.cn/news/364876.html
# An .ods (LibreOffice conversion): title, 填报单位 line, a two-row header with 隐患来源, 企业责任人 and 监管责任人
# (persons) and 跟踪督办情况 over the 6月调度 and 7月调度 columns, a 合计 row, a 填表说明 line and a signature line.
DUST_ROWS = [
    (
        "清丰县金盛木业有限公司",
        "木粉尘",
        "2023年整治遗留",
        "干式除尘系统未采取泄爆、惰化、抑爆等爆炸防控措施",
        "除尘器加装泄爆片",
        "刘长海",
        "王建",
        "2024年6月30日",
        "已加装泄爆片，整改完成",
        "已销号",
    ),
    (
        "清丰县华林家具有限公司",
        "木粉尘",
        "2024年新发现",
        "粉尘爆炸危险场所内设有员工休息室",
        "拆除休息室，移至安全区域",
        "陈华林",
        "王建",
        "2024年7月31日",
        "正在选址",
        "已完成拆除，经复查合格",
    ),
    (
        "清丰县宏远铝制品有限公司",
        "铝粉尘",
        "2024年新发现",
        "铝粉尘除尘系统采用正压除尘方式",
        "改造为负压除尘系统",
        "郭宏远",
        "李少华",
        "2024年9月30日",
        "已委托设计",
        "除尘设备已订购，正在安装",
    ),
    (
        "清丰县丰源面粉有限公司",
        "粮食粉尘",
        "2023年整治遗留",
        "不同防火分区共用一套除尘系统",
        "按防火分区拆分除尘系统",
        "马丰源",
        "李少华",
        "2024年8月31日",
        "未启动",
        "未启动",
    ),
    (
        "清丰县恒信饲料有限公司",
        "饲料粉尘",
        "2024年新发现",
        "除尘器灰斗未设置锁气卸灰装置",
        "加装锁气卸灰装置",
        "张恒信",
        "赵磊",
        "2024.7.20",
        "",
        "已完成",
    ),
    (
        "清丰县巨力木制品厂",
        "木粉尘",
        "2024年新发现",
        "粉尘清扫制度未落实，设备表面积尘严重",
        "建立粉尘清扫制度，每班清扫并记录",
        "杨巨力",
        "赵磊",
        "长期坚持",
        "常态化推进",
        "常态化推进",
    ),
    (
        "清丰县鑫达镁合金制品有限公司",
        "镁粉尘",
        "2024年新发现",
        "镁粉尘湿式除尘器未设置氢气泄爆口",
        "增设氢气泄爆口及通风设施",
        "孙鑫达",
        "王建",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "清丰县绿源生物质颗粒有限公司",
        "秸秆粉尘",
        "2023年整治遗留",
        "粉尘爆炸危险场所设置在非框架结构的多层建筑内",
        "停产，生产线搬迁至单层厂房",
        "周绿源",
        "李少华",
        "2024年12月31日",
        "已停产",
        "新厂房正在建设",
    ),
]


def write_dust_book(path: Path) -> Path:
    b = Book(path, author="清丰县应急管理局")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 28, 10, 16, 36, 26, 10, 10, 14, 22, 22])
    b.line(ws, 0, "工贸行业粉尘涉爆企业重大事故隐患整改跟踪督办台账", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县应急管理局（盖章）    填报日期：2024年7月30日", 10)
    words = [
        "序号",
        "企业名称",
        "粉尘种类",
        "隐患来源",
        "隐患内容",
        "整改措施",
        "企业责任人",
        "监管责任人",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "跟踪督办情况", b.head)
    b.header(ws, 3, ["6月调度", "7月调度"], first=9)
    for i, row in enumerate(DUST_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(DUST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "重大事故隐患8项，其中往年遗留3项、今年新发现5项；已整改完成3项")
    b.line(ws, end + 1, "填表说明：“跟踪督办情况”按月调度填写，每月25日前报市应急管理局。", 10)
    b.line(ws, end + 2, "负责人：黄永强    填表人：李少华    联系电话：0393-7226318", 10)
    return b.close()


def write_dust(path: Path) -> Path:
    via_soffice(write_dust_book, path, "ods", "粉尘涉爆企业重大事故隐患整改跟踪督办台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("高层住宅小区消防安全专项检查发现问题整改台账.xlsx", write_highrise),
    ("中原路街道九小场所消防安全检查隐患整改台账.csv", write_nine),
    ("濮阳县CD级自建房安全隐患整治销号进度台账.xls", write_house),
    ("危险货物道路运输企业隐患突击检查整改跟踪表.et", write_hazmat),
    ("汛前防汛应急物资储备专项检查问题整改情况表.xlsx", write_store),
    ("关于全市应急避难场所标志牌整改提升情况的报告.docx", write_shelter),
    ("居民区消防车通道清理整治情况（两个街道）.zip", write_lane),
    ("住宅小区电动自行车停放充电隐患整治台账（安和物业）.xlsx", write_ebike),
    ("人员密集场所消防安全暗访检查问题整改情况表.wps", write_crowd),
    ("粉尘涉爆企业重大事故隐患整改跟踪督办台账（清丰县）.ods", write_dust),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev85 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (交通运输与邮政): 公交站台, 出租车投诉, 网约车, 货车超限超载, 农村公路养护, 桥梁隐患, 客运站, 快递网点,
共享单车, 高速服务区.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with a BOM (a system's export), .ods and
.doc (LibreOffice conversions), a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a
.docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev85.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties, fixed zip member times).
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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
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
# 1. 公交候车亭安全检查, after a bus company's 场站公司 check of the city's 候车亭 before a holiday (检查内容主要包括
# 候车亭的顶棚、亭体、站牌、候车椅、螺栓连接件等设施是否损坏，各类标识、标志是否清晰以及候车亭整体稳定性):
# http://www.ksjtcz.com/phone/news_show.php?id=332
# An .xlsx: title, 填报单位/检查时间 line stating the date the 整改时限 in days count from, a two-row header (检查情况
# over two columns, 整改落实 over four), rows naming only the company's own 班组, a 小计 row, a signature line.
SHELTER_ROWS = [
    (
        "人民路胜利路口站",
        "人民路",
        "顶棚",
        "候车亭顶棚钢化玻璃碎裂2块，存在坠落风险",
        "维修一班",
        "更换钢化玻璃",
        "3日内",
        "已更换，复查合格",
    ),
    (
        "市政府站",
        "开州路",
        "站牌",
        "站牌线路信息未更新，仍标注已撤销的12路",
        "信息班",
        "重新制作站牌",
        "2024.7.20",
        "新站牌已制作，待安装",
    ),
    (
        "中心医院站",
        "胜利路",
        "候车椅",
        "不锈钢候车椅焊点开裂松动",
        "维修二班",
        "补焊加固",
        "2024.7.15",
        "已完成",
    ),
    (
        "火车站站",
        "长庆路",
        "螺栓连接件",
        "亭体立柱底座螺栓锈蚀，缺失4颗",
        "维修一班",
        "补齐螺栓并做防锈处理",
        "7月31日前",
        "未整改",
    ),
    (
        "濮阳一高站",
        "京开大道",
        "亭体",
        "亭体广告灯箱背板脱落，灯箱线路裸露",
        "维修二班",
        "固定背板，规范敷设线路",
        "10日内",
        "已断电，正在维修",
    ),
    (
        "绿城路站",
        "绿城路",
        "标识标志",
        "站名标识褪色，夜间无法辨认",
        "信息班",
        "重新喷涂站名标识",
        "2024年8月15日",
        "",
    ),
    (
        "戚城公园站",
        "建设路",
        "整体稳定性",
        "候车亭整体向机动车道一侧倾斜，基础混凝土开裂",
        "维修一班",
        "拆除重建基础",
        "2024年8月底前",
        "已设置警示围挡，重建方案报批中",
    ),
    (
        "体育场站",
        "中原路",
        "环境卫生",
        "亭体及站牌背面小广告张贴较多",
        "保洁班",
        "清理小广告，纳入日常保洁",
        "长期坚持",
        "长期坚持",
    ),
]


def write_shelter(path: Path) -> Path:
    b = Book(path, author="场站管理部")
    ws = b.sheet("候车亭检查")
    b.widths(ws, [6, 18, 12, 12, 36, 10, 24, 14, 26])
    b.line(ws, 0, "市区公交候车亭安全检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：众意公交公司（场站管理部）    检查时间：2024年7月10日    整改时限自检查之日起计算",
        8,
    )
    for c, word in enumerate(["序号", "站点名称", "所在道路"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "检查情况", b.head)
    b.merge(ws, 2, 5, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["检查项目", "存在问题", "责任班组", "整改措施", "整改时限", "完成情况"], first=3)
    for i, row in enumerate(SHELTER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SHELTER_ROWS)
    b.put(ws, end, 0, "小计", b.center)
    b.merge(ws, end, 1, end, 8, "本次检查候车亭46座，发现问题8处")
    b.line(ws, end + 2, "审核：刘卫东    填表：马晓静    填报日期：2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 出租汽车投诉办理, after a taxi supervision system's complaint list and detail form (投诉编号、车牌号码、司机姓名、
# 所属公司、上车地点、下车地点、投诉类型、乘客描述、处理结果 有责投诉/无责投诉/待查案件、公司处理、投诉状态 待处理/
# 待结案/已结案, 案件来源 12345 …; 导出 button):
# https://github.com/ZHYI-source/blog-node-express-mysql-vue2/blob/ad894cb77d89a31f585ef09437f626c5c61c0ebd/zy-blog-admin/src/views/supervisionComplaint/index.vue
# A CSV in UTF-8 with a BOM, as the system exports it: one header line, no title; the 办理时限 in working days from the
# row's 受理时间, a 办结时间 column (an event), the 所属公司 as the handling unit.
TAXI_HEADER = [
    "投诉编号",
    "案件来源",
    "案件类型",
    "车牌号码",
    "司机姓名",
    "所属公司",
    "受理时间",
    "上车地点",
    "下车地点",
    "投诉类型",
    "乘客描述",
    "处理结果",
    "公司处理",
    "办理时限",
    "办结时间",
    "投诉状态",
]
TAXI_ROWS = [
    (
        "TS20240702001",
        "12328",
        "投诉",
        "豫J·T2365",
        "王某",
        "濮阳市银河出租汽车有限公司",
        "2024-07-02 09:40",
        "濮阳火车站",
        "濮水苑小区",
        "绕路",
        "乘客反映司机未按导航路线行驶，绕行约5公里，多收车费18元",
        "有责投诉",
        "驾驶员停运学习3天，已退还乘客多收车费",
        "5个工作日内",
        "2024-07-05 16:20",
        "已结案",
    ),
    (
        "TS20240703002",
        "12345",
        "投诉",
        "豫J·T0819",
        "李某",
        "濮阳市龙都出租汽车有限公司",
        "2024-07-03 21:15",
        "市人民医院",
        "濮阳东站",
        "拒载",
        "夜间在医院门口以交班为由拒载就医乘客",
        "有责投诉",
        "已约谈驾驶员，待回访乘客",
        "5个工作日内",
        "",
        "待结案",
    ),
    (
        "TS20240705003",
        "12328",
        "投诉",
        "豫J·T3306",
        "张某",
        "濮阳市恒泰出租汽车有限公司",
        "2024-07-05 14:02",
        "万达广场",
        "濮阳东站",
        "不打表",
        "司机不使用计价器，一口价要求乘客支付50元",
        "有责投诉",
        "已罚款并计入驾驶员服务质量信誉考核",
        "10个工作日内",
        "2024-07-12 10:00",
        "已结案",
    ),
    (
        "TS20240708004",
        "12345",
        "投诉",
        "豫J·T1150",
        "赵某",
        "濮阳市银河出租汽车有限公司",
        "2024-07-08 08:30",
        "濮上园",
        "油田总医院",
        "服务态度",
        "乘客要求开空调，司机态度恶劣并出言辱骂",
        "待查案件",
        "",
        "10个工作日内",
        "",
        "待处理",
    ),
    (
        "TS20240710005",
        "12328",
        "投诉",
        "豫J·T2788",
        "刘某",
        "濮阳市华运出租客运有限公司",
        "2024-07-10 17:45",
        "汽车总站",
        "华龙区政府",
        "甩客",
        "行至半途以车辆故障为由要求乘客下车另行打车",
        "待查案件",
        "公司正在调取车载监控核实",
        "5个工作日内",
        "",
        "处理中",
    ),
    (
        "TS20240712006",
        "12345",
        "投诉",
        "豫J·T0456",
        "孙某",
        "濮阳市龙都出租汽车有限公司",
        "2024-07-12 11:20",
        "世锦园",
        "濮阳县城",
        "拼车",
        "司机未经乘客同意沿途拼载其他乘客",
        "无责投诉",
        "经调取监控，乘客上车时同意合乘，已向乘客解释说明",
        "5个工作日内",
        "2024-07-16 15:00",
        "已结案",
    ),
    (
        "TS20240716007",
        "12328",
        "投诉",
        "豫J·T3921",
        "周某",
        "濮阳市恒泰出租汽车有限公司",
        "2024-07-16 19:05",
        "濮阳东站",
        "南乐县",
        "车容车貌",
        "车内卫生脏乱，座椅套破损，有明显烟味",
        "有责投诉",
        "已责令驾驶员清洗车辆、更换座椅套，待复查",
        "5个工作日内",
        "",
        "待结案",
    ),
    (
        "TS20240719008",
        "12345",
        "投诉",
        "豫J·T1677",
        "吴某",
        "濮阳市华运出租客运有限公司",
        "2024-07-19 07:50",
        "黄河路",
        "市第一中学",
        "拒载",
        "早高峰以不顺路为由拒绝搭载携带行李箱的学生",
        "有责投诉",
        "已对驾驶员批评教育并扣减考核分",
        "5个工作日内",
        "2024-07-24 09:30",
        "已结案",
    ),
    (
        "TS20240723009",
        "12328",
        "投诉",
        "豫J·T2203",
        "郑某",
        "濮阳市银河出租汽车有限公司",
        "2024-07-23 22:40",
        "恒大名都",
        "濮阳站",
        "乱收费",
        "夜间以空调费为由加收车费10元",
        "待查案件",
        "",
        "10个工作日内",
        "",
        "待处理",
    ),
]


def write_taxi(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(TAXI_HEADER)
    for row in TAXI_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 网约车平台公司合规化经营“体检”, after a city 交通运输局's 百日攻坚行动 (联合约谈、进驻检查、网络抽查; 对排查出的问题
# 逐一登记清单、出具体检报告、责令限期整改，对整改不到位的平台公司依法立案查处; 清退不合规车辆，杜绝向不合规车辆和
# 驾驶员派单; 主动申请暂停经营, 注销许可):
# http://jt.linyi.gov.cn/info/1083/16560.htm
# An .xlsx: title, 填报单位 line, one header row, the 平台公司 cell merged down over its problems, a 体检方式 and a
# 处置措施 column, a 合计 row, a 注 line and a signature line.
PLATFORM_ROWS = [
    (
        "濮阳畅行网约车服务有限公司",
        [
            (
                "进驻检查",
                "向未取得网约车驾驶员证的驾驶员派单",
                "清退不合规驾驶员，完善派单审核",
                "2024年7月15日",
                "已清退不合规驾驶员23名",
                "责令整改",
            ),
            (
                "网络抽查",
                "平台订单数据未按要求实时传输至部级监管平台",
                "完成数据对接并实时传输",
                "2024年7月31日",
                "正在与技术服务商对接",
                "责令整改",
            ),
            (
                "进驻检查",
                "线下服务机构无固定办公场所和服务人员",
                "落实线下服务能力",
                "2024年8月31日",
                "未整改",
                "约谈",
            ),
        ],
    ),
    (
        "河南优e出行科技有限公司濮阳分公司",
        [
            (
                "联合约谈",
                "部分车辆未取得网约车运输证即接单营运",
                "停止向不合规车辆派单并清退",
                "7月20日前",
                "已立案处罚，不合规车辆已清退",
                "立案处罚",
            ),
            (
                "网络抽查",
                "乘客投诉未在24小时内回应，投诉处理记录不全",
                "建立投诉处理台账，及时回应",
                "长期坚持",
                "长期坚持",
                "责令整改",
            ),
        ],
    ),
    (
        "濮阳市龙运网络预约出租汽车有限公司",
        [
            (
                "网络抽查",
                "计价规则未在App内向社会公示",
                "在App显著位置公示计价规则",
                "2024.7.12",
                "已公示",
                "责令整改",
            ),
            ("进驻检查", "驾驶员岗前培训记录缺失", "补齐培训记录", "第三季度", "", "责令整改"),
        ],
    ),
    (
        "濮阳快的城际出行有限公司",
        [
            (
                "进驻检查",
                "未开展业务且不具备线上线下服务能力",
                "依法办理暂停经营或注销手续",
                "2024年8月15日",
                "已主动申请暂停经营，正在办理注销",
                "抄送审批部门",
            ),
        ],
    ),
]


def write_platform(path: Path) -> Path:
    b = Book(path, author="运输服务科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 10, 40, 28, 14, 30, 12])
    b.line(ws, 0, "网约车平台公司合规化经营百日攻坚“体检”问题清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（运输服务科）    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        ["序号", "平台公司名称", "体检方式", "存在问题", "整改要求", "整改期限", "整改情况", "处置措施"],
    )
    r = 3
    n = 0
    for company, problems in PLATFORM_ROWS:
        b.merge(ws, r, 1, r + len(problems) - 1, 1, company)
        for p in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(p), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "体检平台公司4家，登记问题8个，立案处罚1家")
    b.line(ws, r + 1, "注：对整改不到位的平台公司依法立案查处；对不具备经营能力的平台抄送行政审批部门。", 7)
    b.line(ws, r + 2, "负责人：孟庆华    填表人：杨帆    联系电话：0393-8992106", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 货运源头单位超限超载治理检查, after a 治理车辆超限超载工作领导小组办公室's notice publishing its 重点货运源头单位一览表
# (货运站场、工矿企业、港口码头等易出现超限超载现象的货运集散地; 源头单位名称、地址、货物; 领导小组办公室（建设局代）
# signing at the foot):
# https://chacewang.com/newsdetail/news364710.html
# An .xls (xlwt): title, 填报单位 line naming the 治超办 and the department signing for it, one header row listing
# the 源头单位 with their address, goods and 驻场监管人 (a person), the problems found and their 整改, a 合计 row,
# a 注 line and a signature line.
SOURCE_ROWS = [
    (
        "濮阳市华兴建材有限公司",
        "濮阳县产业集聚区",
        "商砼、砂石",
        "出场货车未逐车过磅登记，称重数据未联网",
        "安装称重联网设备，逐车登记",
        "2024年7月20日",
        "已安装并联网，复查合格",
        "王建军",
    ),
    (
        "濮阳市金源砂石料场",
        "范县陈庄镇",
        "砂石",
        "对超限货车放行出场，现场查获超限车辆3台",
        "停业整顿，落实不超限装载承诺",
        "7月底前",
        "正在停业整顿",
        "李红旗",
    ),
    (
        "濮阳宏达煤炭物流有限公司",
        "华龙区岳村镇",
        "煤炭",
        "未建立货物装载配载制度",
        "建立装载配载制度并上墙",
        "2024.7.15",
        "",
        "张永",
    ),
    (
        "清丰县鑫磊石材加工厂",
        "清丰县马庄桥镇",
        "石材",
        "为非法改装加高栏板的货车装载货物",
        "拒绝为改装车辆装载，签订承诺书",
        "2024年8月10日",
        "未整改",
        "陈立",
    ),
    (
        "濮阳市龙港物流园有限公司",
        "濮阳经济技术开发区",
        "综合货物",
        "货运车辆出场登记台账缺失6月份记录",
        "补齐台账，专人管理",
        "2024年7月10日",
        "已补齐",
        "赵亮",
    ),
    (
        "南乐县顺通货运站",
        "南乐县城关镇",
        "零担货物",
        "未设置治超宣传标牌，驾驶员源头治超教育不到位",
        "设置宣传标牌，常态化开展宣传教育",
        "常态化推进",
        "常态化推进",
        "孙海涛",
    ),
    (
        "台前县黄河建材市场",
        "台前县城关镇",
        "建材",
        "视频监控未覆盖装载区和出场口",
        "增设视频监控并接入治超平台",
        "2024年9月30日前",
        "已采购设备，正在安装",
        "郭伟",
    ),
]


def write_source(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "重点货运源头单位超限超载治理检查问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市治理车辆超限超载工作领导小组办公室（市交通运输局代）    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "源头单位名称",
        "单位地址",
        "货物种类",
        "检查发现问题",
        "整改要求",
        "整改时限",
        "整改情况",
        "驻场监管人",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(SOURCE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (6, 8) else c))
    r = 3 + len(SOURCE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查重点货运源头单位18家，发现问题7个", c, r, 8),
        (r + 1, 0, "注：源头单位整改不到位的，依法依规处理并纳入重点监管名单。", plain, r + 1, 8),
        (r + 2, 0, "填表人：韩冬梅    审核人：张建华    联系电话：0393-8915530", plain, r + 2, 8),
    ]
    return _write_xls(path, [("整改台账", cells)], [6, 26, 18, 10, 36, 28, 14, 22, 10])


# ---------------------------------------------------------------------------------------------
# 5. 农村公路管理养护整改复查验收, after a county 交通部门's 工作组 re-checking and accepting the 乡镇's 农村公路 rectification
# (路面坑凼较多、边沟排水不畅、零星坍方堆积、路基缺口、危险路段、隐患桥梁缺少安全警示标示标牌; 针对性整改落实;
# 管理养护优秀乡镇):
# https://www.saolv.com.cn/html/xw/gxdt/15169.html
# An .xlsx: title, 复查单位/复查时间 line, one header row with the 乡镇人民政府 as 整改责任单位, the 路线 and 桩号, a
# 复查验收意见 column, a 说明 line and a 复查人 line.
ROAD_ROWS = [
    (
        "濮阳县柳屯镇人民政府",
        "Y012柳文线",
        "K3+200—K3+650",
        "路面坑槽较多，最大坑槽面积约2平方米",
        "2024年7月15日",
        "验收合格",
    ),
    (
        "濮阳县文留镇人民政府",
        "C105后寨村道",
        "K0+000—K1+200",
        "边沟淤塞排水不畅，雨后路面积水",
        "2024.7.20",
        "已清淤500米，剩余部分正在清理",
    ),
    (
        "濮阳县庆祖镇人民政府",
        "Y018庆梁线",
        "K1+100",
        "路肩杂草丛生，遮挡弯道视线",
        "2024年7月10日",
        "复查合格",
    ),
    (
        "濮阳县胡状镇人民政府",
        "X023胡王线",
        "K6+300",
        "路基缺口2处，未设置警示标志",
        "7月25日前",
        "未整改",
    ),
    (
        "濮阳县八公桥镇人民政府",
        "Y031八梨线",
        "K2+400—K2+800",
        "急弯陡坡路段缺少减速带和警示标牌",
        "2024年8月31日",
        "",
    ),
    (
        "濮阳县子岸镇人民政府",
        "C211东子岸村道",
        "K0+600",
        "零星坍方土堆堆积在路面",
        "2024.7.12",
        "已清理，验收合格",
    ),
    (
        "濮阳县五星乡人民政府",
        "X019五徐线",
        "K4+050",
        "东关桥未设置限载标志和安全警示标牌",
        "2024年7月31日",
        "标牌已制作，正在安装",
    ),
    (
        "濮阳县海通乡人民政府",
        "全乡农村公路",
        "—",
        "乡级养护人员配备不足，日常巡查记录不全",
        "常态化推进",
        "常态化推进",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="农村公路管理所")
    ws = b.sheet("复查验收")
    b.widths(ws, [6, 26, 16, 16, 38, 16, 30])
    b.line(ws, 0, "濮阳县农村公路管理养护问题整改复查验收情况表", 6, b.title)
    b.line(ws, 1, "复查单位：濮阳县交通运输局农村公路管理所    复查时间：2024年7月22日至7月26日", 6)
    b.header(ws, 2, ["序号", "整改责任单位", "路线名称", "桩号", "存在问题", "整改时限", "复查验收意见"])
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "说明：复查验收意见栏填写“验收合格”“复查合格”的，视为整改完成。", 6)
    b.line(ws, end + 2, "复查人：李国栋、杜鹏    负责人：王庆丰    日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 农村公路桥梁安全隐患排查, after a city 交通运输局's 拉网式 check of its 农村公路桥梁 (检查结果及时反馈桥梁所属乡镇;
# 病害严重的危桥列入桥梁改造计划，力争在三年内逐一改造; 断交、完善危桥警告与限载标志设置、设置障碍物禁止大型车辆
# 通行、加强巡查):
# http://che.qc188.com/news/201311/66792.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 所属乡镇 as 责任单位 and the
# 技术状况等级, deadlines as dates, a year range and 年底前, a 说明 line and a signature line.
BRIDGE_ROWS = [
    (
        "南湖桥",
        "X016",
        "清丰县韩村镇人民政府",
        "四类",
        "主梁底板横向裂缝，支座老化",
        "设置限载10吨标志",
        "2024年7月15日",
        "限载标志已设置到位",
    ),
    (
        "后刘庄桥",
        "Y022",
        "南乐县元村镇人民政府",
        "五类",
        "桥墩基础冲刷掏空，护栏缺失",
        "断交，列入危桥改造计划",
        "2024-2026年",
        "已断交，改造项目已纳入计划",
    ),
    (
        "西沙河桥",
        "C308",
        "范县龙王庄镇人民政府",
        "三类",
        "桥面铺装破损，伸缩缝堵塞",
        "修补桥面，清理伸缩缝",
        "8月底前",
        "",
    ),
    (
        "马颊河二桥",
        "X009",
        "清丰县巩营乡人民政府",
        "四类",
        "桥头未设置限宽设施，重型货车仍通行",
        "设置障碍物禁止大型车辆通行",
        "2024.7.20",
        "未落实",
    ),
    (
        "金堤河桥",
        "Y015",
        "范县陈庄镇人民政府",
        "三类",
        "栏杆锈蚀断裂约12米",
        "更换栏杆",
        "2024年9月30日",
        "栏杆已采购，待安装",
    ),
    ("郭寨桥", "C117", "台前县夹河乡人民政府", "二类", "锥坡局部塌陷", "修复锥坡", "2024.7.10", "已修复"),
    (
        "千口桥",
        "Y040",
        "南乐县千口镇人民政府",
        "三类",
        "汛期未按要求开展桥梁巡查，巡查记录缺失",
        "汛期每周巡查不少于1次",
        "长期坚持",
        "长期坚持",
    ),
    (
        "前屯桥",
        "X031",
        "台前县打渔陈镇人民政府",
        "五类",
        "主拱圈开裂渗水",
        "断交，设置绕行标志，列入改造计划",
        "2025年底前",
        "已断交并设置绕行标志",
    ),
]


def write_bridge_book(path: Path) -> Path:
    b = Book(path, author="公路事业发展中心")
    ws = b.sheet("桥梁隐患")
    b.widths(ws, [6, 14, 10, 24, 12, 30, 30, 16, 26])
    b.line(ws, 0, "农村公路桥梁安全隐患排查病害处置台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（公路事业发展中心）    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "桥梁名称",
            "路线编号",
            "所属乡镇（责任单位）",
            "技术状况等级",
            "主要病害",
            "处置措施",
            "完成时限",
            "落实情况",
        ],
    )
    for i, row in enumerate(BRIDGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BRIDGE_ROWS)
    b.line(
        ws, end + 1, "说明：检查结果已反馈桥梁所属乡镇，四、五类桥梁由所属乡镇落实断交、限载等管控措施。", 8
    )
    b.line(ws, end + 2, "负责人：胡建新    填表人：宋佳    联系电话：0393-8663591", 8)
    return b.close()


def write_bridge(path: Path) -> Path:
    via_soffice(write_bridge_book, path, "ods", "农村公路桥梁安全隐患排查病害处置台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 汽车客运站安全检查, after a city 交通运输局's unannounced check of its 长途客运站 (不打招呼突击检查; 汽车东站存在
# 人车分流不到位，客运中心站存在“三品”安检不到位，汽车南站存在安全例检台账填写不规范，汽车西站存在安全例检安检员
# 人数不够、未对车辆灯光进行检查、车辆出站登记不规范; 责令整改):
# https://m.ooffiiccee.com/news/201312/68016.html
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble stating the date the 工作日 count from, one table with the
# 客运站 cell merged down over its problems, 整改时限 partly in working days, a 整改情况 column, the office and date.
STATION_ROWS = [
    (
        "濮阳市汽车客运东站",
        [
            ("进站口人车分流不到位，旅客与车辆混行", "10个工作日内", "已设置隔离护栏，整改完成"),
            ("行包安检仪无人值守，“三品”查堵不到位", "10个工作日内", "已增配安检员2名，正在开展岗前培训"),
        ],
    ),
    (
        "濮阳市汽车客运总站有限公司",
        [
            ("安全例检台账填写不规范，漏填检验项目", "2024年7月20日", "已整改"),
            ("出站登记表未经审核签字即放行车辆", "2024年7月20日", "未整改"),
        ],
    ),
    ("濮阳县汽车客运站", [("安检员人数不足，未对车辆灯光进行检查", "7月底前", "")]),
    (
        "清丰县汽车客运站",
        [("候车大厅灭火器压力不足，应急照明损坏", "2024年7月18日", "灭火器已更换，应急照明正在维修")],
    ),
    ("南乐县汽车客运站", [("客车出站前未检查乘客安全带系扎情况", "常态化推进", "常态化推进")]),
    ("范县汽车客运站", [("驾驶员从业资格审核记录缺失", "10个工作日内", "已补齐记录，复查合格")]),
]


def write_station_docx(path: Path) -> Path:
    doc = _new_document("运输服务科")
    _title(doc, "关于全市汽车客运站暑运安全检查发现问题的通报")
    _paragraph(doc, "各县区交通运输局，各汽车客运站：")
    _paragraph(
        doc,
        "为做好暑运期间道路旅客运输安全工作，7月9日至11日，市交通运输局组成检查组，采取不打招呼、突击检查的方式，"
        "对全市6个汽车客运站“三品”安检、安全例检、出站登记等安全管理环节进行了检查。现将发现的问题通报如下，"
        "请各客运站自本通报印发之日（2024年7月12日）起按时限整改。表中“整改情况”根据各站7月29日反馈情况汇总。",
    )
    n_rows = sum(len(p) for _, p in STATION_ROWS)
    table = doc.add_table(rows=1 + n_rows, cols=5)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "客运站", "存在问题", "整改时限", "整改情况"]):
        _cell_text(table.cell(0, c), word, bold=True)
    r = 1
    n = 0
    for station, problems in STATION_ROWS:
        top = r
        for problem, limit, progress in problems:
            n += 1
            _cell_text(table.cell(r, 0), str(n))
            _cell_text(table.cell(r, 2), problem)
            _cell_text(table.cell(r, 3), limit)
            _cell_text(table.cell(r, 4), progress)
            r += 1
        cell = table.cell(top, 1).merge(table.cell(r - 1, 1)) if r - 1 > top else table.cell(top, 1)
        _cell_text(cell, station)
    _paragraph(doc, "各客运站要严格落实“三不进站、六不出站”制度，举一反三，确保暑运期间旅客运输安全。")
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_station(path: Path) -> Path:
    return via_soffice(write_station_docx, path, "doc", "客运站暑运安全检查发现问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 8. 邮政快递网点消防安全联合督查, after a county 邮政管理局 and 消防大队's joint check of the 中通、圆通、申通 sorting sites
# and 网点 (投递运输工具充电停放、用火用电、违规住人; 杂物遮挡灭火器箱、货物包裹堆积堵塞疏散通道、应急灯失灵、场地
# 出现烟头; 责令企业当场整改，并对安全管理人员进行警示教育):
# http://zjfzb.zjol.com.cn/html/2020-11/30/content_2733371.htm?div=-1
# A .docx 通报: title, 主送, preamble stating the 督查 date, the problems as numbered paragraphs (one 网点 and one
# problem each, its 整改要求, deadline and progress in sentences), a closing paragraph, the two offices and date.
COURIER_PARAS = [
    "1．中通快递濮阳华龙区胜利路网点：杂物遮挡灭火器箱，灭火器无法及时取用。督查组责令当场整改，已现场清理完毕。",
    (
        "2．圆通速递濮阳开州路营业部：分拣场地货物包裹堆积，堵塞疏散通道。要求7月20日前清理通道并划定包裹堆放区域，"
        "目前通道已清理，堆放区域标线正在施划。"
    ),
    (
        "3．申通快递濮阳县城关网点：快递电动三轮车在营业场所内停放充电，存在“人车同屋”问题。要求7月31日前建成"
        "集中充电区，目前尚未启动。"
    ),
    "4．韵达快递濮阳高新区分拨中心：应急照明灯失灵3处。要求2024年7月23日前更换，已更换完毕，经复查合格。",
    "5．极兔速递濮阳华龙区网点：分拣场地发现烟头，从业人员在场地内违规吸烟。要求加强从业人员消防安全教育，长期坚持。",
    "6．百世快递濮阳中原路网点：营业场所二楼仓库违规住人。要求8月15日前搬离住宿人员。",
    (
        "7．顺丰速运濮阳清丰营业点：私拉电线为电动三轮车“飞线充电”。要求7月18日前拆除私拉电线，改为集中充电，"
        "已拆除整改到位。"
    ),
    (
        "8．中通快递濮阳华龙区胜利路网点：未建立每日防火巡查记录，消防安全管理制度未上墙。要求8月10日前建立制度和"
        "巡查记录，目前正在制定。"
    ),
]


def write_courier(path: Path) -> Path:
    doc = _new_document("市场监管科")
    _title(doc, "关于全市邮政快递网点消防安全联合督查情况的通报")
    _paragraph(doc, "各邮政快递企业：")
    _paragraph(
        doc,
        "为深化邮政快递业电动自行车安全隐患全链条整治，2024年7月16日，市邮政管理局、市消防救援支队组成联合督查组，"
        "对中心城区及濮阳县、清丰县部分快递分拣场地和营业网点开展了消防安全督导检查，重点排查投递运输工具充电停放、"
        "用火用电、违规住人等情况。现将发现的问题及整改要求通报如下：",
    )
    for text in COURIER_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各企业要落实消防安全主体责任，对照问题逐项整改，于整改期限届满后3日内将整改情况书面报市邮政管理局。",
    )
    _paragraph(doc, "濮阳市邮政管理局    濮阳市消防救援支队", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 共享单车停放管理专项督导, after a city 城管委's 专项督导 (执法科组建专项督导小组，重点对地铁站口、商业街区、火车站等
# 共享单车停放密集场所巡查; 及时向辖区城管、环卫部门及运营企业交办单车乱停放、乱堆积及车身不洁等问题，督促整改):
# http://www.fj-muyu.com/news/2022/0430/18077.html
# A .zip of two returns: a district 城市管理局's .xlsx (交办编号 and 交办时间 per row, 整改时限 in days from it, the
# 运营企业 and the 环卫所 as 责任主体) and a development zone 综合行政执法局's .docx report (a table whose rows name
# only its own 中队).
BIKE_ROWS = [
    (
        "JB-0708-01",
        "濮阳东站北广场",
        "乱堆积",
        "北广场出租车通道旁共享单车堆积约200辆",
        "哈啰单车濮阳运营中心",
        date(2024, 7, 8),
        "3日内",
        "已清运调度，复查合格",
    ),
    (
        "JB-0708-02",
        "万达广场南门",
        "乱停放",
        "单车占用盲道和消防通道停放",
        "美团单车濮阳运维站",
        date(2024, 7, 8),
        "3日内",
        "已规范摆放并增设电子围栏",
    ),
    (
        "JB-0710-03",
        "人民公园东门",
        "车身不洁",
        "故障单车长期停放，车身积尘、座垫破损",
        "青桔单车濮阳运营站",
        date(2024, 7, 10),
        "7日内",
        "正在回收故障车辆",
    ),
    (
        "JB-0712-04",
        "胜利路与京开大道交叉口",
        "乱堆积",
        "绿化带内丢弃损坏单车12辆",
        "华龙区环境卫生管理所",
        date(2024, 7, 12),
        "5日内",
        "未整改",
    ),
    (
        "JB-0715-05",
        "市第一人民医院门口",
        "乱停放",
        "早晚高峰单车溢出停放区，堵塞医院出入口",
        "哈啰单车濮阳运营中心",
        date(2024, 7, 15),
        "长期坚持",
        "已安排专人高峰时段值守，长期坚持",
    ),
    (
        "JB-0718-06",
        "龙湖公园西门",
        "乱停放",
        "公园西门入口处单车围堵，游客通行不便",
        "美团单车濮阳运维站",
        date(2024, 7, 18),
        "3日内",
        "",
    ),
]
ZONE_ROWS = [
    ("开发区管委会东侧公交站单车乱停放，阻挡乘客候车", "一中队", "2024年7月15日", "已整改"),
    ("濮阳工学院南门单车乱堆积约150辆", "二中队", "7月25日前", "已联系运营企业清运约一半，其余正在清理"),
    ("国际物流园门口废弃单车占道", "一中队", "2024年8月10日", "未整改"),
]


def write_bike_book(path: Path) -> Path:
    b = Book(path, author="市容科")
    ws = b.sheet("交办问题")
    b.widths(ws, [6, 14, 22, 10, 36, 24, 12, 12, 30])
    b.line(ws, 0, "共享单车停放管理专项督导交办问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区城市管理局    填报日期：2024年7月29日    整改时限自交办之日起计算", 8)
    b.header(
        ws,
        2,
        ["序号", "交办编号", "点位", "问题类型", "问题描述", "责任主体", "交办时间", "整改时限", "整改情况"],
    )
    for i, row in enumerate(BIKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BIKE_ROWS)
    b.line(ws, end + 1, "填表人：贾文静    联系电话：0393-8321457", 8)
    return b.close()


def write_zone_docx(path: Path) -> Path:
    doc = _new_document("开发区综合执法局")
    _title(doc, "关于共享单车停放管理专项督导交办问题整改情况的报告", 18)
    _paragraph(doc, "市城市管理局：", 14)
    _paragraph(
        doc,
        "7月中旬市城市管理局专项督导小组交办我局共享单车乱停放、乱堆积问题3个，我局立即分解到执法中队，"
        "督促运营企业整改。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(ZONE_ROWS, 1)]
    _table(doc, ["序号", "交办问题", "责任中队", "整改时限", "整改情况"], body)
    _paragraph(doc, "濮阳经济技术开发区综合行政执法局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bike(path: Path) -> Path:
    members = [
        ("共享单车交办问题整改情况表（华龙区城市管理局）.xlsx", write_bike_book),
        ("共享单车交办问题整改情况报告（开发区综合执法局）.docx", write_zone_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 高速公路服务区季度检查考核, after a 交通集团 服务区管理中心's third-quarter check of the service areas of its 12
# 分公司 (广场、餐厅、超市、卫生间、汽修厂、加油站、客房、办公室; 基础设施、环境卫生、文明服务、经营管理、制度建设、
# 安全管理、组织领导 7个方面逐条检查; 问题当场通报):
# http://124.115.170.173/show/177535
# An .xlsx: title, 填报单位 and 检查时间 lines, a two-row header (检查情况 over four columns, 整改落实 over three) with a
# 扣分 column and a 复查确认 column, rows naming the company's 分公司 and its own 服务区管理中心, a 合计 row and a
# signature line.
SERVICE_ROWS = [
    (
        "濮阳高速公路运营管理有限公司清丰分公司",
        "清丰服务区（南区）",
        "卫生间",
        "环境卫生",
        "男卫生间有明显异味，第三卫生间呼叫按钮失灵",
        2,
        "加密保洁频次，维修呼叫按钮",
        "2024年7月15日",
        "已完成",
        "复查通过",
    ),
    (
        "濮阳高速公路运营管理有限公司清丰分公司",
        "清丰服务区（北区）",
        "超市",
        "经营管理",
        "超市部分商品未明码标价",
        3,
        "全面明码标价，规范定价",
        "2024年7月20日",
        "正在整改",
        "",
    ),
    (
        "濮阳高速公路运营管理有限公司范县分公司",
        "范县服务区",
        "餐厅",
        "文明服务",
        "餐厅高峰时段仅开放一个售餐窗口，司乘排队时间长",
        2,
        "高峰时段增开售餐窗口",
        "7月底前",
        "未整改",
        "",
    ),
    (
        "濮阳高速公路运营管理有限公司范县分公司",
        "范县服务区",
        "加油站",
        "安全管理",
        "加油站卸油区静电接地报警仪故障",
        5,
        "维修更换报警仪",
        "2024.7.12",
        "已更换",
        "复查通过",
    ),
    (
        "濮阳高速公路运营管理有限公司台前分公司",
        "台前服务区",
        "广场",
        "安全管理",
        "危险品运输车辆未在专用停车区停放，与客车混停",
        5,
        "施划危险品车辆专用停车位，安排专人引导",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "濮阳高速公路运营管理有限公司台前分公司",
        "台前服务区",
        "汽修厂",
        "基础设施",
        "汽修厂举升机未定期检验",
        2,
        "送特种设备检验机构检验",
        "2024年8月31日",
        "已联系检验机构，待检验",
        "",
    ),
    (
        "濮阳高速公路运营管理有限公司濮阳分公司",
        "濮阳服务区（东区）",
        "客房",
        "基础设施",
        "司机之家客房空调损坏，热水供应不稳定",
        2,
        "维修空调及热水设备",
        "2024.7.18",
        "已维修",
        "复查通过",
    ),
    (
        "濮阳高速公路运营管理有限公司濮阳分公司",
        "濮阳服务区（西区）",
        "卫生间",
        "基础设施",
        "母婴室设施缺失，未配置尿布台",
        1,
        "配齐母婴室设施",
        "第三季度",
        "设施已采购，待安装",
        "",
    ),
    (
        "服务区管理中心",
        "—",
        "办公室",
        "组织领导",
        "服务区管理人员夜间带班检查制度落实不到位",
        2,
        "落实夜间带班检查",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_service(path: Path) -> Path:
    b = Book(path, author="服务区管理中心")
    ws = b.sheet("三季度检查")
    b.widths(ws, [6, 30, 18, 10, 10, 36, 6, 26, 14, 20, 10])
    b.line(ws, 0, "2024年第三季度高速公路服务区检查考核问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳高速公路运营管理有限公司（服务区管理中心）    填报日期：2024年7月30日", 10)
    b.line(ws, 2, "检查时间：2024年7月8日至7月10日    检查组：服务区管理中心牵头，公司办公室、安全部参加", 10)
    for c, word in enumerate(["序号", "责任单位", "服务区"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 6, "检查情况", b.head)
    b.merge(ws, 3, 7, 3, 9, "整改落实", b.head)
    b.merge(ws, 3, 10, 4, 10, "复查确认", b.head)
    b.header(
        ws, 4, ["检查区域", "考核方面", "存在问题", "扣分", "整改措施", "整改时限", "整改完成情况"], first=3
    )
    for i, row in enumerate(SERVICE_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(SERVICE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, "检查服务区6对，发现问题9个")
    b.put(ws, end, 6, sum(r[5] for r in SERVICE_ROWS), b.center)
    b.merge(ws, end, 7, end, 10, "")
    b.line(ws, end + 2, "部门负责人：吕振华    填表人：崔园园    联系电话：0393-8130276", 10)
    return b.close()


FILES = [
    ("市区公交候车亭安全检查问题整改台账.xlsx", write_shelter),
    ("出租汽车投诉办理情况导出.csv", write_taxi),
    ("网约车平台公司合规化经营体检问题清单.xlsx", write_platform),
    ("重点货运源头单位超限超载治理检查问题整改台账.xls", write_source),
    ("濮阳县农村公路管理养护问题整改复查验收情况表.xlsx", write_road),
    ("农村公路桥梁安全隐患排查病害处置台账.ods", write_bridge),
    ("关于全市汽车客运站暑运安全检查发现问题的通报.doc", write_station),
    ("关于全市邮政快递网点消防安全联合督查情况的通报.docx", write_courier),
    ("共享单车停放管理专项督导交办问题整改情况（两份）.zip", write_bike),
    ("2024年三季度高速公路服务区检查考核问题整改台账.xlsx", write_service),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev155 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 群众诉求、12345热线、信访积案化解、人大代表建议与政协提案办理 (系统导出表、办理情况报告、答复函).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx to Excel 97),
.doc and .wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx report whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside267.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 25, 0)
ZIP_TIME = (2024, 7, 30, 17, 25, 0)


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
# 1. 信访积案集中攻坚化解交办清单, after a city's account of its 信访积案集中攻坚化解行动 (对全市存量信访积案进行拉网式
# 梳理排查; 实行台账管理，分县区、部门拉出清单，逐案交办; 压紧压实包案领导的帮包责任，“既挂帅、又出征”; 截至9月底
# 化解2996件，化解率90.24%):
# http://linyi.gov.cn/gk/copy_1_copy_1_bmgk_list.jsp?urltype=news.NewsContentUrl&wbnewsid=341963&wbtreeid=9429
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (包案领导 over 姓名/职务, 化解情况 over 已化解/化解中/未化解
# where a √ marks the row), the rows grouped under 乡镇 and 县直部门 rows merged across, a 合计 row counting the ticks,
# a 说明 line and a signature line.
PETITION_GROUPS = [
    (
        "一、乡镇（4件）",
        [
            (
                "PYX-JA-031",
                "王某某",
                "反映2019年村内土地调整时其承包地被占用修建生产路，至今未予补偿",
                "刘建设",
                "县委常委、政法委书记",
                "濮阳县柳屯镇人民政府",
                "2024年6月30日",
                "已化解",
                "已兑付补偿款1.2万元，信访人签订息诉罢访承诺书",
            ),
            (
                "PYX-JA-044",
                "赵某某",
                "反映与邻户宅基地界址纠纷，村委会多次调解未果",
                "孙卫东",
                "副县长",
                "濮阳县户部寨镇人民政府",
                "2024年7月15日",
                "",
                "",
            ),
            (
                "PYX-JA-052",
                "吴某某",
                "反映村内企业占地补偿款被原村干部截留挪用",
                "马红旗",
                "县纪委书记、监委主任",
                "濮阳县文留镇人民政府",
                "年底前",
                "未化解",
                "",
            ),
            (
                "PYX-JA-067",
                "郑某某等5人",
                "反映黄河滩区迁建安置房分配不公，部分非搬迁户获得安置房",
                "孙卫东",
                "副县长",
                "濮阳县渠村乡人民政府",
                "2024.10.31",
                "化解中",
                "已对分配方案逐户复核，复核结果正在公示",
            ),
        ],
    ),
    (
        "二、县直部门（4件）",
        [
            (
                "PYX-JA-018",
                "李某某等12人",
                "反映县内某建筑公司拖欠农民工工资46万元",
                "张海涛",
                "副县长",
                "濮阳县人力资源和社会保障局",
                "2024年7月31日",
                "化解中",
                "已追回工资31万元，剩余15万元正在协调施工总承包单位垫付",
            ),
            (
                "PYX-JA-025",
                "张某某",
                "反映2018年其母在乡镇卫生院就医发生医疗纠纷，对医疗损害鉴定结论有异议",
                "李秀云",
                "副县长",
                "濮阳县卫生健康委员会",
                "8月底前",
                "化解中",
                "已委托第三方机构重新鉴定",
            ),
            (
                "PYX-JA-039",
                "孙某某等23户",
                "反映县城某小区交房6年仍未办理不动产权证",
                "张海涛",
                "副县长",
                "濮阳县住房和城乡建设局",
                "2024年9月30日",
                "化解中",
                "已协调开发企业补缴税费，首次登记正在办理",
            ),
            (
                "PYX-JA-046",
                "周某某",
                "反映退役后自主就业一次性经济补助未足额发放",
                "刘建设",
                "县委常委、政法委书记",
                "濮阳县退役军人事务局",
                "6月底前",
                "已化解",
                "已补发差额并息访",
            ),
        ],
    ),
]
PETITION_TICKS = ["已化解", "化解中", "未化解"]


def write_petition(path: Path) -> Path:
    b = Book(path, author="县信访局")
    ws = b.sheet("化解进展台账")
    b.widths(ws, [6, 12, 12, 40, 9, 18, 24, 14, 7, 7, 7, 34])
    last = 11
    b.line(ws, 0, "濮阳县2024年信访积案集中攻坚化解交办清单化解进展台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县信访局（县信访联席会议办公室）    统计截至：2024年7月29日", last)
    for c, word in enumerate(["序号", "积案编号", "信访人", "信访事项"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "包案领导", b.head)
    b.header(ws, 3, ["姓名", "职务"], first=4)
    b.merge(ws, 2, 6, 3, 6, "责任单位", b.head)
    b.merge(ws, 2, 7, 3, 7, "化解时限", b.head)
    b.merge(ws, 2, 8, 2, 10, "化解情况", b.head)
    b.header(ws, 3, PETITION_TICKS, first=8)
    b.merge(ws, 2, 11, 3, 11, "化解进展", b.head)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    counts = dict.fromkeys(PETITION_TICKS, 0)
    for title, rows in PETITION_GROUPS:
        b.merge(ws, r, 0, r, last, title, group_fmt)
        r += 1
        for code, who, matter, leader, post, unit, limit, tick, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [code, who, matter, leader, post, unit], first=1)
            b.put(ws, r, 7, limit, b.center)
            for i, word in enumerate(PETITION_TICKS):
                b.put(ws, r, 8 + i, "√" if tick == word else "", b.center)
            if tick:
                counts[tick] += 1
            b.put(ws, r, 11, progress)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, f"交办积案{n}件", b.cell)
    for i, word in enumerate(PETITION_TICKS):
        b.put(ws, r, 8 + i, counts[word], b.center)
    b.put(ws, r, 11, "", b.cell)
    b.line(ws, r + 1, "说明：在“化解情况”对应栏内打“√”；化解时限按县信访联席会议交办要求填写。", last)
    b.line(
        ws,
        r + 2,
        "审核人：韩志强    填表人：葛丽娜    联系电话：0393-3212467    填报日期：2024年7月29日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 接诉即办失分工单复盘整改台账, after a street's 《接诉即办工具书》 (以辖区31件“接诉即办”典型失分工单为“解剖标本”，
# 通过“案例复盘+深度反思+机制优化”; 市容环境、公共安全、交通管理、物业管理、环境保护、城乡建设、住房七大类民生问题
# 分门别类; 每个案例记录工单处置流程，通过“失分反思”深挖症结，形成“办理启示”; 平安建设办公室逐项核查消防制度):
# http://www.bjft.gov.cn/fengtaishibao/html/2025-06/06/content_9502_18589482.htm
# An .xlsx from one street office whose rows name only its own 办公室/执法队 (the unit is the street office): title,
# 填报单位 line, one header row with 失分反思 and 办理启示（整改措施） columns, the rows grouped under the seven 类
# rows merged across, 整改时限 as dates / 立行立改 / 月底前 / 年底前 / 长期坚持, a 说明 line naming the 复盘会 date the
# 立行立改 row counts from, and a signature line.
LOST_GROUPS = [
    (
        "市容环境类",
        [
            (
                "12345-2404180213",
                "反映濮上路与胜利路交叉口早市占道经营，散场后垃圾无人清扫",
                "仅回复“已劝离”，未建立常态巡查，群众重复来电3次",
                "设立临时疏导点，城管队员每日早7时到岗巡查",
                "城市管理办公室",
                "立行立改",
                "已设立疏导点，7月以来无重复来电，已整改",
            ),
            (
                "12345-2405060388",
                "反映建设路北段绿化带内建筑垃圾堆积月余",
                "转交社区后未跟踪，办结回复与现场不符",
                "将绿化带纳入网格员日巡内容，发现即清",
                "城市管理办公室",
                "2024年7月10日",
                "已清运，经区热线办复核销号",
            ),
        ],
    ),
    (
        "公共安全类",
        [
            (
                "12345-2405210517",
                "高层住户家中失火后，市民质疑小区消防设施维护不到位、消防演练频次不足",
                "仅书面回复制度落实情况，重事后响应、轻事前预防",
                "联合物业、消防救援站对高层住宅逐栋检查，每季度组织一次消防演练",
                "平安建设办公室",
                "2024年8月31日",
                "已检查高层住宅14栋，发现隐患23处，已整改17处",
            ),
        ],
    ),
    (
        "交通管理类",
        [
            (
                "12345-2404290145",
                "反映胜利路小学门口上下学时段车辆乱停，道路拥堵",
                "回复称属交警职责，未主动协调",
                "协调交警设置临时停车泊位，组织志愿者护学岗",
                "社区建设办公室",
                "8月底前",
                "",
            ),
        ],
    ),
    (
        "物业管理类",
        [
            (
                "12345-2406030092",
                "反映无物业老旧小区楼道堆物、路灯损坏长期无人管",
                "仅电话回复，未到现场核实",
                "引入红色物业托管，建立小区议事会",
                "社区建设办公室",
                "年底前",
                "已完成物业服务企业遴选，托管协议正在签订",
            ),
        ],
    ),
    (
        "环境保护类",
        [
            (
                "12345-2405140271",
                "反映沿街餐饮店油烟直排，夜间扰民",
                "未查到排放源即回复“未发现此情况”",
                "逐户检查油烟净化设施安装和清洗记录",
                "综合行政执法队",
                "2024年7月20日",
                "9户商户已安装油烟净化设施，整改完成",
            ),
        ],
    ),
    (
        "城乡建设类",
        [
            (
                "12345-2406110334",
                "反映小区内业主在公共绿地私搭阳光房",
                "超时办理7天，办理过程未与来电人沟通",
                "建立违法建设快速处置机制",
                "综合行政执法队",
                "2024年7月15日",
                "未整改",
            ),
        ],
    ),
    (
        "住房类",
        [
            (
                "12345-2405270419",
                "反映公租房报修后长期无人上门维修",
                "推诿至房管部门，未落实首接负责",
                "落实首接负责制，报修事项48小时内响应",
                "党政综合办公室",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_lost_points(path: Path) -> Path:
    b = Book(path, author="胜利路街道党政综合办公室")
    ws = b.sheet("失分工单整改台账")
    b.widths(ws, [6, 18, 38, 30, 32, 16, 14, 30])
    last = 7
    b.line(ws, 0, "胜利路街道12345热线失分工单复盘整改台账（2024年第二季度）", last, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（盖章）    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "诉求内容",
            "失分反思",
            "办理启示（整改措施）",
            "责任科室",
            "整改时限",
            "整改情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#DDEBF7"})
    r, n = 3, 0
    for title, rows in LOST_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}件）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：本表依据区热线办通报的二季度失分工单逐件复盘形成；“立行立改”事项自7月8日街道复盘会之日起整改。",
        last,
    )
    b.line(ws, r + 1, "审核人：贾晓光    填表人：任佳    联系电话：0393-8181306", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 12345热线工单办理台账, after a street's account of its 12345 work (按照分类有序推进机制，将日常工单细化分类: 硬件
# 设施需要维修、消防安全隐患亟待排除、影响居民生活质量; 将工单送至分管领导批示，下派任务到相关社区，能现场处理的立即
# 核实处理; 当天事件当天回复，做好跟踪和回访; 例: 太阳神社区丁先生反映监控照明灯照到居民区，天山社区梁女士反映污水
# 井盖松动):
# http://www.ybsqxw.cn:80/135/792ef7a37a7d4f66951720b57bb0d978.html
# A CSV in GBK: a title line, a line saying the 办理时限 counts in working days from the 受理日期, one header line with
# 工单分类 and 分管领导批示 beside the 承办社区（部门） (社区居委会, the street's own 平安办, city bureaus and
# companies), 办理时限 as N个工作日 / 当日, a 办结日期 column, a 合计 line.
HOTLINE_ROWS = [
    (
        "2407010087",
        "2024-07-01",
        "丁先生",
        "绿城社区",
        "反映小区北门监控照明灯直射居民卧室，影响夜间休息",
        "硬件设施维修",
        "请绿城社区现场核实处理",
        "人民路街道绿城社区居民委员会",
        "3个工作日",
        "2024-07-03",
        "已调整灯具照射角度并加装遮光罩",
        "满意",
    ),
    (
        "2407030412",
        "2024-07-03",
        "梁女士",
        "昆吾社区",
        "反映西区52号楼北侧道路污水井盖松动，车辆经过响声大",
        "硬件设施维修",
        "转市政设施维护部门办理",
        "市城市管理局",
        "5个工作日",
        "2024-07-08",
        "已更换防响井盖",
        "满意",
    ),
    (
        "2407050533",
        "2024-07-05",
        "王先生",
        "文化社区",
        "反映楼道内电动车违规充电，存在消防安全隐患",
        "消防安全隐患",
        "平安办立即处置",
        "街道平安建设办公室",
        "当日",
        "2024-07-05",
        "已现场清理并张贴禁止楼道充电告知书",
        "满意",
    ),
    (
        "2407090718",
        "2024-07-09",
        "刘女士",
        "绿城社区",
        "反映小区停水两天未提前通知",
        "居民生活质量",
        "请自来水公司尽快恢复供水",
        "市自来水公司",
        "2个工作日",
        "2024-07-10",
        "管道抢修完毕，已恢复供水",
        "基本满意",
    ),
    (
        "2407150902",
        "2024-07-15",
        "赵先生",
        "昆吾社区",
        "反映小区垃圾中转站夏季异味扰民",
        "居民生活质量",
        "协调环卫部门增加清运频次",
        "城管执法局",
        "5个工作日",
        "",
        "清运频次已由每日1次增至2次，除臭设备正在采购",
        "",
    ),
    (
        "2407221127",
        "2024-07-22",
        "孙女士",
        "五一社区",
        "反映小区配电箱老化，夏季用电高峰频繁跳闸",
        "硬件设施维修",
        "转供电部门办理",
        "供电公司",
        "5个工作日",
        "",
        "",
        "",
    ),
    (
        "2407251260",
        "2024-07-25",
        "马先生",
        "文化社区",
        "反映沿街商户夜间音响外放噪音扰民",
        "居民生活质量",
        "请文化社区约谈商户",
        "人民路街道文化社区居民委员会",
        "3个工作日",
        "2024-07-26",
        "已约谈商户并签订文明经营承诺书",
        "满意",
    ),
    (
        "2407261302",
        "2024-07-26",
        "陈女士",
        "五一社区",
        "反映6号楼楼顶防水层破损，雨天顶层住户漏水",
        "硬件设施维修",
        "请五一社区协调维修",
        "人民路街道五一社区居民委员会",
        "10个工作日",
        "",
        "已启动维修资金使用程序，正在征求业主意见",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区人民路街道12345政务服务便民热线工单办理台账（2024年7月）"])
    w.writerow(["办理时限自受理之日起按工作日计算；消防安全隐患等即时类诉求当日办结"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理日期",
            "来电人",
            "所属社区",
            "诉求内容",
            "工单分类",
            "分管领导批示",
            "承办社区（部门）",
            "办理时限",
            "办结日期",
            "办理结果",
            "回访情况",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for row in HOTLINE_ROWS if row[9])
    w.writerow(
        [
            "合计",
            "",
            "",
            "",
            "",
            f"本月接收工单{len(HOTLINE_ROWS)}件",
            "",
            "",
            "",
            "",
            "",
            f"已办结{done}件",
            "",
        ]
    )
    w.writerow(["填表人：郭思雨", "", "", "", "", "审核人：冯建华", "", "", "", "", "", "2024年7月30日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 代表建议办理情况的报告, after a district government's 关于代表建议、批评和意见办理情况的报告 (主动沟通，改进方法:
# 召开座谈会、邀请视察、直接走访; 落实“办前、办中、办后”三访制度; 规范程序，严格标准: 定期调度、制定台账、明确时限、
# 掌握进度，对办理文不搭题的一律退回重办; 强化督查督办; 二、办理情况):
# https://bgzck.cn/detail/115d24582efa43bea3eac3ac5e993835.html
# A .docx: title, 主送, preamble, a 一、主要做法 section whose numbered paragraphs are practices (not items), then
# 二、办理情况 where each 建议 is a numbered paragraph naming its 承办单位, what was done and its 时限 in sentences,
# a 三、下一步 paragraph and the government and date at the foot.
NPC_PRACTICES = [
    "（一）提高站位，压实责任。区政府将代表建议办理列入年度重点工作，逐件明确分管区领导、承办单位和办结时限。",
    "（二）主动沟通，改进方法。落实“办前、办中、办后”三访制度，办前走访代表领会意图，办中邀请代表参与调研，"
    "办后当面汇报征询意见。",
    "（三）规范程序，严格标准。定期调度、制定台账、明确时限、掌握进度，对答复内容文不对题的一律退回重办。",
]
NPC_ITEMS = [
    "1．关于加快区第二实验小学建设、缓解城区学校大班额的建议（第15号）。由华龙区教育局承办。项目主体结构已完工，"
    "正在进行室内装修和室外配套施工，计划2024年8月底前竣工，秋季学期投入使用。",
    "2．关于改造孟轲乡农村公路危桥的建议（第21号）。由华龙区交通运输局承办，原计划6月底前完成。3座危桥改造工程"
    "已于6月20日通过交工验收，已书面答复代表，代表表示满意。",
    "3．关于增设城区公共厕所的建议（第27号）。由华龙区城市管理局承办。今年计划新建改建公厕12座，目前已建成投用8座，"
    "其余4座年底前建成。",
    "4．关于加强社区卫生服务中心全科医生配备的建议（第33号）。由华龙区卫生健康委员会承办，按交办要求于6月30日前办复。"
    "已通过公开招聘补充全科医生9名，该建议已办结并答复代表。",
    "5．关于解决老旧小区加装电梯资金筹措难的建议（第38号）。由华龙区住房和城乡建设局承办。加装电梯财政补贴办法"
    "已形成征求意见稿，正在征求相关部门和居民意见，计划第三季度出台。",
    "6．关于规范农贸市场周边交通秩序的建议（第42号）。由市交警支队会同有关街道办理。因市场搬迁方案尚未确定，"
    "交通组织优化工作尚未启动，办理时限为2024年10月31日。",
    "7．关于加强农村生活垃圾治理长效管护的建议（第46号）。由华龙区农业农村局承办。已将农村生活垃圾收运纳入"
    "区级考核，实行常态化推进。",
    "8．关于在岳村镇增设便民服务站的建议（第51号）。由华龙区岳村镇人民政府承办，须于2024年9月30日前办理完毕。",
]


def write_npc_report(path: Path) -> Path:
    doc = _new_document("区政府办公室")
    _title(doc, "濮阳市华龙区人民政府关于区十届人大三次会议代表建议、批评和意见办理情况的报告")
    _paragraph(doc, "区人大常委会：")
    _paragraph(
        doc,
        "区十届人大三次会议期间，代表们共提出建议、批评和意见8件，经区人大常委会交区政府办理。现将办理情况报告如下：",
    )
    _paragraph(doc, "一、主要做法", font="黑体")
    for text in NPC_PRACTICES:
        _paragraph(doc, text)
    _paragraph(doc, "二、办理情况", font="黑体")
    _paragraph(doc, "截至7月25日，8件建议中已办结2件，其余正在按计划推进。逐件办理情况如下：")
    for text in NPC_ITEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对尚未办结的建议，区政府将按月调度，跟踪问效，确保按期办结；对已办结的建议，继续做好回访，巩固办理成效。",
    )
    _paragraph(doc, "濮阳市华龙区人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 代表建议办理进展情况汇总表, after a city government's notice on handling 人大代表建议 (各承办单位要分别于4、6、8月底
# 向市政府督办室书面报告办理进展情况; 对办理结果属B、C类的建议继续跟踪推进; 8月底之前完成办理工作，向代表寄送答复函;
# 对代表反映不满意的建议必须重新办理，并于15天内重新给予书面答复):
# http://www.lygzb.net/html/text/lar/172227/17222789_1.html
# An .xls (xlwt): title, 报送 line, a two-row header (办理进展 over the 4月底 and 6月底 reports, 答复情况 over
# 答复日期/办理类别), the 承办单位 written by short and former names (市建委, 市卫计委, 市环保局, 市文广新局 …),
# 办结时限 as 8月底前 / dates / 年底前, a three-point 注 and a signature line.
NPC_PROGRESS_ROWS = [
    (
        "第8号",
        "关于加快老旧小区雨污分流改造的建议",
        "王振华",
        "市建委",
        "已制定2024年改造计划，涉及小区17个",
        "12个小区已完工，剩余5个正在施工",
        "",
        "",
        "8月底前",
    ),
    (
        "第14号",
        "关于增开城乡公交线路方便农村学生上学的建议",
        "李淑芳",
        "市交通局",
        "已完成线路需求调研",
        "已开通3条定制公交线路，已书面答复代表",
        "2024.6.25",
        "A类",
        "8月底前",
    ),
    (
        "第19号",
        "关于规范城区学校午托服务的建议",
        "张卫国",
        "市教育局",
        "已起草午托服务管理办法，正在征求意见",
        "",
        "",
        "",
        "2024年7月31日",
    ),
    (
        "第23号",
        "关于扩大家庭医生签约服务覆盖面的建议",
        "赵红梅",
        "市卫计委",
        "已书面答复代表，代表满意",
        "",
        "2024.4.22",
        "A类",
        "2024年6月30日",
    ),
    (
        "第31号",
        "关于加强金堤河沿岸畜禽养殖污染治理的建议",
        "刘长青",
        "市环保局",
        "已开展沿岸养殖场排查",
        "已关停违规养殖场4家，其余养殖场粪污治理设施正在建设",
        "",
        "",
        "年底前",
    ),
    (
        "第36号",
        "关于简化设施农业用地备案手续的建议",
        "孙建军",
        "市农业局",
        "",
        "",
        "",
        "",
        "8月底前",
    ),
    (
        "第40号",
        "关于加强戚城遗址保护展示利用的建议",
        "陈丽华",
        "市文广新局",
        "尚未启动",
        "尚未启动",
        "",
        "",
        "2024年9月30日",
    ),
    (
        "第44号",
        "关于将部分门诊慢特病纳入医保报销的建议",
        "周明远",
        "市医保局",
        "已列入年度调整计划",
        "已将3个病种纳入门诊慢特病保障范围，已答复代表",
        "2024.6.18",
        "A类",
        "6月底前",
    ),
]


def write_npc_progress(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市十届人大三次会议代表建议办理进展情况汇总表", t, 0, 10),
        (1, 0, "汇总单位：濮阳市人民政府督查局    报送时间：2024年7月26日（第三次报送）", plain, 1, 10),
    ]
    for col, word in [(0, "序号"), (1, "建议号"), (2, "建议题目"), (3, "领衔代表"), (4, "承办单位")]:
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 5, "办理进展", h, 2, 6))
    cells += [(3, 5, "4月底", h), (3, 6, "6月底", h)]
    cells.append((2, 7, "答复情况", h, 2, 8))
    cells += [(3, 7, "答复日期", h), (3, 8, "办理类别", h)]
    cells.append((2, 9, "办结时限", h, 3, 9))
    cells.append((2, 10, "备注", h, 3, 10))
    for i, row in enumerate(NPC_PROGRESS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 7, 8, 9) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(NPC_PROGRESS_ROWS)
    notes = [
        "注：1.各承办单位于4月底、6月底报送办理进展，8月底前全部办结并向代表寄送答复函；",
        "2.办理类别：A类为所提问题已经解决或基本解决，B类为正在解决或列入计划解决，C类为因条件限制需以后解决；",
        "3.代表对答复不满意的，承办单位须重新办理，并于15天内重新书面答复。",
    ]
    for k, note in enumerate(notes):
        cells.append((r + k, 0, note, plain, r + k, 10))
    cells.append((r + 3, 0, "填表人：闫文杰    联系电话：0393-8991452", plain, r + 3, 10))
    return _write_xls(path, [("进展汇总", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 待办提案 (a 提案办理 system's list exported to Excel), after the 承办单位 grid of a public 提案 system (bsp:container
# title “待办提案”; query by 案号 and 状态 待接收/待答复; flexgrid columns 案号, 标题, 交办日期, 承办单位, 办理情况, 操作,
# hidden 办理类型 1 主办 2 协办):
# https://github.com/kelvinBen/ei/blob/b4af2be1f73da3e14ce9ff0ad253b0ffaddaab88/src/main/webapp/jsp/proposal/reply/proposal_reply_query_init.jsp
# An .xlsx as the export leaves it: the grid title, a 查询条件/导出时间 line, a line the office typed above the grid
# (提案自交办之日起3个月内办复), the grid's header with 办理类型 shown, 交办日期 as date cells, 承办单位 by short names
# and a former name (市水务局), 办理情况 as the system's words (待接收, 正在办理, 已答复 …), no footer.
EXPORT_ROWS = [
    (
        "十届三次-012",
        "关于加快培育专精特新中小企业的提案",
        date(2024, 3, 20),
        "市工信局",
        "已答复，委员满意",
        "主办",
    ),
    (
        "十届三次-019",
        "关于推进城乡区域统筹发展规划编制的提案",
        date(2024, 3, 20),
        "市发改委",
        "",
        "主办",
    ),
    (
        "十届三次-027",
        "关于完善灵活就业人员社会保险参保政策的提案",
        date(2024, 3, 20),
        "市人力资源社会保障局",
        "已接收，正在调研起草答复意见",
        "主办",
    ),
    (
        "十届三次-041",
        "关于规范校外培训机构预收费监管的提案",
        date(2024, 4, 15),
        "市市场监管局",
        "已答复",
        "协办",
    ),
    (
        "十届三次-053",
        "关于增设城区非机动车停放设施的提案",
        date(2024, 4, 15),
        "市城管局",
        "正在办理，停放点设置方案征求意见中",
        "主办",
    ),
    (
        "平时-008",
        "关于提高住房公积金贷款最高额度的提案",
        date(2024, 5, 28),
        "市公积金中心",
        "正在办理",
        "主办",
    ),
    (
        "平时-015",
        "关于加强农村饮水安全工程运行管护的提案",
        date(2024, 7, 22),
        "市水务局",
        "待接收",
        "主办",
    ),
    (
        "平时-016",
        "关于盘活城区闲置低效用地的提案",
        date(2024, 7, 22),
        "市自然资源局",
        "待接收",
        "主办",
    ),
]


def write_proposal_export(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("待办提案")
    b.widths(ws, [16, 44, 12, 22, 36, 10])
    plain = b.book.add_format({"valign": "vcenter"})
    b.put(ws, 0, 0, "待办提案", b.book.add_format({"bold": True, "font_size": 14}))
    b.put(ws, 1, 0, "查询条件：案号=（全部）  状态=（全部）    导出时间：2024-07-30 10:12:36", plain)
    b.put(ws, 2, 0, "说明：提案自交办之日起3个月内办复；办理情况为承办单位在系统中填报的最新状态。", plain)
    b.header(ws, 3, ["案号", "标题", "交办日期", "承办单位", "办理情况", "办理类型"])
    for i, row in enumerate(EXPORT_ROWS):
        b.row(ws, 4 + i, list(row))
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 信访积案领导包案化解台账, after a 信访工作领导包案制度 (“一案一领导、一案一专班、一案一方案、一案一档案”的闭环设计;
# 五类必包: 中央、省级交办件，重复走访3次以上且仍有合理诉求的，涉及人数30人以上的，时间跨度5年以上、久拖未决的，
# 网络舆情阅读量高的; 以“降总量、去存量、控增量、防变量”为目标):
# https://www.renrendoc.com/paper/501843014.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 填报单位 line, a paragraph on the 四个一, a table with
# 包案类别 (the 五类必包), 包案领导, 专班牵头单位, 化解方案, 化解时限 as dates / schedule texts / 月底前 / 年底前 /
# 立行立改 (base date in the 类别 text) / 长期坚持, 化解进展 and 档案编号, a note and the office at the foot.
BAOAN_ROWS = [
    (
        "中央、省级交办件",
        "马庄桥镇某村村民反映村集体土地流转收益分配不公开",
        "县委副书记 王志刚",
        "清丰县马庄桥镇人民政府",
        "审计村集体账目，公开土地流转收益分配明细",
        "4月底前完成审计，6月底前化解到位",
        "已完成审计并张榜公开，信访人签订息诉罢访协议，已化解",
        "QF-XF-2024-003",
    ),
    (
        "重复走访3次以上",
        "信访人反映其子在县城某培训机构预交学费2.8万元，机构停业后未退还",
        "副县长 杜丽娟",
        "清丰县教育局",
        "督促机构负责人分期退费，必要时引导司法途径",
        "2024年8月31日",
        "已退还1.5万元，剩余部分正在协调",
        "QF-XF-2024-007",
    ),
    (
        "涉及人数30人以上",
        "某小区43户业主反映开发商逾期两年未交房",
        "县委常委、常务副县长 陈卫华",
        "清丰县住房和城乡建设局",
        "引进续建企业，分期复工交房",
        "年底前",
        "已引进续建企业，工程已于6月复工",
        "QF-XF-2024-011",
    ),
    (
        "时间跨度5年以上",
        "原县属企业退休职工反映2016年企业改制时养老保险缴费年限认定有误",
        "副县长 杜丽娟",
        "清丰县人力资源和社会保障局",
        "调取改制档案逐人核对缴费年限",
        "2024年9月30日",
        "",
        "QF-XF-2024-014",
    ),
    (
        "网络舆情（7月5日交办，立行立改）",
        "网民反映韩村镇某养殖场粪污直排污染村内水塘",
        "副县长 孟庆林",
        "清丰县韩村镇人民政府",
        "责令养殖场清运粪污、清淤水塘，依法查处",
        "立行立改",
        "已责令清运粪污，水塘已清淤，经复查合格",
        "QF-XF-2024-019",
    ),
    (
        "重复走访3次以上",
        "信访人反映仙庄镇宅基地确权登记面积与实际不符",
        "县委常委 赵海军",
        "清丰县仙庄镇人民政府",
        "组织镇村干部和测绘单位现场复测",
        "10月底前",
        "未启动",
        "QF-XF-2024-021",
    ),
    (
        "中央、省级交办件",
        "信访人反映其父在县人民医院手术后死亡，医疗纠纷赔偿未达成一致",
        "副县长 杜丽娟",
        "清丰县卫生健康委员会",
        "引导医疗纠纷人民调解委员会调解",
        "2024年7月20日",
        "经医调委调解达成协议，赔偿款已支付",
        "QF-XF-2024-024",
    ),
    (
        "时间跨度5年以上",
        "信访人反映1998年工伤待遇问题，已依法终结，仍多次到省进京上访",
        "县委常委 赵海军",
        "清丰县城关镇人民政府",
        "落实帮扶救助和教育疏导，防止过激行为",
        "长期坚持",
        "落实专人每月走访一次，常态化帮扶稳控",
        "QF-XF-2024-027",
    ),
]


def write_baoan_docx(path: Path) -> Path:
    doc = _new_document("县信访局")
    _title(doc, "清丰县2024年信访积案领导包案化解台账", 18)
    _paragraph(doc, "填报单位：清丰县信访局    填报时间：2024年7月30日", 12)
    _paragraph(
        doc,
        "按照“一案一领导、一案一专班、一案一方案、一案一档案”要求，对纳入“五类必包”的信访积案逐案明确包案领导、"
        "专班牵头单位、化解方案和化解时限。化解进展如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(BAOAN_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "包案类别",
            "信访事项",
            "包案领导",
            "专班牵头单位",
            "化解方案",
            "化解时限",
            "化解进展",
            "档案编号",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc, "注：网络舆情类积案按“立行立改”要求自交办之日起处置；已依法终结的积案落实帮扶稳控措施。", 12
    )
    _paragraph(doc, "清丰县信访联席会议办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_baoan(path: Path) -> Path:
    return via_soffice(write_baoan_docx, path, "doc", "清丰县信访积案领导包案化解台账.docx")


# ---------------------------------------------------------------------------------------------
# 8. 多渠道群众诉求问题督办清单 (two returns in one zip), after a district's 群众诉求渠道调研情况汇报 (省(市)委民声通道、
# 问政、省综治信息平台、信访网上服务中心系统、12345市长热线、市数字化城管指挥中心、融媒体中心、镇街便民服务中心等
# 渠道; 缺少征集整理、研判分析、考核评价机制; 建议建立征集制度、强化分析研判、落实督办交办、重视反馈评价):
# https://www.wm114.cn/wen/226/451037.html
# A .zip holding an .xlsx from one district (one header row with 诉求渠道 first, 交办日期 beside 办理时限) and a .docx
# from a county where the items are numbered paragraphs under one heading per 诉求渠道, each ending in
# 责任单位/办理时限/办理情况 clauses.
HUALONG_CHANNEL_ROWS = [
    (
        "省委民声通道",
        "反映中原路某小区地下车库雨后长期积水",
        "中原路街道",
        "华龙区中原路街道办事处",
        date(2024, 7, 2),
        "2024年7月12日",
        "已抽排积水并修复排水泵，已回复群众",
    ),
    (
        "数字化城管指挥中心",
        "巡查发现黄河路沿线井盖缺失3处",
        "黄河路街道",
        "市城管局",
        date(2024, 7, 4),
        "2024年7月10日",
        "已补装井盖，案件已结案",
    ),
    (
        "12345市长热线",
        "反映岳村镇某村自来水水压不足，高峰时段断水",
        "岳村镇",
        "华龙区岳村镇人民政府",
        date(2024, 7, 8),
        "8月底前",
        "加压管网正在铺设",
    ),
    (
        "融媒体中心（网络问政）",
        "反映孟轲乡中心小学周边道路无减速带，车速过快",
        "孟轲乡",
        "华龙区交通运输局",
        date(2024, 7, 15),
        "2024年8月15日",
        "",
    ),
    (
        "信访网上服务中心系统",
        "反映某物业公司擅自上调小区地面停车费",
        "人民路街道",
        "市发改委",
        date(2024, 7, 16),
        "2024年7月31日",
        "已立案调查，正在核查收费依据",
    ),
]
TAIQIAN_CHANNELS = [
    (
        "一、12345市长热线（1件）",
        [
            "1．反映孙口镇集贸市场周边占道经营、交通拥堵。责任单位：台前县孙口镇人民政府；办理时限：2024年7月20日；"
            "办理情况：已划定临时摊区并安排专人值守，已整改。",
        ],
    ),
    (
        "二、省综治信息平台（1件）",
        [
            "2．反映侯庙镇两村因灌溉用水发生纠纷。责任单位：台前县侯庙镇人民政府；办理时限：7月底前；"
            "办理情况：已组织调解，双方达成初步协议，正在落实分水方案。",
        ],
    ),
    (
        "三、镇街便民服务中心（1件）",
        [
            "3．反映打渔陈镇便民服务中心不能补办社保卡，群众需到县城办理。责任单位：台前县人力资源和社会保障局；"
            "办理时限：9月底前；办理情况：未启动。",
        ],
    ),
    (
        "四、“问政台前”网络平台（1件）",
        [
            "4．反映县城南环路东段路灯不亮。责任单位：台前县城市管理局；办理时限：2024年7月25日；办理情况：已修复。",
        ],
    ),
]


def write_hualong_channels(path: Path) -> Path:
    b = Book(path, author="华龙区委政法委")
    ws = b.sheet("督办清单")
    b.widths(ws, [6, 20, 40, 14, 24, 12, 16, 34])
    last = 7
    b.line(ws, 0, "华龙区多渠道群众诉求重点问题督办清单（7月）", last, b.title)
    b.line(ws, 1, "填报单位：华龙区群众诉求服务中心    填报日期：2024年7月29日", last)
    b.header(
        ws, 2, ["序号", "诉求渠道", "诉求内容", "涉及镇街", "责任单位", "交办日期", "办理时限", "办理情况"]
    )
    for i, row in enumerate(HUALONG_CHANNEL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HUALONG_CHANNEL_ROWS)
    b.line(ws, end, "填表人：付晓    联系电话：0393-8326157", last)
    return b.close()


def write_taiqian_channels(path: Path) -> Path:
    doc = _new_document("台前县群众诉求服务中心")
    _title(doc, "台前县多渠道群众诉求问题办理情况", 18)
    _paragraph(doc, "填报单位：台前县群众诉求服务中心    填报日期：2024年7月29日", 12)
    _paragraph(doc, "按照“征集—研判—交办—反馈—评价”闭环要求，现将7月督办的群众诉求按来源渠道汇总如下：", 14)
    for heading, paras in TAIQIAN_CHANNELS:
        _paragraph(doc, heading, 14, font="黑体")
        for text in paras:
            _paragraph(doc, text, 14)
    _paragraph(doc, "联系人：冯艳    联系电话：0393-2261538", 12)
    return _save_fixed(doc, path)


def write_channels_zip(path: Path) -> Path:
    members = [
        ("华龙区多渠道群众诉求重点问题督办清单（7月）.xlsx", write_hualong_channels),
        ("台前县多渠道群众诉求问题办理情况.docx", write_taiqian_channels),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 提案办理“三步工作法”跟踪台账, after a county 政协's 提案办理 mechanism (办前面商: 承办单位在提案交办后15个工作日内
# 主动与提案人见面联系一次; 办中沟通: 及时向委员通报提案办理进展情况; 办后评议: 在提案交办3个月内向提案人送交提案
# 复函和意见建议表，委员收到后15个工作日内反馈对提案办理的意见):
# https://xyhldwt.com/html/tagzgzdt2013-08-264887.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报 line, a line giving
# the 办复时限 (交办后3个月内) beside the two 15个工作日 rules, a two-row header (办前面商 over 面商日期/面商方式,
# 办后评议 over 复函送达日期/委员评价), 交办日期 as date cells, the progress only in the 办中沟通 text and the 办后评议
# cells, a signature line.
THREE_STEP_ROWS = [
    (
        "第3号",
        "关于加快推进县城老旧小区供暖管网改造的提案",
        "李国栋",
        "南乐县住房和城乡建设局",
        date(2024, 3, 29),
        date(2024, 4, 12),
        "上门走访",
        "已完成管网勘察，改造方案已报县政府",
        date(2024, 6, 20),
        "满意",
    ),
    (
        "第7号",
        "关于发展林果产业带动农民增收的提案",
        "王秀英",
        "南乐县农业农村局",
        date(2024, 3, 29),
        date(2024, 4, 15),
        "座谈",
        "已申报省级林果产业示范基地，正在评审",
        "",
        "",
    ),
    (
        "第12号",
        "关于规范农村学校校车运营管理的提案",
        "张保民",
        "南乐县教育局",
        date(2024, 3, 29),
        date(2024, 4, 10),
        "电话沟通",
        "已会同交通运输部门联合检查校车32辆",
        date(2024, 6, 25),
        "基本满意",
    ),
    (
        "第18号",
        "关于加强仓颉陵文化遗址保护开发的提案",
        "刘文斌",
        "南乐县文化广电和旅游局",
        date(2024, 3, 29),
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "第22号",
        "关于改善乡镇卫生院医疗设备条件的提案",
        "赵丽萍",
        "南乐县卫生健康委员会",
        date(2024, 5, 8),
        date(2024, 5, 20),
        "上门走访",
        "已争取设备采购资金180万元，招标正在进行",
        "",
        "",
    ),
    (
        "第25号",
        "关于解决元村镇农村电网电压偏低的提案",
        "孙志刚",
        "国网南乐县供电公司",
        date(2024, 5, 8),
        date(2024, 5, 17),
        "现场查看",
        "已完成2个台区增容改造",
        date(2024, 7, 18),
        "满意",
    ),
    (
        "第29号",
        "关于整治县城背街小巷环境卫生的提案",
        "陈晓燕",
        "南乐县城市管理局",
        date(2024, 5, 8),
        "",
        "",
        "未开展",
        "",
        "",
    ),
]


def write_three_step_book(path: Path) -> Path:
    b = Book(path, author="县政府督查室")
    ws = b.sheet("跟踪台账")
    b.widths(ws, [6, 9, 40, 10, 24, 12, 12, 10, 36, 13, 10])
    last = 10
    b.line(ws, 0, "南乐县政协十届三次会议提案办理“三步工作法”跟踪台账", last, b.title)
    b.line(ws, 1, "填报单位：南乐县人民政府督查室    填报日期：2024年7月29日", last)
    b.line(
        ws,
        2,
        "办复时限：交办后3个月内送达提案复函。办前面商在交办后15个工作日内完成；委员收到复函后15个工作日内反馈意见。",
        last,
    )
    for c, word in enumerate(["序号", "提案号", "提案名称", "提案人", "承办单位", "交办日期"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "办前面商", b.head)
    b.header(ws, 4, ["面商日期", "面商方式"], first=6)
    b.merge(ws, 3, 8, 4, 8, "办中沟通（进展通报）", b.head)
    b.merge(ws, 3, 9, 3, 10, "办后评议", b.head)
    b.header(ws, 4, ["复函送达日期", "委员评价"], first=9)
    for i, row in enumerate(THREE_STEP_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 5 + len(THREE_STEP_ROWS)
    b.line(ws, end, "审核人：王海峰    填表人：高雅    联系电话：0393-6212085", last)
    return b.close()


def write_three_step(path: Path) -> Path:
    return via_soffice(write_three_step_book, path, "xls", "提案办理三步工作法跟踪台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 答复函 to a citizen, after a page on the format of a 政府回复函 (标题“关于XXX事项的回复”; 称谓“尊敬的XXX先生/女士”;
# 正文: 开头简述来函背景，中间详细阐述处理意见或结果，结尾表达感谢并期待进一步沟通; 落款单位全称及日期在右下方; 实例:
# “针对您于XX年XX月XX日通过市长热线反映的关于XX社区公园改造项目的若干问题，经我局认真研究后作出如下答复”):
# http://bbs.ichuyou.cn/jxfw/202506/227414.html
# A .doc (Word 97 via LibreOffice): title, 称谓, an opening paragraph naming the 12345 工单 and the date it came in,
# one numbered paragraph per problem raised (一、关于…问题。) telling what the bureau did or will do and by when —
# one of them handed to the bus company, which the paragraph names as responsible —, a closing paragraph of thanks,
# the contact line, the bureau and the date at the foot. The items belong to the bureau unless a paragraph names another.
REPLY_PARAS = [
    "一、关于园区东门广场夜间音响扰民问题。我局已会同胜利路街道约谈活动组织者，划定音量限值和活动时段，"
    "要求7月10日前整改到位。目前已整改到位，夜间巡查未再发现超时超标使用音响。",
    "二、关于园区内部分路灯损坏问题。经排查，园区共有损坏路灯17盏，已列入7月维修计划，计划7月20日前全部修复。"
    "目前已修复12盏，剩余5盏因需更换灯杆正在施工。",
    "三、关于园区南侧公交站点距离较远问题。经与市公交公司协商，由市公交公司负责研究在园区南门增设停靠站点，"
    "计划8月15日前完成站点设置，目前正在进行线路踏勘。",
    "四、关于园区公厕开放时间短问题。我局已要求园区管理单位于6月底前调整开放时间，自7月1日起公厕开放时间"
    "已延长至22时。",
    "五、关于园区水系夏季蚊虫滋生问题。我局已安排园区管理单位每周开展两次灭蚊消杀，并将此项工作作为夏季"
    "常态化工作长期坚持。",
    "六、关于园区北侧停车位不足问题。该事项需结合园区二期规划统筹考虑，目前尚未启动，计划2024年12月底前完成"
    "停车设施增设方案论证。",
]


def write_reply_docx(path: Path) -> Path:
    doc = _new_document("市城市管理局公园管理科")
    _title(doc, "关于市民反映濮上生态园周边若干问题的回复")
    _paragraph(doc, "尊敬的李先生：")
    _paragraph(
        doc,
        "您好！针对您于2024年6月28日通过12345市长热线反映的关于濮上生态园及周边环境的若干问题（工单编号"
        "2406280356），经我局认真研究后作出如下答复：",
    )
    for text in REPLY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "感谢您对我市城市管理工作的关心和支持。如有疑问，欢迎继续与我们联系。")
    _paragraph(doc, "联系人：公园管理科 王晓峰    联系电话：0393-8992475", 14)
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_reply(path: Path) -> Path:
    return via_soffice(write_reply_docx, path, "doc", "濮上生态园周边问题回复.docx")


FILES = [
    ("濮阳县信访积案集中攻坚化解交办清单化解进展台账.xlsx", write_petition),
    ("胜利路街道12345热线失分工单复盘整改台账（二季度）.xlsx", write_lost_points),
    ("人民路街道12345热线工单办理台账（2024年7月）.csv", write_hotline),
    ("华龙区人民政府关于区十届人大三次会议代表建议办理情况的报告.docx", write_npc_report),
    ("市十届人大三次会议代表建议办理进展情况汇总表（第三次报送）.xls", write_npc_progress),
    ("待办提案导出_20240730.xlsx", write_proposal_export),
    ("清丰县信访积案领导包案化解台账.wps", write_baoan),
    ("多渠道群众诉求问题督办清单（华龙区、台前县）.zip", write_channels_zip),
    ("南乐县政协提案办理三步工作法跟踪台账.et", write_three_step),
    ("市城市管理局关于市民反映濮上生态园周边若干问题的回复.doc", write_reply),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev24 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .wps (Word 97 via LibreOffice) whose items are numbered paragraphs, and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev24.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 乡镇自查问题整改重点工作进展通报, after a 督查 system's 民生重点工作进展 list (重点工作, 具体描述, 问题类型,
# 责任单位, 进展通报 with the words 序时推进 / 进度较快 / 完成):
# https://github.com/HarryJoker/NewSuperior/blob/b0707862d95de3513d57ed03ab7d947e03e57083/Admin/src/views/admin/people/live/progress/index.vue
# Title and 填报单位 line; 重点工作 merged over its rows; 责任单位 mostly the town's own offices, one outside unit; the
# deadline only inside the 具体描述 text; a blank 进展通报; a 注 line and a signature line.
TOWN_ROWS = [
    (
        "人居环境整治",
        [
            (
                "后寨村、前寨村村内坑塘垃圾堆积未清理，8月20日前完成清淤和垃圾清运",
                "环境卫生",
                "镇村建中心",
                "序时推进",
            ),
            (
                "镇区主干道两侧占道经营反复回潮，7月15日前完成集中整治并建立巡查台账",
                "市容秩序",
                "镇综合行政执法队",
                "完成",
            ),
            (
                "东街村户厕改造验收资料不全，2024年9月底前补齐并报县农业农村局复核",
                "资料管理",
                "镇农业服务中心",
                "进度较快",
            ),
        ],
    ),
    (
        "民生保障",
        [
            ("镇敬老院消防喷淋系统未接通，6月底前完成接通调试", "安全隐患", "镇民政所", "完成"),
            ("部分低保对象动态调整不及时，第三季度完成全面复核", "政策落实", "镇社会事务办", "序时推进"),
            (
                "西关村台区变压器负荷过重、夏季频繁跳闸，7月底前完成增容改造",
                "基础设施",
                "国网濮阳供电公司",
                "",
            ),
        ],
    ),
    (
        "基层治理",
        [
            (
                "村级财务公开栏内容更新不及时，建立每季度公开上季度收支制度，长期坚持",
                "村务公开",
                "镇三资服务中心",
                "",
            ),
            (
                "镇便民服务中心周末预约服务未落实，2024年8月10日前开通线上预约",
                "政务服务",
                "镇便民服务中心",
                "进度较快",
            ),
        ],
    ),
]


def write_town(path: Path) -> Path:
    b = Book(path, "党政办")
    ws = b.sheet("进展通报")
    b.widths(ws, [14, 60, 12, 20, 12])
    b.line(ws, 0, "城关镇2024年自查问题整改重点工作进展通报", 4, b.title)
    b.line(ws, 1, "填报单位：城关镇人民政府党政办公室　　　　　　截至2024年7月26日", 4)
    b.header(ws, 2, ["重点工作", "具体描述", "问题类型", "责任单位", "进展通报"])
    r = 3
    for work, rows in TOWN_ROWS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, work, b.center)
        for text, kind, unit, progress in rows:
            b.row(ws, r, [text, kind, unit, progress], first=1)
            r += 1
    b.line(ws, r, "注：进展通报分为序时推进、进度较快、完成三类。", 4)
    b.line(ws, r + 1, "填报人：王晓　　　审核人：李建军　　　联系电话：0393-4412306", 4)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 公交乘客投诉处理台账, after a bus company's 投诉 records (投诉编号, 线路, 车牌号, 所属分公司, 投诉日期, 投诉来源,
# 投诉类型, 投诉内容, 反映人, 记录人, 处理内容, 处理日期, 处理人, 回访情况, 回访状态):
# https://github.com/huysyyrps/joffice_heze/blob/89ecd8c54dc4968a5baa844e041947b1ad6be07d/app/src/main/java/com/smartbus/heze/exam/bean/ComplaintFines.java
# Title with the company's short name, a 说明 line giving the time limit (5个工作日 from 受理), a two-row header with
# 受理信息 / 处理信息 merged over their columns, 分公司 as sections, complainant and recorder beside them, a 合计 row.
BUS_ROWS = [
    (
        "TS202407010003",
        "1路",
        "豫J·D0592",
        date(2024, 7, 1),
        "12345热线",
        "二分公司",
        "到站不停",
        "乘客反映公交车在人民公园站到站不停车，乘客追车未果",
        "李女士",
        "高伟",
        "调取监控核实属实，对驾驶员批评教育并扣减当月服务分",
        date(2024, 7, 3),
        "韩伟",
        "电话回访反映人，表示满意",
        "满意",
    ),
    (
        "TS202407080011",
        "9路",
        "豫J·D3822",
        date(2024, 7, 8),
        "客服电话",
        "三分公司",
        "服务态度",
        "驾驶员对老年乘客刷卡询问态度生硬",
        "王先生",
        "刘敏",
        "已约谈驾驶员并组织线路服务规范培训",
        date(2024, 7, 10),
        "赵强",
        "电话回访反映人，表示认可",
        "基本满意",
    ),
    (
        "TS202407150004",
        "12路",
        "豫J·D1206",
        date(2024, 7, 15),
        "市长信箱",
        "一分公司",
        "车辆设施",
        "车内空调长期不制冷，车厢闷热",
        "张先生",
        "高伟",
        "已送城南维修厂检修，更换压缩机配件待到货",
        None,
        "孙涛",
        "",
        "",
    ),
    (
        "TS202407170009",
        "101路",
        "豫J·D5117",
        date(2024, 7, 17),
        "客服电话",
        "三分公司",
        "甩站绕行",
        "晚班车次未按规定线路行驶，绕开医专站",
        "陈女士",
        "刘敏",
        "调取GPS轨迹核实属实，驾驶员停班学习三天",
        date(2024, 7, 19),
        "赵强",
        "电话回访反映人，表示满意",
        "满意",
    ),
    (
        "TS202407220006",
        "5路",
        "豫J·D0508",
        date(2024, 7, 22),
        "12345热线",
        "二分公司",
        "发车间隔",
        "早高峰发车间隔超过20分钟，站台候车人员拥挤",
        "匿名",
        "高伟",
        "正在调整早高峰排班，拟增加2辆区间车",
        None,
        "韩伟",
        "",
        "",
    ),
    (
        "TS202407250002",
        "18路",
        "豫J·D1833",
        date(2024, 7, 25),
        "客服电话",
        "一分公司",
        "安全驾驶",
        "驾驶员行车中接打手机",
        "周先生",
        "刘敏",
        "",
        None,
        "",
        "",
        "",
    ),
    (
        "TS202407260007",
        "2路",
        "豫J·D0266",
        date(2024, 7, 26),
        "市长信箱",
        "二分公司",
        "站点设施",
        "卫河路站候车亭顶棚破损漏雨",
        "郑女士",
        "高伟",
        "已协调广告公司更换顶棚板，7月29日施工完毕",
        date(2024, 7, 29),
        "孙涛",
        "电话回访反映人，表示满意",
        "满意",
    ),
]


def write_bus(path: Path) -> Path:
    b = Book(path, "客服中心")
    ws = b.sheet("7月")
    b.widths(ws, [5, 17, 7, 12, 12, 11, 10, 10, 36, 8, 8, 36, 12, 8, 22, 9])
    b.line(ws, 0, "众意公交公司2024年7月乘客投诉处理台账", 15, b.title)
    b.line(ws, 1, "说明：投诉件自受理之日起5个工作日内办结，并回访反映人。", 15)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 5, "受理信息", b.head)
    b.header(ws, 3, ["投诉编号", "线路", "车牌号", "受理日期", "投诉来源"], first=1)
    for c, word in ((6, "所属分公司"), (7, "投诉类型"), (8, "投诉内容"), (9, "反映人"), (10, "记录人")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 11, 2, 13, "处理信息", b.head)
    b.header(ws, 3, ["处理内容", "处理日期", "处理人"], first=11)
    b.merge(ws, 2, 14, 3, 14, "回访情况", b.head)
    b.merge(ws, 2, 15, 3, 15, "回访状态", b.head)
    for i, row in enumerate(BUS_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    r = 4 + len(BUS_ROWS)
    b.row(ws, r, ["合计", "", "", "", "", "", "", "", "受理7件，办结4件", "", "", "", "", "", "", ""])
    b.line(ws, r + 1, "制表：客服中心　　　审核：　　　　　日期：2024年7月31日", 15)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 作风建设专项整治工作任务明细, after a 廉控 system's 各区县廉控工作需求明细 (序号, 工作任务及要求, 频次,
# 报送材料, 工作完成时限要求, 备注):
# https://github.com/wuyao20/risk/blob/93c7cf6c116e759d84aad882bb61f07903c63989/src/views/district/index.vue
# A .docx: title naming the unit only by its short name, a date line, one table, progress written in 备注, deadlines
# as 7月底前 / 第三季度末 / 长期坚持, a 注 and a signature line.
STYLE_ROWS = [
    (
        "整治窗口服务“冷硬横推”问题，开展服务窗口明察暗访并通报结果",
        "每月一次",
        "暗访通报",
        "2024年12月31日前",
        "7月已开展第二轮暗访",
    ),
    (
        "清理规范办事指南中要求群众重复提交的证明材料",
        "一次性",
        "清理清单",
        "7月底前",
        "已完成，已取消证明材料5项",
    ),
    ("落实首问负责、一次性告知制度，纳入科室绩效考核", "长期", "考核细则", "长期坚持", ""),
    (
        "排查贷款审批环节超时限办理问题，逐笔倒查2023年以来逾期审批件",
        "一次性",
        "倒查报告",
        "2024年8月15日前",
        "正在倒查，已完成60%",
    ),
    ("整治内部会议和发文过多问题，压减内部发文数量", "每季度", "发文统计表", "第三季度末", ""),
    (
        "开展干部职工违规收受礼品礼金问题自查，签订廉洁承诺书",
        "一次性",
        "自查报告、承诺书",
        "6月30日前完成",
        "已完成",
    ),
    ("查处公积金提取业务中“中介代办”违规收费问题", "一次性", "查处情况", "9月底前", "未启动"),
]


def write_style(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市公积金中心作风建设专项整治工作任务明细")
    _paragraph(doc, "（2024年7月更新）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    header = ["序号", "工作任务及要求", "频次", "报送材料", "工作完成时限要求", "备注"]
    _table(doc, header, [[str(i), *row] for i, row in enumerate(STYLE_ROWS, 1)])
    _paragraph(doc, "注：备注栏填写工作进展。", 12)
    _paragraph(doc, "填报人：赵丽　　　联系电话：0393-8912037　　　报送日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 河湖“清四乱”问题清理整治进展情况表, after the 全国河湖“清四乱”专项行动集中清理整治进展情况表 (a preamble with
# the totals; 序号, 省份, 排查出的问题数量, 已完成清理整治数量, 整改销号率; the 合计 row right under the header):
# http://sinowbs.org/Index/show/catid/5/id/2068.html
# An .ods: title, preamble paragraph, one header row, the 合计 row first, towns as the units, 整改销号情况 beside the
# 进展, deadlines as text (2024.8.31, 9月底前), a 填报单位 line.
RIVER_ROWS = [
    ("城关镇", "金堤河城关段左岸堆放建筑垃圾约300立方米", "乱堆", "已清运完毕", "已销号", "2024.6.30"),
    (
        "胡状镇",
        "金堤河胡状段河道管理范围内违建养殖棚2处",
        "乱建",
        "正在拆除，已拆除1处",
        "未销号",
        "2024.8.31",
    ),
    (
        "梨园乡",
        "回木沟梨园段河道内种植高秆作物阻碍行洪",
        "乱占",
        "已清除，县水利局复核通过",
        "已销号",
        "2024.7.15",
    ),
    ("庆祖镇", "顺河沟庆祖段非法取土形成深坑", "乱采", "未启动", "未销号", "9月底前"),
    ("子岸镇", "马颊河子岸段岸坡倾倒生活垃圾", "乱堆", "已清理", "已销号", "2024.7.10"),
    (
        "开州街道",
        "开州路桥下河道管理范围内私搭彩钢房1处",
        "乱建",
        "已下达限期拆除通知书，当事人正在自行拆除",
        "未销号",
        "2024.8.15",
    ),
    ("习城乡", "金堤河习城段堤防上堆放秸秆", "乱堆", "已清运", "已销号", "2024.6.20"),
    ("文留镇", "孟楼河文留段河道内设置拦河网具", "乱占", "正在协调渔政部门联合清理", "未销号", "8月底前"),
]


def write_river_book(path: Path) -> Path:
    b = Book(path, "河长办")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 12, 44, 10, 36, 12, 12])
    b.line(ws, 0, "濮阳县河湖“清四乱”问题清理整治进展情况表", 6, b.title)
    b.line(
        ws,
        1,
        "按照市河长办关于推进河湖“清四乱”常态化规范化的要求，各乡镇（街道）对辖区河湖“四乱”问题开展排查整治。"
        "截至2024年7月25日，共排查出“四乱”问题8个，已完成清理整治并销号4个。",
        6,
    )
    ws.set_row(1, 45)
    b.header(
        ws,
        2,
        ["序号", "乡镇（街道）", "“四乱”问题描述", "问题类型", "清理整治进展", "整改销号情况", "完成时限"],
    )
    b.row(ws, 3, ["合计", "", "8个", "", "", "已销号4个", ""])
    for i, row in enumerate(RIVER_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    b.line(ws, 4 + len(RIVER_ROWS), "填报单位：濮阳县水利局（县河长办）　　　填报日期：2024年7月26日", 6)
    return b.close()


def write_river(path: Path) -> Path:
    fixed_zip(via_soffice(write_river_book, path, "ods", "河湖清四乱问题清理整治进展情况表.xlsx"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 月度主要工作完成情况, after a 建管署's ${year}年${period}月主要工作完成情况 (序号, 工作内容, 时间节点, 责任人,
# 部门, 是否完成 是/否; 月度总结汇总 and 月度计划汇总 as two parts; 领导审核意见 below):
# https://github.com/EdwardDan/juyee/blob/131c57eeb7b0f444a204155677219421326b07f6/serverside/java/src/main/webapp/view/oa/oaMonthplanSum/view.jsp
# An .xls (xlwt): title naming the unit, one header row, two section rows, the bureau's offices in 部门, 是/否 and
# blanks for next month's plan, dates in 时间节点, a 领导审核意见 footer.
EDU_DONE = [
    ("完成全市中小学校舍安全隐患排查，建立问题清单", date(2024, 7, 10), "张立", "安全稳定科", "是"),
    ("督促12所学校完成食堂明厨亮灶改造", date(2024, 7, 20), "李萍", "体卫艺科", "否"),
    ("完成校外培训机构暑期专项检查并通报问题", date(2024, 7, 25), "王刚", "校外教育培训监管科", "是"),
    ("整改教师职称评审材料审核把关不严问题，修订审核细则", date(2024, 7, 31), "赵敏", "人事科", "是"),
]
EDU_PLAN = [
    ("完成8所农村学校旱厕改造验收", date(2024, 8, 20), "刘洋", "发展规划科", ""),
    ("开学前完成校车安全隐患排查整治", date(2024, 8, 25), "张立", "安全稳定科", ""),
    ("整改义务教育阶段招生入学信息公开不及时问题", date(2024, 8, 15), "陈红", "基础教育科", ""),
]


def write_edu(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    day = _xf(center=True)
    day.num_format_str = "yyyy-mm-dd"
    section = _xf(bold=True)
    plain = _xf(border=False)
    cells: list[tuple] = [(0, 0, "市教育局2024年7月主要工作完成情况", title, 0, 5)]
    for c, word in enumerate(["序号", "工作内容", "时间节点", "责任人", "部门", "是否完成"]):
        cells.append((1, c, word, head))
    r = 2
    n = 0
    for legend, rows in (("月度总结汇总", EDU_DONE), ("月度计划汇总", EDU_PLAN)):
        cells.append((r, 0, legend, section, r, 5))
        r += 1
        for text, when, person, dept, done in rows:
            n += 1
            cells += [
                (r, 0, n, mid),
                (r, 1, text, cell),
                (r, 2, when, day),
                (r, 3, person, mid),
                (r, 4, dept, mid),
                (r, 5, done, mid),
            ]
            r += 1
    cells.append((r, 0, "领导审核意见：同意。请安全稳定科牵头，对未完成事项下月跟踪督办。", plain, r, 5))
    cells.append((r + 1, 0, "审核人：周建国　　　日期：2024年7月31日", plain, r + 1, 5))
    return _write_xls(path, [("7月", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 接收投诉/报修信息日报表, after a company CRM's report of that name, exported to Excel in GBK (日期：… 至 …; a
# section line 工程部问题; 类型, 接收信息日期, 客户姓名, 涉及厂商/部门/人员, 具体情况, 分析原因, 解决过程, 接收人,
# 处理人, 解决完毕时间, 店面):
# https://github.com/yisun1900/ROOT/blob/a01e03369d07ed82492aab0e020898dc9d26aef2/jcjj.1/jcjjbb/rbb/tsbx_gcb.jsp
# A GBK CSV: title with the company's short name, date line, two section lines each with its header, the customer
# beside the company's own sections, progress as sentences with 解决完毕时间, one deadline inside 解决过程.
GAS_HEADER = [
    "类型",
    "接收信息日期",
    "客户姓名",
    "涉及厂商/部门/人员",
    "具体情况",
    "分析原因",
    "解决过程",
    "接收人",
    "处理人",
    "解决完毕时间",
    "营业厅",
]
GAS_SECTIONS = [
    (
        "工程部问题",
        [
            (
                "报修",
                "2024-07-22",
                "刘先生",
                "工程部/安装一班",
                "绿城小区12号楼户内燃气表前阀门漏气",
                "阀门老化",
                "已上门更换阀门并检漏合格",
                "张敏",
                "王建",
                "2024-07-22",
                "中原路营业厅",
            ),
            (
                "投诉",
                "2024-07-23",
                "李女士",
                "工程部/管网所",
                "开州路燃气管道改造施工后路面未恢复，坑洼积水",
                "施工单位未按期回填",
                "已通知施工单位，路面恢复施工正在进行",
                "张敏",
                "赵磊",
                "",
                "开州路营业厅",
            ),
            (
                "投诉",
                "2024-07-24",
                "王先生",
                "工程部/安装二班",
                "新装用户通气点火预约超过10天未上门",
                "安装人员不足",
                "",
                "孙丽",
                "",
                "",
                "中原路营业厅",
            ),
            (
                "报修",
                "2024-07-26",
                "赵女士",
                "工程部/抢修队",
                "胜利路老旧小区楼道燃气立管锈蚀严重",
                "管道超年限使用",
                "已纳入老旧管网改造计划，8月底前完成更换",
                "孙丽",
                "王建",
                "",
                "胜利路营业厅",
            ),
        ],
    ),
    (
        "客户服务中心问题",
        [
            (
                "投诉",
                "2024-07-23",
                "周先生",
                "客户服务中心/收费组",
                "燃气费账单重复扣费未及时退还",
                "系统对账差错",
                "已核实并原路退还多扣费用",
                "孙丽",
                "陈静",
                "2024-07-25",
                "开州路营业厅",
            ),
            (
                "投诉",
                "2024-07-27",
                "郑女士",
                "客户服务中心/热线组",
                "客服热线高峰时段长时间无人接听",
                "坐席人员不足",
                "正在增加高峰时段坐席",
                "张敏",
                "陈静",
                "",
                "中原路营业厅",
            ),
        ],
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市燃气公司接收投诉/报修信息日报表"])
    w.writerow(["日期：2024-07-22 至 2024-07-28"])
    for legend, rows in GAS_SECTIONS:
        w.writerow([legend])
        w.writerow(GAS_HEADER)
        for row in rows:
            w.writerow(row)
    w.writerow(["制表：客户服务中心　　　审核：　　　　　　2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 违规积分问题整改明细 of two companies, after a bank's 违规积分 query columns (所在单位, 部室/网点, 积分日期,
# 积分分值, 存在问题, 业务种类或条线, 积分依据, 检查项目名称, 实施机构, 备注):
# https://github.com/jjwangel/zsrc-bms/blob/3eed8d00e15c0efed03244c85f935778c64da636/src/view/components/self-info/info-search/components/illegal-integral/common.js
# A .zip of two .xlsx: title, 填报单位 line, one header row; 所在单位 the company (one by a short name), 部室/网点 its
# sections, 实施机构 the inspector; progress (and two deadlines) written in 备注.
POINT_RETURNS = [
    (
        "国网濮阳供电公司",
        "2024年7月24日",
        [
            (
                "华龙供电所",
                date(2024, 4, 18),
                2,
                "抄表员未按周期现场抄表，估抄电量23户",
                "营销",
                "《违规积分管理办法》第十二条",
                "营销稽查",
                "公司营销部",
                "已整改，7月10日复查合格",
            ),
            (
                "清丰供电所",
                date(2024, 5, 9),
                3,
                "业扩报装超时限办理，平均用时超出承诺时限4个工作日",
                "营销",
                "《违规积分管理办法》第十五条",
                "优化营商环境专项检查",
                "市发展和改革委员会检查组",
                "整改中，已压缩审批环节，9月底前完成",
            ),
            (
                "安全监察部",
                date(2024, 5, 21),
                2,
                "配网施工现场安全技术交底记录缺失",
                "安全",
                "《违规积分管理办法》第八条",
                "安全生产大检查",
                "市应急管理局检查组",
                "已整改",
            ),
            (
                "财务资产部",
                date(2024, 6, 5),
                1,
                "差旅费报销附件不全，缺少出差审批单",
                "财务",
                "《违规积分管理办法》第二十条",
                "财务内控检查",
                "公司纪委",
                "",
            ),
        ],
    ),
    (
        "市水务公司",
        "2024年7月25日",
        [
            (
                "第一营业所",
                date(2024, 4, 25),
                2,
                "抄表数据录入错误导致部分用户水费多收",
                "营销",
                "《违规积分管理办法》第十二条",
                "营销稽查",
                "公司营销部",
                "已退还多收水费，完成整改",
            ),
            (
                "供水管网所",
                date(2024, 5, 14),
                3,
                "管网漏损维修超时，胜利路漏点48小时未修复",
                "管网",
                "《违规积分管理办法》第十六条",
                "供水服务质量检查",
                "市城市管理局督查组",
                "未整改",
            ),
            (
                "水质检测中心",
                date(2024, 6, 11),
                2,
                "出厂水水质检测记录复核人签字不全",
                "水质",
                "《违规积分管理办法》第九条",
                "水质安全检查",
                "市卫生健康委员会",
                "正在完善检测记录审核流程，8月15日前完成",
            ),
            (
                "办公室",
                date(2024, 6, 20),
                1,
                "公务用车使用登记不规范，出车事由填写笼统",
                "综合",
                "《违规积分管理办法》第二十二条",
                "作风纪律检查",
                "公司纪委",
                "已整改",
            ),
        ],
    ),
]


def write_points_book(path: Path, company: str, when: str, rows: list[tuple]) -> Path:
    b = Book(path)
    ws = b.sheet("违规积分")
    b.widths(ws, [5, 16, 12, 12, 8, 40, 10, 26, 18, 22, 30])
    b.line(ws, 0, "违规积分问题整改明细（2024年第二季度）", 10, b.title)
    b.line(ws, 1, f"填报单位：{company}　　　　　　填报日期：{when}", 10)
    header = [
        "序号",
        "所在单位",
        "部室/网点",
        "积分日期",
        "积分分值",
        "存在问题",
        "业务种类或条线",
        "积分依据",
        "检查项目名称",
        "实施机构",
        "备注",
    ]
    b.header(ws, 2, header)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, company, *row])
    b.line(ws, 3 + len(rows), "填表人：　　　　　审核人：　　　　　联系电话：", 10)
    return b.close()


def write_points(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for company, when, rows in POINT_RETURNS:
            name = f"{company}违规积分问题整改明细.xlsx"
            member = write_points_book(Path(tmp) / name, company, when, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 期限卫生整改通知书, after a 卫生监督 system's print template of that name (文号 line; 被监督单位：; 经对你单位的
# 卫生监督，发现存在下列问题：; □请你单位于 年 月 日前进行整改，并提交整改报告; 被监督方签收 / 监督员签字; 备注):
# https://github.com/luanshenhui/java/blob/7c574a4cfdc04bbe47e39fb43634132e1f1fad95/ciqs/ciqs/WEB-INF/jsp/template/qxwszgtzs.jsp
# A .wps (Word 97 via LibreOffice): the unit named only in the salutation, the problems as numbered paragraphs, one
# deadline for all of them in a ticked box, signatures and dates, a 备注.
HEALTH_ITEMS = [
    "医疗废物暂存间未设置明显警示标识，医疗废物交接登记不全。",
    "发热门诊消毒记录缺失，空气消毒机未按要求每日登记运行时间。",
    "口腔科部分诊疗器械未做到一人一用一消毒。",
    "部分医师执业地点未变更注册至本单位。",
    "放射科个人防护用品数量不足，缺少儿童防护用具。",
    "传染病疫情登记簿填写不规范，漏登病例2例。",
]


def write_health_docx(path: Path) -> Path:
    doc = _new_document("卫生监督所")
    _title(doc, "期限卫生整改通知书")
    _paragraph(doc, "（濮）卫监字（2024）第0176号", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "濮阳县城关镇卫生院：", 16)
    _paragraph(doc, "经对你单位的卫生监督，发现存在下列问题：", 16)
    for i, text in enumerate(HEALTH_ITEMS, 1):
        _paragraph(doc, f"{i}．{text}", 16)
    _paragraph(doc, "根据以上存在问题，特作如下处理：", 16)
    _paragraph(doc, "☑请你单位于2024年8月20日前进行整改，并提交整改报告。", 16)
    _paragraph(doc, "□在整改合格前暂停开展有关诊疗业务。", 16)
    _paragraph(doc, "☑应采取的整改措施：对照上述问题逐项整改，整改报告报县卫生健康委员会卫生监督所。", 16)
    _paragraph(doc, "对不予整改或抵制卫生监督的行为，将依照有关法律法规进行处理。", 16)
    _paragraph(doc, "被监督方签收：刘建华　　　　　　监督员签字：张涛　王磊", 14)
    _paragraph(doc, "2024年7月25日　　　　　　　　　　2024年7月25日", 14)
    _paragraph(doc, "备注：本通知书一式两联，第一联监督机构留存，第二联交被监督单位。", 12)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    return via_soffice(write_health_docx, path, "doc", "期限卫生整改通知书.docx")


# ---------------------------------------------------------------------------------------------
# 9. 饲料经营单位执法检查问题整改记录表, after a 农业执法 app's 饲料和饲料添加剂经营单位执法检查记录表 (经营条件,
# 经营产品, 购销记录 as groups of 是/否 questions):
# https://github.com/ZhenXinSuny/harmless_app/blob/755a7a80132fc27041518e2f80fff75d55a97172/app/src/main/java/com/agridata/cdzhdj/data/law/FeedFieldBean.java
# An .et (Excel 97 via LibreOffice): title, 被检查单位 and 检查日期/交办日期 lines, a two-row header with 是否整改到位
# over 是/否, √ ticks, deadlines as 立行立改 / 15个工作日内 / a date, a 注 and signature lines.
FEED_ROWS = [
    (
        "经营条件",
        "仓储区饲料与农药、化肥混放，未分区存放",
        "设置独立饲料仓储区",
        "立行立改",
        "√",
        "",
        "已于当日分区存放",
    ),
    (
        "经营条件",
        "未配备具备饲料贮存知识的技术人员",
        "配备或培训技术人员",
        "15个工作日内",
        "",
        "√",
        "已报名参加县农业农村局8月饲料经营培训班",
    ),
    ("经营产品", "进货时未查验部分产品的产品质量检验合格证", "严格履行进货查验义务", "立行立改", "√", "", ""),
    (
        "经营产品",
        "店内2袋超过保质期的预混合饲料仍在销售",
        "下架并登记销毁",
        "立行立改",
        "√",
        "",
        "已下架销毁，留存销毁记录",
    ),
    ("购销记录", "未建立产品购销台账", "建立购销台账并完整记录", "15个工作日内", "", "√", ""),
    (
        "购销记录",
        "销售记录未按规定保存2年，2023年上半年记录缺失",
        "按规定保存购销记录",
        "2024年8月10日前",
        "",
        "",
        "",
    ),
    (
        "产品标签",
        "拆包分装销售饲料，分装产品无产品标签",
        "停止拆包分装销售",
        "立行立改",
        "√",
        "",
        "已停止分装销售",
    ),
]


def write_feed_book(path: Path) -> Path:
    b = Book(path, "执法大队")
    ws = b.sheet("整改记录")
    b.widths(ws, [5, 11, 42, 22, 14, 6, 6, 34])
    b.line(ws, 0, "饲料和饲料添加剂经营单位执法检查问题整改记录表", 7, b.title)
    b.line(ws, 1, "被检查单位：濮阳县丰收饲料经营部　　　　地址：濮阳县城关镇振兴路18号", 7)
    b.line(
        ws,
        2,
        "检查日期：2024年7月8日　　检查人员：县农业综合行政执法大队 李强、王峰　　整改交办日期：2024年7月8日",
        7,
    )
    for c, word in enumerate(["序号", "检查项目", "存在问题", "整改要求", "整改时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 6, "是否整改到位", b.head)
    b.header(ws, 4, ["是", "否"], first=5)
    b.merge(ws, 3, 7, 4, 7, "整改情况说明", b.head)
    for i, row in enumerate(FEED_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
        for c in (5, 6):
            b.put(ws, 4 + i, c, row[c - 1], b.center)
    r = 5 + len(FEED_ROWS)
    b.line(ws, r, "注：“是否整改到位”栏在相应格内打“√”。", 7)
    b.line(ws, r + 1, "被检查单位负责人（签字）：孙长海　　　　执法人员（签字）：李强　王峰", 7)
    b.line(ws, r + 2, "濮阳县农业综合行政执法大队　　2024年7月29日", 7, b.right)
    return b.close()


def write_feed(path: Path) -> Path:
    return via_soffice(write_feed_book, path, "xls", "饲料经营单位执法检查问题整改记录表.xlsx")


FILES = [
    ("城关镇2024年自查问题整改重点工作进展通报.xlsx", write_town),
    ("众意公交公司2024年7月乘客投诉处理台账.xlsx", write_bus),
    ("市公积金中心作风建设专项整治工作任务明细.docx", write_style),
    ("濮阳县河湖清四乱问题清理整治进展情况表.ods", write_river),
    ("市教育局2024年7月主要工作完成情况.xls", write_edu),
    ("燃气公司接收投诉报修信息日报表（7月22日至28日）.csv", write_gas),
    ("违规积分问题整改明细（两家企业）.zip", write_points),
    ("城关镇卫生院期限卫生整改通知书.wps", write_health),
    ("丰收饲料经营部执法检查问题整改记录表.et", write_feed),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

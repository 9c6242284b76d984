"""Write the aside299 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 生态环境（水、土壤、固废、危废）, 河长湖长与水利工程, 林长制与森林防火.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted by LibreOffice to Excel 97),
.ods (LibreOffice), a CSV in GBK, a .docx of cards, a .doc (LibreOffice conversion of a .docx report whose items are
numbered paragraphs) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is
2024-07-31.
Run from this folder: python make_aside299.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)
STAMP = "2024-07-31T16:40:00"


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
    """Rewrite a zip-based file (.ods) with fixed member times and fixed dates in meta.xml."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", rf"\g<1>{STAMP}\g<2>", text)
                text = re.sub(
                    r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", rf"\g<1>{STAMP}\g<2>", text
                )
                text = re.sub(r"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)", r"\1PT0S\2", text)
                data = text.encode("utf-8")
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
# 1. 河湖“清四乱”问题整改问题、责任、目标清单, after a city 水利局's account of its 河湖“清四乱”专项行动 (排查“四乱”
# 问题94个，其中乱占22个、乱采27个、乱堆33个、乱建7个、其它违法违规问题5个; 建立“四乱”问题整改问题、责任、目标
# 清单; 整改销号“四乱”问题89个):
# https://www.muncard.com/water/new/show/212d9020621542b999b3b98949613554.html
# An .xlsx: title, 填报单位 line, a two-row header (问题清单 over 河湖名称/问题位置/问题描述, 责任清单 over 责任单位/
# 责任人, 目标清单 over 整改目标/完成时限) and a 整改销号情况 column, the rows grouped under 乱占/乱采/乱堆/乱建/其它
# rows merged across, a 合计 row, a 说明 line and a signature line.
FOUR_CHAOS_GROUPS = [
    (
        "一、乱占问题",
        [
            (
                "金堤河",
                "习城乡前白庙村段",
                "河道管理范围内种植高秆作物约12亩，阻碍行洪",
                "习城乡人民政府",
                "刘建民",
                "清除阻水高秆作物，恢复河道行洪断面",
                "2024年6月15日",
                "已清除，经县河长办复核后销号",
            ),
            (
                "黄河",
                "渠村乡青庄村滩区",
                "滩区违规圈占建设养殖大棚3座，占地约5亩",
                "渠村乡人民政府",
                "王振华",
                "拆除大棚，恢复滩地原貌",
                "2024年9月30日",
                "已拆除2座，剩余1座正在协商拆除",
            ),
        ],
    ),
    (
        "二、乱采问题",
        [
            (
                "黄河",
                "郎中乡马寨村滩区",
                "河道内非法取土形成坑塘约800平方米",
                "濮阳县水利局",
                "赵卫东",
                "依法查处，回填平整取土坑",
                "2024年7月底前",
                "尚未整改",
            ),
        ],
    ),
    (
        "三、乱堆问题",
        [
            (
                "金堤河",
                "梁庄镇梁庄村段",
                "河堤内坡倾倒建筑垃圾约300立方米",
                "梁庄镇人民政府",
                "孙立强",
                "清运建筑垃圾，平整堤坡",
                "2024年5月31日",
                "已清运完毕，已销号",
            ),
            (
                "第三濮清南干渠",
                "胡状镇胡状村段",
                "渠堤两侧堆放秸秆、柴草垛17处",
                "胡状镇人民政府",
                "李国栋",
                "清除堆放物，落实日常巡查",
                "2024年6月30日",
                "",
            ),
        ],
    ),
    (
        "四、乱建问题",
        [
            (
                "金堤河",
                "王称堌镇后范庄村段",
                "河道管理范围内违建彩钢板房1处，约260平方米",
                "王称堌镇人民政府",
                "陈红旗",
                "依法拆除违法建筑",
                "2024年10月31日",
                "已下达限期拆除通知书，当事人正在自行拆除",
            ),
            (
                "五星沟",
                "五星乡闫堤村段",
                "沟道内违规修建过路涵管，缩窄过水断面",
                "濮阳县交通运输局",
                "杜明",
                "拆除阻水涵管，改建桥涵",
                "2024年8月31日",
                "未整改",
            ),
        ],
    ),
    (
        "五、其它违法违规问题",
        [
            (
                "黄河",
                "白堽乡滩区",
                "砂石料非法转运点反复出现，整治后易反弹",
                "濮阳县水利局",
                "赵卫东",
                "加强联合巡查，严防反弹",
                "长期坚持",
                "常态化巡查",
            ),
        ],
    ),
]


def write_four_chaos(path: Path) -> Path:
    b = Book(path, author="河长办")
    ws = b.sheet("清四乱清单")
    b.widths(ws, [6, 12, 20, 36, 18, 10, 28, 16, 28])
    b.line(ws, 0, "濮阳县河湖“清四乱”问题整改问题、责任、目标清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县河长制办公室（盖章）    填报日期：2024年7月29日", 8)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "问题清单", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任清单", b.head)
    b.merge(ws, 2, 6, 2, 7, "目标清单", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改销号情况", b.head)
    b.header(
        ws, 3, ["河湖名称", "问题位置", "问题描述", "责任单位", "责任人", "整改目标", "完成时限"], first=1
    )
    r, n, total = 4, 0, 0
    for title, rows in FOUR_CHAOS_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}个）", b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
        total += len(rows)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, f"共排查“四乱”问题{total}个，已整改销号2个")
    b.line(
        ws, r + 1, "说明：问题经责任单位整改、县河长办复核后销号；“长期坚持”事项纳入河长巡河常态化监管。", 8
    )
    b.line(ws, r + 2, "审核人：高建设    填表人：马丽娜    联系电话：0393-3218806", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 汛前检查问题处置表, after a city 水利局's 汛前安全专项检查 of its reservoirs, rivers and 水毁修复工程 (责任体系更新
# 滞后、应急预案责任人信息未及时调整; 行洪障碍清除不到位、拦鱼栅拆除不及时; 非常溢洪道未设置指示标牌; “问题现场交办
# +整改责任双签”机制，共同签署《汛前检查问题处置表》，建立整改台账，实行销号管理):
# http://mwr.siping.gov.cn/slzx/gzdt/202504/t20250411_735143.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 检查日期 (the day the problem is handed over on site),
# 问题类别, the two signature columns (责任单位负责人签字, 检查组签字) and a 销号日期 column beside 整改完成情况;
# deadlines as 立行立改 / N个工作日内 / dates; a 注 line and a signature line.
FLOOD_ROWS = [
    (
        "2024.4.8",
        "渠村引黄闸",
        "启闭机钢丝绳锈蚀，未按规定涂抹防护油脂",
        "工程设施",
        "立即除锈保养",
        "立行立改",
        "濮阳县水利局",
        "张海涛",
        "李文博",
        "已除锈并涂抹油脂",
        "2024.4.8",
    ),
    (
        "2024.4.9",
        "金堤河范县段左堤",
        "堤顶防汛道路坑洼破损约400米",
        "工程设施",
        "修复防汛道路",
        "2024年6月底前",
        "范县水利局",
        "王庆丰",
        "李文博",
        "已修复300米，剩余100米正在施工",
        "",
    ),
    (
        "2024.4.9",
        "台前县孙口排涝站",
        "排涝泵站备用发电机组无法正常启动",
        "设备运行",
        "维修调试备用发电机组",
        "5个工作日内",
        "台前县水利局",
        "刘长江",
        "周敏",
        "已维修，试机正常",
        "2024.4.15",
    ),
    (
        "2024.4.10",
        "濮水河城区段橡胶坝",
        "坝袋局部老化龟裂，应急预案责任人信息未及时调整",
        "责任体系",
        "更新应急预案责任人，委托检测坝袋",
        "2024年5月31日",
        "市水务局",
        "陈立新",
        "周敏",
        "应急预案已更新，坝袋检测合同已签订",
        "",
    ),
    (
        "2024.4.10",
        "马颊河清丰段",
        "河道内拦鱼网、迷魂阵3处未拆除，阻碍行洪",
        "行洪障碍",
        "拆除拦鱼设施",
        "立行立改",
        "清丰县马庄桥镇人民政府",
        "赵国强",
        "李文博",
        "",
        "",
    ),
    (
        "2024.4.11",
        "卫河南乐县元村段堤防",
        "堤身獾狐洞穴隐患2处未处理",
        "工程隐患",
        "开挖回填，夯实处理",
        "2024年5月15日",
        "南乐县水利局",
        "郭红军",
        "周敏",
        "未整改",
        "",
    ),
    (
        "2024.4.11",
        "开州路下穿通道排涝泵站",
        "应急设施标识缺失，备用电源切换开关无指示标牌",
        "应急设施",
        "设置标识标牌",
        "2024年4月20日",
        "市城管局",
        "孟凡军",
        "李文博",
        "已设置标识标牌",
        "2024.4.19",
    ),
    (
        "2024.4.12",
        "第三濮清南干渠胡状节制闸",
        "闸门止水橡皮老化，闸门漏水严重",
        "工程设施",
        "更换闸门止水",
        "6月30日前",
        "濮阳县水利局",
        "张海涛",
        "周敏",
        "止水材料已采购，待渠道停水后更换",
        "",
    ),
]


def write_flood(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    words = [
        "序号",
        "检查日期",
        "检查对象",
        "发现问题",
        "问题类别",
        "处置要求",
        "整改时限",
        "责任单位",
        "责任单位负责人（签字）",
        "检查组（签字）",
        "整改完成情况",
        "销号日期",
    ]
    last = len(words) - 1
    cells = [
        (0, 0, "濮阳市2024年汛前检查问题处置表", t, 0, last),
        (1, 0, "填报单位：濮阳市水利局（水旱灾害防御科）    填报日期：2024年7月30日", plain, 1, last),
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(FLOOD_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 6, 8, 9, 11) else c))
    r = 3 + len(FLOOD_ROWS)
    cells += [
        (
            r,
            0,
            "注：问题经现场交办，由责任单位负责人与检查组双签确认；“立行立改”事项以检查当日为整改时限，"
            "“N个工作日内”自检查次日起计算；整改完成经检查组复核后填写销号日期。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审核人：韩振宇    填表人：杨晓雪    联系电话：0393-4413527", plain, r + 1, last),
    ]
    return _write_xls(path, [("问题处置表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 入河排污口“一口一策”整治清单, after a county's 入海排污口整治方案 (在排查、监测、溯源的基础上梳理出“一口一策”
# 整治清单（附件1），纳入各类及各年度整治计划; 按照“取缔一批、合并一批、规范一批”的要求; 能够立即解决的问题立行
# 立改，涉及管网建设、河港治理、生态修复等需要整治时间的，明确阶段性整治目标; 落实排污口主体责任):
# http://crossfitfinalpush.com/gongwen/fangan/1345299.html
# An .xlsx: title, a preamble stating the date the list was issued (the base of 立行立改), a two-row header
# (排污口基本信息 over 编码/名称/所在县（区）/受纳水体/排污口类型, 整治要求 over 整治类型/整治措施/整治年度/完成时限)
# with 存在问题, 责任主体 and 整治进展 beside; 责任主体 are companies, 管委会, 街道 and 乡镇; a 注 and a signature line.
OUTFALL_ROWS = [
    (
        "410902-CS-002",
        "华龙区第二污水处理厂尾水排口",
        "华龙区",
        "马颊河",
        "城镇污水处理厂排污口",
        "排口标志牌缺失，未安装视频监控",
        "规范整治",
        "设置规范标志牌，安装视频监控并联网",
        "2024年",
        "2024年6月30日",
        "濮阳碧源水务有限公司",
        "已完成",
    ),
    (
        "410922-GY-004",
        "清丰县家居产业园雨水排口",
        "清丰县",
        "潴龙河",
        "工业排污口",
        "雨水排口晴天有喷漆废水排出，存在雨污混排",
        "清理合并",
        "实施雨污分流，生产废水接入园区污水管网",
        "2024年",
        "2024年9月30日",
        "清丰县家居产业园区管理委员会",
        "管网接入工程已完成60%",
    ),
    (
        "410923-NY-002",
        "南乐县韩张镇生猪养殖场排口",
        "南乐县",
        "卫河",
        "农业排口",
        "养殖废水未经处理经沟渠排入卫河",
        "依法取缔",
        "封堵排口，粪污资源化利用",
        "2024年",
        "立行立改",
        "南乐县韩张镇人民政府",
        "已封堵排口，经县生态环境分局现场核查通过",
    ),
    (
        "410926-QT-006",
        "范县城区雨水泵站溢流口",
        "范县",
        "金堤河",
        "其他排口",
        "汛期雨污合流溢流，溢流水体浑浊发黑",
        "规范整治",
        "建设截流井及调蓄池",
        "2024—2025年",
        "2025年底前",
        "范县住房和城乡建设局",
        "已完成初步设计，正在办理立项",
    ),
    (
        "410927-CS-001",
        "台前县产业集聚区污水处理厂排口",
        "台前县",
        "金堤河",
        "城镇污水处理厂排污口",
        "尾水总氮间歇性超标",
        "规范整治",
        "实施提标改造",
        "2024年",
        "2024年12月31日",
        "台前县产业集聚区管理委员会",
        "",
    ),
    (
        "410928-GY-009",
        "濮阳县盛通化工有限公司排口",
        "濮阳县",
        "第三濮清南干渠",
        "工业排污口",
        "在灌溉渠道违规设置排污口",
        "依法取缔",
        "拆除排口，废水经预处理后纳管",
        "2024年",
        "2024年7月31日",
        "濮阳县盛通化工有限公司",
        "未启动",
    ),
    (
        "410902-QT-011",
        "胜利路街道老旧小区雨水排口",
        "华龙区",
        "濮水河",
        "其他排口",
        "老旧小区雨污管网混接，生活污水经雨水口入河",
        "规范整治",
        "实施老旧小区雨污分流改造",
        "2024年",
        "年底前",
        "华龙区胜利路街道办事处",
        "已完成3个小区改造，剩余2个正在施工",
    ),
    (
        "410922-NY-001",
        "清丰县马庄桥镇坑塘退水口",
        "清丰县",
        "马颊河",
        "农业排口",
        "水产养殖尾水排放未开展监测",
        "规范整治",
        "纳入日常监管，定期监测",
        "长期",
        "长期坚持",
        "清丰县马庄桥镇人民政府",
        "按季度开展监测",
    ),
]


def write_outfalls(path: Path) -> Path:
    b = Book(path, author="水生态环境科")
    ws = b.sheet("整治清单")
    b.widths(ws, [6, 16, 24, 10, 14, 16, 32, 12, 28, 12, 14, 24, 28])
    b.line(ws, 0, "濮阳市入河排污口“一口一策”整治清单（2024年度）", 12, b.title)
    b.line(
        ws,
        1,
        "按照“依法取缔一批、清理合并一批、规范整治一批”要求，对排查溯源确定的入河排污口逐一制定整治措施。"
        "本清单于2024年5月20日印发，“立行立改”事项自印发之日起整改。整治进展填报截至2024年7月26日。",
        12,
    )
    ws.set_row(1, 36)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 5, "排污口基本信息", b.head)
    b.merge(ws, 2, 6, 3, 6, "存在问题", b.head)
    b.merge(ws, 2, 7, 2, 10, "整治要求", b.head)
    b.merge(ws, 2, 11, 3, 11, "责任主体", b.head)
    b.merge(ws, 2, 12, 3, 12, "整治进展", b.head)
    b.header(ws, 3, ["排污口编码", "排污口名称", "所在县（区）", "受纳水体", "排污口类型"], first=1)
    b.header(ws, 3, ["整治类型", "整治措施", "整治年度", "完成时限"], first=7)
    for i, row in enumerate(OUTFALL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(OUTFALL_ROWS)
    b.line(
        ws,
        end,
        "注：排污口编码按“县（区）行政区划代码-排口类型-顺序号”编制；整治完成后由县级生态环境部门现场核查。",
        12,
    )
    b.line(
        ws,
        end + 1,
        "填报单位：濮阳市生态环境局（水生态环境科）    填表人：崔颖    联系电话：0393-4418265",
        12,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 固体废物专项排查整治问题登记台账, after a town's 固体废物专项治理行动 (成立固废排查治理专班; 属地自查、部门联合、
# 全员参与，对排查问题逐一登记造册; “白+黑”不间断巡查，白天督导企业，晚上在偷倒重点区域蹲点值守; 重点排查企业周边、
# 填埋场周边、沿河沿湖等区域; 列出整改任务，做到发现一起、整改一起、销号一起):
# http://sxhctv.com/show.asp?id=245
# A CSV in GBK: title line, 填报单位 line, one header line with 排查方式 (白天巡查/夜间蹲守), 固废类别 and a 销号时间
# column beside 整改情况; 责任主体 are the town, a village committee, companies and a county bureau; deadlines as dates
# and 长期坚持; a 合计 line and a signature line.
SOLID_ROWS = [
    (
        "2024-06-03",
        "白天巡查",
        "金堤河濮城段北岸堤外",
        "河堤外坡倾倒建筑垃圾约50立方米",
        "建筑垃圾",
        "濮城镇人民政府",
        "清运至建筑垃圾消纳场",
        "2024-06-10",
        "已清运",
        "2024-06-08",
    ),
    (
        "2024-06-05",
        "夜间蹲守",
        "濮城镇工业园区东侧空地",
        "夜间偷倒废塑料边角料约3吨",
        "一般工业固废",
        "范县宏达塑业有限公司",
        "清理偷倒固废，规范厂内贮存",
        "2024-06-12",
        "已清理，已立案处罚",
        "2024-06-11",
    ),
    (
        "2024-06-12",
        "白天巡查",
        "濮城镇顺达汽车修理厂",
        "废机油、废机油滤芯露天堆放，未建危险废物贮存间",
        "危险废物",
        "濮城镇顺达汽车修理厂",
        "建设规范贮存间，委托有资质单位处置",
        "2024-07-31",
        "贮存间已建成，处置合同正在签订",
        "",
    ),
    (
        "2024-06-18",
        "白天巡查",
        "后刘村村南排水沟",
        "沟渠内堆积生活垃圾约20立方米",
        "生活垃圾",
        "濮城镇后刘村村民委员会",
        "清理沟渠垃圾，落实保洁责任",
        "2024-06-25",
        "未整改",
        "",
    ),
    (
        "2024-06-26",
        "夜间蹲守",
        "原新华砖厂取土坑",
        "取土坑内填埋不明污泥约20吨，疑似市政污泥",
        "市政污泥",
        "范县住房和城乡建设局",
        "溯源调查，清挖转运规范处置",
        "2024-08-31",
        "已完成溯源，清挖方案报审中",
        "",
    ),
    (
        "2024-07-08",
        "白天巡查",
        "中原油田濮东作业区计量站周边",
        "含油污泥散落地面约2平方米",
        "危险废物",
        "中原油田濮东采油厂",
        "清理含油污泥，交有资质单位处置",
        "2024-07-15",
        "已清理",
        "",
    ),
    (
        "2024-07-22",
        "白天巡查",
        "濮城镇农资市场",
        "废弃农膜、农药包装废弃物集中堆放，未回收",
        "农业固废",
        "濮城镇人民政府",
        "设立回收点，定期清运",
        "长期坚持",
        "已设回收点，常态化清运",
        "",
    ),
]


def write_solid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮城镇固体废物专项排查整治问题登记台账（截至2024年7月31日）"])
    w.writerow(["填报单位：范县濮城镇人民政府（固废排查治理专班）", "", "", "", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "序号",
            "排查时间",
            "排查方式",
            "问题点位",
            "问题描述",
            "固废类别",
            "责任主体",
            "整改任务",
            "整改时限",
            "整改情况",
            "销号时间",
        ]
    )
    for i, row in enumerate(SOLID_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共排查问题7处", "", "", "", "", "已整改3处", "已销号2处"])
    w.writerow(["填报人：贾文静", "", "", "联系电话：0393-5512236", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 土壤污染防治反馈问题整改任务完成情况表, after a county's 验收销号公示 of one 生态环境保护督察交办问题 with its
# attached 整改任务完成情况表 (单位（盖章）; 整改任务: 疑似污染地块未能按时开展土壤污染初步调查; 责任单位; 整改目标;
# 整改措施; 完成情况: 初步调查已完成，调查报告通过联合评审并上传全国建设用地土壤环境管理系统):
# http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/tzgg/202504/t20250427_1882705.html
# A .docx: title, 单位（盖章）/填报日期 line, then one two-column card per 整改任务 (单位（盖章）, 整改任务, 责任单位,
# 整改目标, 整改措施, 完成情况), deadlines only inside the 整改目标 or 整改措施 sentences (one card has none), a
# 联系人 line at the foot.
SOIL_CARDS = [
    (
        "濮阳县原城关化肥厂疑似污染地块未按时开展土壤污染状况初步调查。",
        "濮阳县自然资源局",
        "落实《中华人民共和国土壤污染防治法》有关要求，2024年6月底前完成疑似污染地块土壤污染状况初步调查。",
        "委托第三方机构开展初步调查，调查报告按程序组织评审，严格按调查结论开展后续工作。",
        "初步调查已完成，调查报告已通过市生态环境局、市自然资源和规划局组织的联合评审，并上传全国建设用地土壤"
        "环境管理系统，整改完成。",
    ),
    (
        "土壤污染重点监管单位濮阳县华宇石化有限公司未按要求开展土壤污染隐患排查。",
        "濮阳县华宇石化有限公司",
        "完成土壤污染隐患排查并建立隐患整改台账。",
        "委托专业机构开展隐患排查，2024年9月30日前完成隐患排查报告编制并报送备案。",
        "已委托第三方开展排查，现场踏勘和采样已完成，报告正在编制。",
    ),
    (
        "受污染耕地安全利用措施落实不到位，安全利用率未达到年度目标。",
        "濮阳县农业农村局",
        "2024年底前受污染耕地安全利用率达到93%以上。",
        "推广低积累品种替代、叶面阻控、土壤调理等措施，加强农产品协同监测。",
        "正在落实品种替代和叶面阻控措施，已完成夏季农产品协同监测采样。",
    ),
    (
        "关闭搬迁企业原文留镇皮革厂遗留危险废物未清运处置。",
        "濮阳县文留镇人民政府",
        "遗留危险废物全部清运并交有资质单位处置。",
        "摸清遗留危险废物种类和数量，2024年8月底前完成清运处置。",
        "未启动。",
    ),
    (
        "城关镇卫都加油站地下储油罐未完成防渗改造，存在污染地下水风险。",
        "濮阳县城关镇卫都加油站",
        "完成地下储油罐双层罐改造或防渗池设置。",
        "实施双层罐改造，2024年7月15日前完成并申请验收。",
        "双层罐改造已完成，经县应急管理局和县生态环境部门联合验收合格。",
    ),
    (
        "畜禽粪污还田监管不到位，部分农田存在重金属累积风险。",
        "濮阳县农业农村局",
        "建立粪肥还田土壤监测长效机制。",
        "布设粪肥还田土壤监测点位，按年度开展监测，长期坚持。",
        "已布设监测点位12个，按年度开展监测，长期坚持。",
    ),
    (
        "部分建设用地地块供地前未落实土壤污染状况调查。",
        "濮阳县住房和城乡建设局",
        "建立供地、规划许可、施工许可环节土壤污染状况调查联动监管机制。",
        "对未落实调查的地块暂停办理施工许可，逐宗核查在建项目。",
        "",
    ),
]


def write_soil(path: Path) -> Path:
    doc = _new_document("土壤生态科")
    _title(doc, "濮阳县土壤污染防治反馈问题整改任务完成情况表", 18)
    _paragraph(doc, "单位（盖章）：濮阳县人民政府    填报日期：2024年7月29日", 12)
    labels = ["整改任务", "责任单位", "整改目标", "整改措施", "完成情况"]
    for n, card in enumerate(SOIL_CARDS, 1):
        _paragraph(doc, f"整改任务完成情况表（第{n}项）", 12, "黑体", bold=True)
        table = doc.add_table(rows=1 + len(labels), cols=2)
        table.style = "Table Grid"
        _cell_text(table.cell(0, 0), "单位（盖章）", 10.5, bold=True)
        _cell_text(table.cell(0, 1), "濮阳县人民政府", 10.5)
        for r, (label, value) in enumerate(zip(labels, card, strict=True), start=1):
            _cell_text(table.cell(r, 0), label, 10.5, bold=True)
            _cell_text(table.cell(r, 1), value, 10.5)
    _paragraph(doc, "联系人：郑晓东    联系电话：0393-3262107", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 林长制重点工作推进情况通报, after a city 林业局's account of its 林长制重点工作适时通报机制 (对基层林长制示范经验推广、
# 营造林、森林灾害防控、林业项目建设等20项林长制重点工作进行通报; 市林长办将重点工作进度、重大问题解决、存在问题
# 整改、先进典型经验等情况适时向各县区总林长通报):
# http://lyj.qhd.gov.cn/home/details?code=OTg%ce%b3&id=3790
# A .doc (Word 97 via LibreOffice): title, 主送, an opening that dates the 交办 of the problems (the base of 立行立改),
# 一、总体情况, 二、存在问题及整改要求 as numbered paragraphs （一）…（八） each naming its 责任单位 (counties, a school, city
# bureaus under short names), deadlines and progress in sentences, 三、下一步工作, the office and date at the foot.
FOREST_CHIEF_PARAS = [
    (
        "（一）国土绿化任务进度滞后。清丰县2024年度造林任务完成率仅为46%，低于全市平均水平。责任单位：清丰县人民"
        "政府。整改要求：9月底前完成全年造林任务。整改进展：苗木已采购到位，秋季造林地块正在整地。"
    ),
    (
        "（二）乡级林长巡林不到位。南乐县部分乡级林长二季度未按要求巡林，巡林手册填写不规范。责任单位：南乐县林长制"
        "办公室。整改要求：立行立改。整改进展：已组织补巡，巡林手册已规范填写，整改完成。"
    ),
    (
        "（三）美国白蛾防控准备不足。范县第二代美国白蛾防控药剂储备不足，防控作业队伍未落实。责任单位：范县人民政府。"
        "整改要求：8月15日前完成第二代美国白蛾防控作业。"
    ),
    (
        "（四）林下可燃物清理不及时。台前县黄河滩区林地林下枯枝落叶堆积，存在森林火灾风险。责任单位：台前县自然"
        "资源局。整改要求：年底前完成林下可燃物清理。整改进展：尚未开展。"
    ),
    (
        "（五）国家储备林项目资金拨付滞后。市级国家储备林建设项目资金拨付进度低于序时进度。责任单位：市资规局。"
        "整改要求：2024年8月31日前完成年度资金拨付。整改进展：已拨付首批资金1200万元，剩余资金正在审核。"
    ),
    (
        "（六）古树名木保护不到位。濮阳市第一高级中学校园内3株古树未挂牌保护，树冠投影范围内地面硬化。责任单位："
        "濮阳市第一高级中学。整改要求：2024年10月31日前完成挂牌和破硬复绿。整改进展：已完成挂牌和破硬复绿，整改到位。"
    ),
    (
        "（七）林长公示牌信息更新不及时。濮阳县部分林长公示牌林长调整后未及时更新。责任单位：濮阳县林长制办公室。"
        "整改要求：实行动态更新，长期坚持。整改进展：已建立公示牌信息季度核查制度，常态化推进。"
    ),
    (
        "（八）道路林带缺株断带。G106国道濮阳段两侧林带缺株断带约3公里。责任单位：市交通局。整改要求：2024年11月底前"
        "补植到位。整改进展：已完成缺株断带调查，补植方案正在编制。"
    ),
]


def write_forest_chief_docx(path: Path) -> Path:
    doc = _new_document("林长办")
    _title(doc, "濮阳市林长制办公室关于林长制重点工作推进情况的通报")
    _paragraph(doc, "各县（区）总林长，市级林长制成员单位：")
    _paragraph(
        doc,
        "6月中旬，市林长办对各县（区）及市级成员单位林长制重点工作推进情况开展了督查，2024年6月20日将督查发现的"
        "问题以交办单形式交办各责任单位。现将重点工作推进及问题整改情况通报如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "今年以来，各级林长累计巡林1.2万余次，发现并解决涉林问题326个。营造林、森林防火、林业有害生物防治等"
        "20项重点工作总体按序时推进，但部分工作进度滞后，问题整改不到位。",
    )
    _paragraph(doc, "二、存在问题及整改要求", font="黑体")
    for text in FOREST_CHIEF_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "各责任单位要对照问题清单逐项整改，整改完成后报市林长办复核销号。市林长办将适时开展“回头看”，对整改不力的"
        "单位提请市级林长约谈。",
    )
    _paragraph(doc, "濮阳市林长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_forest_chief(path: Path) -> Path:
    return via_soffice(write_forest_chief_docx, path, "doc", "林长制重点工作推进情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 林长制工作问题清单, after a city's 林长制“清单”制度 (森林资源清单、重点任务清单、问题清单; 市、县两级林长制办公室
# 收集区县、乡镇以及成员单位涉林工作中存在的不足和问题，特别是各级林长巡林发现问题，形成林长责任区域“林长制工作
# 问题清单”; 问题清单原则上一个月更新一次，并建立整改台账实行闭环管理):
# http://co.zgjrw.com/dc/2022/0804/38105.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and saved under the WPS 表格 name): title, 填报单位/更新时间
# line, one header row with 林长责任区域, 问题来源 and the 交办日期 the N日内 / 1个月内 / 立行立改 rows count from,
# 整改时限 as text, 整改进展 and a 是否销号 column; a 说明 line and a signature line.
FOREST_LIST_ROWS = [
    (
        "马庄桥镇",
        "县级林长巡林",
        "潴龙河林带内有焚烧秸秆痕迹，林下可燃物未清理",
        "清丰县马庄桥镇人民政府",
        date(2024, 6, 3),
        "2024年6月15日",
        "已清理林下可燃物，增加护林员巡护频次",
        "是",
    ),
    (
        "柳格镇",
        "乡级林长巡林",
        "村庄绿化新植苗木成活率不足70%",
        "清丰县柳格镇人民政府",
        date(2024, 6, 5),
        "1个月内",
        "已制定补植计划，待秋季补植",
        "否",
    ),
    (
        "双庙乡",
        "群众反映",
        "乡村道路两侧杨树林遭非法采伐12株",
        "清丰县自然资源局",
        date(2024, 6, 14),
        "15日内",
        "已立案查处，补植尚未完成",
        "否",
    ),
    (
        "古城乡",
        "部门检查",
        "10千伏线路穿越林带，树线安全距离不足，存在火灾隐患",
        "濮阳供电公司",
        date(2024, 6, 18),
        "2024年7月31日",
        "",
        "",
    ),
    (
        "大屯乡",
        "乡级林长巡林",
        "林长公示牌损毁，公示信息未更新",
        "清丰县大屯乡人民政府",
        date(2024, 6, 20),
        "立行立改",
        "已更换新公示牌",
        "是",
    ),
    (
        "六塔乡",
        "县级林长巡林",
        "杨树溃疡病发生面积扩大，防治不及时",
        "清丰县农业农村局",
        date(2024, 7, 2),
        "2024年7月20日",
        "未开展防治",
        "否",
    ),
    (
        "韩村镇",
        "部门检查",
        "林地内违规建设养殖棚舍2处",
        "清丰县韩村镇人民政府",
        date(2024, 7, 9),
        "2024年9月30日",
        "已拆除1处，另1处正在协调",
        "否",
    ),
    (
        "全县",
        "县林长办调度",
        "护林员巡护轨迹上传率偏低，部分护林员巡护不到位",
        "清丰县自然资源局",
        date(2024, 7, 12),
        "长期坚持",
        "纳入护林员月度考核，常态化调度",
        "否",
    ),
]


def write_forest_list_book(path: Path) -> Path:
    b = Book(path, author="林长办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 14, 40, 24, 12, 16, 32, 10])
    b.line(ws, 0, "清丰县林长责任区域林长制工作问题清单（2024年7月更新）", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县林长制办公室    更新时间：2024年7月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "林长责任区域",
            "问题来源",
            "问题描述",
            "责任单位",
            "交办日期",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(FOREST_LIST_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 2, 6, 8) else None)
    end = 3 + len(FOREST_LIST_ROWS)
    b.line(
        ws,
        end,
        "说明：问题清单每月更新一次；整改时限“N日内”“1个月内”“立行立改”自交办日期起算；已销号问题保留在清单中备查。",
        8,
    )
    b.line(ws, end + 1, "审核人：孙卫国    填表人：何佳    联系电话：0393-7222635", 8)
    return b.close()


def write_forest_list(path: Path) -> Path:
    return via_soffice(write_forest_list_book, path, "xls", "林长制工作问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 森林火灾隐患整改通知书下达及复查登记表, after a 林场's account of signing 《森林防火责任书》 with the units working in
# its forest (公路、铁路建设，旅游、电力、矿山、通讯、挖砂采石等在林区作业的单位或个人; 排查穿越林区的输电线路; 森林
# 防火期内检查组织建设、责任制落实、设施建设等情况，对检查中发现的森林火灾隐患下达《森林火灾隐患整改通知书》，
# 责令限期整改，消除隐患):
# http://888zrbet.com/xwzx/2015-11/09/content_197762.htm
# An .xlsx: title, 下达单位/防火期 line, a two-row header (复查结果 over 合格/不合格, ticked with √), the 下达时间 the
# “10日内” row counts from, 整改期限 as date cells and one text, a 备注 column, a 合计 row and a 说明 line.
NOTICE_ROWS = [
    (
        "濮林防通〔2024〕01号",
        "濮阳供电公司",
        "电力",
        date(2024, 3, 5),
        "35千伏线路通道内林木与导线安全距离不足，通道内杂草未清理",
        date(2024, 3, 20),
        date(2024, 3, 21),
        "√",
        "",
        "",
    ),
    (
        "濮林防通〔2024〕02号",
        "中国移动通信集团河南有限公司濮阳分公司",
        "通讯",
        date(2024, 3, 5),
        "林区通信基站周边未设置防火隔离带",
        date(2024, 3, 25),
        date(2024, 3, 26),
        "√",
        "",
        "",
    ),
    (
        "濮林防通〔2024〕03号",
        "河南中原路桥建设有限公司S101改建项目部",
        "公路施工",
        date(2024, 3, 12),
        "施工工棚设在林缘，工棚内使用明火做饭",
        date(2024, 3, 15),
        date(2024, 3, 16),
        "",
        "√",
        "复查仍未整改",
    ),
    (
        "濮林防通〔2024〕04号",
        "濮阳县黄河湿地公园管理处",
        "旅游",
        date(2024, 3, 19),
        "游客入口未设森林防火检查卡口和防火宣传牌",
        "10日内",
        date(2024, 3, 28),
        "√",
        "",
        "",
    ),
    (
        "濮林防通〔2024〕05号",
        "濮阳县黄河砂石开发有限公司",
        "挖砂采石",
        date(2024, 3, 26),
        "采砂作业区机械加油点紧邻林地，未配备灭火器材",
        date(2024, 4, 5),
        "",
        "",
        "",
        "",
    ),
    (
        "濮林防通〔2024〕06号",
        "濮阳县绿源养殖专业合作社",
        "林下养殖",
        date(2024, 4, 2),
        "林下养殖场堆放柴草，场内电线私拉乱接",
        date(2024, 4, 12),
        date(2024, 4, 15),
        "",
        "√",
        "电线已规范敷设，柴草尚未清理",
    ),
    (
        "濮林防通〔2024〕07号",
        "国网濮阳供电公司",
        "电力",
        date(2024, 4, 9),
        "10千伏濮渠线穿越林区段绝缘子破损，存在放电引燃隐患",
        date(2024, 4, 30),
        date(2024, 4, 29),
        "√",
        "",
        "",
    ),
]


def write_notices(path: Path) -> Path:
    b = Book(path, author="护林防火股")
    ws = b.sheet("通知书登记表")
    b.widths(ws, [6, 20, 30, 10, 12, 40, 12, 12, 8, 8, 26])
    b.line(ws, 0, "林区作业单位森林火灾隐患整改通知书下达及复查登记表", 10, b.title)
    b.line(ws, 1, "下达单位：濮阳县国有林场    森林防火期：2023年10月1日至2024年5月31日", 10)
    for c, word in enumerate(
        ["序号", "通知书编号", "被检查单位", "作业类型", "下达时间", "存在隐患", "整改期限", "复查时间"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "复查结果", b.head)
    b.header(ws, 3, ["合格", "不合格"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(NOTICE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 6, 8, 9) and not isinstance(v, date) else None)
    end = 4 + len(NOTICE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "下达整改通知书7份，复查合格4份，不合格2份，未复查1份")
    b.line(ws, end + 1, "说明：复查结果在对应栏内打“√”；“10日内”自通知书下达之日起计算。", 10)
    b.line(ws, end + 2, "填表人：吕春雨    审核人：邵建华    填报日期：2024年7月30日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 工业危险废物产生单位规范化管理抽查问题整改台账, after the 工业危险废物产生单位规范化管理指标及抽查表 (单位名称、
# 检查时间、检查人员; 检查项目 一、污染环境防治责任制度 … 标识制度、管理计划制度、申报登记制度、源头分类制度、转移
# 联单制度、应急预案备案制度、贮存设施管理、业务培训; 分数、达标标准、评分细则; 备注栏可对检查情况进行简要记录;
# 满分、得分; 按比例换算达标、基本达标、不达标界值):
# https://taowenge.com/p-77535992.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/检查时间 line, one header row with the 抽查表's own words
# (单位名称, 检查项目, 满分, 得分, 备注) and 整改要求/整改期限/整改情况/复查结论 beside; only the deducted 检查项目 are
# listed, each company's name merged down its rows and followed by a 小计 row with its total and grade; a 注 line and
# a signature line.
HAZARD_COMPANIES = [
    (
        "南乐县宏业生物科技有限公司",
        86,
        "基本达标",
        [
            (
                "二、标识制度",
                6,
                3,
                "危险废物贮存间未设置警示标志，包装容器未粘贴危险废物标签",
                "按规范设置标志和标签",
                "2024年6月20日",
                "已设置",
                "复查合格",
            ),
            (
                "三、管理计划制度",
                6,
                0,
                "2024年度危险废物管理计划未在信息系统备案",
                "完成管理计划备案",
                "2024年6月30日",
                "已备案",
                "复查合格",
            ),
            (
                "十、贮存设施管理",
                10,
                5,
                "贮存间地面防渗层破损，未设置渗滤液收集沟",
                "修复防渗层，设置导流沟和收集池",
                "2024年8月31日",
                "防渗层修复正在施工",
                "",
            ),
        ],
    ),
    (
        "南乐县鑫源木业有限公司",
        83,
        "基本达标",
        [
            (
                "四、申报登记制度",
                8,
                4,
                "未如实申报废漆渣产生量",
                "核实产生量并更正申报",
                "2024年6月30日",
                "",
                "",
            ),
            (
                "六、转移联单制度",
                10,
                5,
                "危险废物转移联单记载数量与实际转移量不一致",
                "核对转移记录，更正联单",
                "2024年7月15日",
                "已核实更正",
                "复查合格",
            ),
            (
                "八、应急预案备案制度",
                8,
                0,
                "未编制突发环境事件应急预案",
                "编制应急预案并报备案",
                "2024年9月30日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "南乐县恒通汽车维修服务有限公司",
        95,
        "达标",
        [
            (
                "五、源头分类制度",
                6,
                3,
                "废机油与废防冻液混合收集",
                "分类收集、分区贮存",
                "2024年7月10日",
                "已分类收集",
                "复查合格",
            ),
            (
                "九、业务培训",
                4,
                2,
                "危险废物管理人员未参加业务培训",
                "每年组织管理人员参加培训",
                "长期坚持",
                "每年组织培训，长期坚持",
                "",
            ),
        ],
    ),
]


def write_hazard_book(path: Path) -> Path:
    b = Book(path, author="固体废物科")
    ws = b.sheet("抽查问题整改台账")
    b.widths(ws, [6, 22, 18, 6, 6, 36, 24, 14, 22, 10])
    b.line(ws, 0, "南乐县工业危险废物产生单位规范化管理抽查问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县危险废物规范化管理专项检查组    检查时间：2024年5月21日至23日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "单位名称",
            "检查项目",
            "满分",
            "得分",
            "备注",
            "整改要求",
            "整改期限",
            "整改情况",
            "复查结论",
        ],
    )
    r, n = 3, 0
    for name, total, grade, rows in HAZARD_COMPANIES:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, name, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
        b.put(ws, r, 0, "", b.cell)
        b.put(ws, r, 1, "小计", b.center)
        b.row(ws, r, ["总分", 100, total, f"规范化管理评估等级：{grade}", "", "", "", ""], first=2)
        r += 1
    b.line(
        ws,
        r,
        "注：按《工业危险废物产生单位规范化管理指标及抽查表》评分，本表仅列扣分项；得分90分及以上为达标，"
        "70～89分为基本达标，70分以下为不达标。",
        9,
    )
    b.line(ws, r + 1, "检查人员：温立伟、黄珊    填表人：黄珊    联系电话：0393-6212359", 9)
    return b.close()


def write_hazard(path: Path) -> Path:
    via_soffice(write_hazard_book, path, "ods", "危险废物规范化管理抽查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 县级河长巡河发现问题督办台账 (two returns in one zip), after a county's account of its 河长制 work (专项巡河63次，
# 其中县级河长16次，乡镇河段长41次; 发现问题、下发处罚通知书、问题提示单; “联席会议、信息通报、问题督办”三大机制;
# 对河湖保护管理重要事项，由河长签发督办单):
# http://guangyuanol.cn/news/roll/2018/0906/893758.html
# A .zip holding an .xlsx from one county 河长办 (the 巡河河长 and the 文书类型 问题提示单/督办单/处罚通知书 with its 文书
# 编号 and 签发日期, the N个工作日内 rows counting from it, an explicit 责任单位) and a .docx table from a county 水利局
# (which hosts its 河长办) whose rows name only its own 股室 and 大队.
TAIQIAN_ROWS = [
    (
        "2024-07-02",
        "县级河长 王建峰",
        "金堤河侯庙段",
        "河道内漂浮垃圾、水葫芦聚集约200米",
        "问题提示单",
        "台河提〔2024〕11号",
        "2024-07-02",
        "台前县侯庙镇人民政府",
        "3个工作日内",
        "已清理完毕",
    ),
    (
        "2024-07-02",
        "县级河长 王建峰",
        "金堤河夹河段",
        "河堤内坡违规种植蔬菜，搭建看护棚",
        "督办单",
        "台河督〔2024〕5号",
        "2024-07-03",
        "台前县夹河乡人民政府",
        "10个工作日内",
        "看护棚已拆除，蔬菜待收获后清除",
    ),
    (
        "2024-07-09",
        "县级河长 刘秋菊",
        "黄河孙口段",
        "滩区发现非法采砂船1艘",
        "处罚通知书",
        "台水罚〔2024〕3号",
        "2024-07-09",
        "台前县水利局",
        "立行立改",
        "采砂船已拖离河道，已立案处罚，整改完成",
    ),
    (
        "2024-07-16",
        "县级河长 刘秋菊",
        "金堤河清水河段",
        "沿河排水沟生活污水直排河道",
        "督办单",
        "台河督〔2024〕7号",
        "2024-07-17",
        "台前县清水河乡人民政府",
        "2024年8月31日",
        "",
    ),
    (
        "2024-07-23",
        "县级河长 王建峰",
        "将军渠马楼段",
        "渠道内堆放建筑垃圾约30立方米",
        "问题提示单",
        "台河提〔2024〕14号",
        "2024-07-23",
        "台前县马楼镇人民政府",
        "5个工作日内",
        "未清理",
    ),
]
FANXIAN_ROWS = [
    (
        "2024-06-25",
        "金堤河濮城段",
        "河道管理范围内新建砖混看护房1处，未办理涉河建设许可",
        "督办单",
        "河湖管理股",
        "2024年7月10日",
        "已拆除，经县河长办复核销号",
    ),
    (
        "2024-07-01",
        "黄河辛庄段",
        "夜间有运砂车辆进出滩区，疑似非法采砂",
        "督办单",
        "水政监察大队",
        "长期坚持",
        "已联合公安开展夜间巡查，常态化推进",
    ),
    (
        "2024-07-08",
        "金堤河王楼段",
        "王楼排涝闸闸前淤积，影响汛期排涝",
        "问题提示单",
        "工程管理股",
        "7月20日前",
        "尚未清淤",
    ),
    (
        "2024-07-15",
        "孟楼河陈庄段",
        "河长公示牌内容陈旧，监督电话无法接通",
        "问题提示单",
        "河长制工作股",
        "5个工作日内",
        "新公示牌正在制作",
    ),
]


def write_taiqian_book(path: Path) -> Path:
    b = Book(path, author="台前县河长办")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 12, 16, 16, 36, 12, 18, 12, 24, 14, 30])
    b.line(ws, 0, "台前县县级河长巡河发现问题督办台账（2024年7月）", 10, b.title)
    b.line(ws, 1, "填报单位：台前县河长制办公室    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "巡河日期",
            "巡河河长",
            "河流（河段）",
            "发现问题",
            "文书类型",
            "文书编号",
            "签发日期",
            "责任单位",
            "办理时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TAIQIAN_ROWS)
    b.line(ws, end, "注：办理时限“N个工作日内”自文书签发次日起计算，“立行立改”以签发当日为限。", 10)
    b.line(ws, end + 1, "填表人：宋雅琪    联系电话：0393-2216630", 10)
    return b.close()


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("河长制工作股")
    _title(doc, "范县水利局巡河发现问题督办落实情况", 18)
    _paragraph(doc, "填报单位：范县水利局（县河长制办公室）    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FANXIAN_ROWS, 1)]
    _table(
        doc,
        ["序号", "巡河时间", "河流（河段）", "问题描述", "督办方式", "承办股室", "整改期限", "整改情况"],
        body,
    )
    _paragraph(doc, "注：“5个工作日内”自巡河次日起计算。", 12)
    _paragraph(doc, "填表人：乔立新    联系电话：0393-5226418", 12)
    return _save_fixed(doc, path)


def write_river_zip(path: Path) -> Path:
    members = [
        ("台前县县级河长巡河发现问题督办台账.xlsx", write_taiqian_book),
        ("范县水利局巡河发现问题督办落实情况.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县河湖“清四乱”问题整改问题、责任、目标清单.xlsx", write_four_chaos),
    ("濮阳市2024年汛前检查问题处置表.xls", write_flood),
    ("濮阳市入河排污口“一口一策”整治清单.xlsx", write_outfalls),
    ("濮城镇固体废物专项排查整治问题登记台账.csv", write_solid),
    ("濮阳县土壤污染防治反馈问题整改任务完成情况表.docx", write_soil),
    ("濮阳市林长制办公室关于林长制重点工作推进情况的通报.doc", write_forest_chief),
    ("清丰县林长制工作问题清单（2024年7月更新）.et", write_forest_list),
    ("林区作业单位森林火灾隐患整改通知书下达及复查登记表.xlsx", write_notices),
    ("南乐县工业危险废物产生单位规范化管理抽查问题整改台账.ods", write_hazard),
    ("县级河长巡河发现问题督办台账（台前县、范县）.zip", write_river_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

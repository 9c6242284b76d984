"""Write the dev100 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 文物、宗教活动场所与人员密集场所消防安全 (文物建筑、博物馆, 寺观教堂, 宾馆酒店、商业综合体、歌舞娱乐场所).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice, as WPS saves it), .wps
(Word 97 via LibreOffice), a CSV in UTF-8 with BOM, two .docx (numbered paragraphs; cards) and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev100.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.red = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FF0000"})
        self.yellow = add({"border": 1, "align": "center", "valign": "vcenter", "bg_color": "#FFFF00"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
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


def _labelled(doc, label: str, text: str, size: float = 16):
    """A card line: a bold 黑体 label followed by its text in 仿宋."""
    p = doc.add_paragraph()
    _east_asian(p.add_run(label), "黑体", size)
    _east_asian(p.add_run(text), "仿宋_GB2312", size)
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
# 1. 文物建筑消防安全隐患“红黄绿”分类整治台账, after a city 消防救援支队 and 文物局's joint 排查 of its 国保、省保
# 文物古建筑 (创新建立“红黄绿”三色隐患分类整治台账: 红色—消防设施类, 黄色—一般类, 绿色—无隐患; 督促建立隐患台账、
# 明确整改责任、整改方案及时限; 隐患整改“回头看”; 剩余隐患正按计划推进整改, 已落实24小时值班巡查):
# https://m.163.com/dy/article/KKTS51KD0534GDXW.html
# An .xlsx: title, 填报单位 line (two units, joint), a two-row header (整改落实 and 回头看 merged over two columns
# each), 隐患分类 cells coloured red or yellow, a 合计 row, a 注 line on the colours and a signature line.
RELIC_ROWS = [
    (
        "戚城遗址",
        "全国重点",
        "红色（消防设施类）",
        "景区室外消火栓系统水压不足，末端消火栓出水压力低于0.1MPa",
        "市自来水公司",
        "对景区供水管网实施加压改造",
        "2024年8月31日",
        "加压泵站已进场施工",
        "",
    ),
    (
        "冀鲁豫边区革命根据地旧址",
        "全国重点",
        "红色（消防设施类）",
        "旧址展厅未设置火灾自动报警装置",
        "清丰县冀鲁豫边区革命根据地旧址纪念馆",
        "安装独立式感烟火灾探测报警器",
        "2024年6月30日",
        "已安装独立式感烟探测器126只",
        "复核合格",
    ),
    (
        "仓颉陵",
        "省级",
        "红色（消防设施类）",
        "大殿、配殿周边未设置室外消火栓，无消防水源",
        "南乐县仓颉陵文物保护管理所",
        "新建200立方米消防水池及室外消火栓",
        "年底前",
        "已完成设计和招标，计划9月开工",
        "",
    ),
    (
        "八都坊",
        "省级",
        "黄色（一般类）",
        "石坊周边堆放柴草等可燃物",
        "濮阳县文物保护管理所",
        "清理可燃物，划定防火隔离带",
        "2024年7月10日",
        "已清理完毕",
        "复核合格",
    ),
    (
        "刘邓大军强渡黄河指挥部旧址",
        "省级",
        "黄色（一般类）",
        "管理用房内违规使用电暖器、电热毯等大功率电器",
        "台前县文物管理所",
        "收缴大功率电器，建立用电检查制度",
        "2024年7月20日",
        "正在整改",
        "已销号",
    ),
    (
        "濮阳县城关文庙",
        "省级",
        "黄色（一般类）",
        "灭火器配置数量不足，部分灭火器压力不足",
        "濮阳县文物保护管理所",
        "补充配置灭火器30具",
        "2024年7月15日前",
        "",
        "",
    ),
    (
        "全市国保、省保文物建筑",
        "",
        "黄色（一般类）",
        "文博单位消防安全管理人员未经消防培训，灭火和应急疏散预案未按要求演练",
        "市文广旅局",
        "组织全市文博单位消防培训和疏散演练",
        "长期坚持",
        "长期坚持，每季度组织一次",
        "",
    ),
    (
        "西邵明清民居",
        "省级",
        "黄色（一般类）",
        "古民居内居民使用液化气钢瓶生火做饭",
        "南乐县千口镇人民政府",
        "劝导居民改用电炊具，液化气钢瓶移出文物建筑",
        "2024年9月30日",
        "未整改",
        "",
    ),
]


def write_relic(path: Path) -> Path:
    b = Book(path, author="文物科")
    ws = b.sheet("分类整治台账")
    b.widths(ws, [6, 18, 10, 14, 34, 22, 26, 14, 24, 10])
    b.line(ws, 0, "全市国保、省保文物建筑消防安全隐患“红黄绿”分类整治台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局  濮阳市消防救援支队（联合）    填报日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(
        ["序号", "文物保护单位名称", "保护级别", "隐患分类", "存在问题", "整改责任单位"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.merge(ws, 2, 8, 2, 9, "回头看", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "整改进展", "复核结论"], first=6)
    for i, row in enumerate(RELIC_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c == 3:
                b.put(ws, r, c, v, b.red if v.startswith("红") else b.yellow)
            elif c in (2, 7, 9):
                b.put(ws, r, c, v, b.center)
            else:
                b.put(ws, r, c, v)
    end = 4 + len(RELIC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "红色隐患3处，黄色隐患5处，经回头看复核销号3处")
    b.line(
        ws,
        end + 1,
        "注：红色为消防设施类隐患，黄色为一般类隐患，绿色（无隐患）单位不列入本表。",
        9,
    )
    b.line(ws, end + 2, "填表人：李文静    审核人：赵卫东    联系电话：0393-8991235", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 关于开展文物消防安全隐患整治工作的情况汇报, after a city 文化和新闻出版广电局's report of that title (一、辖区内
# 文物保护单位基本情况; 二、工作开展情况 一是…二是…; 三、工作成效; 四、存在的主要问题及整改情况 — 争取消防设施建设
# 经费, 屋内电线重新布局、全部更换老旧的电线; 五、下一步打算 加大巡查力度…):
# http://jey722.cn/wen/190/378209.html
# A .docx: title, 主送, preamble, the chapters as 黑体 headings, the problems as numbered paragraphs under
# 三、存在的主要问题及整改情况, each ending with its （责任单位：…；整改时限：…）, a 下一步打算 paragraph, the sender
# and date at the foot.
REPORT_ITEMS = [
    (
        "1.部分文物古建筑电气线路老化，仓颉陵配殿照明线路未穿管保护，存在私拉乱接现象。整改情况：对屋内电线重新布局，"
        "全部更换老旧电线并穿阻燃管保护，经市消防救援支队复查合格，已整改到位。"
        "（责任单位：南乐县文化广电和旅游局；整改时限：2024年7月20日）"
    ),
    (
        "2.基层文物管理所消防经费不足，清丰县、范县部分文物保护单位仅配备灭火器，消防设施设备较为简陋。整改情况："
        "我局已向市财政局申请文物消防专项经费120万元，目前正在审批。"
        "（责任单位：市文广旅局文物科；整改时限：2024年10月底前）"
    ),
    (
        "3.戚城遗址保护范围内违规搭建彩钢板房2处，占用防火间距。整改情况：已下达限期拆除通知书，计划8月中旬拆除。"
        "（责任单位：华龙区城市管理局；整改时限：2024年8月15日）"
    ),
    (
        "4.文物保护员消防安全知识欠缺，多数不会使用消防器材。整改情况：每半年联合举办一次文物消防安全培训班，"
        "长期坚持。（责任单位：市消防支队；整改时限：长期坚持）"
    ),
    (
        "5.部分文物建筑周边群众防火意识淡薄，节庆期间在文物建筑附近燃放鞭炮、焚烧纸钱。整改情况：专项宣传尚未开展。"
        "（责任单位：台前县文化广电和旅游局；整改时限：2024年9月30日）"
    ),
    (
        "6.冀鲁豫边区革命根据地旧址展厅两樘防火门闭门器损坏，不能自行关闭。"
        "（责任单位：清丰县冀鲁豫边区革命根据地旧址纪念馆；整改时限：2024年8月10日）"
    ),
]


def write_report(path: Path) -> Path:
    doc = _new_document("文物科")
    _title(doc, "关于开展文物消防安全隐患整治工作的情况汇报")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据《关于开展文物消防安全隐患整治工作的通知》要求，我局立即组织各县（区）文化广电和旅游局及市直文博单位"
        "开展文物消防安全专项检查，现将有关情况汇报如下：",
    )
    _paragraph(doc, "一、辖区内文物保护单位基本情况", font="黑体")
    _paragraph(
        doc,
        "我市现有各级文物保护单位312处，其中全国重点文物保护单位5处，省级文物保护单位27处，市级文物保护单位96处，"
        "县级文物保护单位184处。建筑类文物保护单位共41处。",
    )
    _paragraph(doc, "二、工作开展情况", font="黑体")
    _paragraph(
        doc,
        "一是领导重视、组织到位，成立了由局主要负责同志任组长的专项检查领导小组；二是认真排查、务求实效，"
        "联合市消防救援支队对41处建筑类文物保护单位逐一检查；三是加强日常检查和定期巡查，发现问题立即整改。",
    )
    _paragraph(doc, "三、存在的主要问题及整改情况", font="黑体")
    for text in REPORT_ITEMS:
        _paragraph(doc, text)
    _paragraph(doc, "四、下一步打算", font="黑体")
    _paragraph(
        doc,
        "下一步，我局将继续加大巡查力度，防止出现检查盲区和死角，建立文物安全检查联动机制，加大文物法规宣传力度，"
        "努力在全社会营造良好的文物保护氛围。",
    )
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 宗教活动场所安全隐患检查登记表, after a town's check of a temple by its 统战、安监 (查看大殿、护法殿; 灭火器材是否
# 配备、完好有效, 电源线路是否零乱、老化; 对检查出的问题进行现场登记, 提出整改要求、整改时限并要求整改责任人签字):
# http://www.alhamou.com/zxzx_2/xzdt_11/202011/t20201110_1268942.shtml
# An .xls (xlwt): title, 检查单位/检查时间 line (the date 立即整改 counts from), one header row with 检查部位 and a
# 整改责任人签字 column (persons, not units), 复查情况, a 注 line and a 检查人 line.
TEMPLE_ROWS = [
    (
        "濮阳县文留镇兴隆寺",
        "大殿",
        "殿内长明灯、香烛紧靠帷幔摆放",
        "香烛台移离帷幔1米以上，专人看管",
        "立即整改",
        "释慧明",
        "已整改",
    ),
    (
        "濮阳县文留镇兴隆寺",
        "护法殿",
        "配置的2具灭火器已过期失效",
        "更换灭火器",
        "7月20日前",
        "释慧明",
        "已更换",
    ),
    (
        "濮阳县文留镇兴隆寺",
        "寮房",
        "电源线路零乱、老化，私接插线板",
        "更换老化线路，穿管敷设",
        "2024年8月10日",
        "释慧明",
        "正在整改",
    ),
    (
        "濮阳县文留镇基督教堂",
        "礼拜堂",
        "安全出口门向内开启，聚会时人员密集疏散困难",
        "改为向疏散方向开启的平开门",
        "7月31日前",
        "王秀兰",
        "",
    ),
    (
        "濮阳县文留镇基督教堂",
        "全场所",
        "未制定灭火和应急疏散预案",
        "制定预案并组织一次疏散演练",
        "2024.7.25",
        "王秀兰",
        "未整改",
    ),
    (
        "濮阳县文留镇关帝庙",
        "院内",
        "焚香炉紧邻木质厢房，未设防火隔离",
        "焚香炉迁移至院中空旷处",
        "立即整改",
        "李长河",
        "已迁移",
    ),
]


def write_temple(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "文留镇宗教活动场所安全隐患检查登记表", t, 0, 7),
        (1, 0, "检查单位：濮阳县文留镇人民政府（统战办、安监站）    检查时间：2024年7月10日", plain, 1, 7),
    ]
    words = ["序号", "场所名称", "检查部位", "存在问题", "整改要求", "整改时限", "整改责任人签字", "复查情况"]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(TEMPLE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6, 7) else c))
    r = 3 + len(TEMPLE_ROWS)
    cells += [
        (r, 0, "注：检查出的问题现场登记，由整改责任人签字确认；复查情况由镇统战办复查后填写。", plain, r, 7),
        (
            r + 1,
            0,
            "检查人：张建国  刘卫红        复查人：张建国        复查日期：2024年7月26日",
            plain,
            r + 1,
            7,
        ),
    ]
    return _write_xls(path, [("检查登记表", cells, [6, 22, 10, 34, 30, 14, 14, 12])])


# ---------------------------------------------------------------------------------------------
# 4. 宗教活动场所安全大检查隐患清单, after a county 民宗局's three-day 安全大检查 (3月3日至5日; 净业寺、清真寺、天仙寺;
# 房屋安全、消防设施、电气线路、疏散通道、食品卫生; 发现12个安全隐患, 立即整改10个, 限期整改2个):
# http://www.sctyzx.gov.cn/lz/202503/54313315.html
# A CSV in UTF-8 with BOM: title line, 填报单位 line, header with the row's 检查日期 (the base of 立行立改), 整改方式
# (立即整改/限期整改), a 合计 line and a 填表人 line.
RELIGION_CSV_ROWS = [
    (
        "2024-07-03",
        "清丰县普照寺",
        "佛教",
        "消防设施",
        "大雄宝殿内灭火器配置数量不足",
        "立即整改",
        "立行立改",
        "已补配灭火器6具",
    ),
    (
        "2024-07-03",
        "清丰县普照寺",
        "佛教",
        "用火安全",
        "香炉内香灰未及时清理，夜间无人看守",
        "立即整改",
        "立行立改",
        "已整改",
    ),
    (
        "2024-07-03",
        "清丰县城关镇基督教堂",
        "基督教",
        "疏散通道",
        "礼拜堂疏散通道摆放长条凳",
        "立即整改",
        "立行立改",
        "已清理",
    ),
    (
        "2024-07-04",
        "清丰县城关清真寺",
        "伊斯兰教",
        "电气线路",
        "寺内厨房电气线路私拉乱接",
        "限期整改",
        "2024-07-31",
        "正在整改",
    ),
    (
        "2024-07-04",
        "清丰县城关清真寺",
        "伊斯兰教",
        "房屋建筑",
        "沐浴室屋顶漏水渗水",
        "立即整改",
        "立行立改",
        "已维修",
    ),
    (
        "2024-07-04",
        "清丰县古城乡天主教堂",
        "天主教",
        "消防设施",
        "应急照明灯损坏2处",
        "立即整改",
        "立行立改",
        "已更换",
    ),
    (
        "2024-07-05",
        "清丰县三官庙",
        "道教",
        "房屋建筑",
        "东配殿墙体有裂缝、屋面瓦件松动",
        "限期整改",
        "2024年9月底前",
        "已委托鉴定机构开展安全鉴定",
    ),
    (
        "2024-07-05",
        "清丰县三官庙",
        "道教",
        "用火安全",
        "厨房使用液化气未安装燃气泄漏报警器",
        "立即整改",
        "立行立改",
        "",
    ),
]


def write_religion_csv(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县宗教活动场所安全大检查隐患清单", "", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：清丰县民族宗教事务局", "", "", "", "", "", "填报日期：2024年7月25日", "", ""])
    w.writerow(
        [
            "序号",
            "检查日期",
            "场所名称",
            "宗教类别",
            "隐患类型",
            "隐患描述",
            "整改方式",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(RELIGION_CSV_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "检查场所5处", "", "", "发现隐患8个", "立即整改6个", "限期整改2个", ""])
    w.writerow(["填表人：郭振华", "", "联系电话：0393-7221568", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 宗教活动场所安全专项整治隐患问题台账, after a city 民宗局's 安全专项整治 (排查出各类安全隐患610条, 已完成整改289条;
# 分三种方式处置: 一是即知即改、立行立改; 二是问题复杂、需要一定时间整改的, 明确时间节点和具体措施; 三是自身难以
# 解决的, 提交上级研究解决, 同步采取有效措施阻断风险):
# https://tzb.changzhou.gov.cn/html/tzb/2020/EBFAJPBI_0513/15522.html
# An .xlsx: title, 填报单位/统计截至 line, a 处置方式 key line (A/B/C), one header row with 排查日期 and a 处置方式 code,
# 整改责任单位 (the 场所 itself, or the district bureau an item was handed up to), a 合计 row and a signature line.
SECT_ROWS = [
    (
        date(2024, 7, 8),
        "华龙区观音寺",
        "香客焚烧纸钱的焚化炉距大殿不足10米",
        "B",
        "华龙区观音寺",
        "2024年8月20日",
        "新焚化炉基础已浇筑",
        "",
    ),
    (
        date(2024, 7, 8),
        "华龙区观音寺",
        "大殿内电线直接敷设在木梁上",
        "A",
        "华龙区观音寺",
        "立行立改",
        "已穿管保护",
        "",
    ),
    (
        date(2024, 7, 9),
        "华龙区胜利路基督教堂",
        "二楼聚会厅仅设一个安全出口",
        "C",
        "华龙区住房和城乡建设局",
        "2024年12月31日",
        "正在编制增设室外疏散楼梯方案",
        "已提交区安委会研究，由区住建局牵头",
    ),
    (
        date(2024, 7, 9),
        "华龙区胜利路基督教堂",
        "聚会厅疏散指示标志缺失",
        "A",
        "华龙区胜利路基督教堂",
        "立行立改",
        "已安装",
        "",
    ),
    (
        date(2024, 7, 10),
        "华龙区清真大寺",
        "寺内厨房灶台与可燃物未保持安全距离",
        "A",
        "华龙区清真大寺",
        "立行立改",
        "已整改",
        "",
    ),
    (
        date(2024, 7, 10),
        "华龙区清真大寺",
        "寺院周边占道经营摊点堵塞消防车通道",
        "C",
        "华龙区城市管理局",
        "2024年8月31日",
        "未启动",
        "",
    ),
    (
        date(2024, 7, 11),
        "华龙区玉皇阁道观",
        "殿内使用电暖器、电磁炉等大功率电器",
        "A",
        "华龙区玉皇阁道观",
        "立行立改",
        "已收缴",
        "",
    ),
    (
        date(2024, 7, 11),
        "华龙区玉皇阁道观",
        "未建立每日防火巡查制度",
        "B",
        "华龙区玉皇阁道观",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_sect(path: Path) -> Path:
    b = Book(path, author="华龙区民宗局")
    ws = b.sheet("隐患问题台账")
    b.widths(ws, [6, 12, 20, 34, 10, 22, 14, 24, 26])
    b.line(ws, 0, "华龙区宗教活动场所安全专项整治隐患问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区民族宗教事务局        统计截至：2024年7月26日", 8)
    b.line(
        ws,
        2,
        "处置方式：A—即知即改、立行立改；B—明确时间节点和措施，限期整改；C—自身难以解决，提交上级研究解决",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "排查日期",
            "场所名称",
            "隐患问题",
            "处置方式",
            "整改责任单位",
            "整改时限",
            "整改进度",
            "备注",
        ],
    )
    for i, row in enumerate(SECT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (4, 6) else None)
    end = 4 + len(SECT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查场所4个，隐患问题8条，已完成整改4条")
    b.line(ws, end + 1, "填表人：孙丽    分管领导：马建军    联系电话：0393-4412366", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 公共娱乐场所消防安全夜查隐患整改跟踪表, after a 消防救援大队's night check of six large KTVs (红馆KTV 停用自动喷淋
# 系统、未设置封闭楼梯间; 欢唱KTV 消防控制室无人值班、部分探测器损坏; 8号公馆 未与足疗店进行分离; 时代量贩KTV 部分
# 电气线路未保护、部分防火门损坏; 芭比伦KTV 消防控制室人员无证上岗; 发现隐患20余处, 现场整改7处, 其余下发通知书):
# http://dayeyun.cjyun.org/p/89562.html
# An .xlsx: title, 检查单位/检查时间 line (the night the 立即 rows count from), one header row, 序号 and 场所名称 merged
# down over each place's hazards, 处理方式 (现场整改 / 通知书 / 挂牌督办), 复查情况, a 说明 line and a 检查人 line.
NIGHT_PLACES = [
    (
        "濮阳市星光娱乐有限公司",
        [
            ("停用自动喷水灭火系统", "下发《责令限期改正通知书》", "2024年7月26日", "复查合格"),
            ("未设置封闭楼梯间", "提请区政府挂牌督办", "2024年12月31日", "正在改造"),
            ("员工不会使用灭火器和室内消火栓", "现场整改（现场培训）", "立即", "现场已整改"),
        ],
    ),
    (
        "濮阳市麦霸量贩KTV有限公司",
        [
            ("消防控制室无人值班", "现场整改", "立即", "现场已整改"),
            ("部分感烟探测器损坏", "下发《责令限期改正通知书》", "2024年7月22日", "逾期未改"),
        ],
    ),
    (
        "濮阳悦享休闲会所",
        [("营业区域与足疗店未进行防火分隔", "下发《责令限期改正通知书》", "2024年8月12日", "正在施工")],
    ),
    (
        "濮阳市金色年华KTV有限公司",
        [
            ("包厢吊顶内部分电气线路未穿管保护", "下发《责令限期改正通知书》", "2024年7月26日", ""),
            ("3樘常闭式防火门闭门器损坏", "现场整改", "立即", "现场已整改"),
        ],
    ),
    (
        "濮阳市唱吧娱乐会所",
        [
            (
                "消防控制室值班人员无证上岗",
                "下发《责令限期改正通知书》",
                "2024年7月31日",
                "已安排2人参加培训取证",
            )
        ],
    ),
]


def write_night(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("夜查跟踪")
    b.widths(ws, [6, 26, 34, 24, 16, 20])
    b.line(ws, 0, "公共娱乐场所消防安全夜查发现隐患整改跟踪表", 5, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区消防救援大队    检查时间：2024年7月12日晚    跟踪截至：2024年7月29日",
        5,
    )
    b.header(ws, 2, ["序号", "场所名称", "隐患内容", "处理方式", "整改期限", "复查情况"])
    r = 3
    for i, (place, hazards) in enumerate(NIGHT_PLACES, 1):
        last = r + len(hazards) - 1
        b.merge(ws, r, 0, last, 0, i, b.center)
        b.merge(ws, r, 1, last, 1, place)
        for k, (hazard, way, limit, review) in enumerate(hazards):
            b.row(ws, r + k, [hazard, way], first=2)
            b.put(ws, r + k, 4, limit, b.center)
            b.put(ws, r + k, 5, review)
        r = last + 1
    b.line(
        ws,
        r,
        "说明：本次夜查共检查娱乐场所5家，发现隐患9处，现场整改3处，下发《责令限期改正通知书》5份，提请挂牌督办1处。",
        5,
    )
    b.line(ws, r + 1, "检查人：王浩  陈磊        填表日期：2024年7月29日", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 重大火灾隐患单位挂牌督办整改情况表, after a prefecture 消防支队's exposure of eleven 重大火灾隐患单位 (宾馆、饭店、KTV
# 歌城、商业城 and a temple, 冕宁县灵山寺; 州人民政府挂牌督办3家, 县市级政府挂牌督办11家; 3家已整改销案):
# http://liangshanzhou.com/news-id-150074.html
# An .et (Excel 97 via LibreOffice, as WPS 表格 saves it): title, 填报单位 line, one header row with 挂牌督办级别 and
# 销案情况, a 合计 row, a 注 line and a 填表人 line.
MAJOR_ROWS = [
    (
        "濮阳市金海岸KTV娱乐有限公司",
        "华龙区",
        "歌舞娱乐",
        "自动喷水灭火系统瘫痪，消防水泵不能正常启动",
        "市政府",
        "2024年6月30日",
        "已整改销案",
    ),
    (
        "濮阳市华都大酒店有限公司",
        "华龙区",
        "宾馆饭店",
        "客房楼未设置机械防排烟系统",
        "市政府",
        "2024年9月30日",
        "未销案（正在施工）",
    ),
    (
        "南乐县普济寺",
        "南乐县",
        "宗教活动场所",
        "大殿等木结构建筑群无消防水源，电气线路敷设不规范",
        "县政府",
        "2024年10月31日",
        "未销案（消防水池正在建设）",
    ),
    (
        "清丰县万隆商贸城有限公司",
        "清丰县",
        "商场市场",
        "防火分区划分不符合要求，部分防火卷帘不能正常降落",
        "县政府",
        "2024年8月31日",
        "未销案",
    ),
    (
        "范县天籁歌城",
        "范县",
        "歌舞娱乐",
        "安全出口数量不足，疏散楼梯设置不符合要求",
        "县政府",
        "年底前",
        "已停业整改，正在增设疏散楼梯",
    ),
    (
        "濮阳县丰源大酒店",
        "濮阳县",
        "宾馆饭店",
        "厨房未设置自动灭火装置，燃气管道未设置紧急切断阀",
        "县政府",
        "2024年7月15日",
        "已整改销案",
    ),
    (
        "台前县中医院",
        "台前县",
        "医院",
        "住院楼火灾自动报警系统故障，部分探测器失效",
        "县政府",
        "2024年8月15日",
        "",
    ),
    (
        "濮阳市华龙区星辰量贩KTV",
        "华龙区",
        "歌舞娱乐",
        "使用易燃可燃材料装修，疏散走道宽度不足",
        "市政府",
        "2024年7月20日",
        "已整改，7月25日经复查合格销案",
    ),
]


def write_major_book(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 28, 10, 14, 36, 12, 16, 26])
    b.line(ws, 0, "2024年重大火灾隐患单位挂牌督办整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防安全委员会办公室（市消防救援支队代章）    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "隐患单位", "县（区）", "场所类别", "主要火灾隐患", "挂牌督办级别", "整改期限", "销案情况"],
    )
    for i, row in enumerate(MAJOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (2, 3, 5, 6) else None)
    end = 3 + len(MAJOR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "挂牌督办8处，其中市政府挂牌3处、县政府挂牌5处；已整改销案3处")
    b.line(ws, end + 1, "注：销案情况以消防救援机构复查意见为准。", 7)
    b.line(ws, end + 2, "填表人：韩冬    联系电话：0393-8331190", 7)
    return b.close()


def write_major(path: Path) -> Path:
    return via_soffice(write_major_book, path, "xls", "重大火灾隐患单位挂牌督办整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 宗教活动场所消防安全专项检查情况的通报, after a district 民宗局 and 消防大队's joint check of all its 宗教活动场所
# (安全出口疏散门方向装反, 疏散指示地贴、安全出口标志不齐全; 大型宗教活动期间的消防安全管理; 负责人承诺立即整改):
# http://m.bhjia.cn/news/show-32824.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble stating the date (2024-07-15) the 10个工作日内 count from,
# an 附件 heading, one table with 县（区） and 场所名称 and the 整改情况 the counties filled in, 联系人 line, signature.
NOTICE_ROWS = [
    ("濮阳县", "濮阳县海通寺", "大殿安全出口门开启方向错误", "改为向疏散方向开启", "10个工作日内", "已整改"),
    (
        "濮阳县",
        "濮阳县城关基督教堂",
        "疏散指示地贴缺失，安全出口标志损坏",
        "补齐疏散指示标志",
        "10个工作日内",
        "已整改",
    ),
    ("范县", "范县城关清真寺", "室内消火栓箱内水带、水枪缺失", "配齐消火栓器材", "10个工作日内", "正在采购"),
    ("范县", "范县真武观", "殿内燃香区未设置防火隔离措施", "室外设置燃香专区", "2024年8月31日", "未整改"),
    (
        "台前县",
        "台前县天主教堂",
        "配电箱周边堆放杂物",
        "清理杂物，配电箱前保持1米空间",
        "10个工作日内",
        "已清理",
    ),
    (
        "南乐县",
        "南乐县兴福寺",
        "大型宗教活动无消防安全保卫方案",
        "制定大型活动消防安全保卫方案",
        "10个工作日内",
        "",
    ),
    (
        "南乐县",
        "南乐县兴福寺",
        "场所消防安全责任人、管理人未公示",
        "公示消防安全责任人、管理人，落实“三自主两公开一承诺”",
        "长期坚持",
        "长期坚持",
    ),
]


def write_notice_docx(path: Path) -> Path:
    doc = _new_document("宗教一科")
    _title(doc, "关于全市宗教活动场所消防安全专项检查情况的通报")
    _paragraph(doc, "各县（区）民族宗教事务局，市各宗教团体：")
    _paragraph(
        doc,
        "7月8日至12日，市民族宗教事务局联合市消防救援支队对全市宗教活动场所进行消防安全专项检查。检查组对场所内"
        "易引起火灾的部位、消防设施配备及完好情况进行了实地检查，现将发现的问题通报如下。请各场所自本通报印发之日"
        "（2024年7月15日）起10个工作日内整改到位，由各县（区）民族宗教事务局填写整改情况后报市民族宗教事务局。",
    )
    _paragraph(doc, "附件：宗教活动场所消防安全专项检查问题及整改情况汇总表（截至7月30日）", 14, "黑体")
    body = [[str(i), *row] for i, row in enumerate(NOTICE_ROWS, 1)]
    _table(doc, ["序号", "县（区）", "场所名称", "存在问题", "整改要求", "整改时限", "整改情况"], body)
    _paragraph(doc, "联系人：杨帆    联系电话：0393-8181230", 12)
    _paragraph(doc, "濮阳市民族宗教事务局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月15日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_notice(path: Path) -> Path:
    return via_soffice(write_notice_docx, path, "doc", "宗教活动场所消防安全专项检查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 博物馆和文物古建筑消防安全检查问题整改, after a county 文体新局 and 消防大队's check of its 博物馆 and 文物古建筑
# (博物馆和承恩寺负责人; 选用防火或阻燃材料作为电源放置, 报警监控全过程跟踪管理; 老街古民居 用电线路提升改造,
# 规范电器使用和火炉管理, 每年委托专业机构对古建筑电器线路进行1次检测; 各责任部室即知即改, 落实隐患消账、反馈机制):
# http://m-wangshuo.cjyun.org/p/88251.html
# A .zip of two returns: the museum's .xlsx (rows name only its 部室, with a 消账情况 column) and a county 文物保护
# 管理所's .docx (a table with the temple's 寺务管理委员会, the town government and the 管理所 itself as 整改责任单位).
MUSEUM_ROWS = [
    (
        "展厅电源插座直接安装在可燃展板上",
        "陈列展览部",
        "加装阻燃底盒，展板改用防火材料",
        "2024年7月15日",
        "已整改",
        "已消账",
    ),
    (
        "报警监控系统部分摄像头离线，不能全过程跟踪",
        "安全保卫部",
        "维修更换摄像头，信号接入消防控制室",
        "2024年7月31日",
        "正在维修",
        "",
    ),
    (
        "文物库房未设置气体灭火系统",
        "藏品保管部",
        "申请专项资金建设气体灭火系统",
        "2024年12月底",
        "已编制建设方案，正在申请资金",
        "",
    ),
    (
        "消防安全管理制度不完善，防火巡查记录缺项",
        "办公室",
        "修订消防安全管理制度，规范巡查记录",
        "2024年7月20日",
        "已修订",
        "已消账",
    ),
    ("志愿讲解员未参加消防安全培训", "社会教育部", "组织全员消防安全培训", "长期坚持", "长期坚持", ""),
]

GUARD_ROWS = [
    (
        "兴国寺大殿",
        "殿内使用电炉取暖做饭",
        "濮阳县兴国寺寺务管理委员会",
        "收缴电炉，规范火炉管理",
        "2024年7月10日",
        "已收缴",
    ),
    (
        "兴国寺配电室",
        "配电箱安装在木质墙板上，未采取防火隔离",
        "濮阳县兴国寺寺务管理委员会",
        "配电箱移装至砖墙并加装防火板",
        "2024年7月31日",
        "正在整改",
    ),
    (
        "老城古民居",
        "民居用电线路老化，线路提升改造进度缓慢",
        "濮阳县城关镇人民政府",
        "加快线路提升改造",
        "2024年9月30日",
        "已完成12户，剩余8户正在施工",
    ),
    (
        "老城古民居",
        "未按要求每年委托专业机构对古建筑电气线路进行检测",
        "濮阳县文物保护管理所",
        "委托专业机构开展年度电气检测",
        "2024年8月31日",
        "",
    ),
]


def write_museum_book(path: Path) -> Path:
    b = Book(path, author="安全保卫部")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 36, 12, 30, 14, 24, 10])
    b.line(ws, 0, "濮阳市博物馆消防安全检查督导发现问题整改清单", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市博物馆    填报日期：2024年7月24日", 6)
    b.line(ws, 2, "检查单位：市文化广电和旅游局、市消防救援支队    检查日期：2024年7月5日", 6)
    b.header(ws, 3, ["序号", "检查发现问题", "责任部室", "整改措施", "整改时限", "整改情况", "消账情况"])
    for i, row in enumerate(MUSEUM_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(MUSEUM_ROWS)
    b.line(ws, end + 1, "负责人：高志远    填表人：宋佳    联系电话：0393-8997016", 6)
    return b.close()


def write_guard_docx(path: Path) -> Path:
    doc = _new_document("县文管所")
    _title(doc, "兴国寺及老城古民居消防安全检查问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳县文物保护管理所    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(GUARD_ROWS, 1)]
    _table(doc, ["序号", "检查部位", "存在问题", "整改责任单位", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "填表人：周敏    联系电话：0393-3227518", 12)
    return _save_fixed(doc, path)


def write_museum(path: Path) -> Path:
    members = [
        ("濮阳市博物馆消防安全检查督导发现问题整改清单.xlsx", write_museum_book),
        ("兴国寺及老城古民居消防安全检查问题整改情况表（县文物保护管理所）.docx", write_guard_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 宾馆酒店及大型商业综合体消防安全联合排查问题清单, after a district 消防部门's joint check with the 公安分局 and
# 文化体育局 of its hotels and commercial complexes (温泉度假酒店、君悦酒店: 消防控制室、厨房、餐厅、客房, 疏散指示标志
# 设置不清晰、排烟系统不能正常启动; 中港城: 放映室应急灯配置不足, 疏散楼梯正压送风管道百叶损坏, 冷藏仓库电气线路;
# 共检查5家单位, 发现火灾隐患10处, 现场整改5处):
# https://25hour.cn/article-80640-1.html
# An .xlsx: title, 牵头/参检单位 and 排查时间 line (inspectors that are not the handling units), one header row,
# section rows (一、宾馆酒店 / 二、大型商业综合体) between the items, a 合计 row and a 填表人 line.
HOTEL_SECTIONS = [
    (
        "一、宾馆酒店",
        [
            (
                "濮阳开州温泉度假酒店有限公司",
                "客房楼",
                "部分楼层疏散指示标志设置不清晰",
                "更换疏散指示标志",
                "2024.7.25",
                "已更换",
            ),
            (
                "濮阳开州温泉度假酒店有限公司",
                "厨房",
                "厨房排烟系统不能正常启动",
                "维修排烟风机",
                "2024.7.31",
                "正在维修",
            ),
            (
                "濮阳金悦大酒店有限公司",
                "消防控制室",
                "值班人员不熟悉消防联动控制操作",
                "加强培训，双人持证上岗",
                "2024.8.15",
                "",
            ),
            (
                "濮阳金悦大酒店有限公司",
                "餐厅",
                "包间内使用酒精炉",
                "停止使用酒精炉，改用电磁炉",
                "2024.7.18",
                "已整改",
            ),
        ],
    ),
    (
        "二、大型商业综合体",
        [
            (
                "濮阳龙都商业管理有限公司",
                "影院放映室",
                "放映室应急照明灯配置不足",
                "增配应急照明灯",
                "2024.7.30",
                "已增配8盏",
            ),
            (
                "濮阳龙都商业管理有限公司",
                "疏散楼梯",
                "疏散楼梯正压送风管道百叶损坏",
                "更换送风口百叶",
                "2024.8.10",
                "已订货，正在安装",
            ),
            (
                "濮阳龙都商业管理有限公司",
                "冷藏仓库",
                "冷库内电气线路未穿管敷设",
                "电气线路穿管保护",
                "2024.7.31",
                "未整改",
            ),
            (
                "濮阳恒泰购物广场有限公司",
                "商场一层",
                "中庭设置临时促销摊位、摆放可燃物",
                "清除中庭可燃物，撤除促销摊位",
                "2024.7.20",
                "已清除",
            ),
        ],
    ),
]


def write_hotel(path: Path) -> Path:
    b = Book(path, author="市消防救援支队")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 28, 12, 32, 28, 12, 18])
    b.line(ws, 0, "宾馆酒店及大型商业综合体消防安全联合排查问题清单", 6, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市消防救援支队    参检单位：市公安局、市文化广电和旅游局    排查时间：2024年7月16日—18日",
        6,
    )
    b.header(ws, 2, ["序号", "单位名称", "检查部位", "存在问题", "整改意见", "整改期限", "整改落实情况"])
    r, n = 3, 0
    for section, rows in HOTEL_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            b.put(ws, r, 5, row[4], b.center)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "排查单位4家，发现火灾隐患8处，已整改4处")
    b.line(ws, r + 1, "填表人：袁立新    审核：郑伟    填表日期：2024年7月31日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 人员密集场所火灾隐患曝光单位整改情况, after a provincial 消防's exposure of units' hazards by city (银川市/固原市/
# 中卫市 headings, each with 火灾隐患单位曝光 and cards: 隐患单位：…  存在隐患：1、…；2、…  整改措施：责令限期整改):
# http://bbs.yinchuanwanbao.com/showtopic-9069.aspx
# A .docx: title, preamble with the check's figures, 县（区） headings, one card per unit (its hazards as one numbered
# sentence, 整改措施 with the deadline in brackets, 整改情况), a closing paragraph, the sender and date.
EXPOSE_CARDS = [
    (
        "华龙区",
        "濮阳市鼎盛时代购物中心有限公司",
        "1、地下一层超市库房货物占用疏散通道；2、消防控制室值班记录缺失多日。",
        "责令限期整改（2024年7月20日前）",
        "已整改，经复查合格。",
    ),
    (
        "华龙区",
        "濮阳市华龙区老城羊肉馆",
        "厨房电器线路敷设不符合要求，未穿管保护。",
        "责令限期改正（2024年7月15日前）",
        "已改正。",
    ),
    (
        "清丰县",
        "清丰县金曲娱乐会所",
        "1、二层包厢区一处安全出口上锁；2、走廊疏散指示标志灯不亮。",
        "责令限期整改（2024年7月12日前）",
        "已整改。",
    ),
    (
        "南乐县",
        "南乐县福康老年公寓",
        "1、部分老人居室内私拉电线为电动车充电；2、未落实夜间防火巡查。",
        "责令限期整改（2024年7月31日前）",
        "正在整改，私拉电线已拆除。",
    ),
    (
        "范县",
        "范县惠民购物超市",
        "营业期间将后门安全出口用货架封堵。",
        "责令限期改正（2024年7月10日前），并处罚款5000元",
        "已改正，罚款已缴纳。",
    ),
    (
        "台前县",
        "台前县第二人民医院",
        "1、住院部疏散楼梯间堆放杂物；2、部分常闭式防火门处于常开状态。",
        "责令限期整改（2024年8月5日前）",
        "未整改。",
    ),
]


def write_expose(path: Path) -> Path:
    doc = _new_document("防火监督处")
    _title(doc, "人员密集场所火灾隐患曝光单位整改情况")
    _paragraph(doc, "（第三期）", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "6月24日至7月5日，全市各级消防救援机构出动检查组46个，检查人员密集场所312家，发现火灾隐患486处，当场整改"
        "351处。现将部分单位存在的消防安全隐患问题及整改情况通报如下：",
    )
    county = None
    for place, unit, hazards, measure, progress in EXPOSE_CARDS:
        if place != county:
            county = place
            _paragraph(doc, county, 16, "黑体")
            _paragraph(doc, "火灾隐患单位曝光", 16, "楷体_GB2312")
        _labelled(doc, "隐患单位：", unit)
        _labelled(doc, "存在隐患：", hazards)
        _labelled(doc, "整改措施：", measure)
        _labelled(doc, "整改情况：", progress)
    _paragraph(
        doc,
        "下一步，全市消防救援机构将持续加大火灾隐患曝光力度，督促社会单位落实消防安全主体责任，做到火灾隐患自查自改。",
    )
    _paragraph(doc, "濮阳市消防救援支队防火监督处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("全市国保省保文物建筑消防安全隐患红黄绿分类整治台账.xlsx", write_relic),
    ("关于开展文物消防安全隐患整治工作的情况汇报.docx", write_report),
    ("文留镇宗教活动场所安全隐患检查登记表.xls", write_temple),
    ("清丰县宗教活动场所安全大检查隐患清单.csv", write_religion_csv),
    ("华龙区宗教活动场所安全专项整治隐患问题台账.xlsx", write_sect),
    ("公共娱乐场所消防安全夜查发现隐患整改跟踪表.xlsx", write_night),
    ("2024年重大火灾隐患单位挂牌督办整改情况表.et", write_major),
    ("关于全市宗教活动场所消防安全专项检查情况的通报.wps", write_notice),
    ("博物馆和文物古建筑消防安全检查问题整改（两家）.zip", write_museum),
    ("宾馆酒店及大型商业综合体消防安全联合排查问题清单.xlsx", write_hotel),
    ("人员密集场所火灾隐患曝光单位整改情况.docx", write_expose),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

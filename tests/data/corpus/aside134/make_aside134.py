"""Write the aside134 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 生态环境信访, 大气污染防治 (扬尘), 水污染防治 (城区内河), 土壤污染防治, 固体废物, 噪声扰民, 秸秆焚烧,
黑臭水体, 饮用水水源地 and 自然保护地 ("绿盾").
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, two-row header), .et and .ods (LibreOffice conversions of
an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs, a .doc whose items are cards of six headed
paragraphs (LibreOffice conversion of a .docx) and a .zip of two returns (an .xlsx and a .docx).
Contents (problems, names, dates) are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside134.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice gives byte-identical files.
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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
# 1. 生态环境信访投诉举报件办理情况汇总, after a city's monthly summary drawn from the 全国生态环境信访投诉举报管理平台
# (举报件 by status 未受理/受理中/已办结/不受理; by 举报方式 微信举报/网络举报/网民留言; a second part counting them by
# 污染类型 with shares; a line on 超期未办结 举报件):
# https://www.tlf.gov.cn/tlfs/c107643/202505/2623136995c94ada89637e7cdf2970f4.shtml
# An .xlsx: title, 填报单位 and 数据来源 lines, one header row with the 被举报对象 beside the 承办单位, dates as dates,
# a 合计 line and the 超期 line; a second sheet counting the 举报件 by 污染类型.
PETITION_ROWS = [
    (
        "HN410902-2406-0031",
        "微信举报",
        date(2024, 6, 5),
        "大气污染",
        "华龙区岳村镇某板材加工厂",
        "反映该厂夜间喷漆作业，刺鼻异味影响周边村民休息",
        "华龙区岳村镇人民政府",
        date(2024, 7, 5),
        "已办结",
        "经查属实，已责令停止露天喷漆工序，安装VOCs收集处理设施并经监测达标",
    ),
    (
        "HN410902-2406-0047",
        "网络举报",
        date(2024, 6, 18),
        "噪声污染",
        "中原路某KTV",
        "反映该KTV每晚营业至凌晨，音响低频噪声扰民",
        "华龙区中原路街道办事处",
        date(2024, 8, 16),
        "受理中",
        "已约谈经营者，正在加装隔音设施",
    ),
    (
        "HN410902-2406-0052",
        "网民留言",
        date(2024, 6, 21),
        "水污染",
        "马颊河绿城路桥段",
        "反映马颊河绿城路桥附近排水口排出黑色污水，有明显臭味",
        "市城管局",
        date(2024, 8, 20),
        "受理中",
        "已对上游管网溯源排查，发现两处混接点，正在组织改造",
    ),
    (
        "HN410902-2407-0008",
        "微信举报",
        date(2024, 7, 2),
        "固废污染",
        "孟轲乡某村北坑塘",
        "反映有人夜间向村北坑塘倾倒建筑垃圾",
        "华龙区孟轲乡人民政府",
        date(2024, 7, 17),
        "已办结",
        "已清运建筑垃圾约120方，设置监控和禁倒警示牌",
    ),
    (
        "HN410902-2407-0015",
        "微信举报",
        date(2024, 7, 6),
        "噪声污染",
        "某安置房建设项目工地",
        "反映工地夜间23时后仍进行打桩作业",
        "市住建局",
        date(2024, 7, 21),
        "已办结",
        "已责令施工单位停止夜间高噪声作业，并立案处罚",
    ),
    (
        "HN410902-2407-0023",
        "网络举报",
        date(2024, 7, 12),
        "大气污染",
        "胜利路某烧烤店",
        "反映烧烤店露天烧烤，油烟直排居民楼",
        "华龙区胜利路街道办事处",
        date(2024, 8, 11),
        "未受理",
        "",
    ),
    (
        "HN410902-2407-0031",
        "微信举报",
        date(2024, 7, 19),
        "土壤污染",
        "岳村镇某废品收购站",
        "反映该收购站露天拆解废旧铅蓄电池，废酸渗入地面",
        "濮阳市生态环境局",
        date(2024, 8, 18),
        "受理中",
        "已查封拆解现场，正在委托检测周边土壤",
    ),
]

PETITION_TYPES = [
    ("大气污染类", 2),
    ("水污染类", 1),
    ("噪声污染类", 2),
    ("固废污染类", 1),
    ("土壤污染类", 1),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="区环委办")
    ws = b.sheet("举报件办理情况")
    b.widths(ws, [6, 20, 10, 12, 10, 22, 34, 22, 12, 10, 36])
    b.line(ws, 0, "华龙区生态环境信访投诉举报件办理情况汇总表（2024年6—7月）", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区生态环境保护委员会办公室    统计截止时间：2024年7月30日", 10)
    b.line(ws, 2, "数据来源：全国生态环境信访投诉举报管理平台", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "举报件编号",
            "举报方式",
            "受理时间",
            "污染类型",
            "被举报对象",
            "举报内容",
            "承办单位",
            "办结时限",
            "办理状态",
            "办理结果",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PETITION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "共接举报件7件，其中已办结3件、受理中3件、未受理1件")
    b.line(ws, end + 1, "超期情况：截至统计时间，未发生超期未办结举报件。", 10)
    b.line(ws, end + 3, "填表人：宋晓丽    审核人：郑国强    联系电话：0393-8126675", 10)

    ws2 = b.sheet("污染类型统计")
    b.widths(ws2, [16, 10, 10])
    b.line(ws2, 0, "举报件污染类型统计", 2, b.title)
    b.header(ws2, 1, ["污染类型", "件数", "占比"])
    total = sum(n for _, n in PETITION_TYPES)
    for r, (name, n) in enumerate(PETITION_TYPES, 2):
        b.row(ws2, r, [name, n, f"{n / total:.2%}"])
    b.row(ws2, 2 + len(PETITION_TYPES), ["合计", total, "100.00%"])
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 扬尘污染防治专项检查问题移交整改台账, after a city 生态环境局's 扬尘污染防治专项检查 (会同第三方公司; 建设工程施工
# 工地、建(构)筑物拆除施工现场、市政设施与道路施工现场、园林绿化作业施工现场; 建筑材料露天堆放苫盖不完善、土堆苫盖
# 不到位、非铺装道路积尘; 清单化管理、及时取证、及时移交、立行立改、台账跟进、督办整改):
# https://www.akcjnk999.com/bumen/2021-01-15/417990.html
# An .et (LibreOffice conversion): title, 检查单位/检查时间 line stating that the 整改时限 count from the 移交 date,
# one header row with 取证编号 and 移交日期 beside the 移交责任部门, short names (市住建局, 市城管局, 市交通局),
# 立行立改 and N日内, a 合计 row and a 填报 line.
DUST_ROWS = [
    (
        "建设工程施工工地",
        "龙湖苑小区二期项目",
        "华龙区",
        "场内土方裸露约2000平方米未苫盖",
        "YC-0709-01",
        date(2024, 7, 9),
        "市住建局",
        "全部苫盖并洒水降尘",
        "3日内",
        "已全部苫盖，经复查合格",
    ),
    (
        "建（构）筑物拆除施工现场",
        "胜利路西段城中村拆除点",
        "华龙区",
        "拆除作业未采取湿法作业，未配备雾炮",
        "YC-0710-02",
        date(2024, 7, 10),
        "华龙区胜利路街道办事处",
        "立即停止干法作业，配备雾炮",
        "立行立改",
        "已现场整改到位",
    ),
    (
        "市政设施与道路施工现场",
        "开州路北延道路改造工程",
        "华龙区",
        "施工便道未硬化，运输车辆带泥上路",
        "YC-0710-03",
        date(2024, 7, 10),
        "市城管局",
        "硬化便道，设置车辆冲洗平台",
        "7日内",
        "冲洗平台已安装，便道正在硬化",
    ),
    (
        "园林绿化作业施工现场",
        "濮水河公园提升工程",
        "华龙区",
        "种植土堆放未苫盖，起风产生明显扬尘",
        "YC-0711-04",
        date(2024, 7, 11),
        "市城管局",
        "苫盖种植土堆，及时清运余土",
        "2024年7月15日",
        "未整改",
    ),
    (
        "非铺装道路",
        "濮阳县海通乡乡道X015段",
        "濮阳县",
        "非铺装道路积尘严重，车辆通行扬尘明显",
        "YC-0711-05",
        date(2024, 7, 11),
        "市交通局",
        "定时洒水清扫，列入道路硬化计划",
        "7月底前",
        "",
    ),
    (
        "物料堆场",
        "清丰县韩村镇某商砼站",
        "清丰县",
        "砂石骨料露天堆放未苫盖，无喷淋设施",
        "YC-0712-06",
        date(2024, 7, 12),
        "清丰县韩村镇人民政府",
        "建设封闭料棚或全部苫盖",
        "5日内",
        "已全部苫盖，封闭料棚正在建设",
    ),
    (
        "建设工程施工工地",
        "市第十一中学新校区项目",
        "华龙区",
        "出入口车辆冲洗设施未正常使用",
        "YC-0712-07",
        date(2024, 7, 12),
        "市住建局",
        "立即启用冲洗设施",
        "立行立改",
        "已整改",
    ),
]


def write_dust_book(path: Path) -> Path:
    b = Book(path, author="大气环境科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 16, 24, 10, 32, 12, 12, 20, 24, 14, 24])
    b.line(ws, 0, "扬尘污染防治专项检查发现问题移交整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市生态环境局（会同第三方技术服务机构）    检查时间：2024年7月9日—7月12日    "
        "整改时限自移交之日起计算",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "场所类别",
            "点位名称",
            "所在区域",
            "存在问题",
            "取证编号",
            "移交日期",
            "移交责任部门",
            "整改要求",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(DUST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DUST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "共排查点位32处，发现扬尘问题7处，已完成整改3处")
    b.line(
        ws, end + 2, "填报单位：濮阳市生态环境局大气环境科    填表人：孟凡超    填报日期：2024年7月30日", 10
    )
    return b.close()


def write_dust(path: Path) -> Path:
    return via_soffice(write_dust_book, path, "xls", "扬尘污染防治专项检查问题移交整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 城区内河排查问题清单台账, after a district 生态环境分局's joint sweep of the city's inner rivers with the 区环委办,
# 水利局 and the 街道办事处 (沿河徒步查看、无人机航拍、小区机关实地走访; 倾倒垃圾及废弃物、私设围挡、污水直排、
# 雨污不分、管网错接; 能立行立改的现场交办，不能立行立改的建立清单台账，明确整改措施、完成时限和责任人):
# http://epaper.01ny.cn/http_rb/html/2024-04/23/content_938929.htm
# A CSV in GBK: a title line, a line naming the sweeping units and the 交办 date the deadlines count from, one header
# line with 责任单位 and 责任人, 立行立改 / N日内 / 长期坚持, a 合计 line and a 填表人 line.
RIVER_ROWS = [
    (
        "马颊河",
        "京开大道桥下游约200米左岸",
        "污水直排",
        "左岸雨水排口晴天有生活污水排出",
        "华龙区中原路街道办事处",
        "李建伟",
        "溯源排查并封堵混接管",
        "2024年7月25日",
        "已溯源并完成封堵，晴天无污水排出",
    ),
    (
        "濮水河",
        "人民路至黄河路段",
        "雨污不分",
        "沿河两个老旧小区雨污管道混接，雨天污水溢流入河",
        "市住建局",
        "王海涛",
        "实施小区雨污分流改造",
        "2024年10月底前",
        "已完成改造设计，正在招标",
    ),
    (
        "潴龙河",
        "孟轲乡段左岸",
        "倾倒垃圾",
        "河道左岸堆放生活垃圾及建筑垃圾约30方",
        "华龙区孟轲乡人民政府",
        "赵志刚",
        "全部清运并设置禁倒标识",
        "立行立改",
        "已清运完毕",
    ),
    (
        "马颊河",
        "建设路排口",
        "管网错接",
        "建设路东段市政污水管错接入雨水管",
        "市城管局",
        "孙明",
        "改造错接管段",
        "2024年8月31日",
        "未整改",
    ),
    (
        "濮水河",
        "黄河路桥东侧",
        "私设围挡",
        "沿河商户私设围挡占用河道管理范围约50米",
        "市水利局",
        "刘军",
        "拆除围挡，恢复河道管理范围",
        "15日内",
        "已拆除",
    ),
    (
        "第三濮清南干渠",
        "岳村镇段",
        "污水直排",
        "沿渠养殖户养殖废水经明沟直排干渠",
        "华龙区岳村镇人民政府",
        "陈立强",
        "建设粪污收集池，实施资源化利用",
        "2024年7月31日",
        "收集池正在建设",
    ),
    (
        "濮水河",
        "全段",
        "河面漂浮物",
        "部分河段水面漂浮物及藻类较多，保洁不及时",
        "市城管局",
        "孙明",
        "落实河道常态化保洁",
        "长期坚持",
        "已落实专人每日保洁，长期坚持",
    ),
]


def write_river(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["城区内河排查整治问题清单台账"])
    w.writerow(
        [
            "排查单位：市生态环境局华龙区分局、区环委办、市水利局及相关街道办事处；排查交办日期：2024年7月8日；"
            "完成时限自交办之日起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "河流名称",
            "河段/点位",
            "问题类型",
            "问题描述",
            "责任单位",
            "责任人",
            "整改措施",
            "完成时限",
            "整改进展",
        ]
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "排查河道4条", "", "", "发现问题7个", "", "", "", "", ""])
    w.writerow(["填表人：郭鹏    联系电话：0393-8990217    填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 土壤污染防治工作方案重点任务推进情况, after a county-level city's 土壤污染防治工作方案 (tasks under numbered
# headings (一)(二)…, each task a numbered paragraph with its schedule in the sentence — "2018年10月底前查明……；
# 2020年10月底前掌握……" — and its 责任单位 in brackets, "排在前位为牵头部门，下同"; 市环保局、市国土资源局、
# 市农业局 named by their names of the time):
# http://feicheng.gov.cn/info/contents/344/62128.html
# A .docx: title, 主送, preamble stating that the first unit named leads, the tasks as numbered paragraphs under
# (一)(二)… headings with 推进情况 at the end of each (one task without it), the office and date at the foot.
SOIL_GROUPS = [
    (
        "（一）开展土壤污染调查，掌握土壤环境质量状况。",
        [
            (
                "1.深入开展农用地土壤污染状况详查。2024年9月底前完成样品分析测试，12月底前形成详查成果报告。"
                "（责任单位：市环保局、市农业局，市财政局）推进情况：已完成全部126个点位采样，样品正在分析测试。"
            ),
            (
                "2.补充设置土壤环境质量监测点位。2024年6月底前完成国控、省控点位补充设置，建成全市土壤环境质量"
                "监测网络。（责任单位：市环保局、市国土资源局）推进情况：已完成18个点位补充设置，监测网络已建成。"
            ),
        ],
    ),
    (
        "（二）实施农用地分类管理，保障农业生产环境安全。",
        [
            (
                "3.推进受污染耕地安全利用。年底前完成受污染耕地安全利用技术推广面积1.2万亩。"
                "（责任单位：市农业局、市环保局）推进情况：已推广石灰调节、品种替代等措施0.7万亩，正在持续推进。"
            ),
            (
                "4.推进农膜和农药包装废弃物回收处理。2024年11月底前实现县级回收网点全覆盖，建立回收处理台账。"
                "（责任单位：市农业局、市供销社）"
            ),
        ],
    ),
    (
        "（三）实施建设用地准入管理，防范人居环境风险。",
        [
            (
                "5.建立污染地块名录及开发利用负面清单。2024年8月底前完成疑似污染地块排查并建立名录。"
                "（责任单位：市国土资源局、市环保局、市住建局）推进情况：尚未启动。"
            ),
        ],
    ),
    (
        "（四）加强污染源监管，做好土壤污染预防工作。",
        [
            (
                "6.严格涉重金属行业企业环境监管。对涉镉等重金属行业企业开展排查整治，长期坚持。"
                "（责任单位：市环保局、市工信局）推进情况：常态化开展执法检查，长期坚持。"
            ),
            (
                "7.开展尾矿库环境风险排查整治。第三季度完成全市尾矿库环境风险排查，对防渗漏、防扬散措施不到位的"
                "限期整改。（责任单位：市安监局、市环保局）推进情况：已完成排查，发现问题的2座尾矿库正在整改。"
            ),
        ],
    ),
]


def write_soil(path: Path) -> Path:
    doc = _new_document("土壤生态科")
    _title(doc, "濮阳市土壤污染防治工作方案2024年重点任务推进情况")
    _paragraph(doc, "市污染防治攻坚战领导小组：")
    _paragraph(
        doc,
        "按照《濮阳市土壤污染防治工作方案》和2024年度重点任务分工，现将截至7月25日各项任务推进情况报告如下"
        "（责任单位中排在前位的为牵头单位，下同）：",
    )
    for heading, tasks in SOIL_GROUPS:
        _paragraph(doc, heading, font="黑体")
        for text in tasks:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，各牵头单位将对照时间节点，倒排工期，确保按期完成各项任务。")
    _paragraph(doc, "濮阳市污染防治攻坚战领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 固体废物突出问题整改情况报告, after a county 住建局's 突出生态环境问题整改验收销号公示 on construction waste piled
# beside a housing estate (一、整改问题 二、整改实施主体 三、整改措施 四、目标任务 五、完成时限 六、整改完成情况, then
# the 公示期间 of 10个工作日 and the 监督电话):
# http://bobbb333.com/About/show/1573445.html
# A .doc (LibreOffice conversion): title, 主送, preamble, then one card per problem with the six headed parts as
# paragraphs (the 整改实施主体 a government, a 管委会 or a department by short name 市卫健委; one card's last part left
# empty), the 公示 sentence, the office and date.
WASTE_CARDS = [
    (
        "华龙区京开大道与绿城路交叉口东北侧空地有大量建筑垃圾违规堆放，约800方。",
        "濮阳市华龙区人民政府",
        "1.建筑垃圾全部清运至消纳场；2.设置围挡和禁倒标识；3.纳入城区日常巡查范围。",
        "建筑垃圾规范处置到位",
        "2024年7月底",
        "建筑垃圾已全部清运，现场已设置围挡和禁倒标识，已通过核查验收。",
    ),
    (
        "濮阳经济技术开发区某热电厂炉渣露天堆存，未采取防渗漏、防扬散措施。",
        "濮阳经济技术开发区管理委员会",
        "1.清运露天堆存炉渣；2.建设规范的一般工业固体废物贮存库。",
        "一般工业固体废物规范贮存",
        "2024年9月30日前",
        "已清运炉渣约60%，规范贮存库正在建设。",
    ),
    (
        "清丰县六塔乡某村东坑塘倾倒生活垃圾约200方。",
        "清丰县人民政府",
        "1.清理坑塘内生活垃圾；2.对坑塘进行复绿；3.落实村级保洁责任。",
        "坑塘环境整洁，无垃圾倾倒",
        "2024年8月15日前",
        "尚未开始清理。",
    ),
    (
        "濮阳市某环保科技有限公司危险废物贮存库标识不规范，危险废物管理台账记录不全。",
        "濮阳市生态环境局",
        "1.督促企业规范设置贮存库标识；2.完善危险废物管理台账和转移联单。",
        "危险废物规范化管理达标",
        "2024年7月15日前",
        "企业已完成整改，经现场核查合格。",
    ),
    (
        "部分基层医疗机构医疗废物暂存点设置不规范，医疗废物交接记录不全。",
        "市卫健委",
        "1.开展医疗废物管理专项检查；2.建立医疗废物收集转运长效机制。",
        "医疗废物全过程规范管理",
        "长期坚持",
        "已完成首轮专项检查，常态化开展监督，长期坚持。",
    ),
    (
        "南乐县某废旧轮胎回收点露天堆放废旧轮胎约3000条，存在火灾和污染隐患。",
        "南乐县人民政府",
        "1.清运露天堆放的废旧轮胎；2.督促经营者规范贮存。",
        "废旧轮胎规范贮存，消除隐患",
        "2024年8月底",
        "",
    ),
    (
        "范县陈庄镇黄河滩区某处填埋建筑垃圾及生活垃圾约500方。",
        "范县人民政府",
        "1.开挖清运填埋垃圾；2.回填土方并复绿。",
        "滩区无垃圾填埋",
        "2024年6月30日前",
        "已完成开挖清运和回填复绿，已申请验收销号。",
    ),
]

CARD_HEADS = [
    "一、整改问题",
    "二、整改实施主体",
    "三、整改措施",
    "四、目标任务",
    "五、完成时限",
    "六、整改完成情况",
]


def write_waste_docx(path: Path) -> Path:
    doc = _new_document("固体废物与化学品科")
    _title(doc, "固体废物突出问题整改情况报告")
    _paragraph(doc, "市生态环境保护委员会办公室：")
    _paragraph(
        doc,
        "根据《濮阳市固体废物排查整治专项行动方案》要求，现将2024年上半年排查发现的固体废物突出生态环境问题"
        "整改情况报告如下：",
    )
    for n, card in enumerate(WASTE_CARDS, 1):
        _paragraph(doc, f"【问题{n}】", font="黑体")
        for head, text in zip(CARD_HEADS, card, strict=True):
            _paragraph(doc, head, font="黑体")
            if text:
                _paragraph(doc, text)
    _paragraph(
        doc,
        "如对上述问题整改完成情况有异议，请在公示期间（2024年7月30日至2024年8月12日，共10个工作日）向濮阳市"
        "生态环境局固体废物与化学品科反映。监督电话：0393-8993126",
    )
    _paragraph(doc, "濮阳市固体废物排查整治专项行动领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_docx, path, "doc", "固体废物突出问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. "静夜守护"城市夜间噪声污染专项整治, after a district police bureau's joint night action with the 生态环境局、
# 城市管理局、文旅局、市场监督管理局 (娱乐场所及生活、建筑噪声点; 疏导引散、控制音量、限定时间; 检查噪声点11处，
# 发现产生噪声问题6处，现场整改2处，限期整改3处):
# http://0594xyw.com/news-58058.html
# An .ods (LibreOffice conversion): title, 牵头/联合单位 and 检查时间 line, one header row with the 检查日期 (base of
# 立行立改 and N日内), 处置措施 and 整改方式 (现场整改/限期整改), the 检查单位 (inspector) after the 整改结果, short and
# former names (市文广旅局, 市城管局, 市住建局, 市市场监管局, 市交警支队, 市环保局), a 合计 row and a 填表人 line.
NOISE_ROWS = [
    (
        date(2024, 7, 16),
        "开州路酒吧街某清吧",
        "娱乐场所",
        "营业音响音量过大，23时后仍对外播放音乐",
        "控制音量",
        "现场整改",
        "市文广旅局",
        "立行立改",
        "已当场调低音量并关闭外放音箱",
        "市公安局",
    ),
    (
        date(2024, 7, 16),
        "人民公园南广场",
        "社会生活",
        "广场舞音响21时后音量超标，周边住户多次投诉",
        "疏导引散、限定时间",
        "限期整改",
        "华龙区中原路街道办事处",
        "2024年7月31日",
        "已与各舞蹈队签订文明健身公约，噪声显示屏正在安装",
        "市生态环境局",
    ),
    (
        date(2024, 7, 17),
        "某房地产开发项目工地",
        "建筑施工",
        "夜间22时后违规进行混凝土浇筑作业",
        "限定时间",
        "限期整改",
        "市住建局",
        "3日内",
        "已停止夜间施工，复查未发现违规作业",
        "市城市管理局",
    ),
    (
        date(2024, 7, 17),
        "胜利路夜市",
        "社会生活",
        "夜市摊点使用高音喇叭循环叫卖",
        "控制音量",
        "现场整改",
        "市城管局",
        "立行立改",
        "已收缴高音喇叭，现场整改到位",
        "市城市管理局",
    ),
    (
        date(2024, 7, 18),
        "华龙区某商场门前商铺",
        "商业经营",
        "商铺门前设置音箱播放促销广告，噪声扰民",
        "控制音量",
        "限期整改",
        "市市场监管局",
        "2024年7月26日",
        "未整改",
        "市市场监督管理局",
    ),
    (
        date(2024, 7, 18),
        "京开大道（黄河路至胜利路段）",
        "交通噪声",
        "改装车辆夜间轰鸣“炸街”",
        "疏导、查处",
        "限期整改",
        "市交警支队",
        "长期坚持",
        "常态化开展夜间专项查处，长期坚持",
        "市公安局",
    ),
    (
        date(2024, 7, 19),
        "濮阳工业园区某化工企业",
        "工业噪声",
        "冷却塔及风机夜间噪声超标",
        "限期治理",
        "限期整改",
        "市环保局",
        "2024年8月20日",
        "",
        "市生态环境局",
    ),
]


def write_noise_book(path: Path) -> Path:
    b = Book(path, author="治安支队")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 24, 10, 32, 16, 10, 22, 14, 30, 16])
    b.line(ws, 0, "“静夜守护”城市夜间噪声污染专项整治检查问题清单", 10, b.title)
    b.line(
        ws,
        1,
        "牵头单位：市公安局    联合单位：市生态环境局、市城市管理局、市文化广电和旅游局、市市场监督管理局    "
        "检查时间：2024年7月16日—7月19日（夜间）",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "噪声点位",
            "噪声类别",
            "发现问题",
            "处置措施",
            "整改方式",
            "责任单位",
            "整改期限",
            "整改结果",
            "检查单位",
        ],
    )
    for i, row in enumerate(NOISE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NOISE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "共检查噪声点11处，发现噪声问题7处，其中现场整改2处、限期整改5处")
    b.line(ws, end + 2, "填表人：黄志鹏    联系电话：0393-6612110    填报日期：2024年7月30日", 10)
    return b.close()


def write_noise(path: Path) -> Path:
    via_soffice(write_noise_book, path, "ods", "静夜守护夜间噪声污染专项整治问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 秸秆禁烧火点处置情况通报, after a town's 春季秸秆禁烧工作的通报 (禁烧专班; "蓝天卫士"监控系统发现火点; 火点处置、
# 黑斑翻耕; 村干部处置及时; 火点预防不力、黑斑处置滞后的村通报批评, 未发现火点的片通报表扬):
# http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/xzbcy/jzz/zfxxgk/fdzdgknr/ghzj/201906/t20190612_1945822.shtml
# An .xlsx: title, 填报单位 line, a two-row header (处置落实 over 整改情况 and 通报意见) with the 乡镇人民政府 as 责任单位
# beside the 村, a 发现方式 and a 交办日期 (base of N日内 and 立行立改), a 通报表扬 line, a 合计 row and a 填表人 line.
STRAW_ROWS = [
    (
        "濮阳县柳屯镇人民政府",
        "前柳屯村",
        "“蓝天卫士”监控",
        date(2024, 6, 12),
        "麦茬地焚烧火点1处，过火面积约3亩",
        "扑灭火点、黑斑翻耕、查处焚烧人",
        "3日内",
        "已扑灭并翻耕，焚烧人已依法处罚",
        "对包村干部提醒谈话",
    ),
    (
        "濮阳县文留镇人民政府",
        "东辛庄村",
        "卫星遥感",
        date(2024, 6, 14),
        "卫星遥感监测火点1个，黑斑约5亩未及时翻耕",
        "翻耕黑斑，追查焚烧人",
        "3日内",
        "黑斑已翻耕，焚烧人正在调查",
        "全县通报批评",
    ),
    (
        "濮阳县户部寨镇人民政府",
        "西户部寨村",
        "督查组巡查",
        date(2024, 6, 15),
        "路边沟渠焚烧秸秆及杂草，浓烟影响省道通行",
        "立即扑灭",
        "立行立改",
        "已当场扑灭处置",
        "",
    ),
    (
        "濮阳县王称堌镇人民政府",
        "王称堌村",
        "“蓝天卫士”监控",
        date(2024, 6, 16),
        "田间秸秆堆被点燃，处置不及时",
        "翻耕黑斑，约谈村干部",
        "5日内",
        "进展滞后，黑斑至今未翻耕",
        "全县通报批评",
    ),
    (
        "濮阳县渠村乡人民政府",
        "南马庄村",
        "群众举报",
        date(2024, 6, 18),
        "田头路边堆放大量麦秸秆，存在焚烧隐患",
        "组织秸秆离田清运",
        "2024年6月30日前",
        "正在组织离田清运",
        "",
    ),
    (
        "濮阳县海通乡人民政府",
        "后刘村",
        "卫星遥感",
        date(2024, 6, 20),
        "疑似火点，经核查为农户田头焚烧生活垃圾",
        "清理现场，开展宣传教育",
        "7日内",
        "",
        "",
    ),
    (
        "濮阳县胡状镇人民政府",
        "（镇域）",
        "督查组巡查",
        date(2024, 6, 22),
        "禁烧宣传不到位，高速沿线重点区域未设置禁烧警示标识",
        "补设禁烧警示标识",
        "2024年7月10日前",
        "已补设警示标识42块",
        "",
    ),
    (
        "濮阳县子岸镇人民政府",
        "（镇域）",
        "督查组巡查",
        date(2024, 6, 24),
        "镇村两级禁烧巡查值守记录不全",
        "建立网格化巡查值守制度",
        "长期坚持",
        "已建立网格巡查值守制度，长期坚持",
        "",
    ),
]


def write_straw(path: Path) -> Path:
    b = Book(path, author="县禁烧办")
    ws = b.sheet("通报表")
    b.widths(ws, [6, 24, 12, 14, 12, 34, 24, 16, 28, 16])
    b.line(ws, 0, "濮阳县2024年夏季秸秆禁烧火点处置及问题整改情况通报表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳县秸秆禁烧工作领导小组办公室    填报日期：2024年7月28日", 9)
    for c, word in enumerate(
        ["序号", "责任单位", "村（社区）", "发现方式", "交办日期", "发现问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "处置落实", b.head)
    b.header(ws, 3, ["整改情况", "通报意见"], first=8)
    for i, row in enumerate(STRAW_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(STRAW_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "全县共发现火点5处、交办问题8个")
    b.line(ws, end + 1, "通报表扬：徐镇镇、梁庄镇、庆祖镇夏季禁烧期间未发现火点，予以通报表扬。", 9)
    b.line(ws, end + 3, "填表人：吕文涛    联系电话：0393-3225106", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 城市黑臭水体清单及治理情况, after a city 住房和城乡建设局's published 黑臭水体清单 with its half-year progress
# (编号, 水体名称(起始边界), 水体类型, 面积/长度, 所在区域, 黑臭级别, 水质现状 "完成整治，通过'初见成效'复核，
# 无黑臭", 责任人, 达标期限):
# http://zfcxjsj.chuzhou.gov.cn/xxfb/tzgg/tzgg/1104095729.html
# An .xlsx: title, a preamble line, one header row (a 责任单位 beside the 责任人), the water bodies as rows (no separate
# problem column), 达标期限 as months, a quarter, 年底前 and 长期坚持, the publishing bureau and date at the foot.
BLACK_ROWS = [
    (
        "HC-01",
        "濮水河（京开大道—黄河路）",
        "河流",
        "3200米",
        "华龙区",
        "轻度",
        "完成整治，通过“初见成效”复核，无黑臭",
        "张国栋",
        "濮阳市华龙区人民政府",
        "2023年12月",
    ),
    (
        "HC-02",
        "潴龙河（孟轲乡段—马颊河）",
        "河流",
        "4500米",
        "华龙区",
        "中度",
        "截污管网工程已完工80%，水体仍有异味",
        "张国栋",
        "濮阳市华龙区人民政府",
        "2024年第三季度",
    ),
    (
        "HC-03",
        "东北庄坑塘",
        "塘",
        "26000平方米",
        "开发区",
        "轻度",
        "底泥清淤已完成，生态修复尚未启动",
        "王磊",
        "濮阳经济技术开发区管理委员会",
        "2024年底前",
    ),
    (
        "HC-04",
        "绿城路排水渠（京开大道—马颊河）",
        "渠道",
        "1800米",
        "示范区",
        "中度",
        "整治工程尚未开工",
        "李红军",
        "濮阳市城乡一体化示范区管理委员会",
        "2024年10月底",
    ),
    (
        "HC-05",
        "顺河沟（大庆路—建设路）",
        "河流",
        "2100米",
        "华龙区",
        "轻度",
        "完成整治，通过“长制久清”评估，无黑臭",
        "张国栋",
        "濮阳市华龙区人民政府",
        "2023年6月",
    ),
    (
        "HC-06",
        "开州路明渠（胜利路—人民路）",
        "渠道",
        "950米",
        "华龙区",
        "轻度",
        "",
        "孙明",
        "市城管局",
        "2024年8月31日",
    ),
    (
        "HC-07",
        "王助排水沟（王助路—马颊河）",
        "渠道",
        "1300米",
        "示范区",
        "重度",
        "正在实施清淤和截污工程",
        "李红军",
        "濮阳市城乡一体化示范区管理委员会",
        "2024年8月15日",
    ),
    (
        "HC-08",
        "南湖（开发区）",
        "湖",
        "85000平方米",
        "开发区",
        "轻度",
        "落实长效管护机制，常态化开展水面保洁和水质巡查",
        "王磊",
        "濮阳经济技术开发区管理委员会",
        "长期坚持",
    ),
]


def write_black(path: Path) -> Path:
    b = Book(path, author="城建科")
    ws = b.sheet("黑臭水体清单")
    b.widths(ws, [8, 30, 8, 14, 10, 10, 36, 10, 30, 16])
    b.line(ws, 0, "濮阳市城市建成区黑臭水体清单及2024年上半年治理情况", 9, b.title)
    b.line(
        ws,
        1,
        "为贯彻落实《水污染防治行动计划》，我局牵头推进城市建成区黑臭水体整治工作，现将2024年上半年治理情况公布如下：",
        9,
    )
    b.header(
        ws,
        2,
        [
            "编号",
            "水体名称（起始边界）",
            "水体类型",
            "面积/长度",
            "所在区域",
            "黑臭级别",
            "水质现状及治理进展",
            "责任人",
            "责任单位",
            "达标期限",
        ],
    )
    for i, row in enumerate(BLACK_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(BLACK_ROWS)
    b.line(ws, end, "注：黑臭级别按《城市黑臭水体整治工作指南》判定。", 9)
    b.line(ws, end + 2, "濮阳市住房和城乡建设局", 9, b.right)
    b.line(ws, end + 3, "2024年7月26日", 9, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 县级集中式饮用水水源地环境问题整治进展, after a city's published 水源地环境问题整治进展情况 (自行排查的问题和督导
# 反馈问题分列; 问题序号, 所在地, 水源地名称, 问题具体情况, 整治进展情况, 是否完成整治 是/否, 备注):
# https://hbj.ankang.gov.cn/Content-170148.html
# A .zip of two county returns: 濮阳县's 自查问题 as an .xlsx (a 整治责任单位 column added, deadlines only in 备注)
# and 清丰县's 督导反馈问题 as a .docx table with the source's columns (no unit column: the 填报单位 answers), 是/否
# beside the progress text, some rows with no deadline at all.
SOURCE_PY_ROWS = [
    (
        31,
        "濮阳县",
        "濮阳县城区地下水饮用水水源地",
        "一级保护区内有加油站1座",
        "濮阳县商务局",
        "加油站已停业，储油罐正在拆除",
        "否",
        "计划2024年9月底前完成",
    ),
    (
        32,
        "濮阳县",
        "濮阳县城区地下水饮用水水源地",
        "二级保护区内城关镇部分居民生活污水直排",
        "濮阳县城关镇人民政府",
        "已铺设污水管网2.3公里，生活污水全部接入管网",
        "是",
        "",
    ),
    (
        33,
        "濮阳县",
        "渠村引黄调蓄池水源地",
        "一级保护区隔离防护网破损约150米",
        "濮阳县水利局",
        "",
        "否",
        "要求2024年8月底前完成",
    ),
    (
        34,
        "濮阳县",
        "渠村引黄调蓄池水源地",
        "保护区界标和警示牌缺失",
        "濮阳县水利局",
        "已补设界标12块、警示牌6块",
        "是",
        "2024年6月底前完成",
    ),
    (
        35,
        "濮阳县",
        "濮阳县城区地下水饮用水水源地",
        "二级保护区内有规模化生猪养殖场1处",
        "濮阳县农业农村局",
        "正在协商搬迁补偿事宜",
        "否",
        "计划2024年12月底前完成搬迁",
    ),
]

SOURCE_QF_ROWS = [
    (
        "1",
        "清丰县",
        "清丰县城区地下水饮用水水源地",
        "一级保护区内有农户种植蔬菜并施用化肥",
        "已清除种植作物并种植草皮",
        "是",
        "",
    ),
    (
        "2",
        "清丰县",
        "清丰县城区地下水饮用水水源地",
        "3号取水井周边堆放生活垃圾",
        "已清理并纳入日常保洁",
        "是",
        "",
    ),
    (
        "3",
        "清丰县",
        "清丰县城区地下水饮用水水源地",
        "二级保护区内县道穿越，未设置防撞护栏和导流槽",
        "已完成设计，正在施工",
        "否",
        "计划2024年9月底前完成",
    ),
    ("4", "清丰县", "清丰县城区地下水饮用水水源地", "保护区内2眼废弃机井未封填", "", "否", ""),
    (
        "5",
        "清丰县",
        "清丰县城区地下水饮用水水源地",
        "水源地视频监控未接入县级监控平台",
        "正在协调网络接入",
        "否",
        "",
    ),
]


def write_source_py(path: Path) -> Path:
    b = Book(path, author="濮阳县水源办")
    ws = b.sheet("自查问题")
    b.widths(ws, [8, 10, 26, 34, 22, 32, 10, 24])
    b.line(ws, 0, "濮阳县县级集中式饮用水水源地自查环境问题整治进展情况", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县水源地环境问题清理整治工作领导小组办公室    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "问题序号",
            "所在地",
            "水源地名称",
            "问题具体情况",
            "整治责任单位",
            "整治进展情况",
            "是否完成整治",
            "备注",
        ],
    )
    for i, row in enumerate(SOURCE_PY_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(SOURCE_PY_ROWS)
    b.line(ws, end + 1, "负责人：杜红旗    填表人：冯晓燕    联系电话：0393-3256014", 7)
    return b.close()


def write_source_qf(path: Path) -> Path:
    doc = _new_document("清丰县水源办")
    _title(doc, "清丰县县级集中式饮用水水源地督导反馈环境问题整治进展情况", 16)
    _paragraph(doc, "填报单位：清丰县人民政府    填报日期：2024年7月26日", 12)
    _table(
        doc,
        ["问题序号", "所在地", "水源地名称", "问题具体情况", "整治进展情况", "是否完成整治", "备注"],
        [list(row) for row in SOURCE_QF_ROWS],
    )
    _paragraph(doc, "填表人：韩立新    联系电话：0393-7226318", 12)
    return _save_fixed(doc, path)


def write_source(path: Path) -> Path:
    members = [
        ("濮阳县县级集中式饮用水水源地自查环境问题整治进展情况.xlsx", write_source_py),
        ("清丰县县级集中式饮用水水源地督导反馈环境问题整治进展情况.docx", write_source_qf),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. "绿盾"自然保护地遥感监测问题点位整改复核, after a county's account of the city 自然保护地核查组 (生态环境局、自然
# 资源和规划局、林业局) re-checking the "绿盾2019" 遥感监测问题点位 in a 国家地质公园 and a 国家森林公园 (点位整改并
# 申请销号; GPS定位、拍照、比对卫星遥感图斑; 镇 heads attending; 指导意见 for what remains):
# http://www.guangde.gov.cn/OpennessContent/show/1843581.html
# An .xls (xlwt): title, 核查组 and 填报单位 lines, a two-row header (核查组复核 over 复核意见 and 是否同意销号) beside the
# 整改责任单位 and 整改情况, a 注 line and the 核查组 signature line.
SHIELD_ROWS = [
    (
        "LD2024-01",
        "濮阳黄河湿地省级自然保护区",
        "实验区",
        "违规建设",
        "新增养殖看护房2处约300平方米",
        0.45,
        "濮阳县渠村乡人民政府",
        "2024年6月30日",
        "已拆除并复绿",
        "已整改到位",
        "是",
    ),
    (
        "LD2024-02",
        "濮阳黄河湿地省级自然保护区",
        "缓冲区",
        "采砂",
        "河滩非法采砂坑塘约12亩未回填",
        12,
        "濮阳县郎中乡人民政府",
        "2024年9月30日",
        "已回填约60%，正在平整",
        "继续整改",
        "否",
    ),
    (
        "LD2024-03",
        "范县金堤河国家湿地公园",
        "合理利用区",
        "旅游设施",
        "未批先建观景平台及配套用房",
        1.2,
        "范县文化广电和旅游局",
        "2024年8月31日",
        "已拆除建筑物，建筑垃圾正在清运",
        "建筑垃圾尚未清运完毕",
        "否",
    ),
    (
        "LD2024-04",
        "濮阳黄河湿地省级自然保护区",
        "核心区",
        "开垦种植",
        "核心区内开垦耕地种植小麦约20亩",
        20,
        "范县陈庄镇人民政府",
        "2024年12月底前",
        "未整改",
        "",
        "",
    ),
    (
        "LD2024-05",
        "台前县孙口黄河湿地公园",
        "保育区",
        "工矿用地",
        "废弃砖窑厂厂房及窑体未拆除",
        8.6,
        "台前县吴坝镇人民政府",
        "2024年7月20日",
        "已拆除并清运，完成复绿",
        "复核合格",
        "是",
    ),
    (
        "LD2024-06",
        "濮阳黄河湿地省级自然保护区",
        "实验区",
        "道路建设",
        "新建生产道路约800米穿越保护区",
        3.5,
        "濮阳县交通运输局",
        "2024年10月31日",
        "",
        "",
        "",
    ),
    (
        "LD2024-07",
        "范县金堤河国家湿地公园",
        "保育区",
        "垃圾堆放",
        "湿地公园内堆放生活垃圾约50方",
        0.3,
        "范县辛庄镇人民政府",
        "2024年7月10日",
        "已清理",
        "复核合格",
        "是",
    ),
]


def write_shield(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "“绿盾2024”自然保护地遥感监测问题点位整改情况复核表", t, 0, last),
        (
            1,
            0,
            "核查组：市生态环境局、市自然资源和规划局、市农业农村局    复核时间：2024年7月22日—7月24日",
            plain,
            1,
            last,
        ),
        (
            2,
            0,
            "填报单位：濮阳市“绿盾”自然保护地强化监督工作领导小组办公室    填报日期：2024年7月29日",
            plain,
            2,
            last,
        ),
    ]
    words = [
        "序号",
        "点位编号",
        "自然保护地名称",
        "功能分区",
        "问题类型",
        "问题描述",
        "面积（亩）",
        "整改责任单位",
        "整改时限",
        "整改情况",
    ]
    for col, word in enumerate(words):
        cells.append((3, col, word, h, 4, col))
    cells += [(3, 10, "核查组复核", h, 3, 11), (4, 10, "复核意见", h), (4, 11, "是否同意销号", h)]
    for i, row in enumerate(SHIELD_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 4, 6, 11) else c))
    r = 5 + len(SHIELD_ROWS)
    cells += [
        (r, 0, "注：“复核意见”“是否同意销号”两栏由核查组现场复核后填写。", plain, r, last),
        (
            r + 1,
            0,
            "核查组成员（签字）：                    填表人：邵文静    联系电话：0393-8997731",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("复核表", cells)])


FILES = [
    ("华龙区生态环境信访投诉举报件办理情况汇总表（6—7月）.xlsx", write_petition),
    ("扬尘污染防治专项检查问题移交整改台账.et", write_dust),
    ("城区内河排查整治问题清单台账.csv", write_river),
    ("濮阳市土壤污染防治工作方案2024年重点任务推进情况.docx", write_soil),
    ("固体废物突出问题整改情况报告.doc", write_waste),
    ("静夜守护夜间噪声污染专项整治问题清单.ods", write_noise),
    ("濮阳县2024年夏季秸秆禁烧火点处置情况通报表.xlsx", write_straw),
    ("濮阳市城市建成区黑臭水体清单及治理情况.xlsx", write_black),
    ("县级饮用水水源地环境问题整治进展（两县）.zip", write_source),
    ("绿盾2024自然保护地遥感监测问题点位整改复核表.xls", write_shield),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

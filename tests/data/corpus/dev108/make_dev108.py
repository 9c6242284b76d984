"""Write the dev108 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 文化市场、新闻出版与体育、旅游行业的专项整治 (演出场所、网吧、歌舞娱乐和剧本娱乐场所、书店和出版物市场、
游泳健身和体育场馆、体育培训机构、旅行社和景区). Contents (problems, names, dates) are made up; statistics date 2024-07-31.

Forms: five .xlsx (XlsxWriter), one .xls (xlwt, ticks under 已整改/未整改), one .et (Excel 97 written by LibreOffice from
an .xlsx), one CSV in UTF-8 with a BOM, one .docx whose items are lines of a 通报 grouped by county, one .wps (Word 97
written by LibreOffice from a .docx, items as numbered paragraphs) and one .zip of two returns (an .xlsx and a .docx
with a table).

Run from this folder: python make_dev108.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) for the
.et and the .wps. Every file gets fixed dates inside and fixed zip member times, so two runs give the same bytes.
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
# Workbooks: a thin layer over XlsxWriter.
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})
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
        elif isinstance(v, date):
            ws.merge_range(r1, c1, r2, c2, "", self.day)
            ws.write_datetime(r1, c1, datetime(v.year, v.month, v.day), self.day)
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


def soffice(source: Path, suffix: str, target: Path, filt: str | None = None) -> Path:
    """LibreOffice --convert-to (the older binary copy an office sends)."""
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
                f"{suffix}:{filt}" if filt else suffix,
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


def via_soffice(writer, path: Path, suffix: str, scratch: str, filt: str | None = None) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and store it under `path`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        converted = soffice(source, suffix, Path(tmp) / f"{source.stem}.{suffix}", filt)
        shutil.copyfile(converted, path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts offices use and fixed properties.
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


def _heading(doc, text: str) -> None:
    _paragraph(doc, text, 16, "黑体")


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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


def _write_xls(path: Path, sheet: str, cells: list[tuple], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
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
# 1. 文化旅游市场“回头看”检查通报, after a city 文化旅游局's notice naming the premises found at fault in each county
# (总体情况 with 一是…五是; then 具体情况 by county: “涡阳县星云网吧存在上网人员信息登记不规范现象；…涡阳县天下旅行社
# 存在旅游合同签订不规范现象”):
# http://www1.huikanggroup.com/xgyy/899.html
# A .docx: title, addressees, preamble, 一、总体情况 (a summary paragraph), 二、具体情况 with one heading per county,
# a lead line giving the county's count and its deadline, then one line per premise with its progress; 三、工作要求;
# the bureau and date at the foot.
REVISIT_COUNTIES = [
    (
        "（一）华龙区",
        "抽查华龙区文化旅游市场经营单位共7家，发现问题3处，要求7月20日前整改到位。",
        [
            "华龙区极速时代网咖存在上网人员身份信息登记不规范现象，已整改到位；",
            "华龙区蓝海网络会所存在经营管理技术措施不在线现象，正在整改；",
            "华龙区博文书店存在消防器材（灭火器）过期现象，已更换灭火器4具，整改完成。",
        ],
    ),
    (
        "（二）濮阳县",
        "抽查濮阳县文化旅游市场经营单位共8家，发现问题2处，要求7月31日前整改到位。",
        [
            "濮阳县快乐时光网吧存在接纳未成年人上网现象和违规使用身份证刷卡辅助软件，已立案调查，正在依法处理；",
            "濮阳县金马旅行社存在仍使用老版本旅游合同文本现象，目前尚未整改。",
        ],
    ),
    (
        "（三）清丰县",
        "抽查清丰县文化旅游市场经营单位共7家，发现问题2处，要求8月15日前整改到位。",
        [
            "清丰县金色年华KTV曲库中存在违禁歌曲，已删除违禁曲目3首，整改完成；",
            "清丰县文博书社存在出版物经营许可证未悬挂现象。",
        ],
    ),
    (
        "（四）南乐县",
        "抽查南乐县文化旅游市场经营单位共6家，发现问题1处，要求8月底前整改到位。",
        [
            "南乐县华夏国际旅行社有限公司存在不能及时提供旅游合同现象，已补签旅游合同并规范合同管理，整改完成。",
        ],
    ),
]


def write_revisit(path: Path) -> Path:
    doc = _new_document("市场管理科")
    _title(doc, "关于全市文化旅游市场“回头看”检查发现问题整改情况的通报")
    _paragraph(doc, "各县（区）文化广电和旅游局，开发区、工业园区、示范区社会事业局：")
    _paragraph(
        doc,
        "7月8日至12日，市文化广电和旅游局对各县区文化旅游市场进行了全方位的“回头看”检查，"
        "现将检查情况及发现问题整改情况通报如下：",
    )
    _heading(doc, "一、总体情况")
    _paragraph(
        doc,
        "本次“回头看”共抽查各县区文化旅游市场经营场所28家（次），其中网吧16家（次），旅行社3家，歌舞娱乐场所5家，"
        "出版物经营单位4家。检查中发现的问题主要表现为：一是网吧上网人员身份登记不规范、证照未悬挂、经营管理技术措施"
        "不在线等问题较为突出；二是个别旅行社不能及时提供旅游合同，仍使用老版本合同文本；三是部分出版物经营单位"
        "证照未悬挂、消防器材过期；四是个别歌舞娱乐场所曲库中存在违禁歌曲。",
    )
    _heading(doc, "二、具体情况及整改进展")
    for head, lead, lines in REVISIT_COUNTIES:
        _paragraph(doc, head, bold=True)
        _paragraph(doc, lead)
        for text in lines:
            _paragraph(doc, text)
    _heading(doc, "三、工作要求")
    _paragraph(
        doc,
        "各县区要对照问题清单逐项抓好整改落实，整改情况于8月20日前报市文化广电和旅游局市场管理科。"
        "对整改不到位、问题反复出现的经营单位，依法从严查处。",
    )
    _paragraph(doc, "濮阳市文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 游泳健身场所安全生产专项检查, after a city 文体广电和旅游局's check of the swimming and fitness venues of its main
# district (证照、教练员和救生员持证、救生器材、急救设备、消防设施; 安全警示标识、疏散指示标志缺失，资质证件未上墙公示、
# 未佩戴醒目标识，健身器材无合格证、无定期检修记录，安全教育培训不够，管理制度不健全; 责令限期整改到位):
# https://wtgdly.zgqingyang.gov.cn/zwgk/zfxxgkml/jgxx7wgj/ssjccjghccqk7wgj/content_22825
# An .xlsx: title, 检查单位/检查时间/填报日期 line, one header row, each venue's name merged down over its problems,
# a 复查结论 column beside 整改完成情况, a 合计 row and a 填表人 line.
SWIM_VENUES = [
    (
        "濮阳市动力源健身管理有限公司",
        [
            (
                "安全警示标识、疏散指示标志缺失",
                "按标准补设安全警示标识和疏散指示标志",
                "2024.7.15",
                "已补设",
                "复查合格",
            ),
            (
                "部分健身器材无合格证、无定期检修记录",
                "补齐产品合格证明，建立器材检修台账",
                "2024.7.31",
                "已补齐合格证明，检修台账正在建立",
                "",
            ),
        ],
    ),
    (
        "濮阳黑马联动体育发展有限公司",
        [
            ("救生员、教练员资质证件未上墙公示", "在服务台显著位置公示", "2024.7.12", "已公示", "复查合格"),
            ("救生员未佩戴醒目标识", "统一配发救生员标识", "2024.7.20", "", ""),
            ("深水区救生观察台未配备救生杆、救生圈", "配齐救生器材", "2024.7.20", "未整改", ""),
        ],
    ),
    (
        "濮阳宾馆游泳馆",
        [
            (
                "从业人员安全教育培训不够，未开展应急救护演练",
                "组织从业人员开展溺水救援演练",
                "7月底前",
                "已于7月24日组织溺水救援演练",
                "复查合格",
            ),
            (
                "安全管理制度不健全，无突发事件应急预案",
                "制定突发事件应急预案",
                "2024年8月15日",
                "正在制定",
                "",
            ),
        ],
    ),
]


def write_swim(path: Path) -> Path:
    b = Book(path, author="体育科")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 24, 34, 30, 14, 30, 12])
    b.line(ws, 0, "城区游泳健身场所安全生产专项检查发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：市文化广电和旅游局、市消防救援支队联合检查组    检查时间：2024年7月10日—11日    "
        "填报日期：2024年7月29日",
        6,
    )
    b.header(ws, 2, ["序号", "场所名称", "存在问题", "整改要求", "整改时限", "整改完成情况", "复查结论"])
    r, n = 3, 0
    for venue, rows in SWIM_VENUES:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, venue, b.center)
        for problem, demand, limit, done, check in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, demand, limit, done, check], first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "检查场所3家，发现问题7个，已整改3个，正在整改2个")
    b.line(ws, r + 2, "填表人：王丽    审核人：张建国    联系电话：0393-4412680", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 暑期网吧专项整治, after a town's 联合执法小组 that checked the internet cafés in its area (卫生较差，灭火器已经到期并
# 乱摆乱放，应急通道有障碍物; 现场责令经营业主限期整改; 吸烟、接纳未成年人、未实名登记):
# http://www.nzxww.com/p/11217.html
# A CSV in UTF-8 with a BOM: title line, 填报单位/检查日期 line saying the deadlines count from the check, one header
# line, the café named again on each of its rows, deadlines as 立行立改 and N日内, a 合计 line and a 填表人 line.
CAFE_ROWS = [
    (
        "濮阳县柳屯镇星空网吧",
        "柳屯镇文化路12号",
        "室内卫生较差，烟头、垃圾随处可见",
        "立即清理，保持场所整洁",
        "立行立改",
        "已清理",
    ),
    (
        "濮阳县柳屯镇星空网吧",
        "柳屯镇文化路12号",
        "灭火器已经到期并乱摆乱放",
        "更换灭火器并定点放置",
        "3日内",
        "已更换灭火器6具",
    ),
    (
        "濮阳县柳屯镇网鱼网咖",
        "柳屯镇中心街88号",
        "应急通道堆放纸箱等障碍物",
        "立即清除障碍物",
        "立行立改",
        "已清除",
    ),
    (
        "濮阳县柳屯镇网鱼网咖",
        "柳屯镇中心街88号",
        "未严格落实上网实名登记，存在一证多机上网",
        "落实一人一证实名登记",
        "7日内",
        "正在整改",
    ),
    (
        "濮阳县柳屯镇飞越网吧",
        "柳屯镇东街3号",
        "场所内吸烟现象未制止，未设置禁烟标识",
        "设置禁烟标识并劝阻吸烟",
        "7日内",
        "",
    ),
    (
        "濮阳县柳屯镇飞越网吧",
        "柳屯镇东街3号",
        "未悬挂“未成年人禁入”标志",
        "在入口显著位置悬挂标志",
        "3日内",
        "未整改",
    ),
]


def write_cafe(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["柳屯镇暑期网吧专项整治问题清单"])
    w.writerow(
        [
            "填报单位：濮阳县柳屯镇人民政府（暑期网吧专项整治联合执法小组）；检查日期：2024年7月2日；"
            "整改期限自检查之日起计算"
        ]
    )
    w.writerow(["序号", "网吧名称", "经营地址", "检查发现问题", "整改要求", "整改期限", "整改落实情况"])
    for i, row in enumerate(CAFE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "检查网吧3家，发现问题6处", "", "", "已整改3处"])
    w.writerow(["填表人：赵磊", "", "", "联系电话：0393-3216085", "", "", "填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 旅游业安全生产及市场秩序检查, after a county 文化广电旅游局's check of A级景区、星级宾馆、旅行社及分支机构 (水域警告
# 标志、救生设施、旅游大巴导游专座、消防; 旅游投诉牌设立不及时、导游管理不够规范、旅游合同内容填写不完整):
# https://city.dahe.cn/2018/06-04/319130.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 整改情况 over 已整改/未整改 (ticks √) and a 备注 column,
# a 企业类别 column, a 合计 row, a 注 line saying how the ticks are used, and a 填表人 line.
TOUR_ROWS = [
    (
        "旅行社",
        "濮阳县途乐旅行社有限公司",
        "营业场所未设立旅游投诉牌",
        "设立旅游投诉牌",
        "2024.7.10",
        "√",
        "",
        "",
    ),
    (
        "旅行社分支机构",
        "濮阳中原国际旅行社有限公司濮阳县服务网点",
        "导游委派单与实际带团导游不符，导游管理不规范",
        "规范导游委派和带团管理",
        "2024.7.20",
        "",
        "",
        "已约谈负责人，正在规范委派流程",
    ),
    (
        "旅行社",
        "濮阳县四海旅行社有限公司",
        "旅游合同内容填写不完整，未载明购物场所和自费项目",
        "按示范文本规范签订合同",
        "2024.7.15",
        "√",
        "",
        "",
    ),
    (
        "A级景区",
        "濮阳县毛楼生态旅游区",
        "临水区域水域警告标志缺失",
        "补设水域警告标志",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "A级景区",
        "濮阳县毛楼生态旅游区",
        "游船码头救生衣配备数量不足",
        "按核定载客量配齐救生衣",
        "2024.7.20",
        "",
        "√",
        "",
    ),
    (
        "星级饭店",
        "濮阳县金堤宾馆",
        "消防应急疏散示意图未及时更新",
        "更新各楼层疏散示意图",
        "2024.8.15",
        "",
        "",
        "",
    ),
    (
        "旅行社",
        "濮阳县途乐旅行社有限公司",
        "租用旅游大巴未设置导游专座",
        "督促车队加装导游专座",
        "2024年8月底前",
        "",
        "",
        "已与车队协商，正在加装",
    ),
]


def write_tour(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县旅游业安全生产及市场秩序检查问题整改台账", t, 0, 8),
        (1, 0, "填报单位：濮阳县文化广电和旅游局（旅游科）    填报时间：2024年7月30日", plain, 1, 8),
    ]
    for col, word in enumerate(["序号", "企业类别", "企业名称", "存在问题", "整改要求", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 6, "整改情况", h, 2, 7), (3, 6, "已整改", h), (3, 7, "未整改", h), (2, 8, "备注", h, 3, 8)]
    for i, row in enumerate(TOUR_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 7) else c))
    r = 4 + len(TOUR_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查旅游企业5家，发现问题7个，已整改3个", c, r, 8),
        (
            r + 1,
            0,
            "注：整改到位的在“已整改”栏打“√”；尚未启动整改的在“未整改”栏打“√”；正在整改的在备注栏说明进展。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：马晓燕    审核人：杜志刚    联系电话：0393-3218862", plain, r + 2, 8),
    ]
    return _write_xls(path, "检查问题台账", cells, [6, 12, 30, 34, 22, 14, 8, 8, 26])


# ---------------------------------------------------------------------------------------------
# 5. 出版物市场专项检查, after a city 新闻出版局 and 文化市场综合执法支队's check of 实体书店、校园周边书店、文具店 (用
# “扫黄打非”App查询; 下架不适宜青少年阅读的图书; 责令无证经营企业办理出版物经营许可证; 公益广告、禁烟):
# http://bbs.quanzhouzx.com/archiver/showtopic-10477.aspx
# An .et (Excel 97 written by LibreOffice): title with the year, 检查单位/检查日期 line, one header row with a 类别
# column, deadlines as 月日 without a year, a 合计 row and a 填报人 line.
BOOK_ROWS = [
    (
        "濮阳市新华书店有限公司胜利路门店",
        "实体书店",
        "店内未张贴“扫黄打非”举报电话和公益宣传海报",
        "限期张贴",
        "7月25日",
        "已张贴",
    ),
    (
        "濮阳市华龙区智慧树书店",
        "校园周边书店",
        "销售侵权盗版中小学教辅读物12册",
        "收缴盗版教辅，立案调查",
        "7月31日",
        "已立案，正在调查",
    ),
    (
        "濮阳市华龙区文华文具店",
        "文具店",
        "未取得出版物经营许可证销售少儿图书",
        "责令办理出版物经营许可证",
        "8月31日",
        "已提交申请材料",
    ),
    (
        "濮阳市华龙区晨光文具店",
        "文具店",
        "销售内容低俗、不适宜青少年阅读的漫画书",
        "当场下架",
        "7月18日",
        "已下架",
    ),
    ("濮阳市华龙区书香阁书店", "实体书店", "未建立出版物进销货台账", "建立进销货台账", "8月15日", ""),
    (
        "濮阳市华龙区万卷书苑",
        "实体书店",
        "安全出口指示灯损坏、禁烟标识缺失",
        "维修指示灯，补设禁烟标识",
        "7月25日",
        "未整改",
    ),
    (
        "濮阳市华龙区博雅书店",
        "校园周边书店",
        "出版物经营许可证过期未换证",
        "办理换证手续",
        "9月30日",
        "正在办理换证",
    ),
]


def write_books_book(path: Path) -> Path:
    b = Book(path, author="出版科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 14, 38, 24, 12, 18])
    b.line(ws, 0, "2024年“护苗”出版物市场专项检查发现问题清单", 6, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市文化广电和旅游局（市新闻出版局）、市文化市场综合执法支队    检查日期：2024年7月16日至18日",
        6,
    )
    b.header(ws, 2, ["序号", "经营单位名称", "类别", "检查发现问题", "处理意见", "整改时限", "整改结果"])
    for i, row in enumerate(BOOK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BOOK_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "共检查出版物经营单位21家，发现问题7个")
    b.line(ws, end + 1, "填报人：刘洋    填报日期：2024年7月29日", 6)
    return b.close()


def write_books(path: Path) -> Path:
    return via_soffice(write_books_book, path, "xls", "出版物市场专项检查问题清单.xlsx", "MS Excel 97")


# ---------------------------------------------------------------------------------------------
# 6. 体育场馆安全生产专项检查, after a 文旅体 bureau and the 消防 brigade's joint check of the city's 体育馆 (安全出口上锁且
# 堆积杂物; 火灾报警控制器等建筑消防设施设备缺少定期维护保养记录; 防火门的门框存在镂空; 顶棚吊顶、安防监控、机房设备;
# 从业人员资质、应急预案):
# http://tcwmw.gov.cn/plus/view.php?aid=31061
# An .xlsx from the venue itself: title, 填报单位/检查单位/检查时间 line, one header row with 检查部位, 责任科室 and
# 责任人 (the centre's own sections and staff), a 销号情况 column beside 整改进度, and a signature line.
STADIUM_ROWS = [
    (
        "体育馆东侧安全出口",
        "部分安全出口上锁且堆积杂物，未保持畅通",
        "拆除门锁，清理杂物",
        "场馆运营部",
        "杨帆",
        "立行立改",
        "已完成",
        "已销号",
    ),
    (
        "消防控制室",
        "火灾报警控制器等建筑消防设施缺少定期维护保养记录",
        "委托维保单位检测并建立维保记录",
        "保卫科",
        "郑伟",
        "2024年7月31日",
        "已签订维保合同，正在检测",
        "",
    ),
    ("体育馆二层", "防火门门框存在镂空", "更换合格防火门", "基建科", "李志强", "8月底前", "未启动", ""),
    ("游泳馆", "安防监控存在盲区，池边无监控覆盖", "增设监控摄像头", "保卫科", "郑伟", "2024.8.20", "", ""),
    ("体育场看台", "看台顶棚吊顶局部松动", "加固吊顶", "基建科", "李志强", "2024.7.25", "已完成", "已销号"),
    (
        "全民健身中心",
        "从业人员应急救护培训不足",
        "常态化开展应急救护培训",
        "办公室",
        "陈静",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "配电机房",
        "机房内堆放杂物，配电柜前未铺设绝缘垫",
        "清理杂物并铺设绝缘垫",
        "场馆运营部",
        "杨帆",
        "2024.7.15",
        "已完成",
        "",
    ),
]


def write_stadium(path: Path) -> Path:
    b = Book(path, author="保卫科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 36, 28, 12, 10, 14, 22, 10])
    b.line(ws, 0, "濮阳市体育中心体育场馆安全生产专项检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市体育中心（盖章）    检查单位：市文化广电和旅游局、市消防救援支队联合检查组    "
        "检查时间：2024年7月12日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查部位",
            "存在问题",
            "整改措施",
            "责任科室",
            "责任人",
            "整改时限",
            "整改进度",
            "销号情况",
        ],
    )
    for i, row in enumerate(STADIUM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STADIUM_ROWS)
    b.line(
        ws,
        end + 1,
        "单位负责人：孟庆华    填表人：郑伟    联系电话：0393-8913025    填报日期：2024年7月30日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 剧本娱乐经营场所专项检查, after a district 文旅体局's check of its 剧本杀、密室逃脱 premises (14家; 下达《整改通知书》
# 3份，现场整改安全隐患问题1个; 经营范围、剧本内容是否健康、剧本来源是否合规、安全隐患、未成年人保护):
# http://www.yingzhounews.net/cms/show-175999.html
# An .xlsx: title, 填报单位 line, one header row with the 整改通知书 number and its 下达日期, each premise's name,
# notice and date merged down over its problems, a 复查人 (the inspector) and 复查日期, a 说明 line and a 填表人 line.
SCRIPT_VENUES = [
    (
        "濮阳市华龙区推理时光剧本杀馆",
        "华文旅责改〔2024〕11号",
        date(2024, 7, 8),
        [
            (
                "在用剧本《雾都疑案》未进行内容自审",
                "2024-07-22",
                "已完成自审并报区文化广电和旅游局备案",
                "李明",
                "2024-07-23",
            ),
            ("密室区域出口采用电子锁，未设置手动开启装置", "2024-07-22", "正在改造门锁", "", ""),
        ],
    ),
    (
        "濮阳市华龙区迷城密室逃脱店",
        "华文旅责改〔2024〕12号",
        date(2024, 7, 8),
        [
            ("场景内大量使用可燃泡沫装饰材料", "2024-08-08", "未整改", "", ""),
            ("未在显著位置设置适龄提示标识", "2024-07-15", "已设置", "李明", "2024-07-16"),
        ],
    ),
    (
        "濮阳市华龙区幻境沉浸式剧场",
        "华文旅责改〔2024〕13号",
        date(2024, 7, 10),
        [
            ("经营场所地址变更后未办理备案", "2024-08-10", "", "", ""),
            ("应急照明和疏散指示标志数量不足", "2024-07-24", "已补装", "", ""),
        ],
    ),
    (
        "濮阳市华龙区星辰桌游吧",
        "现场整改",
        date(2024, 7, 9),
        [("剧本游戏区灭火器压力不足", "立行立改", "已现场更换", "王芳", "2024-07-09")],
    ),
]


def write_script(path: Path) -> Path:
    b = Book(path, author="市场科")
    ws = b.sheet("落实情况")
    b.widths(ws, [6, 26, 22, 12, 34, 12, 30, 8, 12])
    b.line(ws, 0, "华龙区剧本娱乐经营场所专项检查整改通知书落实情况表", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区文化广电和旅游局    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称",
            "整改通知书编号",
            "下达日期",
            "存在问题",
            "整改期限",
            "整改落实情况",
            "复查人",
            "复查日期",
        ],
    )
    r, n = 3, 0
    for venue, notice, issued, rows in SCRIPT_VENUES:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, venue, b.center)
        b.merge(ws, r, 2, last, 2, notice, b.center)
        b.merge(ws, r, 3, last, 3, issued, b.day)
        for problem, limit, done, checker, checked in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 5, limit, b.center)
            b.put(ws, r, 6, done)
            b.put(ws, r, 7, checker, b.center)
            b.put(ws, r, 8, checked, b.center)
            r += 1
    b.line(ws, r, "说明：本次共检查剧本娱乐经营场所14家，下达《整改通知书》3份，现场整改安全隐患1处。", 8)
    b.line(ws, r + 1, "填表人：韩雪梅    联系电话：0393-8166021", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 文化娱乐场所安全生产大检查, after a district 文化市场综合执法大队's check of its song-and-dance venues (消防通道是否
# 畅通; 消防器材的有效期限、型号、数量、摆放; 专兼职安全员是否在岗; 营业日志; 突发事件紧急疏散预案; 禁毒标识; 曲库中
# 是否含有禁止内容的歌曲; 下达整改通知书，限期整改):
# http://www.qinzhouqu.gov.cn/info/8455/341445.htm
# An .xlsx: title, 填报单位/检查时间 line, one header row, the rows grouped under 一、消防安全 / 二、安全管理 /
# 三、内容管理 lines, 隐患等级 and the venue's own 整改责任人 (a person), a 合计 row and a signature line.
KTV_GROUPS = [
    (
        "一、消防安全",
        [
            ("濮阳市华龙区麦乐迪量贩KTV", "疏散通道堆放酒水箱", "一般", "陈强", "2024.7.18", "已整改"),
            (
                "濮阳市开州欢唱娱乐有限公司",
                "灭火器型号与场所火灾类别不符，数量不足",
                "一般",
                "刘伟",
                "2024.7.25",
                "整改中",
            ),
            ("濮阳市华龙区星光歌舞厅", "包厢内烟感探测器被装饰物遮挡", "较大", "孙涛", "2024.7.20", "未整改"),
        ],
    ),
    (
        "二、安全管理",
        [
            (
                "濮阳市华龙区麦乐迪量贩KTV",
                "营业期间专兼职安全员不在岗",
                "一般",
                "陈强",
                "长期坚持",
                "长期坚持",
            ),
            ("濮阳市华龙区星光歌舞厅", "营业日志记录不全，缺少6月份记录", "一般", "孙涛", "2024.7.31", ""),
            (
                "濮阳市开州欢唱娱乐有限公司",
                "未制定突发事件紧急疏散预案",
                "一般",
                "刘伟",
                "2024.8.10",
                "预案已起草，正在审定",
            ),
        ],
    ),
    (
        "三、内容管理",
        [
            ("濮阳市华龙区唱吧麦颂KTV", "场所内未张贴禁毒宣传标识", "一般", "周敏", "2024.7.18", "已整改"),
            (
                "濮阳市华龙区唱吧麦颂KTV",
                "点播系统曲库中含有禁止内容歌曲5首",
                "较大",
                "周敏",
                "2024.7.16",
                "已整改",
            ),
        ],
    ),
]


def write_ktv(path: Path) -> Path:
    b = Book(path, author="执法大队")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 28, 38, 10, 12, 12, 22])
    b.line(ws, 0, "文化娱乐场所安全生产大检查隐患整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：华龙区文化市场综合执法大队    检查时间：2024年7月15日—17日", 6)
    b.header(ws, 2, ["序号", "场所名称", "隐患描述", "隐患等级", "整改责任人", "整改时限", "整改状态"])
    r, n = 3, 0
    for group, rows in KTV_GROUPS:
        b.merge(ws, r, 0, r, 6, group, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "共检查文化娱乐场所12家，排查隐患8处，其中较大隐患2处")
    b.line(ws, r + 1, "检查人员：高远、吴昊    填报人：吴昊    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 营业性演出监督检查, after a district 文化市场行政执法支队's check of its performance venues (演出必要的安全检查和
# 现场巡查; 查验主办单位演出审批文件; 核验演员信息及演出节目内容; 未成年人禁入标志; 消防器材设备维护、消防通道):
# https://yxhuanqiu.com/m/view.php?aid=217178
# An .xlsx: title, 报送单位 line, one header row with 检查日期, 演出场所 and 演出项目 merged down over the problems
# of one check, an explicit 整改责任单位 (the venue's operator or the show's organizer), a 注 line and a 填表人 line.
SHOW_CHECKS = [
    (
        date(2024, 7, 6),
        "濮阳大剧院",
        "交响音乐会",
        [
            (
                "演出期间一处安全出口被舞台道具箱遮挡",
                "濮阳大剧院运营管理有限公司",
                "移除道具箱，安排专人值守",
                "2024-07-06",
                "已办结",
            ),
            (
                "主办单位未能现场出示演出审批文件",
                "濮阳市星河文化传播有限公司",
                "补交审批文件备查",
                "2024-07-10",
                "已办结",
            ),
        ],
    ),
    (
        date(2024, 7, 13),
        "龙都Livehouse",
        "乐队专场演出",
        [
            (
                "实际演出人员与报批演员名单不符",
                "濮阳龙都文化演艺有限公司",
                "立案调查",
                "2024-07-31",
                "正在调查处理",
            ),
            ("入口处未悬挂未成年人限入标志", "濮阳龙都文化演艺有限公司", "悬挂标志", "2024-07-20", ""),
        ],
    ),
    (
        date(2024, 7, 20),
        "濮阳杂技艺术宫",
        "暑期杂技专场",
        [
            (
                "舞台吊杆设备缺少年度安全检测报告",
                "濮阳市杂技艺术团有限公司",
                "委托有资质机构检测",
                "2024-08-31",
                "未启动",
            ),
            (
                "后台部分灭火器压力不足，未定期维护",
                "濮阳市杂技艺术团有限公司",
                "更换灭火器",
                "2024-07-27",
                "已办结",
            ),
        ],
    ),
    (
        date(2024, 7, 27),
        "戚城遗址公园露天演艺广场",
        "实景演出",
        [
            (
                "临时搭建舞台未进行安全评估",
                "濮阳市戚城文物景区管理处",
                "委托第三方评估",
                "2024年8月15日前",
                "正在评估",
            )
        ],
    ),
]


def write_show(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("演出检查")
    b.widths(ws, [6, 12, 22, 14, 34, 28, 24, 16, 14])
    b.line(ws, 0, "2024年暑期营业性演出市场监督检查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "报送单位：濮阳市文化市场综合执法支队    报送日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "演出场所",
            "演出项目",
            "检查发现问题",
            "整改责任单位",
            "整改措施",
            "完成时限",
            "办结情况",
        ],
    )
    r, n = 3, 0
    for checked, venue, show, rows in SHOW_CHECKS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, checked, b.day)
        b.merge(ws, r, 2, last, 2, venue, b.center)
        b.merge(ws, r, 3, last, 3, show, b.center)
        for problem, unit, measure, limit, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, unit, measure], first=4)
            b.put(ws, r, 7, limit, b.center)
            b.put(ws, r, 8, done, b.center)
            r += 1
    b.line(ws, r, "注：整改责任单位为演出场所经营单位或演出举办单位。", 8)
    b.line(ws, r + 1, "填表人：田晓东    联系电话：0393-8990317", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 文化市场专项联合整治督查, after a city 文化和新闻出版局's account of its 联合整治 (县区自查和市级督查; 歌舞娱乐场所
# 是否接纳未成年人、点歌系统是否与境外连接; 网吧超时营业、下载传播违法游戏; 印刷企业五项制度、非法出版物; 人员密集
# 场所安全隐患):
# https://www.mct.gov.cn/whzx/qgwhxxlb/gx/201401/t20140128_789838.htm
# A .wps (Word 97 written by LibreOffice): a county bureau's report to the city bureau; the problems the 督查组 fed
# back as numbered paragraphs under four headings in the source's order, each with its 整改时限 and 整改情况 in
# sentences; one problem is the bureau's own (its 市场管理股); the bureau and date at the foot.
SUPERVISE_PARTS = [
    (
        "一、歌舞娱乐场所",
        [
            "1．南乐县欢乐迪KTV点歌系统与境外服务器连接，曲库更新来源不明。整改时限：7月20日前。整改情况：已断开境外"
            "连接，更换为正规曲库服务商，经复查合格，已整改到位。",
            "2．南乐县金碧辉煌娱乐会所接纳未成年人进入包厢消费。整改时限：8月15日前。整改情况：已立案调查，"
            "案件正在办理中。",
        ],
    ),
    (
        "二、网吧",
        [
            "3．南乐县飞翔网吧超时营业，凌晨1时仍接纳顾客上网。整改时限：7月25日前。整改情况：已责令改正，业主已书面"
            "承诺，正在落实整改。",
            "4．南乐县e族网咖存在下载、传播违法游戏现象。整改时限：7月20日前。整改情况：已删除违法游戏12款，整改完成。",
        ],
    ),
    (
        "三、出版物市场",
        [
            "5．南乐县育才书店销售非法少儿出版物。整改时限：7月31日前。整改情况：已收缴非法出版物36册，正在依法处理。",
            "6．南乐县新时代印刷有限公司承印验证、登记制度执行不严，承印手续不全。整改时限：8月底前。"
            "整改情况：尚未整改。",
        ],
    ),
    (
        "四、人员密集场所安全",
        [
            "7．南乐县星美国际影城消防通道被广告展架占用。整改时限：7月20日前。",
            "8．我局对文化经营场所夜间巡查频次不足，日常巡查记录不规范。整改措施：由市场管理股牵头建立错时巡查和巡查"
            "记录制度，长期坚持。",
        ],
    ),
]


def write_supervise_docx(path: Path) -> Path:
    doc = _new_document("南乐县文广旅局")
    _title(doc, "南乐县文化广电和旅游局关于暑期文化市场专项联合整治督查发现问题整改情况的报告")
    _paragraph(doc, "市文化广电和旅游局：")
    _paragraph(
        doc,
        "7月16日，市专项联合整治督查组对我县网吧、歌舞娱乐场所、书店、印刷企业、影院等文化经营场所进行了督查，"
        "反馈问题8个。我局高度重视，立即组织市场管理股、县文化市场综合执法大队逐项制定整改措施，"
        "现将整改情况报告如下：",
    )
    for head, paras in SUPERVISE_PARTS:
        _heading(doc, head)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将继续坚持县区自查和日常巡查相结合，对未整改到位的问题挂账督办，确保按时整改清零。",
    )
    _paragraph(doc, "南乐县文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_docx, path, "doc", "督查发现问题整改情况的报告.docx", "MS Word 97")


# ---------------------------------------------------------------------------------------------
# 11. 体育类培训机构和游泳经营场所联合执法检查, after a district 教体局's joint check with 市场监管、卫健 of 18 体育类
# 培训机构 and 14 游泳经营场所 (排查隐患问题43个，现场落实整改11个，其余正在跟踪督促整改; 高危性体育项目经营许可证;
# 收费标准、资金监管):
# http://023xyt.com/2024/0718/94707.html
# A .zip of the two returns the checked businesses sent back: a taekwondo school's .xlsx (填报单位 line; rows naming
# only its own 部门; 是否完成 是/否 beside a 完成情况说明) and a swimming venue's .docx report with a table.
TKD_ROWS = [
    ("场地设施", "训练馆地垫破损翘边", "更换训练地垫", "后勤部", "2024.7.20", "是", "已更换新地垫120平方米"),
    ("收费管理", "未公示收费标准和退费办法", "在前台显著位置公示", "财务部", "2024.7.15", "是", ""),
    (
        "人员资质",
        "部分教练员未取得社会体育指导员证书",
        "组织教练员参加培训考试",
        "教务部",
        "2024年12月底前",
        "否",
        "3名教练已报名参加9月培训",
    ),
    ("消防安全", "二楼疏散指示灯不亮", "维修疏散指示灯", "后勤部", "2024.7.15", "否", ""),
    ("资金监管", "预收学费未按规定进行资金存管", "开设预收费监管账户", "财务部", "2024.8.31", "", ""),
]


def write_tkd_book(path: Path) -> Path:
    b = Book(path, author="飞鹰跆拳道")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 34, 26, 10, 16, 10, 26])
    b.line(ws, 0, "体育类培训机构联合检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市飞鹰跆拳道培训有限公司    检查日期：2024年7月11日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "问题类别", "问题描述", "整改措施", "责任部门", "整改时限", "是否完成", "完成情况说明"],
    )
    for i, row in enumerate(TKD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TKD_ROWS)
    b.line(ws, end + 1, "负责人：魏振东    填表人：冯晓    联系电话：13839320057", 7)
    return b.close()


POOL_ROWS = [
    (
        "《高危险性体育项目经营许可证》有效期即将届满，未及时申请延续",
        "向区教育体育局提交延续申请",
        "2024年8月10日",
        "已提交延续申请，等待审批",
    ),
    (
        "深水区救生员配备不足，实配2名，按水面面积应配4名",
        "增聘持证救生员",
        "2024年7月20日",
        "已增聘2名持证救生员，整改完成",
    ),
    ("池水余氯、pH值自检记录不全", "每2小时检测一次并如实记录", "2024年7月15日", "已完成"),
    ("浅水区防滑地垫老化破损", "更换防滑地垫", "2024年7月31日", ""),
]


def write_pool_docx(path: Path) -> Path:
    doc = _new_document("清波游泳")
    _title(doc, "濮阳市清波游泳健身有限公司关于联合检查发现问题整改情况的报告", 18)
    _paragraph(doc, "华龙区教育体育局：")
    _paragraph(
        doc,
        "7月12日，区教育体育局会同区市场监管局、区卫健委对我公司游泳馆进行了联合执法检查，指出问题4个。"
        "我公司对照问题逐项整改，现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(POOL_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "濮阳市清波游泳健身有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月28日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_sports(path: Path) -> Path:
    members = [
        ("飞鹰跆拳道联合检查问题整改台账.xlsx", write_tkd_book),
        ("清波游泳馆联合检查问题整改情况报告.docx", write_pool_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("关于全市文化旅游市场回头看检查发现问题整改情况的通报.docx", write_revisit),
    ("城区游泳健身场所安全生产专项检查问题整改台账.xlsx", write_swim),
    ("柳屯镇暑期网吧专项整治问题清单.csv", write_cafe),
    ("濮阳县旅游业安全生产及市场秩序检查问题整改台账.xls", write_tour),
    ("护苗出版物市场专项检查发现问题清单.et", write_books),
    ("濮阳市体育中心安全生产专项检查问题整改台账.xlsx", write_stadium),
    ("华龙区剧本娱乐经营场所整改通知书落实情况表.xlsx", write_script),
    ("文化娱乐场所安全生产大检查隐患整改台账.xlsx", write_ktv),
    ("暑期营业性演出市场监督检查问题整改台账.xlsx", write_show),
    ("南乐县文化市场专项联合整治督查发现问题整改情况的报告.wps", write_supervise),
    ("体育类培训机构和游泳场所联合检查问题整改（两家）.zip", write_sports),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

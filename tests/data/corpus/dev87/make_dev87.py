"""Write the dev87 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (文旅与体育): 旅游景区安全, A级景区复核, 文物保护, 网吧和娱乐场所, 出版物市场, 广播电视, 体育场馆,
全民健身设施, 图书馆文化馆, 非遗保护.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ticks under 已整改/限期整改), a CSV in UTF-8 with a
byte-order mark, a .docx whose items are numbered paragraphs under headings, an .et and a .doc and an .ods (LibreOffice
conversions), and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev87.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 暑期旅游景区及涉水游乐项目安全专项检查, after a city's two-week 漂流 safety check (拉网式排查16家漂流景区; 提出
# 整改意见; 下达责令整改通知书5份; 责令4家停业整改; 制度措施不全、安全员更换频繁培训不到位、警示提示牌不醒目或被
# 遮挡、转运车辆无营运资质、水库大坝渗水、道路护坡塌方):
# http://www.mnw.cn/tour/guide/947780.html
# An .xlsx: title, 牵头/联合检查单位 line, a line saying the 整改期限 count from the 通知书's 下达日期, a two-row header
# (处理措施 merged over 文书 and 下达日期), the 景区 beside its 整改责任单位, 是否停业整改, a 合计 row and a 填表人 line.
SCENIC_ROWS = [
    (
        "范县",
        "毛楼生态旅游区",
        "范县毛楼旅游开发有限公司",
        "涉水项目",
        "黄河游船码头救生衣数量不足，部分救生衣系带断裂",
        "责令整改通知书（濮文旅责改〔2024〕11号）",
        date(2024, 7, 8),
        "7日内",
        "已补充救生衣200件，复查合格",
        "否",
    ),
    (
        "濮阳县",
        "金堤河漂流",
        "市水务局",
        "水利设施",
        "漂流河道下游拦水坝坝体渗水，坝下未设警戒区域",
        "责令整改通知书（濮文旅责改〔2024〕12号）",
        date(2024, 7, 9),
        "2024年7月31日",
        "漂流项目已停业，正在委托设计单位编制坝体加固方案",
        "是",
    ),
    (
        "清丰县",
        "顿丘生态园",
        "清丰县顿丘生态旅游有限公司",
        "交通安全",
        "景区游客转运车辆无营运资质",
        "责令整改通知书（濮文旅责改〔2024〕13号）",
        date(2024, 7, 10),
        "10日内",
        "已停运无资质车辆，正在办理营运手续",
        "否",
    ),
    (
        "华龙区",
        "龙乡欢乐谷",
        "濮阳市龙乡欢乐谷游乐有限公司",
        "游乐设施",
        "玻璃滑道护栏螺栓松动，未建立设施日常检查记录",
        "责令整改通知书（濮文旅责改〔2024〕14号）",
        date(2024, 7, 10),
        "3日内",
        "",
        "否",
    ),
    (
        "台前县",
        "将军渡景区",
        "台前县将军渡景区管理服务中心",
        "道路设施",
        "景区环线道路护坡局部塌方，未设置围挡和警示标志",
        "责令整改通知书（濮文旅责改〔2024〕15号）",
        date(2024, 7, 11),
        "2024年8月31日前",
        "已设置围挡及警示标志，护坡修复方案待审批",
        "否",
    ),
    (
        "南乐县",
        "仓颉陵旅游区",
        "南乐县仓颉文化旅游有限公司",
        "安全管理",
        "安全员更换频繁，新上岗安全员未经岗前培训",
        "责令整改通知书（濮文旅责改〔2024〕16号）",
        date(2024, 7, 11),
        "7日内",
        "未整改",
        "否",
    ),
    (
        "濮阳县",
        "黄河湿地公园",
        "濮阳县黄河湿地公园管理所",
        "警示标识",
        "亲水平台警示提示牌被绿植遮挡",
        "现场整改",
        date(2024, 7, 9),
        "立行立改",
        "已现场修剪绿植，警示牌清晰可见",
        "否",
    ),
    (
        "华龙区",
        "濮上园景区",
        "濮阳市濮上园景区管理处",
        "应急管理",
        "汛期应急预案未修订，未开展防溺水应急演练",
        "责令整改通知书（濮文旅责改〔2024〕17号）",
        date(2024, 7, 12),
        "2024.7.26",
        "已修订预案，7月25日组织开展防溺水应急演练",
        "否",
    ),
]


def write_scenic(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 8, 14, 24, 10, 34, 30, 12, 14, 28, 10])
    b.line(ws, 0, "2024年暑期旅游景区及涉水游乐项目安全专项检查隐患整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市文化广电和旅游局    联合检查单位：市应急管理局、市水利局、市交通运输局、市市场监督管理局"
        "    检查时间：2024年7月8日至7月12日",
        10,
    )
    b.line(ws, 2, "说明：整改期限按日计算的，自《责令整改通知书》下达之日起计算。", 10)
    for c, word in enumerate(["序号", "县（区）", "景区名称", "整改责任单位", "隐患类别", "检查发现的隐患"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "处理措施", b.head)
    b.header(ws, 4, ["文书名称及编号", "下达日期"], first=6)
    for c, word in enumerate(["整改期限", "整改落实情况", "是否停业整改"], start=8):
        b.merge(ws, 3, c, 4, c, word, b.head)
    for i, row in enumerate(SCENIC_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(SCENIC_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(
        ws,
        end,
        2,
        end,
        10,
        "共检查A级景区及涉水游乐项目16家，发现隐患8处，下达责令整改通知书7份，责令停业整改1家",
    )
    b.line(
        ws, end + 2, "填表人：崔明亮    审核人：杨帆    联系电话：0393-8991276    填报日期：2024年7月29日", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. A级旅游景区复核检查反馈问题整改, after a provincial tourism bureau's 复核 通报 (撤销等级; 严重警告，限期6个月整改;
# 通报批评，限期3个月整改; 游客服务中心功能不齐全、旅游解说系统和指示牌不规范、安全防护设施未完善、营业时间大门
# 紧闭、管理制度等公示牌设计混乱、游客量稀少):
# http://jzfdc.net.cn/blog/659883
# A .docx: a county 文广旅局's report back on that 通报 — 主送, a preamble stating the 通报's date the 限期 count from,
# one heading per 景区 (its grade, its 处理 and 限期, its 整改责任单位), the problems as numbered paragraphs under it
# with 整改情况 in sentences, a closing paragraph and the bureau and date at the foot.
RATING_SECTIONS = [
    (
        "一、清丰县单拐革命旧址景区（4A级，通报批评，限期3个月整改；整改责任单位：清丰县单拐革命旧址管理所）",
        [
            "1.游客服务中心咨询台无人值守，信息咨询功能缺失。整改情况：已安排专职讲解员2名轮流值守，整改完成。",
            "2.部分旅游解说牌英文翻译错误，园区指示牌指向不规范。整改情况：已重新设计制作解说牌和指示牌38块，"
            "正在安装。",
            "3.旅游厕所无障碍设施缺失。整改情况：尚未启动。",
        ],
    ),
    (
        "二、清丰县顿丘湖旅游景区（3A级，严重警告，限期6个月整改；整改责任单位：清丰县顿丘湖景区管理有限公司）",
        [
            "1.临水步道护栏缺失约60米，存在游客落水隐患。整改情况：已设置临时围挡，永久护栏正在采购。",
            "2.景区停车场无分区、无标线，车辆停放无序。整改情况：已完成停车场划线分区，并配备专职管理人员，整改到位。",
            "3.营业时间内游客中心大门紧闭，无开放时间告示。整改情况：已调整开放时间并在入口公示，游客中心恢复"
            "正常开放，已整改完成。",
        ],
    ),
    (
        "三、清丰县金色田园农业观光园（3A级，通报批评，限期3个月整改；整改责任单位：清丰县金色田园农业开发有限公司）",
        [
            "1.景区管理制度公示牌设计混乱、内容陈旧，部分制度未上墙。整改措施：拟重新梳理各项管理制度，统一制作公示牌。",
            "2.采摘区和游乐项目区域安全警示标识严重不足。整改情况：已增设安全警示标识26块，经县局复查合格。",
        ],
    ),
]


def write_rating(path: Path) -> Path:
    doc = _new_document("清丰县文广旅局")
    _title(doc, "清丰县文化广电和旅游局关于A级旅游景区复核检查反馈问题整改情况的报告")
    _paragraph(doc, "市文化广电和旅游局：")
    _paragraph(
        doc,
        "2024年5月20日，市旅游资源规划开发质量评定委员会印发《关于2024年全市A级旅游景区复核检查情况的通报》，"
        "对我县3家A级旅游景区分别给予严重警告、通报批评处理，并明确了整改期限（自通报印发之日起计算）。我局高度重视，"
        "逐一约谈景区负责人，督促各景区对照通报问题建立清单、逐项整改。现将整改情况报告如下：",
    )
    for heading, paras in RATING_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将对未完成整改的问题实行周调度，整改期满后组织复核验收，并将结果及时报市文化广电和旅游局。",
    )
    _paragraph(doc, "清丰县文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 上半年文物安全检查, after a city 文广局's half-year check of its 县区 by cross-checking teams (文物安全责任制、
# 安全消防设施设备运转、防汛、应急预案与演练、档案建设; 检查文物保护单位55处、博物馆14家，发现安全隐患17处，
# 整改10处，限期整改7处):
# https://wtgdly.zgqingyang.gov.cn/xwzx/sxyw/content_70873
# An .xls (xlwt): title, 检查单位/检查方式/检查时间 line, a two-row header with ticks (√) under 已整改 / 限期整改 of
# 整改情况, an 整改时限 and a 进展情况 column, a 合计 row, a 注 line and a 填表人 line.
RELIC_ROWS = [
    (
        "南乐县",
        "仓颉陵",
        "全国重点",
        "陵园东侧配殿内私拉电线，使用大功率电暖器",
        "南乐县文物保护管理所",
        "√",
        "",
        "2024.7.5",
        "",
    ),
    (
        "濮阳县",
        "八都坊",
        "省级",
        "灭火器配置数量不足且部分过期",
        "濮阳县文物管理所",
        "√",
        "",
        "2024.7.8",
        "已更换灭火器16具",
    ),
    (
        "华龙区",
        "戚城遗址",
        "全国重点",
        "遗址保护范围内有村民取土，并堆放建筑垃圾",
        "濮阳市戚城文物景区管理处",
        "",
        "√",
        "2024年8月31日",
        "已清运建筑垃圾，取土坑回填正在进行",
    ),
    (
        "清丰县",
        "清丰文庙大成殿",
        "省级",
        "大成殿屋面漏雨，汛期存在局部坍塌隐患",
        "清丰县文物保护管理所",
        "",
        "√",
        "2024年9月30日前",
        "已编制抢险加固方案，报省文物局审批",
    ),
    (
        "范县",
        "冀鲁豫边区革命根据地旧址",
        "全国重点",
        "安防监控系统2路摄像头故障，旧址后院存在监控盲区",
        "范县冀鲁豫边区革命根据地旧址纪念馆",
        "√",
        "",
        "2024.7.10",
        "",
    ),
    (
        "台前县",
        "刘邓大军渡河指挥部旧址",
        "省级",
        "文物安全应急预案未修订，未开展应急演练",
        "台前县文化广电和旅游局",
        "",
        "√",
        "第三季度",
        "未启动",
    ),
    (
        "市直",
        "濮阳市博物馆",
        "—",
        "文物库房温湿度监测数据未按规定记录存档",
        "濮阳市博物馆",
        "√",
        "",
        "2024.7.12",
        "",
    ),
    (
        "濮阳县",
        "高城遗址",
        "全国重点",
        "野外文物保护标志碑损毁，保护范围界桩缺失",
        "濮阳县文物管理所",
        "",
        "√",
        "2024年10月底前",
        "已联系石材厂家制作标志碑和界桩",
    ),
]


def write_relic(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年上半年文物安全检查发现隐患整改台账", t, 0, 9),
        (
            1,
            0,
            "检查单位：濮阳市文化广电和旅游局（文物科）    检查方式：县区交叉检查    检查时间：2024年7月1日至7月12日",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(
        ["序号", "县（区）", "文物保护单位（博物馆）", "保护级别", "发现隐患", "整改责任单位"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改情况", h, 2, 7),
        (3, 6, "已整改", h),
        (3, 7, "限期整改", h),
        (2, 8, "整改时限", h, 3, 8),
        (2, 9, "进展情况", h, 3, 9),
    ]
    for i, row in enumerate(RELIC_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7) else c))
    r = 4 + len(RELIC_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查文物保护单位42处、博物馆（纪念馆）9家，发现隐患8处，已整改4处，限期整改4处", c, r, 9),
        (
            r + 1,
            0,
            "注：现场已整改的在“已整改”栏打√；不能立即整改的在“限期整改”栏打√，并填写整改时限和进展情况。",
            plain,
            r + 1,
            9,
        ),
        (
            r + 2,
            0,
            "填表人：孟凡超    审核人：刘景涛    联系电话：0393-8183320    填报日期：2024年7月26日",
            plain,
            r + 2,
            9,
        ),
    ]
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("文物安全检查")
    for col, width in enumerate([6, 10, 24, 10, 40, 30, 8, 10, 16, 32]):
        ws.col(col).width = width * 256
    for cell in cells:
        row, col, v, st = cell[:4]
        if len(cell) > 4:
            ws.write_merge(row, cell[4], col, cell[5], v, st)
        else:
            ws.write(row, col, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 暑期网吧专项整治, after a county 文广旅局's summer check of its 网吧 (违规接纳未成年人、无证经营、工作人员是否会
# 使用消防设施、消防安全通道是否畅通、应急照明设施、安全疏散指示标志、消防器材是否超期):
# http://tkw.cc/thread-691571-1-1.html
# A CSV in UTF-8 with a byte-order mark: a title line, a 填报单位 line, one header line with each 场所's 检查时间, a
# 合计 line and a 填表人 line.
NETBAR_ROWS = [
    (
        "南乐县极光网咖",
        "2024-07-05",
        "违规接纳2名未成年人上网",
        "立案调查，责令停业整顿15日",
        "2024-07-20",
        "已立案处罚，停业整顿期满复查合格",
    ),
    (
        "南乐县星际网吧",
        "2024-07-05",
        "当班工作人员不会使用灭火器和室内消火栓",
        "现场培训，责令整改",
        "2024-07-12",
        "已组织全体员工消防培训",
    ),
    (
        "南乐县畅游网络会所",
        "2024-07-05",
        "安全疏散指示标志不亮，应急照明灯损坏2处",
        "责令整改",
        "7月15日前",
        "正在维修",
    ),
    (
        "南乐县飞跃网吧",
        "2024-07-06",
        "后门消防安全通道堆放桌椅杂物",
        "责令现场整改",
        "立行立改",
        "已现场清理",
    ),
    ("南乐县蓝鲸电竞馆", "2024-07-06", "灭火器超过有效期未更换", "责令整改", "2024-07-10", ""),
    (
        "南乐县新视界网吧",
        "2024-07-06",
        "未落实实名登记上网制度，临时卡未核验身份证",
        "警告，责令整改",
        "2024-07-16",
        "未整改",
    ),
    (
        "南乐县零距离网咖",
        "2024-07-08",
        "《网络文化经营许可证》未在经营场所醒目位置悬挂",
        "责令整改",
        "2024-07-10",
        "已悬挂",
    ),
]


def write_netbar(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县暑期网吧专项整治检查问题登记表"])
    w.writerow(["填报单位：南乐县文化广电和旅游局（文化市场综合执法大队）    填报日期：2024年7月25日"])
    w.writerow(["序号", "场所名称", "检查时间", "存在问题", "处理方式", "整改期限", "整改结果", "执法人员"])
    officers = [
        "王磊、赵鹏",
        "王磊、赵鹏",
        "王磊、赵鹏",
        "李静、孙浩",
        "李静、孙浩",
        "李静、孙浩",
        "王磊、李静",
    ]
    for i, (row, who) in enumerate(zip(NETBAR_ROWS, officers, strict=True), 1):
        w.writerow([i, *row, who])
    w.writerow(["合计", "共检查网吧23家", "", "发现问题7处", "立案1起", "", "", ""])
    w.writerow(["填表人：孙浩    联系电话：0393-7221569"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 出版物市场和印刷企业专项督导检查, after a district 委宣传部's check with the 市场监督管理局 of its 印刷企业、发行
# 单位 (印刷厂、书店; 是否存在无证经营、盗版盗印出版物，是否存在销售、印制违禁违法出版物; 进出货票据、管理台账
# 以及相关资质):
# https://hbxw.hebnews.cn/news/409591.html
# An .et (Excel 97 via LibreOffice): title, 督导检查组 line, one header row with the 检查对象 as 整改主体 and the
# 检查人员 beside them, a 说明 line and a 填报单位/日期 line.
PRESS_ROWS = [
    (
        "濮阳市华龙区博文书店",
        "出版物零售",
        "销售无出版单位名称的教辅资料12册",
        "依法收缴，责令整改",
        "2024-07-15",
        "已收缴下架，整改完成",
        "刘洋、陈晓",
    ),
    (
        "濮阳市新华印务有限公司",
        "印刷",
        "未按规定留存印刷委托书，承印验证制度落实不到位",
        "责令整改",
        "2024-07-31",
        "正在完善承印验证登记台账",
        "刘洋、陈晓",
    ),
    (
        "濮阳市华龙区学海书社",
        "出版物零售",
        "《出版物经营许可证》过期未换证",
        "责令限期补办",
        "2024年8月15日",
        "已提交换证申请",
        "刘洋、陈晓",
    ),
    (
        "濮阳市宏图彩印有限公司",
        "印刷",
        "盗印他人享有著作权的少儿绘本",
        "立案调查",
        "2024年8月31日",
        "",
        "张伟、马丽",
    ),
    (
        "濮阳市华龙区启智文具店",
        "出版物零售",
        "兼营出版物未取得《出版物经营许可证》",
        "责令停止销售，限期办证",
        "2024-07-20",
        "未整改",
        "张伟、马丽",
    ),
    (
        "濮阳市正源图书发行有限公司",
        "出版物批发",
        "进货票据不全，未建立出版物进销台账",
        "责令整改",
        "2024-07-18",
        "已建立进销存台账，复查合格",
        "张伟、马丽",
    ),
    (
        "濮阳市华龙区鑫达打字复印部",
        "专项排版复印",
        "整本复印图书对外销售",
        "警告，责令整改",
        "2024-07-12",
        "已整改",
        "刘洋、陈晓",
    ),
]


def write_press_book(path: Path) -> Path:
    b = Book(path, author="宣传部文化科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 12, 36, 22, 14, 28, 12])
    b.line(ws, 0, "出版物市场和印刷企业专项督导检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督导检查组：中共濮阳市华龙区委宣传部（区扫黄打非办公室）、华龙区市场监督管理局    检查时间：2024年7月8日至7月10日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查对象（整改主体）",
            "经营类别",
            "检查发现问题",
            "处理意见",
            "整改时限",
            "整改情况",
            "检查人员",
        ],
    )
    for i, row in enumerate(PRESS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PRESS_ROWS)
    b.line(ws, end + 1, "说明：整改时限由检查组现场确定，整改情况由属地街道文化站跟踪核实后填写。", 7)
    b.line(ws, end + 2, "填报单位：区扫黄打非办公室    填表人：陈晓    填报日期：2024年7月29日", 7)
    return b.close()


def write_press(path: Path) -> Path:
    return via_soffice(write_press_book, path, "xls", "出版物市场和印刷企业专项督导检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 广播电视安全播出和卫星地面接收设施专项检查, after a county's account of the joint 安全播出检查组 sent by the city
# 文广旅局, 市场监督管理局 and 公安局 (县融媒体中心、豫广网络; 城乡家电市场违法销售地面卫星接收设施的销售和使用):
# http://xiping.gov.cn/portal/zwgk/xxgkml/zfbm/whgdcbj/zhxx/webinfo/2022/05/1655245845611803.htm
# An .xlsx: title, 填报单位 line, a two-row header (整改责任 merged over 责任单位 and 责任部门), rows naming the
# 融媒体中心 and the cable company with their own 部门, the county bureau itself, and 长期坚持, a signature line.
BROADCAST_ROWS = [
    (
        "县融媒体中心",
        "安全播出",
        "播出机房UPS电源蓄电池老化，断电后续航不足30分钟",
        "濮阳县融媒体中心",
        "技术保障部",
        "更换UPS蓄电池组",
        "2024年7月20日",
        "已更换，完成",
    ),
    (
        "县融媒体中心",
        "安全播出",
        "安全播出应急预案未按规定每季度组织演练",
        "濮阳县融媒体中心",
        "播出部",
        "每季度组织一次应急演练",
        "长期坚持",
        "常态化推进",
    ),
    (
        "县融媒体中心",
        "值班值守",
        "重要保障期值班记录不完整，交接班未签字",
        "濮阳县融媒体中心",
        "播出部",
        "规范值班和交接班记录",
        "2024.7.10",
        "已整改",
    ),
    (
        "有线电视网络",
        "安全传输",
        "前端机房未安装门禁系统，外来人员进出未登记",
        "河南有线电视网络集团有限公司濮阳县分公司",
        "技术部",
        "安装门禁系统，建立出入登记制度",
        "2024年8月15日",
        "门禁设备已到货，正在安装调试",
    ),
    (
        "有线电视网络",
        "安全传输",
        "庆祖镇光节点设备箱锈蚀破损，箱门无法关闭",
        "河南有线电视网络集团有限公司濮阳县分公司",
        "庆祖营业部",
        "更换设备箱",
        "2024年7月31日",
        "",
    ),
    (
        "城关镇家电市场",
        "卫星设施",
        "城关镇家电市场2家个体商户违规销售卫星地面接收设施",
        "濮阳县市场监督管理局",
        "城关市场监管所",
        "依法查扣，责令停止销售",
        "2024.7.12",
        "已查扣设备8套，完成整改",
    ),
    (
        "宾馆酒店",
        "卫星设施",
        "县城一家酒店客房违规接收境外卫星电视节目",
        "濮阳县文化广电和旅游局",
        "文化市场综合执法大队",
        "拆除违规设施，立案查处",
        "2024年8月10日",
        "已拆除接收设施，正在立案查处",
    ),
    (
        "农村应急广播",
        "应急广播",
        "部分村级应急广播终端损坏无声，行政村覆盖率不足90%",
        "濮阳县融媒体中心",
        "应急广播中心",
        "排查维修村级广播终端",
        "2024年9月30日前",
        "未启动",
    ),
]


def write_broadcast(path: Path) -> Path:
    b = Book(path, author="广电股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 10, 40, 30, 16, 26, 14, 26])
    b.line(ws, 0, "广播电视安全播出和卫星地面接收设施专项检查反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳县文化广电和旅游局    填报日期：2024年7月29日", 8)
    for c, word in enumerate(["序号", "检查对象", "问题类型", "反馈问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改责任", b.head)
    b.header(ws, 3, ["责任单位", "责任部门"], first=4)
    for c, word in enumerate(["整改措施", "完成时限", "整改进度"], start=6):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(BROADCAST_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BROADCAST_ROWS)
    b.line(ws, end + 1, "分管领导：高建国    填表人：闫晓东    联系电话：0393-3220415", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 体育健身场馆安全隐患联合检查, after a city's joint check led by a 副市长 with the 体育局、市场监管局、住建局、消防
# 救援支队、卫健委 of 健身俱乐部、羽毛球馆、游泳馆、健身馆 (找出问题、列出清单、立即整改; 通知各区相关部门加强跟踪):
# http://xinxiang.henan.wang/xinxiang/2022/0421/62861.html
# An .ods (LibreOffice conversion): title, 检查时间/牵头/参检单位 line, one header row with the 场馆 beside its 整改
# 责任单位 and a 跟踪督办单位 (the inspecting department), 整改情况 and 销号情况, 第三季度, a 填表说明 and a
# signature line.
VENUE_ROWS = [
    (
        "力动健身俱乐部",
        "华龙区",
        "健身房",
        "安全出口上锁，疏散通道堆放健身器械",
        "濮阳市力动健身服务有限公司",
        "市消防救援支队",
        "2024.7.16",
        "已当场开启安全出口并清理器械",
        "已销号",
    ),
    (
        "蓝海游泳馆",
        "华龙区",
        "游泳馆",
        "持证救生员人数不足，池边水深标识不清",
        "濮阳市蓝海体育发展有限公司",
        "市体育局",
        "2024年7月25日",
        "已新聘持证救生员3名，水深标识正在重新喷涂",
        "",
    ),
    (
        "飞羽羽毛球馆",
        "开发区",
        "羽毛球馆",
        "馆内照明线路未穿管保护，私拉电线",
        "濮阳飞羽体育文化有限公司",
        "市消防救援支队",
        "2024.7.20",
        "已整改",
        "已销号",
    ),
    (
        "市体育中心游泳馆",
        "华龙区",
        "游泳馆",
        "池水余氯检测记录缺失，未按规定每日公示水质",
        "濮阳市体育中心",
        "市卫生健康委员会",
        "2024年7月31日",
        "正在建立水质检测公示制度",
        "未销号",
    ),
    (
        "岩动攀岩馆",
        "示范区",
        "攀岩馆",
        "攀岩保护绳磨损，未建立器材检查记录",
        "濮阳市岩动攀岩运动有限公司",
        "市体育局",
        "2024年8月15日",
        "未整改",
        "未销号",
    ),
    (
        "星光篮球馆",
        "华龙区",
        "篮球馆",
        "看台栏杆松动，部分座椅破损",
        "濮阳市星光篮球运动馆有限公司",
        "市住房和城乡建设局",
        "第三季度",
        "",
        "",
    ),
    (
        "乐泳儿童游泳馆",
        "华龙区",
        "游泳馆",
        "未配备自动体外除颤器（AED）和急救药品",
        "濮阳市乐泳体育服务有限公司",
        "市卫生健康委员会",
        "2024.7.22",
        "",
        "已销号",
    ),
]


def write_venue_book(path: Path) -> Path:
    b = Book(path, author="体育局群体科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 10, 10, 36, 28, 18, 14, 30, 10])
    b.line(ws, 0, "体育健身场馆安全隐患联合检查问题清单", 9, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月16日    牵头单位：濮阳市体育局    参检单位：市市场监督管理局、市住房和城乡建设局、"
        "市消防救援支队、市卫生健康委员会",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "场馆名称",
            "所在区",
            "场馆类型",
            "隐患问题",
            "整改责任单位",
            "跟踪督办单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(VENUE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VENUE_ROWS)
    b.line(ws, end + 1, "填表说明：整改完成并经跟踪督办单位复查合格的，在“销号情况”栏注明“已销号”。", 9)
    b.line(ws, end + 2, "填表人：朱丽娟    联系电话：0393-8336127    填报日期：2024年7月30日", 9)
    return b.close()


def write_venue(path: Path) -> Path:
    via_soffice(write_venue_book, path, "ods", "体育健身场馆安全隐患联合检查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 全民健身设施安全巡查, after a 街道's account of its check of the 社区 fitness equipment (街道社事办联合10个社区
# 组成专项检查小组; 器材老化、部件脱落、锈蚀掉漆; 联络厂家维修或者更换; 超过保修年限无法维修的拆除或设置警示标语):
# http://henan.kjzch.com/zhengzhou/2020-05-26/694375.html
# A .doc (Word 97 via LibreOffice): title naming the 街道办事处, 主送, preamble, one table with the 社区居民委员会 as
# 责任社区 (and once the 街道's own 社会事务办公室), 处置方式 and 处置进展, a closing paragraph, the office and date.
FITNESS_ROWS = [
    (
        "中原路街道建设路社区居民委员会",
        "建设路社区游园",
        "太空漫步机",
        "踏板轴承卡顿，连接螺栓松动",
        "联系厂家维修",
        "2024年7月15日",
        "已维修完毕",
    ),
    (
        "中原路街道建设路社区居民委员会",
        "建设路社区游园",
        "双人坐拉器",
        "立柱底部锈蚀穿孔，已超过保修年限",
        "拆除并设置警示标语",
        "2024年7月10日",
        "已拆除",
    ),
    (
        "中原路街道胜利社区居民委员会",
        "胜利小区中心广场",
        "单杠",
        "单杠焊接点开裂，存在断裂风险",
        "更换新器材",
        "2024年8月20日",
        "已设置警示标语，新器材正在采购",
    ),
    (
        "中原路街道胜利社区居民委员会",
        "胜利小区中心广场",
        "腰背按摩器",
        "按摩滚轮脱落",
        "联系厂家维修",
        "2024年7月31日",
        "",
    ),
    (
        "中原路街道化工社区居民委员会",
        "化工社区活动中心",
        "室外乒乓球台",
        "台面开裂、球网架缺失",
        "更换球台",
        "2024年9月30日",
        "未启动",
    ),
    (
        "中原路街道油田社区居民委员会",
        "油田社区健身路径",
        "骑马器",
        "座椅开裂，表面防锈层大面积脱落",
        "维修座椅、除锈补漆",
        "2024年7月25日",
        "厂家已维修座椅，除锈补漆正在进行",
    ),
    (
        "中原路街道绿城社区居民委员会",
        "绿城社区笼式足球场",
        "笼式足球场围网",
        "外围网片破损约15平方米",
        "修补围网",
        "2024年8月10日",
        "已测量破损面积，修复方案已确定",
    ),
    (
        "街道社会事务办公室",
        "全街道",
        "—",
        "健身设施巡查维护台账不健全，部分社区未落实每月巡查",
        "建立健身设施月巡查制度",
        "长期坚持",
        "长期坚持",
    ),
]


def write_fitness_docx(path: Path) -> Path:
    doc = _new_document("中原路街道社事办")
    _title(doc, "濮阳市华龙区中原路街道办事处关于辖区全民健身设施安全巡查情况的报告", 18)
    _paragraph(doc, "区教育体育局：")
    _paragraph(
        doc,
        "为保障辖区居民健身安全，7月上旬，街道社会事务办公室联合辖区8个社区组成专项检查小组，对全街道26个"
        "健身点位、312件全民健身器材逐一进行了安全巡查，重点查看器材稳固程度、零部件连接、锈蚀磨损等情况。"
        "现将发现的问题及处置情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(FITNESS_ROWS, 1)]
    _table(
        doc,
        ["序号", "责任社区", "健身点位", "器材名称", "存在问题", "处置方式", "完成时限", "处置进展"],
        body,
        size=10,
    )
    _paragraph(
        doc,
        "下一步，街道将督促各社区对功能完好的器材继续做好日常巡查维护，引导居民科学、安全使用健身设施。",
    )
    _paragraph(doc, "濮阳市华龙区中原路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fitness(path: Path) -> Path:
    return via_soffice(write_fitness_docx, path, "doc", "中原路街道全民健身设施安全巡查情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 公共文化服务效能抽查, after the ministry's account of a spot check of a county's 乡镇综合文化站 (硬件设施老旧，
# 图书没有及时更新，电脑部分已经损坏; 组织活动少、服务内容单一; 图书报纸杂乱摆放、功能室堆放杂物、没有严格实行
# 错时开放、公共电子阅览室上网未落实身份证登记; 缺少宣传橱窗和活动公示栏):
# https://www.mct.gov.cn/gtb/index.jsp?url=https://www.mct.gov.cn/whzx/bnsj/ggwhs/201903/t20190329_841226.htm
# A .zip of two returns: the city library's .xlsx (填报单位 line; rows naming only its own 部门) and a county 文化馆's
# .docx (the 乡镇综合文化站 as 责任单位, once the 文化馆 itself, 常态化).
LIBRARY_ROWS = [
    (
        "设施设备",
        "公共电子阅览室电脑使用年限过长，12台无法正常开机",
        "信息技术部",
        "更新电子阅览室电脑",
        "2024年9月30日",
        "已纳入年度采购计划，正在履行政府采购程序",
    ),
    (
        "服务规范",
        "少儿阅览区图书未按分类上架，杂乱摆放",
        "少儿借阅部",
        "按中图法重新排架",
        "2024.7.15",
        "已完成",
    ),
    (
        "服务规范",
        "公共电子阅览室上网未落实身份证登记",
        "信息技术部",
        "安装实名上网登记系统",
        "2024.7.20",
        "已安装实名登记系统并投入使用",
    ),
    (
        "开放服务",
        "未实行错时开放，周一闭馆日无替代服务",
        "办公室",
        "调整开放时间并向社会公示",
        "2024年8月1日",
        "",
    ),
    (
        "宣传阵地",
        "馆外缺少活动公示栏和宣传橱窗",
        "办公室",
        "在主入口设置宣传橱窗和活动公示栏",
        "2024年8月31日",
        "未整改",
    ),
]
STATION_ROWS = [
    (
        "南乐县元村镇综合文化站",
        "多功能活动厅堆放杂物，功能室被挪作他用",
        "清理杂物，恢复功能室用途",
        "2024年7月10日",
        "已清理，恢复使用",
    ),
    (
        "南乐县千口镇综合文化站",
        "图书两年未更新，报刊未及时上架",
        "补充更新图书，专人负责报刊上架",
        "2024年8月底前",
        "已申请总馆图书配送，正在编目",
    ),
    (
        "南乐县谷金楼镇综合文化站",
        "开放时间大门紧闭，未公示开放时间和管理员联系方式",
        "公示开放时间，落实专人值守",
        "2024年7月15日",
        "未整改",
    ),
    (
        "南乐县杨村乡综合文化站",
        "文化活动形式单一，主要为广场舞和电影放映",
        "制定年度活动计划，增加培训讲座和非遗展示",
        "2024年12月31日",
        "",
    ),
    (
        "南乐县文化馆",
        "对乡镇文化站业务辅导不足，下基层辅导次数未达标",
        "每月下乡辅导不少于2次",
        "常态化",
        "常态化推进",
    ),
]


def write_library_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 40, 12, 28, 14, 32])
    b.line(ws, 0, "公共文化服务效能检查反馈问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市图书馆    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "问题类别", "反馈问题", "责任部门", "整改措施", "整改时限", "完成情况"])
    for i, row in enumerate(LIBRARY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(LIBRARY_ROWS), "馆长：宋志刚    填表人：黄蕾    联系电话：0393-8121086", 6)
    return b.close()


def write_station_docx(path: Path) -> Path:
    doc = _new_document("南乐县文化馆")
    _title(doc, "乡镇综合文化站服务效能检查问题整改情况", 18)
    _paragraph(doc, "填报单位：南乐县文化馆（县级总馆）    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(STATION_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "存在问题", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：孔维娜    联系电话：0393-7119305", 12)
    return _save_fixed(doc, path)


def write_culture(path: Path) -> Path:
    members = [
        ("公共文化服务效能检查反馈问题整改台账（市图书馆）.xlsx", write_library_book),
        ("乡镇综合文化站服务效能检查问题整改情况（南乐县文化馆）.docx", write_station_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 非遗代表性项目保护单位履职尽责情况检查, after the ministry's notice on checking and assessing the 保护单位
# (项目相关实物和资料收集、建档和保管; 为项目传承及相关活动提供必要条件; 有效保护项目相关文化场所; 积极开展项目
# 展示活动; 主动报告保护工作实施情况; 保管项目标牌; 评估和调整):
# https://zh.wikisource.org/wiki/%E6%96%87%E5%8C%96%E5%92%8C%E6%97%85%E6%B8%B8%E9%83%A8%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E%E5%BC%80%E5%B1%95%E5%9B%BD%E5%AE%B6%E7%BA%A7%E9%9D%9E%E7%89%A9%E8%B4%A8%E6%96%87%E5%8C%96%E9%81%97%E4%BA%A7%E4%BB%A3%E8%A1%A8%E6%80%A7%E9%A1%B9%E7%9B%AE%E4%BF%9D%E6%8A%A4%E5%8D%95%E4%BD%8D%E5%B1%A5%E8%81%8C%E5%B0%BD%E8%B4%A3%E6%83%85%E5%86%B5%E8%AF%84%E4%BC%B0%E5%92%8C%E8%B0%83%E6%95%B4%E5%B7%A5%E4%BD%9C%E7%9A%84%E9%80%9A%E7%9F%A5
# An .xlsx: title, 填报单位/检查依据 line, one header row whose 检查内容 uses the notice's six duties, a project with
# two problems merged over its 项目名称/级别/保护单位, 评估意见, 长期坚持, a 合计 row, a 注 line and a signature line.
HERITAGE_ROWS = [
    (
        "濮阳杂技",
        "国家级",
        "濮阳市杂技艺术保护传承中心",
        [
            (
                "实物和资料收集、建档和保管",
                "项目影像资料未数字化，部分纸质档案受潮霉变",
                "限期整改",
                "2024年10月31日",
                "已购置档案柜和除湿机，影像资料数字化正在进行",
            ),
            ("保管项目标牌", "国家级项目标牌未在传习场所悬挂，存放于仓库", "限期整改", "2024.7.15", "已悬挂"),
        ],
    ),
    (
        "大弦戏",
        "国家级",
        "濮阳县大弦戏传承保护中心",
        [
            (
                "为项目传承及相关活动提供必要条件",
                "传习场所租期到期，传承人授徒活动无固定场地",
                "限期整改",
                "2024年9月30日",
                "已协调县文化馆二楼作为临时传习场所，固定场所正在选址",
            )
        ],
    ),
    (
        "大平调",
        "国家级",
        "濮阳县大平调剧团",
        [("积极开展项目展示活动", "2023年以来未开展公开展演活动", "限期整改", "2024年8月31日", "未整改")],
    ),
    (
        "麦秆画",
        "省级",
        "濮阳市华龙区文化馆",
        [
            (
                "实物和资料收集、建档和保管",
                "代表作品实物未登记造册，部分作品流失",
                "通报提醒",
                "2024年8月15日",
                "",
            )
        ],
    ),
    (
        "清丰剪纸",
        "省级",
        "清丰县文化馆",
        [
            (
                "主动报告保护工作实施情况",
                "未按要求每年报送保护工作实施情况报告",
                "通报提醒",
                "2024年7月20日",
                "已补报2022年度、2023年度报告",
            )
        ],
    ),
    (
        "黄河夯歌",
        "市级",
        "台前县文化馆",
        [
            (
                "为项目传承及相关活动提供必要条件",
                "代表性传承人年逾八旬，未建立传承梯队",
                "限期整改",
                "长期坚持",
                "长期坚持",
            )
        ],
    ),
    (
        "仓颉传说",
        "省级",
        "南乐县仓颉文化研究会",
        [
            (
                "有效保护项目相关文化场所",
                "仓颉庙会传统活动场地被临时摊位挤占",
                "限期整改",
                "2024年8月15日",
                "已约谈市场开办方，摊位正在清退",
            )
        ],
    ),
]


def write_heritage(path: Path) -> Path:
    b = Book(path, author="非遗科")
    ws = b.sheet("检查问题整改台账")
    b.widths(ws, [6, 12, 8, 26, 26, 38, 10, 16, 34])
    b.line(ws, 0, "市级以上非物质文化遗产代表性项目保护单位履职尽责情况检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局    检查依据：《文化和旅游部办公厅关于开展国家级非物质文化遗产代表性项目"
        "保护单位履职尽责情况评估和调整工作的通知》（办非遗发〔2022〕123号）    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "项目级别",
            "保护单位",
            "检查内容",
            "存在问题",
            "评估意见",
            "整改期限",
            "整改情况",
        ],
    )
    r = 3
    n = 0
    for name, level, keeper, problems in HERITAGE_ROWS:
        last = r + len(problems) - 1
        b.merge(ws, r, 1, last, 1, name, b.center)
        b.merge(ws, r, 2, last, 2, level, b.center)
        b.merge(ws, r, 3, last, 3, keeper)
        for duty, problem, verdict, limit, progress in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [duty, problem, verdict, limit, progress], first=4)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws, r, 1, r, 8, "检查国家级、省级、市级项目保护单位31家，发现问题8个，其中限期整改6个、通报提醒2个"
    )
    b.line(ws, r + 1, "注：整改期限为“长期坚持”的，保护单位每半年报送一次进展情况。", 8)
    b.line(ws, r + 2, "科室负责人：焦玉梅    填表人：韩晓光    联系电话：0393-8183362", 8)
    return b.close()


FILES = [
    ("2024年暑期旅游景区及涉水游乐项目安全专项检查隐患整改台账.xlsx", write_scenic),
    ("清丰县文化广电和旅游局关于A级旅游景区复核检查反馈问题整改情况的报告.docx", write_rating),
    ("2024年上半年文物安全检查发现隐患整改台账.xls", write_relic),
    ("南乐县暑期网吧专项整治检查问题登记表.csv", write_netbar),
    ("出版物市场和印刷企业专项督导检查问题整改台账.et", write_press),
    ("广播电视安全播出和卫星地面接收设施专项检查反馈问题整改台账（濮阳县）.xlsx", write_broadcast),
    ("体育健身场馆安全隐患联合检查问题清单.ods", write_venue),
    ("中原路街道全民健身设施安全巡查情况报告.doc", write_fitness),
    ("公共图书馆及乡镇综合文化站服务效能检查问题整改（两家）.zip", write_culture),
    ("市级以上非遗代表性项目保护单位履职尽责检查问题整改台账.xlsx", write_heritage),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

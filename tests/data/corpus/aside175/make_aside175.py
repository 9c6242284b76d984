"""Write the aside175 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 防汛抗旱、地质灾害与城市内涝隐患排查 (乡镇、村、水库、河道、下穿隧道), returns dated July 2024
(statistics date 2024-07-31). Contents (problems, names, dates) are made up; the layouts follow the sources.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion, zip members re-stamped), .wps (Word 97 via LibreOffice), a UTF-8 CSV with BOM, a .docx whose items are
numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx).

Run from this folder: python make_aside175.py
Needs: XlsxWriter, xlwt, python-docx, and LibreOffice (soffice) on PATH for the .et, .ods and .wps files.
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 9, 30, 0)
ZIP_TIME = (2024, 7, 30, 9, 30, 0)


# ---------------------------------------------------------------------------------------------
# Helpers: workbooks (XlsxWriter), Excel 97 (xlwt), Word (python-docx), LibreOffice conversions.
class Sheet:
    """One worksheet of an XlsxWriter workbook with the formats a county office uses."""

    def __init__(self, book: Workbook, name: str):
        self.b = book
        self.ws = book.wb.add_worksheet(name)

    def widths(self, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            self.ws.set_column(c, c, w)

    def put(self, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.b.cell
        if v is None or v == "":
            self.ws.write_blank(r, c, None, fmt)
        elif isinstance(v, date):
            self.ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.b.day)
        elif isinstance(v, (int, float)):
            self.ws.write_number(r, c, v, fmt)
        else:
            self.ws.write_string(r, c, str(v), fmt)

    def merge(self, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.b.cell
        if (r1, c1) == (r2, c2):
            self.put(r1, c1, v, fmt)
        else:
            self.ws.merge_range(r1, c1, r2, c2, "" if v is None else str(v), fmt)

    def line(self, r: int, text: str, last: int, fmt=None) -> None:
        self.merge(r, 0, r, last, text, fmt or self.b.plain)

    def row(self, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(r, first + c, v, fmt)

    def header(self, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            self.ws.write_string(r, first + c, w, self.b.head)


class Workbook:
    def __init__(self, path: Path, author: str):
        self.path = path
        self.wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False})
        self.wb.set_properties({"created": CREATED, "author": author})
        f = self.wb.add_format
        self.title = f(
            {
                "bold": True,
                "font_name": "方正小标宋简体",
                "font_size": 16,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain = f({"font_name": "仿宋_GB2312", "font_size": 11, "valign": "vcenter", "text_wrap": True})
        self.head = f(
            {
                "bold": True,
                "font_name": "黑体",
                "font_size": 11,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = f(
            {"font_name": "仿宋_GB2312", "font_size": 11, "border": 1, "valign": "vcenter", "text_wrap": True}
        )
        self.center = f(
            {
                "font_name": "仿宋_GB2312",
                "font_size": 11,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.day = f(
            {
                "font_name": "仿宋_GB2312",
                "font_size": 11,
                "border": 1,
                "num_format": "yyyy/m/d",
                "align": "center",
                "valign": "vcenter",
            }
        )

    def sheet(self, name: str) -> Sheet:
        return Sheet(self, name)

    def close(self) -> Path:
        self.wb.close()
        return self.path


def _xf(bold=False, border=True, center=False, size=11, wrap=True):
    st = xlwt.XFStyle()
    font = xlwt.Font()
    font.name = "宋体"
    font.bold = bold
    font.height = int(size * 20)
    st.font = font
    if border:
        b = xlwt.Borders()
        b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
        st.borders = b
    al = xlwt.Alignment()
    al.vert = xlwt.Alignment.VERT_CENTER
    al.horz = xlwt.Alignment.HORZ_CENTER if center else xlwt.Alignment.HORZ_LEFT
    al.wrap = 1 if wrap else 0
    st.alignment = al
    return st


def soffice_convert(source: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice --convert-to with a throw-away profile; returns the converted file."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    ext = fmt.split(":")[0]
    return outdir / f"{source.stem}.{ext}"


def restamp_zip(path: Path) -> Path:
    """Rewrite a zip-based file with fixed member times (order and compression kept)."""
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


def converted(writer, path: Path, fmt: str, scratch_name: str) -> Path:
    """Write a scratch .xlsx/.docx with `writer`, convert it with LibreOffice, copy it to `path`."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = writer(Path(tmp) / scratch_name)
        out = soffice_convert(scratch, fmt, Path(tmp) / "out")
        shutil.copyfile(out, path)
    return path


def _run_font(run, font="仿宋_GB2312", size=16.0, bold=False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def new_doc(author: str):
    doc = Document()
    p = doc.core_properties
    p.author = author
    p.last_modified_by = author
    p.created = CREATED
    p.modified = CREATED
    p.revision = 1
    p.comments = ""
    return doc


def para(doc, text: str, size=16.0, font="仿宋_GB2312", align=None, bold=False, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _run_font(p.add_run(text), font, size, bold)
    return p


def title(doc, text: str, size=22.0) -> None:
    para(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def table(doc, header: list[str], rows: list[list[str]], size=10.5):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for c, w in enumerate(header):
        _run_font(t.cell(0, c).paragraphs[0].add_run(w), "黑体", size, True)
    for r, values in enumerate(rows, 1):
        for c, v in enumerate(values):
            if v:
                _run_font(t.cell(r, c).paragraphs[0].add_run(v), "仿宋_GB2312", size)
    return t


def save_docx(doc, path: Path) -> Path:
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 市防指汛前防汛检查反馈问题, after a city 防汛抗旱指挥部's report meeting on its inspection: 7 检查组 checked the
# counties and units (防汛责任落实、在建工程、防汛抢修保障、山洪灾害防御、城乡排涝准备、水毁工程修复、防汛自查整改)
# and reported only problems (堤坝段杂草泥土未清理, 显示屏无人维护, 应急广播设备老化, 城市管网排水设施老旧, 防汛预案未上报、
# 抢险预案操作性不强, 防洪堤防护工程未完工、建材垃圾杂乱堆放, 防指机构调整未审批); the problems were fed back to the
# counties and units to be put right:
# http://ajj.nc.gov.cn/ncajj/gkzwxx/202104/f729b2742f9c4444a8d42ed53f64df1c.shtml
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 merged over three columns) with the 检查组 (inspector) and the
# 被检查县区 beside the 整改责任单位, a 说明 line and a signature line.
CHECK_ROWS = [
    (
        "第一检查组",
        "濮阳县",
        "堤防工程",
        "金堤河濮阳县段部分堤坝段杂草、泥土未清理，影响巡堤查险",
        "濮阳县水利局",
        "组织清除堤坡杂草，清运堆土",
        "2024年6月15日",
        "已清理完毕",
    ),
    (
        "第二检查组",
        "范县",
        "预警设施",
        "沿黄滩区部分村应急广播设备老化，无法正常播报",
        "范县应急管理局",
        "更换老化广播设备",
        "7月底前",
        "已更换23套，剩余9套正在安装",
    ),
    (
        "第三检查组",
        "华龙区",
        "城市排涝",
        "老城区部分排水管网老旧、管径偏小，雨后路面积水",
        "市城管执法局",
        "实施老旧管网改造",
        "2024年10月底前",
        "正在施工",
    ),
    (
        "第三检查组",
        "华龙区",
        "城市排涝",
        "人民路下穿铁路桥涵排水泵站未配备备用电源",
        "市城管局",
        "配备移动发电机组",
        "7月15日前",
        "已配备100千瓦移动发电机组1台",
    ),
    (
        "第四检查组",
        "清丰县",
        "预案方案",
        "县城区防汛应急预案未按时修订上报",
        "清丰县防汛抗旱指挥部办公室",
        "修订预案并报市防办备案",
        "2024年6月20日",
        "已修订并报备",
    ),
    (
        "第五检查组",
        "南乐县",
        "预案方案",
        "抢险预案操作性不强，抢险队伍和物资未明确到具体堤段",
        "南乐县水利局",
        "细化预案，队伍物资落实到堤段",
        "2024年7月10日",
        "未整改",
    ),
    (
        "第六检查组",
        "市城乡一体化示范区",
        "在建工程",
        "马颊河防洪堤防护工程未完工，建材垃圾沿堤杂乱堆放，汛期施工存在安全隐患",
        "市水务局",
        "清运建材垃圾，编制在建工程安全度汛方案",
        "2024年6月30日",
        "",
    ),
    (
        "第七检查组",
        "台前县",
        "组织机构",
        "县防指成员单位调整未报县政府审批，部分成员单位职责不清",
        "台前县防汛抗旱指挥部办公室",
        "报县政府审批后印发",
        "6月30日前",
        "已印发",
    ),
]


def write_check(path: Path) -> Path:
    b = Workbook(path, "市防办")
    s = b.sheet("问题整改台账")
    s.widths([6, 12, 14, 10, 40, 24, 26, 16, 24])
    s.line(0, "2024年汛前防汛检查发现问题整改落实台账", 8, b.title)
    s.line(1, "填报单位：濮阳市防汛抗旱指挥部办公室        填报日期：2024年7月29日", 8)
    for c, w in enumerate(["序号", "检查组", "被检查县（区）", "检查类别", "发现问题", "整改责任单位"]):
        s.merge(2, c, 3, c, w, b.head)
    s.merge(2, 6, 2, 8, "整改落实", b.head)
    s.header(3, ["整改措施", "整改时限", "整改进展"], first=6)
    for i, row in enumerate(CHECK_ROWS, 1):
        s.put(3 + i, 0, i, b.center)
        s.row(3 + i, list(row), first=1)
    end = 4 + len(CHECK_ROWS)
    s.line(end, "说明：各检查组只反馈问题，不谈成绩；整改进展由各责任单位每月25日前报市防办更新。", 8)
    s.line(end + 1, "填表人：郑晓东        审核人：李文革        联系电话：0393-8992106", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 小型水库汛期安全检查情况, after a district 防汛抗旱指挥部's account of its check of small reservoirs and
# hydropower stations (依次对平山水库、洛邦水库…进行检查; 经查，区内各水库水位均低于汛限水位…; 存在以下问题：
# 1.…放水闸其中一个已坏，需及时更换；2.…库区尾部3户群众未及时搬迁…; 目前，针对…已着手开展相关工作…正在筹措资金):
# http://dykfq.qiannan.gov.cn/ztzl_103/aqsc/201905/t20190528_2600713.html
# A .docx: title, 主送, preamble (经查…存在以下问题：), the problems as numbered paragraphs each naming its 责任单位,
# measure, deadline and progress in sentences, a 下一步 paragraph, the office and date at the foot.
RESERVOIR_PARAS = [
    "1．陆集平原水库放水闸两孔闸门中一孔启闭机损坏，闸门无法正常启闭。责任单位：陆集乡人民政府。"
    "整改措施：更换启闭机，2024年7月15日前完成。目前已更换完毕，经试运行启闭正常。",
    "2．杨集调蓄水库库区尾部3户群众房屋位于设计洪水位以下，尚未搬迁。责任单位：杨集乡人民政府。"
    "整改措施：汛期遇强降雨提前转移，年底前完成搬迁安置。目前已制定临时转移方案，搬迁安置正在协调。",
    "3．高码头提排站备用柴油发电机组长期未试机，蓄电池亏电。责任单位：范县金堤河河务管理所。"
    "整改措施：更换蓄电池并每月试机一次，2024年7月10日前完成。目前尚未整改。",
    "4．王楼调蓄水库溢洪道内违规设置拦鱼网，影响泄洪。责任单位：王楼镇人民政府。"
    "整改措施：拆除拦鱼网，7月12日前完成。目前已全部拆除。",
    "5．陆集平原水库大坝测压管淤堵，大坝安全监测数据缺失。责任单位：县水利局工程管理股。"
    "整改措施：对测压管进行冲洗疏通，损坏的予以重新埋设，2024年9月30日前完成。",
    "6．部分水库巡查责任人不熟悉巡查内容和报告程序，巡查记录填写不规范。责任单位：县水利局水旱灾害防御股。"
    "整改措施：组织水库行政、技术、巡查责任人分批培训，长期坚持。",
    "7．杨集调蓄水库防汛物料仓库编织袋、砂石料储备不足。责任单位：杨集乡人民政府。"
    "整改措施：按定额补足防汛物料，7月20日前完成。目前已补充编织袋3000条，砂石料正在调运。",
]


def write_reservoir(path: Path) -> Path:
    doc = new_doc("水旱灾害防御股")
    title(doc, "范县水利局关于小型水库汛期安全检查情况的报告")
    para(doc, "县防汛抗旱指挥部：", indent=False)
    para(
        doc,
        "随着主汛期到来，按照县防指统一部署，7月8日至10日，我局组织技术人员对全县小型水库、调蓄水库及提排站"
        "开展汛期安全检查，依次对陆集平原水库、杨集调蓄水库、王楼调蓄水库和高码头提排站等进行了检查。经查，"
        "各水库水位均低于汛限水位，但仍存在以下问题：",
    )
    for text in RESERVOIR_PARAS:
        para(doc, text)
    para(doc, "下一步，我局将加密汛期巡查频次，督促各责任单位按时限完成整改，确保水库安全度汛。")
    para(doc, "范县水利局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return save_docx(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 乡镇防汛准备工作汇报, after a township's report to the county 防汛抗旱指挥部 (一、全面落实各类防汛抗旱责任制；
# 二、扎实开展汛前检查：…在检查中发现来榜河部分堤防严重漏脚，有倒塌的危险…镇区部分堤防属于干砌石砌筑，防洪标准低…
# 山塘由座落村主任负责汛期巡查…; 防汛物资、抢险队伍、值班):
# http://www.biiyy.com/thread-2778697-1-1.html
# A .wps (Word 97 via LibreOffice): title, 主送, numbered sections 一、二、三、; the problems found as (一)(二)… paragraphs
# under 二、, each with the section or village that answers for it, deadline and progress in sentences; signature.
TOWN_PARAS = [
    "（一）黄河生产堤习城段约1.2公里堤身存在水沟浪窝和獾狐洞穴，汛期有渗水、坍塌危险。由乡水利站负责组织填垫夯实，"
    "计划7月20日前完成，目前已全部填垫完毕。",
    "（二）回木沟习城段淤积严重，过水断面不足设计的一半。由乡水利站负责清淤疏浚，8月底前完成，"
    "目前清淤机械已进场，完成约40%。",
    "（三）滩区三个村台迁安撤退道路部分路段坑洼不平，雨天无法通行。由乡交通管理站负责维修，9月底前完成，目前尚未开工。",
    "（四）西后寨村东部低洼片区12户房屋地势低洼，汛期易积水进户。由习城乡西后寨村村民委员会负责明确转移路线和安置点，"
    "落实包户干部，此项长期坚持。",
    "（五）乡防汛物资仓库救生衣、冲锋舟储备不足，现有救生衣仅80件。由乡应急管理办公室负责补充，7月底前完成。",
    "（六）部分村防汛应急预案照搬模板，转移路线与实际不符。由乡应急管理办公室督促各村修订，6月30日前完成，"
    "目前已全部修订完毕。",
    "（七）乡村两级防汛责任人名单未在政务公开栏公示。由乡党政办公室负责公示，7月5日前完成，"
    "7月3日已在乡政务公开栏和各村公示栏公示。",
]


def write_town_docx(path: Path) -> Path:
    doc = new_doc("习城乡党政办")
    title(doc, "习城乡关于2024年防汛准备工作情况的汇报")
    para(doc, "濮阳县防汛抗旱指挥部：", indent=False)
    para(
        doc,
        "根据县防指有关文件精神，为确保黄河滩区群众生命财产安全和各类工程安全度汛，我乡对今年防汛工作做了全面细致的"
        "安排和准备，现将有关情况汇报如下：",
    )
    para(doc, "一、全面落实防汛责任制", font="黑体")
    para(
        doc,
        "我乡6月5日召开党政联席会议，调整充实乡防汛抗旱指挥部，落实生产堤、村台、排水沟等重点部位防汛责任人，"
        "汛期实行领导带班和24小时值班制度。",
    )
    para(doc, "二、汛前检查发现的问题及整改情况", font="黑体")
    para(
        doc,
        "6月中旬，乡防汛检查组对生产堤、排水沟、村台、迁安道路和防汛物资仓库进行了全面检查，发现以下问题：",
    )
    for text in TOWN_PARAS:
        para(doc, text)
    para(doc, "三、下一步工作", font="黑体")
    para(doc, "我乡将继续加强汛期巡查和值班值守，对未完成的问题挂图作战、逐项销号，确保安全度汛。")
    para(doc, "濮阳县习城乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return save_docx(doc, path)


def write_town(path: Path) -> Path:
    return converted(write_town_docx, path, "doc:MS Word 97", "习城乡防汛准备工作汇报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 妨碍河道行洪突出问题排查整治, after the province's 总河长令 (第4号) ordering the clean-up of problems that block
# flood flow, in ten kinds (阻水建筑物；阻水片林；压缩河道行洪断面的交叉建筑物；侵占、缩窄河道；抬高河道地面高程的
# 活动场所；堤防多年不修整不维护的河段；…政区边界两侧都不管的“卡口”河段…), deadlines 2022年5月31日前 / 12月31日前:
# https://henan.china.com/news/yw/2022/0209/2530245631.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 问题类别 in the order's terms, the 县级河长 (a person)
# beside the 整改责任单位, a 是否整改到位 column (是/否) beside 整改进展, a 合计 row, a 注 line and a 填表人 line.
RIVER_ROWS = [
    (
        "马颊河",
        "韩村镇",
        "阻水建筑物",
        "马颊河左岸河道管理范围内违建养殖棚舍3处，约450平方米",
        "清丰县韩村镇人民政府",
        "赵国华",
        "2024年5月31日",
        "是",
        "已全部拆除",
    ),
    (
        "潴龙河",
        "六塔乡",
        "阻水片林",
        "河道滩地成片种植杨树约60亩，阻碍行洪",
        "清丰县六塔乡人民政府",
        "孙卫东",
        "2024年12月31日",
        "否",
        "已清除约20亩，剩余林木正在办理采伐手续",
    ),
    (
        "马颊河",
        "柳格镇",
        "交叉建筑物",
        "柳格镇段漫水桥桥孔被淤堵，压缩行洪断面",
        "清丰县交通运输局",
        "赵国华",
        "6月底前",
        "否",
        "",
    ),
    (
        "潴龙河",
        "大屯乡",
        "侵占、缩窄河道",
        "河道内开垦耕地约35亩并修筑生产围堤",
        "清丰县大屯乡人民政府",
        "孙卫东",
        "2024年9月30日",
        "否",
        "已约谈耕种户，围堤拆除方案正在制定",
    ),
    (
        "马颊河",
        "古城乡",
        "抬高河道地面高程的活动场所",
        "滩地违规修建垂钓平台和停车场，抬高滩面约0.8米",
        "清丰县古城乡人民政府",
        "赵国华",
        "2024年7月15日",
        "是",
        "",
    ),
    (
        "潴龙河",
        "双庙乡",
        "堤防多年不修整",
        "右堤约1.5公里堤顶坑洼、堤坡雨淋沟密布",
        "清丰县水利局",
        "孙卫东",
        "2024年10月底前",
        "",
        "已纳入年度维修养护计划，正在组织施工",
    ),
    (
        "马颊河",
        "高堡乡",
        "“卡口”河段",
        "清丰县与南乐县交界河段长期无人管护，垃圾和阻水物堆积",
        "清丰县高堡乡人民政府",
        "赵国华",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_river(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县妨碍河道行洪突出问题排查整治台账", t, 0, 10),
        (1, 0, "填报单位：清丰县河长制办公室（盖章）        填报日期：2024年7月26日", plain, 1, 10),
    ]
    words = [
        "序号",
        "河流名称",
        "所在乡镇",
        "问题类别",
        "问题描述",
        "整改责任单位",
        "县级河长",
        "整改时限",
        "是否整改到位",
        "整改进展",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(RIVER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 6, 7, 8) else c))
    r = 3 + len(RIVER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "排查妨碍河道行洪问题7个，已整改到位2个", c, r, 9),
        (
            r + 1,
            0,
            "注：问题类别按省总河长令（第4号）确定的十类问题填写；“是否整改到位”经县河长办复核后填写。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：冯丽娟        审核人：常建设        联系电话：0393-7221563", plain, r + 2, 9),
    ]
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("排查整治台账")
    for col, width in enumerate([6, 10, 10, 16, 36, 22, 10, 14, 10, 30]):
        ws.col(col).width = width * 256
    for cell in cells:
        rr, cc, v, st = cell[:4]
        if len(cell) > 4:
            ws.write_merge(rr, cell[4], cc, cell[5], v, st)
        else:
            ws.write(rr, cc, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 城市排水防涝易涝点和隐患点排查整治, after 住房城乡建设部's notice on 2024 城市排水防涝 (加快实施易涝点和隐患点整治;
# 加强易积水区域城市基础设施的巡查检修，防止路灯灯杆等市政设施因积水发生漏电事故；开展对下凹立交、下沉隧道以及城市
# 低洼地等风险点的排查整治；针对地铁、建筑地下空间的出入口、通风口等重要点位，做好防淹、防倒灌措施):
# http://www.njpanjin.com/cn/Instant/local/202404/t20240403_7602408.html
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (整治责任 over 责任单位/责任人, 整治情况 over 完成时限/整治进展)
# with the 点位类型 in the notice's terms, units in short names, a 注 line and a 填表人 line.
WATERLOG_ROWS = [
    (
        "下沉隧道",
        "京开大道下穿京九铁路隧道",
        "华龙区",
        "隧道雨水泵站仅一路供电，停电即无法抽排",
        "增设第二路电源，配备移动发电机组",
        "市供电公司",
        "韩志刚",
        "2024年6月30日",
        "已完成双电源改造",
    ),
    (
        "下沉隧道",
        "任丘路下穿铁路隧道",
        "华龙区",
        "隧道入口未设置积水水位标尺和自动报警装置",
        "安装水位标尺、积水监测及声光报警装置",
        "市城管局",
        "刘建军",
        "7月10日前",
        "已安装水位标尺，报警装置正在调试",
    ),
    (
        "易涝积水点",
        "黄河路与京开大道交叉口",
        "华龙区",
        "雨水口数量不足，暴雨后路口积水深达40厘米",
        "增设雨水口12座，改造雨水支管",
        "市城管局",
        "刘建军",
        "2024年8月31日",
        "正在施工",
    ),
    (
        "市政设施",
        "中原路易积水路段路灯",
        "华龙区",
        "部分路灯灯杆检修门缺失、线缆接头裸露，积水时存在漏电风险",
        "更换检修门，加装漏电保护装置",
        "市城管局（路灯管理所）",
        "王海涛",
        "2024年7月15日",
        "已完成",
    ),
    (
        "地下空间",
        "濮阳万达广场地下车库",
        "华龙区",
        "车库出入口未配备防淹挡水板和沙袋",
        "配备挡水板、沙袋，汛期专人值守",
        "濮阳万达广场商业管理有限公司",
        "周鹏",
        "2024.7.5",
        "未整改",
    ),
    (
        "城市低洼地",
        "濮上园小区",
        "华龙区",
        "小区地势低于市政道路，强降雨时雨水倒灌入户",
        "加设截水沟和强排泵",
        "华龙区人民政府",
        "陈永胜",
        "2024年9月底",
        "",
    ),
    (
        "下凹立交",
        "濮上路下穿濮范高速立交",
        "开发区",
        "强降雨时缺少交通管控预案，车辆易误入积水区",
        "制定封闭管控预案，设置临时封闭设施",
        "市交警支队",
        "马振宇",
        "2024年7月20日",
        "已制定预案并组织演练",
    ),
    (
        "在建工地",
        "开发区绿城路道路改造工地",
        "开发区",
        "施工围挡占压雨水口，排水不畅",
        "清理被占压雨水口，围挡外移",
        "市住建局",
        "高晓明",
        "2024年7月12日",
        "已清理，围挡已外移",
    ),
]


def write_waterlog(path: Path) -> Path:
    b = Workbook(path, "市排水防涝办")
    s = b.sheet("排查整治清单")
    s.widths([6, 12, 26, 10, 38, 30, 24, 10, 16, 28])
    s.line(0, "2024年城市排水防涝易涝点和隐患点排查整治清单", 9, b.title)
    s.line(
        1,
        "填报单位：濮阳市城市排水防涝工作领导小组办公室        排查时间：2024年6月3日至6月14日        "
        "填报日期：2024年7月26日",
        9,
    )
    for c, w in enumerate(["序号", "点位类型", "点位名称", "所在区域", "存在问题", "整治措施"]):
        s.merge(2, c, 3, c, w, b.head)
    s.merge(2, 6, 2, 7, "整治责任", b.head)
    s.merge(2, 8, 2, 9, "整治情况", b.head)
    s.header(3, ["责任单位", "责任人", "完成时限", "整治进展"], first=6)
    for i, row in enumerate(WATERLOG_ROWS, 1):
        s.put(3 + i, 0, i, b.center)
        s.row(3 + i, list(row), first=1)
    end = 4 + len(WATERLOG_ROWS)
    s.line(end, "注：责任人为整治责任单位明确的具体负责人；短时间难以完成整治的，须落实应急措施。", 9)
    s.line(end + 1, "填表人：宋春燕        联系电话：0393-8121907", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 地下通道防汛, after a city-owned 资产经营公司's account of the 31 地下通道 it manages (排水泵；防汛应急预案、
# 防汛应急小组、防汛值班表、防汛应急培训；采购污水潜水泵、水带、防汛沙袋、应急柴油；更换固定泵；排水沟堵塞时打开
# 检查处置；排出雨水反复倒灌):
# http://www.ddcpc.cn/detail/d_shehui/11515116509460.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line naming the company, one header row whose rows name only the
# company's own 管理班组 and 部门 (the unit is the company), 计划完成时间 and 完成情况, a 备注 column, 填报人 line.
TUNNEL_ROWS = [
    (
        "人民路地下人行通道",
        "管理一班",
        "东出入口集水井固定排水泵损坏1台",
        "更换固定泵",
        "2024.6.25",
        "已更换",
        "",
    ),
    (
        "开州路地下人行通道",
        "管理一班",
        "通道内横向排水沟被垃圾堵塞",
        "清掏排水沟，每周巡查一次",
        "2024.7.5",
        "已清掏，复查合格",
        "",
    ),
    (
        "胜利路下穿车行通道",
        "管理二班",
        "未配备应急柴油和移动发电设备",
        "采购柴油发电机1台，储备柴油200升",
        "7月15日前",
        "已签订采购合同，待到货",
        "",
    ),
    (
        "京开大道地下人行通道",
        "管理二班",
        "出入口台阶低于周边地面，雨水易倒灌",
        "加高出入口挡水坎",
        "2024年8月31日",
        "未启动",
        "需市政部门配合",
    ),
    (
        "全部通道",
        "安全部",
        "防汛应急预案未按新机构更新，值班表未张贴",
        "修订预案，各通道张贴值班表",
        "2024.6.20",
        "已完成",
        "",
    ),
    (
        "建设路地下人行通道",
        "管理三班",
        "通道照明配电箱安装位置偏低，易被积水浸泡",
        "抬高配电箱",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "全部通道",
        "工程部",
        "污水潜水泵和防汛沙袋储备不足",
        "补充潜水泵10台、沙袋1000个",
        "7月底前",
        "已补充潜水泵6台，其余正在采购",
        "",
    ),
]


def write_tunnel_book(path: Path) -> Path:
    b = Workbook(path, "工程部")
    s = b.sheet("Sheet1")
    s.widths([6, 22, 12, 36, 30, 14, 22, 16])
    s.line(0, "地下通道（下穿通道）防汛隐患自查整改情况表", 7, b.title)
    s.line(
        1,
        "填报单位：濮阳市城投资产经营有限公司（盖章）        管理通道：地下人行通道18条、下穿车行通道3条",
        7,
    )
    s.header(
        2,
        [
            "序号",
            "通道名称",
            "责任班组（部门）",
            "自查发现问题",
            "整改措施",
            "计划完成时间",
            "完成情况",
            "备注",
        ],
    )
    for i, row in enumerate(TUNNEL_ROWS, 1):
        s.put(2 + i, 0, i, b.center)
        s.row(2 + i, list(row), first=1)
    s.line(4 + len(TUNNEL_ROWS), "填报人：罗文静        审核人：丁鹏飞        填报日期：2024年7月27日", 7)
    return b.close()


def write_tunnel(path: Path) -> Path:
    return converted(write_tunnel_book, path, "xls:MS Excel 97", "地下通道防汛隐患自查整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 隧道立交、易积水点防汛度汛专项检查, after a district's special check led by a 副区长 with the 水务局 and 交运局
# (齐门北大街下穿…立交、…积水点、…隧道泵房; 落实好隧道下穿自动报警水位尺等装置；对隧道、下穿立交特别是重现期不达标
# 的逐一登记在册，加快落实整改；编制防汛度汛应急预案，落实移动泵车、备用发电机、小型移动水泵等应急度汛物资；加强
# 隧道下穿泵房设备巡检；必要时候坚决果断关闭下穿或隧道):
# http://m.laizai.cn/szxcrmzf/bmdt/202207/5e428d54f33a41bcb424c46a8ea568e1.shtml
# An .ods (LibreOffice conversion): title, 检查时间/检查组 line, one header row with 整改完成情况 and 复查意见 columns,
# deadlines as 7月15日前 / 2024.7.10 / 长期坚持, a 填表说明 line and a signature line.
SPECIAL_ROWS = [
    (
        "长庆路下穿铁路立交",
        "下穿立交",
        "未安装自动报警水位尺",
        "安装自动报警水位尺",
        "华龙区住房和城乡建设局",
        "7月15日前",
        "已安装",
        "复查合格",
    ),
    (
        "人民路下穿隧道",
        "下穿隧道",
        "隧道雨水泵房2台水泵中1台故障停用",
        "维修故障水泵",
        "华龙区住房和城乡建设局",
        "2024.7.10",
        "正在维修",
        "",
    ),
    (
        "黄河路与大庆路交叉口",
        "易积水点",
        "去年汛期积水点改造工程尚未完工",
        "加快施工进度",
        "华龙区胜利路街道办事处",
        "2024年8月底",
        "正在施工",
        "",
    ),
    (
        "绿城路下穿隧道",
        "下穿隧道",
        "排水重现期不达标（仅3年一遇），未登记在册",
        "登记在册，落实应急抽排措施",
        "华龙区住房和城乡建设局",
        "7月10日前",
        "未整改",
        "复查未通过",
    ),
    (
        "中原路昆吾路口",
        "易积水点",
        "未落实移动泵车、备用发电机等应急度汛物资",
        "落实应急物资并明确存放点",
        "华龙区中原路街道办事处",
        "2024年7月20日",
        "已落实移动泵车1台，备用发电机正在采购",
        "",
    ),
    (
        "京开大道下穿立交",
        "下穿立交",
        "未制定强降雨时关闭下穿的交通管控方案",
        "制定封闭管控方案",
        "华龙区交通运输局",
        "2024.7.31",
        "",
        "",
    ),
    (
        "各隧道泵房",
        "泵房",
        "泵房设备巡检记录不全",
        "每日巡检并如实记录",
        "华龙区住房和城乡建设局",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_special_book(path: Path) -> Path:
    b = Workbook(path, "华龙区防办")
    s = b.sheet("问题清单")
    s.widths([6, 22, 10, 36, 28, 24, 14, 26, 12])
    s.line(0, "华龙区下穿隧道立交及易积水点防汛度汛专项检查问题清单", 8, b.title)
    s.line(
        1,
        "检查时间：2024年7月4日        检查组：副区长带队，区水利局、区交通运输局、区住房和城乡建设局参加",
        8,
    )
    s.header(
        2,
        [
            "序号",
            "检查点位",
            "点位类型",
            "检查发现问题",
            "整改要求",
            "责任单位",
            "整改时限",
            "整改完成情况",
            "复查意见",
        ],
    )
    for i, row in enumerate(SPECIAL_ROWS, 1):
        s.put(2 + i, 0, i, b.center)
        s.row(2 + i, list(row), first=1)
    end = 3 + len(SPECIAL_ROWS)
    s.line(end + 1, "填表说明：“复查意见”由区防办复查后填写；重现期不达标的隧道、下穿立交须逐一登记在册。", 8)
    s.line(end + 2, "华龙区防汛抗旱指挥部办公室        2024年7月25日", 8)
    return b.close()


def write_special(path: Path) -> Path:
    converted(write_special_book, path, "ods", "华龙区下穿隧道立交防汛专项检查问题清单.xlsx")
    return restamp_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 城市防汛积水隐患“一点一策”责任清单, after a city 市政工程管理处's account of its work (灾后重建回头看…问题当场
# 交办; 组织单位职工对管理范围内52条城市道路开展拉网式排查，对检查出存在安全隐患问题建立台账，交办相关单位进行整改；
# 同时建立了城市防汛积水隐患“一点一策”责任清单，制定了“一点一策”工作方案):
# https://www.zzsj.gov.cn/sjdt/6492818.jhtml
# A CSV in UTF-8 with BOM: a title line, a 填报单位/更新日期 line, one header line whose rows name only the sender's own
# 养护所/排水所 (the unit is the 管理处), dates partly ISO and partly in words, a 说明 line.
POINT_ROWS = [
    (
        "大庆路铁路桥下",
        "大庆路",
        "雨水管道淤积，过流能力不足",
        "汛前疏通管道，配备移动泵车1台",
        "排水所",
        "2024-06-30",
        "已疏通",
    ),
    (
        "任丘路与长庆路口",
        "任丘路",
        "路面沉降形成低洼，雨后积水",
        "整修抬高路面",
        "养护一所",
        "2024-08-15",
        "施工中",
    ),
    (
        "昆吾路桥涵",
        "昆吾路",
        "涵洞排水口被杂物堵塞",
        "清理排水口杂物，雨前巡查",
        "养护二所",
        "7月10日前",
        "已完成",
    ),
    ("绿城路与濮水路口", "绿城路", "雨水篦子缺失3处", "补装雨水篦子", "养护一所", "2024-07-05", "未整改"),
    (
        "京开大道中原路口",
        "京开大道",
        "支管接入市政主管不畅，雨水倒灌",
        "改造连接井",
        "排水所",
        "2024年9月底",
        "",
    ),
    (
        "黄河路东段",
        "黄河路",
        "去年水毁路面修复后再次出现坑槽",
        "返修坑槽并加强基层",
        "养护二所",
        "2024-07-20",
        "已返修，验收合格",
    ),
    (
        "胜利路东段",
        "胜利路",
        "无雨水排出口，依靠临时泵排",
        "新建雨水管道接入马颊河",
        "排水所",
        "2024-12-31",
        "已完成设计，待招标",
    ),
]


def write_points(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年城市防汛积水隐患“一点一策”责任清单及整改进度"])
    w.writerow(
        ["填报单位：濮阳市市政工程管理处    排查范围：管理范围内52条城市道路    更新日期：2024年7月25日"]
    )
    w.writerow(
        ["序号", "积水隐患点位", "所属道路", "隐患情况", "“一点一策”措施", "责任科室", "完成时限", "整改进度"]
    )
    for i, row in enumerate(POINT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["说明：责任科室为管理处内设科室及所属养护所；整改进度每周更新一次。"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 汛前地质灾害风险隐患排查, after a city 自然资源和规划局's 汛前地质灾害风险及安全生产隐患大排查 (防灾责任人和巡查员
# 进岗到位、工作职责和任务落实、“地灾智防”App安装使用、警示牌标识完整; 疑似隐患点、拟核减点位、群测群防员调整;
# 地质灾害风险防范区(隐患点)、治理工程、切坡建房、监测设备运行维护; 边查边改、立查立改、清单式管理):
# http://www.lifeyk.com/html/2023-02/16/content_2456246.htm
# An .xlsx: title, 填报单位 line, a two-row header (隐患点基本情况 over 编号/名称/类型/县区/乡镇, 排查整改 over the rest)
# with a 核查结论 column beside 整改情况, a 注 line and a 填表人 line.
GEO_ROWS = [
    (
        "HN-PY-0412",
        "吴坝乡张堂村黄河河岸",
        "河岸崩塌",
        "台前县",
        "吴坝乡",
        "警示牌损毁，群测群防员调整后未重新公示",
        "台前县吴坝乡人民政府",
        "2024年6月15日",
        "已重新设立警示牌并公示",
        "核查通过",
    ),
    (
        "HN-PY-0407",
        "陈庄镇韩徐庄地面塌陷",
        "地面塌陷",
        "范县",
        "陈庄镇",
        "群测群防员未安装使用“地灾智防”App，巡查记录缺失",
        "范县陈庄镇人民政府",
        "6月30日前",
        "已安装App，正在补录巡查记录",
        "",
    ),
    (
        "HN-PY-0398",
        "文留镇油田采空区地面塌陷",
        "地面塌陷",
        "濮阳县",
        "文留镇",
        "地表裂缝监测设备离线，数据中断",
        "濮阳县自然资源局",
        "2024年7月10日",
        "未整改",
        "",
    ),
    (
        "HN-PY-0421",
        "岳村镇取土坑边坡",
        "崩塌",
        "华龙区",
        "岳村镇",
        "取土坑边坡陡峭，坑边未设置防护栏和警示标志",
        "华龙区岳村镇人民政府",
        "2024.7.20",
        "已设置防护栏和警示标志",
        "核查通过",
    ),
    (
        "HN-PY-0415",
        "千口镇地裂缝",
        "地裂缝",
        "南乐县",
        "千口镇",
        "隐患点周边新建房屋未纳入威胁对象统计",
        "南乐县自然资源局",
        "7月底前",
        "",
        "",
    ),
    (
        "HN-PY-0409",
        "张庄镇金堤河河岸",
        "河岸崩塌",
        "范县",
        "张庄镇",
        "治理工程浆砌石护坡局部冲毁约30米",
        "范县自然资源局",
        "2024年9月30日",
        "已完成修复设计，正在招标",
        "",
    ),
    (
        "—",
        "全市",
        "—",
        "—",
        "—",
        "部分乡镇防灾责任人职责不清，汛期巡查要求不熟悉",
        "市自然资源局",
        "长期坚持",
        "常态化开展培训",
        "",
    ),
    (
        "HN-PY-0418",
        "夹河乡林坝村黄河河岸",
        "河岸崩塌",
        "台前县",
        "夹河乡",
        "危险区内2户居民未发放避险明白卡",
        "台前县夹河乡人民政府",
        "2024年7月5日",
        "已发放并签订明白卡",
        "核查通过",
    ),
]


def write_geo(path: Path) -> Path:
    b = Workbook(path, "地质环境科")
    s = b.sheet("排查整改台账")
    s.widths([6, 13, 24, 10, 9, 9, 36, 22, 14, 26, 10])
    s.line(0, "2024年汛前地质灾害风险隐患排查发现问题整改台账", 10, b.title)
    s.line(1, "填报单位：濮阳市自然资源和规划局（地质环境科）        填报日期：2024年7月30日", 10)
    s.merge(2, 0, 3, 0, "序号", b.head)
    s.merge(2, 1, 2, 5, "隐患点基本情况", b.head)
    s.merge(2, 6, 2, 10, "排查整改", b.head)
    s.header(
        3,
        [
            "隐患点编号",
            "隐患点名称",
            "灾害类型",
            "县（区）",
            "乡镇",
            "排查发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "核查结论",
        ],
        first=1,
    )
    for i, row in enumerate(GEO_ROWS, 1):
        s.put(3 + i, 0, i, b.center)
        s.row(3 + i, list(row), first=1)
    end = 4 + len(GEO_ROWS)
    s.line(end, "注：“核查结论”由县级自然资源部门现场核查后填写；边查边改、立查立改的问题一并列入。", 10)
    s.line(end + 1, "填表人：邵明轩        审核人：侯丽萍        联系电话：0393-4416078", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 农田灌溉机井排查维修, after a township's account of its check of 232 灌溉机井 during a dry spell (对机井的井堡、
# 控制系统、水泵、出水情况、配套设施、使用情况进行拉网式排查，标清机井位置及存在问题，建立问题排查台账；镇乡村建设
# 办公室根据问题台账组织技术人员实地维修，“井出水、泵可用、电连通、能灌溉”；“谁使用、谁管护”):
# http://qingfengw.com/Township/info/210687
# A .zip of two returns: the township's .xlsx (rows name the 村 and 机井编号; the 责任科室 is its own 乡村建设办公室, the
# 包村干部 a person) and a second township's .docx (a table naming the 村民委员会 as 责任单位, who use and keep the wells).
WELL_ROWS = [
    (
        "马庄桥村",
        "MZQ-017",
        "村西生产路北",
        "水泵",
        "水泵烧毁，机井不出水",
        "更换水泵",
        "2024.6.10",
        "已更换，出水正常",
    ),
    (
        "后刘村",
        "MZQ-045",
        "村南机耕路东",
        "井堡",
        "井堡破损，井口无盖板",
        "修复井堡、加装盖板",
        "2024.6.20",
        "已修复",
    ),
    (
        "尚庄村",
        "MZQ-088",
        "村北灌渠旁",
        "电力",
        "地埋电缆被盗，机井无法通电",
        "重新敷设地埋电缆",
        "6月底前",
        "正在协调供电所",
    ),
    ("王什村", "MZQ-126", "村东南", "出水", "井管淤积，出水量小", "洗井", "2024年7月15日", "未整改"),
    (
        "马庄桥村",
        "MZQ-021",
        "村西生产路南",
        "控制系统",
        "智能控制箱损坏，无法刷卡取水",
        "更换控制箱",
        "2024.7.25",
        "",
    ),
]
XIANZHUANG_ROWS = [
    ("仙庄镇孙庄村村民委员会", "3眼机井配套变压器损坏", "2024年6月25日", "已修复"),
    ("仙庄镇西王村村民委员会", "机井“一长两员”信息牌缺失", "7月10日前", "已补设"),
    ("仙庄镇南街村村民委员会", "灌溉输水管道老化破损", "2024.7.20", "正在更换"),
    ("仙庄镇北王庄村村民委员会", "2眼机井配套泵房坍塌", "2024年8月31日", "未启动"),
]


def write_well_book(path: Path) -> Path:
    b = Workbook(path, "乡村建设办公室")
    s = b.sheet("问题排查台账")
    s.widths([6, 12, 12, 16, 10, 32, 22, 14, 22])
    s.line(0, "马庄桥镇农田灌溉机井问题排查台账", 8, b.title)
    s.line(
        1,
        "填报单位：清丰县马庄桥镇人民政府        责任科室：镇乡村建设办公室        填报日期：2024年7月22日",
        8,
    )
    s.header(
        2,
        ["序号", "村名", "机井编号", "机井位置", "问题类型", "存在问题", "整改措施", "整改时限", "整改情况"],
    )
    for i, row in enumerate(WELL_ROWS, 1):
        s.put(2 + i, 0, i, b.center)
        s.row(2 + i, list(row), first=1)
    end = 3 + len(WELL_ROWS)
    s.line(end + 1, "备注：全镇共排查灌溉机井232眼，本表只列存在问题的机井。", 8)
    s.line(end + 2, "填表人：牛亚楠        联系电话：13839351276", 8)
    return b.close()


def write_xianzhuang_docx(path: Path) -> Path:
    doc = new_doc("仙庄镇政府")
    title(doc, "仙庄镇抗旱机井排查维修情况", 18)
    para(doc, "填报单位：清丰县仙庄镇人民政府        填报日期：2024年7月23日", 12, indent=False)
    para(
        doc,
        "按照“谁使用、谁管护”的原则，存在问题的机井由所在村村民委员会负责整改，镇农业服务中心负责技术指导。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(XIANZHUANG_ROWS, 1)]
    table(doc, ["序号", "责任单位", "存在问题", "整改时限", "整改情况"], body)
    para(doc, "填表人：郭红霞        联系电话：0393-7582210", 12, indent=False)
    return save_docx(doc, path)


def write_wells(path: Path) -> Path:
    members = [
        ("马庄桥镇农田灌溉机井问题排查台账.xlsx", write_well_book),
        ("仙庄镇抗旱机井排查维修情况.docx", write_xianzhuang_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 度汛工程查险除险, after a county 水利局's account of its check of the drains and the 金堤河 (对境内流域面积30平方
# 公里以上的排水沟淤积、设障、平沟种植情况、险工险段、口门及重要度汛工程…和8座提排站闸进行拉网式检查，并登记造册，
# 制定相应度汛措施; 需堵复路口和口门、阻水作物、险工险段、漏水穿堤涵闸(管)、漫水桥梁、危桥):
# https://www.rbhnp.com/show.asp?id=2087
# An .xlsx: title, 填报单位 line, one header row, the 河道（工程）名称 merged down over its rows, 隐患类别 in the
# source's words, a 合计 row and a signature line.
DRAIN_GROUPS = [
    (
        "金堤河",
        [
            (
                "左堤152+300",
                "口门",
                "生产路口门未堵复，堤顶低于设计高程0.6米",
                "汛前堵复口门",
                "台前县侯庙镇人民政府",
                "2024年6月30日",
                "已堵复",
            ),
            (
                "156+000～157+200",
                "阻水作物",
                "河道内种植高秆阻水作物约260亩",
                "清除阻水作物",
                "台前县城关镇人民政府",
                "7月10日前",
                "已清除约180亩，剩余正在清除",
            ),
            (
                "右堤159+500",
                "漏水穿堤涵闸（管）",
                "穿堤涵管接缝漏水",
                "封堵漏水涵管",
                "台前县水利局",
                "2024年7月15日",
                "已封堵，汛期观测无渗漏",
            ),
            (
                "右堤161+800",
                "险工险段",
                "堤脚冲刷坍塌约80米",
                "抛石护脚",
                "台前县水利局",
                "2024年8月底",
                "未整改",
            ),
        ],
    ),
    (
        "梁庙沟",
        [
            (
                "马楼镇段",
                "漫水桥梁",
                "漫水桥阻水，桥下淤积严重",
                "清淤并拓宽桥孔",
                "台前县交通运输局",
                "2024.7.20",
                "",
            ),
            (
                "后方乡段",
                "平沟种植",
                "沟内平沟种植玉米约1.5公里",
                "清除沟内作物，恢复沟形",
                "台前县后方乡人民政府",
                "2024年7月5日",
                "已清除",
            ),
        ],
    ),
    (
        "张庄提排站",
        [
            (
                "站区",
                "提排站闸",
                "2号机组电机绝缘老化",
                "更换电机",
                "台前县水利局",
                "2024年7月31日",
                "已更换电机，试运行正常",
            ),
        ],
    ),
    (
        "白岭沟",
        [
            (
                "清水河乡段",
                "危桥",
                "生产桥桥墩开裂，桥面下沉",
                "设置限行和警示标志，年底前拆除重建",
                "台前县交通运输局",
                "年底前",
                "已设置警示标志，重建方案正在报批",
            ),
        ],
    ),
]


def write_drains(path: Path) -> Path:
    b = Workbook(path, "工程管理股")
    s = b.sheet("登记表")
    s.widths([6, 14, 18, 16, 34, 28, 22, 14, 28])
    s.line(0, "台前县2024年度汛工程查险除险登记表", 8, b.title)
    s.line(1, "填报单位：台前县水利局（盖章）        填报日期：2024年7月28日", 8)
    s.header(
        2,
        [
            "序号",
            "河道（工程）名称",
            "位置（桩号）",
            "隐患类别",
            "隐患描述",
            "度汛措施",
            "责任单位",
            "完成时限",
            "处理情况",
        ],
    )
    r = 3
    n = 0
    for name, rows in DRAIN_GROUPS:
        s.merge(r, 1, r + len(rows) - 1, 1, name, b.center)
        for row in rows:
            n += 1
            s.put(r, 0, n, b.center)
            s.row(r, list(row), first=2)
            r += 1
    s.put(r, 0, "合计", b.center)
    s.merge(r, 1, r, 8, "登记度汛隐患8处，其中已处理完毕4处")
    s.line(r + 2, "负责人：吕长青        填表人：尹雪梅        联系电话：0393-2216530", 8)
    return b.close()


FILES = [
    ("2024年汛前防汛检查发现问题整改落实台账.xlsx", write_check),
    ("范县水利局关于小型水库汛期安全检查情况的报告.docx", write_reservoir),
    ("习城乡关于2024年防汛准备工作情况的汇报.wps", write_town),
    ("清丰县妨碍河道行洪突出问题排查整治台账.xls", write_river),
    ("城市排水防涝易涝点和隐患点排查整治清单.xlsx", write_waterlog),
    ("地下通道防汛隐患自查整改情况表（城投资产公司）.et", write_tunnel),
    ("华龙区下穿隧道立交及易积水点防汛专项检查问题清单.ods", write_special),
    ("城市防汛积水隐患一点一策责任清单.csv", write_points),
    ("汛前地质灾害风险隐患排查问题整改台账.xlsx", write_geo),
    ("农田灌溉机井排查整改台账（马庄桥镇、仙庄镇）.zip", write_wells),
    ("台前县度汛工程查险除险登记表.xlsx", write_drains),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for p in build():
        print(p.name)

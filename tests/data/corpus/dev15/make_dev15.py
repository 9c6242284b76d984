"""Regenerate the aside10 part (kept aside) of the intake corpus (python make_aside10.py, from this folder).

Thirteen returns of the kinds a municipal 督查局 collects: 政协提案办理, 人大代表建议办理, 燃气企业安全检查
限期整改, 数字化城管案件, 河长巡河问题, 企业安全生产隐患自查, 营商环境专项整治问题线索, 城镇燃气专项整治
整改报告, 校园及周边食品安全检查, 营商环境评价反馈问题, 数字化城管挂账问题库, 校园周边食品经营者责令
整改记录 and 河湖长制重点任务 (a zip of two counties' returns). Each copies the kind of table or document
a public source shows; the source is cited next to each layout (and repeated in expected.json and
SOURCES.txt). The contents (problems, names, dates) are made up.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: workbooks written with XlsxWriter; one .xls, one .et (an Excel 97 file with the WPS suffix) and
one .ods converted by LibreOffice (soffice --headless --convert-to), the .ods rewritten with fixed member
times; .docx written with python-docx; one .wps, a Word document converted by LibreOffice to Word 97;
one CSV in GBK and one CSV in UTF-8 with a BOM; one tab-separated UTF-16 text file; one .zip of a
workbook and a Word document with GBK member names.
Needs XlsxWriter, python-docx and LibreOffice (soffice).
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
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 17, 0, 0)


# ---------------------------------------------------------------------------------------------
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
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 15, 40, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 14, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, True)
    for r, values in enumerate(rows, start=1):
        for c, text in enumerate(values):
            _cell_text(table.cell(r, c), text, size)
    return table


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 17, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def _docx_bytes(doc) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return _save_fixed(doc, Path(tmp) / "member.docx").read_bytes()


# =============================================================================================
# 1. 政协提案办理情况统计表, after a city government's notice on 建议、提案 handling (承办单位在收到之日起
# 3个月内办理完毕并答复; 经同意可延长1个月; 复文用“A、B、C、D”标出办理结果):
# http://www.fsou.net/html/text/lar/170104/17010450_1.html
# Title; the 交办 date and the 3-month 办复 time limit stated once above the table; a two-row header
# (办理情况 over 办理结果/答复日期/委员意见); short and former unit names; 合计 row, A-D legend, signature.
PROPOSAL_ROWS = [
    [
        "第15号",
        "关于增设中心城区老年助餐点的提案",
        "王春燕",
        "市民政局",
        "市财政局",
        "A",
        date(2024, 6, 12),
        "满意",
        "",
    ],
    [
        "第23号",
        "关于规范校外培训机构收费行为的提案",
        "赵卫东",
        "市教育局",
        "市市场监管局",
        "B",
        date(2024, 6, 18),
        "基本满意",
        "",
    ],
    [
        "第31号",
        "关于优化城区夜间公交线路的提案",
        "孙立平",
        "市交通局",
        "市公交公司",
        "",
        "",
        "",
        "正在办理，已征求公交公司意见",
    ],
    [
        "第38号",
        "关于加强历史文化街区保护利用的提案",
        "李文博",
        "市文广新局",
        "市自然资源局",
        "C",
        date(2024, 6, 5),
        "满意",
        "",
    ],
    [
        "第44号",
        "关于提升社区卫生服务中心诊疗能力的提案",
        "周红梅",
        "市卫生局",
        "市医保局",
        "",
        "",
        "",
        "经市政协提案委同意延长1个月办理，目前正在开展调研",
    ],
    [
        "第52号",
        "关于治理背街小巷占道经营的提案",
        "郭建设",
        "市城管执法局",
        "华龙区政府",
        "",
        "",
        "",
        "逾期未答复",
    ],
    [
        "第57号",
        "关于完善残疾人就业帮扶机制的提案",
        "冯玉兰",
        "市残联",
        "市人社局",
        "A",
        date(2024, 6, 19),
        "满意",
        "",
    ],
    ["第63号", "关于放宽灵活就业人员住房公积金缴存条件的提案", "韩晓光", "市公积金中心", "", "", "", "", ""],
]


def write_proposals(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("提案办理")
    b.widths(ws, [5, 8, 40, 9, 14, 14, 9, 13, 10, 30])
    last = 9
    b.line(ws, 0, "市政协十届三次会议提案办理情况统计表", last, b.title)
    b.line(
        ws,
        1,
        "本次会议提案于2024年3月20日集中交办。各承办单位要在收到提案之日起3个月内办理完毕并答复委员；"
        "个别情况复杂确需延长的，经同意后可延长1个月办结。",
        last,
    )
    b.line(ws, 2, "统计截至：2024年7月31日", last)
    for c, word in [
        (0, "序号"),
        (1, "提案号"),
        (2, "案由"),
        (3, "提案人"),
        (4, "主办单位"),
        (5, "会办单位"),
        (9, "备注"),
    ]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 8, "办理情况", b.head)
    b.header(ws, 4, ["办理结果", "答复日期", "委员意见"], first=6)
    r = 5
    for n, values in enumerate(PROPOSAL_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.center if c in (1, 6, 8) else b.cell))
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 9, "共8件，已答复4件", b.cell)
    b.line(
        ws,
        r + 1,
        "注：办理结果用“A、B、C、D”标明：A为所提问题已经解决或基本解决；B为正在解决或列入规划逐步解决；"
        "C为因条件限制需以后解决；D为留作参考。",
        last,
    )
    b.line(ws, r + 3, "填表人：杜晓宁　　　联系电话：0393-8123307　　　市政府督查室（章）", last)
    return b.close()


# =============================================================================================
# 2. 代表建议办理情况表 (.docx with a table), after a provincial regulation on handling 代表建议、批评
# 和意见 (接到交办后的三个月内书面答复代表; 量大或者复杂的, 经交办机构同意可以延长至六个月; 征询意见表):
# http://www.fymate.net/html/text/lar/168704/16870457_3.html
# A bureau's return: title, the 承办单位 line naming the sender, a table whose rows name its 承办科室;
# 交办日期 per row, 答复期限 in the regulation's words, 办理情况 sentences, 代表意见; signature and date.
DEPUTY_ROWS = [
    [
        "第0108号",
        "关于加快老旧小区加装电梯的建议",
        "城市更新科",
        "2024年3月25日",
        "交办之日起三个月内",
        "已书面答复代表，年内计划加装的12部电梯已全部投入使用",
        "满意",
    ],
    [
        "第0115号",
        "关于解决城东片区雨污管网混接问题的建议",
        "城建科",
        "2024年3月25日",
        "交办之日起三个月内",
        "已书面答复代表，混接点改造列入2025年计划逐步解决",
        "基本满意",
    ],
    [
        "第0122号",
        "关于规范住宅小区物业服务收费公示的建议",
        "房地产市场监管科",
        "2024年3月25日",
        "经交办机构同意延长至六个月",
        "正在开展全市物业服务收费专项检查",
        "",
    ],
    [
        "第0137号",
        "关于推进保障性租赁住房建设的建议",
        "住房保障科",
        "2024年4月8日",
        "交办之日起三个月内",
        "未答复",
        "",
    ],
    [
        "第0141号",
        "关于加强建筑工地扬尘治理的建议",
        "建筑业管理科",
        "2024年3月25日",
        "2024年6月30日前",
        "",
        "",
    ],
    [
        "第0150号",
        "关于加快城镇燃气老化管网更新改造的建议",
        "城建科",
        "2024年3月25日",
        "交办之日起三个月内",
        "已书面答复代表，问题已解决",
        "满意",
    ],
    [
        "第0163号",
        "关于提高住宅专项维修资金使用效率的建议",
        "房地产市场监管科",
        "2024年4月8日",
        "交办之日起三个月内",
        "已与代表沟通，正在修订维修资金使用管理办法",
        "",
    ],
]


def write_deputies(path: Path) -> Path:
    doc = _new_document("市住建局办公室", landscape=True)
    _paragraph(doc, "市十届人大三次会议代表建议办理情况表", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "承办单位：市住建局（盖章）　　　　　　　　　　　　　　　填报日期：2024年7月30日", 12)
    _table(
        doc,
        ["序号", "建议编号", "建议题目", "承办科室", "交办日期", "答复期限", "办理情况", "代表意见"],
        [[str(n), *values] for n, values in enumerate(DEPUTY_ROWS, start=1)],
        10,
    )
    _paragraph(doc, "说明：代表意见以代表寄回的《代表建议办理情况征询意见表》为准。", 12)
    _paragraph(doc, "分管领导：程建华　　　经办人：马丽　　　电话：0393-4412635", 12)
    return _save_fixed(doc, path)


# =============================================================================================
# 3. 燃气安全检查隐患限期整改登记 (CSV in GBK as a county system exports it), after a county 住建局's
# joint inspection of gas companies and 燃气网点 that issued 安全隐患限期整改通知书 for every hazard:
# https://www.baihe.gov.cn/Content-817928.html
# A title line and an 检查组 line above the header; 检查日期 and the 检查组 beside the 受检单位;
# 整改期限 as N日内 (from the 检查日期), a date, 立即整改 or 月底前; 复查日期/复查结果 and 备注; a count line.
GAS_HEADER = [
    "序号",
    "检查日期",
    "检查组",
    "受检单位",
    "单位类别",
    "隐患内容",
    "通知书编号",
    "整改期限",
    "复查日期",
    "复查结果",
    "备注",
]
GAS_ROWS = [
    [
        "2024-07-02",
        "第一检查组",
        "濮阳县华润燃气有限公司",
        "管道燃气企业",
        "门站储罐区可燃气体报警器未按期检定",
        "濮县燃限改〔2024〕01号",
        "7日内",
        "2024-07-09",
        "复查合格",
        "",
    ],
    [
        "2024-07-02",
        "第一检查组",
        "濮阳县华润燃气有限公司城关液化气供应站",
        "瓶装燃气供应站",
        "钢瓶储存间通风不良，实瓶超量存放",
        "濮县燃限改〔2024〕02号",
        "立即整改",
        "2024-07-02",
        "复查合格",
        "",
    ],
    [
        "2024-07-03",
        "第二检查组",
        "濮阳中原新奥燃气有限公司",
        "管道燃气企业",
        "部分中压管道沿线标志桩缺失",
        "濮县燃限改〔2024〕03号",
        "2024-07-31",
        "",
        "",
        "企业正在补设标志桩",
    ],
    [
        "2024-07-03",
        "第二检查组",
        "濮阳县金鑫液化气站",
        "瓶装燃气供应站",
        "5名送气工未取得从业人员资格证",
        "濮县燃限改〔2024〕04号",
        "15日内",
        "2024-07-19",
        "复查不合格",
        "已有3人取证，其余2人已报名培训",
    ],
    [
        "2024-07-05",
        "第三检查组",
        "濮阳县兴旺液化气供应点",
        "瓶装燃气供应点",
        "未取得燃气经营许可证擅自经营",
        "濮县燃限改〔2024〕05号",
        "立即停止经营",
        "2024-07-06",
        "未整改，仍在经营",
        "",
    ],
    [
        "2024-07-08",
        "第一检查组",
        "濮阳县顺达燃气有限公司",
        "管道燃气企业",
        "生产安全事故应急预案未按规定组织演练",
        "濮县燃限改〔2024〕06号",
        "30日内",
        "",
        "",
        "",
    ],
    [
        "2024-07-08",
        "第一检查组",
        "濮阳县顺达燃气有限公司柳屯供气站",
        "管道燃气场站",
        "调压箱箱体锈蚀严重",
        "濮县燃限改〔2024〕07号",
        "7月底前",
        "2024-07-25",
        "复查合格",
        "",
    ],
    [
        "2024-07-10",
        "第三检查组",
        "濮阳县安平燃气具销售部",
        "燃气具销售",
        "销售无3C标志的燃气软管",
        "濮县燃限改〔2024〕08号",
        "10日内",
        "",
        "",
        "已下架封存，待抽样检测",
    ],
]


def write_gas(path: Path) -> Path:
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(["2024年7月城镇燃气安全专项检查隐患限期整改登记表"] + [""] * 10)
    w.writerow(["检查组：县住建局燃气办、建管股、监察大队、质安站联合检查组"] + [""] * 10)
    w.writerow(GAS_HEADER)
    for n, values in enumerate(GAS_ROWS, start=1):
        w.writerow([str(n), *values])
    w.writerow([f"共{len(GAS_ROWS)}条"] + [""] * 10)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 4. 数字化城管案件查询导出 (tab-separated UTF-16, as Excel saves "Unicode text"), after a city standard
# for 数字化城市管理 案件处置和结案 (附录A 处理工作时限和结案条件; 处置, 反馈, 核查, 结案):
# https://mip.jinchutou.com/p-130226040.html
# An export title and an 导出条件 line; 上报时间 and 派遣时间 (events; 派遣 is the base of the time
# limit); 处置时限 in 工作日; 处置单位 in short names, a bare district; 案件状态; a 合计 line.
CASE_HEADER = [
    "序号",
    "案件编号",
    "案件来源",
    "大类",
    "小类",
    "问题描述",
    "发生地址",
    "上报时间",
    "派遣时间",
    "处置单位",
    "处置时限",
    "案件状态",
]
CASE_ROWS = [
    [
        "A20240701012",
        "信息采集员上报",
        "部件",
        "井盖",
        "检查井盖板破损下陷，存在行人绊倒隐患",
        "建设路与京开大道交叉口西50米",
        "2024-07-01 08:42",
        "2024-07-01 09:20",
        "市水务公司",
        "1个工作日",
        "已结案",
    ],
    [
        "A20240705031",
        "12345转办",
        "事件",
        "道路破损",
        "人行道地砖大面积松动起翘",
        "黄河路中段市二中门口",
        "2024-07-05 10:15",
        "2024-07-05 11:02",
        "市住建局",
        "2个工作日",
        "已结案",
    ],
    [
        "A20240710007",
        "信息采集员上报",
        "事件",
        "占道经营",
        "胜利路夜市摊点越线占道经营",
        "胜利路与长庆路交叉口",
        "2024-07-10 20:31",
        "2024-07-10 21:05",
        "胜利路街道办事处",
        "3个工作日",
        "已结案",
    ],
    [
        "A20240715022",
        "公众举报",
        "事件",
        "暴露垃圾",
        "小区围墙外长期堆放生活垃圾未清运",
        "中原路街道金堤社区南门",
        "2024-07-15 07:55",
        "2024-07-15 08:30",
        "中原路街道办事处",
        "1个工作日",
        "处置中",
    ],
    [
        "A20240718016",
        "信息采集员上报",
        "部件",
        "路灯",
        "连续6盏路灯夜间不亮",
        "开州路北段",
        "2024-07-18 21:40",
        "2024-07-18 22:10",
        "市城管局",
        "5个工作日",
        "超期未处置",
    ],
    [
        "A20240722009",
        "信息采集员上报",
        "事件",
        "违规户外广告",
        "沿街商铺违规设置落地广告牌",
        "大庆路与绿城路交叉口东南角",
        "2024-07-22 09:12",
        "2024-07-22 09:40",
        "市城市管理局",
        "5个工作日",
        "已处置待核查",
    ],
    [
        "A20240724018",
        "视频巡查",
        "部件",
        "架空线",
        "架空通信线缆下垂凌乱，离地不足3米",
        "京开大道与任丘路交叉口",
        "2024-07-24 14:05",
        "2024-07-24 14:33",
        "供电公司",
        "10个工作日",
        "处置中",
    ],
    [
        "A20240726004",
        "信息采集员上报",
        "部件",
        "行道树",
        "暴雨后行道树倒伏压占非机动车道",
        "人民路中段",
        "2024-07-26 06:50",
        "2024-07-26 07:05",
        "市园林绿化服务中心",
        "1个工作日",
        "已结案",
    ],
    [
        "A20240730011",
        "公众举报",
        "事件",
        "渣土抛洒",
        "渣土运输车辆沿途抛洒，路面污染严重",
        "华龙区孟轲乡S212省道段",
        "2024-07-30 16:20",
        "2024-07-30 16:48",
        "华龙区",
        "3个工作日",
        "待处置",
    ],
]


def write_cases(path: Path) -> Path:
    lines = [
        "数字化城市管理信息系统　案件查询导出",
        "导出条件：派遣时间 2024-07-01 至 2024-07-31；处置时限自派遣时间起按工作日计算\t导出人：市城市管理监督指挥中心",
        "\t".join(CASE_HEADER),
    ]
    for n, values in enumerate(CASE_ROWS, start=1):
        lines.append("\t".join([str(n), *values]))
    lines.append(f"合计：{len(CASE_ROWS)}件")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# =============================================================================================
# 5. 河长巡河发现问题整改台账 (as .ods), after a city's 河(湖)长制工作实施方案 (县、乡、村三级河长, 河长
# 巡查, 问题清单, 一河一策): http://www.hunchun.gov.cn/archives/43667/
# Title, 填报 line of the county 河长办; one header row; 河段长 and 巡河日期 (people and events) beside the
# 责任单位 (towns, some bare, county bureaus); 整改时限 as dates, 月底前, 长期坚持; 整改情况 and 销号情况.
RIVER_ROWS = [
    [
        "马颊河城关段",
        "县级河长 刘国庆",
        date(2024, 7, 2),
        "河道管理范围内倾倒建筑垃圾约30方",
        "城关镇人民政府",
        "2024年7月15日",
        "已清运完毕",
        "已销号",
    ],
    [
        "潴龙河马庄桥段",
        "镇级河长 王振",
        date(2024, 7, 3),
        "岸坡违规种植玉米等高秆作物",
        "马庄桥镇",
        "7月底前",
        "正在清理，已清除约60%",
        "",
    ],
    [
        "马颊河城关段",
        "县级河长 刘国庆",
        date(2024, 7, 5),
        "沿河市政排水口标识牌缺失、信息不全",
        "清丰县城市管理局",
        "2024年8月15日",
        "",
        "",
    ],
    [
        "第三濮清南干渠",
        "镇级河长 李红军",
        date(2024, 7, 8),
        "渠道水面漂浮物较多，保洁不到位",
        "瓦屋头镇",
        "2024年7月10日前",
        "已组织人员打捞清理",
        "已销号",
    ],
    [
        "马颊河清丰段",
        "县级河长 刘国庆",
        date(2024, 7, 11),
        "河长公示牌联系电话未及时更新",
        "清丰县水利局",
        "2024年7月20日",
        "未整改",
        "未销号",
    ],
    [
        "县域内各河道",
        "总河长办",
        date(2024, 7, 12),
        "河道保洁员日常巡查保洁制度落实不到位",
        "清丰县水利局",
        "长期坚持",
        "常态化推进",
        "",
    ],
    [
        "潴龙河马庄桥段",
        "镇级河长 王振",
        date(2024, 7, 16),
        "河道内违规搭建养殖棚2处",
        "马庄桥镇人民政府",
        "2024年9月30日前",
        "已下达限期拆除通知书",
        "未销号",
    ],
]


def write_river_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("巡河问题台账")
    b.widths(ws, [5, 16, 16, 12, 36, 20, 16, 24, 10])
    last = 8
    b.line(ws, 0, "清丰县2024年7月河长巡河发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县河长制办公室　　　　　　　　　　　　　　　　填报时间：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "河流（河段）",
            "河长",
            "巡河日期",
            "发现问题",
            "责任单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for r, values in enumerate(RIVER_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.center if c in (5, 6, 8) else b.cell))
    r = 3 + len(RIVER_ROWS)
    b.line(ws, r, "备注：问题整改完成后，由责任单位提出销号申请，经县河长办核查后销号。", last)
    b.line(ws, r + 1, "审核人：赵海峰　　　填表人：孟娜", last)
    return b.close()


def write_river(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_river_book(Path(tmp) / "river.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# =============================================================================================
# 6. 企业安全生产隐患排查治理台账 (.xlsx), after a guide to filling in a 安全生产隐患自查检查表 (检查区域、
# 隐患描述、隐患等级、检查时间、检查人员; 整改措施、责任人、整改期限; 复查验收):
# https://www.renrendoc.com/paper/491693257.html
# Company name in the title, 填报 line; a two-row header (隐患排查 / 隐患治理 / 复查验收 over their
# columns) starting on row 4; rows name workshops and 责任部门 inside the company; 整改期限 as 7月10日 (the
# year from the title), dates and 立即整改 (from the 检查时间); 复查结果; a 合计 row and the signature.
HAZARD_ROWS = [
    [
        "一车间",
        "反应釜区可燃气体报警仪1台失效",
        "一般隐患",
        date(2024, 7, 3),
        "张伟",
        "更换报警仪并送检",
        "设备部",
        "李强",
        "7月10日",
        "已整改，验收合格",
    ],
    [
        "罐区",
        "储罐区防火堤局部有裂缝",
        "一般隐患",
        date(2024, 7, 3),
        "张伟",
        "修补防火堤裂缝",
        "设备部",
        "李强",
        "7月31日",
        "正在修补",
    ],
    [
        "成品仓库",
        "危险化学品仓库禁忌物品混存",
        "重大隐患",
        date(2024, 7, 5),
        "王磊",
        "分区分类存放",
        "储运部",
        "赵军",
        "立即整改",
        "已整改，验收合格",
    ],
    [
        "配电室",
        "配电室门口挡鼠板缺失",
        "一般隐患",
        date(2024, 7, 5),
        "王磊",
        "加装挡鼠板",
        "设备部",
        "李强",
        "7月8日",
        "",
    ],
    [
        "二车间",
        "投料岗位员工未佩戴防护面罩",
        "一般隐患",
        date(2024, 7, 12),
        "张伟",
        "现场纠正并开展班组教育",
        "生产部",
        "陈刚",
        "立即整改",
        "已整改",
    ],
    [
        "办公楼",
        "一楼消防通道堆放纸箱杂物",
        "一般隐患",
        date(2024, 7, 15),
        "刘洋",
        "清理通道杂物",
        "综合办",
        "周敏",
        "7月16日",
        "未整改",
    ],
    [
        "二车间",
        "2名电工特种作业操作证过期",
        "一般隐患",
        date(2024, 7, 18),
        "刘洋",
        "组织复审培训",
        "安环部",
        "孙浩",
        "8月31日",
        "已报名参加8月复审培训",
    ],
    [
        "厂区道路",
        "厂区限速标志缺失",
        "一般隐患",
        date(2024, 7, 22),
        "王磊",
        "设置限速标志",
        "安环部",
        "孙浩",
        "7月31日",
        "",
    ],
]


def write_hazards(path: Path) -> Path:
    b = Book(path, "安环部")
    ws = b.sheet("7月")
    b.widths(ws, [5, 11, 34, 10, 12, 9, 24, 9, 8, 11, 18])
    last = 10
    b.line(ws, 0, "濮阳市恒泰精细化工有限公司2024年7月安全生产隐患排查治理台账", last, b.title)
    b.line(
        ws, 1, "填报部门：安环部　　　　　　　　　　　　　　　　　　　　　　　　填报日期：2024年7月29日", last
    )
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 5, "隐患排查", b.head)
    b.merge(ws, 3, 6, 3, 9, "隐患治理", b.head)
    b.merge(ws, 3, 10, 4, 10, "复查验收结果", b.head)
    b.header(ws, 4, ["检查区域", "隐患描述", "隐患等级", "检查时间", "检查人员"], first=1)
    b.header(ws, 4, ["整改措施", "责任部门", "责任人", "整改期限"], first=6)
    r = 5
    for n, values in enumerate(HAZARD_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(
                ws,
                r,
                c,
                v,
                b.cn_day if isinstance(v, date) else (b.center if c in (1, 3, 5, 7, 8, 9) else b.cell),
            )
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 10, "本月排查隐患8项，其中重大隐患1项", b.cell)
    b.line(ws, r + 2, "安全负责人：孙浩　　　主要负责人：郑国栋", last)
    return b.close()


# =============================================================================================
# 7. 优化营商环境专项整治问题线索办理台账 (.xlsx, one sheet per 整治领域), after a city's 优化营商环境专项
# 整治行动方案 (政府失信: 拖欠企业工程款、招商承诺不兑现、“净地不净”; 办事难: “推阻拖绕”):
# http://m.cctv1204.com/zhengce/show-21679.html
# Two sheets; each with its title and a note that 工作日 limits run from the 转办日期; the enterprise that
# reported beside the 责任单位; 办结时限 in 工作日, 年底前 or a date; 办理进度 and 办结日期.
BIZ_SHEETS = [
    (
        "政府失信",
        "优化营商环境专项整治问题线索办理台账（政府失信专项）",
        [
            [
                "ZX-2024-011",
                "濮阳市宏远建筑工程有限公司",
                "反映市政道路改造工程尾款280万元拖欠两年未支付",
                "市住建局",
                date(2024, 5, 10),
                "年底前",
                "办理中：已拨付120万元，剩余款项列入年度预算",
                "",
            ],
            [
                "ZX-2024-017",
                "濮阳华信电子科技有限公司",
                "招商引资协议承诺的厂房租金补贴未兑现",
                "市商务局",
                date(2024, 6, 3),
                "20个工作日",
                "已办结",
                date(2024, 6, 28),
            ],
            [
                "ZX-2024-023",
                "濮阳市瑞丰农业发展有限公司",
                "出让地块“净地不净”，地上附着物未清理无法开工",
                "华龙区",
                date(2024, 6, 14),
                "2024年9月30日前",
                "未办理",
                "",
            ],
            [
                "ZX-2024-029",
                "河南中科环保设备有限公司",
                "政府采购项目质量保证金逾期未退还",
                "市财政局",
                date(2024, 7, 8),
                "20个工作日",
                "",
                "",
            ],
        ],
    ),
    (
        "办事难",
        "优化营商环境专项整治问题线索办理台账（办事难专项）",
        [
            [
                "BS-2024-006",
                "濮阳市鼎盛物流有限公司",
                "道路运输经营许可证变更登记往返多次未办成",
                "市交通局",
                date(2024, 6, 20),
                "10个工作日",
                "已办结",
                date(2024, 7, 2),
            ],
            [
                "BS-2024-012",
                "濮阳县鑫源食品有限公司",
                "食品生产许可证延续审批超过承诺时限",
                "市食药监局",
                date(2024, 7, 1),
                "10个工作日",
                "办理中",
                "",
            ],
            [
                "BS-2024-015",
                "濮阳市中原石化设备有限公司",
                "新购厂房不动产登记“交房即交证”未落实",
                "市不动产登记中心",
                date(2024, 7, 5),
                "15个工作日",
                "已办结",
                date(2024, 7, 19),
            ],
            [
                "BS-2024-019",
                "濮阳蓝天热力有限公司",
                "供热管网施工临时占用道路审批慢",
                "市城管执法局",
                date(2024, 7, 15),
                "10个工作日",
                "办理中，已组织现场踏勘",
                "",
            ],
        ],
    ),
]


def write_business(path: Path) -> Path:
    b = Book(path)
    last = 8
    for name, title, rows in BIZ_SHEETS:
        ws = b.sheet(name)
        b.widths(ws, [5, 13, 28, 40, 16, 13, 16, 30, 13])
        b.line(ws, 0, title, last, b.title)
        b.line(
            ws, 1, "说明：办结时限以工作日计的，自转办之日起计算。　　　　　　　统计截至2024年7月31日", last
        )
        b.header(
            ws,
            2,
            [
                "序号",
                "线索编号",
                "反映企业",
                "问题线索",
                "责任单位",
                "转办日期",
                "办结时限",
                "办理进度",
                "办结日期",
            ],
        )
        for r, values in enumerate(rows, start=3):
            b.put(ws, r, 0, r - 2, b.center)
            for c, v in enumerate(values, start=1):
                b.put(ws, r, c, v, b.day if isinstance(v, date) else (b.center if c in (1, 4, 6) else b.cell))
    return b.close()


# =============================================================================================
# 8. 城镇燃气安全专项整治问题整改情况的报告 (.docx, items as paragraphs), after a county's 城镇燃气安全专项
# 整治工作方案 (用3个月左右时间全面排查整治, 建立整治台账; 再用半年左右巩固提升; 到2025年底前 …):
# https://www.zjc.gov.cn/info/5331/920752.htm
# A town's report to the county 安委办: numbered problems, each with 责任 (offices inside the town),
# 整改时限 and 整改进展 paragraphs (one without a progress paragraph); the 落款 of the town.
GAS_TOWN_ITEMS = [
    (
        "辖区内发现2处无证经营瓶装液化气“黑气点”。",
        "镇综合行政执法队",
        "2024年7月15日前",
        "已全部依法取缔，整改到位。",
    ),
    (
        "辖区37家餐饮场所中有25家未安装可燃气体泄漏报警装置。",
        "镇应急管理办公室",
        "2024年9月底前",
        "已督促21家完成安装，其余正在安装。",
    ),
    (
        "城区3个老旧小区庭院燃气管道锈蚀老化。",
        "镇村镇建设服务中心",
        "2025年底前",
        "已纳入老旧小区改造计划，正在进行方案设计。",
    ),
    ("部分居民用户燃气橡胶软管超期使用未更换。", "镇应急管理办公室", "2024年8月31日前", "尚未启动。"),
    ("燃气安全宣传进社区、进家庭覆盖面不足。", "镇党政综合办公室", "长期坚持", "常态化开展。"),
    ("镇农贸市场液化气钢瓶露天存放，无遮阳设施。", "镇综合行政执法队", "2024年7月20日前", None),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_gas_town(path: Path) -> Path:
    doc = _new_document("城关镇党政办")
    _paragraph(
        doc,
        "城关镇关于城镇燃气安全专项整治问题整改情况的报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "县安委会办公室：")
    _paragraph(
        doc,
        "按照县安委会《城镇燃气安全专项整治工作方案》要求，我镇对辖区燃气经营、使用等环节开展全面排查，"
        "建立整治台账，逐项明确责任和时限。现将问题整改情况报告如下：",
    )
    for k, (problem, owner, limit, progress) in enumerate(GAS_TOWN_ITEMS):
        _paragraph(doc, f"（{CN_NUMBERS[k]}）{problem}")
        _paragraph(doc, f"责任科室：{owner}。整改时限：{limit}。")
        if progress:
            _paragraph(doc, f"整改进展：{progress}")
    _paragraph(doc, "下一步，我镇将对未完成整改的问题每周调度，确保按期销号。")
    _paragraph(doc, "清丰县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 9. 校园及周边食品安全专项检查问题整改情况表 (.wps, a Word 97 file with the WPS suffix), after a town's
# summary of its 春季开学前后校园及周边食品安全专项检查 (学校周边食品经营户、餐饮店、食杂店; 许可证,
# 三无、过期产品, 流动摊贩): https://xiexiebang.com/zongjie/xiangzhen/fbcc6547afe7fb5a.html
# Title, the 检查时间 stated once above the table (the base of every N日内), the 检查对象 column naming
# schools and shops, 整改期限 in days, 当场 or a date; 整改结果; the 检查人员 line and the seal line.
SCHOOL_FOOD_ROWS = [
    ["清丰县马庄桥镇中心小学", "留样冰箱未配备温度计，留样记录不全", "3日内", "已整改"],
    ["清丰县马庄桥镇第一初级中学", "2名从业人员健康证明过期", "7日内", "已重新办理健康证明"],
    ["马庄桥镇乐乐超市", "销售超过保质期的辣条、饮料", "当场整改", "已当场下架销毁"],
    ["马庄桥镇好运来餐馆", "未取得食品经营许可证", "15日内", "正在办理食品经营许可证"],
    ["马庄桥镇小天使文具食杂店", "进货查验记录缺失", "7日内", "未整改"],
    ["马庄桥镇鲜果坊饮品店", "冷藏设施温度不达标", "2024年7月31日前", ""],
    ["清丰县马庄桥镇中心幼儿园", "防蝇防鼠设施不全", "10日内", "已安装防蝇帘，挡鼠板待安装"],
]


def write_school_food(path: Path) -> Path:
    doc = _new_document("马庄桥镇食安办")
    _paragraph(
        doc,
        "马庄桥镇校园及周边食品安全专项检查问题整改情况表",
        16,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "检查时间：2024年7月8日　　　检查单位：镇食安办、马庄桥市场监管所", 12)
    _table(
        doc,
        ["序号", "检查对象", "存在问题", "整改期限", "整改结果"],
        [[str(n), *values] for n, values in enumerate(SCHOOL_FOOD_ROWS, start=1)],
        10.5,
    )
    _paragraph(doc, "注：整改期限以日计的，自检查之日起计算。", 12)
    _paragraph(doc, "检查人员：田亮、许静　　　　马庄桥镇食品安全委员会办公室（盖章）　　2024年7月26日", 12)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "school_food.docx")
        soffice(source, "doc", Path(tmp) / "school_food.doc")
        shutil.copyfile(Path(tmp) / "school_food.doc", path)
    return path


# =============================================================================================
# 10. 营商环境评价反馈问题整改推进表 (.et, an Excel 97 workbook with the WPS suffix), after a city's
# 营商环境评价部门集中填报工作方案 (开办企业、办理建筑许可、获得电力、获得用水、获得用气、登记财产、纳税 …):
# https://m.sgf2.com/37584/38152/61985/62058/content_1769561.html
# Title and 填报 line; 评价指标 merged down over its rows; 牵头单位 beside 配合单位, short names; 完成时限
# as 上半年, 第三季度, a month range, 年底前, 月底前; 7月进展 words.
EVAL_ROWS = [
    (
        "开办企业",
        [
            [
                "企业开办全流程网上办理率偏低",
                "市行政服务中心",
                "市市场监管局",
                "上半年",
                "已完成，网办率提升至92%",
            ]
        ],
    ),
    ("获得电力", [["低压小微企业接电时间超过评价标准", "市供电公司", "市住建局", "第三季度", "推进中"]]),
    ("获得用水", [["用水报装环节申请材料偏多", "市水务公司", "市行政服务中心", "2024年8月底前", "未启动"]]),
    (
        "获得用气",
        [["用气报装收费标准不透明", "市燃气公司", "市发改委", "2024年7月31日", "已完成收费标准公示"]],
    ),
    (
        "登记财产",
        [
            ["存量房转移登记办理时间偏长", "市不动产登记中心", "市税务局", "2024年6—9月", "阶段性完成"],
            ["不动产登记与税务信息共享不充分", "市税务局", "市不动产登记中心", "年底前", ""],
        ],
    ),
    (
        "办理建筑许可",
        [
            [
                "施工图审查时间偏长",
                "市住建局",
                "市自然资源局",
                "2024年10月底前",
                "已出台分类审查办法，正在试运行",
            ]
        ],
    ),
]


def write_eval_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改推进表")
    b.widths(ws, [5, 14, 34, 16, 16, 15, 30])
    last = 6
    b.line(ws, 0, "2023年度营商环境评价反馈问题整改推进表", last, b.title)
    b.line(ws, 1, "填报单位：市营商环境建设工作领导小组办公室　　　　　　　　截至2024年7月底", last)
    b.header(ws, 2, ["序号", "评价指标", "失分问题", "牵头单位", "配合单位", "完成时限", "7月进展"])
    r, n = 3, 1
    for indicator, rows in EVAL_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, indicator, b.center)
        for values in rows:
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=2):
                b.put(ws, r, c, v, b.center if c in (3, 4, 5) else b.cell)
            r += 1
            n += 1
    b.line(ws, r, "联系人：曹宇　　联系电话：0393-8996012", last)
    return b.close()


def write_eval(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_eval_book(Path(tmp) / "eval.xlsx")
        soffice(book, "xls", Path(tmp) / "eval.xls")
        shutil.copyfile(Path(tmp) / "eval.xls", path)
    return path


# =============================================================================================
# 11. 数字化城管挂账问题库 (.xls), after a city's rules for 数字化城市管理 (在规定时限内或延时后仍不能解决
# 的问题, 书面说明情况, 核实后采用挂账方式建立问题库; 无责任主体的按属地管理由区政府协调):
# http://ask.fsou.com/html/text/lar/172337/17233788_3.html
# Title and quarter line; one header row; 挂账日期 (an event), 计划解决时限 in several wordings, 解决进展,
# 销账日期 (a closure date); former and short unit names; a 小计 row and the signature.
LEDGER_ROWS = [
    [
        "GZ-2024-03",
        "A20240312015",
        "城东片区雨水管网断头，雨天积水",
        "市住建局",
        "需新建管网，超出处置时限",
        date(2024, 4, 10),
        "2024年6月30日前",
        "已完成管网接驳",
        date(2024, 6, 25),
    ],
    [
        "GZ-2024-05",
        "A20240402021",
        "人民路与京开大道交叉口信号灯配时不合理造成拥堵",
        "市交警支队",
        "需重新测算配时方案",
        date(2024, 4, 18),
        "2024年第三季度",
        "正在优化配时方案",
        "",
    ],
    [
        "GZ-2024-07",
        "A20240416008",
        "铁路沿线无主绿地长期荒芜",
        "华龙区",
        "无责任主体，按属地管理",
        date(2024, 4, 25),
        "年内",
        "",
        "",
    ],
    [
        "GZ-2024-09",
        "A20240503017",
        "开发区新建道路路灯移交后无人维护",
        "濮阳经济技术开发区管理委员会",
        "移交手续未办结",
        date(2024, 5, 9),
        "2024年7月31日前",
        "未解决",
        "",
    ],
    [
        "GZ-2024-11",
        "A20240515030",
        "老旧小区楼顶违建棚17处",
        "市城管执法局",
        "涉及群众多，需逐户做工作",
        date(2024, 5, 20),
        "2024年6—8月",
        "已拆除12处，剩余5处正在协调",
        "",
    ],
    [
        "GZ-2024-12",
        "A20240528012",
        "公交站台顶棚破损漏雨",
        "市公交公司",
        "需采购配件",
        date(2024, 6, 3),
        "2024年7月15日前",
        "已更换顶棚",
        date(2024, 7, 12),
    ],
    [
        "GZ-2024-14",
        "A20240611026",
        "供水管网漏损造成路面塌陷隐患",
        "市自来水公司",
        "需申请改造资金",
        date(2024, 6, 17),
        "2024年9月30日",
        "改造资金已申请，正在编制施工方案",
        "",
    ],
]


def write_ledger_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("挂账问题库")
    b.widths(ws, [5, 12, 14, 36, 18, 22, 12, 16, 28, 12])
    last = 9
    b.line(ws, 0, "数字化城市管理挂账问题库", last, b.title)
    b.line(ws, 1, "（2024年第二季度新增挂账问题，进展截至2024年7月31日）", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "挂账编号",
            "原案件号",
            "问题描述",
            "责任单位",
            "挂账原因",
            "挂账日期",
            "计划解决时限",
            "解决进展",
            "销账日期",
        ],
    )
    for r, values in enumerate(LEDGER_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.day if isinstance(v, date) else (b.center if c in (1, 2, 7) else b.cell))
    r = 3 + len(LEDGER_ROWS)
    b.merge(ws, r, 0, r, 3, "小计", b.center)
    b.merge(ws, r, 4, r, 9, "挂账7件，已销账2件", b.cell)
    b.line(ws, r + 2, "市城市管理监督指挥中心　　制表：蒋涛　　2024年7月31日", last)
    return b.close()


def write_ledger(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_ledger_book(Path(tmp) / "ledger.xlsx")
        soffice(book, "xls", path)
    return path


# =============================================================================================
# 12. 校园周边食品经营者检查责令整改记录 (CSV in UTF-8 with a BOM, as a 市场监管 system exports it), after a
# report of a 校园周边食品安全 check (核查食品经营许可证、预包装食品标签、从业人员健康证明; 责令当即整改;
# 辣条、膨化食品、糖果): http://www.rbi-erp.com/shipinaqdt/1204.html
# Header on the first line; 检查机构 and 检查人员 (the inspector) beside the 经营主体名称; 处理措施 and
# 整改期限 (当即, a date, N日内 from the 检查日期); 整改状态.
SHOP_HEADER = [
    "序号",
    "检查日期",
    "检查机构",
    "检查人员",
    "经营主体名称",
    "统一社会信用代码",
    "发现问题",
    "处理措施",
    "整改期限",
    "整改状态",
]
SHOP_ROWS = [
    [
        "2024-07-09",
        "黄河路市场监管所",
        "吴磊、沈芳",
        "华龙区黄河路街道童趣小卖部",
        "92410902MA9G1K2X3A",
        "销售无生产日期的散装糖果",
        "责令当即整改",
        "当即",
        "已整改",
    ],
    [
        "2024-07-09",
        "黄河路市场监管所",
        "吴磊、沈芳",
        "濮阳市华龙区乐购便利店",
        "92410902MA9G3L7P2B",
        "预包装食品标签标识不全",
        "责令限期整改",
        "2024-07-16",
        "已整改",
    ],
    [
        "2024-07-10",
        "黄河路市场监管所",
        "吴磊、沈芳",
        "华龙区黄河路街道好味道面馆",
        "92410902MA9G5R8Q4C",
        "从业人员未取得健康证明",
        "责令限期整改",
        "10日内",
        "整改中",
    ],
    [
        "2024-07-10",
        "黄河路市场监管所",
        "高峰、沈芳",
        "华龙区黄河路街道阳光文具店",
        "92410902MA9G6T1W5D",
        "超范围经营预包装食品",
        "责令限期整改",
        "2024-07-25",
        "未整改",
    ],
    [
        "2024-07-11",
        "黄河路市场监管所",
        "高峰、沈芳",
        "濮阳市华龙区百味卤肉店",
        "92410902MA9G8Y3E6E",
        "食品经营许可证超过有效期",
        "责令限期整改",
        "30日内",
        "",
    ],
    [
        "2024-07-12",
        "黄河路市场监管所",
        "吴磊、高峰",
        "华龙区黄河路街道学府奶茶店",
        "92410902MA9GA25R7F",
        "原料进货查验台账缺失",
        "责令限期整改",
        "5日内",
        "已整改",
    ],
    [
        "2024-07-15",
        "黄河路市场监管所",
        "吴磊、高峰",
        "濮阳市华龙区金色童年超市",
        "92410902MA9GC46T8G",
        "辣条、膨化食品与洗化用品混放",
        "责令当即整改",
        "当即",
        "已整改",
    ],
]


def write_shops(path: Path) -> Path:
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(SHOP_HEADER)
    for n, values in enumerate(SHOP_ROWS, start=1):
        w.writerow([str(n), *values])
    path.write_bytes(("\ufeff" + text.getvalue()).encode("utf-8"))
    return path


# =============================================================================================
# 13. 河湖长制重点任务推进情况 of two counties (.zip with GBK member names: a workbook and a Word table),
# after a province's 河湖长制年度工作实施方案 (重点任务逐项明确牵头单位、完成时限):
# https://mwr.guizhou.gov.cn/ztjj/rdzt/srsshzzzldstzl/tzgg/202304/t20230403_78859624.html
# 南乐县: a workbook with title and 填报 line, one header row, county bureaus and a bare township as
# 责任单位. 范县: a Word table with 牵头单位 beside 配合单位, 完成时限 and 推进情况, and the signature.
NANLE_ROWS = [
    [
        "完成马颊河南乐段岸线“清四乱”问题清零",
        "南乐县水利局",
        "2024年8月31日前",
        "已清理问题11处，剩余3处正在清理",
    ],
    ["完成近德固乡农村黑臭水体治理", "近德固乡", "2024年6月底", "已完成治理并通过验收"],
    ["建成县城污水处理厂提标改造工程", "南乐县住房和城乡建设局", "2024年12月31日", "未开工"],
    ["落实县级河长每季度巡河不少于1次", "南乐县河长制办公室", "长期坚持", "常态化推进"],
]
FANXIAN_ROWS = [
    [
        "开展金堤河范县段入河排污口排查整治",
        "范县生态环境分局",
        "范县水利局",
        "2024年9月30日前",
        "已完成排查，正在分类整治",
    ],
    ["实施黄河滩区防洪工程隐患整治", "范县水利局", "范县自然资源局", "2024年汛前（6月30日前）", "已完成"],
    ["推进陈庄镇幸福河湖建设", "陈庄镇人民政府", "范县水利局", "2024年11月底前", ""],
    ["完成县级河湖健康评价", "范县水利局", "", "第三季度", "已委托第三方开展评价"],
]


def write_nanle(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("南乐县")
    b.widths(ws, [5, 40, 22, 18, 34])
    last = 4
    b.line(ws, 0, "南乐县2024年河湖长制重点任务推进情况表（7月）", last, b.title)
    b.line(ws, 1, "填报单位：南乐县河长制办公室　　　　　　　填报日期：2024年7月29日", last)
    b.header(ws, 2, ["序号", "重点任务", "责任单位", "完成时限", "推进情况"])
    for r, values in enumerate(NANLE_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        b.row(ws, r, values, first=1)
    return b.close()


def write_fanxian_doc():
    doc = _new_document("范县河长办")
    _paragraph(doc, "范县2024年河湖长制重点任务推进情况", 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc,
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "推进情况"],
        [[str(n), *values] for n, values in enumerate(FANXIAN_ROWS, start=1)],
        10.5,
    )
    _paragraph(doc, "范县河长制办公室　　2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return doc


def write_rivers_zip(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        nanle = write_nanle(Path(tmp) / "nanle.xlsx").read_bytes()
    fanxian = _docx_bytes(write_fanxian_doc())
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("南乐县河湖长制重点任务推进情况表（7月）.xlsx", nanle),
            ("范县河湖长制重点任务推进情况.docx", fanxian),
        ]:
            info = _GbkName(name, date_time=(2024, 7, 30, 11, 26, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(raw.getvalue())
    return path


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_proposals(HERE / "市政协十届三次会议提案办理情况统计表.xlsx"),
        write_deputies(HERE / "市住建局代表建议办理情况表（7月）.docx"),
        write_gas(HERE / "城镇燃气安全检查隐患限期整改登记_202407.csv"),
        write_cases(HERE / "数字城管案件查询导出_20240731.txt"),
        write_river(HERE / "清丰县河长巡河问题整改台账（2024年7月）.ods"),
        write_hazards(HERE / "恒泰精细化工隐患排查治理台账2024.07.xlsx"),
        write_business(HERE / "优化营商环境专项整治问题线索办理台账.xlsx"),
        write_gas_town(HERE / "城关镇城镇燃气安全专项整治问题整改情况的报告.docx"),
        write_school_food(HERE / "马庄桥镇校园及周边食品安全检查整改情况.wps"),
        write_eval(HERE / "营商环境评价反馈问题整改推进表（7月）.et"),
        write_ledger(HERE / "数字化城管挂账问题库（2024年二季度）.xls"),
        write_shops(HERE / "校园周边食品经营者责令整改记录_导出.csv"),
        write_rivers_zip(HERE / "河湖长制重点任务推进情况（南乐县、范县）.zip"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

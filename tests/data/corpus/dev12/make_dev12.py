"""Regenerate the aside7 part of the intake corpus (python make_aside7.py, from this folder or any other).

Fifteen returns kept aside, of the kinds a municipal 督查局 collects from city bureaus, counties, districts,
towns, streets, schools and enterprises: 巡察整改, 审计整改, 生态环境问题交办单, 安全生产督导检查, 12345热线
工单, 人大代表建议, 建议提案办理汇报, 民生实事, 督查督办事项, 营商环境专线企业诉求, 河长制交办问题“回头看”,
食品经营日常监督检查, 校园安全隐患排查, 重点招商项目协调 and 群众最不满意事项集中整治. Each copies the kind
of table or document a public source shows (a page a government office published, or a page that reprints
a government form); the source is cited next to each layout and repeated in expected.json, and none of
them is used by another part. The contents (problems, names, dates) are made up; the layouts, preambles,
header words and status wordings follow the sources.

What a person reads in each file is in expected.json beside this script, written by hand by the rules of
tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: four workbooks written with XlsxWriter (a fixed created date; a fifth inside the zip); one .xls written with xlwt; one .et
(an Excel 97 workbook converted by LibreOffice and saved with the WPS suffix) and one .ods (LibreOffice
conversion, rewritten with fixed member times); two .docx written with python-docx (fixed core properties
and member times); one .doc and one .wps (Word documents written here, converted by LibreOffice to Word 97);
one CSV in UTF-8 with a BOM, one CSV in GBK, one tab-separated UTF-16 text file as Excel saves "Unicode
text"; one .zip holding a workbook and a Word document of two schools, with UTF-8 member names.
Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 16, 20, 0)
ZIP_TIME = (2024, 7, 30, 16, 20, 0)


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
                "bg_color": "#D9E1F2",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.label = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.dot_day = add({"border": 1, "num_format": "yyyy.m.d", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts Chinese offices use and fixed properties.
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


def _new_document(author: str = "Administrator"):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else font, size, bold)


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


def _word97(doc, path: Path, scratch: str) -> Path:
    """A Word document converted by LibreOffice to Word 97 (.doc), copied under the given name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / f"{scratch}.docx")
        soffice(source, "doc", Path(tmp) / f"{scratch}.doc")
        shutil.copyfile(Path(tmp) / f"{scratch}.doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈问题整改台账 of a city bureau, after a 市政府机关党组's meeting on its 巡察反馈意见 (建立整改台账，
# 清单式管理、滚动式销号; 个性问题查纠到位、共性问题集中整治到位; 党组书记负首责, 班子成员按照责任分工落实
# 分管领域整改任务): https://www.jiaozuo.gov.cn/2025/12-17/588880.html
# A title naming the 巡察组 only, a 反馈时间/更新时间 line; one header row; 问题类别 (个性问题/共性问题) merged
# down; 责任领导 and 责任科室 (sections of the sending bureau, which is named only in the file name); 整改时限
# as dates, 月底前, 立行立改 (from the 反馈时间) and 长期坚持; a 销号情况 column beside the 整改进展; a note
# and the signature line.
INSPECTION_GROUPS = [
    (
        "个性问题",
        [
            (
                "落实全面从严治党主体责任不到位，党组专题研究党风廉政建设工作次数偏少",
                "制定党组年度党风廉政建设工作要点，每季度至少专题研究一次",
                "党组书记 刘建国",
                "办公室",
                "2024年6月30日前",
                "已制定年度工作要点，6月18日党组会议专题研究党风廉政建设工作",
                "已销号",
            ),
            (
                "城乡低保动态管理不精准，部分已不符合条件的对象未及时退出",
                "开展低保对象全面复核，对不符合条件的及时停发低保金",
                "副局长 王红",
                "社会救助科",
                "2024年8月底前",
                "已完成2.1万户复核，停保217户，其余对象正在复核",
                "未销号",
            ),
            (
                "养老服务设施建设补助资金拨付滞后",
                "督促县区加快项目验收，按工程进度拨付补助资金",
                "副局长 赵伟",
                "养老服务科",
                "2024年9月30日",
                "已拨付补助资金1260万元，剩余资金待项目验收后拨付",
                "未销号",
            ),
            (
                "殡葬服务收费项目和标准公示不规范",
                "督促各殡仪馆在服务大厅醒目位置公示收费项目和标准",
                "副局长 王红",
                "社会事务科",
                "立行立改",
                "各殡仪馆已在服务大厅公示收费项目和标准",
                "已销号",
            ),
            (
                "社会组织年检工作流于形式，部分社会组织连续两年未参加年检",
                "开展专项清理，对连续两年未年检的依法撤销登记",
                "副局长 王红",
                "社会组织管理科",
                "2024年12月底前",
                "已向43家社会组织下发限期参加年检通知书",
                "未销号",
            ),
        ],
    ),
    (
        "共性问题",
        [
            (
                "公务用车使用管理不规范，存在未按规定登记派车的情况",
                "修订公务用车管理办法，建立派车登记台账",
                "副局长 赵伟",
                "办公室",
                "2024年7月31日前",
                "",
                "",
            ),
            (
                "干部教育培训针对性不强，业务培训覆盖面不足",
                "制定年度教育培训计划，分层分类开展业务培训",
                "党组成员 孙丽",
                "人事科",
                "长期坚持",
                "常态化推进，已举办业务培训班2期",
                "",
            ),
            (
                "政府采购内部控制制度不健全，采购需求论证不充分",
                "修订内部控制制度，建立采购需求审查机制",
                "副局长 赵伟",
                "财务科",
                "2024年10月底前",
                "尚未启动",
                "未销号",
            ),
        ],
    ),
]


def write_inspection(path: Path) -> Path:
    b = Book(path, author="李娜")
    ws = b.sheet("整改台账")
    b.widths(ws, [5, 10, 36, 34, 14, 14, 14, 32, 10])
    last = 8
    b.line(ws, 0, "十二届市委第三巡察组巡察反馈问题整改台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "反馈时间：2024年5月20日　　　　　　　　　　　　　　　　　　　　　　更新时间：2024年7月26日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    r = 3
    n = 0
    for group, rows in INSPECTION_GROUPS:
        top = r
        for problem, measure, leader, office, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, measure], first=2)
            b.row(ws, r, [leader, office, limit], first=4, fmt=b.center)
            b.put(ws, r, 7, progress)
            b.put(ws, r, 8, closed, b.center)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, group, b.center)
    b.line(
        ws,
        r,
        "注：“销号情况”由局巡察整改工作领导小组办公室审核后填写；整改时限为“长期坚持”的按月报送进展。",
        last,
    )
    b.line(ws, r + 2, "填表人：李娜　　　　　　审核人：刘建国　　　　　　联系电话：0393-8910235", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计发现问题整改情况的报告 of a town, as a Word 97 document, after a 镇's report on a 专项审计 (根据…审计
# 调查报告，涉及X镇问题N项，现将整改落实情况报告如下: 一、高度重视 二、整改情况 — 问题描述：/整改情况：
# 未整改到位…/整改措施：1、…2、… 三、下步计划; the date at the end):
# https://jhxinrui.com/shiyongfanwen26/16155.html
# The problems as numbered blocks of labelled paragraphs; 整改时限 given for some, a date inside the measures
# for one, none for another; the town is the sending unit named in the title and the signature.
AUDIT_PROBLEMS = [
    (
        "部分村级工程项目未按规定履行招投标程序，涉及项目4个、金额186.3万元。",
        "已完成整改。对涉及的4个项目补充完善了相关手续，对相关村负责人进行了约谈。",
        "1.修订《胡状镇村级工程项目管理办法》；2.镇纪委对村级工程项目招投标实行全程监督。",
        "2024年6月30日",
    ),
    (
        "镇财政所往来款项长期挂账未清理，涉及金额86.5万元。",
        "正在整改。已逐笔核实挂账款项，清理收回52.3万元。",
        "1.成立清理工作专班，逐笔落实责任人；2.剩余款项于2024年10月底前全部清理到位；3.建立往来款项定期清理制度。",
        None,
    ),
    (
        "耕地地力保护补贴发放不精准，向2户非种植户发放补贴0.42万元。",
        "已整改到位，多发补贴已全部追回并上缴财政。",
        "1.会同各村对补贴面积重新核实；2.实行补贴发放前公示制度。",
        None,
    ),
    (
        "镇污水处理站建成后未正常运行，设施闲置。",
        "未整改到位。设备维修方案已报县住房和城乡建设局审核，正在协调维修资金。",
        "1.对用电线路进行全面改造；2.对调节池淤泥进行清理；3.对水泵进行维修调试，确保设施正常运行。",
        "2024年9月底前",
    ),
    (
        "原镇农机站院落闲置多年，国有资产未及时盘活。",
        "尚未整改。",
        "拟通过公开招租方式盘活闲置资产，所得收入全额上缴镇财政。",
        "2024年12月31日",
    ),
    (
        "公务接待管理不规范，部分接待无公函、无接待清单。",
        "已整改。补齐了接待审批手续，对相关责任人进行了批评教育。",
        "严格执行公务接待“三单”制度，无公函一律不予接待。",
        "2024年5月31日",
    ),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_audit(path: Path) -> Path:
    doc = _new_document(author="胡状镇党政办")
    _paragraph(
        doc,
        "胡状镇人民政府关于2023年度财政财务收支审计发现问题整改情况的报告",
        20,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "濮阳县审计局：")
    _paragraph(
        doc,
        "　　根据《濮阳县审计局关于胡状镇人民政府2023年度财政财务收支情况的审计报告》（濮县审报〔2024〕15号），"
        "涉及我镇问题6项。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "　　一、高度重视", font="黑体")
    _paragraph(
        doc,
        "　　镇党委、镇政府高度重视审计发现问题的整改工作，镇主要领导多次召开专题会议研究，深刻分析问题原因，"
        "逐项制定整改措施，明确责任领导和责任人，坚持边查边改、立行立改。",
    )
    _paragraph(doc, "　　二、整改情况", font="黑体")
    for k, (problem, progress, measures, limit) in enumerate(AUDIT_PROBLEMS):
        _paragraph(doc, f"　　（{CN_NUMBERS[k]}）问题描述：{problem}", font="楷体_GB2312")
        _paragraph(doc, f"　　整改情况：{progress}")
        _paragraph(doc, f"　　整改措施：{measures}")
        if limit:
            _paragraph(doc, f"　　整改时限：{limit}")
    _paragraph(doc, "　　三、下步计划", font="黑体")
    _paragraph(
        doc,
        "　　我镇将以本次审计整改为契机，举一反三，进一步健全财务管理、资产管理和工程项目管理制度，"
        "对尚未整改到位的问题持续跟踪推进，确保全部整改到位。",
    )
    _paragraph(doc, "胡状镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _word97(doc, path, "audit")


# ---------------------------------------------------------------------------------------------
# 3. 突出生态环境问题交办单 as a 交办单 system exports them (CSV, UTF-8 with a BOM), after the 交办单 view of
# a city's system (交办单年份, 交办单编号, 交办日期, 责任单位, 交办类别, 主要类型 “水污染,”, 当前状态 “正在整改”,
# 交办单标题, 交办内容 ending in the demand to the unit, 整改资料): https://yzgjb.net/Default/AssignmentDetails/492
# The deadline only inside the 交办内容 (a date, N个工作日 from the 交办日期, or none); 当前状态 in the
# system's words, blank where the unit has not answered.
ASSIGNMENT_HEADER = [
    "交办单年份",
    "交办单编号",
    "交办日期",
    "责任单位",
    "交办类别",
    "主要类型",
    "当前状态",
    "交办单标题",
    "交办内容",
    "整改资料",
]
ASSIGNMENT_ROWS = [
    [
        "2024",
        "12",
        "2024-04-08",
        "市住建局",
        "省第三专员办",
        "大气污染,",
        "已完成整改",
        "关于对城区部分建筑工地扬尘防治措施不到位问题交办的通知",
        "省生态环境厅第三专员办核查发现，城区部分建筑工地扬尘防治措施不到位，裸土未覆盖，车辆冲洗设施未正常使用。"
        "请你单位高度重视，于2024年5月15日前整改到位，并将整改情况报送市生态环境保护委员会办公室。",
        "扬尘整改报告.pdf",
    ],
    [
        "2024",
        "15",
        "2024-04-22",
        "华龙区人民政府",
        "市级交办",
        "水污染,",
        "正在整改",
        "关于对马颊河华龙段部分排口雨天溢流问题交办的通知",
        "市生态环境保护委员会办公室核查发现，马颊河华龙段部分排口雨天溢流，周边雨污混接问题尚未解决。"
        "请你单位制定整改方案，于2024年10月31日前完成雨污分流改造。",
        "整改方案.docx",
    ],
    [
        "2024",
        "19",
        "2024-05-13",
        "市城管局",
        "中央督察反馈",
        "固体废物,",
        "正在整改",
        "关于对生活垃圾填埋场渗滤液处理能力不足问题交办的通知",
        "经核查，市生活垃圾填埋场渗滤液处理能力不足，调节池长期高液位运行，存在溢流风险。"
        "请你单位于收到交办单后30个工作日内完成应急处理设施建设。",
        "",
    ],
    [
        "2024",
        "23",
        "2024-05-27",
        "市农业农村局",
        "省第三专员办",
        "水污染,",
        "已销号",
        "关于对部分规模养殖场粪污处理设施运行不正常问题交办的通知",
        "省生态环境厅第三专员办核查发现，部分规模养殖场粪污处理设施运行不正常，粪污未经处理外排。"
        "请你单位于2024年6月30日前督促整改到位。",
        "销号审核表.pdf",
    ],
    [
        "2024",
        "27",
        "2024-06-11",
        "濮阳经济技术开发区管理委员会",
        "市级交办",
        "大气污染,",
        "未启动",
        "关于对化工园区部分企业挥发性有机物无组织排放问题交办的通知",
        "经核查，化工园区部分企业挥发性有机物无组织排放，厂界异味明显。"
        "请你单位组织开展专项检查，于2024年8月31日前整改到位。",
        "",
    ],
    [
        "2024",
        "31",
        "2024-06-24",
        "市水利局",
        "市级交办",
        "生态破坏,",
        "正在整改",
        "关于对金堤河部分河段非法采砂问题交办的通知",
        "群众举报反映，金堤河部分河段夜间非法采砂，河床破坏严重。"
        "请你单位会同属地政府依法查处，于收到交办单后15个工作日内完成查处并反馈结果。",
        "",
    ],
    [
        "2024",
        "34",
        "2024-07-08",
        "市生态环境局",
        "省第三专员办",
        "噪声污染,",
        "正在整改",
        "关于对城区部分工业企业夜间生产噪声扰民问题交办的通知",
        "群众多次反映，城区部分工业企业夜间生产噪声扰民。请你单位认真组织调查处理，并将整改情况及时报送。",
        "",
    ],
    [
        "2024",
        "36",
        "2024-07-22",
        "清丰县人民政府",
        "市级交办",
        "水污染,",
        "",
        "关于对部分乡镇污水处理站出水超标问题交办的通知",
        "经抽测，部分乡镇污水处理站出水超标，设施运行管理不到位。请你单位于2024年9月30日前整改到位。",
        "",
    ],
]


def write_assignments(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(ASSIGNMENT_HEADER)
    writer.writerows(ASSIGNMENT_ROWS)
    path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 安全生产督导检查发现问题整改台账 of a street, after a 新区安委办's 专项督导 (督导组通过查资料、看现场、
# 座谈交流的方式 对街道辖区商场、农贸批发市场开展督导, 发现问题: 应急预案编制不规范, 三级安全教育资料不完善,
# 双预防创建未实际开展, KTV消防栓故障, 安全通道堆放杂物; 现场下发整改通知书):
# https://yjj.zhengzhou.gov.cn/xsqkx/4603454.jhtml
# Title and a 督导组/被督导单位/填报时间 line; a two-row header (整改落实情况 over 完成时间/复查结果/复查人);
# 检查日期 and 企业名称 merged down over each enterprise's problems; 整改时限 as dates, 立行立改 and N日内
# (from the 检查日期); the 复查人 beside the enterprise; a 合计 row and the signature.
SAFETY_ENTERPRISES = [
    (
        date(2024, 7, 9),
        "濮阳市华鑫商贸有限公司",
        [
            (
                "生产安全事故应急预案编制不规范，未结合商场实际",
                "修订应急预案并组织评审",
                "2024.7.20",
                date(2024, 7, 18),
                "复查合格",
                "李明",
            ),
            (
                "员工三级安全教育培训记录不完善",
                "补齐培训记录，组织全员培训",
                "立行立改",
                date(2024, 7, 9),
                "复查合格",
                "李明",
            ),
            ("四楼KTV区域室内消火栓故障无水", "维修室内消火栓系统", "7日内", None, "正在整改", "李明"),
        ],
    ),
    (
        date(2024, 7, 10),
        "濮阳市姚桥农副产品批发市场有限公司",
        [
            (
                "双重预防机制建设未实际开展，风险分级管控清单缺失",
                "建立风险分级管控和隐患排查治理清单",
                "2024年8月底前",
                None,
                "",
                "",
            ),
            (
                "市场安全通道堆放杂物，影响人员疏散",
                "清理通道杂物，设置禁止堆放标识",
                "立行立改",
                date(2024, 7, 10),
                "复查合格",
                "陈刚",
            ),
            (
                "冷库氨制冷机房未安装气体泄漏报警装置",
                "安装氨气泄漏报警装置",
                "15日内",
                None,
                "逾期未整改",
                "陈刚",
            ),
        ],
    ),
    (
        date(2024, 7, 10),
        "濮阳市金桥物流有限公司",
        [
            (
                "部分叉车司机未持证上岗",
                "停止无证人员作业，组织培训取证",
                "2024.7.31",
                date(2024, 7, 26),
                "",
                "",
            ),
            ("仓库电气线路私拉乱接", "按规范重新敷设线路", "10日内", None, "部分整改", "陈刚"),
        ],
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("问题整改台账")
    b.widths(ws, [5, 11, 24, 34, 28, 11, 11, 11, 9, 10])
    last = 9
    b.line(ws, 0, "安全生产治本攻坚三年行动督导检查发现问题整改台账", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "督导组：市安委会第二督导组　　　　被督导单位：胜利路街道办事处　　　　填报时间：2024年7月29日",
        last,
    )
    for c, word in enumerate(["序号", "检查日期", "企业名称", "存在问题", "整改要求", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["完成时间", "复查结果", "复查人"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    r = 4
    n = 0
    for checked, name, problems in SAFETY_ENTERPRISES:
        top = r
        for problem, demand, limit, done, review, reviewer in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, demand], first=3)
            b.put(ws, r, 5, limit, b.center)
            b.put(ws, r, 6, done, b.dot_day if done else b.center)
            b.row(ws, r, [review, reviewer, ""], first=7, fmt=b.center)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, checked, b.dot_day)
        b.merge(ws, top, 2, r - 1, 2, name)
    b.merge(ws, r, 0, r, 2, "合计", b.label)
    b.merge(ws, r, 3, r, last, "检查企业3家，发现问题8项，已整改4项。", b.cell)
    b.line(ws, r + 1, "说明：整改时限为“N日内”的，自检查之日起计算；“立行立改”的须在检查当日整改完毕。", last)
    b.line(ws, r + 3, "督导组组长：杨志强　　　　街道安监站负责人：孟凡　　　　联系电话：0393-4412567", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 12345热线转办工单办理情况通报 (an Excel 97 workbook written with xlwt), after a city's monthly 12345热线
# 工作通报 (一、工单受理基本情况: 受理有效热线事项, 当场答复, 转办, 办结, 办结率; 二、受理热点: 排名前五的单位
# 市公安局、市环保局、市城管局、市工商局、市交通局 and their 事项类型):
# https://wzrrc.com/html/hy12345rxgg2017011870039.html
# Sheet 1 the 通报 text with a table of counts per unit (no items); sheet 2 the 重点工单 detail: 工单编号,
# 受理时间 (a timestamp text), 办理时限 as N个工作日 (from the 受理时间, as the note says), 办理状态 in the
# hotline's words, 回访情况; the units as the hotline writes them (市环保局, 市城管局, 市公交公司, 市交警支队).
HOTLINE_SUMMARY = [
    ("市公安局", 212, 208),
    ("市城管局", 175, 171),
    ("市环保局", 142, 138),
    ("市市场监管局", 126, 124),
    ("市交通运输局", 61, 60),
]
HOTLINE_HEADER = [
    "工单编号",
    "受理时间",
    "诉求类型",
    "诉求内容",
    "承办单位",
    "办理时限",
    "办理状态",
    "办理结果",
    "回访情况",
]
HOTLINE_ROWS = [
    [
        "GD20240702015",
        "2024-07-02 09:15:32",
        "投诉",
        "胜利路与长庆路交叉口商户夜间播放音乐，噪音扰民",
        "市公安局",
        "5个工作日",
        "已办结",
        "已责令商户降低音量并加装隔音设施",
        "满意",
    ],
    [
        "GD20240703022",
        "2024-07-03 10:40:07",
        "投诉",
        "绿城小区北门流动摊贩占道经营，影响通行",
        "市城管局",
        "5个工作日",
        "已办结",
        "已清理占道摊贩，安排队员早晚巡查",
        "基本满意",
    ],
    [
        "GD20240705008",
        "2024-07-05 08:50:44",
        "举报",
        "城郊一养殖场夜间向沟渠排放养殖废水",
        "市环保局",
        "10个工作日",
        "办理中",
        "已现场采样，等待检测结果",
        "",
    ],
    [
        "GD20240708031",
        "2024-07-08 14:22:19",
        "投诉",
        "某连锁超市销售过期酸奶",
        "市市场监管局",
        "5个工作日",
        "已办结",
        "已立案调查，责令下架过期食品",
        "满意",
    ],
    [
        "GD20240709011",
        "2024-07-09 09:05:51",
        "建议",
        "建议增开城区至濮阳东站的公交线路",
        "市公交公司",
        "15个工作日",
        "办理中",
        "正在开展沿线客流调查",
        "",
    ],
    [
        "GD20240711017",
        "2024-07-11 16:30:26",
        "求助",
        "昆吾小区停水超过24小时未恢复",
        "市自来水公司",
        "1个工作日",
        "已办结",
        "已抢修管道，恢复供水",
        "满意",
    ],
    [
        "GD20240715006",
        "2024-07-15 11:10:03",
        "投诉",
        "京开大道南段路灯连续多日不亮",
        "市城管局",
        "5个工作日",
        "超期未办结",
        "",
        "",
    ],
    [
        "GD20240718024",
        "2024-07-18 15:45:38",
        "投诉",
        "出租车司机拒载、不打表计费",
        "市交通运输局",
        "5个工作日",
        "已办结",
        "已对涉事驾驶员依法处罚",
        "基本满意",
    ],
    [
        "GD20240722013",
        "2024-07-22 09:30:12",
        "求助",
        "振兴小区电动自行车充电桩损坏无法使用",
        "华龙区人民政府",
        "10个工作日",
        "办理中",
        "已协调物业联系厂家维修",
        "",
    ],
    [
        "GD20240725019",
        "2024-07-25 10:00:47",
        "投诉",
        "油田一中周边道路早晚高峰拥堵，缺少交通疏导",
        "市交警支队",
        "10个工作日",
        "",
        "",
        "",
    ],
]


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


def write_hotline(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    title = _xf(bold=True, border=False, center=True, size=16)
    text = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    ws = book.add_sheet("通报")
    for c, w in enumerate([22, 14, 14, 14]):
        ws.col(c).width = w * 256
    ws.write_merge(0, 0, 0, 3, "7月份12345政务服务便民热线转办工单办理情况通报", title)
    lines = [
        "一、工单受理基本情况",
        "7月份共受理有效热线事项6815宗，当场答复4902宗，转办1913宗，办结1855宗，办结率96.97%。",
        "二、转办事项排名前五的承办单位",
    ]
    for k, line in enumerate(lines, start=2):
        ws.write(k, 0, line, text)
    ws.write(5, 0, "承办单位", head)
    ws.write(5, 1, "转办（宗）", head)
    ws.write(5, 2, "办结（宗）", head)
    ws.write(5, 3, "办结率", head)
    for k, (unit, sent, closed) in enumerate(HOTLINE_SUMMARY, start=6):
        ws.write(k, 0, unit, cell)
        ws.write(k, 1, sent, mid)
        ws.write(k, 2, closed, mid)
        ws.write(k, 3, f"{closed / sent:.2%}", mid)
    ws.write(12, 0, "三、重点工单办理情况详见附表。", text)
    ws.write(14, 0, "濮阳市12345政务服务便民热线管理中心　　2024年7月31日", text)

    ws = book.add_sheet("附表 重点工单明细")
    for c, w in enumerate([16, 20, 9, 40, 16, 12, 12, 34, 10]):
        ws.col(c).width = w * 256
    ws.write_merge(0, 0, 0, 8, "附表：7月份重点转办工单办理情况", title)
    for c, word in enumerate(HOTLINE_HEADER):
        ws.write(1, c, word, head)
    for r, values in enumerate(HOTLINE_ROWS, start=2):
        for c, v in enumerate(values):
            ws.write(r, c, v, mid if c in (0, 1, 2, 5, 6, 8) else cell)
    r = 2 + len(HOTLINE_ROWS)
    ws.write_merge(
        r, r, 0, 8, "注：办理时限自受理之日起按工作日计算；超期未办结工单将纳入月度考核扣分。", text
    )
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 人大代表建议办理情况统计表, after a city's list of 人大代表建议 (张娟代表提出的“关于…的建议”（主办单位：
# 市农业农村局；协办单位：…等）; 高军会等13名代表提出的…):
# http://zghfjx.com/szsrmzf/zwgg/202409/fbb0fdfe7dcf4fc0b158718c1abe1c16.shtml
# Title, a 说明 line with the 交办 date and the rule (3个月内办复, 重点督办 8月底前), a 统计截至 line; a
# two-row header (办理单位 over 主办/协办, 办理情况 over 答复时间/办理结果/代表意见); the proposer beside the
# 主办 and 协办 units; 重点督办 in 备注.
MOTION_ROWS = [
    [
        "第12号",
        "张娟",
        "关于加强城区“菜篮子”保供体系建设的建议",
        "市农业农村局",
        "市商务局、市供销社",
        date(2024, 5, 28),
        "A类（已解决或采纳）",
        "满意",
        "",
    ],
    [
        "第27号",
        "朱建军",
        "关于构建劳动关系监测预警体系的建议",
        "市人社局",
        "市总工会",
        date(2024, 6, 12),
        "A类（已解决或采纳）",
        "满意",
        "",
    ],
    [
        "第35号",
        "高军会等13名代表",
        "关于强化村“两委”法治素养、深化法治乡村建设的建议",
        "市司法局",
        "市农业农村局",
        date(2024, 6, 14),
        "A类（已解决或采纳）",
        "满意",
        "",
    ],
    [
        "第41号",
        "卜永生",
        "关于活化利用非物质文化遗产资源的建议",
        "市文广旅局",
        "市财政局",
        date(2024, 6, 20),
        "C类（留作参考）",
        "基本满意",
        "",
    ],
    [
        "第58号",
        "高晓东等10名代表",
        "关于加快建设濮阳东站综合交通枢纽的建议",
        "市发改委",
        "市自然资源局、市交通运输局",
        None,
        "正在办理",
        "",
        "重点督办",
    ],
    [
        "第63号",
        "任国强",
        "关于大力发展数字经济核心产业的建议",
        "市工信局",
        "市科技局",
        date(2024, 6, 10),
        "A类（已解决或采纳）",
        "满意",
        "",
    ],
    [
        "第70号",
        "王臻",
        "关于推动社区嵌入式养老服务设施建设的建议",
        "市民政局",
        "市卫健委",
        None,
        "",
        "",
        "重点督办",
    ],
    [
        "第76号",
        "顾云蕾",
        "关于规范校外托管机构管理的建议",
        "市教育局",
        "市市场监管局",
        None,
        "正在办理，已与代表当面沟通",
        "",
        "",
    ],
    [
        "第84号",
        "杨怡芳",
        "关于加强城区停车设施建设的建议",
        "市城管局",
        "市公安局交警支队、市住建局",
        date(2024, 6, 13),
        "A类（已解决或采纳）",
        "满意",
        "",
    ],
]


def write_motions(path: Path) -> Path:
    b = Book(path, author="建议提案科")
    ws = b.sheet("建议办理情况")
    b.widths(ws, [5, 8, 16, 40, 14, 24, 12, 18, 10, 10])
    last = 9
    b.line(ws, 0, "市十届人大四次会议代表建议办理情况统计表", last, b.title)
    ws.set_row(0, 30)
    b.line(
        ws,
        1,
        "说明：本次会议代表建议于2024年3月15日交办，承办单位应自交办之日起3个月内办复；列为重点督办的建议于"
        "2024年8月底前办复。",
        last,
    )
    ws.set_row(1, 32)
    b.line(ws, 2, "统计截至：2024年7月31日", last, b.right)
    for c, word in enumerate(["序号", "建议号", "提出人", "建议题目"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 5, "办理单位", b.head)
    b.header(ws, 4, ["主办单位", "协办单位"], first=4)
    b.merge(ws, 3, 6, 3, 8, "办理情况", b.head)
    b.header(ws, 4, ["答复时间", "办理结果", "代表意见"], first=6)
    b.merge(ws, 3, 9, 4, 9, "备注", b.head)
    for k, values in enumerate(MOTION_ROWS, start=1):
        r = 4 + k
        b.put(ws, r, 0, k, b.center)
        number, proposer, title, lead, helpers, answered, result, opinion, note = values
        b.row(ws, r, [number, proposer], first=1, fmt=b.center)
        b.put(ws, r, 3, title)
        b.row(ws, r, [lead, helpers], first=4)
        b.put(ws, r, 6, answered, b.day if answered else b.center)
        b.put(ws, r, 7, result)
        b.row(ws, r, [opinion, note], first=8, fmt=b.center)
    r = 5 + len(MOTION_ROWS)
    b.line(
        ws, r, "填报单位：市人民政府办公室建议提案科　　　　填表人：吴倩　　　　联系电话：0393-8998712", last
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 建议提案办理情况汇报 of a city bureau (a Word 97 document saved with the WPS suffix), after a bureau's
# 建议提案办理状况汇报 (一、基本状况: 承办建议提案共N件，其中人大代表建议N件（主办N件、会办N件）…; the
# items as “1、关于…的建议（州人大第214号建议，…李燕芹等11人，由我局主办）”): https://m.wenke99.com/p-5779418.html
# Numbered paragraphs under (一)(二); the common deadline stated once in the opening paragraph; the outcome
# in the sentence after each item; proposers named in the brackets; the bureau is the sending unit.
PROPOSALS = [
    (
        "（一）3件市人大代表建议分别是：",
        [
            "关于提高环卫工人福利待遇的建议（市十届人大四次会议第214号建议，李燕芹等11名代表，由我局主办），"
            "已于6月12日书面答复代表，代表表示满意。",
            "关于规范城区电动自行车停放管理的建议（第73号建议，王维兵代表，由我局主办），"
            "已于6月20日答复代表，代表表示满意。",
            "关于加快城区背街小巷改造提升的建议（第156号建议，刘红霞代表，由我局主办），目前正在办理，"
            "已会同华龙区完成12条背街小巷摸排，改造方案正在征求意见。",
        ],
    ),
    (
        "（二）4件市政协委员提案分别是：",
        [
            "关于加强城市小街小巷环境卫生管理的提案（市政协第23号提案，周明委员，由我局主办），"
            "已于5月30日答复委员，委员表示满意。",
            "关于推进生活垃圾分类全覆盖的提案（第45号提案，民盟市委员会，由我局主办），已于6月25日办复。",
            "关于规范户外广告设置管理的提案（第67号提案，陈思远委员，由我局主办），"
            "已于6月28日答复委员，委员表示基本满意。",
            "关于增设城区公共厕所的提案（第88号提案，赵立新委员，由我局主办），正在办理，"
            "已完成城区公厕布点规划初稿。",
        ],
    ),
]


def write_proposals(path: Path) -> Path:
    doc = _new_document(author="city-admin")
    _paragraph(
        doc,
        "市城市管理局关于2024年度人大代表建议和政协委员提案办理情况的汇报",
        20,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "　　按照市政府办公室《关于做好2024年度人大代表建议和政协委员提案办理工作的通知》要求，建议提案须于"
        "2024年6月30日前全部办复。我局高度重视，认真研究，积极落实，现将办理情况汇报如下：",
    )
    _paragraph(doc, "　　一、基本情况", font="黑体")
    _paragraph(
        doc,
        "　　2024年我局共承办市人大代表建议和市政协委员提案9件。其中：市人大代表建议4件（主办3件、会办1件）；"
        "市政协提案5件（主办4件、会办1件）。会办件已按时向主办单位提交会办意见。截至7月底，主办的7件中已办复"
        "5件，正在办理2件。具体情况如下：",
    )
    for heading, items in PROPOSALS:
        _paragraph(doc, f"　　{heading}")
        for k, item in enumerate(items, start=1):
            _paragraph(doc, f"　　{k}．{item}")
    _paragraph(doc, "　　二、主要做法", font="黑体")
    _paragraph(
        doc,
        "　　一是加强组织领导，局主要负责同志亲自研究部署，分管领导具体负责；二是坚持面商沟通，办理前主动联系"
        "代表委员，了解真实意图；三是注重办理实效，把建议提案办理与城市管理重点工作结合起来。",
    )
    _paragraph(doc, "　　三、下一步工作", font="黑体")
    _paragraph(doc, "　　对正在办理的2件建议提案，我局将加快推进，及时向代表委员反馈办理进展，确保办理到位。")
    _paragraph(doc, "市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _word97(doc, path, "proposals")


# ---------------------------------------------------------------------------------------------
# 8. 民生实事项目进展情况表 (as .ods), after a county's monthly 民生实事项目进展情况的通报 (截至…日，N件民生
# 实事已完成N件，完成率; 各牵头单位…进度滞后的事项…挂牌督办): http://www.huichang.gov.cn/hcxxxgk/hc1373/202403/ac532136c88e40c999782114a0b6a02f.shtml
# Title and 截至 line; one header row; 类别 merged down; 牵头单位 beside 配合单位; 完成时限 as dates, 月底前,
# 年底前, 第三季度 and a bare month; the 7月份进展情况 and a 进度评价 (已完成/序时推进/进度滞后); a note and
# the sender.
LIVELIHOOD_GROUPS = [
    (
        "教育",
        [
            (
                "新建改扩建公办幼儿园",
                "新建、改扩建幼儿园10所，新增公办学位2700个",
                "市教育局",
                "市住建局、各县（区）政府",
                "2024年8月底前",
                "10所幼儿园主体工程全部完工，正在进行室内装修",
                "序时推进",
            ),
            (
                "中小学校食堂“明厨亮灶”工程",
                "全市中小学食堂“明厨亮灶”覆盖率达到100%",
                "市教育局",
                "市市场监管局",
                "2024年6月底前",
                "全市486所中小学食堂全部完成改造",
                "已完成",
            ),
        ],
    ),
    (
        "医疗",
        [
            (
                "紧密型县域医共体建设",
                "建成3个紧密型县域医共体，实现信息互联互通",
                "市卫健委",
                "市医保局",
                "2024年12月底前",
                "已完成3个医共体牵头医院信息平台对接",
                "序时推进",
            ),
            (
                "适龄妇女“两癌”免费筛查",
                "为3万名适龄妇女免费开展宫颈癌、乳腺癌筛查",
                "市卫健委",
                "市妇联",
                "年底前",
                "已筛查1.86万人",
                "序时推进",
            ),
        ],
    ),
    (
        "交通",
        [
            (
                "农村公路提档升级",
                "改造提升农村公路300公里",
                "市交通运输局",
                "市财政局",
                "第三季度",
                "已完成路基工程142公里",
                "序时推进",
            ),
            (
                "新开通城市公交线路",
                "开通线路5条，覆盖城市新区和产业集聚区",
                "市众意公交公司",
                "市交通运输局",
                "2024年7月",
                "5条线路已全部开通运营",
                "已完成",
            ),
        ],
    ),
    (
        "养老",
        [
            (
                "社区老年助餐点建设",
                "新建社区老年助餐点50个",
                "市民政局",
                "各县（区）政府",
                "2024年10月底前",
                "项目尚未开工",
                "进度滞后",
            ),
        ],
    ),
    (
        "住房",
        [
            (
                "城镇老旧小区改造",
                "改造城镇老旧小区62个",
                "市住建局",
                "各县（区）政府",
                "2024年11月底前",
                "已开工45个，其中完工12个",
                "序时推进",
            ),
        ],
    ),
    (
        "就业",
        [
            (
                "补贴性职业技能培训",
                "开展各类培训2万人次",
                "市人社局",
                "市财政局",
                "2024年12月31日",
                "",
                "",
            ),
        ],
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="民生实事办")
    ws = b.sheet("7月进展")
    b.widths(ws, [5, 7, 24, 32, 14, 20, 14, 32, 10])
    last = 8
    b.line(ws, 0, "2024年市政府民生实事项目进展情况表", last, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "（截至2024年7月31日）", last, b.right)
    b.header(
        ws,
        2,
        [
            "序号",
            "类别",
            "实事项目",
            "年度目标任务",
            "牵头单位",
            "配合单位",
            "完成时限",
            "7月份进展情况",
            "进度评价",
        ],
    )
    r = 3
    n = 0
    for group, rows in LIVELIHOOD_GROUPS:
        top = r
        for name, target, lead, helpers, limit, progress, verdict in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [name, target, lead, helpers], first=2)
            b.put(ws, r, 6, limit, b.center)
            b.put(ws, r, 7, progress)
            b.put(ws, r, 8, verdict, b.center)
            r += 1
        b.merge(ws, top, 1, r - 1, 1, group, b.center)
    b.line(
        ws,
        r,
        "注：进度评价分为“已完成”“序时推进”“进度滞后”三类，进度滞后的项目由市政府督查局挂牌督办。",
        last,
    )
    b.line(ws, r + 1, "填报单位：市发展和改革委员会（市民生实事工作办公室）　　　　2024年8月1日", last)
    return b.close()


def write_livelihood(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_livelihood_book(Path(tmp) / "livelihood.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 督查事项办理情况 as an 电子督查系统 exports it (CSV, GBK), after a bureau's 督查督办工作制度 (督查事项办理：
# 在规定时间内办结并反馈办理结果，在反馈结论栏中写明…; 延期申请; 督查员初审; 事项跟踪; 办结报告审结):
# http://www.creditsailing.com/GuiZhangZhiDu/295240-3.html
# An 导出时间 line, then 督查编号, 督查事项, 事项来源, 交办日期 (an event), 承办单位 (the units as the system
# writes them), 办理时限 as a date, 月底前 or N个工作日 (from the 交办日期), 办理状态, 反馈结论, 督查员 (not a
# unit); a 合计 line at the end.
SUPERVISION_HEADER = [
    "督查编号",
    "督查事项",
    "事项来源",
    "交办日期",
    "承办单位",
    "办理时限",
    "办理状态",
    "反馈结论",
    "督查员",
]
SUPERVISION_ROWS = [
    [
        "DC2024-031",
        "研究解决濮阳东站站前广场夜间照明不足问题",
        "市政府常务会议",
        "2024-06-05",
        "市城管局",
        "2024-06-30",
        "已办结",
        "已增设高杆灯6基，夜间照明达标",
        "马晓东",
    ],
    [
        "DC2024-035",
        "加快推进中心城区断头路打通工作",
        "市长批示",
        "2024-06-12",
        "市住建局",
        "2024年9月底前",
        "办理中",
        "3条断头路已开工，2条正在征迁",
        "马晓东",
    ],
    [
        "DC2024-038",
        "解决市区部分公交站台无遮阳设施问题",
        "领导交办",
        "2024-06-18",
        "市公交公司",
        "15个工作日",
        "已办结",
        "已为42个公交站台加装遮阳棚",
        "田静",
    ],
    [
        "DC2024-041",
        "优化城区交通信号灯配时，缓解早晚高峰拥堵",
        "市政府常务会议",
        "2024-06-26",
        "市交警支队",
        "2024-07-20",
        "已办结",
        "已优化调整28个路口信号配时",
        "田静",
    ],
    [
        "DC2024-044",
        "排查处置市区部分小区燃气管道老化问题",
        "领导交办",
        "2024-07-01",
        "市燃气公司",
        "10个工作日",
        "办理中",
        "已排查小区36个，更换老化管道1.2公里",
        "马晓东",
    ],
    [
        "DC2024-047",
        "推行不动产登记“带押过户”服务",
        "市政府常务会议",
        "2024-07-03",
        "市自然资源局",
        "2024年8月底前",
        "未启动",
        "",
        "田静",
    ],
    [
        "DC2024-050",
        "督促落实失业保险稳岗返还政策",
        "领导交办",
        "2024-07-10",
        "市人社局",
        "7个工作日",
        "已办结",
        "已为1236家企业发放稳岗返还资金",
        "马晓东",
    ],
    [
        "DC2024-053",
        "解决开发区企业用电报装周期长问题",
        "市长批示",
        "2024-07-24",
        "市供电公司",
        "10个工作日",
        "",
        "",
        "田静",
    ],
]


def write_supervision(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["导出时间：2024-07-31 17:20:05", "", "", "", "", "", "", "", ""])
    writer.writerow(SUPERVISION_HEADER)
    writer.writerows(SUPERVISION_ROWS)
    writer.writerow(["合计", f"共{len(SUPERVISION_ROWS)}条", "", "", "", "", "", "", ""])
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 12345热线“营商环境”专线企业诉求办理台账 (an Excel 97 workbook saved as WPS .et), after a city's
# 营商环境专线 (话务员记录诉求时间、诉求事项、联系方式形成办理工单; 承办单位自收到工单之日起按“13710”工作
# 机制处理并回复; 不属于本单位职责的两个工作日内申请退回; 办结后回访核查): https://py.henance.com/show-42781.html
# Title and 填报单位/统计时段 line; the complaining enterprise beside the 承办单位; 诉求时间 the base of the
# N个工作日 办理时限 (as the note says), one row with a date; 办理情况 and 回访核查; a note.
BUSINESS_ROWS = [
    [
        "YS2407001",
        date(2024, 7, 2),
        "濮阳市恒达化工有限公司",
        "增值税留抵退税申请提交后迟迟未到账",
        "市税务局",
        "7个工作日",
        "已办结，退税款已于7月8日到账",
        "满意",
    ],
    [
        "YS2407004",
        date(2024, 7, 4),
        "濮阳市宏远包装制品有限公司",
        "新建厂房用电报装后迟迟未接电",
        "供电公司",
        "10个工作日",
        "已办结，7月16日完成接电",
        "满意",
    ],
    [
        "YS2407007",
        date(2024, 7, 8),
        "濮阳市绿源食品有限公司",
        "申请的一次性吸纳就业补贴未发放",
        "市人社局",
        "7个工作日",
        "正在办理，已完成资格审核",
        "",
    ],
    [
        "YS2407010",
        date(2024, 7, 11),
        "濮阳县鑫源机械厂",
        "厂区周边道路破损严重，货车通行困难",
        "濮阳县人民政府",
        "2024年10月底前",
        "已纳入年度农村公路维修计划，正在招标",
        "",
    ],
    [
        "YS2407013",
        date(2024, 7, 15),
        "濮阳市晨光纺织有限公司",
        "办理不动产登记需多次往返提交材料",
        "市不动产登记中心",
        "3个工作日",
        "已办结，已为企业办结登记并推行容缺受理",
        "满意",
    ],
    [
        "YS2407016",
        date(2024, 7, 18),
        "濮阳市安泰建材有限公司",
        "政府投资项目工程款被拖欠，企业资金周转困难",
        "市住建局",
        "10个工作日",
        "已移交华龙区清欠工作专班处理",
        "",
    ],
    [
        "YS2407019",
        date(2024, 7, 23),
        "濮阳市通达物流有限公司",
        "货车城区通行证办理周期长",
        "市公安局交警支队",
        "5个工作日",
        "",
        "",
    ],
    [
        "YS2407022",
        date(2024, 7, 26),
        "濮阳市博雅教育咨询有限公司",
        "企业开办“一网通办”平台无法上传材料",
        "市政务服务中心",
        "2个工作日",
        "已办结，系统故障已修复",
        "满意",
    ],
]


def write_business_book(path: Path) -> Path:
    b = Book(path, author="营商环境服务中心")
    ws = b.sheet("Sheet1")
    b.widths(ws, [5, 12, 12, 28, 36, 16, 14, 32, 10])
    last = 8
    b.line(ws, 0, "12345热线“营商环境”专线企业诉求办理台账", last, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "填报单位：市营商环境服务中心　　　　　　　　统计时段：2024年7月1日—7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "诉求时间",
            "诉求企业",
            "诉求事项",
            "承办单位",
            "办理时限",
            "办理情况",
            "回访核查",
        ],
    )
    for k, values in enumerate(BUSINESS_ROWS, start=1):
        r = 2 + k
        number, asked, company, matter, unit, limit, progress, visit = values
        b.put(ws, r, 0, k, b.center)
        b.put(ws, r, 1, number, b.center)
        b.put(ws, r, 2, asked)
        b.row(ws, r, [company, matter, unit], first=3)
        b.put(ws, r, 6, limit, b.center)
        b.put(ws, r, 7, progress)
        b.put(ws, r, 8, visit, b.center)
    r = 3 + len(BUSINESS_ROWS)
    b.line(
        ws,
        r,
        "注：办理时限自诉求时间起按工作日计算；不属于本单位职责的，承办单位应在两个工作日内申请退回并说明理由。",
        last,
    )
    return b.close()


def write_business(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_business_book(Path(tmp) / "business.xlsx")
        soffice(book, "xls", Path(tmp) / "business.xls")
        shutil.copyfile(Path(tmp) / "business.xls", path)
    return path


# ---------------------------------------------------------------------------------------------
# 11. 河长制交办问题整改“回头看”情况表 as Excel saves "Unicode text" (tab-separated UTF-16 with a BOM), after a
# district's 河长制工作交办、督办事项整改情况“回头看” (区住房城乡建委、区农业农村委组成联合工作组, 对2021年—2023年
# 间交办事项回访巡查: 雨污分流改造, 建渣侵占河道, 设施侵占河道; 全部整改到位且无反弹):
# https://cqjlp.gov.cn/bmjz/qzfbm_97119/qzfcxjw_97722/zwxx_97121/dt/202310/t20231008_12404645.html
# A title line, the header, one line per point; 交办时间 an event; 整改时限 dates and 第三季度; 回头看情况 and
# 是否反弹; the 核查组 (the inspecting bureaus) beside the handling unit; a note line.
RIVER_HEADER = [
    "序号",
    "交办来源",
    "交办时间",
    "河道",
    "点位",
    "问题描述",
    "责任单位",
    "整改时限",
    "回头看情况",
    "是否反弹",
    "核查组",
]
RIVER_ROWS = [
    [
        "市河长办",
        "2023/9/12",
        "金堤河",
        "王称堌镇段",
        "河道管理范围内堆放建筑垃圾约300立方米",
        "王称堌镇人民政府",
        "2023年10月31日",
        "已清理完毕，现场已复绿",
        "否",
        "市水利局、市农业农村局联合工作组",
    ],
    [
        "省河长办",
        "2023/11/20",
        "金堤河",
        "濮城镇段",
        "沿岸村庄生活污水直排入河",
        "濮城镇人民政府",
        "2024年6月30日",
        "污水收集管网已建成，正在调试运行",
        "否",
        "市水利局、市农业农村局联合工作组",
    ],
    [
        "市河长办",
        "2024/1/8",
        "马颊河",
        "华龙区段",
        "雨污混接导致雨天污水溢流入河",
        "华龙区人民政府",
        "2024年第三季度",
        "正在实施雨污分流改造",
        "否",
        "市水利局、市住建局联合工作组",
    ],
    [
        "市河长办",
        "2024/3/15",
        "潴龙河",
        "柳屯镇段",
        "河道内违规种植高秆作物",
        "柳屯镇人民政府",
        "2024年4月30日",
        "已全部清除",
        "否",
        "市水利局、市农业农村局联合工作组",
    ],
    [
        "市级河长巡河",
        "2024/4/22",
        "金堤河",
        "城区段",
        "桥下违规搭建彩钢房",
        "市城管局",
        "2024年5月31日",
        "已拆除，6月又发现新搭建，已重新交办，正在拆除",
        "是",
        "市水利局、市住建局联合工作组",
    ],
    [
        "省河长办",
        "2024/5/10",
        "马颊河",
        "清丰县段",
        "入河排污口未设置标识牌",
        "市生态环境局",
        "2024年6月15日",
        "已完成标识牌设置",
        "否",
        "市水利局、市住建局联合工作组",
    ],
    [
        "市级河长巡河",
        "2024/6/3",
        "徒骇河",
        "南乐县段",
        "河道岸坡局部坍塌",
        "市水利局",
        "2024年7月15日",
        "未整改",
        "—",
        "市水利局、市农业农村局联合工作组",
    ],
    [
        "市河长办",
        "2024/7/2",
        "金堤河",
        "台前县段",
        "非法采砂船只在河道内停靠",
        "台前县人民政府",
        "2024年8月31日",
        "",
        "",
        "市水利局、市农业农村局联合工作组",
    ],
]


def write_rivers(path: Path) -> Path:
    width = len(RIVER_HEADER)

    def line(values: list[str]) -> str:
        values = values + [""] * (width - len(values))
        return "\t".join(values)

    lines = [line(["金堤河、马颊河流域河长制交办问题整改“回头看”情况表"]), line(RIVER_HEADER)]
    lines += [line([str(k), *values]) for k, values in enumerate(RIVER_ROWS, start=1)]
    lines.append(line(["注：“回头看”时间为2024年7月22日—7月26日，由市河长办汇总。"]))
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# ---------------------------------------------------------------------------------------------
# 12. 食品经营日常监督检查结果记录表, several compiled in one Word document (one two-column table per
# inspection), after the 总局 notice on the 《食品生产经营日常监督检查结果记录表》 (检查结果 符合/基本符合/
# 不符合; 基本符合的书面责令限期改正，被检查单位按期整改，监督检查人员跟踪整改情况并记录整改结果):
# http://121jk.cn/news/renzhengbiaozhun/show47508_2.html
# Each table: 被检查单位, 地址, 许可证编号, 检查时间 (an event), 检查结果, 说明 (the problem), 结果处理 (the
# 限期 inside the sentence, or N日内 from the 检查时间), 跟踪整改情况, the inspectors' and the manager's
# signatures. One table records a 符合 inspection and holds no problem.
FOOD_CHECKS = [
    (
        "濮阳市华龙区好味道快餐店",
        "胜利路中段128号",
        "JY24109020023456",
        "2024年7月3日",
        "基本符合",
        "后厨冷藏柜生熟食品混放，部分半成品未标注加工日期。",
        "书面责令限期改正，限期至2024年7月10日。",
        "7月10日复查，已整改到位。",
    ),
    (
        "濮阳市华龙区鑫源副食超市",
        "长庆路西段56号",
        "JY14109020031178",
        "2024年7月5日",
        "基本符合",
        "部分预包装食品超过保质期仍在货架销售。",
        "书面责令限期改正，限期至2024年7月8日。",
        "7月9日复查，过期食品已下架销毁，已建立临期食品检查制度。",
    ),
    (
        "濮阳市华龙区老街坊面馆",
        "绿城路23号",
        "JY24109020045521",
        "2024年7月11日",
        "符合",
        "未发现问题。",
        "通过。",
        "／",
    ),
    (
        "濮阳市华龙区甜蜜蛋糕坊",
        "京开大道北段301号",
        "JY24109020052203",
        "2024年7月16日",
        "基本符合",
        "2名从业人员健康证明过期未及时办理。",
        "书面责令限期改正，限期至2024年7月26日。",
        "7月26日复查，1名从业人员已取得健康证明，另1人正在办理。",
    ),
    (
        "濮阳市华龙区惠民生鲜超市",
        "黄河路东段88号",
        "JY14109020060734",
        "2024年7月22日",
        "基本符合",
        "进货查验记录不全，未留存供货商资质证明。",
        "书面责令限期改正，限期至2024年8月5日。",
        "",
    ),
    (
        "濮阳市华龙区川味小厨",
        "中原路172号",
        "JY24109020071846",
        "2024年7月25日",
        "基本符合",
        "餐饮具消毒设施未正常使用。",
        "书面责令改正，自检查之日起7日内改正到位。",
        "7月30日复查，消毒柜仍未启用。",
    ),
]


def write_food(path: Path) -> Path:
    doc = _new_document(author="胜利路市场监管所")
    _paragraph(doc, "食品经营日常监督检查结果记录表（汇编）", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "检查单位：华龙区市场监督管理局胜利路市场监管所　　　　　2024年7月",
        12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    for k, (name, address, licence, checked, verdict, remark, handling, follow) in enumerate(
        FOOD_CHECKS, start=1
    ):
        _paragraph(doc, f"记录{k}", 12, "黑体")
        rows = [
            ("被检查单位", name),
            ("地址", address),
            ("许可证编号", licence),
            ("检查时间", checked),
            ("检查结果", verdict),
            ("说明（发现问题）", remark),
            ("结果处理", handling),
            ("跟踪整改情况", follow),
            ("检查人员（签字）", "张明、李华"),
            ("被检查单位负责人（签字）", ""),
        ]
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(rows):
            _cell_text(table.cell(r, 0), label, 10.5, True)
            _cell_text(table.cell(r, 1), value, 10.5)
        _paragraph(doc, "", 8)
    _paragraph(doc, "注：检查结果为基本符合的，书面责令限期改正；被检查单位应按期整改并报告整改情况。", 10.5)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 13. 暑期校园安全隐患排查整改台账 of two schools, zipped (UTF-8 member names), after a 学校安全隐患排查台账
# (核心构成要素: 排查时间、部位, 隐患描述, 隐患等级 重大隐患/一般隐患, 立即整改/限期整改, 整改责任人, 隐患状态
# 未整改/整改中/已整改, 验收): https://max.book118.com/html/2025/1223/6243200123012033.shtm
# The first school's workbook names the school in its title, with 隐患状态 and 验收人/验收日期 columns; the
# second school's Word table has a blank 学校（盖章） line, so the school is named only by the file name;
# 整改时限 as dates, 月日前 without a year, 月底前 and 立行立改 (from the 排查时间).
SCHOOL_A_ROWS = [
    [
        "校舍建筑",
        "教学楼三楼",
        "走廊护栏部分立杆锈蚀松动",
        "一般隐患",
        "更换锈蚀立杆并加固",
        "总务处 李强",
        "2024年8月10日",
        "整改中",
        "",
        "",
    ],
    [
        "消防设施",
        "学生宿舍",
        "部分灭火器压力不足",
        "一般隐患",
        "更换灭火器",
        "安全办 王磊",
        "2024年7月12日",
        "已整改",
        "赵文博",
        date(2024, 7, 11),
    ],
    [
        "电气设备",
        "计算机教室",
        "电源插座老化发热",
        "一般隐患",
        "更换插座及线路",
        "信息中心 孙伟",
        "2024年7月20日",
        "已整改",
        "赵文博",
        date(2024, 7, 19),
    ],
    [
        "校园周边",
        "学校东门",
        "上下学时段缺少交通警示标志和减速带",
        "一般隐患",
        "协调交警部门设置标志",
        "安全办 王磊",
        "2024年8月底前",
        "未整改",
        "",
        "",
    ],
    [
        "体育器材",
        "操场",
        "篮球架底座固定螺栓缺失",
        "较大隐患",
        "停止使用，加固底座",
        "体育组 周亮",
        "2024年7月15日",
        "已整改",
        "赵文博",
        date(2024, 7, 15),
    ],
]
SCHOOL_B_ROWS = [
    ["2024.7.10", "食堂操作间排烟管道油污积存较厚", "清洗排烟管道", "后勤处 刘建", "7月20日前", "已清洗完毕"],
    [
        "2024.7.10",
        "化学实验室危险化学品柜未实行双人双锁管理",
        "加装双锁，建立领用登记",
        "实验室 郑华",
        "立行立改",
        "已整改",
    ],
    [
        "2024.7.12",
        "学生公寓楼部分应急照明灯损坏",
        "更换应急照明灯",
        "后勤处 刘建",
        "7月底前",
        "已采购，正在安装",
    ],
    ["2024.7.12", "校园围墙东侧一段出现裂缝、倾斜", "拆除重建", "总务处", "8月25日前", ""],
]


def write_school_a(path: Path) -> Path:
    b = Book(path, author="安全办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [5, 10, 12, 30, 10, 22, 14, 14, 10, 10, 12])
    last = 10
    b.line(ws, 0, "濮阳市第三实验小学暑期校园安全隐患排查整改台账", last, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "排查时间：2024年7月8日　　　　排查人员：校安全工作领导小组", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患类别",
            "隐患部位",
            "隐患描述",
            "隐患等级",
            "整改措施",
            "整改责任人",
            "整改时限",
            "隐患状态",
            "验收人",
            "验收日期",
        ],
    )
    for k, values in enumerate(SCHOOL_A_ROWS, start=1):
        r = 2 + k
        b.put(ws, r, 0, k, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.day if c == 10 and v else b.center if c in (1, 4, 7, 8, 9, 10) else b.cell)
    r = 3 + len(SCHOOL_A_ROWS)
    b.line(ws, r + 1, "学校安全负责人：赵文博　　　　填表人：王磊　　　　填表日期：2024年7月26日", last)
    return b.close()


def write_school_b(path: Path) -> Path:
    doc = _new_document(author="user")
    section = doc.sections[0]
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(doc, "校园安全隐患排查整改台账", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "学校（盖章）：　　　　　　　　　　　　　　　　　　填报日期：2024年7月26日", 12)
    header = ["序号", "排查时间", "隐患部位及问题", "整改措施", "责任人", "整改时限", "整改情况"]
    table = doc.add_table(rows=len(SCHOOL_B_ROWS) + 1, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, True)
    for r, values in enumerate(SCHOOL_B_ROWS, start=1):
        _cell_text(table.cell(r, 0), str(r), 10.5)
        for c, v in enumerate(values, start=1):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "填表人：马丽　　　　校长（签字）：", 12)
    return _save_fixed(doc, path)


def write_schools(path: Path) -> Path:
    members = [
        ("濮阳市第三实验小学安全隐患排查整改台账.xlsx", write_school_a, "a.xlsx"),
        ("范县第一中学安全隐患排查整改台账.docx", write_school_b, "b.docx"),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer, scratch in members:
            member = writer(Path(tmp) / scratch)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 14. 需市级协调解决的重点招商项目情况表, one card per project stacked down a sheet, after a city's 需要市协调的
# 外商投资项目表 (项目名称; 项目基本情况: 总投资/合同外资, 中方, 外方, 外方国别和地区, 经营范围及规模; 项目进展情况;
# …): http://ask.fsou.com/html/text/lar/172920/17292053_2.html
# Each card: 项目名称, 项目基本情况 (label merged down over five lines), 项目进展情况, 需市级协调解决的问题 (the
# item), 责任单位, 协调时限, 协调进展; a blank row between cards; the 填报单位 (the sender, a zone's 招商局)
# above.
PROJECTS = [
    (
        "年产5万吨生物可降解新材料项目",
        [
            "总投资（万元）：86000　　　　合同引资（万元）：86000",
            "投资方：河南绿能新材料科技有限公司",
            "投资方所在地：河南省郑州市",
            "建设内容及规模：建设PBAT生产线2条及配套设施",
            "签约时间：2023年11月",
        ],
        "已完成项目备案，正在办理用地手续",
        "项目用地规划条件调整需市级审批，审批进度缓慢，影响项目开工",
        "市自然资源和规划局",
        "2024年8月15日前",
        "已召开专题协调会，规划条件调整方案已上报市规划委员会",
    ),
    (
        "氢能装备产业园项目",
        [
            "总投资（万元）：52000　　　　合同引资（万元）：40000",
            "投资方：上海氢途能源装备有限公司",
            "投资方所在地：上海市",
            "建设内容及规模：建设电解槽、储氢瓶生产车间",
            "签约时间：2024年1月",
        ],
        "主体厂房已开工建设",
        "项目施工用电需新建10千伏专线",
        "濮阳供电公司",
        "2024年7月20日前",
        "专线已于7月18日送电",
    ),
    (
        "冷链物流中心项目",
        [
            "总投资（万元）：31000　　　　合同引资（万元）：31000",
            "投资方：山东鲁冷供应链管理有限公司",
            "投资方所在地：山东省济南市",
            "建设内容及规模：建设冷库8万立方米及分拣中心",
            "签约时间：2024年3月",
        ],
        "已完成土地摘牌",
        "项目环境影响评价批复办理需市级协调加快",
        "市环境局",
        "2024年9月底前",
        "",
    ),
    (
        "新能源汽车零部件项目",
        [
            "总投资（万元）：45000　　　　合同引资（万元）：45000",
            "投资方：宁波拓博汽车部件有限公司",
            "投资方所在地：浙江省宁波市",
            "建设内容及规模：建设电驱动壳体压铸生产线4条",
            "签约时间：2024年4月",
        ],
        "正在进行场地平整",
        "项目生产所需天然气管道接入",
        "市燃气有限公司",
        "2024年10月31日",
        "尚未对接",
    ),
    (
        "智能制造产业园二期",
        [
            "总投资（万元）：120000　　　　合同引资（万元）：60000",
            "投资方：濮阳市产业投资集团有限公司",
            "投资方所在地：河南省濮阳市",
            "建设内容及规模：建设标准化厂房25万平方米",
            "签约时间：2023年8月",
        ],
        "一期已投用，二期正在建设",
        "园区道路与城市主干道连接段未打通，影响企业入驻",
        "市住房和城乡建设局",
        "年底前",
        "已完成设计招标，正在办理施工许可",
    ),
]


def write_projects(path: Path) -> Path:
    b = Book(path, author="招商局")
    ws = b.sheet("项目表")
    b.widths(ws, [22, 70])
    b.line(ws, 0, "需市级协调解决的重点招商项目情况表", 1, b.title)
    ws.set_row(0, 30)
    b.line(ws, 1, "填报单位：濮阳经济技术开发区招商局　　　　填报日期：2024年7月29日", 1)
    r = 3
    for name, basics, progress, problem, unit, limit, coordination in PROJECTS:
        b.put(ws, r, 0, "项目名称", b.label)
        b.put(ws, r, 1, name)
        r += 1
        b.merge(ws, r, 0, r + len(basics) - 1, 0, "项目基本情况", b.label)
        for k, text in enumerate(basics):
            b.put(ws, r + k, 1, text)
        r += len(basics)
        for label, value in (
            ("项目进展情况", progress),
            ("需市级协调解决的问题", problem),
            ("责任单位", unit),
            ("协调时限", limit),
            ("协调进展", coordination),
        ):
            b.put(ws, r, 0, label, b.label)
            b.put(ws, r, 1, value)
            r += 1
        r += 1
    b.line(ws, r, "注：已协调解决的问题下月起不再填报；协调进展由责任单位填写。", 1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. “群众最不满意的10件事”集中整治推进情况, numbered paragraphs in Word, after a city's list of the year's
# “群众最不满意的10件事” (1、市城区部分路段隔离设施缺失，机动车、非机动车违法占道通行问题。主责单位：市公安局
# …市城管执法局, 市住房城乡建设局, 市卫生健康委, 市市场监管局, 市交通运输局, 市生态环境局):
# https://p2.ttnews.xyz/a/5cb70b86dc9b5e75aaad4c37
# Each matter as a numbered paragraph, then a 主责单位/完成时限 line and a 推进情况 line (one of them
# empty); the units as the list writes them; 完成时限 as 月底前, 年底前, 第三季度, a date and 长期坚持.
MATTERS = [
    (
        "市城区部分路段隔离设施缺失，机动车、非机动车违法占道通行问题。",
        "市交警支队",
        "2024年9月底前",
        "已在人民路、胜利路等8条道路增设隔离护栏12.6公里，其余路段正在施工。",
    ),
    (
        "市城区部分大型公共建筑、住宅小区配建停车场被挪作他用导致停车难问题。",
        "市住房城乡建设局",
        "2024年10月底前",
        "已完成全面排查，责令23处停车场恢复使用功能，已恢复17处。",
    ),
    (
        "部分老旧小区小广告乱张乱贴、楼道杂物堆放问题。",
        "市城管执法局",
        "2024年6月底前",
        "已完成。集中清理小广告1.2万余处，建立长效保洁机制。",
    ),
    (
        "市城区大型医院夜间和节假日值班医生少、病人候诊时间较长问题。",
        "市卫生健康委",
        "2024年7月底前",
        "已完成整治，3家三级医院增设夜间门诊和节假日门诊。",
    ),
    (
        "市城区居民违规饲养大型犬、烈性犬扰民问题。",
        "市公安局",
        "长期坚持",
        "常态化开展文明养犬专项整治，持续加大巡查和宣传力度。",
    ),
    (
        "“保健品”“保健器材”虚假宣传、非法会销欺诈老年人问题。",
        "市市场监管局",
        "2024年12月底前",
        "已立案查处虚假宣传案件14起，正在开展专项整治。",
    ),
    ("市城区公厕数量不足、生活垃圾清运不及时问题。", "市城市管理局", "第三季度", "尚未启动。"),
    ("高速公路出入口和市城区部分交通标志设置不合理、指示不规范问题。", "市交通运输局", "2024年8月31日", ""),
    (
        "饮用水水源一级保护区内游泳、垂钓污染水体问题。",
        "市生态环境局",
        "2024年8月底前",
        "已设置物理隔离网和警示牌，正在组织日常巡查。",
    ),
    (
        "城乡接合部部分村道路面狭窄、破损，维护不及时问题。",
        "华龙区人民政府",
        "年底前",
        "已完成23公里村道维修，剩余路段计划10月开工。",
    ),
]


def write_matters(path: Path) -> Path:
    doc = _new_document(author="集中整治办")
    _paragraph(
        doc,
        "2024年度中心城区“群众最不满意的10件事”集中整治推进情况",
        20,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市集中整治工作领导小组办公室　　　　2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "　　经市委研究确定，2024年度中心城区集中整治“群众最不满意的10件事”。截至7月底，各主责单位推进情况如下：",
    )
    for k, (matter, unit, limit, progress) in enumerate(MATTERS, start=1):
        _paragraph(doc, f"　　{k}．{matter}", font="楷体_GB2312", bold=True)
        _paragraph(doc, f"　　主责单位：{unit}　　　　完成时限：{limit}")
        _paragraph(doc, f"　　推进情况：{progress}")
    _paragraph(doc, "　　市集中整治办将持续跟踪督办，对进展滞后的事项在全市予以通报。")
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
FILES = [
    ("市民政局巡察反馈问题整改台账（7月更新）.xlsx", write_inspection),
    ("胡状镇审计发现问题整改情况报告.doc", write_audit),
    ("突出生态环境问题交办单导出_20240731.csv", write_assignments),
    ("胜利路街道安全生产督导检查发现问题整改台账.xlsx", write_safety),
    ("12345热线7月份转办工单办理情况通报.xls", write_hotline),
    ("市人大代表建议办理情况统计表（截至7月31日）.xlsx", write_motions),
    ("市城市管理局2024年建议提案办理情况汇报.wps", write_proposals),
    ("2024年市政府民生实事项目7月份进展情况表.ods", write_livelihood),
    ("市政府督查事项办理情况_20240731.csv", write_supervision),
    ("营商环境专线企业诉求办理台账（7月）.et", write_business),
    ("河长制交办问题整改回头看情况表.txt", write_rivers),
    ("食品经营日常监督检查结果记录汇编（7月）.docx", write_food),
    ("暑期校园安全隐患排查整改台账（两所学校）.zip", write_schools),
    ("需市级协调解决的重点招商项目情况表（7月）.xlsx", write_projects),
    ("中心城区群众最不满意10件事集中整治推进情况.docx", write_matters),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

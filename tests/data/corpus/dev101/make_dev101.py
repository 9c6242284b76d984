"""Write the dev101 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 主题教育与作风建设的检视问题整改清单 — 领导班子对照检查、民主生活会查摆问题、班子成员认领问题、机关自查
（党纪学习教育“回头看”、效能督查）、作风建设问题清单、国企整改整治月报、基层减负问题反映.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, ticks under three progress columns), .et (Excel 97 via
LibreOffice), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs under section headings, a .doc
(Word 97 via LibreOffice) whose items are 一是/二是 paragraphs, and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev101.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice gives byte-identical files (fixed dates inside the files, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


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
# 1. 党纪学习教育自查问题清单, after a 中央八项规定精神学习教育“回头看”自查问题清单 (the problems listed under section
# headings with their count, 一、学习研讨方面(6条) …, each a numbered paragraph opening with a short label — 学习深度不足，
# 流于表面化; 研讨质量不高; 学习覆盖存在盲区 — followed by the concrete case):
# https://guanshanwenku.com/zhutijiaoyu/2025/07/116823.html
# A .docx from one bureau: title, 主送, preamble, section headings with counts, the items as numbered paragraphs (each
# with its 责任科室, 整改时限 and progress in sentences), a closing paragraph, the 党组 and date at the foot.
FINANCE_SECTIONS = [
    (
        "一、学习研讨方面（3条）",
        [
            "1.学习深度不足，流于表面。局机关部分科室开展党纪学习仅限于通读《中国共产党纪律处分条例》原文，未结合"
            "预算分配、政府采购等岗位风险进行延伸解读。整改措施：每月组织一次“以案说纪”专题学习，编印财政系统"
            "违纪典型案例汇编。责任科室：机关党委。整改时限：2024年8月底前。目前案例汇编初稿已完成，正在征求意见。",
            "2.研讨发言照本宣科，缺乏思想碰撞。6月份专题研讨中12名发言人员发言内容雷同，未查摆本科室在预算评审、"
            "资金拨付方面的具体风险点。整改措施：重新组织专题研讨，每人结合岗位撰写剖析材料。责任科室：办公室。"
            "整改时限：2024年7月15日。已重新组织研讨，整改完成。",
            "3.学习覆盖存在盲区。局属国库集中支付中心、财政投资评审中心的编外聘用人员未纳入党纪学习范围。整改措施："
            "将编外人员纳入学习计划，建立学习签到台账。责任科室：人事科。整改时限：2024年7月31日。",
        ],
    ),
    (
        "二、作风纪律方面（2条）",
        [
            "4.公务接待审批把关不严。抽查2024年上半年公务接待单据，有3批次未附公函，1批次陪餐人数超过规定。"
            "整改措施：补齐接待手续，修订《公务接待管理办法》。责任科室：行政财务科。整改时限：2024年7月20日。"
            "已补齐手续并印发新办法，整改完成。",
            "5.公务用车使用登记不规范。部分派车单未填写事由和起止里程，与车辆轨迹无法对应。整改措施：实行派车单与"
            "车辆北斗轨迹逐月比对。责任科室：办公室。整改时限：长期坚持。已实行逐月比对，长期坚持。",
        ],
    ),
    (
        "三、组织领导方面（2条）",
        [
            "6.班子成员“一岗双责”落实不到位。个别班子成员对分管科室党纪学习督导不够，未到分管科室讲党课。整改措施："
            "班子成员每季度到分管科室讲一次纪律党课。责任科室：机关党委。整改时限：2024年9月30日前。目前尚未启动。",
            "7.问题整改跟踪问效不够。2023年度民主生活会查摆的4个问题中有1个未按期销号，整改台账更新滞后。整改措施："
            "逐项核查整改情况，建立整改台账周更新制度。责任科室：机关纪委。整改时限：2024年8月15日。"
            "目前正在逐项核查。",
        ],
    ),
]


def write_finance(path: Path) -> Path:
    doc = _new_document("机关党委")
    _title(doc, "濮阳市财政局党纪学习教育自查问题清单及整改情况")
    _paragraph(doc, "市委党纪学习教育领导小组办公室：")
    _paragraph(
        doc,
        "根据市委党纪学习教育领导小组办公室关于开展自查自纠的通知要求，局党组组织各科室、局属单位对照"
        "《条例》逐章逐条开展自查，共查摆问题3个方面7条。现将问题清单及整改情况报告如下：",
    )
    for heading, paras in FINANCE_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc, "下一步，局党组将把整改落实与财政中心工作结合起来，对整改事项逐项对账销号，确保件件有着落。"
    )
    _paragraph(doc, "中共濮阳市财政局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 县委、县政府领导班子对照检查自查自纠, after a county 党委政府班子's 对照检查阶段自查自纠 report (preamble on
# 对标中央明确集中整治的突出问题、班子成员认领主责、整改措施清单化; 一、存在的主要问题 (一)思想认识方面。一是……二是……):
# https://63jd.com/fanwen/46068.html
# A .doc (Word 97 via LibreOffice): title, preamble, a part heading, (一)(二)(三) aspect headings, the items as 一是/二是
# paragraphs naming the 牵头单位 and 时限 and progress in sentences, a closing part, the two bodies and date at the foot.
QINGFENG_SECTIONS = [
    (
        "（一）思想认识方面",
        [
            "一是理论学习转化不够。少数班子成员自主研学时间安排不足，上半年结合分管工作开展专题研讨仅2次，学习成果"
            "转化为推动工作的思路不多。整改措施：落实县委理论学习中心组“第一议题”制度，班子成员每季度到联系乡镇"
            "宣讲1次。由中共清丰县委办公室牵头，长期坚持。",
            "二是作风建设长效机制仍有短板。班子成员调研指导基层时关注业务进度多、关注干部作风少，抓作风培育的持续性"
            "不足。整改措施：建立班子成员联系乡镇作风监测点制度。由中共清丰县委组织部牵头，2024年9月底前完成。"
            "目前制度初稿已起草，正在征求意见。",
        ],
    ),
    (
        "（二）工作作风方面",
        [
            "一是督查检查考核仍然偏多。上半年县直部门到乡镇开展督查检查41批次，部分事项多头检查、重复检查。"
            "整改措施：实行督查检查考核年度计划管理，合并同类事项。由清丰县人民政府督查室牵头，2024年7月20日前"
            "完成。目前已清理合并督查事项12项，整改完成。",
            "二是调研扎堆、层层陪同现象仍有发生。6月份有3个县直部门在同一周到马庄桥镇调研，乡镇主要负责同志全程"
            "陪同。整改措施：建立调研统筹报备制度，严控陪同人数。由中共清丰县委办公室牵头，8月底前完成。目前尚未启动。",
            "三是精文减会落实不到位。部分部门以工作提示、便函代替正式文件，“白头文件”数量不降反升。整改措施：推行"
            "发文立项赋码制度。由清丰县人民政府办公室牵头，2024年6月30日前完成。该制度已建立并运行，已完成整改。",
        ],
    ),
    (
        "（三）廉洁自律方面",
        [
            "一是公务接待管理存在漏洞。个别单位接待清单与发票明细不符，存在化整为零报销接待费用的情况。整改措施："
            "开展公务接待专项检查。由清丰县财政局牵头，2024年8月15日前完成。目前已抽查单位23家，检查正在进行。",
            "二是公务用车管理不够规范。部分单位公车未纳入县公务用车平台统一调度，私车公养问题仍有苗头。整改措施："
            "公车全部纳入平台管理。由清丰县机关事务服务中心牵头，2024年7月31日前完成。",
            "三是对亲属和身边工作人员教育管理不严。个别班子成员对配偶、子女经商办企业情况报告不及时。整改措施："
            "开展家风家教专题教育，规范报告事项。由中共清丰县委组织部牵头，12月底前完成。已开展家风家教专题教育"
            "1次，正在持续推进。",
        ],
    ),
]


def write_qingfeng_docx(path: Path) -> Path:
    doc = _new_document("县委办公室")
    _title(doc, "清丰县委、县政府领导班子对照检查阶段自查自纠问题整改情况报告")
    _paragraph(
        doc,
        "根据县委党纪学习教育领导小组办公室关于做好对照检查阶段自查自纠工作的通知要求，县委、县政府领导班子"
        "对标中央明确的集中整治突出问题，通过座谈交流、意见征集、谈心谈话等方式查摆问题，形成班子牵头抓总、"
        "班子成员认领主责、牵头单位具体落实的整改体系。现将有关情况报告如下。",
    )
    _paragraph(doc, "一、存在的主要问题及整改情况", font="黑体")
    for heading, paras in QINGFENG_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "县委、县政府领导班子将坚持问题不解决不松劲、整改不到位不罢休，对整改事项实行清单化管理、销号式推进，"
        "每月调度一次，确保自查自纠问题按期整改到位。",
    )
    _paragraph(doc, "中共清丰县委    清丰县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_qingfeng(path: Path) -> Path:
    return via_soffice(write_qingfeng_docx, path, "doc", "领导班子对照检查自查自纠问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 3. 领导班子问题清单和群众反映强烈问题清单, after a district's account of its 四套班子 “不严不实”问题对照“画像”
# (建立问题清单环节: 分别建立领导班子和领导干部问题清单，同时建立群众反应强烈问题清单，明确责任人和整改时限):
# http://106.37.81.211:8082/wlyq/sjs_wlyq-2108.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, two blocks (一、领导班子检视问题清单 / 二、群众反映强烈问题
# 清单) each with its own header row, 责任领导 (a person) beside the 责任单位 (district bureaus, a street office and
# two city utilities written 濮阳市自来水公司 and 濮阳供电公司), a signature line.
HUALONG_LEADERS = [
    (
        "调研解决问题不够深入，对老旧小区改造中群众反映的加装电梯问题研究推动不够",
        "王建军（副区长）",
        "濮阳市华龙区住房和城乡建设局",
        "2024年10月底前",
        "已完成3个小区加装电梯方案设计，正在推进",
    ),
    (
        "落实“四下基层”制度不到位，班子成员参加信访接待日接访次数偏少",
        "李红霞（区委副书记）",
        "濮阳市华龙区信访局",
        "长期坚持",
        "已实行区级领导轮流接访，长期坚持",
    ),
    (
        "回应企业诉求不及时，企业反映问题平均办结时间超过15个工作日",
        "赵志强（常务副区长）",
        "濮阳市华龙区发展和改革委员会",
        "2024年7月31日",
        "已建立企业诉求“接诉即办”机制，平均办结时间缩短至5个工作日，已完成",
    ),
    (
        "政务服务“一网通办”事项覆盖率偏低，部分高频事项仍需线下跑腿",
        "孙明（副区长）",
        "濮阳市华龙区政务服务和大数据管理局",
        "第三季度",
        "未启动",
    ),
]
HUALONG_MASSES = [
    (
        "胜利路街道部分老旧小区供水水压不足，高层住户用水困难",
        "王建军（副区长）",
        "濮阳市自来水公司",
        "2024年8月31日",
        "正在更换二次加压泵组",
    ),
    (
        "城区背街小巷路灯损坏不亮，群众夜间出行不便",
        "刘卫东（副区长）",
        "濮阳市华龙区城市管理局",
        "2024年7月20日",
        "已维修更换路灯126盏，整改完成",
    ),
    (
        "中原路农贸市场周边占道经营、早晚高峰交通拥堵",
        "刘卫东（副区长）",
        "濮阳市华龙区中原路街道办事处",
        "9月底前",
        "",
    ),
    (
        "迎宾路老旧小区夏季用电高峰频繁跳闸停电",
        "赵志强（常务副区长）",
        "濮阳供电公司",
        "2024年7月25日",
        "已完成线路增容改造，已完成",
    ),
]


def write_hualong_book(path: Path) -> Path:
    b = Book(path, author="区委主题教育办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 46, 18, 30, 16, 34])
    b.line(ws, 0, "华龙区领导班子检视问题清单和群众反映强烈问题清单整改进展表", 5, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市华龙区委主题教育领导小组办公室    填报日期：2024年7月29日", 5)
    words = ["序号", "问题表现", "责任领导", "责任单位", "整改时限", "整改进展"]
    r = 2
    for heading, rows in (
        ("一、领导班子检视问题清单", HUALONG_LEADERS),
        ("二、群众反映强烈问题清单", HUALONG_MASSES),
    ):
        b.line(ws, r, heading, 5, b.head)
        b.header(ws, r + 1, words)
        for i, row in enumerate(rows, 1):
            b.put(ws, r + 1 + i, 0, i, b.center)
            b.row(ws, r + 1 + i, list(row), first=1)
        r += 2 + len(rows)
    b.line(ws, r + 1, "填表人：郭晓燕    审核人：张立平    联系电话：0393-8315026", 5)
    return b.close()


def write_hualong(path: Path) -> Path:
    return via_soffice(write_hualong_book, path, "xls", "华龙区检视问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 民主生活会查摆问题整改台账, after a commentary on 民主生活会 问题清单 “年年提、年年改、年年有” that calls for an
# “清单—台账—销号”闭环管理 (问题定位精准、描述具体; 整改措施可量化; 验收销号):
# https://www.qfxww.com.cn/news/jicengfengcai/116866.html
# An .xlsx from one centre: title, 填报单位 line, a two-row header grouping 问题清单 / 整改台账 / 销号 (问题类别 merged
# down its rows), rows naming only the centre's own 科室, a 销号情况 closure verdict and a 销号日期 (event), a 说明 line
# and a signature line.
FUND_ROWS = [
    (
        "政治理论学习",
        [
            (
                "理论学习与业务工作结合不紧，中心组学习研讨多停留在读原文、谈体会",
                "建立“学习+业务”双研讨机制，每次学习确定一个业务议题",
                "张振华",
                "办公室",
                "长期坚持",
                "已建立双研讨机制，长期坚持",
                "",
                "",
            ),
            (
                "对青年干部理论学习督促检查不够，青年理论学习小组活动不规律",
                "制定青年理论学习小组年度计划，每月开展一次活动",
                "陈静",
                "机关党支部",
                date(2024, 6, 30),
                "已完成",
                "已销号",
                date(2024, 7, 5),
            ),
        ],
    ),
    (
        "联系服务群众",
        [
            (
                "公积金提取业务办理要件偏多，部分群众多次跑腿",
                "精简提取要件，开发“掌上提取”功能",
                "王海涛",
                "归集管理科",
                date(2024, 8, 31),
                "已精简要件5项，正在开发线上提取功能",
                "",
                "",
            ),
            (
                "县区管理部服务窗口午间不休息制度执行不到位，群众反映中午无人办理",
                "落实午间轮岗值守，公开监督电话",
                "王海涛",
                "县区管理部",
                date(2024, 7, 10),
                "正在整改",
                "复查合格，已销号",
                date(2024, 7, 18),
            ),
            (
                "12345热线转办件回复质量不高，存在答非所问",
                "建立转办件回复审核制度",
                "李晓峰",
                "综合服务科",
                date(2024, 9, 30),
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "作风建设和廉洁自律",
        [
            (
                "个别干部参加服务对象安排的宴请，廉洁意识淡薄",
                "开展警示教育，相关人员作出书面检查",
                "陈静",
                "机关党支部",
                date(2024, 5, 31),
                "已开展警示教育，相关人员已作出书面检查",
                "已销号",
                date(2024, 6, 12),
            ),
            (
                "办公设备政府采购项目验收把关不严，验收记录缺少使用科室签字",
                "修订采购验收办法，实行双人验收",
                "李晓峰",
                "财务科",
                "2024年10月底前",
                "未启动",
                "",
                "",
            ),
        ],
    ),
]


def write_fund(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 40, 32, 10, 12, 14, 30, 16, 12])
    b.line(ws, 0, "濮阳市住房公积金管理中心领导班子2023年度民主生活会查摆问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房公积金管理中心（盖章）    填报日期：2024年7月29日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题清单", b.head)
    b.merge(ws, 2, 3, 2, 7, "整改台账", b.head)
    b.merge(ws, 2, 8, 2, 9, "销号", b.head)
    b.header(
        ws,
        3,
        [
            "问题类别",
            "查摆问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "完成时限",
            "整改进展",
            "销号情况",
            "销号日期",
        ],
        first=1,
    )
    r = 4
    n = 0
    for category, rows in FUND_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "说明：整改完成后由中心机关纪委复查，复查合格的在“销号情况”栏填写“已销号”。", 9)
    b.line(ws, r + 2, "主要负责人：刘国庆    填表人：孟凡    联系电话：0393-8993021", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 学习教育“回头看”自查表, after a 学习教育“回头看”自查问题清单 written as questions under headed groups with their
# count (8.是否深入基层调研，查摆问题脱离群众反映强烈的痛点? 9.对历史问题整改是否“打折扣”，存在“纸上整改”现象?
# 三、组织领导方面(5个) 11.“第一责任人”是否切实履责 …), each answered with what was found:
# https://www.wentop.com/wen/48/94306.html
# An .xlsx from a county bureau: title, 填报单位 line, one header row (自查内容 as the question, 自查发现问题 beside
# it), group rows merged across the table, rows naming the bureau's 股室, one question answered 未发现此类问题,
# a 填表说明 line and a signature line.
CIVIL_GROUPS = [
    (
        "一、问题查摆方面（3个）",
        [
            (
                "是否深入基层调研，查摆问题脱离群众反映强烈的痛点？",
                "低保审核中要求群众提供不必要的证明材料，前期查摆未纳入问题清单",
                "取消不必要证明材料，修订低保办事指南",
                "社会救助股",
                "2024年8月15日",
                "已取消证明材料4项，正在修订办事指南",
            ),
            (
                "对历史问题整改是否“打折扣”，存在“纸上整改”现象？",
                "2023年指出的公务接待陪餐人数超标问题仅修订了制度，未对相关责任人进行教育提醒",
                "对相关人员进行提醒谈话，开展接待制度学习",
                "办公室",
                "2024年7月15日",
                "已对相关人员进行提醒谈话，整改完成",
            ),
            (
                "是否存在“选择性查摆”，对“关键少数”监督缺位？",
                "经自查，未发现此类问题。",
                "",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "二、作风纪律方面（2个）",
        [
            (
                "是否存在接受管理服务对象宴请、礼品礼金等问题？",
                "养老机构等级评定期间，评定组工作人员接受养老机构安排的工作餐",
                "退还餐费，开展纪律教育",
                "养老服务股",
                "2024年7月31日",
                "",
            ),
            (
                "是否存在上班期间脱岗、值班擅离职守等问题？",
                "局属殡仪馆值班人员夜间脱岗2次",
                "安装值班视频巡查系统，实行夜间电话抽查",
                "殡葬事务管理股",
                "长期坚持",
                "已安装视频巡查系统，长期坚持",
            ),
        ],
    ),
    (
        "三、组织领导方面（3个）",
        [
            (
                "“第一责任人”是否切实履责，存在“甩手掌柜”现象？",
                "主要负责人审阅问题清单、听取整改汇报不够，上一轮查摆问题整改完成率仅60%",
                "主要负责人每月听取一次整改汇报",
                "机关党总支",
                "2024年9月底前",
                "未整改",
            ),
            (
                "班子成员是否落实“一岗双责”，对分管领域督导到位？",
                "分管领导对婚姻登记窗口服务督导不够，上半年群众投诉3件",
                "开展婚姻登记窗口服务规范化整治",
                "社会事务股",
                "2024年8月底前",
                "正在开展窗口服务规范化整治",
            ),
            (
                "整改台账是否动态更新、逐项销号？",
                "整改台账更新不及时，5月份以后未再更新",
                "台账实行每周更新，专人负责",
                "办公室",
                "2024年7月10日",
                "已整改，台账每周更新",
            ),
        ],
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 34, 40, 30, 14, 14, 30])
    b.line(ws, 0, "濮阳县民政局党纪学习教育“回头看”自查表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县民政局（盖章）    填报日期：2024年7月27日", 6)
    b.header(ws, 2, ["序号", "自查内容", "自查发现问题", "整改措施", "责任股室", "整改时限", "整改情况"])
    r = 3
    n = 0
    for heading, rows in CIVIL_GROUPS:
        b.line(ws, r, heading, 6, b.head)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws, r, "填表说明：逐项对照自查内容填写；经自查无问题的，在“自查发现问题”栏填写“未发现此类问题”。", 6
    )
    b.line(ws, r + 1, "填表人：牛晓东    审核人：宋建国    联系电话：0393-3221457", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 效能督查发现问题, after a 管理处's 关于9月份效能督查情况的通报 (处效能办 重点检查环境卫生、电脑使用以及人员到岗;
# 存在问题 by 科室 and 房间: 市政科106房间地面有茶渍、烟灰，公益科205房间铁皮文件柜积灰较多; 下次督查重点复查):
# http://szdgcc.fy.gov.cn/content/detail/5f83c8707f8b9a5b318b456c.html
# A CSV in UTF-8 with BOM: a title line, a line stating the 督查 date the 整改时限 count from, one header line with
# 科室 and 房间号 (sections of the sending 管理处), 立行立改 / N个工作日内 / N日内 / a date / 长期坚持, a 备注 line.
EFFICIENCY_ROWS = [
    (
        "办公室",
        "102",
        "人员到岗",
        "上午9时仍有1名工作人员未到岗，去向牌未标注",
        "严格执行考勤和去向牌制度",
        "立行立改",
        "已整改",
    ),
    (
        "养护科",
        "106",
        "环境卫生",
        "地面有茶渍、烟灰未及时清理",
        "每日清扫，科室负责人检查",
        "3个工作日内",
        "复查合格",
    ),
    (
        "工程科",
        "205",
        "电脑使用",
        "办公电脑浏览器收藏夹存有游戏网站链接",
        "清理收藏夹，签订电脑使用承诺",
        "3个工作日内",
        "",
    ),
    (
        "财务科",
        "203",
        "办公区域无烟化",
        "办公室内有吸烟现象，桌面摆放烟灰缸",
        "严格执行无烟机关规定",
        "长期坚持",
        "长期坚持",
    ),
    (
        "路灯管理所",
        "301",
        "工作纪律",
        "工作时间1名职工在办公室玩手机游戏",
        "批评教育，组织作风纪律学习",
        "5个工作日内",
        "已约谈当事人，正在组织作风纪律学习",
    ),
    (
        "工程科",
        "207",
        "档案管理",
        "工程资料柜积灰较多，竣工资料堆放杂乱",
        "整理归档，专柜存放",
        "2024年7月31日",
        "未整改",
    ),
    (
        "综合科",
        "101",
        "服务窗口",
        "来访群众登记簿记录不全，缺少办理结果",
        "完善来访登记，逐件登记办理结果",
        "10日内",
        "正在补登",
    ),
]


def write_efficiency(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市市政工程管理处7月份效能督查发现问题整改台账"])
    w.writerow(["督查单位：处效能办；督查时间：2024年7月16日；整改时限自督查之日起计算"])
    w.writerow(["序号", "科室", "房间号", "督查内容", "存在问题", "整改要求", "整改时限", "复查情况"])
    for i, row in enumerate(EFFICIENCY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["备注：处效能办将在下次督查中重点复查本次发现的问题。", "", "", "", "", "", "", ""])
    w.writerow(["填报：处效能办    2024年7月26日", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 领导班子成员认领班子问题登记表, after a county's account of its 《领导班子成员认领班子问题登记表》 (班子问题 from
# 征求意见 and 上级党组织和督导组点明; 班子成员根据分工对号入座，逐条认领，所有班子问题认领到人):
# http://lldj.linli.gov.cn/zhdt/dtxx/content_304954
# An .xls (xlwt): title, 单位 line (濮阳市统计局 = directory 市统计局), a two-row header with 问题来源, 认领人, 职务,
# 分管科室 and ticks (√) under 已完成 / 推进中 / 未启动 of 整改完成情况, a 注 line and a signature line.
STATS_ROWS = [
    (
        "统计数据质量核查不够，部分专业基层数据审核流于形式",
        "督导组指出",
        "李卫东",
        "副局长",
        "综合科",
        "建立数据质量季度抽查制度",
        "2024年8月31日",
        "",
        "√",
        "",
    ),
    (
        "统计执法检查力度偏弱，上半年执法检查覆盖企业偏少",
        "上级点明",
        "周红梅",
        "副局长",
        "执法监督科",
        "开展统计执法“双随机”专项检查",
        "2024年6月30日",
        "√",
        "",
        "",
    ),
    (
        "对企业“一套表”联网直报填报指导不及时",
        "征求意见",
        "周红梅",
        "副局长",
        "工业交通科",
        "建立重点企业联络员制度",
        "2024年9月30日",
        "",
        "",
        "",
    ),
    (
        "机关会议偏多，以会议落实会议",
        "征求意见",
        "王志刚",
        "局长",
        "办公室",
        "实行会议计划管理，能合并的会议一律合并",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "向乡镇重复要数，临时性报表过多",
        "基层反映",
        "李卫东",
        "副局长",
        "农村统计科",
        "清理临时报表，实行“一表通”",
        "2024年10月31日",
        "",
        "",
        "√",
    ),
    (
        "青年干部培养机制不健全，业务骨干断档",
        "征求意见",
        "王志刚",
        "局长",
        "人事科",
        "制定青年干部轮岗锻炼计划",
        "2024年12月31日",
        "",
        "√",
        "",
    ),
    (
        "党风廉政风险点排查不全面，统计执法环节风险点未列入",
        "督导组指出",
        "张雪梅",
        "纪检组长",
        "机关纪委",
        "重新梳理廉政风险点，完善防控措施",
        "2024年8月15日",
        "√",
        "",
        "",
    ),
]


def write_stats(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "领导班子成员认领班子问题登记表", t, 0, last),
        (1, 0, "单位（盖章）：濮阳市统计局    填报日期：2024年7月24日", plain, 1, last),
    ]
    for col, word in enumerate(
        ["序号", "班子问题", "问题来源", "认领人", "职务", "分管科室", "整改措施", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "整改完成情况", h, 2, 10),
        (3, 8, "已完成", h),
        (3, 9, "推进中", h),
        (3, 10, "未启动", h),
    ]
    for i, row in enumerate(STATS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 4, 8, 9, 10) else c))
    r = 4 + len(STATS_ROWS)
    cells += [
        (r + 1, 0, "注：请在“整改完成情况”相应栏内打“√”。", plain, r + 1, last),
        (r + 2, 0, "填表人：韩亚楠    联系电话：0393-8996152", plain, r + 2, last),
    ]
    return _write_xls(path, [("登记表", cells)])


# ---------------------------------------------------------------------------------------------
# 8. 作风建设问题清单, after a district 纪委's 《党风廉政建设主体责任有关问题清单》 (16个类别、18个问题梳理清晰，存在问题
# 和涉及单位一一罗列对应: 决策程序不够规范、过程留痕不够明晰、资金监管制度不健全、公务用车数量超核定):
# http://jijian.jiading.cn/gzdt/dfzf/content_184618
# An .xlsx from the city's 作风办: title, 填报单位 line, one header row with 问题类别 merged down its rows and the
# 涉及单位 as the handling unit (short and former names: 市规划局, 市人社局, 市医保局, 市城管执法局, 市交通局, 市卫计委,
# 市发改委), 整改责任人, a 合计 row and a signature line.
STYLE_LIST = [
    (
        "决策程序",
        [
            (
                "国有土地使用权出让集体决策记录不完整，个别事项未经会议研究",
                "市规划局",
                "邵国栋",
                "2024年9月30日",
                "已修订议事规则，正在补全决策记录",
            ),
        ],
    ),
    (
        "资金监管",
        [
            (
                "就业补助资金审核把关不严，存在重复发放",
                "市人社局",
                "秦玉玲",
                "2024年7月31日",
                "已追回重复发放资金12.6万元，整改完成",
            ),
            (
                "医保基金定点医疗机构日常监管不到位，违规收费问题多发",
                "市医保局",
                "高建华",
                "年底前",
                "正在开展定点医疗机构专项检查",
            ),
        ],
    ),
    (
        "服务群众",
        [
            (
                "不动产登记“一次办好”落实不到位，群众反映材料反复提交",
                "市不动产登记中心",
                "冯卫平",
                "2024年7月15日",
                "已完成",
            ),
            (
                "城区占道施工审批后监管缺位，围挡破损长期未修复",
                "市城管执法局",
                "石磊",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "公务用车",
        [
            ("机关实际公务用车数量超出核定编制2辆", "市交通局", "耿立新", "2024年6月30日", "未整改"),
        ],
    ),
    (
        "文风会风",
        [
            ("以会议落实会议，视频会议层层套开", "市卫计委", "曹文静", "长期坚持", "常态化推进"),
            (
                "发文数量不降反升，以工作提示等“白头文件”代替正式发文",
                "市发改委",
                "岳海鹏",
                "2024年8月15日",
                "已建立发文计划管理制度，正在清理白头文件",
            ),
        ],
    ),
]


def write_style_list(path: Path) -> Path:
    b = Book(path, author="作风办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 46, 20, 12, 16, 34])
    b.line(ws, 0, "2024年上半年作风建设突出问题清单整改进展表", 6, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市委作风建设领导小组办公室    填报日期：2024年7月30日", 6)
    b.header(ws, 2, ["序号", "问题类别", "存在问题", "涉及单位", "整改责任人", "整改时限", "整改进展"])
    r = 3
    n = 0
    for category, rows in STYLE_LIST:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "5类8个问题，已完成整改2个")
    b.line(ws, r + 2, "填表人：蔡文杰    审核人：孔德胜    联系电话：0393-8189020", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 整改整治任务分解落实月报, after an account of an aerospace academy's 整改落实 (整改措施85项分解落实到各部门、各岗位，
# 通过工作要点管理模块的月报告、季度考核督办落实; 规模导向偏差专项整治、文山会海专项整治等7个项目; 制度建设计划):
# http://zhuanti.spacechina.com/n456891/n456900/c633940/content.html
# An .xlsx from a city state-owned group: title, 报送单位 line, one header row with 任务类别 (整改措施/专项整治/制度建设),
# 牵头部门（单位） naming the group's own 部门 (unit = the group) or its subsidiaries, 配合部门, 计划完成时间,
# a 7月进展 column, a 说明 line and a signature line.
GROUP_ROWS = [
    (
        "专项整治",
        "文山会海专项整治：集团本部发文数量同比不降，月均召开各类会议20余次",
        "集团办公室",
        "各部门",
        "2024年9月30日",
        "已压减会议15%，正在修订会议管理办法",
    ),
    (
        "专项整治",
        "规模导向偏差专项整治：部分子公司片面追求营收规模，低毛利贸易业务占比过高",
        "濮阳市国运贸易有限公司",
        "集团财务部",
        "2024年12月31日",
        "已退出低效贸易业务3项，其余正在清理",
    ),
    (
        "整改措施",
        "基层调研“走过场”，调研报告所列问题空泛、缺少解决措施",
        "集团党群工作部",
        "各子公司",
        "2024年7月20日",
        "已完成",
    ),
    (
        "整改措施",
        "在建项目工地领导带班制度落实不严，带班记录与考勤不符",
        "濮阳市国运建设工程有限公司",
        "集团安全环保部",
        "2024年7月31日",
        "",
    ),
    (
        "制度建设",
        "差旅费管理办法未根据上级新规修订，部分标准仍执行旧规定",
        "集团财务部",
        "集团办公室",
        "2024年6月30日",
        "新办法已印发执行",
    ),
    (
        "整改措施",
        "物业服务投诉处理不及时，小区报修平均响应超过48小时",
        "濮阳市国运物业服务有限公司",
        "集团运营管理部",
        "2024年8月31日",
        "未启动",
    ),
    (
        "制度建设",
        "子公司“三重一大”决策事项清单未制定，决策程序不统一",
        "濮阳市国运置业有限公司",
        "集团法务审计部",
        "第三季度",
        "正在起草决策事项清单",
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="党群工作部")
    ws = b.sheet("2024年7月")
    b.widths(ws, [6, 12, 48, 26, 16, 16, 32])
    b.line(ws, 0, "主题教育整改整治任务分解落实月报（2024年7月）", 6, b.title)
    b.line(ws, 1, "报送单位：濮阳市国有资本运营集团有限公司（党群工作部）    报送日期：2024年7月25日", 6)
    b.header(
        ws,
        2,
        ["序号", "任务类别", "问题及整改任务", "牵头部门（单位）", "配合部门", "计划完成时间", "7月进展"],
    )
    for i, row in enumerate(GROUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GROUP_ROWS)
    b.line(ws, end + 1, "说明：各牵头部门（单位）每月25日前报送当月进展，已完成的注明“已完成”。", 6)
    b.line(ws, end + 2, "部门负责人：马红军    填报人：杨帆    联系电话：0393-8672215", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 基层减负问题反映, after a county 基层减负工作专班's 调研报告 (“八座大山”: 一是“文山会海”反弹回潮、隐形变异 — 县市场
# 监管局先后三次下发同一通知，后两次均备注“以此份为准”; 二是资料台账重复下达、多头报送; 督查检查考核; 借调干部 …):
# https://wxredian.com/art?id=0a435441935371bc6ffb156f8f61cb14
# A .zip of two townships' returns to the county 减负办: an .xlsx (交办日期 the 工作日 count from, the 县直部门 as
# 整改责任单位) and a .docx whose items are 一是/二是 paragraphs naming the 整改责任单位, 时限 and progress.
YUANCUN_ROWS = [
    (
        "文山会海",
        "县市场监管局就同一项特种设备隐患排查先后三次发文，后两次均注明“以此份为准”",
        "南乐县市场监督管理局",
        date(2024, 7, 8),
        "10个工作日",
        "已约谈相关股室负责人，建立发文会商机制，已整改",
    ),
    (
        "资料台账",
        "县农业农村局与县乡村振兴服务中心要求镇里分别报送同一批脱贫户产业数据",
        "南乐县农业农村局",
        date(2024, 7, 8),
        "15个工作日",
        "正在与县乡村振兴服务中心对接数据共享",
    ),
    (
        "督查检查",
        "县文旅局节假日检查与县应急局安全检查同日到同一景区各查一遍",
        "南乐县文化广电和旅游局",
        date(2024, 7, 8),
        "2024年8月31日",
        "",
    ),
    (
        "指尖上的形式主义",
        "要求村干部每日在“平安南乐”APP打卡并上传工作照片",
        "中共南乐县委政法委员会",
        date(2024, 7, 10),
        "2024年7月31日",
        "已取消每日打卡要求，整改完成",
    ),
    (
        "属地管理",
        "以“属地管理”名义将餐饮油烟执法检查任务下派到镇",
        "南乐县城市管理局",
        date(2024, 7, 10),
        "2024年8月15日",
        "未整改",
    ),
]

FUKAN_PARAS = [
    "一是会议通知多、陪会多。县住建局7月份组织的燃气安全调度会要求镇党委书记和分管领导同时参会，一周内召开3次。"
    "整改责任单位：南乐县住房和城乡建设局。整改时限：2024年7月31日。整改情况：已明确调度会只通知分管领导参加，"
    "整改完成。",
    "二是借调基层干部问题突出。县直部门借调镇机关干部4名，借调时间均超过6个月，长期不归岗。整改责任单位：中共南乐县委"
    "组织部。整改时限：2024年8月31日。整改情况：已清退借调人员2名，其余2名正在办理回岗手续。",
    "三是考核指标过多过细。镇年度综合考核指标达126项，部分指标与镇职责无关。整改责任单位：中共南乐县委办公室。"
    "整改时限：年底前。",
    "四是政务APP过多。镇干部手机安装政务APP多达11个，功能重复，多头登录填报。整改责任单位：南乐县政务服务和"
    "大数据管理局。整改时限：第三季度。整改情况：尚未启动。",
]


def write_yuancun(path: Path) -> Path:
    b = Book(path, author="元村镇党政办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 14, 46, 24, 12, 14, 32])
    b.line(ws, 0, "南乐县元村镇基层减负问题清单（2024年7月）", 6, b.title)
    b.line(
        ws,
        1,
        "报送单位：南乐县元村镇人民政府    报送日期：2024年7月26日    整改时限按工作日计的，自交办之日起计算",
        6,
    )
    b.header(ws, 2, ["序号", "问题类型", "问题表现", "整改责任单位", "交办日期", "整改时限", "整改情况"])
    for i, row in enumerate(YUANCUN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(YUANCUN_ROWS)
    b.line(ws, end + 1, "联系人：党政办 胡亚楠    联系电话：0393-7211308", 6)
    return b.close()


def write_fukan(path: Path) -> Path:
    doc = _new_document("福堪镇党政办")
    _title(doc, "南乐县福堪镇关于基层负担问题的情况报告", 18)
    _paragraph(doc, "县整治形式主义为基层减负专项工作机制办公室：")
    _paragraph(
        doc,
        "按照县减负办关于开展基层负担问题月度监测的通知要求，我镇通过座谈交流、问卷调查等方式对镇村两级负担情况"
        "进行了梳理，现将7月份发现的问题及县直有关单位整改情况报告如下：",
    )
    for text in FUKAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "南乐县福堪镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_burden(path: Path) -> Path:
    members = [
        ("南乐县元村镇基层减负问题清单（2024年7月）.xlsx", write_yuancun),
        ("南乐县福堪镇关于基层负担问题的情况报告.docx", write_fukan),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市财政局党纪学习教育自查问题清单及整改情况.docx", write_finance),
    ("清丰县委县政府领导班子对照检查自查自纠问题整改情况报告.doc", write_qingfeng),
    ("华龙区领导班子检视问题和群众反映强烈问题清单.et", write_hualong),
    ("市住房公积金管理中心2023年度民主生活会查摆问题整改台账.xlsx", write_fund),
    ("濮阳县民政局党纪学习教育回头看自查表.xlsx", write_civil),
    ("市政工程管理处7月份效能督查发现问题整改台账.csv", write_efficiency),
    ("领导班子成员认领班子问题登记表（市统计局）.xls", write_stats),
    ("2024年上半年作风建设突出问题清单整改进展表.xlsx", write_style_list),
    ("主题教育整改整治任务分解落实月报（国有资本运营集团）.xlsx", write_group),
    ("基层减负问题反映及整改情况（元村镇、福堪镇）.zip", write_burden),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

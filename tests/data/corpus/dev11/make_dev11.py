"""Regenerate the dev11 part (kept aside as aside6) of the intake corpus (python tests/data/corpus/dev11/make_dev11.py).

Sixteen returns kept aside, of the kinds a municipal 督查局 collects from city bureaus, counties,
districts, towns, streets and enterprises: 巡察整改 (a 教育局 and a state-owned 建投集团), 审计整改
(保障性安居工程), 主题教育检视问题, 河湖库“清四乱”销号, 建筑施工安全隐患, 沿街商户消防隐患, 文明城市
专项督查问题回头看, 人大代表建议满意度测评, 重点项目存在问题, 生态环境保护督察信访件, 巩固脱贫成果考核
反馈问题, 统计执法检查, 12345热线运行通报, 企业诉求直通车 and 食品安全责令改正. Each copies the kind of
table a public source shows -- a page a government office or an enterprise published, or a page of a
system found in a public repository -- and the source is cited next to each layout (and repeated in
expected.json); none of them is used by another part. The contents (problems, names, dates) are made
up; the layouts, preambles, header words and status wordings follow the sources.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: six workbooks written with XlsxWriter (shared strings, a fixed created date); one .xls, one
.et (an Excel 97 file saved with the WPS suffix) and one .ods, LibreOffice conversions (soffice
--headless --convert-to) of workbooks written here, the .ods rewritten with fixed member times; two
.docx written with python-docx (fixed core properties and member times); one .doc and one .wps, Word
documents written here and converted by LibreOffice to Word 97; one CSV in GBK as a street's system
exports it; one tab-separated UTF-16 text file as Excel saves "Unicode text"; one .zip of a workbook
and a Word document with GBK member names as Windows' built-in zip writes them.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)
TICK = "√"


# ---------------------------------------------------------------------------------------------
# A thin layer over XlsxWriter: a workbook with the formats the returns use.
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
        self.label = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "bg_color": "#EDEDED"}
        )
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.block = add({"bold": True, "font_size": 12, "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
        )
        self.money = add({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})

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
        """One text merged across columns 0..last (a title, a 填报单位 line, a note)."""
        self.merge(ws, r, 0, r, last, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods, .doc and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 8, 45, 0))
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈意见整改问题总台帐 of a city 教育局党组, after the 市教育局 report of its 巡察整改工作领导小组
# meeting (《市教育局党组关于落实四届市委第六巡察组巡察反馈意见整改问题总台帐》, 各科室、直属各单位认领整改
# 任务, the “三个清单” — 问题清单、任务清单、责任清单): https://erdosedu.com/info/1041/12848.htm
# Title, 填报 line; a two-row header with 问题清单/任务清单/责任清单 merged across and 整改进展 merged down;
# section rows 一、二、三; each 反馈问题 merged down over its 整改措施 rows, the progress either per measure
# or merged over the problem; deadlines as 2024年6月底前, 2024年9月30日, 长期坚持, 2024.7.31; a note and
# the signature line. The rows name only 科室 of the sending 教育局.
INSPECTION_SECTIONS = [
    (
        "一、贯彻落实党的教育方针和上级决策部署方面",
        [
            (
                "党组理论学习中心组学习深度不够，联系教育工作实际开展研讨不足",
                [
                    (
                        "制定党组理论学习中心组年度学习计划，明确专题研讨内容",
                        "2024年3月底前",
                        "局长 张建华",
                        "办公室",
                        "已完成",
                    ),
                    (
                        "每季度围绕教育改革发展重点开展一次专题研讨",
                        "2024年6月底前",
                        "副局长 李卫东",
                        "组织人事科",
                        "已完成",
                    ),
                ],
                None,
            ),
            (
                "落实“双减”政策监管不到位，对校外培训机构隐形变异培训查处不及时",
                [
                    (
                        "开展暑期校外培训专项治理，建立问题线索台账",
                        "2024年8月底前",
                        "副局长 王红梅",
                        "校外教育培训监管科",
                        "已检查培训机构46家，查处隐形变异培训3起",
                    ),
                    (
                        "会同市场监管、公安等部门建立联合执法机制",
                        "2024年9月30日",
                        "副局长 王红梅",
                        "校外教育培训监管科",
                        "已起草联合执法工作方案，待市政府审定",
                    ),
                ],
                None,
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "公务接待管理不规范，存在无公函接待、超标准接待情况",
                [
                    (
                        "修订公务接待管理办法，严格执行公函制度",
                        "2024年4月30日",
                        "局长 张建华",
                        "办公室",
                        "已完成，已印发执行",
                    ),
                    (
                        "对2022年以来接待费用逐笔清理，违规费用予以退缴",
                        "2024年5月31日",
                        "副局长 赵明",
                        "财务审计科",
                        "已完成清理并退缴",
                    ),
                ],
                None,
            ),
            (
                "政府采购内控制度执行不严，个别项目化整为零规避公开招标",
                [
                    ("对2021年以来采购项目全面清理", "2024年7月底前", "副局长 赵明", "财务审计科", None),
                    ("修订政府采购内部控制制度", "2024年10月底前", "副局长 赵明", "政策法规科", None),
                ],
                "已完成采购项目清理，内控制度修订稿正在征求意见",
            ),
            (
                "党风廉政建设主体责任压力传导不到位，“一岗双责”落实有温差",
                [
                    (
                        "班子成员每半年听取分管科室党风廉政建设情况汇报",
                        "长期坚持",
                        "局长 张建华",
                        "机关纪委",
                        "常态化推进",
                    )
                ],
                None,
            ),
        ],
    ),
    (
        "三、干部队伍建设方面",
        [
            (
                "干部交流轮岗不够，部分科室负责人在同一岗位任职超过10年",
                [
                    ("制定机关科室负责人交流轮岗计划", "2024年9月底前", "副局长 李卫东", "组织人事科", ""),
                    ("分批完成交流轮岗", "2024年12月底前", "副局长 李卫东", "组织人事科", ""),
                ],
                None,
            ),
            (
                "教师职称评聘工作公开不充分，评审结果公示时间不足",
                [
                    (
                        "严格执行评审结果公示不少于5个工作日的规定",
                        "2024.7.31",
                        "副局长 李卫东",
                        "人事科",
                        "尚未启动",
                    )
                ],
                None,
            ),
        ],
    ),
]


def write_inspection(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改问题总台帐")
    widths = [5, 34, 40, 14, 14, 18, 34]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 6
    b.line(ws, 0, "市教育局党组落实市委第六巡察组巡察反馈意见整改问题总台帐", last, b.title)
    b.line(
        ws, 1, "填报单位：市教育局巡察整改工作领导小组办公室　　　　　　　　　　　　　截至2024年7月31日", last
    )
    b.merge(ws, 2, 0, 2, 1, "问题清单", b.head)
    b.merge(ws, 2, 2, 2, 3, "任务清单", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任清单", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改进展", b.head)
    b.header(ws, 3, ["序号", "反馈问题", "整改措施", "整改时限", "责任领导", "责任科室"])
    r = 4
    n = 0
    for section, problems in INSPECTION_SECTIONS:
        b.merge(ws, r, 0, r, last, section, b.section)
        r += 1
        for problem, measures, merged_progress in problems:
            n += 1
            top = r
            for k, (measure, limit, leader, office, progress) in enumerate(measures, start=1):
                b.put(ws, r, 2, f"{k}.{measure}" if len(measures) > 1 else measure)
                b.put(ws, r, 3, limit, b.center)
                b.put(ws, r, 4, leader, b.center)
                b.put(ws, r, 5, office, b.center)
                if merged_progress is None:
                    b.put(ws, r, 6, progress)
                r += 1
            b.merge(ws, top, 0, r - 1, 0, n, b.center)
            b.merge(ws, top, 1, r - 1, 1, problem)
            if merged_progress is not None:
                b.merge(ws, top, 6, r - 1, 6, merged_progress)
    b.line(ws, r, "注：整改时限为“长期坚持”的事项，每季度末报送一次进展；已完成事项须附佐证材料。", last)
    b.line(
        ws, r + 2, "填表人：高亚楠　　　审核人：李卫东　　　联系电话：0393-8216630　　　2024年7月30日", last
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 保障性安居工程审计发现问题整改情况汇总表 (as .xls), after a 市审计局's 督办函 on the 保障性安居工程审计
# 发现问题整改 (各县市区人民政府及相关责任单位, 绝大部分问题已整改到位、仍有少部分问题未得到有效整改,
# 务必于…10月底以前整改到位, 启动问责程序):
# http://sjt.hunan.gov.cn/xxgk_71228/gzdt/szdt/yuey/201708/t20170823_4437287.html
# Title, 截至 line and 填报/单位 line; a three-row header (审计发现问题 / 整改要求 / 整改落实情况 merged
# across, 整改金额 split into 已整改/未整改); 整改结果 已整改/部分整改/持续整改/未整改 or blank; former
# names (市房管局, 市国土资源局); a 合计 row, a 说明 line and the signature.
AUDIT_ROWS = [
    [
        "华龙区人民政府",
        "分配管理",
        "向不符合保障条件的家庭分配公租房23套",
        45.6,
        "2024年10月底前",
        "清退",
        "已清退14套，其余9套正在腾退",
        27.4,
        18.2,
        "部分整改",
    ],
    [
        "市房管局",
        "资金管理",
        "公租房租金收入未按规定及时缴入国库",
        312.5,
        "2024年6月30日前",
        "上缴国库",
        "已全额缴入国库",
        312.5,
        0,
        "已整改",
    ],
    [
        "清丰县人民政府",
        "项目建设",
        "县城棚户区改造安置房项目延期交付，群众过渡安置时间过长",
        "",
        "2024年12月底前",
        "督促建设",
        "主体已封顶，正在进行室外配套施工",
        "",
        "",
        "持续整改",
    ],
    [
        "市财政局",
        "资金管理",
        "中央财政城镇保障性安居工程补助资金滞留未拨付",
        1200.0,
        "2024年5月底前",
        "加快拨付",
        "已拨付到项目单位",
        1200.0,
        0,
        "已整改",
    ],
    [
        "南乐县人民政府",
        "分配管理",
        "城镇住房保障家庭租赁补贴重复发放",
        8.3,
        "2024年7月底前",
        "追缴",
        "",
        0,
        8.3,
        "未整改",
    ],
    [
        "市国土资源局",
        "项目建设",
        "2个保障房项目用地未办理划拨供地手续",
        "",
        "2024年9月底前",
        "补办手续",
        "已完成地籍调查，正在报批",
        "",
        "",
        "持续整改",
    ],
    [
        "濮阳县人民政府",
        "项目管理",
        "已竣工保障房项目未及时办理竣工财务决算",
        "",
        "2024年8月31日前",
        "办理决算",
        "已委托第三方机构开展决算审核",
        "",
        "",
        "",
    ],
]


def write_audit_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改情况")
    widths = [5, 16, 10, 36, 10, 15, 10, 30, 10, 10, 10]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 10
    b.line(ws, 0, "2023年度保障性安居工程跟踪审计发现问题整改情况汇总表", last, b.title)
    b.line(ws, 1, "截至2024年7月31日", last)
    b.line(
        ws,
        2,
        "填报单位：市审计局（盖章）　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元",
        last,
    )
    b.merge(ws, 3, 0, 5, 0, "序号", b.head)
    b.merge(ws, 3, 1, 5, 1, "整改责任单位", b.head)
    b.merge(ws, 3, 2, 3, 4, "审计发现问题", b.head)
    b.merge(ws, 3, 5, 3, 6, "整改要求", b.head)
    b.merge(ws, 3, 7, 3, 10, "整改落实情况", b.head)
    for c, w in [(2, "问题类别"), (3, "问题表述"), (4, "问题金额"), (5, "整改期限"), (6, "整改方式")]:
        b.merge(ws, 4, c, 5, c, w, b.head)
    b.merge(ws, 4, 7, 5, 7, "已采取的整改措施", b.head)
    b.merge(ws, 4, 8, 4, 9, "整改金额", b.head)
    b.merge(ws, 4, 10, 5, 10, "整改结果", b.head)
    ws.write_string(5, 8, "已整改", b.head)
    ws.write_string(5, 9, "未整改", b.head)
    r = 6
    for n, values in enumerate(AUDIT_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            fmt = b.money if isinstance(v, float | int) else (b.center if c in (2, 5, 6, 10) else b.cell)
            b.put(ws, r, c, v, fmt)
        r += 1
    b.merge(ws, r, 0, r, 3, "合计", b.center)
    b.put(ws, r, 4, 1566.4, b.money)
    for c in (5, 6, 7):
        b.put(ws, r, c, "")
    b.put(ws, r, 8, 1539.9, b.money)
    b.put(ws, r, 9, 26.5, b.money)
    b.put(ws, r, 10, "")
    b.line(
        ws,
        r + 1,
        "说明：整改结果分为已整改、部分整改、持续整改、未整改四类；问题金额以审计报告认定数为准。",
        last,
    )
    b.line(ws, r + 3, "填表人：邢晓东　　　　审核人：潘志刚　　　　联系电话：0393-8992217", last)
    return b.close()


def write_audit(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_audit_book(Path(tmp) / "audit.xlsx")
        soffice(book, "xls", path)
    return path


# ---------------------------------------------------------------------------------------------
# 3. 主题教育检视问题整改清单 in Word, as a 市直牵头部门 reports, after a city's 主题教育专项整治工作推进会
# (市直部门查找8个方面问题, 市直牵头部门, 已完成整改 / 长期坚持, 整改责任、整改清单、整改措施、整改成效):
# http://iosapp77.com/news/pt/2218065.html
# A Word table with section rows (一、检视查摆问题 / 二、群众反映强烈问题) spanning the table, 牵头单位 by
# former names (市农委, 市水务局), 责任科室, deadlines as 2024年6月底前 / 长期坚持, a 小计 row spanning the
# table, a 注 paragraph and the 落款.
THEME_HEADER = ["序号", "检视问题", "整改措施", "牵头单位", "责任科室", "完成时限", "整改进展"]
THEME_SECTIONS = [
    (
        "一、检视查摆问题",
        [
            [
                "1",
                "调查研究不深入，班子成员到基层蹲点调研次数偏少",
                "制定班子成员包联县区调研计划，每人每季度蹲点调研不少于5天",
                "市农委",
                "办公室",
                "2024年6月底前",
                "已完成整改",
            ],
            [
                "2",
                "高标准农田建设项目后期管护不到位，部分灌排设施损毁",
                "开展已建项目管护“回头看”，落实管护主体和经费",
                "市农委",
                "农田建设科",
                "2024年10月底前",
                "已排查损毁设施126处，修复83处",
            ],
            [
                "3",
                "惠农补贴资金发放不及时，部分群众反映领取时间滞后",
                "压缩审核环节，实行“一卡通”直达发放",
                "市农委",
                "计划财务科",
                "2024年5月20日前",
                "已全部发放到户，已完成整改",
            ],
        ],
    ),
    (
        "二、群众反映强烈问题",
        [
            [
                "4",
                "农村灌溉机井通电不及时，群众反映夏季浇地难",
                "协调供电部门加快机井通电工程建设",
                "市水务局",
                "农田建设科（配合）",
                "2024年8月15日前",
                "已协调完成62眼机井通电，剩余19眼正在施工",
            ],
            [
                "5",
                "农资市场监管存在盲区，假劣种子坑农问题时有发生",
                "常态化开展农资打假专项行动，畅通举报渠道",
                "市农委",
                "农业综合行政执法支队",
                "长期坚持",
                "常态化推进",
            ],
            [
                "6",
                "涉农政策宣传解读不够，部分群众对耕地地力保护补贴政策知晓率不高",
                "编印政策明白纸，组织农技人员进村宣讲",
                "市农委",
                "科技教育科",
                "2024年9月底前",
                "",
            ],
            [
                "7",
                "对村级集体经济薄弱村帮扶措施不实，收入增长缓慢",
                "逐村制定发展计划，落实帮扶责任人",
                "市农委",
                "农村合作经济指导科",
                "2024年12月底前",
                "未启动",
            ],
        ],
    ),
]


def write_theme(path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc,
        "市农业农村局学习贯彻习近平新时代中国特色社会主义思想主题教育检视问题整改清单",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "填报单位：市农业农村局（盖章）　　　　　　　　报送时间：2024年7月29日", 12)
    rows = 1 + sum(1 + len(items) for _, items in THEME_SECTIONS) + 1
    table = doc.add_table(rows=rows, cols=len(THEME_HEADER))
    table.style = "Table Grid"
    for c, word in enumerate(THEME_HEADER):
        _cell_text(table.cell(0, c), word, 10.5, True)
    r = 1
    for section, items in THEME_SECTIONS:
        merged = table.cell(r, 0).merge(table.cell(r, len(THEME_HEADER) - 1))
        _cell_text(merged, section, 10.5, True)
        r += 1
        for values in items:
            for c, text in enumerate(values):
                _cell_text(table.cell(r, c), text)
            r += 1
    total = table.cell(r, 0).merge(table.cell(r, len(THEME_HEADER) - 1))
    _cell_text(
        total,
        "小计：检视问题7个，已完成整改2个，正在整改2个，长期坚持1个，未启动1个，未报进展1个",
        10.5,
        True,
    )
    _paragraph(
        doc,
        "注：完成时限为“长期坚持”的问题，实行常态化推进，每季度报送一次进展；牵头单位为其他部门的，"
        "由我局相关科室配合推进。",
        10.5,
    )
    _paragraph(doc, "市农业农村局主题教育领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 河湖库“四乱”问题整改销号情况表 (as .ods), after a 流域管理局's 复核 of the 水库“四乱”问题 a 河长办
# applied to close in July (垃圾堆放、偷排污水、拦网分隔库区水面; 对照销号问题清单, 查看问题现场, 比对整改
# 前后照片, 向水库管理单位了解整改情况, 逐宗复核):
# http://slt.gd.gov.cn/zsdw_2021/gdsyxszyglj/jjzx/jjdt/content/post_4481792.html
# Title, 填报 line; a two-row header (问题基本情况 / 整改情况 / 销号情况 merged across); 申请销号时间 as
# dates; 复核意见 复核通过/不予销号/逾期未整改; former and short names (市环保局, 市水务局, 市自然资源局);
# a 说明 line and the signature.
RIVER_ROWS = [
    [
        "渠村水库",
        "乱堆",
        "水库管理范围东岸生活垃圾堆放约30立方米",
        "渠村乡人民政府",
        "2024年6月30日",
        "已清运完毕，设置警示牌2块",
        date(2024, 7, 5),
        "复核通过，同意销号",
    ],
    [
        "渠村水库",
        "乱排",
        "库区北侧养殖场偷排养殖污水入库",
        "市环保局",
        "2024年7月15日",
        "已封堵排污口，养殖场停产整治",
        date(2024, 7, 20),
        "现场仍有污水渗漏痕迹，不予销号，继续整改",
    ],
    [
        "彭楼水库",
        "乱占",
        "拦网分隔库区水面从事网箱养殖",
        "王楼镇人民政府",
        "2024年7月31日",
        "已拆除拦网1200米",
        date(2024, 7, 26),
        "复核通过",
    ],
    [
        "彭楼水库",
        "乱建",
        "管理范围内违规搭建钓鱼平台3处",
        "市水务局",
        "8月底前",
        "已下达限期拆除通知书",
        "",
        "",
    ],
    [
        "金堤河城关段",
        "乱堆",
        "河道管理范围内违规堆放建筑砂石约500吨",
        "范县城关镇人民政府",
        "2024年7月20日",
        "已清理完毕",
        date(2024, 7, 22),
        "",
    ],
    [
        "金堤河张庄段",
        "乱采",
        "河道内夜间盗采河砂",
        "市自然资源局",
        "2024年9月30日",
        "",
        "",
        "",
    ],
    [
        "孟楼河",
        "乱建",
        "违规建设农家乐占用河道管理范围",
        "张庄乡人民政府",
        "2024年6月底前",
        "业主拒不拆除，尚未整改",
        "",
        "逾期未整改",
    ],
]


def write_river_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("销号情况")
    widths = [5, 14, 8, 34, 16, 14, 26, 12, 26]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 8
    b.line(ws, 0, "2024年7月河湖库“四乱”问题整改销号情况表", last, b.title)
    b.line(ws, 1, "填报单位：范县河长制办公室　　　　　　　　　　　　　　填报日期：2024年7月30日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "问题基本情况", b.head)
    b.merge(ws, 2, 4, 3, 4, "整改责任单位", b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    b.merge(ws, 2, 7, 2, 8, "销号情况", b.head)
    b.header(ws, 3, ["河湖（水库）名称", "问题类型", "问题描述"], first=1)
    b.header(ws, 3, ["整改时限", "整改措施及进展", "申请销号时间", "复核意见"], first=5)
    r = 4
    for n, values in enumerate(RIVER_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.center if c in (1, 2, 5) else b.cell))
        r += 1
    b.line(
        ws, r, "说明：问题类型按乱占、乱采、乱堆、乱建、乱排填写；复核意见由县河长办现场复核后填写。", last
    )
    b.line(ws, r + 2, "填表人：岳晓峰　　　　审核人：苏建军　　　　联系电话：0393-5263018", last)
    return b.close()


def write_river(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_river_book(Path(tmp) / "river.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 建筑施工安全隐患库 (as WPS .et), after the 建设系统安全隐患库 workbook a 铁路建设指挥部's system
# imports: 序号, 检查时间, 检查单位, 检查人, 检查项目, 检查工点, 隐患问题描述, 隐患类型, 隐患等级(1-6),
# 整改要求（措施）, 整改期限, 整改责任单位-建设/设计/施工/监理, 整改责任人, 整改完成日期, 销号情况:
# https://github.com/MouseDoNotLoveCat/luhao_CDRLApp/blob/cf4482edce266c66ec5a5c00229839c56ad55c46/docs/design/FIELD_MAPPING_DETAILED.md
# Title and 填报 line; a two-row header with 整改责任单位 merged over 建设/设计/施工/监理; the 检查单位 is
# the inspector; real date cells; 销号情况 已整改/整改中/逾期未整改/复查不合格 or blank; a 隐患等级 legend.
HAZARD_ROWS = [
    [
        date(2024, 7, 3),
        "市建筑安全监督站",
        "马志强、刘洋",
        "开州路棚改安置房项目",
        "3#楼塔吊",
        "塔吊标准节连接螺栓松动，部分螺母缺失",
        "一般",
        3,
        "限期整改，更换缺失螺母并全面紧固",
        date(2024, 7, 6),
        ("施工", "河南宏达建设工程有限公司"),
        "周国庆",
        date(2024, 7, 5),
        "已整改",
    ],
    [
        date(2024, 7, 5),
        "市建筑安全监督站",
        "马志强、刘洋",
        "市第二实验学校新建项目",
        "教学楼基坑",
        "深基坑东侧临边防护栏杆缺失约40米",
        "较大",
        2,
        "立即设置临边防护并挂设警示标志",
        date(2024, 7, 12),
        ("施工", "濮阳市城建集团有限公司"),
        "孙伟",
        "",
        "整改中",
    ],
    [
        date(2024, 7, 9),
        "市住建局质安科",
        "韩雪、陈东",
        "龙湖花园三期",
        "施工现场",
        "施工现场临时用电未采用TN-S接零保护系统",
        "一般",
        4,
        "按规范重新敷设临时用电线路",
        date(2024, 7, 20),
        ("施工", "中原建工集团有限公司"),
        "吴海涛",
        date(2024, 7, 18),
        "",
    ],
    [
        date(2024, 7, 10),
        "市建筑安全监督站",
        "马志强、刘洋",
        "市民中心配套工程",
        "地下车库",
        "高支模专项施工方案未经专家论证即组织施工",
        "重大",
        1,
        "停止高支模作业，组织专家论证后方可施工",
        date(2024, 7, 15),
        ("建设", "濮阳市开发投资有限公司"),
        "郑凯",
        "",
        "逾期未整改",
    ],
    [
        date(2024, 7, 17),
        "市住建局质安科",
        "韩雪、陈东",
        "龙湖花园三期",
        "5#楼外架",
        "外脚手架连墙件设置数量不足，部分连墙件被拆除",
        "一般",
        3,
        "按方案补设连墙件",
        date(2024, 8, 2),
        ("施工", "河南恒泰建筑安装有限公司"),
        "李建",
        "",
        "",
    ],
    [
        date(2024, 7, 18),
        "市建筑安全监督站",
        "马志强、刘洋",
        "开州路棚改安置房项目",
        "设计文件",
        "施工图未明确深基坑降水方案及监测要求",
        "一般",
        4,
        "补充降水及监测设计文件",
        date(2024, 7, 25),
        ("设计", "濮阳市建筑设计研究院有限公司"),
        "冯立",
        date(2024, 7, 24),
        "已整改，已销号",
    ],
    [
        date(2024, 7, 19),
        "市住建局质安科",
        "韩雪、陈东",
        "市第二实验学校新建项目",
        "监理资料",
        "监理单位危大工程旁站记录缺失",
        "一般",
        5,
        "补全旁站记录，加强危大工程旁站监理",
        date(2024, 7, 26),
        ("监理", "河南诚信工程监理有限公司"),
        "杨帆",
        date(2024, 7, 25),
        "复查不合格，重新整改",
    ],
]
HAZARD_UNIT_COLUMNS = ["建设", "设计", "施工", "监理"]


def write_hazards_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("隐患库")
    widths = [5, 11, 16, 12, 22, 12, 34, 8, 8, 28, 11, 18, 18, 24, 18, 9, 11, 14]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 17
    b.line(ws, 0, "建设系统安全隐患库（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：市住房和城乡建设局建筑安全监督站　　　　　　　　导出日期：2024年7月31日", last)
    before = ["序号", "检查时间", "检查单位", "检查人", "检查项目", "检查工点", "隐患问题描述", "隐患类型"]
    before += ["隐患等级", "整改要求（措施）", "整改期限"]
    for c, w in enumerate(before):
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 11, 2, 14, "整改责任单位", b.head)
    b.header(ws, 3, HAZARD_UNIT_COLUMNS, first=11)
    for c, w in [(15, "整改责任人"), (16, "整改完成日期"), (17, "销号情况")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    r = 4
    for n, values in enumerate(HAZARD_ROWS, start=1):
        (
            checked,
            inspector,
            people,
            project,
            point,
            text,
            kind,
            level,
            demand,
            limit,
            unit,
            person,
            done,
            close,
        ) = values
        b.row(ws, r, [n, checked, inspector, people, project, point, text, kind, level, demand, limit])
        for k, column in enumerate(HAZARD_UNIT_COLUMNS):
            b.put(ws, r, 11 + k, unit[1] if unit[0] == column else "")
        b.row(ws, r, [person, done, close], first=15)
        r += 1
    b.line(
        ws, r, "说明：隐患等级1-2级为重大、较大隐患，3-6级为一般隐患；销号情况由检查单位复查后填写。", last
    )
    return b.close()


def write_hazards(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_hazards_book(Path(tmp) / "hazards.xlsx")
        soffice(book, "xls", Path(tmp) / "hazards.xls")
        shutil.copyfile(Path(tmp) / "hazards.xls", path)
    return path


# ---------------------------------------------------------------------------------------------
# 6. 沿街商户消防安全隐患排查整治台账 as a street's 综网中心 exports it (CSV, GBK), after a 街道's 隐患
# 整改清零闭环 (综网中心联合社事办、城管执法中队、市场监管所对沿街商户联合排查, 分级分类、登记造册, 立行立
# 改/限期整改, 复查合格): https://jianpian.cn/a/wdw9y7y
# A title line and an 导出时间 line above the header; 排查日期 as text; 整改期限 as a date, 立行立改, 3日内
# or 10日内 (from the 排查日期); 整改责任主体 the shop; 联合检查单位 the inspectors; 复查结果 复查合格/逾期未
# 整改/未到复查期/…; a 合计 line at the end.
FIRE_HEADER = [
    "序号",
    "排查日期",
    "商户名称",
    "经营地址",
    "行业类别",
    "隐患描述",
    "隐患分级",
    "处置方式",
    "整改期限",
    "整改责任主体",
    "联合检查单位",
    "复查日期",
    "复查结果",
]
FIRE_ROWS = [
    [
        "2024-07-08",
        "豫香源烩面馆",
        "中原路128号",
        "餐饮",
        "后厨杂物堆积，灶台周边未配备灭火毯",
        "一般",
        "限期整改",
        "2024-07-11",
        "豫香源烩面馆",
        "社事办、市场监管所",
        "2024-07-12",
        "复查合格",
    ],
    [
        "2024-07-08",
        "锦程商务宾馆",
        "中原路86号",
        "住宿",
        "二楼疏散通道堆放布草车，影响人员疏散",
        "较大",
        "现场整改",
        "立行立改",
        "锦程商务宾馆",
        "社事办、城管执法中队",
        "2024-07-08",
        "已当场整改",
    ],
    [
        "2024-07-22",
        "惠民生活超市",
        "胜利路19号",
        "商超",
        "电动自行车在店内充电，私拉电线",
        "较大",
        "限期整改",
        "3日内",
        "惠民生活超市",
        "社事办、城管执法中队",
        "",
        "未到复查期",
    ],
    [
        "2024-07-15",
        "兴隆五金建材店",
        "胜利路57号",
        "商铺",
        "仓库与员工住宿混合设置，存在“三合一”现象",
        "较大",
        "限期整改",
        "2024-07-20",
        "兴隆五金建材店",
        "社事办、城管执法中队、市场监管所",
        "2024-07-22",
        "逾期未整改",
    ],
    [
        "2024-07-16",
        "康宁大药房",
        "中原路203号",
        "零售",
        "店内灭火器过期，压力不足",
        "一般",
        "限期整改",
        "2024-07-31",
        "康宁大药房",
        "社事办、市场监管所",
        "",
        "已购置新灭火器，正在安装",
    ],
    [
        "2024-07-19",
        "星光网络会所",
        "建设路42号",
        "娱乐",
        "营业期间安全出口上锁",
        "较大",
        "限期整改",
        "2024-07-26",
        "星光网络会所",
        "社事办、城管执法中队",
        "2024-07-26",
        "复查合格",
    ],
    [
        "2024-07-24",
        "鑫源汽车修理厂",
        "建设路108号",
        "汽修",
        "喷漆间电气线路未穿管保护",
        "一般",
        "限期整改",
        "10日内",
        "鑫源汽车修理厂",
        "社事办、市场监管所",
        "",
        "",
    ],
]


def write_fire(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["中原路街道沿街商户消防安全隐患排查整治台账（2024年7月）"] + [""] * 12)
    writer.writerow(["导出时间：2024-07-31 10:15　　导出单位：中原路街道综合网格管理中心"] + [""] * 12)
    writer.writerow(FIRE_HEADER)
    for n, values in enumerate(FIRE_ROWS, start=1):
        writer.writerow([str(n)] + values)
    writer.writerow(["合计", "排查商户7家，发现隐患7处，现场整改1处，限期整改6处"] + [""] * 11)
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 文明城市专项督查交办问题“回头看”情况表, after a district 文明办's 专项督查 of its streets (四个专项督查小组,
# 居民生活小区、背街后巷、菜市场的环境卫生、乱堆乱放和占道经营, 督查发现的问题现场交办和通报督办, 限期整改到位):
# https://www.xuanzhou.gov.cn/News/show/927435.html
# Title and a preamble stating the 交办 date and 5个工作日内 (the base date of every deadline); the header
# on row 4; 回复情况 (what the unit answered) beside “回头看”情况 (what the check found); former and short
# names (市交警支队, 市城管执法局, 市住建局, 市交通局, 市城管局); a 注 line and the 落款.
CIVIC_ROWS = [
    ["胜利路与京开道交叉口", "机动车乱停乱放，占用人行道", "市交警支队", "已整改", "已整改到位", ""],
    [
        "人民公园北门",
        "流动摊贩占道经营，夜间尤为突出",
        "市城管执法局",
        "已整改",
        "问题依然存在",
        "书面回复与现场不符",
    ],
    [
        "建设路农贸市场",
        "市场内垃圾清运不及时，地面污水横流",
        "华龙区建设路街道办事处",
        "已整改",
        "部分整改，市场西侧仍有积存垃圾",
        "",
    ],
    [
        "昆吾小区",
        "楼道内公益广告缺失，宣传栏破损",
        "华龙区昆吾街道办事处",
        "已整改",
        "书面整改，现场未整改",
        "",
    ],
    ["绿城路", "道路破损坑洼，雨后积水", "市住建局", "正在维修", "施工围挡已设置，正在维修", ""],
    ["市中心医院周边", "共享单车无序停放，堵塞出入口", "市交通局", "", "", ""],
    ["大庆路", "背街小巷路灯不亮", "市城管局", "已整改", "已整改到位", ""],
]


def write_civic(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("回头看")
    widths = [5, 20, 34, 22, 12, 30, 18]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 6
    b.line(ws, 0, "创建文明城市专项督查交办问题“回头看”情况表", last, b.title)
    b.line(
        ws,
        1,
        "区文明办于2024年7月8日组织四个专项督查小组，对主城区居民小区、背街后巷、菜市场进行专项督查，发现问题"
        "7个，已现场交办，要求各责任单位自交办之日起5个工作日内整改到位并书面回复。7月22日区文明办对交办问题"
        "进行了“回头看”，现将情况报告如下：",
        last,
    )
    ws.set_row(1, 36)
    b.line(ws, 2, "报送单位：华龙区精神文明建设指导委员会办公室", last)
    b.header(ws, 3, ["序号", "问题点位", "存在问题", "责任单位", "回复情况", "“回头看”情况", "备注"])
    r = 4
    for n, values in enumerate(CIVIC_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        b.row(ws, r, values, first=1)
        r += 1
    b.line(
        ws,
        r,
        "注：“回头看”发现问题依然存在或书面整改、虚假整改的，由区文明办通报并约谈责任单位主要负责人。",
        last,
    )
    b.line(ws, r + 2, "华龙区精神文明建设指导委员会办公室　　　　2024年7月23日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 代表建议承办单位办理情况满意度测评表, after the 满意度测评表 a county 人大 system exports (序号, 建议编号,
# 领衔代表 单位/姓名, 建议标题, 主办单位, 代表测评情况 满意(80分-100分)/基本满意(60分-79分)/不满意(59分以下),
# 备注): https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/delegatesugg.jsp
# Caption and a preamble (交办日期 and 三个月内 办结, the answered ones ticked by the 领衔代表); a two-row
# header; √ under the 测评 columns; 备注 退回重办/尚未答复/正在办理; former names (市卫计委, 市文广新局,
# 市公交公司) and short names; a 合计 row.
MOTION_ROWS = [
    ["第12号", "濮阳市第三中学", "王建国", "关于增加城区中小学学位供给的建议", "市教育局", 0, ""],
    ["第27号", "油田总医院", "李淑芬", "关于加快推进社区医院建设的建议", "市卫计委", 1, ""],
    [
        "第35号",
        "清丰县韩村镇",
        "张德胜",
        "关于开通城乡公交夜班线路的建议",
        "市公交公司",
        2,
        "已退回重办，正在重新答复",
    ],
    [
        "第41号",
        "濮阳市农业科学院",
        "赵红",
        "关于加大农村养老服务设施投入的建议",
        "市民政局",
        None,
        "尚未答复",
    ],
    [
        "第56号",
        "市工商联",
        "刘海",
        "关于缓解中小企业用工难的建议",
        "市人社局",
        None,
        "正在办理，拟于8月上旬答复",
    ],
    ["第63号", "范县王楼镇", "孙爱民", "关于保护利用传统村落的建议", "市文广新局", None, ""],
    ["第70号", "南乐县城关镇", "杜明", "关于改造提升国道342南乐段的建议", "市交通局", 0, ""],
]


def write_motions(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("测评表")
    widths = [5, 9, 18, 9, 40, 14, 12, 12, 12, 28]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 9
    b.line(ws, 0, "市十届人大三次会议代表建议承办单位办理情况满意度测评表", last, b.title)
    b.line(
        ws,
        1,
        "市人大常委会选工委于2024年3月15日将代表建议交各承办单位办理，承办单位应自交办之日起三个月内办结"
        "并书面答复代表。已答复的建议，由领衔代表在相应测评栏内打“√”。",
        last,
    )
    ws.set_row(1, 32)
    for c, w in [(0, "序号"), (1, "建议编号"), (4, "建议标题"), (5, "主办单位"), (9, "备注")]:
        b.merge(ws, 2, c, 3, c, w, b.head)
    b.merge(ws, 2, 2, 2, 3, "领衔代表", b.head)
    b.merge(ws, 2, 6, 2, 8, "代表测评情况", b.head)
    b.header(ws, 3, ["单位", "姓名"], first=2)
    b.header(ws, 3, ["满意\n(80分-100分)", "基本满意\n(60分-79分)", "不满意\n(59分以下)"], first=6)
    r = 4
    for n, (number, unit, name, title, host, mark, note) in enumerate(MOTION_ROWS, start=1):
        b.row(ws, r, [n, number, unit, name, title, host])
        for k in range(3):
            b.put(ws, r, 6 + k, TICK if mark == k else "", b.center)
        b.put(ws, r, 9, note)
        r += 1
    b.merge(ws, r, 0, r, 5, "合计", b.center)
    b.row(ws, r, ["2件", "1件", "1件", "共7件，已答复4件"], first=6, fmt=b.center)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 重点项目存在问题及解决情况, one card per project, after a 发改委 重点项目 system's project view (项目全称,
# 建设地点, 项目主要建设目标, 项目性质, 项目级别, 建设年限, 开竣工时间, 项目总投资, 市或县挂钩责任单位, 责任人,
# 项目业主单位 …) and its 存在的问题 tab (年份, 月份, 存在的问题, 责任单位或责任人, 解决时限, 解决情况, 待审核):
# https://github.com/catkins10/cms/blob/4a26875a09ff360d4709389001b2cd77101d6ab9/WebContent/dpc/keyproject/tabpage/problems.jsp
# Three cards stacked on one sheet, each a label|value block (4 columns) and a problem table under it;
# 解决时限 as 2024年8月 / 7月底前 / 三季度 / 2024.7.15; 建设年限 and 开竣工时间 are not deadlines.
PROJECTS = [
    (
        [
            ("项目全称", "濮阳市城区地下综合管廊二期工程", "建设地点", "华龙区、开发区"),
            ("项目主要建设目标", "建设综合管廊12.6公里及配套监控中心", None, None),
            ("项目性质", "续建", "项目级别", "市重点"),
            ("建设年限", "2023年至2025年", "开竣工时间", "2023年3月和2025年12月"),
            ("项目总投资", "18.6亿元", "市或县挂钩责任单位", "市住建局"),
            ("责任人", "李明", "项目业主单位", "濮阳市城市发展投资集团有限公司"),
        ],
        [
            [
                2024,
                6,
                "管廊穿越铁路段施工许可尚未取得",
                "市住建局/李明",
                "2024年8月",
                "已与铁路部门签订监护协议，许可正在审批",
            ],
            [2024, 7, "沿线3处电力杆线迁改滞后", "市供电公司", "7月底前", "已完成迁改"],
        ],
    ),
    (
        [
            ("项目全称", "濮阳东部现代物流园（一期）", "建设地点", "华龙区岳村镇"),
            ("项目主要建设目标", "建设仓储及分拨中心16万平方米", None, None),
            ("项目性质", "新建", "项目级别", "省重点"),
            ("建设年限", "2024年至2026年", "开竣工时间", "2024年4月和2026年6月"),
            ("项目总投资", "9.2亿元", "市或县挂钩责任单位", "华龙区人民政府"),
            ("责任人", "周涛", "项目业主单位", "濮阳宏泰物流有限公司"),
        ],
        [
            [2024, 5, "项目用地中有12亩未完成征收", "华龙区人民政府", "三季度", "正在协调"],
            [2024, 6, "园区规划条件调整需重新审批", "市规划局", "2024.7.15", "已解决"],
            [2024, 7, "园区配套供水管网未接入", "市自来水公司", "2024年9月", ""],
        ],
    ),
    (
        [
            ("项目全称", "濮阳市中心医院新院区建设项目", "建设地点", "开发区"),
            ("项目主要建设目标", "新建床位1200张的综合医院", None, None),
            ("项目性质", "续建", "项目级别", "市重点"),
            ("建设年限", "2022年至2025年", "开竣工时间", "2022年10月和2025年9月"),
            ("项目总投资", "21.4亿元", "市或县挂钩责任单位", "市卫健委"),
            ("责任人", "范丽", "项目业主单位", "濮阳市中心医院"),
        ],
        [
            [2024, 4, "门诊楼施工图审查意见未闭合", "市卫健委", "2024年5月底", "逾期未解决"],
            [2024, 7, "大型医疗设备采购预算未批复", "市财政局", "2024年8月15日", "已报市政府常务会议研究"],
        ],
    ),
]
PROBLEM_HEADER = ["年份", "月份", "存在的问题", "责任单位或责任人", "解决时限", "解决情况", "待审核"]


def write_projects(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("项目问题")
    widths = [8, 8, 36, 20, 14, 34, 8]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 6
    b.line(ws, 0, "市重点项目存在问题及解决情况（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：市发展改革委重点项目办　　　　　　　　　　　　　　2024年7月30日", last)
    r = 3
    for k, (card, problems) in enumerate(PROJECTS, start=1):
        b.line(ws, r, f"项目{k}", last, b.block)
        r += 1
        for label1, value1, label2, value2 in card:
            b.merge(ws, r, 0, r, 1, label1, b.label)
            if label2 is None:
                b.merge(ws, r, 2, r, 6, value1)
            else:
                b.put(ws, r, 2, value1)
                b.put(ws, r, 3, label2, b.label)
                b.merge(ws, r, 4, r, 6, value2)
            r += 1
        b.line(ws, r, "存在的问题", last, b.block)
        r += 1
        b.header(ws, r, PROBLEM_HEADER)
        r += 1
        for values in problems:
            b.row(ws, r, values + [""])
            r += 1
        r += 1
    b.line(ws, r, "联系人：韩冬　　　联系电话：0393-8181125", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 生态环境保护督察组交办信访件办理情况 (as .doc), after a city's notice of the 中央生态环境保护督察组
# 转办群众信访举报件 (第二十一批, 交办数, 涉及区（市）, 大气/水/噪声/扬尘/油烟/固废/生态问题, 整改和处理情况
# 及时向社会公开): http://www.xuecheng.gov.cn/zwgk/tzgg/201912/t20191225_594997.html
# A Word table (受理编号, 交办问题基本情况, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况, 是否办结,
# 责任单位) under a preamble that states the 交办 date and 15日内 办结; 是否办结 已办结/阶段性办结/未办结.
PETITION_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "是否办结",
    "责任单位",
]
PETITION_ROWS = [
    [
        "X3HA202407160001",
        "反映开州路某小区附近餐饮店油烟直排，影响居民生活",
        "华龙区",
        "油烟",
        "经查，该店未安装油烟净化设施",
        "属实",
        "已责令安装油烟净化器，7月24日复查已正常使用",
        "已办结",
        "华龙区城市管理局",
    ],
    [
        "X3HA202407160002",
        "反映某建筑工地夜间施工噪声扰民",
        "华龙区",
        "噪声",
        "经查，该工地未办理夜间施工许可",
        "属实",
        "已责令停止夜间施工并立案处罚",
        "已办结",
        "市住建局",
    ],
    [
        "X3HA202407160003",
        "反映马颊河某河段有不明污水排入",
        "华龙区",
        "水",
        "经查，系雨污管网混接所致",
        "部分属实",
        "已封堵雨污混接点2处，管网改造正在实施",
        "阶段性办结",
        "市环保局",
    ],
    [
        "X3HA202407160004",
        "反映岳村镇某砖厂粉尘污染",
        "华龙区",
        "大气",
        "经现场核查，该砖厂已于2023年关停，现场无生产迹象",
        "不属实",
        "向信访人做好解释说明",
        "已办结",
        "华龙区岳村镇人民政府",
    ],
    [
        "X3HA202407160005",
        "反映物流园渣土车未覆盖，道路扬尘严重",
        "华龙区",
        "扬尘",
        "正在核查",
        "",
        "正在调查处理",
        "未办结",
        "市城管执法局",
    ],
    [
        "X3HA202407160006",
        "反映城东垃圾中转站臭味扰民",
        "华龙区",
        "其他",
        "经查，中转站除臭设备故障",
        "属实",
        "尚未整改",
        "未办结",
        "华龙区城市管理局",
    ],
    [
        "X3HA202407160007",
        "反映某汽修厂露天喷漆，异味刺鼻",
        "华龙区",
        "大气",
        "经查，该厂在院内露天进行喷漆作业",
        "属实",
        "已责令停止露天喷漆作业，正在建设密闭喷漆房",
        "阶段性办结",
        "市生态环境局",
    ],
]


def write_petitions(path: Path) -> Path:
    doc = _new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = section.page_height, section.page_width
    _paragraph(
        doc,
        "省生态环境保护督察组交办第八批群众信访举报件办理情况",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(
        doc,
        "2024年7月16日，省第三生态环境保护督察组向我区交办第八批群众信访举报件7件。按照要求，交办件须于"
        "交办之日起15日内办结并反馈办理结果；确需较长时间整改的，实行阶段性办结，持续推进整改。现将办理"
        "情况报告如下：",
        12,
    )
    table = doc.add_table(rows=len(PETITION_ROWS) + 1, cols=len(PETITION_HEADER))
    table.style = "Table Grid"
    for c, word in enumerate(PETITION_HEADER):
        _cell_text(table.cell(0, c), word, 10, True)
    for r, values in enumerate(PETITION_ROWS, start=1):
        _cell_text(table.cell(r, 0), str(r), 10)
        for c, text in enumerate(values, start=1):
            _cell_text(table.cell(r, c), text, 10)
    _paragraph(doc, "华龙区生态环境保护督察整改工作领导小组办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "petitions.docx")
        soffice(source, "doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 11. 考核反馈问题整改落实情况 of a town, as numbered paragraphs (a Word 97 document saved as .wps), after a
# 乡人民政府's 脱贫攻坚成效考核反馈问题整改实施方案 (一、整改内容 1.专项整改问题 (1)… (牵头单位：扶贫办；
# 责任单位：各村支部) 整改措施：一是…二是…):
# https://cnzh.gov.cn/gongkai/show/20180905224007-23980-00-000.html
# Each item a paragraph (n) with the 牵头单位 in brackets, then 整改措施 (the deadline inside the text)
# and 整改进展 paragraphs; the town's own offices lead most items, a county bureau one.
TOWN_ITEMS = [
    (
        "1.专项整改问题",
        [
            (
                "（1）防返贫监测对象识别不及时，有2户因病返贫风险户未及时纳入监测。（牵头单位：镇乡村振兴办）",
                "整改措施：一是立即组织村“两委”干部开展入户排查，2024年5月底前完成；二是将风险户及时纳入监测，"
                "落实针对性帮扶措施。",
                "整改进展：已将2户纳入监测并落实医疗救助和公益岗位帮扶，已完成整改。",
            ),
            (
                "（2）部分帮扶产业项目收益分配不规范，未按规定比例用于公益岗位和小型公益事业。（牵头单位：镇经管站）",
                "整改措施：一是对全镇帮扶产业项目收益进行全面清查；二是修订收益分配方案，2024年9月底前完成。",
                "整改进展：已完成3个项目的收益清查，收益分配方案正在修订。",
            ),
            (
                "（3）脱贫劳动力外出务工稳岗率下降，部分脱贫人口返乡后未及时实现再就业。"
                "（牵头单位：清丰县人力资源和社会保障局）",
                "整改措施：一是开展订单式技能培训；二是开发乡村公益性岗位，年底前完成稳岗就业目标。",
                "整改进展：已组织技能培训2期，培训126人次。",
            ),
        ],
    ),
    (
        "2.共性问题",
        [
            (
                "（4）农村饮水安全“回头看”发现3个村存在季节性缺水。（牵头单位：镇水利站）",
                "整改措施：实施供水管网延伸工程，7月底前完成管网延伸并通水。",
                None,
            ),
            (
                "（5）防返贫监测帮扶政策宣传不到位，群众对申报渠道知晓率不高。（牵头单位：镇党政办）",
                "整改措施：长期坚持，每季度组织一次政策入户宣传。",
                "整改进展：常态化推进。",
            ),
            (
                "（6）村级光伏电站运维管护不到位，部分电站发电效率偏低。（牵头单位：镇乡村振兴办）",
                "整改措施：组织专业机构对全镇村级光伏电站进行检修，6月底前完成。",
                "整改进展：未启动，拟于8月集中检修。",
            ),
        ],
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc,
        "清丰县马庄桥镇关于2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核反馈问题整改落实情况的报告",
        18,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "县委、县政府督查局：")
    _paragraph(
        doc,
        "按照县委农村工作领导小组《关于反馈2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核有关情况的通知》"
        "要求，我镇坚持问题导向，逐条制定整改措施，明确牵头单位和完成时限。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、整改内容", 14, "黑体")
    for heading, items in TOWN_ITEMS:
        _paragraph(doc, heading, 14, "楷体_GB2312")
        for problem, measure, progress in items:
            _paragraph(doc, problem)
            _paragraph(doc, measure)
            if progress:
                _paragraph(doc, progress)
    _paragraph(doc, "二、下一步工作", 14, "黑体")
    _paragraph(doc, "对尚未完成的整改事项，镇党委、政府将实行周调度、月通报，确保按时限完成整改。")
    _paragraph(doc, "清丰县马庄桥镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "town.docx")
        soffice(source, "doc", Path(tmp) / "town.doc")
        shutil.copyfile(Path(tmp) / "town.doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 12. 巡察整改攻坚推进台账 of a state-owned investment group, after its report of the 巡察整改攻坚阶段
# (台账式管理、项目化推进, 周调度机制, 与监理公司达成支付比例、3个未决算项目报决审批, 赴上海与券商沟通清算
# 分配事宜、预计6月底前陆续回款, 推进解决固定资产账实不符问题): http://asctjt.com.cn/news.aspx?id=342
# Title and a 调度 line; the header on row 3; the state only in the 本周推进情况 sentences; the rows name
# departments of the group; a second sheet with the 调度会议 records (no items).
SOE_ROWS = [
    [
        "3个已竣工项目未办理工程结算和竣工决算",
        "工程管理部",
        "王立新",
        "6月底前",
        "已与监理公司达成支付比例，3个未决算项目正在报决审批",
    ],
    [
        "产业基金投资项目到期未清算，投资本金未收回",
        "投资发展部",
        "刘思远",
        "2024年9月底前",
        "已赴上海与券商沟通清算分配事宜，预计8月底前陆续回款",
    ],
    [
        "固定资产账实不符，部分资产未入账",
        "财务部",
        "陈静",
        "2024年7月31日",
        "已完成固定资产全面盘点，账实差异已全部调整到位",
    ],
    [
        "“三重一大”决策程序执行不规范，部分事项未经党委会前置研究",
        "党群工作部",
        "孙丽华",
        "2024年5月31日",
        "已修订《“三重一大”决策制度实施办法》并印发执行",
    ],
    [
        "招投标管理存在化整为零规避公开招标问题",
        "经营部",
        "张博",
        "2024年8月底前",
        "本周无进展，尚未启动整改",
    ],
    ["党建与生产经营深度融合不够", "党群工作部", "孙丽华", "长期坚持", "常态化推进"],
    ["应收账款清收不力，部分账款账龄超过3年", "财务部", "陈静", "2024年12月底前", ""],
]
SOE_MEETINGS = [
    [date(2024, 7, 5), "巡察整改第4次周调度会", "集团党委书记", "各部门负责人"],
    [date(2024, 7, 12), "巡察整改第5次周调度会", "集团总经理", "各部门负责人"],
    [date(2024, 7, 26), "巡察整改第6次周调度会", "集团党委书记", "各部门负责人、纪委书记"],
]


def write_soe(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("整改推进台账")
    widths = [5, 40, 14, 10, 14, 44]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 5
    b.line(ws, 0, "濮阳市建设投资集团有限公司市委第二巡察组反馈问题整改攻坚推进台账", last, b.title)
    b.line(
        ws, 1, "（第6次周调度）　　　调度时间：2024年7月26日　　　填报：集团巡察整改工作领导小组办公室", last
    )
    b.header(ws, 2, ["序号", "问题内容", "牵头部门", "责任人", "整改时限", "本周推进情况"])
    r = 3
    for n, values in enumerate(SOE_ROWS, start=1):
        b.put(ws, r, 0, n, b.center)
        b.row(ws, r, values, first=1)
        r += 1
    b.line(ws, r + 1, "集团巡察整改工作领导小组办公室　　　　联系人：马骁　　　　电话：0393-6688512", last)
    meetings = b.sheet("调度记录")
    for c, w in enumerate([12, 26, 16, 30]):
        meetings.set_column(c, c, w)
    b.header(meetings, 0, ["日期", "会议名称", "主持人", "参会人员"])
    for k, values in enumerate(SOE_MEETINGS, start=1):
        b.row(meetings, k, values)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 统计执法检查发现问题整改情况 as a county 统计执法 system exports it (tab-separated UTF-16, Excel's
# "Unicode text"), after a county 统计局's 统计执法检查 (检查对象以中心校、卫生院为主; 检查本单位上报的统计
# 年报数据, 统计人员是否持证上岗, 是否按规定设置原始统计记录和统计台账):
# https://tjj.changde.gov.cn/zhdt/qxdt/content_463349
# Header on line 1 with the 整改状态 codes explained in the header word (1-已整改 2-整改中 3-未整改);
# 检查日期 as text; 整改期限 as 15个工作日内 (from the 检查日期), a date or 立行立改; a record count line.
STATS_HEADER = [
    "检查批次",
    "被检查单位",
    "单位类型",
    "检查日期",
    "发现问题",
    "整改要求",
    "整改期限",
    "整改落实情况",
    "整改状态(1-已整改 2-整改中 3-未整改)",
]
STATS_ROWS = [
    [
        "第一批",
        "濮阳县庆祖镇中心学校",
        "教育",
        "2024-07-02",
        "未按规定设置统计原始记录和统计台账",
        "建立健全统计原始记录和统计台账",
        "15个工作日内",
        "已建立2023年以来统计台账",
        "1",
    ],
    [
        "第一批",
        "濮阳县庆祖镇卫生院",
        "卫生",
        "2024-07-02",
        "统计人员未经统计业务培训即上岗",
        "组织统计人员参加业务培训",
        "15个工作日内",
        "已报名参加8月份全县统计业务培训",
        "2",
    ],
    [
        "第一批",
        "濮阳县文留镇卫生院",
        "卫生",
        "2024-07-03",
        "2023年统计年报从业人员数据与工资表不符",
        "核实并更正统计数据",
        "2024年7月20日",
        "",
        "3",
    ],
    [
        "第二批",
        "濮阳县胡状镇中心学校",
        "教育",
        "2024-07-10",
        "统计资料未按规定归档保存",
        "整理统计资料并归档",
        "15个工作日内",
        "正在整理归档",
        "2",
    ],
    [
        "第二批",
        "濮阳县中医院",
        "卫生",
        "2024-07-11",
        "固定资产投资统计数据虚报",
        "依法查处，更正统计数据",
        "2024年8月10日",
        "已立案调查",
        "2",
    ],
    [
        "第二批",
        "濮阳县柳屯镇中心学校",
        "教育",
        "2024-07-12",
        "统计报表未经单位负责人审核签字即报送",
        "建立统计报表审核签字制度",
        "立行立改",
        "已当场整改",
        "1",
    ],
]


def write_stats(path: Path) -> Path:
    lines = ["\t".join(STATS_HEADER)]
    lines += ["\t".join(values) for values in STATS_ROWS]
    lines.append("共6条记录\t导出单位：濮阳县统计局\t导出时间：2024-07-31")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# ---------------------------------------------------------------------------------------------
# 14. 12345政务服务便民热线运行情况通报, after a county 热线中心's monthly 运行情况通报 (热线运行情况; 超期
# 已办理工单 by 承办单位; 各成员单位办理情况 tables 县直机关单位 / 乡镇: 单位名称, 受理案件数, 按时办结率,
# 发回重办率): http://www.hengdong.gov.cn/zmhd/12345rx/gzjb/mytj/20231008/i3128716.html
# One sheet with the 通报 text, two statistics tables (not items) and a third table of the 超期 and 发回重办
# 工单; 派单时间 date-times, 办理时限 in working days per row.
HOTLINE_UNITS = [
    ["城管执法局", 236, "99.58%", "4.66%"],
    ["市场监督管理局", 141, "100.00%", "3.55%"],
    ["住建局", 118, "100.00%", "2.54%"],
    ["教育局", 96, "100.00%", "5.21%"],
    ["人社局", 77, "100.00%", "0.00%"],
]
HOTLINE_TOWNS = [
    ["韩村镇", 41, "97.56%", "4.88%"],
    ["城关镇", 35, "100.00%", "2.86%"],
    ["马庄桥镇", 23, "100.00%", "0.00%"],
]
HOTLINE_ROWS = [
    [
        "QF2407010012",
        datetime(2024, 7, 1, 9, 20),
        "反映城关镇某小区门口流动摊贩占道经营",
        "清丰县城市管理局",
        "5个工作日",
        "超期办结（7月10日办结）",
    ],
    [
        "QF2407030105",
        datetime(2024, 7, 3, 14, 5),
        "反映家中宽带故障多日未修复",
        "中国联通清丰县分公司",
        "3个工作日",
        "超期办结",
    ],
    [
        "QF2407080033",
        datetime(2024, 7, 8, 10, 11),
        "反映村内变压器容量不足，频繁跳闸",
        "国网清丰县供电公司",
        "5个工作日",
        "发回重办，正在重新办理",
    ],
    [
        "QF2407110078",
        datetime(2024, 7, 11, 16, 40),
        "咨询新生儿医保参保办理流程",
        "清丰县医疗保障局",
        "2个工作日",
        "发回重办（答复不准确），已重新答复并办结",
    ],
    [
        "QF2407150021",
        datetime(2024, 7, 15, 8, 55),
        "反映学校周边黑网吧接纳未成年人上网",
        "清丰县文化广电和旅游局",
        "5个工作日",
        "超期未办结",
    ],
    [
        "QF2407220066",
        datetime(2024, 7, 22, 11, 30),
        "反映村内道路积水严重，出行困难",
        "清丰县韩村镇人民政府",
        "5个工作日",
        "办理中（已申请延期）",
    ],
    [
        "QF2407240090",
        datetime(2024, 7, 24, 15, 12),
        "反映农贸市场商户短斤少两",
        "清丰县市场监督管理局",
        "5个工作日",
        "",
    ],
]


def write_hotline(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("7月通报")
    widths = [16, 17, 38, 22, 12, 30]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 5
    b.line(ws, 0, "清丰县12345政务服务便民热线7月份运行情况通报", last, b.title)
    b.line(ws, 1, "〔2024〕第7期　　　　清丰县行政审批服务局热线中心　　　　2024年7月31日", last)
    b.line(
        ws,
        2,
        "各乡镇人民政府、县直机关各热线成员单位：现将7月份全县12345政务服务便民热线运行情况通报如下：",
        last,
    )
    b.line(
        ws,
        3,
        "一、热线运行情况：7月份共派发成员单位办理工单1386件，按时办结率99.71%，回访满意率86%；超期及发回"
        "重办工单7件，明细见第三部分。",
        last,
    )
    ws.set_row(3, 32)
    b.line(ws, 4, "二、各成员单位办理情况", last, b.block)
    r = 5
    for caption, rows in [
        ("（一）县直机关单位办理情况", HOTLINE_UNITS),
        ("（二）乡镇办理情况", HOTLINE_TOWNS),
    ]:
        b.line(ws, r, caption, last)
        r += 1
        b.header(ws, r, ["单位名称", "受理案件数", "按时办结率", "发回重办率"])
        r += 1
        for values in rows:
            b.row(ws, r, values, fmt=b.center)
            r += 1
        r += 1
    b.line(ws, r, "三、超期及发回重办工单明细", last, b.block)
    r += 1
    b.header(ws, r, ["工单编号", "派单时间", "诉求内容", "承办单位", "办理时限", "办理情况"])
    r += 1
    for values in HOTLINE_ROWS:
        b.row(ws, r, values)
        r += 1
    b.line(ws, r, "说明：办理时限自派单之日起按工作日计算；超期未办结工单由县政府督查室跟踪督办。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. 企业诉求“直通车”交办件办理情况反馈, two returns zipped, after a city's 企业诉求办理工作方案 (诉求收集、
# 交办、督办、回访的闭环办理机制; 营商环境热线; 受理范围: 行政许可不予受理或不按时限办理, 擅自收费, 涉企
# 优惠政策不落实, 指定中介服务, 违规检查, 违规停水停电…): http://www.zyzf.gov.cn/zt/yhyshj/bsls/202510/t20251015_3892881.shtml
# Member A, a workbook of the 税务局 (sent under its short name), no unit column, 办理时限 5个工作日 from
# the row's 交办日期; member B, a Word table of a county 营商办 with a 承办单位 column and 办结时限 as
# 2024.8.15 / 8月底前 / 15个工作日.
DIRECT_A = [
    [
        "ZC-0702",
        date(2024, 7, 2),
        "濮阳市华瑞新材料有限公司",
        "涉企优惠政策不落实",
        "研发费用加计扣除预缴申报时无法享受",
        "5个工作日",
        "已上门辅导，企业已完成申报享受",
        "满意",
    ],
    [
        "ZC-0709",
        date(2024, 7, 9),
        "濮阳市宏昌物流有限公司",
        "不按时限办理",
        "增值税留抵退税审核时间过长",
        "5个工作日",
        "退税款已到账",
        "满意",
    ],
    [
        "ZC-0718",
        date(2024, 7, 18),
        "河南濮泰化工有限公司",
        "违规检查",
        "同一事项被多次要求重复提交资料",
        "5个工作日",
        "正在核查涉及的检查事项",
        "",
    ],
    [
        "ZC-0726",
        date(2024, 7, 26),
        "濮阳市金丰面业有限公司",
        "擅自收费",
        "领用发票被收取工本费",
        "5个工作日",
        "",
        "",
    ],
]
DIRECT_B_HEADER = ["序号", "交办日期", "企业名称", "诉求类型", "诉求内容", "承办单位", "办结时限", "办理情况"]
DIRECT_B = [
    [
        "2024年7月5日",
        "河南昌盛食品有限公司",
        "违规停电",
        "厂区频繁停电影响正常生产",
        "南乐县工业和信息化局",
        "2024.8.15",
        "已协调新建专用线路，已送电",
    ],
    [
        "2024年7月12日",
        "濮阳宏业机械有限公司",
        "不按时限办理",
        "厂房扩建规划许可迟迟未批复",
        "南乐县自然资源局",
        "8月底前",
        "已完成规划条件核定，正在办理规划许可",
    ],
    [
        "2024年7月19日",
        "南乐县鑫源纺织有限公司",
        "指定中介服务",
        "消防验收被要求委托指定检测机构",
        "南乐县住房和城乡建设局",
        "15个工作日",
        "尚未办理",
    ],
]


def write_direct_a(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("办理情况")
    widths = [5, 10, 12, 26, 16, 34, 11, 32, 10]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    last = 8
    b.line(ws, 0, "企业诉求“直通车”交办件办理情况反馈表", last, b.title)
    b.line(ws, 1, "反馈单位：市税务局（盖章）　　　　　　　　　　　　　　反馈时间：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办编号",
            "交办日期",
            "企业名称",
            "诉求类型",
            "诉求内容",
            "办理时限",
            "办理结果",
            "企业评价",
        ],
    )
    for n, values in enumerate(DIRECT_A, start=1):
        b.put(ws, 2 + n, 0, n, b.center)
        b.row(ws, 2 + n, values, first=1)
    b.line(ws, 3 + len(DIRECT_A) + 1, "联系人：郝静　　　　联系电话：0393-8810326", last)
    return b.close()


def write_direct_b(path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc, "南乐县企业诉求“直通车”交办件办理情况反馈表", 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(doc, "报送单位：南乐县优化营商环境工作领导小组办公室　　　　2024年7月29日", 12)
    table = doc.add_table(rows=len(DIRECT_B) + 1, cols=len(DIRECT_B_HEADER))
    table.style = "Table Grid"
    for c, word in enumerate(DIRECT_B_HEADER):
        _cell_text(table.cell(0, c), word, 10.5, True)
    for r, values in enumerate(DIRECT_B, start=1):
        _cell_text(table.cell(r, 0), str(r))
        for c, text in enumerate(values, start=1):
            _cell_text(table.cell(r, c), text)
    _paragraph(doc, "注：办结时限以工作日计算的，自交办之日起计算。", 10.5)
    return _save_fixed(doc, path)


def write_direct(path: Path) -> Path:
    members = [
        ("企业诉求直通车交办件办理情况反馈表（市税务局）.xlsx", write_direct_a, "a.xlsx"),
        ("南乐县企业诉求直通车交办件办理情况反馈表.docx", write_direct_b, "b.docx"),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, writer, scratch in members:
            member = writer(Path(tmp) / scratch)
            info = _GbkName(name, date_time=(2024, 7, 30, 17, 2, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 16. 责令改正通知书 compiled with their 复查情况, after the 责令改正通知书 a 食品药品动态监管系统 prints
# (（ ）责改通〔 〕号; 你（单位）…的行为，违反了…的规定; 根据《中华人民共和国行政处罚法》第二十三条之规定，
# 责令你（单位）于…年…月…日前改正; 改正内容及要求; 公章、日期; 本通知书于…收到, 接收人签字; 备注: 一式两联):
# https://github.com/zhangligithup/private-project/blob/799a8154cb8d77fa6b20386fbcc53040ae586600/foodregulation/src/main/webapp/WEB-INF/view/supervisionAndCheck/printNotice.jsp
# One notice per item as paragraphs, the party in the salutation, the deadline inside the sentence, a
# 复查情况 paragraph added under most notices; 签发日期 and 收到 times are events.
NOTICES = [
    (
        "001",
        "清丰县城关镇甜心坊蛋糕店",
        "使用超过保质期的食品原料（奶油）制作糕点",
        "《中华人民共和国食品安全法》第三十四条第（十）项",
        (2024, 7, 10),
        "立即停止使用并销毁过期原料，建立原料进货查验和保质期检查记录。",
        "2024年7月3日",
        "复查情况：7月11日复查，已改正。",
    ),
    (
        "002",
        "清丰县福满园饭店",
        "安排未取得健康证明的人员从事接触直接入口食品的工作",
        "《中华人民共和国食品安全法》第四十五条",
        (2024, 7, 15),
        "相关从业人员取得健康证明后方可上岗。",
        "2024年7月5日",
        "复查情况：7月16日复查，部分从业人员已办理健康证明，其余2人正在办理。",
    ),
    (
        "003",
        "清丰县好邻居超市",
        "未建立食品进货查验记录制度",
        "《中华人民共和国食品安全法》第五十三条",
        (2024, 7, 20),
        "建立并如实记录食品进货查验记录，保存相关凭证。",
        "2024年7月8日",
        "复查情况：7月22日复查，逾期未改正。",
    ),
    (
        "004",
        "清丰县老街坊熟食店",
        "熟食销售未采取防蝇防尘措施",
        "《中华人民共和国食品安全法》第三十三条第（一）项",
        (2024, 7, 25),
        "配备防蝇防尘设施，熟食加盖或入柜销售。",
        "2024年7月15日",
        None,
    ),
    (
        "005",
        "清丰县康源食品加工厂",
        "生产车间布局不合理，生食与熟食加工区域未分隔",
        "《中华人民共和国食品安全法》第三十三条第（二）项",
        (2024, 8, 20),
        "按照食品生产许可审查要求改造生产车间。",
        "2024年7月18日",
        "复查情况：7月30日回访，正在进行车间改造。",
    ),
    (
        "006",
        "清丰县阳光幼儿园",
        "食堂食品留样时间不足48小时",
        "《学校食品安全与营养健康管理规定》第三十五条",
        (2024, 7, 8),
        "每餐次食品成品留样不少于125克并保存48小时以上。",
        "2024年7月2日",
        "复查情况：7月9日复查，已改正，复查合格。",
    ),
]


def write_notices(path: Path) -> Path:
    doc = _new_document()
    _paragraph(
        doc, "2024年7月食品安全责令改正通知书及复查情况汇编", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(
        doc,
        "编印：清丰县市场监督管理局食品安全监管股　　　　2024年7月31日",
        12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    for number, party, act, rule, (y, m, d), demand, issued, review in NOTICES:
        _paragraph(doc, "责令改正通知书", 16, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
        _paragraph(doc, f"（清）市监责改通〔2024〕第{number}号", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _paragraph(doc, f"{party}：")
        _paragraph(doc, f"你（单位）{act}的行为，违反了{rule}的规定。")
        _paragraph(
            doc,
            f"根据《中华人民共和国行政处罚法》第二十三条之规定，责令你（单位）于{y}年{m}月{d}日前改正。"
            f"改正内容及要求如下：{demand}",
        )
        _paragraph(doc, "清丰县市场监督管理局（公章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
        _paragraph(doc, issued, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _paragraph(doc, f"本通知书于{issued}收到。　　　　接收人签字：＿＿＿＿", 12)
        if review:
            _paragraph(doc, review, 12, "楷体_GB2312")
        _paragraph(doc, "备注：本通知书一式两联，第一联留存卷宗备查，第二联交被监督单位（人）。", 10.5)
        _paragraph(doc, "—" * 24, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_inspection(HERE / "市教育局党组巡察反馈问题整改总台帐（截至7月底）.xlsx"),
        write_audit(HERE / "2023年度保障性安居工程审计发现问题整改情况汇总表.xls"),
        write_theme(HERE / "市农业农村局主题教育检视问题整改清单.docx"),
        write_river(HERE / "河湖库“四乱”问题整改销号情况表（7月）.ods"),
        write_hazards(HERE / "建设系统安全隐患库（2024年7月）.et"),
        write_fire(HERE / "中原路街道沿街商户消防安全隐患排查整治台账_202407.csv"),
        write_civic(HERE / "文明城市专项督查交办问题回头看情况表（华龙区）.xlsx"),
        write_motions(HERE / "市十届人大三次会议代表建议办理满意度测评表.xlsx"),
        write_projects(HERE / "市重点项目存在问题及解决情况（7月）.xlsx"),
        write_petitions(HERE / "省生态环境保护督察组交办第八批信访件办理情况（华龙区）.doc"),
        write_town(HERE / "马庄桥镇巩固脱贫成果考核反馈问题整改落实情况报告.wps"),
        write_soe(HERE / "市建投集团巡察整改攻坚推进台账（第6次调度）.xlsx"),
        write_stats(HERE / "统计执法检查发现问题整改情况_濮阳县统计局.txt"),
        write_hotline(HERE / "清丰县12345热线7月份运行情况通报.xlsx"),
        write_direct(HERE / "企业诉求直通车交办件办理情况反馈（两家单位）.zip"),
        write_notices(HERE / "食品安全责令改正通知书及复查情况汇编（7月）.docx"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

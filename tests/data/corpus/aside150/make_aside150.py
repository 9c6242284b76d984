"""Write the aside150 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (统计、档案与机关事务): 统计数据质量核查, 统计执法检查, 档案行政执法检查, 保密自查自评, 机关食堂反食品浪费评估,
公共机构节能监督检查, 办公用房/会议室和公务接待专项督查, 政府网站与政务新媒体检查, 政府信息公开专栏更新, 12345热线知识库核查.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .doc (Word 97 via
LibreOffice, a table with a merged 检查组 column), .docx (a table with a merged 自查方面 column), a CSV in GBK and a
.zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside150.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs give byte-identical files.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


def _grouped_table(doc, header: list[str], groups: list[tuple[str, list[list[str]]]], size: float = 10.5):
    """A table whose first column names a group, merged down over the group's rows."""
    n = sum(len(rows) for _, rows in groups)
    table = doc.add_table(rows=1 + n, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    r = 1
    for name, rows in groups:
        first = r
        for values in rows:
            for c, v in enumerate(values, start=1):
                _cell_text(table.cell(r, c), v, size)
            r += 1
        top = table.cell(first, 0)
        if r - 1 > first:
            top = top.merge(table.cell(r - 1, 0))
        _cell_text(top, name, size)
    return table


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
def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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
# 1. 农村统计数据质量核查, after a county page on the city 统计局's 农村统计数据质量核查 (检查基层建设情况、数据归档规范;
# 强化数据源头管理; 推进统计台账规范化管理、加强镇办统计人员业务培训; 种植面积增幅超5%、产量增幅超10%的数据同步提交
# 印证资料):
# http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/tjxx/tjgb/202504/6cb4686c266d420e82b67ab5fcd7f1a6.shtml
# An .xlsx: title, 核查单位/填报单位 line, one header row (核查对象 short, 整改责任单位 in full), section rows naming the
# three 核查环节 (基层基础建设, 数据采集与归档, 印证资料报送), a 填表说明 line and a signature line.
RURAL_SECTIONS = [
    (
        "一、基层统计基础建设",
        [
            (
                "庆祖镇",
                "镇统计站农业统计台账未按月登记，2024年4—6月台账空白",
                "濮阳县庆祖镇人民政府",
                "补登4—6月台账，明确专人按月登记",
                "2024年7月20日",
                "已补登完毕，经县统计局复核合格",
            ),
            (
                "城关镇",
                "村级统计员变动后未及时备案，3个行政村无统计员",
                "濮阳县城关镇人民政府",
                "选配村级统计员并报县统计局备案",
                "8月底前",
                "已确定2个村统计员，1个村正在选配",
            ),
            (
                "县统计局",
                "镇办统计人员业务培训覆盖不全，上半年仅组织培训1次",
                "县统计局（农村股）",
                "每季度至少组织1次镇办统计人员培训",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
    (
        "二、数据采集与归档",
        [
            (
                "八公桥镇",
                "冬小麦产量调查原始记录缺少调查户签字确认",
                "濮阳县八公桥镇人民政府",
                "补齐调查户签字，规范原始记录",
                "2024.7.15",
                "已整改",
            ),
            (
                "县统计局",
                "农业统计纸质资料与电子数据未对应编号归档",
                "县统计局（农村股）",
                "按年度、专业统一编号归档",
                "2024年9月30日",
                "正在整理2023年以来资料",
            ),
            (
                "海通乡",
                "蔬菜种植面积与乡农业服务中心台账相差120亩且未作说明",
                "濮阳县海通乡人民政府",
                "核实差异原因，补报情况说明",
                "7月25日前",
                "",
            ),
        ],
    ),
    (
        "三、印证资料报送",
        [
            (
                "习城乡",
                "花生种植面积同比增幅8.6%，超过5%未同步报送印证资料",
                "濮阳县习城乡人民政府",
                "补报土地流转合同及实测资料",
                "2024-07-31",
                "已补报土地流转合同及实测资料",
            ),
            (
                "文留镇",
                "夏粮产量同比增幅12.3%，超过10%的印证资料不完整",
                "濮阳县文留镇人民政府",
                "补充测产记录和收购凭证",
                "2024年8月15日",
                "未整改",
            ),
        ],
    ),
]


def write_rural(path: Path) -> Path:
    b = Book(path, author="农村股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 40, 20, 28, 14, 28])
    b.line(ws, 0, "2024年上半年农村统计数据质量核查反馈问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "核查单位：濮阳市统计局农村统计科    核查时间：2024年7月8日至7月12日    "
        "填报单位：濮阳县统计局    填报日期：2024年7月29日",
        6,
    )
    b.header(ws, 2, ["序号", "核查对象", "反馈问题", "整改责任单位", "整改措施", "整改时限", "整改进展"])
    r, n = 3, 0
    for section, rows in RURAL_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "填表说明：整改进展填写已完成、正在整改或未整改；长期坚持的事项填写推进情况。", 6)
    b.line(ws, r + 2, "审核人：孙建民    填表人：李晓燕    联系电话：0393-3221586", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 统计执法检查, after a city 统计局's 统计执法监督检查工作计划 (三种执法检查方式: “双随机、一公开”执法检查、常规执法
# 检查、重点执法检查 — 对上级移交、部门移送、群众举报、各专业科室反馈的统计违法线索; 监督检查政府统计机构依法履职和
# 统计违法案件查处规范性):
# http://tjj.wuhai.gov.cn/tjj/682822/734530/1690033/index.html
# An .xls (xlwt): title, 填报单位 line, one header row with 检查方式 and 专业 beside the 被检查单位, the 责令改正
# 通知书's 送达日期 as the base of the 改正期限 in days, a 合计 row, a 注 line stating that base, and a 填表人 line.
LAW_ROWS = [
    (
        "双随机抽查",
        "濮阳市宏达建材有限公司",
        "规上工业",
        "未设置统计原始记录和统计台账，工业总产值无据可查",
        "责令改正",
        date(2024, 6, 20),
        "15日内",
        "已建立统计台账并补录原始记录，经复查合格",
    ),
    (
        "双随机抽查",
        "濮阳市鑫盛商贸有限公司",
        "限上批零",
        "2024年1—5月商品销售额虚报，虚报率23.6%",
        "立案查处",
        date(2024, 6, 24),
        "30日内",
        "已立案，正在调查处理",
    ),
    (
        "常规检查",
        "濮阳市龙腾建筑工程有限公司",
        "资质内建筑业",
        "从业人员期末人数与社保缴纳人数差异较大，未说明原因",
        "责令改正",
        date(2024, 7, 1),
        "15日内",
        "已订正数据并报送书面说明",
    ),
    (
        "常规检查",
        "濮阳市金诺房地产开发有限公司",
        "房地产开发",
        "商品房销售面积连续2个月迟报",
        "警告",
        date(2024, 7, 3),
        "10日内",
        "",
    ),
    (
        "重点检查（群众举报）",
        "濮阳市惠民大药房连锁有限公司",
        "限上零售",
        "统计报表由代账公司代填代报，企业无专人负责统计",
        "责令改正",
        date(2024, 7, 10),
        "15日内",
        "未整改",
    ),
    (
        "重点检查（专业科室反馈）",
        "濮阳市华龙区统计局",
        "政府统计机构",
        "2023年统计违法案件查处案卷缺少集体讨论记录和法制审核意见",
        "限期整改",
        date(2024, 7, 5),
        "2024年8月31日",
        "正在补齐案卷材料",
    ),
    (
        "常规检查",
        "濮阳市恒通物流有限公司",
        "规上服务业",
        "营业收入与增值税申报表不衔接，差额未作说明",
        "责令改正",
        date(2024, 7, 15),
        "15日内",
        "已整改",
    ),
]


def write_law(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num_format="yyyy-mm-dd")
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年上半年统计执法检查发现问题整改情况表", t, 0, 9),
        (1, 0, "填报单位：濮阳市统计局（执法监督科）    填报日期：2024年7月30日", plain, 1, 9),
    ]
    head = [
        "序号",
        "检查方式",
        "被检查单位",
        "专业",
        "发现的统计违法行为",
        "处理方式",
        "通知书送达日期",
        "改正期限",
        "整改情况",
        "备注",
    ]
    for col, word in enumerate(head):
        cells.append((2, col, word, h))
    for i, row in enumerate(LAW_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, day if isinstance(v, date) else (ctr if col in (1, 3, 5, 7) else c)))
        cells.append((r, 9, "", c))
    r = 3 + len(LAW_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查单位7家，立案1起，责令改正4家，警告1家", c, r, 9),
        (r + 1, 0, "注：改正期限自《责令改正通知书》送达之日起计算。", plain, r + 1, 9),
        (r + 2, 0, "填表人：高振华    审核人：王继红    联系电话：0393-4891253", plain, r + 2, 9),
    ]
    return _write_xls(path, [("执法检查", cells, [6, 16, 28, 12, 40, 10, 14, 14, 30, 8])])


# ---------------------------------------------------------------------------------------------
# 3. 档案行政执法检查, after a county 档案局's report on its 档案行政执法检查 (检查分两组进行, 城区组检查县直机关、
# 企事业单位和学校, 乡镇组检查乡镇; “听、看、查、议”; 存在问题: 不按规定立卷归档、立卷归档不及时, 归档文件收集不够
# 齐全, 档案保管设施陈旧、库房面积不足、装具不规范):
# http://jey722.cn/wen/79/157748.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the check dates, one table whose 检查组 column is merged
# down over each group's rows, the sender and date at the foot.
ARCHIVE_GROUPS = [
    (
        "城区组",
        [
            [
                "1",
                "濮阳县交通运输局",
                "2023年度文书档案未按规定立卷归档",
                "完成2023年度文书档案整理归档",
                "2024年9月30日",
                "正在整理，已完成约60%",
            ],
            [
                "2",
                "濮阳县发展和改革委员会",
                "重大项目审批文件收集不齐全，缺少批复件原件",
                "补齐批复原件并归档",
                "7月31日前",
                "已补齐并归档",
            ],
            [
                "3",
                "濮阳县统计局",
                "第五次全国经济普查档案未按专门档案单独整理",
                "按专门档案门类整理",
                "2024年8月底",
                "未整改",
            ],
            [
                "4",
                "濮阳县第一中学",
                "档案库房无温湿度记录，“八防”设施不全",
                "配置温湿度计、除湿机，建立登记",
                "2024.7.20",
                "已配置除湿机2台，建立温湿度登记",
            ],
        ],
    ),
    (
        "乡镇组",
        [
            [
                "5",
                "濮阳县庆祖镇人民政府",
                "重要活动照片未收集整理，仅存于个人电脑",
                "收集整理照片档案",
                "2024年10月31日",
                "",
            ],
            [
                "6",
                "濮阳县户部寨镇人民政府",
                "档案室与办公室混用，档案柜严重不足",
                "设立独立档案室，配置密集架",
                "年底前",
                "已腾出房间一间，正在购置密集架",
            ],
            [
                "7",
                "濮阳县渠村乡人民政府",
                "村级档案人员未经培训，归档文件目录编制不规范",
                "开展培训，重新编制目录",
                "2024年8月15日",
                "已组织培训，目录已重新编制",
            ],
            [
                "8",
                "濮阳县胡状镇人民政府",
                "到期档案未按规定向县档案馆移交",
                "按规定办理移交",
                "第三季度",
                "已与县档案馆对接，正在办理移交手续",
            ],
        ],
    ),
]


def write_archive_docx(path: Path) -> Path:
    doc = _new_document("县档案局")
    _title(doc, "2024年档案行政执法检查发现问题整改情况汇总表", 18)
    _paragraph(doc, "市档案局：", 14)
    _paragraph(
        doc,
        "按照全县档案工作要点安排，7月2日至5日，县档案局会同县档案馆组成两个检查组，采取“听、看、查、议”的方法，"
        "对8个县直单位和乡镇的档案管理进行了行政执法检查，现将发现问题及整改情况汇总如下：",
        14,
    )
    _grouped_table(
        doc,
        ["检查组", "序号", "被检查单位", "存在问题", "整改要求", "整改期限", "整改落实情况"],
        ARCHIVE_GROUPS,
    )
    _paragraph(doc, "中共濮阳县委办公室（县档案局）", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_archive(path: Path) -> Path:
    return via_soffice(write_archive_docx, path, "doc", "档案行政执法检查发现问题整改情况汇总表.docx")


# ---------------------------------------------------------------------------------------------
# 4. 保密自查自评, after the 机关单位内设机构保密自查自评基本项目 (保密工作责任制落实、涉密人员管理、国家秘密定密管理、
# 工作秘密管理、涉密文件管理、信息设备保密管理 … 宣传报道和信息公开保密审查, 11个方面34项; 内设机构负责人组织自查):
# https://www.guub.cn/articles/News-2340.html
# A .docx: title naming the bureau by its short name, 填报单位 line, one table whose 自查方面 column is merged over the
# rows of each aspect and whose rows name only the bureau's own 内设机构 (责任科室), a 说明 paragraph and the sender.
SECRET_GROUPS = [
    (
        "保密工作责任制落实",
        [
            [
                "1",
                "各科室",
                "内设机构负责人对本部门涉密人员落实保密要求督促提醒不经常",
                "每月开展一次保密提醒，纳入科室考核",
                "年底前",
                "",
            ],
        ],
    ),
    (
        "涉密人员管理",
        [
            ["2", "办公室", "2名新调入涉密人员未签订保密承诺书", "补签保密承诺书", "2024年7月10日", "已补签"],
            [
                "3",
                "人事科",
                "涉密人员因私出国（境）审批备案台账不完整",
                "逐人核对，完善备案台账",
                "2024年7月31日",
                "正在补录",
            ],
        ],
    ),
    (
        "涉密文件管理",
        [
            [
                "4",
                "国土空间规划科",
                "借阅涉密文件未履行审批登记手续",
                "建立借阅审批登记簿",
                "2024年7月5日",
                "已整改",
            ],
            [
                "5",
                "档案室",
                "待销毁涉密载体存放在普通文件柜中",
                "移入保密柜，按季度集中送销",
                "7月15日前",
                "已移入保密柜，7月12日已集中送销",
            ],
        ],
    ),
    (
        "信息设备保密管理",
        [
            [
                "6",
                "测绘地理信息科",
                "1台涉密计算机未粘贴密级标识，USB接口未封闭",
                "粘贴密级标识，封闭USB接口",
                "2024年7月20日",
                "未整改",
            ],
            [
                "7",
                "信息中心",
                "非涉密计算机中存有标注“内部”字样的工作秘密文件",
                "全面清理排查非涉密计算机",
                "2024年8月31日",
                "正在清理排查",
            ],
        ],
    ),
    (
        "宣传报道和信息公开保密审查",
        [
            [
                "8",
                "办公室",
                "门户网站发布信息未严格执行“先审后发”保密审查程序",
                "完善信息发布保密审查单",
                "长期坚持",
                "",
            ],
        ],
    ),
]


def write_secret(path: Path) -> Path:
    doc = _new_document("保密办")
    _title(doc, "市自然资源规划局2024年度保密自查自评问题整改清单", 18)
    _paragraph(doc, "填报单位：市自然资源规划局保密委员会办公室    填报日期：2024年7月25日", 12)
    _grouped_table(
        doc,
        ["自查方面", "序号", "责任科室", "存在问题", "整改措施", "完成时限", "整改情况"],
        SECRET_GROUPS,
    )
    _paragraph(doc, "说明：本清单由局保密办汇总，各内设机构按职责抓好整改，整改情况每月报局保密办。", 12)
    _paragraph(doc, "市自然资源规划局保密委员会办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 机关食堂反食品浪费工作成效评估, after a city 机关事务服务中心's joint 评估小组 (机关事务服务中心、市监局、公安局等;
# 对照《机关食堂反食品浪费工作成效评估标准》现场查阅资料并检查; 工作不规范、垃圾分类不明确、浪费严重等问题现场指出并
# 提出整改意见、整改时限):
# https://www.alsk.gov.cn/info/1021/63107.htm
# A CSV in GBK: a title line, a line naming the 评估小组 and the 反馈 date the working-day limits count from, one header
# line with 食堂名称 beside its 主管单位 (short names), a 合计 line and a 填表人 line.
CANTEEN_ROWS = [
    (
        "市公安局机关食堂",
        "市公安局",
        "垃圾分类",
        "厨余垃圾与其他垃圾混投，分类桶标识不清",
        "更换分类桶，张贴分类标识",
        "5个工作日内",
        "已整改",
    ),
    (
        "市市场监管局机关食堂",
        "市市场监管局",
        "供餐管理",
        "未提供小份菜、半份菜，自助餐无“少量多次”提示",
        "推出小份菜，设置提示牌",
        "10个工作日内",
        "已推出小份菜，提示牌正在制作",
    ),
    (
        "市政务服务中心职工食堂",
        "市政务服务中心",
        "食材管理",
        "食材采购无计划，冷库内存放过期食材2批次",
        "销毁过期食材，建立按需采购台账",
        "立行立改",
        "已当场销毁过期食材，建立按需采购台账",
    ),
    (
        "市卫健委机关食堂",
        "市卫健委",
        "宣传教育",
        "就餐区未张贴反食品浪费宣传标识",
        "张贴“光盘行动”宣传标识",
        "5个工作日内",
        "未整改",
    ),
    (
        "市税务局机关食堂",
        "市税务局",
        "浪费情况",
        "午餐剩余饭菜量偏大，未开展餐厨垃圾称重计量",
        "配备称重设备，按日登记",
        "2024年8月31日",
        "正在采购称重设备",
    ),
    (
        "市公积金中心职工食堂",
        "市公积金中心",
        "制度建设",
        "未制定反食品浪费工作制度和考核办法",
        "制定制度并上墙公示",
        "10个工作日内",
        "",
    ),
    (
        "市交通局机关食堂",
        "市交通局",
        "供餐管理",
        "未实行报餐制度，备餐量凭经验确定",
        "实行网上报餐，按报餐人数备餐",
        "2024年7月31日前",
        "已上线报餐小程序，整改完成",
    ),
]


def write_canteen(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["机关食堂反食品浪费工作成效评估问题整改台账", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "评估小组：市机关事务管理局、市市场监督管理局、市公安局；评估时间：2024年7月16日—17日；"
            "评估意见于2024年7月18日反馈，整改时限自反馈之日起计算",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["序号", "食堂名称", "主管单位", "评估项目", "存在问题", "整改意见", "整改时限", "整改情况"])
    for i, row in enumerate(CANTEEN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "评估机关食堂7家", "", "", "发现问题7个", "", "", ""])
    w.writerow(["填表人：韩丽娟", "联系电话：0393-8996175", "填报日期：2024年7月30日", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 公共机构节能工作监督检查, after a district 节能办's check of its 公共机构 (区法院、区环卫所及各街道办事处; 年度节能
# 工作计划及完成情况、节能宣传周活动开展情况、能耗指标原始数据留存情况; 夏季空调使用专项抽查; 少数单位未制定年度能耗
# 控制指标或制定的指标偏低, 空调设置在26度以下或无人时未关闭):
# http://jlfytg.com/html/.dllmjcdtcz.201309t20130918_601457.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/填报日期 line, one header row with 检查类别 and the 复查情况 the
# 节能办 writes beside the 整改完成情况, an 注 line and a 填表人 line.
ENERGY_ROWS = [
    (
        "年度计划",
        "濮阳市华龙区人民法院",
        "未制定2024年度能耗控制指标",
        "制定年度能耗控制指标并报区节能办备案",
        "2024年7月31日",
        "已制定并报备",
        "复查合格",
    ),
    (
        "年度计划",
        "华龙区环境卫生管理所",
        "制定的年度节能指标偏低，未达到人均综合能耗下降1%的要求",
        "修订年度节能指标",
        "2024年8月15日",
        "正在修订",
        "",
    ),
    (
        "能耗数据",
        "华龙区中原路街道办事处",
        "能耗统计原始票据未留存，1—6月电费票据缺失",
        "补齐票据，建立能耗原始数据台账",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "空调使用",
        "华龙区胜利路街道办事处",
        "部分办公室空调温度设置为22℃，低于26℃",
        "立即调整空调温度",
        "2024.7.12",
        "已调整",
        "复查合格",
    ),
    (
        "空调使用",
        "濮阳市华龙区人民检察院",
        "下班后无人办公室空调未关闭",
        "明确专人下班巡查关闭",
        "2024.7.12",
        "未整改",
        "",
    ),
    (
        "宣传活动",
        "华龙区孟轲乡人民政府",
        "未开展2024年节能宣传周活动",
        "补充开展节能宣传活动",
        "8月底前",
        "已制定活动方案",
        "",
    ),
    (
        "节能改造",
        "濮阳市华龙区人民医院",
        "老旧空调机组能效等级低，未列入节能改造计划",
        "纳入年度节能改造计划",
        "年底前",
        "已列入改造计划，正在编制实施方案",
        "",
    ),
]


def write_energy_book(path: Path) -> Path:
    b = Book(path, author="节能办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 24, 36, 28, 14, 22, 12])
    b.line(ws, 0, "华龙区公共机构节能工作监督检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区公共机构节能工作领导小组办公室    检查时间：2024年7月8日至7月11日    "
        "填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "检查类别", "公共机构名称", "存在问题", "整改要求", "整改时限", "整改完成情况", "复查情况"],
    )
    for i, row in enumerate(ENERGY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ENERGY_ROWS)
    b.line(ws, end + 1, "注：“复查情况”由区节能办复查后填写。", 7)
    b.line(ws, end + 2, "填表人：郑文静    联系电话：0393-8316620", 7)
    return b.close()


def write_energy(path: Path) -> Path:
    return via_soffice(write_energy_book, path, "xls", "华龙区公共机构节能工作监督检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 办公用房、会议室和公务接待专项督查, after a city 纪委监委驻机关事务局纪检监察组's 专项督查 of 办公用房、公务用车、
# 机关食堂和内部接待餐厅 (现场测量办公用房面积; 查阅公务接待台账; 对所有发现问题的单位下发整改通知书, 对照存在问题逐一
# 反馈整改结果):
# https://jjw.changzhou.gov.cn/html/jw/2019/HFFKPFKO_0523/15762.html
# An .xlsx: title, 督查单位/填报日期 line, a two-row header (督查发现 over 督查类别/问题表现, 整改反馈 over 整改结果/
# 督查组复核), 整改通知书编号, units by short and former names, a 合计 row and a 填表人 line.
RECEPTION_ROWS = [
    (
        "公务接待",
        "市商务局",
        "3次公务接待无派出单位公函，接待清单事由填写过于笼统",
        "濮督改〔2024〕01号",
        "2024年7月15日",
        "已补充说明，建立公函审核制度",
        "同意销号",
    ),
    (
        "公务接待",
        "市文广旅局",
        "接待对象6人，陪餐人数5人，超过规定标准",
        "濮督改〔2024〕02号",
        "2024年7月15日",
        "已对相关人员批评教育，超标费用已由个人退还",
        "同意销号",
    ),
    (
        "会议室",
        "市工信局",
        "将2间会议室改作领导休息室使用",
        "濮督改〔2024〕03号",
        "7月31日前",
        "已恢复1间，另1间正在腾退",
        "",
    ),
    (
        "会议室",
        "市医保局",
        "会议室长期闲置，未纳入统一调剂使用",
        "濮督改〔2024〕04号",
        "8月31日前",
        "",
        "",
    ),
    (
        "内部接待餐厅",
        "市城管执法局",
        "内部接待餐厅提供高档酒水，菜单无签字入账",
        "濮督改〔2024〕05号",
        "2024年7月20日",
        "已整改",
        "同意销号",
    ),
    (
        "公务接待",
        "市科技局",
        "公务接待用车未纳入公车平台统一调度",
        "濮督改〔2024〕06号",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "会议室",
        "市司法局",
        "视频会议室设备长期故障未报修",
        "濮督改〔2024〕07号",
        "2024年7月25日",
        "已报修，厂家正在维修",
        "",
    ),
    (
        "公务接待",
        "市退役军人局",
        "接待费报销凭证缺少接待清单",
        "濮督改〔2024〕08号",
        "2024年7月10日",
        "已补齐接待清单",
        "同意销号",
    ),
]


def write_reception(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 16, 40, 18, 14, 30, 12])
    b.line(ws, 0, "2024年二季度办公用房、会议室和公务接待专项督查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：濮阳市机关事务管理局、市纪委监委驻市机关事务管理局纪检监察组    填报日期：2024年7月29日",
        7,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "督查发现", b.head)
    b.header(ws, 3, ["督查类别", "被督查单位", "问题表现"], first=1)
    b.merge(ws, 2, 4, 3, 4, "整改通知书编号", b.head)
    b.merge(ws, 2, 5, 3, 5, "整改时限", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改反馈", b.head)
    b.header(ws, 3, ["整改结果", "督查组复核"], first=6)
    for i, row in enumerate(RECEPTION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RECEPTION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "督查市直单位32家，下发整改通知书8份，已销号4份")
    b.line(ws, end + 2, "填表人：邵明轩    联系电话：0393-8119037", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 政府网站与政务新媒体检查, after a city 政府办公室's 季度检查情况通报 (政府网站检查: 政策解读稿与原文未相互关联,
# 页面底部未规范添加党政机关标识, 依申请公开受理部门设置不合理, 专题栏目更新不及时; 政务新媒体: 微信公众号、抖音号
# 不合格、存在突出问题、截止通报前问题未整改到位):
# https://xianyang.gov.cn/zmhd/jgtb/202502/t20250225_1919841.html
# An .xlsx: title, 填报单位 line, two blocks on one sheet — 一、政府网站 and 二、政务新媒体 — each with its own header
# row (the second with 账号名称 and 平台), a 合计 row and a 注 line.
SITE_ROWS = [
    (
        "清丰县人民政府门户网站",
        "清丰县人民政府",
        "政策解读稿与政策原文未相互关联",
        "2024年7月15日",
        "已完成",
    ),
    (
        "濮阳市司法局网站",
        "市司法局",
        "“法治宣传”“公共法律服务”等3个专题栏目超过6个月未更新",
        "2024年7月15日",
        "已更新",
    ),
    (
        "濮阳市公安局交警支队网站",
        "市公安交警支队",
        "部分页面底部未规范添加党政机关标识",
        "2024年7月20日",
        "正在整改",
    ),
    (
        "南乐县人民政府门户网站",
        "南乐县人民政府",
        "依申请公开受理机构设置不合理，未标明受理部门",
        "2024年7月31日",
        "",
    ),
]
MEDIA_ROWS = [
    (
        "濮阳统计",
        "微信公众号",
        "市统计局",
        "账号超过14天未更新，最近一次更新为6月12日",
        "2024年7月10日",
        "已恢复更新",
    ),
    (
        "濮阳县智慧农业",
        "抖音号",
        "濮阳县农业农村局",
        "3个月内无原创信息",
        "2024年7月31日",
        "拟关停注销，正在办理",
    ),
    (
        "华龙退役军人",
        "微信公众号",
        "濮阳市华龙区退役军人事务局",
        "未提供有效互动渠道，留言功能关闭",
        "2024年7月20日",
        "未整改",
    ),
    (
        "濮阳气象",
        "新浪微博",
        "市气象局",
        "账号名称变更后未在全国政务新媒体信息报送系统更新",
        "2024年8月15日",
        "已提交变更申请，待审核",
    ),
]


def write_web(path: Path) -> Path:
    b = Book(path, author="政务公开科")
    ws = b.sheet("检查问题整改")
    b.widths(ws, [6, 26, 12, 22, 44, 14, 24])
    b.line(ws, 0, "全市政府网站与政务新媒体第二季度检查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（政务公开科）    填报日期：2024年7月26日", 6)
    b.merge(ws, 2, 0, 2, 6, "一、政府网站", b.section)
    b.header(ws, 3, ["序号", "网站名称", "主办单位"])
    b.merge(ws, 3, 3, 3, 4, "存在问题", b.head)
    b.header(ws, 3, ["整改时限", "整改情况"], first=5)
    r = 4
    for i, (site, owner, problem, limit, state) in enumerate(SITE_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [site, owner], first=1)
        b.merge(ws, r, 3, r, 4, problem)
        b.row(ws, r, [limit, state], first=5)
        r += 1
    b.merge(ws, r, 0, r, 6, "二、政务新媒体", b.section)
    r += 1
    b.header(ws, r, ["序号", "账号名称", "平台", "开办单位", "存在问题", "整改时限", "整改情况"])
    r += 1
    for i, row in enumerate(MEDIA_ROWS, len(SITE_ROWS) + 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "检查政府网站48家、政务新媒体286个，发现问题8个")
    b.line(ws, r + 2, "注：整改情况由各主办（开办）单位核实后报送，市政府办公室汇总。", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 政府信息公开专栏更新情况, after a district 信息公开办's 通报 of its portal's 《信息公开》专栏 (网站群38个子网中
# 13个单位信息公开相对滞后; 只更新其中一个子项目, 其他子项目“空架子”; 最近更新日期; 机构职能、政策法规、规划计划、
# 城市建管、为民办实事项目等子项目):
# http://www.thedailysubmissive.com/news/3697.htm
# An .xlsx: title, 通报时间 line, one header row with 子项目 and 最近更新日期 (an event date) beside the 责任单位,
# 是否整改到位 (是/否) and 整改说明, a 填表人 line.
OPEN_ROWS = [
    (
        "华龙区黄河路街道办事处",
        "规划计划",
        date(2024, 2, 26),
        "“规划计划”子项目自2月26日以来未更新",
        "2024年7月15日",
        "是",
        "已更新",
    ),
    (
        "濮阳市华龙区财政局",
        "财政资金",
        date(2024, 3, 18),
        "预决算公开子项目仅发布2023年预算，未公开2023年决算",
        "2024年7月31日",
        "否",
        "正在整理2023年决算公开材料",
    ),
    (
        "华龙区长庆路街道办事处",
        "为民办实事项目",
        None,
        "为民办实事项目子项目为空，无任何信息",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "濮阳市华龙区城市管理局",
        "城市建管",
        date(2024, 3, 5),
        "城市建管子项目最近一次更新为3月5日",
        "2024年7月20日",
        "是",
        "",
    ),
    (
        "华龙区岳村镇人民政府",
        "机构职能",
        date(2023, 11, 2),
        "机构职能信息未随机构改革调整，仍为2019年版本",
        "2024年8月10日",
        "否",
        "",
    ),
    (
        "濮阳市华龙区民政局",
        "政策法规",
        date(2024, 6, 28),
        "政策法规子项目发布的文件未标注有效性",
        "2024年8月31日",
        "否",
        "已标注2024年文件，历史文件正在核对",
    ),
    (
        "华龙区孟轲乡人民政府",
        "全部子项目",
        date(2024, 7, 1),
        "仅更新“工作动态”子项目，其他子项目“空架子”",
        "2024年7月31日",
        "是",
        "已补充发布各子项目信息",
    ),
]


def write_open(path: Path) -> Path:
    b = Book(path, author="政务公开办")
    ws = b.sheet("专栏更新")
    b.widths(ws, [6, 26, 14, 14, 40, 14, 12, 30])
    b.line(ws, 0, "华龙区政府网站《信息公开》专栏更新滞后问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "通报时间：2024年7月5日（截至7月5日10时，网站群36个子网中7个单位专栏更新滞后）    "
        "填报单位：华龙区政务公开办公室",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "责任单位", "子项目", "最近更新日期", "存在问题", "整改时限", "是否整改到位", "整改说明"],
    )
    for i, row in enumerate(OPEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        unit, sub, last, problem, limit, done, note = row
        b.row(ws, 2 + i, [unit, sub], first=1)
        b.put(ws, 2 + i, 3, last if last is not None else "", b.day if last is not None else b.cell)
        b.row(ws, 2 + i, [problem, limit], first=4)
        b.put(ws, 2 + i, 6, done, b.center)
        b.put(ws, 2 + i, 7, note)
    end = 3 + len(OPEN_ROWS)
    b.line(ws, end + 1, "填表人：吴佳琪    审核人：杜志强    填报日期：2024年7月30日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 12345热线知识库知识点核查更新, after a city 政府办公室's notice on what units send to the 12345 数据支撑系统知识库
# (每条知识点包括类目、标题、内容、发文单位、材料性质、关键字; 类目路径用“/”分隔, 如 河南省便民热线/信阳市/12345热线/
# 民政; 材料性质: 办事指南、法律法规、热点问答、日常咨询类、通知公告、业务指引; 关键字与标题不能完全相同; 每周五完成
# 推送和更新):
# https://xinyang.gov.cn/2021/11-22/2948071.html
# A .zip of two returns in that notice's columns plus 核查发现问题/更新时限/更新情况: the 市人社局's .xlsx (类目 paths,
# 填报单位 line, 填表说明) and the 市医保局's .docx (a table, 知识库管理员 line).
HRSS_ROWS = [
    (
        "河南省便民热线/濮阳市/12345热线/人社/就业创业",
        "灵活就业人员社保补贴申领",
        "办事指南",
        "补贴标准仍为2023年标准，未按新文件更新",
        "市人社局",
        "2024年7月19日",
        "已更新",
    ),
    (
        "河南省便民热线/濮阳市/12345热线/人社/社会保险",
        "城乡居民养老保险缴费档次",
        "热点问答",
        "缴费档次表缺少2024年新增档次",
        "市人社局",
        "2024年7月26日",
        "正在更新",
    ),
    (
        "河南省便民热线/濮阳市/12345热线/人社/劳动关系",
        "欠薪投诉受理渠道",
        "日常咨询类",
        "受理电话已变更，知识点仍为旧号码",
        "市人社局",
        "2024年7月12日",
        "已更新",
    ),
    (
        "河南省便民热线/濮阳市/12345热线/人社/职业技能",
        "职业技能等级认定报名",
        "通知公告",
        "报名通知已过期，未及时下架",
        "市人社局",
        "2024年7月19日",
        "",
    ),
    (
        "河南省便民热线/濮阳市/12345热线/人社/人事人才",
        "高层次人才引进政策",
        "业务指引",
        "关键字与标题完全相同，检索命中率低",
        "市人社局",
        "2024年8月2日",
        "未整改",
    ),
]
MEDICARE_ROWS = [
    [
        "1",
        "河南省便民热线/濮阳市/12345热线/医保",
        "职工医保门诊共济报销比例",
        "热点问答",
        "报销比例表述与现行政策不一致",
        "2024年7月19日",
        "已更新",
    ],
    [
        "2",
        "河南省便民热线/濮阳市/12345热线/医保",
        "异地就医备案办理",
        "办事指南",
        "缺少国家医保服务平台APP线上备案渠道说明",
        "2024年7月26日",
        "正在修改",
    ],
    [
        "3",
        "河南省便民热线/濮阳市/12345热线/医保",
        "城乡居民医保集中缴费期",
        "通知公告",
        "2024年度集中缴费期已结束，通知未下架",
        "2024年7月12日",
        "已下架",
    ],
    [
        "4",
        "河南省便民热线/濮阳市/12345热线/医保",
        "医保定点零售药店查询",
        "日常咨询类",
        "定点药店名单未随新增协议机构同步更新",
        "每月更新，长期坚持",
        "",
    ],
]


def write_hrss_book(path: Path) -> Path:
    b = Book(path, author="人社局办公室")
    ws = b.sheet("知识点核查")
    b.widths(ws, [6, 40, 26, 12, 36, 12, 14, 14])
    b.line(ws, 0, "12345热线知识库知识点核查更新情况表", 7, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市人力资源和社会保障局    知识库管理员：潘雨婷    填报日期：2024年7月26日", 7
    )
    b.header(ws, 2, ["序号", "类目", "标题", "材料性质", "核查发现问题", "发文单位", "更新时限", "更新情况"])
    for i, row in enumerate(HRSS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HRSS_ROWS)
    b.line(ws, end + 1, "填表说明：类目路径用“/”分隔；知识点须于每周五前完成推送和更新。", 7)
    return b.close()


def write_medicare_docx(path: Path) -> Path:
    doc = _new_document("医保局")
    _title(doc, "12345热线知识库知识点核查更新情况表", 16)
    _paragraph(doc, "填报单位：濮阳市医疗保障局    知识库管理员：祁晓东    填报日期：2024年7月26日", 11)
    _table(
        doc,
        ["序号", "类目", "标题", "材料性质", "核查发现问题", "更新时限", "更新情况"],
        MEDICARE_ROWS,
        size=10,
    )
    _paragraph(doc, "联系电话：0393-8877316", 11)
    return _save_fixed(doc, path)


def write_hotline(path: Path) -> Path:
    members = [
        ("12345热线知识库知识点核查更新情况表（市人社局）.xlsx", write_hrss_book),
        ("12345热线知识库知识点核查更新情况表（市医保局）.docx", write_medicare_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年上半年农村统计数据质量核查反馈问题整改台账（濮阳县统计局）.xlsx", write_rural),
    ("2024年上半年统计执法检查发现问题整改情况表.xls", write_law),
    ("2024年档案行政执法检查发现问题整改情况汇总表.doc", write_archive),
    ("市自然资源规划局2024年度保密自查自评问题整改清单.docx", write_secret),
    ("机关食堂反食品浪费工作成效评估问题整改台账.csv", write_canteen),
    ("华龙区公共机构节能工作监督检查问题整改台账.et", write_energy),
    ("办公用房会议室和公务接待专项督查问题整改台账.xlsx", write_reception),
    ("第二季度政府网站与政务新媒体检查问题整改情况表.xlsx", write_web),
    ("华龙区政府信息公开专栏更新情况整改台账.xlsx", write_open),
    ("12345热线知识库知识点核查更新情况（人社、医保）.zip", write_hotline),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

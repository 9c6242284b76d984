"""Write the aside116 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, ticks under the three 问题类型), .ods (LibreOffice
conversion, zip times fixed), a CSV in UTF-8 with BOM (a mailbox export), a .docx report whose items are numbered
paragraphs, a .wps (Word 97 via LibreOffice) with a table, and a .zip of two returns (an .xlsx and a .docx).
Campaigns: 作风建设, 形式主义为基层减负, 网络安全, 国有资产, 粮食安全, 危化品, 供水供电, 公共卫生, 国企改革,
民营企业诉求. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside116.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
from docx.enum.section import WD_ORIENT
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.num = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})
        self.area = add({"border": 1, "num_format": "0", "align": "center", "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .wps returns")
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


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
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
# 1. 纪律作风督查, after a city 城市管理局's account of its 局纪委 and 督查二科（考评办） checking the 纪律作风 of its 17
# 街道执法中队 and 18 环卫所 together with its 43项重点工作 and the 局领导重点关切的工作 (存在问题: “制度上墙”落实不到位,
# 协管人员着装、言行, 办公秩序、桌面不整、杂物乱堆乱放; 检查情况作为作风考核成绩的依据, 在《考核通报》中全局通报):
# https://haomeiwen.com/subject/zybtsftx.html
# An .xlsx: title, a line naming the 督查单位, the 督查对象 and the 填报单位 (a section of the bureau), one header row
# with 督查日期 (the base of 立行立改), 督查类别 as the source's three heads, rows naming only the bureau's own 中队/环卫所,
# a 复查情况 column, a 注 line and a 填表人 line.
STYLE_ROWS = [
    (
        date(2024, 7, 8),
        "胜利路执法中队",
        "纪律作风",
        "中队“制度上墙”内容未及时更新，仍为2022年版岗位职责",
        "更新上墙制度和信息公开内容",
        "2024年7月20日",
        "已更新上墙",
        "已整改到位",
    ),
    (
        date(2024, 7, 8),
        "开州路执法中队",
        "纪律作风",
        "2名协管人员执勤时未按规定着装、未佩戴工作证",
        "加强协管人员着装和言行管理",
        "立行立改",
        "已当场纠正",
        "已整改到位",
    ),
    (
        date(2024, 7, 9),
        "大庆路执法中队",
        "纪律作风",
        "办公室桌面不整，走廊杂物乱堆乱放",
        "清理办公区域，规范办公秩序",
        "7月15日前",
        "未整改",
        "",
    ),
    (
        date(2024, 7, 9),
        "第三环卫所",
        "纪律作风",
        "上班时间1名工作人员脱岗且未履行请假手续",
        "严格考勤和请销假管理",
        "2024年7月31日",
        "已约谈当事人，正在修订所内考勤制度",
        "",
    ),
    (
        date(2024, 7, 10),
        "第七环卫所",
        "重点工作",
        "背街小巷垃圾清运不及时，部分点位存在积存垃圾",
        "增加清运频次，实行定时巡查",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        date(2024, 7, 10),
        "任丘路执法中队",
        "重点工作",
        "占道经营专项整治台账记录不全，处置结果未闭环",
        "完善整治台账，逐件闭环",
        "2024年8月10日",
        "",
        "",
    ),
    (
        date(2024, 7, 11),
        "第十一环卫所",
        "局领导关注事项",
        "环卫工人高温作业防暑降温物资发放不到位",
        "足额补发防暑降温物资",
        "7月20日前",
        "已补发",
        "已整改到位",
    ),
    (
        date(2024, 7, 12),
        "昆吾执法中队",
        "纪律作风",
        "中队信息公开栏未公示投诉监督电话",
        "公示投诉监督电话和监督人员",
        "2024年7月18日",
        "正在制作公示牌",
        "",
    ),
]


def write_style(path: Path) -> Path:
    b = Book(path, author="督查二科")
    ws = b.sheet("7月督查")
    b.widths(ws, [6, 12, 16, 14, 36, 26, 14, 28, 14])
    b.line(ws, 0, "2024年7月份纪律作风督查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "督查单位：局纪委、督查二科（考评办）    督查对象：局属17个街道执法中队、18个环卫所    "
        "填报单位：濮阳市城市管理局督查二科",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督查日期",
            "被督查中队（所）",
            "督查类别",
            "存在问题",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
    )
    for i, row in enumerate(STYLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STYLE_ROWS)
    b.line(
        ws,
        end,
        "注：“复查情况”为督查二科7月25日复查结果；本次督查情况作为7月份作风考核成绩的重要依据，"
        "在《考核通报》中全局通报。",
        8,
    )
    b.line(ws, end + 1, "填表人：吕思源    审核：郭志刚    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 整治形式主义为基层减负问题线索, after a city's 市级层面整治形式主义为基层减负专项工作机制 notice collecting 问题线索
# (征集范围: 急功近利、“形象工程”; 统计造假; 违规变相开展评比表彰、创建示范; 填表报数过多过频、“指尖上的形式主义”、
# 违规借调干部; “文山会海”; 督查检查考核、调研考察中的形式主义; 征集方式: “许昌督查”微信公众号“问题线索直通车”;
# 严肃核查处置，督促整改落实):
# https://i.xddjob.com/40240.html
# A .wps (Word 97 via LibreOffice), landscape: title, 第三批 line, 填报单位 line, a paragraph naming the channels and
# stating that 工作日 count from the 交办 date, one table with 线索来源, the source's 问题类别, 核查情况, the 承办单位 by
# short and former names (市人社局, 市卫健委, 市城管局, 市农业局), 交办日期 and 办理时限, a 说明 and a 联系人 line.
BURDEN_ROWS = [
    (
        "“问题线索直通车”留言",
        "填表报数过多过频",
        "乡镇每周须向市人社局报送就业帮扶台账，内容与省就业平台数据重复",
        "属实",
        "市人社局",
        "2024.7.1",
        "2024年7月20日",
        "已取消周报，改由平台直接提取数据，已办结",
    ),
    (
        "12345热线转办",
        "“指尖上的形式主义”",
        "家庭医生签约服务App要求村医每日上传工作照片，上传情况与绩效挂钩",
        "属实",
        "市卫健委",
        "2024.7.8",
        "15个工作日内",
        "正在整改，已暂停照片上传考核",
    ),
    (
        "群众来信",
        "督查检查考核",
        "对乡镇开展城市管理“月月查”，每次要求提供纸质台账和现场照片",
        "部分属实",
        "市城管局",
        "2024.7.3",
        "8月底前",
        "已制定合并检查方案，待局务会审定",
    ),
    (
        "“问题线索直通车”留言",
        "违规借调干部",
        "从乡镇借调3名干部超过6个月未返岗",
        "属实",
        "市统计局",
        "2024.7.1",
        "2024年7月15日",
        "3名借调干部已全部返岗",
    ),
    (
        "“问题线索直通车”留言",
        "“文山会海”",
        "学校安全工作先后印发3个文件，并要求各学校制定配套文件",
        "属实",
        "市教育局",
        "2024.7.10",
        "2024年7月31日",
        "",
    ),
    (
        "12345热线转办",
        "违规评比表彰、创建示范",
        "要求各村开展“美丽庭院”评比，村集体花钱制作展板迎检",
        "属实",
        "清丰县城关镇人民政府",
        "2024.7.5",
        "2024年7月25日",
        "未整改",
    ),
    (
        "群众来信",
        "急功近利、“形象工程”",
        "镇区入口景观提升项目大面积铺种草皮，后期管护资金无着落",
        "属实",
        "濮阳县庆祖镇人民政府",
        "2024.7.5",
        "2024年9月30日",
        "已停止新增投入，管护方案正在制定",
    ),
    (
        "“问题线索直通车”留言",
        "“文山会海”",
        "召开专项工作会议要求乡镇主要负责人参会，存在层层陪会",
        "部分属实",
        "市农业局",
        "2024.7.12",
        "长期坚持",
        "严控参会范围，长期坚持",
    ),
]


def write_burden_docx(path: Path) -> Path:
    doc = _new_document("专项工作机制办公室", landscape=True)
    _title(doc, "濮阳市整治形式主义为基层减负问题线索核查办理情况表", 18)
    _paragraph(doc, "（第三批）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "填报单位：濮阳市市级层面整治形式主义为基层减负专项工作机制办公室    填报日期：2024年7月30日",
        12,
    )
    _paragraph(
        doc,
        "线索来源：“濮阳督查”微信公众号“问题线索直通车”留言、12345热线转办及群众来信。"
        "办理时限按工作日计算的，自交办之日起计算。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(BURDEN_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "线索来源",
            "问题类别",
            "反映问题",
            "核查情况",
            "承办单位",
            "交办日期",
            "办理时限",
            "办理结果",
        ],
        body,
        size=10,
    )
    _paragraph(doc, "说明：核查情况分“属实”“部分属实”“不属实”三类，经核查不属实的线索不列入本表。", 12)
    _paragraph(doc, "联系人：韩立新    联系电话：0393-8998612", 12)
    return _save_fixed(doc, path)


def write_burden(path: Path) -> Path:
    return via_soffice(write_burden_docx, path, "doc", "基层减负问题线索核查办理情况表.docx")


# ---------------------------------------------------------------------------------------------
# 3. “两高一弱”问题自查整改, after a college's notice to 各部门 (根据公安部、教育部“两高一弱”自查整治工作的函; 全面梳理
# 端口、建立端口清单、对比《高危端口列表》（附件2）关闭高危端口; 排查弱口令、默认口令、空口令; 高危漏洞):
# http://xinsc.lsnu.edu.cn/info/1109/3309.htm
# An .xls (xlwt): title, 填报单位 line naming the college's 网络与信息中心, a two-row header with 问题类型 merged over
# 高危端口/高危漏洞/弱口令 (ticks √), rows naming only the college's own 部门, a 注 line and a signature line.
CYBER_ROWS = [
    (
        "教务处",
        "教务管理系统服务器",
        "10.20.1.15",
        "3389",
        ("√", "", ""),
        "服务器远程桌面3389端口映射至互联网",
        "关闭公网映射，仅允许堡垒机访问",
        "2024年7月10日",
        "已整改，复测端口已关闭",
    ),
    (
        "图书馆",
        "图书管理系统",
        "10.20.3.8",
        "8080",
        ("", "√", ""),
        "Tomcat中间件版本过低，存在远程代码执行漏洞",
        "升级中间件至最新稳定版本",
        "2024年7月31日",
        "整改中，测试环境已升级完成",
    ),
    (
        "财务处",
        "网上报销系统数据库",
        "10.20.2.21",
        "—",
        ("", "", "√"),
        "数据库管理员账号仍使用安装时的默认口令",
        "修改为符合复杂度要求的口令",
        "2024年7月5日",
        "已整改",
    ),
    (
        "学生工作处",
        "迎新报到系统",
        "10.20.5.30",
        "445",
        ("√", "", ""),
        "服务器开放445文件共享端口且未做访问控制",
        "关闭445端口",
        "2024年7月15日",
        "",
    ),
    (
        "网络与信息中心",
        "统一身份认证平台",
        "10.20.0.5",
        "—",
        ("", "", "√"),
        "12个教职工账号使用“123456”等简单口令",
        "强制重置口令并启用口令复杂度策略",
        "2024年7月20日",
        "未整改",
    ),
    (
        "后勤管理处",
        "校园一卡通系统",
        "10.20.6.12",
        "1433",
        ("√", "", ""),
        "SQL Server数据库1433端口未限制访问来源",
        "配置源IP白名单访问控制",
        "2024年8月15日",
        "整改中，正在配置防火墙策略",
    ),
    (
        "招生就业处",
        "招生信息网",
        "10.20.4.2",
        "80",
        ("", "√", ""),
        "网站后台登录页面存在SQL注入漏洞",
        "通知开发单位修复漏洞",
        "2024年7月25日",
        "已整改，开发单位修复后复测通过",
    ),
    (
        "继续教育学院",
        "培训报名系统",
        "10.20.7.9",
        "22",
        ("√", "", "√"),
        "SSH服务22端口对外开放且root账号口令长期未更换",
        "关闭对外SSH服务，更换口令后迁移至新平台",
        "第三季度",
        "整改中，系统已停用，待迁移",
    ),
]


def write_cyber(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "濮阳职业技术学院“两高一弱”问题自查整改情况汇总表", t, 0, last),
        (1, 0, "填报单位：濮阳职业技术学院网络与信息中心（盖章）    填报日期：2024年7月26日", plain, 1, last),
    ]
    for col, word in enumerate(["序号", "责任部门", "系统（设备）名称", "IP地址", "端口"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "问题类型", h, 2, 7),
        (3, 5, "高危端口", h),
        (3, 6, "高危漏洞", h),
        (3, 7, "弱口令", h),
    ]
    for col, word in enumerate(["问题描述", "整改措施", "整改时限", "整改情况"], start=8):
        cells.append((2, col, word, h, 3, col))
    for i, (dept, system, ip, port, ticks, problem, measure, limit, state) in enumerate(CYBER_ROWS, 1):
        r = 3 + i
        values = [i, dept, system, ip, port, *ticks, problem, measure, limit, state]
        for col, v in enumerate(values):
            cells.append((r, col, v, ctr if col in (0, 3, 4, 5, 6, 7) else c))
    r = 4 + len(CYBER_ROWS)
    cells += [
        (
            r,
            0,
            "注：1.问题类型在对应栏打“√”；2.高危端口对照《2024版高危端口列表》（附件2）核对；"
            "3.整改情况填写“已整改”“整改中”或“未整改”并简要说明。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "部门负责人：王德民    填表人：余凤林    联系电话：0393-6663210", plain, r + 1, last),
    ]
    widths = [6, 14, 18, 13, 8, 9, 9, 9, 36, 30, 14, 26]
    return _write_xls(path, [("自查整改汇总", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 闲置国有资产清查盘活, after a 镇's account of its 国有资产闲置处置 (对标巡视反馈问题, 专题会, 摸底清查, 五处闲置,
# 占地面积、建筑面积、账面净值, 分类建立台账、动态管理; 一处一策: 调剂、出租盘活, 鉴定为D级危房后申报拆除, 维修加固
# 后移交社区使用):
# https://www.cncx.gov.cn/news/show/20231107174003370.html
# An .xlsx: title, 填报单位/面积单位/金额单位 line, a two-row header (资产情况 over 占地面积/建筑面积/账面净值, 盘活处置
# （一处一策） over 处置方式/具体措施/完成时限), the 资产使用单位 (镇人民政府 and county bureaus) as units, a 合计 row
# with sums, a 注 line and a signature line.
ASSET_ROWS = [
    (
        "范县陈庄镇人民政府",
        "原杨集乡政府办公楼",
        "乡镇撤并后办公楼闲置3年，未纳入盘活计划",
        1520,
        980,
        386420.15,
        "调剂",
        "调剂给县供销合作社作为农资仓储用房",
        "2024年6月30日",
        "已办理调剂手续并完成移交",
    ),
    (
        "范县陈庄镇人民政府",
        "原杨集兽防站",
        "兽防站房屋闲置，长期无人管理",
        460,
        210,
        65318.40,
        "出租",
        "资产评估后公开招租",
        "2024年9月30日",
        "已完成资产评估，正在公开招租",
    ),
    (
        "范县辛庄镇人民政府",
        "原张庄乡兽防站",
        "房屋年久失修，存在倒塌安全隐患",
        380,
        190,
        21870.00,
        "拆除",
        "委托鉴定，属D级危房的按程序申报拆除",
        "2024年10月底前",
        "已出具D级危房鉴定报告，正在申报拆除",
    ),
    (
        "范县辛庄镇人民政府",
        "西街社区大礼堂",
        "大礼堂闲置，屋面局部漏雨",
        900,
        620,
        152600.00,
        "维修后移交使用",
        "维修加固后移交社区作为会议和文化活动场所",
        "8月底前",
        "未启动",
    ),
    (
        "范县教育局",
        "原高码头乡第二初级中学校舍",
        "学校撤并后校舍整体闲置",
        12600,
        3860,
        1248900.00,
        "转换用途",
        "转用为中小学生研学实践基地",
        "2024年12月31日",
        "",
    ),
    (
        "范县卫生健康委员会",
        "原龙王庄镇卫生院旧门诊楼",
        "新院区投用后旧门诊楼闲置",
        1100,
        1450,
        408700.00,
        "出租",
        "公开招租，租金缴入国库",
        "2024年7月15日",
        "已签订租赁合同，首期租金已缴入国库",
    ),
    (
        "范县农业农村局",
        "原农机推广站农机具库房",
        "库房闲置，被个人占用堆放杂物",
        1300,
        560,
        97450.00,
        "调剂",
        "清理占用后调剂给县应急物资储备使用",
        "第三季度",
        "已清理占用物品，正在办理调剂审批",
    ),
]


def write_asset(path: Path) -> Path:
    b = Book(path, author="国资股")
    ws = b.sheet("闲置资产台账")
    b.widths(ws, [6, 20, 24, 30, 10, 10, 14, 12, 30, 14, 26])
    b.line(ws, 0, "范县行政事业性闲置国有资产清查盘活处置台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县财政局（国有资产管理股）    填报日期：2024年7月29日    面积单位：平方米    金额单位：元",
        10,
    )
    for c, word in enumerate(["序号", "资产使用单位", "资产名称", "存在问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "资产情况", b.head)
    b.header(ws, 3, ["占地面积", "建筑面积", "账面净值"], first=4)
    b.merge(ws, 2, 7, 2, 9, "盘活处置（一处一策）", b.head)
    b.header(ws, 3, ["处置方式", "具体措施", "完成时限"], first=7)
    b.merge(ws, 2, 10, 3, 10, "进展情况", b.head)
    for i, row in enumerate(ASSET_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        unit, name, problem, land, floor, value, how, measure, limit, progress = row
        b.row(ws, r, [unit, name, problem], first=1)
        b.put(ws, r, 4, land, b.area)
        b.put(ws, r, 5, floor, b.area)
        b.put(ws, r, 6, value, b.num)
        b.row(ws, r, [how, measure, limit, progress], first=7)
    end = 4 + len(ASSET_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, sum(r[3] for r in ASSET_ROWS), b.area)
    b.put(ws, end, 5, sum(r[4] for r in ASSET_ROWS), b.area)
    b.put(ws, end, 6, round(sum(r[5] for r in ASSET_ROWS), 2), b.num)
    b.merge(ws, end, 7, end, 10, "闲置资产7处", b.cell)
    b.line(
        ws,
        end + 1,
        "注：本表根据县委巡察反馈问题整改要求，对各单位闲置国有资产摸底清查后建立，实行动态管理，处置完成一处销号一处。",
        10,
    )
    b.line(ws, end + 2, "负责人：杜明远    填表人：侯晓静    联系电话：0393-5221708", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 粮食安全隐患“大、快、严”检查, after a city's week-long check of its 18个粮库、3个油库、8个加工厂 (是否严格执行国家
# 粮食收购政策, 有无压级压价、打“白条”、以次充好、以陈顶新、拒收限收; 安全储粮、安全生产、粮食出库; 发现: 粮库消防
# 设施不全, 熏蒸防虫药剂磷化铝管理不规范, 储粮通风不科学, 轮换粮不及时, 调查经费不足):
# https://ls.rednet.cn/c/2017/10/11/769418.htm
# A .docx report: title, 主送, a preamble with the scope and the number of problems, the items as numbered paragraphs
# under 一、发现问题及整改情况, each naming its 责任单位, 整改措施, 整改时限 and 整改情况, a 二、下一步工作 paragraph,
# the sender and date at the foot.
GRAIN_PARAS = [
    (
        "1.市储备粮城北库区磷化铝熏蒸药剂存放不规范，未落实双人双锁管理。责任单位：濮阳市储备粮管理有限公司。"
        "整改措施：设置专用药品库，实行双人双锁、专人专账管理。整改时限：2024年7月10日。整改情况：已完成整改。"
    ),
    (
        "2.马庄桥粮库仓房区消防设施不全，室外消火栓水压不足。责任单位：清丰县粮食购销有限公司。"
        "整改措施：检测消防管网，更换消防加压泵。整改时限：8月底前。整改情况：已完成管网检测，正在更换加压泵。"
    ),
    (
        "3.永丰粮库储粮通风不科学，3号、5号仓局部粮温偏高。责任单位：南乐县永丰粮油购销有限公司。"
        "整改措施：调整机械通风方案，加密粮情检测。整改时限：2024年7月12日。整改情况：已调整通风方案，粮温恢复正常，整改完毕。"
    ),
    (
        "4.2022年入库的地方储备小麦超期储存，轮换不及时。责任单位：范县粮食储备库。"
        "整改措施：制定轮换计划，完成超期小麦轮换出库。整改时限：2024年9月30日。整改情况：尚未启动。"
    ),
    (
        "5.原粮入库检验记录不全，存在以陈顶新风险。责任单位：台前县丰裕面粉有限公司。"
        "整改措施：建立原粮入库质量检验台账，逐批留样。整改时限：2024年7月20日。"
    ),
    (
        "6.收购小麦时压级压价，向售粮农民打“白条”。责任单位：濮阳县宏达粮油贸易有限公司。"
        "整改措施：责令立即兑付售粮款，依法立案查处。整改时限：2024年7月31日。整改情况：售粮款已全部兑付，正在立案调查。"
    ),
    (
        "7.油罐区防雷装置检测超期。责任单位：濮阳市中原粮油储运有限公司。"
        "整改措施：委托有资质的机构检测。整改时限：2024年7月8日。整改情况：已检测，结果合格。"
    ),
    (
        "8.地方储备粮管理费用补贴未足额拨付，影响承储企业日常管护。责任单位：清丰县财政局。"
        "整改措施：足额安排储备粮管理费用补贴。整改时限：年底前。整改情况：已纳入下半年预算调整方案。"
    ),
]


def write_grain(path: Path) -> Path:
    doc = _new_document("粮食科")
    _title(doc, "濮阳市发展和改革委员会关于粮食安全隐患“大快严”排查整治情况的报告")
    _paragraph(doc, "市委督查局：")
    _paragraph(
        doc,
        "按照市委、市政府关于守牢粮食安全底线的部署，7月1日至7月5日，我委组织对全市18个粮库、3个油库、"
        "8个粮食加工企业的粮油库存开展了粮食安全隐患“大、快、严”排查整治，重点检查粮食收购政策执行（压级压价、"
        "打“白条”、以次充好、以陈顶新、拒收限收）、安全储粮、安全生产和粮食出库等情况，共发现问题8个。"
        "现将问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、发现问题及整改情况", font="黑体")
    for text in GRAIN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我委将对未完成整改的问题逐项跟踪督办，整改一个、销号一个，并结合秋粮收购开展“回头看”，"
        "确保粮食数量真实、质量良好、储存安全。",
    )
    _paragraph(doc, "濮阳市发展和改革委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 危险化学品重大危险源企业隐患整改督办, after a district 应急管理局's account of following up the city's 《关于第一轮
# 危险化学品重大危险源企业专项检查工作安全问题隐患整改督办的通知》 (到辖区企业督导整改安全问题隐患, 出具责令限期整改
# 指令书, 拿出具体措施, 限定时间节点; 到化工城的无仓储危险化学品经营企业例行检查):
# http://www.lianhu.gov.cn/zwgk/zdxxgk/aqsc/zfjg/60b9e23af8fd1c0bdc2f14de.html
# An .xlsx: title, 督办单位/依据/填报日期 line, a two-row header (整改落实 over 整改措施/整改期限/整改责任人/整改情况,
# 督办验收 over 验收日期/验收结论), the enterprise as the unit with a person as 整改责任人, 指令书 numbers, a 合计 row,
# a 注 line and a signature line.
HAZCHEM_ROWS = [
    (
        "濮阳市盛源石化有限公司",
        "液化烃罐区（二级）",
        "液化烃储罐根部紧急切断阀未实现远程控制",
        "事故隐患",
        "是",
        "华应急责改〔2024〕21号",
        "加装远程紧急切断系统",
        "2024年8月31日",
        "张建华",
        "已完成设备采购，正在安装调试",
        None,
        "",
    ),
    (
        "濮阳市恒润化工有限公司",
        "甲醇储罐区（三级）",
        "可燃气体检测报警器未接入独立的气体检测报警系统",
        "事故隐患",
        "否",
        "华应急责改〔2024〕22号",
        "接入独立的气体检测报警系统",
        "2024年7月15日",
        "李振",
        "已整改",
        date(2024, 7, 16),
        "验收合格",
    ),
    (
        "濮阳市中汇液化气有限公司",
        "液化石油气储罐区（四级）",
        "储罐区防火堤内有杂草及可燃物",
        "火灾隐患",
        "否",
        "华应急责改〔2024〕23号",
        "清除杂草及可燃物，纳入日常巡检",
        "2024年7月5日",
        "王海峰",
        "已清理",
        date(2024, 7, 6),
        "验收合格",
    ),
    (
        "濮阳市龙丰化工有限公司",
        "液氯库（三级）",
        "液氯钢瓶库未设置事故碱液吸收装置",
        "事故隐患",
        "是",
        "华应急责改〔2024〕24号",
        "建设事故碱液吸收装置",
        "2024年9月30日",
        "赵国庆",
        "未整改",
        None,
        "",
    ),
    (
        "濮阳市天和新材料有限公司",
        "丙烯酸罐区（四级）",
        "重大危险源包保责任人未按规定开展履职检查",
        "事故隐患",
        "否",
        "华应急责改〔2024〕25号",
        "落实包保责任人定期检查制度",
        "2024年7月20日",
        "孙立新",
        "正在补签包保责任书，完善履职记录",
        None,
        "",
    ),
    (
        "濮阳市宏祥化工有限公司",
        "苯罐区（三级）",
        "动火作业票证填写不规范，作业前未进行气体分析",
        "事故隐患",
        "否",
        "华应急责改〔2024〕26号",
        "规范特殊作业票证管理",
        "2024年7月10日",
        "周文涛",
        "",
        None,
        "",
    ),
    (
        "濮阳市丰利化工贸易有限公司",
        "无（无仓储经营）",
        "经营场所违规存放危险化学品样品",
        "事故隐患",
        "否",
        "华应急责改〔2024〕27号",
        "清理存放的样品",
        "2024年7月8日",
        "刘丰利",
        "已清理",
        date(2024, 7, 9),
        "验收合格",
    ),
    (
        "濮阳市盛源石化有限公司",
        "液化烃罐区（二级）",
        "罐区视频监控未接入危险化学品安全生产风险监测预警系统",
        "事故隐患",
        "否",
        "华应急责改〔2024〕21号",
        "完成视频数据接入",
        "2024年7月31日",
        "张建华",
        "正在调试数据接口",
        None,
        "",
    ),
]


def write_hazchem(path: Path) -> Path:
    b = Book(path, author="危化股")
    ws = b.sheet("督办清单")
    b.widths(ws, [6, 24, 18, 34, 10, 8, 20, 26, 14, 10, 26, 12, 10])
    b.line(ws, 0, "第一轮危险化学品重大危险源企业专项检查安全问题隐患整改督办清单", 12, b.title)
    b.line(
        ws,
        1,
        "督办单位：濮阳市华龙区应急管理局    依据：市应急管理局《关于第一轮危险化学品重大危险源企业专项检查工作"
        "安全问题隐患整改督办的通知》    填报日期：2024年7月29日",
        12,
    )
    words = [
        "序号",
        "企业名称",
        "重大危险源（级别）",
        "问题隐患",
        "隐患类别",
        "是否重大隐患",
        "责令限期整改指令书文号",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改期限", "整改责任人", "整改情况"], first=7)
    b.merge(ws, 2, 11, 2, 12, "督办验收", b.head)
    b.header(ws, 3, ["验收日期", "验收结论"], first=11)
    for i, row in enumerate(HAZCHEM_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(HAZCHEM_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 12, "督办企业7家，问题隐患8项，其中重大事故隐患2项")
    b.line(
        ws,
        end + 1,
        "注：整改期限以责令限期整改指令书为准；整改完成后由区应急管理局组织验收，验收合格后销号。",
        12,
    )
    b.line(ws, end + 2, "填表人：马晓东    审核人：段文斌    联系电话：0393-8316620", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 县长信箱来信, after a county government's 县长信箱 letter page (信件标题, 来信人 masked as fu**, 来信日期, 信件索引号,
# 信件内容, 公开状态 已公开, 办理状态 已办结, 回复部门, 回复日期, 办理结果 in the answering bureau's words: 经调查，反映人
# 所述问题属实 …; the letter about a 自来水公司's stoppage of water):
# http://www.gonghe.gov.cn/petition/4543
# A CSV in UTF-8 with BOM: a city 市长信箱's export of its 供水供电 letters, one header line with the page's field names and
# no title; the 回复部门 by short names (供电公司, 市水务公司, 市住建局, 濮阳供电公司); 办理状态 已办结/办理中.
LETTER_ROWS = [
    (
        "2024070031",
        "华龙区绿城小区频繁停水",
        "li**",
        "2024-06-28",
        "华龙区绿城小区近一个月已停水4次，每次停水都没有提前通知，居民生活用水无法保障，希望自来水公司给个说法。",
        "已公开",
        "已办结",
        "市自来水公司",
        "2024-07-05",
        "经调查，反映问题属实。停水系小区周边供水管网改造施工所致，施工单位未按规定提前通知。目前管网改造已完工，"
        "小区已恢复正常供水；我公司已要求今后计划停水须提前24小时公告。",
    ),
    (
        "2024070045",
        "胜利路南段用电高峰频繁跳闸",
        "wa**",
        "2024-07-02",
        "胜利路南段居民区入夏以来用电高峰时段频繁跳闸停电，一晚上停好几次，老人孩子热得受不了。",
        "已公开",
        "已办结",
        "供电公司",
        "2024-07-10",
        "经现场核查，该台区变压器负载率过高。我公司已对该台区实施增容改造，变压器容量由400千伏安增至630千伏安，"
        "已于7月9日投运，跳闸问题已解决。",
    ),
    (
        "2024070058",
        "清丰县韩村镇自来水浑浊有异味",
        "zh**",
        "2024-07-08",
        "清丰县韩村镇前街一带自来水浑浊发黄，还有异味，不敢直接饮用。",
        "已公开",
        "办理中",
        "清丰县水利局",
        "2024-07-16",
        "经水质检测，管网末梢水浊度超标。已对镇区供水管网进行冲洗消毒，正在更换老化入户管道。",
    ),
    (
        "2024070067",
        "锦华苑小区二次供水水压不足",
        "ch**",
        "2024-07-11",
        "京开大道锦华苑小区高层住户每天早晚用水高峰水压不足，热水器打不着火。",
        "已公开",
        "办理中",
        "市住建局",
        "2024-07-19",
        "已责成小区物业服务企业检修二次供水加压泵，计划8月15日前完成加压设备更换。",
    ),
    (
        "2024070072",
        "昆吾花园小区私拉电线充电存在隐患",
        "zo**",
        "2024-07-12",
        "昆吾花园小区不少居民从楼上私拉电线给电动车充电，电线垂到地面，雨天很危险。",
        "已公开",
        "已办结",
        "濮阳供电公司",
        "2024-07-18",
        "经现场核查，已会同社区拆除违规私拉电线12处，小区新建的集中充电棚已于7月17日投入使用。",
    ),
    (
        "2024070081",
        "开州路供水管道爆裂路面积水",
        "ma**",
        "2024-07-16",
        "开州路与建设街交叉口附近供水管道爆裂，路面积水三天了没人维修，车辆行人通行困难。",
        "未公开",
        "办理中",
        "市水务公司",
        "",
        "",
    ),
    (
        "2024070093",
        "濮阳县城关镇停电没有提前通知",
        "ga**",
        "2024-07-19",
        "7月18日濮阳县城关镇大面积停电，事先没有任何通知，冰箱里的东西都坏了。",
        "已公开",
        "已办结",
        "国网濮阳供电公司",
        "2024-07-24",
        "经核实，7月18日停电系计划检修，我公司已于7月15日通过供电服务平台和社区公告栏发布停电通知，"
        "反映的未通知情况与实际不符。已向来信人解释说明，来信人表示理解。",
    ),
]


def write_letters(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "信件索引号",
            "信件标题",
            "来信人",
            "来信日期",
            "信件内容",
            "公开状态",
            "办理状态",
            "回复部门",
            "回复日期",
            "办理结果",
        ]
    )
    for row in LETTER_ROWS:
        w.writerow(row)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 病媒生物防制效果评估, after a county's third-party assessment (受县爱国卫生运动委员会委托, 卫生有害生物防制协会作为
# 第三方评估机构; 评估范围: 机关企事业单位、餐饮店、农贸市场、学校、医院、建筑工地、车站、居民区、公园及大中型水体、
# 公厕、垃圾转运站、道路及室外垃圾收集容器; 发现: 鼠洞, 后厨鼠粪, 落沙井积水孳生蚊幼, 小蠊、蟑螂尸体, 阳性积水容器):
# https://www.meipian.cn/5945vymn
# An .ods (LibreOffice conversion): title, 评估机构/评估时间 line, 评估范围 line, 填报单位 line, one header row with
# 生境类型 and 检查点位 beside the 责任单位, a 复查结果 column, 常态化推进, a 注 line and a signature line.
VECTOR_ROWS = [
    (
        "道路",
        "黄河路与京开大道交叉口绿化带",
        "绿化带内发现鼠洞3处",
        "市城管局",
        "投放毒饵，堵塞鼠洞",
        "2024年7月10日",
        "已整改",
        "复查合格",
    ),
    (
        "机关企事业单位",
        "濮阳市拘留所",
        "后厨发现鼠粪，院内落沙井积水孳生蚊幼",
        "濮阳市拘留所",
        "清除积水，后厨加装挡鼠板",
        "2024年7月15日",
        "已加装挡鼠板，正在清理落沙井",
        "",
    ),
    (
        "餐饮店",
        "鲜味坊饮食店",
        "后厨发现德国小蠊及蟑螂尸体",
        "濮阳市华龙区鲜味坊饮食店",
        "委托专业机构开展消杀",
        "2024年7月12日",
        "",
        "",
    ),
    (
        "农贸市场",
        "胜利路农贸市场",
        "粮油摊位发现鼠粪和蟑螂尸体",
        "濮阳市胜利路农贸市场管理有限公司",
        "全面消杀，规范设置毒饵站",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "居民区",
        "市第二实验小学周边居民区",
        "楼道和院落发现阳性积水容器11个",
        "华龙区任丘路街道办事处",
        "组织清理积水容器和卫生死角",
        "2024年7月31日",
        "正在组织清理",
        "",
    ),
    (
        "建筑工地",
        "城东安置房二期项目工地",
        "基坑积水孳生蚊幼，生活区垃圾未日产日清",
        "濮阳市华建建筑工程有限公司",
        "填平积水坑，生活垃圾日产日清",
        "2024年7月18日",
        "已填平积水坑，垃圾日产日清",
        "复查合格",
    ),
    (
        "公厕",
        "人民公园公厕",
        "未安装防蝇门帘和灭蝇灯",
        "市城市管理局",
        "安装防蝇门帘和灭蝇灯",
        "2024年7月25日",
        "已安装",
        "",
    ),
    (
        "医院",
        "濮阳市第五人民医院",
        "食堂下水道口未安装防鼠网，防鼠设施不合格",
        "濮阳市第五人民医院",
        "完善防鼠设施，落实病媒生物防制制度",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_vector_book(path: Path) -> Path:
    b = Book(path, author="爱卫办")
    ws = b.sheet("评估问题")
    b.widths(ws, [6, 14, 26, 36, 28, 28, 14, 26, 12])
    b.line(ws, 0, "2024年病媒生物防制效果评估发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "评估机构：濮阳市卫生有害生物防制协会（受市爱国卫生运动委员会委托）    评估时间：2024年7月2日至7月4日",
        8,
    )
    b.line(
        ws,
        2,
        "评估范围：机关企事业单位、餐饮店、农贸市场、学校、医院、建筑工地、车站、居民区、公园、公厕、垃圾转运站及道路",
        8,
    )
    b.line(ws, 3, "填报单位：濮阳市爱国卫生运动委员会办公室    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        4,
        [
            "序号",
            "生境类型",
            "检查点位",
            "发现问题",
            "责任单位",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查结果",
        ],
    )
    for i, row in enumerate(VECTOR_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(VECTOR_ROWS)
    b.line(ws, end, "注：“复查结果”由评估机构复查后填写。", 8)
    b.line(ws, end + 1, "填表人：葛丽娟    审核人：孔德胜    联系电话：0393-4418135", 8)
    return b.close()


def write_vector(path: Path) -> Path:
    via_soffice(write_vector_book, path, "ods", "病媒生物防制效果评估发现问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 国企改革任务自查, after a provincial group's account of having each 子公司 check itself against the group's 55项
# 改革任务台账 (对标对表, 整理归集相关材料, 开展改革任务推进落实情况自查; 督导组 座谈汇报、查阅资料; 完善中国特色现代
# 企业制度、推进国有经济布局优化和结构调整; 预期无法在年底完成的改革任务进行调整):
# http://yzzcyi.cn/col_jtdt/202206/E56B5C6BF2118D631CFD421430B184DB.htm
# A .zip of two subsidiaries' returns: an .xlsx (填报单位 line; 改革领域, 任务编号, 改革任务, 具体举措, rows naming only
# the company's own 部门, 完成情况 已完成/推进中/未启动, 佐证材料, 注 and signature lines) and a .docx (填报单位 by a
# short name, 众意公交公司; one table with 推进落实情况 in sentences; 2024-2025年 and 长期坚持).
REFORM_ROWS = [
    (
        "完善公司治理",
        "GG-03",
        "落实董事会职权，制定董事会授权管理办法",
        "制定授权清单，明确授权事项和行权方式",
        "董事会办公室",
        "2024年6月底前",
        "已完成",
        "《董事会授权管理办法》",
    ),
    (
        "三项制度改革",
        "GG-11",
        "全面推行经理层成员任期制和契约化管理",
        "签订年度和任期经营业绩责任书",
        "人力资源部",
        "2024年7月31日",
        "推进中，已有3名经理层成员完成签订",
        "",
    ),
    (
        "布局优化和结构调整",
        "GG-20",
        "清理退出非主业、非优势业务",
        "完成2户“壳”企业注销",
        "资产运营部",
        "年底前",
        "未启动",
        "",
    ),
    (
        "防范化解风险",
        "GG-32",
        "建立债务风险监测预警机制",
        "建立月度债务风险监测台账",
        "财务部",
        "第三季度",
        "",
        "",
    ),
]
BUS_ROWS = [
    ("推行新能源公交车辆维修业务市场化外包", "机务部", "2024年9月30日", "已完成招标，正在进行合同谈判"),
    ("建成智慧公交调度平台", "信息中心", "2024-2025年", "一期已上线运行，二期正在建设"),
    ("修订党委前置研究讨论重大经营管理事项清单", "党群工作部", "2024年6月30日", "已完成"),
    ("常态化开展管理人员末等调整和不胜任退出", "人力资源部", "长期坚持", "常态化推进"),
]


def write_reform_book(path: Path) -> Path:
    b = Book(path, author="改革办")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 16, 10, 34, 30, 14, 14, 26, 24])
    b.line(ws, 0, "濮阳市国有资本运营集团有限公司所属企业改革任务推进落实情况自查表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市建设投资有限公司（盖章）    自查日期：2024年7月24日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "改革领域",
            "任务编号",
            "改革任务",
            "具体举措",
            "责任部门",
            "完成时限",
            "完成情况",
            "佐证材料",
        ],
    )
    for i, row in enumerate(REFORM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(REFORM_ROWS)
    b.line(
        ws,
        end,
        "注：完成情况填写“已完成”“推进中”“未启动”；预期无法按期完成的任务，须说明原因并提出调整建议。",
        8,
    )
    b.line(ws, end + 1, "负责人：袁志强    填表人：田蕾    联系电话：0393-8869251", 8)
    return b.close()


def write_bus_docx(path: Path) -> Path:
    doc = _new_document("众意公交")
    _title(doc, "改革任务推进落实情况自查表", 18)
    _paragraph(doc, "填报单位：众意公交公司    自查日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(BUS_ROWS, 1)]
    _table(doc, ["序号", "改革任务", "责任部门", "完成时限", "推进落实情况"], body)
    _paragraph(doc, "填表人：郑海燕    联系电话：0393-4826613", 12)
    return _save_fixed(doc, path)


def write_reform(path: Path) -> Path:
    members = [
        ("改革任务自查表（城投公司）.xlsx", write_reform_book),
        ("改革任务自查表（众意公交公司）.docx", write_bus_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 服务民营企业“有诉求，一起办”, after a district's 统战部 and 工商联 meeting on the 民营企业意见建议 (相关区直单位就前期
# 收集到的民营企业意见建议进行回应; 明确专人负责办理并及时回应; 建立征集、办理、反馈的长效机制; 及时跟踪通报问题清单
# 办理进度; 组织民营企业对相关单位工作情况进行评价):
# http://www.yctzw.gov.cn/content-63879-7582-1.html
# An .xlsx: title with 第二期, 填报单位/截至日期 line, one header row with 诉求类别, the 承办单位 by short names (市人社局,
# 市自然资源局, 市工信局, 税务局, 供电公司, 市场监管局, 市交易中心), 办理进度 and 企业评价, a 注 line and a signature line.
FIRM_ROWS = [
    (
        "濮阳市瑞丰塑业有限公司",
        "制造业",
        "用工",
        "企业季节性用工缺口约60人，希望协助招聘技术工人",
        "市人社局",
        "2024年7月15日",
        "已组织专场招聘会，达成用工意向45人，已办结",
        "满意",
    ),
    (
        "濮阳市绿源农业科技有限公司",
        "农业",
        "用地",
        "冷链仓储项目用地规划调整手续办理缓慢",
        "市自然资源局",
        "2024年8月31日",
        "正在办理规划调整论证",
        "",
    ),
    (
        "濮阳市新天地建材有限公司",
        "建材",
        "政策兑现",
        "2023年度技术改造补贴资金尚未拨付到位",
        "市工信局",
        "2024年7月20日",
        "逾期未办结",
        "不满意",
    ),
    (
        "濮阳市华鑫物流有限公司",
        "物流",
        "税费",
        "增值税留抵退税审核时间长，影响企业资金周转",
        "税务局",
        "2024年7月10日",
        "已办结，退税款已到账",
        "满意",
    ),
    (
        "濮阳市恒通电子科技有限公司",
        "电子信息",
        "要素保障",
        "新厂区电力增容报装进度慢",
        "供电公司",
        "2024年8月15日",
        "已完成供电方案设计，正在施工",
        "",
    ),
    (
        "濮阳市鼎盛餐饮管理有限公司",
        "餐饮",
        "审批服务",
        "食品经营许可证延续办理需多次跑腿",
        "市场监管局",
        "2024年7月5日",
        "已实现网上办理，企业已领取新证",
        "满意",
    ),
    (
        "濮阳市宏业建筑工程有限公司",
        "建筑业",
        "招投标",
        "工程投标保证金退还不及时",
        "市交易中心",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "濮阳市美嘉服饰有限公司",
        "纺织服装",
        "人才服务",
        "企业引进的技术骨干子女秋季入学需协调学位",
        "市教育局",
        "2024年8月31日",
        "正在协调学位",
        "",
    ),
    (
        "濮阳市华龙区民营企业商会",
        "商会",
        "政企沟通",
        "希望建立常态化政企沟通机制，定期听取企业意见",
        "华龙区工商业联合会",
        "长期坚持",
        "每月召开一次政企恳谈会，常态化推进",
        "",
    ),
]


def write_firms(path: Path) -> Path:
    b = Book(path, author="经济科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 28, 10, 10, 40, 14, 14, 32, 10])
    b.line(ws, 0, "服务民营企业“有诉求，一起办”问题清单办理进度表（第二期）", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市华龙区委统战部、华龙区工商业联合会    截至日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "所属行业",
            "诉求类别",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理进度",
            "企业评价",
        ],
    )
    for i, row in enumerate(FIRM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FIRM_ROWS)
    b.line(ws, end, "注：“企业评价”由提出诉求的企业填写（满意、基本满意、不满意），办结后填写。", 8)
    b.line(ws, end + 1, "填表人：蒋文华    联系电话：0393-8122657    填报日期：2024年7月29日", 8)
    return b.close()


FILES = [
    ("7月份纪律作风督查发现问题整改台账（市城管局）.xlsx", write_style),
    ("整治形式主义为基层减负问题线索核查办理情况表（第三批）.wps", write_burden),
    ("两高一弱问题自查整改情况汇总表（濮阳职业技术学院）.xls", write_cyber),
    ("范县闲置国有资产清查盘活处置台账.xlsx", write_asset),
    ("关于粮食安全隐患大快严排查整治情况的报告.docx", write_grain),
    ("危险化学品重大危险源企业隐患整改督办清单（华龙区）.xlsx", write_hazchem),
    ("市长信箱供水供电类来信办理情况导出.csv", write_letters),
    ("病媒生物防制效果评估发现问题整改台账.ods", write_vector),
    ("国企改革任务推进落实情况自查（两家子公司）.zip", write_reform),
    ("有诉求一起办民营企业问题清单办理进度表（第二期）.xlsx", write_firms),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev141 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 群众诉求与12345热线、信访件、人大代表建议与政协提案办理 (信访信息系统导出表, 代表建议答复函, 12345重复和
疑难工单台账, 领导接听日来电交办件, 人民建议征集采纳转化, 热线诉求办理通报, 议提案办理台账, 会商和领导交办督办台账,
“我为群众办实事”清单, 人大代表联络站意见建议办理台账).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .ods (LibreOffice conversions of an .xlsx, a
.docx and an .xlsx), a CSV in GBK, a .docx whose items are blocks of prose under 反映/处理 headings, and a .zip of two
returns (an .xlsx of cards and a .docx of numbered cards). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside242.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
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
# 1. 转交办信访件, after a 信访信息系统's operating note for 承办单位 (自录自办的信访件 and 上级单位转送、交办的信访件;
# “确认受理”, 办理方式“实体性受理告知”/“不予受理告知”, “办理结果或拒收意见”栏, “已办理好送回”上级单位审核,
# 审核通过后信访件办结, 审核不通过退回重办):
# https://qudong51.net/article/sort08/info-58.html
# An .xlsx as the system exports it: a caption row, an 导出单位/查询条件 row, one header row in the system's own words
# (来源, 办理方式, 办理结果或拒收意见, 信件状态), 登记日期 and 受理日期 as date cells, 办理期限 as “60日” counted from the
# 受理日期, one row not yet 确认受理 (no 受理日期), the district's streets and bureaus as 责任单位, no footer.
LETTER_ROWS = [
    (
        "HL2024061200031",
        "来信",
        "上级交办",
        "王**",
        date(2024, 6, 12),
        "反映绿城小区地下车库长期积水、排水泵损坏无人维修",
        "华龙区中原路街道办事处",
        "实体性受理告知",
        date(2024, 6, 14),
        "60日",
        "已协调物业公司更换排水泵2台并清理集水井，7月18日书面答复信访人，信访人表示认可",
        "确认办结",
    ),
    (
        "HL2024062000012",
        "来访",
        "自录自办",
        "刘**等3人",
        date(2024, 6, 20),
        "反映昆吾路与京开大道交叉口东北角夜市占道经营、油烟噪音扰民",
        "华龙区城市管理局",
        "实体性受理告知",
        date(2024, 6, 21),
        "60日",
        "已联合胜利路街道开展夜间整治，划定临时经营区，油烟净化设施正在加装",
        "办理中",
    ),
    (
        "HL2024052800047",
        "网上信访",
        "上级转送",
        "张**",
        date(2024, 5, 28),
        "反映孟轲乡某村宅基地确权登记面积与实际不符",
        "华龙区孟轲乡人民政府",
        "实体性受理告知",
        date(2024, 5, 30),
        "60日",
        "经乡村两级实地复测，已更正确权登记面积并出具答复意见书",
        "确认办结",
    ),
    (
        "HL2024070200025",
        "来信",
        "上级交办",
        "李**",
        date(2024, 7, 2),
        "反映某小区业主委员会换届选举程序不规范、未公示候选人名单",
        "华龙区建设路街道办事处",
        "实体性受理告知",
        date(2024, 7, 3),
        "60日",
        "已调查核实并形成处理意见，答复意见书待区信访局审核后送达",
        "已办理好送回",
    ),
    (
        "HL2024071500058",
        "网上信访",
        "上级交办",
        "赵**等12人",
        date(2024, 7, 15),
        "反映某建筑工地拖欠农民工工资12.6万元",
        "华龙区人力资源和社会保障局",
        "",
        None,
        "60日",
        "",
        "待确认受理",
    ),
    (
        "HL2024060300019",
        "来访",
        "上级交办",
        "孙**",
        date(2024, 6, 3),
        "反映老旧小区改造后雨水管网倒坡，雨天楼道口积水",
        "华龙区住房和城乡建设局",
        "实体性受理告知",
        date(2024, 6, 5),
        "60日",
        "区信访局审核认为答复未明确积水整治时限，退回重办；已重新组织施工单位现场勘查",
        "退回重办",
    ),
    (
        "HL2024062500036",
        "来信",
        "上级转送",
        "周**",
        date(2024, 6, 25),
        "反映岳村镇某养殖场粪污直排村内坑塘",
        "华龙区岳村镇人民政府",
        "实体性受理告知",
        date(2024, 6, 26),
        "60日",
        "已责令养殖场停止直排、清运坑塘粪污，配套建设储粪池并通过复查",
        "确认办结",
    ),
    (
        "HL2024070800009",
        "网上信访",
        "自录自办",
        "陈**",
        date(2024, 7, 8),
        "反映大庆路街道某民办幼儿园在保教费外另收“兴趣班”费用",
        "华龙区教育局",
        "实体性受理告知",
        date(2024, 7, 9),
        "60日",
        "已约谈园方并调取收费台账，正在核算应退费用",
        "办理中",
    ),
]


def write_letters(path: Path) -> Path:
    b = Book(path, author="hlxf")
    ws = b.sheet("转交办信访件")
    b.widths(ws, [6, 18, 10, 10, 12, 12, 40, 24, 14, 12, 10, 40, 12])
    b.line(ws, 0, "转交办信访件列表（导出时间：2024-07-31 16:20:05）", 12)
    b.line(ws, 1, "导出单位：华龙区信访局    查询条件：登记日期 2024-05-01 至 2024-07-31，本级转交办", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "信访件编号",
            "信访形式",
            "来源",
            "信访人",
            "登记日期",
            "问题概要",
            "责任单位",
            "办理方式",
            "受理日期",
            "办理期限",
            "办理结果或拒收意见",
            "信件状态",
        ],
    )
    for i, row in enumerate(LETTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 代表建议答复函, after a 人大代表建议 system's reply template (分类A/B/C at the top right, the bureau's name, ××函
# [2018]号, “关于对…第  号建议的答复”, “×××(等×名)代表:”, “你(你们)…提出的《关于×××的建议》(第  号)收悉,现答复
# 如下”, the bureau's seal and date, 承办人, 联系电话, 抄送 人大常委会办公室、人民政府办公室、代表所在乡镇人大):
# https://github.com/Kskjshare/zhrd/blob/591a352bc90bc899bc242034d773e5fef91c4283/report/answer.jsp
# A .doc (Word 97 via LibreOffice): a covering note to the 督查局, then six reply letters one to a page, each with its
# 分类 (A or B), number, salutation, the suggestion's title, the answer in prose (what was done, what is planned and by
# when), the bureau's seal line, 承办人/联系电话 and 抄送. One letter states a two-stage schedule.
REPLIES = [
    (
        "A",
        "濮城管函〔2024〕37号",
        112,
        "张建国（等3名）",
        "关于加强背街小巷路灯管护的建议",
        [
            "我局高度重视，对中心城区背街小巷路灯进行了全面排查。截至目前，已完成127条背街小巷路灯排查，"
            "更换损坏灯具436盏，修复线路故障58处，并将背街小巷路灯纳入市政设施日常巡查范围，实行“发现即报、"
            "报即维修”。",
            "感谢您对城市管理工作的关心和支持。",
        ],
        "2024年6月18日",
        "周丽",
        "0393-8666215",
    ),
    (
        "B",
        "濮城管函〔2024〕41号",
        86,
        "李红梅",
        "关于规范中心城区早夜市经营秩序的建议",
        [
            "我局会同华龙区人民政府对中心城区早夜市进行了摸底，已确定绿城路、长庆路、振兴路3处早夜市疏导点。"
            "目前正在完善疏导点水电和排污设施，计划于2024年9月底前投入使用。疏导点启用后，将同步取缔周边"
            "占道经营点位。",
            "下一步，我局将加强日常巡查，及时向您通报办理进展。",
        ],
        "2024年6月25日",
        "马晓光",
        "0393-8666230",
    ),
    (
        "B",
        "濮城管函〔2024〕44号",
        143,
        "王志强（等5名）",
        "关于增设城区公共厕所的建议",
        [
            "根据我市公厕建设规划，2024年计划新建改建城市公厕15座，截至6月底已完成8座，其余7座正在施工，"
            "年底前全部完成。同时，我局正在推动沿街机关单位厕所对外开放，目前已有32家单位挂牌开放。",
        ],
        "2024年6月27日",
        "周丽",
        "0393-8666215",
    ),
    (
        "A",
        "濮城管函〔2024〕29号",
        27,
        "赵立新",
        "关于治理建筑渣土车带泥上路的建议",
        [
            "我局已督促全市在建工地出入口全部安装车辆冲洗设施，对渣土运输车辆实行“两证一牌”管理，"
            "联合交警部门查处带泥上路车辆214台次，建立渣土车辆违规“黑名单”，所提问题已基本解决。",
        ],
        "2024年5月30日",
        "孔德胜",
        "0393-8666241",
    ),
    (
        "B",
        "濮城管函〔2024〕46号",
        65,
        "陈静（等2名）",
        "关于加快城区生活垃圾分类设施建设的建议",
        [
            "我局制定了生活垃圾分类设施建设推进方案：7月底前完成华龙区120个小区分类投放点建设，"
            "10月底前实现中心城区分类投放点全覆盖。目前已完成华龙区96个小区投放点建设，其余正在推进。",
        ],
        "2024年7月5日",
        "马晓光",
        "0393-8666230",
    ),
    (
        "A",
        "濮城管函〔2024〕39号",
        158,
        "刘洋",
        "关于加强城区违规户外广告整治的建议",
        [
            "我局组织开展户外广告专项整治，拆除违规设置的屋顶广告、破损广告牌412处，出台户外广告设置"
            "技术导则，新设广告一律按导则审批，所提问题已经解决。",
        ],
        "2024年6月20日",
        "孔德胜",
        "0393-8666241",
    ),
]


def _reply_letter(doc, reply) -> None:
    cls, number, seq, delegates, title, body, day, handler, phone = reply
    _paragraph(doc, f"分类：{cls}", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _title(doc, "濮阳市城市管理局", 20)
    _paragraph(doc, number, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _title(doc, f"关于对市八届人大四次会议第{seq}号建议的答复", 18)
    _paragraph(doc, f"{delegates}代表：", 16)
    _paragraph(
        doc, f"    你（你们）在市八届人大四次会议上提出的《{title}》（第{seq}号）收悉，现答复如下：", 16
    )
    for text in body:
        _paragraph(doc, f"    {text}", 16)
    _paragraph(doc, "濮阳市城市管理局（盖章）", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, day, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, f"承办人：{handler}", 14)
    _paragraph(doc, f"联系电话：{phone}", 14)
    _paragraph(doc, "抄送：市人大常委会办公室，市人民政府办公室，代表所在县（区）人大常委会。", 14)


def write_replies_docx(path: Path) -> Path:
    doc = _new_document("市城市管理局")
    _title(doc, "市城市管理局市人大代表建议答复件（第二批）", 20)
    _paragraph(doc, "市政府督查局：", 16)
    _paragraph(
        doc,
        "    现将我局承办的市八届人大四次会议代表建议答复件（第二批，共6件）报送如下。"
        "A类为所提问题已经解决或基本解决，B类为所提问题正在解决。",
        16,
    )
    _paragraph(doc, "濮阳市城市管理局办公室    2024年7月26日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for reply in REPLIES:
        doc.add_page_break()
        _reply_letter(doc, reply)
    return _save_fixed(doc, path)


def write_replies(path: Path) -> Path:
    return via_soffice(write_replies_docx, path, "doc", "市城管局代表建议答复件.docx")


# ---------------------------------------------------------------------------------------------
# 3. 12345重复工单、疑难工单问题台账, after a town's account of its 12345热线 work (党政办集中转办、各部门和村(社区)
# 具体落实; 聚焦群众反映较多的突出问题、重复工单、疑难工单定期分析梳理，建立问题台账，召开专题调度会; 对短期内不能
# 及时整改的工单提出明确办理意见和可行性解决方案并及时反馈诉求人; 对已办结的工单组织“回头看”，确保不反弹):
# http://www.chantalonwine.com/wmcj/wmcs/202308/t20230818_7029288.html
# An .xls (xlwt): title, 填报单位/专题调度会/填报日期 line, a two-row header (办理情况 over 办理进展 and “回头看”情况),
# rows naming only the town's own 站所/办 (the unit is the town), 包案领导 beside them, 办理时限 as 立行立改 (from the
# 调度会 date the 说明 names) / X月X日前 / a date / 长期坚持, a 回头看 that finds the problem back, 说明 and signature.
TOWN_ROWS = [
    (
        "2407031152",
        "重复工单",
        "反映城关镇某小区自来水水压低，6层以上住户白天无水",
        "村镇建设发展中心",
        "副镇长 孟庆伟",
        "协调县自来水公司加装二次加压设备",
        "8月15日前",
        "已完成加压设备选型，正在安装",
        "",
    ),
    (
        "2406280417",
        "重复工单",
        "反映后屯村村内主干道坑洼积水，雨天无法通行",
        "村镇建设发展中心",
        "副镇长 孟庆伟",
        "汛期后实施道路硬化，汛期内先行垫平积水路段",
        "2024年9月30日",
        "短期内无法硬化，已垫平积水路段并向诉求人说明汛期后硬化方案",
        "",
    ),
    (
        "2407010933",
        "疑难工单",
        "反映沿街门店烧烤油烟扰民，多次投诉未解决",
        "综合行政执法大队",
        "党委委员 宋磊",
        "责令门店加装油烟净化器，限时整改",
        "立行立改",
        "7月12日复查，油烟净化器已安装并正常使用",
        "7月25日回头看未反弹，诉求人满意",
    ),
    (
        "2406190226",
        "重复工单",
        "反映某村低保评定不公、优亲厚友",
        "社会事务办",
        "副镇长 赵文静",
        "入户核查，重新召开民主评议会",
        "7月31日前",
        "已入户核查并召开评议会，评议结果已公示，7月20日答复诉求人",
        "诉求人表示认可",
    ),
    (
        "2405300841",
        "疑难工单",
        "反映两村之间土地边界纠纷，多年未化解",
        "平安建设办",
        "党委副书记 刘海涛",
        "落实包案领导，常态化跟踪调处",
        "长期坚持",
        "常态化跟踪调处",
        "",
    ),
    (
        "2407100315",
        "疑难工单",
        "反映某小区开发商至今未为业主办理房产证",
        "村镇建设发展中心",
        "副镇长 孟庆伟",
        "协调县住建、自然资源部门梳理办证堵点",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "2407050588",
        "重复工单",
        "反映集贸市场周边早市占道、堵塞交通",
        "综合行政执法大队",
        "党委委员 宋磊",
        "划定临时摊位区，早市时段安排专人值守",
        "立行立改",
        "已划定临时摊位区",
        "7月22日回头看发现周末仍有占道，继续整治",
    ),
    (
        "2407160702",
        "重复工单",
        "反映前屯村新装路灯多数不亮",
        "村镇建设发展中心",
        "副镇长 孟庆伟",
        "联系施工单位质保维修",
        "8月10日前",
        "尚未启动，质保维修费用待落实",
        "",
    ),
]


def write_town(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县城关镇12345热线重复工单、疑难工单问题台账", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳县城关镇人民政府（党政办）    专题调度会：2024年7月8日    填报日期：2024年7月26日",
            plain,
            1,
            10,
        ),
    ]
    single = [
        "序号",
        "工单编号",
        "工单类别",
        "诉求人反映问题",
        "责任站所",
        "包案领导",
        "办理意见及解决方案",
        "办理时限",
    ]
    for col, word in enumerate(single):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 8, "办理情况", h, 2, 9), (3, 8, "办理进展", h), (3, 9, "“回头看”情况", h)]
    cells.append((2, 10, "备注", h, 3, 10))
    for i, row in enumerate(TOWN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 7) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(TOWN_ROWS)
    cells += [
        (
            r,
            0,
            "说明：办理时限为“立行立改”的，自7月8日专题调度会交办之日起执行；已办结工单一律开展“回头看”。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "审核人：刘海涛    填表人：王晶    联系电话：0393-3216025", plain, r + 1, 10),
    ]
    return _write_xls(path, [("重复疑难工单", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 领导接听群众来电交办件, after a city's plan for 市政府领导每月轮流接听群众来电 (每月23日上午9时至11时30分在市长
# 专线电话受理中心接听; 信访局做好录入、登记、交办; 信访局立案交责任单位处理，责任单位须在7日内将案件办结; 未能按时
# 办结的，其单位领导须将延期的时限及原因书面告知信访局; 办结后书面答复):
# http://www.fymate.net/html/text/lar/168710/16871084.html
# An .xlsx: title, 接听时间/地点 line, one header row with 接听领导 and 领导批示意见 beside the 责任单位 (short names,
# a company, a county and a district government), 交办日期 as date cells, 办结时限 as “7日内” counted from them, one
# “24小时内”, one extension written into the 时限 cell, a 是否答复来电人 column, 注 and 填表人 lines.
CALL_ROWS = [
    (
        "0716-01",
        "王副市长",
        "李先生",
        "反映京开大道某小区南门外人行道井盖破损，已多次绊倒行人",
        "请市城管局立即处置",
        "市城管局",
        date(2024, 7, 16),
        "7日内",
        "已更换井盖并加装防坠网，7月19日电话答复来电人",
        "是",
    ),
    (
        "0716-02",
        "王副市长",
        "赵女士",
        "反映所在企业拖欠2024年3月至6月工资",
        "请市人社局依法督促企业支付",
        "市人社局",
        date(2024, 7, 16),
        "7日内",
        "已立案调查，责令企业限期支付，企业已支付2个月工资",
        "是",
    ),
    (
        "0716-03",
        "王副市长",
        "孙先生",
        "反映某小区高层住户用电高峰时段频繁跳闸停电",
        "请供电公司尽快解决",
        "濮阳供电公司",
        date(2024, 7, 16),
        "7日内",
        "已完成台区增容改造，停电问题已解决",
        "是",
    ),
    (
        "0716-04",
        "王副市长",
        "周女士",
        "反映胜利路某公交站台撤除后周边老人乘车不便",
        "请市公交公司研究恢复站点",
        "市公交公司",
        date(2024, 7, 17),
        "7日内",
        "正在论证恢复站点方案",
        "否",
    ),
    (
        "0716-05",
        "王副市长",
        "吴先生",
        "反映子女入学积分申请材料被要求重复提交",
        "请市教育局核实",
        "市教育局",
        date(2024, 7, 17),
        "7日内",
        "",
        "否",
    ),
    (
        "0716-06",
        "王副市长",
        "郑女士",
        "反映小区燃气管道老化，楼道内燃气味道明显",
        "请市燃气公司立即排查",
        "市燃气公司",
        date(2024, 7, 16),
        "24小时内",
        "当日已上门检修，更换老化管段2处，检测无泄漏",
        "是",
    ),
    (
        "0618-03",
        "刘副市长",
        "冯先生",
        "反映濮阳县某村自来水水质发黄、有异味",
        "请濮阳县政府督促解决",
        "濮阳县人民政府",
        date(2024, 6, 18),
        "7日内（经同意延期至7月31日）",
        "已完成村内管网冲洗，水质检测报告待出",
        "是",
    ),
    (
        "0716-07",
        "王副市长",
        "何先生",
        "反映房屋征收补偿款迟迟未发放到位",
        "请华龙区政府妥善处理",
        "华龙区人民政府",
        date(2024, 7, 16),
        "7日内",
        "正在核对补偿协议，已书面说明延期原因",
        "否",
    ),
]


def write_calls(path: Path) -> Path:
    b = Book(path, author="市信访局")
    ws = b.sheet("交办件")
    b.widths(ws, [6, 10, 10, 10, 38, 22, 16, 12, 18, 36, 10])
    b.line(ws, 0, "市长专线电话领导接听日来电交办件办理情况表（2024年6-7月）", 10, b.title)
    b.line(
        ws,
        1,
        "接听时间：2024年6月18日、7月16日上午9时至11时30分    接听地点：市长专线电话受理中心    "
        "填报单位：市信访局",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "来电编号",
            "接听领导",
            "来电人",
            "来电主要内容",
            "领导批示意见",
            "责任单位",
            "交办日期",
            "办结时限",
            "办理情况",
            "是否答复来电人",
        ],
    )
    for i, row in enumerate(CALL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CALL_ROWS)
    b.line(
        ws,
        end,
        "注：责任单位须在交办之日起7日内办结；未能按时办结的，单位领导须将延期的时限及原因书面告知市信访局。",
        10,
    )
    b.line(ws, end + 1, "填表人：高琳    联系电话：0393-4418120    填报日期：2024年7月30日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 人民建议征集采纳转化情况, after a province's list of 优秀人民建议 (each with 建议征集单位 — a 信访局 —, 承办单位 and
# 建议采纳转化情况: 出台通知、纳入民生实事、更新加装车辆…; 建议经信访部门征集后流转至各职能部门落实解决):
# https://www.duohuanbao.com/archives/323985.html
# A CSV in GBK as the 人民建议征集 system exports it: a title line, an 征集单位/导出日期 line, one header line with the
# 建议征集单位 (the collector) beside the 承办单位 (short names, a company by its full name), 转办日期 as the base of
# 办理时限 “30个工作日” (one count crossing the 端午 holiday on 10 June), 办理状态 已办结/办理中/未反馈, no total.
SUGGESTION_ROWS = [
    (
        "关于在中心城区公共场所增配AED的建议",
        "市信访局",
        "市卫健委",
        "2024-05-20",
        "30个工作日",
        "市卫健委已出台《公共场所自动体外除颤器配置管理实施方案》，年内新增配置60台，已完成首批25台安装",
        "已办结",
    ),
    (
        "关于推进3岁以下婴幼儿普惠托育服务的建议",
        "华龙区信访局",
        "华龙区卫生健康委员会",
        "2024-06-03",
        "30个工作日",
        "已纳入2024年区级民生实事，新增普惠托位200个，3家托育机构正在装修",
        "办理中",
    ),
    (
        "关于增加亲子公共自行车投放数量的建议",
        "市信访局",
        "濮阳市城市建设投资集团有限公司",
        "2024-06-12",
        "30个工作日",
        "已更新投放亲子公共自行车300辆，覆盖中心城区42个站点",
        "已办结",
    ),
    (
        "关于中小学课后服务延时至18时的建议",
        "清丰县信访局",
        "清丰县教育局",
        "2024-06-17",
        "30个工作日",
        "正在研究论证，拟于秋季学期在城区6所学校试点",
        "办理中",
    ),
    (
        "关于老旧小区加装电梯简化审批流程的建议",
        "市信访局",
        "市住建局",
        "2024-07-01",
        "30个工作日",
        "",
        "未反馈",
    ),
    (
        "关于公积金贷款支持二手房“带押过户”的建议",
        "市信访局",
        "市公积金中心",
        "2024-05-27",
        "30个工作日",
        "已出台二手房“带押过户”公积金贷款操作规程，6月起正式实施",
        "已办结",
    ),
    (
        "关于农村客运班线增加早晚班次的建议",
        "南乐县信访局",
        "南乐县交通运输局",
        "2024-07-08",
        "30个工作日",
        "已调整2条线路早晚班次，其余线路正在征求沿线群众意见",
        "办理中",
    ),
]


def write_suggestions(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["人民建议征集采纳转化情况（2024年上半年转办）"])
    w.writerow(
        ["征集单位：濮阳市信访局（市人民建议征集办公室）", "导出日期：2024-07-31", "办理时限自转办日期起计算"]
    )
    w.writerow(
        [
            "序号",
            "建议名称",
            "建议征集单位",
            "承办单位",
            "转办日期",
            "办理时限",
            "建议采纳转化情况",
            "办理状态",
        ]
    )
    for i, row in enumerate(SUGGESTION_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 市长热线群众诉求办理情况, after a city paper's 市长热线 column (each case under a “反映：… 处理：…” heading: a citizen
# called 12345 about a broken street lamp, a barbecue stall's smoke and noise …; the 县人民政府/城管执法分局 接件后高度
# 重视, checked on site, 下达《责令改正通知书》要求其限期整改, will repair 尽快; 目前…):
# https://m.zjtcn.com/news/4518442.html
# A .docx: title, 编印单位/日期 line, an opening paragraph, then seven cases each under a bold “反映：… 处理：…” line
# with two paragraphs of prose naming the handling unit (county bureaus, a city bureau by its short name, the traffic
# police, the 园林 centre), the deadline (a date, “3日内” from the stated check date, “24小时内”, 8月底前, none) and
# what has been done; a closing paragraph.
HOTLINE_CASES = [
    (
        "反映：路灯损坏影响市民出行",
        "处理：维修",
        "近日，濮阳县一市民来电向12345反映，县城开州路北段多盏路灯不亮，夜间行人和电动车通行存在"
        "安全隐患，希望有关部门调查处理。",
        "濮阳县住房和城乡建设局接件后，立即安排路灯维护人员现场核查。经核查，该路段11盏路灯因电缆老化"
        "无法点亮，市民反映情况属实。目前已更换电缆200米，剩余灯具将于8月5日前完成更换。",
    ),
    (
        "反映：油烟噪音扰民",
        "处理：整改",
        "近日，华龙区绿城路某小区一住户来电反映，小区楼下一家烧烤店排放油烟、夜间喧哗，严重影响周边住户休息，"
        "多次与商家协商无果。",
        "华龙区城市管理局接件后，于7月10日安排执法人员现场核查，该店油烟净化设备及排烟管道设置不规范，"
        "执法人员当即下发《责令改正通知书》，要求其3日内整改。7月13日复查，该店已更换油烟净化设备并"
        "调整营业时间，已整改到位。",
    ),
    (
        "反映：小区电梯频繁故障",
        "处理：维修",
        "近日，市民来电反映，华龙区某小区3号楼电梯频繁故障停运，多次发生困人情况，物业维修不及时。",
        "市市场监管局接件后，责令电梯维保单位于7月20日前完成全面检修，并对物业公司电梯安全管理情况开展"
        "检查。目前，该电梯已更换主板和门机，经检验合格后恢复运行。",
    ),
    (
        "反映：农村饮水管道破裂",
        "处理：抢修",
        "7月15日，清丰县一村民来电反映，村内饮水管道破裂，全村停水。",
        "清丰县水利局接件后，要求供水站24小时内恢复供水，并连夜组织抢修，当晚已恢复正常供水。",
    ),
    (
        "反映：学校周边道路拥堵",
        "处理：疏导",
        "近日，市民来电反映，市区某小学门口上下学时段车辆乱停、道路拥堵严重。",
        "市交警支队接件后，已在上下学时段增派警力疏导交通，下一步将在学校周边施划临时停车泊位和即停即走"
        "区域，计划8月底前完成。",
    ),
    (
        "反映：拖欠装修工人工资",
        "处理：调解",
        "近日，南乐县一装修工人来电反映，某装饰公司拖欠其及工友工资3.2万元。",
        "南乐县人力资源和社会保障局接件后，组织劳资双方调解，达成分期支付协议，首期款1.2万元已支付，"
        "余款约定于8月20日前付清，该局将跟踪督促履行。",
    ),
    (
        "反映：公园健身器材损坏",
        "处理：更换",
        "近日，市民来电反映，戚城公园内多件健身器材损坏，存在安全隐患。",
        "濮阳市园林绿化服务中心接件后，已对损坏器材设置警示标志并暂停使用，更换工作已列入维修计划。",
    ),
]


def write_hotline(path: Path) -> Path:
    doc = _new_document("12345热线中心")
    _title(doc, "12345市长热线群众诉求办理情况", 20)
    _paragraph(doc, "（第14期）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "濮阳市12345政务服务便民热线中心编    2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "    近段时间，市民反映给12345市长热线的多项民生诉求，经热线平台督促办理，"
        "相关单位及时调查处理。现将部分诉求办理情况通报如下：",
        14,
    )
    for head, action, ask, handle in HOTLINE_CASES:
        _paragraph(doc, f"{head}    {action}", 14, font="黑体", bold=True)
        _paragraph(doc, f"    {ask}", 14)
        _paragraph(doc, f"    {handle}", 14)
    _paragraph(doc, "    下一步，12345热线将对以上诉求持续跟踪回访，确保群众诉求件件有回音。", 14)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 议提案办理台账, after a city 城建局's account of its 人大政协议提案办理 (省人大代表建议主办2件、会办1件, 市人大代表
# 建议主办9件、会办30件, 市政协委员提案主办8件、会办48件; 局领导领办件; 局内精准交办; 责任处室、单位按时间节点完成
# 办理工作; 办复率100%、代表满意率100%):
# https://www.zcbk.cn/wuhan/index.php?m=home&c=View&a=index&aid=2395964
# An .et (Excel 97 via LibreOffice): title, 填报单位/填报日期 line, a two-row header (办理情况 over 面商情况, 答复时间
# and 代表委员意见), rows naming only the bureau's own 科室 (the unit is the bureau), 领衔代表（提案人） and 局领导领办
# beside them, 办理时间节点 as dates, a two-stage schedule and 长期坚持 (one of them answered), 合计 row, signature.
PROPOSAL_ROWS = [
    (
        "省人大建议",
        "第0356号",
        "关于加快推进城镇老旧小区改造的建议",
        "李振华",
        "会办",
        "王建民",
        "城市建设科",
        "5月31日前提交会办意见",
        "已面商",
        date(2024, 5, 28),
        "",
        "会办意见已报主办单位",
    ),
    (
        "市人大建议",
        "第112号",
        "关于规范住宅专项维修资金使用的建议",
        "刘秀英等5名代表",
        "主办",
        "张立新",
        "物业管理科",
        "6月30日前答复",
        "已面商",
        date(2024, 6, 25),
        "满意",
        "",
    ),
    (
        "市人大建议",
        "第147号",
        "关于解决城区部分小区“办证难”问题的建议",
        "郭长青",
        "主办",
        "张立新",
        "房地产市场监管科",
        "8月15日前答复，12月底前完成首批23个小区办证",
        "已面商",
        None,
        "",
        "答复稿正在审核，首批小区办证资料正在收集",
    ),
    (
        "市政协提案",
        "第58号",
        "关于加强城镇燃气安全管理的提案",
        "民建濮阳市委员会",
        "主办",
        "王建民",
        "燃气热力科",
        "6月30日前答复",
        "已面商",
        date(2024, 6, 20),
        "满意",
        "",
    ),
    (
        "市政协提案",
        "第91号",
        "关于推进农村低收入群体危房改造动态监测的提案",
        "韩雪梅",
        "会办",
        "李国强",
        "村镇建设科",
        "5月31日前提交会办意见",
        "",
        None,
        "",
        "",
    ),
    (
        "市人大建议",
        "第203号",
        "关于完善保障性租赁住房配套设施的建议",
        "徐明",
        "主办",
        "李国强",
        "住房保障科",
        "7月31日前答复",
        "未面商",
        None,
        "",
        "尚未启动办理",
    ),
    (
        "市政协提案",
        "第126号",
        "关于规范建筑工地扬尘治理的提案",
        "杨帆",
        "会办",
        "王建民",
        "建筑业管理科",
        "长期坚持",
        "已面商",
        date(2024, 5, 30),
        "满意",
        "",
    ),
]


def write_proposals_book(path: Path) -> Path:
    b = Book(path, author="市住建局办公室")
    ws = b.sheet("议提案办理台账")
    b.widths(ws, [6, 12, 10, 34, 16, 8, 10, 16, 26, 10, 12, 16, 26])
    b.line(ws, 0, "市住房和城乡建设局2024年人大建议政协提案办理台账", 12, b.title)
    b.line(ws, 1, "填报单位：市住房和城乡建设局（办公室）    填报日期：2024年7月29日", 12)
    words = [
        "序号",
        "类别",
        "编号",
        "建议（提案）标题",
        "领衔代表（提案人）",
        "主办/会办",
        "局领导领办",
        "责任科室",
        "办理时间节点",
    ]
    for c, w in enumerate(words):
        ws.merge_range(2, c, 3, c, w, b.head)
    ws.merge_range(2, 9, 2, 11, "办理情况", b.head)
    b.header(ws, 3, ["面商情况", "答复时间", "代表委员意见"], first=9)
    ws.merge_range(2, 12, 3, 12, "备注", b.head)
    for i, row in enumerate(PROPOSAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PROPOSAL_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.merge(ws, end, 3, end, 12, "7件（主办4件、会办3件），已答复4件", b.cell)
    b.line(ws, end + 1, "分管领导：王建民    填表人：葛晓燕    联系电话：0393-8991372", 12)
    return b.close()


def write_proposals(path: Path) -> Path:
    return via_soffice(write_proposals_book, path, "xls", "议提案办理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 会商交办和领导交办事项督办台账, after a city 12345 centre's account of its 全流程闭环工作机制 (“三级交办”: 即交
# 即办; 会商交办 — 职责不明、多部门交叉的重点问题由市长热线服务中心牵头会商，形成办理函，明确主协办单位、职责及时限后
# 交办; 领导交办 — 重大民生事项和“领导接听日”诉求提请市政府分管领导审定后交办(现场交办)，由市政府督查室、跟线科室、
# 市长热线服务中心全程督办; “四类督办”层层压实责任):
# http://www.cisg.org.cn/index.php?c=show&id=940
# An .xlsx: title, 填报单位/统计截至 line, one header row with 交办方式 merged down over its rows, 办理函编号, 交办日期
# (the base of 立行立改 for a 领导接听日 item), 主办单位 beside 协办单位 (the unit is the 主办), short names, a company,
# county governments and a county bureau, 办理时限 as dates / X月底前 / 年底前 / 立行立改, 督办层级, 办理进展 and a
# 销号情况 column, 说明 and signature lines.
ASSIGN_GROUPS = [
    (
        "会商交办",
        [
            (
                "濮热会商〔2024〕18号",
                date(2024, 5, 6),
                "城区部分路段共享单车乱停乱放，挤占盲道",
                "市城市管理局",
                "市交警支队",
                "2024年6月30日",
                "热线督办",
                "已划定停放区1260处，建立运营企业考核机制",
                "已销号",
            ),
            (
                "濮热会商〔2024〕21号",
                date(2024, 6, 11),
                "濮上路与开州路交叉口周边小区雨污管网错接，雨后污水外溢",
                "市城管局",
                "华龙区人民政府、市住建局",
                "2024年8月31日",
                "热线督办",
                "已完成管网排查，确定错接点14处，正在改造",
                "",
            ),
            (
                "濮热会商〔2024〕23号",
                date(2024, 6, 24),
                "开发区某小区交房3年仍未通天然气",
                "濮阳经济技术开发区管理委员会",
                "市燃气公司",
                "9月底前",
                "热线督办",
                "已协调燃气公司确定主管网接驳方案",
                "",
            ),
            (
                "濮热会商〔2024〕25号",
                date(2024, 6, 28),
                "居民小区电动自行车充电设施不足，群众私拉电线充电",
                "市住建局",
                "各县（区）政府、国网濮阳供电公司",
                "年底前",
                "专项督办",
                "已新建充电端口3200个，完成年度任务的64%",
                "",
            ),
            (
                "濮热会商〔2024〕26号",
                date(2024, 7, 2),
                "南乐县谷金楼乡通村公路水毁路段长期未修复",
                "南乐县交通运输局",
                "谷金楼乡人民政府",
                "8月20日前",
                "热线督办",
                "未开工，修复资金尚未落实",
                "",
            ),
        ],
    ),
    (
        "领导交办",
        [
            (
                "领导交办〔2024〕5号",
                date(2024, 5, 21),
                "清丰县城区学校周边存在“黑网吧”接纳未成年人",
                "清丰县人民政府",
                "市文广旅局",
                "6月20日前",
                "市政府督查室督办",
                "已查处关停2家，开展常态化巡查",
                "已销号",
            ),
            (
                "领导交办〔2024〕7号",
                date(2024, 6, 18),
                "范县某村农村饮水安全工程水压不足，高处农户接不上水",
                "范县人民政府",
                "市水利局",
                "7月31日前",
                "市政府督查室督办",
                "加压泵站设备已到货，正在安装",
                "",
            ),
            (
                "领导交办〔2024〕9号（领导接听日现场交办）",
                date(2024, 7, 9),
                "台前县某小区开发商延期交房近两年",
                "台前县人民政府",
                "市住建局",
                "立行立改",
                "市政府督查室督办",
                "已约谈开发商，制定复工计划",
                "",
            ),
        ],
    ),
]


def write_assign(path: Path) -> Path:
    b = Book(path, author="市长热线中心")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 10, 24, 12, 36, 18, 22, 14, 14, 30, 10])
    b.line(ws, 0, "12345热线会商交办和领导交办事项督办台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市12345政务服务便民热线中心    统计截至：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办方式",
            "办理函编号",
            "交办日期",
            "诉求事项",
            "主办单位",
            "协办单位",
            "办理时限",
            "督办层级",
            "办理进展",
            "销号情况",
        ],
    )
    r, n = 3, 0
    for kind, rows in ASSIGN_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "说明：“立行立改”事项自交办之日起办理；办结并经回访核实后在“销号情况”栏填写“已销号”。", 10)
    b.line(ws, r + 1, "审核人：闫冬梅    填表人：程思远    联系电话：0393-12345（内线8016）", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. “我为群众办实事”项目推进情况, after a 政协's “我为群众办实事” item published as a card (牵头领导: …; 解决问题: …;
# 工作措施: …; 工作目标: …; 完成时限: 2021年4月底):
# https://kpd106.vip/swwqzbss/2021051226331.html
# A .zip of two returns built on that card: an .xlsx from a town in which each item is a block of label rows (项目名称,
# 牵头领导, 解决问题, 工作措施, 工作目标, 完成时限, 推进情况) under a merged project line, and a .docx from the city bus
# company with the same cards as numbered paragraphs. Deadlines as “2024年8月底”, a date and 长期坚持.
CARD_LABELS = ["牵头领导", "解决问题", "工作措施", "工作目标", "完成时限", "推进情况"]
QIANKOU_CARDS = [
    (
        "镇区主街排水改造",
        "党委书记 冯志刚",
        "群众反映镇区主街排水不畅，雨季积水倒灌沿街商户",
        "疏浚主街排水管网，新建排水沟300米，接入镇区排涝沟渠",
        "主街雨后30分钟内无明显积水",
        "2024年8月底",
        "管网疏浚已完成，新建排水沟正在施工",
    ),
    (
        "卫生院夜间值班",
        "镇长 田卫东",
        "群众反映镇卫生院夜间无值班医生，急症就医难",
        "落实卫生院24小时值班制度，公布夜间值班电话",
        "夜间急诊随到随诊",
        "2024年6月底",
        "已落实24小时值班制度，6月20日起执行",
    ),
    (
        "农村供水保障",
        "副镇长 周红霞",
        "部分村组自来水每日限时供水，高峰时段水压不足",
        "申报农村供水保障项目，更换老旧管网，新增加压设备",
        "实现全天候供水",
        "2024年10月31日",
        "已申报农村供水保障项目，正在等待批复",
    ),
    (
        "村内垃圾清运",
        "副镇长 周红霞",
        "群众反映村内垃圾清运不及时，夏季异味明显",
        "实行村保洁员日巡查、镇每周考评通报",
        "垃圾日产日清",
        "长期坚持",
        "实行日巡查、周考评",
    ),
]
BUS_CARDS = [
    (
        "7路早高峰加密班次",
        "副总经理 吕强",
        "群众反映城区7路公交早高峰班次间隔过长，候车时间超过20分钟",
        "早高峰增加配车4台，调整发车间隔",
        "早高峰发车间隔不超过8分钟",
        "2024年5月底",
        "已于5月20日起执行8分钟发车间隔",
    ),
    (
        "濮阳东站夜间接驳",
        "总经理 邢建军",
        "高铁濮阳东站至市区夜间无公交接驳，旅客打车难",
        "开通濮阳东站夜班接驳线路，末班车与末班高铁衔接",
        "夜间到站旅客有车可乘",
        "2024年7月底",
        "夜班接驳线路已于7月1日开通",
    ),
    (
        "老年卡刷卡设备更新",
        "副总经理 吕强",
        "老年人反映乘车刷卡机识别慢，上车排队拥挤",
        "更换全部车载刷卡终端，支持老年卡、二维码快速识别",
        "刷卡识别时间不超过1秒",
        "2024年9月30日",
        "新设备正在招标采购",
    ),
    (
        "公交站台遮阳棚",
        "副总经理 韩立",
        "城区部分公交站台无遮阳棚，夏季候车暴晒",
        "对无遮阳设施的站台加装遮阳棚",
        "主城区站台遮阳设施全覆盖",
        "2024年12月底",
        "",
    ),
]


def write_qiankou_book(path: Path) -> Path:
    b = Book(path, author="千口镇党政办")
    ws = b.sheet("办实事项目")
    b.widths(ws, [14, 60])
    b.line(ws, 0, "南乐县千口镇“我为群众办实事”项目推进情况", 1, b.title)
    b.line(ws, 1, "填报单位：南乐县千口镇人民政府    填报日期：2024年7月28日", 1)
    label = b.book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter"})
    head = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#D9E1F2"})
    r = 2
    for k, card in enumerate(QIANKOU_CARDS, 1):
        b.merge(ws, r, 0, r, 1, f"项目{k}：{card[0]}", head)
        r += 1
        for word, value in zip(CARD_LABELS, card[1:], strict=True):
            ws.write_string(r, 0, word, label)
            b.put(ws, r, 1, value)
            r += 1
    b.line(ws, r, "填表人：孟雪    联系电话：0393-7322106", 1)
    return b.close()


def write_bus_docx(path: Path) -> Path:
    doc = _new_document("公交公司办公室")
    _title(doc, "市众意公交公司“我为群众办实事”项目推进情况", 18)
    _paragraph(doc, "报送单位：濮阳市众意公交公司    报送日期：2024年7月29日", 12)
    numbers = "一二三四"
    for k, card in enumerate(BUS_CARDS):
        _paragraph(doc, f"{numbers[k]}、{card[0]}", 14, font="黑体")
        for word, value in zip(CARD_LABELS, card[1:], strict=True):
            _paragraph(doc, f"{word}：{value}", 14)
    _paragraph(doc, "联系人：邢佳    联系电话：0393-8210358", 12)
    return _save_fixed(doc, path)


def write_cards_zip(path: Path) -> Path:
    members = [
        ("南乐县千口镇“我为群众办实事”项目推进情况.xlsx", write_qiankou_book),
        ("市众意公交公司“我为群众办实事”项目推进情况.docx", write_bus_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 人大代表联络站接待群众意见建议办理台账, after a 街道人大代表社区联络站 work rule (每单月15日上午代表接待群众;
# 意见建议的处理途径: (一)能够即时回答的当场回答; (二)属于街道职责范围的交街道办事处或街道相关部门处理; (三)超出街道
# 职责范围的转区有关国家机关、组织处理，或者由代表提出代表建议; 人大街道工作委员会跟踪办理并将办理结果反馈选民):
# https://m.qiqiwenku.com/doc/365700.html
# An .ods (LibreOffice conversion): title, 填报单位 line, a note that 办理时限 counts from the 接待日期, one header row
# with 接待代表 and 反映人 beside the 处理途径 and 承办单位 (the street office, district bureaus, the traffic police by
# its short name, a city centre), 办理时限 as “15个工作日” / dates / 6月底前 / 年底前, 办理结果 and 反馈情况, signature.
STATION_ROWS = [
    (
        date(2024, 5, 15),
        "张卫华、李敏",
        "昆吾社区居民",
        "昆吾社区某小区门口道路破损，雨天积水",
        "交街道办事处处理",
        "华龙区胜利路街道办事处",
        "15个工作日",
        "已修补破损路面120平方米",
        "已反馈，群众满意",
    ),
    (
        date(2024, 5, 15),
        "张卫华、李敏",
        "长庆社区居民",
        "老旧小区加装电梯审批环节多、周期长",
        "转区有关部门处理",
        "华龙区住房和城乡建设局",
        "2024年7月31日",
        "已指导3个单元完成意见征询，审批材料正在审核",
        "已反馈阶段性进展",
    ),
    (
        date(2024, 5, 15),
        "王建设",
        "胜利社区居民",
        "小区物业费上涨未公示收费依据",
        "交街道办事处处理",
        "华龙区胜利路街道办事处",
        "15个工作日",
        "已约谈物业公司，物业公司已在小区公示收费依据",
        "已反馈，群众基本满意",
    ),
    (
        date(2024, 5, 15),
        "王建设",
        "戚城社区居民",
        "戚城公园公厕夜间关闭，晚间游园群众如厕难",
        "转区有关部门处理",
        "濮阳市园林绿化服务中心",
        "6月底前",
        "已将公厕开放时间调整至22时",
        "已反馈",
    ),
    (
        date(2024, 7, 15),
        "刘红霞、赵军",
        "学校家长代表",
        "实验小学门口上下学时段交通拥堵",
        "转区有关部门处理",
        "市交警支队",
        "8月31日前",
        "",
        "",
    ),
    (
        date(2024, 7, 15),
        "刘红霞、赵军",
        "昆吾社区居民",
        "社区老年人多，建议增设老年助餐点",
        "形成代表建议",
        "华龙区民政局",
        "年底前",
        "已形成代表建议，交区民政局办理",
        "",
    ),
    (
        date(2024, 7, 15),
        "王建设",
        "长庆社区居民",
        "辖区背街小巷老旧路灯多处不亮",
        "转区有关部门处理",
        "华龙区城市管理局",
        "15个工作日",
        "正在逐巷排查维修",
        "",
    ),
]


def write_station_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道人大工委")
    ws = b.sheet("意见建议办理台账")
    b.widths(ws, [6, 12, 14, 14, 36, 16, 24, 14, 34, 18])
    b.line(ws, 0, "胜利路街道人大代表联络站接待群众意见建议办理台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道人大工作委员会    填报日期：2024年7月30日", 9)
    b.line(ws, 2, "说明：办理时限自代表接待之日起计算。", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "接待日期",
            "接待代表",
            "反映人",
            "意见建议内容",
            "处理途径",
            "承办单位",
            "办理时限",
            "办理结果",
            "反馈情况",
        ],
    )
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 4 + len(STATION_ROWS), "联络站站长：刘红霞    填表人：苗青    联系电话：0393-8116235", 9)
    return b.close()


def write_station(path: Path) -> Path:
    via_soffice(write_station_book, path, "ods", "代表联络站意见建议办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
FILES = [
    ("华龙区转交办信访件办理情况（系统导出）.xlsx", write_letters),
    ("市城市管理局市人大代表建议答复件（第二批）.doc", write_replies),
    ("濮阳县城关镇12345热线重复工单疑难工单问题台账.xls", write_town),
    ("市长专线电话领导接听日来电交办件办理情况表（2024年6-7月）.xlsx", write_calls),
    ("人民建议征集采纳转化情况（2024年上半年）.csv", write_suggestions),
    ("12345市长热线群众诉求办理情况（第14期）.docx", write_hotline),
    ("市住房和城乡建设局2024年人大建议政协提案办理台账.et", write_proposals),
    ("12345热线会商交办和领导交办事项督办台账.xlsx", write_assign),
    ("“我为群众办实事”项目推进情况（南乐县千口镇、市众意公交公司）.zip", write_cards_zip),
    ("胜利路街道人大代表联络站接待群众意见建议办理台账.ods", write_station),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

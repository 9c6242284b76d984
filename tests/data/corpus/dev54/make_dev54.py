"""Write the dev54 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table and
a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev54.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
"""

from __future__ import annotations

import csv
import io
import re
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

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
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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


def fixed_meta(path: Path) -> Path:
    """Rewrite an .ods with fixed member times and LibreOffice's own time stamps in meta.xml pinned."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2024-07-31T17:05:00</dc:date>", text)
                text = re.sub(
                    r"<meta:generator>[^<]*</meta:generator>",
                    "<meta:generator>soffice</meta:generator>",
                    text,
                )
                text = re.sub(
                    r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                    "<meta:editing-duration>PT0S</meta:editing-duration>",
                    text,
                )
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


# ---------------------------------------------------------------------------------------------
# 1. 市长热线周工作综述, after a city's weekly account of its 市长热线 (一、受理情况 with the week's counts, 转办 and
# 按期回复; 二、典型案例, each a numbered heading and a paragraph: 市民反映… 市长热线转…调查落实，后回复…
# 再次联系反映人，表示满意):
# https://www.zhengzhou.gov.cn/12345/gzzs/2608777.jhtml
# A .docx with the items as numbered paragraphs; a third part lists 重点督办诉求 with 督办时限 and 办理进展.
HOTLINE_CASES = [
    (
        "1.小区消防通道被封堵及时打开",
        "市民反映：其为华龙区绿城小区5号楼业主，小区物业用铁栅栏封堵了北侧消防通道，存在严重消防隐患，"
        "希望相关部门给予解决。市长热线转市房管局调查落实，后回复：经查属实，已责令物业拆除铁栅栏，"
        "消防通道目前畅通。再次联系反映人，表示满意。",
    ),
    (
        "2.汽车维修久拖不决协调处理",
        "市民王先生反映：其在开州路某汽车销售服务店维修汽车，店方称配件缺货，车辆两个多月没有修好，"
        "侵害了消费者权益。市长热线转市市场监管局调查落实，后回复：经协调，店方已从外地调来配件，"
        "车辆已于7月25日修好交付。再次联系反映人，表示满意。",
    ),
    (
        "3.道路照明故障及时修复",
        "市民反映：胜利路与京开大道交叉口向东路段路灯连续一周不亮，夜间出行不便。市长热线转市城管局"
        "调查落实，后回复：经查系线路老化短路，已于7月24日更换线缆，照明恢复正常。再次联系反映人，表示满意。",
    ),
    (
        "4.务工人员讨薪得到解决",
        "市民反映：其在濮阳县某建筑工地务工，工程完工后包工头拖欠6名工人工资共计4.2万元。市长热线转市人社局"
        "调查落实，后回复：经约谈施工企业，所欠工资已于7月26日全部支付到位。再次联系反映人，表示满意。",
    ),
]
HOTLINE_WATCH = [
    "（一）市民反映昆吾路某小区地下车库长期积水，7月15日转市住建局办理。督办时限：2024年8月5日。"
    "办理进展：已组织抽排积水，正在维修排水泵房。",
    "（二）市民反映城东某餐饮店油烟直排扰民，7月16日转华龙区人民政府办理。督办时限：2024年7月30日。"
    "办理进展：已超期，承办单位尚未回复。",
    "（三）市民反映家中燃气表计量明显偏快，7月18日转市燃气公司办理。督办时限：2024年8月2日。"
    "办理进展：已上门检测，正在联系厂家校验。",
    "（四）市民反映人民路公交站台长期被电动车占用，7月19日转公交公司办理，办理时限15个工作日。",
]


def write_hotline(path: Path) -> Path:
    doc = _new_document("热线办")
    _title(doc, "市长热线周工作综述")
    _paragraph(doc, "（2024年7月22日—7月28日）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "一、受理情况", 16, "黑体")
    _paragraph(
        doc,
        "2024年7月22日到2024年7月28日，市长热线受理指挥系统共受理电话8652个，电子邮件417封。期间，向全市"
        "市长热线网络单位转办2916件，按期回复2871件，回复率为98.46%。主要涉及供水供电、市容环卫、"
        "物业管理、劳动保障等方面问题。",
    )
    _paragraph(doc, "二、典型案例", 16, "黑体")
    for heading, text in HOTLINE_CASES:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        _paragraph(doc, text)
    _paragraph(doc, "三、重点督办诉求", 16, "黑体")
    _paragraph(doc, "本周对以下诉求实行重点督办，请承办单位按时限办理并反馈：")
    for text in HOTLINE_WATCH:
        _paragraph(doc, text)
    _paragraph(doc, "市长热线办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 政协提案办理情况汇总表, after a city 政协's report on its 提案工作 (交由承办单位办理, 按规定时限办复; 所提问题已经
# 解决和部分解决 / 正在解决和列入规划逐步解决 / 因政策、体制和条件所限暂时难以解决，作出解释说明):
# https://laobiganzi.top/161231.html
# An .xlsx: title, 填报单位 line, a two-row header whose 办理结果 spans the three classes ticked with √, the
# 提案者 beside the 主办单位 and 会办单位, a 合计 row, a 注 line and a signature line.
PROPOSAL_ROWS = [
    (
        "第3001号",
        "关于加快城区中小学学位扩容的提案",
        "民进濮阳市委",
        "市教育局",
        "市自然资源和规划局、市财政局",
        "√",
        "",
        "",
        "2024年6月30日",
        "",
    ),
    (
        "第3012号",
        "关于完善基层家庭医生签约服务的提案",
        "刘红梅委员",
        "市卫健委",
        "市医保局",
        "",
        "√",
        "",
        "2024年6月30日",
        "",
    ),
    (
        "第3025号",
        "关于推进老旧小区加装电梯的提案",
        "王立新等5名委员",
        "市住建局",
        "市市场监管局、华龙区人民政府",
        "",
        "√",
        "",
        "2024年7月31日",
        "",
    ),
    (
        "第3031号",
        "关于发展乡村文化旅游的提案",
        "农工党濮阳市委",
        "市文广旅局",
        "市农业农村局",
        "√",
        "",
        "",
        "2024.6.30",
        "",
    ),
    (
        "第3044号",
        "关于增设城区公共停车泊位的提案",
        "赵国庆委员",
        "市城管局",
        "市公安局交通管理支队",
        "",
        "",
        "",
        "2024年8月15日",
        "正在办理，尚未答复",
    ),
    (
        "第3050号",
        "关于加强困境儿童关爱保护的提案",
        "市妇联界别",
        "市民政局",
        "市教育局",
        "√",
        "",
        "",
        "2024年6月30日",
        "已答复，委员满意",
    ),
    (
        "第3058号",
        "关于优化城乡公交线路的提案",
        "李静委员",
        "市交通局",
        "公交公司",
        "",
        "",
        "",
        "2024年8月31日",
        "",
    ),
]


def write_proposal(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("提案")
    b.widths(ws, [6, 10, 34, 16, 14, 24, 10, 10, 10, 16, 18])
    b.line(ws, 0, "市政协十届三次会议提案办理情况汇总表", 10, b.title)
    b.line(ws, 1, "填报单位：市政府督查室（盖章）            截至2024年7月31日", 10)
    for c, word in enumerate(["序号", "提案号", "提案名称", "提案者", "主办单位", "会办单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "办理结果", b.head)
    b.header(ws, 3, ["已经解决或部分解决", "正在解决或列入规划", "作出解释说明"], 6)
    b.merge(ws, 2, 9, 3, 9, "办复时限", b.head)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(PROPOSAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (6, 7, 8) else b.cell)
    r = 4 + len(PROPOSAL_ROWS)
    b.merge(ws, r, 0, r, 5, "合计：7件", b.section)
    b.row(ws, r, ["3", "2", "0", "", ""], 6, b.center)
    b.line(ws, r + 1, "注：办理结果栏在相应类别下划“√”；尚未答复的不划。", 10)
    b.line(ws, r + 2, "填表人：孟凡华        审核人：杜振宇        联系电话：0393-4412236", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 营商环境投诉事项登记办理台账, after a 高新区's 营商环境投诉线下服务窗口 (现场填写投诉登记表; 可现场处理的及时转交
# 主管部门办理, 需核实的登记造册、调查核实、督察督办、反馈、回访、备案闭环办理):
# https://ribao.xyxww.com.cn/html/2024-09/05/content_146435.htm
# An .xls (xlwt): title, 受理窗口 line, a line saying the 办理时限 runs in working days from 受理, one header row
# with the complainant and the 被投诉对象 beside the 承办单位, a 合计 row, a 注 line and a signature line.
COMPLAINT_ROWS = [
    (
        "YS-2024-031",
        "2024-07-01",
        "濮阳某新材料有限公司",
        "企业申请增值税留抵退税超过规定时限未获办理",
        "高新区税务分局",
        "市税务局",
        "5个工作日",
        "经核实系资料流转延误，已于7月5日办理退税",
        "已反馈，企业满意",
        "是",
    ),
    (
        "YS-2024-032",
        "2024-07-03",
        "某食品加工企业",
        "厂房不动产权证办理多次被要求补充同一材料",
        "市不动产登记中心",
        "市不动产登记中心",
        "10个工作日",
        "调查核实中",
        "",
        "否",
    ),
    (
        "YS-2024-033",
        "2024-07-08",
        "某物流公司",
        "园区道路破损长期未修复影响货车通行",
        "高新区建设管理部门",
        "市住房和城乡建设局",
        "15个工作日",
        "已列入维修计划，正在施工",
        "",
        "否",
    ),
    (
        "YS-2024-034",
        "2024-07-10",
        "某电子科技公司",
        "职工住房公积金缴存基数调整申请被无故退回",
        "市公积金中心高新区管理部",
        "市公积金中心",
        "5个工作日",
        "已重新受理并办结",
        "已回访，企业满意",
        "是",
    ),
    (
        "YS-2024-035",
        "2024-07-15",
        "某餐饮连锁企业",
        "同一门店一个月内被多个部门重复检查",
        "市场监管所等",
        "市市场监管局",
        "15个工作日",
        "",
        "",
        "否",
    ),
    (
        "YS-2024-036",
        "2024-07-19",
        "某机械制造企业",
        "新建厂房用水报装接水时间过长",
        "自来水公司",
        "自来水公司",
        "10个工作日",
        "已完成管网接驳，正在安装水表",
        "",
        "否",
    ),
    (
        "YS-2024-037",
        "2024-07-24",
        "某建材公司",
        "政府采购项目验收后货款逾期未支付",
        "某市直单位",
        "市财政局",
        "15个工作日",
        "",
        "",
        "",
    ),
]


def write_complaint(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳高新区营商环境投诉事项登记办理台账", t, 0, 11),
        (
            1,
            0,
            "受理窗口：高新区政务服务中心营商环境投诉线下服务窗口        统计截止：2024年7月31日",
            plain,
            1,
            11,
        ),
        (2, 0, "办理时限自受理之日起按工作日计算。", plain, 2, 11),
    ]
    header = [
        "序号",
        "登记编号",
        "受理日期",
        "投诉人",
        "投诉事项",
        "被投诉对象",
        "承办单位",
        "办理时限",
        "调查核实情况",
        "反馈回访",
        "是否办结",
    ]
    for col, w in enumerate(header):
        cells.append((3, col, w, h))
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 7, 10) else c))
    r = 4 + len(COMPLAINT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "受理7件，办结2件，在办5件", c, r, 10),
        (r + 1, 0, "注：“是否办结”以反馈回访后企业确认为准。", plain, r + 1, 10),
        (
            r + 2,
            0,
            "填表人：宋雅琳        联系电话：0393-8876015        填报日期：2024年7月31日",
            plain,
            r + 2,
            10,
        ),
    ]
    return _write_xls(path, [("投诉台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 校园及周边安全隐患排查整改台账, after a 小学's 校园及周边环境安全隐患排查报告 (成立排查专项整治工作领导小组;
# 校门周边无证流动摊贩, 校门口无减速带, 墙体风化, 栏杆较低, 无防雷设施, 电线功率小; 整改措施):
# https://www.bangwoyixia.com/wenku/rdbdb/az8Jrpwbd0
# An .ods (LibreOffice conversion): the school named only in the title, 排查时间 line, one header row whose
# 责任部门 are the school's own offices, deadlines as text (立行立改, 8月底前, 2024.8.20), a 填表人 line.
SCHOOL_ROWS = [
    (
        "校门口",
        "校门口公路无交通减速带，接送车辆车速较快",
        "协调交警部门增设减速带和警示标志",
        "安全办",
        "李长勇",
        "8月底前",
        "已向交警部门发函，正在协调",
    ),
    (
        "教学楼",
        "教学楼至厕所段约50米墙体风化",
        "对风化墙体进行加固",
        "总务处",
        "刘象林",
        "2024.8.20",
        "正在施工",
    ),
    (
        "校园周边",
        "校门周边100米内有无证流动摊贩",
        "联系市场监管部门取缔",
        "安全办",
        "陈勇",
        "立行立改",
        "已整改",
    ),
    (
        "办公室",
        "办公室电线老化且无漏电保护装置",
        "更换线路并加装漏电保护器",
        "总务处",
        "黄学光",
        "7月25日前完成",
        "已完成",
    ),
    (
        "学生宿舍",
        "宿舍走廊及楼梯间栏杆高度不足",
        "加高加固栏杆",
        "总务处",
        "丁付前",
        "2024年8月28日前",
        "未整改",
    ),
    ("食堂", "食堂从业人员2人健康证过期", "重新体检办证", "后勤处", "李红卫", "2024年7月31日", "已办理新证"),
    (
        "教学楼",
        "教学楼及厕所未安装防雷设施",
        "申请专项资金安装防雷装置",
        "总务处",
        "刘象林",
        "2024年第三季度",
        "",
    ),
]


def write_school_book(path: Path) -> Path:
    b = Book(path, author="安全办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 28, 10, 10, 16, 26])
    b.line(ws, 0, "城关镇中心学校校园及周边安全隐患排查整改台账", 7, b.title)
    b.line(ws, 1, "排查时间：2024年7月15日        排查人员：学校安全隐患排查专项整治工作领导小组", 7)
    b.header(
        ws, 2, ["序号", "排查区域", "隐患描述", "整改措施", "责任部门", "责任人", "整改时限", "整改情况"]
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(SCHOOL_ROWS), "填表人：金再军        联系电话：0393-3216580        2024年7月30日", 7)
    return b.close()


def write_school(path: Path) -> Path:
    via_soffice(write_school_book, path, "ods", "校园安全隐患排查整改台账.xlsx")
    return fixed_meta(path)


# ---------------------------------------------------------------------------------------------
# 5. 用作经营农村自建房安全隐患重点整治台账, after a county 住建局's notice on the 农村房屋安全隐患重点整治 (经鉴定或评估
# 存在安全隐患的经营农村自建房, 发出房屋安全整治告知单, 建立重点整治台账; 建筑年代长、使用预制板、主体结构损坏、
# 超负荷使用; 综合考虑经营类型、产权人意愿、房屋危险程度确定整治措施):
# http://gk.ziyang.gov.cn/details.aspx?dept=101&id=35289
# An .xlsx: title, 填报单位 line, a two-row header with 是否完成整治 spanning 是/否 ticked with √, the 乡镇 and
# 村 beside a 责任单位 column, a 注 of two points and a signature line.
HOUSE_ROWS = [
    (
        "文留镇",
        "东街村",
        "张某某",
        "餐饮",
        3,
        "一层餐馆私自拆除承重墙扩大经营面积",
        "恢复承重墙并加固",
        "文留镇人民政府",
        "2024年6月30日前完成",
        "√",
        "",
        "",
    ),
    (
        "庆祖镇",
        "西庆祖村",
        "王某某",
        "民宿",
        4,
        "四层民宿顶层违规加建彩钢房",
        "拆除加建部分",
        "庆祖镇人民政府",
        "2024年8月底前",
        "",
        "√",
        "已停止经营，正在拆除",
    ),
    (
        "柳屯镇",
        "南街村",
        "李某某",
        "超市",
        2,
        "超市楼板出现贯通裂缝，鉴定为C级",
        "停止使用并加固",
        "柳屯镇人民政府",
        "2024.9.30",
        "",
        "√",
        "",
    ),
    (
        "户部寨镇",
        "户部寨村",
        "赵某某",
        "小作坊",
        2,
        "作坊二层堆放原料超负荷使用",
        "清理堆放物，限载使用",
        "户部寨镇人民政府",
        "7月15日前",
        "√",
        "",
        "",
    ),
    (
        "子岸镇",
        "子岸村",
        "孙某某",
        "出租房",
        5,
        "五层出租房无第二疏散通道",
        "增设室外疏散楼梯",
        "子岸镇人民政府",
        "2024年10月31日",
        "",
        "√",
        "疏散楼梯正在施工",
    ),
    (
        "八公桥镇",
        "八公桥村",
        "周某某",
        "棋牌室",
        3,
        "地基不均匀沉降导致墙体倾斜，鉴定为D级",
        "停止使用，拆除重建",
        "八公桥镇人民政府",
        "2024年8月31日",
        "√",
        "",
        "已拆除",
    ),
    (
        "海通乡",
        "海通村",
        "吴某某",
        "幼儿托管",
        2,
        "托管场所使用预制板屋面且渗漏严重",
        "停止托管经营，维修屋面",
        "海通乡人民政府",
        "2024年7月20日",
        "",
        "",
        "",
    ),
    (
        "城关镇",
        "北关村",
        "郑某某",
        "旅馆",
        4,
        "旅馆改扩建后未经房屋安全鉴定",
        "委托专业机构开展安全鉴定",
        "城关镇人民政府",
        "2024年第三季度",
        "",
        "√",
        "已委托鉴定机构，报告8月出具",
    ),
]


def write_house(path: Path) -> Path:
    b = Book(path, author="村镇股")
    ws = b.sheet("附件3")
    b.widths(ws, [6, 10, 10, 10, 10, 6, 34, 22, 18, 18, 6, 6, 24])
    b.line(ws, 0, "附件3", 12)
    b.line(ws, 1, "濮阳县用作经营农村自建房安全隐患重点整治台账", 12, b.title)
    b.line(ws, 2, "填报单位：濮阳县住房和城乡建设局（盖章）            填报日期：2024年7月29日", 12)
    words = [
        "序号",
        "乡镇（街道）",
        "村（社区）",
        "房屋产权人",
        "经营类型",
        "层数",
        "安全隐患情况",
        "整治措施",
    ]
    words += ["责任单位", "整治时限"]
    for c, word in enumerate(words):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 10, 3, 11, "是否完成整治", b.head)
    b.header(ws, 4, ["是", "否"], 10)
    b.merge(ws, 3, 12, 4, 12, "备注", b.head)
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (5, 10, 11) else b.cell)
    r = 5 + len(HOUSE_ROWS)
    b.line(ws, r, "注：1.“是否完成整治”栏在对应项下打“√”；2.整治时限按房屋安全整治告知单载明的时限填写。", 12)
    b.line(ws, r + 1, "填表人：高建新        审核人：吕文斌        联系电话：0393-3251107", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 森林防火专项督察发现问题整改情况表, after a 生态区管委会's 森林防火隐患整改报告 (县森林防火督察工作组专项督察结束后
# 专项整改: 防火检查站粉刷墙面、硬化地面、规章制度上墙、安排专人值班; 限期进行整改, 由安监处组织验收):
# http://upload.mayiwenku.com/p-55479778.html
# A CSV in UTF-8 with BOM: title line, a line giving the 督察交办 date the relative deadlines run from, one
# header row with the 督察组 beside the 责任单位, 验收情况 as the closure column, a 填报 line.
FOREST_ROWS = [
    (
        "第一督察组",
        "王称堌镇人民政府",
        "葛墟防火检查站墙面破损、规章制度未上墙",
        "粉刷墙面，规章制度上墙",
        "刘洪波",
        "立行立改",
        "已完成",
        "验收合格",
    ),
    (
        "第一督察组",
        "王称堌镇人民政府",
        "林区入口防火宣传牌缺失",
        "增设防火宣传牌5块",
        "刘洪波",
        "15日内",
        "正在整改",
        "",
    ),
    (
        "第二督察组",
        "濮阳县国有林场",
        "护林员巡护记录不完整",
        "补全巡护记录，落实每日巡护",
        "张建伟",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "第二督察组",
        "市资规局",
        "防火物资储备库部分灭火器过期",
        "更换过期灭火器",
        "李明",
        "2024年7月20日",
        "正在整改",
        "验收合格",
    ),
    (
        "第三督察组",
        "陈庄镇人民政府",
        "林缘50米范围内农事用火管控不严",
        "设立卡口，安排专人值守",
        "马强",
        "8月底前",
        "未整改",
        "",
    ),
    (
        "第三督察组",
        "渠村乡人民政府",
        "林区高压线路下方可燃物未清理",
        "清理可燃物，开设隔离带",
        "王涛",
        "2024年9月15日前",
        "已清理可燃物约3公里，隔离带正在开设",
        "",
    ),
    (
        "第一督察组",
        "市安监局",
        "森林火灾应急预案未按期修订",
        "修订应急预案并组织演练",
        "赵刚",
        "2024年7月31日",
        "已完成",
        "",
    ),
]


def write_forest(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["森林防火专项督察发现问题整改情况表"])
    w.writerow(["督察交办时间：2024年7月10日（“立行立改”“15日内”自交办之日起计算）"])
    w.writerow(
        [
            "序号",
            "督察组",
            "责任单位",
            "存在问题",
            "整改措施",
            "整改责任人",
            "整改时限",
            "整改完成情况",
            "验收情况",
        ]
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["填报单位：市森林防火指挥部办公室", "", "填报人：孔令军", "", "联系电话：0393-4490218"])
    w.writerow(["填报日期：2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 耕地保护专项整治任务分解表进展情况 from two departments, after a city 田长办's 耕地保护专项整治行动方案 (耕地
# “非粮化”治理、“非农化”整治、永久基本农田非耕化整治、占补平衡、高标准农田建设、督察发现问题整改、历史督察挂账问题
# 整改; 量化下达任务分解表; 整改销号):
# http://zzndh.com/a/202306/596590.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line naming the department (one by its short name),
# one header row naming its own 责任科室, an 整改销号 closure column and a signature line.
FARM_RETURNS = [
    (
        "市自然资源和规划局",
        "市自然资源和规划局",
        [
            (
                "耕地“非农化”整治",
                "2023年卫片执法发现的12宗违法占用耕地图斑",
                "执法支队",
                "2024年9月底前完成恢复，12月底前验收销号",
                "已完成恢复9宗，剩余3宗正在拆除复耕",
                "",
            ),
            (
                "督察发现问题整改",
                "2022年耕地保护督察指出的永久基本农田违规占用问题",
                "耕地保护监督科",
                "2024年6月底前",
                "已完成整改",
                "已销号",
            ),
            (
                "耕地占补平衡",
                "补充耕地项目新增耕地指标储备不足",
                "国土空间生态修复科",
                "2024年底前",
                "2个补充耕地项目正在施工",
                "",
            ),
            (
                "历史督察挂账问题整改",
                "历史督察反馈挂账的5宗违法用地",
                "执法支队",
                "2024年第三季度",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "市农业农村局",
        "市农业局",
        [
            (
                "耕地“非粮化”治理",
                "部分永久基本农田种植苗木、草皮",
                "种植业管理科",
                "2024年10月31日",
                "已调整种植结构1200亩，剩余300亩正在推进",
                "",
            ),
            (
                "高标准农田建设",
                "2023年度高标准农田建设项目部分灌溉设施未完工",
                "农田建设管理科",
                "2024年7月15日",
                "已完工并通过验收",
                "已销号",
            ),
            (
                "遏制新增耕地“非粮化”",
                "建立耕地种植用途动态监测机制",
                "种植业管理科",
                "长期坚持",
                "每季度开展一次监测",
                "",
            ),
            (
                "耕地撂荒整治",
                "山区乡镇撂荒地复耕复种进度偏慢",
                "农田建设管理科",
                "2024年8月底前",
                "",
                "",
            ),
        ],
    ),
]


def write_farm_book(path: Path, sender: str, rows: list[tuple]) -> Path:
    b = Book(path, author=sender)
    ws = b.sheet("任务分解表")
    b.widths(ws, [6, 20, 38, 16, 30, 34, 12])
    b.line(ws, 0, "耕地保护专项整治任务分解表进展情况", 6, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{sender}            填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "整治方面", "具体任务", "责任科室", "完成时限", "进展情况", "整改销号"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(rows), "分管领导：            填表人：            联系电话：", 6)
    return b.close()


def write_farm(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, sender, rows in FARM_RETURNS:
            name = f"耕地保护专项整治任务进展（{unit}）.xlsx"
            member = write_farm_book(Path(tmp) / name, sender, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 重点项目建设推进情况表, after a county's 重点项目建设情况通报 (计划总投资, 年度计划投资, 已完成投资, 占年度计划的%;
# 已完工、在建、未开工; 各项目牵头（责任）单位):
# https://max.book118.com/html/2021/0125/7021002061003046.shtm
# An .et (Excel 97 via LibreOffice): title, 单位 line, a two-row header with 投资情况 spanning four columns, section
# rows per class of project, a 合计 row, 形象进度 as sentences, 时间节点 as a schedule text, a 填报 line.
PROJECT_SECTIONS = [
    (
        "一、产业项目（3个）",
        [
            (
                "年产5万吨可降解材料项目",
                "建设生产车间4栋及配套设施",
                120000,
                40000,
                26500,
                "66.3%",
                "主体车间已封顶，正在安装设备",
                "进口设备通关周期长",
                "市工信局",
                "9月底前设备安装完成，12月底前投产",
            ),
            (
                "新能源汽车零部件产业园",
                "建设标准化厂房12万平方米",
                85000,
                30000,
                30000,
                "100%",
                "已竣工投产",
                "无",
                "市发改委",
                "2024年6月底前竣工",
            ),
            (
                "冷链物流中心项目",
                "建设冷库3万吨及分拣中心",
                36000,
                12000,
                0,
                "0",
                "未开工",
                "土地征收未完成",
                "市商务局",
                "2024年8月底前开工",
            ),
        ],
    ),
    (
        "二、基础设施项目（2个）",
        [
            (
                "金堤河综合治理工程",
                "河道清淤32公里，堤防加固18公里",
                58000,
                20000,
                13800,
                "69.0%",
                "河道清淤完成60%，堤防加固正在施工",
                "汛期施工受限",
                "市水务局",
                "2024.12.31",
            ),
            (
                "国道106城区段改建工程",
                "改建一级公路9.6公里",
                42000,
                18000,
                9600,
                "53.3%",
                "路基工程完成，路面正在施工",
                "管线迁改协调难度大",
                "市交通局",
                "10月底前完成路面，11月底前通车",
            ),
        ],
    ),
    (
        "三、社会民生项目（2个）",
        [
            (
                "市中心医院门急诊综合楼",
                "建筑面积6.8万平方米",
                65000,
                15000,
                8200,
                "54.7%",
                "主体施工至第8层",
                "无",
                "市卫健委",
                "2025年6月底前竣工",
            ),
            (
                "城区第三高级中学新建项目",
                "新建教学楼、实验楼、宿舍楼",
                30000,
                10000,
                None,
                "",
                "",
                "",
                "市教育局",
                "2024年9月1日前投入使用",
            ),
        ],
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="重点办")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 26, 26, 10, 10, 10, 10, 30, 20, 12, 30])
    b.line(ws, 0, "2024年市级重点项目建设推进情况表（1-7月）", 10, b.title)
    b.line(ws, 1, "单位：万元", 10, b.right)
    for c, word in enumerate(["序号", "项目名称", "建设内容及规模"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 6, "投资情况", b.head)
    b.header(ws, 3, ["总投资", "2024年计划投资", "1-7月完成投资", "占年度计划"], 3)
    for c, word in enumerate(["形象进度", "存在问题", "责任单位", "时间节点"], 7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    rows = [row for _, section in PROJECT_SECTIONS for row in section]
    b.merge(ws, 4, 0, 4, 2, "合计（7个）", b.section)
    b.row(ws, 4, [sum(r[2] for r in rows), sum(r[3] for r in rows), sum(r[4] or 0 for r in rows), "57.5%"], 3)
    b.row(ws, 4, ["", "", "", ""], 7)
    r, n = 5, 0
    for heading, section in PROJECT_SECTIONS:
        b.merge(ws, r, 0, r, 10, heading, b.section)
        r += 1
        for row in section:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), 1)
            r += 1
    b.line(ws, r + 1, "填报单位：市重点项目建设领导小组办公室        填报日期：2024年7月31日", 10)
    return b.close()


def write_project(path: Path) -> Path:
    return via_soffice(write_project_book, path, "xls", "重点项目建设推进情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 领导批示件督办落实情况登记表, after a 省委督查室's account of its 领导批示件督办 (研判: 批办性批示、指导性批示、参阅性
# 批示分类办理; 发函督办, 明确督办重点、要求和方式, 下发责任单位; 跟踪、审核、回访):
# http://zgckaitp.caiyes.cn/thread-82780-1-1.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 批示领导 beside the 承办单位, 交办日期
# and 办理时限 partly in working days from it, 审核回访 as the closure column; a 注 and a signature line.
INSTRUCTION_ROWS = [
    (
        "DB〔2024〕41号",
        "市委主要领导",
        "批办性批示",
        "关于南环路汛期积水点改造的群众来信",
        "2024-07-02",
        "市城管局",
        "10个工作日",
        "已完成3处积水点改造",
        "审核通过，已办结",
    ),
    (
        "DB〔2024〕42号",
        "市政府主要领导",
        "批办性批示",
        "关于企业反映电力增容报装慢的问题",
        "2024-07-04",
        "供电公司",
        "15个工作日",
        "已召开专题会议，正在制定报装提速方案",
        "",
    ),
    (
        "DB〔2024〕43号",
        "分管副市长",
        "指导性批示",
        "关于加强汛期地质灾害防范的报告",
        "2024-07-05",
        "市国土局",
        "7月底前",
        "已完成隐患点排查，正在落实避险措施",
        "",
    ),
    (
        "DB〔2024〕44号",
        "市委主要领导",
        "批办性批示",
        "关于某小区供暖管网改造遗留问题的信访件",
        "2024-07-08",
        "市住建局",
        "15个工作日",
        "逾期未办",
        "已发催办函",
    ),
    (
        "DB〔2024〕45号",
        "分管副市长",
        "批办性批示",
        "关于农村饮水安全工程水质不达标的反映",
        "2024-07-10",
        "市水利局",
        "2024年8月10日",
        "已完成水质复检，管网消毒正在进行",
        "",
    ),
    (
        "DB〔2024〕46号",
        "市政府主要领导",
        "批办性批示",
        "关于加快推进城区公共停车场建设的建议",
        "2024-07-15",
        "市发改委",
        "20个工作日",
        "",
        "",
    ),
    (
        "DB〔2024〕47号",
        "分管副市长",
        "批办性批示",
        "关于学校食堂食品安全抽检发现问题的通报",
        "2024-07-18",
        "市市场监督管理局",
        "5个工作日",
        "已对涉事食堂立案查处，整改到位",
        "回访核实，已办结",
    ),
]


def write_instruction_docx(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "领导批示件督办落实情况登记表", 18)
    _paragraph(doc, "填报单位：市委督查室        统计时段：2024年7月1日至7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(INSTRUCTION_ROWS, 1)]
    header = ["序号", "督办编号", "批示领导", "批示类别", "批示内容摘要", "交办日期", "承办单位", "办理时限"]
    _table(doc, [*header, "落实情况", "审核回访"], body, 9)
    _paragraph(doc, "注：办理时限为工作日的，自交办之日起计算。", 12)
    _paragraph(doc, "填表人：邢晓燕        审核：袁志刚        2024年7月31日", 12)
    return _save_fixed(doc, path)


def write_instruction(path: Path) -> Path:
    return via_soffice(write_instruction_docx, path, "doc", "领导批示件督办落实情况登记表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 常务会议议定事项落实情况台账, after a city's 市委市政府议定事项的督办制度 (市政府常务会议定的事项; 督查部门分解立项,
# 明确督办内容、承办责任人及办理时限; 承办单位的督查员跟踪督促; 及时报送办理进展):
# https://www.110.com/fagui/law_121189.html
# An .xlsx: title, 截至 line, one header row, the 会议名称 merged down over its 议定事项, the 承办责任人 and 督查员
# beside the 承办单位 (three by their former names), dates as text (2024.7.15, 7月底前), a 注 and the office.
MEETINGS = [
    (
        "市政府第35次常务会议（2024年6月14日）",
        [
            (
                "研究制定城区违法建设治理三年行动方案",
                "市城管执法局",
                "王建军",
                "张敏",
                "2024.7.15",
                "方案已印发实施",
                "是",
            ),
            (
                "加快办理国土空间总体规划报批手续",
                "市规划局",
                "刘志强",
                "张敏",
                "2024年9月30日",
                "已通过省级审查，正在修改完善",
                "否",
            ),
            (
                "开展工贸企业有限空间作业专项检查",
                "市安监局",
                "陈立",
                "李娜",
                "7月底前",
                "已检查企业126家，发现隐患全部整改",
                "是",
            ),
        ],
    ),
    (
        "市政府第36次常务会议（2024年6月28日）",
        [
            (
                "落实城乡居民医保财政补助资金",
                "市财政局",
                "赵丽",
                "李娜",
                "2024年8月15日",
                "已拨付60%，剩余资金正在调度",
                "否",
            ),
            (
                "建立重点企业用工服务专员制度",
                "市人社局",
                "孙伟",
                "张敏",
                "长期坚持",
                "常态化推进",
                "",
            ),
            (
                "完成城区14个老旧小区雨污分流改造",
                "市住建局",
                "周涛",
                "李娜",
                "7月底前完成设计招标，10月底前全部完工",
                "",
                "否",
            ),
        ],
    ),
    (
        "市政府第37次常务会议（2024年7月12日）",
        [
            (
                "推进市民之家政务服务事项集中进驻",
                "市行政服务中心",
                "吴刚",
                "张敏",
                "2024年8月31日",
                "",
                "",
            ),
        ],
    ),
]


def write_meeting(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("议定事项")
    b.widths(ws, [6, 22, 36, 16, 10, 10, 22, 32, 10])
    b.line(ws, 0, "市政府常务会议议定事项落实情况台账", 8, b.title)
    b.line(ws, 1, "截至2024年7月31日", 8, b.right)
    b.header(
        ws,
        2,
        [
            "序号",
            "会议名称",
            "议定事项",
            "承办单位",
            "承办责任人",
            "督查员",
            "办理时限",
            "落实情况",
            "是否办结",
        ],
    )
    r, n = 3, 0
    for meeting, rows in MEETINGS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, meeting, b.cell)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), 2)
            r += 1
    b.line(ws, r, "注：办理时限以会议纪要明确的时限为准；“是否办结”由督查员核实后填写。", 8)
    b.line(ws, r + 1, "市政府督查室        2024年7月31日", 8, b.right)
    return b.close()


FILES = [
    ("市长热线周工作综述（7月22日—7月28日）.docx", write_hotline),
    ("市政协十届三次会议提案办理情况汇总表.xlsx", write_proposal),
    ("营商环境投诉事项登记办理台账（2024年7月）.xls", write_complaint),
    ("城关镇中心学校校园及周边安全隐患排查整改台账.ods", write_school),
    ("用作经营农村自建房安全隐患重点整治台账.xlsx", write_house),
    ("森林防火专项督察发现问题整改情况表.csv", write_forest),
    ("耕地保护专项整治任务进展（两个部门）.zip", write_farm),
    ("2024年市级重点项目建设推进情况表（1-7月）.et", write_project),
    ("领导批示件督办落实情况登记表（7月）.wps", write_instruction),
    ("市政府常务会议议定事项落实情况台账.xlsx", write_meeting),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside137 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 人大代表建议办理, 政协提案办理, 市长热线, 网络问政, 领导信箱, 人民网留言板, 政风行风热线, 媒体曝光问题,
舆情处置, 营商环境监督员.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 (with BOM), a .docx whose items are
numbered paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside137.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every file is written with fixed dates inside and fixed zip member times, so two runs give the same bytes.
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
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.section = add({"border": 1, "bold": True, "valign": "vcenter", "font_name": "宋体"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
        )
        self.daycn = add(
            {
                "border": 1,
                "num_format": 'yyyy"年"m"月"d"日"',
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
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

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
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


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num=None):
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
    if num:
        style.num_format_str = num
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
# 1. 人大代表建议办理, after a city 人大常委会's 代表建议办理工作座谈会 (市政府目督办 with the 发改、住建、教育、人社、交通、
# 卫生 departments; the 73 建议 counted as 已经解决或基本解决 / 正在解决或列入计划正在逐步解决 / 因客观条件限制需以后解决;
# 加大跟踪督办力度):
# http://kaisongmc.com/news/RDDT/2014117/5926201973.html
# An .xlsx: title, 填报单位/截至日期 line, a two-row header (办理情况 over 办理类别 and 落实情况) with the 领衔代表
# (the proposer) and the 协办单位 beside the 主办单位 written in short names, a 合计 row, a 注 line and a 填表人 line.
NPC_ROWS = [
    (
        "第0012号",
        "王建华等5名代表",
        "关于在老城区增设公共停车场缓解停车难的建议",
        "市住建局",
        "市城管局、市自然资源和规划局",
        "正在解决",
        "已选定胜利路、京开大道两处地块，正在开展方案设计",
        "2024年12月底前",
    ),
    (
        "第0027号",
        "李秀芝",
        "关于加快实施老旧小区供热管网改造的建议",
        "市住建局",
        "市财政局",
        "已解决",
        "改造工程已于6月底竣工，已书面答复代表，代表满意",
        "2024年6月30日",
    ),
    (
        "第0035号",
        "赵国强等3名代表",
        "关于增加城乡公交线路覆盖偏远村庄的建议",
        "市交通局",
        "众意公交公司",
        "正在解决",
        "已新开通3条镇村公交线路，其余线路正在论证",
        "2024年9月底",
    ),
    (
        "第0041号",
        "张丽",
        "关于解决进城务工人员随迁子女入学难的建议",
        "市教育局",
        "市人社局",
        "已解决",
        "秋季学期随迁子女入学政策已发布实施，已答复代表",
        "2024年8月31日",
    ),
    (
        "第0053号",
        "刘志刚",
        "关于加强乡镇卫生院全科医生配备的建议",
        "市卫生局",
        "市人社局",
        "列入计划逐步解决",
        "已纳入2025年全科医生特岗计划，招聘方案正在起草",
        "2025年6月底前",
    ),
    (
        "第0068号",
        "孙红梅",
        "关于设立小微企业创业担保贷款绿色通道的建议",
        "市人社局",
        "市财政局",
        "",
        "",
        "第三季度",
    ),
    (
        "第0072号",
        "陈振东",
        "关于争取中央预算内资金支持城市地下管网建设的建议",
        "市发改委",
        "市财政局、市住建局",
        "正在解决",
        "已完成项目谋划入库，正在申报第二批资金",
        "2024年10月31日",
    ),
    (
        "第0086号",
        "郭玉兰",
        "关于整治城区主干道路灯不亮问题的建议",
        "市城管执法局",
        "国网濮阳供电公司",
        "",
        "未启动",
        "2024年8月15日",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="目标督查办")
    ws = b.sheet("重点督办建议")
    b.widths(ws, [6, 11, 16, 38, 14, 24, 16, 36, 16])
    b.line(ws, 0, "市八届人大四次会议代表建议办理进展情况汇总表（重点督办件）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府目标督查办公室    截至日期：2024年7月25日", 8)
    for c, word in enumerate(["序号", "建议编号", "领衔代表", "建议题目", "主办单位", "协办单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "办理情况", b.head)
    b.header(ws, 3, ["办理类别", "落实情况"], first=6)
    b.merge(ws, 2, 8, 3, 8, "计划完成时限", b.head)
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
        ws.set_row(3 + i, 36)
    end = 4 + len(NPC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "交由市政府办理的代表建议86件，本表列市人大常委会重点督办件8件")
    b.line(
        ws,
        end + 1,
        "注：办理类别按“已解决”“正在解决”“列入计划逐步解决”“因客观条件限制需以后解决”四类填写。",
        8,
    )
    b.line(ws, end + 2, "填表人：冯晓磊    审核人：侯振山    联系电话：0393-8991526", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 政协提案办理督导检查, after a county 政协提案委's joint 督导检查 with the 县委、县政府督查室 of how the 承办单位 handle the
# session's 委员提案 (把提案工作作为重要政治责任; 对一些目前有一定办理难度的提案，加强与委员的沟通协调，说明原因):
# https://jxxfw.com/periodical/13aae6b5693ea174ca47367fd5198672.html
# An .xlsx: title, 督导单位/督导时间 line, one header row with the 提案人 (proposer) and the 督导组 (inspector) beside the
# 承办单位, a 督导意见 column, a 说明 line and the signature line.
CPPCC_ROWS = [
    (
        "第15号",
        "王晓东",
        "关于加强农村寄宿制学校管理的建议",
        "濮阳县教育局",
        "第一督导组",
        "答复后跟踪落实不够",
        "2024年8月31日",
        "已制定寄宿制学校管理办法，正在组织生活教师培训",
    ),
    (
        "第22号",
        "民盟濮阳县委员会",
        "关于发展县域农产品冷链物流的建议",
        "濮阳县商务局",
        "第一督导组",
        "办理规范，委员满意",
        "6月30日前",
        "已办结，冷链集配中心已投入使用",
    ),
    (
        "第31号",
        "李红霞",
        "关于规范城区农贸市场经营秩序的建议",
        "濮阳县市场监督管理局",
        "第二督导组",
        "与委员沟通不及时",
        "2024年9月底",
        "正在办理，已与委员见面沟通",
    ),
    (
        "第38号",
        "张卫国",
        "关于加快乡村道路安全生命防护工程建设的建议",
        "濮阳县交通运输局",
        "第二督导组",
        "未按时限办理",
        "2024年7月20日",
        "未启动",
    ),
    (
        "第44号",
        "农工党濮阳县支部",
        "关于提升乡镇卫生院急诊急救能力的建议",
        "濮阳县卫生健康委员会",
        "第三督导组",
        "未提供办理材料",
        "年底前",
        "",
    ),
    (
        "第52号",
        "刘建民",
        "关于挖掘利用县域红色文化资源的建议",
        "濮阳县文化广电和旅游局",
        "第三督导组",
        "办理规范",
        "2024年7月15日",
        "已办结并书面答复委员",
    ),
    (
        "第60号",
        "赵淑芬",
        "关于推广小麦玉米高效节水灌溉技术的建议",
        "濮阳县水利局",
        "第三督导组",
        "",
        "长期坚持",
        "常态化推进",
    ),
]


def write_cppcc(path: Path) -> Path:
    b = Book(path, author="提案委")
    ws = b.sheet("督导反馈")
    b.widths(ws, [6, 9, 18, 36, 22, 12, 20, 14, 34])
    b.line(ws, 0, "县政协九届三次会议提案办理情况督导检查反馈表", 8, b.title)
    b.line(
        ws,
        1,
        "督导单位：县政协提案委员会、县委督查室、县政府督查室    督导时间：2024年7月22日至7月24日",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "提案号", "提案人", "案由", "承办单位", "督导组", "督导意见", "办理时限", "办理进展"],
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        ws.set_row(2 + i, 32)
    end = 3 + len(CPPCC_ROWS)
    b.line(ws, end + 1, "说明：“办理进展”由承办单位填写，督导组现场核实。", 8)
    b.line(ws, end + 2, "县政协提案委员会    联系人：常海燕    电话：0393-3222157    2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 市长公开电话转办件, after a city's 市长公开电话 rules (受理时记录来话市民的姓名、住址、联系电话、诉求内容和责任单位;
# 承办单位一般件在5个工作日内、急件3个工作日内反馈办理结果，特急件当日限时反馈; 责任单位推拖办理的立项督办):
# http://www.fsou.com.cn/html/text/lar/171479/17147928_1.html
# An .xls (xlwt): title, 办公室/月份 line, a 注 line stating the 件别 and that the time counts from the 转办日期, one
# header row with the 转办日期 as a date cell and a 反馈时限 in working days, a 反馈日期 column, a 合计 row and the
# 登记人 line.
HOTLINE_ROWS = [
    (
        "MZ202407030015",
        date(2024, 7, 3),
        "刘女士",
        "华龙区绿城路",
        "绿城路某小区门口下水道堵塞，污水外溢",
        "市城管局",
        "一般件",
        "5个工作日",
        "已疏通，来话人满意",
        date(2024, 7, 8),
    ),
    (
        "MZ202407050031",
        date(2024, 7, 5),
        "张先生",
        "华龙区开州路",
        "开州路与建设街交叉口信号灯故障，早晚高峰拥堵",
        "市交警支队",
        "急件",
        "3个工作日",
        "信号灯已修复",
        date(2024, 7, 5),
    ),
    (
        "MZ202407100007",
        date(2024, 7, 10),
        "王先生",
        "华龙区中原路",
        "中原路东段供水管道爆裂，路面大面积积水",
        "市自来水公司",
        "特急件",
        "当日",
        "已抢修完毕，恢复供水",
        date(2024, 7, 10),
    ),
    (
        "MZ202407150022",
        date(2024, 7, 15),
        "赵女士",
        "华龙区黄河路",
        "某校外培训机构停业后拒不退还学员预交学费",
        "市教育局",
        "一般件",
        "5个工作日",
        "正在协调退费，已退还部分学员",
        None,
    ),
    (
        "MZ202407160041",
        date(2024, 7, 16),
        "孙先生",
        "华龙区京开大道",
        "反映养老金资格认证无法在手机端完成",
        "市人社局",
        "一般件",
        "5个工作日",
        "逾期未反馈",
        None,
    ),
    (
        "MZ202407180036",
        date(2024, 7, 18),
        "李先生",
        "华龙区大庆路",
        "大庆路某建筑工地夜间施工噪声扰民",
        "市环保局",
        "一般件",
        "5个工作日",
        "",
        None,
    ),
    (
        "MZ202407220012",
        date(2024, 7, 22),
        "周女士",
        "华龙区长庆路",
        "小区3号楼电梯频繁故障，多次困人",
        "市质监局",
        "急件",
        "3个工作日",
        "已责令物业和维保单位全面检修，正在更换控制主板",
        None,
    ),
    (
        "MZ202407260028",
        date(2024, 7, 26),
        "郑先生",
        "濮阳县庆祖镇",
        "西庆祖村村内道路坑洼，雨后积水无法通行",
        "濮阳县庆祖镇人民政府",
        "一般件",
        "5个工作日",
        "已安排施工队，正在铺垫路面",
        None,
    ),
]


def write_hotline(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    day = _xf(center=True, num="yyyy-mm-dd")
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "市长公开电话转办件办理情况登记表", t, 0, last),
        (1, 0, "市长公开电话办公室    2024年7月", plain, 1, last),
        (
            2,
            0,
            "注：一般件5个工作日、急件3个工作日内反馈办理结果，特急件当日反馈；时限自转办之日起计算。",
            plain,
            2,
            last,
        ),
    ]
    words = [
        "序号",
        "受理编号",
        "转办日期",
        "来话人",
        "住址",
        "诉求内容",
        "责任单位",
        "件别",
        "反馈时限",
        "办理结果",
        "反馈日期",
        "备注",
    ]
    cells += [(3, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(HOTLINE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                cells.append((r, col, datetime(v.year, v.month, v.day), day))
            elif v is None:
                cells.append((r, col, "", c))
            else:
                cells.append((r, col, v, ctr if col in (1, 3, 7, 8) else c))
        cells.append((r, last, "", c))
    r = 4 + len(HOTLINE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 4),
        (r, 5, "本月转办8件，已反馈办结3件", c, r, last),
        (r + 2, 0, "登记人：石雅静    审核人：贾卫东    登记日期：2024年7月31日", plain, r + 2, last),
    ]
    widths = [6, 18, 12, 9, 16, 36, 20, 8, 11, 30, 12, 8]
    return _write_xls(path, [("7月转办件", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 网络问政留言办理工作台账, after a 网络问政平台 management rule (网上留言登记整理后呈送本单位领导签批，交有关科室办理，
# 明确办理责任人和工作时限; 咨询、建议类5个工作日内办结，投诉类7个工作日内办结; 不能按期办结的跟帖说明并申请延时，
# 最长不超过15个工作日; 各参与问政单位对本单位群众留言办理情况建立工作台账):
# http://www.yunhepan.com/news/259236_2.shtml
# A CSV in UTF-8 (with BOM): a title line, the unit line, a header line with the 交办日期 and the 承办科室 (the unit's own
# sections) and its 责任人, 办理时限 in working days or an extension date, a 注 line and the 填表人 line.
WENZHENG_ROWS = [
    (
        "WZ2407-0113",
        "2024-07-01",
        "咨询",
        "咨询网约车驾驶员从业资格证考试报名流程和所需材料",
        "2024-07-02",
        "运输服务科",
        "魏晨",
        "5个工作日",
        "已跟帖回复，告知报名方式和材料清单",
        "2024-07-04",
    ),
    (
        "WZ2407-0127",
        "2024-07-02",
        "投诉",
        "投诉8路公交车司机多次不按站点停靠，乘客无法上车",
        "2024-07-03",
        "城市客运科",
        "宁海涛",
        "7个工作日",
        "已约谈公交公司，对当班司机作出处理，已跟帖回复网民",
        "2024-07-10",
    ),
    (
        "WZ2407-0189",
        "2024-07-08",
        "投诉",
        "反映S209省道濮阳县段路面塌陷，夜间无警示标志",
        "2024-07-09",
        "建设管理科",
        "丁志勇",
        "7个工作日",
        "已设置警示标志，修复工程正在施工",
        "",
    ),
    (
        "WZ2407-0204",
        "2024-07-10",
        "建议",
        "建议开通高铁站至老城区的夜间公交专线",
        "2024-07-11",
        "城市客运科",
        "宁海涛",
        "5个工作日",
        "",
        "",
    ),
    (
        "WZ2407-0236",
        "2024-07-12",
        "投诉",
        "投诉某驾校收取培训费后长期不安排练车",
        "2024-07-15",
        "运输服务科",
        "魏晨",
        "延期至2024年8月5日",
        "情况复杂，已先行跟帖说明，正在调查核实",
        "",
    ),
    (
        "WZ2407-0301",
        "2024-07-19",
        "咨询",
        "咨询货车ETC办理后能否享受通行费优惠政策",
        "2024-07-22",
        "综合规划科",
        "黄丽",
        "5个工作日",
        "超期未回复",
        "",
    ),
    (
        "WZ2407-0328",
        "2024-07-24",
        "投诉",
        "反映出租车在火车站夜间拒载、议价",
        "2024-07-25",
        "城市客运科",
        "宁海涛",
        "7个工作日",
        "已转交市交通运输综合行政执法支队调查处理",
        "",
    ),
]


def write_wenzheng(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["网络问政群众留言办理工作台账（2024年7月）"])
    w.writerow(["问政单位：濮阳市交通运输局    平台管理员：黄丽    联系电话：0393-4412260"])
    w.writerow(
        [
            "序号",
            "帖子编号",
            "发帖时间",
            "留言类别",
            "留言内容",
            "交办日期",
            "承办科室",
            "责任人",
            "办理时限",
            "回复情况",
            "回复日期",
        ]
    )
    for i, row in enumerate(WENZHENG_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：咨询、建议类留言5个工作日内办结，投诉类7个工作日内办结，时限自交办之日起计算。"])
    w.writerow(["填表人：黄丽    审核人：王振宇    填表日期：2024年7月31日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 局长信箱, after a city 城管局 web system's 局长信箱列表 (columns 序号、标题、邮件内容、申请时间、申请人、状态、回复内容、
# 回复时间; 申请时间 as yyyy-MM-dd HH:mm:ss):
# https://github.com/birdhan/ProjectRock/blob/f182b1b36c498f86b6e2f9602daa61223e35af23/hrbcgj/7.28%E6%9B%B4%E6%96%B0%E7%89%88/hrbcgj/WebRoot/WEB-INF/pages/premierletter/premierLetterList.jsp
# An .xlsx as the list's export with a title line the office added: the unit named only in the title, the letters'
# 状态 as the system shows it, no deadline anywhere.
MAILBOX_ROWS = [
    (
        "早市占道经营",
        "胜利路与京开大道交叉口早市占道经营，早高峰堵塞交通",
        "2024-07-02 08:15:32",
        "张**（注册帐号：zh1985）",
        "已回复",
        "已责成华龙区城管执法大队规范早市经营时间和范围，经复查已整改到位。",
        "2024-07-05 16:20:11",
    ),
    (
        "渣土车抛洒",
        "开州路东段夜间渣土车抛洒滴漏严重，路面泥土成片",
        "2024-07-04 22:41:07",
        "李**（注册帐号：lyq_py）",
        "处理中",
        "已联合交警开展夜间专项检查，正在追查涉事运输企业。",
        "2024-07-09 10:02:45",
    ),
    (
        "公厕锁门",
        "人民公园西门公厕长期锁门，游客无法使用",
        "2024-07-08 09:30:18",
        "王**（注册帐号：wang0393）",
        "未回复",
        "",
        "",
    ),
    (
        "路灯不亮",
        "黄河路中段路灯连续一周不亮，夜间行人不安全",
        "2024-07-10 21:05:44",
        "赵**（注册帐号：zhaoxm）",
        "已回复",
        "经核查为地下电缆老化，已更换电缆，路灯恢复正常。",
        "2024-07-12 15:38:09",
    ),
    (
        "烧烤油烟",
        "小区楼下烧烤摊油烟扰民，夜间噪音持续到凌晨",
        "2024-07-15 23:12:56",
        "陈**（注册帐号：chen_ll）",
        "处理中",
        "已约谈经营户，限期安装油烟净化设施。",
        "2024-07-18 11:47:30",
    ),
    (
        "井盖缺失",
        "长庆路人行道井盖缺失，存在行人跌落隐患",
        "2024-07-19 07:58:03",
        "刘**（注册帐号：liuhb77）",
        "已回复",
        "已于当日补装井盖并设置警示。",
        "2024-07-19 17:26:41",
    ),
    (
        "顶楼违建",
        "某小区顶楼业主私自加盖彩钢房，存在安全隐患",
        "2024-07-24 14:20:37",
        "孙**（注册帐号：sunpy）",
        "处理中",
        "",
        "",
    ),
]


def write_mailbox(path: Path) -> Path:
    b = Book(path, author="信息中心")
    ws = b.sheet("局长信箱列表")
    b.widths(ws, [6, 14, 44, 20, 24, 10, 44, 20])
    b.line(ws, 0, "濮阳市城市管理局局长信箱来信办理情况（2024年7月）", 7, b.title)
    b.header(ws, 1, ["序号", "标题", "邮件内容", "申请时间", "申请人", "状态", "回复内容", "回复时间"])
    for i, row in enumerate(MAILBOX_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 人民网网民留言交办督办, after a city 政府督查室's handling of 人民网网民留言 (属地管理、分级负责; 涉及多个单位的指定
# 牵头责任单位，负责各协办单位的沟通协调和办理结果回告; 回复内容不符合要求、无主要领导审核签字的一律退回重办; 办理时限为
# 10个工作日，重大和紧急问题即收即办):
# http://www.sdofc.com/archiver/tid-218.html
# An .et (Excel 97 via LibreOffice): title, 交办单位/统计时间 line, a 办理时限 note, one header row with the 牵头责任单位
# beside the 协办单位, a 交办日期 column the 10 working days count from, 督查室审核意见 beside the 回复情况, a 注 line
# and a 制表 line.
PEOPLE_ROWS = [
    (
        "RMW-2024-0612",
        date(2024, 6, 28),
        "华龙区某小区交房三年仍未办理不动产权证",
        "市不动产登记中心",
        "市住建局",
        date(2024, 7, 1),
        "10个工作日",
        "已回复网民：已为该小区312户集中办理不动产权证",
        "审核通过，已办结",
    ),
    (
        "RMW-2024-0633",
        date(2024, 7, 1),
        "濮阳县某村自来水发黄有异味，群众不敢饮用",
        "濮阳县人民政府",
        "市水利局",
        date(2024, 7, 2),
        "10个工作日",
        "已回复，内容笼统，未说明水质检测结果",
        "退回重办（回复无主要领导审核签字），正在重新办理",
    ),
    (
        "RMW-2024-0651",
        date(2024, 7, 8),
        "暴雨后京开大道下穿涵洞积水，多辆车被困",
        "市城管局",
        "市交警支队",
        date(2024, 7, 8),
        "即收即办",
        "已组织抽排积水，当日回复网民",
        "审核通过",
    ),
    (
        "RMW-2024-0668",
        date(2024, 7, 9),
        "孩子就读的民办幼儿园突然停办，预交保教费无法退还",
        "市教育局",
        "市市场监管局",
        date(2024, 7, 10),
        "10个工作日",
        "",
        "逾期未回复",
    ),
    (
        "RMW-2024-0680",
        date(2024, 7, 11),
        "清丰县某建材企业拖欠农民工工资近半年",
        "市人社局",
        "清丰县人民政府",
        date(2024, 7, 12),
        "10个工作日",
        "已督促企业支付部分工资，剩余部分正在追讨",
        "",
    ),
    (
        "RMW-2024-0702",
        date(2024, 7, 16),
        "小区周边化工企业夜间排放刺鼻气味",
        "市环保局",
        "濮阳县人民政府",
        date(2024, 7, 17),
        "10个工作日",
        "已回复：经现场监测，企业废气排放达标，已要求加强无组织排放管控",
        "审核通过",
    ),
    (
        "RMW-2024-0725",
        date(2024, 7, 19),
        "异地就医备案后住院费用报销仍被拒",
        "市医保局",
        "",
        date(2024, 7, 22),
        "10个工作日",
        "正在核查",
        "",
    ),
    (
        "RMW-2024-0741",
        date(2024, 7, 24),
        "南乐县某路段新修道路通车三个月即开裂",
        "南乐县人民政府",
        "市交通运输局",
        date(2024, 7, 25),
        "10个工作日",
        "",
        "",
    ),
]


def write_people_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 12, 36, 18, 16, 12, 12, 36, 30])
    b.line(ws, 0, "人民网“领导留言板”网民留言交办督办情况表", 9, b.title)
    b.line(ws, 1, "交办单位：濮阳市人民政府督查室    统计时间：2024年7月29日", 9)
    b.line(ws, 2, "办理时限：自交办之日起10个工作日；重大和紧急问题即收即办。", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "留言编号",
            "留言时间",
            "网民反映问题",
            "牵头责任单位",
            "协办单位",
            "交办日期",
            "办理时限",
            "回复情况",
            "督查室审核意见",
        ],
    )
    for i, row in enumerate(PEOPLE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PEOPLE_ROWS)
    b.line(ws, end, "注：回复内容不符合要求、无主要领导审核签字的，一律退回重办。", 9)
    b.line(ws, end + 1, "制表：市政府督查室二科    审核：杜建国    2024年7月29日", 9)
    return b.close()


def write_people(path: Path) -> Path:
    return via_soffice(write_people_book, path, "xls", "人民网网民留言交办督办情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 《政风行风热线》直播来电办理, after a county's account of its 副县长 on the radio programme 《政风行风热线》 (接听群众
# 来电7个; 对情况较为复杂、不能立即解决的问题现场进行交办，逐一给予回复; 直播结束后召开会议研究部署热线反映问题办理):
# http://9love9.com/szyw/202411/t20241102_7969361.html
# A .docx report: title, 主送, preamble, the seven calls as numbered paragraphs (each with its 交办单位, time and progress
# in sentences), a closing paragraph, the office and date at the foot.
RADIO_PARAS = [
    (
        "1. 韩村镇群众来电反映，村内排水沟长期堵塞，雨天积水倒灌进院。现场交办清丰县韩村镇人民政府，要求7月15日前"
        "办结。办理情况：已组织清淤疏通排水沟420米，积水问题已解决，已回复来电人。"
    ),
    (
        "2. 县城群众来电反映，所购某小区商品房逾期交房一年多，开发商迟迟不复工。现场交办清丰县住房和城乡建设局，"
        "要求督促开发企业于2024年9月30日前交房。办理情况：已约谈开发企业，项目已复工，主体工程正在施工。"
    ),
    (
        "3. 群众来电反映，孩子办理入学时被要求提供多项不必要的证明材料。现场交办清丰县教育局，要求7月12日前答复。"
        "办理情况：已取消无依据的证明材料，已答复来电人。"
    ),
    (
        "4. 古城乡群众来电反映，低保申请提交半年一直没有结果。现场交办清丰县民政局，要求7月31日前办结。"
        "办理情况：已入户核查家庭经济状况，正在履行审批程序。"
    ),
    (
        "5. 群众来电反映，县人民医院门诊挂号排队时间长、自助挂号机太少。现场交办清丰县卫生健康委员会，要求8月底前"
        "整改到位。办理情况：尚未落实。"
    ),
    "6. 马庄桥镇群众来电反映，镇村客运班车停运，群众到县城出行不便。现场交办清丰县交通运输局，要求8月15日前办结。",
    (
        "7. 群众来电反映，县城集贸市场部分摊贩缺斤短两。现场交办清丰县市场监督管理局。办理情况：已将集贸市场计量"
        "监管纳入日常巡查，长期坚持。"
    ),
]


def write_radio(path: Path) -> Path:
    doc = _new_document("县政府办")
    _title(doc, "清丰县人民政府办公室关于《政风行风热线》直播节目群众来电反映问题办理情况的报告", 20)
    _paragraph(doc, "县纪委监委：")
    _paragraph(
        doc,
        "2024年7月6日上午，县政府分管负责同志做客《政风行风热线》直播节目，一小时内共接听群众来电7个。对能够当场"
        "答复的问题现场作了答复，对情况较为复杂、不能立即解决的问题现场交办相关单位限期办理。直播结束后，县政府"
        "召开专题会议研究部署热线反映问题办理工作。现将办理情况报告如下：",
        indent=True,
    )
    for text in RADIO_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(
        doc,
        "下一步，县政府办公室将对未办结问题持续跟踪督办，办结一件、回复一件，确保件件有着落、事事有回音。",
        indent=True,
    )
    _paragraph(doc, "清丰县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 电视问政曝光问题整改清单, after a city's 《淄博问政》 special programme on 城乡环境大整治 (直播期间记者调查和群众反映的
# 问题109个: 现场曝光问题79个、未接入热线电话反映的问题9个、手机台群众留言问题21个; 市整治办将问题梳理汇总列出清单下发，
# 要求各区县、各牵头单位对号入座，落实主体责任，定期完成整改，给社会和公众一个圆满答复):
# http://zibo.dzwww.com/zbxw/201911/t20191115_17175050.htm
# An .xlsx: title, 下发单位/播出时间 line, a two-row header (整改落实 over 整改措施 and 完成情况), the rows grouped under
# section rows by where the problem came from, a 所在区县 column beside the 责任单位, a 合计 row and a 联系人 line.
TV_SECTIONS = [
    (
        "一、现场曝光问题（5个）",
        [
            (
                "华龙区中原路农贸市场周边垃圾堆积、污水横流",
                "华龙区",
                "华龙区人民政府",
                "7月20日前",
                "清运垃圾，修复市场排水设施",
                "已完成，经复查合格",
            ),
            (
                "濮阳县城区主干道两侧违规设置户外广告牌",
                "濮阳县",
                "濮阳县人民政府",
                "2024年8月底前",
                "拆除违规户外广告牌",
                "已拆除63块，剩余正在拆除",
            ),
            (
                "清丰县城乡结合部私搭乱建彩钢棚",
                "清丰县",
                "清丰县人民政府",
                "2024年9月30日",
                "依法拆除违建彩钢棚",
                "未启动",
            ),
            (
                "南乐县护城河沿岸生活垃圾乱倒乱堆",
                "南乐县",
                "南乐县人民政府",
                "7月底前",
                "清理垃圾，设置围挡和警示牌",
                "",
            ),
            (
                "城区部分公交站台破损、广告灯箱不亮",
                "市直",
                "市公交公司",
                "2024年8月15日",
                "维修站台，更换灯箱",
                "已维修站台12处，正在更换灯箱",
            ),
        ],
    ),
    (
        "二、热线电话反映问题（2个）",
        [
            (
                "范县某小区楼道堆放杂物堵塞消防通道",
                "范县",
                "范县人民政府",
                "2024年7月12日",
                "清理楼道杂物",
                "已清理完毕",
            ),
            (
                "开发区濮东路井盖破损下沉",
                "开发区",
                "濮阳经济技术开发区管理委员会",
                "7月25日前",
                "更换破损井盖",
                "已更换",
            ),
        ],
    ),
    (
        "三、手机台群众留言问题（1个）",
        [
            (
                "台前县城区夜市油烟、噪声扰民",
                "台前县",
                "台前县人民政府",
                "第三季度",
                "规范夜市经营，安装油烟净化设施",
                "正在推进夜市搬迁选址",
            ),
        ],
    ),
]


def write_tv(path: Path) -> Path:
    b = Book(path, author="整治办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 40, 10, 28, 16, 28, 30])
    b.line(ws, 0, "《濮阳问政》城乡环境整治特别节目曝光问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "下发单位：濮阳市城乡环境整治办公室    节目播出时间：2024年7月10日    请每周五前报送整改进展",
        6,
    )
    for c, word in enumerate(["序号", "问题描述", "所在区县", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "完成情况"], first=5)
    r, n = 4, 0
    for section, rows in TV_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "曝光问题8个，已完成3个，正在整改3个，未启动1个")
    b.line(ws, r + 2, "联系人：邵佳琪    联系电话：0393-8996031    2024年7月30日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 网络政务舆情日志及处置台账, after a township's 政务公开舆情回应制度 (建立本镇网络舆情日志、舆情专报; 一般性网络政务舆情
# 2小时内报送主要领导和分管领导，2个工作日内形成核实调查报告; 历史遗留问题认领后5个工作日内形成核实调查报告; 重大敏感
# 舆情由党政办公室2小时内统筹报送; 网上问题、网下解决):
# https://m.fhkxzx.com/ayxzf/zwgkjz/202409/2889a337fd484651a62ca8eb2c63c9e8.shtml
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the town's own 办所 as 责任办所, a 交办时间 and a
# 核查时限 in working days, a 注 line and the signature line.
SENTIMENT_ROWS = [
    (
        "7月2日",
        "抖音",
        "网民发视频称某村村委会换届选举存在拉票行为",
        "一般",
        "组织办公室",
        "2024年7月2日",
        "2个工作日",
        "已核实，系网民误读，已发布情况说明，舆情平息",
    ),
    (
        "7月5日",
        "微信群",
        "群众反映镇区集市摊贩占道经营、垃圾无人清运",
        "一般",
        "规划建设办公室",
        "2024年7月5日",
        "2个工作日",
        "已组织清运垃圾，正在规范摊位",
    ),
    (
        "7月9日",
        "人民网领导留言板",
        "反映某村土地流转租金连续三年未兑付",
        "历史遗留",
        "农业农村办公室",
        "2024年7月9日",
        "5个工作日",
        "核实调查报告已形成，租金兑付方案正在协商",
    ),
    (
        "7月12日",
        "快手",
        "网传某养殖场病死猪随意丢弃在沟渠",
        "重大敏感",
        "农业农村办公室",
        "2024年7月12日",
        "2个工作日",
        "已联合县畜牧部门现场核查，无害化处理到位，已公开回应",
    ),
    (
        "7月17日",
        "微博",
        "网民反映镇卫生院夜间无医生值班",
        "一般",
        "社会事务办公室",
        "2024年7月17日",
        "2个工作日",
        "",
    ),
    (
        "7月22日",
        "12345热线转办",
        "反映低保户认定不公、优亲厚友",
        "一般",
        "社会事务办公室",
        "2024年7月22日",
        "2个工作日",
        "未核查",
    ),
    (
        "7月25日",
        "今日头条",
        "网民反映镇域主干道运煤车辆扬尘严重",
        "一般",
        "规划建设办公室",
        "2024年7月25日",
        "2个工作日",
        "已安排洒水车每日作业，正在修补破损路面",
    ),
]


def write_sentiment_docx(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "文留镇网络政务舆情日志及处置台账", 18)
    _paragraph(doc, "填报单位：濮阳县文留镇人民政府（党政办公室）    填报时间：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(SENTIMENT_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "监测时间",
            "舆情来源",
            "舆情内容摘要",
            "舆情类别",
            "责任办所",
            "交办时间",
            "核查时限",
            "处置情况",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "注：一般性舆情2个工作日内、历史遗留问题5个工作日内形成核实调查报告，时限自交办之日起计算。",
        12,
    )
    _paragraph(doc, "填报人：焦雪    审核人：常国庆    联系电话：0393-3781109", 12)
    return _save_fixed(doc, path)


def write_sentiment(path: Path) -> Path:
    return via_soffice(write_sentiment_docx, path, "doc", "文留镇网络政务舆情日志及处置台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 营商环境监督员意见建议, after a city 营商环境服务中心's 营商环境监督员联络机制 (监督员的意见、建议统一由信访事务科
# 负责接收、登记，报领导审批后，及时交市级相关部门或县区优化营商环境主管部门办理):
# https://ribao.xyxww.com.cn/html/2024-08/15/content_145613.htm
# A .zip of two returns: the centre's 登记交办表 .xlsx (登记编号, 监督员, 领导审批意见, the 市级相关部门 as 交办单位 in
# short names) and a county 优化营商环境办公室's .docx table (its 承办单位 and 办理情况).
BIZ_CITY_ROWS = [
    (
        "YS2024-031",
        "监督员 杨立新",
        "企业办理电力增容报装环节多、时间长",
        date(2024, 7, 1),
        "请供电公司压减环节，限期办结",
        "供电公司",
        "2024年7月31日",
        "已将报装环节压减至3个，已办结",
    ),
    (
        "YS2024-034",
        "监督员 韩素琴",
        "政府采购项目中标后合同款支付拖延",
        date(2024, 7, 3),
        "请市财政局核查办理",
        "市财政局",
        "8月15日前",
        "正在梳理欠款清单，分批支付",
    ),
    (
        "YS2024-037",
        "监督员 苗卫东",
        "税务部门对同一小微企业短期内重复检查",
        date(2024, 7, 5),
        "请市税务局核查",
        "市税务局",
        "2024年7月20日",
        "",
    ),
    (
        "YS2024-040",
        "监督员 杨立新",
        "政务服务中心企业开办窗口午间不办理业务",
        date(2024, 7, 8),
        "请市政务服务中心立即整改",
        "市政务服务中心",
        "7月15日前",
        "已实行午间延时服务",
    ),
]
BIZ_COUNTY_ROWS = [
    (
        "监督员 田保国",
        "工业园区部分企业土地证办理滞后",
        "清丰县自然资源局",
        "2024年9月30日",
        "已完成地籍调查，正在办理不动产登记",
    ),
    (
        "监督员 冯丽",
        "施工图审查收费标准不公开",
        "清丰县住房和城乡建设局",
        "7月20日前",
        "已公示收费标准，已办结",
    ),
    (
        "监督员 田保国",
        "个体工商户移出经营异常名录程序繁琐",
        "清丰县市场监督管理局",
        "8月底前",
        "未启动",
    ),
    (
        "监督员 冯丽",
        "企业招工信息发布渠道少、用工难",
        "清丰县人力资源和社会保障局",
        "长期坚持",
        "每月举办企业专场招聘会，长期坚持",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="信访事务科")
    ws = b.sheet("登记交办")
    b.widths(ws, [6, 12, 14, 36, 14, 26, 16, 16, 30])
    b.line(ws, 0, "营商环境监督员意见建议登记交办表", 8, b.title)
    b.line(ws, 1, "登记单位：濮阳市营商环境服务中心信访事务科    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "登记编号",
            "监督员",
            "反映问题",
            "登记日期",
            "领导审批意见",
            "交办单位",
            "办理时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(BIZ_CITY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BIZ_CITY_ROWS)
    b.line(ws, end + 1, "登记人：朱慧敏    科室负责人：许长江", 8)
    return b.close()


def write_biz_docx(path: Path) -> Path:
    doc = _new_document("县营商办")
    _title(doc, "营商环境监督员反映问题办理情况", 18)
    _paragraph(doc, "填报单位：清丰县优化营商环境工作领导小组办公室    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(BIZ_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "监督员", "反映问题", "承办单位", "办理时限", "办理情况"], body)
    _paragraph(doc, "填表人：贺晓丹    联系电话：0393-7226518", 12)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    members = [
        ("营商环境监督员意见建议登记交办表（市营商环境服务中心）.xlsx", write_biz_book),
        ("营商环境监督员反映问题办理情况（清丰县）.docx", write_biz_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市八届人大四次会议代表建议办理进展情况汇总表.xlsx", write_npc),
    ("县政协提案办理情况督导检查反馈表.xlsx", write_cppcc),
    ("市长公开电话转办件办理情况登记表（7月）.xls", write_hotline),
    ("网络问政群众留言办理工作台账（市交通运输局）.csv", write_wenzheng),
    ("市城管局局长信箱来信办理情况.xlsx", write_mailbox),
    ("人民网领导留言板网民留言交办督办情况表.et", write_people),
    ("关于《政风行风热线》直播节目群众来电反映问题办理情况的报告.docx", write_radio),
    ("《濮阳问政》特别节目曝光问题整改清单.xlsx", write_tv),
    ("文留镇网络政务舆情处置台账.wps", write_sentiment),
    ("营商环境监督员反映问题办理情况（两份）.zip", write_biz),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

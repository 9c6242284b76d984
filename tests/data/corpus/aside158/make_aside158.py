"""Write the aside158 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns (巡视巡察与纪检): 巡察反馈问题整改, 巡视整改专项, 纪检监察建议书整改, 以案促改, 专项治理 (two: 群众身边不正之风
和腐败问题, 医保领域腐败和作风问题), 形式主义官僚主义问题, 廉政风险点, 违规吃喝, 公车私用, 违规发放津补贴.

Forms: five .xlsx (XlsxWriter), an .xls (xlwt, with a merged 问题类别 column), an .et (Excel 97 written by LibreOffice
from an .xlsx, as WPS saves it), a CSV in GBK, a .docx report whose items are numbered paragraphs grouped under
progress headings, a .wps (Word 97 via LibreOffice) with a table, and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31; every date inside the files is fixed, so running the
script twice gives byte-identical files.

Run from this folder: python make_aside158.py
Needs: XlsxWriter, xlwt, python-docx, and LibreOffice (soffice on PATH) for the .et and the .wps.
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
CREATED = datetime(2024, 7, 29, 9, 30, 0)
ZIP_TIME = (2024, 7, 29, 9, 30, 0)


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
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.num = add({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends), with a private profile."""
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
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and keep it under path."""
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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


# =============================================================================================
# 1. 巡察反馈问题整改: a town 党委's report on the progress of its six-month 集中整改 after a 巡察, after 太华镇党委's
# published 集中整改进展情况 (一、巡察整改组织领导情况; 二、整改进展情况及成效, with (一) 集中整改期内已完成的整改事项
# listed as 1.关于“……” paragraphs, then the items not yet finished and those to be kept up):
# https://yxjljc.gov.cn/xsxc/show-47-454.html
# A .docx: title naming the 镇党委, preamble with the 巡察 and 反馈 dates, an organisation section, the items as numbered
# paragraphs under three progress headings (the heading carries the state), a 下一步 paragraph, the committee and date.
TOWN_DONE = [
    (
        "1.关于“理论学习中心组学习计划性不强，学用结合不紧密”的问题。整改情况：镇党委制定2024年度理论学习中心组"
        "学习计划，明确12个学习专题，截至6月底已开展集中学习7次，班子成员围绕乡村振兴撰写调研报告6篇。"
        "牵头部门：党政综合办公室。"
    ),
    (
        "2.关于“软弱涣散村党组织整顿不到位，后堡村“两委”班子不团结、议事决策推不动”的问题。整改情况：镇党委书记"
        "包村督导，调整村党支部委员1名，选派镇机关干部驻村指导，已于5月通过县委组织部验收销号。"
        "牵头部门：党建工作办公室；整改时限：2024年5月31日。"
    ),
    (
        "3.关于“镇财政所对村级集体资金支出审核把关不严，部分村存在白条入账”的问题。整改情况：对全镇36个村"
        "2022年以来账务逐笔复核，清理白条入账52笔，全部补齐合规票据或由经手人退赔，修订《村级财务审核办法》。"
        "牵头部门：财政所。"
    ),
    (
        "4.关于“镇机关食堂超标准安排公务接待，接待清单填写不规范”的问题。整改情况：停止机关食堂对外接待，"
        "对2023年以来接待清单全面自查，相关人员退赔超标准费用1860元。牵头部门：党政综合办公室；"
        "整改时限：2024年3月31日。"
    ),
]
TOWN_OPEN = [
    (
        "5.关于“高标准农田建设项目建后管护责任不落实，部分机井、配电设施损坏无人维修”的问题。整改进展：已完成"
        "损坏设施排查，登记损坏机井23眼，已修复14眼，其余9眼正在维修，计划于2024年8月底前全部修复到位。"
        "牵头部门：农业农村服务中心。"
    ),
    (
        "6.关于“镇区农贸市场周边占道经营长期得不到治理，群众反映强烈”的问题。整改进展：因农贸市场搬迁选址"
        "尚未确定，该问题目前尚未启动整改，计划于2024年12月底前完成。牵头部门：综合行政执法大队。"
    ),
]
TOWN_LONG = [
    (
        "7.关于“落实中央八项规定精神有松懈，节假日公务用车封存制度执行不严”的问题。整改措施：建立节假日"
        "公务用车封存登记制度，镇纪委每逢节假日开展监督检查，此项工作长期坚持。牵头部门：镇纪委。"
    ),
    (
        "8.关于“便民服务中心个别窗口工作人员为民服务意识不强，存在推诿扯皮现象”的问题。整改措施：推行首问"
        "负责和一次性告知制度，镇纪委常态化开展明察暗访，此项工作长期坚持。牵头部门：便民服务中心。"
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("柳屯镇党政办")
    _title(doc, "中共濮阳县柳屯镇委员会关于县委第二巡察组反馈意见集中整改进展情况的报告", 20)
    _paragraph(doc, "县委巡察工作领导小组：")
    _paragraph(
        doc,
        "根据县委统一部署，县委第二巡察组于2023年11月6日至2024年1月5日对柳屯镇党委开展了巡察，并于2024年"
        "2月27日反馈了巡察意见。现将集中整改进展情况报告如下：",
    )
    _paragraph(doc, "一、巡察整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "镇党委切实履行巡察整改主体责任，成立由党委书记任组长的巡察整改工作领导小组，召开巡察整改专题会议5次，"
        "对反馈的8个问题逐项明确牵头部门、整改措施和整改时限，实行清单化管理、销号式推进。截至目前，已完成整改"
        "4个，尚未完成2个，需长期坚持2个。",
    )
    _paragraph(doc, "二、整改进展情况", font="黑体")
    _paragraph(doc, "（一）集中整改期内已完成的整改事项", font="楷体_GB2312")
    for text in TOWN_DONE:
        _paragraph(doc, text)
    _paragraph(doc, "（二）尚未完成的整改事项", font="楷体_GB2312")
    for text in TOWN_OPEN:
        _paragraph(doc, text)
    _paragraph(doc, "（三）需要长期坚持的整改事项", font="楷体_GB2312")
    for text in TOWN_LONG:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，镇党委将坚持整改标准不降、力度不减，对尚未完成的事项倒排工期、挂图作战，确保按期整改到位。",
    )
    _paragraph(doc, "中共濮阳县柳屯镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 2. 巡视整改专项: a city's monthly 调度表 of the tasks left from two 巡视 (a provincial 巡视's feedback in its closing
# stage, and a 乡村振兴 专项巡视), after a 旗's 两项巡视整改工作调度会议 (自治区巡视反馈意见整改工作已进入收尾阶段;
# 听取整改任务未完成部门单位的情况说明; 各牵头单位负责人汇报工作进展; 查漏补缺、赶追进度、完善佐证):
# http://146.56.203.80:81/qzbm/detail/content/5ed86275d9e5dc9818000032.html
# An .xlsx: title, 填报单位/调度时间 line, a two-row header (推进情况 over 是否完成 and 未完成原因说明及下一步措施),
# the 牵头单位 beside a 配合单位 column, two section rows for the two 巡视, a 注 block and a 填表人 line.
PATROL_ROWS = [
    (
        "一、省委第五巡视组反馈意见整改任务（收尾阶段）",
        [
            (
                "重大项目谋划储备不足，省重点项目年度投资完成率偏低",
                "市发改委",
                "市财政局、各县区政府",
                "2024年6月30日",
                "已完成",
                "",
            ),
            (
                "政府投资项目批复后长期未开工，财政资金沉淀",
                "市财政局",
                "市发改委",
                "2024年6月30日",
                "未完成",
                "已收回沉淀资金1.2亿元，剩余0.4亿元涉及2个项目，正在按程序调整资金用途",
            ),
            (
                "工程建设领域农民工工资拖欠问题化解不彻底，欠薪案件积存",
                "市人社局",
                "市住建局",
                "2024年5月31日",
                "已完成",
                "",
            ),
            (
                "耕地“非粮化”“非农化”整治推进缓慢",
                "市自然资源局",
                "市农业农村局、各县区政府",
                "2024年12月31日",
                "未完成",
                "整改期限未到，已完成疑似问题图斑核查1260个，正在分类处置",
            ),
        ],
    ),
    (
        "二、乡村振兴领域专项巡视反馈意见整改任务",
        [
            (
                "脱贫人口小额信贷逾期风险防控不到位",
                "市农业农村局",
                "市财政局、人行濮阳市分行",
                "2024年9月30日",
                "未完成",
                "已督促各县区逐户摸排逾期贷款，正在制定分类化解方案",
            ),
            (
                "农村饮水安全工程管护机制不健全，部分村季节性供水不稳定",
                "市水务局",
                "各县区政府",
                "2024年7月31日",
                "未完成",
                "",
            ),
            (
                "农村低保动态管理不精准，存在“人情保”“关系保”",
                "市民政局",
                "各县区政府",
                "长期坚持",
                "长期坚持",
                "常态化开展低保对象动态复核",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡视整改办")
    ws = b.sheet("调度表")
    b.widths(ws, [6, 40, 14, 22, 14, 10, 40, 10])
    b.line(ws, 0, "濮阳市落实省委巡视反馈意见整改任务推进情况调度表", 7, b.title)
    b.line(ws, 1, "填报单位：市委巡视整改工作领导小组办公室（盖章）    调度时间：2024年7月29日", 7)
    for c, word in enumerate(["序号", "整改任务", "牵头单位", "配合单位", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "推进情况", b.head)
    b.header(ws, 3, ["是否完成", "未完成原因说明及下一步措施"], first=5)
    b.merge(ws, 2, 7, 3, 7, "备注", b.head)
    r, n = 4, 0
    for section, rows in PATROL_ROWS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            b.put(ws, r, 7, "")
            r += 1
    b.line(ws, r, "注：1.“是否完成”栏填写“已完成”或“未完成”，未完成的须说明原因及下一步措施；", 7)
    b.line(ws, r + 1, "2.本表每月29日前报市委巡视整改工作领导小组办公室。", 7)
    b.line(ws, r + 3, "填表人：王晓磊    审核人：陈刚    联系电话：0393-4412367", 7)
    return b.close()


# =============================================================================================
# 3. 纪检监察建议书整改: two units' replies to the 监察建议书 a county 纪委监委 sent them, after 昭阳区纪委监委's use of
# 监察建议书 (针对区林业草原局实施退耕还林工程栽植的苗木成活率较低且未进行补植补造的问题发出监察建议书; 向有关
# 乡镇和区直单位发出; 收到建议书后及时制定整改“任务图”“时间表”; 在规定时限内将采纳和落实情况通报反馈):
# http://qdubb.cn/html/2020/dangfengzhengfeng_0310/82259.html
# A .zip of two returns: the county 林业 centre's .xlsx 整改落实台账 (建议书 number and 送达日期 in the preamble; rows
# naming only its own 股室) and a 乡人民政府's .docx report with a table of the 村 that must put things right.
FOREST_ROWS = [
    (
        "2021—2022年度退耕还林工程栽植苗木成活率低，部分地块成活率不足60%",
        "对成活率低的地块开展补植补造",
        "组织对成活率低于85%的地块逐块补植补造",
        "造林股",
        "张海军",
        "2024年11月30日前",
        "已完成摸底，确定补植地块46块，待秋季栽植",
    ),
    (
        "检查验收以照片代替实地核验，未按规定督促补植补造",
        "完善检查验收制度",
        "制定《退耕还林工程检查验收办法》，实行实地核验",
        "造林股",
        "张海军",
        "2024年6月30日",
        "已完成，办法已印发执行",
    ),
    (
        "退耕还林补助资金兑付台账与乡镇上报面积不一致",
        "逐乡镇核对兑付面积",
        "会同各乡镇逐户核对面积，多兑资金予以追回",
        "计财股",
        "刘红",
        "2024年7月31日",
        "正在核对，已完成8个乡镇",
    ),
    (
        "对承包造林企业监管缺位，未开展合同履约检查",
        "建立造林企业监管机制",
        "建立履约检查台账，每季度检查一次",
        "森林资源管理股",
        "王磊",
        "长期坚持",
        "长期坚持",
    ),
    (
        "工程档案管理混乱，部分作业设计资料缺失",
        "规范工程档案管理",
        "对2019年以来退耕还林工程档案全面整理归档",
        "办公室",
        "赵敏",
        "2024年8月31日",
        "",
    ),
]
VILLAGE_ROWS = [
    (
        "梨园乡西辛庄村",
        "2023年第四季度以来村务、财务未按季度公开",
        "补公开3个季度的村务、财务",
        "2024年6月30日",
        "已补公开，经乡纪委核查合格",
    ),
    (
        "梨园乡后辛庄村",
        "村集体机动地发包未经村民代表会议表决",
        "重新履行“四议两公开”程序",
        "2024年8月31日",
        "已召开村“两委”会议，正在组织村民代表会议表决",
    ),
    (
        "梨园乡焦二寨村",
        "村务公开栏设在村委会院内，群众无法随时查看",
        "在村口主街设置村务公开栏",
        "2024年7月15日",
        "已完成",
    ),
    (
        "梨园乡苏堂村",
        "村级道路维修工程支出未附验收单据",
        "补齐验收资料，对相关责任人进行批评教育",
        "2024年7月31日",
        "尚未整改",
    ),
]


def write_forest_book(path: Path) -> Path:
    b = Book(path, author="林业中心办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 36, 20, 30, 14, 10, 16, 30])
    b.line(ws, 0, "县纪委监委《监察建议书》（濮县监建〔2024〕3号）整改落实台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县林业发展服务中心    建议书送达日期：2024年5月20日    填报日期：2024年7月24日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "监察建议书指出的问题",
            "监察建议",
            "整改措施",
            "责任股室",
            "责任人",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOREST_ROWS)
    b.line(ws, end, "注：整改进展每月25日前报县纪委监委第三纪检监察室。", 7)
    b.line(ws, end + 1, "单位负责人：李国庆    填表人：赵敏    联系电话：0393-3221876", 7)
    return b.close()


def write_village_docx(path: Path) -> Path:
    doc = _new_document("梨园乡党政办")
    _title(doc, "梨园乡人民政府关于落实县纪委监委监察建议的整改情况报告", 18)
    _paragraph(doc, "县纪委监委：", 14)
    _paragraph(
        doc,
        "2024年6月3日，我乡收到县纪委监委《监察建议书》（濮县监建〔2024〕5号），指出部分村村务、财务公开不及时、"
        "不规范等问题。乡党委、政府高度重视，立即召开专题会议，督促相关村逐项整改。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_ROWS, 1)]
    _table(doc, ["序号", "整改责任村", "存在问题", "整改措施", "完成时限", "整改情况"], body)
    _paragraph(doc, "特此报告。", 14)
    _paragraph(doc, "梨园乡人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_advice(path: Path) -> Path:
    members = [
        ("濮阳县林业发展服务中心监察建议书整改落实台账.xlsx", write_forest_book),
        ("梨园乡关于落实监察建议的整改情况报告.docx", write_village_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 4. 以案促改: a city bureau's 以案促改问题整改清单 after a case in one of its 二级单位, after 襄州区纪委监委's
# 纪检监察建议书 to the 区住建局 (区园林绿化管理所主任郭某违规干预和插手工程建设、未经遴选程序直接将工程交由他人
# 施工; 强化以案促改促治; 做实纪律教育、规范二级单位管理、强化工程项目监管; 制定《园林绿化工程施工及验收规范》
# 《内部财务管理制度》; 4个监督小组, 三方核对):
# http://www.xzqjw.gov.cn/show-43-11070-1.html
# A .wps (Word 97 via LibreOffice): title naming the 局党组, a preamble on the case, one table whose 责任科室（单位）
# column names the bureau's own 科室 and, for two rows, its 二级单位; the 填报人 line.
CASE_ROWS = [
    (
        "警示教育流于形式，干部纪法意识淡薄",
        "召开以案促改专题警示教育大会，组织干部旁听职务犯罪庭审",
        "机关党委",
        "局党组书记",
        "2024年6月30日",
        "已召开警示教育大会，组织86名干部旁听庭审，已完成",
    ),
    (
        "二级单位“一把手”权力过于集中，工程项目由个人决定发包",
        "制定《二级单位“三重一大”事项集体决策规定》",
        "濮阳市园林绿化服务中心",
        "分管副局长",
        "2024年7月31日",
        "规定已起草，正在征求意见",
    ),
    (
        "园林绿化工程未经遴选程序直接指定施工单位",
        "全面清理2021年以来园林绿化工程发包情况，程序不规范的逐项整改",
        "工程建设科",
        "分管副局长",
        "2024年9月30日",
        "已清理工程项目37个，发现程序不规范项目5个，正在逐一整改",
    ),
    (
        "工程款结算审核把关不严，存在先付款后补手续",
        "制定《园林绿化工程施工及验收规范》，结算前引入第三方审计",
        "计划财务科",
        "总会计师",
        "2024年6月30日",
        "已完成",
    ),
    (
        "内部财务管理制度不健全，对二级单位财务监管缺位",
        "修订《内部财务管理制度》，每半年对二级单位财务抽查一次",
        "计划财务科",
        "总会计师",
        "2024年8月31日",
        "",
    ),
    (
        "工程关键材料和设备采购缺乏监督",
        "组建4个监督小组，对关键材料、设备和经费支出与项目参与方、财政部门三方核对并公示",
        "濮阳市园林绿化服务中心",
        "派驻纪检监察组组长",
        "长期坚持",
        "常态化开展",
    ),
    (
        "对二级单位负责人日常监督不到位，谈心谈话制度落实不够",
        "建立二级单位负责人定期述责述廉制度",
        "人事科",
        "局党组书记",
        "2024年7月20日",
        "未启动",
    ),
]


def write_case_docx(path: Path) -> Path:
    doc = _new_document("城管局机关党委")
    _title(doc, "中共濮阳市城市管理局党组以案促改问题整改清单", 18)
    _paragraph(
        doc,
        "针对濮阳市园林绿化服务中心原主任郭某某违规插手园林绿化工程、收受他人财物一案暴露出的问题，根据市纪委"
        "监委《纪检监察建议书》要求，局党组深入剖析案件根源，查摆问题7个，逐项制定整改措施如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(CASE_ROWS, 1)]
    _table(
        doc,
        ["序号", "案件暴露的问题", "整改措施", "责任科室（单位）", "责任领导", "完成时限", "进展情况"],
        body,
    )
    _paragraph(doc, "填报人：刘洋    联系电话：0393-8896512    填报日期：2024年7月25日", 12)
    return _save_fixed(doc, path)


def write_case(path: Path) -> Path:
    return via_soffice(write_case_docx, path, "doc", "以案促改问题整改清单.docx")


# =============================================================================================
# 5. 专项治理（群众身边不正之风和腐败问题）: a town's ledger of its 专项行动, after an XX乡's 整治群众身边不正之风和
# 腐败问题专项行动工作总结 (专项行动领导小组, 办公室设在乡党政办, 负责线索收集、台账管理、进度上报; 覆盖全乡6个行政
# 村, 完成3类突出问题整改):
# http://www.multibytes.cn/gongzuozongjie/92297.html
# An .xls (xlwt): title, 填报单位 line, one header row, the 问题类别 merged down over each group of rows, the 责任村,
# an 是否销号 column, a 合计 row, a 注 line and a 填表人 line.
TOWNSHIP_GROUPS = [
    (
        "惠民惠农资金发放",
        [
            (
                "马庄桥镇东王庄村",
                "2名已死亡人员仍在领取低保金，累计多领1.08万元",
                "停发低保金并全额追缴",
                "2024年6月30日",
                "已停发，已追缴1.08万元",
                "是",
            ),
            (
                "马庄桥镇西王庄村",
                "农村危房改造补助资金被村组干部截留2000元",
                "退还农户，移交镇纪委处理",
                "2024年6月30日",
                "已退还农户，镇纪委已立案",
                "是",
            ),
            (
                "马庄桥镇毛固村",
                "耕地地力保护补贴面积核定不准，多报面积36亩",
                "重新核定补贴面积，追回多发补贴",
                "2024年8月31日",
                "已重新核定面积，正在追回多发资金",
                "否",
            ),
        ],
    ),
    (
        "村级“三资”管理",
        [
            (
                "马庄桥镇史家村",
                "村集体坑塘对外承包未经公开竞价，承包费明显低于市场价",
                "依法解除合同，重新公开发包",
                "2024年9月30日",
                "正在与承包人协商解除合同",
                "否",
            ),
            (
                "马庄桥镇南赵家村",
                "村级账务存在白条入账14笔，金额2.3万元",
                "补齐合规票据，无法补齐的由经手人退赔",
                "2024年7月15日",
                "未整改",
                "否",
            ),
            (
                "马庄桥镇马东村",
                "闲置小学校舍出租合同到期未续签，租金未收缴",
                "重新签订租赁合同，收缴拖欠租金",
                "2024年7月31日",
                "已收缴租金1.5万元，重新签订合同",
                "是",
            ),
        ],
    ),
    (
        "村干部作风",
        [
            (
                "马庄桥镇高寨村",
                "村干部为群众开具证明时吃拿卡要",
                "对相关村干部诫勉谈话，村“两委”公开承诺",
                "2024年6月15日",
                "已对相关村干部诫勉谈话",
                "是",
            ),
            (
                "马庄桥镇后街村",
                "村级便民服务站坐班值班制度落实不到位，群众办事找不到人",
                "建立村干部轮流坐班制度",
                "长期坚持",
                "常态化督查",
                "",
            ),
        ],
    ),
]


def write_township(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县马庄桥镇整治群众身边不正之风和腐败问题专项行动问题整改台账", t, 0, 7),
        (
            1,
            0,
            "填报单位：马庄桥镇专项行动领导小组办公室（镇党政办）    填报时间：2024年7月26日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "问题类别", "责任村", "问题描述", "整改措施", "整改时限", "整改结果", "是否销号"]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for kind, rows in TOWNSHIP_GROUPS:
        cells.append((r, 1, kind, ctr, r + len(rows) - 1, 1))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (5, 7) else c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "涉及8个行政村，排查问题8个，已销号4个", c, r, 7),
        (r + 1, 0, "注：“是否销号”栏由镇纪委核查后填写。", plain, r + 1, 7),
        (r + 2, 0, "填表人：郭亚楠    审核人：孙建伟    联系电话：0393-7568102", plain, r + 2, 7),
    ]
    return _write_xls(path, [("整改台账", cells, [6, 16, 18, 40, 30, 14, 28, 10])])


# =============================================================================================
# 6. 形式主义官僚主义问题: a city's 集中整治台账, after 绵竹市's《形式主义、官僚主义相关问题清单》(26个问题 in 五个方面:
# 年底重点关注和纠正的问题、贯彻落实、调查研究、责任担当、服务群众; 以会议贯彻会议、以文件落实文件; 调查研究搞
# 形式、走过场, 层层陪同、超人数陪同; 调研成果可操作性不强; 对群众利益问题推诿拖延):
# http://gcdr.gov.cn/content.html?id=34466
# An .et (Excel 97 written by LibreOffice): title, 填报单位/截止时间 line, one header row, the 方面 merged down over
# each group, the 责任单位 under the short or former names offices still use, a 备注 line and a 填表人 line.
FORM_GROUPS = [
    (
        "贯彻落实方面",
        [
            (
                "以会议贯彻会议、以文件落实文件，上半年市级层面印发的“白头”通知与正式文件内容重复",
                "清理规范“白头”文件，建立年度发文计划审核制度",
                "市政府办公室",
                "2024年6月30日",
                "已完成清理，废止重复通知23个",
            ),
            (
                "重大项目推进重部署轻落实，调度会议过多，项目单位每周报送进度表3次以上",
                "精简调度频次，统一合并进度报表",
                "市发改委",
                "2024年7月31日",
                "已合并报表4张，调度频次正在调整",
            ),
        ],
    ),
    (
        "调查研究方面",
        [
            (
                "下基层调研搞层层陪同、超人数陪同",
                "严格执行轻车简从，调研陪同不超过2人",
                "市住建局",
                "长期坚持",
                "",
            ),
            (
                "调研成果转化率低，调研报告“一调了之”",
                "建立调研成果转化清单，逐项明确责任科室",
                "市人社局",
                "2024年9月30日",
                "正在制定转化清单",
            ),
        ],
    ),
    (
        "责任担当方面",
        [
            (
                "对群众反映的拆迁安置遗留问题推诿扯皮、久拖不决",
                "建立领导包案制度，明确办结时限",
                "市城管执法局",
                "2024年12月31日",
                "尚未启动",
            ),
            (
                "行政审批“明减暗增”，部分事项要求企业重复提交材料",
                "清理重复材料，实行一次性告知",
                "市行政服务中心",
                "2024年6月30日",
                "已清理重复材料41项，已完成",
            ),
        ],
    ),
    (
        "服务群众方面",
        [
            (
                "医疗机构预约挂号渠道繁杂，老年人就医不便",
                "保留人工挂号窗口，开通老年人就医绿色通道",
                "市卫计委",
                "2024年8月31日",
                "已在12家二级以上医院设置老年人绿色通道，正在全市推开",
            ),
            (
                "基层填表报数负担重，社区每月需填报各类表格40余张",
                "推行社区“一表通”改革，清理重复报表",
                "市民政局",
                "2024年10月31日",
                "",
            ),
        ],
    ),
]


def write_form_book(path: Path) -> Path:
    b = Book(path, author="WPS_1689210398")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 44, 34, 16, 14, 34])
    b.line(ws, 0, "濮阳市形式主义官僚主义突出问题集中整治台账", 6, b.title)
    b.line(ws, 1, "填报单位：市整治形式主义为基层减负专项工作机制办公室    截止时间：2024年7月25日", 6)
    b.header(ws, 2, ["序号", "方面", "具体问题", "整改措施", "责任单位", "整改时限", "整改进展"])
    r, n = 3, 0
    for kind, rows in FORM_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.put(ws, r, 3, row[1])
            b.put(ws, r, 4, row[2], b.center)
            b.put(ws, r, 5, row[3], b.center)
            b.put(ws, r, 6, row[4])
            r += 1
    b.line(ws, r, "备注：整改进展填写“已完成”“正在推进”或具体措施；长期坚持的事项在整改时限栏注明。", 6)
    b.line(ws, r + 1, "填表人：孟繁星    联系电话：0393-8992216", 6)
    return b.close()


def write_form(path: Path) -> Path:
    return via_soffice(write_form_book, path, "xls", "形式主义官僚主义问题集中整治台账.xlsx")


# =============================================================================================
# 7. 廉政风险点: a city bureau's table of its 廉政风险点 and how the 防控措施 are carried out, after 亳州市重点工程建设
# 管理服务中心's published 廉政风险点 table (序号 | 单位/科室 | 风险类别 | 风险点 | 廉政风险主要内容及表现形式 | 风险等级 |
# 防控措施 | 部门负责人 | 责任领导; 公车管理: 公车私用、违规加油及维修; “三重一大”; 工程设计、工程招标、工程款审核):
# https://zjj.bozhou.gov.cn/XxgkContent/show/2603381.html
# An .xlsx: title, 填报单位 line, one header row with the source's columns plus 完成时限 and 落实情况, the 单位/科室
# merged down over each group (the bureau's own 科室 and two of its 二级单位), the 部门负责人 and 责任领导 merged
# likewise, a 注 line and a signature line.
RISK_GROUPS = [
    (
        "局机关财务审计科",
        "徐明",
        "李斌",
        [
            (
                "岗位职责风险",
                "公务用车管理",
                "公车私用，违规加油及维修，车辆维修费用虚高",
                "低",
                "制定加油、维修及车辆管理制度，每月汇总核对并公示",
                "2024年6月30日",
                "已落实，制度已印发",
            ),
            (
                "业务流程风险",
                "重大经济事项决策",
                "重大事项决策、大额资金使用未按规定经集体讨论",
                "高",
                "严格落实“三重一大”集体决策制度",
                "长期坚持",
                "常态化执行",
            ),
        ],
    ),
    (
        "局机关建设管理科",
        "张强",
        "李斌",
        [
            (
                "岗位职责风险",
                "工程招标",
                "设置不合理招标条件排斥潜在投标人，化整为零规避招标",
                "中",
                "招标文件实行合法性审核和集体决策",
                "2024年8月31日",
                "正在修订招标文件审核流程",
            ),
            (
                "岗位职责风险",
                "工程款审核及支付",
                "未按合同和施工进度审核支付，造成工程款多支、错支",
                "中",
                "完善项目过程管理和项目审计制度",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "濮阳市公路事业发展中心",
        "刘卫东",
        "赵志刚",
        [
            (
                "岗位职责风险",
                "养护工程设计",
                "养护工程存在过度设计、设计不合理，造成资金浪费",
                "中",
                "实行设计会审制度",
                "2024年7月31日",
                "已落实",
            ),
            (
                "业务流程风险",
                "超限运输许可",
                "超限运输许可审批把关不严，存在吃拿卡要",
                "高",
                "推行网上审批，审批过程全程留痕",
                "2024年10月31日",
                "未落实",
            ),
        ],
    ),
    (
        "濮阳市道路运输服务中心",
        "孙丽",
        "赵志刚",
        [
            (
                "岗位职责风险",
                "驾培机构质量考核",
                "对驾培机构考核打分随意，接受被考核单位宴请",
                "中",
                "考核结果公示，实行交叉考核",
                "2024年8月15日",
                "正在推行交叉考核",
            ),
        ],
    ),
]


def write_risk(path: Path) -> Path:
    b = Book(path, author="交通运输局")
    ws = b.sheet("风险点")
    b.widths(ws, [6, 16, 12, 14, 36, 8, 32, 14, 20, 10, 10])
    b.line(ws, 0, "濮阳市交通运输局廉政风险点及防控措施落实情况一览表", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（盖章）    填报日期：2024年7月23日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "单位/科室",
            "风险类别",
            "风险点",
            "廉政风险主要内容及表现形式",
            "风险等级",
            "防控措施",
            "完成时限",
            "落实情况",
            "部门负责人",
            "责任领导",
        ],
    )
    r, n = 3, 0
    for unit, head, leader, rows in RISK_GROUPS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, unit, b.center)
        b.merge(ws, r, 9, last, 9, head, b.center)
        b.merge(ws, r, 10, last, 10, leader, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0], b.center)
            b.put(ws, r, 3, row[1], b.center)
            b.put(ws, r, 4, row[2])
            b.put(ws, r, 5, row[3], b.center)
            b.put(ws, r, 6, row[4])
            b.put(ws, r, 7, row[5], b.center)
            b.put(ws, r, 8, row[6])
            r += 1
    b.line(ws, r, "注：风险等级分为高、中、低三级；落实情况填写“已落实”“正在落实”“未落实”或具体情况。", 10)
    b.line(ws, r + 2, "主要负责人：王志强    填表人：韩雪    联系电话：0393-4656122", 10)
    return b.close()


# =============================================================================================
# 8. 违规吃喝: a 监督检查室's ledger of the problems a 公务接待 check found, after a provincial 纪委's 通报 of
# 超标准接待、超人数陪餐 (each case as 单位, date, 公务接待N人, 陪餐N人, 消费N元; 严重违反中央八项规定精神, 责成相关
# 地方和单位严肃查处):
# http://creator-school.com/2015/1006/15823.shtml
# A CSV in GBK: a title line, a line naming the checking office and the 交办日期 the 整改时限 count from, one header
# line (接待日期 records the meal, not a deadline), a 合计 line and a 填表人 line.
MEAL_ROWS = [
    (
        "市交通局",
        "2024-04-18",
        "6",
        "5",
        "2860",
        "公务接待6人陪餐5人，超人数陪餐",
        "作出书面检查，超标准部分由陪餐人员退赔",
        "10个工作日内",
        "已作书面检查，退赔费用960元",
    ),
    (
        "市农委",
        "2024-05-09",
        "4",
        "4",
        "3120",
        "接待无公函，且在非定点饭店用餐",
        "补齐接待审批手续，规范接待场所",
        "10个工作日内",
        "正在补办接待审批手续",
    ),
    (
        "市统计局",
        "2024-05-22",
        "8",
        "3",
        "2560",
        "接待用餐提供高档白酒2瓶",
        "退赔酒水费用，约谈相关负责人",
        "15日内",
        "已退赔酒水费用，约谈已完成",
    ),
    (
        "濮阳县人民政府办公室",
        "2024-06-03",
        "12",
        "9",
        "4980",
        "以会议费名义列支公务接待费用",
        "调账纠正，追究经办人责任",
        "15日内",
        "未整改",
    ),
    (
        "市公积金中心",
        "2024-06-14",
        "5",
        "2",
        "1890",
        "接待清单填写不全，未注明接待对象单位和人数",
        "补全接待清单",
        "2024年7月12日",
        "已补全",
    ),
    (
        "市残联",
        "2024-06-20",
        "3",
        "3",
        "1460",
        "工作日在机关食堂接待下级单位人员并饮酒",
        "严禁工作日饮酒，相关人员作出检查",
        "10个工作日内",
        "",
    ),
    (
        "华龙区岳村镇人民政府",
        "2024-06-27",
        "7",
        "6",
        "2380",
        "接待上级检查组超标准安排菜品，人均超标准40元",
        "超标准部分由参与人员个人承担",
        "10个工作日内",
        "已由参与人员个人退赔",
    ),
]


def write_meal(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年第二季度公务接待和违规吃喝问题专项检查发现问题整改台账"])
    w.writerow(["检查单位：市纪委监委第二监督检查室；交办日期：2024年7月5日；整改时限自交办之日起计算"])
    w.writerow(
        [
            "序号",
            "被检查单位",
            "接待日期",
            "接待人数",
            "陪餐人数",
            "消费金额（元）",
            "存在问题",
            "整改要求",
            "整改时限",
            "整改落实情况",
        ]
    )
    for i, row in enumerate(MEAL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查单位12家", "", "", "", "19250", "发现问题7个", "", "", ""])
    w.writerow(["填表人：张晨；联系电话：0393-8992035；填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 9. 公车私用: the ledger of a holiday check of 公务用车, after 富平县's 公车私用问题治理 (县纠风办牵头, 联合县交警大队,
# 分成两个检查组, 在学校门口、高速出口等12个地点循环检查; 核对车牌、比对“两证”、询问事由、查看记录、联系核实、现场
# 笔录; 当场查纠; 督促相关单位完善公务用车使用和管理制度):
# https://weinan.qinfeng.gov.cn/info/1039/47289.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with 检查时间 and 检查地点 (events), the 车辆所属单位 (the unit,
# under short or former names) and the 检查人 (inspectors), a 注 line and a 填表人 line.
CAR_ROWS = [
    (
        "6月8日",
        "绿色庄园景区停车场",
        "豫J·A3***",
        "市建设局",
        "端午节期间公务用车未按规定封存，停放在景区停车场",
        "责令作出书面说明，对驾驶人诫勉谈话",
        "2024年6月30日",
        "已完成诫勉谈话，书面说明已报送",
        "王斌、李杰",
    ),
    (
        "6月8日",
        "开州路金堤小区门口",
        "豫J·B5***",
        "市农业局",
        "使用公务用车接送子女参加培训",
        "追缴相关费用，给予驾驶人党内警告处分",
        "2024年7月15日",
        "已追缴费用，处分决定正在审批",
        "王斌、李杰",
    ),
    (
        "6月9日",
        "范县黄河湿地公园",
        "豫J·C2***",
        "市国土局",
        "领导干部违规驾驶公务用车外出游玩",
        "移交市纪委监委第四监督检查室处理",
        "2024年7月31日",
        "已移交",
        "赵磊、周婷",
    ),
    (
        "6月9日",
        "濮阳东高速收费站",
        "豫J·A8***",
        "市税务局",
        "公务用车私用，驾驶回老家探亲",
        "退缴油费和通行费，作出书面检查",
        "2024年6月25日",
        "已退缴",
        "赵磊、周婷",
    ),
    (
        "6月9日",
        "戚城公园东门",
        "豫J·D6***",
        "市环保局",
        "公务用车未在单位院内定点停放，停放于驾驶员住所附近",
        "落实公务用车定点停放制度",
        "2024年6月20日",
        "未整改",
        "赵磊、周婷",
    ),
    (
        "6月10日",
        "人民公园西门",
        "豫J·G0***",
        "市众意公交公司",
        "公司生产保障车辆（非运营车辆）节日期间用于婚庆车队",
        "追缴相关费用，全公司通报批评",
        "2024年7月10日",
        "",
        "王斌、李杰",
    ),
    (
        "6月10日",
        "中原路加油站",
        "豫J·E1***",
        "濮阳市第一高级中学",
        "使用公务用车加油卡为私家车加油",
        "收回加油卡，追缴油款",
        "2024年6月30日",
        "已收回加油卡，正在追缴油款",
        "王斌、李杰",
    ),
]


def write_car(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 20, 12, 20, 36, 30, 14, 28, 12])
    b.line(ws, 0, "2024年端午节期间公务用车使用管理专项检查问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：市纪委监委党风政风监督室、市公安局交通管理支队    检查时间：2024年6月8日至6月10日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查时间",
            "检查地点",
            "车牌号码",
            "车辆所属单位",
            "发现问题",
            "处理意见",
            "整改时限",
            "整改情况",
            "检查人",
        ],
    )
    for i, row in enumerate(CAR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CAR_ROWS)
    b.line(ws, end, "注：车牌号码已作脱敏处理；整改情况由车辆所属单位填报。", 9)
    b.line(ws, end + 1, "填表人：周婷    联系电话：0393-8992047    填报日期：2024年7月29日", 9)
    return b.close()


# =============================================================================================
# 10. 违规发放津补贴: a 纪委监委 office's summary of the units found paying 津补贴 against the rules, after an account
# of the 违规发放津补贴 cases (宁国市电大工作站利用校舍租金、教材费折扣款设置账外账发放津补贴; 通过重复报支工资方式套取
# 财政资金; 以出差费、伙食费名义套取资金; 虚造防汛抗旱值班表超范围超标准发放值班补助; 小金库发放年节福利):
# http://www.tjjw.gov.cn/html/news/2019/0720/59015.html
# An .xlsx: title, 填报单位/截止日期/金额单位 line, a two-row header (违规发放情况 and 整改情况 merged over three and two
# columns), amounts as numbers, a 合计 row and a 注 line.
PAY_ROWS = [
    (
        "市广播电视大学",
        "利用校舍租金、教材费折扣款设立账外账，违规发放津补贴",
        "2022年1月—2023年12月",
        34.17,
        "设立账外账违规发放",
        20.5,
        "正在清退",
        "2024年9月30日",
    ),
    (
        "市公安局",
        "通过重复报支工资方式套取财政资金，给协管员发放补贴",
        "2023年3月—10月",
        8.6,
        "套取财政资金发放",
        8.6,
        "已清退",
        "2024年6月30日",
    ),
    (
        "市道路运输服务中心",
        "以出差费、伙食费名义套取资金发放补贴",
        "2023年全年",
        12.3,
        "虚列支出发放",
        0,
        "未清退",
        "2024年7月31日",
    ),
    (
        "市水务局",
        "防汛值班补助超范围超标准发放，未参与值班人员也按标准领取",
        "2023年7月—8月",
        11.8,
        "超范围超标准发放",
        11.8,
        "已清退",
        "2024年6月30日",
    ),
    (
        "市城管局",
        "以“坐班岗位津贴”名义向机关人员发放补贴",
        "2023年全年",
        5.4,
        "巧立名目发放",
        2.1,
        "正在清退",
        "2024年8月31日",
    ),
    (
        "市质监局",
        "使用“小金库”资金发放春节、中秋年节福利",
        "2023年1月、9月",
        2.67,
        "私设小金库发放福利",
        None,
        "",
        "2024年8月31日",
    ),
    (
        "市气象局",
        "在绩效工资总额外以加班费名义发放补贴",
        "2023年全年",
        3.2,
        "超出工资总额发放",
        3.2,
        "已清退",
        "2024年7月15日",
    ),
]


def write_pay(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("统计表")
    b.widths(ws, [6, 18, 40, 18, 10, 18, 10, 10, 14, 10])
    b.line(ws, 0, "违规发放津贴补贴或福利问题专项治理整改情况统计表", 9, b.title)
    b.line(ws, 1, "填报单位：市纪委监委党风政风监督室    统计截止日期：2024年7月26日    金额单位：万元", 9)
    for c, word in enumerate(["序号", "单位名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 4, "违规发放情况", b.head)
    b.header(ws, 3, ["违规发放具体问题", "发放时间", "涉及金额"], first=2)
    b.merge(ws, 2, 5, 3, 5, "问题性质", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["清退金额", "整改状态"], first=6)
    b.merge(ws, 2, 8, 3, 8, "整改时限", b.head)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(PAY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.put(ws, r, 2, row[1])
        b.put(ws, r, 3, row[2], b.center)
        b.put(ws, r, 4, row[3], b.num)
        b.put(ws, r, 5, row[4])
        b.put(ws, r, 6, row[5], b.num)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, "")
    end = 4 + len(PAY_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.head)
    b.put(ws, end, 2, "7家单位")
    b.put(ws, end, 3, "")
    b.put(ws, end, 4, round(sum(row[3] for row in PAY_ROWS), 2), b.num)
    b.put(ws, end, 5, "")
    b.put(ws, end, 6, round(sum(row[5] or 0 for row in PAY_ROWS), 2), b.num)
    for c in (7, 8, 9):
        b.put(ws, end, c, "")
    b.line(ws, end + 1, "注：整改状态填写“已清退”“正在清退”“未清退”；清退金额为截至统计日已退缴的金额。", 9)
    b.line(ws, end + 2, "审核人：高振宇    填表人：孔维    联系电话：0393-8992051", 9)
    return b.close()


# =============================================================================================
# 11. 专项治理（医保领域腐败和作风问题）: a hospital's ledger of its 自查自纠, after a hospital's 医保领域腐败和作风问题
# 专项整治活动方案 (督促院内各临床科室、门诊、医保科等业务科室开展自查自纠; 聚焦“套保”“骗保”; 内外勾结、设租寻租;
# 管理监督缺失缺位; 建立健全规则制度):
# https://m.alatiku.com/fanwen/daquan/8x39v.html
# An .xlsx: title, 填报单位 line, one header row naming the 责任科室 (sections of the sending hospital), a 院纪委核查意见
# column beside the 整改完成情况, a 注 line and a signature line.
HOSP_ROWS = [
    (
        "医保科",
        "违规收费",
        "部分住院患者重复收取“一般专项护理”费用，涉及医保基金2.3万元",
        "退回医保基金，开展全院收费项目自查",
        "2024年6月30日",
        "已退回医保基金2.3万元",
        "核查通过，同意销号",
    ),
    (
        "骨伤科",
        "过度诊疗",
        "对未达指征的患者开展康复理疗项目",
        "制定康复理疗项目适应证目录，纳入处方点评",
        "2024年7月31日",
        "目录已制定，正在组织培训",
        "",
    ),
    (
        "药剂科",
        "药品耗材管理",
        "药品进销存数据与医保结算数据不一致",
        "开展药品进销存盘点，逐月与医保结算数据核对",
        "2024年8月31日",
        "正在逐月核对",
        "",
    ),
    (
        "检验科",
        "分解收费",
        "将组合检验项目拆分为单项收费",
        "按组合项目规范收费，退回多收费用",
        "2024年7月15日",
        "已整改",
        "核查通过",
    ),
    (
        "门诊部",
        "超量开药",
        "门诊慢特病处方超量开药，单次超过30日用量",
        "在信息系统设置处方超量提醒和拦截",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "住院结算中心",
        "服务作风",
        "医保结算窗口服务态度生硬，群众报销材料“多次跑”",
        "实行一次性告知和限时办结",
        "长期坚持",
        "常态化开展",
        "",
    ),
    (
        "针灸推拿科",
        "虚记诊疗",
        "虚记针灸治疗次数，记费次数超出实际治疗次数",
        "追回违规费用，约谈科室负责人",
        "2024年7月20日",
        "未整改",
        "",
    ),
]


def write_hosp(path: Path) -> Path:
    b = Book(path, author="医保科")
    ws = b.sheet("自查问题整改台账")
    b.widths(ws, [6, 14, 14, 40, 32, 14, 26, 18])
    b.line(ws, 0, "濮阳市中医医院医保领域腐败和作风问题专项整治自查自纠问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市中医医院（盖章）    填报日期：2024年7月27日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任科室",
            "问题类型",
            "自查发现问题",
            "整改措施",
            "整改时限",
            "整改完成情况",
            "院纪委核查意见",
        ],
    )
    for i, row in enumerate(HOSP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOSP_ROWS)
    b.line(ws, end, "注：“院纪委核查意见”栏由院纪委核查后填写。", 7)
    b.line(ws, end + 1, "院长：马振华    填表人：杜娟    联系电话：0393-4418806", 7)
    return b.close()


FILES = [
    ("柳屯镇党委巡察整改进展情况报告.docx", write_town),
    ("省委巡视反馈意见整改任务推进情况调度表（7月）.xlsx", write_patrol),
    ("监察建议书整改落实情况（两份）.zip", write_advice),
    ("市城市管理局以案促改问题整改清单.wps", write_case),
    ("马庄桥镇整治群众身边不正之风和腐败问题专项行动整改台账.xls", write_township),
    ("形式主义官僚主义问题集中整治台账.et", write_form),
    ("市交通运输局廉政风险点及防控措施落实情况一览表.xlsx", write_risk),
    ("公务接待专项检查发现问题整改台账.csv", write_meal),
    ("端午节期间公务用车专项检查问题整改台账.xlsx", write_car),
    ("违规发放津贴补贴问题专项治理整改情况统计表.xlsx", write_pay),
    ("市中医医院医保领域专项整治自查问题整改台账.xlsx", write_hosp),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside88 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip of two returns.
Campaigns: 安全生产大检查, 巡视整改, 特种设备, 电动自行车, 纪检监察建议, 地质灾害, 防溺水, 高层建筑消防, 危化品,
食品安全. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside88.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 安全生产大检查督导发现问题整改台账, after a 国务院安委办 通报 of its 督导组 on the 安全生产大检查 (发动不充分、进度不一致、
# 排查治理不到位; 高层建筑及人员密集场所消防设施管理存在漏洞; 大检查方案照葫芦画瓢; 企业隐患自查自改没有闭环管理,
# 未向员工公告; 用日常检查代替大检查, 同样的问题反复出现):
# https://www.zgbfxw.com/article-105009-1.html
# An .xlsx: title, 填报单位 line, a two-row header (督导发现问题 over 问题类别/具体问题, 整改责任 over 责任单位/责任人) with
# the 督导组 (the inspector) beside the unit, 是否销号, a 合计 row, a 填表说明 and the signature line.
CHECK_ROWS = [
    (
        "第一督导组",
        "闭环管理",
        "部分工贸企业隐患自查自改未实行闭环管理，未向员工公告",
        "市应急管理局",
        "王建华",
        "督促企业建立隐患排查治理台账，逐项销号",
        "2024.8.15",
        "已督促企业建立隐患闭环台账，正在逐企核查",
        "否",
    ),
    (
        "第一督导组",
        "消防设施",
        "城区3栋高层商住楼消防设施管理存在漏洞，自动喷水灭火系统无水",
        "市消防救援支队",
        "李卫东",
        "责令产权单位修复供水管网，组织复查",
        "7月底前",
        "已完成维修并复查合格",
        "是",
    ),
    (
        "第二督导组",
        "方案部署",
        "县区大检查方案照搬照抄上级文件，针对性、操作性不强",
        "清丰县人民政府",
        "赵明",
        "结合本地行业特点重新制定大检查方案",
        "2024年7月20日前",
        "已重新修订大检查方案并印发执行",
        "是",
    ),
    (
        "第二督导组",
        "检查质量",
        "燃气经营企业以日常检查代替大检查，同类问题反复出现",
        "市城管局",
        "刘志强",
        "开展燃气经营企业专项复查，举一反三",
        "2024年9月30日",
        "未整改",
        "否",
    ),
    (
        "第三督导组",
        "检查质量",
        "建筑施工领域起重机械安全检查走过场，未发现实际问题",
        "市住建局",
        "孙海涛",
        "组织起重机械安全专项复查",
        "2024年8月31日",
        "正在组织专项复查，已复查在建工地12个",
        "否",
    ),
    (
        "第三督导组",
        "长效机制",
        "道路运输企业动态监控平台报警信息处置不及时",
        "市交通运输局",
        "周强",
        "落实动态监控值守制度",
        "长期坚持",
        "常态化推进，按月通报报警处置情况",
        "",
    ),
    (
        "第四督导组",
        "人员密集场所",
        "部分商场安全出口被货架占用，疏散通道不畅",
        "市商务局",
        "吴晓燕",
        "督促商场经营者清理占用物品",
        "2024年7月25日",
        "",
        "",
    ),
]


def write_check(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("督导问题台账")
    b.widths(ws, [6, 12, 12, 40, 16, 10, 28, 16, 30, 10])
    b.line(ws, 0, "全市安全生产大检查督导发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市安全生产委员会办公室    截至时间：2024年7月31日", 9)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "督导组", b.head)
    b.merge(ws, 2, 2, 2, 3, "督导发现问题", b.head)
    b.header(ws, 3, ["问题类别", "具体问题"], first=2)
    b.merge(ws, 2, 4, 2, 5, "整改责任", b.head)
    b.header(ws, 3, ["责任单位", "责任人"], first=4)
    for col, word in [(6, "整改措施"), (7, "整改时限"), (8, "整改进展"), (9, "是否销号")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(CHECK_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(CHECK_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 9, "督导发现问题7个，已销号2个，整改中2个", b.cell)
    b.line(
        ws,
        end + 1,
        "填表说明：1.整改时限按督导反馈意见确定；2.“是否销号”栏经督导组复核同意后填“是”；3.每月25日前报送。",
        9,
    )
    b.line(
        ws, end + 2, "填表人：张丽    审核人：陈国强    联系电话：0393-4411203    填报日期：2024年7月31日", 9
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 巡视反馈问题整改清单, after a 中新社 account of the 中央巡视 反馈 (党委扛起整改主体责任, 形成问题清单、任务清单、
# 责任清单, 一项一项抓; 党委书记第一责任人, 班子成员抓分管领域整改):
# http://vakiodaily.net/news/view/id/675401
# An .xlsx from one unit (named only in the title and the file name) whose rows name its own 科室: a two-row header
# (责任清单 over 责任领导/责任科室), 类 rows between the items, a schedule text in 完成时限, a 注 and signatures.
TOUR_SECTIONS = [
    (
        "一、贯彻落实党中央决策部署方面",
        [
            (
                "基层医疗卫生机构能力建设推进不力，乡镇卫生院服务能力不足",
                "实施基层医疗卫生服务能力提升行动，补齐设备和人才短板",
                "张卫国",
                "基层卫生健康科",
                "7月底前制定方案，10月底前全部完成",
                "方案已印发，正在组织实施",
            ),
            (
                "落实医疗领域腐败问题集中整治要求有差距",
                "召开专题会议，建立整治问题台账",
                "李红",
                "医政医管科",
                "2024年6月30日前完成",
                "已完成，召开专题会议2次并建立长效机制",
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "党组理论学习中心组学习不深入，存在学用脱节现象",
                "制定年度学习计划，落实第一议题制度",
                "王志刚",
                "办公室",
                "长期坚持",
                "长期坚持，按月制定学习计划",
            ),
            (
                "公立医院大型医用设备采购论证不充分",
                "开展大型设备采购专项清查，规范论证程序",
                "李红",
                "规划发展与信息化科",
                "9月底前",
                "正在开展专项清查",
            ),
            (
                "机关财务报销审核不严，存在无依据列支",
                "逐笔清查2022年以来报销凭证，追回违规资金",
                "赵敏",
                "财务科",
                "2024年7月15日",
                "已完成整改，追回资金2.3万元",
            ),
        ],
    ),
    (
        "三、领导班子和干部队伍建设方面",
        [
            (
                "中层干部交流轮岗制度执行不到位",
                "制定交流轮岗计划，分批实施",
                "王志刚",
                "人事科",
                "2024年8—10月",
                "未启动",
            ),
            (
                "巡视整改日常监督不到位，整改台账更新滞后",
                "建立整改月调度制度",
                "张卫国",
                "办公室",
                "2024年12月",
                "",
            ),
        ],
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 34, 10, 18, 20, 30])
    b.line(ws, 0, "中共濮阳市卫生健康委员会党组落实省委巡视反馈意见整改清单", 6, b.title)
    b.line(ws, 1, "（问题清单·任务清单·责任清单）", 6, b.title)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "问题清单（巡视反馈问题）", b.head)
    b.merge(ws, 2, 2, 3, 2, "任务清单（整改措施）", b.head)
    b.merge(ws, 2, 3, 2, 4, "责任清单", b.head)
    b.header(ws, 3, ["责任领导", "责任科室"], first=3)
    b.merge(ws, 2, 5, 3, 5, "完成时限", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改进展", b.head)
    r, n = 4, 0
    for heading, rows in TOUR_SECTIONS:
        b.merge(ws, r, 0, r, 6, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            b.put(ws, r, 0, n, b.center)
            r += 1
    b.line(ws, r + 1, "注：整改进展截至2024年7月31日；已完成的问题经党组会议研究后申请销号。", 6)
    b.line(ws, r + 2, "党组书记（签字）：              填表人：刘倩    联系电话：0393-8991207", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 特种设备安全大检查问题整改情况汇总表, after a city's account of its 特种设备安全生产全面检查 by four 专班 of the 质监局、
# 安监局 and other departments (学校、医院、商场、宾馆酒店等人员密集场所的锅炉、压力容器、电梯、起重机械; 大型游乐设施;
# 液化石油气充装站; 使用登记和检验情况):
# http://m-zhongxiang.cjyun.org/p/13552.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 检查专班 (the inspector) beside the 使用单位 that must
# correct, 指令书下达日期 as the base of the 工作日 deadlines, dates as text, 复查结论, a 合计 row and a 注 line.
SPECIAL_ROWS = [
    (
        "第一专班（市质监局牵头）",
        "医院",
        "濮阳市人民医院",
        "电梯",
        "住院楼3号电梯超期未检验仍在使用",
        "2024-07-03",
        "15个工作日内",
        "已报检，检验合格",
        "复查合格",
    ),
    (
        "第一专班（市质监局牵头）",
        "商场",
        "濮阳华联商厦有限公司",
        "自动扶梯",
        "自动扶梯梳齿板缺齿未及时更换",
        "2024-07-04",
        "2024.7.10",
        "已更换梳齿板",
        "复查合格",
    ),
    (
        "第二专班（市教育局参加）",
        "学校",
        "濮阳市第一高级中学",
        "锅炉",
        "锅炉房司炉人员无证上岗",
        "2024-07-05",
        "2024.7.31",
        "2名司炉人员已报名参加取证培训",
        "",
    ),
    (
        "第二专班（市教育局参加）",
        "宾馆酒店",
        "濮阳迎宾馆有限公司",
        "压力容器",
        "热水储罐安全阀未按期校验",
        "2024-07-08",
        "10个工作日内",
        "未整改",
        "复查不合格",
    ),
    (
        "第三专班（市安监局牵头）",
        "游乐场所",
        "濮阳绿城游乐有限公司",
        "大型游乐设施",
        "过山车安全压杠锁紧装置磨损",
        "2024-07-09",
        "2024年8月15日前",
        "已停运，配件已订购，待更换",
        "",
    ),
    (
        "第三专班（市安监局牵头）",
        "充装站",
        "濮阳市华豫燃气充装有限公司",
        "气瓶",
        "为超期未检液化石油气钢瓶充装",
        "2024-07-10",
        "立行立改",
        "已当场封存超期钢瓶12只，整改完毕",
        "复查合格",
    ),
    (
        "第四专班（市房产局参加）",
        "住宅小区",
        "濮阳昆吾物业服务有限公司",
        "电梯",
        "小区电梯维保记录缺失，应急救援电话无人接听",
        "2024-07-11",
        "2024.8.10",
        "",
        "",
    ),
]


def write_special(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    words = [
        "序号",
        "检查专班",
        "场所类型",
        "使用单位（责任单位）",
        "设备类别",
        "存在问题",
        "指令书下达日期",
        "整改期限",
        "整改情况",
        "复查结论",
    ]
    last = len(words) - 1
    cells = [
        (0, 0, "特种设备安全大检查问题整改情况汇总表", t, 0, last),
        (1, 0, "填报单位：濮阳市特种设备安全大检查工作专班办公室    填报日期：2024年7月30日", plain, 1, last),
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(SPECIAL_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 4, 6, 7, 9) else c))
    r = 3 + len(SPECIAL_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查使用单位7家，下达安全监察指令书7份，复查合格3家", c, r, last),
        (
            r + 1,
            0,
            "注：整改期限按《特种设备安全监察指令书》载明的期限填写，“N个工作日内”自指令书下达之日起计算。",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("汇总表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 电动自行车安全隐患全链条整治问题清单, after a city 安委办's account of its 电动自行车安全隐患全链条整治 (清理违规停放
# 充电; “进楼入户”“飞线充电”; 约谈警示物业服务企业; 查处非法改装; 建设集中停放充电场所、充电端口; 排查住宅小区):
# https://www.xingning.gov.cn/jrxn/shwx/content/post_2677066.html
# A CSV in GBK: a title line, a 填报单位 line, one header line with 发现时间 (an event) and 是否整改到位 (是/否), a 合计 line.
EBIKE_ROWS = [
    (
        "2024-07-02",
        "绿城小区",
        "进楼入户",
        "3号楼一单元楼道内电动自行车违规停放充电",
        "濮阳绿城物业服务有限公司",
        "立即清理，加强巡查劝导",
        "2024-07-05",
        "已清理",
        "是",
    ),
    (
        "2024-07-02",
        "绿城小区",
        "飞线充电",
        "5号楼住户从窗口私拉电线飞线充电",
        "濮阳绿城物业服务有限公司",
        "拆除飞线，入户宣传",
        "7月10日前",
        "已劝导拆除，仍有反复，继续盯守",
        "否",
    ),
    (
        "2024-07-04",
        "胜利路小区",
        "停放充电设施不足",
        "小区现有充电端口不足，车棚容纳不下",
        "华龙区胜利路街道办事处",
        "新建集中停放充电车棚",
        "2024年9月底前",
        "新建车棚已完成选址，正在办理手续",
        "否",
    ),
    (
        "2024-07-05",
        "建设路沿街门店",
        "非法改装",
        "电动车维修店销售非法改装的大容量蓄电池",
        "市市场监管局",
        "立案查处",
        "2024-07-12",
        "已立案查处，罚没0.8万元",
        "是",
    ),
    (
        "2024-07-09",
        "金色家园商住楼",
        "占用疏散通道",
        "地下车库电动自行车堵塞安全出口",
        "市消防支队",
        "下发责令改正通知书",
        "2024-07-20",
        "",
        "",
    ),
    (
        "2024-07-11",
        "安居苑小区",
        "停放场所不合规",
        "架空层作为电动自行车停放充电场所未设防火分隔",
        "濮阳市安居物业管理有限公司",
        "设置防火分隔，配备灭火器材",
        "2024年8月31日",
        "未整改",
        "否",
    ),
    (
        "2024-07-15",
        "人民路老旧小区",
        "管理缺位",
        "老旧小区无物业管理，电动车楼道停放无人劝导",
        "华龙区人民路街道办事处",
        "纳入网格化日常巡查",
        "长期坚持",
        "纳入网格员日常巡查",
        "",
    ),
]


def write_ebike(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["电动自行车安全隐患全链条整治问题清单（第三批）"])
    w.writerow(["填报单位：华龙区电动自行车安全隐患全链条整治工作专班", "", "", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "序号",
            "发现时间",
            "小区（场所）",
            "问题类型",
            "问题描述",
            "责任主体",
            "整改要求",
            "整改时限",
            "整改结果",
            "是否整改到位",
        ]
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本批共排查问题7个，已整改到位2个", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 纪检监察建议书落实情况的报告, after a county 纪委监委's account of its 纪检监察建议书 to the 县发展和改革局 (项目立项程序
# 不规范、项目跟踪监督落实不到位; 党组会研究部署, 逐一落实整改措施, 明确任务书和时间表; 按要求报告整改情况):
# http://ynjjjc.gov.cn/html/2025/tiewanfanfu_0127/135003.html
# A .docx report from one unit (named in the title by its short name) whose items are numbered paragraphs naming its
# own 科室, with a base date (收到建议书) for the one deadline in days, and the 党组 and date at the foot.
PROPOSAL_PARAS = [
    (
        "1.关于“部分政府投资项目立项审批程序不规范，存在先建后批”的问题。整改措施：对2023年以来立项项目逐一复核，"
        "完善立项审批流程。责任科室：投资科。完成时限：2024年8月31日。整改情况：已对46个项目逐一复核，"
        "正在督促补办相关手续。"
    ),
    (
        "2.关于“项目建设过程跟踪监督落实不到位”的问题。整改措施：建立重点项目季度巡查制度。责任科室：重点项目办。"
        "完成时限：长期坚持。整改情况：长期坚持，已开展第二季度巡查。"
    ),
    (
        "3.关于“价格认定工作中违规收取服务费”的问题。整改措施：全面清退违规收取的费用。责任科室：价格认证中心。"
        "完成时限：收到建议书之日起30日内。整改情况：已全部清退，整改完成。"
    ),
    (
        "4.关于“重点项目前期经费拨付审核把关不严”的问题。整改措施：修订前期经费管理办法，实行双人审核。"
        "责任科室：财务科。完成时限：2024年9月底前。整改情况：尚未整改。"
    ),
    (
        "5.关于“干部廉政风险防控台账更新不及时”的问题。整改措施：重新梳理岗位廉政风险点。责任科室：机关党委。"
        "完成时限：2024年7月15日前。整改情况：已完成，重新梳理风险点32个。"
    ),
    (
        "6.关于“委托招标代理机构选取程序不透明”的问题。整改措施：建立招标代理机构比选制度，"
        "比选结果在门户网站公示。责任科室：法规科。完成时限：2024年10月底前。"
    ),
    (
        "7.关于“以案促改警示教育开展不经常”的问题。整改措施：每半年至少开展一次警示教育。责任科室：机关党委。"
        "完成时限：2024年12月31日。整改情况：已召开警示教育大会1次，下半年再开展2次。"
    ),
]


def write_proposal(path: Path) -> Path:
    doc = _new_document("机关党委")
    _title(doc, "市发改委关于纪检监察建议书落实情况的报告")
    _paragraph(doc, "市纪委监委驻市发展改革委纪检监察组：")
    _paragraph(
        doc,
        "2024年6月20日，我委收到市纪委监委《纪检监察建议书》（濮纪建〔2024〕5号），指出我委在项目立项审批、"
        "项目跟踪监督等方面存在的问题。委党组立即召开党组会议研究部署，对照建议书逐一制定整改措施，"
        "明确任务书和时间表。现将落实情况报告如下：",
    )
    _paragraph(doc, "一、建议书指出问题的整改情况", 16, "黑体")
    for text in PROPOSAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "对尚未完成的事项，我委将按照时间表持续推进，完成一项、报告一项，确保建议书指出的问题全部整改到位。",
    )
    _paragraph(doc, "中共濮阳市发展和改革委员会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 汛期地质灾害隐患点排查台帐, after a 州 account of its 地质灾害隐患点 排查 (逐一登记造册, 建立台帐; 灾害规模、危害等级、
# 发育发展趋势、诱发因素, 防灾措施建议; 水务、交通、住建、旅游、教育、电力等行业的隐患点; 排查单位按“一日一移交”
# 将结果移交当地县、乡人民政府):
# http://paper.kbcmw.com/html/2017-07/05/content_95499.htm
# An .ods (LibreOffice conversion): title, 排查单位 line, a two-row header (隐患点情况 over 灾害类型/灾害规模/危害等级/
# 发展趋势/诱发因素), the 排查单位 (inspector) beside the 责任单位, 移交日期 as the base of the 日内 deadlines, signatures.
GEO_ROWS = [
    (
        "陈庄镇黄河滩区村后坡体",
        "崩塌",
        "小型",
        "中型",
        "不稳定",
        "降雨",
        "省地矿局第二地质队",
        "范县陈庄镇人民政府",
        date(2024, 7, 3),
        "移交之日起10日内",
        "已完成避险转移和警示牌设置，已销号",
    ),
    (
        "采砂坑周边地面",
        "地面塌陷",
        "中型",
        "中型",
        "发展",
        "人工采砂",
        "省地矿局第二地质队",
        "市国土资源局",
        date(2024, 7, 5),
        "2024年8月底前",
        "正在编制治理方案",
    ),
    (
        "县道X018路基边坡",
        "滑坡",
        "小型",
        "小型",
        "基本稳定",
        "降雨、路基开挖",
        "省地矿局第二地质队",
        "市交通局",
        date(2024, 7, 8),
        "2024.7.31",
        "未处置",
    ),
    (
        "城北中学围墙后高陡边坡",
        "崩塌",
        "小型",
        "中型",
        "不稳定",
        "降雨",
        "省地矿局第五地质队",
        "市教育局",
        date(2024, 7, 10),
        "7月20日前",
        "已完成削坡减载并通过验收",
    ),
    (
        "渠首段岸坡",
        "地裂缝",
        "小型",
        "小型",
        "发展",
        "河水冲刷",
        "省地矿局第五地质队",
        "市水务局",
        date(2024, 7, 12),
        "移交之日起15日内",
        "",
    ),
    (
        "220千伏输电线路塔基周边",
        "地裂缝",
        "小型",
        "中型",
        "发展",
        "地下水位下降",
        "省地矿局第五地质队",
        "供电公司",
        date(2024, 7, 15),
        "2024年第三季度",
        "已加密监测，正在设计塔基加固方案",
    ),
    (
        "戚城景区游步道上方危岩",
        "崩塌",
        "小型",
        "小型",
        "基本稳定",
        "风化、降雨",
        "省地矿局第五地质队",
        "市旅游局",
        date(2024, 7, 18),
        "长期坚持",
        "落实群测群防员，汛期每日巡查",
    ),
]


def write_geo_book(path: Path) -> Path:
    b = Book(path, author="地环科")
    ws = b.sheet("台帐")
    b.widths(ws, [6, 26, 10, 8, 8, 10, 14, 18, 20, 12, 18, 30])
    b.line(ws, 0, "汛期地质灾害隐患点排查台帐（7月移交）", 11, b.title)
    b.line(ws, 1, "排查时段：2024年7月1日至7月31日    移交原则：一日一移交", 11)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "隐患点名称", b.head)
    b.merge(ws, 2, 2, 2, 6, "隐患点情况", b.head)
    b.header(ws, 3, ["灾害类型", "灾害规模", "危害等级", "发展趋势", "诱发因素"], first=2)
    for col, word in [
        (7, "排查单位"),
        (8, "责任单位"),
        (9, "移交日期"),
        (10, "处置时限"),
        (11, "处置情况"),
    ]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(GEO_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 5 + len(GEO_ROWS)
    b.line(ws, end, "填表说明：“处置时限”由排查单位会同责任单位确定，按日计算的自移交日期起算。", 11)
    b.line(ws, end + 1, "填表人：陈晓    复核人：马俊峰    填报日期：2024年7月31日", 11)
    return b.close()


def write_geo(path: Path) -> Path:
    via_soffice(write_geo_book, path, "ods", "地质灾害隐患点排查台帐.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 暑期防溺水重点水域隐患排查整改表, after a district's account of its 防溺水 work (巡查小组对河流、水库、池塘等重点水域
# 拉网式排查; 危险水域安装防护栏、设置警示牌, 补充“一绳一杆一圈”救援设施; 更新警示牌、增设应急救援物资):
# https://lzq.gov.cn/news/show/20250521145639925.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with √ under 是否整改完成 (是/否),
# dates as text, a 填表说明 and the signature line.
WATER_ROWS = [
    (
        "金堤河城关段",
        "河流",
        "城关段河堤缺少防护栏，岸坡陡峭",
        "安装防护栏300米",
        "濮阳县城关镇人民政府",
        "6月30日前完成",
        "√",
        "",
        "",
    ),
    (
        "东湖景区",
        "景观湖",
        "亲水平台警示牌褪色看不清",
        "更新警示牌",
        "市城管局",
        "2024.7.15",
        "√",
        "",
        "",
    ),
    (
        "第三濮清南干渠",
        "灌渠",
        "干渠沿线未配备“一绳一杆一圈”救援设施",
        "配齐救援设施",
        "市水务局",
        "7月底前",
        "",
        "√",
        "救生圈已采购，待安装",
    ),
    (
        "五星乡废弃砖窑",
        "取土坑",
        "废弃砖窑取土坑积水无围挡",
        "设置围挡并回填",
        "濮阳县五星乡人民政府",
        "2024年8月10日前",
        "",
        "√",
        "",
    ),
    (
        "马颊河大桥",
        "河流",
        "桥下野泳点无人巡查劝阻",
        "暑期每日巡逻",
        "市公安局",
        "长期坚持",
        "",
        "",
        "暑期每日巡逻劝离",
    ),
    (
        "庆祖镇中心校周边",
        "鱼塘",
        "学校周边鱼塘未设置警示标识",
        "设置警示牌4块",
        "濮阳县庆祖镇人民政府",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "西水坡调蓄池",
        "调蓄池",
        "调蓄池围网破损多处",
        "修复围网",
        "水利局",
        "2024年8月31日",
        "",
        "",
        "",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="应急办")
    ws = b.sheet("排查整改表")
    b.widths(ws, [6, 18, 10, 34, 18, 22, 16, 8, 8, 24])
    b.line(ws, 0, "暑期防溺水重点水域隐患排查整改表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市防溺水工作领导小组办公室    排查时间：2024年6月—7月", 9)
    for col, word in enumerate(
        ["序号", "水域名称", "水域类型", "存在隐患", "整改措施", "责任单位", "整改时限"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改完成", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(WATER_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
        b.put(ws, 3 + i, 7, row[6], b.center)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 5 + len(WATER_ROWS)
    b.line(ws, end, "填表说明：在“是否整改完成”栏对应位置打“√”；长期性工作在备注栏说明。", 9)
    b.line(ws, end + 1, "填表人：郭亮    联系电话：0393-8686102    填报日期：2024年7月31日", 9)
    return b.close()


def write_water(path: Path) -> Path:
    return via_soffice(write_water_book, path, "xls", "防溺水重点水域隐患排查整改表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 高层建筑消防安全排查整治统计表 from two 街道, after a 消防大队's account of the 高层建筑消防安全百日攻坚行动 (外墙保温
# 材料保护层; 室内消火栓水压; 疏散通道、安全出口、疏散楼梯; 疏散指示标志和应急照明; 消防控制室人员持证上岗;
# 填写《全省高层建筑消防安全排查整治统计表》; 下发《责令改正通知书》, 限定时间整改):
# https://yjj.ankang.gov.cn/Content-258028.html
# A .zip of two .xlsx returns, each with a 填报单位 line, one header row with the 通知书文号, 整改责任单位, 整改期限,
# 整改情况 and the 消防救援机构复查意见 (a closure column), and a signature line.
HIGH_RETURNS = [
    (
        "华龙区大庆路街道办事处",
        [
            (
                "恒大名都6号楼",
                "99",
                "6号楼室内消火栓无水，加压泵故障",
                "濮消改字〔2024〕第0612号",
                "濮阳金碧物业服务有限公司",
                "2024年7月10日",
                "已修复加压泵，消火栓出水正常",
                "复查合格",
            ),
            (
                "建业壹号城邦3号楼",
                "54",
                "疏散楼梯间堆放杂物，安全出口锁闭",
                "濮消改字〔2024〕第0613号",
                "河南建业物业管理有限公司濮阳分公司",
                "2024年7月5日",
                "已清理杂物，打开安全出口",
                "复查合格",
            ),
            (
                "盛世豪庭1号楼",
                "81",
                "外墙保温层保护层破损脱落",
                "濮消改字〔2024〕第0618号",
                "濮阳盛世物业服务有限公司",
                "2024年9月30日",
                "已申请动用专项维修资金，待审批",
                "",
            ),
            (
                "盛世豪庭消防控制室",
                "—",
                "消防控制室值班人员无证上岗",
                "濮消改字〔2024〕第0619号",
                "濮阳盛世物业服务有限公司",
                "2024年7月31日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "华龙区中原路街道办事处",
        [
            (
                "万和城2号楼",
                "72",
                "应急照明灯和疏散指示标志损坏",
                "濮消改字〔2024〕第0631号",
                "濮阳万和物业服务有限公司",
                "2024年7月15日",
                "已更换应急照明灯18盏",
                "复查合格",
            ),
            (
                "万和城5号楼",
                "72",
                "自动喷水灭火系统末端试水压力不足",
                "濮消改字〔2024〕第0632号",
                "濮阳万和物业服务有限公司",
                "2024年8月20日",
                "正在维修稳压设备",
                "",
            ),
            (
                "中原路老旧高层住宅",
                "36",
                "老旧高层住宅无物业，消防设施长期无人维保",
                "濮消改字〔2024〕第0635号",
                "市住建局",
                "2024年12月底前",
                "正在协调引入专业物业服务企业",
                "",
            ),
            (
                "东方明珠大厦",
                "60",
                "常闭式防火门闭门器缺失",
                "濮消改字〔2024〕第0637号",
                "濮阳东方物业服务有限公司",
                "2024年8月5日",
                "",
                "",
            ),
        ],
    ),
]


def write_high_book(path: Path, street: str, rows: list[tuple]) -> Path:
    b = Book(path, author=street)
    ws = b.sheet("统计表")
    b.widths(ws, [6, 20, 10, 34, 24, 28, 16, 30, 18])
    b.line(ws, 0, "高层建筑消防安全排查整治统计表", 8, b.title)
    b.line(ws, 1, f"填报单位：{street}    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "建筑名称",
            "建筑高度（米）",
            "存在隐患",
            "责令改正通知书文号",
            "整改责任单位",
            "整改期限",
            "整改情况",
            "消防救援机构复查意见",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(ws, 4 + len(rows), "街道负责人：            填表人：            联系电话：", 8)
    return b.close()


def write_high(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for street, rows in HIGH_RETURNS:
            name = f"高层建筑消防安全排查整治统计表（{street}）.xlsx"
            member = write_high_book(Path(tmp) / name, street, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 危险化学品企业雷雨天气安全专项检查隐患整改情况表, after a county 安监局's 危险化学品企业雷雨天气安全生产专项检查
# (厂区及车间排水管路是否通畅, 雨季用电是否规范, 厂房、围墙是否稳固, 危险物品储存, 避雷防雷设施检测; 化工企业、
# 浸出油厂、加油站; 下达责令限期整改指令书, 现已整改合格N项, 整改不合格的停产停业整顿):
# http://rqjmxh.cn/xjyw/p/355018.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line naming the 安监局, one table with 指令书下达日期 as the base of
# the 日内 deadline and a 合计 row, signature lines.
HAZCHEM_ROWS = [
    (
        "濮阳中原石化有限公司",
        "化工企业",
        "厂区雨水排水管路堵塞，罐区积水",
        "2024-07-05",
        "7日内",
        "已疏通排水管路，整改合格",
    ),
    (
        "濮阳县丰源油脂有限公司",
        "浸出油厂",
        "浸出车间防爆电气接线盒破损",
        "2024-07-05",
        "2024年7月20日",
        "已更换防爆接线盒，整改合格",
    ),
    (
        "濮阳市龙祥加油站有限公司",
        "加油站",
        "防雷防静电装置检测报告过期",
        "2024-07-08",
        "2024年7月31日",
        "已委托检测机构检测，尚未出具报告",
    ),
    (
        "濮阳惠成化工有限公司",
        "化工企业",
        "危险化学品仓库超量储存",
        "2024-07-08",
        "2024年7月10日",
        "未整改",
    ),
    (
        "濮阳市华瑞气体有限公司",
        "化工企业",
        "气瓶库房围墙出现裂缝",
        "2024-07-10",
        "2024年8月15日",
        "正在加固围墙",
    ),
    (
        "南乐县宏达油脂有限公司",
        "浸出油厂",
        "雨季临时用电私拉乱接",
        "2024-07-10",
        "2024年7月15日",
        "已规范临时用电线路，整改合格",
    ),
    (
        "濮阳市昌盛加油站",
        "加油站",
        "卸油区排水沟未设置隔油池",
        "2024-07-12",
        "2024年9月30日",
        "",
    ),
]


def write_hazchem_docx(path: Path) -> Path:
    doc = _new_document("危化科")
    _title(doc, "危险化学品企业雷雨天气安全专项检查隐患整改情况表")
    _paragraph(doc, "填报单位：濮阳市安监局危化科    填报日期：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(HAZCHEM_ROWS, 1)]
    body.append(["合计", "检查企业7家", "", "下达指令书7份", "", "", "整改合格3项"])
    _table(
        doc,
        [
            "序号",
            "责任企业",
            "企业类型",
            "检查发现隐患",
            "指令书下达日期",
            "整改期限",
            "整改情况",
        ],
        body,
    )
    _paragraph(doc, "注：整改期限按日计算的，自责令限期整改指令书下达之日起算。", 12)
    _paragraph(doc, "填表人：韩磊    审核人：郑海军    联系电话：0393-4418861", 12)
    return _save_fixed(doc, path)


def write_hazchem(path: Path) -> Path:
    return via_soffice(write_hazchem_docx, path, "doc", "危化品雷雨天气专项检查隐患整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 校园食品安全隐患自查整改清单, after a county 教委's notice forwarding the 餐饮食品安全专项检查实施方案 (学校食堂
# “三防”; 食品采购关、储存关、加工关、送餐关; 从业人员管理和培训; 首偿和陪餐制度; 8月10日前全面开展隐患排查,
# 《自查清单》加盖公章后上交):
# http://cqxs.gov.cn/bm/jw/zwgk_77940/zfxxgkml_178039/jczwgk/jygk/zyzczxqk/202402/t20240206_12914732.html
# An .xlsx from one school, named only in the file name (the 填报单位（盖章） line is left blank), whose rows name its
# own 部门: 自查时间 as the base of 立行立改, a two-row header with √ under 整改完成情况 (已完成/未完成), signatures.
FOOD_ROWS = [
    (
        "采购关",
        "部分食材索证索票不全，供货商资质未存档",
        "补齐索证索票，建立供货商档案",
        "总务处",
        "2024.7.20",
        "√",
        "",
        "",
    ),
    (
        "储存关",
        "冷藏柜内生熟食品混放",
        "分柜存放并张贴标识",
        "食堂",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "三防",
        "后厨排水沟出口未安装防鼠网",
        "安装不锈钢防鼠网",
        "食堂",
        "8月10日前",
        "",
        "√",
        "",
    ),
    (
        "加工关",
        "从业人员健康证2人过期",
        "组织体检，办理健康证",
        "办公室",
        "2024年7月31日",
        "",
        "√",
        "已安排体检，待出证",
    ),
    (
        "陪餐制度",
        "校领导陪餐记录不完整",
        "落实校领导每日陪餐并登记",
        "办公室",
        "长期坚持",
        "",
        "",
        "每日陪餐并登记",
    ),
    (
        "送餐关",
        "留样冰箱温度记录缺失",
        "每日记录留样冰箱温度",
        "食堂",
        "2024年8月10日前",
        "",
        "",
        "",
    ),
    (
        "从业人员培训",
        "食堂从业人员食品安全培训学时不足",
        "开展集中培训",
        "总务处",
        "2024年9月底前",
        "",
        "√",
        "已制定培训计划，8月开始集中培训",
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="总务处")
    ws = b.sheet("自查清单")
    b.widths(ws, [6, 12, 36, 28, 10, 16, 8, 8, 28])
    b.line(ws, 0, "校园食品安全隐患自查整改清单", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：                    自查时间：2024年7月18日", 8)
    for col, word in enumerate(["序号", "检查环节", "存在问题", "整改措施", "责任部门", "整改时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改完成情况", b.head)
    b.header(ws, 3, ["已完成", "未完成"], first=6)
    b.merge(ws, 2, 8, 3, 8, "备注", b.head)
    for i, row in enumerate(FOOD_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
        b.put(ws, 3 + i, 6, row[5], b.center)
        b.put(ws, 3 + i, 7, row[6], b.center)
    end = 5 + len(FOOD_ROWS)
    b.line(ws, end, "说明：本清单于8月10日前加盖公章报县教育后勤服务中心；整改完成情况在对应栏内打“√”。", 8)
    b.line(ws, end + 1, "学校负责人（签字）：            食品安全管理员：            联系电话：", 8)
    return b.close()


FILES = [
    ("全市安全生产大检查督导发现问题整改台账.xlsx", write_check),
    ("市卫健委巡视反馈问题整改清单.xlsx", write_tour),
    ("特种设备安全大检查问题整改情况汇总表.xls", write_special),
    ("电动自行车安全隐患全链条整治问题清单（第三批）.csv", write_ebike),
    ("市发改委关于纪检监察建议书落实情况的报告.docx", write_proposal),
    ("汛期地质灾害隐患点排查台帐.ods", write_geo),
    ("暑期防溺水重点水域隐患排查整改表.et", write_water),
    ("高层建筑消防安全排查整治统计表（两个街道）.zip", write_high),
    ("危险化学品企业雷雨天气安全专项检查隐患整改情况表.wps", write_hazchem),
    ("濮阳市第二实验小学校园食品安全隐患自查整改清单.xlsx", write_food),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev151 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产与消防隐患排查 (商场、宾馆、学校、九小场所、电动自行车), with an enterprise's self-check summary,
inspection records, enforcement ledgers and re-inspection (复查) tables.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps and .doc (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx of inspection-record cards, and a .zip of two returns (an .xlsx and a
.docx) whose member names are stored in GBK. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside257.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 9, 20, 0)
ZIP_TIME = (2024, 7, 31, 9, 20, 0)


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
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values):
            _cell_text(table.cell(r, c), v, size)
    return table


def _docx_bytes(doc) -> bytes:
    """A .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def _save_fixed(doc, path: Path) -> Path:
    path.write_bytes(_docx_bytes(doc))
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers in China write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 企业安全隐患自查自纠汇总表, after a 安全大检查 notice's 附件1 企业安全隐患自查自纠汇总表 (填报单位（盖章）、企业主要负责人
# 姓名（签字）、填报时间; 序号 隐患情况 整改（防范）措施 整改资金 整改时限 应急预案 责任人 整改落实情况 整改核查人; 说明: 每月底
# 前报所在地行业主管部门和安全监管部门, 一时不能整改的重大隐患在措施栏填报防范措施):
# https://renrendoc.com/p-11732568.html
# An .xlsx: 附件1 line, title, the 填报单位/负责人/填报时间 line, one header row in the source's words, the 责任人 column
# naming the shopping mall's own departments, two 说明 lines. Every item belongs to the sending company.
SELF_CHECK_ROWS = [
    (
        "地下一层超市仓库货物堆放距离照明灯具不足0.5米",
        "重新码放货物，保持安全距离",
        0,
        "2024年7月20日",
        "有",
        "超市部 刘洋",
        "已整改",
        "张建国",
    ),
    (
        "三楼东侧疏散楼梯间常闭式防火门闭门器损坏，防火门处于常开状态",
        "更换闭门器",
        800,
        "2024年7月25日",
        "有",
        "工程部 王磊",
        "已更换闭门器，防火门可自行关闭",
        "张建国",
    ),
    (
        "消防控制室持证值班人员不足，夜间仅1人值班",
        "增配持证值班人员，落实每班2人",
        36000,
        "2024年9月30日",
        "有",
        "安保部 李军",
        "已招聘持证人员1名，另1名员工正在参加培训取证",
        "",
    ),
    (
        "四楼餐饮区厨房排油烟管道未定期清洗，油垢积聚",
        "委托专业公司清洗，每季度清洗一次",
        2500,
        "2024年8月10日",
        "有",
        "招商运营部 赵敏",
        "",
        "",
    ),
    (
        "东侧室外消防车通道被临时促销摊位占用",
        "清理摊位，施划禁停标线",
        1200,
        "2024年7月15日",
        "有",
        "安保部 李军",
        "摊位已清理，禁停标线已施划",
        "张建国",
    ),
    (
        "部分商户在后门通道私拉电线为电动自行车蓄电池充电",
        "拆除私拉电线，在地面停车场设置集中充电点",
        15000,
        "8月底前",
        "无",
        "物业部 孙涛",
        "未整改",
        "",
    ),
    (
        "自动喷水灭火系统三层末端试水装置压力不足",
        "委托维保单位检修；检修期间每2小时巡查一次（防范措施）",
        8000,
        "2024年10月31日",
        "有",
        "工程部 王磊",
        "已联系维保单位，管网正在检修",
        "",
    ),
    (
        "新入职营业员未参加消防安全培训，不会使用灭火器",
        "每月组织一次新员工消防培训和灭火器实操",
        0,
        "长期坚持",
        "—",
        "人事行政部 周丽",
        "按月组织，常态化开展",
        "",
    ),
]


def write_self_check(path: Path) -> Path:
    b = Book(path, author="安保部")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 40, 30, 10, 14, 10, 16, 30, 12])
    b.line(ws, 0, "附件1", 8)
    b.line(ws, 1, "企业安全隐患自查自纠汇总表", 8, b.title)
    b.line(
        ws,
        2,
        "填报单位（盖章）：濮阳市华龙区昌盛商贸有限公司（昌盛购物广场）    企业主要负责人姓名（签字）：    "
        "填报时间：2024年7月29日    整改资金单位：元",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "隐患情况",
            "整改（防范）措施",
            "整改资金",
            "整改时限",
            "应急预案",
            "责任人",
            "整改落实情况",
            "整改核查人",
        ],
    )
    for i, row in enumerate(SELF_CHECK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SELF_CHECK_ROWS)
    b.line(
        ws,
        end,
        "说明：1.企业在全面自查的基础上汇总填报此表，安全大检查期间于每月底前报所在地行业主管部门和应急管理部门。",
        8,
    )
    b.line(ws, end + 1, "2.一时不能整改的重大安全隐患，应在“整改（防范）措施”栏中一并填报防范措施。", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学校消防安全检查记录表, after a school's 消防安全检查记录表 (检查时间, 检查地点, 检查人员 领队/成员, 检查内容 1.消防设施是否
# 完备 2.消防器材是否齐全 3.消防通道是否畅通 4.电源线路是否有漏电现象 5.消防安全宣传是否充分, 检查结果, 检查意见):
# https://360docs.net/doc/327761627.html
# A .docx: title, preamble, one record card per school (检查时间/检查地点, 检查人员, 检查内容 merged across, then a
# 序号 | 检查结果 | 检查意见 | 复查情况 block). The school named under 检查地点 is the unit; the inspectors are not.
SCHOOL_CARDS = [
    (
        "2024年7月8日",
        "濮阳市华龙区实验小学",
        "领队：王建设（市教育局安全稳定科）  成员：李卓（市消防救援支队）、赵静",
        [
            (
                "教学楼二楼东西两侧疏散指示标志2处不亮",
                "7月15日前更换疏散指示标志",
                "已更换，复查合格",
            ),
            (
                "学生宿舍走廊灭火器3具压力不足",
                "立行立改",
                "已当场更换",
            ),
        ],
    ),
    (
        "2024年7月10日",
        "濮阳县第三中学",
        "领队：王建设（市教育局安全稳定科）  成员：李卓（市消防救援支队）、刘涛",
        [
            (
                "学生食堂燃气管道未安装可燃气体泄漏报警装置",
                "8月20日前安装报警装置并与切断阀联动",
                "报警装置已采购，待安装",
            ),
            (
                "化学实验室试剂柜紧贴配电箱摆放",
                "7月20日前调整试剂柜位置",
                "已调整到位",
            ),
            (
                "校门口教师电动自行车停放区私拉电线充电",
                "立行立改",
                "私拉电线已拆除",
            ),
        ],
    ),
    (
        "2024年7月11日",
        "清丰县第二高级中学",
        "领队：郑海燕（市教育局安全稳定科）  成员：马骏（市消防救援支队）",
        [
            (
                "男生宿舍楼室内消火栓箱内水带、水枪缺失",
                "7月31日前配齐水带、水枪",
                "",
            ),
            (
                "图书馆未设置火灾自动报警系统",
                "纳入校舍改造项目，年底前完成设计，2025年6月底前完成安装",
                "尚未启动",
            ),
        ],
    ),
    (
        "2024年7月12日",
        "南乐县城关镇第一初级中学",
        "领队：郑海燕（市教育局安全稳定科）  成员：马骏（市消防救援支队）、孔令军",
        [
            (
                "消防控制室无人值守，值班记录缺失",
                "立行立改，落实24小时双人值班",
                "已落实值班制度，复查合格",
            ),
            (
                "本学期未组织师生消防疏散演练",
                "每学期至少组织一次疏散演练，长期坚持",
                "纳入学校常规工作，常态化开展",
            ),
        ],
    ),
]
SCHOOL_CONTENT = "1.消防设施是否完备  2.消防器材是否齐全  3.消防通道是否畅通  4.电源线路是否有漏电现象  5.消防安全宣传是否到位"


def _school_card(doc, when: str, where: str, who: str, findings: list[tuple[str, str, str]]) -> None:
    table = doc.add_table(rows=4 + len(findings), cols=4)
    table.style = "Table Grid"
    _cell_text(table.cell(0, 0), "检查时间", bold=True)
    _cell_text(table.cell(0, 1), when)
    _cell_text(table.cell(0, 2), "检查地点", bold=True)
    _cell_text(table.cell(0, 3), where)
    _cell_text(table.cell(1, 0), "检查人员", bold=True)
    _cell_text(table.cell(1, 1).merge(table.cell(1, 3)), who)
    _cell_text(table.cell(2, 0), "检查内容", bold=True)
    _cell_text(table.cell(2, 1).merge(table.cell(2, 3)), SCHOOL_CONTENT)
    for c, word in enumerate(["序号", "检查结果（存在问题）", "检查意见", "复查情况"]):
        _cell_text(table.cell(3, c), word, bold=True)
    for r, (problem, opinion, review) in enumerate(findings, start=4):
        _cell_text(table.cell(r, 0), str(r - 3))
        _cell_text(table.cell(r, 1), problem)
        _cell_text(table.cell(r, 2), opinion)
        _cell_text(table.cell(r, 3), review)


def write_school(path: Path) -> Path:
    doc = _new_document("安全稳定科")
    _title(doc, "2024年暑期学校消防安全检查记录表", 18)
    _paragraph(
        doc,
        "市教育局安全稳定科会同市消防救援支队，于7月8日至12日对4所学校开展暑期消防安全检查。各校检查记录及7月26日"
        "复查情况如下，“立行立改”事项自检查当日起整改。",
        12,
    )
    for n, (when, where, who, findings) in enumerate(SCHOOL_CARDS, 1):
        _paragraph(doc, f"（{'一二三四'[n - 1]}）{where}", 12, "黑体")
        _school_card(doc, when, where, who, findings)
    _paragraph(doc, "记录人：赵静    审核：王建设    2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 宾馆消防安全检查通报, after a hotel 安全部消防监控中心's 消防安全检查通报 (根据宾馆安全委员会的安排对一、二、三号楼房务部、
# 餐饮部的消防设施, 厨房、仓库、工作间、布草间、办公室及配电设施检查; findings numbered (1)(2)… under 1、一、二号楼餐饮、
# 客房区 and 2、三号楼餐饮区, with “未修复原因” in brackets, “需部门紧急整改”, “应报工程维修”, and remarks that praise an
# area mixed in among the findings):
# https://m.wuhaninfo.cn/dongshi/rhser/NyQoxpGDdo
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the inspection date, numbered findings under area
# headings, the 整改情况 added in brackets at the 7月30日 复查, two praising remarks that are not items, the 安全部 and
# dates at the foot. The rows name only the hotel's own departments.
HOTEL_SECTIONS = [
    (
        "1、一、二号楼餐饮、客房区",
        [
            "（1）一号楼三层、二号楼五层部分疏散指示标志和安全出口标志灯不亮，由工程部负责，8月20日前修复。"
            "（未修复原因：原型号已停产，已向厂家订做，预计8月中旬到货）",
            "（2）二号楼房务部布草间、工作间消防设施检查情况较好，巡查记录填写正常。",
            "（3）二号楼冷库后电线胶布破裂，杂物堆放混乱，有易燃物堵塞通道现象，需餐饮部紧急整改，限7月18日前完成。"
            "（已整改）",
            "（4）二号楼三层仓库灭火器2具过期，需更换，限7月20日前完成。",
            "（5）二号楼餐饮部7月1日至7日未做每日防火巡查记录（经询问答复：记录本用完，事后忘记补记）。"
            "要求即日起恢复每日巡查并如实记录，长期坚持。",
            "（6）二号楼酒水库未制定仓库管理规定，酒垛间距过窄，限7月25日前制定规定并重新码放。"
            "（管理规定已制定，酒垛正在重新码放）",
        ],
    ),
    (
        "2、三号楼餐饮区",
        [
            "（1）验货组灭火器1具欠压，应更换。（已更换）",
            "（2）二层厨房电源插座无防护罩，调料库配电箱内线路杂乱，应报工程部维修，限7月31日前完成。（未整改）",
            "（3）三层7月10日至12日无每日巡查记录，酒水库未配置灭火器，限7月20日前配置。",
            "（4）餐饮楼层包间物品摆放有序，厨房每日检查比较到位，记录填写认真。",
            "（5）会议中心音响室内台布、废纸随意堆放，要求立即清理。（已清理）",
        ],
    ),
    (
        "3、其他区域",
        [
            "（1）房务部废旧报纸及杂物堆放时间过长、数量过多，存在严重安全隐患，需紧急整改，限7月20日前清运。（已清运）",
        ],
    ),
]


def write_hotel_docx(path: Path) -> Path:
    doc = _new_document("安全部")
    _title(doc, "消防安全检查通报")
    _paragraph(doc, "（附整改情况）", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "宾馆各部门：")
    _paragraph(
        doc,
        "2024年7月16日，安全部消防监控中心根据宾馆安全委员会的安排，先后对经营区域一、二、三号楼内房务部、餐饮部的"
        "消防设施，厨房、仓库、工作间、布草间、办公室以及相关配电设施进行了检查。现将检查情况通报如下，括号内为7月30日"
        "安全部复查时登记的整改情况：",
    )
    for heading, findings in HOTEL_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text in findings:
            _paragraph(doc, text)
    _paragraph(doc, "请各部门对照通报内容抓紧整改，整改完毕后报安全部复查。")
    _paragraph(doc, "濮阳金堤宾馆有限公司安全部", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月16日（整改情况更新至7月30日）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hotel(path: Path) -> Path:
    return via_soffice(write_hotel_docx, path, "doc", "宾馆消防安全检查通报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 承租房产消防安全隐患“回头看”复查表, after a city 直属房产管理处's “消防安全集中除患攻坚大整治” 回头看 of its rented-out
# properties (前期排查发现隐患的承租房产; 消防安全管理制度落实、用火用电用气安全、固定消防设施运行、安全出口封闭、占用安全
# 疏散通道; 督促承租人整改到位; 已整改到位或正在整改中; 持续跟踪整改进度):
# http://xiuzhiben.com/sgj/html/sgj/2024/NOCDJLBI_0530/16715.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (前期排查情况 over 隐患/类别/整改期限, 回头看复查情况 over
# 复查日期/复查情况/复查结论), 房产坐落 and 承租人 merged down where one property has two hidden dangers, 注 and signature.
RENTED_ROWS = [
    (
        "胜利路88号临街商铺",
        "濮阳市华龙区惠民超市",
        [
            (
                "超市仓库与员工住宿合用，夜间有员工留宿",
                "违规住人",
                "2024年6月30日",
                "7月18日",
                "已拆除仓库内床铺，员工迁至宿舍",
                "已整改到位",
            ),
            (
                "营业厅北侧安全出口外侧被货架遮挡",
                "安全出口",
                "2024年6月30日",
                "7月18日",
                "货架已移开",
                "已整改到位",
            ),
        ],
    ),
    (
        "人民路东段综合楼一层",
        "濮阳市华龙区聚福源餐饮店",
        [
            (
                "后厨液化气钢瓶与灶具间距不足，未安装燃气泄漏报警器",
                "用气安全",
                "2024年7月15日",
                "7月19日",
                "已安装报警器，独立气瓶间尚未砌筑",
                "正在整改",
            ),
        ],
    ),
    (
        "中原路机关家属院门面房",
        "濮阳市华龙区鑫达电动车行",
        [
            (
                "店内集中为电动自行车蓄电池充电，充电区未进行防火分隔",
                "用电安全",
                "2024年7月10日",
                "7月22日",
                "仍在店内充电",
                "未整改",
            ),
        ],
    ),
    (
        "建设路市直综合楼三层",
        "濮阳市启航职业培训学校",
        [
            (
                "疏散走道堆放课桌椅，通行宽度不足1.1米",
                "疏散通道",
                "2024年7月5日",
                "7月22日",
                "已清理",
                "已整改到位",
            ),
            (
                "室内消火栓箱被装饰板封闭",
                "固定消防设施",
                "2024年8月15日",
                "7月22日",
                "已拆除二层装饰板，三层正在拆除",
                "正在整改",
            ),
        ],
    ),
    (
        "黄河路12号仓库",
        "濮阳市顺通物流有限公司",
        [
            ("仓库自动喷水灭火系统停用，报警阀组关闭", "固定消防设施", "2024年9月30日", "7月25日", "", ""),
        ],
    ),
    (
        "大庆路老干部活动中心配楼",
        "濮阳市颐康养老服务有限公司",
        [
            (
                "消防安全管理制度未上墙，未明确消防安全管理人",
                "制度落实",
                "2024年6月20日",
                "7月16日",
                "已明确管理人，制度已上墙",
                "已整改到位",
            ),
        ],
    ),
]


def write_rented(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    last = 9
    cells: list[tuple] = [
        (0, 0, "市直属房产管理处承租房产消防安全隐患“回头看”复查表", title, 0, last),
        (1, 0, "填报单位：濮阳市直属房产管理处    复查时段：2024年7月16日—7月25日", plain, 1, last),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "房产坐落", head, 3, 1),
        (2, 2, "整改责任人（承租人）", head, 3, 2),
        (2, 3, "前期排查情况", head, 2, 5),
        (3, 3, "发现隐患", head),
        (3, 4, "隐患类别", head),
        (3, 5, "整改期限", head),
        (2, 6, "回头看复查情况", head, 2, 8),
        (3, 6, "复查日期", head),
        (3, 7, "复查情况", head),
        (3, 8, "复查结论", head),
        (2, 9, "复查人", head, 3, 9),
    ]
    r, n = 4, 0
    for place, tenant, hazards in RENTED_ROWS:
        span = len(hazards)
        cells.append((r, 1, place, cell, r + span - 1, 1))
        cells.append((r, 2, tenant, cell, r + span - 1, 2))
        for hazard in hazards:
            n += 1
            cells.append((r, 0, n, mid))
            for c, v in enumerate(hazard, start=3):
                cells.append((r, c, v, mid if c in (4, 5, 6, 8) else cell))
            cells.append((r, 9, "田旭、崔明", mid))
            r += 1
    cells += [
        (
            r,
            0,
            "注：复查结论分“已整改到位”“正在整改”“未整改”三类；正在整改和未整改的，继续跟踪督促承租人整改。",
            plain,
            r,
            last,
        ),
        (
            r + 1,
            0,
            "审核：宋国良    填表：田旭    联系电话：0393-8168025    2024年7月26日",
            plain,
            r + 1,
            last,
        ),
    ]
    return _write_xls(path, [("复查表", cells, [6, 22, 24, 36, 12, 14, 10, 30, 12, 12])])


# ---------------------------------------------------------------------------------------------
# 5. 重点行业领域安全生产执法检查隐患整改台账, after a city 应急管理局's 重点行业领域执法检查 (非煤矿山和尾矿库、危险化学品、
# 工商贸行业: 钢铁、铝加工、粉尘涉爆; 对查出的隐患问题逐一登记、建档立账，督促整改、跟踪问效，做到整改措施、责任、资金、
# 时限和预案“五到位”; 严重违法违规企业停产整顿、关闭取缔、上限处罚、严厉追责):
# http://511719.com/znl/20200625/1941.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a two-row
# header with “五到位” over 措施/责任人/资金/时限/预案, the inspected enterprise as the unit, a 合计 row, a signature line.
ENFORCE_ROWS = [
    (
        "濮阳县宏达木业有限公司",
        "濮阳县",
        date(2024, 7, 2),
        "濮应急责改〔2024〕031号",
        "砂光车间除尘系统未设置锁气卸灰装置，粉尘清扫记录缺失",
        "加装锁气卸灰阀，建立粉尘清扫制度",
        "刘振",
        3.5,
        "2024.7.20",
        "已修订",
        "已加装锁气卸灰阀，清扫记录已建立",
        "复查合格",
    ),
    (
        "清丰县鑫源家具有限公司",
        "清丰县",
        date(2024, 7, 3),
        "濮应急责改〔2024〕032号",
        "喷漆房内照明灯具、开关等电气设备不防爆",
        "更换为防爆电气设备",
        "王海",
        6.8,
        "2024年8月15日",
        "已制定",
        "防爆灯具已更换，防爆开关待到货",
        "",
    ),
    (
        "濮阳市华瑞铝业有限公司",
        "华龙区",
        date(2024, 7, 5),
        "濮应急责改〔2024〕033号",
        "熔铸炉冷却水系统未设置事故应急水源",
        "增设事故应急水池及备用泵",
        "韩峰",
        25,
        "2024年10月31日",
        "已制定",
        "应急水池正在施工",
        "",
    ),
    (
        "范县华源化工有限公司",
        "范县",
        date(2024, 7, 8),
        "濮应急责改〔2024〕034号",
        "储罐区可燃气体检测报警器超期未标定",
        "委托检测机构标定",
        "张立",
        0.6,
        "2024.7.15",
        "已制定",
        "已完成标定",
        "复查合格",
    ),
    (
        "范县华源化工有限公司",
        "范县",
        date(2024, 7, 8),
        "濮应急责改〔2024〕034号",
        "维修电工1人特种作业操作证超期未复审",
        "安排参加复审，复审前调离电工岗位",
        "张立",
        0.05,
        "2024.7.31",
        "—",
        "",
        "",
    ),
    (
        "南乐县金穗面粉有限公司",
        "南乐县",
        date(2024, 7, 10),
        "濮应急责改〔2024〕035号",
        "制粉车间粉尘爆炸危险区域使用非防爆手电筒",
        "立即更换防爆手电筒",
        "郭明",
        0.1,
        "立行立改",
        "已制定",
        "已当场更换",
        "复查合格",
    ),
    (
        "台前县恒通钢结构有限公司",
        "台前县",
        date(2024, 7, 12),
        "濮应急责改〔2024〕036号",
        "桥式起重机上升限位器失效",
        "维修限位器并进行检验",
        "孙伟",
        1.2,
        "2024年7月25日",
        "已制定",
        "未整改",
        "逾期未改，依法予以处罚",
    ),
    (
        "濮阳县盛达纸业有限公司",
        "濮阳县",
        date(2024, 7, 15),
        "濮应急责改〔2024〕037号",
        "成品库与办公区之间未进行防火分隔",
        "砌筑防火墙，设置甲级防火门",
        "李勇",
        12,
        "年底前",
        "已制定",
        "已完成设计，施工队伍正在进场",
        "",
    ),
]


def write_enforce_book(path: Path) -> Path:
    b = Book(path, author="执法监察支队")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 24, 8, 12, 22, 36, 24, 8, 10, 14, 10, 26, 16])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})
    last = 12
    b.line(ws, 0, "2024年重点行业领域安全生产执法检查隐患整改台账（第二批）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市应急管理局执法监察支队    填报日期：2024年7月30日", last)
    for c, word in enumerate(["序号", "被检查企业", "县（区）", "检查日期", "执法文书编号", "检查发现隐患"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 10, "整改“五到位”落实情况", b.head)
    b.header(ws, 3, ["整改措施", "责任人", "整改资金（万元）", "整改时限", "应急预案"], first=6)
    b.merge(ws, 2, 11, 3, 11, "整改情况", b.head)
    b.merge(ws, 2, 12, 3, 12, "复查意见", b.head)
    for i, row in enumerate(ENFORCE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c == 3:
                b.put(ws, r, c, v, b.day)
            elif c == 8:
                b.put(ws, r, c, v, money)
            else:
                b.put(ws, r, c, v, b.center if c in (2, 7, 9, 10, 12) else b.cell)
    end = 4 + len(ENFORCE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "检查企业7家，发现隐患8项，复查合格3项", b.cell)
    b.put(ws, end, 7, "", b.cell)
    b.put(ws, end, 8, round(sum(row[7] for row in ENFORCE_ROWS), 2), money)
    for c in range(9, last + 1):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 1, "注：整改时限为“立行立改”的，以检查日期为准。", last)
    b.line(ws, end + 2, "支队负责人：高永强    填表人：马晓东    联系电话：0393-4892301", last)
    return b.close()


def write_enforce(path: Path) -> Path:
    return via_soffice(write_enforce_book, path, "xls", "执法检查隐患整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 商业城“三合一”场所整治台账, after a 商业城市场's “三合一”场所专项整治 (日夜检查摸底、查明隐患情况、建立台帐; 有7家经营户
# 已自行整改完毕, 21家需市场集中统一整改; 要求在规定时间内自行整改完毕或市场集中统一整改，实现住宿与生产、储存、经营
# 合用场所的有效分隔):
# http://www.laolaifu.net.cn/html/20170912165649.htm
# A CSV in GBK: a title line, a line with the tallies, one header line with 整改方式 and the 整改责任主体 it decides (the
# 经营户 for 自行整改, the market company for 市场集中统一整改), 排查日期 the 立行立改 row counts from, a 合计 line.
MARKET = "濮阳中原商贸城经营管理有限公司"
MIXED_ROWS = [
    (
        "A区12号",
        "濮阳市华龙区鑫旺服装店",
        "2024-07-03",
        "二层仓库隔出房间住人，住宿与仓储之间未分隔",
        "自行整改",
        "濮阳市华龙区鑫旺服装店",
        "2024年7月15日",
        "住宿人员已搬离，自行整改完毕",
    ),
    (
        "A区27号",
        "濮阳市华龙区顺发五金建材店",
        "2024-07-03",
        "店内阁楼住人，阁楼用泡沫夹芯彩钢板搭建",
        "市场集中统一整改",
        MARKET,
        "2024年8月31日",
        "统一拆除方案已制定，正在施工",
    ),
    (
        "B区5号",
        "濮阳市华龙区美佳家纺店",
        "2024-07-04",
        "住宿区与经营区之间仅用布帘隔开，未设防火分隔",
        "市场集中统一整改",
        MARKET,
        "2024年8月31日",
        "未启动",
    ),
    (
        "B区18号",
        "濮阳市华龙区老王副食批发部",
        "2024-07-04",
        "夜间在店内为电动自行车充电",
        "自行整改",
        "濮阳市华龙区老王副食批发部",
        "立行立改",
        "已整改，车辆移至市场集中充电区",
    ),
    (
        "B区22号",
        "濮阳市华龙区金源鞋业",
        "2024-07-05",
        "住宿人员房间外窗安装固定式防盗网，无法逃生",
        "自行整改",
        "濮阳市华龙区金源鞋业",
        "2024年7月20日",
        "",
    ),
    (
        "C区3号",
        "濮阳市华龙区宏达布艺",
        "2024-07-05",
        "楼上住人楼下经营，只有一部疏散楼梯",
        "市场集中统一整改",
        MARKET,
        "年底前",
        "已完成加建室外疏散楼梯设计，待施工",
    ),
    (
        "C区9号",
        "濮阳市华龙区丽人美容美发店",
        "2024-07-08",
        "住宿区私拉乱接电线，使用大功率电暖器",
        "自行整改",
        "濮阳市华龙区丽人美容美发店",
        "2024年7月20日",
        "已整改，经市场复查合格",
    ),
    (
        "C区15号",
        "濮阳市华龙区福缘小吃",
        "2024-07-08",
        "后厨使用瓶装液化气且与住宿区相连",
        "市场集中统一整改",
        MARKET,
        "9月30日前",
        "正在协调燃气公司改用管道燃气",
    ),
]


def write_mixed(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中原商贸城“三合一”场所整治台账"])
    w.writerow(
        [
            "截至2024年7月26日：排查“三合一”场所8户，其中自行整改4户，需市场集中统一整改4户；"
            "立行立改的自排查之日起整改"
        ]
    )
    w.writerow(
        [
            "序号",
            "门牌号",
            "经营户",
            "排查日期",
            "存在问题",
            "整改方式",
            "整改责任主体",
            "整改期限",
            "整改进度",
        ]
    )
    for i, row in enumerate(MIXED_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "8户", "", "", "自行整改4户/集中整改4户", "", "", "已整改完毕3户"])
    w.writerow(["填报：商贸城市场服务中心 刘振华    电话：0393-8856120"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 电动自行车安全隐患全链条整治问题清单, after a provincial account of 电动自行车安全隐患全链条整治 in two cities (紧扣
# “销售、使用、存放”环节; 联合公安、市场、商务等部门; 线上平台监测店铺、发现违法线索; 线下检查经营单位、查处无证经营、
# 违规拼装改装、约谈、行政立案; 小区充电桩及充电端口完成率; 机关、团体、企事业单位安装充电设施; 规范换电):
# http://www.yjaqfh.cn/newsdetail.asp?classid=4&newname=2084.html&newsid=2084
# An .xlsx: title, 专班/调度截至 line, one header row with 整治环节 merged down over its rows, 牵头单位 (short and former
# names) beside 配合单位, 完成时限 as dates / 6月底前 / a month range / 第三季度 / 常态化, a 注 line.
EBIKE_GROUPS = [
    (
        "生产环节",
        [
            (
                "本地电动自行车生产企业产品一致性监督抽查未开展",
                "制定抽查计划，对本地3家生产企业开展一致性抽查",
                "市工信局",
                "市场监管局",
                "2024年10月31日",
                "正在制定抽查计划",
            ),
        ],
    ),
    (
        "销售环节",
        [
            (
                "线上平台本市注册的电动自行车、蓄电池销售店铺未纳入监测，违法线索发现滞后",
                "建立线上监测机制，定期推送违法线索",
                "市监局",
                "市公安局",
                "2024年6月底前",
                "已完成，累计监测店铺126家",
            ),
            (
                "线下经营单位销售无3C认证充电器、违规拼装改装车辆",
                "对线下经营单位开展全覆盖检查，依法立案查处",
                "市场监管局",
                "市交警支队",
                "2024年6-9月",
                "已检查经营单位312家，立案查处21起，检查仍在进行",
            ),
        ],
    ),
    (
        "使用环节",
        [
            (
                "拆改限速、更换大容量蓄电池等非法改装屡禁不止",
                "路面查处与源头溯源相结合",
                "市交警支队",
                "市场监管局",
                "常态化",
                "常态化开展",
            ),
            (
                "城区人行道电动自行车乱停乱放，占用盲道和消防车通道",
                "施划停放区域，开展集中整治",
                "市城管执法局",
                "各县（区）政府",
                "2024年8月31日",
                "已施划停放点位86处，集中整治正在推进",
            ),
        ],
    ),
    (
        "停放充电环节",
        [
            (
                "老旧小区集中充电设施覆盖率低，仅完成年度计划的58%",
                "加快老旧小区充电设施建设",
                "市住建局",
                "国网濮阳供电公司",
                "第三季度",
                "进展滞后",
            ),
            (
                "高层住宅楼电梯未安装电动自行车阻车系统",
                "督促物业服务企业加装智能阻车系统",
                "住建局",
                "市消防救援支队",
                "2024年12月底",
                "",
            ),
            (
                "机关、企事业单位电动自行车集中停放充电场所未建成",
                "推动机关、企事业单位建设集中停放充电场所",
                "市机关事务管理局",
                "各县（区）政府",
                "2024年8月31日",
                "已有35家单位建成，6家正在推进",
            ),
            (
                "沿街门店、“三合一”场所电动自行车违规停放充电",
                "组织开展第二轮夜查行动",
                "市公安消防支队",
                "市公安局",
                "2024年7月31日前",
                "夜查已完成，清理违规停放充电车辆1260辆",
            ),
        ],
    ),
    (
        "报废回收环节",
        [
            (
                "废旧蓄电池回收网点少，个体商贩回收渠道不规范",
                "规范回收网点布局，建立回收企业名录",
                "市商务局",
                "市生态环境局",
                "9月底前",
                "未启动",
            ),
        ],
    ),
]


def write_ebike(path: Path) -> Path:
    b = Book(path, author="整治专班")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 40, 32, 16, 18, 16, 34])
    b.line(ws, 0, "濮阳市电动自行车安全隐患全链条整治问题清单（7月调度）", 7, b.title)
    b.line(ws, 1, "市电动自行车安全隐患全链条整治工作专班办公室    调度截至：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "整治环节", "突出问题", "整治措施", "牵头单位", "配合单位", "完成时限", "进展情况"]
    )
    r, n = 3, 0
    for stage, rows in EBIKE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, stage, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：进展情况由牵头单位填报，配合单位协助落实；完成时限为整治任务全部完成的时间。", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. “九小场所”消防安全隐患排查整治台账 (two towns' returns in one zip), after a town's 九小场所 consignment of checks
# (消防设施, 应急照明、应急通道指示标志、灭火器配置; 应急通道及安全出口; 生产、存储、销售、住宿“二合一”“三合一”; 易燃
# 材料装修; 电器线路乱拉乱扯; 液化石油气罐存储及使用; 要求商户立行立改、限期整改，并对整改情况跟踪复查):
# https://uatriatlon.com/a/xz/syz/2023/0914/53036.html
# A .zip whose member names are stored in GBK: an .xlsx from 马庄桥镇 (村, 场所类别, 整改类型 立行立改/限期整改, 复查情况
# and ticks under 是否整改到位 是/否, a 合计 row) and a .docx from 孙口镇 (排查日期 the “N日内” limits count from).
MZQ_ROWS = [
    (
        "马庄桥村",
        "马庄桥镇惠万家超市",
        "小商店",
        "7月9日",
        "超市内使用易燃木板搭建隔间作为仓库",
        "限期整改",
        "2024年7月25日",
        "7月26日复查，隔间已拆除",
        True,
    ),
    (
        "前河村",
        "马庄桥镇福来饭店",
        "小餐馆",
        "7月9日",
        "液化石油气钢瓶放置在灶台下方，未安装燃气泄漏报警器",
        "限期整改",
        "2024年7月20日",
        "钢瓶已移出，报警器已安装",
        True,
    ),
    (
        "马庄桥村",
        "马庄桥镇平安旅社",
        "小旅馆",
        "7月10日",
        "二层客房走廊应急照明灯损坏，疏散指示标志缺失",
        "立行立改",
        "立行立改",
        "应急照明灯已当场更换，疏散指示标志已订购",
        False,
    ),
    (
        "西街村",
        "马庄桥镇小天才课后托管班",
        "小学校（托管）",
        "7月11日",
        "托管班设在三层，仅有一部疏散楼梯，窗户设置防盗网",
        "限期整改",
        "2024年8月31日",
        "",
        None,
    ),
    (
        "东街村",
        "马庄桥镇极速网吧",
        "小网吧",
        "7月11日",
        "灭火器5具超过有效期",
        "立行立改",
        "立行立改",
        "已更换",
        True,
    ),
    (
        "西街村",
        "马庄桥镇顺达电动车维修部",
        "小生产加工",
        "7月12日",
        "店内夜间集中为蓄电池充电，维修、储存与住宿“三合一”",
        "限期整改",
        "2024年7月31日",
        "住宿人员已搬离，充电区正在改造",
        False,
    ),
]
SUNKOU_ROWS = [
    ("7月15日", "孙口镇仁和诊所", "输液室电线私拉乱接，插线板串接使用", "3日内整改", "7月18日复查，已整改"),
    ("7月15日", "孙口镇聚友KTV", "包间墙面使用易燃泡沫吸音材料装修", "限7月31日前拆除", "正在拆除"),
    ("7月16日", "孙口镇悦容美容美发店", "后门安全出口上锁", "立即整改", "已当场开锁，复查合格"),
    ("7月17日", "孙口镇黄河渔家饭店", "厨房排油烟罩油污积聚，未定期清洗", "10日内清洗", "未整改"),
]


def write_mzq_book(path: Path) -> Path:
    b = Book(path, author="马庄桥镇应急办")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 10, 24, 12, 10, 40, 10, 16, 30, 6, 6])
    last = 10
    b.line(ws, 0, "马庄桥镇“九小场所”消防安全隐患排查整治台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府    填报时间：2024年7月29日", last)
    words = [
        "序号",
        "村（社区）",
        "场所名称",
        "场所类别",
        "排查日期",
        "存在隐患",
        "整改类型",
        "整改期限",
        "复查情况",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=9)
    for i, row in enumerate(MZQ_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:8]), first=1)
        done = row[8]
        b.put(ws, r, 9, "√" if done is True else "", b.center)
        b.put(ws, r, 10, "√" if done is False else "", b.center)
    end = 4 + len(MZQ_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查场所6家，发现隐患6处，整改到位3处", b.cell)
    b.put(ws, end, 9, 3, b.center)
    b.put(ws, end, 10, 2, b.center)
    b.line(ws, end + 1, "注：“立行立改”事项自排查当日起整改，限期整改事项按整改期限复查。", last)
    b.line(ws, end + 2, "填表人：魏红    审核人：吴志刚    联系电话：0393-7318062", last)
    return b.close()


def write_sunkou_docx(path: Path) -> Path:
    doc = _new_document("孙口镇应急办")
    _title(doc, "孙口镇“九小场所”消防安全隐患排查整治情况", 18)
    _paragraph(doc, "填报单位：台前县孙口镇人民政府    填报日期：2024年7月29日", 12)
    _paragraph(
        doc,
        "7月15日至17日，镇应急办会同派出所、市场监管所对镇区“九小场所”开展排查，对发现的问题要求立行立改、限期整改，"
        "整改期限自排查当日起算，并跟踪复查。情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SUNKOU_ROWS, 1)]
    _table(doc, ["序号", "排查日期", "场所名称", "隐患问题", "整改要求", "复查结果"], body)
    _paragraph(doc, "填表人：岳鹏    联系电话：0393-2218036", 12)
    return _save_fixed(doc, path)


def write_nine_zip(path: Path) -> Path:
    members = [
        ("马庄桥镇九小场所消防安全隐患排查整治台账.xlsx", write_mzq_book),
        ("孙口镇九小场所消防安全隐患排查整治情况.docx", write_sunkou_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 消防监督检查责令改正及复查情况登记表, after a 消防监督检查 procedure (现场检查、填写《消防监督检查记录》; 违法行为轻微
# 并当场改正的口头责令改正; 制作《责令改正通知书》合理确定改正期限; 收到当事人复查申请之日起3个工作日内对整改情况进行复查,
# 到期复查; 临时查封; 重大火灾隐患报政府):
# http://m.dybbs8.com/excel/429662.html
# An .xlsx: title, 统计时段 line, one header row with the 法律文书 and the inspected unit, the unit's own 整改情况 beside
# the 复查日期 and 复查结论 (a closure verdict), 改正期限 as dates or 立即改正, a 注 line restating the 3-working-day rule.
FIRE_ROWS = [
    (
        date(2024, 7, 2),
        "濮阳恒丰商业广场管理有限公司",
        "商场",
        "华消限字〔2024〕第0112号",
        "一层防火卷帘下方堆放促销商品，影响防火卷帘降落",
        "2024年7月9日",
        "商品已移走，申请复查",
        date(2024, 7, 10),
        "已改正",
    ),
    (
        date(2024, 7, 3),
        "濮阳凯悦商务酒店有限公司",
        "宾馆",
        "华消限字〔2024〕第0113号",
        "火灾自动报警系统部分感烟探测器被遮挡，控制器处于故障状态",
        "2024年7月31日",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 5),
        "华龙区悦来旅馆",
        "小旅馆",
        "华消即字〔2024〕第0045号",
        "一层疏散通道堆放床垫等杂物",
        "立即改正",
        "当场清理",
        date(2024, 7, 5),
        "已改正",
    ),
    (
        date(2024, 7, 9),
        "濮阳市龙都百货有限公司",
        "商场",
        "华消限字〔2024〕第0118号",
        "室内消火栓系统无水，消防水泵无法启动",
        "2024年8月9日",
        "已更换消防水泵，正在调试",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "濮阳市华龙区阳光幼儿园",
        "学校",
        "华消限字〔2024〕第0120号",
        "厨房与幼儿活动室之间未采用防火隔墙和乙级防火门分隔",
        "2024年8月31日",
        "防火门已订购，隔墙正在砌筑",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "濮阳市华龙区育才中学",
        "学校",
        "华消限字〔2024〕第0121号",
        "学生宿舍楼疏散楼梯间设置铁栅栏门并上锁",
        "2024年7月19日",
        "已拆除铁栅栏门",
        date(2024, 7, 22),
        "复查合格",
    ),
    (
        date(2024, 7, 15),
        "濮阳市华龙区惠民电动车商行",
        "电动自行车销售",
        "华消限字〔2024〕第0125号",
        "店内为锂电池集中充电，充电区与住宿区未分隔",
        "2024年7月22日",
        "",
        date(2024, 7, 23),
        "未改正，依法予以处罚",
    ),
    (
        date(2024, 7, 18),
        "濮阳恒丰商业广场管理有限公司",
        "商场",
        "华消限字〔2024〕第0127号",
        "地下车库电动自行车停放区未配置灭火器，违规设置充电插座",
        "2024年7月28日",
        "已配置灭火器，拆除充电插座",
        date(2024, 7, 29),
        "复查合格",
    ),
    (
        date(2024, 7, 19),
        "华龙区胜利路街道办事处",
        "无物业老旧小区",
        "华消函〔2024〕第0031号",
        "辖区无物业老旧小区楼道内电动自行车违规停放、飞线充电，属地管理未落实",
        "2024年8月19日",
        "已组织社区清理楼道车辆，集中充电棚正在建设",
        "",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 12, 28, 12, 24, 40, 14, 28, 12, 20])
    last = 9
    b.line(ws, 0, "消防监督检查责令改正及复查情况登记表", last, b.title)
    b.line(ws, 1, "填报单位：华龙区消防救援大队    统计时段：2024年7月1日至7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "被检查单位",
            "场所类别",
            "法律文书",
            "火灾隐患（违法行为）",
            "改正期限",
            "单位整改情况",
            "复查日期",
            "复查结论",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            fmt = b.cn_day if isinstance(v, date) else (b.center if c in (3, 6) else b.cell)
            b.put(ws, r, c, v, fmt)
    end = 3 + len(FIRE_ROWS)
    b.line(
        ws,
        end,
        "注：“立即改正”的以检查当日为改正期限；单位申请复查的，自收到复查申请之日起3个工作日内复查，"
        "未申请的，改正期限届满后复查。复查日期为大队复查当日。",
        last,
    )
    b.line(ws, end + 1, "填表人：陈亮    审核人：宋志国", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 消防安全领域大排查大整治问题整改进展表, after a town's 消防安全领域大排查大整治工作方案 (镇安全生产委员会牵头统筹;
# 排查整治实行网格化包干管理; 各村（社区）工作进展及完成情况于7月底和9月底前分两次报送镇安委会; 联系人、联系电话):
# http://www.leizhou.gov.cn/pdml/lmz/gzwj/content/post_1139763.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 报送单位/报送时间 (第一次报送) line, a table whose rows
# name only the town's own 站所 (with the 村 and the 包片领导 beside them), 交办日期 the “N个工作日内” limits count from,
# a contact line. Every item belongs to the town government.
YUANCUN_ROWS = [
    (
        "集贸市场摊位私搭篷布，占用消防车通道",
        "元村集",
        "综合行政执法大队",
        "李书军",
        "2024年7月1日",
        "5个工作日内",
        "已清理完毕",
    ),
    (
        "镇敬老院厨房液化气钢瓶未设置独立气瓶间",
        "东街村",
        "社会事务办公室",
        "王素芬",
        "2024年7月2日",
        "7月31日前",
        "独立气瓶间已砌筑完成并投入使用",
    ),
    (
        "镇区沿街门店电动自行车“飞线充电”问题突出，涉及商户23家",
        "元村集、西街村",
        "应急管理办公室",
        "李书军",
        "2024年7月3日",
        "10个工作日内",
        "已整改18家，其余5家正在整改",
    ),
    (
        "镇机关院内车棚电动车充电线路老化",
        "镇机关",
        "党政办公室",
        "张卫东",
        "2024年7月3日",
        "7月15日前",
        "未整改",
    ),
    (
        "木材加工点生产区与住宿区未分离",
        "南街村",
        "经济发展办公室",
        "郭保林",
        "2024年7月8日",
        "9月底前",
        "正在督促业主改造",
    ),
    (
        "村级消防安全网格员配备不全，部分网格无人巡查",
        "各村（社区）",
        "应急管理办公室",
        "李书军",
        "2024年7月8日",
        "长期坚持",
        "每月考核通报",
    ),
    (
        "农村出租自建房未配置灭火器和独立式感烟火灾探测报警器",
        "北街村、后元村",
        "规划建设办公室",
        "郭保林",
        "2024年7月10日",
        "8月底前",
        "",
    ),
]


def write_yuancun_docx(path: Path) -> Path:
    doc = _new_document("元村镇应急办")
    _title(doc, "元村镇消防安全领域大排查大整治问题整改进展表", 18)
    _paragraph(doc, "报送单位：南乐县元村镇人民政府（盖章）    报送时间：2024年7月30日（第一次报送）", 12)
    body = [[str(i), *row] for i, row in enumerate(YUANCUN_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "排查发现问题",
            "所在村（社区）",
            "责任站所",
            "包片领导",
            "交办日期",
            "整改时限",
            "整改进展",
        ],
        body,
        10,
    )
    _paragraph(doc, "注：整改时限按工作日计算的，自交办之日起算；第二次报送时间为9月底前。", 12)
    _paragraph(doc, "联系人：黄海涛    联系电话：0393-6452017", 12)
    return _save_fixed(doc, path)


def write_yuancun(path: Path) -> Path:
    return via_soffice(write_yuancun_docx, path, "doc", "元村镇大排查大整治问题整改进展表.docx")


FILES = [
    ("企业安全隐患自查自纠汇总表（昌盛购物广场）.xlsx", write_self_check),
    ("2024年暑期学校消防安全检查记录表.docx", write_school),
    ("金堤宾馆消防安全检查通报（附整改情况）.doc", write_hotel),
    ("承租房产消防安全隐患“回头看”复查表.xls", write_rented),
    ("重点行业领域安全生产执法检查隐患整改台账（第二批）.et", write_enforce),
    ("中原商贸城“三合一”场所整治台账.csv", write_mixed),
    ("电动自行车安全隐患全链条整治问题清单（7月调度）.xlsx", write_ebike),
    ("九小场所消防安全隐患排查整治台账（马庄桥镇、孙口镇）.zip", write_nine_zip),
    ("消防监督检查责令改正及复查情况登记表（2024年7月）.xlsx", write_fire),
    ("元村镇消防安全领域大排查大整治问题整改进展表.wps", write_yuancun),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

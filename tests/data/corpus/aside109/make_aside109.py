"""Write the aside109 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 巡察整改, 审计整改, 安全生产隐患, 12345 热线, 人大代表建议, 营商环境, 环保督察, 督查督办 (two: a city
督查室's 三色督查单 通报 and a state-owned group's 三色督办单 ledger), 乡镇街道自查, 民生实事.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a UTF-8 CSV with BOM, a .docx with a table, an .et and an
.ods (LibreOffice conversions), a .doc (Word 97 via LibreOffice) whose items are numbered paragraphs, and a .zip of two
returns (an .xlsx and a .docx of paragraphs). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside109.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 15, 0)
ZIP_TIME = (2024, 7, 30, 10, 15, 0)


# ---------------------------------------------------------------------------------------------
# Helpers: XlsxWriter workbooks, xlwt workbooks, python-docx documents, LibreOffice conversions.
class Book:
    """A thin layer over XlsxWriter with the formats the returns use."""

    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {
                "bold": True,
                "font_size": 16,
                "font_name": "方正小标宋简体",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.text = add({"valign": "vcenter", "font_size": 11})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9D9D9",
            }
        )
        self.band = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.pct = add({"border": 1, "num_format": "0.0%", "align": "center", "valign": "vcenter"})

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
        elif isinstance(v, (int, float)):
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

    def row(self, ws, r: int, values, first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words, first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)

    def widths(self, ws, widths) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def _xf(bold=False, border=True, center=False, wrap=True, size=11, font="宋体"):
    style = xlwt.XFStyle()
    f = xlwt.Font()
    f.name = font
    f.bold = bold
    f.height = size * 20
    style.font = f
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


def _write_xls(path: Path, name: str, cells, widths) -> Path:
    """An Excel 97 workbook by xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 16, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _para(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _para(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(author: str):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    return doc


def _table(doc, header, rows, size: float = 10.5):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, values in enumerate([header, *rows]):
        for c, v in enumerate(values):
            if v:
                font = "黑体" if r == 0 else "仿宋_GB2312"
                _east_asian(table.cell(r, c).paragraphs[0].add_run(str(v)), font, size, r == 0)
    return table


def _save_docx(doc, path: Path) -> Path:
    """Save a .docx with fixed member times, so that the file is the same byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


def via_soffice(writer, target: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with `writer`, convert it with LibreOffice and keep the result as `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = soffice(source, suffix, Path(tmp) / "out")
        shutil.copyfile(out, target)
    return target


def fixed_zip(path: Path) -> Path:
    """Rewrite a zip-based file (.ods) with fixed member times; order and compression kept."""
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


# ---------------------------------------------------------------------------------------------
# 1. 巡察整改: after a city's account of its 市委巡察组 "一拖五" 常规巡察 of 120 行政村, fed back first to the 27 乡镇党委
# (压实乡镇党委巡察整改主体责任) and then to each 村(社区) one by one; the problems it lists fall under five heads —
# 政治站位/乡村振兴引领缺位, 思想建设/意识形态/宣传阵地, 党建流于形式/村部不能投入使用/班子年龄老化后备力量不足,
# 作风/违规列支招待费/滥发津补贴, 纪律/村级财务账目混乱/“三资管理”有名无实:
# http://www.studioretreats.com/szcj/19053.html
# An .xlsx from a 镇党委: title, 填报单位 and 反馈时间 line, one header row, the 问题类别 column merged down over the
# rows of each head, each 被巡察村党支部 as 整改责任主体, 整改时限 partly 立行立改 (counted from the 反馈时间), a
# 是否销号 column beside 整改进展, a 合计 row and the signature line.
PATROL_HEADS = [
    (
        "贯彻落实党的路线方针政策方面",
        [
            (
                "柳屯镇东柳屯村党支部",
                "落实乡村振兴战略引领缺位，村级产业发展规划至今未制定",
                "制定村级产业发展三年规划，提交村民代表会议审议",
                "张广新",
                "2024年6月30日",
                "规划已制定并经村民代表会议通过",
                "是",
            ),
            (
                "柳屯镇西柳屯村党支部",
                "传达学习上级会议精神不及时，“三会一课”记录中缺少学习内容",
                "补齐学习记录，建立月度集中学习制度",
                "李振海",
                "立行立改",
                "已补充完善学习记录，月度学习制度已建立",
                "是",
            ),
        ],
    ),
    (
        "基层党组织建设方面",
        [
            (
                "柳屯镇后孙密城村党支部",
                "新建村部建成后长期闲置，未投入使用",
                "完善村部办公设施，年内投入使用",
                "孙建民",
                "2024年9月30日前",
                "内部装修已完成，正在购置办公设施",
                "否",
            ),
            (
                "柳屯镇马寨村党支部",
                "村“两委”班子成员平均年龄偏大，后备力量储备不足",
                "每村储备后备干部不少于2名，加强跟踪培养",
                "马俊峰",
                "长期坚持",
                "已储备村级后备干部3名，长期坚持",
                "",
            ),
        ],
    ),
    (
        "作风建设方面",
        [
            (
                "柳屯镇南吉七村党支部",
                "违规列支招待费1.26万元",
                "清退违规列支资金，相关人员作出书面检查",
                "吉长青",
                "2024年6月15日",
                "已清退1.26万元，相关人员已作书面检查",
                "是",
            ),
            (
                "柳屯镇北吉七村党支部",
                "村干部误工补贴发放无审批手续，标准不统一",
                "制定误工补贴发放办法，严格审批程序",
                "刘卫东",
                "2024年8月31日",
                "未启动",
                "否",
            ),
        ],
    ),
    (
        "纪律建设和村级“三资”管理方面",
        [
            (
                "柳屯镇后寨村党支部",
                "村级财务账目混乱，部分支出无原始凭证",
                "补齐原始凭证，规范财务审批流程",
                "王庆林",
                "2024年7月20日",
                "已补齐凭证23张，经镇“三资”服务中心审核通过",
                "是",
            ),
            (
                "柳屯镇东小寨村党支部",
                "集体机动地承包合同到期未重新发包，承包费未收缴",
                "依法重新发包，收缴历年承包费",
                "赵文华",
                "年底前",
                "已催收承包费2.4万元，剩余部分正在协商",
                "否",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="柳屯镇纪委")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 22, 36, 30, 10, 14, 30, 10])
    b.line(ws, 0, "2024年市委第三轮巡察反馈村级问题整改落实台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳县柳屯镇委员会（盖章）    巡察反馈时间：2024年4月18日    填报时间：2024年7月26日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "被巡察党组织（整改责任主体）",
            "具体问题",
            "整改措施",
            "整改责任人",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    r = 3
    n = 0
    for head, rows in PATROL_HEADS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, head, b.center)
        for org, problem, measure, person, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, org)
            b.put(ws, r, 3, problem)
            b.put(ws, r, 4, measure)
            b.put(ws, r, 5, person, b.center)
            b.put(ws, r, 6, limit, b.center)
            b.put(ws, r, 7, progress)
            b.put(ws, r, 8, closed, b.center)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.merge(ws, r, 2, r, 8, "反馈村级问题8个，已销号4个，其余正在整改或长期坚持")
    b.line(ws, r + 2, "镇党委书记（签字）：刘建国    填表人：王晓丽    联系电话：0393-3511026", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计整改: after a district 审计局's report on the 区本级预算执行、决算草案和其他财政收支 audit, made of the 区财政局
# (具体组织预算执行) with 延伸审计 of the 教体局、民政局、医保局 (一般公共预算、政府性基金预算收支执行):
# http://dhq.nc.gov.cn/dhqrmzf/sjgk/202311/cd806c81572c42f1bbda5261d9606c83.shtml
# An .xls (xlwt) sent by the 市财政局: title, 填报单位 line, a two-row header (整改落实情况 merged over 整改状态 /
# 整改情况 / 审计复核意见), 责任单位 beside 责任科室 (the bureau's own 科室 and the audited departments'), 问题金额 in
# 万元, a former name (市国土资源局) and a short name (市医保局), a 合计 row, a 注 line and the signature line.
AUDIT_ROWS = [
    (
        "预算编制",
        "部分项目支出预算未细化到具体单位和项目，年初代编预算3.2亿元",
        32000,
        "市财政局",
        "预算科",
        "压减代编预算规模，年初预算细化到具体项目",
        "2024年6月30日",
        "已整改",
        "2024年年初代编预算已压减至0.8亿元",
        "",
    ),
    (
        "国库管理",
        "财政专户存量资金1865万元未及时清理盘活",
        1865,
        "市财政局",
        "国库科",
        "清理收回存量资金统筹使用",
        "2024年9月30日",
        "部分整改",
        "已收回统筹1200万元，剩余665万元正在清理",
        "",
    ),
    (
        "政府性基金",
        "国有土地使用权出让收入2870万元未及时缴入国库",
        2870,
        "市国土资源局",
        "财务科",
        "督促相关企业及时足额缴库",
        "2024年8月底",
        "未整改",
        "",
        "",
    ),
    (
        "部门预算执行（延伸）",
        "学生资助资金183.6万元滞留未及时发放",
        183.6,
        "市教育局",
        "学生资助管理中心",
        "核实受助学生名单，及时足额发放",
        "2024年7月15日",
        "已整改",
        "已全部发放到位",
        "复核通过",
    ),
    (
        "部门预算执行（延伸）",
        "向已死亡人员多发放高龄津贴和养老服务补贴4.3万元",
        4.3,
        "市民政局",
        "养老服务科",
        "追回多发资金，与公安、卫健部门建立死亡信息比对机制",
        "2024年8月31日",
        "正在整改",
        "已追回2.1万元",
        "",
    ),
    (
        "部门预算执行（延伸）",
        "定点医疗机构超标准收费，医保基金多支付27.5万元",
        27.5,
        "市医保局",
        "医药服务管理科",
        "追回多支付基金，开展定点医疗机构收费专项检查",
        "2024年第三季度",
        "",
        "",
        "",
    ),
    (
        "预算执行",
        "年底突击拨付资金4560万元，部分资金拨付后未形成实际支出",
        4560,
        "市财政局",
        "预算科",
        "加快预算执行进度，按月通报执行情况",
        "长期坚持",
        "长期坚持",
        "已建立预算执行进度月通报机制",
        "",
    ),
    (
        "政府采购",
        "部分政府采购项目未按规定提前公开采购意向",
        "",
        "市财政局",
        "政府采购管理科",
        "严格执行采购意向公开制度",
        "2024年7月20日",
        "已整改",
        "已补充公开采购意向并建立审核台账",
        "复核通过",
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16, font="方正小标宋简体")
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False, wrap=False)
    num = _xf(center=True)
    num.num_format_str = "0.00"
    last = 11
    cells = [
        (0, 0, "濮阳市2023年度市本级预算执行和其他财政收支审计查出问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市财政局（盖章）    填报日期：2024年7月29日    金额单位：万元", plain, 1, last),
    ]
    for col, word in enumerate(
        ["序号", "问题类型", "审计查出问题", "问题金额", "责任单位", "责任科室", "整改措施", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "整改落实情况", h, 2, 10),
        (3, 8, "整改状态", h),
        (3, 9, "整改情况", h),
        (3, 10, "审计复核意见", h),
        (2, 11, "备注", h, 3, 11),
    ]
    total = 0.0
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            if col == 3:
                if v != "":
                    total += v
                cells.append((r, col, v, num))
            else:
                cells.append((r, col, v, ctr if col in (1, 7, 8, 10) else c))
        cells.append((r, 11, "", c))
    r = 4 + len(AUDIT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, round(total, 2), num),
        (r, 4, "审计查出问题8个，已整改3个", c, r, last),
        (
            r + 1,
            0,
            "注：整改状态填写“已整改”“部分整改”“正在整改”“未整改”或“长期坚持”；审计复核意见由市审计局填写。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "单位负责人：赵国平    填表人：孟佳    联系电话：0393-8998211", plain, r + 2, last),
    ]
    return _write_xls(path, "整改台账", cells, [6, 14, 40, 10, 14, 16, 30, 14, 10, 30, 12, 8])


# ---------------------------------------------------------------------------------------------
# 3. 安全生产隐患: after a city 安委会办公室's notice of a 安全生产大检查 (事故频发、隐患突出的行业领域和单位重点检查;
# 严把复工复产验收关; 能立即整改的立即整改，不能立即整改的限期整改、挂牌督办、跟踪落实; 拒不整改或整改不力的依法
# 依规严肃处理):
# http://hqddw.cn/xinwen/show-26013.html
# An .xlsx from a county 安委办: title, 填报单位/检查时间 line, one header row, the rows in three bands (立即整改 /
# 限期整改 / 挂牌督办) opened by band rows, the 行业监管部门 beside the 隐患单位, 检查日期 as the base of 立即整改,
# a 注 line and the signature line.
SAFETY_BANDS = [
    (
        "一、立即整改隐患",
        [
            (
                "工贸",
                "清丰县宏达建材有限公司",
                "粉尘作业区除尘器未设置接地装置",
                "一般",
                date(2024, 7, 3),
                "立即整改",
                "已当场整改",
                "县应急管理局",
            ),
            (
                "商贸",
                "清丰县瑞祥商贸有限公司",
                "瑞祥超市东侧安全出口被货架堵塞",
                "一般",
                date(2024, 7, 5),
                "立即整改",
                "已当场清理",
                "县商务局",
            ),
        ],
    ),
    (
        "二、限期整改隐患",
        [
            (
                "食品加工",
                "清丰县金鑫食品有限公司",
                "冷库氨制冷机房氨气泄漏报警装置失效",
                "较大",
                date(2024, 7, 4),
                "2024年7月20日",
                "已更换报警探头，经复查合格",
                "县市场监督管理局",
            ),
            (
                "仓储物流",
                "清丰县顺通物流有限公司",
                "电动叉车充电区设在成品库房内",
                "一般",
                date(2024, 7, 8),
                "2024年7月31日",
                "正在建设独立充电区",
                "县交通运输局",
            ),
            (
                "家具制造",
                "濮阳市东方家具有限公司",
                "喷漆房内照明和排风电气设备不防爆",
                "较大",
                date(2024, 7, 9),
                "8月15日前",
                "",
                "县应急管理局",
            ),
            (
                "建筑施工",
                "清丰县第一建筑工程有限公司",
                "城东安置房项目塔吊基础积水，附着装置螺栓松动",
                "一般",
                date(2024, 7, 10),
                "2024年7月15日",
                "未整改",
                "县住房和城乡建设局",
            ),
        ],
    ),
    (
        "三、挂牌督办隐患",
        [
            (
                "危险化学品",
                "清丰县恒远化工有限公司",
                "液氯储罐区未设置有毒气体泄漏检测报警装置",
                "重大",
                date(2024, 7, 11),
                "2024年9月30日",
                "液氯储罐已停用，报警系统正在安装调试",
                "县应急管理局",
            ),
            (
                "成品油",
                "清丰县建华加油站",
                "加油站罩棚钢结构严重锈蚀，存在坍塌风险",
                "重大",
                date(2024, 7, 12),
                "2024年7月25日",
                "已完成罩棚钢结构加固，经县安委办组织验收合格，已摘牌",
                "县商务局",
            ),
        ],
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="县安委办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 30, 36, 10, 12, 16, 34, 18])
    b.line(ws, 0, "2024年安全生产大检查发现隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县安全生产委员会办公室（县应急管理局代章）    检查时间：2024年7月3日至7月12日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "行业领域",
            "隐患单位（整改责任主体）",
            "隐患内容",
            "隐患等级",
            "检查日期",
            "整改期限",
            "整改完成情况",
            "行业监管部门",
        ],
    )
    r = 3
    n = 0
    for band, rows in SAFETY_BANDS:
        b.merge(ws, r, 0, r, 8, band, b.band)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r + 1,
        "注：1.隐患等级分为一般、较大、重大；2.“立即整改”指检查当日整改完毕；3.挂牌督办隐患由县安委会办公室跟踪"
        "督办，整改完成并经验收合格后摘牌。",
        8,
    )
    b.line(
        ws, r + 2, "审核人：郑卫东    填表人：杨帆    联系电话：0393-7221106    填报日期：2024年7月26日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 12345 热线: after a district's account of its "12345" 政务服务热线 work (一号对外、诉求汇总、分类处置、统一协调、各方
# 联动、限时办结; 严格按照“5个工作日内限时办结”要求; 督办通知单催办、季度办理情况通报; 12345 热线、市长信箱、区长
# 信箱):
# http://www.ningxiacaijing.cn/shixianyuanqu/zhongweishi/2022-01-26/101180.html
# A CSV in UTF-8 with BOM, as a hotline system exports it: a title line, a line giving the period and the 5个工作日
# rule counted from the 受理时间, one header line, 工单 rows with 来源渠道, 受理时间, 承办单位, 办理时限 (one 延期 to a
# date), 办理状态, 办结时间, 回访满意度 and 督办情况, a 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "HL2407010023",
        "12345热线",
        "2024-07-01 09:12",
        "投诉",
        "反映昆吾路与京开大道交叉口东北角雨水井盖缺失，夜间行人易踩空",
        "市城管局",
        "5个工作日",
        "已办结",
        "2024-07-03 16:20",
        "满意",
        "",
    ),
    (
        "HL2407030117",
        "市长信箱",
        "2024-07-03 14:40",
        "求助",
        "反映绿城小区5号楼供水水压不足，高层住户白天基本无水",
        "市自来水公司",
        "5个工作日",
        "办理中",
        "",
        "",
        "已发督办通知单",
    ),
    (
        "HL2407080356",
        "区长信箱",
        "2024-07-08 08:55",
        "求助",
        "反映中原路幸福里小区连续三天夜间停电，变压器频繁跳闸",
        "国网濮阳供电公司",
        "5个工作日",
        "已办结",
        "2024-07-08 20:10",
        "满意",
        "",
    ),
    (
        "HL2407100412",
        "12345热线",
        "2024-07-10 16:30",
        "建议",
        "反映开州路与长庆路交叉口信号灯配时不合理，早高峰左转车辆排队过长",
        "市交警支队",
        "5个工作日",
        "办理中",
        "",
        "",
        "",
    ),
    (
        "HL2407150538",
        "12345热线",
        "2024-07-15 11:20",
        "投诉",
        "反映任丘路建业小区东门外建筑垃圾堆放半月未清运",
        "华龙区任丘路街道办事处",
        "5个工作日",
        "逾期未办结",
        "",
        "",
        "已发督办通知单",
    ),
    (
        "HL2407220671",
        "12345热线",
        "2024-07-22 09:40",
        "投诉",
        "反映龙城御园小区开发商逾期一年未办理不动产权证",
        "市住建局",
        "延期至2024-08-30",
        "办理中",
        "",
        "",
        "",
    ),
    (
        "HL2407240702",
        "12345热线",
        "2024-07-24 15:05",
        "投诉",
        "反映胜利路农贸市场周边流动摊贩占道经营，早晚高峰道路拥堵",
        "市城管局",
        "5个工作日",
        "已办结",
        "2024-07-26 10:00",
        "基本满意",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区12345政务服务便民热线工单办理情况（2024年7月）"])
    w.writerow(["统计时段：2024年7月1日至7月26日；办理时限：5个工作日，自受理之日起计算"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "来源渠道",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "办结时间",
            "回访满意度",
            "督办情况",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for row in HOTLINE_ROWS if row[7] == "已办结")
    w.writerow(
        ["合计", "", "", "", "", f"转办工单{len(HOTLINE_ROWS)}件", "", "", f"已办结{done}件", "", "", ""]
    )
    w.writerow(["注：逾期未办结工单由区热线办发督办通知单催办，办理情况纳入季度通报。"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 人大代表建议: after a 镇人大's 代表建议交办会 (镇人大七次会议中的22件代表建议、批评和意见向政府相关部门交办;
# 承办部门逐件分析研究; 明确承办单位和分管领导; 按时办结、认真答复; 办理过程中加强与代表沟通):
# http://www.jxrenda.gov.cn/gzdt/jcrd/202102/t20210226_757757.shtml
# A .docx from a 镇人民政府: title, 主送 (镇人大主席团) and a preamble paragraph, one table whose rows name the town's own
# 承办部门 (one row handed on to a county bureau) beside the 领衔代表 and 分管领导, 办结时限 as dates, 年底前 and
# 长期坚持, an 代表意见 column, a closing paragraph and the town and date at the foot.
NPC_ROWS = [
    (
        "仙建〔2024〕1号",
        "关于硬化仙庄村至后河村3.2公里生产路的建议",
        "李国强",
        "镇农业农村办",
        "王志刚",
        "2024年6月30日",
        "已纳入高标准农田建设项目，道路硬化已完成，已书面答复代表",
        "满意",
    ),
    (
        "仙建〔2024〕3号",
        "关于在镇区增设两处公共厕所的建议",
        "周红霞",
        "镇城建办",
        "陈立军",
        "2024年9月30日",
        "已完成选址，正在办理用地手续",
        "",
    ),
    (
        "仙建〔2024〕7号",
        "关于修复省道S212仙庄段破损路面的建议",
        "郭振东",
        "清丰县交通运输局",
        "陈立军",
        "年底前",
        "镇政府已转县交通运输局办理，已列入县2024年公路养护计划，正在开展设计",
        "",
    ),
    (
        "仙建〔2024〕9号",
        "关于加强农村留守老人关爱服务的建议",
        "杜秀英",
        "镇社会事务办",
        "刘海燕",
        "长期坚持",
        "已建立留守老人定期探访制度，长期坚持",
        "",
    ),
    (
        "仙建〔2024〕12号",
        "关于整治镇区主街道两侧占道经营的建议",
        "张卫民",
        "镇综合行政执法大队",
        "王志刚",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "仙建〔2024〕15号",
        "关于更换南大街老旧路灯的建议",
        "韩建设",
        "镇城建办",
        "陈立军",
        "2024年7月20日",
        "未启动",
        "",
    ),
    (
        "仙建〔2024〕18号",
        "关于加快镇区污水管网建设的建议",
        "李国强",
        "镇城建办",
        "陈立军",
        "2024年10月底前",
        "污水管网一期工程已开工，正在施工",
        "",
    ),
]


def write_npc(path: Path) -> Path:
    doc = _new_document("仙庄镇党政办")
    _title(doc, "清丰县仙庄镇人民政府关于镇第十三届人民代表大会第四次会议代表建议办理情况的报告", 18)
    _para(doc, "镇人大主席团：", 14, indent=False)
    _para(
        doc,
        "镇第十三届人民代表大会第四次会议期间，代表共提出建议、批评和意见21件，其中交由镇政府办理7件。3月12日镇人大主席团召开交办会后，"
        "镇政府按照分管领导职责将建议逐件分解到承办部门，要求按时办结、认真答复，办理中加强与代表沟通。"
        "现将截至7月25日的办理情况报告如下：",
        14,
    )
    body = [list(row) for row in NPC_ROWS]
    _table(
        doc,
        ["建议编号", "建议内容", "领衔代表", "承办部门", "分管领导", "办结时限", "办理情况", "代表意见"],
        body,
        10,
    )
    _para(doc, "下一步，镇政府将对尚未办结的建议跟踪督办，办结后及时答复代表并征求意见。", 14)
    _para(doc, "清丰县仙庄镇人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 营商环境: after a city's 优化营商环境专项整治方案 (八个方面: 政府失信 — 拖欠企业工程款、招商承诺不兑现、“净地不净”;
# 办事不方便 — “推阻拖绕”; 知识产权保护难; 市场准入难; 公平竞争难; 要素成本高; 政策兑现难; 服务意识差):
# http://www.0375edu.org.cn/policy/295612.htm
# An .et (Excel 97 via LibreOffice) from the 营商办: title, 填报单位 line, one header row, the 整治领域 column merged
# down over its rows, 牵头单位 beside 配合单位, short names (市自然资源局, 市市场监管局, 市工信局, 市政务服务中心),
# 完成状态 beside 进展情况, 第三季度 / 6月底前 / 长期坚持, a 填表说明 line and the signature line.
BIZ_AREAS = [
    (
        "政府失信",
        [
            (
                "拖欠民营企业工程款1260万元未按还款计划清偿",
                "市财政局",
                "市住房和城乡建设局",
                "按还款计划足额清偿",
                "2024年6月底前",
                "已清偿1260万元",
                "已完成",
            ),
            (
                "招商引资承诺的配套条件未兑现，项目用地“净地不净”",
                "市自然资源局",
                "濮阳经济技术开发区管理委员会",
                "完成地上附着物清表，按净地标准交付",
                "2024年9月30日",
                "已完成地上附着物清表约70%",
                "推进中",
            ),
        ],
    ),
    (
        "办事不方便",
        [
            (
                "工程建设项目审批“体外循环”，施工许可办理超时限",
                "市住房和城乡建设局",
                "市行政服务中心",
                "全部审批事项纳入工程建设项目审批管理系统",
                "2024年7月31日",
                "全部事项已纳入系统网上办理",
                "已完成",
            ),
        ],
    ),
    (
        "市场准入难",
        [
            (
                "企业开办涉及的印章刻制、涉税事项仍需多次跑腿",
                "市市场监管局",
                "市公安局、国家税务总局濮阳市税务局",
                "实现企业开办一网通办、一窗领取",
                "2024年8月31日",
                "",
                "未启动",
            ),
        ],
    ),
    (
        "公平竞争难",
        [
            (
                "部分招标文件设置注册地、所有制等排斥性条款",
                "市公共资源交易中心",
                "市发展和改革委员会",
                "开展招标文件常态化抽查",
                "长期坚持",
                "每月抽查招标文件，常态化推进",
                "常态化推进",
            ),
        ],
    ),
    (
        "要素成本高",
        [
            (
                "工业园区企业用水报装环节多、周期长",
                "市自来水公司",
                "市城市管理局",
                "压减报装环节，推行线上报装",
                "第三季度",
                "报装环节已由5个压减至3个，正在推行线上报装",
                "推进中",
            ),
        ],
    ),
    (
        "政策兑现难",
        [
            (
                "惠企政策“免申即享”覆盖面窄，部分奖补资金兑付滞后",
                "市工信局",
                "市财政局",
                "扩大免申即享事项范围，限时兑付",
                "2024年10月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "服务意识差",
        [
            (
                "个别窗口工作人员对企业咨询推诿，一次性告知不到位",
                "市政务服务中心",
                "",
                "开展窗口作风专项整顿，落实首问负责制",
                "2024年7月15日",
                "专项整顿已完成，首问负责制已落实",
                "已完成",
            ),
        ],
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 40, 18, 24, 30, 14, 30, 12])
    b.line(ws, 0, "2024年优化营商环境专项整治问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市优化营商环境工作领导小组办公室    填报日期：2024年7月28日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整治领域",
            "问题描述",
            "牵头单位",
            "配合单位",
            "整改措施",
            "完成时限",
            "进展情况",
            "完成状态",
        ],
    )
    r = 3
    n = 0
    for area, rows in BIZ_AREAS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, area, b.center)
        for problem, lead, helpers, measure, limit, progress, status in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, lead, helpers, measure], first=2)
            b.put(ws, r, 6, limit, b.center)
            b.put(ws, r, 7, progress)
            b.put(ws, r, 8, status, b.center)
            r += 1
    b.line(
        ws,
        r + 1,
        "填表说明：完成状态填写“已完成”“推进中”“未启动”或“常态化推进”；牵头单位对整改结果负总责。",
        8,
    )
    b.line(ws, r + 2, "填表人：秦雪    审核人：马立新    联系电话：0393-4478093", 8)
    return b.close()


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_book, path, "xls", "优化营商环境专项整治问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 环保督察: after a province's account of a 生态环境保护督察组 handing over its 第八批 群众举报投诉生态环境问题
# (来电、来信; 分州市统计; 边督边改组第一时间将交办件转相关州市办理; 分批公开受理、办理和整改情况，见“群众信访举报
# 转办和边督边改公开情况一览表”):
# http://redtowerstudio.com/zt/zysthjbhdc/content_374702.htm
# An .ods (LibreOffice conversion) from a city's 边督边改组: title naming the 批次, a 交办时间 line, one header row in
# the 一览表's own words (受理编号, 交办问题基本情况, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况,
# 责任人被处理情况) with 责任单位, 整改时限 and 办理进度 (已办结 / 阶段性办结 / 正在办理) added, a 注 and the office line.
ENV_ROWS = [
    (
        "D2HN202407150012",
        "反映濮阳县文留镇某塑料颗粒加工厂夜间生产排放刺鼻气味",
        "濮阳县",
        "大气",
        "经现场核查，该厂未批先建，废气收集设施未运行",
        "属实",
        "已责令停产整治，立案处罚4万元",
        "濮阳县人民政府",
        "2024年7月31日",
        "已办结",
        "无",
    ),
    (
        "D2HN202407150027",
        "反映华龙区岳村镇马颊河沿岸有生活垃圾倾倒",
        "华龙区",
        "土壤",
        "河道管理范围内发现生活垃圾堆放点3处",
        "属实",
        "已清理垃圾约30吨，正在建立巡河保洁长效机制",
        "华龙区人民政府",
        "2024年8月31日",
        "阶段性办结",
        "对村级河长进行约谈",
    ),
    (
        "X2HN202407150004",
        "反映清丰县某生猪养殖场粪污经暗管直排沟渠",
        "清丰县",
        "水",
        "现场发现养殖场雨污未分流，粪污储存池容积不足",
        "属实",
        "正在建设粪污处理设施",
        "清丰县人民政府",
        "2024年9月30日",
        "正在办理",
        "无",
    ),
    (
        "D2HN202407150038",
        "反映濮阳工业园区某化工企业污水处理站异味扰民",
        "濮阳工业园区",
        "大气",
        "污水处理站调节池未加盖，厂界臭气浓度超标",
        "部分属实",
        "已加盖密闭调节池并增设除臭设施，经监测达标",
        "濮阳工业园区管理委员会",
        "2024年7月25日",
        "已办结",
        "无",
    ),
    (
        "D2HN202407150041",
        "反映南乐县城区某建筑工地夜间施工噪声扰民",
        "南乐县",
        "噪声",
        "该工地未办理夜间施工许可",
        "属实",
        "已责令停止夜间施工，立案处罚",
        "南乐县人民政府",
        "2024年7月20日",
        "已办结",
        "无",
    ),
    (
        "X2HN202407150009",
        "反映范县濮城镇废弃油井井场有含油污泥未清理",
        "范县",
        "土壤",
        "井场内有含油污泥约5立方米",
        "属实",
        "",
        "范县人民政府",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "D2HN202407150055",
        "反映台前县某砖厂脱硫设施不正常运行",
        "台前县",
        "大气",
        "经现场核查，该砖厂已于2023年11月关停拆除",
        "不属实",
        "经核查，该砖厂已关停，举报问题不存在",
        "台前县人民政府",
        "/",
        "已办结",
        "无",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="边督边改组")
    ws = b.sheet("第十批")
    b.widths(ws, [6, 20, 36, 12, 8, 30, 8, 34, 22, 14, 12, 18])
    b.line(ws, 0, "河南省第三生态环境保护督察组交办群众信访举报件办理情况一览表（第十批）", 11, b.title)
    b.line(
        ws, 1, "交办时间：2024年7月15日    交办件数：7件（来电5件、来信2件）    公开时间：2024年7月29日", 11
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "整改时限",
            "办理进度",
            "责任人被处理情况",
        ],
    )
    for i, row in enumerate(ENV_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ENV_ROWS)
    b.line(
        ws,
        end + 1,
        "注：办理进度分为“已办结”“阶段性办结”“正在办理”三类；受理编号首字母D为来电举报，X为来信举报。",
        11,
    )
    b.line(ws, end + 2, "濮阳市迎接省生态环境保护督察工作领导小组边督边改组（代章）", 11)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "群众信访举报件办理情况一览表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 督查督办 (三色督查单): after a city government's notice introducing the “三色督查单” in its 督促检查 work (蓝色督查单
# — 进展缓慢或办理质量不符合要求时提醒催办，明确办理要求、完成时限; 橙色 — 蓝色单发出后仍未完成，或重大、紧急事项、
# 领导重要批示件，以示警告、责令限期办结; 红色 — 橙色单发出后仍未完成):
# http://www.413629.com/news/sm/1855869.html
# A .doc (Word 97 via LibreOffice): a 通报 with 主送 and preamble, the 督办事项 as numbered paragraphs under 红色 /
# 橙色 / 蓝色 heads (each naming the 承办单位, the 事项, the required date and the progress in sentences), a 工作要求
# paragraph, the office and date at the foot.
SUPERVISE_HEADS = [
    (
        "一、红色督查单事项（2件）",
        [
            "1.市住房和城乡建设局：城区老旧小区改造（二期）项目开工进度严重滞后，红色督查单要求7月20日前12个小区全部"
            "开工。截至7月26日，已开工9个，其余3个正在办理施工许可手续。",
            "2.市城市管理局：中心城区雨污管网混接点改造未按期完成，督查单要求6月30日前完成。截至通报日仍未启动改造。",
        ],
    ),
    (
        "二、橙色督查单事项（2件）",
        [
            "3.市水利局：市政府领导批示的金堤河濮阳段堤防渗水隐患处置事项，要求7月15日前处置完毕。该局已于7月12日完成"
            "处置，经现场核查予以销号。",
            "4.市交通运输局：国道G106濮阳段大修工程进度滞后，要求8月底前完成主体工程。目前已完成路基处理，正在进行沥青"
            "摊铺。",
        ],
    ),
    (
        "三、蓝色督查单事项（3件）",
        [
            "5.市教育局：城区两所新建学校配套设施建设滞后，可能影响秋季开学，要求8月20日前完成配套设施建设。",
            "6.市卫健委：市第二人民医院门诊楼改造项目前期手续办理缓慢，要求7月31日前完成施工图审查。该项目已于7月25日"
            "通过施工图审查。",
            "7.市民政局：困难群众救助资金“一卡通”发放不及时，要求按月足额发放、常态化推进。已建立按月发放核查机制，"
            "常态化推进。",
        ],
    ),
]


def write_supervise_docx(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "关于2024年7月“三色督查单”督办事项办理情况的通报")
    _para(doc, "濮政督通〔2024〕14号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "各县（区）人民政府，市政府各部门：", indent=False)
    _para(
        doc,
        "为推动市委、市政府重大决策部署和交办事项落地见效，市政府督查室对进展缓慢、办理质量不符合要求的事项实行"
        "“三色督查单”督办。7月份共发出督查单7件，其中红色2件、橙色2件、蓝色3件。现将办理情况通报如下：",
    )
    for head, paras in SUPERVISE_HEADS:
        _para(doc, head, font="黑体")
        for text in paras:
            _para(doc, text)
    _para(doc, "四、工作要求", font="黑体")
    _para(
        doc,
        "请红色、橙色督查单涉及单位于8月5日前将办理情况书面报送市政府督查室，逾期未办结的将提请市政府约谈主要负责同志。",
    )
    _para(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_docx, path, "doc", "三色督查单督办事项办理情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 乡镇街道自查: after a 街道办事处's report on its 安全生产专项整治 (办事处成立领导小组; 按照安全网格化管理要求明确
# 各社区网格为责任主体; 拉网式大排查，摸清底数; 在全面排查基础上以消防、危险品、受限空间作业、建筑施工、道路交通、
# 中小学校及幼儿园、特种设备、汛期综合防灾减灾等重点行业和领域开展整治):
# https://baywatch.cn/haowen/303190.html
# An .xlsx from the 街道办事处: title, 填报单位 line, one header row with the 排查领域 and the 社区（网格） where a
# hazard was found, the 街道's own 责任科室 (unit = the 街道办事处), 整改时限 as dates, 6月底前 and 常态化推进, a
# 合计 row and the signature line.
STREET_ROWS = [
    (
        "消防安全",
        "振兴社区第3网格",
        "老旧小区楼道内电动自行车违规停放、飞线充电",
        "清理楼道，建设集中充电设施",
        "应急管理办公室",
        "2024年7月15日",
        "已清理完毕，建成集中充电桩2处",
    ),
    (
        "燃气安全",
        "帝都社区第1网格",
        "沿街餐饮店液化气瓶与灶具间距不足1米",
        "督促商户调整气瓶位置，加装切断阀",
        "城市管理办公室",
        "2024年7月31日",
        "正在整改，已完成12家中的7家",
    ),
    (
        "受限空间作业",
        "京开社区第2网格",
        "小区化粪池清掏作业未配备有毒气体检测仪",
        "督促物业公司配备检测仪，作业前检测",
        "应急管理办公室",
        "2024年7月10日",
        "已整改",
    ),
    (
        "建筑施工",
        "绿城社区第4网格",
        "居民自建房加层施工，施工队伍无资质",
        "责令停工，拆除违法加层部分",
        "城市管理办公室",
        "2024年8月15日",
        "已下达停工通知，正在督促自行拆除",
    ),
    (
        "道路交通",
        "人民路社区第1网格",
        "人民路小学门口缺少护学岗和减速标识",
        "协调交警部门设置减速标识，设立护学岗",
        "平安建设办公室",
        "2024年8月31日",
        "",
    ),
    (
        "特种设备",
        "华龙社区第2网格",
        "老旧小区3部电梯超期未检验仍在使用",
        "督促产权单位报检，检验合格前停用",
        "城市管理办公室",
        "2024年9月30日",
        "未整改",
    ),
    (
        "汛期防灾减灾",
        "长庆社区第3网格",
        "低洼小区排涝泵站无备用电源",
        "配备移动发电设备",
        "应急管理办公室",
        "6月底前",
        "已配备移动发电机3台",
    ),
    (
        "消防安全",
        "各社区",
        "社区微型消防站器材配备不全，队员未经培训",
        "补齐器材，每季度开展一次培训演练",
        "应急管理办公室",
        "常态化推进",
        "每季度组织一次培训演练，常态化推进",
    ),
]


def write_street(path: Path) -> Path:
    b = Book(path, author="人民路街道应急办")
    ws = b.sheet("自查台账")
    b.widths(ws, [6, 14, 18, 36, 30, 16, 14, 30])
    b.line(ws, 0, "人民路街道安全隐患大排查大整治自查问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区人民路街道办事处（盖章）    填报日期：2024年7月27日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查领域",
            "所在社区（网格）",
            "自查发现问题",
            "整改措施",
            "责任科室",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "自查发现问题8项，已整改3项，正在整改2项，常态化推进1项")
    b.line(ws, end + 2, "街道办事处主任：韩冬梅    填表人：李想    联系电话：0393-8329017", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 督查督办 (三色督办单, 集团): after a state-owned group's “三色督办单” system (集团督查督办工作实施办法; 围绕上级
# 决策部署、集团重点工作、会议交办、领导批示开展督查督办; 临近办结时限发蓝色单，未达序时进度或质量较差发黄色单，
# 逾期未办结发红色单; 立项登记、通知交办、跟踪进度、反馈报告、办结归档; 对子公司下发督办单):
# http://sqgzw.suqian.gov.cn/gzw/gqfc/202506/c520c452698d42cebc27aed37067306c.shtml
# An .xlsx from the group's 督查督办室: title, 填报单位 line, one header row with 事项来源, 承办单位 (the group's own
# 部室 and its 子公司), 办结时限, 督办单 colour, 办理进展 and 是否办结, a 注 line and the signature line.
GROUP_ROWS = [
    (
        "总经理办公会",
        "产发物流园冷链仓库二期竣工验收滞后",
        "濮阳市产发物流有限公司",
        "2024年7月20日",
        "红色",
        "消防验收已通过，综合竣工验收正在组织",
        "否",
    ),
    (
        "领导批示",
        "集团本部档案室消防设施不符合规范要求",
        "集团综合办公室",
        "2024年7月10日",
        "—",
        "已更换气体灭火装置并通过检测",
        "是",
    ),
    (
        "上级部署",
        "子企业董事会应建尽建推进缓慢",
        "集团人力资源部",
        "2024年9月30日",
        "蓝色",
        "5家子企业已完成4家",
        "否",
    ),
    (
        "集团党委会",
        "产发置业公司历史遗留房产办证问题",
        "濮阳市产发置业有限公司",
        "2024年12月31日",
        "黄色",
        "",
        "否",
    ),
    (
        "总经理办公会",
        "新能源公司屋顶光伏电站发电量低于设计值",
        "濮阳市产发新能源有限公司",
        "2024年8月31日",
        "蓝色",
        "已委托第三方检测，正在更换故障逆变器",
        "否",
    ),
    (
        "上级部署",
        "集团本部逾期应收账款3200万元清收进度慢",
        "集团财务部",
        "长期坚持",
        "—",
        "按月调度清收进度，长期坚持",
        "",
    ),
    (
        "领导批示",
        "产发置业公司物业项目发生电梯困人事件",
        "濮阳市产发置业有限公司",
        "2024年7月5日",
        "红色",
        "已更换电梯控制柜，经特种设备检验机构检验合格",
        "是",
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="集团督查督办室")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 14, 38, 26, 14, 10, 36, 10])
    b.line(ws, 0, "督查督办事项推进台账（2024年7月）", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市产业发展集团有限公司（督查督办室）    填报日期：2024年7月30日", 7)
    b.header(
        ws, 2, ["序号", "事项来源", "督办事项", "承办单位", "办结时限", "督办单", "办理进展", "是否办结"]
    )
    for i, row in enumerate(GROUP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (1, 4, 5, 7) else b.cell)
    end = 3 + len(GROUP_ROWS)
    b.line(
        ws,
        end + 1,
        "注：临近办结时限的发蓝色督办单；未达到序时进度或完成质量较差的发黄色督办单；逾期未办结的发红色督办单。",
        7,
    )
    b.line(ws, end + 2, "督查督办室负责人：高建军    填表人：周晴    联系电话：0393-6189025", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 民生实事: after a city newspaper's account of its 30件民生实事 (190个项目; 年度投入资金; 截至4月底已累计筹集拨付
# 项目资金，分上级补助、市本级、县区、其他资金; 已有35个完成或超额完成年度目标任务，155个推进顺利):
# https://m.yybnet.net/meishan/news/202105/11444635.html
# A .zip of two returns: the 市住房和城乡建设局's .xlsx (one header row with 年度目标任务, 计划投资, 已拨付资金,
# 截至7月底完成情况, 完成比例, 完成时限, 责任科室 and 推进状态) and the 市教育局's .docx report whose items are
# paragraphs (一)(二)… with the task, its progress and its date in sentences.
HOUSING_ROWS = [
    (
        "城镇老旧小区改造：改造老旧小区56个，惠及居民8200户",
        18600,
        9200,
        "已开工48个，完工21个",
        0.375,
        "2024年12月31日",
        "城市更新科",
        "按序时推进",
    ),
    (
        "燃气管道老化更新改造：更新改造城市燃气老化管道62公里",
        7400,
        7400,
        "已完成更新改造65公里",
        1.048,
        "2024年10月31日",
        "城建科",
        "已完成（超额）",
    ),
    (
        "保障性租赁住房筹集：筹集保障性租赁住房1200套",
        21000,
        5300,
        "已完成项目选址和立项，正在办理施工许可",
        "—",
        "年底前",
        "住房保障科",
        "按序时推进",
    ),
    ("既有住宅加装电梯：全年加装电梯100部", 3000, "", "", "", "2024年11月30日", "房地产市场监管科", ""),
]

EDU_PARAS = [
    "（一）新建改扩建公办幼儿园10所，新增学位2700个。截至7月底，已完工7所，其余3所主体已封顶，计划8月底前全部完工"
    "投入使用。",
    "（二）改造中小学教室照明设施2000间。已于6月30日前全部完成改造，并通过市级验收。",
    "（三）为120所农村中小学配备直饮水设备。设备采购已完成招标，正在分批安装，计划9月底前安装完毕。",
    "（四）实现义务教育阶段课后服务全覆盖。按学期常态化推进，长期坚持。",
]


def write_housing_book(path: Path) -> Path:
    b = Book(path, author="市住建局办公室")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 44, 12, 12, 30, 10, 16, 16, 16])
    b.line(ws, 0, "2024年市政府民生实事项目推进情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（盖章）    截至时间：2024年7月31日    金额单位：万元", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "民生实事项目及年度目标任务",
            "计划投资",
            "已拨付资金",
            "截至7月底完成情况",
            "完成比例",
            "完成时限",
            "责任科室",
            "推进状态",
        ],
    )
    for i, (goal, plan, paid, done, ratio, limit, office, status) in enumerate(HOUSING_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, goal)
        b.put(ws, r, 2, plan, b.center)
        b.put(ws, r, 3, paid, b.center)
        b.put(ws, r, 4, done)
        b.put(ws, r, 5, ratio, b.pct if isinstance(ratio, float) else b.center)
        b.put(ws, r, 6, limit, b.center)
        b.put(ws, r, 7, office, b.center)
        b.put(ws, r, 8, status, b.center)
    end = 3 + len(HOUSING_ROWS)
    b.line(ws, end + 1, "填表人：魏红    联系电话：0393-8121543    填报日期：2024年7月30日", 8)
    return b.close()


def write_edu_docx(path: Path) -> Path:
    doc = _new_document("市教育局办公室")
    _title(doc, "濮阳市教育局关于2024年市政府民生实事进展情况的报告", 20)
    _para(doc, "市政府督查室：", indent=False)
    _para(
        doc,
        "今年市政府确定由我局牵头实施的民生实事共4项，年度计划投资2.35亿元，截至7月底已拨付1.42亿元。现将进展"
        "情况报告如下：",
    )
    for text in EDU_PARAS:
        _para(doc, text)
    _para(doc, "下一步，我局将倒排工期、挂图作战，确保各项民生实事按期完成。")
    _para(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


def write_livelihood(path: Path) -> Path:
    members = [
        ("民生实事项目推进情况表（市住房和城乡建设局）.xlsx", write_housing_book),
        ("市教育局关于2024年民生实事进展情况的报告.docx", write_edu_docx),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市委巡察反馈村级问题整改落实台账（柳屯镇）.xlsx", write_patrol),
    ("2023年度市本级预算执行审计查出问题整改台账.xls", write_audit),
    ("安全生产大检查发现隐患整改台账（清丰县）.xlsx", write_safety),
    ("12345热线工单办理情况（华龙区2024年7月）.csv", write_hotline),
    ("仙庄镇人大代表建议办理情况报告.docx", write_npc),
    ("优化营商环境专项整治问题整改台账.et", write_biz),
    ("群众信访举报件办理情况一览表（第十批）.ods", write_env),
    ("关于7月三色督查单督办事项办理情况的通报.doc", write_supervise),
    ("人民路街道安全隐患自查问题整改台账.xlsx", write_street),
    ("产发集团督查督办事项推进台账（2024年7月）.xlsx", write_group),
    ("2024年民生实事进展情况（两家）.zip", write_livelihood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for p in build():
        print(p.name)

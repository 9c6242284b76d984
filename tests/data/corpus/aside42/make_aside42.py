"""Write the aside42 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK, two
.docx (one with a table, one whose items are numbered paragraphs), a .wps and a .doc (Word 97 via LibreOffice) and a
.zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside42.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察反馈意见整改落实情况台账 of one unit, after a district 委巡察组's 反馈 to the 区委办 (学习贯彻不够深入、深改工作
# 开展不够有力、统筹协调服务管理有待提高; 落实党风廉政建设责任制还有差距; 党内政治生活不够规范、支部日常工作不够扎实、
# 业务专干培养不足、“三重一大”制度执行不够严格; 全面认领问题、细化整改措施):
# https://www.xdlzw.gov.cn/show.asp?id=3052
# A .docx with a table: the unit is named only in the title (a short name), the rows name its sections (责任科室); the
# three 反馈 areas are merged section rows; a 填表说明 and the signature block below.
PATROL_SECTIONS = [
    (
        "一、学习贯彻习近平新时代中国特色社会主义思想不够深入，深改工作开展不够有力",
        [
            (
                "传达学习上级重要会议精神不及时，存在以文件传达文件现象",
                "制定党组理论学习中心组年度学习计划，落实“第一议题”制度",
                "李志刚",
                "办公室",
                "2024年6月底前",
                "已完成。建立“第一议题”学习台账，上半年开展集中学习14次。",
            ),
            (
                "深化改革任务推进不够有力，部分改革事项未按期完成",
                "逐项梳理改革任务，实行清单化管理、销号式推进",
                "王海燕",
                "体制改革科",
                "2024年9月底前",
                "正在推进。已梳理改革任务清单12项，完成8项。",
            ),
            (
                "统筹协调服务管理有待提高，督查督办事项跟踪不及时",
                "建立督办事项周调度、月通报机制",
                "李志刚",
                "督查科",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "二、落实党风廉政建设责任制还有差距",
        [
            (
                "廉政风险点排查不全面，防控措施针对性不强",
                "重新开展岗位廉政风险点排查，逐岗制定防控措施",
                "赵永胜",
                "机关党委",
                "2024年7月15日前",
                "已整改。重新排查廉政风险点，新增风险点23个，逐项制定防控措施。",
            ),
        ],
    ),
    (
        "三、党内政治生活不够规范，“三重一大”制度执行不够严格",
        [
            (
                "组织生活会会前谈心谈话未全覆盖",
                "严格落实谈心谈话制度，建立谈心谈话记录本",
                "赵永胜",
                "机关党委",
                "2024.8.31",
                "",
            ),
            (
                "支部日常工作不够扎实，党员发展档案资料不全",
                "对照发展党员工作细则逐份补齐档案",
                "赵永胜",
                "机关党委",
                "2024年8月底前",
                "尚未启动",
            ),
            (
                "业务专干培养不足，后备力量缺乏",
                "制定年轻干部培养计划，选派干部到重点岗位锻炼",
                "王海燕",
                "人事科",
                "年底前",
                "已制定年轻干部培养计划，选派2名干部到项目一线跟班学习。",
            ),
            (
                "个别大额资金支出未经党组会集体研究",
                "修订《党组议事规则》，明确“三重一大”事项范围和额度",
                "李志刚",
                "财务科",
                "2024年6月30日前",
                "已整改到位，修订后的《党组议事规则》已印发执行。",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("发改委办公室")
    _title(doc, "中共濮阳市发改委党组关于市委第三巡察组反馈意见整改落实情况台账", 18)
    _paragraph(doc, "（截至2024年7月26日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    header = ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展"]
    rows = sum(1 + len(items) for _, items in PATROL_SECTIONS)
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for section, items in PATROL_SECTIONS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, section, 10.5, bold=True)
        r += 1
        for item in items:
            n += 1
            for c, v in enumerate([str(n), *item]):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(
        doc,
        "填表说明：1.整改进展填写截至填报日的实际情况；2.已完成整改的须附佐证材料；3.需长期坚持的注明“长期坚持”。",
        12,
    )
    _paragraph(doc, "填报人：刘敏        审核人：李志刚        联系电话：0393-8992106", 12)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 审计查出问题整改情况表, after a district 审计局's 预算执行和其他财政收支审计工作报告 (延伸抽查区农业农村局、区城管局、
# 镇; 查出问题330项, 违规金额、管理不规范金额; 提出审计建议; 审计查出问题得到有效整改):
# http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html
# An .xlsx: title and 填报单位 lines, a two-row header with 整改情况 merged over 已整改/部分整改/未整改 ticks, the
# 整改完成时间 an event beside the 整改期限, a 合计 row, a 填表说明 and the signature line.
AUDIT_ROWS = [
    ("部分非税收入未及时缴入国库", 1280.5, "市财政局", "2024年6月30日", "√", "", "", date(2024, 5, 20), ""),
    (
        "高标准农田建设项目资金拨付滞后",
        3562.0,
        "市农委",
        "2024年9月底",
        "",
        "√",
        "",
        None,
        "已拨付65%，剩余资金待项目竣工验收后拨付",
    ),
    (
        "城市道路清扫保洁服务合同超范围结算",
        214.36,
        "市城管执法局",
        "2024年8月31日",
        "",
        "",
        "√",
        None,
        "服务企业对结算金额提出异议，多结算资金尚未追回",
    ),
    (
        "基层医疗卫生机构药品集中采购执行率偏低",
        0,
        "市卫计委",
        "2024.7.31",
        "√",
        "",
        "",
        date(2024, 7, 10),
        "",
    ),
    (
        "学生资助资金未及时足额发放",
        86.4,
        "市教育局",
        "2024年8月底前",
        "",
        "√",
        "",
        None,
        "已补发春季学期资助资金，秋季学期资金待开学后核定发放",
    ),
    (
        "一事一议财政奖补项目未按规定公示",
        45.8,
        "孟轲乡人民政府",
        "2024年6月30日",
        "",
        "",
        "",
        date(2024, 6, 28),
        "",
    ),
    ("政府投资项目结算审核不及时", 9120.0, "市建设局", "2024年底前", "", "", "", None, ""),
    ("国有资产出租未履行审批程序", 32.6, "市交通局", "2024年5月31日", "√", "", "", date(2024, 5, 30), ""),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计整改办")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 34, 12, 16, 14, 8, 8, 8, 14, 34])
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计查出问题整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：市审计整改工作领导小组办公室（汇总）        填报日期：2024年7月29日", 9)
    for c, word in enumerate(["序号", "审计查出问题", "涉及金额（万元）", "整改责任单位", "整改期限"]):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 5, 2, 7, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "部分整改", "未整改"], 5)
    ws.merge_range(2, 8, 3, 8, "整改完成时间", b.head)
    ws.merge_range(2, 9, 3, 9, "未整改原因及下一步措施", b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        text, amount, unit, limit, done, part, undone, finished, note = row
        b.row(ws, 3 + i, [i, text, amount, unit, limit])
        for c, tick in enumerate([done, part, undone], 5):
            b.put(ws, 3 + i, c, tick, b.center)
        b.put(ws, 3 + i, 8, finished)
        b.put(ws, 3 + i, 9, note)
    end = 4 + len(AUDIT_ROWS)
    total = round(sum(row[1] for row in AUDIT_ROWS), 2)
    b.row(ws, end, ["合计", f"共{len(AUDIT_ROWS)}项", total, "", "", 3, 2, 1, "", ""])
    b.line(
        ws,
        end + 1,
        "填表说明：在“整改情况”对应栏内打“√”；已整改的填写整改完成时间；部分整改和未整改的说明原因及下一步措施。",
        9,
    )
    b.line(ws, end + 2, "负责人：            填表人：张丽            联系电话：0393-4412716", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 市级挂牌督办重大事故隐患整改单位名单, after a province 安委会's 通知 publishing the 重大事故隐患 it puts under
# 挂牌督办 (附件1 整改单位名单, 附件2 整改验收审批表; 责任、措施、时限、资金、预案“五落实”; 整改销号流程):
# https://www.ciedu.com.cn/article/1132
# An Excel 97 .xls: 附件1 line, title, one header row with the 隐患单位 as the unit to correct and the 挂牌督办部门 (the
# supervisor) beside it, 整改进展 and 验收销号情况 columns, a 注; a second sheet holds the blank 附件2 form.
HAZARD_ROWS = [
    (
        "濮阳县",
        "濮阳市恒润化工有限公司",
        "液氨储罐区未设置独立的气体泄漏检测报警装置",
        "2024年6月30日",
        "市应急管理局",
        "已整改",
        "2024年7月12日验收合格，已摘牌销号",
    ),
    (
        "清丰县",
        "清丰县宏达木业有限公司",
        "木粉尘除尘系统未采用防爆型设备",
        "2024年8月31日",
        "市应急管理局",
        "正在整改，防爆除尘器已订货",
        "",
    ),
    (
        "南乐县",
        "南乐县金源冶金铸造有限公司",
        "熔炼炉冷却水系统未设置温度、流量监测报警",
        "2024年9月30日",
        "市工业和信息化局",
        "未整改",
        "",
    ),
    (
        "华龙区",
        "濮阳市鑫通物流有限公司",
        "危化品运输车辆停车场未按规定设置消防设施",
        "2024.7.20",
        "市交通运输局",
        "基本完成",
        "复查合格，已销号",
    ),
    (
        "范县",
        "范县城关商贸城管理有限公司",
        "疏散通道被商铺占用，防火分区被破坏",
        "2024年10月31日",
        "市消防救援支队",
        "正在拆除违规隔断",
        "",
    ),
    (
        "台前县",
        "台前县清水河乡人民政府",
        "辖区废弃采砂坑未设置警示标志和防护栏",
        "2024年7月31日",
        "市自然资源和规划局",
        "",
        "",
    ),
    (
        "濮阳县",
        "濮阳市中原燃气储运有限公司",
        "LNG储罐安全阀超期未校验",
        "2024年7月10日前",
        "市住房和城乡建设局",
        "已整改，安全阀已送检合格",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    center = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "附件1", plain),
        (1, 0, "2024年市级挂牌督办重大事故隐患整改单位名单", title, 1, 8),
    ]
    header = [
        "序号",
        "所在县（区）",
        "整改责任单位",
        "重大事故隐患内容",
        "整改期限",
        "挂牌督办部门",
        "整改进展",
        "验收销号情况",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(header)]
    for i, row in enumerate(HAZARD_ROWS, 1):
        cells.append((2 + i, 0, i, center))
        cells += [(2 + i, c, v, cell) for c, v in enumerate(row, 1)]
    end = 3 + len(HAZARD_ROWS)
    cells.append(
        (
            end,
            0,
            "注：挂牌督办期间，整改责任单位要落实责任、措施、时限、资金、预案“五落实”，整改完成后报挂牌督办部门验收销号。",
            plain,
            end,
            8,
        )
    )
    form = [
        (0, 0, "附件2", plain),
        (1, 0, "市级挂牌督办重大事故隐患整改验收审批表", title, 1, 3),
        (2, 0, "隐患单位名称", head),
        (2, 1, "", cell, 2, 3),
        (3, 0, "隐患内容", head),
        (3, 1, "", cell, 3, 3),
        (4, 0, "整改情况", head),
        (4, 1, "", cell, 4, 3),
        (5, 0, "验收意见", head),
        (5, 1, "验收组长（签字）：          年  月  日", cell, 5, 3),
        (6, 0, "挂牌督办部门意见", head),
        (6, 1, "（盖章）          年  月  日", cell, 6, 3),
    ]
    return _write_xls(path, [("附件1 整改单位名单", cells), ("附件2 验收审批表", form)])


# ---------------------------------------------------------------------------------------------
# 4. 12345政府热线工单办理情况明细, after a county's monthly 12345政府热线受理情况 (受理各类诉求件N件, 投诉类、咨询类、
# 建议类、举报类; 按时办结率, 未出现红黄牌; 工单涉及受理单位 镇 and 局; 热点问题):
# http://syb88.cn/zmhd/slqk/content/post_1918679.html
# A CSV in GBK: title and 统计时段 lines, one header row, 办理时限 in working days from the 受理时间, 办结时间 an event,
# a 红黄牌 column, a 合计 row and the 填报 line.
HOTLINE_ROWS = [
    (
        "GD202407020031",
        "2024-07-02 09:15",
        "投诉类",
        "黄河路与京开大道交叉口路灯连续多晚不亮",
        "市城管局",
        "5个工作日内",
        "2024-07-05",
        "已维修恢复照明，已回复诉求人",
        "",
    ),
    (
        "GD202407030112",
        "2024-07-03 14:40",
        "投诉类",
        "小区二次供水水压不足，高层住户用水困难",
        "自来水公司",
        "7个工作日内",
        "2024-07-11",
        "已更换加压泵，已反馈",
        "",
    ),
    (
        "GD202407100087",
        "2024-07-10 10:22",
        "举报类",
        "临街餐馆油烟直排扰民",
        "市环保局",
        "10个工作日内",
        "",
        "已责令安装油烟净化设施，正在跟踪复查",
        "",
    ),
    (
        "GD202407150009",
        "2024-07-15 08:47",
        "咨询类",
        "咨询灵活就业人员社保缴费基数",
        "市人社局",
        "3个工作日内",
        "2024-07-16",
        "已电话答复",
        "",
    ),
    (
        "GD202407180056",
        "2024-07-18 16:05",
        "投诉类",
        "公交12路末班车提前收车",
        "公交公司",
        "5个工作日内",
        "",
        "逾期未办结",
        "黄牌",
    ),
    (
        "GD202407220140",
        "2024-07-22 11:30",
        "建议类",
        "建议在中原路口增设非机动车停放点",
        "市交警支队",
        "10个工作日内",
        "",
        "已现场勘查，拟于8月份施划停放区",
        "",
    ),
    (
        "GD202407240073",
        "2024-07-24 09:58",
        "投诉类",
        "老旧小区楼道电线私拉乱接存在火灾隐患",
        "胡村乡人民政府",
        "7个工作日内",
        "",
        "",
        "",
    ),
    (
        "GD202407260028",
        "2024-07-26 15:12",
        "求助类",
        "低保申请材料提交后长时间无回复",
        "市民政局",
        "5个工作日内",
        "2024-07-30",
        "已答复诉求人，已反馈",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月份12345政府热线工单办理情况明细表"])
    w.writerow(["统计时段：2024年7月1日—7月31日"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类别",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办结时间",
            "办理结果",
            "红黄牌",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for row in HOTLINE_ROWS if row[6])
    w.writerow(
        ["合计", "", "", "", f"本月转办{len(HOTLINE_ROWS)}件，办结{done}件", "", "", "", "", "黄牌1张"]
    )
    w.writerow(["填报单位：12345政务服务便民热线中心        填报日期：2024年8月1日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 人大代表建议办理情况汇总表, after a city 人大常委会's account of how the 代表建议 were handled (交由市政府系统办理的
# 建议N件, 重点督办建议; 领衔代表; 承办部门、主办与协办; “三见面”; 代表不满意件跨年度接续办理):
# http://baijiadoc.com/doc/ov28a49lft
# An .xlsx: title and 截至 line, one header row with the 领衔代表 (the proposer) and the 附议人数 beside the 主办单位 and
# 会办单位, 交办日期 and 答复时间 as events, 办理时限 partly in months from the 交办日期; a 注 and the sending offices.
NPC_ROWS = [
    (
        "第1003号",
        "关于加快城区老旧供水管网改造的建议",
        "张建国",
        11,
        "市水务局",
        "市住房和城乡建设局",
        date(2024, 3, 20),
        "2024年6月30日前",
        "已答复",
        date(2024, 6, 18),
        "满意",
    ),
    (
        "第1011号",
        "关于在农村中小学配备专职心理健康教师的建议",
        "李秀梅",
        6,
        "市教育局",
        "市财政局",
        date(2024, 3, 20),
        "2024年8月31日前",
        "正在办理",
        None,
        "",
    ),
    (
        "第1024号",
        "关于规范校外培训机构预收费监管的建议",
        "陈卫东",
        9,
        "市工商局",
        "市教育局",
        date(2024, 3, 20),
        "2024年6月30日前",
        "已答复",
        date(2024, 6, 25),
        "基本满意",
    ),
    (
        "第1036号",
        "关于利用边角空地增设城区公共停车泊位的建议",
        "刘红霞",
        14,
        "市城管局",
        "市公安局交通管理支队",
        date(2024, 4, 10),
        "3个月内",
        "逾期未办结",
        None,
        "",
    ),
    (
        "第1042号",
        "关于提高城乡居民医保门诊统筹报销比例的建议",
        "孙立平",
        8,
        "市医保局",
        "市卫生健康委员会",
        date(2024, 4, 10),
        "2024年9月30日前",
        "",
        None,
        "",
    ),
    (
        "第1050号",
        "关于支持县域农产品冷链物流设施建设的建议",
        "周海涛",
        5,
        "市农委",
        "市商务局",
        date(2024, 4, 10),
        "2024年7月31日前",
        "已答复",
        date(2024, 7, 8),
        "满意",
    ),
    (
        "第1058号",
        "关于推进城区盲道等无障碍设施改造的建议",
        "吴桂兰",
        7,
        "市残联",
        "市住房和城乡建设局",
        date(2024, 4, 10),
        "年底前",
        "正在办理，已完成12处盲道修复",
        None,
        "",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="代表工委")
    ws = b.sheet("建议办理")
    b.widths(ws, [10, 40, 10, 8, 16, 20, 12, 16, 20, 12, 10])
    b.line(ws, 0, "市十届人大三次会议代表建议办理情况汇总表", 10, b.title)
    b.line(ws, 1, "（截至2024年7月25日）", 10, b.right)
    b.header(
        ws,
        2,
        [
            "建议号",
            "建议题目",
            "领衔代表",
            "附议人数",
            "主办单位",
            "会办单位",
            "交办日期",
            "办理时限",
            "办理状态",
            "答复时间",
            "代表意见",
        ],
    )
    for i, row in enumerate(NPC_ROWS, 3):
        b.row(ws, i, list(row))
    end = 3 + len(NPC_ROWS)
    b.line(ws, end + 1, "注：办理时限自交办之日起计算；已答复的建议由领衔代表填写意见。", 10)
    b.line(ws, end + 2, "市人大常委会代表工作委员会    市政府督查室    2024年7月26日", 10, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 民生十件实事任务分解及推进情况表, after a district 政府办's 通知 on the 政府工作报告目标任务和为民办实事 (附件 2018年
# 民生十件实事任务分解表; 归口对称、明晰责权、责任到人; 牵头责任单位; 年初建账、逐月查账、年底交账):
# http://www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html
# A WPS .et (Excel 97 written by LibreOffice): 附件 line, title, a two-row header with 责任分工 merged over 责任领导 /
# 牵头单位 / 配合单位 / 责任人, 完成时限 as schedule texts and month ranges, a 注 below.
LIVELIHOOD_ROWS = [
    (
        "新建改扩建城区公办幼儿园",
        "新建改扩建公办幼儿园5所，新增学位1800个",
        "副区长 马俊",
        "市教育局",
        "市自然资源和规划局",
        "郭峰",
        "3月底前完成设计，8月底前全部建成",
        "已建成3所，其余2所正在进行室内装修",
    ),
    (
        "城镇老旧小区改造提升",
        "改造老旧小区30个，惠及居民6200户",
        "副区长 陈涛",
        "市建委",
        "市城市管理局",
        "彭晓东",
        "2024年6-11月",
        "已开工28个，完工9个",
    ),
    (
        "社区嵌入式养老服务中心建设",
        "新建社区嵌入式养老服务中心10个",
        "副区长 马俊",
        "市民政局",
        "市卫生健康委员会",
        "韩梅",
        "年底前",
        "未启动",
    ),
    (
        "农村供水保障工程",
        "实施农村供水管网改造，新增受益人口3万人",
        "副区长 陈涛",
        "市水务局",
        "市自来水公司",
        "杜建军",
        "第三季度",
        "已完成，通水验收合格",
    ),
    (
        "适龄妇女“两癌”免费筛查",
        "为城乡适龄妇女免费开展“两癌”筛查2万人",
        "副区长 马俊",
        "市卫计委",
        "市妇联",
        "孔丽",
        "2024年1-12月",
        "已筛查1.2万人",
    ),
    (
        "职业技能提升行动",
        "开展职业技能培训1万人次",
        "副区长 马俊",
        "市人社局",
        "市教育局",
        "田野",
        "长期",
        "常态化推进",
    ),
    (
        "农村公路提档升级",
        "新建改造农村公路150公里",
        "副区长 陈涛",
        "市交通局",
        "各乡镇人民政府",
        "沈国庆",
        "10月底前",
        "",
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="区政府办督查科")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 20, 30, 12, 14, 16, 8, 22, 30])
    b.line(ws, 0, "附件2", 8)
    b.line(ws, 1, "2024年民生十件实事任务分解及推进情况表", 8, b.title)
    for c, word in enumerate(["序号", "实事项目", "目标任务"]):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 3, 2, 6, "责任分工", b.head)
    b.header(ws, 3, ["责任领导", "牵头单位", "配合单位", "责任人"], 3)
    ws.merge_range(2, 7, 3, 7, "完成时限", b.head)
    ws.merge_range(2, 8, 3, 8, "截至7月底推进情况", b.head)
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(LIVELIHOOD_ROWS)
    b.line(
        ws,
        end,
        "注：推进情况由牵头单位于每月25日前报区政府办督查科，责任领导、责任人变动的由继任者接续负责。",
        8,
    )
    return b.close()


def write_livelihood(path: Path) -> Path:
    return via_soffice(write_livelihood_book, path, "xls", "民生十件实事任务分解及推进情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 优化营商环境行动方案落实情况的报告, after a city's 聚焦企业关切进一步优化营商环境行动方案 (开展行政审批提速行动:
# (一)持续加大简政放权力度 … (责任单位：市行政审批局、住建局、司法局 …); 企业开办、工程建设项目审批、不动产登记):
# https://zhaoshangtong.net/policys/show-1628.html
# A .docx whose items are numbered paragraphs under 一、二、 headings, each with 牵头单位 / 配合单位 in parentheses and
# 完成时限 and 推进情况 sentences after it (one paragraph has no 推进情况); the sending unit and date at the foot.
BUSINESS_SECTIONS = [
    (
        "一、开展行政审批提速行动",
        [
            (
                "（一）压缩企业开办时间。推行营业执照、公章刻制、发票申领“一网通办”，企业开办全流程当日办结。",
                "牵头单位：市工商局；配合单位：市公安局、市税务局",
                "完成时限：2024年6月底前。",
                "推进情况：已完成，全市企业开办实现“一网通办、一日办结”。",
            ),
            (
                "（二）优化工程建设项目审批。工程建设项目审批实行“一家牵头、并联审批、限时办结”。",
                "牵头单位：市住房和城乡建设局；配合单位：市自然资源和规划局、市行政服务中心",
                "完成时限：2024年9月30日前。",
                "推进情况：正在推进，已修订审批流程图，并联审批系统正在调试。",
            ),
            (
                "（三）推行不动产登记、交易和缴税“一窗受理、并行办理”。",
                "牵头单位：市不动产登记中心；配合单位：国家税务总局濮阳市税务局、市住房和城乡建设局",
                "完成时限：2024年8月15日前。",
                "推进情况：基本完成，已在政务大厅开设综合窗口6个。",
            ),
        ],
    ),
    (
        "二、开展降本减负行动",
        [
            (
                "（四）清理规范涉企中介服务收费，公布保留的中介服务事项清单。",
                "牵头单位：市发改委；配合单位：市财政局、市市场监督管理局",
                "完成时限：7月底前。",
                "推进情况：尚未开展。",
            ),
            (
                "（五）降低企业用电报装成本，对小微企业低压接入实行“零投资”。",
                "牵头单位：市供电公司",
                "完成时限：长期坚持。",
                "推进情况：长期坚持。",
            ),
            (
                "（六）建立涉企政策兑现“免申即享”机制，政策资金直达企业账户。",
                "牵头单位：市财政局；配合单位：市工业和信息化局",
                "完成时限：年底前。",
                "",
            ),
        ],
    ),
    (
        "三、开展监管执法规范行动",
        [
            (
                "（七）规范涉企行政检查，推行跨部门“综合查一次”。",
                "牵头单位：市政府法制办公室；配合单位：各行政执法部门",
                "完成时限：2024年6月30日前。",
                "推进情况：已完成，印发年度跨部门联合检查计划。",
            ),
        ],
    ),
]


def write_business(path: Path) -> Path:
    doc = _new_document("市发改委")
    _title(doc, "关于聚焦企业关切进一步优化营商环境行动方案落实情况的报告")
    _paragraph(doc, "市优化营商环境工作领导小组：")
    _paragraph(
        doc,
        "按照《聚焦企业关切进一步优化营商环境行动方案》部署，现将各项任务截至2024年7月底的落实情况报告如下：",
    )
    for heading, items in BUSINESS_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text, units, limit, progress in items:
            _paragraph(doc, f"{text}（{units}）")
            _paragraph(doc, limit + progress)
    _paragraph(doc, "濮阳市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 群众信访举报转办和边督边改公开情况一览表, after a city's account of the 第N批 群众信访举报件 a 中央生态环境保护督察组
# handed over (来信/来电; 已交办各有关地方政府、部门; 处理和整改情况及时向社会公开; 公开情况一览表 with its batch and date):
# https://web.cmc.gcable.cn/sxxgbdst_html/app/gjsh/1780906.shtml
# An .ods (LibreOffice from an .xlsx): title, batch and 交办时间 line, one header row (受理编号 / 交办问题基本情况 /
# 行政区域 / 污染类型 / 调查核实情况 / 是否属实 / 处理和整改情况 / 责任单位 / 整改时限 / 是否办结), one 整改时限 in days
# from the batch date; a 合计 row and the office below.
PETITION_ROWS = [
    (
        "D2HA202407220011",
        "反映华龙区胜利路与京开大道交叉口夜市烧烤油烟噪声扰民",
        "华龙区",
        "大气、噪声",
        "经现场核查，夜市有露天烧烤摊点3处，夜间经营噪声较大。",
        "属实",
        "已取缔露天烧烤摊点3处，引导经营户入室经营。",
        "市城市管理局",
        "2024年7月31日",
        "已办结",
    ),
    (
        "X2HA202407220013",
        "反映濮阳县某化工企业夜间偷排废气，气味刺鼻",
        "濮阳县",
        "大气",
        "企业VOCs收集处理设施未正常运行。",
        "属实",
        "已立案调查，责令企业停产整改，正在整改。",
        "市环保局",
        "2024年8月31日",
        "阶段性办结",
    ),
    (
        "D2HA202407220015",
        "反映金堤河某段河道两岸堆放建筑垃圾",
        "濮阳县",
        "生态、固废",
        "河道两岸有建筑垃圾约800立方米。",
        "属实",
        "已清运建筑垃圾约800立方米，恢复岸坡原貌。",
        "市水务局",
        "2024年7月25日",
        "已办结",
    ),
    (
        "D2HA202407220018",
        "反映城区某商砼搅拌站粉尘污染严重",
        "华龙区",
        "大气",
        "搅拌站料场部分区域未封闭，喷淋设施不足。",
        "部分属实",
        "已下达整改通知书，企业正在安装喷淋降尘设施。",
        "市住房和城乡建设局",
        "2024年8月15日",
        "未办结",
    ),
    (
        "X2HA202407220020",
        "反映柳屯镇某生猪养殖场粪污直排沟渠",
        "清丰县",
        "水、土壤",
        "",
        "",
        "",
        "柳屯镇人民政府",
        "15日内",
        "",
    ),
    (
        "D2HA202407220022",
        "反映城区某加油站油气回收装置未正常运行",
        "华龙区",
        "大气",
        "经现场核查，油气回收装置运行正常，检测数据达标。",
        "不属实",
        "已向举报人反馈核查结果。",
        "市商务局",
        "2024年7月31日",
        "已办结",
    ),
    (
        "D2HA202407220025",
        "反映开州路某KTV夜间噪声扰民",
        "华龙区",
        "噪声",
        "该KTV隔音设施老化，夜间噪声超标。",
        "属实",
        "尚未处理。",
        "市公安局",
        "2024年7月29日",
        "未办结",
    ),
]


def write_petition_book(path: Path) -> Path:
    b = Book(path, author="督察迎检办")
    ws = b.sheet("第三批")
    b.widths(ws, [6, 20, 36, 10, 12, 32, 10, 32, 18, 14, 12])
    b.line(ws, 0, "群众信访举报转办和边督边改公开情况一览表", 10, b.title)
    b.line(ws, 1, "（第三批  交办时间：2024年7月22日）", 10)
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
            "是否办结",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(PETITION_ROWS)
    b.row(ws, end, ["合计", "", f"本批交办{len(PETITION_ROWS)}件", "", "", "", "", "", "", "", ""])
    b.line(ws, end + 1, "市生态环境保护督察迎检工作领导小组办公室        2024年7月30日", 10, b.right)
    return b.close()


def write_petition(path: Path) -> Path:
    via_soffice(write_petition_book, path, "ods", "群众信访举报转办和边督边改公开情况一览表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. “710”政务督办系统交办事项办理情况通报, after a district 政府办's monthly 通报 (运用“710”政务督办系统交办工作任务N项,
# 按期办结N项、按期办结率; 办结销号; “12345”民生服务热线情况; 政府门户网站信息报送情况; 下一步要求):
# https://xncz.gov.cn/info/3937/174342.htm
# A .wps (Word 97 via LibreOffice): 通报 title and addressees, a table of the 督办事项 with 交办日期 and 办理时限 in working
# days from it (one 立行立改), 是否按期办结; then the 12345 and website paragraphs, which are not items.
SUPERVISE_ROWS = [
    ("2024年7月1日", "督促修补城区主干道破损路面", "10个工作日", "市城管局", "已办结，修补坑槽46处", "是"),
    (
        "2024年7月3日",
        "开展夏季防汛物资储备检查",
        "立行立改",
        "市安监局",
        "已完成检查，补充储备编织袋5000条",
        "是",
    ),
    (
        "2024年7月8日",
        "推进城区农贸市场升级改造",
        "2024年9月30日前",
        "市商务局",
        "正在推进，2个市场已完成主体改造",
        "—",
    ),
    ("2024年7月10日", "整治中心城区违规设置户外广告", "15个工作日", "市城市管理局", "逾期未办结", "否"),
    (
        "2024年7月12日",
        "督办企业职工养老保险待遇核定积压件",
        "5个工作日",
        "市人力资源和社会保障局",
        "已办结",
        "是",
    ),
    ("2024年7月15日", "核查学校周边食品摊贩无证经营问题", "20个工作日", "市食药监局", "", ""),
    (
        "2024年7月18日",
        "督促公共资源交易平台电子保函上线运行",
        "2024年8月底前",
        "市公共资源交易中心",
        "系统已完成测试，待正式上线",
        "—",
    ),
    (
        "2024年7月22日",
        "推动城区公共充电桩建设",
        "年底前",
        "供电公司",
        "已建成充电桩120个，剩余80个正在施工",
        "—",
    ),
]


def write_supervise_docx(path: Path) -> Path:
    doc = _new_document("区政府办督查室")
    _title(doc, "关于2024年7月份“710”政务督办系统运行情况的通报", 20)
    _paragraph(doc, "各镇人民政府、街道办事处，区政府各部门：")
    _paragraph(
        doc,
        "现将2024年7月份“710”政务督办系统交办事项办理情况、“12345”民生服务热线情况通报如下：",
    )
    _paragraph(doc, "一、“710”政务督办系统交办事项办理情况", 16, "黑体")
    header = ["序号", "交办日期", "督办事项", "办理时限", "承办单位", "办理情况", "是否按期办结"]
    _table(doc, header, [[str(i), *row] for i, row in enumerate(SUPERVISE_ROWS, 1)])
    _paragraph(doc, "二、“12345”民生服务热线情况", 16, "黑体")
    _paragraph(
        doc,
        "7月份“12345”民生服务热线共转办工单1164件，办结1164件，办结率100%。部分单位回复不及时，延期工单较多。",
    )
    _paragraph(doc, "三、政府门户网站信息报送情况", 16, "黑体")
    _paragraph(doc, "7月份各单位累计报送信息572条，采纳发布226条，采发率40%。")
    _paragraph(
        doc,
        "请各单位高度重视督办事项，及时签收、按期办结、及时回复；确需延期的，提前说明情况并申请延期。",
    )
    _paragraph(doc, "区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_docx, path, "doc", "“710”政务督办系统运行情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 河长制湖长制督办事项办理情况反馈表 from two towns, after a city's 河长制湖长制工作督办制度 (督办事项、督办单、限期
# 办结并书面反馈督办落实情况、逾期未办结的通报; with the 会议、信息、考核问责、督察 制度 beside it):
# http://54459-www.pxf.gov.cn/zw/zfwk/pfbf/201905/t20190530_1831202.html
# A .zip of two .xlsx returns: the first names its 填报单位 in a line above the header, the second only in its title and
# file name; the rows of both name only sections inside the town (责任站所); a 督办日期 line gives the base of 立行立改.
RIVER_RETURNS = [
    (
        "岳村镇河长制湖长制督办事项办理情况反馈表.xlsx",
        "河长制湖长制督办事项办理情况反馈表",
        "填报单位：岳村镇人民政府（盖章）        督办日期：2024年7月5日",
        [
            (
                "HZB〔2024〕17-1",
                "马颊河",
                "马颊河岳村段河道内漂浮垃圾未及时清理",
                "2024年7月10日",
                "已清理完毕",
                "镇环卫所",
                "是",
            ),
            (
                "HZB〔2024〕17-2",
                "第三濮清南干渠",
                "第三濮清南干渠左岸管理范围内违规种植农作物",
                "2024年8月20日",
                "已约谈种植户，正在清除",
                "镇农业服务中心",
                "否",
            ),
            (
                "HZB〔2024〕17-3",
                "潴龙河",
                "潴龙河支沟生活污水直排口1处",
                "2024年9月30日",
                "未整改",
                "镇村镇建设办",
                "否",
            ),
            (
                "HZB〔2024〕17-4",
                "全镇",
                "村级河长巡河记录不全",
                "立行立改",
                "已补齐巡河记录，纳入月度考核",
                "镇河长办",
                "是",
            ),
        ],
    ),
    (
        "孟轲乡河长制督办事项办理情况.xlsx",
        "孟轲乡人民政府河长制湖长制督办事项办理情况反馈表",
        "",
        [
            (
                "HZB〔2024〕18-1",
                "金堤河",
                "金堤河孟轲段岸坡乱堆砂石料",
                "2024.7.25",
                "已清运砂石料约300立方米",
                "乡综合执法队",
                "已销号",
            ),
            (
                "HZB〔2024〕18-2",
                "回木沟",
                "回木沟沟渠淤塞行洪不畅",
                "8月15日前",
                "已完成清淤1.2公里，剩余0.5公里正在清淤",
                "乡水利站",
                "否",
            ),
            (
                "HZB〔2024〕18-3",
                "金堤河",
                "河道管理范围内新建临时彩钢板房",
                "2024年7月31日",
                "",
                "乡综合执法队",
                "",
            ),
            (
                "HZB〔2024〕18-4",
                "全乡",
                "河长公示牌信息未及时更新",
                "2024年7月20日",
                "已更新公示牌12块",
                "乡河长办",
                "是",
            ),
        ],
    ),
]


def write_river_book(path: Path, title: str, preamble: str, rows: list[tuple]) -> Path:
    b = Book(path)
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 18, 14, 36, 16, 30, 16, 10])
    b.line(ws, 0, title, 7, b.title)
    r = 1
    if preamble:
        b.line(ws, r, preamble, 7)
        r += 1
    b.header(
        ws, r, ["序号", "督办单编号", "河湖名称", "督办问题", "整改时限", "办理情况", "责任站所", "是否销号"]
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, r + i, [i, *row])
    end = r + 1 + len(rows)
    b.line(ws, end + 1, "分管领导：            填表人：            联系电话：            2024年7月30日", 7)
    return b.close()


def write_river(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, title, preamble, rows in RIVER_RETURNS:
            member = write_river_book(Path(tmp) / name, title, preamble, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 自查发现问题整改情况的报告 of a town, after a town's 查改结合 account (交叉检查, 全走访、全检查、全覆盖; 逐户走访
# 发现的问题汇总, 6项32个问题形成专项整改清单; 点对点反馈、面对面交办; 对未及时整改的通报约谈):
# https://twgreatdaily.com/zh-tw/n6nRlG8BxtCz63RL7S0W.html
# A .doc (Word 97 via LibreOffice): the town names itself in the title and at the foot; the items are numbered
# paragraphs naming only the town's own offices (责任部门), each with 整改时限 and 整改情况 sentences (one without).
SELF_ITEMS = [
    (
        "部分脱贫户“两不愁三保障”档案资料更新不及时",
        "乡村振兴办",
        "2024年6月底前",
        "已完成，逐户更新档案资料。",
    ),
    ("个别监测户帮扶措施落实不到位", "乡村振兴办", "2024年8月31日", "正在整改，已逐户制定帮扶计划。"),
    ("农村饮水安全设施维护不及时，部分管网漏水", "农业服务中心", "7月20日前", "已维修管网漏点6处，已整改。"),
    ("残疾人两项补贴发放存在漏发", "民政所", "2024年7月31日前", "未整改。"),
    ("产业扶贫项目资产管护责任未明确", "财政所", "年底前", ""),
    ("防返贫动态监测排查不够全面", "乡村振兴办", "长期坚持", "常态化推进。"),
    ("危房改造户入住率偏低", "社会事务办", "2024年9月30日前", "已动员8户入住，其余3户正在做工作。"),
]


def write_self_docx(path: Path) -> Path:
    doc = _new_document("柳屯镇党政办")
    _title(doc, "柳屯镇关于巩固拓展脱贫攻坚成果自查发现问题整改情况的报告", 20)
    _paragraph(doc, "县乡村振兴局：")
    _paragraph(
        doc,
        "按照全县巩固拓展脱贫攻坚成果自查工作部署，我镇组织7个检查组对17个村开展交叉检查，实现全走访、全检查、"
        "全覆盖，共梳理问题7项，形成专项整改清单。现将整改情况报告如下：",
    )
    for i, (text, office, limit, progress) in enumerate(SELF_ITEMS, 1):
        line = f"{i}.{text}。责任部门：{office}。整改时限：{limit}。"
        if progress:
            line += f"整改情况：{progress}"
        _paragraph(doc, line)
    _paragraph(doc, "下一步，镇督查组将对照问题清单随机抽查，对未及时整改的进行通报约谈。")
    _paragraph(doc, "柳屯镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self(path: Path) -> Path:
    return via_soffice(write_self_docx, path, "doc", "柳屯镇自查发现问题整改情况的报告.docx")


FILES = [
    ("市发改委党组巡察反馈意见整改落实情况台账.docx", write_patrol),
    ("2023年度审计查出问题整改情况表.xlsx", write_audit),
    ("市级挂牌督办重大事故隐患整改单位名单.xls", write_hazard),
    ("2024年7月份12345政府热线工单办理情况明细.csv", write_hotline),
    ("市十届人大三次会议代表建议办理情况汇总表.xlsx", write_npc),
    ("2024年民生十件实事任务分解及推进情况表.et", write_livelihood),
    ("优化营商环境行动方案落实情况的报告.docx", write_business),
    ("群众信访举报转办和边督边改公开情况一览表（第三批）.ods", write_petition),
    ("7月份“710”政务督办系统运行情况通报.wps", write_supervise),
    ("河长制湖长制督办事项办理情况反馈（两个乡镇）.zip", write_river),
    ("柳屯镇自查发现问题整改情况的报告.doc", write_self),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

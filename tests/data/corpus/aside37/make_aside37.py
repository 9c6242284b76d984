"""Write the aside37 returns: twelve files laid out after twelve public sources, cited beside each layout below.

Forms: .xlsx (four, two more inside the zip as .xlsx and .docx), .xls (xlwt), .ods and .et (LibreOffice
conversions), a CSV in GBK, a .docx with a two-row header table, a .doc whose items are numbered paragraphs, a
.wps (Word 97 via LibreOffice) and a .zip holding two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside37.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _table_two_row_header(doc, top: list[tuple[str, int]], sub: list[str], rows: list[list[str]], size=10.5):
    """A Word table whose header takes two rows: `top` holds (word, span); a span of 1 is merged downwards."""
    width = sum(span for _, span in top)
    table = doc.add_table(rows=2 + len(rows), cols=width)
    table.style = "Table Grid"
    c = 0
    subs = iter(sub)
    for word, span in top:
        if span == 1:
            merged = table.cell(0, c).merge(table.cell(1, c))
            _cell_text(merged, word, size, bold=True)
        else:
            merged = table.cell(0, c).merge(table.cell(0, c + span - 1))
            _cell_text(merged, word, size, bold=True)
            for k in range(span):
                _cell_text(table.cell(1, c + k), next(subs), size, bold=True)
        c += span
    for r, values in enumerate(rows, start=2):
        for k, v in enumerate(values):
            _cell_text(table.cell(r, k), v, size)
    return table


# ---------------------------------------------------------------------------------------------
# 1. 医疗质量控制检查问题整改情况, after a hospital quality-control system's export of the 整改情况 form (its columns
# 科室 / 用户时间 / 整改情况, with the 措施 form beside it):
# https://github.com/thegodofmuse/CodeForQualityControlSystem/blob/240f441f8dcfb8b00b48266f3183de0addd2e7f0/QualityControlSystem/login/src/main/java/com/example/qualitycontrolsystem/login/entity/clinic_form_entity/QcRectificationSituation.java
# An .xlsx exported by the hospital: the hospital is named only in the title and the file name, the rows name its
# 科室; 用户时间 is the time the 科室 entered its line (an event); no deadline column at all.
QC_ROWS = [
    (
        "心血管内科",
        "部分运行病历上级医师查房记录未按时完成",
        "科主任每周抽查运行病历并在科务会通报",
        "已整改，7月抽查查房记录均按时完成",
        datetime(2024, 7, 29, 9, 12),
    ),
    (
        "普外科",
        "手术安全核查表术者签名缺项",
        "巡回护士核对签名后方可送患者离室",
        "正在整改，已组织手术安全核查专题培训",
        datetime(2024, 7, 29, 10, 3),
    ),
    (
        "药剂科",
        "门诊处方点评比例低于规定要求",
        "增配临床药师，按月开展处方点评",
        "",
        datetime(2024, 7, 29, 10, 41),
    ),
    (
        "检验科",
        "危急值报告登记本缺少接听人员签名",
        "启用信息系统危急值闭环管理",
        "已完成，危急值已全部通过信息系统闭环登记",
        datetime(2024, 7, 29, 14, 20),
    ),
    (
        "医院感染管理科",
        "重点部门医务人员手卫生依从率未达到目标值",
        "开展手卫生专项督查并纳入科室考核",
        "长期坚持，每月开展手卫生依从性督查",
        datetime(2024, 7, 30, 8, 55),
    ),
    (
        "急诊科",
        "抢救室抢救记录补记不及时",
        "明确抢救结束后据实补记的要求",
        "未整改",
        datetime(2024, 7, 30, 9, 37),
    ),
    (
        "病案管理科",
        "出院病历归档率偏低",
        "实行病历归档情况每日通报",
        "部分完成，出院病历归档率已提升至85%",
        datetime(2024, 7, 30, 11, 2),
    ),
]


def write_qc(path: Path) -> Path:
    b = Book(path, author="质控办")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 36, 32, 36, 18])
    b.line(ws, 0, "濮阳市第五人民医院医疗质量控制检查问题整改情况", 5, b.title)
    b.line(ws, 1, "检查月份：2024年6月    导出时间：2024-07-30 16:20", 5)
    b.header(ws, 2, ["序号", "科室", "检查发现问题", "措施", "整改情况", "用户时间"])
    for i, row in enumerate(QC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 火灾隐患单位检查情况, after a regional 消防救援总队's account of a week of checks (检查组, 检查单位N家, 发现火灾隐患
# N处, 当场整改N处; each unit with its 隐患 and the measure taken: 责令限期整改 or 临时查封):
# http://www.minqi.cn/redian/2022/0228/1557.html
# A CSV in GBK: a title line, one header line with the 检查单位 (the inspector) beside the unit, 检查日期 an event,
# one 整改期限 of 立行立改 (the 检查日期), a closing 合计 line.
FIRE_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区鑫香苑早茶牛肉面馆",
        "一层西侧安全出口疏散指示标志损坏",
        "责令限期改正",
        "华龙区消防救援大队",
        "2024-07-15",
        "2024-07-25",
        "已整改，复查合格",
    ),
    (
        "华龙区",
        "濮阳市盛夏星空音乐会所",
        "堵塞疏散通道，防火门闭门器损坏",
        "责令限期改正",
        "华龙区消防救援大队",
        "2024-07-16",
        "2024-07-31",
        "正在整改，闭门器已更换",
    ),
    (
        "濮阳县",
        "濮阳县聚仙阁餐饮有限公司",
        "宴会厅顶棚采用易燃材料装修",
        "临时查封",
        "濮阳县消防救援大队",
        "2024-07-18",
        "2024-08-18",
        "查封期间正在拆除易燃装修材料",
    ),
    (
        "清丰县",
        "清丰县华府大酒店有限公司",
        "消防控制室多处火警信息未及时处理",
        "责令改正",
        "清丰县消防救援大队",
        "2024-07-19",
        "立行立改",
        "已当场改正",
    ),
    (
        "南乐县",
        "南乐县惠民购物广场有限公司",
        "室内消火栓被货架遮挡",
        "责令限期改正",
        "南乐县消防救援大队",
        "2024-07-22",
        "2024-07-29",
        "未整改",
    ),
    (
        "范县",
        "范县明珠宾馆有限公司",
        "客房楼层部分灭火器压力不足",
        "责令限期改正",
        "范县消防救援大队",
        "2024-07-23",
        "2024-08-02",
        "",
    ),
    (
        "台前县",
        "台前县星河网络会所",
        "窗户安装固定式封闭防盗栅栏",
        "责令限期改正",
        "台前县消防救援大队",
        "2024-07-24",
        "2024-08-08",
        "已拆除临街一侧栅栏，其余正在拆除",
    ),
]


def write_fire(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市消防安全检查火灾隐患单位整改情况（7月15日—7月26日）"])
    w.writerow(
        [
            "序号",
            "县区",
            "单位名称",
            "检查发现的火灾隐患",
            "处理措施",
            "检查单位",
            "检查日期",
            "整改期限",
            "复查情况",
        ]
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共检查单位46家，发现火灾隐患52处，当场整改38处", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 小型病险水库安全检查问题清单及整改台账, after a 水利局's 小型病险水库安全检查专项行动 (逐库检查责任制、空库运行或
# 限制运用措施、应急预案演练、在建工程质量安全; 建立问题清单及整改台帐, 明确整改责任单位和责任人, 闭环管理):
# http://m.zuiguai.cn/detail.asp?id=185
# A .docx: title, 填报单位 line, a phase paragraph, one table whose header takes two rows (整改责任 over 责任单位 and
# 责任人), a schedule text as one deadline, a former name (市水务局) as one unit, a signature line.
RES_ROWS = [
    (
        "后寨水库",
        "渠村乡",
        "放水涵管启闭设施老化，无法正常启闭",
        "渠村乡人民政府",
        "李建国",
        "2024年8月底前",
        "已完成启闭机更换，经验收合格",
    ),
    (
        "西辛庄水库",
        "海通乡",
        "空库运行措施未落实，汛期违规蓄水",
        "海通乡人民政府",
        "王保民",
        "2024年7月10日",
        "已完成，已按要求放空库容",
    ),
    (
        "张堤水库",
        "郎中乡",
        "溢洪道未实施整治，泄洪时存在冲刷坝体隐患",
        "市水务局",
        "赵永刚",
        "7月底前完成设计，10月底前完成整治",
        "设计已完成，正在招标",
    ),
    (
        "杨庄水库",
        "五星乡",
        "水库防汛应急预案未开展演练",
        "五星乡人民政府",
        "孙红旗",
        "2024年7月20日",
        "未整改",
    ),
    (
        "毛寨水库",
        "习城乡",
        "坝坡杂草树木丛生，影响巡查",
        "习城乡人民政府",
        "刘德胜",
        "2024年8月15日",
        "正在组织人员清理",
    ),
    (
        "龙王庄水库",
        "梁庄镇",
        "水位观测设施损坏，缺少雨量监测设施",
        "濮阳县水利局",
        "陈立新",
        "2024年第三季度",
        "",
    ),
    (
        "徐镇水库",
        "徐镇镇",
        "在建除险加固工程质量安全资料不全",
        "徐镇镇人民政府",
        "周建华",
        "2024年9月15日前",
        "已补齐施工日志和隐蔽工程验收资料，待复核",
    ),
]


def write_reservoir(path: Path) -> Path:
    doc = _new_document("水管股")
    _title(doc, "小型病险水库安全检查问题清单及整改台账")
    _paragraph(doc, "填报单位：濮阳县水利局    填报日期：2024年7月30日", 12)
    _paragraph(
        doc,
        "按照小型病险水库安全检查专项行动安排，各乡镇逐库开展自查，县水利局组织抽查，"
        "对发现的问题建立问题清单及整改台账，明确整改责任单位和责任人，实行闭环管理。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(RES_ROWS, 1)]
    _table_two_row_header(
        doc,
        [
            ("序号", 1),
            ("水库名称", 1),
            ("所在乡镇", 1),
            ("存在问题", 1),
            ("整改责任", 2),
            ("整改时限", 1),
            ("整改进展", 1),
        ],
        ["责任单位", "责任人"],
        body,
    )
    _paragraph(doc, "填表人：韩雪    审核人：杜国强    联系电话：0393-3211865", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 落实巡察反馈意见整改台账, after a university 党委巡察组's 反馈 to a 学院党委 (照单全收; 整改方案; 建立问题清单、
# 责任清单、时限清单, 明确整改时限和责任人; 集中整改与长效机制):
# https://www7.zzu.edu.cn/xjy/info/1048/2887.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, a header of two rows (问题清单 / 责任清单 / 时限清单 over their
# columns), the rows naming the college's own offices; dates as text (2024.7.15, 6月30日前完成, 7月底前).
TOUR_ROWS = [
    (
        "落实意识形态工作责任制不够到位，对教材选用审核把关不严",
        "王志强",
        "党委宣传部、教务处",
        "2024.7.15",
        "修订教材选用管理办法，开展教材专项排查",
        "已完成，管理办法已印发",
    ),
    (
        "科研经费报销审核不严，存在跨年度集中报销",
        "刘红梅",
        "财务处",
        "2024年9月底前",
        "开展科研经费专项清理",
        "推进中，已清理科研项目32个",
    ),
    (
        "基层党支部“三会一课”记录不规范",
        "张卫东",
        "组织人事处",
        "6月30日前完成",
        "开展支部工作手册专项检查",
        "已整改",
    ),
    (
        "公务接待审批单填写不完整",
        "李明",
        "党政办公室",
        "2024年8月31日",
        "规范公务接待审批流程",
        "",
    ),
    (
        "实验室危险化学品管理台账更新不及时",
        "赵刚",
        "资产管理处",
        "7月底前",
        "建立危险化学品信息化台账",
        "基本完成，剩余2个实验室正在录入",
    ),
    (
        "对巡察反馈问题举一反三、建章立制不够",
        "王志强",
        "纪委办公室",
        "长期坚持",
        "建立整改常态化监督机制",
        "长期坚持",
    ),
    (
        "学生宿舍维修报修响应慢",
        "周涛",
        "后勤管理处",
        "2024年10月底前",
        "上线宿舍维修报修平台",
        "未启动",
    ),
]


def write_tour_book(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 18, 16, 32, 30])
    b.line(ws, 0, "濮阳职业技术学院落实市委第三巡察组反馈意见整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳职业技术学院    填报时间：2024.7.30", 6)
    b.merge(ws, 2, 0, 2, 1, "问题清单", b.head)
    b.merge(ws, 2, 2, 2, 3, "责任清单", b.head)
    b.merge(ws, 2, 4, 2, 4, "时限清单", b.head)
    b.merge(ws, 2, 5, 3, 5, "整改措施", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改进展", b.head)
    b.header(ws, 3, ["序号", "巡察反馈问题", "责任校领导", "责任部门", "整改时限"])
    for i, row in enumerate(TOUR_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(TOUR_ROWS), "联系人：吴晓燕    联系电话：0393-4451207", 6)
    return b.close()


def write_tour(path: Path) -> Path:
    via_soffice(write_tour_book, path, "ods", "巡察反馈意见整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 作风建设查摆问题整改台账, after a report on the 中央八项规定精神学习教育 in several provinces (逐项制定整改措施,
# 建立整改台账; 立行立改 of small cases such as 精简文件, 违规借调干部; 集中整治; 常态化、长效化):
# http://www.crntt.hk/doc/7_0_107085089_1.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line with the 查摆 date (the base of 立行立改), one header row
# with 整改方式 and the 责任科室 of the sending bureau, a schedule text, a 长期坚持 row, a signature line.
STYLE_ROWS = [
    (
        "文风会风",
        "年度发文计划外临时性配套发文偏多",
        "推行年度发文计划和发文立项赋码",
        "集中整治",
        "办公室",
        "9月底前完成制度建设，年底前全面落实",
        "已出台发文立项办法，正在试行",
    ),
    (
        "违规借调",
        "从下属单位借调工作人员未履行审批手续",
        "清理借调人员，逐人办理退回",
        "立行立改",
        "人事科",
        "立行立改",
        "已全部退回原单位",
    ),
    (
        "服务群众",
        "社保经办窗口午间休息时段无人值守",
        "推行午间轮班延时服务",
        "立行立改",
        "社会保险经办科",
        "立行立改",
        "已整改，7月1日起实行午间轮班",
    ),
    (
        "调查研究",
        "调研报告照搬基层材料，问题剖析不深",
        "规范调研选题和成果转化",
        "集中整治",
        "政策法规科",
        "2024年8月31日前",
        "正在修订调研工作办法",
    ),
    (
        "督查检查考核",
        "对县区就业工作督导检查频次过多",
        "合并同类检查事项，实行清单管理",
        "集中整治",
        "就业促进科",
        "8月底前",
        "未整改",
    ),
    (
        "公务用车",
        "公务用车使用登记不完整",
        "完善用车登记和行车轨迹核对",
        "立行立改",
        "办公室",
        "立行立改",
        "",
    ),
    (
        "长效机制",
        "作风建设责任制落实存在层层递减现象",
        "建立作风建设常态化监督机制",
        "长效机制",
        "机关党委",
        "长期坚持",
        "常态化推进",
    ),
]


def write_style_book(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 34, 28, 10, 14, 26, 28])
    b.line(ws, 0, "市人社局深入贯彻中央八项规定精神学习教育查摆问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：市人社局    问题查摆日期：2024年6月28日    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "问题类别", "查摆问题", "整改措施", "整改方式", "责任科室", "整改时限", "整改情况"],
    )
    for i, row in enumerate(STYLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STYLE_ROWS), "分管领导：            填表人：高建    联系电话：0393-8180325", 7)
    return b.close()


def write_style(path: Path) -> Path:
    return via_soffice(write_style_book, path, "xls", "查摆问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 暑期文化和旅游领域暗访发现问题整改台账, after the 文化和旅游部's 通报 of its summer 暗访 (经营场所消防器材设施损坏或
# 配备不足; 封堵或者锁闭安全通道; 旅游景区景点设施维护管理不到位; 涉水旅游项目救生器材; 网吧违规接纳未成年人;
# 旅游大巴司机违章驾驶):
# http://www.gdmsci.cn/article/NJ4xKoI97zcY.html
# An .xlsx: title, 填报单位 line, a header of two rows with 整改情况 over 已整改 / 整改中 / 未整改 ticked with √, two
# former names (市旅游局, 市文广新局) as units, a 合计 row, a 填表说明 and a signature line.
CULT_ROWS = [
    (
        "消防器材",
        "濮阳市戚城景区",
        "游客中心部分灭火器压力不足，缺乏维保记录",
        "市旅游局",
        "2024年7月20日",
        "已整改",
    ),
    (
        "安全通道",
        "华龙区星空KTV",
        "安全出口外侧火灾报警控制器损坏",
        "华龙区文化广电和旅游局",
        "2024年7月25日",
        "整改中",
    ),
    (
        "安全通道",
        "濮阳县逗鱼电竞馆",
        "安全通道被电动车、自行车等杂物占用",
        "濮阳县文化广电和旅游局",
        "2024年7月18日",
        "已整改",
    ),
    (
        "景区设施",
        "清丰县单拐革命旧址景区",
        "假山步道悬空桥段桥板空缺，未设置隔离设施和警示标志",
        "清丰县文化广电和旅游局",
        "2024年8月10日",
        "未整改",
    ),
    (
        "涉水项目",
        "濮阳绿色庄园漂流项目",
        "漂流项目救生衣配备数量不足",
        "市文广新局",
        "2024年7月22日",
        "已整改",
    ),
    (
        "市场秩序",
        "南乐县极速网吧",
        "违规接纳未成年人上网，未核对上网消费者身份证件",
        "南乐县文化广电和旅游局",
        "2024年8月5日",
        "",
    ),
    (
        "旅游交通",
        "濮阳市旅游客运有限公司",
        "旅游大巴司机行车中接打手机",
        "市文化广电和旅游局",
        "2024年8月31日",
        "整改中",
    ),
]
CULT_STATES = ["已整改", "整改中", "未整改"]


def write_cult(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 22, 40, 22, 16, 8, 8, 8])
    b.line(ws, 0, "暑期文化和旅游领域安全生产和市场秩序暗访发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市文化广电和旅游局    填报日期：2024年7月31日", 8)
    for c, word in enumerate(["序号", "问题类型", "经营场所", "暗访发现问题", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, CULT_STATES, first=6)
    for i, row in enumerate(CULT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        for k, state in enumerate(CULT_STATES):
            b.put(ws, r, 6 + k, "√" if row[5] == state else "", b.center)
    total = 4 + len(CULT_ROWS)
    b.merge(ws, total, 0, total, 2, "合计", b.center)
    b.put(ws, total, 3, "暗访发现问题7个", b.cell)
    b.put(ws, total, 4, "", b.cell)
    b.put(ws, total, 5, "", b.cell)
    for k, state in enumerate(CULT_STATES):
        b.put(ws, total, 6 + k, sum(1 for row in CULT_ROWS if row[5] == state), b.center)
    b.line(ws, total + 2, "填表说明：1.整改情况在对应栏内打“√”；2.整改时限以暗访通报要求为准。", 8)
    b.line(ws, total + 3, "填表人：冯丽    审核人：袁志华    联系电话：0393-8996017", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 燃气安全检查限期整改问题整改情况, after a city 住建局's account of its 燃气安全生产综合检查 (对发现的问题逐一列表
# 登记，限期进行整改落实; 下达限期整改告知书; 回头看，逐站逐项检查整改落实情况; 二次整改仍达不到要求的收回许可):
# http://www.studioretreats.com/zhxw/20224.html
# A .zip holding two companies' returns: an .xlsx (告知书 date in the preamble, 15个工作日内 counted from it, the
# company's own departments, a 回头看复查 column) and a .docx with a table (报送单位 line, 复查情况 column).
GAS_A_ROWS = [
    ("城东门站加臭装置运行记录不完整", "生产运行部", "15个工作日内", "已整改", "复查合格"),
    (
        "部分餐饮用户燃气软管超过2米且穿墙敷设",
        "客户服务中心",
        "2024年8月30日",
        "正在逐户整改，已完成62户",
        "",
    ),
    (
        "瓶装液化气供应站钢瓶充装记录缺失",
        "液化气分公司",
        "15个工作日内",
        "已补录部分充装记录",
        "复查不合格，继续整改",
    ),
    ("老旧小区庭院管网阴极保护测试桩损坏", "管网运营部", "2024年10月31日", "未整改", ""),
]
GAS_B_ROWS = [
    ["1", "调压站消防器材过期未更换", "安全管理部", "2024年7月15日", "已更换全部灭火器", "已复查"],
    ["2", "燃气泄漏报警器未与紧急切断阀联动", "工程技术部", "2024年8月20日", "正在调试联动装置", ""],
    ["3", "居民用户入户安检进度滞后于年度计划", "客户服务部", "年底前", "", ""],
    ["4", "应急抢修队伍演练记录缺失", "抢修中心", "2024年7月10日", "已开展应急演练并建档", "复查合格"],
]


def write_gas_a(path: Path) -> Path:
    b = Book(path, author="安全部")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 40, 16, 16, 28, 20])
    b.line(ws, 0, "城镇燃气安全检查限期整改告知书问题整改情况", 5, b.title)
    b.line(ws, 1, "填报单位：市燃气公司    告知书下达日期：2024年7月5日", 5)
    b.header(ws, 2, ["序号", "检查发现问题", "责任部门", "整改期限", "整改情况", "回头看复查"])
    for i, row in enumerate(GAS_A_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(GAS_A_ROWS), "注：整改期限自告知书下达之日起计算。", 5)
    b.line(ws, 5 + len(GAS_A_ROWS), "负责人：郑海涛    填表人：胡晓    联系电话：0393-4412119", 5)
    return b.close()


def write_gas_b(path: Path) -> Path:
    doc = _new_document("豫通燃气")
    _title(doc, "燃气安全检查问题整改情况报告表", 18)
    _paragraph(doc, "报送单位：濮阳县豫通燃气有限公司    报送日期：2024年7月29日", 12)
    _table(doc, ["序号", "存在问题", "整改责任部门", "整改时限", "整改完成情况", "复查情况"], GAS_B_ROWS)
    _paragraph(doc, "单位负责人（签字）：            联系电话：0393-3306118", 12)
    return _save_fixed(doc, path)


def write_gas(path: Path) -> Path:
    members = [
        ("燃气安全检查整改情况（市燃气公司）.xlsx", write_gas_a),
        ("燃气安全检查整改情况报告表（豫通燃气）.docx", write_gas_b),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 农村公路桥梁安全隐患排查整治台账, after a county 公路事业发展中心's 农村公路桥梁安全隐患排查 (路面坑槽、路基塌陷、
# 边沟堵塞、护栏损坏; 临水临崖、急弯陡坡; 详细记录存在的问题, 现场制定整改方案, 明确责任人和整改期限):
# http://ycyzwb.net/news_show.asp?id=32580
# A .wps (Word 97 via LibreOffice): title, 排查单位 line (the inspectors), one wide table with 责任单位 and 责任人,
# dates as text (8月10日前, 2024.8.20, 6月30日前完成), a 填表说明 giving the year, a signature line.
ROAD_ROWS = [
    [
        "王称堌至文留公路",
        "K5+300",
        "路面",
        "路面坑槽连片，面积约40平方米",
        "铣刨重铺",
        "濮阳县农村公路管理所",
        "马俊杰",
        "8月10日前",
        "已完成铣刨重铺",
    ],
    [
        "庆祖镇西辛庄桥",
        "—",
        "桥梁",
        "桥梁护栏撞损，缺失约12米",
        "修复护栏",
        "庆祖镇人民政府",
        "张振华",
        "2024.8.20",
        "已完成材料采购，正在安装",
    ],
    [
        "八公桥至渠村公路",
        "K12+100",
        "路基",
        "路基局部塌陷，边沟堵塞",
        "回填压实，清理边沟",
        "市交通局",
        "杨帆",
        "2024年第三季度",
        "未启动",
    ],
    [
        "户部寨镇村道",
        "K1+800",
        "临水临崖",
        "临水路段缺少警示桩和示警墩",
        "增设示警墩",
        "户部寨镇人民政府",
        "李红军",
        "7月底前",
        "已整改",
    ],
    [
        "子岸镇南环路",
        "K0+600",
        "急弯陡坡",
        "急弯处缺少凸面镜和减速标线",
        "增设凸面镜、减速标线",
        "子岸镇人民政府",
        "郭晓东",
        "6月30日前完成",
        "",
    ],
    [
        "白堽乡东桥",
        "—",
        "桥梁",
        "桥面伸缩缝破损，桥头跳车明显",
        "更换伸缩缝",
        "濮阳县农村公路管理所",
        "马俊杰",
        "2024年9月底前",
        "正在编制维修方案",
    ],
    [
        "鲁河镇至岳村公路",
        "K8+200",
        "排水",
        "边沟淤塞，雨后路面积水",
        "清淤疏通",
        "鲁河镇人民政府",
        "宋建设",
        "2024年7月25日",
        "已清淤疏通完毕，经复查合格",
    ],
]


def write_road_docx(path: Path) -> Path:
    doc = _new_document("养护股")
    _title(doc, "农村公路桥梁安全隐患排查整治台账")
    _paragraph(
        doc,
        "排查单位：濮阳县交通运输局、濮阳县农村公路管理所    排查时间：2024年6月3日至6月7日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ROAD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "路线名称",
            "位置（桩号）",
            "隐患类型",
            "隐患描述",
            "整改方案",
            "责任单位",
            "责任人",
            "整改期限",
            "整改进展",
        ],
        body,
        9,
    )
    _paragraph(doc, "填表说明：整改期限未注明年份的，均为2024年。", 12)
    _paragraph(doc, "填表人：侯磊    联系电话：0393-3265810    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_road(path: Path) -> Path:
    return via_soffice(write_road_docx, path, "doc", "农村公路桥梁安全隐患排查整治台账.docx")


# ---------------------------------------------------------------------------------------------
# 9. 卫片执法图斑核查整改情况表, after a county's 自然资源卫片执法工作方案 (图斑以表格+影像形式下发至农业农村局和
# 各乡镇; 核查并上报核查状况; 违法占用耕地、挖湖造景、越界开采; 月清、季核; 消除违法用地状态):
# https://www.wnwk.com/doc/563847.html
# An .xlsx: title, 填报单位 line with the 图斑下发日期 (an event), one wide header row (图斑编号, 图斑面积, 核查结果),
# two former names (市农业局, 市国土资源局) as units, a 是否销号 column, a 合计 row summing the areas.
SAT_ROWS = [
    (
        "410922202405001",
        "韩村镇",
        "西街村",
        3.26,
        "违法",
        "未经批准占用耕地建设彩钢结构厂房",
        "韩村镇人民政府",
        "拆除复耕",
        "2024年7月15日",
        "已拆除复耕",
        "是",
    ),
    (
        "410922202405002",
        "马庄桥镇",
        "前楼村",
        5.80,
        "违法",
        "占用永久基本农田挖塘养鱼",
        "市农业局",
        "回填复耕",
        "2024年9月30日",
        "正在回填，已完成60%",
        "否",
    ),
    (
        "410922202405003",
        "高堡乡",
        "后寨村",
        1.12,
        "违法",
        "农村村民未批先建住宅",
        "高堡乡人民政府",
        "补办用地手续或拆除",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "410922202405004",
        "柳格镇",
        "东赵村",
        12.47,
        "违法",
        "砂场越界开采破坏地貌",
        "市国土资源局",
        "立案查处，恢复治理",
        "2024年12月31日",
        "已立案，正在编制恢复治理方案",
        "否",
    ),
    (
        "410922202405005",
        "六塔乡",
        "南街村",
        0.86,
        "违法",
        "临时用地使用期满未复垦",
        "六塔乡人民政府",
        "督促用地单位复垦",
        "2024年7月31日",
        "未整改",
        "否",
    ),
    (
        "410922202405006",
        "城关镇",
        "北关村",
        2.05,
        "违法",
        "占用耕地堆放建筑材料",
        "城关镇人民政府",
        "清理复耕",
        "2024年6月30日",
        "已清理复耕",
        "是",
    ),
    (
        "410922202405007",
        "阳邵乡",
        "王什村",
        4.30,
        "违法",
        "设施农业用地改变用途建设农家乐",
        "阳邵乡人民政府",
        "拆除违建，恢复设施农业用途",
        "2024年10月31日",
        "已拆除部分违建",
        "否",
    ),
]


def write_sat(path: Path) -> Path:
    b = Book(path, author="执法监察科")
    ws = b.sheet("第二季度")
    b.widths(ws, [6, 18, 10, 10, 10, 10, 34, 16, 22, 16, 24, 10])
    b.line(ws, 0, "2024年第二季度自然资源卫片执法图斑核查整改情况表", 11, b.title)
    b.line(ws, 1, "填报单位：清丰县卫片执法工作领导小组办公室    图斑下发日期：2024年5月20日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "图斑编号",
            "所在乡镇",
            "行政村",
            "图斑面积（亩）",
            "核查结果",
            "问题描述",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改状态",
            "是否销号",
        ],
    )
    for i, row in enumerate(SAT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    total = 3 + len(SAT_ROWS)
    b.merge(ws, total, 0, total, 3, "合计", b.center)
    b.put(ws, total, 4, round(sum(row[3] for row in SAT_ROWS), 2), b.center)
    b.merge(ws, total, 5, total, 11, "图斑7宗，已销号2宗", b.cell)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 学校安全检查情况汇报, after a 乡教育办公室's 开学初安全检查情况汇报 (检查组对乡属各小学、幼儿园检查校舍安全、
# 食品安全; 学校能解决的立即整改，不能解决的上报市局; 存在的问题 numbered: 旧围墙开裂, 门窗破旧, 幼儿园无围墙,
# 旧瓦房年久失修, 校园无围墙):
# http://120pk.cn/wen/86/171392.html
# A .doc (Word 97 via LibreOffice) whose items are numbered paragraphs (1、2、…) under a heading, each naming its
# 责任单位, 整改时限 and 整改情况; one item passed up to 市教育局; a closing section and the signature.
SCHOOL_PARAS = [
    (
        "1、濮阳县柳屯镇第二小学旧围墙开裂，长约60米，存在倒塌隐患。责任单位：濮阳县柳屯镇第二小学。"
        "整改时限：2024年8月20日前。整改情况：已拆除危险墙体，新围墙正在砌筑。"
    ),
    (
        "2、濮阳县柳屯镇麦城小学教室门窗破旧，部分门窗木料腐烂。责任单位：濮阳县柳屯镇麦城小学。"
        "整改时限：8月25日前。整改情况：已完成门窗更换。"
    ),
    (
        "3、濮阳县柳屯镇百花幼儿园无围墙，食堂防投毒、防盗存在隐患，幼儿园无力自行解决。"
        "责任单位：市教育局（已上报）。整改时限：2024年年底前。整改情况：已列入校舍维修改造计划。"
    ),
    (
        "4、濮阳县柳屯镇温水小学旧瓦房年久失修，屋面漏雨。责任单位：濮阳县柳屯镇温水小学。"
        "整改时限：立即停止使用，2024年8月31日前完成维修。整改情况：旧瓦房已停止使用。"
    ),
    (
        "5、濮阳县柳屯镇云归小学校园无围墙，社会车辆随意出入操场。责任单位：濮阳县柳屯镇云归小学。"
        "整改时限：2024年10月底前。整改情况：未整改。"
    ),
    (
        "6、濮阳县柳屯镇中心幼儿园活动室部分电源插座安装高度不足1.6米。责任单位：濮阳县柳屯镇中心幼儿园。"
        "整改时限：2024年7月15日。整改情况：已全部改装到位。"
    ),
    (
        "7、濮阳县柳屯镇中心小学门前道路缺少减速带和警示标志。责任单位：濮阳县柳屯镇人民政府。"
        "整改时限：2024年8月31日前。"
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("柳屯镇教办")
    _title(doc, "关于暑期学校安全检查情况的汇报")
    _paragraph(doc, "市教育局：")
    _paragraph(
        doc,
        "7月8日至7月10日，我镇教育办公室成立以主任为组长的检查组，对镇属各小学、幼儿园进行了暑期安全工作检查，"
        "检查内容包括校舍安全、食品安全、用电安全和校园周边交通安全。检查中发现的问题，学校能解决的均要求立即整改，"
        "不能解决的上报市教育局。现将检查发现的问题及整改情况汇报如下：",
    )
    _paragraph(doc, "一、存在的问题及整改情况", 16, "黑体")
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "我镇将继续督促各校落实安全主体责任，开学前再组织一次全面检查，确保秋季开学安全。",
    )
    _paragraph(doc, "濮阳县柳屯镇教育办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "暑期学校安全检查情况汇报.docx")


# ---------------------------------------------------------------------------------------------
# 11. 养老机构安全检查隐患整改情况表, after a 区民政局's 老年公寓安全检查 (消防安全、食堂卫生、防漏电、防冻防滑;
# 灭火器失效且配置数量少, 未标明应急疏散出口标志, 地面未设置防滑设施; 发出安全隐患整改意见书, 落实整改责任人;
# 择日复查):
# http://xiuzhiben.com/yjglj/html/ajj/2011/KOIKMIEJ_0124/10689.html
# An .xls (xlwt): title, 填报单位 line with the 整改意见书 date (the base of 10日内), a header of two rows (是否整改到位
# over 是 / 否, ticked with √), 整改责任单位 and 整改责任人 columns, a 注 line and the signature.
CARE_ROWS = [
    (
        "华龙区康乐老年公寓",
        "部分灭火器失效且配置数量不足",
        "华龙区康乐老年公寓",
        "王秀兰",
        "2024年7月20日",
        "是",
        "已复查",
    ),
    (
        "华龙区夕阳红老年公寓",
        "未标明应急疏散出口标志",
        "华龙区夕阳红老年公寓",
        "李桂芝",
        "10日内",
        "是",
        "",
    ),
    (
        "华龙区福寿园养老院",
        "卫生间及走廊地面未设置防滑设施",
        "华龙区福寿园养老院",
        "张国庆",
        "2024年8月15日",
        "否",
        "正在铺设防滑地胶",
    ),
    (
        "华龙区颐康老年公寓",
        "厨房燃气管道未安装可燃气体报警装置",
        "华龙区颐康老年公寓",
        "刘凤英",
        "2024年7月25日",
        "否",
        "",
    ),
    (
        "华龙区安心养老服务中心",
        "电动自行车在楼道内停放充电",
        "华龙区安心养老服务中心",
        "赵丽",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "濮阳市社会福利院",
        "老年人居室私拉乱接电热毯电源线",
        "市民政局",
        "孙伟",
        "2024年7月31日",
        "是",
        "复查合格",
    ),
    (
        "华龙区幸福家园老年公寓",
        "护理员健康证明过期",
        "华龙区幸福家园老年公寓",
        "陈红",
        "2024年8月10日",
        "否",
        "已组织体检，等待出具健康证明",
    ),
]


def write_care(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "养老机构安全检查隐患整改情况表", t, 0, 8),
        (
            1,
            0,
            "填报单位：华龙区民政局    检查时间：2024年7月10日至7月11日    整改意见书下达日期：2024年7月12日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "养老机构名称", "检查发现的安全隐患", "整改责任单位", "整改责任人", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 6, "是否整改到位", h, 2, 7), (3, 6, "是", h), (3, 7, "否", h), (2, 8, "复查情况", h, 3, 8)]
    for i, row in enumerate(CARE_ROWS, 1):
        r = 3 + i
        name, hazard, unit, person, limit, done, check = row
        cells += [
            (r, 0, i, ctr),
            (r, 1, name, c),
            (r, 2, hazard, c),
            (r, 3, unit, c),
            (r, 4, person, ctr),
            (r, 5, limit, ctr),
            (r, 6, "√" if done == "是" else "", ctr),
            (r, 7, "√" if done == "否" else "", ctr),
            (r, 8, check, c),
        ]
    r = 5 + len(CARE_ROWS)
    cells += [
        (r, 0, "注：整改期限写“10日内”的，自整改意见书下达之日起计算。", plain, r, 8),
        (r + 1, 0, "填表人：马晓静    审核人：黄志军    联系电话：0393-8610326", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 12. 电梯安全专项检查安全监察指令书整改落实情况, after a 区市场监管局's 电梯安全专项检查 (使用登记证、定期检验报告、
# 维保合同、维保记录; 报警装置是否畅通; 管理人员是否持证上岗; 应急救援方案; 当场下发安全监察指令书, 要求使用单位
# 立即整改, 及时开展整改复查, 形成闭环):
# http://www.sh1j2.com/zj/content/2022-02/28/content_8789370.htm
# An .xlsx: title, 填报单位 line, one header row with the 使用单位 as the unit, 指令书下达日期 (an event and the base of
# N个工作日内), a 复查结论 column and the 检查人员 (the inspectors) at the end; a 注 line.
LIFT_ROWS = [
    (
        "濮阳市恒泰物业服务有限公司",
        "31104109002019000123",
        "绿城小区3号楼1单元",
        "电梯轿厢内紧急报警装置无法接通",
        date(2024, 7, 10),
        "5个工作日内",
        "已修复报警装置",
        "复查合格",
        "王磊、陈静",
    ),
    (
        "濮阳万达广场商业管理有限公司",
        "33104109002018000457",
        "商场1号自动扶梯",
        "维保记录未按要求每15日填写",
        date(2024, 7, 10),
        "5个工作日内",
        "",
        "复查合格",
        "王磊、陈静",
    ),
    (
        "濮阳迎宾馆有限公司",
        "31104109002015000212",
        "主楼客梯",
        "电梯安全管理人员未持证上岗",
        date(2024, 7, 11),
        "2024年8月31日",
        "已报名参加8月安全管理人员考试",
        "",
        "李强、赵敏",
    ),
    (
        "濮阳市华龙区人民医院",
        "31204109002016000089",
        "门诊楼病床电梯",
        "电梯定期检验超期未报检",
        date(2024, 7, 15),
        "2024年7月25日",
        "已申报定期检验，等待检验机构安排",
        "",
        "李强、赵敏",
    ),
    (
        "濮阳市建业物业管理有限公司",
        "31104109002020000356",
        "建业桂园7号楼",
        "电梯事故应急救援预案未组织演练",
        date(2024, 7, 18),
        "10个工作日内",
        "未整改",
        "",
        "王磊、陈静",
    ),
    (
        "濮阳市胜利商厦有限公司",
        "32104109002012000031",
        "后院载货电梯",
        "特种设备使用登记证未在轿厢内公示",
        date(2024, 7, 18),
        "2024年7月19日",
        "已张贴使用登记标志",
        "复查合格",
        "王磊、陈静",
    ),
    (
        "濮阳市第二实验小学",
        "31104109002021000518",
        "教学楼无障碍电梯",
        "电梯维保合同过期未续签",
        date(2024, 7, 22),
        "10个工作日内",
        "正在与维保单位协商续签",
        "",
        "李强、赵敏",
    ),
]


def write_lift(path: Path) -> Path:
    b = Book(path, author="特设科")
    ws = b.sheet("指令书整改")
    b.widths(ws, [6, 28, 24, 20, 34, 14, 14, 30, 12, 12])
    b.line(ws, 0, "电梯安全专项检查安全监察指令书整改落实情况", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局    统计截止：2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "使用单位",
            "设备注册代码",
            "安装位置",
            "检查发现问题",
            "指令书下达日期",
            "整改期限",
            "整改情况",
            "复查结论",
            "检查人员",
        ],
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(LIFT_ROWS), "注：整改期限写工作日的，自安全监察指令书下达之日起计算。", 9)
    return b.close()


FILES = [
    ("濮阳市第五人民医院医疗质量控制检查问题整改情况（2024年7月）.xlsx", write_qc),
    ("全市消防安全检查火灾隐患单位整改情况（7月15日—7月26日）.csv", write_fire),
    ("小型病险水库安全检查问题清单及整改台账.docx", write_reservoir),
    ("落实市委巡察反馈意见整改台账.ods", write_tour),
    ("作风建设查摆问题整改台账.et", write_style),
    ("暑期文化和旅游领域暗访发现问题整改台账.xlsx", write_cult),
    ("燃气安全检查限期整改问题整改情况（两家燃气企业）.zip", write_gas),
    ("农村公路桥梁安全隐患排查整治台账.wps", write_road),
    ("2024年第二季度卫片执法图斑核查整改情况表.xlsx", write_sat),
    ("关于暑期学校安全检查情况的汇报.doc", write_school),
    ("养老机构安全检查隐患整改情况表.xls", write_care),
    ("电梯安全专项检查安全监察指令书整改落实情况.xlsx", write_lift),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

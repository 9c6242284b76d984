"""Write the dev38 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table
and a .zip of two returns. Campaigns: 巡察, 审计, 安全生产, 12345, 人大建议, 环保督察, 河湖长制, 乡镇自查, 督查督办,
营商环境. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev38.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 立行立改交办函问题整改情况, after a city's account of its 扶贫领域专项巡察 (巡察组进驻一个多月, 发放立行立改交办函
# 17份, 指出具体问题41个, 其中35个已整改; 查阅资料、个别谈话、走访核实):
# https://p2.ttnews.xyz/a/5bf5ef5fdc9b5e171476ffae
# An .xlsx: title, 巡察组/截至 line, one header row (交办函编号, 交办日期 an event, 整改要求 holding the deadline in
# words: 立行立改, 收函后N个工作日内, 7月底前), 是否整改到位 是/否, a 合计 row, a 注 and the signature line.
PATROL_ROWS = [
    (
        "XCJB-2024-01",
        date(2024, 7, 2),
        "部分脱贫户防返贫监测信息未及时更新",
        "市农业农村局",
        "收函后10个工作日内完成",
        "已逐户核实，监测信息已更新",
        "是",
    ),
    (
        "XCJB-2024-02",
        date(2024, 7, 2),
        "衔接资金项目公示牌内容缺失",
        "胡村乡人民政府",
        "立行立改",
        "已重新制作并悬挂公示牌",
        "是",
    ),
    (
        "XCJB-2024-03",
        date(2024, 7, 9),
        "脱贫人口小额信贷逾期贷款催收不力",
        "市财政局",
        "2024年8月15日前",
        "已约谈逾期贷款户12户，正在分类催收",
        "否",
    ),
    (
        "XCJB-2024-04",
        date(2024, 7, 9),
        "产业帮扶项目形成的资产未登记入账",
        "市农委",
        "7月底前",
        "",
        "",
    ),
    (
        "XCJB-2024-05",
        date(2024, 7, 15),
        "公益性岗位人员考勤管理不规范",
        "人社局",
        "收函后5个工作日内完成",
        "已制定考勤管理办法并全市通报",
        "是",
    ),
    (
        "XCJB-2024-06",
        date(2024, 7, 15),
        "易地搬迁安置点配套设施维护不到位",
        "市住建局",
        "2024年9月30日前",
        "未整改",
        "否",
    ),
    (
        "XCJB-2024-07",
        date(2024, 7, 22),
        "村级光伏电站收益分配不公开不透明",
        "市发改委",
        "立行立改",
        "已在各村公开收益分配明细",
        "是",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="市委第三巡察组")
    ws = b.sheet("交办函整改情况")
    b.widths(ws, [6, 16, 12, 34, 18, 22, 30, 12])
    last = 7
    b.line(ws, 0, "乡村振兴领域专项巡察立行立改交办函问题整改情况统计表", last, b.title)
    b.line(ws, 1, "巡察组：市委第三巡察组    统计截至：2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "交办函编号",
            "交办日期",
            "指出的具体问题",
            "整改责任单位",
            "整改要求",
            "整改情况",
            "是否整改到位",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        b.put(ws, r, 7, row[6], b.center)
    r = 3 + len(PATROL_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, last, "发放交办函7份，指出具体问题7个，已整改到位4个")
    b.line(ws, r + 1, "注：“整改要求”栏载明的时限自交办日期起算；立行立改事项须在收函当日整改。", last)
    b.line(ws, r + 2, "填表人：刘晓燕    审核人：陈志刚    巡察组（盖章）    2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计整改通知书所列问题整改情况的报告, after a page describing the 审计整改通知书 (文件标题、发文字号、被审计单位名称,
# 审计发现的主要问题分条列明, 整改要求, 整改期限, 报送整改情况的要求, 盖章及日期):
# https://www.wendang.net/wd/593485.html
# A .doc (Word 97 via LibreOffice): the audited unit named only in the title and the salutation paragraph; the
# problems as numbered paragraphs, each with 整改要求, 整改期限, 责任科室 (sections of the unit) and 整改情况.
AUDIT_PARAS = [
    (
        "一、个别缴存单位住房公积金缴存基数未按规定进行年度调整。",
        "整改要求：督促相关单位按上年度职工月平均工资调整缴存基数。整改期限：2024年6月30日前。"
        "责任科室：归集管理科。整改情况：已完成，已督促23家单位完成缴存基数调整。",
    ),
    (
        "二、个人住房贷款逾期清收力度不够，逾期率高于全省平均水平。",
        "整改要求：建立逾期贷款清收台账，逐笔落实清收责任。整改期限：2024年12月31日前。"
        "责任科室：信贷管理科。整改情况：正在整改，已通过司法途径清收逾期贷款4笔。",
    ),
    (
        "三、公务卡强制结算制度执行不严格，部分公务支出仍以现金支付。",
        "整改要求：严格执行公务卡强制结算目录。整改期限：2024年7月15日前。"
        "责任科室：财务科。整改情况：已整改，已修订公务卡结算管理规定并组织培训。",
    ),
    (
        "四、业务信息系统用户权限未定期清理，存在离岗人员账号未注销情况。",
        "整改要求：全面清理系统账号，建立权限定期复核机制。整改期限：2024年8月底前。"
        "责任科室：信息科。整改情况：未整改。",
    ),
    (
        "五、固定资产账实不符，部分报废资产未及时办理核销手续。",
        "整改要求：开展固定资产全面清查，按程序办理报废核销。整改期限：2024年9月30日前。责任科室：办公室。",
    ),
    (
        "六、购房提取审核把关不严，存在同一套住房重复提取情况。",
        "整改要求：追回重复提取资金，完善提取审核流程。整改期限：2024年7月31日前。"
        "责任科室：稽核审计科。整改情况：已追回重复提取资金3.2万元，已销号。",
    ),
    (
        "七、内部控制制度修订不及时，部分制度与现行政策不相适应。",
        "整改要求：梳理现行制度，按年度修订完善。整改期限：长期坚持。"
        "责任科室：办公室。整改情况：长期坚持，每年集中修订一次。",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("中心办公室")
    _title(doc, "市住房公积金管理中心关于审计整改通知书所列问题整改情况的报告")
    _paragraph(doc, "濮公积金〔2024〕31号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市审计局：")
    _paragraph(
        doc,
        "贵局《审计整改通知书》（濮审改〔2024〕12号）指出我中心2023年度预算执行中存在七个方面的问题，"
        "要求于2024年7月31日前报送整改情况。我中心逐条制定整改措施，明确责任科室和整改期限，现将整改情况报告如下：",
    )
    for head, body in AUDIT_PARAS:
        _paragraph(doc, head, 16, "黑体")
        _paragraph(doc, body)
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "市住房公积金管理中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 3. 夏季安全生产大检查隐患整改台账, after an industrial park's account of its 夏季安全生产大检查大整治 (消防安全、危险化学品、
# 特种设备; 摸排企业15家, 发现隐患30余处, 当场下达整改通知书, 要求企业限期整改):
# https://investchn.com/index.php/home/news/detail/id/3220.html
# An .xls (xlwt): title, 检查时间/检查组 line, a two-row header (检查情况 over 隐患类别/隐患描述/检查人, 整改要求 over
# 整改措施/整改期限, 是否整改到位 over 是/否 with ticks), 复查情况, a 合计 row, a 说明 and a signature line.
SAFETY_ROWS = [
    (
        "濮阳市华信化工有限公司",
        "危险化学品",
        "危化品仓库未设置可燃气体报警装置",
        "李明、王强",
        "安装可燃气体报警装置并联网",
        "2024年7月20日",
        "√",
        "",
        "7月22日复查合格",
    ),
    (
        "濮阳宏达机械制造有限公司",
        "特种设备",
        "桥式起重机钢丝绳断丝超标仍在使用",
        "赵刚、孙丽",
        "立即停用并更换钢丝绳",
        "7月15日前",
        "",
        "√",
        "",
    ),
    (
        "濮阳市金源食品有限公司",
        "消防安全",
        "生产车间安全出口被成品货物堵塞",
        "李明、王强",
        "清理安全出口堆放物",
        "2024年7月10日",
        "√",
        "",
        "已清理，复查合格",
    ),
    (
        "河南中联塑业有限公司",
        "用电安全",
        "车间配电箱线路私拉乱接",
        "周涛、吴敏",
        "规范敷设线路，加装漏电保护",
        "2024年7月31日",
        "",
        "",
        "正在整改，已更换部分线路",
    ),
    (
        "濮阳市鑫海物流有限公司",
        "消防安全",
        "仓库室内消火栓无水",
        "赵刚、孙丽",
        "修复消防供水系统",
        "2024年8月10日",
        "",
        "√",
        "已联系供水单位维修，待复查",
    ),
    (
        "濮阳蓝天新材料有限公司",
        "危险化学品",
        "员工未经安全培训上岗操作反应釜",
        "周涛、吴敏",
        "开展岗前安全培训，考核合格后上岗",
        "2024年7月25日",
        "√",
        "",
        "复查合格",
    ),
    (
        "濮阳市恒润纺织有限公司",
        "有限空间",
        "污水池有限空间作业未设置警示标识",
        "李明、王强",
        "设置有限空间警示标识和作业审批制度",
        "2024年8月5日",
        "",
        "",
        "",
    ),
]


def write_safety(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "濮阳经济技术开发区夏季安全生产大检查隐患整改台账", t, 0, last),
        (
            1,
            0,
            "检查时间：2024年7月8日—7月12日    检查组：开发区安全生产委员会办公室",
            plain,
            1,
            last,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "企业名称", h, 3, 1),
        (2, 2, "检查情况", h, 2, 4),
        (3, 2, "隐患类别", h),
        (3, 3, "隐患描述", h),
        (3, 4, "检查人", h),
        (2, 5, "整改要求", h, 2, 6),
        (3, 5, "整改措施", h),
        (3, 6, "整改期限", h),
        (2, 7, "是否整改到位", h, 2, 8),
        (3, 7, "是", h),
        (3, 8, "否", h),
        (2, 9, "复查情况", h, 3, 9),
    ]
    for i, row in enumerate(SAFETY_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 7, 8) else c))
    r = 4 + len(SAFETY_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查企业7家，发现隐患7处，已整改到位3处", c, r, 9),
        (r + 1, 0, "说明：是否整改到位栏在对应项下打“√”；复查情况由检查组填写。", plain, r + 1, last),
        (r + 2, 0, "填表人：郭亚楠    联系电话：0393-8876512    填报日期：2024年7月31日", plain, r + 2, last),
    ]
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 12345热线工单办理情况明细, after a report on a 12345 work order that stuck in dispatch (话务员记录诉求, 工单按流程分拨,
# 施工铁板碾压噪音扰民, 责任单位界定不清, 追踪工单流转, 办结进展):
# https://bbs.whcdrm.com/archiver/tid-22984.html
# A CSV in GBK: title line, one header row with 来电时间 (an event) and 办理时限 in working days from it, 办理状态 and
# 回访结果, a 合计 line and a 说明 line.
HOTLINE_ROWS = [
    (
        "2407010356",
        "2024-07-01 09:12",
        "投诉",
        "凤凰路道路施工铁板被车辆碾压噪音扰民",
        "市城市管理局",
        "5个工作日",
        "已反馈",
        "满意",
    ),
    (
        "2407030122",
        "2024-07-03 10:40",
        "求助",
        "安居小区二期楼道照明灯损坏多日无人维修",
        "华龙区胜利路街道办事处",
        "3个工作日",
        "已反馈",
        "基本满意",
    ),
    (
        "2407080415",
        "2024-07-08 15:20",
        "投诉",
        "长庆路夜间渣土车超速行驶沿途抛洒",
        "交警支队",
        "5个工作日",
        "办理中",
        "",
    ),
    (
        "2407110087",
        "2024-07-11 08:55",
        "咨询",
        "灵活就业人员医保缴费标准咨询",
        "医保局",
        "1个工作日",
        "已反馈",
        "满意",
    ),
    (
        "2407160233",
        "2024-07-16 11:03",
        "投诉",
        "农贸市场周边流动摊贩占道经营",
        "城管局",
        "5个工作日",
        "超期未办",
        "",
    ),
    (
        "2407220310",
        "2024-07-22 16:47",
        "求助",
        "老旧小区供水管道爆裂整栋楼停水",
        "自来水公司",
        "1个工作日",
        "已反馈",
        "满意",
    ),
    (
        "2407250198",
        "2024-07-25 09:30",
        "建议",
        "建议增开城区至高铁站的公交线路",
        "公交公司",
        "10个工作日",
        "办理中",
        "",
    ),
    (
        "2407290406",
        "2024-07-29 14:15",
        "投诉",
        "小区门口烧烤店油烟直排扰民",
        "市生态环境局",
        "5个工作日",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345政务服务便民热线工单办理情况明细（2024年7月）"])
    w.writerow(
        ["工单编号", "来电时间", "诉求类型", "诉求内容", "承办单位", "办理时限", "办理状态", "回访结果"]
    )
    for row in HOTLINE_ROWS:
        w.writerow(list(row))
    w.writerow(["合计", "", "", "本月转办工单8件，已反馈4件", "", "", "", ""])
    w.writerow(["说明：办理时限自来电受理之日起按工作日计算。", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 代表建议办理情况汇总表, after a town 人大's account of how it follows up deputies' suggestions (收到承办单位建议答复
# 抄件后发函征询代表意见; 代表满意的通报表扬; 代表反馈不满意的答复退回重新办理, 再答复代表):
# http://m.yjbys.cc/news/dongtai/164055.html
# An .ods (LibreOffice conversion): title, 会议 line, one header row with the 领衔代表 (proposer) beside the 承办单位,
# 交办日期 (an event) and 办理时限 3个月内 from it, 答复时间, 代表意见, 办理状态; a 说明 and the office at the foot.
SUGGEST_ROWS = [
    (
        "第1号",
        "张建华",
        "关于修缮城关镇至后店村道路的建议",
        "市交通运输局",
        date(2024, 4, 15),
        "3个月内",
        date(2024, 6, 20),
        "满意",
        "已答复",
    ),
    (
        "第3号",
        "李秀兰",
        "关于在镇区增设公共厕所的建议",
        "城关镇人民政府",
        date(2024, 4, 15),
        "3个月内",
        date(2024, 7, 10),
        "不满意",
        "重新办理中",
    ),
    (
        "第5号",
        "王国庆",
        "关于解决农田灌溉机井老化问题的建议",
        "水务局",
        date(2024, 4, 15),
        "3个月内",
        date(2024, 7, 12),
        "基本满意",
        "已答复",
    ),
    (
        "第8号",
        "赵红梅",
        "关于加强校园周边食品安全监管的建议",
        "市场监管局",
        date(2024, 4, 15),
        "3个月内",
        None,
        "",
        "办理中",
    ),
    (
        "第11号",
        "刘志强",
        "关于充实镇卫生院医护人员的建议",
        "卫计委",
        date(2024, 5, 6),
        "3个月内",
        None,
        "",
        "",
    ),
    (
        "第14号",
        "孙立新",
        "关于规范农村宅基地建房审批程序的建议",
        "国土局",
        date(2024, 5, 6),
        "3个月内",
        date(2024, 7, 26),
        "满意",
        "已答复",
    ),
    (
        "第17号",
        "周丽",
        "关于完善农村互助养老服务设施的建议",
        "市民政局",
        date(2024, 5, 6),
        "3个月内",
        None,
        "",
        "未办理",
    ),
]


def write_suggest_book(path: Path) -> Path:
    b = Book(path, author="镇人大办")
    ws = b.sheet("建议办理")
    b.widths(ws, [6, 9, 10, 36, 18, 12, 10, 12, 10, 12])
    last = 9
    b.line(ws, 0, "城关镇第十八届人民代表大会第三次会议代表建议办理情况汇总表", last, b.title)
    b.line(ws, 1, "城关镇人大主席团    截至2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议编号",
            "领衔代表",
            "建议题目",
            "承办单位",
            "交办日期",
            "办理时限",
            "答复时间",
            "代表意见",
            "办理状态",
        ],
    )
    for i, row in enumerate(SUGGEST_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(SUGGEST_ROWS)
    b.line(ws, r, "说明：办理时限自交办之日起计算；代表意见栏填写满意、基本满意或不满意。", last)
    b.line(ws, r + 1, "城关镇人大主席团办公室    2024年7月31日", last, b.right)
    return b.close()


def write_suggest(path: Path) -> Path:
    via_soffice(write_suggest_book, path, "ods", "代表建议办理情况汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 生态环境保护督察“回头看”交办群众举报问题办理情况台账, after a province's progress notice on the complaints a
# 督察组 handed over during its 回头看 (第十一批交办群众举报投诉环境问题59件, 含来信举报; 涉及重点关注案件; 当晚全部
# 移交相关州（市）办理):
# http://fzjz.zhigutangp.com/c/2018-06-16/2618398.shtml
# An .xlsx: title, 填报单位 line, a two-row header (办理情况 over 调查核实情况/整改进展), section rows per 交办批次,
# 交办日期 (an event) and 办理时限 in days from it, 是否办结; a 注 line.
ENV_BATCHES = [
    (
        "第十一批（2024年7月5日交办）",
        date(2024, 7, 5),
        [
            (
                "X410900202407050001",
                "来电",
                "城郊砖瓦厂夜间烟尘直排",
                "是",
                "濮阳县人民政府",
                "15日内",
                "属实",
                "已责令停产并拆除窑炉",
                "是",
            ),
            (
                "X410900202407050004",
                "来信",
                "化工园区周边居民反映地下水有异味",
                "是",
                "市生态环境局",
                "15日内",
                "部分属实",
                "正在开展地下水监测溯源",
                "否",
            ),
            (
                "X410900202407050009",
                "来电",
                "养殖场粪污直排金堤河支沟",
                "否",
                "市农业农村局",
                "30日内",
                "",
                "",
                "否",
            ),
        ],
    ),
    (
        "第十二批（2024年7月12日交办）",
        date(2024, 7, 12),
        [
            (
                "X410900202407120002",
                "来电",
                "商砼搅拌站砂石料露天堆放扬尘",
                "否",
                "市住房和城乡建设局",
                "15日内",
                "属实",
                "已完成围挡覆盖，经现场复核合格",
                "是",
            ),
            (
                "X410900202407120006",
                "来电",
                "汽修厂喷漆废气扰民",
                "否",
                "华龙区人民政府",
                "15日内",
                "不属实",
                "经现场核查该厂已停业，未发现喷漆作业",
                "是",
            ),
        ],
    ),
    (
        "第十三批（2024年7月19日交办）",
        date(2024, 7, 19),
        [
            (
                "X410900202407190003",
                "来信",
                "河道内非法采砂破坏河床",
                "是",
                "市水利局",
                "15日内",
                "属实",
                "已立案查处，正在恢复河床",
                "否",
            ),
            (
                "X410900202407190008",
                "来电",
                "垃圾填埋场渗滤液外溢",
                "是",
                "市城管执法局",
                "15日内",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("交办件")
    b.widths(ws, [6, 22, 8, 30, 10, 18, 12, 10, 12, 30, 10])
    last = 10
    b.line(ws, 0, "省生态环境保护督察“回头看”交办群众举报问题办理情况台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    填报日期：2024年7月31日", last)
    for c, word in enumerate(
        ["序号", "受理编号", "举报方式", "举报内容", "重点关注", "责任单位", "交办日期"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 3, 7, "办理时限", b.head)
    b.merge(ws, 2, 8, 2, 9, "办理情况", b.head)
    b.put(ws, 3, 8, "调查核实情况", b.head)
    b.put(ws, 3, 9, "整改进展", b.head)
    b.merge(ws, 2, 10, 3, 10, "是否办结", b.head)
    r = 4
    n = 0
    for heading, handed, rows in ENV_BATCHES:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            code, way, text, key, unit, limit, check, progress, done = row
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [code, way, text, key, unit, handed, limit, check, progress, done], first=1)
            r += 1
    b.line(ws, r, "注：办理时限自交办之日起计算；是否办结以现场复核结果为准。", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 河湖“清四乱”问题整改销号台账 from two towns, after a town government's account of its 清四乱 campaign (摸底调查、
# 集中整治、巩固提升; 乱占、乱采、乱堆、乱建; 发现一处、清理一处、销号一处):
# http://www.qdx.gov.cn/2018qdxzwgkgzydzl/gkjdhy/zdly/shgy/hjbh/wrfz/20200215/i1284572.html
# A .zip of two .xlsx returns, each with title, 填报单位（盖章） line, one header row (the village is a location, the
# 镇级河长 a person), dates written as text (2024.7.15, 8月底前, 6月30日前完成), 销号情况, a signature line.
RIVER_RETURNS = [
    (
        "柳屯镇人民政府",
        [
            (
                "马颊河",
                "乱堆",
                "河道管理范围内堆放建筑垃圾约50立方米",
                "大韩村",
                "张伟",
                "2024.7.15",
                "已清运完毕",
                "已销号",
            ),
            (
                "马颊河",
                "乱建",
                "河堤内侧违建养殖棚2处",
                "前柳屯村",
                "张伟",
                "8月底前",
                "已拆除1处，另1处正在协商拆除",
                "未销号",
            ),
            (
                "徒骇河",
                "乱占",
                "河滩地违规种植高秆作物",
                "后柳屯村",
                "李强",
                "6月30日前完成",
                "已全部清除",
                "",
            ),
            (
                "徒骇河",
                "乱采",
                "河道内私挖乱采砂土",
                "小河口村",
                "李强",
                "2024.8.20",
                "",
                "",
            ),
        ],
    ),
    (
        "新习镇人民政府",
        [
            (
                "金堤河",
                "乱堆",
                "河坡堆放秸秆柴草",
                "新习村",
                "王磊",
                "2024.7.10",
                "已清理",
                "已销号",
            ),
            (
                "金堤河",
                "乱建",
                "河道内违建钓鱼平台",
                "东关村",
                "王磊",
                "2024.7.31",
                "未整改",
                "未销号",
            ),
            (
                "潴龙河",
                "乱占",
                "河道管理范围内违规设置围网养殖",
                "马寨村",
                "赵永",
                "9月底前",
                "已下达限期拆除通知书",
                "未销号",
            ),
            (
                "潴龙河",
                "乱堆",
                "桥下河床堆放生活垃圾",
                "南堤村",
                "赵永",
                "2024.7.5",
                "已清运",
                "已销号",
            ),
        ],
    ),
]


def write_river_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("清四乱台账")
    b.widths(ws, [6, 10, 10, 34, 12, 10, 16, 28, 10])
    last = 8
    b.line(ws, 0, "河湖“清四乱”问题整改销号台账", last, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{town}    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "河湖名称",
            "问题类型",
            "问题描述",
            "所在村",
            "镇级河长",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "镇级总河长：            填表人：            联系电话：", last)
    return b.close()


def write_river(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, rows in RIVER_RETURNS:
            name = f"清四乱问题整改销号台账（{town}）.xlsx"
            member = write_river_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 乡镇自查问题整改台账, after a township's 整改实施方案 for the 脱贫攻坚成效考核 feedback (问题分专项列出, 住房安全方面、
# 易地扶贫搬迁; 牵头单位：扶贫办、村建所 — offices inside the township; 整改措施 一是…二是…):
# https://cnzh.gov.cn/News/Detail/20180913162918062.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 牵头站所 (sections of the sending town),
# section rows per 方面, a schedule text holding the deadline, 第三季度, 长期坚持; a 填表说明 and signature line.
TOWN_SECTIONS = [
    (
        "一、住房和饮水安全方面",
        [
            (
                "个别脱贫户住房存在漏雨现象未及时修缮",
                "逐户排查，落实危房改造资金",
                "村建所",
                "李刚",
                "7月底前完成排查，8月底前全部修缮到位",
                "已完成排查，正在组织修缮",
            ),
            (
                "部分村供水管网老化，用水高峰期水压不足",
                "更换老化管网，加装加压泵",
                "水利站",
                "王海涛",
                "2024年9月30日",
                "已完成管网更换设计，正在招标",
            ),
        ],
    ),
    (
        "二、产业就业帮扶方面",
        [
            (
                "帮扶车间用工台账不完整",
                "补齐用工花名册和工资发放记录",
                "乡村振兴办",
                "陈静",
                "2024年7月15日",
                "已完成",
            ),
        ],
    ),
    (
        "三、政策落实和基础工作方面",
        [
            (
                "教育资助政策宣传不到位，部分家庭不知晓",
                "入户发放明白卡，开展政策宣讲",
                "社会事务办",
                "张丽",
                "长期坚持",
                "长期坚持",
            ),
            (
                "帮扶手册填写不规范、帮扶记录不及时",
                "组织帮扶责任人逐户规范完善",
                "乡村振兴办",
                "陈静",
                "6月30日前",
                "已逐户规范完善",
            ),
            (
                "低保对象动态调整不及时",
                "开展低保对象复核，及时增减",
                "民政所",
                "刘洋",
                "2024年8月15日",
                "未整改",
            ),
        ],
    ),
    (
        "四、人居环境方面",
        [
            (
                "村内残垣断壁未及时清理",
                "组织各村集中清理并复绿",
                "村建所",
                "李刚",
                "第三季度",
                "",
            ),
        ],
    ),
]


def write_town_book(path: Path) -> Path:
    b = Book(path, author="文留镇党政办")
    ws = b.sheet("自查整改台账")
    b.widths(ws, [6, 34, 28, 12, 10, 24, 26])
    last = 6
    b.line(ws, 0, "文留镇2024年巩固拓展脱贫攻坚成果自查问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：文留镇人民政府    填报时间：2024年7月30日", last)
    b.header(ws, 2, ["序号", "自查发现问题", "整改措施", "牵头站所", "责任人", "整改时限", "整改进展"])
    r = 3
    n = 0
    for heading, rows in TOWN_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "填表说明：1.牵头站所填写镇内负责整改的站所办；2.整改时限按镇自查整改方案确定。", last)
    b.line(ws, r + 1, "镇党委书记：            镇长：            填表人：", last)
    return b.close()


def write_town(path: Path) -> Path:
    return via_soffice(write_town_book, path, "xls", "文留镇自查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 市委交办事项落实情况督查表, after a county 督查办's account of its 专项督查 of the 县委交办事项 (印发《交办通知》7期,
# 交办具体工作事项19项, 已办理完成13项, 正在办理6项; 县委办、县督查办、县效能办组成联合督查组, 现场反馈):
# https://zydjyzx.com/html/HtmlMCAFDCN8I35.html
# A .wps (Word 97 via LibreOffice): title, 督查组/督查时间 paragraph, one table with 交办通知期次, 责任单位, 办理时限,
# 办理情况 and the 督查组意见 (the inspectors' closure verdict), a 合计 row; the 督查组 signature.
SUPERVISE_ROWS = [
    (
        "第1期",
        "推进中心城区老旧小区雨污分流改造",
        "市住房和城乡建设局",
        "2024年6月底前",
        "已完成12个小区改造",
        "经现场核查，同意销号",
    ),
    (
        "第2期",
        "开展农村饮水安全专项排查",
        "市水利局",
        "2024年7月20日前",
        "正在推进，已排查村庄186个",
        "督促加快进度",
    ),
    (
        "第3期",
        "解决工业园区企业用电增容问题",
        "供电公司",
        "2024年7月31日前",
        "已完成增容改造并送电",
        "同意销号",
    ),
    (
        "第4期",
        "清理拖欠中小企业账款",
        "市财政局",
        "2024年9月底前",
        "未启动",
        "责令限期启动",
    ),
    (
        "第5期",
        "建设城区智慧停车管理平台",
        "市工信局",
        "2024年第四季度",
        "已完成平台招标，正在开发",
        "按计划推进",
    ),
    (
        "第6期",
        "开展食品小作坊专项整治",
        "市食药监局",
        "2024年8月15日前",
        "",
        "",
    ),
    (
        "第7期",
        "完善城区应急避难场所指示标识",
        "市安监局",
        "7月5日交办，20个工作日内完成",
        "已完成标识更换",
        "同意销号",
    ),
]


def write_supervise_docx(path: Path) -> Path:
    doc = _new_document("市委督查办")
    _title(doc, "2024年市委交办事项落实情况督查表")
    _paragraph(
        doc,
        "督查组：市委办、市督查办、市效能办联合督查组    督查时间：2024年7月29日至30日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(SUPERVISE_ROWS, 1)]
    body.append(["合计", "", "交办事项7项，同意销号3项", "", "", "", ""])
    _table(
        doc,
        ["序号", "交办通知期次", "交办事项", "责任单位", "办理时限", "办理情况", "督查组意见"],
        body,
    )
    _paragraph(doc, "督查组成员（签字）：            2024年7月31日", 12)
    return _save_fixed(doc, path)


def write_supervise(path: Path) -> Path:
    return via_soffice(write_supervise_docx, path, "doc", "市委交办事项落实情况督查表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 优化营商环境问题线索登记台账, after a district 人大's account of its 优化营商环境监督办公室 (镇街设监测站, 公布监测
# 热线电话和专用电子邮箱, 收集到的问题线索逐条登记、建立台账, 每月底综合整理):
# http://ysck.catsi.cn/page152.html?article_id=1308&pagenum=2
# A .docx: title, 监督办公室/统计截至 paragraph, one table with 线索来源 and 反映企业 (the complainant) beside the
# 承办单位, 登记日期 (an event) and 办理时限 in working days from it, 办理情况 and 回访情况; a 说明 and signature.
BUSINESS_ROWS = [
    (
        "YS2407-01",
        "2024-07-02",
        "监测热线",
        "濮阳市宏远建材有限公司",
        "厂房消防验收多次往返仍未办结",
        "市住房和城乡建设局",
        "15个工作日内",
        "已办结，已开通联合验收绿色通道",
        "企业满意",
    ),
    (
        "YS2407-02",
        "2024-07-04",
        "华龙区监测站",
        "濮阳市鼎盛商贸有限公司",
        "增值税留抵退税到账慢",
        "市税务局",
        "10个工作日内",
        "已退税到账",
        "企业满意",
    ),
    (
        "YS2407-03",
        "2024-07-09",
        "专用电子邮箱",
        "河南华锐科技有限公司",
        "工业园区道路破损影响货车通行",
        "市交通运输局",
        "2024年8月31日前",
        "正在施工修复",
        "",
    ),
    (
        "YS2407-04",
        "2024-07-12",
        "监测热线",
        "濮阳市百佳超市有限公司",
        "同一月内多部门重复执法检查影响经营",
        "市场监管局",
        "5个工作日内",
        "已办结，已合并检查事项",
        "企业基本满意",
    ),
    (
        "YS2407-05",
        "2024-07-16",
        "清丰县监测站",
        "濮阳市润丰农业发展有限公司",
        "设施农业用地备案手续办理难",
        "自然资源局",
        "15个工作日内",
        "",
        "",
    ),
    (
        "YS2407-06",
        "2024-07-22",
        "监测热线",
        "濮阳市远航物流有限公司",
        "公积金缴存基数调整业务无法网上办理",
        "公积金中心",
        "10个工作日内",
        "正在协调系统开发商升级功能",
        "",
    ),
    (
        "YS2407-07",
        "2024-07-25",
        "专用电子邮箱",
        "濮阳市新天地置业有限公司",
        "不动产登记预约号源紧张",
        "不动产登记中心",
        "2024年7月31日前",
        "逾期未办",
        "",
    ),
]


def write_business(path: Path) -> Path:
    doc = _new_document("营商环境监督办公室")
    _title(doc, "优化营商环境问题线索登记台账（2024年7月）")
    _paragraph(doc, "市人大常委会优化营商环境监督办公室    统计截至：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(BUSINESS_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "线索编号",
            "登记日期",
            "线索来源",
            "反映企业",
            "反映问题",
            "承办单位",
            "办理时限",
            "办理情况",
            "回访情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "说明：办理时限自登记之日起按工作日计算。", 12)
    _paragraph(doc, "监督办公室（盖章）    填表人：马晓丽    联系电话：0393-4418823", 12)
    return _save_fixed(doc, path)


FILES = [
    ("乡村振兴领域专项巡察立行立改交办函问题整改情况统计表.xlsx", write_patrol),
    ("市住房公积金管理中心审计整改情况报告.doc", write_audit),
    ("开发区夏季安全生产大检查隐患整改台账.xls", write_safety),
    ("12345热线工单办理情况明细（2024年7月）.csv", write_hotline),
    ("城关镇代表建议办理情况汇总表.ods", write_suggest),
    ("省生态环境保护督察回头看交办件办理情况台账.xlsx", write_env),
    ("河湖清四乱问题整改销号台账（两镇）.zip", write_river),
    ("文留镇巩固拓展脱贫攻坚成果自查问题整改台账.et", write_town),
    ("2024年市委交办事项落实情况督查表.wps", write_supervise),
    ("优化营商环境问题线索登记台账（2024年7月）.docx", write_business),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

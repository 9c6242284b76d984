"""Write the dev26 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, plus one inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a CSV in UTF-8 with BOM (inside the zip), a .docx with a table, a .doc with the items as numbered paragraphs and
a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev26.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 院内会诊科室自查持续改进记录表, after a hospital quality system's 季度表 (院内科室自查表 beside the 院内会诊科室
# 自查持续改进记录表: 检查时间, 患者姓名, 住院号, 会诊单是否规范 是/否, 被邀科室, 会诊有无超时 有/无; 科室自查人员,
# 监管部门, 存在问题, 科室持续改进记录, 改进监督者, 效果反馈及日期):
# https://github.com/yixiaohen/qianduan/blob/f5d0163b0dee1420588b05ba586dbbe745ed6933/src/views/DailyManagement/quarterTable/components/subForm.vue
# An .xlsx: title, 填报单位 line, a two-row header with the two merged group words, 是/否 and 有/无 columns, a
# signature line. The hospital sends it; its rows name its own 科室, the 监管部门 is the inspecting office.
CONSULT_ROWS = [
    (
        date(2024, 4, 9),
        "张**",
        "2024031187",
        "否",
        "心内科",
        "有",
        "李晓燕",
        "医务科",
        "急诊会诊申请单未填写会诊目的，被邀科室到达时间超过10分钟",
        "已修订会诊申请单模板，会诊目的设为必填项",
        "王建华",
        "已改进，2024.7.12抽查10份均规范",
    ),
    (
        date(2024, 4, 16),
        "刘**",
        "2024040532",
        "是",
        "神经内科",
        "有",
        "赵明",
        "医务科",
        "普通会诊48小时内未完成，病程记录未记载会诊意见执行情况",
        "科室已组织病历书写培训，会诊超时预警流程正在制定，计划8月底前完成",
        "王建华",
        "",
    ),
    (
        date(2024, 5, 7),
        "陈**",
        "2024042218",
        "是",
        "呼吸与危重症医学科",
        "无",
        "孙丽",
        "护理部",
        "会诊记录由规培医师签名，会诊人员资质与会诊级别不符",
        "已重新公布各科室具备会诊资质的医师名单",
        "刘芳",
        "已改进，2024.6.28复查合格",
    ),
    (
        date(2024, 5, 21),
        "周**",
        "2024051609",
        "否",
        "普外科",
        "无",
        "郭涛",
        "医务科",
        "会诊单未写明患者简要病史及会诊理由",
        "",
        "王建华",
        "",
    ),
    (
        date(2024, 6, 4),
        "吴**",
        "2024052877",
        "是",
        "内分泌科",
        "有",
        "李晓燕",
        "医务科",
        "夜间急会诊电话通知无登记，无法追溯会诊到达时间",
        "已在总值班室设立急会诊登记本，信息科正在开发电子登记模块",
        "王建华",
        "持续改进中",
    ),
    (
        date(2024, 6, 18),
        "郑**",
        "2024061044",
        "是",
        "肾内科",
        "无",
        "赵明",
        "质控办",
        "多学科会诊后主管医师未在24小时内记录讨论结果",
        "科主任每周抽查病程记录，纳入科室绩效考核",
        "陈伟",
        "已改进，2024.7.19抽查合格",
    ),
    (
        date(2024, 6, 25),
        "黄**",
        "2024062163",
        "否",
        "骨科",
        "有",
        "孙丽",
        "医务科",
        "会诊申请单电子签名缺失，纸质单与电子单内容不一致",
        "与信息科协调统一电子会诊单，拟于2024年9月30日前上线",
        "刘芳",
        "",
    ),
]


def write_consult(path: Path) -> Path:
    b = Book(path, author="医务科")
    ws = b.sheet("二季度")
    b.widths(ws, [13, 9, 12, 8, 12, 8, 10, 10, 36, 36, 10, 26])
    b.line(ws, 0, "濮阳市第三人民医院2024年第二季度院内会诊科室自查持续改进记录表", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市第三人民医院医务科    填报日期：2024年7月26日", 11)
    b.merge(ws, 2, 0, 2, 5, "院内科室自查表", b.head)
    b.merge(ws, 2, 6, 2, 11, "院内会诊科室自查持续改进记录表", b.head)
    b.header(
        ws,
        3,
        [
            "检查时间",
            "患者姓名",
            "住院号",
            "会诊单是否规范",
            "被邀科室",
            "会诊有无超时",
            "科室自查人员",
            "监管部门",
            "存在问题",
            "科室持续改进记录",
            "改进监督者",
            "效果反馈及日期",
        ],
    )
    for i, row in enumerate(CONSULT_ROWS):
        b.row(ws, 4 + i, list(row))
    b.line(ws, 5 + len(CONSULT_ROWS), "科室负责人：王建华    填表人：李晓燕    联系电话：0393-4412345", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 校园安全隐患排查整改登记表, after a school's 安全隐患整改制度 (对重大安全隐患应立即排除; 制定整改措施，落实整改
# 责任人，确定整改时间; 对发现的问题及时整改，学校有关人员要验收，并由验收人签字认可; 书面上报整改结果):
# http://m.tkpao.com/wenmixiezuo/xuexiaoguanlizhidu/62962.html
# A .docx: title, 排查时间/排查部门 line, one table with 整改责任人, 整改时限, 整改结果, 验收人签字; signature lines.
# The school is named only in the title; its rows name persons and offices inside it.
SCHOOL_ROWS = [
    (
        "教学楼三楼东侧",
        "走廊护栏高度不足1.1米，部分立柱松动",
        "加装不锈钢护栏，立柱重新锚固",
        "总务处 张国强",
        "2024年8月20日前",
        "已完成加固，护栏加高至1.2米",
        "刘振华",
    ),
    (
        "学生宿舍2号楼",
        "宿舍内私拉电线为手机充电，插排放置在床铺上",
        "清理私拉电线，每层加装集中充电柜",
        "政教处 王莉",
        "2024.7.15",
        "已整改",
        "刘振华",
    ),
    (
        "食堂操作间",
        "燃气管道未安装泄漏报警装置",
        "安装燃气泄漏报警及自动切断装置",
        "总务处 张国强",
        "2024年8月25日前",
        "已联系燃气公司勘查，设备已采购待安装",
        "",
    ),
    (
        "实验楼化学药品室",
        "易制毒化学品未实行双人双锁管理，台账登记不全",
        "落实双人双锁，重新建立领用台账",
        "教务处 赵敏",
        "2024.7.12",
        "已整改，台账已补全",
        "刘振华",
    ),
    (
        "操场西侧围墙",
        "围墙局部倾斜开裂，存在倒塌隐患",
        "设置警戒线，拆除重建",
        "总务处 张国强",
        "2024年8月31日前",
        "已设置警戒线和警示牌，重建资金正在申请",
        "",
    ),
    (
        "校门口",
        "上下学时段校门口车辆乱停，接送家长拥堵",
        "协调交警设置临时停车区，安排护导值班",
        "安全办 李鹏",
        "2024年9月1日前",
        "未整改",
        "",
    ),
    (
        "体育馆",
        "应急照明灯有3处不亮，疏散指示标志被器材遮挡",
        "更换应急照明灯，清理疏散通道",
        "体卫艺处 孙亮",
        "2024.7.10",
        "已整改",
        "刘振华",
    ),
]


def write_school(path: Path) -> Path:
    doc = _new_document("安全办")
    _title(doc, "濮阳市第一中学校园安全隐患排查整改登记表")
    _paragraph(doc, "排查时间：2024年7月8日—7月10日    排查部门：学校安全工作领导小组办公室", 12)
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "隐患部位",
            "隐患内容",
            "整改措施",
            "整改责任人",
            "整改时限",
            "整改结果",
            "验收人签字",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "校长（签字）：刘振华    填表人：李鹏    填表日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 投诉举报办理情况, after an online-service system's complaint form (投诉主题, 编号, 详细内容, 投诉人, 投诉时间,
# 联系电话, 办理意见):
# https://github.com/catkins10/cms/blob/4a26875a09ff360d4709389001b2cd77101d6ab9/WebContent/cms/onlineservice/admin/serviceItemComplaintEdit.jsp
# An .xls (xlwt): title, 说明 line with the 办理时限 in 工作日 from the 投诉时间, one header row with the complainant
# beside the 承办单位, a 合计 row and a 填表 line.
COMPLAINT_ROWS = [
    (
        "TS2407001",
        "预付卡退费难",
        "某健身会所闭店前仍在推销年卡，会员要求退还剩余费用遭拒",
        "王先生",
        "2024-07-01",
        "市商务局",
        "10个工作日",
        "已组织调解，商家退还剩余卡费，投诉人表示满意",
    ),
    (
        "TS2407002",
        "电动车头盔质量",
        "网店购买的电动车头盔无3C标志，佩戴时卡扣断裂",
        "李女士",
        "2024-07-03",
        "市质监局",
        "10个工作日",
        "已对销售主体立案调查，产品已送检",
    ),
    (
        "TS2407003",
        "餐饮卫生",
        "某烧烤店后厨生熟不分，餐具未消毒",
        "匿名",
        "2024-07-08",
        "市食药监局",
        "10个工作日",
        "经现场检查属实，已责令立即改正并予以警告，复查已整改到位",
    ),
    (
        "TS2407004",
        "价格欺诈",
        "超市促销商品标示原价虚高，结算价高于标价",
        "赵先生",
        "2024-07-10",
        "市市场监管局",
        "10个工作日",
        "",
    ),
    (
        "TS2407005",
        "加油机计量",
        "某加油站加油机计量不准，实际加注量明显少于显示量",
        "孙先生",
        "2024-07-15",
        "市质监局",
        "10个工作日",
        "已安排计量检定人员现场检定，正在调查处理",
    ),
    (
        "TS2407006",
        "药店违规销售",
        "药店无处方销售处方药阿莫西林",
        "周女士",
        "2024-07-17",
        "市食药监局",
        "10个工作日",
        "未办理",
    ),
    (
        "TS2407007",
        "虚假宣传",
        "保健品会销宣称产品可治疗高血压",
        "吴先生",
        "2024-07-22",
        "市工商局",
        "10个工作日",
        "已约谈涉事企业，正在固定证据",
    ),
]


def write_complaint(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    note = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    center = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "2024年7月市场监管投诉举报办理情况", title, 0, 8),
        (1, 0, "说明：办理时限自投诉时间次日起按工作日计算。", note, 1, 8),
    ]
    words = ["序号", "编号", "投诉主题", "详细内容", "投诉人", "投诉时间", "承办单位", "办理时限", "办理意见"]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        cells.append((2 + i, 0, i, center))
        cells += [(2 + i, 1 + c, v, cell) for c, v in enumerate(row)]
    last = 3 + len(COMPLAINT_ROWS)
    cells.append((last, 0, "合计", center, last, 2))
    cells.append((last, 3, "共受理7件，办结2件", cell, last, 8))
    cells.append((last + 1, 0, "填表人：马丽    审核人：高峰    填报日期：2024年7月30日", note, last + 1, 8))
    return _write_xls(path, [("7月", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 公路安全生命防护工程隐患路段清单, after a highway system's 安保工程项目 view (路线编码, 路线名称, 管养单位, 起点桩号,
# 止点桩号, 总里程, 路线技术等级, 隐患里程, 项目状态, 隐患内容, 备注):
# https://github.com/qinwuhua/fhylStudio/blob/a776e1f7f9d2cfa5ce32418d357f43518f5472ce/jxzhpt/src/main/webapp/page/lwxm/scksh/abgc_ck.jsp
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 管养单位 as the unit, the 项目状态
# as the verdict and the schedule in 备注; a 填表说明 line.
ROAD_ROWS = [
    (
        "G106",
        "京广线",
        "市交通局",
        "K512+300",
        "K514+100",
        "1.8",
        "二级",
        "急弯陡坡路段无警示标志，路侧临水无护栏",
        "已完工",
        "增设波形护栏及减速标线",
    ),
    (
        "S209",
        "濮范线",
        "市交通局",
        "K23+000",
        "K25+600",
        "2.6",
        "二级",
        "平交路口视距不良，缺少让行标志",
        "在建",
        "计划2024年9月底前完工",
    ),
    (
        "X021",
        "庆祖—胡状",
        "濮阳县交通运输局",
        "K4+200",
        "K6+900",
        "2.7",
        "三级",
        "穿村路段无人行横道线，路面坑槽较多",
        "未开工",
        "2024年8-10月实施",
    ),
    (
        "X035",
        "清丰—马庄桥",
        "清丰县交通运输局",
        "K11+500",
        "K12+300",
        "0.8",
        "三级",
        "临崖路段护栏损毁未修复",
        "已完工",
        "",
    ),
    (
        "Y108",
        "八公桥—渠村",
        "濮阳县交通运输局",
        "K0+000",
        "K3+400",
        "3.4",
        "四级",
        "窄路急弯会车困难，缺少错车道",
        "在建",
        "计划2024年10月31日前完工",
    ),
    (
        "X017",
        "南乐—千口",
        "南乐县交通运输局",
        "K7+800",
        "K9+200",
        "1.4",
        "三级",
        "学校门前路段未设置减速带和注意儿童标志",
        "在建",
        "开学前完成主体，9月20日前全部完工",
    ),
    (
        "S211",
        "台濮线",
        "市交通局",
        "K41+600",
        "K43+000",
        "1.4",
        "二级",
        "桥头跳车，桥梁防撞护栏端头未处理",
        "未开工",
        "年底前完成",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("隐患路段")
    b.widths(ws, [6, 9, 14, 18, 11, 11, 10, 10, 34, 10, 28])
    b.line(ws, 0, "2024年公路安全生命防护工程隐患路段清单", 10, b.title)
    b.line(ws, 1, "填报单位：市公路事业发展中心    填报日期：2024年7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "路线编码",
            "路线名称",
            "管养单位",
            "起点桩号",
            "止点桩号",
            "隐患里程（公里）",
            "路线技术等级",
            "隐患内容",
            "项目状态",
            "备注",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(ROAD_ROWS), "填表说明：项目状态填“已完工”“在建”“未开工”；完工时间写在备注栏。", 10)
    return b.close()


def write_road(path: Path) -> Path:
    return via_soffice(write_road_book, path, "xls", "公路安全生命防护工程隐患路段清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 消防安全检查意见书, after a fire-acceptance system's 检查意见书 template (the office on top, the 意见书 title, a
# 文号 line, the unit addressed, "我部门对你单位申报的……进行了……抽查，经审查资料及现场抽查测试，意见如下", the
# opinions as paragraphs, the conclusion):
# https://github.com/cooperlyt/construct-fire/blob/1e83f772c9e522fb4f58947f4b7f6adf7612b304/check/src/main/resources/report/templates/checkComment.ftl
# A .doc (Word 97 via LibreOffice): the items are numbered paragraphs; the inspected company corrects them, the
# fire brigade is the inspector; deadlines in days from the 检查日期 the text states, some corrected on the spot.
FIRE_PARAS = [
    "1、地下一层汽车库防火卷帘下方堆放杂物，影响卷帘正常降落。立行立改，已现场清理完毕。",
    "2、三层至五层疏散楼梯间常闭式防火门处于开启状态，闭门器损坏。限于2024年7月25日前改正。",
    "3、消防控制室值班人员仅1人，未持证上岗。限于检查之日起15日内改正。",
    "4、室内消火栓系统屋顶水箱补水阀关闭，稳压泵处于手动状态。立行立改，已现场恢复自动状态。",
    "5、六层餐饮区厨房排油烟管道未定期清洗，油垢积聚。限于检查之日起30日内改正。",
    "6、部分区域应急照明灯具和疏散指示标志损坏。限于2024年8月10日前改正。",
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("防火监督科")
    _paragraph(doc, "濮阳市消防救援支队", 16, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "消防安全检查意见书")
    _paragraph(doc, "濮消检字〔2024〕第0716号", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "濮阳华泰商业管理有限公司：")
    _paragraph(
        doc,
        "我支队于2024年7月16日对你单位管理的华泰城市综合体进行了消防安全检查，经审查资料及现场抽查测试，"
        "发现存在下列消防安全问题，意见如下：",
    )
    for text in FIRE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "请你单位按期改正，并于改正期限届满后3日内书面报告整改情况。逾期不改正的，依法予以处罚。")
    _paragraph(doc, "濮阳市消防救援支队（印章）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月16日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "被检查单位签收：陈志远    2024年7月16日", 12)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "消防安全检查意见书.docx")


# ---------------------------------------------------------------------------------------------
# 6. 作风建设问题台账, after a district's account of its 问题台账 (一个单位一本台账、一个问题一个账号; 明确问题内容、
# 责任主体、整改标准、整改措施、办结时限; 台账销号, 立说立改):
# https://gyct.com.cn/info/1271/21122.htm
# A CSV in GBK: a title line naming the unit (its rows name only its sections as 责任主体), a header line with 问题账号,
# 办结时限 as text, a 是否销号 column; a 注 line.
STYLE_ROWS = [
    (
        "ZJ-2024-01",
        "窗口办理施工许可要求企业重复提交已共享的材料",
        "行政审批科",
        "取消重复材料，实现一次提交",
        "梳理材料清单，对接共享平台调取营业执照等电子证照",
        "2024.6.30",
        "已完成材料清单精简，共减少材料4项",
        "是",
    ),
    (
        "ZJ-2024-02",
        "物业投诉转办后回复群众不及时",
        "物业管理科",
        "投诉件3个工作日内首次回复",
        "建立投诉件台账，专人跟踪回访",
        "8月底前",
        "已建立台账，回访制度正在试行",
        "否",
    ),
    (
        "ZJ-2024-03",
        "下基层检查工地时提前通知，检查流于形式",
        "质量安全监督站",
        "推行四不两直检查",
        "制定随机抽查计划，检查结果当日公开",
        "长期坚持",
        "常态化开展，每月随机抽查不少于2次",
        "",
    ),
    (
        "ZJ-2024-04",
        "个别干部上班期间玩手机游戏",
        "办公室",
        "工作纪律明显好转",
        "开展作风纪律专项检查，每周通报",
        "2024.7.15",
        "已开展专项检查3次，通报2人，整改到位",
        "是",
    ),
    (
        "ZJ-2024-05",
        "老旧小区改造项目推进慢，群众多次反映",
        "城建科",
        "9月底前完成年度改造任务",
        "倒排工期，每周调度进度",
        "9月底前",
        "已开工12个小区，完成投资45%",
        "否",
    ),
    (
        "ZJ-2024-06",
        "会议文件多、材料报送要求层层加码",
        "办公室",
        "会议文件压减三分之一",
        "合并同类会议，统一报表口径",
        "年底前",
        "未启动",
        "否",
    ),
    (
        "ZJ-2024-07",
        "公积金贷款审核与房产交易备案衔接不畅",
        "房地产市场监管科",
        "备案信息实时推送",
        "与市公积金中心建立数据共享",
        "2024.9.30",
        "已与市住房公积金管理中心签订数据共享协议，接口正在联调",
        "否",
    ),
]


def write_style(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市住建局作风建设问题台账（截至2024年7月31日）"])
    w.writerow(
        [
            "序号",
            "问题账号",
            "问题内容",
            "责任主体",
            "整改标准",
            "整改措施",
            "办结时限",
            "整改进展",
            "是否销号",
        ]
    )
    for i, row in enumerate(STYLE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：已销号问题经局作风建设领导小组审核；未销号问题按时限持续推进。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. A级旅游景区整改清单落实情况, after a province's 4A级景区服务质量专项整治 (旅游安全、环境卫生、秩序管理、设施维护、服务
# 品质; 撤销等级, 严重警告限期3个月整改, 下发整改清单限期1个月整改; 整改期限内及时上报整改情况):
# http://m.ytkj007.com/blog/657314
# An .xlsx: title, a 说明 line with the 通报 date the 限期 run from, one header row with 处理意见, 整改期限 as 限期N个月,
# 整改落实情况 in sentences and a 复核结果 column; a former unit name (旅游局) among the units; a signature line.
SCENIC_ROWS = [
    (
        "戚城文物景区",
        "4A",
        "游客中心无人值守，咨询服务缺失",
        "严重警告",
        "濮阳市戚城文物景区管理处",
        "限期3个月",
        "已配备专职咨询人员4名，服务制度上墙",
        "复核合格",
    ),
    (
        "戚城文物景区",
        "4A",
        "景区内三处旅游厕所异味明显，无障碍设施损坏",
        "严重警告",
        "濮阳市戚城文物景区管理处",
        "限期3个月",
        "两处厕所已完成改造，第三处正在施工",
        "",
    ),
    (
        "单拐革命旧址",
        "4A",
        "讲解词存在史实错误，讲解员未持证",
        "下发整改清单",
        "清丰县单拐革命旧址管理处",
        "限期1个月",
        "已重新审定讲解词，组织讲解员培训考核",
        "复核合格",
    ),
    (
        "濮上园",
        "3A",
        "停车场无专人管理，车辆乱停乱放",
        "下发整改清单",
        "濮阳市濮上园管理有限公司",
        "限期1个月",
        "已整改：增设停车引导员，停车场划线完成",
        "",
    ),
    (
        "绿色庄园",
        "4A",
        "游乐设施无定期检验标志，安全须知缺失",
        "严重警告",
        "濮阳绿色庄园旅游开发有限公司",
        "限期3个月",
        "设备已报特种设备检验机构，等待检验",
        "",
    ),
    (
        "全市A级景区",
        "—",
        "城区通往景区的旅游交通标识不统一、不完善",
        "下发整改清单",
        "市旅游局",
        "限期3个月",
        "未整改",
        "",
    ),
    (
        "中原油田石油科技馆",
        "3A",
        "景区售卖三无食品，商户摊点占道经营",
        "下发整改清单",
        "中原油田石油科技馆",
        "限期1个月",
        "已清理占道摊点，三无食品全部下架",
        "复核合格",
    ),
]


def write_scenic(path: Path) -> Path:
    b = Book(path, author="资源开发科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 16, 6, 34, 12, 26, 11, 34, 10])
    b.line(ws, 0, "全市A级旅游景区服务质量专项整治问题整改清单落实情况", 8, b.title)
    b.line(
        ws,
        1,
        "说明：市旅游景区质量等级评定委员会2024年6月14日通报检查结果，整改期限自通报之日起计算。",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "景区名称",
            "等级",
            "检查发现问题",
            "处理意见",
            "整改责任单位",
            "整改期限",
            "整改落实情况",
            "复核结果",
        ],
    )
    for i, row in enumerate(SCENIC_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(SCENIC_ROWS), "填报单位：市文化广电和旅游局资源开发科    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 农村人居环境整治问题整改台账 from two towns, after a town's 农村环境整治调研报告 (农村生活垃圾不断增加, 未及时清运;
# 农村生活污水处理率低; 无害化厕所; 县执法局统一招标的第三方公司承包垃圾清运):
# https://laojin123.com/article/31501.html
# A .zip of two returns: an .xlsx with a 填报单位（盖章） line and a 村名 column, and a CSV in UTF-8 with BOM whose
# town is named only in its file name and title line.
TOWN_A_ROWS = [
    (
        "前刘村",
        "生活垃圾",
        "村东坑塘堆积陈年垃圾，第三方公司清运不及时",
        "集中清理坑塘垃圾，督促保洁公司每日清运",
        "2024年7月20日",
        "已清理垃圾80余方，坑塘已平整",
    ),
    (
        "后屯村",
        "生活污水",
        "主街生活污水直排路边沟渠，夏季异味大",
        "铺设污水管网接入镇污水处理站",
        "2024年10月底",
        "管网已铺设600米，完成60%",
    ),
    (
        "吕家村",
        "厕所革命",
        "改厕户化粪池渗漏，部分户厕闲置",
        "逐户排查维修，建立管护台账",
        "2024年8月31日",
        "",
    ),
    (
        "东王庄村",
        "村容村貌",
        "村内残垣断壁未拆除，柴草乱堆",
        "拆除残垣断壁，柴草入院",
        "长期坚持",
        "常态化推进",
    ),
]

TOWN_B_ROWS = [
    ("1", "渠村", "生活垃圾", "垃圾中转点无围挡，垃圾外溢", "加装围挡，增加清运频次", "2024.7.31", "已完成"),
    (
        "2",
        "马寨村",
        "生活污水",
        "污水处理设施建成后未运行",
        "协调县水利局调试设备，明确运维单位",
        "2024年9月30日",
        "已完成设备调试，运维单位正在招标",
    ),
    ("3", "三合村", "厕所革命", "公厕无人保洁，无洗手设施", "聘请保洁员，加装洗手池", "8月15日前", "未整改"),
    (
        "4",
        "北街村",
        "村容村貌",
        "村口道路两侧小广告乱贴乱画",
        "清理小广告，设置便民信息栏",
        "2024.7.10",
        "已清理完毕，信息栏已设置",
    ),
]


def write_town_a(path: Path) -> Path:
    b = Book(path, author="庆祖镇农业服务中心")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 12, 36, 32, 16, 30])
    b.line(ws, 0, "农村人居环境整治问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳县庆祖镇人民政府    填报日期：2024年7月28日", 6)
    b.header(ws, 2, ["序号", "村名", "问题类型", "问题描述", "整改措施", "完成时限", "整改情况"])
    for i, row in enumerate(TOWN_A_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(TOWN_A_ROWS), "分管领导：周卫东    填表人：胡静    联系电话：0393-3281234", 6)
    return b.close()


def write_town_b(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["八公桥镇农村人居环境整治问题整改台账（7月）"])
    w.writerow(["序号", "村名", "问题类型", "问题描述", "整改措施", "完成时限", "整改情况"])
    for row in TOWN_B_ROWS:
        w.writerow(row)
    w.writerow(["填表人：韩雪", "", "", "", "", "", "2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


def write_towns(path: Path) -> Path:
    members = [
        ("庆祖镇农村人居环境整治问题整改台账.xlsx", write_town_a),
        ("八公桥镇农村人居环境整治问题整改台账.csv", write_town_b),
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
# 9. 作风问题整改进度公示, after a city's 整改落实问效 mechanisms (拉出整改单子，明确具体责任单位、责任领导和整改措施、
# 整改时限; 整改进度每月25日公示; 项目化管理):
# https://m.folksfolks.com/qzlx/2014-11/19/content_15248310.htm
# An .ods (LibreOffice from .xlsx): title, 公示 line, one header row with 责任单位 and 责任领导 side by side, quarter,
# month-range and 年底前 deadlines, 常态化 items; a 监督电话 footer.
PUBLIC_ROWS = [
    (
        "公交站点候车亭破损、线路信息未更新",
        "众意公交公司",
        "副总经理 许海",
        "排查全部候车亭，更换破损设施和站牌",
        "2024年第三季度",
        "已更换站牌126块，候车亭维修完成70%",
    ),
    (
        "自来水报装办理环节多、时间长",
        "市自来水公司",
        "总经理 冯军",
        "压减报装环节至2个，办理时限压缩至5个工作日",
        "2024年6-9月",
        "已完成",
    ),
    (
        "燃气入户安检不到位，部分用户多年未检",
        "市燃气公司",
        "副总经理 潘立新",
        "开展入户安检全覆盖，建立用户安检档案",
        "年底前",
        "推进中，已完成安检3.2万户",
    ),
    (
        "供电抢修服务响应慢，群众反映停电信息不及时",
        "供电公司",
        "副总经理 钱锋",
        "停电信息提前24小时推送，抢修到达时限公开承诺",
        "长期坚持",
        "常态化推进",
    ),
    (
        "热线电话接通率低，投诉转办推诿",
        "众意公交公司",
        "党委副书记 杜娟",
        "增设热线坐席，实行首问负责制",
        "2024年8月31日",
        "未启动",
    ),
    (
        "水费账单信息不清，群众看不懂",
        "市自来水公司",
        "副总经理 唐敏",
        "重新设计账单，增加用量对比和收费标准说明",
        "2024年7月15日",
        "已完成，新版账单7月起启用",
    ),
    (
        "营业厅窗口午间不办理业务",
        "市燃气公司",
        "总经理 彭涛",
        "实行午间不打烊，周六上午正常营业",
        "2024年第三季度",
        "已制定方案，8月1日起试行",
    ),
]


def write_public_book(path: Path) -> Path:
    b = Book(path, author="作风办")
    ws = b.sheet("公示")
    b.widths(ws, [6, 36, 16, 18, 36, 16, 30])
    b.line(ws, 0, "市公用事业单位作风问题整改进度公示（2024年7月25日）", 6, b.title)
    b.line(ws, 1, "按照整改落实公示制，现将各单位作风问题整改进度公示如下，接受群众监督。", 6)
    b.header(ws, 2, ["序号", "整改事项", "责任单位", "责任领导", "整改措施", "整改时限", "整改进度"])
    for i, row in enumerate(PUBLIC_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(PUBLIC_ROWS), "监督电话：0393-8991234    公示期：2024年7月25日至8月24日", 6)
    return b.close()


def write_public(path: Path) -> Path:
    via_soffice(write_public_book, path, "ods", "作风问题整改进度公示.xlsx")
    return fixed_zip(path)


FILES = [
    ("2024年第二季度院内会诊科室自查持续改进记录表.xlsx", write_consult),
    ("校园安全隐患排查整改登记表.docx", write_school),
    ("2024年7月市场监管投诉举报办理情况.xls", write_complaint),
    ("公路安全生命防护工程隐患路段清单.et", write_road),
    ("消防安全检查意见书（华泰城市综合体）.doc", write_fire),
    ("作风建设问题台账.csv", write_style),
    ("A级旅游景区整改清单落实情况.xlsx", write_scenic),
    ("农村人居环境整治问题整改台账（两镇）.zip", write_towns),
    ("市公用事业单位作风问题整改进度公示.ods", write_public),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

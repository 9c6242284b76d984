"""Write the dev156 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 民生实事与重点项目推进、乡村振兴与防返贫、养老托育和社会救助督查问题整改 (敬老院安全隐患排查, 特困供养
机构检查, 重点产业项目节点调度, 进展较慢重点项目督查, 中省资金项目督促, 巩固脱贫成果后评估整改, 镇村“补短强弱”
问题清单, 社会救助领域集中整治督导, 托育机构联合检查, 民生实事项目督查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .wps (LibreOffice conversions of an .xlsx and a
.docx, renamed), .ods (LibreOffice conversion of an .xlsx with fixed member times), a CSV in GBK, a .docx whose items
are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx, UTF-8 member names). Contents are made up;
the statistics date is 2024-07-31.
Run from this folder: python make_aside270.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})

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
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
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


def _vertical_groups(ws, b: Book, first_row: int, col: int, values: list[str]) -> None:
    """Write a column whose equal neighbouring values are merged vertically (类别 columns)."""
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            b.merge(ws, first_row + start, col, first_row + i - 1, col, values[start], b.center)
            start = i


# ---------------------------------------------------------------------------------------------
# 1. 敬老院安全隐患排查整改台账, after a city 民政局's notice on 敬老院安全隐患排查及整改 (各旗县市区民政局对辖区内所有
# 供养机构全面开展安全隐患排查及整改工作，重点从消防安全、食品卫生安全、人身安全方面进行排查，并建立隐患排查台账，
# 制定消除隐患时间表):
# http://218.28.6.71:81/Qikan/Article/Detail?id=674476235
# An .xlsx: title, 填报单位/排查时间/填报日期 line, a two-row header (隐患排查情况 over 隐患类别 and 隐患具体描述), the
# 隐患类别 merged down over its rows, a 消除隐患时间表 column for the deadline, the town governments as 责任单位 and one
# row of the county bureau itself, a 注 line and a signature line.
ELDER_ROWS = [
    (
        "柳屯镇敬老院",
        "消防安全",
        "厨房与老人居室之间未设置防火分隔，液化气钢瓶与灶具同室存放",
        "改用管道天然气，增设甲级防火门",
        "2024年7月20日前",
        "柳屯镇人民政府",
        "张红旗",
        "已整改，7月18日复查合格",
    ),
    (
        "文留镇敬老院",
        "消防安全",
        "部分灭火器压力不足，消防应急照明灯损坏3盏",
        "更换灭火器，维修应急照明灯",
        "2024年7月10日前",
        "文留镇人民政府",
        "李志刚",
        "已更换完毕",
    ),
    (
        "八公桥镇敬老院",
        "消防安全",
        "老人居室内私拉乱接电线，冬季使用大功率电热毯",
        "开展用电安全专项清理，每周巡查",
        "长期坚持",
        "八公桥镇人民政府",
        "王秀云",
        "每周巡查一次，常态化开展",
    ),
    (
        "户部寨镇敬老院",
        "食品卫生安全",
        "食品留样记录不全，部分留样时间不足48小时",
        "建立食品留样台账，专人管理",
        "2024年7月31日前",
        "户部寨镇人民政府",
        "赵建国",
        "",
    ),
    (
        "王称堌镇敬老院",
        "食品卫生安全",
        "厨师健康证过期未及时更换",
        "督促厨师重新办理健康证",
        "7月底前",
        "王称堌镇人民政府",
        "刘海军",
        "正在办理，已完成体检",
    ),
    (
        "子岸镇敬老院",
        "人身安全",
        "卫生间、浴室未安装扶手和防滑垫",
        "加装扶手，铺设防滑地垫",
        "2024年8月31日前",
        "子岸镇人民政府",
        "孙立新",
        "尚未启动，改造资金待落实",
    ),
    (
        "濮阳县社会福利中心",
        "人身安全",
        "失能老人护理区未安装紧急呼叫装置",
        "安装床头紧急呼叫系统",
        "2024年9月30日前",
        "濮阳县民政局",
        "周文斌",
        "设备已采购，正在安装",
    ),
]


def write_elder(path: Path) -> Path:
    b = Book(path, author="社会事务股")
    ws = b.sheet("隐患排查整改台账")
    b.widths(ws, [6, 16, 12, 38, 26, 16, 16, 10, 24])
    last = 8
    b.line(ws, 0, "濮阳县特困人员供养服务机构（敬老院）安全隐患排查整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县民政局（社会事务股）    排查时间：2024年7月1日—7月5日    填报日期：2024年7月29日",
        last,
    )
    for col, word in ((0, "序号"), (1, "供养机构"), (4, "整改措施"), (5, "消除隐患时间表"), (6, "责任单位")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "隐患排查情况", b.head)
    b.header(ws, 3, ["隐患类别", "隐患具体描述"], first=2)
    b.merge(ws, 2, 7, 3, 7, "责任人", b.head)
    b.merge(ws, 2, 8, 3, 8, "整改完成情况", b.head)
    for i, row in enumerate(ELDER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0])
        b.row(ws, r, list(row[2:]), first=3)
    _vertical_groups(ws, b, 4, 2, [row[1] for row in ELDER_ROWS])
    end = 4 + len(ELDER_ROWS)
    b.line(
        ws,
        end,
        "注：隐患类别按消防安全、食品卫生安全、人身安全填写；已整改的隐患由乡镇复查后填写整改完成情况。",
        last,
    )
    b.line(ws, end + 1, "审核人：周文斌    填表人：郭晓燕    联系电话：0393-3212476", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村特困供养机构安全检查督办表, after a city 低保局's check of all 农村五保供养机构 (对安全隐患及日常管理情况进行
# 检查和督办; 发现精神疾患对象清退不彻底、环境卫生不整洁、食物留样制度不坚持、“明线”供电、心理疏导无记录等问题，
# 除当场责令限期整改外，全部录入“全市五保供养机构安全档案”，并下发通报，跟进落实):
# http://bid.caigoupt.com/info-98169638.html
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row with the 县（区）, the 供养机构 (the unit), each row's
# 检查日期, 处理意见, 整改期限 as N日内 from that date / 立即整改 / 月底前, a 录入安全档案 column (not progress),
# 整改落实情况, a 注 line that says the limits count from the 检查日期, and a signature line.
WUBAO_ROWS = [
    (
        "清丰县",
        "清丰县仙庄镇敬老院",
        "2024.7.8",
        "精神障碍特困人员与其他老人混住，清退转介不彻底",
        "当场责令限期整改",
        "15日内",
        "是",
        "已转介至县精神康复中心，复查合格",
    ),
    (
        "清丰县",
        "清丰县六塔乡敬老院",
        "2024.7.8",
        "院内环境卫生不整洁，生活垃圾未日产日清",
        "当场责令整改",
        "立即整改",
        "是",
        "已整改",
    ),
    (
        "南乐县",
        "南乐县福堪镇敬老院",
        "2024.7.9",
        "食物留样制度执行不坚持，7月5日至8日无留样记录",
        "责令限期整改",
        "7日内",
        "是",
        "整改中",
    ),
    (
        "南乐县",
        "南乐县元村镇敬老院",
        "2024.7.9",
        "老人居室采用“明线”供电，部分线路老化",
        "责令限期整改",
        "30日内",
        "是",
        "",
    ),
    (
        "范县",
        "范县颜村铺乡敬老院",
        "2024.7.10",
        "心理疏导无记录，未建立入住老人心理健康档案",
        "责令限期整改",
        "15日内",
        "是",
        "未整改",
    ),
    (
        "台前县",
        "台前县夹河乡敬老院",
        "2024.7.11",
        "夜间值班人员仅1名，不能满足失能老人护理需要",
        "责令限期整改",
        "8月底前",
        "是",
        "已招聘护理员1名，正在岗前培训",
    ),
    (
        "华龙区",
        "华龙区岳村镇敬老院",
        "2024.7.12",
        "消防控制室值班人员无证上岗",
        "责令限期整改",
        "20日内",
        "是",
        "已整改，持证人员7月25日上岗",
    ),
]


def write_wubao(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "全市农村特困人员供养机构安全检查发现问题督办表", t, 0, 8),
        (1, 0, "检查单位：濮阳市民政局社会救助科    检查时间：2024年7月8日—7月12日", plain, 1, 8),
    ]
    header = [
        "序号",
        "县（区）",
        "供养机构",
        "检查日期",
        "检查发现问题",
        "处理意见",
        "整改期限",
        "录入安全档案",
        "整改落实情况",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(header)]
    for i, row in enumerate(WUBAO_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7) else c))
    r = 3 + len(WUBAO_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改期限自检查之日起计算；问题已全部录入全市特困供养机构安全档案，整改情况由县（区）民政局复查后填写。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "填表：韩冰    审核：吕国强    2024年7月26日", plain, r + 1, 8),
    ]
    return _write_xls(path, [("督办表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 重点产业项目节点推进累进式工作台账, after a county's 首批50项重点产业项目督查方案 (“155计划”; 每旬电话调度一次
# 节点推进情况，建立累进式工作台账，对重点项目节点推进情况登记造册，完成的予以销号，未按时完成的进行督办、催办;
# 帮扶领导和帮扶责任人、项目联络员):
# https://m.wenke99.com/p-6838529.html
# An .xlsx: title, a 调度 line with the date, a two-row header (帮扶责任 over 帮扶领导/帮扶责任人), the 项目单位
# (a company) as the unit, 节点目标任务 as the task, 完成时限 as 7月20日前 / 7月底前 / 年底前, 推进情况 and a
# 销号情况 column (已销号 / 督办 / 催办), a 说明 line and the 县委督查室 at the foot.
PROJECT_ROWS = [
    (
        "年产10万吨生物降解材料项目",
        "濮阳县宏业新材料有限公司",
        "王振华",
        "刘宁",
        "完成1#、2#生产车间主体封顶",
        "7月20日前",
        "1#、2#车间已于7月18日封顶",
        "已销号",
    ),
    (
        "濮阳县冷链物流园项目",
        "河南豫东冷链物流有限公司",
        "陈卫东",
        "马俊",
        "完成园区道路及管网工程施工招标",
        "7月15日前",
        "招标文件已编制，因控制价审核未完成暂未挂网",
        "督办",
    ),
    (
        "新型建材产业园二期项目",
        "濮阳县中建科工建材有限公司",
        "李国栋",
        "徐静",
        "取得二期用地不动产权证书",
        "7月底前",
        "土地组卷已报省自然资源厅，待批复",
        "督办",
    ),
    (
        "光伏组件生产线技改项目",
        "濮阳市鑫源光电科技有限公司",
        "王振华",
        "高峰",
        "完成新增生产设备安装调试并试生产",
        "8月15日前",
        "设备已到货12台（套），正在安装",
        "",
    ),
    (
        "预制菜加工项目",
        "濮阳县丰润食品有限公司",
        "陈卫东",
        "范丽",
        "办理施工许可证并开工建设",
        "7月10日前",
        "未开工，施工图审查尚未提交",
        "催办",
    ),
    (
        "农副产品精深加工园项目",
        "濮阳县金穗农业发展有限公司",
        "李国栋",
        "杜明",
        "完成项目环境影响评价批复",
        "7月25日前",
        "7月24日取得环评批复",
        "已销号",
    ),
    (
        "石化配套仓储物流项目",
        "濮阳县恒泰储运有限公司",
        "王振华",
        "宋涛",
        "完成年度投资入库1.2亿元",
        "年底前",
        "",
        "",
    ),
]


def write_projects(path: Path) -> Path:
    b = Book(path, author="县委督查室")
    ws = b.sheet("累进式台账")
    b.widths(ws, [6, 24, 26, 10, 10, 30, 12, 30, 10])
    last = 8
    b.line(ws, 0, "濮阳县“155计划”首批重点产业项目节点推进累进式工作台账", last, b.title)
    b.line(ws, 1, "2024年7月第二旬电话调度    调度日期：2024年7月22日", last)
    for col, word in ((0, "序号"), (1, "项目名称"), (2, "项目单位"), (5, "节点目标任务"), (6, "完成时限")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "帮扶责任", b.head)
    b.header(ws, 3, ["帮扶领导", "帮扶责任人"], first=3)
    b.merge(ws, 2, 7, 3, 7, "节点推进情况", b.head)
    b.merge(ws, 2, 8, 3, 8, "销号情况", b.head)
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(PROJECT_ROWS)
    b.line(ws, end, "说明：每旬电话调度一次，节点按期完成的予以销号，未按时完成的列入督办、催办。", last)
    b.line(ws, end + 1, "中共濮阳县委督查室    调度人：齐宏伟    联系电话：0393-3256610", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 进展较慢重点项目专项督查问题清单, after a city 发改局's four-day 专项督查 of its slower 重点项目 (督查组先后对街道办、
# 镇、市教育局、市水利局、市住建局、市文广旅体局、市城市管理和综合执法局等单位的项目进行座谈和现场督导，详细了解
# 项目进展缓慢和滞后的原因，提出解决的意见和建议，要求按时间节点完成):
# http://diseaseprevention5k.com/kpsfzhggj/zdlyxxgk/zdxm/content/post_2374813.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and renamed): title, 督查时间/牵头单位 line, one header row with
# 被督查单位 (bureaus under former or short names, a street office, town governments), 进展缓慢和滞后原因, 督查组意见
# 建议, 时间节点 (dates, 月底前, 年底前) and 目前进展, a signature line.
SLOW_ROWS = [
    (
        "华龙区中原路街道办事处",
        "中原路片区老旧小区改造项目",
        "管网改造涉及3户居民违建拆除未谈妥，施工停滞",
        "加大群众工作力度，依法依规推进",
        "8月底前完成管网改造",
        "已完成2户协商，剩余1户正在做工作",
    ),
    (
        "濮阳县城关镇人民政府",
        "城关镇农贸市场提升改造项目",
        "施工单位人员、机械投入不足，进度滞后计划2个月",
        "督促施工单位增加人员和机械",
        "2024年9月30日前竣工",
        "",
    ),
    (
        "市教育局",
        "市第二实验小学扩建项目",
        "教学楼设计变更未审批，主体施工暂停",
        "尽快完成设计变更审批",
        "2024年7月31日前",
        "已完成设计变更审批，7月27日复工",
    ),
    (
        "市水务局",
        "城区雨污分流改造项目",
        "部分路段地下管线产权不清，迁改协调缓慢",
        "召开联席会议协调管线迁改",
        "10月底前",
        "正在协调",
    ),
    (
        "市住建委",
        "城市更新片区安置房项目",
        "资金拨付滞后，拖欠施工单位工程进度款",
        "多渠道筹措资金，加快拨付",
        "年底前",
        "未启动",
    ),
    (
        "市文广新局",
        "市博物馆陈展提升项目",
        "展陈设计方案三次修改仍未定稿",
        "尽快确定展陈设计方案",
        "2024年7月25日",
        "方案已定稿，已完成",
    ),
    (
        "市城管执法局",
        "城区公厕新改建项目",
        "计划新改建12座公厕中5座选址未落实",
        "会同属地街道落实选址",
        "8月15日前",
        "已落实3座，其余2座正在选址",
    ),
    (
        "清丰县韩村镇人民政府",
        "韩村镇污水处理站项目",
        "设备安装完成后未通过联合调试，未能通水运行",
        "组织设备厂家重新调试",
        "8月10日前",
        "进展滞后",
    ),
]


def write_slow_book(path: Path) -> Path:
    b = Book(path, author="重点项目办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 26, 36, 28, 20, 26])
    last = 6
    b.line(ws, 0, "2024年全市进展较慢重点项目专项督查问题清单", last, b.title)
    b.line(ws, 1, "督查时间：2024年7月15日至18日    牵头单位：濮阳市发展和改革委员会（重点项目办）", last)
    b.header(
        ws,
        2,
        ["序号", "被督查单位", "项目名称", "进展缓慢和滞后原因", "督查组意见建议", "时间节点", "目前进展"],
    )
    for i, row in enumerate(SLOW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(SLOW_ROWS)
    b.line(ws, end + 1, "市重点项目办    联系人：程晓东    联系电话：0393-4418712    2024年7月29日", last)
    return b.close()


def write_slow(path: Path) -> Path:
    return via_soffice(write_slow_book, path, "xls", "重点项目专项督查问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 中省资金项目现场督促问题清单, after a city 发展改革委's 联合督导 of 2021—2023年城建领域中省资金项目 (核查施工许可证、
# 支付凭证、竣工验收等手续; 部分项目存在超期未开工、进展滞后、投资完成率及资金支付率低等问题; 对问题项目摸清情况、
# 建立问题清单，制定整改措施，落实整改时限、整改责任):
# https://m.happymerchs.com/zfxxgk1/fdzdgknr/zdxm1/zdxmjzqk1/10016971.shtml
# A CSV in GBK: a title line, a 填报单位/截至 line, one header line with 问题类型 and 整改责任 (county bureaus), 整改时限
# as dates and 年底前, 整改情况, a 合计 line and a 注 line.
FUNDS_ROWS = [
    (
        "南乐县",
        "南乐县城区供水管网改造项目",
        "超期未开工",
        "项目资金2023年已下达，至今未开工",
        "完成招标，督促施工单位进场",
        "2024年9月30日",
        "南乐县住房和城乡建设局",
        "已完成招标，计划8月中旬进场",
    ),
    (
        "清丰县",
        "清丰县老旧小区配套基础设施项目",
        "投资完成率低",
        "投资完成率仅41%，低于序时进度",
        "倒排工期，加快施工",
        "2024年10月31日",
        "清丰县住房和城乡建设局",
        "正在推进",
    ),
    (
        "范县",
        "范县污水处理厂提标改造项目",
        "资金支付率低",
        "已完工未办理结算，资金支付率仅58%",
        "加快结算审计，及时支付",
        "2024年8月31日",
        "范县财政局",
        "已完成结算审计，资金已全部支付",
    ),
    (
        "台前县",
        "台前县城区排水防涝项目",
        "进展滞后",
        "主管网工程完成量不足计划的一半",
        "增加作业面，汛后全面施工",
        "年底前",
        "台前县城市管理局",
        "",
    ),
    (
        "华龙区",
        "华龙区背街小巷改造项目",
        "已完工未验收",
        "2023年11月已完工，至今未组织竣工验收",
        "组织竣工验收",
        "2024年7月31日",
        "华龙区住房和城乡建设局",
        "已验收",
    ),
    (
        "濮阳县",
        "濮阳县燃气管道老化更新改造项目",
        "超期未开工",
        "施工许可手续未办结，项目未开工",
        "加快办理施工许可",
        "2024年8月15日",
        "濮阳县住房和城乡建设局",
        "未整改",
    ),
    (
        "濮阳县",
        "濮阳县城区公共停车场项目",
        "资金支付率低",
        "资金支付率仅29%，结余资金未及时使用",
        "按工程进度及时拨付",
        "2024年9月30日",
        "濮阳县发展和改革委员会",
        "已支付至45%，持续推进",
    ),
]


def write_funds(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2021年—2023年城建领域中省资金项目现场督促问题清单"])
    w.writerow(["填报单位：濮阳市住房和城乡建设局", "", "", "", "", "", "截至2024年7月25日"])
    w.writerow(
        [
            "序号",
            "县（区）",
            "项目名称",
            "问题类型",
            "问题描述",
            "整改措施",
            "整改时限",
            "整改责任",
            "整改情况",
        ]
    )
    for i, row in enumerate(FUNDS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", f"共{len(FUNDS_ROWS)}个问题，已整改2个", "", "", "", ""])
    w.writerow(["注：问题类型按超期未开工、进展滞后、投资完成率低、资金支付率低、已完工未验收填写。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 巩固脱贫成果后评估反馈问题整改, after a 管理区's 2022年度巩固脱贫成果后评估反馈问题整改方案 (问题分为责任落实、政策
# 落实、工作落实三个方面: 个别村干部对政策不熟悉、对脱贫人口基本情况不清楚; 个别社区卫生室建设不达标; 监测对象风险
# 消除不规范，集中排查不深入; 产业帮扶缺乏实效; 生活垃圾转运不及时):
# https://www.hbqj.gov.cn/xxgk/xxgkml/qzcxxgkml/zjq/zfxxgk/fdzdgknr/qtzdgknr_34504/zdzcls/202306/t20230615_4709712.html
# A .docx report from a 乡 government: title, 主送, preamble, three 方面 headings, the items as numbered paragraphs
# with 整改措施 / 责任部门 (the 乡's own offices) / 整改时限 / 整改情况 sentences, a closing paragraph, the 乡 and date.
RECHECK_SECTIONS = [
    (
        "（一）责任落实方面",
        [
            (
                "基本情况不熟悉。个别村干部对巩固拓展脱贫攻坚成果同乡村振兴政策不熟悉、对脱贫人口基本情况不清楚。",
                "整改措施：组织村“两委”干部集中培训，开展政策和户情“一口清”测试。责任部门：乡巩固衔接办。"
                "整改时限：2024年6月底前。整改情况：已于6月18日完成全乡29个村集中培训和测试，已完成整改。",
            ),
            (
                "帮扶责任人入户走访不经常，个别帮扶手册帮扶记录更新不及时。",
                "整改措施：落实帮扶责任人每月走访制度，乡纪委按月抽查。责任部门：乡组织办。"
                "整改时限：长期坚持。整改情况：按月走访、按月抽查，常态化推进。",
            ),
        ],
    ),
    (
        "（二）政策落实方面",
        [
            (
                "基层卫生服务水平不高，个别村卫生室建设不达标，功能分区不规范，设施设备不配套。",
                "整改措施：对3个不达标村卫生室实施改造，配齐设施设备。责任部门：乡社会事务办。"
                "整改时限：2024年9月底前。整改情况：已完成2个村卫生室改造，其余1个正在施工。",
            ),
            (
                "“雨露计划”职业教育补助申报遗漏脱贫家庭学生2人。",
                "整改措施：逐户核对在校学生信息，补报补助。责任部门：乡社会事务办。"
                "整改时限：2024年7月10日前。整改情况：已补报，补助资金已发放到户，整改完成。",
            ),
        ],
    ),
    (
        "（三）工作落实方面",
        [
            (
                "防返贫动态监测帮扶不扎实。个别村监测对象风险消除不规范，集中排查不深入，排查情况与农户实际不符。",
                "整改措施：对已消除风险的监测户逐户复核，规范风险消除程序。责任部门：乡巩固衔接办。"
                "整改时限：2024年8月底前。整改情况：正在逐户复核，已复核86户。",
            ),
            (
                "产业帮扶缺乏实效。新型农业经营主体带动脱贫户和监测户的比例偏低，小额信贷户贷率低于全县平均水平。",
                "整改措施：引导农民专业合作社、家庭农场与脱贫户签订带动协议，开展小额信贷政策宣传。"
                "责任部门：乡农业农村办。整改时限：2024年12月底前。",
            ),
            (
                "乡村建设和乡村治理不够深入。部分村生活垃圾转运不及时，公共区域垃圾暴露未及时清理。",
                "整改措施：落实保洁员责任区，实行垃圾日产日清。责任部门：乡人居环境整治办。"
                "整改时限：2024年7月底前。整改情况：尚未启动。",
            ),
        ],
    ),
]


def write_recheck(path: Path) -> Path:
    doc = _new_document("巩固衔接办")
    _title(doc, "濮阳县渠村乡人民政府关于2023年度巩固脱贫成果后评估反馈问题整改情况的报告")
    _paragraph(doc, "县委农村工作领导小组办公室：")
    _paragraph(
        doc,
        "根据《2023年度巩固脱贫成果后评估反馈问题濮阳县整改方案》要求，我乡对照反馈问题，逐条制定整改措施，"
        "明确责任部门和整改时限。现将截至2024年7月28日的整改情况报告如下：",
    )
    n = 0
    for heading, items in RECHECK_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, rest in items:
            n += 1
            _paragraph(doc, f"{n}．{problem}")
            _paragraph(doc, rest)
    _paragraph(
        doc, "下一步，我乡将坚持问题整改与巩固提升相结合，对未完成整改的问题挂账督办，确保按期整改到位。"
    )
    _paragraph(doc, "濮阳县渠村乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 镇村“补短强弱”问题排查整改清单, after a county 乡村振兴局's “补短强弱攻坚行动” (按照责任落实、政策落实、工作落实
# 和成效巩固4个方面建立任务清单; 组织乡镇、第一书记、驻村工作队核查督导，“每乡必筛、每村必到、每户必核”; 将省、
# 市、县各类考核发现问题收集整理，建立问题清单和已整改问题清单，问题整改动态清零):
# http://pc.yun.jxntv.cn/p/797828.html
# An .xlsx from a town: title, 填报单位/填报时间 line, a two-row header (是否整改到位 over 是/否), the 4 方面 merged
# down over their rows, 问题来源, the 责任村 (the unit, written with the town's name), 包村干部, 整改时限, ticks under
# 是/否, 销号时间 and a 备注 column, a 说明 line and a signature line.
VILLAGE_ROWS = [
    (
        "责任落实",
        "县级核查",
        "马庄桥镇前王村",
        "村级防返贫监测员对监测户家庭收入情况掌握不清",
        "开展监测员业务培训，逐户核实收入",
        "王磊",
        "2024年7月15日",
        "√",
        "",
        "2024.7.12",
        "",
    ),
    (
        "责任落实",
        "市级督导",
        "马庄桥镇后史村",
        "驻村工作队员在岗天数不足，考勤管理不严",
        "严格落实驻村考勤和请销假制度",
        "李强",
        "长期坚持",
        "",
        "",
        "",
        "",
    ),
    (
        "政策落实",
        "省级考核",
        "马庄桥镇东刘村",
        "2户脱贫户农村危房改造补助资金未及时兑付",
        "加快补助资金兑付",
        "张伟",
        "2024年6月30日",
        "√",
        "",
        "2024.6.28",
        "",
    ),
    (
        "政策落实",
        "县级核查",
        "马庄桥镇西孙村",
        "1名脱贫家庭学生符合条件未享受“雨露计划”补助",
        "补报“雨露计划”补助",
        "孙丽",
        "2024年7月31日",
        "",
        "√",
        "",
        "",
    ),
    (
        "工作落实",
        "县级核查",
        "马庄桥镇南赵村",
        "监测对象风险消除程序不规范，缺少入户核实记录",
        "补齐入户核实记录，规范风险消除程序",
        "赵军",
        "2024年8月15日",
        "",
        "√",
        "",
        "已补齐12户，剩余5户正在入户核实",
    ),
    (
        "工作落实",
        "市级督导",
        "马庄桥镇北李村",
        "村内公共区域垃圾暴露，生活垃圾转运不及时",
        "增加保洁员，实行日产日清",
        "李红",
        "2024年7月20日",
        "√",
        "",
        "2024.7.19",
        "",
    ),
    (
        "成效巩固",
        "省级考核",
        "马庄桥镇中王村",
        "扶贫项目资产（村级光伏电站）管护责任未落实",
        "明确管护主体，签订管护协议",
        "王超",
        "2024年9月30日",
        "",
        "",
        "",
        "",
    ),
    (
        "成效巩固",
        "县级核查",
        "马庄桥镇马庄桥村",
        "村股份经济合作社收益分配方案未公示",
        "召开村民代表会议，公示收益分配方案",
        "刘洋",
        "8月底前",
        "",
        "√",
        "",
        "",
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="巩固衔接办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 10, 18, 36, 28, 10, 16, 5, 5, 12, 26])
    last = 11
    b.line(ws, 0, "清丰县马庄桥镇巩固拓展脱贫攻坚成果“补短强弱”问题排查整改清单", last, b.title)
    b.line(ws, 1, "填报单位：马庄桥镇巩固衔接办（盖章）    填报时间：2024年7月30日", last)
    single = [
        "序号",
        "问题类别",
        "问题来源",
        "责任村（社区）",
        "存在问题",
        "整改措施",
        "包村干部",
        "整改时限",
    ]
    for col, word in enumerate(single):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "销号时间", b.head)
    b.merge(ws, 2, 11, 3, 11, "备注", b.head)
    for i, row in enumerate(VILLAGE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[1:6]), first=2)
        for c, v in enumerate(row[6:10], 7):
            b.put(ws, r, c, v, b.center)
        b.put(ws, r, 11, row[10])
    _vertical_groups(ws, b, 4, 1, [row[0] for row in VILLAGE_ROWS])
    end = 4 + len(VILLAGE_ROWS)
    b.line(
        ws,
        end,
        "说明：“是否整改到位”栏在对应栏内打“√”；已整改到位的填写销号时间，未整改到位的在备注栏注明进展。",
        last,
    )
    b.line(ws, end + 1, "镇分管领导：孟庆华    填表人：杨帆    联系电话：0393-7225318", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 社会救助和残疾人补贴领域集中整治督导检查, after a district 民政局's 督导检查 of two streets (通过入户走访、查看台账、
# 访谈群众等形式，围绕申请、受理、审核、公示、资金发放等重要环节督导检查; 对检查出的公示不规范、惠民资金明白卡填写
# 不完善等问题现场督促整改):
# http://www.gaoling.gov.cn/xwzx/jbbm/1790553694377345026.html
# A .wps (a .docx converted by LibreOffice to Word 97 and renamed): title, 主送, a preamble that states the 督导检查 date
# the 立行立改 and 工作日 limits count from, a table whose 被检查单位 column names the streets and a town (the units),
# the 检查环节, 整改时限 (立行立改, 15个工作日内, 月底前, a date, 长期坚持) and 整改落实情况, a closing paragraph and the
# bureau with the date.
RELIEF_ROWS = [
    (
        "华龙区胜利路街道办事处",
        "公示",
        "低保对象公示栏信息未及时更新，仍公示已退出低保对象2户",
        "现场督促整改",
        "立行立改",
        "已现场更新公示信息",
    ),
    (
        "华龙区胜利路街道办事处",
        "资金发放",
        "惠民资金明白卡填写不完善，12户未填写发放月份",
        "逐户补填明白卡",
        "15个工作日内",
        "已补填8户，其余正在补填",
    ),
    (
        "华龙区昆吾街道办事处",
        "审核",
        "2户低保家庭经济状况核对报告缺失",
        "补齐家庭经济状况核对报告",
        "7月底前",
        "",
    ),
    (
        "华龙区昆吾街道办事处",
        "动态管理",
        "1名残疾人两项补贴对象死亡后未及时停发，多发1个月补贴",
        "追回多发资金，完善死亡信息比对",
        "2024年7月20日",
        "多发资金已追回",
    ),
    (
        "华龙区岳村镇人民政府",
        "申请受理",
        "经办人员对“人情保”“关系保”排查不深入，未建立排查台账",
        "建立排查台账，逐户排查",
        "15个工作日内",
        "未整改",
    ),
    (
        "华龙区岳村镇人民政府",
        "入户走访",
        "特困分散供养人员照料服务协议未签订",
        "逐户签订照料服务协议",
        "8月15日前",
        "正在逐户签订",
    ),
    (
        "华龙区人民路街道办事处",
        "审核",
        "临时救助审批超过规定时限，个别事项未经集体研究",
        "规范临时救助审批流程",
        "长期坚持",
        "常态化推进",
    ),
]


def write_relief_docx(path: Path) -> Path:
    doc = _new_document("社会救助股")
    _title(doc, "华龙区社会救助和残疾人补贴领域集中整治督导检查发现问题整改情况")
    _paragraph(doc, "区集中整治工作专班：")
    _paragraph(
        doc,
        "2024年7月9日，区民政局对胜利路街道、昆吾街道、人民路街道和岳村镇社会救助和残疾人补贴领域集中整治工作进行了"
        "督导检查。检查组通过入户走访、查看台账、访谈群众等形式，围绕申请、受理、审核、公示、资金发放等环节进行检查，"
        "对发现的问题现场督促整改。整改时限自督导检查之日（7月9日）起计算。现将发现问题及整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(RELIEF_ROWS, 1)]
    _table(
        doc,
        ["序号", "被检查单位", "检查环节", "发现问题", "整改要求", "整改时限", "整改落实情况"],
        body,
    )
    _paragraph(
        doc, "下一步，区民政局将对全区各街道（乡镇）整治工作进行全覆盖督导检查，推动整治工作向纵深发展。"
    )
    _paragraph(doc, "华龙区民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_relief(path: Path) -> Path:
    return via_soffice(write_relief_docx, path, "doc", "社会救助领域督导检查问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 托育机构联合检查问题整改 (two returns in one zip), after a county 卫健局's 托育机构综合监督检查 (卫健局、公安局、
# 市监局、教育局、住建局、疾控中心、消防救援大队对辖区内7家托育机构开展联合检查，重点围绕消防安全、食品安全、治安
# 防范安全、卫生保健和饮用水卫生、传染病防控等情况检查; 针对发现的问题现场向机构负责人反馈，提出整改意见，责令限期
# 整改):
# http://bchyzm.com/2023/zjnews_0928/77674.html
# A .zip holding an .xlsx from a district (检查时间 line, 检查部门 (the inspector) beside the 托育机构 (the unit),
# 检查类别, 整改期限 as 立即整改 / 限期10日 / dates) and a .docx table from a county whose 整改结果 and 复查情况 columns
# carry the progress.
NURSERY_ROWS = [
    (
        "濮阳市华龙区贝贝佳托育服务有限公司",
        "区消防救援大队",
        "消防安全",
        "疏散通道堆放婴儿推车等杂物",
        "立即清理疏散通道",
        "立即整改",
        "已整改",
    ),
    (
        "濮阳市华龙区小太阳婴幼儿照护中心",
        "区市场监管局",
        "食品安全",
        "食品留样量不足125克，留样记录不完整",
        "规范食品留样",
        "限期10日",
        "整改中",
    ),
    (
        "濮阳市华龙区童心托育园有限公司",
        "区疾控中心",
        "传染病防控",
        "晨午检记录缺失，未落实因病缺勤追踪登记",
        "完善晨午检和因病缺勤追踪制度",
        "2024年7月31日",
        "",
    ),
    (
        "濮阳市华龙区爱贝尔托育有限公司",
        "公安华龙分局",
        "治安防范",
        "监控录像存储时间不足30天，门卫未配备防护器械",
        "更换存储设备，配齐防护器械",
        "2024年8月10日",
        "未整改",
    ),
]

NURSERY_COUNTY_ROWS = [
    (
        "清丰县七彩童年托育服务有限公司",
        "饮用水未定期检测，净水设备滤芯超期未更换",
        "更换滤芯，饮用水送检",
        "7月20日前",
        "已更换滤芯，水质送检合格",
        "复查合格",
    ),
    (
        "清丰县金宝贝托育中心",
        "保育人员5人中2人未取得健康合格证明",
        "组织保育人员体检",
        "8月底前",
        "已组织体检，等待体检结果",
        "",
    ),
    (
        "清丰县育苗托育有限公司",
        "婴幼儿午睡室窗户未安装限位器和防护栏",
        "加装窗户限位器和防护栏",
        "7月25日前",
        "已整改",
        "复查合格",
    ),
    (
        "清丰县阳光宝宝托育园",
        "托育从业人员安全培训和应急演练开展不经常",
        "每季度开展一次安全培训和应急演练",
        "长期坚持",
        "常态化开展",
        "",
    ),
]


def write_nursery_book(path: Path) -> Path:
    b = Book(path, author="人口家庭科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 32, 16, 12, 36, 26, 14, 12])
    last = 7
    b.line(ws, 0, "华龙区托育机构联合检查问题整改台账", last, b.title)
    b.line(
        ws, 1, "检查时间：2024年7月16日    牵头单位：华龙区卫生健康委员会    填报日期：2024年7月30日", last
    )
    b.header(
        ws,
        2,
        ["序号", "托育机构名称", "检查部门", "检查类别", "发现问题", "整改意见", "整改期限", "整改情况"],
    )
    for i, row in enumerate(NURSERY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NURSERY_ROWS)
    b.line(ws, end, "注：整改期限自检查之日起计算。", last)
    b.line(ws, end + 1, "填表人：苗雨    联系电话：0393-8321507", last)
    return b.close()


def write_nursery_docx(path: Path) -> Path:
    doc = _new_document("妇幼健康股")
    _title(doc, "清丰县托育机构联合检查发现问题整改情况（2024年7月）", 18)
    _paragraph(
        doc,
        "按照全市托育机构安全管理工作部署，县卫健委会同县公安局、县市场监管局、县消防救援大队于7月上旬对全县托育机构"
        "开展了联合检查，发现问题已现场反馈机构负责人。整改情况如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(NURSERY_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "机构名称", "存在问题", "整改措施", "完成时限", "整改结果", "复查情况"], body)
    _paragraph(doc, "清丰县卫生健康委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "填表人：冯静    联系电话：0393-7226419", 12)
    return _save_fixed(doc, path)


def write_nursery_zip(path: Path) -> Path:
    members = [
        ("华龙区托育机构联合检查问题整改台账.xlsx", write_nursery_book),
        ("清丰县托育机构联合检查发现问题整改情况.docx", write_nursery_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 民生实事项目专项督查情况反馈表, after a county's 民生工程专项督查 (县政府督查室主任、县民生办一行深入乡镇清洁工程、
# 敬老院、中心幼儿园等项目施工现场，了解工程进度和质量，查看招投标、监理、项目标识牌等软件规范情况，询问施工中存在的
# 问题和完成期限; 要求力争10月底全部完成建设任务，乡镇主要负责人亲自抓、明确一名分管负责人具体抓):
# http://www.liudarexian.com/news/hq/20140826/745.html
# An .ods (an .xlsx converted by LibreOffice, member times fixed): title, 督查组/督查时间 line, one header row with the
# 乡镇 (town governments, the units), 项目名称, 督查发现问题, 整改要求, 完成期限 (10月底前, dates, 年底前), 包抓领导 and
# 进展情况, a 要求 line and the 督查室 at the foot.
LIVELIHOOD_ROWS = [
    (
        "千口镇人民政府",
        "农村人居环境清洁工程",
        "3个村垃圾收集点未建成，生活垃圾露天堆放",
        "加快垃圾收集点建设",
        "10月底前",
        "周建民",
        "已建成1个，其余2个正在施工",
    ),
    (
        "杨村乡人民政府",
        "杨村乡敬老院适老化改造",
        "消防改造未完工，施工现场无安全防护",
        "完善施工现场安全防护，加快消防改造",
        "8月10日前",
        "田庆丰",
        "已整改完毕",
    ),
    (
        "福堪镇人民政府",
        "福堪镇中心幼儿园建设",
        "主体完工后室内装修进度缓慢",
        "倒排工期，确保秋季开学投用",
        "8月25日前",
        "李卫华",
        "",
    ),
    (
        "韩张镇人民政府",
        "村级道路提升工程",
        "2条道路施工监理不在岗，项目标识牌未设置",
        "监理到岗履职，设置项目标识牌",
        "7月31日前",
        "赵国强",
        "标识牌已设置，监理已到岗",
    ),
    (
        "元村镇人民政府",
        "五保老人集中供养点改造",
        "招投标资料不规范，缺少监理日志",
        "补齐招投标资料和监理日志",
        "8月底前",
        "陈玉霞",
        "未整改",
    ),
    (
        "谷金楼乡人民政府",
        "农村饮水提质工程",
        "管网入户率仅62%，部分群众反映水压不足",
        "加快管网入户，调整加压设施",
        "10月底前",
        "郭守信",
        "推进中",
    ),
    (
        "近德固乡人民政府",
        "乡卫生院门诊楼改造",
        "项目配套资金拨付不及时，拖欠施工企业进度款",
        "及时拨付配套资金",
        "年底前",
        "孙红梅",
        "7月26日已拨付进度款80万元，问题已解决",
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="县政府督查室")
    ws = b.sheet("反馈表")
    b.widths(ws, [6, 18, 24, 36, 28, 12, 10, 30])
    last = 7
    b.line(ws, 0, "南乐县2024年民生实事项目专项督查情况反馈表", last, b.title)
    b.line(ws, 1, "督查组：县政府督查室、县民生办    督查时间：2024年7月23日—24日", last)
    b.header(
        ws, 2, ["序号", "乡镇", "项目名称", "督查发现问题", "整改要求", "完成期限", "包抓领导", "进展情况"]
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIVELIHOOD_ROWS)
    b.line(
        ws,
        end,
        "要求：各乡镇主要负责人亲自抓，明确一名分管负责人具体抓，力争10月底前全部完成建设任务。",
        last,
    )
    b.line(ws, end + 1, "南乐县人民政府督查室    2024年7月26日", last, b.right)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "民生实事项目专项督查情况反馈表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
FILES = [
    ("濮阳县特困人员供养服务机构安全隐患排查整改台账.xlsx", write_elder),
    ("全市农村特困人员供养机构安全检查发现问题督办表.xls", write_wubao),
    ("濮阳县“155计划”重点产业项目节点推进累进式工作台账（7月第二旬）.xlsx", write_projects),
    ("2024年全市进展较慢重点项目专项督查问题清单.et", write_slow),
    ("城建领域中省资金项目现场督促问题清单.csv", write_funds),
    ("渠村乡巩固脱贫成果后评估反馈问题整改情况报告.docx", write_recheck),
    ("马庄桥镇“补短强弱”问题排查整改清单.xlsx", write_village),
    ("华龙区社会救助和残疾人补贴领域督导检查问题整改情况.wps", write_relief),
    ("托育机构联合检查问题整改情况（华龙区、清丰县）.zip", write_nursery_zip),
    ("南乐县民生实事项目专项督查情况反馈表.ods", write_livelihood),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

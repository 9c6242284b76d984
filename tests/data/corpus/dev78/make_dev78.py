"""Write the dev78 returns: ten files laid out after ten public sources, cited beside each layout below.

Senders are the ten kinds of this part: a bank and its 网点, a 供电所, a gas company, a group and its subsidiaries,
a 开发区's enterprises, a 街道's grid patrol, a hospital and its 科室, a college and its 学院, a property company and
its 物业处, a bus company and a taxi company. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97
via LibreOffice), .ods (LibreOffice conversion, member times fixed), a CSV in UTF-8 with BOM, a .docx whose items are
numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table whose 院区 cells are merged, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev78.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _merge_down(table, col: int, first: int, last: int, text: str, size: float = 10.5) -> None:
    """Merge a column's cells over rows first..last of a python-docx table and write the text once."""
    cell = table.cell(first, col)
    if last > first:
        cell = cell.merge(table.cell(last, col))
    for p in cell.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    cell.paragraphs[0].text = ""
    _cell_text(cell, text, size)


# ---------------------------------------------------------------------------------------------
# 1. 银行营业网点消防安全隐患排查整改, after a rural commercial bank's account of its autumn fire-safety work
# (重点抓好库房、网点、自助区等重点防火区域; 更换或新增灭火器; 组织全员开展灭火、疏散逃生演练; 重点检查电器设备、
# 灭火器材、易燃物乱堆乱放; 整改火灾隐患7处):
# https://epaper.zjgrrb.com/html/2020-11/17/content_2731699.htm?div=-1
# An .xls (xlwt): title, 填报单位/排查时间 line, a two-row header with 整改情况 over 整改状态 and 情况说明, the 网点 named
# in full, one row for the bank's own 安全保卫部 (all 网点), a 合计 row, a 注 line and a signature line.
BANK = "濮阳农村商业银行股份有限公司"
BANK_ROWS = [
    (
        f"{BANK}胜利路支行",
        "现金库房",
        "库房内堆放废旧纸箱、宣传折页等可燃物",
        "清理可燃物，落实库房每日巡查",
        "刘晓东",
        "2024年7月10日",
        "已整改",
        "已清理，建立库房巡查记录",
    ),
    (
        f"{BANK}华龙支行",
        "自助服务区",
        "自助设备电源线私拉乱接，未穿管保护",
        "规范布线，加装线槽",
        "赵磊",
        "2024年7月15日",
        "已整改",
        "",
    ),
    (
        f"{BANK}开州路支行",
        "营业厅",
        "营业厅6具干粉灭火器超过报废年限",
        "更换灭火器",
        "孙丽",
        "7月20日前",
        "整改中",
        "新灭火器已采购，待配送",
    ),
    (
        f"{BANK}人民路支行",
        "监控室",
        "监控室UPS蓄电池鼓包老化",
        "更换UPS蓄电池组",
        "陈志刚",
        "2024年8月15日",
        "整改中",
        "已报总行科技部审批",
    ),
    (
        f"{BANK}京开道支行",
        "营业厅",
        "安全出口疏散指示标志灯不亮",
        "维修应急照明和疏散指示标志",
        "周敏",
        "2024年7月12日",
        "已整改",
        "",
    ),
    (
        f"{BANK}中原路支行",
        "业务库",
        "业务库未安装独立式感烟火灾探测报警器",
        "加装独立式感烟报警器",
        "马文涛",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        f"{BANK}开发区支行",
        "营业厅后门",
        "消防通道门被宣传展架遮挡",
        "移除展架，保持通道畅通",
        "李娜",
        "2024年7月8日",
        "",
        "",
    ),
    (
        "安全保卫部（全辖网点）",
        "全辖",
        "部分网点员工未参加消防灭火及疏散逃生演练",
        "每季度组织一次全员消防演练",
        "郑海峰",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_bank(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "营业网点消防安全隐患排查整改台账", t, 0, 8),
        (
            1,
            0,
            f"填报单位：{BANK}（安全保卫部）    排查时间：2024年7月1日至7月12日    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "网点名称", "重点部位", "隐患描述", "整改措施", "整改责任人", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "整改情况", h, 2, 8), (3, 7, "整改状态", h), (3, 8, "情况说明", h)]
    for i, row in enumerate(BANK_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6, 7) else c))
    r = 4 + len(BANK_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "共排查营业网点14个，发现火灾隐患8处，已整改3处，正在整改2处", c, r, 8),
        (r + 1, 0, "注：“整改状态”填写已整改、整改中或未整改；长期性工作填写长期坚持。", plain, r + 1, 8),
        (r + 2, 0, "部门负责人：郑海峰    填表人：王璐    联系电话：0393-4412086", plain, r + 2, 8),
    ]
    return _write_xls(path, [("消防隐患整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 供电所防外破隐患巡视台账, after a 供电所's account of its spring line-protection work (公布破坏电力设施举报电话;
# 建立防外破预警机制，制订防外破工作流程和隐患结案管理制度; 建立防外破巡视台账，将隐患巡视情况以照片、文字形式
# 归类存档; 隐患消除后出具结案通知，形成闭环管理，发现一起，上报一起，处理一起，结案一起):
# https://ndzc.com.cn/article-10899-1.html
# An .et (Excel 97 via LibreOffice): title, 单位/巡视周期/举报电话 line, one header row with 发现日期 beside the 计划消除
# 时间, the 所's own 班组 as sections, 处理情况 and 结案情况 columns, a 说明 line and a signature line.
POWER = "国网濮阳供电公司城郊供电所"
POWER_ROWS = [
    (
        "10千伏岳村线",
        "23#-25#杆",
        "施工机械",
        "道路拓宽施工挖掘机在23#-25#杆线下作业",
        "7月2日",
        "运维一班",
        "下达隐患告知书，设置警示牌，专人蹲守看护",
        "2024.8.20",
        "已与施工方签订安全协议，每日蹲守",
        "未结案",
    ),
    (
        "10千伏孟轲线",
        "41#杆",
        "树障",
        "线下杨树与导线安全距离不足0.8米",
        "7月3日",
        "运维二班",
        "与树主协商修剪",
        "2024.7.15",
        "已修剪",
        "已结案",
    ),
    (
        "10千伏王助线",
        "12#-13#杆",
        "异物",
        "导线上悬挂塑料大棚薄膜",
        "7月8日",
        "运维一班",
        "带电作业清除异物",
        "2024.7.9",
        "已清除",
        "已结案",
    ),
    (
        "10千伏皇甫线",
        "8#杆",
        "违章建筑",
        "杆塔保护区内新建彩钢板房",
        "7月10日",
        "营配班",
        "函告属地乡政府依法拆除",
        "2024.9.30",
        "暂未处理",
        "未结案",
    ),
    (
        "10千伏岳村线",
        "47#-49#杆",
        "鱼塘",
        "线下鱼塘未设置禁止垂钓警示牌",
        "7月12日",
        "运维二班",
        "设置警示牌",
        "7月底前",
        "已设置警示牌3块",
        "已结案",
    ),
    (
        "10千伏胡村线",
        "全线",
        "风筝",
        "线路周边广场放风筝人员较多",
        "7月15日",
        "营配班",
        "张贴宣传单，开展护线宣传",
        "长期坚持",
        "常态化开展护线宣传",
        "",
    ),
    (
        "10千伏孟轲线",
        "15#杆",
        "施工机械",
        "吊车在15#杆附近吊装作业未设专人监护",
        "7月22日",
        "运维一班",
        "立即制止，下达隐患告知书",
        "2024.8.5",
        "",
        "",
    ),
]


def write_power_book(path: Path) -> Path:
    b = Book(path, author="城郊供电所")
    ws = b.sheet("防外破巡视台账")
    b.widths(ws, [6, 14, 12, 10, 34, 10, 10, 26, 14, 26, 10])
    b.line(ws, 0, "2024年7月防外破隐患巡视台账", 10, b.title)
    b.line(ws, 1, f"单位：{POWER}    巡视周期：2024年7月1日—7月26日    防外破举报电话：0393-8976110", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "线路名称",
            "杆号/区段",
            "隐患类别",
            "隐患描述",
            "发现日期",
            "责任班组",
            "防范措施",
            "计划消除时间",
            "处理情况",
            "结案情况",
        ],
    )
    for i, row in enumerate(POWER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POWER_ROWS)
    b.line(ws, end, "说明：隐患消除后由所内出具结案通知，“结案情况”填写已结案或未结案。", 10)
    b.line(ws, end + 1, "所长：宋国平    安全员：段鹏    填表日期：2024年7月29日", 10)
    return b.close()


def write_power(path: Path) -> Path:
    return via_soffice(write_power_book, path, "xls", "防外破隐患巡视台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 燃气安全专项大检查隐患整改, after a gas company's pre-holiday special check led by its leaders (重点对公司燃气场站、
# 管网、老旧管网改造项目、商业综合体、片区运营中心及营业厅进行全面“体检”; 标准化台账; 对存在的安全隐患现场拍照
# 留存，并出具隐患整改通知单，责令限期整改到位):
# http://bmbdt.cn/Home/xiashuNewsView/131/42606?pageIndex=5
# An .xlsx: title, 填报单位/检查时间 line, a two-row header (整改落实 over 整改措施 and 完成情况) with the 整改通知单
# number and the 复查人 (the inspector), rows naming the company's own 部门 and a commercial complex's operator,
# a 合计 row and a signature line.
GAS_ROWS = [
    (
        "西郊门站",
        "门站放散管避雷设施接地电阻超期未检测",
        "一般",
        "RQ-2024-071",
        "场站运行部",
        "2024年7月20日",
        "委托检测机构检测",
        "已检测合格",
        "张伟",
    ),
    (
        "中原路中压管网",
        "中原路与京开大道交叉口阀门井内积水，阀门锈蚀",
        "一般",
        "RQ-2024-072",
        "输配管网部",
        "7月25日前",
        "抽排积水，阀门除锈防腐",
        "正在施工",
        "",
    ),
    (
        "老旧管网改造项目（昆吾小区段）",
        "开挖沟槽未设置连续围挡和夜间警示灯",
        "较大",
        "RQ-2024-073",
        "工程管理部",
        "2024年7月15日",
        "补设围挡和警示灯",
        "已整改",
        "李强",
    ),
    (
        "濮阳恒信购物中心",
        "地下一层餐饮区3家商户燃气报警器与切断阀未联动",
        "较大",
        "RQ-2024-074",
        "濮阳恒信商业运营管理有限公司",
        "2024年8月10日",
        "督促商户加装联动装置",
        "已完成2家，1家正在安装",
        "",
    ),
    (
        "濮阳恒信购物中心",
        "燃气管道井内堆放杂物",
        "一般",
        "RQ-2024-075",
        "濮阳恒信商业运营管理有限公司",
        "2024年7月13日",
        "清理杂物",
        "已清理",
        "李强",
    ),
    (
        "城东片区运营中心",
        "抢险车辆随车检漏仪超期未校验",
        "一般",
        "RQ-2024-076",
        "城东片区运营中心",
        "2024年7月31日",
        "送检校验",
        "未整改",
        "",
    ),
    (
        "胜利路营业厅",
        "营业厅安全用气宣传资料未及时更新",
        "一般",
        "RQ-2024-077",
        "客户服务中心",
        "长期坚持",
        "定期更新宣传资料",
        "长期坚持",
        "",
    ),
    (
        "濮东调压站",
        "调压器出口压力记录仪故障",
        "一般",
        "RQ-2024-078",
        "场站运行部",
        "2024年8月15日",
        "更换压力记录仪",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 22, 36, 8, 14, 22, 14, 22, 20, 8])
    b.line(ws, 0, "2024年汛期燃气安全专项大检查隐患整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市燃气有限公司（安全技术部）    检查时间：2024年7月8日—7月12日    "
        "检查方式：公司班子成员分组带队，现场拍照留存并下达隐患整改通知单",
        9,
    )
    for c, word in enumerate(
        ["序号", "检查对象", "隐患内容", "隐患级别", "整改通知单编号", "整改责任单位（部门）", "整改期限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "完成情况"], first=7)
    b.merge(ws, 2, 9, 3, 9, "复查人", b.head)
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "下达隐患整改通知单8份，已整改3项")
    b.line(
        ws,
        end + 2,
        "部门负责人：韩东    填表人：杨柳    联系电话：0393-8891257    填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 集团月度安全生产检查问题整改, after a group's monthly safety check led by its deputy general manager of three of
# its projects (a housing project, a sewage plant, a water pumping station; 集团督查办、安全监管部有关人员陪同;
# 严格履行领导带班检查制度，落实好安全生产日常检查):
# http://qqxiu.cc/artinfo?id=1496
# An .xlsx: title naming the group, 检查时间/带队/陪同 line, one header row, the 被检查单位 merged down over each
# subsidiary's rows (one of them the city's water company), the group's own 安全监管部 row, a 督查办核查意见 column
# and a 说明 and a signature line.
GROUP = "濮阳市城市建设投资集团有限公司"
GROUP_BLOCKS = [
    (
        "濮阳市城投置业有限公司（龙湖湾项目）",
        [
            (
                "施工现场",
                "外脚手架连墙件缺失，局部立杆悬空",
                "补设连墙件，立杆加设垫板",
                "高峰",
                "2024年7月15日",
                "已完成",
                "核查通过",
            ),
            (
                "施工现场",
                "施工电梯防坠安全器超过标定期限",
                "送检标定",
                "高峰",
                "7月20日前",
                "正在整改",
                "",
            ),
            ("项目部", "领导带班检查记录不全", "落实项目负责人带班制度", "高峰", "长期坚持", "长期坚持", ""),
        ],
    ),
    (
        "濮阳市城南污水处理有限公司",
        [
            (
                "厌氧池区域",
                "有限空间作业警示标识缺失，未配备气体检测仪",
                "设置警示标识，配备四合一气体检测仪",
                "韩冰",
                "2024年7月25日",
                "已完成",
                "核查通过",
            ),
            (
                "配电室",
                "配电室挡鼠板缺失，绝缘垫老化",
                "加装挡鼠板，更换绝缘垫",
                "韩冰",
                "2024年7月18日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "市自来水公司",
        [
            (
                "龙湖加压泵站",
                "次氯酸钠储罐区未设置围堰和洗眼器",
                "建设围堰，加装洗眼器",
                "孟凡",
                "第三季度",
                "已完成围堰施工方案，正在招标",
                "",
            ),
            ("龙湖加压泵站", "泵房应急照明灯数量不足", "增设应急照明灯", "孟凡", "2024年8月10日", "", ""),
        ],
    ),
    (
        "集团安全监管部",
        [
            (
                "集团机关食堂",
                "机关食堂液化石油气钢瓶未设置独立气瓶间",
                "设置独立气瓶间",
                "安全监管部",
                "年底前",
                "已完成选址",
                "",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="安全监管部")
    ws = b.sheet("7月检查整改台账")
    b.widths(ws, [6, 26, 14, 34, 26, 10, 14, 24, 14])
    b.line(ws, 0, f"{GROUP}7月份安全生产检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月11日    带队领导：集团副总经理    陪同部门：集团督查办、安全监管部    "
        "填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "检查部位",
            "存在问题",
            "整改措施",
            "责任人",
            "整改时限",
            "整改情况",
            "督查办核查意见",
        ],
    )
    r = 3
    n = 0
    for unit, rows in GROUP_BLOCKS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, unit, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "说明：整改完成事项由集团督查办逐项核查销号；长期性工作填写“长期坚持”。", 8)
    b.line(ws, r + 1, "安全监管部负责人：魏振华    填表人：苏晴    联系电话：0393-8160723", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 开发区安全生产大检查企业隐患整改, after an economic development zone's holiday safety checks led by its leaders
# (由领导班子成员带队，组织综合巡查队伍重点对辖区内的危化品生产、储存、使用企业开展安全隐患排查整治; entries per day
# and per leader naming the enterprises; 巡查企业52家次，排查发现隐患问题13项，并要求企业限期整改):
# http://www.conghua.gov.cn/gzchkf/gkmlpt/content/8/8961/post_8961713.html?jump=true
# A CSV in UTF-8 with BOM: title line, 填报单位 line stating that the days count from the check date, one header line
# with the 检查日期 and the 带队领导 (the inspector) beside the 企业名称, a 合计 line.
ZONE_ROWS = [
    (
        "2024-07-02",
        "管委会副主任 张志宏",
        "濮阳恒润新材料有限公司",
        "危化品使用",
        "甲类仓库内危化品超量储存",
        "按核定储量清理转运",
        "7日内",
        "已整改",
    ),
    (
        "2024-07-02",
        "张志宏",
        "濮阳中科精细化工有限公司",
        "危化品生产",
        "反应釜区可燃气体报警仪未定期标定",
        "送检标定",
        "15日内",
        "已委托检测机构，正在标定",
    ),
    (
        "2024-07-03",
        "党工委委员 刘建业",
        "濮阳天瑞包装制品有限公司",
        "一般工贸",
        "成品仓库内电动叉车违规充电",
        "设置独立充电区",
        "2024-07-20",
        "未整改",
    ),
    (
        "2024-07-03",
        "刘建业",
        "濮阳鑫达机械制造有限公司",
        "一般工贸",
        "冲压车间冲床防护罩缺失，未设置双手操作按钮",
        "加装防护罩和双手操作按钮",
        "立行立改",
        "已整改",
    ),
    (
        "2024-07-05",
        "二级调研员 王立军",
        "濮阳华恒生物科技有限公司",
        "危化品使用",
        "实验室危险化学品未实行双人双锁管理",
        "建立双人双锁管理制度",
        "7日内",
        "",
    ),
    (
        "2024-07-05",
        "王立军",
        "濮阳北方冷链物流有限公司",
        "涉氨制冷",
        "液氨储罐区未设置喷淋降温装置",
        "增设喷淋降温装置",
        "2024年8月底前",
        "正在施工",
    ),
    (
        "2024-07-09",
        "张志宏",
        "濮阳盛华建筑工程有限公司",
        "建筑施工",
        "开发区标准化厂房三期项目深基坑周边堆载超过设计要求",
        "清理堆载并设置警戒区",
        "3日内",
        "已清理，经复查合格",
    ),
]


def write_zone(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳经济技术开发区2024年7月安全生产大检查企业隐患整改台账"])
    w.writerow(["填报单位：濮阳经济技术开发区管理委员会安全生产监督管理局    整改期限自检查之日起计算"])
    w.writerow(
        [
            "序号",
            "检查日期",
            "带队领导",
            "企业名称",
            "行业类别",
            "隐患问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(ZONE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "巡查企业7家次", "", "发现隐患7项", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 网格巡查发现问题处置情况, after a town's account of its full-time grid patrol officers (将19名专职网格巡查员编制到
# 南、北、中三个区域，每日开展路线巡查和定点巡查; 市容环卫、安全生产、治安秩序; 拍照后通过APP信息系统上报; 无法
# 处理的，上报至各职能科室进行处理):
# http://elitesmokeshopnj.com/news/20190605/65699.html
# A .docx: title naming the 街道, 主送, preamble, the items as paragraphs numbered through three 片区 headings (each with
# its date, the 科室 in charge, the time limit and the progress in sentences), a closing line, the office and date.
GRID = "濮阳市华龙区长庆路街道办事处"
GRID_SECTIONS = [
    (
        "一、南片区",
        [
            "1．7月3日，巡查发现长庆路与黄河路交叉口东北角建筑垃圾乱堆乱放约20立方米。由城管办负责清运，"
            "要求7月8日前完成。目前已清运完毕。",
            "2．7月9日，巡查发现南湖小区5号楼楼道内电动车飞线充电。由安全生产办公室负责，7月12日前整治到位。"
            "已督促物业拆除飞线，并在小区增设集中充电桩，整治完成。",
        ],
    ),
    (
        "二、北片区",
        [
            "3．7月5日，巡查发现振兴路农贸市场周边流动摊贩占道经营。由城管办牵头，建立常态化管控机制，长期坚持。",
            "4．7月11日，巡查发现化工路沿街门店油烟直排。由城管办负责督促加装油烟净化器，限期7月31日前完成。"
            "已下达整改通知，商户正在采购设备。",
            "5．7月16日，巡查发现北苑小区东侧围墙倒塌约15米。由城建办负责，8月15日前修复。目前尚未动工。",
        ],
    ),
    (
        "三、中片区",
        [
            "6．7月18日，巡查发现长庆路中段一处窨井盖缺失。由城建办负责，当日设置围挡警示，7月20日前补装井盖。"
            "已补装到位。",
            "7．7月24日，巡查发现人民公园东门夜间聚集人员饮酒滋事隐患。由综治中心负责，协调派出所加强夜间巡逻，"
            "8月底前形成联防机制。",
        ],
    ),
]


def write_grid(path: Path) -> Path:
    doc = _new_document("长庆路街道综治中心")
    _title(doc, f"{GRID}关于7月份网格巡查发现问题处置情况的报告")
    _paragraph(doc, "区网格化服务管理中心：")
    _paragraph(
        doc,
        "7月份，我街道将19名专职网格巡查员编入南、北、中三个片区，每日开展路线巡查和定点巡查，对发现的市容环卫、"
        "安全生产、治安秩序等问题拍照后通过“智慧网格”APP上报，能现场劝阻的现场处置，无法当场处理的由街道相关科室"
        "限期处置。现将未当场处置问题的处置情况报告如下：",
    )
    for heading, paras in GRID_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "以上问题，街道将持续跟踪督办，确保件件有着落、事事有回音。")
    _paragraph(doc, GRID, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 消防安全专项检查“回头看”, after a city hospital's look-back check (由院办、医务、护理、安保、后保、宣传等部门组成
# 联合督导检查组，在两院区开展消防安全专项检查“回头看”行动，重点检查安全隐患的整改落实情况; 电气线路、设备设施、
# 建筑施工、危化品安全、堆放杂物、燃气安全; 个别科室仍存在整改不到位; 未整改到位的科室立即整改):
# https://www.tianyicha.net/home/article/show/id/53633.html
# A .wps (Word 97 via LibreOffice): title, 填报单位/回头看时间 line, preamble naming the date 立即整改 means, one table
# whose 院区 cells are merged down, the hospital's 科室 as sections, a signature line.
HOSPITAL = "濮阳市第四人民医院"
HOSPITAL_BLOCKS = [
    (
        "本部",
        [
            ("检验科", "危化品柜内酒精与强氧化剂混放", "已整改到位，分柜存放", "刘芳", "2024年7月10日", ""),
            ("心内科病区", "护士站违规使用电热水壶", "已整改到位", "张静", "2024年7月5日", ""),
            (
                "门诊部",
                "门诊楼二楼安全出口处堆放轮椅、平车",
                "部分整改，仍有2辆平车未清理",
                "李红",
                "立即整改",
                "",
            ),
            ("后勤保障科", "配电室电缆沟盖板缺失", "未整改", "赵强", "2024年7月15日", "配电室"),
        ],
    ),
    (
        "东院区",
        [
            ("营养食堂", "燃气管道穿越值班室", "正在改造燃气管道走向", "孙伟", "2024年8月30日", ""),
            (
                "住院部",
                "病房走廊防火门常开且闭门器损坏",
                "已更换闭门器，整改到位",
                "周丽",
                "2024年7月12日",
                "",
            ),
            (
                "基建科",
                "在建门诊楼施工现场动火作业未办理动火审批",
                "已建立动火审批制度，常态化管理",
                "钱磊",
                "长期坚持",
                "在建门诊楼项目",
            ),
            ("药剂科", "药库灭火器配置数量不足", "", "吴敏", "2024年8月10日", ""),
        ],
    ),
]


def write_hospital_docx(path: Path) -> Path:
    doc = _new_document("保卫科")
    _title(doc, "消防安全专项检查“回头看”问题整改情况表", 18)
    _paragraph(
        doc, f"填报单位：{HOSPITAL}（保卫科）    回头看时间：2024年7月18日    填报日期：2024年7月26日", 12
    )
    _paragraph(
        doc,
        "按照医院统一部署，由院办、医务科、护理部、保卫科、后勤保障科、宣传科组成联合督导检查组，在本部及东院区开展"
        "消防安全专项检查“回头看”，重点检查前期问题整改落实情况。未整改到位的科室须立即整改。",
        12,
    )
    header = ["序号", "院区", "科室", "前期检查发现问题", "回头看核查情况", "整改责任人", "整改时限", "备注"]
    count = sum(len(rows) for _, rows in HOSPITAL_BLOCKS)
    table = doc.add_table(rows=1 + count, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r = 1
    for campus, rows in HOSPITAL_BLOCKS:
        _merge_down(table, 1, r, r + len(rows) - 1, campus)
        for row in rows:
            _cell_text(table.cell(r, 0), str(r))
            for c, v in enumerate(row, 2):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "填表人：高雅    审核：冯建国    联系电话：0393-4819066", 12)
    return _save_fixed(doc, path)


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_docx, path, "doc", "消防安全专项检查回头看问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 实验室安全隐患排查整改台账, after a university's 实验室与设备管理处 notice to its 学院 and key laboratories
# (坚持执行实验室、实训场所日查，学院、重点实验室周查的安全管理体制; 对排查出的问题列出清单，建立台账，能整改的
# 立即整改，不能立即整改的，制定并落实防范措施，限期整改):
# http://syzx.zknu.edu.cn/2022/0331/c861a121691/page.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 完成时间 beside 整改情况说明, the college's
# 学院 and its own 处 as sections, a 填表说明 line and a signature line.
COLLEGE_ROWS = [
    (
        "化学工程学院",
        "有机化学实验室（实训楼A203）",
        "危化品管理",
        "危化品试剂柜无通风装置，试剂未分类存放",
        "加装排风装置，试剂分类存放",
        "2024年7月20日",
        date(2024, 7, 18),
        "已完成",
        "王静",
    ),
    (
        "化学工程学院",
        "分析检测实验室（实训楼A305）",
        "气瓶管理",
        "乙炔气瓶与氧气瓶同室存放且未固定",
        "分室存放，加装气瓶防倾倒架",
        "2024年7月15日",
        None,
        "已订购防倾倒架，正在安装",
        "王静",
    ),
    (
        "机电工程学院",
        "电工实训室（实训楼B102）",
        "用电安全",
        "实训台漏电保护器失效",
        "更换漏电保护器",
        "2024年7月10日",
        date(2024, 7, 9),
        "",
        "郭勇",
    ),
    (
        "机电工程学院",
        "焊接实训车间",
        "消防安全",
        "焊接区域周边堆放易燃包装材料",
        "清理易燃物，划定动火区域",
        "2024年7月5日",
        date(2024, 7, 5),
        "已清理",
        "郭勇",
    ),
    (
        "医药卫生学院",
        "微生物实验室（实训楼C401）",
        "生物安全",
        "生物安全柜未按期检测",
        "委托有资质机构检测",
        "2024年8月31日",
        None,
        "未整改",
        "林晓",
    ),
    (
        "信息工程学院",
        "计算机实训室（实训楼D201-D206）",
        "用电安全",
        "机房空调与服务器共用插座，线路过载",
        "增设空调专用回路",
        "2024年8月20日前",
        None,
        "已完成线路设计，待施工",
        "贺明",
    ),
    (
        "建筑工程学院",
        "土工实验室（实训楼E104）",
        "设备安全",
        "压力试验机防护罩缺失",
        "加装防护罩",
        "2024年8月15日",
        None,
        "",
        "蒋涛",
    ),
    (
        "实验室与设备管理处",
        "全校实验室",
        "安全管理",
        "部分实验室日查记录不全",
        "落实实验室日查、学院周查制度",
        "长期坚持",
        None,
        "长期坚持",
        "曹立新",
    ),
]


def write_college_book(path: Path) -> Path:
    b = Book(path, author="实验室与设备管理处")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 16, 26, 10, 32, 24, 14, 12, 22, 10])
    b.line(ws, 0, "2024年7月实验室安全隐患排查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳职业技术学院实验室与设备管理处    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "学院（部门）",
            "实验室名称及房间号",
            "隐患类别",
            "隐患描述",
            "整改措施",
            "整改期限",
            "完成时间",
            "整改情况说明",
            "安全责任人",
        ],
    )
    for i, row in enumerate(COLLEGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COLLEGE_ROWS)
    b.line(ws, end, "填表说明：整改完成的填写完成时间；未完成的在“整改情况说明”栏写明进展。", 9)
    b.line(ws, end + 1, "处长：曹立新    填表人：田甜    联系电话：0393-6652190", 9)
    return b.close()


def write_college(path: Path) -> Path:
    via_soffice(write_college_book, path, "ods", "实验室安全隐患排查整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 物业小区安全检查问题整改, after a group property company's safety check of its residential estates (针对小区电梯、
# 消防设施、水电机房、空调、高空抛物、消防通道等方面重点检查; 电梯故障、消防设施漏水、供水管道锈蚀、未设置安全
# 警示标语等问题要求相关单位限时整改; 各物业处):
# http://shixuan8.com/wenzhang/389.html
# An .xlsx with one sheet per 物业处: title naming the company, 物业处/检查日期 line (the date 3日内 counts from), one
# header row with the 检查项目, the 物业处's staff as 整改责任人, a signature line on each sheet.
PROPERTY = "濮阳市安居物业服务有限公司"
PROPERTY_SHEETS = [
    (
        "龙泽苑物业处",
        "2024年7月16日",
        [
            (
                "电梯",
                "3号楼2单元电梯运行中异响，平层不准",
                "通知维保单位检修",
                "3日内",
                "工程主管 杨帆",
                "已报修，等待维保单位更换曳引轮配件",
            ),
            (
                "消防设施",
                "地下车库喷淋管道接头漏水",
                "更换漏水接头",
                "2024年7月20日",
                "工程主管 杨帆",
                "已更换，试压正常",
            ),
            (
                "消防通道",
                "消防车通道被私家车占用",
                "施划禁停标线，加强巡查劝离",
                "长期坚持",
                "秩序维护主管 许强",
                "长期坚持",
            ),
            (
                "高空抛物",
                "高层住宅未设置防高空抛物警示标语",
                "每个单元门口张贴警示标语",
                "7月底前",
                "客服主管 陈雪",
                "未整改",
            ),
        ],
    ),
    (
        "锦华园物业处",
        "2024年7月17日",
        [
            (
                "水电机房",
                "二次供水泵房供水管道锈蚀渗水",
                "除锈并更换锈蚀管段",
                "2024年8月10日",
                "工程主管 何亮",
                "正在整改",
            ),
            (
                "消防设施",
                "消防控制室值班人员无证上岗",
                "安排持证人员值班",
                "2024年7月18日",
                "客服主管 宋佳",
                "已整改",
            ),
            ("空调", "物业办公楼空调外机支架锈蚀松动", "加固或更换支架", "3日内", "工程主管 何亮", ""),
            (
                "电梯",
                "1号楼电梯轿厢内应急电话无法接通",
                "恢复五方通话",
                "2024年7月17日",
                "工程主管 何亮",
                "已修复",
            ),
        ],
    ),
]


def write_property(path: Path) -> Path:
    b = Book(path, author="安居物业")
    for office, day, rows in PROPERTY_SHEETS:
        ws = b.sheet(office)
        b.widths(ws, [6, 12, 36, 26, 14, 18, 30])
        b.line(ws, 0, f"{PROPERTY}7月份小区安全检查问题整改台账", 6, b.title)
        b.line(ws, 1, f"物业处：{office}    检查日期：{day}    检查人：公司安全检查组", 6)
        b.header(ws, 2, ["序号", "检查项目", "存在问题", "整改要求", "整改时限", "整改责任人", "整改结果"])
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
        b.line(
            ws,
            4 + len(rows),
            "公司安全检查组组长：邓建明    物业处负责人：            填报日期：2024年7月29日",
            6,
        )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 公交、出租行业稽查发现问题整改, after a bus company's account of its new inspection team (公交稽查队上线检查，
# 对部分线路的公交驾驶员行为规范、文明礼仪、安全行车和车容车貌等方面进行了重点检查; 配合市运管处开展的出租车行业
# “啄木鸟”行动; 驾驶员违反交通法规、不文明驾驶、不规范服务等行为都纳入稽查内容):
# http://www.zx3288.com/news_detail_3470.htm
# A .zip of two returns: the bus company's .xlsx (填报单位 line stating the 稽查日期 the working days count from; rows
# naming only its 车队, 线路 and 车号; a 考核处理 column) and a taxi company's .docx report with a table by 车号.
BUS_ROWS = [
    (
        "第一车队",
        "1路",
        "豫JD0125",
        "驾驶员行车中接打手持电话",
        "安全行车",
        "立即整改",
        "已整改，对驾驶员批评教育",
        "扣星级分2分",
    ),
    (
        "第一车队",
        "6路",
        "豫JD0631",
        "车厢座椅破损、地板污渍较多",
        "车容车貌",
        "3个工作日内",
        "正在维修座椅",
        "",
    ),
    (
        "第二车队",
        "15路",
        "豫JD1507",
        "到站不报站，越站甩客",
        "服务规范",
        "5个工作日内",
        "已整改，加强线路监控抽查",
        "罚款200元",
    ),
    ("第二车队", "22路", "豫JD2210", "车载灭火器压力不足", "安全行车", "2024年7月12日", "已更换", ""),
    (
        "第三车队",
        "9路",
        "豫JD0918",
        "驾驶员未按规定着装、佩戴服务标志",
        "文明礼仪",
        "长期坚持",
        "长期坚持",
        "",
    ),
    ("第三车队", "11路", "豫JD1122", "电子路牌显示不全", "车容车貌", "2024年7月31日", "未整改", ""),
]
TAXI = "濮阳市通达出租汽车有限公司"
TAXI_ROWS = [
    ("豫JT1238", "驾驶员拒载短途乘客", "停运学习3天，扣服务质量信誉分", "2024年7月20日", "已整改"),
    ("豫JT2517", "车内计价器铅封破损", "送计量检定机构重新检定加封", "2024年7月25日", "已送检，等待检定"),
    ("豫JT0866", "未按规定使用计价器，议价收费", "对驾驶员进行培训教育", "2024年7月22日", "已整改"),
    ("豫JT3320", "车辆顶灯“空车”标志损坏", "更换顶灯", "2024年7月26日", "未整改"),
    ("豫JT1904", "车内座套脏污、有异味", "更换座套，车辆消毒", "2024年7月23日", "已更换座套并消毒"),
    (
        "全体营运车辆（安全服务部）",
        "部分驾驶员不熟悉“一键报警”装置使用",
        "分批开展培训",
        "常态化推进",
        "常态化推进",
    ),
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="安全稽查科")
    ws = b.sheet("稽查问题整改")
    b.widths(ws, [6, 10, 8, 12, 34, 10, 14, 28, 14])
    b.line(ws, 0, "7月份公交稽查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市众意公交公司（安全稽查科）    稽查日期：2024年7月10日    整改期限自稽查之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "车队", "线路", "车号", "稽查发现问题", "问题类别", "整改期限", "整改落实情况", "考核处理"],
    )
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(BUS_ROWS), "稽查科负责人：杜伟    填表人：彭娟    填报日期：2024年7月29日", 8)
    return b.close()


def write_taxi_docx(path: Path) -> Path:
    doc = _new_document("安全服务部")
    _title(doc, f"{TAXI}关于“啄木鸟”行动检查发现问题整改情况的报告", 18)
    _paragraph(doc, "市道路运输服务中心：", 14)
    _paragraph(
        doc,
        "7月15日至19日，市道路运输服务中心“啄木鸟”行动检查组对我公司营运车辆进行了检查，共指出问题6项。公司高度"
        "重视，逐车逐人落实整改，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(TAXI_ROWS, 1)]
    _table(doc, ["序号", "车号", "存在问题", "整改措施", "整改期限", "整改结果"], body)
    _paragraph(doc, TAXI, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_transit(path: Path) -> Path:
    members = [
        ("7月份公交稽查发现问题整改台账（众意公交）.xlsx", write_bus_book),
        ("啄木鸟行动检查发现问题整改情况报告（通达出租）.docx", write_taxi_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("营业网点消防安全隐患排查整改台账.xls", write_bank),
    ("防外破隐患巡视台账（城郊供电所）.et", write_power),
    ("2024年汛期燃气安全专项大检查隐患整改台账.xlsx", write_gas),
    ("7月份安全生产检查问题整改台账（城投集团）.xlsx", write_group),
    ("开发区7月安全生产大检查企业隐患整改台账.csv", write_zone),
    ("长庆路街道7月份网格巡查发现问题处置情况的报告.docx", write_grid),
    ("消防安全专项检查回头看问题整改情况表（市第四人民医院）.wps", write_hospital),
    ("实验室安全隐患排查整改台账（濮阳职业技术学院）.ods", write_college),
    ("7月份小区安全检查问题整改台账（安居物业）.xlsx", write_property),
    ("公交出租行业稽查发现问题整改情况（两家）.zip", write_transit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

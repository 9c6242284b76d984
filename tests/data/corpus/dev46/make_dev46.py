"""Write the dev46 returns: eleven files laid out after eleven public sources, cited beside each layout.

Forms: .xlsx (three, two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV
in GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice)
with a table and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev46.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 小区物业服务整改计划, after a residential estate's published 物业服务相关计划 (计划编号 / 计划标题 / 责任
# 部门/人 / 预计完成时间 written as 2019年05月15日 / 计划状态 进行中·未开始 / 备注 无; 更新时间 under the
# table):
# https://github.com/LuoHuJinAn/home/blob/0d8522ef5bf2c3065c36c64267bb25ce48325dc0/activity/plan.md
# An .xlsx: the company named only in the title, one header row, rows naming only the company's own
# departments, an 更新时间 line under the table.
ESTATE_ROWS = [
    (
        "20240701",
        "改造后小区雨污分流管道出口堵塞，3号楼前雨天积水",
        "工程部/张工",
        "2024年08月15日",
        "进行中",
        "已疏通一处，待市政管网接驳",
    ),
    ("20240702", "清理楼道及公共区域大件垃圾和废旧电动车", "环境部", "2024年07月20日", "已完成", "无"),
    ("20240703", "门禁系统改造后部分单元门禁卡无法识别", "工程部", "2024年08月31日", "未开始", "无"),
    (
        "20240704",
        "消防设施设备检查，更换失效灭火器及疏散指示标识",
        "秩序维护部",
        "2024年07月31日",
        "已完成",
        "无",
    ),
    ("20240705", "补种改造施工破坏的绿化带，消除黄土裸露", "环境部", "2024年09月30日", "进行中", "无"),
    (
        "20240706",
        "5栋2单元电梯运行异响，联系维保单位检修",
        "工程部",
        "2024年08月10日",
        "进行中",
        "维保单位已到场检测",
    ),
    ("20240707", "建立业主档案并办理物业费银行托收协议", "客服部", "2024年12月31日", "未开始", "无"),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="金岸物业客服部")
    ws = b.sheet("整改计划")
    b.widths(ws, [12, 46, 16, 18, 12, 28])
    b.line(ws, 0, "濮阳市金岸物业服务有限公司金岸花园小区物业服务整改计划", 5, b.title)
    b.header(ws, 1, ["计划编号", "计划标题", "责任部门/人", "预计完成时间", "计划状态", "备注"])
    for i, row in enumerate(ESTATE_ROWS):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 3 + len(ESTATE_ROWS), "更新时间：2024年7月29日", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重大事故隐患排查治理记录表, after a guide to filling in the 重大事故隐患排查记录表 (填报单位全称、隐患编
# 号、法人单位名称及隐患单位负责人联系方式; 隐患等级一级至四级勾选; 隐患类型 火灾、坍塌等; 隐患现状及成因; 治
# 理方案与时限 "30日内完成"; 治理期间应急措施 临时断电、增设警示牌; 整改完成后验收、负责人签字; 加盖单位公章):
# https://www.fudaoke.com/exam/3015989.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with merged groups (隐患单位, 隐患等级 ticked with
# √), a 交办日期 the relative deadlines count from, a 注 line and a signature line.
HAZARD_ROWS = [
    (
        "HL-2024-071",
        "濮阳市龙丰化工有限公司",
        "王建军",
        "13903935521",
        3,
        "火灾",
        "甲类仓库防爆电气线路老化、部分接线盒密封失效",
        "2024年7月2日",
        "更换防爆电气线路及接线盒，需资金约8万元，30日内完成",
        "临时断电，增设警示牌",
        "已验收合格（7月26日）",
    ),
    (
        "HL-2024-072",
        "濮阳恒达建材市场管理有限公司",
        "刘春生",
        "13783901267",
        3,
        "坍塌",
        "钢结构库棚立柱锈蚀严重，屋面彩钢板局部塌陷",
        "2024年7月5日",
        "对锈蚀立柱除锈加固、更换塌陷屋面板，60日内完成",
        "库棚下方停止堆货，设置隔离区",
        "正在治理，立柱加固已完成一半",
    ),
    (
        "HL-2024-073",
        "濮阳市鑫源燃气储运有限公司",
        "赵海涛",
        "15839301188",
        2,
        "爆炸",
        "液化气储罐区可燃气体报警器3台失灵，未与紧急切断装置联锁",
        "2024年7月8日",
        "更换报警器并完成联锁调试，15日内完成",
        "加密人工巡检，每2小时一次",
        "已验收合格",
    ),
    (
        "HL-2024-074",
        "濮阳市天成纺织有限公司",
        "孙玉梅",
        "13598206634",
        4,
        "火灾",
        "生产车间疏散通道被原料堆放占用，安全出口锁闭",
        "2024年7月10日",
        "清理通道、解除锁闭，立行立改",
        "",
        "已验收合格",
    ),
    (
        "HL-2024-075",
        "濮阳市金盾冷链物流有限公司",
        "周立新",
        "18639308872",
        3,
        "中毒和窒息",
        "氨制冷机房氨气泄漏报警装置未定期检定",
        "2024年7月15日",
        "委托有资质机构检定并建立检定台账，2024年8月20日前完成",
        "机房内配置正压式呼吸器",
        "",
    ),
    (
        "HL-2024-076",
        "濮阳市通达加油站有限公司",
        "马志强",
        "13839325590",
        4,
        "火灾",
        "卸油口静电接地报警仪损坏未修复",
        "2024年7月22日",
        "更换静电接地报警仪，10日内完成",
        "卸油作业暂停",
        "设备已订购，待到货安装",
    ),
]


def write_hazard(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False, wrap=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "重大事故隐患排查治理记录表（2024年7月）", title, 0, 15),
        (1, 0, "填报单位（盖章）：濮阳市华龙区应急管理局　　　　填报日期：2024年7月30日", plain, 1, 15),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "隐患编号", head, 3, 1),
        (2, 2, "隐患单位（整改责任单位）", head, 2, 4),
        (3, 2, "法人单位名称", head),
        (3, 3, "负责人", head),
        (3, 4, "联系电话", head),
        (2, 5, "隐患等级", head, 2, 8),
        (3, 5, "一级", head),
        (3, 6, "二级", head),
        (3, 7, "三级", head),
        (3, 8, "四级", head),
        (2, 9, "隐患类型", head, 3, 9),
        (2, 10, "隐患现状及成因", head, 3, 10),
        (2, 11, "交办日期", head, 3, 11),
        (2, 12, "治理方案及时限", head, 3, 12),
        (2, 13, "治理期间应急措施", head, 3, 13),
        (2, 14, "验收情况", head, 3, 14),
        (2, 15, "备注", head, 3, 15),
    ]
    for i, row in enumerate(HAZARD_ROWS):
        r = 4 + i
        code, company, person, phone, level, kind, state, given, plan, guard, check = row
        cells += [
            (r, 0, i + 1, mid),
            (r, 1, code, mid),
            (r, 2, company, cell),
            (r, 3, person, mid),
            (r, 4, phone, mid),
        ]
        for lv in range(1, 5):
            cells.append((r, 4 + lv, "√" if lv == level else "", mid))
        cells += [
            (r, 9, kind, mid),
            (r, 10, state, cell),
            (r, 11, given, mid),
            (r, 12, plan, cell),
            (r, 13, guard, cell),
            (r, 14, check, cell),
            (r, 15, "", cell),
        ]
    end = 4 + len(HAZARD_ROWS)
    note = (
        "注：1.隐患等级在对应栏内打“√”；2.治理时限自交办日期起算；3.一级隐患报省级、二级隐患报市级、"
        "三级及以下隐患报县级应急管理部门备案。"
    )
    cells += [
        (end, 0, note, plain, end, 15),
        (
            end + 1,
            0,
            "填表人：　　　　　　审核人（负责人签字）：　　　　　　联系电话：0393-8226115",
            plain,
            end + 1,
            15,
        ),
    ]
    return _write_xls(path, [("隐患排查记录", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 涉密文件清退及档案保密检查问题整改登记表, after an explainer of the 涉密文件清退登记表 (文件文号、密级、
# 保密期限、清退人及接收人; 清退日期、销毁方式、主管签字审批; 勾选框标注 已清退/待销毁; 定期保密检查, 重点排查
# 未及时清退或审批缺失的漏洞):
# https://www.fudaoke.com/exam/3301039.html
# A .docx: title, 填报单位 line naming the unit by a short name, one table whose rows name only the unit's own
# 科室, √ under 已整改 or 待整改, a 填表说明 and a signature block (检查人、清退人、接收人、主管领导).
SECRET_ROWS = [
    (
        "《关于2023年度住房公积金缴存基数调整的通知》",
        "濮公积金〔2023〕12号",
        "秘密",
        "传阅后未按期清退，存放于个人办公桌抽屉",
        "归集科",
        "2024年7月15日前",
        "√",
        "",
        "已收回并登记",
    ),
    (
        "涉密计算机",
        "—",
        "—",
        "一台涉密计算机曾接入互联网，未见审批记录",
        "信息科",
        "2024年7月31日前",
        "√",
        "",
        "已更换硬盘，重新定密管理",
    ),
    (
        "2019—2021年度会计档案",
        "—",
        "—",
        "会计档案未按年度装订归档，库房温湿度记录缺失",
        "财务科",
        "8月底前",
        "",
        "",
        "已装订2019年度，其余正在整理",
    ),
    (
        "2023年第四季度待销毁涉密文件",
        "—",
        "机密",
        "14份待销毁涉密文件未经主管领导审批即送销",
        "办公室",
        "2024年7月20日前",
        "√",
        "",
        "已补办审批手续",
    ),
    (
        "《住房公积金贷款风险排查工作方案》",
        "濮公积金〔2024〕5号",
        "秘密",
        "涉密文件复印件未按原件管理，未登记复印份数",
        "信贷科",
        "2024年9月30日前",
        "",
        "√",
        "",
    ),
    (
        "档案库房",
        "—",
        "—",
        "档案库房无防盗报警装置，钥匙由一人保管",
        "办公室",
        "2024年12月31日前",
        "",
        "",
        "",
    ),
]


def write_secret(path: Path) -> Path:
    doc = _new_document("公积金中心办公室")
    _title(doc, "涉密文件清退及档案保密检查问题整改登记表", 18)
    _paragraph(doc, "填报单位：市公积金中心（盖章）　　检查时间：2024年7月8日—7月12日", 12)
    _table(
        doc,
        [
            "序号",
            "文件标题/检查事项",
            "文号",
            "密级",
            "发现问题",
            "责任科室",
            "整改时限",
            "已整改",
            "待整改",
            "备注",
        ],
        [[str(i), *row] for i, row in enumerate(SECRET_ROWS, 1)],
        9,
    )
    _paragraph(doc, "填表说明：1.“已整改”“待整改”栏内打“√”；2.涉密文件按文号、密级、保密期限逐件登记。", 10.5)
    _paragraph(doc, "检查人：　　　　清退人：　　　　接收人：　　　　主管领导签字：", 12)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 网格事件闭环处置台账, after a test on 网格事件分级分类与闭环处置 (一般事件（三级）/较大事件（二级）; 消防
# 安全类、公共卫生类、社会治安类、城市运行类; 消防通道堵塞, 路灯损坏, 物业未及时清理垃圾臭味扰民, 邻里纠纷由社
# 区居委会介入; 处理结果 已办结 / 需进一步跟踪 / 需上报上级部门; 责任部门 市城市管理局、供电公司、街道办事处):
# https://www.renrendoc.com/paper/504891544.html
# A CSV in GBK as a grid platform exports it: a title line, one header row, 网格员 beside the 处置单位, 处置时
# 限 in working days from the 交办时间, an 导出时间 line.
GRID_HEADER = [
    "事件编号",
    "交办时间",
    "所属网格",
    "网格员",
    "事件类别",
    "事件等级",
    "事件描述",
    "处置单位",
    "处置时限",
    "处置结果",
    "办结时间",
]
GRID_ROWS = [
    (
        "WG20240703001",
        "2024-07-03",
        "胜利路街道建设路社区第3网格",
        "李娜",
        "消防安全类",
        "一般事件（三级）",
        "建设路88号沿街商铺门前堆放纸箱堵塞消防通道",
        "市消防救援支队",
        "3个工作日",
        "已办结",
        "2024-07-05",
    ),
    (
        "WG20240705002",
        "2024-07-05",
        "胜利路街道建设路社区第1网格",
        "王磊",
        "城市运行类",
        "一般事件（三级）",
        "建设路与长庆路交叉口路灯3盏损坏，夜间无照明",
        "市城市管理局",
        "5个工作日",
        "已办结",
        "2024-07-10",
    ),
    (
        "WG20240708003",
        "2024-07-08",
        "中原路街道绿城社区第2网格",
        "赵敏",
        "公共卫生类",
        "一般事件（三级）",
        "绿城小区物业未及时清运生活垃圾，臭味扰民",
        "濮阳市华龙区中原路街道办事处",
        "3个工作日",
        "已派单处置，需进一步跟踪",
        "",
    ),
    (
        "WG20240710004",
        "2024-07-10",
        "中原路街道绿城社区第5网格",
        "赵敏",
        "食品安全类",
        "较大事件（二级）",
        "居民举报绿城农贸市场一熟食摊点使用过期食材",
        "市市场监督管理局",
        "2个工作日",
        "已办结",
        "2024-07-11",
    ),
    (
        "WG20240715005",
        "2024-07-15",
        "胜利路街道建设路社区第3网格",
        "李娜",
        "社会治安类",
        "一般事件（三级）",
        "建设路社区12号楼两户居民因楼上漏水引发邻里纠纷",
        "濮阳市华龙区胜利路街道建设路社区居民委员会",
        "5个工作日",
        "已办结",
        "2024-07-17",
    ),
    (
        "WG20240717006",
        "2024-07-17",
        "孟轲乡城东村第1网格",
        "刘强",
        "城市运行类",
        "一般事件（三级）",
        "城东村村口变压器附近电线下垂，存在触电隐患",
        "供电公司",
        "2个工作日",
        "已移交供电公司抢修班处置",
        "",
    ),
    (
        "WG20240722007",
        "2024-07-22",
        "孟轲乡城东村第2网格",
        "刘强",
        "城市运行类",
        "一般事件（三级）",
        "城东村主干道排水沟盖板缺失两块",
        "濮阳市华龙区孟轲乡人民政府",
        "5个工作日",
        "",
        "",
    ),
    (
        "WG20240725008",
        "2024-07-25",
        "中原路街道绿城社区第2网格",
        "赵敏",
        "公共卫生类",
        "一般事件（三级）",
        "绿城小区地下车库积水滋生蚊虫",
        "濮阳市华龙区中原路街道办事处",
        "3个工作日",
        "正在处置，已组织抽排积水",
        "",
    ),
]


def write_grid(path: Path) -> Path:
    raw = io.StringIO()
    w = csv.writer(raw, lineterminator="\r\n")
    w.writerow(["华龙区网格化服务管理中心网格事件闭环处置台账（2024年7月1日—7月28日）"])
    w.writerow(GRID_HEADER)
    for row in GRID_ROWS:
        w.writerow(row)
    w.writerow(["导出时间：2024-07-29 09:12", "导出人：网格中心值班员"])
    path.write_bytes(raw.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 农村食品安全“扫雷”专项行动发现问题整改情况表, after a provincial 食品药品监督管理局's 扫雷 campaign plan
# with its 附件 工作情况统计表 (填报单位、填报时间; 类别 检查食品生产单位 其中：食品生产小作坊 / 检查食品销售
# 者 其中：校园周边食品经营户 / 检查餐饮服务单位 其中：学校食堂; 发出责令改正通知书, 约谈食品生产经营者):
# http://gopolicy.las.ac.cn/service/workdown/RO201807120003251WH
# An .xlsx: title, 填报单位 line, a two-row header with merged groups (整改责任单位, 整改情况), the three 类别
# as section rows, a 合计 row and a 签发人 line.
FOOD_SECTIONS = [
    (
        "一、检查食品生产单位　其中：食品生产小作坊",
        [
            (
                "清丰县韩村镇李记豆腐坊",
                "韩村镇北街",
                "生产车间未设置防蝇防鼠设施，原料与成品混放",
                "发出责令改正通知书",
                "2024年7月20日",
                "已整改，复查合格",
            ),
            (
                "清丰县马庄桥镇宏发挂面加工厂",
                "马庄桥镇工业路",
                "未建立原料进货查验记录，使用标签不全的面粉",
                "发出责令改正通知书",
                "8月10日前",
                "正在整改，已建立进货台账",
            ),
        ],
    ),
    (
        "二、检查食品销售者　其中：校园周边食品经营户",
        [
            (
                "清丰县阳邵镇惠民便利店",
                "阳邵镇中心小学东侧",
                "向学生销售无中文标签的进口糖果",
                "责令下架，约谈经营者",
                "2024年7月12日",
                "已整改",
            ),
            (
                "清丰县仙庄镇好又多超市",
                "仙庄镇政府路",
                "散装食品未标注生产日期和保质期，部分调味品超过保质期",
                "发出责令改正通知书，立案调查",
                "7月底前",
                "",
            ),
            (
                "清丰县古城乡丰源粮油店",
                "古城乡集贸市场",
                "分装食用油销售时无任何标识",
                "约谈经营者",
                "2024.8.15",
                "未整改",
            ),
        ],
    ),
    (
        "三、检查餐饮服务单位　其中：学校食堂",
        [
            (
                "清丰县第二初级中学",
                "城关镇文化路（学校食堂）",
                "食品留样不足48小时，留样量不足125克",
                "发出责令改正通知书",
                "2024年7月15日",
                "已整改",
            ),
            (
                "清丰县大流乡张氏家宴服务部",
                "大流乡大流村",
                "承办农村集体聚餐未向乡镇食安办报备，厨师无健康证明",
                "约谈经营者，指导补办备案",
                "9月30日前",
                "部分完成，2名厨师已办理健康证",
            ),
        ],
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="清丰县市场监管局食品科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 30, 22, 36, 24, 16, 28])
    b.line(ws, 0, "农村食品安全“扫雷”专项行动发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县市场监督管理局　　　　填报时间：2024年7月26日", 6)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "整改责任单位（检查对象）", b.head)
    b.header(ws, 3, ["名称", "地址"], 1)
    b.merge(ws, 2, 3, 3, 3, "发现问题", b.head)
    b.merge(ws, 2, 4, 3, 4, "处置措施", b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["整改期限", "整改进展"], 5)
    r, n = 4, 0
    for section, rows in FOOD_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            b.put(ws, r, 0, n, b.center)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.merge(ws, r, 2, r, 6, "检查7户次，发出责令改正通知书4份，约谈经营者3户次，立案1件", b.cell)
    b.line(ws, r + 2, "签发人：　　　　　　报送人：　　　　　　联系电话：0393-7222316", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 中央生态环境保护督察反馈问题整改进展情况表, after a city paper's account of its 督察整改 (共反馈整改任务
# 41项，已完成整改 25项，销号13项，未完成但达到序时进度16项; 已整改完成尚未销号的问题按程序完成验收、复核并销
# 号; 倒排工期，确保12月10日前完成; 长期存在的问题):
# https://yybnet.net/liaocheng/news/202011/11004157.html
# An .ods (LibreOffice from a workbook): title, 截至 line, a summary sentence counting the tasks, one header
# row with 整改进展 and 销号情况 side by side, units under their former names, a 下一步 line and signatures.
ENV_ROWS = [
    (
        "城区部分河道黑臭水体治理不彻底，马颊河城区段汛期返黑返臭",
        "消除黑臭水体",
        "市环保局",
        "2024年6月底前",
        "已完成整改，水质监测连续3个月达标",
        "已销号",
    ),
    (
        "第二污水处理厂提标改造滞后，出水总磷间歇性超标",
        "出水稳定达到一级A标准",
        "市水务局",
        "2024年12月10日前",
        "未完成但达到序时进度，主体工程完工80%",
        "未销号",
    ),
    (
        "历史遗留砖瓦窑厂取土坑生态修复不到位",
        "完成取土坑生态修复",
        "市国土资源局",
        "2023-2025年",
        "未完成但达到序时进度，已完成修复12处",
        "未销号",
    ),
    (
        "秸秆露天焚烧禁而未绝",
        "杜绝秸秆露天焚烧",
        "市农委",
        "长期坚持",
        "长期坚持",
        "—",
    ),
    (
        "建筑工地扬尘防治措施落实不到位",
        "工地扬尘防治“六个百分之百”全部落实",
        "市建委",
        "2024年7月15日前",
        "已完成整改，待市督察整改办验收销号",
        "待销号",
    ),
    (
        "危险废物规范化管理不到位，部分企业危废贮存场所不规范",
        "危废贮存场所全部规范化",
        "市生态环境局",
        "2024年9月30日前",
        "进展滞后",
        "未销号",
    ),
    (
        "城区餐饮油烟扰民投诉反复",
        "餐饮单位油烟净化设施应装尽装",
        "市城管执法局",
        "2024年5月31日",
        "已完成整改，安装油烟净化设施236家",
        "已销号",
    ),
    (
        "工业园区集中供热配套管网未建成，企业自备燃煤锅炉未淘汰",
        "淘汰自备燃煤锅炉",
        "市工信委",
        "2024年底前",
        "未完成但达到序时进度",
        "未销号",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改进展")
    b.widths(ws, [6, 40, 24, 14, 18, 34, 10])
    b.line(ws, 0, "中央生态环境保护督察及“回头看”反馈问题整改进展情况表", 6, b.title)
    b.line(ws, 1, "报送单位：市生态环境保护督察整改工作领导小组办公室　　（截至2024年7月25日）", 6)
    b.line(
        ws,
        2,
        "中央生态环境保护督察及“回头看”共反馈我市整改任务8项，已完成整改3项（其中销号2项），未完成但达到序时进度"
        "3项，长期坚持1项，进展滞后1项。",
        6,
    )
    b.header(ws, 3, ["序号", "反馈问题", "整改目标", "责任单位", "整改时限", "整改进展", "销号情况"])
    for i, row in enumerate(ENV_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(ENV_ROWS)
    b.line(
        ws,
        end,
        "下一步：对已整改完成尚未销号的问题，按程序完成验收、复核并销号；对达到序时进度仍在推进的整改任务，倒排工期，"
        "确保按期完成。",
        6,
    )
    b.line(ws, end + 1, "填报人：　　　　审核人：　　　　联系电话：0393-4418230", 6)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "督察反馈问题整改进展情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 案件风险排查发现问题整改台账, after a bank's 案件风险排查方案 (排查对象 各级行对外营业的经营机构; 以重点
# 业务、重点账户、重点交易、重点人员和安全保卫为主要内容; 排查业务的时间范围 7月1日至次年3月31日; 开户资料的有
# 效性, 营业执照已吊销, 预留印鉴外借或拿出柜台外使用, 非营业时间大额资金进出):
# http://www.jiankangstore.com/zhuantifanwen/gongwenfanwen/2022/1120/44816.html
# A .zip of two .xlsx returns, one per branch: title, 填报单位 line with the 排查时间范围, one header row
# whose rows name only the branch's own 部门, the 排查类别 of the source, a signature line.
BANK_RETURNS = [
    (
        "华龙支行",
        "濮阳中原农村商业银行股份有限公司华龙支行",
        [
            (
                "重点账户",
                "2家单位一般存款账户开户资料中营业执照已过期，未按规定年检",
                "营业部",
                "联系客户补充资料，逾期未补的暂停非柜面业务",
                "2024.8.15",
                "已联系1家完成补充，另1家正在催办",
                "郭晓燕",
            ),
            (
                "重点交易",
                "非营业时间大额资金进出3笔未见复核记录",
                "会计部",
                "补录复核记录，修订大额交易复核流程",
                "2024.7.20",
                "已整改",
                "田丽",
            ),
            (
                "重点人员",
                "2名柜员连续在同一岗位超过3年，轮岗和强制休假制度执行不到位",
                "综合办公室",
                "制定轮岗计划，落实强制休假",
                "9月30日前",
                "",
                "陈宏伟",
            ),
            (
                "安全保卫",
                "营业网点监控录像保存不足90天",
                "保卫部",
                "更换监控存储设备",
                "2024.7.31",
                "已完成，验收合格",
                "杨帆",
            ),
        ],
    ),
    (
        "开发区支行",
        "濮阳中原农村商业银行股份有限公司开发区支行",
        [
            (
                "重点业务",
                "预留印鉴卡保管不规范，存在印鉴卡拿出柜台外使用情况",
                "营业部",
                "印鉴卡入柜专人保管，建立调阅登记",
                "2024.7.10",
                "已整改",
                "韩冰",
            ),
            (
                "重点账户",
                "临时存款账户到期未及时办理展期或销户5户",
                "会计部",
                "逐户通知办理展期或销户",
                "2024.8.31",
                "正在逐户通知客户办理",
                "李静",
            ),
            (
                "重点交易",
                "同一客户短期内大额资金快进快出，未按规定报送可疑交易报告",
                "合规部",
                "补报可疑交易报告，开展反洗钱培训",
                "2024.8.10",
                "未整改",
                "王振",
            ),
            (
                "安全保卫",
                "自助银行加钞作业未执行双人押运",
                "保卫部",
                "严格执行双人加钞押运制度",
                "长期坚持",
                "常态化推进",
                "张涛",
            ),
        ],
    ),
]


def write_bank_book(path: Path, branch: str, rows: list[tuple]) -> Path:
    b = Book(path, author=branch)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 40, 12, 30, 12, 28, 10])
    b.line(ws, 0, "2024年案件风险排查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        f"填报单位（盖章）：{branch}　　排查时间范围：2023年7月1日至2024年3月31日　　填报日期：2024年7月26日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "排查类别", "排查发现问题", "责任部门", "整改措施", "整改时限", "整改情况", "整改责任人"],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(rows), "负责人：　　　　填表人：　　　　联系电话：", 7)
    return b.close()


def write_bank(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for short, branch, rows in BANK_RETURNS:
            name = f"案件风险排查发现问题整改台账（{short}）.xlsx"
            member = write_bank_book(Path(tmp) / name, branch, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 统计执法检查发现问题整改进展情况的报告, after the 国家统计局 notice on a town's 统计上弄虚作假 (一、联网
# 直报企业名录不实 二、编造虚假数据和代填代报企业统计数据 三、工业统计数据严重失实 四、有关领导疏于职守; 约谈,
# 要求认真查找问题, 举一反三，全面整改):
# http://politics.people.com.cn/BIG5/n/2013/0614/c1001-21846437.html
# A .doc (Word 97 via LibreOffice) with the items as numbered headings, each followed by a paragraph holding
# the problem, 责任单位, 整改时限 (one a schedule text) and 整改进展.
STATS_ITEMS = [
    (
        "一、联网直报企业名录不实",
        "经抽查，岳村镇纳入联网直报的规模以上工业企业中，有6家实际已停产或达不到规模以上标准。"
        "责任单位：濮阳市华龙区岳村镇人民政府。整改时限：2024年8月31日前。"
        "整改进展：已对6家企业逐一核实，其中4家已按程序申请退库，其余2家正在核实。",
    ),
    (
        "二、代填代报企业统计数据",
        "胡村乡经济发展办公室工作人员以企业名义代为填报3家企业月度统计报表。"
        "责任单位：濮阳市华龙区胡村乡人民政府。整改时限：2024年7月15日前。"
        "整改进展：已停止代填代报，3家企业已重新取得报表填报密钥并自行上报，已完成整改。",
    ),
    (
        "三、统计台账和原始记录不健全",
        "抽查的12家限额以上批发零售企业中，有5家未建立统计台账，销售额无原始凭证支撑。"
        "责任单位：濮阳市华龙区商务局。整改时限：2024年9月底前。整改进展：未启动。",
    ),
    (
        "四、固定资产投资项目入库资料不全",
        "抽查的20个在库固定资产投资项目中，有9个项目缺少施工合同或开工证明材料。"
        "责任单位：濮阳市华龙区发展和改革委员会。"
        "整改时限：7月底前完成问题项目资料补充，10月底前完成全部在库项目复核。"
        "整改进展：已补充资料项目6个，其余正在推进。",
    ),
    (
        "五、乡镇（街道）统计力量薄弱",
        "部分乡镇（街道）统计站无专职统计人员，统计人员调整频繁。"
        "责任单位：濮阳市华龙区统计局。整改时限：长期坚持。整改进展：常态化推进。",
    ),
    (
        "六、有关领导干部对统计违法行为失察",
        "中原路街道有关负责同志对辖区企业虚报营业收入问题知情后未予制止和纠正。"
        "责任单位：濮阳市华龙区中原路街道办事处。整改时限：2024年7月31日前。"
        "整改进展：已对相关责任人进行提醒谈话并在全街道通报，已完成整改。",
    ),
]


def write_stats_docx(path: Path) -> Path:
    doc = _new_document("华龙区统计局")
    _title(doc, "关于统计执法检查发现问题整改进展情况的报告")
    _paragraph(doc, "市统计局：")
    _paragraph(
        doc,
        "2024年5月，市统计局统计执法检查组对我区统计工作开展了执法检查，指出了6个方面的问题。"
        "我局会同有关乡镇（街道）和部门认真查找问题，举一反三，全面整改。现将整改进展情况报告如下：",
    )
    for heading, body in STATS_ITEMS:
        _paragraph(doc, heading, 16, "黑体")
        _paragraph(doc, body)
    _paragraph(doc, "濮阳市华龙区统计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（联系人：周敏　　联系电话：0393-8992107）", 14)
    return _save_fixed(doc, path)


def write_stats(path: Path) -> Path:
    return via_soffice(write_stats_docx, path, "doc", "统计执法检查发现问题整改进展情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 防致贫返贫监测和帮扶摸底排查问题整改清单, after a 帮扶单位's account of its 防致贫返贫监测和帮扶全面摸底
# 排查 in two villages (常住户52户182人; 重点排查脱贫人口和监测对象（脱贫监测户和边缘易致贫户）; 家庭收入, 义
# 务教育、基本医疗、住房安全、安全饮水; 乡不漏村、村不漏户、户不漏人):
# http://146.56.203.80:81/qzbm/detail/content/61289f7ad9e5dc2013000000.html
# An .et (Excel 97 via LibreOffice): title, 帮扶单位 line, a line counting each village's 常住户, a two-row
# header with merged groups (排查发现问题 by category, 风险是否消除 是/否 ticked with √), a 注 and signatures.
POOR_CATS = ["稳定增收", "义务教育", "基本医疗", "住房安全", "安全饮水"]
POOR_ROWS = [
    (
        "西辛庄村",
        "张某某",
        "脱贫户",
        "义务教育",
        "户内1名义务教育阶段学生因病休学，未落实送教上门",
        "协调镇中心校落实送教上门",
        "濮阳县庆祖镇人民政府",
        "2024年7月31日",
        "是",
        "",
    ),
    (
        "西辛庄村",
        "李某某",
        "监测户",
        "基本医疗",
        "户主患慢性病未办理门诊慢特病待遇认定",
        "协助办理门诊慢特病认定",
        "市医保局",
        "8月底前",
        "否",
        "",
    ),
    (
        "西辛庄村",
        "王某某",
        "边缘易致贫户",
        "住房安全",
        "2间土坯房墙体开裂，经鉴定为C级危房",
        "纳入2024年农村危房改造计划",
        "市住建局",
        "2024年10月31日",
        "",
        "已纳入改造计划，正在施工",
    ),
    (
        "东辛庄村",
        "赵某某",
        "脱贫户",
        "安全饮水",
        "自来水入户管道老化，夏季供水时断时续",
        "更换入户管道",
        "市水利局",
        "2024年7月20日",
        "是",
        "",
    ),
    (
        "东辛庄村",
        "刘某某",
        "监测户",
        "基本医疗",
        "2024年度城乡居民医保未参保",
        "动员参保并落实资助参保政策",
        "市医疗保障局",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "东辛庄村",
        "孙某某",
        "边缘易致贫户",
        "稳定增收",
        "家中主要劳动力务工受伤，家庭收入骤减",
        "落实公益岗位1个，申请临时救助",
        "濮阳县庆祖镇人民政府",
        "2024年8月15日",
        "",
        "公益岗位已落实，临时救助正在审批",
    ),
    (
        "东辛庄村",
        "周某某",
        "脱贫户",
        "义务教育",
        "子女就读中职学校，雨露计划职业教育补助未申领",
        "指导申报雨露计划补助",
        "市农业农村局",
        "9月30日前",
        "否",
        "",
    ),
]


def write_poor_book(path: Path) -> Path:
    b = Book(path, author="驻村工作队")
    ws = b.sheet("问题整改清单")
    b.widths(ws, [5, 10, 8, 12, 7, 7, 7, 7, 7, 34, 26, 20, 14, 5, 5, 26])
    last = 15
    b.line(ws, 0, "防致贫返贫监测和帮扶全面摸底排查发现问题整改清单", last, b.title)
    b.line(
        ws,
        1,
        "帮扶单位：市农业农村局驻村工作队　　乡镇：濮阳县庆祖镇　　排查时间：2024年7月1日—7月15日",
        last,
    )
    b.line(ws, 2, "西辛庄村常住户186户、672人；东辛庄村常住户143户、510人。", last)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 4, 1, "村名", b.head)
    b.merge(ws, 3, 2, 4, 2, "户主", b.head)
    b.merge(ws, 3, 3, 4, 3, "户类型", b.head)
    b.merge(ws, 3, 4, 3, 8, "排查发现问题", b.head)
    b.header(ws, 4, POOR_CATS, 4)
    b.merge(ws, 3, 9, 4, 9, "问题描述", b.head)
    b.merge(ws, 3, 10, 4, 10, "帮扶措施", b.head)
    b.merge(ws, 3, 11, 4, 11, "责任单位", b.head)
    b.merge(ws, 3, 12, 4, 12, "完成时限", b.head)
    b.merge(ws, 3, 13, 3, 14, "风险是否消除", b.head)
    b.header(ws, 4, ["是", "否"], 13)
    b.merge(ws, 3, 15, 4, 15, "备注", b.head)
    for i, row in enumerate(POOR_ROWS, 1):
        village, head, kind, cat, problem, measure, unit, due, gone, note = row
        r = 4 + i
        ticks = ["√" if c == cat else "" for c in POOR_CATS]
        done = ["√" if gone == "是" else "", "√" if gone == "否" else ""]
        values = [i, village, head, kind, *ticks, problem, measure, unit, due, *done, note]
        for c, v in enumerate(values):
            b.put(ws, r, c, v, b.center if c in (0, 4, 5, 6, 7, 8, 13, 14) else b.cell)
    end = 5 + len(POOR_ROWS)
    b.line(
        ws,
        end,
        "注：1.户类型分脱贫户、监测户、边缘易致贫户；2.排查发现问题在对应栏内打“√”；3.风险是否消除在“是”或“否”"
        "栏内打“√”。",
        last,
    )
    b.line(ws, end + 1, "填报人：　　　　驻村第一书记（签字）：　　　　村党支部书记（签字）：", last)
    return b.close()


def write_poor(path: Path) -> Path:
    return via_soffice(write_poor_book, path, "xls", "防致贫返贫摸底排查问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 审计发现问题整改落实清单, after a college's 审计整改工作办法 (被审计单位在签收审计报告7日内报送审计整改
# 落实清单, 30日内或审计整改通知书规定的期限内报送整改报告; 对未完成的整改事项说明原因，提出后续整改方案，明确
# 整改期限和阶段性目标; 被审计单位现任党政主要负责人是第一责任人):
# https://jsc.chzu.edu.cn/2019/1205/c15672a205139/page.htm
# A .wps (Word 97 via LibreOffice): title, 审计项目 and 报送单位 lines, one table with the 签收 (交办) date
# the relative deadlines count from, a 未完成原因及后续整改方案 column, a 说明 and signatures.
AUDIT_ROWS = [
    (
        "市教育局",
        "部分学校食堂收入未纳入预算管理，涉及金额126.5万元",
        "将食堂收支纳入单位预算统一核算",
        "2024年6月14日",
        "30日内",
        "已整改，相关收支已全部纳入预算",
        "—",
    ),
    (
        "市卫计委",
        "公立医院医疗设备采购3项未执行政府采购程序",
        "规范采购程序，追究相关人员责任",
        "2024年6月14日",
        "30日内",
        "部分整改，已修订采购管理办法",
        "相关人员责任追究正在研究",
    ),
    (
        "市财政局",
        "结转结余资金未按规定收回统筹，涉及资金2300万元",
        "清理结转结余资金，按规定收回统筹",
        "2024年6月20日",
        "60日内",
        "正在清理，已收回1400万元",
        "—",
    ),
    (
        "市人社局",
        "向不符合条件人员发放就业补助资金8.6万元",
        "追回违规发放资金",
        "2024年6月20日",
        "30日内",
        "未整改",
        "涉及人员已外出务工，无法联系",
    ),
    (
        "市文广新局",
        "文化惠民工程项目资金闲置超过2年，金额85万元",
        "盘活闲置资金",
        "2024年6月20日",
        "2024年9月30日前",
        "已整改，闲置资金已上缴财政",
        "—",
    ),
    (
        "市交通运输局",
        "农村公路养护资金拨付滞后，未及时拨付至乡镇",
        "加快资金拨付进度",
        "2024年6月26日",
        "30日内",
        "",
        "",
    ),
    (
        "市民政局",
        "部分养老机构运营补贴发放依据不充分",
        "完善补贴发放审核机制",
        "2024年6月26日",
        "分阶段推进：2024年8月底前完成补贴发放复核，2024年12月底前修订完善补贴审核办法",
        "正在复核",
        "—",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("市审计局")
    _title(doc, "审计发现问题整改落实清单")
    _paragraph(doc, "审计项目：2023年度市本级部门预算执行审计　　审计整改通知书：濮审改〔2024〕8号", 12)
    _paragraph(doc, "报送单位：市审计局（汇总）　　报送日期：2024年7月29日", 12)
    _table(
        doc,
        [
            "序号",
            "被审计单位（整改责任单位）",
            "审计发现问题",
            "审计建议",
            "审计报告签收（交办）日期",
            "整改期限",
            "整改情况",
            "未完成原因及后续整改方案",
        ],
        [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)],
        9,
    )
    _paragraph(
        doc,
        "说明：1.整改期限自审计报告签收之日起计算；2.被审计单位应在签收审计报告7日内报送整改落实清单，30日内或审计"
        "整改通知书规定的期限内报送整改报告；3.对未完成的整改事项，应说明原因，提出后续整改方案，明确整改期限和阶段性目标。",
        10.5,
    )
    _paragraph(doc, "填表人：　　　　审核人：　　　　联系电话：0393-4411685", 12)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计发现问题整改落实清单.docx")


# ---------------------------------------------------------------------------------------------
# 11. 巡察整改“回访”督查情况汇总表, after a county's account of its 巡察整改督促检查 (派出3个督查组，对前4轮巡
# 察的14个党组织; 采取“听、看、查、访”方式; 机关“慵懒散”, 工程项目建设进度缓慢; 对照巡察整改台账逐条逐项查看;
# 整改满意度测评; 评定 好、较好、一般、差; 书面再反馈，督促再整改):
# http://qdubb.cn/html/2018/xunshixuncha_0521/47675.html
# An .xlsx: title, 督查时间 line, one header row with the 督查组 (inspector) beside the 整改责任单位 (some
# under short or former names), 督查情况 as sentences, 满意度测评 and 评定等次, a closing line and signatures.
PATROL_ROWS = [
    (
        "第一轮",
        "中共濮阳市交通运输局党组",
        "机关干部作风“慵懒散”，服务窗口存在推诿现象",
        "市交通运输局",
        "2024年3月31日",
        "第一督查组",
        "经随机暗访，窗口作风明显转变，已整改到位",
        "92%",
        "好",
    ),
    (
        "第一轮",
        "中共濮阳市城市管理局党组",
        "城区道路改造工程项目建设进度缓慢",
        "市城管局",
        "2024年6月30日",
        "第一督查组",
        "深入施工现场查看，主体已完工，附属工程正在施工",
        "85%",
        "较好",
    ),
    (
        "第二轮",
        "中共濮阳市商务局党组",
        "商贸流通专项资金拨付审批程序不规范",
        "市商务局",
        "2024年5月31日",
        "第二督查组",
        "查阅会议记录和资金台账，已修订资金管理办法并按新程序执行，已完成整改",
        "90%",
        "好",
    ),
    (
        "第二轮",
        "中共濮阳市残疾人联合会党组",
        "残疾人两项补贴发放台账未建立",
        "市残联",
        "2024年4月30日",
        "第二督查组",
        "逾期未整改，整改台账未建立",
        "61%",
        "差",
    ),
    (
        "第三轮",
        "中共濮阳市众意公交公司委员会",
        "部分线路车辆老旧，安全隐患排查不彻底",
        "市公交公司",
        "2024年8月31日",
        "第三督查组",
        "已更换新能源公交车20辆，其余车辆隐患排查正在推进",
        "78%",
        "一般",
    ),
    (
        "第三轮",
        "中共濮阳市气象局党组",
        "基层党组织“三会一课”制度落实不严格",
        "市气象局",
        "长期坚持",
        "第三督查组",
        "常态化推进",
        "88%",
        "较好",
    ),
    (
        "第四轮",
        "中共濮阳市科学技术局党组",
        "科技项目验收把关不严，2个项目未按期结题",
        "市科委",
        "2024年7月31日前",
        "第一督查组",
        "",
        "",
        "",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="市委巡察办")
    ws = b.sheet("回访督查")
    b.widths(ws, [6, 8, 26, 36, 14, 16, 12, 40, 10, 10])
    b.line(ws, 0, "市委巡察整改“回访”督查情况汇总表", 9, b.title)
    b.line(ws, 1, "督查时间：2024年7月8日—7月19日　　督查方式：听、看、查、访", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "巡察轮次",
            "被巡察党组织",
            "巡察反馈问题",
            "整改责任单位",
            "整改时限",
            "督查组",
            "督查情况",
            "满意度测评",
            "评定等次",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(PATROL_ROWS)
    b.line(
        ws,
        end,
        "本次回访督查7个被巡察党组织，对评定为“一般”“差”等次的，书面再反馈督查情况，督促二次整改。",
        9,
    )
    b.line(ws, end + 1, "督查组组长（签字）：　　　　填表人：　　　　2024年7月22日", 9)
    return b.close()


FILES = [
    ("金岸花园小区物业服务整改计划（2024年7月）.xlsx", write_estate),
    ("重大事故隐患排查治理记录表（华龙区2024年7月）.xls", write_hazard),
    ("涉密文件清退及档案保密检查问题整改登记表.docx", write_secret),
    ("网格事件闭环处置台账导出_20240729.csv", write_grid),
    ("农村食品安全扫雷专项行动发现问题整改情况表（清丰县）.xlsx", write_food),
    ("中央生态环境保护督察反馈问题整改进展情况（截至7月25日）.ods", write_env),
    ("2024年案件风险排查发现问题整改台账（两家支行）.zip", write_bank),
    ("关于统计执法检查发现问题整改进展情况的报告.doc", write_stats),
    ("防致贫返贫摸底排查问题整改清单（庆祖镇）.et", write_poor),
    ("审计发现问题整改落实清单（2023年度预算执行审计）.wps", write_audit),
    ("巡察整改回访督查情况汇总表.xlsx", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

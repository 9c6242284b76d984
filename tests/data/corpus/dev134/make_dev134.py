"""Write the dev134 returns: ten files laid out after ten public sources, cited beside each layout below.

The part holds the ledgers a county (or district) government sends up after gathering what its own departments
and its towns report: one file, many 责任单位, grouped by trade or by town. Campaign kinds: 安全生产, 生态环境,
住建, 交通, 水利, 教育, 民政, 卫生, 城市管理, 食品安全.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice,
member times fixed), a CSV in GBK, a .docx whose items are numbered paragraphs of a report, a .wps (Word 97 via
LibreOffice) with one table, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics
date is 2024-07-31.

Run from this folder: python make_aside153.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every file is written from scratch with fixed dates inside, so running it twice gives the same bytes.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        self.label = add(
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
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


# ---------------------------------------------------------------------------------------------
# 1. 安全生产综合督查, after a district's 安全生产综合督查组 that went through the 区住建局、教育体育局、城管综合执法局、
# 市场监督管理局、道路运输管理分局, the 工业园区 and two 乡镇 and their enterprises (检查单位（部门）8个、企业7家，发现隐患
# 和问题45条; 《安全生产督查检查记录表》, 《安全生产综合督查检查督办通知单》 交办):
# http://zynews.com.cn/article/show-357740.html
# An .xlsx: title, 督查组/时间/方式 line, one header row, the 督查对象 (department or town) merged over its rows beside
# an explicit 整改责任单位 (the department itself, a school, an enterprise), the 督办通知单 number, a 合计 row and
# the 安委办 signature line.
SAFETY_ROWS = [
    (
        "县住房和城乡建设局",
        [
            (
                "城南安置房二期项目工地",
                "塔吊司机未持证上岗，塔吊高度限位装置失灵",
                "濮阳县宏达建筑工程有限公司",
                "立即停用塔吊，更换持证司机，检修限位装置",
                "濮安督〔2024〕21号",
                "2024.7.15",
                "已整改，经县住建局复查合格",
            ),
        ],
    ),
    (
        "县教育局",
        [
            (
                "县第三初级中学",
                "学生宿舍楼安全出口指示灯损坏，疏散通道堆放床板",
                "濮阳县第三初级中学",
                "更换指示灯，清理疏散通道",
                "濮安督〔2024〕22号",
                "2024.7.12",
                "已整改",
            ),
            (
                "县教育局",
                "校车安全专项检查未覆盖民办幼儿园接送车辆",
                "濮阳县教育局",
                "对全县民办幼儿园接送车辆开展拉网排查",
                "濮安督〔2024〕23号",
                "8月底前",
                "正在开展排查，已完成32所",
            ),
        ],
    ),
    (
        "县城市管理局",
        [
            (
                "城区中压燃气调压站",
                "调压站周边违规堆放可燃杂物，防护围栏破损",
                "濮阳县恒通燃气有限公司",
                "清理可燃杂物，修复防护围栏",
                "濮安督〔2024〕24号",
                "2024.7.18",
                "",
            ),
        ],
    ),
    (
        "县市场监督管理局",
        [
            (
                "文留镇液化气充装站",
                "液化石油气充装站对超期未检气瓶仍予充装",
                "濮阳县鑫源液化气有限公司",
                "停止充装超期气瓶，全部送检",
                "濮安督〔2024〕25号",
                "2024.7.31",
                "已责令停止充装，超期气瓶正在送检",
            ),
        ],
    ),
    (
        "县交通运输局",
        [
            (
                "濮阳县汽车站",
                "进站客车安全例检记录填写不全，例检员未签字",
                "濮阳县汽车客运站有限公司",
                "规范例检流程和记录",
                "濮安督〔2024〕26号",
                "7月25日前",
                "未整改",
            ),
        ],
    ),
    (
        "文留镇",
        [
            (
                "文留镇人民政府",
                "镇安委会二季度未召开安全生产专题会议",
                "濮阳县文留镇人民政府",
                "召开专题会议研究部署",
                "濮安督〔2024〕27号",
                "7月31日前",
                "已召开专题会议并印发会议纪要",
            ),
        ],
    ),
    (
        "柳屯镇",
        [
            (
                "柳屯镇宏兴家具厂",
                "喷漆车间电气线路未穿管保护，车间内违规存放稀释剂",
                "濮阳县柳屯镇宏兴家具厂",
                "线路穿管保护，稀释剂移入专用库房",
                "濮安督〔2024〕28号",
                "2024.8.10",
                "私拉线路已拆除，穿管改造正在施工",
            ),
        ],
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="县安委办")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 16, 20, 34, 26, 26, 18, 12, 26])
    b.line(ws, 0, "濮阳县2024年二季度安全生产综合督查发现隐患和问题交办清单", 8, b.title)
    b.line(
        ws,
        1,
        "督查组：县安全生产综合督查第一组    督查时间：2024年7月8日至7月11日    "
        "督查方式：明查暗访、现场检查、查阅资料",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督查对象（部门、乡镇）",
            "检查点位",
            "发现隐患和问题",
            "整改责任单位",
            "整改措施和意见",
            "督办通知单编号",
            "整改时限",
            "整改情况",
        ],
    )
    r, n = 3, 0
    for target, rows in SAFETY_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, target, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws,
        r,
        1,
        r,
        8,
        "督查部门（单位）5个、乡镇2个，检查企业（场所）6家，发现隐患和问题8条，下发督办通知单8份",
    )
    b.line(
        ws,
        r + 2,
        "濮阳县安全生产委员会办公室（盖章）    填表人：郭振华    审核人：李国强    联系电话：0393-3221678"
        "    2024年7月29日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 省级生态环境保护督察反馈问题整改完成情况公示表, after a county's 公示表 of the province's feedback (州清单编号,
# 反馈问题, 整改目标, 整改完成情况, 县级责任领导, 牵头单位, 成员单位, 完成时限; 完成时限 as 立即改正长期坚持 or a
# date; progress as numbered steps):
# https://m.wenke99.com/p-1522615.html
# An .xls (xlwt): title naming the 批次, one header row, the 牵头单位 beside the 成员单位, a 注 line dating the
# progress and the leading group's office with the date.
ECO_ROWS = [
    (
        "3",
        "县城污水处理厂进水COD浓度偏低，城区雨污分流不彻底，部分生活污水经雨水管网直排马颊河",
        "完成城区雨污分流改造，污水处理厂进水浓度明显提升",
        "1.已完成城区12公里雨污管网排查；2.新建截污管网3.6公里，正在施工。整改推进中。",
        "王建民",
        "清丰县住房和城乡建设局",
        "县城市管理局、城关镇",
        "2024年12月底前",
    ),
    (
        "7",
        "部分规模养殖场粪污处理设施不配套，雨污不分流，粪水外溢",
        "规模养殖场粪污处理设施装备配套率达到100%",
        "已完成38家规模养殖场粪污设施配套改造，经县级验收合格。已完成。",
        "赵书林",
        "清丰县农业农村局",
        "各乡镇",
        "2024年6月底前",
    ),
    (
        "9",
        "城区建筑工地扬尘管控不到位，渣土车未密闭运输、沿路抛洒",
        "建筑工地落实“六个百分之百”，渣土车全部密闭运输",
        "实行渣土车辆GPS全程监管，每日开展联合巡查。长期坚持。",
        "王建民",
        "清丰县城市管理局",
        "县住建局、县公安局",
        "立即改正，长期坚持",
    ),
    (
        "12",
        "县产业集聚区部分企业VOCs治理设施运行不正常，活性炭长期未更换",
        "涉VOCs企业治理设施正常运行，稳定达标排放",
        "已对16家涉VOCs企业逐一排查，督促9家更换活性炭，其余7家正在整改。",
        "孙卫东",
        "清丰县产业集聚区管理委员会",
        "生态环境清丰分局",
        "2024年8月31日",
    ),
    (
        "13",
        "河长制的水污染防治作用发挥不充分，部分河段未制定“一河一策”方案",
        "全县所有河段完成“一河一策”方案编制",
        "已完成18个河段方案编制，剩余6个河段正在编制。",
        "孙卫东",
        "清丰县水利局",
        "各乡镇",
        "2024年9月30日",
    ),
    (
        "15",
        "农村生活垃圾收运体系不健全，部分村庄垃圾随意倾倒坑塘",
        "建立户分类、村收集、镇转运、县处理的收运体系",
        "未启动。",
        "赵书林",
        "清丰县城市管理局",
        "各乡镇",
        "2024年8月底",
    ),
    (
        "18",
        "集中式饮用水水源地一级保护区内存在与供水设施无关的建筑物",
        "依法拆除保护区内违规建筑",
        "",
        "王建民",
        "清丰县自然资源局",
        "县水利局、固城乡",
        "2024年7月31日",
    ),
    (
        "20",
        "环保投入不足，污染防治基础设施建设滞后",
        "加大环保预算投入，保障污染防治工作需求",
        "已将环保投入纳入2024年度预算，安排资金2800万元，正在按进度拨付。",
        "刘振江",
        "清丰县财政局",
        "县委办、县政府办、各乡镇",
        "2024年年底前",
    ),
]


def write_eco(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "清丰县省级生态环境保护督察反馈问题整改完成情况公示表（第三批）", t, 0, 7),
    ]
    words = [
        "市清单编号",
        "反馈问题",
        "整改目标",
        "整改完成情况",
        "县级责任领导",
        "牵头单位",
        "成员单位",
        "完成时限",
    ]
    for col, word in enumerate(words):
        cells.append((1, col, word, h))
    for i, row in enumerate(ECO_ROWS):
        for col, v in enumerate(row):
            cells.append((2 + i, col, v, ctr if col in (0, 4, 7) else c))
    end = 2 + len(ECO_ROWS)
    cells.append(
        (end, 0, "注：整改完成情况截至2024年7月25日；已完成整改的问题按程序申请验收销号。", plain, end, 7)
    )
    cells.append(
        (end + 1, 0, "清丰县生态环境保护督察整改工作领导小组办公室    2024年7月26日", plain, end + 1, 7)
    )
    return _write_xls(path, [("公示表", cells, [8, 36, 26, 40, 10, 22, 18, 14])])


# ---------------------------------------------------------------------------------------------
# 3. 美丽宜居安置区建设和农村危房反馈问题整改, after a county 住建局长's account (安置区建设 省级反馈问题16条、市级反馈
# 55条; 农村危房整改 省级反馈5条; 县住建局督促乡镇（街道）逐户摸排情况，列出问题清单，建立整改台账，6月底前完成
# 整改; 该加固的加固，该修缮的修缮，该停用的停用):
# http://lanling.gov.cn/info/1339/33001.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位/统计截至 line, one header row with the 问题来源 (省级/市级反馈),
# the 乡镇（街道） and the 安置区 or 农户, the towns and the 住建局 as 责任单位, a 注 line and a signature line.
HOUSING_ROWS = [
    (
        "省级反馈",
        "千口镇",
        "千口镇中心安置区",
        "安置区3号楼外墙保温层局部空鼓脱落",
        "铲除空鼓部位，重新施工保温层",
        "南乐县千口镇人民政府",
        "2024年6月底前",
        "已整改到位，经县住建局复核",
    ),
    (
        "省级反馈",
        "元村镇",
        "元村镇杜固安置区",
        "安置区道路排水沟未与市政管网连通，雨后积水严重",
        "铺设连通管道",
        "南乐县元村镇人民政府",
        "2024年8月31日",
        "正在铺设排水管道，完成约40%",
    ),
    (
        "市级反馈",
        "张果屯镇",
        "后孔村张某某户",
        "农房墙体开裂，经鉴定为C级危房仍有人居住",
        "人员搬离，房屋停用",
        "南乐县张果屯镇人民政府",
        "2024年7月10日",
        "住户已搬离，房屋已停用封存，整改完成",
    ),
    (
        "市级反馈",
        "韩张镇",
        "韩张镇北街安置区",
        "监理单位未按规定旁站监理，监理日志缺失",
        "约谈监理单位，补齐监理资料",
        "南乐县住房和城乡建设局",
        "2024年7月20日",
        "未整改",
    ),
    (
        "市级反馈",
        "谷金楼乡",
        "谷金楼乡前杨安置区",
        "竣工验收资料不全，未办理工程质量监督备案",
        "补齐资料，办理备案",
        "南乐县谷金楼乡人民政府",
        "2024年9月底",
        "",
    ),
    (
        "省级反馈",
        "城关镇",
        "东关村",
        "经营性自建房擅自加层改作民宿，未做安全鉴定",
        "委托鉴定，鉴定前停止经营",
        "南乐县城关镇人民政府",
        "2024年7月31日",
        "已停止经营并委托鉴定机构检测，鉴定报告待出具",
    ),
    (
        "市级反馈",
        "福堪镇",
        "—",
        "危房改造户档案信息与系统数据不一致",
        "逐户核对修正",
        "南乐县福堪镇人民政府",
        "2024年6月30日",
        "已核对修正，已销号",
    ),
    (
        "市级反馈",
        "全县",
        "—",
        "农房安全隐患排查不彻底，存在漏查漏报",
        "对全县农房开展再核查，做到不漏一村一户一房",
        "南乐县住房和城乡建设局",
        "长期坚持",
        "常态化开展核查",
    ),
]


def write_housing_book(path: Path) -> Path:
    b = Book(path, author="村镇建设股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 10, 18, 34, 26, 22, 14, 28])
    b.line(ws, 0, "南乐县美丽宜居安置区建设及农村危房反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：南乐县住房和城乡建设局（盖章）    统计截至：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题来源",
            "乡镇（街道）",
            "安置区（农户）",
            "反馈问题",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(HOUSING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSING_ROWS)
    b.line(ws, end, "注：本表列省、市反馈问题中截至统计日尚未销号及7月份销号的问题。", 8)
    b.line(ws, end + 1, "局长：李长青    填表人：王敏    联系电话：0393-4421356", 8)
    return b.close()


def write_housing(path: Path) -> Path:
    return via_soffice(write_housing_book, path, "xls", "安置区建设及农村危房反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 道路交通安全隐患排查整治, after a provincial 督导组's visit to a district (事故多发路段、临崖路段; 逐路、逐段、逐点
# 拉网式排查; 对排查出的安全隐患实行清单销号制，确定具体的整治时限和责任部门，逐个分析、逐一整改):
# https://www.maiji.gov.cn/info/1201/159091.htm
# A CSV in GBK: title line, 填报单位/日期 line, one header line with 路线/位置/所属乡镇 and the 责任部门, a 销号情况
# column, a 合计 line, a 说明 line and a 填表人 line.
ROAD_ROWS = [
    (
        "S101线",
        "K12+300",
        "打渔陈镇",
        "急弯陡坡",
        "急弯路段未设置警告标志和减速标线",
        "增设警告标志2面，施划减速标线",
        "台前县交通运输局",
        "2024年7月15日",
        "已销号",
    ),
    (
        "X021线",
        "侯庙镇中学门口",
        "侯庙镇",
        "学校周边",
        "学校门口无人行横道和减速带",
        "施划人行横道，设置减速带",
        "台前县公安局交通管理大队",
        "2024年8月20日",
        "正在施工",
    ),
    (
        "Y008线",
        "孙口镇吴楼村段",
        "孙口镇",
        "临水临崖",
        "临河路段缺少波形护栏约200米",
        "安装波形护栏",
        "台前县交通运输局",
        "2024年9月30日",
        "已完成招标，待施工单位进场",
    ),
    (
        "G220线",
        "夹河乡政府路口",
        "夹河乡",
        "平交路口",
        "平交路口视距不良，路侧树木遮挡视线",
        "修剪树木，设置凸面镜",
        "台前县夹河乡人民政府",
        "2024年7月10日",
        "已销号",
    ),
    (
        "村道",
        "马楼镇后马楼村",
        "马楼镇",
        "穿村路段",
        "穿村路段无限速标志，村民在路面晾晒粮食",
        "设置限速标志，劝导清理占道晾晒",
        "台前县马楼镇人民政府",
        "2024年7月31日",
        "未整改",
    ),
    (
        "S101线",
        "吴坝镇金堤河桥",
        "吴坝镇",
        "桥梁",
        "桥梁护栏破损缺失3处",
        "修复桥梁护栏",
        "台前县交通运输局",
        "2024年8月15日",
        "",
    ),
    (
        "城区",
        "人民路与迎宾大道交叉口",
        "城关镇",
        "信号灯",
        "信号灯配时不合理，早晚高峰车辆排队过长",
        "优化信号配时",
        "台前县公安局交通管理大队",
        "2024年7月20日",
        "已优化配时，已销号",
    ),
    (
        "乡道",
        "清水河乡境内",
        "清水河乡",
        "农村客运",
        "农村客运班线车辆超员现象时有发生",
        "加强路面管控和源头监管",
        "台前县公安局交通管理大队",
        "常态化推进",
        "常态化推进",
    ),
]


def write_road(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["台前县道路交通安全隐患点段排查整治清单（销号管理）"])
    w.writerow(["填报单位：台前县道路交通安全工作领导小组办公室    填报日期：2024年7月25日"])
    w.writerow(
        [
            "序号",
            "路线名称",
            "隐患位置",
            "所属乡镇",
            "隐患类型",
            "隐患描述",
            "整治措施",
            "责任部门",
            "整治时限",
            "销号情况",
        ]
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共排查隐患点段8处", "已销号3处", "", "", ""])
    w.writerow(["说明：销号情况栏填写“已销号”的，须附整改前后照片。"])
    w.writerow(["填表人：刘海涛    审核人：张建军    联系电话：0393-2216058"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 水利工程安全运行检查排查, after a county 水利局's sweep of its small reservoirs (四个检查组，每组由一名局领导带队，
# 分赴各个乡镇（开发区）、基层水管单位; 每座水库必到，每个隐患必查; 共梳理排查隐患378条，已整改105条，未完成整改的
# 责令各水库运行管理单位在7月10日前完成整改):
# https://www.zzyxxw.com/Article/details?infoid=16360
# An .ods (LibreOffice, member times fixed): title, 检查时间/填报单位 line, a 说明 line, one header row with the
# 检查组, the 乡镇 and the 工程, the towns and the 水利局 as 整改责任单位, 整改时限 as 7月10日前 without a year,
# a 合计 row and a signature line.
WATER_ROWS = [
    (
        "第一组",
        "陈庄镇",
        "陈庄节制闸",
        "闸门启闭机钢丝绳锈蚀，未定期保养",
        "更换钢丝绳，建立保养记录",
        "范县陈庄镇人民政府",
        "7月10日前",
        "已更换钢丝绳，已整改",
    ),
    (
        "第一组",
        "辛庄镇",
        "辛庄提灌站",
        "泵站配电柜无防护罩，未设置安全警示标识",
        "加装防护罩，设置警示标识",
        "范县辛庄镇人民政府",
        "7月10日前",
        "未整改",
    ),
    (
        "第二组",
        "濮城镇",
        "金堤河濮城段堤防",
        "堤防背水坡发现獾洞2处",
        "开挖回填，夯实处理",
        "范县水利局",
        "7月5日前",
        "已开挖回填，复查合格",
    ),
    (
        "第二组",
        "王楼镇",
        "王楼引黄支渠",
        "渠道淤积严重，过水能力不足",
        "组织机械清淤",
        "范县王楼镇人民政府",
        "8月31日前",
        "清淤施工中，已完成60%",
    ),
    (
        "第三组",
        "杨集乡",
        "杨集扬水站",
        "防汛值班记录不全，巡查责任人不熟悉岗位职责",
        "完善值班制度，开展责任人培训",
        "范县杨集乡人民政府",
        "7月10日前",
        "",
    ),
    (
        "第三组",
        "高码头镇",
        "高码头排涝泵站",
        "备用柴油发电机组无法正常启动",
        "维修发电机组",
        "范县水利局",
        "7月10日前",
        "已联系厂家维修，配件待到货",
    ),
    (
        "第四组",
        "龙王庄镇",
        "彭楼灌区续建配套工程（在建）",
        "施工围堰未按方案设置，度汛方案未报批",
        "按方案整改围堰，度汛方案报批",
        "范县水利局",
        "7月15日前",
        "度汛方案已报批，围堰正在整改",
    ),
    (
        "第四组",
        "颜村铺乡",
        "大王庄坑塘",
        "坑塘周边无安全警示牌和防护栏，存在溺水隐患",
        "设置警示牌和防护栏",
        "范县颜村铺乡人民政府",
        "6月30日前",
        "已设置警示牌12块、防护栏300米，整改完成",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="运行管理股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 8, 10, 22, 34, 26, 20, 12, 28])
    b.line(ws, 0, "范县2024年汛期水利工程安全运行检查排查问题整改台账", 8, b.title)
    b.line(ws, 1, "检查时间：2024年6月20日至6月30日    填报单位：范县水利局    填报日期：2024年7月22日", 8)
    b.line(
        ws,
        2,
        "说明：4个检查组各由一名局领导带队，分赴各乡镇对全县水闸、泵站、堤防、坑塘及在建水利工程全覆盖检查，"
        "做到每处工程必到、每个隐患必查。",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "检查组",
            "乡镇",
            "工程名称",
            "存在问题（隐患）",
            "整改措施",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WATER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查水利工程46处，发现问题隐患8条，已整改3条")
    b.line(ws, end + 2, "负责人：霍建伟    填表人：孙丽    联系电话：0393-5326117", 8)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "汛期水利工程安全运行检查排查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 义务教育优质均衡发展省级督导评估反馈问题整改情况的报告, after a county's report (一、提高政治站位 … 成立整改工作
# 小组，县教育体育局负责综合协调，建立整改工作台账，明确责任领导、责任单位和完成时限; 二、强化担当作为，全力抓好整改
# 任务 —（一）针对教育经费投入仍然不足问题。1.“两个只增不减”有下降情况 …):
# https://www.gongwenbang.cn/doc/472746.html
# A .docx: title, 主送, preamble, a first part in prose (no items), the second part with （一）… headings over
# numbered paragraphs, each naming its 责任单位, 整改时限 and 整改进展 in sentences, a closing part and the
# government with the date at the foot.
EDU_HEADS = [
    (
        "（一）针对教育经费投入仍然不足问题。",
        [
            "1.“两个只增不减”有下降情况，2023年全县生均一般公共预算教育支出较上年下降2.3%。责任单位：濮阳县财政局；"
            "整改时限：2024年12月底前。整改进展：已在2024年预算中追加教育经费3200万元，正在按季度拨付到位。",
            "2.教师培训经费未达到学校年度公用经费预算总额的5%。责任单位：濮阳县教育局；整改时限：2024年6月底前。"
            "整改进展：已督促各校足额安排培训经费，全县各校均已达标，该问题已完成整改。",
        ],
    ),
    (
        "（二）针对教师队伍建设短板问题。",
        [
            "3.部分农村学校音体美专任教师缺额，存在一人兼多科现象。责任单位：濮阳县人力资源和社会保障局；"
            "整改时限：2024年8月31日前。整改进展：2024年特岗教师招聘方案已公布，正在组织笔试。",
            "4.城乡教师交流轮岗比例未达到15%的要求。责任单位：濮阳县教育局；整改时限：2024年8月31日前。"
            "整改进展：尚未启动。",
        ],
    ),
    (
        "（三）针对办学条件不达标问题。",
        [
            "5.县城学位供给不足，城区新建小学建设用地尚未落实。责任单位：濮阳县自然资源局；"
            "整改时限：2024年10月31日前。整改进展：已完成用地预审，正在办理供地手续。",
            "6.庆祖镇中心小学体育运动场地生均面积不达标。责任单位：濮阳县庆祖镇人民政府；整改时限：2024年12月31日前。",
        ],
    ),
    (
        "（四）针对教育管理和服务问题。",
        [
            "7.课后服务覆盖面不够，部分农村学校未开展课后服务。责任单位：濮阳县教育局；整改时限：长期坚持。"
            "整改进展：已将课后服务纳入学校年度考核，常态化推进。",
            "8.学校周边交通秩序混乱，上下学时段接送车辆乱停乱放。责任单位：濮阳县公安局交通管理大队；"
            "整改时限：2024年7月15日前。整改进展：已在县城12所学校周边设置护学岗和临时停车区，整改完成。",
        ],
    ),
]


def write_edu(path: Path) -> Path:
    doc = _new_document("县教育局督导室")
    _title(doc, "濮阳县人民政府关于义务教育优质均衡发展省级督导评估反馈问题整改情况的报告")
    _paragraph(doc, "市人民政府教育督导室：")
    _paragraph(
        doc,
        "根据《河南省人民政府教育督导室关于反馈濮阳县义务教育优质均衡发展省级督导评估意见的函》要求，"
        "现将我县反馈问题整改情况报告如下：",
    )
    _paragraph(doc, "一、提高政治站位，压实整改责任", font="黑体")
    _paragraph(
        doc,
        "县委、县政府高度重视，成立由县长任组长、分管副县长任副组长、相关部门主要负责同志为成员的整改工作小组，"
        "办公室设在县教育局，负责综合协调和督促指导。对照反馈意见建立整改工作台账，逐项明确责任单位和整改时限，"
        "实行清单管理、逐项销号。",
    )
    _paragraph(doc, "二、强化担当作为，逐项抓好整改", font="黑体")
    for head, paras in EDU_HEADS:
        _paragraph(doc, head, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我县将坚持问题导向，对尚未完成的整改任务挂图作战、倒排工期，适时开展整改“回头看”，"
        "确保反馈问题按期整改到位。",
    )
    _paragraph(doc, "濮阳县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 民政局巡察整改暨重点工作推进, after a county 民政局's 推进会 (五保对象监护、分散供养委托监护; 留守儿童台帐、困境儿童
# 排查; 各乡镇对本辖区养老机构安全隐患进行排查并建立台账; 针对巡察的问题建立台帐完成整改，限令整改时限; 局属股室
# 包联镇办):
# http://shihuatai.com/mzyw/ylfw/1627539974536593409.html
# A .wps (Word 97 via LibreOffice): title, 会议/填报 line, one table with the 工作事项, the 责任乡镇（单位） beside the
# 局's 包联股室, a 说明 paragraph and the signature line.
CIVIL_ROWS = [
    (
        "特困供养",
        "分散供养特困人员委托照料协议未全部签订，3名失能特困人员照料人未落实",
        "南乐县千口镇人民政府",
        "社会救助股",
        "2024年7月20日",
        "已全部签订照料协议，照料人已落实",
    ),
    (
        "儿童关爱",
        "农村留守儿童和困境儿童台账未及时更新，信息与实际不符",
        "南乐县元村镇人民政府",
        "儿童福利股",
        "2024年8月15日",
        "正在逐村核对更新",
    ),
    (
        "养老机构",
        "镇敬老院厨房液化气瓶与灶具未分隔设置",
        "南乐县张果屯镇人民政府",
        "养老服务股",
        "2024年7月10日",
        "已设置独立气瓶间，整改完成",
    ),
    (
        "养老机构",
        "敬老院夜间值班人员仅1人，无24小时值班记录",
        "南乐县韩张镇人民政府",
        "养老服务股",
        "2024年7月31日",
        "未整改",
    ),
    (
        "社会救助",
        "临时救助资金发放未按规定张榜公示",
        "南乐县谷金楼乡人民政府",
        "社会救助股",
        "2024年7月25日",
        "",
    ),
    (
        "巡察反馈",
        "低保动态管理不到位，有2户家庭收入超标仍享受低保",
        "南乐县民政局",
        "社会救助股",
        "2024年6月30日",
        "已停发低保金并追回违规资金，已销号",
    ),
    (
        "巡察反馈",
        "公益性公墓管理制度不健全，收费标准未公示",
        "南乐县民政局",
        "社会事务股",
        "2024年9月30日",
        "已起草管理办法，正在征求意见",
    ),
    (
        "安全生产",
        "县社会福利中心消防控制室值班人员未持证上岗",
        "南乐县社会福利中心",
        "养老服务股",
        "2024年8月31日",
        "已安排2人参加消防设施操作员培训",
    ),
]


def write_civil_docx(path: Path) -> Path:
    doc = _new_document("民政局办公室")
    _title(doc, "南乐县民政局巡察整改暨民政重点工作推进落实台账", 18)
    _paragraph(
        doc, "（2024年7月推进会确定事项）    填报单位：南乐县民政局办公室    填报日期：2024年7月29日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(CIVIL_ROWS, 1)]
    _table(
        doc, ["序号", "工作事项", "存在问题", "责任乡镇（单位）", "包联股室", "完成时限", "落实情况"], body
    )
    _paragraph(doc, "说明：局属股室分别包联乡镇，负责督促指导；乡镇人民政府是本辖区问题整改的责任主体。", 12)
    _paragraph(doc, "局长：杨志刚    审核：许文静    填表：高玉洁", 12)
    return _save_fixed(doc, path)


def write_civil(path: Path) -> Path:
    return via_soffice(write_civil_docx, path, "doc", "民政局巡察整改暨重点工作推进落实台账.docx")


# ---------------------------------------------------------------------------------------------
# 8. 整改任务完成情况公示, after a county's 公示 of one 督察 problem as a card (反馈问题 / 牵头单位 / 联系电话 / 整改目标 /
# 整改措施 / 整改主要工作及成效 / 整改完成情况 — 普洱市部分乡镇卫生院自行处置医疗废物或收集处置不规范; 牵头单位县卫生
# 健康局; 对全县13个乡镇卫生院开展医疗废物收集、暂存、转运、处置全面排查; 已完成):
# http://www.jingdong.gov.cn/info/5433/2280932.htm
# An .xlsx: title, 截至 line, then one card per problem (a 序号 line, then label | value rows, the value merged over
# three columns), a 整改时限 row added to each card, the committee and the date at the foot.
HEALTH_CARDS = [
    (
        "部分乡镇卫生院自行处置医疗废物，收集、暂存、转运不规范",
        "濮阳市华龙区卫生健康委员会",
        "0393-8992106",
        "医疗废物集中无害化处置率达到100%",
        "1.对全区乡镇卫生院开展全面排查，形成问题清单逐一整改；2.加大监督执法力度。",
        "2024年6月30日",
        "已对全区4所乡镇卫生院逐一排查，医疗废物全部交由有资质单位集中处置，收集转运台账完整。",
        "已完成",
    ),
    (
        "区人民医院污水处理设施余氯在线监测设备故障，消毒记录不全",
        "濮阳市华龙区人民医院",
        "0393-8992330",
        "医疗污水稳定达标排放",
        "1.维修更换在线监测设备；2.建立每日消毒记录。",
        "2024年8月31日",
        "已建立每日人工监测和消毒记录，在线监测设备已采购，待安装调试。",
        "推进中",
    ),
    (
        "村卫生室基本药物配备不足，部分村卫生室常用药品短缺",
        "濮阳市华龙区孟轲乡卫生院",
        "0393-8351207",
        "村卫生室基本药物配备品种不少于60种",
        "由乡卫生院统一采购、统一配送。",
        "2024年7月31日",
        "已为辖区14个村卫生室统一配送基本药物，配备品种均达到要求。",
        "已完成",
    ),
    (
        "家庭医生签约服务履约率低，重点人群随访记录不实",
        "濮阳市华龙区卫生健康委员会",
        "0393-8992106",
        "提升家庭医生签约服务质量",
        "1.开展签约服务质量考核；2.对随访记录抽查核实。",
        "长期坚持",
        "每季度开展履约情况抽查，考核结果与绩效挂钩。",
        "长期坚持",
    ),
    (
        "疫苗冷链运输温度监测记录缺失",
        "濮阳市华龙区疾病预防控制中心",
        "0393-8992517",
        "冷链运输全程温度可追溯",
        "为冷链车和冷藏箱配备自动温度记录仪。",
        "2024年7月15日",
        "已为冷链车和冷藏箱配备自动温度记录仪，记录完整。",
        "已完成",
    ),
    (
        "社区卫生服务中心发热诊室设置不规范，未做到“三区两通道”",
        "濮阳市华龙区中原路街道社区卫生服务中心",
        "0393-8110623",
        "发热诊室按标准规范设置",
        "按标准实施改造。",
        "2024年10月31日",
        "改造方案已报区卫健委审批。",
        "推进中",
    ),
    (
        "民营医疗机构超范围执业，未经许可开展医疗美容项目",
        "濮阳市华龙区卫生健康委员会",
        "0393-8992106",
        "依法查处超范围执业行为",
        "开展民营医疗机构专项检查，依法查处。",
        "2024年8月15日",
        "",
        "",
    ),
]

CARD_LABELS = [
    "反馈问题",
    "牵头单位",
    "联系电话",
    "整改目标",
    "整改措施",
    "整改时限",
    "整改主要工作及成效",
    "整改完成情况",
]


def write_health(path: Path) -> Path:
    b = Book(path, author="区卫健委")
    ws = b.sheet("公示")
    b.widths(ws, [20, 30, 30, 30])
    b.line(ws, 0, "华龙区医疗卫生领域督导反馈问题整改任务完成情况公示", 3, b.title)
    b.line(ws, 1, "（整改情况截至2024年7月30日）", 3)
    r = 3
    for n, card in enumerate(HEALTH_CARDS, 1):
        b.merge(ws, r, 0, r, 3, f"序号：{n}", b.head)
        r += 1
        for label, value in zip(CARD_LABELS, card, strict=True):
            b.put(ws, r, 0, label, b.label)
            b.merge(ws, r, 1, r, 3, value)
            r += 1
        r += 1
    b.line(ws, r, "濮阳市华龙区卫生健康委员会    2024年7月30日", 3)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 市容市貌集中整治, after a county 综合行政执法局's campaign (城区市容秩序、环境卫生、园林绿化、公园和城市照明集中
# 整治; 分组进行，细化分工，逐个路段、逐个街道全面治理; 规范门店店外经营、清理流动摊贩、清理僵尸车):
# https://yxtxszb.com/view/5682
# An .xlsx: title, 交办单位 line, one header row with the 整治类别 merged over its rows, a 交办时间 column (dates) the
# 整改时限 in days counts from (the 说明 line says so), a 合计 row and a signature line.
CITY_ROWS = [
    (
        "市容秩序",
        [
            (
                "中原路与顿丘路交叉口",
                "门店出店经营，占用人行道摆放货物",
                "清丰县城市管理局",
                date(2024, 7, 15),
                "3日内",
                "已清理占道物品，门店已规范经营",
            ),
            (
                "文化路农贸市场周边",
                "流动摊贩占道经营，早市时段堵塞交通",
                "清丰县城关镇人民政府",
                date(2024, 7, 15),
                "2024年7月31日",
                "已设置临时疏导点，正在引导摊贩入市经营",
            ),
            (
                "城区主干道",
                "僵尸车长期占用公共停车位",
                "清丰县公安局交通管理大队",
                date(2024, 7, 17),
                "2024年8月15日",
                "已张贴清理通告，已拖移7辆",
            ),
        ],
    ),
    (
        "环境卫生",
        [
            (
                "建设路东段垃圾中转站",
                "垃圾中转站周边垃圾满溢，渗滤液外流",
                "清丰县城市管理局",
                date(2024, 7, 15),
                "7日内",
                "未整改",
            ),
            (
                "老城区南街背街小巷",
                "背街小巷卫生死角多，建筑垃圾长期堆放",
                "清丰县城关镇人民政府",
                date(2024, 7, 16),
                "2024年7月25日",
                "已全部清运",
            ),
        ],
    ),
    (
        "园林绿化",
        [
            (
                "顿丘公园",
                "公园内部分绿地黄土裸露，死亡苗木未补植",
                "清丰县城市管理局",
                date(2024, 7, 16),
                "2024年9月30日",
                "已制定补植计划，苗木正在采购",
            ),
            (
                "中州路",
                "行道树缺株12处，树池破损",
                "清丰县住房和城乡建设局",
                date(2024, 7, 16),
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "城市照明",
        [
            (
                "迎宾大道",
                "路灯供电线路老化，频繁跳闸导致整段路灯不亮",
                "清丰县路灯管理所",
                date(2024, 7, 17),
                "10日内",
                "已更换老化线路，路灯恢复正常",
            ),
        ],
    ),
]


def write_city(path: Path) -> Path:
    b = Book(path, author="市容科")
    ws = b.sheet("交办台账")
    b.widths(ws, [10, 6, 22, 34, 24, 12, 14, 28])
    b.line(ws, 0, "清丰县城区市容环境集中整治问题交办台账", 7, b.title)
    b.line(ws, 1, "交办单位：清丰县城市管理局    整治时间：2024年7月15日起    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["整治类别", "序号", "路段（点位）", "问题描述", "责任单位", "交办时间", "整改时限", "整改结果"],
    )
    r, n = 3, 0
    for kind, rows in CITY_ROWS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "交办问题8个，已整改3个")
    b.line(ws, r + 1, "说明：整改时限中“×日内”自交办时间起计算。", 7)
    b.line(ws, r + 2, "清丰县城市管理局（盖章）    填表人：秦晓东    联系电话：0393-7221490", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 食品安全“两个责任”督查, after a county 食安办's check of its towns' 食安办 (包保干部落实任务清单、是否履职尽责;
# 农村集体聚餐，坝坝宴备案管理; 校园周边; 散装白酒、泡酒、亚硝酸盐; 规范使用醇基燃料; 发现的问题做好记录，指导主体
# 完成闭环整改):
# https://m.nwxdm.com/www3/2024/03/27/99399308.html
# A .zip of two returns from the county 食安办: an .xlsx by town (督导单位/时间 line, a 备注 column) and a .docx table
# of the 校园周边 and 集体聚餐 problems with the 牵头单位 (departments, a town, a catering company).
FOOD_TOWN_ROWS = [
    (
        "侯庙镇",
        "包保干部督导记录不全，二季度督导覆盖率仅60%",
        "补齐督导记录，确保季度全覆盖",
        "台前县侯庙镇人民政府",
        "2024年7月31日",
        "已补齐督导，覆盖率达100%",
        "",
    ),
    (
        "孙口镇",
        "农村集体聚餐未落实申报备案制度，6月以来备案率不足一半",
        "落实集体聚餐申报备案",
        "台前县孙口镇人民政府",
        "2024年8月15日",
        "正在逐村宣传备案要求",
        "",
    ),
    (
        "打渔陈镇",
        "辖区小酒坊散装白酒未标注生产日期和生产者信息",
        "规范散装白酒标签标识",
        "台前县打渔陈镇人民政府",
        "2024年7月20日",
        "未整改",
        "",
    ),
    (
        "吴坝镇",
        "餐饮店违规使用无标识醇基燃料",
        "更换合格燃料，规范储存",
        "台前县吴坝镇人民政府",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "城关镇",
        "熟食店亚硝酸盐未落实专人专柜专锁管理",
        "立即整改",
        "台前县城关镇人民政府",
        "2024年7月12日",
        "已整改到位",
        "现场督导时指出",
    ),
]

FOOD_SCHOOL_ROWS = [
    (
        "校园周边",
        "城关镇第一小学周边流动摊点销售“三无”食品",
        "台前县市场监督管理局",
        "2024年7月31日",
        "已取缔流动摊点5处，整改完成",
    ),
    (
        "学校食堂",
        "县第二初级中学食堂未落实校长陪餐制度",
        "台前县教育局",
        "2024年8月31日前",
        "正在督促学校建立陪餐记录",
    ),
    (
        "集体聚餐",
        "马楼镇农村集体聚餐厨师未持健康证上岗",
        "台前县马楼镇人民政府",
        "2024年8月10日",
        "未启动",
    ),
    (
        "校外供餐",
        "校外供餐单位配送车辆未配备保温设施",
        "台前县鑫达餐饮配送有限公司",
        "2024年8月20日",
        "",
    ),
]


def write_food_town_book(path: Path) -> Path:
    b = Book(path, author="县食安办")
    ws = b.sheet("乡镇")
    b.widths(ws, [6, 10, 34, 24, 24, 16, 24, 16])
    b.line(ws, 0, "台前县食品安全“两个责任”落实情况督导发现问题整改台账（乡镇）", 7, b.title)
    b.line(ws, 1, "督导单位：台前县食品安全委员会办公室    督导时间：2024年7月8日至7月10日", 7)
    b.header(ws, 2, ["序号", "乡镇", "督导发现问题", "整改要求", "责任单位", "整改时限", "整改情况", "备注"])
    for i, row in enumerate(FOOD_TOWN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FOOD_TOWN_ROWS), "填表人：赵丽娟    联系电话：0393-2218765    2024年7月26日", 7)
    return b.close()


def write_food_school_docx(path: Path) -> Path:
    doc = _new_document("县食安办")
    _title(doc, "台前县校园周边及农村集体聚餐食品安全突出问题整改清单", 18)
    _paragraph(
        doc, "填报单位：台前县食品安全委员会办公室（县市场监督管理局代章）    填报日期：2024年7月26日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(FOOD_SCHOOL_ROWS, 1)]
    _table(doc, ["序号", "问题类别", "存在问题", "牵头单位", "整改时限", "整改进展"], body)
    _paragraph(doc, "填表人：赵丽娟    联系电话：0393-2218765", 12)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    members = [
        ("台前县食品安全两个责任督导发现问题整改台账（乡镇）.xlsx", write_food_town_book),
        ("台前县校园周边及农村集体聚餐食品安全问题整改清单.docx", write_food_school_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县2024年二季度安全生产综合督查发现隐患和问题交办清单.xlsx", write_safety),
    ("清丰县省级生态环境保护督察反馈问题整改完成情况公示表（第三批）.xls", write_eco),
    ("南乐县美丽宜居安置区建设及农村危房反馈问题整改台账.et", write_housing),
    ("台前县道路交通安全隐患点段排查整治清单.csv", write_road),
    ("范县汛期水利工程安全运行检查排查问题整改台账.ods", write_water),
    ("濮阳县义务教育优质均衡发展省级督导评估反馈问题整改情况的报告.docx", write_edu),
    ("南乐县民政局巡察整改暨民政重点工作推进落实台账.wps", write_civil),
    ("华龙区医疗卫生领域督导反馈问题整改任务完成情况公示.xlsx", write_health),
    ("清丰县城区市容环境集中整治问题交办台账.xlsx", write_city),
    ("台前县食品安全两个责任督导发现问题整改（两份）.zip", write_food),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

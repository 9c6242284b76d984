"""Write the aside65 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK, a
.docx with a two-row table header, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice)
and a .zip of two returns (.xlsx and .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside65.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _merged_header_table(doc, top: list[tuple[str, int]], sub: list[str], rows: list[list[str]], size=10.5):
    """A two-row header: `top` holds (word, span); a span of 1 is merged down, a wider one has `sub` words below."""
    cols = sum(span for _, span in top)
    table = doc.add_table(rows=2 + len(rows), cols=cols)
    table.style = "Table Grid"
    c, s = 0, 0
    for word, span in top:
        if span == 1:
            cell = table.cell(0, c).merge(table.cell(1, c))
            _cell_text(cell, word, size, bold=True)
        else:
            cell = table.cell(0, c).merge(table.cell(0, c + span - 1))
            _cell_text(cell, word, size, bold=True)
            for k in range(span):
                _cell_text(table.cell(1, c + k), sub[s + k], size, bold=True)
            s += span
        c += span
    for r, values in enumerate(rows, start=2):
        for k, v in enumerate(values):
            _cell_text(table.cell(r, k), v, size)
    return table


def _fixed_member(dst: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    dst.writestr(info, data)


# ---------------------------------------------------------------------------------------------
# 1. 政企会客厅企业诉求办理台账, after a 科技城管理局's account of its second “政企会客厅” (园区服务部 meets 32 firms over
# afternoon tea; 企业服务、园区配套、城市管理、营商环境建设 heads answer; the firms' heads name their problems: 政策培训,
# 人才认定 paper copies on top of uploads, 园区联系电话打不通, 公积金窗口不熟悉业务, 引入银行网点 …):
# http://sanya.hinews.cn/system/2023/03/17/032942602.shtml
# An .xlsx: title, preamble naming the 交办 date, 填报单位 line, a two-row header (办理情况 over 牵头单位/配合部门/办结时限/
# 办理进展) with the firm and the 诉求人 (proposers) beside the 牵头单位, a 企业评价 column, a 注 and a signature line.
PARK_ROWS = [
    (
        "濮阳市沐泽农业科技有限公司",
        "范波",
        "希望增加人才认定、租房补贴等惠企政策的专题培训",
        "政策兑现",
        "市人社局",
        "园区服务部",
        "8月底前",
        "已举办首场政策宣讲会，第二场拟于8月中旬举办",
        "",
    ),
    (
        "濮阳海之安信息科技有限公司",
        "南英奎",
        "人才认定网上申报上传电子材料后仍要求再交纸质材料，重复繁琐",
        "政务服务",
        "市政务服务中心",
        "企业服务部",
        "2024年7月31日",
        "已取消纸质材料重复提交要求，已办结",
        "满意",
    ),
    (
        "濮阳海之安信息科技有限公司",
        "南英奎",
        "园区服务热线更换后打不通，各职能部门联系电话未公示",
        "园区配套",
        "濮阳经济技术开发区管理委员会",
        "党政办公室",
        "立行立改",
        "已在园区公众号和服务大厅公示各部门联系电话，已完成",
        "满意",
    ),
    (
        "濮阳蓝蚂蚁科技有限公司",
        "王庆岩",
        "公积金窗口工作人员业务不熟悉，办理业务还要往返市区",
        "政务服务",
        "公积金中心",
        "企业服务部",
        "15个工作日内",
        "已增派业务骨干驻点，窗口人员轮训正在进行",
        "",
    ),
    (
        "濮阳蓝蚂蚁科技有限公司",
        "王庆岩",
        "希望在园区引入建设银行网点，方便办理对公业务",
        "金融服务",
        "濮阳经济技术开发区管理委员会",
        "营商环境建设部",
        "年底前",
        "正在与银行洽谈网点选址",
        "",
    ),
    (
        "濮阳中原芯材科技有限公司",
        "李晓雯",
        "员工通勤班车线路少，早晚高峰候车时间长",
        "交通出行",
        "公交公司",
        "园区服务部",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "濮阳中原芯材科技有限公司",
        "李晓雯",
        "园区东门路口夜间照明不足，存在安全隐患",
        "城市管理",
        "城管局",
        "城市管理部",
        "2024年7月20日",
        "未启动",
        "",
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="园区服务部")
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 26, 10, 40, 10, 24, 14, 14, 36, 10])
    b.line(ws, 0, "濮阳经济技术开发区第二期“政企会客厅”企业诉求办理台账", 9, b.title)
    b.line(
        ws,
        1,
        "2024年7月10日下午，开发区管委会园区服务部与28家企业在企业服务中心面对面交流，听企声、察企情、解企难。"
        "现场收集的诉求于7月11日统一交办，办结时限自交办之日起计算。",
        9,
    )
    b.line(ws, 2, "填报单位：濮阳经济技术开发区管理委员会园区服务部    填报日期：2024年7月30日", 9)
    for c, word in enumerate(["序号", "诉求企业", "诉求人", "诉求事项", "诉求类别"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 8, "办理情况", b.head)
    b.header(ws, 4, ["牵头单位", "配合部门", "办结时限", "办理进展"], first=5)
    b.merge(ws, 3, 9, 4, 9, "企业评价", b.head)
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(PARK_ROWS)
    b.line(ws, end, "注：牵头单位对办理结果负责，配合部门协助；企业评价由园区服务部回访后填写。", 9)
    b.line(ws, end + 1, "填表人：陈亚楠    审核人：汪佳良    联系电话：0393-8910263", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 瓶装液化石油气安全隐患联合检查问题整改台账, after a city 住建局's account of the joint check it led with 应急、公安、
# 市场监管、商务、城管、消防 (随机抽查 生煎早点铺、早餐车、液化气充装站; 查看现场、查阅台账资料; 不合格钢瓶, 储配站安全和
# 消防设施; 现场反馈整改意见书，明确整改时限):
# https://zjj.ahsz.gov.cn/zwzx/zhzx/193795361.html
# An .xls (xlwt): title, 检查时间 and 牵头单位 line, one header row with the 检查组 members (inspectors) beside the
# 督促整改责任单位, 整改意见书 numbers, dates as 2024.7.5 text, a 复查结果 column, a 合计 row, a 注 and signature.
GAS_ROWS = [
    (
        "明日小区生煎早点铺",
        "餐饮用户使用超期未检验液化气钢瓶2只",
        "RQ-2024-011",
        "住建、市场监管",
        "市监局",
        "2024.7.5",
        "已更换合格钢瓶",
        "复查合格",
    ),
    (
        "人民路流动早餐车",
        "早餐车载带液化气钢瓶流动经营",
        "RQ-2024-012",
        "城管、公安",
        "市城市管理局",
        "2024.7.10",
        "已整改，早餐车改用电加热设备",
        "复查合格",
    ),
    (
        "爱民液化气充装站",
        "充装站未建立气瓶充装信息追溯系统",
        "RQ-2024-013",
        "住建、市场监管",
        "市住房和城乡建设局",
        "2024.8.31",
        "已采购追溯系统，正在安装调试",
        "",
    ),
    (
        "天瑞液化气充装站",
        "储配站灭火器过期，消防沙池未配备",
        "RQ-2024-014",
        "消防、应急",
        "市消防支队",
        "2024.7.8",
        "已整改",
        "复查合格",
    ),
    (
        "老城烧烤店",
        "液化气瓶组间未安装可燃气体泄漏报警装置",
        "RQ-2024-015",
        "住建、消防",
        "市住房和城乡建设局",
        "7月底前",
        "未整改",
        "复查不合格",
    ),
    (
        "顺通液化气配送点",
        "配送车辆无危险货物道路运输资质",
        "RQ-2024-016",
        "交通、公安",
        "市交通运输局",
        "2024.8.20",
        "已立案调查，企业正在申办运输资质",
        "",
    ),
    (
        "金堤路小吃街商户",
        "餐饮商户灶具连接软管老化且超长",
        "RQ-2024-017",
        "商务、住建",
        "华龙区政府",
        "2024.8.10",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "瓶装液化石油气安全隐患联合检查问题整改台账", t, 0, 9),
        (
            1,
            0,
            (
                "检查时间：2024年6月28日至7月3日    牵头单位：濮阳市住房和城乡建设局（燃气管理科）    "
                "联合检查单位：市应急局、市公安局、市市场监管局、市商务局、市城管局、市消防支队"
            ),
            plain,
            1,
            9,
        ),
    ]
    words = [
        "序号",
        "被检查单位",
        "检查发现问题",
        "整改意见书编号",
        "检查组成员单位",
        "督促整改责任单位",
        "整改时限",
        "整改情况",
        "复查结果",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(GAS_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 6, 8) else c))
    r = 3 + len(GAS_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查用气场所和充装站7家，发现问题7处，复查合格3处", c, r, 8),
        (
            r + 1,
            0,
            "注：整改时限以现场送达的整改意见书为准；复查不合格的，由督促整改责任单位依法处理。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：刘晨    审核人：周建国    填报日期：2024年7月30日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 住宅小区电动自行车充电设施加装推进台账, after a city's 工作方案 for 住宅小区电动自行车充电设施 (逐一排查, 按是否满足
# 充电需求划档分类, 建立工作台账, 制定加装计划, 明确时间节点、阶段划分和完成时限; 列入老旧小区改造必改内容; 引入社会资本;
# 住宅专项维修资金):
# http://www.jxtjwhyjh.com?/xt/2024-03/26/content_929736.htm
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 分类档次 and a 加装计划（时间节点） text
# that holds the deadline, 建设方式, a 填表说明 at the foot.
EBIKE_ROWS = [
    (
        "胜利路街道",
        "建业小区",
        "不满足",
        40,
        160,
        "小区仅有充电端口40个，居民飞线充电现象突出",
        "7月15日前完成选址，8月底前建成投用",
        "引入社会资本",
        "华龙区胜利路街道办事处",
        "已完成选址，充电设备已进场安装",
    ),
    (
        "大庆路街道",
        "油田四号院",
        "不满足",
        0,
        120,
        "楼道内停放电动自行车堵塞疏散通道，无集中停放场所",
        "结合2024年老旧小区改造同步实施，6月底前完成设计，10月底前完工",
        "老旧小区改造",
        "市建委",
        "已纳入改造计划，正在进行施工图设计",
    ),
    (
        "昆吾街道",
        "绿城花园",
        "基本满足",
        210,
        30,
        "充电车棚未配备灭火器材",
        "6月30日前完成",
        "专项维修资金",
        "濮阳市绿城物业服务有限公司",
        "已配备灭火器12具，整改完成",
    ),
    (
        "城关镇",
        "化工家属小区",
        "不满足",
        20,
        200,
        "充电端口缺口约200个，电动自行车进楼入户充电",
        "三季度完成招标，年底前建成",
        "引入社会资本",
        "濮阳县城关镇人民政府",
        "未启动",
    ),
    (
        "大庆路街道",
        "开州花园",
        "基本满足",
        150,
        50,
        "地下非机动车库未安装自动灭火和视频监控设施",
        "8月15日前完成",
        "专项维修资金",
        "华龙区大庆路街道办事处",
        "",
    ),
    (
        "中原路街道",
        "人民路单位家属院",
        "不满足",
        0,
        40,
        "无物业管理，无条件建设集中充电场所",
        "7月底前设置露天分散充电桩",
        "分散式共享充电",
        "供电公司",
        "已安装充电桩2组，投入使用",
    ),
    (
        "中原路街道",
        "长庆小区",
        "基本满足",
        180,
        20,
        "部分住户将电动自行车蓄电池带回家中充电",
        "长期坚持，每周入户巡查劝导",
        "—",
        "华龙区中原路街道办事处",
        "常态化推进",
    ),
]


def write_ebike_book(path: Path) -> Path:
    b = Book(path, author="物业科")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 12, 18, 10, 10, 10, 36, 34, 14, 24, 30])
    b.line(ws, 0, "2024年住宅小区电动自行车充电设施加装推进台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（物业管理科）    统计截至：2024年7月31日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "所属街道（乡镇）",
            "小区名称",
            "分类档次",
            "现有充电端口（个）",
            "需新增端口（个）",
            "存在问题",
            "加装计划（时间节点）",
            "建设方式",
            "责任单位",
            "推进情况",
        ],
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 4 + len(EBIKE_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.分类档次按是否满足充电需求分为满足、基本满足、不满足三档；2.加装计划须写明时间节点和完成时限；"
        "3.推进情况每月底更新一次。",
        10,
    )
    return b.close()


def write_ebike(path: Path) -> Path:
    via_soffice(write_ebike_book, path, "ods", "电动自行车充电设施加装推进台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. 小区电梯安全整改进度表, after an article on 小区电梯安全公示 and 整改进度表 (电梯存在的问题、整改责任人、预计完成时间及
# 实际进展情况; 定期更新进度表; 业主代表监督小组):
# http://diantizixun.cn/content/558204.html
# A CSV in GBK: the 物业 company named only in the title line, a 公示 line naming the 维保单位, one header row with the
# 整改责任人 (a person) and the 业主监督代表, dates as text (2024.7.12, 8月31日前, 2024/8/15), a 合计 and a 公示日期 line.
LIFT_ROWS = [
    (
        "1号楼1单元",
        "41109004512",
        "轿厢应急照明不亮，五方通话对讲故障",
        "王建军",
        "2024.7.12",
        "已更换应急电源，通话测试正常，已完成",
        "赵丽",
    ),
    (
        "3号楼2单元",
        "41109004518",
        "曳引钢丝绳磨损超标需整体更换",
        "王建军",
        "8月31日前",
        "已申请动用专项维修资金，正在业主公示",
        "孙海",
    ),
    (
        "5号楼1单元",
        "41109004521",
        "层门门锁触点接触不良，偶发困人",
        "李强",
        "2024.7.20",
        "已整改，经特检院复检合格",
        "赵丽",
    ),
    ("6号楼1单元", "41109004525", "电梯定期检验超期未报检", "李强", "7月底前", "未整改", "孙海"),
    ("2号楼2单元", "41109004515", "机房温度过高未安装空调", "王建军", "2024/8/15", "", "周敏"),
    (
        "8号楼1单元",
        "41109004530",
        "轿厢内安全检验合格标志未张贴",
        "李强",
        "2024.7.5",
        "已张贴",
        "周敏",
    ),
    (
        "全部电梯",
        "—",
        "维保记录填写不规范，存在漏签代签",
        "物业工程部",
        "长期坚持",
        "常态化推进",
        "赵丽",
    ),
]


def write_lift(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市安泰物业服务有限公司金堤花园小区电梯安全整改进度表（2024年7月）"])
    w.writerow(["维保单位：河南通力电梯工程有限公司濮阳分公司    业主监督：金堤花园业主委员会电梯监督小组"])
    w.writerow(
        [
            "序号",
            "楼栋梯号",
            "使用登记证号",
            "存在问题",
            "整改责任人",
            "预计完成时间",
            "实际进展情况",
            "业主监督代表",
        ]
    )
    for i, row in enumerate(LIFT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本期整改事项7项，已完成3项", "", "", "", ""])
    w.writerow(["公示日期：2024年7月28日    物业服务电话：0393-4412580"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 政府投资和国企项目欠薪线索办理台账, after a city's year account of its 治理欠薪 (政府、国企项目欠薪专项整治; “蓝黄红”
# 分级预警, 预警提示事项全部整改销号; 全国欠薪线索平台、12345专席、信访驻点接访、网信靠前接办、工地公示牌; 127查处机制;
# “一案一专班”; 查实线索“动态清零”):
# http://news.hgjy100.com/caijing/112936.html
# A .docx: title, 填报单位 line, a table with a two-row header (是否动态清零 over 是/否, ticked √), 交办日期 and 办结时限 in
# working days from it, a 合计 row, the signature block.
WAGE_ROWS = [
    (
        "QX-2407-01",
        "全国欠薪线索平台",
        "2024-07-01",
        "市第三人民医院扩建项目拖欠32名农民工工资48.6万元",
        "黄",
        "市住房和城乡建设局",
        "7个工作日内",
        "已督促总包单位足额支付，已结案",
        "√",
        "",
    ),
    (
        "QX-2407-02",
        "12345专席",
        "2024-07-05",
        "国道106改建工程劳务分包欠付15名工人工资21.3万元",
        "黄",
        "市交通运输局",
        "7个工作日内",
        "已约谈建设单位，工程款正在拨付",
        "",
        "√",
    ),
    (
        "QX-2407-03",
        "信访驻点接访",
        "2024-07-09",
        "马颊河治理工程拖欠机械租赁操作人员工资9.8万元",
        "蓝",
        "市水务局",
        "15日内",
        "已支付到位，劳动者签字确认",
        "√",
        "",
    ),
    (
        "QX-2407-04",
        "网信靠前接办",
        "2024-07-12",
        "保障性住房项目钢筋班组26人工资未结清",
        "红",
        "濮阳县政府",
        "7个工作日内",
        "逾期未办",
        "",
        "√",
    ),
    (
        "QX-2407-05",
        "工地公示牌",
        "2024-07-16",
        "工业园区标准化厂房项目拖欠装修工人工资6.2万元",
        "蓝",
        "濮阳工业园区管理委员会",
        "7个工作日内",
        "已立案调查，正在核算欠薪数额",
        "",
        "√",
    ),
    (
        "QX-2407-06",
        "全国欠薪线索平台",
        "2024-07-22",
        "国有控股酒店拖欠后厨人员工资",
        "蓝",
        "市劳动保障局",
        "7个工作日内",
        "",
        "",
        "",
    ),
    (
        "QX-2407-07",
        "12345专席",
        "2024-07-25",
        "城区雨污分流工程劳务公司欠薪引发聚集讨薪",
        "红",
        "华龙区人民政府",
        "立行立改",
        "当日组织支付，已办结",
        "√",
        "",
    ),
]


def write_wage(path: Path) -> Path:
    doc = _new_document("劳动监察支队")
    _title(doc, "政府投资和国有企业项目欠薪问题专项整治线索办理台账")
    _paragraph(
        doc,
        "填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室    填报日期：2024年7月31日",
        12,
    )
    _paragraph(doc, "办结时限自交办之日起计算；查实线索实行“一案一专班”，动态清零。", 12)
    body = [[str(i), *row] for i, row in enumerate(WAGE_ROWS, 1)]
    body.append(["合计", "", "", "", "交办线索7条，动态清零3条", "", "", "", "", "", ""])
    _merged_header_table(
        doc,
        [
            ("序号", 1),
            ("线索编号", 1),
            ("线索来源", 1),
            ("交办日期", 1),
            ("欠薪情况", 1),
            ("预警等级", 1),
            ("责任单位", 1),
            ("办结时限", 1),
            ("处置进展", 1),
            ("是否动态清零", 2),
        ],
        ["是", "否"],
        body,
        size=9,
    )
    _paragraph(doc, "填表人：马文博    审核人：张国庆    联系电话：0393-8990712", 12)
    _paragraph(doc, "（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 人防工程维护管理巡查问题整改台账, after a county 国动办's account of its yearly 人防工程巡查 (巡查计划排班表; 内部结构、
# 通道情况、通风系统、防护设备、悬挂标识、专业房间使用情况以及洗消; 《岗位责任制度》《定期检查和维修保养制度》等四项制度;
# 详细记录，落实整改责任人实施跟踪整改):
# http://jnrf.jinan.gov.cn/art/2023/2/16/art_25992_4771594.html
# An .et (Excel 97 via LibreOffice): title, 巡查 line, a two-row header (整改落实 over 整改情况/复查人/复查结论) with the
# 维护管理单位 as the unit and the 整改责任人 and 复查人 (people) beside it; 巡查日期 an event; a 注 line.
SHELTER_ROWS = [
    (
        date(2024, 7, 2),
        "开州广场地下人防工程",
        "濮阳市开州物业管理有限公司",
        "通风系统密闭阀门锈蚀无法关闭",
        "通风系统",
        "张立新",
        "2024.7.31",
        "已更换密闭阀门2个",
        "刘涛",
        "复查合格",
    ),
    (
        date(2024, 7, 3),
        "市第一中学人防工程",
        "市教育局",
        "次要出入口被杂物堵塞，疏散通道不畅",
        "通道情况",
        "王海",
        "2024.7.10",
        "已清理完毕",
        "刘涛",
        "复查合格",
    ),
    (
        date(2024, 7, 9),
        "龙都广场人防工程",
        "濮阳龙都置业有限公司",
        "专业房间被改作仓库，存放易燃物品",
        "专业房间使用",
        "郑凯",
        "8月15日前",
        "已清理部分物品，正在腾退",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "市人民医院人防医疗救护站",
        "市卫计委",
        "洗消间给排水管道渗漏",
        "洗消设施",
        "宋卫东",
        "2024年9月底前",
        "未整改",
        "",
        "",
    ),
    (
        date(2024, 7, 16),
        "胜利路地下商业街人防工程",
        "濮阳市胜利商业运营管理有限公司",
        "工程内停放电动自行车并私拉电线充电",
        "内部结构",
        "何静",
        "2024.7.20",
        "已清理车辆，拆除私拉电线",
        "高原",
        "复查合格",
    ),
    (
        date(2024, 7, 18),
        "华龙区政务中心人防工程",
        "华龙区政府",
        "未建立定期检查和维修保养制度，维护记录缺失",
        "制度建设",
        "贾明",
        "2024年8月31日",
        "制度已起草，待审定印发",
        "",
        "",
    ),
    (
        date(2024, 7, 24),
        "濮阳县人防指挥所",
        "濮阳县国防动员办公室",
        "防护密闭门悬挂标识缺失",
        "悬挂标识",
        "孔令辉",
        "2024.8.10",
        "",
        "",
        "",
    ),
]


def write_shelter_book(path: Path) -> Path:
    b = Book(path, author="工程管理科")
    ws = b.sheet("巡查问题")
    b.widths(ws, [6, 12, 24, 28, 32, 12, 10, 14, 26, 10, 12])
    b.line(ws, 0, "濮阳市国防动员办公室2024年度人防工程维护管理巡查问题整改台账", 10, b.title)
    b.line(ws, 1, "巡查时段：2024年7月1日至7月26日（按巡查计划排班表开展）    填报日期：2024年7月29日", 10)
    tops = ["序号", "巡查日期", "工程名称", "整改责任单位（维护管理单位）", "巡查发现问题", "问题类别"]
    tops += ["整改责任人", "整改期限"]
    for c, word in enumerate(tops):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复查人", "复查结论"], first=8)
    for i, row in enumerate(SHELTER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 5 + len(SHELTER_ROWS)
    b.line(ws, end, "注：整改期限届满后由工程管理科组织复查，复查合格的予以销号。", 10)
    b.line(ws, end + 1, "填表人：李倩    科室负责人：高原", 10)
    return b.close()


def write_shelter(path: Path) -> Path:
    return via_soffice(write_shelter_book, path, "xls", "人防工程巡查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 水库河道防溺水巡查隐患整改情况的报告, after a district 河长制办公室's notice on 水库河道巡查及防溺水 (每日上、下午各巡查
# 1次; 危险水域设置警示标识、配备救生设备; 巡查情况记录台账; “四个一”物资; 落实属地管理责任):
# http://www.jdzcjq.gov.cn/qnyncslj/fdzdgknr_1666/zdly/sl/t1078243.shtml
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, the items as numbered paragraphs under two headings, each with
# 责任单位, 完成时限 and (mostly) 进展情况 written inline; the office and the date at the foot.
DROWN_PARAS = [
    (
        "一、县区水域",
        [
            (
                "1．渠村乡青庄水库东岸缺少防溺水警示牌，常有群众下水游泳。责任单位：渠村乡人民政府；"
                "完成时限：2024年7月10日；进展情况：已补设警示牌3块，整改完成。"
            ),
            (
                "2．金堤河范县段救生圈、救生绳缺失。责任单位：范县水利局；完成时限：7月20日前；"
                "进展情况：已补齐“四个一”物资。"
            ),
            (
                "3．马颊河清丰段河堤防护栏破损约120米。责任单位：清丰县水利局；完成时限：8月底前；"
                "进展情况：正在施工修复。"
            ),
            (
                "4．南乐县梁村乡废弃砖窑坑积水较深，无任何警示标识。责任单位：梁村乡人民政府；"
                "完成时限：2024年7月15日；进展情况：未整改。"
            ),
            "5．台前县将军渡黄河滩区野泳点缺少劝离人员。责任单位：台前县吴坝镇人民政府；完成时限：2024年8月15日。",
        ],
    ),
    (
        "二、市直管水域",
        [
            (
                "6．城区濮水河亲水平台无人值守，暑期常有未成年人戏水。责任单位：市城管执法局；完成时限：长期坚持；"
                "进展情况：常态化推进。"
            ),
            "7．彭楼引黄闸警示牌褪色、字迹不清。责任单位：市水利局；完成时限：7月25日前；进展情况：已更换。",
        ],
    ),
]


def write_drown_docx(path: Path) -> Path:
    doc = _new_document("河长办")
    _title(doc, "关于水库河道防溺水巡查隐患整改情况的报告")
    _paragraph(doc, "市防溺水工作领导小组：")
    _paragraph(
        doc,
        "按照关于加强水库河道巡查及防溺水工作的通知要求，各地每日上、下午各开展1次巡查，并对危险水域“四个一”"
        "物资配备情况进行排查。现将截至7月下旬发现的隐患及整改情况报告如下：",
    )
    for heading, paras in DROWN_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市河长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_drown(path: Path) -> Path:
    return via_soffice(write_drown_docx, path, "doc", "防溺水巡查隐患整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 医疗废物专项监督检查问题整改情况 from two hospitals, after a county 卫生计生综合监督执法局's 专项监督检查 of the
# 医疗废物 of its 医疗机构 (收集、转运、暂存; 对查出的问题列出清单，责令整改，依法查处):
# http://m.ysxw.cn/p/44458.html
# A .zip of two returns: an .xlsx with a 填报单位（盖章） line and a 是否整改到位 column, the rows naming the hospital's own
# 责任科室; a .docx whose hospital is named only in its title and file name, the table naming 科室 too.
WASTE_A = [
    (
        "感染性废物与生活垃圾混放",
        "收集",
        "感染管理科",
        "重新配置分类收集桶，开展全员培训",
        "7月10日前",
        "已配置分类收集桶并完成培训",
        "是",
    ),
    (
        "医疗废物暂存间地面未做防渗漏处理",
        "暂存",
        "后勤保障科",
        "暂存间地面防渗改造",
        "2024年8月31日",
        "正在施工",
        "否",
    ),
    (
        "医疗废物交接登记缺少转运人员签名",
        "转运",
        "护理部",
        "完善交接登记本，双人签字",
        "2024.7.15",
        "已完善交接登记",
        "是",
    ),
    (
        "利器盒盛装超过四分之三未及时封口",
        "收集",
        "各临床科室",
        "纳入科室质控检查",
        "长期坚持",
        "常态化推进",
        "",
    ),
]
WASTE_B = [
    (
        "医疗废物在暂存间存放超过48小时未转运",
        "后勤科",
        "与处置单位约定每日转运",
        "2024年7月20日",
        "已整改，处置单位每日上门转运",
    ),
    ("暂存间未设置医疗废物警示标识", "后勤科", "按规范张贴警示标识", "7月底前", "未整改"),
    ("口腔科医疗废物包装袋未粘贴中文标签", "口腔科", "规范粘贴标签", "2024年8月10日", ""),
]


def write_waste_a(path: Path) -> Path:
    b = Book(path, author="感染管理科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 34, 10, 14, 30, 14, 28, 12])
    b.line(ws, 0, "医疗废物专项监督检查发现问题整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市第五人民医院    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查发现问题",
            "问题环节",
            "责任科室",
            "整改措施",
            "整改时限",
            "整改完成情况",
            "是否整改到位",
        ],
    )
    for i, row in enumerate(WASTE_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(WASTE_A), "院感负责人：郭红    填表人：石磊    联系电话：0393-4822316", 7)
    return b.close()


def write_waste_b(path: Path) -> Path:
    doc = _new_document("后勤科")
    _title(doc, "南乐县中医院医疗废物专项监督检查问题整改情况", 18)
    body = [[str(i), *row] for i, row in enumerate(WASTE_B, 1)]
    _table(doc, ["序号", "存在问题", "责任科室", "整改措施", "整改期限", "整改进展"], body)
    _paragraph(doc, "报送日期：2024年7月27日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        a = write_waste_a(Path(tmp) / "a.xlsx")
        _fixed_member(dst, "医疗废物检查问题整改情况表（市第五人民医院）.xlsx", a.read_bytes())
        b = write_waste_b(Path(tmp) / "b.docx")
        _fixed_member(dst, "南乐县中医院医疗废物问题整改情况.docx", b.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 中小学食堂监督抽查问题提级督办整改进度周调度表, after a city 市场监管局's account of a 提级督办 (省市场监管局联合省教育厅
# 等五部门监督抽查中小学食堂; 食堂布局不合理、设施设备不足; 约谈学校主要负责人，要求限时整改，每周调度整改进度; 投入2.2万元
# 安装蒸汽抽排设备; 组织异地观摩; 协调住建、规划、消防):
# http://www.hnyksh.com/shipinaqzs/392.html
# An .xlsx: title with the week, 调度 line, one header row with the 督办层级 and 督办单位 (the supervisor) beside the
# school as 责任单位 and the 配合单位, an 累计投入 column summed in a 合计 row, a 填表说明.
CANTEEN_ROWS = [
    (
        "濮阳县育才民办学校",
        "食堂布局不合理，生熟加工区域交叉",
        "提级督办",
        "市市场监督管理局",
        "濮阳县育才民办学校",
        "濮阳县教育局",
        "8月31日前",
        "已投入2.2万元安装蒸汽抽排设备，后厨布局改造正在施工",
        2.2,
    ),
    (
        "华龙区第一实验小学",
        "食堂防鼠网破损，库房未设置挡鼠板",
        "属地督办",
        "华龙区市场监督管理局",
        "华龙区第一实验小学",
        "华龙区教育局",
        "2024年7月15日",
        "已完成整改",
        0.3,
    ),
    (
        "清丰县第二初级中学",
        "食品留样不足125克，留样记录不全",
        "属地督办",
        "清丰县市场监督管理局",
        "清丰县第二初级中学",
        "清丰县教育局",
        "2024.7.12",
        "已整改",
        0,
    ),
    (
        "南乐县城关镇中心小学",
        "餐用具消毒柜损坏，未按规定消毒",
        "属地督办",
        "南乐县市场监督管理局",
        "南乐县城关镇中心小学",
        "南乐县教育局",
        "7月底前",
        "已采购新消毒柜，待安装",
        0.8,
    ),
    (
        "范县第一中学",
        "3名食堂从业人员健康证明过期",
        "属地督办",
        "范县市场监督管理局",
        "范县第一中学",
        "范县教育局",
        "2024年7月10日",
        "未整改",
        0,
    ),
    (
        "台前县实验中学",
        "食堂排烟管道改造需经住建、消防部门审批",
        "提级督办",
        "市市场监督管理局",
        "台前县实验中学",
        "市住建局、市消防支队",
        "2024年9月30日",
        "正在协调住建、消防部门办理审批手续",
        0,
    ),
    (
        "濮阳市油田第三中学",
        "冷藏冷冻设施温度记录缺失",
        "属地督办",
        "华龙区市场监督管理局",
        "濮阳市油田第三中学",
        "市教育局",
        "2024年8月15日",
        "",
        0,
    ),
]


def write_canteen(path: Path) -> Path:
    b = Book(path, author="食品经营科")
    ws = b.sheet("第4周")
    b.widths(ws, [6, 22, 34, 10, 22, 22, 22, 14, 40, 12])
    b.line(ws, 0, "中小学校食堂监督抽查问题提级督办整改进度周调度表（2024年第4周）", 9, b.title)
    b.line(
        ws,
        1,
        "调度时间：2024年7月29日    调度单位：濮阳市市场监督管理局食品经营监管科、市教育局体卫艺科（联合）",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学校名称",
            "抽查发现问题",
            "督办层级",
            "督办单位",
            "整改责任单位",
            "配合单位",
            "整改时限",
            "本周整改进度",
            "累计投入（万元）",
        ],
    )
    for i, row in enumerate(CANTEEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(CANTEEN_ROWS)
    b.merge(ws, r, 0, r, 1, "合计", b.head)
    b.merge(ws, r, 2, r, 8, "督办学校7所，已整改2所", b.cell)
    ws.write_formula(r, 9, f"=SUM(J4:J{r})", b.cell, round(sum(row[-1] for row in CANTEEN_ROWS), 2))
    b.line(ws, r + 2, "填表说明：本表每周一调度更新；整改时限以约谈时明确的时限为准。", 9)
    b.line(ws, r + 3, "填表人：陈晨    联系电话：0393-8186027", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. “九小场所”消防安全隐患专项督导检查移交整改情况表, after a city 治安管理支队's account of its 九小场所 check (安全通道
# 是否畅通、灭火器是否过期、烟雾警示器是否正常使用、电线是否裸露乱接、燃气储存间有无报警器; 隐患现场移交属地，督促限期整改，
# 回访，形成闭环管理):
# http://ga.lasa.gov.cn/lsga/jwxw/202601/cdcd5e399dee42fead1dedfd7aceb970.shtml
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, a table with 检查时间 (an event), 处置方式, 属地责任单位, 整改期限,
# 回访情况 and 是否闭环, a 合计 row, the signature lines.
FIRE_ROWS = [
    (
        "2024-07-08",
        "鑫源商行",
        "小商店",
        "安全通道堆放货物造成堵塞",
        "现场责令改正",
        "华龙区胜利路街道办事处",
        "2024年7月9日",
        "7月9日回访，货物已清理",
        "是",
    ),
    (
        "2024-07-08",
        "顺达商贸有限公司仓库",
        "小仓库",
        "灭火器过期未更换",
        "移交属地督促整改",
        "华龙区胜利路街道办事处",
        "7月15日前",
        "已更换灭火器8具",
        "是",
    ),
    (
        "2024-07-10",
        "老街坊饭店",
        "小饭店",
        "燃气储存间未安装可燃气体报警器",
        "下发责令限期改正通知书",
        "华龙区大庆路街道办事处",
        "2024年7月31日",
        "报警器已采购，正在安装",
        "否",
    ),
    (
        "2024-07-11",
        "金泰宾馆",
        "小旅馆",
        "客房走廊烟感报警器失效",
        "下发责令限期改正通知书",
        "华龙区中原路街道办事处",
        "2024年7月20日",
        "逾期未整改",
        "否",
    ),
    (
        "2024-07-15",
        "康乐足浴店",
        "小休闲娱乐场所",
        "电线裸露，私拉乱接",
        "移交属地督促整改",
        "濮阳县城关镇人民政府",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "2024-07-16",
        "佳禾幼儿托管中心",
        "小学校（幼儿园）",
        "疏散楼梯防火门闭门器损坏",
        "移交行业主管部门",
        "市教育局",
        "2024年8月20日",
        "已联系厂家维修，配件待到货",
        "否",
    ),
    (
        "2024-07-18",
        "红星五金店",
        "小商店",
        "经营、仓储、住宿“三合一”",
        "下发责令限期改正通知书",
        "华龙区胜利路街道办事处",
        "2024年7月25日",
        "已搬离住宿人员，经回访整改到位",
        "是",
    ),
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("安委办")
    _title(doc, "“九小场所”消防安全隐患专项督导检查移交整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市安全生产委员会办公室    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(FIRE_ROWS, 1)]
    body.append(["合计", "", "", "", "检查发现隐患7处，闭环3处", "", "", "", "", ""])
    _table(
        doc,
        [
            "序号",
            "检查时间",
            "场所名称",
            "场所类型",
            "存在隐患",
            "处置方式",
            "属地责任单位",
            "整改期限",
            "回访情况",
            "是否闭环",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "填表人：扎西    审核人：何立平    联系电话：0393-4458110", 12)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "九小场所消防安全隐患移交整改情况表.docx")


FILES = [
    ("开发区政企会客厅企业诉求办理台账.xlsx", write_park),
    ("瓶装液化石油气安全隐患联合检查问题整改台账.xls", write_gas),
    ("住宅小区电动自行车充电设施加装推进台账.ods", write_ebike),
    ("金堤花园小区电梯安全整改进度表（2024年7月）.csv", write_lift),
    ("政府投资和国企项目欠薪线索办理台账.docx", write_wage),
    ("人防工程维护管理巡查问题整改台账.et", write_shelter),
    ("关于水库河道防溺水巡查隐患整改情况的报告.doc", write_drown),
    ("医疗废物专项监督检查问题整改情况（两家医院）.zip", write_waste),
    ("中小学校食堂提级督办整改进度周调度表.xlsx", write_canteen),
    ("九小场所消防安全隐患专项督导检查移交整改情况表.wps", write_fire),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

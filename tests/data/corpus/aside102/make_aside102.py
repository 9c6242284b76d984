"""Write the aside102 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, two-row header), a CSV in UTF-8 with a byte-order mark,
a .docx whose items are numbered paragraphs under headings, an .et and an .ods (LibreOffice conversions of
workbooks), a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up
(places and units after 濮阳); the statistics date is 2024-07-31.

Run from this folder: python make_aside102.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every file is written from scratch with fixed dates and fixed zip member times, so two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 9, 20, 0)
ZIP_TIME = (2024, 7, 30, 9, 20, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
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


# ---------------------------------------------------------------------------------------------
# Excel 97 workbooks written directly with xlwt.
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


# =============================================================================================
# 1. 人社系统行风建设明察暗访, after a provincial 人社厅's account of its 明察暗访 of 127 人社服务窗口单位 (7 工作组;
# 不发通知、不打招呼; 12333电话难以接通、社保卡办卡周期较长、窗口设置不科学、便民设施不齐全、窗口人员专业化程度
# 不高; 通报会逐条通报问题并同步发出限时整改令):
# http://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/rsxthfjszl/jyjl/201811/t20181108_304447.html
# An .xlsx: title, a line with the 通报会/限时整改令 date the working days count from, one header row with the 暗访组
# (inspector) and the 被暗访窗口 beside the 整改责任单位 (county 人社局 and city centres, one by the short name 市人社局),
# 是否整改到位 column, a 说明 line and a signature line.
HRSS_ROWS = [
    (
        "第一暗访组",
        "市12333人社服务热线",
        "工作日上午高峰时段连续拨打12333热线5次均未接通，群众咨询等候时间过长",
        "服务效能",
        "市人社局",
        "15个工作日内",
        "已增加高峰时段人工坐席6个，开通智能语音应答，接通率提升至92%",
        "是",
    ),
    (
        "第二暗访组",
        "市社会保障卡服务大厅",
        "社保卡补换卡办理周期长达20个工作日，未实现即时制卡",
        "服务效能",
        "市社会保险中心",
        "7月31日前",
        "即时制卡设备已采购到位，正在安装调试",
        "否",
    ),
    (
        "第二暗访组",
        "濮阳县人社局综合服务窗口",
        "窗口未设置老年人绿色通道，无爱心座椅、老花镜等便民设施",
        "便民设施",
        "濮阳县人力资源和社会保障局",
        "10个工作日内",
        "已设置老年人绿色通道，配齐爱心座椅、老花镜和便民服务箱",
        "是",
    ),
    (
        "第三暗访组",
        "清丰县就业创业服务大厅",
        "窗口人员对灵活就业人员社保补贴政策解答不准确，一次性告知不到位",
        "业务能力",
        "清丰县人力资源和社会保障局",
        "8月底前",
        "已组织窗口人员政策培训1次，业务知识测试安排在8月中旬",
        "否",
    ),
    (
        "第三暗访组",
        "南乐县社保经办大厅",
        "上班时间2名窗口人员串岗聊天，1名人员离岗未放置暂停服务提示牌",
        "工作纪律",
        "南乐县人力资源和社会保障局",
        "立行立改",
        "已对相关人员批评教育，并在全县人社系统通报",
        "是",
    ),
    (
        "第一暗访组",
        "市就业创业服务中心网上办事大厅",
        "失业保险金网上申领填报项目多达37项，群众反映操作繁琐",
        "流程优化",
        "市就业创业服务中心",
        "9月30日前",
        "",
        "",
    ),
    (
        "第四暗访组",
        "范县劳动保障监察投诉窗口",
        "欠薪投诉受理登记不规范，未一次性告知办理时限和进度查询方式",
        "服务规范",
        "范县人力资源和社会保障局",
        "10个工作日内",
        "尚未整改",
        "否",
    ),
    (
        "第四暗访组",
        "台前县人社局服务大厅",
        "窗口服务标准化培训不经常，新进人员未经岗前培训直接上岗",
        "队伍建设",
        "台前县人力资源和社会保障局",
        "长期坚持",
        "每月开展一次窗口业务练兵，新进人员先培训后上岗，常态化推进",
        "—",
    ),
]


def write_hrss(path: Path) -> Path:
    b = Book(path, author="行风办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 11, 20, 38, 10, 22, 13, 34, 10])
    b.line(ws, 0, "全市人社系统行风建设明察暗访发现问题限时整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市人力资源和社会保障局行风建设办公室    通报会暨限时整改令下达日期：2024年7月5日"
        "（整改时限自下达之日起计算）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "暗访组",
            "被暗访窗口",
            "发现问题",
            "问题类型",
            "整改责任单位",
            "整改时限",
            "整改落实情况",
            "是否整改到位",
        ],
    )
    for i, row in enumerate(HRSS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HRSS_ROWS)
    b.line(ws, end, "说明：“是否整改到位”栏由各暗访组回访复核后填写“是”或“否”，长期坚持类问题不填。", 8)
    b.line(
        ws, end + 1, "填表人：韩雪    审核：李国栋    联系电话：0393-8993125    填报日期：2024年7月29日", 8
    )
    return b.close()


# =============================================================================================
# 2. 集团月度例行安全生产检查, after a state-owned group's 工程管理部 monthly check of its 在建工程、资产、运营各线项目
# (施工安全、用电安全、消防安全; 各责任单位对照隐患整改清单，明确整改责任人，限期整改):
# http://prepaidsolution.net/news/jtnews/2024-01-17/3210.html
# An .xlsx: title, 检查时间/检查组织 line, a two-row header (整改责任 merged over 责任单位 and 整改责任人), section rows
# for the three lines (在建工程、资产、运营), the group's own 资产管理部 (a section of the sender) and its subsidiaries (one
# by the short name 众意公交公司) as 责任单位, the 工程管理部's 复查意见 beside, a 合计 row and a signature line.
GROUP_SECTIONS = [
    (
        "一、在建工程条线",
        [
            (
                "国资大厦二期项目",
                "基坑北侧临边防护栏杆缺失约20米，未挂设安全警示标志",
                "施工安全",
                "濮阳市国资置业有限公司",
                "王振",
                "2024.7.19",
                "已补设防护栏杆，挂设安全网和警示标志",
                "复查合格",
            ),
            (
                "国资大厦二期项目",
                "施工现场二级配电箱未上锁，部分电缆拖地敷设",
                "用电安全",
                "濮阳市国资置业有限公司",
                "刘海涛",
                "2024.7.19",
                "配电箱已全部上锁，电缆架空敷设正在进行",
                "",
            ),
            (
                "东区安置房项目",
                "塔吊月度维保检查记录缺失，司机交接班记录不全",
                "施工安全",
                "濮阳市国资置业有限公司",
                "孙立",
                "2024年7月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "二、资产条线",
        [
            (
                "国资商业广场",
                "地下一层商铺租户私拉电线，违规使用大功率电热水器",
                "用电安全",
                "濮阳市国资商业运营管理有限公司",
                "赵丽娟",
                "7月25日前",
                "已约谈租户，私拉电线和电热水器已拆除",
                "复查合格",
            ),
            (
                "国资商业广场",
                "消防控制室夜间值班仅1人，值班人员未持证上岗",
                "消防安全",
                "濮阳市国资商业运营管理有限公司",
                "赵丽娟",
                "8月15日前",
                "未整改",
                "",
            ),
            (
                "集团机关办公楼",
                "三至五层部分灭火器压力不足，消火栓箱内水带缺失",
                "消防安全",
                "集团资产管理部",
                "郭明",
                "2024.7.22",
                "已更换灭火器18具，补齐消火栓水带",
                "复查合格",
            ),
        ],
    ),
    (
        "三、运营条线",
        [
            (
                "城东公交保养场",
                "维修车间废机油随意堆放，未设置专用危险废物暂存间",
                "消防安全",
                "众意公交公司",
                "陈建华",
                "9月底前",
                "危废暂存间正在建设，废机油已临时集中存放",
                "",
            ),
            (
                "丽景苑小区（国资物业服务项目）",
                "地下车库电动自行车违规停放充电",
                "消防安全",
                "濮阳市国资物业管理有限公司",
                "周敏",
                "长期坚持",
                "每日巡查劝导，纳入物业日常管理，常态化推进",
                "",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="工程管理部")
    ws = b.sheet("7月隐患清单")
    b.widths(ws, [6, 22, 36, 10, 26, 11, 14, 32, 14])
    b.line(ws, 0, "濮阳市国有资本运营集团有限公司7月份安全生产例行检查隐患整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月15日至16日    组织部门：集团工程管理部    检查范围：在建工程、资产、运营各条线项目",
        8,
    )
    for c, word in enumerate(["序号", "项目（场所）名称", "隐患描述", "隐患类别"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改责任", b.head)
    b.header(ws, 3, ["责任单位", "整改责任人"], first=4)
    for c, word in [(6, "整改期限"), (7, "整改完成情况"), (8, "工程管理部复查意见")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    for title, rows in GROUP_SECTIONS:
        b.merge(ws, r, 0, r, 8, title, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "检查项目（场所）6个，发现隐患8处，复查合格3处")
    b.line(ws, r + 2, "填报人：李想    审核：张卫东    联系电话：0393-8186620    2024年7月30日", 8)
    return b.close()


# =============================================================================================
# 3. 火灾隐患责令限期改正, after a city 消防救援支队's account of checks that found hazards in a 宾馆 (应急照明及安全出口
# 指示标志故障、外跨楼梯出口未设应急照明), a 购物商场 (室内消火栓无水) and a 商务会馆 (没有消防设施), each 责令限期
# 改正, one fined 6500元:
# https://nmgjxxf.com/9931.html
# An .xlsx: title, 填报单位/统计时段 line, one header row with 文书送达日期 (the base of 送达之日起N日内), 改正期限 as
# dates, days and 当场改正, 复查日期 and 复查结果, a 行政处罚 column, a 注 line and a signature line.
FIRE_ROWS = [
    (
        "濮阳市悦来宾馆",
        "华龙区胜利路中段",
        "部分应急照明灯及安全出口指示标志损坏，五至八层外跨楼梯出口处未设置应急照明灯",
        "华消限字〔2024〕第0087号",
        "2024-07-03",
        "2024年7月18日前",
        "2024-07-18",
        "已改正，复查合格",
        "—",
    ),
    (
        "濮阳市千家惠购物中心有限公司",
        "华龙区人民路与京开大道交叉口",
        "一层室内消火栓无水，消防水泵处于手动状态",
        "华消限字〔2024〕第0091号",
        "2024-07-05",
        "送达之日起15日内",
        "2024-07-22",
        "复查不合格，消火栓仍无水",
        "—",
    ),
    (
        "濮阳市汇通国际商务会馆",
        "华龙区京开大道东段",
        "营业场所未按规定配置灭火器，未设置火灾自动报警设施",
        "华消限字〔2024〕第0096号",
        "2024-07-08",
        "2024年8月8日前",
        "",
        "灭火器已配置，火灾自动报警系统正在安装",
        "罚款人民币6500元",
    ),
    (
        "濮阳市华龙区好运来KTV",
        "华龙区黄河路西段",
        "疏散通道堆放酒水，二层安全出口上锁",
        "当场改正",
        "2024-07-10",
        "当场改正",
        "2024-07-10",
        "已当场改正",
        "—",
    ),
    (
        "濮阳市华龙区御景酒店有限公司",
        "华龙区开州路北段",
        "厨房燃气管道未设置紧急切断阀，消防控制室值班人员无证上岗",
        "华消限字〔2024〕第0103号",
        "2024-07-12",
        "2024年7月31日前",
        "",
        "",
        "",
    ),
    (
        "濮阳市华龙区新时代网咖",
        "华龙区大庆路中段",
        "常闭式防火门闭门器损坏，防火门处于常开状态",
        "华消限字〔2024〕第0108号",
        "2024-07-16",
        "送达之日起10日内",
        "2024-07-26",
        "已改正",
        "—",
    ),
    (
        "濮阳市华龙区金色年华足浴店",
        "华龙区任丘路南段",
        "二层采用易燃可燃材料装修，疏散楼梯净宽度不足",
        "华消封字〔2024〕第0012号",
        "2024-07-22",
        "2024年9月30日前",
        "",
        "已临时查封，正在拆除可燃装修材料",
        "临时查封",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 26, 20, 40, 22, 13, 16, 12, 26, 16])
    b.line(ws, 0, "火灾隐患责令限期改正及复查情况登记表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区消防救援大队    统计时段：2024年7月1日—7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "单位名称",
            "单位地址",
            "检查发现的火灾隐患",
            "法律文书及文号",
            "文书送达日期",
            "改正期限",
            "复查日期",
            "复查结果",
            "行政处罚情况",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        values = [date.fromisoformat(v) if k in (4, 6) and v else v for k, v in enumerate(row)]
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, values, first=1)
    end = 3 + len(FIRE_ROWS)
    b.line(ws, end, "注：改正期限按《责令限期改正通知书》填写；复查结果以大队监督员现场复查为准。", 9)
    b.line(ws, end + 1, "填表人：贾文杰    审核人：马俊峰    填报日期：2024年7月29日", 9)
    return b.close()


# =============================================================================================
# 4. 医疗机构传染病防控督导, after a 旗疾病预防控制中心's 传染病防控督导考核 of its 社区卫生医院、医院、妇幼保健院
# (传染病管理、突发公共卫生事件报告、重点传染病防治、发热门诊运转情况、法定传染病及死亡病例信息报告管理; 现场下发
# 督导意见书，提出限期整改意见; 预防保健科疫情专报人员定期检查各科室传染病登记及漏报情况):
# http://www.imbnc.com/mlyyf/1522.html
# An .xlsx: title, a line with the 督导 dates and the 督导意见书下发日期 the 30日内 counts from, one header row with the
# 医疗机构 as unit, 督导意见书编号, the 医疗机构整改反馈 and the 疾控中心复核意见 (inspector) side by side, a 合计 row with
# a sentence and a signature line.
CDC_ROWS = [
    (
        "濮阳市人民医院",
        "传染病管理",
        "门诊日志传染病登记项目不全，部分病例缺少职业和现住址",
        "濮疾督〔2024〕01号",
        "30日内",
        "已在HIS系统将职业、现住址设为门诊日志必填项，已整改",
        "复核合格",
    ),
    (
        "濮阳市妇幼保健院",
        "疫情报告",
        "网络直报审核不及时，3例乙肝报告卡超过24小时未审核",
        "濮疾督〔2024〕02号",
        "2024年7月15日",
        "已整改：疫情专报员增至2人，实行双人审核，审核及时率100%",
        "",
    ),
    (
        "华龙区中原路社区卫生服务中心",
        "发热门诊（诊室）",
        "发热诊室未设置独立出入口，与普通诊室共用候诊区",
        "濮疾督〔2024〕05号",
        "2024年9月30日",
        "改造方案已报区卫生健康委，独立出入口正在施工",
        "",
    ),
    (
        "濮阳县中医院",
        "死亡病例报告",
        "死亡病例网络报告漏报2例，死亡医学证明书填写不规范",
        "濮疾督〔2024〕09号",
        "30日内",
        "",
        "",
    ),
    (
        "清丰县人民医院",
        "传染病管理",
        "预防保健科未定期对各科室传染病登记及漏报情况开展自查",
        "濮疾督〔2024〕12号",
        "长期坚持",
        "已建立每月自查制度，长期坚持",
        "",
    ),
    (
        "南乐县妇幼保健院",
        "重点传染病防治",
        "肺结核可疑症状者未按规定转诊至结核病定点医院",
        "濮疾督〔2024〕15号",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "范县人民医院",
        "疫情报告",
        "传染病报告卡纸质存档不全，缺少2023年第四季度报告卡",
        "濮疾督〔2024〕18号",
        "8月15日前",
        "正在补录补存",
        "",
    ),
]


def write_cdc(path: Path) -> Path:
    b = Book(path, author="传染病防治科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 28, 14, 40, 18, 14, 36, 14])
    b.line(ws, 0, "2024年医疗机构传染病防控工作督导意见整改反馈汇总表", 7, b.title)
    b.line(
        ws,
        1,
        "督导时间：2024年6月17日—6月21日    督导意见书下发日期：2024年6月24日（整改时限自下发之日起计算）",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "医疗机构",
            "督导内容",
            "存在问题",
            "督导意见书编号",
            "整改时限",
            "医疗机构整改反馈",
            "疾控中心复核意见",
        ],
    )
    for i, row in enumerate(CDC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CDC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 7, "督导医疗机构23家，下发督导意见书23份，发现问题41条（本表列出限期整改问题7条）"
    )
    b.line(
        ws,
        end + 2,
        "填报单位：濮阳市疾病预防控制中心（盖章）    联系人：杜娟    联系电话：0393-4412309    2024年7月26日",
        7,
    )
    return b.close()


# =============================================================================================
# 5. 医院党委巡察整改进展情况通报, after a county hospital party committee's 关于巡察整改进展情况的通报 (一、组织整改落实
# 情况; 建立整改台账，明确责任领导、责任部门及整改时限; 完成一件、销号一件; 截至…已完成整改9个（含立行立改1个），
# 阶段性完成9个，未完成1个; 二、巡察反馈问题整改进展情况, (一)反馈问题: … 1. …):
# http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html
# A .docx: title, preamble with the 反馈 date (the base of 立行立改), organisation paragraphs and a counts paragraph
# (not items), （一）…（四） 反馈问题 headings, numbered problems each followed by 整改状态, a 责任部门/整改时限 line
# (the hospital's own departments) and 整改情况; a 下一步 paragraph, the 监督 contact paragraph and the signature.
HOSPITAL_GROUPS = [
    (
        "（一）反馈问题：公立医院公益性体现不够充分",
        [
            (
                "1.优化后的绩效考核方案尚未公布实施。医院原绩效考核体系以科室收入为主要指标，难以体现医疗质量和服务效率。",
                "已完成",
                "人力资源部",
                "2024年6月30日前",
                "一是对标公立医院绩效考核指标重新修订绩效考核方案；二是新方案经职工代表大会审议通过，已于6月25日在院内"
                "公布实施。",
            ),
            (
                "2.部分科室存在重复检查现象，同类影像检查短期内重复开具。",
                "阶段性完成",
                "医务部、信息科",
                "2024年9月底前",
                "已开展影像、检验重复检查专项点评2次，约谈医师3名；信息系统重复开单提醒功能正在开发测试。",
            ),
        ],
    ),
    (
        "（二）反馈问题：落实全面从严治党主体责任有差距",
        [
            (
                "3.医用耗材遴选缺少纪检监督环节，廉洁风险防控不到位。",
                "阶段性完成",
                "纪检监察室、设备科",
                "2024年8月31日",
                "已修订《医用耗材遴选管理办法》，明确纪检人员全程参与；对近两年新增耗材的回溯审查正在进行。",
            ),
            (
                "4.“三重一大”事项决策会议纪要不规范，部分纪要未载明表决情况。",
                "已完成",
                "党委办公室",
                "立行立改",
                "已规范会议纪要模板，补充完善2023年以来会议纪要表决记录17份。",
            ),
        ],
    ),
    (
        "（三）反馈问题：服务群众“最后一公里”存在堵点",
        [
            (
                "5.门诊挂号缴费排队时间长，自助服务设备配置不足。",
                "未完成",
                "门诊部、信息科",
                "2024年12月底前",
                "因设备采购资金尚未落实，该项整改尚未启动。",
            ),
            (
                "6.病房卫生间无障碍设施不完善，部分卫生间未安装安全扶手。",
                "已完成",
                "后勤保障部",
                "2024年7月15日",
                "已为住院部病房卫生间加装安全扶手86处，7月12日完成验收。",
            ),
        ],
    ),
    (
        "（四）反馈问题：干部队伍建设和医德医风建设存在短板",
        [
            (
                "7.医德医风教育形式单一，患者投诉处理不够及时。",
                "长期坚持",
                "党委办公室、医患关系办公室",
                "长期坚持",
                "建立患者投诉24小时响应机制，每季度开展一次医德医风专题教育，持续推进。",
            ),
            (
                "8.中层干部竞聘上岗制度执行不严格，个别科室负责人超期任职。",
                "阶段性完成",
                "组织人事部",
                "2024年10月31日前",
                "已完成中层干部任职情况摸排，竞聘上岗实施方案已报县卫生健康委员会审核。",
            ),
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("党委办公室")
    _title(doc, "中共范县中医院委员会关于巡察整改进展情况的通报")
    _paragraph(
        doc,
        "根据县委统一部署，2024年3月至4月，县委第二巡察组对中共范县中医院委员会进行了巡察。2024年5月20日，"
        "县委第二巡察组向中共范县中医院委员会反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _paragraph(doc, "一、组织整改落实情况", font="黑体")
    _paragraph(
        doc,
        "（一）提高政治站位，坚决扛起巡察整改政治责任。院党委把巡察整改作为一项重大政治任务来抓，主动认领问题，"
        "党委书记对巡察整改工作亲自安排、亲自部署、亲自督促。",
    )
    _paragraph(
        doc,
        "（二）细化工作方案，建立整改台账。对照巡察反馈的问题，制定巡察整改方案，列出整改措施，明确责任领导、"
        "责任部门及整改时限，对整改任务实行“挂号”管理，完成一件、“销号”一件。",
    )
    _paragraph(
        doc,
        "截至2024年7月25日，巡察反馈需向社会公开的具体问题8个，已完成整改3个（含立行立改1个），阶段性完成整改3个，"
        "未完成整改1个，需长期坚持1个。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", font="黑体")
    for heading, problems in HOSPITAL_GROUPS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, status, dept, limit, progress in problems:
            _paragraph(doc, problem)
            _paragraph(doc, f"整改状态：{status}")
            _paragraph(doc, f"责任部门：{dept}    整改时限：{limit}")
            _paragraph(doc, f"整改情况：{progress}")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "院党委将坚持目标不变、标准不降、力度不减，对已完成的整改事项适时开展“回头看”，对阶段性完成和未完成的"
        "事项紧盯不放、持续推进，确保整改落地见效。",
    )
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-5265310；"
        "邮政地址：范县中医院党委办公室。",
    )
    _paragraph(doc, "中共范县中医院委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 6. 旅游行业汛期安全大检查, after a district 文化旅游部门's 旅游行业汛期安全大检查 of its 景区、游船码头 (景区道路、
# 游览步道、水库山体和涉水项目、游船等设施设备; 查出安全隐患8条，现场整改4条，未能现场整改的责令相关企业限期整改):
# http://bbs.mzsky.com/thread-2108639-1.html
# A CSV in UTF-8 with a byte-order mark: a title line, a line with the 检查单位 and 检查日期 (the base of 立行立改),
# one header line with 整改方式 (现场整改/限期整改) beside 整改期限, and a 合计 line.
TOUR_ROWS = [
    (
        "濮阳绿色庄园旅游开发有限公司",
        "游览步道",
        "湿地木栈道部分木板腐朽松动，雨后湿滑",
        "限期整改",
        "7月20日前",
        "已更换腐朽木板46块，铺设防滑条",
    ),
    (
        "范县毛楼黄河游览有限公司",
        "游船码头",
        "游船救生衣数量不足，部分救生衣系带断裂",
        "现场整改",
        "立行立改",
        "已现场补足救生衣120件",
    ),
    (
        "范县毛楼黄河游览有限公司",
        "涉水项目",
        "汛期未制定游船停航和人员疏散应急预案",
        "限期整改",
        "7月15日前",
        "预案已编制，正在组织应急演练",
    ),
    (
        "濮阳市濮上园景区管理有限公司",
        "山体边坡",
        "假山东侧边坡雨后局部坍塌，未设置警示和隔离设施",
        "限期整改",
        "8月底前",
        "已拉设警戒线，边坡加固工程尚未开工",
    ),
    (
        "台前县将军渡景区管理处",
        "景区道路",
        "进入景区道路排水沟淤堵，雨天路面积水",
        "现场整改",
        "立行立改",
        "已现场组织清淤",
    ),
    (
        "清丰县单拐革命旧址管理处",
        "用电设施",
        "室外景观照明线路接头裸露，未做防水处理",
        "限期整改",
        "7月12日前",
        "",
    ),
    (
        "濮阳市龙乡水上乐园有限公司",
        "水上游乐设施",
        "滑道出口水池救生员配备不足，1名救生员未持证上岗",
        "现场整改",
        "立行立改",
        "已现场调配持证救生员2名",
    ),
]


def write_tour(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["旅游行业汛期安全大检查隐患整改台账", "", "", "", "", "", ""])
    w.writerow(["检查单位：濮阳市文化广电和旅游局    检查日期：2024年7月9日", "", "", "", "", "", ""])
    w.writerow(["序号", "企业名称", "检查部位", "安全隐患", "整改方式", "整改期限", "整改情况"])
    for i, row in enumerate(TOUR_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查旅游企业6家", "", "查出安全隐患7条", "现场整改3条，限期整改4条", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# =============================================================================================
# 7. 建筑工程领域“清街扫楼”, after a city 住建局's 通报 of its 清街扫楼 work with the districts' 住建局 (房屋市政工程、
# 装饰装修、拆除工程及老旧小区改造; 清单式摸排、台账式管理、销号式整改; 下发整改通知书; 扣除诚信分; one section per
# 区):
# https://www.yinchuan.gov.cn/xxgk/bmxxgkml/szjj_2202/xxgkml_2205/bmqtwj_2213/202601/t20260130_5155575.html
# An .et (an Excel 97 workbook converted by LibreOffice, the form WPS saves): title, 通报/截至 line, one header row,
# section rows per 县区, the 施工单位 beside the 整改责任单位 (the 县区住建局), a 销号情况 closure column, 说明 lines and
# a signature line.
BUILD_SECTIONS = [
    (
        "一、华龙区",
        [
            (
                "人民路片区老旧小区改造项目",
                "老旧小区改造",
                "河南宏达建设工程有限公司",
                "外墙保温施工吊篮安全锁超期未检定",
                "华龙区住房和城乡建设局",
                "2024年7月15日",
                "已更换检定合格的安全锁",
                "已销号",
            ),
            (
                "龙城国际商业综合体装饰装修工程",
                "装饰装修",
                "濮阳市恒远装饰工程有限公司",
                "施工现场临时消防水源未接通，动火作业无专人监护",
                "华龙区住房和城乡建设局",
                "2024年7月20日",
                "临时消防水源已接通，动火监护制度正在落实",
                "未销号",
            ),
            (
                "原化肥厂家属院拆除工程",
                "拆除工程",
                "濮阳市安泰拆除工程有限公司",
                "拆除作业未编制专项施工方案，作业区未设置警戒区域",
                "华龙区住房和城乡建设局",
                "2024年7月12日",
                "已责令停工，专项施工方案正在组织专家论证",
                "未销号",
            ),
            (
                "华龙区各在建工地",
                "房屋市政工程",
                "—",
                "部分在建工地扬尘防治“六个百分之百”落实不到位，裸土覆盖不及时",
                "华龙区住房和城乡建设局",
                "长期坚持",
                "纳入日常巡查，常态化督导",
                "",
            ),
        ],
    ),
    (
        "二、濮阳县",
        [
            (
                "城关镇东关安置房项目",
                "房屋市政工程",
                "濮阳县建筑安装工程有限公司",
                "外脚手架连墙件设置数量不足，部分立杆底部悬空",
                "濮阳县住房和城乡建设局",
                "2024年7月18日",
                "已整改",
                "已销号",
            ),
            (
                "开州路排水管网改造工程",
                "房屋市政工程",
                "河南中州市政工程有限公司",
                "沟槽开挖深度超过3米未按规定放坡或支护",
                "濮阳县住房和城乡建设局",
                "2024年8月10日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "三、清丰县",
        [
            (
                "清丰县文化中心装饰装修工程",
                "装饰装修",
                "河南锦程装饰工程有限公司",
                "易燃装修材料在楼层内集中堆放，未配置灭火器材",
                "清丰县住房和城乡建设局",
                "2024年7月16日",
                "",
                "已销号",
            ),
            (
                "顺河街老旧小区改造项目",
                "老旧小区改造",
                "清丰县第二建筑工程有限公司",
                "项目经理长期不在岗，关键岗位人员与投标文件不符",
                "清丰县住房和城乡建设局",
                "2024年9月30日前",
                "已扣除施工企业诚信分，正在约谈建设单位",
                "未销号",
            ),
        ],
    ),
]


def write_build_book(path: Path) -> Path:
    b = Book(path, author="建筑业管理科")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 28, 14, 26, 40, 24, 16, 30, 10])
    b.line(ws, 0, "全市建筑工程领域“清街扫楼”排查问题整改销号台账", 8, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市住房和城乡建设局    通报下发日期：2024年7月8日    统计截至：2024年7月28日", 8
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "项目类型",
            "施工单位",
            "排查发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    r, n = 3, 0
    for title, rows in BUILD_SECTIONS:
        b.merge(ws, r, 0, r, 8, title, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：1.整改完成后由县区住建局组织复查，复查合格的在“销号情况”栏填写“已销号”；", 8)
    b.line(ws, r + 1, "2.长期坚持类问题不销号，纳入日常监管。", 8)
    b.line(ws, r + 2, "填表人：孟凡超    审核人：田建军    联系电话：0393-8992176", 8)
    return b.close()


def write_build(path: Path) -> Path:
    return via_soffice(write_build_book, path, "xls", "清街扫楼排查问题整改销号台账.xlsx")


# =============================================================================================
# 8. 畜禽粪污污染防治整改督查, after a 镇农业服务中心's account of its 畜禽粪污污染防治整改督查 (对规模养殖场及专业
# 养殖户全面排查; 1家养鸡场卫生环境不达标，9家生猪养殖场存在粪污污染问题; 督促整改，7月22日再次回访督查; 已整改
# 完成8家，正在整改2家):
# http://scyanbian.gov.cn/zwgk/zzjg/xz/xjx/gzqk/1941529.shtml
# An .ods (LibreOffice conversion): title, 填报单位 and 回访日期 lines, one header row naming the 养殖场（户） as
# 整改责任主体, 7月22日回访情况 as the progress, 包村干部 beside, a 合计 row, a 填表说明 line and a signature line.
FARM_ROWS = [
    (
        "梁庄镇王堤村建军生猪养殖场",
        "生猪，存栏320头",
        "粪污直排村内排水沟，未建设防渗储粪池",
        "建设防渗储粪池和污水收集池",
        "2024年7月20日",
        "储粪池已建成并投入使用，粪污不再外排",
        "王建伟",
    ),
    (
        "梁庄镇后梁庄村瑞丰养鸡场",
        "蛋鸡，存栏1.2万只",
        "鸡粪露天堆放，场区卫生环境不达标",
        "建设堆粪棚，粪污日产日清",
        "7月15日前",
        "已建成堆粪棚，场区已清理整洁",
        "刘晓静",
    ),
    (
        "梁庄镇安头村永旺生猪养殖场",
        "生猪，存栏560头",
        "雨污未分流，雨季粪水外溢",
        "建设雨污分流管网",
        "8月底前",
        "雨污分流管网正在铺设，已完成约60%",
        "王建伟",
    ),
    (
        "梁庄镇三合村李素芹养殖户",
        "生猪，存栏85头",
        "粪污未资源化利用，无粪肥还田消纳协议",
        "签订粪肥还田消纳协议",
        "2024年7月10日",
        "已与本村种植户签订消纳协议",
        "张磊",
    ),
    (
        "梁庄镇南关村丰收生猪养殖场",
        "生猪，存栏410头",
        "病死猪无害化处理台账缺失",
        "建立无害化处理台账，病死猪交县收集点集中处理",
        "2024年7月10日",
        "未整改",
        "张磊",
    ),
    (
        "梁庄镇庞楼村兴旺养殖专业合作社",
        "肉牛，存栏150头",
        "储粪池容积不足，未加盖防雨设施",
        "扩建储粪池并加盖防雨棚",
        "9月30日前",
        "扩建工程正在施工",
        "刘晓静",
    ),
    (
        "梁庄镇碱场村张红军生猪养殖场",
        "生猪，存栏230头",
        "养殖档案记录不规范，免疫和用药记录缺失",
        "规范填写养殖档案",
        "长期坚持",
        "镇畜牧兽医站每季度督查一次，长期坚持",
        "王建伟",
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="农业服务中心")
    ws = b.sheet("回访情况")
    b.widths(ws, [6, 30, 16, 32, 28, 14, 32, 10])
    b.line(ws, 0, "梁庄镇畜禽养殖粪污污染防治整改督查回访情况表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县梁庄镇人民政府（农业服务中心）    回访日期：2024年7月22日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "养殖场（户）名称（整改责任主体）",
            "养殖品种及规模",
            "存在问题",
            "整改措施",
            "整改时限",
            "7月22日回访情况",
            "包村干部",
        ],
    )
    for i, row in enumerate(FARM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FARM_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        7,
        "排查规模养殖场及专业养殖户21家，发现问题7家；回访已整改完成3家，正在整改2家，未整改1家，需长期规范1家",
    )
    b.line(ws, end + 1, "填表说明：回访情况由包村干部会同镇畜牧兽医站现场核实后填写。", 7)
    b.line(ws, end + 2, "填表人：高宁    审核人：赵永强    填报日期：2024年7月23日", 7)
    return b.close()


def write_farm(path: Path) -> Path:
    via_soffice(write_farm_book, path, "ods", "梁庄镇畜禽粪污整改督查回访情况表.xlsx")
    return fixed_zip(path)


# =============================================================================================
# 9. 农村公路安全隐患排查, after a county 交通运输局's 农村公路安全隐患排查整治 (路面破损、路面塌陷、行道树倾倒、标志
# 标牌损坏、路面标线不全不清; 详细记录排查治理的道路名称、路段位置、隐患情况等，逐一登记造册; 及时交办处置):
# http://mjvf.cn/html/2022/chuzhou_0929/339808.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 交办处置 merged over 交办单位/交办日期/处置时限 (the 交办
# 日期 the base of 交办后N日内 and N个工作日内), rows naming 乡镇人民政府, the 农村公路管理所 and the bureau's own 养护股,
# a 注 line and a signature line.
ROAD_ROWS = [
    (
        "县道X011线（韩张—元村）",
        "K3+200—K3+450",
        "路面坑槽12处，最大坑深约8厘米",
        "路面破损",
        "南乐县农村公路管理所",
        "2024.7.2",
        "交办后10日内",
        "已修补完成",
    ),
    (
        "乡道Y023线（福堪镇段）",
        "K1+050",
        "路侧行道树倾倒压占半幅路面",
        "行道树倾倒",
        "南乐县福堪镇人民政府",
        "2024.7.3",
        "立即处置",
        "已清理",
    ),
    (
        "县道X006线临河段",
        "K7+600—K8+100",
        "临水路段波形护栏缺失约300米",
        "安防设施缺失",
        "县交通运输局养护股",
        "2024.7.5",
        "2024年9月30日前",
        "已列入2024年公路安全生命防护工程，正在招标",
    ),
    (
        "乡道Y041线（千口镇段）",
        "K0+800—K2+000",
        "路面标线磨损不清，交叉路口无减速标线",
        "标志标线",
        "南乐县千口镇人民政府",
        "2024.7.8",
        "交办后15日内",
        "",
    ),
    (
        "村道C112线（元村镇西街村）",
        "K0+300",
        "路基边坡塌陷约15米，路面纵向开裂",
        "路基塌陷",
        "南乐县元村镇人民政府",
        "2024.7.10",
        "5个工作日内",
        "未处置",
    ),
    (
        "县道X011线急弯路段",
        "K5+300",
        "急弯路段警示标志被路侧树木遮挡",
        "标志标牌",
        "南乐县农村公路管理所",
        "2024.7.12",
        "交办后7日内",
        "已修剪遮挡树枝，警示标志清晰可见",
    ),
    (
        "乡道Y017线（杨村乡段）",
        "K2+100—K3+600",
        "路面晾晒粮食、堆放秸秆，占用行车道",
        "路面占用",
        "南乐县杨村乡人民政府",
        "2024.7.15",
        "长期坚持",
        "常态化巡查劝导",
    ),
]


def write_road(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "农村公路安全隐患排查治理登记册（2024年7月）", t, 0, 9),
        (1, 0, "填报单位：南乐县交通运输局（盖章）    填报日期：2024年7月26日", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "道路名称", "路段位置（桩号）", "隐患情况", "隐患类型"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "交办处置", h, 2, 7),
        (3, 5, "交办单位", h),
        (3, 6, "交办日期", h),
        (3, 7, "处置时限", h),
        (2, 8, "处置结果", h, 3, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(ROAD_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 4, 6) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(ROAD_ROWS)
    cells += [
        (r, 0, "注：处置时限自交办之日起计算；处置结果栏填写处置完成情况或进展。", plain, r, 9),
        (r + 1, 0, "填表人：宋亚楠    审核人：李志强    联系电话：0393-6212037", plain, r + 1, 9),
    ]
    return _write_xls(path, [("登记册", cells, [6, 24, 16, 32, 12, 22, 11, 16, 30, 8])])


# =============================================================================================
# 10. 文明校园创建督导检查, after a city 教育局's 文明校园创建督导检查 (局创城办牵头，从乡镇中心校抽调专人组成3个督导
# 小组，对全市各中小学实地督导，逐项逐条现场打分; 对个别学校存在的问题要求立即整改，不能立即整改的限时整改到位):
# https://akcjnk999.com/bumen/2023-10-18/440173.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble stating the date the 整改时限 count from (立即整改, 10日内),
# one table with the 督导小组 (inspector) beside the 学校, 整改落实情况 filled by the schools, the office and date.
SCHOOL_ROWS = [
    (
        "第一督导小组",
        "濮阳市第三中学",
        "校园公益广告和文明标语陈旧褪色，部分破损",
        "立即整改",
        "已更换公益广告牌24块，整改完毕",
    ),
    (
        "第一督导小组",
        "濮阳市华龙区实验小学",
        "学生文明礼仪教育活动台账资料不完整",
        "7月31日前",
        "正在补充整理活动记录和影像资料",
    ),
    (
        "第二督导小组",
        "濮阳市第五中学",
        "校园卫生死角较多，垃圾分类投放设施缺失",
        "立即整改",
        "已清理卫生死角，配齐分类垃圾桶36组",
    ),
    (
        "第二督导小组",
        "濮阳县城关镇第一初级中学",
        "学生食堂未公示食品安全管理制度和文明就餐公约",
        "10日内",
        "",
    ),
    (
        "第三督导小组",
        "清丰县实验小学",
        "校门口周边流动摊贩聚集，上下学时段交通秩序混乱",
        "2024年8月31日前",
        "已函告县城市管理局、公安交警大队，商定开学前开展联合整治",
    ),
    (
        "第三督导小组",
        "南乐县第一高级中学",
        "心理咨询室未配备专职心理教师，值班记录缺失",
        "2024年9月30日前",
        "尚未落实",
    ),
    (
        "第三督导小组",
        "范县第一中学",
        "志愿服务活动开展不经常，未建立学生志愿者注册台账",
        "长期坚持",
        "志愿服务纳入学校常规工作，常态化开展",
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("创城办")
    _title(doc, "关于文明校园创建督导检查发现问题整改情况的反馈", 20)
    _paragraph(doc, "各县（区）教育局，市直各学校：")
    _paragraph(
        doc,
        "按照全市文明校园创建工作安排，市教育局创城办牵头，从各乡镇（街道）中心校抽调专人组成3个督导小组，"
        "于2024年7月1日至7月5日对部分中小学进行了实地督导检查，逐项逐条现场打分。对发现的问题，能立即整改的"
        "要求立即整改，不能立即整改的限时整改到位。整改时限自督导意见反馈之日（2024年7月8日）起计算。现将各校"
        "整改落实情况汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SCHOOL_ROWS, 1)]
    _table(doc, ["序号", "督导小组", "学校", "存在问题", "整改时限", "整改落实情况（学校填写）"], body)
    _paragraph(doc, "请尚未反馈和未整改到位的学校抓紧落实，并于8月5日前将整改佐证材料报市教育局创城办。", 14)
    _paragraph(doc, "濮阳市教育局文明校园创建工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "文明校园创建督导检查问题整改反馈.docx")


# =============================================================================================
# 11. 端午节食品安全专项检查, after a city 市场监督管理局's 端午节食品安全专项检查 of 商超 (果蔬、肉类以及粽子等商品的
# 定价、合格证明、进货凭证) and 养老机构食堂 (进货索票索证、台账制度、食品留样); 下达整改通知书，要求现场整改; 检查
# 商超68家，养老机构食堂26家，下达责令整改通知书13份):
# http://hzmyp.com/chanpinzhongxin/331.html
# A .zip of two 市场监管所 returns: an .xlsx (填报单位 line, one header row with 业态 and 责令改正通知书文号, the 检查对象
# (经营者) as unit, the 复查人 beside) and a .docx report (主送, preamble, one table of 养老机构, signature).
MARKET_ROWS = [
    (
        "濮阳市家和福超市有限公司开州路店",
        "商超",
        "散装粽子未标明生产日期和保质期",
        "华开市监责改〔2024〕018号",
        "2024年6月14日",
        "已整改，散装食品标签全部补齐",
        "杨帆",
    ),
    (
        "濮阳市万家乐购物广场有限公司",
        "商超",
        "冷鲜肉进货查验记录不全，缺少动物检疫合格证明",
        "华开市监责改〔2024〕019号",
        "2024年6月14日",
        "已补齐检疫证明，建立进货查验台账",
        "杨帆",
    ),
    (
        "濮阳市华龙区惠民生鲜超市",
        "商超",
        "果蔬区明码标价签与实际结算价格不符",
        "华开市监责改〔2024〕021号",
        "2024年6月10日",
        "",
        "",
    ),
    (
        "濮阳市华龙区幸福里老年公寓",
        "养老机构食堂",
        "食品留样量不足125克，留样记录不全",
        "华开市监责改〔2024〕023号",
        "6月20日前",
        "已购置留样冷藏柜，正在培训留样人员",
        "",
    ),
    (
        "濮阳市华龙区康乐园养老服务中心",
        "养老机构食堂",
        "食堂从业人员2人健康证明过期",
        "华开市监责改〔2024〕024号",
        "2024年6月14日",
        "未整改",
        "",
    ),
]
ELDER_ROWS = [
    (
        "濮阳县城关镇敬老院",
        "食品库房未做到隔墙离地，米面直接堆放地面",
        "2024年6月20日",
        "已购置货架，整改到位",
    ),
    ("濮阳县夕阳红老年公寓", "采购食品未索取供货商营业执照和购货票据", "2024年6月20日", "已建立索证索票档案"),
    ("濮阳县颐康养老院", "餐饮具消毒柜损坏，餐具未经消毒即使用", "7月10日前", "新消毒柜已订购，尚未到货"),
    (
        "濮阳县城关镇社区日间照料中心",
        "未取得食品经营许可，自行加工供餐",
        "2024年8月31日前",
        "已停止自行加工，改由中央厨房配送，许可证正在办理",
    ),
    ("濮阳县福寿康养中心", "厨房未安装防蝇防鼠设施", "7月5日前", ""),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="开州路所")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 32, 14, 36, 26, 14, 32, 10])
    b.line(ws, 0, "端午节食品安全专项检查责令整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区市场监督管理局开州路市场监管所    填报日期：2024年7月24日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查对象（经营者）",
            "业态",
            "检查发现问题",
            "责令改正通知书文号",
            "整改期限",
            "整改情况",
            "复查人",
        ],
    )
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(MARKET_ROWS), "所长：王晓燕    填表人：杨帆    联系电话：0393-8268135", 7)
    return b.close()


def write_elder_docx(path: Path) -> Path:
    doc = _new_document("城关镇所")
    _title(doc, "城关镇市场监管所关于养老机构食堂食品安全专项检查问题整改情况的报告", 18)
    _paragraph(doc, "濮阳县市场监督管理局：", 14)
    _paragraph(
        doc,
        "按照县局端午节食品安全专项检查工作安排，我所于2024年6月5日至6月7日对辖区养老机构食堂开展了专项检查，"
        "共检查养老机构食堂6家，发现问题5个，下达责令整改通知书5份。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(ELDER_ROWS, 1)]
    _table(doc, ["序号", "养老机构", "存在问题", "整改时限", "整改情况"], body)
    _paragraph(doc, "濮阳县市场监督管理局城关镇市场监管所", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_market(path: Path) -> Path:
    members = [
        ("开州路市场监管所端午节食品安全专项检查责令整改台账.xlsx", write_market_book),
        ("城关镇市场监管所养老机构食堂检查问题整改情况报告.docx", write_elder_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
FILES = [
    ("全市人社系统行风建设明察暗访问题限时整改台账.xlsx", write_hrss),
    ("7月份安全生产例行检查隐患整改清单（国资运营集团）.xlsx", write_group),
    ("火灾隐患责令限期改正及复查情况登记表（华龙区消防救援大队）.xlsx", write_fire),
    ("医疗机构传染病防控督导意见整改反馈汇总表.xlsx", write_cdc),
    ("中共范县中医院委员会关于巡察整改进展情况的通报.docx", write_hospital),
    ("旅游行业汛期安全大检查隐患整改台账.csv", write_tour),
    ("建筑工程领域清街扫楼排查问题整改销号台账.et", write_build),
    ("梁庄镇畜禽养殖粪污污染防治整改督查回访情况表.ods", write_farm),
    ("农村公路安全隐患排查治理登记册（南乐县）.xls", write_road),
    ("关于文明校园创建督导检查发现问题整改情况的反馈.wps", write_school),
    ("端午节食品安全专项检查整改情况（两所）.zip", write_market),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

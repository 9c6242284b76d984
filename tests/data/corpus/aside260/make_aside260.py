"""Write the aside260 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 环保督察 (整改任务清单、省级督察季度调度、信访举报件系统导出), 城市管理与农村人居环境 (街道创卫自查报告、
镇户厕问题摸排“回头看”报告、县“问题厕所”排查台账、城管局民主评议整改报告), 食品药品监管督查 (农贸市场对标检查、
乡镇食品安全督查考核、零售药店处方药专项检查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK (a system export), a .docx whose items are numbered paragraphs, and a .zip of
two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside260.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


# ---------------------------------------------------------------------------------------------
# 1. 中央生态环境保护督察反馈意见整改任务清单, after the account of the provinces' 督察整改方案 (实行清单制，对督察组
# 反馈意见详细梳理，确定整改任务; 细化明确责任单位、整改目标、整改措施和整改时限，实行拉条挂账、督办落实、办结销号):
# https://nongcun5.com/news/20170727/54902.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (整改责任 over 责任领导/牵头单位/配合单位, 整改落实情况 over
# 整改进展/是否销号), 牵头单位 under old and short names beside a 配合单位 column, a 备注 line and a signature line.
CENTRAL_ROWS = [
    (
        "城区部分黑臭水体治理后出现返黑返臭，马颊河城区段雨污混接问题突出",
        "消除返黑返臭现象，实现长制久清",
        "排查雨污混接点位，实施截污纳管",
        "王志刚（副市长）",
        "市住建局",
        "市生态环境局、华龙区人民政府",
        "2024年12月底前",
        "已完成2条黑臭水体截污纳管，剩余1条正在施工",
        "否",
    ),
    (
        "濮阳县产业集聚区污水集中处理设施提标改造滞后，出水总氮超标",
        "出水稳定达到一级A标准",
        "实施污水处理厂提标改造",
        "李国华（副市长）",
        "濮阳县人民政府",
        "市环保局",
        "2024年6月30日",
        "提标改造工程已通过验收，出水稳定达标",
        "是",
    ),
    (
        "规模以下畜禽养殖场粪污处理设施配套率低，粪污资源化利用不充分",
        "畜禽粪污综合利用率达到85%以上",
        "分类配套粪污处理设施，推广粪肥还田",
        "刘建民（副市长）",
        "市农委",
        "市生态环境局、各县（区）人民政府",
        "2025年底前",
        "已完成32家规模养殖场粪污处理设施配套",
        "否",
    ),
    (
        "部分乡镇违法占用耕地堆放建筑垃圾，面积约46亩",
        "清理违法堆放点，恢复耕种条件",
        "逐点清理并复垦",
        "刘建民（副市长）",
        "市国土资源局",
        "市城管局",
        "2024年9月底前",
        "未启动",
        "否",
    ),
    (
        "城区及部分县城地下水超采，自备井关停进度缓慢",
        "超采区地下水位止跌回升",
        "实施水源置换，关停城区自备井",
        "王志刚（副市长）",
        "市水务局",
        "市住建局、市自来水公司",
        "2023-2025年",
        "已关停自备井46眼，水源置换工程持续推进",
        "否",
    ),
    (
        "建筑工地扬尘管控“六个百分百”落实不到位，渣土车带泥上路",
        "扬尘污染得到有效控制",
        "落实工地扬尘在线监控，开展渣土运输专项整治",
        "王志刚（副市长）",
        "市城管局",
        "市住建局",
        "长期坚持",
        "常态化开展巡查，每周通报",
        "",
    ),
    (
        "12家涉VOCs企业治理设施不正常运行，废气无组织排放",
        "治理设施正常稳定运行",
        "逐企整改，安装在线监控",
        "李国华（副市长）",
        "市环保局",
        "市工信局",
        "2024年7月15日",
        "12家企业已全部完成整改",
        "是",
    ),
    (
        "乡镇卫生院医疗废物暂存间不规范，转运台账不全",
        "医疗废物规范收集、转运、处置",
        "规范暂存间建设，建立转运台账",
        "赵红梅（副市长）",
        "市卫计委",
        "市生态环境局",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_central(path: Path) -> Path:
    b = Book(path, author="市督察整改办")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 40, 22, 26, 16, 14, 24, 16, 30, 10])
    b.line(ws, 0, "濮阳市落实中央生态环境保护督察反馈意见整改任务清单", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    截至日期：2024年7月25日", 9)
    for c, word in enumerate(["序号", "督察反馈问题", "整改目标", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改责任", b.head)
    b.header(ws, 3, ["责任领导", "牵头单位", "配合单位"], first=4)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "是否销号"], first=8)
    for i, row in enumerate(CENTRAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CENTRAL_ROWS)
    b.line(
        ws,
        end,
        "备注：整改任务实行拉条挂账、督办落实、办结销号；“是否销号”由牵头单位申请、市督察整改办审核后填写。",
        9,
    )
    b.line(ws, end + 1, "审核人：孔德明    填表人：聂文静    联系电话：0393-4418265", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 省级生态环保督察发现问题整改季度调度表, after a province's account of its 省级生态环保督察 follow-up (对整改情况实施
# 季调度和季通报; 问题整改完成率; 加强“问题清单”管理，严格对照整改台账，确保问题整改不留死角):
# http://m.chinacrane.net/news/202008/15/171402.html
# An .xls (xlwt): title, 填报单位/截至 line, one header row with 问题编号 and 问题类型 (水、大气、土壤、生态), the towns
# as 责任单位 with a 责任人, status words of the 调度 (已完成整改 / 达到序时进度 / 进展滞后), a 合计 row, 说明 and
# signature lines.
QUARTER_ROWS = [
    (
        "SD2-PY-011",
        "水",
        "马颊河梁庄段沿岸3个村生活污水直排河道",
        "梁庄镇人民政府",
        "李建设（镇长）",
        "2024年6月底",
        "已完成整改",
        "2024年6月20日完成截污管网铺设",
    ),
    (
        "SD2-PY-014",
        "大气",
        "柳屯镇工业园区2家铸造企业熔炼工序无组织排放",
        "柳屯镇人民政府",
        "王海涛（镇长）",
        "2024年第三季度",
        "达到序时进度",
        "1家已完成集气罩改造",
    ),
    (
        "SD2-PY-017",
        "土壤",
        "文留镇废旧油泥临时堆场地面未采取防渗措施",
        "文留镇人民政府",
        "张立新（镇长）",
        "2024年8月",
        "进展滞后",
        "处置单位尚未确定",
    ),
    (
        "SD2-PY-020",
        "生态",
        "渠村乡黄河滩区存在非法采砂遗留砂坑，未进行生态修复",
        "渠村乡人民政府",
        "赵卫东（乡长）",
        "年底前",
        "达到序时进度",
        "",
    ),
    (
        "SD2-PY-023",
        "水",
        "县第二污水处理厂进水化学需氧量浓度长期偏低，管网收集效能不高",
        "濮阳县清源水务有限公司",
        "孙浩（总经理）",
        "2024年12月31日",
        "达到序时进度",
        "管网排查已完成60%",
    ),
    (
        "SD2-PY-026",
        "大气",
        "八公桥镇部分村民冬季燃用散煤取暖，清洁取暖改造不彻底",
        "八公桥镇人民政府",
        "郭振华（镇长）",
        "2024年5月31日",
        "已完成整改",
        "",
    ),
    (
        "SD2-PY-029",
        "其他",
        "子岸镇1家养殖场粪污经暗管直排坑塘",
        "子岸镇人民政府",
        "韩磊（镇长）",
        "2024年7月20日",
        "",
        "",
    ),
]


def write_quarter(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县第二轮省级生态环境保护督察发现问题整改情况调度表", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳县生态环境保护督察整改工作领导小组办公室（盖章）    截至时间：2024年7月25日",
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "问题编号",
        "问题类型",
        "问题描述",
        "责任单位",
        "责任人",
        "整改时限",
        "整改完成情况",
        "备注",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(QUARTER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        cells += [(r, col, v, ctr if col in (1, 2, 6, 7) else c) for col, v in enumerate(row, 1)]
    r = 3 + len(QUARTER_ROWS)
    total = ["合计", "", "", "共7个问题", "", "", "", "已完成整改2个，达到序时进度3个，进展滞后1个", ""]
    cells += [(r, col, v, ctr) for col, v in enumerate(total)]
    cells += [
        (
            r + 1,
            0,
            "说明：整改情况实行季调度、季通报；“整改完成情况”按已完成整改、达到序时进度、进展滞后填写。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "分管领导：杜长春    填表人：吕佳    联系电话：0393-3218740", plain, r + 2, 8),
    ]
    return _write_xls(path, [("调度表", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 生态环境保护督察信访举报件办理情况导出, after a city's account of the 督察组 移交的群众信访举报件 (按批次转交;
# 来电举报、来信举报; 问题类型为大气、噪音、土壤、生态; 按县（市、区）分布; 所有举报件均已及时转交相关县（市、区）
# 处理; 办理情况反馈督察组并向社会公开):
# https://alkalih2o.com/info/26886/9993764.htm
# A CSV in GBK as the 信访举报件办理系统 exports it: an export title and an 导出时间 line, a line saying the working-day
# 办理时限 count from the 交办日期, one header line, rows with 交办批次, 举报方式, 行政区域, 问题类型 beside 责任单位.
PETITION_ROWS = [
    (
        "PYXF2024070103",
        "第一批",
        "2024-07-01",
        "来电",
        "华龙区",
        "大气",
        "反映华龙区昆吾路与绿城路交叉口附近多家烧烤店夜间露天烧烤，油烟扰民",
        "华龙区人民政府",
        "15",
        "已办结",
        "2024-07-12",
    ),
    (
        "PYXF2024070108",
        "第一批",
        "2024-07-01",
        "来信",
        "清丰县",
        "水",
        "反映清丰县瓦屋头镇一造纸厂夜间通过暗管向沟渠偷排废水",
        "清丰县人民政府",
        "15",
        "阶段性办结",
        "",
    ),
    (
        "PYXF2024070211",
        "第二批",
        "2024-07-02",
        "来电",
        "南乐县",
        "噪声",
        "反映南乐县城区一商品混凝土搅拌站夜间生产，噪声扰民",
        "南乐县人民政府",
        "15",
        "已办结",
        "2024-07-16",
    ),
    (
        "PYXF2024070215",
        "第二批",
        "2024-07-02",
        "来电",
        "市本级",
        "大气",
        "反映市区开州路一在建楼盘工地裸土未覆盖，渣土车带泥上路",
        "濮阳市城市管理局",
        "10",
        "正在办理",
        "",
    ),
    (
        "PYXF2024070904",
        "第三批",
        "2024-07-09",
        "来电",
        "范县",
        "土壤",
        "反映范县濮城镇一废旧物资回收点露天堆放废旧铅蓄电池",
        "范县人民政府",
        "15",
        "已办结",
        "2024-07-19",
    ),
    (
        "PYXF2024070910",
        "第三批",
        "2024-07-09",
        "来信",
        "台前县",
        "生态",
        "反映台前县吴坝镇黄河滩区有人夜间非法取土",
        "台前县人民政府",
        "15",
        "",
        "",
    ),
    (
        "PYXF2024071502",
        "第四批",
        "2024-07-15",
        "来电",
        "濮阳县",
        "水",
        "反映濮阳县庆祖镇一养殖场粪污直排村西坑塘，气味刺鼻",
        "濮阳县人民政府",
        "15",
        "未办理",
        "",
    ),
    (
        "PYXF2024071506",
        "第四批",
        "2024-07-15",
        "来电",
        "市本级",
        "大气",
        "反映濮阳经济技术开发区一化工企业火炬燃烧时有异味",
        "濮阳市生态环境局",
        "10",
        "已办结",
        "2024-07-24",
    ),
]


def write_petitions(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["生态环境保护督察信访举报件办理情况导出"])
    w.writerow(["导出时间：2024-07-26 09:15:32", "导出人：市督察整改办"])
    w.writerow(["办理时限自交办日期次日起按工作日计算"])
    w.writerow(
        [
            "序号",
            "受理编号",
            "交办批次",
            "交办日期",
            "举报方式",
            "行政区域",
            "问题类型",
            "举报内容",
            "责任单位",
            "办理时限(工作日)",
            "办理状态",
            "办结日期",
        ]
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 街道创卫工作自查报告, after a 街道's account of its 创卫 self-inspection (组织城管、城建、市场监管所、文体中心等
# 对主城区创卫工作实地查看; 家属院环境脏乱差、杂物乱堆、车辆乱停; 绿化带枯枝落叶白色垃圾; 消防通道杂物、电线电缆
# 杂乱; 商家未办证、地面脏乱; 宣传栏杂乱; 市场门口货物乱堆、公厕不完善; 垃圾回收站未设盖、牛皮癣广告; 街道创卫办
# 加强督促检查):
# http://www.jianglingzx.com/jlxfc/424.html
# A .docx: title, 主送, preamble naming the inspection date the 立行立改 item counts from, the problems as numbered
# paragraphs 1．…7． (problem, the 街道's own 科室/所 in charge, time limit and progress in sentences), a closing
# paragraph, the 街道 and date at the foot. All items belong to the sending 街道.
STREET_PARAS = [
    (
        "1．油田五小区、建设路中学家属院环境脏乱差，杂物随意堆放，车辆乱停乱放，垃圾桶无盖并随意摆放。"
        "整改措施：由街道城建办牵头，会同社区集中清理，7月15日前完成。整改情况：已清理杂物12车，更换带盖垃圾桶30个，"
        "整改完成。"
    ),
    (
        "2．人民路、京开大道沿线绿化带内存在枯枝落叶、白色垃圾等。整改措施：街道环卫所落实每日巡回保洁，长期坚持。"
    ),
    (
        "3．胜利中路88号院消防通道杂物乱堆放，楼道电线电缆杂乱。整改措施：街道安监办负责，7月底前清理完毕。"
        "整改情况：消防通道杂物已清理，楼道飞线整治正在与供电部门对接。"
    ),
    (
        "4．辖区部分“五小”行业商户未办理营业所需证件，且店内地面脏乱，卫生情况差。整改措施：街道综合执法中队督促"
        "商户立行立改。整改情况：因部分商户经营者外出，目前尚未整改。"
    ),
    (
        "5．惠民二路、振兴路信息宣传栏杂乱，老旧内容未及时清理更新。整改措施：街道宣传办负责统一更换宣传内容，"
        "8月10日前完成。"
    ),
    (
        "6．人民路农贸市场内干杂店门口货物、杂物乱堆放，市场内公厕设施不完善，公厕外废旧车辆乱停放。整改措施："
        "街道城建办负责，9月底前完成市场公厕改造。整改情况：公厕改造方案已报区城管局审批，废旧车辆已清理。"
    ),
    (
        "7．人民路农贸市场垃圾回收站未设盖，垃圾清理不及时，市场墙面多处存在牛皮癣广告。整改措施：街道环卫所"
        "负责，7月20日前完成。整改情况：已加装顶盖，牛皮癣广告已全部清除，整改到位。"
    ),
]


def write_street(path: Path) -> Path:
    doc = _new_document("人民路街道创卫办")
    _title(doc, "华龙区人民路街道办事处关于创卫工作自查发现问题及整改情况的报告")
    _paragraph(doc, "区创建国家卫生城市工作指挥部办公室：")
    _paragraph(
        doc,
        "2024年7月9日，街道组织城建办、综合执法中队、市场监管所、文体中心等相关人员，对辖区主城区创卫工作进行"
        "实地督查，重点查看了居民小区、家属院、主次干道、“五小”行业及农贸市场。检查共发现问题7个，能立即整改的"
        "自检查之日起立行立改，其余问题明确责任科室和完成时限。现将问题及整改情况报告如下：",
    )
    for text in STREET_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc, "下一步，街道创卫办将进一步加强督促检查，把存在的问题再做细、做实，做好创卫“最后一公里”。"
    )
    _paragraph(doc, "华龙区人民路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 镇农村户厕问题摸排整改“回头看”情况报告, after a town's 关于开展农村户厕问题摸排整改“回头看”的情况报告 (一是提高认识，
# 高位推动; 二是加强调度，强化指导，“一周一调度一通报”，对进度落后的村约谈提醒; 三是对标整改，完成任务: 经复核发现
# 常年在外居住放弃改厕的空心户、三格式户厕问题等，与系统录入信息有出入需调整):
# https://m.wnwk.com/doc/2191849.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, three paragraphs 一是/二是/三是, then the
# attached 整改台账 as a table (村名 and 包村干部 beside the problem; the town is the 整改责任主体, as the note says),
# 整改时限 as dates, 立行立改 (from the 回头看 start date the report gives) and 长期坚持.
TOILET_TOWN_ROWS = [
    (
        "东马庄村",
        "三格式化粪池罐体渗漏",
        "9",
        "更换化粪池罐体",
        "刘春生",
        "2024年8月15日",
        "已更换6户，剩余3户正在施工",
    ),
    ("后寨村", "厕屋未安装照明、无门，群众不愿用", "5", "补装照明和厕门", "王晓燕", "立行立改", "已整改到位"),
    (
        "杜家庄村",
        "粪污满溢无人抽取，影响正常使用",
        "11",
        "组建抽粪服务队，建立管护机制",
        "马振国",
        "长期坚持",
        "已组建抽粪服务队，常态化运行",
    ),
    (
        "王什村",
        "常年在外居住放弃改厕的空心户仍录入为已改厕户",
        "14",
        "逐户核实，调整系统信息",
        "李红",
        "7月20日前",
        "系统信息已调整完毕",
    ),
    ("马庄桥村", "过粪管装反，冲水后粪液倒流", "3", "重新安装过粪管", "张伟", "7月31日前", "未整改"),
    ("孙德寨村", "新厕建成后旧厕未拆除，影响村容", "8", "动员农户拆除旧厕", "赵明亮", "9月底前", ""),
    (
        "潘村",
        "冲水器失灵、厕具损坏",
        "7",
        "更换冲水器和厕具",
        "孟凡",
        "2024年7月25日",
        "7月24日已全部更换完毕",
    ),
]


def write_toilet_town_docx(path: Path) -> Path:
    doc = _new_document("马庄桥镇乡村振兴工作站")
    _title(doc, "马庄桥镇关于开展农村户厕问题摸排整改“回头看”的情况报告", 18)
    _paragraph(doc, "县农业农村局：")
    _paragraph(
        doc,
        "根据县农业农村局、县卫健委关于开展农村户厕问题摸排整改“回头看”的通知要求，我镇自2024年7月8日起，"
        "在上一阶段摸排户厕问题的基础上，逐村逐户对全镇农村户厕进行复核。现将有关情况报告如下：",
    )
    _paragraph(
        doc,
        "一是提高认识，高位推动。成立由镇党委副书记任组长的工作专班，召开党政班子联席会议和“回头看”工作部署会议，"
        "统一思想，压实责任。",
    )
    _paragraph(
        doc,
        "二是加强调度，强化指导。对各村党支部书记和乡村振兴专干开展业务培训，严格落实“一周一调度一通报”工作机制，"
        "对进度落后的村及时约谈提醒。",
    )
    _paragraph(
        doc,
        "三是对标整改，完成任务。经复核，全镇共发现7类问题57户，已逐村建立整改台账（附后），"
        "能立即整改的自7月8日起立行立改，其余明确包村干部和整改时限。",
    )
    _paragraph(doc, "附件：马庄桥镇农村户厕问题摸排整改台账", 14, "黑体")
    body = [[str(i), *row] for i, row in enumerate(TOILET_TOWN_ROWS, 1)]
    _table(
        doc,
        ["序号", "村名", "问题表现", "问题户数", "整改措施", "包村干部", "整改时限", "整改进展"],
        body,
    )
    _paragraph(doc, "说明：整改责任主体为马庄桥镇人民政府，包村干部负责督促落实。", 12)
    _paragraph(doc, "清丰县马庄桥镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_toilet_town(path: Path) -> Path:
    return via_soffice(write_toilet_town_docx, path, "doc", "马庄桥镇户厕回头看情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 农村“问题厕所”专项整治排查整改台账, after a city 农业农村局's 农村“问题厕所”专项整治行动 (全面核查乡（镇、街道）、
# 村两级改厕台账; 入户调查使用率满意度; 重点排查问题厕所原因: 模式推进方面“改厕一条街”、远离庭院; 质量建设方面粪池
# 渗漏、地面沉降、过粪管装反、粪污未达到无害化处理; 管理服务方面坏了无处修、堵了无人通、满了无人抽、联户户厕覆盖
# 半径过大; 旧厕取缔方面旧厕未拆除):
# https://jincheng.sxgov.cn/content/2025-04/24/content_13427229.htm
# An .xlsx: title, 填报单位 line, a two-row header with 整改情况 over three tick columns (已整改/整改中/未整改), the items
# grouped under the source's four 方面 rows merged across, a 备注 column, a 合计 row counting ticks, 说明 and signature.
TICK = "√"
PROBLEM_TOILET_GROUPS = [
    (
        "一、模式推进方面",
        [
            (
                "千口镇人民政府",
                "部分村搞“改厕一条街”，厕屋集中建在村道两侧，影响村容村貌",
                12,
                "结合村庄规划逐户迁改",
                "2024年9月30日",
                "整改中",
                "",
            ),
            (
                "杨村乡人民政府",
                "户厕远离庭院，老人夜间使用不便，厕所闲置",
                6,
                "在庭院内就近新建厕屋",
                "2024年7月20日",
                "已整改",
                "",
            ),
        ],
    ),
    (
        "二、质量建设方面",
        [
            (
                "近德固乡人民政府",
                "部分户厕粪池渗漏、地面沉降，无法正常使用",
                15,
                "由施工单位返工维修",
                "2024年8月31日",
                "整改中",
                "",
            ),
            (
                "谷金楼镇人民政府",
                "粪污未经无害化处理直接排入村内坑塘",
                4,
                "封堵排口，清运粪污",
                "立行立改",
                "已整改",
                "",
            ),
        ],
    ),
    (
        "三、管理服务方面",
        [
            (
                "韩张镇人民政府",
                "未建立后续管护机制，厕所坏了无处修、管道堵了无人通",
                0,
                "建立乡村两级管护服务站",
                "长期坚持",
                "",
                "常态化推进",
            ),
            (
                "元村镇人民政府",
                "粪污满了无人抽，抽出后随意排放",
                9,
                "配备吸粪车，明确粪污去向",
                "2024年8月15日",
                "未整改",
                "",
            ),
            (
                "梁村乡人民政府",
                "联户户厕覆盖半径过大，蹲位数量不足",
                20,
                "增设蹲位，调整覆盖范围",
                "2024年年底前",
                "整改中",
                "",
            ),
        ],
    ),
    (
        "四、旧厕取缔方面",
        [
            (
                "福堪镇人民政府",
                "新厕所改造完成后原有旧厕未拆除，也未列入拆除计划",
                23,
                "逐户登记，列入拆除计划",
                "2024年10月底前",
                "",
                "",
            ),
        ],
    ),
]
TICK_COLUMNS = {"已整改": 6, "整改中": 7, "未整改": 8}


def _toilet_header(b: Book, ws) -> None:
    for c, word in enumerate(["序号", "责任单位", "问题描述", "涉及户数", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, list(TICK_COLUMNS), first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)


def write_problem_toilets(path: Path) -> Path:
    b = Book(path, author="农村社会事业股")
    ws = b.sheet("排查整改台账")
    b.widths(ws, [6, 18, 40, 10, 24, 16, 8, 8, 8, 12])
    b.line(ws, 0, "南乐县农村“问题厕所”专项整治排查整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县农业农村局（盖章）    填报日期：2024年7月26日", 9)
    _toilet_header(b, ws)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n, households = 4, 0, 0
    counts = dict.fromkeys(TICK_COLUMNS, 0)
    for title, rows in PROBLEM_TOILET_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for unit, problem, homes, measure, limit, state, note in rows:
            n += 1
            households += homes
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, problem, homes or "", measure, limit], first=1)
            for word, col in TICK_COLUMNS.items():
                b.put(ws, r, col, TICK if word == state else "", b.center)
            if state:
                counts[state] += 1
            b.put(ws, r, 9, note)
            r += 1
    b.row(ws, r, ["合计", "", f"共{n}个问题", households, "", ""], fmt=b.center)
    for word, col in TICK_COLUMNS.items():
        b.put(ws, r, col, counts[word], b.center)
    b.put(ws, r, 9, "", b.center)
    b.line(
        ws,
        r + 1,
        "说明：1.整改情况在对应栏内划“√”；2.“立行立改”事项自排查之日（2024年7月10日）起整改。",
        9,
    )
    b.line(ws, r + 2, "审核人：尚文博    填表人：葛瑶    联系电话：0393-7222615", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 农贸市场对标检查失分项整改台账, after a 市场监管所's account of its 农贸市场 对标检查 (根据市局通报的市场测评数据
# 汇总情况，对照失分项目开展对标检查; 6家农贸市场在硬件条件、食品安全、经营秩序等6大方面存在突出问题; 对照64条
# 具体测评项目全面核查; 向市场开办方及经营户提出具体整改要求; 商品准入档案、食品安全管理员、进货查验索证索票、
# 限塑令):
# https://www.shenzhenshizhi.cn/a/4769.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查单位 line, one header
# row with 市场名称 beside 市场开办方 (the company that must rectify), 测评方面, 检查日期 as date cells, 整改期限 as a
# number of working days counted from the 检查日期 (the 说明 says so) or 立即整改, 复查结果 as the progress column.
MARKET_ROWS = [
    (
        "中原路农贸市场",
        "濮阳市华兴市场管理有限公司",
        "食品安全",
        "未配置专职食品安全管理员，食品安全管理制度未上墙公示",
        "配备食品安全管理员，制度上墙",
        date(2024, 7, 8),
        "5个工作日",
        "复查合格",
    ),
    (
        "中原路农贸市场",
        "濮阳市华兴市场管理有限公司",
        "商品管理",
        "熟食区经营户未建立商品准入档案，商品未分类陈列",
        "建立商品准入档案，分类陈列",
        date(2024, 7, 8),
        "10个工作日",
        "正在整改",
    ),
    (
        "建设路农贸市场",
        "濮阳市瑞丰物业服务有限公司",
        "食品安全",
        "进货查验索证索票记录缺失，3户水产经营者无进货票据",
        "落实进货查验记录制度",
        date(2024, 7, 10),
        "5个工作日",
        "未整改",
    ),
    (
        "建设路农贸市场",
        "濮阳市瑞丰物业服务有限公司",
        "硬件条件",
        "农残快检室检测设备损坏，检测结果未对外公示",
        "维修检测设备，每日公示检测结果",
        date(2024, 7, 10),
        "15个工作日",
        "",
    ),
    (
        "胜利路农贸市场",
        "濮阳市胜达商贸有限公司",
        "经营秩序",
        "蔬菜区经营户溢摊、出摊经营，占用市场通道",
        "清理溢摊，规范摊位",
        date(2024, 7, 11),
        "立即整改",
        "复查合格",
    ),
    (
        "胜利路农贸市场",
        "濮阳市胜达商贸有限公司",
        "环境卫生",
        "限塑令落实不到位，经营户违规使用超薄塑料袋",
        "收缴超薄塑料袋，张贴限塑提示",
        date(2024, 7, 11),
        "5个工作日",
        "复查合格",
    ),
    (
        "大庆路农贸市场",
        "濮阳市大庆路农贸市场有限公司",
        "计量管理",
        "市场公平秤未按期检定，部分经营户电子秤未贴检定标识",
        "送检公平秤和经营户计量器具",
        date(2024, 7, 15),
        "5个工作日",
        "正在整改",
    ),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="中原路市场监管所")
    ws = b.sheet("失分项整改台账")
    b.widths(ws, [6, 16, 26, 10, 40, 26, 12, 12, 12])
    b.line(ws, 0, "华龙区农贸市场品质提升对标检查失分项整改台账", 8, b.title)
    b.line(ws, 1, "检查单位：濮阳市市场监督管理局华龙分局中原路市场监管所    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "市场名称",
            "市场开办方",
            "测评方面",
            "失分项目",
            "整改要求",
            "检查日期",
            "整改期限",
            "复查结果",
        ],
    )
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MARKET_ROWS)
    b.line(
        ws,
        end,
        "说明：对照64条测评项目逐项核查；整改期限自检查之日起按工作日计算，“立即整改”事项于检查当日整改。",
        8,
    )
    b.line(ws, end + 1, "所长：顾建华    填表人：彭欣    联系电话：0393-8182347", 8)
    return b.close()


def write_market(path: Path) -> Path:
    return via_soffice(write_market_book, path, "xls", "农贸市场对标检查失分项整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 乡镇（街道）食品安全工作督查考核反馈问题整改 (two returns in one zip), after a county 食药安办's 督查考核 of its
# 乡镇（街道） (抽调县市场监管局、农业农村局等单位人员; 查看档案资料、实地查看、召开汇报座谈会; 食品安全党政同责、
# 食安城市创建、食品安全“两个责任”、农产品质量安全、农村食品安全、食品药品安全协管员管理; 正视存在的问题):
# http://m.kuoxiong.cn/news/detail/249/236316.html
# A .zip holding the county 食安办's .xlsx (one header row, the 考核内容 column in the source's six terms, the towns
# as 乡镇（街道）) and one town's .docx report whose items are numbered paragraphs naming only its own 站所/办公室.
FOOD_TOWN_ROWS = [
    (
        "阳邵乡人民政府",
        "党政同责",
        "乡党委未专题研究食品安全工作，包保责任清单未随人员变动及时调整",
        "召开党委会专题研究，动态调整包保清单",
        "2024年7月31日",
        "已召开党委会专题研究，包保清单已调整完毕",
    ),
    (
        "仙庄镇人民政府",
        "两个责任",
        "包保干部督导记录不全，部分督导流于形式",
        "规范督导记录，开展督导质量抽查",
        "8月底前",
        "正在补充完善督导记录",
    ),
    (
        "韩村镇人民政府",
        "农村食品安全",
        "农村集体聚餐未落实申报备案，上半年备案率不足60%",
        "落实集体聚餐申报备案和现场指导",
        "2024年9月30日",
        "未启动",
    ),
    (
        "古城乡人民政府",
        "协管员管理",
        "食品安全协管员培训记录缺失，3个村协管员空缺",
        "补齐协管员，开展集中培训",
        "2024年7月15日",
        "已补齐协管员并完成集中培训",
    ),
    (
        "大屯乡人民政府",
        "农产品质量安全",
        "乡农产品质量安全监管站快检数量未达到每月任务要求",
        "按月开展快检，结果公示",
        "长期坚持",
        "常态化开展快检",
    ),
]
LIUTA_PARAS = [
    (
        "（一）食安城市创建宣传氛围不浓，集镇主要街道无食品安全公益广告。整改措施：乡食安办牵头，7月20日前在集镇"
        "主干道设置公益宣传牌。整改情况：已设置宣传牌6块，整改完成。"
    ),
    (
        "（二）食品安全“两个责任”包保工作台账记录不规范，督导时间、发现问题记录不全。整改措施：党政办负责，"
        "8月15日前规范包保台账。整改情况：目前正在逐户补录督导记录。"
    ),
    (
        "（三）农村集体聚餐备案登记不全，部分村协管员未到场指导。整改措施：乡食安办督促各村协管员落实聚餐备案和"
        "现场指导，整改时限2024年9月底。"
    ),
    (
        "（四）农产品质量安全网格化监管员巡查记录缺失。整改措施：乡农业服务中心负责，常态化开展网格巡查，"
        "长期坚持。"
    ),
]


def write_food_county_book(path: Path) -> Path:
    b = Book(path, author="县食安办")
    ws = b.sheet("反馈问题整改台账")
    b.widths(ws, [6, 18, 14, 40, 30, 16, 30])
    b.line(ws, 0, "清丰县2024年上半年乡镇（街道）食品安全工作督查考核反馈问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：清丰县食品药品安全委员会办公室    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "乡镇（街道）", "考核内容", "存在问题", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(FOOD_TOWN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FOOD_TOWN_ROWS)
    b.line(ws, end, "注：督查考核组由县市场监管局、县农业农村局抽调人员组成，六塔乡整改情况另行报送。", 6)
    b.line(ws, end + 1, "填表人：贾丽    联系电话：0393-7612054", 6)
    return b.close()


def write_liuta_docx(path: Path) -> Path:
    doc = _new_document("六塔乡食安办")
    _title(doc, "六塔乡关于食品安全工作督查考核反馈问题整改情况的报告", 18)
    _paragraph(doc, "县食品药品安全委员会办公室：")
    _paragraph(
        doc,
        "2024年6月，县食药安办督查考核组对我乡食品安全工作落实情况进行了督查考核，反馈问题4个。我乡高度重视，"
        "逐条明确责任站所和完成时限。现将整改情况报告如下：",
    )
    for text in LIUTA_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "清丰县六塔乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_food_zip(path: Path) -> Path:
    members = [
        ("清丰县乡镇（街道）食品安全工作督查考核反馈问题整改台账.xlsx", write_food_county_book),
        ("六塔乡食品安全工作督查考核反馈问题整改情况报告.docx", write_liuta_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 城管局民主评议意见整改落实情况报告, after a city 政协's 关于民主评议城管局工作的综合评议报告 (民主评议工作组通过情况
# 通报、座谈走访、实地视察、民主测评、意见征集对市城管局工作深入调研; 背街小巷、占道经营、油烟扰民、户外广告、
# 环卫设施、公厕; 主要工作成绩、存在问题和意见建议):
# http://zx.yizheng.gov.cn/yizhengzx/yzjy/201912/6876193ecb6f482784202098b1f58add.shtml
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table whose 责任科室（单位） column names only the bureau's
# own 科室 and 中心, deadlines as 月底前, 第三季度, 年底前, a schedule text and 长期坚持, the bureau and date at the foot.
APPRAISAL_ROWS = [
    (
        "背街小巷环境卫生保洁不到位，部分路段垃圾清运不及时",
        "推行背街小巷网格化保洁，实行保洁质量月考核",
        "市容环卫科",
        "2024年9月底前",
        "已完成42条背街小巷网格划分，保洁服务正在招标",
    ),
    (
        "早夜市周边占道经营、流动摊贩反弹",
        "设置摊贩疏导点，实行定点定时经营",
        "执法监督科",
        "7月15日前",
        "3处摊贩疏导点已设置完成并投入使用",
    ),
    ("部分餐饮商户油烟净化装置未安装或不正常使用", "开展餐饮油烟专项整治", "执法监督科", "第三季度", ""),
    (
        "数字城管案件按期结案率偏低，个别处置单位推诿扯皮",
        "修订数字化城市管理考核办法，实行月通报",
        "数字城管监督指挥中心",
        "6月底前完成方案，10月底前全部完成",
        "考核办法修订稿已完成，正在征求意见",
    ),
    (
        "少数执法队员规范执法意识不强，执法态度生硬",
        "开展执法作风整顿和全员轮训",
        "政工科",
        "长期坚持",
        "常态化开展",
    ),
    ("城区公厕数量不足，部分公厕设施老化", "新建改造城区公厕12座", "市容环卫科", "年底前", "尚未启动"),
    (
        "建筑垃圾运输车辆带泥上路、抛洒滴漏",
        "渣土车密闭化改造，严查带泥上路",
        "渣土管理办公室",
        "2024年7月20日",
        "渣土车密闭改造已全部完成并通过验收",
    ),
]


def write_appraisal_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市城市管理局关于市政协民主评议意见整改落实情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年5月至6月，市政协民主评议工作组通过情况通报、座谈走访、实地视察、民主测评和意见征集等形式，"
        "对我局工作进行了民主评议，提出了7个方面的意见建议。我局逐条梳理，明确责任科室和完成时限，"
        "现将整改落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(APPRAISAL_ROWS, 1)]
    _table(doc, ["序号", "评议意见", "整改措施", "责任科室（单位）", "完成时限", "整改进展"], body)
    _paragraph(doc, "我局将以此次民主评议为契机，持续抓好整改落实，不断提升城市精细化管理水平。")
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_appraisal(path: Path) -> Path:
    return via_soffice(write_appraisal_docx, path, "doc", "城管局民主评议整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 零售药店处方药专项检查问题整改台账, after a district 食品药监局's 零售药店处方药专项检查 (执业药师（药师）在岗履职、
# 处方药及含麻药品销售管理、购进药品索证索票、验收记录、冷藏阴凉药品储存; 下达整改通知书，责令限期整改; 对逾期
# 不改、整改不到位的依法查处; 检查药品零售企业8家次，发出责令改正通知书8份，行政处罚三家):
# http://m.news.wmxa.cn/n/201704/450792.html
# An .xlsx: title, 填报单位 line, one header row with 检查日期 (date cells) the 限期 N日内 counts from, the pharmacy
# (the company that must rectify) beside the 责令改正通知书 number, 整改结果 and 处理情况, the 检查人员 (inspectors),
# a 合计 row and a signature line.
PHARMACY_ROWS = [
    (
        date(2024, 7, 3),
        "濮阳市康济大药房有限公司",
        "执业药师不在岗，处方药由营业员直接销售",
        "华市监药责改〔2024〕21号",
        "15日内",
        "已整改，经复查合格",
        "",
        "魏东、于洋",
    ),
    (
        date(2024, 7, 3),
        "濮阳市仁和堂医药连锁有限公司人民路店",
        "含麻黄碱类复方制剂销售未登记购买人身份证信息",
        "华市监药责改〔2024〕22号",
        "7日内",
        "逾期未整改",
        "已立案调查",
        "魏东、于洋",
    ),
    (
        date(2024, 7, 5),
        "濮阳市百姓康大药房有限公司",
        "购进药品索证索票不全，2个品种无随货同行单",
        "华市监药责改〔2024〕23号",
        "10日内",
        "已补齐票据，复查合格",
        "",
        "魏东、于洋",
    ),
    (
        date(2024, 7, 10),
        "濮阳市益寿堂药品零售有限公司",
        "阴凉区温度超标，冷藏药品未按规定储存",
        "华市监药责改〔2024〕24号",
        "10日内",
        "正在维修空调设备",
        "",
        "何静、于洋",
    ),
    (
        date(2024, 7, 16),
        "濮阳市安顺医药有限公司中原路店",
        "药品验收记录填写不完整，缺少验收结论",
        "华市监药责改〔2024〕25号",
        "7日内",
        "",
        "",
        "何静、于洋",
    ),
    (
        date(2024, 7, 22),
        "濮阳市德生堂大药房有限公司",
        "处方药与非处方药未分区陈列",
        "华市监药责改〔2024〕26号",
        "立即改正",
        "已当场改正",
        "",
        "魏东、何静",
    ),
    (
        date(2024, 7, 22),
        "濮阳市华康医药零售有限公司",
        "销售处方药未留存处方，无处方销售处方药",
        "华市监药责改〔2024〕27号",
        "15日内",
        "正在整改",
        "",
        "魏东、何静",
    ),
]


def write_pharmacy(path: Path) -> Path:
    b = Book(path, author="药品医疗器械监管科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 34, 36, 24, 10, 22, 14, 14])
    b.line(ws, 0, "华龙区零售药店处方药销售专项检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局华龙分局（药品医疗器械监管科）    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "企业名称",
            "检查发现问题",
            "责令改正通知书文号",
            "限期整改",
            "整改结果",
            "处理情况",
            "检查人员",
        ],
    )
    for i, row in enumerate(PHARMACY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PHARMACY_ROWS)
    total = ["合计", "", "检查药品零售企业7家次", "", "下达责令改正通知书7份", "", "", "立案1家", ""]
    b.row(ws, end, total, fmt=b.center)
    b.line(ws, end + 1, "注：限期整改自检查之日起计算；逾期不改或整改不到位的，依法予以查处。", 8)
    b.line(ws, end + 2, "科室负责人：黎明    填表人：宋雅琪    联系电话：0393-8331426", 8)
    return b.close()


FILES = [
    ("濮阳市落实中央生态环境保护督察反馈意见整改任务清单（2024年7月）.xlsx", write_central),
    ("濮阳县省级生态环境保护督察发现问题整改情况调度表.xls", write_quarter),
    ("生态环境保护督察信访举报件办理情况导出.csv", write_petitions),
    ("人民路街道创卫工作自查发现问题及整改情况报告.docx", write_street),
    ("马庄桥镇农村户厕问题摸排整改回头看情况报告.wps", write_toilet_town),
    ("南乐县农村问题厕所专项整治排查整改台账.xlsx", write_problem_toilets),
    ("华龙区农贸市场对标检查失分项整改台账.et", write_market),
    ("清丰县乡镇食品安全工作督查考核反馈问题整改（汇总及六塔乡）.zip", write_food_zip),
    ("市城市管理局关于市政协民主评议意见整改落实情况的报告.doc", write_appraisal),
    ("华龙区零售药店处方药专项检查问题整改台账.xlsx", write_pharmacy),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside268 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 生态环境督察与污染防治、城市管理、市场监管与食品安全、文明城市创建督查问题整改 (交办信访件, 强化监督帮扶,
突出环境问题四项清单, 乡镇自查, 餐饮油烟, 广告招牌, 夏季食品安全督查, 网络订餐, 街道创文自查, 创文督查交办).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (an .xlsx converted by LibreOffice to Excel 97 and
named as WPS 表格 names it), a UTF-8 CSV, a .docx whose items are numbered paragraphs, a .doc and a .wps (LibreOffice
conversions of two .docx), and a .zip of two town returns (an .xlsx and a .docx). Contents are made up; the
statistics date is 2024-07-31.
Run from this folder: python make_aside268.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
# 1. 交办信访件办理情况台账, after a county paper's report that the central 环保督察组 转办 one 群众信访件 and the
# county's 保障环保督察工作协调联络组 交办 five more (大气污染2个、噪声污染2个、畜禽污染1个), with 驻镇督导组 sent to
# the towns to push the handling:
# https://szb.zhonghongnet.com/Html/2017-09-13/1580.html
# An .xls (xlwt): title, 填报单位/截至 line, one header row with 交办批次, 信访件编号, the 交办日期 each row's 办理时限
# (7日内 / 15日内) counts from, 污染类型, the 驻镇督导组 (not the handler) beside the 责任单位, 办理结果 and a 是否办结
# column, a 注 line and a signature line.
PETITION_ROWS = [
    (
        "第1批",
        "SDC-PY-0617-01",
        "2024.6.17",
        "柳屯镇东北庄村西一塑料颗粒加工点夜间生产，排放刺鼻气味",
        "大气",
        "柳屯镇人民政府",
        "第二驻镇督导组",
        "7日内",
        "经查属实，已责令停产，拆除熔融造粒设备，已办结",
        "是",
    ),
    (
        "第1批",
        "SDC-PY-0617-04",
        "2024.6.17",
        "文留镇某生猪养殖场猪粪污水直排村东沟渠，沟内水体发黑",
        "畜禽",
        "文留镇人民政府",
        "第三驻镇督导组",
        "15日内",
        "已清理沟渠粪污，配套储粪池正在建设",
        "否",
    ),
    (
        "第2批",
        "SDC-PY-0621-02",
        "2024.6.21",
        "县城京开大道与东环路交叉口一烧烤店油烟直排，影响楼上住户",
        "油烟",
        "濮阳县城市管理局",
        "第一驻镇督导组",
        "7日内",
        "已安装油烟净化器并验收合格",
        "是",
    ),
    (
        "第2批",
        "SDC-PY-0621-05",
        "2024.6.21",
        "户部寨镇一建材加工厂夜间切割石材噪声扰民",
        "噪声",
        "户部寨镇人民政府",
        "第二驻镇督导组",
        "7日内",
        "",
        "",
    ),
    (
        "第3批",
        "SDC-PY-0628-03",
        "2024.6.28",
        "海通乡一砖瓦窑厂原料露天堆放，刮风时扬尘严重",
        "大气",
        "海通乡人民政府",
        "第四驻镇督导组",
        "15日内",
        "经查部分属实，已覆盖料堆，喷淋设施正在安装",
        "否",
    ),
    (
        "第4批",
        "SDC-PY-0705-01",
        "2024.7.5",
        "庆祖镇一废品收购站露天焚烧废旧电线提取铜线",
        "大气",
        "庆祖镇人民政府",
        "第三驻镇督导组",
        "7日内",
        "尚未核查",
        "否",
    ),
    (
        "第5批",
        "SDC-PY-0712-02",
        "2024.7.12",
        "王称堌镇一酒厂酒糟露天堆放发酵，散发恶臭",
        "恶臭",
        "王称堌镇人民政府",
        "第四驻镇督导组",
        "15日内",
        "经查不属实，已向举报人反馈，已办结",
        "是",
    ),
    (
        "第6批",
        "SDC-PY-0719-04",
        "2024.7.19",
        "八公桥镇集镇改造工地深夜使用破碎锤施工",
        "噪声",
        "八公桥镇人民政府",
        "第一驻镇督导组",
        "7日内",
        "已约谈施工单位，夜间停止高噪声作业，持续巡查",
        "否",
    ),
]


def write_petitions(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县保障省生态环境保护督察工作交办信访件办理情况台账", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳县保障省生态环境保护督察工作协调联络组办公室    截至：2024年7月30日",
            plain,
            1,
            10,
        ),
    ]
    words = [
        "序号",
        "交办批次",
        "信访件编号",
        "交办日期",
        "举报内容",
        "污染类型",
        "责任单位",
        "驻镇督导组",
        "办理时限",
        "办理结果",
        "是否办结",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(PETITION_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 3, 5, 7, 8, 10) else c))
    r = 3 + len(PETITION_ROWS)
    cells += [
        (
            r,
            0,
            "注：办理时限自交办之日起计算；驻镇督导组负责督促指导，办理结果以责任单位报送并经联络组审核为准。",
            plain,
            r,
            10,
        ),
        (r + 1, 0, "审核人：翟红军    填表人：冯倩    联系电话：0393-3256110", plain, r + 1, 10),
    ]
    return _write_xls(path, [("交办件台账", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 强化监督帮扶发现问题整改清单, after the ministry's account of its 蓝天保卫战重点区域强化督查 (问题按类别列出: 工业粉尘
# 无组织排放问题、露天矿山未落实减尘抑尘措施问题、建筑工地扬尘管理问题、露天焚烧管控问题、恶臭/环保手续不全等其他
# 涉气环境问题; 通过清单方式责成相关市、县（区）人民政府依法调查处理，随后组织督查人员对调查处理情况进行复核):
# https://feifmx.com/domesticgd/10000159/20180701/32611848_1.html
# An .xlsx: title, 填报单位/帮扶时间 line, a two-row header (整改要求 over 责任单位/整改时限, 整改落实 over 调查处理
# 情况/复核结果), the problems grouped under 类 rows with a 小计 row after each group and a 合计 row, 立行立改 with the
# 交办 date stated in a 注 line, a signature line.
HELP_GROUPS = [
    (
        "一、工业企业无组织排放问题",
        [
            (
                "清丰县",
                "清丰县某木业有限公司",
                "砂光车间粉尘收集设施未运行，车间门窗敞开，粉尘无组织排放",
                "清丰县人民政府",
                "2024年7月15日",
                "已责令停产整改，集尘设施已修复运行",
                "复核合格",
            ),
            (
                "南乐县",
                "南乐县某铸造有限公司",
                "原料堆场未封闭，型砂、焦炭露天堆放",
                "南乐县人民政府",
                "2024年8月31日",
                "堆场封闭大棚正在建设",
                "",
            ),
            (
                "濮阳县",
                "濮阳县某化工助剂厂",
                "装卸区挥发性有机物未收集处理，厂区异味明显",
                "濮阳县人民政府",
                "2024年9月30日",
                "已立案处罚，治理方案已编制",
                "",
            ),
        ],
    ),
    (
        "二、建筑工地扬尘管理问题",
        [
            (
                "华龙区",
                "某住宅小区二期项目工地",
                "工地内裸土未覆盖，出入口车辆未冲洗带泥上路",
                "市住建局",
                "立行立改",
                "已覆盖裸土，安装车辆冲洗设施",
                "复核通过",
            ),
            (
                "华龙区",
                "某道路提升改造工程",
                "路面破碎作业未采取湿法作业，扬尘明显",
                "市城管局",
                "立行立改",
                "",
                "复核发现仍未整改",
            ),
            (
                "台前县",
                "台前县某安置房项目工地",
                "渣土运输车辆未密闭，沿途抛洒",
                "台前县人民政府",
                "2024年7月31日",
                "正在督促施工单位整改",
                "",
            ),
        ],
    ),
    (
        "三、露天焚烧及其他涉气问题",
        [
            (
                "范县",
                "范县陈庄镇部分村庄",
                "村庄周边露天焚烧生活垃圾和秸秆",
                "范县人民政府",
                "长期坚持",
                "已建立网格巡查制度，常态化管控",
                "",
            ),
            (
                "华龙区",
                "某汽车修理厂",
                "喷漆作业未在密闭喷漆房内进行，无废气处理设施",
                "华龙区人民政府",
                "2024年8月15日",
                "",
                "",
            ),
            (
                "清丰县",
                "清丰县某饲料有限公司",
                "环保手续不全，未办理排污登记",
                "市生态环境局",
                "2024年7月20日",
                "已完成排污登记",
                "",
            ),
        ],
    ),
]


def write_help(path: Path) -> Path:
    b = Book(path, author="大气办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 24, 40, 16, 14, 30, 16])
    b.line(ws, 0, "2024年夏季臭氧污染防治强化监督帮扶发现问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护委员会办公室    帮扶时间：2024年7月8日至7月12日    填报日期：2024年7月29日",
        7,
    )
    for c, word in enumerate(["序号", "县（区）", "点位名称", "问题描述"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改要求", b.head)
    b.header(ws, 3, ["责任单位", "整改时限"], first=4)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["调查处理情况", "复核结果"], first=6)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n, total = 4, 0, 0
    for title, rows in HELP_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
        b.merge(ws, r, 0, r, 2, "小计", b.center)
        b.merge(ws, r, 3, r, 7, f"{len(rows)}个", b.cell)
        total += len(rows)
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 7, f"{total}个", b.cell)
    b.line(
        ws,
        r + 1,
        "注：整改时限为“立行立改”的，自现场交办之日（2024年7月10日）起执行；复核结果由市环委办组织复核后填写。",
        7,
    )
    b.line(ws, r + 2, "审核人：袁志刚    填报人：程雪    联系电话：0393-8167325", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 突出生态环境问题整改推进台账（四项清单）, after a district's account of its 突出环境问题整改 (对标各级督察反馈意见,
# 制定整改方案，明确督办领导、责任单位、整改时限; 信访件“回头看”, 对发现的问题分别以环委会和水领办名义下发督办函;
# 建立健全区领导包保制度，明确问题、任务、标准、责任“四项清单”):
# https://xzylj.cn/a/xinwenzhongxin/xingyedongtai/655.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, named as WPS 表格 names it): title, 填报单位/更新时间 line,
# one header row with 问题来源 and the four lists (问题清单、任务清单、标准清单, then 包保区领导/责任单位/配合单位), 整改
# 时限, 进展情况 and a 是否销号 column, a 说明 line and a signature line.
DISTRICT_ROWS = [
    (
        "省督察反馈",
        "金堤河华龙段沿岸存在生活垃圾、建筑垃圾堆放点3处",
        "清运垃圾，设置视频监控",
        "岸线无垃圾堆放",
        "王伟民",
        "华龙区岳村镇人民政府",
        "华龙区水利局",
        "2024年6月30日",
        "已清运垃圾并设置监控",
        "是",
    ),
    (
        "信访件回头看",
        "某小区底商餐饮油烟扰民投诉反弹，已销号信访件重复投诉",
        "再次约谈商户，更换净化设备",
        "油烟达标排放，无重复投诉",
        "李静",
        "华龙区城市管理局",
        "华龙区中原路街道办事处",
        "2024年7月20日",
        "已再次约谈商户，更换净化设备，待复查",
        "否",
    ),
    (
        "环委会督办函",
        "濮水河沿线部分雨水排口雨天溢流，混有生活污水",
        "实施雨污分流管网改造",
        "排口晴天无排水，雨天无明显污水",
        "王伟民",
        "华龙区住房和城乡建设局",
        "市城管局",
        "2024年12月底前",
        "管网改造工程已进场施工",
        "否",
    ),
    (
        "水领办督办函",
        "马颊河支渠胜利路段发现黑臭水体",
        "清淤疏浚，截污控源",
        "消除黑臭",
        "赵国强",
        "华龙区胜利路街道办事处",
        "华龙区水利局",
        "2024年8月31日",
        "尚未启动清淤",
        "否",
    ),
    (
        "日常执法",
        "工业园区一企业危险废物贮存间标识不全、管理台账不规范",
        "规范设置标识，完善台账",
        "符合危废贮存规范",
        "李静",
        "市环境局",
        "",
        "2024年7月10日",
        "已规范设置标识并完善台账",
        "是",
    ),
    (
        "省督察反馈",
        "建成区部分道路机械化清扫率低，道路扬尘较重",
        "增加洗扫车辆作业频次",
        "主次干道机扫率达到90%以上",
        "赵国强",
        "华龙区城市管理局",
        "",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "信访件回头看",
        "某汽车4S店喷漆房夜间异味扰民",
        "核查废气处理设施运行情况",
        "废气稳定达标，无投诉",
        "李静",
        "华龙区中原路街道办事处",
        "市环境局",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_district_book(path: Path) -> Path:
    b = Book(path, author="区环委办")
    ws = b.sheet("四项清单")
    b.widths(ws, [6, 14, 36, 24, 22, 12, 24, 22, 16, 28, 10])
    b.line(ws, 0, "华龙区突出生态环境问题整改推进台账（四项清单）", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区突出环境问题整改工作领导小组办公室    更新时间：2024年7月26日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题来源",
            "问题清单",
            "任务清单",
            "标准清单",
            "包保区领导",
            "责任单位",
            "配合单位",
            "整改时限",
            "进展情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(DISTRICT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DISTRICT_ROWS)
    b.line(
        ws,
        end,
        "说明：责任清单由包保区领导、责任单位、配合单位组成；问题整改到位经区领导小组办公室核验后销号。",
        10,
    )
    b.line(ws, end + 1, "填表人：韩璐    联系电话：0393-4416782    填报日期：2024年7月26日", 10)
    return b.close()


def write_district(path: Path) -> Path:
    return via_soffice(write_district_book, path, "xls", "华龙区突出生态环境问题整改推进台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 乡镇生态环境问题自查整改台账 (two town returns in one zip), after a town's account of its own 生态环境 work (秸秆禁烧
# 划定重点管控区域、巡逻; 每月对辖区养殖场所全覆盖检查粪污收储设施; 镇村两级河长巡河、清运河道垃圾; 生活污水管网;
# 垃圾转运每日汇总情况建立台账):
# https://gyct.com.cn/info/1029/129822.htm
# A .zip holding an .xlsx from one town whose rows name only its own 站所 (ticks under 已整改/正在整改/未整改 in a
# two-row header) and a .docx table from another town whose rows name its own 办所, with a 销号时间 column.
MAZHUANG_ROWS = [
    (
        "张庄村",
        "秸秆禁烧",
        "麦收后田间地头发现焚烧麦茬痕迹2处",
        "农业服务中心",
        "6月20日前",
        "已整改",
    ),
    (
        "后刘村",
        "畜禽养殖",
        "规模养殖场粪污收储池防渗层破损，雨后粪水外溢",
        "生态环保办",
        "7月底前",
        "正在整改",
    ),
    (
        "前刘村",
        "河道管护",
        "村北排干沟岸坡堆放生活垃圾",
        "河长办",
        "6月20日前",
        "已整改",
    ),
    (
        "镇区",
        "生活污水",
        "镇区集中居住区生活污水管网未接通，污水排入路边沟",
        "规划建设办",
        "2024年9月30日",
        "未整改",
    ),
    (
        "各村",
        "垃圾转运",
        "镇垃圾中转站转运不及时，周边垃圾满溢",
        "综合行政执法大队",
        "长期坚持",
        "",
    ),
]
YUANCUN_ROWS = [
    ("西元村坑塘水体发黑发臭", "西元村", "水利站", "8月31日前", "已完成清淤，待验收", ""),
    ("养殖户粪污露天堆放，未建堆粪棚", "后孙村", "畜牧站", "7月10日前", "已清理，堆粪棚已建成", "2024.7.9"),
    ("散乱污小作坊私自熔炼废铝", "东街村", "生态环保办", "7月15日前", "已取缔并拆除设备", "2024.7.12"),
    ("镇区沿街商户露天烧烤", "镇区", "综合行政执法大队", "7月31日", "", ""),
]


def write_mazhuang_book(path: Path) -> Path:
    b = Book(path, author="马庄桥镇环保办")
    ws = b.sheet("自查台账")
    b.widths(ws, [6, 10, 12, 40, 16, 14, 8, 8, 8])
    b.line(ws, 0, "清丰县马庄桥镇2024年生态环境问题自查整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府（盖章）    填报时间：2024年7月29日", 8)
    for c, word in enumerate(["序号", "村（社区）", "问题类型", "问题描述", "责任站所", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况（打“√”）", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未整改"], first=6)
    ticks = {"已整改": 6, "正在整改": 7, "未整改": 8}
    for i, (village, kind, problem, station, limit, done) in enumerate(MAZHUANG_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [village, kind, problem, station, limit], first=1)
        for col in (6, 7, 8):
            b.put(ws, r, col, "√" if ticks.get(done) == col else "", b.center)
    end = 4 + len(MAZHUANG_ROWS)
    b.line(ws, end, "填表人：曹亚楠    审核人：郑卫东    联系电话：0393-7532018", 8)
    return b.close()


def write_yuancun_docx(path: Path) -> Path:
    doc = _new_document("元村镇生态环保办")
    _title(doc, "南乐县元村镇生态环境问题自查整改情况", 18)
    _paragraph(doc, "填报单位：南乐县元村镇人民政府    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(YUANCUN_ROWS, 1)]
    _table(doc, ["序号", "问题描述", "所在村", "责任办所", "整改时限", "整改情况", "销号时间"], body)
    _paragraph(doc, "填表人：吕晓光    联系电话：0393-6212705", 12)
    return _save_fixed(doc, path)


def write_town_zip(path: Path) -> Path:
    members = [
        ("清丰县马庄桥镇生态环境问题自查整改台账.xlsx", write_mazhuang_book),
        ("南乐县元村镇生态环境问题自查整改情况.docx", write_yuancun_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 餐饮油烟污染专项排查整治台账, after a street office's account of its 餐饮油烟污染专项排查整治行动 (重点检查餐饮商户
# 净化设备的规范安装、正常运行与定期清洗、维护台账、排烟管道密闭完好; 净化设备清洁维护不及时、局部设施故障; 当场
# 指导清洗，督促及时更换故障设施; 累计排查餐饮门店227家，清洗并整治油烟净化隐患103处):
# http://www.monocledigital.com/Street/info/25939
# A CSV in UTF-8 (with BOM): a title line, a 填报单位/排查时间 line, one header line with the 下达通知日期 each row's
# 整改期限 (N日内 / 立行立改) counts from, the shop itself as 整改责任主体, the 复查人 (the inspector), a 合计 line.
FUME_ROWS = [
    (
        "昆吾社区",
        "濮阳市华龙区蜀香阁火锅店",
        "油烟净化器未定期清洗，无清洗维护记录",
        "2024-07-02",
        "3日内",
        "已清洗并建立清洗维护台账，复查合格",
        "杜超",
    ),
    (
        "老城社区",
        "华龙区李记烧烤店",
        "露天烧烤，未使用油烟净化设施",
        "2024-07-03",
        "立行立改",
        "已将烧烤炉移入室内，安装净化器",
        "杜超",
    ),
    (
        "昆吾社区",
        "濮阳市华龙区味之源快餐店",
        "净化器风机故障，油烟未经处理直排",
        "2024-07-08",
        "7日内",
        "已更换风机，运行正常",
        "孙亚楠",
    ),
    (
        "东关社区",
        "华龙区老街坊饺子馆",
        "排烟管道接口破损，油污滴漏",
        "2024-07-10",
        "7日内",
        "正在维修管道",
        "孙亚楠",
    ),
    (
        "东关社区",
        "濮阳市华龙区渝味小面馆",
        "净化设施处理风量与灶头数量不匹配",
        "2024-07-12",
        "15日内",
        "",
        "杜超",
    ),
    (
        "南关社区",
        "华龙区好再来酒楼",
        "排烟口正对居民楼窗户，油烟扰民",
        "2024-07-15",
        "15日内",
        "商户拒不整改，已移交区城管执法大队",
        "郭鹏",
    ),
    (
        "南关社区",
        "华龙区阿强黄焖鸡米饭店",
        "未建立净化设施维护台账",
        "2024-07-18",
        "3日内",
        "未整改",
        "郭鹏",
    ),
]


def write_fumes(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区昆吾街道餐饮油烟污染专项排查整治台账"])
    w.writerow(["填报单位：华龙区昆吾街道办事处（城管办）    排查时间：2024年7月1日至7月19日"])
    w.writerow(
        [
            "序号",
            "社区",
            "整改责任主体",
            "存在问题",
            "下达通知日期",
            "整改期限",
            "整改结果",
            "复查人",
        ]
    )
    for i, row in enumerate(FUME_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本次排查餐饮门店86家，发现问题7处", "", "", "已整改3处", ""])
    w.writerow(["说明：整改期限自下达整改通知之日起计算。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 户外广告招牌专项整治台账, after a 街道综合行政执法中队's account of its 广告招牌整治行动 (划区域、分网格、定人员;
# 整治行动前摸底排查，建立整治台账，摸清每处广告所在的位置、违规情况、联系人及联系电话; 下达责令改正通知书，督促店主
# 自行整改; 逾期未自行整改的统一集中拆除; “一店一招”):
# https://zgzzs.com.cn/index.php/article/detail/id/124350.html
# An .xlsx: title, 填报单位 line, a two-row header (联系人信息 over 联系人/联系电话, 整改情况 over 通知书下达日期/限期/
# 整治结果), the county bureau's own 中队 named in every row (the bureau is the unit), deadlines as N日内 from the
# 通知书 date and one 立行立改, a 备注 line and a signature line.
SIGN_ROWS = [
    (
        "第一网格",
        "一中队",
        "建设路与顺河街交叉口",
        "某通讯器材店",
        "一店多招，门头上方另设3块灯箱广告",
        "王先生",
        "139****2716",
        date(2024, 7, 1),
        "5日内",
        "已自行拆除多余招牌",
    ),
    (
        "第二网格",
        "二中队",
        "中原路中段",
        "某商务宾馆",
        "楼顶大型广告牌锈蚀、钢架变形，存在坠落隐患",
        "刘女士",
        "137****0953",
        date(2024, 7, 2),
        "10日内",
        "逾期未整改，已组织专业队伍统一拆除",
    ),
    (
        "第一网格",
        "一中队",
        "建设路北段",
        "某大药房",
        "门头招牌破损，部分字体缺失",
        "张女士",
        "186****4470",
        date(2024, 7, 5),
        "10日内",
        "正在制作新招牌",
    ),
    (
        "第三网格",
        "三中队",
        "文化路与振兴街交叉口",
        "某家常菜馆",
        "店外摆放落地灯箱广告，占用人行道",
        "赵先生",
        "135****8821",
        date(2024, 7, 9),
        "立行立改",
        "已当场撤除",
    ),
    (
        "第二网格",
        "二中队",
        "中原路南段",
        "某教育培训学校",
        "墙体悬挂布幅广告，未经审批",
        "陈女士",
        "158****3306",
        date(2024, 7, 15),
        "5日内",
        "",
    ),
    (
        "第三网格",
        "三中队",
        "文化路东段",
        "某建材市场",
        "户外大型广告牌设置期限已过，未办理延续手续",
        "孙先生",
        "133****5127",
        date(2024, 7, 16),
        "10日内",
        "未整改",
    ),
    (
        "第一网格",
        "一中队",
        "顺河街",
        "某生活超市",
        "LED电子显示屏夜间亮度过高，影响周边居民休息",
        "李先生",
        "150****6639",
        date(2024, 7, 22),
        "5日内",
        "已调低亮度并设定22时关闭",
    ),
]


def write_signs(path: Path) -> Path:
    b = Book(path, author="清丰县城管局")
    ws = b.sheet("广告招牌整治台账")
    b.widths(ws, [6, 10, 10, 22, 18, 36, 10, 14, 14, 10, 30])
    b.line(ws, 0, "清丰县城区户外广告招牌专项整治台账", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县城市管理局    填报日期：2024年7月30日", 10)
    for c, word in enumerate(["序号", "网格", "责任中队", "设置位置", "店铺名称", "违规情况"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "联系人信息", b.head)
    b.header(ws, 3, ["联系人", "联系电话"], first=6)
    b.merge(ws, 2, 8, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["通知书下达日期", "限期", "整治结果"], first=8)
    for i, row in enumerate(SIGN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SIGN_ROWS)
    b.line(
        ws,
        end,
        "备注：限期自《责令限期改正通知书》下达之日起计算，逾期未自行整改的由中队统一组织拆除；坚持“一店一招”。",
        10,
    )
    b.line(ws, end + 1, "填表人：宋佳    审核人：常建国    联系电话：0393-7221450", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 夏季食品安全整治专项行动督查反馈问题整改情况的报告, after a county paper's report of a provincial 市场监管局 督查组
# checking its 夏季食品安全整治专项行动 (先后到电厂食堂、食品相关产品企业（塑胶包装）、超市检查，指出存在的问题，现场
# 督促整改; 压紧压实食品生产经营主体责任; 发挥乡镇食品安全“四员”队伍作用，完善长效机制):
# http://nhzmytdj.cn/2021/0721/58939.html
# A .docx: title, 主送, preamble (the 督查 date the 立行立改 item counts from), the items as numbered paragraphs
# (问题, 责任科室, 时限 and progress in sentences), a closing paragraph, the bureau and date at the foot. All items
# belong to the sending bureau; its 科 are sections.
SUMMER_PARAS = [
    (
        "1.濮阳某热电有限公司职工食堂凉菜间未设专用清洗消毒设施，紫外线灯损坏。整改措施：由餐饮服务食品安全"
        "监督管理科督促食堂增设专用设施，整改时限为7月10日前。食堂已更换紫外线灯并增设专用洗手消毒设施，整改完成。"
    ),
    (
        "2.濮阳某塑料包装有限公司（食品相关产品生产企业）出厂检验记录不全，部分批次无检验报告。整改措施：产品"
        "质量安全监督管理科督促企业补齐记录，7月31日前完成。目前企业已补齐出厂检验记录，我局正在对其近三个月"
        "生产批次开展监督抽检。"
    ),
    (
        "3.某超市华龙店冷藏展示柜温度超标，散装熟食未标注生产日期。督查组7月3日现场指出后，食品经营安全"
        "监督管理科立行立改，当日督促超市下架问题食品、调整柜温，已整改到位。"
    ),
    (
        "4.部分乡镇食品安全协管员、信息员未按要求开展日常巡查，“四员”队伍作用发挥不充分。整改措施：食品安全"
        "协调科牵头组织分级培训，明确巡查频次，年底前完成。目前尚未开展专项培训。"
    ),
    (
        "5.夏季食品小作坊监督检查覆盖不全，个别县区检查率不足60%。整改措施：食品生产安全监督管理科组织县区"
        "开展小作坊全覆盖检查，8月底前完成。"
    ),
    (
        "6.夏季冷饮、冰淇淋等季节性食品抽检批次偏少。整改措施：食品抽检科加大季节性食品抽检力度，第三季度内"
        "完成。已制定专项抽检计划，截至目前完成抽检46批次。"
    ),
    (
        "7.部分食品生产经营企业食品安全总监、食品安全员配备不到位，主体责任落实不够。整改措施：各监管科室"
        "将“两个责任”落实情况纳入日常监督检查，长期坚持，常态化督促企业落实主体责任。"
    ),
]


def write_summer(path: Path) -> Path:
    doc = _new_document("食品安全协调科")
    _title(doc, "濮阳市市场监督管理局关于夏季食品安全整治专项行动督查反馈问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月3日，省市场监管局督查组对我市夏季食品安全整治专项行动开展情况进行督查，先后到热电企业"
        "职工食堂、食品相关产品生产企业和商超进行检查，反馈了7个方面的问题。我局逐项明确责任科室和完成时限，"
        "现将整改情况报告如下：",
    )
    for text in SUMMER_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc, "下一步，我局将压紧压实食品生产经营者主体责任，完善食品安全监管长效机制，确保问题整改到位。"
    )
    _paragraph(doc, "濮阳市市场监管局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 网络订餐入网商户核查问题整改台账, after a city 市场监管局's account of the 网络外卖平台 自我核查 (线上核查入网餐饮
# 单位证照信息的合规性; 线下核查实体店的环境卫生; 核查经营范围是否符合门店资质规定范围; 对问题商户实施下线管理，按
# 县市区列出下线数; 下线未公示食品经营许可信息商户、许可证过期商户、一证多用商户; 下线商户集中整改):
# http://cnfood.com/news/show-361192.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with 县（区）, 平台 and 问题类型 beside the 责任单位
# (属地监管部门, county bureaus and a city 科 in brackets), 平台处置, 整改时限, 整改结果 and 是否恢复上线 (是/否/－), a
# 合计 row and a signature line.
ONLINE_ROWS = [
    (
        "华龙区",
        "美团",
        "华龙区麻辣烫（胜利路店）",
        "证照公示",
        "未在网店页面公示食品经营许可信息",
        "华龙区市场监督管理局",
        "下线",
        "7月15日前",
        "已上传许可证信息",
        "是",
    ),
    (
        "濮阳县",
        "饿了么",
        "濮阳县某快餐店",
        "证照过期",
        "食品经营许可证已过期仍在线经营",
        "濮阳县市场监督管理局",
        "下线",
        "7月31日前",
        "已申请许可延续，正在审核",
        "否",
    ),
    (
        "清丰县",
        "美团",
        "清丰县某炸鸡汉堡店",
        "一证多用",
        "三家网店使用同一食品经营许可证",
        "清丰县市场监督管理局",
        "下线",
        "7月20日前",
        "未整改",
        "否",
    ),
    (
        "南乐县",
        "美团",
        "南乐县某特色小吃店",
        "线下环境",
        "线下实体店后厨卫生差，防蝇防鼠设施缺失",
        "南乐县市场监督管理局",
        "限期整改",
        "2024年7月25日",
        "",
        "－",
    ),
    (
        "范县",
        "饿了么",
        "范县某烧烤店",
        "超范围经营",
        "许可项目无冷食类制售，网店销售凉拌菜",
        "范县市场监督管理局",
        "下架违规商品",
        "7月12日前",
        "已下架凉拌菜类商品",
        "是",
    ),
    (
        "台前县",
        "美团",
        "台前县某牛肉面馆",
        "证照公示",
        "网店公示地址与实际经营地址不符",
        "台前县市场监督管理局",
        "下线",
        "8月15日前",
        "已核实实际经营地址，许可变更手续正在办理",
        "否",
    ),
    (
        "华龙区",
        "饿了么",
        "华龙区某奶茶店",
        "从业人员",
        "从业人员健康证明过期",
        "华龙区市场监督管理局",
        "限期整改",
        "7月10日前",
        "已办理健康证明",
        "－",
    ),
    (
        "全市",
        "美团",
        "（平台）",
        "平台责任",
        "平台对新入网商户资质审核不严，关停门店下线不及时",
        "市市场监管局（网络交易监督管理科）",
        "约谈平台",
        "长期坚持",
        "已约谈平台，督促每月开展自查，常态化推进",
        "－",
    ),
]


def write_online(path: Path) -> Path:
    b = Book(path, author="餐饮科")
    ws = b.sheet("核查问题台账")
    b.widths(ws, [6, 8, 8, 24, 12, 36, 26, 14, 14, 32, 10])
    b.line(ws, 0, "网络订餐平台入网商户线上线下核查问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市市场监督管理局餐饮服务食品安全监督管理科    统计截至：2024年7月30日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "平台",
            "入网商户名称",
            "问题类型",
            "问题描述",
            "责任单位（属地监管部门）",
            "平台处置",
            "整改时限",
            "整改结果",
            "是否恢复上线",
        ],
    )
    for i, row in enumerate(ONLINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ONLINE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "下线商户4家，限期整改2家，下架违规商品1家，约谈平台1家", b.cell)
    b.line(ws, end + 1, "填表人：孔维娜    联系电话：0393-8911736", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 创文整改自查问题台账, after a street office's 创文整改自查 (检查组对8个社区32个点位进行拉网式检查; 重点督查社区背街
# 小巷、家属楼院的杂物垃圾堆放、占道经营、车辆乱停乱放、私拉乱扯，创文宣传氛围，地面破损、积水; 小区内机动车和非
# 机动车划线不规范、楼道内野广告清理不及时):
# https://yybnet.net/baoji/news/202102/11255745.html
# A .doc (Word 97 via LibreOffice): title, 自查时间/填报日期 line, a table with 社区 and 点位 beside an explicit 责任主体
# (居委会, 物业公司, 执法中队, city bureaus under short names), 整改时限, 整改情况 and 是否整改到位 (是/否), a closing
# note and the street office at the foot.
CIVIL_SELF_ROWS = [
    ("开州社区", "供电局家属院", "楼院内杂物、建筑垃圾堆放", "开州社区居委会", "7月20日前", "已清理", "是"),
    (
        "开州社区",
        "开州路北段背街小巷",
        "流动摊贩占道经营",
        "人民路街道综合行政执法中队",
        "长期坚持",
        "每日早晚两次巡查，常态化管控",
        "",
    ),
    (
        "建设社区",
        "锦华苑小区",
        "非机动车乱停放，停车位划线不规范",
        "濮阳市安泰物业服务有限公司",
        "7月31日前",
        "正在重新施划停车位",
        "否",
    ),
    ("建设社区", "粮食局家属院", "楼道内张贴野广告", "建设社区居委会", "7月18日前", "已清理", "是"),
    ("文化社区", "康宁小区", "楼道私拉电线飞线充电", "濮阳市安泰物业服务有限公司", "7月25日前", "", "否"),
    (
        "文化社区",
        "文化路人行道",
        "人行道地砖破损，雨后积水",
        "市城管局",
        "8月31日前",
        "已上报，待纳入市政维修计划",
        "否",
    ),
    ("振兴社区", "振兴街沿线", "创文公益广告褪色破损，宣传氛围不浓", "振兴社区居委会", "7月31日前", "", ""),
    ("振兴社区", "振兴街与文化路口", "机动车停放占用盲道", "市交警支队", "8月15日前", "已安装隔离桩", "是"),
]


def write_civil_self_docx(path: Path) -> Path:
    doc = _new_document("人民路街道创建办")
    _title(doc, "华龙区人民路街道创建全国文明城市自查问题整改台账", 18)
    _paragraph(doc, "自查时间：2024年7月15日至16日    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(CIVIL_SELF_ROWS, 1)]
    _table(
        doc,
        ["序号", "社区", "点位", "存在问题", "责任主体", "整改时限", "整改情况", "是否整改到位"],
        body,
    )
    _paragraph(doc, "本次自查共检查4个社区8个点位，对共性问题由街道统一协调解决。", 12)
    _paragraph(doc, "华龙区人民路街道办事处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_civil_self(path: Path) -> Path:
    return via_soffice(write_civil_self_docx, path, "doc", "人民路街道创文自查问题台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 创文督查发现问题交办整改反馈表, after a city's report of its “五城同创”监督问责小组 visiting a 街道 (公开调查和
# 暗访相结合; 主要问题: 绿化带垃圾未清理干净, 店铺外墙小广告“牛皮癣”未彻底清理, 美食街被摊位占据, 餐馆门前花坛积水,
# 社区后街小巷堆放垃圾杂物, 路口机动车驾驶员不主动减速礼让行人; 要求正常开展日常检查，查漏补缺):
# http://www.jydingliang.cn/jyxw/6199.html
# A .wps (Word 97 via LibreOffice, named as WPS 文字 names it): title, a 交办 line stating the 交办日期 and a
# 10-working-day default, a table with 点位 beside the 责任单位 (short names, a company, a street office written
# once in full and once short), 整改时限 (立行立改 / 10个工作日 / 8月底前 / 长期坚持) and 整改情况, the
# 监督问责组 at the foot.
CIVIL_CHECK_ROWS = [
    ("黄河路东段", "绿化带内垃圾、落叶未清理干净", "市城管局", "立行立改", "已清理，已建立每日巡查保洁机制"),
    (
        "京开道沿街商铺",
        "店铺外墙张贴小广告，“牛皮癣”未彻底清除",
        "华龙区京开道街道办事处",
        "10个工作日",
        "正在组织清理",
    ),
    ("东北庄美食街", "摊位占道经营，餐桌摆上人行道", "华龙区城市管理局", "10个工作日", "已整改，经复查合格"),
    (
        "东北庄美食街",
        "餐馆门前花坛内积水，滋生蚊蝇",
        "濮阳市鑫悦餐饮管理有限公司",
        "7月31日前",
        "",
    ),
    ("京开道社区后街", "背街小巷堆放垃圾杂物", "京开道街道", "10个工作日", "未整改"),
    (
        "京开大道与长庆路交叉口",
        "机动车驾驶员不主动减速礼让行人",
        "市公安交警支队",
        "长期坚持",
        "加强路口执勤和抓拍，长期坚持",
    ),
    (
        "京开道农贸市场",
        "活禽区与其他区域未有效隔离，地面污水横流",
        "市市场监管局",
        "8月底前",
        "已制定改造方案，隔离设施正在安装",
    ),
]


def write_civil_check_docx(path: Path) -> Path:
    doc = _new_document("创建办督查科")
    _title(doc, "濮阳市创建全国文明城市监督问责组督查发现问题交办整改反馈表", 18)
    _paragraph(
        doc,
        "督查方式：公开调查与暗访相结合    交办日期：2024年7月11日    "
        "未注明整改时限的，自交办之日起10个工作日内整改到位",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CIVIL_CHECK_ROWS, 1)]
    _table(doc, ["序号", "点位", "发现问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "要求：各责任单位正常开展日常检查，查漏补缺，整改情况于7月26日前报市创建办。", 12)
    _paragraph(doc, "市创建全国文明城市监督问责组", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_civil_check(path: Path) -> Path:
    return via_soffice(write_civil_check_docx, path, "doc", "创文督查发现问题交办整改反馈表.docx")


FILES = [
    ("濮阳县保障省生态环境保护督察工作交办信访件办理情况台账.xls", write_petitions),
    ("2024年夏季臭氧污染防治强化监督帮扶发现问题整改清单.xlsx", write_help),
    ("华龙区突出生态环境问题整改推进台账（四项清单）.et", write_district),
    ("乡镇生态环境问题自查整改台账（马庄桥镇、元村镇）.zip", write_town_zip),
    ("华龙区昆吾街道餐饮油烟污染专项排查整治台账.csv", write_fumes),
    ("清丰县城区户外广告招牌专项整治台账.xlsx", write_signs),
    ("市市场监管局关于夏季食品安全整治专项行动督查反馈问题整改情况的报告.docx", write_summer),
    ("网络订餐平台入网商户线上线下核查问题整改台账.xlsx", write_online),
    ("人民路街道创建全国文明城市自查问题整改台账.doc", write_civil_self),
    ("创建全国文明城市监督问责组督查发现问题交办整改反馈表.wps", write_civil_check),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

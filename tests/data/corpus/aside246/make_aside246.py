"""Write the aside246 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 环保督察与生态环境执法的整改 (中央/省督察交办件和反馈问题、排污许可限期整改和“一证式”监管、工业企业和
城区扬尘、秸秆禁烧火点、“双随机、一公开”执法检查), including an export of a public system's issue list.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx),
.wps (LibreOffice conversion of a .docx), a CSV in UTF-8 with BOM (a system export), a .docx whose items are
numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date
is 2024-07-31.
Run from this folder: python make_aside246.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 环保局问题交办系统的问题汇总导出, after a public repository's 问题列表视图 of an 环保局问题交办系统 (表格列: 序号、
# 问题名称、表单类型、属地、联系人/负责人、整改时限、整改状态、创建时间; 表单类型 督查在线/远程帮扶/数字化指挥中心/线索核查;
# 整改状态 整改中/处理中/整改完成/已完成/草稿/待处理; 督查在线第二步字段 整改时限、整改措施、整改状态、整改时间、整改情况、
# 下步计划; 非督查在线的整改时限 written “-”):
# https://github.com/CorazoNZzz/-/blob/4f8260dd5e4ede8eaae0c192605a078b399c2d95/src/views/IssueListView.vue
# A CSV in UTF-8 with BOM, as the system exports it: one header line, no title, no footer; 属地 the town that
# handles the item; datetimes as the system writes them.
EXPORT_HEADER = [
    "序号",
    "问题名称",
    "问题内容",
    "表单类型",
    "属地",
    "联系人/负责人",
    "整改时限",
    "整改状态",
    "整改措施",
    "整改时间",
    "整改情况",
    "下步计划",
    "创建时间",
]
EXPORT_ROWS = [
    (
        "恒润石化储罐区VOCs收集装置未运行",
        "督查在线抽查发现，濮阳县恒润石化有限公司储罐区VOCs收集装置未运行，呼吸阀废气直排",
        "督查在线",
        "濮阳县柳屯镇人民政府",
        "王海峰",
        "2024-07-20",
        "整改完成",
        "恢复收集管道，更换活性炭",
        "2024-07-18 16:20:00",
        "收集装置已恢复运行，现场复核合格",
        "纳入日常巡查",
        "2024-07-08 09:12:35",
    ),
    (
        "鑫艺家具喷漆作坊无废气处理设施",
        "马庄桥镇鑫艺家具喷漆作坊无废气处理设施，喷漆废气无组织排放",
        "督查在线",
        "清丰县马庄桥镇人民政府",
        "李卫国",
        "2024-08-10",
        "整改中",
        "责令停止喷漆工序，安装废气收集处理设施",
        "",
        "已停止喷漆作业，处理设施正在安装",
        "设施安装完成后组织现场核查",
        "2024-07-11 10:03:27",
    ),
    (
        "润泽环保科技危废暂存间标识不规范",
        "远程视频帮扶发现，南乐县润泽环保科技有限公司危废暂存间标识标签不规范，出入库台账未及时登记",
        "远程帮扶",
        "南乐县千口镇人民政府",
        "赵敏",
        "-",
        "已完成",
        "",
        "2024-07-09 15:40:00",
        "已更换标识标签，补登出入库台账",
        "",
        "2024-07-05 14:22:10",
    ),
    (
        "岳村镇污水处理站COD在线数据异常",
        "数字化指挥中心预警，岳村镇污水处理站在线监测COD小时均值连续3小时超过排放限值",
        "数字化指挥中心",
        "华龙区岳村镇人民政府",
        "孙磊",
        "-",
        "待处理",
        "",
        "",
        "",
        "",
        "2024-07-29 08:47:51",
    ),
    (
        "陈庄镇工业集聚区疑似夜间偷排线索",
        "群众反映陈庄镇工业集聚区疑似有企业夜间通过雨水管网偷排废水",
        "线索核查",
        "范县陈庄镇人民政府",
        "刘建华",
        "-",
        "处理中",
        "",
        "",
        "已组织两次夜间蹲守，雨水排口已取样送检",
        "根据检测结果依法处理",
        "2024-07-16 21:05:44",
    ),
    (
        "打渔陈镇砖厂原料堆场未覆盖",
        "台前县打渔陈镇一砖厂原料堆场未覆盖，厂区道路积尘严重",
        "督查在线",
        "台前县打渔陈镇人民政府",
        "何伟",
        "2024-08-15",
        "草稿",
        "",
        "",
        "",
        "",
        "2024-07-30 17:31:02",
    ),
    (
        "胜利路美食街餐饮油烟净化器未清洗",
        "胜利路美食街6家餐饮店油烟净化器长期未清洗，油烟扰民",
        "督查在线",
        "华龙区胜利路街道办事处",
        "张静",
        "2024-07-12",
        "已完成",
        "督促商户清洗净化器并建立清洗台账",
        "2024-07-11 11:00:00",
        "6家商户已全部清洗净化器",
        "",
        "2024-07-03 10:15:19",
    ),
    (
        "文留镇污水处理站出水总磷超标",
        "督查在线发现文留镇污水处理站出水总磷浓度超过一级A标准",
        "督查在线",
        "濮阳县文留镇人民政府",
        "杜明",
        "2024-09-30",
        "整改中",
        "增设除磷加药装置",
        "",
        "加药设备已到货，正在安装调试",
        "9月底前稳定达标",
        "2024-07-22 09:30:08",
    ),
]


def write_export(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(EXPORT_HEADER)
    for i, row in enumerate(EXPORT_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 省生态环境保护督察组转办群众信访举报件, after a city paper's account of the 省环境保护督察组 transferring letters and
# calls by batch (第一、二批; 按县区: 滨城区6件、经济技术开发区3件…; 按照污染类型分类: 大气污染8件、水污染3件、固废污染1件、
# 其他1件; 信访件已全部交办相关县区，办理情况将及时向社会公开):
# http://paper.bzrb.net/bzrb/20180824/html/index_content_006.htm
# An .xlsx: title, 填报单位 line, a line counting the batches by 污染类型 and saying the limits count from the 转办
# day, one header row, the items under two 批次 rows merged across (the 转办 date the 7日内 / 10个工作日内 limits count
# from), a 是否办结 column beside the 调查核实及处理情况, a 合计 line and a signature line.
PETITION_BATCHES = [
    (
        "第一批（2024年7月18日转办，4件）",
        "0718",
        [
            (
                "华龙区",
                "噪声",
                "华龙区胜利路一KTV夜间营业噪音扰民，影响周边居民休息",
                "华龙区人民政府",
                "7日内",
                "经查属实，已责令安装隔音设施，复测噪声达标",
                "是",
            ),
            (
                "濮阳县",
                "大气",
                "濮阳县庆祖镇一砖瓦窑厂烟囱冒黑烟",
                "濮阳县人民政府",
                "7日内",
                "经查属实，已立案查处，责令停产整治",
                "阶段性办结",
            ),
            ("清丰县", "水", "清丰县韩村镇一养殖场粪污直排村边沟渠", "清丰县人民政府", "7日内", "", ""),
            (
                "市直",
                "扬尘",
                "城区渣土车夜间抛洒滴漏，道路扬尘严重",
                "市城管局",
                "7日内",
                "已开展渣土车专项整治，查处违规车辆12台次",
                "是",
            ),
        ],
    ),
    (
        "第二批（2024年7月19日转办，4件）",
        "0719",
        [
            (
                "南乐县",
                "大气",
                "南乐县城关镇一生物质燃料加工点粉尘污染",
                "南乐县人民政府",
                "7日内",
                "经查属实，正在整改",
                "否",
            ),
            (
                "范县",
                "固废",
                "范县王楼镇黄河滩区有人倾倒建筑垃圾",
                "范县人民政府",
                "10个工作日内",
                "经查属实，尚未清理",
                "否",
            ),
            (
                "台前县",
                "噪声",
                "台前县城区商业街店铺外放音响噪声扰民",
                "台前县人民政府",
                "7日内",
                "已约谈商户并拆除外放音响，已办结",
                "是",
            ),
            (
                "开发区",
                "大气",
                "开发区化工园区夜间异味扰民",
                "濮阳经济技术开发区管理委员会",
                "长期坚持",
                "已建立园区异味联合巡查机制，长期坚持",
                "",
            ),
        ],
    ),
]


def write_petitions(path: Path) -> Path:
    b = Book(path, author="督察迎检办")
    ws = b.sheet("转办件办理情况")
    b.widths(ws, [6, 16, 9, 9, 40, 24, 13, 36, 11])
    b.line(ws, 0, "省第二生态环境保护督察组转办群众信访举报件办理情况汇总表（第一、二批）", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市迎接省生态环境保护督察工作领导小组办公室    填报日期：2024年7月29日", 8)
    b.line(
        ws,
        2,
        "7月18日、19日，省第二生态环境保护督察组向我市转办群众信访举报件2批8件，按污染类型分：大气污染3件、"
        "噪声2件、水污染1件、固废1件、扬尘1件。办理时限自转办之日起计算。",
        8,
    )
    ws.set_row(2, 32)
    b.header(
        ws,
        3,
        [
            "序号",
            "受理编号",
            "县（区）",
            "污染类型",
            "信访举报内容",
            "责任单位",
            "办理时限",
            "调查核实及处理情况",
            "是否办结",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, day, rows in PETITION_BATCHES:
        b.merge(ws, r, 0, r, 8, title, group_fmt)
        r += 1
        for k, row in enumerate(rows, 1):
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, f"HNS2-{day}-{k:03d}", b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "合计：2批8件，已办结3件，阶段性办结1件，未办结4件。", 8)
    b.line(ws, r + 1, "审核人：邵文斌    填报人：常晓燕    联系电话：0393-4418270", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 中央生态环境保护督察及“回头看”反馈问题整改和验收销号, after a provincial report on the progress of the central
# inspection's feedback (第一轮中央环保督察反馈的144个问题验收销号143个，剩余1个正在组织验收; “回头看”反馈的68个问题已完成
# 整改55个，剩余13个正在有序推进; 两批交办的信访件已全部整改销号):
# http://www.arvrreview.com/info/detail/46-32684.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (整改落实情况 over 整改进展 and 验收销号情况), 督察类别 per row,
# 责任单位 in short and former names, deadlines as 月底前 / 上半年 / dates / a schedule text / 长期坚持, a 说明 line
# and a signature line.
CENTRAL_ROWS = [
    (
        "第一轮督察",
        "城区马颊河段部分排口雨污混流，汛期污水溢流入河",
        "市住建局",
        "2023年12月底前",
        "已完成12处排口截污纳管改造",
        "已验收销号",
    ),
    (
        "第一轮督察",
        "金堤河范县段部分支流断面水质不能稳定达标",
        "范县人民政府",
        "2024年上半年",
        "基本完成",
        "正在组织验收",
    ),
    (
        "“回头看”",
        "禁养区内仍有3家规模养殖场未关闭搬迁",
        "市农委",
        "2024年9月30日",
        "已关闭2家，剩余1家正在搬迁",
        "未销号",
    ),
    (
        "“回头看”",
        "渣土运输车辆密闭化改造不到位，城区道路遗撒严重",
        "市城管执法局",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "“回头看”",
        "黄河滩区违法采砂点生态修复滞后",
        "市国土资源局",
        "2024年12月31日",
        "尚未启动",
        "未销号",
    ),
    (
        "“回头看”",
        "危险废物经营单位贮存危险废物超期",
        "市环保局",
        "2024年5月31日",
        "按计划推进",
        "已销号（2024年6月）",
    ),
    (
        "第一轮督察",
        "濮阳县生活垃圾填埋场渗滤液处理能力不足，渗滤液积存",
        "濮阳县人民政府",
        "2024年6月底前完成扩建主体工程，8月底前投入运行",
        "主体工程已完工，正在安装设备",
        "未销号",
    ),
    ("“回头看”", "农村黑臭水体排查整治任务未完成", "清丰县人民政府", "2024年10月底前", "", ""),
]


def write_central(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改销号情况")
    b.widths(ws, [6, 12, 42, 16, 24, 30, 18])
    b.line(ws, 0, "中央生态环境保护督察及“回头看”反馈问题整改进展和验收销号情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市中央生态环境保护督察整改工作领导小组办公室    截至时间：2024年7月26日", 6)
    for c, word in enumerate(["序号", "督察类别", "反馈问题", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "验收销号情况"], first=5)
    for i, row in enumerate(CENTRAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CENTRAL_ROWS)
    b.line(ws, end, "说明：本表列第一轮督察反馈问题3个、“回头看”反馈问题5个，已验收销号2个。", 6)
    b.line(ws, end + 1, "审核人：刘振华    填表人：田甜    联系电话：0393-4411062", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 排污限期整改台账, after the 生态环境部 notice on 固定污染源排污限期整改 (暂不予核发排污许可证，下达排污限期整改通知书;
# “不能达标排放”类、“手续不全”类、“其他”类(未按照规定安装、使用自动监测设备并联网，未按规定设置污染物排放口等);
# 整改期限为三个月至一年):
# http://zhengce.chinabaogao.com/nengyuan/2020/04104X3952020.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 整改类型 and the 整改通知书下达日期 the 3个月/6个月/1年 整改期限 count from, a three-point 注 and a signature.
PERMIT_ROWS = [
    (
        "濮阳县瑞丰化工有限公司",
        "化学原料和化学制品制造",
        "不能达标排放",
        "导热油炉氮氧化物排放浓度超过地方排放标准",
        date(2024, 1, 15),
        "6个月",
        "已完成低氮燃烧改造，已申领排污许可证",
    ),
    (
        "濮阳县鑫源包装制品厂",
        "塑料制品",
        "手续不全",
        "未依法办理建设项目环评审批手续",
        date(2024, 3, 11),
        "1年",
        "环评报告表正在编制",
    ),
    (
        "濮阳县金桥铸造有限公司",
        "铸造",
        "其他",
        "未按规定安装废气自动监测设备并与生态环境部门联网",
        date(2024, 4, 8),
        "3个月",
        "逾期未完成",
    ),
    (
        "濮阳县文留镇宏达砖厂",
        "砖瓦",
        "不能达标排放",
        "隧道窑颗粒物无组织排放超标",
        date(2024, 5, 6),
        "3个月",
        "",
    ),
    (
        "濮阳县昌盛木业有限公司",
        "人造板制造",
        "其他",
        "未按规定设置污染物排放口及标志牌",
        date(2024, 6, 3),
        "3个月",
        "已规范设置排放口和标志牌，整改完成",
    ),
    (
        "濮阳县绿源畜禽养殖专业合作社",
        "畜禽养殖",
        "手续不全",
        "未办理环境影响登记表备案",
        date(2024, 2, 26),
        "6个月",
        "已完成环评备案，正在办理排污登记",
    ),
    (
        "濮阳县中原化纤有限公司",
        "化学纤维制造",
        "不能达标排放",
        "外排废水总氮浓度超过流域特别排放限值",
        date(2023, 11, 20),
        "1年",
        "深度处理设施正在建设",
    ),
]


def write_permit_book(path: Path) -> Path:
    b = Book(path, author="濮阳县分局")
    ws = b.sheet("限期整改台账")
    b.widths(ws, [6, 28, 18, 13, 36, 14, 10, 32, 10])
    b.line(ws, 0, "濮阳县固定污染源排污限期整改企业整改进展台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局濮阳县分局（盖章）    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "排污单位名称",
            "行业类别",
            "整改类型",
            "存在问题",
            "整改通知书下达日期",
            "整改期限",
            "整改完成情况",
            "备注",
        ],
    )
    for i, row in enumerate(PERMIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, [*row, ""], first=1)
    end = 3 + len(PERMIT_ROWS)
    b.line(ws, end, "注：1.整改类型分“不能达标排放”“手续不全”“其他”三类；", 8)
    b.line(ws, end + 1, "2.整改期限自整改通知书下达之日起计算，整改期限为三个月至一年；", 8)
    b.line(ws, end + 2, "3.整改完成后，排污单位按规定申请核发排污许可证。", 8)
    b.line(ws, end + 3, "分局负责人：魏建国    填表人：白雪    联系电话：0393-3216605", 8)
    return b.close()


def write_permit(path: Path) -> Path:
    return via_soffice(write_permit_book, path, "xls", "排污限期整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 排污许可“一证式”管理自查问题整改清单, after a city 生态环境局's 排污许可证“一证式”监管工作方案 (全过程、全覆盖、全联动、
# 全闭环; 强化分类管理、从严划定管理类别，不得擅自降级管理; 加强排污许可与环评、监测、监控、执法的有机衔接; 实现问题反馈、
# 督促整改、跟踪落实的全闭环管理):
# http://www.zsslj.com/rgshbj/hjgl/content/6aa31485-cb1e-4b87-89d4-74aa274211c4.html
# An .xlsx from the bureau itself: title, 填报单位 line, one header row, a 监管环节 column merged down over the rows
# of each link, the bureau's own 科室 as 责任科室, a 是否闭环 column, deadlines as dates / 年底前 / 第三季度 / a
# schedule text / 长期坚持, a 说明 line and a signature line.
ONE_PERMIT_GROUPS = [
    (
        "核发规范化",
        [
            (
                "部分涉及多个行业的排污单位未从严确定管理类别，存在降级管理",
                "环评与排污许可科",
                "全面复核已发证排污单位管理类别",
                "2024年6月30日",
                "已完成复核，纠正管理类别12家",
                "是",
            ),
            (
                "排污许可证载明的许可排放量与环评批复不衔接",
                "环评与排污许可科",
                "建立环评与排污许可衔接审查机制",
                "2024年12月底前",
                "未启动",
                "否",
            ),
        ],
    ),
    (
        "执行报告",
        [
            (
                "2023年度排污许可证执行报告审核覆盖率仅为62%",
                "环评与排污许可科",
                "对全部年度执行报告开展规范性审核",
                "第三季度",
                "已审核至85%",
                "否",
            ),
        ],
    ),
    (
        "全联动",
        [
            (
                "证后检查未与“双随机”执法联动，检查结果未录入排污许可管理平台",
                "执法监督科",
                "实现执法检查结果与平台数据对接",
                "2024年7月15日",
                "已完成平台数据对接",
                "是",
            ),
            (
                "自行监测数据与在线监测数据比对机制未建立",
                "监测科",
                "建立月度比对机制",
                "2024年8月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "全覆盖",
        [
            (
                "入河排污口排查发现部分排污单位未纳入排污许可管理",
                "水生态环境科",
                "逐一核实，应发尽发、应登尽登",
                "2024年3月底前完成核实，10月底前全部纳入管理",
                "已核实完毕，正在督促申领",
                "否",
            ),
        ],
    ),
    (
        "信息公开",
        [
            (
                "排污许可证核发信息公开不及时",
                "办公室",
                "每月集中公开一次",
                "长期坚持",
                "已按月公开，长期坚持",
                "—",
            ),
        ],
    ),
]


def write_one_permit(path: Path) -> Path:
    b = Book(path, author="环评与排污许可科")
    ws = b.sheet("自查问题清单")
    b.widths(ws, [6, 12, 40, 16, 28, 22, 26, 9])
    b.line(ws, 0, "濮阳市生态环境局排污许可“一证式”管理自查发现问题整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局（环评与排污许可科）    填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "监管环节", "存在问题", "责任科室", "整改措施", "整改时限", "整改进展", "是否闭环"]
    )
    r, n = 3, 0
    for link, rows in ONE_PERMIT_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, link, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "说明：问题实行“问题反馈—督促整改—跟踪落实”闭环管理，“是否闭环”栏由责任科室填写。", 7)
    b.line(ws, r + 1, "审核人：冯卫东    填表人：许静    联系电话：0393-4412286", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 工业企业扬尘污染源排查整改台账, after a county 环保局's weekend survey of industrial dust sources (利用周末时间对城区和
# 外环路沿线可视范围的工业企业扬尘污染源(包括企业生产原料地、搅拌站、露天物料装卸地)进行了摸底调查; 下达限期整改通知书，
# 责令6月底前全部整改到位):
# http://gyqwmw.gov.cn/list_info_40_0_10598.html
# An .xls (xlwt): title, 填报单位/排查时间 line, one header row with 扬尘源类型 and the 检查日期 the 立行立改 rows count
# from, deadlines as 6月底前 / 立行立改 / X月X日前, a 复查结果 column beside 整改情况, a 注 and a signature line.
DUST_ROWS = [
    (
        "濮阳市华宇商品混凝土有限公司",
        "搅拌站",
        "2024.6.15",
        "砂石骨料露天堆放，料仓未全封闭",
        "建设封闭式料仓",
        "6月底前",
        "已建成封闭料仓",
        "复查合格",
    ),
    (
        "濮阳市通顺物流有限公司",
        "露天物料装卸",
        "2024.6.15",
        "煤炭装卸作业未采取喷淋抑尘措施",
        "装卸时同步喷淋抑尘",
        "立行立改",
        "已配备雾炮2台",
        "复查合格",
    ),
    (
        "濮阳市德隆建材有限公司",
        "原料堆场",
        "2024.6.15",
        "粉煤灰露天堆放未苫盖",
        "全部苫盖",
        "6月底前",
        "已苫盖",
        "复查发现部分苫盖破损，继续整改",
    ),
    (
        "濮阳市恒通沥青混凝土有限公司",
        "搅拌站",
        "2024.6.16",
        "厂区道路未硬化，运输车辆带泥上路",
        "硬化厂区道路，设置车辆冲洗平台",
        "7月底前",
        "道路硬化正在施工",
        "",
    ),
    (
        "濮阳市瑞祥石材加工厂",
        "原料堆场",
        "2024.6.16",
        "石材切割粉尘无收集处理设施",
        "安装湿法作业和集尘设施",
        "6月底前",
        "未整改",
        "未复查",
    ),
    (
        "濮阳市鑫达再生资源回收有限公司",
        "露天物料装卸",
        "2024.6.16",
        "废旧物资露天拆解，场地扬尘",
        "停止露天拆解作业",
        "立行立改",
        "",
        "",
    ),
    (
        "濮阳市龙源热电有限公司",
        "原料堆场",
        "2024.6.16",
        "煤场防风抑尘网破损",
        "修复防风抑尘网",
        "8月15日前",
        "已采购抑尘网，正在安装",
        "",
    ),
]


def write_dust(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "城区及外环路沿线工业企业扬尘污染源排查整改台账", t, 0, 8),
        (1, 0, "填报单位：濮阳市生态环境局华龙分局    排查时间：2024年6月15日至16日（周末）", plain, 1, 8),
    ]
    header = [
        "序号",
        "企业名称",
        "扬尘源类型",
        "检查日期",
        "存在问题",
        "整改要求",
        "整改时限",
        "整改情况",
        "复查结果",
    ]
    for col, word in enumerate(header):
        cells.append((2, col, word, h))
    for i, row in enumerate(DUST_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 6) else c))
    r = 3 + len(DUST_ROWS)
    cells += [
        (r, 0, "注：本次排查共下达限期整改通知书5份；“立行立改”事项自检查当日起整改。", plain, r, 8),
        (
            r + 1,
            0,
            "审核人：郑红军    填表人：吕萌    联系电话：0393-8181357    填报日期：2024年7月25日",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 7. 城区大气污染专项整治暗访发现问题整改情况报告, after a city's account of an 暗访 of its 大气污染专项整治 (路面两侧及人行道
# 积尘较厚，未严格落实每2小时洒水降尘并进行洗扫作业的要求; 路边垃圾、菜园、堆土未清除，主路两侧的辅路未按要求硬化，且该路段
# 尚未纳入城区道路清扫保洁范围; 企业大气污染治理设施; 小澡堂锅炉冒黑烟):
# http://nxhuan.com/tszs2083/p/988769.html
# A .docx: title, 主送, preamble with the 暗访 day the 立行立改 item counts from, the items as numbered paragraphs
# （一）…（七） with 责任单位, 整改时限 and 整改情况 in sentences, a closing paragraph, the office and date at the foot.
AMBUSH_PARAS = [
    (
        "（一）黄河路（京开大道至昆吾路段）路面两侧及人行道积尘较厚，未落实每2小时洒水降尘并洗扫作业的要求。"
        "责任单位：市城管局。整改时限：立行立改。整改情况：7月11日起增加洒水车作业频次，已整改到位。"
    ),
    (
        "（二）昆吾路至石化路段主路两侧辅路未硬化，且该路段尚未纳入城区道路清扫保洁范围。责任单位：华龙区人民政府。"
        "整改时限：2024年9月底前。整改情况：该路段已纳入清扫保洁范围，辅路硬化已完成招标，正在施工。"
    ),
    (
        "（三）中原路街道东方小区旁路边垃圾、菜园、堆土未清除。责任单位：华龙区中原路街道办事处。整改时限：7月20日前。"
        "整改情况：已清运垃圾和堆土38车，菜园已清理，整改完成。"
    ),
    (
        "（四）南郊濮阳市齐鸣铸造有限公司熔炼炉除尘设施未开启，车间烟尘外溢。责任单位：濮阳市齐鸣铸造有限公司。"
        "整改时限：7月15日前。整改情况：除尘设施已恢复运行，经监测颗粒物排放达标。"
    ),
    (
        "（五）岳村镇辖区一家浴池使用燃煤小锅炉，烟囱冒黑烟。责任单位：华龙区岳村镇人民政府。"
        "整改时限：8月底前拆除燃煤锅炉。整改情况：尚未启动。"
    ),
    (
        "（六）渣土运输车辆未密闭，沿京开大道抛洒遗撒。责任单位：市交警支队。整改时限：长期坚持。"
        "整改情况：已开展联合执法，查处渣土车交通违法行为23起，长期坚持。"
    ),
    (
        "（七）濮阳市第三中学新校区建设项目出入口车辆冲洗设施未正常使用。责任单位：市住建局。整改时限：7月底前。"
        "整改情况：待住建部门报送。"
    ),
]


def write_ambush(path: Path) -> Path:
    doc = _new_document("攻坚办")
    _title(doc, "关于城区大气污染专项整治暗访发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月10日，市政府组织市生态环境局和新闻媒体对城区大气污染专项整治情况进行暗访，共发现问题7个。"
        "我办逐一交办责任单位，明确整改时限，“立行立改”事项自暗访当日起整改。现将整改情况报告如下：",
    )
    for text in AMBUSH_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc, "下一步，我办将加大暗访督查力度，对整改不到位的问题跟踪督办，确保完成年度空气质量目标任务。"
    )
    _paragraph(doc, "濮阳市污染防治攻坚战领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 秸秆焚烧卫星遥感火点核查处置情况表, after a city paper's report on fire points the ministry's satellite found
# (国庆节期间共产生45个火点，其中大名县20个…; 对通报一个火点的乡镇处以一万元的经济处罚; 两个火点的乡镇全市通报批评，并处以
# 两万元的经济处罚; 三个火点的乡镇处以三万元的经济处罚，并对乡镇的主要领导进行行政问责; 约谈县委、县政府领导):
# http://hdzc.net/html/news/handan/handannews/2014_10/15/218116248.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble with the 通报 day the 5个工作日内 limits count
# from, a table with 火点位置, 监测时间, 火点数, 核查情况 and 处理意见 beside an explicit 责任单位, a 注 and the office
# and date at the foot.
FIRE_ROWS = [
    (
        "濮阳县",
        "习城乡后辛庄村麦田",
        "6月5日",
        "1",
        "麦茬焚烧，过火面积约12亩",
        "对乡处以1万元经济处罚，乡政府作出书面检查",
        "濮阳县习城乡人民政府",
        "5个工作日内",
        "罚款已缴纳，书面检查已报送",
    ),
    (
        "濮阳县",
        "海通乡王屯村、张堤村",
        "6月6日",
        "2",
        "小麦收割后麦茬焚烧，两处过火面积共约20亩",
        "全市通报批评，处以2万元经济处罚",
        "濮阳县海通乡人民政府",
        "5个工作日内",
        "正在落实",
    ),
    (
        "清丰县",
        "六塔乡东赵村",
        "6月7日",
        "1",
        "田间秸秆堆被点燃",
        "处以1万元经济处罚",
        "清丰县六塔乡人民政府",
        "5个工作日内",
        "",
    ),
    (
        "南乐县",
        "元村镇西吉七村等3处",
        "6月8日",
        "3",
        "连片焚烧，过火面积约60亩",
        "处以3万元经济处罚，对镇主要领导行政问责",
        "南乐县元村镇人民政府",
        "6月底前",
        "罚款已缴纳，问责程序正在履行",
    ),
    (
        "范县",
        "陈庄镇陈庄村",
        "6月9日",
        "1",
        "经核查为生活垃圾焚烧",
        "责令清理焚烧残留物",
        "范县陈庄镇人民政府",
        "5个工作日内",
        "已清理完毕",
    ),
    (
        "台前县",
        "打渔陈镇林坝村",
        "6月10日",
        "1",
        "麦茬焚烧，火点紧邻金堤河大堤",
        "处以1万元经济处罚",
        "台前县打渔陈镇人民政府",
        "5个工作日内",
        "未整改",
    ),
    (
        "华龙区",
        "孟轲乡前孟轲村",
        "6月11日",
        "1",
        "田边杂草焚烧",
        "落实24小时驻守巡查",
        "华龙区孟轲乡人民政府",
        "长期坚持",
        "已落实网格化驻守巡查，长期坚持",
    ),
]


def write_fire_docx(path: Path) -> Path:
    doc = _new_document("禁烧办")
    _title(doc, "2024年夏季秸秆焚烧卫星遥感监测火点核查处置情况表", 18)
    _paragraph(
        doc,
        "6月12日，省生态环境厅通报了6月1日至11日卫星遥感监测秸秆焚烧火点情况，我市共监测到火点10个，涉及6个县（区）"
        "7个乡镇。根据市秸秆禁烧工作实施方案和禁烧责任书，现将核查处置情况汇总如下（整改时限自6月12日通报之日起计算）：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(FIRE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "县（区）",
            "火点位置",
            "监测时间",
            "火点数（个）",
            "核查情况",
            "处理意见",
            "责任单位",
            "整改时限",
            "整改落实情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "注：分包督导组对火点较多的县（区）跟踪督导，再被卫星遥感监测通报的加重处罚。", 12)
    _paragraph(doc, "濮阳市秸秆禁烧工作指挥部办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_docx, path, "doc", "秸秆焚烧火点核查处置情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 卫星遥感监测秸秆焚烧火点整改情况统计表, after a city 环境保护委员会办公室's 通报 of the ministry's fire points for
# 1-4月 (遥感监测到秸秆焚烧火点13个，涉及6个县市区、10个镇(街道)，其中寿光市焚烧火点6个…; 13个火点中有3处属于禁烧区;
# 对发现的秸秆焚烧火点定期在全市范围内通报并曝光):
# http://weifang.dzwww.com/wfxwn/201705/t20170524_15938156.htm
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位/统计时段 line, a two-row header (是否整改到位 over 是
# and 否, ticks √), a 是否位于禁烧区 column, the towns under 县（区）小计 rows, a 合计 row, a 备注 column that carries
# the progress when neither box is ticked, a 注 and a signature line.
STRAW_COUNTIES = [
    (
        "清丰县",
        [
            (
                "韩村镇人民政府",
                2,
                "是",
                "京港澳高速沿线禁烧区内焚烧麦茬",
                "对当事人依法处罚，清理过火黑斑",
                "2024年6月20日",
                "√",
                "",
                "",
            ),
            (
                "马庄桥镇人民政府",
                1,
                "否",
                "田间地头堆放的秸秆被点燃",
                "清运田间地头堆放秸秆",
                "2024年6月25日",
                "",
                "√",
                "",
            ),
        ],
    ),
    (
        "南乐县",
        [
            ("千口镇人民政府", 1, "否", "沟渠内杂草秸秆焚烧", "清理沟渠杂草", "6月底前", "√", "", ""),
            (
                "近德固乡人民政府",
                1,
                "是",
                "大广高速沿线禁烧区内焚烧秸秆",
                "清理黑斑，加密巡查",
                "2024年7月5日",
                "",
                "",
                "正在清理过火黑斑",
            ),
        ],
    ),
    (
        "范县",
        [
            ("王楼镇人民政府", 1, "否", "黄河滩区焚烧玉米秸秆", "清理过火区域", "2024年6月20日", "√", "", ""),
            (
                "杨集乡人民政府",
                1,
                "否",
                "农户焚烧树叶引燃地头秸秆",
                "约谈村干部，加强禁烧宣传",
                "7月10日前",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳县",
        [
            (
                "庆祖镇人民政府",
                1,
                "是",
                "国道106沿线禁烧区内焚烧麦茬",
                "依法处罚当事人",
                "2024年6月25日",
                "√",
                "",
                "",
            ),
        ],
    ),
    (
        "台前县",
        [
            (
                "夹河乡人民政府",
                1,
                "否",
                "秸秆无处堆放导致农户焚烧",
                "建设秸秆离田收储点",
                "2024年6-9月",
                "",
                "",
                "收储点选址已完成",
            ),
        ],
    ),
]


def write_straw_book(path: Path) -> Path:
    b = Book(path, author="市环委办")
    ws = b.sheet("火点整改情况")
    b.widths(ws, [6, 10, 18, 9, 10, 30, 26, 15, 6, 6, 18])
    b.line(ws, 0, "关于1-6月份卫星遥感监测秸秆焚烧火点整改情况统计表", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护委员会办公室    统计时段：2024年1月1日至6月30日    填报日期：2024年7月25日",
        10,
    )
    words = [
        "序号",
        "县（区）",
        "乡镇（街道）",
        "火点数（个）",
        "是否位于禁烧区",
        "存在问题",
        "整改措施",
        "整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=8)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    sub = b.book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter"})
    r, n, total = 4, 0, 0
    for county, rows in STRAW_COUNTIES:
        count = sum(row[1] for row in rows)
        total += count
        b.put(ws, r, 0, "", sub)
        b.merge(ws, r, 1, r, 2, f"{county}小计", sub)
        b.put(ws, r, 3, count, sub)
        for c in range(4, 11):
            b.put(ws, r, c, "", sub)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 1, county, b.center)
            b.row(ws, r, list(row[:5]), first=2)
            b.put(ws, r, 7, row[5], b.center)
            b.put(ws, r, 8, row[6], b.center)
            b.put(ws, r, 9, row[7], b.center)
            b.put(ws, r, 10, row[8])
            r += 1
    b.put(ws, r, 0, "", sub)
    b.merge(ws, r, 1, r, 2, "合计", sub)
    b.put(ws, r, 3, total, sub)
    for c in range(4, 11):
        b.put(ws, r, c, "", sub)
    b.line(ws, r + 1, "注：“是否整改到位”栏在对应栏内打“√”；备注栏填写未整改到位的原因或进展。", 10)
    b.line(ws, r + 2, "审核人：郝振宇    填表人：孔令菲    联系电话：0393-8998621", 10)
    return b.close()


def write_straw(path: Path) -> Path:
    return fixed_zip(via_soffice(write_straw_book, path, "ods", "秸秆焚烧火点整改统计.xlsx"))


# ---------------------------------------------------------------------------------------------
# 10. “双随机、一公开”执法检查问题整改情况 (two returns in one zip), after a 生态环境分局's account of its “双随机、一公开”
# 执法检查 (通过查阅环评文件、排污许可证和现场检查等方式，重点对企业的环评手续办理、排污许可核发、污染物排放、突发环境应急
# 预案等情况进行检查; 针对18家风险较高企业里面抽取5家企业，及本部门146家企业里面抽取40家企业; 将检查结果及时在国家企业
# 信用信息公示系统公示):
# http://sjsq.baitongwang.com/guchengjiedao/2023/0626/24592.html
# A .zip holding an .xlsx from one district's 分局 (抽查类别, 检查时间 the 10个工作日内 and 立行立改 limits count
# from, 检查内容, 结果公示) and a .docx table from a county's 分局 (整改结果 and 公示情况 columns).
HUALONG_CHECK_ROWS = [
    (
        "重点监管对象",
        "濮阳市华龙区宏兴汽车修理厂",
        date(2024, 5, 14),
        "危险废物管理",
        "废机油桶未按规定贮存于危废暂存间",
        "规范贮存，完善危废台账",
        "10个工作日内",
        "已整改",
        "已公示",
    ),
    (
        "一般监管对象",
        "濮阳市绿洲印务有限公司",
        date(2024, 6, 4),
        "排污许可执行",
        "未按排污许可证要求开展废气自行监测",
        "委托有资质单位开展监测",
        "2024年7月31日",
        "已委托第三方监测，报告待出具",
        "已公示",
    ),
    (
        "重点监管对象",
        "濮阳市华龙区仁和医院",
        date(2024, 6, 18),
        "环境应急管理",
        "突发环境事件应急预案未备案",
        "修订应急预案并备案",
        "2024年8月31日",
        "",
        "已公示",
    ),
    (
        "一般监管对象",
        "濮阳市新世纪洗涤有限公司",
        date(2024, 6, 25),
        "环评手续",
        "扩建洗涤生产线未重新报批环评文件",
        "补办环评手续",
        "2024年12月31日",
        "未启动",
        "已公示",
    ),
    (
        "一般监管对象",
        "濮阳市恒达彩印厂",
        date(2024, 7, 2),
        "污染物排放",
        "VOCs治理设施活性炭未按期更换",
        "立即更换活性炭",
        "立行立改",
        "当日已更换活性炭",
        "已公示",
    ),
]
QINGFENG_CHECK_ROWS = [
    (
        "清丰县宏源家具有限公司",
        "喷漆房废气收集效率低，车间门窗敞开作业",
        "2024年7月15日",
        "已整改到位",
        "已公示",
    ),
    ("清丰县金诺食品有限公司", "污水处理站运行台账缺失", "2024年8月10日", "正在补建运行台账", "已公示"),
    ("清丰县鑫磊建材厂", "砂石料场未全封闭，无组织扬尘明显", "2024年9月30日", "未整改", "已公示"),
    ("清丰县阳光养殖专业合作社", "粪污贮存池防渗不到位", "2024年7月31日", "", "未公示"),
]


def write_hualong_book(path: Path) -> Path:
    b = Book(path, author="华龙分局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 13, 28, 12, 14, 34, 24, 14, 26, 10])
    b.line(ws, 0, "华龙区2024年上半年生态环境“双随机、一公开”执法检查发现问题整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局华龙分局    填报日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "抽查类别",
            "被检查单位",
            "检查时间",
            "检查内容",
            "发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
            "结果公示",
        ],
    )
    for i, row in enumerate(HUALONG_CHECK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HUALONG_CHECK_ROWS)
    b.line(ws, end, "注：整改期限自检查之日起计算；检查结果已在国家企业信用信息公示系统公示。", 9)
    b.line(ws, end + 1, "填表人：范晓东    联系电话：0393-8326917", 9)
    return b.close()


def write_qingfeng_docx(path: Path) -> Path:
    doc = _new_document("清丰分局")
    _title(doc, "清丰县2024年上半年“双随机、一公开”执法检查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市生态环境局清丰分局    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(QINGFENG_CHECK_ROWS, 1)]
    _table(doc, ["序号", "被检查单位", "检查发现问题", "整改期限", "整改结果", "公示情况"], body)
    _paragraph(doc, "填表人：崔洋    联系电话：0393-7221503", 12)
    return _save_fixed(doc, path)


def write_checks_zip(path: Path) -> Path:
    members = [
        ("华龙区“双随机、一公开”执法检查发现问题整改情况.xlsx", write_hualong_book),
        ("清丰县“双随机、一公开”执法检查问题整改情况.docx", write_qingfeng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("环保问题交办系统问题汇总导出_20240731.csv", write_export),
    ("省第二生态环境保护督察组转办信访举报件办理情况汇总表（第一、二批）.xlsx", write_petitions),
    ("中央生态环境保护督察及“回头看”反馈问题整改验收销号情况表.xlsx", write_central),
    ("濮阳县固定污染源排污限期整改企业整改进展台账.et", write_permit),
    ("市生态环境局排污许可“一证式”管理自查问题整改清单.xlsx", write_one_permit),
    ("城区及外环路沿线工业企业扬尘污染源排查整改台账.xls", write_dust),
    ("关于城区大气污染专项整治暗访发现问题整改情况的报告.docx", write_ambush),
    ("2024年夏季秸秆焚烧卫星遥感火点核查处置情况表.wps", write_fire),
    ("1-6月份卫星遥感监测秸秆焚烧火点整改情况统计表.ods", write_straw),
    ("2024年上半年“双随机、一公开”执法检查问题整改情况（华龙区、清丰县）.zip", write_checks_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

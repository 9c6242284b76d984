"""Write the aside82 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et (LibreOffice conversion to Excel 97), .ods
(LibreOffice conversion), a CSV in GBK, a .docx with a table, a .doc with a table, a .wps (Word 97 via
LibreOffice) whose items are numbered paragraphs, and a .zip of two returns. Contents are made up; statistics
date 2024-07-31.
Run from this folder: python make_aside82.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 中央生态环境保护督察交办群众举报环境问题办理进展, after a province's account of the 举报环境问题 a 督察组
# handed over (交办第N批; 各州市转办统计 with its 截止时间 line, 序号, 来电/来信 counts and a 合计 row):
# http://yn.yunnan.cn/html/2018-06/11/content_5249403.htm
# An .xlsx: title, 截止时间 line, preamble, a two-row header (举报方式 over 来电 and 来信, ticked), 办理时限 partly in
# working days from the row's 交办日期, a 合计 row and the office at the foot.
ENV_ROWS = [
    (
        "第十批",
        date(2024, 7, 16),
        "华龙区",
        "√",
        "",
        "反映华龙区某汽修厂露天喷漆，异味扰民",
        "华龙区人民政府",
        "15个工作日内",
        "已办结。经查属实，责令停止露天喷漆作业，立案处罚2万元。",
        "是",
    ),
    (
        "第十批",
        date(2024, 7, 16),
        "濮阳县",
        "",
        "√",
        "反映濮阳县某砖厂脱硫设施长期停运",
        "市生态环境局",
        "15个工作日内",
        "阶段性办结。已责令企业停产整改，脱硫设施正在维修。",
        "否",
    ),
    (
        "第十批",
        date(2024, 7, 16),
        "清丰县",
        "√",
        "",
        "反映马庄桥镇村内养殖户粪污直排坑塘",
        "市农业局",
        "2024年9月30日前",
        "正在办理。已清理坑塘粪污，储粪池正在建设。",
        "否",
    ),
    (
        "第十一批",
        date(2024, 7, 18),
        "南乐县",
        "√",
        "",
        "反映南乐县城区建筑工地夜间施工噪声扰民",
        "市住建局",
        "15个工作日内",
        "已办结。经查属实，已责令施工单位停止夜间施工。",
        "是",
    ),
    (
        "第十一批",
        date(2024, 7, 18),
        "范县",
        "",
        "√",
        "反映黄河滩区非法采砂破坏河道生态",
        "市水务局",
        "2024年12月31日前",
        "正在办理，已查扣采砂船2艘。",
        "否",
    ),
    (
        "第十一批",
        date(2024, 7, 18),
        "台前县",
        "√",
        "",
        "反映台前县某化工企业雨水排口排放黄色废水",
        "市环保局",
        "15个工作日内",
        "",
        "",
    ),
    (
        "第十一批",
        date(2024, 7, 18),
        "华龙区",
        "√",
        "",
        "反映某小区地下车库餐饮油烟直排",
        "市城管执法局",
        "立行立改",
        "已办结，违规排烟管道已拆除。",
        "是",
    ),
    (
        "第十一批",
        date(2024, 7, 18),
        "濮阳县",
        "",
        "√",
        "反映城郊垃圾中转站渗滤液外溢",
        "濮阳县人民政府",
        "2024年8月31日前",
        "未启动",
        "否",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 10, 12, 10, 7, 7, 34, 18, 16, 34, 10])
    b.line(
        ws,
        0,
        "濮阳市办理中央第三生态环境保护督察组交办群众举报环境问题进展情况",
        10,
        b.title,
    )
    b.line(ws, 1, "（截止时间：2024年7月30日18:00）", 10, b.right)
    b.line(
        ws,
        2,
        "督察组进驻以来，陆续向我市交办群众举报环境问题。第十批、第十一批共8件已于交办当日全部转交有关县区和部门办理，"
        "办理进展如下。",
        10,
    )
    for c, word in enumerate(["序号", "交办批次", "交办日期", "县（区）"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 5, "举报方式", b.head)
    ws.write_string(4, 4, "来电", b.head)
    ws.write_string(4, 5, "来信", b.head)
    for c, word in enumerate(["交办问题基本情况", "责任单位", "办理时限", "办理进展", "是否办结"], start=6):
        b.merge(ws, 3, c, 4, c, word, b.head)
    for i, row in enumerate(ENV_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 4, 5, 10) else b.cell)
    r = 5 + len(ENV_ROWS)
    b.merge(ws, r, 0, r, 3, "合计", b.head)
    b.put(ws, r, 4, 5, b.center)
    b.put(ws, r, 5, 3, b.center)
    b.merge(ws, r, 6, r, 10, "交办8件，已办结3件，阶段性办结1件", b.cell)
    b.line(ws, r + 2, "濮阳市生态环境保护督察整改工作领导小组办公室    联系电话：0393-4412367", 10, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 信访积案领导包案调处情况, after a town's rule on 领导包案 (矛盾纠纷排查调查领导包案责任制情况表; 包案领导; 调处期限;
# 需要延长时限的经镇党政一把手同意后在延期期限内办结; 销案和归档):
# http://m.auxus.cn/cczrmzf/xxgk/dwgk/mzfzjs/content/post_1999847.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 包案领导 and the town's own 承办站所 (the town is the
# unit, named in the title and the 填报单位 line only), dates as text, a 批准延期至 column, a 注 and signature lines.
PET_ROWS = [
    (
        "张某某",
        "反映宅基地与邻居界址纠纷多年未解决",
        "王建国（镇长）",
        "村镇规划建设办",
        "2024.6.30",
        "",
        "已调解达成协议，双方签字认可，息诉罢访",
        "是",
    ),
    (
        "李某某",
        "反映土地流转费被村组拖欠未兑付",
        "刘志强（党委副书记）",
        "农业服务中心",
        "2024.7.15",
        "2024.8.31",
        "已协调村组兑付一半流转费，剩余部分正在协调",
        "否",
    ),
    (
        "赵某某",
        "反映低保资格被取消要求恢复",
        "陈丽（副镇长）",
        "社会事务办",
        "2024.7.20",
        "",
        "经入户复核不符合低保条件，已书面答复并做好解释工作，信访人表示认可",
        "是",
    ),
    (
        "孙某某",
        "反映修路占用承包地补偿款未到位",
        "王建国（镇长）",
        "党政办",
        "2024年9月底前",
        "",
        "正在协调县交通运输部门核实补偿标准",
        "否",
    ),
    (
        "周某某",
        "反映邻村养鸡场臭味扰民多次上访",
        "马卫东（人大主席）",
        "综治中心",
        "2024.7.10",
        "",
        "未化解",
        "否",
    ),
    (
        "吴某某",
        "反映村干部违规发包集体坑塘",
        "刘志强（党委副书记）",
        "党政办",
        "2024.8.15",
        "",
        "",
        "",
    ),
    (
        "郑某某",
        "反映丈夫工伤待遇认定争议长期信访",
        "陈丽（副镇长）",
        "社会事务办",
        "长期坚持",
        "",
        "常态化推进，包案领导每月走访一次",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "柳屯镇矛盾纠纷排查调处领导包案责任制情况表", t, 0, 8),
        (1, 0, "填报单位：柳屯镇信访办（盖章）        填报日期：2024年7月29日", plain, 1, 8),
    ]
    words = [
        "序号",
        "信访人",
        "反映问题",
        "包案领导",
        "承办站所",
        "调处期限",
        "批准延期至",
        "调处进展",
        "是否销案",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(PET_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 8) else c))
    r = 3 + len(PET_ROWS)
    cells += [
        (
            r + 1,
            0,
            (
                "注：包案领导原则上应在调处期限内完成调处工作；确需延长时限的，经镇党政一把手同意后在延期期限内办结，"
                "办结后及时销案归档。"
            ),
            plain,
            r + 1,
            8,
        ),
        (
            r + 2,
            0,
            "包案领导签字：              信访办负责人：              联系电话：0393-3261107",
            plain,
            r + 2,
            8,
        ),
    ]
    return _write_xls(path, [("包案情况", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 窗口作风暗访发现问题整改情况, after a county's surprise visit to its 便民服务中心 (暗访组分头行动, 暗访农村低保、
# 房产管理、就业窗口; 拍摄视频; 发现问题12起, 发放责令整改函8份; 截至某日已全部整改到位):
# http://www.bb0031.cn/news/yishu/2017/0412/742133.html
# A .docx: title, salutation, preamble naming the 10个工作日 counted from the 整改函 being served, one table with the
# 暗访窗口, the unit to correct, the 整改函送达日期 and the 暗访组 (the inspector) beside it, closing lines.
VISIT_ROWS = [
    (
        "6月24日",
        "市政务服务中心不动产登记窗口",
        "窗口公示的办理业务与实际承办人员不符",
        "市不动产登记中心",
        "2024年6月26日",
        "已整改，重新制作公示牌，人员信息与实际一致",
        "第一暗访组",
    ),
    (
        "6月24日",
        "市政务服务中心社保窗口",
        "工作人员上班时间浏览购物网站",
        "市人社局",
        "2024年6月26日",
        "已整改到位，当事人已调离窗口岗位",
        "第一暗访组",
    ),
    (
        "6月25日",
        "市医保服务大厅",
        "异地就医备案窗口无人值守，群众等候超过30分钟",
        "市医疗保障局",
        "2024年6月27日",
        "正在整改，已增设弹性窗口，AB岗制度正在修订",
        "第二暗访组",
    ),
    (
        "6月25日",
        "市公积金中心提取窗口",
        "对群众咨询态度生硬，一次性告知不到位",
        "市公积金中心",
        "2024年6月27日",
        "已整改",
        "第二暗访组",
    ),
    (
        "6月26日",
        "市税务局第一办税服务厅",
        "自助办税终端故障未及时报修",
        "濮阳市税务局",
        "2024年6月28日",
        "",
        "第三暗访组",
    ),
    (
        "6月26日",
        "市车辆管理所业务大厅",
        "叫号系统与实际办理顺序不一致",
        "市交警支队",
        "2024年6月28日",
        "未整改",
        "第三暗访组",
    ),
    (
        "6月27日",
        "胜利路街道便民服务中心",
        "上班时间唱空城计，仅1人在岗",
        "华龙区胜利路街道办事处",
        "2024年7月1日",
        "已整改，落实首问负责和值班制度",
        "第一暗访组",
    ),
    (
        "6月27日",
        "市婚姻登记处",
        "婚姻登记预约电话长期无人接听",
        "市民政局",
        "2024年7月1日",
        "正在整改，第二条预约专线已开通，正在调试",
        "第二暗访组",
    ),
]


def write_visit(path: Path) -> Path:
    doc = _new_document("市作风办")
    _title(doc, "关于政务服务窗口作风暗访发现问题整改情况的报告")
    _paragraph(doc, "市纪委监委：")
    _paragraph(
        doc,
        "6月下旬，市作风办组织3个暗访组，不打招呼、不定路线，分头对全市政务服务窗口开展突击暗访，拍摄视频120余分钟，"
        "发现问题8起，向有关单位发放责令整改函8份，要求自整改函送达之日起10个工作日内整改到位并书面反馈。"
        "截至7月30日，整改情况如下：",
    )
    body = [[str(i), *row[:5], "10个工作日内", *row[5:]] for i, row in enumerate(VISIT_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "暗访时间",
            "暗访窗口",
            "发现问题",
            "责任单位",
            "整改函送达日期",
            "整改时限",
            "整改情况",
            "暗访组",
        ],
        body,
        size=10,
    )
    _paragraph(
        doc,
        "下一步，市作风办将对未整改到位的单位开展“回头看”，对整改不力的严肃追责问责。",
    )
    _paragraph(doc, "濮阳市作风建设办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 安全生产巡查检查记录, after an enterprise's 安全生产巡查检查制度 (每日/周/月巡查; 记录发现问题，包括问题的描述、
# 发现时间和地点; 提出整改要求，确定整改责任人和时间; 整改跟踪; 巡查报告):
# https://www.360docs.net/doc/e119115601.html
# A CSV in GBK: a title line naming the company (the unit of every row; the rows name its own departments), a
# 巡查类型 line, one header row with the 整改责任人 and the 巡查人 beside the 责任部门, dates as text, a 合计 line and a
# signature line.
CHECK_ROWS = [
    (
        "2024-07-02",
        "城东高中压调压站",
        "调压站内可燃气体报警器超期未检定",
        "立即送检，检定合格后重新安装",
        "输配管网所",
        "刘涛",
        "2024.7.10",
        "已送检合格并重新安装",
        "杨帆、高原",
    ),
    (
        "2024-07-02",
        "液化气储配站",
        "消防水池液位计损坏无法读数",
        "更换液位计",
        "液化气储配站",
        "王磊",
        "7月底前",
        "新液位计已采购到货，待安装",
        "杨帆、高原",
    ),
    (
        "2024-07-09",
        "开州路营业厅",
        "营业厅疏散通道堆放宣传物料",
        "立即清理，保持通道畅通",
        "客户服务中心",
        "赵敏",
        "立行立改",
        "已当场清理",
        "杨帆、李娜",
    ),
    (
        "2024-07-09",
        "绿城小区庭院管网",
        "庭院管网阀门井积水，阀门锈蚀",
        "抽排积水，更换锈蚀阀门",
        "输配管网所",
        "刘涛",
        "2024.8.15",
        "",
        "杨帆、李娜",
    ),
    (
        "2024-07-16",
        "长庆路燃气管道改线工程现场",
        "动火作业未办理动火审批手续",
        "停工整改，补办审批，开展警示教育",
        "工程部",
        "孙浩",
        "2024.7.17",
        "未整改",
        "杨帆、高原",
    ),
    (
        "2024-07-16",
        "调度中心",
        "SCADA系统部分站点数据传输中断",
        "排查通信线路，恢复数据传输",
        "调度中心",
        "周强",
        "2024.8.31",
        "正在排查，已恢复3个站点",
        "杨帆、高原",
    ),
    (
        "2024-07-23",
        "液化气储配站",
        "钢瓶充装前检查记录填写不完整",
        "完善记录，纳入日常检查",
        "安全保卫部",
        "吴刚",
        "长期坚持",
        "长期坚持",
        "杨帆、李娜",
    ),
    (
        "2024-07-23",
        "运输车队",
        "危险品运输车辆GPS监控设备故障",
        "维修监控设备",
        "运输车队",
        "郑斌",
        "2024.7.26",
        "已维修完毕，经复查设备运行正常",
        "杨帆、李娜",
    ),
]


def write_check(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市燃气有限公司2024年7月安全生产巡查检查记录"])
    w.writerow(["巡查类型：月巡查    巡查组长：杨帆    填报日期：2024年7月30日"])
    w.writerow(
        [
            "序号",
            "巡查日期",
            "巡查地点",
            "发现问题",
            "整改要求",
            "责任部门",
            "整改责任人",
            "整改期限",
            "跟踪情况",
            "巡查人",
        ]
    )
    for i, row in enumerate(CHECK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本月巡查发现问题8项，已整改3项", "", "", "", "", "", ""])
    w.writerow(["巡查组长签字：", "", "", "安全负责人签字：", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 巡察反馈问题整改清单, after a city's account of a 专项巡察 of a district's 医疗卫生系统 (巡察组反馈六个方面存在的
# 56个具体问题; 建立整改问题清单、任务清单、责任清单, 明确时间表; 2个月内基本整改到位):
# https://rcwkj.com/gzdt/p/303.html
# An .xlsx: title, a line stating the 反馈时间 the 2个月内 counts from, a two-row merged header (责任分工 over 牵头单位 and
# 责任人, 整改进展 over 进展情况 and 是否完成), section rows by 方面, former unit names, a signature line.
PATROL_SECTIONS = [
    (
        "一、党的政治建设方面",
        [
            (
                "落实全面从严治党主体责任不到位，党委会专题研究党风廉政建设次数偏少",
                "制定年度党风廉政建设任务清单，每季度专题研究一次",
                "市卫计委",
                "李卫东",
                "反馈后2个月内",
                "已印发任务清单，已按季度专题研究",
                "是",
            ),
            (
                "公立医院党委领导下的院长负责制落实不到位",
                "修订党委会议和院长办公会议议事规则",
                "濮阳市人民医院",
                "赵海涛",
                "2024年6月30日前",
                "已修订议事规则并印发执行",
                "是",
            ),
        ],
    ),
    (
        "二、作风建设方面",
        [
            (
                "部分医务人员接受医药代表宴请",
                "开展专项排查，建立医药代表接待登记制度",
                "濮阳市人民医院",
                "赵海涛",
                "反馈后2个月内",
                "正在开展专项排查，已约谈12人",
                "否",
            ),
            (
                "门诊预约挂号号源投放不足，群众反映挂号难",
                "扩大号源投放比例，推行分时段预约",
                "濮阳市中医医院",
                "孙建平",
                "2024年9月底前",
                "号源投放比例已提高到70%，分时段预约正在调试",
                "否",
            ),
        ],
    ),
    (
        "三、纪律建设方面",
        [
            (
                "药品耗材集中带量采购执行不到位，存在线下采购",
                "开展集采执行情况专项检查，约谈相关医疗机构",
                "市医保局",
                "王静",
                "反馈后2个月内",
                "未启动",
                "否",
            ),
            (
                "部分医疗机构药房存有过期药品未及时清理",
                "开展药品质量全面清查，建立效期预警",
                "市食药监局",
                "周敏",
                "2024年7月31日前",
                "已完成全面清查，过期药品已全部销毁",
                "是",
            ),
            (
                "医疗卫生领域腐败问题专项整治长效机制不健全",
                "健全常态化监督检查机制",
                "市卫计委",
                "李卫东",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "四、组织建设方面",
        [
            (
                "基层医疗机构党支部组织生活不规范，“三会一课”记录不全",
                "开展党支部标准化规范化建设",
                "濮阳市妇幼保健院",
                "刘红",
                "2024年8月31日前",
                "",
                "",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 34, 18, 10, 16, 34, 10])
    b.line(ws, 0, "市委第三专项巡察组反馈医疗卫生系统问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "反馈时间：2024年6月14日    整改要求：反馈问题在2个月内基本整改到位    更新时间：2024年7月30日",
        7,
    )
    for c, word in enumerate(["序号", "巡察反馈问题", "整改措施"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "责任分工", b.head)
    ws.write_string(3, 3, "牵头单位", b.head)
    ws.write_string(3, 4, "责任人", b.head)
    b.merge(ws, 2, 5, 3, 5, "整改时限", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改进展", b.head)
    ws.write_string(3, 6, "进展情况", b.head)
    ws.write_string(3, 7, "是否完成", b.head)
    r, n = 4, 0
    for heading, rows in PATROL_SECTIONS:
        b.merge(ws, r, 0, r, 7, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "填报人：郭晓燕    审核人：李卫东    联系电话：0393-8182216", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 整治形式主义为基层减负问题清单整改落实情况, after a county's report on 基层减负 (严格执行“精文减会”硬杠杠; 规范
# 督查检查考核调研; 权责清单与属地管理; 基层数据“一表通”; 整治“指尖上的形式主义”; 问题线索收集与核查):
# https://www.wentop.com/wen/51/101454.html
# A .wps (Word 97 via LibreOffice): title, salutation, preamble stating the date the 问题清单 was handed down (立行立改
# counts from it), items as numbered paragraphs under 一、二、 headings, each naming 责任单位, 整改时限 and 进展情况
# (one without 进展情况), former unit names, sign-off.
RELIEF_PARAS = [
    (
        "一、精文减会方面",
        [
            (
                "（一）部分部门以文件落实文件，向乡镇转发上级文件时未提出具体贯彻意见。责任单位：市政府法制办。"
                "整改时限：2024年6月底前。进展情况：已完成，建立转发文件前置审核机制。"
            ),
            (
                "（二）视频会议层层套开，乡镇干部一天内参加多场会议。责任单位：市工业和信息化局。"
                "整改时限：2024年9月底前。进展情况：正在推进视频会议统一管理平台建设，已完成方案设计。"
            ),
        ],
    ),
    (
        "二、督查检查考核方面",
        [
            (
                "（三）农业农村领域督查检查事项多头重复，同一村一个月内迎检4次。责任单位：市农委。"
                "整改时限：2024年7月31日。进展情况：已整合检查事项，实行“综合查一次”，整改完成。"
            ),
            (
                "（四）部分考核指标以台账资料代替工作实绩。责任单位：市统计局。整改时限：年底前。"
                "进展情况：正在修订考核细则，已征求乡镇意见。"
            ),
        ],
    ),
    (
        "三、“指尖上的形式主义”方面",
        [
            (
                "（五）政务应用程序多头填报，社区网格员需同时登录9个APP。责任单位：市民政局。"
                "整改时限：2024年8月底前。进展情况：未启动。"
            ),
            (
                "（六）部分部门要求基层在工作群内每日打卡、晒图留痕。责任单位：市城管局。整改时限：立行立改。"
                "进展情况：已全面清理，停止打卡留痕要求。"
            ),
        ],
    ),
    (
        "四、权责清单与属地管理方面",
        [
            (
                "（七）向乡镇下放事项未同步下放人员和经费，属地管理责任泛化。责任单位：市财政局。"
                "整改时限：常态化推进。进展情况：常态化推进，按季度梳理下放事项经费保障情况。"
            ),
            (
                "（八）住房城乡建设领域数据报表重复报送，同一数据每月报送3次。责任单位：市建委。"
                "整改时限：2024年10月31日前。"
            ),
        ],
    ),
]


def write_relief_docx(path: Path) -> Path:
    doc = _new_document("减负专班")
    _title(doc, "关于为基层减负问题清单整改落实情况的报告")
    _paragraph(doc, "市委整治形式主义为基层减负专项工作机制办公室：")
    _paragraph(
        doc,
        "2024年6月20日，市基层减负工作专班将梳理出的8个方面问题以清单形式交办各责任单位，要求立行立改、限时整改。"
        "现将整改落实情况报告如下：",
    )
    for heading, paras in RELIEF_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市基层减负工作专班", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_relief(path: Path) -> Path:
    return via_soffice(write_relief_docx, path, "doc", "为基层减负问题清单整改落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 主题教育检视问题整改落实清单, after an essay on 实实在在检视整改突出问题 (开门纳谏与自己找、上级点与单位查、同级帮与
# 基层提; 从群众急难愁盼“小切口”入手; 整改整治责任体系):
# https://tougao.12371.cn/gaojian.php?tid=5471289
# An .ods (LibreOffice conversion): title naming the bureau (the unit of every row; the rows name its own 科室),
# a 填报科室 line, one header row with 问题来源 and 责任领导 beside the 责任科室, 第三季度 as a deadline, a 注 and a
# signature line.
THEME_ROWS = [
    (
        "自己找",
        "机关干部深入基层调研不够，调研报告质量不高",
        "出台调研工作办法，班子成员每人牵头1个课题",
        "张明（局长）",
        "办公室",
        "2024年6月30日",
        "已完成，调研工作办法已出台，形成调研报告12篇",
    ),
    (
        "上级点",
        "农村客运班线“开得通、留不住”，部分线路停运",
        "优化班线布局，推行预约响应式客运",
        "王伟（副局长）",
        "运输管理科",
        "2024年12月底前",
        "正在推进，已恢复停运班线5条",
    ),
    (
        "基层提",
        "农村公路养护资金拨付不及时",
        "建立养护资金按季度拨付机制",
        "李红（副局长）",
        "公路管理科",
        "2024年8月31日",
        "正在协调财政部门，第一批资金已拨付",
    ),
    (
        "群众提",
        "城区出租车议价拒载现象时有发生",
        "开展出租车行业专项整治",
        "王伟（副局长）",
        "综合执法科",
        "2024年7月15日",
        "已整改完毕，专项整治查处违规车辆23台",
    ),
    (
        "同级帮",
        "重点交通项目前期工作推进慢",
        "建立重点项目前期工作周调度机制",
        "赵刚（总工程师）",
        "规划建设科",
        "第三季度",
        "",
    ),
    (
        "自己找",
        "执法人员执法不规范，执法文书制作不严谨",
        "开展执法案卷评查和执法人员轮训",
        "李红（副局长）",
        "法规科",
        "长期坚持",
        "常态化推进",
    ),
    (
        "群众提",
        "城乡公交站亭破损未及时修复",
        "全面排查公交站亭并建立维修台账",
        "王伟（副局长）",
        "运输管理科",
        "2024年7月20日",
        "未整改",
    ),
]


def write_theme_book(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("检视问题")
    b.widths(ws, [6, 10, 36, 30, 16, 14, 16, 34])
    b.line(ws, 0, "市交通运输局主题教育检视问题整改落实清单", 7, b.title)
    b.line(ws, 1, "填报科室：机关党委    更新日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        ["序号", "问题来源", "检视出的问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改进展"],
    )
    for i, row in enumerate(THEME_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(THEME_ROWS)
    b.line(ws, r + 1, "注：问题来源分为自己找、上级点、群众提、同级帮、基层提五类。", 7)
    b.line(ws, r + 2, "填表人：孟晓    审核人：张明", 7)
    return b.close()


def write_theme(path: Path) -> Path:
    via_soffice(write_theme_book, path, "ods", "主题教育检视问题整改落实清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 民主生活会查摆问题整改落实情况, after a college's self-assessment form for its 党建 tasks (是否完成 with 已完成 and
# 未完成 to choose, 自评分, 详细说明, the 工作任务 spanning several rows of 任务分解/时序进度 such as “3-4月：…”, 考核要点):
# https://github.com/twotom/performanceappraisal/blob/faa38976643fa4f30ac9ca54cb976b8066e4316f/src/main/webapp/WEB-INF/templates/department_key_self/203.ftl
# An .et (Excel 97 via LibreOffice): title naming the bureau by its former name (the unit of every row), a two-row
# header (是否完成 over 已完成 and 未完成, ticked), every 查摆问题 and its verdict cells merged over its 时序进度 rows,
# the deadline the last month of the schedule, a 填表说明 stating the year, a signature line.
LIFE_ROWS = [
    (
        "√",
        "",
        "95",
        "已按计划完成6次专题研讨",
        "理论学习中心组学习流于形式，研讨交流不够深入",
        [
            ("1-2月：制定年度理论学习中心组学习计划", "印发学习计划"),
            ("3-6月：每月开展一次专题研讨", "每名班子成员至少发言一次"),
        ],
    ),
    (
        "",
        "√",
        "85",
        "巡查制度已修订印发，汛期督查正在进行",
        "防汛抗旱责任落实不够到位，部分小型水库巡查记录不全",
        [
            ("3-4月：修订小型水库巡查管理制度", "出台修订后的制度"),
            ("5-9月：汛期每周督查一次水库巡查记录", "巡查记录完整率达到100%"),
        ],
    ),
    (
        "",
        "√",
        "60",
        "",
        "农村供水工程建后管护机制不健全",
        [
            ("3月：开展农村供水工程管护情况摸底", "形成摸底报告"),
            ("4-8月：制定管护办法并组织实施", "出台管护办法"),
        ],
    ),
    (
        "√",
        "",
        "95",
        "新建视频监控点位18个，已全部接入监管平台",
        "河道采砂监管存在盲区，夜间偷采时有发生",
        [
            ("2-3月：开展河道采砂专项排查", "形成排查问题清单"),
            ("4-5月：完成重点河段视频监控点位建设", "监控点位全部接入平台"),
        ],
    ),
    (
        "",
        "",
        "",
        "",
        "水利工程项目资金拨付进度慢",
        [
            ("3-5月：梳理在建项目资金拨付情况", "建立资金拨付台账"),
            ("6-10月：按月通报拨付进度，拨付率达到90%", "按月通报"),
        ],
    ),
    (
        "",
        "√",
        "80",
        "已举办专业技术培训班3期，人才引进方案正在报批",
        "干部队伍专业技术人才断档",
        [
            ("3-12月：开展水利专业技术培训", "全年培训不少于4期"),
            ("9-12月：引进水利工程专业技术人才", "完成人才引进"),
        ],
    ),
]


def write_life_book(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("整改落实")
    b.widths(ws, [8, 8, 8, 30, 32, 40, 24])
    b.line(ws, 0, "市水务局领导班子2023年度民主生活会查摆问题整改落实情况表", 6, b.title)
    b.line(ws, 1, "（2024年7月自评）", 6, b.right)
    b.merge(ws, 2, 0, 2, 1, "是否完成", b.head)
    ws.write_string(3, 0, "已完成", b.head)
    ws.write_string(3, 1, "未完成", b.head)
    for c, word in enumerate(["自评分", "详细说明", "查摆问题", "任务分解/时序进度", "考核要点"], start=2):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r = 4
    for done, undone, score, note, problem, steps in LIFE_ROWS:
        last = r + len(steps) - 1
        for c, v in enumerate([done, undone, score]):
            b.merge(ws, r, c, last, c, v, b.center)
        b.merge(ws, r, 3, last, 3, note)
        b.merge(ws, r, 4, last, 4, problem)
        for k, (step, point) in enumerate(steps):
            b.put(ws, r + k, 5, step)
            b.put(ws, r + k, 6, point)
        r = last + 1
    b.line(ws, r, "填表说明：是否完成一栏在对应格内打“√”；时序进度中的月份均为2024年。", 6)
    b.line(ws, r + 1, "班子成员签字：                    填表日期：2024年7月25日", 6)
    return b.close()


def write_life(path: Path) -> Path:
    return via_soffice(write_life_book, path, "xls", "民主生活会查摆问题整改落实情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 网格化服务管理事件处置台账 from two streets, after an account of a district's 网格化城市管理信息系统 (万米单元网格;
# 监督员用“城管通”采集上报; 监督中心立案, 指挥中心派遣, 专业部门处置, 监督中心核查、结案):
# https://xiexiebang.com/a2/2019051221/59b196eefdd821b1.html
# A .zip of two .xlsx returns, each with a title, a 填报单位 line, one header row with the 网格员 (the reporter),
# the 派遣时间 the 处置时限 in working days counts from, the 处置单位 (the unit), 核查结果 and 结案状态 as verdicts.
GRID_RETURNS = [
    (
        "胜利路街道",
        "华龙区胜利路街道办事处",
        [
            (
                "WG2024070012",
                datetime(2024, 7, 3, 9, 12),
                "第三网格",
                "王芳",
                "市政设施",
                "人民路与胜利路交叉口井盖破损",
                datetime(2024, 7, 3, 10, 5),
                "市城市管理局",
                "2个工作日",
                "已更换井盖",
                "核查通过",
                "已结案",
            ),
            (
                "WG2024070035",
                datetime(2024, 7, 9, 15, 40),
                "第五网格",
                "李强",
                "公共安全",
                "幸福小区配电箱箱门损坏，线路裸露",
                datetime(2024, 7, 9, 16, 2),
                "供电公司",
                "3个工作日",
                "已现场查看，正在更换配电箱",
                "",
                "处置中",
            ),
            (
                "WG2024070051",
                datetime(2024, 7, 15, 10, 26),
                "第二网格",
                "赵磊",
                "矛盾纠纷",
                "楼上住户空调外机滴水引发邻里纠纷",
                datetime(2024, 7, 15, 11, 0),
                "胜利路社区居民委员会",
                "5个工作日",
                "已调解，双方达成一致",
                "核查通过",
                "已结案",
            ),
            (
                "WG2024070066",
                datetime(2024, 7, 22, 8, 47),
                "第一网格",
                "王芳",
                "环境卫生",
                "农贸市场西侧垃圾桶满溢未清运",
                datetime(2024, 7, 22, 9, 15),
                "市城管局",
                "1个工作日",
                "",
                "",
                "超期未处置",
            ),
        ],
    ),
    (
        "中原路街道",
        "华龙区中原路街道办事处",
        [
            (
                "WG2024070008",
                datetime(2024, 7, 4, 14, 30),
                "第七网格",
                "陈静",
                "消防安全",
                "小区楼道内电动车飞线充电",
                datetime(2024, 7, 4, 15, 10),
                "市消防支队",
                "3个工作日",
                "已清理飞线，约谈物业公司",
                "核查通过",
                "已结案",
            ),
            (
                "WG2024070029",
                datetime(2024, 7, 10, 7, 55),
                "第四网格",
                "刘洋",
                "供水",
                "中原路东段自来水管道漏水",
                datetime(2024, 7, 10, 8, 20),
                "自来水公司",
                "2个工作日",
                "管道已抢修",
                "核查未通过，破损路面未恢复",
                "处置中",
            ),
            (
                "WG2024070047",
                datetime(2024, 7, 17, 16, 5),
                "第六网格",
                "陈静",
                "违法建设",
                "居民楼楼顶私搭彩钢房",
                datetime(2024, 7, 17, 16, 40),
                "市城管执法局",
                "10个工作日",
                "已下达限期拆除通知书",
                "",
                "处置中",
            ),
            (
                "WG2024070072",
                datetime(2024, 7, 25, 11, 18),
                "第八网格",
                "刘洋",
                "道路交通",
                "实验小学门口减速带缺失",
                datetime(2024, 7, 25, 14, 0),
                "交警支队",
                "5个工作日",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_grid_book(path: Path, street: str, office: str, rows: list[tuple]) -> Path:
    b = Book(path, author=f"{street}网格中心")
    ws = b.sheet("事件处置")
    b.widths(ws, [6, 16, 18, 10, 8, 10, 32, 18, 20, 10, 24, 24, 12])
    b.line(ws, 0, f"{street}网格化服务管理事件处置台账（2024年7月）", 12, b.title)
    b.line(ws, 1, f"填报单位：{office}网格化服务管理中心    统计时段：2024年7月1日—7月28日", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "事件编号",
            "上报时间",
            "所属网格",
            "网格员",
            "事件类型",
            "事件描述",
            "派遣时间",
            "处置单位",
            "处置时限",
            "处置结果",
            "核查结果",
            "结案状态",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "网格中心负责人：            填报人：            联系电话：", 12)
    return b.close()


def write_grid(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for street, office, rows in GRID_RETURNS:
            name = f"{street}网格事件处置台账.xlsx"
            member = write_grid_book(Path(tmp) / name, street, office, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. “同级审”报告指出问题整改专题推进会情况, after a city's account of a 专题推进会 on unfinished audit findings (市政府
# 办公室召集纪委、法院、审计和未完成审计发现问题整改的相关单位; 8家单位逐一汇报前期整改工作开展情况、推进中的堵点难点及
# 下一步的工作打算; 纪检组加强督查):
# https://sjj.nantong.gov.cn/ntssjj/xqdt/content/38345c66-2681-455b-8405-d4aaa5a38e25.html
# A .doc (Word 97 via LibreOffice): title, preamble, one table (整改责任单位 / 审计指出问题 / 前期整改情况 / 堵点难点 /
# 下一步工作打算 with its completion dates inside the schedule text), former unit names, a 注 and the office.
AUDIT_ROWS = [
    (
        "市财政局",
        "部分专项资金结转两年以上未统筹盘活",
        "已收回结转资金1.2亿元，剩余0.3亿元正在清理",
        "部分项目仍在实施中",
        "8月底前完成清理，9月底前全部统筹使用",
    ),
    (
        "市劳动保障局",
        "向不符合条件人员发放失业保险金",
        "已追回违规发放资金18.6万元，整改完毕，申请销号",
        "无",
        "建立待遇发放数据比对机制，巩固整改成效",
    ),
    (
        "市建设局",
        "保障性住房租金欠缴未及时追缴",
        "已追缴欠缴租金46万元，仍有82万元正在追缴",
        "部分承租人已无力支付",
        "通过司法途径追缴，12月底前完成",
    ),
    (
        "市教育局",
        "学校食堂结余资金未按规定管理",
        "尚未开展整改",
        "涉及学校多，资金核算复杂",
        "7月底前制定整改方案，8月底前完成整改",
    ),
    (
        "市卫健委",
        "医疗设备购置后长期闲置",
        "已调剂使用设备5台，其余3台正在协调",
        "接收单位场地条件不足",
        "第三季度完成调剂",
    ),
    (
        "市交通运输局",
        "农村公路建设项目未按规定办理竣工决算",
        "",
        "项目资料缺失",
        "10月底前完成竣工决算",
    ),
    (
        "市文广新局",
        "文化惠民工程资金绩效目标未完成",
        "已基本完成，正在开展绩效自评",
        "部分数据需第三方核实",
        "8月15日前报送绩效评价报告",
    ),
    (
        "市自然资源局",
        "土地出让金欠缴未及时追缴",
        "已追缴到位，经市审计局复核同意销号",
        "无",
        "—",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("审计局")
    _title(doc, "2023年度“同级审”报告指出问题整改专题推进会情况汇总")
    _paragraph(
        doc,
        "7月3日，市政府办公室召集市纪委监委、市法院、市审计局和未完成审计发现问题整改的相关单位召开专题推进会。"
        "会上，涉及整改的8家单位逐一汇报了前期整改工作开展情况、推进中的堵点难点及下一步的工作打算。现汇总如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    _table(
        doc,
        ["序号", "整改责任单位", "审计指出问题", "前期整改情况", "堵点难点", "下一步工作打算"],
        body,
        size=10,
    )
    _paragraph(doc, "注：整改情况以各单位会上汇报为准；下一步工作打算中的时间均为2024年。", 12)
    _paragraph(doc, "濮阳市审计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月5日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "同级审报告指出问题整改专题推进会情况汇总.docx")


FILES = [
    ("中央第三生态环境保护督察组交办群众举报环境问题办理进展情况.xlsx", write_env),
    ("柳屯镇矛盾纠纷排查调处领导包案责任制情况表.xls", write_petition),
    ("关于政务服务窗口作风暗访发现问题整改情况的报告.docx", write_visit),
    ("2024年7月安全生产巡查检查记录.csv", write_check),
    ("市委第三专项巡察组反馈医疗卫生系统问题整改清单.xlsx", write_patrol),
    ("关于为基层减负问题清单整改落实情况的报告.wps", write_relief),
    ("市交通运输局主题教育检视问题整改落实清单.ods", write_theme),
    ("市水务局领导班子民主生活会查摆问题整改落实情况表.et", write_life),
    ("网格化服务管理事件处置台账（两个街道）.zip", write_grid),
    ("同级审报告指出问题整改专题推进会情况汇总.doc", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

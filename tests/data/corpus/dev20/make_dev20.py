"""Write the dev20 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a tab-separated text in UTF-16, a .docx with the items as numbered paragraphs, a .wps (Word 97 via
LibreOffice) with a table, and a .zip of two returns. Contents are made up; statistics date
2024-07-31.
Run from this folder: python make_dev20.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 安全生产暗访发现隐患整改台账, after a county 产业集聚区's account of its 安全生产暗访行动 (随机抽检企业; 发现安全隐患N处,
# 现场整改N处, 限期整改N处; 按照“编号登记、限期整改、专门负责、复查销号”的要求督促整改落实):
# http://szb.21xc.com/xcrb/PC/con/201901/31/c446706.html
# An .xlsx: title and 填报单位 line; a two-row header (整改责任 and 复查销号 merged over two columns each, the
# 复查人 an inspector beside the 责任单位); a 合计 row, a 注 line and the signature line.
PARK_ROWS = [
    (
        "QFJQ-AF-001",
        "河南瑞丰机械制造有限公司",
        "喷漆房内未安装可燃气体浓度报警装置",
        "加装报警装置并与排风系统联动",
        "2024年7月20日",
        "河南瑞丰机械制造有限公司",
        "王建军",
        "刘志强",
        "经复查已安装到位，同意销号",
    ),
    (
        "QFJQ-AF-002",
        "河南瑞丰机械制造有限公司",
        "配电室未配备绝缘垫、绝缘手套",
        "配齐绝缘防护用品",
        "2024.7.10",
        "河南瑞丰机械制造有限公司",
        "王建军",
        "刘志强",
        "现场已整改，已销号",
    ),
    (
        "QFJQ-AF-003",
        "清丰县宏达家具有限公司",
        "木工车间除尘管道积尘未定期清理，泄爆片缺失",
        "清理积尘、补装泄爆片，建立清扫记录",
        "8月15日前",
        "清丰县宏达家具有限公司",
        "赵海涛",
        "孙立新",
        "积尘已清理，泄爆片已订购待安装",
    ),
    (
        "QFJQ-AF-004",
        "清丰县宏达家具有限公司",
        "叉车司机未取得特种设备作业人员证",
        "停止无证作业，组织培训取证",
        "7月底前",
        "清丰县宏达家具有限公司",
        "赵海涛",
        "孙立新",
        "已停止无证作业，2名司机正在参加培训",
    ),
    (
        "QFJQ-AF-005",
        "濮阳市金鼎新材料科技有限公司",
        "危化品仓库未落实双人双锁管理",
        "落实双人双锁和出入库登记制度",
        "2024年7月15日",
        "濮阳市金鼎新材料科技有限公司",
        "陈国庆",
        "刘志强",
        "复查合格，已销号",
    ),
    (
        "QFJQ-AF-006",
        "濮阳市金鼎新材料科技有限公司",
        "污水池有限空间作业点未设置安全警示标识",
        "设置警示标识，落实作业审批",
        "2024年7月25日",
        "濮阳市金鼎新材料科技有限公司",
        "陈国庆",
        "刘志强",
        "逾期未整改",
    ),
    (
        "QFJQ-AF-007",
        "园区公共区域（纬三路）",
        "纬三路市政消火栓损坏无水",
        "维修消火栓并试水",
        "2024年8月10日",
        "清丰县产业集聚区管理委员会",
        "李明",
        "孙立新",
        "",
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("暗访隐患")
    b.widths(ws, [6, 14, 24, 34, 28, 14, 24, 10, 10, 26])
    b.line(ws, 0, "清丰县产业集聚区安全生产暗访发现隐患整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县产业集聚区管理委员会安全环保部    暗访时间：2024年7月8日至7月10日    "
        "填报日期：2024年7月30日",
        9,
    )
    for c, word in enumerate(["序号", "隐患编号", "企业名称", "隐患内容", "整改措施", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改责任", b.head)
    b.merge(ws, 2, 8, 2, 9, "复查销号", b.head)
    b.header(ws, 3, ["责任单位", "责任人", "复查人", "复查意见"], first=6)
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PARK_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 9, "共登记隐患7处，已复查销号3处", b.cell)
    b.line(ws, end + 1, "注：隐患按“编号登记、限期整改、专门负责、复查销号”的要求逐项跟踪。", 9)
    b.line(ws, end + 2, "填表人：郭晓燕    审核人：张振华    联系电话：0393-7226115", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 明察暗访发现问题隐患移交清单, after a city 安全生产治本攻坚三年行动专班's 明察暗访 during a holiday (建筑施工、特种设备、
# 文化旅游、人员密集场所、消防; 当日暗访N家单位，发现问题隐患N项; 部分问题立即整改，其余移交当地应急管理部门跟进整改):
# http://ctbtax.com/news/system/2024/10/06/200609262.shtml
# A CSV in GBK: a title line and a 暗访时间 line, one header line with the 暗访组 (the inspector) beside the
# 整改责任单位, a closing 合计 line.
PROBE_ROWS = [
    (
        "2024-07-01",
        "第一暗访组",
        "华龙区",
        "濮阳市龙城商业广场有限公司",
        "商场三楼安全出口被货物堵塞",
        "现场立即整改",
        "濮阳市龙城商业广场有限公司",
        "7月1日",
        "已当场清理完毕",
    ),
    (
        "2024-07-02",
        "第一暗访组",
        "华龙区",
        "市中心医院新院区建设项目",
        "塔吊司机未持有效操作证上岗",
        "移交属地跟进整改",
        "市住建局",
        "2024-07-12",
        "已责令施工单位停止违规作业，正在核查人员资质",
    ),
    (
        "2024-07-03",
        "第二暗访组",
        "濮阳县",
        "濮阳县金海岸KTV",
        "包间疏散指示标志损坏、应急照明不亮",
        "移交属地跟进整改",
        "市消防支队",
        "2024年7月15日",
        "已整改，经复查合格",
    ),
    (
        "2024-07-04",
        "第二暗访组",
        "清丰县",
        "清丰县天和商贸城",
        "载客电梯超期未检验、维保记录缺失",
        "移交属地跟进整改",
        "市质监局",
        "2024-07-20",
        "未整改",
    ),
    (
        "2024-07-05",
        "第三暗访组",
        "南乐县",
        "南乐县仓颉文化园",
        "游乐设施未张贴安全警示和乘坐须知",
        "移交属地跟进整改",
        "市文广旅局",
        "7月底前",
        "正在制作警示标牌",
    ),
    (
        "2024-07-06",
        "第三暗访组",
        "范县",
        "范县城区液化气充装站",
        "储罐区静电接地装置未按期检测",
        "移交属地跟进整改",
        "市安监局",
        "2024-08-10",
        "",
    ),
    (
        "2024-07-07",
        "第三暗访组",
        "台前县",
        "台前县将军渡码头",
        "渡船救生衣配备数量不足",
        "移交属地跟进整改",
        "市交通局",
        "2024-07-17",
        "已配齐救生衣，验收合格",
    ),
]


def write_probe(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市安全生产治本攻坚三年行动明察暗访发现问题隐患移交整改清单"])
    w.writerow(
        ["暗访时间：2024年7月1日—7月7日    检查领域：建筑施工、特种设备、文化旅游、人员密集场所、消防"]
    )
    w.writerow(
        [
            "序号",
            "暗访日期",
            "暗访组",
            "县区",
            "被检查单位",
            "问题隐患",
            "处置方式",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(PROBE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共发现问题隐患7项，现场整改1项，移交属地6项", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 民生实事项目完成情况表, after a city 民生办's 十大民生工程及民生大事项目完成情况表 (the responsible 局 named with each
# project; 目标 / 任务 / 进度 / 完成比例(%) under a merged heading):
# https://www.ms.gov.cn/info/5565/1083570.htm
# An .xls (xlwt): title and 填报单位 line, a two-row header (1—7月完成进度 and 完成情况 merged), √ under one of
# 已完成 / 推进中 / 未启动, a 填表说明 and signature line.
LIVE_ROWS = [
    ("新增城镇就业人员", "市人社局", "2.78万人", "2.13万人", 76.6, "年底前", 1, ""),
    ("为困难群众发放临时救助金", "市民政局", "1200户", "1200户", 100, "2024年6月30日", 0, ""),
    ("改造城镇老旧小区", "市住建局", "45个", "18个", 40.0, "2024年10月底", 1, ""),
    ("新建城市口袋公园", "市城管局", "20个", "0个", 0, "第三季度", 2, "受用地调整影响，尚未开工"),
    ("为65岁以上老年人免费健康体检", "市卫计委", "28万人", "16.2万人", 57.9, "2024年11月30日", 1, ""),
    ("农村公路提质改造", "市交通局", "300公里", "300公里", 100, "2024年7月15日", 0, ""),
    ("新增公办幼儿园学位", "市教育局", "3000个", "2100个", 70.0, "8月底前", 1, ""),
    ("优化城区公交线路", "公交公司", "新辟线路5条", "5条", 100, "2024年6月底", 0, "已全部开通运营"),
]


def write_live(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年市十件民生实事项目1—7月完成情况表", t, 0, 10),
        (1, 0, "填报单位：濮阳市人民政府民生工作办公室    统计截止：2024年7月31日", plain, 1, 10),
    ]
    for col, word in enumerate(["序号", "民生实事项目", "责任单位", "年度目标任务"]):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 4, "1—7月完成进度", h, 2, 5))
    cells += [(3, 4, "完成量", h), (3, 5, "完成比例（%）", h), (2, 6, "完成时限", h, 3, 6)]
    cells.append((2, 7, "完成情况", h, 2, 9))
    cells += [(3, 7, "已完成", h), (3, 8, "推进中", h), (3, 9, "未启动", h)]
    cells.append((2, 10, "备注", h, 3, 10))
    for i, (name, unit, goal, done, share, limit, tick, note) in enumerate(LIVE_ROWS, 1):
        r = 3 + i
        cells += [(r, 0, i, ctr), (r, 1, name, c), (r, 2, unit, ctr), (r, 3, goal, ctr), (r, 4, done, ctr)]
        cells += [(r, 5, share, ctr), (r, 6, limit, ctr), (r, 10, note, c)]
        for k in range(3):
            cells.append((r, 7 + k, "√" if k == tick else "", ctr))
    r = 4 + len(LIVE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "8件，已完成3件，推进中4件，未启动1件", c, r, 10),
        (
            r + 1,
            0,
            "填表说明：1.完成比例=1—7月完成量÷年度目标任务；2.“完成情况”栏在对应项下打“√”；"
            "3.完成时限以市政府下达的目标责任书为准。",
            plain,
            r + 1,
            10,
        ),
        (
            r + 2,
            0,
            "填表人：吴静    审核人：郑国梁    联系电话：0393-8998061    填报日期：2024年8月1日",
            plain,
        ),
    ]
    return _write_xls(path, [("1-7月", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 县政府常务会议确定事项落实情况汇总表, after a county 政府督查室's 通报 of the matters a 常务会议 decided (按照《…督查检查
# 工作办法》相关规定…开展了专项督查; 确定事项N件，已完成N件，正在办理N件; 取得阶段性成果并持续推进; “6月底前开工、
# 12月底前完工”的时间节点; 附件 汇总表.xlsx):
# https://www.zyx.gov.cn/Content-2717260.html
# An .xlsx: title, 督查室 and date line, a preamble paragraph, one header row, the office and date at the foot.
MEET_ROWS = [
    (
        "严格落实全县重点项目前期工作计划，提高项目成熟度",
        "范县发展和改革委员会",
        "2024年9月底前",
        "已完成前期论证项目23个，下余41个项目前期工作推进中",
        "正在办理",
    ),
    (
        "紧盯超长期国债高标准农田项目节点加快实施",
        "范县农业农村局",
        "6月底前开工、12月底前完工",
        "国债项目1个，因设计变更目前尚未开工",
        "进展滞后",
    ),
    (
        "实施城区老旧燃气管道更新改造",
        "范县住房和城乡建设局",
        "2024年10月31日",
        "已完成改造管道12.6公里，占计划的63%",
        "正在办理",
    ),
    (
        "做好汛期地质灾害隐患点巡查值守",
        "范县自然资源局",
        "长期坚持",
        "已落实隐患点群测群防员28名，汛期每日巡查",
        "常态化推进",
    ),
    (
        "完成县城第二水厂供水管网联通工程",
        "范县水利局",
        "2024年7月15日",
        "管网联通已完成，通水试运行正常",
        "已完成",
    ),
    (
        "开展城区农贸市场食品安全专项整治",
        "范县市场监督管理局",
        "2024.7.20",
        "检查农贸市场6家，下达整改通知书9份，全部整改到位",
        "已完成",
    ),
    (
        "落实中小学校舍安全隐患排查整改",
        "范县教育局",
        "8月20日前",
        "已排查学校47所，发现隐患15处，已整改9处",
        "正在办理",
    ),
    (
        "推进县城生活垃圾分类示范小区建设",
        "范县城市管理局",
        "2024年12月31日",
        "已建成示范小区5个，通过县级验收",
        "已完成",
    ),
]


def write_meet(path: Path) -> Path:
    b = Book(path, author="县政府督查室")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 40, 22, 24, 44, 12])
    b.line(ws, 0, "2024年第五次县政府常务会议确定事项落实情况汇总表", 5, b.title)
    b.line(ws, 1, "（范县人民政府督查室    截至2024年7月25日）", 5)
    b.line(
        ws,
        2,
        "按照《范县政府系统督查检查工作办法》相关规定，县政府督查室对2024年第五次县政府常务会议确定事项"
        "落实情况开展了专项督查。确定事项8件，已完成3件，其余5件正在推进，其中1件进展滞后。",
        5,
    )
    ws.set_row(2, 36)
    b.header(ws, 3, ["序号", "确定事项", "责任单位", "完成时限", "落实情况", "办理状态"])
    for i, row in enumerate(MEET_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 5 + len(MEET_ROWS)
    b.line(ws, end, "范县人民政府督查室    2024年7月26日", 5, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 《政府工作报告》主要任务上半年落实情况, after a county 政府督查室's 政务督查 issue (寿县政务督查 第N期; 各乡镇人民政府，
# 县政府各部门、各直属机构; 部分指标已完成年度目标任务…部分指标滞后序时，其余各项指标均有序时推进; 对未达到序时进度
# 要求的目标任务，相关责任单位要认真组织整改; 附件):
# https://www.shouxian.gov.cn/public/118322644/1259257664.html
# An .ods (LibreOffice conversion): 政务督查 masthead lines, the circular's opening paragraph, one header row with
# 牵头单位 and 配合单位 side by side and a 进度评价 column, a 抄送 line.
TASK_ROWS = [
    (
        "新建5G基站200个",
        "台前县工业和信息化局",
        "中国移动台前分公司",
        "2024年12月底",
        "已建成5G基站126个",
        "达进度",
    ),
    (
        "实施县城主干道路灯节能改造",
        "台前县城市管理局",
        "台前县财政局",
        "2024年6月30日",
        "已完成改造路灯1860盏，6月底通过验收",
        "已完成",
    ),
    (
        "建成县第二人民医院门急诊综合楼",
        "台前县卫生健康委员会",
        "台前县住房和城乡建设局",
        "2024年9月底前",
        "主体已封顶，正在进行内部装修",
        "达进度",
    ),
    (
        "新增农村冷链物流仓储设施3处",
        "台前县商务局",
        "台前县农业农村局",
        "第三季度",
        "受用地手续影响，3处项目均未开工",
        "欠进度",
    ),
    (
        "完成黄河滩区迁建安置区配套学校建设",
        "台前县教育局",
        "吴坝镇人民政府",
        "2024年8月31日",
        "教学楼已竣工，正在配套建设操场和围墙",
        "超进度",
    ),
    (
        "开展打击欺诈骗取医保基金专项行动",
        "台前县医疗保障局",
        "台前县公安局、台前县卫生健康委员会",
        "常态化开展",
        "已检查定点医药机构42家，追回基金18.6万元",
        "常态化推进",
    ),
    (
        "完成县城区雨污分流改造二期工程",
        "台前县住房和城乡建设局",
        "台前县水利局",
        "2024年11月底",
        "",
        "",
    ),
]


def write_task_book(path: Path) -> Path:
    b = Book(path, author="县政府督查室")
    ws = b.sheet("上半年落实情况")
    b.widths(ws, [6, 34, 22, 26, 16, 36, 12])
    b.line(ws, 0, "台前县政务督查", 6, b.title)
    b.line(ws, 1, "第12期", 6)
    b.line(ws, 2, "台前县人民政府督查室                                2024年7月19日", 6)
    b.line(ws, 3, "关于2024年《政府工作报告》主要任务上半年落实情况的通报", 6, b.title)
    b.line(
        ws,
        4,
        "各乡镇人民政府，县政府各部门：根据县政府工作安排，县政府督查室对2024年县《政府工作报告》上半年落实情况"
        "进行了专项督查。对未达到序时进度要求的目标任务，相关牵头单位要认真组织整改，确保按时完成。",
        6,
    )
    ws.set_row(4, 36)
    b.header(ws, 5, ["序号", "目标任务", "牵头单位", "配合单位", "完成时限", "上半年落实情况", "进度评价"])
    for i, row in enumerate(TASK_ROWS, 1):
        b.put(ws, 5 + i, 0, i, b.center)
        b.row(ws, 5 + i, list(row), first=1)
    end = 7 + len(TASK_ROWS)
    b.line(ws, end, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", 6)
    b.line(ws, end + 1, "台前县人民政府督查室                2024年7月19日印发", 6)
    return b.close()


def write_task(path: Path) -> Path:
    via_soffice(write_task_book, path, "ods", "政府工作报告主要任务上半年落实情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 巩固衔接考核评估反馈问题整改进展, after a town's 整改工作方案 for the 巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估
# 反馈问题 (聚焦…省级考核评估问题整改清单和…国家考核评估省自查问题整改清单; 分类制定整改清单，做到整改“问题、措施、
# 责任、时限”四清; the town's own 办 as 责任单位; 中共…镇委员会 …镇人民政府 at the foot):
# https://www.sixian.gov.cn/grassroots/25552/160055691.html
# A .wps (Word 97 via LibreOffice): title naming the town, addressee and preamble, one table split by two
# merged 问题来源 rows, every row naming an office of the town only; the town government and date at the foot.
TOWN_SECTIONS = [
    (
        "（一）省级考核评估反馈问题",
        [
            (
                "部分监测对象风险消除程序不规范，入户核实记录不完整",
                "逐户补充核实记录，规范风险消除程序",
                "镇乡村振兴办",
                "2024年5月31日",
                "已完成，补充完善入户核实记录46份",
            ),
            (
                "个别脱贫户入户饮水管道冻裂后未及时修复",
                "组织水管员逐户排查，损坏管道全部更换",
                "镇农业农村办",
                "2024年4月30日前",
                "已全部修复到位",
            ),
            (
                "产业帮扶项目联农带农机制不健全，收益分配不及时",
                "修订收益分配方案，按季度兑现分红",
                "镇经济发展办",
                "2024年9月底前",
                "已完成2个项目收益分配方案修订，剩余1个正在与经营主体协商",
            ),
            (
                "部分村级公益岗位人员履职不到位，考勤管理不规范",
                "建立月度考勤通报制度",
                "镇社会事务办",
                "长期坚持",
                "已建立月度考勤通报制度，常态化开展",
            ),
        ],
    ),
    (
        "（二）国家考核评估省自查问题",
        [
            (
                "脱贫人口小额信贷到期贷款回收进度慢",
                "逐户上门对接，制定还款计划",
                "镇乡村振兴办",
                "2024年8月底前",
                "到期贷款23笔，已收回15笔，剩余8笔正在催收",
            ),
            (
                "部分农户对防返贫监测帮扶政策知晓率不高",
                "开展入户集中宣传，发放明白卡",
                "镇党政办",
                "6月30日前完成",
                "未整改",
            ),
            (
                "扶贫项目资产台账登记不全，管护责任未落实到人",
                "全面清查项目资产，逐项明确管护责任人",
                "镇经济发展办",
                "2024年7月底前",
                "",
            ),
        ],
    ),
]


def _merged_row(table, r: int, text: str) -> None:
    cell = table.cell(r, 0).merge(table.cell(r, len(table.columns) - 1))
    _cell_text(cell, text, 10.5, bold=True)


def write_town_docx(path: Path) -> Path:
    doc = _new_document("千口镇党政办")
    _title(doc, "千口镇2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估反馈问题整改进展情况", 18)
    _paragraph(doc, "县委农村工作领导小组办公室：")
    _paragraph(
        doc,
        "按照县委农村工作领导小组整改工作方案要求，我镇聚焦考核评估反馈问题，对点上个性问题全面认领，对面上共性问题"
        "举一反三认领，做到整改“问题、措施、责任、时限”四清，共认领整改问题7个。截至2024年7月31日，整改进展情况如下：",
    )
    rows = 1 + sum(1 + len(items) for _, items in TOWN_SECTIONS)
    header = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "整改进展"]
    table = doc.add_table(rows=rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for heading, items in TOWN_SECTIONS:
        _merged_row(table, r, heading)
        r += 1
        for values in items:
            n += 1
            for c, v in enumerate([str(n), *values]):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "南乐县千口镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "巩固衔接考核评估反馈问题整改进展情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 义务教育均衡发展督导问题整改报告, after a middle school's 关于义务教育均衡发展存在问题整改报告 (组织学校各部门负责人对照
# 达标标准逐项检查; 检查中发现还存在以下问题: 1、… 2、…; 立即成立以校长为组长的整改工作领导小组…讨论绘制出整改台账;
# 学校要求总务处…保证2018年7月底完成整改; the school and date at the foot):
# https://www.xiaomilidoc.com/p-9876003.html
# A .docx: the school named in the title and at the foot only; the problems as numbered paragraphs, each
# naming the school office that is to act, the date it is to be done by and, for most, what has been done.
SCHOOL_PARAS = [
    "1.部分教室照明灯具老化，课桌面照度不达标。学校要求总务处更换LED护眼灯具，保证2024年7月20日前完成整改。"
    "目前已全部更换完毕，经检测照度达标。",
    "2.运动场塑胶跑道破损，体育器材配备不足。学校要求总务处修复跑道、补齐器材，确保2024年8月底前完成整改。"
    "目前跑道修复已完成招标，器材正在采购。",
    "3.学生宿舍卫生间蹲位数量不足，卫生条件差。学校要求总务处新建水冲式卫生间一座，2024年10月31日前完成整改。"
    "目前项目尚未开工。",
    "4.理化生实验室仪器设备陈旧，分组实验开出率低。学校要求教务处更新实验仪器，2024年9月30日前完成整改。"
    "目前已完成仪器清点，更新计划已报县教育局。",
    "5.教师信息技术应用能力培训不足。学校要求教科室制定培训计划，利用暑期和教研活动时间持续开展培训，"
    "长期坚持，常态化推进。",
    "6.校园视频监控存在盲区，周界报警装置损坏。学校要求政教处增设监控探头、修复报警装置，保证2024.7.15前完成整改。"
    "已增设监控探头12个并修复周界报警装置，已通过县教育局验收。",
    "7.食堂部分从业人员健康证过期。学校要求总务处组织从业人员重新体检办证，7月底前完成整改。",
]


def write_school(path: Path) -> Path:
    doc = _new_document("濮阳县第三初级中学")
    _title(doc, "濮阳县第三初级中学关于义务教育优质均衡发展督导评估反馈问题整改情况的报告", 18)
    _paragraph(
        doc,
        "2024年6月12日，县政府教育督导室组织对我校义务教育优质均衡发展情况进行督导评估，对照评估标准逐项检查，"
        "发现我校还存在以下问题：",
    )
    _paragraph(
        doc,
        "针对督导发现的问题，学校立即成立以校长为组长的整改工作领导小组，召开领导小组及相关负责人会议，逐条讨论"
        "制定整改台账，落实工作目标责任。现将整改情况报告如下：",
    )
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "在今后的工作中，学校将对照义务教育优质均衡发展标准持续开展自查，及时向上级汇报，争取支持，确保顺利通过验收。",
    )
    _paragraph(doc, "濮阳县第三初级中学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 特殊食品经营企业飞行检查发现问题整改情况, after a city 市场监督管理局's monthly account of its 飞行检查 (共开展特殊食品
# 经营企业飞行检查N家次，其中检查发现问题企业N家次，检查共发现问题N项次（其中重点项N项次，一般项N项次）; 要求企业限期
# 整改，并将督促企业落实整改; 检查情况见下表):
# http://binuoshi.com/pp/content/2023-10/12/content_8987606.htm
# A .zip of two .xlsx returns from two 市场监督管理局: title, 填报单位（盖章） line, the summary sentence, one header
# row with the 检查人员 (inspectors) beside the 整改责任单位, 交办日期 and limits in working days, a signature line.
FOOD_RETURNS = [
    (
        "华龙区市场监督管理局",
        "本月共开展特殊食品经营企业飞行检查12家次，其中检查发现问题企业4家次，共发现问题4项次（重点项3项次，一般项1项次）。",
        [
            (
                "濮阳市康源保健食品经营部",
                "李强、王芳",
                date(2024, 7, 8),
                "保健食品与普通食品混放，未设专区专柜",
                "重点项",
                "15个工作日内",
                "濮阳市康源保健食品经营部",
                "已设立保健食品专柜，专区销售",
                "复查合格",
            ),
            (
                "华龙区益生堂母婴用品店",
                "李强、王芳",
                date(2024, 7, 8),
                "婴幼儿配方乳粉进货查验记录不全",
                "重点项",
                "15个工作日内",
                "华龙区益生堂母婴用品店",
                "正在补录进货查验记录",
                "",
            ),
            (
                "濮阳市大润康医药连锁有限公司胜利路店",
                "赵敏、孙伟",
                date(2024, 7, 16),
                "特殊医学用途配方食品销售区未设置提示牌",
                "一般项",
                "10个工作日内",
                "濮阳市大润康医药连锁有限公司胜利路店",
                "未整改",
                "复查不合格",
            ),
            (
                "华龙区贝贝佳母婴生活馆",
                "赵敏、孙伟",
                date(2024, 7, 22),
                "保健食品宣传资料含有疾病预防治疗功能内容",
                "重点项",
                "2024年8月5日",
                "华龙区贝贝佳母婴生活馆",
                "已撤下违规宣传资料",
                "复查合格",
            ),
        ],
    ),
    (
        "濮阳县市场监督管理局",
        "本月共开展特殊食品经营企业飞行检查9家次，其中检查发现问题企业4家次，共发现问题4项次（重点项2项次，一般项2项次）。",
        [
            (
                "濮阳县百草堂大药房",
                "周涛、韩雪",
                date(2024, 7, 9),
                "保健食品贮存区温湿度记录不完整",
                "一般项",
                "2024.7.19",
                "濮阳县百草堂大药房",
                "已整改",
                "复查合格",
            ),
            (
                "濮阳县爱婴坊母婴店",
                "周涛、韩雪",
                date(2024, 7, 10),
                "临近保质期的婴幼儿配方乳粉未集中陈列并提示",
                "一般项",
                "7个工作日内",
                "濮阳县爱婴坊母婴店",
                "已设立临期食品专区并张贴提示",
                "复查合格",
            ),
            (
                "濮阳县康乐源保健品店",
                "周涛、韩雪",
                date(2024, 7, 17),
                "未建立保健食品销售记录",
                "重点项",
                "15个工作日内",
                "濮阳县康乐源保健品店",
                "正在整改，已建立电子销售台账，正在补录",
                "",
            ),
            (
                "濮阳县华联超市有限公司",
                "马骏、杨柳",
                date(2024, 7, 24),
                "保健食品专区内摆放普通食品",
                "重点项",
                "2024年8月3日",
                "濮阳县华联超市有限公司",
                "",
                "",
            ),
        ],
    ),
]


def write_food_book(path: Path, bureau: str, summary: str, rows: list[tuple]) -> Path:
    b = Book(path, author=bureau)
    ws = b.sheet("飞行检查")
    b.widths(ws, [6, 30, 12, 12, 34, 10, 14, 30, 26, 12])
    b.line(ws, 0, "2024年7月特殊食品经营企业飞行检查发现问题整改情况表", 9, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{bureau}    填报日期：2024年7月31日", 9)
    b.line(ws, 2, summary, 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "企业名称",
            "检查人员",
            "交办日期",
            "检查发现问题",
            "项目类别",
            "整改期限",
            "整改责任单位",
            "整改情况",
            "复查结论",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(rows), "注：整改期限按工作日计算的，自交办之日起算。", 9)
    b.line(ws, 6 + len(rows), "负责人：            填表人：            联系电话：", 9)
    return b.close()


def write_food(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for bureau, summary, rows in FOOD_RETURNS:
            name = f"{bureau}特殊食品经营企业飞行检查发现问题整改情况表.xlsx"
            member = write_food_book(Path(tmp) / name, bureau, summary, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 12345市民热线、市长信箱、区长信箱诉求办理情况, after a district's monthly account (全区共受理各类诉求N件，实际办结N件，
# 办结率N%; 热点问题: 物业管理类、营商环境类、城市管理类 — 小区内修建垃圾台、景点服务质量不高、道路施工缓慢、夜间烧烤摊
# 噪音扰民; the district 人民政府办公室 and date at the foot):
# http://www.chencang.gov.cn/col8192/col9126/202207/t20220713_105451.html
# An .et (Excel 97 via LibreOffice): title, summary line stating that limits run from the 交办 date, one header
# row with the three sources, limits in working days, the office and date at the foot.
HOTLINE_ROWS = [
    (
        "市民热线",
        date(2024, 7, 1),
        "物业管理",
        "绿城小区物业在小区内违规修建垃圾台",
        "华龙区住房和城乡建设局",
        "5个工作日",
        "已协调物业拆除垃圾台并另行选址",
        "已办结",
    ),
    (
        "市长信箱",
        date(2024, 7, 3),
        "营商环境",
        "戚城遗址公园周边停车场收费不规范",
        "市文广旅局",
        "10个工作日",
        "已约谈停车场经营方，正在核查收费标准",
        "办理中",
    ),
    (
        "市民热线",
        date(2024, 7, 5),
        "城市管理",
        "任丘路夜市烧烤摊噪音扰民至凌晨",
        "市城管执法局",
        "5个工作日",
        "已联合执法，规范夜市经营时间",
        "已办结",
    ),
    (
        "区长信箱",
        date(2024, 7, 10),
        "城乡建设",
        "京开大道辅道施工进度缓慢影响出行",
        "市住建局",
        "2024年8月15日",
        "施工单位已增加作业人员，正在加快施工",
        "办理中",
    ),
    (
        "市民热线",
        date(2024, 7, 12),
        "公用事业",
        "开州路中段居民区频繁停电",
        "供电公司",
        "3个工作日",
        "已更换故障变压器，恢复正常供电",
        "已反馈",
    ),
    (
        "市民热线",
        date(2024, 7, 18),
        "劳动保障",
        "某建筑公司拖欠农民工工资",
        "市人社局",
        "10个工作日",
        "",
        "",
    ),
    (
        "市长信箱",
        date(2024, 7, 22),
        "城市管理",
        "胜利路与黄河路交叉口窨井盖缺失",
        "市城管局",
        "3个工作日",
        "已补装井盖",
        "已办结",
    ),
    (
        "市民热线",
        date(2024, 7, 25),
        "公用事业",
        "昆吾花园小区燃气表箱锈蚀破损",
        "燃气公司",
        "2024年7月26日",
        "",
        "逾期未办结",
    ),
]


def write_hotline_book(path: Path) -> Path:
    b = Book(path, author="区政府办公室")
    ws = b.sheet("7月")
    b.widths(ws, [6, 10, 12, 10, 36, 24, 14, 34, 12])
    b.line(ws, 0, "华龙区2024年7月份12345市民热线、市长信箱、区长信箱诉求办理情况", 8, b.title)
    b.line(
        ws,
        1,
        "7月份，全区共受理各类诉求665件，实际办结632件，办结率95.0%。现将重点诉求办理情况列表如下，"
        "办理时限自交办之日起计算。",
        8,
    )
    b.header(
        ws,
        2,
        ["序号", "来源", "交办日期", "诉求类别", "诉求内容", "承办单位", "办理时限", "办理结果", "办结情况"],
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HOTLINE_ROWS), "华龙区人民政府办公室    2024年8月1日", 8, b.right)
    return b.close()


def write_hotline(path: Path) -> Path:
    return via_soffice(write_hotline_book, path, "xls", "诉求办理情况.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 市长热线逾期及重点工单明细, after a city 12345市长热线服务中心's monthly 运行情况通报 (共受理群众来电（留言）N件，其中
# 转办N件; 办结时长(工作日); 逾期办理情况 by 承办单位; 受理性质: 投诉、咨询、求助、建议、举报):
# https://ayxjmx.com/www/hdjl/dcdb/59850461
# A tab-separated text in UTF-16: title and summary lines, one header row with 受理时间 (the base of limits in
# working days), 办结时长 and 办理状态, a closing 注 line.
CALL_ROWS = [
    (
        "QF2407010023",
        "2024-07-01 09:12",
        "投诉",
        "阳光花园小区开发商延期交房",
        "清丰县住房和城乡建设局",
        "2024-07-12",
        "12",
        "逾期办结",
        "基本满意",
    ),
    (
        "QF2407030105",
        "2024-07-03 14:30",
        "咨询",
        "咨询城乡居民医保异地就医备案办理流程",
        "清丰县医疗保障局",
        "2024-07-05",
        "1",
        "已办结",
        "满意",
    ),
    (
        "QF2407080217",
        "2024-07-08 10:05",
        "求助",
        "马庄桥镇前王村自来水停水三天",
        "清丰县马庄桥镇人民政府",
        "2024-07-10",
        "",
        "逾期未办结",
        "",
    ),
    (
        "QF2407110342",
        "2024-07-11 16:40",
        "投诉",
        "建设路夜市占道经营影响通行",
        "清丰县城市管理局",
        "5个工作日",
        "",
        "办理中",
        "",
    ),
    (
        "QF2407150408",
        "2024-07-15 08:50",
        "举报",
        "城郊加油站夜间违规销售散装汽油",
        "清丰县应急管理局",
        "2024-07-22",
        "5",
        "已办结",
        "满意",
    ),
    (
        "QF2407220511",
        "2024-07-22 11:20",
        "建议",
        "建议在县第一高级中学门口增设红绿灯",
        "市交警支队",
        "15个工作日",
        "",
        "办理中",
        "",
    ),
    (
        "QF2407260634",
        "2024-07-26 15:05",
        "投诉",
        "高堡乡供电线路老化频繁跳闸",
        "国网清丰县供电公司",
        "2024-08-02",
        "",
        "",
        "",
    ),
]


def write_calls(path: Path) -> Path:
    lines = [
        "清丰县12345市长热线2024年7月逾期及重点工单明细",
        "7月份，共受理群众来电（留言）3216件，其中转办872件，办结801件，逾期10件。",
        "工单编号\t受理时间\t受理性质\t来电内容\t承办单位\t办理时限\t办结时长（工作日）\t办理状态\t回访结果",
    ]
    lines += ["\t".join(row) for row in CALL_ROWS]
    lines.append("注：办理时限按工作日计算的，自受理之日起算；逾期工单纳入月度考核。")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("清丰县产业集聚区安全生产暗访发现隐患整改台账（7月）.xlsx", write_park),
    ("明察暗访发现问题隐患移交整改清单_20240731.csv", write_probe),
    ("2024年市十件民生实事项目1-7月完成情况表.xls", write_live),
    ("范县2024年第五次县政府常务会议确定事项落实情况汇总表.xlsx", write_meet),
    ("台前县2024年政府工作报告主要任务上半年落实情况.ods", write_task),
    ("千口镇巩固衔接考核评估反馈问题整改进展情况.wps", write_town),
    ("濮阳县第三初级中学督导评估反馈问题整改情况报告.docx", write_school),
    ("特殊食品经营企业飞行检查问题整改情况（华龙区、濮阳县）.zip", write_food),
    ("华龙区7月份12345市民热线诉求办理情况.et", write_hotline),
    ("清丰县12345市长热线7月逾期及重点工单明细.tsv", write_calls),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

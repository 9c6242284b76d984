"""Write the aside204 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 平安建设、禁毒、反诈与综治中心的督查整改 (重点人员管控、易制毒化学品、反诈宣传、综治中心规范化建设).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, merged unit cells), a CSV in UTF-8 with a BOM, a .docx
whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) holding a prose report, an .ods (LibreOffice
conversion) and a .zip of two returns (an .xlsx and a .docx with a table). Contents are made up; statistics date
2024-07-31; every date inside a file is fixed, and so are the zip member times, so two runs give the same bytes.

Run from this folder: python make_aside204.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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
        raise SystemExit("LibreOffice (soffice) is needed for the .wps and .ods returns")
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
# Excel 97 workbooks with xlwt.
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
            ws.col(c).width = 256 * w
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 易制毒化学品使用单位督导反馈问题整改落实, after a county 公安局's 专项督查 of how the 易制毒化学品使用单位 put right
# what the 市禁毒办's 督导调研通报 had fed back (存储库房、化验室双人双锁、通风设施、配电箱及库房堆放杂物; some items
# 已整改落实, others 未整改落实; 辖区派出所跟进整改落实进度):
# http://wap.jindu626.com/news_gansu/2022-08-24/26291.html
# An .xls (xlwt): title, 依据/督查时间 line, one header row, the 使用单位 merged down over its problems, the
# 跟进派出所 (a follow-up, not the unit) in the last column, a 注 line and a 填报单位/填表人 line.
PRECURSOR_UNITS = [
    (
        "濮阳县宏润化工有限公司",
        "文留派出所",
        [
            (
                "易制毒化学品储存库房未落实双人双锁管理",
                "库房加装第二把锁，钥匙由两人分别保管",
                "2024年7月15日",
                "已整改落实",
            ),
            (
                "库房通风设施损坏，库内堆放纸箱等杂物",
                "维修排风扇，清理库内杂物",
                "2024年7月31日",
                "未整改落实",
            ),
        ],
    ),
    (
        "濮阳县污水处理厂",
        "城关派出所",
        [
            ("化验室盐酸、硫酸未入专柜存放", "设置专用试剂柜，双人双锁", "7月20日前", "已整改落实"),
            (
                "易制毒化学品使用台账未逐日登记领用数量",
                "按日登记领用、使用和库存",
                "2024.7.20",
                "正在补录台账",
            ),
        ],
    ),
    (
        "濮阳市龙丰纸业有限公司",
        "柳屯派出所",
        [
            (
                "硫酸储罐区视频监控存在盲区",
                "增设监控探头，录像保存不少于90天",
                "8月底前",
                "已采购摄像头，正在安装",
            ),
            ("未对易制毒化学品管理人员开展年度法规培训", "组织管理人员参加法规培训", "2024年8月15日", ""),
        ],
    ),
    (
        "濮阳县第一高级中学",
        "城关派出所",
        [
            (
                "化学实验室高锰酸钾、丙酮与其他试剂混放",
                "易制毒试剂单独存放、专人管理",
                "2024年7月10日",
                "已整改落实",
            ),
        ],
    ),
]


def write_precursor(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "濮阳县2024年易制毒化学品使用单位督导反馈问题整改落实情况表", t, 0, 7),
        (
            1,
            0,
            "依据：市禁毒办《关于对全市禁毒重点工作督导调研情况的通报》    督查时间：2024年7月24日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "使用单位", "反馈问题", "整改要求", "整改时限", "整改落实情况", "跟进派出所", "备注"]
    ):
        cells.append((2, col, word, h))
    r = 3
    n = 0
    for unit, station, problems in PRECURSOR_UNITS:
        first = r
        for problem, demand, limit, progress in problems:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 2, problem, c),
                (r, 3, demand, c),
                (r, 4, limit, ctr),
                (r, 5, progress, c),
                (r, 7, "", c),
            ]
            r += 1
        if r - 1 > first:
            cells += [(first, 1, unit, c, r - 1, 1), (first, 6, station, ctr, r - 1, 6)]
        else:
            cells += [(first, 1, unit, c), (first, 6, station, ctr)]
    cells += [
        (r, 0, "注：整改落实情况由辖区派出所现场核实后填写，未整改落实的问题按时限继续跟进。", plain, r, 7),
        (
            r + 1,
            0,
            "填报单位：濮阳县公安局禁毒大队    填表人：贾文涛    联系电话：0393-3221706    填报日期：2024年7月26日",
            plain,
            r + 1,
            7,
        ),
    ]
    return _write_xls(path, [("整改落实情况", cells, [6, 24, 34, 28, 14, 18, 12, 8])])


# ---------------------------------------------------------------------------------------------
# 2. 易制毒化学品企业安全检查, after a district 公安分局禁毒大队's check of 35 易制毒化学品企业 (库房“三铁一器”即铁门、
# 铁窗、铁柜及报警器; 核对出入库台账, 系统库存量与实际量不符; 制冷压缩机、离心机等设备建档备案; 下达限期整改通知;
# 排除安全隐患9处):
# https://www.rmfzw.org.cn/shijian/25202.html
# An .xlsx: title, 检查单位/检查时间/检查结果 line, a two-row header (限期整改通知书 over 文号 and 下达日期), 整改期限
# in days counted from the 下达日期 (calendar days, 5个工作日, 立行立改), the 复查民警 beside the 整改结果, a 填表人 line.
CHEMICAL_ROWS = [
    (
        "濮阳市恒信化工贸易有限公司",
        "经营",
        "三铁一器",
        "库房仅有铁柜，无铁门、铁窗及报警器",
        "华公禁限字〔2024〕011号",
        date(2024, 7, 8),
        "15日内",
        "已安装铁门、铁窗及红外报警器，复查合格",
        "王凯",
    ),
    (
        "濮阳市华瑞精细化工有限公司",
        "使用",
        "出入库台账",
        "系统库存量与实际库存量不符，硫酸账实相差120公斤",
        "华公禁限字〔2024〕012号",
        date(2024, 7, 9),
        "5个工作日内",
        "经核实系系统操作不当，已更正系统数据，账实相符",
        "王凯",
    ),
    (
        "濮阳市众鑫制冷设备有限公司",
        "使用",
        "设备建档",
        "制冷压缩机、离心机未建立设备档案，使用人未备案",
        "华公禁限字〔2024〕013号",
        date(2024, 7, 10),
        "2024年7月31日前",
        "设备档案已建立，使用人备案材料正在报送",
        "刘洋",
    ),
    (
        "濮阳市洁康消毒用品有限公司",
        "经营",
        "三铁一器",
        "库房报警器未与辖区派出所联网",
        "华公禁限字〔2024〕014号",
        date(2024, 7, 10),
        "30日内",
        "未整改",
        "刘洋",
    ),
    (
        "濮阳市华龙区顺达化工商行",
        "经营",
        "销售台账",
        "销售台账未留存购买方备案证明及经办人身份证复印件",
        "华公禁限字〔2024〕015号",
        date(2024, 7, 11),
        "10日内",
        "已补齐备案证明和身份证复印件",
        "王凯",
    ),
    (
        "濮阳市科润生物科技有限公司",
        "使用",
        "三铁一器",
        "丙酮库房窗户未安装防盗铁栏",
        "华公禁限字〔2024〕016号",
        date(2024, 7, 12),
        "2024.8.10",
        "防盗窗已订制，待安装",
        "赵磊",
    ),
    (
        "濮阳市安达物流有限公司",
        "运输",
        "运输备案",
        "运输易制毒化学品车辆未随车携带运输备案证明",
        "华公禁限字〔2024〕017号",
        date(2024, 7, 12),
        "立行立改",
        "已整改",
        "赵磊",
    ),
]


def write_chemical(path: Path) -> Path:
    b = Book(path, author="禁毒大队")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 28, 8, 12, 34, 22, 13, 14, 30, 10])
    b.line(ws, 0, "华龙区易制毒化学品企业安全检查隐患整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市公安局华龙分局禁毒大队    检查时间：2024年7月8日至7月12日    "
        "共检查易制毒化学品企业35家，发现隐患9处（现场整改2处，限期整改7处）",
        9,
    )
    for col, word in enumerate(["序号", "企业名称", "类别", "检查项目", "存在隐患"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "限期整改通知书", b.head)
    b.header(ws, 3, ["文号", "下达日期"], first=5)
    for col, word in ((7, "整改期限"), (8, "整改结果"), (9, "复查民警")):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(CHEMICAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.cnday)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
        b.put(ws, r, 9, row[8], b.center)
    end = 4 + len(CHEMICAL_ROWS)
    b.line(ws, end + 1, "填表人：孟庆华    审核：杜建军    填报日期：2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 禁毒“大扫除”专项行动上半年督导检查, after a county 禁毒办's 督导 of every 乡（镇、街道） (分成2个组, 按督导考评标准
# 逐一逐项检查: 领导重视、基础保障、无毒创建、禁毒宣传、吸毒人员动态管控、禁种铲毒; 资料收集不完善、不规范; 县禁毒办将
# 列出问题清单，限期整改):
# http://wap.jindu626.com/news-guizhou/2021-07-13/20011.html
# An .xlsx: title, 督导时间/督导组 line, one header row with the 督导项目 (the six categories) and the 乡镇 merged down
# as 责任单位, 责任领导 (a person), dates in several wordings, 长期坚持, a 合计 row, a 说明 line and the office's foot.
SWEEP_ROWS = [
    (
        "清丰县马庄桥镇人民政府",
        [
            ("吸毒人员动态管控", "2名社区康复人员未按期开展尿检", "7月15日前", "已完成尿检，结果均为阴性"),
            ("禁毒宣传", "村级禁毒宣传栏内容仍为2022年版本，未及时更新", "7月底前", "正在更换宣传栏内容"),
        ],
        "镇党委副书记 李建国",
    ),
    (
        "清丰县瓦屋头镇人民政府",
        [
            ("领导重视", "镇党委上半年未专题研究禁毒工作", "7月20日前", "7月12日已召开党委会专题研究"),
            ("禁种铲毒", "踏查记录无踏查路线和现场照片", "长期坚持", ""),
        ],
        "镇党委副书记 赵红梅",
    ),
    (
        "清丰县仙庄镇人民政府",
        [
            (
                "基础保障",
                "禁毒专干由村干部兼任，未配备专职人员",
                "2024年9月30日",
                "已向县禁毒办申请招录禁毒社工1名",
            ),
            ("无毒创建", "无毒村创建台账资料不完善，个别资料仍是2023年度内容", "2024年7月10日", "未整改"),
        ],
        "镇党委委员 孙卫东",
    ),
    (
        "清丰县柳格镇人民政府",
        [
            (
                "吸毒人员动态管控",
                "1名社区戒毒人员失联未及时上报",
                "2024年7月8日",
                "已找回，落实“一人一档”管控",
            ),
            ("禁毒宣传", "“6·26”国际禁毒日宣传活动无影像资料", "第三季度", ""),
        ],
        "镇长 马志强",
    ),
]


def write_sweep(path: Path) -> Path:
    b = Book(path, author="县禁毒办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 24, 16, 38, 14, 18, 30])
    b.line(ws, 0, "清丰县2024年上半年禁毒“大扫除”专项行动及无毒创建督导检查问题清单", 6, b.title)
    b.line(ws, 1, "督导时间：2024年7月2日至7月5日    督导组：县禁毒办第一、第二督导组", 6)
    b.header(ws, 2, ["序号", "责任单位", "督导项目", "存在问题", "整改时限", "责任领导", "整改进展"])
    r = 3
    n = 0
    for unit, problems, leader in SWEEP_ROWS:
        first = r
        for item, problem, limit, progress in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, item, b.center)
            b.put(ws, r, 3, problem)
            b.put(ws, r, 4, limit, b.center)
            b.put(ws, r, 6, progress)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, unit)
        b.merge(ws, first, 5, r - 1, 5, leader, b.center)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "督导乡镇4个，发现问题8个")
    b.line(ws, r + 1, "说明：各乡镇于每月25日前将整改进展报县禁毒办，问题整改完成后报送佐证材料申请销号。", 6)
    b.line(ws, r + 3, "清丰县禁毒委员会办公室    2024年7月30日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 禁毒委成员单位联合交叉督查, after a city 禁毒办's 联合交叉督查 of its 34 成员单位 (督查组由禁毒办工作人员、政府
# 督查考评办工作人员和从成员单位抽调的业务骨干组成; 依据禁毒工作绩效考核细则逐条逐项核对; 对重视不够、任务完成明显
# 滞后的当场提醒):
# http://xianyu.chinaxiaokang.com/yueyangshidiji/linxiangshi/huizhan/2020/1017/3793754.html
# An .xlsx: title, 督查组/督查时间 line, one header row with the 成员单位 written by short names (市卫健委, 市文广旅局,
# 市市场监管局, 市交通局, 市人社局) and their own 责任科室 (sections), 考核细则条目, a 注 line and the office's foot.
MEMBER_ROWS = [
    (
        "市教育局",
        "体卫艺科",
        "毒品预防教育“6·27”工程覆盖率未达100%，2所民办学校未开设禁毒课",
        "第三条第2款",
        "2024年9月30日",
        "已督促2所学校秋季开学第一周开设禁毒课，正在跟进",
    ),
    (
        "市卫健委",
        "医政医管科",
        "医疗机构麻醉药品、精神药品专册登记检查记录不全",
        "第五条第1款",
        "7月31日前",
        "已完成全市二级以上医院专项检查，记录已补齐",
    ),
    (
        "市文广旅局",
        "市场管理科",
        "歌舞娱乐场所禁毒承诺书签订率不足80%",
        "第六条第3款",
        "2024年8月15日",
        "已签订152家，剩余23家正在签订",
    ),
    (
        "市市场监管局",
        "网络交易监管科",
        "未开展网络交易平台涉毒违规商品信息监测",
        "第七条第2款",
        "2024.7.20",
        "已开展专项监测1次，删除违规信息11条，整改完成",
    ),
    (
        "市交通局",
        "运输管理科",
        "物流寄递企业“三个100%”制度落实情况检查记录缺失",
        "第八条第1款",
        "8月底前",
        "未整改",
    ),
    (
        "市人社局",
        "职业能力建设科",
        "戒毒康复人员就业技能培训未纳入年度培训计划",
        "第九条第2款",
        "年底前",
        "",
    ),
    (
        "市司法局",
        "社区矫正管理科",
        "未对社区矫正对象开展涉毒情况排查",
        "第十条第1款",
        "2024年7月25日",
        "已排查完毕，未发现涉毒人员",
    ),
    (
        "共青团濮阳市委员会",
        "学校部",
        "青少年禁毒志愿服务队活动开展不经常",
        "第十二条第1款",
        "长期坚持",
        "常态化推进",
    ),
]


def write_members(path: Path) -> Path:
    b = Book(path, author="市禁毒办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 16, 44, 14, 16, 36])
    b.line(ws, 0, "2024年市禁毒委成员单位禁毒工作联合交叉督查反馈问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "督查组：市禁毒办、市政府督查局及成员单位抽调人员    督查时间：2024年7月15日至7月17日    "
        "督查依据：《2024年度禁毒工作绩效考核细则》",
        6,
    )
    b.header(ws, 2, ["序号", "成员单位", "责任科室", "督查发现问题", "考核细则条目", "整改时限", "整改情况"])
    for i, row in enumerate(MEMBER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:4]), first=1)
        b.put(ws, 2 + i, 5, row[4], b.center)
        b.put(ws, 2 + i, 6, row[5])
    end = 3 + len(MEMBER_ROWS)
    b.line(ws, end, "注：整改情况请各成员单位于7月30日前反馈市禁毒办，逾期未反馈的纳入年度考核扣分。", 6)
    b.line(ws, end + 2, "濮阳市禁毒委员会办公室（盖章）    2024年7月30日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 街道反诈宣传防范整改报告, after a 街道's 关于金融诈骗宣传防范工作的整改报告 (一、存在问题: (一)宣传节奏断层，长效
# 机制“空转”——每季度仅开展1-2次集中宣传、日常宣传近乎空白; (二)宣传形式固化，吸引力“掉线”——公告栏海报千篇一律、
# 传单发放后常被随手丢弃; 宣传内容缺乏针对性 …; 现将整改情况详细汇报如下):
# https://m.huaboedu.com/news/128813.html
# A .docx: title, date line, 主送, preamble, the items as numbered paragraphs (一)…(七) each with its problem, 整改措施,
# 责任科室 (sections of the 街道), 完成时限 and progress in sentences, a closing paragraph and the 街道 at the foot.
FRAUD_PARAS = [
    (
        "（一）宣传节奏断层，长效机制“空转”。过去每季度仅开展1至2次集中宣传，日常宣传近乎空白，居民防范意识难以持续。"
        "整改措施：建立每周四“反诈宣传日”制度，由平安办牵头，各社区轮流组织。整改时限：长期坚持。目前常态化推进。"
    ),
    (
        "（二）宣传形式固化，吸引力“掉线”。社区公告栏海报千篇一律，传单发放后多被随手丢弃，宣传效果大打折扣。"
        "整改措施：由党政办牵头，结合辖区真实案例制作反诈短视频和情景剧，在社区电子屏、微信群推送。整改时限：2024年6月30日。"
        "目前已制作反诈短视频6部、情景剧2部，整改完成。"
    ),
    (
        "（三）宣传覆盖不全面。辖区12个居民小区中3个老旧小区和沿街商户未纳入宣传范围。整改措施：平安办组织网格员"
        "逐楼逐户上门宣传，沿街商户发放反诈提示卡。整改时限：7月底前。目前已覆盖2个老旧小区，剩余1个正在推进。"
    ),
    (
        "（四）重点人群宣传缺乏针对性。对老年人、在校学生、企业财会人员未开展分众化宣传。整改措施：社会事务办联合"
        "辖区学校、企业开展专场宣讲。整改时限：8月31日前。目前尚未启动。"
    ),
    (
        "（五）国家反诈中心APP注册率偏低。辖区国家反诈中心APP注册率仅为41%，低于全区平均水平。整改措施：各社区"
        "组织网格员入户指导下载注册，9月底前注册率提升至70%以上。目前已提升至58%。"
    ),
    (
        "（六）预警劝阻反馈不及时。公安机关推送的预警线索，社区见面劝阻反馈超过24小时的有5起。整改措施：平安办建立"
        "预警线索“接收—劝阻—反馈”闭环机制。整改时限：2024年7月10日。已建立闭环机制，7月以来反馈均在2小时内完成。"
    ),
    (
        "（七）宣传经费保障不足。反诈宣传无专项经费，宣传物料依靠派出所提供。整改措施：财政所将反诈宣传经费"
        "纳入下半年预算调整，年底前落实到位。"
    ),
]


def write_fraud(path: Path) -> Path:
    doc = _new_document("中原路街道平安办")
    _title(doc, "华龙区中原路街道办事处关于反诈宣传防范工作问题的整改报告")
    _paragraph(doc, "（2024年7月22日）", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "区平安建设领导小组办公室：")
    _paragraph(
        doc,
        "近期，电信网络诈骗案件在我街道辖区呈多发态势，区平安办督导反馈我街道反诈宣传防范工作存在短板和不足。"
        "街道党工委高度重视，组建专项工作小组，逐项剖析问题，全面落实整改。现将存在问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、存在问题及整改情况", 16, "黑体")
    for text in FRAUD_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "我街道将持续巩固整改成果，把反诈宣传纳入网格化管理日常工作，形成全民反诈的浓厚氛围，全力压降电信网络诈骗发案。",
    )
    _paragraph(doc, "华龙区中原路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 基础电信企业营业厅反诈检查, after a provincial 通信管理局 and 公安厅's joint 打击治理电信网络诈骗工作实地检查 of
# 基础电信企业营业厅及社会代理渠道 (用户入网承诺协议不明确、不规范, 不良信用电话用户管理系统数据更新不及时, 防范诈骗宣传
# 海报未按要求张贴、张贴位置不醒目; 向各基础电信企业通报存在问题):
# https://www.miit.gov.cn/xwdt/gxdt/dfgz/art/2020/art_cb965c5c9b924900872fbc7c5abb3944.html
# A CSV in UTF-8 with a BOM: a title line, a line naming the checking units and the check date the 整改时限 count from
# (days, 工作日), one header line with the 检查网点 (premises) beside the 整改责任单位 (the operator's branch), a 合计 line.
TELECOM_ROWS = [
    (
        "胜利路营业厅",
        "自营厅",
        "用户入网承诺书未包含不出租、出借电话卡条款",
        "7日内",
        "中国移动通信集团河南有限公司濮阳分公司",
        "已启用新版入网承诺书",
    ),
    (
        "金堤路手机卖场",
        "社会代理渠道",
        "代理渠道未张贴防范电信网络诈骗宣传海报",
        "3日内",
        "中国移动通信集团河南有限公司濮阳分公司",
        "已张贴",
    ),
    (
        "开州路营业厅",
        "自营厅",
        "不良信用电话用户管理系统数据未同步更新",
        "10个工作日内",
        "中国联合网络通信有限公司濮阳市分公司",
        "正在与省公司系统对接",
    ),
    (
        "清丰县城关代理点",
        "社会代理渠道",
        "一证多卡开户未进行二次核验",
        "7日内",
        "中国联合网络通信有限公司濮阳市分公司",
        "未整改",
    ),
    (
        "中原路营业厅",
        "自营厅",
        "防范诈骗宣传海报张贴在营业厅后门，位置不醒目",
        "3日内",
        "中国电信股份有限公司濮阳分公司",
        "已移至营业厅入口显著位置",
    ),
    (
        "濮阳县文留镇代理点",
        "社会代理渠道",
        "营业员不熟悉涉诈高风险号码识别和处置流程",
        "2024-08-15",
        "中国电信股份有限公司濮阳分公司",
        "",
    ),
    (
        "人民路营业厅",
        "自营厅",
        "销售物联网卡未核实用户真实用途",
        "2024-08-31",
        "中国广电河南网络有限公司濮阳分公司",
        "已暂停物联网卡销售，正在制定用途核验流程",
    ),
]


def write_telecom(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市基础电信企业营业厅及社会代理渠道防范治理电信网络诈骗工作检查问题整改台账"])
    w.writerow(
        [
            "检查单位：濮阳市通信发展管理办公室、濮阳市公安局反诈中心；检查时间：2024年7月16日；"
            "整改时限自检查之日起计算"
        ]
    )
    w.writerow(["序号", "检查网点", "网点类型", "存在问题", "整改时限", "整改责任单位", "整改情况"])
    for i, row in enumerate(TELECOM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "抽查网点7个", "", "发现问题7个", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 严重精神障碍患者服务管理整改报告, after a unit's 严重精神障碍整改报告 (针对前期严重精神障碍服务管理工作中存在的
# 薄弱环节开展专项整改; 一、整改背景与问题查摆: 在册患者总数、危险性评估3级及以上患者; 通过上级督查、自查自纠及群众
# 反馈，发现以下突出问题 …):
# http://f.tikuw.cn/f/item?id=1853688819812176
# A .wps (Word 97 via LibreOffice): title, 主送, preamble with the 在册 figures, 一、整改背景与问题查摆, the problems as
# numbered paragraphs 1.…7. each closing with （责任单位：…；完成时限：…） and a progress sentence, the office at the foot.
MENTAL_PARAS = [
    (
        "1.在册患者底数不清。部分乡镇在册患者与公安、卫健部门数据比对存在差异37人。（责任单位：濮阳县卫生健康委员会；"
        "完成时限：2024年7月31日）目前已完成数据比对，差异人员全部核实入册，整改完成。"
    ),
    (
        "2.高风险患者随访不到位。危险性评估3级以上患者未做到每月面访，部分随访以电话代替。（责任单位：濮阳县卫生健康"
        "委员会；完成时限：长期坚持）目前常态化推进。"
    ),
    (
        "3.监护补助发放滞后。监护人“以奖代补”资金2023年度补助尚未发放到位。（责任单位：濮阳县财政局；完成时限：2024年"
        "8月15日）目前资金已拨付至各乡镇，正在发放。"
    ),
    (
        "4.管控小组人员信息未及时更新。“五位一体”关爱帮扶小组成员调整后，信息系统未同步更新。（责任单位：濮阳县公安局；"
        "完成时限：2024年7月20日）已全部更新，整改到位。"
    ),
    (
        "5.走访记录不规范。文留镇关爱帮扶小组走访记录不完整，个别记录存在代签现象。（责任单位：濮阳县文留镇人民政府；"
        "完成时限：8月底前）目前尚未整改。"
    ),
    (
        "6.救助政策落实不到位。3名贫困患者符合条件但未纳入最低生活保障。（责任单位：濮阳县民政局；完成时限：9月30日前）"
        "目前已提交审核材料，正在审批。"
    ),
    "7.应急处置通道不畅。患者病情波动时应急送诊收治绿色通道尚未建立。（责任单位：濮阳县第二人民医院；完成时限：第三季度）",
]


def write_mental_docx(path: Path) -> Path:
    doc = _new_document("县平安办")
    _title(doc, "濮阳县关于严重精神障碍患者服务管理问题整改情况的报告")
    _paragraph(doc, "市平安建设领导小组办公室：")
    _paragraph(
        doc,
        "为全面贯彻落实《中华人民共和国精神卫生法》及严重精神障碍管理治疗工作规范，有效防范肇事肇祸风险，我县针对"
        "前期服务管理工作中存在的薄弱环节，开展了专项整改。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、整改背景与问题查摆", 16, "黑体")
    _paragraph(
        doc,
        "截至2024年6月，全县在册严重精神障碍患者1862人，其中危险性评估3级及以上患者97人。通过市级督查、自查自纠"
        "及群众反馈，发现以下突出问题：",
    )
    for text in MENTAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作打算", 16, "黑体")
    _paragraph(
        doc,
        "我县将坚持问题导向，压实部门和乡镇责任，对未完成的整改事项挂账督办，确保严重精神障碍患者“零肇事肇祸”。",
    )
    _paragraph(doc, "濮阳县平安建设领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_mental(path: Path) -> Path:
    return via_soffice(write_mental_docx, path, "doc", "严重精神障碍患者服务管理问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 综治中心规范化建设督导检查, after a city's 社会治安综合治理中心规范化建设推进会讲话 (解决“阵地不规范”——面积不达标、
# 功能布局不合理、标识标牌不统一; “机制不健全”——部门协作不顺畅、矛盾纠纷化解“中梗阻”; “保障不到位”——经费不足、
# 人员配备不齐; “作用不突出”; “一厅五室”; 乡级不低于200平方米):
# https://wenku.baigecn.com/detail/19d0b244f398d3942fbd03fcb809b9e9.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 问题类型 in the speech's own four terms,
# the 综治中心 beside its 责任单位, a 销号情况 column beside 整改进展 (已销号 beats 基本完成), 长期坚持, 填表说明 and
# signature lines.
CENTER_ROWS = [
    (
        "南乐县综治中心",
        "阵地不规范",
        "群众接待大厅与矛盾调处室共用，未按“一厅五室”设置",
        "按“一厅五室”标准改造功能布局",
        "中共南乐县委政法委员会",
        "2024年9月30日",
        "已完成改造方案设计，正在施工",
        "",
    ),
    (
        "南乐县综治中心",
        "机制不健全",
        "信访、司法行政等部门未常驻，实行轮流入驻",
        "推动信访、司法、人社等部门常驻",
        "中共南乐县委政法委员会",
        "6月底",
        "基本完成，县信访局、司法局已常驻",
        "已销号",
    ),
    (
        "韩张镇综治中心",
        "阵地不规范",
        "中心面积仅120平方米，低于乡级不低于200平方米的标准",
        "整合镇原农技站房屋扩建",
        "南乐县韩张镇人民政府",
        "年底前",
        "正在协调镇原农技站房屋",
        "",
    ),
    (
        "韩张镇综治中心",
        "保障不到位",
        "未配备专职工作人员，由镇司法所人员兼任",
        "配备专职工作人员不少于3名",
        "南乐县韩张镇人民政府",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "元村镇综治中心",
        "阵地不规范",
        "标识标牌未按全市统一样式制作",
        "按统一样式更换标识标牌",
        "南乐县元村镇人民政府",
        "2024年7月15日",
        "已完成",
        "已销号",
    ),
    (
        "元村镇综治中心",
        "作用不突出",
        "矛盾纠纷受理登记不全，上半年登记量仅14件",
        "落实矛盾纠纷“一站式”受理登记",
        "南乐县元村镇人民政府",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "千口镇综治中心",
        "机制不健全",
        "视频监控未接入县级综治视联网平台",
        "完成视频监控联网接入",
        "南乐县千口镇人民政府",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "谷金楼乡综治中心",
        "作用不突出",
        "网格事件流转处置未形成闭环，超期未办结事件9件",
        "逐件督办超期事件，建立闭环机制",
        "南乐县谷金楼乡人民政府",
        "2024年8月15日",
        "已办结6件，剩余3件正在办理",
        "",
    ),
]


def write_center_book(path: Path) -> Path:
    b = Book(path, author="县委政法委")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 16, 12, 36, 28, 24, 14, 28, 10])
    b.line(ws, 0, "综治中心规范化建设督导检查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：中共南乐县委政法委员会    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "综治中心",
            "问题类型",
            "存在问题",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(CENTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:5]), first=1)
        b.put(ws, 2 + i, 6, row[5], b.center)
        b.put(ws, 2 + i, 7, row[6])
        b.put(ws, 2 + i, 8, row[7], b.center)
    end = 3 + len(CENTER_ROWS)
    b.line(ws, end, "填表说明：销号情况由县委政法委复核后填写；问题类型按阵地、机制、保障、作用四类填写。", 8)
    b.line(ws, end + 1, "填表人：郭晓燕    审核人：田振华    联系电话：0393-6121538", 8)
    return b.close()


def write_center(path: Path) -> Path:
    via_soffice(write_center_book, path, "ods", "综治中心规范化建设督导检查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 电信网络诈骗重点乡镇挂牌整治, after a city 打击治理电信网络诈骗犯罪工作视频推进会 (总目标“发案稳步下降、涉案‘两卡’
# 线索持续减少、滞留境外涉诈高危人员动态清零”; 劝投逼返; 涉案“两卡”整治; 反诈宣传防范; 对单月万人发案率已连续4次以上
# 进入全市前10名的重点乡镇街道挂牌督办、专项整改):
# https://sqca.suqian.gov.cn/sqcaw/tpxw/202208/f86a6ee196494eb3a2f145663efde6dc.shtml
# A .zip of two returns from two 挂牌 towns: an .xlsx 整改任务推进表 whose rows name only the town's own offices
# (平安办, 宣传办, 党政办), and a .docx with a table naming the town and its 派出所 as 责任单位.
SUNKOU_ROWS = [
    (
        "涉诈人员管控",
        "滞留境外涉诈高危人员2人尚未劝返",
        "平安办",
        "2024年9月30日",
        "已劝返1人，另1人正在做家属工作",
    ),
    ("“两卡”整治", "辖区出租、出借银行卡线索核查未全覆盖", "平安办", "7月31日前", "已核查完毕，整改完成"),
    ("反诈宣传", "村级反诈宣传员队伍未建立", "宣传办", "2024年7月20日", "已建立，每村配备宣传员1名"),
    ("预警劝阻", "预警线索见面劝阻率低于90%", "平安办", "长期坚持", "常态化推进"),
    ("考核问责", "未将反诈工作纳入村干部绩效考核", "党政办", "8月底前", ""),
]
PUCHENG_ROWS = [
    (
        "6月份单月万人发案率0.82，居全市乡镇（街道）第3位",
        "开展发案压降攻坚，10月底前退出全市前10名",
        "范县濮城镇人民政府",
        "2024年10月底前",
        "7月发案率降至0.41",
    ),
    (
        "油田家属区老年人被骗占比高，反诈宣传未入户",
        "组织网格员逐户上门宣传",
        "范县濮城镇人民政府",
        "7月31日前",
        "已完成入户宣传4600户，实现全覆盖",
    ),
    (
        "涉案“两卡”开户人员惩戒措施未落实",
        "逐人核查，依法落实惩戒",
        "范县公安局濮城派出所",
        "8月15日前",
        "正在核查",
    ),
    (
        "国家反诈中心APP注册率低于全县平均水平",
        "镇村干部包片推广注册",
        "范县濮城镇人民政府",
        "9月30日前",
        "",
    ),
    (
        "电诈警情回访不及时，受害群众回访率不足60%",
        "落实警情24小时内回访",
        "范县公安局濮城派出所",
        "2024年7月15日",
        "未整改",
    ),
]


def write_sunkou_book(path: Path) -> Path:
    b = Book(path, author="孙口镇平安办")
    ws = b.sheet("推进表")
    b.widths(ws, [6, 14, 38, 12, 16, 32])
    b.line(ws, 0, "台前县孙口镇电信网络诈骗挂牌整治整改任务推进表", 5, b.title)
    b.line(ws, 1, "填报单位（盖章）：台前县孙口镇人民政府    填报日期：2024年7月29日", 5)
    b.header(ws, 2, ["序号", "整改任务", "具体问题", "责任科室", "完成时限", "推进情况"])
    for i, row in enumerate(SUNKOU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:3]), first=1)
        b.put(ws, 2 + i, 4, row[3], b.center)
        b.put(ws, 2 + i, 5, row[4])
    b.line(ws, 4 + len(SUNKOU_ROWS), "分管领导：刘振宇    填表人：孔祥民    联系电话：0393-2261307", 5)
    return b.close()


def write_pucheng_docx(path: Path) -> Path:
    doc = _new_document("濮城镇")
    _title(doc, "范县濮城镇电信网络诈骗挂牌整治问题整改情况", 18)
    _paragraph(
        doc,
        "我镇因单月万人发案率连续4次进入全市前10名，被市打击治理电信网络新型违法犯罪工作联席会议挂牌督办。"
        "现将问题整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(PUCHENG_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "整改措施", "责任单位", "整改时限", "整改进展"], body)
    _paragraph(doc, "范县濮城镇人民政府    2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hotspots(path: Path) -> Path:
    members = [
        ("台前县孙口镇电信网络诈骗挂牌整治整改任务推进表.xlsx", write_sunkou_book),
        ("范县濮城镇电信网络诈骗挂牌整治问题整改情况.docx", write_pucheng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 平安建设“大走访、大回访”台账, after a 镇's 综治“大宣传、大走访、大回访”活动 (镇综治办为主体，派出所、村干部及
# 镇相关部门负责人联合开展“大走访”; 建立“大走访”工作台账，对需要整改解决的问题，明确责任单位及责任人，逐一进行整改
# 落实; “警情回访”“涉法涉诉案件回访”“矛盾化解回访”):
# http://www.taihewm.cn/content/detail/5ae91b0f7f8b9a9638532dbd.html
# An .xlsx: title, 填报单位 line, one header row with 走访时间 (an event date), 走访人 (the visitor), 问题类别, the
# 责任单位 and its 责任人, 办结时限, 整改落实情况 and 群众满意度, a short name 市交警支队, a 合计 row and a signature line.
VISIT_ROWS = [
    (
        date(2024, 7, 2),
        "庆祖村",
        "张伟、刘明",
        "村东废品收购站夜间作业噪音扰民，多次协调未果",
        "矛盾纠纷",
        "濮阳县庆祖镇人民政府",
        "王海军",
        "2024年7月20日",
        "已调解，收购站调整作业时间至白天",
        "满意",
    ),
    (
        date(2024, 7, 3),
        "西辛庄村",
        "张伟、李强",
        "村内出租房流动人口未登记",
        "治安隐患",
        "濮阳县公安局庆祖派出所",
        "赵志刚",
        "7月31日前",
        "已登记23人，剩余人员正在核实",
        "",
    ),
    (
        date(2024, 7, 3),
        "东北庄村",
        "张伟、李强",
        "国道106线与村道交叉口无信号灯，交通事故多发",
        "交通安全",
        "市交警支队",
        "孙立新",
        "2024年9月30日",
        "已上报，正在设计施工方案",
        "",
    ),
    (
        date(2024, 7, 5),
        "后张村",
        "刘明、陈静",
        "留守老人反映多次接到冒充医保局工作人员的诈骗电话",
        "反诈宣传",
        "濮阳县公安局庆祖派出所",
        "赵志刚",
        "2024年7月10日",
        "已入户开展反诈宣传，并帮助老人设置来电拦截",
        "满意",
    ),
    (
        date(2024, 7, 8),
        "庆祖村",
        "王海军、陈静",
        "两户宅基地边界纠纷，多次发生口角",
        "矛盾纠纷",
        "濮阳县司法局庆祖司法所",
        "周丽",
        "2024年7月25日",
        "未化解",
        "不满意",
    ),
    (
        date(2024, 7, 9),
        "西辛庄村",
        "张伟、李强",
        "村内监控探头损坏4个，形成治安盲区",
        "治安防控",
        "濮阳县庆祖镇人民政府",
        "王海军",
        "8月底前",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "南湖村",
        "刘明、陈静",
        "涉诉案件当事人对判决执行不满，情绪激动",
        "涉法涉诉",
        "濮阳县人民法院",
        "冯建华",
        "长期坚持",
        "常态化跟踪稳控",
        "基本满意",
    ),
    (
        date(2024, 7, 11),
        "后张村",
        "刘明、陈静",
        "村文化广场夜间无照明，群众出行不便",
        "基础设施",
        "濮阳县庆祖镇人民政府",
        "王海军",
        "2024年7月31日",
        "已安装太阳能路灯6盏",
        "满意",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="庆祖镇综治中心")
    ws = b.sheet("走访台账")
    b.widths(ws, [6, 13, 10, 12, 36, 10, 22, 10, 14, 30, 10])
    b.line(ws, 0, "庆祖镇平安建设“大走访、大回访”发现问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县庆祖镇综治中心    统计时段：2024年7月1日至7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "走访时间",
            "走访村",
            "走访人",
            "群众反映问题",
            "问题类别",
            "责任单位",
            "责任人",
            "办结时限",
            "整改落实情况",
            "群众满意度",
        ],
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.day)
        b.row(ws, r, list(row[1:8]), first=2)
        b.put(ws, r, 8, row[7], b.center)
        b.put(ws, r, 9, row[8])
        b.put(ws, r, 10, row[9], b.center)
    end = 3 + len(VISIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "走访村6个，收集问题8个，已办结3个")
    b.line(ws, end + 1, "填表人：陈静    审核人：王海军    填报日期：2024年7月30日", 10)
    return b.close()


FILES = [
    ("濮阳县易制毒化学品使用单位督导反馈问题整改落实情况表.xls", write_precursor),
    ("华龙区易制毒化学品企业安全检查隐患整改台账.xlsx", write_chemical),
    ("清丰县禁毒大扫除专项行动上半年督导检查问题清单.xlsx", write_sweep),
    ("市禁毒委成员单位联合交叉督查反馈问题整改台账.xlsx", write_members),
    ("中原路街道反诈宣传防范工作问题整改报告.docx", write_fraud),
    ("基础电信企业营业厅反诈检查问题整改台账.csv", write_telecom),
    ("濮阳县严重精神障碍患者服务管理问题整改情况报告.wps", write_mental),
    ("南乐县综治中心规范化建设督导检查问题整改台账.ods", write_center),
    ("电信网络诈骗挂牌整治乡镇整改情况（两镇）.zip", write_hotspots),
    ("庆祖镇平安建设大走访发现问题整改台账.xlsx", write_visit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

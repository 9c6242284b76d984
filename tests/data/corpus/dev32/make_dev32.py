"""Write the dev32 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table (and one more inside the zip), a .doc with the items as numbered paragraphs, a .wps
(Word 97 via LibreOffice) with a table and a .zip of two returns. Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev32.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
CREATED = datetime(2024, 7, 31, 16, 30, 0)
ZIP_TIME = (2024, 7, 31, 16, 30, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
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

    def two_row_header(self, ws, r: int, groups: list[tuple[str, list[str]]]) -> None:
        """Groups of (top word, sub words); a group without sub words spans both rows."""
        c = 0
        for top, subs in groups:
            if not subs:
                self.merge(ws, r, c, r + 1, c, top, self.head)
                c += 1
                continue
            self.merge(ws, r, c, r, c + len(subs) - 1, top, self.head)
            self.header(ws, r + 1, subs, c)
            c += len(subs)

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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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
# 1. 安全生产隐患排查治理台账, after an account of what a 隐患排查治理台账 must hold (排查时间、部位或场所、参与排查人员;
# 隐患描述和级别 一般/重大; 治理措施、完成时限、负责人; 过程跟踪 such as “防爆灯已安装，待通电测试”; 验收闭环: 复查结果、
# 验收人员签字及日期):
# https://www.fudaoke.com/exam/3055405.html
# An .xlsx from a gas company, named only in the title and file name: two-row merged header (排查情况 / 隐患情况 /
# 治理情况 / 验收情况), the 排查人 (inspectors) beside the company's own 责任部门, dates as text, a 合计 line,
# a 注 and a signature line.
GAS_ROWS = [
    (
        date(2024, 7, 2),
        "开州路调压站",
        "李明、王强",
        "调压站防爆灯损坏，夜间照明不足",
        "一般",
        "更换防爆灯具",
        "调压站",
        "张海",
        "2024.7.10",
        "防爆灯已更换并通电测试正常",
        "复查合格",
        "刘伟",
        "2024.7.11",
    ),
    (
        date(2024, 7, 5),
        "中原路中压管线",
        "李明、赵磊",
        "中压管线上方违章搭建彩钢房形成占压",
        "重大",
        "协调属地拆除占压建筑",
        "输配管网所",
        "陈刚",
        "8月底前",
        "已向属地街道发函，正在协调拆除",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 9),
        "LNG储配站储罐区",
        "王强、孙涛",
        "储罐区可燃气体报警器超期未检定",
        "一般",
        "送法定机构检定",
        "LNG储配站",
        "周平",
        "2024.7.20",
        "已送检，待回装",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "商业用户（餐饮）",
        "赵磊、孙涛",
        "部分餐饮用户燃气软管老化开裂",
        "一般",
        "逐户上门更换金属波纹管",
        "客户服务中心",
        "吴敏",
        "2024.7.31",
        "",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 15),
        "公司办公楼",
        "李明",
        "办公楼二层消防通道堆放杂物",
        "一般",
        "清理杂物，保持通道畅通",
        "综合办公室",
        "郑丽",
        "2024.7.16",
        "已清理",
        "复查合格",
        "刘伟",
        "2024.7.16",
    ),
    (
        date(2024, 7, 18),
        "城东加气站",
        "王强、赵磊",
        "加气机拉断阀超期未更换",
        "一般",
        "采购并更换拉断阀",
        "城东加气站",
        "马超",
        "2024.8.15",
        "未整改，配件尚未采购",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 24),
        "城区中压阀门井",
        "孙涛、李明",
        "阀门井内积水锈蚀，阀门启闭不灵活",
        "一般",
        "排水除锈，更换损坏阀门",
        "输配管网所",
        "陈刚",
        "2024年9月30日前",
        "已完成12座阀门井排水除锈，剩余8座正在处理",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 26),
        "各站所",
        "安全环保部",
        "一线员工安全培训记录不完整",
        "一般",
        "建立员工安全培训档案，每月组织培训考核",
        "安全环保部",
        "杨帆",
        "长期坚持",
        "长期坚持",
        "",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("隐患台账")
    last = 13
    b.widths(ws, [5, 11, 14, 10, 28, 7, 22, 11, 7, 14, 26, 9, 7, 10])
    b.line(ws, 0, "濮阳市燃气有限公司安全隐患排查治理台账", last, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日—7月31日    台账编号：AQ-2024-07", last)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("排查情况", ["排查时间", "排查部位（场所）", "排查人"]),
            ("隐患情况", ["隐患描述", "隐患级别"]),
            ("治理情况", ["治理措施", "责任部门", "责任人", "完成时限", "治理进展"]),
            ("验收情况", ["复查结果", "验收人", "验收日期"]),
        ],
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    end = 4 + len(GAS_ROWS)
    b.line(ws, end, "合计：排查隐患8项（重大隐患1项、一般隐患7项），已复查验收2项。", last)
    b.line(ws, end + 1, "注：1.隐患级别分为一般隐患和重大隐患；2.验收情况栏由安全环保部复查后填写。", last)
    b.line(
        ws,
        end + 2,
        "安全负责人：杨帆    填表人：郑丽    联系电话：0393-8916620    填表日期：2024年7月31日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 《政府工作报告》重点任务落实推进情况表, after a 旗政府办公室's notice on the 重点任务责任落实分工 (主要领导亲自抓;
# 每月25日前报送《重点任务落实推进情况表》; 建立重点任务落实台账, 跟踪督办; 未达到序时进度的加大通报力度):
# https://www.ewenke.gov.cn/OpennessContent/show/273144.html
# An .xlsx: 附件 line, title, 报送 line, one header row with 牵头单位 and 配合单位, 时间节点 as schedule texts,
# progress as sentences, a 是否达到序时进度 column, section rows, a 注 and a contact line.
TASK_SECTIONS = [
    (
        "一、扩大有效投资",
        [
            (
                "新开工改造城镇老旧小区42个",
                "市住建局",
                "各县区人民政府",
                "3月底前完成项目摸底，6月底前全部开工，11月底前完成改造",
                "已开工38个，完成改造15个，4个小区因管线迁改尚未开工。",
                "否",
            ),
            (
                "新建5G基站800个",
                "市工信局",
                "国网濮阳供电公司",
                "年底前",
                "已建成5G基站820个，提前完成全年任务。",
                "是",
            ),
            (
                "完成市级国土空间总体规划报批",
                "市自然资源局",
                "市直有关部门",
                "上半年完成报批",
                "已报省政府审批，尚未批复。",
                "否",
            ),
            (
                "推进市中心医院新院区建设",
                "市卫健委",
                "市发改委、市财政局",
                "2024-2025年",
                "主体结构已封顶，正在进行二次结构施工。",
                "是",
            ),
        ],
    ),
    (
        "二、增进民生福祉",
        [
            (
                "实施农村供水保障工程，改造老旧供水管网",
                "市水利局",
                "各县区人民政府",
                "9月底前完成管网改造",
                "未启动，项目资金尚未落实。",
                "否",
            ),
            (
                "持续开展安全生产治本攻坚三年行动",
                "市应急局",
                "市安委会各成员单位",
                "常态化推进",
                "常态化推进。",
                "是",
            ),
            ("新增城镇就业2.5万人", "市人社局", "各县区人民政府", "年底前", "", ""),
            (
                "推动住房公积金异地转移接续“跨省通办”",
                "市公积金中心",
                "市行政服务中心",
                "第三季度",
                "已上线运行，实现跨省转移接续全程网办。",
                "是",
            ),
        ],
    ),
]


def write_task(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("推进情况")
    last = 7
    b.widths(ws, [5, 34, 14, 18, 30, 40, 10, 10])
    b.line(ws, 0, "附件", last)
    b.line(ws, 1, "2024年《政府工作报告》重点任务落实推进情况表", last, b.title)
    b.line(ws, 2, "报送时间：2024年7月25日    （每月25日前报市政府督查室）", last)
    b.header(
        ws,
        3,
        ["序号", "重点任务", "牵头单位", "配合单位", "时间节点", "1—7月推进情况", "是否达到序时进度", "备注"],
    )
    r, n = 4, 0
    for heading, rows in TASK_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [*row, ""], 1)
            r += 1
    b.line(
        ws, r + 1, "注：1.时间节点以市政府印发的责任分工为准；2.未达到序时进度的，请在备注栏说明原因。", last
    )
    b.line(ws, r + 2, "联系人：白文静    联系电话：0393-8812822    电子邮箱：pydcs@163.com", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 环保督察反馈问题整改销号调度表, after a county's 环保督察整改销号工作调度会 (整改时限在年底前须完成的反馈问题; 路网
# 改造雨污分流闭环改造工程, 雨污管网维护, 饮用水源地日常管理和排查; 整改销号材料规范整理、及时上报; 县里督查):
# http://www.csqrmtzx.com/p/49482.html
# An .xls (xlwt): title, 填报单位 line, one header row with 销号材料报送情况 and 是否销号, units partly by their
# names before the reform (建设局, 城管执法局, 环保局, 畜牧局, 水务局), a 合计 row, a 填表说明 and a signature line.
ENV_ROWS = [
    (
        "城区部分路段雨污合流，生活污水直排金堤河",
        "市建设局",
        "2024年12月底前",
        "路网改造雨污分流闭环改造工程已完成70%",
        "未报送",
        "否",
    ),
    (
        "雨污管网日常维护不到位，汛期多处溢流",
        "市城管执法局",
        "2024年6月30日",
        "已完成管网清淤疏通42公里，建立巡查养护制度",
        "已报送",
        "是",
    ),
    (
        "县级饮用水水源地保护区内存在违规建筑",
        "清丰县",
        "2024年8月31日",
        "已拆除3处，剩余2处正在协商补偿",
        "未报送",
        "否",
    ),
    (
        "化工园区污水处理厂出水总氮超标",
        "市环保局",
        "2024年5月31日",
        "提标改造主体已完工，正在调试运行",
        "未报送",
        "否",
    ),
    ("部分规模养殖场粪污处理设施不配套", "市畜牧局", "2024年10月底前", "未整改", "未报送", "否"),
    ("农村黑臭水体治理后返黑返臭", "范县人民政府", "2024年12月31日", "", "", ""),
    (
        "砖瓦窑企业扬尘治理设施运行不正常",
        "南乐县人民政府",
        "2024年7月15日",
        "已整改到位，经现场核查合格",
        "已报送",
        "是",
    ),
    ("河道管理范围内非法采砂反弹", "市水务局", "长期坚持", "常态化开展巡河，严厉打击非法采砂", "—", "—"),
]


def write_env(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "中央生态环境保护督察“回头看”反馈问题整改销号调度表", t, 0, 7),
        (1, 0, "填报单位：濮阳市生态环境保护委员会办公室    调度时间：2024年7月30日", plain, 1, 7),
    ]
    words = ["序号", "反馈问题", "责任单位", "整改时限", "整改进展", "销号材料报送情况", "是否销号", "备注"]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(ENV_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6) else c))
        cells.append((r, 7, "", c))
    r = 3 + len(ENV_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "反馈问题8个，已销号2个", c, r, 7),
        (r + 1, 0, "填表说明：1.整改时限以整改方案为准；2.已销号的问题须附验收销号材料。", plain, r + 1, 7),
        (r + 2, 0, "填表人：胡晓燕    审核人：梁志远    联系电话：0393-4417260", plain, r + 2, 7),
    ]
    return _write_xls(path, [("调度表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 12345热线转派工单办理明细, after a city's monthly 12345政务服务便民热线运行分析报告 (转派工单N件; 按期签收率、
# 按期办结率、满意率; 诉求分类 投诉/表扬/求助/建议/咨询/举报; 承办单位工单办理量 详见附件):
# http://cjs.cj.gov.cn/gk/wj/946457.htm
# A CSV in GBK: a title line, a header line, 办理时限 in working days from the 派单时间, a 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "2407010036",
        "2024-07-01 09:12",
        "投诉",
        "幸福路与人民路交叉口井盖破损下陷",
        "市城管局",
        "5个工作日",
        "已签收",
        "已办结",
        "满意",
    ),
    (
        "2407030112",
        "2024-07-03 10:30",
        "求助",
        "锦绣小区二次供水水压不足，高层住户无法正常用水",
        "自来水公司",
        "5个工作日",
        "已签收",
        "已办结",
        "基本满意",
    ),
    (
        "2407080254",
        "2024-07-08 15:47",
        "投诉",
        "夜间渣土车沿黄河路抛洒泥土",
        "市交警支队",
        "10个工作日",
        "已签收",
        "已办结",
        "满意",
    ),
    (
        "2407120031",
        "2024-07-12 08:55",
        "咨询",
        "灵活就业人员参加职工医保的缴费基数如何确定",
        "市医保局",
        "5个工作日",
        "已签收",
        "已反馈",
        "满意",
    ),
    (
        "2407160147",
        "2024-07-16 11:20",
        "建议",
        "建议在市体育中心周边增设公共停车位",
        "市资规局",
        "15个工作日",
        "已签收",
        "办理中",
        "",
    ),
    (
        "2407220198",
        "2024-07-22 16:05",
        "投诉",
        "胜利路农贸市场周边流动摊贩占道经营",
        "华龙区胜利路街道办事处",
        "5个工作日",
        "已签收",
        "超期未办结",
        "",
    ),
    (
        "2407250063",
        "2024-07-25 09:40",
        "举报",
        "某培训机构收取预付费后闭店",
        "市市场监管局",
        "10个工作日",
        "已签收",
        "办理中",
        "",
    ),
    (
        "2407300171",
        "2024-07-30 14:18",
        "求助",
        "独居老人家中燃气报警器频繁误报",
        "燃气公司",
        "5个工作日",
        "已签收",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345政务服务便民热线转派工单办理明细（2024年7月1日—7月31日）"])
    w.writerow(
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求类型",
            "诉求内容",
            "承办单位",
            "办理时限",
            "签收情况",
            "办理状态",
            "回访满意度",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本月转派8件，已办结4件", "", "", "", "", ""])
    w.writerow(["注：办理时限自派单次日起按工作日计算。", "", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 代表建议办理情况统计表, after a city government's account of the suggestions of its 人大 session (交由N家单位
# 承办, 涉及主办单位; 回复率, 满意率; A类 已经解决或基本解决, B类 正在解决或有关工作已启动, C类 列入规划, D类 留作参考):
# http://idiamond.net/xxgk/xxgkml/qtzdgknr/jytabl/ztqk/202402/t20240228_3488728.shtml
# A .docx: title, preamble, one table with the 领衔代表 (proposer) beside the 主办单位 and 会办单位, 办结时限 without a
# year (the year from the 填报日期), 办理结果 by class; a 注 and the office with the date.
SUGGEST_ROWS = [
    (
        "第0012号",
        "关于加快城区背街小巷改造的建议",
        "王建国",
        "市住房和城乡建设局",
        "市城市管理局",
        "6月30日前",
        "A类（已经解决或基本解决）",
        "满意",
    ),
    (
        "第0025号",
        "关于增加中小学课后服务供给的建议",
        "李秀兰",
        "市教育局",
        "市财政局",
        "6月30日前",
        "B类（正在解决或有关工作已启动）",
        "满意",
    ),
    (
        "第0031号",
        "关于规范农村宅基地审批管理的建议",
        "赵志强",
        "市国土资源局",
        "市农业农村局",
        "6月30日前",
        "A类（已经解决或基本解决）",
        "满意",
    ),
    (
        "第0047号",
        "关于提高城乡居民医保门诊报销比例的建议",
        "刘芳",
        "市医疗保障局",
        "市财政局",
        "7月31日前",
        "已答复",
        "基本满意",
    ),
    (
        "第0053号",
        "关于开通高铁站至老城区公交专线的建议",
        "陈明",
        "公交公司",
        "市交通运输局",
        "6月30日前",
        "B类（正在解决或有关工作已启动）",
        "满意",
    ),
    (
        "第0068号",
        "关于加强电动自行车集中充电设施建设的建议",
        "孙丽娟",
        "市消防救援支队",
        "国网濮阳供电公司",
        "8月31日前",
        "",
        "",
    ),
    (
        "第0072号",
        "关于扶持发展县域特色农产品品牌的建议",
        "张卫东",
        "市农委",
        "市商务局",
        "8月31日前",
        "正在办理",
        "",
    ),
]


def write_suggest(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "市九届人大三次会议代表建议办理情况统计表")
    _paragraph(
        doc,
        "市九届人大三次会议期间代表提出的建议，经登记、分类后交由市政府系统各承办单位办理。"
        "现将截至7月下旬的办理情况统计如下（办理结果按A类、B类标注）：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(SUGGEST_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "建议编号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "会办单位",
            "办结时限",
            "办理结果",
            "代表意见",
        ],
        body,
        9,
    )
    _paragraph(
        doc,
        "注：A类为所提问题已经解决或基本解决；B类为所提问题正在解决或有关工作已启动。",
        12,
    )
    _paragraph(doc, "濮阳市人民政府督查室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 优化营商环境工作计划落实情况, after a 州人民政府's 深化“放管服”改革优化营商环境工作计划 (numbered tasks under
# headings, each ending “（牵头单位：…；责任单位：…，6月底完成）”):
# http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html
# A .doc (Word 97 via LibreOffice): the plan's numbered paragraphs, each followed by a 落实情况 sentence (one without),
# the deadline inside the brackets (月底, 年底前, 第三季度, a month range, 长期坚持), a former 地税局.
BIZ_PARAS = [
    (
        "一、进一步提升政务服务效能",
        [
            "1.推进企业开办全程网办。将企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；"
            "责任单位：市公安局、市税务局，6月底完成）落实情况：已完成，企业开办全程网办率达98%。",
            "2.推动政务服务“一窗通办”。设置综合受理窗口，实行前台综合受理、后台分类审批。"
            "（牵头单位：市政务服务中心；责任单位：市直各进驻部门，9月底完成）"
            "落实情况：已完成综合窗口改造方案，正在组织窗口人员培训。",
            "3.压缩工程建设项目审批时间。（牵头单位：市住建局；责任单位：市自然资源和规划局，年底前完成）"
            "落实情况：进展滞后，审批系统与省平台对接尚未完成。",
        ],
    ),
    (
        "二、持续降低企业成本",
        [
            "4.推行不动产登记与水电气过户联办。（牵头单位：市不动产登记中心；责任单位：市自来水公司、"
            "市燃气有限公司、国网濮阳供电公司，7月底完成）落实情况：已实现联办，经验收合格。",
            "5.提升纳税便利度。推行“非接触式”办税缴费。（牵头单位：市地税局；责任单位：市财政局，第三季度完成）"
            "落实情况：正在推进，已实现85%涉税事项网上办理。",
            "6.降低企业用电成本。落实阶段性降电价政策，清理转供电环节加价。（牵头单位：市发改委；"
            "责任单位：国网濮阳供电公司，11月底完成）",
        ],
    ),
    (
        "三、营造公平公正的法治环境",
        [
            "7.健全惠企政策兑现机制。（牵头单位：市财政局；责任单位：市工信局、市商务局，长期坚持）"
            "落实情况：常态化推进，按季度兑现。",
            "8.规范涉企行政执法检查。（牵头单位：市司法局；责任单位：市直各执法部门，2024年3月至8月）"
            "落实情况：已完成涉企执法检查事项清单梳理，正在开展专项监督。",
        ],
    ),
]


def write_biz_docx(path: Path) -> Path:
    doc = _new_document("营商办")
    _title(doc, "2024年深化“放管服”改革优化营商环境工作计划落实情况")
    _paragraph(doc, "市优化营商环境工作领导小组办公室：")
    _paragraph(
        doc,
        "按照《2024年深化“放管服”改革优化营商环境工作计划》分工，现将截至7月底各项任务落实情况报告如下：",
    )
    for heading, paras in BIZ_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_docx, path, "doc", "优化营商环境工作计划落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 民生实事项目推进情况表, after a district's 督查报告 on the 省、市、区民生实事 of a quarter (按时序进度推进; 已完成
# 全年任务; 建设类项目 完工/在建; 资金拨付比例; 推进缓慢、存在较大的逾期风险):
# https://laobiganer.com/gongwen/46335.html
# An .ods (LibreOffice conversion): title, 填报 line, two-row merged header (1—7月完成情况, 资金拨付情况), a 合计 row
# and a 注 line about the 时序进度.
LIVE_ROWS = [
    (
        "既有住宅加装电梯",
        "加装电梯60部",
        "完工32部，在建18部",
        "53%",
        1800,
        960,
        "市住房和城乡建设局",
        "年底前",
        "按时序进度推进",
    ),
    (
        "新增普惠性托育托位",
        "新增托位1200个",
        "新增托位1260个",
        "105%",
        600,
        600,
        "市卫生健康委员会",
        "9月底前",
        "已提前完成全年任务",
    ),
    (
        "城区公办幼儿园建设",
        "新建公办幼儿园6所",
        "0所",
        "0%",
        5400,
        0,
        "市教育局",
        "2024年8月底",
        "未开工，进展滞后",
    ),
    (
        "农村公路提质改造",
        "改造农村公路120公里",
        "完成86公里",
        "72%",
        9600,
        6200,
        "市交通运输局",
        "10月底前",
        "超时序进度推进，剩余路段正在施工",
    ),
    (
        "困难群体代缴城乡居民养老保险",
        "代缴3.2万人",
        "代缴3.2万人",
        "100%",
        320,
        320,
        "市人社局",
        "6月底前",
        "已完成",
    ),
    ("城市公共厕所新建改建", "新建改建公厕50座", "", "", 1500, "", "市城管局", "年底前", ""),
    (
        "残疾儿童康复救助",
        "救助残疾儿童800名",
        "救助512名",
        "64%",
        1200,
        700,
        "市残联",
        "年底前",
        "按时序进度推进，救助资金按月拨付",
    ),
    (
        "社区老年助餐点建设",
        "新建助餐点40个",
        "建成40个并投入运营",
        "100%",
        400,
        400,
        "市民政局",
        "7月底前",
        "已完成，经验收合格",
    ),
]


def write_live_book(path: Path) -> Path:
    b = Book(path, author="民生实事办")
    ws = b.sheet("1-7月")
    last = 9
    b.widths(ws, [5, 24, 18, 22, 10, 12, 12, 18, 12, 28])
    b.line(ws, 0, "2024年市级民生实事项目推进情况表（1—7月）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市民生实事工作领导小组办公室    截止日期：2024年7月31日", last)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("项目名称", []),
            ("年度目标任务", []),
            ("1—7月完成情况", ["完成量", "完成比例"]),
            ("资金拨付情况（万元）", ["计划投资", "已拨付"]),
            ("牵头单位", []),
            ("完成时限", []),
            ("推进情况", []),
        ],
    )
    for i, row in enumerate(LIVE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), 1)
    end = 4 + len(LIVE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.row(ws, end, ["", ""], 3)
    b.put(ws, end, 5, sum(r[4] for r in LIVE_ROWS))
    b.put(ws, end, 6, sum(r[5] for r in LIVE_ROWS if r[5] != ""))
    b.row(ws, end, ["", "", ""], 7)
    b.line(ws, end + 1, "注：1—7月时序进度按58.3%计算；完成比例低于时序进度的，在推进情况栏说明原因。", last)
    b.line(ws, end + 2, "填表人：韩冰    联系电话：0393-8998120", last)
    return b.close()


def write_live(path: Path) -> Path:
    via_soffice(write_live_book, path, "ods", "民生实事项目推进情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 审计查出问题整改情况表, after a province's 预算执行和其他财政收支审计结果公告 (预算执行审计, 市县财政收支, 扶贫资金,
# 重点建设项目, 国有企业; 对审计查出问题的整改情况进行跟踪检查):
# http://silkroad.news.cn/2016/0817/4768.shtml
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, two-row header with √ under 已整改 / 部分整改 / 未整改,
# the 被审计单位 beside the 整改责任单位 (some by names before the reform), deadlines as 2024.6.30, a 合计 row, a 说明.
AUDIT_ROWS = [
    (
        "本级预算执行审计",
        "市财政局",
        "部分专项资金结转两年以上未及时收回统筹使用",
        "市财政局",
        "2024.6.30",
        "√",
        "",
        "",
        "已收回结转资金1.26亿元统筹使用",
    ),
    (
        "衔接资金专项审计",
        "范县人民政府",
        "衔接资金项目建成后闲置未发挥效益",
        "范县人民政府",
        "2024.9.30",
        "",
        "√",
        "",
        "3个项目已盘活，2个项目正在招租",
    ),
    (
        "重点建设项目审计",
        "濮阳市城市建设投资有限公司",
        "市政道路改造工程多计工程款",
        "市建委",
        "2024.8.31",
        "",
        "",
        "√",
        "尚未扣回多计工程款",
    ),
    (
        "部门预算执行审计",
        "市文广新局",
        "超标准列支会议费和培训费",
        "市文广新局",
        "2024.5.31",
        "√",
        "",
        "",
        "已追回超标准费用，修订会议费管理办法",
    ),
    (
        "社会保险基金审计",
        "市劳动保障局",
        "向不符合条件人员发放失业保险金",
        "市人社局",
        "2024.7.31",
        "",
        "√",
        "",
        "已追回18.6万元，剩余4.2万元正在追缴",
    ),
    (
        "国有资产管理审计",
        "市水务局",
        "部分水利工程固定资产未登记入账",
        "市水务局",
        "2024.10.31",
        "",
        "",
        "",
        "",
    ),
    (
        "土地出让收支审计",
        "市国土局",
        "土地出让金未及时足额征缴",
        "市国土局",
        "2024年12月31日前",
        "",
        "√",
        "",
        "已征缴入库2.3亿元，剩余部分已申请法院强制执行",
    ),
    (
        "税收征管审计",
        "市地税局",
        "部分企业少缴城镇土地使用税",
        "市地税局",
        "2024.6.30",
        "√",
        "",
        "",
        "已追缴入库",
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计局")
    ws = b.sheet("整改情况")
    last = 9
    b.widths(ws, [5, 16, 20, 30, 14, 14, 8, 8, 8, 30])
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计查出问题整改情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局    填报日期：2024年7月31日", last)
    b.two_row_header(
        ws,
        2,
        [
            ("序号", []),
            ("审计项目", []),
            ("被审计单位", []),
            ("审计查出问题", []),
            ("整改责任单位", []),
            ("整改期限", []),
            ("整改情况", ["已整改", "部分整改", "未整改"]),
            ("整改结果说明", []),
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:5]), 1)
        b.row(ws, 3 + i, list(row[5:8]), 6, b.center)
        b.put(ws, 3 + i, 9, row[8])
    end = 4 + len(AUDIT_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, "审计查出问题8个")
    b.row(ws, end, ["", ""], 4)
    b.row(ws, end, [3, 3, 1], 6, b.center)
    b.put(ws, end, 9, "")
    b.line(ws, end + 1, "说明：在对应整改情况栏内打“√”；整改期限以审计决定书和整改方案为准。", last)
    b.line(ws, end + 2, "审核人：许国庆    填表人：罗静    联系电话：0393-8660318", last)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "审计查出问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 巡察反馈问题整改台账 from two towns, after a district's account of its 镇村一体 巡察整改 (镇党委对村整改负指导
# 监督责任; “一单、两书、三色”督办; 整改台账, 挂账和销号; 整改完成率):
# http://www.ahjjjc.gov.cn/p/124787.html
# A .zip of two returns: an .xlsx whose rows name only the town's own offices (责任科室) beside the 责任领导, with a
# 三色预警 column that spells out its meaning; and a .docx whose table names only persons, the town named in the title.
PATROL_A = [
    (
        "党的建设",
        "党委理论学习中心组学习不规范，研讨发言质量不高",
        "制定年度学习计划，规范学习记录和研讨交流",
        "镇党委书记",
        "党政办公室",
        "2024年5月31日",
        "已整改，年度学习计划已印发，学习记录已规范",
        "绿色（已销号）",
    ),
    (
        "三资管理",
        "村级集体资产出租合同管理不规范，部分合同租金明显偏低",
        "全面清理出租合同，对低价合同重新协商",
        "镇党委副书记",
        "农村集体“三资”委托代理服务中心",
        "2024年9月底前",
        "已清理合同86份，正在对12份低价合同重新协商",
        "黄色（整改中）",
    ),
    (
        "惠民政策",
        "部分惠农补贴发放公示不及时、不完整",
        "补正公示，建立补贴发放公示台账",
        "分管副镇长",
        "农业农村服务中心",
        "2024年6月30日",
        "逾期未完成，尚未补正公示",
        "红色（逾期未整改）",
    ),
    (
        "作风建设",
        "便民服务中心工作人员脱岗现象时有发生",
        "建立考勤通报制度，每周开展作风督查",
        "镇纪委书记",
        "便民服务中心",
        "长期坚持",
        "长期坚持，每周开展作风督查",
        "—",
    ),
]

PATROL_B = [
    (
        "落实意识形态工作责任制不到位，宣传阵地管理存在薄弱环节",
        "阵地管理规范有序",
        "全面排查镇村宣传阵地，建立管理台账",
        "刘建华",
        "7月底前",
        "已完成排查整改，建立阵地管理台账，已销号",
    ),
    (
        "村级工程项目未严格执行招投标程序",
        "村级工程全部规范招投标",
        "对近三年村级工程逐项核查，规范小型工程招投标流程",
        "周海涛",
        "2024年8月31日",
        "正在逐项核查，已核查27个项目",
    ),
    (
        "低保动态管理不精准，存在应退未退",
        "低保对象精准认定",
        "开展入户核查，清退不符合条件对象",
        "马晓红",
        "6月30日前完成",
        "已完成入户核查，清退不符合条件对象15户，已销号",
    ),
    (
        "集体资产出租收益未及时收缴入账",
        "收益应收尽收",
        "逐村清收欠缴租金，纳入村级账务统一管理",
        "周海涛",
        "9月30日前",
        "",
    ),
]


def write_patrol_a(path: Path) -> Path:
    b = Book(path, author="岳村镇党政办")
    ws = b.sheet("整改台账")
    last = 8
    b.widths(ws, [5, 10, 32, 28, 12, 18, 14, 30, 14])
    b.line(ws, 0, "岳村镇落实区委第七轮巡察反馈意见整改台账", last, b.title)
    b.line(ws, 1, "填报单位：岳村镇人民政府（盖章）    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "整改时限",
            "整改情况",
            "三色预警",
        ],
    )
    for i, row in enumerate(PATROL_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 3 + len(PATROL_A)
    b.line(ws, end, "注：三色预警中绿色为已销号，黄色为正在整改，红色为逾期未整改。", last)
    b.line(ws, end + 1, "镇党委书记（签字）：            填表人：张璐    联系电话：0393-3261045", last)
    return b.close()


def write_patrol_b(path: Path) -> Path:
    doc = _new_document("胡状镇")
    _title(doc, "胡状镇区委第七轮巡察反馈问题整改进展情况表", 18)
    _paragraph(doc, "填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(PATROL_B, 1)]
    _table(doc, ["序号", "巡察反馈问题", "整改目标", "整改措施", "责任人", "完成时限", "整改进展"], body, 10)
    _paragraph(doc, "主要负责人：            经办人：            联系电话：", 12)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    members = [
        ("岳村镇巡察反馈问题整改台账.xlsx", write_patrol_a),
        ("胡状镇巡察反馈问题整改进展情况表.docx", write_patrol_b),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 乡镇问题整改自查清单, after a 镇党委's 对照检查 of its 整改 of the problems a 县委巡察 and an 审计 fed back
# (镇属合作社违规发放津补贴, 农村集体资产监管不力, 组织生活走过场, 财政资金使用效率不高、资金闲置6个月以上,
# 村级财务不规范, 防返贫动态监测; 整改未形成闭环, 未建立长效机制):
# https://www.wenkuhub.com/?p=114094
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with 问题来源, the town's own 责任部门, a 计划完成时限
# and an 实际完成时间 (filled only for problems done), progress as sentences; a 填表说明 and a signature block.
SELF_ROWS = [
    (
        "2022年县委巡察",
        "镇属农民专业合作社违规发放津补贴",
        "追回违规发放资金，规范薪酬发放审批",
        "财政所",
        "2024年3月31日",
        "2024年3月28日",
        "",
    ),
    (
        "2022年县委巡察",
        "农村集体资产底数不清，部分资产未登记入账",
        "开展集体资产全面清查，登记入账",
        "农村经济管理站",
        "2024年8月31日",
        "",
        "已完成18个村资产清查，剩余6个村正在清查",
    ),
    (
        "2023年县审计局审计",
        "财政资金项目前期论证不充分，资金闲置6个月以上",
        "建立项目储备论证机制，盘活闲置资金",
        "经济发展办公室",
        "2024年6月30日",
        "",
        "未整改",
    ),
    (
        "2023年县审计局审计",
        "村级财务报账凭证不规范",
        "规范报账程序，开展财务人员培训",
        "财政所",
        "7月底前",
        "2024年7月25日",
        "已整改，经县审计局复查合格",
    ),
    (
        "镇党委自查",
        "部分村党组织组织生活流于形式",
        "加强指导、规范流程、纳入考核",
        "组织办",
        "长期坚持",
        "",
        "长期坚持，每季度开展督查",
    ),
    (
        "镇党委自查",
        "防返贫动态监测信息更新不及时",
        "每月比对部门数据，及时更新监测信息",
        "乡村振兴办公室",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "镇党委自查",
        "安全生产网格员巡查记录不全",
        "补齐巡查记录，建立电子台账",
        "应急管理办公室",
        "2024年8月15日",
        "",
        "已补齐6月以来巡查记录，正在建立电子台账",
    ),
]


def write_self_docx(path: Path) -> Path:
    doc = _new_document("柳屯镇党政办")
    _title(doc, "柳屯镇2024年上半年问题整改自查清单", 18)
    _paragraph(doc, "填报单位：柳屯镇人民政府（盖章）", 12)
    body = [[str(i), *row] for i, row in enumerate(SELF_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "问题来源",
            "自查发现问题",
            "整改措施",
            "责任部门",
            "计划完成时限",
            "实际完成时间",
            "整改进展",
        ],
        body,
        9,
    )
    _paragraph(doc, "填表说明：“实际完成时间”栏仅填写已整改到位的问题。", 12)
    _paragraph(doc, "主要负责人（签字）：            填表人：王敏    联系电话：0393-7220158", 12)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self(path: Path) -> Path:
    return via_soffice(write_self_docx, path, "doc", "问题整改自查清单.docx")


FILES = [
    ("濮阳市燃气有限公司安全隐患排查治理台账（2024年7月）.xlsx", write_gas),
    ("2024年《政府工作报告》重点任务落实推进情况表（7月）.xlsx", write_task),
    ("中央环保督察“回头看”反馈问题整改销号调度表.xls", write_env),
    ("12345热线转派工单办理明细（2024年7月）.csv", write_hotline),
    ("市九届人大三次会议代表建议办理情况统计表.docx", write_suggest),
    ("2024年优化营商环境工作计划落实情况（7月）.doc", write_biz),
    ("2024年市级民生实事项目推进情况表（1-7月）.ods", write_live),
    ("2023年度审计查出问题整改情况表.et", write_audit),
    ("区委第七轮巡察反馈问题整改台账（两镇）.zip", write_patrol),
    ("柳屯镇2024年上半年问题整改自查清单.wps", write_self),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

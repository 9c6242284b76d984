"""Write the aside59 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in
GBK, a tab-separated text in UTF-16, a .docx with a table, a .doc and a .wps (Word 97 via LibreOffice) with the
items as numbered paragraphs, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside59.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 物业安全隐患排查台账, after a published 物业安全隐患排查台账及整改措施汇编 (台账核心要素: 基础信息 — 隐患位置 楼栋-单元-楼层、
# 类型 消防/设施/治安、发现时间; 风险维度 — 危害程度 一般/较大/重大、影响范围 单户/单元/园区; 责任链条 — 排查人、整改责任人、
# 监督人; 整改要求 — 措施描述、验收标准; 动态状态 — 未整改/整改中/已验收):
# https://www.renrendoc.com/paper/499245515.html
# An .xlsx: title, 填报单位 line naming the property company, a two-row header grouped as the source groups its
# elements, the company's own 责任部门 beside the inspector and supervisor, dates as text (2024.7.5), a 注 and signature.
PROPERTY_ROWS = [
    (
        "3号楼2单元-1层",
        "消防",
        "2024.7.3",
        "地下室消防通道堆放废旧家具",
        "一般",
        "单元",
        "李明",
        "王强",
        "秩序部",
        "赵敏",
        "清理堆放物，张贴禁止堆放标识",
        "2024.7.5",
        "通道净宽不小于1.1米",
        "已验收",
        "7月5日复查，通道畅通",
    ),
    (
        "7号楼1单元",
        "设施",
        "2024.7.8",
        "1号电梯曳引钢丝绳断丝数超标",
        "较大",
        "单元",
        "李明",
        "孙建华",
        "工程部",
        "赵敏",
        "更换电梯钢丝绳",
        "2024.8.10",
        "钢丝绳断丝数≤报废标准",
        "整改中",
        "已报维保单位，配件待到货",
    ),
    (
        "园区北门",
        "治安",
        "2024.7.10",
        "北门监控摄像头2处损坏无画面",
        "一般",
        "园区",
        "陈雷",
        "孙建华",
        "工程部",
        "赵敏",
        "更换摄像头并接入监控室",
        "2024.7.20",
        "画面清晰、录像保存30天",
        "已验收",
        "7月19日更换完毕",
    ),
    (
        "12号楼屋面",
        "设施",
        "2024.7.12",
        "顶层屋面防水层开裂，雨天渗漏至1202室",
        "一般",
        "单户",
        "陈雷",
        "孙建华",
        "工程部",
        "赵敏",
        "申请维修资金，修补防水层",
        "2024.9.30",
        "闭水试验48小时无渗漏",
        "未整改",
        "",
    ),
    (
        "地下车库B区",
        "消防",
        "2024.7.15",
        "车库内电动自行车违规充电、私拉电线",
        "较大",
        "园区",
        "李明",
        "王强",
        "秩序部",
        "赵敏",
        "拆除私拉电线，设置集中充电区",
        "2024.8.31",
        "车库内无飞线充电",
        "整改中",
        "已拆除私拉电线6处，集中充电区已完成选址",
    ),
    (
        "5号楼外墙",
        "设施",
        "2024.7.18",
        "5号楼东侧外墙瓷砖空鼓脱落，存在高空坠物风险",
        "重大",
        "园区",
        "陈雷",
        "孙建华",
        "工程部",
        "赵敏",
        "设置警戒区，委托检测后修缮",
        "2024.10.31",
        "专业检测合格",
        "整改中",
        "已设置警戒区并拉设防护网，检测单位已进场",
    ),
    (
        "小区中心水景",
        "设施",
        "2024.7.22",
        "水景池边缺少防溺水警示标识和护栏",
        "一般",
        "园区",
        "李明",
        "刘芳",
        "客服部",
        "赵敏",
        "增设警示牌及临水护栏",
        "2024.7.26",
        "警示标识齐全、护栏牢固",
        "已验收",
        "7月26日验收合格",
    ),
]


def write_property(path: Path) -> Path:
    b = Book(path, author="安泰物业")
    ws = b.sheet("7月台账")
    b.widths(ws, [6, 14, 8, 11, 30, 8, 8, 8, 10, 9, 8, 24, 11, 20, 9, 22])
    last = 15
    b.line(ws, 0, "2024年7月物业安全隐患排查台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市安泰物业服务有限公司（盖章）    项目名称：金堤花园    填报日期：2024年7月30日",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    groups = [
        (1, 4, "基础信息", ["隐患位置", "隐患类型", "发现时间", "隐患描述"]),
        (5, 6, "风险维度", ["危害程度", "影响范围"]),
        (7, 10, "责任链条", ["排查人", "整改责任人", "责任部门", "监督人"]),
        (11, 13, "整改要求", ["整改措施", "整改时限", "验收标准"]),
        (14, 15, "动态状态", ["状态", "验收情况"]),
    ]
    for first, end, word, words in groups:
        b.merge(ws, 2, first, 2, end, word, b.head)
        b.header(ws, 3, words, first)
    for i, row in enumerate(PROPERTY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), 1)
    end = 4 + len(PROPERTY_ROWS)
    b.line(ws, end, "注：状态栏填写未整改、整改中、已验收；重大隐患以红色标识，每周更新一次。", last)
    b.line(ws, end + 1, "排查负责人：李明    项目经理：周海涛    联系电话：0393-8216655", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 餐饮饭店燃气安全排查整治台账, after a county 住建局燃气办's account of its 餐饮行业排查整治行动 (排查餐饮饭店燃气用户,
# 下发整改通知, 消除安全隐患, 关停燃气用户; 现场讲解、建立长效机制):
# https://m.163.com/news/article/H9BQ74IQ04159BLS.html
# A CSV in GBK: title and 填报单位 lines above the header, the restaurant as the unit to correct, the 检查人 beside
# it, 整改通知书 numbers, dates as text (2024.7.9), a 复查结果 column, a 注 and signature line at the foot.
GAS_ROWS = [
    (
        "2024.7.2",
        "华龙区老街坊砂锅店",
        "管道天然气",
        "刘洋、陈刚",
        "用气房间未安装燃气泄漏报警装置",
        "华燃整字〔2024〕031号",
        "2024.7.9",
        "已安装报警器并与燃气公司平台联网",
        "复查合格",
    ),
    (
        "2024.7.3",
        "濮阳市聚福楼餐饮有限公司",
        "管道天然气",
        "刘洋、陈刚",
        "后厨燃气管道私自改装，与电线插座间距不足",
        "华燃整字〔2024〕032号",
        "2024.7.15",
        "正在联系供气企业重新敷设管道",
        "",
    ),
    (
        "2024.7.5",
        "华龙区兰州牛肉拉面馆（胜利路店）",
        "瓶装液化气",
        "马超、陈刚",
        "液化气瓶与灶具同室存放，连接软管老化",
        "华燃整字〔2024〕033号",
        "2024.7.8",
        "已更换金属波纹管，气瓶移至独立气瓶间",
        "复查合格",
    ),
    (
        "2024.7.10",
        "濮阳市好运来酒店有限公司",
        "管道天然气",
        "刘洋、马超",
        "灶具熄火保护装置失效，排风设施损坏",
        "华燃整字〔2024〕036号",
        "2024.7.31",
        "未整改",
        "",
    ),
    (
        "2024.7.12",
        "华龙区张记烧烤店",
        "瓶装液化气",
        "马超、陈刚",
        "使用无充装标识的液化气钢瓶",
        "华燃整字〔2024〕037号",
        "2024.7.12",
        "已停用并更换为合规钢瓶",
        "复查合格",
    ),
    (
        "2024.7.18",
        "濮阳市开州宾馆有限公司",
        "管道天然气",
        "刘洋、陈刚",
        "燃气表间堆放杂物，通风不良",
        "华燃整字〔2024〕040号",
        "2024.7.25",
        "杂物已清理，通风改造正在施工",
        "",
    ),
    (
        "2024.7.22",
        "华龙区味道川菜馆",
        "管道天然气",
        "马超、刘洋",
        "燃气灶具未配备熄火保护装置",
        "华燃整字〔2024〕042号",
        "2024.8.5",
        "",
        "",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["餐饮饭店燃气用户安全隐患排查整治台账", "", "", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "填报单位：华龙区住房和城乡建设局燃气管理办公室",
            "",
            "",
            "",
            "",
            "",
            "",
            "填报日期：2024.7.30",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "序号",
            "排查日期",
            "整改责任单位（燃气用户）",
            "用气类型",
            "检查人",
            "存在隐患",
            "整改通知书编号",
            "整改期限",
            "整改情况",
            "复查结果",
        ]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["注：整改期限以整改通知书载明的期限为准；复查结果由检查人填写。", "", "", "", "", "", "", "", "", ""]
    )
    w.writerow(["填表人：马超", "", "审核人：刘洋", "", "联系电话：0393-4412345", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 客运场站安全生产检查隐患闭环整改台账, after a district 交通运输局's account of its 客运场站安全生产检查 (副局长带队; 发现问题
# 隐患: 例检例保台账填写不规范、车辆例检时间均没有填写, 监控室灭火器过期、压力不够; 累计检查客货运企业N家次, 发现隐患N处,
# 闭环整改N处):
# http://hnjjgc.com/shangqiu/ShowInfo.asp?InfoID=38995
# An .xls (xlwt): title, 填报单位 line, one header row, the 检查日期/检查组/责任单位 cells merged over each unit's rows,
# the 检查组（带队领导） beside the unit, deadlines as 7月12日前 (the year from the title), a 合计 row and signature.
TRANSPORT_UNITS = [
    (
        "2024年7月9日",
        "李杰副局长带队，运输服务科",
        "濮阳市汽车客运总站",
        [
            (
                "例检例保台账填写不规范，车辆例检时间均未填写",
                "严格例检例保流程，规范建立台账",
                "7月12日前",
                "已整改，台账已补录规范",
            ),
            ("监控室灭火器过期、压力不足", "及时更换灭火器", "7月10日前", "已更换灭火器4具"),
        ],
    ),
    (
        "2024年7月11日",
        "王志刚副局长带队，安全监督科",
        "濮阳县汽车站",
        [
            (
                "实名制售票查验设备故障，人工核验记录缺失",
                "维修查验设备，落实人工登记",
                "7月20日前",
                "正在维修，已落实人工登记",
            ),
            ("进站口“三品”检查仪未开机", "检查仪全时段开机运行", "7月12日前", "未整改"),
        ],
    ),
    (
        "2024年7月16日",
        "李杰副局长带队，运输服务科",
        "濮阳市顺达危险货物运输有限公司",
        [
            (
                "部分车辆动态监控终端离线超过24小时",
                "排查终端故障，落实动态监控",
                "7月底前",
                "已整改，终端全部在线",
            ),
            ("驾驶员安全教育培训记录不全", "组织补训并完善记录", "8月15日前", "正在组织补训"),
        ],
    ),
    (
        "2024年7月23日",
        "王志刚副局长带队，安全监督科",
        "众意公交公司",
        [
            ("公交场站充电区域消防器材配置不足", "按规范补充配置消防器材", "8月10日前", ""),
            ("部分公交车安全锤缺失", "逐车补齐安全锤", "7月26日前", "已补齐安全锤126个"),
        ],
    ),
]


def write_transport(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市交通运输局2024年7月客运场站及客货运企业安全检查隐患闭环整改台账", t, 0, 8),
        (1, 0, "填报单位：濮阳市交通运输局运输服务科    统计截止：2024年7月31日", plain, 1, 8),
    ]
    words = [
        "序号",
        "检查日期",
        "检查组（带队领导）",
        "责任单位",
        "发现问题隐患",
        "整改要求",
        "整改时限",
        "闭环整改情况",
        "备注",
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    r, n = 3, 0
    for day, team, unit, rows in TRANSPORT_UNITS:
        end = r + len(rows) - 1
        cells += [(r, 1, day, ctr, end, 1), (r, 2, team, c, end, 2), (r, 3, unit, c, end, 3)]
        for problem, demand, limit, done in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 4, problem, c),
                (r, 5, demand, c),
                (r, 6, limit, ctr),
                (r, 7, done, c),
            ]
            cells.append((r, 8, "", c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "检查单位4家，发现隐患8处，已闭环整改4处", c, r, 8),
        (r + 1, 0, "注：整改时限为2024年；闭环整改情况由责任单位填报、检查组复核。", plain, r + 1, 8),
        (r + 2, 0, "填表人：赵亮    审核人：李杰    联系电话：0393-8992156", plain, r + 2, 8),
    ]
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 巡察反馈问题整改“三项清单”, after a development zone 党工委's 巡视整改进展情况通报 (问题清单、任务清单、责任清单“三项清单”;
# 每个问题整改均明确整改措施、牵头领导、牵头单位、参与单位、取得明显成效时限、整改落实情况):
# http://www.jssjw.gov.cn/art/2024/3/27/art_379_34539.html
# A .docx: title, 主送 and preamble paragraphs, one table with 牵头领导 and 参与单位 beside the 牵头单位 (short and former
# names of city bureaus), 取得明显成效时限 as 2024年9月底前 or 长期坚持, the office and date at the foot.
ZONE_ROWS = [
    (
        "部分招商引资项目履约监管不到位，4个项目签约后长期未开工",
        "建立项目履约评估机制，对未开工项目逐一约谈，清理低效用地",
        "张国庆",
        "濮阳经济技术开发区投资集团有限公司",
        "市自然资源和规划局、市发改委",
        "2024年9月底前",
        "已完成12个项目履约评估，清理批而未供土地860亩，剩余3个项目正在推进处置。",
    ),
    (
        "园区污水处理厂进水量长期不足设计规模的一半",
        "完善园区配套污水管网，实施雨污分流",
        "李卫东",
        "市住建局",
        "濮阳经济技术开发区投资集团有限公司",
        "2024年6月30日前",
        "已完成。配套管网3.2公里建成投用，进水量达到设计规模的85%。",
    ),
    (
        "园区部分化工企业危险废物贮存场所不规范",
        "开展危险废物贮存专项检查，督促企业规范建设贮存库",
        "王红梅",
        "市环保局",
        "市应急管理局",
        "2024年8月31日前",
        "已督促8家企业完成贮存库改造，剩余2家正在施工。",
    ),
    (
        "国有资产出租未进场公开交易，租金标准偏低",
        "全面清查经营性资产，出租一律进场公开交易",
        "张国庆",
        "濮阳经济技术开发区投资集团有限公司",
        "市公共资源交易中心",
        "2024年7月31日前",
        "已整改到位，23处经营性资产全部纳入公开交易。",
    ),
    (
        "园区工业用地闲置问题未得到有效处置",
        "逐宗核查闲置原因，依法收回或督促开工",
        "李卫东",
        "市国土局",
        "濮阳经济技术开发区投资集团有限公司",
        "2024年12月31日前",
        "未启动。",
    ),
    (
        "园区主次干道路灯照明设施不完善，夜间存在安全隐患",
        "实施园区道路亮化工程",
        "王红梅",
        "市城管执法局",
        "濮阳经济技术开发区投资集团有限公司",
        "2024年10月底前",
        "正在进行设计招标，预计8月中旬开工。",
    ),
    (
        "落实全面从严治党主体责任不够有力，日常监督偏松偏软",
        "建立月度廉政谈话和重点岗位轮岗制度",
        "刘建军",
        "濮阳经济技术开发区投资集团有限公司",
        "",
        "长期坚持",
        "长期坚持。已建立月度廉政谈话制度，完成重点岗位轮岗9人。",
    ),
]


def write_zone(path: Path) -> Path:
    doc = _new_document("经开区巡察整改办")
    _title(doc, "市委巡察反馈问题整改“三项清单”落实情况")
    _paragraph(doc, "市委巡察工作领导小组办公室：")
    _paragraph(
        doc,
        "市委第二巡察组反馈意见后，经开区党工委对照反馈问题建立问题清单、任务清单、责任清单“三项清单”，"
        "每个问题明确整改措施、牵头领导、牵头单位、参与单位和取得明显成效时限。截至2024年7月底，整改落实情况如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(ZONE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "反馈问题",
            "整改措施",
            "牵头领导",
            "牵头单位",
            "参与单位",
            "取得明显成效时限",
            "整改落实情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳经济技术开发区党工委巡察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 旅游景区（景点）防汛隐患点整改督促情况表, after a county 文广旅体局's notice on the 旅游景区（景点）防汛防台检查暨隐患大排查
# (景区自查、属地排查、部门检查“三级联动”; 隐患点的登记和整改 附表3; 乡镇对辖区景区隐患点整改落实情况进行督促 附表4):
# https://www.wencheng.gov.cn/art/2020/3/11/art_1229265061_56812969.html
# An .et (Excel 97 via LibreOffice, as WPS saves it): 附表4 line, title, the township's 填报单位 line, a two-row header
# with 整改到位情况 split into 是/否 tick columns, deadlines as 7月20日 (the year from the title), a 注 and signature.
SCENIC_ROWS = [
    (
        "濮阳县渠村黄河风情旅游景区",
        "亲水平台",
        "亲水平台护栏松动，汛期临水处无警示标识",
        "加固护栏，设置临水警示牌",
        "王振",
        "7月15日",
        "√",
        "",
        "",
    ),
    (
        "濮阳县渠村黄河风情旅游景区",
        "游船码头",
        "码头救生衣数量不足且部分破损",
        "补充配备救生衣50件",
        "王振",
        "7月20日",
        "",
        "√",
        "",
    ),
    (
        "濮阳县毛楼生态旅游区",
        "沿河步道",
        "步道临河段边坡冲刷塌陷约15米",
        "设置围挡，修复边坡",
        "郭明亮",
        "8月10日",
        "",
        "",
        "边坡修复正在施工，围挡已设置",
    ),
    (
        "濮阳县毛楼生态旅游区",
        "游客停车场",
        "停车场低洼处排水沟堵塞，雨后积水",
        "疏通排水沟",
        "郭明亮",
        "7月10日",
        "√",
        "",
        "",
    ),
    (
        "濮阳县黄河湿地公园",
        "观鸟木栈道",
        "木栈道部分板材腐朽松动",
        "更换腐朽板材",
        "孟庆华",
        "8月31日",
        "",
        "√",
        "",
    ),
    (
        "濮阳县黄河湿地公园",
        "应急物资库",
        "防汛沙袋、抽水泵等应急物资储备不足",
        "按预案补足应急物资",
        "孟庆华",
        "7月20日",
        "√",
        "",
        "",
    ),
    (
        "濮阳县渠村黄河风情旅游景区",
        "游客服务中心",
        "景区防汛应急预案未修订，未开展应急演练",
        "修订预案并组织演练",
        "王振",
        "7月31日",
        "",
        "",
        "预案已修订，演练定于8月初开展",
    ),
]


def write_scenic_book(path: Path) -> Path:
    b = Book(path, author="渠村乡文化站")
    ws = b.sheet("附表4")
    b.widths(ws, [6, 26, 14, 32, 22, 10, 10, 6, 6, 26])
    last = 9
    b.line(ws, 0, "附表4", last)
    b.line(ws, 1, "2024年度旅游景区（景点）防汛隐患点整改督促情况表", last, b.title)
    b.line(ws, 2, "填报单位（乡镇）：濮阳县渠村乡人民政府    填报时间：2024年7月25日", last)
    for col, word in [
        (0, "序号"),
        (1, "责任单位（景区）"),
        (2, "隐患点位置"),
        (3, "隐患描述"),
        (4, "整改措施"),
    ]:
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 5, 4, 5, "整改责任人", b.head)
    b.merge(ws, 3, 6, 4, 6, "整改时限", b.head)
    b.merge(ws, 3, 7, 3, 8, "整改到位情况", b.head)
    b.header(ws, 4, ["是", "否"], 7)
    b.merge(ws, 3, 9, 4, 9, "备注", b.head)
    for i, row in enumerate(SCENIC_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), 1)
        b.row(ws, r, list(row[6:8]), 7, b.center)
        b.put(ws, r, 9, row[8])
    end = 5 + len(SCENIC_ROWS)
    b.line(
        ws, end, "注：整改到位的在“是”栏打“√”，未整改到位的在“否”栏打“√”；正在整改的在备注栏说明进度。", last
    )
    b.line(ws, end + 1, "乡镇负责人：李国栋    填表人：孙丽    联系电话：0393-5712086", last)
    return b.close()


def write_scenic(path: Path) -> Path:
    return via_soffice(write_scenic_book, path, "xls", "景区防汛隐患点整改督促情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 防汛风险隐患排查整治台账, after a provincial 防汛抗旱指挥部办公室's notice on 防汛风险隐患排查整治 (行洪河道、水库、都市低洼
# 易涝区、地下停车场、交通桥涵、建筑工地; 分级建立台账, 明确整治主体、责任人和完成时限, 发现一件、整治一件、销号一件;
# 汛前确实无法整治到位的要制定应急措施):
# https://daluzixun.com/news/1648177946366838
# An .ods (LibreOffice conversion): title with 第3期, 填报单位 line, one header row with 整治主体 (short and former names),
# 应急措施 for those not yet done and 是否销号, a 说明 block and the office at the foot.
FLOOD_ROWS = [
    (
        "行洪河道",
        "金堤河濮阳县段",
        "河道滩地违章种植高秆作物阻水",
        "市水务局",
        "陈志强",
        "2024年6月30日",
        "已清除阻水作物1.2万平方米，经复核验收合格",
        "",
        "已销号",
    ),
    (
        "水库",
        "濮阳县马寨水库",
        "溢洪道闸门启闭机老化，启闭不灵活",
        "市水利局",
        "陈志强",
        "2024年8月20日",
        "启闭机正在更换，已完成设备采购",
        "汛期安排专人24小时值守，配备备用发电机",
        "否",
    ),
    (
        "城市低洼易涝区",
        "京开大道与胜利路交叉口下穿通道",
        "下穿通道排水泵站能力不足，短时强降雨易积水",
        "市城市管理局",
        "宋立新",
        "2024年7月15日",
        "泵站扩容完成，新增移动泵车2台",
        "",
        "已销号",
    ),
    (
        "地下停车场",
        "华龙区恒丰商业广场",
        "地下停车场出入口未设置挡水板",
        "市住房和城乡建设局",
        "刘海鹰",
        "2024年7月10日",
        "未整改",
        "",
        "否",
    ),
    (
        "交通桥涵",
        "国道106线K512+300涵洞",
        "涵洞淤积严重，过水断面不足",
        "市交通局",
        "许东方",
        "2024年7月31日",
        "清淤正在进行，已完成约七成",
        "设置积水深度警示标识，雨天安排专人值守",
        "否",
    ),
    (
        "建筑工地",
        "龙湖片区安置房三期项目",
        "基坑周边截排水沟未形成闭合",
        "市住建局",
        "刘海鹰",
        "2024年7月20日",
        "已整改，经复查合格",
        "",
        "已销号",
    ),
    (
        "物资队伍",
        "市级防汛物资仓库",
        "编织袋、救生衣储备未达到定额",
        "市应急管理局",
        "赵瑞",
        "2024年8月31日",
        "",
        "",
        "",
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="市防办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 14, 26, 32, 16, 10, 16, 30, 30, 10])
    last = 9
    b.line(ws, 0, "全市防汛风险隐患排查整治台账（第3期）", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市防汛抗旱指挥部办公室    截止时间：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患类别",
            "隐患位置",
            "隐患描述",
            "整治主体",
            "责任人",
            "完成时限",
            "整治进展",
            "应急措施（未整治到位的填写）",
            "是否销号",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 4 + len(FLOOD_ROWS)
    b.line(ws, end, "说明：1.隐患整治实行“发现一件、整治一件、销号一件”；", last)
    b.line(ws, end + 1, "2.确实无法按期整治到位的，整治主体须制定应急措施，确保安全度汛。", last)
    b.line(ws, end + 2, "濮阳市防汛抗旱指挥部办公室    2024年7月26日", last, b.right)
    return b.close()


def write_flood(path: Path) -> Path:
    via_soffice(write_flood_book, path, "ods", "防汛风险隐患排查整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 养老服务机构消防、食品安全隐患整改台账 from two homes, after a county 民政局's account of its joint 消防、食品安全监督大检查
# with the 消防救援大队 and 市场监督管理局 (消防安全责任制, 安全出口、疏散通道, 违规用火用电, 食品经营许可证公示, 排风设备;
# 当场下达整改意见书, 迅速建立整改台账, 明确整改期限、整改措施和整改责任人):
# http://www.ahdynews.com/article-detail-8887-1.html
# A .zip of two .xlsx returns, each with title, 填报单位（盖章） and 检查时间 line, one header row with the 检查单位 (the
# inspector) beside the home's own 整改责任人, deadlines written with or without the year, a signature line.
CARE_RETURNS = [
    (
        "濮阳县福寿园养老院",
        "福寿园养老院",
        [
            (
                "消防安全",
                "部分老人宿舍私拉电线为电动车电瓶充电",
                "拆除私拉电线，在院内设置集中充电点",
                "周桂兰（院长）",
                "2024年7月12日",
                "已完成",
                "濮阳县消防救援大队",
            ),
            (
                "消防安全",
                "二楼东侧疏散通道堆放床垫杂物",
                "清理杂物，落实每日防火巡查",
                "胡卫东（后勤）",
                "7月11日",
                "已整改",
                "濮阳县消防救援大队",
            ),
            (
                "食品安全",
                "食品经营许可证未在醒目位置公示",
                "在餐厅入口处公示许可证",
                "胡卫东（后勤）",
                "7月15日",
                "",
                "濮阳县市场监督管理局",
            ),
            (
                "食品安全",
                "厨房排风设备油污严重，未定期清洁",
                "委托专业公司清洗，建立清洁记录",
                "胡卫东（后勤）",
                "8月15日",
                "已联系厂家，定于8月上旬清洗",
                "濮阳县市场监督管理局",
            ),
        ],
    ),
    (
        "清丰县仙庄镇敬老院",
        "仙庄镇敬老院",
        [
            (
                "消防安全",
                "走廊应急照明灯3处不亮",
                "更换应急照明灯",
                "张保国（院长）",
                "7月20日",
                "已更换",
                "清丰县消防救援大队",
            ),
            (
                "消防安全",
                "消防控制室值班人员未持证上岗",
                "组织值班人员参加培训取证",
                "张保国（院长）",
                "2024年9月30日",
                "已报名参加9月份培训",
                "清丰县消防救援大队",
            ),
            (
                "食品安全",
                "未建立食品留样记录，留样冰箱未专用",
                "配备专用留样冰箱，建立留样登记",
                "李秀梅（厨师长）",
                "7月18日",
                "未整改",
                "清丰县市场监督管理局",
            ),
            (
                "燃气安全",
                "厨房液化气钢瓶未设置独立气瓶间",
                "改造独立气瓶间并安装泄漏报警器",
                "李秀梅（厨师长）",
                "8月31日",
                "气瓶间正在改造",
                "清丰县市场监督管理局",
            ),
        ],
    ),
]


def write_care_book(path: Path, home: str, rows: list[tuple]) -> Path:
    b = Book(path, author=home)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 32, 30, 16, 16, 22, 20])
    b.line(ws, 0, "养老服务机构消防、食品安全隐患整改台账", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{home}    检查时间：2024年7月9日    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "检查类别", "存在问题", "整改措施", "整改责任人", "整改期限", "整改完成情况", "检查单位"],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    b.line(ws, 4 + len(rows), "机构负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_care(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for home, short, rows in CARE_RETURNS:
            name = f"{short}安全隐患整改台账.xlsx"
            member = write_care_book(Path(tmp) / name, home, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 医疗机构服务保障患者不到位问题专项整治督导检查反馈问题整改情况, after a district 卫健局's 督导检查通报 (存在问题 listed
# under each institution as (一)铜都社区卫生服务中心 1、未公布举报投诉电话、信箱; 2、药品、耗材价格未及时更新; 未建立信访举报
# 管理制度及台账清单; 部分科室标识标牌缺失):
# http://xialuqu.gov.cn/zwgk/fdzdgknr/gysyjs/wsjk/ylyd/202406/t20240603_1121779.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble, the institutions as （一）… headings, each problem a numbered
# paragraph with 整改情况 and 整改时限 written into it, the sender and date at the foot.
HEALTH_PARAS = [
    (
        "（一）华龙区胜利路街道社区卫生服务中心",
        [
            "1、未在醒目位置公布举报投诉电话和意见箱。整改情况：已在门诊大厅、收费窗口公布举报电话并设置意见箱，已完成。"
            "整改时限：2024年7月10日。",
            "2、药品、耗材价格公示未随调价及时更新。整改情况：正在与信息科对接电子显示屏调价接口。整改时限：2024年8月15日。",
        ],
    ),
    (
        "（二）华龙区中原路街道社区卫生服务中心",
        [
            "3、未建立信访举报管理制度及台账清单。整改情况：已制定信访举报管理制度，建立台账清单，已整改到位。"
            "整改时限：2024年7月15日。",
            "4、部分科室标识标牌缺失，预防接种门诊无指引。整改时限：2024年7月31日。",
        ],
    ),
    (
        "（三）濮阳县城关镇卫生院",
        [
            "5、门诊大厅无平面示意图，电梯处无楼层索引图。整改情况：未整改。整改时限：2024年7月20日。",
            "6、无障碍设施不完善，未提供轮椅借用服务。整改情况：已采购轮椅6台，无障碍坡道正在施工。整改时限：2024年9月30日前。",
        ],
    ),
    (
        "（四）清丰县人民医院",
        [
            "7、检查检验结果互认执行不到位，存在重复检查现象。整改情况：长期坚持，已纳入科室月度考核。整改时限：长期坚持。",
        ],
    ),
]


def write_health_docx(path: Path) -> Path:
    doc = _new_document("医政医管科")
    _title(doc, "关于医疗机构服务保障患者不到位问题专项整治督导检查反馈问题整改情况的报告")
    _paragraph(doc, "市医疗机构服务保障患者不到位问题专项整治工作专班：")
    _paragraph(
        doc,
        "按照专项整治督导检查通报要求，我委督促各医疗机构对照反馈问题建立台账清单，逐项明确整改时限，"
        "实行整改销号管理。现将截至2024年7月30日的整改情况报告如下：",
    )
    _paragraph(doc, "一、总体情况", 16, "黑体")
    _paragraph(doc, "此次督导检查共反馈问题7个，各医疗机构均已建立整改台账清单。")
    _paragraph(doc, "二、具体问题整改情况", 16, "黑体")
    for heading, paras in HEALTH_PARAS:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    return via_soffice(write_health_docx, path, "doc", "医疗机构专项整治反馈问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. 限期整改通知书所列问题整改情况的报告, after a published 限期整改通知书 to a private primary school after the 教育局's
# 执法检查 (办学条件方面: 班学额超标、生均占地面积不足、生均绿化面积不足、无环形跑道和60米直道、专用教室及设施设备不足、
# 图书数量极少; 学校管理方面: 教师持证上岗率不达标、教师队伍建设制度不健全、学校各类档案不规范):
# http://www.fzlwr.cn/tongzhi/3090457.html
# A .doc (Word 97 via LibreOffice): the school named only in the title and the file name, 主送 the 教育局, the two
# 方面 as headings and each problem a numbered paragraph with 整改情况 and 完成时限, the school's name not repeated.
SCHOOL_PARAS = [
    (
        "一、办学条件方面",
        [
            "（一）一、四、六年级班学额超过50人。整改情况：已完成秋季学期分班调整方案，待秋季开学执行。完成时限：2024年8月31日。",
            "（二）生均绿化面积不足。整改情况：已完成校园南侧绿化带建设，新增绿地320平方米，已完成。完成时限：2024年7月15日。",
            "（三）学校无环形跑道和60米直道田径场。整改情况：已向市教育局申报场地改扩建项目，正在开展前期设计。"
            "完成时限：2024年10月底前完成设计，2025年12月底前建成投用。",
            "（四）无科学实验室、美术教室等专用教室。整改情况：未整改，改造资金尚未落实。完成时限：2024年12月31日。",
            "（五）图书品种少，生均藏书不足3册。整改情况：已采购图书6000册并全部上架，已完成。完成时限：2024年7月10日。",
        ],
    ),
    (
        "二、学校管理方面",
        [
            "（六）教师持证上岗率不达标。整改情况：正在组织12名未持证教师参加教师资格考试。完成时限：2024年11月30日。",
            "（七）教师业务培训和学习交流制度不健全。整改情况：已制定《教师业务培训和学习交流制度》并印发执行，已完成。"
            "完成时限：2024年6月30日。",
            "（八）学校文书、学籍等各类档案管理不规范。完成时限：2024年7月31日。",
        ],
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("育英学校办公室")
    _title(doc, "濮阳市育英学校关于《限期整改通知书》所列问题整改情况的报告")
    _paragraph(doc, "市教育局：")
    _paragraph(
        doc,
        "2024年6月20日，市教育局对我校年度办学情况进行执法检查后下达了《限期整改通知书》。我校高度重视，"
        "召开专题会议逐条研究，明确整改措施和完成时限。现将整改情况报告如下：",
    )
    for heading, paras in SCHOOL_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "限期整改通知书所列问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 校园食品安全联合检查发现问题整改台账, after a report of a regional 市场监管局's joint 校园食品安全和膳食经费管理联合检查
# with 教育、公安、农牧、卫生健康 (中学、小学、幼儿园食堂, 直供学校鸡蛋生产主体, 集中用餐配送单位; 食材源头把控、食品采购与
# 存储、加工制作过程; 要求相关单位在10个工作日内完成整改; 属地市场监管部门“回头看”):
# http://www.tjatglbxg.com/zljd/2025-5/14/252127.html
# An .xlsx: title, 交办单位 line, one header row with 交办日期 and 整改时限 partly in working days from it (10个工作日内,
# 立行立改), a “回头看”核查结果 column and the 核查人 beside it, a 填表说明 and signature.
FOOD_ROWS = [
    (
        "华龙区",
        "濮阳市第一中学",
        "学校食堂",
        "食品留样量不足125克，留样记录不全",
        date(2024, 7, 8),
        "10个工作日内",
        "已整改，配备留样专用冰箱和电子秤",
        "复查合格",
        "张丽",
    ),
    (
        "濮阳县",
        "濮阳县第二实验小学",
        "学校食堂",
        "粗加工间生熟刀具砧板未区分使用",
        date(2024, 7, 8),
        "10个工作日内",
        "正在整改，分色刀具砧板已采购",
        "",
        "",
    ),
    (
        "清丰县",
        "清丰县实验幼儿园",
        "幼儿园食堂",
        "食材采购索证索票不全，进货查验记录缺失",
        date(2024, 7, 10),
        "15个工作日内",
        "未整改",
        "“回头看”未整改到位",
        "王强",
    ),
    (
        "南乐县",
        "濮阳市鑫源餐饮管理有限公司",
        "集中用餐配送单位",
        "配送车辆未定期清洗消毒，无消毒记录",
        date(2024, 7, 15),
        "2024年7月25日",
        "已整改，建立车辆清洗消毒记录",
        "复查合格",
        "李军",
    ),
    (
        "范县",
        "范县第一中学",
        "学校食堂",
        "膳食经费未单独核算，账目公示不及时",
        date(2024, 7, 15),
        "20个工作日内",
        "已建立膳食经费专账，公示制度正在完善",
        "",
        "",
    ),
    (
        "台前县",
        "台前县城关镇中心小学",
        "学校食堂",
        "直供鸡蛋无产品检验合格证明",
        date(2024, 7, 17),
        "10个工作日内",
        "",
        "",
        "",
    ),
    (
        "华龙区",
        "濮阳市油田第三中学",
        "学校食堂",
        "明厨亮灶视频监控未覆盖专间",
        date(2024, 7, 19),
        "立行立改",
        "已当场调整摄像头位置，覆盖专间",
        "复查合格",
        "张丽",
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="食品经营科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 28, 16, 34, 12, 14, 32, 18, 10])
    last = 9
    b.line(ws, 0, "2024年第二次校园食品安全和膳食经费管理联合检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市市场监督管理局（会同市教育局、市公安局、市农业农村局、市卫生健康委员会）",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "整改责任单位",
            "类别",
            "发现问题",
            "交办日期",
            "整改时限",
            "整改情况",
            "“回头看”核查结果",
            "核查人",
        ],
    )
    for i, row in enumerate(FOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 4 + len(FOOD_ROWS)
    b.line(
        ws,
        end,
        "填表说明：1.整改时限自交办之日起计算，以工作日计；2.“回头看”核查结果由属地市场监管部门填写。",
        last,
    )
    b.line(ws, end + 1, "填表人：赵静    审核人：刘卫国    联系电话：0393-8663015    2024年7月31日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 消防监督检查发现火灾隐患整改情况登记表, after a 消防大队's account of a 夏季消防安全检查 (大队监督员检查安全出口、疏散
# 通道, 消火栓、应急照明和疏散指示标志, 消防控制室值班人员持证上岗; 堵塞消防车通道、灭火器压力不足; 依法下发《责令限期
# 改正通知书》):
# https://liangwengen.cn/xiaofanganquan/0804/6538.html
# A tab-separated text in UTF-16: title and 填报单位 lines, one header row with the 监督员 (the inspector) beside the
# unit, 法律文书 numbers, 改正期限, 复查日期 (an event) and 复查意见, a 合计 line.
FIRE_ROWS = [
    (
        "2024-07-09",
        "王鹏、刘帅",
        "濮阳市泓德酒店管理有限公司",
        "宾馆",
        "占用、堵塞消防车通道",
        "华消限字〔2024〕第0712号",
        "2024年7月19日",
        "2024-07-19",
        "已改正，复查合格",
    ),
    (
        "2024-07-10",
        "王鹏、刘帅",
        "华龙区欣悦KTV",
        "歌舞娱乐场所",
        "疏散指示标志损坏，应急照明灯不亮",
        "华消限字〔2024〕第0715号",
        "2024年7月22日",
        "2024-07-23",
        "部分改正，继续督促整改",
    ),
    (
        "2024-07-11",
        "张海、李伟",
        "濮阳市万福隆购物中心有限公司",
        "商场",
        "防火卷帘下堆放商品，影响卷帘正常降落",
        "华消限字〔2024〕第0718号",
        "2024年7月16日",
        "2024-07-17",
        "逾期未改正",
    ),
    (
        "2024-07-16",
        "张海、李伟",
        "华龙区好再来快捷宾馆",
        "宾馆",
        "消防控制室值班人员未持证上岗",
        "华消限字〔2024〕第0726号",
        "2024年8月20日",
        "",
        "",
    ),
    (
        "2024-07-18",
        "王鹏、刘帅",
        "濮阳市金色童年幼儿园",
        "幼儿园",
        "厨房燃气管道未安装紧急切断阀",
        "华消限字〔2024〕第0731号",
        "2024年8月5日",
        "2024-07-30",
        "正在安装，继续督促整改",
    ),
    (
        "2024-07-22",
        "张海、李伟",
        "华龙区同心网吧",
        "网吧",
        "安全出口上锁，疏散通道堆放杂物",
        "华消限字〔2024〕第0736号",
        "2024年7月25日",
        "2024-07-25",
        "已改正，复查合格",
    ),
    (
        "2024-07-24",
        "王鹏、刘帅",
        "濮阳市华康医院有限公司",
        "医院",
        "自动喷水灭火系统末端试水压力不足",
        "华消限字〔2024〕第0740号",
        "2024年8月30日",
        "2024-07-31",
        "已委托维保单位检修，待再次复查",
    ),
]


def write_fire(path: Path) -> Path:
    lines = [
        "消防监督检查发现火灾隐患整改情况登记表（2024年7月）",
        "填报单位：濮阳市消防救援支队华龙区大队\t\t\t\t\t\t统计时段：2024年7月1日至7月31日",
        "序号\t检查日期\t监督员\t被检查单位\t场所类别\t火灾隐患\t法律文书\t改正期限\t复查日期\t复查意见",
    ]
    lines += ["\t".join([str(i), *row]) for i, row in enumerate(FIRE_ROWS, 1)]
    lines.append("合计\t\t\t检查单位7家\t\t发现火灾隐患7处\t下发责令限期改正通知书7份\t\t\t")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("2024年7月物业安全隐患排查台账（金堤花园）.xlsx", write_property),
    ("餐饮饭店燃气用户安全隐患排查整治台账.csv", write_gas),
    ("客运场站及客货运企业安全检查隐患闭环整改台账.xls", write_transport),
    ("市委巡察反馈问题整改三项清单落实情况.docx", write_zone),
    ("旅游景区防汛隐患点整改督促情况表（渠村乡）.et", write_scenic),
    ("全市防汛风险隐患排查整治台账（第3期）.ods", write_flood),
    ("养老服务机构安全隐患整改台账（两家）.zip", write_care),
    ("医疗机构专项整治督导检查反馈问题整改情况.wps", write_health),
    ("濮阳市育英学校关于限期整改通知书所列问题整改情况的报告.doc", write_school),
    ("校园食品安全联合检查发现问题整改台账.xlsx", write_food),
    ("消防监督检查发现火灾隐患整改情况登记表.tsv", write_fire),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

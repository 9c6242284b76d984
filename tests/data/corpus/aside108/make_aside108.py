"""Write the aside108 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 档案保密, 统计执法, 退役军人 (烈士纪念设施), 民政 殡葬管理, 民政 养老机构安全, 森林防火, 防汛,
自建房, 政务服务好差评, 12345 热线工单, 作风建设明察暗访.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, with section band rows), .et (Excel 97 via LibreOffice),
.ods (LibreOffice conversion), a CSV in GBK, a .docx whose items are numbered paragraphs, a .wps (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside108.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so that two runs write the same bytes.
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
        self.band = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# 1. 档案安全专项检查, after a county 档案局's 档案安全专项检查 (各单位自查并上报档案安全自查表; 档案局分两组、由局
# 班子带队，到乡镇、有关部门和重点项目单位检查档案库房、档案存放、各项制度、保管设施; 共检查73家单位，发现问题15项，
# 提出整改意见并限期整改; 值班制度、巡查登记制度、档案保管制度):
# http://hangzhou.baogaosu.com/xinwen/%E5%BC%80%E5%B1%95%E6%A1%A3%E6%A1%88%E4%BF%9D%E5%AE%89%E5%85%A8%E5%96%9C%E8%BF%8E%E5%8D%81%E4%B9%9D%E5%A4%A7%E6%A1%A3%E6%A1%88/61069422/
# An .xlsx: title, 填报单位 line, one header row with the 检查组 merged down over its rows (两组、局领导带队), a
# 检查日期 column (an event, the base of 立行立改), 检查类别 in the source's words, a 是否销号 column, a 合计 row
# and a 填表人 line.
ARCHIVE_GROUPS = [
    (
        "第一组（馆长带队）",
        [
            (
                "市医保局",
                date(2024, 7, 8),
                "档案库房",
                "档案库房未配备温湿度记录仪，未建立库房温湿度登记",
                "配备温湿度计，每日登记",
                "2024年7月15日",
                "已配备温湿度计，登记制度已建立",
                "是",
            ),
            (
                "市不动产登记中心",
                date(2024, 7, 8),
                "档案存放",
                "不动产登记档案堆放在办公楼走廊，未入库保管",
                "清理入库，上架保管",
                "8月底前",
                "正在整理上架，已入库约60%",
                "否",
            ),
            (
                "市公积金中心",
                date(2024, 7, 9),
                "档案保密",
                "涉密档案与普通档案混柜存放，借阅涉密档案未履行登记手续",
                "分柜存放，建立涉密档案借阅登记簿",
                "立行立改",
                "已分柜存放并建立借阅登记",
                "是",
            ),
            (
                "市资规局",
                date(2024, 7, 9),
                "档案保密",
                "部分电子档案存储在连接互联网的计算机上",
                "迁移至内网专用存储设备，清除互联网计算机存档",
                "2024年7月12日",
                "已迁移清除，复查合格",
                "是",
            ),
        ],
    ),
    (
        "第二组（副馆长带队）",
        [
            (
                "濮阳县城关镇人民政府",
                date(2024, 7, 10),
                "档案库房",
                "档案库房内堆放办公杂物，库房灭火器过期",
                "清理杂物，更换灭火器",
                "2024年7月20日",
                "未整改",
                "否",
            ),
            (
                "市统计局",
                date(2024, 7, 11),
                "各项制度",
                "未建立档案库房巡查登记制度，节假日值班记录缺失",
                "建立巡查登记和值班制度",
                "长期坚持",
                "常态化推进",
                "",
            ),
            (
                "濮阳县渠村乡人民政府",
                date(2024, 7, 11),
                "保管设施",
                "档案柜为木质柜，不符合防火要求",
                "更换为钢质密集架",
                "2024年9月30日前",
                "已列入预算，正在采购",
                "否",
            ),
        ],
    ),
]


def write_archive(path: Path) -> Path:
    b = Book(path, author="业务指导科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 22, 12, 10, 34, 26, 14, 24, 8])
    b.line(ws, 0, "2024年档案安全专项检查发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市档案馆（业务指导科）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查组",
            "被检查单位",
            "检查日期",
            "检查类别",
            "存在问题",
            "整改意见",
            "整改期限",
            "整改落实情况",
            "是否销号",
        ],
    )
    r, n = 3, 0
    for group, rows in ARCHIVE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for unit, day, kind, problem, advice, limit, progress, closed in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, unit)
            b.put(ws, r, 3, day)
            b.row(ws, r, [kind, problem, advice, limit, progress], first=4)
            b.put(ws, r, 9, closed, b.center)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "共检查单位73家，发现问题15项，其中现场整改到位8项，其余7项列入上表跟踪整改")
    b.line(ws, r + 1, "说明：整改期限为“立行立改”的，以检查日期为整改期限。", 9)
    b.line(ws, r + 2, "填表人：孟晓丽    审核人：胡建军    联系电话：0393-8992176", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 部门联合“双随机、一公开”统计执法抽查, after a city 统计局 and 市场监督管理局's notice of a joint 双随机 check
# (统计部门：批零住餐企业1至6月商品销售额、“四上”单位依法设置原始记录和统计台账以及统计数据质量; 市场监管部门：
# 登记事项、公示信息; 商务部门：商贸企业报送信息情况):
# http://idiamond.net/xxgk/dfbmptlj/bmxxgk/tjj/fdzdgknr/qtzdgk/ssjygk/202205/t20220525_2638211.shtml
# An .xls (xlwt): title, 填报单位/抽查时间 line, one header row, the rows under three band rows
# (一、统计部门 / 二、市场监管部门 / 三、商务部门检查发现问题), a 检查日期 column the N日内 count from, the 检查人员
# (inspectors) at the right, a 合计 row, a 注 line and a 填表人 line.
STATS_SECTIONS = [
    (
        "一、统计部门检查发现问题",
        [
            (
                "濮阳市宏达化工有限公司",
                "规上工业",
                "2024-07-02",
                "未依法设置工业产品产量原始记录，统计台账与上报数据不一致",
                "责令改正，补建原始记录和统计台账",
                "2024年7月31日",
                "已补建原始记录和统计台账，经复查合格",
                "李振华、高敏",
            ),
            (
                "濮阳市华联购物广场有限公司",
                "限上批零",
                "2024-07-03",
                "1-6月商品销售额与财务资料不符，多报约1200万元",
                "立案调查",
                "2024年8月31日",
                "已立案，正在调查",
                "李振华、高敏",
            ),
            (
                "濮阳市龙城大酒店有限公司",
                "限上住餐",
                "2024-07-03",
                "统计人员变动未及时报备，5月份月报迟报",
                "警告，责令改正",
                "7月20日前",
                "",
                "王海涛、刘洋",
            ),
            (
                "濮阳市中原建设工程有限公司",
                "资质内建筑业",
                "2024-07-04",
                "统计台账未按月登记，施工产值原始凭证缺失",
                "责令补齐原始凭证",
                "2024年8月15日",
                "未整改",
                "王海涛、刘洋",
            ),
            (
                "濮阳市恒润纺织有限公司",
                "规上工业",
                "2024-07-05",
                "单位负责人未在统计报表上签字，报表审核制度缺失",
                "责令改正，建立报表审核制度",
                "2024.7.25",
                "已整改到位",
                "李振华、高敏",
            ),
        ],
    ),
    (
        "二、市场监管部门检查发现问题",
        [
            (
                "濮阳市金源农资有限公司",
                "限上批零",
                "2024-07-09",
                "企业登记住所与实际经营地址不符",
                "责令办理变更登记",
                "30日内",
                "已提交变更申请，正在审核",
                "赵俊峰、孙雪",
            ),
            (
                "濮阳市顺丰源商贸有限公司",
                "限上批零",
                "2024-07-10",
                "年度报告公示的从业人数与实际不符",
                "责令更正公示信息",
                "15日内",
                "已更正公示信息",
                "赵俊峰、孙雪",
            ),
        ],
    ),
    (
        "三、商务部门检查发现问题",
        [
            (
                "濮阳市万家福超市连锁有限公司",
                "限上批零",
                "2024-07-11",
                "未按月在商贸企业运行监测平台报送经营信息",
                "督促按月报送",
                "长期坚持",
                "常态化推进",
                "周文静",
            ),
        ],
    ),
]


def write_stats(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    band = _xf(bold=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年部门联合“双随机、一公开”统计执法抽查发现问题整改情况表", t, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市统计局（执法监督科）    抽查时间：2024年7月1日至7月12日    填报日期：2024年7月26日",
            plain,
            1,
            9,
        ),
    ]
    words = [
        "序号",
        "被检查单位",
        "单位类型",
        "检查日期",
        "检查发现问题",
        "处理意见",
        "整改时限",
        "整改完成情况",
        "检查人员",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for title, rows in STATS_SECTIONS:
        cells.append((r, 0, title, band, r, 9))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (2, 3) else c))
            cells.append((r, 9, "", c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "抽查单位12家，发现问题8个", c, r, 9),
        (r + 1, 0, "注：整改时限写“××日内”的，自检查之日起计算。", plain, r + 1, 9),
        (r + 2, 0, "填表人：高敏    审核人：李振华    联系电话：0393-8668213", plain, r + 2, 9),
    ]
    widths = [6, 28, 12, 12, 40, 24, 14, 28, 14, 8]
    return _write_xls(path, [("抽查问题", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 零散烈士纪念设施管护情况检查, after a district 退役军人事务局's check before 清明 of 零散烈士纪念设施 in four towns
# (管护情况整体较好，但存在个别道路修缮未直达烈士墓，部分墓碑字体描红淡化等问题; 要求各镇街退役军人服务站明确专人
# 负责，建立日常巡查、管理维护机制):
# http://sqr.ahnews.com.cn/news/2024/03/21/c_492782.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with the 属地乡镇人民政府 as 管护责任单位 and a 管护责任人
# (a person) beside it, a 填表说明 line and a 填表人 line.
MARTYR_ROWS = [
    (
        "习城乡",
        "郭庄村散葬烈士墓",
        "散葬烈士墓",
        "通往烈士墓的道路未硬化，修缮道路未直达墓前，雨后泥泞无法通行",
        "濮阳县习城乡人民政府",
        "郭建民",
        "修建通往墓地的便道",
        "2024年9月底前",
        "已完成道路设计，正在招标",
    ),
    (
        "梁庄镇",
        "东宋村烈士纪念碑",
        "纪念碑",
        "碑文字体描红淡化，部分字迹难以辨认",
        "濮阳县梁庄镇人民政府",
        "宋保国",
        "重新描红碑文",
        "2024年7月20日",
        "已重新描红",
    ),
    (
        "王称堌镇",
        "李楼村散葬烈士墓",
        "散葬烈士墓",
        "墓体周边杂草丛生，墓前无祭扫平台",
        "濮阳县王称堌镇人民政府",
        "李志刚",
        "清除杂草，修建祭扫平台",
        "8月15日前",
        "杂草已清除，祭扫平台正在施工",
    ),
    (
        "渠村乡",
        "渠村乡烈士陵园",
        "烈士陵园",
        "陵园东侧围墙局部倒塌约6米",
        "濮阳县渠村乡人民政府",
        "张卫东",
        "修复倒塌围墙",
        "2024年8月31日",
        "未启动",
    ),
    (
        "子岸镇",
        "子岸镇革命烈士纪念亭",
        "纪念亭",
        "纪念亭简介牌缺失，烈士英名未上墙",
        "濮阳县子岸镇人民政府",
        "王玉林",
        "制作简介牌，镌刻烈士英名",
        "2024年10月31日",
        "",
    ),
    (
        "户部寨镇",
        "南街村散葬烈士墓",
        "散葬烈士墓",
        "未明确日常管护人员，无日常巡查记录",
        "濮阳县户部寨镇人民政府",
        "刘长海",
        "明确专人负责，建立日常巡查、管理维护机制",
        "长期坚持",
        "常态化推进",
    ),
    (
        "八公桥镇",
        "八公桥烈士纪念碑",
        "纪念碑",
        "纪念碑基座瓷砖脱落，护栏锈蚀",
        "濮阳县八公桥镇人民政府",
        "赵红军",
        "更换瓷砖，护栏除锈刷漆",
        "2024.7.25",
        "已完成维修，经县局复查验收合格",
    ),
]


def write_martyr(path: Path) -> Path:
    b = Book(path, author="褒扬纪念股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 22, 12, 36, 22, 10, 26, 16, 26])
    b.line(ws, 0, "零散烈士纪念设施管护情况检查问题清单", 9, b.title)
    b.line(ws, 1, "检查单位：濮阳县退役军人事务局    检查时间：2024年7月3日至7月5日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "设施名称",
            "设施类别",
            "存在问题",
            "管护责任单位",
            "管护责任人",
            "整改要求",
            "完成时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(MARTYR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MARTYR_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：“管护责任单位”为零散烈士纪念设施所在乡镇人民政府，“管护责任人”为村退役军人服务站具体负责人。",
        9,
    )
    b.line(ws, end + 2, "填表人：韩雪梅    联系电话：0393-3216605    填表日期：2024年7月26日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 殡葬管理工作情况自查和检查表, after the form attached to a 殡葬领域突出问题专项整治 notice (附件1 殡葬管理工作情况
# 自查和检查表: 单位（盖章）、填表人、联系电话; 检查项目 / 序号 / 检查内容 / 检查细则 / 检查方式 / 检查结果, 检查项目
# (一)组织领导情况、(二)具有火化功能的殡仪馆(含火葬场)情况 …; 遗体长期存放, 选择性服务):
# https://m.wenke99.com/p-3438979.html
# An .et (Excel 97 via LibreOffice): the form's title and 单位（盖章）/填表人/联系电话 line, its six columns with the
# 检查项目 merged down over its rows, and to the right the columns a return adds (存在问题、整改措施、整改时限、
# 责任股室（单位）、整改情况) — the bureau's own 股室 as well as the 殡仪馆, a 公墓 company and a 镇; a 注 line and
# the 检查人 line.
FUNERAL_GROUPS = [
    (
        "（一）组织领导情况",
        [
            (
                "1",
                "建立专项整治行动领导协调机制",
                "是否建立并切实发挥作用",
                "查看文件、会议纪要及落实情况等",
                "领导协调机制成立后，2024年以来未召开成员单位会议",
                "召开联席会议，明确成员单位职责分工",
                "2024年8月底前",
                "社会事务股",
                "已拟定会议方案，报局党组审定",
            ),
            (
                "3",
                "财政投入",
                "惠民殡葬、节地生态安葬奖补等资金是否纳入预算",
                "查看文件及落实情况等",
                "节地生态安葬奖补资金未纳入2024年县级财政预算",
                "争取县财政追加预算",
                "年底前",
                "规划财务股",
                "",
            ),
        ],
    ),
    (
        "（二）具有火化功能的殡仪馆（含火葬场）情况",
        [
            (
                "11",
                "遗体长期存放",
                "存放时间超过半年的遗体类型、数量及处置情况",
                "查看统计数据、档案材料、听取介绍等",
                "存放超过半年的无名遗体3具未按规定处置",
                "协调公安部门完成身份核查后依法处置",
                "2024年9月30日",
                "清丰县殡仪馆",
                "已函告县公安局，正在核查身份",
            ),
            (
                "12",
                "选择性服务",
                "服务项目、价格管理、自营或外包情况",
                "查看价目表、收费票据等",
                "选择性服务项目及收费标准未在服务大厅公示",
                "在服务大厅显著位置公示",
                "2024.7.15",
                "清丰县殡仪馆",
                "已公示",
            ),
            (
                "13",
                "安全生产",
                "火化设备、消防设施运行维护情况",
                "实地查看",
                "火化车间灭火器过期，应急照明灯损坏",
                "更换灭火器，维修应急照明",
                "2024.7.10",
                "清丰县殡仪馆",
                "已更换维修，整改完成",
            ),
        ],
    ),
    (
        "（三）公墓及农村公益性墓地情况",
        [
            (
                "16",
                "墓穴占地和墓碑高度",
                "是否存在墓穴占地面积、墓碑高度超标准",
                "实地查看、抽查测量",
                "城东经营性公墓有12座墓穴占地面积超标",
                "责令经营单位整改超标墓穴",
                "2024年10月31日",
                "清丰县福寿园陵园有限公司",
                "未整改",
            ),
            (
                "18",
                "农村公益性墓地管理",
                "是否规划建设、规范管理",
                "实地查看、查阅资料",
                "马庄桥镇3个村公益性墓地无专人管理，存在散埋乱葬",
                "明确墓地管理员，清理散埋乱葬",
                "长期坚持",
                "清丰县马庄桥镇人民政府",
                "长期坚持",
            ),
        ],
    ),
]


def write_funeral_book(path: Path) -> Path:
    b = Book(path, author="社会事务股")
    ws = b.sheet("检查表")
    b.widths(ws, [18, 6, 18, 24, 18, 34, 28, 14, 20, 26])
    b.line(ws, 0, "殡葬管理工作情况自查和检查表", 9, b.title)
    b.line(ws, 1, "单位（盖章）：清丰县民政局        填表人：王春燕        联系电话：0393-7221356", 9)
    b.header(
        ws,
        2,
        [
            "检查项目",
            "序号",
            "检查内容",
            "检查细则",
            "检查方式",
            "检查结果（存在问题）",
            "整改措施",
            "整改时限",
            "责任股室（单位）",
            "整改情况",
        ],
    )
    r = 3
    for group, rows in FUNERAL_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, group, b.center)
        for row in rows:
            b.put(ws, r, 1, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=2)
            r += 1
    b.line(ws, r, "注：本表只列检查结果为“不符合”的项目；责任股室为局内股室的，由局分管领导督促整改。", 9)
    b.line(ws, r + 1, "检查人：郑国强、许丽    自查日期：2024年7月22日", 9)
    return b.close()


def write_funeral(path: Path) -> Path:
    return via_soffice(write_funeral_book, path, "xls", "殡葬管理工作情况自查和检查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 民政服务机构安全生产拉网式排查, after a city 民政局's 安全生产督导组 (6个督导组，“四不两直”、明查暗访，深入23家
# 养老机构、6家民政系统单位; 主体责任、消防安全、燃气安全、食品药品安全、房屋安全、特种设备安全、服务安全、金融
# 安全; 一般隐患33处，立行立改31处，2处限期整改中):
# http://m-anluyun.cjyun.org/p/81694.html
# An .xlsx: title naming the 督导组, a preamble line (督导方式、时间), one header row with 隐患类别 in the source's
# words, 隐患等级, 整改方式 (立行立改 / 限期整改), an 检查日期 column (the base of 立行立改), a 小计 row and the
# 督导组成员 line.
ELDER_ROWS = [
    (
        "濮阳市华龙区颐和养老院",
        "民办",
        date(2024, 7, 16),
        "消防安全",
        "消防通道被电动车占用，电动车在楼道内充电",
        "一般",
        "立行立改",
        "立行立改",
        "已清理，已设置集中充电区",
    ),
    (
        "濮阳市福康老年公寓",
        "民办",
        date(2024, 7, 16),
        "燃气安全",
        "厨房燃气管道穿越老人居室，未安装燃气泄漏报警装置",
        "一般",
        "限期整改",
        "2024年8月20日",
        "报警装置已安装，管道改线正在施工",
    ),
    (
        "濮阳市社会福利院",
        "民政系统单位",
        date(2024, 7, 17),
        "特种设备安全",
        "电梯定期检验合格标志过期",
        "一般",
        "限期整改",
        "7月25日前",
        "已完成定期检验，取得合格标志",
    ),
    (
        "濮阳市救助管理站",
        "民政系统单位",
        date(2024, 7, 17),
        "房屋安全",
        "受助人员宿舍墙体出现裂缝",
        "一般",
        "限期整改",
        "2024年9月30日",
        "已委托房屋安全鉴定",
    ),
    (
        "濮阳县夕阳红养老中心",
        "民办",
        date(2024, 7, 17),
        "食品药品安全",
        "食堂留样不足48小时，2名厨师健康证过期",
        "一般",
        "立行立改",
        "立行立改",
        "已整改",
    ),
    (
        "濮阳市华龙区金色年华养护院",
        "民办",
        date(2024, 7, 18),
        "服务安全",
        "失能老人护理记录不全，夜间护理员配备不足",
        "一般",
        "限期整改",
        "2024.8.31",
        "未整改",
    ),
    (
        "濮阳市殡仪馆",
        "民政系统单位",
        date(2024, 7, 18),
        "消防安全",
        "告别厅应急照明灯损坏，疏散指示标志不亮",
        "一般",
        "立行立改",
        "立行立改",
        "",
    ),
    (
        "濮阳市乐龄养老服务有限公司",
        "民办",
        date(2024, 7, 18),
        "金融安全",
        "向入住老人预收费用超过12个月",
        "一般",
        "限期整改",
        "2024年8月31日",
        "已退还超期预收费用3.6万元，正在制定预收费管理制度",
    ),
]


def write_elder(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("隐患清单")
    b.widths(ws, [6, 28, 12, 12, 12, 38, 8, 10, 14, 30])
    b.line(ws, 0, "民政服务机构安全生产拉网式排查隐患清单（第三督导组）", 9, b.title)
    b.line(
        ws,
        1,
        "督导方式：“四不两直”、明查暗访    督导时间：2024年7月16日至7月18日    填报日期：2024年7月24日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "机构名称",
            "机构性质",
            "检查日期",
            "隐患类别",
            "隐患描述",
            "隐患等级",
            "整改方式",
            "整改时限",
            "整改状态",
        ],
    )
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ELDER_ROWS)
    b.put(ws, end, 0, "小计", b.center)
    b.merge(ws, end, 1, end, 9, "排查机构8家，发现一般隐患8处，其中立行立改3处、限期整改5处")
    b.line(ws, end + 1, "说明：整改方式为“立行立改”的，以检查日期为整改时限。", 9)
    b.line(ws, end + 2, "督导组成员：马国栋（组长）、陈丽、杜新民    联系电话：0393-8663520", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 森林火灾隐患排查整治台账, after a 护林防火指挥部办公室's notice of a 森林火灾隐患排查整治专项行动 (对国有林场、旅游
# 景区、集体林地、公墓区、农林交错区、“五边”地带、输变电线路、油气设施等重点区域全面排查; 围绕火源管理、防范措施、
# 队伍建设、应急处置; 建立隐患排查整治台账，实行销号管理):
# http://www.forestry.gov.cn/lyj/1/lczhxx/20251015/645203.html
# A CSV in GBK: title line, 填报单位 line, one header line with the source's 重点区域 and 隐患类别 words, 责任单位
# beside a 责任人, a 是否销号 column beside 整改进展, a 合计 line and a 注 line.
FOREST_ROWS = [
    (
        "国有林场",
        "濮阳县国有林场三分场",
        "防范措施",
        "林区防火隔离带杂草未清理，宽度不足6米",
        "濮阳县国有林场",
        "徐卫国",
        "清理隔离带杂草，拓宽至10米",
        "2024.7.20",
        "已清理拓宽完毕",
        "已销号",
    ),
    (
        "公墓区",
        "庆祖镇西辛庄村公墓",
        "火源管理",
        "公墓区紧邻林地，未设置防火警示牌和祭祀用火收缴点",
        "濮阳县庆祖镇人民政府",
        "孙建业",
        "设置警示牌，设立火种收缴点",
        "2024年8月10日",
        "警示牌已设置，收缴点正在建设",
        "未销号",
    ),
    (
        "输变电线路",
        "110千伏线路穿越林区段",
        "防范措施",
        "线路下方树木与导线安全距离不足",
        "濮阳供电公司",
        "杨帆",
        "修剪超高树木",
        "8月底前",
        "",
        "",
    ),
    (
        "旅游景区",
        "毛楼生态旅游区",
        "应急处置",
        "景区扑火物资储备不足，无专职扑火队员",
        "濮阳县毛楼生态旅游区管理处",
        "韩志强",
        "补充扑火工具，组建半专业扑火队",
        "2024年9月30日",
        "未整改",
        "未销号",
    ),
    (
        "农林交错区",
        "渠村乡黄河滩区林地",
        "火源管理",
        "农户在林缘焚烧秸秆、杂草",
        "濮阳县渠村乡人民政府",
        "张卫东",
        "加强巡查，严禁野外用火",
        "长期坚持",
        "常态化巡查",
        "",
    ),
    (
        "“五边”地带",
        "濮范高速濮阳县段两侧林带",
        "防范措施",
        "林带内堆积枯枝落叶，可燃物载量大",
        "濮阳县交通运输局",
        "李明亮",
        "清理林带可燃物",
        "2024.7.31",
        "已清理约70%",
        "未销号",
    ),
    (
        "油气设施",
        "文留镇油气井场周边林地",
        "防范措施",
        "井场与林地之间未设置防火隔离带",
        "中原油田分公司濮东采油厂",
        "周伟",
        "开设防火隔离带",
        "2024年7月15日",
        "已开设隔离带，经复查合格",
        "已销号",
    ),
    (
        "集体林地",
        "文留镇张庄村集体林",
        "队伍建设",
        "村级护林员未落实，巡护记录空白",
        "濮阳县文留镇人民政府",
        "王建新",
        "落实护林员，建立巡护记录",
        "2024年8月15日",
        "已聘任护林员2名，巡护记录正在建立",
        "未销号",
    ),
]


def write_forest(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["森林火灾隐患排查整治台账"])
    w.writerow(
        ["填报单位：濮阳县森林防灭火指挥部办公室", "", "", "", "", "", "", "", "填报日期：2024年7月26日"]
    )
    w.writerow(
        [
            "序号",
            "排查区域",
            "隐患地点",
            "隐患类别",
            "隐患描述",
            "责任单位",
            "责任人",
            "整改措施",
            "整改时限",
            "整改进展",
            "是否销号",
        ]
    )
    for i, row in enumerate(FOREST_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查隐患8处", "", "", "", "", "", "", "已销号2处", ""])
    w.writerow(["注：整改完成并经乡镇复查合格的，“是否销号”栏填“已销号”。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 汛前防汛重点抽查险工隐患, after a city 水利局's 汛前防汛重点抽查 (抽查堤防险工险段、病险闸站、病险水库塘坝、河湖
# 障碍以及防汛物资储备、抢险队伍落实; “一看、二听、三议”; 向相关责任单位下发险工隐患整改通知书，动态跟踪整改进程，
# 确保汛前整改到位):
# https://slj.changzhou.gov.cn/content/suitable/show?catid=19750&id=15699
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 整改通知书编号, 抽查类别 in the
# source's words, an 应急措施 column for what cannot be finished before the flood season, a 填表说明 line and the
# signature line.
FLOOD_ROWS = [
    (
        "濮防指隐〔2024〕7号",
        "堤防险工险段",
        "金堤河濮阳县段左堤",
        "堤身发现獾狐洞穴3处",
        "濮阳县水利局",
        "开挖回填夯实",
        "2024.7.12",
        "",
        "已开挖回填夯实",
    ),
    (
        "濮防指隐〔2024〕8号",
        "病险闸站",
        "马颊河王庄节制闸",
        "启闭机钢丝绳锈蚀断股",
        "清丰县水利局",
        "更换钢丝绳",
        "7月20日前",
        "备用手摇启闭设备",
        "已采购钢丝绳，正在更换",
    ),
    (
        "濮防指隐〔2024〕9号",
        "病险水库塘坝",
        "范县张庄塘坝",
        "背水坡塌陷约5平方米",
        "范县水利局",
        "修复坝坡",
        "2024年7月25日",
        "限制蓄水，安排专人值守",
        "未整改",
    ),
    (
        "濮防指隐〔2024〕10号",
        "河湖障碍",
        "濮水河岳村段",
        "河道内违章搭建养殖棚影响行洪",
        "华龙区岳村镇人民政府",
        "拆除阻水障碍",
        "2024.7.15",
        "",
        "已拆除",
    ),
    (
        "濮防指隐〔2024〕11号",
        "防汛物资储备",
        "市级防汛物资仓库",
        "编织袋、救生衣储备不足定额的60%",
        "市水务局",
        "补充防汛物资",
        "7月底前",
        "",
        "",
    ),
    (
        "濮防指隐〔2024〕12号",
        "抢险队伍落实",
        "台前县黄河防汛抢险队",
        "抢险队员名单未更新，部分队员已外出务工",
        "台前县应急管理局",
        "调整充实队员并组织培训",
        "2024年8月10日",
        "",
        "已更新队员名单，培训计划8月初开展",
    ),
    (
        "濮防指隐〔2024〕13号",
        "堤防险工险段",
        "黄河渠村险工",
        "险工坝垛根石走失",
        "濮阳县黄河河务局",
        "抛石加固",
        "9月底前",
        "备足抢险石料，加强巡查",
        "已备石料2000立方米，正在抛石加固",
    ),
    (
        "濮防指隐〔2024〕14号",
        "病险闸站",
        "卫河元村排涝站",
        "排涝泵站2台机组不能正常运行",
        "南乐县水利局",
        "维修机组",
        "2024年7月10日",
        "备用移动泵车",
        "已维修完毕，试运行正常，复查合格",
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="水旱灾害防御科")
    ws = b.sheet("险工隐患")
    b.widths(ws, [6, 20, 14, 22, 32, 20, 20, 14, 24, 30])
    b.line(ws, 0, "2024年防汛重点抽查险工隐患整改落实情况表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市防汛抗旱指挥部办公室    抽查时间：2024年7月1日至7月5日    填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改通知书编号",
            "抽查类别",
            "工程（部位）名称",
            "险情隐患",
            "责任单位",
            "处置措施",
            "整改时限",
            "应急措施（不能按期整改到位的）",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FLOOD_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：整改时限以《险工隐患整改通知书》为准；不能按期整改到位的，须落实应急措施并填写。",
        9,
    )
    b.line(ws, end + 2, "负责人：段志刚    填表人：冯晓燕    联系电话：0393-8312657", 9)
    return b.close()


def write_flood(path: Path) -> Path:
    via_soffice(write_flood_book, path, "ods", "防汛重点抽查险工隐患整改落实情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 非经营性自建房安全隐患整治销号“回头看”, after a county 住建委's notice of a 回头看 (“看”隐患等级是否准确 — 存在
# 倒塌风险的房屋被判定为一般安全隐患，复核后在归集平台先销号后新增，鉴定结果为D级; “看”整治现场是否彻底; 自建房编号
# YH5002…):
# http://cqfd.gov.cn/bm/zfhcxjswyh/zwgk_36090/zfxxgkml/jczwgk/ncwfgzly/zcwj_303646/202505/t20250507_14589180.html
# An .xlsx: title, 填报单位 line, a two-row header (隐患等级 over 原判定/复核结果), the 自建房编号 and 产权人 (a
# person), the 乡镇（街道） as 整改责任单位, 整改时限 partly as date cells, a 说明 line and a signature line.
HOUSE_ROWS = [
    (
        "岳村镇",
        "YH410902000010234",
        "岳村镇前范庄村",
        "范某某",
        "房屋墙体贯通裂缝，原判定为一般安全隐患，复核存在倒塌风险",
        "一般",
        "D级",
        "停止使用，人员搬离，拆除重建",
        date(2024, 8, 31),
        "华龙区岳村镇人民政府",
        "已在归集平台先销号后新增，人员已搬离",
    ),
    (
        "孟轲乡",
        "YH410902000011587",
        "孟轲乡东孟轲村",
        "王某某",
        "屋面预制板断裂，仅采取临时支撑即销号，未进行加固",
        "一般",
        "一般",
        "采用专业技术手段加固屋面",
        date(2024, 8, 15),
        "华龙区孟轲乡人民政府",
        "未整改",
    ),
    (
        "胜利路街道",
        "YH410902000012076",
        "胜利路街道王助村",
        "李某某",
        "私自加建第四层，加建部分未经安全鉴定",
        "一般",
        "待鉴定",
        "委托安全鉴定，拆除违规加建部分",
        "2024年9月30日",
        "华龙区胜利路街道办事处",
        "已委托鉴定，鉴定结果为C级",
    ),
    (
        "中原路街道",
        "YH410902000012519",
        "中原路街道后范庄社区",
        "赵某某",
        "整治佐证资料缺失，整治前后照片和鉴定报告未上传归集平台",
        "一般",
        "一般",
        "补传佐证资料",
        "2024.7.20",
        "华龙区中原路街道办事处",
        "已补传，平台审核通过",
    ),
    (
        "开州路街道",
        "YH410902000013042",
        "开州路街道西街村",
        "刘某某",
        "房屋地基不均匀沉降，门窗变形",
        "一般",
        "C级",
        "地基加固",
        "10月底前",
        "华龙区开州路街道办事处",
        "",
    ),
    (
        "任丘路街道",
        "YH410902000013398",
        "任丘路街道安庄村",
        "孙某某",
        "临街自建房改为出租用房，未落实安全使用责任",
        "一般",
        "一般",
        "签订安全使用承诺书，定期巡查",
        "长期坚持",
        "华龙区任丘路街道办事处",
        "长期坚持",
    ),
    (
        "大庆路街道",
        "YH410902000013755",
        "大庆路街道戚城村",
        "周某某",
        "D级危房人员搬离后又有人员回住",
        "D级",
        "D级",
        "再次劝离，封闭房屋",
        date(2024, 7, 12),
        "华龙区大庆路街道办事处",
        "已劝离并封闭房屋，复查无人员居住",
    ),
]


def write_house(path: Path) -> Path:
    b = Book(path, author="村镇建设科")
    ws = b.sheet("回头看")
    b.widths(ws, [6, 12, 20, 22, 10, 36, 8, 8, 28, 16, 24, 30])
    b.line(ws, 0, "非经营性自建房安全隐患整治销号“回头看”问题台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区住房和城乡建设局（盖章）    填报日期：2024年7月29日", 11)
    for c, word in enumerate(
        ["序号", "乡镇（街道）", "自建房编号", "房屋地址", "产权人", "“回头看”发现问题"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "隐患等级", b.head)
    b.header(ws, 3, ["原判定", "复核结果"], first=6)
    for c, word in enumerate(["整改措施", "整改时限", "整改责任单位", "整改情况"], start=8):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.cnday if isinstance(v, date) else (b.center if c in (6, 7) else b.cell))
    end = 4 + len(HOUSE_ROWS)
    b.line(
        ws,
        end + 1,
        "说明：复核后隐患等级发生变化的，在归集平台先销号后新增隐患；复核为倒塌风险的，鉴定结果选择D级。",
        11,
    )
    b.line(ws, end + 2, "审核人：宋志远    填表人：曹雯    联系电话：0393-8915530", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 政务服务“好差评”差评件整改, after a city 行政审批服务局's account of its 好差评 work (好差评系统汇聚线上线下办件
# 评价; 针对“差评”办件，市、县、乡、村四级建成“第一线”“第一时间”处置机制; 抽样回访、跟踪督办; 对存在短板的单位
# 点名批评并督促整改):
# http://yiyang.gov.cn/yiyang/2/3/73/content_1869158.html
# A .wps (Word 97 via LibreOffice): title, 主送, a preamble stating that 差评 are to be rectified within 5 working days
# of 派单, one table (差评编号、派单日期、评价渠道、被评价部门（窗口）、差评内容、核实情况、整改措施、整改时限、整改
# 结果) with the 部门 in short names, the office and date at the foot.
REVIEW_ROWS = [
    (
        "CP20240408017",
        "2024-04-08",
        "办事窗口评价器",
        "市人力资源社会保障局（社保窗口）",
        "办理退休手续需重复提交材料，窗口人员解释不清",
        "属实",
        "梳理材料清单，实行一次性告知",
        "5个工作日",
        "已整改，回访满意",
    ),
    (
        "CP20240415009",
        "2024-04-15",
        "手机短信评价",
        "市税务局（办税服务厅）",
        "办税服务厅排队等候时间过长",
        "系申报期高峰，已做好解释说明",
        "高峰期增开窗口",
        "5个工作日",
        "已解释说明，评价人表示理解",
    ),
    (
        "CP20240513022",
        "2024-05-13",
        "网上服务评价",
        "市不动产登记中心",
        "二手房转移登记网上预约号源不足",
        "属实",
        "增加预约号源，优化预约系统",
        "5个工作日",
        "已增加号源，预约系统正在优化",
    ),
    (
        "CP20240527031",
        "2024-05-27",
        "12345热线评价",
        "市场监管局（企业注册窗口）",
        "企业注销咨询电话长期无人接听",
        "属实",
        "设置咨询专线，专人值守",
        "5个工作日",
        "未整改",
    ),
    (
        "CP20240606004",
        "2024-06-06",
        "网上服务评价",
        "市公积金中心",
        "公积金提取审批时间超过承诺时限",
        "属实",
        "压缩审批环节",
        "5个工作日",
        "已整改",
    ),
    (
        "CP20240617012",
        "2024-06-17",
        "办事窗口评价器",
        "市交警支队（车管所）",
        "车管所自助设备故障无人处理",
        "属实",
        "维修设备，设专人值守",
        "5个工作日",
        "",
    ),
    (
        "CP20240722006",
        "2024-07-22",
        "网上服务评价",
        "市卫健委（医政窗口）",
        "医师执业注册网上办理页面无法上传附件",
        "属实",
        "联系省平台修复",
        "5个工作日",
        "已报省平台，正在修复",
    ),
]


def write_review_docx(path: Path) -> Path:
    doc = _new_document("窗口管理科")
    _title(doc, "关于政务服务“好差评”差评件核实整改情况的报告", 18)
    _paragraph(doc, "市督查局：", 14)
    _paragraph(
        doc,
        "按照“谁办理、谁负责”的原则，我中心对2024年4月以来“好差评”系统收到的差评件逐件派单、回访核实、跟踪督办。"
        "差评件自派单之日起5个工作日内整改反馈。现将差评件核实整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(REVIEW_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "差评编号",
            "派单日期",
            "评价渠道",
            "被评价部门（窗口）",
            "差评内容",
            "核实情况",
            "整改措施",
            "整改时限",
            "整改结果",
        ],
        body,
        9,
    )
    _paragraph(doc, "对逾期未整改的单位，我中心将在全市政务服务“好差评”通报中点名并督促整改。", 14)
    _paragraph(doc, "濮阳市行政服务中心窗口管理科", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_review(path: Path) -> Path:
    return via_soffice(write_review_docx, path, "doc", "好差评差评件核实整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 12345热线工单办理情况, after a district 房管局's notice on 12345热线紧急工单 (紧急类工单：扬言类、安全隐患类、
# 影响市民生活的求助类、影响部分市民生活的投诉类; 值班人员及时联系房管办事处或物业公司了解情况、采取措施，以“中途
# 汇报”形式报热线办，工作日再将处置工单及处理情况汇总):
# https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=aff2eb4f-8032-4039-9148-e0270f08c79a
# A .zip of two returns: the water company's .xlsx (承办单位 line; 工单类别 紧急/一般 and 诉求类型 in the notice's
# words; its own 承办部门 (sections); 受理时间, 办理时限 in working days from it, 办结时间) and a district 房产服务中心's
# .docx (a table with the 物业服务企业 as 处置单位, 办理时限 in working days from the 受理日期).
WATER_ROWS = [
    (
        "12345-2407-00312",
        "紧急",
        "安全隐患类",
        "2024-07-02",
        "建设路与京开道交叉口供水管道爆裂，路面大面积积水",
        "管网所",
        "3个工作日",
        "已抢修完毕，恢复供水",
        "2024-07-02",
    ),
    (
        "12345-2407-00455",
        "一般",
        "投诉类",
        "2024-07-08",
        "昆吾小区5号楼用水高峰期水压低，五六楼无水",
        "管网所",
        "5个工作日",
        "已安装二次加压设备，正在调试",
        "",
    ),
    (
        "12345-2407-00517",
        "一般",
        "投诉类",
        "2024-07-10",
        "用户反映6月水费异常偏高，怀疑水表故障",
        "营业所",
        "5个工作日",
        "已校验水表并退还多收水费",
        "2024-07-15",
    ),
    (
        "12345-2407-00689",
        "一般",
        "求助类",
        "2024-07-16",
        "老旧小区一户一表改造后部分住户仍未通水",
        "营业所",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "12345-2407-00790",
        "紧急",
        "扬言类",
        "2024-07-22",
        "居民称家中自来水长期发黄，扬言到市政府上访",
        "水质科",
        "3个工作日",
        "已取样检测，水质合格，正在冲洗小区管网",
        "",
    ),
]
PROPERTY_ROWS = [
    (
        "12345-2407-00398",
        "2024-07-05",
        "锦华苑小区2号楼电梯频繁故障困人",
        "濮阳市安居物业服务有限公司",
        "5个工作日",
        "已更换电梯控制主板，经特种设备检验机构检测合格",
    ),
    (
        "12345-2407-00472",
        "2024-07-09",
        "盛世家园楼顶防水层破损，顶层住户家中漏雨",
        "濮阳市宏基物业管理有限公司",
        "2024年8月15日",
        "已申请使用专项维修资金，正在施工",
    ),
    (
        "12345-2407-00611",
        "2024-07-15",
        "东方花园地下车库消防栓无水",
        "濮阳市绿城物业服务有限公司",
        "3个工作日",
        "未处置",
    ),
    (
        "12345-2407-00803",
        "2024-07-23",
        "华府名苑小区内违规搭建彩钢房",
        "濮阳市华府物业服务有限公司",
        "10个工作日",
        "",
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="客户服务中心")
    ws = b.sheet("工单汇总")
    b.widths(ws, [6, 18, 8, 12, 12, 40, 10, 14, 30, 12])
    b.line(ws, 0, "12345热线转办工单办理情况汇总表", 9, b.title)
    b.line(ws, 1, "承办单位：濮阳市自来水公司（客户服务中心）    统计时段：2024年7月1日至7月28日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "工单类别",
            "诉求类型",
            "受理时间",
            "诉求内容",
            "承办部门",
            "办理时限",
            "处置情况（中途汇报）",
            "办结时间",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WATER_ROWS)
    b.line(ws, end + 1, "注：办理时限自受理时间起计算，工作日不含法定节假日。", 9)
    b.line(ws, end + 2, "填报人：黄佳    联系电话：0393-4436012    填报日期：2024年7月29日", 9)
    return b.close()


def write_property_docx(path: Path) -> Path:
    doc = _new_document("物业管理科")
    _title(doc, "12345热线房屋类工单处置情况", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区房产服务中心    填报日期：2024年7月29日", 12)
    _paragraph(doc, "说明：办理时限自受理日期起计算。", 12)
    body = [[str(i), *row] for i, row in enumerate(PROPERTY_ROWS, 1)]
    _table(
        doc,
        ["序号", "工单编号", "受理日期", "反映问题", "处置单位（物业服务企业）", "办理时限", "处置结果"],
        body,
    )
    _paragraph(doc, "填表人：邵丽娟    联系电话：0393-8321479", 12)
    return _save_fixed(doc, path)


def write_hotline(path: Path) -> Path:
    members = [
        ("12345热线转办工单办理情况（市自来水公司）.xlsx", write_water_book),
        ("12345热线房屋类工单处置情况（华龙区房产服务中心）.docx", write_property_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 乡镇便民服务中心作风问题专项巡查, after a county 纪委监察局's account of a 专项巡查 with the 效能办 and 目督办
# (查看各乡镇（街道）便民服务中心运行监控平台; 工作时间玩手机、上班时间无故脱岗、早退、迟到以及办公区域吃饭; 视频
# 公开曝光; 对相关单位党政负责人集中诫勉谈话):
# http://www.ncsjw.gov.cn/newsmeitijujiao/2014-12-31/2580.html
# A .docx whose items are numbered paragraphs: title, 主送, a preamble stating the 反馈 date the 工作日 count from,
# 二、发现问题及整改情况 with one paragraph a 乡镇 (责任单位, 整改时限 and 整改情况 in sentences), a closing
# paragraph and the senders and date at the foot.
STYLE_PARAS = [
    (
        "1．城关镇便民服务中心2名窗口工作人员上班时间玩手机游戏。责任单位：清丰县城关镇人民政府。"
        "整改时限：7月19日前。整改情况：已对2名工作人员进行诫勉谈话，整改完成。"
    ),
    (
        "2．马庄桥镇便民服务中心社保窗口工作人员无故脱岗40分钟，群众等候无人办理。责任单位：清丰县马庄桥镇人民政府。"
        "整改时限：7月底前。整改情况：已对当事人批评教育，窗口AB岗制度正在落实。"
    ),
    (
        "3．韩村镇便民服务中心工作人员在办公区域吃饭，窗口台面杂乱。责任单位：清丰县韩村镇人民政府。"
        "整改时限：立行立改。整改情况：已整改。"
    ),
    (
        "4．古城乡便民服务中心上午8时50分仍未开门办公，3名工作人员迟到。责任单位：清丰县古城乡人民政府。"
        "整改时限：10个工作日。整改情况：截至目前尚未整改。"
    ),
    (
        "5．运行监控平台显示六塔乡便民服务中心窗口多次无人值守，监控设备长期离线。责任单位：清丰县六塔乡人民政府。"
        "整改时限：2024年8月15日前。"
    ),
    (
        "6．高堡乡便民服务中心未落实首问负责制，对群众咨询推诿扯皮。责任单位：清丰县高堡乡人民政府。"
        "整改要求：建立首问负责制，常态化推进，长期坚持。"
    ),
    (
        "7．阳邵镇便民服务中心1名工作人员工作日中午饮酒后上岗。责任单位：清丰县阳邵镇人民政府。"
        "整改时限：2024年7月31日前。整改情况：问题线索已移交县纪委监委第三纪检监察室调查处理。"
    ),
]


def write_style(path: Path) -> Path:
    doc = _new_document("党风政风监督室")
    _title(doc, "关于乡镇便民服务中心作风问题专项巡查发现问题整改情况的报告")
    _paragraph(doc, "市督查局：")
    _paragraph(
        doc,
        "一、巡查基本情况。7月上旬，县纪委监委会同县效能办、县目督办开展了为期5天的专项巡查，采取查看乡镇便民服务中心"
        "运行监控平台与实地暗访相结合的方式，对全县17个乡镇便民服务中心工作纪律和作风情况进行了检查。巡查发现问题已于"
        "2024年7月12日反馈各乡镇，整改时限自反馈之日起计算。",
    )
    _paragraph(doc, "二、发现问题及整改情况")
    for text in STYLE_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc, "三、下一步工作。对整改不到位的乡镇，将对其党政负责人进行集中诫勉谈话，并在全县公开曝光。"
    )
    _paragraph(doc, "中共清丰县纪律检查委员会  清丰县监察委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("2024年档案安全专项检查发现问题整改台账.xlsx", write_archive),
    ("统计执法双随机抽查发现问题整改情况表.xls", write_stats),
    ("零散烈士纪念设施管护情况检查问题清单.xlsx", write_martyr),
    ("殡葬管理工作情况自查和检查表（清丰县民政局）.et", write_funeral),
    ("民政服务机构安全生产排查隐患清单（第三督导组）.xlsx", write_elder),
    ("森林火灾隐患排查整治台账.csv", write_forest),
    ("防汛重点抽查险工隐患整改落实情况表.ods", write_flood),
    ("非经营性自建房安全隐患整治回头看问题台账.xlsx", write_house),
    ("政务服务好差评差评件核实整改情况报告.wps", write_review),
    ("12345热线工单办理情况（两家）.zip", write_hotline),
    ("关于乡镇便民服务中心作风问题专项巡查发现问题整改情况的报告.docx", write_style),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

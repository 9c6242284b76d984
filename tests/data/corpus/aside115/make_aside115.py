"""Write the aside115 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with a BOM, a .docx report whose items
are numbered paragraphs, an .et (Excel 97 via LibreOffice), an .ods (LibreOffice conversion, member times fixed),
a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up (a city like
濮阳, July 2024); the statistics date is 2024-07-31.

Run from this folder: python make_aside115.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on
PATH. Every file is written from scratch with fixed dates inside it and fixed zip member times, so that running the
script twice gives byte-identical files.
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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})

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
# 1. 特种设备安全隐患排查整治, after a city 质监局's account of its 特种设备安全隐患排查 (学校、商场、车站、宾馆、饭店、
# 医院等公共场所电梯, 景区和公园的大型游乐设施, 冶金、建材等重点行业起重机械, 盛装危险化学品的高风险特种设备;
# 重大隐患实行挂牌督办, 依法封停存在事故风险的特种设备; 督促使用单位建立隐患排查治理和整改监督责任制度):
# https://dingzhoudaily.com/yaowen/2018-06-13/399823.html
# An .xlsx: title, 填报单位 line, a two-row header (安全监察指令书 over 编号/下达日期, 整改落实 over 措施/期限/情况),
# the 使用单位 as 整改责任单位, 隐患等级 with one 重大 (挂牌督办, 封停), a 合计 row, a 注 line and a signature line.
EQUIP_ROWS = [
    (
        "濮阳市万家福购物广场有限公司",
        "商场",
        "电梯（自动扶梯）",
        "1号自动扶梯梳齿板缺齿3处，扶手带运行速度与梯级不同步",
        "一般",
        "特监指〔2024〕041号",
        date(2024, 7, 8),
        "更换梳齿板，调整扶手带驱动装置",
        "2024.7.18",
        "已整改，经检验机构复检合格",
    ),
    (
        "濮阳市人民医院",
        "医院",
        "电梯",
        "住院部3号电梯超期未检验（检验有效期至2024年5月）",
        "一般",
        "特监指〔2024〕042号",
        date(2024, 7, 8),
        "立即停用并申报定期检验",
        "7月31日前",
        "已停用并申报检验，待检验机构排期",
    ),
    (
        "濮阳市龙乡游乐园有限公司",
        "公园",
        "大型游乐设施",
        "过山车乘客安全压杠锁紧装置磨损，存在失效风险",
        "重大（挂牌督办）",
        "特监指〔2024〕043号",
        date(2024, 7, 9),
        "停止运营，更换锁紧装置并经检验合格后方可运营",
        "2024年8月15日",
        "设备已封停，锁紧装置配件正在采购",
    ),
    (
        "濮阳市龙都建材有限公司",
        "建材企业",
        "起重机械",
        "车间桥式起重机主起升钢丝绳断丝超标",
        "一般",
        "特监指〔2024〕044号",
        date(2024, 7, 10),
        "更换主起升钢丝绳",
        "2024.7.17",
        "",
    ),
    (
        "濮阳市中原宾馆有限责任公司",
        "宾馆",
        "锅炉",
        "燃气热水锅炉安全阀未按期校验",
        "一般",
        "特监指〔2024〕045号",
        date(2024, 7, 10),
        "安全阀送检校验",
        "2024年7月20日",
        "已校验，取得校验报告",
    ),
    (
        "濮阳市公路客运西站有限公司",
        "车站",
        "电梯",
        "候车大厅电梯轿厢内应急报警装置失效",
        "一般",
        "特监指〔2024〕046号",
        date(2024, 7, 11),
        "维修应急报警装置，与值班室联通",
        "7月15日前",
        "未整改",
    ),
    (
        "濮阳市华信化工有限公司",
        "危化品企业",
        "压力容器",
        "液氨储罐压力表超期未检定，安全附件台账缺失",
        "较大",
        "特监指〔2024〕047号",
        date(2024, 7, 11),
        "更换检定合格的压力表，建立安全附件台账",
        "2024.7.14",
        "已更换压力表并建立台账，整改完成",
    ),
    (
        "濮阳市第一中学",
        "学校",
        "锅炉",
        "学生食堂蒸汽锅炉司炉人员无证上岗",
        "一般",
        "特监指〔2024〕048号",
        date(2024, 7, 12),
        "安排持证人员上岗，组织其余人员参加取证培训",
        "2024年8月31日",
        "已安排1名持证司炉工上岗，其余2人已报名取证培训",
    ),
]


def write_equipment(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("隐患排查整治台账")
    b.widths(ws, [6, 26, 10, 14, 34, 12, 18, 12, 26, 14, 28])
    b.line(ws, 0, "2024年特种设备安全隐患排查整治台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局特种设备安全监察科    填报日期：2024年7月29日", 10)
    for c, word in enumerate(
        ["序号", "整改责任单位（使用单位）", "场所类别", "设备类别", "隐患描述", "隐患等级"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "安全监察指令书", b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["编号", "下达日期", "整改措施", "整改期限", "整改情况"], first=6)
    for i, row in enumerate(EQUIP_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(EQUIP_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        10,
        "共排查特种设备使用单位46家、设备213台，发现隐患8处，其中重大隐患1处、较大隐患1处",
    )
    b.line(ws, end + 1, "注：重大隐患实行挂牌督办，隐患消除前相关设备一律停止使用。", 10)
    b.line(ws, end + 2, "审核人：郑国华    填表人：李晓静    联系电话：0393-8916523", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 暑期校外培训机构联合检查, after a city 教体局's 暑期“监管护苗”校外培训专项治理 (教体、科技、文旅、市场监管、消防救援
# 等部门组成联合检查组; 学科类、非学科类、托管机构; 隐形变异学科培训; 预收费监管; 培训场所安全; 对发现的问题现场下达
# 整改通知书，限期整改):
# http://m.dingqianjf.com/news/show/615/1524023_0.html
# A CSV in UTF-8 with a BOM: a title line, a 检查单位/时间 line, one header line with the 整改通知书下达日期 the day
# counts start from, 整改时限 in (working) days, dates and 立行立改, a 合计 line and a 填报 line.
TRAINING_ROWS = [
    (
        "濮阳市华龙区启航艺术培训学校有限公司",
        "非学科类",
        "以“美术素养”课程名义违规开展初中数学学科培训",
        "责令停止违规培训，退还学科培训费用",
        "2024-07-16",
        "5个工作日",
        "已停止学科类培训，退费完成",
        "第一组",
    ),
    (
        "濮阳市博雅托管服务有限公司",
        "托管机构",
        "托管场所未配备灭火器，安全出口仅设1个",
        "下达整改通知书",
        "2024-07-16",
        "2024-07-26",
        "已配齐灭火器，正在增设第二安全出口",
        "第一组",
    ),
    (
        "濮阳市星辰体育培训中心",
        "非学科类",
        "一次性收取超过3个月的培训费，预收费未纳入资金监管账户",
        "下达整改通知书",
        "2024-07-17",
        "10日内",
        "未整改",
        "第二组",
    ),
    (
        "濮阳市华龙区小树苗语言培训学校",
        "非学科类",
        "办学许可证和收费标准未在显著位置公示",
        "现场整改",
        "2024-07-17",
        "立行立改",
        "已整改",
        "第二组",
    ),
    (
        "濮阳市智学教育咨询有限公司",
        "无证机构",
        "未取得办学许可证，以“教育咨询”名义开展高中物理一对一辅导",
        "责令停止培训，移交市场监管部门依法查处",
        "2024-07-18",
        "2024-08-10",
        "已移交市市场监督管理局",
        "第三组",
    ),
    (
        "濮阳市乐学托管中心",
        "托管机构",
        "学生午休室与厨房相邻，燃气管道未安装泄漏报警装置",
        "下达整改通知书",
        "2024-07-18",
        "7月底前",
        "",
        "第三组",
    ),
    (
        "濮阳市翰墨书法培训学校",
        "非学科类",
        "部分培训教师资质信息未向家长公示",
        "下达整改通知书",
        "2024-07-18",
        "3个工作日",
        "已在机构门口及平台公示",
        "第三组",
    ),
]


def write_training(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年暑期校外培训机构联合检查发现问题整改情况"])
    w.writerow(
        [
            "检查单位：市“双减”工作专班联合检查组（教育、科技、文广旅、市场监管、消防救援）；"
            "检查时间：2024年7月16日至18日；整改时限自整改通知书下达之日起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "机构名称",
            "机构类型",
            "检查发现问题",
            "处理措施",
            "整改通知书下达日期",
            "整改时限",
            "整改结果",
            "检查组",
        ]
    )
    for i, row in enumerate(TRAINING_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "抽查培训机构31家", "", "发现问题7个", "下达整改通知书7份", "", "", "已整改3个", ""])
    w.writerow(
        [
            "填报单位：濮阳市教育局（市“双减”工作专班办公室）",
            "",
            "",
            "填报人：韩立新",
            "",
            "填报日期：2024年7月30日",
        ]
    )
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 创建全国文明城市督导检查问题交办, after a district 委宣传部's report on its 创城督导检查 with the 督查绩效办 (现场
# 督查督办、下发整改通知; 存在问题 listed by kind of 点位: 乡镇 — 环境卫生不达标、机动车和非机动车乱停放、占道经营;
# 社区 — 未在显著位置展示公约; 中小学校及周边 — 未落实门前“三包”、乱丢烟头、文明校园宣传氛围不浓、志愿服务参与率低):
# https://wenmijiayuan.com/doc/27873.html
# An .xlsx: title, 督导单位 line, one header row whose 点位类别 column is merged down over each kind of 点位, the
# 责任单位 beside the 点位, 整改情况 and 复查情况 (区创文办's verdict) columns, a 填表说明 line and a signature line.
CIVIC_GROUPS = [
    (
        "乡镇",
        [
            (
                "岳村镇集市",
                "集市周边环境卫生不达标，生活垃圾未日产日清",
                "濮阳市华龙区岳村镇人民政府",
                "增加保洁人员，集市结束后2小时内清扫完毕",
                "7月15日前",
                "已整改",
                "复查合格",
            ),
            (
                "孟轲乡政府驻地主街",
                "主街机动车、非机动车乱停乱放",
                "濮阳市华龙区孟轲乡人民政府",
                "施划停车泊位，安排专人劝导",
                "7月20日前",
                "正在施划停车泊位",
                "",
            ),
            (
                "孟轲乡S212沿线",
                "沿街商户店外经营、占道经营",
                "濮阳市华龙区孟轲乡人民政府",
                "落实门前“三包”，建立长效巡查机制",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
    (
        "社区",
        [
            (
                "绿城社区",
                "未在显著位置展示居民公约",
                "濮阳市华龙区中原路街道办事处",
                "在社区广场设置居民公约展示牌",
                "2024.7.12",
                "已设置展示牌",
                "复查合格",
            ),
            (
                "濮上园社区",
                "楼道内堆放杂物，僵尸车长期占用消防通道",
                "濮阳市华龙区胜利路街道办事处",
                "清理楼道杂物，拖移僵尸车",
                "7月31日前",
                "杂物已清理，僵尸车正在联系车主拖移",
                "",
            ),
            (
                "开州社区",
                "新时代文明实践站活动记录不全，志愿服务台账缺失",
                "濮阳市华龙区开州路街道办事处",
                "补齐活动记录，建立志愿服务台账",
                "2024.8.15",
                "",
                "",
            ),
        ],
    ),
    (
        "中小学校及周边",
        [
            (
                "华龙区实验小学",
                "未落实门前“三包”责任，校门口乱丢烟头",
                "濮阳市华龙区实验小学",
                "落实门前“三包”，安排值周教师巡查",
                "2024.7.12",
                "未整改",
                "",
            ),
            (
                "华龙区第三初级中学",
                "文明校园宣传氛围不浓，学生对社会主义核心价值观知晓率低",
                "濮阳市华龙区第三初级中学",
                "制作宣传展板，开展主题班会",
                "8月31日前",
                "宣传展板已制作，正在布置",
                "",
            ),
            (
                "华龙区第三初级中学",
                "学生到社区参与志愿服务活动参与率低",
                "濮阳市华龙区第三初级中学",
                "与社区对接志愿服务岗位，组织学生参加",
                "2024年9月30日",
                "已与开州社区对接志愿服务岗位",
                "",
            ),
        ],
    ),
    (
        "农贸市场",
        [
            (
                "华龙区中心农贸市场",
                "活禽宰杀区污水横流，公益广告破损",
                "濮阳市华龙区中心农贸市场管理有限公司",
                "整修排水沟，更换公益广告",
                "7月25日前",
                "已整改",
                "复查合格",
            ),
        ],
    ),
]


def write_civic(path: Path) -> Path:
    b = Book(path, author="区创文办")
    ws = b.sheet("问题交办台账")
    b.widths(ws, [6, 12, 18, 34, 30, 28, 12, 26, 10])
    b.line(ws, 0, "创建全国文明城市督导检查发现问题交办整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "督导单位：中共濮阳市华龙区委宣传部（区创文办）、区督查绩效办    督导方式：现场督查督办、下发整改通知    "
        "填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "点位类别",
            "点位名称",
            "存在问题",
            "责任单位",
            "整改要求",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
    )
    r, n = 3, 0
    for kind, rows in CIVIC_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "填表说明：“整改情况”由责任单位填写，“复查情况”由区创文办复查后填写。", 8)
    b.line(ws, r + 2, "填表人：杨帆    联系电话：0393-8350216", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 建筑工地扬尘污染防治巡查, after a district 住房和城乡建设局's monthly account of its 施工期环境保护措施落实 (巡查在建
# 房建工程; 发现工地扬尘问题和油品问题; 发出整改通知书, 行政处罚, 省动态扣分; 巡查发现的扬尘问题已全部完成整改):
# http://www.panyu.gov.cn/zwgk/zdjsxmpzss/sgygxx/sgqhjbhcslsqk/content/post_9842606.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (处理情况 over 整改通知书 √ and 动态扣分), the 施工单位 as
# 整改责任单位, 问题类型 扬尘/油品, the 巡查日期 the day counts start from, a 合计 row, a 注 line and a signature line.
DUST_ROWS = [
    (
        "龙湖学府二期住宅项目",
        "河南中原建工集团有限公司",
        "扬尘",
        "裸露土方未100%覆盖，面积约800平方米",
        "2024-07-03",
        "√",
        "2",
        "2024-07-05",
        "已覆盖防尘网，复查合格",
    ),
    (
        "濮阳市第五人民医院门诊楼项目",
        "濮阳市建设工程有限公司",
        "扬尘",
        "出入口车辆冲洗设施未正常使用，车辆带泥上路",
        "2024-07-05",
        "√",
        "",
        "3日内",
        "已整改",
    ),
    (
        "开州路雨污分流改造工程",
        "濮阳市政工程有限公司",
        "扬尘",
        "道路破碎开挖未采取湿法作业，现场扬尘明显",
        "2024-07-08",
        "√",
        "2",
        "立行立改",
        "已整改，现场配备雾炮车2台",
    ),
    (
        "人民路商业综合体项目",
        "中建七局第三建筑有限公司",
        "油品",
        "非道路移动机械（挖掘机2台）使用不合格柴油",
        "2024-07-10",
        "√",
        "",
        "2024-07-20",
        "已立案处罚，正在更换合规油品",
    ),
    (
        "濮阳职业技术学院实训楼项目",
        "河南宏达建设工程有限公司",
        "扬尘",
        "东侧围挡破损约30米，围挡喷淋设施未安装",
        "2024-07-11",
        "√",
        "2",
        "2024-07-18",
        "未整改",
    ),
    (
        "新城花园安置房项目",
        "濮阳市建安集团有限公司",
        "扬尘",
        "建筑垃圾未及时清运，未密闭存放",
        "2024-07-15",
        "√",
        "",
        "7月25日前",
        "",
    ),
    (
        "濮阳东站片区道路工程",
        "中铁十五局集团第三工程有限公司",
        "油品",
        "渣土运输车辆尾气排放不达标，冒黑烟",
        "2024-07-16",
        "√",
        "",
        "2024-07-31",
        "已停用超标车辆2台，正在更换",
    ),
    (
        "市体育中心改造项目",
        "濮阳市华宇建筑有限公司",
        "扬尘",
        "扬尘在线监测设备离线，数据未上传监管平台",
        "2024-07-18",
        "",
        "",
        "2024-07-22",
        "已恢复上线",
    ),
    (
        "龙湖学府二期住宅项目",
        "河南中原建工集团有限公司",
        "扬尘",
        "施工现场主要道路未硬化，车辆通行起尘",
        "2024-07-19",
        "√",
        "2",
        "10日内",
        "正在硬化施工",
    ),
]


def write_dust(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "建筑工地扬尘污染防治巡查发现问题整改台账", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳市住房和城乡建设局建筑工程质量安全监督站（盖章）    巡查时段：2024年7月1日至7月20日",
            plain,
            1,
            10,
        ),
    ]
    for col, word in enumerate(
        ["序号", "项目名称", "整改责任单位（施工单位）", "问题类型", "巡查发现问题", "巡查日期"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "处理情况", h, 2, 7),
        (3, 6, "下发整改通知书", h),
        (3, 7, "动态扣分", h),
        (2, 8, "整改期限", h, 3, 8),
        (2, 9, "整改结果", h, 3, 9),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(DUST_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5, 6, 7, 8) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(DUST_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "巡查工地37个次，发现问题9个，下发整改通知书8份，动态扣分8分", c, r, 10),
        (r + 1, 0, "注：整改期限为天数的，自巡查发现之日起计算。", plain, r + 1, 10),
        (
            r + 2,
            0,
            "填表人：吴振宇    审核人：许建民    联系电话：0393-4419027    填报日期：2024年7月29日",
            plain,
            r + 2,
            10,
        ),
    ]
    return _write_xls(path, [("扬尘巡查台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 在建水利工程质量安全专项稽察, after an account of a 市水利局稽察组's 专项稽察 of two 在建水库 (参照小型水利工程建设
# 稽察常见问题清单; 问题分质量管理问题和安全管理问题; 针对问题清单明确整改时限、整改措施和整改责任主体, 立行立改、
# 全面整改):
# http://mlcx.apcreports.org.cn/mlcx/news/22266.html
# An .ods (LibreOffice conversion): title, 稽察单位 line, one header row, a merged section row per 工程 stating its
# problem counts, the 整改责任主体 (施工、监理 or 项目法人) per row, a 佐证材料 column, a 填表说明 and a signature line.
WATER_GROUPS = [
    (
        "一、濮阳县渠村水库除险加固工程（问题共5个，其中质量管理问题2个，安全管理问题3个）",
        [
            (
                "质量管理",
                "混凝土试块留置组数不足，缺少同条件养护试块",
                "河南省水利第二工程局集团有限公司",
                "补做试块，完善试验检测台账",
                "2024年7月20日",
                "已整改",
                "试块检测报告",
            ),
            (
                "质量管理",
                "监理旁站记录缺失，关键工序无旁站人员签字",
                "濮阳市水利工程建设监理有限公司",
                "补充旁站记录，关键工序全程旁站",
                "7月底前",
                "正在补充完善旁站记录",
                "",
            ),
            (
                "安全管理",
                "溢洪道基坑临边未设置防护栏杆",
                "河南省水利第二工程局集团有限公司",
                "设置临边防护栏杆和警示标志",
                "2024.7.15",
                "已设置防护栏杆，经监理验收合格",
                "整改前后照片",
            ),
            (
                "安全管理",
                "施工临时用电未执行“一机一闸一漏”",
                "河南省水利第二工程局集团有限公司",
                "规范配电箱，逐台设备加装漏电保护器",
                "2024.7.15",
                "未整改",
                "",
            ),
            (
                "安全管理",
                "项目法人未组织开展汛期安全生产专项检查",
                "濮阳县水利工程建设管理中心",
                "每月组织一次安全生产专项检查并建立台账",
                "长期坚持",
                "已开展一次专项检查，常态化推进",
                "检查记录",
            ),
        ],
    ),
    (
        "二、范县彭楼灌区续建配套与节水改造工程（问题共3个，其中质量管理问题1个，安全管理问题2个）",
        [
            (
                "质量管理",
                "渠道衬砌板厚度不满足设计要求，抽检3处偏差超标",
                "濮阳市宏源水利建筑工程有限公司",
                "对不合格段返工处理",
                "2024年8月31日",
                "已制定返工方案，正在组织返工",
                "",
            ),
            (
                "安全管理",
                "特种作业人员（电焊工）无证上岗",
                "濮阳市宏源水利建筑工程有限公司",
                "清退无证人员，更换持证作业人员",
                "2024.7.12",
                "已清退，更换持证人员2名",
                "特种作业操作证复印件",
            ),
            (
                "安全管理",
                "施工现场未设置安全警示标志，危险源辨识清单未公示",
                "范县水利局",
                "设置安全警示标志，公示危险源辨识清单",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="监督科")
    ws = b.sheet("稽察问题清单")
    b.widths(ws, [6, 10, 36, 28, 30, 14, 28, 16])
    b.line(ws, 0, "在建水利工程质量与安全专项稽察问题清单及整改情况", 7, b.title)
    b.line(
        ws,
        1,
        "稽察单位：濮阳市水利局稽察组    稽察时间：2024年7月8日至7月12日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "问题类别", "问题描述", "整改责任主体", "整改措施", "整改时限", "整改完成情况", "佐证材料"],
    )
    r, n = 3, 0
    for section, rows in WATER_GROUPS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws, r + 1, "填表说明：整改完成的问题须附佐证材料（整改前后照片、验收记录等），未完成的写明进展。", 7
    )
    b.line(ws, r + 2, "负责人：秦守业    填表人：吕晓丹    联系电话：0393-8993170", 7)
    return b.close()


def write_water(path: Path) -> Path:
    via_soffice(write_water_book, path, "ods", "在建水利工程质量安全专项稽察问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 农村人居环境整治检查问题整改, after a town government's 通报 of its quarterly 人居环境整治工作检查 (一、工作成效情况
# 二、存在的问题 三、后段要求; 垃圾未及时清运、房前屋后卫生、禽畜散养、杂物成堆、垃圾池杂乱; “林路渠”一体化管护;
# 鞭炮、垃圾焚烧残留; 改厕进度不均衡、底册情况不够准确):
# https://huarong.gov.cn/33159/37006/37007/37012/37063/content_1775690.html
# A .docx report: title, 主送, 一、基本情况 paragraph, 二、存在问题及整改情况 with the items as numbered paragraphs
# （一）（二）… each naming its 村民委员会 as 责任单位, the 整改时限 and the progress in sentences, 三、下一步工作,
# the town and the date at the foot.
RURAL_PARAS = [
    (
        "（一）西辛庄村主干道两侧生活垃圾未及时清运，垃圾池杂乱。（责任单位：濮阳县庆祖镇西辛庄村民委员会）"
        "整改措施：组织保洁员集中清运，落实垃圾日产日清。整改时限：2024年7月10日。"
        "整改情况：已清运完毕，建立保洁员每日巡查制度。"
    ),
    (
        "（二）后刘村部分农户房前屋后柴草、杂物乱堆乱放，畜禽散养现象突出。（责任单位：濮阳县庆祖镇后刘村民委员会）"
        "整改措施：逐户清理杂物，引导农户圈养畜禽。整改时限：7月20日前。"
        "整改情况：已清理38户，剩余12户正在清理。"
    ),
    (
        "（三）李王庄村东坑塘水面漂浮垃圾，周边沟渠淤积。（责任单位：濮阳县庆祖镇李王庄村民委员会）"
        "整改措施：打捞坑塘漂浮物，清淤疏浚沟渠。整改时限：7月31日前。整改情况：目前尚未启动。"
    ),
    (
        "（四）大王庄村改厕底册与实际不符，3户改厕后未正常使用。（责任单位：濮阳县庆祖镇大王庄村民委员会）"
        "整改措施：逐户核实改厕底册，维修问题厕所。整改时限：2024年8月底前。整改情况：正在逐户核实。"
    ),
    (
        "（五）东辛庄村村内道路沿线存在垃圾焚烧残留和鞭炮纸屑。（责任单位：濮阳县庆祖镇东辛庄村民委员会）"
        "整改措施：清理焚烧残留，禁止露天焚烧垃圾。整改时限：2024年7月8日。整改情况：已清理到位。"
    ),
    (
        "（六）罗寨村“林路渠”一体化管护不到位，沟渠两侧杂草丛生。（责任单位：濮阳县庆祖镇罗寨村民委员会）"
        "整改措施：落实专职管护人员，实行网格化管护。整改时限：长期坚持。"
        "整改情况：已明确管护员2名，长期坚持。"
    ),
    (
        "（七）西辛庄村公厕保洁不到位，无专人管理。（责任单位：濮阳县庆祖镇西辛庄村民委员会）"
        "整改措施：明确公厕管理员，每日保洁两次。整改时限：2024年7月25日。"
    ),
]


def write_rural(path: Path) -> Path:
    doc = _new_document("庆祖镇农业农村服务中心")
    _title(doc, "庆祖镇关于2024年第二季度农村人居环境整治检查发现问题整改情况的报告")
    _paragraph(doc, "县农村人居环境整治工作领导小组办公室：")
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "根据县人居办统一部署，6月24日至27日，县检查组对我镇各村人居环境整治工作进行了集中检查。"
        "从检查情况看，各村大面卫生均有所改善，但仍存在垃圾清运不及时、房前屋后杂物乱堆、改厕底册不准等问题。"
        "镇党委、政府高度重视，逐村制定整改措施，明确整改时限和责任单位，现将整改情况报告如下：",
    )
    _paragraph(doc, "二、存在问题及整改情况", font="黑体")
    for text in RURAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "下一步，我镇将持续开展村庄清洁行动，镇人居办每半月对各村进行一次督查，对整改不到位的村在全镇通报，"
        "确保问题按时整改到位。",
    )
    _paragraph(doc, "濮阳县庆祖镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 养老机构“双随机、一公开”联合检查, after a district 民政局's joint check with the 消防救援大队 of the 养老机构 in its
# area (消防安全、燃气安全、消防设施运行情况、安全通道畅通情况; 针对发现的问题下达限期整改通知书; 落实24小时值班值守,
# 安全管理制度, 人员培训, 安全自查):
# http://onlinekarawang.com/c/2024-12-05/911379.shtml
# A .wps (Word 97 via LibreOffice): title, 检查单位 line, one table with the 养老机构 as the unit, the 限期整改通知书
# 文号, 整改期限, an 整改完成时间 column (filled once a hazard was cleared) and 整改情况, a 填表说明 and signature lines.
ELDER_ROWS = [
    (
        "濮阳市康乐养老服务中心",
        "消防安全",
        "三楼疏散通道堆放轮椅、床垫等杂物",
        "濮民限改〔2024〕11号",
        "2024年7月12日",
        "2024年7月11日",
        "已清理",
    ),
    (
        "濮阳市华龙区夕阳红老年公寓",
        "燃气安全",
        "厨房燃气管道穿越老人居室，未安装紧急切断阀",
        "濮民限改〔2024〕12号",
        "2024年8月31日",
        "",
        "已委托燃气公司设计管道改线方案",
    ),
    (
        "濮阳市颐和园养老院有限公司",
        "消防设施",
        "自动喷水灭火系统末端试水装置压力不足",
        "濮民限改〔2024〕13号",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "濮阳县福寿康养中心",
        "值班值守",
        "夜间值班人员不足，未落实24小时值班值守",
        "濮民限改〔2024〕14号",
        "7月20日前",
        "2024年7月18日",
        "",
    ),
    (
        "濮阳市安康护理院",
        "消防安全",
        "消防控制室值班人员未持证上岗，不会操作控制设备",
        "濮民限改〔2024〕15号",
        "2024年9月30日",
        "",
        "已报名参加消防设施操作员培训",
    ),
    (
        "濮阳市康乐养老服务中心",
        "用电安全",
        "老人房间违规使用大功率电热器具",
        "濮民限改〔2024〕16号",
        "2024年7月15日",
        "",
        "未整改",
    ),
    (
        "濮阳市华龙区夕阳红老年公寓",
        "安全管理",
        "未制定灭火和应急疏散预案，未组织疏散演练",
        "濮民限改〔2024〕17号",
        "2024年7月25日",
        "2024年7月24日",
        "已制定预案并组织演练1次",
    ),
]


def write_elder_docx(path: Path) -> Path:
    doc = _new_document("养老服务科")
    _title(doc, "养老机构“双随机、一公开”联合检查发现问题整改情况表", 18)
    _paragraph(
        doc,
        "检查单位：濮阳市民政局、市消防救援支队    检查日期：2024年7月9日    填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ELDER_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "养老机构名称",
            "检查事项",
            "存在问题",
            "限期整改通知书文号",
            "整改期限",
            "整改完成时间",
            "整改情况",
        ],
        body,
    )
    _paragraph(doc, "填表说明：“整改完成时间”填写经复查确认整改完成的日期，未完成的不填。", 12)
    _paragraph(doc, "填表人：范秀云    审核人：牛建国    联系电话：0393-8663291", 12)
    return _save_fixed(doc, path)


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_docx, path, "doc", "养老机构联合检查发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 中小学校及幼儿园周边道路交通安全隐患排查, after a city 公安交警支队's 集中排查 of the roads around its 中小学校及
# 幼儿园 (排查组; 摸出的隐患和整改建议报告当地政府, 抄送相关部门和产权单位; 设置警示标志或者采取交通管控措施;
# 严重安全隐患路段提请属地政府或安委会挂牌督办):
# http://dzsm.com/showarticle.asp?id=57592
# An .et (Excel 97 via LibreOffice): title, 排查单位 line, one header row with the 产权（责任）单位 (short names of
# city departments, a 县人民政府 for the ones under 挂牌督办), an 是否挂牌督办 column, a 注 line and a 填报人 line.
TRAFFIC_ROWS = [
    (
        "濮阳市实验小学",
        "京开大道与黄河路交叉口",
        "学校门前路段无人行横道和减速带",
        "施划人行横道，设置减速带",
        "市交警支队",
        "否",
        "2024年7月20日",
        "人行横道已施划，减速带已安装",
    ),
    (
        "濮阳市第四中学",
        "胜利路中段",
        "校门口路段路灯损坏5盏，夜间照明不足",
        "修复损坏路灯",
        "市城管局",
        "否",
        "7月31日前",
        "正在维修",
    ),
    (
        "濮阳县城关镇第一小学",
        "S101城关段",
        "省道穿镇路段无限速标志和“注意儿童”警告标志",
        "增设限速标志和注意儿童标志",
        "市交通局",
        "否",
        "2024.7.25",
        "未整改",
    ),
    (
        "华龙区育才幼儿园",
        "建设路与长庆路交叉口",
        "路口绿化树木遮挡信号灯，视距不良",
        "修剪遮挡树木",
        "市城管局",
        "否",
        "2024.7.10",
        "已修剪完毕",
    ),
    (
        "清丰县第一初级中学",
        "G106清丰县城段",
        "学校出口正对国道，无中央隔离设施和过街设施",
        "增设中央隔离护栏，设置行人过街信号灯",
        "清丰县人民政府",
        "是",
        "2024年12月31日",
        "已完成方案设计，正在办理立项",
    ),
    (
        "濮阳市第二实验小学",
        "开州路学校门前",
        "上下学高峰接送车辆乱停乱放，占用非机动车道",
        "设置临时停车区，设立护学岗",
        "市交警支队",
        "否",
        "长期坚持",
        "已设立护学岗，常态化管理",
    ),
    (
        "范县实验小学",
        "新区育才路",
        "道路施工围挡侵占人行道，学生绕行机动车道",
        "调整施工围挡，开辟临时人行通道",
        "范县住房和城乡建设局",
        "否",
        "8月25日前",
        "",
    ),
    (
        "南乐县城关镇中心小学",
        "乡道Y012临河段",
        "临水路段无防护栏，无警示标志",
        "增设波形护栏和警示桩",
        "南乐县交通运输局",
        "是",
        "2024年9月30日",
        "已申请专项资金",
    ),
]


def write_traffic_book(path: Path) -> Path:
    b = Book(path, author="秩序科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 22, 22, 34, 28, 18, 10, 16, 26])
    b.line(ws, 0, "中小学校及幼儿园周边道路交通安全隐患排查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "排查单位：濮阳市公安局交通管理支队    排查时间：2024年7月1日至7月12日    报送：市安委会办公室，"
        "抄送有关部门和产权单位",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学校（幼儿园）名称",
            "隐患路段（点位）",
            "隐患描述",
            "整改建议",
            "产权（责任）单位",
            "是否挂牌督办",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(TRAFFIC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TRAFFIC_ROWS)
    b.line(ws, end + 1, "注：挂牌督办隐患由属地人民政府（安委会）负责督办，整改完成后报交警支队复核。", 8)
    b.line(ws, end + 2, "填报人：孔德胜    联系电话：0393-6620115    填报日期：2024年7月30日", 8)
    return b.close()


def write_traffic(path: Path) -> Path:
    return via_soffice(
        write_traffic_book, path, "xls", "中小学校及幼儿园周边道路交通安全隐患排查整改台账.xlsx"
    )


# ---------------------------------------------------------------------------------------------
# 9. 老旧小区改造工程质量问题排查, after a district 城管局's 全面排查 of the previous year's 老旧小区改造工程质量问题 with
# the 设计、施工监理 and 街道办事处 (建立问题台账，计划统一整改; 自来水管网改造与小区改造施工交叉、重复破路; 沥青
# 施工质量不高、边角遗漏; 居民向居委会反映、街道汇总; 公开招聘居民监督员):
# http://www.2rdtime.cn/caijing/2018/0403/11263.html
# An .xlsx of three sheets: a 汇总 sheet with the counts per 街道 (not items) and one sheet per 街道 with the problem
# rows: 问题来源 (居民反映/联合排查), 施工单位 beside the 整改责任单位 (the contractor, or a utility under its short
# name), 计划整改时间, 整改进展 and a 居民监督员确认 column.
OLD_SHEETS = [
    (
        "胜利路街道",
        [
            (
                "建业小区",
                "居民反映",
                "3号楼屋面防水层改造后仍漏雨",
                "濮阳市恒达建筑工程有限公司",
                "濮阳市恒达建筑工程有限公司",
                "2024年7月20日",
                "已返工重做防水层",
                "已确认",
            ),
            (
                "建业小区",
                "联合排查",
                "小区主路沥青路面边角漏铺，检查井周边沉陷",
                "濮阳市恒达建筑工程有限公司",
                "濮阳市恒达建筑工程有限公司",
                "8月15日前",
                "正在整改",
                "",
            ),
            (
                "电业局家属院",
                "居民反映",
                "雨污分流改造后雨天院内积水严重",
                "河南昌盛建设工程有限公司",
                "河南昌盛建设工程有限公司",
                "2024年9月30日",
                "已完成管网检测，正在制定改造方案",
                "",
            ),
            (
                "电业局家属院",
                "联合排查",
                "供水管网改造与小区改造交叉施工，新铺路面被重复开挖后未恢复",
                "河南昌盛建设工程有限公司",
                "自来水公司",
                "7月25日前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "大庆路街道",
        [
            (
                "石化小区",
                "居民反映",
                "楼道新装声控感应灯半数不亮",
                "濮阳市光明电气安装有限公司",
                "濮阳市光明电气安装有限公司",
                "2024.7.10",
                "已更换",
                "已确认",
            ),
            (
                "石化小区",
                "联合排查",
                "5号楼外墙保温层局部空鼓脱落",
                "河南中亚建设集团有限公司",
                "河南中亚建设集团有限公司",
                "2024年8月31日",
                "",
                "",
            ),
            (
                "粮食局家属院",
                "居民反映",
                "新建车棚充电桩未通电，无法使用",
                "濮阳市光明电气安装有限公司",
                "供电公司",
                "7月31日前",
                "已报装，等待接电",
                "",
            ),
            (
                "粮食局家属院",
                "联合排查",
                "燃气立管改造后外墙防护涂层未恢复",
                "河南中亚建设集团有限公司",
                "燃气公司",
                "2024年7月15日",
                "已恢复外墙涂层",
                "已确认",
            ),
        ],
    ),
]
OLD_SUMMARY = [
    ("胜利路街道", 4, 1, 2, 1, 0),
    ("大庆路街道", 4, 2, 1, 0, 1),
]


def write_old_estates(path: Path) -> Path:
    b = Book(path, author="城建科")
    ws = b.sheet("汇总")
    b.widths(ws, [16, 14, 12, 12, 12, 12])
    b.line(ws, 0, "2023年度老旧小区改造工程质量问题排查整改情况汇总表", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局    填报日期：2024年7月30日", 5)
    b.header(ws, 2, ["街道", "排查问题数", "已整改", "整改中", "未整改", "未反馈"])
    for i, row in enumerate(OLD_SUMMARY, 3):
        b.row(ws, i, list(row), fmt=b.center)
    end = 3 + len(OLD_SUMMARY)
    b.row(ws, end, ["合计", 8, 3, 3, 1, 1], fmt=b.center)
    b.line(ws, end + 2, "各街道问题明细见分表。", 5)
    for street, rows in OLD_SHEETS:
        ws = b.sheet(street)
        b.widths(ws, [6, 14, 10, 34, 26, 26, 14, 26, 12])
        b.line(ws, 0, f"老旧小区改造工程质量问题台账（{street}）", 8, b.title)
        b.line(
            ws,
            1,
            "牵头单位：濮阳市住房和城乡建设局    参与单位：设计单位、施工单位、监理单位及"
            + street
            + "办事处",
            8,
        )
        b.header(
            ws,
            2,
            [
                "序号",
                "小区名称",
                "问题来源",
                "问题描述",
                "施工单位",
                "整改责任单位",
                "计划整改时间",
                "整改进展",
                "居民监督员确认",
            ],
        )
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
        b.line(ws, 4 + len(rows), f"{street}办事处汇总    填表人：            联系电话：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 乡村振兴专项督导反馈问题整改, after a district 乡村振兴局's 专项督导 of its 乡镇 (围绕省反馈问题对照排查、扶贫
# （衔接）项目问题整改、防返贫监测、帮扶责任人及帮扶政策落实; 实地走访项目现场、进村入户、查看资料):
# http://m.nxhuan.com/shsh1322/p/1584164.html
# A .zip of two returns: a town's .xlsx whose rows name only its own 办 (责任科室) with 包村领导 and a 是否销号 column,
# and a township's .docx whose table names its 村民委员会 as 责任单位.
TOWN_ROWS = [
    (
        "防返贫监测",
        "监测户识别纳入程序不规范，缺少村民代表民主评议记录",
        "镇乡村振兴办",
        "补齐民主评议记录，规范识别纳入程序",
        "2024年7月15日",
        "已补齐评议记录",
        "已销号",
    ),
    (
        "衔接项目",
        "2023年衔接资金扶持的蔬菜大棚部分闲置，带贫效益未发挥",
        "镇经济发展办",
        "招引经营主体，盘活闲置大棚",
        "2024年9月30日",
        "正在洽谈经营主体",
        "未销号",
    ),
    (
        "帮扶政策落实",
        "个别脱贫户不知晓帮扶责任人及联系方式",
        "镇乡村振兴办",
        "更新帮扶明白卡，帮扶责任人逐户走访",
        "7月20日前",
        "已完成明白卡更新和走访",
        "已销号",
    ),
    (
        "省反馈问题对照排查",
        "雨露计划职业教育补助发放不及时",
        "镇社会事务办",
        "核实名单，督促补助资金及时发放",
        "7月31日前",
        "未整改",
        "未销号",
    ),
    (
        "防返贫监测",
        "风险消除户帮扶措施持续跟进不足",
        "镇乡村振兴办",
        "对风险消除户持续跟踪帮扶",
        "长期坚持",
        "常态化推进",
        "",
    ),
]
VILLAGE_ROWS = [
    (
        "台前县夹河乡姜庄村民委员会",
        "村集体光伏电站发电收益未按规定公示",
        "在村务公开栏公示收益及分配情况",
        "2024年7月10日",
        "已公示",
    ),
    (
        "台前县夹河乡张庄村民委员会",
        "帮扶车间用工登记不全，带动脱贫人口就业数据不实",
        "核实用工台账，规范登记",
        "8月底前",
        "正在核实用工台账",
    ),
    (
        "台前县夹河乡前刘村民委员会",
        "1户监测户危房改造后未入住",
        "督促农户搬入新房，帮助添置生活用品",
        "8月15日前",
        "未启动",
    ),
    (
        "台前县夹河乡李庄村民委员会",
        "衔接资金修建的生产路出现多处裂缝",
        "督促施工单位在质保期内维修",
        "2024年9月30日",
        "",
    ),
    (
        "台前县夹河乡姜庄村民委员会",
        "脱贫户小额信贷到期未按时还款3户",
        "入户督促还款，协助办理续贷",
        "7月31日前",
        "已还款2户，剩余1户正在协调",
    ),
]


def write_town_book(path: Path) -> Path:
    b = Book(path, author="陈庄镇乡村振兴办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 34, 14, 28, 14, 22, 10])
    b.line(ws, 0, "乡村振兴专项督导反馈问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：范县陈庄镇人民政府    填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "督导内容", "反馈问题", "责任科室", "整改措施", "整改时限", "整改进展", "是否销号"]
    )
    for i, row in enumerate(TOWN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(TOWN_ROWS), "分管领导：王建设    填表人：刘晓燕    联系电话：0393-5310276", 7)
    return b.close()


def write_village_docx(path: Path) -> Path:
    doc = _new_document("夹河乡")
    _title(doc, "乡村振兴专项督导反馈问题整改落实情况", 18)
    _paragraph(doc, "填报单位：台前县夹河乡人民政府    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "反馈问题", "整改措施", "整改时限", "整改进展"], body)
    _paragraph(doc, "填表人：张卫东    联系电话：0393-2276015", 12)
    return _save_fixed(doc, path)


def write_rural_revival(path: Path) -> Path:
    members = [
        ("乡村振兴专项督导反馈问题整改台账（陈庄镇）.xlsx", write_town_book),
        ("乡村振兴专项督导反馈问题整改落实情况（夹河乡）.docx", write_village_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年特种设备安全隐患排查整治台账.xlsx", write_equipment),
    ("暑期校外培训机构联合检查问题整改情况.csv", write_training),
    ("创建全国文明城市督导检查问题交办整改台账.xlsx", write_civic),
    ("建筑工地扬尘污染防治巡查问题整改台账.xls", write_dust),
    ("在建水利工程质量安全专项稽察问题清单.ods", write_water),
    ("庆祖镇农村人居环境整治检查问题整改情况报告.docx", write_rural),
    ("养老机构双随机一公开联合检查问题整改情况表.wps", write_elder),
    ("中小学校及幼儿园周边道路交通安全隐患排查整改台账.et", write_traffic),
    ("2023年度老旧小区改造工程质量问题排查整改台账.xlsx", write_old_estates),
    ("乡村振兴专项督导反馈问题整改（两乡镇）.zip", write_rural_revival),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

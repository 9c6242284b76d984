"""Write the dev69 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three), .xls (xlwt, a two-row header), .et (Excel 97 via LibreOffice, merged cells down the rows of
each scenic area), .ods (LibreOffice conversion), a CSV in GBK, a .docx (a 督导意见书 whose items are numbered
paragraphs), a .wps (Word 97 via LibreOffice, a table) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev69.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files (fixed document times, fixed zip member times).
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
# 1. 高层住宅小区消防安全联合检查, after a county 消防救援大队's joint check with the 应急管理局 of high-rise housing
# estates (消防安全管理制度、值班人员、疏散通道和安全出口、消防设施器材、电动自行车违规停放充电; 微型消防站防烟面罩
# 过期未及时更换、消防登高场地和消防车道被绿化占用、消防控制室主机故障未及时处理; 依法下发《责令限期改正通知书》):
# https://hwyst.hangzhou.com.cn/z/xfyhbgt/content/content_8362555.htm
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (法律文书 merged over 文书编号 and 下达日期) with the
# 物业服务企业 as 整改责任单位, 整改期限 mostly in days from the 下达日期, the 大队's 复查结果 beside the 整改情况,
# a 注 line and a 填表人 line.
FIRE_ROWS = [
    (
        "龙都花园",
        "濮阳市龙都物业服务有限公司",
        "微型消防站防烟面罩过期未及时更换",
        "濮华消限字〔2024〕第0716号",
        date(2024, 7, 16),
        "7日内",
        "已更换防烟面罩20具",
        "复查合格",
    ),
    (
        "金色港湾",
        "濮阳市金港物业管理有限公司",
        "消防登高场地和消防车道被绿化带占用约40米",
        "濮华消限字〔2024〕第0717号",
        date(2024, 7, 16),
        "30日内",
        "已制定绿化迁移方案，正在施工",
        "",
    ),
    (
        "华府名苑",
        "河南华府物业服务有限公司濮阳分公司",
        "消防控制室主机故障点位126处未及时处理",
        "濮华消限字〔2024〕第0718号",
        date(2024, 7, 17),
        "15日内",
        "已联系维保单位检修，已处理98处",
        "",
    ),
    (
        "阳光新城",
        "濮阳市阳光物业有限公司",
        "地下车库电动自行车违规停放充电",
        "濮华消限字〔2024〕第0719号",
        date(2024, 7, 17),
        "立行立改",
        "已清理，设置室外集中充电点",
        "复查合格",
    ),
    (
        "盛世华庭",
        "濮阳盛世物业服务有限公司",
        "消防控制室值班人员未持证上岗，夜间单人值班",
        "濮华消限字〔2024〕第0720号",
        date(2024, 7, 17),
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "丽景湾",
        "濮阳市丽景物业管理有限公司",
        "室内消火栓箱内水带缺失，部分消火栓无水",
        "濮华消限字〔2024〕第0721号",
        date(2024, 7, 18),
        "15日内",
        "",
        "",
    ),
    (
        "御景苑",
        "濮阳市御景物业服务有限公司",
        "常闭式防火门闭门器损坏，防火门处于常开状态",
        "濮华消限字〔2024〕第0722号",
        date(2024, 7, 18),
        "7日内",
        "已更换闭门器",
        "复查合格",
    ),
    (
        "建业桂园",
        "濮阳建业物业服务有限公司",
        "楼道及合用前室堆放杂物，疏散通道不畅",
        "濮华消限字〔2024〕第0723号",
        date(2024, 7, 18),
        "3日内",
        "已清理大部分杂物，个别住户仍未清理",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 30, 34, 26, 12, 14, 30, 12])
    b.line(ws, 0, "高层住宅小区消防安全联合检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：市消防救援支队华龙区大队、华龙区应急管理局    检查时间：2024年7月16日至7月18日",
        8,
    )
    for c, word in enumerate(["序号", "小区名称", "物业服务企业（整改责任单位）", "检查发现问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "法律文书", b.head)
    b.header(ws, 3, ["责令限期改正通知书编号", "下达日期"], first=4)
    for c, word in [(6, "整改期限"), (7, "整改情况"), (8, "复查结果")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FIRE_ROWS)
    b.line(ws, end, "注：整改期限自《责令限期改正通知书》下达之日起计算；“复查结果”由大队复查后填写。", 8)
    b.line(ws, end + 1, "填表人：许志刚    联系电话：0393-8216119    填表日期：2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 参股企业经营情况专项审计问题整改, after a city 城控集团's special audit of five 参股企业 (穿行测试; 财务收支、
# 关联交易、借款担保、盈利分红; 集团审计部组织投资企业、参股企业、中介机构逐项梳理，形成审计问题整改任务清单，下发至
# 各投资企业和参股企业; 加强督办检查，形成闭环):
# https://365clw.com/index.php?c=show&id=4921
# An .xlsx: title, 下发单位 line, a two-row header (审计对象 over 参股企业/投资企业, 整改落实 over 整改措施/整改时限/
# 整改进展) with an explicit 整改责任单位 (a 参股企业, an 投资企业 or one of the group's own 部门), the 审计部's
# 督办意见 as a closure column, a 合计 row and a signature line.
AUDIT_ROWS = [
    (
        "濮阳中昊水务有限公司",
        "濮阳市城发水务有限公司",
        "财务收支",
        "2023年度列支与经营无关的会员费、赞助费共计18.6万元",
        "清退不合规支出，修订费用报销管理办法",
        "濮阳中昊水务有限公司",
        "2024年8月31日",
        "已修订报销管理办法，不合规支出正在追缴",
        "",
    ),
    (
        "濮阳中昊水务有限公司",
        "濮阳市城发水务有限公司",
        "关联交易",
        "向关联方采购PE管材236万元未履行比价程序",
        "补充履行关联交易审议程序",
        "濮阳中昊水务有限公司",
        "2024年7月15日",
        "已提交董事会补充审议",
        "已核实，同意销号",
    ),
    (
        "濮阳华源燃气发展有限公司",
        "濮阳市城发能源有限公司",
        "借款担保",
        "为其他股东关联企业提供担保1200万元未报集团备案",
        "补报备案，制定担保解除计划",
        "濮阳市城发能源有限公司",
        "2024年9月底前",
        "未整改",
        "",
    ),
    (
        "濮阳华源燃气发展有限公司",
        "濮阳市城发能源有限公司",
        "盈利分红",
        "2022—2023年度应分红利427万元未按章程分配到位",
        "督促参股企业召开股东会落实分红",
        "濮阳市城发能源有限公司",
        "第三季度",
        "已向参股企业发函催收",
        "",
    ),
    (
        "濮阳龙城建材科技有限公司",
        "濮阳市城发建设工程有限公司",
        "投后管理",
        "集团委派董事未按规定报告参股企业重大经营事项",
        "建立委派人员定期报告制度",
        "集团投资发展部",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "濮阳龙城建材科技有限公司",
        "濮阳市城发建设工程有限公司",
        "财务收支",
        "应收账款1560万元账龄超过3年未计提坏账准备",
        "按会计准则补提坏账准备",
        "濮阳龙城建材科技有限公司",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "濮阳数智城市运营有限公司",
        "濮阳市城发数字科技有限公司",
        "关联交易",
        "向控股股东关联方支付技术服务费84万元无合同依据",
        "补签服务合同或追回款项",
        "濮阳数智城市运营有限公司",
        "2024年7月20日",
        "已补签技术服务合同",
        "已核实，同意销号",
    ),
    (
        "濮阳数智城市运营有限公司",
        "濮阳市城发数字科技有限公司",
        "投后管理",
        "参股企业未纳入集团年度内部审计计划",
        "将参股企业纳入年度内部审计计划",
        "集团审计部",
        "2024年12月底前",
        "正在编制2025年度内部审计计划",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 26, 26, 10, 40, 30, 26, 16, 30, 16])
    b.line(ws, 0, "参股企业经营情况专项审计发现问题整改任务清单", 9, b.title)
    b.line(
        ws,
        1,
        "下发单位：濮阳市城市发展控股集团有限公司审计部    下发日期：2024年6月20日    进展截至：2024年7月30日",
        9,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "审计对象", b.head)
    b.header(ws, 3, ["参股企业", "投资企业"], first=1)
    for c, word in [(3, "问题类别"), (4, "审计发现问题")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改责任单位", "整改时限", "整改进展"], first=5)
    b.merge(ws, 2, 9, 3, 9, "审计部督办意见", b.head)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(AUDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "审计参股企业5家（其中2家未发现问题），发现问题8个，已销号2个")
    b.line(ws, end + 2, "审计部负责人：钱立新    填表人：韩冰    联系电话：0393-8876032", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 河长制工作督查交办问题整改, after a county 河长办's quarterly 督查 with the 生态环境分局、农业农村局、畜牧水产
# 事务中心 and 水利局 (乡村两级河长履职、河湖“清四乱”、畜禽养殖污染整治、河道保洁、交办问题整改; 河道管理范围内违规
# 倾倒垃圾、渣土、排放污水; 通知有关乡镇限期整改; 对交办问题整改情况进行“回头看”):
# http://yiyang.gov.cn/yysw/6077/6176/content_1374436.html
# An .xls (xlwt): title, 交办单位/交办时间/填报日期 line, a two-row header (整改情况 merged over 整改进展 and 回头看情况)
# with the 镇/乡人民政府 as 责任单位, 立行立改 counted from the 交办时间, a 合计 row, a 注 line and a 填表人 line.
RIVER_ROWS = [
    (
        "城关镇",
        "金堤河城关段",
        "乱堆",
        "河道管理范围内违规倾倒建筑垃圾约50立方米",
        "濮阳县城关镇人民政府",
        "7月15日前",
        "已清运完毕",
        "回头看已清理到位",
    ),
    (
        "柳屯镇",
        "马颊河柳屯段",
        "排污",
        "沿河养殖场粪污经沟渠直排入河",
        "濮阳县柳屯镇人民政府",
        "2024年8月31日",
        "已责令养殖户停养，正在建设粪污收集池",
        "",
    ),
    (
        "文留镇",
        "潴龙河文留段",
        "河道保洁",
        "水面漂浮垃圾较多，保洁员未按要求每日巡查",
        "濮阳县文留镇人民政府",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "户部寨镇",
        "第三濮清南干渠户部寨段",
        "乱建",
        "河岸违建彩钢板房2处未拆除",
        "濮阳县户部寨镇人民政府",
        "7月31日前",
        "未整改",
        "",
    ),
    (
        "徐镇镇",
        "回木沟徐镇段",
        "河长履职",
        "村级河长巡河记录缺失，5月以来未开展巡河",
        "濮阳县徐镇镇人民政府",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "庆祖镇",
        "金堤河庆祖段",
        "乱占",
        "河滩地违规种植高秆作物阻碍行洪",
        "濮阳县庆祖镇人民政府",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "渠村乡",
        "黄河渠村段",
        "乱采",
        "发现夜间盗采河砂痕迹，砂坑未回填",
        "濮阳县渠村乡人民政府",
        "8月15日前",
        "已联合水利执法大队夜间巡查，砂坑回填正在进行",
        "",
    ),
    (
        "八公桥镇",
        "孟楼河八公桥段",
        "排污",
        "镇区生活污水管网破损，污水溢流入河",
        "濮阳县八公桥镇人民政府",
        "2024年9月30日",
        "已完成",
        "回头看：管网已修复，无溢流",
    ),
]


def write_river(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年第二季度河长制工作督查发现问题交办整改情况表", t, 0, 8),
        (
            1,
            0,
            "交办单位：濮阳县河长制办公室    交办时间：2024年7月5日    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "乡镇", "河流（河段）", "问题类型", "问题描述", "责任单位", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 7, "整改情况", h, 2, 8), (3, 7, "整改进展", h), (3, 8, "回头看情况", h)]
    for i, row in enumerate(RIVER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3) else c))
    r = 4 + len(RIVER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "交办问题8个，已完成3个", c, r, 8),
        (r + 1, 0, "注：整改时限为“立行立改”的，应于交办当日整改到位。", plain, r + 1, 8),
        (r + 2, 0, "填表人：孟庆林    审核人：赵国栋    联系电话：0393-3229051", plain, r + 2, 8),
    ]
    return _write_xls(path, [("交办问题", cells)])


# ---------------------------------------------------------------------------------------------
# 4. A级旅游景区复核检查问题整改, after the national 旅游局's 通报 of its 4A级及以下景区集中复核检查 (摘牌、降级、
# 严重警告、警告、通报批评; 安全管理不到位、厕所环境卫生条件不合格、市场秩序混乱、旅游基础及服务设施不足、标识导览系统
# 短缺、资源保护措施不到位; 被处理景区限期整改，整改完成并通过验收后方可撤销处理):
# http://k0561.com/news/tour/3003.html
# An .et (Excel 97 via LibreOffice): title, a line stating the 通报 date and the 限期 rule (6个月/3个月 from it), one
# header row; 景区名称/等级/处理意见/整改责任单位/整改期限 merged down the rows of each 景区, the six problem
# categories, an 验收情况 column, a 填报单位 line at the foot.
SCENIC = [
    (
        "濮阳市龙湖湿地公园",
        "3A",
        "严重警告",
        "濮阳市龙湖湿地公园管理中心",
        "限期6个月",
        [
            ("安全管理不到位", "游船码头救生衣数量不足，部分破损", "已补齐救生衣300件", "验收合格"),
            ("厕所环境卫生条件不合格", "北门旅游厕所无洗手液、地面积水", "正在改造北门旅游厕所", ""),
            ("标识导览系统短缺", "园区主要节点无全景导览图", "", ""),
        ],
    ),
    (
        "范县黄河生态游览区",
        "3A",
        "警告",
        "范县黄河生态游览区管理委员会",
        "限期3个月",
        [
            (
                "市场秩序混乱",
                "景区入口流动摊贩拉客、强买强卖",
                "已联合市场监管所清理摊贩，设置固定摊位",
                "验收合格",
            ),
            ("旅游基础及服务设施不足", "游客中心无咨询服务人员，医务室未配备常用药品", "未整改", ""),
        ],
    ),
    (
        "南乐县仓颉陵景区",
        "4A",
        "通报批评",
        "南乐县仓颉陵文物管理所",
        "限期3个月",
        [
            (
                "资源保护措施不到位",
                "碑林区部分石碑无防护栏，游客随意触摸拓印",
                "已安装防护栏并设置警示牌",
                "",
            ),
            ("标识导览系统短缺", "景区外部交通指示标识缺失", "已协调县交通运输局设置指示牌，正在制作", ""),
        ],
    ),
    (
        "台前县将军渡景区",
        "4A",
        "警告",
        "台前县将军渡景区管理处",
        "限期3个月",
        [("安全管理不到位", "黄河观景平台护栏高度不足1.1米", "已加高护栏至1.2米", "验收合格")],
    ),
]


def write_scenic_book(path: Path) -> Path:
    b = Book(path, author="资源开发科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 6, 10, 22, 36, 26, 12, 34, 12])
    b.line(ws, 0, "A级旅游景区复核检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "依据：市文化广电和旅游局《关于A级旅游景区复核检查情况的通报》（2024年4月25日）；严重警告的限期6个月整改，"
        "警告、通报批评的限期3个月整改，整改期限自通报之日起计算。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "景区名称",
            "等级",
            "处理意见",
            "存在问题类别",
            "具体问题",
            "整改责任单位",
            "整改期限",
            "整改进展",
            "验收情况",
        ],
    )
    r = 3
    n = 0
    for name, level, verdict, unit, term, problems in SCENIC:
        last = r + len(problems) - 1
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 2, last, 2, level, b.center)
        b.merge(ws, r, 3, last, 3, verdict, b.center)
        b.merge(ws, r, 6, last, 6, unit)
        b.merge(ws, r, 7, last, 7, term, b.center)
        for kind, text, progress, check in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, kind)
            b.put(ws, r, 5, text)
            b.put(ws, r, 8, progress)
            b.put(ws, r, 9, check, b.center)
            r += 1
    b.line(ws, r + 1, "填报单位：濮阳市文化广电和旅游局资源开发科    填报日期：2024年7月26日", 9)
    b.line(ws, r + 2, "填表人：邵婷    联系电话：0393-6661720", 9)
    return b.close()


def write_scenic(path: Path) -> Path:
    return via_soffice(write_scenic_book, path, "xls", "A级旅游景区复核检查发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 在建工程项目保障农民工工资支付风险隐患排查, after a city 住房城乡建设局's 地毯式 check of the 在建工程项目 under
# it for 拖欠农民工工资风险隐患 (座谈、现场查阅资料; 实名制用工管理、农民工工资专用账户、银行代发工资、按月足额支付、
# 工资保证金 “8个100%”; 督促施工企业按月足额支付农民工工资; 对排查出的问题建立台账、限期整改):
# https://zhjsw.cn/club/show.php?itemid=41443
# A CSV in GBK: a title line, a line stating the 排查 unit and the 反馈 date the 整改时限 in (working) days count from,
# a header line with 建设单位 and 施工总承包单位 beside an explicit 整改责任单位, a 合计 line.
WAGE_ROWS = [
    (
        "濮阳市第三中学新校区建设项目",
        "市教育局",
        "河南省濮建建设集团有限公司",
        "未按规定开设农民工工资专用账户",
        "河南省濮建建设集团有限公司",
        "10日内",
        "已开设专用账户并在住建部门备案",
    ),
    (
        "华龙区城中村改造安置房二期项目",
        "濮阳市华龙区城市更新投资有限公司",
        "中建七局第二建筑有限公司",
        "劳务分包单位未落实实名制考勤，12名工人无考勤记录",
        "中建七局第二建筑有限公司",
        "5个工作日内",
        "已补录实名信息，正在安装人脸识别考勤机",
    ),
    (
        "濮阳市人民医院门诊综合楼改扩建项目",
        "濮阳市人民医院",
        "河南锦华建设工程有限公司",
        "工资保证金未按规定比例存储",
        "河南锦华建设工程有限公司",
        "2024年7月31日",
        "未整改",
    ),
    (
        "濮范高速濮阳东连接线工程",
        "濮阳市交通投资有限公司",
        "中交一公局集团有限公司",
        "建设单位未按月足额拨付人工费用，已拖欠3个月",
        "濮阳市交通投资有限公司",
        "2024年8月底前",
        "已拨付5月份人工费用，6、7月份正在筹措",
    ),
    (
        "开州路综合管廊工程",
        "市住房和城乡建设局",
        "濮阳市市政工程有限公司",
        "施工现场未设置农民工维权信息告示牌",
        "濮阳市市政工程有限公司",
        "3日内",
        "已设置维权信息告示牌",
    ),
    (
        "龙湖郡住宅小区项目",
        "濮阳龙湖置业有限公司",
        "河南恒升建筑安装有限公司",
        "未实行银行代发工资，由班组长以现金发放",
        "河南恒升建筑安装有限公司",
        "2024年7月25日",
        "",
    ),
    (
        "市体育中心全民健身馆项目",
        "濮阳市体育局",
        "濮阳建工集团有限公司",
        "未配备劳资专管员，工资支付台账不全",
        "濮阳建工集团有限公司",
        "15日内",
        "已配备劳资专管员1名，工资支付台账已补齐",
    ),
    (
        "濮阳经开区标准化厂房三期项目",
        "濮阳经济技术开发区投资有限公司",
        "中国二冶集团有限公司",
        "分包单位拖欠农民工工资42.6万元，涉及31人",
        "中国二冶集团有限公司",
        "2024年7月20日",
        "已全额支付，农民工签字确认",
    ),
]


def write_wage(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["在建工程项目保障农民工工资支付风险隐患排查问题台账"])
    w.writerow(
        [
            "排查单位：市住房和城乡建设局建筑市场监管科；排查时间：2024年7月8日至7月12日；"
            "问题反馈日期：2024年7月15日，整改时限自反馈之日起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "项目名称",
            "建设单位",
            "施工总承包单位",
            "排查发现问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "排查在建项目26个", "", "", "发现问题8个", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 物业管理小区环境维护和电梯、消防安全常态检查情况通报, after a city 房管局's “421” 常态检查通报 (a table: 序号、
# 所属街道、小区名称、物业企业、得分、主要存在问题, the problems of each estate under 综合部分/秩序维护/电梯安全/消防
# 安全/公示部分 in one cell; 请各区物业行政主管部门督促相关街道、社区、物业服务企业对检查中发现的问题及时整改):
# http://fgj.nantong.gov.cn/ntsfgj/gggs/content/3b3c6566-f851-4fc9-b108-c43188c5ce61.html
# An .xlsx: title, (7月份第二次) line, preamble paragraph, one header row (the source's six columns plus 整改期限 and
# 整改情况 added by the district), each estate's problems as labelled lines in one cell, a 注 line and a signature.
ESTATE_ROWS = [
    (
        "胜利路街道",
        "帝都花园",
        "濮阳市帝都物业服务有限公司",
        78,
        "综合部分：建筑垃圾乱堆放3处；楼道乱张贴5处。\n秩序维护：非机动车乱停放4处。\n"
        "消防安全：消防水泵控制柜处于手动状态。",
        "2024年7月31日",
        "已全部整改，消防水泵已恢复自动状态",
    ),
    (
        "开州路街道",
        "书香苑",
        "濮阳市书香物业管理有限公司",
        72,
        "综合部分：生活垃圾乱堆放2处；垃圾桶盖未盖6处。\n电梯安全：电梯轿厢内无有效检验标志；"
        "未制定专业外包合同监管制度。",
        "7月31日前",
        "垃圾已清理，电梯检验标志已张贴，外包合同监管制度正在制定",
    ),
    (
        "大庆路街道",
        "东方名城",
        "濮阳东方物业有限公司",
        69,
        "综合部分：楼道乱堆杂物4处。\n秩序维护：摄像头无视频信号3处；未对外来人员、车辆进行登记。\n"
        "公示部分：未公示利用公共部位经营收益情况。",
        "2024年8月15日",
        "未整改",
    ),
    (
        "中原路街道",
        "汇通花园",
        "濮阳市汇通物业服务有限公司",
        81,
        "综合部分：乱扔杂物2处。\n消防安全：设备房堆放杂物；灭火器压力不足2具。",
        "2024年7月25日",
        "",
    ),
    (
        "任丘路街道",
        "锦绣华庭",
        "河南锦绣物业服务有限公司",
        75,
        "秩序维护：单元楼道电动车停放充电2处。\n电梯安全：电梯机房设施设备积灰。\n"
        "公示部分：物业服务收费标准未公示。",
        "7月31日",
        "已整改",
    ),
    (
        "昆吾路街道",
        "金都世纪城",
        "濮阳金都物业管理有限公司",
        70,
        "综合部分：绿化带内建筑垃圾堆放约10立方米。\n消防安全：消防车通道被私家车占用；"
        "部分楼层疏散指示标志不亮。",
        "2024年8月10日",
        "建筑垃圾已清运，疏散指示标志正在更换",
    ),
    (
        "黄河路街道",
        "水岸人家",
        "濮阳市水岸物业服务有限公司",
        83,
        "综合部分：垃圾桶盖未盖3处。\n公示部分：未设置业主投诉处理公示栏。",
        "2024年7月20日",
        "已整改到位",
    ),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="物业科")
    ws = b.sheet("常态检查")
    b.widths(ws, [6, 12, 12, 28, 6, 56, 14, 34])
    b.line(ws, 0, "2024年华龙区物业管理小区环境维护和电梯、消防安全常态检查情况通报", 7, b.title)
    b.line(ws, 1, "（7月份第二次）", 7, b.right)
    b.line(
        ws,
        2,
        "7月16日、23日，华龙区住房和城乡建设局组织对帝都花园等7个物业管理小区进行了常态检查。请各物业服务企业对检查中"
        "发现的问题按期整改，所属街道负责督促落实，并将整改情况报区住建局物业科。通报如下：",
        7,
    )
    b.header(
        ws, 3, ["序号", "所属街道", "小区名称", "物业企业", "得分", "主要存在问题", "整改期限", "整改情况"]
    )
    for i, row in enumerate(ESTATE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
        ws.set_row(3 + i, 66)
    end = 4 + len(ESTATE_ROWS)
    b.line(ws, end, "注：得分按住宅小区物业服务常态检查评分表计算，满分100分。", 7)
    b.line(ws, end + 1, "华龙区住房和城乡建设局物业科    联系人：崔晓东    2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 农村公路建设和养护工程项目检查发现问题, after a 驻市交通运输局纪检监察组's full check of 165 农村公路建设施工和
# 养护工程项目 (建设进度与系统进度不一致、缩减计划建设规模、实施情况与计划不一致、安防设施不到位、内业资料不规范等
# 46个问题; 下发监督提示函; 落实“一路一档”; 采取“列表格、出台账”的方式跟踪问效):
# http://wmjx.m.jxwmw.cn/news/2518196
# An .ods (LibreOffice conversion): title, 监督提示函/填报单位 line, one header row with the five problem types, the
# 县区 交通运输局 as 整改责任单位 and one row naming the sending bureau's own 科, a 是否销号 column, a 说明 line.
ROAD_ROWS = [
    (
        "濮阳县",
        "2023年濮阳县柳屯至文留农村公路改建工程",
        "新改建",
        "建设进度与系统进度不一致",
        "项目已实际完工，部级系统填报进度仅为60%",
        "濮阳县交通运输局",
        "核实并更新系统进度数据",
        "2024.7.10",
        "已更新",
        "是",
    ),
    (
        "清丰县",
        "2023年清丰县马庄桥至仙庄农村公路新建工程",
        "新改建",
        "缩减计划建设规模",
        "计划建设6.2公里，实际建成5.4公里",
        "清丰县交通运输局",
        "补建剩余路段或按程序调整计划",
        "2024年10月底前",
        "已报请调整计划，待市局批复",
        "否",
    ),
    (
        "南乐县",
        "2024年南乐县农村公路养护工程",
        "养护",
        "实施情况与计划不一致",
        "计划实施的路面罩面变更为灌缝处理，未履行变更手续",
        "南乐县交通运输局",
        "补办设计变更手续",
        "2024年8月15日",
        "未整改",
        "否",
    ),
    (
        "范县",
        "2023年范县陈庄至辛庄农村公路改建工程",
        "新改建",
        "安防设施不到位",
        "临水临崖路段波形护栏未按设计安装，缺失约800米",
        "范县交通运输局",
        "督促施工单位补装护栏",
        "第三季度",
        "正在施工",
        "否",
    ),
    (
        "台前县",
        "2022年台前县农村公路危桥改造工程",
        "新改建",
        "内业资料不规范",
        "隐蔽工程验收记录缺失，监理日志不全",
        "台前县交通运输局",
        "补齐内业资料",
        "2024.7.20",
        "",
        "",
    ),
    (
        "华龙区",
        "2024年华龙区岳村镇农村公路养护工程",
        "养护",
        "安防设施不到位",
        "途经学校路段未设置减速带和警示标志",
        "华龙区交通运输局",
        "设置减速带和警示标志",
        "2024.7.15",
        "已设置减速带2处、警示标志4块",
        "是",
    ),
    (
        "市本级",
        "全市农村公路建设项目档案",
        "—",
        "内业资料不规范",
        "未落实“一路一档”，部分项目档案未归集",
        "市交通运输局公路建设科",
        "建立一路一档管理制度",
        "长期坚持",
        "常态化推进",
        "—",
    ),
    (
        "濮阳县",
        "2024年濮阳县农村公路养护工程",
        "养护",
        "实施情况与计划不一致",
        "养护资金未专款专用，18万元用于办公楼维修",
        "濮阳县交通运输局",
        "追回挪用资金，规范资金使用",
        "2024年7月31日",
        "已追回12万元，剩余6万元正在追缴",
        "否",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="公路建设科")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 34, 8, 22, 38, 22, 24, 16, 30, 10])
    b.line(ws, 0, "农村公路建设和养护工程项目检查发现问题整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "问题来源：驻市交通运输局纪检监察组监督提示函（2024年6月28日）    填报单位：濮阳市交通运输局"
        "    填报日期：2024年7月30日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "项目名称",
            "项目类型",
            "问题类型",
            "问题描述",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "说明：整改完成并经市局核查的，“是否销号”栏填“是”。", 10)
    b.line(ws, end + 2, "填表人：冯雪    审核人：丁卫东    联系电话：0393-4418726", 10)
    return b.close()


def write_road(path: Path) -> Path:
    via_soffice(write_road_book, path, "ods", "农村公路建设和养护工程项目检查发现问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 校园周边餐饮服务单位食品安全专项检查, after a county 市场监管局's 农村食品整治行动 (检查学校食堂、校园周边餐饮
# 服务单位、集体用餐配送单位; 加工场所卫生条件较差，未设立带盖的餐厨废弃物容器; 未设立足够数量的食品原材料清洗池;
# 食品原材料未离墙离地摆放; 警告并现场指导; 后续“回头看”):
# http://www.kuoxiong.cn/news/detail/487/241323.html
# A .wps (Word 97 via LibreOffice): title, 填报单位/检查时间 line, one table with the 餐饮服务单位 as 整改主体 and its
# 检查日期 (the base of 3日内/7日内/15日内 and 立行立改), a “回头看”情况 column, 填表说明 and signature lines.
FOOD_ROWS = [
    (
        "清丰县好味道快餐店",
        "城关镇",
        "2024-07-08",
        "加工场所未设置带盖的餐厨废弃物容器",
        "警告，现场指导",
        "3日内",
        "已配备带盖餐厨废弃物容器",
    ),
    (
        "清丰县乐乐麻辣烫店",
        "城关镇",
        "2024-07-08",
        "食品原材料未离墙离地存放",
        "警告",
        "立行立改",
        "已整改",
    ),
    (
        "清丰县阳光小饭桌托餐服务部",
        "韩村镇",
        "2024-07-09",
        "食品原料清洗水池数量不足，肉类、蔬菜混用一个水池",
        "责令改正",
        "15日内",
        "正在加装清洗水池",
    ),
    (
        "清丰县老马家包子铺",
        "马庄桥镇",
        "2024-07-10",
        "2名从业人员健康证明过期",
        "责令改正",
        "7日内",
        "未整改",
    ),
    (
        "清丰县味美鲜卤肉店",
        "城关镇",
        "2024-07-10",
        "熟食专间紫外线灯损坏，专间无温度计",
        "警告",
        "2024年7月31日",
        "",
    ),
    (
        "清丰县学府路炸鸡汉堡店",
        "城关镇",
        "2024-07-11",
        "进货查验记录不全，无法提供鸡肉原料供货商资质",
        "立案调查",
        "2024年8月15日",
        "已立案，正在调查处理",
    ),
    (
        "清丰县六塔乡兴旺饭店",
        "六塔乡",
        "2024-07-12",
        "餐具消毒柜未正常使用，餐具未经消毒直接使用",
        "警告，现场指导",
        "3日内",
        "已恢复使用消毒柜，建立消毒记录",
    ),
]


def write_food_docx(path: Path) -> Path:
    doc = _new_document("食品经营科")
    _title(doc, "校园周边餐饮服务单位食品安全专项检查问题清单", 18)
    _paragraph(doc, "填报单位：清丰县市场监督管理局    检查时间：2024年7月8日至7月12日", 12)
    body = [[str(i), *row] for i, row in enumerate(FOOD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "餐饮服务单位（整改主体）",
            "所在乡镇",
            "检查日期",
            "存在问题",
            "处理措施",
            "整改时限",
            "“回头看”情况",
        ],
        body,
    )
    _paragraph(doc, "填表说明：整改时限自检查之日起计算；“回头看”情况由属地市场监管所复查后填写。", 12)
    _paragraph(doc, "填表人：孙晓萌    审核人：葛振华    联系电话：0393-7221354    2024年7月30日", 12)
    return _save_fixed(doc, path)


def write_food(path: Path) -> Path:
    return via_soffice(write_food_docx, path, "doc", "校园周边餐饮服务单位食品安全专项检查问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 9. 责任督学督导意见书, after a school's published 责任督学督导反馈通知单 (江宁责任督学督导意见书: 责任区、责任督学、
# 被督导学校、督导时间; 督导主要内容及反馈意见; 学校存在的问题 1.教学楼天井塑胶破损 2.消防水带老化、灭火器箱锈蚀
# 3.外来务工人员子女入学需求):
# http://dsqzx.jnjy.net.cn/NewShow-2130.aspx
# A .docx: title, the form's head as a two-row table, 督导主要内容 and 反馈意见 paragraphs, then 学校存在的问题 as
# numbered paragraphs, each holding the 督学's 整改要求 and, after a line break, the school's 整改情况; signatures.
SUPERVISION_PARAS = [
    (
        "1.教学楼东侧围墙外墙皮大面积脱落，存在坠落伤人隐患。整改要求：7月15日前完成修缮。",
        "整改情况：已完成外墙修缮，经责任督学复查合格。",
    ),
    (
        "2.食堂陪餐记录不完整，6月份有9天无校领导陪餐记录。整改要求：7月10日前补齐陪餐台账，严格落实陪餐制度。",
        "整改情况：已补齐陪餐台账，校领导按周排班陪餐。",
    ),
    (
        "3.消防水带因使用年限长出现老化，部分灭火器箱锈蚀。整改要求：利用暑假更换，8月20日前完成。",
        "整改情况：已报区教育局装备中心统一采购，正在等待配送。",
    ),
    (
        "4.课后服务课程单一，以作业辅导为主，缺少兴趣类课程。整改要求：8月31日前完善秋季学期课后服务课程方案。",
        "",
    ),
    (
        "5.部分班级作业公示不及时，七年级二班书面作业总量超出规定时长。整改要求：7月10日前建立作业公示和总量审核制度。",
        "整改情况：尚未启动。",
    ),
    (
        "6.学生心理健康档案建档不全，心理辅导室未按规定时间开放。整改要求：9月30日前完成全体学生心理健康建档。",
        "整改情况：已配备兼职心理教师1名，建档工作正在进行。",
    ),
    (
        "7.校门口上下学时段接送车辆乱停乱放，交通秩序混乱。整改要求：落实护学岗制度，长期坚持。",
        "整改情况：护学岗每日上岗，常态化推进。",
    ),
]


def write_supervision(path: Path) -> Path:
    doc = _new_document("昆吾中学")
    _title(doc, "华龙区责任督学督导意见书", 20)
    head = doc.add_table(rows=2, cols=2)
    head.style = "Table Grid"
    _cell_text(head.cell(0, 0), "责任区：第三责任区", 12)
    _cell_text(head.cell(0, 1), "责任督学：王振华", 12)
    _cell_text(head.cell(1, 0), "被督导学校：濮阳市华龙区昆吾中学", 12)
    _cell_text(head.cell(1, 1), "督导时间：2024年7月3日", 12)
    _paragraph(doc, "督导主要内容及反馈意见：", 14, "黑体")
    _paragraph(
        doc,
        "督导主要内容：学校期末及暑期安全工作，重点聚焦校舍安全、食品安全、“双减”落实、课后服务、心理健康教育及"
        "学校周边综合治理等人民群众关心的热点、难点问题。",
        14,
    )
    _paragraph(
        doc,
        "反馈意见：学校重视安全工作，校舍安全排查台账齐全，食堂食品采购、储存、加工等环节基本规范；严格执行"
        "义务教育免试就近入学规定，均衡分班，开齐开足课程，未发现乱收费、乱办班、乱发滥编资料等问题。",
        14,
    )
    _paragraph(doc, "学校存在的问题：", 14, "黑体")
    for problem, answer in SUPERVISION_PARAS:
        p = doc.add_paragraph()
        _east_asian(p.add_run(problem), "仿宋_GB2312", 14)
        if answer:
            run = p.add_run()
            run.add_break()
            _east_asian(p.add_run(answer), "仿宋_GB2312", 14)
    _paragraph(doc, "请学校对照上述问题逐项整改，并于规定时限内将整改情况书面报告责任督学。", 14)
    _paragraph(doc, "责任督学（签字）：王振华        学校负责人（签字）：李卫民", 12)
    _paragraph(doc, "濮阳市华龙区昆吾中学（盖章）    2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 医疗机构依法执业监督检查问题整改, after the 医疗机构依法执业情况监督检查表 (医政、临床用血、母婴保健监管:
# 机构第一名称、法定代表人、《医疗机构执业许可证》号、核准床位数; 检查项目—检查内容—判定标准—检查结果: 执业许可证
# 管理、科目设置管理 (科室挂牌是否规范)、人员管理 (医师、护士注册和执业地点) …):
# https://bingdoc.com/p-6987060.html
# A .zip of two returns: a hospital's .xlsx (the form's 机构 lines, 检查项目/检查内容/检查结果 with its own 责任科室,
# 整改时限, 整改情况) and a 社区卫生服务中心's .docx table with a 是否整改完成 column (是/否).
HOSPITAL_ROWS = [
    (
        "执业许可证管理",
        "《医疗机构执业许可证》是否悬挂于明显处所，是否按期校验",
        "《医疗机构执业许可证》副本未悬挂于门诊大厅明显处所",
        "医务科",
        "悬挂于门诊大厅明显处所",
        "7月5日前",
        "已悬挂",
    ),
    (
        "科目设置管理",
        "科室挂牌是否规范",
        "疼痛门诊挂牌名称与核准登记的诊疗科目不一致",
        "医务科",
        "办理诊疗科目变更或更换挂牌",
        "2024.7.20",
        "正在办理诊疗科目变更登记",
    ),
    (
        "人员管理",
        "护士是否注册，是否未变更执业地点执业",
        "3名护士执业注册地点未变更至本院",
        "护理部",
        "督促办理执业地点变更注册",
        "2024年8月31日",
        "未整改",
    ),
    (
        "医疗文书管理",
        "病历书写是否及时、规范",
        "抽查运行病历20份，5份首次病程记录超过8小时完成",
        "病案室",
        "每月开展病历质控检查",
        "长期坚持",
        "常态化推进",
    ),
    (
        "医疗废物管理",
        "医疗废物交接、登记是否规范",
        "医疗废物暂存点交接登记缺少重量和双方签名",
        "院感科",
        "规范交接登记，专人负责",
        "2024.7.15",
        "",
    ),
]
COMMUNITY_ROWS = [
    ("人员管理", "1名执业医师超执业范围开展B超检查", "暂停其B超诊疗，组织培训考核", "2024年7月12日", "是"),
    ("药品管理", "药房存放过期药品5种", "清理过期药品，建立近效期药品预警", "2024年7月10日", "是"),
    ("传染病防治", "传染病疫情报告登记本记录不全", "完善传染病报告登记和自查制度", "7月31日", "否"),
    (
        "消毒管理",
        "口腔科牙科手机未做到一人一用一灭菌",
        "增购牙科手机20支，规范灭菌流程",
        "2024年8月20日",
        "否（已采购，待到货）",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="医务科")
    ws = b.sheet("自查整改")
    b.widths(ws, [6, 16, 34, 40, 10, 26, 14, 24])
    b.line(ws, 0, "医疗机构依法执业情况监督检查问题整改表", 7, b.title)
    b.line(
        ws,
        1,
        "机构第一名称：濮阳市第五人民医院    法定代表人：宋建平    《医疗机构执业许可证》号：PDY41090021"
        "    核准床位数：450张",
        7,
    )
    b.line(ws, 2, "检查日期：2024年7月2日    检查单位：市卫生健康委员会综合监督科", 7)
    b.header(
        ws,
        3,
        [
            "序号",
            "检查项目",
            "检查内容",
            "检查结果（存在问题）",
            "责任科室",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(HOSPITAL_ROWS), "院长（签字）：宋建平    填表人：高洁    联系电话：0393-8992130", 7)
    return b.close()


def write_community_docx(path: Path) -> Path:
    doc = _new_document("胜利路社区卫生服务中心")
    _title(doc, "医疗机构依法执业监督检查问题整改情况", 18)
    _paragraph(
        doc,
        "机构第一名称：濮阳市华龙区胜利路街道社区卫生服务中心    检查日期：2024年7月4日    填报日期：2024年7月27日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COMMUNITY_ROWS, 1)]
    _table(doc, ["序号", "检查项目", "检查结果（存在问题）", "整改措施", "完成时限", "是否整改完成"], body)
    _paragraph(doc, "负责人：陈敏    填表人：刘晓燕    联系电话：0393-8325516", 12)
    return _save_fixed(doc, path)


def write_medical(path: Path) -> Path:
    members = [
        ("依法执业监督检查问题整改表（市第五人民医院）.xlsx", write_hospital_book),
        ("依法执业监督检查问题整改情况（胜利路社区卫生服务中心）.docx", write_community_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("高层住宅小区消防安全联合检查发现问题整改台账.xlsx", write_fire),
    ("参股企业专项审计发现问题整改任务清单.xlsx", write_audit),
    ("二季度河长制工作督查交办问题整改情况表.xls", write_river),
    ("A级旅游景区复核检查发现问题整改台账.et", write_scenic),
    ("在建工程项目农民工工资支付风险隐患排查台账.csv", write_wage),
    ("物业管理小区常态检查情况通报（7月第二次）.xlsx", write_estate),
    ("农村公路建设和养护工程项目检查问题整改台账.ods", write_road),
    ("校园周边餐饮服务单位食品安全专项检查问题清单.wps", write_food),
    ("责任督学督导意见书（昆吾中学）.docx", write_supervision),
    ("医疗机构依法执业监督检查问题整改（两家）.zip", write_medical),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev146 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 人大代表建议、政协提案、信访事项和12345工单办理 (联络站选民意见台账, 重点提案督办分工表, 领导接访日交办台账,
校领导接待日登记表, 12345诉求查询明细导出, 12345办理情况通报, 建议答复见面会报告, 提案办理情况一览表, 信访复查复核台账,
重点建议督办反馈).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx
and two .docx), a CSV in GBK, a .docx with a table (one more inside the zip), and a .zip of two returns whose member
names are stored in GBK. Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside254.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 10, 20, 0)
ZIP_TIME = (2024, 7, 31, 10, 20, 0)


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
        self.bold = add({"bold": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.long_day = add(
            {"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"}
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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple]]], widths: list[int] | None = None) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths or []):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows archivers write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 人大代表联络站选民意见建议台账, after a township 人大's account of its 代表联络站 (建立值班登记日志、代表走访登记薄、
# 办理选民意见建议台账表; 按照接访登记、解释说明、受理转办、答复反馈等程序办理代表提出的意见建议; 每个值班日安排3名代表
# 到岗): https://www.qdnrd.gov.cn:443/xsrd/6276.jhtml
# An .et (an .xlsx converted by LibreOffice to Excel 97 and saved under WPS 表格's name): title, 填报单位 line, a two-row
# header whose upper row names the four steps (接访登记 / 受理转办 / 答复反馈), the 值班代表 and the 选民 beside the
# 承办单位, one row answered on the spot (解释说明, no 时限), deadlines as 月底前 / X月X日前 / N个工作日 / 立行立改 counted
# from the 接访日期, a 注 line and a signature line.
STATION_ROWS = [
    (
        date(2024, 4, 10),
        "张庆华、李秀云、王海涛",
        "赵某某（前湾村）",
        "前湾村至元村集道路坑洼较多，雨天积水严重，群众出行不便",
        "受理转办",
        "南乐县交通运输局",
        "6月底前",
        "已列入今年农村公路养护计划，6月20日完成坑槽修补，已电话答复选民",
        "满意",
    ),
    (
        date(2024, 5, 10),
        "王海涛、刘国栋、陈素芳",
        "孙某某（东街村）",
        "东街村自来水水压低，早晚用水高峰时段三楼以上无水",
        "受理转办",
        "南乐县水利局",
        "15个工作日",
        "已更换村级加压泵，正在调试",
        "",
    ),
    (
        date(2024, 5, 10),
        "王海涛、刘国栋、陈素芳",
        "吴某某（西街村）",
        "西街村主干道路灯损坏较多，夜间出行不便",
        "受理转办",
        "元村镇人民政府",
        "7月10日前",
        "已更换损坏路灯32盏，全部恢复照明",
        "满意",
    ),
    (
        date(2024, 6, 11),
        "张庆华、陈素芳、刘国栋",
        "郑某某（学生家长）",
        "元村镇中心小学门口接送时段车辆乱停乱放，存在交通安全隐患",
        "受理转办",
        "南乐县公安局交通管理大队",
        "立行立改",
        "已在上下学时段安排警力值守，施划临时停车位，已办结",
        "满意",
    ),
    (
        date(2024, 6, 11),
        "张庆华、陈素芳、刘国栋",
        "冯某某（南街村）",
        "询问本人申请最低生活保障未获批准的原因",
        "解释说明",
        "元村镇人民政府",
        "—",
        "值班代表会同镇民政所当场解释低保认定政策，选民表示理解",
        "满意",
    ),
    (
        date(2024, 7, 10),
        "李秀云、王海涛、张庆华",
        "钱某某（个体商户）",
        "镇区农贸市场周边垃圾清运不及时，夏季异味较大",
        "受理转办",
        "元村镇人民政府",
        "7月20日前",
        "已协调保洁公司每日增加一次清运，长效保洁机制正在建立",
        "",
    ),
    (
        date(2024, 7, 10),
        "李秀云、王海涛、张庆华",
        "周某某（后湾村）",
        "后湾村卫生室缺少高血压、糖尿病等常用慢病药品",
        "受理转办",
        "南乐县卫生健康委员会",
        "8月10日前",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "李秀云、王海涛、张庆华",
        "何某某（北街村）",
        "北街村文化广场健身器材损坏，建议维修更换",
        "受理转办",
        "南乐县文化广电和旅游局",
        "9月底前",
        "尚未落实",
        "",
    ),
]


def write_station_book(path: Path) -> Path:
    b = Book(path, author="元村镇人大")
    ws = b.sheet("意见建议台账")
    b.widths(ws, [6, 12, 18, 16, 40, 10, 22, 12, 36, 10])
    b.line(ws, 0, "元村镇人大代表联络站办理选民意见建议台账表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县元村镇人大主席团    统计时段：2024年4月—7月    填报日期：2024年7月29日",
        9,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "接访登记", b.head)
    b.merge(ws, 2, 5, 2, 7, "受理转办", b.head)
    b.merge(ws, 2, 8, 2, 9, "答复反馈", b.head)
    b.header(
        ws,
        3,
        [
            "接访日期",
            "值班代表",
            "选民姓名",
            "反映意见建议",
            "办理方式",
            "承办单位",
            "办理时限",
            "答复反馈情况",
        ],
        first=1,
    )
    ws.write_string(3, 9, "选民满意度", b.head)
    for i, row in enumerate(STATION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.long_day)
        b.row(ws, r, list(row[1:]), first=2)
    end = 4 + len(STATION_ROWS)
    b.line(
        ws,
        end,
        "注：1．联络站接待日为每月10日，遇节假日顺延（6月10日端午节顺延至6月11日）；2．办理时限按工作日计算的，"
        "自接访之日起算；“立行立改”事项自接访当日起办理；3．解释说明类事项当场答复，不设办理时限。",
        9,
    )
    b.line(ws, end + 1, "填表人：王丽娜    审核人：陈建设（镇人大主席）    联系电话：0393-6321052", 9)
    return b.close()


def write_station(path: Path) -> Path:
    return via_soffice(write_station_book, path, "xls", "元村镇联络站选民意见建议台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 2. 重点提案督办分工及办理进度表, after a city 政协's 督办重点提案工作方案 (对遴选出的7件重点提案由市政协领导牵头督办;
# 由分管副主席领办，相关专委会协助做好督办工作（具体分工详见附表）; 承办部门在5月31日前完成办理工作; 提案者、主办、
# 协办单位负责人参加): http://122.137.242.101:8080/newsDetail?id=541&newsType=16
# An .xls (xlwt): title, 填报单位/截至 line, one header row with 提案号, the 提案者, the 领办领导 and the 协助专委会
# (the supervisors) beside the 主办单位 (short and former names) and the 协办单位, 办理时限 as X月X日前 / 年底前 /
# a date with a 延期 remark, a 注 line and a signature line.
PROPOSAL_ROWS = [
    (
        "第0012号",
        "关于加快推进中心城区老旧小区雨污分流改造的提案",
        "民建濮阳市委",
        "李建平副主席",
        "人口资源环境委员会",
        "市住建局",
        "市财政局",
        "5月31日前",
        "已办复，提案者对办理结果表示满意",
    ),
    (
        "第0035号",
        "关于规范校外培训机构预收费监管的提案",
        "刘文静等3名委员",
        "张志宏副主席",
        "教科卫体委员会",
        "市教育局",
        "市市场监管局",
        "5月31日前",
        "已办复",
    ),
    (
        "第0048号",
        "关于提升基层医疗机构慢性病用药保障水平的提案",
        "农工党濮阳市委",
        "张志宏副主席",
        "教科卫体委员会",
        "市卫健委",
        "市医保局",
        "6月30日前（经市政府办公室同意延期）",
        "已与提案者面商，答复函正在会签",
    ),
    (
        "第0061号",
        "关于完善农村生活垃圾收运处置体系的提案",
        "九三学社濮阳市委",
        "孙永红副主席",
        "农业和农村委员会",
        "市农委",
        "市城管局",
        "5月31日前",
        "正在办理，已开展实地调研",
    ),
    (
        "第0077号",
        "关于加强黄河滩区农田水利设施建设的提案",
        "王保军委员",
        "孙永红副主席",
        "农业和农村委员会",
        "市水务局",
        "市农业农村局",
        "5月31日前",
        "未启动办理",
    ),
    (
        "第0090号",
        "关于优化中心城区公交线网布局的提案",
        "民盟濮阳市委",
        "李建平副主席",
        "经济委员会",
        "市公交公司",
        "市交通运输局",
        "5月31日前",
        "",
    ),
    (
        "第0103号",
        "关于擦亮杂技文化品牌推动文旅融合发展的提案",
        "市政协文化文史和学习委员会",
        "赵红梅副主席",
        "文化文史和学习委员会",
        "市文广新局",
        "市发改委",
        "年底前",
        "已召开督办协商会，正在推进",
    ),
]


def write_proposals(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年市政协重点提案督办分工及办理进度表", t, 0, 9),
        (1, 0, "填报单位：市政协提案委员会    截至时间：2024年7月26日", plain, 1, 9),
    ]
    words = [
        "序号",
        "提案号",
        "提案题目",
        "提案者",
        "领办领导",
        "协助专委会",
        "主办单位",
        "协办单位",
        "办理时限",
        "办理进展",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(PROPOSAL_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 8) else c))
    r = 3 + len(PROPOSAL_ROWS)
    cells += [
        (
            r,
            0,
            "注：重点提案由市政协分管副主席领办，相关专委会协助督办；办理时限以市政府办公室交办通知为准，"
            "延期办理的须经市政府办公室同意。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "填表人：崔晓燕    联系电话：0393-4418267", plain, r + 1, 9),
    ]
    return _write_xls(path, [("重点提案", cells)], [6, 10, 40, 18, 14, 20, 14, 14, 20, 30])


# ---------------------------------------------------------------------------------------------
# 3. 领导接待群众来访日来访事项交办台账, after a county's 党政领导接待群众来访日通知 (县党政领导接待群众来访日为每月15日，
# 遇节假日顺延; 接待领导负责督促落实群众来访反映问题的查办; 县信访局做好预约登记; 信访件涉及的乡镇、部门主要负责人或
# 分管领导一同参加接待): http://m.ushengzhilian.com/article/lidaojianhua/btts/200808/126503.html
# A .docx: title, 填报单位 line, a table with the 接待领导 and the 来访人 beside the 交办单位, 办理期限 as N日内 / 年底前 /
# 立行立改 counted from the 接待日期 (15 June 2024 fell on a Saturday and moved to the 17th), a 说明 paragraph and the
# 信访局 with the date at the foot.
VISIT_ROWS = [
    (
        "2024年6月17日",
        "县长 王振国",
        "高堡乡某村村民代表4人",
        "反映村集体土地流转租金连续两年未兑付",
        "高堡乡人民政府",
        "30日内",
        "已协调流转企业兑付租金18.6万元，已办结",
    ),
    (
        "2024年6月17日",
        "县长 王振国",
        "城关镇某小区业主代表3人",
        "反映小区开发商逾期未为业主办理不动产权证",
        "清丰县住房和城乡建设局",
        "60日内",
        "已约谈开发企业，正在督促补缴相关税费",
    ),
    (
        "2024年6月17日",
        "副县长 刘卫东",
        "韩村镇某村村民",
        "反映村内养殖场粪污直排沟渠，气味刺鼻",
        "韩村镇人民政府",
        "15日内",
        "已督促养殖场建成储粪池，粪污直排问题整改到位",
    ),
    (
        "2024年7月15日",
        "县委书记 张国华",
        "六塔乡某村村民",
        "反映村口危桥长期未修复，村民需绕行5公里",
        "清丰县交通运输局",
        "年底前",
        "已完成桥梁技术状况检测，维修方案正在编制",
    ),
    (
        "2024年7月15日",
        "县委书记 张国华",
        "建筑工人代表6人",
        "反映某建筑企业拖欠农民工工资32万元",
        "清丰县人力资源和社会保障局",
        "15日内",
        "已立案调查，已追回工资12万元",
    ),
    (
        "2024年7月15日",
        "副县长 马丽",
        "马庄桥镇某村村民",
        "反映与邻居宅基地界址纠纷多年未解决",
        "马庄桥镇人民政府",
        "30日内",
        "",
    ),
    (
        "2024年7月15日",
        "副县长 马丽",
        "城关镇某小区居民",
        "反映县城某学校周边夜市经营至凌晨，噪音扰民",
        "清丰县城市管理局",
        "立行立改",
        "已规范夜市经营时间至22时，已办结",
    ),
]


def write_visits(path: Path) -> Path:
    doc = _new_document("县信访局")
    _title(doc, "清丰县党政领导接待群众来访日来访事项交办台账", 18)
    _paragraph(doc, "填报单位：清丰县信访局    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(VISIT_ROWS, 1)]
    _table(
        doc, ["序号", "接待日期", "接待领导", "来访人", "反映问题", "交办单位", "办理期限", "办理情况"], body
    )
    _paragraph(
        doc,
        "说明：县党政领导接待群众来访日为每月15日，遇节假日顺延（6月15日为星期六，顺延至6月17日）；"
        "办理期限自接待之日起计算，“立行立改”事项于接待当日办理。",
        12,
    )
    _paragraph(doc, "清丰县信访局（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 校领导接待日师生诉求办理情况登记表, after a college's 校领导接待日工作制度 (每周由一位校领导接待，接待日为每周二下午;
# 学院办公室负责协调、督办; 相关单位和部门须在学院办公室协调、督办后的7个工作日内将办理结果反馈至学院办公室):
# https://bgs.aku.edu.cn/info/1017/1925.htm
# A .doc (Word 97 via LibreOffice): title, a preamble stating the 7-working-day rule, a table whose rows name only the
# college's own 处室 as 承办部门, the 督办日期 each 反馈时限 counts from, and the 学院办公室 with the date at the foot.
CAMPUS_ROWS = [
    (
        "6月4日",
        "党委书记 李振华",
        "机电工程学院学生代表",
        "学生公寓3号楼热水供应时断时续",
        "后勤管理处",
        "6月5日",
        "7个工作日",
        "已更换热水循环泵，供应恢复正常，已办结",
    ),
    (
        "6月11日",
        "院长 王志刚",
        "教师代表",
        "部分课程期末考试安排与技能大赛集训时间冲突",
        "教务处",
        "6月12日",
        "7个工作日",
        "已调整12门课程考试时间，已反馈",
    ),
    (
        "6月18日",
        "副院长 杨静",
        "学生代表",
        "本学期国家助学金发放时间较往年推迟",
        "学生工作处",
        "6月18日",
        "7个工作日",
        "正在复核受助学生名单",
    ),
    (
        "7月2日",
        "副院长 杨静",
        "学生代表",
        "校园网晚间高峰时段网速慢、经常掉线",
        "信息中心",
        "7月3日",
        "7个工作日",
        "已提交出口带宽扩容申请，正在履行采购程序",
    ),
    (
        "7月9日",
        "院长 王志刚",
        "教职工代表",
        "2024年度教职工体检报告迟迟未反馈本人",
        "人事处",
        "7月9日",
        "7个工作日",
        "",
    ),
    (
        "7月16日",
        "副院长 陈立新",
        "学生代表",
        "东门外电动车乱停乱放，堵塞消防通道",
        "保卫处",
        "7月17日",
        "7个工作日",
        "已施划电动车停放区并安排专人管理，已办结",
    ),
    (
        "7月16日",
        "副院长 陈立新",
        "学生代表",
        "第二食堂个别窗口饭菜价格上涨、分量减少",
        "后勤管理处",
        "7月17日",
        "7个工作日",
        "未办理",
    ),
]


def write_campus_docx(path: Path) -> Path:
    doc = _new_document("学院办公室")
    _title(doc, "濮阳职业技术学院校领导接待日师生诉求办理情况登记表", 18)
    _paragraph(
        doc,
        "按照《校领导接待日工作制度》，接待日反映的问题由学院办公室交有关部门办理，承办部门须在学院办公室督办后"
        "7个工作日内将办理结果反馈学院办公室。现将2024年6月以来接待日师生反映问题办理情况登记如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CAMPUS_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "接待日期",
            "接待校领导",
            "来访人",
            "反映问题",
            "承办部门",
            "督办日期",
            "反馈时限",
            "办理结果",
        ],
        body,
        10,
    )
    _paragraph(doc, "濮阳职业技术学院办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_campus(path: Path) -> Path:
    return via_soffice(write_campus_docx, path, "doc", "校领导接待日诉求办理登记表.docx")


# ---------------------------------------------------------------------------------------------
# 5. 12345诉求查询明细结果 (a system export), after a script that reads the 12345 platform's 诉求查询明细 exports (the
# older export puts the title 诉求查询明细结果 in the first row and the header in the second; columns 诉求编号、诉求来源、
# 诉求来源小类、诉求类型、一级/二级/三级分类名称、诉求标题、诉求内容、登记时间、事件状态、城市/区域/街道名称、地址描述、
# 所有办理部门、办理描述、批转单位、退回部门、退回原因、答复内容、评价满意度、部门办理截止时间、办理结束时间):
# https://github.com/harviex/jianfu-tongbao/blob/638616ea178d8fb1ac6fda539e2985a80415fecd/scripts/process_daily.py
# An .xlsx as the platform writes it: the title row, one header row, every value a text (times as yyyy-mm-dd hh:mm:ss),
# the 批转单位 (the dispatcher) and a 退回部门 with its 退回原因 beside the 所有办理部门, no borders, no signature.
EXPORT_HEADER = [
    "诉求编号",
    "诉求来源",
    "诉求来源小类",
    "诉求类型",
    "一级分类名称",
    "二级分类名称",
    "三级分类名称",
    "诉求标题",
    "诉求内容",
    "登记时间",
    "事件状态",
    "城市名称",
    "区域名称",
    "街道名称",
    "地址描述",
    "所有办理部门",
    "办理描述",
    "批转单位",
    "退回部门",
    "退回原因",
    "答复内容",
    "评价满意度",
    "部门办理截止时间",
    "办理结束时间",
]
DISPATCHER = "濮阳市12345热线平台"
EXPORT_ROWS = [
    {
        "诉求编号": "4109022407020035",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "投诉",
        "一级分类名称": "城乡建设",
        "二级分类名称": "物业管理",
        "三级分类名称": "电梯维保",
        "诉求标题": "小区电梯频繁停运",
        "诉求内容": "来电人反映：胜利路某小区3号楼电梯一周内停运三次，物业维修不及时，老人上下楼困难。",
        "登记时间": "2024-07-02 09:15:33",
        "事件状态": "已办结",
        "街道名称": "胜利路街道",
        "地址描述": "胜利路与大庆路交叉口向北200米",
        "所有办理部门": "华龙区胜利路街道办事处",
        "办理描述": "已约谈物业服务企业，督促更换电梯主板",
        "答复内容": "您好，经街道核实，物业公司已更换电梯主板，电梯已恢复运行。",
        "评价满意度": "满意",
        "部门办理截止时间": "2024-07-09 17:00:00",
        "办理结束时间": "2024-07-08 16:20:11",
    },
    {
        "诉求编号": "4109022407110118",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "求助",
        "一级分类名称": "公用事业",
        "二级分类名称": "供水",
        "三级分类名称": "停水",
        "诉求标题": "小区停水未提前通知",
        "诉求内容": "来电人反映：人民路某小区自7月10日起停水超过24小时，供水单位未提前通知，居民生活受影响。",
        "登记时间": "2024-07-11 08:42:10",
        "事件状态": "办理中",
        "街道名称": "人民路街道",
        "地址描述": "人民路中段某小区",
        "所有办理部门": "市自来水公司",
        "办理描述": "已派员排查管网，正在抢修供水主管道",
        "部门办理截止时间": "2024-07-18 17:00:00",
    },
    {
        "诉求编号": "4109022407150207",
        "诉求来源": "网站",
        "诉求来源小类": "政府网站留言",
        "诉求类型": "投诉",
        "一级分类名称": "城乡建设",
        "二级分类名称": "市政设施",
        "三级分类名称": "井盖",
        "诉求标题": "人行道井盖缺失",
        "诉求内容": "网民反映：中原路与京开大道交叉口以东50米人行道井盖缺失，夜间行人容易跌落。",
        "登记时间": "2024-07-15 10:03:47",
        "事件状态": "已办结",
        "街道名称": "中原路街道",
        "地址描述": "中原路与京开大道交叉口以东50米",
        "所有办理部门": "市城管局",
        "办理描述": "已补装井盖并设置警示标志",
        "退回部门": "华龙区城市管理局",
        "退回原因": "该井盖属市政主干管网设施，不属我单位管辖",
        "答复内容": "已补装井盖。",
        "评价满意度": "满意",
        "部门办理截止时间": "2024-07-22 17:00:00",
        "办理结束时间": "2024-07-16 11:30:02",
    },
    {
        "诉求编号": "4109022407160233",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "投诉",
        "一级分类名称": "生态环境",
        "二级分类名称": "噪声污染",
        "三级分类名称": "餐饮油烟噪声",
        "诉求标题": "烧烤店夜间油烟噪音扰民",
        "诉求内容": "来电人反映：黄河路某烧烤店每晚营业至凌晨2点，油烟、噪音严重扰民。",
        "登记时间": "2024-07-16 22:10:05",
        "事件状态": "办理中",
        "街道名称": "黄河路街道",
        "地址描述": "黄河路与任丘路交叉口西南角",
        "所有办理部门": "华龙区城市管理局",
        "办理描述": "已现场核查，责令商户安装油烟净化设备并限时经营",
        "部门办理截止时间": "2024-07-23 17:00:00",
    },
    {
        "诉求编号": "4109022407180301",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "咨询",
        "一级分类名称": "教育",
        "二级分类名称": "义务教育",
        "三级分类名称": "招生入学",
        "诉求标题": "咨询小学入学学区划分",
        "诉求内容": "来电人咨询：孩子今年9月上小学，户籍在华龙区，咨询所住小区对应的学区及报名时间。",
        "登记时间": "2024-07-18 09:33:21",
        "事件状态": "已办结",
        "街道名称": "建设路街道",
        "地址描述": "建设路某小区",
        "所有办理部门": "华龙区教育局",
        "办理描述": "已电话告知学区划分及网上报名时间",
        "答复内容": "已答复。",
        "评价满意度": "满意",
        "部门办理截止时间": "2024-07-19 17:00:00",
        "办理结束时间": "2024-07-18 15:02:48",
    },
    {
        "诉求编号": "4109022407220356",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "投诉",
        "一级分类名称": "劳动和社会保障",
        "二级分类名称": "劳动关系",
        "三级分类名称": "拖欠工资",
        "诉求标题": "安置房工地拖欠农民工工资",
        "诉求内容": "来电人反映：某安置房项目工地拖欠12名农民工工资共计约26万元，多次讨要未果。",
        "登记时间": "2024-07-22 14:20:30",
        "事件状态": "办理中",
        "街道名称": "大庆路街道",
        "地址描述": "大庆路东段某安置房项目",
        "所有办理部门": "市人社局",
        "办理描述": "已联系施工总承包单位，正在核实用工名单和欠薪数额",
        "部门办理截止时间": "2024-07-31 17:00:00",
    },
    {
        "诉求编号": "4109022407230402",
        "诉求来源": "APP",
        "诉求来源小类": "豫事办",
        "诉求类型": "投诉",
        "一级分类名称": "城乡建设",
        "二级分类名称": "市政设施",
        "三级分类名称": "路灯",
        "诉求标题": "路段路灯多日不亮",
        "诉求内容": "网民反映：建设路某路段路灯连续多日不亮，夜间行车不安全。",
        "登记时间": "2024-07-23 20:05:17",
        "事件状态": "已办结",
        "街道名称": "建设路街道",
        "地址描述": "建设路与绿城路交叉口以北",
        "所有办理部门": "华龙区建设路街道办事处",
        "办理描述": "已协调路灯维护单位更换灯具",
        "答复内容": "路灯已维修。",
        "评价满意度": "不满意",
        "部门办理截止时间": "2024-07-30 17:00:00",
        "办理结束时间": "2024-07-26 10:12:40",
    },
    {
        "诉求编号": "4109022407240419",
        "诉求来源": "12345热线",
        "诉求来源小类": "电话",
        "诉求类型": "求助",
        "一级分类名称": "公用事业",
        "二级分类名称": "燃气",
        "三级分类名称": "燃气泄漏",
        "诉求标题": "小区楼道燃气异味",
        "诉求内容": "来电人反映：任丘路某小区2单元楼道有明显燃气异味，疑似泄漏，请求尽快处置。",
        "登记时间": "2024-07-24 07:48:55",
        "事件状态": "已办结",
        "街道名称": "任丘路街道",
        "地址描述": "任丘路某小区2单元",
        "所有办理部门": "市燃气公司",
        "办理描述": "已派抢修人员到场，更换老化阀门，经检测无泄漏",
        "答复内容": "已处置完毕。",
        "评价满意度": "满意",
        "部门办理截止时间": "2024-07-24 18:00:00",
        "办理结束时间": "2024-07-24 09:30:18",
    },
]


def write_export(path: Path) -> Path:
    b = Book(path, author="12345")
    ws = b.sheet("Sheet1")
    plain = b.book.add_format({})
    ws.write_string(0, 0, "诉求查询明细结果", plain)
    for c, word in enumerate(EXPORT_HEADER):
        ws.write_string(1, c, word, plain)
    for r, rec in enumerate(EXPORT_ROWS, 2):
        values = {"城市名称": "濮阳市", "区域名称": "华龙区", "批转单位": DISPATCHER, **rec}
        for c, word in enumerate(EXPORT_HEADER):
            v = values.get(word, "")
            if v:
                ws.write_string(r, c, v, plain)
    ws.set_column(0, len(EXPORT_HEADER) - 1, 16)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 12345热线诉求办理情况通报, after a city's 关于12345政务服务便民热线平台1-4月份诉求办理情况的通报 (总体情况; 各县区、
# 经济区办理情况 and 市直部门办理情况 as tables of 序号、受理单位、交办总量、办结率、满意率、按时反馈率、有效回访率、
# 知识库更新总数目、评分): http://m.003gm.com/html/2513/2023-06-09/content-131960.html
# An .xlsx whose one sheet reads as the notice does: title, 发布日期, the summary paragraph, two statistics tables by
# 受理单位 (rows that are units, not items), then a 督办清单 of single 诉求 with the same 受理单位 header word, 办理时限
# as N个工作日 from each row's 交办日期, a closing line.
STAT_COUNTIES = [
    ("华龙区", 18236, "97.86%", "97.12%", "100.00%", "99.95%", 8021, 98.9),
    ("濮阳县", 9125, "97.41%", "96.80%", "100.00%", "100.00%", 6630, 98.6),
    ("清丰县", 6047, "98.12%", "97.35%", "99.87%", "100.00%", 5412, 98.8),
    ("南乐县", 4410, "96.95%", "95.88%", "100.00%", "100.00%", 4987, 97.9),
    ("范县", 4083, "97.20%", "96.41%", "100.00%", "99.90%", 4206, 98.2),
    ("台前县", 3126, "96.54%", "95.02%", "99.71%", "100.00%", 3918, 97.5),
    ("濮阳经济技术开发区", 1264, "98.89%", "98.10%", "100.00%", "100.00%", 1650, 99.2),
]
STAT_BUREAUS = [
    ("市公安局", 2184, "98.35%", "97.60%", "100.00%", "100.00%", 99.0),
    ("市住房和城乡建设局", 1937, "95.82%", "93.45%", "99.48%", "100.00%", 96.7),
    ("市自来水公司", 1206, "99.17%", "97.96%", "100.00%", "100.00%", 99.1),
    ("国网濮阳供电公司", 1143, "98.60%", "96.72%", "100.00%", "99.91%", 98.4),
    ("市人力资源和社会保障局", 1098, "96.45%", "94.90%", "99.82%", "100.00%", 97.2),
]
URGED_ROWS = [
    (
        "SQ2406120087",
        "市住建局",
        "反映某楼盘交房后地下车库大面积渗水，开发商拒不维修",
        "2024-06-12",
        "15个工作日",
        "逾期未办结",
        "挂牌督办",
    ),
    (
        "SQ2406200153",
        "国网濮阳供电公司",
        "反映台前县某村夏季频繁停电，影响农田灌溉",
        "2024-06-20",
        "5个工作日",
        "群众不满意，正在二次办理",
        "重新办理，做好解释",
    ),
    (
        "SQ2407020046",
        "濮阳县城关镇人民政府",
        "反映城关镇某小区门口早市占道经营，堵塞消防通道",
        "2024-07-02",
        "10个工作日",
        "已办结",
        "加强回访",
    ),
    (
        "SQ2406050212",
        "市人社局",
        "反映某企业未依法为职工缴纳社会保险",
        "2024-06-05",
        "15个工作日",
        "正在调查核实",
        "限期办结",
    ),
    (
        "SQ2406250098",
        "清丰县交通运输局",
        "反映清丰县城至双庙乡农村客运班线停运",
        "2024-06-25",
        "10个工作日",
        "",
        "限期反馈",
    ),
    (
        "SQ2407080031",
        "市公交公司",
        "反映3路公交车发车间隔过长，高峰时段候车超过40分钟",
        "2024-07-08",
        "10个工作日",
        "已将发车间隔调整为15分钟，已办结",
        "加强回访",
    ),
    (
        "SQ2407010177",
        "范县陈庄镇人民政府",
        "反映陈庄镇黄河滩区迁建社区部分安置房屋顶漏雨",
        "2024-07-01",
        "20个工作日",
        "已维修12户，剩余8户正在维修",
        "加快进度",
    ),
]


def _stat_table(b: Book, ws, r: int, rows: list[tuple], with_knowledge: bool) -> int:
    words = ["序号", "受理单位", "交办总量", "办结率", "满意率", "按时反馈率", "有效回访率"]
    words += ["知识库更新总数目", "评分"] if with_knowledge else ["评分"]
    b.header(ws, r, words)
    for i, row in enumerate(rows, 1):
        b.put(ws, r + i, 0, i, b.center)
        b.row(ws, r + i, list(row), first=1, fmt=b.center)
    return r + len(rows) + 1


def write_notice(path: Path) -> Path:
    b = Book(path, author="市营商环境建设局")
    ws = b.sheet("通报")
    b.widths(ws, [6, 18, 14, 40, 12, 12, 26, 16, 10])
    b.line(ws, 0, "关于濮阳市12345政务服务便民热线平台上半年诉求办理情况的通报", 8, b.title)
    b.line(ws, 1, "发布日期：2024-07-22", 8)
    b.line(
        ws,
        2,
        "2024年上半年，市12345热线平台共受理各类诉求21.36万件，话务接通率96.82%；平台直接答复15.92万件，"
        "直接答复率74.53%；转办5.44万件，办结率97.21%，满意率96.40%。",
        8,
    )
    b.line(ws, 3, "一、总体情况", 8, b.bold)
    b.line(ws, 4, "（一）各县区办理情况。各县区、开发区共受理诉求4.63万件，占全市转办量的85.11%。", 8)
    r = _stat_table(b, ws, 5, STAT_COUNTIES, True)
    b.line(ws, r, "（二）市直部门办理情况。受理诉求数量排名前五的市直部门（单位）办理情况如下。", 8)
    r = _stat_table(b, ws, r + 1, STAT_BUREAUS, False)
    b.line(ws, r, "二、逾期未办结及群众不满意诉求督办清单", 8, b.bold)
    b.header(
        ws,
        r + 1,
        ["序号", "诉求编号", "受理单位", "诉求内容", "交办日期", "办理时限", "办理情况", "督办要求"],
    )
    for i, row in enumerate(URGED_ROWS, 1):
        b.put(ws, r + 1 + i, 0, i, b.center)
        b.row(ws, r + 1 + i, list(row), first=1)
    end = r + 2 + len(URGED_ROWS)
    b.line(ws, end, "注：办理时限按工作日计算，自交办之日起算。", 8)
    b.line(
        ws,
        end + 1,
        "请相关单位按督办要求抓紧办理，并及时将办理结果反馈市12345热线平台。    濮阳市营商环境建设局",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 人大代表建议答复见面会情况报告, after a township 人大's report of its 人大代表建议答复见面会 (镇人大组织交通运输等
# 单位召开答复见面会; 承办单位就路口标注行车标志、公交首末站对接、幼儿园外围路面整修等所承办的建议逐件答复; 代表与
# 承办单位面对面交流，当场反馈办理满意情况): http://www.dyrdw.gov.cn/Web_Jcrd/2022-11-28/2359.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 主送, preamble, the items as numbered paragraphs
# （一）…（七） each with 建议号, 领衔代表, 承办单位 (county bureaus, the township, the city bus company under a short
# name), 办理时限 and 办理情况 in sentences and the 代表意见, a closing paragraph, the 主席团 and date at the foot.
ANSWER_PARAS = [
    "（一）关于在镇区主干道与县道交叉路口增设行车标志标线的建议（第3号，领衔代表马玉兰）。承办单位：濮阳县交通运输局。"
    "办理时限：6月底前。办理情况：已在3处交叉路口完成标志标线施划，已办结。代表意见：满意。",
    "（二）关于开通镇区至县城公交线路并对接首末站的建议（第7号，领衔代表杜志刚）。承办单位：市公交公司。"
    "办理时限：9月底前。办理情况：已完成沿线客流调研，线路方案已报县交通运输局审批。代表意见：基本满意。",
    "（三）关于整修镇中心幼儿园外围道路的建议（第11号，领衔代表王新华）。承办单位：庆祖镇人民政府。"
    "办理时限：8月20日前。办理情况：已纳入镇年度道路维修计划，正在进行施工招标。代表意见：满意。",
    "（四）关于更新西部村庄老化灌溉机井的建议（第14号，领衔代表李长顺）。承办单位：濮阳县水利局。"
    "办理时限：年底前。办理情况：尚未启动。代表意见：不满意。",
    "（五）关于规范镇区逢集日交通秩序的建议（第16号，领衔代表赵国强）。承办单位：庆祖镇人民政府。"
    "办理时限：长期坚持。办理情况：已安排镇综合行政执法队员逢集日专人疏导，长期坚持。代表意见：满意。",
    "（六）关于加快农村户厕改造验收的建议（第19号，领衔代表孙丽娟）。承办单位：濮阳县农业农村局。"
    "办理时限：7月15日前。办理情况：已完成312户改厕验收，验收合格，已办结。代表意见：满意。",
    "（七）关于镇卫生院增设夜间急诊值班医生的建议（第22号，领衔代表陈学军）。承办单位：濮阳县卫生健康委员会。"
    "办理时限：10月底前。承办单位未派员参加本次见面会。",
]


def write_answers_docx(path: Path) -> Path:
    doc = _new_document("镇人大")
    _title(doc, "庆祖镇人大主席团关于镇人大代表建议答复见面会情况的报告")
    _paragraph(doc, "县人大常委会：")
    _paragraph(
        doc,
        "镇十届人大四次会议期间，代表提出建议7件，分别交由县直有关部门和镇政府办理。2024年7月16日，镇人大主席团"
        "组织县交通运输局、县水利局等承办单位召开人大代表建议答复见面会，承办单位逐件向代表面对面答复，代表当场"
        "反馈满意程度。现将有关情况报告如下：",
    )
    for text in ANSWER_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，镇人大主席团将对正在办理和尚未启动的建议持续跟踪督办，确保件件有回音、事事有着落。",
    )
    _paragraph(doc, "濮阳县庆祖镇人大主席团", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月19日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_answers(path: Path) -> Path:
    return via_soffice(write_answers_docx, path, "doc", "庆祖镇建议答复见面会情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 政协提案办理情况一览表, after a city government's 办理人大代表建议和政协委员提案工作总结 (由市政府主办的建议、提案共
# 20件; 重点建议和重点提案严格按照“四个一”工作制度办理; 面商率、办复率、满意率; 所提问题已经解决(A类)、正在解决或列入
# 计划逐步解决(B类)、因条件限制暂时不能解决(C类)): https://wukong.top/doc/98513.html
# An .xlsx: title, the summary in a merged paragraph (counts of 办复 and A/B类), one header row with 提案人, 主办单位 and
# 会办单位, an 办复情况 column beside a 类别 (A/B/C) and a 委员满意度 column, 办理时限 as X月X日前 / 9月底前, a 注 line
# explaining the classes, the 督查室 and the date at the foot.
COUNTY_PROPOSALS = [
    (
        "第3号",
        "关于推进城区学校课后延时服务提质增效的提案",
        "张晓燕",
        "范县教育局",
        "范县财政局",
        "6月30日前",
        "已办复",
        "A",
        "满意",
    ),
    (
        "第9号",
        "关于加快黄河滩区迁建社区配套设施建设的提案",
        "李明等4人",
        "范县住房和城乡建设局",
        "范县自然资源局",
        "6月30日前",
        "已办复",
        "A",
        "基本满意",
    ),
    (
        "第15号",
        "关于扶持食用菌产业做大做强的提案",
        "王春生",
        "范县农业农村局",
        "范县科学技术局",
        "7月31日前",
        "正在办理，已与委员见面协商",
        "",
        "",
    ),
    (
        "第21号",
        "关于加强县城农贸市场食品安全监管的提案",
        "赵丽",
        "范县市场监督管理局",
        "",
        "6月30日前",
        "已面商，答复函正在起草",
        "",
        "",
    ),
    (
        "第27号",
        "关于规划建设县城公共停车场缓解停车难的提案",
        "孙建军",
        "范县城市管理局",
        "范县自然资源局",
        "6月30日前",
        "未办复",
        "",
        "",
    ),
    (
        "第33号",
        "关于加强乡镇卫生院全科医生队伍建设的提案",
        "周红",
        "范县卫生健康委员会",
        "范县人力资源和社会保障局",
        "7月31日前",
        "",
        "",
        "",
    ),
    (
        "第36号（重点提案）",
        "关于打造黄河文化旅游带的提案",
        "县政协文化文史委员会",
        "范县文化广电和旅游局",
        "范县发展和改革委员会",
        "9月底前",
        "按“四个一”工作机制推进，已召开督办协商会",
        "",
        "",
    ),
]


def write_county_proposals(path: Path) -> Path:
    b = Book(path, author="县政府督查室")
    ws = b.sheet("提案办理情况")
    b.widths(ws, [6, 14, 40, 16, 20, 20, 12, 30, 8, 12])
    b.line(ws, 0, "范县2024年县政协提案办理情况一览表", 9, b.title)
    b.line(
        ws,
        1,
        "县政协十届三次会议交由县政府系统办理的提案共38件，截至2024年7月25日，已办复29件，其中所提问题已经解决或"
        "基本解决的（A类）21件、正在解决或列入计划逐步解决的（B类）8件；正在办理9件。本表列出县政府督查室跟踪督办的提案。",
        9,
    )
    ws.set_row(1, 48)
    b.header(
        ws,
        2,
        [
            "序号",
            "提案号",
            "提案题目",
            "提案人",
            "主办单位",
            "会办单位",
            "办理时限",
            "办复情况",
            "类别",
            "委员满意度",
        ],
    )
    for i, row in enumerate(COUNTY_PROPOSALS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COUNTY_PROPOSALS)
    b.line(
        ws,
        end,
        "注：类别栏A类为所提问题已经解决或基本解决，B类为正在解决或列入计划逐步解决，C类为因条件限制暂时不能解决；"
        "重点提案按“四个一”工作机制办理。",
        9,
    )
    b.line(ws, end + 1, "范县人民政府督查室    2024年7月26日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 信访事项复查复核办理台账, after a 信访事项复查复核 rule (信访人对处理(复查)意见不服的，可向上一级行政机关提出复查
# (复核)请求; 不予受理的15日内告知; 复查或复核意见应自收到信访人申请之日起30日内作出; 维持、变更或责令重新办理):
# http://www.fsou.net/html/text/lar/169337/16933756_1.html
# A CSV in GBK: a title line, a line stating the 30-day limit, one header line with the 原处理（复查）机关 beside the
# 复查（复核）机关 that handles the request, 办理期限 as 30日 from each row's 收到申请日期, a 合计 line.
REVIEW_ROWS = [
    (
        "李某某",
        "复查",
        "华龙区人力资源和社会保障局",
        "不服工伤认定信访事项处理意见",
        "2024-06-03",
        "市人社局",
        "30日",
        "已出具复查意见书，维持原处理意见",
    ),
    (
        "王某某",
        "复查",
        "濮阳县自然资源局",
        "对宅基地确权信访事项处理意见不服",
        "2024-06-12",
        "市国土局",
        "30日",
        "已出具复查意见书，变更原处理意见，已办结",
    ),
    (
        "张某某",
        "复核",
        "市住建局",
        "对房屋征收补偿信访事项复查意见不服",
        "2024-06-20",
        "濮阳市人民政府",
        "30日",
        "正在调查核实",
    ),
    (
        "赵某某",
        "复查",
        "清丰县医疗保障局",
        "对住院费用医保报销比例信访答复不服",
        "2024-07-01",
        "市医保局",
        "30日",
        "正在调查核实，已调取报销档案",
    ),
    (
        "刘某某",
        "复查",
        "南乐县教育局",
        "对原民办教师待遇信访事项处理意见不服",
        "2024-07-08",
        "市教育局",
        "30日",
        "",
    ),
    (
        "陈某某",
        "复核",
        "市卫健委",
        "对医疗纠纷信访事项复查意见不服",
        "2024-07-10",
        "濮阳市人民政府",
        "30日",
        "未启动",
    ),
    (
        "周某某",
        "复查",
        "台前县城市管理局",
        "对违法建筑拆除信访事项处理意见不服",
        "2024-06-26",
        "市城管执法局",
        "30日",
        "已作出复查意见，维持原处理意见",
    ),
]


def write_reviews(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市信访事项复查复核办理台账（2024年6—7月）"])
    w.writerow(
        ["复查（复核）意见应自收到信访人申请之日起30日内作出；不予受理的，自收到申请之日起15日内书面告知。"]
    )
    w.writerow(
        [
            "序号",
            "申请人",
            "请求类别",
            "原处理（复查）机关",
            "请求事项",
            "收到申请日期",
            "复查（复核）机关",
            "办理期限",
            "办理结果",
        ]
    )
    for i, row in enumerate(REVIEW_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共7件", "", "", "", "已办结3件"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 重点建议督办反馈 (two returns in one zip), after a city 人大常委会's 主任接待代表日 (督办代表重点建议; “关于依托
# 龙头企业壮大我市羊全产业链的建议”等列为重点建议，交办市生态环境局、市农业农村局、市公安局等部门; 相关部门负责同志
# 对建议进行答复; 持续跟进工作进度): http://www.xxrd.gov.cn/2021/09-17/131735.html
# A .zip whose member names are stored in GBK, holding an .xlsx from one bureau whose rows name only its own 科室 (计划
# 完成时间 as date cells, 年底前 and 长期坚持) and a .docx table from another bureau whose rows name only its 科室.
ECO_ROWS = [
    (
        "第56号",
        "关于加强城区餐饮油烟污染治理的建议",
        "胡海涛",
        "大气环境科",
        "对城区餐饮单位开展排查，加装油烟在线监控设施",
        date(2024, 9, 30),
        "已完成320家餐饮单位排查，在线监控设施正在安装",
    ),
    (
        "第72号",
        "关于开展马颊河沿岸入河排污口整治的建议",
        "郭红英",
        "水生态环境科",
        "完成入河排污口溯源和分类整治",
        date(2024, 7, 15),
        "排污口整治已完成，已销号",
    ),
    (
        "第88号",
        "关于加快农村黑臭水体治理的建议",
        "许国平",
        "水生态环境科",
        "将黑臭水体纳入年度治理清单",
        "年底前",
        "尚未启动",
    ),
    (
        "第95号",
        "关于建立化工园区VOCs走航监测常态化机制的建议",
        "程立军",
        "大气环境科",
        "每月开展一次走航监测并通报结果",
        "长期坚持",
        "每月开展走航监测，常态化推进",
    ),
]
AGRI_ROWS = [
    (
        "关于依托龙头企业壮大肉羊全产业链的建议",
        "胡海涛",
        "畜牧兽医科",
        "2024年10月底前",
        "已起草肉羊产业扶持方案，正在征求相关部门意见",
    ),
    (
        "关于扩大高标准农田建设覆盖面的建议",
        "杜卫红",
        "农田建设管理科",
        "12月底前",
        "年度12万亩建设任务已完成60%",
    ),
    (
        "关于健全农产品质量安全追溯体系的建议",
        "孟庆军",
        "农产品质量安全监管科",
        "6月30日前",
        "追溯平台已上线运行，办理完毕",
    ),
    ("关于补齐乡镇农技推广人员缺口的建议", "姚春梅", "科技教育科", "8月底前", ""),
]


def write_eco_book(path: Path) -> Path:
    b = Book(path, author="市生态环境局")
    ws = b.sheet("重点建议")
    b.widths(ws, [6, 10, 36, 10, 14, 34, 16, 34])
    b.line(ws, 0, "濮阳市生态环境局承办市人大代表重点建议办理情况反馈表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境局（盖章）    填报日期：2024年7月26日", 7)
    b.header(
        ws, 2, ["序号", "建议号", "建议题目", "领衔代表", "承办科室", "办理措施", "计划完成时间", "目前进展"]
    )
    for i, row in enumerate(ECO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(ECO_ROWS), "分管领导：韩国栋    填表人：苏敏    联系电话：0393-8991563", 7)
    return b.close()


def write_agri_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市农业农村局承办市人大代表重点建议办理情况", 18)
    _paragraph(doc, "填报单位：濮阳市农业农村局    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(AGRI_ROWS, 1)]
    _table(doc, ["序号", "建议内容", "领衔代表", "责任科室", "办理时限", "办理情况"], body)
    _paragraph(doc, "填表人：郑雪    联系电话：0393-4412730", 12)
    _paragraph(doc, "濮阳市农业农村局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_key_zip(path: Path) -> Path:
    members = [
        ("市生态环境局承办重点建议办理情况反馈表.xlsx", write_eco_book),
        ("市农业农村局承办重点建议办理情况.docx", write_agri_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("元村镇人大代表联络站办理选民意见建议台账表.et", write_station),
    ("2024年市政协重点提案督办分工及办理进度表.xls", write_proposals),
    ("清丰县党政领导接待群众来访日来访事项交办台账.docx", write_visits),
    ("濮阳职业技术学院校领导接待日师生诉求办理情况登记表.doc", write_campus),
    ("诉求查询明细结果_20240731.xlsx", write_export),
    ("关于12345热线平台上半年诉求办理情况的通报.xlsx", write_notice),
    ("庆祖镇人大主席团关于镇人大代表建议答复见面会情况的报告.wps", write_answers),
    ("范县2024年县政协提案办理情况一览表.xlsx", write_county_proposals),
    ("信访事项复查复核办理台账（2024年6—7月）.csv", write_reviews),
    ("市人大代表重点建议督办反馈（市生态环境局、市农业农村局）.zip", write_key_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

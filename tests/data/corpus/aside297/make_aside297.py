"""Write the aside297 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 巡视巡察整改 (市直部门、街道、乡镇、村级), 主题教育检视问题整改, 作风建设暗访 (明察暗访、电视问政、公开承诺).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, ticks under 是/否), .et and .doc (LibreOffice conversions
of an .xlsx and a .docx), .ods (LibreOffice conversion, fixed zip times), a CSV in UTF-8 with a 合计 line, a .docx
whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the
statistics date is 2024-07-31.
Run from this folder: python make_aside297.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
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
# 1. 巡察整改日常监督工作台账, after a county 巡察办's account of how it follows 巡察整改 (严格审核被巡察党组织整改方案、
# 进展情况报告，建立日常整改监督工作台账，对整改方案和整改进展情况报告进行“四方联审”; 督办跟踪落实，及时汇总分析;
# 对15个单位集中开展督查):
# https://tongguan.qinfeng.gov.cn/info/1012/18118.htm
# An .xlsx from the 市委巡察办: title, 填报单位/统计截至 line, a two-row header (整改方案“四方联审” over 联审时间 and
# 联审意见, 整改落实 over 整改时限/整改进展/对账销号), the 被巡察党组织 by short and former names (农业局, 环保局,
# 卫计委, 城管执法局, 水务局, 规划局), a 说明 line and a signature line.
PATROL_WATCH_ROWS = [
    (
        "市农业局党组",
        "高标准农田建设项目验收把关不严，3个项目未按设计完成机耕路建设",
        "2024.4.12",
        "通过",
        "2024年9月30日",
        "已完成2个项目机耕路补建，剩余1个正在施工",
        "",
    ),
    (
        "市环保局党组",
        "重点排污单位在线监测数据异常未及时督办，涉及企业4家",
        "2024.4.12",
        "通过",
        "2024年6月底前",
        "4家企业均已督办整改",
        "已销号",
    ),
    (
        "市卫计委党组",
        "基层医疗机构药品集中采购执行率低，部分乡镇卫生院仍线下采购",
        "2024.4.15",
        "修改后通过",
        "2024年8月31日",
        "正在推进",
        "已销号（7月24日联审复核通过）",
    ),
    (
        "市城管执法局党组",
        "占道经营执法案卷不规范，罚没款票据管理混乱",
        "2024.4.15",
        "通过",
        "2024年5月31日",
        "已整改",
        "",
    ),
    (
        "市人社局党组",
        "就业专项资金审核不严，向不符合条件人员发放职业技能培训补贴",
        "2024.4.18",
        "通过",
        "2024年12月底前",
        "已追回违规发放补贴3.6万元，正在全面排查",
        "",
    ),
    (
        "市交通局党组",
        "农村公路养护资金未按规定比例落实到位",
        "2024.4.18",
        "通过",
        "长期坚持",
        "已纳入年度预算，常态化推进",
        "",
    ),
    (
        "市水务局党组",
        "河道采砂监管存在盲区，金堤河范县段发现非法采砂点2处",
        "2024.4.19",
        "修改后通过",
        "2024年7月15日",
        "未整改",
        "",
    ),
    (
        "市规划局党组",
        "违法占地卫片图斑整改核查流于形式，存在以文件代替现场核查",
        "2024.4.19",
        "通过",
        "2024年10月31日",
        "",
        "",
    ),
]


def write_patrol_watch(path: Path) -> Path:
    b = Book(path, author="市委巡察办")
    ws = b.sheet("日常监督台账")
    b.widths(ws, [6, 18, 42, 12, 12, 16, 32, 22])
    b.line(ws, 0, "十届市委第六轮巡察反馈问题整改日常监督工作台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市委巡察工作领导小组办公室    统计截至：2024年7月26日",
        7,
    )
    for c, word in enumerate(["序号", "被巡察党组织", "巡察反馈问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "整改方案“四方联审”", b.head)
    b.header(ws, 3, ["联审时间", "联审意见"], first=3)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改进展", "对账销号"], first=5)
    for i, row in enumerate(PATROL_WATCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (3, 4) else b.cell)
    end = 4 + len(PATROL_WATCH_ROWS)
    b.line(
        ws,
        end,
        "说明：“四方联审”由市委巡察办会同市纪委监委、市委组织部和巡察组对整改方案联合审核；"
        "问题整改完成并经联审复核通过的予以销号。",
        7,
    )
    b.line(ws, end + 1, "审核人：冯立新    填表人：段晓燕    联系电话：0393-8991267", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 巡察整改“四清单”对账销号表, after a county's 巡察整改运行模式 (责成被巡察单位党组织结合反馈问题清单，形成任务
# 清单、责任清单、成效清单，严格照单整改、对账销号; 整改细分为集中整改、持续整改、整改总结三个阶段; 反馈问题整改
# 一般在半年内办结，原则上不超过一年):
# http://www.xazht.com/gb2312/gzdt/mtgz/790.html
# An .xls (xlwt) from a street 党工委: title, 填报单位/反馈日期/填报日期 line, a two-row header (责任清单 over 责任领导
# and 责任科室, 对账销号 over 是 and 否 with ticks), rows naming only the street's own offices, 整改阶段 and 完成时限
# (dates, 半年内 from the 反馈日期, 长期坚持), a 注 line and a signature line.
FOUR_LISTS_ROWS = [
    (
        "社区党组织“三会一课”记录不全，2个社区存在补记会议记录现象",
        "逐月检查社区党组织会议记录，开展组织生活规范化培训",
        "王晓东",
        "党建办",
        "已规范会议记录，开展专项检查2次",
        "集中整改",
        "2024年5月31日",
        "√",
        "",
    ),
    (
        "街道公务接待未附公函和接待清单，存在无函接待",
        "补齐接待审批手续，严格执行公务接待“一函一单”",
        "刘春梅",
        "财政所",
        "已补齐2023年以来接待审批手续",
        "集中整改",
        "半年内",
        "√",
        "",
    ),
    (
        "老旧小区改造项目竣工后未及时组织验收移交",
        "对已竣工改造项目逐个组织验收，办理移交手续",
        "张建华",
        "城市管理办",
        "已完成3个小区验收，另2个小区正在办理移交",
        "持续整改",
        "半年内",
        "",
        "√",
    ),
    (
        "辖区低保对象动态管理不到位，1户保障对象死亡后未及时停发",
        "开展低保对象全面复核，追回多发资金",
        "李玉芳",
        "社会事务办",
        "已停发并追回多发资金",
        "集中整改",
        "2024年4月30日",
        "√",
        "",
    ),
    (
        "信访积案化解进度慢，2件重复信访长期未化解",
        "实行领导包案，逐件制定化解方案",
        "王晓东",
        "综治中心",
        "",
        "持续整改",
        "2024年12月31日",
        "",
        "√",
    ),
    (
        "机关干部考勤制度执行宽松，请销假手续不全",
        "严格考勤打卡，每月通报",
        "赵国强",
        "党政办",
        "每月通报考勤情况，常态化推进",
        "持续整改",
        "长期坚持",
        "",
        "",
    ),
    (
        "沿街门店“门前五包”责任书签订率低",
        "逐户签订门前五包责任书",
        "张建华",
        "城市管理办",
        "",
        "集中整改",
        "2024年6月30日",
        "",
        "",
    ),
    (
        "网格员队伍管理松散，部分网格员兼任职务过多",
        "调整网格划分，配齐专职网格员",
        "孙丽娟",
        "平安建设办",
        "正在调整网格划分",
        "持续整改",
        "2024年10月底前",
        "",
        "√",
    ),
]


def write_four_lists(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "中原路街道巡察反馈问题整改“四清单”对账销号表", t, 0, 9),
        (
            1,
            0,
            "填报单位：华龙区中原路街道党工委（盖章）    反馈日期：2024年3月15日    填报日期：2024年7月29日",
            plain,
            1,
            9,
        ),
    ]
    for col, word in [
        (0, "序号"),
        (1, "问题清单"),
        (2, "任务清单"),
        (5, "成效清单"),
        (6, "整改阶段"),
        (7, "完成时限"),
    ]:
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 3, "责任清单", h, 2, 4),
        (3, 3, "责任领导", h),
        (3, 4, "责任科室", h),
        (2, 8, "对账销号", h, 2, 9),
        (3, 8, "是", h),
        (3, 9, "否", h),
    ]
    for i, row in enumerate(FOUR_LISTS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 6, 7, 8, 9) else c))
    r = 4 + len(FOUR_LISTS_ROWS)
    cells += [
        (
            r,
            0,
            "注：完成时限为“半年内”的，自巡察反馈之日起计算；整改到位并经区委巡察办对账的，在“是”栏打“√”。",
            plain,
            r,
            9,
        ),
        (
            r + 1,
            0,
            "审核人：王晓东    填表人：马静    联系电话：0393-8162205",
            plain,
            r + 1,
            9,
        ),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 作风纪律明察暗访发现问题整改台账, after a district 纪委's account of its 节前明察暗访 (组成督查组，不打招呼、不定期
# 暗访; 对上班时间上网购物、玩游戏、迟到早退等违反工作纪律行为突击检查; “模拟办事人员”看服务窗口态度“生、冷、硬”
# 和不在岗; 对发现的问题全区通报，约谈单位主要领导):
# https://www.trjw.gov.cn/html/2015/dangfenzhenfen_0215/2478.html
# An .et (Excel 97 via LibreOffice, named as WPS 表格 names it): title, 通报印发 line stating the date the 立行立改 and
# N个工作日内 limits count from, one header row with 暗访时间 and 暗访方式 beside the 被暗访单位 (short and former names,
# the power company's 营业厅), a 处理情况 column apart from 整改反馈情况, a 注 line and a signature line.
VISIT_ROWS = [
    (
        "6月6日",
        "不打招呼",
        "市不动产登记中心",
        "二楼登记窗口工作人员上班时间浏览购物网站",
        "立行立改",
        "已整改：对当事人批评教育，窗口电脑安装上网行为管理软件",
        "批评教育1人",
    ),
    (
        "6月6日",
        "模拟办事",
        "市公积金中心",
        "提取业务窗口对办事群众态度生硬，未一次性告知所需材料",
        "5个工作日内",
        "已整改到位，开展窗口服务规范培训",
        "",
    ),
    (
        "6月7日",
        "不打招呼",
        "市食药监局",
        "食品生产许可科2名工作人员上班时间脱岗，无请假记录",
        "立行立改",
        "正在修订科室考勤和外出报备制度",
        "诫勉谈话2人",
    ),
    (
        "6月7日",
        "模拟办事",
        "供电公司城区营业厅",
        "营业厅叫号机故障3天未修复，群众排队无序",
        "5个工作日内",
        "叫号机已修复，整改完成",
        "",
    ),
    (
        "6月11日",
        "不打招呼",
        "市城管执法局",
        "执法一中队值班室无人值守，值班记录空白",
        "10个工作日内",
        "",
        "",
    ),
    (
        "6月11日",
        "随机抽查",
        "市医保局",
        "异地就医备案窗口工作人员迟到，窗口开放时间与公示不符",
        "立行立改",
        "逾期未整改",
        "",
    ),
    (
        "6月12日",
        "模拟办事",
        "市政务服务中心",
        "“办不成事”反映窗口未设置引导标识，群众找不到窗口",
        "7月底前",
        "引导标识已设计完成，正在制作",
        "",
    ),
    (
        "6月12日",
        "不打招呼",
        "市人社局",
        "劳动保障监察大队上班时间有人员玩手机游戏",
        "立行立改",
        "已整改，当事人作出书面检查",
        "通报批评1人",
    ),
]


def write_visit_book(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("暗访问题整改台账")
    b.widths(ws, [6, 10, 10, 18, 40, 12, 32, 14])
    b.line(ws, 0, "2024年端午节前后作风纪律明察暗访发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "通报印发：2024年6月17日（整改时限自通报印发之日起计算）    填报单位：市纪委监委党风政风监督室    "
        "填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "暗访时间",
            "暗访方式",
            "被暗访单位",
            "发现问题",
            "整改时限",
            "整改反馈情况",
            "处理情况",
        ],
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 2, 5) else b.cell)
    end = 3 + len(VISIT_ROWS)
    b.line(
        ws,
        end,
        "注：工作日按国家法定节假日安排计算；整改反馈情况由被暗访单位填报，市纪委监委组织复查。",
        7,
    )
    b.line(ws, end + 1, "审核人：石宏伟    填表人：郝佳    联系电话：0393-4416021", 7)
    return b.close()


def write_visit(path: Path) -> Path:
    return via_soffice(write_visit_book, path, "xls", "作风纪律明察暗访问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 村社巡察“回头看”村集体资产租赁问题整改台账, after a district's account of a 村社巡察“回头看” (村集体资产出租工作中
# 存在租金被拖欠、租赁程序不到位、租赁收益不透明; 将每一份租赁合同与村集体会议记录、“五议两公开”记录、街道备案、
# 第三方评估和招投标情况比对; 历史拖欠资金陆续打回村集体账户并在村务公开栏公示):
# http://jwfz.org.cn/show-43767.html
# A CSV in UTF-8 with BOM: a title line, an 金额单位/填报日期 line, one header line with 出租资产 and 承租方 beside the
# village (town and village in one cell), 涉及金额 and 已追缴金额, 公示情况 and 整改状态, a 合计 line and a 注 line.
LEASE_ROWS = [
    (
        "马庄桥镇东北庄村",
        "村委会临街门面房6间",
        "个体户王某",
        "门面房租金自2021年起拖欠未收缴",
        "4.80",
        "依法催缴拖欠租金",
        "2024年6月30日",
        "4.80",
        "已在村务公开栏公示",
        "已整改",
    ),
    (
        "马庄桥镇潘村",
        "集体鱼塘32亩",
        "本村村民",
        "鱼塘发包未经“四议两公开”程序，承包价低于周边市场价",
        "1.20",
        "重新评估并按程序公开发包",
        "2024年9月30日",
        "0",
        "未公示",
        "正在整改",
    ),
    (
        "马庄桥镇西赵楼村",
        "原村小学闲置校舍",
        "清丰县鑫达木业有限公司",
        "闲置校舍出租未签订书面合同，租金收入未入村集体账",
        "3.60",
        "补签租赁合同，租金收入入账",
        "2024年7月15日",
        "3.60",
        "已公示",
        "已整改",
    ),
    (
        "马庄桥镇大屯村",
        "机动地45亩",
        "大屯种植专业合作社",
        "机动地租赁合同约定期限30年，超过法定承包期限",
        "",
        "依法变更合同期限",
        "2024年12月31日",
        "",
        "",
        "未整改",
    ),
    (
        "马庄桥镇南张庄村",
        "村集体厂房",
        "清丰县宏远纸制品厂",
        "厂房租金收取后由村干部个人保管，未及时交存村级账户",
        "2.50",
        "追缴入账，问题线索移交镇纪委",
        "2024年5月31日",
        "2.50",
        "已公示",
        "已整改到位",
    ),
    (
        "马庄桥镇孙庄村",
        "沿街空地",
        "沿街商户",
        "沿街空地出租无合同、无台账，租金收取无票据",
        "",
        "建立资产租赁台账，规范票据管理",
        "长期坚持",
        "",
        "",
        "建立台账，常态化管理",
    ),
    (
        "马庄桥镇后寨村",
        "村部西侧仓库",
        "个体户李某",
        "仓库租赁合同到期后押金未退还承租方",
        "0.50",
        "核实后退还押金",
        "2024年8月31日",
        "",
        "",
        "",
    ),
    (
        "马庄桥镇马庄桥村",
        "集贸市场摊位",
        "摊位经营户",
        "集贸市场摊位费收取标准未经村民代表会议讨论，多收摊位费",
        "1.80",
        "重新制定收费标准并公示，清退多收部分",
        "2024年7月31日",
        "0.90",
        "已公示",
        "部分整改，剩余摊位费正在清退",
    ),
]


def write_lease(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县马庄桥镇村社巡察“回头看”村集体资产租赁问题整改台账"])
    w.writerow(["金额单位：万元    填报单位：马庄桥镇农村集体“三资”服务中心    填报日期：2024年7月26日"])
    w.writerow(
        [
            "序号",
            "村（社区）",
            "出租资产",
            "承租方",
            "存在问题",
            "涉及金额",
            "整改措施",
            "整改时限",
            "已追缴金额",
            "公示情况",
            "整改状态",
        ]
    )
    for i, row in enumerate(LEASE_ROWS, 1):
        w.writerow([i, *row])
    total = sum(float(r[4]) for r in LEASE_ROWS if r[4])
    back = sum(float(r[7]) for r in LEASE_ROWS if r[7])
    w.writerow(["合计", "", "", "", "共8个问题", f"{total:.2f}", "", "", f"{back:.2f}", "", ""])
    w.writerow(["注：整改完成并追缴到位的，由镇“三资”服务中心审核后报镇纪委销号。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 电视问政曝光问题整改情况报告, after a province's account of its 电视问政 (每期节目播放暗访短片，确保真人、真事、真问题;
# 现场评议和满意度测评; 整改情况记者逐一进行回访，并将回访结果在下期节目中播出; 9期涉及的65个问题已全部整改到位;
# 各部门举一反三开展专项整治):
# https://changsha.baogaosu.com/xinwen/%E6%9C%9F%E7%94%B5%E8%A7%86%E9%97%AE%E6%94%BF/28558552
# A .docx from the 市作风办: title, 主送, preamble, one numbered paragraph per 暗访短片 (the problem, 责任单位, 整改时限
# and 整改情况 with the 回访 in sentences), a closing paragraph, the office and date at the foot.
FORUM_PARAS = [
    (
        "（一）暗访短片《楼道里的污水》：华龙区胜利路街道辖区老旧小区雨污管网堵塞，污水漫溢至居民楼道，"
        "群众多次反映无人处理。责任单位：华龙区住房和城乡建设局。整改时限：2024年7月20日。"
        "整改情况：已完成小区雨污管网疏通和分流改造，7月22日记者回访，污水漫溢问题已解决，整改完成。"
    ),
    (
        "（二）暗访短片《排长队的缴费窗口》：市第二人民医院门诊缴费窗口上午仅开放一个，患者排队缴费超过40分钟。"
        "责任单位：市卫健委。整改时限：2024年7月10日前。整改情况：已增开缴费窗口3个，推行诊间支付和自助缴费，"
        "回访时排队时间降至10分钟以内，已整改到位。"
    ),
    (
        "（三）暗访短片《被占的盲道》：城区部分路段共享电动车乱停乱放，长期占用盲道和人行道。责任单位：市城管局。"
        "整改时限：8月底前。整改情况：已施划共享电动车停放点位260处，集中清理工作正在进行。"
    ),
    (
        "（四）暗访短片《没有日期的熟食》：城区农贸市场销售的散装熟食未标明生产日期，部分从业人员无健康证明。"
        "责任单位：市市场监管局。整改时限：2024年7月5日。整改情况：已对涉事商户立案查处，全市农贸市场熟食摊点"
        "排查整治全部完成，已整改。"
    ),
    (
        "（五）暗访短片《甩站的公交车》：众意公交12路车辆早晚高峰不按站点停靠，乘客反映甩站严重。"
        "责任单位：众意公交公司。整改时限：立即整改，7月底前建立驾驶员服务考核机制。"
        "整改情况：已对涉事驾驶员诫勉教育，服务考核机制正在制定。"
    ),
    (
        "（六）暗访短片《校门口的托管班》：南乐县第一初级中学周边3家校外托管机构无证经营，消防设施缺失。"
        "责任单位：南乐县教育局。整改时限：2024年9月1日前。整改情况：南乐县教育局尚未报送整改情况。"
    ),
    (
        "（七）暗访短片《大厅里的“黄牛”》：不动产登记大厅有“黄牛”代办收费，群众反映工作人员与中介存在利益关联。"
        "责任单位：市不动产登记中心。整改时限：长期坚持。整改情况：常态化开展打击“黄牛”专项行动，长期坚持。"
    ),
]


def write_forum(path: Path) -> Path:
    doc = _new_document("作风办")
    _title(doc, "关于《作风建设面对面》电视问政第三期曝光问题整改情况的报告")
    _paragraph(doc, "市委作风建设领导小组：")
    _paragraph(
        doc,
        "2024年6月20日，《作风建设面对面》电视问政第三期节目播出暗访短片7个，涉及7家单位。节目播出后，"
        "市作风办逐一交办，明确责任单位和整改时限，并安排记者跟踪回访。现将整改情况报告如下：",
    )
    for text in FORUM_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，市作风办将继续跟踪回访，回访结果在下期节目中播出，对整改不力的单位提请问责。",
    )
    _paragraph(doc, "市委作风建设领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 公开承诺事项推进情况表, after a city's 治庸问责 电视问政 (针对百姓普遍反映的10个方面突出问题，让27个单位主要
# 负责人向社会作出公开整改承诺; 年初承诺、年底验收; 人大代表、政协委员、市民代表手持“笑脸”“哭脸”对整改承诺进行
# 验收和打分):
# http://www.ncdzx.com/xwzx/PoliticsNews/201212/t20121218_3465650.htm
# A .doc (Word 97 via LibreOffice): title, 填报单位/填报日期 line, a table with 承诺单位 (short and former names:
# 工商局, 建委, 发展计划委员会, 国土资源局) beside the 承诺人, deadlines as 第三季度/年底前/上半年/dates/长期坚持,
# an 评议结果 column (votes, not progress), a 注 line and a signature line.
PLEDGE_ROWS = [
    (
        "市交通局",
        "局长 魏东升",
        "出租车拒载、绕路问题群众投诉多",
        "建立出租车服务质量信誉考核，投诉按时处理率100%",
        "2024年第三季度",
        "已上线出租车投诉快速处置平台，考核办法正在征求意见",
        "满意31票/不满意19票",
    ),
    (
        "市工商局",
        "局长 郑海燕",
        "城区小餐饮店证照不全、后厨脏乱",
        "完成城区小餐饮规范提升",
        "年底前",
        "已摸排城区小餐饮1260家，整治提升430家",
        "满意27票/不满意23票",
    ),
    (
        "市建委",
        "主任 高振国",
        "建筑工地扬尘和夜间施工噪声扰民",
        "建立夜间施工审批公示制度",
        "上半年",
        "制度已建立实施，6月起夜间施工许可全部公示，已完成",
        "满意36票/不满意14票",
    ),
    (
        "市人社局",
        "局长 任玉洁",
        "农民工工资拖欠投诉处理推诿",
        "欠薪投诉5个工作日内受理处置",
        "长期坚持",
        "上半年受理欠薪投诉86件，常态化推进",
        "满意33票/不满意17票",
    ),
    (
        "市发展计划委员会",
        "主任 秦向阳",
        "企业投资项目备案办理慢、跑腿多",
        "投资项目备案实现即时办结",
        "2024年5月31日",
        "已实现全程网办、即时办结",
        "满意40票/不满意10票",
    ),
    (
        "市自来水公司",
        "总经理 孔德明",
        "老城区供水管网老化，夏季高峰水压低",
        "完成老城区5.2公里供水管网改造",
        "2024年10月31日",
        "",
        "满意22票/不满意28票",
    ),
    (
        "市国土资源局",
        "局长 唐志刚",
        "城区安置房项目规划核实久拖不办，群众无法办证",
        "完成12个安置房项目规划核实",
        "2024年9月30日",
        "尚未启动",
        "满意15票/不满意35票",
    ),
    (
        "市城管局",
        "局长 贾文博",
        "背街小巷路灯不亮、维修不及时",
        "背街小巷路灯亮灯率达到98%以上",
        "2024年7月15日",
        "已完成286盏路灯维修，全部亮灯",
        "满意38票/不满意12票",
    ),
]


def write_pledge_docx(path: Path) -> Path:
    doc = _new_document("作风办")
    _title(doc, "2024年市直单位公开承诺事项推进情况表（半年）", 18)
    _paragraph(doc, "填报单位：濮阳市作风建设工作领导小组办公室    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(PLEDGE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "承诺单位",
            "承诺人",
            "群众反映突出问题",
            "公开承诺内容",
            "承诺完成时限",
            "半年推进情况",
            "评议结果",
        ],
        body,
        size=9,
    )
    _paragraph(
        doc,
        "注：评议结果为电视问政现场“两代表一委员”和市民代表50人评议的满意、不满意票数。",
        12,
    )
    _paragraph(doc, "审核人：邢志远    填表人：白雪    联系电话：0393-8998310", 12)
    return _save_fixed(doc, path)


def write_pledge(path: Path) -> Path:
    return via_soffice(write_pledge_docx, path, "doc", "公开承诺事项推进情况表.docx")


# ---------------------------------------------------------------------------------------------
# 7. 镇村巡察反馈问题整改台账 (two returns in one zip), after a county 纪委's account of a town's 巡察整改 (县委巡察组向
# 镇党委及所辖11个村（社区）党组织反馈问题227个; 镇党委坚持“镇村同责、同题共答”; 圣迹村主干道两侧旱厕和无功能
# 建筑整治问题; 集镇区占道经营、违规搭建雨棚; 项目安排、“三资”管理、惠民资金发放等领域信访问题):
# https://aqthjjjc.gov.cn/Home/Note/newsdetail?classid=50&id=6294
# A .zip holding an .xlsx from the town (rows naming only its own 站所; a 实际完成时间 column beside a 备注) and a .docx
# table of its villages with ticks under 已整改/正在整改/未整改 and a 立行立改 row counted from the stated 反馈日期.
TOWN_SELF_ROWS = [
    (
        "人居环境",
        "集镇区占道经营、违规搭建雨棚问题反复出现",
        "开展集镇区专项整治，拆除违规雨棚",
        "周海涛",
        "综合行政执法大队",
        "2024年6月30日",
        date(2024, 6, 25),
        "",
    ),
    (
        "“三资”管理",
        "镇属集体资产底数不清，未建立资产台账",
        "开展清产核资，建立资产台账",
        "吕红霞",
        "财政所",
        "2024年8月31日",
        "",
        "已完成清产核资60%",
    ),
    (
        "惠民资金",
        "惠民补贴资金发放前未经公示直接打卡发放",
        "严格执行惠民资金发放公示制度",
        "吕红霞",
        "社会事务办",
        "2024年5月31日",
        date(2024, 5, 20),
        "",
    ),
    (
        "信访工作",
        "项目安排领域信访问题突出，3件信访积案未化解",
        "班子成员包案化解",
        "周海涛",
        "党政办",
        "2024年12月31日",
        "",
        "",
    ),
    (
        "党的建设",
        "镇机关支部主题党日活动内容单一，与中心工作结合不紧",
        "每月制定主题党日计划",
        "贺文杰",
        "党建办",
        "长期坚持",
        "",
        "常态化推进",
    ),
]
VILLAGE_ROWS = [
    (
        "陈庄镇陈庄村",
        "主干道两侧旱厕和无功能建筑长期未整治",
        "拆除旱厕和无功能建筑，实施改厕",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
    (
        "陈庄镇孙楼村",
        "村级工程未经“四议两公开”直接发包",
        "补充决策程序，规范工程发包",
        "2024年6月30日",
        "√",
        "",
        "",
    ),
    (
        "陈庄镇前张村",
        "低保评议会议记录缺失，2户不符合条件仍享受低保",
        "重新组织评议，清退不符合条件对象",
        "2024年8月31日",
        "",
        "√",
        "",
    ),
    (
        "陈庄镇后刘村",
        "村集体坑塘承包款连续两年未收缴",
        "依法催收承包款",
        "2024年9月30日",
        "",
        "",
        "√",
    ),
    (
        "陈庄镇韩庄村",
        "村务公开栏内容长期未更新",
        "按季度更新村务公开内容",
        "立行立改",
        "√",
        "",
        "",
    ),
]


def write_town_self_book(path: Path) -> Path:
    b = Book(path, author="陈庄镇党政办")
    ws = b.sheet("镇本级")
    b.widths(ws, [6, 12, 36, 28, 10, 18, 14, 14, 18])
    b.line(ws, 0, "陈庄镇本级巡察反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：范县陈庄镇人民政府    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "问题表现",
            "整改措施",
            "责任领导",
            "责任站所",
            "计划完成时间",
            "实际完成时间",
            "备注",
        ],
    )
    for i, row in enumerate(TOWN_SELF_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(TOWN_SELF_ROWS), "填表人：贺文杰    联系电话：0393-5321406", 8)
    return b.close()


def write_village_docx(path: Path) -> Path:
    doc = _new_document("陈庄镇党建办")
    _title(doc, "陈庄镇所辖村巡察反馈问题整改情况汇总表", 18)
    _paragraph(
        doc,
        "反馈日期：2024年4月8日（“立行立改”事项自反馈之日起整改）    填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(VILLAGE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "村名",
            "反馈问题",
            "整改措施",
            "整改时限",
            "已整改",
            "正在整改",
            "未整改",
        ],
        body,
    )
    _paragraph(doc, "填报单位：范县陈庄镇人民政府（代章）    填表人：贺文杰", 12)
    return _save_fixed(doc, path)


def write_town_zip(path: Path) -> Path:
    members = [
        ("陈庄镇本级巡察反馈问题整改台账.xlsx", write_town_self_book),
        ("陈庄镇所辖村巡察反馈问题整改情况汇总表.docx", write_village_docx),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 主题教育检视问题整改落实清单, after a provincial paper's account of how 主题教育 整改落实 is to be done (对所有问题
# 都要列出清单，能够当下改的，明确时限和要求，按期整改到位; 一时解决不了的，要盯住不放，明确阶段目标，持续整改;
# 中央确定的重点整治“规定动作”和结合实际的“自选动作”统筹部署):
# https://zhdj.scycjy.gov.cn/contents/30/179.html
# An .xlsx from one bureau whose rows name only its own 科室: title, 填报单位 line, one header row with 整改方式
# (立行立改/限期整改/持续整改) and a 阶段目标及时限 column holding schedule texts, items grouped under 方面 rows merged
# across the table, a 注 line and a signature line.
THEME_GROUPS = [
    (
        "一、理论学习方面",
        [
            (
                "局党组理论学习中心组学习存在“读文件”现象，研讨发言与水利工作结合不紧",
                "修订中心组学习制度，每次学习确定研讨主题",
                "立行立改",
                "2024年3月底前修订中心组学习制度",
                "韩东明",
                "办公室",
                "已修订，整改完成",
            ),
        ],
    ),
    (
        "二、能力本领方面",
        [
            (
                "对数字孪生流域建设等新业务掌握不够，专业技术人才短缺",
                "制定专业人才培养计划，分批开展业务培训",
                "持续整改",
                "2024年9月底前制定人才培养计划，2025年6月底前完成首批培训",
                "孟庆丰",
                "人事科",
                "人才培养计划已起草",
            ),
        ],
    ),
    (
        "三、担当作为方面",
        [
            (
                "金堤河治理工程征迁问题协调推进慢，影响工程进度",
                "成立征迁工作专班，逐户协调",
                "限期整改",
                "2024年8月31日前完成剩余征迁",
                "孟庆丰",
                "规划计划科",
                "剩余12户已签订协议9户",
            ),
            (
                "农村供水工程运行管护责任不清，部分村出现季节性缺水",
                "明确管护主体，完成损坏设施维修",
                "限期整改",
                "2024年6月底前明确管护主体，7月底前完成维修",
                "杜卫华",
                "农村水利水电科",
                "已明确管护主体，维修全部完成",
            ),
        ],
    ),
    (
        "四、工作作风方面",
        [
            (
                "河湖“四乱”问题督办后跟踪复核不到位，个别问题整改后反弹",
                "建立河湖问题按月复核机制",
                "持续整改",
                "长期坚持",
                "杜卫华",
                "河湖管理科",
                "已建立按月复核机制，常态化推进",
            ),
            (
                "防汛物资仓库台账与实物不符，部分物资过期未更新",
                "全面清查防汛物资，更新过期物资",
                "立行立改",
                "2024年5月15日前完成清查更新",
                "韩东明",
                "水旱灾害防御科",
                "",
            ),
        ],
    ),
    (
        "五、廉洁自律方面",
        [
            (
                "水利工程项目变更签证审核把关不严，存在先施工后补办变更手续",
                "开展在建项目变更签证专项检查",
                "限期整改",
                "2024年12月底前完成在建项目专项检查",
                "贾志强",
                "建设与运行管理科",
                "尚未启动",
            ),
            (
                "基层党支部“三会一课”质量不高，党员教育与业务工作结合不紧",
                "开展支部书记轮训和支部规范化检查",
                "持续整改",
                "2024年7月底前完成支部书记轮训，年底前开展一轮支部规范化检查",
                "贾志强",
                "机关党委",
                "支部书记轮训已完成",
            ),
        ],
    ),
]


def write_theme(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("整改落实清单")
    b.widths(ws, [6, 40, 30, 10, 30, 10, 16, 26])
    b.line(
        ws,
        0,
        "濮阳市水利局学习贯彻习近平新时代中国特色社会主义思想主题教育检视问题整改落实清单",
        7,
        b.title,
    )
    b.line(ws, 1, "填报单位：濮阳市水利局（机关党委代章）    填报日期：2024年7月25日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "检视出的问题",
            "整改措施",
            "整改方式",
            "阶段目标及时限",
            "责任领导",
            "责任科室",
            "整改进展",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in THEME_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, b.center if c in (3, 5) else b.cell)
            r += 1
    b.line(ws, r, "注：整改进展按月更新，整改完成的由局主题教育领导小组办公室审核销号。", 7)
    b.line(ws, r + 1, "审核人：韩东明    填表人：苏晓    联系电话：0393-4811635", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. “老小旧远”民生共性问题推进清单, after a national news site's account of three places consolidating 主题教育
# (共梳理形成整改问题清单7.1万多项，其中80%已经完成整改，20%建立长效机制持续推进; 围绕“老、小、旧、远”突出民生
# 问题，市委聚焦形成市级层面7个方面的共性问题，建立市委常委带头抓整改的工作机制，包干负责、明确责任、突破攻坚):
# http://chuxin.people.cn/n1/2020/0117/c428144-31552784.html
# An .xlsx: title, 牵头/更新日期 line, one header row with 包干市领导 and 配合单位 beside the 牵头单位 (short names, the
# gas and bus companies, a district government), items grouped under four “老/小/旧/远” rows, deadlines as dates,
# a year range and 长期坚持, 推进状态 as words, a 说明 line and a signature line.
COMMON_GROUPS = [
    (
        "一、“老”的方面（养老服务）",
        [
            (
                "城区老年人助餐点覆盖不足，部分社区无助餐服务",
                "副市长 宋立新",
                "市民政局",
                "华龙区人民政府",
                "新建社区老年助餐点30个",
                "2024年9月30日",
                "推进中（已建成18个）",
            ),
            (
                "居家养老服务补贴审核周期长，老人申请后两个月才到账",
                "副市长 宋立新",
                "市民政局",
                "市财政局",
                "审核周期压缩至15个工作日",
                "2024年6月30日",
                "已完成",
            ),
        ],
    ),
    (
        "二、“小”的方面（托育和小区）",
        [
            (
                "托育机构数量少、收费高，普惠性托位不足",
                "市委常委 林卫国",
                "市卫健委",
                "市发改委",
                "新增普惠性托位600个",
                "2024年12月31日",
                "推进中",
            ),
            (
                "老旧小区停车位严重不足，车辆长期占用消防通道",
                "市委常委 林卫国",
                "市住建局",
                "市交警支队",
                "挖潜增设停车位2000个",
                "2024年10月31日",
                "未启动",
            ),
        ],
    ),
    (
        "三、“旧”的方面（旧区改造）",
        [
            (
                "老城区部分居民仍使用公共厕所，住房无独立卫生间",
                "市委常委 韩振宇",
                "华龙区人民政府",
                "市住建局",
                "完成老城区无卫生间住房改造",
                "2023-2025年",
                "推进中（今年已完成改造126户）",
            ),
            (
                "老旧小区燃气管道老化锈蚀，存在安全隐患",
                "市委常委 韩振宇",
                "市燃气公司",
                "市住建局",
                "完成28个老旧小区燃气管道更新",
                "2024年7月31日",
                "已完成",
            ),
        ],
    ),
    (
        "四、“远”的方面（远郊服务）",
        [
            (
                "远郊乡镇公交班次少、末班车时间早，群众出行不便",
                "副市长 邵光明",
                "众意公交公司",
                "市交通运输局",
                "加密远郊线路班次，末班车延至19时",
                "2024年8月31日",
                "",
            ),
            (
                "偏远村卫生室药品配备不全，村医队伍老龄化",
                "副市长 邵光明",
                "市卫健委",
                "市医保局",
                "建立村卫生室药品配送和村医培养长效机制",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def write_common(path: Path) -> Path:
    b = Book(path, author="市委主题办")
    ws = b.sheet("推进清单")
    b.widths(ws, [6, 40, 16, 16, 16, 30, 14, 24])
    b.line(ws, 0, "主题教育整改整治“老小旧远”民生共性问题推进清单（市级层面）", 7, b.title)
    b.line(ws, 1, "牵头：市委主题教育领导小组办公室    更新日期：2024年7月24日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "共性问题",
            "包干市领导",
            "牵头单位",
            "配合单位",
            "整改目标",
            "完成时限",
            "推进状态",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#D9E1F2"})
    r, n = 3, 0
    for title, rows in COMMON_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：推进状态按“已完成”“推进中”“未启动”填写，需长期推进的注明“常态化推进”。",
        7,
    )
    b.line(ws, r + 1, "填表人：武婷婷    联系电话：0393-8991532", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 群众意见建议问题登记台账, after a county's account of 调研走访 (一户一登记、一组一梳理、一村一汇总，建立问题登记
# 台账，坚持边查边改; 意见建议6大类454条，逐一明确整改责任单位和解决时限; 已解决173件，154件列入本年度计划，127件
# 难点问题落实集中攻坚; 月通报、季评比、年考核):
# http://airmax2015.net/xqzc/xianqudongtai/mszx/2013-09-02/117034.html
# An .ods (LibreOffice conversion, fixed zip times): title, 汇总单位/统计截至 line, one header row with 登记编号, 乡镇,
# 村（组） and 反映人 beside the 整改责任单位 (county bureaus, towns, a school), 办理类型 (当年解决/列入年度计划/
# 集中攻坚), deadlines as dates, 年底, a year range and 长期坚持, a 说明 line and a signature line.
OPINION_ROWS = [
    (
        "NL-031",
        "韩张镇",
        "后韩张村三组",
        "韩某某",
        "村内主街排水沟淤堵，雨季积水入户",
        "基础设施",
        "韩张镇人民政府",
        "2024年6月30日",
        "当年解决",
        "已清淤并硬化排水沟，已办结",
    ),
    (
        "NL-047",
        "元村镇",
        "东元村",
        "李某",
        "村卫生室无执业医师，村民看小病需到镇卫生院",
        "医疗卫生",
        "南乐县卫生健康委员会",
        "2024年12月底",
        "列入年度计划",
        "已招聘乡村医生1名，正在办理执业注册",
    ),
    (
        "NL-052",
        "福堪镇",
        "王堤村",
        "王某",
        "通村道路破损严重，校车通行困难",
        "交通出行",
        "南乐县交通运输局",
        "2024-2025年",
        "集中攻坚",
        "已列入农村公路提质改造计划，正在开展设计",
    ),
    (
        "NL-066",
        "千口镇",
        "千口村",
        "赵某",
        "镇中心小学学生午餐就餐场地不足，学生在教室就餐",
        "教育",
        "南乐县千口镇中心小学",
        "2024年8月31日",
        "当年解决",
        "",
    ),
    (
        "NL-071",
        "杨村乡",
        "杨村",
        "杨某",
        "农村低保评定过程不透明，群众有意见",
        "民生保障",
        "杨村乡人民政府",
        "2024年5月31日",
        "当年解决",
        "未办理",
    ),
    (
        "NL-083",
        "谷金楼镇",
        "谷金楼村",
        "刘某",
        "村内路灯损坏长期无人维修",
        "基础设施",
        "谷金楼镇人民政府",
        "2024年7月15日",
        "当年解决",
        "已维修，群众满意，已办结",
    ),
    (
        "NL-095",
        "城关镇",
        "北街社区",
        "孙某",
        "老旧小区无物业管理，生活垃圾清运不及时",
        "城乡建设",
        "南乐县住房和城乡建设局",
        "长期坚持",
        "集中攻坚",
        "推行“红色物业”，常态化推进",
    ),
    (
        "NL-102",
        "张果屯镇",
        "张果屯村",
        "张某",
        "农田机井损坏多年未修，灌溉用水困难",
        "农业生产",
        "南乐县水利局",
        "2024年9月30日",
        "列入年度计划",
        "已完成机井维修8眼，剩余4眼正在施工",
    ),
]


def write_opinion_book(path: Path) -> Path:
    b = Book(path, author="县委主题办")
    ws = b.sheet("问题登记台账")
    b.widths(ws, [10, 10, 14, 8, 36, 10, 22, 14, 12, 30])
    b.line(ws, 0, "南乐县主题教育调研走访群众意见建议问题登记台账", 9, b.title)
    b.line(ws, 1, "汇总单位：南乐县委主题教育领导小组办公室    统计截至：2024年7月25日", 9)
    b.header(
        ws,
        2,
        [
            "登记编号",
            "乡镇",
            "村（组）",
            "反映人",
            "反映问题",
            "问题类别",
            "整改责任单位",
            "解决时限",
            "办理类型",
            "办理结果",
        ],
    )
    for i, row in enumerate(OPINION_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(OPINION_ROWS)
    b.line(
        ws,
        end,
        "说明：办理类型分当年解决、列入年度计划、集中攻坚三类；已办结事项由责任单位报县主题办审核。",
        9,
    )
    b.line(ws, end + 1, "填表人：侯雅文    联系电话：0393-6236179", 9)
    return b.close()


def write_opinion(path: Path) -> Path:
    via_soffice(write_opinion_book, path, "ods", "群众意见建议问题登记台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("十届市委第六轮巡察反馈问题整改日常监督工作台账.xlsx", write_patrol_watch),
    ("中原路街道巡察反馈问题整改四清单对账销号表.xls", write_four_lists),
    ("2024年端午节前后作风纪律明察暗访发现问题整改台账.et", write_visit),
    ("马庄桥镇村社巡察回头看村集体资产租赁问题整改台账.csv", write_lease),
    ("关于电视问政第三期曝光问题整改情况的报告.docx", write_forum),
    ("2024年市直单位公开承诺事项推进情况表（半年）.doc", write_pledge),
    ("陈庄镇巡察反馈问题整改台账（镇本级、村级）.zip", write_town_zip),
    ("市水利局主题教育检视问题整改落实清单.xlsx", write_theme),
    ("主题教育“老小旧远”民生共性问题推进清单.xlsx", write_common),
    ("南乐县主题教育调研走访群众意见建议问题登记台账.ods", write_opinion),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

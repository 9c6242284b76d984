"""Write the dev63 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a CSV in UTF-8 with a BOM, a .docx with a table, a .doc with the items as numbered paragraphs and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev63.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
TICK = "√"


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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
            ]
            + [str(source)],
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


def _zip_members(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return path


# ---------------------------------------------------------------------------------------------
# 1. 政务公开重点任务清单, after a city 信访局's 政务公开重点任务清单 (工作任务 grouping several numbered 具体要求, each with
# its 责任科室 and 时限要求 such as 年底前 / 持续推进):
# https://xfj.chizhou.gov.cn/OpennessContent/show/1426818.html
# An .xlsx: the unit named only in the title, the 工作任务 cell merged down its rows, the sending unit's own 科室 as
# 责任科室, a 落实情况 column added for the July return, a 注 and a signature line.
OPEN_TASKS = [
    (
        "强化行政规范性文件集中规范公开",
        [
            (
                "对局机关制发的行政规范性文件进行全面清理，向社会公布现行有效行政规范性文件目录",
                "政策法规科",
                "年底前",
                "已完成清理，目录正在履行审核程序",
            )
        ],
    ),
    (
        "深化政策解读",
        [("新出台社会救助政策同步制发图解、短视频等解读材料", "社会救助科", "持续推进", "常态化开展")],
    ),
    (
        "做好主动公开基础工作",
        [
            (
                "调整政府信息公开专栏栏目设置，集中发布法定主动公开内容",
                "办公室",
                "2024.8.31",
                "已完成栏目调整并上线",
            ),
            (
                "建立政府信息公开保密审查台账，落实“先审查、后公开”",
                "办公室",
                "6月30日前完成",
                "已建立审查台账",
            ),
            ("按季度公开养老服务补贴、高龄津贴发放情况", "养老服务科", "长期坚持", "长期坚持"),
        ],
    ),
    (
        "规范办理依申请公开",
        [
            (
                "修订依申请公开办理工作规程，明确登记、审核、答复各环节时限",
                "政策法规科",
                "9月底前",
                "正在征求各科室意见",
            )
        ],
    ),
    (
        "加强宣传",
        [("积极参加“政务公开交流”约稿活动，全年报送稿件不少于2篇", "各科室", "第三季度", "尚未启动")],
    ),
    ("做好指导监督", [("组织局属事业单位开展政务公开业务培训", "办公室", "11月底前", "")]),
]


def write_open(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("任务清单")
    b.widths(ws, [22, 6, 46, 14, 14, 30])
    b.line(ws, 0, "濮阳市民政局2024年政务公开重点任务清单及落实情况", 5, b.title)
    b.line(ws, 1, "（落实情况截至2024年7月26日）", 5, b.right)
    b.header(ws, 2, ["工作任务", "序号", "具体要求", "责任科室", "时限要求", "落实情况"])
    r, n = 3, 0
    for task, reqs in OPEN_TASKS:
        b.merge(ws, r, 0, r + len(reqs) - 1, 0, task, b.center)
        for req, office, limit, done in reqs:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, [req, office, limit, done], first=2)
            r += 1
    b.line(ws, r + 1, "注：时限要求为“持续推进”“长期坚持”的任务按常态化要求落实。", 5)
    b.line(ws, r + 2, "填表人：李敏    审核：张卫东    联系电话：0393-8918265", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 督察通报, after a city 城市管理委's monthly 督察通报 (督导检查情况 for a period; 综合监管情况 with 发单/督办整改问题;
# 环境秩序抽查情况 with 主要大街、重点点位 and 问题率; 无照经营、店外经营、户外广告及牌匾标识):
# https://cgj.beijing.gov.cn/xxgk/qwxxfb/dcjctb/202504/t20250425_4074959.html
# A .docx: 期号, period and numbered sections in prose, then a 督办 table with the 督察组 beside the 责任单位 and
# 整改时限 in working days from the 发单日期; a former unit name (城管执法局).
CITY_ROWS = [
    ("华龙区", "胜利路与京开大道交叉口东北角", "店外经营", "水果店占用人行道摆摊经营", "督察一组", "2024-07-08",
     "华龙区胜利路街道办事处", "3个工作日内", "已整改"),
    ("华龙区", "人民路中段", "户外广告", "违规设置落地式广告牌", "督察一组", "2024-07-08",
     "市城管执法局", "5个工作日内", "已拆除"),
    ("濮阳县", "文化路农贸市场周边", "无照经营", "流动摊贩无照经营、占道叫卖", "督察二组", "2024-07-10",
     "濮阳县城关镇人民政府", "5个工作日内", "正在整改，已劝离摊贩12户"),
    ("清丰县", "中州路", "渣土撒漏", "渣土运输车辆撒漏造成路面污染", "督察二组", "2024-07-11",
     "清丰县城市管理局", "立行立改", "已整改"),
    ("华龙区", "开州路中段", "牌匾标识", "商铺牌匾破损、字体缺失", "督察三组", "2024-07-15",
     "华龙区中原路街道办事处", "10个工作日内", "未整改"),
    ("南乐县", "仓颉大道", "环境卫生", "道路两侧绿化带内积存垃圾", "督察三组", "2024-07-16",
     "南乐县城市管理局", "3个工作日内", "复查合格"),
    ("华龙区", "建设路夜市", "店外经营", "烧烤摊点店外经营、油烟直排", "督察一组", "2024-07-18",
     "华龙区建设路街道办事处", "10个工作日内", ""),
    ("范县", "新区板桥路", "违法建设", "临街门面私搭彩钢棚", "督察二组", "2024-07-19",
     "范县城市管理局", "7月31日前", "已下达限期拆除通知书，正在拆除"),
]  # fmt: skip


def write_city(path: Path) -> Path:
    doc = _new_document("督察支队")
    _title(doc, "督察通报")
    _paragraph(doc, "（2024年第7期）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "濮阳市城市管理局督察支队                2024年7月22日", 14)
    _paragraph(doc, "2024年6月17日—7月19日督导检查情况", 16, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "督察支队围绕市局工作总体部署，突出抓好四个方面工作的落实。")
    _paragraph(doc, "一、综合监管情况", 16, "黑体")
    _paragraph(doc, "本月，市县两级检查组针对无照经营、店外经营等环境秩序问题发单126件，督办整改问题183个。")
    _paragraph(doc, "二、环境秩序抽查情况", 16, "黑体")
    _paragraph(doc, "共检查主要大街214条、重点点位306处，发现各类环境秩序问题48处61起，问题率为5.8%。")
    _paragraph(doc, "三、重点问题督办情况", 16, "黑体")
    _paragraph(doc, "对抽查中发现的重点问题逐一发单督办，具体见下表。整改时限自发单之日起计算。")
    header = [
        "序号",
        "所属县区",
        "点位",
        "问题类型",
        "问题描述",
        "督察组",
        "发单日期",
        "责任单位",
        "整改时限",
        "整改情况",
    ]
    _table(doc, header, [[str(i), *row] for i, row in enumerate(CITY_ROWS, 1)], 9)
    _paragraph(doc, "四、下一步工作", 16, "黑体")
    _paragraph(doc, "督察支队将对未整改到位的问题开展“回头看”，对整改不力的单位予以通报。")
    _paragraph(doc, "抄送：市城市管理委员会各成员单位", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 物业管理试点小区综合整治问题整改台账, after a city paper's visit to the 试点小区 after the 综合整治 (国税小区、中包花园
# 小区、和平小区: 健身器材未拆包装、车棚内废旧自行车和垃圾、缓台堆放杂物、楼道停放自行车、小广告、吊筐、墙皮脱落):
# https://suihua.dbw.cn/system/2015/06/24/056612322.shtml
# An .xls (xlwt): title, 检查时间 line, a two-row header with 整改情况 split into 已整改/整改中/未整改 ticks, the 小区
# and its 物业服务企业 merged down their rows, a 合计 row of the ticks, a 填表说明 and signature line.
ESTATES = [
    (
        "税苑小区",
        "濮阳市安泰物业服务有限公司",
        [
            ("新安装的健身器材未拆包装，未投入使用", "拆除包装，完成安装验收", "2024年7月20日", 0, ""),
            ("车棚内停放废旧自行车并堆放垃圾", "清理废旧自行车和垃圾", "7月底前", 1, ""),
            ("楼道缓台等公共部位堆放杂物", "逐楼清理", "2024.7.15", 0, ""),
        ],
    ),
    (
        "中苑花园小区",
        "濮阳市华龙区居安物业管理有限公司",
        [
            ("楼道内停放自行车、电动车", "引导规范停放", "2024.7.31", 2, ""),
            ("生活垃圾乱堆乱放，清运不及时", "增加清运频次，做到日产日清", "长期坚持", None, "纳入日常考核"),
            ("违规张贴小广告及乱贴乱画", "清理并粉刷", "2024年8月10日", 1, ""),
        ],
    ),
    (
        "和平小区",
        "濮阳市和顺物业服务有限公司",
        [
            ("楼体外侧悬挂吊筐，存在坠落隐患", "入户劝导拆除", "2024年8月15日", None, ""),
            ("部分楼体墙皮脱落", "维修外墙", "2024年9月30日", 1, "已申请维修资金"),
        ],
    ),
]


def write_estate(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, plain = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "市区物业管理试点小区综合整治问题整改台账", t, 0, 9),
        (1, 0, "检查时间：2024年7月10日    检查单位：市住房和城乡建设局物业科、属地街道办事处", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "小区名称", "整改责任单位", "存在问题", "整改措施", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 6, "整改情况", h, 2, 8), (3, 6, "已整改", h), (3, 7, "整改中", h), (3, 8, "未整改", h)]
    cells.append((2, 9, "备注", h, 3, 9))
    r, n, ticks = 4, 0, [0, 0, 0]
    for estate, company, rows in ESTATES:
        cells += [(r, 1, estate, ctr, r + len(rows) - 1, 1), (r, 2, company, c, r + len(rows) - 1, 2)]
        for problem, measure, limit, tick, note in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 3, problem, c),
                (r, 4, measure, c),
                (r, 5, limit, c),
                (r, 9, note, c),
            ]
            for k in range(3):
                cells.append((r, 6 + k, TICK if tick == k else "", ctr))
            if tick is not None:
                ticks[tick] += 1
            r += 1
    cells += [(r, 0, "合计", h, r, 2), (r, 3, f"{n}个问题", c), (r, 4, "", c), (r, 5, "", c)]
    cells += [(r, 6 + k, ticks[k], ctr) for k in range(3)] + [(r, 9, "", c)]
    cells += [
        (r + 1, 0, "填表说明：整改情况在对应栏内打“√”。", plain, r + 1, 9),
        (r + 2, 0, "填表人：赵丽    联系电话：0393-8167302    填报日期：2024年7月30日", plain, r + 2, 9),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 医保基金使用专项检查发现问题整改台账, after the 国家医保局's 公告 on its 飞行检查 of 定点医疗机构 (医保管理问题: 住院管理
# 不规范、制度管理落实不到位、病案管理不规范; 违法违规问题: 重复收费、超标准收费、分解项目收费, 串换, 过度检查, 超医保支付
# 限定用药, 将不属于医保基金支付范围的医药费用纳入结算):
# http://www.avansatsolutions.com/news/hyzx/ebc002164714d7738175118cfe17800d.html
# A CSV in GBK: title and 填报单位 lines, one header row with the 问题类别 of the 公告, 交办日期 and working-day 整改时限,
# a 销号情况 column, a 合计 row and a 填表说明 and signature line.
MED_ROWS = [
    ("重复收费、超标准收费、分解项目收费", "濮阳市油田总医院", "分解收取血液透析治疗费", "12.36", "2024-07-01",
     "15个工作日内", "已退回违规费用", "已销号"),
    ("串换药品、医用耗材、诊疗项目", "濮阳市第三人民医院", "将普通病房床位费串换为层流病房床位费收费", "4.87",
     "2024-07-01", "15个工作日内", "基本完成", "验收合格，已销号"),
    ("违反诊疗规范过度检查", "濮阳县人民医院", "住院患者无指征开展肿瘤标志物全套检测", "6.15", "2024-07-08",
     "15个工作日内", "正在整改，已组织临床科室自查", "未销号"),
    ("超医保支付限定用药", "清丰县人民医院", "超限定支付范围使用注射用鼠神经生长因子", "3.42", "2024-07-08",
     "15个工作日内", "未整改", "未销号"),
    ("将不属于医保基金支付范围的医药费用纳入结算", "南乐县中医院", "将体检费用纳入医保基金结算", "1.08",
     "2024-07-15", "2024年8月15日", "已整改，违规费用已退回", ""),
    ("住院管理不规范", "范县人民医院", "住院处存放已出院患者医保卡", "—", "2024-07-15", "立行立改", "已整改",
     "已销号"),
    ("病案管理不规范", "台前县人民医院", "部分住院病历无临时医嘱单、医师未签名", "—", "2024-07-22",
     "2024年9月底前", "正在开展病历质量专项检查", "未销号"),
    ("制度管理落实不到位", "濮阳市人民医院", "未设置专门机构及人员负责医保基金使用管理", "—", "2024-07-22",
     "8月底前", "", ""),
]  # fmt: skip


def write_med(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年定点医疗机构医保基金使用专项检查发现问题整改台账"])
    w.writerow(["填报单位：濮阳市医疗保障局基金监管科    截至日期：2024年7月31日"])
    w.writerow(
        ["序号", "问题类别", "定点医疗机构（整改责任单位）", "具体问题", "涉嫌违规金额（万元）", "交办日期"]
        + ["整改时限", "整改进展", "销号情况"]
    )
    for i, row in enumerate(MED_ROWS, 1):
        w.writerow([i, *row])
    total = sum(float(row[3]) for row in MED_ROWS if row[3] != "—")
    w.writerow(["合计", "", "", "", f"{total:.2f}", "", "", "", ""])
    w.writerow(["填表说明：整改时限为“15个工作日内”的，自交办日期次日起算；“立行立改”的以交办日期为准。"])
    w.writerow(["填表人：孙丽    审核人：刘建军    联系电话：0393-8993215"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 统计数据质量核查问题整改台账, after a district 统计局's 统计数据质量定期核查制度 (每月核查工业、批发零售业、住宿餐饮业、
# 建筑业、房地产开发、服务业等专业; 是否配备统计人员、持证上岗、建立统计台帐; 瞒报、漏报、虚报和迟报; 乡街统计站负责问题单位
# 的整改):
# http://www.hysgq.gov.cn/sgdt/bmdt/20200118/i268819.html
# An .ods (LibreOffice conversion): title, 核查单位 line, a two-row header with ticks under 是/否 of 是否完成整改 and a
# 备注 beside, a 说明 and signature line.
STAT_ROWS = [
    ("濮阳市金城建材有限公司", "华龙区岳村镇", "工业", "未建立统计台账，报表数据无原始记录支撑", "建立统计台账",
     "2024.7.15", True, ""),
    ("濮阳县鑫源商贸有限公司", "濮阳县城关镇", "批发零售业", "一季度销售额虚报，与增值税申报数据不符",
     "据实更正数据并说明情况", "7月31日前", False, "已提交更正申请，待审核"),
    ("清丰县宏远建筑工程有限公司", "清丰县马庄桥镇", "建筑业", "统计人员未经培训上岗，报表多次迟报",
     "配备并培训统计人员", "2024年8月20日", False, ""),
    ("南乐县佳和餐饮管理有限公司", "南乐县福堪镇", "住宿餐饮业", "营业额统计口径错误，将代收费用计入营业额",
     "按统计制度规定口径重报", "2024.7.10", True, ""),
    ("濮阳市华龙区恒信房地产开发有限公司", "华龙区胜利路街道", "房地产开发", "商品房销售面积漏报",
     "补报漏报数据", "8月10日前", False, "正在核对网签数据"),
    ("范县永盛纺织有限公司", "范县王楼镇", "工业", "工业总产值与能源消费数据逻辑关系不符",
     "核实数据，完善能源消费台账", "2024年8月31日", None, ""),
    ("台前县安达物流有限公司", "台前县城关镇", "服务业", "从业人员工资总额与社保缴费基数差异较大未作说明",
     "核实并作出书面说明", "2024.7.25", True, ""),
]  # fmt: skip


def write_stat_book(path: Path) -> Path:
    b = Book(path, author="执法监察科")
    ws = b.sheet("核查问题")
    b.widths(ws, [6, 30, 16, 12, 36, 22, 14, 6, 6, 22])
    b.line(ws, 0, "2024年第二季度统计数据质量核查问题整改台账", 9, b.title)
    b.line(ws, 1, "核查单位：濮阳市统计局执法监察科    核查时间：2024年6月", 9)
    words = [
        "序号",
        "被核查单位（整改责任单位）",
        "所属乡镇（街道）",
        "专业",
        "核查发现问题",
        "整改要求",
        "整改期限",
    ]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, (unit, town, trade, problem, ask, limit, done, note) in enumerate(STAT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, town, trade, problem, ask, limit], first=1)
        b.put(ws, r, 7, TICK if done is True else "", b.center)
        b.put(ws, r, 8, TICK if done is False else "", b.center)
        b.put(ws, r, 9, note)
    end = 4 + len(STAT_ROWS)
    b.line(ws, end + 1, "说明：“是否完成整改”栏在对应格内打“√”；整改情况由各乡镇（街道）统计站督促落实。", 9)
    b.line(ws, end + 2, "填表人：周建华    审核人：马红    填报日期：2024年7月29日", 9)
    return b.close()


def write_stat(path: Path) -> Path:
    via_soffice(write_stat_book, path, "ods", "统计数据质量核查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 化工企业安全检查“回头看”发现问题整改台账, after a county 应急管理局's account of its 监管一股 checking the 化工企业 of the
# “四个一批” again (已关停和确定搬迁入园的企业; 重要设备设施拆除、物料和场地清理、安全风险隐患):
# http://info.nangong.gov.cn/content/11054/28532.html
# An .xlsx: title, 填报单位 line, a two-row header with 检查情况 over 检查时间/检查人员/发现问题, the inspectors beside the
# 责任单位, a schedule text as a deadline, a 复查情况 column, a former name (市安监局) and a signature line.
SAFE_ROWS = [
    ("濮阳县泰和化工有限公司（已关停）", "柳屯镇", date(2024, 7, 3), "王建国、李强", "关停企业反应釜等重要设备未拆除",
     "拆除设备并切断物料管线", "柳屯镇人民政府", "2024年7月31日", "已拆除", "复查合格"),
    ("濮阳县瑞丰精细化工有限公司（已关停）", "文留镇", date(2024, 7, 3), "王建国、李强", "厂区内残留物料未清理",
     "委托有资质单位处置残留物料", "文留镇人民政府", "7月20日前制定处置方案，8月底前全部清理完毕",
     "处置方案已制定，正在办理转移手续", ""),
    ("河南汇通化学有限公司", "庆祖镇", date(2024, 7, 5), "赵志刚、孙伟", "储罐区可燃气体报警器未定期检定",
     "送检报警器", "河南汇通化学有限公司", "2024.7.15", "基本完成", "复查合格"),
    ("濮阳县宏昌新材料有限公司", "庆祖镇", date(2024, 7, 5), "赵志刚、孙伟", "特种作业人员未持证上岗",
     "组织培训取证", "濮阳县宏昌新材料有限公司", "2024年8月31日", "正在组织培训，已有3人报名取证", "未复查"),
    ("濮阳县金泰化工有限公司（搬迁入园）", "户部寨镇", date(2024, 7, 8), "王建国、李强",
     "原厂址遗留危化品包装物未清理", "清理危化品包装物", "户部寨镇人民政府", "7月底前", "未整改", ""),
    ("濮阳县恒达化工有限公司", "海通乡", date(2024, 7, 8), "刘洋、张磊", "企业安全风险分级管控清单未及时更新",
     "更新风险清单", "濮阳县恒达化工有限公司", "长期坚持", "长期坚持", ""),
    ("濮阳县中盛化工有限公司", "海通乡", date(2024, 7, 10), "刘洋、张磊", "动火作业票证审批流程不规范",
     "完善特殊作业票证管理", "濮阳县中盛化工有限公司", "2024年8月10日", "", ""),
    ("全县化工企业", "—", date(2024, 7, 10), "刘洋、张磊", "化工企业安全生产信息化监管平台数据接入不全",
     "督促企业完成数据接入", "市安监局", "2024年9月30日", "已完成接入12家，剩余5家正在调试", ""),
]  # fmt: skip


def write_safe(path: Path) -> Path:
    b = Book(path, author="监管一股")
    ws = b.sheet("回头看")
    b.widths(ws, [6, 30, 10, 12, 14, 32, 24, 22, 24, 26, 12])
    b.line(ws, 0, "化工企业安全检查“回头看”发现问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县应急管理局监管一股    填报时间：2024年7月30日", 10)
    for col, word in [(0, "序号"), (1, "企业名称"), (2, "所在乡镇")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "检查情况", b.head)
    b.header(ws, 3, ["检查时间", "检查人员", "发现问题"], first=3)
    for col, word in enumerate(["整改措施", "责任单位", "整改时限", "整改完成情况", "复查情况"], 6):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(SAFE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SAFE_ROWS)
    b.line(ws, end + 1, "负责人：郭振华    填表人：李强    联系电话：0393-3218806", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 档案年检发现问题整改情况汇总表, after a county-level city 档案馆's 年检 (网上年检与实地抽查相结合; 档案整理是否完成、
# 目录输入是否规范、保管期限是否准确; 对问题较大单位下发整改通知书; 各协作组负责人业务指导、督促整改):
# http://www.hcv8jop6ns1r.cn/home/category/detail/id/40930.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 检查方式, 整改通知书编号 and the 指导协作组
# beside the unit, units under short and former names, a 注 and signature line.
ARCH_ROWS = [
    ("市卫计委", "实地抽查", "2023年度文书档案未完成整理归档", "濮档整〔2024〕3号", "第一协作组", "2024年9月底",
     "正在整理，已完成60%"),
    ("市国土局", "网上年检", "档案目录录入不规范，保管期限划分不准确", "濮档整〔2024〕4号", "第一协作组",
     "2024年8月31日", "已完成目录修正，复查合格"),
    ("交通局", "网上年检", "照片档案未按要求著录说明", "濮档整〔2024〕5号", "第二协作组", "年底前", "未整改"),
    ("市文广新局", "实地抽查", "涉密档案与普通档案混存，未实行分库保管", "濮档整〔2024〕6号", "第二协作组",
     "2024.7.20", "已整改，设立涉密档案专柜"),
    ("市残联", "网上年检", "档案库房温湿度记录不全", "濮档整〔2024〕7号", "第三协作组", "2024年8月15日", ""),
    ("华龙区岳村镇人民政府", "实地抽查", "会议记录未纳入归档范围", "濮档整〔2024〕8号", "第三协作组",
     "2024年9月30日", "已修订归档范围，正在补充收集"),
    ("市公积金中心", "网上年检", "电子档案未进行异地备份", "濮档整〔2024〕9号", "第一协作组", "2024年10月底前",
     "已完成方案设计，正在采购备份设备"),
    ("市气象局", "网上年检", "档案借阅登记制度执行不严", "濮档整〔2024〕10号", "第二协作组", "长期坚持", "长期坚持"),
]  # fmt: skip


def write_arch_book(path: Path) -> Path:
    b = Book(path, author="业务指导科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 22, 12, 36, 20, 12, 16, 30])
    b.line(ws, 0, "2024年度全市机关企事业单位档案年检发现问题整改情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市档案馆业务指导科    统计截止：2024年7月31日", 7)
    b.header(
        ws,
        2,
        ["序号", "单位名称", "检查方式", "存在问题", "整改通知书编号", "指导协作组", "整改期限", "整改情况"],
    )
    for i, row in enumerate(ARCH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ARCH_ROWS)
    b.line(ws, end + 1, "注：整改期限以整改通知书载明的期限为准。", 7)
    b.line(ws, end + 2, "填表人：陈晓    联系电话：0393-4412607", 7)
    return b.close()


def write_arch(path: Path) -> Path:
    return via_soffice(write_arch_book, path, "xls", "档案年检发现问题整改情况汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 农村黑臭水体整治台账 from two counties, after an account of the 农村黑臭水体 排查 and its 名册台账 (名称、地理位置、黑臭
# 面积、污染成因、治理程度; 塘、沟渠类水体; 接纳生活污水和养殖污水、堆积生活垃圾、水体流动性差):
# http://zgkjsz.com/page/2023/0104/14149138.shtml
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line, one header row after the 名册 columns, month-range and
# multi-year deadlines, a signature line.
WATER_RETURNS = [
    (
        "濮阳县",
        "2024年7月26日",
        "刘畅",
        [
            ("后屯村东坑塘", "庆祖镇后屯村", "坑塘", 3200, "长期接纳周边农户生活污水，水体发黑发臭", "截污纳管、清淤疏浚",
             "濮阳县庆祖镇人民政府", "2024年6-9月", "截污管网已铺设完成，正在清淤"),
            ("王什村南沟渠", "王称堌镇王什村", "沟渠", 1850, "沟渠内堆积生活垃圾，水体流动性差", "清理垃圾、连通水系",
             "濮阳县王称堌镇人民政府", "2024年6月30日", "已完成治理，经监测水质达标"),
            ("八公桥村废弃鱼塘", "八公桥镇八公桥村", "坑塘", 4600, "废弃鱼塘底泥淤积，存在翻泥冒泡现象",
             "清淤疏浚、生态修复", "濮阳县八公桥镇人民政府", "2023-2025年", "已完成清淤方案编制"),
            ("梨园村北排水沟", "梨园乡梨园村", "沟渠", 960, "养殖户粪污直排入沟", "关停直排口，配套建设储粪池",
             "濮阳县梨园乡人民政府", "第四季度", "未启动"),
        ],
    ),
    (
        "清丰县",
        "2024年7月29日",
        "高静",
        [
            ("马庄桥村西坑塘", "马庄桥镇马庄桥村", "坑塘", 2700, "周边餐饮店污水经雨水管排入坑塘", "雨污分流改造",
             "清丰县马庄桥镇人民政府", "2024.8.31", "正在进行雨污分流改造"),
            ("古城村东沟", "古城乡古城村", "沟渠", 1400, "沟渠两岸倾倒建筑垃圾，阻断水流", "清运建筑垃圾",
             "清丰县古城乡人民政府", "7月底前", "已清运完毕"),
            ("韩村坑塘", "韩村镇韩村", "坑塘", 2100, "坑塘无补水水源，水体富营养化", "实施生态补水",
             "清丰县韩村镇人民政府", "2024年12月31日", ""),
            ("仙庄村排涝沟", "仙庄镇仙庄村", "沟渠", 780, "沿线农户厕所粪污渗漏入沟", "改造户厕，建设污水收集设施",
             "清丰县仙庄镇人民政府", "2024年10月底前", "已完成户厕改造36户，剩余正在推进"),
        ],
    ),
]  # fmt: skip


def write_water_book(path: Path, county: str, filed: str, clerk: str, rows: list[tuple]) -> Path:
    b = Book(path, author=f"{county}治理专班")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 18, 18, 8, 12, 34, 22, 24, 14, 30])
    b.line(ws, 0, "农村黑臭水体整治进展台账", 9, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{county}农村黑臭水体治理工作专班    填报日期：{filed}", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "水体名称",
            "所在乡镇、村",
            "水体类型",
            "黑臭面积（平方米）",
            "存在问题（污染成因）",
            "治理措施",
        ]
        + ["责任单位", "完成时限", "治理进展"],
    )
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), f"负责人：            填表人：{clerk}        联系电话：", 9)
    return b.close()


def write_water(path: Path) -> Path:
    members = []
    with tempfile.TemporaryDirectory() as tmp:
        for county, filed, clerk, rows in WATER_RETURNS:
            name = f"{county}农村黑臭水体整治台账.xlsx"
            members.append(
                (name, write_water_book(Path(tmp) / name, county, filed, clerk, rows).read_bytes())
            )
    return _zip_members(path, members)


# ---------------------------------------------------------------------------------------------
# 9. 建设领域拖欠农民工工资问题线索办理情况, after a city 住房城乡建设局's account of its 清欠 (接访建筑领域拖欠农民工工资
# 案件, 已办理案件, 清欠率; 工作联动、回访机制、农民工工资保障金、委托银行代发工资制度及劳务用工实名制度):
# https://zggcdb.com/article/detail/95124816
# A .doc (Word 97 via LibreOffice): a report whose items are numbered paragraphs under three 领域 headings, each with its
# 交办 date, 责任单位 (former names 市建委、市劳动保障局、水务局), 办理时限 (days from 交办) and 办理情况.
WAGE_PARAS = [
    (
        "一、房屋建筑工程领域",
        [
            "（一）华龙区锦绣华府二期项目拖欠木工班组农民工工资，涉及农民工32人、金额86.5万元。7月8日交办。"
            "责任单位：市建委。办理时限：15日内。办理情况：已督促总包单位足额支付，已办结。",
            "（二）濮阳县育才路学校扩建项目劳务分包单位未按月足额支付工资，涉及农民工18人、金额23.4万元。"
            "7月10日交办。责任单位：濮阳县人民政府。办理时限：15日内。办理情况：已约谈建设单位，正在协调工程款拨付。",
            "（三）清丰县安置房项目总包单位挪用农民工工资专用账户资金。7月12日交办。责任单位：市劳动保障局。"
            "办理时限：2024年8月15日前。办理情况：已立案调查。",
        ],
    ),
    (
        "二、市政交通水利工程领域",
        [
            "（四）S212改建工程拖欠砂石运输司机运费及工资，涉及21人、金额41.2万元。7月15日交办。"
            "责任单位：市交通局。办理时限：30日内。办理情况：未办理。",
            "（五）引黄灌溉渠道维修工程未实行农民工实名制管理，工资发放无台账。7月15日交办。责任单位：水务局。"
            "办理时限：7月底前。",
            "（六）南乐县城区雨污分流工程拖欠农民工工资，涉及农民工45人、金额112.8万元。7月19日交办。"
            "责任单位：南乐县人民政府。办理时限：15日内。办理情况：已动用工资保证金先行垫付78.6万元，剩余部分正在追缴。",
        ],
    ),
    (
        "三、其他领域",
        [
            "（七）华龙区物流园项目建设单位拖欠工程款引发欠薪，涉及农民工27人。7月22日交办。"
            "责任单位：华龙区人民政府。办理时限：8月20日前。办理情况：经调解双方达成还款协议，工资已全部结清，已办结。",
        ],
    ),
]


def write_wage_docx(path: Path) -> Path:
    doc = _new_document("建筑市场科")
    _title(doc, "关于建设领域拖欠农民工工资问题线索办理情况的报告")
    _paragraph(doc, "市根治拖欠农民工工资工作领导小组办公室：")
    _paragraph(
        doc,
        "今年以来，我市住房城乡建设系统累计接访建设领域拖欠农民工工资问题线索46件，已办结39件。"
        "现将2024年7月份集中交办的重点问题线索办理情况报告如下（办理时限自交办之日起计算）：",
    )
    for heading, paras in WAGE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我们将完善回访机制，对已办结线索逐件回访，确保工资发放到位。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_wage(path: Path) -> Path:
    return via_soffice(write_wage_docx, path, "doc", "拖欠农民工工资问题线索办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 网格化综合管理工单明细, after a town 网格中心's half-year account (网格化工单 and “12345”市民服务热线工单; 城市管理
# 16个大类、201个小类; 居住区管理和物业管理问题; 及时处置率、按时办结率、市民满意率):
# https://gaohang.qianjiazi.com/view?view=23
# A CSV in UTF-8 with a BOM, as the platform exports it: one title line with the export time, one header row of the
# 工单 fields, 处置时限 in working days from the 派遣时间, 工单状态 and 结案时间, a closing 合计 line.
GRID_ROWS = [
    ("WG202407010012", "网格巡查", "市容环境", "暴露垃圾", "小区东门外绿地内堆积装修垃圾", "华龙区胜利路街道绿城社区",
     "第3网格", "2024-07-01 09:12", "华龙区胜利路街道办事处", "2个工作日", "已结案", "2024-07-02 16:40", "满意"),
    ("RX202407050103", "12345热线", "街面秩序", "餐饮油烟", "居民反映底商餐饮店油烟扰民", "华龙区中原路街道",
     "第7网格", "2024-07-05 10:25", "市生态环境局", "5个工作日", "已结案", "2024-07-10 11:02", "基本满意"),
    ("WG202407090031", "网格巡查", "设施管理", "井盖缺损", "人行道雨水井盖破损下沉", "华龙区建设路街道",
     "第2网格", "2024-07-09 14:03", "市城市管理局", "2个工作日", "处置中", "", ""),
    ("RX202407120056", "12345热线", "物业管理", "电梯故障", "小区3号楼电梯频繁故障困人", "华龙区黄河路街道",
     "第5网格", "2024-07-12 08:47", "华龙区黄河路街道办事处", "5个工作日", "超期未处置", "", ""),
    ("WG202407160021", "网格巡查", "街面秩序", "占道经营", "早市摊贩占用机动车道经营", "华龙区大庆路街道",
     "第4网格", "2024-07-16 07:55", "华龙区大庆路街道办事处", "1个工作日", "已结案", "2024-07-17 09:30", "满意"),
    ("RX202407220088", "12345热线", "公用事业", "供水", "楼层高处用户白天水压不足", "华龙区人民路街道",
     "第1网格", "2024-07-22 15:16", "市自来水公司", "5个工作日", "处置中", "", ""),
    ("WG202407250047", "网格巡查", "安全隐患", "电动车违规充电", "楼道内私拉电线给电动车充电", "华龙区胜利路街道",
     "第6网格", "2024-07-25 19:20", "消防支队", "2个工作日", "待处置", "", ""),
    ("RX202407290015", "12345热线", "市容环境", "道路积水", "雨后道路低洼处积水严重", "华龙区中原路街道",
     "第8网格", "2024-07-29 08:10", "市住房和城乡建设局", "3个工作日", "处置中", "", ""),
]  # fmt: skip


def write_grid(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["网格化综合管理工单明细（2024-07-01至2024-07-31）    导出时间：2024-07-31 17:30"])
    w.writerow(
        [
            "工单编号",
            "工单来源",
            "问题大类",
            "问题小类",
            "问题描述",
            "发生地址",
            "所属网格",
            "派遣时间",
            "处置部门",
        ]
        + ["处置时限", "工单状态", "结案时间", "市民满意度"]
    )
    for row in GRID_ROWS:
        w.writerow(row)
    closed = sum(1 for row in GRID_ROWS if row[10] == "已结案")
    w.writerow(["合计", "", "", "", f"共{len(GRID_ROWS)}件，已结案{closed}件"] + [""] * 8)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


FILES = [
    ("濮阳市民政局2024年政务公开重点任务清单及落实情况.xlsx", write_open),
    ("督察通报（2024年第7期）.docx", write_city),
    ("市区物业管理试点小区综合整治问题整改台账.xls", write_estate),
    ("定点医疗机构医保基金使用专项检查发现问题整改台账.csv", write_med),
    ("2024年第二季度统计数据质量核查问题整改台账.ods", write_stat),
    ("化工企业安全检查回头看发现问题整改台账.xlsx", write_safe),
    ("2024年度档案年检发现问题整改情况汇总表.et", write_arch),
    ("农村黑臭水体整治台账（濮阳县、清丰县）.zip", write_water),
    ("关于建设领域拖欠农民工工资问题线索办理情况的报告.doc", write_wage),
    ("网格化综合管理工单明细_2024年7月.csv", write_grid),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

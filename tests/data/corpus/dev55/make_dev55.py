"""Write the dev55 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc and a .wps (Word 97 via LibreOffice) with tables, and a .zip of two returns (a .docx
whose items are numbered paragraphs and an .xlsx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev55.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 财政同级审审计整改清单, after a county's account of the 审计整改清单 it sends to each audited unit after the
# 财政同级审 (审计发现的问题 / 审计整改要求和建议 / 审计整改期限; 逐条对照落实, 在规定时间内回报整改结果; 情况复杂、
# 短期内难以整改完成的须说明情况并明确期限; 实行销号):
# http://m.jcurcio.com/n4/n20/n524/c74414/content.html
# An .xlsx: title, 被审计单位 line naming the unit by its former name (the rows name no unit), 下达/回报 dates, one
# header row, a 销号情况 column, a 注 and a signature line.
AUDIT_ROWS = [
    (
        "2022年度农业产业化专项资金结余86.4万元未及时清理上缴",
        "清理结余资金并上缴国库",
        "2024年6月30日前",
        "已全额上缴国库",
        "已销号",
    ),
    (
        "高标准农田建设项目未按合同约定支付工程进度款",
        "按合同约定及时支付进度款",
        "2024年7月31日前",
        "已支付2笔，剩余1笔正在履行审批程序",
        "",
    ),
    (
        "公务接待费报销缺少接待清单和公函",
        "补齐报销附件，规范接待审批",
        "2024年5月31日前",
        "已补齐接待清单和公函",
        "已销号",
    ),
    (
        "固定资产账面数与实物数不符，差额43.2万元",
        "开展资产清查，做到账实相符",
        "2024年9月底前",
        "正在开展资产清查，已完成6个站所盘点",
        "",
    ),
    (
        "农机购置补贴资金拨付不及时，部分滞留3个月以上",
        "及时足额拨付补贴资金",
        "2024年6月30日前",
        "基本完成",
        "已销号",
    ),
    (
        "下属事业单位政府采购未执行公开招标程序",
        "严格执行政府采购规定，追究相关人员责任",
        "2024年7月15日前",
        "未启动",
        "",
    ),
    (
        "内部控制制度不健全，未建立合同管理制度",
        "建立健全内部控制制度",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "部分惠农补贴未通过“一卡通”系统发放",
        "规范补贴发放渠道",
        "2024年10月31日前",
        "",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计整改联络员")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 28, 18, 34, 12])
    b.line(ws, 0, "2023年度财政同级审审计整改清单", 5, b.title)
    b.line(ws, 1, "被审计单位：濮阳市农委（盖章）        清单编号：濮审整〔2024〕07号", 5)
    b.line(ws, 2, "清单下达日期：2024年4月12日        回报日期：2024年7月29日", 5)
    b.header(
        ws,
        3,
        ["序号", "审计发现的问题", "审计整改要求和建议", "审计整改期限", "整改落实情况", "销号情况"],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(AUDIT_ROWS)
    b.line(
        ws,
        end,
        "注：被审计单位须按清单逐条对照落实，在规定时间内回报整改结果；对情况复杂、短期内难以整改完成的问题，"
        "须说明情况并明确整改完成的期限。整改到位的，由审计机关核实后销号。",
        5,
    )
    b.line(ws, end + 1, "单位负责人：            填表人：李文静        联系电话：0393-8261357", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 中央生态环境保护督察组交办群众信访举报件办理情况, after a city's notice of one batch of the 信访举报件 the 督察组
# handed over (本批交办N件, 累计交办N件; 涉及N个区(市)和N个部门; 水污染、大气污染、油烟污染、垃圾污染问题各N个;
# 已全部交办, 整改和处理情况及时向社会公开):
# http://tapsdev.com/news/show-1446.html
# An .xls (xlwt): title, the batch paragraph, a two-row header with 办理情况 merged over three columns, a 合计 row,
# a 注 and the sending office's line.
ENV_ROWS = [
    (
        "X410900202407160001",
        "造纸企业夜间偷排废水致金堤河支流发黑",
        "濮阳县",
        "水污染",
        "濮阳县人民政府",
        "2024年7月31日前",
        "属实",
        "已责令企业停产整改，立案处罚",
        "是",
    ),
    (
        "X410900202407160002",
        "化工园区周边居民夜间闻到刺鼻异味",
        "濮阳县",
        "大气污染",
        "市环保局",
        "2024年8月15日前",
        "属实",
        "正在开展走航监测，已锁定2家涉气企业",
        "否",
    ),
    (
        "X410900202407160003",
        "胜利路美食街餐饮油烟直排扰民",
        "华龙区",
        "油烟污染",
        "华龙区人民政府",
        "2024年7月25日前",
        "属实",
        "已督促12家商户安装油烟净化设施并检测达标",
        "是",
    ),
    (
        "X410900202407160004",
        "城郊垃圾中转站渗滤液外溢",
        "市区",
        "垃圾污染",
        "市城管局",
        "2024年9月30日前",
        "属实",
        "渗滤液收集池正在建设",
        "否",
    ),
    (
        "X410900202407160005",
        "石料厂破碎作业粉尘无组织排放",
        "清丰县",
        "大气污染",
        "清丰县人民政府",
        "2024年7月31日前",
        "部分属实",
        "未整改",
        "否",
    ),
    (
        "X410900202407160006",
        "生猪养殖场粪污直排村外沟渠",
        "南乐县",
        "水污染",
        "南乐县人民政府",
        "需长期整改，2024年12月31日前完成",
        "属实",
        "储粪池已建成，雨污分流改造正在施工",
        "否",
    ),
    (
        "X410900202407160007",
        "商住楼工地夜间施工噪声扰民",
        "华龙区",
        "噪声污染",
        "市住建局",
        "2024年7月20日前",
        "属实",
        "",
        "",
    ),
]


def write_env(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "中央第三生态环境保护督察组交办群众信访举报件办理情况表（第五批）", t, 0, 9),
        (
            1,
            0,
            "7月16日，督察组向我市交办群众信访举报件7件，累计交办38件。本批涉及4个县（区）和2个市直部门，"
            "其中水污染问题2个、大气污染问题2个、油烟污染问题1个、垃圾污染问题1个、噪声污染问题1个。"
            "当日已全部交办，整改和处理情况将及时向社会公开。",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(
        ["序号", "受理编号", "交办问题", "行政区域", "污染类型", "责任单位", "办理时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 7, "办理情况", h, 2, 9))
    for col, word in enumerate(["是否属实", "处理和整改情况", "是否办结"], 7):
        cells.append((3, col, word, h))
    for i, row in enumerate(ENV_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 7, 9) else c))
    r = 4 + len(ENV_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "本批交办7件，已办结2件，正在办理5件", c, r, 9),
        (
            r + 1,
            0,
            "注：办理时限以督察组交办单载明的时限为准；需长期整改的，明确完成时限持续推进。",
            plain,
            r + 1,
            9,
        ),
        (
            r + 2,
            0,
            "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    填报日期：2024年7月30日",
            plain,
            r + 2,
            9,
        ),
    ]
    return _write_xls(path, [("第五批", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 督查事项落实情况专报, after a district government's 督查专报制度 (重大决策部署和十件实事每月上报; 常务会、区长办公会
# 决策事项30个工作日内上报落实情况; 领导批办件及临时交办事项在督查室规定的期限内上报; 网络和新闻媒体反映的民生急难问题
# 一般5日内上报; 会议精神在会后7日内上报):
# http://828857.com/article/shijicailiao/gzzd/201202/501073.html
# A .docx: title, 期号 line, a paragraph, one table with 事项来源 and 交办日期 and a 办理时限 partly in days from it,
# a 注 paragraph and the office and date.
SUPERVISE_ROWS = [
    (
        "加快推进城区断头路打通工程",
        "市政府常务会议议定事项",
        "2024年6月14日",
        "市住房和城乡建设局",
        "30个工作日内",
        "已完成3条断头路打通，剩余2条正在施工",
    ),
    (
        "解决开州路老旧小区供暖管网改造问题",
        "市长批示件",
        "2024年7月2日",
        "市城管局",
        "2024年8月31日前",
        "正在组织设计招标",
    ),
    (
        "网民反映华龙区锦绣花园小区电梯长期停运",
        "网络媒体反映",
        "2024年7月22日",
        "市市场监管局",
        "5日内",
        "已督促物业完成维修，电梯恢复运行，已回复网民",
    ),
    (
        "落实根治拖欠农民工工资专题会议精神",
        "专题会议",
        "2024年7月8日",
        "市人社局",
        "7日内",
        "已完成",
    ),
    (
        "推进城区公共充电桩建设",
        "市政府常务会议议定事项",
        "2024年5月20日",
        "市发改委",
        "2024年9月底前",
        "进展滞后，尚未开工",
    ),
    (
        "城区主次干道易涝积水点改造",
        "副市长批示件",
        "2024年6月25日",
        "市水务局",
        "2024年7月15日",
        "逾期未办",
    ),
    (
        "落实全市安全生产治本攻坚三年行动部署",
        "市政府常务会议议定事项",
        "2024年7月1日",
        "市应急局",
        "长期坚持",
        "常态化推进",
    ),
]


def write_supervise(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "督查事项落实情况专报")
    _paragraph(doc, "（2024年第7期）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "根据督查专报制度，现将截至2024年7月30日市政府常务会议议定事项、领导批办件和网络媒体反映事项的"
        "落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SUPERVISE_ROWS, 1)]
    _table(doc, ["序号", "督查事项", "事项来源", "交办日期", "承办单位", "办理时限", "落实情况"], body)
    _paragraph(
        doc,
        "注：常务会议议定事项自交办之日起30个工作日内办结；网络和新闻媒体反映事项一般5日内办结；"
        "会议精神在会后7日内落实。",
        12,
    )
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 巡察反馈问题整改进展台账, after a county's account of the 巡察情况反馈 to towns and county departments (卫生健康、
# 信访、审计、统计; 区分个性问题和共性问题, 推动系统整改; 压实整改主体责任):
# http://www.xishuirmt.cn/p/51670.html
# An .ods (LibreOffice conversion): title, 填报单位 line, 个性问题 / 共性问题 section rows, a two-row header with
# 整改情况 over three tick columns (√), a 说明 and signature line.
PATROL_SECTIONS = [
    (
        "一、个性问题",
        [
            (
                "市卫计委",
                "基层医疗机构药品集中采购政策执行不到位",
                "开展药品采购专项检查，约谈相关机构负责人",
                "张卫东",
                "2024年6月底前",
                "√",
                "",
                "",
            ),
            (
                "市统计局",
                "统计执法检查覆盖面不足，“双随机”抽查比例偏低",
                "制定年度执法检查计划，扩大抽查范围",
                "李玉兰",
                "2024年9月30日前",
                "",
                "√",
                "",
            ),
            (
                "王助镇人民政府",
                "村级“三资”管理台账不健全",
                "逐村建立“三资”台账，开展清产核资",
                "赵明亮",
                "2024年7月底前",
                "",
                "",
                "√",
            ),
            (
                "市医保局",
                "医保定点医药机构协议管理不严",
                "开展定点机构全覆盖检查，修订协议文本",
                "孙晓峰",
                "9月底前完成检查，年底前完成整改",
                "",
                "√",
                "",
            ),
            (
                "城关镇人民政府",
                "征地补偿款发放台账不清",
                "逐户核对补偿款发放凭证",
                "刘海军",
                "2024年8月15日前",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "二、共性问题",
        [
            (
                "市财政局",
                "部分单位公务用车使用登记不规范",
                "统一公务用车使用登记制度，定期抽查",
                "周建华",
                "长期坚持",
                "",
                "",
                "",
            ),
            (
                "市民政局",
                "困难群众救助资金发放存在“人情保”“关系保”",
                "开展低保对象专项清理，公开公示",
                "陈晓红",
                "2024年6月30日前",
                "√",
                "",
                "",
            ),
        ],
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 36, 30, 10, 20, 8, 8, 8, 12])
    b.line(ws, 0, "市委第二轮巡察反馈问题整改进展台账", 9, b.title)
    b.line(ws, 1, "填报单位：市委巡察工作领导小组办公室        截至日期：2024年7月31日", 9)
    for col, word in enumerate(["序号", "责任单位", "反馈问题", "整改措施", "责任领导", "整改时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况", b.head)
    b.header(ws, 3, ["已完成", "正在整改", "未整改"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    r, n = 4, 0
    for heading, rows in PATROL_SECTIONS:
        b.merge(ws, r, 0, r, 9, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:5]), first=1)
            b.row(ws, r, list(row[5:]), first=6, fmt=b.center)
            b.put(ws, r, 9, "长期坚持" if row[4] == "长期坚持" else "")
            r += 1
    b.line(ws, r + 1, "说明：整改情况在对应栏内打“√”；共性问题由牵头单位填报。", 9)
    b.line(ws, r + 2, "填表人：张晓燕    审核人：刘国强    联系电话：0393-4455120", 9)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "巡察反馈问题整改进展台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 安全生产大检查查出问题整改反馈表, after a steel company's account of its safety 大检查 (检查组全覆盖检查, 检查出的
# 问题在记录表上详细表述并附照片; 被检单位立即整改, 在规定日期前将整改情况反馈安管部, 安管部组织后督查; 协力安全管控、
# 检修和施工高处作业违章为重点):
# http://yejinzb.com/news/show-57383.html
# An .xlsx: title, 填报单位 line (the company; rows name its own works and departments), 检查组 and 检查人 columns
# beside the 被检部门, a 后督查结果 verdict column, a 注 and signature.
SAFETY_ROWS = [
    (
        "第一检查组",
        "王建",
        "炼钢厂",
        "转炉平台高处作业人员未系安全带",
        "高处作业",
        "2024年7月12日",
        "已对作业人员教育考核，完善作业监护制度",
        "复查合格",
    ),
    (
        "第一检查组",
        "王建",
        "轧钢厂",
        "加热炉煤气区域未设置固定式一氧化碳报警仪",
        "煤气安全",
        "2024年8月30日",
        "报警仪已采购到货，正在安装",
        "",
    ),
    (
        "第二检查组",
        "李明",
        "能源动力部",
        "10千伏配电室应急照明失效",
        "电气安全",
        "2024年7月15日",
        "已更换应急照明灯具",
        "复查合格",
    ),
    (
        "第二检查组",
        "李明",
        "运输部",
        "厂内机动车驾驶员无证上岗",
        "特种作业",
        "2024年7月10日",
        "未整改",
        "复查不合格",
    ),
    (
        "第三检查组",
        "赵磊",
        "检修中心",
        "检修作业进入煤气管道前未办理有限空间作业票",
        "有限空间",
        "2024年7月31日",
        "正在修订有限空间作业票管理制度",
        "",
    ),
    (
        "第三检查组",
        "赵磊",
        "协力单位管理科",
        "协力单位新进人员三级安全教育记录不全",
        "协力管理",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "第一检查组",
        "王建",
        "原料厂",
        "皮带通廊托辊处防护罩缺失",
        "机械防护",
        "2024年7月20日",
        "",
        "",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="安全管理部")
    ws = b.sheet("问题整改反馈")
    b.widths(ws, [6, 12, 10, 14, 36, 12, 16, 32, 14])
    b.line(ws, 0, "2024年安全生产大检查查出问题整改反馈表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳宏润钢铁有限公司（安全管理部）    检查时间：2024年7月8日至7月16日",
        8,
    )
    b.line(
        ws,
        2,
        "检查组查出的问题均已在记录表上详细表述并附照片，被检部门须立即整改，按期将整改情况反馈安全管理部，"
        "由安全管理部组织后督查。",
        8,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "检查组",
            "检查人",
            "被检部门",
            "问题描述",
            "问题类别",
            "整改期限",
            "整改措施及完成情况",
            "后督查结果",
        ],
    )
    for i, row in enumerate(SAFETY_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(SAFETY_ROWS)
    b.line(ws, end, "注：后督查结果填“复查合格”或“复查不合格”；需长期坚持的事项纳入日常检查。", 8)
    b.line(ws, end + 1, "安全管理部负责人：孟庆海    填表人：郭晓东    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 人大代表建议办理情况统计表, after a city's yearbook entry on the 人大代表建议、批评和意见 (全部由市政府组织办理, 按期
# 办理完毕; 得到解决或正在实施的N件; 已予采纳、计划今后逐步解决的N件; 受条件限制暂时无法解决、向代表说明解释的N件):
# https://www.hljszw.org.cn/home/book/info/get_id/194122.html
# A CSV in GBK: title and 填报单位 lines, one header row with the 领衔代表 beside the 主办单位 and 协办单位, a 合计 line
# and a 注 line.
NPC_ROWS = [
    (
        "第12号",
        "关于增设城区公共停车泊位的建议",
        "张国华",
        "市城管局",
        "市公安局交通管理支队",
        "2024年6月30日前",
        "得到解决，已答复代表",
        "2024-06-18",
    ),
    (
        "第27号",
        "关于加快农村饮水安全巩固提升的建议",
        "李红梅",
        "市水务局",
        "市财政局",
        "2024年6月30日前",
        "正在实施",
        "",
    ),
    (
        "第35号",
        "关于规范校外培训机构预收费监管的建议",
        "王志强",
        "市教育局",
        "市市场监督管理局",
        "2024年6月30日前",
        "已答复，所提问题已解决",
        "2024-06-21",
    ),
    (
        "第41号",
        "关于建设环城公园绿道的建议",
        "陈丽",
        "市规划局",
        "市住房和城乡建设局",
        "2024年8月31日前",
        "正在办理",
        "",
    ),
    (
        "第48号",
        "关于解决老旧小区加装电梯资金补助的建议",
        "刘建军",
        "市建委",
        "市财政局",
        "2024年8月31日前",
        "",
        "",
    ),
    (
        "第53号",
        "关于增开城乡公交线路的建议",
        "赵秀英",
        "市交通局",
        "市众意公交公司",
        "2024年6月30日前",
        "暂时无法解决，已向代表说明解释",
        "2024-06-27",
    ),
    (
        "第60号",
        "关于加强农贸市场食用农产品快检的建议",
        "孙海涛",
        "市市场监管局",
        "市农业农村局",
        "2024年7月15日前",
        "逾期未办",
        "",
    ),
]


def write_npc(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市十届人大三次会议代表建议办理情况统计表"])
    w.writerow(["填报单位：市政府督查室", "", "", "", "统计截至：2024年7月31日"])
    w.writerow(
        ["序号", "建议号", "建议题目", "领衔代表", "主办单位", "协办单位", "办理时限", "办理结果", "答复时间"]
    )
    for i, row in enumerate(NPC_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共7件，已答复3件", "", "", "", "", "", ""])
    w.writerow(
        [
            "注：办理结果按“得到解决或正在实施”“已予采纳、计划逐步解决”“暂时无法解决、向代表说明解释”填写。",
        ]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 市长电话转办事项办理情况, after a city's weekly 市长电话周工作综述 (共受理各类问题N件, 电话、电子邮件、短信受理;
# 热点: 水电气暖——暖气、停水停电, 城市管理——违章建筑、占道经营、噪音扰民, 社会综治——交通安全、户籍管理; 需转办问题
# 所处区域; 市政府部门中以市公安局、市房管局、市城管局较多; 附表格):
# https://www.zhengzhou.gov.cn/12345/gzzs/2604290.jhtml
# An .et (Excel 97 via LibreOffice): title, summary paragraph, one header row with 受理时间 and 办理时限 in working days
# from it, 办理状态 and 回复时间, a 注 and the centre's line.
HOTLINE_ROWS = [
    (
        "SZ2407220013",
        datetime(2024, 7, 22, 9, 15),
        "电话",
        "水电气暖",
        "长庆路北段小区连续两天停水",
        "市自来水公司",
        "2个工作日",
        "已反馈",
        date(2024, 7, 23),
    ),
    (
        "SZ2407220087",
        datetime(2024, 7, 22, 14, 40),
        "电话",
        "城市管理",
        "小区楼顶私搭违章建筑",
        "市城管局",
        "5个工作日",
        "办理中",
        None,
    ),
    (
        "SZ2407230041",
        datetime(2024, 7, 23, 10, 5),
        "电子邮件",
        "社会综治",
        "户籍迁移办理材料被反复要求补交",
        "市公安局",
        "5个工作日",
        "已反馈",
        date(2024, 7, 26),
    ),
    (
        "SZ2407240102",
        datetime(2024, 7, 24, 20, 30),
        "电话",
        "城市管理",
        "京开大道夜市摊贩占道经营音响扰民",
        "华龙区人民政府",
        "5个工作日",
        "未办理",
        None,
    ),
    (
        "SZ2407250033",
        datetime(2024, 7, 25, 8, 50),
        "电话",
        "城乡建设",
        "开发商逾期交房且无法办理房产证",
        "市房管局",
        "15个工作日",
        "办理中",
        None,
    ),
    (
        "SZ2407260058",
        datetime(2024, 7, 26, 11, 20),
        "短信",
        "社会综治",
        "实验小学周边路口缺少交通信号灯",
        "市交警支队",
        "10个工作日",
        "",
        None,
    ),
    (
        "SZ2407260091",
        datetime(2024, 7, 26, 16, 45),
        "电话",
        "水电气暖",
        "小区燃气管道接口漏气有异味",
        "市燃气公司",
        "1个工作日",
        "已反馈",
        date(2024, 7, 26),
    ),
]


def write_hotline_book(path: Path) -> Path:
    b = Book(path, author="市长电话受理指挥中心")
    ws = b.sheet("转办事项")
    b.widths(ws, [6, 16, 18, 10, 12, 34, 18, 12, 10, 14])
    b.line(ws, 0, "市长电话转办事项办理情况（2024年7月22日—7月28日）", 9, b.title)
    b.line(
        ws,
        1,
        "本周共受理各类问题2316件，其中电话受理2270件，电子邮件受理41件，短信受理5条。较为突出的问题集中在"
        "水电气暖、城市管理、社会综治等方面，需转办问题办理情况见下表。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "受理时间",
            "受理方式",
            "问题类别",
            "问题内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "回复时间",
        ],
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(HOTLINE_ROWS)
    b.line(ws, end, "注：办理时限自受理之日起按工作日计算；“已反馈”指承办单位已办结并回复来电人。", 9)
    b.line(ws, end + 1, "濮阳市市长电话受理指挥中心    2024年7月29日", 9, b.right)
    return b.close()


def write_hotline(path: Path) -> Path:
    return via_soffice(write_hotline_book, path, "xls", "市长电话转办事项办理情况.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 涉企问题办理情况, after a city's account of its 企业综合服务中心涉企问题解决联席会议机制 (一般问题板块办, 由板块
# 牵头部门协同办理; 复杂问题协商办, 由企服中心召集相关板块、部门研究; 疑难问题会议办, 由市领导召开联席会议; 归集
# 涉企问题N个, 办结N个; 出台长效机制):
# http://hn.zhonghongwang.com/show-204-169434-1.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 paragraph, one table with 办理方式, 牵头部门 and 配合部门, a 注 and
# the office's line.
BUSINESS_ROWS = [
    (
        "濮阳天润化工有限公司",
        "新建厂房消防验收排队时间过长",
        "协商办",
        "市住建局",
        "市消防救援支队",
        "2024年7月15日",
        "已完成验收，企业满意",
    ),
    (
        "濮阳华信电子科技有限公司",
        "高新技术企业认定奖补资金未兑现",
        "板块办",
        "市科技局",
        "市财政局",
        "2024年8月31日",
        "已完成审核，正在拨付资金",
    ),
    (
        "濮阳金穗面业有限公司",
        "厂区外道路未接通影响货车进出",
        "会议办",
        "市交通运输局",
        "华龙区人民政府",
        "2024年10月底前",
        "已列入年度计划，正在开展前期设计",
    ),
    (
        "濮阳恒达物流有限公司",
        "出口退税办理周期较长",
        "板块办",
        "市税务局",
        "—",
        "2024年7月10日",
        "已办结，退税款已到账",
    ),
    (
        "濮阳绿源农业发展有限公司",
        "设施农业用地备案手续办理不畅",
        "板块办",
        "市自然资源和规划局",
        "市农业农村局",
        "2024年7月20日",
        "未办理",
    ),
    (
        "濮阳鑫源新材料有限公司",
        "用电扩容报装等待时间长",
        "协商办",
        "濮阳供电公司",
        "市发展和改革委员会",
        "2024年8月15日",
        "",
    ),
    (
        "濮阳宏达机械制造有限公司",
        "产业链上下游企业配套对接渠道不畅",
        "会议办",
        "市工信局",
        "市商务局",
        "长期坚持",
        "常态化推进",
    ),
]


def write_business_docx(path: Path) -> Path:
    doc = _new_document("企业综合服务中心")
    _title(doc, "涉企问题联席会议交办事项办理情况表", 18)
    _paragraph(doc, "填报单位：市行政服务中心（企业综合服务中心）    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(BUSINESS_ROWS, 1)]
    _table(
        doc,
        ["序号", "企业名称", "问题诉求", "办理方式", "牵头部门", "配合部门", "办结时限", "办理进展"],
        body,
    )
    _paragraph(
        doc,
        "注：一般问题由板块牵头部门办理（板块办）；跨部门问题由企服中心召集相关部门协商办理（协商办）；"
        "疑难问题提交市涉企问题解决联席会议研究（会议办）。",
        12,
    )
    _paragraph(doc, "市企业综合服务中心", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_business(path: Path) -> Path:
    return via_soffice(write_business_docx, path, "doc", "涉企问题联席会议交办事项办理情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 十件民生实事推进情况, after a city's 督查通报 on its 十件民生实事 (列入市委、市政府重点督办事项; 十件实事分为28项
# 工作, 按进度推进N项, 已完成N项; 需进一步加快施工速度; 任务分解表; 分管市领导亲自督办):
# http://828139.com/zwgk/zdxm/content/post_3217039.html
# An .xlsx: title, 截至 line, one header row, the 民生实事 merged down over its works, 牵头市领导 beside the 责任单位,
# a 推进情况 sentence and a 进度评价 word, a 说明 and the office's line.
LIVELIHOOD = [
    (
        "一、教育提质",
        [
            (
                "新建城区公办幼儿园2所",
                "王副市长",
                "市教育局",
                "6月底前主体完工，9月1日前投入使用",
                "主体已完工，正在室内装修",
                "按进度推进",
            ),
            (
                "中小学教室照明改造1200间",
                "王副市长",
                "市教育局",
                "2024年8月20日前",
                "已完成改造1200间，通过验收",
                "已完成",
            ),
        ],
    ),
    (
        "二、医疗服务",
        [
            (
                "建设乡镇卫生院中医馆5个",
                "李副市长",
                "市卫健委",
                "2024年10月底前",
                "已建成2个，3个正在施工",
                "按进度推进",
            ),
            (
                "为65岁以上老年人免费健康体检",
                "李副市长",
                "市卫生健康委员会",
                "2024年12月31日前",
                "已体检4.2万人",
                "按进度推进",
            ),
        ],
    ),
    (
        "三、城乡环境",
        [
            (
                "3个住宅小区生活污水市政管网整治",
                "赵副市长",
                "市住建局",
                "9月底前完成管网施工，12月底前全部完工",
                "尚未开工",
                "进展滞后",
            ),
            (
                "新增完成186条自然村生活污水治理",
                "赵副市长",
                "市生态环境局",
                "2024年11月30日前",
                "已完工112条",
                "按进度推进",
            ),
        ],
    ),
    (
        "四、交通出行",
        [
            (
                "新改建农村公路50公里",
                "孙副市长",
                "市交通运输局",
                "2024年12月31日前",
                "",
                "",
            ),
            (
                "新开通城乡公交线路3条",
                "孙副市长",
                "市众意公交公司",
                "2024年7月1日前",
                "已开通运营",
                "已完成",
            ),
        ],
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 14, 32, 12, 18, 30, 28, 12])
    b.line(ws, 0, "2024年十件民生实事任务分解推进情况表", 7, b.title)
    b.line(ws, 1, "（截至2024年7月31日，列入市委、市政府重点督办事项）", 7, b.text)
    b.header(
        ws, 2, ["序号", "民生实事", "具体工作", "牵头市领导", "责任单位", "时间节点", "推进情况", "进度评价"]
    )
    r, n = 3, 0
    for heading, works in LIVELIHOOD:
        b.merge(ws, r, 1, r + len(works) - 1, 1, heading, b.center)
        for work in works:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(work), first=2)
            r += 1
    b.line(ws, r, "说明：进度评价分“已完成”“按进度推进”“进展滞后”三类；进展滞后的由分管市领导亲自督办。", 7)
    b.line(ws, r + 1, "濮阳市人民政府督查室    2024年7月31日", 7, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 公开大接访交办事项办理情况, after a county's account of its quarterly 公开大接访 (县人大常委会主任、副县长与相关
# 部门负责人共同接访; 事实清楚、政策明确的合理诉求现场解决; 需进一步核实的移交相关职能部门, 在规定时间内回访、调查、
# 跟进并给予明确答复; 接待来访群众N批N人, 涉及婚姻纠纷、宅基地纠纷):
# http://www.mashantv.com/content/2023-09/21/005558.html
# A .doc (Word 97 via LibreOffice): title, a paragraph stating the 交办 day and the 15 working days, one table with
# 来访人 and 接访领导 beside the 交办单位, the office and date.
VISIT_ROWS = [
    (
        "张某等3人",
        "与邻居宅基地界址纠纷多年未解决",
        "李建国（市人大常委会主任）",
        "城关镇人民政府",
        "15个工作日内",
        "已组织双方现场确界并达成调解协议，已办结",
    ),
    (
        "王某",
        "务工企业拖欠工资3个月",
        "陈圆（副市长）",
        "市人社局",
        "15个工作日内",
        "已立案，正在督促企业支付",
    ),
    (
        "刘某等2人",
        "房屋征收补偿款未足额发放",
        "李建国（市人大常委会主任）",
        "华龙区人民政府",
        "2024年9月30日前",
        "正在核实补偿面积",
    ),
    (
        "赵某",
        "低保资格被取消不服",
        "陈圆（副市长）",
        "市民政局",
        "15个工作日内",
        "已复核，符合条件，恢复低保待遇，已答复来访人",
    ),
    (
        "孙某",
        "小区物业擅自占用公共绿地建停车场",
        "陈圆（副市长）",
        "市住建局",
        "15个工作日内",
        "",
    ),
    (
        "陈某等4人",
        "农村土地承包经营权确权面积有误",
        "李建国（市人大常委会主任）",
        "市农业农村局",
        "15个工作日内",
        "未办理",
    ),
    (
        "周某",
        "母亲住院期间医疗纠纷赔偿问题",
        "陈圆（副市长）",
        "市卫健委",
        "2024年8月31日前",
        "已移交市医疗纠纷人民调解委员会调解",
    ),
]


def write_visit_docx(path: Path) -> Path:
    doc = _new_document("信访局")
    _title(doc, "2024年第三季度“公开大接访”交办事项办理情况", 18)
    _paragraph(
        doc,
        "2024年7月10日，市人大常委会主任李建国、副市长陈圆在市信访接待中心开展第三季度“公开大接访”，"
        "共接待来访群众7批14人。对事实清楚、政策规定明确的合理诉求现场解决；对需进一步核实的问题，"
        "当日移交相关职能部门办理，要求自交办之日起15个工作日内办结并回访答复。现将交办事项办理情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(VISIT_ROWS, 1)]
    _table(doc, ["序号", "来访人", "反映问题", "接访领导", "交办单位", "办理时限", "办理结果"], body)
    _paragraph(doc, "濮阳市信访局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_visit(path: Path) -> Path:
    return via_soffice(write_visit_docx, path, "doc", "公开大接访交办事项办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 11. 乡镇“回头看”自查问题整改, after a town's 回头看 自查报告 (逐项对照自查: 一看学习教育是否扎实, 二看听取意见,
# 三看开展专项行动, 四看办好惠民实事; 查找问题和不足):
# http://ardmore-hotel.com/zichabaogao/12486.html
# A .zip of two towns' returns: a .docx report whose items are numbered paragraphs under the four 看 headings (the
# town named in the title; each item names an office of the town), and an .xlsx 台账 with a 填报单位 line, a 责任科室
# column and a 完成时间 column.
TOWN_A_PARAS = [
    (
        "一、看学习教育是否扎实",
        [
            "1．部分村“三委”干部学习笔记内容简单，心得体会照抄照搬。责任部门：党政办；整改时限：2024年7月15日前；"
            "整改情况：已完成，已组织集中补学并逐人检查笔记。",
        ],
    ),
    (
        "二、看听取意见是否全面",
        [
            "2．征求群众意见建议梳理归类不及时。责任部门：党建办；整改时限：2024年8月底前；"
            "整改情况：正在整改，已建立意见建议台账，逐条明确办理人。",
        ],
    ),
    (
        "三、看专项行动是否到位",
        [
            "3．“四风”问题专项整治中公务用车派车登记不全。责任部门：党政办；整改时限：2024年7月10日前；"
            "整改情况：未整改。",
        ],
    ),
    (
        "四、看惠民实事是否办好",
        [
            "4．承诺为群众办理的村内道路修复进度偏慢。责任部门：经济发展办；整改时限：9月底前完成。",
        ],
    ),
]

TOWN_B_ROWS = [
    ("看学习教育", "机关干部集中学习出勤登记不规范", "党政办", "2024年6月30日", "", date(2024, 6, 25)),
    (
        "看听取意见",
        "群众反映的集贸市场脏乱问题未及时回应",
        "综合行政执法队",
        "2024年8月31日",
        "正在整治",
        None,
    ),
    ("看专项行动", "违规发放的津补贴清退不彻底", "财政所", "2024年7月31日", "未整改", None),
    (
        "看惠民实事",
        "便民服务中心窗口设置不合理，群众排队时间长",
        "便民服务中心",
        "长期坚持",
        "长期坚持",
        None,
    ),
]


def write_town_a(path: Path) -> Path:
    doc = _new_document("王助镇党政办")
    _title(doc, "王助镇人民政府关于“回头看”自查问题整改情况的报告", 18)
    _paragraph(doc, "县活动办：")
    _paragraph(
        doc,
        "根据县委《关于开展“回头看”的通知》要求，我镇对照实际逐项自查，认真分析学习教育、听取意见、开展专项"
        "行动、办好惠民实事等重点工作是否扎实、措施是否到位，现将自查发现问题及整改情况报告如下：",
    )
    for heading, paras in TOWN_A_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "王助镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town_b(path: Path) -> Path:
    b = Book(path, author="城关镇党政办")
    ws = b.sheet("自查台账")
    b.widths(ws, [6, 14, 38, 16, 16, 20, 14])
    b.line(ws, 0, "“回头看”自查发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：城关镇人民政府（盖章）        填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "自查项目", "存在问题", "责任科室", "整改时限", "整改情况", "完成时间"])
    for i, row in enumerate(TOWN_B_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(TOWN_B_ROWS)
    b.line(ws, end + 1, "主要负责人：            填表人：马丽        联系电话：0393-7216688", 6)
    return b.close()


def write_towns(path: Path) -> Path:
    members = [
        ("王助镇“回头看”自查问题整改情况报告.docx", write_town_a),
        ("城关镇“回头看”自查发现问题整改台账.xlsx", write_town_b),
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


FILES = [
    ("2023年度财政同级审审计整改清单（农委）.xlsx", write_audit),
    ("中央生态环境保护督察组交办信访举报件办理情况（第五批）.xls", write_env),
    ("督查事项落实情况专报（2024年第7期）.docx", write_supervise),
    ("市委第二轮巡察反馈问题整改进展台账.ods", write_patrol),
    ("2024年安全生产大检查查出问题整改反馈表.xlsx", write_safety),
    ("市十届人大三次会议代表建议办理情况统计表.csv", write_npc),
    ("市长电话转办事项办理情况（7.22-7.28）.et", write_hotline),
    ("涉企问题联席会议交办事项办理情况表.wps", write_business),
    ("2024年十件民生实事任务分解推进情况表.xlsx", write_livelihood),
    ("2024年第三季度公开大接访交办事项办理情况.doc", write_visit),
    ("乡镇“回头看”自查问题整改（王助镇、城关镇）.zip", write_towns),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

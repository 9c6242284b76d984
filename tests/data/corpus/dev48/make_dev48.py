"""Write the dev48 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and one inside the zip), .xls (xlwt; one more inside the zip), .ods and .et (LibreOffice
conversions), a CSV in GBK, a .docx with a table, a .doc whose items are numbered paragraphs and a .zip of two
returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev48.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 政府网站及政务新媒体检查发现问题整改情况, after a county 信息中心's 自查整改情况通报 whose table lists each
# 政务新媒体 by 新媒体类型, 新媒体名称, 责任单位, 问题类别 (更新不及时) and 检查时更新日期, followed by 整改措施:
# http://8.134.116.66:6064/Content-2145576.html
# A CSV in GBK: title and 通报日期 line above the header, the source's five columns plus 问题描述, 整改时限 (text
# dates, 立行立改, N个工作日内 from the 通报日期) and 整改情况; former unit names; a 注 line and signature.
MEDIA_ROWS = [
    (
        "微信公众号",
        "濮阳民政之声",
        "市民政局",
        "更新不及时",
        "5月20日",
        "公众号自5月20日后未再发布信息，超过一个月未更新",
        "10个工作日内",
        "已整改，7月18日起恢复每周更新",
    ),
    (
        "政府网站栏目",
        "健康科普",
        "市卫计委",
        "内容不规范",
        "7月2日",
        "栏目仍沿用机构改革前名称及旧版标识",
        "7月底前",
        "正在整改，已提交栏目改版需求",
    ),
    (
        "微博",
        "濮阳文旅发布",
        "市文广新局",
        "信息审核不严",
        "7月11日",
        "转载文章未注明来源，正文存在错别字3处",
        "立行立改",
        "已整改",
    ),
    (
        "政府网站栏目",
        "政府信息公开专栏",
        "城关镇人民政府",
        "更新不及时",
        "1月9日",
        "“重大决策”“财政资金”子栏目超过六个月未更新",
        "2024.8.15",
        "",
    ),
    (
        "微信公众号",
        "濮阳城管",
        "市城管执法局",
        "互动回应不及时",
        "7月8日",
        "留言区7条网民留言超期未回复，存在卡点答复",
        "10个工作日内",
        "未整改",
    ),
    (
        "政府网站栏目",
        "统计数据",
        "市统计局",
        "安全隐患",
        "7月10日",
        "问答知识页面中存在暗链",
        "立行立改",
        "已删除暗链并完成全站排查",
    ),
    (
        "抖音号",
        "东关微讯",
        "东关街道办事处",
        "账号管理不规范",
        "6月30日",
        "账号认证信息过期未年审，简介仍为旧联系电话",
        "7月底前",
        "正在协调平台办理重新认证",
    ),
    (
        "微信公众号",
        "濮阳人社",
        "市人社局",
        "服务不实用",
        "7月9日",
        "政策解读文章所附申报表格无法下载",
        "2024.8.15",
        "已移交技术服务商处理",
    ),
]


def write_media(path: Path) -> Path:
    rows: list[list[str]] = [
        ["2024年第二季度全市政府网站及政务新媒体检查发现问题整改情况"],
        ["通报日期：2024年7月15日    整改要求：各责任单位按整改时限整改到位，10个工作日内自通报日期起算"],
        [
            "序号",
            "新媒体类型",
            "新媒体名称",
            "责任单位",
            "问题类别",
            "检查时更新日期",
            "问题描述",
            "整改时限",
            "整改情况",
        ],
    ]
    for i, row in enumerate(MEDIA_ROWS, 1):
        rows.append([str(i), *row])
    rows.append(["注：整改情况请如实填写，已整改的注明恢复更新时间。"])
    rows.append(["填报人：              审核人：              联系电话："])
    raw = io.StringIO()
    csv.writer(raw, lineterminator="\r\n").writerows(rows)
    path.write_bytes(raw.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 2. 专项执法交办问题查处整改“回头看”情况表, after a city 生态环境局's notice on the 回头看 of the problems the
# provincial 百日会战 专项执法检查 handed over (4批146个问题: 建筑工地、餐饮店、道路管控、工业企业; 整改企业 and
# 立案查处企业; 县区自查、市级督查; 各驻县区生态环境局、功能板块分局):
# https://llqcyx.com/hbj/lygshbj/jczf/content/683faefc-583a-4aa4-aa96-9cf3bf5c646e.html
# Title, 填报单位 and 回头看时间 lines; a two-row header with 回头看核查情况 merged over 整改完成情况 and 核查结论;
# the 分局 are sections of the sending 市生态环境局; text deadlines; a 注 and signature.
ENV_ROWS = [
    (
        "第一批",
        "工业企业",
        "濮阳市恒达精细化工有限公司",
        "危废暂存间地面防渗层破损，危废标识标牌不全",
        "限期整改",
        "华龙分局",
        "2024.6.30",
        "已修复防渗层，更换标识标牌",
        "已整改到位",
    ),
    (
        "第一批",
        "建筑工地",
        "濮阳市第三人民医院综合楼项目",
        "土方作业未落实湿法作业，现场扬尘明显",
        "限期整改",
        "开发区分局",
        "2024.6.20",
        "已配备雾炮2台并落实洒水降尘",
        "复查合格",
    ),
    (
        "第二批",
        "工业企业",
        "清丰县永兴塑料制品厂",
        "VOCs收集处理设施未运行，车间无组织排放明显",
        "立案查处",
        "清丰分局",
        "8月15日前",
        "已下达行政处罚决定书，企业正在更换活性炭吸附装置",
        "整改中，继续跟踪",
    ),
    (
        "第二批",
        "餐饮店",
        "老街坊烧烤店（建设路店）",
        "油烟净化器未正常使用，油烟直排",
        "限期整改",
        "华龙分局",
        "7月10日前完成",
        "",
        "",
    ),
    (
        "第二批",
        "道路管控",
        "S209线南乐城区段",
        "渣土运输车辆未密闭，沿途抛洒",
        "限期整改",
        "南乐分局",
        "7月底前",
        "未整改",
        "未整改到位",
    ),
    (
        "第三批",
        "工业企业",
        "范县金源纸业有限公司",
        "雨污管网混接，雨水排口检出COD超标",
        "立案查处",
        "范县分局",
        "2024年9月30日前",
        "已完成雨污分流改造方案编制，管网改造正在施工",
        "",
    ),
    (
        "第三批",
        "工业企业",
        "台前县鸿运铸造有限公司",
        "在线监测数据传输中断超过72小时未报告",
        "限期整改",
        "台前分局",
        "2024.7.20",
        "已恢复数据传输并补报中断说明",
        "已销号",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="市生态环境局")
    ws = b.sheet("回头看情况")
    b.widths(ws, [6, 8, 10, 24, 34, 10, 12, 14, 30, 14])
    b.line(ws, 0, "2024年“夏季攻坚”专项执法检查交办问题查处整改“回头看”情况表", 9, b.title)
    b.line(ws, 1, "填报单位：市生态环境局（盖章）        回头看时间：7月22日至7月30日", 9)
    top = [
        "序号",
        "交办批次",
        "问题类型",
        "企业（点位）名称",
        "交办问题",
        "处理方式",
        "责任部门（分局）",
        "整改期限",
    ]
    for c, word in enumerate(top):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "回头看核查情况", b.head)
    ws.write_string(3, 8, "整改完成情况", b.head)
    ws.write_string(3, 9, "核查结论", b.head)
    for i, row in enumerate(ENV_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(ENV_ROWS)
    b.line(
        ws,
        end,
        "注：1.责任单位为市生态环境局，责任部门填写承办分局；2.核查结论填写“已整改到位”“整改中”“未整改到位”。",
        9,
    )
    b.line(
        ws,
        end + 1,
        "填表人：            审核人：            联系电话：            填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 危险化学品企业执法检查发现问题整改情况, after the 执法检查 record of a district emergency-management system
# (执法计划, 检查来源, 检查对象, 检查日期, 执法人员1/2, 监管类型, 所属辖区; per finding 检查内容, 违法行为, 处置依据,
# 隐患类别, 处置类型, 公示状态, 是否整改):
# https://github.com/dingwen2355-ding/-/blob/9f0473db0c5854c3969442fa4309abdba099f96d/无锡滨湖代码/滨湖代码2/server/server/EIMS-management/src/main/java/com/znv/manage/common/bean/lawInspect/LawInspectObject.java
# An .xls (xlwt): title and 填报单位 line, one header row with the 执法人员 (inspectors) beside the 检查对象 (the
# company that must correct), 检查日期 an event, 整改期限 as dates, 是否整改 是/否 or blank; 说明 and signature.
CHEM_ROWS = [
    (
        "濮阳市瑞丰化工有限公司",
        "濮阳工业园区",
        "危险化学品生产",
        date(2024, 6, 12),
        "王建军",
        "李晓明",
        "重大危险源管理",
        "液氯储罐区可燃有毒气体报警仪未按期检定",
        "一般隐患",
        "责令限期整改",
        date(2024, 7, 12),
        "是",
    ),
    (
        "濮阳市宏泰石化储运有限公司",
        "华龙区",
        "危险化学品储存经营",
        date(2024, 6, 14),
        "王建军",
        "李晓明",
        "装卸作业管理",
        "装卸区静电接地报警装置失效",
        "一般隐患",
        "责令限期整改",
        date(2024, 7, 20),
        "否",
    ),
    (
        "濮阳县鑫源化工贸易有限公司",
        "濮阳县",
        "危险化学品经营（带储存）",
        date(2024, 6, 18),
        "赵磊",
        "孙文博",
        "特殊作业管理",
        "动火作业票证填写不规范，作业前未进行气体分析",
        "一般隐患",
        "责令限期整改",
        date(2024, 6, 20),
        "是",
    ),
    (
        "濮阳中原精细化工有限公司",
        "濮阳工业园区",
        "危险化学品生产",
        date(2024, 6, 25),
        "赵磊",
        "孙文博",
        "自动化控制系统",
        "安全仪表系统（SIS）未投用，控制室未设置紧急停车按钮",
        "重大隐患",
        "责令停产停业整改",
        date(2024, 9, 30),
        "",
    ),
    (
        "河南龙达新材料有限公司",
        "范县",
        "危险化学品生产",
        date(2024, 6, 5),
        "王建军",
        "周涛",
        "安全培训教育",
        "新入职员工未经三级安全教育即上岗作业",
        "一般隐患",
        "责令限期整改",
        date(2024, 7, 5),
        "是",
    ),
    (
        "中国石化销售股份有限公司河南濮阳石油分公司胜利路加油站",
        "华龙区",
        "成品油零售",
        date(2024, 7, 2),
        "周涛",
        "孙文博",
        "设备设施管理",
        "卸油区未设置防满溢装置，油气回收系统检测超期",
        "一般隐患",
        "责令限期整改",
        date(2024, 8, 31),
        "",
    ),
    (
        "濮阳市华瑞工业气体有限公司",
        "开发区",
        "气瓶充装",
        date(2024, 6, 27),
        "赵磊",
        "周涛",
        "充装作业管理",
        "氧气、乙炔充装台未设置防错装接头",
        "一般隐患",
        "责令限期整改",
        date(2024, 7, 25),
        "否",
    ),
]


def write_chem(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    middle = _xf(center=True)
    day = _xf(center=True)
    day.num_format_str = "yyyy-mm-dd"
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    words = [
        "序号",
        "执法计划",
        "检查对象",
        "所属辖区",
        "监管类型",
        "检查日期",
        "执法人员1",
        "执法人员2",
        "检查内容",
        "违法行为",
        "隐患类别",
        "处置类型",
        "整改期限",
        "是否整改",
    ]
    last = len(words) - 1
    cells: list[tuple] = [
        (0, 0, "2024年危险化学品企业执法检查发现问题整改情况表", title, 0, last),
        (1, 0, "填报单位：华龙区应急管理局执法大队        统计截至：2024年7月31日", plain, 1, last),
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(CHEM_ROWS, 1):
        r = 2 + i
        values = [i, "2024年度执法计划（第二季度）", *row]
        for c, v in enumerate(values):
            if isinstance(v, date):
                cells.append((r, c, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, c, v, middle if c in (0, 6, 7, 10, 13) else cell))
    end = 3 + len(CHEM_ROWS)
    cells.append((end, 0, "说明：是否整改栏填“是”或“否”，重大隐患须附挂牌督办通知书。", plain, end, last))
    cells.append((end + 1, 0, "负责人：            填表人：            联系电话：", plain, end + 1, last))
    return _write_xls(path, [("执法检查", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 老旧小区改造工作进展情况, after a city 住房和城乡建设局's monthly account of its 老旧小区改造 (省厅下达项目N个,
# 涉及小区N个、N户、N万平方米; 目标任务是项目开工率; 开工率均已完成):
# http://linyi.gov.cn/info/6264/339659.htm
# An .ods (LibreOffice from an .xlsx): title and 填报单位 line, one header row with 涉及小区/户数/建筑面积, 计划完工
# 时间 as text (月底, 年底前, 月日前完成), 开工情况 and 改造进展 as sentences, the 责任单位 under short and former
# names (市房管局, 供电公司, 燃气公司, 自来水公司) and a 合计 row.
OLD_ROWS = [
    (
        "华龙区",
        "建设路街道机械厂家属院等3个小区改造",
        3,
        412,
        2.86,
        "2024年10月底",
        "已开工",
        "已完成屋面防水和雨污分流改造，正在进行外墙保温施工",
        "华龙区住房和城乡建设局",
    ),
    (
        "华龙区",
        "胜利路街道供销社家属院改造",
        1,
        96,
        0.71,
        "2024年6月30日前",
        "已开工",
        "已完工，7月18日通过竣工验收",
        "华龙区住房和城乡建设局",
    ),
    (
        "市直",
        "人和小区市直机关老旧住宅改造",
        1,
        238,
        1.9,
        "年底前",
        "未开工",
        "尚未开工",
        "市房管局",
    ),
    (
        "市直",
        "长庆路片区老旧小区配套供电线路改造",
        5,
        860,
        "—",
        "9月30日前完成",
        "已开工",
        "完成架空线入地12处，剩余3处正在施工",
        "供电公司",
    ),
    (
        "开发区",
        "皇甫街道老旧小区燃气管网改造",
        4,
        530,
        "—",
        "2024年8月底",
        "已开工",
        "已全部完成并恢复通气",
        "燃气公司",
    ),
    (
        "清丰县",
        "城关镇东街小区改造",
        2,
        310,
        2.1,
        "2024年11月底",
        "",
        "",
        "清丰县住房和城乡建设局",
    ),
    (
        "市直",
        "油田四小区二次供水设施改造",
        1,
        1200,
        "—",
        "2024年12月底前",
        "已开工",
        "部分完成，已更换水泵机组2套",
        "自来水公司",
    ),
]


def write_old_book(path: Path) -> Path:
    b = Book(path, author="市住房和城乡建设局")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 8, 30, 10, 10, 12, 16, 10, 36, 22])
    b.line(ws, 0, "2024年1-7月份全市老旧小区改造工作进展情况表", 9, b.title)
    b.line(ws, 1, "填报单位：市住房和城乡建设局        填报日期：2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "县区",
            "项目名称",
            "涉及小区（个）",
            "户数（户）",
            "建筑面积（万㎡）",
            "计划完工时间",
            "开工情况",
            "改造进展",
            "责任单位",
        ],
    )
    for i, row in enumerate(OLD_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(OLD_ROWS)
    b.row(ws, end, ["合计", "", "", 17, 3646, 7.57, "", "", "", ""])
    b.line(ws, end + 1, "填表人：            联系电话：", 9)
    return b.close()


def write_old(path: Path) -> Path:
    via_soffice(write_old_book, path, "ods", "老旧小区改造工作进展情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 保密监督检查发现问题整改情况, after a 保密监督检查表 form (单位名称, 保密工作机构名称, 监督检查方式; 项目 merged
# over its rows: 保密组织, 保密制度, 涉密人员, 涉密载体, 保密要害部门部位, 涉密计算机信息系统; each 调查内容 a
# “是否……” question answered 是/否; 监督检查整体情况说明, 责任人签字, 备注 1-3):
# https://github.com/pp8625434/CardManager/blob/c7570f2928cb88201c498345b25790473212a3fb/SCS/.svn/pristine/da/da1d337699a500b4c5cd67bf553855e9120cae14.svn-base
# A .docx: title, an info table naming the unit only there (单位名称: 市自然资源局) and the 检查单位 (inspector), then
# the main table with 项目 merged vertically, two header rows (是否整改到位 over 是 | 否), ticks √, text deadlines.
SECRET_ROWS = [
    (
        "保密组织",
        [
            (
                "保密工作是否权限清晰，责任明确，落实到人",
                "2个科室未明确兼职保密员，保密责任未落实到人",
                "明确兼职保密员并签订保密责任书",
                "2024年7月15日",
                "√",
                "",
            )
        ],
    ),
    (
        "保密制度",
        [
            (
                "保密审查、审批流程是否明确",
                "对外提供涉密测绘成果未履行保密审查审批手续",
                "修订成果提供审批流程，补办审批",
                "2024年8月31日",
                "",
                "√",
            )
        ],
    ),
    (
        "涉密人员",
        [
            (
                "是否对涉密人员教育定期进行培训",
                "2024年上半年未组织涉密人员保密教育培训",
                "组织涉密人员专题培训并考试",
                "7月底前",
                "√",
                "",
            )
        ],
    ),
    (
        "涉密载体",
        [
            (
                "涉密载体制作、收发、保存、销毁是否符合国家规定",
                "涉密载体销毁未履行登记手续，台账与实物不符",
                "清点核对涉密载体，补办销毁登记",
                "2024.7.20",
                "√",
                "",
            ),
            (
                "载体标密是否及时、规范",
                "部分涉密文件未标注密级和保密期限",
                "逐件补标密级和保密期限",
                "8月15日前",
                "",
                "",
            ),
        ],
    ),
    (
        "保密要害部门部位",
        [
            (
                "要害部门部位是否采取有效安防保密措施",
                "档案室（要害部位）未安装视频监控和门禁系统",
                "安装视频监控和门禁",
                "2024年9月底",
                "",
                "√",
            )
        ],
    ),
    (
        "涉密计算机信息系统",
        [
            (
                "涉密计算机、信息系统是否与互联网物理隔离",
                "1台涉密计算机加装过无线网卡，存在违规外联隐患",
                "拆除无线网卡并进行保密技术检查",
                "2024年7月10日",
                "√",
                "",
            ),
            (
                "对传真机、复印机等办公自动化设备是否有效控制",
                "涉密复印机未拆除网络模块",
                "拆除网络模块，张贴涉密标识",
                "8月底前",
                "",
                "√",
            ),
        ],
    ),
]


def write_secret(path: Path) -> Path:
    doc = _new_document("市自然资源局")
    _title(doc, "2024年度保密监督检查发现问题整改情况表", 18)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    for r, (k1, v1, k2, v2) in enumerate(
        [
            ("单位名称", "市自然资源局", "检查单位", "市委保密办第二检查组"),
            ("保密工作机构名称", "局保密委员会办公室", "监督检查方式", "现场检查、抽查"),
        ]
    ):
        for c, text in enumerate((k1, v1, k2, v2)):
            _cell_text(info.cell(r, c), text, 10.5, bold=c in (0, 2))
    _paragraph(doc, "", 10)
    n = sum(len(items) for _, items in SECRET_ROWS)
    table = doc.add_table(rows=2 + n, cols=8)
    table.style = "Table Grid"
    words = ["项目", "序号", "检查内容", "发现问题", "整改措施", "整改时限"]
    for c, word in enumerate(words):
        merged = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(merged, word, 10.5, bold=True)
    _cell_text(table.cell(0, 6).merge(table.cell(0, 7)), "是否整改到位", 10.5, bold=True)
    _cell_text(table.cell(1, 6), "是", 10.5, bold=True)
    _cell_text(table.cell(1, 7), "否", 10.5, bold=True)
    r = 2
    k = 0
    for project, items in SECRET_ROWS:
        first = r
        for content, problem, measure, limit, yes, no in items:
            k += 1
            for c, text in enumerate([str(k), content, problem, measure, limit, yes, no], start=1):
                _cell_text(table.cell(r, c), text, 10.5)
            r += 1
        group = table.cell(first, 0)
        if r - 1 > first:
            group = group.merge(table.cell(r - 1, 0))
        _cell_text(group, project, 10.5)
    _paragraph(doc, "监督检查整体情况说明：共检查6个方面，发现问题8个，已整改到位4个。", 12)
    _paragraph(doc, "被检查单位保密工作机构责任人签字：              分管领导签字：", 12)
    _paragraph(doc, "备注：1、本表由被检查单位填写，检查单位审核；", 10.5)
    _paragraph(doc, "2、“是否整改到位”栏在“是”或“否”下打“√”；", 10.5)
    _paragraph(doc, "3、本表交市委保密办存档，保存期限5年。", 10.5)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 驻村工作队帮扶任务推进情况的报告, after a village's account of its 驻村工作队's 年度答卷 (协调推进防洪治理项目,
# 提报道路改善, 落实帮扶资金, 高标准农田管网修复1处, 破损路面（涵管桥）修复3处, 水毁河岸修复5处, 污水处理管网,
# 政务服务事项“村级可办”, 帮扶养殖产业户, 消费助农):
# https://www.mffb.com.cn/news/show-500080.html
# A .doc (Word 97 via LibreOffice) whose items are numbered paragraphs, each naming its 责任单位 (short and former
# names: 市水务局, 交通局, 市农委, 环保局, 市政务服务中心), 完成时限 and 进展 — one paragraph without a 进展 line,
# one 长期坚持.
VILLAGE_ITEMS = [
    (
        "协调推进王庄河防洪治理项目，对村东段1.2公里河道清淤护岸",
        "市水务局",
        "2024年10月底前",
        "已完成初步设计批复，正在开展施工招标",
    ),
    (
        "修复通村道路破损路面及涵管桥3处",
        "交通局",
        "6月30日前完成",
        "已完成，7月5日通过镇村联合验收",
    ),
    (
        "修复村南片区高标准农田灌溉管网1处",
        "市农委",
        "2024年8月15日",
        "尚未启动",
    ),
    (
        "修复汛期冲毁的河岸5处",
        "王庄乡人民政府",
        "9月底前",
        "已修复2处，其余3处待主汛期结束后施工",
    ),
    (
        "改造村内生活污水收集处理管网",
        "环保局",
        "年底前",
        "",
    ),
    (
        "推动政务服务事项“村级可办”，在村便民服务站代办社保、医保等高频事项",
        "市政务服务中心",
        "长期坚持",
        "按月更新村级可办事项清单，常态化推进",
    ),
    (
        "开展消费助农，帮助养殖产业户拓宽销路",
        "市商务局",
        "2024年11月30日前",
        "已对接2家商超，销售农产品1.2万元",
    ),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_village_docx(path: Path) -> Path:
    doc = _new_document("市商务局驻王庄村工作队")
    _title(doc, "市商务局驻王庄村工作队关于2024年度帮扶任务推进情况的报告")
    _paragraph(doc, "乡党委、乡政府：")
    _paragraph(
        doc,
        "    今年以来，工作队坚持党建引领，围绕基础设施、产业发展和公共服务，梳理年度帮扶任务7项，"
        "逐项明确责任单位和完成时限。现将截至7月底推进情况报告如下：",
    )
    _paragraph(doc, "一、年度帮扶任务推进情况", font="黑体")
    for i, (task, unit, limit, progress) in enumerate(VILLAGE_ITEMS):
        _paragraph(doc, f"    （{CN_NUMBERS[i]}）{task}。")
        _paragraph(doc, f"    责任单位：{unit}；完成时限：{limit}。")
        if progress:
            _paragraph(doc, f"    进展情况：{progress}。")
    _paragraph(doc, "二、下一步工作打算", font="黑体")
    _paragraph(doc, "    工作队将按月调度各项任务，主动对接责任单位，确保年度任务按期完成。")
    _paragraph(doc, "市商务局驻王庄村工作队", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_village(path: Path) -> Path:
    return via_soffice(write_village_docx, path, "doc", "驻村工作队帮扶任务推进情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 统计执法检查发现问题整改台账, after a district 统计局's 涉企行政检查文书 (立案审批表: 案件来源 上级转办、“双随机”
# 抽查、专项检查、重点检查; 案由; 当事人; 立案后3个月内处理完毕; 责令改正; 统计执法检查现场笔录、询问笔录):
# http://www.xhqsjz.gov.cn/columns/15d8e7c6-84df-4617-a85b-c47d6f3d3539/202507/21/844a093f-e8bc-43e6-82d5-8bf655f9c87f.html
# An .xlsx: title and 填报单位 line, one header row with the 当事人 (the unit that must correct) and the 执法检查
# 人员 beside it; 交办日期 as dates and 整改时限 relative to it (N个工作日内, 30日内) or as text; a 合计 row, a 注 and
# signature.
STAT_ROWS = [
    (
        "“双随机”抽查",
        "濮阳市宏基建材有限公司",
        "未按规定设置原始记录和统计台账，2023年年报能源消费数据无原始凭证",
        "责令改正",
        date(2024, 7, 8),
        "15个工作日内",
        "已建立能源消费原始记录和统计台账",
        "张华、刘强",
    ),
    (
        "专项检查",
        "濮阳市万家福商贸有限公司",
        "2024年5月限额以上零售额虚报，多报销售额约380万元",
        "立案查处",
        date(2024, 6, 17),
        "2024.9.16",
        "已送达行政处罚事先告知书",
        "张华、刘强",
    ),
    (
        "上级转办",
        "清丰县马庄桥镇人民政府",
        "擅自调整乡镇农业统计数据，干预调查对象填报",
        "责令改正",
        date(2024, 7, 10),
        "10个工作日内",
        "",
        "王丽、陈晨",
    ),
    (
        "重点检查",
        "濮阳市康泰医疗器械有限公司",
        "统计人员未参加统计业务培训，统计报表无单位负责人签字",
        "责令改正",
        date(2024, 7, 1),
        "30日内",
        "未整改",
        "王丽、陈晨",
    ),
    (
        "“双随机”抽查",
        "濮阳市顺通物流有限公司",
        "屡次迟报2024年1-5月服务业统计报表",
        "责令改正",
        date(2024, 7, 15),
        "15个工作日内",
        "已补报1-5月报表，正在完善报表报送制度",
        "张华、刘强",
    ),
    (
        "专项检查",
        "濮阳市建宇建筑安装工程有限公司",
        "建筑业总产值统计口径错误，将分包产值重复计入",
        "责令改正",
        date(2024, 6, 24),
        "2024年7月15日前",
        "已更正上报数据，复查合格",
        "王丽、陈晨",
    ),
    (
        "上级转办",
        "濮阳市金桂房地产开发有限公司",
        "商品房销售面积与网签备案数据不一致，差异未作说明",
        "责令改正",
        date(2024, 7, 22),
        "10个工作日内",
        "正在逐套核对网签数据",
        "张华、刘强",
    ),
]


def write_stat(path: Path) -> Path:
    b = Book(path, author="市统计局")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 28, 40, 10, 12, 16, 32, 12])
    b.line(ws, 0, "2024年统计执法检查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：市统计局执法监督科        填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查来源",
            "当事人（被检查单位）",
            "发现问题",
            "处理方式",
            "交办日期",
            "整改时限",
            "整改情况",
            "执法检查人员",
        ],
    )
    for i, row in enumerate(STAT_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(STAT_ROWS)
    b.row(ws, end, ["合计", "", "共7家单位", "", "", "", "", "", ""])
    b.line(ws, end + 1, "注：1.整改时限自交办日期起计算；2.整改情况须附佐证材料。", 8)
    b.line(ws, end + 2, "填表人：            审核人：            联系电话：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 保供市场（企业）食品安全专项检查问题整改台账 from two returns, after a city 市场监管局's 保供企业食品安全专项检查
# at a 批发市场 (在售蔬菜、肉类等农副产品质量安全; 经营户的投诉举报跟踪督办; 协商一致作退款处理; 加强自查, 保证
# 配送食品新鲜度):
# http://news.cntvsp.cn/2022/0420/51383.html
# A .zip of two returns: the market's .xlsx (rows name 摊位 inside the market that the 填报单位 line names, 问题来源
# 专项检查/投诉举报) and a 配送企业's .xls (rows name its own 部门; 完成情况 and a 复查意见 closure column).
MARKET_ROWS = [
    (
        "专项检查",
        "A区12号",
        "冷冻肉类未索取检验检疫证明，进货查验记录不全",
        "补齐票证，完善进货查验记录",
        "2024.7.20",
        "已整改",
    ),
    (
        "投诉举报",
        "B区03号",
        "消费者投诉所购芹菜农残快检不合格",
        "问题批次下架，跟踪督办投诉处理",
        "2024.7.12",
        "已与消费者协商一致作退款处理，问题批次已下架销毁",
    ),
    (
        "专项检查",
        "快检室",
        "农残快检试剂过期，快检结果未按日公示",
        "更换试剂，每日公示快检结果",
        "7月底前",
        "正在整改",
    ),
    (
        "专项检查",
        "C区08号",
        "散装熟食无防尘防蝇设施",
        "配备防尘罩和灭蝇灯",
        "8月10日前",
        "",
    ),
]
DELIVERY_ROWS = [
    (
        "冷库储存",
        "冷库温度记录缺失，6月有5天无温控记录",
        "仓储部",
        "安装自动温度记录仪",
        "2024年7月15日",
        "已安装自动温度记录仪",
        "复查合格",
    ),
    (
        "从业人员",
        "分拣车间2名人员健康证过期仍在岗",
        "综合部",
        "调离岗位，补办健康证",
        "2024年7月10日",
        "已调离岗位，健康证正在补办",
        "",
    ),
    (
        "配送运输",
        "配送车辆未配备冷藏设备，生熟混装",
        "物流部",
        "加装冷藏厢，生熟分区装载",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "进货查验",
        "鸡蛋供应商食品经营许可证过期未更新",
        "采购部",
        "更新供应商资质档案",
        "2024年7月31日",
        "已更新供应商资质档案",
        "",
    ),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="紫竹林农产品批发市场")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 12, 36, 28, 12, 36])
    b.line(ws, 0, "保供市场食品安全专项检查问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市紫竹林农产品批发市场有限公司（盖章）    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "问题来源", "摊位号", "检查发现问题", "整改要求", "整改期限", "整改结果"])
    for i, row in enumerate(MARKET_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 3 + len(MARKET_ROWS), "市场负责人：            食品安全员：            联系电话：", 6)
    return b.close()


def write_delivery_book(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    title = _xf(bold=True, border=False, center=True, size=14)
    plain = _xf(border=False)
    words = ["序号", "检查环节", "存在问题", "责任部门", "整改措施", "完成时限", "完成情况", "复查意见"]
    cells: list[tuple] = [
        (0, 0, "保供企业食品安全专项检查问题整改情况", title, 0, 7),
        (1, 0, "企业名称：濮阳市华联生鲜配送有限公司", plain, 1, 7),
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(DELIVERY_ROWS, 1):
        for c, v in enumerate([i, *row]):
            cells.append((2 + i, c, v, cell))
    end = 3 + len(DELIVERY_ROWS)
    cells.append((end, 0, "企业负责人：            填报人：            2024年7月30日", plain, end, 7))
    return _write_xls(path, [("Sheet1", cells)])


def write_food(path: Path) -> Path:
    members = [
        ("濮阳市紫竹林农产品批发市场有限公司食品安全专项检查问题整改台账.xlsx", write_market_book),
        ("濮阳市华联生鲜配送有限公司食品安全问题整改情况.xls", write_delivery_book),
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
# 9. 巡察反馈问题整改推进台账, after a district 纪委's account of how villages and a 街道 carried out 巡察整改
# (村级工程违规发包、招标代理机构委托过于单一; 党员活动经费使用不规范、村集体资产出租承包款催缴不及时、耕地地力
# 保护补贴申报审核不严谨; 抛荒地整治未沉底到边; 一村一策, 清单化管理, 街道班子成员认领, 巡察整改交办单):
# http://www.zslz.gov.cn/art/2025/7/1/art_1229640247_26876.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 and 巡察反馈时间 lines, one header row whose 责任科室 are
# sections of the sending 街道办事处, 责任领导 beside, a schedule text, 立行立改 from the stated 反馈 date, 长期坚持,
# a 销号情况 closure column, 填表说明 and signature.
PATROL_ROWS = [
    (
        "村级工程",
        "3个村道路硬化工程未经公开招标直接发包",
        "严格执行村级工程申报和公开招标制度",
        "分管副主任",
        "经济发展办",
        "2024年6月底",
        "已完成整改",
        "已销号",
    ),
    (
        "村级工程",
        "招标代理机构委托过于单一，12个项目均委托同一家代理机构",
        "引入区级招标代理机构库，随机抽取代理机构",
        "分管副主任",
        "规划建设办",
        "2024年8月底前",
        "已制定代理机构轮换办法，正在组织比选",
        "",
    ),
    (
        "三资管理",
        "村集体资产出租承包款催缴不及时，累计欠缴租金46.8万元",
        "逐户建立欠款台账，限期催缴",
        "党工委副书记",
        "财政所",
        "5月底前制定催缴方案，7月底前收缴到位",
        "已收缴31.2万元，剩余部分正在催缴",
        "",
    ),
    (
        "党建工作",
        "党员活动经费使用不规范，列支与党建无关的慰问品",
        "清退违规列支费用，规范经费使用",
        "党工委书记",
        "党建办",
        "立行立改",
        "已清退",
        "",
    ),
    (
        "惠农补贴",
        "耕地地力保护补贴申报审核不严谨，2户非耕地面积纳入补贴",
        "追回违规补贴资金，完善审核程序",
        "分管副主任",
        "农业农村办",
        "2024年5月31日",
        "未整改",
        "",
    ),
    (
        "耕地保护",
        "抛荒地整治工作未沉底到边，仍有抛荒地约35亩",
        "建立抛荒地台账，逐块落实复耕",
        "分管副主任",
        "农业农村办",
        "长期坚持",
        "持续推进",
        "",
    ),
    (
        "村务公开",
        "部分村财务公开停留在去年第四季度",
        "按季度公开村级财务收支",
        "党工委副书记",
        "党政办",
        "2024年第三季度",
        "",
        "",
    ),
    (
        "三资管理",
        "村级合同管理不规范，11份合同缺少村民代表会议决议",
        "补充完善村民代表会议决议",
        "党工委副书记",
        "财政所",
        "2024.7.15",
        "基本完成，已补正9份",
        "",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="濮上街道办事处")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 30, 12, 12, 22, 26, 10])
    b.line(ws, 0, "区委第三巡察组反馈问题整改推进台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮上街道办事处（盖章）    巡察反馈时间：2024年4月18日    截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "巡察反馈问题",
            "整改措施",
            "责任领导",
            "责任科室",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(PATROL_ROWS)
    b.line(ws, end, "填表说明：1.整改进展填写已完成、正在推进或未整改；2.已销号问题须附对账销号单。", 8)
    b.line(ws, end + 1, "责任人签字：            填表人：            联系电话：", 8)
    return b.close()


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_book, path, "xls", "巡察反馈问题整改推进台账.xlsx")


FILES = [
    ("2024年第二季度政府网站及政务新媒体检查问题整改情况.csv", write_media),
    ("夏季攻坚专项执法交办问题查处整改回头看情况表.xlsx", write_env),
    ("2024年危险化学品企业执法检查发现问题整改情况.xls", write_chem),
    ("2024年1-7月份全市老旧小区改造工作进展情况.ods", write_old),
    ("保密监督检查发现问题整改情况表.docx", write_secret),
    ("驻王庄村工作队2024年度帮扶任务推进情况的报告.doc", write_village),
    ("2024年统计执法检查发现问题整改台账.xlsx", write_stat),
    ("保供市场食品安全专项检查问题整改台账（两家）.zip", write_food),
    ("濮上街道巡察反馈问题整改推进台账.et", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

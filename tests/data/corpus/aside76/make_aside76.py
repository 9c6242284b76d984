"""Write the aside76 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice),
.ods (LibreOffice), a CSV in GBK, a tab-separated text in UTF-16, a .docx whose items are numbered
cards, a .doc whose items are numbered paragraphs, and a .zip of two returns.
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside76.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 卫生城市复审检查路段问题汇总表, after a city 城管局's 全国卫生城市测评路段问题汇总表 of one inspection
# day (page title with the date and the 督查路段 of one leader; 督查领导/督查时间 line;
# 序号/路段名称/问题描述/责任单位/备注; date at the foot):
# https://cgj.yueyang.gov.cn/9919/9920/9922/content_1502358.html
# An .xlsx: page title, table title, 督查领导 line, one header row, 备注 holding the progress, a footer
# naming one deadline for every problem, the date.
CITY_ROWS = [
    ("胜利路", "胜利路与京开大道交叉口东北角机动车占用人行道违停严重", "交警支队", "已整改"),
    ("胜利路", "胜利路中段垃圾收集点周边散落垃圾，污水横流", "市城管执法局", "正在整改，已增加清运频次"),
    ("京开大道", "龙湖公园西门外人行道流动摊贩占道经营", "市城管执法局", ""),
    (
        "京开大道",
        "市第三中学东侧建筑工地出入口车辆带泥上路，路面污染严重",
        "市建委",
        "已下达整改通知，正在冲洗路面",
    ),
    ("绿城路", "绿城路北段背街小巷卫生死角杂物堆积", "华龙区人民政府", "未整改"),
    ("中原路", "中原路公交站台广告牌破损、站牌锈蚀", "市公交公司", "已整改，站牌已更换"),
    ("开州路", "开州路沿街商户门前三包落实不到位，店外堆物", "市城管局", "已整改"),
]


def write_city(path: Path) -> Path:
    b = Book(path, author="爱卫办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 50, 18, 26])
    b.line(ws, 0, "2024年7月16日卫生城市复审检查（王建国督查路段）", 4, b.title)
    b.line(ws, 1, "全国卫生城市测评路段问题汇总表", 4, b.title)
    b.line(ws, 2, "督查领导：王建国    督查时间：2024年7月16日", 4)
    b.header(ws, 3, ["序号", "路段名称", "问题描述", "责任单位", "备注"])
    for i, row in enumerate(CITY_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    end = 4 + len(CITY_ROWS)
    b.line(ws, end, "以上问题请各责任单位于2024年7月23日前整改到位，并将整改情况报市爱卫办。", 4)
    b.line(ws, end + 1, "2024年7月16日", 4, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 物业服务排名靠后小区整改情况, after a district's 物业黑榜小区 notice (根据巡查检查、投诉举报等情况; one
# card per 小区: 小区名称/物业服务企业/项目经理/主要问题; 持续跟踪整改情况; the office and the date at the
# foot):
# https://www.whdonghu.gov.cn/zwgk_6255/xxgkml/fwgl/202507/t20250715_2620064.shtml
# A .docx with no table: title, preamble, one numbered card of labelled lines per 小区 (the company named as
# the 整改责任单位 beside the 项目经理), the office and the date.
ESTATE_CARDS = [
    (
        "建业壹号城邦",
        "濮阳市建业物业服务有限公司",
        "张秋红",
        "未公示物业服务合同、物业费收支和公共收益收支情况",
        "2024年6月30日前完成",
        "已在小区公示栏和业主群公示，经复查合格。",
    ),
    (
        "中原绿洲",
        "濮阳市安居物业管理有限公司",
        "李红军",
        "电动自行车在楼道内违规停放充电，消防通道被占用",
        "7月底前",
        "已清理楼道内车辆，集中充电桩正在安装。",
    ),
    (
        "幸福家园",
        "濮阳市宏伟物业服务有限公司",
        "王建设",
        "监控摄像头大量故障，出入口门禁失灵",
        "2024年8月15日",
        "未整改。",
    ),
    (
        "昆吾花园",
        "濮阳市华通物业管理有限公司",
        "赵丽",
        "将物业费与停车费捆绑收取",
        "2024年7月10日",
        "已停止捆绑收费，已验收销号。",
    ),
    (
        "龙都名苑",
        "濮阳市鑫诚物业服务有限公司",
        "孙志强",
        "无业主满意度调查台账，员工未统一着装、佩戴工号牌",
        "2024年9月30日前",
        "",
    ),
    (
        "开州新城",
        "濮阳市天和物业管理有限公司",
        "刘洋",
        "小区内毁绿种菜未劝阻制止，单元楼内小广告较多",
        "8月底前",
        "正在清理小广告，种菜户已劝阻3户。",
    ),
]
NUMERALS = "一二三四五六七八九十"


def write_estate(path: Path) -> Path:
    doc = _new_document("统筹发展科")
    _title(doc, "华龙区2024年上半年物业服务排名靠后小区整改情况")
    _paragraph(
        doc,
        "为进一步规范物业企业服务行为，提升物业服务质量，根据巡查检查、投诉举报等情况，现将2024年上半年"
        "物业服务排名靠后小区的主要问题及整改情况公示如下：",
    )
    for n, (estate, company, manager, problem, limit, progress) in zip(NUMERALS, ESTATE_CARDS, strict=False):
        _paragraph(doc, f"{n}、小区名称：{estate}", 16, "黑体")
        _paragraph(doc, f"物业服务企业（整改责任单位）：{company}")
        _paragraph(doc, f"项目经理：{manager}")
        _paragraph(doc, f"主要问题：{problem}。")
        _paragraph(doc, f"整改时限：{limit}")
        _paragraph(doc, f"整改情况：{progress}")
    _paragraph(
        doc,
        "下一步，将持续跟踪整改情况，对整改不力、拒不改进的企业依法依规严肃处理。",
    )
    _paragraph(doc, "华龙区住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 政府网站和政务新媒体检查发现问题整改清单, after a city 政务公开办公室's quarterly 通报 of its website
# and 政务新媒体 checks (栏目更新不及时; 发布信息审核不到位; 征求意见公告未附起草说明、未与结果反馈关联;
# 暗链; 留言答复答非所问; 微博半年未更新; 上次通报问题整改情况, 个别单位未反馈):
# https://www.wuzhong.gov.cn/ztzl/zfwzgl/wzxmtjc/202504/t20250411_4878349.html
# An .xls (xlwt): title, 填报单位 line, a 注 line on the last round, a two-row header (整改情况 over
# 整改进展 and 复查结果), dates partly as text (2024.7.15), a signature line.
WEB_ROWS = [
    (
        "市审计局门户网站",
        "信息审核",
        "发布的2023年法治政府建设工作报告存在错误表述",
        "市审计局",
        "2024.7.15",
        "已更正",
        "复查通过",
    ),
    (
        "市城市管理局门户网站",
        "栏目规范",
        "发布征求意见公告未附起草说明",
        "市城管执法局",
        "2024年7月15日前",
        "已补充起草说明",
        "",
    ),
    (
        "市民政局门户网站",
        "栏目更新",
        "养老服务子栏目超过六个月未更新",
        "市民政局",
        "7月底前",
        "正在补充发布相关信息",
        "",
    ),
    (
        "市司法局门户网站",
        "栏目规范",
        "征求意见公告未与征求意见结果反馈关联",
        "市法制办",
        "2024年8月15日",
        "未整改",
        "",
    ),
    (
        "市统计局门户网站",
        "内容安全",
        "问答知识页面存在暗链",
        "市统计局",
        "2024.7.12",
        "已删除",
        "复查通过",
    ),
    (
        "“濮阳住建”微信公众号",
        "互动回应",
        "领导信箱网民留言答复内容答非所问",
        "市住建委",
        "2024年8月31日",
        "正在重新核实办理",
        "",
    ),
    (
        "“濮阳人社”政务微博",
        "政务新媒体",
        "微博账号半年未更新",
        "市劳动保障局",
        "2024年7月20日",
        "",
        "",
    ),
]


def write_web(path: Path) -> Path:
    title, head, cell, center = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "2024年第二季度政府网站和政务新媒体检查发现问题整改清单", title, 0, 7),
        (1, 0, "填报单位：市政务公开办公室    填报日期：2024年7月26日", plain, 1, 7),
        (2, 0, "注：上次通报问题已整改完成，但个别单位未反馈整治情况。", plain, 2, 7),
    ]
    for c, word in enumerate(["序号", "检查对象", "问题类别", "存在问题", "责任单位", "整改时限"]):
        cells.append((3, c, word, head, 4, c))
    cells += [(3, 6, "整改情况", head, 3, 7), (4, 6, "整改进展", head), (4, 7, "复查结果", head)]
    for i, row in enumerate(WEB_ROWS, 1):
        cells.append((4 + i, 0, i, center))
        cells += [(4 + i, c, v, cell) for c, v in enumerate(row, 1)]
    end = 5 + len(WEB_ROWS)
    cells.append((end + 1, 0, "填表人：马晓燕    联系电话：0393-8991203", plain, end + 1, 7))
    return _write_xls(path, [("整改清单", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 档案行政执法检查问题整改台账 from two units, after a district 档案局's account of its 2025
# 档案行政执法检查 (检查通知书; 档案收集、整理、保管及利用; 现场送达整改通知书,
# 列出问题清单、整改要求和时限; 区委统战部、区审计局等受检单位):
# https://www.dapx.org/shownews.asp?ID=4198
# A .zip of two .xlsx returns: title, 受检单位（盖章） line with the date the 整改通知书 was served (the
# second return leaves the unit blank, so it is named only in its file name), one header row naming the
# unit's own 责任科室, deadlines partly counted from the serving date, a signature line.
ARCHIVE_RETURNS = [
    (
        "档案执法检查问题整改台账（市司法局）.xlsx",
        "市司法局",
        "2024年6月20日",
        "2024年6月24日",
        [
            (
                "文件材料归档",
                "2023年度文书档案未按时归档",
                "完成年度归档整理",
                "办公室",
                "收到整改通知书后30日内",
                "已完成归档，经档案馆复查合格",
            ),
            (
                "档案门类",
                "照片、实物档案未收集整理",
                "建立照片、实物档案",
                "办公室",
                "2024年8月31日",
                "正在收集整理",
            ),
            (
                "档案保管",
                "档案库房未配备温湿度记录设备",
                "配置温湿度计并建立记录",
                "财务装备科",
                "2024年7月15日",
                "已配置",
            ),
            (
                "涉密档案",
                "涉密档案与普通档案混存",
                "单独存放涉密载体",
                "保密办",
                "收到整改通知书后30日内",
                "未整改",
            ),
        ],
    ),
    (
        "档案执法检查问题整改台账-公共资源交易中心.xlsx",
        "",
        "2024年6月21日",
        "2024年6月25日",
        [
            (
                "电子档案",
                "交易项目电子档案未与纸质档案同步归档",
                "实行双套制归档",
                "信息科",
                "2024年9月底前",
                "正在推进",
            ),
            (
                "档案利用",
                "档案借阅未履行登记手续",
                "建立借阅登记制度",
                "综合科",
                "2024年7月10日",
                "已建立借阅登记簿",
            ),
            (
                "档案鉴定",
                "到期档案未开展鉴定销毁",
                "组织开展到期档案鉴定",
                "综合科",
                "年底前",
                "未启动",
            ),
            (
                "档案安全",
                "档案室消防器材过期未更换",
                "更换灭火器",
                "综合科",
                "收到整改通知书后30日内",
                "",
            ),
        ],
    ),
]


def write_archive_book(path: Path, unit: str, checked: str, served: str, rows: list[tuple]) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 34, 24, 12, 22, 28])
    b.line(ws, 0, "2024年档案行政执法检查问题整改台账", 6, b.title)
    b.line(ws, 1, f"受检单位（盖章）：{unit}    检查日期：{checked}    整改通知书送达日期：{served}", 6)
    b.header(ws, 2, ["序号", "检查事项", "存在问题", "整改要求", "责任科室", "整改时限", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(ws, 4 + len(rows), "负责人：            填表人：            联系电话：", 6)
    return b.close()


def write_archive(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, unit, checked, served, rows in ARCHIVE_RETURNS:
            member = write_archive_book(Path(tmp) / name, unit, checked, served, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 统计执法“双随机”抽查发现问题整改情况表, after a province 统计局's notice of its 统计执法“双随机”抽查
# (乡镇（街道、 园区）统计基础规范化建设;
# 规模以上工业、限额以上批零、规模以上服务业企业和固定资产投资项目的统计数据质量; 原始记录、统计台账;
# 对发现的统计违纪违法行为依纪依规依法查处):
# http://tjj.ah.gov.cn/public/6981/145125901.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header with 是否整改到位 over 是/否
# holding ticks, the 检查组 (inspector) beside the checked unit, a 合计 row, a signature line.
STAT_ROWS = [
    (
        "清丰县宏达木业有限公司",
        "规上工业",
        "未按规定设置统计台账，原始记录不完整",
        "2024年7月15日",
        "√",
        "",
        "已建立统计台账",
        "第一检查组",
    ),
    (
        "清丰县恒信家具有限公司",
        "规上工业",
        "1-4月主营业务收入与财务报表数据不一致",
        "2024年7月31日",
        "",
        "√",
        "正在核对修正",
        "第一检查组",
    ),
    (
        "清丰县韩村镇人民政府",
        "乡镇",
        "乡镇统计站统计人员未持证上岗",
        "2024年9月30日",
        "",
        "√",
        "",
        "第二检查组",
    ),
    (
        "清丰县鑫源商贸有限公司",
        "限上批零",
        "商品销售额统计数据存在虚报",
        "2024年7月20日",
        "√",
        "",
        "已更正并重新报送",
        "第二检查组",
    ),
    (
        "清丰县马庄桥镇人民政府",
        "乡镇",
        "固定资产投资项目入库佐证材料不齐全",
        "8月底前",
        "",
        "",
        "正在补充佐证材料",
        "第三检查组",
    ),
    (
        "清丰县顺通物流有限公司",
        "规上服务业",
        "营业收入统计口径错误",
        "2024年8月15日",
        "",
        "",
        "",
        "第三检查组",
    ),
    (
        "清丰县佳美食品有限公司",
        "规上工业",
        "统计人员变更未及时备案",
        "2024年7月5日",
        "√",
        "",
        "",
        "第一检查组",
    ),
]


def write_stat_book(path: Path) -> Path:
    b = Book(path, author="法规股")
    ws = b.sheet("抽查整改")
    b.widths(ws, [6, 26, 12, 36, 16, 6, 6, 20, 12])
    b.line(ws, 0, "2024年统计执法“双随机”抽查发现问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县统计局    抽查时间：2024年6月3日至6月7日", 8)
    for c, word in enumerate(["序号", "被检查单位", "单位类别", "发现问题", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=5)
    b.merge(ws, 2, 7, 3, 7, "整改情况说明", b.head)
    b.merge(ws, 2, 8, 3, 8, "检查组", b.head)
    for i, row in enumerate(STAT_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 5, row[4], b.center)
        b.put(ws, 3 + i, 6, row[5], b.center)
    total = 4 + len(STAT_ROWS)
    b.row(ws, total, ["合计", "抽查单位7个", "", "", "", 3, 2, "", ""])
    b.line(ws, total + 2, "填表人：李卫东    审核人：张海涛    填报日期：2024年7月30日", 8)
    return b.close()


def write_stat(path: Path) -> Path:
    return via_soffice(write_stat_book, path, "xls", "统计执法双随机抽查发现问题整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 根治欠薪百日攻坚行动欠薪问题线索办理台账, after a city 人社局's account of its 根治欠薪百日攻坚行动
# (在建工程项目、 政府投资工程; 涉及欠薪项目, 通过协调等非立案方式解决, 立案查处, 移送公安机关;
# 涉及农民工人数和金额):
# http://rsj.luan.gov.cn/rsgz/ldgx/4105081.html
# A tab-separated text in UTF-16: title line, 填报单位 line, one header row with 交办日期 and 办理时限
# partly in working days from it, the 办理方式 and the 办理结果 as written.
WAGE_ROWS = [
    (
        "QX-2024-031",
        "2024-07-01",
        "龙都花园三期项目",
        "总包单位拖欠农民工工资",
        "36",
        "48.6",
        "市住建局",
        "10个工作日内",
        "协调解决",
        "已协调解决，工资已全部支付到位",
    ),
    (
        "QX-2024-032",
        "2024-07-03",
        "国道G342改建工程第三标段",
        "分包企业拖欠钢筋工工资",
        "22",
        "31.2",
        "市交通局",
        "2024年7月31日",
        "立案查处",
        "已立案调查，正在督促支付",
    ),
    (
        "QX-2024-033",
        "2024-07-05",
        "金堤河治理工程（濮阳县段）",
        "劳务班组长卷款，工人工资未发放",
        "15",
        "18.5",
        "市水务局",
        "15个工作日内",
        "移送公安",
        "已移送公安机关",
    ),
    (
        "QX-2024-034",
        "2024-07-08",
        "濮阳县丽雅服装有限公司",
        "停产后拖欠员工两个月工资",
        "48",
        "27.3",
        "濮阳县人民政府",
        "2024年8月15日",
        "属地化解",
        "未启动化解",
    ),
    (
        "QX-2024-035",
        "2024-07-10",
        "华龙区味之源餐饮店",
        "拖欠服务员工资",
        "6",
        "2.4",
        "市劳动局",
        "5个工作日内",
        "调解",
        "已办结",
    ),
    (
        "QX-2024-036",
        "2024-07-15",
        "市第二污水处理厂提标改造项目",
        "未按月足额拨付人工费用",
        "28",
        "39.0",
        "市住房城乡建设局",
        "8月底前",
        "约谈",
        "",
    ),
    (
        "QX-2024-037",
        "2024-07-22",
        "濮阳瑞丰电子科技有限公司",
        "以试用期为由克扣工资",
        "12",
        "5.6",
        "华龙区人民政府",
        "10个工作日内",
        "核查",
        "正在核查",
    ),
]


def write_wage(path: Path) -> Path:
    lines = [
        "根治欠薪百日攻坚行动欠薪问题线索办理台账（截至2024年7月31日）",
        "填报单位：市根治拖欠农民工工资工作领导小组办公室",
        "线索编号\t交办日期\t项目（单位）名称\t反映问题\t涉及人数\t涉及金额（万元）\t责任单位\t办理时限\t办理方式\t办理结果",
    ]
    lines += ["\t".join(row) for row in WAGE_ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 涉税投诉举报诉求办理台账, after a district 税务局's account of its 涉税投诉举报 work
# (12366热线、12345平台、现场反馈、 信函举报、稽查举报;
# 简易诉求1个工作日内快速回应、复杂事项5个工作日内办结反馈; 重大线索移交稽查部门):
# https://www.lzq.gov.cn/news/show/20251222103113285.html
# A CSV in GBK: title line, 填报单位 line naming the 税务局, one header row with 受理日期 and 办理时限 in
# working days, the 承办科室 inside the 税务局, a 办结日期 column, a 合计 row.
TAX_ROWS = [
    (
        "2024-07-01",
        "12366热线",
        "简易",
        "电子税务局发票开具页面无法打开",
        "纳税服务科",
        "1个工作日内",
        "已办结",
        "2024-07-01",
    ),
    (
        "2024-07-03",
        "12345平台",
        "复杂",
        "举报某超市销售商品不开具发票",
        "征收管理科",
        "5个工作日内",
        "已办结",
        "2024-07-09",
    ),
    (
        "2024-07-09",
        "现场反馈",
        "简易",
        "办税服务厅自助办税终端打印故障",
        "办税服务厅",
        "1个工作日内",
        "",
        "2024-07-10",
    ),
    (
        "2024-07-16",
        "稽查举报",
        "复杂",
        "举报某建材公司虚开增值税专用发票",
        "货物和劳务税科",
        "5个工作日内",
        "已移交稽查局",
        "",
    ),
    ("2024-07-22", "12366热线", "复杂", "个体工商户定额核定偏高", "征收管理科", "5个工作日内", "办理中", ""),
    (
        "2024-07-25",
        "信函",
        "复杂",
        "社保费缴费记录与实际缴费不符",
        "社会保险费和非税收入科",
        "5个工作日内",
        "未办理",
        "",
    ),
    (
        "2024-07-30",
        "12345平台",
        "简易",
        "咨询小规模纳税人减免政策未获答复",
        "纳税服务科",
        "1个工作日内",
        "",
        "",
    ),
]


def write_tax(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["涉税投诉举报诉求办理台账（2024年7月）"])
    w.writerow(["填报单位：濮阳市税务局", "", "", "", "", "", "", "", "填报日期：2024年7月31日"])
    w.writerow(
        [
            "序号",
            "受理日期",
            "诉求渠道",
            "诉求类型",
            "诉求内容",
            "承办科室",
            "办理时限",
            "办理状态",
            "办结日期",
        ]
    )
    for i, row in enumerate(TAX_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "本月共受理7件，办结3件", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 市级重大事故隐患挂牌督办整改进展情况, after a city's public 挂牌督办 of 重大事故隐患单位
# (火灾、危化、水上安全等; 向社会公布名单, 定期通报隐患整改进度; 一案一档; 挂牌督办单位):
# http://anquan.com.cn/news/china/2009/26517.html
# An .xlsx: title, 挂牌督办时间 line (the base of one deadline in days), a 说明 line, a two-row header with
# 整改落实情况 over 整改进展 and 验收销号情况, the 挂牌督办单位 (inspector) beside the 隐患单位 that must
# correct.
HAZARD_ROWS = [
    (
        "濮阳市盛源石化有限公司",
        "濮阳县",
        "危险化学品",
        "液化烃储罐区未设置紧急切断装置",
        "市安监局",
        "2024年8月31日",
        "正在施工安装",
        "",
    ),
    (
        "濮阳市华丰纺织有限公司",
        "华龙区",
        "火灾",
        "生产车间与员工宿舍设置在同一建筑内",
        "市消防支队",
        "2024年6月30日",
        "已完成主体整改",
        "已验收销号",
    ),
    (
        "濮阳市恒达机械制造有限公司",
        "清丰县",
        "工贸",
        "粉尘涉爆除尘系统未采取泄爆措施",
        "市应急管理局",
        "挂牌后100日内",
        "已完成方案设计，正在采购设备",
        "",
    ),
    (
        "南乐县金盛商贸城有限公司",
        "南乐县",
        "火灾",
        "商场疏散通道堵塞，自动喷水灭火系统瘫痪",
        "市消防救援支队",
        "2024年7月20日",
        "逾期未整改",
        "",
    ),
    (
        "濮阳市宏源化工有限公司",
        "范县",
        "危险化学品",
        "重大危险源未实现在线监测监控",
        "市应急局",
        "2024年7月15日",
        "基本完成",
        "复查通过",
    ),
    (
        "台前县港丰物流有限公司",
        "台前县",
        "道路运输",
        "危险货物运输车辆动态监控设备失效",
        "市交通局",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "濮阳市新城燃气有限公司",
        "华龙区",
        "燃气",
        "储配站与周边建筑防火间距不足",
        "市住建局",
        "2024年12月31日前",
        "正在协调搬迁选址",
        "",
    ),
]


def write_hazard(path: Path) -> Path:
    b = Book(path, author="安委办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 28, 10, 12, 36, 16, 16, 28, 14])
    b.line(ws, 0, "2024年第二批市级重大事故隐患挂牌督办整改进展情况", 8, b.title)
    b.line(ws, 1, "挂牌督办时间：2024年5月10日    更新日期：2024年7月30日", 8)
    b.line(ws, 2, "说明：隐患单位为整改责任主体，挂牌督办单位负责跟踪督办和验收销号。", 8)
    words = [
        "序号",
        "隐患整改责任单位",
        "所在县（区）",
        "隐患类别",
        "重大事故隐患内容",
        "挂牌督办单位",
        "整改期限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改落实情况", b.head)
    b.header(ws, 4, ["整改进展", "验收销号情况"], first=7)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
    b.line(ws, 6 + len(HAZARD_ROWS), "市安全生产委员会办公室    2024年7月30日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 中央生态环境保护督察交办信访举报件办理情况, after a district's notice of a batch of 群众信访举报件
# handed over by the 中央生态环境保护督察组 (第N批, 来电/来信举报; 涉及大气、土壤、噪声;
# 已及时转交相关部门、相关镇街处理; 办理情况反馈, 整改和处理情况向社会公开):
# http://cqna.gov.cn/bm/qsthjj/sthbdc/202405/t20240515_13206733.html
# An .ods (LibreOffice): title, 交办时间 line (the base of the 7日内 deadlines) with the batch counts, one
# header row with 是否属实 and 办结情况 beside the 处理和整改情况, a 长期坚持 row, a contact line.
ENV_ROWS = [
    (
        "D6-001",
        "濮阳县化工园区内企业夜间偷排废气，异味扰民",
        "大气",
        "濮阳县",
        "市环保局",
        "7日内",
        "属实",
        "已责令涉事企业停产整改",
        "阶段性办结",
    ),
    (
        "D6-002",
        "小区楼下烧烤店油烟直排，影响居民生活",
        "大气",
        "华龙区",
        "市城管执法局",
        "7日内",
        "属实",
        "已安装油烟净化设施并投入使用",
        "已办结",
    ),
    (
        "D6-003",
        "养殖场粪污直排入村边沟渠",
        "水",
        "清丰县",
        "市农委",
        "2024年8月31日前",
        "属实",
        "正在建设储粪池",
        "未办结",
    ),
    (
        "D6-004",
        "商业综合体工地夜间施工噪声扰民",
        "噪声",
        "华龙区",
        "华龙区人民政府",
        "7日内",
        "属实",
        "已责令限定施工时间",
        "已办结",
    ),
    (
        "D6-005",
        "马颊河南乐段两岸垃圾堆积",
        "水",
        "南乐县",
        "市水务局",
        "2024年9月30日前",
        "部分属实",
        "",
        "未办结",
    ),
    (
        "D6-006",
        "砂石料场露天堆放扬尘污染",
        "大气",
        "范县",
        "范县人民政府",
        "长期坚持",
        "属实",
        "纳入日常巡查，常态化监管",
        "",
    ),
    (
        "D6-007",
        "乡镇卫生院污水处理设施不正常运行",
        "水",
        "台前县",
        "市卫计委",
        "7日内",
        "不属实",
        "经现场核查，污水处理设施运行正常",
        "已办结",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察办")
    ws = b.sheet("第6批")
    b.widths(ws, [10, 40, 8, 10, 18, 16, 10, 30, 12])
    b.line(ws, 0, "中央第三生态环境保护督察组交办群众信访举报件办理情况（第6批）", 8, b.title)
    b.line(ws, 1, "交办时间：2024年7月12日    本批交办7件，其中来电举报6件、来信举报1件", 8)
    words = [
        "受理编号",
        "交办问题",
        "污染类型",
        "行政区域",
        "责任单位",
        "办理时限",
        "是否属实",
        "处理和整改情况",
        "办结情况",
    ]
    b.header(ws, 2, words)
    for i, row in enumerate(ENV_ROWS):
        b.row(ws, 3 + i, list(row))
    b.line(ws, 4 + len(ENV_ROWS), "联系人：郭明    联系电话：0393-4412368", 8)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "交办信访举报件办理情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 有效衔接工作问题整改方案及进展, after a town's 巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作问题整改方案
# with its 印发 通知 (各村（社区）、部门单位; 经镇党委、政府同意; 一、整体要求;
# 问题不查清不放过、整改不到位不放过):
# https://miluo.gov.cn/25221/25222/26778/26788/27653/content_2337260.html
# A .doc (Word 97 via LibreOffice): the 通知, the 方案 title, 一、整体要求, then 二、问题清单 with numbered
# items under section headings, each with 责任单位 (a 站所 inside the town), a schedule text as its 整改时限
# and a 进展 line.
RURAL_SECTIONS = [
    (
        "（一）防止返贫监测帮扶方面",
        [
            (
                "部分监测户帮扶措施与风险类型不匹配，存在“一刀切”现象",
                "镇乡村振兴办",
                "逐户核查监测户风险类型，按户调整帮扶措施",
                "2024年7月底前完成排查，9月底前全部完成调整",
                "已完成排查，正在逐户调整帮扶措施。",
            ),
            (
                "个别脱贫户家庭收入核算漏项，收入数据不准确",
                "镇农业服务中心",
                "重新入户核算家庭收入并更新系统数据",
                "2024年6月30日前",
                "已完成整改，收入数据已重新核算录入。",
            ),
            (
                "村级防返贫监测信息员业务培训不足",
                "镇乡村振兴办",
                "分片组织信息员集中培训",
                "2024年7月15日前",
                "已组织集中培训2期，整改完成。",
            ),
        ],
    ),
    (
        "（二）产业和就业帮扶方面",
        [
            (
                "部分衔接资金项目联农带农机制不健全",
                "镇财政所",
                "完善项目收益分配方案，明确带动脱贫户数量",
                "第三季度",
                "未启动。",
            ),
            (
                "帮扶车间吸纳脱贫劳动力就业人数下降",
                "镇社会事务办",
                "对接用工需求，开展技能培训",
                "常态化推进",
                "常态化推进，每月调度一次。",
            ),
        ],
    ),
    (
        "（三）乡村建设和治理方面",
        [
            (
                "部分村人居环境整治不彻底，房前屋后柴草乱堆乱放",
                "镇村镇建设办",
                "开展人居环境集中整治，建立长效保洁机制",
                "2024年8月31日前",
                "已清理乱堆乱放点位126处，剩余点位正在清理。",
            ),
            (
                "帮扶项目资产管护责任落实不到位，部分太阳能路灯损坏无人维修",
                "镇财政所",
                "逐项明确管护主体，落实维修资金",
                "年底前",
                "",
            ),
        ],
    ),
]


def _rural_items(doc) -> None:
    n = 0
    for heading, items in RURAL_SECTIONS:
        _paragraph(doc, heading, 16, "楷体_GB2312")
        for problem, unit, measure, limit, progress in items:
            n += 1
            _paragraph(doc, f"{n}.{problem}。")
            _paragraph(doc, f"责任单位：{unit}。整改措施：{measure}。整改时限：{limit}。")
            if progress:
                _paragraph(doc, f"截至7月底进展：{progress}")


def write_rural_docx(path: Path) -> Path:
    doc = _new_document("乡村振兴办")
    _paragraph(doc, "岳政发〔2024〕21号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(
        doc,
        "华龙区岳村镇人民政府关于印发《岳村镇2024年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作问题整改方案》的通知",
    )
    _paragraph(doc, "各村（社区）、镇直各单位：")
    _paragraph(
        doc,
        "《岳村镇2024年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作问题整改方案》已经镇党委、政府同意，"
        "现印发给你们，请结合实际认真抓好问题整改落实。各责任单位整改进展已附于各问题之后。",
    )
    _paragraph(doc, "华龙区岳村镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _title(doc, "岳村镇2024年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作问题整改方案")
    _paragraph(doc, "一、整体要求", 16, "黑体")
    _paragraph(
        doc,
        "坚持问题导向，举一反三、全面梳理、全面整改存在的问题，做到问题不查清不放过、整改不到位不放过、"
        "成效不达标不放过、群众不满意不放过，坚决守住不发生规模性返贫底线。",
    )
    _paragraph(doc, "二、问题清单及整改措施", 16, "黑体")
    _rural_items(doc)
    _paragraph(doc, "三、保障措施", 16, "黑体")
    _paragraph(doc, "镇整改工作专班每半月调度一次整改进展，整改完成一项、销号一项。")
    return _save_fixed(doc, path)


def write_rural(path: Path) -> Path:
    return via_soffice(write_rural_docx, path, "doc", "有效衔接工作问题整改方案.docx")


FILES = [
    ("卫生城市复审检查路段问题汇总表（7月16日）.xlsx", write_city),
    ("2024年上半年物业服务排名靠后小区整改情况.docx", write_estate),
    ("政府网站和政务新媒体检查发现问题整改清单（第二季度）.xls", write_web),
    ("档案行政执法检查问题整改台账（两家单位）.zip", write_archive),
    ("统计执法双随机抽查发现问题整改情况表.et", write_stat),
    ("根治欠薪百日攻坚行动欠薪线索办理台账.tsv", write_wage),
    ("涉税投诉举报诉求办理台账（2024年7月）.csv", write_tax),
    ("市级重大事故隐患挂牌督办整改进展情况.xlsx", write_hazard),
    ("中央生态环境保护督察交办信访举报件办理情况（第6批）.ods", write_env),
    ("岳村镇有效衔接工作问题整改方案及进展.doc", write_rural),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev28 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions), a CSV
in GBK, a .docx with a table and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev28.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 民生实事项目推进情况表, after a project-editing page's table columns (项目编码, 项目名称, 年度建设安排及绩效目标,
# 牵头单位, 参与单位, 项目状态, 上报单位, 具体填报单位):
# https://github.com/lennokiki/vue3.0/blob/36165ef9fd2553bc20d50f59609688e5328de28a/src/views/projectEdit/categoryBTable.js
# Title, 填报单位 line, one header row; the schedule text holds the deadline; 参与单位 and 上报单位 beside the lead unit.
LIVELIHOOD_ROWS = [
    (
        "MS2024-01",
        "新建改扩建城区公办幼儿园4所",
        "3月底前完成选址，9月底前全部投入使用，新增学位1200个",
        "市教育局",
        "市住建局、市财政局",
        "已建成3所，第4所正在进行室内装修",
        "市教育局",
        "基础教育科",
    ),
    (
        "MS2024-02",
        "改造老旧小区燃气管网38公里",
        "2024年6-10月实施",
        "市住建局",
        "市燃气公司",
        "推进中",
        "市住建局",
        "城建科",
    ),
    (
        "MS2024-03",
        "新建城区公共充电桩500个",
        "年底前建成投用",
        "濮阳供电公司",
        "市自然资源和规划局",
        "未开工",
        "濮阳供电公司",
        "营销部",
    ),
    (
        "MS2024-04",
        "为65岁以上老年人免费健康体检",
        "第三季度完成全部体检任务",
        "市卫计委",
        "各县（区）卫生院",
        "已完成",
        "市卫计委",
        "基层卫生科",
    ),
    (
        "MS2024-05",
        "开通城乡公交线路6条",
        "上半年开通3条，年底前全部开通",
        "众意公交公司",
        "市交通运输局",
        "已开通4条，其余2条正在办理线路审批",
        "众意公交公司",
        "运营部",
    ),
    (
        "MS2024-06",
        "建设市残疾人康复服务中心",
        "2024-2025年建成",
        "市残联",
        "市民政局",
        "",
        "市残联",
        "康复部",
    ),
    (
        "MS2024-07",
        "城区背街小巷路灯亮化改造120条",
        "7月底前完成",
        "市城管执法局",
        "华龙区人民政府",
        "已完工并通过验收",
        "市城管执法局",
        "市政设施科",
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("民生实事")
    header = [
        "序号",
        "项目编码",
        "项目名称",
        "年度建设安排及绩效目标",
        "牵头单位",
        "参与单位",
        "项目状态",
        "上报单位",
        "具体填报单位",
    ]
    last = len(header) - 1
    b.line(ws, 0, "2024年市级民生实事项目推进情况表（截至7月底）", last, b.title)
    b.line(ws, 1, "填报单位：市发展和改革委员会（汇总）          填报日期：2024年7月31日", last)
    b.header(ws, 2, header)
    for i, row in enumerate(LIVELIHOOD_ROWS, start=1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(LIVELIHOOD_ROWS)
    b.line(
        ws, r, "注：项目状态填写已完成、推进中、未开工等；年度建设安排以市政府印发的任务分解表为准。", last
    )
    b.line(ws, r + 1, "填表人：赵敏          审核人：孙建国          联系电话：0393-8991234", last)
    b.widths(ws, [6, 11, 26, 34, 14, 20, 26, 14, 12])
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 12345热线工单办理情况, after a work-order module's field list (标题, 内容, 发生时间, 状态 待处理/已处理, 发生地地址,
# 发布人员, 主办方, 协办方, 备注):
# https://github.com/MYun-Front-Team/zhdj-doc/blob/aa065d12ebcaf49af8b7890dd892e0826c09a682/gong-dan-mo-kuai.md
# A CSV in GBK: a title line, a header line, the caller beside the 主办方, a closing 合计 line.
HOTLINE_ROWS = [
    (
        "GD20240722008",
        "求助",
        "供水",
        "供水管网爆管停水",
        "建设路与任丘路交叉口供水管道爆裂，周边三个小区停水",
        "2024-07-22 09:15",
        "已处理",
        "华龙区建设路",
        "李先生",
        "市自来水公司",
        "市城管局",
        "已抢修恢复供水，已回复市民",
    ),
    (
        "GD20240722031",
        "投诉",
        "噪声",
        "夜间施工噪音扰民",
        "绿城小区南侧工地夜间22时后仍在浇筑混凝土",
        "2024-07-22 23:40",
        "待处理",
        "华龙区绿城路",
        "王女士",
        "市城管局",
        "市生态环境局",
        "限7月31日前办结",
    ),
    (
        "GD20240723012",
        "投诉",
        "公共交通",
        "公交站台顶棚破损",
        "人民公园站公交站台顶棚玻璃破裂，存在坠落危险",
        "2024-07-23 10:05",
        "已处理",
        "人民公园站",
        "张先生",
        "众意公交公司",
        "",
        "已更换顶棚玻璃",
    ),
    (
        "GD20240724019",
        "咨询",
        "医保",
        "异地就医备案咨询未获答复",
        "市民三次咨询异地就医备案办理流程，均未得到答复",
        "2024-07-24 15:20",
        "待处理",
        "",
        "刘女士",
        "市医保局",
        "",
        "限8月2日前办结",
    ),
    (
        "GD20240725006",
        "投诉",
        "市容",
        "集市摊点占道经营",
        "胡村乡集市摊点占用乡道经营，车辆无法通行",
        "2024-07-25 08:30",
        "已处理",
        "胡村乡集市",
        "赵先生",
        "胡村乡人民政府",
        "",
        "已劝离并划定经营区域",
    ),
    (
        "GD20240726014",
        "举报",
        "食品安全",
        "农贸市场售卖过期食品",
        "胜利路农贸市场一摊位售卖过期熟食",
        "2024-07-26 11:45",
        "已处理",
        "胜利路农贸市场",
        "匿名",
        "市市场监管局",
        "华龙区市场监督管理局",
        "已立案查处，下架过期食品",
    ),
    (
        "GD20240727003",
        "投诉",
        "特种设备",
        "住宅小区电梯频繁故障",
        "锦华苑小区3号楼电梯一周内停运4次",
        "2024-07-27 19:10",
        "待处理",
        "锦华苑小区",
        "陈女士",
        "市住建局",
        "市市场监管局",
        "限7月30日前办结，已逾期",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市12345政务服务便民热线工单办理情况汇总（2024年7月22日—7月28日）"])
    w.writerow(
        [
            "工单编号",
            "类型",
            "分类名称",
            "标题",
            "内容",
            "发生时间",
            "状态",
            "发生地地址",
            "发布人员",
            "主办方",
            "协办方",
            "备注",
        ]
    )
    for row in HOTLINE_ROWS:
        w.writerow(row)
    done = sum(1 for row in HOTLINE_ROWS if row[6] == "已处理")
    w.writerow([f"合计：{len(HOTLINE_ROWS)}件，已处理{done}件，待处理{len(HOTLINE_ROWS) - done}件"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 生态环境保护督察反馈问题整改进展情况统计, after a prefecture's published 督察 progress notice with its table
# (截至时间 line; 序号, 县市（州直部门）, counts per place; a closing 合计 row):
# https://cxz.gov.cn/info/2943/36349.htm
# An Excel 97 workbook: title, 截至时间 line, two header rows (完成情况 over 是/否 ticks), a 合计 row, signature.
ENV_ROWS = [
    (
        "华龙区",
        "城区部分餐饮单位油烟净化设施未正常运行",
        "市生态环境局",
        "2024年6月底前",
        "已清洗更换，复查合格",
        "√",
        "",
    ),
    (
        "清丰县",
        "县污水处理厂出水总磷间歇超标",
        "清丰县人民政府",
        "2024年9月底前",
        "提标改造设备已进场安装",
        "",
        "√",
    ),
    ("南乐县", "砖瓦窑厂未批先建占用耕地", "市国土局", "2024.7.15", "已拆除，复垦复绿完成", "√", ""),
    ("范县", "黄河滩区违规堆放建筑垃圾", "市水务局", "2024年8月31日前", "未启动", "", "√"),
    ("台前县", "化工园区雨污管网混接错接", "市住建局", "2023-2025年", "正在分段改造", "", "√"),
    ("濮阳县", "畜禽养殖场粪污直排坑塘", "市农委", "长期坚持", "常态化巡查", "", ""),
    (
        "市直部门",
        "重点排污单位在线监测数据弄虚作假查处不力",
        "市生态环境局",
        "2024年12月31日",
        "已立案查处2起，其余正在核查",
        "",
        "√",
    ),
]


def write_env(path: Path) -> Path:
    head, cell, center = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False, wrap=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "濮阳市省生态环境保护督察反馈问题整改进展情况统计", title, 0, 7),
        (1, 0, "（截至时间：2024年7月31日11:00）", plain, 1, 7),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "县区（市直部门）", head, 3, 1),
        (2, 2, "反馈问题", head, 3, 2),
        (2, 3, "整改责任单位", head, 3, 3),
        (2, 4, "整改时限", head, 3, 4),
        (2, 5, "整改进展", head, 3, 5),
        (2, 6, "是否完成", head, 2, 7),
        (3, 6, "是", head),
        (3, 7, "否", head),
    ]
    for i, row in enumerate(ENV_ROWS, start=1):
        r = 3 + i
        cells.append((r, 0, i, center))
        for c, v in enumerate(row, start=1):
            cells.append((r, c, v, center if c >= 6 else cell))
    r = 4 + len(ENV_ROWS)
    yes = sum(1 for row in ENV_ROWS if row[5])
    no = sum(1 for row in ENV_ROWS if row[6])
    cells += [
        (r, 0, "合计", head, r, 1),
        (r, 2, f"{len(ENV_ROWS)}项", cell),
        (r, 3, "", cell),
        (r, 4, "", cell),
        (r, 5, "", cell),
        (r, 6, yes, center),
        (r, 7, no, center),
        (r + 1, 0, "填报人：周丽    审核人：马建华    联系电话：0393-6610218", plain, r + 1, 7),
    ]
    return _write_xls(path, [("整改进展", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 审计查出问题整改情况报告, after a regional 审计厅's rule on judging rectification (已完成整改、正在整改、长期整改和
# 尚未整改; 整改台账, 对账销号):
# https://www.hxsbs.com/szb/con/202202/14/content_42225.html
# A .docx: title, 主送 and preamble paragraphs, one table with the 责任科室 of the sending unit, signature block.
AUDIT_ROWS = [
    [
        "1",
        "部分专项资金未及时拨付，滞留国库3个月以上",
        "国库科",
        "加快资金拨付，7月底前全部拨付到位",
        "2024年7月31日",
        "已完成整改",
    ],
    [
        "2",
        "政府采购预算编制不完整，部分项目未编入采购预算",
        "预算科",
        "修订预算编制规程，补编采购预算",
        "2024年9月30日",
        "正在整改",
    ],
    [
        "3",
        "部分国有房产出租未公开招租",
        "资产管理科",
        "收回到期房产，统一进场公开招租",
        "2024.8.31",
        "尚未整改",
    ],
    ["4", "部分项目绩效目标设置不够细化量化", "绩效管理科", "完善绩效目标审核机制", "长期坚持", "长期整改"],
    ["5", "往来款项长期挂账未清理", "国库科", "逐笔核对，分类清理", "年底前", "正在整改，已清理12笔"],
    ["6", "非税收入未及时缴入国库", "综合科", "督促执收单位按时缴库", "6月30日前完成", "已完成整改"],
    ["7", "部分惠民惠农补贴重复发放", "社会保障科", "追回重复发放资金，完善比对机制", "第三季度", "正在整改"],
]


def write_audit(path: Path) -> Path:
    doc = _new_document("caizhengju")
    _title(doc, "市财政局关于2023年度预算执行审计查出问题整改情况的报告")
    _paragraph(doc, "市审计局：")
    _paragraph(
        doc,
        "根据市审计局《关于2023年度预算执行情况的审计报告》，我局对审计查出的7个问题逐项建立整改台账，"
        "实行对账销号。现将截至2024年7月底的整改情况报告如下：",
    )
    _table(doc, ["序号", "审计查出问题", "责任科室", "整改措施", "整改期限", "整改结果认定"], AUDIT_ROWS)
    _paragraph(doc, "注：整改结果认定按已完成整改、正在整改、长期整改、尚未整改四类填写。", size=12)
    _paragraph(doc, "市财政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 交办事项工作台账, after a city 发改委's notice on keeping 台账 for 交办事项 (一事一记; 接手之日起登记进、办、出各环节;
# 有明确办结时限的提前办结; 首问责任制、限时办结制):
# http://fgw.dazhou.gov.cn/news-show-1581.html
# An .et (Excel 97 bytes, as WPS saves it): title naming the sending unit, its 科室 per row, 交办日期 and relative
# 办结时限, a 是否办结 column, a 填表说明.
ASSIGN_ROWS = [
    (
        "国道106线城区段路面坑槽修补",
        "市政府领导批示",
        date(2024, 7, 8),
        "公路科",
        "10个工作日内",
        "已修补完毕，报督查室审结",
        "是",
    ),
    (
        "出租车拒载绕路投诉集中整治",
        "12345热线转办",
        date(2024, 7, 15),
        "运输管理科",
        "15个工作日内",
        "正在开展集中整治，已查处12起",
        "否",
    ),
    (
        "农村公路养护资金拨付滞后",
        "市政府常务会议议定",
        date(2024, 6, 20),
        "财务科",
        "6月30日前",
        "未办理",
        "否",
    ),
    ("汽车客运站安检设施更新", "上级部门交办", date(2024, 7, 1), "安全监督科", "8月底前", "", ""),
    ("跨河大桥限高架被撞损坏", "局领导口头交办", date(2024, 7, 24), "公路科", "5日内", "已恢复", "是"),
    (
        "治超站称重设备联网",
        "局办公会议交办",
        date(2024, 5, 10),
        "科技信息科",
        "第三季度",
        "已完成设备采购，正在调试",
        "否",
    ),
    ("驾培机构收费公示不规范", "信访举报", date(2024, 7, 10), "运输管理科", "长期坚持", "常态化推进", ""),
]


def write_assign_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("交办事项")
    header = ["序号", "交办事项", "交办来源", "交办日期", "承办科室", "办结时限", "办理情况", "是否办结"]
    last = len(header) - 1
    b.line(ws, 0, "市交通运输局交办事项工作台账（2024年7月）", last, b.title)
    b.line(ws, 1, "实行一事一记，从接件之日起登记进、办、出各环节。", last)
    b.header(ws, 2, header)
    for i, row in enumerate(ASSIGN_ROWS, start=1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(ASSIGN_ROWS)
    b.line(ws, r, "填表说明：办结时限按交办要求填写；已办结的事项附办结报告。", last)
    b.line(ws, r + 1, "填表人：韩晓东          联系电话：0393-4412607          2024年7月31日", last)
    b.widths(ws, [6, 30, 18, 12, 12, 14, 30, 10])
    return b.close()


def write_assign(path: Path) -> Path:
    return via_soffice(write_assign_book, path, "xls", "交办事项工作台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 安全生产大检查隐患自查台账 (two towns), after a township's account of its 岁末年初安全大检查 (各村街企业开展自查;
# 不能立即整改的做到责任、措施、资金、时限和预案“五落实”):
# http://shenjuapp.com/xwzx/xzdt/content_3728
# A zip of two .xlsx returns; each names its town only in the title and file name; two header rows (五落实 over
# 措施、资金、时限、责任人、预案).
SELF_RETURNS = [
    (
        "岳村乡人民政府",
        [
            (
                "岳村乡中心敬老院",
                "厨房液化气钢瓶未设置独立存放间",
                "设置独立气瓶间",
                "0.8",
                "2024年7月20日",
                "李振",
                "有",
                "已整改",
            ),
            (
                "前刘村",
                "村幼儿园消防通道被杂物堵塞",
                "清理杂物，设置禁停标识",
                "0",
                "7月18日前",
                "刘国强",
                "有",
                "已清理",
            ),
            (
                "宏达建材厂",
                "粉尘作业场所未安装除尘设施",
                "安装布袋除尘设备",
                "6.5",
                "8月15日前",
                "王海",
                "有",
                "正在安装除尘设备",
            ),
            (
                "岳村乡集贸市场",
                "电气线路私拉乱接",
                "统一更换线路并穿管保护",
                "1.2",
                "7月底前",
                "张文",
                "无",
                "未整改",
            ),
        ],
    ),
    (
        "王助镇人民政府",
        [
            (
                "王助镇第一初级中学",
                "宿舍楼应急照明灯损坏",
                "更换应急照明灯",
                "0.3",
                "2024.7.25",
                "赵立",
                "有",
                "已更换",
            ),
            (
                "鑫源花生加工厂",
                "锅炉等特种设备未定期检验",
                "委托检验机构检验",
                "0.5",
                "2024年8月10日前",
                "孙鑫",
                "有",
                "已联系检验机构，待检",
            ),
            (
                "东王庄村",
                "村内坑塘无警示标志和护栏",
                "设置警示牌并安装护栏",
                "2",
                "7月30日前",
                "王德明",
                "有",
                "已设置警示牌，护栏正在安装",
            ),
            ("王助镇卫生院", "配电室未设置挡鼠板", "加装挡鼠板", "0.1", "9月底前", "周红", "无", ""),
        ],
    ),
]


def write_self_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path)
    ws = b.sheet("自查台账")
    last = 9
    b.line(ws, 0, f"{town}安全生产大检查隐患自查台账", last, b.title)
    b.line(ws, 1, "检查时段：2024年7月15日—7月19日          填报日期：2024年7月31日", last)
    for c, word in enumerate(["序号", "检查对象", "隐患问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 7, "“五落实”情况", b.head)
    b.header(ws, 3, ["整改措施", "整改资金（万元）", "整改时限", "整改责任人", "应急预案"], first=3)
    b.merge(ws, 2, 8, 3, 8, "整改情况", b.head)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(rows, start=1):
        b.row(ws, 3 + i, [i, *row, ""])
    r = 4 + len(rows)
    b.line(ws, r, "检查人：乡（镇）安监办          主要负责人签字：", last)
    b.widths(ws, [6, 18, 28, 24, 10, 16, 10, 8, 26, 8])
    return b.close()


def write_self(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, rows in SELF_RETURNS:
            name = f"安全生产大检查隐患自查台账（{town}）.xlsx"
            member = write_self_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 民营企业诉求办理台账, after a city's 民营企业诉求办理工作机制 (承办单位收到转办事项后3个工作日内联系诉求方核实,
# 作出受理决定之日起5个工作日内办结, 书面答复诉求企业; 经同意可以适当延长办理期限):
# http://bk.zzlib.net:88/paper/daily/202404/416246.html
# An .ods: title, 填报单位 line, one header row; 受理日期 and a relative 办理时限; a 书面答复企业 column.
FIRM_ROWS = [
    (
        "濮阳宏业化工有限公司",
        "高新技术企业奖补资金半年未兑现",
        date(2024, 7, 15),
        "市科技局",
        "5个工作日内",
        "已兑现，已书面答复企业",
        "是",
    ),
    (
        "中原绿能科技有限公司",
        "新建厂房用电报装迟迟未接入",
        date(2024, 7, 22),
        "濮阳供电公司",
        "5个工作日内",
        "已完成线路勘查，正在施工接入",
        "否",
    ),
    (
        "濮阳市金瑞纺织有限公司",
        "出口退税办理周期过长",
        date(2024, 7, 10),
        "市税务局",
        "5个工作日内",
        "已办结",
        "是",
    ),
    (
        "华鼎建工集团有限公司",
        "政府投资项目工程款拖欠",
        date(2024, 7, 1),
        "市财政局",
        "经同意延长至8月31日",
        "正在协调资金，已支付30%",
        "否",
    ),
    (
        "新丰食品有限公司",
        "食品生产许可证延续审批超时",
        date(2024, 7, 24),
        "市场监管局",
        "5个工作日内",
        "未办理",
        "否",
    ),
    ("龙湖物流园有限公司", "货车城区通行证办理难", date(2024, 7, 25), "市交警支队", "5个工作日内", "", ""),
    (
        "天成机械制造有限公司",
        "厂区周边道路破损影响运输",
        date(2024, 7, 18),
        "市交通局",
        "5个工作日内",
        "已修复并书面答复",
        "是",
    ),
]


def write_firm_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("企业诉求")
    header = ["序号", "诉求企业", "诉求内容", "受理日期", "承办单位", "办理时限", "办理情况", "书面答复企业"]
    last = len(header) - 1
    b.line(ws, 0, "民营企业诉求办理台账", last, b.title)
    b.line(ws, 1, "填报单位：市非公有制经济工作领导小组办公室          截至2024年7月31日", last)
    b.header(ws, 2, header)
    for i, row in enumerate(FIRM_ROWS, start=1):
        b.row(ws, 2 + i, [i, *row])
    r = 3 + len(FIRM_ROWS)
    b.line(ws, r, "说明：办理时限自受理之日起计算；涉及面广、办理难度大的诉求经同意可适当延长。", last)
    b.widths(ws, [6, 24, 30, 12, 16, 20, 30, 12])
    return b.close()


def write_firm(path: Path) -> Path:
    via_soffice(write_firm_book, path, "ods", "民营企业诉求办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 督察交办信访举报件办理情况报告, after a league's account of the 中央生态环境保护督察组 交办 信访举报件 (已办结、
# 阶段性办结; 附件 群众信访举报转办和边督边改公开情况一览表):
# http://www.qqzddqwz.com/sthjj/ztzl/tjzt/zzqsthjbhdczxlglm/mtjj/2025070218412237206/index.html
# A .doc (Word 97 via LibreOffice): the items as numbered paragraphs, each with 受理编号, 责任单位, 办理时限, 办理情况.
PETITION_ITEMS = [
    (
        "D3HA202407180021",
        "濮阳县城关镇某废旧塑料加工点夜间焚烧废料",
        "濮阳县人民政府",
        "2024年7月25日前",
        "已办结。",
    ),
    ("X3HA202407180008", "城区某KTV夜间音响噪声扰民", "市公安局", "2024年7月26日前", "已办结。"),
    (
        "D3HA202407190035",
        "马颊河支流水面漂浮垃圾长期无人清理",
        "市水利局",
        "2024年8月15日前",
        "阶段性办结，漂浮物已打捞，长效保洁机制正在建立。",
    ),
    ("D3HA202407190042", "工业园区企业夜间排放异味扰民", "市生态环境局", "2024年9月30日前", "阶段性办结。"),
    ("X3HA202407200013", "渣土车沿途抛洒遗漏污染路面", "市城管局", "2024年7月31日前", "正在办理。"),
    ("D3HA202407200050", "金堤河段非法采砂破坏河道", "市自然资源和规划局", "2024年8月31日前", "未启动调查。"),
]


def write_petition_docx(path: Path) -> Path:
    doc = _new_document("dcb")
    _title(doc, "关于中央生态环境保护督察组交办第十八批信访举报件办理情况的报告")
    _paragraph(
        doc,
        "2024年7月18日至20日，中央第二生态环境保护督察组向我市交办第十八批群众信访举报件6件。"
        "市边督边改工作组第一时间转交各责任单位调查处理，现将办理情况报告如下：",
    )
    numerals = "一二三四五六七八九十"
    for i, (code, problem, unit, limit, status) in enumerate(PETITION_ITEMS):
        _paragraph(
            doc,
            f"（{numerals[i]}）受理编号{code}，反映{problem}问题。责任单位：{unit}。办理时限：{limit}。办理情况：{status}",
        )
    _paragraph(doc, "附件：中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十八批）", size=14)
    _paragraph(doc, "市迎接中央生态环境保护督察工作领导小组边督边改组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_docx, path, "doc", "督察交办信访举报件办理情况.docx")


# ---------------------------------------------------------------------------------------------
# 9. “企业之家”企业诉求转办跟踪表, after a city's 企业之家 联合服务工作机制 (广泛收集、统一汇聚、分类转办、跟办督办;
# 企业服务专员承担收集、登记、转办、催办、回访):
# https://anshun.gov.cn/zfxxgk/fdzdgknr/zcwj_5621209/afbf_5635592/202510/t20251011_88684913.html
# An .xlsx: title, 填报单位 line, two header rows (登记 / 转办 / 催办 / 回访 over their columns), a 合计 row.
HOME_ROWS = [
    (
        date(2024, 7, 3),
        "濮阳恒通置业有限公司",
        "厂房不动产分割登记办证慢",
        "不动产登记中心",
        "2024年7月15日",
        0,
        "已办结",
        "满意",
    ),
    (
        date(2024, 7, 8),
        "中原油田服务公司",
        "职工住房公积金提取审核周期长",
        "市公积金中心",
        "7月20日前",
        1,
        "已办结",
        "基本满意",
    ),
    (
        date(2024, 7, 10),
        "濮阳城建工程有限公司",
        "投标保证金退还延迟",
        "市交易中心",
        "7月25日前",
        2,
        "正在办理",
        "",
    ),
    (
        date(2024, 7, 12),
        "龙丰纸业有限公司",
        "技术工人招聘难",
        "市人社局",
        "8月10日前",
        0,
        "正在对接专场招聘会",
        "",
    ),
    (
        date(2024, 7, 15),
        "瑞泰陶瓷有限公司",
        "工业用天然气价格调整未执行",
        "市燃气公司",
        "7月31日前",
        3,
        "逾期未办",
        "",
    ),
    (date(2024, 7, 18), "濮阳蓝星新材料有限公司", "排污许可证变更办理", "市环保局", "8月5日前", 0, "", ""),
    (
        date(2024, 7, 22),
        "华瑞电子科技有限公司",
        "统计联网直报系统无法登录",
        "市统计局",
        "7月26日前",
        0,
        "已办结",
        "满意",
    ),
]


def write_home(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("转办跟踪")
    last = 8
    b.line(ws, 0, "“企业之家”企业诉求转办跟踪表", last, b.title)
    b.line(ws, 1, "填报单位：市政务服务中心（“企业之家”办公室）          2024年7月31日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "登记", b.head)
    b.merge(ws, 2, 4, 2, 5, "转办", b.head)
    b.merge(ws, 2, 6, 3, 6, "催办次数", b.head)
    b.merge(ws, 2, 7, 2, 8, "回访", b.head)
    b.header(ws, 3, ["登记日期", "企业名称", "诉求事项", "承办单位", "办理时限"], first=1)
    b.header(ws, 3, ["办结情况", "企业评价"], first=7)
    for i, row in enumerate(HOME_ROWS, start=1):
        b.row(ws, 3 + i, [i, *row])
    r = 4 + len(HOME_ROWS)
    done = sum(1 for row in HOME_ROWS if row[6] == "已办结")
    b.row(ws, r, ["合计", "", f"{len(HOME_ROWS)}件", "", "", "", "", f"已办结{done}件", ""])
    b.line(ws, r + 1, "企业服务专员：郑雪          联系电话：0393-8880123", last)
    b.widths(ws, [6, 12, 24, 30, 16, 14, 10, 20, 10])
    return b.close()


FILES = [
    ("2024年市级民生实事项目推进情况表.xlsx", write_livelihood),
    ("12345热线工单办理情况（7月22日—7月28日）.csv", write_hotline),
    ("省生态环境保护督察反馈问题整改进展情况统计.xls", write_env),
    ("市财政局2023年度预算执行审计查出问题整改情况.docx", write_audit),
    ("市交通运输局交办事项工作台账.et", write_assign),
    ("安全生产大检查隐患自查台账（两乡镇）.zip", write_self),
    ("民营企业诉求办理台账.ods", write_firm),
    ("督察交办第十八批信访举报件办理情况报告.doc", write_petition),
    ("企业之家企业诉求转办跟踪表.xlsx", write_home),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

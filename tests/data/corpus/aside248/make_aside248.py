"""Write the aside248 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 民政养老、残联、退役军人、人社欠薪与社保经办督查问题整改 (巡察整改分工表, 欠薪线索周交办, 保障农民工工资
支付考核反馈, 冒领待遇追回, 城乡居民养老保险经办内控检查, 退役军人事务局巡察整改报告, 退役军人服务站创建督导,
敬老院巡回督查, 养老机构联合执法, 重度残疾人托养服务核查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), .wps
(Word 97 via LibreOffice), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an
.xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside248.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.money = add({"border": 1, "num_format": "0.00", "valign": "vcenter"})

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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


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
        out = Path(tmp) / "out"
        out.mkdir()
        converted = soffice(source, suffix, out)
        shutil.copyfile(converted, path)
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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, num_format=None):
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
    if num_format:
        style.num_format_str = num_format
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


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈问题整改责任分工表, after a district 残联党组's published account of its 巡察整改 (反馈的五方面十九个问题
# 及四条建议, 列出整改责任清单，明确整改期限和要求; 形成《巡察反馈问题整改责任分工表》印发各科室及下属事业单位;
# 一项一项盯紧抓实，一件一件对账销号):
# https://www.sz.gov.cn/szzt2010/wgkzl/jcgk/jcygk/zdzcjc/content/post_8662253.html
# A .wps (Word 97 via LibreOffice, saved as WPS 文字 names it): title, 主送, preamble with the 反馈 date the 立行立改
# rows count from, a table whose 方面 rows are merged across, 责任领导 beside the 责任科室 (only the 残联's own 部/科,
# so the unit is the 残联 itself), 整改期限 as dates / 月底前 / 年底前 / 立行立改 / 长期坚持, the sender and date at the foot.
CDPF_GROUPS = [
    (
        "一、学习贯彻党的创新理论和上级决策部署方面",
        [
            (
                "党组理论学习中心组学习与残疾人工作实际结合不紧，专题研讨发言质量不高",
                "制定年度学习计划，每季度围绕残疾人事业发展开展一次专题研讨",
                "王德胜",
                "办公室",
                "长期坚持",
                "已制定2024年度学习计划，二季度专题研讨已开展，长期坚持",
            ),
            (
                "残疾人保障“十四五”规划中期评估推进迟缓，3项约束性指标进度滞后",
                "逐项分析滞后指标，制定追赶措施",
                "刘志刚",
                "办公室",
                "2024年9月30日",
                "中期评估报告初稿已形成，正在征求各成员单位意见",
            ),
        ],
    ),
    (
        "二、履行职能职责方面",
        [
            (
                "困难残疾人生活补贴和重度残疾人护理补贴数据与民政部门比对不及时，6名残疾人死亡后补贴未及时停发",
                "追回多发补贴，建立按月数据比对机制",
                "刘志刚",
                "组联维权部",
                "立行立改",
                "多发补贴已全部追回，按月比对机制已建立，整改完成",
            ),
            (
                "残疾儿童康复救助定点机构监督检查不到位，2家机构康复训练记录不全",
                "下发整改通知，开展定点机构专项检查",
                "赵红英",
                "康复部",
                "2024年8月底前",
                "已下发整改通知书，1家已整改到位，1家正在整改",
            ),
            (
                "残疾人就业保障金支持的就业培训项目未开展绩效评价",
                "委托第三方开展项目绩效评价",
                "赵红英",
                "教育就业部",
                "2024年10月31日",
                "未启动",
            ),
        ],
    ),
    (
        "三、落实全面从严治党和中央八项规定精神方面",
        [
            (
                "公务接待无公函、接待清单填写不全，涉及接待4批次",
                "补齐审批手续，修订公务接待管理办法",
                "王德胜",
                "财务科",
                "立行立改",
                "已补齐审批手续，公务接待管理办法已修订印发",
            ),
            (
                "残疾人辅助器具采购项目未经验收即支付尾款",
                "组织补充验收，完善采购验收制度",
                "赵红英",
                "康复部",
                "2024年7月31日",
                "",
            ),
        ],
    ),
    (
        "四、领导班子和干部队伍建设方面",
        [
            (
                "干部人事档案专项审核中2名干部出生日期认定依据不足",
                "按程序重新认定并报备",
                "王德胜",
                "人事科",
                "2024年7月15日",
                "已按程序重新认定，整改完成",
            ),
            (
                "乡镇（街道）残联专职委员培训覆盖面不足，全年仅组织培训1次",
                "制定专职委员轮训计划，下半年再组织两期培训",
                "刘志刚",
                "组联维权部",
                "年底前",
                "轮训计划已制定，第二期培训定于8月中旬举办",
            ),
        ],
    ),
]


def write_cdpf_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市残联党组落实市委第二巡察组反馈意见整改责任分工表（整改进展）", 18)
    _paragraph(doc, "市政府督查局：", 14)
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月至5月，市委第二巡察组对市残联党组开展了常规巡察，并于2024年6月14日反馈了"
        "巡察意见。市残联党组对反馈的四个方面问题逐条认领，列出整改责任清单，明确责任领导、责任科室和整改期限，"
        "“立行立改”事项自反馈之日起即行整改。现将整改责任分工及进展情况报送如下：",
        14,
    )
    header = ["序号", "巡察反馈问题", "整改措施", "责任领导", "责任科室", "整改期限", "整改进展"]
    n_rows = sum(1 + len(rows) for _, rows in CDPF_GROUPS)
    table = doc.add_table(rows=1 + n_rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for title, rows in CDPF_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, title, 10.5, bold=True)
        r += 1
        for row in rows:
            n += 1
            for c, v in enumerate([str(n), *row]):
                _cell_text(table.cell(r, c), v, 10.5)
            r += 1
    _paragraph(doc, "联系人：孙晓燕    联系电话：0393-8186215", 12)
    _paragraph(doc, "中共濮阳市残疾人联合会党组", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cdpf(path: Path) -> Path:
    return via_soffice(write_cdpf_docx, path, "doc", "市残联巡察整改责任分工表.docx")


# ---------------------------------------------------------------------------------------------
# 2. 欠薪线索周交办台账, after a city 人社局's “日督促、周交办、月通报” mechanism for 欠薪线索 (全面加快“全国根治欠薪
# 线索反映平台”“河南省农民工工资支付监管系统”和其他渠道接收欠薪举报投诉的分类核实处置; 定专人、定时间、定措施;
# 每周由市领导对有关事项进行具体交办; 每月通报县区及行业主管部门线索办理情况):
# http://news.cnbzol.com/jujiao/2021/1213/363751.html
# A CSV in GBK: a title line, a line stating that each row's working-day 办理时限 counts from its 交办日期, one header
# line with the 平台接收日期 (an event date) beside the 交办日期, the 属地 beside the 责任单位 (county bureaus in full,
# city bureaus by short and former names), 核处结论 and 办理情况, a 合计 line and a 填报 line.
WAGE_ROWS = [
    (
        "QX2024070311",
        "全国根治欠薪线索反映平台",
        "2024-07-03",
        "2024-07-08",
        "濮阳市恒基建设工程有限公司承建的清丰县第二高级中学宿舍楼项目拖欠32名农民工工资",
        32,
        38.60,
        "清丰县",
        "清丰县人力资源和社会保障局",
        "5个工作日",
        "经查属实，已解决",
        "已督促总包单位通过农民工工资专用账户支付工资38.6万元，已办结",
    ),
    (
        "QX2024070528",
        "全国根治欠薪线索反映平台",
        "2024-07-05",
        "2024-07-08",
        "南乐县物流园配套道路工程劳务分包班组拖欠15名农民工工资",
        15,
        16.40,
        "南乐县",
        "市交通局",
        "10个工作日",
        "经查属实，正在处理",
        "已约谈施工总承包单位，已支付8.2万元，剩余部分待工程款结算后支付",
    ),
    (
        "RX2024070904",
        "12345热线",
        "2024-07-09",
        "2024-07-15",
        "华龙区一餐饮管理有限公司拖欠11名服务员4-6月工资",
        11,
        9.90,
        "华龙区",
        "华龙区人力资源和社会保障局",
        "5个工作日",
        "",
        "",
    ),
    (
        "JK2024071002",
        "河南省农民工工资支付监管系统预警",
        "2024-07-10",
        "2024-07-15",
        "范县黄河滩区迁建配套项目农民工工资专用账户连续2个月未发放工资",
        46,
        52.30,
        "范县",
        "市水务局",
        "3个工作日",
        "经查属实，已解决",
        "已督促建设单位拨付人工费，7月17日已足额发放",
    ),
    (
        "QX2024071217",
        "全国根治欠薪线索反映平台",
        "2024-07-12",
        "2024-07-15",
        "台前县一纺织企业停产后拖欠67名职工工资，职工多次到县政府反映",
        67,
        73.50,
        "台前县",
        "台前县人民政府",
        "3个工作日",
        "经查属实，正在处理",
        "已启动欠薪应急周转金垫付程序，企业资产正在评估",
    ),
    (
        "QX2024071633",
        "全国根治欠薪线索反映平台",
        "2024-07-16",
        "2024-07-22",
        "濮阳县一商住小区项目拖欠装修班组9名农民工工资",
        9,
        12.80,
        "濮阳县",
        "市住建局",
        "5个工作日",
        "经查为工程款结算纠纷",
        "已引导双方通过司法途径解决，已办结",
    ),
    (
        "QX2024071809",
        "全国根治欠薪线索反映平台",
        "2024-07-18",
        "2024-07-22",
        "华龙区一民办幼儿园拖欠4名保育员工资3个月",
        4,
        3.60,
        "华龙区",
        "华龙区教育局",
        "5个工作日",
        "",
        "逾期未办",
    ),
    (
        "XF2024071901",
        "信访转办",
        "2024-07-19",
        "2024-07-22",
        "清丰县一食品有限公司拖欠季节工工资未结清",
        23,
        11.20,
        "清丰县",
        "清丰县人力资源和社会保障局",
        "10个工作日",
        "正在核查",
        "已调取企业工资发放记录，正在核查",
    ),
]


def write_wage_clues(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市根治欠薪线索周交办台账（第28—30周）"])
    w.writerow(
        [
            "办理要求：交办线索定专人、定时间、定措施核实处置，办理时限自交办之日起按工作日计算；"
            "办理结果每周五前反馈市根治拖欠农民工工资工作领导小组办公室。"
        ]
    )
    w.writerow(
        [
            "序号",
            "线索编号",
            "线索来源",
            "平台接收日期",
            "交办日期",
            "反映问题",
            "涉及人数",
            "涉及金额（万元）",
            "属地",
            "责任单位",
            "办理时限",
            "核处结论",
            "办理情况",
        ]
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        values = list(row)
        values[6] = f"{row[6]:.2f}"
        w.writerow([i, *values])
    people = sum(r[5] for r in WAGE_ROWS)
    money = round(sum(r[6] for r in WAGE_ROWS), 2)
    w.writerow(
        ["合计", "", "", "", "", f"共交办{len(WAGE_ROWS)}条", people, f"{money:.2f}", "", "", "", "", ""]
    )
    w.writerow(["填报单位：市人社局劳动保障监察科    填报人：郑书恒    联系电话：0393-4418106"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 保障农民工工资支付工作考核反馈问题整改清单, after a provincial account of its 保障农民工工资支付工作考核 (考核组
# 听取情况介绍、核验书面资料、抽查用人单位、随机走访农民工; 针对考核中暴露出的突出问题，各地将列出问题清单和责任
# 清单，制订整改方案，明确整改措施和完成时限):
# http://jizihe.com/page/2021/0614/18095200.shtml
# An .xlsx: title, 填报单位 line, a line with the 考核反馈 date the 立行立改 row counts from, a two-row header (问题清单
# over 考核指标/反馈问题, 责任清单 over 牵头单位/配合单位/责任人, 整改落实 over 进展情况/是否销号), 牵头单位 by short and
# former names beside a 配合单位 column, a 说明 line and a signature line.
ASSESS_ROWS = [
    (
        "工资专用账户",
        "部分在建工程项目未按规定开设农民工工资专用账户，抽查12个项目中2个未开设",
        "市建委",
        "人民银行濮阳市分行",
        "李向东",
        "督促2个项目补开专用账户，开展全市在建项目开户情况排查",
        "2024年6月30日",
        "2个项目已补开专用账户，全市在建项目开户率100%",
        "是",
    ),
    (
        "维权信息公示",
        "交通工程项目施工现场未设置维权信息告示牌",
        "市交通局",
        "各县（区）人民政府",
        "高鹏",
        "督促施工总承包单位在施工现场醒目位置设置维权信息告示牌",
        "2024年7月31日",
        "已督促各项目设置告示牌，正在逐项目核验",
        "否",
    ),
    (
        "工资保证金",
        "水利工程项目工资保证金存储比例低于规定标准",
        "市水务局",
        "市人社局",
        "陈晓峰",
        "督促施工单位按规定比例补存工资保证金",
        "2024年8月底前",
        "",
        "否",
    ),
    (
        "线索办理",
        "全国根治欠薪线索反映平台线索按期办结率低于全省平均水平",
        "市人社局",
        "各县（区）人民政府",
        "郑书恒",
        "实行线索日调度、周通报",
        "立行立改",
        "已实行日调度、周通报，6月按期办结率提升至98.6%",
        "是",
    ),
    (
        "政府投资项目",
        "2个政府投资项目未落实资金来源即开工建设，存在拖欠工程款引发欠薪风险",
        "市发改委",
        "市财政局",
        "王立新",
        "核查项目资金来源，资金未落实的暂停建设",
        "2024年9月30日",
        "已核查2个项目资金来源，1个项目资金已落实",
        "否",
    ),
    (
        "应急周转金",
        "县级欠薪应急周转金未按规定足额设立，南乐县、台前县未到位",
        "市财政局",
        "南乐县、台前县人民政府",
        "张海燕",
        "督促两县足额设立应急周转金",
        "2024年6月底",
        "南乐县已足额设立，台前县已列入预算调整方案",
        "否",
    ),
    (
        "属地责任",
        "华龙区对辖区在建项目欠薪隐患排查不全，未建立排查台账",
        "华龙区人民政府",
        "市住建局",
        "刘建华",
        "全面排查在建项目，建立欠薪隐患排查台账",
        "2024年7月15日",
        "已建立在建项目欠薪隐患排查台账，排查项目86个",
        "是",
    ),
    (
        "失信惩戒",
        "拖欠农民工工资失信联合惩戒对象名单认定程序不规范",
        "市人力资源社会保障局",
        "市发改委",
        "郑书恒",
        "规范认定、告知、移出程序",
        "长期坚持",
        "按季度开展认定，常态化推进",
        "",
    ),
    (
        "行刑衔接",
        "涉嫌拒不支付劳动报酬罪案件移送受理不及时",
        "市公安局",
        "市人社局",
        "周国强",
        "建立案件移送会商机制",
        "2024年12月31日",
        "已与市人社局建立案件移送会商机制，正在制定移送工作细则",
        "否",
    ),
]


def write_assess(path: Path) -> Path:
    b = Book(path, author="市治欠办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 12, 40, 14, 16, 8, 28, 14, 32, 8])
    last = 9
    b.line(ws, 0, "濮阳市2023年度保障农民工工资支付工作考核反馈问题整改清单", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室    填报时间：2024年7月26日", last)
    b.line(ws, 2, "省考核组反馈时间：2024年5月20日（“立行立改”事项自反馈之日起整改）", last)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "问题清单", b.head)
    b.header(ws, 4, ["考核指标", "反馈问题"], first=1)
    b.merge(ws, 3, 3, 3, 5, "责任清单", b.head)
    b.header(ws, 4, ["牵头单位", "配合单位", "责任人"], first=3)
    b.merge(ws, 3, 6, 4, 6, "整改措施", b.head)
    b.merge(ws, 3, 7, 4, 7, "完成时限", b.head)
    b.merge(ws, 3, 8, 3, 9, "整改落实", b.head)
    b.header(ws, 4, ["进展情况", "是否销号"], first=8)
    for i, row in enumerate(ASSESS_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (5, 7, 9) else b.cell)
    end = 5 + len(ASSESS_ROWS)
    b.line(ws, end, "说明：整改完成并经牵头单位确认后销号；配合单位按职责协同推进。", last)
    b.line(ws, end + 1, "审核人：马振国    填报人：郑书恒    联系电话：0393-4418106", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 多发（冒领）社会保险待遇追回台账, after a report on a provincial 社会保险事业中心's 责令限期退还社会保险待遇公告
# (参保人去世后家属隐瞒未报，继续领取养老金15个月和12个月; 依托信息化手段和大数据交叉比对查实; 要求收到信息后30个
# 工作日内办理退还; 考虑实际困难，可分期退还):
# https://www.163.com/dy/article/KEICJSPV0525TFAM.html?f=post2020_dy_recommends
# An .xls (xlwt): title, 填报单位/截止日期/金额单位 line, one header row with the 多发期间 and the 告知（公告）日期 each
# row's 30-working-day 退还期限 counts from, one 分期退还 row with its own end date, 经办机构 as the unit, a 合计 row
# summing the money, a 说明 line and a signature line.
RECOVER_ROWS = [
    (
        "清丰县社会保险中心",
        "部级疑点数据比对（死亡）",
        "退休人员王某某2023年10月死亡，家属未按规定申报，继续领取基本养老金",
        "2023.11—2024.03",
        14820.50,
        "2024-04-08",
        "30个工作日内",
        14820.50,
        "已全额追回",
    ),
    (
        "华龙区社会保险中心",
        "公安户籍比对",
        "参保人张某某的父母先后死亡后，张某某隐瞒未报，冒领两位老人养老金共27个月",
        "2022.11—2024.04",
        79722.20,
        "2024-06-17",
        "30个工作日内",
        20000.00,
        "已签订分期退还协议，已退还首期2万元",
    ),
    (
        "濮阳县社会保险中心",
        "服刑人员比对",
        "参保人刘某某服刑期间违规领取基本养老金",
        "2022.09—2024.01",
        28640.00,
        "2024-05-13",
        "30个工作日内",
        "",
        "",
    ),
    (
        "南乐县社会保险中心",
        "重复领取比对",
        "参保人李某某同时领取城乡居民养老保险和企业职工基本养老保险待遇",
        "2023.01—2024.03",
        6480.00,
        "2024-06-03",
        "30个工作日内",
        6480.00,
        "已从企业养老金中抵扣追回，城乡居民养老保险待遇已终止",
    ),
    (
        "范县社会保险中心",
        "工伤待遇稽核",
        "工伤职工赵某某领取基本养老金后仍按月领取伤残津贴",
        "2023.07—2024.05",
        11250.00,
        "2024-07-01",
        "30个工作日内",
        "",
        "已下达告知书，本人对核定金额有异议，正在复核",
    ),
    (
        "台前县社会保险中心",
        "部级疑点数据比对（死亡）",
        "退休人员孙某某2024年1月死亡，丧葬补助金已领取，但2-4月养老金未及时停发",
        "2024.02—2024.04",
        7893.30,
        "2024-05-20",
        "30个工作日内",
        "",
        "逾期未退还",
    ),
    (
        "濮阳市机关事业单位社会保险中心",
        "内部稽核",
        "退休人员周某某待遇重新核定后多发职业年金",
        "2023.10—2024.06",
        3360.00,
        "2024-07-10",
        "分期退还，2024年12月31日前退清",
        1120.00,
        "已按月从待遇中扣回",
    ),
    (
        "华龙区社会保险中心",
        "失业保险稽核",
        "失业人员吴某某重新就业后未申报，继续领取失业保险金3个月",
        "2024.02—2024.04",
        5760.00,
        "2024-07-15",
        "30个工作日内",
        5760.00,
        "已全额退还",
    ),
]


def write_recover(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    money = _xf(center=False, num_format="0.00")
    plain = _xf(border=False)
    last = 9
    cells: list[tuple] = [
        (0, 0, "濮阳市社会保险待遇疑点核查及多发（冒领）待遇追回台账", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市社会保险中心（待遇稽核科）    截止日期：2024年7月31日    金额单位：元",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "经办机构",
        "疑点来源",
        "问题情况",
        "多发期间",
        "多发金额",
        "告知（公告）日期",
        "退还期限",
        "已追回金额",
        "追回情况",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    for i, row in enumerate(RECOVER_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            style = money if col in (5, 8) and v != "" else (ctr if col in (4, 6, 7) else c)
            cells.append((r, col, v, style))
    r = 3 + len(RECOVER_ROWS)
    total = round(sum(row[4] for row in RECOVER_ROWS), 2)
    back = round(sum(row[7] for row in RECOVER_ROWS if row[7] != ""), 2)
    cells += [
        (r, 0, "合计", ctr),
        (r, 1, f"{len(RECOVER_ROWS)}人次", c),
        *[(r, col, "", c) for col in (2, 3, 4)],
        (r, 5, total, money),
        *[(r, col, "", c) for col in (6, 7)],
        (r, 8, back, money),
        (r, 9, "", c),
        (
            r + 1,
            0,
            "说明：退还期限自告知（公告）之日起计算；本人确有困难的，可申请分期退还。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "科室负责人：韩立新    填表人：许静    联系电话：0393-8991362", plain, r + 2, last),
    ]
    widths = [6, 26, 18, 46, 16, 12, 14, 18, 12, 34]
    return _write_xls(path, [("追回台账", cells)], widths)


# ---------------------------------------------------------------------------------------------
# 5. 城乡居民养老保险经办机构内部控制专项检查问题整改台账, after a city 人社局's 内部控制专项检查工作实施方案 (重点检查
# 组织机构控制、业务运行控制、基金财务控制、信息系统控制、内部控制的管理与监督等五个方面存在的风险点与风险防范
# 措施; 根据需要可延伸检查到乡镇(街道)劳动保障事务所、行政村(居)民委员会协办员):
# https://www9599116.com/gi_news/950148541804946
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 检查单位/检查时间 line
# with the 反馈 date the 立行立改 rows count from, one header row, the 检查类别 merged down over its rows, county 社保
# 经办机构 and town 劳动保障所 as 被检查单位, a separate 整改完成时间 column (one row has it filled and 整改情况 blank).
INTERNAL_GROUPS = [
    (
        "组织机构控制",
        [
            (
                "清丰县社会保险中心",
                "待遇核定初审与复审由同一人完成，不相容岗位未分离",
                "调整岗位设置，落实初审、复审分离",
                "立行立改",
                "已调整岗位，实行双人复核",
                date(2024, 6, 25),
            ),
            (
                "南乐县社会保险中心",
                "经办系统操作权限授权无审批记录，2名离岗人员账号未及时注销",
                "注销离岗人员账号，建立授权审批登记制度",
                "2024年7月10日",
                "",
                date(2024, 7, 8),
            ),
        ],
    ),
    (
        "业务运行控制",
        [
            (
                "濮阳县庆祖镇劳动保障事务所",
                "待遇领取资格认证由村协办员代为操作，未留存认证影像资料",
                "规范认证操作，补录认证影像资料",
                "2024年8月31日",
                "已组织协办员培训，正在补录影像资料",
                "",
            ),
            (
                "范县陈庄镇劳动保障事务所",
                "丧葬补助金申领材料审核不严，2笔缺少死亡证明原件",
                "补齐申领材料，严格初审把关",
                "2024年7月31日",
                "未整改",
                "",
            ),
            (
                "华龙区社会保险中心",
                "一次性补缴城乡居民养老保险费未按规定核实补缴年限",
                "逐笔复核补缴业务",
                "2024年9月30日",
                "",
                "",
            ),
        ],
    ),
    (
        "基金财务控制",
        [
            (
                "台前县社会保险中心",
                "城乡居民养老保险基金支出户存在以现金方式支付待遇的情况",
                "停止现金支付，统一由银行代发",
                "立行立改",
                "已停止现金支付，改为银行代发",
                date(2024, 6, 28),
            ),
        ],
    ),
    (
        "信息系统控制",
        [
            (
                "清丰县韩村镇人力资源社会保障服务所",
                "经办系统账号密码多人共用",
                "落实一人一号，定期修改密码",
                "2024年7月15日",
                "已整改",
                "",
            ),
        ],
    ),
    (
        "内部控制的管理与监督",
        [
            (
                "南乐县社会保险中心",
                "内控稽核部门未按季度开展内部稽核，稽核报告缺失",
                "制定季度内部稽核计划",
                "长期坚持",
                "已制定季度稽核计划，常态化开展",
                "",
            ),
        ],
    ),
]


def write_internal_book(path: Path) -> Path:
    b = Book(path, author="社保基金监督科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 26, 40, 28, 14, 30, 14])
    last = 7
    b.line(ws, 0, "濮阳市城乡居民养老保险经办机构内部控制专项检查发现问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市人力资源和社会保障局    检查时间：2024年6月17日至21日    "
        "反馈时间：2024年6月24日（“立行立改”事项自反馈之日起整改）",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查类别",
            "被检查单位",
            "风险点及存在问题",
            "整改措施",
            "整改时限",
            "整改情况",
            "整改完成时间",
        ],
    )
    r, n = 3, 0
    for kind, rows in INTERNAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            unit, problem, measure, limit, progress, done = row
            b.put(ws, r, 2, unit)
            b.put(ws, r, 3, problem)
            b.put(ws, r, 4, measure)
            b.put(ws, r, 5, limit, b.center)
            b.put(ws, r, 6, progress)
            b.put(ws, r, 7, done)
            r += 1
    b.line(ws, r, "填表人：冯文静    审核人：杜志远    联系电话：0393-4416530", last)
    return b.close()


def write_internal(path: Path) -> Path:
    return via_soffice(write_internal_book, path, "xls", "城乡居民养老保险经办内控检查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 退役军人事务局巡察反馈问题整改进展情况报告, after a county 巡察办's account of a 巡察 of the 县退役军人事务局
# (查阅资料发现死亡退役军人继续领取抚恤补助; 组办联合比对数据、进村入户核实; 共27名退役军人死亡后未及时停发，
# 26名多发资金已追回; 督促自查、举一反三、建章立制; 县局拥军优抚股的同志说明上交国库的凭证):
# https://mmshw.com/html/2023/xunchajiandu_1225/24183.html
# A .docx: title, 主送, preamble with the 反馈 date the 立行立改 paragraphs count from, the items as numbered paragraphs
# （一）…（八） naming only the bureau's own 股室, deadlines and progress in sentences (one paragraph without any
# progress), a closing paragraph, the bureau and date at the foot.
VETERAN_PARAS = [
    (
        "（一）27名优抚对象死亡后未及时停发抚恤补助资金。拥军优抚股负责，逐人核实并追回多发资金，整改时限"
        "2024年7月31日。目前已追回26人多发资金5.82万元并上交国库，剩余1人因家属外出务工，正在联系追缴。"
    ),
    (
        "（二）定期抚恤补助对象信息未与公安、卫健部门按月比对。拥军优抚股负责，建立死亡信息按月比对机制。"
        "自6月起已按月开展比对，此项工作长期坚持。"
    ),
    (
        "（三）自主就业退役士兵一次性经济补助金发放档案资料不全，12份缺少审批表。移交安置股负责，6月底前补齐"
        "全部审批资料。现已全部补齐，整改完成。"
    ),
    (
        "（四）涉退役军人信访积案化解进度滞后，3件信访事项超期未办结。权益维护股负责，逐件制定化解方案，"
        "2024年9月30日前全部化解。目前已化解1件，其余2件正在协调相关部门办理。"
    ),
    (
        "（五）光荣牌悬挂信息台账与实际悬挂情况不符，部分村未及时更新。拥军优抚股负责，立行立改，组织乡镇退役"
        "军人服务站逐户核对。已逐户核对并更新台账，整改完成。"
    ),
    (
        "（六）机关公务用车使用登记不规范，部分登记事由不清。办公室负责，立行立改。已重新印制用车登记簿，"
        "严格一车一登记，整改到位。"
    ),
    (
        "（七）烈士纪念设施日常管护经费使用情况未公开。褒扬纪念股负责，按季度公开经费使用情况，2024年8月15日前完成首次公开。"
    ),
    (
        "（八）乡镇退役军人服务站“五有”标准落实不到位，4个乡镇服务站无专职工作人员。服务保障股负责，"
        "协调乡镇配齐专职工作人员，年底前完成。目前尚未启动。"
    ),
]


def write_veteran(path: Path) -> Path:
    doc = _new_document("拥军优抚股")
    _title(doc, "南乐县退役军人事务局关于县委第三巡察组反馈问题整改进展情况的报告")
    _paragraph(doc, "县委巡察工作领导小组办公室、市政府督查局：")
    _paragraph(
        doc,
        "2024年5月20日，县委第三巡察组向我局反馈了巡察意见，指出4个方面8个具体问题。局党组高度重视，逐条建立"
        "整改台账，明确责任股室和整改时限，能立即整改的立行立改（自反馈之日起整改）。现将整改进展情况报告如下：",
    )
    for text in VETERAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对照整改台账逐项跟踪，确保按期完成全部整改任务，并举一反三建立长效机制。")
    _paragraph(doc, "南乐县退役军人事务局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 退役军人服务站创建督导检查问题整改 (two returns in one zip), after a city 退役军人事务局's account of its 服务站
# 创建督导检查 (对照全国“示范型”和全省新时代“枫桥式”退役军人服务站创建标准; 督导检查服务站硬件设施、台账资料、
# 相关制度标识、作用发挥; 实地检查和视频检查相结合; 面对面指出不足，点对点加强指导):
# http://www.lifeyk.com/html/2022-04/18/content_2418265.htm?div=-1
# A .zip holding an .xlsx from one 街道 (检查方式 and 检查内容 in the source's four terms, the 社区居民委员会 as 责任单位)
# and a .docx table from another 街道 whose rows name only its own offices (so the unit is the 街道办事处).
STATION_ROWS = [
    (
        "实地检查",
        "胜利社区退役军人服务站",
        "硬件设施",
        "服务站未设置独立办公场所，与社区综合服务窗口混用",
        "胜利社区居民委员会",
        "2024年8月20日",
        "已腾出独立房间，正在布置",
    ),
    (
        "视频检查",
        "濮上社区退役军人服务站",
        "台账资料",
        "退役军人信息采集台账未及时更新，3名新退役人员未录入",
        "濮上社区居民委员会",
        "立行立改",
        "已录入，整改完成",
    ),
    (
        "实地检查",
        "绿城社区退役军人服务站",
        "制度标识",
        "“枫桥式”服务站标识牌、工作制度未上墙",
        "绿城社区居民委员会",
        "7月底前",
        "",
    ),
    (
        "视频检查",
        "建业社区退役军人服务站",
        "作用发挥",
        "“老兵调解室”未开展矛盾纠纷调解，调解记录空白",
        "建业社区居民委员会",
        "长期坚持",
        "已明确2名退役军人调解员，常态化开展调解",
    ),
]
ZHONGYUAN_ROWS = [
    (
        "街道退役军人服务站“五有”中“有经费”落实不到位，工作经费未列入年度预算",
        "财政所",
        "将服务站工作经费列入预算",
        "2024年9月30日",
        "已列入下半年预算调整方案，待党工委会议审定",
    ),
    (
        "服务站工作人员对优待证申领政策不熟悉，答复群众咨询不准确",
        "退役军人服务站",
        "开展优待证政策业务培训",
        "立行立改",
        "已组织专题培训1次，已整改",
    ),
    (
        "困难退役军人帮扶援助台账缺少走访记录",
        "社会事务办",
        "补齐走访记录，落实常态化走访",
        "8月15日前",
        "未整改",
    ),
    (
        "“退役军人之家”活动阵地长期闲置，未开展活动",
        "党政办",
        "制定活动计划，定期开展活动",
        "第三季度",
        "已制定活动计划，8月开展首次活动",
    ),
]


def write_station_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 24, 12, 40, 22, 14, 28])
    last = 7
    b.line(ws, 0, "胜利路街道退役军人服务站创建督导检查问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区胜利路街道办事处    督导检查时间：2024年7月11日（“立行立改”事项以检查当日为整改时限）",
        last,
    )
    b.header(
        ws, 2, ["序号", "检查方式", "服务站名称", "检查内容", "存在问题", "责任单位", "整改时限", "整改情况"]
    )
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (1, 3, 6) else b.cell)
    end = 3 + len(STATION_ROWS)
    b.line(ws, end, "注：检查对照全国“示范型”和全省新时代“枫桥式”退役军人服务站创建标准进行。", last)
    b.line(ws, end + 1, "填表人：牛晓光    联系电话：0393-8213507    填报日期：2024年7月29日", last)
    return b.close()


def write_zhongyuan_docx(path: Path) -> Path:
    doc = _new_document("中原路街道退役军人服务站")
    _title(doc, "中原路街道退役军人服务站创建督导检查问题整改情况", 18)
    _paragraph(
        doc,
        "填报单位：华龙区中原路街道办事处    督导检查时间：2024年7月12日（“立行立改”事项以检查当日为整改时限）",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ZHONGYUAN_ROWS, 1)]
    _table(doc, ["序号", "督导检查发现问题", "责任科室", "整改措施", "完成时限", "完成情况"], body)
    _paragraph(doc, "填表人：杨慧    联系电话：0393-8216642    填报日期：2024年7月29日", 12)
    return _save_fixed(doc, path)


def write_station_zip(path: Path) -> Path:
    members = [
        ("胜利路街道退役军人服务站创建督导检查问题整改台账.xlsx", write_station_book),
        ("中原路街道退役军人服务站创建督导检查问题整改情况.docx", write_zhongyuan_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 乡镇敬老院巡回督查问题整改台账, after a district 民政局's 专项督查组 touring its 乡镇(街道)敬老院 (一是注重“排查”:
# 消防通道、疏散通道、安全出口、消防器材; 二是注重“整改”: 安全事故预警和应急处置预案、24小时值班制度和重大事项报告
# 制度; 三是注重“落实”: 消防法规和消防常识宣传、培训、演练):
# http://cnmeihang.com/shtml/20150603/143329025144385.html
# An .xlsx: title, 督查单位/督查时间 line, a two-row header (整改情况 over three tick columns 已整改/整改中/未整改 and a
# 备注), the 督查类别 in the source's three terms, a 督查日期 column the 立行立改 rows count from, the town government as
# 责任单位 beside the 敬老院, a 合计 row counting the ticks, a 注 line and a signature line.
HOME_ROWS = [
    (
        "柳屯镇人民政府",
        "柳屯镇敬老院",
        "2024-07-01",
        "排查",
        "二楼疏散通道堆放杂物，安全出口指示灯损坏",
        "清理杂物，更换指示灯",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "文留镇人民政府",
        "文留镇敬老院",
        "2024-07-01",
        "排查",
        "厨房液化气钢瓶与灶具间距不足，未安装燃气泄漏报警装置",
        "调整钢瓶摆放位置，安装燃气泄漏报警装置",
        "2024年7月20日",
        "整改中",
        "报警装置已采购，待安装",
    ),
    (
        "庆祖镇人民政府",
        "庆祖镇中心敬老院",
        "2024-07-02",
        "排查",
        "灭火器压力不足，部分超过有效期",
        "更换过期灭火器",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "八公桥镇人民政府",
        "八公桥镇敬老院",
        "2024-07-03",
        "整改",
        "未制定安全事故预警和应急处置预案",
        "制定应急处置预案并组织学习",
        "7月15日前",
        "未整改",
        "",
    ),
    (
        "户部寨镇人民政府",
        "户部寨镇敬老院",
        "2024-07-03",
        "整改",
        "夜间值班人员仅1人，未落实24小时值班和领导带班制度",
        "增配夜间值班人员，落实领导带班",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "子岸镇人民政府",
        "子岸镇敬老院",
        "2024-07-04",
        "落实",
        "未组织供养老人开展消防疏散演练",
        "每季度组织一次消防疏散演练",
        "长期坚持",
        "",
        "7月10日已组织首次演练，此后每季度开展",
    ),
    (
        "王称堌镇人民政府",
        "王称堌镇敬老院",
        "2024-07-04",
        "排查",
        "电动车在楼道内充电，私拉乱接电线",
        "设置集中充电区，拆除私拉电线",
        "立行立改",
        "已整改",
        "",
    ),
    (
        "梁庄镇人民政府",
        "梁庄镇敬老院",
        "2024-07-05",
        "落实",
        "消防安全宣传栏内容未更新，供养老人消防常识知晓率低",
        "更新宣传栏，开展消防常识宣讲",
        "2024年8月15日",
        "整改中",
        "宣传栏已更新，宣讲活动待开展",
    ),
]


def write_homes(path: Path) -> Path:
    b = Book(path, author="社会事务股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 16, 12, 8, 36, 28, 14, 8, 8, 8, 24])
    last = 11
    b.line(ws, 0, "濮阳县乡镇敬老院安全管理巡回督查问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "督查单位：濮阳县民政局专项督查组    督查时间：2024年7月1日—7月5日    填报时间：2024年7月26日",
        last,
    )
    words = ["序号", "责任单位", "敬老院名称", "督查日期", "督查类别", "存在问题", "整改措施", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "整改中", "未整改"], first=8)
    b.merge(ws, 2, 11, 3, 11, "备注", b.head)
    ticks = {"已整改": 8, "整改中": 9, "未整改": 10}
    for i, row in enumerate(HOME_ROWS, 1):
        r = 3 + i
        unit, home, day, kind, problem, measure, limit, state, note = row
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, home], first=1)
        b.put(ws, r, 3, date.fromisoformat(day))
        b.put(ws, r, 4, kind, b.center)
        b.row(ws, r, [problem, measure], first=5)
        b.put(ws, r, 7, limit, b.center)
        for col in ticks.values():
            b.put(ws, r, col, "√" if ticks.get(state) == col else "", b.center)
        b.put(ws, r, 11, note)
    end = 4 + len(HOME_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, f"共督查敬老院{len(HOME_ROWS)}所，发现问题{len(HOME_ROWS)}个", b.cell)
    for state, col in ticks.items():
        b.put(ws, end, col, sum(1 for row in HOME_ROWS if row[7] == state), b.center)
    b.put(ws, end, 11, "", b.cell)
    b.line(ws, end + 1, "注：整改情况在相应栏内划“√”；“立行立改”问题以督查当日为整改时限。", last)
    b.line(ws, end + 2, "填表人：程丽    审核人：孙国栋    联系电话：0393-3228460", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 养老机构安全隐患联合执法整治台账, after a report on a county-level city's first 多部门联合执法 against an 养老机构
# (民政局、应急管理局、市场监督管理局等部门组成联合执法小组; 长期未取得消防、食品卫生许可手续; 现场下发《关停意见
# 通知书》，责令两个月内关闭，并妥善安置入住老人，完成资产清算):
# https://p2.ttnews.xyz/a/5cb64b25dc9b5e75aaac9286
# An .ods (LibreOffice conversion): title, 牵头单位/配合单位/填报日期 line, one header row with the institution as
# 整改责任主体 (companies and private homes) beside the 执法部门 (the inspectors), the 文书 and its 下达日期 each
# row's 整改期限 (两个月内 / 30日内 / 15日内 / 立行立改) counts from, a 说明 line and a signature line.
ENFORCE_ROWS = [
    (
        "濮阳市华龙区福寿康老年公寓",
        "华龙区孟轲乡",
        "长期未取得消防安全检查合格手续，食堂无食品经营许可证",
        "市民政局、市应急管理局、市市场监督管理局",
        "《关停意见通知书》，责令关闭并妥善安置入住老人",
        "2024-05-16",
        "两个月内",
        "已关停，入住老人18人已全部妥善安置，资产清算完成",
    ),
    (
        "濮阳县安泰养老院",
        "濮阳县城关镇",
        "三楼违规使用彩钢板隔断作为老人居室",
        "市消防救援支队",
        "《责令限期改正通知书》",
        "2024-06-20",
        "30日内",
        "彩钢板隔断已拆除，经复查合格",
    ),
    (
        "清丰县颐和养老服务中心",
        "清丰县马庄桥镇",
        "护理员未经岗前培训上岗，失能老人护理记录缺失",
        "市民政局",
        "《整改通知书》",
        "2024-07-02",
        "15日内",
        "已组织护理员岗前培训，护理记录正在补建",
    ),
    (
        "南乐县康宁老年公寓",
        "南乐县元村镇",
        "未办理养老机构备案，擅自扩大收住规模至62人",
        "市民政局",
        "《责令限期改正通知书》，责令办理备案",
        "2024-06-12",
        "两个月内",
        "",
    ),
    (
        "濮阳市龙都颐养院有限公司",
        "华龙区黄河路街道",
        "食品留样不规范，餐饮具消毒设施未正常使用",
        "市市场监督管理局",
        "《责令改正通知书》",
        "2024-07-08",
        "立行立改",
        "已整改，经复查合格",
    ),
    (
        "范县夕阳红托老所",
        "范县濮城镇",
        "载人电梯未办理使用登记，定期检验超期",
        "市市场监督管理局（特种设备安全监察科）",
        "《特种设备安全监察指令书》",
        "2024-06-27",
        "30日内",
        "未整改",
    ),
    (
        "台前县幸福苑养老服务有限公司",
        "台前县侯庙镇",
        "消防控制室值班人员无证上岗，自动喷水灭火系统处于关闭状态",
        "市消防救援支队",
        "《责令限期改正通知书》",
        "2024-07-15",
        "15日内",
        "自动喷水灭火系统已恢复正常，值班人员正在参加培训取证",
    ),
]


def write_enforce_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("联合执法整治台账")
    b.widths(ws, [6, 28, 18, 40, 26, 30, 14, 12, 34])
    last = 8
    b.line(ws, 0, "濮阳市养老机构安全隐患联合执法整治台账（第二季度）", last, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市民政局    配合单位：市应急管理局、市市场监督管理局、市消防救援支队    填报日期：2024年7月25日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任主体（养老机构）",
            "所在乡镇（街道）",
            "存在问题",
            "执法部门",
            "执法文书及处置",
            "文书下达日期",
            "整改期限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(ENFORCE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c == 6:
                b.put(ws, r, c, date.fromisoformat(v))
            else:
                b.put(ws, r, c, v, b.center if c == 7 else b.cell)
    end = 3 + len(ENFORCE_ROWS)
    b.line(ws, end, "说明：整改期限自执法文书下达之日起计算；逾期未整改的，依法依规从严处理。", last)
    b.line(ws, end + 1, "填表人：葛新宇    审核人：吕建平    联系电话：0393-8993120", last)
    return b.close()


def write_enforce(path: Path) -> Path:
    via_soffice(write_enforce_book, path, "ods", "养老机构安全隐患联合执法整治台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 困难重度智力残疾人托养服务核查问题整改台账, after a county 残联's account of its 托养服务核查 in a town (查看月评估
# 月报表月录入情况、托养服务申请程序及审批手续、审批流程、一人一档管理及托养服务终止办理; 检查托养机构场所设置、
# 管理制度、应急处置、社会监督及定期培训; 督查镇残联定期对托养机构开展现场监督检查; 入户走访询问服务满意情况):
# http://www.ahssnews.com/news/xz/cp/jcdt/202512/t20251218_8982322.html
# An .xlsx: title, 核查单位/核查时间 line, a 反馈 line the 立行立改 row counts from, a two-row header (核查对象 over 县（区）
# and 对象名称, 整改落实 over 整改情况 and 复核结果), 核查内容 in the source's terms, town 残联 in short form as 对象 but
# in full as 整改责任单位, one row whose 复核结果 (复核未通过) overrules its 整改情况, a 说明 line and a signature line.
CARE_ROWS = [
    (
        "清丰县",
        "马庄桥镇残联",
        "月评估月报表",
        "托养服务月评估表未按月填报，4-5月月报表未录入系统",
        "清丰县马庄桥镇残疾人联合会",
        "2024年7月15日",
        "已补录4-5月数据",
        "复核通过",
    ),
    (
        "清丰县",
        "清丰县康馨托养服务中心",
        "场所设置",
        "托养机构休息室与康复训练室混用，未设置应急疏散通道标识",
        "清丰县康馨托养服务中心",
        "2024年8月31日",
        "已完成场地改造方案，正在施工",
        "",
    ),
    (
        "南乐县",
        "元村镇残联",
        "申请审批",
        "2名托养对象申请材料缺少县残联审批意见，存在先服务后审批",
        "南乐县元村镇残疾人联合会",
        "立行立改",
        "已补办审批手续",
        "复核通过",
    ),
    (
        "南乐县",
        "南乐县阳光家园托养中心",
        "一人一档",
        "一人一档档案不完整，5名托养对象缺少入托评估表",
        "南乐县阳光家园托养中心",
        "2024年7月20日",
        "已补建档案",
        "复核未通过，仍有3人缺少评估表，继续整改",
    ),
    (
        "范县",
        "范县残联",
        "监督检查",
        "县残联未按季度对托养机构开展现场监督检查，检查记录缺失",
        "范县残疾人联合会",
        "长期坚持",
        "已制定季度现场检查计划",
        "",
    ),
    (
        "台前县",
        "孙口镇残联",
        "服务终止",
        "1名托养对象去世后未及时办理托养服务终止，多拨付服务费2个月",
        "台前县孙口镇残疾人联合会",
        "2024年7月10日",
        "未整改",
        "",
    ),
    (
        "濮阳县",
        "濮阳县爱心托养服务中心",
        "应急处置",
        "未制定突发疾病应急处置预案，护理人员未开展应急培训",
        "濮阳县爱心托养服务中心",
        "9月底前",
        "",
        "",
    ),
    (
        "华龙区",
        "孟轲乡残联",
        "入户走访",
        "入户走访中2户托养对象家属反映居家托养服务时长不足",
        "华龙区孟轲乡残疾人联合会",
        "2024年8月15日",
        "已约谈服务机构，增加上门服务频次",
        "",
    ),
]


def write_care(path: Path) -> Path:
    b = Book(path, author="康复部")
    ws = b.sheet("核查整改台账")
    b.widths(ws, [6, 10, 24, 14, 40, 26, 14, 26, 26])
    last = 8
    b.line(ws, 0, "2024年困难重度智力残疾人托养服务核查问题整改台账", last, b.title)
    b.line(ws, 1, "核查单位：濮阳市残疾人联合会    核查时间：2024年6月    填报日期：2024年7月30日", last)
    b.line(ws, 2, "核查反馈日期：2024年6月28日（“立行立改”事项以反馈当日为整改时限）", last)
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "核查对象", b.head)
    b.header(ws, 4, ["县（区）", "对象名称"], first=1)
    for c, word in [(3, "核查内容"), (4, "发现问题"), (5, "整改责任单位"), (6, "整改时限")]:
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改落实", b.head)
    b.header(ws, 4, ["整改情况", "复核结果"], first=7)
    for i, row in enumerate(CARE_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 3, 6) else b.cell)
    end = 5 + len(CARE_ROWS)
    b.line(ws, end, "说明：整改情况由整改责任单位填报，复核结果由县（区）残联复核后填写。", last)
    b.line(ws, end + 1, "填表人：李梦瑶    审核人：赵红英    联系电话：0393-8186230", last)
    return b.close()


FILES = [
    ("市残联党组落实市委第二巡察组反馈意见整改责任分工表.wps", write_cdpf),
    ("濮阳市根治欠薪线索周交办台账（第28—30周）.csv", write_wage_clues),
    ("2023年度保障农民工工资支付工作考核反馈问题整改清单.xlsx", write_assess),
    ("社会保险待遇疑点核查及多发待遇追回台账（2024年7月）.xls", write_recover),
    ("城乡居民养老保险经办机构内部控制专项检查发现问题整改台账.et", write_internal),
    ("南乐县退役军人事务局关于县委第三巡察组反馈问题整改进展情况的报告.docx", write_veteran),
    ("华龙区退役军人服务站创建督导检查问题整改（胜利路街道、中原路街道）.zip", write_station_zip),
    ("濮阳县乡镇敬老院安全管理巡回督查问题整改台账.xlsx", write_homes),
    ("养老机构安全隐患联合执法整治台账（第二季度）.ods", write_enforce),
    ("2024年困难重度智力残疾人托养服务核查问题整改台账.xlsx", write_care),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

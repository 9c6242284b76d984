"""Write the aside40 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with the items as numbered paragraphs, and a .zip of two returns (an .xlsx and a
.docx report). Campaigns: 巡视巡察, 审计, 安全生产, 12345, 人大建议, 民生实事, 营商环境, 环保督察, 督查督办, 乡镇自查.
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside40.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察反馈问题整改进展情况表, after a town 党委's 关于市委巡察整改进展情况的通报 (反馈巡察意见, 问题清单、任务清单、
# 责任清单, 逐条明确任务分工; 整改主体责任, 分管领域; 已完成 / 持续推进 / 长期坚持):
# http://www.zs.gov.cn/sxz/gggs/content/post_2547884.html
# An .xlsx sent by one unit under its former name (市卫计委), rows naming only its own 科室; title, 填报单位 line,
# a two-row header with 整改落实情况 merged over 整改进度 and 完成情况说明, section rows by 方面, a 注 and signature.
INSPECT_SECTIONS = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "落实公立医院党委领导下的院长负责制不到位，部分医院党委会议事规则未修订",
                "督促6家市直医院修订党委会和院长办公会议事规则",
                "党建办",
                "2024.6.30",
                "已完成",
                "6家医院议事规则均已修订印发",
            ),
            (
                "基层医疗卫生机构家庭医生签约服务履约率偏低",
                "开展履约情况专项督导，纳入基层绩效考核",
                "基层卫生科",
                "2024年12月底",
                "整改中",
                "已开展专项督导两轮，履约率提升至71%",
            ),
            (
                "医疗服务价格动态调整机制落实不及时",
                "会同医保部门开展医疗服务价格评估",
                "财务审计科",
                "9月底前",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "二、全面从严治党和党风廉政建设方面",
        [
            (
                "违反中央八项规定精神问题仍有发生，个别科室违规发放福利",
                "追缴违规发放资金，严肃追责问责",
                "办公室",
                "2024年4月30日",
                "已完成",
                "已追回违规发放资金2.3万元，对3名责任人诫勉谈话",
            ),
            (
                "医疗卫生行业作风建设长效机制不健全",
                "健全医德医风考评制度，常态化开展行风督查",
                "医政医管科",
                "长期坚持",
                "长期坚持",
                "每季度开展一次行风督查",
            ),
        ],
    ),
    (
        "三、领导班子和干部队伍建设方面",
        [
            (
                "卫生健康领域项目资金拨付进度缓慢",
                "建立项目资金拨付月调度机制",
                "规划发展与信息化科",
                "2024年8月31日",
                "部分完成",
                "已拨付资金占比68%",
            ),
            (
                "干部人事档案专项审核发现的问题未全部整改",
                "逐卷补齐档案材料",
                "人事科",
                "2024年7月20日",
                "",
                "",
            ),
        ],
    ),
]


def write_inspect(path: Path) -> Path:
    b = Book(path, author="党建办")
    ws = b.sheet("整改进展")
    b.widths(ws, [6, 40, 32, 14, 14, 12, 30, 10])
    b.line(ws, 0, "十届市委第二轮巡察反馈问题整改进展情况表", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市卫生和计划生育委员会    填报时间：2024年7月26日", 7)
    for c, word in enumerate(["序号", "巡察反馈问题", "整改措施", "责任科室", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改落实情况", b.head)
    b.put(ws, 3, 5, "整改进度", b.head)
    b.put(ws, 3, 6, "完成情况说明", b.head)
    b.merge(ws, 2, 7, 3, 7, "备注", b.head)
    r, n = 4, 0
    for heading, rows in INSPECT_SECTIONS:
        b.merge(ws, r, 0, r, 7, heading, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [*row, ""], first=1)
            r += 1
    b.line(ws, r, "注：整改进度填写“已完成”“整改中”“未启动”“长期坚持”；已完成的须附佐证材料。", 7)
    b.line(ws, r + 1, "填表人：周敏        审核人：陈国强        联系电话：0393-8912306", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 跟踪审计发现问题整改情况表, after an article on 跟踪审计 (审计组在跟踪审计过程中发现的问题及时通报被审计单位并要求
# 整改; 审计报告反映审计发现但尚未整改的问题, 以及已经整改的重要问题及其整改情况):
# https://jxxfw.com/periodical/ee416809c9fdc7bb5781c6e08f28ba49.html
# An .xls (xlwt): title, 审计机关/被审计单位 line, a two-row header with ticks under 已整改/部分整改/未整改,
# a 合计 row counting the ticks, a 注 line and the 审计局's 科室 and date.
AUDIT_ROWS = [
    (
        "部分管网工程量签证计量不实，多计工程款86.4万元",
        "濮阳市城市建设投资集团有限公司",
        "核减多计工程款",
        "2024年6月30日",
        "√",
        "",
        "",
        "已核减工程款86.4万元",
    ),
    (
        "项目建设单位未按规定办理施工许可即开工建设",
        "市住建局",
        "补办施工许可手续",
        "2024年9月30日",
        "",
        "√",
        "",
        "已补办2个标段施工许可，剩余1个标段正在办理",
    ),
    (
        "工程结算审核资料归档不完整",
        "市财政局",
        "完善结算审核资料归档",
        "2024年8月15日",
        "",
        "",
        "√",
        "",
    ),
    (
        "雨水管道接驳施工占用城市道路未经审批",
        "市城管执法局",
        "补办占道审批",
        "2024年5月31日",
        "√",
        "",
        "",
        "已补办审批手续",
    ),
    (
        "二次供水改造资金未专款专用，挪用312万元用于办公楼维修",
        "市自来水公司",
        "归还原资金渠道",
        "2024年10月31日",
        "",
        "√",
        "",
        "已归还资金200万元",
    ),
    (
        "招标文件设置排斥潜在投标人的资格条件",
        "市公共资源交易中心",
        "修订招标文件范本",
        "2024年7月31日",
        "√",
        "",
        "",
        "已修订招标文件范本并公开",
    ),
    (
        "施工单位未按合同约定配备项目经理",
        "濮阳市市政工程有限公司",
        "按合同约定配备项目经理",
        "2024年8月31日",
        "",
        "",
        "",
        "",
    ),
]


def _audit_header(h) -> list[tuple]:
    cells = []
    for c, word in enumerate(["序号", "审计发现问题", "整改责任单位", "审计建议", "整改期限"]):
        cells.append((2, c, word, h, 3, c))
    cells.append((2, 5, "整改情况（打“√”）", h, 2, 7))
    for c, word in enumerate(["已整改", "部分整改", "未整改"], start=5):
        cells.append((3, c, word, h))
    cells.append((2, 8, "整改情况说明", h, 3, 8))
    return cells


def write_audit(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市城区雨污分流改造工程跟踪审计发现问题整改情况表", t, 0, 8),
        (
            1,
            0,
            "审计机关：濮阳市审计局    被审计单位：濮阳市城市建设投资集团有限公司等    报告日期：2024年7月25日",
            plain,
            1,
            8,
        ),
        *_audit_header(h),
    ]
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6, 7) else c))
    r = 4 + len(AUDIT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "", c),
        (r, 3, "", c),
        (r, 4, "", c),
        (r, 5, 3, ctr),
        (r, 6, 2, ctr),
        (r, 7, 1, ctr),
        (r, 8, "", c),
        (r + 1, 0, "注：整改情况在对应栏内打“√”；部分整改的，在说明栏写明已整改内容。", plain, r + 1, 8),
        (r + 2, 0, "濮阳市审计局固定资产投资审计科    2024年7月25日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("整改情况", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 隐患排查治理台账, after an account of the 安全生产隐患排查治理台账 (隐患描述、整改措施、责任部门/人员、整改期限及验收;
# 排查-登记-整改-验证-销号闭环; 六定原则: 定项目、措施、资金、责任人、时间、复查人):
# https://www.fudaoke.com/exam/3048780.html
# An .xlsx: title, 检查单位 line (the inspector), one header row with the 六定 columns, the 复查人 beside the unit,
# dates as text (2024.7.15), 复查验收情况 and 是否销号 columns, a 合计 row of the funds, signature line.
HAZARD_ROWS = [
    (
        "城南燃气调压站",
        "调压站可燃气体报警器失效",
        "一般",
        "更换可燃气体报警器",
        0.8,
        "市燃气公司",
        "张伟",
        "2024.7.15",
        "李强",
        "已更换报警器",
        "复查合格",
        "是",
    ),
    (
        "公交北站",
        "充电桩区域消防通道被车辆占用",
        "一般",
        "清理通道，施划禁停标线",
        0.2,
        "市公交公司",
        "王晓东",
        "2024.7.12",
        "李强",
        "已清理通道并施划标线",
        "复查合格",
        "是",
    ),
    (
        "第二水厂",
        "加氯间泄漏报警装置未与排风系统联动",
        "较大",
        "改造报警联动系统",
        3.5,
        "自来水公司",
        "刘建军",
        "2024.8.10",
        "孙鹏",
        "已采购设备，正在安装调试",
        "",
        "否",
    ),
    (
        "110千伏城东变电站",
        "电缆沟积水，盖板破损",
        "一般",
        "疏通排水，更换盖板",
        1.2,
        "供电公司",
        "赵磊",
        "2024.7.20",
        "孙鹏",
        "已完成排水沟疏通和盖板更换",
        "复查合格",
        "是",
    ),
    (
        "市第一中学新校区工地",
        "塔吊未安装防碰撞装置",
        "重大",
        "停止塔吊作业，加装防碰撞装置",
        6.0,
        "河南中安建设集团有限公司",
        "郭峰",
        "2024.7.31",
        "李强",
        "未整改",
        "",
        "否",
    ),
    (
        "市医药公司仓库",
        "危化品仓库未设置防爆照明",
        "较大",
        "更换防爆灯具",
        2.4,
        "濮阳市医药有限公司",
        "何静",
        "2024.8.31",
        "孙鹏",
        "",
        "",
        "",
    ),
    (
        "市民之家地下车库",
        "地下车库应急照明大面积损坏",
        "一般",
        "更换应急照明灯具",
        0.6,
        "市行政服务中心",
        "冯雪",
        "2024.7.18",
        "李强",
        "已更换应急照明灯12盏",
        "复查合格",
        "是",
    ),
]


def write_hazard(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 18, 30, 8, 24, 10, 22, 8, 12, 8, 24, 12, 8])
    b.line(ws, 0, "2024年汛期安全生产大检查隐患排查治理台账", 12, b.title)
    b.line(ws, 1, "检查单位：濮阳市安全生产委员会办公室第三检查组    检查时间：2024年7月8日—7月12日", 12)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患部位",
            "隐患描述",
            "隐患等级",
            "整改措施",
            "整改资金（万元）",
            "责任单位",
            "责任人",
            "整改期限",
            "复查人",
            "整改情况",
            "复查验收情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(HAZARD_ROWS)
    b.merge(ws, r, 0, r, 4, "合计", b.head)
    b.put(ws, r, 5, round(sum(row[4] for row in HAZARD_ROWS), 1), b.center)
    b.merge(ws, r, 6, r, 12, "", b.cell)
    b.line(ws, r + 1, "检查组长：马志刚        复查人员：李强、孙鹏        填报日期：2024年7月31日", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 12345热线工单办理情况登记表, after a city 水务局's notice on the 12345 市民服务热线 new business rules (退单理由、
# 销单内容及延期申请的办理格式; 各承办部门, 下级平台; 热线工单办理过程):
# https://shanghai.baogaosu.com/xinwen/%E7%83%AD%E7%BA%BF%E5%8A%9E%E7%A7%AF%E6%9E%81%E8%90%BD%E5%AE%9E%E5%B8%82%E5%B8%82%E6%B0%B4%E5%8A%A1%E5%B1%80/32429681
# A CSV in GBK from one unit under its former name (市水务局), named only in the title line; rows name its 科室;
# 派单时间 and 办理时限 in working days, 工单状态 and 销单内容, a 合计 line and a 说明 line.
HOTLINE_ROWS = [
    (
        "SW2407010032",
        "2024-07-01",
        "开州路东段供水管道爆裂，周边小区停水",
        "供水管理科",
        "5个工作日",
        "已安排抢修，7月3日恢复供水",
        "已销单",
    ),
    (
        "SW2407080115",
        "2024-07-08",
        "马颊河城区段岸坡垃圾堆积无人清理",
        "河湖管理科",
        "2024.7.19",
        "已组织清理岸坡垃圾",
        "已办结",
    ),
    (
        "SW2407100087",
        "2024-07-10",
        "农村饮水工程水压不足，高处农户用水困难",
        "农村水利科",
        "10个工作日",
        "已加装增压泵，正在调试",
        "办理中",
    ),
    (
        "SW2407150021",
        "2024-07-15",
        "有人在河道内非法采砂",
        "水政监察支队",
        "5个工作日",
        "已现场查处，没收采砂工具",
        "已销单",
    ),
    (
        "SW2407220064",
        "2024-07-22",
        "城区排涝泵站周边雨后积水严重",
        "水旱灾害防御科",
        "15个工作日",
        "已现场勘查，正在制定清淤方案",
        "办理中",
    ),
    (
        "SW2407250103",
        "2024-07-25",
        "建设项目弃土堆放造成水土流失",
        "水土保持科",
        "5个工作日",
        "",
        "未办理",
    ),
    (
        "SW2407290011",
        "2024-07-29",
        "咨询农田灌溉机井审批办理流程",
        "水资源管理科",
        "3个工作日",
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市水务局“12345”市民服务热线工单办理情况登记表（2024年7月）"])
    w.writerow(["序号", "工单编号", "派单时间", "诉求内容", "承办科室", "办理时限", "销单内容", "工单状态"])
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本月共派单7件，已销单（办结）3件", "", "", "", ""])
    w.writerow(["说明：办理时限为工作日的，自派单次日起计算。", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 代表建议办理情况汇总表, after an explainer on 人大代表建议答复 (负责办理代表建议的机关组织应在交办之日起3个月内以书面形式
# 答复代表; 少数复杂问题可延长至6个月; 代表对答复不满意的重新办理):
# https://gtjafl.com/zixun_73598
# A .docx: title, preamble paragraph, one table with 领衔代表 (the proposer) beside 主办/会办单位, 交办日期 and an
# 答复期限 of 交办之日起3个月内, 办理情况 and 代表意见; the office and date under it.
PROPOSAL_ROWS = [
    (
        "第0012号",
        "关于加快城区老旧小区加装电梯的建议",
        "王建华",
        "市住建局",
        "市自然资源和规划局",
        "2024年3月15日",
        "交办之日起3个月内",
        "已答复（A类）",
        "满意",
    ),
    (
        "第0027号",
        "关于增设城乡公交线路方便群众出行的建议",
        "李秀梅",
        "市交通局",
        "市众意公交公司",
        "2024年3月15日",
        "交办之日起3个月内",
        "已答复（B类）",
        "基本满意",
    ),
    (
        "第0035号",
        "关于加强农村饮用水水质监测的建议",
        "赵明",
        "市水利局",
        "市卫生健康委员会",
        "2024年4月10日",
        "交办之日起3个月内",
        "正在办理，已会同会办单位开展实地调研",
        "",
    ),
    (
        "第0041号",
        "关于建设城东片区社区养老服务中心的建议",
        "孙丽娟",
        "市民政局",
        "",
        "2024年4月10日",
        "交办之日起3个月内",
        "已答复（A类）",
        "满意",
    ),
    (
        "第0048号",
        "关于完善新就业形态劳动者权益保障的建议",
        "韩文斌",
        "市劳动局",
        "市总工会",
        "2024年5月6日",
        "交办之日起3个月内",
        "",
        "",
    ),
    (
        "第0053号",
        "关于提升农贸市场食品安全快检能力的建议",
        "郑红",
        "市市场监管局",
        "",
        "2024年5月6日",
        "交办之日起3个月内",
        "尚未办理",
        "",
    ),
    (
        "第0060号",
        "关于推进城区停车泊位智慧化管理的建议",
        "高远",
        "市城市管理局",
        "市交警支队",
        "2024年5月20日",
        "交办之日起3个月内",
        "已与代表当面沟通，正在研究办理方案",
        "",
    ),
]


def write_proposal(path: Path) -> Path:
    doc = _new_document("选联工委")
    _title(doc, "市十届人大三次会议代表建议办理情况汇总表")
    _paragraph(
        doc,
        "根据代表法有关规定，承办单位应自交办之日起3个月内书面答复代表。现将截至2024年7月底的代表建议"
        "办理情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PROPOSAL_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "建议编号",
            "建议题目",
            "领衔代表",
            "主办单位",
            "会办单位",
            "交办日期",
            "答复期限",
            "办理情况",
            "代表意见",
        ],
        body,
        9,
    )
    _paragraph(doc, "濮阳市人大常委会选举联络人事任免工作委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 重点民生实事进展情况调度表, after a city's 1-10月省市重点民生实事项目工作调度会 (已提前完成N项, 进展较快, 进度偏慢;
# 倒排工期, 挂图作战):
# http://www.hunan.gov.cn/hnszf/hnyw/szdt/201910/t20191025_10490632.html
# An .ods (LibreOffice conversion): title, 截至 line, one header row with a 时间节点 schedule text holding the
# deadline, 牵头单位 and 配合单位, 完成情况 sentences and a 进度评价 word; a 注 line and the office.
LIVELIHOOD_ROWS = [
    (
        "新建城区公办幼儿园",
        "新建公办幼儿园5所",
        "市教育局",
        "各县（区）政府",
        "3月底前完成选址，6月底前开工，12月底前投入使用",
        "5所均已开工，2所主体完工",
        "进展较快",
    ),
    (
        "城镇老旧小区改造",
        "改造老旧小区42个",
        "市住房和城乡建设局",
        "市财政局",
        "4月底前完成设计，10月底前全部完工",
        "已完工18个，其余正在施工",
        "按序时推进",
    ),
    (
        "新增城区公共停车泊位",
        "新增停车泊位3000个",
        "市城市管理局",
        "市公安局交通管理支队",
        "9月底前完成",
        "已新增停车泊位3260个，提前完成年度任务",
        "提前完成",
    ),
    (
        "农村户用卫生厕所改造",
        "改造农村户厕8000户",
        "市农委",
        "各县（区）政府",
        "11月底前完成",
        "未启动",
        "进度偏慢",
    ),
    (
        "城乡适龄妇女“两癌”免费筛查",
        "完成筛查2万人",
        "市卫计委",
        "市妇联",
        "年底前完成",
        "已筛查1.2万人",
        "按序时推进",
    ),
    (
        "社区嵌入式养老服务站建设",
        "建成养老服务站20个",
        "市民政局",
        "各县（区）政府",
        "6月底前完成选址，8月底前建成投用",
        "20个站点已全部建成投用",
        "提前完成",
    ),
    (
        "城区交通信号灯智能化改造",
        "改造路口信号灯60处",
        "市交警支队",
        "市城市管理局",
        "2024年5-8月",
        "",
        "",
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 24, 20, 18, 16, 34, 32, 12])
    b.line(ws, 0, "2024年市政府十件重点民生实事1—7月进展情况调度表", 7, b.title)
    b.line(ws, 1, "截至2024年7月25日", 7, b.right)
    b.header(
        ws,
        2,
        ["序号", "实事项目", "年度目标任务", "牵头单位", "配合单位", "时间节点", "1—7月完成情况", "进度评价"],
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 4 + len(LIVELIHOOD_ROWS)
    b.line(ws, r, "注：进度评价分为“提前完成”“进展较快”“按序时推进”“进度偏慢”四类。", 7)
    b.line(ws, r + 1, "濮阳市人民政府督查室    2024年7月31日", 7, b.right)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "民生实事进展情况调度表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 营商环境问题线索移交办理台账, after a city 12345 hotline's account of its 营商环境专用工单 (建立营商环境工作台账,
# 与市营商办建立问题线索移交机制, 专单记录、专案办理、专项督查; 受理企业诉求N件、办结N件、满意率):
# https://fgw.ankang.gov.cn/Content-2544184.html
# An .et (Excel 97 via LibreOffice): title, 移交单位 line, one header row with 移交日期 and 办结时限 partly in
# working days, 办理进展, 是否办结 and 企业评价, a 注 line and the 经办人 line.
BUSINESS_ROWS = [
    (
        "YS-2024-031",
        date(2024, 7, 1),
        "濮阳惠成电子材料股份有限公司",
        "企业申请的技术改造补贴资金迟迟未拨付",
        "市工信局",
        "10个工作日",
        "补贴资金已于7月12日拨付到位",
        "是",
        "满意",
    ),
    (
        "YS-2024-034",
        date(2024, 7, 5),
        "濮阳市恒丰物流有限公司",
        "物流园区进出道路破损，货车通行困难",
        "市交通局",
        "2024年9月30日",
        "已纳入道路维修计划，正在招标",
        "否",
        "",
    ),
    (
        "YS-2024-036",
        date(2024, 7, 9),
        "河南绿源食品有限公司",
        "办理食品生产许可变更时被要求重复提交材料",
        "市市场监管局",
        "5个工作日",
        "已约谈窗口负责人，许可变更已办结",
        "是",
        "满意",
    ),
    (
        "YS-2024-040",
        date(2024, 7, 15),
        "濮阳县光明新能源科技有限公司",
        "项目用电报装容量审批超时限",
        "供电公司",
        "2024年7月31日",
        "未办理",
        "否",
        "",
    ),
    (
        "YS-2024-043",
        date(2024, 7, 18),
        "濮阳市鼎盛建材有限公司",
        "办理不动产权证书需在多个窗口往返",
        "不动产登记中心",
        "10个工作日",
        "",
        "",
        "",
    ),
    (
        "YS-2024-045",
        date(2024, 7, 22),
        "濮阳天成化工有限公司",
        "增值税留抵退税申请审核进度慢",
        "市税务局",
        "2024年8月15日",
        "已完成初审，正在复核",
        "否",
        "",
    ),
    (
        "YS-2024-047",
        date(2024, 7, 24),
        "濮阳华信包装有限公司",
        "工业园区雨水管网被周边企业私接排污",
        "市环保局",
        "2024年7月26日",
        "经现场核查已责令封堵私接管道",
        "是",
        "满意",
    ),
]


def write_business_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 14, 12, 28, 36, 14, 16, 30, 10, 10])
    b.line(ws, 0, "营商环境问题线索移交办理台账", 9, b.title)
    b.line(ws, 1, "移交单位：濮阳市优化营商环境工作领导小组办公室    统计截止：2024年7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "线索编号",
            "移交日期",
            "反映企业",
            "问题线索",
            "承办单位",
            "办结时限",
            "办理进展",
            "是否办结",
            "企业评价",
        ],
    )
    for i, row in enumerate(BUSINESS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 4 + len(BUSINESS_ROWS)
    b.line(ws, r, "注：办结时限为工作日的，自移交次日起计算。", 9)
    b.line(ws, r + 1, "经办人：杜晓燕        联系电话：0393-8899125", 9)
    return b.close()


def write_business(path: Path) -> Path:
    return via_soffice(write_business_book, path, "xls", "营商环境问题线索移交办理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 中央生态环境保护督察组交办信访件办理情况的报告, after a city's note on the 信访件 the 中央第四生态环境保护督察组
# handed over (受理群众来电来信举报件, 重点交办件, 已全部交办到各市州和省直有关部门):
# http://ezhou.cjyun.org/p/96561.html
# A .doc (Word 97 via LibreOffice): the items written as numbered paragraphs (交办批次 and 编号, 交办 date,
# 群众反映, 责任单位, 办理时限, 办理情况), one of them without any 办理情况; the office and date at the foot.
PETITION_PARAS = [
    (
        "1.第3批交办件（编号D410900202407030012，重点交办件，7月3日交办）：群众反映濮阳县某化工园区夜间排放"
        "刺鼻气体。责任单位：濮阳县政府。办理时限：2024年8月15日前。办理情况：已组织现场核查，对2家企业"
        "立案查处，正在督促整改。"
    ),
    (
        "2.第4批交办件（编号D410900202407050031，7月5日交办）：群众反映华龙区某小区楼下餐饮店油烟直排。"
        "责任单位：市城管局。办理时限：2024年7月20日。办理情况：已督促安装油烟净化设施，经复查达标，已办结。"
    ),
    (
        "3.第5批交办件（编号D410900202407080007，7月8日交办）：群众反映金堤河支流城北段漂浮垃圾多、水体发黑。"
        "责任单位：市水利局。办理时限：2024年9月30日前。办理情况：尚未整改。"
    ),
    (
        "4.第5批交办件（编号D410900202407080019，7月8日交办）：群众反映城郊某砖厂未批先建、扬尘污染严重。"
        "责任单位：市环保局。办理时限：2024年7月31日前。办理情况：经核查属实，已责令停产并拆除违建设施，"
        "已办结。"
    ),
    (
        "5.第6批交办件（编号D410900202407100044，7月10日交办）：群众反映南乐县某养殖场粪污直排农田。"
        "责任单位：南乐县人民政府。办理时限：2024年8月31日前。办理情况：已拆除直排管道，正在建设粪污储存池。"
    ),
    (
        "6.第7批交办件（编号D410900202407120008，7月12日交办）：群众反映城区某加油站油气回收装置不正常使用。"
        "责任单位：市商务局。办理时限：立行立改。办理情况：已责令立即整改，油气回收装置已修复，已办结。"
    ),
    (
        "7.第8批交办件（编号D410900202407150026，7月15日交办）：群众反映清丰县城区夜间施工噪声扰民。"
        "责任单位：清丰县人民政府。办理时限：2024年7月25日前。"
    ),
]


def write_petition_docx(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "关于中央生态环境保护督察组交办信访件办理情况的报告")
    _paragraph(doc, "市生态环境保护督察整改工作领导小组：")
    _paragraph(
        doc,
        "7月以来，省配合中央生态环境保护督察联络组分批向我市交办群众来电来信举报件。我办接件后当日"
        "转交各县（区）和市直有关部门办理。现将截至2024年7月31日的办理情况报告如下：",
    )
    for text in PETITION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市生态环境保护督察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_docx, path, "doc", "交办信访件办理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 市政府重要会议决定事项督查督办台账, after a county's 督查督办 rules (县政府常务会议、县长办公会议和专题会议决定的
# 事项, 自会议决定之日起报告落实情况, 适时通报; 县长信箱按督查督办单要求时限办理):
# http://cywglfh.caiyes.cn/thread-25906-3-1.html
# An .xlsx: title, 期数 line, one header row, the 会议 merged down over its rows (its date the base of a
# 会后N个工作日内), 牵头领导 beside the 责任单位, 督办状态, a two-line 注 and the office.
SUPERVISE_MEETINGS = [
    (
        "市政府第26次常务会议（2024年6月17日）",
        [
            (
                "DB-26-01",
                "研究解决城区集中供热管网改造资金缺口问题",
                "刘副市长",
                "市财政局",
                "2024年7月15日",
                "已筹措资金1.2亿元并拨付到位",
                "已办结",
            ),
            (
                "DB-26-02",
                "制定全市存量房“带押过户”实施细则",
                "王副市长",
                "市不动产登记中心",
                "2024年8月31日",
                "细则已形成征求意见稿",
                "正在办理",
            ),
            (
                "DB-26-03",
                "开展城区背街小巷路灯补亮专项行动",
                "王副市长",
                "市城管执法局",
                "2024年7月31日",
                "",
                "未启动",
            ),
        ],
    ),
    (
        "市政府第28次常务会议（2024年7月8日）",
        [
            (
                "DB-28-01",
                "优化市体育中心周边大型活动期间交通组织",
                "李副市长",
                "市交警支队",
                "会后10个工作日内",
                "交通组织优化方案已实施",
                "已办结",
            ),
            (
                "DB-28-02",
                "督促未达产工业项目限期投产",
                "刘副市长",
                "市工信局",
                "9月底前",
                "已逐个项目约谈，3个项目已投产",
                "正在办理",
            ),
            (
                "DB-28-03",
                "统筹推进高标准农田建设项目验收",
                "张副市长",
                "市农业农村局",
                "2024年10月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "市长专题会议（2024年7月19日）",
        [
            (
                "DB-ZT-01",
                "解决城东片区中小学学位不足问题",
                "李副市长",
                "市教育局",
                "2024年8月25日前",
                "已完成2所学校扩班方案，秋季学期前可新增学位600个",
                "正在办理",
            ),
            (
                "DB-ZT-02",
                "建立重点项目要素保障常态化调度机制",
                "刘副市长",
                "市发改委",
                "长期坚持",
                "每月召开一次要素保障调度会",
                "常态化推进",
            ),
        ],
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 26, 12, 36, 12, 18, 18, 34, 12])
    b.line(ws, 0, "市政府重要会议决定事项督查督办台账", 8, b.title)
    b.line(ws, 1, "2024年第7期（截至7月31日）", 8, b.right)
    b.header(
        ws,
        2,
        [
            "序号",
            "会议名称",
            "督办编号",
            "决定事项",
            "牵头领导",
            "责任单位",
            "办结时限",
            "落实情况",
            "督办状态",
        ],
    )
    r, n = 3, 0
    for meeting, rows in SUPERVISE_MEETINGS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, meeting, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r + 1, "注：1.督办状态分为已办结、正在办理、未启动、常态化推进。", 8)
    b.line(ws, r + 2, "2.各责任单位每月25日前将落实情况报市政府督查室。", 8)
    b.line(ws, r + 3, "濮阳市人民政府督查室    2024年7月31日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 清洁乡村活动自查问题整改 from two towns, after a 清洁乡村活动自查情况报告 (立即组织开展自查; 宣传标语、垃圾池、
# 村中的沟渠和池塘、保洁员工作情况和保洁费收支情况; 一、自查工作情况 二、存在问题 三、工作建议; 长效机制):
# http://minitagcloud.cn/zichabaogao/9499.html
# A .zip of two returns: an .xlsx 台账 whose town is named only in its title, rows naming the town's own 站所 and
# a 村 column; and a .docx 自查情况报告 with the problems as numbered paragraphs under 二、存在问题及整改情况.
TOWN_ROWS = [
    ("王庄村", "村内坑塘漂浮垃圾未及时清理", "组织保洁员集中清理", "镇环卫所", "7月20日前", "已清理完毕"),
    (
        "李家村",
        "垃圾池破损，垃圾外溢",
        "维修垃圾池",
        "镇村镇建设服务中心",
        "8月10日前",
        "已采购材料，正在维修",
    ),
    ("后屯村", "保洁员不在岗，主干道有积存垃圾", "调整保洁员，落实日常考勤", "镇环卫所", "7月底前", ""),
    ("全镇", "保洁费收支未单独建账", "设立保洁费专账", "镇财政所", "8月31日前", "未整改"),
]

TOWN_REPORT_ITEMS = [
    "（一）部分村庄宣传标语陈旧褪色。整改措施：统一更换宣传标语。责任单位：镇宣传办。完成时限：2024年7月25日。"
    "整改进展：已更换宣传标语46条。",
    "（二）村内沟渠淤积，雨后积水发臭。整改措施：开展沟渠集中清淤。责任单位：镇水利站。完成时限：2024年8月20日。"
    "整改进展：已完成3条沟渠清淤，其余正在施工。",
    "（三）农户庭院柴草乱堆乱放。整改措施：开展“庭院清洁户”评比。责任单位：镇农业服务中心。完成时限：长期坚持。"
    "整改进展：常态化推进。",
    "（四）清洁乡村长效管理机制尚未建立。整改措施：制定村庄保洁长效管理办法。责任单位：镇党政办。"
    "完成时限：2024年9月30日。整改进展：未启动。",
]


def write_town_book(path: Path) -> Path:
    b = Book(path, author="柳屯镇")
    ws = b.sheet("自查整改")
    b.widths(ws, [6, 10, 34, 26, 18, 12, 24])
    b.line(ws, 0, "柳屯镇2024年“美丽乡村·清洁家园”活动自查问题整改台账", 6, b.title)
    b.header(ws, 1, ["序号", "村（社区）", "自查发现问题", "整改措施", "责任站所", "完成时间", "整改情况"])
    for i, row in enumerate(TOWN_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(TOWN_ROWS), "填表人：赵亚楠        分管领导：孟庆伟        2024年7月29日", 6)
    return b.close()


def write_town_report(path: Path) -> Path:
    doc = _new_document("梁庄镇党政办")
    _title(doc, "梁庄镇清洁乡村活动自查情况报告")
    _paragraph(doc, "市“美丽乡村”建设工作领导小组办公室：")
    _paragraph(
        doc,
        "按照市“美丽办”关于报送清洁乡村活动自查情况的通知要求，我镇立即组织开展自查，现将有关情况报告如下：",
    )
    _paragraph(doc, "一、自查工作情况", 16, "黑体")
    _paragraph(
        doc,
        "镇党委、政府主要领导带队，会同各村“两委”干部，对宣传标语、垃圾池、沟渠坑塘、保洁员工作情况和"
        "保洁费收支情况逐村进行了检查。",
    )
    _paragraph(doc, "二、存在问题及整改情况", 16, "黑体")
    for text in TOWN_REPORT_ITEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作建议", 16, "黑体")
    _paragraph(doc, "深入农户宣传清洁乡村的意义，利用农闲时节开展集中整治，探索建立清洁乡村长效机制。")
    _paragraph(doc, "梁庄镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_towns(path: Path) -> Path:
    members = [
        ("柳屯镇清洁乡村活动自查问题整改台账.xlsx", write_town_book),
        ("梁庄镇清洁乡村活动自查情况报告.docx", write_town_report),
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
    ("十届市委第二轮巡察反馈问题整改进展情况表（市卫计委）.xlsx", write_inspect),
    ("城区雨污分流改造工程跟踪审计发现问题整改情况表.xls", write_audit),
    ("2024年汛期安全生产大检查隐患排查治理台账.xlsx", write_hazard),
    ("市水务局12345热线工单办理情况（2024年7月）.csv", write_hotline),
    ("市十届人大三次会议代表建议办理情况汇总表.docx", write_proposal),
    ("2024年重点民生实事1—7月进展情况调度表.ods", write_livelihood),
    ("营商环境问题线索移交办理台账.et", write_business),
    ("关于中央生态环境保护督察组交办信访件办理情况的报告.doc", write_petition),
    ("市政府重要会议决定事项督查督办台账（第7期）.xlsx", write_supervise),
    ("清洁乡村活动自查整改（柳屯镇、梁庄镇）.zip", write_towns),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev56 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (two, a third inside the zip), .xls (xlwt, a second inside the zip), .ods and .et (LibreOffice
conversions), a CSV in GBK, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice), two
.docx (one with a table, one with numbered paragraphs under section headings) and a .zip of two returns.
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev56.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 巡察反馈问题整改“五份清单”, after a university 纪委's account of 巡察整改 (问题清单、任务清单、责任清单, 配套整改成效
# 清单; 照单整改、对账销号; 分期推进):
# https://jw.ytu.edu.cn/info/1026/4859.htm
# An .xlsx: title, 填报单位 and 反馈时间 line, a three-row header grouped under the 清单 names with 是/否 ticks under
# 是否销号, rows naming only the bureau's own 科室, a 填表说明 and a signature line.
PATROL_ROWS = [
    (
        "党的领导",
        "党组理论学习中心组学习流于形式，学习贯彻上级重大决策部署不及时",
        "修订党组理论学习中心组学习制度，每月开展专题学习",
        "立行立改",
        "李建国",
        "办公室",
        "已完成，学习制度已修订印发",
        "√",
        "",
    ),
    (
        "党的领导",
        "落实意识形态工作责任制不到位，文化阵地管理存在薄弱环节",
        "开展意识形态阵地排查，逐一建立管理台账",
        "2024年6月底前",
        "王丽",
        "宣传科",
        "已完成排查，阵地管理台账已建立",
        "√",
        "",
    ),
    (
        "全面从严治党",
        "公务接待费报销附件不全，部分接待无公函",
        "逐笔清查2022年以来公务接待费，补齐报销手续",
        "2024.8.31",
        "张伟",
        "财务科",
        "已清查120笔，正在补齐手续",
        "",
        "√",
    ),
    (
        "全面从严治党",
        "文化市场执法检查频次不足，网吧、KTV等场所巡查记录缺失",
        "制定年度检查计划，建立巡查记录台账",
        "9月底前",
        "刘海涛",
        "市场管理科",
        "未启动",
        "",
        "√",
    ),
    (
        "全面从严治党",
        "非遗保护专项资金拨付滞后，项目结余资金未及时清理",
        "清理结余资金，规范专项资金拨付程序",
        "2024年10月31日",
        "王丽",
        "非遗科",
        "",
        "",
        "",
    ),
    (
        "基层党建",
        "机关支部“三会一课”记录不规范，组织生活质量不高",
        "每季度检查支部记录，纳入支部考核",
        "长期坚持",
        "李建国",
        "机关党委",
        "长期坚持，每季度检查一次",
        "",
        "",
    ),
    (
        "选人用人",
        "干部人事档案专项审核发现个别档案材料缺失",
        "逐份补齐缺失材料，完成专项审核",
        "9月底前补齐材料，12月底前完成审核",
        "张伟",
        "人事科",
        "已补齐8份，剩余3份正在协调原单位出具证明",
        "",
        "√",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 14, 34, 30, 18, 10, 12, 30, 6, 6])
    last = 9
    b.line(ws, 0, "市委第三巡察组反馈问题整改清单", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局党组    巡察反馈时间：2024年5月20日    填报时间：2024年7月30日",
        last,
    )
    b.merge(ws, 2, 0, 4, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题清单", b.head)
    b.merge(ws, 2, 3, 2, 4, "任务清单", b.head)
    b.merge(ws, 2, 5, 2, 6, "责任清单", b.head)
    b.merge(ws, 2, 7, 2, 9, "整改成效清单", b.head)
    for col, word in [
        (1, "反馈问题类别"),
        (2, "具体问题"),
        (3, "整改措施"),
        (4, "整改时限"),
        (5, "责任领导"),
        (6, "责任科室"),
        (7, "整改进展"),
    ]:
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "是否销号", b.head)
    b.header(ws, 4, ["是", "否"], first=8)
    for i, row in enumerate(PATROL_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:7]), first=1)
        b.row(ws, r, list(row[7:]), first=8, fmt=b.center)
    end = 5 + len(PATROL_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.整改时限为“立行立改”的，自巡察反馈之日起立即整改；2.“是否销号”由局巡察整改办对照整改成效清单"
        "审核后在相应栏内打“√”。",
        last,
    )
    b.line(ws, end + 2, "填表人：赵敏    审核人：李建国    联系电话：0393-8910236", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 审计发现问题整改台账, after an audit software vendor's page on its 整改跟踪系统 (确定整改责任单位、下发整改通知，明确
# 整改措施、反馈及认定整改结果直至问题销号; 自动形成问题整改台账):
# https://www.yonyouaud.com/a/product/shenjiguanli/942.html
# An .xls (xlwt) as the system exports it: title, 导出时间 line, one header row with 整改通知下发日期 and 整改期限 partly
# in days from it, 认定结果 and 销号状态 columns, units partly under their names before the reform, a record count.
AUDIT_ROWS = [
    (
        "AUD-2024-011",
        "2023年度市本级预算执行审计",
        "部分项目支出预算执行率低于50%，资金长期闲置",
        "市财政局",
        "2024-06-03",
        "2024-08-31",
        "收回闲置资金统筹使用",
        "已收回闲置资金并统筹用于重点项目",
        "已认定整改",
        "已销号",
    ),
    (
        "AUD-2024-014",
        "住房公积金管理审计",
        "个别单位未按规定为职工足额缴存住房公积金",
        "市公积金中心",
        "2024-06-03",
        "30日内",
        "督促欠缴单位补缴",
        "已督促12家单位补缴，其余4家正在催缴",
        "部分认定",
        "未销号",
    ),
    (
        "AUD-2024-017",
        "社会保险基金审计",
        "向已死亡人员重复发放养老金5.5万元",
        "市劳动和社会保障局",
        "2024-06-12",
        "60日内",
        "追回重复发放资金，完善数据比对机制",
        "已追回4.3万元，剩余1.2万元正在追缴",
        "",
        "未销号",
    ),
    (
        "AUD-2024-020",
        "教育经费审计",
        "部分学校食堂收支未单独核算",
        "市教育局",
        "2024-06-12",
        "2024-09-30",
        "食堂收支纳入学校财务单独核算",
        "",
        "",
        "",
    ),
    (
        "AUD-2024-023",
        "水利专项资金审计",
        "农田水利项目验收后结余资金未及时上缴",
        "市水务局",
        "2024-06-20",
        "30日内",
        "上缴结余资金",
        "已上缴结余资金86万元",
        "已认定整改",
        "已销号",
    ),
    (
        "AUD-2024-026",
        "公立医院主要负责人经济责任审计",
        "医用耗材采购未执行集中带量采购",
        "市卫生局",
        "2024-07-01",
        "2024-12-31",
        "纳入集中带量采购",
        "未整改，涉及合同尚在履行期",
        "",
        "未销号",
    ),
    (
        "AUD-2024-029",
        "政府采购专项审计",
        "部分采购项目评审专家抽取记录不完整",
        "市公共资源交易中心",
        "2024-07-01",
        "立行立改",
        "补充抽取记录，建立电子台账",
        "已补充完善抽取记录，建立专家抽取电子台账",
        "已认定整改",
        "已销号",
    ),
]


def write_audit(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    words = [
        "序号",
        "问题编号",
        "审计项目",
        "问题描述",
        "整改责任单位",
        "整改通知下发日期",
        "整改期限",
        "整改措施",
        "整改结果反馈",
        "认定结果",
        "销号状态",
    ]
    cells = [
        (0, 0, "审计发现问题整改台账", t, 0, len(words) - 1),
        (
            1,
            0,
            "导出时间：2024-07-31 09:12:35    导出人：审计整改科    整改期限按日计的，自整改通知下发之日起计算",
            plain,
            1,
            len(words) - 1,
        ),
    ]
    for col, w in enumerate(words):
        cells.append((2, col, w, h))
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 6, 9, 10) else c))
    r = 3 + len(AUDIT_ROWS)
    cells.append((r, 0, f"共{len(AUDIT_ROWS)}条记录", plain, r, 3))
    return _write_xls(path, [("问题整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 环保督察反馈问题整改推进情况的汇报, after a county's 环保工作会 account (反馈意见问题N个已整改完成N个; 关于砂石行业整治，
# 县水务局牵头负责; 关于砖瓦行业问题，县国土局负责; 关于“散乱污”企业整治 …):
# https://yihaowenku.com/doc/17405.html
# A .doc (Word 97 via LibreOffice): title, addressee, a summary with counts, then the items as （一）… paragraphs, each
# naming its unit (mostly by the name before the reform), its 整改时限 and a 进展 sentence; office and date at the foot.
ENV_PARAS = [
    (
        "（一）关于砂石行业整治。市水务局牵头负责。所有砂石场进出口设置喷淋设施和洗车池，堆料场全部覆盖、围挡。"
        "整改时限：2024年9月底前。进展：已完成18家砂石场整治，剩余6家正在施工。"
    ),
    (
        "（二）关于砖瓦行业问题。市国土局负责。督促砖厂实现全封闭式加工生产，严格执行“先整治，再生产”。"
        "整改时限：2024年7月15日。进展：已全部完成整治，经现场核查达标。"
    ),
    (
        "（三）关于“散乱污”企业整治。市经信委负责。对排查出的“散乱污”企业实行断水断电、清除原料产品和设备。"
        "整改时限：2024年8月31日。进展：未开展。"
    ),
    (
        "（四）关于工业园区污水处理厂建设进度滞后问题。市住建局负责。加快主体工程和配套管网建设。"
        "整改时限：2024年12月底前。进展：主体工程已完工，正在安装设备。"
    ),
    (
        "（五）关于城区建筑工地扬尘管控问题。市城管执法局负责。落实工地周边围挡、物料堆放覆盖、出入车辆清洗等"
        "要求。整改时限：长期坚持。进展：常态化推进。"
    ),
    (
        "（六）关于畜禽养殖场粪污直排问题。市农委负责。配套建设储粪池和污水处理设施。"
        "整改时限：2024年6月30日。进展：已完成整改，已销号。"
    ),
    "（七）关于饮用水水源地保护区内违规建筑问题。市环保局牵头，相关县区配合。整改时限：2024年10月底前。",
]


def write_env_docx(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "关于生态环境保护督察反馈问题整改推进情况的汇报")
    _paragraph(doc, "市生态环境保护委员会：")
    _paragraph(
        doc,
        "按照督察整改工作安排，现将截至2024年7月底的整改推进情况汇报如下。",
    )
    _paragraph(doc, "一、总体情况", 16, "黑体")
    _paragraph(
        doc,
        "中央生态环境保护督察反馈意见问题49个，已整改完成40个，剩余9个正在按序时推进；交办信访件25件，"
        "已办结24件。",
    )
    _paragraph(doc, "二、需重点推进的问题", 16, "黑体")
    for text in ENV_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", 16, "黑体")
    _paragraph(doc, "各责任单位要对照整改时限倒排工期，确保按期完成整改并及时报送销号材料。")
    _paragraph(doc, "濮阳市生态环境保护委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_env(path: Path) -> Path:
    return via_soffice(write_env_docx, path, "doc", "生态环境保护督察反馈问题整改推进情况的汇报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 一般隐患治理台账（汇总上报）, after a province's 企业信息申报系统 user manual (企业隐患自查: 隐患自查登记、一般隐患登记、
# 重大隐患登记; 企业隐患治理: 一般隐患治理、重大隐患治理、隐患销号治理; 隐患汇总上报):
# http://www.renrendoc.com/paper/182875919.html
# An .ods (LibreOffice conversion): title, 上报单位 line, a two-row header grouped as 隐患信息 / 治理信息 / 销号信息,
# the enterprise as the unit, dates as text in several spellings, a 注 and a count line.
HAZARD_ROWS = [
    (
        "YH-2024-0701",
        "濮阳市华通化工有限公司",
        "储罐区可燃气体报警器未定期校验",
        "一般",
        "2024-07-02",
        "2024.7.15",
        "陈志远",
        "已治理",
        "已申请",
        "审核通过",
    ),
    (
        "YH-2024-0702",
        "市燃气公司",
        "城东调压站安全阀超期未检验",
        "一般",
        "2024-07-03",
        "2024.7.31",
        "刘洋",
        "治理中",
        "",
        "",
    ),
    (
        "YH-2024-0703",
        "濮阳龙丰纸业有限公司",
        "造纸车间粉尘清扫记录缺失",
        "一般",
        "2024-07-05",
        "2024年8月10日",
        "王磊",
        "未治理",
        "",
        "",
    ),
    (
        "YH-2024-0704",
        "濮阳供电公司",
        "110千伏变电站消防通道堆放杂物",
        "一般",
        "2024-07-08",
        "2024-07-10",
        "孙建军",
        "重新治理中",
        "已申请",
        "审核未通过",
    ),
    (
        "YH-2024-0705",
        "濮阳市恒安物流有限公司",
        "危化品运输车辆卫星定位动态监控离线",
        "重大",
        "2024-07-10",
        "2024年9月30日",
        "赵凯",
        "治理中",
        "",
        "",
    ),
    (
        "YH-2024-0706",
        "濮阳县鑫源建材有限公司",
        "破碎机传动部位防护罩缺失",
        "一般",
        "2024-07-16",
        "2024-07-20",
        "周强",
        "已治理",
        "已申请",
        "",
    ),
    (
        "YH-2024-0707",
        "濮阳市金穗面粉有限公司",
        "面粉车间除尘系统未设置泄爆装置",
        "重大",
        "2024-07-22",
        "2024年10月底前",
        "吴斌",
        "",
        "",
        "",
    ),
]


def write_hazard_book(path: Path) -> Path:
    b = Book(path, author="应急管理局")
    ws = b.sheet("一般隐患治理")
    b.widths(ws, [6, 14, 24, 32, 8, 12, 14, 10, 12, 10, 12])
    last = 10
    b.line(ws, 0, "企业隐患治理台账（汇总上报）", last, b.title)
    b.line(
        ws, 1, "上报单位：濮阳市应急管理局（汇总）    上报日期：2024年7月31日    上报周期：2024年7月", last
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 5, "隐患信息", b.head)
    b.merge(ws, 2, 6, 2, 8, "治理信息", b.head)
    b.merge(ws, 2, 9, 2, 10, "销号信息", b.head)
    b.header(
        ws,
        3,
        [
            "隐患编号",
            "企业名称",
            "隐患名称",
            "隐患级别",
            "登记日期",
            "治理期限",
            "治理责任人",
            "治理状态",
            "销号申请",
            "销号审核",
        ],
        first=1,
    )
    for i, row in enumerate(HAZARD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(HAZARD_ROWS)
    b.line(ws, end, "合计：本期登记隐患7项，其中重大隐患2项", last)
    b.line(
        ws,
        end + 1,
        "注：治理状态由企业在系统中填报；销号审核由属地应急管理部门完成。",
        last,
    )
    return b.close()


def write_hazard(path: Path) -> Path:
    via_soffice(write_hazard_book, path, "ods", "企业隐患治理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 市长信箱来信办理情况, after a city's quarterly account of its 市长信箱 (来信分类: 住房保障、物业服务、道路交通 …;
# 来信类型: 咨询类、投诉类、谏言类、求助类; 市长信箱办理情况表: 办理单位 / 收到来信(件) / 按期回复(件) / 合计):
# http://www.tongchuan.gov.cn/resources/site/1/html/hd/scxxjdxjtj/202504/878232.html
# A CSV in GBK: a title line, a line saying how the 回复期限 is counted, one header line, the letters, then the
# source's 办理情况表 by unit with a 合计 line.
MAIL_ROWS = [
    (
        "XX2024070201",
        "投诉",
        "物业服务",
        "小区物业公司擅自提高地下停车费",
        "市住建局",
        "2024-07-02",
        "5个工作日",
        "是",
        "已回复，责成物业公司恢复原收费标准",
    ),
    (
        "XX2024070502",
        "求助",
        "民政救助",
        "独居老人申请临时救助无人受理",
        "市民政局",
        "2024-07-05",
        "5个工作日",
        "是",
        "已回复，已纳入临时救助",
    ),
    (
        "XX2024071203",
        "谏言",
        "城市管理",
        "建议在体育场周边增设公共停车泊位",
        "市城管局",
        "2024-07-12",
        "15个工作日",
        "是",
        "已答复，纳入下半年停车设施建设计划",
    ),
    (
        "XX2024071504",
        "投诉",
        "市场监管",
        "超市货架上销售过期食品",
        "市市场监管局",
        "2024-07-15",
        "5个工作日",
        "否",
        "超期未回复",
    ),
    (
        "XX2024071705",
        "咨询",
        "不动产登记",
        "购买二手房后办理不动产权证需要哪些材料",
        "不动产登记中心",
        "2024-07-17",
        "3个工作日",
        "是",
        "已回复",
    ),
    (
        "XX2024072206",
        "投诉",
        "道路交通",
        "胜利路与京开大道路口左转信号灯时间过短",
        "市交警支队",
        "2024-07-22",
        "10个工作日",
        "",
        "办理中，已现场勘查",
    ),
    (
        "XX2024072607",
        "投诉",
        "劳动保障",
        "某商贸公司拖欠员工工资三个月",
        "市人社局",
        "2024-07-26",
        "10个工作日",
        "",
        "",
    ),
    (
        "XX2024072908",
        "求助",
        "供水",
        "老旧小区自来水管道漏水多日",
        "自来水公司",
        "2024-07-29",
        "5个工作日",
        "是",
        "已派员维修，管道已修复",
    ),
]
MAIL_UNITS = [
    ("市住建局", 1, 1),
    ("市民政局", 1, 1),
    ("市城管局", 1, 1),
    ("市市场监管局", 1, 0),
    ("不动产登记中心", 1, 1),
    ("市交警支队", 1, 0),
    ("市人社局", 1, 0),
    ("自来水公司", 1, 1),
]


def write_mail(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月市长信箱来信办理情况"])
    w.writerow(["7月，市长信箱共收到网民来信8件，涉及8个单位。回复期限自收信之日起按工作日计算。"])
    w.writerow(
        [
            "序号",
            "来信编号",
            "来信类型",
            "来信分类",
            "来信摘要",
            "办理单位",
            "收信日期",
            "回复期限",
            "是否按期回复",
            "回复情况",
        ]
    )
    for i, row in enumerate(MAIL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow([])
    w.writerow(["7月市长信箱办理情况表"])
    w.writerow(["办理单位", "收到来信（件）", "按期回复（件）"])
    for unit, got, ontime in MAIL_UNITS:
        w.writerow([unit, got, ontime])
    w.writerow(["合计", sum(u[1] for u in MAIL_UNITS), sum(u[2] for u in MAIL_UNITS)])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 代表建议办理情况清单, after a county government office's 建议提案办理工作制度 (交办会议列出建议、提案清单，承办部门签收;
# 单独办理 / 协同办理，主办单位由交办机关指定; 重点建议以政府名义答复):
# http://duoleo.com/public/6596251/31462461.html
# An .et (Excel 97 via LibreOffice): title, 交办单位 line, one header row with the 领衔代表 and 附议代表 beside the
# 主办单位 and 会办单位, 办理时限 partly in months from the 交办日期, 答复类别, a 说明 and a signature line.
NPC_ROWS = [
    (
        "第101号",
        "关于加快老旧小区加装电梯的建议",
        "王建华",
        "李红等6人",
        "单独办理",
        "市住房和城乡建设局",
        "",
        "2024-03-28",
        "3个月内",
        "已答复代表，代表满意",
        "A",
    ),
    (
        "第105号",
        "关于增开城乡公交线路的建议",
        "张秀英",
        "",
        "协同办理",
        "市交通运输局",
        "公交公司",
        "2024-03-28",
        "3个月内",
        "已答复，列入年度计划逐步解决",
        "C",
    ),
    (
        "第112号",
        "关于规范校外培训机构收费的建议",
        "刘志强",
        "马骏等3人",
        "协同办理",
        "市教育局",
        "市市场监督管理局",
        "2024-03-28",
        "2024年7月31日前",
        "正在办理，已开展联合检查两轮",
        "",
    ),
    (
        "第118号（重点建议）",
        "关于建设城区智慧停车系统的建议",
        "陈国庆",
        "",
        "协同办理",
        "市城市管理局",
        "市公安局交通管理支队",
        "2024-04-02",
        "年底前",
        "正在协调选址和建设资金",
        "",
    ),
    (
        "第123号",
        "关于提高农村低保标准的建议",
        "赵玉兰",
        "",
        "协同办理",
        "市民政局",
        "市财政局",
        "2024-04-02",
        "3个月内",
        "",
        "",
    ),
    (
        "第127号",
        "关于加强乡村医生队伍建设的建议",
        "孙立新",
        "郭芳等4人",
        "单独办理",
        "市卫计委",
        "",
        "2024-04-02",
        "3个月内",
        "逾期未答复",
        "",
    ),
    (
        "第131号",
        "关于支持农产品冷链物流发展的建议",
        "周明",
        "",
        "协同办理",
        "市农业局",
        "市商务局",
        "2024-04-08",
        "3个月内",
        "已答复代表，代表基本满意",
        "B",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("建议清单")
    b.widths(ws, [6, 16, 32, 10, 12, 10, 18, 18, 12, 16, 28, 10])
    last = 11
    b.line(ws, 0, "市人大十届三次会议代表建议办理情况清单", last, b.title)
    b.line(ws, 1, "交办单位：市政府办公室督查科    统计截至：2024年7月31日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议号",
            "建议题目",
            "领衔代表",
            "附议代表",
            "办理方式",
            "主办单位",
            "会办单位",
            "交办日期",
            "办理时限",
            "办理情况",
            "答复类别",
        ],
    )
    for i, row in enumerate(NPC_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(NPC_ROWS)
    b.line(
        ws,
        end,
        "说明：办理时限按月计的，自交办之日起计算；答复类别A为已解决或基本解决，B为正在解决，C为列入规划逐步解决，"
        "D为留作参考。",
        last,
    )
    b.line(ws, end + 1, "填表人：冯晓燕    审核：市政府办公室督查科    2024年7月31日", last)
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "代表建议办理情况清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 十件实事和重点工程进展情况, after a city 督办室's monthly account (“十件实事”包含子项目18个; 完成阶段目标任务;
# 已完成建设工程1处，开工建设3处，准备动工9处; 重点工程续建项目; 勘探选址和招投标、拆迁阶段):
# https://bbs.cnhubei.com/thread-2961648-1-1.html
# An .xlsx: title, 督办室 line, one header row, two section rows (一、十件实事 / 二、重点工程), the 实事项目 merged down
# over its 建设内容 rows, dates as text (12月底前, 2024年6-9月, 7月15日前完成, 第三季度), a 注 and the office.
LIVE_SECTIONS = [
    (
        "一、十件实事",
        [
            (
                "创业带动就业工程",
                [
                    (
                        "扶持城乡劳动者自主创业800人",
                        "市人社局",
                        "12月底前",
                        "已扶持创业612人，带动就业2860人",
                        "按序时",
                    ),
                    (
                        "开展职业技能培训5000人次",
                        "市人社局",
                        "11月底前",
                        "已完成培训5120人次，全年任务提前完成",
                        "已完成",
                    ),
                ],
            ),
            (
                "农村安全饮水工程",
                [
                    (
                        "新建农村集中供水工程12处",
                        "市水利局",
                        "2024年10月底前",
                        "已完成建设工程1处，开工建设3处，准备动工8处",
                        "按序时",
                    ),
                ],
            ),
            (
                "学校标准化建设工程",
                [
                    (
                        "改造农村薄弱学校校舍20所",
                        "市教育局",
                        "8月底前",
                        "未开工",
                        "滞后",
                    ),
                ],
            ),
            (
                "城乡居民健康服务",
                [
                    (
                        "为65岁以上老年人免费健康体检",
                        "市卫健委",
                        "2024年12月31日",
                        "",
                        "",
                    ),
                ],
            ),
        ],
    ),
    (
        "二、重点工程",
        [
            (
                "体育公园建设工程",
                [
                    (
                        "完成体育公园主体工程",
                        "市住建局",
                        "2024年6-9月",
                        "已完成地质勘探，正在组织施工招标",
                        "按序时",
                    ),
                ],
            ),
            (
                "群众文化馆建设工程",
                [
                    (
                        "群众文化馆主体结构封顶",
                        "市文化广电旅游局",
                        "7月15日前完成",
                        "已于7月12日封顶",
                        "已完成",
                    ),
                ],
            ),
            (
                "城市公共停车场建设",
                [
                    (
                        "新建城区公共停车泊位1500个",
                        "市城管局",
                        "第三季度",
                        "处于拆迁阶段，已完成拆迁60%",
                        "按序时",
                    ),
                ],
            ),
        ],
    ),
]


def write_live(path: Path) -> Path:
    b = Book(path, author="市政府督办室")
    ws = b.sheet("7月进展")
    b.widths(ws, [6, 18, 30, 18, 16, 34, 10])
    last = 6
    b.line(ws, 0, "2024年市政府十件实事和重点工程7月份进展情况", last, b.title)
    b.line(ws, 1, "市政府督办室    截至2024年7月31日", last)
    b.header(
        ws,
        2,
        ["序号", "实事项目", "建设内容", "牵头单位", "完成时限", "7月份进展情况", "进度评价"],
    )
    r = 3
    n = 0
    for section, projects in LIVE_SECTIONS:
        b.merge(ws, r, 0, r, last, section, b.section)
        r += 1
        for project, tasks in projects:
            b.merge(ws, r, 1, r + len(tasks) - 1, 1, project, b.cell)
            for task in tasks:
                n += 1
                b.put(ws, r, 0, n, b.center)
                b.row(ws, r, list(task), first=2)
                r += 1
    b.line(ws, r + 1, "注：进度评价分为“已完成”“按序时”“滞后”三类。", last)
    b.line(ws, r + 2, "濮阳市人民政府督办室    2024年7月31日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 城乡环境卫生综合整治督查通报, after a county's quarterly 督查通报 on 城乡环境卫生综合整治 (督查组明查暗访、重点抽查;
# 对督查中发现的问题及时反馈各责任单位，提出限时整改要求; 销号整改; 单位末位排名):
# https://atzr.com.cn/info/1041/31167.htm
# A .wps (Word 97 via LibreOffice): title, addressee, a preamble stating when the problems were handed to the units,
# one table with the 督查组 beside the 责任单位 and a 销号整改情况 column, the 末位排名 lines, the office and date.
INSPECT_ROWS = [
    (
        "华龙区胜利路街道老旧小区",
        "楼道内堆放杂物、小广告随处可见",
        "华龙区胜利路街道办事处",
        "第一督查组",
        "3日内",
        "已于7月24日整改销号",
    ),
    (
        "城关镇农贸市场周边",
        "农贸市场周边垃圾桶满溢、污水横流",
        "城关镇人民政府",
        "第二督查组",
        "3日内",
        "正在整改，已增设垃圾桶10个",
    ),
    (
        "国道106城区段沿线",
        "国道沿线绿化带内堆积建筑垃圾",
        "市交通运输局",
        "第三督查组",
        "2024年7月31日",
        "未整改",
    ),
    (
        "金堤河城区段",
        "河道岸坡漂浮垃圾未及时打捞",
        "市水利局",
        "第三督查组",
        "3日内",
        "已整改销号",
    ),
    (
        "王助镇前街村",
        "村内坑塘淤积、柴草乱堆乱放",
        "王助镇人民政府",
        "第二督查组",
        "8月10日前",
        "",
    ),
    (
        "市人民公园",
        "公园公厕卫生保洁不到位、洗手设施损坏",
        "市城市管理局",
        "第一督查组",
        "3日内",
        "已维修，复查合格",
    ),
    (
        "京开大道辅道",
        "机动车乱停乱放占用盲道",
        "市公安局交通管理支队",
        "第一督查组",
        "长期坚持",
        "常态化推进",
    ),
]


def write_inspect_docx(path: Path) -> Path:
    doc = _new_document("市整治办")
    _title(doc, "关于第二季度全市城乡环境卫生综合整治情况的督查通报")
    _paragraph(doc, "各乡镇人民政府、街道办事处，市直有关单位：")
    _paragraph(
        doc,
        "7月8日至19日，市城乡环境卫生综合整治领导小组办公室组织3个督查组，采取明查暗访、重点抽查等方式，对全市"
        "城乡环境卫生综合整治情况进行了督查。7月22日已将发现的问题反馈各责任单位，并提出限时整改要求。"
        "现将督查情况通报如下：",
    )
    _paragraph(doc, "一、督查发现的问题及整改情况", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(INSPECT_ROWS, 1)]
    _table(
        doc,
        ["序号", "督查点位", "存在问题", "责任单位", "督查组", "整改时限", "销号整改情况"],
        body,
    )
    _paragraph(doc, "二、单位末位排名", 16, "黑体")
    _paragraph(doc, "乡镇（街道）：王助镇人民政府")
    _paragraph(doc, "市直职能单位：市交通运输局")
    _paragraph(doc, "注：整改时限按日计的，自7月22日问题反馈之日起计算。", 12)
    _paragraph(doc, "濮阳市城乡环境卫生综合整治领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    return via_soffice(write_inspect_docx, path, "doc", "城乡环境卫生综合整治督查通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 信访接待记录汇总 from two towns, after a template page for the 信访接待记录表 (来访人基本信息; 来访时间与地点; 来访事由;
# 接待人员信息; 处理意见与建议; 后续处理安排，如转交相关部门; 备注: 紧急程度):
# http://m.80end.cn/jxfw/202506/318210.html
# A .zip of two returns: an .xlsx whose town is named only in its title and file name, and an .xls (xlwt) with a
# 填报单位 line; rows hand most matters to the town's own offices (司法所、民政所 …), one to a city bureau.
VISIT_RETURNS = [
    (
        "户部寨镇",
        "",
        [
            (
                "2024-07-02",
                "王某某",
                "西街村",
                "反映邻居建房占用自家宅基地通道",
                "李东",
                "依法调解",
                "镇司法所",
                "15日内",
                "已调解，双方签订调解协议",
                "一般",
            ),
            (
                "2024-07-09",
                "张某某",
                "后寨村",
                "反映土地流转租金未按时支付",
                "李东",
                "督促村委会协调",
                "镇农业服务中心",
                "30日内",
                "正在协调村委会与承包方",
                "一般",
            ),
            (
                "2024-07-15",
                "刘某某",
                "东关村",
                "反映村内道路硬化后雨天积水严重",
                "陈静",
                "现场查看后制定方案",
                "镇村镇建设办",
                "2024年8月31日",
                "",
                "一般",
            ),
            (
                "2024-07-23",
                "赵某某",
                "南街村",
                "反映本村低保评定不公",
                "陈静",
                "入户核查",
                "镇民政所",
                "15日内",
                "已入户核查，待村民代表会议评议",
                "较急",
            ),
        ],
    ),
    (
        "八公桥镇",
        "填报单位：八公桥镇人民政府信访办    填报日期：2024年7月30日",
        [
            (
                "2024-07-03",
                "孙某某",
                "大屯村",
                "反映养殖场异味扰民",
                "马超",
                "督促养殖场清运粪污",
                "镇生态环境办",
                "15日内",
                "已督促养殖场清运粪污，经回访群众满意",
                "一般",
            ),
            (
                "2024-07-11",
                "周某某等5人",
                "集镇",
                "反映某建筑工地拖欠农民工工资",
                "马超",
                "转交劳动保障监察部门",
                "市人社局",
                "2024年7月25日",
                "逾期未办",
                "紧急",
            ),
            (
                "2024-07-18",
                "吴某某",
                "小屯村",
                "反映承包地被邻村村民占种",
                "郑伟",
                "调查核实后调处",
                "镇综治中心",
                "30日内",
                "正在调查核实",
                "一般",
            ),
            (
                "2024-07-25",
                "郑某某",
                "王楼村",
                "反映自来水管网未通到本村民组",
                "郑伟",
                "纳入供水管网延伸计划",
                "镇村镇建设办",
                "2024年9月30日",
                "未处理",
                "一般",
            ),
        ],
    ),
]
VISIT_WORDS = [
    "序号",
    "来访日期",
    "来访人",
    "住址",
    "来访事由",
    "接待人",
    "处理意见",
    "承办部门",
    "办理期限",
    "办理结果",
    "紧急程度",
]


def write_visit_xlsx(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author="信访办")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 12, 10, 34, 8, 20, 16, 16, 30, 8])
    last = len(VISIT_WORDS) - 1
    b.line(ws, 0, f"{town}信访接待记录汇总表（2024年7月）", last, b.title)
    b.header(ws, 1, VISIT_WORDS)
    for i, row in enumerate(rows, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(rows), "办理期限按日计的，自来访之日起计算。    接待登记人：李东", last)
    return b.close()


def write_visit_xls(path: Path, town: str, line: str, rows: list[tuple]) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = len(VISIT_WORDS) - 1
    cells = [
        (0, 0, f"{town}信访接待记录汇总表（2024年7月）", t, 0, last),
        (1, 0, line, plain, 1, last),
    ]
    for col, w in enumerate(VISIT_WORDS):
        cells.append((2, col, w, h))
    for i, row in enumerate(rows, 1):
        cells.append((2 + i, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((2 + i, col, v, ctr if col in (1, 10) else c))
    r = 4 + len(rows)
    cells.append((r, 0, "说明：办理期限按日计的，自来访之日起计算。", plain, r, last))
    cells.append((r + 1, 0, "分管领导：            信访办负责人：马超", plain, r + 1, last))
    return _write_xls(path, [("Sheet1", cells)])


def write_visit(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, line, rows in VISIT_RETURNS:
            if line:
                name = f"{town}信访接待记录汇总表.xls"
                member = write_visit_xls(Path(tmp) / name, town, line, rows)
            else:
                name = f"{town}信访接待记录汇总表.xlsx"
                member = write_visit_xlsx(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 百日攻坚督导简报, after a 督导组's daily brief in a city's 西部城区百日攻坚战 (对辖区实地督导检查; 拆迁不彻底、堆放
# 施工垃圾、老旧小区改造不彻底、便溺点和乱倒污水; 下发督导通知单并限期整改):
# https://m.haomeiwen.com/subject/altflqtx.html
# A .docx: title with the issue number, the 督导 paragraph giving the date the time limits count from, one table
# (责任单位 / 发现问题 / 督导通知单编号 / 整改时限 / 整改情况), a closing paragraph and the group's name and date.
HUNDRED_ROWS = [
    (
        "华龙区人民路街道办事处",
        "铁路沿线拆迁不彻底，残留建筑垃圾未清运",
        "DD10-2024-031",
        "7日内",
        "已清运完毕，经复查合格",
    ),
    (
        "华龙区人民路街道办事处",
        "背街小巷私搭乱建彩钢棚",
        "DD10-2024-032",
        "2024年7月31日前",
        "已拆除彩钢棚5处，剩余2处正在做当事人工作",
    ),
    (
        "华龙区开州路街道办事处",
        "老旧小区改造工程不彻底，管线裸露",
        "DD10-2024-033",
        "8月底前",
        "未整改",
    ),
    (
        "华龙区开州路街道办事处",
        "综合路沿路便溺点多、乱倒污水现象严重",
        "DD10-2024-034",
        "7日内",
        "已设置临时公厕2座，正在疏通排水管道",
    ),
    (
        "孟轲乡人民政府",
        "乡政府驻地集贸市场占道经营",
        "DD10-2024-035",
        "2024.7.25",
        "已取缔占道摊点，恢复通行",
    ),
    (
        "市城市管理局",
        "城区主干道果皮箱破损未及时更换",
        "DD10-2024-036",
        "7月底前",
        "",
    ),
    (
        "市住房和城乡建设局",
        "京开大道在建工地围挡破损倒伏",
        "DD10-2024-037",
        "3日内",
        "已修复围挡",
    ),
]


def write_hundred(path: Path) -> Path:
    doc = _new_document("第十督导组")
    _title(doc, "城市环境卫生综合整治百日攻坚行动督导简报")
    _paragraph(doc, "第12期", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "7月16日，第十督导组对人民路街道、开州路街道、孟轲乡及城区主干道进行实地督导检查，发现问题7个，"
        "当日向各责任单位下发督导通知单并限期整改（整改时限按日计的，自7月16日起计算）。截至7月26日整改情况如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(HUNDRED_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "发现问题", "督导通知单编号", "整改时限", "整改情况"], body)
    _paragraph(
        doc,
        "请各责任单位对照督导通知单抓紧整改，第十督导组将对整改情况进行复查，确保百日攻坚行动取得实效。",
    )
    _paragraph(doc, "第十督导组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 11. 专项检查情况通报, after a university 后勤保障处's notice of a routine check (按被检查部门分节，注明得分; 逐条列出问题和
# 扣分; 请相关单位及时整改，于一周内将整改报告交运行管理科):
# https://hqbzc.cug.edu.cn/info/1053/2031.htm
# A .docx: title, the check paragraph with its date, section headings naming the bureau's own 科室 with scores, the
# problems as 1、2、… paragraphs with the points deducted, the 7日内 line, the office and date; the bureau is named only
# in the title and the signature.
CHECK_SECTIONS = [
    (
        "一、机关办公室（98分）",
        [
            "1、三楼配电间堆放纸箱杂物，存在火灾隐患，请督促清理。（1分）",
            "2、档案室灭火器压力不足、过期未检。（1分）",
        ],
    ),
    (
        "二、财务科（99分）",
        ["3、财务室保险柜钥匙与密码由同一人保管。（1分）检查时已当场整改。"],
    ),
    (
        "三、运输管理科（97分）",
        [
            "4、执法记录仪充电区私拉电线、使用多孔插座串接。（2分）",
            "5、办公区域安全出口指示灯不亮，请于8月5日前完成更换。（1分）",
        ],
    ),
    (
        "四、机关后勤服务中心（96分）",
        [
            "6、职工食堂2名从业人员健康证过期。（2分）已于7月24日重新办理健康证。",
            "7、食堂留样记录不完整，缺少7月18日晚餐留样。（2分）",
        ],
    ),
]


def write_check(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "市交通运输局机关安全卫生专项检查情况通报")
    _paragraph(
        doc,
        "7月22日下午，局办公室会同机关后勤服务中心对机关办公楼和职工食堂开展安全卫生专项检查。现将检查的主要情况"
        "和存在的问题通报如下：",
    )
    for heading, paras in CHECK_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "对检查中发现的问题，请相关科室及时整改落实到位，未注明时限的于7日内（7月29日前）将整改报告交局办公室。",
    )
    _paragraph(doc, "濮阳市交通运输局办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("市委第三巡察组反馈问题整改清单.xlsx", write_patrol),
    ("审计发现问题整改台账_导出.xls", write_audit),
    ("关于生态环境保护督察反馈问题整改推进情况的汇报.doc", write_env),
    ("企业隐患治理台账（汇总上报）.ods", write_hazard),
    ("2024年7月市长信箱来信办理情况.csv", write_mail),
    ("市人大十届三次会议代表建议办理情况清单.et", write_npc),
    ("2024年十件实事和重点工程7月份进展情况.xlsx", write_live),
    ("第二季度城乡环境卫生综合整治督查通报.wps", write_inspect),
    ("信访接待记录汇总表（户部寨镇、八公桥镇）.zip", write_visit),
    ("百日攻坚行动督导简报（第12期）.docx", write_hundred),
    ("市交通运输局机关安全卫生专项检查情况通报.docx", write_check),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev135 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改、经济责任审计、财政资金绩效评价发现问题 (国企内审系统导出的整改验收单、医院审计委员会整改检查、
村（社区）书记任期经济责任审计、财政重点绩效评价结果反馈、高校审计整改联席会议督办、部门整体支出绩效自评、街道项目
绩效评价、村干部经济责任审计、项目支出绩效单位自评、市本级财政评价).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc (LibreOffice conversions of an .xlsx and a
.docx), .ods (LibreOffice conversion with fixed member times), a CSV in GBK, a .docx whose items are numbered
paragraphs, and a .zip of two returns (an .xlsx and a .docx, UTF-8 member names). Contents are made up; the
statistics date is 2024-07-31.
Run from this folder: python make_aside229.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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


# ---------------------------------------------------------------------------------------------
# 1. 审计项目整改验收单（单一时点维度）, after the export a 国资委 internal-audit system writes (getTimeDimensionWorkbook1:
# a title merged over the first six columns, then the header 序号/审计项目编号/审计项目名称/存在问题/审计建议/整改措施/
# 整改负责人/整改时限/整改验收情况, 序号 written as text, the status code turned into 待整改/整改中/整改完成待审核/整改完成,
# an empty cell when the status is null; no footer):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/java/com/softline/service/bimr/impl/BimrInsideAuditRectifyService.java
# An .xlsx as that export writes it: no 责任单位 column, the audited 市属企业 is named only inside 审计项目名称 and the
# 整改负责人 is a person; 整改时限 is a text date.
EXPORT_ROWS = [
    (
        "SJ2024-003",
        "濮阳市燃气有限公司原董事长任期经济责任审计",
        "燃气入户安检服务费未按合同约定结算，多支付第三方安检单位服务费18.6万元",
        "追回多付款项，完善合同结算审核",
        "向安检单位发函追回多付费用，结算实行财务、审计双审核",
        "王建设",
        "2024-06-30",
        "整改完成",
    ),
    (
        "SJ2024-003",
        "濮阳市燃气有限公司原董事长任期经济责任审计",
        "中压管网改造工程变更签证未经监理确认即办理结算",
        "规范工程变更签证管理",
        "对2022年以来变更签证逐项复核，修订工程变更管理办法",
        "刘伟",
        "2024-09-30",
        "整改中",
    ),
    (
        "SJ2024-005",
        "濮阳市自来水公司2023年度财务收支审计",
        "水费回收率偏低，应收账款中3年以上欠费412万元未清理",
        "开展欠费专项清收",
        "分类建立欠费台账，对大额欠费单位发送催缴函",
        "孙丽娟",
        "2024-12-31",
        "待整改",
    ),
    (
        "SJ2024-005",
        "濮阳市自来水公司2023年度财务收支审计",
        "固定资产账实不符，已拆除报废的机械水表未及时核销",
        "开展固定资产清查",
        "完成资产清查并按程序核销报废水表",
        "孙丽娟",
        "2024-07-15",
        "整改完成",
    ),
    (
        "SJ2024-007",
        "濮阳市众意公交公司新能源公交车运营补贴资金专项审计",
        "新能源车辆运营补贴申报里程与车载监控平台数据不一致",
        "以监控平台数据为准核定申报里程",
        "与监控平台数据逐车比对，更正申报数据",
        "陈永刚",
        "2024-08-31",
        "整改中",
    ),
    (
        "SJ2024-007",
        "濮阳市众意公交公司新能源公交车运营补贴资金专项审计",
        "车辆维修配件采购未执行比价程序，单一来源采购占比过高",
        "执行采购比价制度",
        "建立配件供应商库，实行三家比价",
        "陈永刚",
        "2024-07-31",
        "整改完成",
    ),
    (
        "SJ2024-009",
        "濮阳市投资集团有限公司2023年度内部控制评价",
        "子公司对外提供担保未报集团董事会审议",
        "完善担保审批权限",
        "修订对外担保管理办法，清理存量担保",
        "赵海涛",
        "2024-10-31",
        None,
    ),
    (
        "SJ2024-009",
        "濮阳市投资集团有限公司2023年度内部控制评价",
        "集团资金集中管理制度未覆盖新设立的3家子公司",
        "将新设子公司纳入资金集中管理",
        "开设资金归集账户，纳入集团资金池",
        "赵海涛",
        "2024-09-30",
        "待整改",
    ),
]


def write_export(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.set_properties({"created": CREATED, "author": "Apache POI"})
    title = book.add_format({"bold": True, "font_size": 15, "align": "center", "valign": "vcenter"})
    head = book.add_format({"bold": True, "font_size": 12, "align": "center", "valign": "vcenter"})
    ws = book.add_worksheet("审计整改验收单（单一时点维度）")
    ws.merge_range(0, 0, 0, 5, "审计项目整改验收单", title)
    header = [
        "序号",
        "审计项目编号",
        "审计项目名称",
        "存在问题",
        "审计建议",
        "整改措施",
        "整改负责人",
        "整改时限",
        "整改验收情况",
    ]
    for c, word in enumerate(header):
        ws.write_string(1, c, word, head)
    for i, row in enumerate(EXPORT_ROWS):
        ws.write_string(2 + i, 0, str(i + 1))
        for c, v in enumerate(row, 1):
            ws.write_string(2 + i, c, "" if v is None else v)
    return _close(book, path)


def _close(book, path: Path) -> Path:
    book.close()
    return path


# ---------------------------------------------------------------------------------------------
# 2. 医院审计发现问题整改情况专项检查报告, after a hospital's account of its 审计委员会 meeting (审计部汇报并审议《关于审计
# 发现问题整改情况专项检查的报告》; 各责任部门积极落实整改; 根据问题性质和整改难易程度明确整改时限; 审计整改责任部门
# 主要负责人列席会议):
# https://www.ayfybq.cn/info/1002/26155.htm
# A .docx: title, 主送, preamble stating the date of the 整改通知 the 立行立改 items count from, the items as numbered
# paragraphs naming only the hospital's own 责任部门 (the hospital is the unit of every item), progress in sentences,
# a closing paragraph, the hospital and date at the foot.
HOSPITAL_PARAS = [
    (
        "（一）部分临床科室高值耗材二级库管理不规范，耗材领用记录与收费记录不能一一对应。责任部门：设备物资部。"
        "整改时限：2024年9月30日。目前已完成骨科、心内科二级库盘点，耗材管理系统与收费系统接口正在调试。"
    ),
    (
        "（二）部分医疗服务项目存在超标准收费问题，涉及金额3.2万元。责任部门：财务部、医保办。整改时限：立行立改。"
        "已于6月18日将多收费用全部退还患者，整改完成。"
    ),
    (
        "（三）基建项目结算审核不及时，门诊楼改造工程竣工一年仍未完成结算。责任部门：基建办。"
        "整改时限：2024年12月底前。目前已委托造价咨询机构开展结算审核。"
    ),
    (
        "（四）科室绩效工资二次分配方案未经科室会议讨论、未在科室内公示。责任部门：人力资源部。整改时限：8月底前。"
    ),
    (
        "（五）部分采购合同未履行会签程序即对外签订。责任部门：采购中心。整改时限：长期坚持。"
        "已修订合同管理办法、建立合同会签台账，长期坚持。"
    ),
    (
        "（六）医疗设备维保合同到期后未及时续签，3台大型设备处于脱保运行状态。责任部门：设备物资部。"
        "整改时限：2024年7月20日。续签招标工作尚未启动。"
    ),
    (
        "（七）职工食堂承包经营收入未纳入医院财务统一核算。责任部门：后勤保障部、财务部。整改时限：2024年6月30日。"
        "已于6月25日将食堂收入纳入统一核算，整改完成。"
    ),
]


def write_hospital(path: Path) -> Path:
    doc = _new_document("审计部")
    _title(doc, "濮阳市人民医院关于审计发现问题整改情况专项检查的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年7月10日，医院召开2024年审计委员会第二次会议，审议了审计部《关于审计发现问题整改情况专项检查的报告》。"
        "审计部已于2024年6月12日向各责任部门印发整改通知，立行立改事项自通知印发之日起整改，其余事项由各责任部门"
        "根据问题性质和整改难易程度明确整改时限。现将2023年度内部审计发现问题的整改情况报告如下：",
    )
    for text in HOSPITAL_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，审计部将加强对整改落实情况的跟踪监督，对未按期整改的事项提请审计委员会督办，确保问题整改到位。",
    )
    _paragraph(doc, "濮阳市人民医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 村（社区）书记任期经济责任审计发现问题整改台账, after a town's account of its 村（社区）书记任期经济责任审计集中进点
# 会议 (聚焦书记近三年任期经济责任履行情况; 村级财务收支的真实性与合规性、集体资产使用、工程项目建设; 被审计单位对审计
# 发现问题立行立改):
# https://www.cznd.gov.cn/html/cznd/2025/IHJJILLD_0623/554349.html
# An .xls (xlwt): title, 填报单位/审计报告送达日期 line, one header row, the village and the 被审计人 merged down over
# that village's rows, deadlines as 立行立改 / 60日内 / 15个工作日内 (all from the 送达 date) / a month / 长期坚持,
# a 销号情况 column beside the progress, a 注 line and a signature line.
VILLAGE_ROWS = [
    (
        "马庄桥镇东营村",
        "张国辉",
        [
            (
                "村集体机动地发包未经村民代表会议讨论，发包价格明显低于周边水平",
                "重新履行民主议事程序",
                "60日内",
                "已召开村民代表会议重新议定发包方案，新合同待签订",
                "",
            ),
            ("白条入账3笔，金额0.86万元", "补齐合规票据", "立行立改", "已补齐合规票据", "已销号"),
        ],
    ),
    (
        "马庄桥镇西街社区",
        "李秀英",
        [
            (
                "社区办公经费超预算列支，购置办公用品未经民主理财小组审核",
                "严格预算执行，落实民主理财",
                "15个工作日内",
                "已整改，支出单据补办民主理财小组审核",
                "已销号",
            ),
            (
                "集体资产台账未及时更新，2处闲置房屋未登记入账",
                "全面清查集体资产",
                "2024年9月底前",
                "正在开展集体资产清查登记",
                "",
            ),
        ],
    ),
    (
        "马庄桥镇前八里庄村",
        "王海军",
        [
            (
                "村级道路维修工程未按规定比选，直接指定施工队伍",
                "规范村级小额工程发包",
                "长期坚持",
                "已建立村级小额工程发包制度，长期坚持执行",
                "",
            ),
            ("村干部误工补贴发放未在村务公开栏公示", "按季度公示误工补贴", "立行立改", "", ""),
        ],
    ),
    (
        "马庄桥镇高庄村",
        "赵永福",
        [
            (
                "土地征收补偿款7.2万元滞留村集体账户，未及时发放到户",
                "限期足额发放到户",
                "60日内",
                "未整改",
                "",
            ),
        ],
    ),
]


def write_villages(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "清丰县马庄桥镇村（社区）书记任期经济责任审计发现问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：马庄桥镇人民政府内审组    审计报告送达日期：2024年6月20日    填报日期：2024年7月30日",
            plain,
            1,
            8,
        ),
    ]
    header = [
        "序号",
        "村（社区）",
        "被审计人",
        "审计发现问题",
        "整改要求",
        "整改时限",
        "整改措施及进展",
        "销号情况",
        "备注",
    ]
    for col, word in enumerate(header):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for village, person, rows in VILLAGE_ROWS:
        last = r + len(rows) - 1
        cells.append((r, 1, village, ctr, last, 1))
        cells.append((r, 2, person, ctr, last, 2))
        for problem, demand, limit, progress, closed in rows:
            n += 1
            cells += [
                (r, 0, n, ctr),
                (r, 3, problem, c),
                (r, 4, demand, c),
                (r, 5, limit, ctr),
                (r, 6, progress, c),
                (r, 7, closed, ctr),
                (r, 8, "", c),
            ]
            r += 1
    cells += [
        (
            r,
            0,
            "注：整改时限自审计报告送达之日起计算；立行立改事项自送达之日起整改，经镇内审组复核后销号。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：孔德胜    填表人：马晓燕    联系电话：0393-7261108", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 财政重点绩效评价结果反馈整改情况汇总表, after a province's 绩效评价结果应用 rules (结果确定后二十日内以正式文件或函件
# 将评价结果和整改要求反馈被评价部门; 被评价部门自收到反馈文件之日起三十日内制定整改措施报送财政厅; 应用方式包括结果
# 反馈整改、结果报告与公开、结果与预算安排相结合):
# https://78911.com.cn/GuanWangDaQuan/672114-2.html
# A CSV in GBK: a title line, a line stating the 30-day rule, one header line with the 反馈日期 each row's 整改期限
# counts from, the 被评价部门 under short and former names, a 合计 line and a signature line.
FEEDBACK_ROWS = [
    (
        "城乡居民基本医疗保险财政补助资金",
        "市医保局",
        "良",
        "2024-05-20",
        "部分参保人员跨统筹区重复参保，财政补助资金存在重复拨付风险",
        "开展参保数据比对清理",
        "收到反馈之日起30日内",
        "已完成数据比对，清理重复参保1268人",
    ),
    (
        "农村公路养护专项资金",
        "市交通局",
        "中",
        "2024-05-20",
        "养护资金绩效目标设置不明确，产出指标无量化标准",
        "修订项目绩效目标",
        "收到反馈之日起30日内",
        "正在修订",
    ),
    (
        "高标准农田建设项目资金",
        "市农委",
        "良",
        "2024-06-05",
        "部分项目竣工验收后管护责任未落实到村",
        "落实工程管护主体",
        "收到反馈之日起30日内",
        "",
    ),
    (
        "就业创业补助资金",
        "市劳动和社会保障局",
        "中",
        "2024-06-05",
        "职业技能培训补贴审核不严，部分培训机构学员签到记录不全",
        "加强培训补贴审核",
        "收到反馈之日起30日内",
        "未整改",
    ),
    (
        "城市生活垃圾清运处置经费",
        "市城管执法局",
        "良",
        "2024-06-12",
        "垃圾清运服务外包合同未设置考核扣款条款",
        "完善服务合同考核条款",
        "2024年年底前",
        "已起草考核办法，待新合同签订时执行",
    ),
    (
        "公共文化服务体系建设专项资金",
        "市文广新局",
        "中",
        "2024-06-12",
        "乡镇综合文化站免费开放补助资金结余未使用",
        "统筹使用结余资金",
        "收到反馈之日起30日内",
        "已整改",
    ),
    (
        "环境监测能力建设资金",
        "市环保局",
        "良",
        "2024-06-20",
        "监测设备采购后利用率偏低，2台设备长期闲置",
        "提高设备使用效率",
        "收到反馈之日起30日内",
        "已制定设备共享使用方案，1台设备已投入使用",
    ),
]


def write_feedback(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市财政局2023年度财政重点绩效评价结果反馈及整改情况汇总表"])
    w.writerow(["说明：评价结果以函件反馈被评价部门，被评价部门自收到反馈之日起30日内完成整改并报送整改情况"])
    w.writerow(
        [
            "序号",
            "评价项目",
            "被评价部门",
            "评价等级",
            "反馈日期",
            "评价发现的主要问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(FEEDBACK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "评价项目7个", "", "", "", "", "", "", "已整改2个，正在整改3个，未整改1个"])
    w.writerow(["填报单位：市财政局预算绩效管理科", "", "", "", "填报日期：2024年7月29日", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 高校审计整改督办事项清单, after a university's 审计整改工作办法 (被审计单位为学校各部门、单位，其党政主要负责人是整改
# 第一责任人; 科研经费的整改第一责任人为项目负责人; 审计整改工作联席会议由审计处牵头，督促整改落实):
# https://sjc.csuft.edu.cn/gzzd/glzd/202004/t20200421_98925.html
# A .doc (Word 97 via LibreOffice): title, a line with the meeting and the 立行立改 base date, a table naming only the
# college's own 二级学院 and 处室 (the college is the unit of every item), 整改第一责任人 as a post, a 督办意见 column
# (同意销号 / 继续督办 / 约谈提醒), the 联席会议办公室 and date at the foot.
COLLEGE_ROWS = [
    (
        "机电工程学院",
        "院长任期经济责任审计",
        "学院社会培训创收收入未全额上缴学校财务，自行留存1.8万元",
        "院长",
        "2024年6月30日",
        "已全额上缴学校财务",
        "同意销号",
    ),
    (
        "后勤管理处",
        "处长离任经济责任审计",
        "学生公寓维修工程未履行学校招标程序，直接委托施工",
        "处长",
        "2024年9月30日",
        "已完成维修工程结算审核，正在补办相关手续",
        "继续督办",
    ),
    (
        "科研处",
        "科研经费专项审计",
        "横向科研项目劳务费发放无签收记录，报销票据不规范",
        "项目负责人",
        "8月底前",
        "",
        "",
    ),
    (
        "信息工程学院",
        "实验室建设项目审计",
        "实训室设备验收后长期闲置，使用率不足20%",
        "院长",
        "第三季度",
        "未整改",
        "约谈提醒",
    ),
    (
        "国有资产管理处",
        "国有资产管理专项审计",
        "部分固定资产账卡物不符，报废资产未及时处置",
        "处长",
        "2024年12月31日",
        "已完成资产清查，报废处置方案正在报批",
        "继续督办",
    ),
    (
        "计划财务处",
        "预算执行情况审计",
        "公务接待费报销附件不全，部分报销无接待清单",
        "处长",
        "立行立改",
        "已补齐接待清单，完善报销审核要点",
        "同意销号",
    ),
]


def write_college_docx(path: Path) -> Path:
    doc = _new_document("审计处")
    _title(doc, "濮阳职业技术学院审计整改工作联席会议督办事项清单", 18)
    _paragraph(
        doc,
        "2024年第二次联席会议确定    整改进展截至：2024年7月25日    立行立改事项自2024年5月28日审计报告送达之日起整改",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(COLLEGE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "被审计单位（部门）",
            "审计项目",
            "审计发现问题",
            "整改第一责任人",
            "整改期限",
            "整改进展",
            "督办意见",
        ],
        body,
    )
    _paragraph(
        doc, "注：整改第一责任人为被审计单位党政主要负责人；科研经费审计整改第一责任人为项目负责人。", 12
    )
    _paragraph(doc, "学校审计整改工作联席会议办公室（审计处）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    return via_soffice(write_college_docx, path, "doc", "审计整改督办事项清单.docx")


# ---------------------------------------------------------------------------------------------
# 6. 部门整体支出绩效自评发现问题整改汇总表, after a city bureau's 部门整体支出绩效评价自评报告及评分表 (部门（单位）名称、
# 预算编码、评价方式：部门（单位）绩效自评、报告日期, “市财政局（制）”; 基本概况, 职能职责, 年度工作内容, 评分表):
# http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html
# An .xlsx: title, 汇总单位/报告日期 line, a two-row header (自评情况 over 自评得分/等级, 整改完成情况 over 是/否 and
# 完成时间), progress as ticks under 是/否 with a 完成时间 and a 备注, departments under short and former names, a
# 说明 line and a signature line.
SELF_ROWS = [
    (
        "濮阳市城管局",
        "906017",
        88,
        "良",
        "数字城管案件结案率未达到年初设定的绩效目标",
        "优化案件派遣和结案流程",
        "2024年6月30日",
        "√",
        "",
        date(2024, 6, 28),
        "",
    ),
    (
        "市水务局",
        "904003",
        82,
        "良",
        "部门绩效目标未细化分解至具体项目，部分指标无法量化",
        "细化分解绩效目标",
        "2024年9月30日",
        "",
        "√",
        None,
        "正在修订指标体系",
    ),
    (
        "市统计局",
        "912001",
        91,
        "优",
        "年末结转资金较大，项目预算执行率仅78%",
        "加快预算执行进度",
        "2024年底前",
        "",
        "√",
        None,
        "",
    ),
    (
        "市气象局",
        "915002",
        86,
        "良",
        "政府采购预算编制不完整，部分采购事项未列入采购预算",
        "完善政府采购预算编制",
        "2024年7月15日",
        "√",
        "",
        date(2024, 7, 12),
        "",
    ),
    (
        "市退役军人局",
        "921001",
        79,
        "中",
        "优抚对象补助发放信息未与民政、公安数据比对",
        "建立数据定期比对机制",
        "2024年8月31日",
        "",
        "",
        None,
        "",
    ),
    (
        "市司法局",
        "908001",
        85,
        "良",
        "法律援助案件办案补贴发放不及时",
        "按季度发放办案补贴",
        "长期坚持",
        "",
        "",
        None,
        "按季度发放，长期坚持",
    ),
    (
        "市残联",
        "930002",
        87,
        "良",
        "残疾人康复服务项目满意度调查样本量不足",
        "扩大满意度调查覆盖面",
        "2024年6月30日",
        "√",
        "",
        None,
        "",
    ),
]


def write_self_eval(path: Path) -> Path:
    b = Book(path, author="绩效管理科")
    ws = b.sheet("自评问题整改")
    b.widths(ws, [6, 16, 10, 12, 8, 6, 36, 22, 14, 6, 6, 12, 18])
    b.line(ws, 0, "2023年度部门整体支出绩效自评发现问题整改情况汇总表", 12, b.title)
    b.line(ws, 1, "汇总单位：濮阳市财政局（绩效管理科）    报告日期：2024年7月30日", 12)
    for c, word in enumerate(["序号", "部门（单位）名称", "预算编码", "评价方式"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "自评情况", b.head)
    b.put(ws, 3, 4, "自评得分", b.head)
    b.put(ws, 3, 5, "等级", b.head)
    for c, word in [(6, "存在问题"), (7, "改进措施"), (8, "整改时限")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 11, "整改完成情况", b.head)
    b.put(ws, 3, 9, "是", b.head)
    b.put(ws, 3, 10, "否", b.head)
    b.put(ws, 3, 11, "完成时间", b.head)
    b.merge(ws, 2, 12, 3, 12, "备注", b.head)
    for i, row in enumerate(SELF_ROWS, 1):
        r = 3 + i
        name, code, score, grade, problem, measure, limit, yes, no, done, note = row
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [name, code, "部门（单位）绩效自评"], first=1)
        b.put(ws, r, 4, score, b.center)
        b.put(ws, r, 5, grade, b.center)
        b.row(ws, r, [problem, measure, limit], first=6)
        b.put(ws, r, 9, yes, b.center)
        b.put(ws, r, 10, no, b.center)
        b.put(ws, r, 11, done)
        b.put(ws, r, 12, note)
    end = 4 + len(SELF_ROWS)
    b.line(
        ws,
        end,
        "说明：“整改完成情况”栏在“是”或“否”格内打“√”，已完成的填写完成时间；格式由市财政局统一制定。",
        12,
    )
    b.line(ws, end + 1, "填表人：郑雅文    审核人：高志远    联系电话：0393-8996215", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 小区综合整新项目绩效评价问题整改 (two returns in one zip), after a 街道小区综合整新项目绩效评价报告 (项目单位为街道
# 党政办、管理办、平安办、服务办，主管部门为街道办事处，第三方评价机构; 评价结论和指标分析; 存在的主要问题; 相关建议和
# 措施; 问卷调查汇总分析):
# http://m.baogao8.com/p-126565.html
# A .zip holding an .xlsx from one 街道 (项目单位/主管部门/评价机构 lines, the problems assigned to its own 办, deadlines
# as a month range, 立行立改 from the stated 反馈日期, a date and 年底前) and a .docx from another 街道 whose items
# are numbered paragraphs (one with a schedule text as its deadline). Each street office is the unit of its items.
SHENGLI_ROWS = [
    (
        "部分小区门头改造设计方案未征求居民意见，问卷调查居民满意度仅72%",
        "管理办",
        "入户征求意见后调整设计方案",
        "2024年6-9月",
        "已开展入户征求意见，正在调整设计方案",
    ),
    ("项目预算调整未履行报批程序", "党政办", "补办预算调整审批手续", "立行立改", "已补办预算调整审批手续"),
    (
        "施工期间安全围挡设置不规范，夜间警示灯缺失",
        "平安办",
        "规范设置围挡和警示标志",
        "2024年7月10日",
        "已整改，经复查合格",
    ),
    ("改造完成后小区长效管理机制未建立，公共设施无人维护", "服务办", "建立长效管理机制", "年底前", ""),
]
ZHONGYUAN_PARAS = [
    (
        "（一）项目绩效目标设置偏宏观，缺少可量化的产出和效益指标。由管理办负责，2024年8月31日前完成绩效目标修订。"
        "目前修订稿已形成，正在征求意见。"
    ),
    (
        "（二）工程款支付进度与合同约定不符，超进度支付工程款12.3万元。由党政办负责，整改时限2024年6月30日。"
        "已于6月20日在后续进度款中全额扣回，整改完成。"
    ),
    (
        "（三）问卷调查显示居民对小区停车位规划满意度较低。由服务办负责，结合下半年停车泊位改造统筹解决，"
        "计划2024年9月底前完成改造方案、12月底前实施完毕。"
    ),
    (
        "（四）项目档案资料不完整，部分工程变更签证缺失。由党政办负责，整改时限2024年7月31日。"
        "档案补齐工作尚未开展。"
    ),
]


def write_shengli_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道党政办")
    ws = b.sheet("问题整改表")
    b.widths(ws, [6, 44, 10, 28, 14, 30])
    b.line(ws, 0, "胜利路街道小区综合整新项目绩效评价发现问题整改表", 5, b.title)
    b.line(ws, 1, "项目单位：胜利路街道党政办、管理办、平安办、服务办    主管部门：华龙区胜利路街道办事处", 5)
    b.line(
        ws,
        2,
        "评价机构：河南中正项目管理咨询有限公司    评价报告反馈日期：2024年6月14日（立行立改事项自该日起整改）",
        5,
    )
    b.header(ws, 3, ["序号", "评价发现问题", "责任办室", "整改措施", "整改时限", "整改情况"])
    for i, row in enumerate(SHENGLI_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(
        ws, 5 + len(SHENGLI_ROWS), "填表人：冯晓丽    联系电话：0393-8116025    填报日期：2024年7月29日", 5
    )
    return b.close()


def write_zhongyuan_docx(path: Path) -> Path:
    doc = _new_document("中原路街道管理办")
    _title(doc, "中原路街道小区综合整新项目绩效评价存在问题整改情况", 18)
    _paragraph(doc, "填报单位：华龙区中原路街道办事处    填报日期：2024年7月29日", 12)
    _paragraph(
        doc,
        "区财政局委托第三方评价机构对我街道2023年度小区综合整新项目开展了绩效评价，评价等级为“良”，指出了4个方面的"
        "问题。街道逐项明确责任办室和整改时限，现将整改情况报告如下：",
    )
    for text in ZHONGYUAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "华龙区中原路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_streets_zip(path: Path) -> Path:
    members = [
        ("胜利路街道小区综合整新项目绩效评价发现问题整改表.xlsx", write_shengli_book),
        ("中原路街道小区综合整新项目绩效评价存在问题整改情况.docx", write_zhongyuan_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 村干部经济责任审计发现问题整改汇总表, after a county's account of its 村“两委”换届村干部经济责任审计 (县委组织部、
# 县农业局联合部署; 乡镇自审、委托、申请查处; 审计村集体财务收支、集体资产管理、村级债权债务、专项资金管理、民主
# 监督管理; 审计结果在村务公开栏公示):
# http://www.yunhepan.com/news/188703.shtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row, the 乡镇 merged down over its villages, the 乡镇人民政府 as 整改责任单位, a 公示情况 column that is not progress,
# deadlines as dates / 立行立改 from the stated 反馈 date / 上半年 / 长期坚持, a 注 line and a signature line.
CADRE_ROWS = [
    (
        "孙口镇",
        [
            (
                "孙口村",
                "村集体土地租赁费收取不及时，累计欠收3.5万元",
                "孙口镇人民政府",
                "2024年8月31日",
                "已收回欠款2.1万元，剩余部分正在催收",
            ),
            (
                "桥北村",
                "村级财务支出审批手续不全，12笔支出无经手人签字",
                "孙口镇人民政府",
                "立行立改",
                "已整改",
            ),
        ],
    ),
    (
        "打渔陈镇",
        [
            (
                "张庄村",
                "光伏扶贫项目资产收益分配方案未经村民代表大会通过",
                "打渔陈镇人民政府",
                "2024年7月31日",
                "",
            )
        ],
    ),
    (
        "清水河乡",
        [
            (
                "前店村",
                "村干部兼任村报账员，未实行钱账分管",
                "清水河乡人民政府",
                "2024年6月30日",
                "已调整由专职报账员管理现金，整改到位",
            ),
        ],
    ),
    (
        "夹河乡",
        [("姜庄村", "一事一议财政奖补项目结余资金未按规定上缴", "夹河乡人民政府", "2024年9月30日", "未整改")],
    ),
    (
        "马楼镇",
        [
            (
                "马楼村",
                "村集体债务底数不清，未建立债务台账",
                "马楼镇人民政府",
                "上半年",
                "已建立债务台账，完成债务清理登记",
            )
        ],
    ),
    (
        "侯庙镇",
        [
            (
                "侯庙村",
                "村集体经营收入未及时入账，存在坐收坐支",
                "侯庙镇人民政府",
                "长期坚持",
                "纳入村级财务常态化监管",
            )
        ],
    ),
]


def write_cadre_book(path: Path) -> Path:
    b = Book(path, author="农经站")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 12, 40, 18, 14, 30, 16])
    b.line(ws, 0, "台前县村干部经济责任审计发现问题整改汇总表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：台前县农业农村局（县农经站）    审计结果反馈日期：2024年6月3日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村",
            "审计发现的主要问题",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "审计结果公示情况",
        ],
    )
    r, n = 3, 0
    for town, rows in CADRE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, town, b.center)
        for village, problem, unit, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, village, b.center)
            b.row(ws, r, [problem, unit, limit, progress, "已在村务公开栏公示"], first=3)
            r += 1
    b.line(
        ws,
        r,
        "注：立行立改事项自审计结果反馈之日起整改；审计结果已在各村村务公开栏张榜公示，接受群众监督。",
        7,
    )
    b.line(ws, r + 1, "审核人：葛春雷    填表人：任晓静    联系电话：0393-2215630", 7)
    return b.close()


def write_cadre(path: Path) -> Path:
    return via_soffice(write_cadre_book, path, "xls", "村干部经济责任审计整改汇总表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 项目支出绩效单位自评问题整改清单, after a 州数据发展中心's 年度项目支出绩效单位自评报告 (实施项目共15个，年初批复
# 预算、调整预算、实际到位资金; 项目概况、立项背景; 展厅运维经费、一中心一平台六大库N应用经费 …):
# https://www.hh.gov.cn/info/11481/1179592.htm
# An .xlsx: title, 单位/报告日期 line and a line with the 立行立改 base date, one header row with the projects' 预算数,
# 执行数 and 执行率 beside the problem, rows naming only projects (the sending centre is the unit of every item), a
# 合计 row, deadlines as 6月底前 / 第三季度 / dates / 立行立改 / 长期坚持, a signature line.
PROJECT_ROWS = [
    (
        "政务服务大厅运行维护经费",
        320.0,
        301.5,
        92,
        "物业服务合同考核指标未量化，考核结果与费用支付未挂钩",
        "修订物业服务考核细则",
        "2024年6月底前",
        "已修订考核细则并按月执行",
    ),
    (
        "一体化政务服务平台运维经费",
        450.0,
        296.8,
        78,
        "资金支付进度滞后，预算执行率仅66%",
        "加快运维验收和资金支付",
        "2024年第三季度",
        "已完成二季度运维验收，正在办理支付",
    ),
    (
        "12345热线坐席外包服务费",
        280.0,
        280.0,
        95,
        "满意度指标仅采用内部测评，未引入第三方评估",
        "引入第三方满意度测评",
        "2024年12月31日",
        "",
    ),
    (
        "电子证照库建设经费",
        150.0,
        60.0,
        70,
        "项目建设进度滞后，部分高频证照未完成归集",
        "倒排工期，加快证照归集",
        "2024年10月31日",
        "未启动",
    ),
    (
        "政务外网运维经费",
        120.0,
        118.6,
        90,
        "绩效目标中的故障响应时效指标设置不合理",
        "调整2024年度绩效目标",
        "立行立改",
        "已调整",
    ),
    (
        "帮办代办服务经费",
        60.0,
        55.2,
        88,
        "帮办代办服务记录不完整，对服务对象回访不足",
        "建立服务回访机制",
        "长期坚持",
        "每月回访，常态化推进",
    ),
]


def write_projects(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 26, 12, 12, 10, 10, 38, 24, 14, 28])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    rate = b.book.add_format({"border": 1, "num_format": "0.0%", "valign": "vcenter"})
    b.line(ws, 0, "濮阳市行政服务中心2023年度项目支出绩效单位自评问题整改清单", 9, b.title)
    b.line(ws, 1, "单位：濮阳市行政服务中心    自评报告报送日期：2024年4月15日    金额单位：万元", 9)
    b.line(ws, 2, "立行立改事项自市财政局审核反馈之日（2024年5月10日）起整改", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "项目名称",
            "调整后预算数",
            "全年执行数",
            "执行率",
            "自评得分",
            "存在问题",
            "改进措施",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 3 + i
        name, budget, spent, score, problem, measure, limit, progress = row
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, name)
        b.put(ws, r, 2, budget, money)
        b.put(ws, r, 3, spent, money)
        b.put(ws, r, 4, round(spent / budget, 4), rate)
        b.put(ws, r, 5, score, b.center)
        b.row(ws, r, [problem, measure, limit, progress], first=6)
    end = 4 + len(PROJECT_ROWS)
    total_budget = round(sum(r[1] for r in PROJECT_ROWS), 2)
    total_spent = round(sum(r[2] for r in PROJECT_ROWS), 2)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "共6个项目", b.cell)
    b.put(ws, end, 2, total_budget, money)
    b.put(ws, end, 3, total_spent, money)
    b.put(ws, end, 4, round(total_spent / total_budget, 4), rate)
    for c in range(5, 10):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 2, "单位负责人：许文博    填表人：常莉    联系电话：0393-8993102", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 市本级项目支出绩效评价问题整改情况表, after a city 财政局's 市本级项目支出绩效评价管理办法 (绩效评价分为单位自评、
# 部门评价和财政评价三种方式; 评价结果反馈和整改; 一般公共预算、政府性基金预算、国有资本经营预算项目支出):
# http://czj.baise.gov.cn/zwgk/fdzdgknr/zcwjzcjd/t11098246.shtml
# An .ods (LibreOffice conversion of an .xlsx, member times fixed): title, 填报单位/反馈日期 line, one header row with
# 评价方式 and 评价结论, a 整改状态 column and a 销号情况 column (one row's 已销号 beside 整改中), the 主管部门 under short
# and former names, a 注 line and a signature line.
CITY_ROWS = [
    (
        "财政评价",
        "义务教育学校校舍维修改造资金",
        "教育局",
        "良",
        "部分学校维修项目未履行验收程序即支付工程尾款",
        "补办验收手续，规范尾款支付",
        "2024年8月31日",
        "整改中",
        "",
    ),
    (
        "部门评价",
        "老旧小区改造配套基础设施资金",
        "市建委",
        "中",
        "项目前期论证不充分，2个小区改造内容中途调整",
        "加强项目前期论证",
        "2024年9月30日",
        "整改中",
        "",
    ),
    (
        "财政评价",
        "科技创新券补助资金",
        "市科委",
        "良",
        "创新券兑付审核周期过长，平均超过60天",
        "压缩审核环节",
        "2024年6月30日",
        "已完成",
        "已销号",
    ),
    (
        "单位自评",
        "道路交通安全设施维护经费",
        "市交警支队",
        "良",
        "部分路口交通信号灯故障维修响应超时",
        "落实维护单位响应时限",
        "立行立改",
        "已完成",
        "复查合格",
    ),
    (
        "财政评价",
        "农村饮水安全工程维修养护资金",
        "市水利局",
        "中",
        "县级维修养护资金未按规定比例配套到位",
        "督促县区落实配套资金",
        "2024年12月31日",
        "未整改",
        "",
    ),
    (
        "部门评价",
        "食品安全监督抽检经费",
        "市食药监局",
        "良",
        "抽检任务完成进度不均衡，上半年仅完成全年任务的31%",
        "调整抽检计划进度",
        "2024年11月30日",
        "",
        "",
    ),
    (
        "财政评价",
        "应急物资储备经费",
        "市安监局",
        "良",
        "部分储备物资超过保质期未及时轮换",
        "开展储备物资轮换",
        "2024年7月20日",
        "整改中",
        "已销号",
    ),
    (
        "部门评价",
        "特困人员救助供养资金",
        "市民政局",
        "良",
        "供养资金发放人数与在册特困人员人数不一致",
        "按月比对在册人员",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_city_book(path: Path) -> Path:
    b = Book(path, author="预算绩效管理科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 10, 26, 12, 8, 38, 22, 14, 10, 10])
    b.line(ws, 0, "2024年市本级项目支出绩效评价问题整改情况表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市财政局预算绩效管理科    评价结果反馈日期：2024年6月28日    填报日期：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "评价方式",
            "项目名称",
            "主管部门",
            "评价结论",
            "发现问题",
            "整改措施",
            "整改时限",
            "整改状态",
            "销号情况",
        ],
    )
    for i, row in enumerate(CITY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CITY_ROWS)
    b.line(
        ws,
        end,
        "注：立行立改事项自评价结果反馈之日起整改；经市财政局复核确认整改到位的，在“销号情况”栏注明。",
        9,
    )
    b.line(ws, end + 1, "填表人：韩梦琪    审核人：牛建华    联系电话：0393-8996227", 9)
    return b.close()


def write_city(path: Path) -> Path:
    via_soffice(write_city_book, path, "ods", "市本级绩效评价问题整改情况表.xlsx")
    return fixed_zip(path)


FILES = [
    ("市属企业内部审计整改验收单（单一时点维度）.xlsx", write_export),
    ("濮阳市人民医院关于审计发现问题整改情况专项检查的报告.docx", write_hospital),
    ("马庄桥镇村（社区）书记任期经济责任审计发现问题整改台账.xls", write_villages),
    ("2023年度财政重点绩效评价结果反馈整改情况汇总表.csv", write_feedback),
    ("濮阳职业技术学院审计整改督办事项清单.doc", write_college),
    ("2023年度部门整体支出绩效自评发现问题整改汇总表.xlsx", write_self_eval),
    ("小区综合整新项目绩效评价问题整改（胜利路街道、中原路街道）.zip", write_streets_zip),
    ("台前县村干部经济责任审计发现问题整改汇总表.et", write_cadre),
    ("市行政服务中心2023年度项目支出绩效自评问题整改清单.xlsx", write_projects),
    ("2024年市本级项目支出绩效评价问题整改情况表.ods", write_city),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside185 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 交通基础设施与公路水运工程质量安全检查 (在建项目、桥梁隧道、农村公路、港口码头). Contents are made up for a city
like 濮阳 in July 2024; statistics date 2024-07-31.
Forms: .xlsx (four, one more inside the zip; one with two sheets), .xls (xlwt), an .et (Excel 97 via LibreOffice),
an .ods (LibreOffice conversion), a CSV in GBK, a .docx whose items are numbered paragraphs, a .doc (Word 97 via
LibreOffice) whose items are paragraphs of a 通报, and a .zip of two returns (an .xlsx and a .docx with a table).
Run from this folder: python make_aside185.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
fixed dates inside the files and fixed zip member times make two runs give byte-identical files.
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
# 1. 在建高速公路安全专项监督检查, after a city 交通工程质量监督站's check of the five 施工标段 of an expressway project
# (外业与内业两个检查组; 反馈会上现场下发《交通建设工程安全督查意见书》; 责令施工单位限期整改; 平安工地):
# http://jt.linyi.gov.cn/info/1057/7382.htm
# An .xlsx: title, 检查单位/督查意见书下达日期 line, 填报单位 line, a two-row header (整改落实 over 整改情况 and 驻地办
# 复查意见), 标段 and 施工单位 merged down over their rows, 外业组/内业组 beside them, 整改期限 partly as 10日内 /
# 15个工作日内 counted from the 意见书 date, a 注 line and a signature line.
EXPRESS_SECTIONS = [
    (
        "TJ1标",
        "河南濮通路桥工程有限公司",
        [
            (
                "外业组",
                "K3+450主线桥桩基施工平台临边未设置防护栏杆",
                "设置1.2米高防护栏杆并挂密目安全网",
                "10日内",
                "已整改",
                "复查合格",
            ),
            (
                "内业组",
                "特种作业人员台账与现场持证人员不一致，2名电焊工操作证过期",
                "清退无证人员，更新特种作业人员台账",
                "10日内",
                "已清退2名无证人员，台账已更新",
                "",
            ),
        ],
    ),
    (
        "TJ2标",
        "中原交建集团第二工程有限公司",
        [
            (
                "外业组",
                "预制梁场龙门吊轨道未设置端头止挡和行程限位装置",
                "加装端头止挡及限位装置",
                "15个工作日内",
                "限位装置正在采购，端头止挡已焊接",
                "",
            ),
            (
                "外业组",
                "钢筋加工棚配电箱未做重复接地，存在一闸多机",
                "整改配电箱，落实一机一闸一漏一箱",
                "10日内",
                "已整改",
                "复查合格",
            ),
        ],
    ),
    (
        "TJ3标",
        "河南金堤建设工程有限公司",
        [
            (
                "内业组",
                "高墩翻模施工专项施工方案未组织专家论证即开始施工",
                "暂停高墩施工，组织专家论证后方可施工",
                "2024年7月15日",
                "未整改",
                "",
            ),
            (
                "外业组",
                "高墩作业区未设置安全爬梯，作业人员攀爬钢筋上下",
                "设置标准化安全爬梯",
                "10日内",
                "",
                "",
            ),
        ],
    ),
    (
        "LM1标",
        "濮阳市鼎盛沥青路面工程有限公司",
        [
            (
                "外业组",
                "沥青拌合站导热油炉区域未配置灭火器材",
                "配齐灭火器材并设置消防沙池",
                "10日内",
                "已配置灭火器8具、消防沙池1处",
                "复查合格",
            ),
            (
                "内业组",
                "安全生产费用使用台账不完整，未按月计量",
                "建立安全生产费用按月计量台账",
                "2024年8月31日前",
                "正在补充完善台账",
                "",
            ),
        ],
    ),
]


def write_express(path: Path) -> Path:
    b = Book(path, author="濮范高速项目办")
    ws = b.sheet("整改回复")
    b.widths(ws, [6, 9, 22, 9, 36, 28, 14, 26, 14])
    b.line(ws, 0, "濮范高速公路项目安全专项监督检查意见书整改回复台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市交通工程质量监督站    检查时间：2024年6月26日—27日    "
        "督查意见书编号：濮交质安督〔2024〕11号（2024年6月28日下达）",
        8,
    )
    b.line(ws, 2, "填报单位：濮阳濮范高速公路建设管理办公室    填报日期：2024年7月26日", 8)
    for c, word in enumerate(["序号", "标段", "施工单位", "检查组", "存在问题", "整改要求", "整改期限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改落实", b.head)
    b.header(ws, 4, ["整改情况", "驻地办复查意见"], first=7)
    r = 5
    n = 0
    for section, company, rows in EXPRESS_SECTIONS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, section, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, company, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=4)
            r += 1
    b.line(ws, r, "注：整改期限自督查意见书下达之日（2024年6月28日）起计算。", 8)
    b.line(ws, r + 1, "项目办负责人：贾志强    填表人：孙雅    联系电话：0393-8896512", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 港口码头“专家问诊”, after a city 交通运输局's quarterly 专家问诊 of its enterprise 码头 by a hired 第三方安全机构
# (飞行检查; 经营资质、安全管理制度和操作规程、作业设施设备、安全教育培训、作业与现场管理、重大危险源管理、安全责任
# 保险、应急管理; 专家逐条反馈，当即下达整改通知，限期整改; 前几季度问题整改“回头看”):
# http://huangshi.gov.cn/xwdt/hsyw/202412/t20241225_1177664.html
# An .xls (xlwt): title, 组织单位/第三方/检查方式 line, one header row with the 整改通知书 number and a 复审验收
# column, two section rows (一、危险货物码头 / 二、普通货物码头), a 合计 row and a signature line.
PORT_SECTIONS = [
    (
        "一、危险货物码头",
        [
            (
                "濮阳龙港石化仓储有限公司",
                "重大危险源管理",
                "码头装卸臂静电接地报警装置失效",
                "立即停用并修复，检测合格后方可作业",
                "濮交港整〔2024〕07号",
                "2024年6月30日",
                "已修复并经检测合格",
                "已验收",
            ),
            (
                "濮阳龙港石化仓储有限公司",
                "应急管理",
                "码头专项应急预案未按规定组织演练，演练记录缺失",
                "组织一次码头泄漏专项应急演练并完善记录",
                "濮交港整〔2024〕07号",
                "2024年7月31日",
                "演练方案已制定，定于7月30日组织演练",
                "",
            ),
        ],
    ),
    (
        "二、普通货物码头",
        [
            (
                "台前县金港物流有限公司",
                "作业设施设备",
                "门座式起重机防风锚定装置锈蚀，无法正常锁定",
                "更换防风锚定装置",
                "濮交港整〔2024〕08号",
                "2024年7月15日",
                "已更换",
                "已验收",
            ),
            (
                "台前县金港物流有限公司",
                "安全教育培训",
                "装卸作业人员三级安全教育培训记录不全",
                "补训并完善培训档案",
                "濮交港整〔2024〕08号",
                "2024年7月10日",
                "已整改",
                "",
            ),
            (
                "范县鑫源建材码头有限公司",
                "作业与现场管理",
                "码头前沿系缆桩未设置警示标识，夜间照明不足",
                "增设警示标识和照明灯具",
                "濮交港整〔2024〕09号",
                "2024年7月20日",
                "未整改",
                "",
            ),
            (
                "范县鑫源建材码头有限公司",
                "经营资质",
                "港口经营许可证载明的作业货种与实际作业货种不符",
                "办理港口经营许可变更",
                "濮交港整〔2024〕09号",
                "2024年9月30日",
                "已提交许可变更申请，正在审核",
                "",
            ),
            (
                "濮阳县渠村港航服务有限公司",
                "安全责任保险",
                "未投保安全生产责任保险",
                "按规定投保安全生产责任保险",
                "濮交港整〔2024〕10号",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
]


def write_port(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    sect = _xf(bold=True)
    cells = [
        (0, 0, "2024年二季度港口码头安全生产“专家问诊”问题整改台账", t, 0, 9),
        (
            1,
            0,
            "组织单位：濮阳市交通运输局    技术服务单位：河南安泰安全技术咨询有限公司    检查方式：飞行检查    "
            "检查时间：2024年6月17日至21日",
            plain,
            1,
            9,
        ),
    ]
    words = [
        "序号",
        "码头（企业）名称",
        "检查内容",
        "存在问题",
        "专家整改意见",
        "整改通知书编号",
        "整改期限",
        "整改完成情况",
        "复审验收",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    r = 3
    n = 0
    for title, rows in PORT_SECTIONS:
        cells.append((r, 0, title, sect, r, 8))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col in (2, 5, 6, 8) else c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查码头企业4家，发现问题隐患7项，下达整改通知书4份", c, r, 8),
        (r + 2, 0, "填表人：程立伟    审核人：吕红霞    填报日期：2024年7月29日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("专家问诊整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 农村公路安防工程“回头看”抽查, after a provincial 公路事务中心's spot check of a city's 农村公路安防工程 (抽查项目49个
# 251公里; 隐患处置情况、护栏实体质量、内业资料; 查看外业，列出问题清单，指导督促整改):
# http://hnzs.rmjtxw.com/2020/jtdt_0729/12551.html
# An .et (Excel 97 via LibreOffice): title, 抽查单位/时间/范围 line, a two-row header (抽查项目 over 路线名称 and
# 起止桩号), 县（区） beside the 整改责任单位 (county 交通运输局 or a 乡镇人民政府), a 合计 row, 填表说明 and 填表人 lines.
RURAL_ROWS = [
    (
        "濮阳县",
        "X011柳屯—梨园线",
        "K3+200—K8+600",
        "护栏实体质量",
        "波形梁护栏立柱埋深不足，抽检3处埋深均小于1.1米",
        "濮阳县交通运输局",
        "2024年8月31日前",
        "正在返工重新打桩",
    ),
    (
        "濮阳县",
        "Y105王称堌—后辛庄线",
        "K0+000—K4+300",
        "隐患处置",
        "K1+100处临水路段（坑塘）未设置护栏",
        "濮阳县王称堌镇人民政府",
        "2024年9月30日前",
        "未启动",
    ),
    (
        "清丰县",
        "X028古城—双庙线",
        "K5+000—K11+200",
        "内业资料",
        "隐患排查台账与现场处置点位不对应，缺少竣工图",
        "清丰县交通运输局",
        "2024年7月31日前",
        "已补齐台账和竣工图",
    ),
    (
        "南乐县",
        "X039千口—近德固线",
        "K2+500—K9+800",
        "护栏实体质量",
        "护栏板镀锌层厚度抽检不合格",
        "南乐县交通运输局",
        "第三季度",
        "已委托检测机构复检，不合格段落正在更换",
    ),
    (
        "范县",
        "Y210陈庄—辛庄线",
        "K0+000—K3+600",
        "隐患处置",
        "连续急弯路段未设置线形诱导标和减速标线",
        "范县陈庄镇人民政府",
        "2024年8月15日前",
        "已完成设置",
    ),
    (
        "台前县",
        "X046孙口—夹河线",
        "K1+000—K6+500",
        "隐患处置",
        "平交路口视距不良，未设置警示桩和减速带",
        "台前县交通运输局",
        "2024年8月31日前",
        "",
    ),
    (
        "台前县",
        "X046孙口—夹河线",
        "K1+000—K6+500",
        "内业资料",
        "安防工程交工验收资料不全，未进行交工检测",
        "台前县交通运输局",
        "2024年10月底前",
        "未整改",
    ),
]


def write_rural_book(path: Path) -> Path:
    b = Book(path, author="公路中心")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 9, 20, 18, 12, 36, 22, 16, 26])
    b.line(ws, 0, "濮阳市农村公路安全生命防护工程“回头看”抽查问题清单", 8, b.title)
    b.line(
        ws,
        1,
        "抽查单位：濮阳市公路事业发展中心    抽查时间：2024年7月8日—12日    抽查范围：5个县（区）23个项目117公里",
        8,
    )
    for c, word in [(0, "序号"), (1, "县（区）")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "抽查项目", b.head)
    b.header(ws, 3, ["路线名称", "起止桩号"], first=2)
    for c, word in enumerate(["问题类别", "存在问题", "整改责任单位", "整改时限", "整改情况"], 4):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(RURAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RURAL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "抽查项目23个，发现问题7个")
    b.line(ws, end + 1, "填表说明：“整改情况”由各县（区）交通运输局每月25日前更新报送。", 8)
    b.line(ws, end + 2, "填表人：闫文静    审核人：葛振宇    联系电话：0393-8312276", 8)
    return b.close()


def write_rural(path: Path) -> Path:
    return via_soffice(write_rural_book, path, "xls", "农村公路安防工程回头看抽查问题清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 汛前公路桥涵安全隐患排查, after a county 公路站's check of the 39 桥涵 it maintains before the rainy season
# (桥梁的基础、锥坡、桥面、桥栏结构及技术状况; 认真填写公路桥梁经常检查记录表; 对存在安全隐患的部位拍照、记录、上报，
# 提出整改方案; 伸缩缝、排水沟、边沟清理，护栏维修):
# https://hebei.news.163.com/19/0524/14/EFUSCNSB041599B3.html
# A CSV in GBK: a title line, the 填报单位 line, a line stating the check dates and scope, a header line after the
# 经常检查记录表 (路线编号、桩号、检查部位、缺损类型), rows naming only the 公路中心's own 养护班 as 责任班组, a 合计
# line and a 检查人 line.
CULVERT_ROWS = [
    (
        "G106",
        "马颊河大桥",
        "K512+360",
        "伸缩缝",
        "堵塞、破损",
        "伸缩缝内泥沙堵塞，橡胶止水带局部脱落",
        "清理伸缩缝并更换止水带",
        "第一养护班",
        "2024-07-20",
        "已清理更换",
    ),
    (
        "S213",
        "韩村中桥",
        "K36+820",
        "排水系统",
        "堵塞",
        "桥面泄水孔堵塞6处，雨后桥面积水",
        "疏通泄水孔",
        "第二养护班",
        "2024-07-15",
        "已疏通",
    ),
    (
        "G106",
        "固城沟中桥",
        "K519+045",
        "桥梁护栏",
        "撞损",
        "右侧混凝土防撞护栏被车辆撞损约6米，钢筋外露",
        "设置临时警示桩，修复护栏",
        "第一养护班",
        "2024-08-10",
        "警示桩已设置，修复材料已进场",
    ),
    (
        "S304",
        "瓦屋头盖板涵",
        "K8+210",
        "涵洞",
        "淤积",
        "涵洞进出口淤积严重，过水断面减少约一半",
        "清淤疏通",
        "第三养护班",
        "2024-07-18",
        "",
    ),
    (
        "S213",
        "六塔小桥",
        "K41+600",
        "锥坡",
        "塌陷",
        "桥台锥坡浆砌片石局部塌陷约3平方米",
        "拆除重砌锥坡",
        "第二养护班",
        "2024-08-31",
        "未处置",
    ),
    (
        "S304",
        "潴泷河桥",
        "K14+730",
        "标志标牌",
        "缺损",
        "桥头限载标志被树枝遮挡、字迹褪色",
        "修剪遮挡树枝，更换限载标志",
        "路政巡查组",
        "2024-07-16",
        "已更换",
    ),
]


def write_culvert(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["汛前公路桥涵安全隐患排查记录表"])
    w.writerow(["填报单位：清丰县公路事业发展中心（盖章）    填报日期：2024年7月25日"])
    w.writerow(["排查时间：2024年7月8日至7月12日；排查范围：管养国省干线公路桥梁31座、涵洞8道"])
    w.writerow(
        [
            "序号",
            "路线编号",
            "桥涵名称",
            "中心桩号",
            "检查部位",
            "缺损类型",
            "隐患描述",
            "处置意见",
            "责任班组",
            "计划完成时间",
            "处置结果",
        ]
    )
    for i, row in enumerate(CULVERT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查桥涵39座", "", "", "", "发现安全隐患6处", "", "", "", ""])
    w.writerow(["检查人：刘海洋、赵振华    负责人：郭建新"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 公路水运工程质量安全综合督查情况通报, after the 交通运输部办公厅's 通报 of its 水运工程质量和施工安全督查 (主送各省
# 交通运输厅; 一、督查基本情况: 抽查建设、设计、施工、监理单位，委托检测机构抽测原材料、混凝土强度、保护层厚度，
# 印发督查意见书，提出质量安全问题; 二、工程质量安全管理情况; 三、存在的主要问题; 四、整改要求):
# https://xxgk.mot.gov.cn/2020/jigou/aqyzljlglj/202006/t20200623_3316257.html
# A .doc (Word 97 via LibreOffice): title, 主送, the 通报's numbered parts in prose, the problems as numbered paragraphs
# each naming its 责任单位 under (一)水运工程 / (二)公路工程 / (三)桥梁工程, one deadline for all of them in
# 四、整改要求, the office and date at the foot.
BULLETIN_INTRO = [
    "各县（区）交通运输局，各有关项目建设单位：",
    (
        "按照《濮阳市交通运输局关于开展2024年公路水运工程质量安全综合督查工作的通知》安排，2024年6月11日至21日，"
        "市局组织3个督查组，对全市在建的6个公路水运工程建设项目开展了质量安全综合督查，经局领导同意，现将有关情况"
        "通报如下："
    ),
    "一、督查基本情况",
    (
        "本次督查共抽查建设单位6家、施工单位9家、监理单位6家；委托第三方检测机构抽检各类原材料26组，合格率96.2%；"
        "抽测混凝土强度40测区，合格率100%；抽测混凝土保护层厚度30件（部位），合格率86.7%。督查结束后，分别向各项目"
        "印发督查意见书，提出质量安全问题7条、意见建议5条。"
    ),
    "二、工程质量安全管理情况",
    (
        "从督查情况看，各项目参建单位质量安全意识不断增强，“平安工地”建设和标准化施工持续推进，工程实体质量和施工"
        "安全状况总体平稳。但部分项目仍存在质量安全管理不到位的问题。"
    ),
    "三、存在的主要问题",
]
BULLETIN_PROBLEMS = [
    ("（一）水运工程", None),
    (
        "1. 台前港区孙口作业区码头一期工程码头胸墙混凝土保护层厚度抽测合格率仅为70%，部分构件表面存在蜂窝麻面。"
        "（责任单位：台前县港航开发建设有限公司）",
        "item",
    ),
    (
        "2. 该工程水上施工作业船舶未按规定配备救生衣和救生圈，作业人员未穿救生衣上船作业。督查组现场责令整改，"
        "已当场整改完毕。（责任单位：河南黄河港航工程有限公司）",
        "item",
    ),
    ("（二）公路工程", None),
    (
        "3. 濮范高速公路TJ3标高墩钢筋保护层垫块数量不足、间距过大，个别部位垫块缺失。"
        "（责任单位：河南金堤建设工程有限公司）",
        "item",
    ),
    (
        "4. S101濮阳至清丰段改建工程工地试验室未完成临时资质备案即开展试验检测工作。市局已责令暂停该试验室检测"
        "工作，建设单位正在补办备案。（责任单位：清丰县交通运输局）",
        "item",
    ),
    (
        "5. G342南乐段改建工程水泥稳定碎石基层压实度抽检2处不合格。已责令返工，目前正在返工处理。"
        "（责任单位：河南宏远路桥有限公司）",
        "item",
    ),
    ("（三）桥梁工程", None),
    (
        "6. 京开大道跨濮水河桥现浇箱梁满堂支架未进行预压，支架基础未硬化。督查期间已停工整改，支架基础已硬化、预压已"
        "完成，并经监理验收合格。（责任单位：濮阳市市政建设集团有限公司）",
        "item",
    ),
    (
        "7. 范县Y006前张桥危桥改造工程施工便桥未设置限载标志和防护栏杆。（责任单位：范县交通运输局）",
        "item",
    ),
]
BULLETIN_OUTRO = [
    "四、整改要求",
    (
        "（一）各责任单位要对照督查意见书逐条整改，本通报所列问题须于2024年8月15日前全部整改到位，并将整改报告"
        "（含整改前后对比照片）报市局安全监督科。"
    ),
    "（二）各县（区）交通运输局要举一反三，组织辖区在建项目开展自查自纠，切实消除质量安全隐患。",
]


def write_bulletin_docx(path: Path) -> Path:
    doc = _new_document("安全监督科")
    _title(doc, "濮阳市交通运输局关于2024年上半年公路水运工程质量安全综合督查情况的通报", 18)
    for text in BULLETIN_INTRO:
        _paragraph(doc, text, 14, "黑体" if text[:2] in ("一、", "二、", "三、") else "仿宋_GB2312")
    for text, _kind in BULLETIN_PROBLEMS:
        _paragraph(doc, text, 14, "楷体_GB2312" if _kind is None else "仿宋_GB2312")
    for text in BULLETIN_OUTRO:
        _paragraph(doc, text, 14, "黑体" if text.startswith("四、") else "仿宋_GB2312")
    _paragraph(doc, "濮阳市交通运输局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月5日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bulletin(path: Path) -> Path:
    return via_soffice(write_bulletin_docx, path, "doc", "公路水运工程质量安全综合督查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 路面修复及公路安全提升工程通行安全隐患排查, after a county's joint check by the 交通运输执法大队 and the 公安交警
# 大队 of a provincial road's 路面修复及公路安全提升工程 (沿线学校、村庄等危险路段以及平面交叉路口和分流道口临时安全
# 保障措施; 意见反馈会: 施工项目经理部、项目办、属地交通办、交警执法中队; 逐一指出隐患，责成施工单位立行立改，提出
# 具体的整改时限和措施; 对隐患治理完成情况进行验收):
# http://ssbx.me/forum.php?goto=lastpost&mod=redirect&tid=379277
# A .docx: title, 主送, a preamble stating the 反馈会 date (the base of 立行立改), the items as numbered paragraphs,
# each with its 责任单位, 整改措施, 整改时限 and 验收情况 in sentences, a closing paragraph, the office and date.
ROADWORK_PARAS = [
    (
        "1. 韩村镇中心小学路段施工区未设置限速标志和减速设施。责任单位：河南中州路桥建设有限公司；整改措施：增设"
        "限速30公里/小时标志和移动式减速带；整改时限：立行立改。验收情况：已整改，验收合格。"
    ),
    (
        "2. K18+300至K19+100段半幅封闭施工，分流道口夜间警示灯数量不足、间距过大。责任单位：河南中州路桥建设有限"
        "公司；整改措施：按每10米一盏加密设置爆闪警示灯；整改时限：7月18日前。验收情况：已整改，验收合格。"
    ),
    (
        "3. 六塔乡政府驻地平面交叉路口铣刨后未及时恢复，新旧路面高差约5厘米。责任单位：河南中州路桥建设有限公司；"
        "整改措施：尽快摊铺恢复路面，恢复前设置警示标志；整改时限：7月25日前。验收情况：已摊铺沥青下面层，上面层待"
        "全线统一摊铺。"
    ),
    (
        "4. 沿线村庄出入口未安排专人疏导交通，群众横穿施工区现象较多。责任单位：清丰县六塔乡人民政府；整改措施："
        "组织村组干部在高峰时段值守疏导；整改时限：7月20日前。验收情况：未落实，验收未通过。"
    ),
    (
        "5. 施工车辆进出料场路口无专人指挥，车辆带泥上路。责任单位：清丰县公路建设项目管理办公室；整改措施：督促"
        "设置洗车池，安排专职指挥人员；整改时限：7月22日前。验收情况：洗车池已设置，专职指挥人员正在落实。"
    ),
    (
        "6. 施工路段超速行驶车辆较多，路面管控力量不足。责任单位：清丰县公安局交通管理大队；整改措施：施工期间安排"
        "警力路面巡查，设置流动测速点；整改时限：施工期间长期坚持。验收情况：长期坚持。"
    ),
]


def write_roadwork(path: Path) -> Path:
    doc = _new_document("执法大队")
    _title(doc, "关于S304清丰段路面修复及公路安全提升工程通行安全隐患整改验收情况的报告", 18)
    _paragraph(doc, "县交通运输局：", 14)
    _paragraph(
        doc,
        "7月15日，县交通运输综合执法大队、县公安局交通管理大队组成联合执法检查组，对S304清丰段（韩村—六塔段）路面"
        "修复及公路安全提升工程进行路面通行安全隐患排查。7月16日，联合检查组组织施工项目经理部、项目办和属地乡政府、"
        "交警中队召开意见反馈会，逐一指出排查出的安全隐患，责成责任单位立行立改，并明确了整改时限和措施。7月26日，"
        "联合检查组对整改情况进行了验收。现将有关情况报告如下：",
        14,
    )
    _paragraph(doc, "一、隐患及整改验收情况", 14, "黑体")
    for text in ROADWORK_PARAS:
        _paragraph(doc, text, 14)
    _paragraph(doc, "二、下一步工作", 14, "黑体")
    _paragraph(
        doc,
        "执法大队将对未通过验收的隐患跟踪督办，会同交警部门加大施工路段巡查频次，确保工程施工期间道路通行安全。",
        14,
    )
    _paragraph(doc, "清丰县交通运输综合执法大队", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 汛期公路安全隐患排查台账, after a 公路局 高养中心's check of its expressways before the flood season (临水临崖路段、
# 长大桥隧、特殊结构桥梁、高边坡以及塌方灾害易发路段; 建立汛期隐患排查台账; 制定处治计划，建立销号制度，明确临时
# 处治措施及彻底处治措施; 可立即整改的及时整改，不能整改的设置警示牌，限期整改):
# http://cngansu.cn/news/shizhou/tianshui/2020/05/23/159020879662433.html
# An .ods (LibreOffice conversion): title, 填报单位/排查路段 line, one header row with 临时处治措施 and 彻底处治措施
# side by side and a 销号情况 column beside 处治进展, rows naming the centre's own 工区/科 and two other units
# (the power company by its short name, a county 交通运输局), a 填表说明 line and a signature line.
FLOOD_ROWS = [
    (
        "大广高速",
        "K1712+300右幅",
        "高路堤",
        "路堤边坡雨水冲刷形成冲沟3处，最深约0.8米",
        "设置警示桩，覆盖防雨布",
        "回填夯实并修复急流槽",
        "养护一工区",
        "2024年7月20日",
        "已修复",
        "已销号",
    ),
    (
        "大广高速",
        "马颊河特大桥",
        "特殊结构桥梁",
        "桥面排水管脱落2处，雨水直排桥下",
        "临时引流",
        "更换排水管及支架",
        "桥隧管理科",
        "2024年7月31日",
        "正在更换",
        "",
    ),
    (
        "南林高速",
        "K96+450卫河大桥桥头",
        "临水路段",
        "桥头护栏过渡段缺失，临水一侧无防护",
        "设置水马和警示标志",
        "增设护栏过渡段",
        "养护二工区",
        "2024年10月31日",
        "临时处治已完成，护栏过渡段待汛后实施",
        "",
    ),
    (
        "南林高速",
        "K102+100—K102+600",
        "排水设施",
        "超高段中央分隔带排水不畅，路面积水",
        "设置积水警示标志",
        "增设纵向排水管",
        "养护二工区",
        "2024年9月30日",
        "未处治",
        "",
    ),
    (
        "大广高速",
        "K1698+720",
        "跨线设施",
        "220千伏跨越线路弧垂过大，距路面净空不足",
        "设置限高警示标志",
        "调整线路弧垂",
        "濮阳供电公司",
        "2024年8月31日",
        "已函告，供电公司正在制定停电调整方案",
        "",
    ),
    (
        "南林高速",
        "南乐服务区",
        "附属设施",
        "服务区停车场排水沟盖板破损5块",
        "设置临时围挡",
        "更换盖板",
        "养护二工区",
        "2024年7月15日",
        "已更换",
        "已销号",
    ),
    (
        "大广高速",
        "K1705+080上跨X018分离式立交桥",
        "上跨桥梁",
        "上跨桥护栏混凝土剥落、钢筋锈蚀，存在坠落风险",
        "桥下设置防落网",
        "维修加固护栏",
        "清丰县交通运输局",
        "2024年9月30日",
        "",
        "",
    ),
]


def write_flood_book(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("隐患排查台账")
    b.widths(ws, [6, 10, 18, 12, 32, 18, 18, 14, 14, 26, 10])
    b.line(ws, 0, "2024年汛期安全隐患排查及处治销号台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市高速公路养护中心    排查路段：大广高速濮阳段、南林高速濮阳段    填报日期：2024年7月28日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "路线",
            "桩号/部位",
            "隐患类别",
            "隐患描述",
            "临时处治措施",
            "彻底处治措施",
            "责任单位（部门）",
            "处治时限",
            "处治进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FLOOD_ROWS)
    b.line(ws, end + 1, "填表说明：隐患彻底处治并经中心安全科复核后，在“销号情况”栏填写“已销号”。", 10)
    b.line(ws, end + 2, "负责人：牛卫东    填表人：邵倩    联系电话：0393-6218830", 10)
    return b.close()


def write_flood(path: Path) -> Path:
    via_soffice(write_flood_book, path, "ods", "汛期安全隐患排查及处治销号台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 在建项目质量安全暗查暗访, after a provincial 交通质监站's unannounced visits to the work faces of an expressway
# under construction (重点检查LJ9标白马隧道出口端左洞和LJ10标梅家沟隧道进口端右洞; 现场反馈; 落实问题整改，确保
# 整改工作闭环; 严格质量通病治理; 抓实安全生产):
# http://jtt.sc.gov.cn/jtt/c101550/2023/3/10/8a70fcb1d1f84ad1a27618494edd1113.shtml
# An .xlsx with two sheets (安全问题, 质量问题), each with a title, the 暗访单位 line and one header row: 暗访时间,
# 项目名称, 标段/工点, the 责任单位（施工单位） with the 监理单位 beside it, 整改时限 and a 闭环情况 column.
SPOT_SAFETY = [
    (
        "7月9日",
        "G106濮阳段改建工程",
        "LJ2标金堤河大桥3#墩",
        "墩柱施工作业平台未满铺脚手板，平台安全网破损",
        "满铺脚手板，更换安全网",
        "河南华通路桥集团有限公司",
        "濮阳市正诚工程监理有限公司",
        "2024年7月12日",
        "已闭环",
    ),
    (
        "7月9日",
        "G106濮阳段改建工程",
        "LJ2标钢筋加工场",
        "氧气瓶与乙炔瓶混放，间距不足5米且无防倾倒措施",
        "分区存放，加装防倾倒支架",
        "河南华通路桥集团有限公司",
        "濮阳市正诚工程监理有限公司",
        "2024年7月12日",
        "已闭环",
    ),
    (
        "7月10日",
        "S101濮阳至清丰段改建工程",
        "LJ1标下穿铁路框架桥基坑",
        "基坑深约6米，未设置临边防护和上下通道，坑边堆土距坑边不足1米",
        "设置临边防护和上下通道，清运坑边堆土",
        "河南铁建市政工程有限公司",
        "河南中原交通工程监理有限公司",
        "2024年7月15日",
        "临边防护已设置，上下通道正在搭设",
    ),
    (
        "7月10日",
        "S101濮阳至清丰段改建工程",
        "LJ1标下穿铁路框架桥基坑",
        "夜间施工未设置警示灯，基坑降水设备未安装漏电保护器",
        "设置警示灯，安装漏电保护器",
        "河南铁建市政工程有限公司",
        "河南中原交通工程监理有限公司",
        "2024年7月15日",
        "",
    ),
]
SPOT_QUALITY = [
    (
        "7月9日",
        "G106濮阳段改建工程",
        "LJ2标金堤河大桥预制梁场",
        "T梁腹板混凝土存在蜂窝麻面，养护覆盖不到位",
        "加强养护，缺陷修补方案报监理审批后实施",
        "河南华通路桥集团有限公司",
        "濮阳市正诚工程监理有限公司",
        "2024年7月25日",
        "修补方案已审批，正在修补",
    ),
    (
        "7月10日",
        "S101濮阳至清丰段改建工程",
        "LJ1标下穿铁路框架桥",
        "框架桥顶板钢筋保护层采用现场自制砂浆垫块，强度不足",
        "更换为定型高强度垫块",
        "河南铁建市政工程有限公司",
        "河南中原交通工程监理有限公司",
        "2024年7月20日",
        "已闭环",
    ),
    (
        "7月11日",
        "孙口黄河大桥连接线工程",
        "LJ3标K2+100—K2+800路基",
        "路基填料含水率偏高，未经晾晒即碾压",
        "翻松晾晒后重新碾压，补做压实度检测",
        "台前县通达公路工程有限公司",
        "河南中原交通工程监理有限公司",
        "2024年7月18日",
        "未整改",
    ),
    (
        "7月11日",
        "孙口黄河大桥连接线工程",
        "LJ3标工地试验室",
        "标准养护室温湿度不达标，无温湿度自动记录",
        "完善标准养护室温湿度控制设备",
        "台前县通达公路工程有限公司",
        "河南中原交通工程监理有限公司",
        "2024年8月10日",
        "已采购温湿度控制设备，正在安装",
    ),
]


def write_spot(path: Path) -> Path:
    b = Book(path, author="质监站")
    words = [
        "序号",
        "暗访时间",
        "项目名称",
        "标段/工点",
        "问题描述",
        "整改要求",
        "责任单位（施工单位）",
        "监理单位",
        "整改时限",
        "闭环情况",
    ]
    for name, title, rows in [
        ("安全问题", "在建交通工程汛期安全生产暗查暗访问题清单", SPOT_SAFETY),
        ("质量问题", "在建交通工程质量通病暗查暗访问题清单", SPOT_QUALITY),
    ]:
        ws = b.sheet(name)
        b.widths(ws, [6, 10, 22, 22, 34, 26, 22, 22, 14, 22])
        b.line(ws, 0, title, 9, b.title)
        b.line(
            ws,
            1,
            "暗访单位：濮阳市交通工程质量监督站    暗访时间：2024年7月9日—11日    更新日期：2024年7月30日",
            9,
        )
        b.header(ws, 2, words)
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 城市桥隧设施安全整治, after a district 城市管理局's account of its 桥隧 work (桥隧“1+30”安全管理主体责任; 桥隧设施
# 安全整治三年行动; 桥梁隧道健康监测系统; 定期检测“应检必检”; 有病必治，发现问题立即落实整改; 已整治直管桥隧问题):
# http://cgj.cq.gov.cn/zwxx_173/bmdt/csgldt/js/202406/t20240607_13279698_wap.html
# A .zip of two returns: the 市政设施管理处's .xlsx (定期检测 病害整治台账; rows naming only its own 科; a 注 line)
# and a district 城市管理局's .docx (preamble, a table naming a 街道办事处 and the 交警支队 by its short name as
# 整改责任单位 beside the bureau itself, the bureau and date at the foot).
BRIDGE_ROWS = [
    (
        "开州路立交桥",
        "预应力混凝土连续箱梁",
        "B级",
        "3号伸缩缝锚固区混凝土破损，行车异响",
        "更换伸缩缝装置",
        "桥隧科",
        "2024年8月20日",
        "正在施工",
    ),
    (
        "京开大道下穿隧道",
        "钢筋混凝土框架",
        "B级",
        "隧道侧墙施工缝渗水，局部析白",
        "注浆堵漏",
        "桥隧科",
        "2024年7月10日",
        "已完成",
    ),
    (
        "人民路金堤河桥",
        "简支空心板梁",
        "C级",
        "2号墩盖梁混凝土剥落、钢筋外露锈蚀",
        "凿除松散混凝土，除锈后修补",
        "养护科",
        "2024年9月30日",
        "未开工",
    ),
    (
        "胜利路濮水河桥",
        "简支T梁",
        "B级",
        "人行道栏杆松动4处，1处缺失",
        "紧固并补装栏杆",
        "养护科",
        "2024年7月5日",
        "已完成",
    ),
]
DISTRICT_ROWS = [
    (
        "中原路立交桥桥下空间",
        "桥下空间被占用堆放废品，存在火灾隐患",
        "华龙区中原路街道办事处",
        "2024年7月15日",
        "已清理完毕",
    ),
    (
        "黄河路下穿通道",
        "限高架被车辆撞击变形，限高标志缺失",
        "市交警支队",
        "2024年7月31日",
        "已上报，限高标志正在制作",
    ),
    (
        "京开大道人行天桥",
        "天桥梯道踏步防滑条脱落，扶手锈蚀",
        "华龙区城市管理局",
        "2024年8月31日",
        "",
    ),
    (
        "绿城路下穿涵洞",
        "涵洞排水泵站自动启泵功能故障",
        "华龙区城市管理局",
        "2024年7月20日",
        "未修复",
    ),
]


def write_bridge_book(path: Path) -> Path:
    b = Book(path, author="桥隧科")
    ws = b.sheet("病害整治台账")
    b.widths(ws, [6, 20, 20, 10, 34, 24, 10, 16, 14])
    b.line(ws, 0, "2024年城市桥隧定期检测病害整治台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市市政设施管理处    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "桥隧名称",
            "结构类型",
            "技术状况等级",
            "病害描述",
            "整治措施",
            "责任科室",
            "计划完成时间",
            "整治进展",
        ],
    )
    for i, row in enumerate(BRIDGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BRIDGE_ROWS)
    b.line(ws, end, "注：桥隧健康监测系统已覆盖直管桥隧18座，定期检测完成率100%。", 8)
    b.line(ws, end + 1, "负责人：魏建华    填表人：田甜    联系电话：0393-4456021", 8)
    return b.close()


def write_district_docx(path: Path) -> Path:
    doc = _new_document("华龙区城管局")
    _title(doc, "华龙区城市管理局关于辖区桥隧设施安全隐患整治进展情况的报告", 18)
    _paragraph(doc, "市城市管理局：", 14)
    _paragraph(
        doc,
        "按照桥隧设施安全整治三年行动要求，我局严格落实辖区桥隧安全管理主体责任，对辖区桥梁、隧道、下穿通道开展了"
        "全面排查。现将排查发现的安全隐患及整治进展报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(DISTRICT_ROWS, 1)]
    _table(doc, ["序号", "隐患位置", "隐患内容", "整改责任单位", "整改时限", "进展情况"], body)
    _paragraph(doc, "华龙区城市管理局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月28日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bridges(path: Path) -> Path:
    members = [
        ("城市桥隧定期检测病害整治台账（市市政设施管理处）.xlsx", write_bridge_book),
        ("桥隧设施安全隐患整治进展情况报告（华龙区城市管理局）.docx", write_district_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 黄河浮桥专项检查, after a 黄河河务局's check of the 4 浮桥 in its reach by its 水政监察大队 (度汛方案、浮桥安全值守、
# 浮桥锚固、监控设施; 将发现的问题进行汇总，要求各浮桥限期整改; 24小时值班制度; 按照度汛预案做好浮舟拆除和锚固):
# http://221.214.6.131/grassroot/4292
# An .xlsx: title, 检查单位/检查时间 line, one header row with 浮桥名称 and 运营管理单位 merged down over their
# rows, a 复查情况 column beside 整改落实情况, a 注 line and a signature line.
PONTOON_GROUPS = [
    (
        "渠村黄河浮桥",
        "濮阳县渠村黄河浮桥有限公司",
        [
            (
                "度汛方案",
                "度汛方案未明确浮舟拆解、锚固的责任人和时限",
                "修订度汛方案并报河务部门备案",
                "2024年6月25日",
                "已修订并备案",
                "复查合格",
            ),
            (
                "监控设施",
                "视频监控2个点位离线，夜间无法监控桥面",
                "修复视频监控",
                "2024年6月30日",
                "已修复",
                "复查合格",
            ),
        ],
    ),
    (
        "李桥黄河浮桥",
        "范县李桥黄河浮桥管理有限公司",
        [
            (
                "浮桥锚固",
                "部分浮舟锚链锈蚀，岸边地锚数量不足",
                "更换锈蚀锚链，增设地锚",
                "2024年7月10日",
                "锚链已更换，地锚正在增设",
                "",
            ),
            (
                "安全值守",
                "夜间值班人员脱岗，值班记录不全",
                "严格落实24小时值班制度",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "孙口黄河浮桥",
        "台前县孙口黄河浮桥有限公司",
        [
            (
                "安全设施",
                "救生圈、救生衣配备不足，部分已过期",
                "配齐救生器材",
                "2024年7月5日",
                "未整改",
                "复查未通过",
            ),
            (
                "通行管理",
                "未设置限载、限速标志，超限车辆上桥通行",
                "设置限载限速标志，安排专人管控",
                "2024年7月15日",
                "",
                "",
            ),
        ],
    ),
]


def write_pontoon(path: Path) -> Path:
    b = Book(path, author="水政监察支队")
    ws = b.sheet("问题汇总")
    b.widths(ws, [6, 16, 26, 10, 34, 26, 14, 24, 12])
    b.line(ws, 0, "黄河浮桥度汛安全专项检查问题汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳黄河河务局水政监察支队、濮阳市交通运输局    检查时间：2024年6月18日—19日    "
        "汇总日期：2024年7月25日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "浮桥名称",
            "运营管理单位",
            "检查内容",
            "存在问题",
            "整改要求",
            "整改期限",
            "整改落实情况",
            "复查情况",
        ],
    )
    r = 3
    n = 0
    for bridge, operator, rows in PONTOON_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, bridge, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, operator, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=4)
            r += 1
    b.line(ws, r, "注：黄河调水调沙期间各浮桥已按度汛预案拆解，浮舟已锚固并安排专人24小时看管。", 8)
    b.line(ws, r + 1, "汇总人：冯晓东    审核人：陈宁远    联系电话：0393-8451729", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 公路水运在建项目质量安全暨建设市场秩序综合检查, after a county's account of the city 交通运输局's 综合检查 of its
# projects (座谈会汇报建设程序、安全生产、投资进度; 查阅项目档案; “双随机、一公开”抽检项目; 检查安全制度措施落实
# 情况，用设备检测，按照考评内容对抽检项目评分; 对照检查中提出的问题及时整改到位; 形成长效工作机制):
# http://luoshan.gov.cn/department_news.php?cid=100&id=34748
# An .xlsx: title, 填报单位 line, 检查时间/抽检 line, a two-row header (反馈问题 over 问题类别 and 问题描述),
# 抽检项目 and 检查得分 merged down over their rows, rows naming only the county bureau's own 股室, a signature line.
COUNTY_PROJECTS = [
    (
        "S213南乐段改建工程",
        86,
        [
            (
                "质量",
                "沥青路面摊铺厚度抽检2处不足设计值",
                "钻芯复核，不足段落铣刨重铺",
                "建设管理股",
                "2024年8月31日",
                "已完成钻芯复核，正在组织重铺",
            ),
            (
                "安全",
                "半幅施工区与通行区未进行物理隔离，锥桶间距过大",
                "设置水马连续隔离",
                "安全监督股",
                "2024年7月10日",
                "已整改到位",
            ),
            (
                "市场",
                "部分农民工工资未通过工资专用账户代发",
                "督促施工单位全部实行专户代发",
                "建设管理股",
                "2024年7月31日",
                "已整改",
            ),
        ],
    ),
    (
        "南乐县2024年农村公路提质改造工程（千口镇段）",
        78,
        [
            (
                "质量",
                "路肩培土不密实，雨后边坡冲刷",
                "重新培土夯实",
                "建设管理股",
                "2024年8月15日",
                "未整改",
            ),
            (
                "程序",
                "项目未办理质量安全监督手续即开工",
                "补办质量安全监督手续",
                "建设管理股",
                "2024年7月20日",
                "已补办",
            ),
        ],
    ),
    (
        "G106南乐段马颊河桥危桥改造工程",
        82,
        [
            (
                "安全",
                "施工便桥未设置限载标志和防撞设施",
                "增设限载标志和防撞墩",
                "安全监督股",
                "2024年7月15日",
                "",
            ),
            (
                "监管",
                "县级对在建项目的日常巡查频次不足，巡查记录不全",
                "建立在建项目月度巡查制度",
                "安全监督股",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def write_county(path: Path) -> Path:
    b = Book(path, author="南乐县交通运输局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 26, 8, 8, 34, 28, 12, 14, 26])
    b.line(ws, 0, "2024年全市公路水运在建项目质量安全暨建设市场秩序综合检查反馈问题整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：南乐县交通运输局    填报日期：2024年7月30日", 8)
    b.line(ws, 2, "检查时间：2024年7月2日—3日    抽检方式：“双随机”抽取在建项目3个", 8)
    for c, word in enumerate(["序号", "抽检项目", "检查得分"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 3, 3, 4, "反馈问题", b.head)
    b.header(ws, 4, ["问题类别", "问题描述"], first=3)
    for c, word in enumerate(["整改措施", "责任股室", "整改时限", "整改进展"], 5):
        b.merge(ws, 3, c, 4, c, word, b.head)
    r = 5
    n = 0
    for project, score, rows in COUNTY_PROJECTS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, project, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, score, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 3, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=4)
            r += 1
    b.line(ws, r + 1, "局负责人：任国栋    填表人：许丹丹    联系电话：0393-7221486", 8)
    return b.close()


FILES = [
    ("濮范高速项目安全专项监督检查意见书整改回复台账.xlsx", write_express),
    ("2024年二季度港口码头安全生产专家问诊问题整改台账.xls", write_port),
    ("农村公路安全生命防护工程回头看抽查问题清单.et", write_rural),
    ("汛前公路桥涵安全隐患排查记录表（清丰县公路事业发展中心）.csv", write_culvert),
    ("关于2024年上半年公路水运工程质量安全综合督查情况的通报.doc", write_bulletin),
    ("S304清丰段路面修复及安全提升工程隐患整改验收情况报告.docx", write_roadwork),
    ("2024年汛期高速公路安全隐患排查处治销号台账.ods", write_flood),
    ("在建交通工程汛期质量安全暗查暗访问题清单.xlsx", write_spot),
    ("城市桥隧安全隐患整治进展（两家）.zip", write_bridges),
    ("黄河浮桥度汛安全专项检查问题汇总表.xlsx", write_pontoon),
    ("南乐县交通运输局综合检查反馈问题整改情况表.xlsx", write_county),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside208 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 政务服务与惠企政策兑现的督查整改 (高效办成一件事、审批时限、惠企政策直达、帮办代办).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx
and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside208.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. “高效办成一件事”问题督办台账, after a city 行政审批局's account of its “周调度+月通报” mechanism (会前收集窗口、
# 政务服务大厅反映的办事痛点，形成“主题网办问题清单”; 会后建立问题督办台账，明确责任主体、整改措施和完成时限，
# 实行销号管理; 梳理痛点、堵点问题4大类30项，已自行整改21项，请示省数据局协调解决9项):
# https://www.hj.cn/content/2025-07/05/content_7285304.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with 责任主体 and a 销号情况 column beside 整改进展,
# the items grouped under four 类 rows merged across the table, a 说明 line and a signature line.
ONE_THING_GROUPS = [
    (
        "一、系统对接类",
        [
            (
                "企业信息变更一件事",
                "窗口反映",
                "企业登记信息变更后，税务、社保、公积金信息无法同步更新，企业需分别到三个窗口重复提交材料",
                "市税务局",
                "推动市场主体变更信息实时推送共享",
                "2024年8月31日",
                "已完成接口调试，正在试运行",
                "",
            ),
            (
                "开办运输企业一件事",
                "网办平台",
                "道路运输经营许可在线申请表单与省平台字段不一致，网办退件率高",
                "市交通局",
                "统一表单字段，减少重复填报",
                "2024年9月30日",
                "已请示省数据局协调，等待省平台升级",
                "",
            ),
            (
                "公民身后一件事",
                "窗口反映",
                "死亡医学证明信息与户口注销、社保待遇停发未共享，家属需多头跑",
                "市公安局",
                "建立死亡信息推送机制",
                "2024年9月30日",
                "户口注销与社保停发信息已共享，医保停保仍在对接",
                "",
            ),
        ],
    ),
    (
        "二、材料要素类",
        [
            (
                "新生儿出生一件事",
                "大厅窗口",
                "出生医学证明电子证照未实时推送，办理户口登记仍需群众提交纸质证明",
                "市卫健委",
                "打通出生医学证明电子证照共享",
                "2024年7月15日",
                "已实现电子证照实时推送",
                "已销号",
            ),
            (
                "退休一件事",
                "12345热线",
                "企业职工退休申请须现场提交纸质档案，网上只能预约不能办理",
                "市人社局",
                "推行职工档案电子化审核",
                "2024年10月31日",
                "尚未启动",
                "",
            ),
            (
                "开办餐饮店一件事",
                "窗口反映",
                "食品经营许可与营业执照未实现一表申请，需两次填报经营场所信息",
                "市监局",
                "合并申请表单，实现一表申请",
                "2024年7月20日",
                "已完成表单合并",
                "已销号",
            ),
        ],
    ),
    (
        "三、流程衔接类",
        [
            (
                "二手房转移登记及水电气联动过户一件事",
                "大厅窗口",
                "二手房过户后，水电气过户仍需群众分别到供电、供水、燃气营业厅办理",
                "市不动产登记中心",
                "与供电、供水、燃气企业建立联动过户机制",
                "2024年6月30日",
                "已实现水、气联动过户，电力联动尚未完成",
                "",
            ),
            (
                "残疾人服务一件事",
                "窗口反映",
                "残疾人证办理与两项补贴申领需两次提交身份证明材料",
                "市残联",
                "残疾人证信息自动推送民政部门",
                "2024年8月15日",
                "",
                "",
            ),
        ],
    ),
    (
        "四、服务保障类",
        [
            (
                "企业破产信息核查一件事",
                "法院转办",
                "破产管理人查询企业不动产、车辆等财产信息需分别到各部门申请",
                "市资规局",
                "开通破产管理人线上查询",
                "长期坚持",
                "按月调度，常态化推进",
                "",
            ),
        ],
    ),
]


def write_one_thing(path: Path) -> Path:
    b = Book(path, author="政务服务科")
    ws = b.sheet("问题督办台账")
    b.widths(ws, [6, 18, 10, 40, 16, 26, 14, 28, 10])
    b.line(ws, 0, "2024年“高效办成一件事”重点主题问题督办台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市行政服务中心（政务服务科）    统计截至：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "重点主题",
            "问题来源",
            "问题描述",
            "责任主体",
            "整改措施",
            "完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in ONE_THING_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}项）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：自行整改事项经责任主体确认后销号；需省级协调事项已报请省数据局协调解决，按月跟踪。",
        8,
    )
    b.line(ws, r + 1, "审核人：郭明远    填报人：牛晓婷    联系电话：0393-8992316", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 乡镇便民服务中心集中整治专项督查, after a county 行政审批和政务信息管理局's 常态化集中整治专项督查 of its 乡镇便民
# 服务中心 (科级领导分包，每月对所分包单位督导检查一遍; 一次性告知制、首问负责制度落实不到位，有诉即办窗口运行
# 不规范，“好差评”“我要评议”二维码未实现窗口全覆盖等共性问题):
# http://xinxiangxian.gov.cn/article/1720646776849812
# An .xls (xlwt): title, 填报单位 line, one header row with the 分包领导 (the inspector) and the 督查日期 the 立行立改
# rows count from, 整改时限 as 立行立改 / 月底前 / dates / 长期坚持, a 注 line and a signature line.
TOWN_ROWS = [
    (
        "柳屯镇人民政府",
        "王建军",
        "2024.7.3",
        "一次性告知单未使用，窗口对材料不全的办事群众仅口头告知",
        "统一使用一次性告知单并登记存档",
        "立行立改",
        "已整改到位",
    ),
    (
        "文留镇人民政府",
        "李红梅",
        "2024.7.3",
        "“有诉即办”窗口无人值守，投诉登记簿空白",
        "明确专人值守，规范投诉登记",
        "7月15日前",
        "已落实专人值守，整改完成",
    ),
    (
        "庆祖镇人民政府",
        "张志强",
        "2024.7.4",
        "“好差评”二维码未实现窗口全覆盖，社保、民政窗口未张贴",
        "全部窗口张贴评价二维码",
        "立行立改",
        "",
    ),
    (
        "城关镇人民政府",
        "王建军",
        "2024.7.5",
        "首问负责制落实不到位，导服台对非本窗口事项让群众自行询问",
        "完善首问负责登记制度，开展业务培训",
        "7月底前",
        "已开展培训1次，登记制度正在修订",
    ),
    (
        "八公桥镇人民政府",
        "刘洋",
        "2024.7.9",
        "下放的养老保险待遇资格认证等12项事项未实际承接，群众仍需到县中心办理",
        "落实人员和设备，实现事项就近办",
        "2024年9月30日",
        "未整改",
    ),
    (
        "户部寨镇人民政府",
        "李红梅",
        "2024.7.10",
        "大厅未公示进驻事项办事指南和收费标准",
        "公示全部进驻事项办事指南",
        "7月20日前",
        "已公示，经复查合格",
    ),
    (
        "徐镇镇人民政府",
        "张志强",
        "2024.7.11",
        "窗口工作人员未按规定佩戴工作牌，存在脱岗现象",
        "严格考勤，每日巡查",
        "长期坚持",
        "已建立每日巡查制度，长期坚持",
    ),
    (
        "王称堌镇人民政府",
        "刘洋",
        "2024.7.12",
        "帮办代办台账记录不全，代办事项未登记办结时间",
        "规范帮办代办台账",
        "8月15日前",
        "正在补录台账",
    ),
]


def write_towns(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县乡镇便民服务中心集中整治专项督查问题整改台账", t, 0, 7),
        (1, 0, "填报单位：濮阳县行政服务中心（盖章）    填报时间：2024年7月29日", plain, 1, 7),
    ]
    for col, word in enumerate(
        ["序号", "责任单位", "分包领导", "督查日期", "督查发现问题", "整改要求", "整改时限", "整改落实情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(TOWN_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 3, 6) else c))
    r = 3 + len(TOWN_ROWS)
    cells += [
        (
            r,
            0,
            "注：督查采取科级领导分包形式，每月对所分包乡镇督查一遍；“立行立改”事项自督查当日起整改。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：陈国庆    填表人：许丽    联系电话：0393-3221675", plain, r + 1, 7),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 惠企资金申领兑现督查反馈问题整改报告, after a report on 国务院大督查 findings about 专项资金拨付慢 (企业申请财政补助
# 等待11个月; 前期项目审批把关不严、跟进指导不足; 先提交申报材料再征求部门意见; 要求提供收款原始凭证、专人填写报送;
# 资金申领环节仍要求归口部门出具确认函):
# http://ffcl.org.cn/show-40365.html
# A .docx: title, 主送, preamble, the items as numbered paragraphs (问题, 责任科室, 整改措施, 时限 and progress in
# sentences), a closing paragraph, the office and date at the foot. All items belong to the sending bureau.
FUND_PARAS = [
    (
        "（一）专精特新企业奖补资金拨付周期长，部分企业从申报到资金到账超过8个月。整改措施：由中小企业科牵头，"
        "压缩审核环节，推行“先拨付、后抽查”，2024年9月底前完成流程再造。目前已修订资金拨付流程，正在征求财政部门意见。"
    ),
    (
        "（二）资金申领环节重复要求企业提供归口部门确认函。整改措施：财务科取消确认函要求，改由部门间内部核验，"
        "整改时限2024年7月10日。已于7月8日发文取消，整改完成。"
    ),
    (
        "（三）惠企政策申报须企业先提交全套材料，再由我局征求相关部门意见，审核时间长。整改措施：政策法规科牵头"
        "推行“免申即享”，2024年12月底前形成首批10项免申即享政策清单。目前尚未启动。"
    ),
    (
        "（四）部分奖补项目前期审核把关不严，立项后因不符合储备条件被退回，影响资金执行进度。整改措施：运行监测科"
        "建立项目储备库预审机制，8月31日前出台预审办法。目前预审办法已起草完成。"
    ),
    (
        "（五）兑付环节要求企业提供收款原始凭证并由专人到现场报送。整改措施：财务科在惠企政策服务平台开通电子凭证"
        "上传功能，整改时限2024年7月20日。功能已上线运行，整改到位。"
    ),
    (
        "（六）惠企政策兑现进度未向企业公开，企业无法查询办理进度。整改措施：中小企业科在政务服务网惠企政策专区"
        "公开兑现进度，完成时限2024年8月15日。"
    ),
    (
        "（七）对企业反映的资金兑现难问题缺乏跟踪回访。整改措施：办公室建立按月回访企业制度，对回访发现的问题"
        "建立台账，长期坚持。"
    ),
]


def write_fund(path: Path) -> Path:
    doc = _new_document("中小企业科")
    _title(doc, "濮阳市工业和信息化局关于惠企资金申领兑现专项督查反馈问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年6月28日，省政府第三督查组就惠企资金申领兑现情况向我局反馈了7个方面的问题。我局高度重视，"
        "逐条制定整改措施，明确责任科室和完成时限。现将整改情况报告如下：",
    )
    for text in FUND_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将持续跟踪惠企资金兑现进度，确保各项问题按期整改到位。")
    _paragraph(doc, "濮阳市工业和信息化局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 惠企纾困政策落实情况专项审计调查整改台账, after a city 审计局's account of its audit of 纾困惠企政策落实 (延伸商务局、
# 文旅局、担保集团; 文旅企业纾困解难资金分配不合理、293.89万元资金未发挥纾困效益; 9家市场主体11.58万元补贴未兑现
# 到位; 2家市场主体未执行优惠担保费率; 国有企事业单位房租减免落实不到位; 应兑现补贴资金未兑现):
# http://jyjlsz.com/content/2023-08/08/content_16372622.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one
# header row with 涉及金额 and 已整改金额 columns, a 合计 row summing the money, a signature line.
AUDIT_ROWS = [
    (
        "文旅企业纾困解难资金分配不合理，部分资金未发挥纾困效益",
        293.89,
        "市文广旅局",
        "重新核定资金分配方案",
        "2024年9月30日",
        "已重新核定分配方案，正在按程序拨付",
        120.00,
    ),
    (
        "9家市场主体稳岗补贴未兑现到位",
        11.58,
        "市人社局",
        "逐户核实并兑现",
        "2024年7月31日",
        "已全部兑现",
        11.58,
    ),
    (
        "2家市场主体未执行优惠担保费率",
        3.20,
        "濮阳市中小企业融资担保有限公司",
        "退还多收担保费",
        "2024年8月15日",
        "未整改",
        0,
    ),
    (
        "部分行政事业单位出租房产落实房租减免政策不到位，涉及市场主体38家",
        57.80,
        "市机关事务管理局",
        "逐户落实减免",
        "2024年10月底前",
        "已落实减免租金11.13万元，剩余部分正在协调",
        11.13,
    ),
    (
        "应兑现物流企业运输补贴资金未兑现，涉及企业8家",
        126.40,
        "市交通运输局",
        "按程序兑现补贴",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "促消费活动补贴资金审核超过规定的30个工作日",
        "",
        "市商务局",
        "建立审核时限预警机制",
        "长期坚持",
        "已建立预警机制，长期坚持",
        "",
    ),
    (
        "科技型中小企业研发费用后补助资金兑现滞后",
        45.60,
        "市科技局",
        "加快资金拨付",
        "2024年7月15日",
        "已兑现到位",
        45.60,
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="财政监督科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 24, 22, 14, 30, 12])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "惠企纾困政策落实情况专项审计调查发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市财政局（盖章）    填报日期：2024年7月30日    金额单位：万元", 7)
    b.header(
        ws,
        2,
        ["序号", "审计发现问题", "涉及金额", "责任单位", "整改措施", "整改期限", "整改情况", "已整改金额"],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, money if c in (2, 7) and v != "" else None)
    end = 3 + len(AUDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "共7个问题", b.cell)
    b.put(ws, end, 2, round(sum(r[1] for r in AUDIT_ROWS if r[1] != ""), 2), money)
    for c in range(3, 7):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 7, round(sum(r[6] for r in AUDIT_ROWS if r[6] != ""), 2), money)
    b.line(ws, end + 2, "单位负责人：韩立群    填表人：孟凡    联系电话：0393-4412093", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "惠企纾困政策审计整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. “放管服”改革专项巡察整改情况, after a district 行政服务中心's 关于“放管服”改革专项巡察整改情况的通报 (逐条对照，
# 逐项梳理，分解任务，明确每项任务的责任领导、经办人及整改期限; 建立健全对账销号制度; 能立即整改的立说立改，需要
# 长期努力的制定“路线图”分期解决; 窗口单位制定整改措施):
# http://ptxy.gov.cn/zwgk/gsgg/201901/t20190103_1290167.htm
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, a table with 责任领导, 责任科室 and 经办人 columns (the
# centre's own 科室 as sections), a closing paragraph, the centre and date at the foot.
PATROL_ROWS = [
    (
        "部分进驻事项“只挂号不办理”，窗口受理后仍需回原单位审批",
        "推动审批权限授权到窗口",
        "李卫东",
        "窗口管理科",
        "赵鹏",
        "2024年9月30日",
        "已完成12个部门授权，其余正在推进",
    ),
    (
        "23项政务服务事项办事指南未标明承诺时限",
        "逐项补全办事指南要素",
        "李卫东",
        "审改科",
        "王静",
        "2024年7月15日",
        "已全部补全，已完成",
    ),
    (
        "中介服务超市入驻中介机构少，中介服务时限无约束",
        "出台中介服务超市管理办法",
        "孙建华",
        "综合科",
        "刘畅",
        "2024年12月31日",
        "未启动",
    ),
    (
        "窗口工作人员考勤及AB岗制度执行不严",
        "每周抽查考勤，落实AB岗",
        "孙建华",
        "督查科",
        "陈晨",
        "长期坚持",
        "长期坚持",
    ),
    (
        "政务服务“好差评”差评件未按规定回访整改",
        "对差评件逐件回访整改",
        "李卫东",
        "督查科",
        "陈晨",
        "2024年6月30日",
        "17件差评已全部回访整改，已销号",
    ),
    (
        "帮办代办人员配备不足，重点项目代办员身兼数职",
        "增配专职代办员4名",
        "孙建华",
        "综合科",
        "刘畅",
        "2024年8月31日",
        "",
    ),
    (
        "网上办事大厅部分事项网办深度不够，仍需现场核验原件",
        "推进高频事项全程网办",
        "李卫东",
        "网办科",
        "杨帆",
        "2024年10月31日",
        "已完成系统需求梳理，正在开发",
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "濮阳市行政服务中心关于“放管服”改革专项巡察反馈问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据市委巡察工作统一部署，市委第四巡察组对我中心“放管服”改革工作进行了专项巡察，反馈了7个问题。"
        "中心逐条对照、逐项梳理，明确了每项任务的责任领导、经办人及整改期限，建立对账销号制度。"
        "现将整改落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(
        doc,
        ["序号", "巡察反馈问题", "整改措施", "责任领导", "责任科室", "经办人", "整改期限", "完成情况"],
        body,
    )
    _paragraph(doc, "对尚未完成整改的问题，中心将按照“路线图”分期推进，确保按期整改到位。")
    _paragraph(doc, "濮阳市行政服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "放管服专项巡察整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 项目审批代办帮办工作督查情况通报表, after a city's 关于进一步加强和改进项目审批代办帮办工作的实施意见 (乡镇（园区）
# 项目代办员，政府职能部门项目帮办员; 全程负责项目审批各类手续办理; 代办帮办工作QQ群和微信群; 市委市政府督查室和
# 市优办跟踪督查，建立考评通报机制，对正反两方面案例定期公开通报):
# http://epaper.gytoday.cn/html/2016-11/10/content_1_4.htm
# An .xlsx: title, 通报单位/督查时间 line, a two-row header (代办帮办情况 over four columns, 整改落实 over three),
# the 代办员 and 帮办员 beside an explicit 整改责任单位, dates as date cells, a 备注 line and a signature line.
AGENT_ROWS = [
    (
        "濮阳华昌新材料年产5万吨改性树脂项目",
        "濮阳经济技术开发区",
        "开发区管委会",
        "赵磊",
        "市自然资源和规划局",
        "孙伟",
        "代办员未及时对接企业，建设用地规划许可申请材料两次被退回",
        "濮阳经济技术开发区管理委员会",
        date(2024, 7, 20),
        "已重新对接，规划许可已核发，整改完成",
    ),
    (
        "清丰县家居产业园二期标准化厂房项目",
        "清丰县",
        "清丰县产业集聚区管委会",
        "冯晓光",
        "市住房和城乡建设局",
        "韩冰",
        "施工图审查超出承诺时限12个工作日",
        "市住建局",
        date(2024, 8, 10),
        "正在整改",
    ),
    (
        "南乐县生物基材料产业化项目",
        "南乐县",
        "南乐县产业集聚区管委会",
        "魏刚",
        "市生态环境局",
        "田静",
        "环评审批帮办员未在工作群内回复企业咨询，企业反映3次未获答复",
        "市生态环境局",
        date(2024, 7, 10),
        "已约谈帮办员，建立群消息24小时回复制度，已整改",
    ),
    (
        "华龙区岳村商业综合体项目",
        "华龙区",
        "岳村镇",
        "马超",
        "市城市管理局",
        "吴凡",
        "代办员对项目审批进度不掌握，代办台账长期未更新",
        "华龙区岳村镇人民政府",
        date(2024, 8, 31),
        "未整改",
    ),
    (
        "范县农产品冷链物流中心项目",
        "范县",
        "范县产业集聚区管委会",
        "郑强",
        "国网濮阳供电公司",
        "高远",
        "用电报装接入超过承诺时限，项目无法按期试运行",
        "供电公司",
        date(2024, 7, 31),
        "",
    ),
    (
        "台前县汽车零部件智能制造项目",
        "台前县",
        "台前县产业集聚区管委会",
        "苏宁",
        "市发展和改革委员会",
        "谢峰",
        "项目备案信息变更需企业往返县、市两级提交纸质材料",
        "市发改委",
        date(2024, 9, 30),
        "已协调省投资项目在线审批监管平台开通网上变更，正在测试",
    ),
    (
        "濮阳县光伏组件生产线项目",
        "濮阳县",
        "濮阳县产业集聚区管委会",
        "黄磊",
        "市气象局",
        "罗佳",
        "防雷装置设计审核意见一次性告知不到位，企业先后补正三次",
        "市气象局",
        date(2024, 7, 25),
        "已整改，落实一次性告知",
    ),
]


def write_agent(path: Path) -> Path:
    b = Book(path, author="市优办")
    ws = b.sheet("督查通报")
    b.widths(ws, [6, 28, 14, 18, 8, 18, 8, 34, 22, 12, 26])
    b.line(ws, 0, "项目审批代办帮办工作督查情况通报表（7月）", 10, b.title)
    b.line(
        ws,
        1,
        "通报单位：濮阳市优化营商环境工作领导小组办公室    督查时间：2024年7月1日至7月12日",
        10,
    )
    for c, word in enumerate(["序号", "项目名称", "项目所在地"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 6, "代办帮办情况", b.head)
    b.header(ws, 3, ["代办单位", "代办员", "帮办部门", "帮办员"], first=3)
    b.merge(ws, 2, 7, 3, 7, "存在问题", b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改责任单位", "整改时限", "整改情况"], first=8)
    for i, row in enumerate(AGENT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(AGENT_ROWS)
    b.line(ws, end, "备注：本表根据7月代办帮办工作督查情况汇总，正反两方面典型案例另行通报。", 10)
    b.line(ws, end + 1, "填表人：蒋文静    联系电话：0393-6687013    填报日期：2024年7月29日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. “办不成事”反映窗口问题台账, after a county 政务服务中心's account of its “办不成事”反映窗口 (对群众反映的在窗口无法
# 办理的业务及时建立台账; 应办未办的3个工作日内限时解决; “完全不能”办理的2个工作日内由窗口回复当事人并做好解释
# 疏导; 每月通报; 帮办代办):
# https://news.xxrb.com.cn/html/2021/xianqu_0929/285334.html
# A CSV in GBK: a title line, a line stating the two time limits, one header line with the 受理日期 each row's
# working-day 办理时限 counts from, the complainant beside the 涉及部门, a 合计 line.
NOT_DONE_ROWS = [
    (
        "2024-07-01",
        "王女士",
        "办理公积金提取时系统提示婚姻信息不一致，无法提交申请",
        "市公积金中心",
        "应办未办",
        "3个工作日",
        "已协调民政婚姻数据核验，当日办结",
        "满意",
    ),
    (
        "2024-07-02",
        "李先生",
        "个体工商户注销后清税证明无法线上开具",
        "市税务局",
        "应办未办",
        "3个工作日",
        "已办结",
        "满意",
    ),
    (
        "2024-07-05",
        "张先生",
        "申请残疾人两项补贴时被要求提供已共享的户籍证明",
        "市民政局",
        "应办未办",
        "3个工作日",
        "已告知无需提供，共享数据正在补录",
        "",
    ),
    (
        "2024-07-09",
        "赵女士",
        "异地就医备案线上提交后超过5天未审核",
        "市医保局",
        "应办未办",
        "3个工作日",
        "",
        "",
    ),
    (
        "2024-07-12",
        "刘先生",
        "不动产权证补办要求提供原购房合同，开发企业已注销无法提供",
        "市不动产登记中心",
        "完全不能办理",
        "2个工作日",
        "已书面答复并解释，引导通过公告程序补办，已办结",
        "基本满意",
    ),
    (
        "2024-07-17",
        "孙女士",
        "新生儿医保参保登记需到两个窗口分别提交材料",
        "医保局",
        "应办未办",
        "3个工作日",
        "正在协调纳入出生一件事联办",
        "",
    ),
    (
        "2024-07-22",
        "周先生",
        "道路运输从业资格证换证须本人到场，在外务工无法返回办理",
        "交通运输局",
        "应办未办",
        "3个工作日",
        "逾期未办",
        "不满意",
    ),
    (
        "2024-07-24",
        "吴先生",
        "企业开户后社保登记信息未自动推送，需再次到人社窗口登记",
        "市人社局",
        "应办未办",
        "3个工作日",
        "已办结",
        "满意",
    ),
]


def write_not_done(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市行政服务中心“办不成事”反映窗口问题台账（2024年7月）"])
    w.writerow(["办理时限自受理之日起计算：应办未办的3个工作日内解决，完全不能办理的2个工作日内答复解释"])
    w.writerow(
        [
            "序号",
            "受理日期",
            "反映人",
            "反映问题",
            "涉及部门（窗口）",
            "问题类型",
            "办理时限",
            "办理结果",
            "回访情况",
        ]
    )
    for i, row in enumerate(NOT_DONE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本月受理8件", "", "", "", "已办结4件", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 惠企政策落实情况专项检查问题清单, after a city 纪委监委's 惠企政策落实情况专项检查 (任务细化为30大类91项，明确发改、
# 商务、市场监督管理、人社等29家涉企职能部门的工作责任和完成时限; 纳入派驻纪检监察组日常监督; 约谈提醒、纪律检查
# 建议书、监察建议书; 涉企问题线索快查快办):
# http://pinpai.smartjx.com/zixun/2021/1130/25303219.html
# An .xlsx: title, 填报单位 line, one header row with 检查类别, the 派驻纪检监察组 (the supervisor) and 处置方式
# beside the 责任部门, deadlines as text, a 说明 line and a signature line.
POLICY_ROWS = [
    (
        "政策梳理",
        "未对现行有效的省市惠企政策进行归集汇总，政策专区仅发布3项",
        "市工信局",
        "派驻第三纪检监察组",
        "约谈提醒",
        "2024年8月31日",
        "已完成政策梳理，待审核后发布",
    ),
    (
        "政策宣传",
        "失业保险稳岗返还政策未在办事场所公开，企业知晓率低",
        "市人力资源社会保障局",
        "派驻第五纪检监察组",
        "约谈提醒",
        "2024年7月15日",
        "已在政务大厅和部门网站公开，整改完成",
    ),
    (
        "政策兑现",
        "创业担保贷款贴息政策照抄上级文件，未制定本地操作细则",
        "市财政局",
        "派驻第二纪检监察组",
        "纪律检查建议书",
        "2024年9月30日",
        "未启动",
    ),
    (
        "代办帮办",
        "减免类惠企政策未提供代办帮办服务，企业需往返多个部门",
        "市政务服务中心",
        "派驻第一纪检监察组",
        "约谈提醒",
        "2024年7月31日",
        "",
    ),
    (
        "政策执行",
        "个体工商户房屋租金减免政策执行中标准一变再变",
        "市市场监管局",
        "派驻第四纪检监察组",
        "监察建议书",
        "2024年8月15日",
        "已统一执行标准，正在对已办理事项复核",
    ),
    (
        "诉求受理",
        "外贸企业出口信用保险保费补贴咨询电话长期无人接听",
        "市商务局",
        "派驻第四纪检监察组",
        "约谈提醒",
        "2024年7月10日",
        "已更换咨询电话并安排专人值守，整改完成",
    ),
    (
        "免申即享",
        "高新技术企业认定奖励未实行免申即享，仍要求企业重复提交认定证书",
        "市科技局",
        "派驻第三纪检监察组",
        "纪律检查建议书",
        "2024年10月31日",
        "已与税务部门对接数据，比对功能正在开发",
    ),
    (
        "政策兑现",
        "农业产业化龙头企业奖补资金兑现滞后，7家企业跨年未兑现",
        "市农业局",
        "派驻第六纪检监察组",
        "约谈提醒",
        "长期",
        "已建立按季度兑现机制，常态化推进",
    ),
]


def write_policy(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 40, 18, 18, 14, 14, 30])
    b.line(ws, 0, "惠企政策落实情况专项检查问题清单（第二批）", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市优化营商环境工作领导小组办公室    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "检查类别", "发现问题", "责任部门", "监督单位", "处置方式", "整改完成时限", "整改进展"],
    )
    for i, row in enumerate(POLICY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POLICY_ROWS)
    b.line(
        ws,
        end,
        "说明：监督单位为市纪委监委派驻纪检监察组；处置方式分约谈提醒、纪律检查建议书、监察建议书三类。",
        7,
    )
    b.line(ws, end + 1, "填表人：石磊    审核人：冯雪    联系电话：0393-8995120", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 工程建设项目“全流程帮办代办”问题台账 (two returns in one zip), after a district 行政审批局's 工程建设项目“全流程
# 帮办代办”服务机制 (项目建设综合窗口人员和相关部门“首席服务员”组成服务队伍; 一次性告知、“一企一案”、联合预审会;
# 在线办事流程可视化、图形化流程展示; 评价与反馈机制):
# https://www.liangzh.gov.cn/lzhxxgk/bmptlj/qzbm/lzhqxzspj/fdzdgknr/qtzdgk/202410/t20241030_660097.html
# A .zip holding an .xlsx from one district (the 首席服务员's 部门 beside an explicit 责任单位) and a .docx with a table
# from a county bureau whose rows name only its own 股室.
HUALONG_ROWS = [
    (
        "华龙区胜利路社区综合服务中心",
        "华龙区胜利路街道办事处",
        "分阶段施工许可",
        "项目单位对分阶段施工许可申报材料不清楚，窗口未出具一次性告知单",
        "区住建局 王凯",
        "华龙区住房和城乡建设局",
        "出具一次性告知单，指导补齐材料",
        "2024年7月12日",
        "已办结",
    ),
    (
        "华龙区实验小学改扩建项目",
        "华龙区教育局",
        "联合预审",
        "联合预审会后各部门审查意见未汇总反馈项目单位",
        "区行政审批局 刘敏",
        "华龙区行政审批和政务信息管理局",
        "汇总审查意见，一次性反馈",
        "7月底前",
        "正在汇总",
    ),
    (
        "华龙区豫东物流园项目",
        "濮阳豫东物流有限公司",
        "临时用电接入",
        "临时用电接入办理时间超过承诺时限",
        "供电公司 张彬",
        "濮阳供电公司",
        "压缩接电时限，专人跟踪",
        "2024年8月20日",
        "",
    ),
    (
        "华龙区锦华苑商住项目",
        "濮阳锦华置业有限公司",
        "竣工联合验收",
        "人防工程验收未纳入联合验收，需项目单位单独申请",
        "区人防办 李浩",
        "华龙区人民防空办公室",
        "将人防验收纳入联合验收",
        "2024年9月30日",
        "未启动",
    ),
]
PUYANG_COUNTY_ROWS = [
    (
        "综合窗口对工业项目的“一企一案”服务方案未建档",
        "项目审批股",
        "逐项目建立服务档案",
        "2024年7月19日",
        "已建档，整改完成",
    ),
    ("在线办事流程未进行图形化展示", "政务服务股", "制作并公布图形化流程", "8月31日前", "正在制作"),
    ("帮办代办服务结束后无评价回访", "综合窗口", "建立服务评价与回访机制", "长期坚持", "长期坚持"),
    (
        "各部门首席服务员名单未公示，企业找不到对接人",
        "政务服务股",
        "公示首席服务员名单及电话",
        "2024年7月10日",
        "",
    ),
]


def write_hualong_book(path: Path) -> Path:
    b = Book(path, author="华龙区行政审批局")
    ws = b.sheet("帮办代办问题台账")
    b.widths(ws, [6, 26, 22, 14, 36, 18, 24, 24, 14, 12])
    b.line(ws, 0, "华龙区工程建设项目全流程帮办代办问题台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区行政审批和政务信息管理局    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "项目单位",
            "帮办事项",
            "存在问题",
            "首席服务员",
            "责任单位",
            "解决措施",
            "计划完成时间",
            "办理进度",
        ],
    )
    for i, row in enumerate(HUALONG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HUALONG_ROWS), "填表人：刘敏    联系电话：0393-8326610", 9)
    return b.close()


def write_county_docx(path: Path) -> Path:
    doc = _new_document("政务服务股")
    _title(doc, "濮阳县工程建设项目帮办代办问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县行政审批和政务信息管理局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(PUYANG_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "问题表现", "责任股室", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：郝婷    联系电话：0393-3236602", 12)
    return _save_fixed(doc, path)


def write_agent_zip(path: Path) -> Path:
    members = [
        ("华龙区工程建设项目全流程帮办代办问题台账.xlsx", write_hualong_book),
        ("濮阳县工程建设项目帮办代办问题整改情况.docx", write_county_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 惠企政策“直达快享”督查问题清单, after a province's 惠企政策“直达快享”工作方案 (政策执行部门梳理形成惠企政策兑现
# 工作手册和申兑指南，2024年5月底前全面完成梳理发布，新出台政策7个工作日内发布; “快申快享”原则上60个工作日内兑现;
# 政务服务大厅设立惠企政策专窗; 企业标签体系、精准推送; 12345和“办不成事”反映窗口):
# http://sme-s.com/page303?article_id=11407&pagenum=2
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 督查时间 line, a table with 执行部门 and 政策名称
# beside the problem, deadlines as dates and 常态化推进, a note and the 督查组 at the foot.
DIRECT_ROWS = [
    (
        "市工信局",
        "中小企业数字化转型奖补",
        "未按期梳理发布惠企政策兑现工作手册和申兑指南",
        "立即补发工作手册和申兑指南",
        "2024年7月20日",
        "已发布",
    ),
    (
        "市人社局",
        "一次性扩岗补助",
        "“快申快享”事项兑现超过60个工作日，最长达97个工作日",
        "清理积压申请，压缩兑现时间",
        "2024年8月31日",
        "正在清理积压申请",
    ),
    (
        "市行政服务中心",
        "（综合）",
        "政务服务大厅未设立惠企政策专窗，企业申报需分头找部门",
        "设立惠企政策专窗，实行一窗受理",
        "2024年7月31日",
        "未整改",
    ),
    (
        "市商务局",
        "限上商贸企业入库奖励",
        "新出台政策未在7个工作日内发布申兑指南",
        "及时发布申兑指南",
        "2024年7月15日",
        "已发布，经复查合格",
    ),
    (
        "市科技局",
        "企业研发投入后补助",
        "具备免申即享条件的政策仍要求企业自行申报",
        "纳入免申即享清单",
        "2024年10月31日",
        "",
    ),
    (
        "市文广旅局",
        "旅行社招徕游客奖励",
        "申兑指南未明确咨询电话和受理地址",
        "补充完善申兑指南要素",
        "2024年7月25日",
        "已补充完善",
    ),
    (
        "市市场监管局",
        "（综合）",
        "企业信息库市场主体登记信息更新滞后，政策推送不精准",
        "按月更新企业标签",
        "常态化推进",
        "按月更新，常态化推进",
    ),
]


def write_direct_docx(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "惠企政策“直达快享”落实情况督查问题清单", 18)
    _paragraph(doc, "督查时间：2024年7月8日至12日    整改进展填报截至：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(DIRECT_ROWS, 1)]
    _table(doc, ["序号", "执行部门", "政策名称", "存在问题", "整改要求", "整改时限", "整改进展"], body)
    _paragraph(doc, "注：整改进展由各执行部门填报，市政府督查局汇总。", 12)
    _paragraph(doc, "市政府督查局第二督查组", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_direct(path: Path) -> Path:
    return via_soffice(write_direct_docx, path, "doc", "惠企政策直达快享督查问题清单.docx")


FILES = [
    ("2024年“高效办成一件事”重点主题问题督办台账.xlsx", write_one_thing),
    ("濮阳县乡镇便民服务中心集中整治专项督查问题整改台账.xls", write_towns),
    ("市工业和信息化局关于惠企资金申领兑现督查反馈问题整改情况的报告.docx", write_fund),
    ("惠企纾困政策落实情况专项审计调查发现问题整改台账.et", write_audit),
    ("市行政服务中心“放管服”改革专项巡察反馈问题整改情况报告.doc", write_patrol),
    ("项目审批代办帮办工作督查情况通报表（7月）.xlsx", write_agent),
    ("“办不成事”反映窗口问题台账（2024年7月）.csv", write_not_done),
    ("惠企政策落实情况专项检查问题清单（第二批）.xlsx", write_policy),
    ("工程建设项目全流程帮办代办问题台账（华龙区、濮阳县）.zip", write_agent_zip),
    ("惠企政策直达快享落实情况督查问题清单.wps", write_direct),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

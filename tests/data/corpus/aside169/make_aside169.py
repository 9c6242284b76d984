"""Write the aside169 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 道路交通安全与交通运输执法 — 网约车合规化, 驾培机构整治 (two), 危险货物道路运输“四必查”, 汽车客运站安全检查,
旅游包车联合执法, 道路交通安全和运输执法领域突出问题专项整治, 规范执法大检查, 治理超限超载抄告, 道路运输安全大排查大整治.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), a CSV in UTF-8 with a BOM,
a .docx whose items are numbered paragraphs, a .doc with a table (Word 97 via LibreOffice) and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31; every date inside the files is fixed.
Run from this folder: python make_aside169.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter) with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "font_name": "宋体", "align": "center", "valign": "vcenter"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
                "bg_color": "#D9D9D9",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.section = add({"border": 1, "bold": True, "valign": "vcenter", "font_name": "宋体"})

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
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day)
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
    """LibreOffice --convert-to, with a private profile (the older copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice and keep it under path."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents: python-docx with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(author: str):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


# ---------------------------------------------------------------------------------------------
# 1. 网约车合规化专项治理约谈, after a city 交通运输局's 约谈会 of the 14 网约车平台公司 in its城区 (订单合规率排名靠后的
# 平台暂停业务责令整改; 线上线下服务能力达不到要求的平台限期整改到位; 为期四个月的网约车合规化专项整治行动):
# https://fx168cj.com/article/306709
# An .xlsx: title, a line with the 约谈单位, the 约谈时间 and the base date of “30日内”, one header row with the 平台公司 as
# the unit beside its 6月订单合规率 and the 处理意见 (暂停业务责令整改 / 限期整改), a 注 line and a 填表人 line.
RIDE_ROWS = [
    (
        "畅途出行科技有限公司濮阳分公司",
        "31.2%",
        "订单合规率全市排名末位，大量向未取得网约车运输证的车辆派单",
        "暂停业务，责令整改",
        "2024年8月31日",
        "已暂停新增车辆接入，正在清退不合规车辆",
        "高宏伟",
    ),
    (
        "快客约车（河南）网络科技有限公司濮阳分公司",
        "38.5%",
        "接入驾驶员中未取得网约车驾驶员证的占比超过四成",
        "暂停业务，责令整改",
        "30日内",
        "已清退无证驾驶员312名，经市交通运输局核查整改到位",
        "刘晓东",
    ),
    (
        "豫易达出行服务有限公司",
        "72.4%",
        "未在本市设立线下服务机构，乘客投诉无人受理",
        "限期整改",
        "30日内",
        "未整改",
        "孟凡",
    ),
    (
        "如意约车科技有限公司濮阳分公司",
        "80.1%",
        "未按规定向监管平台实时传输订单数据，数据缺失率达17%",
        "限期整改",
        "2024.7.25",
        "数据接口已改造完成，经监管平台核验合格",
        "陈思远",
    ),
    (
        "顺风行网约车服务（濮阳）有限公司",
        "65.0%",
        "线上登记车辆与线下实际运营车辆不一致，存在人车不符",
        "限期整改",
        "30日内",
        "",
        "杨帆",
    ),
    (
        "聚优打车信息技术有限公司",
        "—",
        "作为聚合平台未核验接入的网约车平台公司经营许可",
        "限期整改",
        "2024年8月15日",
        "正在与接入平台逐一核验许可信息",
        "周楠",
    ),
    (
        "安程出行科技有限公司濮阳分公司",
        "85.6%",
        "车内一键报警、行程录音功能未全覆盖",
        "限期整改",
        "9月底前",
        "已完成整改方案，正在分批升级车载终端",
        "许亮",
    ),
    (
        "城际快车（濮阳）网约车有限公司",
        "58.7%",
        "以“会员费”名义向驾驶员收费，诱导驾驶员带车加盟",
        "约谈警示，立行立改",
        "立行立改",
        "已停止收取会员费，已收取的费用全部退还",
        "韩冰",
    ),
]


def write_ride(path: Path) -> Path:
    b = Book(path, author="客运管理科")
    ws = b.sheet("约谈整改清单")
    b.widths(ws, [6, 30, 10, 40, 18, 14, 34, 10])
    b.line(ws, 0, "濮阳市网约车合规化专项治理约谈平台公司问题整改清单", 7, b.title)
    b.line(
        ws,
        1,
        "约谈单位：濮阳市交通运输局    约谈时间：2024年7月9日    整改时限为“30日内”的，自约谈之日起计算",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "平台公司", "6月订单合规率", "存在问题", "处理意见", "整改时限", "整改进展", "平台联系人"],
    )
    for i, row in enumerate(RIDE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RIDE_ROWS)
    b.line(ws, end, "注：订单合规率为全国网约车监管信息交互平台2024年6月数据；聚合平台不计算订单合规率。", 7)
    b.line(ws, end + 1, "填表人：孔令杰    联系电话：0393-8992157    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 驾驶员培训机构专项整治, after a city 运管处's 专项整治 of the 驾驶员培训机构 (超规模招生的停止招生，逾期整改不合格的
# 继续停止招生; 虚假上报培训信息、为学员办理培训考试的机构与实际带教不一致、未按规定开展《培训记录》审核; 无证带教、
# 使用社会车辆培训; 集中整治阶段之后转入常态管理):
# http://xmwb.xinmin.cn/html/2018-05/25/content_9_3.htm
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 over 整改结果 and 复查意见), the 县（区） merged down the rows
# of its schools, a 合计 row and a signature line.
SCHOOL_ROWS = [
    (
        "华龙区",
        "濮阳市安达机动车驾驶员培训有限公司",
        "超规模招生",
        "招生人数超出核定培训能力，在培学员积压2100余人",
        "停止招生，限期整改",
        "2024年8月31日",
        "已停止招生，正在补充教练车12辆",
        "",
    ),
    (
        "华龙区",
        "濮阳市鸿运机动车驾驶员培训学校",
        "经营管理",
        "未与学员签订培训合同，收取培训费未开具票据",
        "责令整改",
        "2024.7.12",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳县",
        "濮阳县通达机动车驾驶员培训有限公司",
        "弄虚作假",
        "向计时培训监管平台虚假上报学员培训学时",
        "立案调查，责令整改",
        "2024.7.20",
        "已整改，已依法处罚",
        "复查合格",
    ),
    (
        "清丰县",
        "清丰县顺风机动车驾驶员培训学校",
        "弄虚作假",
        "为学员办理考试的培训机构与实际带教机构不一致",
        "责令整改",
        "7月底前",
        "未整改",
        "",
    ),
    (
        "南乐县",
        "南乐县明星机动车驾驶员培训有限公司",
        "培训记录",
        "未按规定开展《培训记录》审核，结业考核员未签字",
        "责令整改",
        "2024.7.15",
        "已整改",
        "复查合格",
    ),
    (
        "范县",
        "范县金鹰机动车驾驶员培训学校",
        "非法培训",
        "教练员无证带教",
        "责令整改，依法罚款",
        "2024年8月10日",
        "",
        "",
    ),
    (
        "台前县",
        "台前县平安机动车驾驶员培训有限公司",
        "非法培训",
        "使用未备案的社会车辆开展驾驶培训",
        "责令停用，限期整改",
        "2024.7.25",
        "已停用社会车辆，正在办理教练车备案",
        "",
    ),
    (
        "开发区",
        "濮阳市众诚机动车驾驶员培训有限公司",
        "信息报送",
        "未按月报送学员报名培训信息",
        "建立月报制度",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="驾培管理科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 10, 32, 12, 36, 18, 14, 28, 12])
    b.line(ws, 0, "濮阳市机动车驾驶员培训机构专项整治发现问题整改情况汇总表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输局（驾培管理科）    填报时间：2024年7月30日", 8)
    for c, word in enumerate(
        ["序号", "县（区）", "培训机构名称", "问题类型", "问题描述", "处理措施", "整改期限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改结果", "复查意见"], first=7)
    first = 4
    for i, row in enumerate(SCHOOL_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    # the 县（区） column, merged down the rows of each county
    start = 0
    for i in range(1, len(SCHOOL_ROWS) + 1):
        if i == len(SCHOOL_ROWS) or SCHOOL_ROWS[i][0] != SCHOOL_ROWS[start][0]:
            b.merge(ws, first + start, 1, first + i - 1, 1, SCHOOL_ROWS[start][0], b.center)
            start = i
    end = first + len(SCHOOL_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, 8, "检查培训机构46家，发现问题8个，停止招生1家，立案查处1家")
    b.line(ws, end + 2, "科室负责人：田广生    填表人：姚丹丹    联系电话：0393-8992203", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 驾校检查发现问题整改情况报告, after a district 公路运输管理所's check of the 驾驶培训学校 in its area (是否按照部颁
# 教学大纲施教、《培训记录》签署、教练员教练车台帐档案、教练车喷印企业名称和运政监督电话、安全措施; 教练员脱岗,
# 教练车未喷印车辆标志, 台帐档案不规范, 结业考核员未签字; 责成有关驾校限时专人整改，到时重新检查):
# http://chinarta.com/html/2012-5/201253155733.htm
# A .docx: a county 交通运输局's report to the city bureau, preamble, the problems as numbered paragraphs each naming the
# school, the problem, the 整改时限 and the 整改情况 in sentences, a closing paragraph, the office and date at the foot.
TRAIN_PARAS = [
    (
        "1．濮阳县安顺机动车驾驶员培训学校：部分教练员上班时间脱岗，学员自行练车无人带教。要求7月15日前整改到位。"
        "整改情况：已对3名脱岗教练员停岗学习，建立教练员每日考勤制度，整改完成。"
    ),
    (
        "2．濮阳县华通机动车驾驶员培训有限公司：6辆教练车未喷印企业名称和运政监督电话。要求7月20日前整改到位。"
        "整改情况：已喷印4辆，其余2辆正在喷印。"
    ),
    (
        "3．濮阳县顺达机动车驾驶员培训学校：教练员、教练车台账档案不规范，部分教练员档案缺少教练员证复印件。"
        "要求7月31日前整改到位。整改情况：尚未开展整改。"
    ),
    (
        "4．濮阳县金盾机动车驾驶员培训有限公司：《培训记录》结业考核栏考核员未签字，涉及学员46名。"
        "要求7月20日前整改到位。整改情况：已全部补签，经我局复查合格。"
    ),
    (
        "5．濮阳县平安机动车驾驶员培训学校：未按部颁教学大纲施教，科目三安全文明驾驶常识课学时不足。"
        "要求8月31日前整改到位。"
    ),
    (
        "6．濮阳县鑫路机动车驾驶员培训有限公司：训练场地消防器材配备不足，部分灭火器过期失效。"
        "要求7月12日前整改到位。整改情况：已更换灭火器8具，整改完成。"
    ),
    (
        "7．濮阳县通顺机动车驾驶员培训学校：教练车副制动装置定期检查制度落实不到位。整改要求：每周检查一次并登记，"
        "长期坚持。整改情况：已建立周检登记制度，长期坚持。"
    ),
]


def write_train(path: Path) -> Path:
    doc = _new_document("运输管理股")
    _title(doc, "濮阳县交通运输局关于驾驶员培训机构专项检查发现问题整改情况的报告")
    _paragraph(doc, "市交通运输局：")
    _paragraph(
        doc,
        "根据市局《关于开展驾驶员培训机构规范化管理专项检查的通知》要求，7月1日至7月10日，我局对全县9家驾驶员"
        "培训机构进行了全面检查，重点检查是否按照教学大纲施教、《培训记录》签署、教练员和教练车档案建立、教练车"
        "标识喷印、安全措施落实等情况，共发现问题7个，已责成各驾校限时专人整改。现将问题及整改情况报告如下：",
        indent=True,
    )
    for text in TRAIN_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(
        doc,
        "下一步，我局将对未整改到位的驾校开展复查，对逾期不整改的依法依规处理，并将检查结果纳入驾校质量信誉考核。",
        indent=True,
    )
    _paragraph(doc, "濮阳县交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 危险货物道路运输“四必查”联合执法, after a county-level city's joint action of 安监、交通、工商质监、交警 (检查爆破
# 公司、充气站; 制度落实、安全巡查、消防培训、车辆《道路运输证》、驾驶人和押运人员从业资格证; 当即下达整改指令书
# 并限期整改到位):
# http://huazhong.cwestc.com/news/show-10289.html
# An .xls (xlwt): title, 填报单位 and 联合检查部门 line, a two-row header (整改指令书 over 编号, 下达日期 and 整改期限（天）),
# the 检查部门 (an inspector) beside the 被检查单位, a 复查结论 column, a 合计 row, a 注 line and a 填表人 line.
HAZMAT_ROWS = [
    (
        "濮阳市恒安危险货物运输有限公司",
        "运输企业",
        "市交通运输局",
        "2辆危货运输车辆《道路运输证》年审逾期",
        "濮交危改〔2024〕21号",
        date(2024, 7, 8),
        10,
        "已完成年审",
        "复查合格",
    ),
    (
        "濮阳市中原气体充装有限公司",
        "充装单位",
        "市市场监督管理局",
        "充装前未查验押运人员从业资格证",
        "濮交危改〔2024〕22号",
        date(2024, 7, 8),
        15,
        "已建立“四必查”查验登记制度",
        "复查合格",
    ),
    (
        "濮阳市龙丰化工有限公司",
        "装货单位",
        "市应急管理局",
        "装货现场未查验危险货物电子运单",
        "濮交危改〔2024〕23号",
        date(2024, 7, 9),
        15,
        "正在组织装卸管理人员培训",
        "",
    ),
    (
        "濮阳市宏达爆破工程有限公司",
        "运输企业",
        "市公安局交通管理支队",
        "民用爆炸物品运输车辆未按核定路线行驶",
        "濮交危改〔2024〕24号",
        date(2024, 7, 9),
        7,
        "未整改",
        "",
    ),
    (
        "濮阳市安顺物流有限公司",
        "运输企业",
        "市交通运输局",
        "动态监控人员未对超速报警车辆及时提醒处置",
        "濮交危改〔2024〕25号",
        date(2024, 7, 10),
        15,
        "",
        "",
    ),
    (
        "濮阳市鑫源燃气有限公司充装站",
        "充装单位",
        "市应急管理局",
        "员工消防培训记录缺失，部分员工不会使用消防器材",
        "濮交危改〔2024〕26号",
        date(2024, 7, 10),
        30,
        "已组织消防培训一次，正在完善培训档案",
        "",
    ),
    (
        "濮阳市昌盛危货运输有限公司",
        "运输企业",
        "市市场监督管理局",
        "罐车罐体检验合格证过期",
        "濮交危改〔2024〕27号",
        date(2024, 7, 11),
        20,
        "罐体已送检，取得新的检验合格证",
        "复查合格",
    ),
]


def _xf(bold=False, border=True, center=False, wrap=True, size=11, day=False):
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
    if day:
        style.num_format_str = "yyyy-mm-dd"
    return style


def write_hazmat(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("四必查整改台账")
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr, d = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(center=True, day=True)
    plain = _xf(border=False)
    for col, width in enumerate([6, 30, 10, 18, 36, 22, 12, 10, 30, 10]):
        ws.col(col).width = width * 256
    ws.write_merge(0, 0, 0, 9, "危险货物道路运输“四必查”联合执法检查问题整改台账", t)
    ws.write_merge(
        1,
        1,
        0,
        9,
        "填报单位：濮阳市交通运输局（盖章）    联合检查部门：市应急管理局、市交通运输局、市市场监督管理局、"
        "市公安局交通管理支队    填报日期：2024年7月29日",
        plain,
    )
    for col, word in enumerate(["序号", "被检查单位", "单位类别", "检查部门", "检查发现问题"]):
        ws.write_merge(2, 3, col, col, word, h)
    ws.write_merge(2, 2, 5, 7, "整改指令书", h)
    for col, word in enumerate(["编号", "下达日期", "整改期限（天）"], start=5):
        ws.write(3, col, word, h)
    ws.write_merge(2, 3, 8, 8, "整改完成情况", h)
    ws.write_merge(2, 3, 9, 9, "复查结论", h)
    for i, row in enumerate(HAZMAT_ROWS, 1):
        r = 3 + i
        ws.write(r, 0, i, ctr)
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                ws.write(r, col, datetime(v.year, v.month, v.day), d)
            else:
                ws.write(r, col, v, ctr if col in (2, 7, 9) else c)
    r = 4 + len(HAZMAT_ROWS)
    ws.write_merge(r, r, 0, 1, "合计", h)
    ws.write_merge(r, r, 2, 9, "检查单位7家，下达整改指令书7份", c)
    ws.write_merge(r + 1, r + 1, 0, 9, "注：整改期限自整改指令书下达之日起计算。", plain)
    ws.write_merge(r + 2, r + 2, 0, 9, "填表人：焦永刚    审核人：范立群    联系电话：0393-8992318", plain)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 汽车客运站安全检查整改, after a 运管所's check of two 汽车站 (制度建设、机构设置、人员配备、安全例检、危险品查堵、
# 隐患排查治理、责任状签订、消防设施配备、车辆动态监控、安全带安装及使用、安全告知制度落实; 旅客未系安全带出站;
# 下达整改通知书; “三不进站、六不出站”):
# http://www.chinarta.com/html/2013-2/2013228110548.htm
# An .et (Excel 97 via LibreOffice): the station's own return — title, a line with the station, the 检查单位, the
# 检查日期 and the 整改通知书, one header row with the 检查项目 merged down its rows, the station's own 部门 as 责任部门,
# a signature line.
STATION_ROWS = [
    (
        "安全例检",
        "例检员仅2人，发车高峰时段例检不到位",
        "增配例检员2名",
        "安全例检站",
        "2024.7.31",
        "已招聘1名，另1名正在招聘",
    ),
    (
        "安全例检",
        "例检记录中车辆灯光检查项未逐项签字",
        "规范填写例检记录单",
        "安全例检站",
        "立行立改",
        "已整改",
    ),
    (
        "危险品查堵",
        "进站口行包安检机操作员无培训合格证",
        "组织安检员参加培训取证",
        "安检科",
        "2024年8月31日",
        "已报名参加8月份培训",
    ),
    (
        "危险品查堵",
        "小件快运托运未实行实名登记",
        "托运实行实名登记并查验证件",
        "票务中心",
        "2024.7.15",
        "已整改，复查合格",
    ),
    ("出站检查", "部分班车出站时旅客未系安全带", "出站口设专人检查安全带", "调度室", "立行立改", ""),
    ("消防设施", "候车厅2处消火栓箱被广告牌遮挡", "拆除遮挡物", "综合办公室", "2024.7.12", "已拆除"),
    (
        "动态监控",
        "监控人员夜间脱岗，未及时提醒疲劳驾驶",
        "落实24小时值守",
        "动态监控中心",
        "长期坚持",
        "长期坚持",
    ),
    ("安全告知", "部分班车发车前未播放安全告知", "发车前统一播放安全告知", "调度室", "2024.7.20", "未整改"),
]


def write_station_book(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 36, 26, 14, 14, 26])
    b.line(ws, 0, "汽车客运站安全生产检查发现问题整改落实表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市汽车客运东站有限公司    检查单位：濮阳市交通运输综合行政执法支队    检查日期：2024年7月11日"
        "    整改通知书：濮交执改〔2024〕17号",
        6,
    )
    b.header(ws, 2, ["序号", "检查项目", "存在问题", "整改措施", "责任部门", "整改时限", "整改落实情况"])
    first = 3
    for i, row in enumerate(STATION_ROWS):
        b.put(ws, first + i, 0, i + 1, b.center)
        b.row(ws, first + i, list(row[1:]), first=2)
    start = 0
    for i in range(1, len(STATION_ROWS) + 1):
        if i == len(STATION_ROWS) or STATION_ROWS[i][0] != STATION_ROWS[start][0]:
            b.merge(ws, first + start, 1, first + i - 1, 1, STATION_ROWS[start][0], b.center)
            start = i
    end = first + len(STATION_ROWS)
    b.line(
        ws,
        end + 1,
        "站长：冯国庆    安全科长：魏建华    填表人：常晓燕    联系电话：0393-4418806    日期：2024年7月25日",
        6,
    )
    return b.close()


def write_station(path: Path) -> Path:
    return via_soffice(write_station_book, path, "xls", "汽车客运站安全生产检查发现问题整改落实表.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 旅游包车客运联合执法检查, after a city 旅游委's joint check with the 运管局 of the tour buses at the scenic spots'
# car parks (随机抽查10辆旅游客运车辆, 省外2辆，省内8辆; 灭火器配置、客运安全带、导游专座标识、车辆运行线路许可、
# 包车合同; 没有导游专座标识的登记，未随车携带线路许可的暂扣行驶证):
# https://cdjiya.com/html/sitegrouproothtml40288177343d8543013455d069cb16f920180716090179252.html
# A CSV in UTF-8 with a BOM: title line, 检查单位/检查时间 line, a line stating the base date of “N日内”, one header line
# with the 所属客运企业 (the unit) and its 车籍, a 合计 line and a 检查人员 line.
BUS_ROWS = [
    (
        "戚城景区停车场",
        "豫J·T1082",
        "濮阳市龙都旅游客运有限公司",
        "本市",
        "未设置导游专座标识",
        "责令整改",
        "3日内",
        "已设置导游专座标识",
    ),
    (
        "戚城景区停车场",
        "豫G·K3356",
        "新乡市豫北旅游汽车有限公司",
        "省内",
        "未随车携带包车客运标志牌",
        "暂扣行驶证",
        "7日内",
        "已补办包车客运标志牌，行驶证已发还",
    ),
    (
        "中华第一龙景区停车场",
        "豫J·T2217",
        "濮阳市龙都旅游客运有限公司",
        "本市",
        "车内灭火器压力不足",
        "责令整改",
        "3日内",
        "",
    ),
    (
        "单拐革命旧址停车场",
        "豫J·T5590",
        "清丰县通达客运有限公司",
        "本市",
        "驾驶员未随车携带从业资格证",
        "批评教育，责令整改",
        "立行立改",
        "已整改",
    ),
    (
        "绿色庄园停车场",
        "鲁P·C8821",
        "聊城市运兴旅游客运有限公司",
        "省外",
        "包车合同约定线路与实际运行线路不符",
        "立案调查",
        "2024年7月31日",
        "正在调查处理",
    ),
    (
        "中华第一龙景区停车场",
        "豫J·T3306",
        "濮阳市金龙旅游汽车有限公司",
        "本市",
        "乘客座椅安全带损坏3处",
        "责令整改",
        "7日内",
        "未整改",
    ),
    (
        "张挥公园停车场",
        "豫J·T4418",
        "濮阳市金龙旅游汽车有限公司",
        "本市",
        "未按规定开启车载卫星定位装置",
        "责令整改",
        "2024年7月20日",
        "正在维修车载终端",
    ),
]


def write_bus(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["暑期旅游包车客运市场联合执法检查问题登记表"])
    w.writerow(
        ["检查单位：濮阳市文化广电和旅游局、濮阳市交通运输综合行政执法支队    检查时间：2024年7月13日"]
    )
    w.writerow(["整改期限为“N日内”或“立行立改”的，自检查之日起计算"])
    w.writerow(
        [
            "序号",
            "检查地点",
            "车牌号码",
            "所属客运企业",
            "车籍",
            "发现问题",
            "现场处理",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(BUS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "抽查旅游客运车辆15辆", "", "", "", "发现问题7个", "暂扣行驶证1本，立案1起", "", ""])
    w.writerow(["检查人员：牛振华、贾丽萍、石磊    记录人：贾丽萍"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 道路交通安全和运输执法领域突出问题专项整治问题线索, after a city's 工作机制 for that campaign (信息周报、工作月报;
# 线索处置机制: 登记、移送交办、核查、复核; 整治销号机制: 复核认定属实的限期整治，市专项办书面或实地核查，验收认定
# 后予以销号; 督导督察: 函询约谈、通报批评、挂牌督办):
# http://szb.jsw.com.cn/ZJRB/PC/content/202305/11/content_249906.html
# An .xlsx: title, 填报单位 line (the 专项办), a two-row header (线索处置 over 登记日期, 交办日期, 承办单位, 核查结论;
# 整治销号 over 整治措施, 整治时限, 整治进展, 销号情况), 整治时限 partly in working days from the 交办日期, short names
# of the 承办单位, a 说明 line and a signature line.
CLUE_ROWS = [
    (
        "ZX2024-031",
        "12345热线",
        "反映胜利路与京开大道交叉口货车闯红灯多发，交警查处不力",
        date(2024, 7, 1),
        date(2024, 7, 2),
        "市交警支队",
        "属实",
        "增设电子抓拍设备，加强高峰时段路面巡逻",
        "15个工作日",
        "电子抓拍设备已安装启用",
        "已销号",
    ),
    (
        "ZX2024-032",
        "12328热线",
        "反映执法人员在国道106线查车时态度粗暴、未出示执法证件",
        date(2024, 7, 2),
        date(2024, 7, 3),
        "市交通运输综合行政执法支队",
        "部分属实",
        "对涉事执法人员批评教育，开展文明执法培训",
        "2024年7月20日",
        "已完成全员文明执法培训",
        "已销号",
    ),
    (
        "ZX2024-033",
        "信访件",
        "反映交通违法记分满分学习考试预约难、排队时间长",
        date(2024, 7, 3),
        date(2024, 7, 4),
        "市交警支队",
        "属实",
        "增加学习考试场次，推行网上预约",
        "8月底前",
        "正在开发网上预约功能",
        "未销号",
    ),
    (
        "ZX2024-034",
        "新闻媒体",
        "媒体曝光城区公交站点附近出租车长时间滞留揽客，执法部门长期不管",
        date(2024, 7, 5),
        date(2024, 7, 8),
        "市交通局",
        "属实",
        "开展出租车站点周边秩序专项整治",
        "15个工作日",
        "",
        "",
    ),
    (
        "ZX2024-035",
        "12389平台",
        "反映濮阳县交警大队办理交通事故认定超期",
        date(2024, 7, 8),
        date(2024, 7, 9),
        "濮阳县公安局交通管理大队",
        "属实",
        "对超期案件逐案清理，限期作出认定",
        "2024年7月31日",
        "未整改",
        "未销号",
    ),
    (
        "ZX2024-036",
        "12345热线",
        "反映公交车驾驶员到站不停、甩站",
        date(2024, 7, 9),
        date(2024, 7, 10),
        "市公交公司",
        "属实",
        "对涉事驾驶员停岗培训，加装到站语音提醒",
        "2024.7.25",
        "已整改",
        "已销号",
    ),
    (
        "ZX2024-037",
        "自查发现",
        "超限超载非现场执法案件告知不及时，当事人逾期不知情",
        date(2024, 7, 10),
        date(2024, 7, 11),
        "市交通运输综合行政执法支队",
        "属实",
        "建立非现场执法短信告知机制",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "ZX2024-038",
        "12328热线",
        "反映网约车被执法暂扣后长时间不予处理",
        date(2024, 7, 12),
        date(2024, 7, 15),
        "华龙区交通运输综合行政执法大队",
        "部分属实",
        "规范暂扣车辆处理流程，限时办结",
        "10个工作日",
        "已制定暂扣车辆处理流程，正在清理积压案件",
        "未销号",
    ),
]


def write_clue(path: Path) -> Path:
    b = Book(path, author="专项办")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 12, 11, 40, 11, 11, 22, 10, 28, 12, 26, 10])
    b.line(ws, 0, "道路交通安全和运输执法领域突出问题专项整治问题线索办理台账", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市道路交通安全和运输执法领域突出问题专项整治工作领导小组办公室    截至日期：2024年7月30日",
        11,
    )
    for c, word in enumerate(["序号", "线索编号", "线索来源", "问题线索内容"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 7, "线索处置", b.head)
    b.merge(ws, 2, 8, 2, 11, "整治销号", b.head)
    b.header(
        ws,
        3,
        ["登记日期", "交办日期", "承办单位", "核查结论", "整治措施", "整治时限", "整治进展", "销号情况"],
        first=4,
    )
    for i, row in enumerate(CLUE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CLUE_ROWS)
    b.line(
        ws,
        end,
        "说明：整治时限为“N个工作日”的，自交办之日起计算；整治完成后经市专项办书面或实地核查，验收认定后予以销号。",
        11,
    )
    b.line(ws, end + 1, "审核人：鲁建民    填表人：孙倩    联系电话：0393-8993560", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 规范执法大检查督导通报, after a city 交通运输局's 规范执法大检查行动 (各县市区交通局自查自检、市局分片区督导;
# 执法队伍建设、执法工作、普法宣传; 执法文书制作不规范、非现场案件结案率低、说理式执法能力不足; 提出整改意见):
# http://camra.org.cn/content/Content/index/id/18447
# A .doc (Word 97 via LibreOffice): 通报 with 主送 and a preamble stating the base date of “10个工作日内”, one table
# by 督导片区 with a 现场整改情况 column, the bureau and date at the foot.
NORM_ROWS = [
    (
        "东片区",
        "濮阳县交通运输局",
        "行政处罚决定书未载明法律依据的具体条款，执法文书制作不规范",
        "10个工作日内",
        "",
    ),
    ("东片区", "范县交通运输局", "非现场执法案件结案率仅为41%", "2024年9月30日", ""),
    (
        "东片区",
        "台前县交通运输局",
        "执法记录仪使用不规范，部分执法过程无视频记录",
        "10个工作日内",
        "已现场整改",
    ),
    ("西片区", "清丰县交通运输局", "说理式执法能力不足，处罚决定书未说明裁量理由", "长期坚持", ""),
    ("西片区", "南乐县交通运输局", "执法人员年度培训学时未达到60学时", "年底前", ""),
    ("西片区", "华龙区交通运输局", "普法宣传台账资料不全", "2024年8月15日", "已现场补齐部分资料，正在整理"),
    ("市直", "市交通运输综合行政执法支队", "行政执法公示信息更新不及时", "10个工作日内", "已现场整改"),
]


def write_norm_docx(path: Path) -> Path:
    doc = _new_document("政策法规科")
    _title(doc, "濮阳市交通运输局关于全市交通运输规范执法大检查督导情况的通报")
    _paragraph(doc, "各县（区）交通运输局，市交通运输综合行政执法支队：")
    _paragraph(
        doc,
        "为深化交通运输执法领域突出问题专项整治，7月上旬，市局部署开展全市规范执法大检查行动，采取各单位自查"
        "自检、市局分片区督导的方式，重点对执法队伍建设、执法文书制作、非现场执法、说理式执法、普法宣传等情况"
        "进行了检查。现将督导发现的问题通报如下，请各单位对照问题逐项整改。整改时限为“10个工作日内”的，自本通报"
        "印发之日（2024年7月12日）起计算。",
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(NORM_ROWS, 1)]
    _table(doc, ["序号", "督导片区", "被督导单位", "存在问题", "整改时限", "现场整改情况"], body)
    _paragraph(doc, "各单位整改完成后，及时将整改情况书面报送市局政策法规科。", indent=True)
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_norm(path: Path) -> Path:
    return via_soffice(write_norm_docx, path, "doc", "规范执法大检查督导情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 治理货运车辆超限超载抄告, after a 公路管理处's account of its 治超 work (源头治理: 运输企业政策宣传, 市域内货运车辆
# 超限超载违法行为联合抄告机制; 路面执法: 固定检测与流动检查相结合，干线公路、农村公路同高速公路出入口联查联动;
# 24小时治超行动; 设置限载标志):
# http://che.qc188.com/news/201303/24994.html
# An .xlsx: title, 填报单位 line stating the base date of “N个工作日内”, one header row with the 抄告日期 as a date, the
# 被抄告单位 (the unit), two section rows (一、抄告道路货物运输企业 / 二、抄告货物装载源头单位), a 合计 row and a
# 填表人 line.
OVERLOAD_SECTIONS = [
    (
        "一、抄告道路货物运输企业",
        [
            (
                "CG-2024-071",
                date(2024, 7, 3),
                "豫J·H5678",
                "106国道濮阳超限检测站",
                "六轴车总重71.2吨，超限42%",
                "濮阳市顺捷物流有限公司",
                "对驾驶员进行教育，落实“一超四罚”",
                "10个工作日内",
                "已对驾驶员停岗培训，整改到位",
            ),
            (
                "CG-2024-072",
                date(2024, 7, 5),
                "豫J·H2231",
                "濮范高速濮阳东收费站入口",
                "车货总高4.6米，超高运输",
                "濮阳市通衢货运有限公司",
                "核查车辆违法情况，规范装载",
                "10个工作日内",
                "正在核查",
            ),
            (
                "CG-2024-073",
                date(2024, 7, 9),
                "豫J·H7319",
                "国道342线流动检查点",
                "三轴车总重38.5吨，超限54%，车辆非法加高栏板",
                "濮阳市鑫达运输有限公司",
                "恢复车辆原状，加强驾驶员管理",
                "2024年7月31日",
                "未整改",
            ),
            (
                "CG-2024-074",
                date(2024, 7, 15),
                "豫J·H0987",
                "106国道濮阳超限检测站",
                "一年内累计违法超限运输3次",
                "濮阳市宏运汽车运输有限公司",
                "企业停业整顿，依法吊销驾驶员从业资格证",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "二、抄告货物装载源头单位",
        [
            (
                "CG-2024-075",
                date(2024, 7, 4),
                "豫J·H3456",
                "106国道濮阳超限检测站",
                "为超限车辆装载砂石，车货总重68.7吨",
                "濮阳市宏基建材有限公司",
                "落实出场称重，严禁超限车辆出场",
                "10个工作日内",
                "已安装出场称重设备，经复查合格",
            ),
            (
                "CG-2024-076",
                date(2024, 7, 11),
                "豫J·H8120",
                "濮鹤高速濮阳西收费站入口",
                "未登记出场车辆装载信息",
                "濮阳市中原水泥有限公司",
                "建立货物装载登记台账",
                "长期坚持",
                "已建立台账，长期坚持",
            ),
            (
                "CG-2024-077",
                date(2024, 7, 18),
                "无号牌",
                "国道342线流动检查点",
                "为无牌无证货车装载煤炭",
                "濮阳县鸿源煤炭经销有限公司",
                "停止为无牌无证车辆装载",
                "10个工作日内",
                "正在整改",
            ),
        ],
    ),
]


def write_overload(path: Path) -> Path:
    b = Book(path, author="治超办")
    ws = b.sheet("抄告登记")
    b.widths(ws, [6, 14, 12, 12, 24, 34, 30, 30, 14, 30])
    b.line(ws, 0, "货运车辆超限超载违法行为抄告及整改反馈登记表", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市治理车辆超限超载工作领导小组办公室    统计时段：2024年7月1日至7月28日    "
        "整改期限为“N个工作日内”的，自抄告之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "抄告单号",
            "抄告日期",
            "车辆号牌",
            "检测站点",
            "违法情形",
            "被抄告单位",
            "抄告要求",
            "整改期限",
            "整改反馈",
        ],
    )
    r = 3
    n = 0
    for section, rows in OVERLOAD_SECTIONS:
        b.line(ws, r, section, 9, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 9, "抄告运输企业4家、货物装载源头单位3家，共7家")
    b.line(ws, r + 2, "填表人：田野    联系电话：0393-8996012    填报日期：2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 道路运输安全大排查大整治, after a city 交通运输系统's 攻坚行动 (企业安全生产主体责任落实、部门监管责任落实、营运
# 车辆安全管理 (维护、检测评定)、营运驾驶员安全管理、汽车客运站安全例检制度、公路设施安全运行 (急弯陡坡、临水临崖、
# 长大桥隧); 动员部署、集中排查整治、督导检查和集中执法三个阶段; 重大隐患整改检查验收):
# https://fidreport.com/2017-12/05/content_6702165.htm
# A .zip of two returns: a 客运企业's .xlsx (填报单位 line; rows naming only its own 部门, a 完成时间 and a 验收人 column,
# a 备注) and a county 交通运输局's .docx of 公路设施 hazards with the 公路事业发展中心 and 乡镇 as 整改责任单位.
FIRM_ROWS = [
    (
        "营运车辆",
        "3辆客车未按计划进行二级维护",
        "一般",
        "立即安排二级维护",
        "机务科",
        "李春",
        "2024.7.10",
        "2024.7.9",
        "王建",
        "",
    ),
    (
        "营运驾驶员",
        "2名驾驶员记分周期内记满12分仍在岗驾驶",
        "较大",
        "调离驾驶岗位",
        "安全科",
        "赵峰",
        "2024.7.5",
        "2024.7.5",
        "王建",
        "",
    ),
    (
        "主体责任",
        "月度安全生产例会记录不全",
        "一般",
        "每月召开安全例会并如实记录",
        "综合办公室",
        "孙磊",
        "长期坚持",
        "",
        "",
        "",
    ),
    (
        "动态监控",
        "监控平台对超速报警车辆未及时处置",
        "一般",
        "配齐监控人员，落实24小时值守",
        "动态监控中心",
        "何伟",
        "2024.8.15",
        "",
        "",
        "已招聘监控员1名，正在岗前培训",
    ),
    (
        "营运车辆",
        "部分客车车内应急锤缺失",
        "一般",
        "补齐应急锤并定期检查",
        "机务科",
        "李春",
        "2024.7.20",
        "2024.7.18",
        "王建",
        "",
    ),
]

ROAD_ROWS = [
    (
        "S213",
        "K23+400",
        "急弯陡坡",
        "急弯处缺少警示标志和减速标线",
        "清丰县公路事业发展中心",
        "2024年7月20日",
        "已完成",
    ),
    (
        "X012",
        "K5+100—K5+900",
        "临水临崖",
        "临沟路段未设置波形护栏，长约800米",
        "清丰县公路事业发展中心",
        "2024年9月30日",
        "已完成招标，正在施工",
    ),
    (
        "Y023",
        "马庄桥镇前王村路口",
        "平交路口",
        "村道与县道平交路口无减速带、道口标柱",
        "清丰县马庄桥镇人民政府",
        "8月底前",
        "未整改",
    ),
    ("G106", "K140+200", "桥梁", "桥梁护栏局部破损", "清丰县公路事业发展中心", "2024.7.31", ""),
    (
        "X015",
        "柳格镇区段",
        "视距不良",
        "路侧树木遮挡交通标志",
        "清丰县柳格镇人民政府",
        "2024.7.15",
        "已修剪树木，整改完成",
    ),
]


def write_firm_book(path: Path) -> Path:
    b = Book(path, author="安全科")
    ws = b.sheet("自查整改台账")
    b.widths(ws, [6, 12, 34, 8, 28, 14, 8, 12, 12, 8, 26])
    b.line(ws, 0, "道路运输安全大排查大整治隐患自查整改台账", 10, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市顺通客运有限公司    填报日期：2024年7月26日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "排查类别",
            "隐患内容",
            "隐患等级",
            "整改措施",
            "责任部门",
            "责任人",
            "整改时限",
            "完成时间",
            "验收人",
            "备注",
        ],
    )
    for i, row in enumerate(FIRM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FIRM_ROWS)
    b.line(
        ws, end + 1, "企业负责人：郑保平    安全负责人：赵峰    填表人：陈静    联系电话：0393-4126637", 10
    )
    return b.close()


def write_road_docx(path: Path) -> Path:
    doc = _new_document("公路股")
    _title(doc, "公路设施安全隐患排查整治情况表", 18)
    _paragraph(doc, "填报单位：清丰县交通运输局    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(ROAD_ROWS, 1)]
    _table(
        doc,
        ["序号", "路线编号", "桩号（位置）", "隐患类型", "隐患描述", "整改责任单位", "整改时限", "整治进展"],
        body,
    )
    _paragraph(doc, "填表人：吕占军    审核人：宋海涛    联系电话：0393-7226410", 12)
    return _save_fixed(doc, path)


def write_safety(path: Path) -> Path:
    members = [
        ("道路运输安全大排查大整治隐患自查整改台账（顺通客运）.xlsx", write_firm_book),
        ("公路设施安全隐患排查整治情况表（清丰县交通运输局）.docx", write_road_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳市网约车合规化专项治理约谈平台公司问题整改清单.xlsx", write_ride),
    ("机动车驾驶员培训机构专项整治发现问题整改情况汇总表.xlsx", write_school),
    ("濮阳县交通运输局关于驾驶员培训机构专项检查发现问题整改情况的报告.docx", write_train),
    ("危险货物道路运输四必查联合执法检查问题整改台账.xls", write_hazmat),
    ("汽车客运东站安全生产检查发现问题整改落实表.et", write_station),
    ("暑期旅游包车客运市场联合执法检查问题登记表.csv", write_bus),
    ("道路交通安全和运输执法领域突出问题专项整治问题线索办理台账.xlsx", write_clue),
    ("关于全市交通运输规范执法大检查督导情况的通报.doc", write_norm),
    ("货运车辆超限超载违法行为抄告及整改反馈登记表.xlsx", write_overload),
    ("道路运输安全大排查大整治隐患整改台账（两家）.zip", write_safety),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev166 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 人大执法检查与审议意见, 政协民主监督, 纪检监察建议书整改.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .ods (LibreOffice conversions of an
.xlsx, a .docx and an .xlsx), a CSV in GBK, a .docx with a table, and a .zip of two returns (an .xlsx and a .docx,
UTF-8 member names). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside293.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)
ODF_STAMP = "2024-07-30T10:20:00"


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .ods returns")
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


def fixed_odf(path: Path) -> Path:
    """Rewrite an .ods with fixed member times and fixed meta.xml dates, member order and compression kept."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<meta:creation-date>)[^<]*(<)", rf"\g<1>{ODF_STAMP}\g<2>", text)
                text = re.sub(r"(<dc:date>)[^<]*(<)", rf"\g<1>{ODF_STAMP}\g<2>", text)
                text = re.sub(r"(<meta:editing-duration>)[^<]*(<)", r"\g<1>PT0S\g<2>", text)
                data = text.encode("utf-8")
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
# 1. 养老服务条例联动执法检查问题整改台账, after a city 人大常委会's account of how it runs 执法检查 (台账式推进: 制定工作
# 台账，明确各环节具体任务、责任单位和时限要求; 联动执法检查: 各县区按节点报告，共性问题、焦点问题吸纳进执法检查报告和
# 问题清单; 河南省养老服务条例联动执法检查深入县乡特困养老中心、养老服务中心和助餐点):
# http://kfsrd.henanrd.gov.cn/2024/11-05/203012.html
# An .xlsx: title, 填报单位 line, a two-row header (问题清单 over 问题类型/具体问题, 责任单位 over 牵头单位/配合单位),
# the items under two group rows merged across (共性问题, 县区联动检查个性问题), 时限要求 as text (dates, 月底前,
# 第三季度, a schedule text, 长期坚持), a 注 line and a signature line.
CARE_GROUPS = [
    (
        "（一）共性问题（5项）",
        [
            (
                "设施配建",
                "新建住宅小区未按规定配套建设养老服务用房，已建成小区配套用房移交率低",
                "开展配套养老服务设施专项清查，建立移交台账",
                "市住建局",
                "市资规局、市民政局",
                "2024年10月底前",
                "已完成清查，正在督促开发企业移交",
            ),
            (
                "医养结合",
                "乡镇卫生院与特困供养机构签约服务流于形式，医养结合机构数量少",
                "推动乡镇卫生院与供养机构签约服务全覆盖",
                "市卫健委",
                "市民政局",
                "2024年8月底前出台方案，12月底前全部完成",
                "",
            ),
            (
                "队伍建设",
                "养老护理员持证上岗率不足40%，职业技能培训补贴落实不到位",
                "开展养老护理员职业技能提升培训",
                "市人社局",
                "市民政局",
                "2024年9月30日",
                "已组织培训2期，持证率提升至52%，培训继续推进",
            ),
            (
                "资金保障",
                "福彩公益金用于养老服务的比例未达到55%的要求",
                "调整福彩公益金使用结构",
                "市财政局",
                "市民政局",
                "2024年7月15日",
                "已按比例调整安排，已完成",
            ),
            (
                "安全监管",
                "对养老机构消防安全、食品安全的联合检查未形成常态",
                "建立多部门联合检查机制",
                "市民政局",
                "市消防救援支队、市市场监管局",
                "长期坚持",
                "每季度开展一次联合检查，常态化推进",
            ),
        ],
    ),
    (
        "（二）县区联动检查个性问题（4项）",
        [
            (
                "清丰县",
                "县特困人员供养服务中心护理型床位占比低于50%",
                "实施护理型床位改造",
                "清丰县民政局",
                "",
                "2024年年底前",
                "改造方案已批复，正在施工",
            ),
            (
                "南乐县",
                "部分村级助餐点建成后未实际运营，存在挂牌不运营现象",
                "逐点核查，落实运营主体",
                "南乐县民政局",
                "相关乡镇",
                "2024年8月31日",
                "未启动",
            ),
            (
                "范县",
                "乡镇敬老院消防设施老化，部分灭火器过期",
                "更换消防器材，开展消防演练",
                "范县民政局",
                "",
                "2024年6月30日",
                "已更换灭火器126具，整改完成",
            ),
            (
                "华龙区",
                "社区居家养老服务中心“重建设、轻运营”，日间照料床位闲置",
                "引入专业机构社会化运营",
                "华龙区民政局",
                "各街道办事处",
                "2024年第三季度",
                "已引入第三方运营机构3家，其余正在招标",
            ),
        ],
    ),
]


def write_care(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 40, 26, 14, 18, 18, 30])
    b.line(ws, 0, "《河南省养老服务条例》联动执法检查发现问题整改工作台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局（盖章）    填报日期：2024年7月29日", 7)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题清单", b.head)
    b.header(ws, 3, ["问题类型", "具体问题"], first=1)
    b.merge(ws, 2, 3, 3, 3, "整改任务", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任单位", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=4)
    b.merge(ws, 2, 6, 3, 6, "时限要求", b.head)
    b.merge(ws, 2, 7, 3, 7, "推进情况", b.head)
    r, n = 4, 0
    for title, rows in CARE_GROUPS:
        b.merge(ws, r, 0, r, 7, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "注：本台账根据市人大常委会执法检查报告及问题清单建立，县区个性问题由各县区民政部门牵头整改。",
        7,
    )
    b.line(ws, r + 1, "审核人：孟庆华    填报人：贾文静    联系电话：0393-8991526", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 优化营商环境“两条例”执法检查问题清单, after a county 人大常委会's 执法检查 (4个执法检查组分头检查; 收集到部门联动不到位、
# 排查问题不到位、窗口服务和管理水平不高等九大类40余个问题; 集中会商形成问题清单，提出整改建议，主任会议审议确定;
# 召开执法检查问题交办会，政府领导带领政府办及发改委到会认领问题清单; 推动问题立行立改):
# http://xyrd.henanrd.gov.cn/2021/09-23/131902.html
# An .xls (xlwt): title, a line with the 交办会 date the 立行立改 and working-day limits count from, one header row with
# the 执法检查组 (the inspector) beside the 认领单位, the 问题类别 merged down its rows, a 注 line and a signature line.
BIZ_GROUPS = [
    (
        "部门联动不到位",
        [
            (
                "企业开办后银行开户、社保登记信息未实现部门间推送",
                "第一执法检查组",
                "打通开办企业信息共享通道",
                "市行政服务中心",
                "立行立改",
                "已打通数据推送接口，整改完成",
            ),
            (
                "工程建设项目联合验收中消防、人防验收未同步开展",
                "第二执法检查组",
                "完善联合验收工作机制",
                "市住建局",
                "2024年9月底前",
                "已制定联合验收实施细则，正在征求意见",
            ),
        ],
    ),
    (
        "排查问题不到位",
        [
            (
                "涉企行政检查未纳入统一平台，存在多头检查、重复检查",
                "第三执法检查组",
                "推行涉企行政检查备案和“综合查一次”",
                "市司法局",
                "20个工作日内",
                "已上线涉企行政检查备案模块，整改到位",
            ),
            (
                "惠企政策兑现底数不清，未建立应兑未兑企业台账",
                "第三执法检查组",
                "逐项梳理建立台账",
                "市工信局",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "窗口服务和管理水平不高",
        [
            (
                "不动产登记窗口午间、周末延时服务未落实",
                "第四执法检查组",
                "落实延时服务和预约服务",
                "市不动产登记中心",
                "立行立改",
                "已实行午间不间断、周六上午预约服务，已整改",
            ),
            (
                "水电气报装窗口一次性告知不到位，企业多次补件",
                "第四执法检查组",
                "规范一次性告知，推行报装“一件事”",
                "濮阳供电公司",
                "2024年7月31日",
                "正在整改",
            ),
        ],
    ),
    (
        "执法监管不规范",
        [
            (
                "部分执法部门对轻微违法行为不罚清单执行尺度不一",
                "第二执法检查组",
                "统一不罚清单适用标准",
                "市市场监管局",
                "年底前",
                "未整改",
            ),
            (
                "政府部门拖欠中小企业账款未清零，清欠工作进展缓慢",
                "第一执法检查组",
                "建立清欠台账，按月调度",
                "市财政局",
                "长期坚持",
                "按月调度清欠进度，长期坚持",
            ),
        ],
    ),
]


def write_business(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "优化营商环境“两条例”执法检查问题清单整改情况", t, 0, 7),
        (
            1,
            0,
            "交办时间：2024年6月18日（市人大常委会执法检查问题交办会）    汇总单位：濮阳市人民政府办公室    "
            "填报日期：2024年7月29日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        ["序号", "问题类别", "问题表现", "执法检查组", "整改建议", "认领单位", "整改时限", "整改情况"]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for kind, rows in BIZ_GROUPS:
        cells.append((r, 1, kind, ctr, r + len(rows) - 1, 1))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (3, 6) else c))
            r += 1
    cells += [
        (
            r,
            0,
            "注：“立行立改”事项和按工作日计算时限的事项，均自交办之日起计算；整改情况由各认领单位填报。",
            plain,
            r,
            7,
        ),
        (r + 1, 0, "审核人：邵国平    填表人：陈璐    联系电话：0393-8993207", plain, r + 1, 7),
    ]
    return _write_xls(path, [("问题清单", cells)], widths=[6, 14, 40, 14, 26, 18, 14, 30])


# ---------------------------------------------------------------------------------------------
# 3. 社会建设监督工作问题（建议）清单, after a county 人大常委会's 问题（建议）清单制 (专项工作评议、执法检查、专题询问、
# 专项视察时发现的问题整理成清单，交政府研究处理; 清单格式基准：注明问题（建议）来源、名称、具体内容、牵头整改单位、
# 推进情况、人大复核评价; 类别分“建议类”等; 县人大各专委会编制，主任会议审定，再印送县政府):
# https://cqrd.gov.cn/site/article/1211358292973817856/web/content_1211358292973817856.html
# A CSV in GBK: a title line, a line naming the 编制/印送 and the date the 推进情况 is filled to, one header line in the
# list's own terms (no deadline column at all), the 人大复核评价 column as a verdict, a 合计 line.
LIST_ROWS = [
    (
        "《中华人民共和国未成年人保护法》执法检查",
        "进一步加强协作，形成合力",
        "学校心理健康教育专职教师配备不足，心理危机干预机制未全覆盖",
        "建议类",
        "市教育局",
        "已在12所中学配备专职心理教师，其余学校正在招聘",
        "",
    ),
    (
        "《中华人民共和国未成年人保护法》执法检查",
        "强化校园周边环境治理",
        "校园周边200米内仍有向未成年人销售烟酒的商户",
        "问题类",
        "市市场监管局",
        "已开展专项整治，查处违规商户17家",
        "复核通过",
    ),
    (
        "《中华人民共和国未成年人保护法》执法检查",
        "落实寄宿生安全管理",
        "寄宿生宿舍夜间值守人员不足，巡查记录不全",
        "问题类",
        "濮阳市第一高级中学",
        "未整改",
        "",
    ),
    (
        "《中华人民共和国未成年人保护法》执法检查",
        "落实强制报告制度",
        "医疗机构对侵害未成年人案件强制报告制度知晓率低",
        "建议类",
        "市卫计委",
        "已印发通知并组织医疗机构培训",
        "复核满意",
    ),
    (
        "《河南省社会救助条例》实施情况专题询问",
        "健全困难群众动态监测",
        "低收入人口动态监测平台与医保、残联数据未实时共享",
        "问题类",
        "市民政局",
        "数据接口已联调，实现实时共享",
        "满意",
    ),
    (
        "就业促进工作专项视察",
        "加强高校毕业生就业服务",
        "离校未就业高校毕业生实名服务台账信息更新不及时",
        "问题类",
        "市人力资源社会保障局",
        "",
        "",
    ),
    (
        "全民健身工作专项视察",
        "加强全民健身设施管护",
        "部分公园、广场健身器材损坏后长期未维修",
        "问题类",
        "市城管局",
        "正在排查维修，已维修器材86件",
        "",
    ),
    (
        "《河南省物业管理条例》执法检查",
        "规范物业服务收费",
        "老旧小区物业服务收费标准未公示，业主投诉集中",
        "建议类",
        "市住房城乡建设局",
        "正在协调物业企业公示收费标准",
        "",
    ),
    (
        "《中华人民共和国退役军人保障法》执法检查",
        "加强退役军人服务站建设",
        "村级退役军人服务站有牌子无人员、无台账",
        "问题类",
        "市退役军人局",
        "按季度抽查服务站运行情况，长期坚持",
        "",
    ),
]


def write_list(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市人大常委会2024年度社会建设监督工作问题（建议）清单"])
    w.writerow(["编制：市人大社会建设委员会    印送：市人民政府    推进情况填报截至2024年7月25日"])
    w.writerow(
        [
            "序号",
            "问题（建议）来源",
            "名称",
            "具体内容",
            "类别",
            "牵头整改单位",
            "推进情况",
            "人大复核评价",
        ]
    )
    for i, row in enumerate(LIST_ROWS, 1):
        w.writerow([i, *row])
    kinds = [row[3] for row in LIST_ROWS]
    w.writerow(
        ["合计", "", "", f"问题类{kinds.count('问题类')}项，建议类{kinds.count('建议类')}项", "", "", "", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 审议意见整改落实情况的报告, after a county 人大常委会's 审议意见整改落实情况报告满意度测评暂行办法 (视察、调研、执法
# 检查、听取审议专项工作报告后形成的审议意见交“一府两院”办理落实; 在规定期限内书面报告办理落实情况; 常委会听取整改
# 报告后无记名投票进行满意度测评; 不满意的重新研究办理落实，在规定时限内再次报告):
# https://xian.baogaosu.com/xinwen/%E5%87%BA%E5%8F%B0%E5%AE%A1%E8%AE%AE%E6%84%8F%E8%A7%81%E6%95%B4%E6%94%B9%E8%90%BD%E5%AE%9E%E6%83%85%E5%86%B5%E6%8A%A5%E5%91%8A/36462953
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble naming the 交办 date the 立行立改 item counts from, the
# items as numbered paragraphs (问题, 责任单位, 时限 and progress in sentences), a closing paragraph, the sender and
# date at the foot, and an empty 满意度测评 table for the 人大常委会 to fill in.
REVIEW_PARAS = [
    (
        "（一）关于校园食品安全监管存在薄弱环节的问题。由濮阳县市场监督管理局牵头，会同县教育局对全县中小学校"
        "和幼儿园食堂开展全覆盖检查，整改时限2024年6月30日。目前已检查学校食堂163家，发现的问题已全部整改，"
        "此项工作已完成。"
    ),
    (
        "（二）关于食用农产品农药残留快检覆盖面不够的问题。由濮阳县农业农村局负责，在乡镇农产品批发市场增设"
        "快检点8个，2024年9月底前完成。目前已建成5个，其余3个正在建设。"
    ),
    (
        "（三）关于食品小作坊、小摊贩登记管理底数不清的问题。由濮阳县市场监督管理局负责，逐户登记建档，"
        "2024年8月31日前完成建档工作。目前正在入户摸排。"
    ),
    (
        "（四）关于县城区农贸市场环境卫生脏乱差的问题。由濮阳县城关镇人民政府负责，立行立改。已完成市场内"
        "排水沟改造和垃圾清运，整改到位。"
    ),
    (
        "（五）关于学校周边流动摊贩无证经营食品的问题。由濮阳县城市管理局负责，年底前建立学校周边长效管控"
        "机制。目前尚未启动。"
    ),
    (
        "（六）关于肉类、蔬菜流通追溯体系建设滞后的问题。由濮阳县商务局负责推进流通追溯体系建设，完成时限"
        "2024年10月31日。"
    ),
    (
        "（七）关于食品安全监管工作经费保障不足的问题。由濮阳县财政局负责，将食品安全监管和抽检经费足额纳入"
        "年度预算，长期坚持。"
    ),
]


def write_review_docx(path: Path) -> Path:
    doc = _new_document("县政府办")
    _title(doc, "濮阳县人民政府关于县人大常委会食品安全工作审议意见整改落实情况的报告")
    _paragraph(doc, "县人大常委会：")
    _paragraph(
        doc,
        "2024年5月28日，县十七届人大常委会第十九次会议听取和审议了县政府关于食品安全工作情况的报告。6月5日，"
        "县人大常委会将审议意见交县政府研究处理。县政府逐条制定整改措施，明确责任单位和完成时限，能立即整改的"
        "立行立改（自交办之日起）。现将整改落实情况报告如下：",
    )
    for text in REVIEW_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，县政府将对照审议意见持续跟踪督办，确保各项问题整改到位，并按时接受满意度测评。")
    _paragraph(doc, "濮阳县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附：满意度测评表（由县人大常委会办公室填写）", 12)
    _table(doc, ["测评项目", "满意", "基本满意", "不满意"], [["整改落实情况报告", "", "", ""]], 12)
    return _save_fixed(doc, path)


def write_review(path: Path) -> Path:
    return via_soffice(write_review_docx, path, "doc", "食品安全审议意见整改落实情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 乡镇人大主席团讨论意见办理情况督办表, after a 乡镇人大主席团's rules for 督办 its 讨论意见 (督办责任落实到有关机构，明确
# 督办责任人，对口督办; 乡镇人民政府在规定时间内向主席团会议报告办理情况; 确需延长的经主席团同意，最长不超过六个月;
# 主席团组成调查组逐项检查验收):
# http://zydgw.net/eduShow/id/2314.html
# A .docx: title, a line with the 办理单位 (one town government) and the 交办日期 the limits count from, a table whose
# rows name only the town's own 站所 as 承办站所 and a 督办责任人 (the 人大 side), 办理期限 as 立行立改 / N个月内 /
# a date / 长期, a 检查验收 column, a 注 line and a signature line.
TOWN_ROWS = [
    (
        "镇区主街道路灯损坏较多，夜间照明不足",
        "村镇建设发展服务中心",
        "人大副主席 杨立新",
        "2个月内",
        "已更换路灯42盏",
        "已验收",
    ),
    (
        "部分村组生活垃圾清运不及时，坑塘沟渠存在积存",
        "环境卫生管理所",
        "人大主席 郭振海",
        "3个月内",
        "已增加清运车辆2台，正在建立日清运制度",
        "",
    ),
    (
        "农村低保动态管理不及时，个别已脱困户仍享受低保",
        "社会事务办公室",
        "人大副主席 杨立新",
        "2024年6月30日前",
        "已清退不符合条件人员9户",
        "验收合格",
    ),
    (
        "高标准农田项目区机井配电设施被盗，影响夏季灌溉",
        "农业农村服务中心",
        "人大主席 郭振海",
        "6个月内（经主席团同意延期）",
        "已报县农业农村局申请修复资金",
        "",
    ),
    (
        "镇便民服务中心窗口工作时间不固定，群众多次跑腿",
        "便民服务中心",
        "人大副主席 杨立新",
        "立行立改",
        "已公示窗口工作时间并实行AB岗",
        "已验收",
    ),
    (
        "中小学校周边道路缺少交通安全警示标志",
        "平安建设办公室",
        "人大主席 郭振海",
        "3个月内",
        "",
        "",
    ),
    (
        "村级财务公开不及时，部分村未按季度公开",
        "农村集体“三资”管理服务中心",
        "人大副主席 杨立新",
        "长期",
        "每季度督查一次，长期坚持",
        "",
    ),
    (
        "镇区农贸市场周边占道经营，早晚高峰交通拥堵",
        "综合行政执法大队",
        "人大主席 郭振海",
        "2个月内",
        "未办理",
        "",
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("镇党政办")
    _title(doc, "清丰县马庄桥镇人大主席团讨论意见办理情况督办表", 18)
    _paragraph(
        doc,
        "办理单位：清丰县马庄桥镇人民政府    交办日期：2024年5月15日    报告日期：2024年7月26日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(doc, ["序号", "讨论意见", "承办站所", "督办责任人", "办理期限", "办理情况", "检查验收"], body)
    _paragraph(
        doc,
        "注：办理期限自交办之日起计算；确需延期的，经镇人大主席团会议同意，最长不超过六个月。",
        12,
    )
    _paragraph(doc, "督办人：郭振海    填报人：李亚楠    联系电话：0393-7231045", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 专项集体性民主监督事项推进台账, after a district 政协's 专项集体性民主监督对口协商会议 (区委交办区政协的五项重点工作
# 任务; 牵头部门汇报工作概况、目标任务和拟提请区政协民主监督的具体事项; 区政协各专委会与牵头部门经常性沟通会商，
# 认真开展监督; 牵头部门落实主体责任):
# http://www.pkzx.gov.cn/zxyw/202302/t20230203_202474.html
# An .xlsx: title, 填报 line, a two-row header (推进情况 over 已完成/推进中/未启动 ticks and 备注), the 监督任务 merged
# down its rows, the 牵头部门 merged down where one department leads the whole task, an 对口专委会 column (the
# supervisor), 完成时限 as dates / 年底前 / 长期坚持, a 说明 line and a signature line.
CPPCC_TASKS = [
    (
        "群众最低保障兜底",
        "华龙区民政局",
        "社会和法制委员会",
        [
            (
                "特困人员集中供养机构护理人员配比不足",
                "护理人员与失能特困人员配比达到1:4",
                "2024年9月30日",
                "推进中",
                "",
            ),
            (
                "临时救助“先行救助”审批时限过长",
                "急难型临时救助24小时内审批",
                "2024年6月30日",
                "已完成",
                "",
            ),
        ],
    ),
    (
        "综合行政执法改革",
        "华龙区委机构编制委员会办公室",
        "提案委员会",
        [
            (
                "街道综合执法队伍与区直执法部门职责边界不清，存在推诿",
                "制定街道综合执法事项清单",
                "2024年8月31日",
                "推进中",
                "清单初稿已形成",
            ),
        ],
    ),
    (
        "重点城建项目",
        "华龙区住房和城乡建设局",
        "城市建设和生态环境委员会",
        [
            (
                "老旧小区改造项目雨污分流工程进度滞后",
                "完成年度改造计划内23个小区雨污分流",
                "2024年10月31日",
                "未启动",
                "",
            ),
            (
                "背街小巷改造完工后路面二次开挖问题突出",
                "建立道路挖掘联合审批机制",
                "年底前",
                "",
                "",
            ),
        ],
    ),
    (
        "生态环境质量",
        None,
        "城市建设和生态环境委员会",
        [
            (
                "建筑工地扬尘“六个百分百”落实不到位",
                "华龙区城市管理局",
                "扬尘防控措施落实率达到100%",
                "长期坚持",
                "",
                "常态化推进",
            ),
            (
                "黄河路沿线餐饮油烟净化设施未正常运行",
                "华龙区人民路街道办事处",
                "沿街餐饮单位油烟净化设施全部正常运行",
                "2024年7月20日",
                "已完成",
                "",
            ),
        ],
    ),
    (
        "社区治理“三大行动”",
        "华龙区委组织部",
        "社会和法制委员会",
        [
            (
                "社区工作者队伍流动性大，专业化职业体系未建立",
                "出台社区工作者职业体系建设办法",
                "2024年12月31日",
                "推进中",
                "",
            ),
        ],
    ),
]
TICKS = ["已完成", "推进中", "未启动"]


def _cppcc_header(b: Book, ws) -> None:
    for c, word in enumerate(
        ["序号", "监督任务", "牵头部门", "对口专委会", "提请民主监督的具体事项", "目标任务", "完成时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 10, "推进情况", b.head)
    b.header(ws, 3, [*TICKS, "备注"], first=7)


def write_cppcc(path: Path) -> Path:
    b = Book(path, author="区政协办公室")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 14, 20, 16, 36, 28, 14, 8, 8, 8, 16])
    b.line(ws, 0, "政协濮阳市华龙区委员会2024年专项集体性民主监督事项推进台账", 10, b.title)
    b.line(ws, 1, "填报：华龙区政协办公室    进展截至：2024年7月24日", 10)
    _cppcc_header(b, ws)
    r, n = 4, 0
    for task, lead, committee, rows in CPPCC_TASKS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, task, b.center)
        if lead is not None:
            b.merge(ws, r, 2, last, 2, lead, b.center)
        b.merge(ws, r, 3, last, 3, committee, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            if lead is None:
                item, own_lead, target, limit, tick, note = row
                b.put(ws, r, 2, own_lead, b.center)
            else:
                item, target, limit, tick, note = row
            b.row(ws, r, [item, target, limit], first=4)
            for k, word in enumerate(TICKS):
                b.put(ws, r, 7 + k, "√" if tick == word else "", b.center)
            b.put(ws, r, 10, note)
            r += 1
    b.line(ws, r, "说明：推进情况在对应栏内打“√”；牵头部门落实主体责任，对口专委会负责跟踪监督。", 10)
    b.line(ws, r + 1, "审核人：周建民    填报人：宋雅琪    联系电话：0393-4412786", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. “深入排查解决突出民生问题”专项民主监督发现问题整改台账, after a city 发改委's account of the 专项民主监督工作会议 (市委
# 支持各民主党派市委和无党派人士开展专项民主监督; 搭建各民主党派市委和党派人士与各专项小组牵头部门之间的联络机制;
# 各专项小组牵头部门主动接受民主监督，解决专项民主监督发现提出的问题; 市发改委对口联络处室):
# http://fgw.changzhou.gov.cn/html/fgw/2020/BBAOLMPL_1106/37470.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with the 监督单位 (the 民主党派, the supervisor) first, the 对口专项小组, the 牵头部门 under short and former names,
# the 发改委's own 对口联络科室, 整改时限 as text, a 监督单位意见 column, a 说明 line and a signature line.
PARTY_ROWS = [
    (
        "民革濮阳市委",
        "教育专项小组",
        "市教育局",
        "社会发展科",
        "城区部分小学课后服务收费项目不透明，家长反映强烈",
        "制定课后服务收费公示制度",
        "2024年9月1日前",
        "公示制度已制定，秋季开学前执行",
        "继续跟踪",
    ),
    (
        "民盟濮阳市委",
        "医疗卫生专项小组",
        "市卫计委",
        "社会发展科",
        "县级医院儿科夜间急诊医生配备不足",
        "实行市级医院儿科医生下沉轮值",
        "2024年12月底",
        "",
        "",
    ),
    (
        "民建濮阳市委",
        "就业专项小组",
        "市劳动保障局",
        "就业和收入分配科",
        "零工市场信息发布不及时，灵活就业人员求职难",
        "建设线上零工驿站",
        "2024年7月15日",
        "已建成线上零工驿站，整改完成",
        "认可",
    ),
    (
        "民进濮阳市委",
        "养老服务专项小组",
        "市民政局",
        "社会发展科",
        "社区老年助餐点分布不均，部分街道无助餐点",
        "按“一街道一中心”布局助餐点",
        "2024年10月31日",
        "已新建助餐点6个，正在选址4个",
        "继续跟踪",
    ),
    (
        "农工党濮阳市委",
        "医疗保障专项小组",
        "市医保局",
        "社会发展科",
        "异地就医直接结算备案流程繁琐，需往返窗口",
        "推行线上自助备案",
        "2024年6月30日",
        "已实现线上自助备案，整改到位",
        "认可",
    ),
    (
        "致公党濮阳市委",
        "住房保障专项小组",
        "市房管局",
        "城乡建设科",
        "公租房保障对象资格年度复核不及时，退出机制执行不严",
        "开展保障对象资格集中复核",
        "2024年8月31日",
        "未整改",
        "督促加快",
    ),
    (
        "九三学社濮阳市委",
        "交通出行专项小组",
        "公交公司",
        "基础设施发展科",
        "城乡公交末班车时间过早，偏远村庄覆盖不足",
        "优化城乡公交线路和班次",
        "年底前",
        "正在优化线路方案",
        "继续跟踪",
    ),
    (
        "无党派人士",
        "城市供水专项小组",
        "市自来水公司",
        "基础设施发展科",
        "老旧小区二次供水设施老化，夏季高峰水压不足",
        "纳入年度改造计划分批实施",
        "长期坚持",
        "已纳入年度改造计划，分批实施，长期坚持",
        "",
    ),
]


def write_party_book(path: Path) -> Path:
    b = Book(path, author="社会发展科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 16, 14, 16, 36, 24, 14, 30, 12])
    b.line(ws, 0, "“深入排查解决突出民生问题”专项民主监督发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市发展和改革委员会（市深入排查解决突出民生问题工作领导小组办公室）    填报日期：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "监督单位",
            "对口专项小组",
            "牵头部门",
            "发改委对口联络科室",
            "监督发现问题",
            "整改措施",
            "整改时限",
            "整改进展",
            "监督单位意见",
        ],
    )
    for i, row in enumerate(PARTY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PARTY_ROWS)
    b.line(
        ws,
        end,
        "说明：监督单位为各民主党派市委和无党派人士；牵头部门为各专项小组牵头部门，负责问题整改并向监督单位反馈。",
        9,
    )
    b.line(ws, end + 1, "审核人：严志刚    填表人：顾晓雯    联系电话：0393-8993361", 9)
    return b.close()


def write_party(path: Path) -> Path:
    return via_soffice(write_party_book, path, "xls", "专项民主监督发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 专项民主监督反馈问题整改情况 (two returns in one zip), after a city 政协's notice of two 专项民主监督 (脱贫攻坚: 精准
# 脱贫政策落实、精准施策落实、项目资金使用管理、整村推进工作落实; 水污染防治攻坚: 内河综合整治、污水处理及配套设施
# 建设、农业农村污染防治、工业污染防治、水质保护和监测、环境执法监管; 自4月开始，持续至11月底、12月):
# http://www.cnread.news/content/15569936.html
# A .zip holding an .xlsx from one county (the 监督重点 beside each problem, 是否整改到位 as 是/否) and a .docx with a
# table from another county (the problems under 监督重点 rows merged across, 完成时限 as 月底前 / a month range /
# 长期坚持 / 12月底前 with the year only in the title).
TAIQIAN_ROWS = [
    (
        "政策落实",
        "防止返贫监测对象识别纳入不及时，个别农户因病致贫风险未及时预警",
        "台前县农业农村局",
        "2024年6月30日",
        "已开展集中排查，新纳入监测对象37户",
        "是",
    ),
    (
        "精准施策",
        "脱贫人口慢性病家庭医生签约服务履约率低",
        "台前县卫生健康委员会",
        "2024年9月30日",
        "正在开展入户随访",
        "否",
    ),
    (
        "项目资金使用管理",
        "2023年度衔接资金项目马楼镇蔬菜大棚建成后闲置",
        "台前县马楼镇人民政府",
        "2024年8月31日",
        "",
        "否",
    ),
    (
        "项目资金使用管理",
        "扶贫项目资产确权登记不完整，部分资产未明确管护主体",
        "台前县财政局",
        "年底前",
        "已完成资产清查，正在办理确权",
        "",
    ),
    (
        "整村推进",
        "侯庙镇部分脱贫村通村道路破损未及时维修",
        "台前县侯庙镇人民政府",
        "2024年7月20日",
        "已完成修补，整改到位",
        "是",
    ),
]
FANXIAN_GROUPS = [
    (
        "一、内河综合整治",
        [
            (
                "金堤河范县段部分河道两岸存在垃圾堆放",
                "范县水利局",
                "集中清理河岸垃圾，落实河长巡河",
                "6月底前",
                "已清理垃圾1200余方，整改完成",
            )
        ],
    ),
    (
        "二、污水处理及配套设施建设",
        [
            (
                "县城第二污水处理厂配套管网未全部接通，进水浓度偏低",
                "范县住房和城乡建设局",
                "加快配套管网建设",
                "2024年6-11月",
                "已完成管网铺设3.2公里，正在施工",
            )
        ],
    ),
    (
        "三、农业农村污染防治",
        [
            (
                "规模以下畜禽养殖场粪污直排现象仍有发生",
                "范县农业农村局",
                "落实畜禽粪污资源化利用",
                "长期坚持",
                "常态化推进",
            )
        ],
    ),
    (
        "四、工业污染防治",
        [
            (
                "濮城镇工业集聚区个别企业雨污管网混接",
                "范县濮城镇人民政府",
                "逐企排查，限期完成雨污分流",
                "2024年9月30日",
                "未整改",
            )
        ],
    ),
    (
        "五、水质保护和监测",
        [
            (
                "饮用水水源保护区标识牌损毁未及时更换",
                "范县水利局",
                "更换损毁标识牌，完善隔离防护",
                "12月底前",
                "",
            )
        ],
    ),
]


def write_taiqian_book(path: Path) -> Path:
    b = Book(path, author="台前县政府办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 44, 24, 16, 32, 12])
    b.line(ws, 0, "台前县巩固拓展脱贫攻坚成果专项民主监督反馈问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：台前县人民政府办公室    填报日期：2024年7月26日", 6)
    b.header(ws, 2, ["序号", "监督重点", "反馈问题", "责任单位", "整改时限", "整改情况", "是否整改到位"])
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:5]), first=1)
        b.put(ws, 2 + i, 6, row[5], b.center)
    end = 3 + len(TAIQIAN_ROWS)
    b.line(ws, end, "填表人：吕红霞    联系电话：0393-2218630", 6)
    return b.close()


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("范县政府办")
    _title(doc, "范县2024年水污染防治攻坚专项民主监督反馈问题整改情况", 18)
    _paragraph(doc, "报送单位：范县人民政府办公室    报送日期：2024年7月29日", 12)
    header = ["序号", "反馈问题", "责任单位", "整改措施", "完成时限", "整改进展"]
    rows = sum(len(items) + 1 for _, items in FANXIAN_GROUPS)
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, bold=True)
    r, n = 1, 0
    for group, items in FANXIAN_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, group, bold=True)
        r += 1
        for item in items:
            n += 1
            for c, v in enumerate([str(n), *item]):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "联系人：邢伟    联系电话：0393-5263317", 12)
    return _save_fixed(doc, path)


def write_cppcc_zip(path: Path) -> Path:
    members = [
        ("台前县巩固拓展脱贫攻坚成果专项民主监督反馈问题整改台账.xlsx", write_taiqian_book),
        ("范县水污染防治攻坚专项民主监督反馈问题整改情况.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 派驻纪检监察组驻点监督发现问题反馈及整改情况表, after a district 纪委监委's account of its 派驻纪检监察组's 驻点监督
# (派驻组承担对农业农村局、水利局、应急管理局等八个部门的监督; 每月驻点一次; 驻点监督事项包含落实中央八项规定精神、
# 农村三资管理、小化工整治、水利工程、禁捕退捕; 每月集中向驻点单位反馈一次，指出问题并提出整改建议):
# https://jjw.changzhou.gov.cn/html/jw/2020/HFFKPFKO_1120/21255.html
# An .xlsx: title, a line with the 反馈日期 the 30日内 / 15个工作日内 limits count from, one header row with 驻点单位
# under short and former names, 整改建议 beside 整改落实情况, a 是否销号 column, a 合计 row and a signature line.
STATION_ROWS = [
    (
        "市农业局",
        "农村集体“三资”管理",
        "农村集体“三资”管理平台部分乡镇合同信息录入不全",
        "加强平台管理，明确专人负责合同录入审核",
        "30日内",
        "已督促各乡镇补录合同1362份，已整改",
        "是",
    ),
    (
        "市水务局",
        "水利工程建设",
        "小型水库除险加固工程变更签证未经集体研究",
        "严格工程变更审批程序，完善集体决策制度",
        "2024年9月30日",
        "已修订工程变更管理办法，待党组会审议",
        "否",
    ),
    (
        "市应急局",
        "落实中央八项规定精神",
        "公务用车使用登记不规范，部分出车记录无审批人签字",
        "规范公务用车审批和登记",
        "15个工作日内",
        "已整改",
        "是",
    ),
    (
        "市农业农村局",
        "禁捕退捕",
        "黄河濮阳段禁捕执法巡查记录不完整",
        "完善巡查记录，落实执法全过程记录",
        "30日内",
        "",
        "",
    ),
    (
        "濮阳市供销合作社",
        "资产管理",
        "社属企业门面房出租未经公开招租，租金明显低于市场价",
        "规范资产出租程序，实行公开招租",
        "2024年8月31日",
        "已收回2处门面房，其余正在协商",
        "否",
    ),
    (
        "市水利局",
        "河道采砂监管",
        "河道采砂许可现场监管记录缺失",
        "落实采砂现场监管和台账管理",
        "30日内",
        "逾期未整改",
        "否",
    ),
    (
        "市气象局",
        "行政审批服务",
        "防雷装置检测收费标准未在办事大厅公示",
        "公开收费标准和依据",
        "30日内",
        "已在办事大厅公示收费标准",
        "是",
    ),
    (
        "市应急管理局",
        "小化工整治",
        "小化工企业整治“回头看”发现2家企业复产未经验收",
        "责令停产，组织复产验收",
        "2024年10月31日",
        "已责令停产，正在组织验收",
        "否",
    ),
    (
        "市农业农村局",
        "涉农资金管理",
        "农机购置补贴公示信息不完整，缺少补贴机具型号",
        "完善补贴公示内容",
        "长期坚持",
        "每批次补贴公示前由科室交叉审核，长期坚持",
        "",
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="派驻第三纪检监察组")
    ws = b.sheet("反馈及整改情况")
    b.widths(ws, [6, 16, 18, 40, 30, 14, 32, 10])
    b.line(ws, 0, "市纪委监委派驻第三纪检监察组驻点监督发现问题反馈及整改情况表（2024年6月）", 7, b.title)
    b.line(
        ws,
        1,
        "反馈日期：2024年6月28日    整改期限自反馈之日起计算    填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "驻点单位", "驻点监督事项", "发现问题", "整改建议", "整改期限", "整改落实情况", "是否销号"],
    )
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:6]), first=1)
        b.put(ws, 2 + i, 7, row[6], b.center)
    end = 3 + len(STATION_ROWS)
    done = sum(1 for row in STATION_ROWS if row[6] == "是")
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, f"共反馈问题{len(STATION_ROWS)}个，已销号{done}个", b.cell)
    b.line(ws, end + 1, "填表人：许明轩    审核人：组长 冯立伟    联系电话：0393-8991270", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 监督驻在单位问题整改责任表, after a city 纪委's account of its 派驻第九纪检监察组 (以问题清单为指引，明确整改工作的
# 责任划分; 针对驻在单位的整改工作计划，主动梳理时间节点，形成监督责任表、路线图; 按照提前完成、按时完成和滞后完成
# 进行分级、分类、分人提醒):
# https://www.jw266.com/sjcontent/09ca39b5-3439-4409-a88f-f4fbd397e287.html
# An .ods (LibreOffice conversion of an .xlsx): title, a line naming the 驻在单位, one header row with 问题来源 (巡察反馈
# or 纪检监察建议书), the 整改责任单位 beside its own 责任科室 and the 派驻组's 监督责任人, 时间节点 as date cells or
# text, 完成情况 beside an 实际完成时间 column (one row closed by its date alone), a 分级提醒 column, a note and a
# signature line.
DUTY_ROWS = [
    (
        "巡察反馈",
        "农村公路养护资金拨付进度慢，部分县区资金滞留",
        "市交通局",
        "财务审计科",
        "张立",
        date(2024, 6, 30),
        "已完成",
        date(2024, 6, 20),
        "提前完成",
    ),
    (
        "纪检监察建议书",
        "工程建设项目招标文件设置排斥性条款",
        "市交易中心",
        "交易服务科",
        "王晓",
        date(2024, 8, 31),
        "已修订招标文件示范文本，正在组织培训",
        "",
        "按时推进",
    ),
    (
        "纪检监察建议书",
        "公积金贷款审批存在“中介代办”插队现象",
        "市公积金中心",
        "归集贷款科",
        "王晓",
        date(2024, 7, 15),
        "未启动",
        "",
        "滞后，已提醒",
    ),
    (
        "巡察反馈",
        "超限超载治理非现场执法设备部分点位长期故障",
        "市交通运输局",
        "科技信息科",
        "张立",
        date(2024, 9, 30),
        "已维修4处，剩余2处待招标",
        "",
        "按时推进",
    ),
    (
        "巡察反馈",
        "出租汽车经营权有偿使用费收缴台账不清",
        "市交通运输局",
        "运输管理科",
        "李鸿",
        date(2024, 5, 31),
        "",
        date(2024, 5, 28),
        "",
    ),
    (
        "纪检监察建议书",
        "评标专家抽取记录未按规定存档",
        "市公共资源交易中心",
        "综合科",
        "王晓",
        "长期坚持",
        "建立档案月查制度，长期坚持",
        "",
        "",
    ),
    (
        "巡察反馈",
        "公积金提取业务办理时间超过服务承诺时限",
        "市住房公积金管理中心",
        "业务管理科",
        "李鸿",
        date(2024, 12, 31),
        "",
        "",
        "",
    ),
    (
        "纪检监察建议书",
        "网约车平台违规接单处罚偏轻，行业监管责任落实不到位",
        "市交通运输局",
        "运输管理科",
        "张立",
        "2024年10月底前",
        "正在起草网约车监管办法",
        "",
        "按时推进",
    ),
]


def write_duty_book(path: Path) -> Path:
    b = Book(path, author="派驻第九纪检监察组")
    ws = b.sheet("监督责任表")
    b.widths(ws, [6, 14, 40, 18, 14, 12, 14, 30, 14, 14])
    b.line(ws, 0, "市纪委监委派驻第九纪检监察组监督驻在单位问题整改责任表", 9, b.title)
    b.line(
        ws,
        1,
        "驻在单位：市交通运输局、市公共资源交易中心、市住房公积金管理中心    统计截至：2024年7月26日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "问题来源",
            "问题清单",
            "整改责任单位",
            "责任科室",
            "监督责任人",
            "时间节点",
            "完成情况",
            "实际完成时间",
            "分级提醒",
        ],
    )
    for i, row in enumerate(DUTY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DUTY_ROWS)
    b.line(
        ws,
        end,
        "分级提醒：按提前完成、按时完成、滞后三类分级分类分人提醒，滞后事项由派驻组约谈提醒。",
        9,
    )
    b.line(ws, end + 1, "监督责任人：张立、王晓、李鸿    填表人：孙倩    联系电话：0393-8992415", 9)
    return b.close()


def write_duty(path: Path) -> Path:
    via_soffice(write_duty_book, path, "ods", "监督驻在单位问题整改责任表.xlsx")
    return fixed_odf(path)


FILES = [
    ("《河南省养老服务条例》联动执法检查发现问题整改工作台账.xlsx", write_care),
    ("优化营商环境“两条例”执法检查问题清单整改情况.xls", write_business),
    ("2024年度社会建设监督工作问题（建议）清单.csv", write_list),
    ("濮阳县人民政府关于县人大常委会食品安全工作审议意见整改落实情况的报告.doc", write_review),
    ("马庄桥镇人大主席团讨论意见办理情况督办表.docx", write_town),
    ("华龙区政协专项集体性民主监督事项推进台账.xlsx", write_cppcc),
    ("“深入排查解决突出民生问题”专项民主监督发现问题整改台账.et", write_party),
    ("市政协专项民主监督反馈问题整改情况（台前县、范县）.zip", write_cppcc_zip),
    ("派驻第三纪检监察组驻点监督发现问题反馈及整改情况表（2024年6月）.xlsx", write_station),
    ("派驻第九纪检监察组监督驻在单位问题整改责任表.ods", write_duty),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

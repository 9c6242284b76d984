"""Write the dev95 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 巡察与审计发现问题的整改台账, one sender of each kind (机关、国企、乡镇、学校、医院、街道、社区、村、事业单位、
开发区) plus a township audit station's report on its villages.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ticks under 已整改/未整改), .et (Excel 97 via
LibreOffice), .ods (LibreOffice conversion, member times fixed), .wps (Word 97 via LibreOffice), a CSV in GBK, a .docx
whose items are numbered paragraphs, a .docx with headings and one paragraph per problem, and a .zip of
two returns (two .xlsx). Contents are made up;
statistics date 2024-07-31.
Run from this folder: python make_dev95.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 15, 0)
ZIP_TIME = (2024, 7, 30, 10, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter.
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
        self.band = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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
        elif isinstance(v, date):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
            ws.write_datetime(r1, c1, datetime(v.year, v.month, v.day), fmt)
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _heading(doc, text: str) -> None:
    _paragraph(doc, text, 16, "黑体")


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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
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
# 1. 机关: a city 民政局党组's ledger of the 市委巡察 findings, after a 民政局党组's public 巡察整改情况通报 (市委巡察组
# 对市民政局党组开展巡察; 反馈的10个方面44个具体问题中，41个问题已完成整改，3个问题尚在整改中; the findings grouped
# under 一、关于“……”问题的整改情况, each numbered; 局机关各科室、下属单位 answer for them):
# https://hzlz.hangzhou.com.cn/articles/18368.html
# An .xlsx: title, 填报单位 line, a preamble line, one header row, the 关于“……”问题 groups as full-width band rows,
# 责任科室（单位） naming the bureau's own 科室 or one of its 下属单位, a 说明 line and a signature line.
CIVIL_GROUPS = [
    (
        "一、关于“学习贯彻习近平总书记关于民政工作重要指示精神不够深入，落实上级决策部署有差距”问题的整改情况",
        [
            (
                "局党组理论学习中心组2023年专题研讨仅开展2次，未达到年度学习计划要求",
                "修订中心组年度学习计划，每季度至少开展1次专题研讨",
                "党组书记 王立民",
                "办公室",
                "2024年6月30日",
                "已修订学习计划，二季度已开展专题研讨2次",
                "已完成",
            ),
            (
                "最低生活保障动态管理不到位，部分县区存在应退未退情况",
                "开展低保对象数据比对，逐户核查，该退的一律退出",
                "副局长 孙建华",
                "社会救助科",
                "2024年9月底前",
                "已完成全市低保对象与工商、车辆、房产数据比对，正在逐户核查",
                "整改中",
            ),
        ],
    ),
    (
        "二、关于“全面从严治党主体责任落实不够有力，下属单位监管偏松”问题的整改情况",
        [
            (
                "下属单位公务接待审批单填写不规范，存在先接待后审批",
                "规范公务接待审批流程，对2023年以来接待台账逐笔核查",
                "副局长 刘海燕",
                "濮阳市社会福利院",
                "2024年7月15日",
                "已重新制定接待审批流程，接待台账核查完毕",
                "已完成",
            ),
            (
                "政府采购项目未严格履行内控程序，个别项目化整为零规避公开招标",
                "修订局机关及下属单位采购内控制度，开展采购项目专项自查",
                "副局长 刘海燕",
                "规划财务科",
                "2024年8月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "三、关于“基层党组织建设存在薄弱环节，干部队伍管理不严”问题的整改情况",
        [
            (
                "救助管理站党支部“三会一课”记录不完整，组织生活不经常",
                "建立支部工作月度检查制度，局机关党委定期抽查",
                "机关党委书记 陈静",
                "濮阳市救助管理站",
                "长期坚持",
                "已建立月度检查制度，长期坚持",
                "长期坚持",
            ),
            (
                "个别科室干部长期借调在外，在编不在岗",
                "清理借调人员，严格执行借调审批",
                "机关党委书记 陈静",
                "人事科",
                "2024年7月31日",
                "借调人员已全部召回到岗",
                "已完成",
            ),
        ],
    ),
    (
        "四、关于“巡察、审计反馈问题整改责任落实不到位”问题的整改情况",
        [
            (
                "2022年审计指出的养老机构运营补贴超范围发放问题整改不到位",
                "追回超范围发放补贴，完善补贴审核办法",
                "副局长 孙建华",
                "养老服务科",
                "2024年12月底前",
                "已追回超范围补贴资金12.6万元，剩余资金正在追缴",
                "整改中",
            ),
            (
                "殡葬服务收费公示不规范，个别服务项目未明码标价",
                "全面公示殡葬服务收费项目和标准",
                "副局长 孙建华",
                "濮阳市殡仪馆",
                "2024年7月20日",
                "尚未启动",
                "未完成",
            ),
        ],
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 38, 32, 16, 18, 16, 34, 10])
    last = 7
    b.line(ws, 0, "中共濮阳市民政局党组落实市委巡察反馈意见整改台账", last, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市民政局党组（盖章）    填报日期：2024年7月26日", last)
    b.line(
        ws,
        2,
        "市委第三巡察组于2024年3月11日至5月10日对市民政局党组开展了巡察，6月5日反馈了巡察意见。"
        "现将巡察反馈问题整改进展情况填报如下：",
        last,
    )
    b.header(
        ws,
        3,
        ["序号", "具体问题", "整改措施", "责任领导", "责任科室（单位）", "整改时限", "整改进展", "完成情况"],
    )
    r, n = 4, 0
    for band, rows in CIVIL_GROUPS:
        b.merge(ws, r, 0, r, last, band, b.band)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r + 1,
        "说明：责任科室为局机关科室的，由该科室负责整改；为局属单位的，由该单位负责整改并报局备案。",
        last,
    )
    b.line(ws, r + 2, "填表人：赵雅琴    审核人：王立民    联系电话：0393-8998126", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 国企: a state capital group's 审计部 summary of its internal audit findings, after the 国资 internal-audit
# system's 内部审计项目相关问题整改 view (审计项目名称, 整改问题状态 待整改/整改中/整改完成, 整改责任人, 整改时限,
# 整改责任部门, 整改对接人, 存在问题, 审计建议, and a 整改措施/完成时限 sub-table of measures):
# https://github.com/xiaohaiou/shanghai-guoziwei/blob/4f87e68bc0a520bb44df58fab2f1a718e8d2e57e/src/main/webapp/views/bimr/bimrInsideAuditProject/rectifyView.jsp
# An .xlsx: title, 填报单位 line, a two-row header (整改措施 over 措施内容/完成时限), one block per problem spanning
# its measures (problem-level cells merged down), the 审计项目名称 merged over its problems, 整改责任部门 naming a
# subsidiary or a 集团 department, dates as date cells, a 注 line and a signature line.
GROUP_PROJECTS = [
    (
        "2023年度水务投资公司财务收支审计",
        [
            (
                "应收水费长期挂账未清理，账龄3年以上欠费412万元",
                "建立欠费分类催收机制，对确实无法收回的按程序核销",
                "濮阳市水务投资有限公司",
                "周国庆",
                "李娜",
                date(2024, 9, 30),
                [
                    ("逐户核对欠费明细，分类建立催收台账", date(2024, 7, 31)),
                    ("对确实无法收回的欠费按程序报批核销", date(2024, 9, 30)),
                ],
                "整改中",
            ),
            (
                "工程备品备件采购未执行比价程序",
                "修订采购管理办法，对2023年采购合同补充比价",
                "濮阳市水务投资有限公司",
                "周国庆",
                "李娜",
                date(2024, 6, 30),
                [
                    ("修订《物资采购管理办法》", date(2024, 6, 15)),
                    ("对2023年备品备件采购合同补充比价记录", date(2024, 6, 30)),
                ],
                "整改完成",
            ),
        ],
    ),
    (
        "商业运营公司经理任期经济责任审计",
        [
            (
                "商铺租金未按合同约定逐年调整，少收租金约38万元",
                "与承租方协商补缴，建立租金调整提醒机制",
                "濮阳市国资商业运营管理有限公司",
                "韩志强",
                "孟晓",
                date(2024, 8, 31),
                [("与承租方协商补缴少收租金", date(2024, 8, 31))],
                "待整改",
            ),
            (
                "部分租赁合同到期后未续签，承租方仍继续使用商铺",
                "清理到期合同，依法续签或收回",
                "濮阳市国资商业运营管理有限公司",
                "韩志强",
                "孟晓",
                date(2024, 7, 15),
                [("清理到期租赁合同并完成续签", date(2024, 7, 15))],
                "整改完成",
            ),
        ],
    ),
    (
        "集团本部2023年度预算执行审计",
        [
            (
                "差旅费报销审核不严，3笔住宿费超标准未剔除",
                "追回超标准报销款，加强报销审核",
                "集团财务管理部",
                "杨帆",
                "郑丽",
                date(2024, 7, 10),
                [("追回超标准住宿费", date(2024, 7, 5)), ("修订差旅费报销审核要点", date(2024, 7, 10))],
                "整改完成",
            ),
            (
                "固定资产账实不符，盘亏办公设备27台未作处理",
                "全面盘点固定资产，按程序处理盘亏资产",
                "集团综合办公室",
                "马骏",
                "郑丽",
                date(2024, 10, 31),
                [("开展固定资产全面盘点", date(2024, 8, 15)), ("按程序报批处理盘亏资产", date(2024, 10, 31))],
                "整改中",
            ),
        ],
    ),
    (
        "龙都物业公司内部控制评价",
        [
            (
                "物业费收缴以收据代替发票，未开具正式票据",
                "规范票据管理，全面使用电子发票",
                "濮阳市龙都物业服务有限公司",
                "吴涛",
                "孟晓",
                date(2024, 8, 20),
                [("上线电子发票系统", date(2024, 8, 20))],
                "",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="审计部")
    ws = b.sheet("问题整改")
    b.widths(ws, [6, 20, 34, 28, 24, 10, 10, 13, 32, 13, 12])
    last = 10
    b.line(ws, 0, "内部审计项目相关问题整改情况汇总表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市国有资本运营集团有限公司审计部    统计截至：2024年7月29日", last)
    top = [
        "序号",
        "审计项目名称",
        "存在问题",
        "审计建议",
        "整改责任部门",
        "整改责任人",
        "整改对接人",
        "整改时限",
    ]
    for c, word in enumerate(top):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改措施", b.head)
    b.header(ws, 3, ["措施内容", "完成时限"], first=8)
    b.merge(ws, 2, 10, 3, 10, "整改问题状态", b.head)
    r, n = 4, 0
    for project, problems in GROUP_PROJECTS:
        height = sum(len(p[6]) for p in problems)
        b.merge(ws, r, 1, r + height - 1, 1, project)
        for problem, advice, dept, owner, contact, due, measures, status in problems:
            n += 1
            end = r + len(measures) - 1
            b.merge(ws, r, 0, end, 0, n, b.center)
            for c, v in ((2, problem), (3, advice), (4, dept), (5, owner), (6, contact)):
                b.merge(ws, r, c, end, c, v)
            b.merge(ws, r, 7, end, 7, due, b.day)
            b.merge(ws, r, 10, end, 10, status, b.center)
            for i, (measure, when) in enumerate(measures):
                b.put(ws, r + i, 8, measure)
                b.put(ws, r + i, 9, when)
            r = end + 1
    b.line(
        ws, r + 1, "注：整改问题状态分为待整改、整改中、整改完成三类；整改时限以审计整改通知书为准。", last
    )
    b.line(ws, r + 2, "审计部负责人：高振宇    填表人：郑丽    联系电话：0393-8326690", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 乡镇: a town's report on its 巡察整改推进落实方案, after a town's 巡察整改动员部署 account (区委第一巡察组指出的
# 6大类17个方面的问题; 按照《巡察整改工作推进落实方案》中的具体时间节点和要求完成整改落实; 问题清单、任务清单、
# 责任清单; 对涉及到的具体问题逐一明确牵头单位和责任单位，明确整改举措和整改时限; 机关部门、各村、社区、企事业
# 单位负责人参加):
# http://xuhang.jiading.cn/ddjs/content_883264
# A .docx: title, 主送, preamble, the problems as numbered paragraphs under 一、二、三、 headings, each paragraph
# giving 整改举措, 责任单位 (a town office, a village or the town 卫生院), 整改时限 and 推进情况 in sentences, a closing
# paragraph, the town and the date at the foot.
TOWN_SECTIONS = [
    (
        "一、贯彻落实上级决策部署方面",
        [
            "1.镇党委理论学习中心组学习流于形式，2023年集中学习记录仅有4次。整改举措：制定年度学习计划，"
            "每月至少集中学习1次并形成研讨记录。责任单位：镇党政办。整改时限：2024年6月30日前。推进情况：已完成。",
            "2.村级集体经济发展不平衡，年经营性收入不足5万元的村有9个。整改举措：制定薄弱村帮扶方案，"
            "因村施策发展光伏、土地托管等项目。责任单位：镇农业农村办。整改时限：2024年12月底前。"
            "推进情况：帮扶方案已印发，光伏项目正在建设。",
            "3.人居环境整治不彻底，背街小巷垃圾清运不及时。整改举措：开展集中清理，建立保洁员每日巡查制度。"
            "责任单位：龙王庄镇前刘庄村。整改时限：7月15日前完成整改，今后长期坚持。推进情况：已完成集中清理，"
            "巡查制度已建立。",
        ],
    ),
    (
        "二、群众身边腐败问题和不正之风方面",
        [
            "4.镇财政所对村级财务报账审核把关不严，存在白条入账。整改举措：对2023年以来村级账目逐笔清查，"
            "不合规票据一律退回。责任单位：镇财政所。整改时限：2024年8月31日。推进情况：正在逐笔清查。",
            "5.镇卫生院药品采购未严格执行集中带量采购制度。整改举措：全面清理药品采购渠道，"
            "全部通过省平台集中采购。责任单位：范县龙王庄镇卫生院。整改时限：2024年9月30日。",
        ],
    ),
    (
        "三、基层党组织建设方面",
        [
            "6.“四议两公开”程序执行不规范，个别村重大事项未经村民代表会议表决。整改举措：对全镇村干部开展"
            "专题培训，镇纪委对重大事项决策程序全程监督。责任单位：镇组织办。整改时限：长期坚持。"
            "推进情况：已开展专题培训2期，长期坚持。",
            "7.部分村级党群服务中心闲置，未发挥服务群众作用。整改举措：调整场所用途，设立便民服务站和"
            "老年活动室。责任单位：龙王庄镇东孙庄村。整改时限：2024年7月20日前。推进情况：尚未启动。",
        ],
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "范县龙王庄镇关于县委第一巡察组反馈问题整改推进落实情况的报告")
    _paragraph(doc, "县委巡察办：")
    _paragraph(
        doc,
        "根据县委统一部署，县委第一巡察组于2024年3月至4月对我镇开展了常规巡察，并于5月9日反馈了巡察意见。"
        "镇党委召开巡察整改动员部署会议，制定《龙王庄镇巡察整改工作推进落实方案》，逐项明确整改举措、"
        "责任单位和整改时限。现将整改推进落实情况报告如下：",
    )
    for heading, paras in TOWN_SECTIONS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我镇将坚持及时改和长久立相结合，对已完成的问题适时开展“回头看”，防止反弹回潮。")
    _paragraph(doc, "范县龙王庄镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 学校: a school's 审计整改结果报告, after a county 教育局's 教育系统审计整改工作实施细则 (被审计学校自收到审计整改函
# （附件1）并在规定的期限内，向县教育审计服务中心提交审计整改结果书面报告; 对未完成的整改事项说明原因; 被审计
# 学校主要负责人是审计整改第一责任人):
# http://nbxinxi.com/a/cangnanxian/20210530/126826.html
# An .xls (xlwt): title, 被审计学校/审计项目 line, a line stating the date the 审计整改函 was served (the 整改期限 in
# days count from it), a two-row header with ticks (√) under 已整改/未整改 of 整改结果, the school's own 处室 as
# 责任处室, a 未完成整改的原因及后续措施 column, a 合计 row, a 注 line and a signature line.
SCHOOL_ROWS = [
    (
        "食堂伙食费收入未纳入学校财务统一核算，单独设账管理",
        "撤销食堂账户，伙食费收支纳入学校财务统一核算",
        "总务处",
        "60日内",
        "√",
        "",
        "",
    ),
    ("代收学生保险费结余2.3万元未及时清退", "按原渠道清退结余资金", "财务室", "30日内", "√", "", ""),
    (
        "固定资产未定期盘点，部分教学设备账实不符",
        "全面盘点固定资产，做到账实相符",
        "总务处",
        "2024年8月31日",
        "",
        "√",
        "正在组织全面盘点，预计8月底完成账实核对",
    ),
    ("学校操场对外出租收入未缴入财政专户", "将出租收入全额缴入财政专户", "财务室", "立行立改", "√", "", ""),
    (
        "政府采购的多媒体教学设备未按合同约定组织验收",
        "组织供货商、使用部门共同验收并补办验收手续",
        "信息中心",
        "30个工作日内",
        "",
        "√",
        "供货商未按约定到场，验收尚未启动",
    ),
    (
        "教师培训经费预算执行率仅为41%",
        "加快培训项目实施，提高预算执行率",
        "教务处",
        "2024年12月31日前",
        "",
        "",
        "",
    ),
    (
        "学生资助资金发放未经校内公示",
        "建立资助资金校内公示制度",
        "学生资助中心",
        "长期坚持",
        "",
        "",
        "已建立资助资金公示制度，长期坚持",
    ),
]


def write_school(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "审计整改结果报告表", t, 0, 7),
        (1, 0, "被审计学校（盖章）：濮阳市第二实验中学    审计项目：2023年度财务收支审计", plain, 1, 7),
        (
            2,
            0,
            "审计整改函送达日期：2024年5月20日（整改期限自审计整改函送达之日起计算）",
            plain,
            2,
            7,
        ),
    ]
    for col, word in enumerate(["序号", "审计发现的问题", "整改要求", "责任处室", "整改期限"]):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 5, "整改结果", h, 3, 6),
        (4, 5, "已整改", h),
        (4, 6, "未整改", h),
        (3, 7, "未完成整改的原因及后续措施", h, 4, 7),
    ]
    for i, row in enumerate(SCHOOL_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 5, 6) else c))
    r = 5 + len(SCHOOL_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "审计发现问题7个", c, r, 7),
        (
            r + 1,
            0,
            "注：已完成整改的在“已整改”栏打√；未完成的在“未整改”栏打√，并说明原因和后续整改措施。",
            plain,
            r + 1,
            7,
        ),
        (
            r + 2,
            0,
            "校长（签字）：刘振东    填表人：胡晓梅    联系电话：0393-4856217    报送日期：2024年7月26日",
            plain,
            r + 2,
            7,
        ),
    ]
    return _write_xls(path, [("整改结果", cells, [6, 36, 32, 12, 16, 8, 8, 34])])


# ---------------------------------------------------------------------------------------------
# 5. 医院: a county hospital's 巡察反馈问题整改台账, after a county 中医医院党委's 巡察集中整改进展情况通报 (县委第一巡察组
# 对县中医医院党委开展了巡察; 对巡察组反馈的33项具体问题逐一讨论; 建立了巡察反馈问题整改台账，实行挂图作战，建立
# 销号制度; 各支部书记、科室主任、护士长为工作专班成员):
# http://bxjwjw.gov.cn/xx/xs/2025-12-29/6263.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/填报日期 line, one header row with a 销号情况 column beside
# 整改进展, the hospital's 科室 and one 分院 as 责任科室, a 备注 line and a signature line.
HOSPITAL_ROWS = [
    (
        "医院党委“第一议题”学习制度落实不到位，传达学习不及时",
        "修订党委会议“第一议题”学习制度，会前集中学习",
        "党委书记 张卫东",
        "党建办",
        "2024年6月30日",
        "已修订学习制度并严格执行",
        "已销号",
    ),
    (
        "中医药特色优势发挥不充分，中医药服务收入占比偏低",
        "制定中医优势病种诊疗方案，推广中医适宜技术",
        "院长 李国栋",
        "医务科",
        "2024年底前",
        "已制定12个优势病种诊疗方案，正在全院推广",
        "未销号",
    ),
    (
        "大型医用设备采购论证不充分，CT设备使用率偏低",
        "建立大型设备购置论证和使用效益评价制度",
        "副院长 黄建新",
        "设备科",
        "2024年9月30日",
        "正在整改",
        "已验收销号",
    ),
    (
        "医保基金使用不规范，存在串换项目收费",
        "退回违规收费，开展医保基金使用自查自纠",
        "副院长 黄建新",
        "医保办",
        "7月31日前",
        "已退回违规收费8.7万元，正在开展自查自纠",
        "未销号",
    ),
    (
        "柳屯分院院感管理制度落实不到位，医疗废物交接记录缺失",
        "完善分院院感管理制度，规范医疗废物交接登记",
        "副院长 郭晓红",
        "濮阳县中医医院柳屯分院",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "临床科室绩效分配方案未经职工代表大会审议",
        "修订绩效分配方案，提交职代会审议",
        "院长 李国栋",
        "运营管理科",
        "2024年8月31日",
        "未启动",
        "未销号",
    ),
    (
        "医德医风教育常态化不够，个别医务人员服务态度生硬",
        "将医德医风纳入科室和个人年度考核",
        "纪委书记 宋晓峰",
        "纪检办",
        "长期坚持",
        "已纳入年度考核，长期坚持",
        "",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="党建办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 36, 32, 16, 20, 14, 32, 12])
    last = 7
    b.line(ws, 0, "县委第二巡察组巡察反馈问题整改台账", last, b.title)
    b.line(
        ws, 1, "填报单位：濮阳县中医医院党委    巡察反馈时间：2024年5月16日    填报日期：2024年7月24日", last
    )
    b.header(
        ws, 2, ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改进展", "销号情况"]
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOSPITAL_ROWS)
    b.line(ws, end + 1, "备注：销号情况由院巡察整改工作专班审核后填写。", last)
    b.line(ws, end + 2, "专班办公室负责人：宋晓峰    填表人：冯丽    联系电话：0393-3229076", last)
    return b.close()


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_book, path, "xls", "巡察反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 街道: a .zip of two returns, the street's own ledger and one of its 社区's ledger in the street's template.
# 6a. 街道: after a 街道's 巡察集中整改进展情况 (区委巡察三组对杭州道街及29个社区开展常规巡察; 涉及学习教育、环境设施、
# 安全隐患等方面; 街道党建办公室、公共安全办公室、公共管理办公室、公共服务办公室和相关社区逐项整改; 对于需要持续
# 推进问题分期分批整改):
# https://www.tjbh.gov.cn/jz/contents/12311/565295.html
# An .xlsx: title, 填报单位 line, one header row with 问题类别, the street's own 办公室 or one of its 社区 as 责任科室/社区,
# a 合计 row and a signature line.
STREET_ROWS = [
    (
        "学习教育",
        "街道工委理论学习中心组学习缺少研讨交流",
        "党建办公室",
        "每季度组织1次专题研讨",
        "2024年6月底",
        "已完成",
    ),
    (
        "环境设施",
        "中原社区老旧小区楼道堆放杂物、飞线充电问题突出",
        "胜利路街道中原社区",
        "清理楼道杂物，加装集中充电桩",
        "2024年8月15日",
        "已清理楼道杂物，集中充电桩正在安装",
    ),
    (
        "安全隐患",
        "辖区沿街商铺燃气安全检查不到位，部分商户未安装燃气报警器",
        "公共安全办公室",
        "联合燃气公司逐户排查，督促安装报警装置",
        "第三季度",
        "已排查商户146家，正在督促安装报警装置",
    ),
    (
        "环境设施",
        "绿城社区党群服务中心无障碍设施缺失",
        "胜利路街道绿城社区",
        "增设无障碍坡道和扶手",
        "2024年7月20日",
        "已完成",
    ),
    (
        "学习教育",
        "社区“两委”成员政策业务培训覆盖不全",
        "公共服务办公室",
        "制定年度培训计划，实现培训全覆盖",
        "长期坚持",
        "长期坚持",
    ),
    (
        "安全隐患",
        "五一社区高层住宅消防通道被占用",
        "胜利路街道五一社区",
        "清理占道车辆和杂物，施划消防通道标线",
        "2024年7月10日",
        "未整改",
    ),
    (
        "财务管理",
        "街道机关食堂账务未单独核算",
        "公共管理办公室",
        "食堂收支单独建账核算",
        "2024年9月30日前",
        "",
    ),
]


def write_street(path: Path) -> Path:
    b = Book(path, author="党建办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 18, 30, 14, 30])
    last = 6
    b.line(ws, 0, "胜利路街道巡察反馈问题整改落实台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区胜利路街道办事处    填报时间：2024年7月27日", last)
    b.header(ws, 2, ["序号", "问题类别", "存在问题", "责任科室/社区", "整改措施", "整改时限", "完成情况"])
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "巡察反馈街道及所属社区问题7项")
    b.line(ws, end + 2, "街道党工委书记（签字）：            填表人：刘倩    联系电话：0393-8662015", last)
    return b.close()


# 6b. the 中原社区's ledger in the street's template (same source): title, 填报单位 line, one header row with 责任人 (a
# person) instead of 责任科室, no 合计.
ZHONGYUAN_ROWS = [
    (
        "学习教育",
        "社区党委书记讲党课次数不足，2023年仅讲1次",
        "制定年度党课计划，书记每半年至少讲1次党课",
        "王芳",
        "2024年6月30日",
        "已完成",
    ),
    (
        "安全隐患",
        "中原小区3号院地下车库消防喷淋设施损坏",
        "申请物业专项维修资金，更换损坏喷淋设施",
        "李建军",
        "2024年8月31日",
        "维修资金申请已报街道，正在审批",
    ),
    (
        "环境设施",
        "小区雨污管网堵塞，雨天路面积水严重",
        "联系市政部门疏通管网，改造破损雨水井",
        "李建军",
        "2024年7月25日",
        "未整改",
    ),
    ("服务群众", "网格员入户走访台账记录不实", "开展网格员走访台账专项检查", "赵敏", "2024年9月30日", ""),
]


def write_zhongyuan(path: Path) -> Path:
    b = Book(path, author="中原社区")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 36, 32, 10, 14, 30])
    last = 6
    b.line(ws, 0, "中原社区巡察反馈问题整改落实台账", last, b.title)
    b.line(ws, 1, "填报单位：胜利路街道中原社区    填报时间：2024年7月26日", last)
    b.header(ws, 2, ["序号", "问题类别", "存在问题", "整改措施", "责任人", "整改时限", "完成情况"])
    for i, row in enumerate(ZHONGYUAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(ZHONGYUAN_ROWS), "社区书记（签字）：王芳    联系电话：0393-8662307", last)
    return b.close()


def write_street_zip(path: Path) -> Path:
    members = [
        ("胜利路街道巡察反馈问题整改落实台账.xlsx", write_street),
        ("中原社区巡察反馈问题整改落实台账.xlsx", write_zhongyuan),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 社区: after a 社区's 巡察情况反馈 (区委第一巡察组反馈了姜南社区存在的5类主要问题：日常党建工作不扎实；从严
# 治党两个责任落实不到位；意识形态工作未得到重视；财务管理不规范；群众服务意识有待提高; 确保在规定时限内全部
# 整改到位):
# http://wbq.gov.cn/zbdt/info/6828
# A .docx: title, 主送, preamble stating the date the 整改时限 count from, the five classes as 一、…五、 headings,
# one paragraph per problem with 整改措施, 整改时限 and 整改情况, the community and the date at the foot.
COMMUNITY_SECTIONS = [
    (
        "一、日常党建工作不扎实",
        "问题：社区党支部“三会一课”记录不规范，党员活动签到不全。整改措施：规范会议记录本，"
        "落实党员活动签到制度。整改时限：2024年6月30日。整改情况：已整改。",
    ),
    (
        "二、从严治党两个责任落实不到位",
        "问题：社区干部廉政谈话未做到全覆盖。整改措施：支部书记对社区干部逐一开展廉政谈话。"
        "整改时限：2024年7月底前。整改情况：已谈话6人，其余正在推进。",
    ),
    (
        "三、意识形态工作未得到重视",
        "问题：社区宣传栏内容长期未更新。整改措施：立即更换宣传内容，明确专人每月更新。"
        "整改时限：立行立改。整改情况：宣传栏内容已全部更新。",
    ),
    (
        "四、财务管理不规范",
        "问题：社区活动经费报销凭证不全，存在以白条入账。整改措施：补齐报销凭证，严格执行街道财务报销制度。"
        "整改时限：2024年9月30日。",
    ),
    (
        "五、群众服务意识有待提高",
        "问题：为民代办事项办理时间过长，群众反映较多。整改措施：推行代办事项限时办结制度。"
        "整改时限：长期坚持。整改情况：已推行限时办结制度，长期坚持。",
    ),
]


def write_community(path: Path) -> Path:
    doc = _new_document("建设社区")
    _title(doc, "胜利路街道建设社区关于区委巡察组反馈意见整改落实情况的报告", 18)
    _paragraph(doc, "胜利路街道党工委：")
    _paragraph(
        doc,
        "2024年5月8日，区委第一巡察组向建设社区反馈了巡察情况，指出了5类主要问题。社区党支部诚恳接受，"
        "逐条制定整改措施。整改时限自反馈之日（2024年5月8日）起计算。现将整改落实情况报告如下：",
    )
    for heading, text in COMMUNITY_SECTIONS:
        _heading(doc, heading)
        _paragraph(doc, text)
    _paragraph(doc, "胜利路街道建设社区", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 村: a town's list of the findings for its villages, after a 镇党委's 巡察整改进展情况通报 (区委第五巡察组对徐庄镇
# 徐庄村、葫芦套村等5个村级党组织进行了巡察; 明确整改责任人、整改责任单位和整改时限; 农村集体资产资源发包、
# 村级后备人才台账; 长期任务取得阶段性成效):
# http://www.shanting.gov.cn/zwgk/xxgkml/qzbm/qzfbgs/202311/t20231123_1792822.html
# A CSV in GBK: a title line, a 填报单位 line, one header line with 整改责任单位 (a village, or a town office) and
# 整改责任人 (a person), a 合计 line and a 说明 line.
VILLAGE_ROWS = [
    (
        "王称堌镇前王称堌村",
        "村集体机动地发包未经村民代表会议表决",
        "重新履行“四议两公开”程序，规范发包合同",
        "李福来",
        "2024年6月30日",
        "已完成",
    ),
    (
        "王称堌镇后王称堌村",
        "村级财务票据审核不严，存在大额现金支付",
        "严格执行村级资金非现金结算规定",
        "赵长江",
        "2024年8月31日",
        "正在整改",
    ),
    (
        "王称堌镇前王称堌村",
        "村务公开栏内容更新不及时，2023年第四季度财务未公开",
        "补充公开2023年第四季度财务收支",
        "李福来",
        "2024年5月31日",
        "已完成",
    ),
    (
        "王称堌镇孟楼村",
        "村“两委”干部直系亲属享受低保未按规定备案",
        "逐户登记备案，不符合条件的予以清退",
        "孟庆华",
        "2024年7月31日",
        "未整改",
    ),
    (
        "镇农业农村办",
        "镇农业农村办对村集体资产台账监管缺位，5个村资产台账未及时更新",
        "统一台账模板，督促各村全面更新资产台账",
        "韩卫国",
        "2024年9月30日",
        "台账模板已下发，正在督促各村更新",
    ),
    (
        "王称堌镇张庄村",
        "村集体闲置厂房长期被个人无偿占用",
        "依法收回闲置厂房，公开招租",
        "张国强",
        "2024年10月31日",
        "",
    ),
    (
        "王称堌镇后王称堌村",
        "村党支部发展党员程序不规范，培养考察材料不全",
        "严格执行发展党员工作细则，镇党委组织办全程把关",
        "赵长江",
        "长期",
        "长期坚持",
    ),
    (
        "王称堌镇刘寨村",
        "扶贫项目资产后续管护责任未落实",
        "明确每项资产的管护主体和管护责任人",
        "刘志刚",
        "2024年7月20日",
        "已整改，落实管护责任人3名",
    ),
]


def write_village(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["王称堌镇村级党组织巡察反馈问题整改清单"])
    w.writerow(["填报单位：濮阳县王称堌镇人民政府    巡察反馈时间：2024年4月18日    填报时间：2024年7月25日"])
    w.writerow(["序号", "整改责任单位", "反馈问题", "整改措施", "整改责任人", "整改时限", "整改情况"])
    for i, row in enumerate(VILLAGE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "5个村及镇直1个部门", "反馈问题8项", "", "", "", ""])
    w.writerow(["说明：整改时限为“长期”的，按长期任务管理，每季度报告一次进展。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 事业单位: a 机关事务服务中心's 巡察整改推进情况表, after a district 机关事务管理中心's account of its 巡察整改推进
# (根据区纪委监委关于巡察区级机关后勤管理服务中心党组的反馈意见; 成立巡察整改落实工作领导小组; 对巡察整改内容进行
# 了逐项梳理; 明确党组和各科室职责任务，确保按时限、高质量完成巡察整改各项工作任务):
# https://sgj.changzhou.gov.cn/html/sgj/2020/EHHIQHHJ_0309/11644.html
# An .ods (LibreOffice conversion): title, 填报单位/截至日期 line, one header row with 时间节点, 推进情况 and a 是否完成
# column, the centre's own 科室 as 责任科室, a 合计 row and a signature line.
CENTRE_ROWS = [
    (
        "公务用车平台派车记录不完整，存在无单派车",
        "上线派车电子审批系统，实行一车一单",
        "副主任 许志宏",
        "公务用车服务科",
        "2024年6月30日",
        "已上线派车电子审批系统",
        "是",
    ),
    (
        "办公用房清理不彻底，2处超标准用房未腾退",
        "限期腾退超标准办公用房",
        "副主任 许志宏",
        "办公用房管理科",
        "2024年8月底前",
        "已腾退1处，另1处正在协调",
        "否",
    ),
    (
        "机关食堂食材采购未实行公开询价",
        "建立食材供应商公开询价和定期比价制度",
        "副主任 田红梅",
        "机关餐饮服务科",
        "7月31日前",
        "",
        "",
    ),
    (
        "中心党组议事规则未及时修订，“三重一大”事项范围界定不清",
        "修订党组议事规则和“三重一大”决策制度",
        "主任 周建军",
        "综合科",
        "2024年5月31日",
        "已修订印发",
        "是",
    ),
    (
        "物业服务合同履约监管不到位，对物业公司考核流于形式",
        "制定物业服务考核细则，按季度考核并与服务费挂钩",
        "副主任 田红梅",
        "物业管理科",
        "2024年第三季度",
        "尚未开展",
        "否",
    ),
    (
        "公共机构节能降耗工作缺乏长效机制",
        "建立市直机关能耗月度通报制度",
        "副主任 许志宏",
        "节能管理科",
        "长期坚持",
        "每月通报能耗情况，常态化推进",
        "",
    ),
]


def write_centre_book(path: Path) -> Path:
    b = Book(path, author="综合科")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 36, 32, 16, 16, 14, 28, 10])
    last = 7
    b.line(ws, 0, "濮阳市机关事务服务中心落实市委巡察反馈意见整改推进情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市机关事务服务中心（盖章）    截至日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        ["序号", "巡察反馈问题", "整改任务", "责任领导", "责任科室", "时间节点", "推进情况", "是否完成"],
    )
    for i, row in enumerate(CENTRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CENTRE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "整改任务6项")
    b.line(ws, end + 2, "中心巡察整改工作领导小组办公室    填表人：孔令伟    联系电话：0393-4418257", last)
    return b.close()


def write_centre(path: Path) -> Path:
    via_soffice(write_centre_book, path, "ods", "机关事务服务中心巡察整改推进情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 开发区: a county 经济开发区's 巡察反馈问题整改台账, after a county 经开区's 巡察反馈 (县委第一巡察组向县经开区党工委
# 反馈: 推动园区高质量发展不够有力，纪监工委监督执纪问责不够有力，财务管理不规范，资产管理不够到位，项目管理不够
# 规范，履行审计整改责任存在不足; 县经开区管委会、开投公司全体干部职工参加):
# http://kfq.ahshx.gov.cn/zxxw/tpxw/8982334.html
# An .xlsx: title, 填报单位 line, one header row with 问题类别 first and merged down over its problems, 责任部门（单位）
# naming the 管委会's own 局/办 or the zone's investment company, a 说明 line and a signature line.
ZONE_GROUPS = [
    (
        "财务管理不规范",
        [
            (
                "专项资金未专款专用，挪用标准化厂房建设资金支付招商费用",
                "归还原资金渠道，完善专项资金管理办法",
                "副主任 韩立新",
                "财政分局",
                "2024年7月31日",
                "已完成",
            ),
            (
                "往来款长期挂账未清理，涉及金额1860万元",
                "逐笔核实往来款，分类清理",
                "副主任 韩立新",
                "财政分局",
                "2024年12月31日",
                "已清理38笔，剩余款项正在清理",
            ),
        ],
    ),
    (
        "资产管理不够到位",
        [
            (
                "2处标准化厂房出租前未经资产评估",
                "补做资产评估，按评估价调整租金",
                "副主任 韩立新",
                "清丰县经开区开发投资有限公司",
                "2024年9月30日",
                "",
            ),
            (
                "固定资产登记不全，部分办公资产未入账",
                "全面清查固定资产，补登入账",
                "副主任 韩立新",
                "财政分局",
                "2024年6月30日",
                "已完成",
            ),
        ],
    ),
    (
        "项目管理不够规范",
        [
            (
                "入园项目履约监管不到位，3个项目未按协议约定开工",
                "逐一约谈企业，督促按期开工，对无法开工的依约收回土地",
                "副主任 马建勋",
                "经济发展局",
                "2024年10月底前",
                "已约谈企业，正在督促开工",
            ),
            (
                "区内道路配套工程存在未批先建",
                "停工补办规划、施工许可手续",
                "副主任 马建勋",
                "清丰县经开区开发投资有限公司",
                "2024年8月15日",
                "未整改",
            ),
        ],
    ),
    (
        "履行审计整改责任存在不足",
        [
            (
                "2022年审计指出的土地出让金欠缴问题未整改到位",
                "督促企业补缴土地出让金",
                "副主任 马建勋",
                "规划建设局",
                "2024年12月底前",
                "已全部追缴到位，经县审计局复核通过",
            ),
            (
                "审计整改工作机制不健全，整改台账未动态更新",
                "建立审计整改台账月更新制度",
                "党工委副书记 王东升",
                "党政办",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_zone(path: Path) -> Path:
    b = Book(path, author="党政办")
    ws = b.sheet("整改台账")
    b.widths(ws, [14, 6, 36, 32, 18, 22, 14, 28])
    last = 7
    b.line(ws, 0, "县委第一巡察组巡察清丰县经济开发区党工委反馈问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县经济开发区管理委员会    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        ["问题类别", "序号", "具体问题", "整改措施", "责任领导", "责任部门（单位）", "整改时限", "完成情况"],
    )
    r, n = 3, 0
    for group, rows in ZONE_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r + 1,
        "说明：“责任部门（单位）”为管委会内设局办的，由该局办牵头整改；为清丰县经开区开发投资有限公司的，由该公司负责整改。",
        last,
    )
    b.line(ws, r + 2, "填表人：孙晓东    审核人：王东升    联系电话：0393-7226183", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 村 (审计): a township audit station's report on its villages' 任期经济责任审计, after a town 审计站's account of
# its 村级干部经济责任审计 (悦兴镇审计站对金光村、东方红村、元宝村、前锋村4个村开展村级干部经济责任审计; 召集4个
# 村支部书记、主任、文书召开工作动员会; 到村签订承诺书、听取述职报告; 按审计内容进行总结分析):
# http://ms.newssc.org/system/20170810/002246279.html
# A .wps (Word 97 via LibreOffice): title, 主送, preamble, one （一）…（四） heading per village, the findings as
# numbered paragraphs under it with 整改时限 and 整改情况 in sentences, a closing paragraph, the station and the date.
AUDIT_VILLAGES = [
    (
        "（一）户部寨镇东户部寨村",
        [
            "1.村集体土地承包费收入未及时入账，坐收坐支2.6万元。整改时限：2024年7月15日前。"
            "整改情况：已全额补记入账。",
            "2.村级道路硬化工程未按规定进行招投标。整改时限：2024年9月30日前。整改情况：正在补办相关手续。",
        ],
    ),
    (
        "（二）户部寨镇西户部寨村",
        ["3.村干部误工补贴发放未经公示。整改时限：2024年6月30日前。整改情况：已补充公示。"],
    ),
    (
        "（三）户部寨镇后寨村",
        [
            "4.集体坑塘出租合同期限超过规定年限。整改时限：2024年12月31日前。整改情况：尚未整改。",
            "5.村级债务底数不清，未建立债权债务台账。整改时限：2024年8月31日前。",
        ],
    ),
    (
        "（四）户部寨镇马寨村",
        ["6.村级财务公开不及时、不全面。整改时限：长期坚持。整改情况：已按月公开，长期坚持。"],
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("镇审计站")
    _title(doc, "户部寨镇审计站关于2024年村级干部任期经济责任审计发现问题整改情况的报告", 18)
    _paragraph(doc, "镇党委、镇政府：")
    _paragraph(
        doc,
        "根据《关于开展2024年村级干部经济责任审计工作的通知》要求，镇审计站于2024年5月对东户部寨村、"
        "西户部寨村、后寨村、马寨村4个村开展了村级干部任期经济责任审计，召集各村支部书记、主任、文书召开"
        "动员会，到村听取述职报告并开展民主测评。现将审计发现问题及整改情况报告如下：",
    )
    for heading, paras in AUDIT_VILLAGES:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "镇审计站将持续跟踪未完成事项的整改进度，整改完成一项、销号一项。")
    _paragraph(doc, "户部寨镇审计站", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "村级干部经济责任审计问题整改情况.docx")


FILES = [
    ("中共濮阳市民政局党组落实市委巡察反馈意见整改台账.xlsx", write_civil),
    ("内部审计项目问题整改情况汇总表（市国有资本运营集团）.xlsx", write_group),
    ("范县龙王庄镇巡察反馈问题整改推进落实情况报告.docx", write_town),
    ("濮阳市第二实验中学审计整改结果报告表.xls", write_school),
    ("濮阳县中医医院巡察反馈问题整改台账.et", write_hospital),
    ("胜利路街道巡察整改落实台账（街道及中原社区）.zip", write_street_zip),
    ("胜利路街道建设社区巡察整改落实情况报告.docx", write_community),
    ("王称堌镇村级党组织巡察反馈问题整改清单.csv", write_village),
    ("市机关事务服务中心巡察整改推进情况表.ods", write_centre),
    ("清丰县经济开发区巡察反馈问题整改台账.xlsx", write_zone),
    ("户部寨镇村级干部经济责任审计问题整改情况.wps", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

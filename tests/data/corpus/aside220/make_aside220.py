"""Write the aside220 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 民生实事、重点项目推进、营商环境（“万人助万企”问题台账与交办）、乡镇街道自查.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items run over several paragraphs under project headings, and a
.zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside220.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. “万人助万企”企业问题台账, after a city's account of its “五本台账” (企业（项目）基本台账、工作组包联台账、首席服务官
# 台账、问题台账、招商引资项目台账; 问题台账 records 企业问题诉求、问题交办单位、当前进展情况、解决问题时限和回访情况;
# 需要持续跟踪的问题在问题解决情况一栏单独标识; 交办清单 asks the unit to 7日内提出解决意见(明确具体办结时限),
# 每月反馈办理进度, 直至清零销号):
# http://rosevvi.cn/26221.html
# An .xlsx with two sheets: 问题台账 (title, 填报单位/更新时间 line, one header row in the source's words with 交办时间,
# a 是否解决 column beside 当前进展情况, 回访情况, a 说明 and a signature line) and 首席服务官台账 (no problems at all).
LEDGER_ROWS = [
    (
        "濮阳市龙丰纸业有限公司",
        "濮阳县",
        "企业新厂区用地已摘牌一年，不动产权证书迟迟未办理，影响项目融资",
        "市自然资源局",
        date(2024, 7, 3),
        "已完成不动产首次登记，证书已发放企业",
        "2024年7月31日",
        "已解决",
        "企业满意",
    ),
    (
        "濮阳市恒润石化有限公司",
        "濮阳县",
        "新增生产线高压电增容申请已超过承诺时限，外线工程迟未开工",
        "供电公司",
        date(2024, 7, 3),
        "外线工程已于7月20日开工，预计8月中旬送电",
        "2024年8月20日",
        "持续跟踪",
        "",
    ),
    (
        "清丰县嘉禾家居有限公司",
        "清丰县",
        "家具产业园企业普遍招工难，熟练技工缺口约200人",
        "市人社局",
        date(2024, 7, 5),
        "已组织家居行业专场招聘会2场，达成用工意向68人",
        "9月底前",
        "持续跟踪",
        "企业基本满意",
    ),
    (
        "南乐县金丰生物科技有限公司",
        "南乐县",
        "出口退税审核周期长，企业资金周转困难",
        "濮阳市税务局",
        date(2024, 7, 5),
        "已办结，退税款已全部到账",
        "2024年7月15日",
        "已解决",
        "企业满意",
    ),
    (
        "濮阳市华瑞电子有限公司",
        "华龙区",
        "企业申请调整住房公积金缴存比例，线上提交后长时间未审核",
        "公积金中心",
        date(2024, 7, 8),
        "",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "范县宏通物流有限公司",
        "范县",
        "城区货车通行证办理周期长，物流配送车辆白天无法进城",
        "交警支队",
        date(2024, 7, 8),
        "逾期未反馈解决意见",
        "7日内",
        "未解决",
        "",
    ),
    (
        "台前县鑫达羽绒制品有限公司",
        "台前县",
        "同一年度内多个部门对企业重复开展检查，影响正常生产",
        "市工商局",
        date(2024, 7, 10),
        "已建立涉企检查统筹机制，实行“综合查一次”，长期坚持",
        "长期坚持",
        "持续跟踪",
        "",
    ),
    (
        "濮阳市宏泰新材料有限公司",
        "濮阳工业园区",
        "排污许可证变更申请受理后，技术审查进度缓慢",
        "市环保局",
        date(2024, 7, 12),
        "已受理，正在组织专家技术审查",
        "2024年8月10日",
        "持续跟踪",
        "",
    ),
]
SERVICE_OFFICERS = [
    ("濮阳市龙丰纸业有限公司", "张立群", "市自然资源局副局长", "0393-8160217", "2024年3月"),
    ("濮阳市恒润石化有限公司", "赵红霞", "市工信局副局长", "0393-8990325", "2024年3月"),
    ("南乐县金丰生物科技有限公司", "孙宏伟", "南乐县副县长", "0393-7221098", "2024年4月"),
    ("濮阳市宏泰新材料有限公司", "李俊峰", "市生态环境局副局长", "0393-4412607", "2024年4月"),
]


def write_ledger(path: Path) -> Path:
    b = Book(path, author="企业服务科")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 24, 10, 40, 14, 12, 30, 14, 10, 12])
    b.line(ws, 0, "濮阳市“万人助万企”活动企业问题台账（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市“万人助万企”问题解决专班办公室    更新时间：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "所属县区",
            "企业问题诉求",
            "问题交办单位",
            "交办时间",
            "当前进展情况",
            "解决问题时限",
            "是否解决",
            "回访情况",
        ],
    )
    for i, row in enumerate(LEDGER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LEDGER_ROWS)
    b.line(
        ws,
        end,
        "说明：问题交办后，交办单位须7日内提出解决意见并明确具体办结时限，每月反馈办理进度，直至清零销号；"
        "需持续跟踪的问题在“是否解决”栏标注“持续跟踪”。",
        9,
    )
    b.line(ws, end + 1, "填报人：王晓燕    审核人：刘建国    联系电话：0393-8992675", 9)

    ws2 = b.sheet("首席服务官台账")
    b.widths(ws2, [6, 28, 12, 24, 16, 14])
    b.line(ws2, 0, "“万人助万企”首席服务官台账", 5, b.title)
    b.header(ws2, 1, ["序号", "企业名称", "首席服务官", "单位及职务", "联系电话", "包联起始时间"])
    for i, row in enumerate(SERVICE_OFFICERS, 1):
        b.put(ws2, 1 + i, 0, i, b.center)
        b.row(ws2, 1 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. “万人助万企”首批问题交办清单, after a city's first 问题交办会 (收集企业问题838个, 将首批60个需市级层面协调解决的
# 问题梳理分类、按照部门职能集中交办给发改委、财政局、中级法院等22家交办单位; 落实“13710”工作机制: 收到交办问题
# 1天内研究转办, 3天内反馈办理情况, 一般性问题7天内解决, 重大复杂问题1个月内解决, 最终销号清零):
# http://222.143.135.24:8888/News_show.asp?id=3927&type=68
# A CSV in GBK: a title line, the 交办日期 line every row's 办理时限 counts from, the 13710 rule in words, one header
# line with 问题类别 and 交办单位 (short names, a court in full), 办理时限 as 7天内 / 1个月内, a 合计 line and a 填报人 line.
HANDOVER_ROWS = [
    (
        "濮阳市天成机械有限公司",
        "华龙区",
        "技改项目备案信息变更须重新提交全部申报材料",
        "一般性问题",
        "市发改委",
        "7天内",
        "已办结，备案变更当日完成",
    ),
    (
        "濮阳市安泰化工有限公司",
        "濮阳县",
        "2023年度工业企业技术改造奖补资金至今未拨付",
        "重大复杂问题",
        "市财政局",
        "1个月内",
        "已拨付第一批资金1200万元，剩余资金正在履行审批程序",
    ),
    (
        "濮阳市通达建材有限公司",
        "清丰县",
        "企业胜诉的买卖合同纠纷案件执行款长期未到位",
        "重大复杂问题",
        "濮阳市中级人民法院",
        "1个月内",
        "已立案执行，正在查控被执行人财产",
    ),
    (
        "濮阳市金龙食品有限公司",
        "南乐县",
        "厂区北侧市政道路破损严重，大型货车无法通行",
        "一般性问题",
        "市住建局",
        "7天内",
        "",
    ),
    (
        "濮阳市润华纺织有限公司",
        "范县",
        "外地员工医保关系转移接续办理慢，影响员工就医报销",
        "一般性问题",
        "市医保局",
        "7天内",
        "已办结，32名员工医保关系已全部转入",
    ),
    (
        "濮阳市远航进出口有限公司",
        "华龙区",
        "境外参展补贴申报系统无法上传参展合同附件",
        "一般性问题",
        "商务局",
        "7天内",
        "逾期未办结",
    ),
    (
        "濮阳市豫华新能源有限公司",
        "濮阳工业园区",
        "二期工业用地容积率调整申请未获答复，影响项目规划报批",
        "重大复杂问题",
        "市资规局",
        "1个月内",
        "已提请市规划委员会研究，待会议审定",
    ),
]


def write_handover(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市“万人助万企”活动首批问题交办清单"])
    w.writerow(["交办日期：2024年7月10日    交办会议：全市“万人助万企”首批问题交办会"])
    w.writerow(
        [
            "办理要求：落实“13710”工作机制——收到交办问题1天内研究转办，3天内反馈办理情况，一般性问题7天内解决，"
            "重大复杂问题1个月内解决，时限均自交办之日起计算。"
        ]
    )
    w.writerow(
        [
            "序号",
            "企业名称",
            "所属县区",
            "问题描述",
            "问题类别",
            "交办单位",
            "办理时限",
            "办理情况（截至7月29日）",
        ]
    )
    for i, row in enumerate(HANDOVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共交办问题7个", "一般性问题4个、重大复杂问题3个", "", "", "已办结2个"])
    w.writerow(["填报人：杜鹏    联系电话：0393-8991530    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 重点项目建设督导推进会协调问题交办落实表, after a city's 重点项目建设督导推进会 (市长逐一协调解决项目推进中存在的
# 问题; 每个项目专人专班, 定期调度研究; 问题细化、具体化、明确化; 实行“四色管理法”, 责任到人, 倒排工期, 挂图作战,
# 限期完成):
# https://hd.hebei.com.cn/system/2017/09/15/018495120.shtml
# An .xls (xlwt): title, 会议/填报 line, a two-row header (责任落实 over 责任单位/责任领导/责任人), the 项目名称 merged
# down over each project's problems, 倒排工期 as schedule texts, a 四色标识 column explained in a 注 line, 落实情况.
PUSH_PROJECTS = [
    (
        "濮阳市第三水厂扩建工程",
        [
            (
                "取水管线穿越金堤河，需取得水行政主管部门审批",
                "由水行政主管部门开辟绿色通道，并联开展防洪影响评价审查",
                "市水务局",
                "副市长 韩立新",
                "王海涛",
                "7月31日前完成防洪影响评价审查，8月15日前取得批复",
                "蓝",
                "防洪影响评价已通过专家审查，正在办理批复",
            ),
            (
                "厂区东侧3户民房未完成征迁，影响沉淀池基础施工",
                "属地政府包户做工作，依法依规完成征迁",
                "华龙区人民政府",
                "副市长 韩立新",
                "刘振宇",
                "7月20日前完成征迁",
                "绿",
                "已签订征迁协议并拆除完毕",
            ),
        ],
    ),
    (
        "濮阳经开区新材料产业园",
        [
            (
                "施工临时用电未接入，现场靠柴油发电机施工",
                "供电企业优先安排临时用电接入",
                "濮阳供电公司",
                "副市长 周建华",
                "马骏",
                "7月25日前",
                "绿",
                "7月23日已送电，施工用电恢复正常",
            ),
            (
                "项目环评未批复，主体工程无法开工",
                "生态环境部门提前介入指导，加快报告书技术评估",
                "生态环境局",
                "副市长 周建华",
                "高明",
                "8月15日前完成技术评估，9月底前取得环评批复",
                "蓝",
                "环评报告书已报省生态环境厅技术评估",
            ),
        ],
    ),
    (
        "龙湖片区路网工程",
        [
            (
                "纬三路规划红线与已建小区围墙冲突，规划条件需调整",
                "规划部门牵头论证，调整规划条件",
                "市国土局",
                "副市长 韩立新",
                "郑宏",
                "8月10日前完成规划条件调整，8月底前核发建设工程规划许可证",
                "红",
                "尚未启动",
            ),
        ],
    ),
    (
        "市中心医院新院区",
        [
            (
                "施工图审查超出承诺时限，门诊楼施工许可无法办理",
                "督促审图机构压缩审查时限",
                "市建设局",
                "副市长 李晓梅",
                "陈亮",
                "7月31日前完成审查",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳县产业集聚区标准化厂房",
        [
            (
                "项目资金缺口1.2亿元，二期厂房建设停滞",
                "积极争取地方政府专项债券支持",
                "市发展改革委",
                "副市长 周建华",
                "杨帆",
                "8月份完成专项债申报，年底前资金到位",
                "黄",
                "已申报第三批专项债券，等待省级审核",
            ),
        ],
    ),
]


def write_push(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    title = _xf(bold=True, border=False, center=True, wrap=False, size=16)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "全市重点项目建设督导推进会协调问题交办落实表", title, 0, 9),
        (
            1,
            0,
            "会议时间：2024年7月12日    填报单位：濮阳市重点项目建设领导小组办公室    填报日期：2024年7月30日",
            plain,
            1,
            9,
        ),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "项目名称", head, 3, 1),
        (2, 2, "存在问题", head, 3, 2),
        (2, 3, "协调意见", head, 3, 3),
        (2, 4, "责任落实", head, 2, 6),
        (3, 4, "责任单位", head),
        (3, 5, "责任领导", head),
        (3, 6, "责任人", head),
        (2, 7, "倒排工期", head, 3, 7),
        (2, 8, "四色标识", head, 3, 8),
        (2, 9, "落实情况", head, 3, 9),
    ]
    r, n = 4, 0
    for name, problems in PUSH_PROJECTS:
        if len(problems) > 1:
            cells.append((r, 1, name, mid, r + len(problems) - 1, 1))
        else:
            cells.append((r, 1, name, mid))
        for problem in problems:
            n += 1
            cells.append((r, 0, n, mid))
            for c, v in enumerate(problem, 2):
                cells.append((r, c, v, mid if c == 8 else cell))
            r += 1
    cells += [
        (
            r,
            0,
            "注：四色标识——红色为问题尚未推动，黄色为需上级协调、推进有难度，蓝色为按倒排工期正常推进，"
            "绿色为问题已解决。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "审核人：宋志刚    填表人：孔令华    联系电话：0393-8995017", plain, r + 1, 9),
    ]
    return _write_xls(path, [("交办落实表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 重大项目问题周调度清单, after a city's 重点工作及重大项目问题周调度会 (市发改委汇报向上争、在洽谈、前期、在建、
# 已竣工五类重大项目有关情况及问题交办建议; 市住建局汇报专项债项目推进情况; 加强项目闭环管理, 细化问题清单):
# http://www.xpbr63a.cn/jujiao/2023/0318/16728.html
# An .xlsx: title, 调度时间/汇总单位 line, one header row with 交办建议, 牵头单位 and 配合单位, the items grouped under
# the five 类 rows merged across, 办结时限 as dates / 月底前 / 第三季度 / 年底前, 本周进展 and a 是否闭环 column (是/否),
# a 说明 line and a signature line.
WEEKLY_GROUPS = [
    (
        "一、向上争取类",
        [
            (
                "黄河滩区生态保护和高质量发展示范项目",
                "项目可行性研究报告批复滞后，影响中央预算内投资申报",
                "督促编制单位加快修改，提请省发改委优先评审",
                "市发展改革委",
                "市水利局",
                "2024年8月10日",
                "可研报告已报省发改委评审",
                "否",
            ),
            (
                "城市更新专项债券项目",
                "专项债项目收益与融资平衡方案未通过省级审核",
                "修改完善收益测算，重新报送",
                "市财政局",
                "市住建局",
                "2024年7月26日",
                "已修改完善并重新报送，7月24日通过省级审核",
                "是",
            ),
        ],
    ),
    (
        "二、在洽谈类",
        [
            (
                "锂电池正极材料项目",
                "企业要求的配套用地尚未完成收储，影响签约落地",
                "属地政府加快土地收储，资规部门做好指标保障",
                "范县人民政府",
                "市自然资源和规划局",
                "2024年第三季度",
                "正在开展土地征收前期调查",
                "否",
            ),
        ],
    ),
    (
        "三、前期类",
        [
            (
                "市体育中心改造提升项目",
                "消防设计审查未通过，施工许可无法办理",
                "组织设计单位对照审查意见修改，住建部门加快复审",
                "市住建局",
                "市消防救援支队",
                "7月底前",
                "",
                "否",
            ),
            (
                "华龙区老旧厂区改造项目",
                "地块土壤污染状况调查报告未完成评审，影响土地供应",
                "加快调查报告编制，及时组织评审",
                "市生态环境局",
                "华龙区人民政府",
                "8月底前",
                "调查报告已完成初稿，正在补充采样",
                "否",
            ),
        ],
    ),
    (
        "四、在建类",
        [
            (
                "濮阳工业园区化工新材料一体化项目",
                "施工用水管网未接入，现场靠罐车运水",
                "供水企业优先实施管网接入",
                "自来水公司",
                "濮阳工业园区管委会",
                "2024年7月20日",
                "已接通临时供水管网",
                "是",
            ),
            (
                "城区雨污分流改造工程（二期）",
                "施工占道审批手续未办结，3个标段停工",
                "城管部门即报即批，同步做好交通疏导",
                "市城管执法局",
                "市交警支队",
                "2024年7月25日",
                "已办理占道施工许可，3个标段全部复工",
                "是",
            ),
        ],
    ),
    (
        "五、已竣工类",
        [
            (
                "智能装备产业园标准化厂房",
                "厂房竣工后入驻企业不足，空置率达60%",
                "加大定向招商力度，落实租金减免政策",
                "市工信委",
                "市商务局",
                "年底前",
                "已对接意向入驻企业3家，正在洽谈",
                "否",
            ),
        ],
    ),
]


def write_weekly(path: Path) -> Path:
    b = Book(path, author="重点项目办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 26, 38, 30, 16, 16, 14, 30, 10])
    b.line(ws, 0, "全市重点工作及重大项目问题周调度清单（第30周）", 8, b.title)
    b.line(ws, 1, "调度时间：2024年7月26日    汇总单位：市发展改革委（市重点项目办）", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "存在问题",
            "交办建议",
            "牵头单位",
            "配合单位",
            "办结时限",
            "本周进展",
            "是否闭环",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#DDEBF7"})
    r, n = 3, 0
    for title, rows in WEEKLY_GROUPS:
        b.merge(ws, r, 0, r, 8, f"{title}（{len(rows)}个问题）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:-1]), first=1)
            b.put(ws, r, 8, row[-1], b.center)
            r += 1
    b.line(
        ws,
        r,
        "说明：问题实行闭环管理，“是否闭环”栏为“是”的，经牵头单位确认后销号；未闭环问题下周继续调度。",
        8,
    )
    b.line(ws, r + 1, "填报人：侯晓峰    联系电话：0393-8991276", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 重点民生实事项目督办情况公示表, after a district 人大常委会街道工委's “五色督办” (结合视察调研更新街道重点民生
# 实事项目督办情况, 张贴在代表家站点和社区公示栏; 民生实事落实情况以表格形式逐条展示; 根据施工进度赋予红、橙、黄、
# 绿、蓝五种颜色, 进度不足30%为红色, 已完工并验收为蓝色; “红色”项目的承办部门收到工作任务, 工作内容和办结时限
# 悉数在列):
# http://m.qisacloud.com/1/detail/1392842806355951616/web/content_1392842806355951616.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 更新时间 line, a table with 承办部门 (district units in
# full, the gas and power companies by short names), 当前进度, a 督办状态 colour, 办结时限 and 备注, the colour legend
# below the table and the 工委 at the foot.
LIVELIHOOD_ROWS = [
    (
        "文明社区嵌入式服务综合体",
        "改造社区用房1200平方米，设置助餐、托育、日间照料功能",
        "华龙区民政局",
        "主体改造完成25%",
        "红色",
        "2024年10月31日",
        "已通过基层治理平台向承办部门派发督办任务",
    ),
    (
        "老旧小区雨污管网和化粪池改造",
        "改造雨污管网3.2公里、化粪池14座",
        "华龙区住房和城乡建设局",
        "完成管网铺设0.6公里，进度约20%",
        "红色",
        "2024年11月30日",
        "已通过基层治理平台向承办部门派发督办任务",
    ),
    (
        "背街小巷路灯亮化",
        "新装、更换路灯186盏",
        "华龙区城市管理局",
        "已完工并验收",
        "蓝色",
        "2024年6月30日",
        "",
    ),
    (
        "老旧小区燃气管道更新",
        "更新庭院燃气管道5.8公里",
        "市燃气公司",
        "完成4.1公里，进度70%",
        "黄色",
        "9月底前",
        "",
    ),
    (
        "社区卫生服务站提升改造",
        "改造社区卫生服务站2个，增设中医诊疗区",
        "华龙区卫生健康委员会",
        "尚未开工",
        "红色",
        "年底前",
        "已通过基层治理平台向承办部门派发督办任务",
    ),
    (
        "居民小区电动自行车充电设施建设",
        "新建集中充电点位20个",
        "濮阳供电公司",
        "已建成18个点位，剩余2个正在安装",
        "绿色",
        "2024年8月15日",
        "",
    ),
    (
        "公办幼儿园增设托班",
        "在2所公办幼儿园各开设托班2个",
        "华龙区教育局",
        "已完工并验收，9月1日开班",
        "蓝色",
        "8月底前",
        "",
    ),
]


def write_colour_docx(path: Path) -> Path:
    doc = _new_document("人大工委")
    _title(doc, "人民路街道2024年重点民生实事项目督办情况公示表", 18)
    _paragraph(doc, "更新时间：2024年7月25日    （张贴于代表之家、各社区公示栏）", 12)
    body = [[str(i), *row] for i, row in enumerate(LIVELIHOOD_ROWS, 1)]
    _table(
        doc,
        ["序号", "民生实事项目", "建设内容", "承办部门", "当前进度", "督办状态", "办结时限", "备注"],
        body,
        size=10,
    )
    _paragraph(
        doc,
        "督办状态说明：红色—进度不足30%；橙色—进度30%至60%；黄色—进度60%至90%；绿色—进度90%以上；"
        "蓝色—已完工并验收。",
        12,
    )
    _paragraph(
        doc, "对督办状态为红色的项目，承办部门须在办结时限内加快推进，并每半月向街道工委报告进展。", 12
    )
    _paragraph(doc, "华龙区人大常委会人民路街道工作委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_colour(path: Path) -> Path:
    return via_soffice(write_colour_docx, path, "doc", "民生实事督办公示表.docx")


# ---------------------------------------------------------------------------------------------
# 6. 人大代表走访月收集问题整改台账, after a 乡's 人大代表“走基层、面对面、收民情、集民意”走访月 (代表深入各村(社区)
# 通过座谈会、坝坝会、实地查看收集群众意见; 收集梳理政策落实、遗留问题化解、基础设施提升、特色产业发展等13大类
# 140余个问题, 其中职能部门现场答复立行立改问题14个, 纳入短期整改问题20余个, 坚持当下改和长久立相结合问题110余个):
# https://www.gyrd.gov.cn/article.html?id=6673
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 问题类别, 收集日期 and the 反映代表 (the proposer), the items grouped under three 整改类别 rows, 整改时限 as
# 立行立改 (counted from the 收集日期, as the 注 says) / dates / 长期坚持, the 责任单位 in full (county bureaus, a county
# power company, the 乡 itself), a 合计 line and a signature line.
VISIT_GROUPS = [
    (
        "一、立行立改问题（职能部门现场答复）",
        [
            (
                "基础设施提升",
                "梁庄村",
                "村内主街路灯损坏6盏，夜间出行不便",
                date(2024, 7, 3),
                "李建军",
                "梁庄乡人民政府",
                "立行立改",
                "已现场答复，路灯已全部修复",
            ),
            (
                "安全饮水",
                "后刘村",
                "村集中供水点水压低，高处农户用水困难",
                date(2024, 7, 5),
                "王秀梅",
                "濮阳县水利局",
                "立行立改",
                "已更换加压泵，供水恢复正常",
            ),
            (
                "教育医疗",
                "董楼村",
                "村卫生室医保结算系统经常断网，群众无法即时报销",
                date(2024, 7, 8),
                "张国庆",
                "濮阳县医疗保障局",
                "立行立改",
                "正在协调运营商接入专用网络，预计8月初完成",
            ),
        ],
    ),
    (
        "二、短期整改问题",
        [
            (
                "基础设施提升",
                "西辛庄村",
                "村东生产桥桥面破损，农机通行存在安全隐患",
                date(2024, 7, 4),
                "李建军",
                "濮阳县交通运输局",
                "2024年8月31日前",
                "维修方案已完成设计，正在招标",
            ),
            (
                "生产生活",
                "马寨村",
                "灌溉机井变压器容量不足，夏灌期间频繁跳闸",
                date(2024, 7, 9),
                "赵亮",
                "国网濮阳县供电公司",
                "7月底前",
                "已完成变压器增容，灌溉用电正常",
            ),
            (
                "特色产业发展",
                "东辛庄村",
                "蔬菜大棚产品销售渠道单一，集中上市时价格偏低",
                date(2024, 7, 11),
                "王秀梅",
                "梁庄乡人民政府",
                "9月30日前",
                "",
            ),
        ],
    ),
    (
        "三、当下改和长久立相结合问题",
        [
            (
                "乡村治理",
                "梁庄村",
                "红白事大操大办、相互攀比现象仍有发生",
                date(2024, 7, 3),
                "张国庆",
                "梁庄乡人民政府",
                "长期坚持",
                "已指导各村修订村规民约，红白理事会常态化运行",
            ),
            (
                "遗留问题化解",
                "后刘村",
                "两户村民宅基地界址纠纷多年未化解",
                date(2024, 7, 5),
                "赵亮",
                "濮阳县自然资源局",
                "长期坚持",
                "未启动",
            ),
        ],
    ),
]


def write_visit_book(path: Path) -> Path:
    b = Book(path, author="乡人大主席团")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 12, 40, 12, 10, 22, 16, 32])
    b.line(ws, 0, "梁庄乡人大代表“走基层、面对面、收民情、集民意”走访月收集问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳县梁庄乡人大主席团    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "村（社区）",
            "问题内容",
            "收集日期",
            "反映代表",
            "责任单位",
            "整改时限",
            "整改情况",
        ],
    )
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 3, 0
    for title, rows in VISIT_GROUPS:
        b.merge(ws, r, 0, r, 8, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "合计：本台账列入问题8个，其中立行立改3个、短期整改3个、当下改和长久立相结合2个。", 8)
    b.line(ws, r + 1, "注：立行立改问题以收集当日现场答复为整改时限。", 8)
    b.line(ws, r + 2, "乡人大主席团主席：郭卫东    填表人：陈晓丽    联系电话：0393-3310562", 8)
    return b.close()


def write_visit(path: Path) -> Path:
    return via_soffice(write_visit_book, path, "xls", "人大代表走访月问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 镇文明城市创建暗访发现问题自查自纠情况报告, after a 镇's own 暗访 of its 管理区 (镇党委书记带领分管领导和创建办
# 负责人突击暗访, 抽查社区、村、菜场、超市; 发现小巷车辆占道停放、社区文明宣传阵地不醒目、阅览室电脑蓝屏、公益广告和
# 志愿者制度未上墙、超市门口非机动车乱停放、菜场地面湿滑、占道经营和活禽交易、村委会周边黑臭河道; 问题交办会上
# 要求逐条对照考评标准开展自查自纠, 逐项落实):
# http://www.cs-eport.com/news/zfdt/3293.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 暗访 date the 立行立改 rows count from, a table whose
# 责任科室 column names only the town's own offices (the 点位 names communities and villages), closing paragraph, the
# town and date at the foot.
SELF_CHECK_ROWS = [
    (
        "小巷内车辆沿街占道停放，影响通行",
        "仓颉路北段小巷",
        "城建办",
        "清理占道车辆，施划停车泊位",
        "立行立改",
        "已清理占道车辆，施划停车泊位28个，整改完成",
    ),
    (
        "社区文明宣传阵地不醒目，宣传内容陈旧",
        "育才社区",
        "党政办",
        "更新宣传栏内容，增设社会主义核心价值观宣传",
        "7月25日前",
        "已更换宣传栏3处，内容全部更新",
    ),
    (
        "社区阅览室电脑不能正常使用",
        "育才社区",
        "社会事务办",
        "维修或更换阅览室电脑",
        "立行立改",
        "",
    ),
    (
        "超市门口非机动车乱停乱放",
        "万德隆超市南乐店",
        "综治中心",
        "划定非机动车停放区，安排专人劝导",
        "长期坚持",
        "已划定停放区，安排专人每日巡查劝导，长期坚持",
    ),
    (
        "农贸市场地面湿滑，部分摊位占道经营",
        "城关农贸市场",
        "经济发展办",
        "铺设防滑地面，清理占道摊位",
        "8月15日前",
        "占道摊位已清理，防滑地面正在铺设",
    ),
    (
        "农贸市场内仍有活禽现场宰杀交易",
        "城关农贸市场",
        "经济发展办",
        "设置活禽集中屠宰区，取缔场内宰杀",
        "8月31日前",
        "未整改",
    ),
    (
        "村委会周边沟渠黑臭，垃圾漂浮",
        "西关村",
        "城建办",
        "清淤清垃圾，实施沟渠生态修复",
        "9月30日前",
        "已完成清淤和垃圾清理，生态修复正在实施",
    ),
    (
        "公益广告、道德讲堂和志愿者制度未上墙",
        "西关村",
        "党政办",
        "制作上墙",
        "7月20日前",
        "已全部制作上墙",
    ),
]


def write_self_check_docx(path: Path) -> Path:
    doc = _new_document("城建办")
    _title(doc, "南乐县城关镇关于文明城市创建暗访发现问题自查自纠情况的报告")
    _paragraph(doc, "县创建办：")
    _paragraph(
        doc,
        "2024年7月16日，镇党委书记带领镇分管领导和创建办负责人，对辖区管理区、社区、村、农贸市场和商超开展突击"
        "暗访，现场发现问题8个。随后召开的问题交办会要求各责任科室逐条对照考评标准开展自查自纠，能立即整改的"
        "立行立改（以暗访当日为限），不能立即整改的明确时限整改到位。现将自查自纠情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(SELF_CHECK_ROWS, 1)]
    _table(doc, ["序号", "发现问题", "点位", "责任科室", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "下一步，我镇将开展新一轮补短板工作，对发现的问题举一反三，形成城市管理常态长效机制。")
    _paragraph(doc, "南乐县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_self_check(path: Path) -> Path:
    return via_soffice(write_self_check_docx, path, "doc", "暗访问题自查自纠报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 重点项目建设进展情况公示表, after a district's monthly public display of its 重点项目 (每月在综合信息之窗LED显示屏
# 公示推进较快、正常、缓慢项目的进展情况; 公布项目进度、总投资、年度投资计划、形象进度、存在问题、区委区政府分管领导、
# 责任单位及责任人; 58个重点项目中部分完成全年目标任务的79.93%、60%, 部分相对滞后, 进度不到50%):
# http://bbs.diqiucz.com/archiver/showtopic-10764.aspx
# An .xlsx: title, 公示单位/统计截至 line, a two-row header (投资情况（万元） over 总投资/年度计划投资/1—7月完成投资/
# 完成年度计划), 形象进度, 存在问题, 推进情况 (推进较快/正常推进/推进缓慢/已竣工), 分管领导, 责任单位 (short and former
# names, a county government, a company), 责任人 and 计划竣工时间 as year-month, a 合计 row and a 注 line.
DISPLAY_ROWS = [
    (
        "市第五中学新校区建设",
        32000,
        15000,
        11990,
        "教学楼主体封顶，正在砌体施工",
        "室外配套管网设计未定稿，影响配套工程招标",
        "推进较快",
        "副市长 李晓梅",
        "市教育局",
        "周文斌",
        "2024年8月",
    ),
    (
        "城北安置小区二期",
        18000,
        9000,
        4100,
        "1—6号楼主体施工",
        "剩余3户未完成征迁，7号楼无法开工",
        "正常推进",
        "副市长 韩立新",
        "华龙区人民政府",
        "刘振宇",
        "2025年6月",
    ),
    (
        "生活垃圾焚烧发电厂配套安置小区",
        9600,
        5000,
        0,
        "未开工",
        "项目用地农用地转用手续未获批",
        "推进缓慢",
        "副市长 韩立新",
        "濮阳县人民政府",
        "秦海洋",
        "2024年12月",
    ),
    (
        "炉渣骨料综合利用项目",
        6500,
        4000,
        1200,
        "厂房钢结构安装",
        "配套道路未修通，设备进场困难",
        "正常推进",
        "副市长 周建华",
        "濮阳市恒源环保科技有限公司",
        "冯志强",
        "2024年10月",
    ),
    (
        "市人民医院医技综合楼",
        24000,
        6000,
        6000,
        "已通过消防验收，7月15日投入使用",
        "消防验收提出的3项整改意见需落实",
        "已竣工",
        "副市长 李晓梅",
        "市卫健委",
        "韩冬",
        "2024年7月",
    ),
    (
        "城区主干道“白改黑”提升工程",
        8800,
        8800,
        3500,
        "完成2条道路，其余3条正在铣刨",
        "施工期间交通导改方案未获批复，夜间施工受限",
        "正常推进",
        "副市长 周建华",
        "市城管局",
        "吕鹏",
        "2024年10月",
    ),
    (
        "濮范高速连接线改建工程",
        41000,
        20000,
        14600,
        "路基完成80%，桥梁下部结构完成",
        "跨越铁路段施工需铁路部门审批",
        "推进较快",
        "副市长 周建华",
        "市交通局",
        "许卫东",
        "2024年11月",
    ),
    (
        "戚城遗址公园提升工程",
        5200,
        3000,
        0,
        "未开工",
        "文物保护方案尚未获省文物局批复",
        "推进缓慢",
        "副市长 李晓梅",
        "市旅游局",
        "田野",
        "2024年12月",
    ),
]


def write_display(path: Path) -> Path:
    b = Book(path, author="发改委重点办")
    ws = b.sheet("1-7月")
    b.widths(ws, [6, 26, 10, 10, 10, 10, 26, 32, 10, 14, 22, 10, 12])
    money = b.book.add_format({"border": 1, "num_format": "0", "valign": "vcenter"})
    pct = b.book.add_format({"border": 1, "num_format": "0.00%", "valign": "vcenter"})
    b.line(ws, 0, "2024年1—7月市重点项目建设进展情况公示表", 12, b.title)
    b.line(ws, 1, "公示单位：濮阳市重点项目建设领导小组办公室    统计截至：2024年7月31日    （每月更新）", 12)
    for c, word in ((0, "序号"), (1, "项目名称")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 5, "投资情况（万元）", b.head)
    b.header(ws, 3, ["总投资", "年度计划投资", "1—7月完成投资", "完成年度计划"], first=2)
    for c, word in enumerate(
        ["形象进度", "存在问题", "推进情况", "分管领导", "责任单位", "责任人", "计划竣工时间"], 6
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(DISPLAY_ROWS, 1):
        r = 3 + i
        name, total, plan, done, *rest = row
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, name)
        b.put(ws, r, 2, total, money)
        b.put(ws, r, 3, plan, money)
        b.put(ws, r, 4, done, money)
        b.put(ws, r, 5, round(done / plan, 4), pct)
        b.row(ws, r, rest, first=6)
    end = 4 + len(DISPLAY_ROWS)
    plan_sum = sum(r[2] for r in DISPLAY_ROWS)
    done_sum = sum(r[3] for r in DISPLAY_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, sum(r[1] for r in DISPLAY_ROWS), money)
    b.put(ws, end, 3, plan_sum, money)
    b.put(ws, end, 4, done_sum, money)
    b.put(ws, end, 5, round(done_sum / plan_sum, 4), pct)
    for c in range(6, 13):
        b.put(ws, end, c, "")
    b.line(
        ws,
        end + 1,
        "注：推进情况按完成年度计划比例划分，60%以上为推进较快，30%至60%为正常推进，30%以下为推进缓慢。",
        12,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 人大代表联络站群众反映问题办理台账 (two returns in one zip), after a 镇's 人大代表联络站 接待日 (每月10日值班代表
# 接待群众, 认真记录群众的“小事”“难事”; 形成“接待、登记、办理、回访”工作闭环; 把群众“问题清单”变为代表“履职清单”;
# 解决的有配置垃圾分类桶、村庄生活污水处理、新建道路标线、新增停车位、整治集镇“空中飞线”、返乡人员家门口就业、
# 上门办理健康证、临时救助):
# http://sheyang.gov.cn/art/2024/5/14/art_31028_4187899.html
# A .zip holding an .xlsx 接待登记办理台账 from one town (all rows received on the 7月10日 接待日, a 15个工作日 limit
# stated once above the header, 办结时间 and 回访情况 columns) and a .docx from another town whose table has a
# two-row header with ticks under 是否办结 (是/否) and a 承诺办结时限 column.
RECEPTION_ROWS = [
    (
        "张桂兰",
        "韩村",
        "村内垃圾分类桶数量不足，垃圾经常外溢",
        "刘志刚",
        "韩村镇人民政府",
        "已为韩村配置分类垃圾桶60个",
        date(2024, 7, 22),
        "满意",
    ),
    (
        "李保国",
        "前屯村",
        "集镇主街道路标线模糊，路口车辆乱行",
        "赵淑芳",
        "清丰县交通运输局",
        "已列入8月份标线施划计划",
        "",
        "",
    ),
    (
        "王振华",
        "韩村",
        "集镇商户门前“空中飞线”杂乱，存在安全隐患",
        "刘志刚",
        "国网清丰县供电公司",
        "",
        "",
        "",
    ),
    (
        "陈秀英",
        "后屯村",
        "返乡人员希望在家门口就近就业",
        "赵淑芳",
        "清丰县人力资源和社会保障局",
        "已推荐本地企业岗位5个，2人已上岗",
        date(2024, 7, 26),
        "基本满意",
    ),
]
TICKED_ROWS = [
    (
        "部分村庄生活污水沿路外溢，气味难闻",
        "孙口村 陈先生",
        "台前县住房和城乡建设局",
        "污水收集管网正在铺设",
        "",
        "√",
        "8月31日",
    ),
    (
        "餐饮从业人员办理健康证需往返县城",
        "集镇商户 刘女士",
        "台前县卫生健康委员会",
        "已组织医务人员上门集中办理健康证43人",
        "√",
        "",
        "7月20日",
    ),
    (
        "因病致困家庭生活困难，申请临时救助",
        "梁集村 王先生",
        "孙口镇人民政府",
        "已发放临时救助金3000元",
        "√",
        "",
        "7月15日",
    ),
    (
        "镇中心小学门口缺少接送车辆停车位，上下学时段拥堵",
        "学生家长 张先生",
        "台前县公安局交通管理大队",
        "",
        "",
        "√",
        "9月30日",
    ),
]


def write_reception_book(path: Path) -> Path:
    b = Book(path, author="韩村镇人大")
    ws = b.sheet("接待登记")
    b.widths(ws, [6, 12, 10, 10, 36, 10, 24, 30, 12, 10])
    b.line(ws, 0, "韩村镇人大代表联络站接待群众登记办理台账（7月10日接待日）", 9, b.title)
    b.line(ws, 1, "办理要求：交办事项自接待之日起15个工作日内办结，办结后由接待代表回访。", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "接待日期",
            "来访群众",
            "所在村",
            "反映问题",
            "接待代表",
            "交办单位",
            "办理情况",
            "办结时间",
            "回访情况",
        ],
    )
    for i, row in enumerate(RECEPTION_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, date(2024, 7, 10))
        b.row(ws, r, list(row), first=2)
    b.line(ws, 3 + len(RECEPTION_ROWS), "登记人：韩村镇人大代表联络站    联系电话：0393-7556120", 9)
    return b.close()


def write_ticked_docx(path: Path) -> Path:
    doc = _new_document("孙口镇人大")
    _title(doc, "孙口镇人大代表联络站群众反映问题办理情况", 18)
    _paragraph(doc, "接待日：2024年7月10日    填报日期：2024年7月30日", 12)
    words = ["序号", "群众反映问题", "反映人", "承办单位", "办理结果", "是否办结", "", "承诺办结时限"]
    table = doc.add_table(rows=2 + len(TICKED_ROWS), cols=len(words))
    table.style = "Table Grid"
    for c, word in enumerate(words):
        if c != 5 and c != 6:
            top = table.cell(0, c).merge(table.cell(1, c))
            _cell_text(top, word, 10.5, bold=True)
    both = table.cell(0, 5).merge(table.cell(0, 6))
    _cell_text(both, "是否办结", 10.5, bold=True)
    _cell_text(table.cell(1, 5), "是", 10.5, bold=True)
    _cell_text(table.cell(1, 6), "否", 10.5, bold=True)
    for r, row in enumerate(TICKED_ROWS, 2):
        for c, v in enumerate([str(r - 1), *row]):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "孙口镇人大代表联络站", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_reception_zip(path: Path) -> Path:
    members = [
        ("韩村镇人大代表联络站接待群众登记办理台账.xlsx", write_reception_book),
        ("孙口镇人大代表联络站群众反映问题办理情况.docx", write_ticked_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 民生实事项目视察反馈问题整改落实情况报告, after a district 人大常委会's 专题视察 of its 人大代表票决民生实事项目
# (农村公路建设提升、校园基础设施提升、托育服务能力提升、社区嵌入式养老服务综合体; 实地察看+听取汇报+现场询问;
# 代表围绕“部分项目进度滞后”“项目资金支付率低”“后续管护机制不健全”等问题建言, 建议压实责任、优化施工方案、
# 优先保障民生项目配套资金、完善后续管护机制):
# http://www.xxsmdj.com/ls/2025/08-22/qkNK0G16.html
# A .docx from one bureau: title, 主送, preamble with the 视察 date the 立行立改 item counts from, the items numbered
# 1.–7. under four project headings 一、…四、, each item over two or three paragraphs (the problem; 责任科室 and
# 整改时限; 落实情况 when there is one), a closing paragraph, the bureau and date at the foot. The 科室 are sections.
INSPECTION_GROUPS = [
    (
        "一、城镇老旧小区改造项目",
        [
            (
                "项目进度滞后，今年计划改造的12个小区中仍有3个小区未开工。",
                "城市建设科",
                "2024年9月底前全部开工",
                "胜利路北小区已于7月18日开工，其余2个小区正在招标。",
            ),
            (
                "部分施工单位夜间施工扰民，居民反映强烈。",
                "建筑市场监管科",
                "2024年7月15日前",
                "已约谈施工单位，调整作业时间，整改完成。",
            ),
        ],
    ),
    (
        "二、城镇燃气管道老化更新改造项目",
        [
            (
                "施工围挡不规范，部分开挖路段未设置警示标志。",
                "质量安全监督科",
                "立行立改",
                "视察当日已督促施工单位补设围挡和警示标志，整改到位。",
            ),
            (
                "项目资金支付率低，截至6月底仅支付合同额的32%。",
                "计划财务科",
                "2024年8月31日前支付率达到60%以上",
                "已支付至51%，剩余资金正在办理拨付手续。",
            ),
        ],
    ),
    (
        "三、既有住宅加装电梯项目",
        [
            (
                "已加装电梯后续维保管护机制不健全，维保费用分摊无明确规定。",
                "物业管理科",
                "长期坚持",
                "已出台加装电梯维保管理指导意见，长期坚持。",
            ),
            (
                "项目公示牌未标明监督投诉电话。",
                "办公室",
                "2024年7月10日",
                "",
            ),
        ],
    ),
    (
        "四、保障性安居工程",
        [
            (
                "城北棚户区改造安置房交付时间较合同约定延迟。",
                "住房保障科",
                "2024年12月底前完成交付",
                "尚未启动。",
            ),
        ],
    ),
]


def write_inspection(path: Path) -> Path:
    doc = _new_document("城市建设科")
    _title(doc, "濮阳市住房和城乡建设局关于市人大常委会民生实事项目专题视察反馈问题整改落实情况的报告")
    _paragraph(doc, "市人大常委会办公室、市政府督查局：")
    _paragraph(
        doc,
        "2024年7月2日，市人大常委会组织部分市人大代表，对我局牵头实施的城镇老旧小区改造、燃气管道老化更新改造、"
        "既有住宅加装电梯、保障性安居工程4项民生实事进行专题视察，反馈问题7个。我局逐项研究，明确责任科室和整改"
        "时限，立行立改事项于视察当日整改。现将整改落实情况报告如下：",
    )
    n = 0
    for heading, items in INSPECTION_GROUPS:
        _paragraph(doc, heading, 16, "黑体")
        for problem, section, limit, progress in items:
            n += 1
            _paragraph(doc, f"{n}.{problem}")
            _paragraph(doc, f"责任科室：{section}；整改时限：{limit}。")
            if progress:
                _paragraph(doc, f"落实情况：{progress}")
    _paragraph(doc, "下一步，我局将对未完成整改的问题按月跟踪调度，确保民生实事项目按期建成、群众满意。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


FILES = [
    ("“万人助万企”活动企业问题台账（2024年7月）.xlsx", write_ledger),
    ("“万人助万企”首批问题交办清单.csv", write_handover),
    ("重点项目建设督导推进会协调问题交办落实表.xls", write_push),
    ("全市重大项目问题周调度清单（第30周）.xlsx", write_weekly),
    ("人民路街道2024年重点民生实事项目督办情况公示表.wps", write_colour),
    ("梁庄乡人大代表走访月收集问题整改台账.et", write_visit),
    ("城关镇文明城市创建暗访发现问题自查自纠情况报告.doc", write_self_check),
    ("2024年1—7月市重点项目建设进展情况公示表.xlsx", write_display),
    ("人大代表联络站群众反映问题办理台账（韩村镇、孙口镇）.zip", write_reception_zip),
    ("市住房和城乡建设局关于民生实事项目视察反馈问题整改落实情况的报告.docx", write_inspection),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

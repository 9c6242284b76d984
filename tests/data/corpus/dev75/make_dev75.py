"""Write the dev75 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one of them with a 合计 row, and one more inside the zip), .xls (xlwt, a two-row header), .et
(Excel 97 via LibreOffice), .ods (LibreOffice conversion, zip times fixed), a CSV in GBK, a .docx report whose items
are numbered paragraphs, a .doc (Word 97 via LibreOffice) with a table and a 合计 row, and a .zip of two returns (an
.xlsx export and a .docx report whose items are paragraphs).
Campaigns: 督查督办, 民生实事, 乡镇街道自查, 营商环境, 安全生产隐患, 信访积案化解, 环保督察, 审计整改, 巡视巡察,
12345热线. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev75.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice writes byte-identical files.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        self.bold = add({"bold": True, "text_wrap": True, "valign": "vcenter", "border": 1})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.stamp = add(
            {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
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
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
# 1. 政府工作报告主要任务指标分解落实情况自查, after a county 政府's notice strengthening the 政务督查 of its 重点工作 (督查
# 内容: 政府工作报告主要任务指标分解、重点工程、实事工程; 各牵头单位、责任单位……按季度对相关工作的完成情况、存在问题进行
# 逐项自查，及时提出下步计划和对策措施，并填写自查表(附件2); 分别于6月27日、9月30日、次年1月5日前……以电子文本形式报送):
# http://www.scgct.cn/system/2010/12/17/010032945.shtml
# An .xlsx: the 附件2 line, title, 填报单位 line (one bureau; its own 科室 as 责任科室), one header row with the 督查内容
# category, 完成时限, 完成情况, 存在问题 and 下步计划和对策措施, a 注 line with the reporting dates and a signature line.
SELF_CHECK_ROWS = [
    (
        "主要任务指标",
        "新改建农村公路200公里，其中提质改造县乡道80公里",
        "建设管理科",
        "8月底前完成路基路面主体，11月底前全部完工",
        "已完工86公里，在建114公里",
        "部分标段征地拆迁进度慢",
        "协调属地政府加快征迁，实行周调度、旬通报",
    ),
    (
        "主要任务指标",
        "完成国省干线公路养护大中修工程45公里",
        "养护管理科",
        "2024年10月31日",
        "",
        "",
        "",
    ),
    (
        "重点工程",
        "完成濮卫高速公路濮阳段工程可行性研究报告批复",
        "综合规划科",
        "第三季度",
        "工可报告已通过专家评审，已报省发展改革委待批复",
        "用地预审意见尚未取得",
        "主动对接省自然资源厅，加快办理用地预审",
    ),
    (
        "重点工程",
        "建成城东公交换乘中心并投入使用",
        "运输管理科",
        "2024年6月30日",
        "已建成，6月18日投入使用",
        "无",
        "加强站场运营管理",
    ),
    (
        "实事工程",
        "新增和更新新能源公交车100辆",
        "运输管理科",
        "年底前",
        "车辆采购尚未启动",
        "财政配套资金未落实",
        "积极争取上级车辆购置补助资金",
    ),
    (
        "实事工程",
        "新开通城乡公交线路6条，提升农村客运通达水平",
        "运输管理科",
        "2024年9月30日",
        "已开通4条，其余2条正在试运行",
        "部分线路沿线道路较窄",
        "会同交警部门完善沿线停靠站点",
    ),
    (
        "主要任务指标",
        "常态化开展“两客一危”车辆动态监控，严厉查处超速、疲劳驾驶",
        "安全监督科",
        "长期坚持",
        "常态化推进，截至6月20日通报违规车辆112台次",
        "",
        "持续开展动态监控和通报",
    ),
    (
        "主要任务指标",
        "道路运输高频政务服务事项“网上办”比例达到95%",
        "法规审批科",
        "2024年6月底",
        "已实现98%的高频事项网上办理，已完成",
        "",
        "",
    ),
]


def write_self_check(path: Path) -> Path:
    b = Book(path, author="交通运输局")
    ws = b.sheet("自查表")
    b.widths(ws, [6, 14, 40, 14, 22, 32, 24, 30])
    b.line(ws, 0, "附件2", 7)
    b.line(ws, 1, "2024年市政府工作报告主要任务指标分解落实情况自查表", 7, b.title)
    b.line(
        ws,
        2,
        "填报单位（盖章）：濮阳市交通运输局    自查时段：2024年1—6月    报送日期：2024年6月27日",
        7,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "督查内容",
            "目标任务",
            "责任科室",
            "完成时限",
            "完成情况",
            "存在问题",
            "下步计划和对策措施",
        ],
    )
    for i, row in enumerate(SELF_CHECK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
        b.put(ws, 3 + i, 1, row[0], b.center)
    end = 4 + len(SELF_CHECK_ROWS)
    b.line(
        ws,
        end,
        "注：本表按季度填报，分别于6月27日、9月30日、次年1月5日前以电子文本形式报送市政府督查室。",
        7,
    )
    b.line(ws, end + 1, "单位负责人：张建国    填表人：李晓    联系电话：0393-4412368", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重点民生实事上半年进度, after a city 发展改革委's account of its 重点民生实事 in the first half-year (25件重点民生实事计划
# 总投资277亿元，上半年实际完成投资156.92亿元，占全年计划投资的56.6%。其中，中央专项资金……; each 实事 named with its
# years in brackets, e.g. 解决……500万人饮水安全(2013—2017年), then 上半年已完成……。累计……，占总计划的99.2%):
# http://fzggw.cq.gov.cn/zwxx/xwbd/202003/t20200319_5756150_wap.html
# An .xlsx: title, a preamble line with the investment totals and their sources, one header row, each 实事 with its
# 实施期限 in brackets inside the name, the 牵头单位 by short name, the half-year's progress in sentences beside a 累计完成
# 占总计划 share, a 合计 row and a 资料来源 line with the date.
LIVELIHOOD_ROWS = [
    (
        "解决农村30万人饮水安全问题（2023—2025年）",
        "市水利局",
        18000,
        9600,
        "上半年已建成供水工程12处，解决了5.2万人的饮水安全问题。累计解决了17.8万人的饮水安全问题。",
        "59.3%",
    ),
    (
        "城镇老旧小区改造120个（2024年）",
        "市住建局",
        32000,
        15800,
        "上半年已开工96个，完工21个。",
        "17.5%",
    ),
    (
        "农村公路危险路段安装安全防护设施300公里（2022—2024年）",
        "市交通局",
        4500,
        2100,
        "上半年已完成82公里。累计完成261公里。",
        "87.0%",
    ),
    (
        "新建改建城市公园游园20个（2024年）",
        "市城管局",
        6000,
        6000,
        "上半年已全部完工并向市民开放，提前完成全年目标任务。",
        "100%",
    ),
    (
        "义务教育薄弱学校改善基本办学条件30所（2023—2024年）",
        "市教育局",
        9000,
        3200,
        "上半年各项目均已开工，总体进展顺利。累计完工14所。",
        "46.7%",
    ),
    (
        "新建农村互助养老服务设施50个（2024年）",
        "市民政局",
        2500,
        0,
        "尚未开工，项目选址和资金筹措方案未确定。",
        "0",
    ),
    ("免费开展适龄妇女“两癌”筛查4万人（2024年）", "市卫健委", 800, None, "", ""),
    (
        "城乡困难残疾人家庭无障碍改造1000户（2024—2025年）",
        "市残联",
        1200,
        540,
        "上半年已完成改造430户。",
        "43.0%",
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生工作办公室")
    ws = b.sheet("上半年进度")
    b.widths(ws, [6, 44, 12, 14, 16, 48, 14])
    b.line(ws, 0, "2024年市级重点民生实事上半年进度情况", 6, b.title)
    b.line(
        ws,
        1,
        "2024年8件重点民生实事计划总投资7.40亿元，上半年实际完成投资3.72亿元，占全年计划投资的50.3%。"
        "其中，中央专项资金1.06亿元，省级财政0.58亿元，市县投入1.83亿元，社会投资0.25亿元。",
        6,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "民生实事（实施期限）",
            "牵头单位",
            "全年计划投资（万元）",
            "上半年完成投资（万元）",
            "上半年进度",
            "累计完成占总计划",
        ],
    )
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 6, row[5], b.center)
    end = 3 + len(LIVELIHOOD_ROWS)
    b.put(ws, end, 0, "", b.center)
    b.put(ws, end, 1, "合计", b.center)
    b.put(ws, end, 2, "")
    b.put(ws, end, 3, sum(r[2] for r in LIVELIHOOD_ROWS))
    b.put(ws, end, 4, sum(r[3] or 0 for r in LIVELIHOOD_ROWS))
    b.put(ws, end, 5, "")
    b.put(ws, end, 6, "")
    b.line(ws, end + 1, "资料来源：各牵头单位报送，市民生工作办公室汇总。    2024年7月12日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 乡镇安全生产自查自纠报告, after a township's 安全生产自查自纠报告及整改措施 (一、自查自纠工作开展总体情况：(一)组织部署
# 情况 (二)自查范围覆盖情况; 应急管理办、派出所、市场监管所、村镇建设服务中心 as the sections; 燃气安全、自建房、烟花爆竹、
# 人员密集场所; 二、存在的问题; 三、整改措施):
# http://www.boteman.cn/paper/486886162.html
# A .docx: title naming the township, 主送, section 一 with its (一)(二) sub-paragraphs, section 二 whose items are the
# numbered paragraphs 1．2．…, each naming the 站所 (a section of the township), the measure, the time limit and the
# progress in sentences; section 三 and the township with its date at the foot.
TOWNSHIP_PARAS = [
    (
        "1．镇区3家小餐饮店使用液化气钢瓶，未安装可燃气体报警装置。整改措施：由镇市场监管所督促经营户限7月10日前"
        "安装报警装置。目前3家均已安装，7月10日复查合格。"
    ),
    (
        "2．前柳屯村、后柳屯村部分自建房擅自改作出租经营，存在结构安全隐患。整改措施：由镇村镇建设服务中心委托"
        "鉴定机构开展房屋安全鉴定，计划9月底前完成加固。目前已完成鉴定，正在督促房主加固。"
    ),
    (
        "3．辖区2家烟花爆竹零售点与居民住宅未有效分隔。整改措施：由镇应急管理办督促经营户设置防火分隔，"
        "8月15日前完成。该问题目前尚未整改。"
    ),
    (
        "4．镇中心幼儿园消防控制室值班人员未持证上岗。整改措施：由镇应急管理办协调安排2名值班人员参加消防设施"
        "操作员培训，7月20日前完成。2名值班人员已取得证书，已整改到位。"
    ),
    (
        "5．S212线柳屯段5处平交路口无减速带和警示标志，存在交通安全隐患。整改措施：由镇交通安全管理站协调县交通"
        "运输局设置警示标志和减速带，整改时限2024年8月31日前。目前设计方案已确定，正在采购警示标志。"
    ),
    (
        "6．部分企业安全生产主体责任落实不到位，安全培训台账不全。整改措施：由镇应急管理办每月开展企业安全培训"
        "督导，建立培训台账，长期坚持。"
    ),
    "7．镇敬老院厨房燃气管道老化。整改措施：拟由镇民政所更换燃气管道并加装燃气泄漏报警器，10月底前完成。",
]


def write_township(path: Path) -> Path:
    doc = _new_document("柳屯镇党政办")
    _title(doc, "濮阳县柳屯镇安全生产自查自纠报告及整改措施")
    _paragraph(doc, "县安委会办公室：")
    _paragraph(
        doc,
        "按照县安委会关于开展安全生产自查自纠的统一部署，我镇于6月下旬至7月中旬在全镇范围内开展了安全生产"
        "自查自纠工作，现将有关情况报告如下：",
    )
    _paragraph(doc, "一、自查自纠工作开展总体情况", font="黑体")
    _paragraph(
        doc,
        "（一）组织部署情况。镇党委、政府成立由党委书记、镇长任双组长的自查自纠工作领导小组，领导小组办公室设在"
        "镇应急管理办，先后召开专题会议3次，明确排查范围、责任分工和工作时限。",
    )
    _paragraph(
        doc,
        "（二）自查范围覆盖情况。本次自查覆盖全镇42个行政村、137家生产经营单位，重点检查燃气、自建房、烟花爆竹、"
        "道路交通和人员密集场所，共排查发现问题隐患7项。",
    )
    _paragraph(doc, "二、存在的主要问题及整改情况", font="黑体")
    for text in TOWNSHIP_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "下一步，我镇将对未整改到位的隐患实行挂账销号管理，镇纪委对整改不力的站所和村严格追责，确保隐患动态清零。",
    )
    _paragraph(doc, "濮阳县柳屯镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 营商环境问题投诉联动处理, after a city 优化营商环境领导小组's 营商环境问题投诉联动处理工作机制 (six complaint platforms:
# 市纪委监委信访室、市网信办、市信访局、12345热线、市工商联、市营商办; 办理单位自收到转办通知之日起……15个工作日内将办理
# 结果回复; 对办结反馈评价不满意的，实行回访、督办):
# http://jieheng.org/zwgk/zc/gsgg/202312/t20231206_3527069.shtml
# A CSV in GBK: a title line, a line stating that the 15 working days count from the 转办日期, one header line with the
# 受理平台 and the complaining enterprise (not the unit) beside the 办理单位, one time limit extended to a date, a 合计 line.
COMPLAINT_ROWS = [
    (
        "YS2024070021",
        "市营商办",
        "2024-07-02",
        "濮阳市恒瑞化工有限公司",
        "申请危险化学品经营许可证延续，材料齐全但超过法定时限未予办结",
        "市应急局",
        "15个工作日",
        "已办结许可证延续手续，并向企业当面致歉",
        "满意",
    ),
    (
        "YS2024070034",
        "市工商联",
        "2024-07-05",
        "濮阳市鑫达建筑劳务有限公司",
        "政府投资的道路改造项目拖欠工程款186万元",
        "濮阳市华龙区人民政府",
        "延期至2024年8月30日",
        "已制定还款计划，首期60万元已支付",
        "",
    ),
    (
        "YS2024070042",
        "12345热线",
        "2024-07-08",
        "濮阳市金穗食品有限公司",
        "企业开办时被要求另行提供无法律依据的经营场所证明",
        "市场监管局",
        "15个工作日",
        "经核查属实，已取消该证明要求并通报全系统",
        "满意",
    ),
    (
        "YS2024070057",
        "市营商办",
        "2024-07-10",
        "濮阳市亿丰新材料有限公司",
        "工业园区企业用电报装接电时间超过承诺时限",
        "濮阳供电公司",
        "15个工作日",
        "正在办理，已完成现场勘查",
        "",
    ),
    (
        "YS2024070063",
        "市信访局",
        "2024-07-12",
        "濮阳市华星纺织有限公司",
        "企业申领的稳岗返还资金迟迟未到账",
        "市人社局",
        "15个工作日",
        "",
        "",
    ),
    (
        "YS2024070078",
        "市纪委监委信访室",
        "2024-07-15",
        "濮阳市老街坊餐饮管理有限公司",
        "城管执法人员对沿街商户重复检查、随意罚款",
        "市城管局",
        "15个工作日",
        "经调查不属实，已向投诉人解释说明，办结",
        "基本满意",
    ),
    (
        "YS2024070081",
        "市网信办",
        "2024-07-17",
        "濮阳市安居置业有限公司",
        "不动产登记窗口要求企业重复提交已共享的材料",
        "市不动产登记中心",
        "15个工作日",
        "逾期未办",
        "",
    ),
]


def write_complaints(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["营商环境问题投诉转办件办理情况登记表（2024年7月）"])
    w.writerow(
        [
            "市优化营商环境领导小组办公室；办理时限自转办日期起计算，办理单位应在15个工作日内将办理结果回复市营商办"
        ]
    )
    w.writerow(
        [
            "序号",
            "投诉编号",
            "受理平台",
            "转办日期",
            "投诉企业",
            "投诉事项",
            "办理单位",
            "办理时限",
            "办理结果",
            "投诉人评价",
        ]
    )
    for i, row in enumerate(COMPLAINT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "投诉7件", "", "", "", "已办结3件", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 政府挂牌督办重大事故隐患, after a province's rules for 重大事故隐患政府挂牌督办 (下达重大事故隐患限期整改通知……明确
# 责任领导、整改措施、整改资金、整改负责人、整改期限和应急预案; 治理工作结束后……申请销号):
# http://jycdxd.com/Laws/Local/Fujian/201104/177145_2.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header with 整改“五落实” merged over 责任领导/整改负责人/整改资金, the
# 督办部门 (the supervisor) beside the 隐患所在单位, a 摘牌销号 column, a 注 line and a 填表人 line.
HAZARD_ROWS = [
    (
        "濮阳市恒通化工有限公司",
        "液氯储罐区未设置紧急切断装置",
        "市应急管理局",
        "张建国",
        "李志强",
        85,
        "2024年8月31日",
        "已制定",
        "紧急切断装置已采购，正在安装调试",
        "",
    ),
    (
        "濮阳龙丰纸业有限公司",
        "粉尘涉爆车间除尘系统未采用防爆型设备",
        "市应急管理局",
        "王立新",
        "陈光明",
        120,
        "2024年6月30日",
        "已制定",
        "已更换防爆型除尘设备",
        "已验收销号（7月12日）",
    ),
    (
        "市燃气公司",
        "中原路南段燃气中压管道被沿街建筑物占压",
        "市住建局",
        "郭建华",
        "马俊峰",
        260,
        "2024年12月底前",
        "已制定",
        "已完成改线设计，正在办理施工手续",
        "",
    ),
    (
        "濮阳市宏达建材有限公司",
        "有限空间作业未实行审批制度，未配备气体检测仪",
        "市应急管理局",
        "刘春生",
        "刘海涛",
        6,
        "2024年7月20日",
        "已制定",
        "已建立有限空间作业审批制度，配备气体检测仪4台",
        "复查通过，已摘牌",
    ),
    (
        "濮阳市金堤商贸城有限公司",
        "商贸城自动喷水灭火系统瘫痪，火灾自动报警系统无法联动",
        "市消防救援支队",
        "杨卫东",
        "周涛",
        140,
        "2024年9月30日",
        "未制定",
        "未整改",
        "",
    ),
    (
        "濮阳市顺安危险货物运输有限公司",
        "危险货物运输车辆动态监控系统未有效运行",
        "市交通运输局",
        "韩立军",
        "韩磊",
        12,
        "2024年7月31日",
        "已制定",
        "",
        "",
    ),
    (
        "濮阳县鑫源烟花爆竹批发有限公司",
        "成品仓库超量储存烟花爆竹约3.5吨",
        "市应急管理局",
        "吴志远",
        "吴鹏",
        0,
        "立即整改（7月5日前）",
        "已制定",
        "已清理转运超量产品，整改完成",
        "",
    ),
]


def write_hazards(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "2024年度市政府挂牌督办重大事故隐患整改情况表", t, 0, last),
        (
            1,
            0,
            "填报单位：市安委会办公室（市应急管理局代章）    填报日期：2024年7月29日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(["序号", "隐患所在单位（整改责任单位）", "重大事故隐患", "督办部门"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 4, "整改“五落实”", h, 2, 6),
        (3, 4, "责任领导", h),
        (3, 5, "整改负责人", h),
        (3, 6, "整改资金（万元）", h),
        (2, 7, "整改期限", h, 3, 7),
        (2, 8, "应急预案", h, 3, 8),
        (2, 9, "整改进展", h, 3, 9),
        (2, 10, "摘牌销号", h, 3, 10),
        (2, 11, "挂牌日期", h, 3, 11),
        (2, 12, "备注", h, 3, 12),
    ]
    for i, row in enumerate(HAZARD_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 6, 8) else c))
        cells.append((r, 11, "2024年5月28日" if i < 6 else "2024年6月20日", ctr))
        cells.append((r, 12, "", c))
    r = 4 + len(HAZARD_ROWS)
    cells += [
        (
            r,
            0,
            "注：挂牌督办隐患治理结束后，由隐患所在单位申请、督办部门组织验收，验收合格的予以摘牌销号；"
            "确需延期的，应在整改期限届满前20个工作日内提出申请。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "填表人：贾晓东    审核人：潘红旗    联系电话：0393-8990235", plain, r + 1, last),
    ]
    return _write_xls(path, [("挂牌督办", cells, [6, 28, 36, 16, 10, 10, 10, 18, 10, 30, 20, 14, 8])])


# ---------------------------------------------------------------------------------------------
# 6. 信访积案化解周通报, after a city's weekly 初次信访、积案化解情况周通报 (共交办积案1876件，本周化解45件，累计化解638件，
# 化解率34.01%; 较高的县区……较低的……; 市直部门单位累计化解8件):
# http://www.linyi.gov.cn/info/4782/350485.htm
# An .et (Excel 97 via LibreOffice): title, a 截至 line with the week's counts, one header row with the 信访人 (the
# complainant) and the 包案领导 beside the 责任单位, a 交办时间 (an event date) before the 化解时限, 是否化解 as 是/否,
# the 联席办 and its date at the foot.
PETITION_ROWS = [
    (
        "JA2024-031",
        "王某某",
        "反映拆迁安置房交付多年至今未办理不动产权证",
        "濮阳市华龙区人民政府",
        "区长 李卫国",
        date(2024, 3, 12),
        "2024年8月31日",
        "已协调办理产权证128套，剩余43套正在办理",
        "否",
    ),
    (
        "JA2024-036",
        "李某某",
        "反映原企业改制时养老保险未续缴",
        "市人社局",
        "局长 陈红",
        date(2024, 3, 12),
        "2024年6月30日",
        "已补缴养老保险，信访人签订息诉罢访承诺书",
        "是",
    ),
    (
        "JA2024-040",
        "张某某",
        "反映承包土地被村集体占用未获补偿",
        "濮阳县人民政府",
        "副县长 周敏",
        date(2024, 4, 2),
        "2024年7月31日",
        "未化解",
        "否",
    ),
    (
        "JA2024-047",
        "刘某某",
        "反映医疗纠纷处理结果不公，要求重新鉴定",
        "市卫健委",
        "主任 郑晓光",
        date(2024, 4, 18),
        "2024年9月30日",
        "已组织第三方医疗损害鉴定，正在调解",
        "否",
    ),
    (
        "JA2024-052",
        "赵某某",
        "反映所购商品房开发商逾期交房三年",
        "市住建局",
        "局长 孙建设",
        date(2024, 5, 6),
        "2024年10月31日",
        "",
        "",
    ),
    (
        "JA2024-055",
        "陈某某",
        "反映退役后安置待遇未落实",
        "市退役军人局",
        "局长 高峰",
        date(2024, 5, 6),
        "2024年7月15日",
        "已落实安置待遇，信访人表示满意",
        "是",
    ),
    (
        "JA2024-058",
        "孙某某",
        "反映在建项目拖欠农民工工资23万元",
        "清丰县人民政府",
        "副县长 马晓东",
        date(2024, 5, 20),
        "2024年8月15日",
        "已督促用工企业支付工资15万元，余款分期支付",
        "否",
    ),
]


def write_petition_book(path: Path) -> Path:
    b = Book(path, author="信访联席办")
    ws = b.sheet("积案化解")
    b.widths(ws, [6, 12, 10, 36, 22, 14, 12, 16, 34, 10])
    b.line(ws, 0, "信访积案化解工作周报表（第30周）", 9, b.title)
    b.line(
        ws,
        1,
        "截至7月26日，市联席办向市直部门和县区交办积案7件，本周化解1件，累计化解2件，化解率28.6%。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "案件编号",
            "信访人",
            "信访事项",
            "责任单位",
            "包案领导",
            "交办时间",
            "化解时限",
            "化解情况",
            "是否化解",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 9, row[8], b.center)
    end = 3 + len(PETITION_ROWS)
    b.line(ws, end + 1, "市信访工作联席会议办公室    2024年7月26日", 9)
    return b.close()


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_book, path, "xls", "信访积案化解工作周报表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 环境保护督察反馈意见整改措施清单, after a province's account of its 整改方案 in the form “总体整改方案+整改措施
# 清单” (对每条清单都有针对性地提出整改目标、整改措施、整改期限、责任单位，一项一项整改，一项一项验收，一个一个销号):
# https://p2.ttnews.xyz/a/5b0eef130fe237038ca7e19a?lang=zh-hans
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 整改目标/整改措施/责任单位/整改期限/完成情况/
# 验收销号, rows grouped under merged category lines (（一）大气污染防治方面 …), a 注 line and a signature line.
ENV_GROUPS = [
    (
        "（一）大气污染防治方面",
        [
            (
                "城区建筑工地扬尘管控不到位，部分工地未落实“六个百分之百”",
                "建筑工地扬尘防治措施全面落实",
                "开展建筑工地扬尘专项整治，未达标工地停工整改",
                "市住房城乡建设局",
                "2024年6月底前",
                "已完成整改",
                "已验收销号",
            ),
            (
                "城区约300家餐饮单位未安装油烟净化设施，油烟直排问题突出",
                "城区餐饮单位油烟净化设施应装尽装",
                "督促餐饮单位安装油烟净化设施并定期清洗",
                "市城市管理局",
                "2024年9月底前",
                "已安装212家，其余正在推进",
                "",
            ),
            (
                "部分重点企业挥发性有机物治理设施运行不正常",
                "建立治理设施运行常态化监管机制",
                "对重点企业VOCs治理设施实行在线监控和季度检查",
                "市生态环境局",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "（二）水污染防治方面",
        [
            (
                "马颊河濮阳段部分入河排污口未完成排查整治",
                "入河排污口“查、测、溯、治”全部完成",
                "逐一建立排污口整治台账，分类整治",
                "市生态环境局",
                "2024年12月31日前",
                "已完成排查，整治工作正在推进",
                "",
            ),
            (
                "城区污水处理厂进水浓度偏低，管网雨污混接问题突出",
                "城区污水集中收集率提高到70%以上",
                "实施雨污分流改造和管网混错接整治",
                "市住房城乡建设局",
                "2025年底前",
                "未启动",
                "",
            ),
            (
                "农村黑臭水体治理成效不稳定，12条水体出现返黑返臭",
                "已治理农村黑臭水体长制久清",
                "开展返黑返臭水体排查，落实长效管护",
                "市生态环境局",
                "2024年10月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "（三）固体废物和生态保护方面",
        [
            (
                "危险废物规范化管理不到位，部分产废企业管理台账记录不全",
                "产废企业规范化管理全面达标",
                "开展危险废物规范化管理专项检查",
                "市生态环境局",
                "2024年7月15日",
                "已整改",
                "已销号",
            ),
            (
                "黄河滩区违规堆放建筑垃圾约1.2万立方米",
                "滩区建筑垃圾全部清理",
                "清运建筑垃圾并恢复植被，查处违法倾倒行为",
                "濮阳县人民政府",
                "2024年8月31日",
                "已清运0.7万立方米",
                "",
            ),
        ],
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改措施清单")
    b.widths(ws, [6, 36, 24, 30, 18, 16, 24, 12])
    b.line(ws, 0, "濮阳市贯彻落实省生态环境保护督察反馈意见整改措施清单落实情况", 7, b.title)
    b.line(ws, 1, "填报单位：市生态环境保护督察整改工作领导小组办公室    填报日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "整改期限", "完成情况", "验收销号"],
    )
    r, n = 3, 0
    for group, rows in ENV_GROUPS:
        b.merge(ws, r, 0, r, 7, group, b.bold)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "注：整改任务完成后由责任单位申请，经市督察整改办组织验收后予以销号。", 7)
    b.line(ws, r + 1, "负责人：霍振宇    填表人：田甜    联系电话：0393-8662710", 7)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "环保督察整改措施清单落实情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 审计查出问题整改情况, after a provincial 审计厅's statistics page (累计完成审计项目1790个，查出问题金额3114.93亿元。
# 审计促进整改落实有关问题金额752.17亿元……提出建议7206条，被采纳6680条；被审计单位建立健全规章制度和制定整改措施1664项):
# http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble with the same kind of totals, a table with 问题金额 and
# 已整改金额 columns, a 合计 row at its foot, the 审计局 and its date.
AUDIT_ROWS = [
    (
        "2023年度市本级预算执行审计",
        "部分项目支出预算执行率低于50%，财政资金闲置",
        3260.5,
        "市财政局",
        "2024年6月30日",
        3260.5,
        "已整改，收回统筹资金3260.5万元",
        "修订《市级预算项目库管理办法》",
    ),
    (
        "市教育局部门预算执行审计",
        "超范围列支学生资助资金",
        48.6,
        "市教育局",
        "2024年7月31日",
        20.0,
        "部分整改，已归垫资金20万元",
        "",
    ),
    (
        "城乡居民医保基金专项审计",
        "医保基金向不符合条件人员重复支付",
        12.3,
        "市医保局",
        "2024年8月31日",
        0.0,
        "未整改",
        "",
    ),
    (
        "市体育中心配套道路工程竣工决算审计",
        "配套道路工程未经竣工验收即投入使用",
        0.0,
        "市住建局",
        "2024年9月30日",
        0.0,
        "已组织参建单位补办竣工验收，验收正在进行",
        "",
    ),
    (
        "市交通运输局主要领导经济责任审计",
        "公务接待未按规定执行事前审批程序",
        3.2,
        "市交通局",
        "2024年6月底前",
        3.2,
        "已整改，退回超标准接待费用",
        "修订公务接待管理办法",
    ),
    (
        "住房公积金管理使用专项审计",
        "个人住房公积金逾期贷款清收不力",
        420.0,
        "市公积金中心",
        "2024年12月31日",
        "",
        "",
        "",
    ),
    (
        "市残联国有资产管理情况审计",
        "国有房产出租未经资产评估，租金低于市场价",
        15.8,
        "市残联",
        "2024年7月15日",
        15.8,
        "已重新评估并按市场价签订租赁合同，整改完成",
        "制定国有资产出租管理办法",
    ),
]


def _money(v) -> str:
    if v == "":
        return ""
    return f"{v:.2f}"


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("审计局法规科")
    _title(doc, "2023年度审计查出问题整改情况表", 18)
    _paragraph(doc, "市委审计委员会办公室：", 12)
    total = sum(r[2] for r in AUDIT_ROWS)
    fixed = sum(r[5] for r in AUDIT_ROWS if r[5] != "")
    _paragraph(
        doc,
        f"2023年度我局共完成审计项目7个，查出问题金额{total:.2f}万元，截至2024年7月25日促进整改问题金额{fixed:.2f}"
        "万元；提出审计建议15条，被采纳13条；被审计单位建立健全规章制度3项。现将审计查出问题整改情况报告如下：",
        12,
    )
    body = [
        [str(i), r[0], r[1], _money(r[2]), r[3], r[4], _money(r[5]), r[6], r[7]]
        for i, r in enumerate(AUDIT_ROWS, 1)
    ]
    body.append(["合计", "", "", f"{total:.2f}", "", "", f"{fixed:.2f}", "", ""])
    _table(
        doc,
        [
            "序号",
            "审计项目",
            "审计查出问题",
            "问题金额（万元）",
            "整改责任单位",
            "整改期限",
            "已整改金额（万元）",
            "整改情况",
            "建立健全制度",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳市审计局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计查出问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 对村巡察反馈问题整改, after a prefecture's account of extending 巡察 to village 党组织 (发现落实中央决策不到位问题
# 795个，群众身边腐败和作风问题607个，基层党组织软弱涣散问题355个，涉及民生领域突出问题559个; 县(市)组织实施、乡村落实
# 整改; 问题处置突出立行立改……“不扎堆、不过夜”):
# http://ynjjjc.gov.cn/html/2019/yunlingyaowen_0625/69349.html
# An .xlsx: title, a line naming the village 党支部 as the 被巡察党组织 with the 巡察反馈时间 (the base date of 立行立改),
# a line with the counts, one header row, the four kinds of problem as category lines spanning the table (一、…四、),
# the 村 officers as 整改责任人, an 对账销号 column, a 注 line and a signature line for the 党支部书记 and the township.
VILLAGE_GROUPS = [
    (
        "一、落实中央决策部署不到位方面",
        [
            (
                "防返贫动态监测不及时，2户因病致贫风险户未及时纳入监测",
                "逐户排查，符合条件的及时纳入监测并落实帮扶措施",
                "村党支部书记 刘国强",
                "立行立改",
                "2户已纳入监测并落实医疗救助",
                "已销号",
            ),
            (
                "耕地“非粮化”整治不彻底，村西12亩耕地仍种植苗木",
                "动员承包户退林还耕，恢复粮食种植",
                "村委会主任 王振",
                "2024年10月底前",
                "已与承包户签订退林还耕协议，待秋收后清理苗木",
                "",
            ),
        ],
    ),
    (
        "二、群众身边腐败和作风问题方面",
        [
            (
                "村集体坑塘承包费3.2万元未及时收缴入账",
                "追缴承包费，纳入村集体账户管理",
                "村报账员 刘红霞",
                "立行立改",
                "承包费已追缴到位并入账",
                "已销号",
            ),
            (
                "低保评议程序不规范，未召开村民代表会议评议",
                "对现有低保户重新组织评议并张榜公示",
                "村党支部书记 刘国强",
                "2024年7月31日",
                "尚未启动重新评议",
                "",
            ),
            (
                "村务监督委员会未对村级工程项目开展全程监督",
                "建立村级工程项目监督台账，村监委全程参与",
                "村监委会主任 赵文明",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
    (
        "三、基层党组织软弱涣散方面",
        [
            (
                "“三会一课”制度落实不到位，2023年以来仅召开党员大会2次",
                "制定年度组织生活计划，按规定召开党员大会和支委会",
                "村党支部书记 刘国强",
                "2024年12月底",
                "已制定年度计划，7月召开党员大会1次",
                "",
            ),
            (
                "发展党员工作滞后，连续3年未发展党员",
                "培养确定入党积极分子2名",
                "村党支部组织委员 李红梅",
                "2024年年底前",
                "",
                "",
            ),
        ],
    ),
    (
        "四、涉及民生领域突出问题方面",
        [
            (
                "村内主街排水沟堵塞，雨季积水影响群众出行",
                "清淤疏通排水沟，修复破损盖板",
                "村委会主任 王振",
                "2024年7月15日前",
                "已清淤疏通排水沟860米，修复盖板32块",
                "已销号",
            ),
        ],
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="前刘村")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 34, 20, 16, 32, 10])
    b.line(ws, 0, "濮阳县委第二巡察组对村巡察反馈问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "被巡察党组织：濮阳县王称堌镇前刘村党支部    巡察反馈时间：2024年6月20日    填报时间：2024年7月26日",
        6,
    )
    b.line(ws, 2, "反馈问题4个方面8个，其中立行立改问题2个；已对账销号3个。", 6)
    b.header(ws, 3, ["序号", "问题表现", "整改措施", "整改责任人", "整改时限", "整改进展", "对账销号"])
    r, n = 4, 0
    for group, rows in VILLAGE_GROUPS:
        b.merge(ws, r, 0, r, 6, group, b.bold)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row[:5]), first=1)
            b.put(ws, r, 6, row[5], b.center)
            r += 1
    b.line(
        ws,
        r,
        "注：立行立改问题按“不扎堆、不过夜”要求即知即改；对账销号栏经镇纪委审核后填写。",
        6,
    )
    b.line(
        ws, r + 1, "村党支部书记（签字）：              包村干部（签字）：              镇纪委审核意见：", 6
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 12345市民热线工单办理, after a page setting out the 12345 hotline's handling flow in a table (受理登记 → 分类转办 →
# 部门办理（2-7个工作日，需提交书面答复） → 反馈回访 → 归档总结; 工单编号、诉求类型、满意度):
# https://www.whwb.com.cn/zxwd/202507/287704.html
# A .zip of two returns: the water company's .xlsx export of its 工单 (填报单位 line; rows naming its own 营业所 and
# 抢修队, 受理时间 as a timestamp, 办理时限 in working days from it, 办理状态 and 回访满意度) and a 街道办事处's .docx
# report whose items are paragraphs, one per 工单, each with its 受理 date, its time limit in working days and its result.
WATER_ROWS = [
    (
        "2407080112",
        datetime(2024, 7, 8, 9, 12),
        "求助",
        "华龙区绿城路某小区连续两天停水且无停水通知",
        "管网抢修队",
        "3个工作日",
        "已办结",
        "系主管道爆管，抢修后已恢复供水，已电话回复市民",
        "满意",
    ),
    (
        "2407150347",
        datetime(2024, 7, 15, 14, 36),
        "投诉",
        "开州路某小区自来水发黄、有异味",
        "水质检测中心",
        "5个工作日",
        "办理中",
        "已取样送检，正在冲洗小区供水管网",
        "",
    ),
    (
        "2407100205",
        datetime(2024, 7, 10, 10, 5),
        "投诉",
        "申请新装水表已3个月仍未安装",
        "城南营业所",
        "5个工作日",
        "已超期",
        "",
        "",
    ),
    (
        "2407240418",
        datetime(2024, 7, 24, 16, 48),
        "咨询",
        "水费账单金额异常，疑似水表计量故障",
        "城北营业所",
        "5个工作日",
        "",
        "",
        "",
    ),
]
STREET_PARAS = [
    (
        "一、工单号2407120356。7月12日市民来电反映胜利路与京开大道交叉口东北角夜市占道经营、噪音扰民，"
        "办理时限7个工作日。我办联合城管中队取缔占道摊点12处，引导商户入市经营，已回复市民，市民表示满意。"
    ),
    (
        "二、工单号2407160122。7月16日市民来电反映建设路某小区楼道堆放杂物、电动车在楼道内充电，办理时限5个工作日。"
        "社区已组织清理楼道杂物，小区电动车集中充电桩正在安装。"
    ),
    (
        "三、工单号2407220289。7月22日市民来电反映辖区一处废弃厂房围墙倒塌、存在安全隐患，办理时限7个工作日。"
        "该厂房产权单位尚未明确，目前尚未处理。"
    ),
    (
        "四、工单号2407250061。7月25日市民来电反映丽都花园小区周边路灯损坏多日，办理时限5个工作日。"
        "我办已协调维修，路灯已恢复照明。"
    ),
]


def write_water_book(path: Path) -> Path:
    b = Book(path, author="客服中心")
    ws = b.sheet("工单导出")
    b.widths(ws, [6, 14, 18, 10, 36, 14, 12, 10, 36, 12])
    b.line(ws, 0, "12345热线转办工单办理情况（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市自来水公司客户服务中心    导出时间：2024-07-30", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "受理时间",
            "诉求类型",
            "诉求内容",
            "承办部门",
            "办理时限",
            "办理状态",
            "回复内容",
            "回访满意度",
        ],
    )
    for i, row in enumerate(WATER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    return b.close()


def write_street_docx(path: Path) -> Path:
    doc = _new_document("胜利路街道党政办")
    _title(doc, "关于12345热线转办工单办理情况的报告", 20)
    _paragraph(doc, "区12345热线工作办公室：")
    _paragraph(
        doc,
        "7月份，区12345热线工作办公室向我办转办工单4件，我办按照“接诉即办”要求逐件落实，现将办理情况报告如下：",
    )
    for text in STREET_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市华龙区胜利路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hotline(path: Path) -> Path:
    members = [
        ("12345热线转办工单办理情况（市自来水公司）.xlsx", write_water_book),
        ("关于12345热线转办工单办理情况的报告（胜利路街道）.docx", write_street_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年市政府工作报告主要任务指标分解落实情况自查表（市交通运输局）.xlsx", write_self_check),
    ("2024年市级重点民生实事上半年进度情况.xlsx", write_livelihood),
    ("濮阳县柳屯镇安全生产自查自纠报告及整改措施.docx", write_township),
    ("营商环境问题投诉转办件办理情况登记表（7月）.csv", write_complaints),
    ("市政府挂牌督办重大事故隐患整改情况表.xls", write_hazards),
    ("信访积案化解工作周报表（第30周）.et", write_petition),
    ("省生态环境保护督察反馈意见整改措施清单落实情况.ods", write_env),
    ("2023年度审计查出问题整改情况表.doc", write_audit),
    ("县委第二巡察组对村巡察反馈问题整改台账（王称堌镇前刘村）.xlsx", write_village),
    ("12345热线转办工单办理情况（两家）.zip", write_hotline),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

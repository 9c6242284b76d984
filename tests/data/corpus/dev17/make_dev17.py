"""Regenerate the aside12 part (kept aside) of the intake corpus (python make_aside12.py, from this folder).

Twelve returns of the kinds a municipal 督查局 collects: 政府督查室交办事项, 企业火险隐患整改通知书落实,
消防监督检查责令改正, 限时办结事项登记, 省生态环境保护督察转办信访件, 中央生态环境保护督察交办件 (a zip
of two returns), 审计查出问题整改, 主题教育检视问题整改, 环境信访举报件查处, 12345 热线工单, 城市地下
市政基础设施重点任务 and 农村人居环境整治问题整改 (a report written as paragraphs). Each copies the kind
of table or document a public source shows; the source is cited next to each layout (and repeated in
expected.json and SOURCES.txt). The contents (problems, names, dates) are made up.

What a person reads in each file is in expected.json beside this script, written by hand by the rules
of tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Forms: workbooks written with XlsxWriter; one .xls, one .et (an Excel 97 file with the WPS suffix) and
one .ods converted by LibreOffice (soffice --headless --convert-to), the .ods rewritten with fixed member
times; .docx written with python-docx; one .wps, a Word document converted by LibreOffice to Word 97;
one CSV in GBK and one CSV in UTF-8 with a BOM; one tab-separated UTF-16 text file; one .zip of a
workbook and a Word document with GBK member names.
Needs XlsxWriter, python-docx and LibreOffice (soffice).
"""

import csv
import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 17, 0, 0)


# ---------------------------------------------------------------------------------------------
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
        self.cn_day = add(
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

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older or open-format copy comes out."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls, .et, .ods and .wps returns")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 15, 40, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(doc, text: str, size: float = 14, font: str = "仿宋_GB2312", align=None, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    return doc


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, True)
    for r, values in enumerate(rows, start=1):
        for c, text in enumerate(values):
            _cell_text(table.cell(r, c), text, size)
    return table


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 17, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def _docx_bytes(doc) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return _save_fixed(doc, Path(tmp) / "member.docx").read_bytes()


# =============================================================================================
# 1. 交办事项办理情况汇总表, after a city's rules for 政务督办 (交办通知单, 承办单位在规定时限内书面报告
# 办理结果, 难以如期办结的报告进展, 督办部门审结、通报):
# http://www.fymate.net/html/text/lar/170700/17070061_1.html
# Title and 填报 line; one header row; 交办日期 per row and 办理时限 in working days, a month, 立即办理 or a
# date; short unit names; 合计 row, note on counting, signature.
ASSIGNED_ROWS = [
    [
        "督办〔2024〕21号",
        "关于城区主干道井盖缺失问题的督办",
        "刘副市长",
        "市城管局",
        date(2024, 7, 2),
        "15个工作日",
        "已办结",
    ],
    [
        "督办〔2024〕22号",
        "关于农贸市场活禽宰杀点整治问题的督办",
        "王副市长",
        "市市场监管局",
        date(2024, 7, 5),
        "一个月内",
        "正在办理",
    ],
    [
        "督办〔2024〕23号",
        "关于部分小区二次供水水质浑浊问题的督办",
        "刘副市长",
        "市水务公司",
        date(2024, 7, 10),
        "立即办理",
        "已办结",
    ],
    [
        "督办〔2024〕24号",
        "关于夏季城区夜市油烟扰民问题的督办",
        "张副市长",
        "市环境局",
        date(2024, 7, 12),
        "10个工作日",
        "逾期未办结",
    ],
    [
        "督办〔2024〕25号",
        "关于部分城乡公交线路停运问题的督办",
        "刘副市长",
        "市交通局",
        date(2024, 7, 15),
        "2024年8月15日前",
        "",
    ],
    [
        "督办〔2024〕26号",
        "关于建筑工地拖欠农民工工资问题的督办",
        "王副市长",
        "市人社局",
        date(2024, 7, 19),
        "15个工作日",
        "已约谈涉事企业，正在跟踪支付",
    ],
    [
        "督办〔2024〕27号",
        "关于学校食堂违规承包经营问题的督办",
        "李副市长",
        "市教育局",
        date(2024, 7, 22),
        "10个工作日",
        "已办结",
    ],
    [
        "督办〔2024〕28号",
        "关于汛期下穿地道积水问题的督办",
        "刘副市长",
        "市住建局",
        date(2024, 7, 24),
        "立即办理",
        "正在办理",
    ],
]


def write_assigned(path: Path) -> Path:
    b = Book(path, "督查室")
    ws = b.sheet("交办事项")
    b.widths(ws, [5, 16, 40, 10, 14, 13, 16, 28])
    last = 7
    b.line(ws, 0, "市政府督查室交办事项办理情况汇总表", last, b.title)
    b.line(ws, 1, "汇总单位：市政府督查室　　　　　　　　　　　　　　统计截至：2024年7月31日", last)
    b.header(
        ws, 2, ["序号", "交办编号", "交办事项", "批办领导", "承办单位", "交办日期", "办理时限", "办理结果"]
    )
    for r, values in enumerate(ASSIGNED_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.cn_day if isinstance(v, date) else (b.center if c in (3, 4, 6) else b.cell))
    r = 3 + len(ASSIGNED_ROWS)
    b.put(ws, r, 0, "", b.center)
    b.merge(ws, r, 1, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, last, "交办8件，已办结3件，正在办理3件，逾期未办结1件，未报送1件", b.cell)
    b.line(
        ws, r + 1, "注：办理时限以工作日计的，自交办之日的次日起计算；“立即办理”的应于交办当日办结。", last
    )
    b.line(ws, r + 2, "审核：郭建军　　　　填表：孟晓雯　　　　联系电话：0393-8992107", last)
    return b.close()


# =============================================================================================
# 2. 火险隐患整改通知书落实情况登记表 (.docx, a table), after an enterprise's 火险隐患整改通知书 rules
# (各部门及外来施工单位按通知书期限整改, 消防主管与部门领导签字, 过期整改责任自负):
# http://jycdxd.com/Manage/System/Fire/202405/5737922.shtml
# Title; 检查 line naming the base date; rows are the company's departments (one outside contractor);
# 整改期限 as dates, N日内, 当场整改, 月底前; 复查 column; department seal and date.
FIRE_NOTICE_ROWS = [
    [
        "HX-2024-07-01",
        "储配站",
        "储罐区消防喷淋管道锈蚀渗漏",
        "2024年7月20日",
        "已更换锈蚀管段，复查合格",
        "赵文斌",
    ],
    [
        "HX-2024-07-02",
        "调度中心",
        "机房气体灭火系统压力表指针低于绿区",
        "3日内",
        "已重新充装并校验",
        "赵文斌",
    ],
    ["HX-2024-07-03", "客服中心", "营业厅安全出口处堆放宣传物料", "当场整改", "已当场清理", "赵文斌"],
    ["HX-2024-07-04", "物资仓库", "仓库内电气线路私拉乱接", "7月底前", "正在重新布线", ""],
    [
        "HX-2024-07-05",
        "综合办公室",
        "职工食堂燃气报警器未与紧急切断阀联动",
        "2024年8月10日",
        "联动设备已采购，待安装",
        "",
    ],
    [
        "HX-2024-07-06",
        "濮阳市宏达燃气工程有限公司（外来施工单位）",
        "施工现场动火作业未办理动火审批手续",
        "当场整改",
        "",
        "",
    ],
    ["HX-2024-07-07", "储配站", "消防水池液位计失灵无法显示水位", "7月15日前", "未整改", ""],
]


def write_fire_notices(path: Path) -> Path:
    doc = _new_document("安全管理部", landscape=True)
    _paragraph(
        doc,
        "濮阳市燃气有限公司火险隐患整改通知书落实情况登记表",
        16,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "检查时间：2024年7月9日　　检查部门：安全管理部　　检查人：赵文斌、韩冬", 12)
    _table(
        doc,
        ["通知书编号", "受通知部门", "火险隐患", "整改期限", "整改完成情况", "复查人签字"],
        FIRE_NOTICE_ROWS,
        10.5,
    )
    _paragraph(doc, "说明：整改期限以日计的，自检查之日起计算。", 12)
    _paragraph(doc, "安全管理部（盖章）　　　　2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 3. 责令改正通知书台账 (CSV, GBK), after a 消防整改通知单 model (文头编号, 受检单位全称, 检查日期, 隐患
# 具体位置, 违反条款, 整改期限, 复查日期):
# http://ask.sczil.com/tag_xiaofangzhenggaitongzhidanfanben
# A system export: one header row, 检查日期 and 复查日期 beside 整改期限, 复查结果 words.
FIRE_CHECK_ROWS = [
    [
        "华龙消改字〔2024〕第0711号",
        "濮阳市金港湾大酒店有限公司",
        "2024-07-03",
        "厨房",
        "厨房排油烟管道油垢未定期清洗",
        "《机关、团体、企业、事业单位消防安全管理规定》第二十八条",
        "2024-07-13",
        "2024-07-13",
        "合格",
    ],
    [
        "华龙消改字〔2024〕第0712号",
        "濮阳市华联商厦有限公司",
        "2024-07-05",
        "地下一层超市",
        "防火卷帘下方堆放货物",
        "《中华人民共和国消防法》第二十八条",
        "2024-07-08",
        "2024-07-08",
        "合格",
    ],
    [
        "华龙消改字〔2024〕第0715号",
        "濮阳市新世纪网络会所",
        "2024-07-10",
        "二层走道",
        "疏散指示标志损坏不亮",
        "《中华人民共和国消防法》第十六条",
        "2024-07-20",
        "",
        "",
    ],
    [
        "华龙消改字〔2024〕第0718号",
        "濮阳市安康养老服务中心",
        "2024-07-15",
        "住养楼",
        "自动喷水灭火系统末端试水装置无水",
        "《中华人民共和国消防法》第十六条",
        "2024-08-14",
        "2024-07-30",
        "部分整改",
    ],
    [
        "华龙消改字〔2024〕第0720号",
        "濮阳市鑫源物流有限公司",
        "2024-07-16",
        "1号仓库",
        "仓库内电动叉车违规充电",
        "《中华人民共和国消防法》第十六条",
        "2024-07-19",
        "2024-07-22",
        "逾期未改",
    ],
    [
        "华龙消改字〔2024〕第0723号",
        "濮阳市第三中学",
        "2024-07-18",
        "学生宿舍楼",
        "室内消火栓箱内水带缺失",
        "《中华人民共和国消防法》第十六条",
        "2024-07-25",
        "2024-07-25",
        "合格",
    ],
    [
        "华龙消改字〔2024〕第0726号",
        "濮阳市中原商贸城管理有限公司",
        "2024-07-22",
        "B区商铺",
        "商铺夹层违规住人",
        "《中华人民共和国消防法》第二十六条",
        "2024-07-29",
        "2024-07-30",
        "部分整改",
    ],
]


def write_fire_checks(path: Path) -> Path:
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(
        [
            "文书编号",
            "受检单位",
            "检查日期",
            "隐患部位",
            "隐患内容",
            "违反条款",
            "整改期限",
            "复查日期",
            "复查结果",
            "承办人",
        ]
    )
    for n, values in enumerate(FIRE_CHECK_ROWS):
        w.writerow([*values, ["宋志强", "马丽"][n % 2]])
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 4. 限时办结事项管理情况登记表 (.xls), after a bureau's 限时办结制 (收件时间、经办责任人注明在件上;
# 3-5个工作日办结; 上级交办有明确时限的按其时限; 各科室每月末填写登记表交局办公室):
# http://www.jzhd.org.cn/home/news/index/id/1360
# Title naming the bureau; 填报 line; two-row header (办理情况 over 办结时间 / 是否按时办结); rows name the
# bureau's sections; note on counting; signature.
TIMELY_ROWS = [
    [
        date(2024, 7, 2),
        "市12345热线转办",
        "城乡客运班线发车不准时的投诉",
        "运输管理科",
        "陈立",
        "3个工作日",
        date(2024, 7, 4),
        "是",
        "",
    ],
    [
        date(2024, 7, 5),
        "群众来信",
        "反映农村公路养护不到位致路面坑洼",
        "公路管理科",
        "杨帆",
        "5个工作日",
        date(2024, 7, 15),
        "否",
        "",
    ],
    [
        date(2024, 7, 10),
        "企业申请",
        "道路货运经营许可变更申请",
        "行政审批科",
        "周敏",
        "即时办理",
        date(2024, 7, 10),
        "是",
        "",
    ],
    [
        date(2024, 7, 12),
        "市政府交办",
        "编制中心城区公交场站布局规划的批示",
        "综合规划科",
        "吴涛",
        "2024年8月20日",
        "",
        "",
        "正在征求相关部门意见",
    ],
    [
        date(2024, 7, 15),
        "市人大常委会转办",
        "代表反映国道106线货车超载问题",
        "综合执法支队",
        "刘洋",
        "5个工作日",
        "",
        "",
        "",
    ],
    [
        date(2024, 7, 22),
        "局领导批件",
        "驾培机构违规收取补考费的举报",
        "运输管理科",
        "陈立",
        "3个工作日",
        date(2024, 7, 25),
        "是",
        "",
    ],
    [
        date(2024, 7, 24),
        "市信访局转办",
        "反映出租车高峰时段拒载问题",
        "运输管理科",
        "孙倩",
        "5个工作日",
        "",
        "",
        "已约谈涉事出租车企业，正在核查",
    ],
]


def write_timely_book(path: Path) -> Path:
    b = Book(path, "局办公室")
    ws = b.sheet("7月")
    b.widths(ws, [5, 12, 16, 34, 13, 10, 14, 12, 10, 26])
    last = 9
    b.line(ws, 0, "濮阳市交通运输局限时办结事项管理情况登记表", last, b.title)
    b.line(ws, 1, "填报科室：局办公室　　　　　　　　　　　　　　　　所属月份：2024年7月", last)
    for c, word in enumerate(
        ["序号", "收件时间", "事项来源", "事项内容", "经办科室", "经办责任人", "办理时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "办理情况", b.head)
    b.header(ws, 3, ["办结时间", "是否按时办结"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for r, values in enumerate(TIMELY_ROWS, start=4):
        b.put(ws, r, 0, r - 3, b.center)
        for c, v in enumerate(values, start=1):
            b.put(ws, r, c, v, b.day if isinstance(v, date) else (b.center if c in (5, 6, 8) else b.cell))
    r = 4 + len(TIMELY_ROWS)
    b.line(ws, r, "注：办理时限以工作日计的，自收件之次日起计算。", last)
    b.line(ws, r + 1, "填表人：孟颖　　　　科室负责人：高建华　　　　填表日期：2024年7月31日", last)
    return b.close()


def write_timely(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_timely_book(Path(tmp) / "timely.xlsx")
        soffice(book, "xls", Path(tmp) / "timely.xls")
        shutil.copyfile(Path(tmp) / "timely.xls", path)
    return path


# =============================================================================================
# 5. 省督察组转办信访件办理情况 (tab-separated UTF-16 text), after a city's notice of a provincial
# 生态环境保护督察组 转办信访件 (来电/微信举报, 按污染类型和区域分, 办理情况在7天内反馈, 整改和处理情况
# 向社会公开): https://www.zy234.com/archiver/tid-352915.html
# Title and 转办 lines above the table stating the base date and the time limit once; one row with its
# own limit; 是否属实 beside 办理结果; 合计 line.
PETITION_ROWS = [
    [
        "X41090020240715001",
        "华龙区某小区临街烧烤店油烟直排扰民",
        "来电",
        "大气",
        "华龙区",
        "属实",
        "已办结",
        "",
    ],
    [
        "X41090020240715002",
        "清丰县产业集聚区一化工厂夜间偷排废水",
        "微信",
        "水",
        "清丰县",
        "属实",
        "正在办理",
        "",
    ],
    [
        "X41090020240715003",
        "濮阳县一石料加工厂粉尘污染严重",
        "来电",
        "大气",
        "濮阳县",
        "部分属实",
        "阶段性办结",
        "",
    ],
    ["X41090020240715004", "范县某养殖场粪污直排村边沟渠", "微信", "水", "范县", "属实", "已办结", ""],
    [
        "X41090020240715005",
        "市区一建筑工地夜间施工噪声扰民",
        "来电",
        "噪声",
        "市住建局",
        "属实",
        "正在办理",
        "",
    ],
    [
        "X41090020240715006",
        "南乐县垃圾中转站渗滤液外溢",
        "来电",
        "其他",
        "南乐县",
        "",
        "",
        "重点件，15日内办结",
    ],
    ["X41090020240715007", "台前县金堤河段存在非法采砂", "微信", "生态", "台前县", "不属实", "已办结", ""],
]


def write_petitions(path: Path) -> Path:
    lines = [
        "省第二生态环境保护督察组转办信访件办理情况（第十二批）",
        "转办日期：2024年7月15日\t办理要求：自转办之日起7日内办结，另有要求的从其要求",
        "\t".join(
            [
                "序号",
                "受理编号",
                "举报内容",
                "举报方式",
                "污染类型",
                "责任单位",
                "是否属实",
                "办理结果",
                "备注",
            ]
        ),
    ]
    for n, values in enumerate(PETITION_ROWS, start=1):
        lines.append("\t".join([str(n), *values]))
    lines.append("\t".join(["合计", "", "7件", "", "", "", "", "已办结3件", ""]))
    lines.append("濮阳市生态环境保护督察协调联络组　　2024年7月26日")
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# =============================================================================================
# 6. 中央生态环境保护督察交办件办理情况 (.zip of a workbook and a Word document, GBK member names), after
# a city paper's notice of 中央督察组 交办 信访举报件 (按行政区域列交办数量, 转交相关县(区)、市级部门处理):
# http://szb.mshw.net/html/2024-10/22/content_123167.htm
# 华龙区: a workbook whose rows name the district's 责任单位; 濮阳县: a Word table with no unit column,
# the county named in the title and 落款, 交办日期 stated once above the table (立行立改 counts from it).
HUALONG_ROWS = [
    [
        "第五批",
        "D410900202407080011",
        "中原路一汽修厂露天喷漆作业",
        "华龙区中原路街道办事处",
        "2024年7月31日",
        "已办结",
    ],
    [
        "第五批",
        "D410900202407080014",
        "胜利路某小区地下车库洗车废水排入雨水管网",
        "华龙区胜利路街道办事处",
        "2024年8月15日前",
        "正在整改",
    ],
    [
        "第五批",
        "D410900202407080019",
        "城区东部黑臭水体治理后反弹",
        "华龙区水利局",
        "2024年9月底前",
        "已制定整治方案，正在清淤",
    ],
    [
        "第九批",
        "D410900202407160006",
        "餐饮单位油烟净化设施不正常运行",
        "华龙区城市管理局",
        "长期坚持",
        "常态化巡查",
    ],
]
PUYANG_ROWS = [
    ["D410900202407160021", "庆祖镇一砖厂无手续违规生产", "2024年7月31日", "已办结，砖厂已关停取缔"],
    ["D410900202407160024", "柳屯镇部分农田焚烧秸秆", "立行立改", "已办结"],
    ["D410900202407160027", "文留镇油田废弃井场周边土壤污染", "2024年12月底前", "正在开展土壤检测"],
    ["D410900202407160030", "县城区商住楼项目夜间施工噪声扰民", "2024年8月31日前", ""],
]


def write_hualong(path: Path) -> Path:
    b = Book(path, "华龙区督察办")
    ws = b.sheet("交办件")
    b.widths(ws, [5, 10, 22, 38, 24, 16, 26])
    last = 6
    b.line(ws, 0, "华龙区中央生态环境保护督察交办件办理情况表", last, b.title)
    b.line(
        ws, 1, "填报单位：华龙区生态环境保护督察整改工作领导小组办公室　　　　填报日期：2024年7月29日", last
    )
    b.header(ws, 2, ["序号", "交办批次", "交办编号", "举报内容", "责任单位", "办结时限", "办理情况"])
    for r, values in enumerate(HUALONG_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        b.row(ws, r, values, first=1)
    return b.close()


def write_puyang_doc():
    doc = _new_document("濮阳县督查室")
    _paragraph(
        doc, "濮阳县中央生态环境保护督察第九批交办件办理情况", 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(doc, "交办日期：2024年7月16日", 12)
    _table(
        doc,
        ["序号", "交办编号", "举报内容", "办结时限", "办理情况"],
        [[str(n), *values] for n, values in enumerate(PUYANG_ROWS, start=1)],
        10.5,
    )
    _paragraph(doc, "濮阳县人民政府督查室　　2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return doc


def write_central_zip(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        hualong = write_hualong(Path(tmp) / "hualong.xlsx").read_bytes()
    puyang = _docx_bytes(write_puyang_doc())
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("华龙区督察交办件办理情况表.xlsx", hualong),
            ("濮阳县第九批交办件办理情况.docx", puyang),
        ]:
            info = _GbkName(name, date_time=(2024, 7, 30, 16, 12, 20))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(raw.getvalue())
    return path


# =============================================================================================
# 7. 审计查出问题整改情况表 (several sheets), after a district's 本级预算执行和其他财政收支审计工作报告
# (区本级财政管理、部门预算执行、政府投资项目建设 …):
# http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html
# One sheet per audit field; title, 填报 line, header on rows 3-4 with 整改情况 over three tick columns
# (已整改 / 部分整改 / 未整改); 小计 rows; 合计 on the last sheet; short and former unit names.
AUDIT_SHEETS = [
    (
        "财政管理",
        [
            ["部分非税收入未及时缴入国库", "市财政局", "2024年6月底前", "√", "", "", "已全部缴库"],
            ["结转结余资金未按规定收回统筹使用", "市财政局", "2024年9月30日", "", "√", "", "已收回部分资金"],
        ],
    ),
    (
        "部门预算执行",
        [
            ["超范围列支会议费和培训费", "市教育局", "2024年7月31日", "√", "", "", "已归还原资金渠道"],
            ["政府采购设备未按合同约定组织验收", "市卫健委", "2024年8月底前", "", "", "√", ""],
            ["农业专项资金闲置超过两年", "市农业局", "年底前", "", "√", "", "已盘活部分资金"],
            ["定点医疗机构违规结算医保基金", "市医保局", "2024年10月底前", "", "", "", ""],
        ],
    ),
    (
        "政府投资项目",
        [
            ["老旧小区改造项目多计工程款", "市住建局", "2024年7月15日前", "√", "", "", "已核减工程款"],
            ["城市照明提升工程未办理竣工结算", "市城管局", "2024年第三季度", "", "√", "", "已完成结算初审"],
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, "审计局")
    total = 0
    for name, rows in AUDIT_SHEETS:
        ws = b.sheet(name)
        b.widths(ws, [5, 36, 14, 16, 8, 8, 8, 22])
        last = 7
        b.line(ws, 0, f"2023年度市本级预算执行审计查出问题整改情况表（{name}）", last, b.title)
        b.line(ws, 1, "汇总单位：市审计局　　　　　　　　　　　　截至2024年7月31日", last)
        for c, word in enumerate(["序号", "审计查出问题", "整改责任单位", "整改期限"]):
            b.merge(ws, 2, c, 3, c, word, b.head)
        b.merge(ws, 2, 4, 2, 6, "整改情况", b.head)
        b.header(ws, 3, ["已整改", "部分整改", "未整改"], first=4)
        b.merge(ws, 2, 7, 3, 7, "整改说明", b.head)
        for r, values in enumerate(rows, start=4):
            b.put(ws, r, 0, r - 3, b.center)
            for c, v in enumerate(values, start=1):
                b.put(ws, r, c, v, b.center if c >= 2 and c <= 6 else b.cell)
        r = 4 + len(rows)
        total += len(rows)
        b.put(ws, r, 0, "", b.center)
        b.put(ws, r, 1, "小计", b.center)
        b.merge(ws, r, 2, r, 7, f"{len(rows)}个问题", b.cell)
        if name == AUDIT_SHEETS[-1][0]:
            b.put(ws, r + 1, 0, "", b.center)
            b.put(ws, r + 1, 1, "合计", b.center)
            b.merge(ws, r + 1, 2, r + 1, 7, f"{total}个问题", b.cell)
    return b.close()


# =============================================================================================
# 8. 检视问题整改落实情况表 (.wps, a Word 97 document), after a bureau's 学习实践活动 整改落实 (问题确定
# 整改措施, 主办单位和协办单位, 按办结时限检查评定, 近期解决与中长期解决的问题):
# http://gsiic.com/Item/72951.aspx
# Title; one table whose rows name the sender's sections as 主办科室 beside 协办单位; 办结时限 as dates,
# month ends, a schedule sentence, 第三季度, 长期坚持; seal and date.
REVIEW_ROWS = [
    ["基层医疗机构短缺药品配送不及时", "药政科", "市医保局", "2024年6月底前", "已完成"],
    [
        "二级以上医院检查检验结果互认率低",
        "医政医管科",
        "各二级以上医院",
        "3月底前制定方案，9月底前全部完成",
        "推进中",
    ],
    ["家庭医生签约服务履约率不高", "基层卫生科", "各县区卫生健康委", "长期坚持", "常态化推进"],
    ["院前急救平均反应时间偏长", "医政医管科", "市急救指挥中心", "2024年年底前", "未启动"],
    ["机关公文办理存在超时现象", "办公室", "", "第三季度", ""],
    ["职业病诊断机构布局不均衡", "职业健康科", "市人社局", "2024年8月底前", "部分完成"],
    ["医疗废物暂存点管理不规范", "疾病预防控制科", "市生态环境局", "2024年7月20日前", "已整改"],
]


def write_review(path: Path) -> Path:
    doc = _new_document("市卫健委办公室", landscape=True)
    _paragraph(
        doc, "市卫生健康委员会主题教育检视问题整改落实情况表", 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    _table(
        doc,
        ["序号", "检视问题", "主办科室", "协办单位", "办结时限", "落实情况"],
        [[str(n), *values] for n, values in enumerate(REVIEW_ROWS, start=1)],
        10.5,
    )
    _paragraph(doc, "市卫生健康委员会（盖章）　　2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        source = _save_fixed(doc, Path(tmp) / "review.docx")
        soffice(source, "doc", Path(tmp) / "review.doc")
        shutil.copyfile(Path(tmp) / "review.doc", path)
    return path


# =============================================================================================
# 9. 环境信访举报件查处整改情况 (CSV, UTF-8 with a BOM), after a province's notice on 中央督察组转办
# 环境信访举报问题 (经查属实/不属实, 已办结/正在办理中, 查处整改情况公开):
# http://m.bbnews.cn/p/19617.html
# A system export: one header row, 转办时间 beside 办结时限, 是否属实 and 办理状态 columns, short names.
COMPLAINT_ROWS = [
    [
        "第二十批",
        "HA20240701001",
        "2024-07-01",
        "经开区某化工企业夜间异味扰民",
        "濮阳经济技术开发区管理委员会",
        "属实",
        "已责令企业停产整改并安装废气处理设施",
        "已办结",
        "2024-07-15",
    ],
    [
        "第二十批",
        "HA20240701002",
        "2024-07-01",
        "华龙区一KTV夜间噪声扰民",
        "华龙区政府",
        "属实",
        "已约谈经营业主，正在加装隔音设施",
        "正在办理",
        "2024-08-10",
    ],
    [
        "第二十一批",
        "HA20240705003",
        "2024-07-05",
        "城区垃圾转运站臭味扰民",
        "市城管局",
        "属实",
        "已加装除臭设备并加密清运",
        "已办结",
        "2024-07-20",
    ],
    [
        "第二十一批",
        "HA20240705004",
        "2024-07-05",
        "清丰县某生猪养殖场粪污外溢",
        "清丰县政府",
        "部分属实",
        "已责令限期建设储粪池",
        "正在办理",
        "2024-08-31",
    ],
    [
        "第二十一批",
        "HA20240705005",
        "2024-07-05",
        "城郊农田夜间焚烧秸秆",
        "市农业局",
        "不属实",
        "经现场核查未发现焚烧痕迹",
        "已办结",
        "2024-07-10",
    ],
    [
        "第二十二批",
        "HA20240712006",
        "2024-07-12",
        "城北汽修厂喷漆废气直排",
        "市环境局",
        "属实",
        "",
        "逾期未办结",
        "2024-07-25",
    ],
    [
        "第二十二批",
        "HA20240712007",
        "2024-07-12",
        "马颊河沿岸倾倒建筑垃圾",
        "市水务局",
        "属实",
        "",
        "",
        "2024-08-20",
    ],
    [
        "第二十二批",
        "HA20240712008",
        "2024-07-12",
        "城区加油站油气回收装置未正常运行",
        "市环境局",
        "属实",
        "已督促企业修复油气回收装置",
        "已办结",
        "2024-07-31",
    ],
]


def write_complaints(path: Path) -> Path:
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(
        [
            "转办批次",
            "信访件编号",
            "转办时间",
            "举报内容",
            "责任单位",
            "是否属实",
            "查处整改情况",
            "办理状态",
            "办结时限",
        ]
    )
    w.writerows(COMPLAINT_ROWS)
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    return path


# =============================================================================================
# 10. 12345公众服务热线工单办理情况 (.et, an Excel 97 workbook with the WPS suffix), after a district's
# monthly 12345 热线 notice (受理工单, 已办结, 按期办结率, 工单号, 与市电业局沟通协调):
# http://ticketshut.com/21590/21595/content_501133.html
# Title and 统计 line; header on row 3; 来电时间 with the hour; 办理时限 in working days; 办结时间 and
# 办理结果 columns; 回访 column; 合计 row.
HOTLINE_ROWS = [
    [
        "GD2024031116",
        datetime(2024, 7, 2, 9, 15),
        "小区周边道路路灯长期不亮",
        "濮阳供电公司",
        "5个工作日",
        date(2024, 7, 4),
        "已反馈",
        "满意",
    ],
    [
        "GD2024031872",
        datetime(2024, 7, 5, 14, 20),
        "居民楼楼顶私搭乱建",
        "华龙区城市管理局",
        "15个工作日",
        date(2024, 7, 24),
        "已反馈",
        "基本满意",
    ],
    [
        "GD2024032205",
        datetime(2024, 7, 10, 10, 2),
        "社区超市销售过期食品",
        "华龙区市场监督管理局",
        "5个工作日",
        date(2024, 7, 16),
        "已反馈",
        "满意",
    ],
    [
        "GD2024032560",
        datetime(2024, 7, 12, 16, 40),
        "小区电梯频繁故障困人",
        "华龙区住房和城乡建设局",
        "10个工作日",
        "",
        "办理中",
        "",
    ],
    [
        "GD2024033104",
        datetime(2024, 7, 15, 8, 55),
        "人行道井盖破损存在安全隐患",
        "华龙区城市管理局",
        "3个工作日",
        date(2024, 7, 18),
        "已反馈",
        "满意",
    ],
    [
        "GD2024033980",
        datetime(2024, 7, 19, 11, 30),
        "村内饮水管道漏水多日无人维修",
        "孟轲乡人民政府",
        "5个工作日",
        "",
        "",
        "",
    ],
    [
        "GD2024034417",
        datetime(2024, 7, 22, 15, 10),
        "临街门店占道经营堵塞人行道",
        "华龙区中原路街道办事处",
        "5个工作日",
        date(2024, 7, 26),
        "已反馈",
        "满意",
    ],
    [
        "GD2024034902",
        datetime(2024, 7, 24, 9, 40),
        "物业公司拒不退还装修押金",
        "华龙区住房和城乡建设局",
        "10个工作日",
        "",
        "正在协调",
        "",
    ],
]


def write_hotline_book(path: Path) -> Path:
    b = Book(path, "华龙区热线办")
    ws = b.sheet("工单明细")
    b.widths(ws, [5, 15, 17, 32, 24, 12, 12, 10, 10])
    last = 8
    stamp = b.book.add_format(
        {"border": 1, "num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "vcenter"}
    )
    b.line(ws, 0, "华龙区12345公众服务热线工单办理情况统计表", last, b.title)
    b.line(ws, 1, "统计时段：2024年7月1日—7月31日　　　　　　　　　　　　　华龙区12345热线办", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单号",
            "来电时间",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办结时间",
            "办理结果",
            "回访满意度",
        ],
    )
    for r, values in enumerate(HOTLINE_ROWS, start=3):
        b.put(ws, r, 0, r - 2, b.center)
        for c, v in enumerate(values, start=1):
            if isinstance(v, datetime):
                ws.write_datetime(r, c, v, stamp)
            else:
                b.put(ws, r, c, v, b.center if c in (5, 7, 8) else b.cell)
    r = 3 + len(HOTLINE_ROWS)
    b.put(ws, r, 0, "", b.center)
    b.merge(ws, r, 1, r, 3, "合计", b.center)
    b.merge(ws, r, 4, r, last, "转办工单8件，已办结5件", b.cell)
    b.line(ws, r + 1, "注：办理时限自来电次日起按工作日计算。", last)
    return b.close()


def write_hotline(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_hotline_book(Path(tmp) / "hotline.xlsx")
        soffice(book, "xls", Path(tmp) / "hotline.xls")
        shutil.copyfile(Path(tmp) / "hotline.xls", path)
    return path


# =============================================================================================
# 11. 城市地下市政基础设施建设和运行管理重点任务推进表 (.ods), after a county's 实施方案 (开展设施普查,
# 建立综合管理信息平台, 排查治理安全隐患, 牵头单位与配合单位, 分年度完成时限):
# http://www.xiangyin.gov.cn/31185/32018/32020/32037/38010/content_2096107.html
# Title and 填报 line; 任务类别 merged down over its rows; 牵头单位 beside 配合单位, short names; 完成时限
# as a year range, a month range, 汛前, 第三季度, 长期坚持; 推进情况 words.
UNDERGROUND_ROWS = [
    (
        "设施普查",
        [
            ["开展城市地下管线普查并建立管线数据库", "市住建局", "市自然资源局", "2023-2025年", "推进中"],
            ["建设地下市政基础设施综合管理信息平台", "市住建局", "市大数据局", "2024年年底前", "未启动"],
        ],
    ),
    (
        "隐患排查治理",
        [
            ["排查整治城市燃气老化管道", "市燃气公司", "市住建局", "2024年6-10月", "已改造12公里，正在推进"],
            [
                "开展地下通道、地下停车场防汛安全检查",
                "市应急局",
                "市住建局",
                "汛前（2024年5月底前）",
                "已完成",
            ],
            ["实施城市供水管网漏损治理", "市自来水公司", "市水利局", "2024年9月底前", ""],
        ],
    ),
    (
        "建设和运行管理",
        [
            ["新建改建道路同步建设地下管线", "市城管局", "市住建局", "长期坚持", "常态化推进"],
            [
                "编制城市地下空间开发利用专项规划",
                "市自然资源局",
                "市发改委",
                "2024年第三季度",
                "已完成初稿，正在征求意见",
            ],
            [
                "建立管线保护和应急抢修联动机制",
                "市城管局",
                "市燃气公司、市自来水公司",
                "2024年7月31日前",
                "已完成",
            ],
        ],
    ),
]


def write_underground_book(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("推进表")
    b.widths(ws, [5, 14, 38, 14, 22, 20, 28])
    last = 6
    b.line(ws, 0, "濮阳市城市地下市政基础设施建设和运行管理重点任务推进表", last, b.title)
    b.line(ws, 1, "填报单位：市城市地下市政基础设施建设工作专班　　　　　　填报日期：2024年7月26日", last)
    b.header(ws, 2, ["序号", "任务类别", "重点任务", "牵头单位", "配合单位", "完成时限", "推进情况"])
    r, n = 3, 1
    for group, rows in UNDERGROUND_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for values in rows:
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(values, start=2):
                b.put(ws, r, c, v, b.center if c in (3, 4, 5) else b.cell)
            r += 1
            n += 1
    b.line(ws, r, "联系人：白晓峰　　联系电话：0393-8185520", last)
    return b.close()


def write_underground(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        book = write_underground_book(Path(tmp) / "underground.xlsx")
        soffice(book, "ods", path)
    return fixed_zip(path)


# =============================================================================================
# 12. 农村人居环境整治问题整改推进情况的报告 (.docx, items written as paragraphs), after a county's
# 农村人居环境整治三年行动实施方案 (农村生活垃圾、污水治理和村容村貌提升, 责任单位, 完成时限):
# https://www.longli.gov.cn/zwgk/zfgb/2018/d4q/xrmzfbgswj/201905/t20190509_5877920.html
# 文号 and addressee; an opening paragraph; each problem a heading followed by 责任单位, 整改时限 and
# 整改进展 paragraphs; 落款 and date.
RURAL_ITEMS = [
    (
        "部分村庄生活垃圾清运不及时，村头路边存在积存垃圾",
        "清丰县城市管理局",
        "2024年8月底前",
        "已新增清运车辆6台，正在加密清运频次。",
    ),
    (
        "农村户厕改造后部分农户使用率不高",
        "清丰县农业农村局",
        "2024年年底前",
        "正在开展问题厕所摸排，已摸排1.2万户。",
    ),
    ("农村生活污水处理设施建成后未正常运行", "清丰县住房和城乡建设局", "2024年9月30日前", "尚未启动。"),
    ("韩村镇部分坑塘水体发黑发臭", "韩村镇人民政府", "2024年7月20日前", "已完成清淤和水体置换，整改完成。"),
    ("村庄残垣断壁清理不彻底", "大屯乡人民政府", "长期坚持", "常态化推进。"),
    ("畜禽粪污资源化利用率偏低", "清丰县农业农村局", "2024年10月底前", ""),
    ("农村公路沿线柴草杂物乱堆乱放", "清丰县交通运输局", "2024年6月底前", "已完成整治。"),
]
NUMERALS = "一二三四五六七八九十"


def write_rural(path: Path) -> Path:
    doc = _new_document("清丰县人居办")
    _paragraph(doc, "清人居办〔2024〕9号", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "关于农村人居环境整治督导反馈问题整改推进情况的报告",
        20,
        "方正小标宋简体",
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    _paragraph(doc, "市农村人居环境整治工作领导小组办公室：", 16)
    _paragraph(
        doc,
        "　　2024年6月，市督导组对我县农村人居环境整治工作进行了督导，反馈问题7个。我县逐项明确责任单位和整改"
        "时限，现将截至7月下旬的整改推进情况报告如下：",
        16,
    )
    for n, (problem, unit, limit, progress) in enumerate(RURAL_ITEMS):
        _paragraph(doc, f"　　（{NUMERALS[n]}）{problem}。", 16, "楷体_GB2312", bold=True)
        _paragraph(doc, f"　　责任单位：{unit}", 16)
        _paragraph(doc, f"　　整改时限：{limit}", 16)
        _paragraph(doc, f"　　整改进展：{progress}", 16)
    _paragraph(doc, "　　下一步，我县将持续跟踪督办，确保问题按期整改到位。", 16)
    _paragraph(doc, "清丰县农村人居环境整治工作领导小组办公室", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_assigned(HERE / "市政府督查室交办事项办理情况汇总表（2024年7月）.xlsx"),
        write_fire_notices(HERE / "市燃气公司火险隐患整改通知书落实情况登记表.docx"),
        write_fire_checks(HERE / "责令改正通知书台账_华龙区_20240731.csv"),
        write_timely(HERE / "市交通运输局限时办结事项登记表（7月）.xls"),
        write_petitions(HERE / "省督察组转办信访件办理情况（第十二批）.txt"),
        write_central_zip(HERE / "中央环保督察交办件办理情况（华龙区、濮阳县）.zip"),
        write_audit(HERE / "2023年度审计查出问题整改情况表.xlsx"),
        write_review(HERE / "市卫健委检视问题整改落实情况表.wps"),
        write_complaints(HERE / "环境信访举报件查处整改情况_导出_20240731.csv"),
        write_hotline(HERE / "华龙区12345热线工单办理情况（2024年7月）.et"),
        write_underground(HERE / "城市地下市政基础设施重点任务推进表（7月）.ods"),
        write_rural(HERE / "清丰县农村人居环境整治问题整改推进情况的报告.docx"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

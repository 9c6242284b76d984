"""Write the dev129 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 人大代表建议与政协提案办理、信访积案化解、领导批示件督办 (办理清单、回头看登记表、答复函、提案系统导出、
包案督办报告、积案挂号台账、批示件督办台账、批示件办理单).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx of 答复函, and a .zip of two returns (an .xlsx and a .docx, member names
in GBK). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside232.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Windows' own zip tool writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


# ---------------------------------------------------------------------------------------------
# 1. 建议提案答复件“回头看”登记表, after a city 人民政府办公室's 关于做好建议提案办理工作“回头看”的通知 (对书面答复中
# 承诺解决的(A类)是否真正落实到位、承诺列入计划解决的(B类)是否按时序进度实施到位进行一次“回头看”; 落实情况按附表
# 填报; 附件1 B类答复件办理落实情况登记表: 填表单位(盖章) … 年 月 日填; 案号 / 现办复类别 / 案由):
# http://ask.fsou.com/html/text/lar/172280/17228026.html
# An .xls (xlwt) from one bureau: 附件1 line, title, 填表单位（盖章）/填表日期 line, one header row 案号 / 现办复类别 / 案由 /
# 答复承诺事项 / 承诺完成时间 / 落实情况 / 责任科室 (the bureau's own sections), the class re-marked A where the promise
# is kept, a 注 line and a signature line.
LOOKBACK_ROWS = [
    (
        "人大建议第23号",
        "A",
        "关于加快城区老旧小区雨污分流改造的建议",
        "2024年完成胜利路片区12个老旧小区雨污分流改造",
        "2024年6月底前",
        "12个小区改造已全部完工并通过竣工验收",
        "城市建设科",
    ),
    (
        "政协提案第87号",
        "B",
        "关于加快推进既有住宅加装电梯的提案",
        "出台既有住宅加装电梯实施办法，开展首批试点",
        "2024年9月30日",
        "实施办法已印发，首批5部电梯正在施工",
        "房地产市场监管科",
    ),
    (
        "人大建议第41号",
        "B",
        "关于规范住宅小区物业服务收费的建议",
        "修订住宅小区物业服务收费指导标准",
        "2024年年底前",
        "已完成成本调查测算，修订稿正在征求意见",
        "物业管理科",
    ),
    (
        "政协提案第132号",
        "B",
        "关于城区燃气管网老化更新改造的提案",
        "分两年完成中心城区老旧燃气管网更新改造",
        "2024—2025年",
        "2024年计划改造38公里，已完成21公里",
        "城市建设科",
    ),
    (
        "人大建议第66号",
        "B",
        "关于解决城区部分新建小区“办证难”问题的建议",
        "会同资规、税务部门分类化解历史遗留办证问题",
        "2024年10月",
        "已化解3个项目，其余项目正在逐个会商",
        "房地产市场监管科",
    ),
    (
        "政协提案第45号",
        "A",
        "关于加强建筑工地扬尘在线监测的提案",
        "建成建筑工地扬尘在线监测平台",
        "2024年3月31日",
        "平台已上线运行，接入在建工地96个",
        "建筑管理科",
    ),
    (
        "人大建议第102号",
        "A",
        "关于加强农村危房改造质量监管的建议",
        "建立农村危房改造质量巡查制度并开展专项检查",
        "2024年5月",
        "已出台巡查制度，专项检查发现的问题均已整改",
        "村镇建设科",
    ),
]


def write_lookback(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "附件1", plain),
        (1, 0, "B类答复件办理落实情况登记表", t, 1, 6),
        (2, 0, "填表单位（盖章）：濮阳市住房和城乡建设局                    2024年7月26日填", plain, 2, 6),
    ]
    header = ["案号", "现办复类别", "案由", "答复承诺事项", "承诺完成时间", "落实情况", "责任科室"]
    for col, word in enumerate(header):
        cells.append((3, col, word, h))
    for i, row in enumerate(LOOKBACK_ROWS):
        r = 4 + i
        for col, v in enumerate(row):
            cells.append((r, col, v, ctr if col in (0, 1, 4, 6) else c))
    r = 4 + len(LOOKBACK_ROWS)
    cells += [
        (
            r,
            0,
            "注：现办复类别按A（所提问题已经解决或基本解决）、B（正在解决或列入计划逐步解决）填写；"
            "答复时为B类、经“回头看”已落实到位的改标A。",
            plain,
            r,
            6,
        ),
        (r + 1, 0, "单位负责人：宋建业    填表人：孔令娟    联系电话：0393-4413276", plain, r + 1, 6),
    ]
    return _write_xls(path, [("登记表", cells)])


# ---------------------------------------------------------------------------------------------
# 2. 人大代表建议答复函, after a page on the 办文格式 of answers to 人大代表建议 (标题“关于××代表××建议的答复”; 发文字号
# “××函〔2025〕×号”; 主送“××代表：”; 开头“您提出的《关于××的建议》（第××号）已收悉，经认真研究，现答复如下：”; 分条列项
# 说明采纳情况、落实措施、实施进展或未采纳的原因及后续计划; 结尾致谢; 落款承办单位（盖章）、联系人、联系电话):
# http://zixun.cusdn.org.cn/jxfw/202506/421515.html
# A .docx: a cover note to the 督查局, then seven 答复函 one after another, each with its class mark (A/B/C) at the
# right, its 文号, title, 主送, the opening sentence naming the suggestion, the answer in sentences (progress and the
# promised date inside them), the thanks, 联系人/联系电话 and the 落款. All seven are the sending bureau's.
ANSWERS = [
    (
        "B",
        "濮教函〔2024〕31号",
        "张建华",
        "关于增加城区公办幼儿园学位的建议",
        "第12号",
        [
            "一、关于新建改扩建公办幼儿园。2024年我市计划新建、改扩建城区公办幼儿园5所，新增学位1350个。"
            "目前，开州路幼儿园等3所已完工，其余2所正在进行主体施工，计划2024年8月底前投入使用。",
            "二、关于盘活闲置资源。我局已会同华龙区对城区闲置校舍进行摸底，下一步将优先改建为公办幼儿园。",
        ],
    ),
    (
        "A",
        "濮教函〔2024〕32号",
        "李晓燕",
        "关于规范中小学课后服务收费的建议",
        "第27号",
        [
            "您提出的建议已被采纳。2024年4月，我局会同市发展改革委印发《濮阳市中小学课后服务收费管理办法》，"
            "明确课后服务按学期收费、据实结算，严禁以课后服务名义乱收费。",
            "目前，全市公办中小学均已按新办法执行，相关问题已经解决。",
        ],
    ),
    (
        "B",
        "濮教函〔2024〕35号",
        "王国强",
        "关于改善农村学校教师周转宿舍条件的建议",
        "第35号",
        [
            "我局高度重视农村教师住房保障工作，已将农村学校教师周转宿舍建设列入2024—2025年教育重点项目。",
            "项目分两年实施：2024年11月底前完成清丰县、南乐县12所学校周转宿舍建设，2025年底前全部完成。"
            "目前首批12所学校已全部开工建设。",
        ],
    ),
    (
        "A",
        "濮教函〔2024〕38号",
        "赵丽",
        "关于加强城区学校周边交通安全管理的建议",
        "第48号",
        [
            "我局会同市公安局交通管理支队对城区32所中小学周边道路进行了全面排查，增设减速带、警示标志和护学岗，"
            "上下学高峰时段实行交警、教师、家长志愿者“三位一体”护学。",
            "目前各项措施已全部落实，您所反映的问题已经解决。",
        ],
    ),
    (
        "C",
        "濮教函〔2024〕41号",
        "刘振东",
        "关于在市区新建一所特殊教育学校的建议",
        "第63号",
        [
            "经认真研究，受城区教育用地和建设资金条件限制，近期暂不具备新建特殊教育学校的条件，该项工作目前尚未启动。",
            "我局将把您的建议作为编制下一阶段教育事业发展规划的重要参考，现阶段通过送教上门、随班就读等方式保障残疾儿童受教育权利。",
        ],
    ),
    (
        "B",
        "濮教函〔2024〕44号",
        "孙红梅",
        "关于加强中小学生心理健康教育的建议",
        "第71号",
        [
            "全市中小学已配备专兼职心理健康教师412名，心理辅导室建成率达到95%。",
            "市级中小学生心理健康教育指导中心正在建设，预计2024年10月底前建成投入使用。",
        ],
    ),
    (
        "A",
        "濮教函〔2024〕46号",
        "郭振宇",
        "关于推进中小学食堂“明厨亮灶”全覆盖的建议",
        "第89号",
        [
            "按照年度工作计划，全市中小学食堂“明厨亮灶”应于2024年6月30日前实现全覆盖。",
            "截至6月底，全市中小学食堂“明厨亮灶”覆盖率已达100%，并接入市场监管部门智慧监管平台，该项工作已经完成。",
        ],
    ),
]


ANSWER_DATES = [
    "2024年6月18日",
    "2024年6月3日",
    "2024年6月21日",
    "2024年5月30日",
    "2024年6月25日",
    "2024年6月26日",
    "2024年7月2日",
]


def _answer(
    doc, mark: str, number: str, deputy: str, title: str, seq: str, body: list[str], signed: str
) -> None:
    _paragraph(doc, mark, 16, "黑体", WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, number, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, f"关于{deputy}代表{title[2:-3]}建议的答复", 18)
    _paragraph(doc, f"{deputy}代表：")
    _paragraph(doc, f"您提出的《{title}》（{seq}）已收悉，经认真研究，现答复如下：")
    for text in body:
        _paragraph(doc, text)
    _paragraph(doc, "感谢您对教育工作的关心和支持，欢迎继续提出宝贵意见。")
    _paragraph(doc, "联系人：韩雪    联系电话：0393-8181265")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, signed, align=WD_ALIGN_PARAGRAPH.RIGHT)


def write_answers(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市教育局市八届人大四次会议代表建议答复件汇编（第二批）", 18)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "现将我局主办的市八届人大四次会议代表建议答复件（第二批，共7件）报送如下。"
        "答复函右上角标注办理结果类别：A为所提问题已经解决或基本解决，B为正在解决或列入计划逐步解决，"
        "C为因条件限制暂时难以解决。",
    )
    _paragraph(doc, "濮阳市教育局办公室    2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    for (mark, number, deputy, title, seq, body), signed in zip(ANSWERS, ANSWER_DATES, strict=True):
        doc.add_page_break()
        _answer(doc, mark, number, deputy, title, seq, body, signed)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 领导批示件督办台账, after a 省委督查室 account of how it follows 领导批示件 (研判、跟踪、审核、回访四个环节; 立项督办,
# 按照批办性批示、指导性批示、参阅性批示分类办理; 起草督办函, 明确督办重点、要求和方式, 下发责任单位; 审核把关, 对
# 不符合要求的退回重办; 回访):
# http://cc80a44e.caiyes.cn/thread-82780-1-1.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (督办情况 over 督办函下发日期/办理时限, 办理落实 over 跟踪情况/
# 审核意见/回访情况), the 批示领导 and 批示类型 beside the 责任单位 (district bureaus, streets, a town, a 乡, the
# power company by its short name), 办理时限 as N个工作日 from the 督办函 date, 立即办理, dates and X月X日前, the verdict
# in 审核意见 (同意办结 / 退回重办), a 说明 line and a signature line.
INSTRUCTION_ROWS = [
    (
        "PS2024-031",
        "市长",
        "批办性批示",
        "群众反映胜利路与京开大道交叉口东北角建筑垃圾长期堆放无人清运",
        "华龙区城市管理局",
        date(2024, 6, 3),
        "10个工作日",
        "已清运建筑垃圾约300立方米，设置围挡并落实专人巡查",
        "同意办结",
        "回访群众满意",
    ),
    (
        "PS2024-035",
        "区委书记",
        "批办性批示",
        "建业小区供暖管网破损，去冬部分住户室温不达标",
        "中原路街道办事处",
        date(2024, 6, 12),
        "2024年9月30日前",
        "已协调热力公司制定改造方案，管网更换正在施工",
        "",
        "",
    ),
    (
        "PS2024-038",
        "副市长",
        "批办性批示",
        "岳村镇3个村庄农村饮水水质浑浊",
        "岳村镇人民政府",
        date(2024, 6, 17),
        "立即办理",
        "已更换3个村供水站过滤设备，水质检测合格",
        "同意办结",
        "群众基本满意",
    ),
    (
        "PS2024-041",
        "区长",
        "指导性批示",
        "辖区部分农贸市场活禽宰杀区卫生脏乱、污水横流",
        "华龙区市场监督管理局",
        date(2024, 6, 20),
        "15个工作日",
        "已对5家市场下达责令整改通知书，正在督促落实",
        "退回重办",
        "",
    ),
    (
        "PS2024-044",
        "市长",
        "批办性批示",
        "人民路沿街餐饮商户油烟直排扰民",
        "胜利路街道办事处",
        date(2024, 7, 2),
        "7月15日前",
        "逾期未反馈",
        "",
        "",
    ),
    (
        "PS2024-047",
        "区委书记",
        "批办性批示",
        "孟轲乡部分村土地流转租金拖欠的来信",
        "孟轲乡人民政府",
        date(2024, 7, 1),
        "20个工作日",
        "",
        "",
        "",
    ),
    (
        "PS2024-050",
        "副区长",
        "指导性批示",
        "部分小学暑期托管服务场地不足、报名难",
        "华龙区教育局",
        date(2024, 7, 8),
        "2024年8月20日前",
        "已摸排托管需求，协调12所学校开放场地，第二批托管班正在筹备",
        "",
        "",
    ),
    (
        "PS2024-052",
        "市长",
        "批办性批示",
        "部分老旧小区夏季用电高峰频繁跳闸",
        "供电公司",
        date(2024, 7, 10),
        "7月31日前",
        "已完成6个台区增容改造，剩余2个台区正在施工",
        "",
        "",
    ),
]


def write_instructions(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("批示件督办台账")
    b.widths(ws, [6, 12, 10, 12, 40, 20, 14, 16, 34, 12, 14])
    b.line(ws, 0, "华龙区领导批示件督办落实台账（2024年6—7月）", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区人民政府办公室（督查室）    截至：2024年7月30日", 10)
    for c, word in enumerate(["序号", "批示件编号", "批示领导", "批示类型", "批示事项", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "督办情况", b.head)
    b.header(ws, 3, ["督办函下发日期", "办理时限"], first=6)
    b.merge(ws, 2, 8, 2, 10, "办理落实", b.head)
    b.header(ws, 3, ["跟踪情况", "审核意见", "回访情况"], first=8)
    for i, row in enumerate(INSTRUCTION_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(INSTRUCTION_ROWS)
    b.line(
        ws,
        end,
        "说明：参阅性批示不列入督办；办理时限自督办函下发之日起计算；审核意见为“同意办结”的，报原批示领导审阅后销号，"
        "“退回重办”的由责任单位重新办理。",
        10,
    )
    b.line(ws, end + 1, "审核：常红军    填表：闫培培    联系电话：0393-8216637", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 建议提案办理清单, after a district 人民政府's notice on handling 人大建议 and 政协提案 (承办单位收到交办的建议后及时清点
# 核对、造册登记; 承办5件以上的单位要及时制定办理清单，按照20%的比例确定本单位重点办理的建议提案及包抓重点建议提案
# 的领导和承办人; 对能解决的抓紧解决落实，短时难以解决的逐步解决，无法解决的向代表委员做出解释说明):
# https://jdglms.com/html/infoegovinfo1004xxgk_contentzfb2017-0303-001.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it) from one county bureau: title,
# 填报单位/填报日期/件数 line, a two-row header (包抓责任 over 包抓领导/承办股室/承办人), 是否重点 as 是/否, the
# 代表/委员 (the proposer) beside the bureau's own 股室, 办结时限 as dates, 6月底前, 9月底前, 长期坚持, 办理进度 in
# words (one blank), a 注 line and a signature line.
BUREAU_ROWS = [
    (
        "县人大建议",
        "第15号",
        "关于加快高标准农田建设后期管护的建议",
        "刘卫东",
        "是",
        "王立新（局长）",
        "农田建设股",
        "张敏",
        "2024年6月30日",
        "已答复，代表满意",
    ),
    (
        "县政协提案",
        "第22号",
        "关于扶持渠村乡黄河滩区特色种植的提案",
        "李红霞",
        "否",
        "",
        "种植业股",
        "赵磊",
        "6月底前",
        "已答复（A类）",
    ),
    (
        "县人大建议",
        "第31号",
        "关于规范农村土地经营权流转的建议",
        "张国庆",
        "否",
        "",
        "农村经营管理股",
        "孙倩",
        "2024年7月15日",
        "正在与代表沟通，答复意见待局领导审签",
    ),
    (
        "县政协提案",
        "第40号",
        "关于建设县级农产品质量安全检测中心的提案",
        "王海涛（民盟濮阳县总支）",
        "是",
        "陈志军（副局长）",
        "农产品质量安全监管站",
        "杨帆",
        "9月底前",
        "已答复（B类），检测设备采购正在招标",
    ),
    (
        "县人大建议",
        "第52号",
        "关于加强农村人居环境整治长效管护的建议",
        "高建民",
        "否",
        "",
        "农村社会事业促进股",
        "刘洋",
        "长期坚持",
        "已建立月度考评机制，长期坚持",
    ),
    (
        "县政协提案",
        "第58号",
        "关于推广玉米大豆带状复合种植的提案",
        "周丽",
        "否",
        "",
        "科技教育股",
        "吴军",
        "2024年6月20日",
        "逾期未答复，尚未办理",
    ),
    (
        "县人大建议",
        "第66号",
        "关于加大畜禽粪污资源化利用补贴力度的建议",
        "马建设",
        "否",
        "",
        "畜牧兽医股",
        "何静",
        "2024年8月31日",
        "",
    ),
    (
        "县政协提案",
        "第73号",
        "关于发展庆祖镇食用菌产业的提案",
        "郭强",
        "否",
        "",
        "乡村产业发展股",
        "许诺",
        "2024年7月31日",
        "已答复委员，委员基本满意",
    ),
]


def write_bureau_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("办理清单")
    b.widths(ws, [6, 12, 8, 38, 22, 8, 16, 20, 8, 14, 30])
    b.line(ws, 0, "濮阳县农业农村局2024年人大代表建议和政协委员提案办理清单", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位（盖章）：濮阳县农业农村局    填报日期：2024年7月25日    共承办主办件8件，其中重点办理2件",
        10,
    )
    for c, word in enumerate(["序号", "类别", "编号", "建议（提案）标题", "代表（委员）", "是否重点"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "包抓责任", b.head)
    b.header(ws, 3, ["包抓领导", "承办股室", "承办人"], first=6)
    b.merge(ws, 2, 9, 3, 9, "办结时限", b.head)
    b.merge(ws, 2, 10, 3, 10, "办理进度", b.head)
    for i, row in enumerate(BUREAU_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 2, 5, 8, 9) else b.cell)
    end = 4 + len(BUREAU_ROWS)
    b.line(
        ws, end, "注：按照承办件数20%的比例确定重点办理件，由局领导包抓；其余件由承办股室负责人牵头办理。", 10
    )
    b.line(ws, end + 1, "分管领导：陈志军    填表人：李颖    联系电话：0393-3226417", 10)
    return b.close()


def write_bureau(path: Path) -> Path:
    return via_soffice(write_bureau_book, path, "xls", "濮阳县农业农村局建议提案办理清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 建议提案交办办理情况登记表, after a city's rules on handling 建议 and 提案 (独办、分办的由各承办单位分别答复，会办的由
# 主办单位汇总会办意见统一答复; 会办单位在收到之日起2个月内将会办意见提交主办单位; 复文由承办单位分管领导审签，
# 附上承办单位主管领导和经办人员的姓名、联系电话):
# https://code.fabao365.com/law_567508_3.html
# A CSV in GBK: a title line, a line saying the 办理时限 counts from the 交办日期, one header line with 办理方式
# (独办/分办/会办), 主办单位 (short and former names: 市公交公司, 市城管执法局, 市水务局, 市卫计委, 市文广新局, 市规划局,
# 市农业局) beside 会办单位, the 交办日期 each 3个月 counts from (one extended by a month), 会办意见, 办理状态
# (已答复/正在办理/逾期未答复/blank), 主管领导/经办人/联系电话, a 合计 line.
HANDOVER_ROWS = [
    (
        "人大建议",
        "第8号",
        "关于增设城区夜间公交线路的建议",
        "独办",
        "市公交公司",
        "",
        "2024-03-15",
        "3个月",
        "",
        "已答复",
        "孟庆华",
        "卢晓",
        "0393-8992061",
    ),
    (
        "政协提案",
        "第21号",
        "关于加快建设市区智慧停车平台的提案",
        "会办",
        "市城管执法局",
        "市交警支队、市发改委",
        "2024-03-15",
        "3个月",
        "已提交",
        "正在办理",
        "常宏伟",
        "刘静",
        "0393-4466305",
    ),
    (
        "人大建议",
        "第17号",
        "关于规范城区二次供水设施管理的建议",
        "分办",
        "市水务局",
        "",
        "2024-03-15",
        "3个月",
        "",
        "已答复",
        "周建国",
        "郑颖",
        "0393-4412587",
    ),
    (
        "政协提案",
        "第34号",
        "关于提高城乡居民基础养老金标准的提案",
        "独办",
        "市人社局",
        "",
        "2024-03-15",
        "3个月（经同意延期1个月）",
        "",
        "正在办理",
        "赵红梅",
        "王楠",
        "0393-8993117",
    ),
    (
        "人大建议",
        "第45号",
        "关于推进基层医疗机构检查检验结果互认的建议",
        "会办",
        "市卫计委",
        "市医保局",
        "2024-04-10",
        "3个月",
        "未提交",
        "逾期未答复",
        "马立新",
        "陈阳",
        "0393-8181046",
    ),
    (
        "政协提案",
        "第56号",
        "关于加强戚城遗址保护与展示利用的提案",
        "独办",
        "市文广新局",
        "",
        "2024-03-15",
        "3个月",
        "",
        "已答复",
        "杨文斌",
        "许可",
        "0393-4418023",
    ),
    (
        "人大建议",
        "第62号",
        "关于加快打通城区“断头路”的建议",
        "会办",
        "市规划局",
        "市住建局、市财政局",
        "2024-03-15",
        "3个月",
        "已提交",
        "已答复",
        "郭向阳",
        "秦朗",
        "0393-8663092",
    ),
    (
        "政协提案",
        "第70号",
        "关于建设市级农产品冷链物流中心的提案",
        "会办",
        "市商务局",
        "市农业局",
        "2024-05-20",
        "3个月",
        "",
        "",
        "黄国栋",
        "林雪",
        "0393-8998245",
    ),
]


def write_handover(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市人大代表建议和政协委员提案交办办理情况登记表（截至2024年7月30日）"])
    w.writerow(
        [
            "办理时限自交办之日起计算；会办单位应在收到之日起2个月内将会办意见提交主办单位，由主办单位统一答复",
        ]
    )
    w.writerow(
        [
            "序号",
            "类别",
            "编号",
            "案由",
            "办理方式",
            "主办单位",
            "会办单位",
            "交办日期",
            "办理时限",
            "会办意见",
            "办理状态",
            "主管领导",
            "经办人",
            "联系电话",
        ]
    )
    for i, row in enumerate(HANDOVER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共8件", "", "", "", "", "", "", "已答复4件", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 领导包案督办信访突出问题办理情况报告, after a provincial 纪委监察厅's 领导包案督办解决信访突出问题工作办法 (领导包案、
# 部门督办、属地承办; 包案督办案件原则上3个月内办结; 不能如期办结的填写包案督办延期审批表，报包案领导同意后适当延长，
# 延长期不得超过1个月; 办结后仍出现重复访的，由原包案领导及责任部门继续包案督办; 告知信访人、回访):
# https://china.caixin.com/2014-11-25/100755054.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble stating the rule (3个月内办结, 延期不超过1个月), the items as
# numbered paragraphs （一）…（七） naming the 包案领导, the 督办部门 and the 属地承办单位 (county 纪委监委), the 交办 date
# the three months count from (one case extended by a month, one re-assigned after a 重复访), progress in sentences,
# a closing paragraph, an 附件 line, the office and date at the foot.
PETITION_PARAS = [
    (
        "（一）反映濮阳县文留镇某村村委会主任违规处置集体土地收益问题。由市纪委副书记杜永强包案，市纪委监委信访室督办，"
        "濮阳县纪委监委承办，5月6日交办。目前已完成初步核实，正在调取该村2019年以来集体账目。"
    ),
    (
        "（二）反映清丰县某乡镇工作人员在低保审核中优亲厚友问题。由市纪委常委崔明包案，清丰县纪委监委承办，4月8日交办。"
        "经查，2户不符合条件家庭违规享受低保，已全部清退，对相关责任人给予党内警告处分，处理结果已当面告知信访人，"
        "信访人表示认可，已办结。"
    ),
    (
        "（三）反映南乐县某乡政府拖欠道路工程款问题久拖不决。由市纪委常委崔明包案，南乐县纪委监委承办，3月11日交办。"
        "因涉及多方债务纠纷，南乐县纪委监委填写包案督办延期审批表，经包案领导同意延期1个月。目前已督促乡政府支付"
        "拖欠款项的60%，剩余部分正在协调。"
    ),
    (
        "（四）反映范县某村产业扶贫项目资金使用不公开问题。由市纪委副书记杜永强包案，范县纪委监委承办，6月3日交办。"
        "截至目前，承办单位尚未开展核查。"
    ),
    (
        "（五）反映台前县某街道在征地补偿中截留群众补偿款问题。由市监委委员吕卫华包案，台前县纪委监委承办，2月26日交办。"
        "经查实截留补偿款18.6万元已全部退还群众，相关人员已移送审查调查，信访人已息诉，已办结。"
    ),
    (
        "（六）反映华龙区某社区居委会违规收取停车管理费问题。由市监委委员吕卫华包案，华龙区纪委监委承办，7月1日交办。"
    ),
    (
        "（七）反映濮阳县柳屯镇某村干部侵占村集体机动地问题。该件去年已办结，信访人仍重复访，按照规定由原包案领导"
        "杜永强继续包案督办，濮阳县纪委监委承办，今年1月15日重新交办。已召开公开听证会，对侵占土地予以收回，"
        "信访人签订息诉罢访承诺书，已办结。"
    ),
]


def write_petition_docx(path: Path) -> Path:
    doc = _new_document("信访室")
    _title(doc, "市纪委监委信访室关于领导包案督办信访突出问题办理情况的报告")
    _paragraph(doc, "市委督查室、市政府督查局：")
    _paragraph(
        doc,
        "按照领导包案、部门督办、属地承办的要求，今年以来市纪委监委对7件涉纪涉腐、群众反映强烈的信访突出问题实行"
        "领导包案督办。包案督办案件自交办之日起原则上3个月内办结；确需延期的，经包案领导同意可延长，延长期不超过1个月。"
        "现将截至7月29日的办理情况报告如下：",
    )
    for text in PETITION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我室将对未办结案件逐件跟踪督办，对办结案件开展回访，巩固包案成果。")
    _paragraph(doc, "附件：包案督办延期审批表（1份）")
    _paragraph(doc, "濮阳市纪委监委信访室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_petition(path: Path) -> Path:
    return via_soffice(write_petition_docx, path, "doc", "领导包案督办信访突出问题办理情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 信访积案化解挂号台账, after a county's account of its 县级领导包难案、化积案 (“一张挂号台账、一个信访问题、一名包案
# 领导、一名负责人领办、一个工作专班、一套方案化解、一张时间进度表”; “包接访下访、包教育转化、包督促指导、包帮扶救助”
# 四包原则; 信访人签订息访息诉协议书, 事心双解):
# https://m.9pinw.com/lawms_11719.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (包案责任 over 包案领导/领办负责人/工作专班, 化解进度 over
# 时间进度表/化解情况/是否化解), the 信访人 (the complainant, masked) beside the 责任单位 (towns, a 乡, county
# bureaus), deadlines inside schedule texts (two stages, a month range, 年底前, 长期稳控), 是否化解 as 是/否/blank,
# a 说明 line and a signature line.
BACKLOG_ROWS = [
    (
        "王某某",
        "反映2009年城关镇旧城改造拆迁安置房面积不足",
        "清丰县城关镇人民政府",
        "县委常委、常务副县长 李建设",
        "城关镇党委书记 赵宏",
        "城关镇、县住建局、县自然资源局",
        "7月10日前完成面积复核，8月底前化解到位",
        "已完成面积复核，正在协商补差方案",
        "否",
    ),
    (
        "刘某某",
        "反映在马庄桥镇某建筑工地务工被拖欠工资12.6万元",
        "清丰县人力资源和社会保障局",
        "副县长 张志远",
        "县人社局局长 孙伟",
        "县人社局、县住建局、马庄桥镇",
        "6月30日前化解到位",
        "已督促施工企业全额支付，信访人签订息诉息访协议书",
        "是",
    ),
    (
        "赵某某",
        "反映韩村镇某村邻户侵占宅基地通道引发纠纷",
        "清丰县韩村镇人民政府",
        "县人大常委会副主任 周明",
        "韩村镇镇长 吴刚",
        "韩村镇、县自然资源局、县司法局",
        "7月20日前完成现场勘测，8月15日前化解到位",
        "",
        "",
    ),
    (
        "孙某某",
        "反映其父亲1998年在仙庄镇原乡镇企业工伤待遇未落实",
        "清丰县人力资源和社会保障局",
        "县政协副主席 郭红",
        "县人社局副局长 许强",
        "县人社局、县医保局、仙庄镇",
        "年底前化解到位",
        "原企业已破产，待遇核定依据不足，暂无进展",
        "否",
    ),
    (
        "李某某",
        "反映六塔乡土地承包经营权确权面积登记错误",
        "清丰县六塔乡人民政府",
        "副县长 张志远",
        "六塔乡乡长 冯军",
        "六塔乡、县农业农村局",
        "7月底前化解到位",
        "已重新测量并更正确权证书，信访人表示认可",
        "是",
    ),
    (
        "周某某",
        "反映县城某小区开发商逾期交房且无法办理不动产权证",
        "清丰县住房和城乡建设局",
        "副县长 陈立",
        "县住建局局长 马涛",
        "县住建局、县自然资源局、县税务局",
        "2024年6—9月分步化解",
        "已督促开发商完成消防验收，不动产首次登记正在办理",
        "否",
    ),
    (
        "吴某某",
        "反映柳格镇某养殖场粪污直排污染周边农田",
        "清丰县柳格镇人民政府",
        "县委常委 高峰",
        "柳格镇党委书记 杨帆",
        "柳格镇、县生态环境分局、县农业农村局",
        "7月15日前停产整改，8月底前建成粪污处理设施",
        "养殖场已停产整改，粪污处理设施正在建设",
        "否",
    ),
    (
        "郑某某",
        "反映对2016年交通事故责任认定不服多次越级上访",
        "清丰县公安局",
        "县委常委、政法委书记 刘振华",
        "县公安局副局长 白雪松",
        "县公安局、县司法局、信访人户籍地乡镇",
        "长期稳控",
        "落实专人教育稳控，常态化推进",
        "",
    ),
]


def write_backlog(path: Path) -> Path:
    b = Book(path, author="县信访局")
    ws = b.sheet("挂号台账")
    b.widths(ws, [6, 10, 36, 22, 22, 20, 26, 32, 32, 8])
    b.line(ws, 0, "清丰县信访积案化解挂号台账（县级领导包案）", 9, b.title)
    b.line(ws, 1, "填报单位：清丰县信访联席会议办公室（县信访局）    截至：2024年7月30日", 9)
    for c, word in enumerate(["序号", "信访人", "信访问题", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "包案责任", b.head)
    b.header(ws, 3, ["包案领导", "领办负责人", "工作专班"], first=4)
    b.merge(ws, 2, 7, 2, 9, "化解进度", b.head)
    b.header(ws, 3, ["时间进度表", "化解情况", "是否化解"], first=7)
    for i, row in enumerate(BACKLOG_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 9) else b.cell)
    end = 4 + len(BACKLOG_ROWS)
    b.line(
        ws,
        end,
        "说明：按照“一张挂号台账、一个信访问题、一名包案领导、一名负责人领办、一个工作专班、一套方案化解、一张时间进度表”"
        "要求建账，落实包接访下访、包教育转化、包督促指导、包帮扶救助“四包”责任；化解到位的由信访人签订息诉息访协议书。",
        9,
    )
    b.line(ws, end + 1, "填表人：贾晓东    审核人：郝建伟    联系电话：0393-7221590", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 政协提案系统的提案列表导出, after a flow chart of a 政协提案系统 (提案预受理、提案委审查、立案结果录入; 待确定分类提案、
# 已确定分类提案; 重点提案设置、优秀提案设置; 待交办审核、交办; 主办单位、参办单位、归口单位; 接收、退回; 答复; 委员
# 评价; 办理结果认定):
# https://processon.com/view/62fc3bafe401fd1820cca6dc
# An .xlsx as the system exports it: no title, one header row with the system's field names (提案类型, 主办单位,
# 参办单位, 归口单位, 是否重点提案, 当前环节, 交办时间, 答复期限, 答复时间, 委员评价, 办理结果, 备注), units by
# full, short and former names (a college, the water company and the power company among them), dates as text,
# the stage in 当前环节 (交办/接收/答复/委员评价/办理结果认定), a 共N条 line.
SYSTEM_ROWS = [
    (
        "十届三次-0012",
        "关于加快推进濮阳职业技术学院产教融合实训基地建设的提案",
        "王振华",
        "经济科技",
        "濮阳职业技术学院",
        "市教育局、市人社局",
        "市政府办公室",
        "是",
        "办理结果认定",
        "2024-03-20",
        "2024-06-20",
        "2024-06-12",
        "满意",
        "A（已解决）",
        "",
    ),
    (
        "十届三次-0025",
        "关于加强城区供水管网漏损治理的提案",
        "李敏",
        "城建环保",
        "市水务公司",
        "市水利局",
        "市政府办公室",
        "否",
        "委员评价",
        "2024-03-20",
        "2024-06-20",
        "2024-06-18",
        "",
        "B（正在解决）",
        "",
    ),
    (
        "十届三次-0031",
        "关于完善农村寄递物流体系的提案",
        "张秀芝",
        "三农问题",
        "市交通局",
        "市邮政管理局、市供销社",
        "市政府办公室",
        "否",
        "接收",
        "2024-03-20",
        "2024-06-20",
        "",
        "",
        "",
        "",
    ),
    (
        "十届三次-0047",
        "关于提升中心城区电网供电可靠性的提案",
        "赵志刚",
        "经济科技",
        "濮阳供电公司",
        "市发改委",
        "市政府办公室",
        "否",
        "办理结果认定",
        "2024-03-20",
        "2024-06-20",
        "2024-06-05",
        "基本满意",
        "A（已解决）",
        "",
    ),
    (
        "十届三次-0053",
        "关于设立市级中小企业应急转贷资金的提案",
        "民建濮阳市委员会",
        "经济科技",
        "市财政局",
        "市工信局、市金融工作局",
        "市政府办公室",
        "是",
        "答复",
        "2024-04-15",
        "2024-07-15",
        "",
        "",
        "",
        "答复稿正在会签",
    ),
    (
        "十届三次-0066",
        "关于加强城区学校医院周边停车秩序管理的提案",
        "刘晓东",
        "社会法制",
        "市公安交警支队",
        "市城管局",
        "市政府办公室",
        "否",
        "交办",
        "2024-05-10",
        "2024-08-10",
        "",
        "",
        "",
        "超期未接收",
    ),
    (
        "十届三次-0072",
        "关于开展黄河滩区生态修复的提案",
        "农工党濮阳市委员会",
        "城建环保",
        "市自然资源局",
        "市生态环境局、市水利局",
        "市政府办公室",
        "否",
        "办理结果认定",
        "2024-03-20",
        "2024-06-20",
        "2024-06-19",
        "满意",
        "B（正在解决）",
        "",
    ),
    (
        "十届三次-0080",
        "关于完善社区居家养老服务的提案",
        "孙丽娟",
        "社会法制",
        "市民政局",
        "市卫健委",
        "市政府办公室",
        "否",
        "委员评价",
        "2024-04-10",
        "2024-07-10",
        "2024-07-05",
        "满意",
        "A（已解决）",
        "",
    ),
]


def write_system(path: Path) -> Path:
    b = Book(path, author="rykj")
    ws = b.sheet("提案列表")
    plain = b.book.add_format({"border": 1, "valign": "vcenter"})
    head = b.book.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2", "valign": "vcenter"})
    b.widths(ws, [14, 46, 18, 10, 18, 24, 14, 12, 14, 12, 12, 12, 10, 14, 14])
    header = [
        "提案号",
        "提案标题",
        "第一提案人",
        "提案类型",
        "主办单位",
        "参办单位",
        "归口单位",
        "是否重点提案",
        "当前环节",
        "交办时间",
        "答复期限",
        "答复时间",
        "委员评价",
        "办理结果",
        "备注",
    ]
    for c, word in enumerate(header):
        ws.write_string(0, c, word, head)
    for r, row in enumerate(SYSTEM_ROWS, 1):
        b.row(ws, r, list(row), fmt=plain)
    ws.write_string(len(SYSTEM_ROWS) + 1, 0, f"共{len(SYSTEM_ROWS)}条")
    ws.freeze_panes(1, 0)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 领导领办建议提案落实情况 (two returns in one zip), after a city's rules on handling 建议 and 提案 (承办单位每年确定
# 若干重点办理的建议、提案，由单位领导牵头办理; 主要领导每年亲自牵头办理1件以上，并在交办之日起10日内书面告知交办
# 单位和市府办公厅; 会同办理的由主办单位牵头，会办单位配合):
# https://code.fabao365.com/law_581143_2.html
# A .zip (member names in GBK) holding an .xlsx from a city commission whose rows name only its own 科室 (领办领导,
# 主办/会办, the 书面告知日期 an event, 承诺完成时限 as dates and 6月底前) and a .docx with a table from a county
# government whose rows name county bureaus and a town, the 交办日期 for its 3个月 row stated only in the preamble.
HEALTH_ROWS = [
    (
        "人大建议第38号",
        "关于加强乡镇卫生院全科医生队伍建设的建议",
        "主任 王建民",
        "主办",
        "基层卫生健康科",
        date(2024, 3, 22),
        "2024年12月31日",
        "已招聘全科医生26名，定向培养项目正在实施",
    ),
    (
        "政协提案第19号",
        "关于建设市级紧急医学救援基地的提案",
        "副主任 李卫",
        "主办",
        "医政医管科",
        date(2024, 3, 25),
        "2025年6月底前",
        "项目已完成立项，初步设计正在评审",
    ),
    (
        "政协提案第64号",
        "关于加强中小学生近视防控工作的提案",
        "副主任 张红",
        "会办",
        "疾病预防控制科",
        date(2024, 3, 26),
        "2024年5月31日",
        "已于5月20日向主办单位提交会办意见",
    ),
    (
        "人大建议第77号",
        "关于规范城区民营医院医疗广告的建议",
        "副主任 李卫",
        "主办",
        "医政医管科",
        date(2024, 3, 25),
        "2024年6月30日",
        "",
    ),
]
NANLE_ROWS = [
    (
        "县人大建议第6号：关于改造县城人民路排水管网的建议",
        "县长 张国栋",
        "南乐县住房和城乡建设局",
        "2024年8月底前",
        "管网改造已完成70%，剩余路段正在施工",
    ),
    (
        "县政协提案第11号：关于扶持韩张镇蔬菜大棚产业发展的提案",
        "副县长 刘红",
        "南乐县韩张镇人民政府",
        "2024年6月30日",
        "已落实大棚建设补贴资金120万元，已办结",
    ),
    (
        "县人大建议第15号：关于解决元村镇中学学生住宿难的建议",
        "副县长 王磊",
        "南乐县教育局",
        "2024年9月1日前",
        "宿舍楼主体已封顶，正在内部装修",
    ),
    (
        "县政协提案第23号：关于规范县城电动自行车停放秩序的提案",
        "副县长 赵军",
        "南乐县公安局",
        "交办之日起3个月内",
        "尚未启动",
    ),
]


def write_health_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("领办情况")
    b.widths(ws, [6, 16, 40, 14, 10, 16, 14, 16, 34])
    b.line(ws, 0, "市卫生健康委员会2024年领导领办建议提案落实情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市卫生健康委员会（办公室）    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "建议提案编号",
            "标题",
            "领办领导",
            "办理类型",
            "责任科室",
            "书面告知日期",
            "承诺完成时限",
            "落实进展",
        ],
    )
    for i, row in enumerate(HEALTH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HEALTH_ROWS)
    b.line(ws, end, "注：领办领导已在交办之日起10日内书面告知交办单位和市政府办公室。", 8)
    b.line(ws, end + 1, "填表人：宁静    联系电话：0393-8181127", 8)
    return b.close()


def write_nanle_docx(path: Path) -> Path:
    doc = _new_document("县政府督查室")
    _title(doc, "南乐县人民政府领导领办重点建议提案进展情况", 18)
    _paragraph(
        doc,
        "县十七届人大三次会议代表建议和县政协十届三次会议委员提案于2024年3月18日交办。县政府领导领办重点建议提案4件，"
        "已在交办之日起10日内书面告知县人大常委会和县政协。截至7月26日进展情况如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(NANLE_ROWS, 1)]
    _table(doc, ["序号", "建议提案", "领办县领导", "责任单位", "办理时限", "进展情况"], body)
    _paragraph(doc, "南乐县人民政府督查室    2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_lead_zip(path: Path) -> Path:
    members = [
        ("市卫生健康委员会领导领办建议提案落实情况表.xlsx", write_health_book),
        ("南乐县人民政府领导领办重点建议提案进展情况.docx", write_nanle_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 领导批示件办理单, after a page on how 批示 are written (应该写在批示单上，有时批在文头余白处; 一般比较简单，如
# “送xx同志阅处”“请xx提出意见”“请xx于xx年xx月xx日前办结”; 拟办意见与领导批示中的常见词语: 阅处、研办、研提、核报、
# 批办 …):
# https://alylmr.com/shishang/2024/71792.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): a cover title and a count line, then seven 办理单 cards, each
# a small two-column table (编号/收文日期, 来文单位, 事由, 领导批示, 拟办意见, 承办单位/交办日期, 办理结果). The deadline
# is only inside the 批示 text (“请…于7月20日前…”, “月底前报结果”, “3日内报告” from the 交办日期, none for 研办 and
# 常态化); units by short and former names (市交警支队, 市城管局, 市发改委, 市环保局, 市交通局, 市卫计委).
SLIP_CARDS = [
    (
        "市长批〔2024〕56号",
        "2024年7月8日",
        "群众来信",
        "反映京开大道与黄河路交叉口信号灯配时不合理，早晚高峰拥堵严重",
        "请市交警支队于7月20日前优化配时并报结果。",
        "拟请市交警支队办理。",
        "市交警支队",
        "2024年7月9日",
        "已调整该路口信号配时方案，高峰通行时间缩短约30%，已办结。",
    ),
    (
        "副市长批〔2024〕88号",
        "2024年7月9日",
        "濮阳县人民政府",
        "报告海通乡引黄灌溉渠道淤积影响秋灌",
        "请市水利局阅处，月底前报结果。",
        "拟请市水利局阅处。",
        "市水利局",
        "2024年7月10日",
        "已安排清淤机械进场，完成清淤4.2公里，剩余渠段正在施工。",
    ),
    (
        "市长批〔2024〕61号",
        "2024年7月15日",
        "网民留言",
        "反映华龙区某小区周边工地夜间施工噪声扰民",
        "请市城管局立即组织核查，3日内报告处理情况。",
        "拟请市城管局办理。",
        "市城管局",
        "2024年7月15日",
        "已责令施工单位停止夜间施工并处罚款，已办结。",
    ),
    (
        "副市长批〔2024〕93号",
        "2024年7月16日",
        "市工业和信息化局",
        "报告部分企业反映工业用电价格偏高、峰谷电价政策落实不到位",
        "请市发改委研办。",
        "拟请市发改委研办。",
        "市发改委",
        "2024年7月16日",
        "",
    ),
    (
        "市长批〔2024〕64号",
        "2024年7月18日",
        "省政府督查室转来",
        "反映清丰县某食品企业环评手续不全即投入生产",
        "请市环保局于8月15日前核实处理并报结果。",
        "拟请市环保局核实处理。",
        "市环保局",
        "2024年7月19日",
        "已开展现场检查，责令企业停产，正在立案调查。",
    ),
    (
        "副市长批〔2024〕79号",
        "2024年7月1日",
        "群众来信",
        "反映南乐县某村学生上学途经的县道临水路段无护栏",
        "请市交通局督促南乐县于7月15日前完成整改。",
        "拟请市交通局督办。",
        "市交通局",
        "2024年7月2日",
        "逾期未反馈。",
    ),
    (
        "市长批〔2024〕58号",
        "2024年7月10日",
        "市卫生健康委员会",
        "报告夏季高温中暑防治和医疗保障工作",
        "请卫计委抓好落实，常态化做好高温期间医疗保障。",
        "拟请市卫计委落实。",
        "市卫计委",
        "2024年7月11日",
        "已制定高温中暑防治方案，常态化推进。",
    ),
]


def _slip(doc, card: tuple[str, ...]) -> None:
    number, received, source, matter, note, proposal, unit, handed, result = card
    _title(doc, "濮阳市人民政府办公室领导批示件办理单", 16)
    table = doc.add_table(rows=7, cols=4)
    table.style = "Table Grid"
    rows = [
        ("编号", number, "收文日期", received),
        ("来文单位", source, None, None),
        ("事由", matter, None, None),
        ("领导批示", note, None, None),
        ("拟办意见", proposal, None, None),
        ("承办单位", unit, "交办日期", handed),
        ("办理结果", result, None, None),
    ]
    for r, (k1, v1, k2, v2) in enumerate(rows):
        _cell_text(table.cell(r, 0), k1, 11, bold=True)
        if k2 is None:
            merged = table.cell(r, 1).merge(table.cell(r, 3))
            _cell_text(merged, v1, 11)
        else:
            _cell_text(table.cell(r, 1), v1, 11)
            _cell_text(table.cell(r, 2), k2, 11, bold=True)
            _cell_text(table.cell(r, 3), v2, 11)
    _paragraph(doc, "")


def write_slips_docx(path: Path) -> Path:
    doc = _new_document("督查局")
    _title(doc, "市领导批示件办理单汇编（2024年7月）")
    _paragraph(doc, "本月登记市领导批示件7件，截至7月30日已办结2件。", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for card in SLIP_CARDS:
        _slip(doc, card)
    _paragraph(doc, "濮阳市人民政府督查局    2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_slips(path: Path) -> Path:
    return via_soffice(write_slips_docx, path, "doc", "市领导批示件办理单汇编.docx")


FILES = [
    ("B类答复件办理落实情况登记表（市住建局）.xls", write_lookback),
    ("濮阳市教育局市八届人大四次会议代表建议答复件汇编（第二批）.docx", write_answers),
    ("华龙区领导批示件督办落实台账（2024年6—7月）.xlsx", write_instructions),
    ("濮阳县农业农村局2024年建议提案办理清单.et", write_bureau),
    ("市人大代表建议和政协委员提案交办办理情况登记表.csv", write_handover),
    ("市纪委监委信访室关于领导包案督办信访突出问题办理情况的报告.doc", write_petition),
    ("清丰县信访积案化解挂号台账.xlsx", write_backlog),
    ("提案列表_导出_20240731.xlsx", write_system),
    ("领导领办建议提案落实情况（市卫健委、南乐县）.zip", write_lead_zip),
    ("市领导批示件办理单汇编（2024年7月）.wps", write_slips),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev29 returns: nine files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and a third inside the zip), .xls (xlwt), .ods (LibreOffice conversion), a CSV in GBK, a
.docx with the items as numbered paragraphs, a .doc and a .wps (Word 97 via LibreOffice) and a .zip of two
returns (an .xlsx and a CSV in UTF-8 with BOM). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev29.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

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
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def merge(self, ws, r1: int, c1: int, r2: int, c2: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if (r1, c1) == (r2, c2):
            self.put(ws, r1, c1, v, fmt)
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
# 1. 卫生监督协管服务项目质量考评发现问题整改台账 (医疗卫生), after a health system's 卫生监督协管服务项目质量考评表
# (caption title; 工作内容 merged down its rows with the points in brackets; 工作要求, 考核方法, 评分标准, 考核结果,
# 得分):
# https://github.com/chenpengyu1991/test-demo3/blob/6946aa0c02ba7e40ceb23db489038c2bb7024a3b/RHIP-NEW-YC/.svn/pristine/86/86f5001f7b991924ea82c6faa842bc18b3a6f5b7.svn-base
# Title, 填报单位 line, one header row (the source's words plus 整改责任单位, 整改时限, 整改落实情况), the 工作内容
# merged over its rows, a 合计 row and a signature line.
HEALTH_GROUPS = [
    (
        "组织领导、计划总结和项目公示（7分）",
        [
            (
                "有卫生监督协管年度工作计划、半年度总结和年度总结。（3分）",
                "查阅相关资料。",
                "城关镇卫生院未制定2024年度卫生监督协管工作计划",
                2,
                "濮阳县城关镇卫生院",
                "2024.7.31",
                "已制定并印发年度工作计划，已整改",
            ),
            (
                "协管办（室）要有明显标识，公示开展的卫生监督服务项目和十项制度。（1.5分）",
                "现场实地查看。",
                "胡村乡卫生院协管室无明显标识，十项制度仅公示4项",
                0.8,
                "濮阳县胡村乡卫生院",
                "8月15日前",
                "标识牌已订制，制度上墙正在推进",
            ),
        ],
    ),
    (
        "培训、督导、考核和资金管理（9分）",
        [
            (
                "组织对社区卫生服务站项目工作的定期督导和考核，一年不少于4次。（4分）",
                "查阅相关资料、记录。",
                "上半年仅对辖区服务站督导1次，督导记录不全",
                3,
                "华龙区胜利路街道社区卫生服务中心",
                "2024年9月底前",
                "",
            ),
            (
                "对卫生监督协管服务项目经费专帐管理，专项核算。（1分）",
                "查阅财务报表、资料。",
                "协管经费与基本公卫经费混合核算，未设专帐",
                0,
                "清丰县韩村镇卫生院",
                "2024年7月20日前",
                "未整改",
            ),
        ],
    ),
    (
        "宣传培训（8分）",
        [
            (
                "组织开展民间厨师集中培训活动。（2分）",
                "查阅台帐，核对数据。",
                "辖区民间厨师46人仅培训19人，培训台账缺签到表",
                1,
                "南乐县元村镇卫生院",
                "2024年10月底前",
                "已组织第二期培训27人，正在补齐签到资料",
            ),
            (
                "开展对管理相对人的集中培训和对社会大众的宣传，一年不少于8次。（4分）",
                "查阅台帐，核对数据。",
                "上半年宣传培训仅3次，未涉及职业卫生、非法行医行业",
                2.5,
                "范县濮城镇卫生院",
                "长期坚持",
                "按季度常态化开展宣传培训",
            ),
        ],
    ),
    (
        "日常巡查（32分）",
        [
            (
                "协助开展餐饮单位量化分级工作。（2分）",
                "查阅台帐，核对数据。",
                "餐饮单位量化分级率仅62%，低于工作要求",
                1.5,
                "台前县侯庙镇卫生院",
                "2024-08-31",
                "已完成量化分级补录，分级率达到95%",
            ),
        ],
    ),
]


def write_health(path: Path) -> Path:
    b = Book(path, "卫生监督所")
    ws = b.sheet("考评问题整改")
    b.widths(ws, [14, 34, 14, 34, 7, 22, 13, 30])
    b.line(ws, 0, "2024年第二季度卫生监督协管服务项目质量考评发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：市卫生健康委员会卫生监督所（盖章）　　　　填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        [
            "工作内容",
            "工作要求",
            "考核方法",
            "考核结果（存在问题）",
            "得分",
            "整改责任单位",
            "整改时限",
            "整改落实情况",
        ],
    )
    r = 3
    total = 0.0
    for group, rows in HEALTH_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, group, b.center)
        for req, method, found, score, unit, limit, done in rows:
            b.row(ws, r, [req, method, found, score, unit, limit, done], first=1)
            total += score
            r += 1
    b.row(ws, r, ["合计", "", "", "发现问题7项", round(total, 1), "", "", ""])
    b.line(ws, r + 2, "填表人：李红梅　　　　审核人：王建国　　　　联系电话：0393-8881234", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. QHSE体系内部审核不符合项整改跟踪表 (国企), after a QHSE quality system's 数据统计 export (审核任务名称,
# 审核类别, 审核方式, 受审单位, 受审室组, 室组负责人, 审核人员, 审核时间; 不符合信息; 纠正, 纠正措施, 跟踪验证):
# https://github.com/tantanke/qhse_QualityManage_Web/blob/018a747f15d70b22fe0a95d0c54764aae29eee4f/safety_web/src/views/qualitySystem/DataCount/index.vue
# An Excel 97 sheet: title, 受审单位 and 审核任务 lines, one header row with the 室组 (sections of the company) and the
# 审核人员 (inspectors) beside the problem, 跟踪验证 as the verdict, a signature line.
QHSE_ROWS = [
    (
        "管网运行部",
        "张伟",
        "刘志强（集团安全环保部）",
        "2024-07-02",
        "调压站巡检记录存在漏签、代签现象",
        "组织巡检人员培训，落实巡检签到",
        "2024-07-20",
        "已验证，关闭",
    ),
    (
        "客服中心",
        "赵丽",
        "刘志强（集团安全环保部）",
        "2024-07-03",
        "入户安检隐患告知书未由用户签字确认",
        "修订入户安检作业流程",
        "2024-08-10",
        "纠正中，流程已修订，待培训",
    ),
    (
        "工程管理部",
        "孙浩",
        "陈敏（集团工程部）",
        "2024-07-03",
        "老旧小区管网改造工程未办理动火作业许可",
        "补办作业许可，开展专项检查",
        "2024-07-15",
        "未整改，已逾期",
    ),
    (
        "储配站",
        "钱磊",
        "陈敏（集团工程部）",
        "2024-07-04",
        "LNG储罐区可燃气体报警器校验超期",
        "委托第三方检测机构校验",
        "2024-07-25",
        "已校验，验证合格",
    ),
    (
        "安全环保部",
        "周强",
        "王磊（集团质量部）",
        "2024-07-04",
        "应急预案演练后未开展评估总结",
        "补写演练评估报告",
        "2024-08-31",
        "",
    ),
    (
        "办公室",
        "吴芳",
        "王磊（集团质量部）",
        "2024-07-05",
        "承包商安全资质档案缺少2家单位特种作业证复印件",
        "收集补齐承包商资料",
        "2024-08-15",
        "纠正中",
    ),
    (
        "财务部",
        "郑凯",
        "王磊（集团质量部）",
        "2024-07-05",
        "安全生产费用台账未按月登记",
        "建立月度登记制度",
        "长期坚持",
        "持续跟踪",
    ),
]


def write_qhse(path: Path) -> Path:
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (
            0,
            0,
            "QHSE管理体系内部审核不符合项整改跟踪表",
            _xf(bold=True, border=False, center=True, size=16),
            0,
            10,
        ),
        (1, 0, "受审单位：市燃气有限公司　　　　审核日期：2024年7月2日至7月5日", plain, 1, 10),
        (
            2,
            0,
            "审核任务名称：2024年度QHSE管理体系内部审核　　审核类别：体系审核　　审核方式：现场审核",
            plain,
            2,
            10,
        ),
    ]
    words = [
        "序号",
        "受审室组",
        "室组负责人",
        "审核人员",
        "审核时间",
        "审核依据",
        "不符合描述",
        "纠正措施",
        "整改期限",
        "跟踪验证",
        "备注",
    ]
    cells += [(3, c, w, head) for c, w in enumerate(words)]
    for i, (grp, lead, who, when, what, fix, limit, verify) in enumerate(QHSE_ROWS, start=1):
        r = 3 + i
        values = [i, grp, lead, who, when, "Q/SY 1002.1-2013", what, fix, limit, verify, ""]
        cells += [(r, c, v, mid if c in (0, 4, 8) else cell) for c, v in enumerate(values)]
    end = 4 + len(QHSE_ROWS) + 1
    cells.append(
        (end, 0, "审核组长：刘志强　　　受审单位确认：张伟　　　日期：2024年7月29日", plain, end, 10)
    )
    return _write_xls(path, [("不符合项跟踪", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 餐饮消费环节食品安全隐患排查整改清单 (市场监管), after a food safety system's 餐饮消费环节食品安全隐患现场排查
# 清单 (序号, 隐患要点, 检查结果):
# https://github.com/Alicture/tslanpu-1/blob/b955bcc6d034647f67cdcf19b8030a460e644628/WebRoot/pages/inspect/PcFood.jsp
# A CSV in GBK: title line, 填报单位 and 交办日期 line, one header row (the source's words plus 责任单位, 整改时限,
# 整改情况), former and short unit names, a relative deadline, a 注 line and a signature line.
FOOD_ROWS = [
    (
        "从业人员未经健康体检和岗前培训",
        "胜利路小吃街5家餐馆从业人员健康证过期",
        "市食药监局",
        "2024年7月31日前",
        "已督促全部办理健康证，持证上岗",
    ),
    (
        "经营场所内外环境不整洁，无防蝇、防鼠、污水排放设施",
        "开州路夜市摊点无防蝇设施，污水直排雨水管",
        "市城管执法局",
        "15个工作日内",
        "正在整改，已安装防蝇罩，排水改造推进中",
    ),
    (
        "采购的食品原料未实行索证索票制度",
        "两家火锅店冻品无进货票据，来源不明",
        "市市场监管局",
        "2024年7月15日",
        "已整改到位，问题冻品全部下架销毁",
    ),
    (
        "学校食堂制售冷荤凉菜供学生食用",
        "市实验小学食堂午餐供应凉拌菜",
        "市教育局",
        "立行立改",
        "已立即停止供应",
    ),
    ("用水不符合生活饮用水卫生标准", "城郊2家农家乐使用自备井水未经检测", "市卫健委", "8月底前", "未整改"),
    (
        "食品用器具未按要求消毒和存放",
        "集体用餐配送单位餐具消毒柜故障停用",
        "市市场监督管理局",
        "2024.7.20",
        "",
    ),
    (
        "根据法律、法规和有关规定，其他可以视为食品安全隐患的情况",
        "网络订餐平台入网商户公示信息与实际经营地址不符",
        "市市场监管局",
        "2024年9月30日",
        "平台正在逐户核查，已下架12户",
    ),
]


def write_food(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["餐饮消费环节食品安全隐患现场排查整改清单", "", "", "", "", ""])
    w.writerow(["填报单位：市食品安全委员会办公室", "", "交办日期：2024年7月1日", "", "", ""])
    w.writerow(["序号", "隐患要点", "检查结果", "责任单位", "整改时限", "整改情况"])
    for i, row in enumerate(FOOD_ROWS, start=1):
        w.writerow([i, *row])
    w.writerow(["注：整改时限为“15个工作日内”的，自交办日期起计算。", "", "", "", "", ""])
    w.writerow(["填表人：张敏", "", "联系电话：0393-4412345", "", "2024年7月29日", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 巡察反馈问题整改落实情况的报告 (交通), after a county 交通局's 整改方案 whose numbered 整改措施 each carry
# 责任领导, 涉项部门 and 完成时限 lines: https://98523.com/fanwen/gongwenchuli/hdfa/201112/160171_2.html
# A .docx: title, addressee, preamble, two problem headings, numbered measures each followed by 责任领导, 涉项部门
# (sections of the bureau), 完成时限 and (for most) 进展情况; the signature of the 党组 and a date.
TRAFFIC = [
    (
        "一、交通基础设施管护与群众需求还有一定差距",
        [
            (
                "1、农村公路养护资金拨付滞后，部分县乡道路好路率不足75%。",
                "李明",
                "财务科、公路科",
                "2024年9月底",
                "已拨付二季度养护资金，三季度资金正在审核。",
            ),
            (
                "2、客运站候车区无障碍设施缺失，老年人、残疾人出行不便。",
                "王军",
                "运输科、客运站",
                "2024年年底前",
                None,
            ),
            (
                "3、公路桥梁定期检测报告未按时报送，部分危桥底数不清。",
                "李明",
                "公路科",
                "3月底前完成检测方案，6月底前全部完成",
                "已完成全部桥梁定期检测并报送。",
            ),
            (
                "4、出租车违规收费投诉办理不及时，群众反映较多。",
                "张华",
                "运输科、执法支队",
                "2024年8月15日",
                "已建立投诉工单48小时响应机制，正在完善考核办法。",
            ),
        ],
    ),
    (
        "二、交通建设市场秩序还需进一步规范",
        [
            (
                "1、超限超载治理联合执法机制不健全，路警联合执法次数偏少。",
                "张华",
                "路政科、执法支队",
                "2024年6月30日前",
                "已出台联合执法工作方案，整改完成。",
            ),
            (
                "2、工程招投标中存在限制性条款，个别项目设置不合理资质门槛。",
                "王军",
                "建设科、法规科",
                "长期坚持",
                "常态化开展招标文件审查。",
            ),
            (
                "3、交通建设项目档案资料归档不完整，竣工资料缺失较多。",
                "王军",
                "建设科、办公室",
                "2024年7月底前",
                "尚未启动。",
            ),
        ],
    ),
]


def write_traffic(path: Path) -> Path:
    doc = _new_document("市交通运输局")
    _title(doc, "中共濮阳市交通运输局党组关于巡察反馈问题整改落实情况的报告")
    _paragraph(doc, "市委第三巡察组：")
    _paragraph(
        doc,
        "　　按照市委巡察反馈意见，局党组对反馈问题逐条梳理，分为“近期可解决的问题”和“需较长时间解决的问题”两类，"
        "明确责任领导、涉项部门和完成时限，现将整改落实情况报告如下：",
    )
    for heading, items in TRAFFIC:
        _paragraph(doc, heading, bold=True)
        _paragraph(doc, "整改措施：")
        for text, leader, depts, limit, progress in items:
            _paragraph(doc, text)
            _paragraph(doc, f"责任领导：{leader}")
            _paragraph(doc, f"涉项部门：{depts}")
            _paragraph(doc, f"完成时限：{limit}")
            if progress:
                _paragraph(doc, f"进展情况：{progress}")
    _paragraph(doc, "中共濮阳市交通运输局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 领导班子隐形变异作风问题查找清单及整改进展 (作风建设), after a 市交通运输局领导班子隐形变异作风问题查找清单
# (一、领域 headings, （一）问题表现, numbered problems 1. 2. 3.): https://www.92read.com/falv/htfb/r8pg8o.html
# A .doc (Word 97 via LibreOffice): the unit named only in the title (by its other name 市政务服务中心), field headings,
# numbered problems each followed by one line of 整改措施, 责任科室 (sections), 整改时限 and (for most) 整改进展.
STYLE = [
    (
        "一、文件会议领域隐形变异问题",
        [
            (
                "1.以“工作提示”名义印发白头文件替代正式发文，变相增加基层负担。",
                "清理白头文件，建立发文台账",
                "办公室",
                "8月底前",
                "已清理白头文件12份，发文台账已建立，已完成。",
            ),
            (
                "2.会议通知层层转发，基层窗口人员参会频次过多。",
                "压减例会，推行视频会议",
                "办公室",
                "2024年9月30日前",
                "正在整改，月度例会已由4次压减为2次。",
            ),
            (
                "3.督查检查事项重复报送材料，同一数据多头填报。",
                "建立数据共享清单",
                "综合科",
                "第三季度",
                "已阶段性完成，共享清单初稿已形成。",
            ),
        ],
    ),
    (
        "二、窗口服务领域隐形变异问题",
        [
            (
                "1.窗口考核以台账资料代替群众评价，考核结果与服务质量脱节。",
                "修订窗口考核办法",
                "窗口管理科",
                "2024年10月底",
                None,
            ),
            (
                "2.“好差评”差评回访流于形式，整改反馈不闭环。",
                "建立差评回访复核机制",
                "窗口管理科",
                "长期坚持",
                "常态化推进。",
            ),
            (
                "3.部分进驻窗口存在“体外循环”，线下受理后补录系统。",
                "开展专项清理",
                "窗口管理科",
                "2024年7月15日前",
                "尚未启动整改。",
            ),
            (
                "4.政务服务热线转办件答复口径生硬，群众满意度偏低。",
                "规范答复口径，开展话术培训",
                "热线科",
                "2024年6月底前",
                "已整改完毕。",
            ),
        ],
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("Administrator")
    _title(doc, "市政务服务中心领导班子隐形变异作风问题查找清单及整改进展")
    _paragraph(doc, "（截至2024年7月25日）", align=WD_ALIGN_PARAGRAPH.CENTER)
    for heading, items in STYLE:
        _paragraph(doc, heading, bold=True)
        _paragraph(doc, "（一）问题表现及整改")
        for text, measure, dept, limit, progress in items:
            _paragraph(doc, text)
            line = f"整改措施：{measure}；责任科室：{dept}；整改时限：{limit}。"
            if progress:
                line += f"整改进展：{progress}"
            _paragraph(doc, line)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "隐形变异作风问题查找清单.docx")


# ---------------------------------------------------------------------------------------------
# 6. 教育督导反馈问题整改情况的报告 (教育), after a 乡's 隐患整改情况报告 to the 区政府办 whose sections each hold a
# 问题清单 line and a 整改情况 line (一、…： 问题清单：… 整改情况：1、… 2、…): http://east68.cn/haowen/155923.html
# A .wps (Word 97 via LibreOffice): title, addressee, preamble, seven numbered sections with 问题清单, 整改情况 (a
# schedule text in one, missing in one) and 整改时限 lines; the sending unit in the title and the signature.
EDU = [
    (
        "一、校园安全",
        "部分学校校门口防冲撞设施缺失，高峰时段无护学岗。",
        "已为城区23所学校安装防冲撞硬隔离设施，护学岗全部落实，整改完成。",
        "2024年7月10日前",
    ),
    (
        "二、课后服务",
        "课后服务收费公示不规范，个别学校未公示收费标准。",
        "已责成相关学校在校务公开栏重新公示，正在逐校核查。",
        "2024年8月31日",
    ),
    (
        "三、教师队伍",
        "农村学校音体美专任教师缺口较大，部分课程由其他学科教师兼任。",
        "招聘计划已报送，按照“3月底前报送招聘计划，8月底前新招教师全部到岗”推进。",
        None,
    ),
    ("四、食堂管理", "学校食堂负责人陪餐记录不全，部分学校未建立陪餐制度。", "暂未开展。", "2024年7月20日"),
    (
        "五、校舍安全",
        "2所乡镇中学存在C级危房仍在使用。",
        "已停止使用，拆除重建项目正在办理立项手续。",
        "2024年年底前",
    ),
    ("六、作业管理", "义务教育阶段部分学校作业总量和时长超标。", "纳入常态化督导，长期坚持。", "长期坚持"),
    ("七、信息公开", "学校招生政策解读发布不及时，家长咨询渠道不畅。", None, "2024年6月底前"),
]


def write_edu_docx(path: Path) -> Path:
    doc = _new_document("市教育局")
    _title(doc, "濮阳市教育局关于教育督导反馈问题整改情况的报告")
    _paragraph(doc, "市人民政府教育督导室：")
    _paragraph(
        doc,
        "　　根据2024年春季学期教育督导反馈的问题清单，我局对清单上的7个方面逐条梳理、逐项整改，"
        "现将整改情况报告如下：",
    )
    for heading, problem, done, limit in EDU:
        _paragraph(doc, heading, bold=True)
        _paragraph(doc, f"问题清单：{problem}")
        if done:
            _paragraph(doc, f"整改情况：{done}")
        if limit:
            _paragraph(doc, f"整改时限：{limit}")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_edu(path: Path) -> Path:
    return via_soffice(write_edu_docx, path, "doc", "教育督导反馈问题整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. A级旅游景区暗访检查问题整改情况表 (文旅), after a provincial 旅游局's 通报 of 4A景区 given a warning and 限期6个月
# 整改 (停车场管理混乱, 游客中心闲置, 标识系统不规范, 厕所关闭, 售卖高香; 暗访检查, 整改时限):
# http://m.dubaishan.com/news/guonei/2016-05-01/694018.html
# An .ods (LibreOffice conversion): title, 通报日期 and 填报单位 line, one header row, 处理意见 and 复核情况 beside
# the status, a relative deadline from the 通报日期, a 合计 row and a signature line.
SCENIC_ROWS = [
    (
        "戚城文物景区",
        "濮阳市戚城文物景区管理处",
        "停车场管理混乱，无专人引导车辆停放",
        "警告，限期整改",
        "限期6个月内",
        "已增设停车引导员，整改完成",
        "复核通过",
    ),
    (
        "绿色庄园景区",
        "濮阳绿色庄园旅游开发有限公司",
        "游客中心处于闲置状态，咨询服务功能缺失",
        "限期整改",
        "2024年6月30日",
        "已重新启用游客中心",
        "",
    ),
    (
        "单拐革命旧址",
        "清丰县单拐革命旧址纪念馆",
        "标识系统不规范、不统一，中英文标识错误较多",
        "限期整改",
        "2024年9月底前",
        "正在重新设计制作标识牌",
        "待复核",
    ),
    (
        "张挥公园",
        "濮阳市张挥公园管理处",
        "景区厕所多处关闭，未达到旅游厕所标准",
        "通报批评",
        "2024年5月31日",
        "未整改",
        "复核未通过",
    ),
    (
        "毛楼生态旅游区",
        "范县毛楼生态旅游区管理委员会",
        "步道护栏损坏较多，存在坠落安全隐患",
        "限期整改",
        "2024年8月31日",
        "护栏更换已完成80%",
        "",
    ),
    (
        "濮上园景区",
        "濮阳濮上园旅游开发有限公司",
        "工作人员未着工装、未佩戴工牌",
        "限期整改",
        "立行立改",
        "",
        "",
    ),
    (
        "中华龙乡文化产业园",
        "濮阳市中华龙乡文化产业园运营管理有限公司",
        "景区内存在强制售卖高香行为",
        "限期整改",
        "2024年4月15日",
        "正在整改",
        "复核通过",
    ),
]


def write_scenic_book(path: Path) -> Path:
    b = Book(path, "资源开发科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 28, 34, 14, 14, 26, 12])
    b.line(ws, 0, "全市A级旅游景区暗访检查发现问题整改情况表", 7, b.title)
    b.line(ws, 1, "通报日期：2024年3月15日　　　　填报单位：市文化广电和旅游局资源开发科", 7)
    b.header(
        ws, 2, ["序号", "景区名称", "责任单位", "存在问题", "处理意见", "整改时限", "整改进展", "复核情况"]
    )
    for i, row in enumerate(SCENIC_ROWS, start=1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(SCENIC_ROWS)
    b.row(ws, end, ["合计", "7处景区", "", "发现问题7个", "", "", "", "复核通过2个"])
    b.line(ws, end + 2, "填表人：陈静　　　审核人：刘洋　　　联系电话：0393-8990123　　　2024年7月30日", 7)
    return b.close()


def write_scenic(path: Path) -> Path:
    via_soffice(write_scenic_book, path, "ods", "A级旅游景区暗访检查问题整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 主城区道路交通管理专项督查交办问题整改清单 (城市管理), after a city's 主城区道路交通管理专项督查 (督查组, 标识标线,
# 主要堵点, 占道经营, 道路维护施工, 机动车违停, 公交车站设置; 集中交办, 整改责任清单, 10天内整改完成, 中远期问题,
# 核查和“回头看”): http://dianxian.dxbei.com/news/gansuxinwen/20160903/250233.html
# Title, 交办单位 and 交办日期 line, a two-row header (整改要求 and 整改落实情况 merged over two columns each), former
# and short unit names, 10天内 and 立行立改 from the 交办日期, the 督查组 as inspector, a 填表说明.
ROAD_ROWS = [
    (
        "标识标线不规范",
        "黄河路与京开大道交叉口导向箭头磨损不清",
        "市交警支队",
        "10天内",
        "重新施划导向标线",
        "已重新施划",
        "核查通过",
    ),
    (
        "占道经营",
        "人民路中段流动摊贩占道经营",
        "市城管执法局",
        "立行立改",
        "加强巡查，定岗管控",
        "已清理，落实长效巡查",
        "",
    ),
    (
        "道路维护施工",
        "胜利路雨污分流施工围挡占用人行道，无安全警示",
        "市建委",
        "10天内",
        "规范施工围挡，增设警示",
        "正在整改",
        "",
    ),
    (
        "公交车站设置不合理",
        "中原路公交站台设置在右转车道，车辆进出站阻碍交通",
        "市公交公司",
        "2024年9月30日前",
        "迁移站台",
        "已完成选址，正在协调施工",
        "",
    ),
    (
        "机动车违停",
        "市人民医院周边机动车违停严重",
        "市交警支队",
        "长期坚持",
        "常态化整治违停",
        "常态化推进",
        "",
    ),
    (
        "人行设施不完善",
        "大庆路人行天桥电梯停运",
        "市城管局",
        "2024年7月31日",
        "维修电梯",
        "未整改",
        "核查未通过",
    ),
    (
        "主要堵点",
        "绿城路学校段早晚高峰拥堵，缺少接送停车区",
        "市教育局",
        "2024年8月底前",
        "设置临时接送停车区",
        "",
        "",
    ),
    (
        "交通信号",
        "长庆路信号灯配时不合理，左转绿灯时间过短",
        "市公安局交通管理支队",
        "10天内",
        "优化信号配时",
        "已优化",
        "核查通过",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, "督查室")
    ws = b.sheet("交办问题")
    b.widths(ws, [6, 16, 36, 18, 14, 20, 24, 14])
    b.line(ws, 0, "主城区道路交通管理专项督查交办问题整改清单", 7, b.title)
    b.line(ws, 1, "交办单位：市委市政府督查室　　　　交办日期：2024年7月10日", 7)
    for c, word in enumerate(["序号", "问题类别", "问题描述", "责任单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "整改要求", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实情况", b.head)
    b.header(ws, 3, ["整改时限", "整改措施", "整改进展", "督查组核查意见"], first=4)
    for i, row in enumerate(ROAD_ROWS, start=1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(ROAD_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：1.整改时限为“10天内”“立行立改”的，自交办日期起算；2.督查组核查意见由督查组填写。",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. A zip of two returns.
# (a) 国家级风景名胜区执法检查问题整改台账 (住建), after the 住房城乡建设部 通报 of its 国家级风景名胜区执法检查 (检查组,
# 评定等级, 突出问题, 责令限期整改, 2014年3月底前将整改结果报城市建设司):
# http://sanqinyou.com/Html/2014-4-23/2014423194303666100.html
# An .xlsx: title, 填报单位 line, two-row header with ticks under 是/否 of 是否完成整改, former and short unit names.
PARK_ROWS = [
    ("风景区内新建农家乐未办理选址审批手续", "市规划局", "2024年3月底前", "√", "", ""),
    ("核心景区违规搭建彩钢房3处", "市城管局", "2024年6月30日", "", "√", ""),
    ("风景区总体规划未按期修编", "市住建局", "2024年12月底前", "", "√", "修编招标已完成，正在编制"),
    ("景区内河道水质监测点位缺失", "市水务局", "2024年8月31日", "", "", ""),
    ("游览步道防护栏年久失修", "市住房和城乡建设局", "2024年5月31日", "√", "", ""),
    ("景区标识解说系统缺少安全警示内容", "市文广旅局", "2024年7月31日前", "√", "", ""),
]


def write_park(path: Path) -> Path:
    b = Book(path, "风景园林科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 40, 22, 18, 8, 8, 30])
    b.line(ws, 0, "国家级风景名胜区执法检查发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：市住房和城乡建设局（风景园林科）　　　　填报时间：2024年7月29日", 6)
    for c, word in enumerate(["序号", "检查发现问题", "责任单位", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "是否完成整改", b.head)
    b.merge(ws, 2, 6, 3, 6, "备注", b.head)
    b.header(ws, 3, ["是", "否"], first=4)
    for i, (what, unit, limit, yes, no, note) in enumerate(PARK_ROWS, start=1):
        b.row(ws, 3 + i, [i, what, unit, limit], first=0)
        b.row(ws, 3 + i, [yes, no], first=4, fmt=b.center)
        b.put(ws, 3 + i, 6, note)
    b.line(ws, 5 + len(PARK_ROWS), "填表人：赵磊　　　　联系电话：0393-8665432", 6)
    return b.close()


# (b) 农机购置补贴及农田项目监督检查问题整改情况 (农业农村), after a county's 农机化项目 notice (乡镇初验合格, 验收合格
# 形成验收意见, 监督检查, 黑名单, 被举报查实的项目单位): https://www.chacewang.com/newsdetail/news186098.html
# A CSV in UTF-8 with BOM: one header row with 乡镇, 责任单位 (town governments, 农委/农业局 by former names), 初验情况
# and 验收结论 beside the problem.
FARM_ROWS = [
    (
        "庆祖镇",
        "农机购置补贴申请资料缺少购机发票原件",
        "濮阳县庆祖镇人民政府",
        "2024年7月20日",
        "初验合格",
        "验收合格",
    ),
    (
        "柳屯镇",
        "高标准农田项目田间道路未按设计宽度施工",
        "濮阳县柳屯镇人民政府",
        "2024年9月底前",
        "正在整改",
        "",
    ),
    ("市直", "补贴机具核验未做到“人机合影”存档", "市农委", "2024年8月15日", "", ""),
    (
        "八公桥镇",
        "项目单位被举报虚报购机数量",
        "濮阳县八公桥镇人民政府",
        "2024年7月10日",
        "未整改",
        "验收不合格",
    ),
    (
        "城关镇",
        "农机合作社机库棚建设进度滞后",
        "南乐县城关镇人民政府",
        "2024年第三季度",
        "主体已完工，附属设施正在建设",
        "",
    ),
    ("市直", "补贴资金公示期不足7天", "市农业局", "2024年6月30日前", "已重新公示", "验收合格"),
]


def write_farm(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["序号", "乡镇", "检查发现问题", "责任单位", "整改时限", "初验情况", "验收结论"])
    for i, row in enumerate(FARM_ROWS, start=1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


def write_pair(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        park = write_park(Path(tmp) / "国家级风景名胜区执法检查问题整改台账.xlsx")
        farm = write_farm(Path(tmp) / "农机购置补贴项目监督检查问题整改情况.csv")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for member in (park, farm):
                info = zipfile.ZipInfo(member.name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.flag_bits |= 0x800
                z.writestr(info, member.read_bytes())
    return path


FILES = [
    ("卫生监督协管服务项目质量考评发现问题整改台账.xlsx", write_health),
    ("QHSE内审不符合项整改跟踪表（市燃气公司）.xls", write_qhse),
    ("餐饮消费环节食品安全隐患排查整改清单.csv", write_food),
    ("交通运输局巡察反馈问题整改落实情况的报告.docx", write_traffic),
    ("隐形变异作风问题查找清单及整改进展.doc", write_style),
    ("教育督导反馈问题整改情况的报告.wps", write_edu),
    ("A级旅游景区暗访检查问题整改情况表.ods", write_scenic),
    ("主城区道路交通管理专项督查交办问题整改清单.xlsx", write_road),
    ("风景名胜区及农机补贴检查问题整改（两份）.zip", write_pair),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

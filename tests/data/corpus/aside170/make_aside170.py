"""Write the aside170 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 教育督导 (履行教育职责评价, 责任督学挂牌督导, 校园安全联合督导, 开学专项督导), 双减与校外培训治理 (隐形变异
学科类培训通报, 非学科类机构专项整治, 学科类培训治理回头看) and 托育 (安全隐患自查自改台账, 联合安全检查与违规运营清理,
服务质量专项督察). Contents are made up for a city like 濮阳 in July 2024; statistics date 2024-07-31.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .wps (Word 97 via
LibreOffice), .ods (LibreOffice), a GBK CSV, a .docx of numbered paragraphs under headings, and a .zip of two returns
(an .xlsx and a .docx). Every file is written from scratch with fixed dates inside and fixed zip member times, so two
runs give byte-identical files.

Run from this folder: python make_aside170.py
Needs: Python 3.10+, XlsxWriter, xlwt, python-docx, and LibreOffice (soffice) for the .et, .wps and .ods returns.
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
CREATED = datetime(2024, 7, 29, 9, 30, 0)
ZIP_TIME = (2024, 7, 29, 9, 30, 0)


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


def groups(rows: list[tuple], key: int = 0) -> list[tuple[int, int]]:
    """Runs of consecutive rows sharing the value at `key`: (first index, last index)."""
    runs, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][key] != rows[start][key]:
            runs.append((start, i - 1))
            start = i
    return runs


# ---------------------------------------------------------------------------------------------
# LibreOffice conversions (the older or open-format copy an office sends), made reproducible.
def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .wps and .ods returns")
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


_STAMP = "2024-07-29T09:30:00"


def fixed_ods(path: Path) -> Path:
    """Rewrite an .ods with fixed member times and fixed dates in meta.xml."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<dc:date>[^<]*</dc:date>", f"<dc:date>{_STAMP}</dc:date>", text)
                text = re.sub(
                    r"<meta:creation-date>[^<]*</meta:creation-date>",
                    f"<meta:creation-date>{_STAMP}</meta:creation-date>",
                    text,
                )
                text = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "", text)
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
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=True
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _heading(doc, text: str, size: float = 16) -> None:
    _paragraph(doc, text, size, "黑体")


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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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


def _write_xls(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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


# =============================================================================================
# 1. 履行教育职责评价反馈问题整改, after a 市政府教育督导委员会's 实地督导 of county governments' 履行教育职责
# (指标体系 9 大项、30 条: 财政教育投入、学前教育普及普惠、义务教育均衡发展、高中阶段教育普及、职业教育、教师队伍建设、
# 规范民办义务教育、“双减”工作落实; 形成正式反馈报告，要求限期整改):
# http://jyt.henan.gov.cn/2022/05-27/2456946.html
# An .xlsx: the city government's ledger of the problems the province fed back: title, 反馈文件/反馈时间 line (the base
# of 立行立改), one header row, the 评价指标 大项 merged down over its rows, 牵头单位 (the unit) beside 配合单位 in short
# names, a 完成情况 column (已完成/推进中/未启动/长期坚持) beside the 整改进展 text, 注 and 填报 lines.
DUTY_ROWS = [
    (
        "一、财政教育投入",
        "2023年一般公共预算教育支出占一般公共预算支出比例较上年下降0.6个百分点，未落实“一般不低于”要求",
        "2024年预算足额安排教育支出，确保占比不下降",
        "市财政局",
        "市教育局",
        "2024年12月底前",
        "2024年预算已按要求安排，1—6月教育支出同比增长4.2%，全年执行情况待年底核算",
        "推进中",
    ),
    (
        "一、财政教育投入",
        "教育费附加和地方教育附加未足额用于教育",
        "清理核实2023年度征收额，差额部分追加安排",
        "市财政局",
        "国家税务总局濮阳市税务局",
        "2024年6月30日",
        "已核实差额1260万元，6月已追加拨付到位",
        "已完成",
    ),
    (
        "二、学前教育普及普惠",
        "城镇小区配套幼儿园2所未按规定移交教育部门办成公办园",
        "督促开发企业限期移交，逾期依法收回",
        "市住建局",
        "市教育局、市资规局",
        "2024年8月31日",
        "阳光花园配套园已完成移交；御景苑配套园正在办理产权移交手续",
        "推进中",
    ),
    (
        "三、义务教育均衡发展",
        "市区3所小学存在56人以上大班额14个",
        "新建、扩建学校增加学位，分流消除大班额",
        "市教育局",
        "市住建局、市资规局",
        "2024年8月底前",
        "市实验二小扩建项目受资金影响尚未开工",
        "未启动",
    ),
    (
        "四、教师队伍建设",
        "中小学教师平均工资收入水平低于当地公务员平均工资收入水平",
        "核算差额，建立联动增长机制",
        "市人社局",
        "市财政局、市教育局",
        "2024年12月31日",
        "已完成差额测算，拟于年底前一次性补发",
        "推进中",
    ),
    (
        "四、教师队伍建设",
        "乡村学校音体美专任教师缺口32人",
        "通过特岗计划和公开招聘补充",
        "中共濮阳市委机构编制委员会办公室",
        "市教育局、市人社局",
        "2024年8月20日",
        "2024年特岗计划已录用音体美教师35人，8月上旬全部到岗",
        "已完成",
    ),
    (
        "五、职业教育",
        "市职业教育中心生均校舍建筑面积不达标",
        "新建实训楼一栋",
        "市教育局",
        "市发改委、市财政局",
        "2025年6月底前",
        "实训楼主体已封顶，正在进行内部装修",
        "推进中",
    ),
    (
        "六、规范民办义务教育",
        "民办义务教育在校生占比仍高于5%",
        "制定压减方案，逐年调减招生计划",
        "市教育局",
        "市发改委",
        "2024年12月底前",
        "",
        "",
    ),
    (
        "七、“双减”工作落实",
        "部分校外培训机构预收费资金未全部纳入监管",
        "督促机构开设监管账户，预收费全部进入监管",
        "市教育局",
        "市市场监管局、人民银行濮阳市分行",
        "立行立改",
        "已督促4家机构开设监管专户，预收费全部纳入监管",
        "已完成",
    ),
    (
        "七、“双减”工作落实",
        "课后服务时间未与当地正常下班时间衔接",
        "推行弹性离校，课后服务结束时间不早于17:30",
        "市教育局",
        "",
        "长期坚持",
        "已在全市义务教育学校推行，纳入常态化督导",
        "长期坚持",
    ),
]


def write_duty(path: Path) -> Path:
    b = Book(path, author="市政府教育督导室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 40, 30, 16, 18, 14, 34, 10])
    b.line(ws, 0, "2023年度对市级人民政府履行教育职责评价反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "反馈文件：《关于2023年度对市级人民政府履行教育职责评价情况的反馈意见》    反馈时间：2024年6月12日    "
        "填报单位：濮阳市人民政府教育督导委员会办公室",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "评价指标",
            "反馈问题",
            "整改措施",
            "牵头单位",
            "配合单位",
            "整改时限",
            "整改进展",
            "完成情况",
        ],
    )
    for first, last in groups(DUTY_ROWS):
        b.merge(ws, 3 + first, 1, 3 + last, 1, DUTY_ROWS[first][0], b.center)
    for i, row in enumerate(DUTY_ROWS):
        r = 3 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:6]), first=2)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7], b.center)
    end = 3 + len(DUTY_ROWS)
    b.line(
        ws,
        end,
        "注：整改时限为“立行立改”的，以反馈之日为准；完成情况填写已完成、推进中、未启动或长期坚持。",
        8,
    )
    b.line(
        ws, end + 1, "填报人：韩雪    审核人：周立新    联系电话：0393-8999316    填报日期：2024年7月26日", 8
    )
    return b.close()


# =============================================================================================
# 2. 责任督学挂牌督导, after a county's 责任督学挂牌督导 deployment (专兼职督学, 挂牌学校(园)公示牌和工作证, 持证督导,
# 经常性督导, 对发现的问题及时整改):
# http://www.luqu.gov.cn/info/1155/33697.htm
# An .xls (xlwt): the district 督导室's quarterly summary: title, 填报单位 line, a two-row header (督导情况 over four
# columns, 整改落实 over two), 责任区 merged down its schools, the 责任督学 (an inspector) beside the 挂牌学校, the
# 督导意见书下达日期 as the base of N个工作日内 and 立行立改, 督学复查意见, 注 and 填表人 lines.
SUPERVISE_ROWS = [
    (
        "第一责任区",
        "濮阳市华龙区实验小学",
        "王建华",
        "2024.5.14",
        "课后服务时段组织集体补课、讲授新课",
        "立即停止，课后服务以作业辅导和社团活动为主",
        "立行立改",
        "已停止，课后服务改为作业辅导和兴趣社团",
        "复查合格",
    ),
    (
        "第一责任区",
        "濮阳市华龙区黄河路小学",
        "王建华",
        "2024.5.14",
        "三年级书面作业总量超标，语数作业合计超过60分钟",
        "建立年级作业统筹和公示制度",
        "10个工作日内",
        "已整改，作业公示制度已落实到各班",
        "",
    ),
    (
        "第二责任区",
        "濮阳市华龙区第三初级中学",
        "李秀芝",
        "2024.5.21",
        "学生手机管理未书面告知家长，无统一保管措施",
        "制定手机管理办法并告知家长",
        "2024年6月30日",
        "",
        "",
    ),
    (
        "第二责任区",
        "濮阳市华龙区孟轲乡中心小学",
        "李秀芝",
        "2024.5.21",
        "操场塑胶跑道破损起皮，存在绊倒隐患",
        "申请维修资金，维修前设置警示",
        "2024年8月底前",
        "已设置警示标志，维修资金已申报，计划暑假施工",
        "",
    ),
    (
        "第三责任区",
        "濮阳市华龙区岳村镇第一初级中学",
        "赵志刚",
        "2024.6.4",
        "学生体质健康测试数据未按时上报",
        "补测补报",
        "2024.6.15",
        "未整改",
        "复查未通过",
    ),
    (
        "第三责任区",
        "濮阳市华龙区胜利路小学",
        "赵志刚",
        "2024.6.4",
        "防治学生欺凌工作领导小组人员调整后未及时更新",
        "调整领导小组并印发文件",
        "5个工作日内",
        "已调整并印发文件",
        "复查合格",
    ),
    (
        "第四责任区",
        "濮阳市华龙区昆吾幼儿园",
        "孙丽萍",
        "2024.6.18",
        "大班使用拼音识字教材，存在小学化倾向",
        "停用相关教材，以游戏为基本活动",
        "2024年7月10日",
        "已停用相关教材，调整为游戏化课程",
        "",
    ),
    (
        "第四责任区",
        "濮阳市华龙区中原路小学",
        "孙丽萍",
        "2024.6.18",
        "食堂从业人员2人健康证过期",
        "重新体检办证，未取得前调离岗位",
        "2024.6.30",
        "已重新办理健康证",
        "复查合格",
    ),
]


def write_supervise(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "华龙区中小学校（幼儿园）责任督学挂牌督导发现问题整改情况汇总表", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市华龙区人民政府教育督导室    统计时段：2024年第二季度    填报日期：2024年7月24日",
            plain,
            1,
            last,
        ),
    ]
    for col, word in enumerate(["序号", "责任区", "挂牌学校（幼儿园）", "责任督学"]):
        cells.append((2, col, word, h, 3, col))
    cells += [(2, 4, "督导情况", h, 2, 7)]
    cells += [
        (3, 4 + k, w, h) for k, w in enumerate(["督导意见书下达日期", "发现问题", "督导意见", "整改时限"])
    ]
    cells += [(2, 8, "整改落实", h, 2, 9)]
    cells += [(3, 8, "学校整改情况", h), (3, 9, "督学复查意见", h)]
    cells += [(2, 10, "备注", h, 3, 10)]
    for first, lastrow in groups(SUPERVISE_ROWS):
        cells.append((4 + first, 1, SUPERVISE_ROWS[first][0], ctr, 4 + lastrow, 1))
    for i, row in enumerate(SUPERVISE_ROWS):
        r = 4 + i
        cells.append((r, 0, i + 1, ctr))
        for col, v in enumerate(row[1:], 2):
            cells.append((r, col, v, ctr if col in (3, 4, 7, 9) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(SUPERVISE_ROWS)
    cells += [
        (r, 0, "注：整改时限按工作日计算或为“立行立改”的，自督导意见书下达之日起算。", plain, r, last),
        (r + 1, 0, "填表人：郭晓燕    审核人：马俊峰    联系电话：0393-8312207", plain, r + 1, last),
    ]
    return _write_xls(path, "二季度", cells, [6, 11, 24, 9, 12, 32, 26, 13, 28, 12, 8])


# =============================================================================================
# 3. 校园安全联合督导, after a 镇中心小学 and the 镇's departments' joint 督导 of the town's 小学、幼儿园 and 校外培训机构
# (饮用水安全、食品安全、消防安全、校园及周边安全整治、传染病预防; 现场反馈并下达整改意见书，明确整改责任人及时限):
# http://hyxw.com.cn/jianchizhen/14098.html
# An .et (Excel 97 via LibreOffice): title, 督导时间/督导组 line, one header row with 类别, 督导内容, 整改意见书编号 and
# 整改责任人 (a person) beside the 督导对象 (the unit), 合计 row, 填报 line.
CAMPUS_ROWS = [
    (
        "濮阳县庆祖镇中心小学",
        "小学",
        "饮用水安全",
        "直饮水机滤芯超期未更换，无近期水质检测报告",
        "庆督整〔2024〕01号",
        "李国庆",
        "2024年7月5日",
        "已更换滤芯并送检，水质检测合格",
    ),
    (
        "濮阳县庆祖镇中心小学",
        "小学",
        "食品安全",
        "食堂操作间无防鼠网、挡鼠板",
        "庆督整〔2024〕02号",
        "李国庆",
        "2024年7月5日",
        "已安装",
    ),
    (
        "濮阳县庆祖镇西辛庄小学",
        "小学",
        "消防安全",
        "教学楼疏散指示标志损坏3处，应急照明不亮",
        "庆督整〔2024〕03号",
        "张涛",
        "2024年7月8日",
        "已更换疏散指示标志和应急照明灯",
    ),
    (
        "濮阳县庆祖镇中心幼儿园",
        "幼儿园",
        "食品安全",
        "食品留样量不足125克，留样未满48小时即丢弃",
        "庆督整〔2024〕04号",
        "王丽",
        "2024年7月10日",
        "已购置留样冰箱，正在规范留样操作",
    ),
    (
        "濮阳县庆祖镇阳光幼儿园",
        "幼儿园",
        "传染病预防",
        "晨午检记录不全，无因病缺勤追踪登记",
        "庆督整〔2024〕05号",
        "刘芳",
        "2024年7月10日",
        "",
    ),
    (
        "濮阳县庆祖镇小博士幼儿园",
        "幼儿园",
        "校园及周边安全",
        "大门无防冲撞设施，保安未配备钢叉、防割手套等器械",
        "庆督整〔2024〕06号",
        "赵敏",
        "2024年7月15日",
        "未整改",
    ),
    (
        "濮阳县启航文化艺术培训学校",
        "校外培训机构",
        "消防安全",
        "培训教室设在四层且仅有一部疏散楼梯",
        "庆督整〔2024〕07号",
        "孙明",
        "2024年8月31日",
        "已另租一层场地，正在装修",
    ),
    (
        "濮阳县博学教育咨询有限公司",
        "校外培训机构",
        "校园及周边安全",
        "未取得办学许可证，在临街门面内对小学生开展学科类培训",
        "庆督整〔2024〕08号",
        "陈建军",
        "2024年7月8日",
        "已停止培训，退还学员费用",
    ),
]


def write_campus_book(path: Path) -> Path:
    b = Book(path, author="庆祖镇教育办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 12, 14, 36, 18, 10, 14, 28])
    b.line(ws, 0, "庆祖镇2024年夏季校园安全联合督导问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "督导时间：2024年7月1日至3日    督导组：镇教育办、镇派出所、镇市场监管所、镇卫生院、镇应急办",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督导对象",
            "类别",
            "督导内容",
            "存在问题",
            "整改意见书编号",
            "整改责任人",
            "整改时限",
            "整改结果",
        ],
    )
    for i, row in enumerate(CAMPUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CAMPUS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "督导学校6所、幼儿园10所、校外培训机构4所，下达整改意见书8份")
    b.line(ws, end + 1, "填报单位：濮阳县庆祖镇教育办公室    填报人：杜红军    填报日期：2024年7月25日", 8)
    return b.close()


def write_campus(path: Path) -> Path:
    return via_soffice(write_campus_book, path, "xls", "庆祖镇夏季校园安全联合督导问题整改台账.xlsx")


# =============================================================================================
# 4. 开学专项督导自查整改报告, after a school's 秋季开学专项检查自查报告 (根据县教科局的通知要求，结合开学暨年度重点工作
# 落实情况专项督导的通知，对我校开学重点工作进行了自查; 一、开学条件保障情况 1、2、3…; 班班通、教材教辅、资助、安全):
# https://www.315091.com/zcbg/167622.html
# A .wps (Word 97 via LibreOffice) with no table: title, 主送, preamble, the problems as numbered paragraphs under
# 一、二、三 headings, each naming the school's own 处室, its measure, 整改时限 and progress in sentences; closing
# paragraph; the school and date at the foot.
SCHOOL_SECTIONS = [
    (
        "一、开学条件保障方面",
        [
            "1.班班通多媒体设备有6套出现黑屏、无声等故障，未及时报修。整改措施：由总务处联系厂家逐套检修，"
            "整改时限为2024年8月25日前。目前已检修4套，其余2套正在更换主板。",
            "2.教师办公电脑老化，12台无法正常使用。整改措施：由总务处列入年度设备采购计划，年底前更新到位。"
            "目前采购申请已报县教育局审批。",
        ],
    ),
    (
        "二、校园安全管理方面",
        [
            "3.学校围墙东北角约5米墙体开裂倾斜。整改措施：由总务处组织拆除重建，7月20日前完成。"
            "该段围墙已于7月16日拆除重建完毕，整改完成。",
            "4.寄宿生宿舍夜间值班巡查记录不完整。整改措施：由政教处建立宿舍值班巡查登记制度，每晚两次巡查签字，"
            "长期坚持。",
        ],
    ),
    (
        "三、规范办学行为方面",
        [
            "5.家长反映个别教师存在有偿补课问题。整改措施：由学校办公室牵头调查核实，8月31日前形成处理意见。"
            "目前尚未开展调查核实。",
            "6.学生体质健康测试合格率未达到90%。整改措施：由体育组落实每天校内体育活动时间不少于1小时，"
            "整改时限2024年12月底。",
            "7.部分班级作业公示制度落实不到位，未在班级公示栏公示每日作业。整改措施：由教务处统一制作作业公示栏，"
            "6月30日前完成。已在各班教室门口设置作业公示栏，每日公示，整改完成。",
        ],
    ),
]


def write_school_docx(path: Path) -> Path:
    doc = _new_document("二实小办公室")
    _title(doc, "清丰县第二实验小学关于春季开学暨重点工作落实情况专项督导反馈问题的自查整改报告", 20)
    _paragraph(doc, "县教育局：", indent=False)
    _paragraph(
        doc,
        "根据县人民政府教育督导室《关于开展2024年春季开学暨重点工作落实情况专项督导的通知》要求，我校对照督导组"
        "反馈意见和自查发现的问题，逐项制定整改措施，明确责任处室和整改时限。现将自查整改情况报告如下：",
    )
    for heading, paras in SCHOOL_SECTIONS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我校将对照问题清单持续跟踪，确保整改到位，切实规范办学行为。")
    _paragraph(doc, "清丰县第二实验小学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_school(path: Path) -> Path:
    return via_soffice(write_school_docx, path, "doc", "清丰县第二实验小学专项督导自查整改报告.docx")


# =============================================================================================
# 5. 隐形变异学科类培训查处通报, after a city's 通报 of the 隐形变异学科培训 it dealt with (共查处48起，现予以通报:
# 擅自举办学科类校外培训机构(18起), 变相开展学科培训(24起), 校外培训机构违法办学(6起); 相关区县(市)教育局已责令上述
# 违法违规机构(个人)进行整改(关停); 投诉举报电话; 温馨提示):
# https://hn.rednet.cn/content/646845/96/13416010.html
# A .docx: title, 主送, preamble, the cases as numbered paragraphs under three category headings (一、二、三 with counts),
# each naming the 责任单位 (the county/district 教育局 that handles it), 整改时限 and 处理情况; 投诉举报 and 温馨提示
# paragraphs; signature and date.
TRAINING_SECTIONS = [
    (
        "一、擅自举办学科类校外培训机构（3起）",
        [
            "1.华龙区：刘某某在绿城小区12号楼居民住宅内以“托管班”名义组织初中学生开展数学、英语学科培训。"
            "责任单位：濮阳市华龙区教育局。整改时限：2024年7月10日。处理情况：已责令停止培训，退还学员费用9600元，已办结。",
            "2.濮阳县：某无证机构在县城文化路租用写字楼开设“初升高衔接班”。责任单位：濮阳县教育局。"
            "整改时限：2024年8月15日。处理情况：已会同县市场监管局立案，正在调查取证。",
            "3.清丰县：王某某在阳光嘉园小区车库内开办“小学语文提高班”。责任单位：清丰县教育局。"
            "整改时限：2024年7月5日。处理情况：已关停取缔。",
        ],
    ),
    (
        "二、变相开展学科培训（3起）",
        [
            "4.清丰县：清丰县艺博美术培训中心超出许可范围，以“创意写作”名义开展小学语文作文培训。"
            "责任单位：清丰县教育局。整改时限：7月31日前。处理情况：已下达整改通知书，机构正在整改。",
            "5.南乐县：县城某小学在职教师周某在家中组织学生有偿补课。责任单位：南乐县教育局。"
            "整改时限：2024年8月20日。",
            "6.范县：某文化传播公司以“研学营”名义组织初中学生集中学习物理、化学课程。责任单位：范县教育局。"
            "整改时限：2024年7月20日。处理情况：该公司负责人拒不配合，尚未整改。",
        ],
    ),
    (
        "三、校外培训机构违法办学（2起）",
        [
            "7.台前县：台前县启航培训学校未使用合同示范文本，一次性收取培训费超过5000元。责任单位：台前县教育局。"
            "整改时限：2024年7月15日前。处理情况：已退还超收费用并重新签订合同，整改到位。",
            "8.濮阳县：濮阳县金太阳培训学校擅自变更培训场所。责任单位：濮阳县教育局。整改时限：2024年8月31日。"
            "处理情况：已责令停止在新址办学，正在办理场所变更审批。",
        ],
    ),
]


def write_training(path: Path) -> Path:
    doc = _new_document("市双减办")
    _title(doc, "关于2024年6—7月查处隐形变异学科类培训情况的通报", 20)
    _paragraph(doc, "各县（区）“双减”工作领导小组办公室：", indent=False)
    _paragraph(
        doc,
        "为深入落实《校外培训行政处罚暂行办法》，2024年6—7月，全市持续加大执法检查力度，共查处隐形变异学科类"
        "培训8起，现予以通报。相关县（区）教育局已责令上述违法违规机构（个人）进行整改（关停），达到立案标准的，"
        "依法予以行政处罚。",
    )
    for heading, paras in TRAINING_SECTIONS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "投诉举报电话：0393-8322125（市“双减”办），各县（区）举报电话见附件。")
    _paragraph(
        doc,
        "温馨提示：凡是在周末、寒暑假、节假日开展义务教育阶段学科类培训的机构（个人）均为违规培训，请广大家长拒绝参加，"
        "共同营造良好教育生态。",
    )
    _paragraph(doc, "濮阳市“双减”工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 6. 校外培训机构专项整治, after a city 双减办's joint 专项整治行动 with 住建局、消防大队、市场监管局、教育局、科经局、
# 文旅局 (培训资质、消防安全、培训场所; 不符合条件的限时整改; 下发关停通知单4份，限时整改通知单80份):
# http://m-macheng.cjyun.org/p/18391.html
# An .xlsx: title, 牵头单位/检查时间 line, a two-row header (检查情况 over three columns, 整改落实 over three), the
# 检查部门 (inspectors, short names) beside the 机构 (the unit), 通知单类型, 是否销号, 合计 row, 填表人 line.
INSTITUTE_ROWS = [
    (
        "濮阳市龙城跆拳道俱乐部有限公司",
        "体育类",
        "市消防救援支队",
        "训练馆疏散通道堆放训练器材，安全出口上锁",
        "限时整改通知单",
        "2024年7月10日",
        "已清理通道，安全出口保持畅通",
        "是",
    ),
    (
        "濮阳市墨香书法培训中心",
        "文化艺术类",
        "市教育局",
        "未取得办学许可证即开展书法培训招生",
        "限时整改通知单",
        "2024年8月31日",
        "已提交审批材料，正在审核",
        "否",
    ),
    (
        "濮阳市小小科学家科技培训有限公司",
        "科技类",
        "市市场监管局",
        "收费项目未公示，一次性收取超过3个月培训费",
        "限时整改通知单",
        "2024年7月15日",
        "已公示收费标准并退还超收费用",
        "是",
    ),
    (
        "濮阳市星光舞蹈艺术培训学校",
        "文化艺术类",
        "市住建局",
        "培训场所位于未经竣工验收的商业用房",
        "关停通知单",
        "2024年7月5日",
        "已关停",
        "是",
    ),
    (
        "濮阳市飞跃体育培训有限公司",
        "体育类",
        "市文广旅局",
        "聘用的游泳教练员无相应职业资格证书",
        "限时整改通知单",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "濮阳市乐学围棋培训中心",
        "文化艺术类",
        "市教育局",
        "未纳入全国校外教育培训监管与服务综合平台管理",
        "限时整改通知单",
        "2024年7月20日",
        "未整改",
        "否",
    ),
    (
        "濮阳市启明星美术培训部",
        "文化艺术类",
        "市消防救援支队",
        "灭火器过期，无应急照明设施",
        "限时整改通知单",
        "2024年7月10日",
        "已更换灭火器，应急照明正在安装",
        "否",
    ),
    (
        "濮阳市智多星编程培训有限公司",
        "科技类",
        "市教育局",
        "以编程课名义开展小学数学学科类培训",
        "关停通知单",
        "2024年7月8日",
        "已停止违规培训，正在办理学员退费",
        "否",
    ),
]


def write_institute(path: Path) -> Path:
    b = Book(path, author="市双减办")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 30, 12, 16, 38, 16, 16, 32, 10])
    b.line(ws, 0, "濮阳市校外培训机构专项整治行动检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "牵头单位：市“双减”工作领导小组办公室    参检单位：市教育局、市住建局、市市场监管局、市消防救援支队、"
        "市文广旅局    检查时间：2024年6月25日至7月3日",
        8,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "机构名称", b.head)
    b.merge(ws, 2, 2, 3, 2, "机构类型", b.head)
    b.merge(ws, 2, 3, 2, 5, "检查情况", b.head)
    b.header(ws, 3, ["检查部门", "发现问题", "下发通知单"], first=3)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "整改情况", "是否销号"], first=6)
    for i, row in enumerate(INSTITUTE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:2]), first=1)
        b.put(ws, r, 3, row[2], b.center)
        b.put(ws, r, 4, row[3])
        b.put(ws, r, 5, row[4], b.center)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6])
        b.put(ws, r, 8, row[7], b.center)
    end = 4 + len(INSTITUTE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "检查非学科类培训机构86家，下发关停通知单2份、限时整改通知单6份")
    b.line(ws, end + 1, "填表人：靳晓东    联系电话：0393-8322125    填报日期：2024年7月26日", 8)
    return b.close()


# =============================================================================================
# 7. 学科类校外培训治理“回头看”, after the ministry's 回头看 findings (排查发现“假注销、真运营”培训机构，已全部关停取缔;
# “营转非”: 以非营利外壳违规开展营利性行为，当场下达整改通知书; 未执行政府指导价的机构，全额退回超收培训费):
# http://www.herich.com.cn/gupiao/hangyefenxi/shehuifuwuye/2022-06-23/849501.html
# A CSV in GBK: title line, 填报单位 line, one header line with 乡镇 and 问题类型 (the 回头看 categories), 整改时限 as
# dates (2024/7/20), 整改状态 (已完成/已关停取缔/推进中/未整改/blank), 合计 line.
LOOKBACK_ROWS = [
    (
        "城关镇",
        "南乐县博文培训学校",
        "未执行政府指导价",
        "初中数学班课时收费65元，超出政府指导价上浮标准",
        "全额退回超收培训费",
        "2024/7/20",
        "已完成",
    ),
    (
        "元村镇",
        "南乐县育英培训学校",
        "假注销真运营",
        "办学许可证已注销，仍以“自习室”名义组织学生上课",
        "关停取缔",
        "2024/7/10",
        "已关停取缔",
    ),
    (
        "近德固乡",
        "南乐县启智培训学校",
        "营转非违规",
        "登记为非营利性机构，仍向举办者分配办学结余",
        "追回违规分配资金，约谈举办者",
        "2024/9/30",
        "推进中",
    ),
    (
        "城关镇",
        "南乐县优学培训学校",
        "预收费未监管",
        "预收费48万元未存入监管专户",
        "开设监管专户，预收费全部入账",
        "2024/8/15",
        "推进中",
    ),
    (
        "福堪镇",
        "南乐县金桥培训学校",
        "未执行政府指导价",
        "未在经营场所显著位置公示收费标准",
        "公示收费项目和标准",
        "2024/7/5",
        "未整改",
    ),
    (
        "杨村乡",
        "南乐县明德培训学校",
        "培训时间违规",
        "周末组织义务教育阶段学生进行语文学科培训",
        "停止违规培训",
        "2024/7/8",
        "",
    ),
    (
        "城关镇",
        "南乐县卓越培训学校",
        "假注销真运营",
        "注销后在原址更名为“晚托中心”继续开展学科培训",
        "关停取缔",
        "2024/7/10",
        "已关停取缔",
    ),
]


def write_lookback(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年义务教育阶段学科类校外培训治理“回头看”问题整改台账"])
    w.writerow(["填报单位：南乐县教育局（盖章）    填报日期：2024年7月24日"])
    w.writerow(["序号", "乡镇", "机构名称", "问题类型", "问题描述", "整改措施", "整改时限", "整改状态"])
    for i, row in enumerate(LOOKBACK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查机构23家", "发现问题7个", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 8. 托育机构安全隐患整改工作台账, after a 街道卫健办's 托育机构安全隐患专项排查整改 (前期托育机构自查自改、建立安全隐患
# 整改工作台账; 食堂使用燃气的要求在7月底必须安装可燃气体报警器; 消防安全、食品安全、传染病防控、卫生保健、饮用水卫生;
# 现场反馈，限期整改):
# https://www.hfyaohai.gov.cn/yhzt/ztlb/msgc/msdt/11323101.html
# An .xlsx: title, 填报单位/日期 line, one header row with 排查类别, 发现方式 (自查/街道检查), 整改责任人 (a person),
# 整改完成情况 and 街道复核, the 托育机构 merged down over its rows, 7月底前 deadlines, 填表说明 and 填表人 lines.
NURSERY_ROWS = [
    (
        "濮阳市华龙区贝贝乐托育中心",
        "燃气安全",
        "食堂使用天然气，未安装可燃气体报警器",
        "自查",
        "安装可燃气体报警器并与切断阀联动",
        "7月底前",
        "张丽",
        "已安装并联动调试",
        "复核通过",
    ),
    (
        "濮阳市华龙区贝贝乐托育中心",
        "食品安全",
        "食品留样记录缺7月8日至10日三天",
        "街道检查",
        "补建留样登记，专人负责",
        "2024年7月20日",
        "张丽",
        "",
        "",
    ),
    (
        "濮阳市华龙区小天使托育园",
        "燃气安全",
        "燃气管道阀门锈蚀，未定期检测",
        "自查",
        "联系供气单位检测并更换阀门",
        "7月底前",
        "李娜",
        "已联系市燃气公司，预约上门更换",
        "",
    ),
    (
        "濮阳市华龙区小天使托育园",
        "消防安全",
        "睡眠室私拉电线为电动车充电",
        "街道检查",
        "立即拆除私拉电线，禁止室内充电",
        "2024年7月12日",
        "李娜",
        "已拆除",
        "复核通过",
    ),
    (
        "濮阳市华龙区小天使托育园",
        "卫生保健",
        "2名保育人员未取得健康合格证明",
        "街道检查",
        "安排体检，取得证明前暂停上岗",
        "8月15日前",
        "李娜",
        "已安排体检，等待体检结果",
        "",
    ),
    (
        "濮阳市华龙区爱弥儿托育有限公司",
        "传染病防控",
        "未落实婴幼儿晨午检和因病缺勤登记",
        "街道检查",
        "建立晨午检和缺勤追踪制度",
        "长期坚持",
        "王芳",
        "长期坚持",
        "",
    ),
    (
        "濮阳市华龙区爱弥儿托育有限公司",
        "饮用水卫生",
        "饮水机未定期清洗消毒",
        "自查",
        "每月清洗消毒并登记",
        "2024年7月15日",
        "王芳",
        "已清洗消毒并建立登记表",
        "复核通过",
    ),
    (
        "濮阳市华龙区爱弥儿托育有限公司",
        "燃气安全",
        "厨房液化气钢瓶与灶具间距不足0.5米",
        "自查",
        "调整钢瓶位置，加装防倾倒支架",
        "7月底前",
        "王芳",
        "未整改",
        "",
    ),
]


def write_nursery(path: Path) -> Path:
    b = Book(path, author="中原路街道卫健办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 28, 12, 34, 10, 30, 14, 10, 28, 10])
    b.line(ws, 0, "中原路街道托育机构安全隐患整改工作台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区中原路街道卫健办    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "托育机构名称",
            "排查类别",
            "隐患问题",
            "发现方式",
            "整改措施",
            "整改时限",
            "整改责任人",
            "整改完成情况",
            "街道复核",
        ],
    )
    for first, last in groups(NURSERY_ROWS):
        b.merge(ws, 3 + first, 1, 3 + last, 1, NURSERY_ROWS[first][0], b.center)
    for i, row in enumerate(NURSERY_ROWS):
        r = 3 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.put(ws, r, 2, row[1], b.center)
        b.put(ws, r, 3, row[2])
        b.put(ws, r, 4, row[3], b.center)
        b.put(ws, r, 5, row[4])
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
        b.put(ws, r, 9, row[8], b.center)
    end = 3 + len(NURSERY_ROWS)
    b.line(
        ws,
        end,
        "填表说明：发现方式填“自查”或“街道检查”；街道复核由街道卫健办在机构整改完成后现场复核填写。",
        9,
    )
    b.line(ws, end + 1, "填表人：宋佳    联系电话：0393-4412630", 9)
    return b.close()


# =============================================================================================
# 9. 托育机构安全检查及违规运营行为清理整顿, after a district 卫生健康局's joint check with 公安分局、市场监管局、消防救援
# 大队 (传染病预防控制管理、卫生保健、饮用水、食品安全、消防安全; 晨检记录、消毒台账、食品留样、人员资质; 现场反馈，
# 要求限期整改):
# http://www.lintong.gov.cn/zwgk/xxgkml/ggws/ybjg/1915221353758752770.html
# An .ods (LibreOffice): title, 牵头/联合单位 and 检查时间 line, one header row with 备案情况, 检查内容 and 处理意见,
# the 机构 and its 备案情况 merged down over its rows, 注 line and a signature line.
CHILDCARE_ROWS = [
    (
        "濮阳县宝贝家托育服务有限公司",
        "已备案",
        "卫生保健",
        "玩具未每周清洗消毒，消毒台账缺失",
        "限期整改",
        "2024年6月30日",
        "已整改",
    ),
    (
        "濮阳县宝贝家托育服务有限公司",
        "已备案",
        "治安防范",
        "视频监控录像保存不足30天",
        "限期整改",
        "2024年8月10日",
        "正在更换硬盘录像机",
    ),
    (
        "濮阳县七彩虹早教托育中心",
        "未备案",
        "违规运营",
        "营业执照经营范围无“托育服务”，擅自开展全日托",
        "停止收托，依法办理登记备案",
        "2024年7月31日",
        "已停止全日托，正在办理经营范围变更",
    ),
    (
        "濮阳县童心托育园",
        "已备案",
        "消防安全",
        "婴幼儿活动室设在地下一层",
        "限期搬迁",
        "2024年9月30日",
        "未整改",
    ),
    (
        "濮阳县童心托育园",
        "已备案",
        "食品安全",
        "食材进货查验记录不全，缺供货商资质",
        "限期整改",
        "2024年7月15日",
        "已补齐进货查验记录和供货商资质",
    ),
    (
        "濮阳县小橘灯家庭托育点",
        "已备案",
        "人员资质",
        "照护人员1人无健康合格证明",
        "限期整改",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳县小橘灯家庭托育点",
        "已备案",
        "收托规模",
        "收托婴幼儿8人，超过家庭托育点5人上限",
        "限期整改",
        "2024年7月10日",
        "超收的3名婴幼儿已转介至备案托育机构",
    ),
]


def write_childcare_book(path: Path) -> Path:
    b = Book(path, author="县卫健委人口家庭科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 28, 10, 12, 36, 22, 16, 32])
    b.line(ws, 0, "濮阳县托育机构安全检查及违规运营行为清理整顿问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳县卫生健康委员会    联合单位：县公安局、县市场监管局、县消防救援大队    "
        "检查时间：2024年6月24日至26日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "机构名称", "备案情况", "检查内容", "问题描述", "处理意见", "整改期限", "整改落实情况"],
    )
    for first, last in groups(CHILDCARE_ROWS):
        b.merge(ws, 3 + first, 1, 3 + last, 1, CHILDCARE_ROWS[first][0], b.center)
        b.merge(ws, 3 + first, 2, 3 + last, 2, CHILDCARE_ROWS[first][1], b.center)
    for i, row in enumerate(CHILDCARE_ROWS):
        r = 3 + i
        b.put(ws, r, 0, i + 1, b.center)
        b.put(ws, r, 3, row[2], b.center)
        b.put(ws, r, 4, row[3])
        b.put(ws, r, 5, row[4])
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6])
    end = 3 + len(CHILDCARE_ROWS)
    b.line(ws, end, "注：本次共检查托育机构（含家庭托育点）9家，其中5家未发现问题，未列入本清单。", 7)
    b.line(ws, end + 1, "濮阳县卫生健康委员会（盖章）        2024年7月26日", 7)
    return b.close()


def write_childcare(path: Path) -> Path:
    via_soffice(write_childcare_book, path, "ods", "托育机构安全检查问题清单.xlsx")
    return fixed_ods(path)


# =============================================================================================
# 10. 托育机构服务质量专项督察, after a 街道's 托育机构服务质量专项督察 (落实基本要求、规范托育服务、落实制度规范、推进
# 医育结合、强化社会宣传及重点风险点排查六个方面; 机构自评及现场查验; 提出指导意见，要求限期整改，跟踪复查):
# http://sqr.ahnews.com.cn/news/2025/09/22/c_790393.htm
# A .zip of two returns sent back to the 街道: one 托育园's .xlsx (填报单位 line; rows by 督察方面 naming only its own
# 部门) and another 托育中心's .docx report whose items are numbered paragraphs by 督察方面, the 反馈 date (base of
# 立行立改) in its preamble.
QUALITY_ROWS = [
    (
        "落实基本要求",
        "备案托位数与实际收托规模不一致",
        "向区卫健委申请变更备案信息",
        "园办公室",
        "2024年7月31日",
        "已提交变更申请，等待区卫健委审核",
    ),
    (
        "规范托育服务",
        "一日生活安排中户外活动时间不足2小时",
        "调整作息时间表，保证户外活动时间",
        "保育部",
        "2024年7月15日",
        "已调整作息并执行",
    ),
    (
        "推进医育结合",
        "未与辖区医疗卫生机构签订发展指导协议",
        "与中原路社区卫生服务中心签订协议",
        "园办公室",
        "2024年8月31日",
        "",
    ),
    (
        "重点风险点排查",
        "楼梯护栏竖杆间距超过11厘米",
        "加装防护网",
        "后勤部",
        "2024年7月20日",
        "已加装防护网，整改完成",
    ),
]

QUALITY_PARAS = [
    (
        "一、落实制度规范方面。保育人员培训制度落实不到位，2024年上半年未组织岗位培训。整改措施：由保教主任负责，"
        "7月20日前组织全员岗位培训。整改情况：已于7月13日至14日组织全员培训并考核，整改完成。"
    ),
    (
        "二、强化社会宣传方面。未在显著位置公示收费项目和标准。整改措施：立行立改，在大厅公示栏公示收费项目、"
        "标准和投诉电话。整改情况：已于当日公示。"
    ),
    (
        "三、重点风险点排查方面。消防通道被婴儿推车占用。整改措施：划定推车停放区，由后勤主管每日巡查，长期坚持。"
    ),
    (
        "四、推进医育结合方面。婴幼儿健康档案建档率仅为76%。整改措施：由保健医负责补录健康档案，8月底前建档率达到100%。"
        "整改情况：正在补录，目前建档率已达89%。"
    ),
]


def write_quality_book(path: Path) -> Path:
    b = Book(path, author="启蒙托育园")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 36, 32, 12, 16, 30])
    b.line(ws, 0, "托育机构服务质量专项督察问题整改表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区启蒙托育园    督察时间：2024年7月9日    填报日期：2024年7月25日", 6)
    b.header(ws, 2, ["序号", "督察方面", "存在问题", "整改措施", "责任部门", "完成时限", "整改情况"])
    for i, row in enumerate(QUALITY_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.center)
        b.put(ws, r, 2, row[1])
        b.put(ws, r, 3, row[2])
        b.put(ws, r, 4, row[3], b.center)
        b.put(ws, r, 5, row[4], b.center)
        b.put(ws, r, 6, row[5])
    b.line(ws, 3 + len(QUALITY_ROWS), "园长（签字）：陈静    填表人：刘园园    联系电话：13939358216", 6)
    return b.close()


def write_quality_docx(path: Path) -> Path:
    doc = _new_document("金色童年托育中心")
    _title(doc, "濮阳市华龙区金色童年托育中心关于服务质量专项督察反馈问题整改情况的报告", 18)
    _paragraph(doc, "中原路街道办事处：", indent=False)
    _paragraph(
        doc,
        "2024年7月10日，街道托育服务质量专项督察组对我中心进行了现场督察并反馈问题4条。我中心高度重视，逐条制定"
        "整改措施，现将整改情况报告如下：",
    )
    for text in QUALITY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市华龙区金色童年托育中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_quality(path: Path) -> Path:
    members = [
        ("托育机构服务质量专项督察问题整改表（启蒙托育园）.xlsx", write_quality_book),
        ("金色童年托育中心专项督察反馈问题整改情况报告.docx", write_quality_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2023年度市级人民政府履行教育职责评价反馈问题整改台账.xlsx", write_duty),
    ("华龙区责任督学挂牌督导发现问题整改情况汇总表（二季度）.xls", write_supervise),
    ("庆祖镇夏季校园安全联合督导问题整改台账.et", write_campus),
    ("清丰县第二实验小学春季开学专项督导自查整改报告.wps", write_school),
    ("关于查处隐形变异学科类培训情况的通报.docx", write_training),
    ("校外培训机构专项整治检查问题整改台账.xlsx", write_institute),
    ("南乐县学科类校外培训治理回头看问题整改台账.csv", write_lookback),
    ("中原路街道托育机构安全隐患整改工作台账.xlsx", write_nursery),
    ("濮阳县托育机构安全检查及违规运营清理整顿问题清单.ods", write_childcare),
    ("托育机构服务质量专项督察问题整改（两家）.zip", write_quality),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

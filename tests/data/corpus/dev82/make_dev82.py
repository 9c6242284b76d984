"""Write the dev82 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 安全生产治本攻坚, 建筑施工, 城镇燃气, 危险化学品, 消防安全, 道路运输, 特种设备, 冶金工贸, 矿山, 电动自行车.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, ticks under 事故隐患/火灾隐患), an .et (Excel 97 written by
LibreOffice from an .xlsx), a CSV in GBK, a .docx whose items are numbered paragraphs under each project, a .wps
(Word 97 via LibreOffice: a report with its 附表) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev82.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document times, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
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
# 1. 安全生产治本攻坚三年行动重点任务推进, after a city 安委会's 治本攻坚三年行动方案 (2024—2026年) sent to the 县(区)
# 安委会 and 市级有关部门 with a 任务分工 naming the 成员单位 that lead each task; "每季度报送一次工作进展情况":
# https://gysyjglj.cngy.gov.cn/New/show/20240314102619834.html
# An .xlsx: title, 报送/统计截至 line, one header row, the 行动 column merged down over its tasks, 牵头单位 beside the
# 配合单位 (departments written by their short names), 完成时限 in the plan's own words (年底前, 长期坚持, a schedule
# with two dates), a 注 line and a signature line.
TASK_GROUPS = [
    (
        "（一）安全责任压实行动",
        [
            (
                "组织各级党政领导干部专题学习安全生产重要论述，分级开展安全生产专题培训",
                "市应急局",
                "市委组织部、各县（区）安委会",
                "2024年12月底前",
                "已举办县处级领导干部专题培训班1期，乡科级领导干部培训正在组织",
            ),
            (
                "推动重点行业领域生产经营单位主要负责人安全生产履职清单全覆盖",
                "市应急局",
                "市安委会有关成员单位",
                "长期坚持",
                "按季度抽查履职清单落实情况",
            ),
        ],
    ),
    (
        "（二）重大事故隐患动态清零行动",
        [
            (
                "建立重大事故隐患企业自查自改自报和部门精准执法机制，推动重大隐患动态清零",
                "市应急局",
                "市住建局、市交通局、市市场监管局",
                "2024年6月底前建立机制，2026年底前常态化运行",
                "机制已建立，正在推动企业接入隐患自报系统",
            ),
            (
                "化工园区安全风险评估复核及整体性安全风险等级认定",
                "市应急局",
                "市工信局、濮阳工业园区管委会",
                "2024年8月31日前",
                "评估报告初稿已完成，正在组织专家评审",
            ),
        ],
    ),
    (
        "（三）重点行业领域攻坚行动",
        [
            (
                "城镇燃气老化中压管网更新改造（年度计划20公里）",
                "市住建局",
                "市燃气公司、各县（区）政府",
                "2024年11月30日前",
                "已完成改造12.6公里，占年度计划的63%",
            ),
            (
                "“两客一危一重货”车辆智能视频监控报警装置安装全覆盖",
                "市交通局",
                "市公安局交警支队",
                "2024年第三季度",
                "已全部安装到位并接入监管平台",
            ),
            (
                "对全市高层建筑开展消防安全评估，建立问题隐患清单",
                "市消防支队",
                "市住建局、各县（区）政府",
                "2024年10月底前",
                "",
            ),
            (
                "建设住宅小区电动自行车集中停放充电设施",
                "市住建局",
                "市消防支队、各县（区）政府",
                "2024年9月底前",
                "受建设资金影响，尚未启动",
            ),
            (
                "开展危险性较大的分部分项工程专项整治",
                "市住建局",
                "各县（区）住建局",
                "2024年6月30日前",
                "已完成，共排查危大工程86项，整改隐患213处",
            ),
        ],
    ),
]


def write_tasks(path: Path) -> Path:
    b = Book(path, author="市安办")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 18, 42, 12, 26, 20, 36, 10])
    b.line(ws, 0, "濮阳市安全生产治本攻坚三年行动重点任务推进情况表（2024年二季度）", 7, b.title)
    b.line(ws, 1, "报送单位：濮阳市安全生产委员会办公室（汇总）        统计截至：2024年7月20日", 7)
    b.header(ws, 2, ["序号", "行动名称", "重点任务", "牵头单位", "配合单位", "完成时限", "推进情况", "备注"])
    r, n = 3, 0
    for action, tasks in TASK_GROUPS:
        b.merge(ws, r, 1, r + len(tasks) - 1, 1, action, b.center)
        for task in tasks:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(task), first=2)
            b.put(ws, r, 7, "")
            r += 1
    b.line(
        ws,
        r,
        "注：1．牵头单位对任务推进负总责，配合单位按职责分工落实；2．完成时限为“长期坚持”的任务按季度报送推进情况。",
        7,
    )
    b.line(ws, r + 1, "填报人：孔德明        审核人：赵红旗        联系电话：0393-8991135", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 建筑施工安全生产大检查通报, after a provincial 建设厅's 施工现场检查通报 (主送各市建委; 一、基本情况, listing the
# projects each "由……承建"; 二、存在的问题, each project with its 监理单位 and then its problems: 脚手架专项方案、悬挑
# 脚手架型钢、剪刀撑、塔吊电缆、塔吊无交接班记录、临时用电三级配电):
# https://zuowendang.com/fanwen/1669192867.html
# A .docx: the city 住建局's follow-up 通报, each project as a paragraph naming its 施工单位, 监理单位 and the
# deadline set on site, its problems as numbered paragraphs each with the 复查 finding; a 下一步要求 part with its
# own numbered paragraphs; the office and date at the foot.
SITE_PROJECTS = [
    (
        "（一）濮阳市第一建筑工程有限公司承建的濮阳市人民医院新院区门诊医技楼工程，监理单位：河南立信工程监理"
        "有限公司。检查组当场下达《限期整改通知书》，要求2024年7月20日前整改完毕。存在的问题及复查情况如下：",
        [
            "1．悬挑脚手架型钢锚固不牢，剪刀撑搭接不连续、扣件数量不足。7月22日复查，已整改到位。",
            "2．施工现场临时用电未做到“三级配电、两级保护”，部分开关箱未安装漏电保护器。复查时已增设漏电保护器，"
            "整改完成。",
            "3．塔吊无交接班记录，1名塔吊司机未持证上岗。复查时该司机已调离，交接班记录正在补建。",
        ],
    ),
    (
        "（二）河南中润建设工程有限公司承建的濮阳县城关镇安置房二期工程，监理单位：濮阳市建通监理咨询有限公司。"
        "检查组下达《停工整改通知书》，要求2024年8月5日前整改完毕，经复查合格后方可复工。存在的问题及复查情况如下：",
        [
            "1．高支模专项施工方案未经专家论证即组织施工。已组织专家论证，正在按论证意见调整支撑体系。",
            "2．基坑临边防护栏杆缺失约40米。已补设防护栏杆，整改完成。",
            "3．施工升降机防坠安全器超过标定有效期。复查时仍未整改。",
        ],
    ),
    (
        "（三）濮阳华信建筑安装有限公司承建的华龙区实验小学综合楼改扩建工程，监理单位：濮阳正源工程管理有限公司。"
        "检查组当场下达《限期整改通知书》，要求2024年7月31日前整改完毕。存在的问题及复查情况如下：",
        [
            "1．木工加工区未配备灭火器，消防器材配备不足。已配备灭火器12具，整改完成。",
            "2．电焊作业人员未持特种作业操作证上岗。",
            "3．新进场工人未进行三级安全教育，安全教育培训记录不全。项目部正在组织补训。",
        ],
    ),
]


def write_sites(path: Path) -> Path:
    doc = _new_document("建筑安全科")
    _title(doc, "濮阳市住房和城乡建设局关于建筑施工安全生产大检查发现问题整改复查情况的通报")
    _paragraph(doc, "各县（区）住房城乡建设局，各建设、施工、监理单位：")
    _paragraph(
        doc,
        "按照《关于开展全市建筑施工安全生产大检查的通知》要求，我局于2024年7月8日至10日对全市在建工程施工现场"
        "安全生产情况进行了检查，7月22日至24日对发现的问题组织了复查。现将有关情况通报如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "此次共检查在建房屋建筑和市政工程项目18个，查出各类问题隐患57处，下达限期整改通知书11份、停工整改"
        "通知书1份。多数项目能够按要求落实整改，但仍有部分问题整改不及时、不到位。",
    )
    _paragraph(doc, "二、存在的问题及复查情况", font="黑体")
    for head, problems in SITE_PROJECTS:
        _paragraph(doc, head)
        for text in problems:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作要求", font="黑体")
    _paragraph(
        doc,
        "（一）各施工企业要举一反三，对照通报问题开展自查自纠，对未整改到位的问题明确责任人和完成时间。",
    )
    _paragraph(
        doc,
        "（二）各县（区）住房城乡建设局要加强跟踪督办，对逾期未整改的项目依法依规严肃处理，并纳入信用记录。",
    )
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 燃气安全专项排查整治, after a 街道办事处's account of its 燃气安全隐患专项排查整治 (各科室对包抓社区、村进行全面
# 排查; 小餐饮是否签订燃气使用协议、是否规范安装燃气泄漏报警器、是否私自加装三通管、是否规范使用合格连接软管;
# 城市综合管理办联合包抓科室重点督导沿街商铺):
# http://www.yanta.gov.cn/ztzl/jczwgkbzml/jdbzml/xzljdbsc/ssqk/6497f126f8fd1c1a70342254.html
# A CSV in GBK: a title line, a 填报单位 line stating the date the 整改时限 count from, one header line with the
# 包抓社区 and the 包抓科室 (sections of the sending 街道), a 合计 line and a 填表人 line.
GAS_ROWS = [
    (
        "中原路社区",
        "黄河路与中原路交叉口沿街3家餐饮店未签订燃气安全使用协议",
        "城市综合管理办",
        "15日内",
        "已督促签订供用气协议，整改完成",
    ),
    (
        "人民路社区",
        "金堤路菜市场熟食摊点私自加装三通管，一瓶多灶使用",
        "平安建设办",
        "立行立改",
        "已现场拆除三通管",
    ),
    (
        "绿城社区",
        "绿城路小吃店使用不合格橡胶软管且长度超过2米",
        "经济发展办",
        "7日内",
        "已更换为金属波纹管",
    ),
    (
        "锦绣社区",
        "锦绣路烧烤店后厨未安装可燃气体泄漏报警器",
        "城市综合管理办",
        "7月底前",
        "报警器已采购，待安装",
    ),
    (
        "华苑社区",
        "华苑路快餐店液化气钢瓶存放在地下操作间，无通风措施",
        "城市综合管理办",
        "15日内",
        "未整改",
    ),
    (
        "黄河路社区",
        "黄河路老旧小区部分居民户内燃气热水器烟道未伸出室外",
        "社会事务办",
        "15日内",
        "正在逐户入户督促整改",
    ),
    (
        "中原路社区",
        "中原路沿街商铺搭建彩钢棚占压中压燃气管道",
        "综合行政执法中队",
        "2024年8月15日前",
        "",
    ),
    (
        "人民路社区",
        "人民路面馆燃气泄漏报警器未通电",
        "平安建设办",
        "立行立改",
        "已当场接通电源并测试正常",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["黄河路街道燃气安全专项排查整治问题台账", "", "", "", "", ""])
    w.writerow(
        [
            "填报单位：濮阳市华龙区黄河路街道办事处；排查时间：2024年7月16日—17日；"
            "整改时限自2024年7月17日排查交办之日起计算",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["序号", "包抓社区", "排查发现问题", "包抓科室", "整改时限", "整改进展"])
    for i, row in enumerate(GAS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "共排查餐饮商户及居民小区46处，发现问题8处", "", "", ""])
    w.writerow(["填表人：刘晓静    联系电话：0393-4412076    填报日期：2024年7月29日", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 危险化学品重大危险源企业专项检查督导, after a national 督导工作简报 (督导核查组 each in one place; 化工园区和重大
# 危险源企业; 问题隐患 split into 事故隐患 and 火灾隐患, some 重大事故隐患; 责令限期整改; 隐患整改缓慢、企业自查不实):
# https://www.aqrzj.com/doc/59715.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 隐患类别 over 事故隐患/火灾隐患 (ticks √) and 是否重大
# 隐患, the 督导组 (the inspector) beside the 企业 that answers for the item, a 合计 row, a 注 line and a signature line.
CHEM_ROWS = [
    (
        "第一督导组",
        "濮阳市瑞丰化工有限公司",
        "液氯储罐区有毒气体检测报警仪未与紧急切断装置联锁",
        "√",
        "",
        "是",
        "增设报警联锁切断装置",
        "2024年8月31日",
        "正在施工改造",
    ),
    (
        "第一督导组",
        "濮阳市瑞丰化工有限公司",
        "中控室2名操作人员未取得特种作业操作证",
        "√",
        "",
        "否",
        "调整岗位，组织取证",
        "2024年7月15日",
        "已整改",
    ),
    (
        "第一督导组",
        "濮阳宏达新材料科技有限公司",
        "甲类仓库内防爆灯具损坏，电气线路未穿管保护",
        "",
        "√",
        "否",
        "更换防爆灯具，线路穿管",
        "2024年7月20日",
        "已更换，复查合格",
    ),
    (
        "第二督导组",
        "濮阳宏达新材料科技有限公司",
        "重大危险源包保责任人未按规定开展履职检查",
        "√",
        "",
        "否",
        "按季度开展履职检查并记录",
        "2024年7月31日",
        "未整改",
    ),
    (
        "第二督导组",
        "濮阳龙腾精细化工有限公司",
        "硝化工艺精细化工反应安全风险评估未完成",
        "√",
        "",
        "是",
        "委托有资质机构开展评估",
        "2024年12月31日",
        "已委托评估机构，正在开展试验",
    ),
    (
        "第二督导组",
        "濮阳龙腾精细化工有限公司",
        "装卸车区未设置静电接地报警装置",
        "",
        "√",
        "否",
        "增设静电接地报警器",
        "2024年8月15日",
        "",
    ),
    (
        "第三督导组",
        "河南濮东石化有限公司",
        "储罐区防火堤有2处穿堤孔洞未封堵",
        "",
        "√",
        "否",
        "用不燃材料封堵",
        "2024年7月10日",
        "已封堵",
    ),
    (
        "第三督导组",
        "河南濮东石化有限公司",
        "动火作业票证审批不规范，作业监护人未全程在场",
        "√",
        "",
        "否",
        "修订特殊作业管理制度，开展培训",
        "2024年7月25日",
        "已整改，已销号",
    ),
]


def write_chem(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "危险化学品重大危险源企业专项检查督导发现问题隐患整改台账", t, 0, 10),
        (1, 0, "填报单位：濮阳市应急管理局危化科（盖章）    督导时间：2024年7月1日—5日", plain, 1, 10),
    ]
    for col, word in enumerate(["序号", "督导组", "企业名称", "问题隐患描述"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 4, "隐患类别", h, 2, 5),
        (3, 4, "事故隐患", h),
        (3, 5, "火灾隐患", h),
        (2, 6, "是否重大隐患", h, 3, 6),
        (2, 7, "整改措施", h, 3, 7),
        (2, 8, "整改期限", h, 3, 8),
        (2, 9, "整改完成情况", h, 3, 9),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(CHEM_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 5, 6, 8) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(CHEM_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "督导企业4家，发现问题隐患8项，其中重大事故隐患2项", c, r, 10),
        (
            r + 1,
            0,
            "注：隐患类别栏以“√”标注；重大事故隐患按《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准》认定。",
            plain,
            r + 1,
            10,
        ),
        (
            r + 2,
            0,
            "填表人：宋立伟    审核人：吴振东    联系电话：0393-8992047    填报日期：2024年7月29日",
            plain,
            r + 2,
            10,
        ),
    ]
    return _write_xls(path, [("问题隐患台账", cells)], widths=[6, 12, 26, 40, 10, 10, 10, 26, 16, 22, 8])


# ---------------------------------------------------------------------------------------------
# 5. 消防安全检查火灾隐患单位, after a provincial 消防救援总队's report of units ordered to rectify (检查社会单位2775家;
# 17家单位存在火灾隐患被责令整改: 火灾自动报警主机故障、疏散指示标志和应急照明灯未保持完好有效、常闭防火门处于
# 敞开状态、油烟管道未定期清洗; 敬老院喷淋泵损坏、消防控制室值班人员无证上岗; 学校应急照明损坏; 下发《责令限期
# 整改通知书》、临时查封):
# http://m.shangol.cn/shehui/2021/1021/5383.html
# An .xlsx: title, 填报单位/截至 line, one header row, the 县（区） column merged down over its units, one row per unit
# with its hazards listed in one cell, the 处理措施 (the inspector's action) beside the 整改期限 and 整改情况, a 合计 row,
# a 备注 line and a signature line.
FIRE_ROWS = [
    (
        "华龙区",
        "濮阳市新天地商贸有限公司",
        "1．火灾自动报警主机故障；2．部分常闭防火门处于敞开状态；3．餐饮区油烟管道未定期清洗",
        "下发《责令限期改正通知书》",
        date(2024, 7, 25),
        "已整改完毕，经复查合格",
    ),
    (
        "华龙区",
        "濮阳市华龙区惠民农贸市场",
        "1．市场内电动自行车违规停放充电；2．电气线路私拉乱接",
        "下发《责令限期改正通知书》",
        date(2024, 7, 30),
        "正在整改",
    ),
    (
        "濮阳县",
        "濮阳县文留镇敬老院",
        "1．一台喷淋泵损坏；2．部分应急照明灯故障",
        "下发《责令限期改正通知书》",
        date(2024, 8, 10),
        "喷淋泵已送修，应急照明灯正在更换",
    ),
    (
        "清丰县",
        "清丰县第二高级中学",
        "学生宿舍楼部分疏散指示标志损坏",
        "下发《责令限期改正通知书》",
        date(2024, 7, 20),
        "已更换",
    ),
    (
        "清丰县",
        "清丰县人民医院",
        "住院部部分防火门闭门器损坏",
        "下发《责令限期改正通知书》",
        date(2024, 7, 15),
        "已整改",
    ),
    (
        "南乐县",
        "南乐县锦华宾馆",
        "1．消防控制室值班人员无证上岗；2．疏散通道堆放杂物",
        "下发《责令限期改正通知书》",
        date(2024, 7, 31),
        "未整改",
    ),
    (
        "范县",
        "范县鑫达纺织有限公司",
        "生产车间与员工宿舍未有效分隔，形成“三合一”场所",
        "临时查封",
        date(2024, 9, 30),
        "已停止住人，正在砌筑防火隔墙",
    ),
    (
        "台前县",
        "台前县金海岸KTV",
        "1．安全出口上锁；2．室内消火栓无水",
        "临时查封",
        date(2024, 7, 18),
        "整改完毕，已解除临时查封",
    ),
    (
        "开发区",
        "濮阳市佳美家具有限公司",
        "1．喷漆车间使用非防爆电气设备；2．灭火器过期未更换",
        "下发《责令限期改正通知书》",
        date(2024, 8, 20),
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("隐患单位")
    b.widths(ws, [6, 10, 34, 46, 24, 16, 30])
    b.line(ws, 0, "2024年夏季消防安全检查存在火灾隐患单位整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市消防救援支队防火监督处        截至时间：2024年7月28日", 6)
    b.header(
        ws, 2, ["序号", "县（区）", "单位名称", "存在的主要火灾隐患", "处理措施", "整改期限", "整改情况"]
    )
    r = 3
    i = 0
    while i < len(FIRE_ROWS):
        county = FIRE_ROWS[i][0]
        j = i
        while j < len(FIRE_ROWS) and FIRE_ROWS[j][0] == county:
            j += 1
        b.merge(ws, r, 1, r + (j - i) - 1, 1, county, b.center)
        for k in range(i, j):
            b.put(ws, r, 0, k + 1, b.center)
            b.row(ws, r, list(FIRE_ROWS[k][1:]), first=2)
            r += 1
        i = j
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "共9家单位，已整改4家，正在整改3家，未整改1家，未报整改情况1家")
    b.line(ws, r + 1, "备注：临时查封单位须经消防救援机构复查合格后方可解除查封。", 6)
    b.line(ws, r + 2, "填表人：冯雪梅    联系电话：0393-8316119    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 道路运输车辆动态监控检查, after a district 运输管理所's check of 旅游包车企业、客运公司、重型货车运输企业 on their
# 卫星定位系统监管平台 (一是平台正常运行; 二是配备两名专职监控员; 三是动态监控制度; 四是动态监控工作台账; 五是及时
# 纠正违规行为并记录存档; 检查后下发整改通知，要求企业限时整改):
# http://www.baichengshizx.com/bcsjj/3372.html
# An .et (Excel 97 written by LibreOffice): title, 检查单位 line stating the date the notices were served, a two-row
# header with 检查内容 over its five points (√ / ×), the problems and the 整改时限 (one in working days, one 立即),
# a row for a firm found without problems, a signature line.
DYN_ROWS = [
    (
        "濮阳市通达旅游客运有限公司",
        "旅游包车",
        ["√", "×", "√", "√", "√"],
        "仅配备1名专职监控员，夜间无人值守",
        "10个工作日内",
        "已增配专职监控员1名，实行24小时值守",
    ),
    (
        "濮阳市顺安客运有限公司",
        "班线客运",
        ["×", "√", "√", "√", "√"],
        "3辆客车卫星定位终端离线超过72小时未处置",
        "2024年7月15日前",
        "终端已维修，车辆全部上线",
    ),
    (
        "濮阳市龙源物流有限公司",
        "重型货车",
        ["√", "√", "√", "×", "×"],
        "未建立动态监控工作台账，超速报警信息未处理",
        "10个工作日内",
        "台账已建立，历史报警信息正在核查处理",
    ),
    (
        "濮阳市畅行旅游汽车服务有限公司",
        "旅游包车",
        ["√", "√", "×", "√", "√"],
        "动态监控管理制度未修订，未明确违规驾驶员处理规定",
        "2024年7月31日前",
        "未整改",
    ),
    (
        "濮阳市安捷客运有限公司",
        "班线客运",
        ["√", "√", "√", "√", "√"],
        "未发现问题",
        "",
        "",
    ),
    (
        "濮阳县安达客运有限公司",
        "班线客运",
        ["√", "√", "√", "√", "×"],
        "监控员未及时发布疲劳驾驶提醒，对违规行为未记录存档",
        "2024年8月5日前",
        "",
    ),
    (
        "濮阳市华运旅游客运有限公司",
        "旅游包车",
        ["×", "√", "√", "√", "√"],
        "监控平台服务到期未续费，平台停止运行",
        "立即整改",
        "已续费，平台恢复运行",
    ),
    (
        "濮阳市鑫盛货运有限公司",
        "重型货车",
        ["√", "√", "√", "√", "×"],
        "部分重型货车未安装智能视频监控报警装置，驾驶员违规行为无法及时纠正",
        "2024年9月30日前",
        "已安装12辆，剩余8辆正在安装",
    ),
]


def write_dyn_book(path: Path) -> Path:
    b = Book(path, author="运输管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 30, 10, 8, 8, 8, 8, 8, 36, 16, 30])
    b.line(ws, 0, "道路运输企业车辆动态监控落实情况检查及整改台账", 10, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市道路运输服务中心    检查时间：2024年7月1日至7月4日    整改通知书于2024年7月5日"
        "下达，整改时限自下达之日起计算",
        10,
    )
    for c, word in enumerate(["序号", "企业名称", "经营类别"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 7, "检查内容（“√”符合，“×”不符合）", b.head)
    b.header(ws, 3, ["平台运行", "专职监控员", "监控制度", "监控台账", "违规处置"], first=3)
    for c, word in [(8, "存在问题"), (9, "整改时限"), (10, "整改落实情况")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, (firm, kind, marks, problem, limit, done) in enumerate(DYN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, firm)
        b.put(ws, r, 2, kind, b.center)
        for k, m in enumerate(marks):
            b.put(ws, r, 3 + k, m, b.center)
        b.row(ws, r, [problem, limit, done], first=8)
    r = 4 + len(DYN_ROWS)
    b.line(
        ws,
        r,
        "检查人：郭振华、李文涛    填报人：郭振华    联系电话：0393-8675103    填报日期：2024年7月30日",
        10,
    )
    return b.close()


def write_dyn(path: Path) -> Path:
    return via_soffice(write_dyn_book, path, "xls", "道路运输企业车辆动态监控检查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 电梯维保质量及使用单位抽查, after a 市场监督管理局 branch's 抽查结果报告 and 约谈会 (部分维保单位未按规范开展维保
# 工作、维保记录不完整、应急处置措施落实不到位; 部分使用单位安全管理制度不健全、日常巡检流于形式、安全警示标识
# 缺失; 明确整改要求和时限; 组织开展“回头看”检查):
# https://amr.ahsz.gov.cn/xwdt/sjdt/196249901.html
# An .xlsx: title, 抽查单位 line, a two-row header (抽查对象 over 使用单位（物业）and 维保单位), a 整改责任单位 column
# naming which of the two answers, 整改时限 as dates, 整改情况 and the 回头看 verdict, a 注 line and a signature line.
LIFT_ROWS = [
    (
        "锦绣华庭小区3号楼1单元",
        "濮阳市恒安物业服务有限公司",
        "濮阳市通力达电梯工程有限公司",
        "维保记录不完整，半月维保项目存在漏项",
        "濮阳市通力达电梯工程有限公司",
        date(2024, 7, 20),
        "已补齐维保记录并按规范维保",
        "复查合格",
    ),
    (
        "锦绣华庭小区5号楼",
        "濮阳市恒安物业服务有限公司",
        "濮阳市通力达电梯工程有限公司",
        "轿厢内安全警示标识缺失，使用标志过期未更换",
        "濮阳市恒安物业服务有限公司",
        date(2024, 7, 20),
        "已张贴安全警示标识和新使用标志",
        "复查合格",
    ),
    (
        "龙城御园小区2号楼",
        "濮阳市龙城物业管理有限公司",
        "河南安顺电梯服务有限公司",
        "五方通话装置故障，轿厢无法与值班室通话",
        "河南安顺电梯服务有限公司",
        date(2024, 7, 31),
        "已更换通话主机，正在调试",
        "",
    ),
    (
        "龙城御园小区",
        "濮阳市龙城物业管理有限公司",
        "河南安顺电梯服务有限公司",
        "未制定电梯安全管理制度，日常巡检记录流于形式",
        "濮阳市龙城物业管理有限公司",
        date(2024, 8, 15),
        "未整改",
        "",
    ),
    (
        "昆吾花园小区7号楼",
        "濮阳市昆吾物业有限公司",
        "河南安顺电梯服务有限公司",
        "维保人员未取得特种设备作业人员证",
        "河南安顺电梯服务有限公司",
        date(2024, 7, 25),
        "已调整为持证人员维保",
        "复查合格",
    ),
    (
        "昆吾花园小区9号楼",
        "濮阳市昆吾物业有限公司",
        "河南安顺电梯服务有限公司",
        "电梯超过定期检验有效期仍在使用",
        "濮阳市昆吾物业有限公司",
        date(2024, 8, 10),
        "已停止使用，已向检验机构申报检验",
        "",
    ),
    (
        "中原福地小区1号楼",
        "濮阳市宜居物业服务有限公司",
        "濮阳市通力达电梯工程有限公司",
        "曳引钢丝绳磨损超标未及时更换",
        "濮阳市通力达电梯工程有限公司",
        date(2024, 8, 5),
        "",
        "",
    ),
    (
        "中原福地小区",
        "濮阳市宜居物业服务有限公司",
        "濮阳市通力达电梯工程有限公司",
        "电梯机房堆放杂物，机房门未上锁",
        "濮阳市宜居物业服务有限公司",
        date(2024, 7, 18),
        "已清理杂物并加锁",
        "复查合格",
    ),
]


def write_lift(path: Path) -> Path:
    b = Book(path, author="特种设备安全监察科")
    ws = b.sheet("抽查问题整改")
    b.widths(ws, [6, 22, 28, 28, 36, 28, 14, 28, 12])
    b.line(ws, 0, "住宅小区电梯维保质量及使用单位抽查问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "抽查单位：濮阳市市场监督管理局华龙分局（特种设备安全监察科）    抽查时间：2024年7月9日—12日    "
        "“回头看”时间：2024年7月26日",
        8,
    )
    for c, word in enumerate(["序号", "电梯所在位置"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "抽查对象", b.head)
    b.header(ws, 3, ["使用单位（物业）", "维保单位"], first=2)
    for c, word in [
        (4, "抽查发现问题"),
        (5, "整改责任单位"),
        (6, "整改时限"),
        (7, "整改情况"),
        (8, "回头看结果"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(LIFT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 4 + len(LIFT_ROWS)
    b.line(ws, r, "注：整改时限未到期的问题，在下次“回头看”时复查。", 8)
    b.line(
        ws, r + 1, "填表人：韩立群    审核人：张海波    联系电话：0393-8263371    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 冶金企业专家隐患排查, after a district 安监局's check of its key 冶金企业 by 冶金、电气专家 (高炉转炉、高温液态金属
# 吊运、煤气作业、电气系统等重点部位; 针对检查出的问题全面向企业反馈并提出整改意见):
# http://xiuzhiben.com/yjglj/html/ajj/2012/KOIKMIEJ_0323/13651.html
# An .xlsx: title, 组织单位 line, one header row, the 企业名称 merged down over its rows, the 检查部位 and the 检查专家
# (the inspectors) beside the enterprise's own 整改责任部门 (its workshops and sections), a signature line.
METAL_GROUPS = [
    (
        "濮阳市豫北特钢铸造有限公司",
        [
            (
                "高温液态金属吊运",
                "吊运铁水的铸造起重机仅设一套制动器，不满足两套制动器要求",
                "王建国",
                "加装第二套独立制动器",
                "设备科",
                "2024年9月30日",
                "制动器已订购，计划8月中旬安装",
            ),
            (
                "煤气作业",
                "煤气加压站区域未设置固定式一氧化碳检测报警仪",
                "王建国",
                "安装固定式报警仪并接入中控室",
                "能源动力车间",
                "2024年7月31日",
                "已安装6台并接入中控室，整改完成",
            ),
            (
                "熔炼炉区",
                "中频炉冷却水系统未设置温度、流量监测报警装置",
                "王建国",
                "增设冷却水温度、流量监测及声光报警",
                "熔炼车间",
                "2024年8月20日",
                "未整改",
            ),
            (
                "电气系统",
                "高压配电室未配备绝缘手套、绝缘靴，现有安全用具未定期检验",
                "陈志刚",
                "配齐绝缘安全用具并定期送检",
                "设备科",
                "2024年7月15日",
                "已配备并送检合格",
            ),
        ],
    ),
    (
        "濮阳市恒源铸业有限公司",
        [
            (
                "高温液态金属吊运",
                "铁水包吊运路线下方设有职工休息室",
                "王建国",
                "拆除或搬离吊运影响范围内的休息室",
                "安环科",
                "2024年7月25日",
                "休息室已拆除",
            ),
            (
                "燃气作业",
                "烘包器天然气管道未设置紧急切断阀",
                "王建国",
                "在烘包器进气管道加装紧急切断阀",
                "熔炼车间",
                "2024年8月31日",
                "正在施工",
            ),
            (
                "电气系统",
                "熔炼炉区域电缆沟积水，部分电缆浸泡在水中",
                "陈志刚",
                "排除积水，电缆沟加设盖板和排水设施",
                "设备科",
                "2024年7月20日",
                "",
            ),
            (
                "有限空间",
                "未建立有限空间作业台账，除尘器检修作业前未进行气体检测",
                "陈志刚",
                "建立台账，落实先通风、再检测、后作业",
                "安环科",
                "2024年7月31日",
                "台账已建立，正在组织作业人员培训",
            ),
        ],
    ),
    (
        "濮阳市中拓铝材有限公司",
        [
            (
                "高温液态金属",
                "铝液流槽下方地坪有积水，存在铝液遇水爆炸风险",
                "王建国",
                "清除积水，设置防水围堰",
                "熔铸车间",
                "2024年7月12日",
                "已清理积水并设置防水围堰",
            ),
        ],
    ),
]


def write_metal(path: Path) -> Path:
    b = Book(path, author="工贸科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 26, 16, 42, 10, 32, 14, 16, 30])
    b.line(ws, 0, "冶金铸造企业安全生产专家隐患排查问题清单及整改情况", 8, b.title)
    b.line(
        ws,
        1,
        "组织单位：濮阳市应急管理局工贸科    排查时间：2024年7月10日—11日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "检查部位",
            "隐患描述",
            "检查专家",
            "整改意见",
            "整改责任部门",
            "整改时限",
            "整改情况",
        ],
    )
    r, n = 3, 0
    for firm, rows in METAL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, firm, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(ws, r, "填表人：孙伟    联系电话：0393-8992056", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 矿山重大安全隐患挂牌督办, after a county 安监局's 挂牌督办 letter to a mine (督导检查时发现你矿存在重大安全隐患
# (见附表); 现由我局挂牌督办并提出如下要求: 一、隐患消除前不得擅自组织生产; 二、制定整改方案; 三、举一反三自查
# 自纠; 四、整改完成后报我局验收合格后销号; 五、请乡人民政府安排专人督促整改):
# http://www.cs0799.com/portal.php?aid=41997&mod=view
# A .wps (Word 97 via LibreOffice): the county 应急管理局's report on the 挂牌督办 hidden dangers, its own numbered
# 督办要求 paragraphs, the office and date, then 附表 with the mines, 隐患等级, 整改时限, 整改进展 and 验收销号情况.
MINE_ROWS = [
    (
        "濮阳县鑫源建材有限公司粘土矿",
        "露天采场未按设计分台阶开采，形成“一面坡”开采，边坡高度超过设计值",
        "重大",
        "2024年9月30日",
        "已停止开采，正在按设计削坡、分台阶",
        "",
    ),
    (
        "濮阳县鑫源建材有限公司粘土矿",
        "未按规定设置边坡位移监测设施",
        "一般",
        "2024年8月15日",
        "已委托安装边坡监测系统，设备已到场",
        "",
    ),
    (
        "濮阳县鑫源建材有限公司粘土矿",
        "采场周边未设置安全警示标志和防护围栏",
        "一般",
        "2024年7月20日",
        "已设置警示标志和围栏",
        "验收合格，已销号",
    ),
    (
        "濮阳县金堤建材有限公司粘土矿",
        "采坑最终边坡角大于设计值，边坡存在坍塌风险",
        "重大",
        "2024年10月31日",
        "正在编制整改方案，已停止采剥作业",
        "",
    ),
    (
        "濮阳县金堤建材有限公司粘土矿",
        "未按设计设置截排水沟，汛期采坑积水",
        "一般",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "濮阳县金堤建材有限公司粘土矿",
        "挖掘机、自卸车作业人员未经安全培训上岗",
        "一般",
        "2024年7月25日",
        "已组织培训并考核合格",
        "验收合格，已销号",
    ),
]


def write_mine_docx(path: Path) -> Path:
    doc = _new_document("濮阳县应急管理局")
    _title(doc, "濮阳县应急管理局关于非煤矿山重大事故隐患挂牌督办整改进展情况的报告", 20)
    _paragraph(doc, "市应急管理局：")
    _paragraph(
        doc,
        "2024年7月9日，市应急管理局督导检查组在我县非煤矿山安全督导检查时，发现濮阳县鑫源建材有限公司粘土矿、"
        "濮阳县金堤建材有限公司粘土矿存在重大事故隐患2条、一般隐患4条（见附表）。我局对2条重大事故隐患实行"
        "挂牌督办，并向两家矿山提出如下要求：",
    )
    _paragraph(doc, "一、重大事故隐患消除前，不得擅自组织生产，整改期间擅自生产的依法立案查处。")
    _paragraph(doc, "二、立即制定隐患整改方案，落实整改责任、措施、资金、时限和预案。")
    _paragraph(doc, "三、举一反三，全面开展自查自纠，进一步加大隐患排查力度。")
    _paragraph(doc, "四、整改完成后报我局验收，验收合格后销号。")
    _paragraph(
        doc,
        "同时，请梁庄镇、渠村乡人民政府安排专人对辖区矿山隐患整改进行督促。截至7月29日，6条隐患已验收销号2条，"
        "正在整改3条，尚未整改1条。现将整改进展报告如下。",
    )
    _paragraph(doc, "濮阳县应急管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附表", font="黑体")
    _paragraph(
        doc, "非煤矿山重大事故隐患挂牌督办及一般隐患整改进展情况表", 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER
    )
    body = [[str(i), *row] for i, row in enumerate(MINE_ROWS, 1)]
    _table(
        doc, ["序号", "矿山名称", "隐患内容", "隐患等级", "整改时限", "整改进展", "验收销号情况"], body, 10
    )
    _paragraph(doc, "填表人：马新春    联系电话：0393-7226513", 12)
    return _save_fixed(doc, path)


def write_mine(path: Path) -> Path:
    return via_soffice(write_mine_docx, path, "doc", "非煤矿山重大事故隐患挂牌督办整改进展情况.docx")


# ---------------------------------------------------------------------------------------------
# 10. 电动自行车消防安全集中夜查, after a county 消防救援大队's joint night check with 市场监管局、城市管理中心、
# 住房城乡建委、公安局 and the 街道 (小区电动自行车停放充电区域、违规停放充电、飞线充电、入户充电; 劝导搬离违规停放
# 充电的电动自行车70余辆，拆除飞线充电7条):
# http://bg.zgcqxs.net/paper.asp?Aid=23689&Fid=14634
# A .zip of two 街道 returns: an .xlsx (夜查 line naming the 联合检查组, one header row with the 小区 and the 物业服务
# 企业 that answers, 整改时限 in 立行立改 / 7日内 / dates counted from the night of the check) and a .docx report whose
# items are numbered paragraphs each naming its 责任单位.
NIGHT_ROWS = [
    (
        "锦华苑小区",
        "濮阳市锦华物业服务有限公司",
        "3号楼1单元楼道内停放电动自行车5辆并充电",
        "立行立改",
        "已现场劝导搬离",
    ),
    (
        "锦华苑小区",
        "濮阳市锦华物业服务有限公司",
        "集中充电车棚未配备灭火器",
        "7日内",
        "已配备灭火器4具",
    ),
    (
        "开州花园小区",
        "濮阳市安居物业管理有限公司",
        "2号楼居民从窗户飞线充电2处",
        "立行立改",
        "已拆除飞线",
    ),
    (
        "开州花园小区",
        "濮阳市安居物业管理有限公司",
        "充电车棚紧贴住宅楼外墙，未采取防火分隔措施",
        "2024年9月30日",
        "正在设计改造方案",
    ),
    (
        "建业小区（无物业）",
        "开州路街道建业社区居民委员会",
        "无集中充电设施，居民推车入户充电现象普遍",
        "2024年10月31日",
        "未整改",
    ),
    (
        "时代广场商住楼",
        "濮阳市时代物业有限公司",
        "一层架空层作为电动自行车停放充电场所，未配备消防设施器材",
        "2024年8月15日",
        "",
    ),
]


def write_night_book(path: Path) -> Path:
    b = Book(path, author="开州路街道应急办")
    ws = b.sheet("夜查问题")
    b.widths(ws, [6, 20, 32, 44, 16, 24])
    b.line(ws, 0, "开州路街道电动自行车消防安全夜查发现问题整改台账", 5, b.title)
    b.line(
        ws,
        1,
        "夜查时间：2024年7月18日晚    联合检查组：华龙区消防救援大队、区市场监管局、区城市管理局、区住建局、"
        "公安华龙分局、开州路街道    整改时限自夜查之日起计算",
        5,
    )
    b.header(ws, 2, ["序号", "小区名称", "整改责任单位", "发现问题", "整改时限", "整改情况"])
    for i, row in enumerate(NIGHT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    r = 3 + len(NIGHT_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 5, "夜查小区12个，劝导搬离违规停放充电电动自行车23辆，拆除飞线充电2处，发现问题6处")
    b.line(ws, r + 1, "填表人：高丽娜    联系电话：0393-8129560    填报日期：2024年7月29日", 5)
    return b.close()


KUNWU_PARAS = [
    "一、昆吾小区5号楼地下室违规停放电动自行车约30辆，并私拉电线充电。责任单位：濮阳市众和物业服务有限公司。"
    "整改时限：2024年7月26日前。整改情况：地下室电动自行车已全部清出，私拉电线已拆除，出入口已设置阻车设施。",
    "二、华龙区惠丰电动车销售店销售非法改装电动自行车，拆改限速装置。责任单位：濮阳市华龙区惠丰电动车销售店。"
    "整改时限：2024年8月10日前。整改情况：已移交区市场监管局依法查处。",
    "三、金色家园小区充电端口数量不足，夜间排队充电引发飞线充电。责任单位：濮阳市金色家园物业服务有限公司。"
    "整改时限：2024年9月底前新增充电端口40个。整改情况：已完成选址，正在采购充电设备。",
    "四、袁庄村出租房在一楼楼梯间集中为电动自行车充电。责任单位：昆吾街道袁庄村村民委员会。整改时限：立行立改。"
    "整改情况：未整改。",
]


def write_kunwu_docx(path: Path) -> Path:
    doc = _new_document("昆吾街道办事处")
    _title(doc, "昆吾街道关于电动自行车安全隐患夜查发现问题整改情况的报告", 20)
    _paragraph(doc, "区安委会办公室：")
    _paragraph(
        doc,
        "7月19日晚，我街道联合区消防救援大队、区市场监管局、区城市管理局对辖区住宅小区、沿街门店和城中村出租房"
        "开展电动自行车安全隐患集中夜查，共检查点位26处，发现问题4处。现将整改情况报告如下：",
    )
    for text in KUNWU_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，街道将持续开展夜查，对整改不到位的点位实行挂账督办，确保隐患动态清零。")
    _paragraph(doc, "濮阳市华龙区昆吾街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_ebike(path: Path) -> Path:
    members = [
        ("开州路街道电动自行车夜查发现问题整改台账.xlsx", write_night_book),
        ("昆吾街道电动自行车安全隐患夜查整改情况报告.docx", write_kunwu_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
FILES = [
    ("濮阳市安全生产治本攻坚三年行动重点任务推进情况表（2024年二季度）.xlsx", write_tasks),
    ("关于建筑施工安全生产大检查发现问题整改复查情况的通报.docx", write_sites),
    ("黄河路街道燃气安全专项排查整治问题台账.csv", write_gas),
    ("危险化学品重大危险源企业专项检查督导问题隐患整改台账.xls", write_chem),
    ("夏季消防安全检查存在火灾隐患单位整改情况表.xlsx", write_fire),
    ("道路运输企业车辆动态监控检查整改台账.et", write_dyn),
    ("住宅小区电梯维保质量及使用单位抽查问题整改情况.xlsx", write_lift),
    ("冶金铸造企业专家隐患排查问题清单.xlsx", write_metal),
    ("非煤矿山重大事故隐患挂牌督办整改进展情况报告.wps", write_mine),
    ("电动自行车夜查发现问题整改情况（两个街道）.zip", write_ebike),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

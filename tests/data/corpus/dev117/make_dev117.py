"""Write the dev117 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 住房保障、物业小区、城镇燃气、老旧小区改造、建筑施工安全 (公租房违规转租清理, 保障性安居工程审计整改,
物业小区专项检查, 热线听友反映, 燃气管道占压登记, 餐饮场所燃气检查, 老旧小区改造审计整改和例行检查, 在建工程
质量安全巡查和安全生产大检查通报).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx), .doc and
.wps (LibreOffice conversions of two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip
of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside211.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)
TICK = "√"


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
        elif isinstance(v, date | int | float):
            cell_fmt = self.day if isinstance(v, date) else fmt
            ws.merge_range(r1, c1, r2, c2, "", cell_fmt)
            self.put(ws, r1, c1, v, cell_fmt)
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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


def _new_document(author: str = "Administrator", landscape: bool = False):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    if landscape:
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(1.8)
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
# 1. 物业小区防汛、消防安全和电动自行车停放专项检查, after a city 房管局's account of its joint check with the district
# 房管(住建)局, 物业管理协会, 街道和社区 (检查73个小区，现场发放整改通知单139张; one 小区 shown with 屋面排水沟堵塞、
# 防汛沙袋没有集中存放点且数量不够、室内消防栓没水、架空层电动车充电点堆放可燃物、地库电动车充电点无法智能充电;
# 检查内容: 防汛物资配备、防汛预案及演练、建立业主联系平台、物业公共区域、消防安全和电动自行车停放):
# https://ibrahimozcan.com/news/fzxw/20240420/1uyX82yJXe.shtml
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (整改通知单 over 编号/整改期限, 整改落实情况 over
# 企业整改情况/复查结果), one block per 小区 whose 序号, 小区, 物业服务企业, 街道, 检查日期 and notice cells are merged
# down over its problem rows, one deadline per notice (a date, or 立即整改 = the day of the check), 说明 and signature.
ESTATES = [
    (
        "昆吾花园",
        "濮阳市康居物业服务有限公司",
        "昆吾街道",
        date(2024, 7, 9),
        "濮住建物整〔2024〕031号",
        "2024年7月19日前",
        [
            ("屋面排水沟被落叶杂物堵塞，雨水口排水不畅", "已组织人员清掏", "复查合格"),
            ("防汛沙袋无集中存放点，现存数量不足50袋", "已购置沙袋200袋，存放点正在选址", ""),
            ("3号楼室内消火栓无水，消防泵未处于自动状态", "已维修消防泵并恢复自动状态", "复查合格"),
        ],
    ),
    (
        "龙都名苑",
        "濮阳宏远物业管理有限公司",
        "胜利路街道",
        date(2024, 7, 10),
        "濮住建物整〔2024〕036号",
        "立即整改",
        [
            ("架空层电动车充电点堆放纸箱等可燃物", "已当场清理", "复查合格"),
            (
                "电动自行车在1号楼楼道内停放充电",
                "已劝离，仍有反复，正在加装阻车装置",
                "复查不合格，再次下达整改通知",
            ),
        ],
    ),
    (
        "锦绣家园",
        "河南嘉禾物业服务有限公司濮阳分公司",
        "中原路街道",
        date(2024, 7, 11),
        "濮住建物整〔2024〕042号",
        "2024年7月31日前",
        [
            ("未制定防汛应急预案，未开展防汛演练", "预案已制定，演练计划8月上旬开展", ""),
            ("地下车库电动车充电桩无法智能断电", "", ""),
        ],
    ),
    (
        "颐和苑",
        "濮阳市华龙区兴盛物业服务中心",
        "人民路街道",
        date(2024, 7, 12),
        "濮住建物整〔2024〕047号",
        "2024年7月22日前",
        [
            ("未建立业主联系平台，停水停电等信息未及时告知业主", "已按楼栋建立业主微信群", "复查合格"),
            ("消防车通道被私家车占用，未施划禁停标线", "未整改", "复查不合格"),
        ],
    ),
]


def write_estates(path: Path) -> Path:
    b = Book(path, author="物业科")
    ws = b.sheet("检查问题汇总")
    b.widths(ws, [6, 12, 22, 12, 12, 40, 22, 16, 30, 24])
    b.line(ws, 0, "濮阳市物业小区防汛、消防安全和电动自行车停放专项检查问题整改汇总表", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：市住房和城乡建设局会同华龙区住建局、市物业管理协会及各街道办事处    "
        "检查时间：2024年7月9日至12日    汇总日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(["序号", "小区名称", "物业服务企业", "所属街道", "检查日期", "检查发现问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改通知单", b.head)
    b.header(ws, 3, ["编号", "整改期限"], first=6)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["物业企业整改情况", "复查结果"], first=8)
    r = 4
    for n, (estate, company, street, day, notice, limit, problems) in enumerate(ESTATES, 1):
        last = r + len(problems) - 1
        for c, v in enumerate([n, estate, company, street, day]):
            b.merge(ws, r, c, last, c, v, b.center)
        b.merge(ws, r, 6, last, 6, notice, b.center)
        b.merge(ws, r, 7, last, 7, limit, b.center)
        for i, (problem, done, check) in enumerate(problems):
            b.put(ws, r + i, 5, f"{i + 1}.{problem}")
            b.put(ws, r + i, 8, done)
            b.put(ws, r + i, 9, check)
        r = last + 1
    b.line(
        ws,
        r,
        "说明：整改期限以整改通知单载明为准，“立即整改”的以检查当日为限；复查由所属街道会同市物业管理协会进行。",
        9,
    )
    b.line(ws, r + 1, "填表人：闫慧敏    审核人：常建伟    联系电话：0393-8995617", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 在建工程质量安全监督巡查情况通报表, after a city 建管处工监站's quarterly account of its 质量安全监督巡查 (“四不两直”;
# 住宅、公共建筑、工业厂房、市政项目; 发出整改通知书178份，其中停工整改通知书45份; 对管控不到位的项目全市通报;
# 违法转包的移交查处; 划归D类，实施重点监管):
# http://tuituisoft.com/blog/63528.html
# An .xlsx: title, 巡查方式/巡查时间/填报单位 line, one header row with 工程类别, the 施工总承包单位 (the unit) beside the
# 监理单位, the 处理措施 (整改通知书 / 停工整改通知书 / 全市通报 / 移交查处 / 划归D类), the date the notice was issued
# and 整改期限 as N日内 from it, 停工整改 (no date) or a quarter, a 复查情况 column, a 合计 row and a 说明 line.
PATROL_ROWS = [
    (
        "华龙区龙湖湾住宅小区二期（6#-9#楼）",
        "住宅",
        "濮阳市第二建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "悬挑脚手架型钢锚固螺栓缺失，剪刀撑未连续设置",
        "整改通知书",
        date(2024, 6, 12),
        "7日内",
        "6月18日复查合格",
    ),
    (
        "市第三人民医院门诊综合楼",
        "公共建筑",
        "河南省中原建设工程有限公司",
        "河南兴达工程咨询有限公司",
        "塔吊司机无证上岗，塔吊附着装置非原厂产品",
        "停工整改通知书",
        date(2024, 6, 13),
        "停工整改，复查合格后复工",
        "7月2日复查合格，准予复工",
    ),
    (
        "濮阳县产业集聚区标准化厂房（三期）",
        "工业厂房",
        "濮阳县宏达建筑安装有限公司",
        "濮阳县建科监理有限公司",
        "施工现场临时用电未按三级配电两级保护设置",
        "整改通知书",
        date(2024, 6, 18),
        "5日内",
        "",
    ),
    (
        "清丰县第二实验小学教学楼",
        "公共建筑",
        "清丰县永兴建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "项目经理、总监理工程师均不在岗，安全教育记录代签",
        "整改通知书；全市通报",
        date(2024, 6, 20),
        "2024年6月30日",
        "正在补充完善安全资料，项目经理已到岗",
    ),
    (
        "绿城路（京开大道—濮水路）雨污分流改造工程",
        "市政",
        "濮阳市政工程有限公司",
        "河南兴达工程咨询有限公司",
        "沟槽开挖深度超过3米未按专项方案放坡支护",
        "停工整改通知书",
        date(2024, 6, 21),
        "停工整改",
        "正在整改，尚未复工",
    ),
    (
        "南乐县城关镇棚户区改造安置房",
        "住宅",
        "河南昌盛建设集团有限公司",
        "南乐县正源监理有限公司",
        "涉嫌违法转包，现场实际施工人与中标单位不一致",
        "移交执法部门查处",
        "",
        "",
        "已移交市城市管理局（住建领域综合执法）查处",
    ),
    (
        "范县新区农贸市场",
        "公共建筑",
        "范县鑫源建筑有限公司",
        "范县工程建设监理有限公司",
        "高处作业临边防护缺失，安全网破损未更换",
        "整改通知书",
        date(2024, 6, 25),
        "3日内",
        "已整改，复查合格",
    ),
    (
        "台前县产业园钢结构厂房",
        "工业厂房",
        "台前县兴台建设工程有限公司",
        "濮阳县建科监理有限公司",
        "质量安全管控不到位，前两次巡查问题反复出现",
        "划归D类，实施重点监管",
        "",
        "2024年第三季度",
        "按月复查，7月复查仍有问题未整改到位",
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="质安站")
    ws = b.sheet("巡查通报")
    b.widths(ws, [6, 30, 10, 26, 24, 38, 20, 12, 22, 30])
    b.line(ws, 0, "2024年第二季度在建工程质量安全监督巡查情况通报表", 9, b.title)
    b.line(
        ws,
        1,
        "巡查方式：“四不两直”    巡查时间：2024年4月至6月    填报单位：濮阳市建设工程质量安全监督站",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工程名称",
            "工程类别",
            "施工总承包单位",
            "监理单位",
            "巡查发现的主要问题",
            "处理措施",
            "通知书下发日期",
            "整改期限",
            "复查情况",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "8个项目")
    b.merge(ws, end, 2, end, 5, "", b.cell)
    b.put(ws, end, 6, "整改通知书4份，停工整改通知书2份，移交查处1个，划归D类1个")
    for c in (7, 8, 9):
        b.put(ws, end, c, "")
    b.line(ws, end + 1, "说明：整改期限自通知书下发之日起计算；停工整改的项目经复查合格后方可复工。", 9)
    b.line(ws, end + 2, "填表人：秦志刚    联系电话：0393-4418260    填报日期：2024年7月26日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 城区燃气管道违建占压专项隐患整改登记表, after a city's account of its 管道违建占压专项安全检查 (副市长带队，市住建委、
# 市燃气管理处、开发区安监局、天然气公司参加; 对发现的管道占压等安全隐患逐一整改，不能及时整改的与相关单位沟通
# 协商、限期整改，并作出专项隐患整改登记，由燃气管理处组织整改验收):
# http://2019555.cn/xinwenzixun/gongsidongtai/2023-04-17/139.html
# An .xls (xlwt): title, 填报单位/检查时间 line (the base date of 立行立改 and of a 7个工作日内), a two-row header with
# the 占压主体 (who built over the pipe, not the unit) beside the 整改责任单位 (short and former names, a school, a hotel),
# 整改情况 over 整改进展/验收意见 (the 燃气管理处's verdict), a 注 line and a signature line.
PIPE_ROWS = [
    (
        "胜利路与长庆路交叉口东北角",
        "沿街商户违建彩钢板房占压中压燃气管道约12米",
        "沿街商户（3户）",
        "华龙区胜利路街道办事处",
        "拆除违建彩钢板房",
        "2024年7月15日前",
        "正在拆除",
        "7月15日验收合格",
    ),
    (
        "濮水路开发区机电产业园",
        "厂区围墙圈占燃气调压箱，巡检人员无法进入",
        "濮阳华泰机电有限公司",
        "濮阳经济技术开发区管理委员会",
        "改建围墙，预留巡检通道",
        "8月底前",
        "围墙改建方案已确定，正在施工",
        "",
    ),
    (
        "京开大道金色家园小区北门",
        "小区门卫室建在低压庭院管上方",
        "小区物业服务企业",
        "市城管执法局",
        "拆除门卫室，庭院管迁改",
        "2024年9月30日",
        "已与物业企业协商一致，门卫室待拆除",
        "",
    ),
    (
        "任丘路农贸市场西侧",
        "摊贩在燃气阀井上方搭建摊棚、堆放杂物",
        "流动摊贩",
        "华龙区任丘路街道办事处",
        "清理摊棚和杂物",
        "立行立改",
        "检查当日清理完毕",
        "验收合格",
    ),
    (
        "大庆路西段绿化带",
        "燃气管道上方违规种植乔木，根系危及管道安全",
        "绿化养护单位",
        "市城管局",
        "移植乔木",
        "第三季度",
        "",
        "",
    ),
    (
        "黄河路加油站至长庆路段",
        "燃气管道警示标志桩缺失、被渣土埋压",
        "—",
        "市燃气公司",
        "补设标志桩",
        "2024年7月10日",
        "正在补设标志桩",
        "7月10日验收合格",
    ),
    (
        "中原路街道光明小区",
        "居民私建储藏室占压庭院燃气管道",
        "小区居民（5户）",
        "华龙区中原路街道办事处",
        "结合老旧小区改造拆除储藏室",
        "年底前",
        "尚未启动",
        "",
    ),
    (
        "开州路开州宾馆后院",
        "燃气引入管被后厨违建墙体封闭",
        "濮阳市开州宾馆有限公司",
        "濮阳市开州宾馆有限公司",
        "拆除封闭墙体",
        "7个工作日内",
        "已拆除封闭墙体，引入管恢复明设",
        "",
    ),
    (
        "华龙区第三实验小学东侧",
        "学校在庭院燃气管道上方搭建自行车棚",
        "华龙区第三实验小学",
        "华龙区第三实验小学",
        "拆除车棚，另行选址",
        "2024年8月20日前",
        "车棚拆除方案已报区教育局审批",
        "",
    ),
]


def write_pipes(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "城区燃气管道设施违建占压专项隐患整改登记表", t, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市城市管理局燃气管理处（盖章）    检查时间：2024年7月4日    填报时间：2024年7月29日",
            plain,
            1,
            9,
        ),
    ]
    words = ["序号", "隐患位置", "占压情形", "占压主体", "整改责任单位", "整改方式", "整改时限"]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 7, "整改情况", h, 2, 8),
        (3, 7, "整改进展", h),
        (3, 8, "验收意见", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(PIPE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (6, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(PIPE_ROWS)
    cells += [
        (
            r,
            0,
            "注：整改时限自检查之日起计算，“立行立改”的以检查当日为限；整改完成后由燃气管理处组织验收，"
            "验收合格的予以销号。",
            plain,
            r,
            9,
        ),
        (r + 1, 0, "负责人：马国栋    填表人：孔令娟    联系电话：0393-8916625", plain, r + 1, 9),
    ]
    return _write_xls(path, [("登记表", cells, [6, 22, 34, 18, 26, 22, 14, 28, 16, 8])])


# ---------------------------------------------------------------------------------------------
# 4. 保障性安居工程跟踪审计发现问题整改台账 (屡审屡犯问题), after a city 审计局's account of the 屡审屡犯 problems of its
# 保障性安居工程跟踪审计 (建设任务未完成; 地方配套不足、套取挪用、专项资金闲置; 不按规定程序征收补偿、未依法招投标;
# 保障性住房被违规改变用途、闲置; 违规扩大范围审批资格和待遇、违规享受住房保障待遇):
# https://sjj.yueyang.gov.cn/8723/content_1917305.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, as WPS 表格 names it): title, 填报单位/送达日期 line (the base
# of 立行立改), the items grouped under five 方面 rows merged across, a 是否屡审屡犯 column and a money column, the
# 责任科室（单位） naming the bureau's own 科室 for most rows and three other units for the rest, a 合计 row.
HOUSING_GROUPS = [
    (
        "一、保障性住房建设任务方面",
        [
            (
                "2023年棚户区改造新开工任务未完成，差额312套",
                "是",
                "",
                "住房保障科",
                "加快项目前期手续办理，督促开工",
                "2024年9月底前",
                "已开工186套，剩余126套正在办理施工许可",
            ),
        ],
    ),
    (
        "二、建设资金筹集使用方面",
        [
            (
                "市级配套资金未按承诺足额到位",
                "是",
                1260,
                "市财政局",
                "分年度安排配套资金",
                "年底前",
                "已拨付500万元",
            ),
            (
                "中央补助资金闲置超过1年未使用",
                "是",
                1850,
                "计划财务科",
                "按程序调整用于其他保障性安居工程项目",
                "2024年6月30日",
                "已按程序调整用途并拨付到项目，整改完成",
            ),
        ],
    ),
    (
        "三、建设管理方面",
        [
            (
                "龙湖片区棚改项目附属工程未依法招标",
                "否",
                386.5,
                "建筑市场监管科",
                "补办手续，追究相关人员责任",
                "2024年7月31日",
                "已约谈建设单位负责人，正在补办手续",
            ),
            (
                "部分被征收户补偿未履行评估程序",
                "是",
                "",
                "房屋征收科",
                "补充履行评估程序",
                "立行立改",
                "已完成补充评估，已整改",
            ),
            (
                "3宗保障性住房项目用地划拨手续不全",
                "否",
                "",
                "市国土局",
                "补办用地划拨手续",
                "2024年8月31日",
                "已补办2宗，剩余1宗正在办理",
            ),
        ],
    ),
    (
        "四、保障性住房管理使用方面",
        [
            (
                "36套公租房被违规改作办公用房",
                "是",
                "",
                "住房保障科",
                "收回房屋，按规定分配",
                "2024年8月31日",
                "已收回20套",
            ),
            (
                "华龙区安置小区218套保障房竣工后长期闲置",
                "否",
                "",
                "华龙区人民政府",
                "加快分配入住",
                "2024年7-10月分批分配",
                "",
            ),
        ],
    ),
    (
        "五、住房保障分配管理方面",
        [
            (
                "向不符合条件家庭发放租赁补贴，涉及47户",
                "是",
                23.6,
                "住房保障科",
                "停发并追回补贴",
                "2024年7月31日",
                "已停发，追回资金18.2万元，其余正在追缴",
            ),
            (
                "26户家庭在承租公租房期间购买商品房未退出",
                "是",
                "",
                "住房保障科",
                "建立部门信息比对机制，动态退出",
                "长期坚持",
                "已建立与不动产登记中心信息比对机制，长期坚持",
            ),
        ],
    ),
]


def write_housing_book(path: Path) -> Path:
    b = Book(path, author="住房保障科")
    ws = b.sheet("整改台账")
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.widths(ws, [6, 42, 10, 12, 16, 30, 18, 36])
    b.line(ws, 0, "保障性安居工程跟踪审计发现问题整改台账（屡审屡犯问题）", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局    审计整改通知送达日期：2024年5月20日    金额单位：万元",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "审计发现问题",
            "是否屡审屡犯",
            "涉及金额",
            "责任科室（单位）",
            "整改措施",
            "整改时限",
            "整改完成情况",
        ],
    )
    r, n, total = 3, 0, 0.0
    for title, rows in HOUSING_GROUPS:
        b.merge(ws, r, 0, r, 7, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            for c, v in enumerate(row, 1):
                b.put(ws, r, c, v, money if c == 3 and v != "" else (b.center if c == 2 else None))
            total += row[2] if row[2] != "" else 0
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, f"共{n}个问题")
    b.put(ws, r, 2, "")
    b.put(ws, r, 3, round(total, 2), money)
    for c in range(4, 8):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "注：“立行立改”问题以审计整改通知送达之日为整改时限。", 7)
    b.line(ws, r + 2, "单位负责人：谷振宇    填表人：田晓燕    联系电话：0393-8991253    2024年7月29日", 7)
    return b.close()


def write_housing(path: Path) -> Path:
    return via_soffice(write_housing_book, path, "xls", "保障性安居工程审计整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 公租房违规转租转借专项清理台账, after a district 住保中心's account of its 公租房违规转租、转让专项清理 (在辖区街道
# 和镇开展; 根据保障对象名单逐户上门核实; 查实违规的电话告知转租人退房，并上门张贴通知，责令限期退房; 查出违规转租
# 房屋31套，已全部通知近期退房):
# https://yybnet.net/neijiang/news/202011/11026908.html
# A CSV in GBK: a title line, the 填报单位 line (the centre is the unit of every row; the 所在街道 is only where the flat
# is), a line saying the 退房期限 counts from the notice's 送达 date, one header line, 退房期限 as N日内 / a date /
# 立即, the 处理结果 in words, a 合计 line.
RENTAL_ROWS = [
    (
        "昆吾街道",
        "濮上园公租房小区3-2-501",
        "张某某",
        "承租人将公租房整套转租他人，月租金800元",
        "入户核查",
        "2024-07-02",
        "送达之日起15日内",
        "已退房，房屋已收回",
        "任志强",
    ),
    (
        "胜利路街道",
        "安居苑1号院5-1-302",
        "李某某",
        "承租人长期在外地居住，房屋转借亲属使用",
        "入户核查",
        "2024-07-03",
        "送达之日起15日内",
        "已退房收回",
        "任志强",
    ),
    (
        "人民路街道",
        "幸福家园公租房2-3-102",
        "王某",
        "公租房改作小卖部对外经营",
        "群众举报、现场核查",
        "2024-07-05",
        "立即停止经营",
        "已停止经营，恢复居住用途",
        "邵红霞",
    ),
    (
        "中原路街道",
        "濮上园公租房小区7-2-602",
        "赵某某",
        "整套转租他人，承租人已另购商品房",
        "不动产信息比对、入户核查",
        "2024-07-08",
        "送达之日起30日内",
        "已通知本人，承诺8月初退房",
        "邵红霞",
    ),
    (
        "黄河路街道",
        "安居苑2号院1-1-201",
        "刘某",
        "转租他人开设家庭作坊",
        "入户核查",
        "2024-07-10",
        "2024年7月25日前",
        "承租人拒不退房，已向区法院申请强制执行",
        "任志强",
    ),
    (
        "大庆路街道",
        "幸福家园公租房4-2-401",
        "孙某某",
        "承租人去世后其亲属继续占用，未办理退出",
        "公安户籍信息比对",
        "2024-07-12",
        "送达之日起15日内",
        "",
        "曹丽",
    ),
    (
        "京开道街道",
        "濮上园公租房小区9-1-101",
        "周某",
        "转租他人，拖欠租金1.2万元",
        "入户核查",
        "2024-07-15",
        "送达之日起30日内",
        "未联系上承租人，已上门张贴限期退房通知",
        "曹丽",
    ),
    (
        "孟轲乡",
        "孟轲乡公租房1-101",
        "吴某",
        "房屋长期空置超过6个月",
        "入户核查、水电用量比对",
        "2024-07-16",
        "送达之日起15日内",
        "已退房",
        "邵红霞",
    ),
]


def write_rentals(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区公租房违规转租转借专项清理台账"])
    w.writerow(["填报单位：华龙区住房保障中心    填报日期：2024年7月30日"])
    w.writerow(["退房期限自《限期退房通知书》送达之日起计算"])
    w.writerow(
        [
            "序号",
            "所在街道（乡）",
            "小区及房号",
            "承租人",
            "违规情形",
            "核实方式",
            "通知送达日期",
            "退房期限",
            "处理结果",
            "跟踪责任人",
        ]
    )
    for i, row in enumerate(RENTAL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "查实违规8套", "", "", "", "", "", "已收回3套", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 老旧小区改造项目专项审计调查整改情况报告, after a district 退役军人事务局's report on the 专项审计调查 of the 军休
# 老旧小区改造项目 it carried out (收到审计局送达的《专项审计调查报告》; 一、总体情况; 二、整改情况, each problem as
# （一）… with 1、处理意见 2、整改类型：立行立改 3、整改情况 4、整改状态：已完成整改):
# http://www.kmxs.gov.cn/c/2025-09-29/7058864.shtml
# A .docx: title, 主送, preamble with the date the report was served (the base of 立行立改), the items as numbered
# blocks of paragraphs with the four numbered lines (a schedule in the 整改类型 line for the 分阶段 ones), the bureau's
# own 科室 and 军休所 named inside the sentences, a closing paragraph, the bureau and date at the foot.
AUDIT_BLOCKS = [
    (
        "（一）多计工程价款。审计抽查发现2021年军休所老旧小区改造项目，因工程量计算错误、单价偏离市场价等多计工程价款38.62万元。",
        "责令建设单位认真核实，依法据实结算。",
        "立行立改。",
        "规划财务科已与施工单位对接，施工单位同意审计结果，按审计确定的金额办理结算。",
        "已完成整改。",
    ),
    (
        "（二）未在竣工验收后3个月内编制竣工决算报告。2023年军休所老旧小区改造项目2023年10月完成竣工验收，至审计时仍未编制竣工决算。",
        "加强项目管理，尽快完成竣工决算报告编制。",
        "立行立改。",
        "规划财务科已委托中介机构编制竣工决算报告，目前正在审核。",
        "正在整改。",
    ),
    (
        "（三）部分改造内容未按设计施工，2号楼屋面防水层厚度未达到设计要求。",
        "责令施工单位返工，监理单位加强旁站监督。",
        "分阶段整改，7月底前完成返工方案，9月30日前全部完成返工。",
        "返工方案已经军休服务管理科审定，施工单位已进场。",
        "整改中。",
    ),
    (
        "（四）改造后小区未引入物业管理，新增公共设施无人维护。",
        "建立改造后长效管理机制。",
        "分阶段整改，年底前完成物业服务企业选聘。",
        "尚未启动。",
        "未整改。",
    ),
    (
        "（五）项目资料未及时立卷归档，部分隐蔽工程验收记录缺失。",
        "规范项目档案管理。",
        "立行立改。",
        "军休服务管理科已完成项目资料整理和立卷归档，补齐隐蔽工程验收影像资料。",
        "已完成整改。",
    ),
    (
        "（六）改造资金共担机制未落实，应由居民出资的部分未收取。",
        "按照“谁受益、谁出资”原则落实居民出资。",
        "持续整改。",
        "已召开居民议事会2次，逐户做好政策解释，长期坚持。",
        "持续推进。",
    ),
    (
        "（七）加装电梯补助资金拨付不及时，3部电梯补助资金滞后拨付超过6个月。",
        "及时拨付补助资金。",
        "限期整改，2024年6月30日前拨付到位。",
        "6月21日已全部拨付到位。",
        "已完成整改。",
    ),
]


def write_audit(path: Path) -> Path:
    doc = _new_document("规划财务科")
    _title(doc, "濮阳市退役军人事务局关于军休所老旧小区改造项目专项审计调查的整改情况报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年5月28日，我局收到市审计局送达的军休所老旧小区改造项目《专项审计调查报告》（濮审调报〔2024〕3号），"
        "针对审计查出问题制定整改方案，积极落实整改责任，现将整改情况报告如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "本次专项审计调查涉及我局实施的2021年度和2023年度军休所老旧小区改造项目，我局涉及整改问题共计7个，"
        "截至2024年7月26日，已完成整改3个，其余问题正在按计划推进。",
    )
    _paragraph(doc, "二、整改情况", font="黑体")
    for head, opinion, kind, progress, state in AUDIT_BLOCKS:
        _paragraph(doc, head)
        _paragraph(doc, f"1、处理意见：{opinion}")
        _paragraph(doc, f"2、整改类型：{kind}")
        _paragraph(doc, f"3、整改情况：{progress}")
        _paragraph(doc, f"4、整改状态：{state}")
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "我局将对未完成整改的问题实行清单管理，逐项跟踪，确保按期整改到位。")
    _paragraph(doc, "濮阳市退役军人事务局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 听友反映物业问题办理回复汇总, after a city radio's 听友反映 page (听友反映: an owner's account of a fire from 私拉线板
# 给电瓶车充电, 物业视而不见, 消防通道大门紧锁; 屯光镇回复: 情况属实, 要求物业公司举一反三, 一是发放致居民一封信, 二是
# 联系充电桩公司安装充电桩, 三是镇物管站、执法队、安监办不定期整治):
# http://www.hsnewsnet.com/web/news/city/content_9876.shtml
# A .doc (Word 97 via LibreOffice): title, the 栏目组 and date, then one card per complaint — a 【n】 line with the
# 交办时间 (an event, never the deadline), the 听友反映 paragraph and the 回复 paragraph that names the handling unit
# (a street, a bureau by its former name, a county bureau, the water company, a town); deadlines only inside replies.
HOTLINE_CARDS = [
    (
        "2024年7月2日",
        "我是龙湖湾小区29号楼业主，6月30日晚29号楼发生火情，是高层业主私拉线板给电动车充电导致。"
        "这种现象不是一天两天了，物业视而不见；当时小区消防车进不来，消防通道大门是锁着的。希望有关部门督促物业尽快整改。",
        "华龙区胜利路街道办事处回复：该居民反映情况属实，街道已要求物业公司举一反三，加大整改力度。"
        "一是物业公司立即发放致居民一封信，加强安全教育；二是联系充电桩企业在小区安装集中充电桩，计划8月底前完成；"
        "三是街道物管站、综合执法队不定期对私拉电线充电进行整治。目前消防通道大门已改为常开。",
    ),
    (
        "2024年7月4日",
        "开州花园小区物业收取停车费、广告费多年，从来不公示公共收益，业主问了也不答复。",
        "市房管局回复：经调查，该小区物业服务企业确未按规定公示公共收益。我局已责令其于7月20日前公示2023年度"
        "公共收益收支情况，经7月22日核查，已在小区公告栏公示，整改到位。",
    ),
    (
        "2024年7月8日",
        "清丰县阳光城小区3号楼电梯经常停运，上个月困人两次，物业说没钱修。",
        "清丰县住房和城乡建设局回复：已督促物业服务企业联系维保单位更换电梯主板，电梯已恢复运行，"
        "并经特种设备检验机构检验合格。",
    ),
    (
        "2024年7月10日",
        "昆吾花园小区二次供水水箱长期未清洗，自来水有异味，物业推说归自来水公司管。",
        "市自来水公司回复：该小区二次供水设施已移交我公司统一管理。我公司于7月15日对水箱进行了清洗消毒，"
        "水质检测合格，今后每半年清洗一次。",
    ),
    (
        "2024年7月12日",
        "南乐县城关镇金都花园业主委员会任期已满一年多，换届选举迟迟不启动，物业合同到期也没人管。",
        "南乐县城关镇人民政府回复：已指导社区成立业主委员会换届工作小组，正在进行业主信息核对，"
        "计划第三季度完成换届选举。",
    ),
    (
        "2024年7月16日",
        "中原路上的光明小区原物业撤场后无人管理，垃圾堆了半个月没人清，楼道灯也不亮。",
        "华龙区中原路街道办事处回复：原物业服务企业合同到期撤场后，街道已安排社区临时托管，垃圾已清运，"
        "楼道灯正在维修；同时指导业主通过公开招标选聘新物业服务企业。",
    ),
]


def write_hotline_docx(path: Path) -> Path:
    doc = _new_document("民生热线栏目组")
    _title(doc, "《民生热线》听友反映物业服务问题办理回复汇总（2024年第7期）", 18)
    _paragraph(
        doc, "濮阳市广播电视台《民生热线》栏目组    2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    for n, (day, said, reply) in enumerate(HOTLINE_CARDS, 1):
        _paragraph(doc, f"【{n}】交办时间：{day}", 12, font="黑体")
        _paragraph(doc, f"听友反映：{said}", 12)
        _paragraph(doc, reply, 12)
    _paragraph(doc, "（本期汇总报送市政府督查局、市住房和城乡建设局）", 12)
    return _save_fixed(doc, path)


def write_hotline(path: Path) -> Path:
    return via_soffice(write_hotline_docx, path, "doc", "听友反映物业服务问题办理回复汇总.docx")


# ---------------------------------------------------------------------------------------------
# 8. 建设工程安全生产大检查暨第二季度安全生产检查通报, after a city 城建委's 通报 (各区建设局，各建设、施工、监理单位;
# 在企业自查和各区检查的基础上, 委领导带队的7个督查组, 邀请起重机械方面的专家; 检查在建工程76项，查出问题和隐患
# 158处; 对区建设局下达执法建议书15份，责成区建管站（安全站）下达限期整改):
# http://www.1980w.cn/list/107.html?page=30
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it), landscape: title, 主送, preamble, 一、基本情况, the table of
# findings with the 施工单位 (the unit) beside the county 督办单位 (the overseer, never the unit), 整改期限 without a
# year (the year is the title's), an 整改完成时间 column beside 整改落实情况, 三、工作要求 naming a report date (not a
# deadline of any item), the bureau and date at the foot.
SITE_ROWS = [
    (
        "濮阳县",
        "濮阳县城南新区安置房项目",
        "濮阳县宏基建筑工程有限公司",
        "塔吊电缆未固定，吊钩防脱保险装置缺失，无交接班记录",
        "限期整改",
        "濮阳县住建局",
        "7月5日前",
        "7月4日",
        "已整改，经县安全站复查合格",
    ),
    (
        "清丰县",
        "清丰县人民医院病房楼",
        "河南华鼎建设有限公司",
        "高支模支撑体系构造不符合规范，扣件缺失",
        "停工整改",
        "清丰县住建局",
        "停工整改，复查合格后复工",
        "",
        "停工整改中",
    ),
    (
        "南乐县",
        "南乐县第一高级中学宿舍楼",
        "南乐县华庆建筑有限公司",
        "临时用电未做到“三级配电、两级保护”，配电箱无门无锁",
        "限期整改",
        "南乐县住建局",
        "7月10日前",
        "",
        "",
    ),
    (
        "范县",
        "范县文化艺术中心",
        "濮阳市第五建筑工程有限公司",
        "脚手架专项施工方案未经审批，剪刀撑搭接不连续",
        "下达执法建议书",
        "范县住建局",
        "7月15日前",
        "",
        "县住建局已立案处罚，施工单位正在整改",
    ),
    (
        "台前县",
        "台前县滨河花园二期",
        "台前县建安工程有限公司",
        "悬挑脚手架型钢未按标准固定",
        "限期整改",
        "台前县住建局",
        "7月5日前",
        "7月3日",
        "已完成整改",
    ),
    (
        "华龙区",
        "华龙区岳村镇棚户区改造项目",
        "濮阳市华龙建筑工程有限公司",
        "项目经理长期脱岗，专职安全员无证上岗",
        "下达执法建议书",
        "华龙区住建局",
        "7月底前",
        "",
        "未整改",
    ),
    (
        "开发区",
        "濮阳经开区智能装备产业园一期",
        "中鑫建设集团有限公司",
        "基坑周边临边防护缺失，堆土距坑边不足1米",
        "限期整改",
        "开发区建设局",
        "7月8日前",
        "7月6日",
        "",
    ),
]


def write_sites_docx(path: Path) -> Path:
    doc = _new_document("质安科", landscape=True)
    _title(
        doc, "濮阳市住房和城乡建设局关于2024年全市建设工程安全生产大检查暨第二季度安全生产督查情况的通报", 18
    )
    _paragraph(doc, "各县（区）住房和城乡建设局，开发区、示范区建设局，各建设、施工、监理单位：", 14)
    _paragraph(
        doc,
        "按照《全市建设工程安全生产大检查实施方案》的工作安排，在企业自查和各县（区）检查的基础上，"
        "我局根据季度检查制度的规定，对全市建设工程安全生产情况进行了督查。现将有关情况通报如下：",
        14,
    )
    _paragraph(doc, "一、基本情况", 14, font="黑体")
    _paragraph(
        doc,
        "6月25日至27日，我局成立由局领导带队的7个督查组，并邀请起重机械方面的专家，对施工现场安全管理及起重机械"
        "情况，以及各县（区）实施安全监督管理情况进行了督查。此次共检查在建工程项目76项，查出各类问题和隐患158处，"
        "对县（区）住建局下达执法建议书2份，责成各县（区）安全监督站下达限期整改通知。",
        14,
    )
    _paragraph(doc, "二、督查发现的主要问题及整改落实情况", 14, font="黑体")
    body = [[str(i), *row] for i, row in enumerate(SITE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "县（区）",
            "工程名称",
            "施工单位",
            "存在问题及隐患",
            "处理意见",
            "督办单位",
            "整改期限",
            "整改完成时间",
            "整改落实情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "三、工作要求", 14, font="黑体")
    _paragraph(
        doc,
        "各县（区）住建局要督促施工企业对照问题清单逐项整改，对整改不到位的依法从严处罚，"
        "并于8月5日前将整改落实情况报市住建局质量安全科。",
        14,
    )
    _paragraph(doc, "濮阳市住房和城乡建设局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月28日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_sites(path: Path) -> Path:
    return via_soffice(write_sites_docx, path, "doc", "建设工程安全生产大检查通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 老旧小区改造项目例行检查问题整改台账, after a county 住建局's account of its 老旧小区改造办公室's 例行检查 of 15
# 改造项目 (向施工单位和监理单位提出要求: 施工程序符合规范; 安全防护, 高空作业、特种作业、临时用电自检后报监理验收;
# 施工垃圾及时清运或覆盖; 文明施工，避免影响居民生活; 倒排工期，确保按期完成):
# http://www.zhouzhi.gov.cn/xxgk/fdzdgknr/zdjsxm/sgxx/641b9df1f8fd1c163f6e7bde.html
# An .xlsx: title, 填报单位/检查日期 line, a two-row header with 是否完成整改 over 是 | 否 tick columns, the 施工单位 and
# 监理单位 of each 小区 beside an explicit 整改责任单位 (a builder, a supervisor, a gas company, the town), deadlines as
# 立即整改 (the check date), dates, 月底前 and a schedule, a 备注 column that tells progress, a 注 line and signatures.
OLD_ESTATE_ROWS = [
    (
        "城关镇育才路小区",
        "清丰县恒泰建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "外墙保温施工未搭设防护棚，高空作业人员未系安全带",
        "清丰县恒泰建筑工程有限公司",
        "立即整改",
        TICK,
        "",
        "",
    ),
    (
        "文化路供销社家属院",
        "清丰县恒泰建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "临时用电未经监理验收即投入使用",
        "濮阳市建设监理有限公司",
        "2024年7月12日",
        TICK,
        "",
        "已补办验收手续",
    ),
    (
        "县医院家属院",
        "清丰县恒泰建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "施工垃圾未及时清运，堆放未覆盖",
        "清丰县恒泰建筑工程有限公司",
        "2024年7月10日",
        "",
        TICK,
        "已清运约一半，剩余正在清运",
    ),
    (
        "棉纺厂家属院",
        "清丰县宏业市政工程有限公司",
        "河南正衡工程管理有限公司",
        "雨污管网开挖后未及时回填，影响居民出行",
        "清丰县宏业市政工程有限公司",
        "2024年7月15日",
        "",
        TICK,
        "",
    ),
    (
        "粮食局家属院",
        "濮阳市安达建设工程有限公司",
        "河南正衡工程管理有限公司",
        "工期滞后，形象进度仅完成计划的40%",
        "濮阳市安达建设工程有限公司",
        "倒排工期，8月底前完成主体改造，9月底前全部完工",
        "",
        "",
        "已增加施工人员30人，实行两班倒",
    ),
    (
        "县委党校家属院",
        "濮阳市安达建设工程有限公司",
        "河南正衡工程管理有限公司",
        "燃气立管改造与外墙施工交叉作业，未制定安全防护措施",
        "清丰县中燃城市燃气发展有限公司",
        "2024年7月20日",
        TICK,
        "",
        "",
    ),
    (
        "城关镇育才路小区",
        "清丰县恒泰建筑工程有限公司",
        "濮阳市建设监理有限公司",
        "改造内容公示不到位，居民对改造方案知晓率低",
        "清丰县城关镇人民政府",
        "7月底前",
        "",
        "",
        "",
    ),
]


def write_old_estates(path: Path) -> Path:
    b = Book(path, author="老旧小区改造办公室")
    ws = b.sheet("检查问题整改台账")
    b.widths(ws, [6, 18, 24, 22, 38, 26, 20, 6, 6, 28])
    b.line(ws, 0, "清丰县2024年老旧小区改造项目例行检查问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县住房和城乡建设局（老旧小区改造办公室）    检查日期：2024年7月8日    填报日期：2024年7月29日",
        9,
    )
    words = ["序号", "小区名称", "施工单位", "监理单位", "检查发现问题", "整改责任单位", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(OLD_ESTATE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (7, 8) else None)
    end = 4 + len(OLD_ESTATE_ROWS)
    b.line(ws, end, "注：在“是否完成整改”栏对应处打“√”；“立即整改”的以检查当日为限。", 9)
    b.line(ws, end + 1, "检查人员：韩卫东、苗青    填表人：苗青    联系电话：0393-7222516", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 餐饮场所燃气安全检查隐患整改台账 (two returns in one zip), after a county newspaper's account of a town's 餐饮行业
# 燃气安全和消防安全检查 (燃气泄漏报警装置可否正常使用、液化石油气瓶是否合格、厨房是否存在火源混用、是否更换为
# 波纹管; 部分场所未使用波纹管、消防器材配备不足; 当场提出整改意见，要求立即落实整改，对限期整改的隐患跟踪复查):
# https://news.shaoyangnews.net/c/202404/17/1483969.html
# A .zip holding an .xlsx from one town (the 场所 is the 责任主体, 整改方式 立即整改 / 限期整改 beside the 整改期限, a
# 跟踪复查情况 column) and a .docx table from another town (检查时间 as the base of 限N日内整改, 复查时间 and 复查结果).
WENLIU_ROWS = [
    (
        "文留镇老味道饭店",
        "杨某某",
        date(2024, 7, 11),
        "厨房未安装燃气泄漏报警装置",
        "限期整改",
        "2024年7月20日",
        "7月19日复查，已安装报警器",
    ),
    (
        "文留镇鑫源农家院",
        "郭某",
        date(2024, 7, 11),
        "液化石油气瓶超期未检，无合格标识",
        "立即整改",
        "立即",
        "当场更换为合格气瓶",
    ),
    (
        "文留镇兴旺快餐店",
        "马某某",
        date(2024, 7, 11),
        "燃气灶连接管使用普通橡胶软管，未更换为金属波纹管",
        "限期整改",
        "2024年7月25日",
        "已购买金属波纹管，待燃气公司上门安装",
    ),
    (
        "文留镇好再来酒家",
        "朱某",
        date(2024, 7, 12),
        "厨房液化气灶与柴火灶混用，灭火器配备不足",
        "限期整改",
        "2024年7月18日",
        "7月18日复查未整改，已再次下达整改通知",
    ),
    (
        "文留镇王家包子铺",
        "王某某",
        date(2024, 7, 12),
        "液化石油气瓶存放在就餐区",
        "立即整改",
        "立即",
        "已将气瓶移至独立气瓶间",
    ),
]
XIANZHUANG_ROWS = [
    ("2024年7月15日", "仙庄镇张记烩面馆", "燃气泄漏报警装置未通电", "立即整改", "7月15日", "已当场接通电源"),
    ("2024年7月15日", "仙庄镇福满楼饭庄", "使用无熄火保护装置的燃气灶具", "限5日内整改", "", ""),
    (
        "2024年7月16日",
        "仙庄镇老街羊肉汤馆",
        "消防器材配备不足，灭火器压力不足",
        "限3日内整改",
        "7月19日",
        "已补配灭火器2具",
    ),
    (
        "2024年7月16日",
        "仙庄镇惠民超市熟食区",
        "熟食加工间液化气瓶无防倾倒措施",
        "限7日内整改",
        "7月23日",
        "未整改",
    ),
]


def write_wenliu_book(path: Path) -> Path:
    b = Book(path, author="文留镇应急办")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 22, 10, 12, 38, 12, 16, 34])
    b.line(ws, 0, "文留镇餐饮场所燃气安全检查隐患整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县文留镇人民政府（应急管理办公室）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称（责任主体）",
            "负责人",
            "检查日期",
            "隐患问题",
            "整改方式",
            "整改期限",
            "跟踪复查情况",
        ],
    )
    for i, row in enumerate(WENLIU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WENLIU_ROWS)
    b.line(ws, end, "说明：“立即整改”的隐患以检查当日为整改期限。", 7)
    b.line(ws, end + 1, "填表人：冯晓雨    联系电话：0393-3511027", 7)
    return b.close()


def write_xianzhuang_docx(path: Path) -> Path:
    doc = _new_document("仙庄镇安监站")
    _title(doc, "仙庄镇餐饮场所燃气安全隐患排查整改情况表", 18)
    _paragraph(doc, "填报单位：清丰县仙庄镇人民政府    填报日期：2024年7月29日", 12)
    _paragraph(doc, "限期整改的期限自检查之日起计算，立即整改的以检查当日为限。", 12)
    body = [[str(i), *row] for i, row in enumerate(XIANZHUANG_ROWS, 1)]
    _table(doc, ["序号", "检查时间", "经营户", "存在隐患", "整改要求", "复查时间", "复查结果"], body)
    _paragraph(doc, "填表人：吕娜    审核人：郑国强    联系电话：0393-7351208", 12)
    return _save_fixed(doc, path)


def write_gas_zip(path: Path) -> Path:
    members = [
        ("文留镇餐饮场所燃气安全检查隐患整改台账.xlsx", write_wenliu_book),
        ("仙庄镇餐饮场所燃气安全隐患排查整改情况表.docx", write_xianzhuang_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("物业小区防汛消防安全和电动自行车停放专项检查问题整改汇总表.xlsx", write_estates),
    ("2024年第二季度在建工程质量安全监督巡查情况通报表.xlsx", write_patrol),
    ("城区燃气管道设施违建占压专项隐患整改登记表.xls", write_pipes),
    ("保障性安居工程跟踪审计发现问题整改台账（屡审屡犯问题）.et", write_housing),
    ("华龙区公租房违规转租转借专项清理台账.csv", write_rentals),
    ("市退役军人事务局军休所老旧小区改造项目专项审计调查整改情况报告.docx", write_audit),
    ("《民生热线》听友反映物业服务问题办理回复汇总（第7期）.doc", write_hotline),
    ("全市建设工程安全生产大检查暨第二季度安全生产督查情况通报.wps", write_sites),
    ("清丰县老旧小区改造项目例行检查问题整改台账.xlsx", write_old_estates),
    ("餐饮场所燃气安全检查隐患整改台账（文留镇、仙庄镇）.zip", write_gas_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

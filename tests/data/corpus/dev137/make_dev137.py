"""Write the dev137 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 教育督导, 人社欠薪, 卫生健康, 消防, 市场监管, 文旅, 住建城管 (物业), 交通运输, 农业农村, 水利河湖 (小型水库).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, ticks under 当场整改/限期改正), a CSV in UTF-8 with BOM,
a .docx whose items are numbered paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and
a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside126.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) for the
.et and .wps returns. Every date inside the files and every zip member time is fixed, so two runs write the same bytes.
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
        elif isinstance(v, date):
            ws.merge_range(r1, c1, r2, c2, None, self.day)
            self.put(ws, r1, c1, v, self.day)
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
# 1. 幼儿园办园行为督导评估反馈问题整改报告, after a district's account of its 幼儿园办园行为督导评估 (区教育督导室、
# 区教育局组成督导评估组; 园所自评、督评、复评; 督导室下发督评意见书, 幼儿园上交整改报告, 针对问题及时整改; 未通过的
# 下达整改通知书): http://www.nanfen.gov.cn/gzdt/zwyw/content_398617
# A .docx: the kindergarten's 整改报告 to the county 教育督导室: title, 主送, preamble naming the 督评意见书, a section
# heading, then one numbered paragraph per problem (督评反馈 / 整改措施 / 责任部门 / 整改时限 / progress in sentences),
# a closing section, the kindergarten and the date at the foot.
KINDER_PARAS = [
    (
        "1.关于班额超标问题。督评反馈：部分班级班额偏大，中班3个班额均超过35人，生均活动室面积不足。整改措施：严格按照"
        "规定班额组织秋季招生，将中班调整为4个班。责任部门：园办公室。整改时限：2024年8月31日前。目前已完成秋季招生"
        "计划调整，第4个中班活动室正在改造。"
    ),
    (
        "2.关于保教人员配备不足问题。督评反馈：专任教师与幼儿比例低于规定标准，部分班级未做到“两教一保”。整改措施："
        "向县教育局申请补充专任教师，自主聘用合格保育员。责任部门：园办公室。整改时限：9月底前配齐。目前已聘用保育员"
        "2名，专任教师待县里统一招聘分配。"
    ),
    (
        "3.关于户外场地安全问题。督评反馈：户外活动场地塑胶地面破损多处，存在幼儿绊倒隐患。整改措施：由后勤处利用暑期"
        "更换破损塑胶地面。责任部门：后勤处。整改时限：2024年7月20日。已于7月18日更换完毕，经园务会验收合格。"
    ),
    (
        "4.关于“小学化”倾向问题。督评反馈：个别班级存在提前教授拼音和算术的现象，游戏活动时间不足。整改措施：由保教处"
        "全面排查各班一日活动安排，杜绝“小学化”内容，每月开展一次游戏化教学观摩研讨。责任部门：保教处。此项工作长期坚持。"
    ),
    (
        "5.关于食品安全管理问题。督评反馈：幼儿食堂留样记录不全，部分餐次食品留样不足125克。整改措施：配备专用留样"
        "冰箱和电子秤，落实专人留样、双人签字。责任部门：后勤处。整改时限：2024年7月10日。该问题已整改到位。"
    ),
    (
        "6.关于安全技防问题。督评反馈：园区视频监控未实现全覆盖，午睡室无监控。整改措施：在各班午睡室及园区东侧通道"
        "增设监控探头12个，接入园区监控平台。责任部门：安全办。整改时限：2024年8月底前。"
    ),
    (
        "7.关于档案管理问题。督评反馈：保教工作档案和幼儿成长档案不完整，部分班级缺少观察记录。整改措施：统一档案"
        "模板，逐班补齐观察记录。责任部门：保教处。整改时限：7月15日前。因教师暑期轮休，该项工作尚未开始。"
    ),
]


def write_kinder(path: Path) -> Path:
    doc = _new_document("城关镇中心幼儿园")
    _title(doc, "濮阳县城关镇中心幼儿园关于办园行为督导评估反馈问题的整改报告")
    _paragraph(doc, "县人民政府教育督导室：")
    _paragraph(
        doc,
        "2024年6月18日至19日，县督导评估组对我园办园行为进行了督导评估，并下发了督评意见书，指出了我园在办园条件、"
        "队伍建设、保育教育、安全卫生等方面存在的7个问题。我园高度重视，召开园务会逐条研究，制定了整改方案，明确了"
        "责任部门和整改时限。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、督评意见书反馈问题整改情况", font="黑体")
    for text in KINDER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我园将以此次督导评估为契机，对尚未完成的整改任务挂图作战，按期完成后及时向县人民政府教育督导室申请复评，"
        "进一步规范办园行为，提升保育教育质量。",
    )
    _paragraph(doc, "濮阳县城关镇中心幼儿园", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 建筑领域农民工工资支付情况专项检查, after a city's account of a joint check by its 住建局、人社局、信访局 (检查
# 建设资金是否到位、是否按合同支付工程款、是否缴纳劳务工资保证金、是否层层转包、是否与农民工签订劳动合同、工资是否
# 足额发放到农民工手中、外地施工企业进驻备案; 下达督办通知, 责令制定整改方案, 在规定时间内足额支付, 处理结果报送
# 市清欠办): http://old.gxcic.net/HTMLFile/2014-11/shownews_178083.html
# An .xlsx: title, a line naming the joint 检查组 and the 督办通知 date the relative 整改期限 count from, a two-row
# header (涉欠情况 over 人数 and 金额) with 建设单位 and 施工总承包单位 beside the 整改责任单位, a 合计 row summing the
# arrears, a 填表人 line.
WAGE_ROWS = [
    (
        "龙湖花园三期住宅项目",
        "濮阳市龙湖置业有限公司",
        "河南华创建设工程有限公司",
        "未按规定存储农民工工资保证金",
        None,
        None,
        "河南华创建设工程有限公司",
        "15日内",
        "已补存工资保证金50万元，整改完成",
    ),
    (
        "市第五中学综合楼项目",
        "市教育局",
        "濮阳市宏远建筑安装有限公司",
        "建设单位未按月拨付人工费用，拖欠工程进度款",
        46,
        83.6,
        "市教育局",
        "2024年7月31日",
        "已拨付人工费用60万元，剩余部分正在办理财政支付手续",
    ),
    (
        "开州路雨污分流改造工程",
        "市城管局",
        "濮阳市通达市政工程有限公司",
        "劳务作业分包给无资质个人（包工头），存在违法分包",
        None,
        None,
        "濮阳市通达市政工程有限公司",
        "10个工作日内",
        "已解除分包合同，由总包单位直接招用并实名登记，已整改到位",
    ),
    (
        "濮阳县人民医院门诊楼项目",
        "濮阳县人民医院",
        "河南昌盛建设集团有限公司",
        "未与农民工签订劳动合同，实名制考勤记录缺失",
        None,
        None,
        "河南昌盛建设集团有限公司",
        "2024.7.20",
        "未整改",
    ),
    (
        "华龙区老旧小区改造二期工程",
        "华龙区住房和城乡建设局",
        "濮阳市安居建设有限公司",
        "拖欠32名农民工4至6月工资",
        32,
        41.2,
        "濮阳市安居建设有限公司",
        "15日内",
        "已足额支付，农民工签字确认",
    ),
    (
        "产业集聚区标准化厂房项目",
        "濮阳经济技术开发区管理委员会",
        "河南鼎泰建工有限公司",
        "工资未通过农民工工资专用账户代发，由班组长现金发放",
        None,
        None,
        "河南鼎泰建工有限公司",
        "8月15日前",
        "",
    ),
    (
        "绿城御园商住项目",
        "濮阳绿城房地产开发有限公司",
        "浙江瑞信建设有限公司",
        "外地施工企业未办理进濮备案，工地未设置维权信息告示牌",
        None,
        None,
        "浙江瑞信建设有限公司",
        "2024.7.15",
        "已办理进濮备案，维权信息告示牌已设置到位",
    ),
    (
        "城乡供水一体化管网工程",
        "市水务局",
        "濮阳市水建工程有限公司",
        "工程竣工验收后未及时结算，拖欠施工企业工程款导致欠薪隐患",
        27,
        36.5,
        "市水务局",
        "9月底前",
        "已完成结算审计，正在筹措资金",
    ),
    (
        "柳屯镇农村道路提升工程",
        "濮阳县交通运输局",
        "濮阳县顺通路桥有限公司",
        "项目未配备劳资专管员，工资支付月度台账不全",
        None,
        None,
        "濮阳县顺通路桥有限公司",
        "立行立改",
        "已配备劳资专管员，补齐台账",
    ),
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="劳动保障监察支队")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 24, 24, 34, 8, 10, 24, 12, 30])
    b.line(ws, 0, "建筑领域农民工工资支付情况专项检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：市人力资源和社会保障局、市住房和城乡建设局、市信访局联合检查组    督办通知下达日期：2024年7月8日"
        "（整改期限自督办通知下达之日起计算）    整改结果报市根治欠薪办",
        9,
    )
    for c, word in enumerate(["序号", "项目名称", "建设单位", "施工总承包单位", "检查发现问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "涉欠情况", b.head)
    b.header(ws, 3, ["人数", "金额（万元）"], first=5)
    for c, word in enumerate(["整改责任单位", "整改期限", "整改落实情况"], start=7):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(WAGE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:4]), first=1)
        b.put(ws, r, 5, row[4], b.center)
        b.put(ws, r, 6, row[5], b.center)
        b.row(ws, r, list(row[6:]), first=7)
    end = 4 + len(WAGE_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, sum(r[4] or 0 for r in WAGE_ROWS), b.center)
    b.put(ws, end, 6, round(sum(r[5] or 0 for r in WAGE_ROWS), 1), b.center)
    b.merge(ws, end, 7, end, 9, "检查在建项目20个，发现问题9个，下达督办通知9份")
    b.line(
        ws,
        end + 2,
        "填表人：吕佳宁    审核人：范文斌    联系电话：0393-8113620    填报日期：2024年7月30日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 传染病防治监督检查, after a county's published result of its 传染病防治工作监督检查 (监督员和协管员联合检查
# 被抽检医疗机构; 针对传染病防控不符合法律法规要求等问题现场下达意见书、提出限时整改意见; 立案查处; 具体参考监督抽查
# 汇总表): http://www.jxxf.gov.cn/xfxxxgk/ybjg/202112/987fbe17c2de4324ba82135b90c86a01.shtml
# A .zip of two returns the 市卫健委 sent together: the 监督抽查结果汇总表 (.xlsx: 填报单位 line stating that the
# 整改期限 count from the 检查日期 of each row, 限N日 / 当场整改 / a date, 处理措施 beside it, a 合计 row) and the
# 委's own 整改落实情况 (.docx: a table whose rows name only the 委's 科室, the 委 named by its short name in the title).
EPID_ROWS = [
    (
        "濮阳市安康医院",
        date(2024, 7, 2),
        "预检分诊点未设置在门诊入口醒目位置，未配备体温检测设备",
        "下达卫生监督意见书",
        "限7日",
        "已整改，复查合格",
    ),
    (
        "清丰县马庄桥镇卫生院",
        date(2024, 7, 3),
        "医疗废物暂存时间超过48小时，暂存处未设置警示标识",
        "下达卫生监督意见书",
        "限10日",
        "正在整改，已设置警示标识",
    ),
    (
        "南乐县福堪镇卫生院",
        date(2024, 7, 3),
        "传染病疫情报告登记不全，漏报手足口病1例",
        "立案查处",
        "限15日",
        "已罚款2000元，已补报并整改到位",
    ),
    (
        "范县仁和诊所",
        date(2024, 7, 5),
        "使用过期消毒液，消毒产品无索证资料",
        "立案查处",
        "当场整改",
        "已当场销毁过期消毒液",
    ),
    (
        "台前县人民医院",
        date(2024, 7, 8),
        "发热门诊医务人员防护用品穿脱流程不规范",
        "下达卫生监督意见书",
        "限7日",
        "",
    ),
    (
        "濮阳县文留镇卫生院",
        date(2024, 7, 9),
        "口腔科诊疗器械消毒灭菌记录缺失",
        "下达卫生监督意见书",
        "2024年7月31日",
        "未整改",
    ),
]
HEALTH_OWN_ROWS = [
    (
        "全市基层医疗机构传染病网络直报覆盖不全，12家村卫生室未接入直报系统",
        "疾病预防控制科",
        "督促县区卫健部门为未接入的村卫生室开通直报账号",
        "第三季度",
        "已接入7家，其余5家正在调试",
    ),
    (
        "对医疗机构预检分诊制度落实情况监督频次不足",
        "综合监督科",
        "将预检分诊纳入日常监督检查必查内容",
        "长期坚持",
        "常态化推进",
    ),
    (
        "部分县区发热门诊标识设置不规范，三区两通道划分不清",
        "医政医管科",
        "组织县区逐院核查，规范设置标识和通道",
        "2024年7月20日",
        "已完成",
    ),
    (
        "传染病防治培训覆盖面不足，民营医疗机构参训率低",
        "疾病预防控制科",
        "分片区组织民营医疗机构专题培训",
        "2024年8月底前",
        "未启动",
    ),
]


def write_epid_book(path: Path) -> Path:
    b = Book(path, author="综合监督执法支队")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 24, 12, 44, 20, 14, 30])
    b.line(ws, 0, "2024年传染病防治监督抽查结果汇总表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市卫生健康委员会（综合监督执法支队）    抽查时间：2024年7月1日至7月10日    "
        "整改期限自检查之日起计算",
        6,
    )
    b.header(ws, 2, ["序号", "被检查单位", "检查日期", "存在问题", "处理措施", "整改期限", "整改情况"])
    for i, row in enumerate(EPID_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EPID_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "抽查医疗机构17家，发现问题6个，下达卫生监督意见书4份，立案查处2家")
    b.line(ws, end + 2, "填表人：葛晓雯    联系电话：0393-8990125    填报日期：2024年7月29日", 6)
    return b.close()


def write_health_own_docx(path: Path) -> Path:
    doc = _new_document("疾控科")
    _title(doc, "市卫健委传染病防治监督检查发现问题整改落实情况", 18)
    _paragraph(doc, "（截至2024年7月29日）", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(HEALTH_OWN_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任科室", "整改措施", "完成时限", "完成情况"], body)
    _paragraph(doc, "濮阳市卫生健康委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_health(path: Path) -> Path:
    members = [
        ("2024年传染病防治监督抽查结果汇总表.xlsx", write_epid_book),
        ("市卫健委传染病防治监督检查发现问题整改落实情况.docx", write_health_own_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 4. 高层建筑消防安全隐患排查整治, after a 消防救援大队's account of its high-rise checks (查阅消防安全管理制度、维保
# 检测记录、消防控制室值班记录; 消防车通道、疏散通道、安全出口是否畅通, 控制室值班人员是否持证上岗, 充电是否符合要求;
# 防火门、灭火器、应急照明完好情况; 能当场整改的指导当场整改, 不能当场整改的限期改正):
# http://gxq.shangluo.gov.cn/cat.php?cat0=showgk&id=3112&cid=213
# An .xls (xlwt): title, 检查单位/检查日期 line, a two-row header with 整改方式 over 当场整改 / 限期改正 (ticks √),
# the building's 管理单位 as the unit, 整改期限 (当场 or a date), 复查情况, a 合计 row, a 注 line and a 检查人 line.
HIGHRISE_ROWS = [
    (
        "建业壹号城邦3号楼",
        "濮阳建业物业服务有限公司",
        "消防控制室",
        "消防控制室值班人员未持证上岗，夜间仅1人值班",
        "",
        "√",
        "2024年7月25日",
        "已安排2名持证人员24小时值班，复查合格",
    ),
    (
        "万达广场写字楼",
        "濮阳万达商业管理有限公司",
        "疏散楼梯间",
        "常闭式防火门处于常开状态，闭门器损坏",
        "√",
        "",
        "当场",
        "已当场关闭防火门，闭门器已更换",
    ),
    (
        "恒丰国际大厦",
        "濮阳市恒丰物业管理有限公司",
        "室内消火栓系统",
        "室内消火栓无水，稳压泵故障",
        "",
        "√",
        "2024.8.10",
        "已联系维保单位，正在维修稳压泵",
    ),
    (
        "东方名郡小区",
        "濮阳市东方物业服务有限公司",
        "地下车库",
        "地下车库电动自行车违规停放充电",
        "√",
        "",
        "当场",
        "已当场清理",
    ),
    (
        "昆吾商务中心",
        "濮阳昆吾置业有限公司",
        "建筑外墙",
        "外墙保温材料保护层局部脱落，保温层外露",
        "",
        "√",
        "2024年9月30日",
        "",
    ),
    (
        "御景湾小区",
        "濮阳市安泰物业服务有限公司",
        "消防车通道",
        "消防车通道被私家车占用，未设置禁停标识",
        "",
        "√",
        "2024.7.18",
        "已施划标线、设置禁停标识",
    ),
    (
        "华盛大厦",
        "濮阳华盛物业管理有限公司",
        "电缆井、管道井",
        "电缆井楼层防火封堵缺失",
        "",
        "√",
        "2024.7.31",
        "未整改",
    ),
    (
        "盛世豪庭小区",
        "濮阳市嘉和物业服务有限公司",
        "各楼层",
        "应急照明灯、疏散指示标志损坏18处",
        "",
        "√",
        "2024.7.20",
        "已更换10处，其余正在采购",
    ),
]


def write_highrise(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "高层建筑消防安全隐患排查整治台账", t, 0, 9),
        (
            1,
            0,
            "检查单位：濮阳市消防救援支队华龙区大队    检查日期：2024年7月11日    填报日期：2024年7月26日",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(["序号", "建筑名称", "管理单位", "隐患部位", "火灾隐患"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "整改方式", h, 2, 6),
        (3, 5, "当场整改", h),
        (3, 6, "限期改正", h),
        (2, 7, "整改期限", h, 3, 7),
        (2, 8, "复查情况", h, 3, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(HIGHRISE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6, 7) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(HIGHRISE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查高层建筑8栋，发现火灾隐患8处，其中当场整改2处，限期改正6处", c, r, 9),
        (
            r + 1,
            0,
            "注：当场整改的，整改期限为检查当日；限期改正的，已下达《责令限期改正通知书》。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "检查人：贾志刚、曹蕾    大队负责人：孔令伟", plain, r + 2, 9),
    ]
    widths = [6, 20, 26, 14, 36, 9, 9, 16, 32, 8]
    return _write_xls(path, [("排查整治台账", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 5. 农贸市场明码标价专项检查, after a county 市场监管局's account of its check of three 农贸市场 (价签价目齐全、货签
# 对位、标价内容真实明确、字迹清晰; 部分经营者使用价签不规范、部分商品未明码标价, 现场责令立即整改; 建立复查机制):
# https://ytapp.jiaodong.net/system/2025/04/12/200958290.shtml
# A CSV in UTF-8 with BOM: title line, a line stating the check date the 整改时限 count from, one header line with
# 市场名称 / 摊位号 / 经营者, 处理方式 beside 整改时限, a 复查结果 column, a 合计 line and a 检查人 line.
PRICE_ROWS = [
    (
        "胜利路农贸市场",
        "A-12",
        "濮阳市华龙区鲜丰蔬菜店",
        "部分蔬菜未明码标价",
        "现场责令整改",
        "立行立改",
        "已整改",
    ),
    (
        "胜利路农贸市场",
        "A-27",
        "濮阳市华龙区刘记鲜肉铺",
        "价签品名与实际销售商品不对应，货签不对位",
        "责令限期整改",
        "3日内",
        "复查合格",
    ),
    (
        "胜利路农贸市场",
        "—",
        "濮阳市胜利路农贸市场管理有限公司",
        "市场未设置公平秤，价格公示电子屏损坏",
        "责令限期整改",
        "7日内",
        "已设置公平秤，电子屏正在维修",
    ),
    (
        "中原路综合市场",
        "B-05",
        "濮阳市华龙区海之味水产行",
        "使用手写价签字迹模糊，计价单位标注不明",
        "责令限期整改",
        "3日内",
        "",
    ),
    (
        "中原路综合市场",
        "B-18",
        "濮阳市华龙区四季鲜果行",
        "在标价之外加价收取包装费，涉嫌价格欺诈",
        "立案调查",
        "2024-08-15",
        "已立案，正在调查处理",
    ),
    (
        "中原路综合市场",
        "—",
        "濮阳市中原路综合市场服务有限公司",
        "未建立场内经营者价格行为巡查制度",
        "责令限期整改",
        "15日内",
        "未整改",
    ),
    (
        "任丘路菜市场",
        "C-03",
        "濮阳市华龙区老王粮油店",
        "散装粮油商品未标示规格和等级",
        "现场责令整改",
        "立行立改",
        "复查时仍未标示，未整改",
    ),
]


def write_price(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区农贸市场明码标价专项检查发现问题清单"])
    w.writerow(
        [
            "检查单位：华龙区市场监督管理局价格监督检查股    检查时间：2024年7月16日    "
            "整改时限自检查之日起计算"
        ]
    )
    w.writerow(["序号", "市场名称", "摊位号", "经营者名称", "发现问题", "处理方式", "整改时限", "复查结果"])
    for i, row in enumerate(PRICE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "3个市场", "", "检查经营户86户", "发现问题7处", "立案1起", "", ""])
    w.writerow(["检查人：邵明轩、田甜    复查日期：2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. A级旅游景区复核检查通报问题整改, after a province's 通报 of its A级旅游景区复核检查 (4A级景区严重警告、限期6个月
# 整改; 3A级景区摘牌、严重警告、通报批评; 旅游安全和防火安全隐患、安全警示标识不足、停车场无分区、旅游厕所破损、
# 垃圾处理不及时、游客中心功能弱化、标识导览系统不完善; 湖上游玩项目无专人引导、地面裸露电线较多):
# http://www.palmettodecks.com/gonglve/132532401738874880
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a line giving the 通报 date the 限期N个月 count from, one
# header row with 景区名称 / 等级 / 处理决定 merged down over each scenic area's rows, the 景区管理单位 as the unit,
# a 注 line and a signature line.
SCENIC_GROUPS = [
    (
        "濮阳绿色庄园",
        "4A",
        "严重警告",
        "濮阳绿色庄园旅游开发有限公司",
        [
            (
                "水上游乐项目无专人安全引导，救生设备配备不足",
                "限期6个月",
                "已增配救生员4名、救生衣200件，整改完成",
            ),
            ("旅游厕所设施破损未及时维修，有污迹", "限期6个月", "2座旅游厕所正在改造"),
        ],
    ),
    (
        "戚城文物景区",
        "4A",
        "严重警告",
        "濮阳市戚城文物景区管理处",
        [
            ("标识导览系统不完善，部分中英文标识牌缺失", "限期6个月", "已完成设计，正在制作安装"),
            ("游客中心咨询功能缺失，长期无人值守", "限期6个月", "已安排专人值守，整改完成"),
        ],
    ),
    (
        "单拐革命旧址",
        "3A",
        "通报批评",
        "清丰县单拐革命旧址管理所",
        [
            ("停车场无分区，车辆停放无序", "限期3个月", ""),
        ],
    ),
    (
        "张挥公园",
        "3A",
        "通报批评",
        "濮阳市张挥公园管理处",
        [
            ("游览区地面裸露电线较多，存在触电隐患", "限期3个月", "已全部穿管埋设，经复查合格"),
            ("垃圾清运不及时，部分区域环境卫生较差", "限期3个月", "已落实专人保洁，垃圾清运服务正在招标"),
        ],
    ),
]


def write_scenic_book(path: Path) -> Path:
    b = Book(path, author="资源开发科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 6, 10, 40, 28, 12, 32])
    b.line(ws, 0, "A级旅游景区复核检查通报问题整改进展台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市文化广电和旅游局（资源开发科）    填报日期：2024年7月26日", 7)
    b.line(
        ws,
        2,
        "依据：省旅游资源规划开发质量评定委员会《关于全省A级旅游景区复核检查情况的通报》（2024年5月20日印发），"
        "整改期限自通报印发之日起计算",
        7,
    )
    b.header(
        ws, 3, ["序号", "景区名称", "等级", "处理决定", "存在问题", "景区管理单位", "整改期限", "整改进展"]
    )
    r = 4
    n = 0
    for name, grade, decision, manager, problems in SCENIC_GROUPS:
        last = r + len(problems) - 1
        b.merge(ws, r, 1, last, 1, name, b.center)
        b.merge(ws, r, 2, last, 2, grade, b.center)
        b.merge(ws, r, 3, last, 3, decision, b.center)
        b.merge(ws, r, 5, last, 5, manager)
        for problem, limit, progress in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 4, problem)
            b.put(ws, r, 6, limit, b.center)
            b.put(ws, r, 7, progress)
            r += 1
    b.line(
        ws,
        r + 1,
        "注：被严重警告的景区限期6个月整改，被通报批评的景区限期3个月整改，逾期未完成的按程序降级或摘牌。",
        7,
    )
    b.line(ws, r + 2, "填表人：牛雅琪    审核人：谷振华    联系电话：0393-8181306", 7)
    return b.close()


def write_scenic(path: Path) -> Path:
    return via_soffice(write_scenic_book, path, "xls", "A级旅游景区复核检查通报问题整改进展台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 物业服务专项督查, after a county 住保局物管中心's account of its 物业服务专项督查 with the 物业协会 (督查重点为
# 小区环境卫生、电梯、消防安全; 牛皮癣严重、小区外围和绿化带垃圾堆积; 电梯无检验标志或年检过期; 消防通道堵塞、消防
# 设施配备不齐; 三类问题12个, 涉及24个物业小区; 专项整改通知下发到各物业服务企业):
# https://hn.rednet.cn/c/2016/08/16/1018917.htm
# An .xlsx: title, 督查时间/整改通知 line stating the base date of 立行立改, one header row with the 问题类别 merged
# down over its rows, the 物业服务企业 as the unit, a 合计 row, a 填表说明 line and a signature line.
ESTATE_GROUPS = [
    (
        "环境卫生",
        [
            (
                "阳光花园",
                "濮阳市阳光物业服务有限公司",
                "楼道及单元门“牛皮癣”小广告严重",
                "2024年7月15日",
                "已全部清理",
            ),
            ("锦绣华庭", "濮阳锦绣物业管理有限公司", "小区外围绿化带垃圾堆积", "2024年7月15日", "正在清运"),
            ("怡和苑", "濮阳市怡和物业服务有限公司", "地下室积水发臭，蚊蝇滋生", "7月底前", ""),
        ],
    ),
    (
        "电梯",
        [
            (
                "龙都名苑",
                "濮阳市龙都物业服务有限公司",
                "2号楼电梯轿厢内无检验合格标志",
                "2024.7.20",
                "已张贴检验合格标志",
            ),
            (
                "金色家园",
                "濮阳市金色家园物业管理有限公司",
                "5部电梯定期检验过期未检",
                "2024.7.31",
                "已申请检验，等待特检机构检验",
            ),
            ("香榭丽舍", "濮阳香榭物业管理有限公司", "电梯五方对讲无法接通值班室", "2024.7.25", "未整改"),
        ],
    ),
    (
        "消防安全",
        [
            (
                "绿城御园",
                "濮阳绿城物业服务有限公司",
                "消防通道被杂物和车辆堵塞",
                "立行立改",
                "已清理，通道畅通",
            ),
            (
                "中原小区",
                "濮阳市中原物业服务中心",
                "室内消火栓箱内水带、水枪缺失",
                "2024年8月10日",
                "已购置，正在配齐",
            ),
            (
                "开州花园",
                "濮阳市开州物业服务有限公司",
                "灭火器过期失效未更换",
                "2024年7月20日",
                "已更换灭火器36具",
            ),
        ],
    ),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [10, 6, 14, 28, 34, 14, 28])
    b.line(ws, 0, "全市物业服务专项督查发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "督查单位：濮阳市住房和城乡建设局物业管理科、市物业管理协会    督查时间：2024年7月8日至9日    "
        "专项整改通知下发日期：2024年7月10日（整改期限自通知下发之日起计算）",
        6,
    )
    b.header(ws, 2, ["问题类别", "序号", "小区名称", "物业服务企业", "存在问题", "整改期限", "整改情况"])
    r = 3
    n = 0
    for category, rows in ESTATE_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, category, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "三类问题9个，涉及物业小区9个、物业服务企业9家")
    b.line(
        ws, r + 2, "填表说明：整改期限内未完成的，由物业服务企业书面说明原因并报所在街道、社区监督落实。", 6
    )
    b.line(ws, r + 3, "填表人：孙敬业    科室负责人：沈红梅    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 出租汽车违规经营约谈整改, after a county 交通执法大队's account of its taxi crackdown (群众反映出租汽车乱收费、
# 驾驶员打广告变相从事起班线客运; 约谈辖区内的两家出租汽车企业, 要求对所属出租汽车拒载、乱收费、设广告变相从事起班线
# 客运等问题限期改正并加强管理; 专项整治行动检查载客出租汽车): http://ndwww.cn/xspd/pnxw/2016/1021/31749.shtml
# An .xlsx: title, 填报单位 line, one header row with 企业名称 and 约谈日期 merged down over each company's rows, 车辆号牌
# per row, 整改时限 in (working) days from the 约谈日期 or a date or 立行立改, a 备注 column, an 经办人 line.
TAXI_GROUPS = [
    (
        "濮阳市顺风出租汽车有限公司",
        date(2024, 7, 9),
        [
            (
                "豫J·T0231",
                "驾驶员在火车站夜间拒载短途乘客",
                "驾驶员停运学习教育",
                "5个工作日内",
                "已停运培训3天，整改完成",
            ),
            (
                "豫J·T0588",
                "不按规定使用计价器，与乘客议价乱收费",
                "立案处罚，退还多收费用",
                "10日内",
                "已处罚并退还乘客多收费用",
            ),
            (
                "17辆",
                "车身喷涂“濮阳—范县”广告，变相从事定线客运",
                "清除违规广告",
                "2024.7.20",
                "已清除12辆，其余5辆正在清除",
            ),
        ],
    ),
    (
        "濮阳市恒通出租汽车有限公司",
        date(2024, 7, 10),
        [
            ("豫J·T1176", "驾驶员未随车携带从业资格证件", "批评教育", "立行立改", "已整改"),
            ("豫J·T2090", "车容车貌不整洁，座套污损", "清洗更换座套", "3日内", "已整改"),
            ("—", "企业未落实车辆例检制度，部分车辆灭火器过期", "全面排查在营车辆", "2024年7月31日", ""),
            ("—", "企业投诉处理不及时，服务质量投诉台账缺失", "建立投诉处理台账", "8月15日前", "未启动"),
        ],
    ),
]


def write_taxi(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("约谈整改台账")
    b.widths(ws, [6, 26, 12, 12, 36, 22, 14, 28])
    b.line(ws, 0, "出租汽车违规经营行为约谈整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市交通运输综合行政执法支队    填报日期：2024年7月30日", 7)
    b.header(
        ws, 2, ["序号", "企业名称", "约谈日期", "车辆号牌", "违规问题", "整改要求", "整改时限", "整改情况"]
    )
    r = 3
    n = 0
    for company, talked, rows in TAXI_GROUPS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, company, b.center)
        b.merge(ws, r, 2, last, 2, talked)
        for plate, problem, demand, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [plate, problem, demand, limit, progress], first=3)
            r += 1
    b.line(ws, r + 1, "说明：整改时限自约谈之日起计算。", 7)
    b.line(ws, r + 2, "经办人：宋海洋    联系电话：0393-8320117", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 农资市场专项检查, after a township 农服中心's account of its 农资市场专项检查 (查看种子、农药、化肥、农膜等农用
# 物资储备情况, 查验购货渠道, 查阅销售台账, 检查有无以次充好、过期变质; 经营不规范的当场责令相关业主限期整改):
# http://epaper.cqrc.org.cn/web/202303/22/content_14708.html
# A .wps (Word 97 via LibreOffice): title, 检查时间/检查人员 line stating the base date, one table naming the 农资
# 门市 as the unit (one 门市 twice), 立行立改 / N日内 / a date, the 中心's seal line and date.
AGRI_ROWS = [
    (
        "濮阳县王称堌镇丰收农资门市部",
        "未建立农药购销台账，进货票据不全",
        "建立购销台账，补齐票据",
        "7日内",
        "已建立购销台账，票据已补齐",
    ),
    (
        "濮阳县王称堌镇绿源种业经营部",
        "销售的玉米种子未在网上备案",
        "补办种子销售备案",
        "2024年7月20日",
        "正在办理备案",
    ),
    (
        "濮阳县王称堌镇惠农化肥店",
        "部分复合肥包装标识不规范，养分含量标注不清",
        "问题产品下架",
        "立行立改",
        "已下架退货，整改到位",
    ),
    (
        "濮阳县王称堌镇金穗农资超市",
        "限制使用农药未实行定点经营、未实名购买登记",
        "停止销售限用农药",
        "2024年7月31日",
        "",
    ),
    ("濮阳县王称堌镇田园农资门市", "店内发现过期农药3瓶未下架", "立即下架销毁", "立行立改", "已下架销毁"),
    (
        "濮阳县王称堌镇丰收农资门市部",
        "未设置农药包装废弃物回收点",
        "设置回收箱，建立回收台账",
        "8月底前",
        "未整改",
    ),
    (
        "濮阳县王称堌镇万家农机配件门市",
        "销售的地膜厚度低于0.01毫米国家标准",
        "停售、封存",
        "10日内",
        "已封存，等待抽检结果",
    ),
]


def write_agri_docx(path: Path) -> Path:
    doc = _new_document("农业服务中心")
    _title(doc, "王称堌镇农资市场专项检查问题整改情况表", 18)
    _paragraph(
        doc,
        "检查时间：2024年7月4日    检查人员：镇农业服务中心农技、植保人员    整改时限自检查之日起计算",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(AGRI_ROWS, 1)]
    _table(doc, ["序号", "经营门市", "检查发现问题", "整改要求", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "填表人：郝建军    审核：李庆丰", 12)
    _paragraph(doc, "濮阳县王称堌镇农业服务中心（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_agri(path: Path) -> Path:
    return via_soffice(write_agri_docx, path, "doc", "王称堌镇农资市场专项检查问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 小型水库安全运行检查, after a town's account of the 市水利局 and 县水利局 check of its 小二型水库 (三个责任人落实
# 履职、运行管理、工程实体、安全鉴定; 张家坝水库埂边垃圾多、溢洪道有拦鱼网; 丰水桥水库边有深坑; 上保水库边有临时
# 建筑物; 龙潭水库埂边杂草多; 高巷水库有拦鱼网; 镇水利站当即整改、加强日常巡查): http://m.91cashcow.com/Info/211067.aspx
# An .xlsx: title, 填报单位 line with the check date (base of 立行立改), a two-row header (防汛三个责任人 over
# 行政责任人 / 巡查责任人), the 乡人民政府 or the 县水利局's own 股室 as 整改责任单位, a 复核意见 column, 合计 row,
# 注 line and a signature line.
RESERVOIR_ROWS = [
    (
        "张家坝水库",
        "固城乡",
        "杜春生",
        "范立民",
        "坝埂边生活垃圾堆积",
        "清理垃圾，设立禁倒警示牌",
        "固城乡人民政府",
        "2024.7.10",
        "已清理",
        "复核合格",
    ),
    (
        "张家坝水库",
        "固城乡",
        "杜春生",
        "范立民",
        "溢洪道内设置拦鱼网，阻碍行洪",
        "拆除拦鱼网",
        "固城乡人民政府",
        "立行立改",
        "已拆除",
        "复核合格",
    ),
    (
        "丰水桥水库",
        "六塔乡",
        "袁志强",
        "冯大海",
        "库区岸边有取土深坑，无警示标志",
        "设置警示牌并回填深坑",
        "六塔乡人民政府",
        "2024年8月15日",
        "已设置警示牌，回填正在施工",
        "",
    ),
    (
        "上堡水库",
        "六塔乡",
        "袁志强",
        "许文成",
        "水库管理范围内搭建临时建筑物",
        "拆除临时建筑物",
        "六塔乡人民政府",
        "2024年7月31日",
        "未拆除",
        "",
    ),
    (
        "龙潭水库",
        "马村乡",
        "徐保华",
        "霍建设",
        "大坝迎水坡杂草丛生，影响巡查",
        "定期清除坝坡杂草",
        "马村乡人民政府",
        "长期坚持",
        "常态化清理",
        "",
    ),
    (
        "高巷水库",
        "马村乡",
        "徐保华",
        "卢国强",
        "放水涵闸启闭机锈蚀，无法正常启闭",
        "维修更换启闭机",
        "清丰县水利局（工程管理股）",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "高巷水库",
        "马村乡",
        "徐保华",
        "卢国强",
        "巡查责任人未按规定开展汛期巡查，巡查记录缺失",
        "开展责任人培训，规范巡查记录",
        "马村乡人民政府",
        "2024年7月15日",
        "已完成培训，补建巡查日志",
        "复核合格",
    ),
]


def write_reservoir(path: Path) -> Path:
    b = Book(path, author="工程管理股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 8, 9, 9, 32, 24, 22, 14, 24, 10])
    b.line(ws, 0, "小型水库安全运行检查发现问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县水利局（盖章）    检查日期：2024年7月5日    填报日期：2024年7月29日", 10)
    for c, word in enumerate(["序号", "水库名称", "所在乡镇"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "防汛三个责任人", b.head)
    b.header(ws, 3, ["行政责任人", "巡查责任人"], first=3)
    for c, word in enumerate(
        ["检查发现问题", "整改措施", "整改责任单位", "整改时限", "整改完成情况", "复核意见"], start=5
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(RESERVOIR_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RESERVOIR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "检查小型水库5座，发现问题7个")
    b.line(ws, end + 1, "注：立行立改的问题以检查日期为整改时限；“复核意见”由县水利局复核后填写。", 10)
    b.line(ws, end + 2, "填表人：任晓光    审核人：陈卫国    联系电话：0393-7222461", 10)
    return b.close()


FILES = [
    ("濮阳县城关镇中心幼儿园办园行为督导评估反馈问题整改报告.docx", write_kinder),
    ("建筑领域农民工工资支付专项检查问题整改台账.xlsx", write_wage),
    ("市卫健委传染病防治监督检查问题整改材料.zip", write_health),
    ("高层建筑消防安全隐患排查整治台账（华龙区大队）.xls", write_highrise),
    ("华龙区农贸市场明码标价专项检查问题清单.csv", write_price),
    ("A级旅游景区复核检查通报问题整改进展台账.et", write_scenic),
    ("物业服务专项督查发现问题整改台账.xlsx", write_estate),
    ("出租汽车违规经营行为约谈整改台账.xlsx", write_taxi),
    ("王称堌镇农资市场专项检查问题整改情况表.wps", write_agri),
    ("小型水库安全运行检查问题整改台账（清丰县）.xlsx", write_reservoir),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev73 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds: 拖欠农民工工资, 城市管理综合执法 (two files), 燃气安全, 医保基金, 营商环境投诉, 电动自行车充电, 学校食堂,
耕地保护, 河湖长制, 物业服务. Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with BOM,
a .docx whose items are numbered paragraphs, a .doc and a .wps (Word 97 via LibreOffice), an .et (Excel 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Every date inside the files and every zip member time is fixed, so running the script twice gives the same bytes.

Run from this folder: python make_dev73.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 拖欠农民工工资预警项目整改情况, after a provincial 住房城乡建设厅's 通报 of the projects put on its monthly warning
# list for 拖欠农民工工资 (实名制管理、农民工工资专用账户、总包代发工资、数据传输不到位; 具体名单详见附件; 上述列入预警
# 项目的建设单位、总承包企业务必于…前整改到位; 逾期未整改到位的…记入信用档案):
# http://jsj.lyg.gov.cn/lygszfj/bznmggzzftl/content/2e14894c-b19f-4c8b-88fc-beac9d989e3d.html
# An .xlsx: title, 填报单位 line, a line quoting the 通报 and its one deadline for every project (no deadline column),
# the 附件's columns (项目所在县区, 项目名称, 建设单位, 施工总承包企业) with 预警原因, an 整改责任单位 column that names the
# 建设单位 or the 总承包企业 as the reason requires, 整改落实情况 and 是否整改到位 (是/否), a 合计 row and a 填表人 line.
WAGE_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区绿城·濮上园二期住宅项目",
        "濮阳市华信置业有限公司",
        "河南中环建设工程有限公司",
        "项目经理实名制考勤率未达到40%",
        "河南中环建设工程有限公司",
        "项目经理已按要求驻场，7月份考勤率达85%",
        "是",
    ),
    (
        "濮阳县",
        "濮阳县第三实验小学教学楼工程",
        "濮阳县教育局",
        "河南濮建建设集团有限公司",
        "未按规定开设农民工工资专用账户",
        "河南濮建建设集团有限公司",
        "已于7月12日在中原银行濮阳分行开设农民工工资专用账户",
        "是",
    ),
    (
        "清丰县",
        "清丰县老旧小区配套基础设施改造项目",
        "清丰县城市建设投资有限公司",
        "河南宏晟建筑工程有限公司",
        "总包代发工资数据未上传全省建筑工人实名制管理平台",
        "河南宏晟建筑工程有限公司",
        "已对接银行代发接口，正在补传5月、6月工资发放数据",
        "否",
    ),
    (
        "南乐县",
        "南乐县产业集聚区标准化厂房（三期）",
        "南乐县产业发展投资有限公司",
        "河南天工建设集团有限公司",
        "建设单位未按月足额向专用账户拨付人工费用",
        "南乐县产业发展投资有限公司",
        "",
        "否",
    ),
    (
        "范县",
        "范县城区供水管网改造工程",
        "濮阳市自来水公司",
        "河南水建集团有限公司",
        "建设单位未按合同约定拨付人工费用至农民工工资专用账户",
        "濮阳市自来水公司",
        "已拨付6月份人工费用128万元，7月份费用正在审批",
        "否",
    ),
    (
        "台前县",
        "台前县人民医院门诊综合楼工程",
        "台前县人民医院",
        "河南五建建设集团有限公司",
        "分包单位农民工工资未实行总包代发",
        "河南五建建设集团有限公司",
        "已与分包单位签订代发协议，7月份工资已由总包代发",
        "是",
    ),
    (
        "开发区",
        "濮阳经济技术开发区创新创业园（二期）",
        "濮阳开发区投资集团有限公司",
        "中建七局第二建筑有限公司",
        "建筑工人实名制考勤数据传输中断超过15日",
        "中建七局第二建筑有限公司",
        "考勤设备已更换，数据恢复正常传输",
        "是",
    ),
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="清欠办")
    ws = b.sheet("预警项目整改情况")
    b.widths(ws, [6, 10, 34, 26, 26, 30, 26, 34, 10])
    b.line(ws, 0, "2024年6月份房屋建筑和市政基础设施领域拖欠农民工工资预警项目整改情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（市清欠办）    填报日期：2024年7月29日", 8)
    b.line(
        ws,
        2,
        "根据省住房城乡建设厅《关于2024年6月份全省房屋建筑和市政基础设施领域拖欠农民工工资预警项目的通报》，"
        "我市7个项目列入预警名单。上述预警项目的建设单位、总承包企业务必于2024年8月31日前整改到位，"
        "逾期未整改到位的，记入企业信用档案。",
        8,
    )
    ws.set_row(2, 48)
    b.header(
        ws,
        3,
        [
            "序号",
            "项目所在县（区）",
            "项目名称",
            "建设单位",
            "施工总承包企业",
            "预警原因",
            "整改责任单位",
            "整改落实情况",
            "是否整改到位",
        ],
    )
    for i, row in enumerate(WAGE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:7]), first=1)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 4 + len(WAGE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "预警项目7个，已整改到位4个，正在整改2个，未整改1个")
    b.line(ws, end + 2, "填表人：郑晓东    审核人：马国强    联系电话：0393-4412906", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 城市管理督查通报, after a district 城管办's monthly 城市管理督查通报 (根据…考核办法…安排专人对…城市管理方面工作
# 进行督查考核，现将相关情况通报如下: 一、整体工作情况 (违法建设拆除、户外广告及小广告整治, with figures) — 二、存在问题
# — 三、下步要求):
# https://fanwen120.cn/shenqingqingshi/2023/0416/20019.html
# A .docx: 通报 title, 主送, preamble, section 一 with the month's figures in sentences (not items), section 二 whose
# numbered paragraphs each name the 街道办事处 (or 乡政府) and the problem, some with what was done, section 三 with the
# one deadline for all and one item carrying its own, the office and date at the foot.
CITY_INTRO = [
    "一、整体工作情况",
    (
        "（一）违法建设治理工作。7月份，中心城区共拆除违法建设23处，面积1260平方米，其中拆除积存违建9处、"
        "新建违建14处；控制预防违建17处。"
    ),
    (
        "（二）户外广告及小广告整治工作。各街道共规范店招牌匾146块，拆除违规广告牌38块，清理乱贴乱画小广告"
        "2100余处，其中整治力度较大、成效较好的有胜利路街道、黄河路街道。"
    ),
    "二、存在问题",
]
CITY_ITEMS = [
    (
        "1.华龙区人民路街道办事处：人民路与京开大道交叉口东北角多家水果店长期店外经营，"
        "占用人行道约15平方米，影响行人通行。"
    ),
    (
        "2.华龙区胜利路街道办事处：胜利路中段市第一人民医院南门流动摊贩聚集，早晚高峰占道经营现象突出。"
        "该问题6月份已通报，至今仍未整改。"
    ),
    (
        "3.华龙区中原路街道办事处：中原路金色家园小区楼顶新增违法搭建彩钢房2处，约80平方米。"
        "街道已下达限期拆除通知书，责令当事人于7月31日前自行拆除。"
    ),
    "4.华龙区大庆路街道办事处：大庆路沿街商户门头牌匾破损、褪色共11块，部分存在坠落隐患。",
    (
        "5.华龙区黄河路街道办事处：黄河路与振兴路交叉口建筑垃圾乱堆乱放约30立方米，未采取覆盖措施。"
        "目前街道已组织清运20立方米，剩余部分正在清运。"
    ),
    (
        "6.华龙区孟轲乡人民政府：乡政府驻地主干道两侧乱贴乱画小广告40余处。督查时已现场责令清理，"
        "经7月25日复查已清理完毕。"
    ),
    "7.华龙区任丘路街道办事处：任丘路夜市烧烤摊点无油烟净化设施，油烟直排，周边居民投诉较多。",
]
CITY_OUTRO = [
    "三、下步要求",
    (
        "请各相关街道（乡）对照通报问题，逐项落实整改，除另有时限要求的外，于2024年8月10日前整改到位，"
        "并将整改情况书面报送市城市管理局督查科。对连续两次通报仍未整改的，将在全市城市管理考核中加倍扣分。"
    ),
]


def write_city_report(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "关于2024年7月份城市管理工作督查情况的通报")
    _paragraph(doc, "各街道办事处、孟轲乡人民政府，市城市管理局各科室、各执法大队：")
    _paragraph(
        doc,
        "根据《濮阳市城市综合管理工作考核办法》，市城市管理局安排专人对7月份中心城区城市管理工作进行了督查考核，"
        "现将有关情况通报如下：",
    )
    for text in CITY_INTRO + CITY_ITEMS + CITY_OUTRO:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 工商餐饮用户燃气安全入户检查隐患台账, after a city 城市管理和综合执法局's 城建设施管理中心 checking 工商餐饮用户 door
# to door (管、阀、瓶、灶等燃气设施; 灶具没有熄火保护装置, 紧急切断阀数量和在用瓶数不匹配, 可燃气体泄漏报警器安装不规范、
# 不插电或使用家用报警器; 将现场隐患照片…发送至供气企业，督促立行立改，并将隐患台账整理后发至各区主管部门):
# http://www.360elib.com:2027/detail.aspx?NewsCode=NC2046&NewsId=63212408&OrgId=001
# An .xlsx: title, 检查单位/检查时间 line, one header row with the 供气企业 beside the user, a 检查日期 per row that the
# 立行立改 / 7日内 deadlines count from (the 注 says so), 整改责任单位 naming the user or the gas company (short name),
# 整改情况 and 复查结论, a 合计 row, 注 and 填表人 lines.
GAS_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区老街坊烩面馆",
        "京开大道112号",
        "市燃气公司",
        date(2024, 7, 15),
        "灶",
        "灶具无熄火保护装置",
        "濮阳市华龙区老街坊烩面馆",
        "7日内",
        "已更换带熄火保护装置的灶具",
        "复查合格",
    ),
    (
        "华龙区",
        "濮阳市鑫悦餐饮管理有限公司",
        "胜利路中段68号",
        "市燃气公司",
        date(2024, 7, 15),
        "报警器",
        "可燃气体泄漏报警器未通电",
        "濮阳市鑫悦餐饮管理有限公司",
        "立行立改",
        "已现场接通电源",
        "",
    ),
    (
        "濮阳县",
        "濮阳县城关镇好运来酒家",
        "城关镇文化路36号",
        "濮阳县中燃城市燃气发展有限公司",
        date(2024, 7, 16),
        "阀",
        "紧急切断阀数量与在用气瓶数量不匹配（在用气瓶3只，切断阀1只）",
        "濮阳县城关镇好运来酒家",
        "7日内",
        "正在采购紧急切断阀",
        "",
    ),
    (
        "华龙区",
        "濮阳市聚贤楼饭店",
        "黄河路与振兴路交叉口",
        "市燃气公司",
        date(2024, 7, 17),
        "管",
        "户外调压箱锈蚀严重，供气企业未按规定开展年度入户安检",
        "市燃气公司",
        "2024.7.31",
        "",
        "",
    ),
    (
        "开发区",
        "濮阳市开发区蜀香源火锅店",
        "开州路南段205号",
        "市燃气公司",
        date(2024, 7, 17),
        "报警器",
        "报警器距气源超过4米，且使用家用型报警器",
        "濮阳市开发区蜀香源火锅店",
        "7日内",
        "未整改",
        "复查未通过",
    ),
    (
        "华龙区",
        "濮阳市华龙区金百味快餐店",
        "大庆路北段19号",
        "市燃气公司",
        date(2024, 7, 18),
        "管",
        "燃气管道私改穿越休息间，管道与电线插座间距不足",
        "濮阳市华龙区金百味快餐店",
        "2024.7.25",
        "已暂停供气，正在重新敷设管道",
        "",
    ),
    (
        "清丰县",
        "清丰县阳光美食城",
        "清丰县顿丘路88号",
        "清丰县新奥燃气有限公司",
        date(2024, 7, 18),
        "瓶",
        "使用超期未检液化石油气钢瓶2只",
        "清丰县阳光美食城",
        "立行立改",
        "已退回充装单位更换",
        "复查合格",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 8, 26, 20, 16, 12, 8, 36, 26, 10, 26, 12])
    b.line(ws, 0, "工商餐饮用户燃气安全入户检查隐患台账（第三批）", 11, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市城市管理局燃气管理办公室（会同供气企业）    检查时间：2024年7月15日至7月18日    "
        "报送：各县（区）燃气主管部门",
        11,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "所属县区",
            "用户名称",
            "用气地址",
            "供气企业",
            "检查日期",
            "隐患部位",
            "隐患描述",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "复查结论",
        ],
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        11,
        "共入户检查工商餐饮用户38户，发现安全隐患57处，其中现场整改50处，限期整改7处（见上表）",
    )
    b.line(ws, end + 1, "注：整改时限为“立行立改”的以检查日期为准；“7日内”自检查之日起计算。", 11)
    b.line(ws, end + 2, "填表人：韩志刚    联系电话：0393-8993125    填表日期：2024年7月26日", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 卫生院医保问题清单整改报告, after a 卫生院's report on the 医保问题清单 it was given (参保住院患者“医保”标志登记不全、
# 中医推拿/针灸未标部位时间、超量用药、小切口计大换药费; 统一“医保”标识符号; 密码输入设备前置; 通过电子屏滚动公示收费
# 标准及监督电话; 组织全员医保政策专项学习):
# https://m.jiusongjiankang.com/health/news/7476271.html
# A .wps (Word 97 via LibreOffice): title naming the 卫生院, 主送, preamble stating the date the 问题清单 was fed back
# (立行立改 counts from it), one table whose rows name only the 卫生院's own 科室, deadlines as dates, 7月底前, 8月底前,
# 立行立改 and 长期坚持, a 下一步 paragraph and the 卫生院 and date at the foot.
MEDINS_ROWS = [
    (
        "参保住院患者病历首页“医保”标识登记不全",
        "住院部",
        "统一“医保”标识符号，未规范登记的视为无效记录",
        "2024年7月15日",
        "已整改",
    ),
    (
        "中医推拿、针灸治疗记录未标注治疗部位和时长",
        "中医科",
        "规范治疗记录书写，逐项标注部位、时长",
        "7月底前",
        "已完成科室培训，正在补录治疗记录",
    ),
    (
        "门诊慢病处方单次开药超过30日用量",
        "门诊部",
        "处方每月抽检，超量开药的纳入月度公示",
        "长期坚持",
        "常态化推进",
    ),
    (
        "小切口清创按大换药收费，存在串换项目收费",
        "收费室",
        "对照收费目录清理收费项目，退回违规费用",
        "2024年6月30日",
        "已退回违规费用1.26万元，整改完成",
    ),
    (
        "收费窗口医保密码输入设备未前置，患者无法自行输入密码",
        "信息科",
        "更换前置密码键盘并张贴操作指引",
        "2024年8月15日",
        "",
    ),
    (
        "医保药品进销存数据与实际库存不符",
        "药剂科",
        "全面盘点库存，核对进销存台账",
        "2024年9月30日",
        "未启动",
    ),
    (
        "未在院内公示医保收费标准和监督举报电话",
        "办公室",
        "在门诊大厅设置电子屏滚动公示",
        "立行立改",
        "已整改到位",
    ),
    (
        "部分新入职医务人员未参加医保政策培训",
        "医务科",
        "组织全员医保政策专项学习，考核结果与科室绩效挂钩",
        "8月底前",
        "已组织培训2期，剩余人员8月中旬集中培训",
    ),
]


def write_medins_docx(path: Path) -> Path:
    doc = _new_document("庆祖镇卫生院")
    _title(doc, "濮阳县庆祖镇卫生院关于医保基金使用问题清单整改情况的报告", 18)
    _paragraph(doc, "县医疗保障局：")
    _paragraph(
        doc,
        "2024年7月5日，县医疗保障局向我院反馈了医保基金使用专项检查问题清单。我院高度重视，成立整改工作专班，"
        "对照问题清单逐项明确责任科室、整改措施和整改时限，现将整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(MEDINS_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任科室", "整改措施", "整改时限", "整改进展"], body)
    _paragraph(
        doc,
        "下一步，我院将建立“周自查+月抽查”制度，运用信息化手段实时监测诊疗数据，确保医保基金安全规范使用。",
    )
    _paragraph(doc, "濮阳县庆祖镇卫生院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_medins(path: Path) -> Path:
    return via_soffice(write_medins_docx, path, "doc", "医保基金使用问题清单整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 营商环境问题线索办理台账, after a city 发改委's account of its 营商环境问题线索 handling (整合省、市营商环境投诉
# 举报平台及12345政务服务热线…; “赢商服务队”入企走访、营商环境“吐槽大会”、特邀监督员; 分为A、B、C三类: C类5个工作日内
# 办结销号, B类15个工作日内办结, A类1个月集中攻坚; 向纪检监察机关…规范移交):
# https://sfgw.xuchang.gov.cn/yhyshj/20250910/1849e7cc-27d2-4299-af96-6188a8fc93be.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 线索来源, 交办日期, the 反映主体 (the
# complaining firm) beside the 承办单位 (short and former names), 类别 A/B/C and 办结时限 in working days or a month
# from the 交办日期, 办理情况 and 是否销号, a 注 line stating the rule, a 合计 row and a 填表人 line.
BIZ_ROWS = [
    (
        "YS2024070101",
        "12345热线",
        date(2024, 7, 1),
        "濮阳市恒盛化工有限公司",
        "企业反映办理危险化学品经营许可证变更时，窗口要求重复提交系统内已有的营业执照复印件",
        "C",
        "市行政服务中心",
        "5个工作日",
        "已办结，取消重复提交要求，企业满意",
        "已销号",
    ),
    (
        "YS2024070203",
        "省营商环境投诉举报平台",
        date(2024, 7, 2),
        "濮阳市宏达机械制造有限公司",
        "企业反映2023年度失业保险稳岗返还资金至今未到账",
        "C",
        "市人社局",
        "5个工作日",
        "经核实，资金已于7月8日拨付到账",
        "已销号",
    ),
    (
        "YS2024070506",
        "营商环境“吐槽大会”",
        date(2024, 7, 5),
        "濮阳市华泽食品有限公司",
        "企业反映新建冷库电力增容报装超过承诺时限仍未接电",
        "B",
        "市供电公司",
        "15个工作日",
        "外线工程正在施工，预计8月5日送电",
        "未销号",
    ),
    (
        "YS2024070809",
        "营商环境特邀监督员",
        date(2024, 7, 8),
        "濮阳县鑫源商贸有限公司",
        "企业反映同一事项一个月内被市场监管部门重复检查3次",
        "C",
        "市市场监管局",
        "5个工作日",
        "已约谈相关执法人员，正在建立涉企检查统筹机制",
        "未销号",
    ),
    (
        "YS2024071012",
        "12345热线",
        date(2024, 7, 10),
        "濮阳市金穗农业科技有限公司",
        "企业反映设施农业用地备案时，被要求提供非必要的村民代表大会决议公证",
        "B",
        "市自然资源局",
        "15个工作日",
        "",
        "",
    ),
    (
        "YS2024071515",
        "省营商环境投诉举报平台",
        date(2024, 7, 15),
        "濮阳市龙城建设工程有限公司",
        "企业反映政府投资道路项目竣工两年仍未完成结算，工程款拖欠",
        "A",
        "市财政局",
        "1个月",
        "已委托审计机构开展结算审核，正在协调资金",
        "未销号",
    ),
    (
        "YS2024071618",
        "“赢商服务队”入企走访",
        date(2024, 7, 16),
        "濮阳市瑞丰物流有限公司",
        "企业反映出口退税审核时间过长，影响资金周转",
        "C",
        "市税务局",
        "5个工作日",
        "逾期未办",
        "未销号",
    ),
    (
        "YS2024071821",
        "12345热线",
        date(2024, 7, 18),
        "濮阳市百川纸业有限公司",
        "企业反映环保执法人员检查中暗示购买指定厂家的在线监测设备",
        "B",
        "市环保局",
        "15个工作日",
        "涉及公职人员作风问题线索已移交市纪委监委，市环保局正在配合调查",
        "未销号",
    ),
]


def write_biz_book(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("线索办理台账")
    b.widths(ws, [6, 16, 18, 12, 26, 44, 6, 16, 12, 36, 10])
    b.line(ws, 0, "2024年7月营商环境问题线索办理台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市发展和改革委员会（市优化营商环境办公室）    统计截至：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "线索编号",
            "线索来源",
            "交办日期",
            "反映主体",
            "问题线索",
            "类别",
            "承办单位",
            "办结时限",
            "办理情况",
            "是否销号",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BIZ_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "本月交办问题线索8件，其中A类1件、B类3件、C类4件；已办结销号2件")
    b.line(
        ws,
        end + 1,
        "注：C类（简单问题）5个工作日内办结销号；B类（跨部门协同问题）15个工作日内办结；A类（复杂历史遗留问题）"
        "1个月内集中攻坚办结。时限均自交办之日起计算。",
        10,
    )
    b.line(ws, end + 2, "填表人：许文静    联系电话：0393-6686102", 10)
    return b.close()


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_book, path, "xls", "营商环境问题线索办理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 电动自行车充电问题网络问政工单, after a 问政 column's account of one 工单 (网友留言反映小区私拉乱接电线给电动自行车
# 充电、多次反映未果; 栏目组已对此事进行转办; 街道回复: 社区工作人员前往现场查看…; 回访: 记者联系到网友…):
# http://ask.bgjj.cc/jczs/28791.html
# A CSV in UTF-8 with BOM, as a 问政 platform exports it: a title line and an 导出时间 line, one header line with 网友
# (the complainant), 诉求标题 and 诉求内容, the 转办日期 the 办理时限 in working days count from (or a date), the 承办单位
# (街道, 镇, short names), 办理状态, 答复内容 and 回访情况.
EBIKE_ROWS = [
    (
        "WZ20240701003",
        "问政濮阳",
        "2024-07-01 09:12",
        "王先生",
        "小区飞线充电多次反映未果",
        "华龙区胜利路街道油田三号院居民从阳台、窗户私拉电线给电动自行车充电，电线老化磨损，多次向物业反映未果",
        "2024-07-01",
        "华龙区胜利路街道办事处",
        "5个工作日",
        "已办结",
        "社区联合物业拆除飞线12处，张贴宣传单，引导居民到充电桩充电",
        "回访满意",
    ),
    (
        "WZ20240703011",
        "12345热线",
        "2024-07-03 15:40",
        "李女士",
        "小区充电端口严重不足",
        "建业春天里小区1300余户仅有电动自行车充电端口60个，晚间排队充电，部分居民只能入户充电",
        "2024-07-03",
        "华龙区中原路街道办事处",
        "15个工作日",
        "办理中",
        "街道已协调物业选址新建充电车棚，正在征求业主意见",
        "",
    ),
    (
        "WZ20240708027",
        "问政濮阳",
        "2024-07-08 21:05",
        "网友“濮上居民”",
        "电动车停楼道入户充电",
        "开州路阳光小区3号楼楼道内长期停放电动自行车，部分住户将电池带回家中充电",
        "2024-07-08",
        "华龙区开州路街道办事处",
        "5个工作日",
        "已办结",
        "已清理楼道电动自行车9辆，在单元门口张贴禁止进楼告示",
        "回访基本满意",
    ),
    (
        "WZ20240710035",
        "12345热线",
        "2024-07-10 10:26",
        "赵先生",
        "充电桩坏了半个月没人修",
        "濮阳县城关镇锦绣花园小区东门充电桩故障半月无人维修，居民无处充电",
        "2024-07-10",
        "濮阳县城关镇人民政府",
        "2024-07-17",
        "逾期未办",
        "",
        "",
    ),
    (
        "WZ20240715042",
        "问政濮阳",
        "2024-07-15 08:47",
        "孙女士",
        "小区充电收费过高",
        "龙城花园小区电动自行车充电桩每小时收费1.2元，明显高于周边小区0.6元的标准",
        "2024-07-15",
        "市市场监管局",
        "15个工作日",
        "办理中",
        "已对充电桩运营企业收费行为立案调查",
        "",
    ),
    (
        "WZ20240718050",
        "12345热线",
        "2024-07-18 19:30",
        "匿名",
        "地下车库违规停放充电",
        "天鹅湖小区地下车库大量电动自行车违规停放充电，无防火分隔和灭火器材",
        "2024-07-18",
        "市消防救援支队",
        "5个工作日",
        "已办结",
        "已对物业服务企业下发责令改正通知书，地下车库电动自行车已清理",
        "回访满意",
    ),
    (
        "WZ20240722061",
        "问政濮阳",
        "2024-07-22 11:18",
        "周先生",
        "老旧小区申请加装充电设施",
        "化工厂家属院为老旧小区，无电动自行车集中停放充电设施，申请加装充电桩",
        "2024-07-22",
        "华龙区人民路街道办事处",
        "15个工作日",
        "办理中",
        "",
        "",
    ),
]


def write_ebike(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月电动自行车充电问题网络问政工单办理情况"])
    w.writerow(["导出时间：2024-07-30 17:20    办理时限自转办之日起计算"])
    w.writerow(
        [
            "工单编号",
            "反映渠道",
            "留言时间",
            "网友",
            "诉求标题",
            "诉求内容",
            "转办日期",
            "承办单位",
            "办理时限",
            "办理状态",
            "答复内容",
            "回访情况",
        ]
    )
    for row in EBIKE_ROWS:
        w.writerow(row)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 学校食堂食品安全检查问题整改台账, after a 市场监管所's 学校食品安全检查 with the 中心校 (一查日管控、周排查、月调度;
# 二查食品原材料采购渠道; 三查食品加工、留样; 四查三防设施; 五查从业人员健康证、衣帽; 六查陪餐制度; 学校食堂及校内食品
# 经营户; 下发责令改正通知书10份):
# http://tcxw.com.cn/news/bendi/shehuixinwen/2024/0304/26249.html
# An .xls (xlwt): title, 检查单位 line, a two-row header (整改情况 over 完成时间 and 情况说明), the six 查 as 检查项目,
# the 责令改正通知书 number, deadlines as dates and 8月10日前, a filled 完成时间 as the closing signal, a 合计 row, a 注
# line and a 检查人 line.
CANTEEN_ROWS = [
    (
        "濮阳县城关镇第一初级中学",
        "一查日管控周排查月调度",
        "食品安全日管控、周排查记录不全，6月以来无月调度记录",
        "濮城市监责改〔2024〕21号",
        "2024.7.31",
        "2024.7.26",
        "已补建记录，指定专人负责",
    ),
    (
        "濮阳县城关镇实验小学",
        "二查原材料采购",
        "采购的食用油、面粉未索取供货商营业执照及检验合格证明",
        "濮城市监责改〔2024〕22号",
        "2024.7.31",
        "",
        "已联系供货商补齐证明，正在整理进货台账",
    ),
    (
        "濮阳县城关镇中心幼儿园",
        "三查加工留样",
        "食品留样不足125克，留样标签未标注餐次",
        "濮城市监责改〔2024〕23号",
        "2024.7.26",
        "2024.7.25",
        "",
    ),
    (
        "濮阳县城关镇第二小学",
        "四查三防设施",
        "库房挡鼠板缺失，操作间纱窗破损",
        "濮城市监责改〔2024〕24号",
        "8月10日前",
        "",
        "",
    ),
    (
        "濮阳县城关镇东关小学",
        "五查从业人员",
        "2名从业人员健康证明过期仍在岗",
        "濮城市监责改〔2024〕25号",
        "2024.7.29",
        "",
        "未整改",
    ),
    (
        "濮阳县城关镇第一初级中学",
        "六查陪餐制度",
        "未落实学校负责人陪餐制度，无陪餐记录",
        "濮城市监责改〔2024〕26号",
        "2024.8.15",
        "",
        "已制定陪餐轮值表，开学后执行",
    ),
    (
        "濮阳县城关镇晨光便利店",
        "校内食品经营户",
        "实验小学校内超市销售无生产日期的散装辣条等“三无”食品",
        "濮城市监责改〔2024〕27号",
        "2024.7.24",
        "2024.7.24",
        "已下架销毁，复查合格",
    ),
]


def write_canteen(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年秋季开学前学校食堂食品安全检查问题整改台账", t, 0, 8),
        (
            1,
            0,
            "检查单位：濮阳县市场监督管理局城关镇市场监督管理所、城关镇中心校    检查时间：2024年7月22日至7月24日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "学校（单位）名称", "检查项目", "存在问题", "责令改正通知书文号", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "整改情况", h, 2, 7),
        (3, 6, "完成时间", h),
        (3, 7, "情况说明", h),
        (2, 8, "复查人", h, 3, 8),
    ]
    checkers = ["张玉梅", "张玉梅", "刘振华", "刘振华", "张玉梅", "刘振华", "张玉梅"]
    for i, row in enumerate(CANTEEN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6) else c))
        cells.append((r, 8, checkers[i - 1], ctr))
    r = 4 + len(CANTEEN_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查学校食堂12家、校内食品经营户3户，下发责令改正通知书7份", c, r, 8),
        (r + 1, 0, "注：整改完成并经复查合格的，填写“完成时间”。", plain, r + 1, 8),
        (r + 2, 0, "检查人：张玉梅、刘振华    填表日期：2024年7月29日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 8. 农村乱占耕地建房典型案例通报, after the 自然资源部's public 通报 of 76 typical cases of 农村乱占耕地建房 (总计76起，
# 其中土地已复耕的52起、土地已恢复原状的2起、违法建筑物已拆除的7起、正在整改中的10起、已移交其他部门处理的3起、暂未处置
# 的2起; 此次公开通报的76起典型案例分别是: 1.… each case a numbered heading and a paragraph of facts):
# http://lunwentd.com/webdiceng.php?id=156066
# A .doc (Word 97 via LibreOffice): 通报 title, 主送, preamble with the counts by outcome, the cases as numbered
# headings each followed by a paragraph (facts, 处置, where it stands, the 乡镇人民政府 leading the 整改 and its time
# limit), a closing paragraph and the office and date at the foot.
LAND_CASES = [
    (
        "1.濮阳县庆祖镇西辛庄村村民张某某违法占用耕地建房案",
        (
            "2024年3月，张某某未经批准占用本村耕地0.42亩建设住房。4月，县自然资源局下达《责令停止违法行为通知书》"
            "并立案查处。该案由濮阳县庆祖镇人民政府牵头整改，整改时限为2024年6月30日。目前，违法建筑已拆除，土地已复耕。"
        ),
    ),
    (
        "2.清丰县马庄桥镇某养殖专业合作社违法占用永久基本农田建设养殖场案",
        (
            "2024年1月至4月，该合作社违法占用永久基本农田0.95亩建设养殖圈舍。5月，县自然资源局立案查处并下达"
            "《行政处罚决定书》。该案由清丰县马庄桥镇人民政府牵头整改，要求2024年9月30日前完成复耕。目前，"
            "圈舍已拆除大半，正在整改中。"
        ),
    ),
    (
        "3.南乐县谷金楼乡前寨村村民委员会违规占用耕地建设停车场案",
        (
            "2024年2月，前寨村村民委员会未经批准占用耕地1.2亩硬化建设停车场。3月，县自然资源局发现后责令停止违法行为。"
            "该案由南乐县谷金楼乡人民政府牵头整改，整改时限为2024年5月31日。目前，硬化地面已破除，土地已复耕。"
        ),
    ),
    (
        "4.范县陈庄镇某砖瓦厂非法取土破坏耕地案",
        (
            "2023年11月至2024年3月，该砖瓦厂在陈庄镇北部非法取土，破坏耕地耕作层约6.3亩。因涉嫌非法占用农用地罪，"
            "县自然资源局已将案件移交公安机关立案侦查。耕作层恢复由范县陈庄镇人民政府牵头，2024年年底前完成。"
        ),
    ),
    (
        "5.台前县打渔陈镇村民李某某在承包地建设“大棚房”案",
        (
            "2024年4月，李某某以建设农业大棚为名，在承包地内建设住宿、餐饮设施约300平方米。5月，县自然资源局联合"
            "县农业农村局责令整改。该案由台前县打渔陈镇人民政府牵头整改，整改时限为2024年7月15日。目前，"
            "违法建筑物已全部拆除。"
        ),
    ),
    (
        "6.华龙区岳村镇某农业开发公司以设施农业名义违法占地建设餐饮设施案",
        (
            "2024年5月，该公司以设施农业用地备案名义占用耕地0.8亩，建设农家乐餐厅及停车场。6月，区自然资源部门"
            "发现后下达《责令停止违法行为通知书》，当事人未停止经营。该案由华龙区岳村镇人民政府牵头整改，"
            "要求2024年8月31日前整改到位，目前暂未处置。"
        ),
    ),
    (
        "7.濮阳县文留镇村民王某某违法占用耕地建房出售案",
        (
            "2024年2月，王某某违法占用耕地0.36亩建设二层住房并对外出售。3月，县自然资源局立案查处。"
            "该案由濮阳县文留镇人民政府牵头整改，整改时限为2024年7月20日。目前，违法建筑已拆除，土地已复耕。"
        ),
    ),
    (
        "8.清丰县高堡乡某建材公司未批先建厂房案",
        (
            "2024年3月，该公司未办理用地审批手续，占用耕地2.1亩建设厂房。4月，县自然资源局立案查处。该案由清丰县"
            "高堡乡人民政府牵头整改，要求10月底前完成拆除复耕。目前，已拆除厂房围墙和部分钢结构，正在整改中。"
        ),
    ),
]


def write_land_docx(path: Path) -> Path:
    doc = _new_document("执法监察支队")
    _title(doc, "关于2024年上半年农村乱占耕地建房典型案例的通报")
    _paragraph(doc, "各县（区）人民政府，开发区、工业园区、示范区管委会，各县（区）自然资源主管部门：")
    _paragraph(
        doc,
        "为发挥典型案例的警示教育作用，坚决遏制农村乱占耕地建房行为，现将2024年上半年各地报送及卫片执法发现的"
        "8起典型案例予以通报。截至7月25日，其中土地已复耕的3起、违法建筑物已拆除的1起、正在整改中的2起、"
        "已移交其他部门处理的1起、暂未处置的1起。",
    )
    _paragraph(doc, "此次通报的8起典型案例分别是：")
    for heading, text in LAND_CASES:
        _paragraph(doc, heading, font="黑体")
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各地要以“零容忍”的态度，对新增乱占耕地建房行为发现一起、制止一起、查处一起，请各牵头单位按时限完成整改，"
        "并于每月25日前将整改进展报市自然资源和规划局执法监察支队。",
    )
    _paragraph(doc, "濮阳市自然资源和规划局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_land(path: Path) -> Path:
    return via_soffice(write_land_docx, path, "doc", "农村乱占耕地建房典型案例通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 河长巡河发现问题整改台账, after a 街道's account of its 河长 patrols (各级河长按照责任划分，对辖区内的大功河、卫河、
# 长虹渠…开展常态化的巡河工作; 重点查看河面水位、河面河岸保洁是否到位，河底有无明显垃圾淤积，河道水体有无异味、颜色是否
# 异常，是否有新增入河排污口，是否存在涉水违章或违法的建筑物，并做好巡河记录; 发现问题及时研究整改):
# http://61.54.6.141:10082/portal/xwzx/xzdt/webinfo/2019/05/1619639148069248.htm
# An .xlsx: title, 填报单位 line, a two-row header (巡河情况 over 河流/河段/巡河河长/巡河日期; 整改落实 over 整改时限/
# 整改情况/销号情况), the patrol's 巡查内容 as the problem type, the 河长 (who found it) beside the 责任单位 (the
# 乡镇人民政府), 8月底前 and 长期坚持, a 注 line and a 填表人 line.
RIVER_ROWS = [
    (
        "金堤河",
        "柳屯镇段",
        "王建国（县级河长）",
        date(2024, 7, 2),
        "河面保洁",
        "柳屯镇孟庄桥下游河面漂浮生活垃圾约200平方米",
        "濮阳县柳屯镇人民政府",
        "2024.7.5",
        "已组织打捞清理",
        "已销号",
    ),
    (
        "马颊河",
        "城关镇段",
        "刘志勇（镇级河长）",
        date(2024, 7, 3),
        "入河排污口",
        "马颊河城关镇段新增一处疑似雨污混接排口，晴天有污水排放",
        "濮阳县城关镇人民政府",
        "2024.7.31",
        "已溯源排查，正在实施封堵",
        "未销号",
    ),
    (
        "第三濮清南干渠",
        "海通乡段",
        "李红军（乡级河长）",
        date(2024, 7, 5),
        "涉水违建",
        "渠道管理范围内新建养殖棚1处，约120平方米",
        "濮阳县海通乡人民政府",
        "8月底前",
        "未整改",
        "未销号",
    ),
    (
        "顺河沟",
        "王称堌镇段",
        "赵立新（镇级河长）",
        date(2024, 7, 8),
        "乱堆",
        "顺河沟左岸堆放建筑垃圾约50立方米",
        "濮阳县王称堌镇人民政府",
        "2024.7.20",
        "已清运完毕，经复查合格",
        "已销号",
    ),
    (
        "金堤河",
        "户部寨镇段",
        "王建国（县级河长）",
        date(2024, 7, 10),
        "水体异常",
        "户部寨镇段水体发黑有异味，疑似上游养殖场直排废水",
        "濮阳县户部寨镇人民政府",
        "2024.7.25",
        "",
        "",
    ),
    (
        "马颊河",
        "梁庄镇段",
        "孙海涛（镇级河长）",
        date(2024, 7, 15),
        "乱占",
        "河道滩地违规种植高秆作物约3亩，影响行洪",
        "濮阳县梁庄镇人民政府",
        "2024.7.31",
        "已约谈种植户，正在组织清除",
        "未销号",
    ),
    (
        "第三濮清南干渠",
        "文留镇段",
        "陈国华（镇级河长）",
        date(2024, 7, 18),
        "河长履职",
        "村级河长巡河记录缺失，6月份无巡河轨迹",
        "濮阳县文留镇人民政府",
        "长期坚持",
        "已建立村级河长巡河月通报制度，长期坚持",
        "",
    ),
]


def write_river(path: Path) -> Path:
    b = Book(path, author="河长办")
    ws = b.sheet("巡河问题台账")
    b.widths(ws, [6, 14, 12, 18, 12, 12, 40, 26, 12, 30, 10])
    b.line(ws, 0, "濮阳县2024年7月河湖长巡河发现问题整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县河长制办公室（盖章）    填报日期：2024年7月30日", 10)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "巡河情况", b.head)
    b.header(ws, 3, ["河流名称", "河段", "巡河河长", "巡河日期"], first=1)
    for c, word in [(5, "巡查内容"), (6, "发现问题"), (7, "责任单位")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "销号情况"], first=8)
    for i, row in enumerate(RIVER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RIVER_ROWS)
    b.line(ws, end, "注：问题整改完成并经县河长办复核的，在“销号情况”栏填写“已销号”。", 10)
    b.line(ws, end + 1, "填表人：杜晓燕    审核人：王建国    联系电话：0393-3215507", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 物业服务考核问题整改, after a county 住建局's 年终综合考核 of the 物业管理小区 and 物业服务企业 with the 街道办、社区
# (考核重点围绕小区环境卫生管理、绿化管护、房屋管理与维修养护、公共设施设备管理、秩序维护与车辆管理情况、物业服务合同
# 履行情况等，并对现场考核中发现的各类问题提出整改意见，限期整改):
# http://www.chuannane.com/loushi/2018/0208/8057.html
# A .zip of two returns: one 物业服务企业's .xlsx (填报单位 line; rows by the six 考核项目, naming only its own 项目部 and
# office) and another's .docx (a table naming only its own 工程部、客服部、秩序部、保洁部 as 责任部门).
ANJU_ROWS = [
    (
        "环境卫生管理",
        "龙湖花园项目部",
        "地下车库积水，垃圾桶周边污渍未清理",
        "排水疏通，垃圾桶每日清洗",
        "2024.7.10",
        "已整改",
    ),
    (
        "绿化管护",
        "锦华苑项目部",
        "小区绿地黄土裸露约200平方米，枯死树木未补植",
        "覆盖裸土，秋季补植苗木",
        "9月30日前",
        "已完成黄土覆盖，补植待秋季实施",
    ),
    (
        "公共设施设备管理",
        "龙湖花园项目部",
        "3号楼电梯年检合格标志过期",
        "联系特检机构完成年检",
        "2024.7.15",
        "已完成年检，张贴新标志",
    ),
    (
        "秩序维护与车辆管理",
        "锦华苑项目部",
        "消防通道被私家车占用，未施划禁停标线",
        "施划禁停标线，加强巡查劝离",
        "2024.7.20",
        "",
    ),
    (
        "物业服务合同履行",
        "综合办公室",
        "未按合同约定每季度公示物业服务收支情况",
        "每季度在小区公告栏公示收支情况",
        "长期坚持",
        "常态化推进",
    ),
]
XINCHENG_ROWS = [
    (
        "外墙瓷砖空鼓脱落，未设置警示隔离",
        "工程部",
        "设置隔离区，修复空鼓瓷砖",
        "2024年7月12日",
        "已设置隔离区并完成修复",
    ),
    (
        "业主报修响应超时，维修台账记录不完整",
        "客服部",
        "落实首问负责，完善维修台账",
        "7月底前",
        "正在整理维修台账",
    ),
    (
        "监控室值班人员未持消防设施操作员证上岗",
        "秩序部",
        "组织值班人员参加培训考证",
        "2024年8月31日",
        "未整改",
    ),
    ("楼道堆放杂物未及时清理", "保洁部", "逐楼排查清理，建立巡查记录", "2024年7月8日", "已清理完毕"),
    ("二次供水水箱未按规定每半年清洗消毒", "工程部", "委托专业机构清洗消毒并检测水质", "2024年8月15日", ""),
]


def write_anju_book(path: Path) -> Path:
    b = Book(path, author="安居物业")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 18, 16, 36, 28, 12, 30])
    b.line(ws, 0, "物业服务综合考核发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市安居物业服务有限公司    填报日期：2024年7月24日", 6)
    b.header(ws, 2, ["序号", "考核项目", "所在小区（部门）", "存在问题", "整改意见", "整改期限", "整改情况"])
    for i, row in enumerate(ANJU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(ANJU_ROWS), "企业负责人：孟庆华    填表人：苏静    联系电话：0393-8186620", 6)
    return b.close()


def write_xincheng_docx(path: Path) -> Path:
    doc = _new_document("鑫诚物业")
    _title(doc, "物业服务综合考核问题整改落实情况", 18)
    _paragraph(doc, "填报单位：濮阳市鑫诚物业管理有限公司（盛世华庭项目）    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(XINCHENG_ROWS, 1)]
    _table(doc, ["序号", "考核发现问题", "责任部门", "整改措施", "完成时限", "完成情况"], body)
    _paragraph(doc, "项目经理：吴卫东    联系电话：0393-8263377", 12)
    return _save_fixed(doc, path)


def write_property(path: Path) -> Path:
    members = [
        ("物业服务综合考核问题整改情况表（安居物业）.xlsx", write_anju_book),
        ("物业服务综合考核问题整改落实情况（鑫诚物业）.docx", write_xincheng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 城市长效综合管理考核测评问题, after a city 城管局's monthly 市区城市长效综合管理考核 (得分排名靠前、靠后的街道;
# 12319城市管理服务热线共受理各类案件…; 本月测评发现部分点位问题比较突出，如: …的…路，乱扔杂物4处、乱涂写3处、乱堆放
# 杂物5处、路面破损3处、机动车占道8处; 农贸市场…由私人承包经营，造成重利益、轻管理的现象):
# http://jsnews.jschina.com.cn/nt/a/201808/t20180828_1869987.shtml
# An .xlsx of two sheets: 得分排名 (each 街道's score and rank, with the 12319 figures in a line) and 问题清单 (title,
# 考核单位 line, one header row: 责任街道, 测评点位, 点位类型, problems with their counts, 扣分, 整改时限, 街道反馈),
# a 常态化推进 row, a 说明 line and a 填表人 line.
RANK_ROWS = [
    ("华龙区黄河路街道办事处", 93.6),
    ("华龙区胜利路街道办事处", 92.8),
    ("华龙区人民路街道办事处", 90.5),
    ("华龙区大庆路街道办事处", 89.7),
    ("华龙区中原路街道办事处", 88.2),
    ("华龙区开州路街道办事处", 86.9),
    ("华龙区孟轲乡人民政府", 85.4),
]
EVAL_ROWS = [
    (
        "华龙区胜利路街道办事处",
        "胜利路（中原路—京开大道）",
        "主次干道",
        "乱扔杂物4处、乱张贴2处、机动车占道3处",
        2.5,
        "2024年8月5日",
        "已整改",
    ),
    (
        "华龙区中原路街道办事处",
        "中原路农贸市场",
        "农贸市场",
        "占道经营3处、乱堆放杂物3处、出售过期食品2例",
        3.0,
        "2024年8月5日",
        "正在整改",
    ),
    (
        "华龙区人民路街道办事处",
        "建设路背街小巷（石化路口—工业路口）",
        "背街小巷",
        "乱涂写16处、路面破损3处",
        2.0,
        "2024年8月5日",
        "乱涂写已清除，破损路面正在修补",
    ),
    (
        "华龙区大庆路街道办事处",
        "大庆路农贸市场",
        "农贸市场",
        "非机动车乱停放5处、乱设广告牌2处",
        1.5,
        "2024年8月5日",
        "",
    ),
    (
        "华龙区黄河路街道办事处",
        "黄河路（振兴路—京开大道）",
        "主次干道",
        "店外经营6处、乱挂横幅4处",
        2.0,
        "2024年7月31日",
        "已整改",
    ),
    (
        "华龙区开州路街道办事处",
        "开州路与长庆路交叉口",
        "主次干道",
        "非机动车停车线附近地面非法小广告约20处未清理",
        1.0,
        "2024年8月5日",
        "未整改",
    ),
    (
        "华龙区孟轲乡人民政府",
        "孟轲乡集贸市场",
        "农贸市场",
        "市场由私人承包经营，管理方重利益、轻管理，垃圾日产日清不落实",
        2.0,
        "常态化推进",
        "已督促市场管理方建立保洁制度，常态化推进",
    ),
]


def write_eval(path: Path) -> Path:
    b = Book(path, author="考核办")
    ws = b.sheet("得分排名")
    b.widths(ws, [8, 30, 12, 8])
    b.line(ws, 0, "7月份市区城市长效综合管理考核得分排名", 3, b.title)
    b.line(
        ws,
        1,
        "7月份，市“12319”城市管理服务热线共受理各类案件13545件，其中公众举报1415件。",
        3,
    )
    b.header(ws, 2, ["序号", "街道（乡）", "得分", "排名"])
    for i, (name, score) in enumerate(RANK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.put(ws, 2 + i, 1, name)
        b.put(ws, 2 + i, 2, score, b.center)
        b.put(ws, 2 + i, 3, i, b.center)

    ws = b.sheet("问题清单")
    b.widths(ws, [6, 26, 30, 10, 44, 8, 14, 34])
    b.line(ws, 0, "7月份城市长效综合管理考核测评问题整改反馈表", 7, b.title)
    b.line(ws, 1, "考核单位：濮阳市城市管理局（市城市长效管理考核办）    测评时间：2024年7月22日至7月26日", 7)
    b.header(
        ws, 2, ["序号", "责任街道（乡）", "测评点位", "点位类型", "存在问题", "扣分", "整改时限", "街道反馈"]
    )
    for i, row in enumerate(EVAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EVAL_ROWS)
    b.line(
        ws,
        end,
        "说明：扣分计入当月城市长效综合管理考核；排名连续靠后的街道（乡），由市城市管理委员会约谈。",
        7,
    )
    b.line(ws, end + 1, "填表人：冯立波    联系电话：0393-8310012    填表日期：2024年7月29日", 7)
    return b.close()


FILES = [
    ("2024年6月份拖欠农民工工资预警项目整改情况表.xlsx", write_wage),
    ("关于2024年7月份城市管理工作督查情况的通报.docx", write_city_report),
    ("工商餐饮用户燃气安全入户检查隐患台账（第三批）.xlsx", write_gas),
    ("庆祖镇卫生院医保基金使用问题清单整改情况报告.wps", write_medins),
    ("2024年7月营商环境问题线索办理台账.et", write_biz),
    ("电动自行车充电问题网络问政工单（7月）.csv", write_ebike),
    ("秋季开学前学校食堂食品安全检查问题整改台账.xls", write_canteen),
    ("关于2024年上半年农村乱占耕地建房典型案例的通报.doc", write_land),
    ("濮阳县7月河湖长巡河发现问题整改台账.xlsx", write_river),
    ("物业服务综合考核问题整改（两家物业公司）.zip", write_property),
    ("7月份城市长效综合管理考核测评问题整改反馈表.xlsx", write_eval),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

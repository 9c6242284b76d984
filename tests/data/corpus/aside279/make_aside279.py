"""Write the aside279 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 审计整改与巡察整改 (乡镇街道、村居、县直部门、国企): 审计结果公告式的整改报告, 政府投资项目审计调查整改
台账, 审计结果公告问题汇总表, 国企跟踪审计整改公示, 对村巡察立行立改事项清单, 国企专项审计调查整改台账 (对账销号),
预算执行审计查出问题整改情况表, 县直部门巡察整改进展报告, 集团公司巡视专项检查立行立改整改表, and two 街道 audit
returns in one zip.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (LibreOffice conversion of an .xlsx), a CSV in GBK,
a .docx whose items are numbered paragraphs, a .doc and a .wps (LibreOffice conversions of two .docx), and a .zip of
two returns (an .xlsx and a .docx) whose member names are stored in GBK, as Chinese Windows writes them. Contents are
made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside279.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 镇经济责任审计发现问题整改情况报告, after a district 审计局's 审计结果公告 on a town government (一、基本情况及
# 审计评价意见; 二、审计发现的主要问题, six short numbered headings (一)…(六): 安全文明施工费未按规定预付, 广告服务未经
# 分散采购, 合同条款与招标文件不一致, 社区用房管理不到位, 小微企业工会经费应返未返, 离职人员食堂饭卡未及时注销;
# 三、审计建议 as 一是…二是…三是…; 四、审计发现问题的整改情况 in prose):
# http://www.kq.gov.cn/art/2025/4/8/art_1229405316_4218082.html
# A .docx from the town itself: title, 主送, preamble with the date the audit report was served (the base of 立行立改),
# the same four sections; the problems are listed in section 二 and their 责任科室, 时限 and progress are told in
# section 四, each paragraph pointing back by number (针对第（三）项问题). All items belong to the town.
TOWN_PROBLEMS = [
    "镇村道路提升工程安全文明施工费未按合同约定预付。",
    "便民服务中心宣传服务未经分散采购程序。",
    "镇级工程施工合同部分条款与招标文件不一致。",
    "3处村级党群服务中心闲置用房管理不到位。",
    "小微企业工会经费返还款2.36万元应返未返。",
    "5名离职人员食堂饭卡未及时注销。",
    "镇财政所往来款项长期挂账未清理，涉及金额18.6万元。",
    "镇属企业财务管理制度不健全，未开展定期财务检查。",
]
TOWN_PROGRESS = [
    "由镇村建办负责，整改时限2024年6月30日。已于6月20日向施工单位补付安全文明施工费12.4万元，整改完成。",
    "由党政办公室负责，立行立改。审计报告送达当日即组织学习政府采购有关规定，修订了镇内部采购管理办法，"
    "已整改到位。",
    "由镇村建办负责，2024年9月底前完成。目前已与施工单位协商签订补充协议，正在履行审批程序。",
    "由经济发展办公室负责，年底前完成。拟通过公开招租方式盘活闲置用房，目前尚未启动。",
    "由镇财政所负责，整改时限2024年7月15日。",
    "由党政办公室负责，立行立改。已注销5张饭卡并收回卡内余额，建立了人员离职饭卡注销登记制度。",
    "由镇财政所负责，按照“8月底前完成核对、10月底前清理一半、12月底前全部清理到位”的计划推进，"
    "目前已完成往来款项核对，已清理8.2万元。",
    "由经济发展办公室负责，已建立镇属企业财务季度检查制度，长期坚持。",
]
CN_NUM = "一二三四五六七八九十"


def write_town_report(path: Path) -> Path:
    doc = _new_document("党政办公室")
    _title(doc, "濮阳县柳屯镇人民政府关于经济责任审计发现问题整改情况的报告")
    _paragraph(doc, "濮阳县审计局：")
    _paragraph(
        doc,
        "根据《中华人民共和国审计法》等规定，2024年3月18日至5月10日，濮阳县审计局对我镇2021年1月至2023年12月"
        "有关经济事项进行了审计，并于2024年6月5日向我镇送达了审计报告。现将审计发现问题的整改情况报告如下：",
    )
    _paragraph(doc, "一、基本情况及审计评价意见", font="黑体")
    _paragraph(
        doc,
        "审计结果表明，我镇能紧紧围绕县委、县政府决策部署，推进经济社会发展。但审计也发现，我镇在工程管理、"
        "内部控制、资产管理等方面还存在薄弱环节。",
    )
    _paragraph(doc, "二、审计发现的主要问题", font="黑体")
    for i, text in enumerate(TOWN_PROBLEMS):
        _paragraph(doc, f"（{CN_NUM[i]}）{text}")
    _paragraph(doc, "三、审计建议", font="黑体")
    _paragraph(
        doc,
        "审计建议：一是要全面加强政策执行力度，切实优化营商环境；二是要着力提高内控管理水平，规范政府采购行为；"
        "三是要有效提升资产管理能力，加强对国有资产的管理。",
    )
    _paragraph(doc, "四、审计发现问题的整改情况", font="黑体")
    _paragraph(
        doc,
        "针对审计发现的问题，镇党委、镇政府高度重视，召开专题会议逐条研究，明确责任科室和整改时限。"
        "具体整改情况如下：",
    )
    for i, text in enumerate(TOWN_PROGRESS):
        _paragraph(doc, f"（{CN_NUM[i]}）针对第（{CN_NUM[i]}）项问题：{text}")
    _paragraph(doc, "下一步，我镇将举一反三，健全内控制度，确保审计发现问题全部整改到位。")
    _paragraph(doc, "濮阳县柳屯镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 政府投资项目专项审计调查整改台账, after a county 审计局's 政府投资项目专项审计调查结果公告 (抽查6个项目; 工程结算
# 价款不实, 合同签订不规范, 监理单位履职不严, 竣工后未及时办理竣工结算, 未按规定办理水土保持设施自主验收; 责成建设
# 单位整改; 立行立改类问题已完成整改, 分阶段整改类问题按照计划正在整改中; 建设单位 a 发展控股集团):
# https://www.scdl.gov.cn/info/1456/273956.htm
# An .xlsx: title, 填报单位 line with the 送达 date the 立行立改类 rows count from, a two-row header (整改落实情况 over
# 整改时限 / 整改情况 / 是否销号), the 建设单位 as unit (a bureau by short name, county 城投 companies, a 街道, a county
# hospital, a county 水利局), a 合计 row, 说明 and signature lines.
INVEST_ROWS = [
    (
        "市城区东环路改造提升工程",
        "市住建局",
        "工程结算价款不实，多计路面铣刨工程量，涉及金额46.3万元",
        "立行立改类",
        "核减多计工程款",
        "立行立改",
        "已从施工单位应付工程款中扣回46.3万元",
        "是",
    ),
    (
        "濮阳县城关镇污水管网工程",
        "濮阳县城市建设投资有限公司",
        "部分施工合同未约定工程进度款支付比例，合同签订不规范",
        "立行立改类",
        "签订补充协议，明确支付条款",
        "立行立改",
        "已与3家施工单位签订补充协议",
        "",
    ),
    (
        "华龙区中原路街道老旧小区改造项目",
        "华龙区中原路街道办事处",
        "监理单位履职不严，监理日志记录缺失42天",
        "立行立改类",
        "约谈监理单位，责令补全资料",
        "立行立改",
        "已约谈监理单位负责人，监理日志已补全",
        "是",
    ),
    (
        "清丰县人民医院门诊综合楼项目",
        "清丰县人民医院",
        "项目竣工验收后超过6个月未办理竣工结算",
        "分阶段整改类",
        "加快竣工结算送审",
        "2024年8月底前完成结算送审，年底前办结",
        "已完成结算资料整理，正在送审",
        "否",
    ),
    (
        "南乐县小型农田水利工程",
        "南乐县水利局",
        "未按规定办理水土保持设施自主验收",
        "立行立改类",
        "补办水土保持设施自主验收",
        "立行立改",
        "未启动",
        "否",
    ),
    (
        "范县产业集聚区标准化厂房项目",
        "范县城市发展投资有限公司",
        "工程设计变更未履行审批程序，涉及变更金额128万元",
        "分阶段整改类",
        "补办变更审批手续",
        "2024年9月30日",
        "正在补办变更审批手续",
        "否",
    ),
    (
        "台前县中小学校舍维修改造项目",
        "台前县投资集团有限公司",
        "项目资金138万元未按计划支付，形成资金闲置",
        "分阶段整改类",
        "按工程进度拨付资金",
        "2024年10月底",
        "",
        "",
    ),
    (
        "市体育中心配套道路工程",
        "濮阳市城乡建设投资集团有限公司",
        "未按合同约定扣留工程质量保证金",
        "立行立改类",
        "按合同约定扣留质量保证金",
        "立行立改",
        "正在与施工单位协商扣留方式",
        "否",
    ),
]


def write_invest(path: Path) -> Path:
    b = Book(path, author="政府投资审计科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 20, 36, 12, 20, 22, 28, 8])
    b.line(ws, 0, "2021—2023年度政府投资项目专项审计调查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市审计局（政府投资审计科）    审计调查报告送达日期：2024年6月21日    "
        "填报日期：2024年7月29日",
        8,
    )
    for c, word in enumerate(["序号", "项目名称", "建设单位", "审计发现的主要问题", "整改类型", "整改要求"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "是否销号"], first=6)
    for i, row in enumerate(INVEST_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (5, 8) else b.cell)
    end = 4 + len(INVEST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "8个问题（立行立改类5个，分阶段整改类3个），已销号2个", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：整改类型按审计调查报告确定，立行立改类问题自报告送达之日起立即整改；“是否销号”由审计组复核后填写。",
        8,
    )
    b.line(ws, end + 2, "填表人：马晓娟    审核人：王振东    联系电话：0393-8991472", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 审计结果公告反映问题整改情况汇总表, after a city 审计局's 关于请求批准对外公告第二批审计结果的报告 (five 审计结果
# 公告 as 附件1-5, each 沅审公告〔2021〕N号: a state-owned 建材有限公司's 资产负债损益审计, 征地拆迁安置资金专项审计,
# 路灯灯饰服务中心 and 公路建设养护中心 财务收支审计, 农业面源污染综合治理项目 资金跟踪审计):
# http://www.yuanjiang.gov.cn/21765/21767/content_1509539.html
# An .xls (xlwt): title, one header row, each 公告 a block of two problem rows with 序号, 公告文号, 审计项目, 被审计单位
# and 报告送达日期 merged down the block, the 整改责任单位 (sometimes not the audited unit: a district government, a
# bureau under a former name) beside 整改期限 as 送达之日起N日内 / dates / 年底前 / 立行立改, a 说明 and a signature line.
NOTICE_BLOCKS = [
    (
        "濮审公告〔2024〕5号",
        "濮阳市城建建材有限公司2023年度资产负债损益情况审计",
        "濮阳市城建建材有限公司",
        "2024年5月20日",
        [
            (
                "应收账款长期挂账未清理，涉及金额326.5万元",
                "濮阳市城建建材有限公司",
                "送达之日起60日内",
                "已清收98万元，其余正在通过诉讼途径追收",
            ),
            (
                "商品混凝土销售未及时开具发票，少计当期收入41.2万元",
                "濮阳市城建建材有限公司",
                "送达之日起60日内",
                "已补开发票并调整账务，整改完毕",
            ),
        ],
    ),
    (
        "濮审公告〔2024〕6号",
        "2019年至2023年征地拆迁安置资金专项审计",
        "市自然资源局",
        "2024年5月28日",
        [
            (
                "3个项目征地拆迁安置补偿资金未及时足额发放，涉及被征地农户126户",
                "华龙区人民政府",
                "2024年8月31日",
                "已发放83户，剩余43户因权属争议正在调处",
            ),
            (
                "征地拆迁工作经费超范围列支12.8万元",
                "市国土局",
                "送达之日起30日内",
                "已收回超范围列支资金并上缴财政",
            ),
        ],
    ),
    (
        "濮审公告〔2024〕7号",
        "濮阳市城市照明管理处2021年至2023年财务收支情况审计",
        "濮阳市城市照明管理处",
        "2024年6月11日",
        [
            (
                "路灯维护外包合同未经公开招标，合同金额216万元",
                "市城管局",
                "年底前",
                "正在重新组织公开招标",
            ),
            (
                "固定资产账实不符，28套路灯控制箱未登记入账",
                "濮阳市城市照明管理处",
                "送达之日起60日内",
                "已全部登记入账",
            ),
        ],
    ),
    (
        "濮审公告〔2024〕8号",
        "濮阳市公路事业发展中心2021年至2023年财务收支情况审计",
        "濮阳市公路事业发展中心",
        "2024年6月17日",
        [
            ("公路养护工程未按规定计取安全生产费", "市交通局", "2024年9月30日", ""),
            ("6台养护机械设备闲置超过2年", "濮阳市公路事业发展中心", "2024年10月底前", "未整改"),
        ],
    ),
    (
        "濮审公告〔2024〕9号",
        "农业面源污染综合治理项目资金跟踪审计",
        "市农委",
        "2024年6月25日",
        [
            ("项目进度滞后，2处生态沟渠未按期完工", "清丰县农业农村局", "2024年8月底前", "进展滞后"),
            ("有机肥补贴发放审核不严，重复发放1.6万元", "市农委", "立行立改", "已追回重复发放资金"),
        ],
    ),
]


def write_notices(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年第二批审计结果公告反映问题整改情况汇总表", t, 0, 8),
        (1, 0, "填报单位：濮阳市审计局办公室    填报日期：2024年7月29日", plain, 1, 8),
    ]
    words = [
        "序号",
        "公告文号",
        "审计项目",
        "被审计单位",
        "报告送达日期",
        "审计发现问题",
        "整改责任单位",
        "整改期限",
        "整改结果",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    r = 3
    for n, (number, project, audited, served, problems) in enumerate(NOTICE_BLOCKS, 1):
        last = r + len(problems) - 1
        for col, v in enumerate([n, number, project, audited, served]):
            cells.append((r, col, v, ctr if col in (0, 4) else c, last, col))
        for k, (problem, unit, limit, result) in enumerate(problems):
            cells += [
                (r + k, 5, problem, c),
                (r + k, 6, unit, c),
                (r + k, 7, limit, ctr),
                (r + k, 8, result, c),
            ]
        r = last + 1
    cells += [
        (
            r,
            0,
            "说明：整改期限自审计报告送达之日起计算；整改结果由整改责任单位填报，市审计局汇总。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：赵立新    填表人：孙倩    联系电话：0393-8993065", plain, r + 1, 8),
    ]
    return _write_xls(path, [("汇总表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 跟踪审计发现问题整改情况的公示 (附件), after a city rail-transit company's 关于对1号线一期工程项目跟踪审计发现问题
# 整改情况的公示 (市审计局继续跟踪审计, 《审计报告》指出土建某标段多计工程款; 公司对问题进行了认真核实和整改; 根据
# 市审计局关于做好审计发现问题整改情况公开工作的通知, 具体整改情况详见附件):
# http://m.sh-hsp.com/html/1950/10325.html
# A CSV in GBK, the 附件 of a state-owned bus company's 公示: a title line, a line with the 审计报告下发日期 (the base of
# 15个工作日内 and 立行立改) and the 公示期, one header line with 涉及金额 and the company's own 责任部门, 整改时限 beside a
# separate 整改完成时间 (an event date: filled alone it tells the item is done), a 合计 line.
BUS_ROWS = [
    (
        "1号场站土建标段多计土方外运工程量，多计工程款23.6万元",
        "23.6",
        "工程管理部",
        "15个工作日内",
        "2024-07-05",
        "已从工程进度款中扣回",
    ),
    ("充电桩设备采购未按合同约定扣留质保金", "8.4", "物资设备部", "15个工作日内", "2024-07-10", ""),
    (
        "2号场站钢结构雨棚变更未经监理签证即办理结算",
        "15.2",
        "工程管理部",
        "2024年8月31日",
        "",
        "正在补办变更签证手续",
    ),
    (
        "工程进度款支付审批单缺少分管领导签字",
        "",
        "计划财务部",
        "立行立改",
        "2024-06-20",
        "已补签并完善支付审批流程",
    ),
    (
        "施工现场临时用电未单独计量，电费由公司承担",
        "3.1",
        "安全技术部",
        "2024年9月底前",
        "",
        "已协调施工单位，待签订电费分摊协议",
    ),
    ("监理单位总监理工程师长期不在岗", "", "工程管理部", "15个工作日内", "", "未整改"),
    ("场站消防设施未随主体工程同步验收", "", "安全技术部", "年底前", "", ""),
]


def write_bus(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市众意公交公司新能源公交场站建设项目跟踪审计发现问题整改情况（附件）"])
    w.writerow(["审计单位：濮阳市审计局    审计报告下发日期：2024年6月20日    公示期：2024年7月29日至8月2日"])
    w.writerow(
        [
            "序号",
            "审计发现问题",
            "涉及金额（万元）",
            "整改责任部门",
            "整改时限",
            "整改完成时间",
            "整改情况说明",
        ]
    )
    for i, row in enumerate(BUS_ROWS, 1):
        w.writerow([i, *row])
    total = sum(float(r[1]) for r in BUS_ROWS if r[1])
    w.writerow(["合计", "7个问题", f"{total:.1f}", "", "", "", ""])
    w.writerow(
        ["注：整改时限自审计报告下发之日起计算；对公示内容有异议的，请联系公司纪检监察室，电话0393-4416620。"]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 对村巡察立行立改事项清单, after an account of a city's 市县联动巡察 of villages (进驻前的“政策清单”“收集信息清单”
# “预设问题清单”; 集中入驻期间建立“走访重点人员清单”, 整理出“发现问题清单”; 对能够立行立改的问题, 建立“立行立改事项
# 清单”, 及时反馈被巡察单位要求边巡边改、立行立改):
# https://gb.crntt.com/doc/7_0_106788690_2_1017091622.html
# An .xlsx: title, 巡察时间 line, a two-row header with 是否完成整改 over √ columns 是 / 否, the village (乡镇 and 村 in
# one cell) as unit, 交办日期 as date cells (the base of 立行立改 and N个工作日内), a 合计 row, 注 and signature lines.
VILLAGE_ROWS = [
    (
        "韩张镇前韩张村",
        date(2024, 7, 8),
        "村务公开栏2023年第四季度财务收支情况未公开",
        "立即补充公开",
        "立行立改",
        "是",
        "已于当日补充公开",
    ),
    (
        "韩张镇后韩张村",
        date(2024, 7, 8),
        "村集体坑塘承包合同到期后未重新发包，原承包人继续无偿使用",
        "依法收回并公开发包",
        "10个工作日内",
        "否",
        "正在进行资产评估，拟公开发包",
    ),
    (
        "元村镇张浮丘村",
        date(2024, 7, 9),
        "2户已死亡人员仍在享受低保待遇",
        "停发并追回多发资金",
        "5个工作日内",
        "是",
        "已停发并追回多发资金1860元",
    ),
    (
        "元村镇马庄村",
        date(2024, 7, 9),
        "部分村级重大事项未履行“四议两公开”程序",
        "补充履行程序，规范会议记录",
        "立行立改",
        "否",
        "",
    ),
    (
        "福堪镇东街村",
        date(2024, 7, 10),
        "党群服务中心功能室被挪作仓库堆放杂物",
        "清理腾空，恢复使用功能",
        "立行立改",
        "是",
        "已清理腾空",
    ),
    (
        "福堪镇西街村",
        date(2024, 7, 10),
        "村级报账票据缺少经办人、证明人签字，涉及支出11笔",
        "补齐签字手续",
        "10个工作日内",
        "",
        "",
    ),
    (
        "千口镇千口村",
        date(2024, 7, 11),
        "群众反映村内排水沟堵塞，雨季积水严重",
        "组织清淤疏通",
        "5个工作日内",
        "是",
        "已组织清淤疏通",
    ),
    (
        "千口镇杜庄村",
        date(2024, 7, 11),
        "3名党员入党材料缺失，党员档案资料不全",
        "补充完善党员档案",
        "2024年8月底前",
        "否",
        "正在补充完善",
    ),
]


def write_villages(path: Path) -> Path:
    b = Book(path, author="县委巡察办")
    ws = b.sheet("立行立改事项清单")
    b.widths(ws, [6, 18, 12, 40, 24, 14, 6, 6, 28])
    b.line(ws, 0, "南乐县委第三巡察组对村巡察立行立改事项清单", 8, b.title)
    b.line(ws, 1, "巡察时间：2024年7月1日至7月26日    填表日期：2024年7月26日", 8)
    for c, word in enumerate(
        ["序号", "被巡察村（社区）", "交办日期", "立行立改问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "整改情况", b.head)
    for i, (village, day, problem, demand, limit, done, note) in enumerate(VILLAGE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [village, day, problem, demand], first=1)
        b.put(ws, r, 5, limit, b.center)
        b.put(ws, r, 6, "√" if done == "是" else "", b.center)
        b.put(ws, r, 7, "√" if done == "否" else "", b.center)
        b.put(ws, r, 8, note)
    end = 4 + len(VILLAGE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共交办立行立改问题8项，已完成整改4项", b.cell)
    b.line(
        ws,
        end + 1,
        "注：整改时限自交办之日起计算（工作日）；“立行立改”事项应于交办当日整改到位。",
        8,
    )
    b.line(ws, end + 2, "巡察组联络员：郭亚楠    联系电话：0393-7236108", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 国有企业运营情况专项审计调查发现问题整改台账, after a county 审计局's 水务集团有限公司运营情况专项审计调查结果公告
# (集团设资产财务部、人事监察部、企管部、综合部等4个部门, 下属9家子公司; 审计发现的主要问题 grouped as (一)企业经营
# 管理方面问题 1.…5., (二)企业内控管理方面问题, 财务管理, 工程管理):
# http://www.longyou.gov.cn/art/2024/4/12/art_1514523_59213070.html
# An .xlsx from the city water company itself: title, 填报单位 line with the 审计报告送达日期 (the base of 立行立改),
# the four 方面 as group rows merged across, 序号 restarting in each group, the company's own 部门 as 责任部门, a 销号情况
# column (已销号 / 复查合格) beside 整改进展, schedule texts and 长期坚持, 说明 and signature lines.
WATER_GROUPS = [
    (
        "（一）企业经营管理方面问题",
        [
            (
                "五年发展规划确定的城乡供水普及率目标未达成",
                "企管部",
                "分解年度目标，纳入考核",
                "长期坚持",
                "纳入年度考核，常态化推进",
                "",
            ),
            (
                "管网漏损率高于省定标准，2023年达14.2%",
                "供水管网部",
                "实施DMA分区计量改造",
                "2024年12月31日",
                "已完成一期分区计量改造，漏损率降至12.6%",
                "",
            ),
            (
                "二次供水设施维护费收费标准执行不到位，部分小区未按核定标准收费",
                "营销服务部",
                "按核定标准收费，退还多收费用",
                "立行立改",
                "已按核定标准收费并退还多收费用",
                "已销号",
            ),
        ],
    ),
    (
        "（二）企业内控管理方面问题",
        [
            (
                "采购管理制度未及时修订，仍沿用2016年版管理办法",
                "综合部",
                "修订采购管理办法",
                "2024年6月底前",
                "已修订印发",
                "已销号",
            ),
            (
                "“三重一大”事项决策会议记录不完整",
                "综合部",
                "补充完善会议纪要，修订议事规则",
                "立行立改",
                "已补充完善会议纪要，议事规则正在修订",
                "已销号",
            ),
        ],
    ),
    (
        "（三）财务管理方面问题",
        [
            (
                "应收水费长期挂账，欠费超过3年的用户217户",
                "资产财务部",
                "逐户核查，分类清收",
                "2024年8月底前完成核查，11月底前完成清收或核销",
                "已完成核查，正在分类清收",
                "",
            ),
            (
                "部分报废设备未及时核销，固定资产盘点不及时",
                "资产财务部",
                "开展固定资产全面盘点",
                "9月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "（四）工程管理方面问题",
        [
            (
                "城乡供水一体化工程2个标段未按期完工",
                "工程部",
                "倒排工期，加快施工",
                "2024年10月31日",
                "进展滞后",
                "",
            ),
            (
                "工程变更签证资料不全，3项变更缺少监理意见",
                "工程部",
                "补齐变更签证资料",
                "2024年7月20日",
                "已补齐",
                "复查合格",
            ),
        ],
    ),
]


def write_water(path: Path) -> Path:
    b = Book(path, author="企管部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 12, 26, 24, 30, 10])
    b.line(ws, 0, "濮阳市自来水公司运营情况专项审计调查发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市自来水公司（企管部）    审计报告送达日期：2024年5月15日    填报日期：2024年7月30日",
        6,
    )
    b.header(ws, 2, ["序号", "审计发现问题", "责任部门", "整改措施", "整改时限", "整改进展", "销号情况"])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r = 3
    for title, rows in WATER_GROUPS:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for n, row in enumerate(rows, 1):
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：立行立改事项自审计报告送达之日起整改；销号情况由公司审计整改领导小组办公室复查后填写。",
        6,
    )
    b.line(ws, r + 1, "单位负责人：吕建国    填表人：侯静    联系电话：0393-8182253", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 预算执行审计查出问题整改情况表, after a district's 2024年度区级预算执行和其他财政收支审计查出问题的整改情况报告
# (审计工作报告反映的128个问题, 已整改到位122个; 113个立行立改类问题已整改到位111个; 6个尚未完全整改到位问题均已制定
# 整改措施和计划; 追缴非税收入, 盘活存量资金, 促进资金拨付到位):
# http://www.chenghai.gov.cn/ch/zdlyxxgk/czsjxxgk/content/post_2504313.html
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named as WPS 表格 saves it): title, 填报单位 line with the
# 整改通知下达日期 (the base of 立行立改类), a two-row header (整改落实情况 over 整改期限 / 整改情况 / 整改结果认定), three
# group rows merged across, bureaus by short and former names, the 审计局's 认定 (已整改到位 / 部分整改) as the closure
# verdict, a 合计 row and a 注 line.
BUDGET_GROUPS = [
    (
        "一、财政管理审计查出的问题",
        [
            (
                "3个单位非税收入未及时缴入国库，涉及金额1286.5万元",
                "市财政局",
                "立行立改类",
                "立行立改",
                "已全部缴入国库",
                "已整改到位",
            ),
            (
                "部分上级专项资金拨付不及时，滞留时间超过2个月",
                "市财政局",
                "分阶段整改类",
                "2024年9月30日",
                "已拨付3项，剩余2项正在履行程序",
                "部分整改",
            ),
        ],
    ),
    (
        "二、部门预算执行审计查出的问题",
        [
            (
                "政府采购项目未按合同约定组织验收即支付全款",
                "市卫计委",
                "立行立改类",
                "立行立改",
                "已补充履行验收程序",
                "已整改到位",
            ),
            (
                "就业补助资金结余1046万元未按规定收回统筹",
                "市人社局",
                "分阶段整改类",
                "2024年10月底前",
                "正在清理核实结余资金",
                "",
            ),
            (
                "向已毕业学生发放国家助学金3.2万元",
                "市教育局",
                "立行立改类",
                "立行立改",
                "未整改",
                "",
            ),
            (
                "2个养老服务设施建设项目推进缓慢，至今未开工",
                "市民政局",
                "持续整改类",
                "2025年6月30日",
                "已完成1个项目前期手续",
                "",
            ),
        ],
    ),
    (
        "三、重点民生资金和项目审计查出的问题",
        [
            (
                "2家定点医疗机构超标准收费，违规结算医保基金18.7万元",
                "市医保局",
                "立行立改类",
                "立行立改",
                "已追回违规资金并按协议处违约金",
                "已整改到位",
            ),
            ("高标准农田建设项目竣工验收滞后", "市农业局", "分阶段整改类", "年底前", "", ""),
            (
                "老旧小区改造项目地方配套资金未足额到位",
                "市住建局",
                "分阶段整改类",
                "2024年8月底前落实资金，年底前完成拨付",
                "已落实配套资金1200万元，正在拨付",
                "部分整改",
            ),
        ],
    ),
]


def write_budget_book(path: Path) -> Path:
    b = Book(path, author="审计局法规审理科")
    ws = b.sheet("整改情况表")
    b.widths(ws, [6, 40, 14, 14, 26, 30, 14])
    b.line(ws, 0, "2023年度市级预算执行和其他财政收支审计查出问题整改情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市审计局    审计整改通知下达日期：2024年7月3日    统计截至：2024年7月26日",
        6,
    )
    for c, word in enumerate(["序号", "具体问题", "责任单位", "整改分类"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实情况", b.head)
    b.header(ws, 3, ["整改期限", "整改情况", "整改结果认定"], first=4)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in BUDGET_GROUPS:
        b.merge(ws, r, 0, r, 6, title, group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "9个问题，认定已整改到位3个、部分整改2个", b.cell)
    b.line(
        ws,
        r + 1,
        "注：立行立改类问题自整改通知下达之日起立即整改；整改结果由市审计局根据整改佐证材料审核认定。",
        6,
    )
    return b.close()


def write_budget(path: Path) -> Path:
    return via_soffice(write_budget_book, path, "xls", "预算执行审计整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 县直部门巡察整改进展情况报告, after a county 住建局党组's 巡察整改进展情况 (一、强化责任担当，积极整改落实: 整改工作
# 领导小组, 整改方案, 整改台账, 对账销号; 二、县委巡察组反馈意见整改落实情况: 根据巡察反馈的2个方面细化分解了10个问题,
# 已完成5个, 正在整改5个; (一)党组落实政治责任方面 1.职能履行不到位… 整改完成情况：…):
# https://zhenba.qinfeng.gov.cn/info/1015/10583.htm
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the 反馈 date, the count sentence, four 方面 headings,
# numbered problems with 责任股室 and 整改时限 in brackets, each followed by an 整改完成情况 paragraph (one has none),
# a closing section and the 党组 at the foot. All items belong to the county bureau (not the city one).
HOUSING_GROUPS = [
    (
        "（一）党组落实政治责任方面",
        [
            (
                "城市更新工作专班力量薄弱，推进工作缓慢。",
                "城建股",
                "2024年6月30日",
                "2024年6月已抽调4名同志充实到城市更新工作专班，专班已实体化运行。",
            ),
            (
                "审计反馈的欠缴人防易地建设费问题整改不到位，2家开发企业仍未缴款。",
                "人防股",
                "2024年12月底前",
                "已向2家开发企业下达催缴通知书，追缴到位56万元，剩余部分正在通过法律程序追缴。",
            ),
            (
                "上级下达的人防工程建设任务未完成，仅完成计划任务的30%。",
                "人防股",
                "2025年12月31日",
                "已制定2024—2025年人防工程建设计划，分年度推进。",
            ),
        ],
    ),
    (
        "（二）落实全面从严治党方面",
        [
            (
                "部分市政项目未与施工单位签订廉政合同，涉及项目3个。",
                "建管股",
                "立行立改",
                "已于巡察反馈当日补签廉政合同，整改完成。",
            ),
            (
                "公务用车出车登记不全，管理不规范。",
                "办公室",
                "长期坚持",
                "已修订《公务用车管理制度》，长期坚持。",
            ),
        ],
    ),
    (
        "（三）基层党组织建设方面",
        [
            (
                "机关党支部“三会一课”记录不规范。",
                "机关党支部",
                "2024年7月底前",
                "正在对2023年以来会议记录进行规范整理。",
            ),
            (
                "发展党员工作不规范，1名预备党员转正材料缺失。",
                "机关党支部",
                "2024年8月15日前",
                "尚未整改。",
            ),
        ],
    ),
    (
        "（四）履行行业监管职责方面",
        [("物业服务企业信用评价工作未开展。", "房产股", "2024年9月30日", "")],
    ),
]


def write_housing_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳县住房和城乡建设局党组关于县委巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "县委巡察工作领导小组办公室：")
    _paragraph(
        doc,
        "根据县委统一部署，2024年4月8日至5月10日，县委第二巡察组对县住建局党组进行了巡察，5月22日反馈了巡察"
        "意见。按照巡察工作有关要求，现将巡察整改进展情况报告如下。",
    )
    _paragraph(doc, "一、强化责任担当，积极整改落实", font="黑体")
    _paragraph(
        doc,
        "巡察组反馈意见后，局党组立即召开专题会议，成立巡察反馈意见整改工作领导小组，制定整改方案，建立整改台账，"
        "采取对账销号制度，解决一个、销号一个、巩固一个。",
    )
    _paragraph(doc, "二、县委巡察组反馈意见整改落实情况", font="黑体")
    _paragraph(
        doc,
        "截至目前，局党组根据巡察反馈的4个方面细化分解了8个问题，已完成2个，需长期坚持1个，未完成5个。",
    )
    n = 0
    for title, rows in HOUSING_GROUPS:
        _paragraph(doc, title, font="楷体_GB2312")
        for problem, office, limit, done in rows:
            n += 1
            _paragraph(doc, f"{n}.{problem}（责任股室：{office}；整改时限：{limit}）")
            if done:
                _paragraph(doc, f"整改完成情况：{done}")
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "对尚未完成的问题，局党组将盯紧时间节点，逐项跟踪督办，确保按期整改到位；对已完成的问题适时开展"
        "“回头看”，防止问题反弹。",
    )
    _paragraph(doc, "中共濮阳县住房和城乡建设局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_housing(path: Path) -> Path:
    return via_soffice(write_housing_docx, path, "doc", "住建局巡察整改进展情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 集团公司巡视专项检查立行立改问题整改情况表, after a city state-owned group's account of its 第11次党委（扩大）会
# (专题研究立行立改，抓好巡视专项检查整改工作; 党委工作部通报省委巡视组专项检查中的党建工作情况，对立行立改的问题提出
# 整改措施; 各党支部，各部门、子公司要立即行动，层层分解任务，制定整改措施，明确时间节点):
# http://njgqgz.com/news-detail.aspx?id=674&t=9
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble with the meeting date (the base of 立行立改),
# a table whose 责任单位（部门） are the group's own departments (the unit is the group) or its subsidiaries (each its
# own unit, two of them in the city's directory under short names), 时间节点 without the year, a 注 and the 党委 at foot.
GROUP_ROWS = [
    (
        "集团党委会议记录不规范，部分议题未记录表决情况",
        "党委工作部",
        "规范会议记录格式，补充完善表决情况",
        "立即整改，5月10日前",
        "已规范会议记录格式并补充完善",
    ),
    (
        "2个基层党支部未按期换届",
        "党委工作部",
        "督促按期完成换届选举",
        "6月底前",
        "1个支部已完成换届，另1个支部换届选举正在筹备",
    ),
    (
        "燃气公司党支部“三会一课”落实不到位，未按要求讲授党课",
        "燃气公司",
        "制定党课计划，补讲党课",
        "5月底前",
        "已整改",
    ),
    (
        "外包劳务人员管理不规范，存在拖欠劳务费现象",
        "市自来水公司",
        "清理拖欠，规范劳务外包管理",
        "7月15日前",
        "已结清拖欠劳务费42.3万元",
    ),
    (
        "商品房项目预售资金监管账户使用不规范",
        "濮阳市投资集团置业有限公司",
        "规范预售资金监管账户使用",
        "8月31日前",
        "",
    ),
    (
        "集团纪委对子公司“一把手”日常监督不够有力",
        "纪检监察室",
        "建立子公司负责人廉政档案，开展常态化谈话提醒",
        "长期坚持",
        "已建立廉政档案，常态化推进",
    ),
    (
        "巡视检查所需档案资料归档不及时，查找困难",
        "综合办公室",
        "集中清理归档",
        "立行立改",
        "未整改",
    ),
    (
        "安全生产责任制考核流于形式",
        "市燃气公司",
        "修订安全生产责任制考核办法",
        "9月底前",
        "正在修订考核办法",
    ),
]


def write_group_docx(path: Path) -> Path:
    doc = _new_document("党委工作部")
    _title(doc, "濮阳市投资集团有限公司巡视专项检查立行立改问题整改情况表", 18)
    _paragraph(
        doc,
        "2024年4月26日，集团公司召开第11次党委（扩大）会，专题研究立行立改，部署巡视专项检查整改工作。各党支部、"
        "各部门、各子公司对照问题层层分解任务，制定整改措施，明确时间节点。现将整改情况汇总如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(GROUP_ROWS, 1)]
    _table(doc, ["序号", "存在问题", "责任单位（部门）", "整改措施", "时间节点", "整改情况"], body)
    _paragraph(doc, "注：时间节点均为2024年；“立行立改”事项自4月26日党委（扩大）会起立即整改。", 12)
    _paragraph(doc, "中共濮阳市投资集团有限公司委员会", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_group(path: Path) -> Path:
    return via_soffice(write_group_docx, path, "doc", "集团巡视专项检查立行立改整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 街道办事处经济责任审计整改台账 (two returns in one zip), after an article on 街道办事处审计 (某街道办下设5个事业
# 机构, 其中社区管理办公室负责辖区内各居民委员会日常管理; 社区工作人员构成复杂, 民政部门招聘的社工站人员、公益性岗位、
# 驻区企业派驻人员; 工资核定由职能部门, 日常管理由街道, 管理“两张皮”; 个别人员不上班拿工资; 社区资产管理问题):
# https://fx361.cc/page/2021/0402/8030563.shtml
# A .zip whose member names are stored in GBK: an .xlsx from one 街道 (责任科室/社区 naming 社区 (own units) and the
# street's own offices (the street is the unit), a 整改状态 column with a drop-down list) and a .docx from another
# 街道 (preamble with the 送达 date the 立行立改 / 10个工作日内 rows count from, a table with 是否整改到位 是/否).
SHENGLI_ROWS = [
    (
        "社区公益性岗位人员考勤管理缺失，1人长期不在岗仍领取岗位补贴",
        "人员管理",
        "建业社区",
        "停发并追回补贴，建立考勤台账",
        "2024年7月15日",
        "已完成",
    ),
    (
        "社区工作者薪酬由多个部门分别核定，发放标准不统一",
        "人员管理",
        "社区管理办公室",
        "统一核定社区工作者薪酬标准",
        "年底前",
        "整改中",
    ),
    (
        "社区办公设备未登记入账，固定资产账实不符",
        "资产管理",
        "绿城社区",
        "全面清查并登记入账",
        "2024年8月31日",
        "未启动",
    ),
    (
        "社区服务用房对外出租未经街道审批，租金未纳入街道统一核算",
        "资产管理",
        "财政所",
        "规范出租审批，租金纳入统一核算",
        "9月30日",
        "整改中",
    ),
    (
        "驻区单位派驻人员日常管理与考核脱节",
        "人员管理",
        "党政办公室",
        "建立派驻人员双重考核机制",
        "长期坚持",
        "长期坚持",
    ),
]
RENMIN_ROWS = [
    ("社区居委会会计账簿设置不规范，收支未分类核算", "濮上园社区", "2024年7月31日", "是", ""),
    (
        "社区“一站式”服务大厅政府购买服务合同未经合法性审核",
        "社会事务办",
        "10个工作日内",
        "否",
        "正在补办合法性审核程序",
    ),
    ("社区惠民资金使用情况未公示", "五一社区", "立行立改", "是", "已在社区公开栏公示"),
    ("社区网格员补贴发放名册与实际在岗人员不一致", "网格化服务管理中心", "2024年8月15日", "否", ""),
]


def write_shengli_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道财政所")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 10, 16, 28, 14, 10])
    b.line(ws, 0, "华龙区胜利路街道办事处经济责任审计发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区胜利路街道办事处（盖章）    审计单位：华龙区审计局    填报日期：2024年7月26日",
        6,
    )
    b.header(ws, 2, ["序号", "审计发现问题", "问题类别", "责任科室/社区", "整改措施", "完成时限", "整改状态"])
    for i, row in enumerate(SHENGLI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 2 + len(SHENGLI_ROWS)
    ws.data_validation(
        3, 6, end, 6, {"validate": "list", "source": ["已完成", "整改中", "未启动", "长期坚持"]}
    )
    b.line(ws, end + 1, "填表人：冯丽    联系电话：0393-4836217", 6)
    return b.close()


def write_renmin_docx(path: Path) -> Path:
    doc = _new_document("人民路街道党政办")
    _title(doc, "华龙区人民路街道办事处关于经济责任审计发现问题整改情况的报告", 18)
    _paragraph(
        doc,
        "华龙区审计局于2024年7月5日向我街道送达审计报告，指出问题4项。整改时限自审计报告送达之日起计算，"
        "现将整改情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(RENMIN_ROWS, 1)]
    _table(doc, ["序号", "审计发现问题", "责任主体", "整改时限", "是否整改到位", "备注"], body)
    _paragraph(doc, "华龙区人民路街道办事处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as Chinese Windows archivers write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


def write_street_zip(path: Path) -> Path:
    members = [
        ("胜利路街道审计整改台账.xlsx", write_shengli_book),
        ("人民路街道审计发现问题整改情况.docx", write_renmin_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县柳屯镇人民政府关于经济责任审计发现问题整改情况的报告.docx", write_town_report),
    ("2021—2023年度政府投资项目专项审计调查发现问题整改台账.xlsx", write_invest),
    ("2024年第二批审计结果公告反映问题整改情况汇总表.xls", write_notices),
    ("新能源公交场站建设项目跟踪审计发现问题整改情况公示附件.csv", write_bus),
    ("南乐县委第三巡察组对村巡察立行立改事项清单.xlsx", write_villages),
    ("濮阳市自来水公司专项审计调查发现问题整改台账.xlsx", write_water),
    ("2023年度市级预算执行审计查出问题整改情况表.et", write_budget),
    ("濮阳县住房和城乡建设局党组关于县委巡察反馈意见整改进展情况的报告.doc", write_housing),
    ("濮阳市投资集团有限公司巡视专项检查立行立改问题整改情况表.wps", write_group),
    ("胜利路、人民路街道经济责任审计整改台账.zip", write_street_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

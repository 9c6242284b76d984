"""Write the aside141 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns of 住房与城建: 老旧小区改造, 物业服务投诉, 保障性住房分配, 房地产烂尾楼交付 (保交楼), 建筑工地扬尘,
市政道路破损, 排水防涝, 路灯照明, 园林绿化, 违法建设.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, a two-row header), a UTF-8 CSV (a system's case export),
a .docx whose items are numbered paragraphs, a .doc whose items are paragraphs of a 通报 (Word 97 via LibreOffice),
a .wps whose items are project cards (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31; every date inside the files and the zips is fixed.
Run from this folder: python make_aside141.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def soffice(source: Path, suffix: str, out_dir: Path) -> Path:
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .doc and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{suffix}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write a .docx with the given writer, convert it with LibreOffice and keep the result under path."""
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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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


# ---------------------------------------------------------------------------------------------
# 1. 老旧小区改造工程执法监督巡查, after a city 住建委's joint law-enforcement patrol (with the district 住建局) of 28
# 老旧小区综合改造整治 projects: each problem named with the 施工单位 and the 小区 where it was seen (项目经理及关键岗位
# 人员未到岗履职; 施工进度不能满足合同约定; 屋面未按设计图纸和规范施工; 停车位及道路路基未压实; 工序报验未经监理
# 签字确认; 屋面临边无防护; 电线电缆顺地拖拉), 通报批评并要求限期整改:
# http://www.lalt.cn/thread-3231269-1-1.html
# A .docx: the 住建局's report to the 督查局, the base date of its working-day deadlines in the preamble, the problems as
# numbered paragraphs each naming its 责任单位 (the builder or the supervisor), 整改时限 and 整改情况 in sentences.
RENOVATION_PARAS = [
    (
        "1.个别工程项目经理及关键岗位人员未到岗履职。濮阳市宏远建筑工程有限公司施工的油田三号院改造项目，两次检查"
        "项目经理均不在岗。责任单位：濮阳市宏远建筑工程有限公司；整改时限：5个工作日内；整改情况：已更换项目经理并报"
        "监理单位备案，已整改到位。"
    ),
    (
        "2.部分工程施工进度不能满足合同约定。河南中科市政工程有限公司施工的建设路东段小区项目作业面少，检查时现场未见"
        "施工人员。责任单位：河南中科市政工程有限公司；整改时限：2024年8月31日前完成主体改造；整改情况：已增加施工班组"
        "2个，正在抢抓进度。"
    ),
    (
        "3.个别项目屋面未按设计图纸和规范施工。胜利路社区老旧小区屋面保温板铺设搭接不符合规范，原有渗漏点未按图纸进行"
        "处理。责任单位：濮阳市金堤建设集团有限公司；整改时限：2024年7月25日；整改情况：尚未整改。"
    ),
    (
        "4.部分小区停车位及道路施工不规范。开州路街道化肥厂家属院停车场路基未压实，未进行压实度检测，碎石垫层厚度未"
        "达到设计要求。责任单位：濮阳市龙都路桥工程有限公司；整改时限：7月底前。"
    ),
    (
        "5.个别小区工程安全防护不到位。中原路社区改造项目粉刷屋面时临边无任何防护措施，作业人员未系挂安全带。责任单位："
        "濮阳市宏远建筑工程有限公司；整改时限：立行立改；整改情况：已现场整改，补设临边防护栏杆。"
    ),
    (
        "6.有的工程工序报验未经监理单位签字确认。人民路北段小区项目外墙保温工序报验资料至今监理单位未签字。责任单位："
        "河南建正工程监理有限公司；整改时限：2024年7月19日；整改情况：已补签报验资料并归档。"
    ),
    (
        "7.部分施工现场临时用电不规范。京开道社区改造项目钢筋加工场电线、电缆顺地拖拉，未穿管防护或架空敷设。责任单位："
        "濮阳市金堤建设集团有限公司；整改时限：2024年7月16日；整改情况：正在整改，已架空敷设约一半。"
    ),
    (
        "8.部分改造小区征求居民意见不充分，楼道改造方案公示后仍有居民提出异议。责任单位：濮阳市华龙区住房和城乡建设局；"
        "整改时限：长期坚持；整改情况：每周召开一次居民议事会，常态化推进。"
    ),
]


def write_renovation(path: Path) -> Path:
    doc = _new_document("老旧小区改造办")
    _title(doc, "关于城区老旧小区改造工程执法巡查发现问题整改情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "为确保城区老旧小区综合改造整治工程质量安全，促进工程实施进度，7月8日至10日，我局联合华龙区住房和城乡建设局"
        "组成执法检查组，对城区2024年度21个老旧小区改造项目工程质量及安全情况进行了执法监督巡查，对巡查中发现的问题"
        "通报批评并下发了整改通知，整改时限自2024年7月11日通知下发之日起计算。现将问题及整改落实情况报告如下：",
    )
    for text in RENOVATION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将对整改情况开展“回头看”，对整改不到位的依法依规严肃处理。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 物业服务领域投诉情况通报, after a city 住建局's quarterly notice on the complaints about property services that
# 12345、省政府网站、信访平台 passed on (一、投诉（咨询）分类情况 with counts and shares; 二、投诉（咨询）处理情况 as
# (一)(二)… paragraphs, each "如XX物业公司服务的XX小区业主反映……经查……经属地住建部门协调后……"):
# http://www.duoyuan-iws.com.cn/zjsfw/bmdh/jsxxw/zwgk/tzgg/content/post_1822338.html
# A .doc (Word 97 via LibreOffice): title, 主送, the counts paragraph, the complaints as (一)(二)… paragraphs naming
# the 物业服务企业 as 责任单位 with a 办理时限 and the handling so far, a 下一步 paragraph, the office and date.
PROPERTY_PARAS = [
    (
        "（一）住宅室内装修押金投诉问题。如濮阳市恒泰物业服务有限公司服务的锦绣华庭小区业主重复反映装修押金不予退还。"
        "经查，业主装修时未按《物业服务合同》约定报备，物业公司暂扣押金，双方沟通不畅导致投诉。责任单位：濮阳市恒泰物业"
        "服务有限公司，办理时限：7月15日前。经胜利路街道协调，押金已于7月12日退还，该件已办结。"
    ),
    (
        "（二）违规使用住宅专项维修资金问题。如濮阳市立安物业服务有限公司服务的山海嘉园小区启动电梯更换零配件维修资金"
        "列支申请，未向业主公示维修项目及费用明细，业主质疑表决程序。责任单位：濮阳市立安物业服务有限公司，办理时限："
        "2024年8月20日。目前已补充公示，正在重新组织业主表决。"
    ),
    (
        "（三）既有小区安装电动汽车充电桩问题。如濮阳市华信物业管理有限公司服务的绿洲花园小区业主申请安装充电桩，物业"
        "公司以车位产权不清为由拒绝出具同意安装证明。责任单位：濮阳市华信物业管理有限公司，办理时限：7月31日前。"
        "截至目前尚未整改。"
    ),
    (
        "（四）物业日常管理投诉问题。如濮阳市安居物业服务有限公司服务的昆仑小区垃圾清运不及时，楼道堆放杂物，地下车库"
        "照明损坏。该件于7月5日交办，要求10日内整改到位。责任单位：濮阳市安居物业服务有限公司。"
    ),
    (
        "（五）区域设计规划问题。如建业春天里小区业主反映小区东侧规划的幼儿园用地至今未建设，要求公开规划调整情况。"
        "该件转市资规局办理，责任单位：市自然资源规划局，办理时限：2024年7月20日。已于7月18日书面答复业主，该件已办结。"
    ),
    (
        "（六）物业服务收费问题。如濮阳市鑫源物业服务有限公司服务的华龙苑小区未经业主大会同意擅自上调物业费标准。"
        "已责令物业公司恢复原收费标准并退还多收费用。责任单位：濮阳市鑫源物业服务有限公司，办理时限：8月底前退还完毕。"
        "目前正在逐户退还。"
    ),
    (
        "（七）二次供水管理问题。如濮阳市阳光物业服务有限公司服务的东方明珠小区二次供水水箱未按规定清洗消毒，业主反映"
        "水质浑浊。责任单位：濮阳市阳光物业服务有限公司，办理时限：7月10日前。水箱已完成清洗消毒，水质检测合格，经复查"
        "通过。"
    ),
]


def write_property_docx(path: Path) -> Path:
    doc = _new_document("物业管理科")
    _title(doc, "关于2024年第二季度物业服务领域投诉办理情况的通报")
    _paragraph(doc, "各县（区）住房城乡建设部门，各物业服务企业：")
    _paragraph(
        doc,
        "2024年第二季度，我局共接到12345政务服务便民热线、省政府网站、信访平台、网友留言平台等渠道转来物业服务咨询"
        "投诉件57宗，涉及31个物业管理区域。现将有关情况通报如下：",
    )
    _paragraph(doc, "一、投诉（咨询）分类情况", font="黑体")
    _paragraph(
        doc,
        "从内容分类来看，物业日常管理投诉问题21宗，占比36.84%；住宅室内装修押金投诉问题9宗，占比15.79%；区域设计"
        "规划问题8宗，占比14.04%；安装电动汽车充电桩问题7宗，占比12.28%；维修资金使用问题5宗，占比8.77%；物业服务"
        "收费及二次供水等其他问题7宗，占比12.28%。",
    )
    _paragraph(doc, "二、投诉（咨询）处理情况", font="黑体")
    for text in PROPERTY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "各物业服务企业要举一反三，畅通业主诉求渠道；各县（区）住房城乡建设部门要加强对辖区物业服务企业的日常监管，"
        "对投诉集中、整改不力的企业依法依规记入信用档案。",
    )
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_property(path: Path) -> Path:
    return via_soffice(write_property_docx, path, "doc", "物业服务领域投诉办理情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 3. 公租房违规问题专项整治, after a city 住建局's campaign against 违规转租、转借、长期空置 and 拖欠房租 in 公租房
# (入户排查、收集举报线索; 联合公安、人社、市场监管、不动产登记比对承租人信息; 收回违规房屋、追缴拖欠房租; 修改完善
# 分配入住管理办法，厘清责任清单):
# https://jst.nx.gov.cn/xwdt/zjdt/202412/t20241210_4753985.html
# An .xlsx: title, 填报单位 line, one header row (问题类型, 核查方式, 处理措施 beside the 责任单位), rows naming the
# 住建局's own 住房保障科 as well as 街道, the 运营公司 and a county 住建局, one former name (市房管局), a 合计 row
# and a signature line.
HOUSING_ROWS = [
    (
        "翠苑公租房小区",
        "3号楼2单元501",
        "违规转租",
        "承租人将公租房转租他人并收取租金",
        "入户排查",
        "收回房屋，追缴违规所得",
        "濮阳市安居公租房运营管理有限公司",
        "2024年7月15日",
        "已收回房屋并重新配租",
    ),
    (
        "翠苑公租房小区",
        "7号楼1单元302",
        "长期空置",
        "公租房连续6个月以上无人居住",
        "入户排查",
        "下达腾退通知，依规收回",
        "濮阳市安居公租房运营管理有限公司",
        "2024年8月31日",
        "已下达腾退通知书，正在办理收回手续",
    ),
    (
        "幸福家园公租房小区",
        "12号楼604",
        "拖欠租金",
        "承租人累计拖欠租金14个月共6720元",
        "租金台账核对",
        "催缴欠租，拒不缴纳的依法起诉",
        "华龙区胜利路街道办事处",
        "8月底前",
        "",
    ),
    (
        "幸福家园公租房小区",
        "5号楼1103",
        "不符合保障条件",
        "承租人家庭名下登记有商品住房1套仍享受公租房",
        "不动产登记信息比对",
        "取消保障资格，限期腾退",
        "市房管局",
        "2024年7月31日",
        "未整改",
    ),
    (
        "安泰公租房小区",
        "2号楼405",
        "违规转借",
        "公租房转借亲属居住，承租人已外迁至外地工作",
        "收集举报线索",
        "约谈承租人，限期腾退",
        "华龙区中原路街道办事处",
        "2024年9月30日",
        "已约谈承租人，正在督促腾退",
    ),
    (
        "—",
        "—",
        "审核把关不严",
        "部分申请家庭收入核查仅凭个人承诺，未开展部门信息比对",
        "档案抽查",
        "建立公安、人社、市场监管、不动产登记多部门联审机制",
        "住房保障科",
        "长期坚持",
        "常态化开展多部门联审",
    ),
    (
        "—",
        "—",
        "分配公开不到位",
        "公租房轮候名单未按规定在政府网站公示",
        "资料检查",
        "按季度公示轮候名单及分配结果",
        "住房保障科",
        "2024年7月20日",
        "已在市政府网站公示，整改完成",
    ),
    (
        "濮阳县书香苑公租房小区",
        "—",
        "分配程序不规范",
        "部分公租房分配未实行公开摇号，存在直接指定房源情况",
        "资料检查",
        "暂停直接指定房源，制定摇号分配细则",
        "濮阳县住房和城乡建设局",
        "2024年8月15日",
        "已暂停直接指定房源，正在制定摇号分配细则",
    ),
]


def write_housing(path: Path) -> Path:
    b = Book(path, author="住房保障科")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 20, 14, 14, 34, 16, 26, 24, 14, 26])
    b.line(ws, 0, "公租房违规问题专项整治问题台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（住房保障科）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "楼栋房号",
            "问题类型",
            "问题描述",
            "核查方式",
            "处理措施",
            "责任单位",
            "完成时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(HOUSING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSING_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "排查发现问题8个，已整改2个，正在整改3个")
    b.line(ws, end + 2, "科室负责人：赵红霞    填表人：孟凡    联系电话：0393-8992516", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 已售逾期难交付住宅项目“保交楼”, after a county 住房城乡建委's account of its 保交楼 work (对在建在售项目开展风险
# 隐患摸底排查; 分项目逐一明确交房套数和时间; “一楼一策”处置方案; 签订保交楼责任书; 分管领导带领开发、规划、消防、
# 质安、物业、档案、检测等工作机构督促项目建设进度):
# https://zxzxxy.com/bm_168/zfhcxjswyh/zwxx_61640/dt_61642/202210/t20221013_11183166
# An .xlsx: title, 填报单位 line, a two-row header (责任单位 over 牵头单位 and 配合单位), one row a project with its 开发
# 企业 and 已售未交付套数, the 承诺交付时间 and 推进情况, a 合计 row with the 套数 sum, a 注 line and signatures.
HANDOVER_ROWS = [
    (
        "盛世华府二期",
        "濮阳市盛世置业有限公司",
        412,
        "资金链断裂，主体封顶后停工8个月",
        "申请保交楼专项借款，引入国企代建",
        "濮阳市华龙区人民政府",
        "市住建局、市财政局",
        "2024年10月31日",
        "专项借款已到位，项目已复工，正在进行二次结构施工",
    ),
    (
        "金色港湾3#、5#楼",
        "濮阳金港房地产开发有限公司",
        186,
        "消防验收未通过，消防车通道宽度不足",
        "改造消防车通道，组织联合验收",
        "市住建局",
        "市消防救援支队",
        "2024年7月20日",
        "已通过联合验收，7月18日已集中交付",
    ),
    (
        "龙都新城C区",
        "濮阳市龙都置业有限公司",
        320,
        "预售资金被挪用，总包单位停工撤场",
        "追缴挪用资金，推进司法重整",
        "濮阳经济技术开发区管理委员会",
        "市公安局、市中级人民法院",
        "2024年12月31日",
        "司法重整程序尚未启动",
    ),
    (
        "昆吾名苑",
        "濮阳昆吾房地产开发有限公司",
        95,
        "水、电、气、暖配套未接入，不具备交付条件",
        "协调供电、供水、燃气企业加快接入",
        "市住建局",
        "供电公司、市自来水公司、市燃气公司",
        "2024年8月底前",
        "供电、供水已接入，燃气管道正在施工",
    ),
    (
        "东方名都",
        "濮阳东方名都置业有限公司",
        64,
        "欠缴土地出让金，不动产首次登记无法办理",
        "分期缴纳土地出让金后办理首次登记",
        "市资规局",
        "市不动产登记中心、市税务局",
        "第三季度",
        "",
    ),
    (
        "盛世名门",
        "清丰县盛世房地产开发有限公司",
        228,
        "总包与分包工程款纠纷导致停工",
        "成立工作专班，协调工程款支付",
        "清丰县人民政府",
        "清丰县住房和城乡建设局",
        "2024年9月30日",
        "工作专班已进驻，已协调支付部分工程款，正在推进复工",
    ),
    (
        "金水湾",
        "范县金水湾置业有限公司",
        152,
        "小区道路、绿化等室外配套工程未完成",
        "动用预售监管资金完成室外配套",
        "范县人民政府",
        "范县住房和城乡建设局",
        "2024年6月30日",
        "逾期未完成",
    ),
]


def write_handover(path: Path) -> Path:
    b = Book(path, author="保交楼专班")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 18, 26, 10, 30, 28, 24, 26, 16, 30])
    b.line(ws, 0, "已售逾期难交付住宅项目“一楼一策”处置推进台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市保交楼工作专班办公室（设在市住房和城乡建设局）    填报日期：2024年7月29日",
        9,
    )
    for c, word in enumerate(
        ["序号", "项目名称", "开发企业", "已售未交付（套）", "存在问题", "“一楼一策”处置措施"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "责任单位", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=6)
    b.merge(ws, 2, 8, 3, 8, "承诺交付时间", b.head)
    b.merge(ws, 2, 9, 3, 9, "推进情况", b.head)
    for i, row in enumerate(HANDOVER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HANDOVER_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, sum(r[2] for r in HANDOVER_ROWS), b.center)
    b.merge(ws, end, 4, end, 9, "")
    b.line(ws, end + 1, "注：承诺交付时间以各项目签订的保交楼责任书为准；已交付项目经专班核验后销号。", 9)
    b.line(ws, end + 2, "专班办公室负责人：李卫东    填表人：韩静    联系电话：0393-8669105", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 扬尘污染防治督查, after a county 扬尘办's daily notice of the 较差项目 (现场督查和视频监控巡察相结合; 每个项目一段:
# 项目名称、所属区域、建设单位、监理单位、施工单位、存在问题; 机械施工未采取抑尘措施(放置雾炮未开启), 非作业面裸土
# 及易产尘物料未采取有效抑尘覆盖; 扬尘办将持续开展扬尘污染综合整治攻坚行动):
# https://www.meipian.cn/5dljhmsp
# A .wps (Word 97 via LibreOffice): title, a preamble with the 督查 date the deadlines count from, the projects as
# cards of lines (一、项目名称 … 存在问题 … 整改责任单位 … 整改时限 … 整改情况), the closing paragraph, office and date.
DUST_CARDS = [
    (
        "濮阳市第二实验中学新建教学楼项目",
        "华龙区胜利路街道",
        "濮阳市教育局",
        "河南建正工程监理有限公司",
        "濮阳市宏远建筑工程有限公司",
        "机械土方作业未采取洒水抑尘措施，现场雾炮未开启",
        "立行立改",
        "已现场开启雾炮并洒水降尘，整改到位",
    ),
    (
        "华润悦府三期项目",
        "华龙区开州路街道",
        "濮阳华润置地有限公司",
        "濮阳市诚信工程建设监理有限公司",
        "中建七局第三建筑有限公司",
        "非作业面裸土及易产尘物料未覆盖防尘网",
        "3日内",
        "正在覆盖防尘网，已完成约70%",
    ),
    (
        "濮阳县城区供水管网改造工程",
        "濮阳县城关镇",
        "濮阳县城市建设投资有限公司",
        "河南建正工程监理有限公司",
        "河南中原管道工程有限公司",
        "道路开挖土方未及时清运覆盖，渣土车未密闭运输",
        "3日内",
        "未整改",
    ),
    (
        "绿色建材产业园标准化厂房项目",
        "濮阳经济技术开发区",
        "濮阳开发区投资集团有限公司",
        "濮阳市诚信工程建设监理有限公司",
        "濮阳市豫龙建设工程有限公司",
        "出入口车辆冲洗设施未使用，运输车辆带泥上路",
        "2024年7月18日",
        "",
    ),
    (
        "市人民医院门诊综合楼项目",
        "华龙区大庆路街道",
        "濮阳市人民医院",
        "河南建正工程监理有限公司",
        "河南五建建设集团有限公司",
        "扬尘在线监测设备离线，PM10数据未上传监管平台",
        "5个工作日内",
        "监测设备已修复上线，经复查合格",
    ),
    (
        "龙湖春江郦城项目",
        "华龙区中原路街道",
        "濮阳龙湖置业有限公司",
        "濮阳市诚信工程建设监理有限公司",
        "濮阳市金堤建设集团有限公司",
        "建筑垃圾在围挡内堆放未覆盖，楼层清理采用高空抛撒",
        "2024年7月20日",
        "建筑垃圾已覆盖并清运，已设置垂直运输通道，整改完成",
    ),
    (
        "清丰县东环路道路改造工程",
        "清丰县",
        "清丰县交通运输局",
        "河南通达工程监理有限公司",
        "河南路桥建设集团有限公司",
        "水泥稳定碎石现场拌合未采取封闭措施",
        "2024年7月25日",
        "已停止露天拌合，封闭拌合棚正在搭建",
    ),
]
NUMERALS = "一二三四五六七八九十"


def write_dust_docx(path: Path) -> Path:
    doc = _new_document("扬尘办")
    _title(doc, "建筑工地扬尘污染防治督查较差项目整改情况（第12期）", 18)
    _paragraph(
        doc,
        "为加强扬尘污染防治工作，压实主体责任，7月16日，市扬尘污染防治攻坚办公室采取现场督查和视频监控巡察相结合的"
        "方式，对城区及县区在建工地进行了督查，现将较差项目及整改落实情况通报如下（整改时限自督查之日起计算）：",
        14,
    )
    for n, card in enumerate(DUST_CARDS):
        name, area, owner, supervisor, builder, problem, deadline, progress = card
        _paragraph(doc, f"{NUMERALS[n]}、项目名称：{name}", 14, font="黑体")
        _paragraph(doc, f"所属区域：{area}", 14)
        _paragraph(doc, f"建设单位：{owner}", 14)
        _paragraph(doc, f"监理单位：{supervisor}", 14)
        _paragraph(doc, f"施工单位：{builder}", 14)
        _paragraph(doc, f"存在问题：{problem}", 14)
        _paragraph(doc, f"整改责任单位：{builder}", 14)
        _paragraph(doc, f"整改时限：{deadline}", 14)
        _paragraph(doc, f"整改情况：{progress}", 14)
    _paragraph(
        doc,
        "扬尘办将持续开展扬尘污染综合整治攻坚行动，通过联合执法、督导巡查，对整改不到位的项目依法处罚并纳入信用管理。",
        14,
    )
    _paragraph(doc, "濮阳市扬尘污染防治攻坚办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_dust(path: Path) -> Path:
    return via_soffice(write_dust_docx, path, "doc", "建筑工地扬尘督查较差项目整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 6. 数字城管 市政设施案件, after a city 数字城管 center's case account (信息采集员巡查网格发现前屿东路公安井盖破损;
# 上传现场照片; 按责处置, 将案件派遣至井盖的权属单位; 按立结案规范应在6小时内完成修复; 权属单位反馈处置完毕; 采集员
# 现场核查):
# https://smartcity.fuzhou.gov.cn/zwgk/ztzl/szicg/szcgdxal/201601/t20160115_1285997.htm
# A CSV in UTF-8 (with BOM), as the case system exports it: a title line, an 导出时间 line, one header line (案件编号,
# 问题来源, 大类, 小类, 问题描述, 发生地址, 处置单位, 派遣时间, 处置时限 in hours or working days from the 派遣时间,
# 案件状态, 结案时间) and a 合计 line.
CASE_ROWS = [
    (
        "CG2024070800163",
        "监督员上报",
        "部件",
        "电力井盖",
        "路中电力井盖破损下陷，存在安全隐患",
        "胜利路与京开大道交叉口东50米",
        "供电公司",
        "2024-07-08 09:20",
        "6小时",
        "已结案",
        "2024-07-08 14:35",
    ),
    (
        "CG2024071500512",
        "12319热线",
        "部件",
        "道路",
        "机动车道沥青路面出现坑槽3处，面积约6平方米",
        "人民路（大庆路至中原路段）",
        "市城管局",
        "2024-07-15 10:02",
        "3个工作日",
        "已结案",
        "2024-07-17 16:40",
    ),
    (
        "CG2024072200207",
        "监督员上报",
        "部件",
        "人行道",
        "人行道板松动破损约20平方米，雨天积水溅泥",
        "长庆路与黄河路交叉口北侧",
        "市城管局",
        "2024-07-22 08:47",
        "5个工作日",
        "处置中",
        "",
    ),
    (
        "CG2024071800388",
        "监督员上报",
        "部件",
        "交通标志牌",
        "道路交通标志牌立柱倾斜松动，有倒伏危险",
        "濮上路与建设路交叉口",
        "市交警支队",
        "2024-07-18 15:12",
        "2个工作日",
        "超期未处置",
        "",
    ),
    (
        "CG2024072400091",
        "12345热线",
        "事件",
        "道路破损",
        "地下供水管道漏水致路面塌陷约2平方米",
        "开州路中段中原油田总医院门前",
        "市自来水公司",
        "2024-07-24 08:40",
        "1个工作日",
        "已结案",
        "2024-07-24 19:05",
    ),
    (
        "CG2024072600455",
        "监督员上报",
        "部件",
        "燃气井盖",
        "燃气阀门井盖缺失，已设置临时警示",
        "中原路与绿城路交叉口西100米",
        "市燃气公司",
        "2024-07-26 16:30",
        "2个工作日",
        "处置中",
        "",
    ),
    (
        "CG2024071000274",
        "监督员上报",
        "部件",
        "通信井盖",
        "通信井盖高出路面约5厘米，影响车辆通行",
        "大庆路与振兴路交叉口南",
        "中国联合网络通信有限公司濮阳市分公司",
        "2024-07-10 11:25",
        "5个工作日",
        "超期未处置",
        "",
    ),
    (
        "CG2024072900136",
        "监督员上报",
        "部件",
        "路缘石",
        "背街道路路缘石缺失约15米",
        "胜利路街道石化路南段",
        "华龙区胜利路街道办事处",
        "2024-07-29 09:55",
        "3个工作日",
        "处置中",
        "",
    ),
]


def write_cases(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市数字化城市管理案件明细表（市政设施类）"])
    w.writerow(["导出时间：2024-07-31 08:30:12", "导出人：指挥调度科"])
    w.writerow(
        [
            "序号",
            "案件编号",
            "问题来源",
            "大类",
            "小类",
            "问题描述",
            "发生地址",
            "处置单位",
            "派遣时间",
            "处置时限",
            "案件状态",
            "结案时间",
        ]
    )
    for i, row in enumerate(CASE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共8件，已结案3件", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 城市排水防涝安全及重要易涝点整治责任人名单, after the ministry's 通告 (附件2 城市重要易涝点整治责任人名单: 每个
# 易涝点一名整治责任人; 各重要易涝点整治责任人要加强日常管理，抓紧推进易涝点的整治，对于短时间难以完成整治的，要
# 组织制定和完善排水防涝应急预案，落实应急措施):
# http://m.szdekn.com/hangxing/20210406/52326.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (整治责任人 over 姓名 and 单位及职务; 存在问题 giving the 积水原因), the 整治责任单位 beside the
# person, 计划完成时间 and 整治进展, one former name (市水务局), a 注 line and a 填表人 line.
FLOOD_ROWS = [
    (
        "京开大道下穿铁路立交桥",
        "地势低洼，泵站抽排能力不足",
        "泵站扩容改造，新增抽排水泵2台",
        "市城管局",
        "王建军",
        "市城管局副局长",
        "2024年6月30日",
        "泵站扩容已完成，7月两次强降雨未出现积水",
    ),
    (
        "胜利路与大庆路交叉口",
        "雨水管网管径偏小，排水能力不足",
        "新建DN1200雨水管道680米",
        "市住建局",
        "刘志刚",
        "市住建局副局长",
        "2024年9月30日",
        "正在施工，已完成管道铺设约60%",
    ),
    (
        "人民路（中原路至黄河路段）",
        "雨水口堵塞，收水能力不足",
        "清掏雨水口，增设雨水箅子40处",
        "濮阳市华龙区人民政府",
        "陈晓东",
        "华龙区副区长",
        "2024年5月31日",
        "已完成",
    ),
    (
        "马颊河金堤路排口",
        "河道高水位顶托，雨水倒灌",
        "排口加装防倒灌拍门",
        "市水务局",
        "赵永刚",
        "市水务局副局长",
        "2024年7月15日",
        "未启动",
    ),
    (
        "开发区长庆路南段",
        "雨水管网未贯通，存在断头管",
        "打通断头管约320米",
        "濮阳经济技术开发区管理委员会",
        "孙立明",
        "开发区管委会副主任",
        "2024年8月31日",
        "",
    ),
    (
        "油田四号院周边",
        "小区排水管网老化，雨污混流",
        "结合老旧小区改造实施雨污分流",
        "市住建局",
        "刘志刚",
        "市住建局副局长",
        "2025年6月底",
        "已完成设计，正在招标",
    ),
    (
        "黄河路下穿隧道",
        "无积水监测预警设施",
        "安装积水监测及LED警示设施",
        "市城管局",
        "王建军",
        "市城管局副局长",
        "2024年7月10日",
        "已安装积水监测设备和LED警示屏，投入使用",
    ),
    (
        "老城区背街小巷片区",
        "地面无排水设施，短时难以根治",
        "完善排水防涝应急预案，汛期落实专人值守和移动泵车",
        "濮阳市华龙区人民政府",
        "陈晓东",
        "华龙区副区长",
        "长期坚持",
        "汛期常态化落实专人值守",
    ),
]


def write_flood(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("易涝点")
    for col, width in enumerate([6, 24, 24, 28, 22, 10, 16, 16, 30]):
        ws.col(col).width = width * 256
    ws.write_merge(0, 0, 0, 8, "2024年城区重要易涝点整治责任人名单及整治进展表", t)
    ws.write_merge(
        1, 1, 0, 8, "填报单位：濮阳市城市排水防涝工作领导小组办公室    填报日期：2024年7月29日", plain
    )
    for col, word in enumerate(["序号", "易涝点名称", "存在问题（积水原因）", "整治措施", "整治责任单位"]):
        ws.write_merge(2, 3, col, col, word, h)
    ws.write_merge(2, 2, 5, 6, "整治责任人", h)
    ws.write(3, 5, "姓名", h)
    ws.write(3, 6, "单位及职务", h)
    ws.write_merge(2, 3, 7, 7, "计划完成时间", h)
    ws.write_merge(2, 3, 8, 8, "整治进展", h)
    for i, row in enumerate(FLOOD_ROWS, 1):
        r = 3 + i
        ws.write(r, 0, i, ctr)
        for col, v in enumerate(row, 1):
            ws.write(r, col, v, ctr if col in (5, 7) else c)
    r = 4 + len(FLOOD_ROWS)
    ws.write_merge(
        r,
        r,
        0,
        8,
        "注：对短时间难以完成整治的易涝点，责任单位要组织制定和完善排水防涝应急预案，落实应急措施。",
        plain,
    )
    ws.write_merge(r + 1, r + 1, 0, 8, "填表人：周海涛    审核人：杨立新    联系电话：0393-8156620", plain)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 路灯亮灯情况摸底排查, after a city 城管指挥中心's survey of the street lights (信息采集员延长巡查时间，在路灯正常
# 亮灯时段重点排查夜间缺亮、灯光闪烁; 发现故障灯1402处; 对普查结果分类整理，共涉及13家责任单位，已全部发函督促处置):
# https://www.yhhmip.com/system/2024/08/12/030786480.shtml
# An .xlsx: title, a line with the 排查 and 交办 dates (处置时限 in days counts from the 交办), one header row with
# 故障灯数 and the 核查结果 (the center's check) beside the 处置情况, a 合计 row with the lamps' sum, a signature line.
LIGHT_ROWS = [
    (
        "华龙区",
        "胜利路（京开大道至濮上路）",
        "夜间缺亮，连续6盏路灯不亮",
        6,
        "市城管局",
        "7日内",
        "已更换光源并修复线路",
        "核查合格",
    ),
    (
        "华龙区",
        "建设路背街",
        "路灯灯光闪烁，镇流器老化",
        4,
        "濮阳市华龙区城市管理局",
        "7日内",
        "正在更换镇流器",
        "",
    ),
    (
        "开发区",
        "长庆路（开发区段）",
        "整段路灯不亮，供电电缆被施工挖断",
        21,
        "濮阳经济技术开发区规划建设局",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "华龙区",
        "人民路（黄河路口）",
        "路灯杆倾斜、灯罩脱落，存在坠落隐患",
        2,
        "市城管局",
        "立行立改",
        "已扶正灯杆并更换灯罩",
        "核查合格",
    ),
    (
        "示范区",
        "绿城路（示范区段）",
        "新建道路路灯未移交，无人维护，8盏不亮",
        8,
        "市住建局",
        "2024年8月31日",
        "正在协调办理移交手续",
        "",
    ),
    (
        "华龙区",
        "黄河路（京开大道至任丘路）",
        "路灯箱变供电故障，整段缺亮",
        15,
        "供电公司",
        "7日内",
        "未处置",
        "核查未修复",
    ),
    (
        "工业园区",
        "东环路（工业园区段）",
        "路灯亮灯时间未按季节调整，早晨7时仍未熄灯",
        0,
        "濮阳工业园区管理委员会",
        "7日内",
        "已调整亮灯时间",
        "核查合格",
    ),
]


def write_lights(path: Path) -> Path:
    b = Book(path, author="指挥调度室")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 10, 26, 34, 10, 28, 14, 24, 12])
    b.line(ws, 0, "城区路灯亮灯情况摸底排查故障交办处置清单", 8, b.title)
    b.line(
        ws,
        1,
        "排查时间：2024年7月1日至7月5日（夜间亮灯时段）    交办时间：2024年7月8日    处置时限自交办之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "所属区域",
            "道路名称",
            "故障情况",
            "故障灯数（盏）",
            "责任单位",
            "处置时限",
            "处置情况",
            "核查结果",
        ],
    )
    for i, row in enumerate(LIGHT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        values = list(row)
        if values[3] == 0:
            values[3] = "—"
        b.row(ws, 2 + i, values, first=1)
    end = 3 + len(LIGHT_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, sum(r[3] for r in LIGHT_ROWS), b.center)
    b.merge(ws, end, 5, end, 8, "共涉及责任单位6家")
    b.line(ws, end + 2, "填表人：杜晓明    审核：陈国强    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 园林绿化养护考核, after a city 园林中心's quarterly check of the maintenance contractors (苗木整形修剪、死树枯枝
# 清理、病虫害防治、绿地除杂、黄土(缺株)整治、绿化设施保护; 考核打分; 现场拍照取证和清单登记，同步建立整改问题台账，
# 提出整改意见):
# http://c-cu.com/xinwendongtai/gongsidongtai/4671.html
# An .xlsx: title, 考核单位/考核时间 line, one header row with the 扣分 beside the 养护单位, 整改完成情况 and the
# 复查结果 (the checker's verdict), a 合计 row with the points' sum, a 说明 line and signatures.
GREEN_ROWS = [
    (
        "人民公园",
        "濮阳市绿源园林工程有限公司",
        "部分乔木死树枯枝未及时清理",
        2,
        "清理枯枝，补植死株",
        "2024年7月10日",
        "已清理枯枝12处，补植完成",
        "复查合格",
    ),
    (
        "京开大道中央分隔带",
        "河南森美园林绿化有限公司",
        "绿篱修剪不及时，高低不齐",
        1.5,
        "修剪整形",
        "2024.7.15",
        "已修剪整形",
        "",
    ),
    (
        "龙湖公园",
        "濮阳市绿源园林工程有限公司",
        "草坪杂草较多，黄土裸露约200平方米",
        3,
        "除杂补播",
        "7月底前",
        "正在除杂，补播草籽待雨后实施",
        "",
    ),
    (
        "开州路游园",
        "濮阳市华龙区园林绿化服务中心",
        "国槐发生蚜虫危害未及时防治",
        2,
        "喷药防治",
        "2024年7月8日",
        "未整改",
        "复查不合格",
    ),
    (
        "中原路绿化带",
        "河南森美园林绿化有限公司",
        "绿地内堆放建筑垃圾和杂物",
        1,
        "清运垃圾杂物",
        "2024年7月12日",
        "",
        "",
    ),
    (
        "戚城公园",
        "濮阳市戚城园林养护有限公司",
        "园路铺装破损，休闲座椅损坏3处",
        2,
        "维修园路，更换座椅",
        "2024年8月15日",
        "已采购座椅，园路铺装正在维修",
        "",
    ),
    (
        "黄河路行道树",
        "濮阳市华龙区园林绿化服务中心",
        "行道树树穴缺株5处",
        1,
        "适时补植",
        "2024年10月底前",
        "未启动",
        "",
    ),
]


def write_green(path: Path) -> Path:
    b = Book(path, author="养护管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 28, 32, 8, 20, 16, 30, 12])
    b.line(ws, 0, "2024年二季度城区园林绿化养护考核问题整改台账", 8, b.title)
    b.line(ws, 1, "考核单位：濮阳市园林绿化中心    考核时间：2024年7月2日至7月3日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "绿地（道路）名称",
            "养护单位",
            "考核发现问题",
            "扣分",
            "整改意见",
            "整改时限",
            "整改完成情况",
            "复查结果",
        ],
    )
    for i, row in enumerate(GREEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GREEN_ROWS)
    b.merge(ws, end, 0, end, 3, "合计", b.center)
    b.put(ws, end, 4, sum(r[3] for r in GREEN_ROWS), b.center)
    b.merge(ws, end, 5, end, 8, "")
    b.line(ws, end + 1, "说明：扣分结果计入季度养护考核，与养护经费拨付挂钩。", 8)
    b.line(ws, end + 2, "考核组：张立新、郑慧    填表人：郑慧    填报日期：2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 违法建设“月拆除项目清单”, after a city's monthly public list of the 违法建设 each county plans to pull down
# (各县区计划拆除的违法建设项目公示，接受市民监督; 严格按照拆除计划依法组织实施; 投诉举报电话12319):
# https://meili.lywww.com/info_732.html
# A .zip of two returns: a district's .xlsx list (title, 公示 line, one header row with the 当事人 beside the 拆除
# 责任单位, the 违建面积 summed in a 合计 row, the 举报电话 line) and a county's .docx list (title, 填报单位 line, one
# table, signature line).
DISTRICT_ROWS = [
    (
        "胜利路街道",
        "胜利路与长庆路交叉口西南角",
        "濮阳市鑫达商贸有限公司",
        "违规搭建彩钢板房",
        320,
        "2024年7月10日",
        "华龙区胜利路街道办事处",
        "已拆除",
    ),
    (
        "开州路街道",
        "锦华小区12号楼楼顶",
        "李某某",
        "楼顶违法加盖房屋",
        85,
        "2024年7月20日",
        "华龙区开州路街道办事处",
        "已拆除约60平方米，正在拆除",
    ),
    (
        "中原路街道",
        "中原路与昆吾路交叉口北侧",
        "王某某",
        "临街违法搭建门面房",
        140,
        "2024年7月25日",
        "华龙区中原路街道办事处",
        "未拆除",
    ),
    (
        "孟轲乡",
        "孟轲乡后孟轲村北",
        "张某某",
        "未批先建厂房",
        960,
        "2024年7月31日",
        "华龙区孟轲乡人民政府",
        "已下达限期拆除决定书，当事人正在自行拆除",
    ),
    (
        "大庆路街道",
        "大庆路中段",
        "濮阳市味之源餐饮店",
        "占用绿地搭建阳光房",
        45,
        "2024年7月15日",
        "华龙区大庆路街道办事处",
        "",
    ),
]
COUNTY_ROWS = [
    (
        "城关镇",
        "城关镇南关村",
        "刘某某",
        "私建三层住宅",
        "360",
        "2024年7月12日",
        "濮阳县城关镇人民政府",
        "已拆除到位",
    ),
    (
        "文留镇",
        "文留镇文留村东",
        "濮阳县兴旺养殖专业合作社",
        "占用耕地建设养殖棚",
        "1200",
        "8月底前",
        "濮阳县文留镇人民政府",
        "正在拆除",
    ),
    (
        "柳屯镇",
        "柳屯镇商贸街西段",
        "赵某某",
        "违法建设临街商铺",
        "210",
        "2024年7月20日",
        "濮阳县柳屯镇人民政府",
        "逾期未拆除",
    ),
    (
        "户部寨镇",
        "户部寨镇工业路",
        "濮阳县恒达物流有限公司",
        "未批先建仓库",
        "450",
        "2024年9月30日",
        "濮阳县户部寨镇人民政府",
        "已完成拆除",
    ),
    (
        "县城",
        "濮阳县黄河路与挥公大道交叉口",
        "濮阳县星光广告有限公司",
        "违法搭建钢结构大型广告牌",
        "80",
        "2024年7月31日",
        "濮阳县城市管理局",
        "",
    ),
]


def write_district_book(path: Path) -> Path:
    b = Book(path, author="控违办")
    ws = b.sheet("7月拆除清单")
    b.widths(ws, [6, 12, 28, 22, 22, 12, 16, 24, 28])
    b.line(ws, 0, "华龙区2024年7月违法建设拆除项目清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区违法建设治理工作领导小组办公室    公示日期：2024年7月1日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "街道（乡镇）",
            "违法建设位置",
            "当事人",
            "违法建设内容",
            "违建面积（㎡）",
            "计划拆除时间",
            "拆除责任单位",
            "拆除进度",
        ],
    )
    for i, row in enumerate(DISTRICT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DISTRICT_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, sum(r[4] for r in DISTRICT_ROWS), b.center)
    b.merge(ws, end, 6, end, 8, "")
    b.line(ws, end + 1, "欢迎广大市民对违法建设行为进行监督举报，举报电话：12319。", 8)
    b.line(ws, end + 2, "填表人：宋志华    联系电话：0393-8322716    更新日期：2024年7月29日", 8)
    return b.close()


def write_county_docx(path: Path) -> Path:
    doc = _new_document("濮阳县城市管理局")
    _title(doc, "濮阳县2024年7月违法建设拆除项目清单", 18)
    _paragraph(doc, "填报单位：濮阳县违法建设治理工作领导小组办公室    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(COUNTY_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "乡镇",
            "违建位置",
            "当事人",
            "违法建设内容",
            "面积（㎡）",
            "拆除时限",
            "责任单位",
            "拆除情况",
        ],
        body,
    )
    _paragraph(doc, "填表人：郝建军    审核人：马永生    联系电话：0393-3221508", 12)
    return _save_fixed(doc, path)


def write_demolition(path: Path) -> Path:
    members = [
        ("华龙区7月违法建设拆除项目清单.xlsx", write_district_book),
        ("濮阳县7月违法建设拆除项目清单.docx", write_county_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("关于城区老旧小区改造工程执法巡查发现问题整改情况的报告.docx", write_renovation),
    ("关于2024年第二季度物业服务领域投诉办理情况的通报.doc", write_property),
    ("公租房违规问题专项整治问题台账.xlsx", write_housing),
    ("已售逾期难交付住宅项目一楼一策处置推进台账.xlsx", write_handover),
    ("建筑工地扬尘污染防治督查较差项目整改情况（第12期）.wps", write_dust),
    ("数字城管市政设施案件明细（7月）.csv", write_cases),
    ("2024年城区重要易涝点整治责任人名单及整治进展表.xls", write_flood),
    ("城区路灯故障交办处置清单.xlsx", write_lights),
    ("二季度园林绿化养护考核问题整改台账.xlsx", write_green),
    ("违法建设月拆除项目清单（华龙区、濮阳县）.zip", write_demolition),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

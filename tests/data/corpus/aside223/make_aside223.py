"""Write the aside223 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 教育、医疗卫生、养老民政、文旅 (旅游市场违规经营通报, 卫健系统巡察整改, 医疗废物违规检查, 环保督察医疗废物
整改, 敬老院消防专项督查, 养老机构消防隐患排查, 民政巡察“三个清单”, 中小学专项巡察, 教育局巡察整改台账, 文物安全
隐患大排查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .doc and .wps (LibreOffice conversions of an .xlsx and
two .docx), a UTF-8 CSV (a system export), a .docx whose items are numbered paragraphs, and a .zip of two returns (an
.xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside223.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
# 1. 旅游市场违规经营单位处理情况, after a city 旅游局's 通报 at a 行风建设 meeting (委托非旅行社单位代理旅游业务的分别处以
# 罚金并限期整改; 业务广告不标明旅行社名称的给予警告，责令2个月内整改; 超经营范围广告宣传、业务档案不完整的通报批评并
# 责令2个月内整改; 景区环境卫生差通报批评，限2个月内整改; 酒店设施严重老化责令3个月内整改，逾期不达标将撤销星级;
# 导游人员予以扣分):
# http://www.hnta.cn/NewsHtmls/News_4419
# An .xlsx: title, 通报日期 line saying the 整改期限 count from the 通报 date, one header row with 单位类别 and 处理决定
# beside the 整改期限 (N个月内 and dates) and 整改落实情况, a line on the 导游 penalties and a signature line.
TOURISM_ROWS = [
    (
        "旅行社",
        "濮阳市春之旅旅行社有限公司",
        "委托非旅行社单位代理招徕旅游者，未签订书面委托合同",
        "处以罚款，限期整改",
        "1个月内",
        "已终止与代理单位合作，整改完毕",
    ),
    (
        "旅行社",
        "濮阳丰源旅行社有限公司",
        "委托无资质的商贸公司代理旅游业务",
        "处以罚款，限期整改",
        "2024年7月15日前",
        "已整改，经复查合格",
    ),
    (
        "旅行社",
        "濮阳风光国际旅行社有限公司",
        "业务宣传广告未标明旅行社名称和许可证编号",
        "警告，责令整改",
        "2个月内",
        "已撤下违规广告，宣传资料正在重新制作",
    ),
    (
        "旅行社",
        "清丰县青年旅行社有限公司",
        "超经营范围进行出境游广告宣传，业务档案保存不完整",
        "通报批评，责令整改",
        "2个月内",
        "",
    ),
    (
        "A级旅游景区",
        "濮阳县毛楼生态旅游区管理处",
        "景区环境卫生差，旅游厕所保洁不到位，服务意识不强",
        "通报批评，限期整改",
        "2个月内",
        "未整改",
    ),
    (
        "A级旅游景区",
        "南乐县仓颉陵景区管理处",
        "游客中心咨询台无人值守，导览标识牌破损褪色",
        "通报批评，限期整改",
        "2个月内",
        "已更换导览标识，咨询台安排专人值守，已整改",
    ),
    (
        "星级饭店",
        "濮阳亚星大酒店有限公司",
        "客房设施设备严重老化，服务质量低，游客投诉较多",
        "责令整改，逾期不达标撤销星级",
        "3个月内",
        "客房改造方案已制定，正在分批施工",
    ),
    (
        "星级饭店",
        "范县黄河大酒店有限公司",
        "消防通道堆放布草杂物，员工未开展岗前服务培训",
        "责令限期整改",
        "2024年6月30日",
        "已整改，6月28日复查合格",
    ),
]


def write_tourism(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("处理情况")
    b.widths(ws, [6, 12, 30, 40, 24, 16, 34])
    b.line(ws, 0, "旅游市场违规经营单位处理及整改情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市文化广电和旅游局（市场管理科）    通报日期：2024年6月14日（整改期限自通报之日起计算）",
        6,
    )
    b.header(ws, 2, ["序号", "单位类别", "单位名称", "违规行为", "处理决定", "整改期限", "整改落实情况"])
    for i, row in enumerate(TOURISM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOURISM_ROWS)
    b.line(
        ws,
        end,
        "另：导游人员刘某、席某、杨某违反《导游人员管理实施办法》，已分别予以扣分处理，不列入整改事项。",
        6,
    )
    b.line(
        ws, end + 1, "审核人：孟庆华    填表人：许静    联系电话：0393-8186217    填报日期：2024年7月29日", 6
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 卫生健康局党组巡察整改情况, after a city 卫生健康局党组's public account of its 巡察整改 (巡察组反馈后召开党组会议研究
# 部署; 针对每个具体问题制定详细整改措施，明确责任领导、责任部门及完成时限; 新修订规章制度32个):
# https://www.shantou.gov.cn/wjj/zwgk/tzgg/content/post_2419178.html
# A .docx: title, 主送, preamble with the 反馈 date the 立行立改 item counts from, a section heading, the items as
# numbered paragraphs （一）…（七） naming 责任领导、责任科室 and 完成时限 and the progress in a sentence, a closing
# paragraph, the 党组 and date at the foot. Every item is the commission's own (its 科室 are sections).
HEALTH_PATROL_PARAS = [
    (
        "（一）关于公立医院党委领导下的院长负责制落实不到位的问题。责任领导：王建设；责任科室：组织人事科；"
        "完成时限：2024年9月底前。整改情况：已修订市直公立医院党委会议和院长办公会议议事规则，正在指导各医院"
        "对照完善本院议事规则。"
    ),
    (
        "（二）关于医疗机构消防安全隐患整治不彻底的问题。责任领导：李红梅；责任科室：医政医管科；"
        "完成时限：2024年6月30日。整改情况：已完成对全市二级以上医院消防安全隐患复查，发现的23处隐患全部整改到位。"
    ),
    (
        "（三）关于基层医疗卫生机构药品耗材采购不规范的问题。责任领导：赵国庆；责任科室：药政科；"
        "完成时限：2024年12月底前。整改情况：尚未开展。"
    ),
    (
        "（四）关于医疗服务价格执行监督检查不到位、个别医院存在超标准收费的问题。责任领导：赵国庆；责任科室：财务科；"
        "完成时限：立行立改。整改情况：4月下旬已完成市直医院收费自查，清退多收费用2.3万元，整改完成。"
    ),
    (
        "（五）关于卫生健康专项资金结余沉淀的问题。责任领导：赵国庆；责任科室：财务科、规划发展与信息化科；"
        "完成时限：2024年10月31日前。整改情况：已清理收回结余资金1200万元，其余项目资金正在加快执行。"
    ),
    (
        "（六）关于医德医风问题查处力度不够的问题。责任领导：李红梅；责任科室：医政医管科、机关纪委；"
        "完成时限：长期坚持。整改情况：已建立医德医风投诉季度分析通报制度，长期坚持。"
    ),
    (
        "（七）关于“互联网+医疗健康”便民服务推进缓慢、预约诊疗覆盖率偏低的问题。责任领导：王建设；"
        "责任科室：规划发展与信息化科；完成时限：2024年8月底前。"
    ),
]


def write_health_patrol(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳市卫健委党组关于市委巡察反馈意见整改进展情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年4月10日，市委第三巡察组向我委党组反馈了巡察意见。委党组召开专题会议研究部署，针对每个具体问题"
        "制定整改措施，明确责任领导、责任科室及完成时限。现将整改进展情况报告如下：",
    )
    _paragraph(doc, "一、巡察反馈问题整改进展情况", font="黑体")
    for text in HEALTH_PATROL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作")
    _paragraph(
        doc,
        "委党组将对已完成整改的问题开展“回头看”，对正在整改的问题倒排工期、挂图作战，确保按期整改到位。",
    )
    _paragraph(doc, "中共濮阳市卫生健康委员会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 医疗废物违规检查记录, after the 违规检查 record of a public medical-waste supervision system (ViolationExamine:
# 关联违规单位医院, 录入时间, 处置方式, 违规内容, 状态, 现场照片, 整改时限, 违规时间):
# https://github.com/h7775259966/medical_waste/blob/6a02a6a1f59a00ab2362c5aeb44ebddf0e203816/src/main/java/com/module/entity/violation/violationExamine/ViolationExamine.java
# A CSV in UTF-8 with a BOM, as the system exports it: one header line in the system's own words, 违规时间 and 录入时间
# (events) beside the 整改时限 (the deadline), all as date-times, a 状态 column; nothing above or below the table.
WASTE_ROWS = [
    (
        "濮阳市人民医院",
        "医疗废物暂存间未设置明显警示标识，地面有渗漏痕迹",
        "2024-07-02 09:30:00",
        "责令整改",
        "2024-07-12 00:00:00",
        "已整改",
        "有",
        "2024-07-02 16:12:45",
    ),
    (
        "濮阳市中医医院",
        "损伤性废物未放入利器盒，与感染性废物混装",
        "2024-07-03 10:05:00",
        "警告",
        "2024-07-10 00:00:00",
        "已整改",
        "有",
        "2024-07-03 15:40:02",
    ),
    (
        "濮阳县人民医院",
        "医疗废物交接登记缺少重量和交接人签名",
        "2024-07-05 14:20:00",
        "责令整改",
        "2024-07-31 00:00:00",
        "整改中",
        "无",
        "2024-07-05 17:03:19",
    ),
    (
        "清丰县人民医院",
        "医疗废物暂存超过48小时未转运",
        "2024-07-08 09:00:00",
        "罚款",
        "2024-07-15 00:00:00",
        "未整改",
        "有",
        "2024-07-08 11:26:30",
    ),
    (
        "南乐县中医院",
        "病区医疗废物包装袋未粘贴中文标签",
        "2024-07-10 15:30:00",
        "责令整改",
        "2024-07-20 00:00:00",
        "",
        "有",
        "2024-07-10 16:55:08",
    ),
    (
        "华龙区人民路街道社区卫生服务中心",
        "未配备医疗废物专用转运工具，使用普通垃圾桶转运",
        "2024-07-11 10:10:00",
        "责令整改",
        "2024-08-11 00:00:00",
        "整改中",
        "有",
        "2024-07-12 08:47:51",
    ),
    (
        "濮阳县柳屯镇卫生院",
        "医疗废物处置人员未配备防护用品，未经岗前培训",
        "2024-07-15 09:45:00",
        "约谈",
        "2024-07-25 00:00:00",
        "已整改",
        "无",
        "2024-07-15 18:20:14",
    ),
    (
        "范县人民医院",
        "口腔科拔除的废弃牙齿与生活垃圾混放",
        "2024-07-18 11:00:00",
        "责令整改",
        "2024-08-02 00:00:00",
        "待整改",
        "有",
        "2024-07-18 14:31:09",
    ),
]


def write_waste(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        ["序号", "违规单位", "违规内容", "违规时间", "处置方式", "整改时限", "状态", "现场照片", "录入时间"]
    )
    for i, row in enumerate(WASTE_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 环保督察反馈医疗废物问题整改落实情况, after a city 卫健委's public account of one 省环保督察 problem (一、环保督察反馈的
# 问题 / 二、整改目标 / 三、整改措施 / 四、整改期限“立行整改、长期坚持” / 五、整改措施落实情况; 实行领导包抓和科室分工制,
# 县市区卫生行政部门实行台账管理，明确整改措施、责任单位和完成时限):
# http://xinyangjiang.com/zfxxgk/fdzdgknr/sthj/jdjc/1628945734088818690.html
# A .doc (Word 97 via LibreOffice): title, preamble with the 交办 date, then one block per problem: a 问题N heading and
# the numbered headings 一、… 六、 (问题, 责任单位, 整改目标, 整改措施, 整改期限, 落实情况), one block with its 落实情况
# left empty; the commission and date at the foot.
ECO_BLOCKS = [
    (
        "市级医疗废物集中处置中心焚烧炉长期超负荷运行，处置能力不足",
        "濮阳市康洁医疗废物处置有限公司",
        "新增处置能力，确保医疗废物日产日清",
        "新建热解处置线一条，处置能力提高至每日30吨。",
        "2024年12月31日前",
        "新建热解处置线已完成设备招标，正在安装调试。",
    ),
    (
        "部分乡镇卫生院医疗废物暂存设施不规范，未做到防渗漏、防鼠、防蚊蝇",
        "濮阳县卫生健康委员会",
        "乡镇卫生院暂存间全部达到规范要求",
        "对全县乡镇卫生院医疗废物暂存间逐一改造。",
        "2024年6月底",
        "全县20所乡镇卫生院暂存间已全部改造完成，经市卫健委验收合格。",
    ),
    (
        "医疗机构医疗废物产生量和处置单位处置量不一致",
        "市卫生健康委",
        "统一计量标准，确保交接数量一致",
        "组织处置单位与医疗机构逐一核查原因，统一计量标准，加强调度抽查。",
        "立行整改、长期坚持",
        "已统一计量标准，实行整改台账管理和周汇报制度，长期坚持。",
    ),
    (
        "村卫生室医疗废物收集转运覆盖不全，部分村卫生室自行焚烧",
        "清丰县卫生健康委员会",
        "村卫生室医疗废物收集转运全覆盖",
        "以乡镇卫生院为单位设立收集点，统一收集转运。",
        "2024年9月30日",
        "已完成12个乡镇收集点建设，其余5个乡镇正在推进。",
    ),
    (
        "医院污水处理设施运行不正常，排放口余氯超标",
        "南乐县人民医院",
        "污水处理达标排放",
        "更换加氯消毒设备，委托第三方按月检测。",
        "2024年7月15日",
        "已更换加氯消毒设备，7月12日经第三方检测达标。",
    ),
    (
        "医疗废物转运车辆未安装在线定位监控",
        "范县卫生健康委员会",
        "转运车辆全部纳入在线监控",
        "为全县医疗废物转运车辆安装定位终端。",
        "2024年8月31日",
        "尚未启动。",
    ),
    (
        "涉疫医疗废物应急处置预案多年未修订",
        "台前县卫生健康委员会",
        "修订完善应急处置预案",
        "结合处置能力变化修订预案并组织演练。",
        "交办之日起3个月内",
        "",
    ),
]


def write_eco_docx(path: Path) -> Path:
    doc = _new_document("医政医管科")
    _title(doc, "生态环境保护督察反馈医疗废物问题整改落实情况", 20)
    _paragraph(
        doc,
        "2024年5月20日，市生态环境保护督察整改工作领导小组办公室将督察反馈的医疗废物处置方面7个问题交办我委。"
        "我委实行领导包抓和科室分工制，各县（区）卫生健康部门实行台账管理，明确整改措施、责任单位和完成时限。"
        "现将整改落实情况汇总如下：",
    )
    numbers = "一二三四五六七"
    for n, (problem, unit, goal, measure, deadline, done) in enumerate(ECO_BLOCKS):
        _paragraph(doc, f"问题{numbers[n]}", font="黑体")
        _paragraph(doc, f"一、督察反馈的问题：{problem}。")
        _paragraph(doc, f"二、责任单位：{unit}")
        _paragraph(doc, f"三、整改目标：{goal}。")
        _paragraph(doc, f"四、整改措施：{measure}")
        _paragraph(doc, f"五、整改期限：{deadline}")
        _paragraph(doc, f"六、整改措施落实情况：{done}")
    _paragraph(doc, "濮阳市卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_eco(path: Path) -> Path:
    return via_soffice(write_eco_docx, path, "doc", "医疗废物问题整改落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 5. 敬老院安全消防专项督查问题整改台账, after a county-level city's 敬老院安全消防专项督查 (市委市政府督查组、安监局、民政局
# 联合督查全部19家敬老院; 普遍存在违规使用塑料扣板装修、消防器材配备不足、日常安全管理有待完善; 以安委办名义对镇政府
# 下发《安全生产督查意见书》，要求敬老院限期整改到位; 边坡滑坡要求在下个雨水季节来临前整改到位):
# http://jinchen520.com/p/53127.html
# An .xls (xlwt): title, 督查组 line, one header row with the 敬老院 beside the 责任单位 (town governments), a 督查日期
# the 立行立改 rows count from, a 处理方式 column, deadlines as dates, X月X日前, 主汛期前（7月15日前）, 8月底前, 立行立改
# and 长期坚持, a 注 line and a signature line.
HOMES_ROWS = [
    (
        "梁庄镇人民政府",
        "梁庄镇敬老院",
        "2024.6.18",
        "二楼走廊及活动室大面积使用塑料扣板吊顶",
        "下发《安全生产督查意见书》",
        "2024年7月31日前",
        "已拆除塑料扣板，更换为不燃材料，7月26日复查合格",
    ),
    (
        "胡状镇人民政府",
        "胡状镇敬老院",
        "2024.6.18",
        "灭火器数量不足，部分灭火器压力不足",
        "现场交办",
        "立行立改",
        "已整改",
    ),
    (
        "王称堌镇人民政府",
        "王称堌镇敬老院",
        "2024.6.19",
        "院前边坡雨后滑塌，危及主体建筑安全",
        "报县民政局协调",
        "主汛期前（7月15日前）",
        "已编制边坡治理方案，正在施工",
    ),
    (
        "习城乡人民政府",
        "习城乡敬老院",
        "2024.6.19",
        "厨房液化气钢瓶与灶具同室存放，未安装燃气泄漏报警装置",
        "现场交办",
        "立行立改",
        "未整改",
    ),
    (
        "渠村乡人民政府",
        "渠村乡敬老院",
        "2024.6.20",
        "值班记录不全，夜间无人值守",
        "现场交办",
        "长期坚持",
        "常态化落实24小时值班，长期坚持",
    ),
    (
        "海通乡人民政府",
        "海通乡敬老院",
        "2024.6.20",
        "老人房间私拉电线，使用大功率电热毯",
        "现场交办",
        "2024年6月30日",
        "已整改",
    ),
    (
        "户部寨镇人民政府",
        "户部寨镇敬老院",
        "2024.6.21",
        "消防应急照明灯和疏散指示标志损坏",
        "现场交办",
        "7月10日前",
        "应急照明灯正在采购",
    ),
    (
        "子岸镇人民政府",
        "子岸镇敬老院",
        "2024.6.21",
        "未开展消防演练，工作人员不会使用灭火器",
        "现场交办",
        "8月底前",
        "",
    ),
]


def write_homes(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳县农村敬老院安全消防专项督查问题整改台账", t, 0, 8),
        (
            1,
            0,
            "督查组：县政府督查室、县应急管理局、县民政局    填报单位：濮阳县民政局（盖章）    填报时间：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    words = [
        "序号",
        "责任单位",
        "敬老院名称",
        "督查日期",
        "存在问题",
        "处理方式",
        "整改时限",
        "整改情况",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(HOMES_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 6) else c))
        cells.append((r, 8, "", c))
    r = 3 + len(HOMES_ROWS)
    cells += [
        (
            r,
            0,
            "注：全县19家农村敬老院均已督查，本表只列存在问题的敬老院；“立行立改”事项自督查当日起整改。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "审核人：韩立军    填表人：郭晓燕    联系电话：0393-3221467", plain, r + 1, 8),
    ]
    return _write_xls(path, [("Sheet1", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 养老机构消防安全隐患排查整改登记表, after a city 民政局's 拉网式 sweep of its 养老机构 with the 消防大队 (四个督察组,
# 全市27个乡镇（街道）35个养老机构; 重点查消防设施器材、疏散通道、安全出口、用火用电、影响灭火救援的铁栅栏、值班记录;
# 对电线老化、灭火器配置不足、无值班记录等问题当场给出整改意见，要求限期整改到位):
# http://119.96.239.12:8003/TMCAW_webmap/TMCAW_gzdt/2015/05/17/a4dd0fafddad4326a42e85af47c2befe.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报 line, a two-row
# header (排查情况 over 发现隐患/整改意见, 整改情况 over 整改期限/复查情况), the 督察组 merged down its rows, a 排查日期
# per row that 当场整改, 10个工作日内 and 15日内 count from; the 养老机构 is the responsible unit; a 说明 line, signature.
FIRE_GROUPS = [
    (
        "第一督察组",
        [
            (
                date(2024, 6, 3),
                "华龙区",
                "濮阳市社会福利院",
                "公办",
                "部分居室电线老化，插座有烧焦痕迹",
                "更换老化线路和插座",
                "2024年6月15日",
                "已更换，复查合格",
            ),
            (
                date(2024, 6, 3),
                "华龙区",
                "濮阳市康乐园老年公寓",
                "民办",
                "二层以上窗户设置固定式防盗铁栅栏，影响逃生和灭火救援",
                "改为可从内部开启的逃生窗",
                "2024年6月30日",
                "已整改到位",
            ),
            (
                date(2024, 6, 4),
                "华龙区",
                "华龙区长庆路街道老年人日间照料中心",
                "公建民营",
                "灭火器配置不足，无消防安全值班记录",
                "补齐灭火器，建立值班记录",
                "10个工作日内",
                "灭火器已补齐，值班记录制度正在建立",
            ),
        ],
    ),
    (
        "第二督察组",
        [
            (
                date(2024, 6, 5),
                "清丰县",
                "清丰县夕阳红老年公寓",
                "民办",
                "疏散通道堆放轮椅、被褥等杂物",
                "清理疏散通道",
                "当场整改",
                "已当场清理",
            ),
            (
                date(2024, 6, 6),
                "濮阳县",
                "濮阳县颐和养老院",
                "民办",
                "自动喷水灭火系统管网无压，消防水箱无水",
                "维修喷淋系统并补水",
                "15日内",
                "已补水，喷淋系统正在维修",
            ),
            (
                date(2024, 6, 6),
                "南乐县",
                "南乐县福寿园养老服务中心",
                "民办",
                "厨房与老人居室之间未进行防火分隔",
                "设置防火门进行分隔",
                "2024年9月30日",
                "未整改",
            ),
        ],
    ),
    (
        "第三督察组",
        [
            (
                date(2024, 6, 11),
                "范县",
                "范县社会福利中心",
                "公办",
                "消防控制室值班人员无证上岗",
                "安排持证人员值守",
                "2024年8月31日",
                "",
            ),
            (
                date(2024, 6, 12),
                "台前县",
                "台前县中心敬老院",
                "公办",
                "烟感探测器未覆盖全部老人居室",
                "增设独立式感烟火灾探测报警器",
                "2024年7月20日",
                "已增设42个，复查合格",
            ),
        ],
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="养老服务科")
    ws = b.sheet("排查登记表")
    b.widths(ws, [6, 12, 12, 10, 30, 10, 36, 26, 16, 30])
    b.line(ws, 0, "全市养老机构消防安全隐患排查整改登记表", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局    填报日期：2024年7月30日", 9)
    for c, word in enumerate(["序号", "督察组", "排查日期", "县（区）", "养老机构名称", "机构性质"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "排查情况", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改情况", b.head)
    b.header(ws, 3, ["发现隐患", "整改意见", "整改期限", "复查情况"], first=6)
    r, n = 4, 0
    for team, rows in FIRE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, team, b.center)
        for day, *rest in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, day)
            b.row(ws, r, rest, first=3)
            r += 1
    b.line(ws, r, "说明：整改期限写“当场整改”“N日内”“N个工作日内”的，自排查日期起计算。", 9)
    b.line(ws, r + 1, "审核人：蒋文华    填表人：王丽    联系电话：0393-8996155", 9)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "养老机构消防安全隐患排查整改登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 巡察整改“三个清单”, after a district 民政局党组's public account of its 巡察整改进展 (成立巡察整改工作领导小组，班子成员
# “一岗双责”抓分管领域整改，局机关责任部门抓好落实; 研究制定整改方案，建立问题清单、任务清单、责任清单):
# https://www.haizhu.gov.cn/gzjg/qjwjw/xsxc/zg/content/post_10265070.html
# An .xlsx: title, 反馈时间/填报截至 line, a two-row header grouping the columns under 问题清单 / 任务清单 / 责任清单 with
# 整改进展 merged down both rows; the rows name only the bureau's own 科室; deadlines as dates, 6月底前, 12月底前, 9月,
# 立行立改 (from the 反馈 date) and 长期坚持; a signature line.
CIVIL_ROWS = [
    (
        "居家养老服务补贴发放审核不严，存在超范围发放",
        "逐户核查补贴发放对象，追回违规资金",
        "2024年6月底前",
        "李志刚",
        "养老服务科、计划财务科",
        "已追回违规发放补贴3.6万元，整改完成",
    ),
    (
        "特困供养对象动态管理不及时，去世人员未及时停发供养金",
        "与公安、卫健部门开展数据比对，建立月度比对机制",
        "立行立改",
        "周红",
        "社会救助科",
        "已停发13人并追回资金，月度比对机制已建立，已完成",
    ),
    (
        "农村敬老院消防设施改造进度滞后",
        "倒排工期，加快改造",
        "2024年12月底前",
        "李志刚",
        "养老服务科",
        "已完成11所，剩余5所正在施工",
    ),
    (
        "社会组织年检率偏低，“僵尸型”社会组织清理不彻底",
        "开展社会组织清理整治专项行动",
        "2024年9月",
        "周红",
        "社会组织管理科",
        "尚未开展",
    ),
    (
        "困境儿童基本生活保障对象信息不准确",
        "全面核查困境儿童信息",
        "2024年7月31日",
        "周红",
        "儿童福利科",
        "",
    ),
    (
        "党组理论学习中心组学习不深入，以学促干效果不明显",
        "完善党组理论学习中心组学习制度",
        "长期坚持",
        "张卫东",
        "办公室（机关党委）",
        "长期坚持",
    ),
    (
        "殡葬服务收费公示不规范，部分项目未明码标价",
        "规范殡葬服务收费公示",
        "2024年5月31日",
        "刘海燕",
        "社会事务科",
        "基本完成",
    ),
]


def write_civil(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("三个清单")
    b.widths(ws, [6, 40, 34, 16, 10, 22, 34])
    b.line(ws, 0, "市民政局落实市委巡察反馈意见整改“三个清单”（进展情况）", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局    巡察反馈时间：2024年3月25日    进展填报截至：2024年7月26日", 6)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 1, "问题清单", b.head)
    b.merge(ws, 2, 2, 2, 3, "任务清单", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任清单", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改进展", b.head)
    b.header(ws, 3, ["巡察反馈问题", "整改措施", "完成时限", "责任领导", "责任科室"], first=1)
    for i, row in enumerate(CIVIL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CIVIL_ROWS)
    b.line(ws, end, "填表人：陈晓    审核人：张卫东    联系电话：0393-8991532", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 中小学专项巡察反馈问题整改进展, after a district 教育局党组's account of the 区委 专项巡察 of its 义务教育阶段公立
# 中小学（幼儿园） (巡察组向局党组和各中小学校党组织反馈巡察意见; 形成问题清单、任务清单、责任清单):
# https://www.yunan.gov.cn/yfyajyj/gkmlpt/content/1/1939/post_1939919.html
# An .xlsx: title, 填报单位/反馈日期 line, a two-row header with 整改完成情况 over three tick columns (已完成 / 正在整改 /
# 未启动), the schools as the responsible units, a 问题类别 column, deadlines as dates, 立行立改 (from the 反馈 date),
# 8月底前 and 长期坚持, two rows ticked nowhere, a 说明 line and a signature line.
SCHOOL_ROWS = [
    (
        "清丰县实验小学",
        "党建工作",
        "党组织会议议事规则未修订，“三重一大”事项集体决策记录不全",
        "修订议事规则，规范决策记录",
        "2024年7月31日",
        0,
    ),
    (
        "清丰县第一初级中学",
        "财务管理",
        "食堂伙食费收支未单独核算，结余资金未用于改善学生伙食",
        "伙食费单独建账核算",
        "2024年8月31日",
        1,
    ),
    (
        "清丰县城关镇中心小学",
        "校园安全",
        "教学楼消防疏散指示标志损坏，应急照明灯不亮",
        "更换疏散指示标志和应急照明灯",
        "立行立改",
        0,
    ),
    (
        "清丰县马庄桥镇第一初级中学",
        "师德师风",
        "个别教师违规组织有偿补课",
        "开展师德师风专项整治，纳入常态化监督",
        "长期坚持",
        None,
    ),
    (
        "清丰县仙庄镇中心小学",
        "财务管理",
        "校服征订未经家长委员会参与，存在指定供应商问题",
        "重新规范校服选用采购程序",
        "2024年9月1日前",
        2,
    ),
    (
        "清丰县实验幼儿园",
        "收费管理",
        "保教费以外的代收费项目未公示",
        "在园内公示栏和网站公示代收费项目及标准",
        "2024年7月15日",
        0,
    ),
    (
        "清丰县特殊教育学校",
        "资产管理",
        "固定资产账实不符，部分教学康复设备未入账",
        "开展资产清查，补记入账",
        "2024年10月31日",
        None,
    ),
    (
        "清丰县韩村镇中心小学",
        "教育教学",
        "课后服务收费标准与县定标准不一致",
        "按县定标准统一收费，多收部分予以清退",
        "8月底前",
        1,
    ),
]


def write_schools(path: Path) -> Path:
    b = Book(path, author="清丰县教育局")
    ws = b.sheet("整改进展")
    b.widths(ws, [6, 26, 10, 40, 30, 14, 8, 8, 8])
    b.line(ws, 0, "清丰县义务教育阶段学校专项巡察反馈问题整改进展汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县教育局    巡察反馈日期：2024年6月18日（县委巡察组向县教育局党组和各学校党组织反馈）",
        8,
    )
    for c, word in enumerate(["序号", "学校", "问题类别", "反馈问题", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改完成情况", b.head)
    b.header(ws, 3, ["已完成", "正在整改", "未启动"], first=6)
    for i, (school, kind, problem, measure, deadline, tick) in enumerate(SCHOOL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [school, kind, problem, measure, deadline], first=1)
        for c in range(3):
            b.put(ws, r, 6 + c, "√" if tick == c else "", b.center)
    end = 4 + len(SCHOOL_ROWS)
    b.line(ws, end, "说明：整改完成情况在对应栏内打“√”；“立行立改”事项自反馈之日起整改。", 8)
    b.line(
        ws, end + 1, "填表人：田园    审核人：高建民    联系电话：0393-7221830    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 教育局巡察整改台账, after a city 教育局党委's public account of its 巡察整改进展 (成立整改工作领导小组和专班; 班子成员
# 抓好牵头整改事项，逐条整改、逐一销账; 对短期内能够整改的问题立即整改，对短期内无法整改的问题明确整改方向和阶段性
# 措施，对需要长期坚持整改的问题建立健全长效机制):
# http://www.hfsjw.gov.cn/xsxc-/xcgz/xczg/18894891.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble with the 反馈 date, a table with 整改类型
# (立行立改 / 限期整改 / 长期坚持), a 牵头单位 (short and former names) beside a 配合单位, 完成时限 as dates, 第三季度,
# 立行立改 and 长期坚持, 整改进展 and a 销号情况 column; a note at the foot.
EDU_ROWS = [
    (
        "中小学德育工作机制不健全，德育工作领导小组长期未调整",
        "立行立改",
        "调整充实德育工作领导小组，建立德育工作联系机制",
        "市教育局",
        "",
        "立行立改",
        "已调整领导小组并印发工作机制",
        "已销号",
    ),
    (
        "城区部分学校大班额问题仍然存在",
        "限期整改",
        "新建、改扩建城区学校3所，新增学位4050个",
        "市教育局",
        "市资规局、华龙区人民政府",
        "2024年8月31日",
        "3所学校主体完工，正在内部装修",
        "",
    ),
    (
        "中小学教师编制缺口较大，临聘教师比例偏高",
        "限期整改",
        "核增教师编制，组织公开招聘",
        "市人事局",
        "市教育局",
        "2024年12月31日",
        "招聘公告已发布，报名工作已结束",
        "",
    ),
    (
        "城镇小区配套幼儿园移交不到位",
        "限期整改",
        "对未移交的配套幼儿园逐园制定移交方案",
        "市建委",
        "市教育局、市资规局",
        "2024年6月30日",
        "未整改",
        "",
    ),
    (
        "教育经费“两个只增不减”落实不到位",
        "长期坚持",
        "足额编列教育经费预算，建立教育投入保障机制",
        "市财政局",
        "市教育局",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "校外培训机构治理出现反弹，隐形变异培训时有发生",
        "限期整改",
        "开展暑期校外培训联合执法检查",
        "市教育局",
        "市场监管局、市公安局",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "学校食堂食品安全监管存在薄弱环节",
        "限期整改",
        "开展学校食堂食品安全专项检查",
        "市市场监管局",
        "市教育局、市卫健委",
        "2024年7月20日",
        "基本完成",
        "已销号（7月22日）",
    ),
    (
        "校舍安全隐患排查整治不彻底，部分C级校舍未及时加固",
        "限期整改",
        "全面排查C、D级校舍并加固改造",
        "市教育局",
        "市住建局",
        "第三季度",
        "已完成排查，正在加固",
        "",
    ),
]


def write_edu_docx(path: Path) -> Path:
    doc = _new_document("督导科")
    _title(doc, "市教育局落实市委巡察反馈意见整改台账", 18)
    _paragraph(
        doc,
        "2024年4月8日，市委第一巡察组向市教育局党组反馈了巡察意见。对短期内能够整改的问题立行立改，对短期内无法"
        "整改的问题明确阶段性措施限期整改，对需要长期坚持的问题建立长效机制。整改进展填报截至2024年7月26日。",
        12,
    )
    header = [
        "序号",
        "巡察反馈问题",
        "整改类型",
        "整改措施",
        "牵头单位",
        "配合单位",
        "完成时限",
        "整改进展",
        "销号情况",
    ]
    body = [[str(i), *row] for i, row in enumerate(EDU_ROWS, 1)]
    _table(doc, header, body, 9)
    _paragraph(doc, "注：牵头单位对整改结果负责，整改完成后由市委巡察整改工作领导小组办公室审核销号。", 12)
    _paragraph(doc, "市教育局巡察整改工作专班    2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_edu(path: Path) -> Path:
    return via_soffice(write_edu_docx, path, "doc", "市教育局巡察整改台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 文物安全隐患大排查大整治 (two returns in one zip), after a city 文化旅游体育局's 文物安全隐患大排查大整治督导检查
# with the 消防救援支队 (省文物局挂牌督办的国保单位“法人违法”案件，确保8月底完成整改、拆除违法建筑; 革命文物建筑消防
# 安全检查; 省保单位前殿侧房屋顶坍塌，抓紧制作保护修缮设计方案，报省局批准后尽快组织实施防护修缮工程):
# http://hmfv.cn/html/2021/dt_0708/80841.html
# A .zip holding an .xlsx from one county (文物保护单位 and 保护级别 beside an explicit 责任单位, a 完成时间 column beside
# 整改进展, a schedule text, 年底前) and a .docx report from another county's bureau whose numbered paragraphs name
# only its own 股室 and give deadlines and progress in sentences.
NANLE_ROWS = [
    (
        "仓颉陵",
        "全国重点文物保护单位",
        "梁村乡",
        "大殿内电气线路未穿管敷设，值班室使用大功率电暖器",
        "拆除大功率电器，线路穿管敷设",
        "南乐县仓颉陵文物保管所",
        "2024年7月15日",
        date(2024, 7, 12),
        "",
    ),
    (
        "西吉七遗址",
        "省级文物保护单位",
        "福堪镇",
        "遗址保护范围内违法新建养殖大棚3座，省文物局挂牌督办",
        "拆除违法建筑，恢复遗址原貌",
        "福堪镇人民政府",
        "2024年8月底",
        None,
        "已拆除2座，剩余1座正在协调",
    ),
    (
        "南乐文庙",
        "市级文物保护单位",
        "城关镇",
        "前殿侧房屋顶局部坍塌",
        "制作保护修缮设计方案，报省文物局批准后实施",
        "南乐县文化广电和旅游局",
        "8月底前完成方案编制，12月底前完成修缮",
        None,
        "设计方案正在编制",
    ),
    (
        "八路军冀鲁豫军区旧址",
        "县级文物保护单位",
        "韩张镇",
        "消防器材过期，无专人看护",
        "更换消防器材，落实文物看护人",
        "韩张镇人民政府",
        "2024年7月10日",
        None,
        "未整改",
    ),
    (
        "张果屯汉墓群",
        "县级文物保护单位",
        "张果屯乡",
        "保护标志碑缺失，保护范围界桩损毁",
        "补设保护标志碑和界桩",
        "张果屯乡人民政府",
        "年底前",
        None,
        "",
    ),
]
TAIQIAN_PARAS = [
    (
        "1.刘邓大军渡黄河纪念馆展厅内部分灭火器超过有效期，未及时更换。由文物股负责，整改时限2024年6月30日。"
        "已全部更换，整改完成。"
    ),
    ("2.纪念馆库房内文物与杂物混放，消防通道被占用。由安全股负责，立行立改。已于检查当日清理完毕。"),
    (
        "3.孙口将军渡遗址周边群众燃放烟花爆竹、焚香现象时有发生。由文物股会同孙口镇加强日常巡查和宣传劝导，"
        "长期坚持。"
    ),
    ("4.革命文物建筑未安装电气火灾监控装置。由文物股负责，2024年10月底前完成安装。目前正在编制项目预算。"),
    ("5.纪念馆消防控制室值班人员无证上岗。由办公室负责，8月31日前组织值班人员完成培训取证。"),
]


def write_nanle_book(path: Path) -> Path:
    b = Book(path, author="南乐县文广旅局")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 18, 10, 36, 28, 22, 24, 12, 26])
    b.line(ws, 0, "南乐县文物安全隐患大排查大整治问题整改清单", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县文化广电和旅游局    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "文物保护单位名称",
            "保护级别",
            "所在乡镇",
            "存在隐患问题",
            "整改要求",
            "责任单位",
            "整改时限",
            "完成时间",
            "整改进展",
        ],
    )
    for i, row in enumerate(NANLE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(NANLE_ROWS), "填表人：岳晓辉    联系电话：0393-7225318", 9)
    return b.close()


def write_taiqian_docx(path: Path) -> Path:
    doc = _new_document("文物股")
    _title(doc, "台前县文化广电和旅游局关于革命文物建筑消防安全检查发现问题整改情况的报告", 18)
    _paragraph(doc, "县文物安全隐患大排查大整治工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年6月21日，县文化广电和旅游局会同县消防救援大队对全县革命文物建筑开展消防安全检查，发现问题5个。"
        "现将整改情况报告如下：",
    )
    for text in TAIQIAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "台前县文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_relics_zip(path: Path) -> Path:
    members = [
        ("南乐县文物安全隐患大排查大整治问题整改清单.xlsx", write_nanle_book),
        ("台前县革命文物建筑消防安全检查问题整改情况.docx", write_taiqian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("旅游市场违规经营单位处理及整改情况表（2024年6月通报）.xlsx", write_tourism),
    ("市卫健委党组关于市委巡察反馈意见整改进展情况的报告.docx", write_health_patrol),
    ("医疗废物违规检查记录_导出_20240731.csv", write_waste),
    ("生态环境保护督察反馈医疗废物问题整改落实情况.doc", write_eco),
    ("濮阳县农村敬老院安全消防专项督查问题整改台账.xls", write_homes),
    ("全市养老机构消防安全隐患排查整改登记表.et", write_fire),
    ("市民政局落实市委巡察反馈意见整改“三个清单”.xlsx", write_civil),
    ("清丰县义务教育阶段学校专项巡察反馈问题整改进展汇总表.xlsx", write_schools),
    ("市教育局落实市委巡察反馈意见整改台账.wps", write_edu),
    ("文物安全隐患大排查大整治问题整改情况（南乐县、台前县）.zip", write_relics_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

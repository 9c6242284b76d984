"""Write the dev118 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 交通运输与公路养护 (路长制巡查处治, 执法领域查纠整改, 四好农村路创建), 农业农村与高标准农田 (工程质量
“回头看”, 镇办交叉督查), 水利防汛 (汛前交叉检查“一地一单”, 汛前检查登记卡, 河道清障) and 自然资源执法
(卫片图斑整改, 乡镇违章占地台账).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods and .doc (LibreOffice conversions of two
.xlsx and a .docx), a CSV in GBK, a .docx report whose items are labelled paragraph blocks, and a .zip of two returns
(an .xlsx and a .docx, member names in GBK as Windows zips them). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside215.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 30, 10, 15, 0)
ZIP_TIME = (2024, 7, 30, 10, 15, 0)


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

    def _encodeFilenameFlags(self):  # zipfile's own hook
        return self.filename.encode("gbk"), self.flag_bits


# ---------------------------------------------------------------------------------------------
# 1. 农村公路“路长制”巡查处治记录, after a district's account of its “总路长+县乡村三级路长” system (路长制公示牌
# with 路线名称编码、起讫地点、养护里程、管理单位; a 村级路长 writes “及时清除杂草” on the “路长制工作巡查处治记录表”,
# the 护路员 clears it, and the 路长 checks it the next day: 巡查-处置-复查):
# https://m.163.com/dy/article/JBL2FI9V0512RDJM.html
# An .xlsx: title, 填报单位/统计时段 line, a two-row header (巡查情况 / 处治情况 / 复查情况 over their columns), 处治时限
# as N日内 / 立行立改 / dates / 年底前 counted from the 巡查日期 (the 说明 line says so), a 说明 and a signature line.
ROAD_CHIEF_ROWS = [
    (
        "X028",
        "柳屯—文留",
        "柳屯镇乡级路长 李长河",
        date(2024, 7, 2),
        "路两侧杂草丛生，遮挡K5+100处急弯警告标志",
        "及时清除杂草，露出标志",
        "3日内",
        "柳屯镇人民政府",
        "护路员已清除杂草",
        date(2024, 7, 4),
        "已处理",
    ),
    (
        "Y105",
        "文留—后寨",
        "文留镇乡级路长 孙建平",
        date(2024, 7, 5),
        "村民在路肩堆放麦秸和建筑垃圾，占用路肩约80米",
        "清理路肩堆积物，约谈堆放户",
        "5日内",
        "文留镇人民政府",
        "已清理完毕",
        date(2024, 7, 9),
        "合格",
    ),
    (
        "X016",
        "濮阳—渠村",
        "县级路长 马卫东",
        date(2024, 7, 8),
        "K3+200至K3+450段路面出现坑槽3处，面积约6平方米",
        "采用冷补料修补坑槽",
        "7日内",
        "濮阳县公路事业发展中心",
        "已修补2处，1处待雨后施工",
        None,
        "",
    ),
    (
        "C218",
        "王称堌—前郭",
        "王称堌镇乡级路长 吴海鹏",
        date(2024, 7, 10),
        "过水路面两侧边沟淤塞，雨后路面积水30余米",
        "疏通边沟，清除淤泥",
        "7月20日前",
        "王称堌镇人民政府",
        "",
        None,
        "",
    ),
    (
        "X031",
        "梨园—白堽",
        "县级路长 马卫东",
        date(2024, 7, 12),
        "白堽桥桥头防撞警示桩缺失4根",
        "补设警示桩和反光膜",
        "10日内",
        "濮阳县农村公路管理所",
        "未处理",
        None,
        "",
    ),
    (
        "Y088",
        "户部寨—高庄",
        "户部寨镇乡级路长 周振华",
        date(2024, 7, 16),
        "公路用地范围内违规设置商业广告牌2块",
        "拆除违规广告牌",
        "立行立改",
        "户部寨镇人民政府",
        "已拆除",
        date(2024, 7, 17),
        "已处理",
    ),
    (
        "X012",
        "庆祖—子岸",
        "县级路长 马卫东",
        date(2024, 7, 22),
        "路面标线磨损，庆祖集南弯道处无减速标线",
        "纳入下半年养护计划重新施划标线",
        "年底前",
        "濮阳县公路事业发展中心",
        "已列入下半年养护计划，正在招标",
        None,
        "",
    ),
    (
        "Y041",
        "新习—东北庄",
        "新习镇乡级路长 郭德胜",
        date(2024, 7, 24),
        "东北庄村公交招呼站站牌倾斜，立柱松动",
        "扶正站牌并加固立柱基础",
        "3日内",
        "新习镇人民政府",
        "已扶正加固",
        None,
        "",
    ),
]


def write_road_chief(path: Path) -> Path:
    b = Book(path, author="县路长办")
    ws = b.sheet("巡查处治记录")
    b.widths(ws, [6, 8, 14, 22, 12, 36, 24, 10, 22, 28, 12, 10])
    b.line(ws, 0, "濮阳县农村公路“路长制”巡查处治记录汇总表", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳县农村公路路长制办公室    统计时段：2024年7月1日—7月28日", 11)
    for c, word in enumerate(["序号", "路线编码", "路线名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "巡查情况", b.head)
    b.merge(ws, 2, 6, 2, 9, "处治情况", b.head)
    b.merge(ws, 2, 10, 2, 11, "复查情况", b.head)
    b.header(
        ws,
        3,
        [
            "巡查路长",
            "巡查日期",
            "发现问题",
            "处治意见",
            "处治时限",
            "处治责任单位",
            "处治结果",
            "复查日期",
            "复查结论",
        ],
        first=3,
    )
    for i, row in enumerate(ROAD_CHIEF_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(ROAD_CHIEF_ROWS)
    b.line(
        ws,
        end,
        "说明：处治时限自巡查交办之日起计算；复查由上一级路长或路长办组织，复查结论填“已处理/合格/未处理”。",
        11,
    )
    b.line(ws, end + 1, "填表人：葛素云    审核人：马卫东    联系电话：0393-3216047", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 交通运输执法领域突出问题查纠整改“回头看”督导, after a provincial 交通运输厅 督导组's check of a city bureau
# (查看执法案卷和法律咨询处、实地查看公路限高限宽设施、座谈; 执法站点措施要继续整改强化; 持续整改执法领域投诉处理
# 不及时、不合适的问题):
# http://camra.org.cn/content/Content/index/id/15133
# A .docx report from the bureau itself: each problem a block of labelled paragraphs (问题表现 / 责任科室 / 整改措施 /
# 整改时限 / 整改情况) under a （一）… heading; the rows name only the bureau's own 科室; 立行立改 counts from the
# 督导 date in the preamble; one block has no 整改情况 line; a 下一步工作打算 part and the signature close it.
ENFORCE_BLOCKS = [
    (
        "执法案卷制作不规范",
        "抽查的12卷行政处罚案卷中，3卷询问笔录缺少执法人员签名，2卷证据目录与所附证据不一致。",
        "政策法规科",
        "对2023年以来办结案卷开展交叉评查，问题案卷逐卷补正；每季度组织一次案卷评查。",
        "2024年7月15日",
        "已完成交叉评查和问题案卷补正，该问题已整改到位。",
    ),
    (
        "公路限高限宽设施设置不规范",
        "G342濮阳段及X011线仍有2处限高架未按标准设置警示标志和夜间反光设施。",
        "公路科",
        "逐处核查限高限宽设施，补设警示标志，对无设置依据的予以拆除。",
        "8月15日前",
        "已完成1处警示标志补设，另1处限高架正在协调产权单位拆除。",
    ),
    (
        "执法投诉办理不及时",
        "12328热线转办的3件执法投诉超过规定时限回复，群众不满意。",
        "执法监督科",
        "对超时投诉逐件回访，建立投诉办理日通报制度。",
        "立行立改",
        "已对3件超时投诉逐件回访并重新答复，投诉办理日通报制度已建立，该问题已整改完成。",
    ),
    (
        "执法记录仪使用不规范",
        "部分执法人员路面检查时未全程开启执法记录仪，音视频资料未按规定归档。",
        "执法监督科",
        "严格执行执法全过程记录制度，每月抽查执法记录仪音视频并通报。",
        "长期坚持",
        "每月抽查执法记录仪音视频，通报抽查结果，常态化推进。",
    ),
    (
        "执法站点便民服务设施不完善",
        "超限检测站司机休息室无饮水设施，等候区无遮阳设施。",
        "路政管理科",
        "为检测站配置饮水设备，搭建等候区遮阳棚。",
        "2024年9月底前",
        "饮水设备和遮阳棚正在采购。",
    ),
    (
        "执法人员培训不到位",
        "2024年上半年未按计划开展执法人员法律知识轮训，新录用执法人员未参加岗前培训。",
        "人事教育科",
        "制定年度培训计划，分两期完成执法人员轮训。",
        "2024年8月31日",
        None,
    ),
    (
        "涉企检查备案不规范",
        "对道路运输企业开展的6次检查未按规定在涉企检查平台备案。",
        "运输管理科",
        "补录检查备案信息，检查前一律先备案。",
        "7月20日前",
        "尚未整改。",
    ),
]

CN_NUMBERS = "一二三四五六七八九十"


def write_enforce(path: Path) -> Path:
    doc = _new_document("法规科")
    _title(
        doc,
        "濮阳市交通运输局关于交通运输执法领域突出问题专项整治“回头看”督导反馈问题整改情况的报告",
        18,
    )
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "6月18日，省交通运输厅第三督导组对我市交通运输执法领域突出问题专项整治“回头看”工作开展督导检查，"
        "当日反馈问题7个。我局高度重视，逐项制定整改措施，明确责任科室和整改时限，立行立改事项自反馈之日起"
        "整改。截至7月26日，整改情况报告如下：",
    )
    _paragraph(doc, "一、整改落实情况", font="黑体")
    for i, (head, problem, section, measure, limit, progress) in enumerate(ENFORCE_BLOCKS):
        _paragraph(doc, f"（{CN_NUMBERS[i]}）{head}", font="楷体_GB2312")
        _paragraph(doc, f"问题表现：{problem}")
        _paragraph(doc, f"责任科室：{section}")
        _paragraph(doc, f"整改措施：{measure}")
        _paragraph(doc, f"整改时限：{limit}")
        if progress is not None:
            _paragraph(doc, f"整改情况：{progress}")
    _paragraph(doc, "二、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "我局将持续巩固专项整治成果，对已整改问题适时开展“回头看”，对未完成整改的问题挂图作战、"
        "对账销号，确保按时整改到位。",
    )
    _paragraph(doc, "特此报告。")
    _paragraph(doc, "濮阳市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 高标准农田建设工程质量问题排查整改“回头看”, after a city 农业农村局's note on the provincial 抽查 of its
# “回头看” (随机抽取项目区实地察看2017年以来项目运行情况和专项整治问题排查整改情况，现场查阅专项整治问题整改台账和
# 项目立项、施工、监理、验收等资料; 坚决防止排查不彻底、虚假整改):
# http://nyncj.yichun.gov.cn/ycsnyncj/gzdt/202308/de3190574690476dac3bdaeabe56af58.shtml
# An .xls (xlwt): title, 填报单位/截至 line, one header row with 县（区）, 项目名称, 建设年度 and 问题类型 before the
# problem, 整改责任单位 (county bureaus, a town, two companies), a 是否销号 column beside 整改进展 (one row closed with
# its progress cell blank), a 合计 row, a 注 line and a signature line.
FARM_ROWS = [
    (
        "濮阳县",
        "濮阳县2021年高标准农田建设项目（二标段）",
        "2021",
        "工程质量",
        "子岸镇项目区3眼机井井台破损，出水口护砌缺失",
        "施工单位返修井台和出水口护砌",
        "河南豫禹水利工程有限公司",
        "2024年6月30日",
        "已返修完成，县农业农村局复验合格",
        "是",
    ),
    (
        "清丰县",
        "清丰县2020年高标准农田建设项目",
        "2020",
        "建后管护",
        "仙庄镇项目区田间道路路肩冲毁约150米",
        "落实管护主体，修复路肩",
        "清丰县农业农村局",
        "7月底前",
        "正在修复",
        "否",
    ),
    (
        "南乐县",
        "南乐县2022年高标准农田建设项目",
        "2022",
        "工程质量",
        "韩张镇项目区生产桥栏杆未按设计安装",
        "按设计补装栏杆",
        "南乐县农业农村局",
        "2024年8月31日",
        "未整改",
        "否",
    ),
    (
        "范县",
        "范县2019年高标准农田建设项目",
        "2019",
        "建后管护",
        "陆集乡项目区变压器被盗2台，8眼机井无法通电",
        "报案并补装变压器",
        "范县陆集乡人民政府",
        "2024年9月30日",
        "已报案，补装资金正在申请",
        "否",
    ),
    (
        "台前县",
        "台前县2021年高标准农田建设项目",
        "2021",
        "上图入库",
        "项目区实际建设面积与上图入库面积不一致，相差326亩",
        "核实并更正上图入库数据",
        "台前县农业农村局",
        "2024年7月15日",
        "",
        "是",
    ),
    (
        "华龙区",
        "华龙区2022年高标准农田建设项目",
        "2022",
        "资金管理",
        "项目竣工结算滞后，拖欠施工单位工程尾款48万元",
        "加快结算审计，及时拨付尾款",
        "华龙区农业农村局",
        "年底前",
        "结算审计已完成，尾款待拨付",
        "否",
    ),
    (
        "濮阳县",
        "濮阳县2023年高标准农田建设项目",
        "2023",
        "监理管理",
        "监理日志记录不全，隐蔽工程无旁站影像资料",
        "监理单位补齐监理日志和影像资料",
        "河南华禹工程监理有限公司",
        "2024年7月10日",
        "已补齐监理资料",
        "是",
    ),
    (
        "清丰县",
        "清丰县2020—2023年高标准农田建设项目",
        "2020—2023",
        "长效管护",
        "建后管护经费未纳入县级财政预算，管护主体责任落实不到位",
        "建立管护经费保障机制，落实管护主体",
        "清丰县人民政府",
        "长期坚持",
        "管护经费已列入2025年预算编制，长期坚持",
        "",
    ),
]


def write_farm(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    last = 10
    cells: list[tuple] = [
        (0, 0, "濮阳市高标准农田建设工程质量问题排查整改“回头看”问题整改台账", title, 0, last),
        (1, 0, "填报单位：濮阳市农业农村局（农田建设科）    截至时间：2024年7月30日", plain, 1, last),
    ]
    words = [
        "序号",
        "县（区）",
        "项目名称",
        "建设年度",
        "问题类型",
        "问题描述",
        "整改措施",
        "整改责任单位",
        "整改时限",
        "整改进展",
        "是否销号",
    ]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    r = 3
    for i, row in enumerate(FARM_ROWS, 1):
        cells.append((r, 0, i, mid))
        cells += [(r, c, v, mid if c in (1, 3, 10) else cell) for c, v in enumerate(row, 1)]
        r += 1
    closed = sum(1 for row in FARM_ROWS if row[-1] == "是")
    cells.append((r, 0, "合计", mid, r, 4))
    cells.append((r, 5, f"问题{len(FARM_ROWS)}个，已销号{closed}个", cell, r, last))
    cells.append((r + 1, 0, "注：是否销号由县级农业农村部门复核后填写，未复核的暂不填。", plain, r + 1, last))
    cells.append((r + 2, 0, "填表人：贾春燕    审核人：邵国强    联系电话：0393-4418625", plain, r + 2, last))
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 高标准农田项目镇办交叉督查, after a city 农业农村局's 督查工作专班 sending the 镇办 to check each other's built
# projects (听取汇报、实地查看、查阅资料、查看账目; 对沟渠、塘、堰、田间道路、泵站、土地平整等开展质量检查):
# http://m.hbgstv.com/p/79513.html
# An .xlsx: title, 督查时间/填报时间 line, a two-row header whose 整改情况 is three tick columns 已整改 / 正在整改 /
# 未整改 (one row ticked nowhere), the 督查组 (another town, the inspector) beside the 被督查单位, a 备注 column, a
# 说明 line and a signature line.
CROSS_ROWS = [
    (
        "梁庄镇人民政府",
        "第三组（鲁河镇）",
        "沟渠",
        "梁庄镇项目区斗渠衬砌板裂缝，局部渗漏",
        "7月31日前",
        "已整改",
        "",
    ),
    (
        "五星乡人民政府",
        "第一组（胡状镇）",
        "田间道路",
        "生产路混凝土路面厚度不足设计要求，局部已开裂",
        "2024年8月20日",
        "正在整改",
        "已责令施工单位返工",
    ),
    (
        "新习镇人民政府",
        "第二组（海通乡）",
        "泵站",
        "排涝泵站闸门启闭设备锈蚀，无法正常启闭",
        "8月底前",
        "未整改",
        "",
    ),
    (
        "郎中乡人民政府",
        "第三组（鲁河镇）",
        "塘堰",
        "坑塘护坡塌陷约20米",
        "2024年7月25日",
        "已整改",
        "",
    ),
    (
        "渠村乡人民政府",
        "第一组（胡状镇）",
        "土地平整",
        "项目区部分地块平整度不达标，雨后低洼积水",
        "10月底前",
        "",
        "",
    ),
    (
        "习城乡人民政府",
        "第二组（海通乡）",
        "建后管护",
        "管护公示牌未设立，管护责任人不明确",
        "7月15日前",
        "已整改",
        "",
    ),
    (
        "白堽乡人民政府",
        "第三组（鲁河镇）",
        "沟渠",
        "农桥涵洞被秸秆杂物堵塞，过水不畅",
        "7月20日前",
        "已整改",
        "已清理，经复查合格",
    ),
]


def write_cross(path: Path) -> Path:
    b = Book(path, author="农田建设股")
    ws = b.sheet("交叉督查")
    b.widths(ws, [6, 18, 18, 10, 40, 14, 8, 8, 8, 22])
    b.line(ws, 0, "濮阳县2024年高标准农田建设项目交叉督查问题整改情况表", 9, b.title)
    b.line(ws, 1, "督查时间：2024年7月8日—7月12日    填报时间：2024年7月30日", 9)
    for c, word in enumerate(
        ["序号", "被督查单位", "督查组（互查乡镇）", "检查内容", "存在问题", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改情况（打“√”）", b.head)
    b.header(ws, 3, ["已整改", "正在整改", "未整改"], first=6)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    ticks = ["已整改", "正在整改", "未整改"]
    for i, (unit, group, part, problem, limit, tick, note) in enumerate(CROSS_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [unit, group, part, problem, limit], first=1)
        for k, word in enumerate(ticks):
            b.put(ws, r, 6 + k, "√" if tick == word else "", b.center)
        b.put(ws, r, 9, note)
    end = 4 + len(CROSS_ROWS)
    b.line(ws, end, "说明：督查组由乡镇交叉互查组成，整改情况由被督查单位填报，县农业农村局复核。", 9)
    b.line(ws, end + 1, "填表人：卢晓辉    联系电话：0393-3261587    2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 水利工程汛前交叉检查“一地一单”, after a provincial 水利厅's 交叉检查工作方案 (省、市水管单位互查，县（市、区）
# 间交叉检查; 相关单位对检查发现的问题要立行立改; 对尚未整改的问题形成“一地（单位）一单”，印发相关县（市、区、
# 单位），要求限期整改落实; 落实整改责任，制定整改措施，明确完成时限):
# http://report.hebei.com.cn/system/2020/05/12/100305890.shtml
# An .et (an .xlsx converted by LibreOffice to Excel 97 and named .et as WPS 表格 saves it): a 汇总 sheet of counts
# per county with a 合计 row (no items), then one sheet per county (“一地一单”), each with its own title, the 检查组
# (another county, the inspector) and 检查时间 the 立行立改 rows count from, and deadlines as dates, X月X日前, 年月底
# and a 2024年11月—2025年3月 range.
ONE_LIST_SHEETS = [
    (
        "濮阳县",
        "清丰县水利局交叉检查组",
        "2024年5月9日",
        [
            (
                "北金堤滞洪区渠村分洪闸",
                "闸涵",
                "启闭机钢丝绳锈蚀，未按规定涂抹防护油",
                "濮阳县水利工程管理站",
                "除锈涂油，建立保养记录",
                "立行立改",
                "已完成除锈涂油保养",
            ),
            (
                "金堤河堤防濮阳县段",
                "堤防",
                "堤顶K12+300处发现獾洞2处",
                "濮阳县金堤河管理所",
                "开挖回填，加强巡查",
                "6月1日前",
                "已开挖回填夯实，整改完成",
            ),
            (
                "五星乡防汛物资仓库",
                "防汛物资",
                "编织袋、土工布储备不足定额的60%",
                "濮阳县五星乡人民政府",
                "按定额补充储备",
                "2024年5月31日",
                "已补充储备到位",
            ),
        ],
    ),
    (
        "范县",
        "台前县水利局交叉检查组",
        "2024年5月10日",
        [
            (
                "彭楼引黄闸下游输水渠道",
                "渠道",
                "渠道内种植高秆作物，阻碍输水行洪",
                "范县辛庄镇人民政府",
                "清除阻水作物",
                "立行立改",
                "已清除",
            ),
            (
                "金堤河堤防范县段",
                "堤防",
                "背水坡雨淋沟3处，最深约0.6米",
                "范县水利局",
                "回填夯实雨淋沟，植草护坡",
                "2024年6月10日",
                "已修复2处，1处正在施工",
            ),
            (
                "范县城区排涝泵站",
                "泵站",
                "2号机组电机绝缘老化，无法正常运行",
                "范县住房和城乡建设局",
                "汛期落实应急移动泵车；非汛期更换电机",
                "非汛期实施，2024年11月—2025年3月",
                "应急移动泵车已落实，电机更换已列入计划",
            ),
        ],
    ),
    (
        "台前县",
        "濮阳县水利局交叉检查组",
        "2024年5月11日",
        [
            (
                "张庄提排站",
                "泵站",
                "备用柴油发电机组无法启动",
                "台前县水利局",
                "维修发电机组并试运行",
                "6月1日前",
                "",
            ),
            (
                "清水河乡引黄灌渠节制闸",
                "闸涵",
                "节制闸闸门变形，无法完全关闭",
                "台前县清水河乡人民政府",
                "更换闸门",
                "2024年10月底",
                "未整改",
            ),
            (
                "打渔陈镇防汛应急预案",
                "非工程措施",
                "镇级防汛应急预案未修订，责任人调整后未更新公示",
                "台前县打渔陈镇人民政府",
                "修订预案，更新公示防汛责任人",
                "立行立改",
                "已修订预案并重新公示责任人",
            ),
        ],
    ),
]


def _tally(rows) -> tuple[int, int, int]:
    done = sum(1 for r in rows if r[-1].startswith("已") and "正在" not in r[-1] and "计划" not in r[-1])
    doing = sum(1 for r in rows if "正在" in r[-1] or "计划" in r[-1])
    return done, doing, len(rows) - done - doing


def write_one_list_book(path: Path) -> Path:
    b = Book(path, author="水旱灾害防御科")
    ws = b.sheet("汇总")
    b.widths(ws, [10, 26, 10, 10, 10, 14])
    b.line(ws, 0, "2024年水利工程汛前交叉检查发现问题整改情况汇总", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市水利局（水旱灾害防御科）    填报日期：2024年7月29日", 5)
    b.header(ws, 2, ["县（区）", "检查组", "问题数", "已整改", "正在整改", "未整改或未报"])
    totals = [0, 0, 0, 0]
    for i, (county, group, _when, rows) in enumerate(ONE_LIST_SHEETS):
        done, doing, rest = _tally(rows)
        counts = [len(rows), done, doing, rest]
        totals = [a + b_ for a, b_ in zip(totals, counts, strict=True)]
        b.row(ws, 3 + i, [county, group, *counts])
    b.row(ws, 3 + len(ONE_LIST_SHEETS), ["合计", "", *totals])
    b.line(ws, 4 + len(ONE_LIST_SHEETS), "各县问题清单见分表（一地一单）。", 5)
    for county, group, when, rows in ONE_LIST_SHEETS:
        ws = b.sheet(county)
        b.widths(ws, [6, 24, 10, 36, 24, 26, 22, 26])
        b.line(ws, 0, f"{county}水利工程汛前交叉检查发现问题整改清单", 7, b.title)
        b.line(ws, 1, f"检查组：{group}    检查时间：{when}    立行立改事项以检查时间为准", 7)
        b.header(
            ws,
            2,
            [
                "序号",
                "工程名称",
                "工程类别",
                "存在问题",
                "整改责任单位",
                "整改措施",
                "完成时限",
                "整改落实情况",
            ],
        )
        for i, row in enumerate(rows, 1):
            b.put(ws, 2 + i, 0, i, b.center)
            b.row(ws, 2 + i, list(row), first=1)
    return b.close()


def write_one_list(path: Path) -> Path:
    return via_soffice(write_one_list_book, path, "xls", "汛前交叉检查一地一单.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 水利工程汛前检查登记卡, after a provincial 防办's notice on a 拉网式 汛前检查 (各水利工程管理单位由领导带队对所
# 管辖工程及涉水在建项目检查，检查内容要登记造册，建档建卡; 发现危及安全度汛的问题和隐患按分级负责落实措施; 检查
# 结束后督促落实整改措施，限期完成整改):
# http://www.cmespta.com/newscenter/df/hub/201302/t20130221_258781.html
# A .doc (Word 97 via LibreOffice): title, a preamble saying the 时限 count from each card's 检查日期, then one
# two-column card (a small table of field / value) per problem, headed by its 卡片编号; the 检查人 (inspector) is
# on every card beside the 整改责任单位; one card with 10个工作日内 across the 2024 劳动节 (4月28日 a working Sunday);
# one card's 整改情况 left blank.
CARDS = [
    (
        "QF-2024-01",
        "马颊河清丰段左岸堤防",
        "2024年4月16日",
        "县水利局 张立新、郭磊",
        "堤身有3处树木根系穿堤，存在渗漏隐患",
        "清除穿堤树根，开挖回填夯实",
        "清丰县马颊河管理所",
        "4月30日前",
        "已完成清除回填，经复查合格",
    ),
    (
        "QF-2024-02",
        "潴龙河六塔乡段",
        "2024年4月16日",
        "县水利局 张立新、郭磊",
        "河道管理范围内违建养殖棚2处，阻碍行洪",
        "依法拆除阻水养殖棚",
        "清丰县六塔乡人民政府",
        "5月15日前",
        "已拆除1处，另1处当事人正在自行拆除",
    ),
    (
        "QF-2024-03",
        "瓦屋头镇引水闸",
        "2024年4月17日",
        "县水利局 王庆丰",
        "闸门止水橡皮老化，闸门关闭后漏水严重",
        "更换止水橡皮",
        "清丰县水利局",
        "10个工作日内",
        "已更换止水橡皮，试运行正常",
    ),
    (
        "QF-2024-04",
        "城区顺河沟排涝泵站",
        "2024年4月17日",
        "县水利局 王庆丰",
        "泵站前池淤积严重，淤积深度约1.2米",
        "前池清淤，疏通进水涵管",
        "清丰县住房和城乡建设局",
        "2024年5月20日",
        "清淤工程已招标，正在施工",
    ),
    (
        "QF-2024-05",
        "固城乡防汛物资仓库",
        "2024年4月18日",
        "县水利局 张立新",
        "乡级防汛物资储备仓库未建立出入库台账",
        "建立物资台账，定期盘点",
        "清丰县固城乡人民政府",
        "立行立改",
        "",
    ),
    (
        "QF-2024-06",
        "第三濮清南干渠韩村段",
        "2024年4月18日",
        "县水利局 张立新",
        "渠堤背水坡被群众取土，形成取土坑4处",
        "回填取土坑，设置禁止取土警示牌",
        "清丰县韩村镇人民政府",
        "2024年6月底前",
        "未整改",
    ),
]
CARD_FIELDS = [
    "工程名称",
    "检查日期",
    "检查人",
    "发现问题",
    "整改措施",
    "整改责任单位",
    "整改时限",
    "整改情况",
]


def write_cards_docx(path: Path) -> Path:
    doc = _new_document("工程管理股")
    _title(doc, "清丰县水利工程汛前检查问题登记卡", 18)
    _paragraph(
        doc,
        "按照市防汛抗旱指挥部办公室要求，县水利局组织对全县堤防、河道、闸涵、泵站和防汛物资开展拉网式"
        "汛前检查，检查内容登记造册、建档建卡。整改时限自各卡检查日期起算，立行立改事项当日整改到位。"
        "现将检查发现问题登记卡汇编如下，整改情况截至2024年7月26日。",
        12,
    )
    for card in CARDS:
        number, *values = card
        _paragraph(doc, f"卡片编号：{number}", 12, font="黑体")
        table = doc.add_table(rows=len(CARD_FIELDS), cols=2)
        table.style = "Table Grid"
        for r, (field, value) in enumerate(zip(CARD_FIELDS, values, strict=True)):
            _cell_text(table.cell(r, 0), field, bold=True)
            _cell_text(table.cell(r, 1), value)
        _paragraph(doc, "", 6)
    _paragraph(doc, "清丰县水利局（工程管理股）    2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cards(path: Path) -> Path:
    return via_soffice(write_cards_docx, path, "doc", "汛前检查问题登记卡.docx")


# ---------------------------------------------------------------------------------------------
# 7. 河道清障整治任务, after a county's 河道清障整治工作实施方案 (清障工作组从县政府办公室、农委、安监局、水务局、
# 公安局、交通局等单位抽调人员组成; 养殖网箱、违章建筑、违法采砂、堤防堆沙等阻水障碍; 按“谁设障、谁清除”的原则，
# 责令相关责任单位于限期内清除):
# https://www.taodocs.com/p-207315734.html
# A CSV in GBK: title line, a line giving the 交办日期 the 立即清除 row counts from, one header line with the 设障单位
# （个人） and the 配合单位 beside the 清障责任单位 (city bureaus under former names 水务局/农委/安监局/城管执法局 and
# short names, county governments, a street), a 合计 line and a 填报单位 line.
CLEAR_ROWS = [
    (
        "马颊河",
        "违章建筑",
        "南乐县城关镇段右岸滩地",
        "个体养殖户王某",
        "南乐县人民政府",
        "市水务局",
        "6月1日前",
        "已清除",
    ),
    (
        "金堤河",
        "养殖网箱",
        "范县陈庄镇段河道内",
        "范县某渔业专业合作社",
        "市农委",
        "范县人民政府",
        "6月1日前",
        "已拆除网箱46个，清除完毕",
    ),
    (
        "徒骇河",
        "阻水施工便桥",
        "清丰县G106跨河桥下游50米",
        "某公路施工企业",
        "市交通局",
        "市水务局",
        "7月15日前",
        "正在拆除",
    ),
    (
        "潴龙河",
        "违法采砂堆料",
        "华龙区岳村镇段左岸",
        "个人（身份待查）",
        "市水务局",
        "市公安局",
        "立即清除",
        "已清除砂堆，案件已移交公安机关",
    ),
    (
        "卫河",
        "河道管理范围内储油设施",
        "南乐县元村镇段右岸",
        "某加油站",
        "市安监局",
        "南乐县人民政府",
        "2024年9月30日",
        "正在制定搬迁方案",
    ),
    (
        "第三濮清南干渠",
        "生活垃圾堆放",
        "华龙区中原路街道段",
        "沿线商户",
        "华龙区中原路街道办事处",
        "市城管执法局",
        "6月底前",
        "",
    ),
    (
        "顺河沟",
        "河道内阻水树木",
        "濮阳县城关镇段，约120棵",
        "沿河村民",
        "濮阳县人民政府",
        "市资规局",
        "年底前",
        "未清除",
    ),
]


def write_clear(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市河道清障整治工作任务分解及进展表"])
    w.writerow(["交办日期：2024年5月20日；按“谁设障、谁清除”原则，清除时限自交办之日起计算"])
    w.writerow(
        [
            "序号",
            "河道名称",
            "障碍物类型",
            "具体位置",
            "设障单位（个人）",
            "清障责任单位",
            "配合单位",
            "清除时限",
            "清除进展",
        ]
    )
    for i, row in enumerate(CLEAR_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", f"障碍{len(CLEAR_ROWS)}处", "", "", "", "", "", "已清除3处"])
    w.writerow(["填报单位：濮阳市防汛抗旱指挥部办公室    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 乡镇卫片执法台账 (two returns in one zip), after a 清丰 township's account of its 土地卫片执法 work (成立卫片执法
# 工作队，每天一名主要负责人带班巡查; 对苗头性行为及时制止、及时报告、及时处置; 对现有违章建设、违章占地现象进行
# 台账式管理，明确整改措施和整改时间，分批次进行拆除):
# http://qingfengw.com/Township/info/7312
# A .zip (member names in GBK) holding an .xlsx from one township (rows name villages, 当事人, 包村干部 and the 拆除
# 批次; no unit column: the township is the unit) and a .docx table from another township (图斑编号, 村名, 责任人).
MACUN_ROWS = [
    (
        "前寨村",
        "刘某",
        "违章占地",
        "村南耕地内硬化场地约1.2亩",
        date(2024, 3, 12),
        "破除硬化层，恢复耕种",
        "2024年4月30日",
        "张庆华",
        "第一批",
        "已拆除并复耕",
    ),
    (
        "后营村",
        "王某",
        "违章建设",
        "在耕地上新建养殖棚约300平方米",
        date(2024, 4, 6),
        "拆除养殖棚",
        "6月20日前",
        "赵文彬",
        "第二批",
        "已下达限期拆除通知书，当事人正在自行拆除",
    ),
    (
        "东王村",
        "李某",
        "违章建设",
        "宅基地外扩建门面房2间",
        date(2024, 5, 18),
        "拆除扩建部分",
        "第三批，7月25日前",
        "孟凡军",
        "第三批",
        "已拆除",
    ),
    (
        "许庄村",
        "某农资经营部",
        "违章占地",
        "占用一般耕地堆放化肥，搭建简易棚",
        date(2024, 6, 25),
        "清理堆放物，拆除简易棚",
        "8月15日前",
        "孟凡军",
        "第三批",
        "未拆除",
    ),
]
GAOBAO_ROWS = [
    (
        "410922-2024-003",
        "高堡村",
        "0.86",
        "村民占用耕地建设仓库",
        "拆除复耕",
        "2024年5月31日",
        "刘建伟",
        "已拆除复耕",
    ),
    (
        "410922-2024-007",
        "孟庄村",
        "1.52",
        "砖厂旧址堆放建筑垃圾，压占耕地",
        "清运垃圾，复垦",
        "7月底前",
        "刘建伟",
        "已清运完毕，正在复垦",
    ),
    (
        "410922-2024-011",
        "潘寨村",
        "0.45",
        "占用耕地建设农家乐停车场",
        "恢复原状",
        "2024年6月30日",
        "吕明",
        "",
    ),
    (
        "410922-2024-014",
        "安庄村",
        "2.10",
        "某纸制品厂未批先建厂房",
        "依法处罚，补办用地手续",
        "2024年12月",
        "吕明",
        "已立案处罚，用地手续正在报批",
    ),
]


def write_macun_book(path: Path) -> Path:
    b = Book(path, author="马村乡卫片执法工作队")
    ws = b.sheet("台账")
    b.widths(ws, [6, 10, 12, 10, 30, 12, 22, 18, 10, 10, 30])
    b.line(ws, 0, "马村乡违章建设、违章占地台账式管理清单", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县马村乡人民政府（盖章）    截至：2024年7月28日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "所在村",
            "当事人",
            "违法类型",
            "位置及面积",
            "发现时间",
            "整改措施",
            "整改时间",
            "包村干部",
            "拆除批次",
            "处置情况",
        ],
    )
    for i, row in enumerate(MACUN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MACUN_ROWS)
    b.line(ws, end, "说明：苗头性违建行为发现一起、制止一起；台账实行动态管理，分批次拆除。", 10)
    b.line(ws, end + 1, "带班领导：周红军    填表人：孟凡军    联系电话：0393-7512260", 10)
    return b.close()


def write_gaobao_docx(path: Path) -> Path:
    doc = _new_document("高堡乡")
    _title(doc, "清丰县高堡乡2024年卫片执法违法用地整改台账", 16)
    _paragraph(doc, "填报单位：清丰县高堡乡人民政府    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(GAOBAO_ROWS, 1)]
    _table(
        doc,
        ["序号", "图斑编号", "村名", "面积（亩）", "违法情况", "整改措施", "整改时间", "责任人", "进展情况"],
        body,
    )
    _paragraph(doc, "高堡乡卫片执法工作队", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_township_zip(path: Path) -> Path:
    members = [
        ("马村乡违章建设违章占地台账（2024年7月）.xlsx", write_macun_book),
        ("高堡乡卫片执法违法用地整改台账.docx", write_gaobao_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 卫片执法检查图斑整改, after a town's report of finishing its 土地卫片执法检查整改 (市里下发卫片图斑6宗，要求4月30日
# 之前全部整改到位; 对图斑分门别类仔细分析，提出处置意见: 需拆除的混凝土预制厂、整改为小公园的水库埕地、需整改产业
# 的养鸽大棚; 全部整改到位并通过市督查组验收):
# https://www.igaoshan.com/article/article_4145.html
# An .ods (LibreOffice conversion of an .xlsx): title, 填报单位 line, one header row with 图斑编号, 面积, the 用地主体
# (not the unit) beside the 整改责任单位 (towns), a 处置意见 column, a 市级验收 column after 整改完成情况, a 合计 row
# summing the area, and a signature line.
SPOT_ROWS = [
    (
        "410923-2023-015",
        "元村镇东街村北",
        3.62,
        "南乐县某混凝土预制构件厂",
        "南乐县元村镇人民政府",
        "拆除构筑物，复耕",
        "2024年4月30日",
        "已拆除复耕",
        "通过",
    ),
    (
        "410923-2023-022",
        "韩张镇后平邑村西",
        1.85,
        "养殖户陈某（养鸽大棚）",
        "南乐县韩张镇人民政府",
        "整改产业，办理设施农业用地备案",
        "2024年4月底前",
        "已办理设施农业用地备案",
        "通过",
    ),
    (
        "410923-2023-031",
        "千口镇千口村坑塘埕地",
        2.27,
        "千口村村民委员会",
        "南乐县千口镇人民政府",
        "整改为村民游园",
        "2024年6月30日",
        "游园主体完工，绿化正在施工",
        "",
    ),
    (
        "410923-2023-037",
        "福堪镇福堪集村东",
        4.10,
        "某物流公司仓储场地",
        "南乐县福堪镇人民政府",
        "拆除违法建筑，复耕",
        "2024年5月31日",
        "已拆除，正在复耕",
        "",
    ),
    (
        "410923-2023-044",
        "谷金楼乡谷金楼村南",
        0.38,
        "村民张某建房",
        "南乐县谷金楼乡人民政府",
        "依法处罚，补办用地手续",
        "2024年9月30日",
        "未整改",
        "",
    ),
    (
        "410923-2023-049",
        "杨村乡杨村南",
        1.96,
        "某光伏发电项目",
        "南乐县杨村乡人民政府",
        "依法处罚，拆除占用耕地的光伏板",
        "2024年12月31日前",
        "",
        "",
    ),
]


def write_spots_book(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("图斑整改")
    b.widths(ws, [6, 18, 22, 10, 24, 22, 26, 16, 26, 10])
    b.line(ws, 0, "南乐县2023年度土地卫片执法检查图斑整改情况表", 9, b.title)
    b.line(ws, 1, "填报单位：南乐县自然资源局（执法监察大队）    填报日期：2024年7月26日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "图斑编号",
            "位置",
            "面积（亩）",
            "用地主体",
            "整改责任单位",
            "处置意见",
            "整改时限",
            "整改完成情况",
            "市级验收",
        ],
    )
    area = b.book.add_format({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})
    for i, row in enumerate(SPOT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        b.put(ws, r, 3, row[2], area)
    r = 3 + len(SPOT_ROWS)
    b.merge(ws, r, 0, r, 2, f"合计（{len(SPOT_ROWS)}宗）", b.center)
    total = round(sum(row[2] for row in SPOT_ROWS), 2)
    ws.write_formula(r, 3, f"=SUM(D4:D{r})", area, total)
    for c in range(4, 10):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "填表人：韩雪    审核人：任志刚    联系电话：0393-6218093", 9)
    return b.close()


def write_spots(path: Path) -> Path:
    via_soffice(write_spots_book, path, "ods", "卫片图斑整改情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. “四好农村路”示范县创建指导, after a county 交通运输局's account of its 包乡镇指导小组 (局班子成员分包乡镇，对
# 路肩土、路宅分家、路域环境、绿化植树、绿化植草、乡站村室建设6项工作的进度、标准开展指导，对完成情况统计造册;
# 制作“四好农村路”评比台，按各乡镇进度评分排名):
# http://fengqiu.gov.cn/xwzx/bmdt/1640749073926.html
# An .xlsx: title, 填报单位/日期 line, one header row with the 指导组 (the bureau's own leaders, the guide) and the
# 评比得分 merged down each township's rows, the township merged down its rows too, deadlines as a schedule text,
# dates, a month range, 第三季度, 9月底前 and 长期坚持, a 说明 line and a signature line.
GUIDE_TOWNS = [
    (
        "侯庙镇人民政府",
        "第一指导组（组长 张振国）",
        86,
        [
            (
                "路肩土",
                "X036线侯庙段路肩高于路面，雨水无法排出",
                "削平路肩、培土整形",
                "7月10日前完成路肩培土，7月底前全部完成",
                "已完成",
            ),
            (
                "路宅分家",
                "沿线12户院墙紧贴路面，未设置路宅分家设施",
                "设置隔离墙或绿化隔离带",
                "8月15日前",
                "已完成8户，剩余4户正在施工",
            ),
        ],
    ),
    (
        "马楼镇人民政府",
        "第二指导组（组长 李红旗）",
        78,
        [
            (
                "路域环境",
                "Y012线两侧柴草乱堆、垃圾乱倒",
                "集中清理，建立保洁制度",
                "7月20日前",
                "已清理，经指导组复查合格",
            ),
            (
                "绿化植树",
                "新建道路未栽植行道树，缺株路段约1.5公里",
                "秋季补植行道树",
                "2024年10—11月",
                "苗木已订购",
            ),
        ],
    ),
    (
        "夹河乡人民政府",
        "第三指导组（组长 刘守信）",
        64,
        [
            (
                "乡站村室建设",
                "乡农村公路管理站未挂牌，无固定办公场所",
                "落实办公场所，挂牌运行",
                "第三季度",
                "尚未落实",
            ),
        ],
    ),
    (
        "吴坝镇人民政府",
        "第四指导组（组长 王建设）",
        71,
        [
            ("绿化植草", "路基边坡裸露，未植草防护", "撒播草籽，培植草皮", "9月底前", ""),
            (
                "路域环境",
                "沿线占道经营、打场晒粮现象反复出现",
                "纳入路长日常巡查，发现一起劝离一起",
                "长期坚持",
                "已纳入路长巡查，常态化推进",
            ),
        ],
    ),
]


def write_guide(path: Path) -> Path:
    b = Book(path, author="台前县交通运输局")
    ws = b.sheet("创建指导")
    b.widths(ws, [6, 18, 24, 12, 38, 26, 30, 28, 10])
    b.line(ws, 0, "台前县“四好农村路”示范县创建指导组问题整改推进表", 8, b.title)
    b.line(ws, 1, "填报单位：台前县交通运输局（创建办）    日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        ["序号", "乡镇", "指导组", "工作类别", "存在问题", "整改要求", "完成时限", "整改进度", "评比得分"],
    )
    r, n = 3, 0
    for town, group, score, rows in GUIDE_TOWNS:
        first = r
        for part, problem, demand, limit, progress in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [part, problem, demand, limit, progress], first=3)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, town, b.center)
        b.merge(ws, first, 2, r - 1, 2, group, b.center)
        b.merge(ws, first, 8, r - 1, 8, score, b.center)
    b.line(ws, r, "说明：评比得分为指导组按创建标准在“四好农村路”评比台上的评分（满分100分）。", 8)
    b.line(ws, r + 1, "填表人：秦丽    审核人：张振国    联系电话：0393-2216710", 8)
    return b.close()


FILES = [
    ("濮阳县农村公路路长制巡查处治记录汇总表（7月）.xlsx", write_road_chief),
    ("市交通运输局关于执法领域突出问题专项整治回头看督导反馈问题整改情况的报告.docx", write_enforce),
    ("高标准农田建设工程质量问题排查整改回头看问题整改台账.xls", write_farm),
    ("濮阳县高标准农田建设项目交叉督查问题整改情况表.xlsx", write_cross),
    ("2024年水利工程汛前交叉检查发现问题整改清单（一地一单）.et", write_one_list),
    ("清丰县水利工程汛前检查问题登记卡.doc", write_cards),
    ("河道清障整治工作任务分解及进展表.csv", write_clear),
    ("清丰县马村乡、高堡乡卫片执法违法用地整改台账.zip", write_township_zip),
    ("南乐县2023年度土地卫片执法检查图斑整改情况表.ods", write_spots),
    ("台前县四好农村路示范县创建指导组问题整改推进表.xlsx", write_guide),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

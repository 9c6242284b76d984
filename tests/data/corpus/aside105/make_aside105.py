"""Write the aside105 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 环保督察 (信访举报转办一览表), 政协提案, 营商环境投诉 (企业诉求工单), 督查督办 (会议议定事项), 巡视巡察
(挂牌督办), 民生实事, 群众诉求 (“有事你找我”, two returns in a zip), 乡镇街道自查 (two: a 销号台账 and a prose
report), 安全生产隐患, 审计整改.
Forms: .xlsx (five, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with BOM (a platform export), a .docx
whose items are numbered paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and a
.zip of two returns (an .xlsx and a .docx with a table). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside105.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every file is written from scratch with fixed dates inside the files and fixed zip member times, so two runs give
byte-identical files.
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
# 1. 中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表, after a league's account of the 中央第二生态环境保护
# 督察组 转办 batches (“全盟已对中央督察组交办的第十批2件信访举报件进行调查处理，已办结2件”; 已办结/阶段性办结;
# 附件：中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第10批）):
# http://www.qqzddqwz.com/sthjj/ztzl/tjzt/zzqsthjbhdczxlglm/mtjj/2025061618281160107/index.html
# An .xlsx: title naming the batch, 填报单位/交办日期 line, one header row in the 一览表's own words (受理编号,
# 交办问题基本情况, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况, 责任人被处理情况) with a 责任单位 and a
# 是否办结 column, deadlines only inside the 处理和整改情况 text, a 合计 row and a 注 line.
ECO_ROWS = [
    (
        "D2HA202407110023",
        "反映华龙区胜利路街道一汽修厂喷漆作业无废气处理设施，刺鼻气味扰民。",
        "华龙区",
        "大气",
        "经调查，濮阳市华龙区顺通汽车修理厂在露天场地进行喷漆作业，未配套建设挥发性有机物收集处理设施，"
        "群众反映问题属实。",
        "属实",
        "华龙区生态环境分局责令该厂立即停止喷漆作业，对其违法行为立案查处，罚款2万元；该厂已拆除露天喷漆设施。",
        "华龙区人民政府",
        "已办结",
        "无",
    ),
    (
        "X2HA202407110005",
        "反映濮阳县庆祖镇一生猪养殖场粪污直排金堤河支沟，沟水发黑发臭。",
        "濮阳县",
        "水",
        "经现场核查，濮阳县庆祖镇兴旺养殖场储粪池防渗层破损，雨后存在粪污溢流进入沟渠现象。",
        "属实",
        "已责令养殖场清理沟渠内粪污、修复储粪池；新建粪污资源化利用设施计划于2024年8月31日前建成投用。",
        "濮阳县人民政府",
        "阶段性办结",
        "对庆祖镇分管负责同志进行约谈",
    ),
    (
        "D2HA202407110041",
        "反映清丰县一砖厂原料堆场未覆盖，大风天气扬尘严重。",
        "清丰县",
        "大气",
        "经调查，清丰县鑫旺新型建材有限公司原料堆场东侧约2000平方米未覆盖防尘网。",
        "部分属实",
        "已督促企业对原料堆场全部覆盖，新装喷淋抑尘设施一套，经县生态环境分局复查整改到位。",
        "清丰县人民政府",
        "已办结",
        "无",
    ),
    (
        "D2HA202407110057",
        "反映范县化工园区某企业夜间偷排废气，周边村庄有刺激性异味。",
        "范县",
        "大气",
        "经调查，园区涉气企业废气处理设施均正常运行，在线监测数据未见异常，连续三晚走航监测未发现超标排放，"
        "群众反映问题不属实。",
        "不属实",
        "已向举报人反馈调查结果；范县将持续加强园区夜间巡查。",
        "范县人民政府",
        "已办结",
        "无",
    ),
    (
        "X2HA202407110009",
        "反映南乐县生活垃圾填埋场渗滤液外溢，污染周边农田。",
        "南乐县",
        "土壤",
        "经调查，南乐县生活垃圾填埋场渗滤液调节池满负荷运行，强降雨后出现渗滤液外溢至场外排水沟。",
        "属实",
        "已对外溢渗滤液全部清理，正在建设渗滤液应急处理设施，计划9月底前完成。",
        "南乐县人民政府",
        "阶段性办结",
        "无",
    ),
    (
        "D2HA202407110068",
        "反映开发区一商业综合体内餐饮店油烟直排，影响楼上住户。",
        "濮阳经济技术开发区",
        "大气",
        "经调查，该综合体3家餐饮店油烟净化设施未定期清洗，油烟排放口设置不规范。",
        "属实",
        "已责令3家餐饮店清洗油烟净化设施，排烟管道正在改造。",
        "濮阳经济技术开发区管理委员会",
        "未办结",
        "无",
    ),
    (
        "D2HA202407110072",
        "反映华龙区一建筑工地夜间施工噪声扰民。",
        "华龙区",
        "噪声",
        "经调查，该项目夜间进行混凝土浇筑，未办理夜间施工证明。",
        "属实",
        "已责令施工单位停止违规夜间施工，已移交市住建局对施工单位立案调查，处理结果待反馈。",
        "市住建局",
        "未办结",
        "无",
    ),
]


def write_eco(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("第十批")
    b.widths(ws, [6, 20, 34, 12, 8, 40, 10, 44, 18, 10, 18])
    b.line(ws, 0, "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十批）", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室（盖章）    交办日期：2024年7月12日    "
        "填报日期：2024年7月26日",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "是否办结",
            "责任人被处理情况",
        ],
    )
    for i, row in enumerate(ECO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ECO_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "第十批共转办信访举报件7件，其中已办结3件、阶段性办结2件、未办结2件")
    b.line(
        ws,
        end + 1,
        "注：“是否办结”栏填写已办结、阶段性办结或未办结；阶段性办结的须在“处理和整改情况”栏写明完成时限。",
        10,
    )
    b.line(ws, end + 2, "填表人：孙振华    审核人：高立群    联系电话：0393-8993125", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 政协提案办理情况一览表, after a provincial 政协's account that all proposals were 办复 (立案760件; 送交67个承办单位
# 办理; 办理结果为A类的(所提问题已经解决或基本解决的)、B类的(所提问题正在解决或列入规划逐步解决的)、C类的、D类的):
# http://gszx.gov.cn/htm/20169/14_13116.htm
# An .xls (xlwt): title, 填报单位/统计截止日期 line, one header row with 提案号, 案由, 提案者 (the proposer, not the
# unit), 主办单位 and 会办单位, an 办复时限 column, 办理结果 as A类/B类 or 正在办理, a 注 line defining the classes,
# a 合计 line and a 填表人 line.
CPPCC_ROWS = [
    (
        "第0012号",
        "关于加快推进城区老旧小区加装电梯的建议",
        "张红梅",
        "市住建局",
        "市自然资源和规划局、市财政局",
        "2024年8月31日",
        "B类",
        "满意",
    ),
    (
        "第0027号",
        "关于规范城区校外培训机构收费管理的建议",
        "民进濮阳市委员会",
        "市教育局",
        "市市场监管局",
        "2024年6月30日",
        "A类",
        "满意",
    ),
    (
        "第0035号",
        "关于增设城区公交夜班线路的建议",
        "王立新",
        "市公交公司",
        "市交通运输局",
        "2024年8月31日",
        "正在办理",
        "",
    ),
    (
        "第0041号",
        "关于加强农村饮水安全工程建后管护的建议",
        "农工党濮阳市委员会",
        "市水利局",
        "市卫健委",
        "2024年8月31日",
        "A类",
        "基本满意",
    ),
    (
        "第0058号",
        "关于推进中心城区智慧停车系统建设的建议",
        "刘国庆",
        "市城管局",
        "市公安局交通管理支队",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "第0063号",
        "关于推动濮阳杂技与文旅深度融合发展的建议",
        "李文静",
        "市文广旅局",
        "濮阳县人民政府",
        "2024年8月31日",
        "B类",
        "满意",
    ),
    (
        "第0077号",
        "关于提高基层医疗机构慢性病用药配备率的建议",
        "九三学社濮阳市委员会",
        "市卫健委",
        "市医保局",
        "2024年6月30日",
        "A类",
        "满意",
    ),
    (
        "第0089号",
        "关于加快推进农村生活污水治理的建议",
        "赵宏伟",
        "市生态环境局",
        "市农业农村局、市水利局",
        "2024年8月31日",
        "正在办理",
        "",
    ),
]


def write_cppcc(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "政协濮阳市第十届委员会第三次会议提案办理情况一览表", t, 0, 8),
        (1, 0, "填报单位：市政协提案委员会办公室    统计截止日期：2024年7月25日", plain, 1, 8),
    ]
    for col, word in enumerate(
        ["序号", "提案号", "案由", "提案者", "主办单位", "会办单位", "办复时限", "办理结果", "委员意见"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(CPPCC_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 6, 7, 8) else c))
    r = 3 + len(CPPCC_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "共8件，其中A类3件、B类2件，正在办理2件，未报送办理结果1件", c, r, 8),
        (
            r + 1,
            0,
            "注：办理结果分类：A类为所提问题已经解决或基本解决的；B类为所提问题正在解决或列入规划逐步解决的；"
            "C类为所提问题因目前条件限制需待以后解决的；D类为所提问题留作参考的。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：郑晓燕    联系电话：0393-8669021", plain, r + 2, 8),
    ]
    return _write_xls(path, [("提案办理", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 企业诉求“马上办”工单导出, after a city's account of its 企业诉求“马上办”全时响应机制 (粤省事/中易办/12345 受理;
# 对于求助、投诉、举报类企业诉求统一进入转办流程，承办单位接诉后1小时内联系企业…5个工作日内办结; 一跟到底):
# http://psc.zs.gov.cn/gzdt/zxdt/content/post_2086435.html
# A CSV in UTF-8 with BOM, as a platform exports it: one header line and nothing else; 受理时间 (the base of the
# 办理时限 in working days), 诉求类型 (求助/投诉/举报), 承办单位 by short names, 当前状态 and 办结时间.
BIZ_ROWS = [
    (
        "QY20240703001",
        "2024-07-03 09:12:37",
        "濮阳市恒达新材料有限公司",
        "投诉",
        "竣工验收备案久拖未办",
        "企业反映其新建厂房已于5月完成消防验收，申请竣工验收备案超过20日未获受理，影响投产。",
        "市住建局",
        "5个工作日",
        "已办结",
        "2024-07-08 16:20:05",
        "满意",
    ),
    (
        "QY20240705002",
        "2024-07-05 10:46:12",
        "濮阳市鑫源食品有限公司",
        "求助",
        "用电增容报装慢",
        "企业新上生产线需将用电容量增至800千伏安，报装后一周无人现场勘查。",
        "供电公司",
        "5个工作日",
        "已办结",
        "2024-07-10 11:03:48",
        "满意",
    ),
    (
        "QY20240709003",
        "2024-07-09 15:30:21",
        "濮阳市华瑞物流有限公司",
        "投诉",
        "增值税留抵退税办理慢",
        "企业3月申请增值税留抵退税，至今未到账，多次询问未得到明确答复。",
        "市税务局",
        "5个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "QY20240711004",
        "2024-07-11 08:55:09",
        "濮阳县绿源农产品专业合作社",
        "举报",
        "执法检查多头重复",
        "合作社反映一个月内被不同执法队伍以食品安全为由检查4次，影响正常经营。",
        "市市场监管局",
        "5个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "QY20240715005",
        "2024-07-15 14:18:44",
        "濮阳市中原建材有限公司",
        "投诉",
        "政府采购合同款拖欠",
        "企业2023年承接的市政道路材料供应合同尚有86万元货款未支付。",
        "市财政局",
        "5个工作日",
        "超期未办结",
        "",
        "",
    ),
    (
        "QY20240718006",
        "2024-07-18 09:40:31",
        "濮阳市德润化工有限公司",
        "求助",
        "危化品经营许可证延续",
        "企业危险化学品经营许可证8月到期，申请延续时系统提示材料不全，不清楚还需补充哪些材料。",
        "市应急局",
        "5个工作日",
        "已办结",
        "2024-07-24 10:12:56",
        "基本满意",
    ),
    (
        "QY20240722007",
        "2024-07-22 16:05:27",
        "濮阳市博远科技有限公司",
        "求助",
        "高新技术企业奖补资金未兑现",
        "企业2023年通过高新技术企业认定，按政策应享受的认定奖补资金至今未兑现。",
        "市科技局",
        "5个工作日",
        "办理中",
        "",
        "",
    ),
]


def write_biz(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        [
            "工单编号",
            "受理时间",
            "企业名称",
            "诉求类型",
            "诉求标题",
            "诉求内容",
            "承办单位",
            "办理时限",
            "当前状态",
            "办结时间",
            "企业评价",
        ]
    )
    for row in BIZ_ROWS:
        w.writerow(list(row))
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 会议议定事项督查督办报告书, after a city 督察室's rules for its 督查文书 (督查专报; 督查报告; 政务督察; “市政府会议
# 议定事项督查督办报告书”: 向市政府领导报告市政府常务会议、市长办公会议、市政府专题会议议定事项的落实情况，
# 经督察科查办立项后发出):
# http://m.0525000.com/GuiZhangZhiDu/304625.html
# A .wps (Word 97 via LibreOffice): title and 期号, 主送, a preamble naming the meeting, one table with the 责任领导
# (a vice-mayor, not the unit) beside the 承办单位, 办理时限 as dates, 6月30日前, 第三季度 and 长期坚持, the office and
# date at the foot.
MEETING_ROWS = [
    (
        "加快推进濮阳东站站前广场及配套道路建设，确保8月底前具备通车条件",
        "王建国副市长",
        "市住建局",
        "2024年8月31日",
        "站前广场主体工程已完成，配套道路正在进行绿化和标线施工。",
    ),
    (
        "汛前完成城区12处易涝积水点改造",
        "王建国副市长",
        "市城市管理局",
        "6月30日前",
        "12处积水点改造已全部完成，经汛期检验未出现明显积水。",
    ),
    (
        "研究制定促进消费十条措施，报市政府常务会议审定",
        "刘晓东副市长",
        "市商务局",
        "7月15日前",
        "措施初稿已起草完成，正在征求相关部门意见。",
    ),
    (
        "开展城区燃气管道老化情况摸底，建立更新改造项目库",
        "王建国副市长",
        "市燃气公司",
        "2024年7月31日",
        "未启动。",
    ),
    (
        "落实企业稳岗返还政策，7月底前完成返还资金拨付",
        "张丽萍副市长",
        "市人社局",
        "2024年7月31日",
        "稳岗返还资金1860万元已全部拨付到企业账户。",
    ),
    ("推进中心城区背街小巷改造提升", "刘晓东副市长", "华龙区人民政府", "第三季度", ""),
    (
        "常态化开展食品安全“两个责任”落实情况督导",
        "张丽萍副市长",
        "市市场监管局",
        "长期坚持",
        "长期坚持，每月开展一次督导。",
    ),
]


def write_meeting_docx(path: Path) -> Path:
    doc = _new_document("督查室")
    _title(doc, "濮阳市人民政府会议议定事项督查督办报告书")
    _paragraph(doc, "〔2024〕第7期", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市政府领导：")
    _paragraph(
        doc,
        "按照市政府工作安排，市政府督查室对2024年第12次市政府常务会议议定事项的落实情况进行了跟踪督办。"
        "现将各承办单位落实情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(MEETING_ROWS, 1)]
    _table(doc, ["序号", "议定事项", "责任领导", "承办单位", "办理时限", "落实情况"], body)
    _paragraph(doc, "对未按时限完成的事项，督查室将继续跟踪督办，直至办结销号。")
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_meeting(path: Path) -> Path:
    return via_soffice(write_meeting_docx, path, "doc", "会议议定事项督查督办报告书.docx")


# ---------------------------------------------------------------------------------------------
# 5. 巡察整改挂牌督办, after a district 纪委监委's note on its 巡察整改挂牌督办机制 (每轮巡察反馈后…巡察办对挂牌督办任务
# 进行梳理分解，明确责任单位、责任人和完成时限，…向被巡察党组织发放督办函，巡察机构会同纪委监委、组织部门等联合
# 督促督导，形成建账、对账、销账的全链条整改监督闭环):
# https://js.bjsjw.gov.cn/n380/20250115/i90146.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 被巡察党组织 beside the 责任单位 and
# 责任人, 联合督办单位 (inspectors), 完成时限, 整改进展 and a 销号情况 column, a 注 line and a signature line.
PATROL_ROWS = [
    (
        "中共濮阳市交通运输局党组",
        "农村公路养护资金未及时拨付，部分路段坑槽长期未修复",
        "拨付养护资金，集中修复坑槽路段",
        "市交通运输局",
        "宋志刚",
        "市纪委监委、市委组织部",
        "2024年6月30日",
        "养护资金已拨付，38处坑槽已修复",
        "已销号",
    ),
    (
        "中共濮阳市自来水公司委员会",
        "城区老旧供水管网漏损率长期高于国家标准",
        "分年度实施老旧管网改造",
        "市自来水公司",
        "韩建设",
        "市委巡察办",
        "2024年12月31日",
        "已完成改造8.5公里，占年度计划的40%",
        "未销号",
    ),
    (
        "中共濮阳市民政局党组",
        "城乡低保动态管理不到位，存在已死亡人员未及时停发",
        "全面核查低保对象，追回违规发放资金",
        "市民政局",
        "马红霞",
        "市纪委监委",
        "2024年7月31日",
        "已核查全部低保对象，追回资金3.2万元",
        "已销号",
    ),
    (
        "中共濮阳市住房和城乡建设局党组",
        "保障性住房分配后监管缺失，存在转租转借",
        "开展保障性住房使用情况专项清查",
        "市住建局",
        "周立新",
        "市委巡察办",
        "2024年9月30日",
        "正在开展入户核查，已核查1260户",
        "未销号",
    ),
    (
        "中共濮阳市卫生健康委员会党组",
        "基层医疗机构药品集中带量采购执行不到位",
        "开展集采药品使用情况专项检查",
        "市卫健委",
        "冯学军",
        "市纪委监委、市委组织部",
        "2024年8月31日",
        "未启动",
        "未销号",
    ),
    (
        "中共濮阳市教育局党组",
        "校外培训机构监管存在盲区，隐形变异培训时有发生",
        "建立校外培训常态化巡查机制",
        "市教育局",
        "李卫东",
        "市委巡察办",
        "长期坚持",
        "已建立巡查机制，常态化推进",
        "",
    ),
    (
        "中共濮阳市医疗保障局党组",
        "医保基金监管宽松软，定点药店违规刷卡问题查处不力",
        "开展定点医药机构专项检查，严肃查处违规行为",
        "市医保局",
        "杨光",
        "市纪委监委",
        "2024年8月31日",
        "",
        "",
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="巡察办")
    ws = b.sheet("挂牌督办台账")
    b.widths(ws, [6, 26, 34, 28, 16, 10, 20, 16, 30, 10])
    b.line(ws, 0, "市委巡察反馈问题挂牌督办事项整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市委巡察工作领导小组办公室    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "被巡察党组织",
            "挂牌督办问题",
            "整改措施",
            "责任单位",
            "责任人",
            "联合督办单位",
            "完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(PATROL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PATROL_ROWS)
    b.line(ws, end, "注：整改完成并经联合督办单位验收的，在“销号情况”栏填写“已销号”。", 9)
    b.line(ws, end + 1, "填表人：贾文博    审核人：徐长河    联系电话：0393-8990637", 9)
    return b.close()


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_book, path, "xls", "市委巡察反馈问题挂牌督办事项整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 十件实事进展情况, after a city 人大常委会's 视察 of the 市政府十件实事 (十件实事涉及27项单项工作，其中…10项已完成
# 或超额完成，养殖污染治理、污水管网建设…等4项超过倒排工期计划进度，其余13项工作正在按照计划推进):
# https://bm6606.com/hn6/201910/t211403.html
# An .xlsx: title with the cut-off date, 填报单位 line, one header row; each 民生实事 merged down over its 单项工作
# rows (the items), 完成时限 as 11月底前 / 12月底前 / a date, a 进度评价 column beside the 进展情况, a 注 line.
LIVELIHOOD = [
    (
        "一",
        "改善群众出行条件",
        [
            (
                "新建改建农村公路120公里",
                "市交通运输局",
                "2024年11月底前",
                "已完成86公里，完成年度目标的71.7%",
                "超序时进度",
            ),
            (
                "新增城区公共停车泊位3000个",
                "市城管局",
                "2024年12月底前",
                "已建成停车泊位1200个",
                "按序时推进",
            ),
        ],
    ),
    (
        "二",
        "办好人民满意教育",
        [
            (
                "新建改扩建城区公办幼儿园6所",
                "市教育局",
                "2024年8月底前",
                "6所幼儿园主体已完工，正在进行室内装修",
                "按序时推进",
            ),
        ],
    ),
    (
        "三",
        "提升医疗健康服务",
        [
            (
                "为65岁以上老年人免费健康体检20万人",
                "市卫健委",
                "2024年10月底前",
                "已体检12.6万人",
                "按序时推进",
            ),
            (
                "完成残疾人家庭无障碍改造500户",
                "市残联",
                "2024年6月30日",
                "已改造512户，超额完成年度任务",
                "已完成",
            ),
        ],
    ),
    (
        "四",
        "改善城乡人居环境",
        [
            ("改造城镇老旧小区42个", "市住建局", "2024年12月底前", "已开工38个，完工9个", "按序时推进"),
            ("新建口袋公园20个", "市城市管理局", "2024年9月底前", "项目尚未开工", "进度滞后"),
            ("实施农村供水提质增效工程，新增受益人口5万人", "市水务局", "2024年10月底前", "", ""),
        ],
    ),
    (
        "五",
        "促进就业创业",
        [
            ("城镇新增就业2.8万人", "市人社局", "2024年12月31日", "已新增就业1.92万人", "超序时进度"),
        ],
    ),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path, author="民生实事办")
    ws = b.sheet("进展情况")
    b.widths(ws, [6, 18, 36, 16, 16, 36, 12])
    b.line(ws, 0, "2024年市政府十件民生实事进展情况表（截至7月25日）", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查室（民生实事办公室）    填报日期：2024年7月26日", 6)
    b.header(
        ws, 2, ["序号", "民生实事", "单项工作", "责任单位", "完成时限", "截至7月25日进展情况", "进度评价"]
    )
    r = 3
    for no, name, subs in LIVELIHOOD:
        last = r + len(subs) - 1
        b.merge(ws, r, 0, last, 0, no, b.center)
        b.merge(ws, r, 1, last, 1, name, b.center)
        for task in subs:
            b.row(ws, r, list(task), first=2)
            r += 1
    b.line(ws, r, "注：进度评价分为已完成、超序时进度、按序时推进、进度滞后四类。", 6)
    b.line(ws, r + 1, "填表人：田晓梅    联系电话：0393-8996512", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. “有事你找我”群众诉求办理台账, after a county's 联系群众直通车 (公示县镇领导干部联系方式；群众反映事项分类纳入政策
# 咨询、利益诉求、投诉举报、意见建议4类…接诉即办，小事不出村、大事不出镇(部门)):
# http://orisbrush.com/xqzc/lnx/2024-08-15/1484041.html
# A .zip of two returns: a 镇's .xlsx (填报单位 line; rows naming only its own 站所, the 接听领导 beside them,
# 办理时限 as dates or working days from the 来电日期) and a district 联系群众办公室's .docx (a table naming the
# 街道/乡 and a city bureau as 承办单位, 办结时限 in working days from the 转办日期).
TOWN_CALLS = [
    (
        "2024-07-02",
        "镇长 刘志强",
        "利益诉求",
        "前马庄村至后马庄村生产路被雨水冲毁，农机无法通行",
        "镇农业农村服务中心",
        "7月15日前",
        "已修复通行，回访群众满意",
        "满意",
    ),
    (
        "2024-07-08",
        "副镇长 陈静",
        "投诉举报",
        "镇区一烧烤店夜间室外经营，噪声扰民",
        "镇综合行政执法大队",
        "3个工作日",
        "已约谈店主，责令22时后停止室外经营，已办结",
        "满意",
    ),
    (
        "2024-07-18",
        "镇党委书记 赵国华",
        "利益诉求",
        "张庄村部分农户土地流转租金被拖欠半年未付",
        "镇农村经营管理站",
        "2024年8月10日",
        "正在协调流转企业筹措资金",
        "",
    ),
    (
        "2024-07-24",
        "副镇长 陈静",
        "意见建议",
        "建议在镇中心小学门口道路设置减速带和警示标志",
        "镇平安建设办公室",
        "2024年8月20日",
        "",
        "",
    ),
    (
        "2024-07-26",
        "镇长 刘志强",
        "投诉举报",
        "李家村东坑塘内生活垃圾堆积，夏季蚊蝇滋生",
        "镇人居环境整治办公室",
        "2024年7月31日",
        "尚未清理",
        "",
    ),
]
DISTRICT_CALLS = [
    (
        "HL-2407-031",
        "中原路一小区楼道灯长期不亮，夜间老人上下楼不安全",
        "华龙区中原路街道办事处",
        "2024-07-03",
        "5个工作日",
        "已维修更换楼道灯，已办结",
    ),
    (
        "HL-2407-047",
        "人民路与开州路交叉口下水道井盖缺失",
        "市城管局",
        "2024-07-09",
        "2个工作日",
        "已补装井盖",
    ),
    (
        "HL-2407-062",
        "胜利路街道一小区物业公司擅自提高停车收费标准",
        "华龙区胜利路街道办事处",
        "2024-07-15",
        "10个工作日",
        "正在调查核实，已约谈物业公司",
    ),
    (
        "HL-2407-078",
        "孟轲乡一村自来水水质发黄，有异味",
        "华龙区孟轲乡人民政府",
        "2024-07-19",
        "5个工作日",
        "",
    ),
    (
        "HL-2407-090",
        "大庆路街道农贸市场周边占道经营，早晚高峰交通拥堵",
        "华龙区大庆路街道办事处",
        "2024-07-23",
        "5个工作日",
        "逾期未办",
    ),
]


def write_town_book(path: Path) -> Path:
    b = Book(path, author="马庄桥镇党政办")
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 12, 16, 10, 40, 20, 14, 32, 10])
    b.line(ws, 0, "“有事你找我”联系群众直通车诉求办理台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "来电日期",
            "接听领导",
            "诉求类别",
            "诉求内容",
            "承办站所",
            "办理时限",
            "办理情况",
            "回访满意度",
        ],
    )
    for i, row in enumerate(TOWN_CALLS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOWN_CALLS)
    b.line(ws, end + 1, "注：办理时限写工作日的，自来电之日起计算。", 8)
    b.line(ws, end + 2, "填表人：孟凡亮    联系电话：0393-7281106", 8)
    return b.close()


def write_district_docx(path: Path) -> Path:
    doc = _new_document("联系群众办公室")
    _title(doc, "华龙区“有事你找我”群众诉求转办事项办理情况", 18)
    _paragraph(doc, "填报单位：华龙区联系群众办公室    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(DISTRICT_CALLS, 1)]
    _table(doc, ["序号", "转办编号", "诉求内容", "承办单位", "转办日期", "办结时限", "办理结果"], body)
    _paragraph(doc, "说明：办结时限自转办之日起按工作日计算。", 12)
    _paragraph(doc, "填表人：胡艳丽    联系电话：0393-4491268", 12)
    return _save_fixed(doc, path)


def write_calls(path: Path) -> Path:
    members = [
        ("清丰县马庄桥镇有事你找我诉求办理台账.xlsx", write_town_book),
        ("华龙区有事你找我诉求转办事项办理情况.docx", write_district_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 农村人居环境整治自查问题整改销号台账, after a 街道's 整改销号 account (对辖区内村庄外围50米以内的草垛、杂物堆等问题
# 进行摸排…形成问题台账，以问题清单的形式反馈至各村庄…“挂图作战、销号管理、精准定位、对号施策”，明确牵头单位、
# 责任人和整改时限; 六大堆、畜禽散养、改厕、小广告、污水):
# http://www.qdcaijing.com/p/299084.html
# An .xlsx: title, 填报单位/排查时间 line (the base of 立行立改), one header row with the 村庄 and the town's own 牵头
# 站所 and 包村干部, a 是否销号 column beside 整改进度, a 合计 row, a 注 line and a signature line.
VILLAGE_ROWS = [
    (
        "东王庄村",
        "六大堆",
        "村庄西侧外围50米内玉米秸秆草垛4处",
        "镇农业服务中心",
        "张卫东",
        "2024年7月10日",
        "已清理",
        "是",
    ),
    (
        "前范庄村",
        "六大堆",
        "村内封闭胡同建筑垃圾堆放约30立方米",
        "镇村镇建设发展中心",
        "李海燕",
        "2024年7月20日",
        "已清运完毕",
        "是",
    ),
    (
        "后孙庄村",
        "畜禽散养",
        "村南坑塘周边散养鸡鸭，粪便污染路面",
        "镇畜牧兽医站",
        "王建设",
        "7月31日",
        "正在逐户劝导圈养",
        "否",
    ),
    (
        "西田村",
        "改厕",
        "15户改厕后未通水，厕具无法使用",
        "镇农业服务中心",
        "刘春生",
        "2024年8月31日",
        "未启动",
        "否",
    ),
    (
        "岳村",
        "小广告",
        "村主街两侧墙面“牛皮癣”小广告",
        "镇综合行政执法大队",
        "陈亚楠",
        "立行立改",
        "已全部清除",
        "是",
    ),
    (
        "孙庄村",
        "污水",
        "村东生活污水沿街漫流，排水沟堵塞",
        "镇村镇建设发展中心",
        "李海燕",
        "2024年9月30日",
        "排水沟已清淤，正在铺设污水管网",
        "否",
    ),
    (
        "王庄村",
        "卫生死角",
        "村委会北侧废弃宅院内生活垃圾堆积",
        "镇人居环境整治办公室",
        "张卫东",
        "2024年8月15日",
        "",
        "",
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="岳村镇人居办")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 12, 10, 36, 20, 10, 16, 28, 10])
    b.line(ws, 0, "岳村镇农村人居环境整治自查问题整改销号台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区岳村镇人民政府    排查时间：2024年7月5日    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "村庄",
            "问题类型",
            "问题描述（位置）",
            "牵头站所",
            "包村干部",
            "整改时限",
            "整改进度",
            "是否销号",
        ],
    )
    for i, row in enumerate(VILLAGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VILLAGE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查问题7条，已销号3条，未销号4条")
    b.line(ws, end + 1, "注：“是否销号”栏由镇人居环境整治办公室复核后填写。", 8)
    b.line(ws, end + 2, "负责人：郝建民    填表人：杜晓宇    联系电话：0393-8751320", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 创建文明城市问题自查整改情况报告, after a town's 创建文明城市整改报告 (按照督查暗访情况的通报，…镇党委、政府召开会议，
# 对存在的问题提出整改意见和整改措施，现将整改情况汇报如下：（一）…环境卫生脏乱差，各类杂物乱堆乱放… 整改措施：
# 针对该问题，我镇立即安排…社区…):
# https://001doc.com/doc/613105.html
# A .docx: title naming the town, 主送, a preamble, the problems as paragraphs （一）（二）… each with 整改措施,
# 整改时限 and 整改情况 in sentences (the town's own 办/所 and 社区 as its sections), the town and date at the foot.
CIVIC_PARAS = [
    (
        "（一）长安路农贸市场周边环境卫生脏乱差，果皮菜叶等垃圾随意丢弃，垃圾桶满溢未及时清运。"
        "整改措施：镇环卫所增派保洁人员2名，实行农贸市场周边全天候保洁，垃圾日产日清。"
        "整改时限：2024年7月15日前。整改情况：已整改到位。"
    ),
    (
        "（二）开州路沿街门店“门前三包”责任落实不到位，店外经营、乱堆乱放现象突出。"
        "整改措施：镇城建办对沿街商户逐户签订“门前三包”责任书，集中开展店外经营整治。"
        "整改时限：2024年7月31日。整改情况：已约谈商户43户，集中整治正在进行中。"
    ),
    (
        "（三）幸福小区部分楼道杂物堆放，消防通道被占用。"
        "整改措施：幸福社区安排网格员逐栋排查，督促物业公司清理楼道杂物。"
        "整改时限：2024年7月20日。整改情况：已清理完毕。"
    ),
    (
        "（四）城区部分公益广告破损褪色，更新不及时。"
        "整改措施：由镇宣传办统一制作更换破损公益广告。整改时限：8月底前。整改情况：尚未启动。"
    ),
    (
        "（五）主次干道非机动车乱停乱放。整改措施：施划非机动车停车位，组织志愿者开展文明劝导。"
        "整改时限：长期坚持。整改情况：已施划停车位，劝导工作常态化推进。"
    ),
    (
        "（六）新时代文明实践站活动开展不经常，活动台账资料不完善。"
        "整改措施：制定月度活动计划，由镇党政办负责规范台账管理。整改时限：2024年9月30日。"
    ),
]


def write_civic(path: Path) -> Path:
    doc = _new_document("城关镇党政办")
    _title(doc, "濮阳县城关镇关于创建全国文明城市问题自查整改情况的报告")
    _paragraph(doc, "县创建全国文明城市指挥部办公室：")
    _paragraph(
        doc,
        "根据县创城指挥部《关于开展创建全国文明城市问题自查自纠的通知》要求，7月8日至7月12日，镇党委、政府组织"
        "城建办、环卫所、宣传办及各社区对辖区创建工作进行了全面自查，共查找问题6项。现将自查发现问题及整改情况"
        "汇报如下：",
    )
    for text in CIVIC_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我镇将巩固整改成果，建立问题常态化排查机制，确保创建工作取得实效。")
    _paragraph(doc, "濮阳县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 10. 危险化学品企业安全突击检查隐患整改台账, after a provincial 应急管理厅's 突击夜查和暗访暗查 of 危险化学品生产企业
# (20家企业共被查出各类重大安全隐患31项、一般安全隐患226项; 重大隐患由相关市州挂牌督办、限期整改，一般隐患由当地
# 县级应急管理部门督促企业整改):
# https://www.j637.cn/politics/2019-04/16/c_1124374293.htm
# An .xlsx: title, 检查单位/检查时间 line, one header row with the 企业 as 整改责任单位, 隐患级别 and 督办层级 (who
# follows it up, not the unit), 整改期限, 整改完成情况 and 复查意见, a 合计 row and a 检查人 line.
HAZMAT_ROWS = [
    (
        "濮阳市宏源石化有限公司",
        "濮阳县",
        "重大隐患",
        "液化烃球罐区进出物料管道未设置紧急切断阀",
        "增设紧急切断阀并与液位报警联锁",
        "市级挂牌督办",
        "2024年9月30日",
        "已完成设计，阀门正在采购",
        "",
    ),
    (
        "濮阳市中恒化工有限公司",
        "范县",
        "一般隐患",
        "夜间中控室值班人员脱岗",
        "完善夜间值班和巡检制度",
        "县级督促整改",
        "2024年7月15日",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳盛达精细化工有限公司",
        "濮阳经济技术开发区",
        "一般隐患",
        "罐区部分可燃气体报警探头超期未校验",
        "送检校验",
        "县级督促整改",
        "2024年7月20日",
        "已整改",
        "复查合格",
    ),
    (
        "濮阳市龙腾新材料有限公司",
        "台前县",
        "重大隐患",
        "涉及重点监管危险化工工艺的装置未实现自动化控制",
        "实施自动化控制系统改造，改造期间局部停产",
        "市级挂牌督办",
        "2024年12月31日",
        "已局部停产，改造方案正在编制",
        "",
    ),
    (
        "濮阳市恒信化工有限公司",
        "南乐县",
        "一般隐患",
        "动火作业票证填写不规范，作业现场未落实专人监护",
        "开展特殊作业培训，规范作业票证管理",
        "县级督促整改",
        "2024年7月12日",
        "已整改",
        "",
    ),
    (
        "濮阳市华宇化学有限公司",
        "清丰县",
        "一般隐患",
        "原料仓库危险化学品超量超品种储存",
        "清理超量物料，按规定分区分类储存",
        "县级督促整改",
        "2024年7月18日",
        "未整改",
        "复查未通过",
    ),
    (
        "濮阳市中原精细化工有限公司",
        "华龙区",
        "一般隐患",
        "安全风险分级管控清单未随工艺变更及时更新",
        "重新开展风险辨识，更新管控清单",
        "县级督促整改",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "濮阳市泰和气体有限公司",
        "濮阳县",
        "一般隐患",
        "气瓶充装前未逐只检查并登记",
        "落实充装前检查制度，完善充装记录",
        "县级督促整改",
        "2024年7月10日",
        "已整改",
        "复查合格",
    ),
]


def write_hazmat(path: Path) -> Path:
    b = Book(path, author="危化科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 26, 16, 10, 38, 30, 14, 16, 26, 12])
    b.line(ws, 0, "危险化学品企业安全突击检查（暗访暗查）隐患整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市应急管理局危险化学品安全监督管理科    检查时间：2024年7月1日至7月5日（夜查）",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称（整改责任单位）",
            "所在县区",
            "隐患级别",
            "隐患描述",
            "整改措施",
            "督办层级",
            "整改期限",
            "整改完成情况",
            "复查意见",
        ],
    )
    for i, row in enumerate(HAZMAT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HAZMAT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 9, "突击检查企业12家，发现重大隐患2项、一般隐患23项，本表列入需跟踪整改的隐患8项"
    )
    b.line(ws, end + 2, "检查人：常宏伟、吕晓东    填表日期：2024年7月29日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 内部审计发现问题整改台账, after a 卫生康复职业学院's 审计整改工作实施办法 (被审计单位…在规定期限内采取措施进行
# 纠正、改进和处理…; 审计处具体负责督促落实审计整改日常工作; 计划财务处、后勤保障处等):
# https://svchr.edu.cn/sjc/info/1024/1027.htm
# An .xlsx: title naming the college, 填报单位 line (its 审计处), one header row whose rows name only the college's
# own 处/院 as 责任部门, 整改类型 (立行立改/分阶段整改/持续整改), 整改情况 and an 审计处复核 (销号) column, a
# 填表说明 and a signature line.
AUDIT_ROWS = [
    (
        "2023年度预算执行审计",
        "部分公务接待无接待清单，报销凭证不全",
        "立行立改",
        "计划财务处",
        "补齐接待清单和报销凭证，规范公务接待报销审核",
        "2024年5月31日",
        "已整改",
        "已销号",
    ),
    (
        "2023年度预算执行审计",
        "固定资产账实不符，已报废设备未及时核销",
        "分阶段整改",
        "国有资产管理处",
        "开展固定资产全面清查，按程序核销报废设备",
        "2024年9月30日",
        "部分整改，已核销报废设备126台",
        "未销号",
    ),
    (
        "学生公寓维修工程结算审计",
        "学生公寓维修工程多计工程量，多计工程款约4.3万元",
        "立行立改",
        "后勤保障处",
        "核减多计工程款",
        "2024年6月30日",
        "已核减工程款4.3万元",
        "已销号",
    ),
    (
        "学生公寓维修工程结算审计",
        "工程变更未履行审批手续",
        "分阶段整改",
        "后勤保障处",
        "修订工程变更管理办法，严格变更审批",
        "2024年12月31日",
        "已起草《工程变更管理办法》，待院长办公会审议",
        "未销号",
    ),
    (
        "原继续教育学院院长经济责任审计",
        "培训收入未及时上缴学院财务，滞留二级学院账户",
        "立行立改",
        "继续教育学院",
        "将滞留收入全额上缴学院财务",
        "2024年7月15日",
        "未整改",
        "",
    ),
    (
        "科研经费专项审计",
        "横向课题经费报销超范围列支",
        "分阶段整改",
        "科研处",
        "清理超范围列支费用，修订横向课题经费管理办法",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "收费管理专项审计",
        "学生住宿费减免审批程序不规范",
        "持续整改",
        "学生工作处",
        "建立住宿费减免审批制度",
        "长期坚持",
        "已建立审批制度，常态化执行",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计处")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 24, 36, 12, 16, 34, 16, 30, 12])
    b.line(ws, 0, "濮阳康复职业学院内部审计发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳康复职业学院审计处    填报日期：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计项目",
            "审计发现问题",
            "整改类型",
            "责任部门",
            "整改措施",
            "整改时限",
            "整改情况",
            "审计处复核",
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AUDIT_ROWS)
    b.line(ws, end + 1, "填表说明：整改完成并经审计处复核确认的，在“审计处复核”栏填写“已销号”。", 8)
    b.line(ws, end + 2, "审计处负责人：贺永刚    填表人：程露    联系电话：0393-4436218", 8)
    return b.close()


FILES = [
    ("中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十批）.xlsx", write_eco),
    ("市政协十届三次会议提案办理情况一览表.xls", write_cppcc),
    ("企业诉求马上办工单导出_20240730.csv", write_biz),
    ("会议议定事项督查督办报告书（2024年第7期）.wps", write_meeting),
    ("市委巡察反馈问题挂牌督办事项整改台账.et", write_patrol),
    ("2024年市政府十件民生实事进展情况表（截至7月25日）.xlsx", write_livelihood),
    ("有事你找我群众诉求办理台账（两单位）.zip", write_calls),
    ("岳村镇农村人居环境整治自查问题整改销号台账.xlsx", write_village),
    ("城关镇创建文明城市问题自查整改情况报告.docx", write_civic),
    ("危险化学品企业安全突击检查隐患整改台账.xlsx", write_hazmat),
    ("濮阳康复职业学院内部审计发现问题整改台账.xlsx", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

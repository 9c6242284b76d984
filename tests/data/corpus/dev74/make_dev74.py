"""Write the dev74 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), a CSV in UTF-8 with a
byte-order mark (a hotline system's export), a .docx whose items are numbered paragraphs, a .doc report in prose
(Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Campaigns: 巡察整改, 审计整改, 环保督察,
消防检查, 安全生产大检查, 人大代表建议, 政协提案, 12345热线, 窗口服务, 群众来信. Contents are made up; the statistics
date is 2024-07-31; all dates inside the files and all zip member times are fixed, so two runs give the same bytes.

Run from this folder: python make_dev74.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice on PATH).
"""

from __future__ import annotations

import codecs
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
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
                "bg_color": "#D9D9D9",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.group = add(
            {"border": 1, "bold": True, "valign": "vcenter", "font_name": "宋体", "bg_color": "#F2F2F2"}
        )
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
        )
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


def soffice(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to (the older binary copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


def _heading(doc, text: str, size: float = 16, font: str = "黑体") -> None:
    _paragraph(doc, text, size, font)


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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, font="宋体"):
    style = xlwt.XFStyle()
    f = xlwt.Font()
    f.name = font
    f.bold = bold
    f.height = size * 20
    style.font = f
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
# 1. 巡察整改, after a district 纪委监委's public notice of the progress of a round of 巡察整改 (巡察组向被巡察党组织
# 反馈巡察情况、移交问题清单; 反馈的问题完成整改若干个, 基本完成取得阶段性成果并持续整改若干个, 未完成若干个; 按照
# 《中国共产党巡视工作条例》有关规定，现将整改进展情况向社会公开，接受干部群众监督):
# http://jw.km.gov.cn/c/2023-01-29/4656419.shtml
# A .docx: the 党组's public notice of its 巡察整改 progress; the counts in the preamble, the problems as numbered
# paragraphs under three 方面 headings, each with its 责任科室 (sections of the sending bureau), measure, 整改时限 and
# 整改进展 in sentences; the contact line, the 党组 and the date at the foot.
PATROL_SECTIONS = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            "1.贯彻落实城镇老旧小区改造决策部署不够有力，2023年度改造任务完成率仅为82%。责任科室：城市更新科。"
            "整改措施：倒排工期、挂图作战，对未完工项目逐一督导。整改时限：2024年10月底前。整改进展：已制定2024年度"
            "改造计划，目前已开工38个小区，正在加快推进。",
            "2.建筑市场监管存在“宽松软”问题，对转包、违法分包行为查处偏少。责任科室：建筑市场监管科。整改措施："
            "常态化开展建筑市场执法检查，每季度通报一次查处情况。整改时限：长期坚持。整改进展：长期坚持。",
            "3.物业服务企业信用评价机制未建立，对物业服务企业监管手段单一。责任科室：房地产市场监管科。整改措施："
            "制定全市物业服务企业信用评价办法并组织实施。整改时限：2024年9月30日前。整改进展：因省级配套办法尚未出台，"
            "该项整改尚未启动。",
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            "4.住宅专项维修资金归集使用监管不严，2个小区维修资金被挪作他用。责任科室：房产科、财务科。整改措施："
            "追回被挪用资金，修订维修资金使用管理办法。整改时限：2024年5月31日。整改进展：已追回被挪用资金126万元，"
            "修订印发《住宅专项维修资金使用管理办法》，已完成整改。",
            "5.公务接待管理不规范，2023年存在无公函接待3批次。责任科室：办公室。整改措施：严格执行公务接待“一函一单”"
            "制度，对相关人员进行提醒谈话。整改时限：2024年5月20日。整改进展：已完成整改。",
            "6.基层党组织“三会一课”制度落实不到位，个别支部组织生活记录不全。责任科室：机关党委。整改措施：开展支部"
            "规范化建设专项检查，补齐工作记录。整改时限：2024年8月底。整改进展：正在组织各支部开展自查，已完成4个支部"
            "的规范化检查。",
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            "7.干部队伍年龄结构老化，规划设计、工程管理等专业技术人才短缺。责任科室：人事科。整改措施：通过公开招聘、"
            "遴选等方式充实专业技术力量。整改时限：2024年12月底前。整改进展：已拟定2024年公开招聘计划，正在报批。",
            "8.上轮巡察反馈的房屋网签备案系统数据不准确问题整改不彻底。责任科室：房地产市场监管科。整改措施：全面清理"
            "核对网签备案数据，完善数据校验功能。整改时限：2024年6月30日。整改进展：已完成系统数据清理核对，经市委"
            "巡察办验收合格，已销号。",
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("局办公室")
    _title(doc, "中共濮阳市住房和城乡建设局党组关于市委第三巡察组反馈意见整改进展情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月4日至4月19日，市委第三巡察组对市住房和城乡建设局党组开展了常规巡察，并于2024年"
        "5月8日反馈了巡察意见。局党组坚持把巡察整改作为重大政治任务，逐条制定整改措施，明确责任科室和整改时限，"
        "实行清单化管理、销号式推进。按照《中国共产党巡视工作条例》有关规定，现将整改进展情况予以公开，接受干部群众监督。",
    )
    _paragraph(
        doc,
        "截至2024年7月26日，巡察反馈的3个方面8个具体问题，已完成整改3个，基本完成取得阶段性成果并持续整改4个，"
        "未完成1个。具体如下：",
    )
    for heading, paras in PATROL_SECTIONS:
        _heading(doc, heading)
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，局党组将持续压紧压实整改责任，对已完成的整改事项适时开展“回头看”，对需要长期坚持的事项常态化推进，"
        "确保巡察整改取得实效。欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0393-4418826；电子邮箱："
        "pyzjjxczg@163.com。",
    )
    _paragraph(doc, "中共濮阳市住房和城乡建设局党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 审计整改, after a district 审计局's account of how it checks and rules on the 整改 of the problems its reports found
# (对整改责任主体报送的整改证明材料进行逐笔逐项复核; 整改到位的认定为“已整改”，难以在一定期限内完全整改到位的认定为
# “持续整改”并继续督促推进，整改期满仍不符合要求的认定为“未整改”):
# https://yohu9.com/newsshow-214114.html
# An .xlsx: title, 填报单位/截至日期 line, one header row with the 审计项目 and 报告文号 beside the 整改责任单位 (the audited
# unit, former and short names among them), 整改期限 as dates, the audited unit's own 整改情况 beside the audit office's
# 复核认定 (已整改/持续整改/未整改), a 合计 row, a 认定标准 note and a signature line.
AUDIT_ROWS = [
    (
        "市教育局2023年度预算执行审计",
        "濮审报〔2024〕3号",
        "资金管理",
        "学生资助资金未按规定及时足额发放，滞留资金86.5万元",
        "市教育局",
        date(2024, 3, 31),
        "已将滞留资金全部发放到位，并提供发放明细",
        "已整改",
        "财政审计科",
    ),
    (
        "市城管执法局2023年度预算执行审计",
        "濮审报〔2024〕5号",
        "收入管理",
        "城市道路挖掘修复费收入未及时缴入国库，涉及金额312万元",
        "市城管执法局",
        date(2024, 4, 30),
        "已全额缴入国库",
        "已整改",
        "财政审计科",
    ),
    (
        "医疗保障基金专项审计",
        "濮审报〔2024〕9号",
        "基金管理",
        "部分定点医药机构违规结算医保基金，涉及金额47.3万元",
        "市医保局",
        date(2024, 9, 30),
        "已追回28.6万元，剩余部分正在追缴",
        "持续整改",
        "社会保障审计科",
    ),
    (
        "濮阳县2023年度财政预算执行审计",
        "濮审报〔2024〕11号",
        "政府采购",
        "12个政府采购项目未按规定公开采购意向",
        "濮阳县财政局",
        date(2024, 2, 29),
        "已补充公开，并建立采购意向公开审核机制",
        "已整改",
        "财政审计科",
    ),
    (
        "基层医疗卫生机构能力建设资金审计",
        "濮审报〔2024〕14号",
        "资产管理",
        "基层医疗卫生机构购置的医疗设备长期闲置，涉及资金215万元",
        "市卫计委",
        date(2024, 12, 31),
        "因部分乡镇卫生院缺少专业操作人员，已调剂使用3台，其余设备正在统筹调配",
        "持续整改",
        "社会保障审计科",
    ),
    (
        "市住房公积金管理中心2023年度审计",
        "濮审报〔2024〕16号",
        "业务管理",
        "个别职工违规提取住房公积金，涉及金额19.8万元",
        "市公积金中心",
        date(2024, 6, 30),
        "未按期整改",
        "未整改",
        "金融审计科",
    ),
    (
        "农村公路建设养护资金专项审计",
        "濮审报〔2024〕21号",
        "资金拨付",
        "农村公路养护资金配套不到位，欠拨1260万元",
        "市交通运输局",
        date(2024, 10, 31),
        "",
        "",
        "固定资产投资审计科",
    ),
    (
        "清丰县高标准农田建设项目审计",
        "濮审报〔2024〕18号",
        "工程管理",
        "未按合同约定扣留工程质量保证金，涉及金额64万元",
        "清丰县农业农村局",
        date(2024, 5, 31),
        "已扣留质量保证金并调整账务",
        "已整改",
        "固定资产投资审计科",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="法规审理科")
    ws = b.sheet("整改认定台账")
    b.widths(ws, [6, 26, 16, 10, 36, 16, 12, 34, 10, 16])
    b.line(ws, 0, "2023年度审计查出问题整改情况复核认定台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局（盖章）    统计截至：2024年7月25日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "审计项目",
            "审计报告文号",
            "问题类别",
            "审计查出问题",
            "整改责任单位",
            "整改期限",
            "被审计单位整改情况",
            "复核认定",
            "审计科室",
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
        b.put(ws, 2 + i, 8, row[7], b.center)
    end = 3 + len(AUDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "问题8个：已整改4个，持续整改2个，未整改1个，尚未认定1个")
    b.line(
        ws,
        end + 1,
        "认定标准：整改证据充分、整改效果符合要求的，认定为“已整改”；因体制机制、历史遗留等原因短期内确实难以完全"
        "整改到位、需持续推进的，认定为“持续整改”；整改期满仍不符合要求的，认定为“未整改”。",
        9,
    )
    b.line(
        ws,
        end + 2,
        "审核人：郑国华    填表人：宋雅琳    联系电话：0393-4890615    填报日期：2024年7月26日",
        9,
    )
    ws.set_row(end + 1, 36)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 环保督察, after a district's publication of the 第六批 群众信访举报 that the 中央生态环境保护督察组 passed on (截至…，
# 对督察组移交的第六批群众信访举报件，各责任单位均按要求上报调查处理情况，目前已全部办结（含阶段性办结）; 附件:
# 群众信访举报转办和边督边改公开情况一览表):
# http://cqyznews.com/yzq_content/2024-05/27/content_10685731.htm
# An .xls (xlwt): the 一览表 with its title and 批次/截至 line, one header row in the inspectors' own words (受理编号,
# 交办问题基本情况, 行政区域, 污染类型, 调查核实情况, 是否属实, 处理和整改情况), a 责任单位 column (county governments,
# a short name and a former name among them) and an 办结情况 column (已办结/阶段性办结/正在办理); deadlines only where
# the 处理和整改情况 text names one; a 注 line with the counts and the office and date at the foot.
ENV_ROWS = [
    (
        "D2HA202407160005",
        "反映华龙区胜利路与京开大道交叉口东北角一烧烤店夜间油烟直排，影响周边居民休息",
        "华龙区",
        "大气",
        "经现场核查，该烧烤店未安装油烟净化设施，油烟经排风扇直排",
        "属实",
        "已责令该店安装油烟净化设施并投入使用，经复查油烟排放达标",
        "华龙区人民政府",
        "已办结",
    ),
    (
        "D2HA202407160011",
        "反映濮阳县化工产业集聚区内企业夜间排放刺鼻气味",
        "濮阳县",
        "大气",
        "经核查，集聚区内1家企业废气收集设施密闭不严，存在无组织排放",
        "部分属实",
        "已责令该企业对废气收集设施进行密闭改造，计划于2024年8月31日前完成",
        "濮阳县人民政府",
        "阶段性办结",
    ),
    (
        "X2HA202407170002",
        "反映清丰县马庄桥镇某生猪养殖场粪污直排村东沟渠",
        "清丰县",
        "水、土壤",
        "经核查，该养殖场粪污暂存池破损，部分粪污渗漏至沟渠",
        "属实",
        "已修复暂存池，清理沟渠粪污约30立方米，对该养殖场立案处罚",
        "清丰县人民政府",
        "已办结",
    ),
    (
        "D2HA202407180020",
        "反映濮阳经济技术开发区某住宅项目工地夜间施工噪声扰民",
        "开发区",
        "噪声",
        "经核查，该工地存在夜间混凝土浇筑作业，未办理夜间施工许可",
        "属实",
        "已责令该工地22时至次日6时停止高噪声作业，对施工单位予以处罚",
        "市住建局",
        "已办结",
    ),
    (
        "X2HA202407190004",
        "反映范县陈庄镇一砖厂无环保手续违法生产，烟尘污染严重",
        "范县",
        "大气",
        "经核查，该砖厂已于2023年10月拆除关停，现场无生产迹象",
        "不属实",
        "已向举报人反馈核查结果",
        "范县人民政府",
        "已办结",
    ),
    (
        "D2HA202407200013",
        "反映南乐县城区永顺沟河道水体发黑发臭",
        "南乐县",
        "水",
        "经核查，该河段存在雨污混流，局部水体黑臭",
        "属实",
        "正在实施河道清淤和截污纳管工程，计划2024年10月底前完工",
        "南乐县人民政府",
        "正在办理",
    ),
    (
        "D2HA202407220008",
        "反映台前县城区某加油站卸油时油气味较大",
        "台前县",
        "大气",
        "经核查，该加油站油气回收装置未正常运行",
        "属实",
        "已对该加油站立案调查，责令其维修油气回收装置",
        "市环保局",
        "正在办理",
    ),
]


def write_env(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16, font="方正小标宋简体")
    sub = _xf(border=False, center=True)
    h, c, ctr = _xf(bold=True, center=True, font="黑体"), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "生态环境保护督察群众信访举报转办和边督边改公开情况一览表", t, 0, last),
        (1, 0, "（第八批    截至2024年7月26日）", sub, 1, last),
    ]
    words = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "责任单位",
        "办结情况",
        "备注",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(ENV_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 6, 9) else c))
        cells.append((r, last, "", c))
    r = 3 + len(ENV_ROWS)
    cells += [
        (
            r,
            0,
            "注：本批次共转办信访举报件7件，已办结4件，阶段性办结1件，正在办理2件；未办结的信访件将按要求持续推进并"
            "适时公开办理结果。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "濮阳市生态环境保护督察协调联络组办公室    2024年7月26日", plain, r + 1, last),
    ]
    widths = [6, 20, 40, 10, 10, 34, 10, 40, 16, 12, 8]
    return _write_xls(path, [("第八批", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 4. 消防检查, after a provincial 消防救援总队's exposure of 高层建筑消防安全隐患单位 (深入开展消防安全隐患排查与曝光行动,
# 公开曝光高层建筑消防安全隐患单位42家，其中17家小区、物业存在2处以上消防安全隐患; 希望以下单位及时整改隐患):
# https://news.hbtv.com.cn/p/4511117.html
# An .xlsx: title, 填报单位/曝光时间/统计截至 line, one header row with the 小区 beside its 物业服务企业 (the 整改责任单位)
# and the 消防救援大队 that checked it (an inspector), a cell listing one or more hazards, 检查时间 and 整改期限 as dates
# or text, the 复查 result as 整改情况, a 注 line and a 填表人 line.
FIRE_ROWS = [
    (
        "华龙区",
        "恒泰花园",
        "濮阳市恒信物业服务有限公司",
        "1.消防控制室值班人员未持证上岗；2.2号楼消防水泵处于手动状态",
        date(2024, 7, 2),
        "华龙区消防救援大队",
        date(2024, 7, 12),
        "已整改，复查合格",
    ),
    (
        "华龙区",
        "龙城花园",
        "濮阳市安居物业管理有限公司",
        "楼道内电动自行车违规停放充电，1单元、3单元尤为突出",
        date(2024, 7, 2),
        "华龙区消防救援大队",
        date(2024, 7, 9),
        "正在清理，已安装电动车集中充电桩20个",
    ),
    (
        "濮阳县",
        "文昌苑小区",
        "濮阳县鑫泰物业服务有限公司",
        "1.3号楼、5号楼室内消火栓无水；2.消防水泵房出水阀门处于关闭状态",
        date(2024, 7, 3),
        "濮阳县消防救援大队",
        date(2024, 7, 20),
        "未整改",
    ),
    (
        "开发区",
        "世纪城",
        "濮阳世纪城物业管理有限公司",
        "常闭式防火门处于常开状态，部分闭门器损坏",
        date(2024, 7, 3),
        "开发区消防救援大队",
        date(2024, 7, 10),
        "已整改",
    ),
    (
        "华龙区",
        "锦绣江南",
        "濮阳市锦绣物业服务有限公司",
        "消防车通道被私家车占用，未设置禁停标识",
        date(2024, 7, 5),
        "华龙区消防救援大队",
        "2024年7月15日",
        "",
    ),
    (
        "清丰县",
        "阳光新城",
        "清丰县阳光物业管理有限公司",
        "火灾自动报警系统故障，部分感烟探测器被遮挡",
        date(2024, 7, 8),
        "清丰县消防救援大队",
        "2024年8月底前",
        "已委托维保单位维修，正在更换探测器",
    ),
    (
        "南乐县",
        "昌明花园",
        "南乐县昌明物业服务有限公司",
        "疏散指示标志损坏，楼梯间应急照明不亮",
        date(2024, 7, 8),
        "南乐县消防救援大队",
        date(2024, 7, 18),
        "已整改完毕",
    ),
    (
        "华龙区",
        "中原绿城",
        "濮阳市绿城物业服务有限公司",
        "1.屋顶消防水箱水位不足；2.稳压泵故障，管网压力不足",
        date(2024, 7, 10),
        "华龙区消防救援大队",
        date(2024, 7, 25),
        "复查未通过，仍未整改",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督处")
    ws = b.sheet("曝光单位整改情况")
    b.widths(ws, [6, 10, 14, 28, 40, 12, 18, 14, 30])
    b.line(ws, 0, "高层住宅小区消防安全隐患曝光单位整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市消防救援支队（防火监督处）    曝光时间：2024年7月11日    统计截至：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "所属区域",
            "小区名称",
            "物业服务企业（整改责任单位）",
            "存在的消防安全隐患",
            "检查时间",
            "检查单位",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        if isinstance(row[6], date):
            b.put(ws, r, 7, row[6], b.cnday)
    end = 3 + len(FIRE_ROWS)
    b.line(ws, end, "注：整改情况由属地消防救援大队复查后填写；逾期未整改的，依法实施处罚并再次公开曝光。", 8)
    b.line(ws, end + 1, "填表人：冯子涵    审核人：高建伟    联系电话：0393-8819119", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 安全生产大检查“回头看”, after an account of the national 安全生产大检查“回头看” (检查组深入基层一线实地督查，查处隐患，
# 复查问题隐患若干项、已整改若干项; 针对检查中发现的地方各级政府及部门和企业存在的问题隐患形成台帐和清单，以安委办
# 名义发出整改通知，督促其举一反三、立行立改):
# http://sheepishcreations.com/news/detail/17.html
# An .xlsx: title, 填报单位 line, a two-row header (问题隐患 over 类别/具体情况, 复查情况 over 复查时间/复查结果) with the
# 检查组 and the 被检查地区 beside the 整改责任单位 (county governments, enterprises, a hospital, a short name), the
# 整改时限 as dates or text (年底前, 9月底前, 常态化推进), a 合计 row, a 注 line and a 填表人 line.
SAFETY_ROWS = [
    (
        "第一检查组",
        "濮阳县",
        "责任落实",
        "县安委会成员单位安全生产“三个必须”职责清单未及时更新",
        "濮阳县人民政府",
        date(2024, 7, 31),
        date(2024, 7, 26),
        "已整改",
    ),
    (
        "第一检查组",
        "濮阳县",
        "危险化学品",
        "储罐区可燃气体报警仪未按规定定期检定",
        "濮阳宏业化工有限公司",
        date(2024, 7, 20),
        date(2024, 7, 22),
        "复查合格",
    ),
    (
        "第二检查组",
        "清丰县",
        "建筑施工",
        "住宅项目塔式起重机司机无证上岗",
        "河南鑫源建设工程有限公司",
        date(2024, 7, 15),
        date(2024, 7, 23),
        "未整改",
    ),
    (
        "第二检查组",
        "市直",
        "城镇燃气",
        "部分老旧燃气管网未按计划完成更新改造",
        "市燃气公司",
        "2024年底前",
        date(2024, 7, 24),
        "正在推进，已完成改造12.6公里",
    ),
    (
        "第三检查组",
        "南乐县",
        "道路交通",
        "农村公路临水临崖路段防护栏缺失",
        "南乐县交通运输局",
        "2024年9月底前",
        "",
        "",
    ),
    (
        "第三检查组",
        "华龙区",
        "消防安全",
        "医院住院楼疏散通道堆放杂物、安全出口上锁",
        "濮阳市第三人民医院",
        date(2024, 7, 10),
        date(2024, 7, 12),
        "已整改",
    ),
    (
        "第四检查组",
        "范县",
        "工贸行业",
        "金属加工车间粉尘涉爆区域未按规定清扫，积尘严重",
        "范县永兴机械制造有限公司",
        date(2024, 7, 25),
        date(2024, 7, 26),
        "部分整改，除尘系统正在改造",
    ),
    (
        "第四检查组",
        "台前县",
        "责任落实",
        "乡镇安全生产网格员配备不足，隐患排查流于形式",
        "台前县人民政府",
        "常态化推进",
        date(2024, 7, 26),
        "常态化推进",
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("问题隐患整改台账")
    b.widths(ws, [6, 12, 12, 12, 40, 26, 14, 12, 28])
    b.line(ws, 0, "2024年安全生产大检查“回头看”发现问题隐患整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市安全生产委员会办公室    填报日期：2024年7月29日", 8)
    for col, word in enumerate(["序号", "检查组", "被检查地区（单位）"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "问题隐患", b.head)
    b.header(ws, 3, ["类别", "具体情况"], first=3)
    b.merge(ws, 2, 5, 3, 5, "整改责任单位", b.head)
    b.merge(ws, 2, 6, 3, 6, "整改时限", b.head)
    b.merge(ws, 2, 7, 2, 8, "复查情况", b.head)
    b.header(ws, 3, ["复查时间", "复查结果"], first=7)
    for i, row in enumerate(SAFETY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SAFETY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "复查问题隐患8项，已整改3项，正在整改2项，未整改1项")
    b.line(
        ws,
        end + 1,
        "注：整改时限到期后由各检查组组织复查，复查结果填写“已整改”“复查合格”“正在整改”或“未整改”。",
        8,
    )
    b.line(ws, end + 2, "填表人：韩晓东    审核人：袁志强    联系电话：0393-4419087", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 人大代表建议, after a county government's report to the 人大常委会 on how the 代表意见建议 were handled (交办人大代表
# 意见建议80件…分解交由30个部门单位办理; 已经落实的“A”类, 正在落实或列入计划落实的“B”类, 暂时难以落实待以后创造
# 条件落实的“C”类; under each class the suggestions in prose: 根据某某等代表提出的“…”的建议, 某单位…):
# http://gssn.gov.cn/hdjl/rdjy/202312/t20231212_1154658.html
# A .doc (Word 97 via LibreOffice): the 市政府's report, its salutation and preamble, the suggestions as prose paragraphs
# under the A/B/C headings (the 代表 who proposed it and the 承办单位 that handles it in the same sentence, a short name,
# schedules in words), then the 存在的问题 and 下一步 sections.
NPC_PARAS = [
    (
        "（一）已经落实的建议",
        [
            "城建交通方面：根据王立新等代表提出的“关于加快建设城区智慧停车系统的建议”，市城市管理局建成全市智慧停车"
            "管理平台，新增公共停车泊位1200个，该建议已落实。",
            "医疗保障方面：根据李红霞等代表提出的“关于提高城乡居民门诊报销比例的建议”，市医疗保障局于2024年5月出台"
            "门诊共济保障实施细则，普通门诊报销比例提高至55%，该建议已落实。",
            "道路治超方面：根据赵国强代表提出的“关于整治国道106濮阳段货车超限超载的建议”，市交通运输局会同市公安局"
            "交通管理支队设立固定治超站2处，常态化开展联合执法，该建议已落实。",
        ],
    ),
    (
        "（二）正在落实或列入计划落实的建议",
        [
            "根据刘振华等代表提出的“关于改造濮水河沿线老旧排水管网的建议”，市住房和城乡建设局已将该项目列入2024年"
            "城市更新计划，目前正在进行施工图设计，计划2024年12月底前完工。",
            "根据孙美玲代表提出的“关于在农村学校配备专职心理健康教师的建议”，市教育局已制定分步实施方案，2024年秋季"
            "学期起在30所农村学校试点，2025年底前实现全覆盖。",
            "根据陈建军等代表提出的“关于开通清丰至南乐城际公交线路的建议”，市公交公司已完成线路勘察和站点设置，计划"
            "2024年9月底前开通试运行。",
        ],
    ),
    (
        "（三）暂时难以落实的建议",
        [
            "根据周志刚代表提出的“关于在濮阳县建设第二水厂的建议”，因项目投资大、水源论证尚未完成，濮阳县人民政府"
            "暂时难以落实，待以后创造条件逐步解决。",
        ],
    ),
]


def write_npc_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于市八届人大四次会议代表建议办理情况的报告")
    _paragraph(
        doc, "——2024年7月24日在市八届人大常委会第十九次会议上", 16, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph(doc, "濮阳市人民政府办公室主任  王海涛", 16, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市人大常委会主任、各位副主任、各位委员：", indent=False)
    _paragraph(doc, "受市人民政府委托，我向市人大常委会报告市八届人大四次会议代表建议办理情况，请予审议。")
    _heading(doc, "一、办理情况")
    _paragraph(
        doc,
        "市八届人大四次会议闭幕后，市人大常委会向市政府交办代表建议126件，市政府按照“分级负责、归口办理”的原则，"
        "将代表建议分解交由42个承办单位办理。其中已经落实的“A”类建议98件，正在落实或列入计划落实的“B”类建议23件，"
        "暂时难以落实待以后创造条件落实的“C”类建议5件。现将市政府督查室跟踪督办的7件建议办理情况报告如下：",
    )
    for heading, paras in NPC_PARAS:
        _heading(doc, heading, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _heading(doc, "二、存在的问题")
    _paragraph(
        doc,
        "个别承办单位与代表沟通不够充分，答复内容针对性不强；部分建议受资金、政策等因素制约，落实进度较慢。",
    )
    _heading(doc, "三、下一步工作打算")
    _paragraph(
        doc,
        "对B类、C类建议，市政府将建立跟踪台账，定期调度，确保承诺事项按期兑现，切实把代表建议办理成果转化为"
        "推动发展、改善民生的实际成效。",
    )
    return _save_fixed(doc, path)


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_docx, path, "doc", "代表建议办理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 政协提案, after a county's 人大代表建议、政协委员提案交办会议 (通报政协会议以来提案收集、立案情况, 重点提案遴选情况,
# 开展提案办理“回头看”暨民主评议; 各级各部门要积极采纳科学合理的建议, 强化督查督办, 跟踪督办):
# https://seebrin.com/zwgk/ztzl/2023hygk/content/post_2622578.html
# An .et (Excel 97 via LibreOffice): the government 督查室's 提案办理情况台账: title, 填报单位/统计截至 line, one header
# row with the 提案号, the 提案人 (委员 or a party's 市委员会, the proposer), the 案由, 主办单位 and 会办单位 (short and
# former names), 是否重点提案, 办复时限, 办理进度, 办复时间 and 委员意见, a 合计 row, a 注 line and a 填表人 line.
CPPCC_ROWS = [
    (
        "第0012号",
        "王建华",
        "关于加强城区老旧小区电动自行车充电设施建设的提案",
        "市住建局",
        "市消防救援支队、国网濮阳供电公司",
        "否",
        "2024年6月30日",
        "已办复",
        date(2024, 5, 28),
        "满意",
    ),
    (
        "第0027号",
        "民盟濮阳市委员会",
        "关于推进中小学课后服务提质增效的提案",
        "市教育局",
        "市财政局",
        "是",
        "2024年8月31日",
        "正在办理",
        "",
        "",
    ),
    (
        "第0035号",
        "李静",
        "关于规范城区校外培训机构收费行为的提案",
        "市市场监管局",
        "市教育局",
        "否",
        "2024年6月30日",
        "已办复",
        date(2024, 6, 20),
        "基本满意",
    ),
    (
        "第0041号",
        "张卫东",
        "关于建设濮阳区域性冷链物流中心的提案",
        "市商务局",
        "市发改委",
        "是",
        "2024年10月31日",
        "已列入计划，正在开展前期论证",
        "",
        "",
    ),
    (
        "第0056号",
        "农工党濮阳市委员会",
        "关于加强基层医疗机构全科医生队伍建设的提案",
        "市卫健委",
        "市人社局",
        "否",
        "2024年6月30日",
        "",
        "",
        "",
    ),
    (
        "第0063号",
        "刘晓燕",
        "关于增加城区公共厕所数量并延长开放时间的提案",
        "市城管局",
        "华龙区人民政府",
        "否",
        "2024年6月30日",
        "逾期未办",
        "",
        "",
    ),
    (
        "第0078号",
        "郭志勇",
        "关于保护利用戚城遗址文化资源的提案",
        "市文广新局",
        "市自然资源和规划局",
        "否",
        "2024年6月30日",
        "已办复",
        date(2024, 7, 10),
        "满意",
    ),
]


def write_cppcc_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("提案办理台账")
    b.widths(ws, [6, 10, 18, 40, 16, 24, 8, 16, 24, 14, 10])
    b.line(ws, 0, "市政协九届三次会议提案办理情况台账（市政府系统承办）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府督查室    统计截至：2024年7月26日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "提案号",
            "提案人",
            "案由",
            "主办单位",
            "会办单位",
            "是否重点提案",
            "办复时限",
            "办理进度",
            "办复时间",
            "委员意见",
        ],
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CPPCC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "承办提案7件，已办复3件，正在办理2件，逾期未办1件")
    b.line(
        ws, end + 1, "注：办理进度栏填写“已办复”“正在办理”或“逾期未办”；重点提案由市政府领导领衔督办。", 10
    )
    b.line(ws, end + 2, "填表人：程丽娟    联系电话：0393-4416035", 10)
    return b.close()


def write_cppcc(path: Path) -> Path:
    return via_soffice(write_cppcc_book, path, "xls", "提案办理情况台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 12345热线督办, after a city's report of a 12345马上办便民服务热线 督办 (市民来电反映…希望督促相关部门; 热线工作人员
# 实地查看，与相关单位现场办公; 督办人员表示…将会同新闻媒体持续关注):
# http://news.zgldw.com/20210515/2839286.html
# A CSV in UTF-8 with a byte-order mark, as the hotline system exports it: a title line, an 导出时间 line, one header
# line (工单编号, 来电时间, 诉求标题 beside 诉求内容, 承办单位 with short names, 督办类型, 派单时间 as the base of
# N个工作日, 办理时限, 工单状态, 办结时间, 回访结果), and a 共N条 line.
HOTLINE_ROWS = [
    (
        "ZYB2407080031",
        "2024-07-08 09:12:36",
        "投诉",
        "路灯不亮",
        "反映华龙区京开大道与黄河路交叉口向南约200米路段路灯连续一周不亮，夜间出行不便",
        "市城管局",
        "一般督办",
        "2024-07-08 10:05:12",
        "2024-07-15",
        "已办结",
        "2024-07-11 16:20:45",
        "满意",
    ),
    (
        "ZYB2407090017",
        "2024-07-09 08:47:03",
        "求助",
        "高层供水水压不足",
        "反映开州路街道建设路某小区二次供水水压不足，12层以上住户早晚高峰基本无水",
        "市自来水公司",
        "一般督办",
        "2024-07-09 09:30:26",
        "5个工作日",
        "办理中",
        "",
        "",
    ),
    (
        "ZYB2407100052",
        "2024-07-10 17:35:41",
        "投诉",
        "菜市场周边占道经营",
        "反映华龙区人民路某菜市场周边流动摊贩占道经营严重，早晚高峰堵塞交通",
        "华龙区人民路街道办事处",
        "重点督办",
        "2024-07-11 08:40:10",
        "2024-07-19",
        "已超期",
        "",
        "",
    ),
    (
        "ZYB2407110009",
        "2024-07-11 10:22:18",
        "投诉",
        "物业擅自涨价",
        "反映濮阳县城关镇某小区物业公司未经业主大会同意擅自提高物业费",
        "濮阳县住房和城乡建设局",
        "一般督办",
        "2024-07-11 11:02:33",
        "2024-07-22",
        "已办结",
        "2024-07-18 15:46:02",
        "不满意",
    ),
    (
        "ZYB2407150064",
        "2024-07-15 07:58:20",
        "建议",
        "信号灯配时",
        "反映胜利路与长庆路交叉口信号灯配时不合理，由东向北左转等待时间过长",
        "市交警支队",
        "一般督办",
        "2024-07-15 09:15:47",
        "10个工作日",
        "延期办理",
        "",
        "",
    ),
    (
        "ZYB2407160023",
        "2024-07-16 21:06:55",
        "投诉",
        "频繁停电",
        "反映中原路某小区周边近半月频繁停电，影响居民正常生活",
        "供电公司",
        "重点督办",
        "2024-07-17 08:32:19",
        "2024-07-24",
        "已反馈",
        "2024-07-22 11:08:30",
        "满意",
    ),
    (
        "ZYB2407180041",
        "2024-07-18 22:14:09",
        "投诉",
        "驾校夜间练车扰民",
        "反映华龙区某驾校训练场夜间练车至23时，发动机和喇叭声扰民",
        "市交通运输局",
        "一般督办",
        "2024-07-19 08:50:02",
        "2024-07-26",
        "办理中",
        "",
        "",
    ),
    (
        "ZYB2407190015",
        "2024-07-19 14:40:27",
        "投诉",
        "培训机构停课不退费",
        "反映某英语培训机构收取学费后突然停课，拒不退还剩余课时费用",
        "市教育局",
        "重点督办",
        "2024-07-19 15:36:48",
        "2024-07-30",
        "已办结",
        "2024-07-29 17:02:11",
        "满意",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345马上办便民服务热线督办工单明细表"])
    w.writerow(
        ["导出时间：2024-07-31 09:30:15    导出人：督办科    查询条件：督办日期 2024-07-01至2024-07-31"]
    )
    w.writerow(
        [
            "序号",
            "工单编号",
            "来电时间",
            "诉求类型",
            "诉求标题",
            "诉求内容",
            "承办单位",
            "督办类型",
            "派单时间",
            "办理时限",
            "工单状态",
            "办结时间",
            "回访结果",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow([f"共{len(HOTLINE_ROWS)}条记录"])
    path.write_bytes(codecs.BOM_UTF8 + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 窗口服务, after a provincial 作风整顿 office's notice of its 明察暗访 of 窗口服务突出问题 (部分窗口单位制度建设不规范;
# 部分窗口工作人员纪律涣散: 玩手机、闲聊、随意离开岗位; 有的工作人员服务态度缺少耐心、与群众发生争吵; 部分窗口服务
# 效率低下: 每个工作日只发放若干预约号):
# https://story.dbw.cn/system/2018/05/02/057984019.shtml
# An .xlsx: title, 交办单位/交办日期 line (the date 立行立改 counts from), one header row, the problems grouped under
# the notice's four headings as merged group rows, the 暗访地点 beside the 责任单位 (short names among them), 整改时限 as
# text (立行立改, 8月底前, 长期坚持), a 注 line and a 填表人 line.
WINDOW_GROUPS = [
    (
        "一、制度建设不规范（2个）",
        [
            (
                "市民之家一楼综合咨询台",
                "首问负责制、一次性告知制等制度公示不全，张贴分散在大厅立柱上",
                "市行政服务中心",
                "统一制作制度公示牌，集中公示",
                "2024年7月15日",
                "已统一制作公示牌，整改完成",
            ),
            (
                "不动产登记大厅",
                "窗口工作人员未佩戴工作牌，服务台未摆放岗位信息牌",
                "市不动产登记中心",
                "规范着装，实行亮牌服务",
                "2024年7月10日",
                "已整改",
            ),
        ],
    ),
    (
        "二、工作纪律涣散（3个）",
        [
            (
                "社保服务大厅",
                "社保窗口2名工作人员工作时间玩手机、闲聊",
                "市人社局",
                "对相关人员批评教育，纳入月度考核",
                "立行立改",
                "已整改，对2名工作人员通报批评",
            ),
            (
                "医保服务大厅",
                "医保窗口工作人员多次离岗，最长离岗25分钟，群众等候无人接待",
                "市医保局",
                "建立AB岗和离岗登记制度",
                "2024年7月12日",
                "正在完善AB岗和离岗登记制度",
            ),
            (
                "华龙区政务服务中心",
                "上班时间8:30仍有4个窗口无人在岗",
                "华龙区政务服务中心",
                "严格执行考勤制度，每日早班点名",
                "2024年7月10日",
                "",
            ),
        ],
    ),
    (
        "三、服务态度生硬（1个）",
        [
            (
                "出入境接待大厅",
                "出入境窗口工作人员答复咨询态度生硬，与办事群众发生争执",
                "市公安局",
                "约谈窗口负责人，开展服务礼仪培训",
                "2024年7月31日",
                "未整改",
            ),
        ],
    ),
    (
        "四、服务效率低下（2个）",
        [
            (
                "公积金服务大厅",
                "公积金提取业务每日限号80个，群众需多次往返排队",
                "市公积金中心",
                "取消限号，推行线上预约和延时服务",
                "2024年8月底前",
                "已取消限号，正在推行线上预约",
            ),
            (
                "市民之家二楼",
                "部分窗口“好差评”评价器未启用，差评未及时回访",
                "市行政服务中心",
                "常态化开展窗口效能监测和差评回访",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_window(path: Path) -> Path:
    b = Book(path, author="营商办督查组")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 20, 40, 18, 30, 14, 30])
    b.line(ws, 0, "集中整治窗口服务突出问题明察暗访发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "交办单位：濮阳市优化营商环境工作领导小组办公室    交办日期：2024年7月5日（整改时限自交办之日起计算）",
        6,
    )
    b.header(ws, 2, ["序号", "暗访地点", "发现问题", "责任单位", "整改措施", "整改时限", "整改进展"])
    r, n = 3, 0
    for heading, rows in WINDOW_GROUPS:
        b.merge(ws, r, 0, r, 6, heading, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "注：整改进展请责任单位于每月25日前报送，已整改的附佐证材料。", 6)
    b.line(ws, r + 1, "填表人：马骁    联系电话：0393-8996512    填报日期：2024年7月29日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 群众来信, after a county's monthly account of the letters to its “县长信箱” (共收到群众来信若干件，已办理若干件，
# 网站公开若干件; 网民来信涉道路交通、教育、就业招聘、医疗卫生、市场收费、环境卫生等多方面事项，已通过来信回复、
# 电话回访、现场解答做好相关解答工作，并告知来信网民具体负责部门):
# http://www.ywjingxing.com.cn/zmhd/lytj/202507/t20250722_1967642.html
# A .zip of two returns: a county's 县长信箱 登记表 (.xlsx: title, 填报单位 line, one header row with the 来信人 (the
# writer) beside the 转办单位, 办理时限 as dates, 办理情况 and 是否网站公开, a 合计 line and an 经办人 line) and a
# district's 区长信箱 通报 (.docx: the letters as numbered paragraphs, each with its 承办单位, 办理时限 and 办理情况 in
# sentences).
LETTER_ROWS = [
    (
        "QF-2407-001",
        date(2024, 7, 2),
        "张**",
        "教育",
        "反映清丰县实验小学附近校外托管机构无证经营、卫生条件差",
        "清丰县教育局",
        date(2024, 7, 16),
        "已办结，已联合市场监管部门取缔无证托管点1处",
        "是",
    ),
    (
        "QF-2407-002",
        date(2024, 7, 4),
        "李**",
        "医疗卫生",
        "反映清丰县人民医院门诊挂号排队时间长，自助挂号机经常故障",
        "清丰县卫生健康委员会",
        date(2024, 7, 18),
        "正在办理，已协调医院增设自助挂号机4台",
        "否",
    ),
    (
        "QF-2407-003",
        date(2024, 7, 8),
        "王**",
        "市场收费",
        "反映城区某停车场收费标准未公示、超标准收费",
        "清丰县市场监督管理局",
        date(2024, 7, 22),
        "",
        "否",
    ),
    (
        "QF-2407-004",
        date(2024, 7, 10),
        "赵**",
        "环境卫生",
        "反映城关镇北街生活垃圾清运不及时，夏季异味严重",
        "清丰县城关镇人民政府",
        date(2024, 7, 24),
        "已办结",
        "是",
    ),
]

MAILBOX_PARAS = [
    "1.网民反映黄河路办事处辖区某小区地下车库长期积水、蚊虫滋生（来信时间：7月5日）。承办单位：华龙区住房和城乡"
    "建设局。办理时限：7月19日前。办理情况：已组织物业抽排积水并维修排水泵，已回复来信人。",
    "2.网民反映孟轲乡部分村道路面破损严重、雨后积水（来信时间：7月9日）。承办单位：华龙区孟轲乡人民政府。"
    "办理时限：8月31日前。办理情况：已纳入乡村道路维修计划，正在组织施工招标。",
    "3.网民反映某民办幼儿园暑期托管收费过高（来信时间：7月12日）。承办单位：华龙区教育局。办理时限：7月26日前。"
    "办理情况：尚未办理。",
    "4.网民反映中原路与绿城路交叉口附近夜市油烟、噪音扰民（来信时间：7月16日）。承办单位：华龙区城市管理局。"
    "办理时限：7月30日前。",
]


def write_letters_book(path: Path) -> Path:
    b = Book(path, author="县长信箱办公室")
    ws = b.sheet("7月")
    b.widths(ws, [6, 14, 12, 8, 10, 40, 22, 12, 34, 10])
    b.line(ws, 0, "清丰县“县长信箱”群众来信办理情况登记表（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：清丰县人民政府办公室（县长信箱办公室）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "来信编号",
            "来信日期",
            "来信人",
            "来信类别",
            "来信主要内容",
            "转办单位",
            "办理时限",
            "办理情况",
            "是否网站公开",
        ],
    )
    for i, row in enumerate(LETTER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LETTER_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "本月共收到群众来信18件，直接答复14件，转办4件（见上表），网站公开2件")
    b.line(ws, end + 1, "经办人：刘思源    联系电话：0393-7221345", 9)
    return b.close()


def write_mailbox_docx(path: Path) -> Path:
    doc = _new_document("区政府办公室")
    _title(doc, "华龙区“区长信箱”群众来信办理情况通报", 20)
    _paragraph(doc, "（2024年第7期）", 16, "楷体_GB2312", WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各乡（镇）人民政府、街道办事处，区直各单位：", indent=False)
    _paragraph(
        doc,
        "7月1日至25日，“区长信箱”共收到群众来信16件，其中咨询类12件已直接答复。现将需承办单位限期办理的4件"
        "来信通报如下：",
    )
    for text in MAILBOX_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "请各承办单位按时限办理，并将办理结果及时报区长信箱办公室。")
    _paragraph(doc, "华龙区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_letters(path: Path) -> Path:
    members = [
        ("清丰县县长信箱群众来信办理情况登记表（2024年7月）.xlsx", write_letters_book),
        ("华龙区区长信箱群众来信办理情况通报（第7期）.docx", write_mailbox_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市住建局党组关于市委第三巡察组反馈意见整改进展情况的通报.docx", write_patrol),
    ("2023年度审计查出问题整改情况复核认定台账.xlsx", write_audit),
    ("生态环境保护督察信访举报转办和边督边改公开情况一览表（第八批）.xls", write_env),
    ("高层住宅小区消防安全隐患曝光单位整改情况表.xlsx", write_fire),
    ("安全生产大检查回头看发现问题隐患整改台账.xlsx", write_safety),
    ("关于市八届人大四次会议代表建议办理情况的报告.doc", write_npc),
    ("市政协九届三次会议提案办理情况台账.et", write_cppcc),
    ("12345督办工单明细_20240731.csv", write_hotline),
    ("窗口服务突出问题明察暗访发现问题整改台账.xlsx", write_window),
    ("县长信箱区长信箱群众来信办理情况（两份）.zip", write_letters),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev67 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 巡察整改, 巡视整改, 审计整改, 安全生产, 12345 工单, 人大代表建议, 营商环境, 环保督察, 督查督办, 乡镇自查 and
民生实事. Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, a .doc with a table (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev67.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice); every
date inside the files and every zip member time is fixed, so that running it twice gives the same bytes.
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
# 1. 巡察整改情况的通报, after a district 工委's public account of its 巡察 rectification (市委巡察组反馈; 三个月集中整改;
# the problems numbered "1.整改责任压得不实。", each followed by a "完成情况：已完成" line and an "整改情况：一是……二是……"
# paragraph):
# https://dongchengqu.xuchang.gov.cn/zjdq/001002/20260213/7fc568d8-2bd6-4f3d-be6d-fa1202354ba1.html
# A .docx: title naming the 工委, preamble with the 巡察 and 集中整改 dates, each problem as a numbered paragraph with its
# 完成情况 and 整改情况 paragraphs (deadlines, where any, inside the sentences), a closing 监督 line, the sender and date.
PATROL_PARAS = [
    (
        "1.落实巡察整改主体责任不够有力，部分部门认领整改任务不及时。",
        "完成情况：已完成",
        "整改情况：一是成立由工委主要负责同志任组长的巡察整改工作领导小组，建立问题、任务、责任“三清单”；"
        "二是召开工委会议3次、专题推进会5次，逐项研究整改措施；三是对认领任务迟缓的2个部门负责人进行了约谈。",
    ),
    (
        "2.重大项目推进迟缓，示范区污水处理厂二期工程未按期开工。",
        "完成情况：正在推进",
        "整改情况：一是已完成项目环评批复和施工招标；二是成立项目专班，每周调度一次；三是计划于2024年9月底前开工建设。",
    ),
    (
        "3.国有资产管理不规范，部分闲置厂房出租未签订书面合同。",
        "完成情况：已完成",
        "整改情况：一是对辖区国有厂房、门面房全面清查登记；二是补签租赁合同12份，追缴租金38.6万元；"
        "三是出台《示范区国有资产出租管理办法》。",
    ),
    (
        "4.落实中央八项规定精神不严格，公务接待审批手续不全。",
        "完成情况：已完成",
        "整改情况：一是对2022年以来公务接待事项逐笔核查，补齐审批手续；二是修订公务接待管理制度，实行“一事一单”。",
    ),
    (
        "5.基层党组织建设薄弱，3个村党支部组织生活流于形式。",
        "完成情况：长期坚持",
        "整改情况：一是对3个村党支部书记进行集中培训；二是建立工委委员包村指导组织生活制度，常态化开展督导。",
    ),
    (
        "6.征迁安置房建设滞后，王助安置区群众回迁延期。",
        "完成情况：正在推进",
        "整改情况：一是安置区6栋住宅楼主体已全部封顶；二是正在进行室内外配套施工，力争2024年12月底前交付群众回迁。",
    ),
    (
        "7.干部队伍结构不合理，专业技术干部占比偏低。",
        "完成情况：尚未完成",
        "整改情况：受机构编制调整影响，专业技术人员公开招聘工作尚未启动，计划2024年10月底前完成招聘。",
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("党政办")
    _title(doc, "中共濮阳市城乡一体化示范区工作委员会关于巡察整改情况的通报")
    _paragraph(
        doc,
        "根据市委统一部署，2024年2月26日至4月12日，市委第三巡察组对示范区进行了巡察。4月23日，市委第三巡察组"
        "向示范区反馈了巡察意见。2024年4月23日至7月23日，进行了三个月的集中整改。",
    )
    _paragraph(
        doc,
        "按照《中国共产党巡视工作条例》《濮阳市巡察整改和成果运用实施办法》有关规定，现将巡察整改情况予以公布。",
    )
    for problem, verdict, account in PATROL_PARAS:
        _paragraph(doc, problem, bold=True)
        _paragraph(doc, verdict)
        _paragraph(doc, account)
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-8915036。",
    )
    _paragraph(doc, "中共濮阳市城乡一体化示范区工作委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 巡视反馈意见整改任务推进台账, after a district's published 巡视集中整改进展 (区委书记、区长任双组长的整改落实工作领导
# 小组，下设综合、监督、线索核查、问责4个工作组和选人用人、意识形态2个专项工作组，分别由区委常委同志牵头负责; 全区各级
# 各部门认真对照省委巡视组反馈意见，全面落实巡视整改任务):
# https://kuaibao.lzzcloud.net/news_info/1152538.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实情况 over 进展情况 and 是否完成) with the 工作组 and the
# 牵头区领导 (a person) beside the 责任单位, the district's own bureaus as units, a 注 line and a 填表人 line.
TOUR_ROWS = [
    (
        "综合组",
        "王建华",
        "城区义务教育学校大班额问题未有效化解，3所小学班额超过55人",
        "新建人民路第二小学，扩建昆吾小学，均衡划片招生",
        "华龙区教育局",
        "2024年8月31日前",
        "人民路第二小学主体完工，正在进行内部装修",
        "否",
    ),
    (
        "综合组",
        "李振东",
        "政府债务化解任务未完成，部分隐性债务底数不清",
        "全面清查隐性债务，制定化债方案",
        "华龙区财政局",
        "2024年6月底前",
        "已完成隐性债务清查，化债方案已报市政府备案",
        "是",
    ),
    (
        "监督组",
        "张卫民",
        "老旧小区改造推进缓慢，2023年度计划改造的14个小区仍有5个未开工",
        "倒排工期，挂图作战",
        "华龙区住房和城乡建设局",
        "2024年第三季度",
        "已开工3个，其余2个正在办理施工许可",
        "否",
    ),
    (
        "监督组",
        "张卫民",
        "高标准农田建后管护责任不落实，部分机井设施损毁",
        "明确管护主体，修复损毁机井",
        "华龙区农业农村局",
        "2024年10月底前",
        "",
        "否",
    ),
    (
        "选人用人专项组",
        "刘志刚",
        "干部交流轮岗不及时，部分重要岗位干部任职超过10年",
        "制定干部交流轮岗计划，分批实施",
        "中共华龙区委组织部",
        "长期坚持",
        "已制定干部交流轮岗三年计划，首批交流21人",
        "长期坚持",
    ),
    (
        "综合组",
        "王建华",
        "基层医疗卫生服务能力弱，村卫生室乡村医生老龄化严重",
        "定向招聘乡村医生，开展岗位培训",
        "华龙区卫生健康委员会",
        "2024年12月底前",
        "已招聘乡村医生18名，持续推进",
        "否",
    ),
    (
        "问责组",
        "陈立新",
        "城市精细化管理水平不高，背街小巷环境卫生脏乱差",
        "开展背街小巷专项整治",
        "华龙区城市管理局",
        "2024年7月31日前",
        "已完成32条背街小巷整治，通过区委巡视办验收",
        "是",
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="巡视整改办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 10, 36, 28, 22, 16, 30, 10])
    b.line(ws, 0, "华龙区落实省委第二巡视组反馈意见整改任务推进台账", 8, b.title)
    b.line(ws, 1, "填报单位：中共濮阳市华龙区委巡视整改工作领导小组办公室    填报日期：2024年7月26日", 8)
    for c, word in enumerate(
        ["序号", "工作组", "牵头区领导", "反馈问题", "整改措施", "责任单位", "完成时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "是否完成"], first=7)
    for i, row in enumerate(TOUR_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:7]), first=1)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 4 + len(TOUR_ROWS)
    b.line(ws, end + 1, "注：“是否完成”栏填写“是”“否”或“长期坚持”，未完成的在“进展情况”栏写明当前进展。", 8)
    b.line(ws, end + 2, "填表人：赵雅琳    审核人：孙国栋    联系电话：0393-8185207", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 审计查出问题整改情况, after a district's report to its 人大常委会 on the rectification of the problems its 本级预算
# 执行和其他财政收支审计 found (财政管理、部门预算执行、政策落实和重点专项、国有资产、政府投资 as the audit's areas;
# 被审计单位研究制定整改方案，明确整改措施、整改时限，按项逐条落实具体责任部门和责任人，分类施策推进整改):
# https://www.szlh.gov.cn/zwgk/zdlyxxgk/sjbg/content/post_12232752.html
# An .xlsx: title, 填报单位 line, one header row, merged section rows naming the audit's areas, units by their short and
# former names (市卫健委, 市城管局, 市人社局, 市医保局, 市公积金中心, 市水务局), a 整改状态 column beside the 整改情况, a 合计
# row and a 填表说明 line.
AUDIT_SECTIONS = [
    (
        "一、财政管理方面",
        [
            (
                "部分非税收入未及时缴入国库，滞留财政专户2860万元",
                "市财政局",
                "全额缴入国库，建立非税收入按月清缴制度",
                "2024年3月底前",
                "已全额缴入国库",
                "已完成整改",
            ),
            (
                "预算绩效目标设置不规范，12个项目绩效指标不可量化",
                "市财政局",
                "修订绩效目标编制指引，组织重新申报",
                "2024年9月底前",
                "已修订绩效目标编制指引，正在组织项目单位重新申报",
                "正在整改",
            ),
        ],
    ),
    (
        "二、部门预算执行方面",
        [
            (
                "超范围列支会议费18.6万元",
                "市卫健委",
                "追回资金，归还原资金渠道",
                "2024年6月30日",
                "已追回并归还原资金渠道",
                "已完成整改",
            ),
            (
                "政府采购项目化整为零规避公开招标",
                "市城管局",
                "规范政府采购程序，追究相关人员责任",
                "2024年12月底前",
                "",
                "未整改",
            ),
        ],
    ),
    (
        "三、政策落实和重点专项方面",
        [
            (
                "就业补助资金审核不严，向不符合条件人员发放社保补贴42.3万元",
                "市人社局",
                "追回违规发放资金，完善审核流程",
                "2024年8月底前",
                "已追回31.5万元，其余正在追缴",
                "分阶段整改",
            ),
            (
                "医保基金监管存在漏洞，3家定点医院违规收费",
                "市医保局",
                "追回违规费用，依协议处理定点医院",
                "2024年7月15日前",
                "已追回违规费用并解除1家医院定点协议",
                "已完成整改",
            ),
        ],
    ),
    (
        "四、国有资产管理方面",
        [
            (
                "行政事业单位房产出租未履行审批程序",
                "市公积金中心",
                "补办审批手续，建立资产出租审批台账",
                "长期坚持",
                "已补办审批手续，建立资产出租审批台账",
                "长期坚持",
            ),
        ],
    ),
    (
        "五、政府投资项目方面",
        [
            (
                "引黄调蓄工程多计工程款356万元",
                "市水务局",
                "核减多计工程款",
                "2024年10月底前",
                "已与施工单位核对工程量，正在办理结算审减",
                "正在整改",
            ),
        ],
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计局")
    ws = b.sheet("整改情况表")
    b.widths(ws, [6, 38, 14, 30, 16, 32, 12])
    b.line(ws, 0, "2023年度市本级预算执行和其他财政收支审计查出问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市审计局    截至日期：2024年7月25日    金额单位：万元", 6)
    b.header(ws, 2, ["序号", "审计查出问题", "整改责任单位", "整改措施", "整改期限", "整改情况", "整改状态"])
    r, n = 3, 0
    for section, rows in AUDIT_SECTIONS:
        b.line(ws, r, section, 6, b.cell)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "审计查出问题8项，已完成整改3项，正在（分阶段）整改3项，长期坚持1项，未整改1项")
    b.line(ws, r + 2, "填表说明：整改状态分为“已完成整改”“正在整改”“分阶段整改”“长期坚持”“未整改”。", 6)
    b.line(ws, r + 3, "填表人：韩冬梅    审核人：郑建国    联系电话：0393-4418326", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 安全生产交叉互查, after a county 街道's cross-inspection of its 社区 before the Spring Festival (各社区、包居干部、
# 网格长和网格员成立9个检查组; 沿街门面、宾馆酒店、餐饮超市、大型商场; 灭火器、消火栓遮挡、供电电路老化、液化气瓶;
# 一般隐患当场整改，重大隐患由街道应急办、派出所联合执法):
# http://www.bluewhalekiteacademy.com/content/2021-01/19/content_915626.html
# An .xls (xlwt): title, 检查时间 line stating that the 整改期限 in days count from the 检查日期, one header row with the
# 检查组 (the inspector) and the 所属社区 beside the 整改责任单位（场所）, 隐患等级, a 合计 row and a 填报人 line.
CROSS_ROWS = [
    (
        "第一检查组",
        "昆吾社区",
        "濮阳市华龙区鑫隆宾馆",
        "宾馆酒店",
        "消防通道堆放杂物，安全出口被锁闭",
        "一般",
        "2024-07-16",
        "3日内",
        "已清理杂物，开启安全出口",
    ),
    (
        "第二检查组",
        "东关社区",
        "濮阳市华龙区好邻居便利超市",
        "超市",
        "灭火器过期未更换，消火栓被货架遮挡",
        "一般",
        "2024-07-16",
        "2024.7.20",
        "已更换灭火器4具，货架已移开",
    ),
    (
        "第三检查组",
        "西街社区",
        "濮阳市华龙区老街坊餐馆",
        "餐饮",
        "后厨液化气瓶与灶具间距不足，未安装燃气泄漏报警器",
        "一般",
        "2024-07-17",
        "7日内",
        "已订购报警器，待安装",
    ),
    (
        "第四检查组",
        "昆吾社区",
        "濮阳市金都购物广场有限公司",
        "大型商场",
        "自动喷水灭火系统末端试水压力不足",
        "重大",
        "2024-07-17",
        "2024年8月20日",
        "已委托维保单位检修，正在更换管网阀门",
    ),
    (
        "第五检查组",
        "南关社区",
        "濮阳市华龙区顺风电动车行",
        "沿街门面",
        "店内违规为电动车电池集中充电，私拉电线",
        "重大",
        "2024-07-18",
        "3日内",
        "未整改",
    ),
    (
        "第六检查组",
        "东关社区",
        "濮阳市华龙区悦来旅社",
        "宾馆酒店",
        "疏散指示标志损坏，应急照明灯不亮",
        "一般",
        "2024-07-18",
        "2024.7.25",
        "",
    ),
    (
        "第七检查组",
        "西街社区",
        "濮阳市华龙区欢乐迪量贩KTV",
        "娱乐场所",
        "包间装修使用易燃材料，未设置火灾自动报警装置",
        "重大",
        "2024-07-18",
        "2024年9月30日前",
        "停业整改中",
    ),
]


def write_cross(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "昆吾街道安全生产交叉互查发现问题隐患整改台账", t, 0, 10),
        (
            1,
            0,
            "检查时间：2024年7月16日至7月18日    检查范围：辖区4个社区沿街门面、宾馆酒店、餐饮超市、大型商场    "
            "整改期限为天数的，自检查之日起计算",
            plain,
            1,
            10,
        ),
    ]
    header = [
        "序号",
        "检查组",
        "所属社区",
        "整改责任单位（场所）",
        "场所类别",
        "存在问题隐患",
        "隐患等级",
        "检查日期",
        "整改期限",
        "整改情况",
    ]
    for col, word in enumerate(header):
        cells.append((2, col, word, h))
    for i, row in enumerate(CROSS_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 4, 6, 7, 8) else c))
    r = 3 + len(CROSS_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查场所86家，发现问题隐患7处，其中重大隐患3处", c, r, 9),
        (r + 1, 0, "注：重大隐患由街道应急办会同辖区派出所开展联合执法，督促整改到位。", plain, r + 1, 9),
        (
            r + 2,
            0,
            "填报人：尚晓东    审核人：闫红    联系电话：0393-6618402    填报日期：2024年7月26日",
            plain,
            r + 2,
            9,
        ),
    ]
    return _write_xls(path, [("互查台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 12345热线工单办理情况, after a city's monthly account of its 12345政务服务便民热线 (共受理群众反映的问题……件，按期
# 办结……件，结转至下月……件; the 问题分类 城市管理、劳动保障、消费维权、供水服务、供气服务、污染防控、城市客运、供电
# 服务 …; 领导批示问题落实办理情况):
# http://szzx.kaifeng.gov.cn/n1/n18/250306114638904168.html
# A CSV in UTF-8 with a BOM: a title line, the month's totals in the report's words, a header line, one line per 工单 with
# its 受理时间 (the base of the 办理时限 in 工作日), the 办理状态 in the report's words (按期办结, 办理中, 结转下月, 逾期未办结),
# the units by their short and former names, a 注 line.
HOTLINE_ROWS = [
    (
        "2024071500231",
        "供水服务",
        "2024-07-15 09:12",
        "绿城路与京开大道交叉口东北角供水管道漏水，路面积水严重",
        "自来水公司",
        "3个工作日",
        "按期办结",
        "已派员更换破损管件，恢复正常供水，来电人满意",
    ),
    (
        "2024071800517",
        "供气服务",
        "2024-07-18 15:40",
        "昆吾小区居民燃气表显示余额正常但无法供气",
        "燃气公司",
        "1个工作日",
        "按期办结",
        "已上门更换燃气表电池，恢复供气",
    ),
    (
        "2024072200108",
        "城市管理",
        "2024-07-22 08:55",
        "胜利路与长庆路口夜市占道经营，油烟噪音扰民至凌晨",
        "市城管局",
        "5个工作日",
        "办理中",
        "已约谈夜市经营者，正在规划临时疏导点",
    ),
    (
        "2024070800342",
        "劳动保障",
        "2024-07-08 10:27",
        "金堤路安置房项目工地拖欠农民工工资约12万元",
        "市人社局",
        "15个工作日",
        "按期办结",
        "已督促施工企业足额支付，工人确认收到工资",
    ),
    (
        "2024072500766",
        "消费维权",
        "2024-07-25 16:03",
        "在华龙区某健身房办理年卡后门店停业，无法退费",
        "市市场监管局",
        "10个工作日",
        "结转下月",
        "已联系经营者协商退费事宜",
    ),
    (
        "2024071000415",
        "污染防控",
        "2024-07-10 11:36",
        "濮水河濮上路桥段河面漂浮垃圾并有异味",
        "市环保局",
        "5个工作日",
        "逾期未办结",
        "",
    ),
    (
        "2024072600284",
        "城市客运",
        "2024-07-26 19:20",
        "公交12路晚班车辆提前收车，乘客无法乘车",
        "公交公司",
        "5个工作日",
        "办理中",
        "",
    ),
    (
        "2024071900653",
        "供电服务",
        "2024-07-19 21:48",
        "开州路南段居民区夏季用电高峰频繁停电",
        "供电公司",
        "3个工作日",
        "按期办结",
        "已更换过载配电变压器1台，供电恢复正常",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市12345政务服务便民热线转办市直单位重点工单办理情况（2024年7月）"])
    w.writerow(
        [
            "7月份，12345热线共转办市直单位工单1268件，按期办结1203件，结转至8月份65件，按期办结率94.87%。"
            "以下为群众反映集中、列入督办的工单。"
        ]
    )
    w.writerow(
        [
            "序号",
            "工单编号",
            "问题分类",
            "受理时间",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "办理结果",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["注：办理时限自受理之日起按工作日计算；统计截止时间2024年7月31日。"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 人大代表建议办理情况, after a county government's 人大代表建议交办会 (建议按农林、民生保障、交通建设、城镇建设、
# 生态环境旅游、社会事业分类; 9条列为重点建议进行重点督办; 四个月内办理完毕并将办理意见书面答复代表，8月底前全部
# 办理完毕):
# http://www.plxrd.gov.cn/content-1427-1.html
# An .et (Excel 97 via LibreOffice): title, 交办 line stating the 交办 date the 四个月内 counts from and the 8月底前 of the
# 重点督办 ones, one header row with the 领衔代表 (the proposer) beside the 主办单位 and 协办单位, units by short and former
# names (市交通局, 市水务局, 市农委, 市卫计委), a 填表说明 and a 填表人 line.
NPC_ROWS = [
    (
        "第0012号",
        "交通建设",
        "关于加快S212省道濮阳段拓宽改造的建议",
        "周庆林",
        "市交通局",
        "市自然资源和规划局",
        "否",
        "四个月内",
        "已答复，代表满意",
    ),
    (
        "第0027号",
        "社会事业",
        "关于化解城区中小学大班额问题的建议",
        "马秀云",
        "市教育局",
        "市住建局",
        "是",
        "8月底前",
        "正在办理，已新建学校2所",
    ),
    (
        "第0035号",
        "农林",
        "关于加强农村饮水安全工程管护的建议",
        "刘国强",
        "市水务局",
        "",
        "否",
        "四个月内",
        "已答复，代表满意",
    ),
    (
        "第0041号",
        "城镇建设",
        "关于推进老旧小区加装电梯的建议",
        "赵丽华",
        "市住建局",
        "市财政局",
        "是",
        "8月底前",
        "已召开代表面商会，正在制定补贴办法",
    ),
    (
        "第0048号",
        "农林",
        "关于扶持小麦良种繁育基地建设的建议",
        "孙建业",
        "市农委",
        "市科技局",
        "否",
        "四个月内",
        "",
    ),
    (
        "第0053号",
        "民生保障",
        "关于增设城区社区养老服务中心的建议",
        "李红梅",
        "市民政局",
        "",
        "否",
        "四个月内",
        "尚未办理",
    ),
    (
        "第0060号",
        "社会事业",
        "关于基层医疗机构引进全科医生的建议",
        "王志军",
        "市卫计委",
        "市人社局",
        "否",
        "四个月内",
        "已答复，代表基本满意",
    ),
]


def write_npc_book(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 10, 36, 10, 12, 18, 10, 10, 24])
    b.line(ws, 0, "市八届人大四次会议代表建议办理情况统计表", 9, b.title)
    b.line(
        ws,
        1,
        "交办时间：2024年3月20日。一般建议自交办之日起四个月内办理完毕并书面答复代表；"
        "列入重点督办的建议于8月底前全部办理完毕。    填报单位：濮阳市人民政府督查室    填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "建议编号",
            "类别",
            "建议题目",
            "领衔代表",
            "主办单位",
            "协办单位",
            "重点督办",
            "办理时限",
            "办理情况",
        ],
    )
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NPC_ROWS)
    b.line(
        ws, end + 1, "填表说明：办理情况栏填写“已答复”“正在办理”或“尚未办理”，已答复的注明代表满意程度。", 9
    )
    b.line(ws, end + 2, "填表人：郝志强    联系电话：0393-8991472", 9)
    return b.close()


def write_npc(path: Path) -> Path:
    return via_soffice(write_npc_book, path, "xls", "代表建议办理情况统计表.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 营商环境建设行动任务推进情况, after a district's 深化推进一流营商环境建设行动方案 (让企业办事更省心、经营更放心、
# 发展更顺心、扎根更安心 as its parts; numbered 具体措施 each with its 责任单位 in brackets; 高频事项“无人干预自动办理”,
# 企业专属网页, 远程身份核验、电子签章):
# http://www.3dmn.cn/zh-gqwj6/20230411/7b014a5424aa4c1f89eae4d179832b41.html
# An .xlsx: title, 填报单位 line, one header row with 牵头单位 and 配合单位, merged part rows (一、让企业办事更省心 …), units
# by short names (市政务服务中心, 市市场监管局, 市税务局, 市资规局, 市交易中心, 市发改委), a 进度 column, a 说明 line.
BIZ_PARTS = [
    (
        "一、让企业办事更省心",
        [
            (
                "推进高频涉企事项“无人干预自动办理”，年内推出10项以上",
                "市政务服务中心",
                "市大数据管理局",
                "2024年12月底前",
                "已推出6项",
                "序时推进",
            ),
            (
                "企业开办全流程压缩至1个工作日以内",
                "市市场监管局",
                "市公安局、市税务局",
                "2024年6月底前",
                "已实现企业开办0.5个工作日办结",
                "已完成",
            ),
            (
                "推行涉税事项“非接触式”办理，网上办税率达到95%以上",
                "市税务局",
                "",
                "2024年第三季度",
                "网上办税率达到92%",
                "序时推进",
            ),
        ],
    ),
    (
        "二、让企业经营更放心",
        [
            (
                "工业用地“带方案出让、拿地即开工”全面推开",
                "市资规局",
                "市住建局",
                "2024年9月底前",
                "实施细则尚未出台",
                "进展滞后",
            ),
            (
                "不动产登记与水电气过户“一窗联办”",
                "市不动产登记中心",
                "市自来水公司、国网濮阳供电公司",
                "2024年7月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "三、让企业发展更顺心",
        [
            (
                "公共资源交易全流程电子化，实现“不见面”开标",
                "市交易中心",
                "",
                "2024年5月底前",
                "已实现全流程电子化交易",
                "已完成",
            ),
            (
                "建立常态化政企沟通机制，每月召开一次企业家座谈会",
                "市发改委",
                "市工商联",
                "长期坚持",
                "今年以来已召开企业家座谈会6次",
                "长期坚持",
            ),
        ],
    ),
]


def write_biz(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("任务推进表")
    b.widths(ws, [6, 42, 16, 24, 16, 28, 10])
    b.line(ws, 0, "濮阳市2024年深化一流营商环境建设行动任务推进情况表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市优化营商环境工作领导小组办公室（市发展改革委代章）    截至日期：2024年7月25日",
        6,
    )
    b.header(ws, 2, ["序号", "具体措施", "牵头单位", "配合单位", "完成时限", "推进情况", "进度"])
    r, n = 3, 0
    for part, rows in BIZ_PARTS:
        b.line(ws, r, part, 6, b.cell)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "说明：“进度”栏填写“已完成”“序时推进”“进展滞后”或“长期坚持”。", 6)
    b.line(ws, r + 2, "联系人：付晓光    联系电话：0393-8996105", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 生态环境保护督察交办问题调查处理情况的通报, after a city's published account of the 信访件 a provincial 生态环境保护
# 督察组 handed over (截至……时，省第四生态环境保护督察组分批次交办涉及汉中市生态环境信访件……件。现将第二十一批交办问题
# 办理结果通报如下; columns 序号、交办问题基本情况、涉及区县及部门、调查核实情况、是否属实、处理处罚和问责情况、备注;
# later batches add 是否办结):
# http://htq.gov.cn/hzshtqzf/zwgk/zdly/hbdc/202106/d980f6ea6b1e454ba40112415e78f165.shtml
# An .ods (LibreOffice conversion): title, preamble line, one header row with 是否属实 and 是否办结, deadlines only inside
# the 处理处罚 sentences, the counties' governments and one city bureau as units, a signature line.
ENV_ROWS = [
    (
        "濮阳县庆祖镇某塑料颗粒加工厂夜间生产，废气刺鼻，污水直排村东沟渠",
        "濮阳县人民政府",
        "经查，该厂为濮阳县庆祖镇兴旺塑料制品厂，未办理环评手续，夜间违法生产，生产废水经暗管排入村东沟渠。",
        "属实",
        "责令停止生产，立案处罚5万元；约谈庆祖镇分管负责人。",
        "已办结",
        "",
    ),
    (
        "清丰县韩村镇某养殖场粪污随意堆放，雨后流入农田",
        "清丰县人民政府",
        "经查，该养殖场存栏生猪1200头，粪污贮存池容量不足，部分粪污露天堆放。",
        "属实",
        "责令于2024年8月10日前完成粪污贮存设施改造；已清运粪污40吨，正在建设防渗贮存池。",
        "阶段性办结",
        "重点关注件",
    ),
    (
        "华龙区京开大道某建筑工地夜间施工，噪声扰民",
        "华龙区人民政府",
        "经查，该工地7月中旬存在夜间混凝土浇筑作业，已办理夜间施工许可，但高噪声设备未采取降噪措施。",
        "部分属实",
        "对施工单位下达责令改正通知书，22时后已停止高噪声作业。",
        "已办结",
        "",
    ),
    (
        "南乐县城区某餐饮一条街油烟直排，周边居民窗户满是油污",
        "南乐县人民政府",
        "经查，该街道共有餐饮商户12家，均未安装油烟净化设施。",
        "属实",
        "责令12家商户于2024年8月31日前安装油烟净化设施，目前已安装5家。",
        "未办结",
        "",
    ),
    (
        "马颊河城区段部分河面漂浮垃圾，夏季有异味",
        "市水利局",
        "经查，马颊河城区段约2公里河面有漂浮垃圾，系上游冲积和沿岸居民倾倒所致。",
        "属实",
        "已组织打捞漂浮物12吨，建立河道日常保洁巡查机制。",
        "已办结",
        "",
    ),
    (
        "台前县某砖瓦厂违规露天堆放煤矸石，扬尘严重",
        "台前县人民政府",
        "经查，该厂原料场约3000吨煤矸石未覆盖，周边道路积尘明显。",
        "属实",
        "未整改",
        "未办结",
        "",
    ),
]


def write_env_book(path: Path) -> Path:
    b = Book(path, author="督察办")
    ws = b.sheet("第十六批")
    b.widths(ws, [6, 36, 16, 40, 10, 36, 12, 12])
    b.line(
        ws,
        0,
        "中共濮阳市委 濮阳市人民政府关于省第三生态环境保护督察组交办生态环境问题调查处理情况的通报",
        7,
        b.title,
    )
    b.line(
        ws,
        1,
        "截至2024年7月26日18时，省第三生态环境保护督察组分批次交办涉及濮阳市生态环境信访件186件。"
        "现将第十六批交办问题办理结果通报如下：",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "交办问题基本情况",
            "涉及县区及部门",
            "调查核实情况",
            "是否属实",
            "处理处罚和问责情况",
            "是否办结",
            "备注",
        ],
    )
    for i, row in enumerate(ENV_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ENV_ROWS)
    b.line(ws, end + 1, "濮阳市生态环境保护督察整改工作领导小组办公室    2024年7月27日", 7, b.right)
    return b.close()


def write_env(path: Path) -> Path:
    via_soffice(write_env_book, path, "ods", "督察组交办问题调查处理情况通报.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 督查交办情况的通报, after a county 督查局's account of a route check before a provincial leader's visit (县委书记带领
# 督查局、市政园林局、公安局、综合执法局、产业集聚区及沿线乡镇主要负责人实地查看，梳理沿线两侧需整改的问题，对相关
# 责任单位现场交办; 督查局当即跟踪督办):
# https://pydc.gov.cn/pc/zt_view.asp?id=9927
# A .doc (Word 97 via LibreOffice): title, preamble stating the 交办 date (the base of 当日 and N日内), a table of 问题点位,
# 存在问题, 责任单位, 整改时限 and 整改情况, a closing paragraph, the 督查局 and date at the foot.
ROUTE_ROWS = [
    (
        "G106国道韩村镇路口",
        "路口东侧积存建筑垃圾约30立方米",
        "清丰县韩村镇人民政府",
        "当日",
        "已清运完毕",
    ),
    (
        "产业集聚区纬三路",
        "道路两侧绿化带苗木大面积枯死",
        "清丰县市政园林局",
        "3日内",
        "已补植苗木1200株，督查局复查合格",
    ),
    (
        "澶州路与中原路交叉口",
        "交通信号灯故障，早晚高峰拥堵",
        "清丰县公安局交通管理大队",
        "当日",
        "已维修恢复",
    ),
    (
        "马庄桥镇集市路段",
        "占道经营、马路市场影响车辆通行",
        "清丰县马庄桥镇人民政府",
        "长期坚持",
        "已划定临时疏导区，实行常态化管控",
    ),
    (
        "产业集聚区东出口",
        "企业外墙广告牌破损，存在坠落隐患",
        "清丰县综合行政执法局",
        "2日内",
        "正在拆除",
    ),
    (
        "城关镇G106沿线",
        "沿街门店门头招牌样式杂乱、破损",
        "清丰县城关镇人民政府",
        "2024年8月15日前",
        "正在统一设计制作",
    ),
    (
        "古城乡段",
        "道路边沟淤堵，雨后路面积水",
        "清丰县古城乡人民政府",
        "7月26日前",
        "未整改",
    ),
]


def write_route_docx(path: Path) -> Path:
    doc = _new_document("督查局")
    _title(doc, "关于省领导调研路线沿线环境问题督查交办情况的通报", 20)
    _paragraph(doc, "各乡镇人民政府，县直有关单位：")
    _paragraph(
        doc,
        "7月22日上午，县委主要领导带领县委县政府督查局、县市政园林局、县公安局、县综合行政执法局、产业集聚区及"
        "沿线乡镇主要负责人，对省领导调研路线进行实地查看，梳理沿线两侧需整改的问题7个，并对相关责任单位进行"
        "现场交办。整改时限自交办之日（2024年7月22日）起计算。现将交办及整改情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(ROUTE_ROWS, 1)]
    _table(doc, ["序号", "问题点位", "存在问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(
        doc,
        "对未按时限完成整改的单位，县委县政府督查局将跟踪督办，并纳入年度目标考核。",
    )
    _paragraph(doc, "清丰县委县政府督查局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_route(path: Path) -> Path:
    return via_soffice(write_route_docx, path, "doc", "督查交办情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 10. 惠民惠农财政补贴资金“一卡通”专项治理“回头看”, after a 街道's self-check (纪工委联合财政所、经管站、民政办、卫健办、
# 农办等相关部门组建5个专班，深入19个村(社区)……检查惠民惠农财政补贴资金发放情况; 自查发现2个问题已及时整改落实):
# https://www.qjsrm.cn/p/137696.html
# A .zip of two townships' returns: an .xlsx 自查问题清单 (填报单位 line; rows naming the village and the township's own
# 站所 as 责任站所) and a .docx 自查情况报告 whose problems are paragraphs "（一）……" with the 站所 and deadlines in
# sentences.
CARD_ROWS = [
    (
        "后八公桥村",
        "耕地地力保护补贴",
        "2户农户补贴面积与确权面积不符，多发补贴资金326元",
        "财政所",
        "追回多发资金，更正补贴面积",
        "2024年7月20日前",
        "已追回",
    ),
    (
        "西辛庄村",
        "城乡居民最低生活保障",
        "1名低保对象已死亡仍在领取低保金",
        "民政办",
        "停发低保金并追回",
        "2024年8月10日前",
        "已停发，正在追回已领取资金",
    ),
    (
        "柳屯店村",
        "农村危房改造补助",
        "危房改造补助资金发放情况未在村务公开栏公示",
        "经管站",
        "补充公示",
        "2024年7月15日前",
        "已补充公示",
    ),
    (
        "丁寨村",
        "计划生育家庭特别扶助",
        "“一卡通”存折由村干部代为保管",
        "卫健办",
        "立即退还本人，开展警示教育",
        "2024年7月31日前",
        "",
    ),
]

CARD_PARAS = [
    (
        "（一）高效节水灌溉补助资金拨付滞后。马家庄村等3个村2023年度补助资金至今未拨付到户。",
        "整改措施：由乡财政所会同农办于2024年8月20日前拨付到位。目前已完成资金审核，正在拨付。",
    ),
    (
        "（二）残疾人两项补贴对象信息更新不及时。六塔村1名残疾人已迁出本乡，仍由本乡发放补贴。",
        "整改措施：由乡民政办停发补贴并移交迁入地，整改时限2024年7月10日。已于7月8日停发并完成移交。",
    ),
    (
        "（三）部分村“一卡通”发放台账登记不全，缺少农户签字确认。",
        "整改措施：由乡经管站指导各村补齐台账，建立发放签字确认制度，长期坚持。",
    ),
    (
        "（四）村级公益性岗位补贴存在优亲厚友现象，王家庄村2名村干部亲属未经评议即上岗。",
        "整改措施：由乡农办调查核实，依规清退并追回补贴，8月底前完成。目前该项整改尚未启动。",
    ),
]


def write_card_book(path: Path) -> Path:
    b = Book(path, author="八公桥镇财政所")
    ws = b.sheet("自查问题清单")
    b.widths(ws, [6, 12, 20, 36, 10, 26, 18, 24])
    b.line(ws, 0, "八公桥镇惠民惠农财政补贴资金“一卡通”专项治理“回头看”自查问题清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县八公桥镇人民政府（盖章）    填报日期：2024年7月24日", 7)
    b.header(
        ws,
        2,
        ["序号", "村（社区）", "补贴项目", "自查发现问题", "责任站所", "整改措施", "整改时限", "整改情况"],
    )
    for i, row in enumerate(CARD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CARD_ROWS)
    b.line(ws, end + 1, "分管领导：杜海峰    填表人：宋亚楠    联系电话：0393-3361057", 7)
    return b.close()


def write_card_docx(path: Path) -> Path:
    doc = _new_document("六塔乡")
    _title(doc, "清丰县六塔乡关于惠民惠农财政补贴资金“一卡通”专项治理“回头看”自查情况的报告", 18)
    _paragraph(doc, "县纪委监委、县财政局：")
    _paragraph(
        doc,
        "按照全县“一卡通”专项治理“回头看”工作部署，我乡组织财政所、经管站、民政办、农办等相关站所组建4个专班，"
        "深入21个行政村，对2022年以来惠民惠农财政补贴资金发放情况进行了自查。现将自查发现的问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、自查发现的问题及整改情况", font="黑体")
    for problem, account in CARD_PARAS:
        _paragraph(doc, problem)
        _paragraph(doc, account)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(doc, "我乡将以此次“回头看”为契机，举一反三，建立健全惠民惠农资金发放长效监管机制。")
    _paragraph(doc, "清丰县六塔乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_card(path: Path) -> Path:
    members = [
        ("八公桥镇一卡通专项治理回头看自查问题清单.xlsx", write_card_book),
        ("六塔乡一卡通专项治理回头看自查情况报告.docx", write_card_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 民生实事实施进度, after a county 民生办's monthly 通报 of its 民生工程 (县直牵头实施部门; 实施进度较慢的项目 named
# one by one; 把握时间节点，倒排工程期限，确保完成年度目标任务):
# https://www.shouxianinfo.com/News/show/33767.html
# An .xlsx: title with the 截至 date, 填报单位 line, one header row with 年度目标任务, 牵头实施部门, 7月底累计完成, 完成时限
# and a 进度评价 in the 通报's words (已完成, 超序时进度, 按序时推进, 进度滞后), units by short names (市住房城乡建设局,
# 市交通局, 市卫健委, 市城管局, 市人社局), a 合计 row and a 说明 line.
LIVE_ROWS = [
    (
        "新建改扩建公办幼儿园",
        "建成8所，新增学位2400个",
        "市教育局",
        "5所主体完工，3所正在施工",
        "2024年8月底前",
        "按序时推进",
    ),
    ("社区嵌入式养老服务设施建设", "建成12处", "市民政局", "12处已全部建成投用", "2024年6月底前", "已完成"),
    ("城镇老旧小区改造", "改造46个小区", "市住房城乡建设局", "已开工31个", "2024年12月底前", "按序时推进"),
    ("农村公路提质改造", "完成300公里", "市交通局", "尚未开工", "2024年11月底前", "进度滞后"),
    ("适龄妇女免费“两癌”筛查", "筛查4万人", "市卫健委", "已筛查2.6万人", "年底前", "超序时进度"),
    ("城区新增公共停车泊位", "新增3000个", "市城管局", "", "2024年10月底前", ""),
    ("零工市场建设", "建成县级以上6个", "市人社局", "6个已建成运营", "2024年9月底前", "已完成"),
]


def write_live(path: Path) -> Path:
    b = Book(path, author="民生办")
    ws = b.sheet("进度表")
    b.widths(ws, [6, 24, 34, 16, 26, 16, 12])
    b.line(ws, 0, "2024年濮阳市重点民生实事实施进度表（截至7月25日）", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市民生实事工作领导小组办公室    填报日期：2024年7月26日", 6)
    b.header(
        ws,
        2,
        ["序号", "民生实事项目", "年度目标任务", "牵头实施部门", "7月底累计完成", "完成时限", "进度评价"],
    )
    for i, row in enumerate(LIVE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIVE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 6, "7项民生实事中，已完成2项，超序时进度1项，按序时推进2项，进度滞后1项，未报进度1项"
    )
    b.line(ws, end + 1, "说明：进度评价分为“已完成”“超序时进度”“按序时推进”“进度滞后”四类。", 6)
    b.line(ws, end + 2, "填表人：吕晓静    联系电话：0393-8860512", 6)
    return b.close()


FILES = [
    ("中共濮阳市城乡一体化示范区工委关于巡察整改情况的通报.docx", write_patrol),
    ("华龙区落实省委巡视反馈意见整改任务推进台账.xlsx", write_tour),
    ("2023年度市本级预算执行审计查出问题整改情况表.xlsx", write_audit),
    ("昆吾街道安全生产交叉互查隐患整改台账.xls", write_cross),
    ("12345热线转办市直单位重点工单办理情况（7月）.csv", write_hotline),
    ("市八届人大四次会议代表建议办理情况统计表.et", write_npc),
    ("深化一流营商环境建设行动任务推进情况表.xlsx", write_biz),
    ("省生态环境保护督察组交办问题调查处理情况通报（第十六批）.ods", write_env),
    ("关于省领导调研路线沿线环境问题督查交办情况的通报.doc", write_route),
    ("惠民惠农补贴一卡通专项治理回头看自查（两乡镇）.zip", write_card),
    ("2024年重点民生实事实施进度表（截至7月25日）.xlsx", write_live),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside124 returns: ten files laid out after ten public pages, cited beside each layout below.

The campaigns are the prose-led kinds (通报, 情况报告, 公示 whose problems are written in paragraphs): 巡察反馈,
审计整改, 督查通报, 明察暗访, 作风建设, 安全检查通报, 环保督察, 12345月报, 人大建议办理, 营商环境.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 (with the BOM Excel writes), a .docx
whose items are numbered headings with paragraphs under them, a .doc (Word 97 via LibreOffice) whose items are
paragraphs, an .ods (LibreOffice conversion) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up (a city like 濮阳, July 2024); the statistics date is 2024-07-31.

Run from this folder: python make_aside124.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document properties, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
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
                "font_name": "宋体",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.section = add({"border": 1, "bold": True, "valign": "vcenter", "font_name": "宋体"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
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
    """LibreOffice --convert-to (the older or open-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
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
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 16, bold: bool = False) -> None:
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
# 1. 巡察反馈 — 党组关于巡察整改进展情况的报告, after a district 总工会党组's report (根据区委统一部署 … 区委第一巡察组
# 对区总工会党组进行了巡察 … 现将整改进展情况报告如下; 一、组织领导情况; 二、整改进展情况及成效; each problem as
# "1.关于“政治引领有短板”问题的整改。" followed by "一是…二是…" measures):
# https://gongwenku1.com/index.php?id=47900
# A .docx: title naming the 党组, preamble, part 一 in prose, part 二 whose items are numbered headings
# 关于“…”问题的整改 with a paragraph of measures, 整改时限 and progress under each (the 党组's own 部室 as sections),
# part 三, the 公开 contact line, the 党组 and the date at the foot.
UNION_ITEMS = [
    (
        "1.关于“党组理论学习中心组学习流于形式，学习记录内容雷同”问题的整改。",
        "一是由办公室修订党组理论学习中心组学习制度，明确每次学习确定专题、确定中心发言人；二是对2023年以来"
        "学习记录逐次复核，补充研讨发言内容。整改时限：2024年6月底前。目前，该问题已整改完成。",
    ),
    (
        "2.关于“部分职工之家建成后长期闲置，服务职工阵地作用发挥不充分”问题的整改。",
        "由基层工作部牵头，对全市已命名的职工之家逐一摸底，分类提出盘活措施。整改时限：2024年12月底前。"
        "目前已完成摸底排查，正在分批推进盘活工作。",
    ),
    (
        "3.关于“困难职工帮扶资金审核把关不严，存在重复救助情况”问题的整改。",
        "一是由权益保障部会同财务部对2022年以来帮扶资金发放情况全面核查，追回重复发放资金1.2万元；二是建立"
        "帮扶对象信息比对机制。整改时限：2024年7月15日。该问题已整改到位。",
    ),
    (
        "4.关于“工会经费收缴不及时，部分基层工会长期欠缴经费”问题的整改。",
        "由经费审查委员会办公室会同财务部建立欠缴台账，逐家督促补缴。整改时限：2024年9月30日前。"
        "目前清欠工作尚未启动。",
    ),
    (
        "5.关于“公务接待管理不规范，接待清单与发票内容不一致”问题的整改。",
        "一是由办公室修订《公务接待管理办法》；二是对2023年以来的公务接待清单逐笔核对。整改时限：2024年8月底前。"
        "接待管理办法已修订印发，接待清单核对工作正在进行。",
    ),
    (
        "6.关于“干部队伍年龄结构老化，年轻干部储备不足”问题的整改。",
        "由组织人事部制定年轻干部三年培养计划，通过公开遴选、挂职锻炼等方式充实干部队伍。整改时限：长期坚持。"
        "培养计划已制定，长期坚持抓好落实。",
    ),
    (
        "7.关于“意识形态工作责任制落实不到位，职工书屋阵地管理存在漏洞”问题的整改。",
        "整改措施：由宣传教育部对全市职工书屋开展一次全面清查，建立书刊入库审核登记制度。"
        "整改时限：2024年7月31日前。",
    ),
    (
        "8.关于“对直属事业单位监管不到位，工人文化宫场地出租未经集体研究”问题的整改。",
        "由财务部牵头对工人文化宫现有出租合同进行梳理，重新履行集体决策程序。整改时限：2024年10月31日前。"
        "目前已完成合同梳理，正在提交党组会议集体研究。",
    ),
]


def write_union(path: Path) -> Path:
    doc = _new_document("市总工会办公室")
    _title(doc, "中共濮阳市总工会党组关于市委第二巡察组巡察反馈意见整改进展情况的报告")
    _paragraph(
        doc,
        "根据市委统一部署，2024年3月12日至5月10日，市委第二巡察组对市总工会党组进行了巡察。2024年5月24日，"
        "市委巡察组向市总工会党组反馈了巡察意见。根据党务公开原则和巡察工作有关要求，现将整改进展情况报告如下。",
    )
    _paragraph(doc, "一、整改组织领导情况", font="黑体")
    _paragraph(
        doc,
        "市总工会党组把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，召开党组会议专题研究，"
        "逐条制定整改措施，明确责任部室和整改时限，实行台账管理、对账销号。",
    )
    _paragraph(doc, "二、整改进展情况及成效", font="黑体")
    for heading, body in UNION_ITEMS:
        _paragraph(doc, heading, bold=True)
        _paragraph(doc, body)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "市总工会党组将坚持目标不变、标准不降、力度不减，对已完成的整改事项适时开展“回头看”，对正在推进的事项"
        "紧盯时限、持续用力，确保巡察反馈问题全部整改到位。",
    )
    _paragraph(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0393-8166025；"
        "邮政信箱：濮阳市华龙区开州路市总工会办公室。",
    )
    _paragraph(doc, "中共濮阳市总工会党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 审计整改 — 审计发现问题超期未整改事项现场督导, after a district 委审计办's on-site 督导 of the units whose audit
# problems were past their 整改期限 (实地核查+座谈交流+台账比对; 区住建局、区教育局、区自然资源局、区山水集团; 对存在
# 虚假整改、拒绝或拖延整改、整改不到位的严肃追责问责):
# http://sjj.trs.gov.cn/xwzx/sszx/202505/t20250526_87926041.html
# An .xlsx: title, 督导组织/时间/方式 line, a two-row header (督导核查 merged over three columns), units by short names
# (市住建局, 市自然资源局, 市卫健委, 市城管局) and a 市属国企, the original 整改期限 (already past), 整改状态
# (已整改/部分整改/持续整改/未整改), a 合计 row, a 注 line and the signature line.
AUDIT_ROWS = [
    (
        "2023年度市级预算执行审计",
        "专项资金管理",
        "城市更新专项资金3200万元未按规定用途使用，滞留在项目实施单位",
        "市住建局",
        "2024年3月31日",
        "实地核查、台账比对",
        "已收回滞留资金1800万元，剩余1400万元正在协调项目单位退回",
        "部分整改",
    ),
    (
        "2023年度市级预算执行审计",
        "资金统筹",
        "农村义务教育学生营养改善计划结余资金456万元未统筹使用",
        "市教育局",
        "2024年4月30日",
        "座谈交流、台账比对",
        "结余资金已统筹用于学校食堂设施改造，拨付凭证齐全",
        "已整改",
    ),
    (
        "土地出让收支审计",
        "非税收入征管",
        "欠缴土地出让金1.27亿元未追缴到位",
        "市自然资源局",
        "2024年6月30日",
        "实地核查、座谈交流",
        "已向法院申请强制执行，执行款尚未到位",
        "部分整改",
    ),
    (
        "市属国有企业负责人经济责任审计",
        "工程管理",
        "供水管网改造工程未经竣工结算即支付工程款至合同价的97%",
        "濮阳市龙都水务集团有限公司",
        "2024年5月31日",
        "台账比对",
        "督导时未能提供整改佐证材料",
        "未整改",
    ),
    (
        "卫生健康专项资金审计",
        "政府采购",
        "基层医疗机构设备采购未按规定公开招标，涉及金额680万元",
        "市卫健委",
        "2024年6月30日",
        "座谈交流、台账比对",
        "已修订政府采购内控制度并组织专题培训，对2名相关责任人进行问责",
        "已整改",
    ),
    (
        "高标准农田建设资金审计",
        "资金拨付",
        "高标准农田建设项目管护资金未及时拨付至乡镇",
        "市农业农村局",
        "2024年5月底前",
        "实地核查",
        "已拨付3个县区，其余2个县区正在办理拨付手续",
        "部分整改",
    ),
    (
        "2023年度市级预算执行审计",
        "非税收入征管",
        "城区公共停车收费收入1320万元未及时缴入国库",
        "市城管局",
        "2024年4月30日",
        "台账比对",
        "已缴入国库860万元，剩余460万元按月分期缴纳",
        "持续整改",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="市委审计办")
    ws = b.sheet("督导台账")
    b.widths(ws, [6, 22, 12, 38, 22, 14, 18, 34, 10])
    b.line(ws, 0, "审计发现问题超期未整改事项现场督导台账", 8, b.title)
    b.line(
        ws,
        1,
        "督导单位：中共濮阳市委审计委员会办公室    督导时间：2024年7月15日至7月19日    "
        "督导方式：实地核查、座谈交流、台账比对",
        8,
    )
    for c, word in enumerate(["序号", "审计项目", "问题类别", "审计发现问题", "整改责任单位", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "督导核查", b.head)
    b.header(ws, 3, ["核查方式", "核查情况", "整改状态"], first=6)
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:5]), first=1)
        b.row(ws, 3 + i, list(row[5:7]), first=6)
        b.put(ws, 3 + i, 8, row[7], b.center)
    end = 4 + len(AUDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "督导超期未整改问题7个：已整改2个，部分整改3个，持续整改1个，未整改1个")
    b.line(
        ws,
        end + 1,
        "注：整改状态分为“已整改”“部分整改”“持续整改”“未整改”四类；对未整改、部分整改的问题，"
        "由市委审计办约谈责任单位分管负责人。",
        8,
    )
    b.line(
        ws,
        end + 2,
        "督导组组长：郑国梁    填表人：许文静    联系电话：0393-8992156    填报日期：2024年7月24日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 督查通报 — 市政府常务会议议定事项落实情况督查, after a city 政府督查室's yearbook entry on its 政务督查 (对市政府
# 常务会议议定事项，形成督查专报; 完成并销号56项，22项按照时间进度正常推进; 下发督办函):
# https://yueyang.gov.cn/yysqw/43332/43335/47847/58573/58581/content_1629914.html
# An .xlsx: 督查专报 masthead, title, preamble line with the counts, one header row with 责任市领导 (a person),
# 牵头单位 (short names) and 配合单位, meetings as section rows merged across, 完成时限 as dates and 月底 words,
# 督查意见 (完成并销号/正常推进/进展滞后), a 注 line and the 印发 line.
MEETINGS = [
    (
        "市政府第8次常务会议（2024年4月22日）",
        [
            (
                "审议通过中心城区背街小巷整治提升三年行动方案，年内完成60条背街小巷整治",
                "李振华",
                "市城管局",
                "华龙区政府、开发区管委会",
                "2024年12月底",
                "已完成32条，其余28条已进场施工",
                "正常推进",
            ),
            (
                "出台支持民营经济高质量发展的若干措施",
                "赵明远",
                "市发改委",
                "市工信局、市财政局",
                "2024年6月30日",
                "已于6月28日以市政府文件印发实施",
                "完成并销号",
            ),
            (
                "开通濮阳东站至市区公交接驳专线2条",
                "李振华",
                "市交通局",
                "市众意公交公司",
                "2024年7月15日",
                "因站点用地未落实，两条专线均未开通",
                "进展滞后，已下发督办函",
            ),
        ],
    ),
    (
        "市政府第9次常务会议（2024年5月27日）",
        [
            (
                "汛前完成中心城区12处易涝点改造",
                "孙立群",
                "市住建局",
                "市城管局",
                "2024年6月底",
                "12处易涝点改造已全部完工，经验收合格",
                "完成并销号",
            ),
            (
                "为200家重点企业配备用工服务专员",
                "赵明远",
                "市人社局",
                "市工信局",
                "2024年8月31日",
                "已为156家重点企业配备用工服务专员",
                "正常推进",
            ),
            (
                "开展城镇燃气安全专项整治，完成老旧燃气管网更新改造45公里",
                "孙立群",
                "市住建局",
                "市燃气公司",
                "2024年11月30日",
                "未按时报送落实情况",
                "请牵头单位及时补报",
            ),
        ],
    ),
    (
        "市政府第10次常务会议（2024年6月24日）",
        [
            (
                "启动市体育中心周边停车场建设，新增停车泊位800个",
                "李振华",
                "濮阳市投资集团有限公司",
                "市自然资源和规划局",
                "2024年10月底",
                "已完成选址和方案设计，正在办理建设工程规划许可",
                "正常推进",
            ),
            (
                "对全市1.2万户低保对象开展动态核查",
                "王丽娟",
                "市民政局",
                "各县区政府",
                "2024年7月31日",
                "已完成核查，清退不符合条件对象326户",
                "完成并销号",
            ),
        ],
    ),
]


def write_meetings(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("督查通报")
    b.widths(ws, [6, 40, 10, 20, 22, 14, 36, 18])
    b.line(ws, 0, "濮阳政务督查（第21期）    濮阳市人民政府督查室    2024年7月25日", 7)
    b.line(ws, 1, "关于市政府常务会议议定事项落实情况的督查通报", 7, b.title)
    b.line(
        ws,
        2,
        "近期，市政府督查室对市政府第8次至第10次常务会议议定事项落实情况进行了督查。截至7月24日，8项议定事项中，"
        "完成并销号3项，按时间进度正常推进3项，进展滞后1项，未按时报送落实情况1项。现通报如下：",
        7,
    )
    ws.set_row(2, 45)
    b.header(
        ws, 3, ["序号", "议定事项", "责任市领导", "牵头单位", "配合单位", "完成时限", "落实情况", "督查意见"]
    )
    r, n = 4, 0
    for meeting, rows in MEETINGS:
        b.merge(ws, r, 0, r, 7, meeting, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "注：督查意见为“进展滞后”的，由市政府督查室下发督办函，牵头单位须在收到督办函后5个工作日内书面说明情况。",
        7,
    )
    b.line(ws, r + 1, "抄送：市委督查室，市政府各副市长。        濮阳市人民政府督查室2024年7月25日印发", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 明察暗访 — 党风政风社会监督员（“神秘人”）暗访检查, after a district's account of its 社会监督员 checking 区机关、
# 镇办社区、基层学校、乡镇卫生院 and 驻区单位 (公安、税务、工商) by 政策咨询、业务问询 (在岗不在状态、岗位标识不清晰、
# 外出告知执行不好; 制发专项通报):
# http://special.dbw.cn/system/2015/09/24/056840540.shtml
# An .xlsx: title, 暗访时间/反馈时间 line stating the base of 5个工作日 and 立行立改, one header row with the
# 暗访方式, the 被暗访单位 (县区 units, a 派出所, a 市场监管所, a 税务局, a 卫生院, a school), 单位整改情况 and
# the 监督员复核 verdict, a 注 line and the signature line.
MYSTERY_ROWS = [
    (
        "华龙区胜利路街道办事处",
        "现场问询",
        "便民服务大厅岗位标识不清晰，群众进门后找不到社保办理窗口",
        "5个工作日",
        "已重新制作窗口标识牌和大厅引导图",
        "复核通过",
    ),
    (
        "濮阳市公安局华龙分局中原路派出所",
        "电话咨询",
        "户籍窗口民警对新生儿落户所需材料解答不清，让群众“再问问别人”",
        "立行立改",
        "已对该民警批评教育，组织窗口人员政策业务培训",
        "复核通过",
    ),
    (
        "华龙区孟轲乡卫生院",
        "现场问询",
        "挂号收费窗口工作人员在岗不在状态，上班时间低头玩手机",
        "5个工作日",
        "已对当事人诫勉谈话，正在修订窗口岗位考核办法",
        "",
    ),
    (
        "濮阳市华龙区昆吾小学",
        "现场问询",
        "校领导外出未履行告知程序，门卫及办公室均不知其去向",
        "5个工作日",
        "",
        "",
    ),
    (
        "华龙区市场监督管理局任丘路市场监管所",
        "电话咨询",
        "对外公布的食品经营许可咨询电话连续3次无人接听",
        "立行立改",
        "未整改，咨询电话仍无法接通",
        "复核未通过",
    ),
    (
        "国家税务总局濮阳市华龙区税务局",
        "现场问询",
        "办税服务厅导税人员对个人所得税综合所得汇算政策解答不准确",
        "2024年7月26日",
        "已组织导税人员专题培训，常见问题解答手册正在编印",
        "",
    ),
    (
        "华龙区岳村镇人民政府",
        "现场问询",
        "午间便民服务中心无人值守，群众等候40分钟",
        "5个工作日",
        "已落实午间轮流值班制度并公示值班表",
        "复核通过",
    ),
]


def write_mystery(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("反馈整改表")
    b.widths(ws, [6, 30, 10, 40, 14, 36, 12])
    b.line(ws, 0, "党风政风社会监督员暗访发现问题反馈整改表", 6, b.title)
    b.line(
        ws,
        1,
        "暗访时间：2024年7月8日至7月10日    反馈时间：2024年7月12日    "
        "整改时限自反馈之日起计算，“立行立改”的当日整改到位",
        6,
    )
    b.header(
        ws, 2, ["序号", "被暗访单位", "暗访方式", "暗访发现问题", "整改时限", "单位整改情况", "监督员复核"]
    )
    for i, row in enumerate(MYSTERY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:3]), first=1)
        b.put(ws, 2 + i, 4, row[3], b.center)
        b.put(ws, 2 + i, 5, row[4])
        b.put(ws, 2 + i, 6, row[5], b.center)
    end = 3 + len(MYSTERY_ROWS)
    b.line(ws, end, "注：“监督员复核”栏由社会监督员回访复核后填写，复核未通过的再次交办。", 6)
    b.line(
        ws,
        end + 1,
        "濮阳市华龙区纪委监委党风政风监督室    填表人：马晓燕    联系电话：0393-8316620    2024年7月23日",
        6,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 作风建设 — 遵守工作纪律情况督查通报, after a county 作风办's account of its 明查暗访 of 镇区和县直单位 (迟到早退、
# 无故缺岗; 严格请销假制度，工作时间外出须说明去向及返回时间; 严禁工作时间做与工作无关的事情):
# http://bhxjw.gov.cn/detailed/efficiency/2018-08-24/721.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, part 一 whose items are numbered paragraphs (one unit each:
# the check, the problem, 整改情况 and 整改时限 in sentences), part 二 工作要求, the office and the date at the foot.
DISCIPLINE_PARAS = [
    (
        "（一）濮阳县自然资源局。7月9日上午8时40分检查时，该局不动产登记窗口2名工作人员迟到。整改情况：局党组已对"
        "2人批评教育并在全局通报，整改时限为7月19日，现已整改到位。"
    ),
    (
        "（二）濮阳县文留镇人民政府。7月9日上午10时检查时，该镇党政办公室、经济发展办公室共3名工作人员无故缺岗，"
        "未履行请销假手续。整改情况：镇党委已对3人进行诫勉谈话，正在对全镇请销假制度执行情况开展自查，"
        "整改时限为2024年8月15日。"
    ),
    (
        "（三）濮阳县人力资源和社会保障局。7月10日下午3时检查时，社保服务大厅1名工作人员上班时间在工位睡觉。"
        "整改时限为7月26日，该局至今未报送整改情况。"
    ),
    (
        "（四）濮阳县柳屯镇人民政府。7月10日下午4时50分检查时，镇便民服务中心提前下班、大门上锁。整改时限为"
        "7月19日。整改情况：未整改，该镇以人员不足为由，至今未落实值班安排。"
    ),
    (
        "（五）濮阳县住房和城乡建设局。7月11日上午检查时，该局外出登记簿记录不全，3名外出人员未登记去向及返回时间。"
        "整改情况：已完善外出报备登记制度，由办公室每周抽查，长期坚持。"
    ),
    (
        "（六）濮阳县庆祖镇人民政府。7月11日上午9时30分检查时，镇综治中心值班人员脱岗，值班电话无人接听。"
        "整改情况：已调整值班人员，建立领导带班抽查机制，整改时限为7月19日，已整改到位。"
    ),
    (
        "（七）濮阳县市场监督管理局。7月11日下午检查时，该局2名执法人员上班时间浏览购物网站。整改情况：已对当事人"
        "批评教育，正在全局开展为期一个月的纪律作风集中整顿，整改时限为8月31日前。"
    ),
]


def write_discipline_docx(path: Path) -> Path:
    doc = _new_document("县作风办")
    _title(doc, "关于部分单位遵守工作纪律情况督查及整改情况的通报")
    _paragraph(doc, "各乡镇人民政府，县直各单位：", indent=False)
    _paragraph(
        doc,
        "7月9日至11日，县纪委监委、县作风办对部分镇区和县直单位遵守工作纪律情况进行了明查暗访。从检查情况看，"
        "总体情况较好，但部分单位仍然存在迟到早退、无故缺岗、上班时间做与工作无关事情等问题。现将发现的问题"
        "及整改情况通报如下：",
    )
    _paragraph(doc, "一、发现的问题及整改情况", font="黑体")
    for text in DISCIPLINE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、工作要求", font="黑体")
    _paragraph(
        doc,
        "各单位要从中汲取教训，举一反三，严格请销假制度，工作时间外出开会、办事须说明公务内容、去向及返回时间，"
        "经批准备案后方可外出；严禁工作时间做与工作无关的事情。未整改到位的单位要持续抓好整改，整改结果及时报县作风办。",
    )
    _paragraph(doc, "濮阳县纪律作风建设工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_discipline(path: Path) -> Path:
    return via_soffice(write_discipline_docx, path, "doc", "遵守工作纪律情况督查及整改情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 安全检查通报 — 安全生产集中行动检查隐患整改情况, after a county's account of its 安全生产集中行动 reported by
# sector (煤矿、非煤矿山、危险化学品和烟花爆竹、特种设备、道路交通、消防安全、建筑施工、城市燃气; 检查企业N家，发现
# 一般隐患N条、已整改、限期整改、下达整改指令书N份):
# http://www.zltai.com/html/news/enterprises/2008/1031/23354.html
# An .xlsx: title, 填报单位/检查时间 line, one header row with the 整改指令书 number and the 行业监管部门 (inspector)
# beside the 被检查单位, sectors as section rows with their counts, a 合计 row and the signature line.
SAFETY_SECTIONS = [
    (
        "一、危险化学品（检查企业8家，发现一般隐患2条）",
        [
            (
                "濮阳县宏源化工有限公司",
                "储罐区可燃气体检测报警仪2台故障，未及时维修",
                "濮县安指〔2024〕017号",
                "2024年7月20日",
                "已更换报警仪并经检测机构校验合格",
                "县应急管理局",
            ),
            (
                "濮阳县昌盛石化仓储有限公司",
                "装卸区静电接地装置失效",
                "濮县安指〔2024〕018号",
                "2024年7月25日",
                "静电接地报警器正在采购安装",
                "县应急管理局",
            ),
        ],
    ),
    (
        "二、建筑施工（检查在建项目11个，发现一般隐患2条）",
        [
            (
                "濮阳市恒泰建筑工程有限公司",
                "城关镇安置房二期项目塔吊基础积水，未设置排水措施",
                "濮县安指〔2024〕021号",
                "2024年7月18日",
                "已整改",
                "县住房和城乡建设局",
            ),
            (
                "濮阳县振兴建筑安装有限公司",
                "外脚手架连墙件缺失，剪刀撑设置不连续",
                "濮县安指〔2024〕022号",
                "2024年7月22日",
                "未整改",
                "县住房和城乡建设局",
            ),
        ],
    ),
    (
        "三、特种设备（检查使用单位9家，发现一般隐患1条）",
        [
            (
                "濮阳县金海湾大酒店有限公司",
                "客梯维护保养记录缺失，安全检验合格标志超期",
                "濮县安指〔2024〕025号",
                "2024年8月10日",
                "已向特种设备检验机构申请定期检验",
                "县市场监督管理局",
            ),
        ],
    ),
    (
        "四、消防安全（检查经营单位12家，发现一般隐患2条）",
        [
            (
                "濮阳县鑫隆购物广场有限公司",
                "商场二层部分防火卷帘下方堆放货物",
                "濮县安指〔2024〕027号",
                "2024年7月12日",
                "现场已清理完毕",
                "县消防救援大队",
            ),
            (
                "濮阳县东方红家具厂",
                "生产车间与员工宿舍未进行防火分隔",
                "濮县安指〔2024〕028号",
                "2024年9月30日",
                "",
                "县消防救援大队",
            ),
        ],
    ),
    (
        "五、城镇燃气（检查企业3家，发现一般隐患1条）",
        [
            (
                "濮阳县华港燃气有限公司",
                "城关镇部分老旧小区燃气立管锈蚀严重",
                "濮县安指〔2024〕031号",
                "2024年12月31日",
                "已完成23栋楼立管更换，其余楼栋正在分批施工",
                "县住房和城乡建设局",
            ),
        ],
    ),
]


def write_safety(path: Path) -> Path:
    b = Book(path, author="县安委办")
    ws = b.sheet("隐患整改情况")
    b.widths(ws, [6, 28, 40, 22, 16, 36, 20])
    b.line(ws, 0, "濮阳县安全生产集中行动检查发现隐患整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县安全生产委员会办公室    检查时间：2024年7月8日至7月12日", 6)
    b.header(
        ws, 2, ["序号", "被检查单位", "隐患内容", "整改指令书编号", "整改期限", "整改情况", "行业监管部门"]
    )
    r, n = 3, 0
    for section, rows in SAFETY_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "检查企业和单位43家，发现一般隐患8条，下达整改指令书8份，已整改3条")
    b.line(
        ws,
        r + 2,
        "县安委办负责人：冯志刚    填表人：刘一鸣    联系电话：0393-3212560    填报日期：2024年7月29日",
        6,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 环保督察 — 督察组交办第十批群众信访举报件办理情况, after a district's notice of the 第十批 信访举报件 a 生态环境
# 保护督察组 handed it (来电/来信; 涉及水、大气、噪声、辐射; 所有举报件均已及时转交相关部门、相关镇街处理; 整改和处理
# 情况会及时向社会公开):
# https://xyb.txdzw.com/Html/2024-12-02/18850.html
# A .zip of two returns: a county's .xlsx (公示表: 受理编号, 交办问题, 污染类型, 调查核实情况, 是否属实, 处理和整改
# 情况, 责任单位, 整改时限, 是否办结 with 已办结/阶段性办结/未办结) and another county's .docx 公示 whose items are
# blocks of paragraphs (编号 and complaint, 调查核实情况, 处理和整改情况, 责任单位).
PETITION_ROWS = [
    (
        "D3HA20240715012",
        "反映柳屯镇一塑料颗粒加工厂夜间生产，废气刺鼻",
        "柳屯镇",
        "大气",
        "经查，该厂为濮阳县鑫塑再生资源有限公司，废气收集处理设施未正常运行",
        "属实",
        "责令停产整改，立案处罚2万元；企业已更换活性炭并完成设施检修，经复查合格后复产",
        "濮阳县柳屯镇人民政府",
        "2024年7月25日",
        "已办结",
    ),
    (
        "D3HA20240715019",
        "反映文留镇金堤河沿岸有人倾倒建筑垃圾",
        "文留镇",
        "固废",
        "现场发现堆放建筑垃圾约200立方米",
        "属实",
        "已清运建筑垃圾约200立方米，倾倒人正在排查",
        "濮阳县文留镇人民政府",
        "2024年7月31日",
        "阶段性办结",
    ),
    (
        "D3HA20240715023",
        "反映县城开州路一KTV夜间营业噪声扰民",
        "城关镇",
        "噪声",
        "夜间监测边界噪声超标3.2分贝",
        "基本属实",
        "已责令加装隔声设施，限期整改，施工单位已进场",
        "濮阳县城关镇人民政府",
        "2024年8月15日",
        "未办结",
    ),
    (
        "D3HA20240715027",
        "反映王称堌镇一养殖场粪污直排入村东沟渠",
        "王称堌镇",
        "水",
        "现场发现沟渠内有粪污痕迹",
        "属实",
        "尚未处理",
        "濮阳县王称堌镇人民政府",
        "2024年8月10日",
        "未办结",
    ),
    (
        "D3HA20240715031",
        "反映户部寨镇一砖厂烟囱冒黑烟",
        "户部寨镇",
        "大气",
        "经现场核查，该砖厂已于2023年关停，设备已拆除",
        "不属实",
        "已向举报人反馈核查结果",
        "濮阳县户部寨镇人民政府",
        "/",
        "已办结",
    ),
]

QINGFENG_BLOCKS = [
    (
        "一、D3HA20240715041号：反映韩村镇一家具厂喷漆工序废气无组织排放，周边气味刺鼻。",
        "调查核实情况：经查，该厂为清丰县韩村镇福源家具厂，喷漆房未密闭，废气未经收集处理直接排放，举报属实。",
        "处理和整改情况：责令该厂停止喷漆作业，于2024年7月20日前完成喷漆房密闭和废气治理设施改造。"
        "该厂已按期完成整改，经复查合格。",
        "责任单位：清丰县韩村镇人民政府",
    ),
    (
        "二、D3HA20240715046号：反映马庄桥镇一钢构企业夜间切割作业噪声扰民。",
        "调查核实情况：经查，该企业夜间存在切割作业，举报属实。",
        "处理和整改情况：已责令企业调整作业时间，禁止夜间切割作业；隔声屏障正在安装，整改时限为2024年8月10日。",
        "责任单位：清丰县马庄桥镇人民政府",
    ),
    (
        "三、D3HA20240715052号：反映县城顺河路一小区底商餐饮油烟直排，影响居民开窗。",
        "调查核实情况：经查，小区底商3家餐饮店未安装油烟净化设施，举报属实。",
        "处理和整改情况：已督促3家餐饮店安装油烟净化设施并规范排放，整改时限为2024年7月24日，现已办结。",
        "责任单位：清丰县城市管理局",
    ),
    (
        "四、D3HA20240715058号：反映六塔乡前店村村内坑塘水体发黑发臭。",
        "调查核实情况：经查，该坑塘长期接纳周边生活污水，水体黑臭，举报属实。",
        "处理和整改情况：乡政府已制定坑塘治理方案，截断污水入塘口2处，计划2024年10月底前完成清淤和生态修复。",
        "责任单位：清丰县六塔乡人民政府",
    ),
]


def write_puyang_petitions(path: Path) -> Path:
    b = Book(path, author="县督察迎检办")
    ws = b.sheet("第十批")
    b.widths(ws, [6, 18, 34, 10, 8, 34, 10, 38, 22, 14, 10])
    b.line(ws, 0, "河南省第三生态环境保护督察组交办第十批群众信访举报件办理情况公示表（濮阳县）", 10, b.title)
    b.line(ws, 1, "交办时间：2024年7月15日    本批交办濮阳县5件，已办结2件，阶段性办结1件，未办结2件", 10)
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
            "整改时限",
            "是否办结",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PETITION_ROWS)
    b.line(ws, end, "濮阳县配合省生态环境保护督察工作领导小组办公室    2024年7月29日", 10)
    return b.close()


def write_qingfeng_petitions(path: Path) -> Path:
    doc = _new_document("清丰县督察办")
    _title(doc, "清丰县关于省第三生态环境保护督察组交办第十批信访件办理情况的公示", 18)
    _paragraph(
        doc,
        "2024年7月15日，河南省第三生态环境保护督察组向我县交办第十批群众信访举报件4件，其中来电举报3件、来信举报1件，"
        "涉及大气2件、噪声1件、水1件。所有举报件均已当日转交相关乡镇和部门办理，现将办理情况公示如下：",
    )
    for block in QINGFENG_BLOCKS:
        for k, text in enumerate(block):
            _paragraph(doc, text, bold=(k == 0))
    _paragraph(doc, "如对以上办理情况有异议，请拨打监督电话：0393-7222369。", indent=True)
    _paragraph(doc, "清丰县配合省生态环境保护督察工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_petitions(path: Path) -> Path:
    members = [
        ("第十批交办信访件办理情况公示表（濮阳县）.xlsx", write_puyang_petitions),
        ("清丰县第十批交办信访件办理情况公示.docx", write_qingfeng_petitions),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 12345月报 — 12345热线月度运行情况通报的附件, after a city's 9月份12345政务服务便民热线运行情况通报 (一、基本情况及
# 热点诉求; 二、重点工作: 1—9月“微幸福”民生工程重点督办事项375件，320件已完成，55件正在有序推进; 各部门（单位）
# 重点督办事项统计情况详见附件1):
# http://pakgovtjob.com/doc/2023/10/18/1177490.shtml
# A CSV in UTF-8 with BOM: 附件 line, title line, 统计截至 line, one header line with 督办编号, 交办日期 (the base of
# N个工作日), 办理时限 as dates or working days, 办理状态 (已完成/正在推进/未启动/blank) and 群众评价, short names
# (市住建局, 市城管局, 众意公交公司, 自来水公司, 市供电公司), a 合计 line and a 注 line.
HOTLINE_ROWS = [
    (
        "WS2024-031",
        "京开大道与黄河路交叉口东北角人行道破损，雨天积水严重",
        "华龙区",
        "市住建局",
        "2024-05-13",
        "2024-06-30",
        "已完成",
        "满意",
    ),
    (
        "WS2024-047",
        "昆吾花园小区北门外道路路灯损坏一个多月无人维修",
        "华龙区",
        "市城管局",
        "2024-06-03",
        "15个工作日",
        "已完成",
        "满意",
    ),
    (
        "WS2024-052",
        "中原路与大庆路口公交站台无遮阳棚，候车群众暴晒",
        "华龙区",
        "众意公交公司",
        "2024-06-11",
        "2024-08-31",
        "正在推进",
        "",
    ),
    (
        "WS2024-058",
        "老城十字街周边早市占道经营，早高峰车辆无法通行",
        "华龙区",
        "华龙区人民政府",
        "2024-06-14",
        "2024-07-31",
        "正在推进",
        "",
    ),
    (
        "WS2024-063",
        "濮上园小区供水压力不足，高层住户白天无水可用",
        "华龙区",
        "自来水公司",
        "2024-06-17",
        "20个工作日",
        "已完成",
        "基本满意",
    ),
    (
        "WS2024-066",
        "开州路北段多个老旧小区无充电设施，电动车飞线充电",
        "华龙区",
        "市供电公司",
        "2024-06-20",
        "2024-09-30",
        "未启动",
        "",
    ),
    (
        "WS2024-071",
        "孟轲乡至市区农村客运班次少，末班车发车过早",
        "华龙区",
        "市交通运输局",
        "2024-06-24",
        "2024-08-15",
        "",
        "",
    ),
    (
        "WS2024-074",
        "龙湖公园南门广场夜间广场舞音响声音过大扰民",
        "华龙区",
        "市公安局",
        "2024-06-26",
        "10个工作日",
        "已完成",
        "满意",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["附件1"])
    w.writerow(["2024年6月份12345政务服务便民热线运行情况通报——1—6月“民生微实事”重点督办事项办理情况"])
    w.writerow(["统计截至：2024年7月8日；1—6月共交办“民生微实事”重点督办事项8件，已完成4件，正在推进2件"])
    w.writerow(
        [
            "序号",
            "督办编号",
            "诉求事项",
            "所属区域",
            "责任单位",
            "交办日期",
            "办理时限",
            "办理状态",
            "群众评价",
        ]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "8件", "已完成4件，正在推进2件，未启动1件，未反馈1件", "", "", "", "", "", ""])
    w.writerow(["注：办理时限为“N个工作日”的，自交办日期起按工作日计算；群众评价由热线回访后填写。"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 人大建议办理 — 政府系统承办人大代表重点建议办理情况, after a district government's report on its 议案和建议办理
# (承办代表建议154件 … 已经解决或基本解决的116件 … 正在办理及列入计划的36件; 重点建议9件: 持续优化营商环境、
# 建设社区养老服务场所、盘活开发区闲置土地厂房、治理飞线私拉乱扯、完善新区污水管网、道路加装红绿灯减速带):
# http://m.hao995.com/yanshi/detail/60364.html
# An .xls (xlwt): title, 填报单位 line, one header row with 领衔代表 (the proposer), 主办单位 (short names: 市政务服务
# 中心, 市资规局, 市城管局, 市住建局, 市文广旅局) and 会办单位, 办理进度 (已办结/办理中/未启动/blank) beside
# 办理情况, 计划完成时间 as dates and month words, a 合计 row, a 说明 line and the signature line.
NPC_ROWS = [
    (
        "第0012号",
        "关于持续优化营商环境、进一步压减企业开办时间的建议",
        "张慧敏",
        "市政务服务中心",
        "市市场监管局、市税务局",
        "已办结",
        "企业开办全流程已压减至0.5个工作日，已书面答复代表，代表表示满意",
        "2024年6月30日",
    ),
    (
        "第0035号",
        "关于建设社区嵌入式养老服务场所的建议",
        "刘建国",
        "市民政局",
        "市住建局、市财政局",
        "办理中",
        "已选定12个社区试点，其中5个已开工建设",
        "2024年12月31日",
    ),
    (
        "第0041号",
        "关于盘活工业园区闲置土地和厂房的建议",
        "陈晓峰",
        "市资规局",
        "濮阳经济技术开发区管委会",
        "办理中",
        "已摸排闲置土地27宗、闲置厂房9处，处置方案正在制定",
        "2024年10月底",
    ),
    (
        "第0058号",
        "关于治理城区架空线缆飞线、私拉乱扯的建议",
        "王秀兰",
        "市城管局",
        "市供电公司",
        "已办结",
        "已完成主次干道线缆整治46条，已书面答复代表",
        "2024年7月15日",
    ),
    (
        "第0063号",
        "关于完善城东新区污水管网、提升承载能力的建议",
        "李红军",
        "市住建局",
        "市城管局",
        "办理中",
        "已列入2025年城建计划，正在开展前期设计",
        "2025年12月",
    ),
    (
        "第0077号",
        "关于省道212濮范段加装固定红绿灯和减速带的建议",
        "赵永强",
        "市交通运输局",
        "市交警支队",
        "",
        "",
        "2024年9月30日",
    ),
    (
        "第0089号",
        "关于建设戚城遗址文化公园的建议",
        "孙国庆",
        "市文广旅局",
        "市资规局",
        "未启动",
        "受用地规划调整影响，项目尚未启动",
        "2024年12月底前",
    ),
]


def write_npc(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市政府系统承办市八届人大三次会议代表重点建议办理情况表", t, 0, 8),
        (1, 0, "填报单位：濮阳市人民政府督查室    填报日期：2024年7月22日", plain, 1, 8),
    ]
    words = [
        "序号",
        "建议编号",
        "建议题目",
        "领衔代表",
        "主办单位",
        "会办单位",
        "办理进度",
        "办理情况",
        "计划完成时间",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h))
    for i, row in enumerate(NPC_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6) else c))
    r = 3 + len(NPC_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "重点建议7件：已办结2件，办理中3件，未启动1件，未报送1件", c, r, 8),
        (
            r + 1,
            0,
            "说明：办理进度按已办结、办理中、未启动填写；已办结的须附答复代表函。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "审核人：韩卫东    填表人：杨帆    联系电话：0393-8998327", plain, r + 2, 8),
    ]
    return _write_xls(path, [("重点建议", cells, [6, 10, 40, 10, 16, 24, 10, 36, 16])])


# ---------------------------------------------------------------------------------------------
# 10. 营商环境 — 政协优化营商环境监测点信息交办办理台账, after a county 政协's account of its 优化营商环境监测点
# (16个监测点覆盖工业、农业、建筑业、旅游业; 收到监测点信息153条，部门办结146条; “提交—交办—督办—反馈—评价”
# 全流程闭环; 企业满意度回访):
# https://www.panan.gov.cn/art/2025/4/1/art_1229655880_59372506.html
# An .ods (LibreOffice conversion): title, 填报单位/截至 line, one header row with the 监测点 (the enterprise that
# reported: the complainant) beside the 承办部门 (short names: 市发改委, 市税务局, 市交通局, 供电公司, 市住建局),
# 交办日期 as the base of N个工作日, 办理结果, 企业评价, a 说明 line and the signature line.
MONITOR_ROWS = [
    (
        "濮阳市中原石化配件有限公司",
        "技术改造项目网上备案多次被退回，且未说明退回原因",
        date(2024, 6, 5),
        "市发改委",
        "10个工作日",
        "已办结，项目已完成备案",
        "满意",
    ),
    (
        "濮阳市龙丰纸业有限公司",
        "增值税留抵退税申请提交后长时间未审核",
        date(2024, 6, 12),
        "市税务局",
        "10个工作日",
        "已办结，退税款已到账",
        "满意",
    ),
    (
        "濮阳市宏业食品有限公司",
        "厂区南侧乡道长期破损，大货车无法通行",
        date(2024, 6, 18),
        "市交通局",
        "2024年9月30日",
        "已完成路面勘测和修复方案，正在组织施工招标",
        "",
    ),
    (
        "濮阳市恒润建材有限公司",
        "环评审批需往返多次提交纸质材料",
        date(2024, 6, 25),
        "市生态环境局",
        "5个工作日",
        "已办结，环评审批已实行全程网办",
        "基本满意",
    ),
    (
        "濮阳市鑫达电子科技有限公司",
        "园区供电线路频繁跳闸，影响企业正常生产",
        date(2024, 7, 2),
        "供电公司",
        "15个工作日",
        "已更换故障线路开关，正在实施线路改造",
        "",
    ),
    (
        "濮阳市新科化工有限公司",
        "新建车间消防验收排队时间过长，影响投产",
        date(2024, 7, 8),
        "市住建局",
        "10个工作日",
        "逾期未办",
        "",
    ),
    (
        "濮阳市华宇物流有限公司",
        "外地员工子女入学积分政策咨询无统一答复口径",
        date(2024, 7, 15),
        "市教育局",
        "10个工作日",
        "",
        "",
    ),
]


def write_monitor_book(path: Path) -> Path:
    b = Book(path, author="市政协经济委")
    ws = b.sheet("交办办理台账")
    b.widths(ws, [6, 28, 38, 12, 16, 14, 34, 10])
    b.line(ws, 0, "市政协优化营商环境监测点反映问题交办办理台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：政协濮阳市委员会经济委员会    统计截至：2024年7月26日    本期交办问题7条",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "监测点（企业）", "反映问题", "交办日期", "承办部门", "办理时限", "办理结果", "企业评价"],
    )
    for i, row in enumerate(MONITOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MONITOR_ROWS)
    b.line(
        ws,
        end,
        "说明：办理时限为“N个工作日”的，自交办之日起计算；企业评价由监测点回访后填写，分满意、基本满意、不满意。",
        7,
    )
    b.line(ws, end + 1, "经济委员会主任：段志勇    填表人：吴佳    联系电话：0393-8182506", 7)
    return b.close()


def write_monitor(path: Path) -> Path:
    via_soffice(write_monitor_book, path, "ods", "优化营商环境监测点反映问题交办办理台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("中共濮阳市总工会党组关于市委第二巡察组巡察反馈意见整改进展情况的报告.docx", write_union),
    ("审计发现问题超期未整改事项现场督导台账.xlsx", write_audit),
    ("关于市政府常务会议议定事项落实情况的督查通报.xlsx", write_meetings),
    ("党风政风社会监督员暗访发现问题反馈整改表.xlsx", write_mystery),
    ("关于部分单位遵守工作纪律情况督查及整改情况的通报.doc", write_discipline),
    ("濮阳县安全生产集中行动检查发现隐患整改情况表.xlsx", write_safety),
    ("省第三生态环境保护督察组交办第十批信访件办理情况（两县）.zip", write_petitions),
    ("12345热线6月份运行情况通报附件1（民生微实事重点督办事项）.csv", write_hotline),
    ("市政府系统承办市人大代表重点建议办理情况表.xls", write_npc),
    ("市政协优化营商环境监测点反映问题交办办理台账.ods", write_monitor),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

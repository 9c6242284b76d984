"""Write the aside168 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds: 群众身边不正之风和腐败问题集中整治 (six files) and 民生实事 / 为民办实事 (five files).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .doc and .wps (Word 97
via LibreOffice), a CSV in UTF-8 with a BOM, a .docx whose items are numbered paragraphs, and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside168.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
        self.pct = add({"border": 1, "num_format": "0.0%", "align": "center", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
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


def _heading(doc, text: str, size: float = 16) -> None:
    _paragraph(doc, text, size, "黑体")


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
# 1. 集中整治问题台账（牵头单位汇总）, after a county 纪委监委's account of its 专项整治组 checking each 牵头单位's
# 问题台账 and sorting the problems into 已整改到位 / 限期（11月底前）完成整改 / 持续整改, with 整改时限 and 整改措施
# fixed per problem and a 定期通报 of progress:
# http://www.sqlzw.gov.cn/sitesources/lysjwjcw/page_pc/gzdt/jcfc/articledf227f92a3ee496f878bb75ee2379327.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with 整治领域, 牵头单位, 整改类别 (the three kinds the source
# names) beside 整改时限 and 整改进展, a 合计 row counting the three kinds, a signature line.
LEDGER_ROWS = [
    (
        "校园餐管理",
        "濮阳县教育局",
        "部分农村学校校园餐食材采购未公开招标，由校长亲属供货",
        "重新组织食材集中采购招标，清退关联供应商",
        "已整改到位",
        "2024年6月30日",
        "已完成公开招标，新供应商7月1日起供货",
    ),
    (
        "医保基金监管",
        "濮阳县医疗保障局",
        "个别乡镇卫生院存在挂床住院、虚记诊疗项目套取医保基金问题",
        "追回违规资金，对全县定点医疗机构开展专项检查",
        "限期整改",
        "9月底前",
        "已追回违规资金12.6万元，专项检查正在进行",
    ),
    (
        "社会救助",
        "濮阳县民政局",
        "低保审核把关不严，存在村干部近亲属未备案违规享受低保",
        "全面排查村干部近亲属低保备案情况，清退不符合条件对象",
        "限期整改",
        "2024年8月31日",
        "已排查完毕，清退17户，正在逐户复核",
    ),
    (
        "养老服务",
        "濮阳县民政局",
        "高龄津贴发放不及时，部分乡镇滞后2个月以上",
        "建立按月发放台账，实行社会化发放",
        "已整改到位",
        "2024年7月15日",
        "已补发到位",
    ),
    (
        "就业和社会保障",
        "濮阳县人力资源和社会保障局",
        "公益性岗位人员“只领钱不上岗”",
        "开展公益性岗位在岗核查，建立月度考勤抽查机制",
        "持续整改",
        "长期坚持",
        "常态化推进",
    ),
    (
        "乡村振兴",
        "濮阳县农业农村局",
        "衔接资金项目形成的资产未确权移交村集体，管护责任不落实",
        "建立项目资产台账，完成确权移交",
        "限期整改",
        "11月底前",
        "未启动",
    ),
    (
        "农村集体“三资”",
        "濮阳县农业农村局",
        "个别村集体机动地长期低价发包，合同期限超过二轮承包期",
        "清理规范承包合同，依法重新发包",
        "限期整改",
        "2024年10月31日",
        "正在与承包户协商解除原合同",
    ),
    (
        "住房安全保障",
        "濮阳县住房和城乡建设局",
        "农村危房改造补助资金被村干部以“服务费”名义截留",
        "追缴截留资金并退还农户",
        "已整改到位",
        "2024年7月10日",
        "已全额退还农户3.2万元，整改到位",
    ),
]


def write_ledger(path: Path) -> Path:
    b = Book(path, author="县纪委监委")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 14, 22, 40, 32, 12, 14, 30])
    b.line(ws, 0, "濮阳县群众身边不正之风和腐败问题集中整治问题台账（牵头单位汇总）", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县集中整治工作专班（县纪委监委党风政风监督室代章）    统计截至：2024年7月25日",
        7,
    )
    b.header(
        ws, 2, ["序号", "整治领域", "牵头单位", "问题表现", "整改措施", "整改类别", "整改时限", "整改进展"]
    )
    for i, row in enumerate(LEDGER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LEDGER_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.merge(ws, end, 3, end, 7, "问题8条，其中已整改到位3条、限期整改4条、持续整改1条")
    b.line(
        ws,
        end + 2,
        "审核人：杨振华    填表人：孟晓丽    联系电话：0393-3216605    填报日期：2024年7月26日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 社会救助“人情保”“关系保”问题排查整改清单, after a 街道's 民政领域不正之风和腐败问题集中整治推进会 (街道民政办
# and each 社区's 分管民政工作“两委”干部; the 社会救助“人情保”“关系保”整治方案; 各社区排查到位、压实责任、整改落实):
# http://huangzhou.cjyun.org/p/48610.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line (the 街道 and its 民政办), one table with the 社区居委会 as
# 责任单位, a 问题类型 column (人情保/关系保/错保/漏保), the 社区 包联干部 (a person) at the end, 填表说明 and
# signature lines.
RELIEF_ROWS = [
    (
        "五一路社区居委会",
        "社区网格员之母享受城市低保，未按规定进行近亲属备案",
        "关系保",
        "补办备案，重新入户核查，不符合条件的停保",
        "2024年7月15日",
        "已停保，追回低保金4320元",
        "刘敏",
    ),
    (
        "建设路社区居委会",
        "低保户家庭名下有营运车辆未如实申报",
        "错保",
        "核实车辆信息，依规停发低保金",
        "2024年7月20日",
        "已核实，正在履行停保程序",
        "张伟",
    ),
    (
        "胜利路社区居委会",
        "低保评议会议记录缺失，民主评议流于形式",
        "人情保",
        "重新组织民主评议，规范评议记录",
        "8月10日前",
        "",
        "王丽娟",
    ),
    (
        "人民路社区居委会",
        "1户重度残疾人家庭符合条件但未纳入低保",
        "漏保",
        "协助申请，纳入低保",
        "2024年7月31日",
        "已纳入低保，7月起按月发放",
        "赵磊",
    ),
    (
        "任丘路社区居委会",
        "低保对象动态管理不及时，2名已死亡人员未及时停发",
        "错保",
        "停发并追回多发资金",
        "2024年7月12日",
        "未整改",
        "陈静",
    ),
    (
        "五一路社区居委会",
        "临时救助审批由社区书记一人签字，未经集体研究",
        "人情保",
        "建立临时救助集体研究制度",
        "长期坚持",
        "长期坚持",
        "刘敏",
    ),
    (
        "建设路社区居委会",
        "特困供养人员照料服务协议未签订",
        "其他",
        "签订照料服务协议",
        "2024年8月31日",
        "已签订5份，剩余2份正在联系监护人",
        "张伟",
    ),
]


def write_relief_docx(path: Path) -> Path:
    doc = _new_document("中原路街道民政办")
    _title(doc, "中原路街道社会救助领域“人情保”“关系保”问题排查整改清单", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区中原路街道办事处（民政办）    填报时间：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(RELIEF_ROWS, 1)]
    _table(
        doc,
        ["序号", "责任单位", "排查发现问题", "问题类型", "整改措施", "整改时限", "整改情况", "包联干部"],
        body,
    )
    _paragraph(
        doc, "填表说明：问题类型按“人情保”“关系保”“错保”“漏保”“其他”填写；包联干部为街道包社区干部。", 12
    )
    _paragraph(doc, "审核人：贾红梅    填表人：孙浩    联系电话：0393-4891327", 12)
    return _save_fixed(doc, path)


def write_relief(path: Path) -> Path:
    return via_soffice(write_relief_docx, path, "doc", "社会救助人情保关系保问题排查整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 3. 市民政局集中整治工作情况汇报, after a 市民政局党组书记、局长's 汇报 on 民政系统 集中整治群众身边不正之风和腐败
# 问题 (重点聚焦社会救助、养老服务、儿童福利三大民生领域; 专项工作领导小组; 督办单; 一、二、三 sections):
# https://www.gongwk.com/doc/553300.jhtml
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, section headings, the problems as numbered paragraphs under
# 二, each naming the 科室 that handles it and its deadline and progress in sentences, a 下一步 paragraph, the office
# and date at the foot.
CIVIL_PARAS = [
    (
        "1. 低保对象家庭经济状况核对不实。复核中发现全市86户低保家庭存在财产状况核对不实问题，部分家庭有车辆、"
        "商铺未申报。由社会救助科牵头，会同各县区逐户复核，计划2024年8月底前完成。目前已复核52户，停保11户。"
    ),
    (
        "2. 养老机构运营补贴虚报床位。部分民办养老机构申报运营补贴的床位数与实际入住人数不符，存在虚报冒领风险。"
        "养老服务科已对全市43家养老机构补贴发放情况逐一核查，追回多拨补贴资金18.7万元，该问题已整改完成。"
    ),
    (
        "3. 事实无人抚养儿童认定审核周期长。个别认定申请审核超过规定时限，群众多次往返。儿童福利科正在修订"
        "认定工作流程，压缩审核时限，计划2024年9月30日前印发实施。"
    ),
    (
        "4. 殡葬服务收费项目和标准公示不到位，服务大厅存在捆绑销售丧葬用品现象。社会事务科牵头整改，要求"
        "全面公示收费项目和标准，整改时限为2024年7月15日。已于7月12日完成公示，捆绑销售行为已纠正。"
    ),
    (
        "5. 福利彩票公益金资助项目绩效评价未开展，资金使用效益不清。此项由财务科负责，拟委托第三方开展评价，"
        "年底前完成。目前尚未启动。"
    ),
    (
        "6. 临时救助“小金额先行救助”政策落实不到位，部分乡镇（街道）仍按常规程序审批。社会救助科加强"
        "业务指导和抽查，此项常态化推进。"
    ),
]


def write_civil_docx(path: Path) -> Path:
    doc = _new_document("市民政局办公室")
    _title(doc, "濮阳市民政局关于集中整治群众身边不正之风和腐败问题工作情况的汇报")
    _paragraph(doc, "市集中整治工作领导小组办公室：")
    _paragraph(
        doc,
        "按照市委关于群众身边不正之风和腐败问题集中整治的部署要求，我局聚焦社会救助、养老服务、儿童福利等"
        "群众反映强烈的突出问题，坚持边查边改、立行立改，整治工作取得阶段性成效。现将有关情况汇报如下。",
    )
    _heading(doc, "一、工作开展情况")
    _paragraph(
        doc,
        "局党组成立由党组书记任组长的专项工作领导小组，制定实施方案，建立局领导包片联系县区制度，"
        "对推进不力的3个县区下发督办单。",
    )
    _heading(doc, "二、发现的主要问题及整改情况")
    for text in CIVIL_PARAS:
        _paragraph(doc, text)
    _heading(doc, "三、下一步工作打算")
    _paragraph(
        doc,
        "下一步，我局将对照问题清单逐项销号，对整改不到位的实行挂牌督办，推动集中整治常态长效。",
    )
    _paragraph(doc, "濮阳市民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_civil(path: Path) -> Path:
    return via_soffice(write_civil_docx, path, "doc", "市民政局集中整治工作情况汇报.docx")


# ---------------------------------------------------------------------------------------------
# 4. 乡镇关于深化集中整治工作的情况报告, after a 乡's 关于深化群众身边不正之风和腐败问题集中整治工作的情况报告 (乡党委;
# 各村及站所负责人; 乡村振兴项目资金监管、惠民政策落实、基层“微权力”运行; 农村集体“三资”管理典型案例; 其一、
# 其二 ...):
# https://www.gongwk.com/doc/562682.jhtml
# A .docx: title, preamble, section headings, the problems as numbered paragraphs under 二, each ending with
# 责任单位 (a 村民委员会, once the 镇 itself), 整改时限 and 整改情况 in the paragraph; the 镇党委 and date at the foot.
TOWN_PARAS = [
    (
        "（一）王称堌村集体坑塘承包费连续三年未收缴，合计2.4万元。责任单位：王称堌村村民委员会；"
        "整改时限：2024年8月15日；整改情况：已收缴1.6万元，剩余部分已与承包户签订还款协议。"
    ),
    (
        "（二）后寨村利用衔接资金建设的扶贫车间闲置，租金收入未入村集体账。责任单位：后寨村村民委员会；"
        "整改时限：2024年9月30日；整改情况：正在公开招租。"
    ),
    (
        "（三）高龄津贴、残疾人两项补贴发放名单未在各村及时公示。责任单位：濮阳县王称堌镇人民政府（镇民政所"
        "具体负责）；整改时限：2024年7月10日；整改情况：已在各村公示栏完成公示。"
    ),
    (
        "（四）韩庄村生产路硬化工程未经“四议两公开”程序直接发包。责任单位：韩庄村村民委员会；"
        "整改时限：2024年8月31日；整改情况：未整改。"
    ),
    (
        "（五）大郭村村干部在购置办公用品中虚开发票报销。责任单位：大郭村村民委员会；整改时限：2024年9月底；"
        "整改情况：问题线索已移交镇纪委，违规资金正在追缴。"
    ),
    (
        "（六）后寨村村务公开栏内容长期未更新，财务收支未按季度公开。责任单位：后寨村村民委员会；"
        "整改时限：长期坚持；整改情况：常态化推进。"
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("王称堌镇党政办")
    _title(doc, "王称堌镇关于深化群众身边不正之风和腐败问题集中整治工作的情况报告")
    _paragraph(doc, "县集中整治工作领导小组办公室：")
    _paragraph(
        doc,
        "为深入贯彻落实县委关于群众身边不正之风和腐败问题集中整治的部署，镇党委聚焦民生痛点、权力运行风险点，"
        "推动整治工作走深走实，现将有关情况报告如下。",
    )
    _heading(doc, "一、强化组织领导，压实整治责任")
    _paragraph(
        doc,
        "镇党委召开专题会议和专项部署会，覆盖机关全体干部、各村及站所负责人，结合我镇实际剖析乡村振兴项目资金"
        "监管、惠民政策落实、基层“微权力”运行等方面的薄弱环节，建立“领导牵头、分管负责、专人落实”的责任机制。",
    )
    _heading(doc, "二、排查发现的问题及整改情况")
    for text in TOWN_PARAS:
        _paragraph(doc, text)
    _heading(doc, "三、下一步工作")
    _paragraph(doc, "对以上问题实行清单管理、逐项销号，整改完成一个、销号一个。")
    _paragraph(doc, "中共濮阳县王称堌镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 农村集体经济合同清理规范问题台账, after a county's 农村集体合同清理整治 (拖欠承包金、超法定年限、“冤大头”合同、
# 合同不规范; 共清理村集体合同2614份，已整改问题合同312份，已追缴263.53万元; 县乡纪委跟进监督):
# https://fx361.cc/page/2023/1102/23635478.shtml
# An .et (Excel 97 via LibreOffice): title, 填报单位/金额单位 line, one header row with 乡镇, 村, 合同名称, 问题类型,
# 涉及金额, the 乡镇人民政府 as 整改责任单位, 整改期限, 整改结果, 追缴金额, a 合计 row, a signature line.
CONTRACT_ROWS = [
    (
        "马庄桥镇",
        "南街村",
        "坑塘承包合同",
        "拖欠承包金",
        "坑塘承包户拖欠承包费3年未缴",
        1.8,
        "依法催缴",
        "清丰县马庄桥镇人民政府",
        "2024.8.31",
        "已追缴1.2万元，剩余部分分期缴纳",
        1.2,
    ),
    (
        "韩村镇",
        "东韩村",
        "机动地承包合同",
        "超法定年限",
        "机动地承包期限约定至2045年，超过二轮承包到期日",
        "",
        "签订补充协议变更承包期限",
        "清丰县韩村镇人民政府",
        "2024.7.20",
        "已签订补充协议变更期限",
        "",
    ),
    (
        "纸房乡",
        "西纸房村",
        "厂房租赁合同",
        "显失公平",
        "合同约定到期后村集体按评估价补偿承租方地上建筑物",
        12.5,
        "协商修订不公平条款",
        "清丰县纸房乡人民政府",
        "2024年9月30日",
        "正在与承租方协商",
        "",
    ),
    (
        "六塔乡",
        "六塔村",
        "林地承包合同",
        "要素不全",
        "合同未约定承包费标准及支付方式",
        "",
        "补签规范合同",
        "清丰县六塔乡人民政府",
        "8月15日前",
        "",
        "",
    ),
    (
        "瓦屋头镇",
        "瓦屋头村",
        "门面房租赁合同",
        "低价发包",
        "集体门面房年租金明显低于周边市场价",
        0.6,
        "合同到期后公开竞价发包",
        "清丰县瓦屋头镇人民政府",
        "2024年12月31日",
        "未整改",
        "",
    ),
    (
        "马庄桥镇",
        "北街村",
        "鱼塘承包合同",
        "拖欠承包金",
        "鱼塘承包费拖欠2年，承包人长期外出联系不上",
        0.9,
        "依法起诉追缴",
        "清丰县马庄桥镇人民政府",
        "2024.7.25",
        "已向法院起诉，等待开庭",
        "",
    ),
    (
        "柳格镇",
        "柳格村",
        "砖厂旧址租赁合同",
        "程序不规范",
        "合同签订未经村民代表会议表决",
        "",
        "补充履行民主程序",
        "清丰县柳格镇人民政府",
        "2024.7.15",
        "已召开村民代表会议表决通过，整改完成",
        "",
    ),
]


def write_contract_book(path: Path) -> Path:
    b = Book(path, author="农经站")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 10, 14, 10, 34, 10, 22, 22, 14, 26, 10])
    b.line(ws, 0, "清丰县农村集体经济合同清理规范问题台账", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县农业农村局（县农村经营管理站）    填报日期：2024年7月29日    金额单位：万元",
        11,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村（发包方）",
            "合同名称",
            "问题类型",
            "问题描述",
            "涉及金额",
            "整改措施",
            "整改责任单位",
            "整改期限",
            "整改结果",
            "追缴金额",
        ],
    )
    for i, row in enumerate(CONTRACT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CONTRACT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, "全县清理村集体合同1286份，发现问题合同7份")
    b.put(ws, end, 6, 15.8, b.center)
    b.merge(ws, end, 7, end, 10, "")
    b.put(ws, end, 11, 1.2, b.center)
    b.line(ws, end + 2, "负责人：于建国    填表人：冯雪    联系电话：0393-7221846", 11)
    return b.close()


def write_contract(path: Path) -> Path:
    return via_soffice(write_contract_book, path, "xls", "农村集体经济合同清理规范问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 民生领域突出问题“问题清单”“督办清单”, after a city's 民生领域突出问题专项整治 (“职责清单、问题清单、督办清单”三张
# 清单; 问题清单明确整改措施、责任领导和责任人员; 从“一老、一少、一青壮”入手; 督办清单: 派发督办单、挂牌督办、
# 限时整改):
# https://yunko.cn/doc/ksc1dkmjo6
# An .xlsx of two sheets: 问题清单 (title, 填报单位 line, one header row with 群体类别, 责任单位 by short names,
# 责任领导/责任人员 as persons, 整改时限, 整改进度) and 督办清单 (督办编号, 承办单位, 督办方式, 办结时限, 办理情况,
# 督办人), a signature line on each.
PROBLEM_ROWS = [
    (
        "一老",
        "社区老年助餐点用餐补贴申领需提交纸质证明3项，手续繁琐",
        "取消纸质证明，改为系统数据比对",
        "市民政局",
        "副局长 李振华",
        "养老服务科 王倩",
        "2024年7月31日",
        "已完成",
    ),
    (
        "一老",
        "高龄老人乘车卡每年须到营业厅现场年审",
        "推行线上人脸认证年审",
        "众意公交公司",
        "副总经理 刘建军",
        "票务中心 周敏",
        "2024年8月31日",
        "线上认证功能正在测试",
    ),
    (
        "一少",
        "城区部分小学课后服务收费项目未经审批",
        "清理规范课后服务收费，违规收取的予以退还",
        "市教育局",
        "副局长 郭明",
        "基础教育科 宋佳",
        "2024年8月31日前",
        "已清理违规项目3项，退费工作推进中",
    ),
    (
        "一少",
        "托育机构备案率低，存在无证经营托育点",
        "开展托育机构专项排查，督促备案",
        "市卫健委",
        "副主任 韩立新",
        "人口家庭科 杜娟",
        "年底前",
        "未启动",
    ),
    (
        "一青壮",
        "灵活就业人员社保补贴申领审核周期超过30个工作日",
        "压缩审核时限至10个工作日",
        "市人社局",
        "副局长 谷志强",
        "就业促进科 牛丽",
        "2024年7月15日",
        "已整改",
    ),
    (
        "一青壮",
        "新就业形态劳动者异地就医备案须线下办理",
        "开通线上异地就医备案",
        "市医保局",
        "副局长 程伟",
        "待遇保障科 范晓",
        "第三季度",
        "",
    ),
]
SUPERVISE_ROWS = [
    (
        "民督〔2024〕5号",
        "老旧小区加装电梯补贴资金拨付滞后，群众反映强烈",
        "市住建局",
        "挂牌督办",
        "2024年8月20日",
        "已拨付首批补贴资金，剩余部分正在审核",
        "张海涛",
    ),
    (
        "民督〔2024〕6号",
        "城区学校周边占道经营导致学生上下学通行不畅",
        "市城管局",
        "挂牌督办",
        "2024年7月25日",
        "已办结",
        "李娟",
    ),
]


def write_lists(path: Path) -> Path:
    b = Book(path, author="专项整治专班")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 40, 32, 14, 16, 18, 16, 28])
    b.line(ws, 0, "民生领域突出问题专项整治问题清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市民生领域突出问题专项整治工作专班    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "群体类别",
            "问题描述",
            "整改措施",
            "责任单位",
            "责任领导",
            "责任人员",
            "整改时限",
            "整改进度",
        ],
    )
    for i, row in enumerate(PROBLEM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(PROBLEM_ROWS), "填表人：路遥    联系电话：0393-8992713", 8)

    ws2 = b.sheet("督办清单")
    b.widths(ws2, [6, 18, 40, 14, 12, 16, 32, 10])
    b.line(ws2, 0, "民生领域突出问题专项整治督办清单", 7, b.title)
    b.line(ws2, 1, "说明：对问题查摆不准不实、整改推进缓慢的事项派发督办单，实行挂牌督办、限时整改。", 7)
    b.header(
        ws2, 2, ["序号", "督办编号", "督办事项", "承办单位", "督办方式", "办结时限", "办理情况", "督办人"]
    )
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        b.put(ws2, 2 + i, 0, i, b.center)
        b.row(ws2, 2 + i, list(row), first=1)
    b.line(ws2, 4 + len(SUPERVISE_ROWS), "填表人：路遥    联系电话：0393-8992713", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 整改督办单办理情况汇总, after a city's 专项治理 plan (失地农民基本保障、农民建房收费和城乡低保资金发放; 市专项治理
# 工作办公室梳理汇总各地存在的问题，以《整改督办单》的形式下发到相关县区，责令限期整改; 督促整改阶段7月中旬前):
# https://code.fabao365.com/law_495184_2.html
# A CSV in UTF-8 with a BOM: a title line, a line stating that the 整改时限 in days count from each 督办单's 下发日期,
# one header line with 督办单编号, 治理项目, 下发日期, 整改时限, 办理结果 and 回复日期 (an event), a 合计 line and a
# 填报人 line.
ORDER_ROWS = [
    (
        "南专治督〔2024〕1号",
        "城乡低保资金发放",
        "低保资金未按月足额发放，部分乡镇滞后发放1个月",
        "南乐县民政局",
        "2024-07-08",
        "15个工作日",
        "已整改，7月起按月足额发放",
        "2024-07-22",
    ),
    (
        "南专治督〔2024〕2号",
        "农民建房收费",
        "乡镇规划所违规收取农民建房“放线费”",
        "南乐县千口镇人民政府",
        "2024-07-08",
        "15个工作日",
        "已全部清退，退还村民12户",
        "2024-07-19",
    ),
    (
        "南专治督〔2024〕3号",
        "农民建房收费",
        "农村宅基地审批超时限，群众多次往返",
        "南乐县自然资源局",
        "2024-07-10",
        "10日内",
        "正在梳理审批流程，压减审批环节",
        "2024-07-20",
    ),
    (
        "南专治督〔2024〕4号",
        "惠民惠农补贴发放",
        "耕地地力保护补贴面积与实际种植面积不符",
        "南乐县农业农村局",
        "2024-07-10",
        "2024年8月31日",
        "正在逐村核实面积",
        "2024-07-26",
    ),
    (
        "南专治督〔2024〕5号",
        "城乡低保资金发放",
        "低保金由村干部代领代发",
        "南乐县谷金楼镇人民政府",
        "2024-07-10",
        "10日内",
        "未整改",
        "2024-07-21",
    ),
    (
        "南专治督〔2024〕6号",
        "惠民惠农补贴发放",
        "农机购置补贴公示信息不全",
        "南乐县农业农村局",
        "2024-07-12",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "南专治督〔2024〕7号",
        "城乡低保资金发放",
        "特困人员护理补贴未纳入“一卡通”发放",
        "南乐县财政局",
        "2024-07-12",
        "9月底前",
        "正在对接代发银行系统",
        "2024-07-27",
    ),
]


def write_orders(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["南乐县专项治理《整改督办单》办理情况汇总表"])
    w.writerow(["下发单位：南乐县专项治理工作办公室；整改时限以天数计的，自督办单下发日期起计算"])
    w.writerow(
        ["督办单编号", "治理项目", "督办问题", "责任单位", "下发日期", "整改时限", "办理结果", "回复日期"]
    )
    for row in ORDER_ROWS:
        w.writerow(list(row))
    w.writerow(["合计", "", "共下发督办单7件", "", "", "", "已办结2件", ""])
    w.writerow(["填报人：魏冬梅  联系电话：0393-6176032  填报日期：2024年7月29日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 十件民生实事子项目推进情况表, after a city's report of its 10件民生实事48个子项目 completion (each 实事 in (一)…
# (十) with its 子项目: 老年助餐服务点、认知障碍照护床位、HPV疫苗、结直肠癌筛查、加装电梯、保障性租赁住房、公共充电桩、
# 新建中小学幼儿园; 整体完成率):
# https://news.qq.com/rain/a/20241230A06MRR00
# An .xlsx: title, 填报单位/截至 line, a two-row header (目标任务完成情况 merged over 年度目标/1-6月完成/完成率), the 实事
# merged down over its 子项目, 牵头单位 by short names, 完成时限 and 推进情况, a 合计 row and a 注 line.
PROJECT_GROUPS = [
    (
        "（一）老有所养",
        [
            ("新增老年助餐服务点40个", 40, 28, 0.7, "市民政局", "2024年10月底", "正在推进，28个已投入运营"),
            ("新增认知障碍照护床位200张", 200, 200, 1.0, "市民政局", "2024年12月底", "已完成年度目标"),
        ],
    ),
    (
        "（二）健康濮阳",
        [
            (
                "为适龄女生免费接种HPV疫苗5000人",
                5000,
                3120,
                0.624,
                "市卫健委",
                "2024年12月底",
                "按序时推进中",
            ),
            ("开展结直肠癌免费筛查3万人次", 30000, 0, 0.0, "市卫健委", "2024年11月底", "未启动"),
        ],
    ),
    (
        "（三）安居宜居",
        [
            ("既有住宅加装电梯60台", 60, 21, 0.35, "市住建局", "2024年12月底", "已开工32台，完工21台"),
            ("新开工保障性租赁住房1200套", 1200, 1200, 1.0, "市住建局", "2024年9月底", "已完成年度目标"),
        ],
    ),
    (
        "（四）便捷出行",
        [
            ("新辟优化公交线路10条", 10, 6, 0.6, "市公交公司", "2024年9月底", "已新辟4条、优化2条"),
            ("新建新能源汽车公共充电桩500个", 500, 310, 0.62, "供电公司", "2024年12月底", "推进中"),
        ],
    ),
    ("（五）学有优教", [("新建改扩建中小学幼儿园8所", 8, "", "", "市教育局", "2024年8月底", "")]),
]


def write_projects(path: Path) -> Path:
    b = Book(path, author="市发改委社会科")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 14, 36, 12, 12, 10, 14, 14, 30])
    b.line(ws, 0, "2024年市政府十件民生实事子项目推进情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市民生实事工作办公室（市发展改革委代章）    数据截至：2024年6月30日", 8)
    for c, word in enumerate(["序号", "实事项目", "子项目"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "目标任务完成情况", b.head)
    b.header(ws, 3, ["年度目标", "1-6月完成", "完成率"], first=3)
    for c, word in enumerate(["牵头单位", "完成时限", "推进情况"], start=6):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r = 4
    n = 0
    for group, subs in PROJECT_GROUPS:
        b.merge(ws, r, 1, r + len(subs) - 1, 1, group, b.center)
        for sub in subs:
            n += 1
            name, target, done, rate, unit, due, note = sub
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, name)
            b.put(ws, r, 3, target, b.center)
            b.put(ws, r, 4, done, b.center)
            b.put(ws, r, 5, rate, b.pct if rate != "" else b.cell)
            b.row(ws, r, [unit, due, note], first=6)
            r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.merge(ws, r, 3, r, 8, "子项目9个，已完成年度目标2个，整体完成率58.6%")
    b.line(ws, r + 1, "注：完成率=1-6月完成÷年度目标；“推进情况”由牵头单位填报。", 8)
    b.line(ws, r + 2, "填表人：吕晓东    联系电话：0393-8896120", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. “我为群众办实事”项目清单推进表, after a district's first batch of “我为群众办实事”实践活动项目清单 (13 projects
# in 营商环境、科教文化、社会保障、基础设施、生态环境、社会治理; 开通审批“绿色通道”、建设智慧体育公园、做好老旧小区
# 居民安全用电服务; 针对性地提出实际举措和预期目标，并规定了完成时限; 区委、区政府督查室定期督导):
# http://m.qzcns.com/qznews/2021/0519/611186.html
# An .xls (xlwt): title, 报送单位 line, one header row with 领域, 项目名称, 具体举措, 预期目标, 责任单位, 完成时限,
# 推进情况, a 填表说明 line and a 联系人 line.
DEED_ROWS = [
    (
        "营商环境",
        "开通小微企业开办“绿色通道”",
        "设立企业开办专窗，实行一窗受理、一次办结",
        "企业开办时间压缩至1个工作日",
        "华龙区政务服务中心",
        "2024年6月30日",
        "已完成",
    ),
    (
        "科教文化",
        "建设智慧体育公园1处",
        "在绿城路东段建设智慧体育公园，配置智能健身设施",
        "新增健身场地1.2万平方米",
        "华龙区教育体育局",
        "2024年10月31日",
        "主体工程已完工，智能设备正在安装",
    ),
    (
        "社会保障",
        "为老旧小区独居老人免费检修用电线路",
        "组织电力服务队入户检修、更换老化线路",
        "服务独居老人1500户",
        "国网濮阳供电公司",
        "2024年9月30日",
        "已入户检修620户",
    ),
    (
        "基础设施",
        "解决开州路北段小区二次供水水压不足问题",
        "改造二次供水泵房，更换加压设备",
        "惠及居民2300户",
        "濮阳市自来水公司",
        "2024年8月31日",
        "未启动",
    ),
    (
        "生态环境",
        "整治金堤河华龙段沿岸垃圾乱堆乱放",
        "集中清理沿岸垃圾，建立日常巡查机制",
        "沿岸无垃圾堆放",
        "华龙区城市管理局",
        "7月底前",
        "已清理完毕，巡查机制已建立",
    ),
    (
        "社会治理",
        "在20个小区设立“红色物业”议事点",
        "依托小区党支部建立物业议事协商机制",
        "20个小区议事点挂牌运行",
        "华龙区住房和城乡建设局",
        "2024年12月31日",
        "",
    ),
    (
        "社会保障",
        "为困难群众提供免费法律援助“一站式”服务",
        "在区公共法律服务中心设立法律援助绿色窗口",
        "困难群众法律援助应援尽援",
        "华龙区司法局",
        "长期坚持",
        "常态化开展",
    ),
]


def write_deeds(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "华龙区“我为群众办实事”项目清单（第二批）推进情况表", t, 0, 8),
        (1, 0, "报送单位：华龙区委实践活动组（区委督查室）    报送日期：2024年7月28日", plain, 1, 8),
    ]
    for col, word in enumerate(
        ["序号", "领域", "项目名称", "具体举措", "预期目标", "责任单位", "完成时限", "推进情况"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(DEED_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 6) else c))
    r = 3 + len(DEED_ROWS)
    cells += [
        (r, 0, "填表说明：推进情况填写截至报送日的实际进展，已完成的注明完成时间。", plain, r, 8),
        (r + 1, 0, "联系人：康子健    联系电话：0393-4418625", plain, r + 1, 8),
    ]
    return _write_xls(path, [("项目清单", cells, [6, 10, 30, 34, 24, 22, 14, 30])])


# ---------------------------------------------------------------------------------------------
# 10. 为民办实事项目推进情况（两家）, after a county's 为民办实事项目推进会 (10大类121件为民办实事项目; 通报进展情况;
# 项目慢于序时进度的单位要深入排查落后原因; 医教水住行; 确保如期如实完成):
# http://wap.05273.com/news/zf/0327/view_301351.html
# A .zip of two returns: the county 教育局's .xlsx (填报单位 line; 序时进度要求 beside 实际进度, 是否慢于序时, its own
# 股室 as 责任股室) and the county 卫生健康委员会's .docx (a short preamble and a table with 乡镇卫生院 and the
# 县疾控中心/妇幼保健院 as 责任单位).
EDU_ROWS = [
    (
        "县城新建第三实验小学",
        "建筑面积2.1万平方米，新增学位1620个",
        "2024年8月底",
        "7月底完成装修",
        "装修完成80%",
        "是",
        "计划财务股",
    ),
    (
        "农村学校教室照明改造",
        "改造教室照明120间",
        "2024年7月31日",
        "全部完成",
        "已完成",
        "否",
        "装备股",
    ),
    (
        "学生营养餐食堂提升改造",
        "提升改造农村学校食堂15所",
        "2024年9月30日",
        "7月底开工",
        "未开工",
        "是",
        "后勤管理股",
    ),
    (
        "新增公办幼儿园学位600个",
        "改扩建乡镇中心幼儿园4所",
        "2024年9月1日",
        "7月底完工",
        "主体完工，待验收",
        "否",
        "学前教育股",
    ),
    (
        "为残疾儿童送教上门",
        "为重度残疾适龄儿童每月送教不少于2次",
        "长期坚持",
        "—",
        "常态化推进",
        "否",
        "特殊教育股",
    ),
]
HEALTH_ROWS = [
    (
        "乡镇卫生院中医馆建设",
        "建成中医馆3个",
        "濮阳县柳屯镇卫生院",
        "2024年10月31日",
        "已完成设备采购，正在装修",
    ),
    ("村卫生室标准化改造", "改造村卫生室20所", "濮阳县文留镇卫生院", "2024年7月31日", "已全部完成并通过验收"),
    (
        "65岁以上老年人免费健康体检",
        "体检4万人",
        "濮阳县疾病预防控制中心",
        "年底前",
        "已体检2.1万人，完成率52%",
    ),
    ("孕产妇免费产前筛查", "筛查6000人", "濮阳县妇幼保健院", "2024年12月31日", ""),
]


def write_edu_book(path: Path) -> Path:
    b = Book(path, author="县教育局计财股")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 26, 30, 14, 16, 16, 12, 14])
    b.line(ws, 0, "濮阳县教育局2024年为民办实事项目推进情况表", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳县教育局    填报日期：2024年7月27日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "建设内容",
            "计划完成时间",
            "序时进度要求",
            "实际进度",
            "是否慢于序时",
            "责任股室",
        ],
    )
    for i, row in enumerate(EDU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(EDU_ROWS), "分管领导：朱建平    填表人：侯晓燕    联系电话：0393-3258017", 7)
    return b.close()


def write_health_docx(path: Path) -> Path:
    doc = _new_document("县卫健委办公室")
    _title(doc, "濮阳县卫生健康委员会2024年为民办实事项目推进情况", 18)
    _paragraph(
        doc,
        "按照县政府为民办实事项目推进会要求，现将我委承担的为民办实事项目推进情况报告如下（截至2024年7月26日）：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(HEALTH_ROWS, 1)]
    _table(doc, ["序号", "项目名称", "目标任务", "责任单位", "完成时限", "进展情况"], body)
    _paragraph(doc, "濮阳县卫生健康委员会    2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_county(path: Path) -> Path:
    members = [
        ("濮阳县教育局为民办实事项目推进情况表.xlsx", write_edu_book),
        ("濮阳县卫生健康委员会为民办实事项目推进情况.docx", write_health_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 乡镇民生工程任务清单和责任清单, after a 镇's 民生工程推进会 (通报上半年民生工程项目进度; 民生工程任务清单和责任
# 清单; 补助类项目要及时打卡发放，服务类要做好跟踪保障; 按照项目时间节点制定“路线图”“时间表”):
# http://www.thnews.gov.cn/content/detail/610b9f87878ead4856000039.html
# An .xlsx: title, 填报单位 line, one header row with 项目类别 (补助类/服务类/建设类), 年度任务, 上半年完成, the 镇's
# own 站所/办 as 责任站所 and the 分管领导 (a person), 完成时限, 进度情况, a 注 line and a signature line.
TOWNSHIP_ROWS = [
    (
        "补助类",
        "城乡居民基本养老保险待遇发放",
        "4200人",
        "4200人",
        "镇社保所",
        "副镇长 田志勇",
        "按月发放",
        "常态化推进",
    ),
    ("补助类", "高龄津贴打卡发放", "380人", "380人", "镇民政所", "副镇长 田志勇", "2024年6月30日", "已完成"),
    (
        "服务类",
        "重点人群家庭医生签约服务",
        "签约率75%",
        "签约率68%",
        "镇公共卫生办",
        "副镇长 马玉兰",
        "2024年11月30日",
        "正在入户签约",
    ),
    (
        "建设类",
        "农村饮水安全巩固提升（3个村管网改造）",
        "3个村",
        "1个村",
        "镇水利站",
        "副镇长 赵国栋",
        "2024年9月30日",
        "已完成1个村，其余2个村正在施工",
    ),
    (
        "建设类",
        "农村道路提质改造8公里",
        "8公里",
        "0",
        "镇规划建设办",
        "副镇长 赵国栋",
        "2024年10月31日",
        "未开工",
    ),
    (
        "补助类",
        "困难残疾人生活补贴发放",
        "260人",
        "260人",
        "镇社会事务办",
        "副镇长 马玉兰",
        "2024年7月31日",
        "已打卡发放",
    ),
    ("服务类", "农村留守儿童关爱服务", "每季度走访1次", "", "镇社会事务办", "副镇长 马玉兰", "年底前", ""),
]


def write_township(path: Path) -> Path:
    b = Book(path, author="陈庄镇党政办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 36, 14, 14, 14, 16, 16, 30])
    b.line(ws, 0, "陈庄镇2024年民生工程任务清单和责任清单推进表", 8, b.title)
    b.line(ws, 1, "填报单位：范县陈庄镇人民政府（盖章）    填报日期：2024年7月25日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目类别",
            "民生工程项目",
            "年度任务",
            "上半年完成",
            "责任站所",
            "分管领导",
            "完成时限",
            "进度情况",
        ],
    )
    for i, row in enumerate(TOWNSHIP_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOWNSHIP_ROWS)
    b.line(ws, end, "注：补助类项目要及时打卡发放，服务类项目做好跟踪保障，建设类项目按时间节点倒排工期。", 8)
    b.line(ws, end + 1, "审核人：黄德胜    填表人：岳小宁    联系电话：0393-5467103", 8)
    return b.close()


FILES = [
    ("濮阳县集中整治问题台账（牵头单位汇总）.xlsx", write_ledger),
    ("中原路街道社会救助人情保关系保问题排查整改清单.wps", write_relief),
    ("市民政局关于集中整治工作情况的汇报.doc", write_civil),
    ("王称堌镇关于深化集中整治工作的情况报告.docx", write_town),
    ("清丰县农村集体经济合同清理规范问题台账.et", write_contract),
    ("民生领域突出问题专项整治问题清单和督办清单.xlsx", write_lists),
    ("南乐县专项治理整改督办单办理情况汇总.csv", write_orders),
    ("2024年市政府十件民生实事子项目推进情况表.xlsx", write_projects),
    ("华龙区我为群众办实事项目清单推进情况表.xls", write_deeds),
    ("濮阳县为民办实事项目推进情况（两家）.zip", write_county),
    ("陈庄镇2024年民生工程任务清单和责任清单推进表.xlsx", write_township),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside181 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: inspections of medical institutions and 医保定点 (卫生监督, 院感, 医疗质量, 药品耗材, 医疗废物).
Forms: .xlsx (five, one more inside the zip), .xls (xlwt, ticks under the 问题类别 columns), an .et (Excel 97 via
LibreOffice), a CSV in GBK, a .docx with a table, a .doc (Word 97 via LibreOffice) and a .zip of two returns (an
.xlsx and a .docx whose items are numbered paragraphs). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside181.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed dates inside files, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 9, 30, 0)
ZIP_TIME = (2024, 7, 30, 9, 30, 0)


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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9E1F2",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.money = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})
        self.day = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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
# 1. 卫生院医疗业务检查反馈问题整改台账, after a county 卫健局 expert group's year-end check of a township 卫生院
# (医疗、护理、控感、基本药物制度实施; 反馈会议; 要求该院在二周内将存在的问题整改落实到位; 立即建立整改台帐，实行
# 销号式管理，由业务副院长负责):
# https://sxbbs.cn/t/173647/1/1.html
# An .xlsx: title, 填报单位/检查单位/反馈时间 line (the base of 两周内), 整改要求 line, one header row whose 检查项目
# column is merged over the rows of each area, 责任科室 as sections of the 卫生院, a 销号情况 column, signature line.
WENLIU_ROWS = [
    (
        "医疗",
        "门诊日志登记项目不全，部分患者无住址、联系电话",
        "规范门诊日志登记，每周抽查",
        "门诊部",
        "李红",
        "2024年7月17日",
        "门诊日志项目已填写完整",
        "已销号",
    ),
    (
        "医疗",
        "住院病历首次病程记录未在8小时内完成，上级医师查房记录缺失",
        "开展病历书写规范培训，实行月度病历质控",
        "医务科",
        "张建国",
        "两周内",
        "已培训1次，病历质控正在进行",
        "",
    ),
    (
        "护理",
        "抢救车药品未做到“五定”，近效期药品未作标识",
        "按“五定”要求整理抢救车，近效期药品红色标识",
        "护理部",
        "郑秀梅",
        "立即整改",
        "已整改",
        "已销号",
    ),
    (
        "护理",
        "体温单绘制不规范，护理记录与医嘱时间不一致",
        "护理文书专项培训，护士长每日检查",
        "护理部",
        "郑秀梅",
        "2024年7月31日",
        "正在整改",
        "",
    ),
    (
        "控感",
        "治疗室清洁区与污染区未严格区分，无菌物品与非无菌物品混放",
        "重新划分区域并设置标识，分柜存放",
        "院感办",
        "杜晓燕",
        "两周内",
        "已重新划分区域并标识",
        "已销号",
    ),
    (
        "控感",
        "医疗废物暂存处地面无防渗漏措施，交接登记缺接收人签名",
        "改造暂存处地面，完善交接登记",
        "总务科",
        "韩卫东",
        "2024年8月31日",
        "交接登记已规范，地面防渗改造尚未施工",
        "",
    ),
    (
        "基本药物制度",
        "基本药物配备使用比例未达到规定要求",
        "调整药品采购目录，优先配备使用基本药物",
        "药剂科",
        "许宏伟",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "基本药物制度",
        "药房部分药品未按效期先进先出摆放",
        "按效期重新摆放，建立效期登记",
        "药剂科",
        "许宏伟",
        "2024年7月17日",
        "",
        "",
    ),
]


def write_wenliu(path: Path) -> Path:
    b = Book(path, author="文留镇卫生院")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 36, 30, 10, 8, 14, 24, 10])
    b.line(ws, 0, "文留镇卫生院医疗业务检查反馈问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县文留镇卫生院    检查单位：濮阳县卫生健康委员会医疗业务专家组    反馈时间：2024年7月3日",
        8,
    )
    b.line(ws, 2, "整改要求：反馈问题两周内整改落实到位，实行销号管理；整改牵头：业务副院长王立新", 8)
    b.header(
        ws,
        3,
        [
            "序号",
            "检查项目",
            "反馈问题",
            "整改措施",
            "责任科室",
            "责任人",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    start = 4
    for i, row in enumerate(WENLIU_ROWS):
        r = start + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    # 检查项目 merged over the rows of each area
    i = 0
    while i < len(WENLIU_ROWS):
        j = i
        while j + 1 < len(WENLIU_ROWS) and WENLIU_ROWS[j + 1][0] == WENLIU_ROWS[i][0]:
            j += 1
        b.merge(ws, start + i, 1, start + j, 1, WENLIU_ROWS[i][0], b.center)
        i = j + 1
    end = start + len(WENLIU_ROWS)
    b.line(
        ws, end + 1, "填报人：刘静    审核人：王立新    联系电话：0393-3661052    填报日期：2024年7月29日", 8
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 医疗机构行业乱象专项整治检查问题清单, after a county 卫生健康局's 行业乱象专项治理 by 医政股、卫计执法人员 and
# 医疗专家 (对医疗机构的依法执业、购销存、医疗质量、用药、检查合理与否分类逐一进行检查; 责令其限期整改; 使用非卫生技术
# 人员执业等违法行为突出的医院依法予以立案查处):
# http://wjw.dazhou.gov.cn/news-show-3714.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 问题类别 over five columns (依法执业, 购销存, 医疗质量,
# 合理用药, 合理检查) ticked √, a 合计 row, a 注 line and a signature line.
FANXIAN_CATS = ["依法执业", "购销存", "医疗质量", "合理用药", "合理检查"]
FANXIAN_ROWS = [
    (
        "范县仁和医院",
        "依法执业",
        "使用2名未取得执业资格的人员从事临床诊疗活动",
        "立案查处，责令停止违法行为",
        "2024年7月15日",
        "已结案，罚款已缴纳，相关人员已调离临床岗位",
    ),
    (
        "范县济民中医院",
        "购销存",
        "部分药品购进无随货同行单，药品进销存账实不符",
        "责令限期整改",
        "2024年8月15日",
        "正在清点库存，补齐购进票据",
    ),
    (
        "范县濮城镇卫生院",
        "医疗质量",
        "手术安全核查表未经手术医师、麻醉医师、护士三方签字",
        "责令限期整改",
        "2024年7月20日",
        "已整改到位",
    ),
    ("范县康复医院", "合理用药", "辅助用药使用比例偏高，未开展处方点评", "责令限期整改", "2024年8月31日", ""),
    (
        "范县陈庄镇卫生院",
        "合理检查",
        "对门诊患者普遍开具血常规、心电图等“套餐式”检查",
        "约谈负责人，责令限期整改",
        "2024年7月31日",
        "未整改",
    ),
    (
        "范县同心医院",
        "依法执业",
        "超出核准登记的诊疗科目开展医疗美容项目",
        "立案查处",
        "2024年7月25日",
        "已停止超范围诊疗，案件正在办理",
    ),
    (
        "范县王楼镇卫生院",
        "购销存",
        "一次性使用医用耗材未建立出入库登记",
        "责令限期整改",
        "2024年7月31日",
        "已建立耗材出入库台账，完成整改",
    ),
]


def write_fanxian(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 11
    cells = [
        (0, 0, "范县2024年医疗机构行业乱象专项整治检查问题清单", t, 0, last),
        (1, 0, "填报单位：范县卫生健康委员会（医政股）    填报日期：2024年7月26日", plain, 1, last),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "医疗机构名称", h, 3, 1),
        (2, 2, "问题类别", h, 2, 6),
        (2, 7, "存在问题", h, 3, 7),
        (2, 8, "处理措施", h, 3, 8),
        (2, 9, "整改期限", h, 3, 9),
        (2, 10, "整改情况", h, 3, 10),
        (2, 11, "备注", h, 3, 11),
    ]
    for k, cat in enumerate(FANXIAN_CATS):
        cells.append((3, 2 + k, cat, h))
    for i, (unit, cat, problem, measure, deadline, progress) in enumerate(FANXIAN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        cells.append((r, 1, unit, c))
        for k, name in enumerate(FANXIAN_CATS):
            cells.append((r, 2 + k, "√" if name == cat else "", ctr))
        cells += [
            (r, 7, problem, c),
            (r, 8, measure, c),
            (r, 9, deadline, ctr),
            (r, 10, progress, c),
            (r, 11, "", c),
        ]
    r = 4 + len(FANXIAN_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "共检查医疗机构43家，发现问题7个，立案查处2家", c, r, last),
        (
            r + 1,
            0,
            "注：“问题类别”在对应栏内打“√”；整改情况由被检查机构填报，医政股审核。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "审核人：赵明    填表人：孙丽    联系电话：0393-5261708", plain, r + 2, last),
    ]
    widths = [6, 18, 8, 8, 8, 8, 8, 34, 20, 14, 28, 8]
    return _write_xls(path, [("问题清单", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 医疗废物污水规范管理处置督导检查问题清单, after a city 卫生健康委's joint check with the 生态环境局 (14家医疗机构
# 1个医疗废物中转站; 医疗废物分类收集、转运、登记, 暂时贮存, 医疗污水处理设施运转; 现场反馈，明确整改要求; 对反馈问题
# 进行回头看，对照问题清单逐一销号确认):
# http://www.zhangye.gov.cn/dzdt/bmdt/202404/t20240415_1218283.html
# An .xlsx: title, 督导时间/督导单位/回头看时间 line, a two-row header with 整改落实 over 整改情况 and 回头看结论
# (已销号 beats the status word), a row for the 卫健委 itself (市卫健委（医政医管科）), 第三季度, 注 and signature lines.
WASTE_ROWS = [
    (
        "濮阳县",
        "濮阳县人民医院",
        "医疗废物",
        "医疗废物暂存间未设置明显警示标识，未做到每日消毒",
        "设置警示标识，建立每日消毒记录",
        "2024年6月30日",
        "已设置警示标识，消毒记录已建立",
        "已销号",
    ),
    (
        "濮阳县",
        "濮阳县中医院",
        "医疗污水",
        "污水处理站出水余氯未按要求每日监测",
        "配备余氯检测仪，每日监测并记录",
        "2024年7月15日",
        "已配备检测仪，每日监测",
        "已销号",
    ),
    (
        "清丰县",
        "清丰县妇幼保健院",
        "医疗废物",
        "损伤性废物与感染性废物混装，锐器盒超过3/4仍在使用",
        "分类收集，规范使用锐器盒",
        "2024年6月20日",
        "正在整改",
        "已销号",
    ),
    (
        "清丰县",
        "清丰县第二人民医院",
        "医疗污水",
        "污水处理设施消毒剂投加装置故障，未及时维修",
        "维修投加装置，故障期间人工投加并记录",
        "2024年7月31日",
        "已报修，配件正在采购",
        "未销号",
    ),
    (
        "南乐县",
        "南乐县人民医院",
        "医疗废物",
        "医疗废物交接记录与处置单位转移联单数量不一致",
        "逐月核对转移联单，完善台账",
        "2024年7月10日",
        "已完成核对，台账相符",
        "已销号",
    ),
    (
        "南乐县",
        "南乐县中医院",
        "医疗污水",
        "未按排污许可要求开展污水自行监测",
        "委托有资质的第三方开展季度监测",
        "第三季度",
        "已签订监测委托合同",
        "",
    ),
    (
        "华龙区",
        "濮阳市华龙区医疗废物集中收集中转站",
        "医疗废物",
        "中转站冷藏贮存设施温度记录不连续，周转箱清洗消毒记录缺失",
        "完善温度监测和周转箱清洗消毒记录",
        "2024年7月20日",
        "未整改",
        "未销号",
    ),
    (
        "市直",
        "市卫健委（医政医管科）",
        "医疗废物",
        "医疗废物信息化追溯系统未覆盖全部乡镇卫生院",
        "推进追溯系统向乡镇卫生院延伸",
        "2024年12月31日",
        "已覆盖68家，其余正在部署",
        "未销号",
    ),
]


def write_waste(path: Path) -> Path:
    b = Book(path, author="医政医管科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 24, 10, 36, 28, 14, 24, 12])
    b.line(ws, 0, "全市医疗机构医疗废物、医疗污水规范管理处置督导检查问题清单", 8, b.title)
    b.line(
        ws,
        1,
        "督导时间：2024年6月11日—6月14日    督导单位：市卫生健康委、市生态环境局    回头看时间：2024年7月24日",
        8,
    )
    for col, word in enumerate(
        ["序号", "县区", "被督导单位", "问题类型", "存在问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "回头看结论"], first=7)
    for i, row in enumerate(WASTE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(WASTE_ROWS)
    b.line(ws, end, "注：回头看时对照问题清单逐项核对，整改到位的在“回头看结论”栏填写“已销号”。", 8)
    b.line(ws, end + 1, "填表人：高凤霞    审核：李振华    联系电话：0393-8992316    2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 传染病防治专项监督检查意见书落实情况, after a county 卫生健康综合监督执法大队's special check of medical institutions
# (院感管理、预检分诊、发热门诊设置和运行、疫情报告、个人防护、消毒隔离技术规范执行、医疗废物废水规范处置、核酸检测;
# 对检查中发现问题和不足，卫生监督执法人员当场下达《卫生监督意见书》，责令其立即整改):
# https://xianyu.chinaxiaokang.com/zhuzhoushidiji/chalingxian/huizhan/2020/1205/4016332.html
# A CSV in GBK: a title line, a 填报时间 line, one header line with each 意见书's 下达日期 (the base of 7日内, 3日内,
# 5个工作日内, 10日内 and 立即), a 合计 line and a 填表人 line.
CHALING_ROWS = [
    (
        "濮阳县柳屯镇卫生院",
        "2024-07-02",
        "濮县卫监意字〔2024〕第031号",
        "预检分诊点未设置在门诊入口醒目位置，无体温检测登记",
        "责令改正",
        "立即",
        "已整改，预检分诊点已移至门诊入口",
    ),
    (
        "濮阳县户部寨镇卫生院",
        "2024-07-02",
        "濮县卫监意字〔2024〕第032号",
        "传染病疫情登记簿登记不全，未按规定时限进行网络直报",
        "限期改正",
        "7日内",
        "已整改",
    ),
    (
        "濮阳县安康医院",
        "2024-07-03",
        "濮县卫监意字〔2024〕第033号",
        "发热诊室未配备独立卫生间，医患通道未分开",
        "限期改正",
        "2024年8月31日前",
        "正在进行改造施工",
    ),
    (
        "濮阳县庆祖镇卫生院",
        "2024-07-04",
        "濮县卫监意字〔2024〕第034号",
        "医务人员手卫生依从性差，治疗室未配备速干手消毒剂",
        "责令改正",
        "3日内",
        "已配齐速干手消毒剂，整改完成",
    ),
    (
        "濮阳县梁庄乡卫生院",
        "2024-07-08",
        "濮县卫监意字〔2024〕第035号",
        "口腔科牙科手机未做到一人一用一灭菌",
        "限期改正",
        "5个工作日内",
        "已增购牙科手机20支，灭菌登记正在完善",
    ),
    (
        "濮阳县妇幼保健院",
        "2024-07-09",
        "濮县卫监意字〔2024〕第036号",
        "PCR实验室生物安全管理制度未及时修订",
        "限期改正",
        "2024年7月31日前",
        "",
    ),
    (
        "濮阳县八公桥镇卫生院",
        "2024-07-10",
        "濮县卫监意字〔2024〕第037号",
        "消毒供应室未按周开展灭菌效果生物监测",
        "限期改正",
        "10日内",
        "未整改",
    ),
]


def write_chaling(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县卫生健康综合监督执法大队医疗机构传染病防治专项监督检查意见书落实情况登记表"])
    w.writerow(["填报时间：2024年7月30日"])
    w.writerow(
        [
            "序号",
            "被检查单位",
            "意见书下达日期",
            "意见书文号",
            "检查发现问题",
            "监督意见",
            "整改期限",
            "整改落实情况",
        ]
    )
    for i, row in enumerate(CHALING_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "共检查医疗机构26家，下达卫生监督意见书7份", "", "", "", "", "", ""])
    w.writerow(["填表人：胡伟", "联系电话：0393-3226115", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 感染防控措施落实情况专项督导回头看, after a district 卫健局's 专项督导检查 of its medical institutions (县级医院
# 抽调的院感骨干检查各自医共体卫生院; 乡镇卫生院检查所属辖区的村卫生室、个体诊所; 卫生监督员和妇幼保健院抽调的院感人员
# 检查辖区民营医院; 对前期督导存在的问题整改情况进行“回头看”; 责令限期整改，违法行为交由卫监所依法查处):
# http://www.shaanxiwj.cn/xwxx/fxdt/5889.htm
# A .docx: title, 主送, preamble, a table with the 督导组 (the inspector; a 卫生院 inspects its 村卫生室) beside the
# 被督导单位, the deadline inside the 整改要求 text, 回头看情况, closing paragraph, office and date.
FENGXIANG_ROWS = [
    (
        "县人民医院院感科",
        "清丰县马庄桥镇卫生院",
        "发热门诊医务人员防护用品穿脱流程不熟练",
        "6月30日前组织全员培训考核",
        "已组织培训考核2次，回头看合格",
    ),
    (
        "县人民医院院感科",
        "清丰县瓦屋头镇卫生院",
        "胃镜清洗消毒未按规范流程，无清洗消毒登记",
        "7月15日前规范流程并建立登记",
        "已建立登记，清洗消毒设备正在采购",
    ),
    (
        "县中医院院感科",
        "清丰县仙庄镇卫生院",
        "医疗废物暂存处未上锁，无专人管理",
        "6月25日前整改到位",
        "已整改到位",
    ),
    (
        "县中医院院感科",
        "清丰县柳格镇卫生院",
        "含氯消毒液浓度未每日监测",
        "7月底前整改到位",
        "未整改",
    ),
    (
        "马庄桥镇卫生院",
        "清丰县马庄桥镇西街村卫生室",
        "无独立输液区，部分无菌物品过期未清理",
        "7月10日前整改到位",
        "已清理过期物品，输液区已调整",
    ),
    (
        "县卫生监督所、县妇幼保健院",
        "清丰县康泰医院",
        "未设置医院感染管理部门，无专职院感人员",
        "8月31日前配备专职人员",
        "已任命兼职院感员1名，专职人员正在招聘",
    ),
    (
        "县卫生监督所、县妇幼保健院",
        "清丰县华康骨科医院",
        "手术室洁净区压差监测记录缺失",
        "7月31日前补齐监测并规范记录",
        "",
    ),
    (
        "县人民医院院感科",
        "清丰县六塔乡卫生院",
        "口腔治疗器械未做到一人一用一消毒",
        "移交县卫生监督所依法查处，7月20日前整改到位",
        "已立案查处，器械已按规范清洗灭菌",
    ),
]


def write_fengxiang(path: Path) -> Path:
    doc = _new_document("清丰县卫健委医政股")
    _title(doc, "全县医疗机构感染防控措施落实情况专项督导问题整改回头看情况表", 18)
    _paragraph(doc, "县政府督查室：", 14)
    _paragraph(
        doc,
        "按照全县医疗机构感染防控工作安排，6月17日至21日，县卫生健康委抽调县人民医院、县中医院院感骨干和卫生监督员，"
        "对全县医疗机构感染防控措施落实情况开展专项督导，7月下旬对督导发现问题整改情况进行了“回头看”。现将有关情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(FENGXIANG_ROWS, 1)]
    _table(doc, ["序号", "督导组", "被督导单位", "存在问题", "整改要求", "回头看情况"], body)
    _paragraph(doc, "下一步，县卫生健康委将对未整改到位的问题持续跟踪督办，确保院感防控措施落实到位。", 14)
    _paragraph(doc, "清丰县卫生健康委员会", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 基层医疗机构暗访督查发现问题清单, after a district 卫健委医政股 and 卫生监督所's 暗访督查 of 乡镇卫生院、村卫生室
# 及个体诊所 (现场发现问题30处，立即整改25处，持续整改5处，医疗机构不良执业行为记分3家，合计6分; 预检分诊、院感防控):
# http://ah.sina.com.cn/news/2021-02-13/detail-ikftpnny6576490.shtml?from=ah_ydph
# An .xlsx: title, 暗访时间 line (the base of 立即), 暗访组 line, one header row with 机构类别, 整改类型 (立即整改 /
# 持续整改), 不良执业行为记分, 整改结果, a 小计 row and an 暗访组成员 line.
HUIZHOU_ROWS = [
    ("城关镇", "南乐县城关镇卫生院", "乡镇卫生院", "预检分诊处无人值守", "立即整改", "立即", 0, "已整改"),
    (
        "韩张镇",
        "南乐县韩张镇前韩张村卫生室",
        "村卫生室",
        "未按规定登记发热患者信息",
        "立即整改",
        "立即",
        2,
        "已整改",
    ),
    (
        "福堪镇",
        "南乐县福堪镇张氏诊所",
        "个体诊所",
        "擅自接诊发热患者并开展静脉输液",
        "持续整改",
        "2024年8月9日",
        2,
        "已停止输液，县卫生监督所正在调查处理",
    ),
    (
        "千口镇",
        "南乐县千口镇卫生院",
        "乡镇卫生院",
        "部分医务人员未规范佩戴医用外科口罩",
        "立即整改",
        "立即",
        0,
        "已整改",
    ),
    (
        "谷金楼镇",
        "南乐县谷金楼镇谷金楼村卫生室",
        "村卫生室",
        "医疗废物未使用专用包装袋，与生活垃圾混放",
        "持续整改",
        "2024年7月31日",
        2,
        "已配备专用包装袋和周转箱，整改完成",
    ),
    (
        "杨村乡",
        "南乐县杨村乡卫生院",
        "乡镇卫生院",
        "发热诊室布局不符合“三区两通道”要求",
        "持续整改",
        "2024年10月31日",
        0,
        "改造工程正在施工",
    ),
    (
        "近德固乡",
        "南乐县近德固乡卫生院",
        "乡镇卫生院",
        "紫外线灯管未定期监测辐照强度",
        "立即整改",
        "立即",
        0,
        "",
    ),
]


def write_huizhou(path: Path) -> Path:
    b = Book(path, author="医政股")
    ws = b.sheet("暗访问题清单")
    b.widths(ws, [6, 10, 28, 12, 36, 10, 14, 10, 30])
    b.line(ws, 0, "基层医疗机构院感防控暗访督查发现问题清单", 8, b.title)
    b.line(ws, 1, "暗访时间：2024年7月9日    暗访组：南乐县卫生健康委员会医政股、县卫生监督所", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "机构名称",
            "机构类别",
            "暗访发现问题",
            "整改类型",
            "整改时限",
            "不良执业行为记分",
            "整改结果",
        ],
    )
    for i, row in enumerate(HUIZHOU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row[:5]), first=1)
        b.put(ws, 2 + i, 6, row[5], b.center)
        b.put(ws, 2 + i, 7, row[6], b.center)
        b.put(ws, 2 + i, 8, row[7])
    end = 3 + len(HUIZHOU_ROWS)
    b.put(ws, end, 0, "小计", b.center)
    b.merge(ws, end, 1, end, 8, "发现问题7处，其中立即整改4处、持续整改3处；不良执业行为记分3家，合计6分")
    b.line(ws, end + 2, "暗访组成员：陈国强、王丽娜、宋建军    填报日期：2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 医疗医保乱象“百日攻坚”整治问题台账, after a district's 医疗医保乱象“百日攻坚”整治行动 (辖区内各医疗卫生机构、零售
# 药店; 严厉打击医疗骗保行为、严厉打击各类行业乱象、严肃查处违法虚假宣传、严肃查处违规收费和违规诊疗行为; 追回医保基金，
# 处以违约金，退回自查违规金，解除协议):
# http://www.lsszq.gov.cn/szq/N202104/202103/2aa4d11d24004c78a097a7ae019903d1.shtml
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the four 整治重点 merged down their
# rows, 涉及金额 as numbers, a 合计 row summing them, a 填表人 line.
BAIRI_ROWS = [
    (
        "严厉打击医疗骗保行为",
        "濮阳华龙康复医院",
        "定点医疗机构",
        "诱导无指征患者住院，挂床住院5人次",
        38560.0,
        "追回医保基金，处违约金",
        "2024年7月15日",
        "已追回基金并缴纳违约金",
    ),
    (
        "严厉打击医疗骗保行为",
        "濮阳市华龙区惠民大药房",
        "定点零售药店",
        "将保健品串换为药品使用医保个人账户结算",
        12430.0,
        "追回医保基金，暂停医保结算3个月",
        "2024年8月31日",
        "基金已追回，暂停结算期未满",
    ),
    (
        "严厉打击医疗骗保行为",
        "濮阳市华龙区益康大药房",
        "定点零售药店",
        "未凭处方销售处方药并使用医保个人账户结算",
        1560.0,
        "追回医保基金，责令整改",
        "2024年7月31日",
        "",
    ),
    (
        "严厉打击各类行业乱象",
        "濮阳华龙仁和医院",
        "定点医疗机构",
        "聘用非卫生技术人员从事检验工作",
        None,
        "移交区卫生健康委立案处理",
        "2024年7月31日",
        "已移交",
    ),
    (
        "严肃查处违法虚假宣传",
        "濮阳华龙同济中医诊所",
        "诊所",
        "通过微信朋友圈发布“包治”“根治”等违法医疗广告",
        None,
        "移交区市场监管局，责令删除",
        "2024年6月30日",
        "广告已全部删除",
    ),
    (
        "严肃查处违规收费和违规诊疗行为",
        "濮阳华龙康复医院",
        "定点医疗机构",
        "重复收取静脉输液费和静脉注射费",
        6200.0,
        "退回违规费用",
        "2024年6月30日",
        "已全额退回",
    ),
    (
        "严肃查处违规收费和违规诊疗行为",
        "濮阳市华龙区中原路街道社区卫生服务中心",
        "定点医疗机构",
        "超医保支付限定范围使用药品并纳入医保结算",
        3180.0,
        "自查退回，完善处方审核",
        "2024年7月31日",
        "已退回违规金额，处方审核规则正在完善",
    ),
    (
        "严肃查处违规收费和违规诊疗行为",
        "濮阳华龙博爱医院",
        "定点医疗机构",
        "分解住院，同一患者15日内二次办理入院",
        21900.0,
        "约谈负责人，追回医保基金",
        "2024年7月20日",
        "逾期未退回违规基金",
    ),
]


def write_bairi_book(path: Path) -> Path:
    b = Book(path, author="基金监管股")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 16, 26, 14, 36, 14, 26, 14, 28])
    b.line(ws, 0, "华龙区医疗医保乱象“百日攻坚”整治行动问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区医疗保障局（基金监管股）    统计截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整治重点",
            "机构名称",
            "机构类型",
            "问题描述",
            "涉及金额（元）",
            "处理措施",
            "整改时限",
            "整改进展",
        ],
    )
    start = 3
    for i, row in enumerate(BAIRI_ROWS):
        r = start + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, [row[1], row[2], row[3]], first=2)
        b.put(ws, r, 5, row[4], b.money)
        b.row(ws, r, [row[5], row[6], row[7]], first=6)
    i = 0
    while i < len(BAIRI_ROWS):
        j = i
        while j + 1 < len(BAIRI_ROWS) and BAIRI_ROWS[j + 1][0] == BAIRI_ROWS[i][0]:
            j += 1
        b.merge(ws, start + i, 1, start + j, 1, BAIRI_ROWS[i][0], b.center)
        i = j + 1
    end = start + len(BAIRI_ROWS)
    total = sum(row[4] or 0 for row in BAIRI_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, total, b.money)
    b.merge(ws, end, 6, end, 8, "")
    b.line(ws, end + 1, "填表人：杨帆    审核人：李国庆    联系电话：0393-8663520", 8)
    return b.close()


def write_bairi(path: Path) -> Path:
    return via_soffice(write_bairi_book, path, "xls", "医疗医保乱象百日攻坚整治问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 定点医疗机构医保基金使用自查自纠整改台账, after a city 医疗保障局's 定点医疗机构医疗保障基金使用自查自纠工作管理
# 暂行办法 (对自查中发现的问题及时报属地医疗保障部门并建立整改台账，由专人进行管理; 自查内容: 执行实名就医、严控出入院
# 管理、医保价格政策、医保目录管理、医疗文书、药品和医用耗材进销存管理 …):
# http://szb.scbz0827.cn/news_page/news_90400_3_2025_01_16_2025_01_16.html
# A .zip of two returns: a county 中医院's .xlsx (填报单位/报送 line; 自查内容 per the 办法's list; rows naming only its
# 科室; 涉及金额, 退回情况 and 整改完成情况) and a township 卫生院's .docx report whose items are numbered paragraphs
# (deadlines and progress in sentences).
ZHONGYI_ROWS = [
    (
        "医保价格政策执行",
        "中药饮片超出规定加成率收费",
        4326.5,
        "药剂科",
        "调整HIS系统饮片加成设置",
        "2024年7月10日",
        "已退回",
        "已完成",
    ),
    (
        "医保目录管理",
        "限二线使用的抗菌药物用于一线治疗并纳入医保结算",
        2870.0,
        "医务科、药剂科",
        "加强限定支付范围事前审核",
        "2024年7月31日",
        "已退回",
        "处方前置审核规则正在调试",
    ),
    (
        "医疗文书管理",
        "部分康复理疗项目无治疗记录即收费",
        5640.0,
        "康复科",
        "逐份核查理疗记录，无记录的退回费用",
        "2024年8月31日",
        "未退回",
        "正在逐份核查病历",
    ),
    (
        "药品、医用耗材进销存管理",
        "一次性输液器进销存数据与医保结算数量不符",
        None,
        "设备科",
        "开展耗材全面盘点",
        "2024年9月30日",
        "/",
        "",
    ),
    (
        "执行实名就医",
        "住院患者身份核验缺少人证比对记录",
        None,
        "住院处",
        "上线人脸识别身份核验",
        "2024年7月15日",
        "/",
        "人脸识别设备已安装启用",
    ),
]

GUCHENG_PARAS = [
    (
        "（一）出入院管理不严。自查发现有3名住院患者住院期间离院未办理请假手续。整改措施：由护理部落实住院患者"
        "每日查房和离院请假登记制度，整改时限2024年7月20日。目前已整改到位。"
    ),
    (
        "（二）重复收费。存在同时收取“静脉采血”和“静脉注射”费用的情况，涉及医保基金1280元。整改措施：由收费室"
        "在收费系统中设置互斥规则，整改时限7月15日前。违规费用已于7月12日全额退回，整改完成。"
    ),
    (
        "（三）医保政策宣传不到位，院内医保政策公示栏内容未及时更新。整改措施：由医保办负责更新公示内容，"
        "整改时限7月10日前。目前尚未更新。"
    ),
]


def write_zhongyi_book(path: Path) -> Path:
    b = Book(path, author="医保办")
    ws = b.sheet("自查自纠整改台账")
    b.widths(ws, [6, 20, 36, 12, 12, 28, 14, 10, 26])
    b.line(ws, 0, "定点医疗机构医疗保障基金使用自查自纠问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县中医院（医保办）    报送：清丰县医疗保障局    填报日期：2024年7月22日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "自查内容",
            "自查发现问题",
            "涉及金额（元）",
            "责任科室",
            "整改措施",
            "整改时限",
            "退回情况",
            "整改完成情况",
        ],
    )
    for i, row in enumerate(ZHONGYI_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [row[0], row[1]], first=1)
        b.put(ws, r, 3, row[2], b.money)
        b.row(ws, r, list(row[3:]), first=4)
    end = 3 + len(ZHONGYI_ROWS)
    b.line(ws, end + 1, "医保专管员：冯玉洁    分管院长：刘长青    联系电话：0393-7226615", 8)
    return b.close()


def write_gucheng_docx(path: Path) -> Path:
    doc = _new_document("固城乡卫生院")
    _title(doc, "清丰县固城乡卫生院关于医保基金使用自查自纠整改情况的报告", 20)
    _paragraph(doc, "清丰县医疗保障局：")
    _paragraph(
        doc,
        "根据《定点医疗机构医疗保障基金使用自查自纠工作管理暂行办法》要求，我院成立自查自纠工作小组，对2024年上半年"
        "医保基金使用情况进行了全面自查，建立了整改台账，由医保办专人管理。现将自查发现问题及整改情况报告如下：",
    )
    _paragraph(doc, "一、自查发现的问题及整改情况")
    for text in GUCHENG_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作")
    _paragraph(doc, "我院将把自查自纠作为日常管理的重要内容，定期开展自查，确保医保基金规范使用。")
    _paragraph(doc, "清丰县固城乡卫生院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_selfcheck(path: Path) -> Path:
    members = [
        ("清丰县中医院医保基金使用自查自纠问题整改台账.xlsx", write_zhongyi_book),
        ("清丰县固城乡卫生院医保基金自查自纠整改情况报告.docx", write_gucheng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 定点零售药店检查发现问题整改情况的报告, after an article on the problems of 定点药店 under a city's 医疗保险
# (使用医疗保险卡支付非目录药品、保健品、化妆品; 外配处方管理不尽如人意; 医疗保险政策掌握不实; 数据传送不及时; 药品目录
# 对照不准确; 不给参保人员打印购药明细):
# https://www.1mishu.com/haowen/275854.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, one table (定点药店 as the handling unit, 处理意见, 整改时限,
# 整改情况), closing paragraph, office and date.
PHARMACY_ROWS = [
    (
        "台前县百姓大药房",
        "使用医保个人账户为参保人员支付保健品、化妆品费用",
        "追回违规费用，暂停医保结算1个月",
        "2024年7月15日",
        "违规费用已追回，暂停期满经复查合格，已恢复结算",
    ),
    (
        "台前县仁济堂大药房",
        "外配处方留存不全，部分处方无医师签名",
        "责令整改",
        "2024年7月20日",
        "已建立外配处方登记本，整改完成",
    ),
    (
        "台前县康源大药房",
        "店长及营业员对医保政策不熟悉，医保管理制度仅上墙未落实",
        "组织培训，责令整改",
        "2024年8月31日",
        "已参加县局组织的培训，制度落实情况正在复查",
    ),
    ("台前县济世堂大药房", "医保结算数据未按日上传", "责令整改", "2024年7月10日", "未整改"),
    (
        "台前县同仁大药房",
        "新增药品未及时进行医保目录对照，参保人员无法刷卡购药",
        "责令整改",
        "2024年7月31日",
        "正在进行目录对照",
    ),
    ("台前县天顺大药房", "不向参保人员打印购药明细", "责令整改", "2024年7月5日", "已整改"),
    (
        "台前县德仁堂大药房",
        "药品进销存数据与医保结算数据不一致",
        "约谈负责人，开展全面核查",
        "2024年9月30日",
        "",
    ),
]


def write_pharmacy_docx(path: Path) -> Path:
    doc = _new_document("台前县医疗保障局")
    _title(doc, "关于定点零售药店医保服务检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "6月中下旬，我局对全县47家定点零售药店医保服务协议履行情况开展了专项检查，共发现问题7个。我局已逐一下达"
        "整改通知，明确整改时限，现将问题及整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(PHARMACY_ROWS, 1)]
    _table(doc, ["序号", "定点药店", "发现问题", "处理意见", "整改时限", "整改情况"], body)
    _paragraph(doc, "下一步，我局将加强对定点零售药店的日常稽核，对逾期未整改的依协议严肃处理。")
    _paragraph(doc, "台前县医疗保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_pharmacy(path: Path) -> Path:
    return via_soffice(write_pharmacy_docx, path, "doc", "定点零售药店检查问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 医疗机构药品医疗器械使用质量专项检查, after a district 市场监督管理局's 药品放心执法行动 (特殊药品、生物制剂、
# 中药饮片和医疗耗材、大型设备、无菌植入类医疗器械、体外诊断试剂; 医疗机构储存体外诊断试剂未按规定存放(2-8℃); 立即
# 进行立案调查):
# https://cnzh.gov.cn/News/Detail/20190325172705670.html
# An .xlsx: title, 检查单位/检查时间 line, a two-row header with 整改 over 整改期限, 整改完成日期 (real dates) and
# 复查情况 (a filled completion date is the only signal on one row), 检查人/复查人 line.
DRUG_ROWS = [
    (
        "濮阳县人民医院",
        "体外诊断试剂",
        "检验科冷藏柜温度超出2-8℃，无温度异常处置记录",
        "责令改正",
        date(2024, 7, 5),
        date(2024, 7, 3),
        "复查合格",
    ),
    (
        "濮阳县中医院",
        "中药饮片",
        "饮片库房部分饮片霉变未及时清理",
        "责令改正",
        date(2024, 7, 10),
        date(2024, 7, 9),
        "",
    ),
    (
        "濮阳县文留镇卫生院",
        "医疗耗材",
        "购进一次性使用无菌注射器未索取供货企业资质证明",
        "责令改正",
        date(2024, 7, 15),
        None,
        "供货企业资质证明正在补充",
    ),
    (
        "濮阳县康华医院",
        "无菌植入类医疗器械",
        "骨科植入器械使用记录不能追溯到患者",
        "立案调查",
        date(2024, 7, 31),
        None,
        "已立案，追溯台账正在建立",
    ),
    (
        "濮阳县柳屯镇卫生院",
        "特殊药品",
        "麻醉药品专柜未实行双人双锁管理",
        "责令改正",
        date(2024, 6, 30),
        date(2024, 6, 28),
        "复查合格",
    ),
    (
        "濮阳县海通乡卫生院",
        "药品",
        "药房存放过期药品3个品种，未单独隔离存放",
        "责令改正，没收过期药品",
        date(2024, 7, 5),
        None,
        "复查时仍未整改",
    ),
    ("濮阳县妇幼保健院", "大型设备", "彩色超声诊断仪无维护保养记录", "责令改正", date(2024, 8, 15), None, ""),
]


def write_drug(path: Path) -> Path:
    b = Book(path, author="药械股")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 16, 38, 18, 14, 14, 24])
    b.line(ws, 0, "医疗机构药品医疗器械使用质量专项检查问题整改台账", 7, b.title)
    b.line(ws, 1, "检查单位：濮阳县市场监督管理局药品医疗器械监管股    检查时间：2024年6月17日—6月28日", 7)
    for col, word in enumerate(["序号", "被检查单位", "检查品种类别", "发现问题", "处理方式"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改", b.head)
    b.header(ws, 3, ["整改期限", "整改完成日期", "复查情况"], first=5)
    for i, row in enumerate(DRUG_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(DRUG_ROWS)
    b.line(ws, end + 1, "检查人：贾志强、程亮    复查人：贾志强    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 国家卫生县城复审医疗机构专项监督检查问题整改表, after a county 卫生计生执法监督所's check of medical institutions
# for the 国卫复审 (环境卫生、病媒生物防治、医疗废物废水规范处理; 卫生死角打扫不彻底、病媒生物“三防”设施不完善、医疗
# 废物交接登记不规范; 下发《监督意见书》，要求立即整改):
# http://www.akcdc.cn/content.php?cid=87&id=6518&type=2
# An .xlsx: title, 填报单位 line, one header row with 检查类别, 整改责任人, 完成时限, 是否整改到位 (是 / 否 / 部分到位)
# and 备注 (one 否 row whose 备注 tells of work under way), 说明 and signature lines.
GUOWEI_ROWS = [
    (
        "环境卫生",
        "台前县人民医院",
        "后院污水处理站周边卫生死角垃圾堆积",
        "清理垃圾，划定保洁责任区",
        "后勤科 王建设",
        "2024年6月20日",
        "是",
        "",
    ),
    (
        "病媒生物防制",
        "台前县人民医院",
        "职工食堂操作间未安装防蝇门帘、挡鼠板",
        "安装防蝇门帘和挡鼠板",
        "后勤科 王建设",
        "2024年6月25日",
        "是",
        "",
    ),
    (
        "病媒生物防制",
        "台前县中医院",
        "病房楼下水道口未安装防鼠网",
        "下水道口全部加装防鼠网",
        "总务科 李东",
        "2024年7月10日",
        "部分到位",
        "已安装12处，剩余4处",
    ),
    (
        "医疗废物",
        "台前县侯庙镇卫生院",
        "医疗废物交接登记不规范，无重量和交接时间",
        "规范交接登记，逐项填写",
        "院感专干 刘芳",
        "2024年6月30日",
        "是",
        "",
    ),
    (
        "医疗废物",
        "台前县城关镇仁和诊所",
        "医疗废物暂存桶无盖，无警示标识",
        "更换带盖暂存桶，张贴警示标识",
        "负责人 吴仁和",
        "2024年7月5日",
        "否",
        "",
    ),
    (
        "医疗污水",
        "台前县妇幼保健院",
        "污水消毒池余氯检测记录缺失",
        "每日检测余氯并记录",
        "总务科 赵磊",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "环境卫生",
        "台前县孙口镇卫生院",
        "院内旱厕未改造为无害化卫生厕所",
        "改造为水冲式卫生厕所",
        "副院长 孙明",
        "2024年9月30日",
        "否",
        "已完成改造设计，正在组织施工",
    ),
]


def write_guowei(path: Path) -> Path:
    b = Book(path, author="卫生监督所")
    ws = b.sheet("问题整改表")
    b.widths(ws, [6, 14, 22, 36, 28, 16, 14, 12, 26])
    b.line(ws, 0, "国家卫生县城复审医疗机构专项监督检查问题整改表", 8, b.title)
    b.line(ws, 1, "填报单位：台前县卫生健康委员会（县卫生计生执法监督所）    填报日期：2024年7月28日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "检查类别",
            "单位名称",
            "问题描述",
            "整改措施",
            "整改责任人",
            "完成时限",
            "是否整改到位",
            "备注",
        ],
    )
    for i, row in enumerate(GUOWEI_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:6]), first=1)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7])
    end = 3 + len(GUOWEI_ROWS)
    b.line(ws, end, "说明：已下发《卫生监督意见书》的问题均纳入本表，“是否整改到位”由监督员复查后填写。", 8)
    b.line(ws, end + 1, "填表人：马文静    审核人：周庆林    联系电话：0393-2216630", 8)
    return b.close()


FILES = [
    ("濮阳县文留镇卫生院医疗业务检查反馈问题整改台账.xlsx", write_wenliu),
    ("医疗机构行业乱象专项整治检查问题清单.xls", write_fanxian),
    ("医疗废物污水规范管理处置督导检查问题清单.xlsx", write_waste),
    ("传染病防治专项监督检查意见书落实情况登记表.csv", write_chaling),
    ("医疗机构感染防控专项督导问题整改回头看情况表.docx", write_fengxiang),
    ("基层医疗机构院感防控暗访督查发现问题清单.xlsx", write_huizhou),
    ("医疗医保乱象百日攻坚整治问题台账.et", write_bairi),
    ("定点医疗机构医保基金使用自查自纠整改台账（两家）.zip", write_selfcheck),
    ("关于定点零售药店医保服务检查发现问题整改情况的报告.doc", write_pharmacy),
    ("医疗机构药品医疗器械使用质量专项检查问题整改台账.xlsx", write_drug),
    ("国家卫生县城复审医疗机构专项监督检查问题整改表.xlsx", write_guowei),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

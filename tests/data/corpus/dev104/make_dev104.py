"""Write the dev104 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 征地拆迁、物业与住房保障领域信访和矛盾纠纷排查化解 (乡镇街道、社区、住建、自然资源、信访局、物业企业).
Forms: .xlsx (five, one more inside the zip), .xls (xlwt), .et (an Excel 97 workbook written by LibreOffice), a CSV
in GBK, a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) whose items are the sections of a
通报, and a .zip of two returns (an .xlsx and a .docx with a table). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev104.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 征迁信访隐患排查定责清单台账, after a township's account of the disputes along a motorway it helps to clear
# (泾青高速黄村段: 林地界线、村界、镇界、迁坟、拆迁补偿; 镇村两级对沿线相关村实地了解统计; 建立信访隐患排查定责清单
# 台账，按村、按性质和轻重缓急进行梳理分类; 每周主持召开信访事项调度会，对照“三到位”工作要求逐一化解):
# http://c114.u74.cn/js/20230803/17745.html
# An .xlsx: title, 填报单位 line, a two-row header (定责 over 包案领导/责任单位/责任人), rows grouped by 村 with the 村
# cell merged, the 乡's own offices (征迁办, 综治中心 …) as 责任单位, a 三到位落实情况 column, a 合计 row, a note on the
# 缓急程度 and 三到位, a 审核人/填表人 line.
ZHENGQIAN_ROWS = [
    (
        "东王庄村",
        "林地权属",
        "较急",
        "东王庄村与西王庄村交界处林地界线不清，两村群众对征迁林木补偿款归属存在争议",
        "张建军（乡长）",
        "乡征迁办",
        "李永刚",
        "2024年7月31日",
        "已组织两村群众代表现场指界，双方签字确认界线，补偿款已按界线分别兑付，矛盾已化解",
    ),
    (
        "东王庄村",
        "迁坟",
        "急",
        "高速红线内涉及坟墓23座，部分群众对迁坟补偿标准有异议",
        "张建军（乡长）",
        "乡征迁办",
        "李永刚",
        "8月底前",
        "已完成迁坟17座，剩余6座正在逐户做工作",
    ),
    (
        "后辛庄村",
        "村界争议",
        "一般",
        "后辛庄村与相邻村村界存在争议，影响取土场用地交付",
        "刘红霞（副乡长）",
        "乡综治中心",
        "王志远",
        "2024年9月30日",
        "",
    ),
    (
        "后辛庄村",
        "拆迁补偿",
        "急",
        "被拆迁户李某某认为房屋附属物评估漏项，多次到乡政府反映",
        "刘红霞（副乡长）",
        "乡征迁办",
        "赵庆华",
        "7月20日前",
        "已委托评估机构复核并补评，补偿协议已签订，当事人息诉罢访",
    ),
    (
        "南吕村",
        "青苗补偿",
        "较急",
        "部分群众反映征迁青苗补偿款未足额发放到户",
        "陈国伟（乡党委副书记）",
        "乡财政所",
        "孙丽娜",
        "2024.7.15",
        "已逐户核对补偿清册，差额款已于7月12日打卡发放",
    ),
    (
        "南吕村",
        "施工扰民",
        "一般",
        "施工车辆夜间运输渣土噪音扰民、道路扬尘，沿线群众意见较大",
        "陈国伟（乡党委副书记）",
        "乡综治中心",
        "王志远",
        "长期坚持",
        "长期坚持",
    ),
    (
        "北吕村",
        "失地农民保障",
        "一般",
        "被征地群众要求纳入被征地农民社会保障，部分群众对参保政策不了解",
        "刘红霞（副乡长）",
        "乡社会事务办",
        "马晓燕",
        "2024年12月底前",
        "已完成政策宣传入户，正在核对参保人员名单",
    ),
    (
        "北吕村",
        "过渡安置",
        "急",
        "3户被拆迁户过渡安置房未落实，租房补助发放不及时",
        "张建军（乡长）",
        "乡征迁办",
        "赵庆华",
        "8月15日",
        "尚未落实",
    ),
]


def write_zhengqian(path: Path) -> Path:
    b = Book(path, author="海通乡综治中心")
    ws = b.sheet("定责清单台账")
    b.widths(ws, [6, 11, 12, 8, 40, 18, 13, 10, 14, 40])
    last = 9
    b.line(ws, 0, "濮湖高速公路海通乡段征迁信访隐患排查定责清单台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县海通乡人民政府（综治中心）    填报日期：2024年7月26日", last)
    for c, word in enumerate(["序号", "村别", "隐患类别", "缓急程度", "矛盾纠纷（信访隐患）基本情况"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "定责", b.head)
    b.header(ws, 3, ["包案领导", "责任单位", "责任人"], first=5)
    b.merge(ws, 2, 8, 3, 8, "化解时限", b.head)
    b.merge(ws, 2, 9, 3, 9, "“三到位”落实情况", b.head)
    r = 4
    start = r
    for i, row in enumerate(ZHENGQIAN_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[1:]), first=2)
        r += 1
    # the 村 cells merged over each village's rows
    r = start
    while r < start + len(ZHENGQIAN_ROWS):
        village = ZHENGQIAN_ROWS[r - start][0]
        end = r
        while end + 1 < start + len(ZHENGQIAN_ROWS) and ZHENGQIAN_ROWS[end + 1 - start][0] == village:
            end += 1
        b.merge(ws, r, 1, end, 1, village, b.center)
        r = end + 1
    end = start + len(ZHENGQIAN_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.merge(ws, end, 2, end, last, "排查信访隐患8件，其中急3件、较急2件、一般3件；已化解3件")
    b.line(
        ws,
        end + 1,
        "注：缓急程度分“急”“较急”“一般”三类；“三到位”指诉求合理的解决问题到位、诉求无理的思想教育到位、"
        "生活困难的帮扶救助到位。",
        last,
    )
    b.line(ws, end + 3, "审核人：陈国伟    填表人：王志远    联系电话：0393-5361208", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 矛盾纠纷大排查大化解“百日攻坚”台账, after a city 自然资源局's 百日攻坚 (聚焦征地拆迁、农村集体土地权属、非煤矿山等
# 领域; 各县区自然资源局(分局)分类建立台账清单; 利用12345便民服务平台、信访系统、自然资源部信访系统受理、录入、流转;
# 一事一策、逐一限时解决、动态清零; 察访督导组):
# http://www.iosapp77.com/news/pt/2775473.html
# An .xls (xlwt): title, 填报单位/统计时间 line, a two-row header (化解情况 over 化解进展 and 是否化解), the 线索来源
# column naming the platforms, the county bureaus and the city's own 科室 and 市不动产登记中心 as 责任单位, a 合计 row,
# a 注 line and a 填表人 line.
ZIRAN_ROWS = [
    (
        "濮阳县",
        "12345便民服务平台",
        "征地拆迁",
        "城关镇群众反映产业集聚区征地补偿款被村组截留",
        "濮阳县自然资源局",
        "吴振华",
        "2024-08-15",
        "已会同城关镇核查补偿款发放明细，正在督促村组公开账目",
        "否",
    ),
    (
        "清丰县",
        "河南省信访信息系统",
        "农村集体土地权属",
        "马庄桥镇两村因集体土地所有权界址争议引发群体访",
        "清丰县自然资源局",
        "杜海明",
        "2024-09-30",
        "已组织双方调处，达成调解协议并重新确权登记",
        "是",
    ),
    (
        "南乐县",
        "自然资源部信访系统",
        "征地拆迁",
        "群众反映高铁站片区征地未依法履行征地报批程序",
        "南乐县自然资源局",
        "侯立新",
        "2024-07-31",
        "经核查，该地块已取得省政府征地批复，已书面答复信访人，信访人无异议",
        "是",
    ),
    (
        "范县",
        "自行排查",
        "非煤矿山",
        "某砂石料场越界开采，周边村民担心房屋受损引发矛盾",
        "范县自然资源局",
        "郭长青",
        "2024-08-31",
        "",
        "否",
    ),
    (
        "台前县",
        "12345便民服务平台",
        "征地拆迁",
        "黄河滩区迁建安置区部分群众反映宅基地分配不公",
        "台前县自然资源局",
        "袁守义",
        "2024-10-31",
        "已成立工作专班，逐户核查宅基地分配情况",
        "否",
    ),
    (
        "华龙区",
        "12345便民服务平台",
        "不动产登记",
        "城区安置小区回迁户反映办理不动产权证难",
        "市不动产登记中心",
        "韩素梅",
        "2024-08-31",
        "已开通回迁安置房登记绿色通道，已办证126户，剩余38户正在办理",
        "否",
    ),
    (
        "开发区",
        "自行排查",
        "征地拆迁",
        "开发区两个村群众反映征地后留用地指标未落实",
        "市局国土空间用途管制科",
        "彭建国",
        "2024-12-31",
        "已纳入年度用地计划，正在办理农用地转用报批",
        "否",
    ),
    (
        "濮阳县",
        "河南省信访信息系统",
        "农村集体土地权属",
        "庆祖镇村民反映承包地被他人占用建房",
        "濮阳县自然资源局",
        "吴振华",
        "2024-07-25",
        "已立案查处，违法建筑已拆除，土地已复耕",
        "是",
    ),
]


def write_ziran(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "全市自然资源和规划系统矛盾纠纷大排查大化解“百日攻坚”行动台账", t, 0, last),
        (1, 0, "填报单位：濮阳市自然资源和规划局（信访科）    统计时间：截至2024年7月30日", plain, 1, last),
    ]
    words = [
        "序号",
        "县（区）",
        "线索来源",
        "纠纷类型",
        "矛盾纠纷简要情况",
        "责任单位",
        "包案领导",
        "化解时限",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "化解情况", h, 2, 9),
        (3, 8, "化解进展", h),
        (3, 9, "是否化解", h),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(ZIRAN_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 6, 7, 9) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(ZIRAN_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "排查矛盾纠纷8件，已化解3件，化解率37.5%", c, r, last),
        (
            r + 1,
            0,
            "注：坚持一事一策、限时化解、动态清零；“是否化解”栏填“是”或“否”，未化解的在“化解进展”栏写明进度。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：韩立伟    审核人：邵建华    联系电话：0393-4412263", plain, r + 2, last),
    ]
    return _write_xls(path, [("百日攻坚台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 物业管理矛盾纠纷台账和解决问题台账, after a district 住房保障服务中心's note on its 物业管理矛盾纠纷化解 (每月组织各镇
# (办)对住宅小区的物业管理矛盾纠纷进行全面排查，建立物业管理矛盾纠纷台账和解决问题台账，并实行动态管理; 物业撤离应急
# 托管机制; 办理市长电话、书记信箱等):
# https://bhah.cn/news/show.php?itemid=2144
# An .xlsx with two sheets: 矛盾纠纷台账 (open disputes: 来源, 责任单位 = the 街道/乡, 解决措施, 解决时限, 办理进展) and
# 解决问题台账 (solved ones: 办结日期 and 回访满意度 beside the result); each sheet has its title and 填报 line.
WUYE_OPEN = [
    (
        "锦华苑小区",
        "濮阳市锦华物业服务有限公司",
        "物业公司单方面上调物业服务费，部分业主拒缴引发冲突",
        "市长电话",
        "华龙区中原路街道办事处",
        "组织业主代表与物业公司协商，依法履行调价程序",
        "2024年8月20日",
        "已召开两次协调会，双方正在协商",
    ),
    (
        "龙城花园小区",
        "濮阳市龙城物业管理有限公司",
        "小区电梯频繁故障停运，物业未及时维修",
        "书记信箱",
        "华龙区胜利路街道办事处",
        "督促物业公司申请使用专项维修资金更换电梯主板",
        "8月底前",
        "",
    ),
    (
        "建业东院",
        "无物业",
        "老旧小区无物业管理，生活垃圾清运不及时",
        "现场排查",
        "华龙区人民路街道办事处",
        "引入国有物业企业托管",
        "2024年9月30日",
        "未启动",
    ),
    (
        "金色港湾小区",
        "濮阳市港湾物业服务有限公司",
        "业委会与物业公司就小区公共收益分配产生纠纷",
        "12345热线",
        "华龙区大庆路街道办事处",
        "指导业委会委托第三方审计公共收益",
        "2024年8月15日",
        "已委托第三方审计，审计工作正在进行",
    ),
]
WUYE_SOLVED = [
    (
        "阳光水岸小区",
        "濮阳市阳光物业服务有限公司",
        "地下车库雨后积水，物业推诿不处理",
        "市长电话",
        "华龙区黄河路街道办事处",
        "2024年7月15日",
        "已疏通排水管道并加装排水泵",
        date(2024, 7, 12),
        "满意",
    ),
    (
        "盛世华庭小区",
        "濮阳市华庭物业管理有限公司",
        "物业停车收费标准未公示，业主质疑乱收费",
        "12345热线",
        "华龙区中原路街道办事处",
        "2024年7月10日",
        "已督促物业公示收费标准，并退还多收的停车费",
        date(2024, 7, 8),
        "满意",
    ),
    (
        "滨河家园小区",
        "濮阳市滨河物业服务有限公司",
        "小区消防通道被私家车长期占用",
        "书记信箱",
        "华龙区胜利路街道办事处",
        "2024年7月20日",
        "已施划禁停标线、设置隔离桩，通道已畅通",
        date(2024, 7, 18),
        "基本满意",
    ),
]


def write_wuye(path: Path) -> Path:
    b = Book(path, author="区住房保障服务中心")
    ws = b.sheet("矛盾纠纷台账")
    b.widths(ws, [6, 14, 24, 36, 10, 22, 30, 14, 30])
    b.line(ws, 0, "华龙区2024年7月住宅小区物业管理矛盾纠纷台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区住房保障服务中心    填报日期：2024年7月29日    （各街道、乡镇排查上报，动态管理）",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "物业服务企业",
            "矛盾纠纷内容",
            "来源",
            "责任单位",
            "解决措施",
            "解决时限",
            "办理进展",
        ],
    )
    for i, row in enumerate(WUYE_OPEN, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WUYE_OPEN)
    b.line(ws, end + 1, "填表人：曹玉洁    联系电话：0393-8316620", 8)

    ws2 = b.sheet("解决问题台账")
    b.widths(ws2, [6, 14, 24, 36, 10, 22, 14, 30, 12, 10])
    b.line(ws2, 0, "华龙区2024年7月住宅小区物业管理解决问题台账", 9, b.title)
    b.line(ws2, 1, "填报单位：华龙区住房保障服务中心    填报日期：2024年7月29日", 9)
    b.header(
        ws2,
        2,
        [
            "序号",
            "小区名称",
            "物业服务企业",
            "问题内容",
            "来源",
            "责任单位",
            "解决时限",
            "解决结果",
            "办结日期",
            "回访满意度",
        ],
    )
    for i, row in enumerate(WUYE_SOLVED, 1):
        b.put(ws2, 2 + i, 0, i, b.center)
        b.row(ws2, 2 + i, list(row), first=1)
    end = 3 + len(WUYE_SOLVED)
    b.put(ws2, end, 0, "合计", b.center)
    b.merge(ws2, end, 1, end, 9, "本月解决物业管理问题3件，办结率100%")
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 物业服务大排查大整治问题清单、责任清单, after a city 住建局's 物业服务大排查大整治 plan (各物业服务企业要建立各项问题
# 清单、责任清单，明确责任人、针对性措施、完成时限; 按“立即解决、限期解决、分期解决、政策限制”4种方式进行甄别; 对不属于
# 物业服务企业的问题，协助业主与责任单位或责任人联系解决):
# http://zjj.dazhou.gov.cn/news-show-548.html
# A CSV in GBK, as a property company exports it: a title line, a line naming its two 服务项目 and the date, one header
# line with 甄别方式 and 责任人 (its staff), a 说明 line and a 填表人 line.
QINGDAN_ROWS = [
    (
        "御景园小区",
        "单元门禁系统损坏，外来人员随意进出",
        "秩序维护",
        "立即解决",
        "王海涛（项目经理）",
        "更换门禁主板",
        "2024年7月10日",
        "已完成",
    ),
    (
        "御景园小区",
        "楼道照明灯损坏未及时维修",
        "设施设备",
        "立即解决",
        "刘建（工程主管）",
        "更换楼道声控灯",
        "2024年7月5日",
        "已完成",
    ),
    (
        "御景园小区",
        "公共绿化带被个别业主私自改种蔬菜",
        "绿化养护",
        "限期解决",
        "王海涛（项目经理）",
        "入户劝导，恢复绿化",
        "2024年8月31日",
        "已劝导6户，恢复绿化200平方米，其余正在做工作",
    ),
    (
        "御景园小区",
        "物业服务收支情况未按要求公示",
        "收费管理",
        "限期解决",
        "张丽（客服主管）",
        "每季度在公示栏公示物业费收支情况",
        "2024年7月31日",
        "",
    ),
    (
        "清河湾小区",
        "二次供水水箱清洗消毒记录不全",
        "设施设备",
        "限期解决",
        "赵明（工程主管）",
        "委托有资质单位清洗消毒并建立档案",
        "2024年7月20日",
        "已清洗消毒，取得水质检测报告",
    ),
    (
        "清河湾小区",
        "5栋楼外墙保温层局部脱落，存在坠落隐患",
        "设施设备",
        "分期解决",
        "赵明（工程主管）",
        "申请使用专项维修资金分批修缮",
        "2024年12月底前",
        "一期3栋楼已修缮完毕，二期正在申请维修资金",
    ),
    (
        "清河湾小区",
        "开发企业遗留的地下车位产权纠纷，业主多次投诉",
        "历史遗留",
        "政策限制",
        "张丽（客服主管）",
        "协助业主与开发企业、不动产登记部门联系",
        "待政策明确",
        "已向住建部门书面反映，正在协助业主与开发企业沟通",
    ),
    (
        "清河湾小区",
        "电动车楼道停放充电、飞线充电现象突出",
        "安全管理",
        "限期解决",
        "赵明（工程主管）",
        "建设集中充电车棚",
        "2024年9月30日",
        "未启动",
    ),
]


def write_qingdan(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["濮阳市安泰物业服务有限公司物业服务大排查大整治问题清单、责任清单"])
    w.writerow(["服务项目：御景园小区、清河湾小区    填报日期：2024年7月29日"])
    w.writerow(
        [
            "序号",
            "服务项目",
            "问题描述",
            "问题类别",
            "甄别方式",
            "责任人",
            "针对性措施",
            "完成时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(QINGDAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "说明：甄别方式按“立即解决、限期解决、分期解决、政策限制”四种填写；不属于物业服务企业的问题，协助业主联系责任单位。"
        ]
    )
    w.writerow(["填表人：张丽    联系电话：13939326618"])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 安置小区房源清理整改情况报告, after a 街道's account of clearing its resettlement estates after a 专项巡察 of 安置房
# 分配 (基本情况: 安置小区、已安置、闲置套数; 一是安置房问题: 建立一户一档、对被借用和占用的房屋限时腾房、张贴限搬通知单、
# 包保巡查负责制并建立巡查台账、实际借用的交由高新区研究处置; 二是储藏室占用问题: 完成储藏室分布平面图):
# https://tcxfw.gov.cn/Info/342566.aspx
# A .docx: title naming the 街道, 主送, a 基本情况 paragraph, the problems as numbered paragraphs under 二、 (each with
# its 整改措施, 整改时限 and progress in sentences; the 街道's own 城建办/安置办 doing the work), a 下一步 paragraph and
# the 街道 and date at the foot.
ANZHI_PARAS = [
    (
        "1．安置房源底数不清，已安置和闲置房源未建立台账。整改措施：街道安置办会同各社区对4个安置小区全部房源建立"
        "一户一档，逐套核对安置和闲置情况。整改时限：2024年6月30日前。目前已全部建档，核对出已安置1862套、闲置"
        "214套，该问题已整改完成。"
    ),
    (
        "2．部分闲置安置房被无关人员借用、占用。整改措施：对被占用房屋逐套清理，张贴限期腾房通知书，限期内拒不腾房的"
        "依法组织腾房。整改时限：2024年8月31日前。目前已清退被占用房屋142套，剩余9套正在清理。"
    ),
    (
        "3．安置小区储藏室出借、占用情况底数不清，未登记造册。整改措施：由街道城建办绘制储藏室分布平面图，注明使用人、"
        "出借人和空余数量。整改时限：2024年7月31日前。目前1至3号安置小区已登记完毕，4号小区正在登记。"
    ),
    (
        "4．安置房分配档案资料缺失，部分分配手续不全。整改措施：街道安置办对照原始安置协议逐户补齐分配手续，"
        "整改时限：2024年9月30日前。目前该项工作尚未启动。"
    ),
    (
        "5．清理后的闲置房屋缺乏日常巡查，存在再次被占用风险。整改措施：实行保安包保巡查负责制，每人包保20至30套，"
        "发现再次被占用或封条被撕毁的及时报告，建立巡查台账。该项工作长期坚持。"
    ),
    (
        "6．11套安置房被单位实际借用，未按规定办理借用手续。整改措施：街道已将借用情况书面报区安置房管理办公室研究"
        "处置，整改时限：2024年10月31日前。"
    ),
    (
        "7．部分安置户反映安置房屋面渗漏、外墙开裂。整改措施：街道城建办组织施工单位维修。整改时限：2024年7月15日。"
        "已维修完毕，经社区和业主代表验收合格。"
    ),
]


def write_anzhi(path: Path) -> Path:
    doc = _new_document("开州路街道办事处")
    _title(doc, "濮阳市华龙区开州路街道办事处关于安置小区房源清理问题整改情况的报告")
    _paragraph(doc, "区委第二巡察组：")
    _paragraph(
        doc,
        "根据区委第二巡察组对我街道安置房分配情况专项巡察反馈的问题，街道党工委高度重视，成立由街道、社区、物业"
        "人员组成的工作专班，逐项制定整改措施。现将整改情况报告如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "我街道共有安置小区4个，安置楼房58栋，安置房2076套，储藏室1950间。专班利用一个月时间查阅资料、入户核对，"
        "摸清了房源底数和使用情况。",
    )
    _paragraph(doc, "二、反馈问题及整改情况", font="黑体")
    for text in ANZHI_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(doc, "下一步，街道将持续巩固整改成果，对未完成的问题挂图作战、按期销号，坚决防止问题反弹。")
    _paragraph(doc, "濮阳市华龙区开州路街道办事处", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 信访热点问题及办理情况通报, after a district 区长热线信箱办's quarterly account (一、来电来信基本情况: counts by
# channel and by category — 土地征用及拆迁、房产管理及房屋建设、物业管理 …; 二、热点问题及办理情况: (一)棚户区改造问题。
# … (二)拖欠工资问题。…, each naming what was done):
# http://www.tchuan.gov.cn/xxgk-show-5200.html
# A .doc (Word 97 via LibreOffice): title, 主送, 一、 a paragraph of counts, 二、 the hot issues as (一)…(七) sections, each
# naming its 承办单位 (city bodies by short names: 市住建局, 市公积金中心, 市城管局 …), its 办理时限 where it has one and
# its progress; 三、 工作要求, the 信访局 and date at the foot.
REDIAN_PARAS = [
    (
        "（一）棚户区改造回迁安置问题。城区东北片区棚户区改造项目回迁房交付逾期，部分群众反映过渡费发放不及时，"
        "多次集体来访。承办单位：华龙区人民政府。办理情况：已督促项目实施单位补发过渡费，回迁房主体已完工，"
        "正在进行室外配套施工，计划2024年10月底前交付。"
    ),
    (
        "（二）商品房逾期交房问题。某住宅项目因开发企业资金链断裂停工，购房户多次集体上访要求保交楼。承办单位："
        "市住建局。办理情况：该项目已纳入保交楼专项借款项目，7月上旬已全面复工，要求2024年12月31日前完成交付。"
    ),
    (
        "（三）不动产权证办理难问题。部分已交付小区因开发企业欠缴税费、未完成竣工验收备案，业主无法办理不动产权证。"
        "承办单位：市不动产登记中心。办理时限：2024年6月30日。办理情况：通过“证缴分离”“容缺受理”等方式，"
        "已为1260户业主办理首次登记和转移登记，已办结。"
    ),
    (
        "（四）住房公积金提取问题。群众反映异地购房提取住房公积金材料多、审核慢。承办单位：市公积金中心。"
        "办理情况：已精简提取要件，实行异地购房提取“一次办”，已办结，信访人表示满意。"
    ),
    (
        "（五）征地拆迁补偿问题。濮阳经济技术开发区部分村群众反映征地补偿款、安置房未兑现。承办单位：濮阳经济技术"
        "开发区管理委员会。办理情况：正在逐户核对补偿清册，计划2024年9月底前兑现到位。"
    ),
    (
        "（六）小区违法建设问题。部分小区业主私搭乱建、拆改承重墙，引发邻里纠纷。承办单位：市城管局。办理期限："
        "2024年6月20日。办理情况：该件已超过办理期限，仍未办结。"
    ),
    (
        "（七）公租房分配问题。群众反映公租房轮候时间长、分配过程不透明。承办单位：市住建局。办理情况：实行公租房"
        "房源、轮候和分配结果常态化网上公示，长期坚持。"
    ),
]


def write_redian_docx(path: Path) -> Path:
    doc = _new_document("市信访局")
    _title(doc, "关于2024年二季度住房城乡建设领域信访热点问题及办理情况的通报")
    _paragraph(doc, "各县（区）人民政府，开发区、工业园区、示范区管委会，市直有关单位：")
    _paragraph(doc, "一、来信来访基本情况", font="黑体")
    _paragraph(
        doc,
        "二季度，全市信访部门共受理住房城乡建设领域来信、来访、网上信访事项612件，其中土地征用及拆迁148件、"
        "房产管理及房屋建设197件、物业管理163件、住房保障59件、其他45件，交办承办单位办理421件，办结率96.2%。"
        "征地拆迁、逾期交房、物业管理等方面新增和重复信访较多。",
    )
    _paragraph(doc, "二、热点问题及办理情况", font="黑体")
    for text in REDIAN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、工作要求", font="黑体")
    _paragraph(
        doc,
        "各承办单位要严格落实首办责任制，对未办结事项逐件明确化解措施和时限，于每月25日前向市信访局报送办理进展。"
        "对超期未办结的，市信访局将提请市委、市政府督查局督办。",
    )
    _paragraph(doc, "濮阳市信访局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_redian(path: Path) -> Path:
    return via_soffice(write_redian_docx, path, "doc", "住房城乡建设领域信访热点问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 住建领域信访事项登记分办台账, after a county 住建局's account of its 信访维稳 work (专业接访人员第一时间登记受理;
# 依托多部门联动机制，将诉求分类派送至对应科室、下属单位或责任企业，明确办理时限与标准; 对超期未办结事项重点督办;
# 问题解决后反馈处理结果，并进行满意度调查; 工程质量、物业服务、违建施工、保障性住房、房地产市场):
# https://www.nlx.gov.cn/xwzx/bmdt/12216201.html
# An .et (an Excel 97 workbook written by LibreOffice, as WPS saves it): title, 填报单位 line, one header row with the
# 受理日期 and a 办理时限 partly in 工作日 (the 注 says they count from the 受理日期), 承办股室（单位） naming the bureau's own
# 股 and two 责任企业, 反馈结果 and 满意度 columns, a 合计 row, the 注 and a 填表人 line.
DENGJI_ROWS = [
    (
        "QF2024-0605",
        date(2024, 6, 5),
        "来信",
        "周某某",
        "业主申请使用住宅专项维修资金维修屋面防水，审批时间过长",
        "维修资金",
        "房产管理股",
        "30个工作日",
        "已完成审核，维修资金已拨付，屋面已维修",
        "已办结",
        "满意",
    ),
    (
        "QF2024-0701",
        date(2024, 7, 1),
        "来访",
        "王某某",
        "新建商品房交付后墙体裂缝、卫生间渗漏，开发企业拖延维修",
        "工程质量",
        "濮阳市恒达置业有限公司",
        "15个工作日",
        "开发企业已完成维修，信访人现场确认",
        "已办结",
        "满意",
    ),
    (
        "QF2024-0702",
        date(2024, 7, 2),
        "来访",
        "陈某某",
        "老旧小区改造施工挖断供水管网导致停水",
        "老旧小区改造",
        "城建股",
        date(2024, 7, 8),
        "已修复管网恢复供水",
        "已办结",
        "满意",
    ),
    (
        "QF2024-0703",
        date(2024, 7, 3),
        "网上信访",
        "李某某",
        "小区物业公司擅自占用公共区域设置收费停车位",
        "物业服务",
        "物业管理股",
        date(2024, 7, 19),
        "已约谈物业企业并下达整改通知书，物业正在拆除收费设施",
        "",
        "",
    ),
    (
        "QF2024-0705",
        date(2024, 7, 5),
        "12345转办",
        "张某某",
        "周边建筑工地夜间施工噪音扰民",
        "违建施工",
        "建筑业管理股",
        date(2024, 7, 12),
        "已责令施工单位调整作业时间，夜间停止高噪音作业",
        "已办结",
        "基本满意",
    ),
    (
        "QF2024-0708",
        date(2024, 7, 8),
        "12345转办",
        "孙某某",
        "物业公司撤离后小区无人管理，生活垃圾堆积",
        "物业服务",
        "清丰县嘉和物业服务有限公司",
        date(2024, 7, 25),
        "逾期未办结",
        "",
        "",
    ),
    (
        "QF2024-0715",
        date(2024, 7, 15),
        "来访",
        "刘某某",
        "申请公租房资格审核未通过，对审核结果有异议",
        "保障性住房",
        "住房保障股",
        "15个工作日",
        "",
        "",
        "",
    ),
    (
        "QF2024-0716",
        date(2024, 7, 16),
        "来信",
        "赵某某",
        "开发企业售房时虚假宣传学区配套，购房户要求退房",
        "房地产市场",
        "房地产市场监管股",
        date(2024, 8, 10),
        "正在调查核实",
        "",
        "",
    ),
]


def write_dengji_book(path: Path) -> Path:
    b = Book(path, author="县住建局信访办")
    ws = b.sheet("信访登记分办台账")
    b.widths(ws, [13, 12, 11, 9, 40, 11, 24, 13, 34, 10, 9])
    last = 10
    b.line(ws, 0, "清丰县住房和城乡建设局信访事项登记分办台账（2024年6—7月）", last, b.title)
    b.line(ws, 1, "填报单位：清丰县住房和城乡建设局（信访办）    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "登记编号",
            "受理日期",
            "信访形式",
            "信访人",
            "反映问题",
            "问题类别",
            "承办股室（单位）",
            "办理时限",
            "办理情况",
            "反馈结果",
            "满意度",
        ],
    )
    for i, row in enumerate(DENGJI_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    end = 3 + len(DENGJI_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "共登记受理信访事项8件，已办结4件")
    b.line(
        ws, end + 1, "注：以“个工作日”表示的办理时限自受理之日起计算；超期未办结的由局信访办重点督办。", last
    )
    b.line(ws, end + 2, "填表人：常晓静    联系电话：0393-7223158", last)
    return b.close()


def write_dengji(path: Path) -> Path:
    return via_soffice(write_dengji_book, path, "xls", "住建领域信访事项登记分办台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 小区投诉清单闭环办理台账, after a city's notice on opening residents' channels for 小区 complaints (物业服务企业设置
# 业主接待室，逐一登记; 能现场解决的现场解决，不能现场解决的要明确办理时限; 及时回访; 市、区、街道(社区)、物业企业四级
# 电话公示; 物业企业受理日常管理诉求，街道(社区)受理物业企业不作为等投诉，区物业主管部门配合处理，市物业主管部门受理需
# 统筹协调市级单位参与处理的投诉; 建立投诉清单闭环办理机制，实行限时办结):
# http://www.bozhou.cn/p/273015.html
# An .xlsx: title, 填报单位 line, a 受理范围 line, one header row with 受理层级 beside the 受理办理单位 (property
# companies, 街道, the district bureau itself, the city bureau by its short name), 办理时限, 办理及回访情况 and 是否办结,
# a 四级投诉电话 line and a 填表人 line.
TOUSU_ROWS = [
    (
        "天润城小区",
        "王某",
        date(2024, 7, 3),
        "楼道堆放杂物、保洁不到位",
        "物业企业",
        "濮阳市鑫诚物业服务有限公司",
        date(2024, 7, 5),
        "当日已清理，回访业主满意",
        "是",
    ),
    (
        "宏远名都小区",
        "李某",
        date(2024, 7, 10),
        "地下车库照明灯大面积损坏",
        "物业企业",
        "濮阳市宏远物业管理有限公司",
        date(2024, 7, 12),
        "",
        "否",
    ),
    (
        "康居小区",
        "赵某",
        date(2024, 7, 8),
        "物业公司服务不到位，多数业主要求更换物业",
        "街道（社区）",
        "华龙区任丘路街道办事处",
        date(2024, 8, 31),
        "已指导成立业主大会筹备组，正在组织召开业主大会",
        "否",
    ),
    (
        "长庆苑小区",
        "孙某",
        date(2024, 7, 15),
        "个别业主私自占用公共绿地搭建棚子，物业劝阻无效",
        "街道（社区）",
        "华龙区长庆路街道办事处",
        date(2024, 7, 25),
        "已协调城管执法部门依法拆除，回访业主满意",
        "是",
    ),
    (
        "御园小区",
        "周某",
        date(2024, 7, 11),
        "物业服务企业未按合同约定配备秩序维护人员",
        "区物业主管部门",
        "华龙区住房和城乡建设局",
        date(2024, 7, 26),
        "已约谈物业企业负责人并下达整改通知书，正在整改",
        "否",
    ),
    (
        "油田一区",
        "吴某",
        date(2024, 7, 2),
        "小区供水、供暖管网产权移交不清，维修责任无法落实",
        "市物业主管部门",
        "市住建局",
        date(2024, 9, 30),
        "",
        "",
    ),
    (
        "天润城小区",
        "郑某",
        date(2024, 7, 18),
        "电梯困人后物业应急响应慢",
        "物业企业",
        "濮阳市鑫诚物业服务有限公司",
        date(2024, 7, 19),
        "已加强电梯应急值守，回访业主基本满意",
        "是",
    ),
]


def write_tousu(path: Path) -> Path:
    b = Book(path, author="区物业办")
    ws = b.sheet("投诉清单")
    b.widths(ws, [6, 14, 8, 12, 40, 14, 26, 12, 36, 9])
    last = 9
    b.line(ws, 0, "华龙区居民小区投诉清单闭环办理台账（2024年7月）", last, b.title)
    b.line(ws, 1, "填报单位：华龙区住房和城乡建设局（物业管理办公室）    填报日期：2024年7月30日", last)
    b.line(
        ws,
        2,
        "受理范围：物业企业受理保洁、保安、设施设备维修、绿化养护等日常诉求；街道（社区）受理物业企业不作为、服务不到位、"
        "业主违反小区管理秩序等投诉；区物业主管部门配合处理物业服务质量投诉；市物业主管部门受理需统筹协调市级单位参与处理的投诉。",
        last,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "小区名称",
            "投诉人",
            "投诉时间",
            "投诉事项",
            "受理层级",
            "受理办理单位",
            "办理时限",
            "办理及回访情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(TOUSU_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(TOUSU_ROWS)
    b.line(
        ws,
        end + 1,
        "四级投诉电话：市住建局物业服务科0393-8992116；区物业办0393-8316625；各街道、物业企业电话见小区公示牌。",
        last,
    )
    b.line(ws, end + 2, "填表人：冯雪    联系电话：0393-8316625", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 公租房违规转租转借等问题专项整治自查 (two returns in a .zip), after a city 住房和城市更新局's 专项整治 meeting (在申请、
# 审核、分配、运营、使用、退出等环节开展自查，各县(市、区)住房保障主管部门和公租房运营管理单位对发现的问题及时整改; 排查
# 档案、动态监测家庭人口住房经济状况变化; 协调街道、社区比对信息; 运营服务单位专人实地走访，检查房屋使用人是否与承租人
# 一致; 公示房源、申请审核、分配结果; 设立举报电话和邮箱):
# http://gjj.huangshi.gov.cn/zwgk/fdzdgknr/gysyjs/zfbz/202408/t20240809_1140221.html
# A .zip of two returns: the operating company's .xlsx (填报单位 line; rows naming its own 部 as 责任部门) and the
# district 住建局's .docx report with a table (its own 股, a 街道 and the operating company as 责任单位).
GZF_ROWS = [
    (
        "龙都公租房小区",
        "入户核查",
        "12套公租房实际居住人与承租人信息不一致，疑似违规转租转借",
        "逐户核实，确认违规的下达腾退通知并收回房屋",
        "运营一部",
        "2024年8月31日",
        "已核实确认违规转租5套，已下达腾退通知，正在收回",
    ),
    (
        "龙都公租房小区",
        "档案比对",
        "3户承租家庭已购买商品住房，仍未退出公租房",
        "责令限期腾退",
        "运营一部",
        "2024年7月31日",
        "3套已全部腾退收回",
    ),
    (
        "开州公租房小区",
        "账务清查",
        "87户承租人拖欠租金累计45.6万元",
        "逐户催缴，对拒不缴纳的依法申请强制执行",
        "财务部",
        "2024年12月31日",
        "已追缴28户9.3万元，其余正在催缴",
    ),
    (
        "开州公租房小区",
        "实地走访",
        "部分公租房长期空置超过6个月",
        "核实空置原因，按规定收回重新配租",
        "运营二部",
        "2024年9月30日",
        "",
    ),
    (
        "开州公租房小区",
        "自查",
        "公租房房源、分配结果未按规定在小区公示",
        "在小区公示栏和公司网站同步公示",
        "综合部",
        "2024年7月15日",
        "已在小区公示栏和公司网站公示",
    ),
]
GZF_TABLE = [
    (
        "住房保障对象家庭人口、收入变化后未及时动态调整",
        "区住建局住房保障股",
        "2024年9月30日",
        "已与民政、人社、不动产登记等部门开展数据比对，正在逐户复核",
    ),
    (
        "部分街道对公租房申请信息初审把关不严",
        "华龙区胜利路街道办事处",
        "2024年8月15日",
        "已组织初审人员业务培训，对上半年申请材料完成复核",
    ),
    (
        "公租房运营服务单位入户核查覆盖面不足",
        "濮阳市安居公租房运营管理有限公司",
        "长期坚持",
        "常态化开展入户核查",
    ),
]


def write_gzf_book(path: Path) -> Path:
    b = Book(path, author="安居公司")
    ws = b.sheet("自查整改清单")
    b.widths(ws, [6, 16, 10, 40, 32, 10, 16, 32])
    b.line(ws, 0, "公租房违规转租转借等问题专项整治自查整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市安居公租房运营管理有限公司    填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "项目名称", "排查方式", "发现问题", "整改措施", "责任部门", "整改时限", "整改进展"]
    )
    for i, row in enumerate(GZF_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GZF_ROWS)
    b.line(ws, end + 1, "负责人：雷志强    填表人：高燕    联系电话：0393-6678103", 7)
    return b.close()


def write_gzf_docx(path: Path) -> Path:
    doc = _new_document("区住建局住房保障股")
    _title(doc, "华龙区住房和城乡建设局关于公租房违规转租转借等问题专项整治自查情况的报告")
    _paragraph(doc, "市住房和城乡建设局：")
    _paragraph(
        doc,
        "按照全市公租房违规转租转借等问题专项整治工作部署，我局在公租房申请、审核、分配、运营、使用、退出等环节开展"
        "了自查，现将自查情况报告如下：",
    )
    _paragraph(doc, "一、自查发现的问题及整改情况", font="黑体")
    rows = [[str(i), *row] for i, row in enumerate(GZF_TABLE, 1)]
    _table(doc, ["序号", "存在问题", "责任单位", "整改时限", "整改情况"], rows)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(doc, "我局将通过大数据比对，持续开展集中整治，并公布举报电话和邮箱，接受社会监督。")
    _paragraph(doc, "华龙区住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_gzf(path: Path) -> Path:
    members = [
        ("公租房专项整治自查整改清单（安居公租房公司）.xlsx", write_gzf_book),
        ("华龙区公租房专项整治自查情况报告.docx", write_gzf_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 住户投诉列表, after a property-management system's complaint list page (three blocks, 住户投诉列表--未处理 /
# --处理中 / --已处理, each with its own header 序号、业主姓名、房产编号、投诉主题、投诉日期、处理状态 and its
# “共N条记录，当前第1/1页” line):
# https://github.com/103PMS/PMS/blob/96df667945c3ee204c1ea1cb285731a5fe479ba3/WebRoot/estate/kefu/comp_list.jsp
# An .xlsx as the property company exports it for the 社区's 物业矛盾纠纷排查: a title naming the 物业服务中心, the
# company and export time, then the three blocks one below the other; no deadline anywhere.
COMPLAINT_BLOCKS = [
    (
        "未处理",
        [
            ("王某某", "3-2-501", "楼上住户装修超时施工，噪音扰民", "2024-07-26 10:12:35"),
            ("李某某", "5-1-302", "邻居在楼道长期堆放纸箱杂物，占用消防通道", "2024-07-28 16:40:02"),
        ],
    ),
    (
        "处理中",
        [
            ("张某某", "1-1-1102", "固定车位被他人车辆长期占用", "2024-07-20 08:55:17"),
            ("刘某某", "7-3-601", "外墙渗水导致室内墙面发霉，要求维修", "2024-07-15 19:22:48"),
        ],
    ),
    (
        "已处理",
        [
            ("赵某某", "2-2-201", "小区广场舞音响音量过大，影响休息", "2024-07-05 21:10:09"),
            ("陈某某", "6-1-101", "宠物犬未拴绳，惊吓老人和儿童", "2024-07-09 07:48:30"),
            ("孙某某", "4-2-1502", "小区公共收益去向不明，要求公开", "2024-07-11 14:03:51"),
        ],
    ),
]


def write_complaints(path: Path) -> Path:
    b = Book(path, author="mmsj_kefu")
    ws = b.sheet("住户投诉列表")
    b.widths(ws, [6, 12, 12, 44, 22, 10])
    last = 5
    b.line(ws, 0, "名门世家小区物业服务中心 住户投诉列表", last, b.title)
    b.line(ws, 1, "物业服务企业：濮阳市瑞祥物业服务有限公司    导出时间：2024-07-30 09:15", last)
    r = 3
    for status, rows in COMPLAINT_BLOCKS:
        b.line(ws, r, f"住户投诉列表--{status}", last, b.book.add_format({"bold": True}))
        b.header(ws, r + 1, ["序号", "业主姓名", "房产编号", "投诉主题", "投诉日期", "处理状态"])
        for i, row in enumerate(rows, 1):
            b.row(ws, r + 1 + i, [i, *row, status])
        r = r + 2 + len(rows)
        b.line(ws, r, f"共{len(rows)}条记录，当前第1/1页，每页20条记录。", last)
        r += 2
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 群众诉求分类处置化解台账, after a city's account of a 街道's 群众诉求“大起底” (街道办事处和社区两级联动会商; “黄牌”
# 就地化解、“橙牌”社区调解、“红牌”紧急协调的分类处置; 明确每件群众诉求的化解责任领导、化解责任人员和化解时限; 开发建设
# 项目导致的安置还房、过渡费未及时兑现等问题):
# http://www.scfzw.net/bazhong/63/43665.html
# An .xlsx: title, 填报单位 line, one header row with 处置方式 (黄牌/橙牌/红牌), 化解责任领导 and 化解责任人员 (the 街道's
# own leaders and offices), 化解时限 and 化解情况, a 合计 row and a 注 line on the three cards.
DAQIDI_ROWS = [
    (
        "东苑社区",
        "刘某某",
        "楼道声控灯损坏、单元门关闭不严",
        "物业管理",
        "黄牌",
        "王建设（副主任）",
        "李伟（街道城建办）",
        "2024年7月5日",
        "已就地化解",
    ),
    (
        "京开社区",
        "张某某等23人",
        "京开道片区改造项目安置还房逾期未交付，群众要求明确交房时间",
        "安置还房",
        "红牌",
        "郭红旗（主任）",
        "马骏（街道征迁办）",
        "2024年12月31日",
        "已召开协调会，项目单位承诺年底前交房，正在跟踪督办",
    ),
    (
        "京开社区",
        "赵某某等11人",
        "片区改造过渡费自2024年3月起未按时发放",
        "过渡费",
        "红牌",
        "郭红旗（主任）",
        "马骏（街道征迁办）",
        "2024年7月31日",
        "已协调区财政拨付资金，过渡费已补发到位",
    ),
    (
        "绿城社区",
        "钱某某",
        "邻里因空调外机噪音、冷凝水滴落引发纠纷",
        "邻里纠纷",
        "橙牌",
        "王建设（副主任）",
        "周敏（街道综治中心）",
        "2024年7月20日",
        "经调解双方达成和解协议",
    ),
    (
        "绿城社区",
        "业主代表吴某某",
        "小区业主与物业公司因停车收费标准发生纠纷",
        "物业管理",
        "橙牌",
        "王建设（副主任）",
        "周敏（街道综治中心）",
        "2024年8月15日",
        "已组织双方调解两次，尚未达成一致，继续调解",
    ),
    (
        "安居社区",
        "孙某某",
        "小区化粪池堵塞外溢",
        "物业管理",
        "黄牌",
        "王建设（副主任）",
        "李伟（街道城建办）",
        "2024年7月10日",
        "",
    ),
    (
        "安居社区",
        "被征收户代表郑某某",
        "棚户区征收项目部分被征收户对房屋评估价格有异议，拒绝签约",
        "征收补偿",
        "红牌",
        "郭红旗（主任）",
        "马骏（街道征迁办）",
        "9月底前",
        "未化解",
    ),
    (
        "京开社区",
        "回迁户代表冯某某",
        "回迁安置小区不动产权证迟迟未办理",
        "安置还房",
        "红牌",
        "郭红旗（主任）",
        "马骏（街道征迁办）",
        "2024年10月31日",
        "已协调区住建局、不动产登记部门，相关资料正在收集",
    ),
]


def write_daqidi(path: Path) -> Path:
    b = Book(path, author="京开道街道综治中心")
    ws = b.sheet("分类处置台账")
    b.widths(ws, [6, 11, 16, 40, 10, 9, 16, 18, 14, 36])
    last = 9
    b.line(ws, 0, "京开道街道群众诉求“大起底”分类处置化解台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区京开道街道办事处    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "所在社区",
            "诉求人",
            "群众诉求",
            "诉求类别",
            "处置方式",
            "化解责任领导",
            "化解责任人员",
            "化解时限",
            "化解情况",
        ],
    )
    for i, row in enumerate(DAQIDI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DAQIDI_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "共收集群众诉求8条，其中黄牌2条、橙牌2条、红牌4条；已化解3条")
    b.line(ws, end + 1, "注：黄牌——就地化解；橙牌——社区调解；红牌——街道紧急协调。", last)
    b.line(ws, end + 2, "填表人：周敏    联系电话：0393-8663027", last)
    return b.close()


FILES = [
    ("濮湖高速海通乡段征迁信访隐患排查定责清单台账.xlsx", write_zhengqian),
    ("自然资源和规划系统矛盾纠纷大排查大化解百日攻坚台账.xls", write_ziran),
    ("华龙区住宅小区物业管理矛盾纠纷台账（7月）.xlsx", write_wuye),
    ("安泰物业服务大排查大整治问题清单责任清单.csv", write_qingdan),
    ("开州路街道关于安置小区房源清理问题整改情况的报告.docx", write_anzhi),
    ("关于二季度住房城乡建设领域信访热点问题及办理情况的通报.doc", write_redian),
    ("清丰县住建局信访事项登记分办台账.et", write_dengji),
    ("华龙区居民小区投诉清单闭环办理台账.xlsx", write_tousu),
    ("公租房违规转租转借专项整治自查（两家）.zip", write_gzf),
    ("名门世家小区住户投诉列表.xlsx", write_complaints),
    ("京开道街道群众诉求分类处置化解台账.xlsx", write_daqidi),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

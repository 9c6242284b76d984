"""Write the dev106 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 城市更新、老旧街区与市容环境卫生的问题台账 (背街小巷、占道经营、垃圾分类、公厕、户外广告、老旧小区改造).
Forms: .xlsx (four, one more inside the zip), .xls (xlwt, two-row header), .et (Excel 97 via LibreOffice), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) whose items are numbered
paragraphs of a 通报, and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev106.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice
(soffice) for the .et and .doc returns. Running it twice gives byte-identical files.
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


# ---------------------------------------------------------------------------------------------
# 1. 生活垃圾分类“除差”小区, after a city 垃圾分类工作领导小组办公室's 第四批生活垃圾分类“除差”小区名单公示 (经过街道
# 自评、区审核和市初步检查; a table 序号 | 小区名称 | 问题清单 | 整改措施 | 现等级 | 拟晋级, A级为优，B级为良，C级为差):
# http://cgj.nanjing.gov.cn/zhuantizhuanlan/ljfl_20190625/xgzx_20190625/202210/t20221014_3722498.html
# An .xlsx: title, 填报单位 line, the source's preamble sentence, one header row keeping the source's words (问题清单,
# 整改措施, 现等级, 拟晋级) with 责任街道, 完成时限 and 整改进展 added, a 注 line and a 联系人 line.
SORTING_ROWS = [
    (
        "油田物探小区",
        "垃圾收运不及时，垃圾桶满溢、垃圾滞留积压",
        "提高收运频次，收运时间调整为早7点前",
        "华龙区胜利路街道办事处",
        "2024年7月15日",
        "已完成，收运频次由每日1次增至2次",
        "C级",
        "B级",
    ),
    (
        "建业森林半岛二期",
        "垃圾分类收集容器颜色、标识部分错误",
        "对收集点内颜色错误的容器、标识全部更换",
        "华龙区中原路街道办事处",
        "2024年7月20日",
        "已完成，更换桶体12个、标识18处",
        "C级",
        "B级",
    ),
    (
        "绿城花园",
        "居民垃圾分类意识薄弱，分类投放准确率不足六成",
        "发动党员、楼栋长带头分类，社区工作人员上门宣传",
        "华龙区人民路街道办事处",
        "长期坚持",
        "常态化开展入户宣传",
        "C级",
        "—",
    ),
    (
        "市建三公司家属院",
        "无物业管理，投放点周边垃圾散落无人清扫",
        "由社区代管，落实专职保洁人员",
        "华龙区大庆路街道办事处",
        "7月底前",
        "正在协调落实保洁人员",
        "C级",
        "—",
    ),
    (
        "昆吾花园",
        "未设置大件垃圾、装修垃圾暂存点",
        "在小区北门设置大件垃圾和装修垃圾暂存点",
        "华龙区任丘路街道办事处",
        date(2024, 8, 15),
        "",
        "C级",
        "—",
    ),
    (
        "华龙小区",
        "垃圾分类收集容器破损、缺盖",
        "更换收集点内所有已损坏的收集容器",
        "华龙区开州路街道办事处",
        date(2024, 7, 10),
        "已完成",
        "C级",
        "B级",
    ),
    (
        "金色家园",
        "厨余垃圾混入其他垃圾，收运车辆混装混运",
        "约谈收运企业，落实分类收运",
        "华龙区建设路街道办事处",
        date(2024, 7, 31),
        "未整改",
        "C级",
        "—",
    ),
    (
        "中原路65号院",
        "未设置垃圾分类信息公示牌",
        "设置公示牌，公示投放时间、收运单位和管理责任人",
        "华龙区中原路街道办事处",
        "2024年7月12日",
        "已设置公示牌",
        "C级",
        "B级",
    ),
]


def write_sorting(path: Path) -> Path:
    b = Book(path, author="区垃圾分类办")
    ws = b.sheet("除差小区")
    b.widths(ws, [6, 18, 34, 34, 24, 14, 26, 8, 8])
    b.line(ws, 0, "华龙区2024年第二批生活垃圾分类“除差”小区问题整改清单", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区城市管理局（区垃圾分类工作领导小组办公室）    填报日期：2024年7月26日", 8)
    b.line(
        ws,
        2,
        "经过街道自评、区审核和市初步检查，现将第二批“除差”小区问题及整改情况报送如下"
        "（A级为优，B级为良，C级为差）：",
        8,
    )
    b.header(
        ws,
        3,
        ["序号", "小区名称", "问题清单", "整改措施", "责任街道", "完成时限", "整改进展", "现等级", "拟晋级"],
    )
    for i, row in enumerate(SORTING_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SORTING_ROWS)
    b.line(ws, end + 1, "注：“拟晋级”栏仅填写已完成整改并经区分类办复核的小区。", 8)
    b.line(ws, end + 2, "联系人：郑晓东    联系电话：0393-8326617", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 背街小巷暗访督察, after a city 文明办's 背街小巷暗访督察 with the 综合执法局、交警支队、区文明办 (乱扔建筑垃圾、
# 路面损坏、摊点乱摆乱放、商户私搭乱建、显著位置公益广告破损; 协调各责任部门对发现的问题进行现场交办):
# https://www.61966.com/article-34893-1.html
# An .xls (xlwt): title, a line naming the 暗访 units and the 交办 date the 整改时限 in days count from, a two-row
# header (整改落实情况 over 整改时限 / 整改结果 / 销号), a 合计 row and a 交办人 line.
ALLEY_ROWS = [
    (
        "民生巷",
        "乱扔建筑垃圾",
        "巷口堆放装修建筑垃圾约3立方米",
        "华龙区胜利路街道办事处",
        "3日内",
        "已清运",
        "已销号",
    ),
    (
        "丰乐巷",
        "路面损坏",
        "路面坑洼破损约40平方米，雨后积水",
        "市住建局",
        "2024年8月31日",
        "已列入维修计划，正在施工",
        "",
    ),
    (
        "桃园街",
        "摊点乱摆",
        "早市摊点占用巷道两侧经营，堵塞通行",
        "华龙区人民路街道办事处",
        "7日内",
        "已规范至便民疏导点经营",
        "已销号",
    ),
    (
        "幸福巷",
        "私搭乱建",
        "沿街商户私搭彩钢棚2处",
        "华龙区大庆路街道办事处",
        "15日内",
        "已下达限期拆除通知书",
        "",
    ),
    ("兴化街", "公益广告破损", "显著位置公益广告牌画面破损褪色", "市城管局", "7日内", "已更换画面", "已销号"),
    (
        "民主街",
        "乱停乱放",
        "机动车占用盲道和消防通道停放",
        "市交警支队",
        "长期坚持",
        "常态化巡查",
        "",
    ),
    (
        "文化巷",
        "垃圾堆积",
        "巷内垃圾桶满溢，周边垃圾散落",
        "华龙区中原路街道办事处",
        "立行立改",
        "已清理",
        "已销号",
    ),
    ("振兴巷", "私拉乱接", "居民楼外墙私拉电线给电动车充电", "华龙区开州路街道办事处", "3日内", "", ""),
    (
        "华中路东侧小巷",
        "设施缺失",
        "雨水井井盖缺失，未设置警示标志",
        "濮阳经济技术开发区管理委员会",
        "2024年7月15日",
        "未整改",
        "",
    ),
]


def write_alley(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "市区背街小巷环境卫生暗访督察问题交办清单", t, 0, 8),
        (
            1,
            0,
            "暗访单位：市文明办会同市城管执法局、市交警支队、华龙区文明办、开发区文明办    暗访时间：2024年7月9日"
            "    现场交办时间：2024年7月10日（整改时限自交办之日起计算）",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(["序号", "街巷名称", "问题类型", "发现问题", "交办责任单位"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "整改落实情况", h, 2, 7),
        (3, 5, "整改时限", h),
        (3, 6, "整改结果", h),
        (3, 7, "销号", h),
        (2, 8, "备注", h, 3, 8),
    ]
    for i, row in enumerate(ALLEY_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 7) else c))
        cells.append((r, 8, "", c))
    r = 4 + len(ALLEY_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "交办问题9个，已销号4个", c, r, 8),
        (
            r + 1,
            0,
            "交办人：市文明办 孟庆华    接收人：各责任单位联络员    联系电话：0393-8993156",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("交办清单", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 城区环境卫生巡查问题整改, after a county 双创办's account of its 巡查 (numbered problems — 西大桥西侧垃圾死角和建筑
# 垃圾, 围墙牛皮癣和野广告, 院落卫生死角, 居户旱厕外露, 商户出店占道经营 — each followed by 整改要求：由…负责…, and
# the closing 请各相关单位对本次巡查的问题认真整改，整改落实情况及时报县双创办):
# https://www.pingli.gov.cn/Content-1108651.html
# A .docx: title, 主送, a preamble giving the 巡查/交办 date, the items as numbered paragraphs each with 整改要求
# (由…负责, a deadline in words) and 落实情况, a closing paragraph, the office and date at the foot.
PATROL_PARAS = [
    (
        "1、马颊河大桥西侧河堤警示牌沿线有垃圾死角和建筑垃圾。整改要求：由清丰县环境卫生管理站负责清除上述地段"
        "垃圾死角和建筑垃圾，7月15日前完成。落实情况：已清运建筑垃圾6车，整改完成。"
    ),
    (
        "2、顿丘路与中州路交叉口东北角围墙上有牛皮癣和野广告，绿化带内丢弃有白色垃圾。整改要求：由包片单位"
        "清丰县气象局负责清除，7月12日前完成。落实情况：已清除。"
    ),
    (
        "3、原县运输公司院落内有多处卫生死角，杂物乱堆。整改要求：由包片单位清丰县供销合作社联合社负责督促业主"
        "清理院内垃圾死角，规范物品堆放，本月底前完成。落实情况：已督促业主清理，杂物正在清运。"
    ),
    (
        "4、城关镇城中村及省道过境沿线部分居户旱厕外露。整改要求：由清丰县城关镇人民政府负责对城乡接合部、城中村"
        "旱厕分布进行调查摸底，坚持先易后难、集中治理，在国家卫生县城复审暗访以前组织拆除旱厕或改建无害化厕所。"
        "落实情况：已完成摸底，共排查旱厕37座。"
    ),
    (
        "5、中原路县职教中心至县委党校路段沿线商户出店占道经营问题较为突出。整改要求：由包片单位清丰县职业教育中心"
        "负责对片区出店商户开展经常性劝阻教育，长期坚持。落实情况：常态化开展劝导。"
    ),
    (
        "6、南环路公厕保洁不到位，有异味，洗手池水龙头损坏。整改要求：由清丰县城市管理局负责维修并加强日常保洁，"
        "7月20日前完成。落实情况：水龙头已更换，保洁频次增至每日4次，整改完成。"
    ),
    (
        "7、城东农贸市场周边垃圾桶满溢，污水外流。整改要求：由市场开办单位清丰县城东农贸市场有限公司负责，"
        "立行立改。落实情况：截至目前未整改。"
    ),
]


def write_patrol(path: Path) -> Path:
    doc = _new_document("县双创办")
    _title(doc, "关于城区环境卫生第三次巡查问题整改落实情况的报告")
    _paragraph(doc, "县创建国家卫生县城工作指挥部：")
    _paragraph(
        doc,
        "2024年7月9日，县双创办组织对城区主次干道、背街小巷、农贸市场及城乡接合部环境卫生进行了第三次巡查，"
        "发现问题当日交办各责任单位。现将巡查发现的问题及整改落实情况报告如下：",
    )
    for text in PATROL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，县双创办将对上述问题开展复查，对整改不到位的单位予以通报。")
    _paragraph(doc, "清丰县创建国家卫生县城工作指挥部办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 公厕抽评, after a city 考评中心's monthly 抽评 of public toilets (抽评公厕90座，累计发现问题303处; the problems given
# under 管理及服务方面 / 设施设备方面 / 环境卫生方面: 未按要求设置监督电话、开放时间等标识, 周边无明显公厕指示牌,
# 水箱损坏、灯不亮, 门锁损坏, 门板破损、蹲位破损, 地板脏污、有蜘蛛网, 周边建筑垃圾):
# http://bdf.7649493.cn/08a4d/32694.html
# An .xlsx: title, 填报单位/考评单位 line, one header row, the rows grouped under the source's three aspects as
# merged group rows (一、管理及服务方面 …), a 注 line and a signature line.
TOILET_GROUPS = [
    (
        "一、管理及服务方面",
        [
            (
                "华龙区",
                "人民公园东门公厕",
                "未按要求设置监督电话、开放时间等标识",
                "濮阳市人民公园管理处",
                date(2024, 7, 10),
                "已设置标识牌",
            ),
            (
                "开发区",
                "皇甫路公厕",
                "公厕周边无明显指示牌标识",
                "濮阳经济技术开发区城市管理局",
                "2024年7月31日",
                "指示牌已制作，待安装",
            ),
            (
                "华龙区",
                "胜利路农贸市场公厕",
                "管理员脱岗，晚间未按公示时间开放",
                "华龙区胜利路街道办事处",
                date(2024, 7, 5),
                "已落实专人值守",
            ),
        ],
    ),
    (
        "二、设施设备方面",
        [
            (
                "华龙区",
                "中原路与文化路交叉口公厕",
                "水箱损坏、灯不亮",
                "华龙区城市管理局",
                date(2024, 7, 15),
                "已维修",
            ),
            ("华龙区", "市文化宫公厕", "门锁损坏，隔断门板破损", "市城管局", "7月20日前", ""),
            (
                "开发区",
                "工业园区西辅路公厕",
                "蹲位破损，墙灰脱落",
                "濮阳经济技术开发区城市管理局",
                date(2024, 8, 31),
                "已列入维修计划，正在询价",
            ),
            (
                "华龙区",
                "汽车客运总站公厕",
                "入口坡道破损，无障碍设施缺失",
                "濮阳市汽车客运总站有限公司",
                "第三季度",
                "未整改",
            ),
        ],
    ),
    (
        "三、环境卫生方面",
        [
            (
                "华龙区",
                "民主巷公厕",
                "地板脏污、有蜘蛛网，便迹未及时清理，公厕外污水横流",
                "华龙区城市管理局",
                date(2024, 7, 8),
                "已整改，复查合格",
            ),
            (
                "华龙区",
                "建设路社区公厕",
                "公厕周边堆放建筑垃圾",
                "华龙区建设路街道办事处",
                "7月底前",
                "正在清运",
            ),
        ],
    ),
]


def write_toilet(path: Path) -> Path:
    b = Book(path, author="市容环卫科")
    ws = b.sheet("抽评问题")
    b.widths(ws, [6, 10, 26, 40, 30, 14, 26])
    b.line(ws, 0, "2024年6月份城区公厕抽评发现问题整改台账", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市城市管理局（市容环卫科）    考评单位：市城市管理考评中心    "
        "抽评公厕30座，发现问题9处    填报日期：2024年7月22日",
        6,
    )
    b.header(ws, 2, ["序号", "所在区", "公厕名称", "存在问题", "管理单位", "整改时限", "整改情况"])
    r, n = 3, 0
    for group, rows in TOILET_GROUPS:
        b.merge(ws, r, 0, r, 6, group, b.head)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "注：整改时限以考评中心下达的整改通知为准；整改完成后由区城管部门复查。", 6)
    b.line(ws, r + 2, "审核人：马志刚    填表人：苏婷    联系电话：0393-8118270", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 户外广告牌匾设施安全隐患排查, after a district 综合执法大队's 城市户外广告牌匾设施安全隐患排查 (以网格为单位，一路一
# 排查、一店一核实; 屋顶、墙面的霓虹灯、灯箱、门头店招和条幅; 破损残缺、有碍观瞻，商户已倒闭未联系到第一责任人;
# 已要求所在中队盯办，督促商户落实整改):
# http://info.shanhaiguan.gov.cn/article/316/63777.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/排查时间 line, one header row with the 网格, the setter as
# 整改责任单位 and the 盯办中队 beside it, a 填报人 line.
AD_ROWS = [
    (
        "第一网格",
        "人民路与胜利路交叉口东南角",
        "楼顶灯箱广告",
        "钢架锈蚀严重，部分螺栓松动",
        "濮阳市恒昌商贸有限公司",
        "第一中队",
        "2024年7月20日",
        "已加固除锈，复查合格",
    ),
    (
        "第二网格",
        "大庆路中段",
        "门头店招",
        "店招面板破损残缺、有碍观瞻，商户已停业，未联系到设置人",
        "华龙区城市管理综合执法大队",
        "第二中队",
        "2024年7月25日",
        "已组织拆除",
    ),
    (
        "第三网格",
        "开州路龙都大酒店",
        "墙面霓虹灯广告",
        "霓虹灯线路老化裸露，存在漏电隐患",
        "濮阳市龙都大酒店有限公司",
        "第三中队",
        "7月底前",
        "正在更换线路",
    ),
    (
        "第一网格",
        "胜利路中段北侧",
        "落地立柱广告",
        "立柱基础松动，柱体倾斜",
        "濮阳市华龙区鑫源广告部",
        "第一中队",
        "2024年7月18日",
        "未整改",
    ),
    (
        "第四网格",
        "黄河路佳佳乐超市门前",
        "过街条幅",
        "过街条幅固定绳索断裂，条幅下垂",
        "濮阳市华龙区佳佳乐超市",
        "第四中队",
        "2024年7月12日",
        "已拆除条幅",
    ),
    (
        "第二网格",
        "中原路中原商厦",
        "LED电子屏",
        "电子屏边框脱落，背板锈蚀",
        "濮阳市中原商厦有限公司",
        "第二中队",
        "2024年8月15日",
        "",
    ),
    (
        "第四网格",
        "京开大道与绿城路交叉口",
        "楼顶大型广告牌",
        "未提供年度安全检测报告",
        "濮阳市天际传媒有限公司",
        "第四中队",
        "2024年8月31日",
        "已委托第三方检测机构，正在检测",
    ),
    (
        "第三网格",
        "建设路老街坊烩面馆",
        "门头店招",
        "一店多招，店招超出建筑立面",
        "濮阳市华龙区老街坊烩面馆",
        "第三中队",
        "2024年7月25日",
        "已拆除多余店招，整改到位",
    ),
]


def write_ad_book(path: Path) -> Path:
    b = Book(path, author="综合执法大队")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 24, 14, 34, 28, 10, 14, 26])
    b.line(ws, 0, "城市户外广告牌匾设施安全隐患排查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区城市管理综合执法大队    排查时间：2024年7月10日至7月16日    "
        "共排查户外广告牌匾设施420余处，发现问题8个",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "网格",
            "设置位置",
            "设施类型",
            "存在问题",
            "整改责任单位（设置人）",
            "盯办中队",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(AD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(AD_ROWS), "填报人：韩立新    审核人：周建国    填报日期：2024年7月29日", 8)
    return b.close()


def write_ad(path: Path) -> Path:
    return via_soffice(write_ad_book, path, "xls", "户外广告牌匾设施安全隐患排查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 创卫巡查督导情况通报, after a city 城管委's daily 创卫巡查督导 bulletin (共发现问题239件，现场督办整改65件，上报数字
# 城管平台; 一、存在的突出问题: 背街小巷杂物乱堆放、垃圾桶不洁和破损, 部分公厕水压较小, 菜市场周边出店占道经营,
# 垃圾中转站环境卫生脏乱; 二、整改进度较慢的问题: 公厕设施损坏维修不及时, 垃圾清运点杂物清理不及时, 旱厕拆改
# 进度较慢; 三、各区办理情况 with 办结率):
# http://reibang.com/p/8446fc45c505
# A .doc (Word 97 via LibreOffice): title and issue line, a preamble with the day's figures, the items as numbered
# paragraphs under 一 and 二 (责任单位 and 整改时限 in brackets, progress in sentences under 二), the 办结率
# paragraph under 三 and the 工作要求 under 四, the office and date at the foot.
BULLETIN_ONE = [
    (
        "1.背街小巷杂物乱堆放，垃圾桶不洁和破损，如卫都路东段、民主巷、油田八中西侧小巷等区域。"
        "（责任单位：华龙区城市管理局；整改时限：7月25日前）"
    ),
    (
        "2.部分公厕水压较小、冲水不畅，如京开大道公厕、市体育场东门公厕等。"
        "（责任单位：市自来水公司；整改时限：7月31日前）"
    ),
    (
        "3.菜市场周边及出入口出店占道经营，如胜利路农贸市场、长庆路市场、任丘路马路市场等。"
        "（责任单位：华龙区城市管理局；整改时限：7月20日前）"
    ),
    (
        "4.垃圾中转站环境卫生脏乱、杂物堆放，如西水坡垃圾中转站、绿城路垃圾中转站等。"
        "（责任单位：市城管局；整改时限：7月底前）"
    ),
]
BULLETIN_TWO = [
    (
        "5.公厕设施损坏维修不及时，特别是背街小巷内公厕存在问题较多。（责任单位：华龙区城市管理局）"
        "目前已维修11座，剩余6座正在维修，要求8月10日前全部完成。"
    ),
    (
        "6.开发区垃圾清运点杂物清理不及时。（责任单位：濮阳经济技术开发区城市管理局）已增加清运车辆2台，"
        "要求7月31日前完成集中清理。"
    ),
    (
        "7.城中村旱厕拆改整体进度较慢，孟轲乡旱厕拆改尚未启动。（责任单位：华龙区孟轲乡人民政府；"
        "整改时限：9月底前）"
    ),
]


def write_bulletin_docx(path: Path) -> Path:
    doc = _new_document("市城管委办公室")
    _title(doc, "创卫巡查督导情况通报")
    _paragraph(doc, "第12期", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "濮阳市城市管理委员会办公室                2024年7月18日")
    _paragraph(
        doc,
        "7月17日，市城管委各行业单位开展创卫巡查督导，共发现问题212件，现场督办整改58件，上报数字城管平台154件。"
        "各区自7月8日至今共受理有效案件163件，按期办结112件，按期办结率68.7%。",
    )
    _paragraph(doc, "一、存在的突出问题", font="黑体")
    _paragraph(doc, "根据巡查问题类别数量占比，以下问题较为突出：")
    for text in BULLETIN_ONE:
        _paragraph(doc, text)
    _paragraph(doc, "二、整改进度较慢的问题", font="黑体")
    for text in BULLETIN_TWO:
        _paragraph(doc, text)
    _paragraph(doc, "三、各区办理情况", font="黑体")
    _paragraph(
        doc,
        "7月8日至今，总体办结率排名最后的为开发区，市容秩序类问题办结率排名最后的为示范区。各区总体办结率依次为："
        "华龙区89.5%、示范区76.2%、开发区66.7%。",
    )
    _paragraph(doc, "四、工作要求", font="黑体")
    _paragraph(
        doc,
        "请各责任单位对照问题清单抓紧整改，于整改时限届满后2日内将整改情况报市城管委办公室；由委督导组按包片分组"
        "予以重点督导。",
    )
    _paragraph(doc, "濮阳市城市管理委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_bulletin(path: Path) -> Path:
    return via_soffice(write_bulletin_docx, path, "doc", "创卫巡查督导情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 7. 垃圾分类“夜间行走”督导检查, after a district 市容环境综合管理服务中心's 垃圾分类“夜间行走”督导检查 of a street's
# 小区 (第6检查组; per 小区: 有10个集中分类投放点，10位督导员在岗; 存在问题 (1) 居民未按要求分类 (2) 督导员未履行
# 职责 (3) 督导员未佩戴…):
# http://www.kamkm888.com/2ex72uxy
# An .xlsx: title, 检查单位/检查时间 line, 填报单位 line, one header row; each 小区 with its 基本情况 and 整改责任单位
# (the property company) merged down over its problems (1)(2)(3), a 填表人 line.
NIGHT_SORTING = [
    (
        "开州花园",
        "10个集中分类投放点，10位督导员在岗",
        "濮阳市开州物业服务有限公司",
        [
            (
                "（1）有居民未按要求分类，将厨余垃圾投入其他垃圾桶",
                "督导员桶边指导，开展入户宣传",
                "长期坚持",
                "常态化开展",
            ),
            (
                "（2）督导员未履行职责，未指导居民分类投放",
                "约谈督导员并组织培训",
                "2024年7月20日",
                "已完成培训",
            ),
            ("（3）督导员未按要求佩戴工作证和袖标", "统一配发并佩戴工作证、袖标", "2024年7月18日", "已整改"),
        ],
    ),
    (
        "龙源名居",
        "6个集中分类投放点，4位督导员在岗",
        "濮阳市龙源物业管理有限公司",
        [
            ("（1）2个投放点夜间无督导员值守", "增补督导员2名", "2024年7月31日", "正在招聘"),
            ("（2）投放点照明灯损坏，夜间投放不便", "维修投放点照明", "2024年7月22日", ""),
            ("（3）可回收物桶满溢未及时清运", "协调再生资源回收企业增加收运频次", "2024年7月25日", "未整改"),
        ],
    ),
    (
        "滨河小区",
        "8个集中分类投放点，8位督导员在岗",
        "濮阳市安居物业服务有限公司",
        [
            (
                "（1）厨余垃圾破袋投放不到位，桶内混有塑料袋",
                "督导员加强破袋指导",
                "2024年7月31日",
                "正在整改",
            ),
            (
                "（2）大件垃圾随意堆放在投放点旁",
                "清运大件垃圾，设置暂存点",
                "2024年7月19日",
                "已清运并设置暂存点",
            ),
        ],
    ),
]


def write_night_sorting(path: Path) -> Path:
    b = Book(path, author="开州路街道城管办")
    ws = b.sheet("夜间督导")
    b.widths(ws, [6, 14, 22, 40, 26, 30, 14, 18])
    b.line(ws, 0, "生活垃圾分类“夜间行走”督导检查发现问题整改反馈表", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区城市管理局垃圾分类中心第3检查组    检查时间：2024年7月16日晚    被检查街道：开州路街道",
        7,
    )
    b.line(ws, 2, "填报单位：华龙区开州路街道办事处    填报日期：2024年7月24日", 7)
    b.header(
        ws,
        3,
        ["序号", "小区名称", "基本情况", "存在问题", "整改责任单位", "整改措施", "完成时限", "整改结果"],
    )
    r = 4
    for n, (name, basics, company, problems) in enumerate(NIGHT_SORTING, 1):
        last = r + len(problems) - 1
        b.merge(ws, r, 0, last, 0, str(n), b.center)
        b.merge(ws, r, 1, last, 1, name, b.center)
        b.merge(ws, r, 2, last, 2, basics)
        b.merge(ws, r, 4, last, 4, company)
        for k, (problem, measure, deadline, result) in enumerate(problems):
            b.put(ws, r + k, 3, problem)
            b.row(ws, r + k, [measure, deadline, result], first=5)
        r = last + 1
    b.line(ws, r + 1, "填表人：冯雪梅    街道分管领导：邵文杰    联系电话：0393-8889352", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 占道经营专项整治, after a district 行政执法局's 占道经营专项整治 (7月17日开展至8月31日; 店外店经营, 门前三包; 夜市
# 大排档、烧烤摊点、卤料摊点、水果摊点; 农贸市场外和学校、公园、广场周边; 流动摊贩无牌无证车辆; 拒不整改的取缔
# 并处罚款):
# http://www.fafqdl.cn/quanzhou/licheng/949691.html
# A CSV in GBK: title line, 填报单位 line, a line saying the 整改期限 in days count from each row's 交办日期, one header
# line, rows naming the 城管局's own 执法中队 as 责任中队 and the 当事人 beside them, a 合计 line.
STALL_ROWS = [
    (
        "2024-07-17",
        "胜利路与大庆路交叉口",
        "夜市大排档",
        "夜市大排档占用人行道摆放桌椅经营",
        "濮阳市华龙区老味道烧烤店",
        "胜利路中队",
        "责令撤回店内经营",
        "3日内",
        "已撤回，复查合格",
    ),
    (
        "2024-07-18",
        "人民路小学校门口",
        "流动摊点",
        "放学时段流动摊贩在校门口聚集售卖",
        "流动摊贩（无固定当事人）",
        "人民路中队",
        "劝离并引导至便民疏导点",
        "长期坚持",
        "常态化错时值守",
    ),
    (
        "2024-07-18",
        "中原路农贸市场北门",
        "水果摊点",
        "市场外水果摊点占用机动车道经营",
        "濮阳市华龙区鲜果园水果店",
        "中原路中队",
        "引导入市经营",
        "7日内",
        "已入市经营",
    ),
    (
        "2024-07-19",
        "人民公园南门广场",
        "卤料摊点",
        "广场周边卤料摊点无证占道经营",
        "王某某",
        "开州路中队",
        "依法取缔",
        "2024-07-26",
        "已下达责令改正通知书，当事人尚未撤离",
    ),
    (
        "2024-07-22",
        "黄河路中段",
        "店外经营",
        "沿街五金店商品堆放至店外人行道",
        "濮阳市华龙区兴旺五金店",
        "黄河路中队",
        "责令整改",
        "3日内",
        "未整改",
    ),
    (
        "2024-07-23",
        "长庆路",
        "流动摊贩",
        "无牌三轮车流动售卖西瓜，占用非机动车道",
        "流动摊贩（无固定当事人）",
        "长庆路中队",
        "暂扣无牌车辆",
        "立行立改",
        "已暂扣车辆1辆，占道行为已消除",
    ),
    (
        "2024-07-25",
        "建设路",
        "店外经营",
        "汽修店在人行道上维修车辆",
        "濮阳市华龙区顺通汽修店",
        "建设路中队",
        "责令整改并立案调查",
        "10日内",
        "",
    ),
    (
        "2024-07-26",
        "大庆路",
        "夜市大排档",
        "烧烤摊点油烟直排，餐余垃圾倾倒雨水井",
        "濮阳市华龙区串串香烧烤店",
        "大庆路中队",
        "责令整改，罚款500元",
        "2024-08-10",
        "已罚款，正在安装油烟净化设备",
    ),
]


def write_stall(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区占道经营专项整治问题台账（2024年7月17日至7月31日）"])
    w.writerow(["填报单位：华龙区城市管理局    填报日期：2024年7月30日"])
    w.writerow(["说明：整改期限中的“×日内”自交办日期起计算"])
    w.writerow(
        [
            "序号",
            "交办日期",
            "路段（点位）",
            "问题类型",
            "问题描述",
            "当事人",
            "责任中队",
            "处理措施",
            "整改期限",
            "整改结果",
        ]
    )
    for i, row in enumerate(STALL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "交办问题8起", "", "", "罚款1起", "", "办结3起"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 老旧小区改造, after a city's 老旧小区改造观摩推进会 account (今年计划改造老旧小区130个; 集贤三村排水不畅、道路及
# 墙面破损; 新的地下管道已经埋设、墙面出新、道路施工; 强化施工过程监督管理，发现问题及时通报整改; 10月底前主体
# 工程基本完工，年内全面完成):
# http://m.dingqianjf.com/news/show/84ef1ffa4f6dd323.html
# A .zip of two returns: a district 住建局's .xlsx (改造内容, 巡查发现问题, the 施工单位 as 整改责任单位 with the 监理
# 单位 and its 复核意见 beside it) and a 街道's .docx (a table naming the pipeline companies as 整改责任单位).
RENEWAL_ROWS = [
    (
        "市化肥厂家属院",
        "雨污分流",
        "新铺污水管道检查井井盖标高低于路面约3厘米",
        "河南华龙建设工程有限公司",
        "濮阳市建科工程监理有限公司",
        date(2024, 7, 20),
        "已调整井盖标高",
        "复核合格",
    ),
    (
        "卫都小区",
        "墙面出新",
        "外墙涂料起皮脱落约60平方米",
        "濮阳市安泰建筑工程有限公司",
        "濮阳市建科工程监理有限公司",
        date(2024, 8, 10),
        "正在铲除重刷",
        "",
    ),
    (
        "五一路家属院",
        "道路施工",
        "施工围挡不连续，建筑材料占用消防通道",
        "河南华龙建设工程有限公司",
        "濮阳市诚信建设监理有限公司",
        date(2024, 7, 12),
        "已整改",
        "复核合格",
    ),
    (
        "供电局老家属院",
        "平改坡",
        "屋面平改坡施工未设置安全网",
        "濮阳市安泰建筑工程有限公司",
        "濮阳市诚信建设监理有限公司",
        date(2024, 7, 10),
        "已增设部分安全网",
        "安全网未全覆盖，继续整改",
    ),
    (
        "石化二小区",
        "停车设施",
        "新划停车位占用盲道",
        "濮阳市路通市政工程有限公司",
        "濮阳市建科工程监理有限公司",
        date(2024, 7, 31),
        "",
        "",
    ),
]
STREET_ROWS = [
    (
        "原税务局家属院",
        "强弱电架空线杂乱，入地改造未与道路施工同步实施",
        "国网濮阳供电公司",
        "2024年8月31日",
        "已完成管道预埋，正在穿线",
    ),
    ("原畜牧局家属院", "燃气立管改造后未恢复墙面", "市燃气公司", "2024年7月15日", "已恢复"),
    ("原粮食局家属院", "供水管网更换后3号、5号楼水压不足", "市自来水公司", "2024年7月25日", "未整改"),
    (
        "华北石油家属院",
        "废弃通信线缆未清理",
        "中国联合网络通信有限公司濮阳市分公司",
        "7月底前",
        "已清理废弃线缆",
    ),
    (
        "原畜牧局家属院",
        "改造后小区主路排水坡度不足，雨后积水",
        "濮阳市路通市政工程有限公司",
        "2024年8月15日",
        "",
    ),
]


def write_renewal_book(path: Path) -> Path:
    b = Book(path, author="华龙区住建局")
    ws = b.sheet("巡查问题")
    b.widths(ws, [6, 16, 12, 36, 28, 28, 14, 18, 24])
    b.line(ws, 0, "华龙区2024年城镇老旧小区改造施工巡查问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：华龙区住房和城乡建设局    填报日期：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "改造内容",
            "巡查发现问题",
            "整改责任单位（施工单位）",
            "监理单位",
            "整改时限",
            "整改情况",
            "监理复核意见",
        ],
    )
    for i, row in enumerate(RENEWAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(RENEWAL_ROWS), "负责人：许国强    填表人：田静    联系电话：0393-8215567", 8)
    return b.close()


def write_street_docx(path: Path) -> Path:
    doc = _new_document("皇甫街道城建办")
    _title(doc, "皇甫街道老旧小区改造配套管线问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳经济技术开发区皇甫街道办事处    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(STREET_ROWS, 1)]
    _table(doc, ["序号", "小区名称", "存在问题", "整改责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：孔令辉    联系电话：0393-8663025", 12)
    return _save_fixed(doc, path)


def write_renewal(path: Path) -> Path:
    members = [
        ("老旧小区改造施工巡查问题整改台账（华龙区住建局）.xlsx", write_renewal_book),
        ("老旧小区改造配套管线问题整改情况（皇甫街道）.docx", write_street_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 背街小巷提升改造工作台账, after a 街道's account of its 背街小巷脏乱差 treatment (摸底排查出背街小巷136条，列入提升
# 改造计划; 压沥青、铺水泥、铺花砖; 逐一建立工作台账，分类登记，实施销号管理; 落实专门人员包靠; 督查办定期督查):
# http://paper.jrqzw.net/Newspapernews.aspx?b=3975&nid=21465
# An .xlsx: title, 填报单位 line, one header row with the 街道's own 责任科室 and 包靠人, a 销号情况 column filled only
# for closed items, a 合计 row and a signature line.
BACKSTREET_ROWS = [
    (
        "水晶巷",
        180,
        "路面破损坑洼，雨天积水",
        "压沥青罩面",
        "城建办",
        "李红军",
        date(2024, 6, 30),
        "已完成罩面",
        "已销号",
    ),
    (
        "孙尧巷",
        220,
        "土路未硬化，晴天扬尘雨天泥泞",
        "铺水泥硬化",
        "城建办",
        "王建设",
        date(2024, 7, 20),
        "已完成硬化",
        "已销号",
    ),
    (
        "民主巷",
        150,
        "排水管道堵塞，污水外溢",
        "疏通管道，新建排水沟",
        "城建办",
        "李红军",
        date(2024, 8, 31),
        "正在硬化罩面，排水配套施工中",
        "",
    ),
    (
        "文明巷",
        95,
        "垃圾死角2处，杂物乱堆",
        "清理垃圾死角",
        "环卫所",
        "赵丽",
        date(2024, 7, 10),
        "已清理",
        "已销号",
    ),
    (
        "建设巷",
        130,
        "沿街商户占道经营、乱摆乱放",
        "规范经营秩序",
        "城管中队",
        "刘伟",
        "长期坚持",
        "常态化巡查",
        "",
    ),
    (
        "团结巷",
        200,
        "路灯缺失，夜间照明不足",
        "增设路灯12盏",
        "城建办",
        "王建设",
        date(2024, 9, 30),
        "未启动",
        "",
    ),
    (
        "光明巷",
        160,
        "墙面小广告乱贴乱画",
        "清理小广告并粉刷墙面",
        "城管中队",
        "刘伟",
        "7月底前",
        "已清理小广告，正在粉刷墙面",
        "",
    ),
    ("幸福巷", 110, "人行道花砖破损松动", "更换花砖", "城建办", "李红军", date(2024, 8, 20), "", ""),
]


def write_backstreet(path: Path) -> Path:
    b = Book(path, author="中原路街道城建办")
    ws = b.sheet("工作台账")
    b.widths(ws, [6, 12, 10, 30, 22, 10, 10, 14, 28, 10])
    b.line(ws, 0, "中原路街道背街小巷提升改造工作台账", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区中原路街道办事处    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "街巷名称",
            "长度（米）",
            "存在问题",
            "改造方式",
            "责任科室",
            "包靠人",
            "计划完成时间",
            "进展情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(BACKSTREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BACKSTREET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "8条", b.center)
    b.put(ws, end, 2, sum(r[1] for r in BACKSTREET_ROWS), b.center)
    b.merge(ws, end, 3, end, 9, "已销号3条，未销号5条")
    b.line(ws, end + 2, "街道分管领导：高建华    填表人：曹艳    联系电话：0393-8312406", 9)
    return b.close()


FILES = [
    ("华龙区生活垃圾分类除差小区问题整改清单.xlsx", write_sorting),
    ("背街小巷环境卫生暗访督察问题交办清单.xls", write_alley),
    ("清丰县城区环境卫生巡查问题整改落实情况的报告.docx", write_patrol),
    ("城区公厕抽评发现问题整改台账（6月份）.xlsx", write_toilet),
    ("户外广告牌匾设施安全隐患排查整改台账.et", write_ad),
    ("创卫巡查督导情况通报（第12期）.doc", write_bulletin),
    ("开州路街道垃圾分类夜间督导检查问题整改反馈表.xlsx", write_night_sorting),
    ("占道经营专项整治问题台账.csv", write_stall),
    ("老旧小区改造巡查问题整改（两份）.zip", write_renewal),
    ("中原路街道背街小巷提升改造工作台账.xlsx", write_backstreet),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev33 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, and one more inside the zip), .xls (xlwt, and one more inside the zip), .ods and .et
(LibreOffice conversions), a CSV in GBK, a .docx with a table, a .doc whose items are numbered paragraphs, a .wps
(Word 97 via LibreOffice) with a table, and a .zip of two returns. Contents are made up; statistics date
2024-07-31. Run from this folder: python make_dev33.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
CREATED = datetime(2024, 7, 31, 16, 30, 0)
ZIP_TIME = (2024, 7, 31, 16, 30, 0)


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
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
# 1. 文化旅游公共服务督查情况通报整改落实情况, after a county 文化和旅游局's report on the points a city 文旅局's
# 督查通报 raised (公共文化服务体系建设方面 / 旅游公共服务方面, each point numbered 1、2、 with what was done and
# 计划下月底前完成 / 计划年底全面完成 written in the sentence):
# http://wlj.xianning.gov.cn/xxgk/fdzdgknr/qtzdgknr/zwdc/202106/t20210609_2338355.shtml
# A .doc (Word 97 via LibreOffice): 索引号 lines, title, preamble, two 方面 headings, numbered paragraphs, sign.
TOUR_SECTIONS = [
    (
        "一、公共文化服务体系建设方面",
        [
            "1、乡镇综合文化站免费开放时间不足。督查发现部分乡镇综合文化站未按规定每周开放不少于42小时。"
            "我局已督促各乡镇制定开放时间表并在站外公示，县局每月随机抽查，该问题已整改到位。",
            "2、村级文化广场活动器材短缺。针对部分村级文化广场健身、演出器材不足的问题，器材采购已完成公开招标，"
            "并与中标企业签订供货合同，计划8月底前完成器材安装。",
            "3、县图书馆总分馆通借通还未实现。目前正与市图书馆进行系统对接，已完成6个乡镇分馆的数据迁移，"
            "计划年底全面完成。",
            "4、人均公共文化支出偏低。该项工作需长期坚持，县财政逐年提高公共文化服务预算安排。",
        ],
    ),
    (
        "二、旅游公共服务方面",
        [
            "5、旅游厕所建设信息录入不同步。纳入建设计划的5座旅游厕所有4座已由专人完成系统录入，"
            "剩余1座因单拐景区停业改造暂未录入，计划9月30日前完成录入。",
            "6、旅游交通标志牌中英文翻译错误。已委托专业机构对全县旅游交通标志牌逐块校对，"
            "正在重新制作，计划10月底前更换完毕。",
            "7、A级景区游客服务中心咨询服务不到位。该问题暂未启动整改，拟结合景区提升工程一并实施，"
            "计划第四季度完成。",
        ],
    ),
]


def write_tour_docx(path: Path) -> Path:
    doc = _new_document("清丰县文广旅局")
    _paragraph(doc, "索 引 号：410922-WLJ/2024-00031    发文单位：清丰县文化广电和旅游局", 10.5, "宋体")
    _paragraph(doc, "主题分类：文化    发布日期：2024年07月25日    有效性：有效", 10.5, "宋体")
    _title(doc, "关于文化旅游公共服务督查情况整改报告")
    _paragraph(
        doc,
        "2024年6月11日至6月20日，市文化广电和旅游局对全市各县区开展了上半年文化旅游公共服务督查，"
        "并于7月5日下发了《2024年上半年全市文化旅游公共服务督查情况通报》，现将涉及清丰县的问题整改情况报告如下：",
    )
    for heading, paras in TOUR_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我局将对照通报问题逐项跟踪，确保整改到位。",
    )
    _paragraph(doc, "清丰县文化广电和旅游局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_tour(path: Path) -> Path:
    return via_soffice(write_tour_docx, path, "doc", "文化旅游公共服务督查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 2. 农村人居环境整治提升重点任务推进情况, after a county's table of its 民生实事 (序号 / 项目名称 / 项目内容 /
# 当前进展情况 / 进度评价 / 主办单位; one 项目名称 and its 主办单位 merged over several 项目内容 rows; 进度评价
# 已完成 / 正常推进):
# http://wenshang.gov.cn/art/2023/11/29/art_71075_2765607.html?xxgkhide=1
# An .xlsx: title, 截至 line, one header row, 项目名称 and 主办单位 merged down each project, a 注 and the office.
FARM_PROJECTS = [
    (
        "农村人居环境整治提升工程",
        "市农委",
        [
            ("推广积分制人居环境治理模式，试点村达到120个。", "积分制治理试点村已达到120个。", "已完成"),
            ("年底前新建改造农村户厕3000户。", "已开工2650户，完工1980户。", "正常推进"),
            ("完成废弃坑塘治理村庄15个。", "已完成15个村庄坑塘整治，经县级验收合格。", "已完成"),
        ],
    ),
    (
        "农村供水保障工程",
        "市水务局",
        [
            (
                "9月底前完成5处千吨万人供水工程提质改造。",
                "3处已完工通水，2处正在进行管网铺设。",
                "正常推进",
            ),
            (
                "6月底前为农村集中供水站新增净化消毒设备40套。",
                "设备采购尚未招标，未开展实质性工作。",
                "滞后",
            ),
        ],
    ),
    (
        "农村生活污水治理",
        "市环保局",
        [
            (
                "完成生活污水治理村庄61个，2024年6-10月集中施工。",
                "61个村庄已全部开工建设，其中44个村庄已完成治理建设。",
                "正常推进",
            ),
            ("农村黑臭水体排查整治实行动态清零。", "按季度开展排查，常态化推进。", "常态化推进"),
        ],
    ),
]


def write_farm(path: Path) -> Path:
    b = Book(path, author="人居环境专班")
    ws = b.sheet("推进情况")
    b.widths(ws, [6, 18, 40, 40, 12, 14])
    b.line(ws, 0, "濮阳市2024年农村人居环境整治提升重点任务推进情况", 5, b.title)
    b.line(ws, 1, "（截至2024年7月底）", 5, b.book.add_format({"align": "center"}))
    b.header(ws, 2, ["序号", "项目名称", "项目内容", "当前进展情况", "进度评价", "主办单位"])
    r = 3
    for i, (name, host, rows) in enumerate(FARM_PROJECTS, 1):
        last = r + len(rows) - 1
        b.merge(ws, r, 0, last, 0, i, b.center)
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 5, last, 5, host, b.center)
        for content, progress, verdict in rows:
            b.put(ws, r, 2, content)
            b.put(ws, r, 3, progress)
            b.put(ws, r, 4, verdict, b.center)
            r += 1
    b.line(ws, r + 1, "注：进度评价分为“已完成”“正常推进”“滞后”“常态化推进”四类。", 5)
    b.line(ws, r + 2, "濮阳市农村人居环境整治工作专班办公室    2024年7月31日", 5, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 作风建设突出问题整改项目落实进度, after a city's account of its 整改落实 mechanisms (拉出整改单子; 每月21日按
# 整改到位、部分整改到位、尚未启动整改3类报告整改项目落实进度; 经验收合格后方能予以“销号”; 市直单位“为群众办实事
# 好事”整改项目由分管市领导挂钩负责; 入学难、就业难、就医难、办卡难办证难):
# https://m.folksfolks.com/qzlx/2015-02/03/content_15686561.htm
# An .xls (xlwt): title, 报送 line, a two-row header with the three 进度 classes as tick columns under one merged
# 落实进度 cell, a 挂钩市领导 column beside the unit, a 合计 row counting the ticks, 填表说明 and signature.
STYLE_ROWS = [
    (
        "市人社局",
        "社保卡制发周期长，群众办卡需多次往返",
        "新增制卡网点，实现即时制卡",
        "王建国",
        "2024年6月30日",
        0,
        "已销号",
    ),
    (
        "市不动产登记中心",
        "不动产登记窗口排队时间长，办理时限长",
        "推行一窗受理，压缩办理时限至3个工作日",
        "李红梅",
        "2024年9月底",
        1,
        "",
    ),
    (
        "市公积金中心",
        "公积金提取要求重复提交婚姻、购房材料",
        "与民政、不动产数据共享",
        "李红梅",
        "2024.8.31",
        1,
        "",
    ),
    ("市医保局", "异地就医备案手续繁琐", "开通线上备案，即申即办", "张志强", "7月15日前", 0, "已销号"),
    ("市交通运输局", "出租车拒载、绕路投诉处理慢", "建立投诉快速处置机制", "赵国庆", "2024年10月31日", 2, ""),
    (
        "市行政服务中心",
        "部分窗口工作人员一次性告知不到位",
        "实行首问负责、一次性告知制度",
        "王建国",
        "长期坚持",
        None,
        "",
    ),
    ("市教育局", "义务教育入学报名证明材料多", "取消6项证明，实行网上报名", "张志强", "2024年7月20日", 0, ""),
    (
        "市卫计委",
        "二级以上医院检查检验结果互认落实不到位",
        "推进同级医院检查结果互认",
        "张志强",
        "年底前",
        1,
        "",
    ),
]


def _style_header(h) -> list[tuple]:
    cells = []
    for col, word in enumerate(["序号", "责任单位", "整改项目", "整改措施", "挂钩市领导", "完成时限"]):
        cells.append((3, col, word, h, 4, col))
    cells.append((3, 6, "落实进度（打“√”）", h, 3, 8))
    for col, word in enumerate(["整改到位", "部分整改到位", "尚未启动整改"], 6):
        cells.append((4, col, word, h))
    cells.append((3, 9, "销号情况", h, 4, 9))
    return cells


def write_style(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年市直单位作风建设突出问题整改项目落实进度表", t, 0, 9),
        (1, 0, "（7月份）", _xf(border=False, center=True), 1, 9),
        (2, 0, "报送单位：市作风建设领导小组办公室汇总    报送时间：2024年7月21日", plain, 2, 9),
    ]
    cells += _style_header(h)
    counts = [0, 0, 0]
    for i, (unit, item, measure, leader, limit, tick, sign) in enumerate(STYLE_ROWS, 1):
        r = 4 + i
        cells += [(r, 0, i, ctr), (r, 1, unit, c), (r, 2, item, c), (r, 3, measure, c), (r, 4, leader, ctr)]
        cells.append((r, 5, limit, ctr))
        for k in range(3):
            cells.append((r, 6 + k, "√" if tick == k else "", ctr))
        if tick is not None:
            counts[tick] += 1
        cells.append((r, 9, sign, ctr))
    r = 5 + len(STYLE_ROWS)
    cells += [(r, 0, "合计", h, r, 1), (r, 2, f"{len(STYLE_ROWS)}项", c, r, 5)]
    cells += [(r, 6 + k, counts[k], ctr) for k in range(3)]
    cells.append((r, 9, "", ctr))
    cells += [
        (
            r + 1,
            0,
            "填表说明：1.落实进度在相应栏内打“√”；2.整改到位且经验收合格的，在销号情况栏填“已销号”；",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "3.每月21日前报送。", plain, r + 2, 9),
        (r + 3, 0, "填表人：刘晓燕    审核人：陈建军    联系电话：0393-8992316", plain, r + 3, 9),
    ]
    return _write_xls(path, [("7月", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 消防安全检查火灾隐患整改情况, after a 消防 大队's account of its checks (检查单位N家、发现火灾隐患N处、当场整改N处、
# 下发《责令改正通知书》N份; 疏散通道、安全出口, 消防设施器材, 电气线路, 消防控制室值班人员在岗在位; 定期抽查):
# http://www.5b5k.com/news/show-29276.html
# A CSV in GBK: a title line, a header line with 检查人 beside the checked unit, a closing 合计 line, a signature line.
FIRE_ROWS = [
    (
        "2024-07-09",
        "濮阳市金悦大酒店有限公司",
        "安全出口上锁，疏散通道堆放杂物",
        "当场整改",
        "立行立改",
        "已当场改正",
        "张伟、李强",
    ),
    (
        "2024-07-09",
        "濮阳星光娱乐有限公司",
        "消防控制室值班人员脱岗",
        "当场整改",
        "立行立改",
        "已当场改正",
        "张伟、李强",
    ),
    (
        "2024-07-10",
        "濮阳万客隆商贸有限公司",
        "自动喷水灭火系统末端试水装置压力不足",
        "下发《责令改正通知书》",
        "2024-07-25",
        "复查合格",
        "王磊、赵鹏",
    ),
    (
        "2024-07-16",
        "濮阳市锦程快捷酒店有限公司",
        "部分客房独立式烟感探测器损坏",
        "下发《责令改正通知书》",
        "2024-07-31",
        "正在更换，已更换32个",
        "王磊、赵鹏",
    ),
    (
        "2024-07-17",
        "濮阳市龙都网络会所有限公司",
        "吧台区域电气线路私拉乱接",
        "下发《责令改正通知书》",
        "2024-07-24",
        "复查时仍未改正",
        "张伟、李强",
    ),
    (
        "2024-07-18",
        "濮阳市惠民百货有限公司",
        "二楼卖场灭火器过期未更换",
        "下发《责令改正通知书》",
        "2024-08-02",
        "",
        "王磊、赵鹏",
    ),
    (
        "2024-07-19",
        "濮阳东方商业广场管理有限公司",
        "防火卷帘下方堆放货物影响使用",
        "当场整改",
        "立行立改",
        "已当场清理",
        "张伟、李强",
    ),
]


def write_fire(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区消防救援大队2024年7月人员密集场所消防安全检查火灾隐患整改情况表"])
    w.writerow(["序号", "检查日期", "被检查单位", "火灾隐患", "处理方式", "整改期限", "复查情况", "检查人"])
    for i, row in enumerate(FIRE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "共检查单位7家", "发现火灾隐患7处", "当场整改3处，下发《责令改正通知书》4份", "", "", ""]
    )
    w.writerow(["填表人：孙明    联系电话：0393-4416119    填表日期：2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 交通运输安全隐患排查整治督导检查问题交办清单, after a city 交通运输局's 督导检查 (成立4个督导组, 对各县市区;
# 汽车客运站等重点场所; 对能立行立改的问题督促尽快落实整改, 不能立行立改的汇总后交办各单位, 落实整改责任、措施和时限):
# http://jtysj.yl.gov.cn/show-6-4614-1.html
# An .ods (LibreOffice conversion): title, 交办单位 line, one header row with the 督导组 beside the unit, 交办日期 and
# 整改时限 partly relative to it (N个工作日内, N日内, 立行立改), a 注 and the office.
ROAD_ROWS = [
    (
        "第一督导组",
        "清丰县交通运输局",
        "清丰汽车站",
        "进站口安检仪故障未及时维修",
        date(2024, 7, 8),
        "立行立改",
        "已修复，恢复正常使用",
    ),
    (
        "第一督导组",
        "市公交公司",
        "公交第二停保场",
        "部分营运车辆灭火器压力不足",
        date(2024, 7, 8),
        "5个工作日内",
        "已全部更换充装",
    ),
    (
        "第二督导组",
        "南乐县交通运输局",
        "S213南乐段K12+300",
        "临水临崖路段波形护栏缺失约200米",
        date(2024, 7, 10),
        "30日内",
        "护栏已采购，正在安装",
    ),
    (
        "第二督导组",
        "濮阳市汽车客运总站有限公司",
        "濮阳汽车客运总站",
        "危险品查堵登记记录不全",
        date(2024, 7, 10),
        "10个工作日内",
        "已完善查堵登记制度，经复查合格",
    ),
    (
        "第三督导组",
        "范县交通运输局",
        "李桥黄河浮桥",
        "浮桥管理站救生衣配备数量不足",
        date(2024, 7, 15),
        "立行立改",
        "",
    ),
    (
        "第三督导组",
        "市交警支队",
        "G106与开州路交叉口",
        "信号灯配时不合理，早晚高峰车辆排队过长",
        date(2024, 7, 15),
        "15个工作日内",
        "正在协调优化配时方案",
    ),
    (
        "第四督导组",
        "台前县交通运输局",
        "农村公路X008线",
        "连续急弯路段缺少警示标志和减速设施",
        date(2024, 7, 17),
        "20日内",
        "未整改",
    ),
]


def write_road_book(path: Path) -> Path:
    b = Book(path, author="安全监督科")
    ws = b.sheet("交办清单")
    b.widths(ws, [6, 12, 22, 20, 34, 12, 14, 26])
    b.line(ws, 0, "2024年夏季交通运输安全隐患排查整治督导检查问题交办清单", 8, b.title)
    b.line(ws, 1, "交办单位：濮阳市交通运输局安全监督科", 8)
    b.header(
        ws, 2, ["序号", "督导组", "责任单位", "检查点位", "存在问题", "交办日期", "整改时限", "整改落实情况"]
    )
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ROAD_ROWS)
    b.line(ws, end + 1, "注：整改时限自交办之日起计算，工作日不含法定节假日；能立行立改的须当日整改到位。", 8)
    b.line(ws, end + 2, "濮阳市交通运输局    2024年7月30日", 8, b.right)
    return b.close()


def write_road(path: Path) -> Path:
    via_soffice(write_road_book, path, "ods", "督导检查问题交办清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 巡察整改情况公布, after a city 卫生健康委's account of its 巡察 整改 (巡察反馈 N个方面N个突出问题; 《巡察整改
# 责任清单》《巡察整改任务清单》; 建立台账管理机制, 逐一明确整改时限、责任单位和责任人; 立行立改与长效治理同步深化):
# https://wjw.taizhou.gov.cn/xwzx/tzgg/art/2025/art_fb7bec63652c4d44aab7a830fe2a7dce.html
# A .docx: title naming the sender by its short name only, preamble with the 反馈 date, a 附件 table whose
# 责任科室 column names only the sender's own sections, the party group and date.
HEALTH_ROWS = [
    (
        "基层医疗卫生服务能力提升缓慢，乡镇卫生院门诊量下降",
        "制定基层卫生服务能力提升三年行动方案",
        "基层卫生健康科",
        "刘新华",
        "2024年6月底前",
        "已完成。行动方案已印发实施。",
    ),
    (
        "公立医院党建工作与业务工作融合不够",
        "落实党委领导下的院长负责制，完善议事规则",
        "党建科",
        "周立伟",
        "长期坚持",
        "长期坚持，常态化推进。",
    ),
    (
        "预约挂号放号时段集中，群众就医排队时间长",
        "二级以上公立医院全面实行分时段预约诊疗",
        "医政医管科",
        "孟凡军",
        "立行立改",
        "已整改。全市二级以上公立医院已实行分时段预约。",
    ),
    (
        "委属单位大型医用设备采购论证不充分",
        "修订大型医用设备配置论证办法",
        "规划财务科",
        "许丽娟",
        "2024年9月30日前",
        "正在整改。论证办法已修订，待委党组会审议。",
    ),
    (
        "干部队伍年龄结构不合理，年轻干部储备不足",
        "制定年轻干部培养计划，开展轮岗交流",
        "人事科",
        "郝建设",
        "2024年12月底前",
        "推进中。已完成首批8名干部轮岗。",
    ),
    (
        "公务接待审批手续不全，接待清单填写不规范",
        "严格执行公务接待管理规定",
        "办公室",
        "赵文博",
        "2024年5月31日",
        "已完成整改，补齐审批手续，已销号。",
    ),
    (
        "医疗机构依法执业监督检查覆盖面不够",
        "开展医疗机构依法执业专项检查",
        "综合监督科",
        "杜海燕",
        "2024年8月底前",
        "",
    ),
    (
        "信访积案化解进度慢，3件医疗纠纷积案长期未结",
        "实行委领导包案，逐件化解",
        "信访科",
        "郭永生",
        "2024年7月20日",
        "进展滞后，3件积案均未化解。",
    ),
]


def write_health(path: Path) -> Path:
    doc = _new_document("市卫健委办公室")
    _title(doc, "中共濮阳市卫健委党组关于市委巡察反馈意见整改进展情况的报告")
    _paragraph(
        doc,
        "根据市委统一部署，市委第三巡察组于2023年11月6日至2024年1月12日对市卫健委党组开展了巡察，"
        "并于2024年3月15日进行了反馈。委党组围绕巡察反馈的4个方面8个突出问题，逐一明确整改时限、"
        "责任科室和责任人，建立台账管理机制。现将整改进展情况报告如下（见附件）。",
    )
    _paragraph(doc, "附件：巡察整改任务清单", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(HEALTH_ROWS, 1)]
    _table(doc, ["序号", "巡察反馈问题", "整改措施", "责任科室", "责任人", "整改时限", "整改落实情况"], body)
    _paragraph(doc, "注：“立行立改”事项以反馈之日为整改时限。", 12)
    _paragraph(doc, "中共濮阳市卫健委党组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. “双随机、一公开”抽查发现问题整改台账, after a 市场监管 分局's account of its random checks (抽查企业N户, 其中
# 正常经营N户, 未按规定公示信息N户, 发现问题已责令改正N户; 检查人员按检查流程分工, 抽查表扫描录入系统):
# https://www.cztn.gov.cn/html/cztn/2017/MNCEPBOL_1030/111241.html
# An .et (Excel 97 via LibreOffice): title, 抽查单位 line, one header row with 检查人员 beside the enterprise, rows
# where nothing was found between the problem rows, a 注 and the signature.
MARKET_ROWS = [
    (
        "濮阳市鑫源食品有限公司",
        "食品生产企业监督检查",
        "生产车间防蝇防鼠设施缺失",
        "责令改正",
        "2024年7月20日",
        "复查合格",
        "杨帆、韩雪",
    ),
    (
        "濮阳市恒信建材有限公司",
        "企业公示信息检查",
        "未发现问题",
        "—",
        "—",
        "—",
        "杨帆、韩雪",
    ),
    (
        "濮阳市华龙区惠佳超市",
        "企业公示信息检查",
        "未按规定公示2023年度年报信息",
        "责令改正",
        "2024年7月31日",
        "已补报公示",
        "杨帆、韩雪",
    ),
    (
        "濮阳恒达电梯工程有限公司",
        "特种设备维保单位检查",
        "电梯维护保养记录不完整，部分记录无维保人员签字",
        "责令改正",
        "2024年8月10日",
        "正在整改",
        "孙浩、马丽",
    ),
    (
        "濮阳市百草堂大药房有限公司",
        "药品经营企业检查",
        "处方药未凭处方销售",
        "责令改正并立案调查",
        "2024年7月25日",
        "复查时仍未改正",
        "孙浩、马丽",
    ),
    (
        "濮阳市龙城广告有限公司",
        "广告发布行为检查",
        "户外广告使用“最佳”“第一”等绝对化用语",
        "责令改正",
        "2024年8月5日",
        "",
        "杨帆、韩雪",
    ),
    (
        "濮阳市安泰物业服务有限公司",
        "价格行为检查",
        "未发现问题",
        "—",
        "—",
        "—",
        "孙浩、马丽",
    ),
    (
        "中石化濮阳胜利路加油站",
        "计量器具检查",
        "2号加油机计量误差超出允许范围",
        "责令改正",
        "2024.7.12",
        "已重新检定合格",
        "孙浩、马丽",
    ),
    (
        "濮阳市华龙区好味道餐饮店",
        "餐饮服务单位检查",
        "部分从业人员健康证明过期",
        "责令改正",
        "7月底前",
        "已有3人重新办证，2人正在体检",
        "杨帆、韩雪",
    ),
]


def write_market_book(path: Path) -> Path:
    b = Book(path, author="华龙分局")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 28, 20, 36, 18, 16, 20, 14])
    b.line(ws, 0, "2024年第二批“双随机、一公开”抽查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "抽查单位：濮阳市市场监督管理局华龙分局    抽查时间：2024年6月—7月", 8)
    b.header(
        ws,
        2,
        ["序号", "企业名称", "抽查事项", "检查结果", "处理措施", "责令改正期限", "复查情况", "检查人员"],
    )
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MARKET_ROWS)
    b.line(ws, end + 1, "注：本批次共抽查企业9户，其中未发现问题2户，发现问题已责令改正7户。", 8)
    b.line(ws, end + 2, "填表人：韩雪    审核人：周建民    填报日期：2024年7月31日", 8)
    return b.close()


def write_market(path: Path) -> Path:
    return via_soffice(write_market_book, path, "xls", "双随机抽查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. “两项督导评估”实地核查反馈问题整改推进台账, after a city 教育局's 推进会 on the problems the 省级实地核查 raised
# (各区县逐项汇报整改推进情况; 教师结构、科学保教、办学标准; 对照问题清单, 明确责任部门、责任人和整改时限):
# https://jyj.huangshan.gov.cn/jyxw/tpxw/9218859.html
# An .xlsx: title, 填报 line, a two-row header with 责任单位 merged over 牵头单位 and 配合单位, a 填表说明 and sign.
EDU_ROWS = [
    (
        "部分学校音体美专任教师缺额，教师结构性短缺",
        "清丰县、南乐县",
        "通过公开招聘、县管校聘补充音体美教师",
        "市人事局",
        "市教育局",
        "孙立新",
        "2024年8月底前",
        "推进中。已发布招聘公告，计划招聘音体美教师86名。",
    ),
    (
        "部分幼儿园存在小学化倾向，科学保教落实不到位",
        "华龙区",
        "开展幼儿园“小学化”专项治理",
        "市教育局",
        "华龙区人民政府",
        "王丽",
        "长期坚持",
        "长期坚持",
    ),
    (
        "3所农村小学生均体育运动场馆面积不达标",
        "范县",
        "改扩建学校操场",
        "范县人民政府",
        "市教育局",
        "李国栋",
        "2024年12月31日",
        "1所已完工，2所正在施工。",
    ),
    (
        "学前教育公用经费生均拨款标准未落实",
        "全市",
        "落实公办幼儿园生均公用经费拨款",
        "市财政局",
        "市教育局",
        "陈国华",
        "2024年6月30日",
        "已完成，上半年经费已足额拨付。",
    ),
    (
        "部分学校班额超标，最大班额达58人",
        "华龙区",
        "新建学校分流学生，严控招生计划",
        "华龙区人民政府",
        "市教育局",
        "赵红军",
        "2024年9月1日前",
        "推进中。新建学校主体已完工，正在进行内部装修。",
    ),
    (
        "幼儿园保育员持证上岗率偏低",
        "台前县",
        "组织保育员培训考证",
        "台前县教育局",
        "",
        "马俊峰",
        "2024.7.15",
        "已完成，持证上岗率达100%。",
    ),
    (
        "校舍安全隐患排查台账不完善，整改记录缺失",
        "濮阳县",
        "完善校舍安全隐患排查整治台账",
        "濮阳县教育局",
        "",
        "刘文广",
        "7月底前",
        "",
    ),
]


def write_edu(path: Path) -> Path:
    b = Book(path, author="督导科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 32, 14, 28, 14, 14, 10, 14, 30])
    b.line(ws, 0, "濮阳市“两项督导评估”省级实地核查反馈问题整改推进台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府教育督导委员会办公室    填报日期：2024年7月29日", 8)
    for col, word in enumerate(["序号", "反馈问题", "涉及县区", "整改措施"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "责任单位", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=4)
    for col, word in enumerate(["责任人", "整改时限", "整改进展"], 6):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(EDU_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(EDU_ROWS)
    b.line(ws, end + 1, "填表说明：整改进展填写“已完成”“推进中”及具体情况；整改时限按整改方案填写。", 8)
    b.line(ws, end + 2, "填表人：陈晓静    联系电话：0393-8998105", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 一套表调查单位数据质量核查差错一览表 from two county 统计局, after a city 统计局's account of its 现场核查 (各股室
# (中心)配合; 单位是否真实存在、统一社会信用代码、详细地址、行业代码、机构类型; 营业收入与部门共享数据差异; 填写核查
# 差错一览表、核查情况汇总表; 边查边改):
# http://tzchery.com/bmxxgk/tjj/gzdt/content/post_1489880.html
# A .zip holding an .xlsx (填报单位 line) and an .xls whose sender is named only in its file name; the rows name the
# sender's own 股室 as 责任股室.
STAT_A = [
    (
        "清丰县宏达家具有限公司",
        "营业收入",
        "营业收入与税务共享数据差异较大且未说明原因",
        "工业股",
        "核实原始凭证后修订数据并补充说明",
        "2024年7月20日",
        "已修订，已完成",
    ),
    (
        "清丰县鑫盛商贸有限公司",
        "行业代码",
        "主要业务活动与所填行业代码不符",
        "贸易股",
        "重新核定行业代码",
        "8月15日前",
        "正在核实",
    ),
    (
        "清丰县永安建筑工程有限公司",
        "从业人员",
        "从业人员期末人数与社保参保人数不一致",
        "劳资股",
        "比对社保数据，核实后更正",
        "2024.8.31",
        "",
    ),
    (
        "清丰县绿源农业开发有限公司",
        "详细地址",
        "单位详细地址、联系电话变更后未及时更新",
        "普查中心",
        "更新名录库信息",
        "2024年7月10日",
        "已更新",
    ),
]
STAT_B = [
    (
        "南乐县金穗面粉有限公司",
        "工业总产值",
        "主要产品产量与原始台账记录不符",
        "工业股",
        "以出入库单为依据重新核算",
        "2024年7月31日",
        "已整改",
    ),
    (
        "南乐县恒通物流有限公司",
        "统一社会信用代码",
        "统一社会信用代码录入错误",
        "普查中心",
        "按营业执照更正",
        "2024年7月15日",
        "未整改",
    ),
    (
        "南乐县华瑞房地产开发有限公司",
        "固定资产投资",
        "项目投资完成额缺少发票、合同等佐证材料",
        "投资股",
        "补充佐证材料",
        "9月底前",
        "正在补充佐证材料",
    ),
    (
        "南乐县四季青餐饮有限公司",
        "机构类型",
        "将产业活动单位报为法人单位",
        "普查中心",
        "核实单位性质后调整机构类型",
        "2024年8月10日",
        "正在整改",
    ),
]
STAT_HEADER = ["序号", "调查单位名称", "核查指标", "差错情况", "责任股室", "整改措施", "整改时限", "整改情况"]


def write_stat_a(path: Path) -> Path:
    b = Book(path, author="清丰县统计局")
    ws = b.sheet("差错一览表")
    b.widths(ws, [6, 28, 14, 36, 10, 28, 14, 16])
    b.line(ws, 0, "2024年一套表调查单位数据质量核查差错一览表", 7, b.title)
    b.line(ws, 1, "填报单位：清丰县统计局    核查时间：2024年7月2日—7月5日", 7)
    b.header(ws, 2, STAT_HEADER)
    for i, row in enumerate(STAT_A, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(STAT_A), "填表人：黄志远    股长签字：    局领导签字：", 7)
    return b.close()


def write_stat_b(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [(0, 0, "2024年一套表调查单位数据质量核查差错一览表", t, 0, 7)]
    cells += [(1, col, word, h) for col, word in enumerate(STAT_HEADER)]
    for i, row in enumerate(STAT_B, 1):
        cells.append((1 + i, 0, i, ctr))
        cells += [(1 + i, col, v, c) for col, v in enumerate(row, 1)]
    r = 3 + len(STAT_B)
    cells.append((r, 0, "填表人：宋佳    股长签字：    填报日期：2024年7月30日", plain, r, 7))
    return _write_xls(path, [("Sheet1", cells)])


STAT_MEMBERS = [
    ("清丰县一套表调查单位核查差错一览表.xlsx", write_stat_a),
    ("核查差错一览表（南乐县统计局）.xls", write_stat_b),
]


def write_stat(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in STAT_MEMBERS:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 内部审计发现问题整改台账, after a university's 审计整改管理办法 (被审计单位在规定期限内纠正; 审计部门对审计整改
# 事项实行台账管理; 按照一事一号的原则进行挂销号管理, 对判定为已整改的事项予以销号; 清单式管理):
# https://sjs.szu.edu.cn/info/1014/1217.htm
# An .xlsx: title naming the college, 审计报告送达 line holding the base date of the 60日内 deadlines, one header row
# (问题编号 一事一号 / 审计项目 / 审计发现问题 / 责任部门 the college's own offices / 整改期限 / 整改情况 / 销号情况),
# a 合计 row and the 审计处 signature.
AUDIT_ROWS = [
    (
        "SJ2023-01",
        "科研经费专项审计",
        "科研经费报销票据不规范，存在连号发票",
        "科研处",
        "60日内",
        "已整改，违规报销款已退回",
        "已销号",
    ),
    (
        "SJ2023-02",
        "国有资产专项审计",
        "固定资产账实不符，部分实训设备未入账",
        "国有资产管理处",
        "2024年10月31日",
        "正在开展资产清查",
        "未销号",
    ),
    (
        "SJ2023-03",
        "后勤经济责任审计",
        "学生食堂承包合同到期未重新招标",
        "后勤管理处",
        "60日内",
        "未整改",
        "未销号",
    ),
    (
        "SJ2023-04",
        "工程结算审计",
        "实训楼维修工程结算多计工程量",
        "基建处",
        "2024年8月31日",
        "已核减工程款，正在办理退款",
        "未销号",
    ),
    (
        "SJ2023-05",
        "财务收支审计",
        "公务卡强制结算目录执行不到位，现金支付比例偏高",
        "计划财务处",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "SJ2023-06",
        "财务收支审计",
        "学生住宿费收费标准未按规定公示",
        "计划财务处",
        "60日内",
        "已在校园网和宿舍楼公示",
        "已销号",
    ),
    (
        "SJ2023-07",
        "国有资产专项审计",
        "部分采购项目化整为零规避公开招标",
        "国有资产管理处",
        "2024年12月31日",
        "已修订采购管理办法，正在征求意见",
        "未销号",
    ),
    (
        "SJ2023-08",
        "科研经费专项审计",
        "横向课题管理费提取比例不统一",
        "科研处",
        "2024.9.30",
        "",
        "",
    ),
]


def write_audit(path: Path) -> Path:
    b = Book(path, author="审计处")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 18, 38, 16, 16, 30, 10])
    b.line(ws, 0, "濮阳职业技术学院2023年度内部审计发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "审计报告送达日期：2024年5月10日。整改期限为“60日内”的，自审计报告送达之日起计算。",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "问题编号", "审计项目", "审计发现问题", "责任部门", "整改期限", "整改情况", "销号情况"],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AUDIT_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 7, "共8项，已销号2项", b.cell)
    b.line(ws, end + 2, "审计处（盖章）    填表人：郑雅文    联系电话：0393-6660218    2024年7月31日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 城镇老旧小区改造推进情况, after a county 人大's 调研报告 on its 老旧小区改造 (N个老旧片区; 项目由县住保中心牵头,
# 县建投集团负责实施; N个片区已施工完成, N个片区正在加紧施工, 1个片区计划近期启动; 道路改造和雨污分流; 管线产权
# 单位配合支持不力, 管线入地施工只停留在预埋管):
# https://dy1993.cn/6c4G.html
# A .wps (Word 97 via LibreOffice): title, 截至 line, one table with 牵头单位 and 实施单位 side by side, the office.
OLD_ROWS = [
    (
        "建设路片区（含化肥厂家属院等5个小区）",
        "雨污分流、道路改造",
        "市建设局",
        "濮阳市城市建设投资集团有限公司",
        "2024年6月30日",
        "已施工完成，通过竣工验收。",
    ),
    (
        "胜利路片区",
        "供水管网改造、加装电梯12部",
        "市住房和城乡建设局",
        "濮阳市城市建设投资集团有限公司",
        "2024年9月底前",
        "正在加紧施工，已完成工程量的70%。",
    ),
    (
        "黄河路油田小区片区",
        "供热管网改造",
        "华龙区人民政府",
        "濮阳市华龙区城市建设投资有限公司",
        "2024年10月31日",
        "尚未开工，配套资金未到位。",
    ),
    (
        "京开大道东侧片区",
        "燃气立管更换及管线迁改",
        "市燃气公司",
        "濮阳市燃气工程有限公司",
        "2024年8月20日",
        "正在与施工单位协调迁改方案。",
    ),
    (
        "子路片区",
        "架空电力线缆入地",
        "供电公司",
        "濮阳市城市建设投资集团有限公司",
        "2024年9月30日",
        "已完成管道预埋，线缆入地尚未实施。",
    ),
    (
        "任丘路片区",
        "施划停车位、增设充电桩",
        "市住房和城乡建设局",
        "濮阳市华龙区城市建设投资有限公司",
        "7月15日前完成",
        "已完成。",
    ),
    (
        "石化路片区",
        "引入物业服务企业、建立长效管理机制",
        "华龙区人民政府",
        "胜利路街道办事处",
        "2024年8月31日",
        "",
    ),
]


def write_old_docx(path: Path) -> Path:
    doc = _new_document("老旧小区改造办")
    _title(doc, "濮阳市2024年城镇老旧小区改造片区推进情况表")
    _paragraph(doc, "（截至2024年7月25日）", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = [[str(i), *row] for i, row in enumerate(OLD_ROWS, 1)]
    _table(
        doc,
        ["序号", "片区（小区）名称", "改造内容", "牵头单位", "实施单位", "计划完成时间", "进展情况"],
        body,
    )
    _paragraph(doc, "濮阳市城镇老旧小区改造工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_old(path: Path) -> Path:
    return via_soffice(write_old_docx, path, "doc", "老旧小区改造片区推进情况表.docx")


FILES = [
    ("清丰县文化旅游公共服务督查整改报告.doc", write_tour),
    ("2024年农村人居环境整治提升重点任务推进情况.xlsx", write_farm),
    ("作风建设突出问题整改项目落实进度表（7月）.xls", write_style),
    ("人员密集场所消防安全检查火灾隐患整改情况.csv", write_fire),
    ("交通运输安全隐患督导检查问题交办清单.ods", write_road),
    ("市卫健委巡察整改进展情况.docx", write_health),
    ("双随机一公开抽查发现问题整改台账.et", write_market),
    ("两项督导评估反馈问题整改推进台账.xlsx", write_edu),
    ("一套表调查单位数据质量核查差错一览表（两县）.zip", write_stat),
    ("濮阳职业技术学院内部审计发现问题整改台账.xlsx", write_audit),
    ("城镇老旧小区改造片区推进情况表.wps", write_old),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

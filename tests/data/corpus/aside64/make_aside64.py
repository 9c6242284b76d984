"""Write the aside64 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions), a CSV in GBK,
a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) and a .zip
of two returns. Campaigns: 党建, 基层减负, 公务用车, 网络安全, 政府网站/意识形态, 国资国企, 粮食购销, 社保基金,
乡村振兴衔接, 文物保护. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside64.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
        elif isinstance(v, date):
            ws.write_datetime(
                r,
                c,
                datetime(v.year, v.month, v.day),
                self.day if fmt is self.cell else fmt,
            )
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
# 1. 党支部组织生活专项抽查问题整改情况表, after a college 党委's 通报 on a 专项抽查 of its 党支部' 组织生活 (一、总体情况;
# 二、存在问题: 活动创新不足, 记录规范性需提升 (未明确记录请假人员), 党建业务融合不够; 三、整改要求; 立行立改, 回头看):
# http://hxhg.hpu.edu.cn/info/1048/3182.htm
# An .xlsx: the sending unit only in the title and file name, rows naming its 党支部; a two-row header with
# 整改落实情况 merged over 整改措施 / 完成情况 / 完成时间 (dates as text), a 填表说明 and a signature line.
PARTY_ROWS = [
    (
        "机关第一党支部",
        "学习形式仍以集中读文件为主，案例研讨、实地研学开展较少",
        "支部书记带头创新组织生活形式",
        "制定季度学习计划，每季度开展专题研讨不少于1次",
        "已完成",
        "2024.6.28",
        "2024年6月底前",
    ),
    (
        "机关第二党支部",
        "支部会议记录要素不全，未记录请假人员及事由",
        "规范工作记录",
        "逐本核对2024年以来会议记录并补齐要素",
        "已完成",
        "2024.6.20",
        "2024年6月30日",
    ),
    (
        "机关第三党支部",
        "主题党日活动未结合预算绩效管理业务设计特色内容",
        "推动党建与业务深度融合",
        "谋划“党建+绩效”主题党日",
        "推进中，已形成活动初步方案",
        "",
        "2024年9月底前",
    ),
    (
        "机关第四党支部",
        "发展党员档案材料装订不规范、目录缺失",
        "按档案管理规定重新整理",
        "重新整理装订发展党员档案",
        "未启动",
        "",
        "2024年8月15日",
    ),
    (
        "离退休干部党支部",
        "年老体弱党员未按期参加组织生活，送学上门未落实",
        "常态化开展送学上门",
        "每季度送学上门一次",
        "长期坚持",
        "",
        "长期坚持",
    ),
    (
        "机关第一党支部",
        "党费收缴情况未按月在支部公示栏公示",
        "按月公示党费收缴情况",
        "建立党费收缴公示台账",
        "",
        "2024.7.10",
        "7月15日前",
    ),
    (
        "机关第二党支部",
        "党课记录缺少授课提纲和讨论情况",
        "完善“三会一课”记录",
        "补充党课授课提纲",
        "部分完成，已补充2次党课提纲",
        "",
        "2024年8月底前",
    ),
]


def write_party(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 36, 24, 30, 22, 12, 16])
    b.line(ws, 0, "市财政局机关党委党支部组织生活专项抽查发现问题整改情况表", 7, b.title)
    b.line(ws, 1, "（根据机关党委《关于各党支部组织生活开展情况专项抽查的通报》整理，截至2024年7月25日）", 7)
    for col, word in enumerate(["序号", "党支部", "存在问题", "整改要求"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "整改落实情况", b.head)
    b.header(ws, 3, ["整改措施", "完成情况", "完成时间"], first=4)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    for i, row in enumerate(PARTY_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    r = 4 + len(PARTY_ROWS)
    b.line(
        ws, r, "填表说明：完成情况填写已完成、推进中、部分完成、未启动或长期坚持；已完成的填写完成时间。", 7
    )
    b.line(
        ws, r + 1, "填表人：            审核人：            联系电话：            填报日期：2024年7月25日", 7
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 整治形式主义为基层减负问题整改清单, after a city's 督查检查考核事项清单 (年度计划 压减; 分类: 对应省清单项目 /
# 市里自选动作, 考核 / 督查; 年控 进计划“笼子”, 月控 每月动态管控):
# http://tz.zjol.com.cn/tzxw/201904/t20190430_10027345.shtml
# An .et (Excel 97 via LibreOffice): title, a 年控/月控 preamble, one header row, section rows by 问题类别, former
# and short unit names, a 合计 row, a 注 and the office's line.
EASE_SECTIONS = [
    (
        "一、文山会海",
        [
            (
                "以会议贯彻会议，部署会议层层套开至乡镇",
                "市教育局",
                "合并同类会议，推行视频会议直达基层",
                "2024年6月30日",
                "已完成，上半年系统内会议数量同比下降31%",
                "省清单事项",
            ),
            (
                "配套发文多，要求乡镇层层制定实施方案",
                "市农委",
                "清理不必要的配套文件",
                "2024年9月底前",
                "正在清理，已废止配套文件12件",
                "自选动作",
            ),
        ],
    ),
    (
        "二、督查检查考核",
        [
            (
                "安全生产检查与消防检查分头进行，同一时段多次进村入户",
                "市安监局",
                "实行联合检查，“综合查一次”",
                "第三季度",
                "推进中",
                "省清单事项",
            ),
            (
                "考核指标设置“是否制定方案、是否召开会议”等留痕内容",
                "市卫健委",
                "删除留痕类考核指标",
                "2024年7月20日",
                "已完成",
                "省清单事项",
            ),
        ],
    ),
    (
        "三、过度留痕",
        [
            (
                "要求村（社区）对每项工作拍照留痕、建立纸质台账",
                "市民政局",
                "取消非必要纸质台账",
                "2024年8月底前",
                "未启动",
                "自选动作",
            ),
        ],
    ),
    (
        "四、指尖上的形式主义",
        [
            (
                "政务APP、工作群过多，基层干部每日多平台打卡",
                "市政务服务中心",
                "整合清理政务APP和工作群",
                "长期坚持",
                "常态化推进",
                "省清单事项",
            ),
            (
                "同一数据多头报送，基层重复填报同类报表",
                "市统计局",
                "建立基层报表“一表通”",
                "2024年12月底前",
                "进展滞后",
                "自选动作",
            ),
        ],
    ),
]


def write_ease_book(path: Path) -> Path:
    b = Book(path, author="减负办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 40, 16, 30, 16, 34, 12])
    b.line(ws, 0, "2024年整治形式主义为基层减负问题整改清单（7月调度）", 6, b.title)
    b.line(
        ws,
        1,
        "按照年度督查检查考核计划（年控）和月度例会（月控）要求，对基层反映的形式主义问题逐项建立清单，"
        "每月调度一次。",
        6,
    )
    b.header(ws, 2, ["序号", "问题表现", "责任单位", "整改措施", "完成时限", "月控调度情况", "清单来源"])
    r, n = 3, 0
    for section, rows in EASE_SECTIONS:
        b.merge(ws, r, 0, r, 6, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.row(ws, r, [n, *row])
            b.put(ws, r, 0, n, b.center)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 6, "4类7项，已完成2项，推进中2项，常态化推进1项，未启动或滞后2项")
    b.line(ws, r + 1, "注：完成时限以年度计划（年控）为准，新增或调整事项须经月度例会（月控）研究。", 6)
    b.line(ws, r + 2, "市整治形式主义为基层减负专项工作机制办公室    2024年7月26日", 6, b.right)
    return b.close()


def write_ease(path: Path) -> Path:
    return via_soffice(write_ease_book, path, "xls", "基层减负问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 公车加油卡管理专项检查问题整改台账, after a 派驻纪检监察组's 公车加油卡管理专项检查 of a 交通运输系统 (一车一卡、
# 信息登记立档、每月公示; 调阅公车加油清单: 单车加油量超油箱容积、汽油车加柴油、单车油耗畸高、节假日违规加油;
# 要求有关单位立即予以整改):
# http://wx.wzlzw.gov.cn/article/1040
# An .xls (xlwt): title, 检查单位 line, a two-row header with 是否整改到位 over 是 / 否 ticks, 交办日期 and 整改时限 in
# working days from it, a 检查人 column beside the unit, a 合计 row, a 填表说明 and a signature line.
FUEL_ROWS = [
    (
        "市交通运输局",
        "豫J·0A123",
        "加油卡未实行一车一卡，两车共用一张加油卡",
        "2024-07-08",
        "10个工作日内",
        "√",
        "",
        "已为两车分别办理加油卡并登记立档",
        "李伟",
    ),
    (
        "濮阳市公路事业发展中心",
        "豫J·0B356",
        "单车月加油量超过油箱容积3倍且无用车说明",
        "2024-07-08",
        "10个工作日内",
        "",
        "√",
        "已约谈驾驶员，正在逐笔核对加油清单",
        "李伟",
    ),
    (
        "市公交公司",
        "豫J·D0271",
        "节假日有加油记录但无派车单",
        "2024-07-09",
        "15个工作日内",
        "",
        "√",
        "",
        "张敏",
    ),
    (
        "濮阳市交通运输综合行政执法支队",
        "豫J·0C889",
        "加油卡信息未登记立档",
        "2024-07-09",
        "10个工作日内",
        "√",
        "",
        "",
        "张敏",
    ),
    (
        "市交通运输局",
        "豫J·0A127",
        "加油卡使用情况未按月公示",
        "2024-07-10",
        "2024年7月31日前",
        "",
        "",
        "",
        "李伟",
    ),
    (
        "濮阳市公路事业发展中心",
        "豫J·0B360",
        "汽油车加油记录中出现柴油加注",
        "2024-07-10",
        "20个工作日内",
        "",
        "",
        "已移交派驻纪检监察组调查",
        "张敏",
    ),
    (
        "濮阳市交通运输综合行政执法支队",
        "豫J·0C902",
        "单车百公里油耗超出核定标准40%",
        "2024-07-11",
        "10个工作日内",
        "√",
        "",
        "已更换喷油嘴，复测油耗正常",
        "李伟",
    ),
]


def write_fuel(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    cells: list[tuple] = [
        (0, 0, "交通运输系统公车加油卡管理专项检查发现问题整改台账", title, 0, 9),
        (1, 0, "检查单位：派驻市交通运输局纪检监察组        检查时间：2024年7月8日—7月11日", plain, 1, 9),
    ]
    for col, word in enumerate(["序号", "被检查单位", "车牌号", "检查发现问题", "交办日期", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "是否整改到位", h, 2, 7),
        (3, 6, "是", h),
        (3, 7, "否", h),
        (2, 8, "整改情况说明", h, 3, 8),
        (2, 9, "检查人", h, 3, 9),
    ]
    for i, row in enumerate(FUEL_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 4, 5, 6, 7, 9) else c))
    r = 4 + len(FUEL_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查公务用车32台，发现问题7个，已整改到位3个", c, r, 9),
        (
            r + 1,
            0,
            (
                "填表说明：1.整改时限自交办之日起计算，工作日按国家法定节假日安排计算；"
                "2.在“是否整改到位”栏对应处打“√”。"
            ),
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：            联系电话：            2024年7月29日", plain, r + 2, 9),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 网站安全检查登记及整改情况汇总表, after a university's 关于做好全校网站安全检查的通知 with its 附件 网站安全检查登记表
# (登记网站信息、网站管理员 (必须为在编教职工), 是否已修改后台管理账号, 是否开通校外访问; 未登记、管理员不明确、未修改
# 后台账号及存在安全隐患的网站整改达标前限制校外访问; 严重隐患即时关闭并整改):
# http://nic.hdu.edu.cn/2017/0113/c518a31896/page.htm
# An .ods (LibreOffice from .xlsx): title, 填报单位 line, a two-row header with 是否整改达标 over 是 / 否 ticks, short and
# former unit names, a 说明 block and a 联系人 line.
WEB_ROWS = [
    (
        "市人社局",
        "就业创业服务网",
        "王磊",
        "后台管理账号仍使用初始默认口令",
        "限制外网访问",
        "2024年7月15日前",
        "√",
        "",
        "",
    ),
    (
        "市不动产登记中心",
        "不动产登记网上预约系统",
        "刘洋",
        "查询页面存在SQL注入漏洞",
        "限制外网访问",
        "2024年8月10日前",
        "",
        "√",
        "开发商正在修复，已提交复测申请",
    ),
    (
        "市公积金中心",
        "住房公积金网上业务大厅",
        "陈静",
        "中间件版本过低，存在已公开的高危漏洞",
        "限制外网访问",
        "2024年7月31日前",
        "√",
        "",
        "",
    ),
    (
        "市文广新局",
        "文化旅游资讯网",
        "（空缺）",
        "网站长期无人维护，原管理员已调离",
        "即时关闭",
        "2024年7月20日前",
        "",
        "√",
        "",
    ),
    (
        "市残联",
        "残疾人服务网",
        "赵婷",
        "网页被植入博彩类暗链",
        "即时关闭",
        "2024年7月10日前",
        "√",
        "",
        "已清除暗链，经复查合格后恢复访问",
    ),
    (
        "市气象局",
        "气象科普网",
        "",
        "未登记网站管理员信息",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "市科委",
        "科技项目申报管理系统",
        "孙浩",
        "未经安全测评即开通外网访问",
        "限制外网访问",
        "2024年9月30日前",
        "",
        "",
        "正在开展等级保护测评",
    ),
]


def write_web_book(path: Path) -> Path:
    b = Book(path, author="网信办")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 16, 24, 10, 34, 14, 16, 6, 6, 30])
    b.line(ws, 0, "网站安全检查登记及整改情况汇总表", 9, b.title)
    b.line(ws, 1, "填报单位：市委网信办（盖章）                    填报时间：2024年7月26日", 9)
    words = [
        "序号",
        "主办单位",
        "网站（系统）名称",
        "网站管理员",
        "检查发现的安全隐患",
        "处置措施",
        "整改期限",
    ]
    for col, word in enumerate(words):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否整改达标", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    for i, row in enumerate(WEB_ROWS, 1):
        r = 3 + i
        b.row(ws, r, [i, *row])
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.put(ws, r, 8, row[7], b.center)
    r = 4 + len(WEB_ROWS)
    notes = [
        "说明：1.网站管理员须为主办单位在编人员；",
        "2.未登记、管理员不明确、未修改后台管理账号以及存在安全隐患的网站，在整改达标前一律限制外网访问；",
        "3.检查中发现存在严重安全隐患的网站即时关闭，整改达标经复查后方可恢复；",
        "4.整改达标的在“是”栏打“√”，未达标的在“否”栏打“√”。",
    ]
    for k, text in enumerate(notes):
        b.line(ws, r + k, text, 9)
    b.line(ws, r + len(notes), "联系人：            联系电话：", 9)
    return b.close()


def write_web(path: Path) -> Path:
    via_soffice(write_web_book, path, "ods", "网站安全检查登记及整改情况汇总表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 政府网站和政务新媒体检查复查情况的通报, after a page on 政府网站巡查报告通报 (检查范围与依据; 问题分类列举: 内容更新
# 不及时、链接失效、互动回应不达标、安全保障不足; 整体评价; 整改要求与时限: 通报下发后10个工作日内完成整改;
# 复核复查; 责任追究):
# https://m.163.com/dy/article/K6BU332R0556DLY2.html
# A .wps (Word 97 via LibreOffice): a 通报 whose items are numbered paragraphs under the four 问题分类, each with its
# 复查情况; the deadline is 10个工作日 from the first 通报's date stated in the preamble; one item extended.
GOVWEB_PARAS = [
    ("h", "一、总体情况"),
    (
        "p",
        "本季度共检查政府网站38个、政务新媒体56个，发现问题7个。经复查，已整改3个，正在整改2个，未整改2个。",
    ),
    ("h", "二、问题及整改情况"),
    ("h", "（一）内容更新不及时"),
    ("p", "1.市商务局门户网站“通知公告”栏目超过3个月未更新。复查情况：已整改。"),
    ("p", "2.市医保局政务微信公众号连续2个月未发布信息。复查情况：未整改。"),
    ("h", "（二）链接失效"),
    ("p", "3.市水务局网站“防汛信息”栏目存在12个错链断链。复查情况：已整改。"),
    (
        "p",
        "4.市司法局网站办事指南引用已废止文件，信息不准确。复查情况：正在整改，已下线错误信息，正在重新编制办事指南。",
    ),
    ("h", "（三）互动回应不达标"),
    ("p", "5.市城管执法局网站“局长信箱”留言超过10个工作日未答复。复查情况：已整改，积压留言已全部答复。"),
    ("h", "（四）安全保障不足"),
    (
        "p",
        "6.市工信局网站未部署网页防篡改措施。复查情况：正在整改，经市政府办公室同意，延期至2024年8月31日前完成。",
    ),
    (
        "p",
        "7.市退役军人事务局政务微博账号密码由第三方公司人员保管，未落实账号安全管理责任。复查情况：未整改。",
    ),
    ("h", "三、有关要求"),
    (
        "p",
        (
            "请未整改到位的单位抓紧整改，整改完成后及时将整改情况书面报送市政府办公室；对整改不力、问题反复出现的，"
            "将按规定约谈相关负责人。"
        ),
    ),
]


def write_govweb_docx(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于2024年第二季度政府网站和政务新媒体检查复查情况的通报")
    _paragraph(doc, "各县（区）人民政府，市人民政府各部门：")
    _paragraph(
        doc,
        "    根据《政府网站发展指引》和政务新媒体检查指标，市政府办公室于6月对全市政府网站和政务新媒体开展了"
        "第二季度检查，6月28日印发检查情况通报，要求被通报单位自通报印发之日起10个工作日内完成整改。7月中旬，"
        "市政府办公室对整改情况进行了复查。现将复查情况通报如下：",
    )
    for kind, text in GOVWEB_PARAS:
        if kind == "h":
            _paragraph(doc, text, font="黑体")
        else:
            _paragraph(doc, "    " + text)
    _paragraph(doc, "市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_govweb(path: Path) -> Path:
    return via_soffice(write_govweb_docx, path, "doc", "政府网站和政务新媒体检查复查情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 国企改革重点任务推进台账, after a 市国资委's 重点改革任务调度会 (委机关各科室对照地方国企指标重点量化采集表逐项解读;
# 专人填报、领导审核; 客观准确填报, 准备佐证材料报委机关相关科室备案; 按内容设立专门台账):
# https://sadc.net.cn/listing/newsshow.php?id=13943
# An .xlsx: title, 填报单位 / 调度时间 line, a two-row header with 推进情况 merged over 进展描述 / 完成状态 / 佐证材料, the
# 委机关对口科室 beside the 责任企业, short company names, a 填表说明 and a 填报人 / 审核人 line.
SOE_ROWS = [
    (
        "完善中国特色现代企业制度",
        "制定董事会授权管理办法，明确授权事项清单",
        "濮阳市投资集团有限公司",
        "2024年6月底前",
        "董事会授权管理办法已于6月18日印发",
        "已完成",
        "印发文件",
        "企业改革科",
    ),
    (
        "健全市场化经营机制",
        "子企业经理层成员任期制和契约化管理全覆盖",
        "燃气公司",
        "2024年9月30日",
        "3家子企业已签订契约，剩余1家正在协商",
        "推进中",
        "契约文本",
        "企业改革科",
    ),
    (
        "优化国有资本布局结构",
        "清理退出非主业、低效无效资产",
        "濮阳市城市建设投资集团有限公司",
        "2023-2025年",
        "已清理低效资产4处，其余正在评估",
        "部分完成",
        "资产处置批复",
        "产权管理科",
    ),
    (
        "强化国有资产监管",
        "建立违规经营投资责任追究工作体系",
        "市水务公司",
        "2024年7月底前",
        "",
        "未启动",
        "",
        "监督追责科",
    ),
    (
        "坚持党的全面领导",
        "落实党委前置研究讨论重大经营管理事项清单",
        "众意公交公司",
        "长期坚持",
        "",
        "常态化推进",
        "党委会会议纪要",
        "党建工作科",
    ),
    (
        "推进科技创新",
        "研发经费投入强度达到1.5%",
        "濮阳市投资集团有限公司",
        "2024年12月底前",
        "",
        "",
        "",
        "规划发展科",
    ),
    (
        "深化三项制度改革",
        "管理人员竞争上岗、末等调整和不胜任退出",
        "市燃气有限公司",
        "2024年第三季度",
        "中层管理人员竞聘方案已制定，待党委会审议",
        "",
        "",
        "企业改革科",
    ),
]


def write_soe(path: Path) -> Path:
    b = Book(path, author="企业改革科")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 22, 34, 26, 14, 34, 12, 14, 12])
    b.line(ws, 0, "市属国有企业改革深化提升行动重点任务推进台账（2024年7月）", 8, b.title)
    b.line(ws, 1, "填报单位：市政府国资委企业改革科（汇总）                调度时间：2024年7月24日", 8)
    for col, word in enumerate(["序号", "改革任务", "具体举措", "责任企业", "完成时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "推进情况", b.head)
    b.header(ws, 3, ["进展描述", "完成状态", "佐证材料"], first=5)
    b.merge(ws, 2, 8, 3, 8, "委机关对口科室", b.head)
    for i, row in enumerate(SOE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    r = 4 + len(SOE_ROWS)
    b.line(
        ws,
        r,
        "填表说明：1.完成状态填写“已完成”“推进中”“部分完成”“未启动”或“常态化推进”；"
        "2.专人填报、领导审核，佐证材料报委机关对口科室备案。",
        8,
    )
    b.line(ws, r + 1, "填报人：            审核人：            联系电话：", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 大清查问题整改“回头看”台账, after a county's 涉粮问题整改“回头看”专项行动 (政策性粮食承储企业67个站点、320栋仓库
# 全面自查普查; 库存数量、质量、储存安全、库存管理、销售出库等方面问题; 市政府牵头, 发改局、中储粮监管站、农发行参与):
# http://m-yicheng.cjyun.org/p/13173.html
# A CSV in GBK: title and 填报单位 lines, one header row with 问题类别 by the five 方面, 整改责任单位 and a 督导部门 beside
# it, dates as text, a 复核意见 closure column, a 合计 row and a 注 line.
GRAIN_ROWS = [
    (
        "濮阳市粮食储备有限公司",
        "城东库点",
        "P3",
        "数量",
        "实物库存与保管账相差12.6吨，差率超出规定范围",
        "查明原因并调整账实",
        "2024.7.15",
        "已查明为水分减量，已按规定核销",
        "经复核已整改到位",
    ),
    (
        "清丰县国家粮食储备库",
        "城北库点",
        "2号仓",
        "质量",
        "2号仓小麦不完善粒含量超标",
        "安排轮换出库",
        "2024年8月底前",
        "正在组织轮换出库，已出库约60%",
        "",
    ),
    (
        "范县粮油购销有限公司",
        "高码头库点",
        "5号仓",
        "储存安全",
        "仓房屋面渗漏未及时维修",
        "维修屋面防水层",
        "7月20日前完成",
        "",
        "复查合格",
    ),
    (
        "南乐县粮食收储有限公司",
        "千口库点",
        "1号仓",
        "库存管理",
        "粮情测控数据未按规定定期检测和记录",
        "完善粮情检测制度",
        "2024.7.31",
        "未整改",
        "",
    ),
    (
        "台前县粮食购销有限公司",
        "城关库点",
        "3号仓",
        "销售出库",
        "最低收购价粮出库未按规定开具出库单",
        "补开出库单并完善出库手续",
        "6月30日前完成",
        "已完成",
        "",
    ),
    (
        "濮阳县粮食储备库",
        "柳屯库点",
        "7号仓",
        "库存管理",
        "货位卡内容与保管账记载不一致",
        "更新货位卡",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "清丰县国家粮食储备库",
        "城北库点",
        "全库",
        "储存安全",
        "熏蒸作业未按规定报备",
        "严格执行熏蒸作业报备制度",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_grain(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 10
    w.writerow(["政策性粮食库存数量和质量大清查发现问题整改“回头看”台账", *blank])
    w.writerow(["填报单位：市大清查办（市发展和改革委员会）    填报日期：2024年7月26日", *blank])
    w.writerow(
        [
            "序号",
            "整改责任单位",
            "库点",
            "仓房号",
            "问题类别",
            "问题描述",
            "整改措施",
            "整改时限",
            "整改进展",
            "复核意见",
            "督导部门",
        ]
    )
    for i, row in enumerate(GRAIN_ROWS, 1):
        w.writerow([i, *row, "市发展改革委、中储粮监管站"])
    w.writerow(["合计", "", "", "", "", "共自查普查站点67个、仓房320栋，发现问题7个", "", "", "", "", ""])
    w.writerow(["注：整改时限按大清查问题整改方案确定；复核意见由县级大清查办填写。", *blank])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 社会保险基金预算执行审计发现问题整改情况的报告, after a city 人社局's 审计整改结果公告 (审计局派驻审计组对社会保险
# 基金预算执行情况进行审计, 重点审计社保经办机构, 延伸和追溯; 出具审计报告; 立行立改、边审边改; 将整改结果公告如下:
# 多发失业金问题已整改完毕; 下阶段…; 特此公告):
# https://rsj.gz.gov.cn/zwgk/zfxxgkml4/bmwj/qtwj/content/post_8054676.html
# A .doc (Word 97 via LibreOffice): a report whose items are numbered paragraphs under four 方面 headings, each naming
# a 责任科室 of the sending 人社局 or another 责任单位, an 整改时限 and (all but one) an 整改情况.
FUND_SECTIONS = [
    (
        "一、待遇发放方面",
        [
            (
                "向已死亡人员多发放基本养老金18.42万元。责任科室：养老保险科。整改时限：2024年6月30日。"
                "整改情况：已追回18.42万元，整改完毕。"
            ),
            (
                "向已就业人员多发放失业保险金9.6万元。责任科室：失业保险科。整改时限：2024年7月31日。"
                "整改情况：已追回7.2万元，剩余2.4万元正在追缴。"
            ),
            (
                "工伤保险待遇核定时未严格审核劳动能力鉴定结论。责任科室：工伤保险科。整改时限：2024年9月30日。"
                "整改情况：正在修订待遇核定审核流程。"
            ),
        ],
    ),
    (
        "二、基金收支管理方面",
        [
            (
                "社会保险基金财政专户利息收入未及时划转。责任单位：市财政局。整改时限：2024年6月底前。"
                "整改情况：已全部划转至基金财政专户。"
            ),
            (
                "部分参保单位长期欠缴社会保险费，未及时追缴。责任单位：市税务局。整改时限：2024年12月31日。"
                "整改情况：尚未整改。"
            ),
        ],
    ),
    (
        "三、参保管理方面",
        [
            (
                "城乡居民医保与职工医保重复参保2316人。责任单位：市医保局。整改时限：长期坚持。"
                "整改情况：常态化推进。"
            ),
        ],
    ),
    (
        "四、内部控制方面",
        [
            "经办内控制度不健全，部分不相容岗位未分离。责任科室：基金监督科。整改时限：2024年8月31日。",
        ],
    ),
]


def write_fund_docx(path: Path) -> Path:
    doc = _new_document("市人社局")
    _title(doc, "关于2023年度社会保险基金预算执行审计发现问题整改情况的报告")
    _paragraph(doc, "市审计局：")
    _paragraph(
        doc,
        "    2024年3月18日至4月30日，市审计局派驻审计组对我市2023年度社会保险基金预算执行情况进行了审计，"
        "重点审计了社保经办机构，并对重要事项进行了必要的延伸和追溯，于2024年5月24日出具了审计报告。"
        "我局对审计指出的问题高度重视，组织相关科室和单位边审边改，现将整改情况报告如下：",
    )
    n = 0
    for heading, items in FUND_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in items:
            n += 1
            _paragraph(doc, f"    {n}.{text}")
    _paragraph(
        doc,
        "    下阶段，我局将严格落实各环节信息比对，优化业务系统，加强待遇发放数据比对，维护社保基金安全。",
    )
    _paragraph(doc, "    特此报告。")
    _paragraph(doc, "市人力资源和社会保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fund(path: Path) -> Path:
    return via_soffice(write_fund_docx, path, "doc", "社会保险基金审计整改情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 9. 考核评估反馈问题整改“回头看”调度台账, after a 省委乡村振兴领导小组办公室's 问题整改“回头看”动员部署会 (巩固拓展
# 脱贫攻坚成果同乡村振兴有效衔接考核评估反馈问题; 脱贫人口增收、闲置低效扶贫项目资产盘活; “厕污垃”、村庄清洁行动;
# 县委县政府主要领导一周一调度; 镇村全覆盖、农户全覆盖, “两个100%”):
# http://nynct.guizhou.gov.cn/xwzx/tpyw/202308/t20230821_83806622.html
# A .zip of two .xlsx returns, one per 镇: title, 填报单位（盖章）and 调度周次 line, one header row naming the town's own
# 站所/办公室 and a 包保领导, 本周调度进展 and 是否销号, a 注 and a signature line.
RURAL_RETURNS = [
    (
        "八公桥镇",
        "濮阳县八公桥镇人民政府",
        [
            (
                "部分脱贫户务工收入下降，家庭纯收入增幅低于全县平均水平",
                "产业就业",
                "镇农业农村服务中心",
                "张建国",
                "组织劳务输出，开发公益性岗位",
                "2024年8月底前",
                "已组织劳务输出42人，开发公益性岗位15个",
                "否",
            ),
            (
                "2021年建成的帮扶车间闲置",
                "项目资产",
                "镇经济发展办公室",
                "李红",
                "盘活闲置帮扶车间",
                "2024年7月15日",
                "已引进服装加工企业入驻，6月30日复工",
                "是",
            ),
            (
                "部分农户改厕后未正常使用",
                "人居环境",
                "镇农业农村服务中心",
                "王军",
                "逐户排查维修",
                "2024年9月30日",
                "",
                "",
            ),
            (
                "防返贫监测对象识别不及时，存在应纳未纳",
                "监测帮扶",
                "镇社会事务办公室",
                "李红",
                "开展集中排查",
                "2024年7月20日",
                "已完成排查，新识别纳入监测对象3户",
                "是",
            ),
        ],
    ),
    (
        "马庄桥镇",
        "清丰县马庄桥镇人民政府",
        [
            (
                "村庄清洁行动不彻底，村内坑塘垃圾堆积",
                "人居环境",
                "镇村镇建设办公室",
                "赵磊",
                "集中清理坑塘垃圾",
                "2024.7.10",
                "已清理完毕，经县暗访组复查合格",
                "是",
            ),
            (
                "脱贫人口小额信贷逾期未及时处置",
                "金融帮扶",
                "镇财政所",
                "周平",
                "逐户核实，制定还款计划",
                "2024年8月15日",
                "未启动",
                "否",
            ),
            (
                "个别脱贫户家庭学生未享受雨露计划补助",
                "政策落实",
                "镇社会事务办公室",
                "周平",
                "核实后补发",
                "2024年9月底前",
                "已核实2名学生，补助资料已上报县乡村振兴局审核",
                "否",
            ),
            (
                "部分村供水时断时续，农村饮水保障不稳定",
                "饮水安全",
                "镇水利站",
                "赵磊",
                "常态化巡查维护供水设施",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_rural_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("调度台账")
    b.widths(ws, [6, 36, 10, 18, 10, 24, 14, 34, 8])
    b.line(ws, 0, "巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估反馈问题整改“回头看”调度台账", 8, b.title)
    b.line(ws, 1, f"填报单位：{town}（盖章）            调度周次：第29周（7月15日—7月21日）", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "反馈问题",
            "问题类型",
            "责任站所",
            "包保领导",
            "整改措施",
            "整改时限",
            "本周调度进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    r = 3 + len(rows)
    b.line(ws, r, "注：问题整改实行一周一调度，镇村全覆盖、农户全覆盖；已整改到位并经复查的填“是”销号。", 8)
    b.line(ws, r + 1, "填表人：            镇党委书记（签字）：            联系电话：", 8)
    return b.close()


def write_rural(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for short, town, rows in RURAL_RETURNS:
            name = f"考核评估反馈问题整改回头看调度台账（{short}）.xlsx"
            member = write_rural_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 文物火灾隐患整改情况记录表, after a 省文物局 column quoting the 文物消防安全检查规程 (逐项登记、逐项整改; 能当场整改
# 的立即整改; 《文物火灾隐患整改情况记录表》由消防安全责任人和消防安全管理人签名; 重大火灾隐患挂牌督办, 督办单包括
# 火灾隐患内容、督办要求与期限、整改责任单位; 检验合格后挂牌督办程序结束):
# https://twgreatdaily.com/zh-hans/930ae622cdb868345b58fa068b0fc591.html
# A .docx with one table: title, 检查单位 line, columns after the 督办单 (火灾隐患内容 / 整改责任单位 / 督办要求与期限) plus
# 是否挂牌督办, 整改情况 and 检验情况, a former unit name, a 注 and the two signatures.
RELIC_ROWS = [
    (
        "南乐县文庙大成殿",
        "殿内电气线路未穿管保护，存在私拉乱接",
        "南乐县文物保护管理所",
        "否",
        "2024年7月20日前完成线路改造",
        "已完成线路穿管改造",
        "经检验合格",
    ),
    (
        "清丰县城隍庙",
        "无消防水源，室外消火栓缺失",
        "清丰县文化广电和旅游局",
        "是",
        "2024年10月31日前完成消防给水工程",
        "已编制消防给水工程方案，报省文物局审批",
        "",
    ),
    (
        "濮阳县张氏祠堂",
        "祠堂内有人员居住并使用液化气钢瓶做饭",
        "濮阳县文化广电和旅游局",
        "否",
        "2024年7月5日前",
        "已清理液化气钢瓶，居住人员已搬离",
        "复查合格",
    ),
    (
        "台前县刘邓大军渡河纪念馆",
        "消防控制室值班人员未持证上岗",
        "台前县刘邓大军渡河纪念馆",
        "否",
        "2024年8月31日前",
        "未整改",
        "",
    ),
    (
        "华龙区戚城文物景区",
        "木构建筑周边堆放可燃杂物",
        "市文化局",
        "否",
        "2024年7月12日前",
        "",
        "",
    ),
    (
        "范县革命纪念馆",
        "文物库房未设置气体灭火系统",
        "范县革命纪念馆",
        "是",
        "2024-2025年",
        "已列入文物保护专项资金申报计划",
        "",
    ),
    (
        "南乐县仓颉陵",
        "开放区域禁烟管控不到位，未设置禁烟标识",
        "南乐县仓颉陵文物管理所",
        "否",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_relic(path: Path) -> Path:
    doc = _new_document("文物科")
    _title(doc, "文物建筑火灾隐患整改情况记录表（汇总）", 18)
    _paragraph(doc, "检查单位：市消防救援支队文物消防安全专项检查组        汇总时间：2024年7月25日", 12)
    header = [
        "序号",
        "文物保护单位",
        "火灾隐患内容",
        "整改责任单位",
        "是否挂牌督办",
        "督办要求与期限",
        "整改情况",
        "检验情况",
    ]
    rows = [[str(i), *row] for i, row in enumerate(RELIC_ROWS, 1)]
    _table(doc, header, rows, 9)
    _paragraph(
        doc,
        "注：本表依据《文物消防安全检查规程（试行）》填写；挂牌督办的重大火灾隐患整改完毕，经督办单位检验合格后，"
        "挂牌督办程序结束。",
        10.5,
    )
    _paragraph(
        doc,
        "消防安全责任人（签名）：            消防安全管理人（签名）：            填表日期：2024年7月25日",
        10.5,
    )
    return _save_fixed(doc, path)


FILES = [
    ("市财政局机关党委党支部组织生活专项抽查问题整改情况表.xlsx", write_party),
    ("2024年整治形式主义为基层减负问题整改清单（7月调度）.et", write_ease),
    ("交通运输系统公车加油卡管理专项检查问题整改台账.xls", write_fuel),
    ("网站安全检查登记及整改情况汇总表.ods", write_web),
    ("关于2024年第二季度政府网站和政务新媒体检查复查情况的通报.wps", write_govweb),
    ("市属国有企业改革深化提升行动重点任务推进台账（2024年7月）.xlsx", write_soe),
    ("政策性粮食库存大清查问题整改回头看台账.csv", write_grain),
    ("关于2023年度社会保险基金预算执行审计发现问题整改情况的报告.doc", write_fund),
    ("巩固拓展脱贫攻坚成果考核评估反馈问题整改回头看台账（两镇）.zip", write_rural),
    ("文物建筑火灾隐患整改情况记录表（汇总）.docx", write_relic),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

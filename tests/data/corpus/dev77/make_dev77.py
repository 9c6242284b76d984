"""Write the dev77 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 城市管理综合执法, 燃气安全, 电动自行车充电, 学校食堂, 医保基金, 耕地保护, 河湖长制, 物业服务,
拖欠农民工工资, 营商环境投诉. Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with a
BOM, a .docx with a table whose school cells are merged downwards, an .et (Excel 97 via LibreOffice), an .ods
(LibreOffice conversion), a .wps (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_dev77.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs write the same bytes.
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
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.money = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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
# 1. 城市管理综合执法 专项整治, after a 旗城市管理综合行政执法局's weekly account of its work (本周工作动态: 户外广告牌匾
# 专项整治，拆除违规设立广告牌; 主城区餐饮业油烟污染扰民专项整治，未安装或不正常使用油烟净化器的限期整改，每月至少
# 全面检查一次，入户查看清洗台账; 噪音污染扰民排查整治):
# https://swgk.naimanyun.cn/front/information/106043
# An .xlsx: title naming the week, 填报单位 line, a preamble line, one header row, the rows grouped under three
# merged 专项 headings (一、二、三), the 执法中队 (sections of the sender) as 责任中队, a 交办日期 beside
# 立行立改 / N日内 / dates, a 合计 row and a signature line.
CITY_GROUPS = [
    (
        "一、户外广告牌匾专项整治",
        [
            (
                "人民路与胜利路交叉口东北角",
                "楼顶大型广告牌锈蚀松动，存在坠落隐患",
                "执法一中队",
                date(2024, 7, 22),
                "责令产权单位拆除",
                "立行立改",
                "已拆除",
            ),
            (
                "中原路（京开道至大庆路段）",
                "12家商户门头牌匾未经审批设置、规格不一",
                "执法二中队",
                date(2024, 7, 22),
                "督促商户按设置标准规范门头牌匾",
                "8月31日前",
                "已规范5家，其余7家正在整改",
            ),
            (
                "开州路步行街入口",
                "跨街横幅过期未撤除",
                "执法三中队",
                date(2024, 7, 23),
                "清理横幅",
                "3日内",
                "已清理",
            ),
        ],
    ),
    (
        "二、主城区餐饮业油烟污染扰民专项整治",
        [
            (
                "胜利路“老街烧烤”店",
                "未安装油烟净化器，油烟直排扰民",
                "执法一中队",
                date(2024, 7, 24),
                "下达责令限期整改通知书",
                "2024年8月10日",
                "已购置油烟净化设备，待安装",
            ),
            (
                "大庆路美食街",
                "3家餐饮店油烟净化器未正常使用，无清洗记录",
                "执法二中队",
                date(2024, 7, 24),
                "督促清洗并建立清洗台账",
                "7月31日前",
                "",
            ),
            (
                "主城区",
                "新开餐饮店铺的油烟净化设施未纳入月度检查",
                "执法三中队",
                date(2024, 7, 25),
                "每月至少全面检查一次，入户查看净化设施运行情况",
                "长期坚持",
                "常态化推进",
            ),
            (
                "黄河路“川味小厨”",
                "排烟口正对居民窗户，群众多次投诉",
                "执法三中队",
                date(2024, 7, 25),
                "责令改造排烟口",
                "2024年8月15日",
                "未整改",
            ),
        ],
    ),
    (
        "三、噪音污染扰民排查整治",
        [
            (
                "绿城小区北侧广场",
                "广场舞音响音量过大，夜间噪音扰民",
                "执法一中队",
                date(2024, 7, 26),
                "协调社区划定活动时段、限定音量",
                "7月底前",
                "已与社区协调，正在劝导",
            ),
            (
                "京开道与黄河路交叉口西南角",
                "建筑工地夜间违规施工产生噪音",
                "执法二中队",
                date(2024, 7, 26),
                "责令停止夜间施工",
                "立行立改",
                "已停止夜间施工，复查无反弹",
            ),
        ],
    ),
]


def write_city(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("本周问题台账")
    b.widths(ws, [6, 24, 34, 12, 12, 30, 14, 28])
    b.line(ws, 0, "城市管理综合执法专项整治发现问题处置台账（2024年7月22日—7月28日）", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市城市管理局（综合行政执法支队）    填报日期：2024年7月29日", 7)
    b.line(
        ws,
        2,
        "本周，我局组织执法人员在主城区开展户外广告牌匾、餐饮业油烟污染扰民、噪音污染扰民三项专项整治，"
        "现将发现问题及处置情况报告如下（整改期限自交办之日起计算）。",
        7,
    )
    b.header(ws, 3, ["序号", "点位", "存在问题", "责任中队", "交办日期", "处置措施", "整改期限", "整改情况"])
    r, n = 4, 0
    for heading, rows in CITY_GROUPS:
        b.merge(ws, r, 0, r, 7, heading, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "本周发现问题9处，已办结3处，正在整改4处，未整改1处")
    b.line(ws, r + 2, "审核：刘振华    填表：王晓东    联系电话：0393-8336120", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 商户燃气安全专项排查, after a 街道's 国庆节前商户燃气安全专项检查 by a 社区 with the 街道办 (燃气罐是否过期、合格
# 标识, 管道锈蚀松动, 软管老化破损私拉乱接, 报警器安装规范, 灭火器材; 可即时整改的督促商户当场完成更换与调整; 需限期
# 整改的填写《燃气安全隐患排查记录表》，明确整改责任人与完成时限，并约定“回头看”时间; 建立隐患整改跟踪台账):
# http://www.laiwu.gov.cn/art/2025/9/25/art_36467_4819030.html
# An .xls (xlwt): title, 填报单位/排查时间 line, one header row with the 责任商户 (premises), a 整改方式 column
# (当场整改 / 限期整改), the 整改责任人 (a person), 完成时限 (立行立改 for on-the-spot ones), the agreed “回头看”
# 时间 beside the 整改结果, a 注 line and a signature line.
GAS_ROWS = [
    (
        "濮阳市华龙区福满楼饭店",
        "胜利路128号",
        "燃气连接软管老化龟裂",
        "当场整改",
        "王福满",
        "立行立改",
        "—",
        "已当场更换软管",
    ),
    (
        "濮阳市华龙区老马家烩面馆",
        "建设路36号",
        "燃气报警器安装位置不当，距灶具过远",
        "当场整改",
        "马建国",
        "立行立改",
        "—",
        "已当场调整报警器位置",
    ),
    (
        "濮阳市华龙区鑫旺便利超市",
        "建设路52号",
        "店内存放液化石油气钢瓶3只，其中1只超过检验期",
        "限期整改",
        "李鑫",
        "2024年7月23日",
        "7月24日",
        "过期钢瓶已交供气企业回收，回头看合格",
    ),
    (
        "濮阳市华龙区好运来早餐店",
        "胜利路96号",
        "钢瓶与灶具间距不足0.5米",
        "限期整改",
        "刘好运",
        "7月31日前",
        "8月1日",
        "正在改造操作间",
    ),
    (
        "濮阳市华龙区宏达便民服务部",
        "长庆路17号",
        "燃气管道穿墙处锈蚀，未加装套管",
        "限期整改",
        "赵宏达",
        "2024年8月15日",
        "8月16日",
        "",
    ),
    (
        "濮阳市华龙区一品鲜饺子馆",
        "建设路88号",
        "后厨灭火器已过有效期",
        "限期整改",
        "孙一品",
        "2024年7月20日",
        "7月22日",
        "回头看时仍未整改",
    ),
    (
        "濮阳市华龙区蜀香串串火锅店",
        "胜利路140号",
        "私拉乱接燃气软管，一瓶多灶",
        "限期整改",
        "周蜀香",
        "2024年7月26日",
        "7月29日",
        "已整改，回头看合格",
    ),
    (
        "濮阳市华龙区金城兰州拉面馆",
        "长庆路41号",
        "用气场所未安装可燃气体泄漏报警器",
        "限期整改",
        "马金城",
        "2024年8月10日",
        "8月12日",
        "已购买报警器，待安装",
    ),
]


def write_gas(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "商户燃气安全隐患排查记录表（隐患整改跟踪台账）", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳市华龙区胜利路街道办事处（建设路社区）    排查时间：2024年7月16日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "责任商户",
            "经营地址",
            "隐患描述",
            "整改方式",
            "整改责任人",
            "完成时限",
            "“回头看”时间",
            "整改结果",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(GAS_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 7) else c))
    r = 3 + len(GAS_ROWS)
    cells += [
        (
            r,
            0,
            "注：软管老化、报警器位置不当等可即时整改的隐患，督促商户当场完成更换与调整；需限期整改的，"
            "明确整改责任人与完成时限，并约定“回头看”时间。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "排查人：张丽、陈国栋    社区负责人：郑红霞    填报日期：2024年7月30日", plain, r + 1, 8),
    ]
    return _write_xls(path, [("排查记录", cells, [6, 26, 14, 34, 10, 10, 14, 12, 30])])


# ---------------------------------------------------------------------------------------------
# 3. 电动自行车消防安全专项排查整治, after a 街道's account (逐小区、逐楼栋、逐单元、逐户进行全方位、地毯式摸排; 楼道、
# 楼梯间、公共连廊及安全出口; 违规停放、飞线充电、电梯内报警设备; 停放在楼道口的责令移至指定停放点; 联合住建部门选址
# 勘察，拟定充电车棚选址建设方案，推进小区充电桩建设):
# http://www.northnews.cn/p/2285825.html
# A CSV in UTF-8 with a BOM: a title line, a 填报单位/排查时间 line, one header line (社区, 小区, 楼栋单元 beside the
# 隐患类型 and 隐患情况), 物业公司、社区居委会 and the short name 市住建局 as 整改责任单位, a 合计 line and a 填报人 line.
EBIKE_ROWS = [
    (
        "建设路社区",
        "绿园小区",
        "3号楼2单元",
        "楼道停放",
        "一楼楼梯间停放电动自行车5辆，堵塞疏散通道",
        "濮阳市绿园物业服务有限公司",
        "移至小区指定停放点",
        "2024-07-05",
        "已清理",
    ),
    (
        "建设路社区",
        "建设路18号院",
        "1号楼",
        "飞线充电",
        "住户从4楼窗户私拉电线至楼下为电动车充电",
        "人民路街道建设路社区居民委员会",
        "入户劝导，拆除飞线",
        "2024-07-10",
        "已拆除",
    ),
    (
        "文化社区",
        "金色家园",
        "7号楼",
        "电梯阻车",
        "电梯内未安装电动自行车阻车报警装置",
        "濮阳市金色家园物业管理有限公司",
        "加装电梯阻车系统",
        "2024-08-31",
        "已签订采购合同，正在安装",
    ),
    (
        "文化社区",
        "文化小区（无物业老旧小区）",
        "全小区",
        "充电设施不足",
        "小区无集中充电设施，居民普遍飞线充电",
        "市住建局",
        "选址建设集中充电车棚",
        "2024年10月底前",
        "已初步拟定选址建设方案",
    ),
    (
        "胜利社区",
        "阳光花园",
        "5号楼1单元",
        "入户充电",
        "住户将电动自行车推入家中充电",
        "濮阳市阳光物业服务有限公司",
        "入户宣传，劝导到楼下集中充电",
        "长期坚持",
        "常态化巡查劝导",
    ),
    (
        "胜利社区",
        "胜利小区",
        "公共连廊",
        "违规停放",
        "二楼公共连廊停放电动车并充电",
        "人民路街道胜利社区居民委员会",
        "清理车辆，张贴禁停标识",
        "2024-07-15",
        "未整改",
    ),
    (
        "建设路社区",
        "绿园小区",
        "地下车库",
        "消防器材",
        "地下车库充电区未配备灭火器材",
        "濮阳市绿园物业服务有限公司",
        "配备灭火器和消防沙",
        "2024-07-31",
        "",
    ),
    (
        "文化社区",
        "金色家园",
        "东门",
        "违规停放",
        "电动车停放占用消防车通道",
        "濮阳市金色家园物业管理有限公司",
        "施划电动车停放区域",
        "2024-08-10",
        "正在施划停放区",
    ),
]


def write_ebike(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["电动自行车违规停放充电隐患排查整治台账"])
    w.writerow(["填报单位：濮阳市华龙区人民路街道办事处    排查时间：2024年7月1日至7月20日"])
    w.writerow(
        [
            "序号",
            "社区",
            "小区名称",
            "楼栋单元",
            "隐患类型",
            "隐患情况",
            "整改责任单位",
            "整改措施",
            "整改时限",
            "整改状态",
        ]
    )
    for i, row in enumerate(EBIKE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "3个社区", "排查小区18个", "", "", "发现隐患8处，已整改2处", "", "", "", ""])
    w.writerow(["填报人：高雪梅    联系电话：0393-8216607    填报日期：2024年7月29日"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 学校食堂餐督查, after a 教体局's account of its check of six schools' canteens (基建中心、计财科一行; 学生餐费
# 支出和退费核算; 膳食委员会是否成立、组成是否合理、是否参与食堂餐管理; 学生就餐满意度; 每日食谱与宣传食谱是否相同;
# 学生餐菜谱用量是否达标; 食材的用量和新鲜度是否开展核查; 提出整改意见):
# https://www.ningguo.gov.cn/OpennessContent/show/3438630.html
# A .docx: a report to the 督查局 with 主送 and a preamble, one table whose 责任学校 cells are merged downwards over
# the school's rows, the 检查科室 (the inspector, the sender's own sections) beside the problem, a 附注 paragraph and
# the office and date at the foot.
CANTEEN_ROWS = [
    (
        "濮阳市第四中学",
        "计财科",
        "膳食委员会未成立，家长代表未参与食堂管理",
        "成立膳食委员会，吸收家长代表参与食堂监督",
        "2024年8月31日前",
        "已拟定膳食委员会人员名单，待开学后公示",
    ),
    (
        "",
        "计财科",
        "学生餐费退费明细未按月公示",
        "每月公示餐费收支和退费明细",
        "长期坚持",
        "长期坚持",
    ),
    (
        "濮阳市华龙区城南学校",
        "基建装备中心",
        "每日实际供餐食谱与校园公示食谱不一致",
        "严格按公示食谱供餐",
        "2024年7月20日",
        "已整改",
    ),
    (
        "",
        "基建装备中心",
        "肉类食材每日用量低于学生餐标准",
        "按标准足量采购，每日核查用量",
        "2024年7月31日",
        "",
    ),
    (
        "濮阳市开州路小学",
        "基建装备中心",
        "食材验收记录缺少新鲜度核查内容",
        "完善食材验收登记表",
        "7月25日前",
        "已完善食材验收登记表",
    ),
    (
        "",
        "计财科",
        "食堂餐费支出存在现金支付且无正规票据",
        "规范对公转账支付，补齐票据",
        "2024年9月30日",
        "未整改",
    ),
    (
        "濮阳市第二实验小学",
        "计财科",
        "学生就餐满意度调查未开展",
        "每学期开展一次学生就餐满意度调查",
        "第三季度",
        "正在设计调查问卷",
    ),
]


def write_canteen(path: Path) -> Path:
    doc = _new_document("基建装备中心")
    _title(doc, "濮阳市教育局关于学校食堂餐督查发现问题整改情况的报告", 20)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "7月10日和12日，我局基建装备中心、计财科一行分别到第四中学等4所学校开展食堂餐相关工作检查，核算学生"
        "餐费支出和退费，查看膳食委员会成立和运行情况，抽查学生就餐情况，核对每日食谱和食材用量。现将发现的"
        "问题及整改情况报告如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(CANTEEN_ROWS, 1)]
    table = _table(
        doc, ["序号", "责任学校", "检查科室", "发现问题", "整改意见", "整改时限", "整改落实情况"], body
    )
    starts = [i for i, row in enumerate(CANTEEN_ROWS, 1) if row[0]] + [len(CANTEEN_ROWS) + 1]
    for top, nxt in zip(starts, starts[1:], strict=False):
        if nxt - 1 > top:
            table.cell(top, 1).merge(table.cell(nxt - 1, 1))
    _paragraph(doc, "附注：整改落实情况由各学校填报，我局将于秋季开学前组织复查。", 12)
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 医保基金使用自查自纠, after a city 医保局's account (按照国家《定点医疗机构违法违规使用医疗保障基金典型问题
# 清单》，围绕重复收费、虚构诊疗项目、串换诊疗项目、超标准收费、分解项目收费、过度诊疗等26类300项问题清单，组织
# 定点医药机构开展自查自纠，主动退缴; 对县(区)医保局2022年以来基金监管工作进行“回头看”，责令重新进行行政处罚):
# http://nxzwnews.net/xw/zwxx/202411/t20241106_5020114.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 merged over 整改时限/整改情况/是否销号), the 被检查
# 单位 (hospitals, a pharmacy and one 县医保局 from the 回头看), the 问题类别 in the list's own words, 涉及金额 as
# numbers, a 合计 row summing them, a 填表说明 line and a signature line.
MEDINS_ROWS = [
    (
        "濮阳市人民医院",
        "三级",
        "重复收费",
        "静脉输液同时重复收取静脉注射费",
        23460.00,
        "已主动退缴",
        "2024年7月15日",
        "已完成整改",
        "是",
    ),
    (
        "濮阳市中医医院",
        "三级",
        "串换诊疗项目",
        "将普通针刺串换为电针收费",
        15820.50,
        "已退回",
        "7月31日前",
        "已完成",
        "是",
    ),
    (
        "濮阳县人民医院",
        "二级",
        "超标准收费",
        "一次性医用耗材加价收费",
        8640.00,
        "已退回5000元",
        "2024年8月31日",
        "正在核对剩余金额",
        "否",
    ),
    (
        "清丰县中医院",
        "二级",
        "分解项目收费",
        "将血液透析治疗分解为多项收费",
        31200.00,
        "未退回",
        "2024年8月15日",
        "",
        "否",
    ),
    (
        "濮阳市华龙区康宁诊所",
        "一级及以下",
        "虚构诊疗项目",
        "虚记中药熏洗治疗次数",
        4300.00,
        "已追回，处违约金2150元",
        "2024年7月10日",
        "已整改",
        "是",
    ),
    (
        "南乐县福康大药房",
        "定点零售药店",
        "串换药品",
        "将非医保目录保健品串换为医保目录药品结算",
        6780.00,
        "",
        "2024年9月30日",
        "已约谈负责人，正在核查进销存数据",
        "否",
    ),
    (
        "范县人民医院",
        "二级",
        "过度诊疗",
        "住院患者普遍开展肿瘤标志物套餐检查",
        42150.00,
        "",
        "第三季度",
        "",
        "",
    ),
    (
        "濮阳县医疗保障局",
        "—",
        "基金监管“回头看”",
        "2022年以来部分行政处罚案件处罚额度偏低，未按规定重新作出处罚",
        None,
        "—",
        "2024年8月底前",
        "已重新立案3件",
        "否",
    ),
]


def write_medins(path: Path) -> Path:
    b = Book(path, author="基金监管科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 22, 12, 16, 40, 14, 20, 16, 26, 10])
    b.line(ws, 0, "2024年定点医药机构医保基金使用自查自纠及“回头看”问题整改清单", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市医疗保障局（基金监管科）    填报日期：2024年7月29日", 9)
    for c, word in enumerate(
        ["序号", "被检查单位", "机构级别", "问题类别", "问题描述", "涉及金额（元）", "退回（追回）情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改情况", "是否销号"], first=7)
    total = 0.0
    for i, row in enumerate(MEDINS_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c == 5:
                b.put(ws, r, c, v, b.money)
            else:
                b.put(ws, r, c, v, b.center if c in (2, 9) else b.cell)
        total += row[4] or 0.0
    end = 4 + len(MEDINS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "定点医药机构7家，县（区）医保局1个", b.cell)
    b.put(ws, end, 5, round(total, 2), b.money)
    b.merge(ws, end, 6, end, 9, "", b.cell)
    b.line(
        ws,
        end + 1,
        "填表说明：问题类别对照《定点医疗机构违法违规使用医疗保障基金典型问题清单》填写；违规金额全部退回并经复核的，"
        "“是否销号”填“是”。",
        9,
    )
    b.line(ws, end + 2, "科室负责人：杨建新    填表人：刘倩    联系电话：0393-8998105", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 田长制巡田发现问题处置, after a district's account of its 田长制 (“街道田长+村田长+网格田管员”三级责任体系;
# 划分耕地保护网格; 建立田长制工作台账，“一田一档、动态管理”; “日常巡查+重点检查”，重点排查乱占耕地建房、非法
# 取土、撂荒等问题; “巡查-上报-处置-反馈”闭环机制):
# https://www.lzq.gov.cn/mshow/20250716094135358.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row naming the three tiers (乡镇 with the
# 乡镇田长, 村 with the 村级田长, the 网格田管员 — people, never units), the 发现时间 and 反馈时间 (events) around the
# 处置时限, the 乡镇人民政府 as 责任单位, a 说明 line and a signature line.
FARM_ROWS = [
    (
        "五星乡",
        "东郭村",
        "第3网格 / 郭建民",
        date(2024, 7, 3),
        "乱占耕地建房",
        "村民在一般耕地上新建房屋地基约180平方米",
        "濮阳县五星乡人民政府",
        "责令停工，拆除地基并复耕",
        "2024年7月20日",
        "已拆除地基并复耕，已销号",
        date(2024, 7, 19),
    ),
    (
        "五星乡",
        "西郭村",
        "第5网格 / 李秋云",
        date(2024, 7, 5),
        "非法取土",
        "永久基本农田内非法取土，形成坑塘约2亩",
        "濮阳县五星乡人民政府",
        "移交县自然资源局立案，回填复耕",
        "2024年9月底前",
        "已移交立案，正在回填",
        "",
    ),
    (
        "胡状镇",
        "后屯村",
        "第2网格 / 王书安",
        date(2024, 7, 8),
        "耕地撂荒",
        "村北耕地撂荒约15亩",
        "濮阳县胡状镇人民政府",
        "协调土地流转，恢复耕种",
        "2024年10月31日",
        "已联系种植大户洽谈流转",
        "",
    ),
    (
        "胡状镇",
        "王庄村",
        "第4网格 / 王海军",
        date(2024, 7, 10),
        "挖塘养鱼",
        "占用耕地挖塘养鱼约3亩",
        "濮阳县胡状镇人民政府",
        "回填坑塘，恢复耕地",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "梁庄镇",
        "北街村",
        "第1网格 / 赵春生",
        date(2024, 7, 11),
        "违规堆放",
        "耕地内堆放建筑垃圾约300立方米",
        "濮阳县梁庄镇人民政府",
        "清运建筑垃圾，恢复耕作条件",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "梁庄镇",
        "李家村",
        "第6网格 / 李红梅",
        date(2024, 7, 15),
        "设施农业用地",
        "蔬菜大棚内违规建设看护房，超标准约60平方米",
        "濮阳县梁庄镇人民政府",
        "拆除超标准部分",
        "2024年7月31日",
        "已拆除",
        date(2024, 7, 29),
    ),
    (
        "文留镇",
        "张庄村",
        "第2网格 / 张国强",
        date(2024, 7, 18),
        "巡田履职",
        "网格田管员巡田记录不全，未按月上报巡田情况",
        "濮阳县文留镇人民政府",
        "落实巡田日志和月报制度",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="田长办")
    ws = b.sheet("巡田问题台账")
    b.widths(ws, [6, 10, 10, 18, 12, 14, 36, 22, 26, 16, 26, 12])
    b.line(ws, 0, "田长制巡田发现问题处置台账（2024年7月）", 11, b.title)
    b.line(
        ws, 1, "填报单位：濮阳县田长制工作领导小组办公室（县自然资源局代章）    填报日期：2024年7月30日", 11
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "乡镇",
            "村",
            "网格及田管员",
            "发现时间",
            "问题类型",
            "问题描述（位置、面积）",
            "责任单位",
            "处置措施",
            "处置时限",
            "处置结果",
            "反馈时间",
        ],
    )
    for i, row in enumerate(FARM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FARM_ROWS)
    b.line(
        ws,
        end,
        "说明：按“巡查-上报-处置-反馈”闭环管理，处置结果经村级田长核实、乡镇田长确认后销号。",
        11,
    )
    b.line(ws, end + 1, "填报人：范志刚    审核人：宋立明    联系电话：0393-3221576", 11)
    return b.close()


def write_farm(path: Path) -> Path:
    return via_soffice(write_farm_book, path, "xls", "田长制巡田发现问题处置台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 河湖“清四乱”问题整改进展周报, after a 水务局's account of its 清四乱 专项行动 (乱占、乱采、乱堆、乱建; 对照问题
# 清单，逐项明确治理目标、任务措施和进度安排; 建立台账销号、周报月报制度; 发现一处、清理一处、销号一处; 完成率):
# http://39.100.6.178/info_data.asp?cl=6&id=21310
# An .ods (LibreOffice conversion): title naming the week, 填报单位 line, a 累计 line at the top, one header row with
# 治理目标 and 进度安排 (a schedule text whose last date is the deadline), 本周进展 beside 销号情况, the 县区人民政府,
# 县水利局 and the 市城市管理局 as 整改责任单位, a 注 line and a signature line.
RIVER_ROWS = [
    (
        "金堤河",
        "濮阳县",
        "乱建",
        "金堤河右岸管理范围内违建养殖棚约400平方米",
        "濮阳县人民政府",
        "拆除违建，恢复岸线",
        "7月20日前完成拆除，7月底前销号",
        "违建已拆除，县河长办已复核",
        "已销号",
    ),
    (
        "马颊河",
        "华龙区",
        "乱堆",
        "马颊河华龙区段堤坡堆放建筑垃圾约600立方米",
        "市城市管理局",
        "清运建筑垃圾，平整堤坡",
        "8月10日前清运完毕",
        "已清运约400立方米",
        "未销号",
    ),
    (
        "徒骇河",
        "清丰县",
        "乱占",
        "河道内种植高秆作物阻碍行洪约20亩",
        "清丰县人民政府",
        "清除阻水高秆作物",
        "2024年7月15日前",
        "已清除",
        "已销号",
    ),
    (
        "卫河",
        "南乐县",
        "乱采",
        "卫河南乐段河道内非法采砂形成深坑",
        "南乐县水利局",
        "立案查处，回填平整",
        "8月底前完成回填，9月15日前销号",
        "已立案查处，正在组织回填",
        "未销号",
    ),
    (
        "黄河",
        "范县",
        "乱建",
        "黄河滩区违建看护房3处",
        "范县人民政府",
        "依法拆除",
        "2024年8月20日前",
        "未启动",
        "未销号",
    ),
    (
        "潴龙河",
        "华龙区",
        "乱堆",
        "潴龙河左岸堆放生活垃圾",
        "濮阳市华龙区人民政府",
        "清理生活垃圾，设置警示牌",
        "7月25日前",
        "",
        "",
    ),
    (
        "金堤河",
        "台前县",
        "乱占",
        "金堤河台前段违规设置浮动餐饮平台",
        "台前县人民政府",
        "依法取缔",
        "2024年9月30日前",
        "已下达限期拆除通知，经营者正在自行拆除",
        "未销号",
    ),
    (
        "濮清南干渠",
        "清丰县",
        "乱占",
        "干渠管理范围内违规设置临时砂石料场",
        "清丰县水利局",
        "清除料场，恢复原貌",
        "7月31日前",
        "已清除",
        "已销号",
    ),
]


def write_river_book(path: Path) -> Path:
    b = Book(path, author="河长办")
    ws = b.sheet("第30周")
    b.widths(ws, [6, 12, 10, 8, 38, 20, 22, 30, 30, 10])
    b.line(ws, 0, "全市河湖“清四乱”问题整改进展周报表（2024年第30周）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市河长制办公室    填报日期：2024年7月29日", 9)
    b.line(ws, 2, "累计：台账内问题8个，已整改销号3个，销号率37.5%", 9)
    b.header(
        ws,
        3,
        [
            "序号",
            "河湖名称",
            "所在县区",
            "问题类别",
            "问题描述",
            "整改责任单位",
            "治理目标",
            "进度安排",
            "本周进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(RIVER_ROWS)
    b.line(ws, end, "注：“销号情况”栏，经县级河长办复核合格的填写“已销号”；本表每周一报送。", 9)
    b.line(ws, end + 1, "填报人：孔令伟    审核人：黄志强    联系电话：0393-8993517", 9)
    return b.close()


def write_river(path: Path) -> Path:
    via_soffice(write_river_book, path, "ods", "河湖清四乱问题整改进展周报表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 住宅小区物业服务量化考核, after a city 房管局's 住宅小区物业服务量化考核办法 (8大项39小项: 制度建设、环境卫生管理、
# 绿化管理、治安保卫管理、公共设施设备管理、房屋及维修管理、业主委员会和长效管理制度建设; 发现一处不符扣1分; 检查
# 考核中发现的问题责令物业服务企业限期改正，整改不到位的给予黄牌警告并约谈; 连续三次黄牌且投诉较多的给予红牌):
# http://www.sqzimxl.cn/p/16095.html
# A .zip of two returns: a 物业服务企业's .xlsx (its own 项目部 and 客服中心 as sections; 考核大项/小项, 扣分, the
# district's 复查 beside the 整改完成情况, a 合计扣分 row) and a 街道's .docx (the 物业服务企业 as 整改责任单位, a
# 黄牌/红牌 column).
PROPERTY_ROWS = [
    (
        "环境卫生管理",
        "清扫保洁",
        "安居·锦园小区",
        "垃圾桶周边积存垃圾，未做到日产日清",
        1,
        "锦园项目部",
        "2024.7.12",
        "已整改",
        "复查合格",
    ),
    (
        "绿化管理",
        "绿化养护",
        "安居·锦园小区",
        "中心绿地部分草坪枯死、杂草丛生",
        2,
        "锦园项目部",
        "8月15日前",
        "正在补植草坪",
        "",
    ),
    (
        "公共设施设备管理",
        "消防设施",
        "安居·华府小区",
        "地下车库消火栓箱内水带缺失",
        2,
        "华府项目部",
        "2024.7.20",
        "已补齐水带",
        "复查合格",
    ),
    (
        "房屋及维修管理",
        "维修养护",
        "安居·华府小区",
        "6号楼外墙瓷砖空鼓脱落未及时处置",
        3,
        "华府项目部",
        "2024.9.30",
        "",
        "",
    ),
    (
        "业主委员会和长效管理制度建设",
        "投诉处理",
        "安居·锦园小区",
        "业主投诉登记台账不全，2起投诉未在规定时限内回复",
        2,
        "客服中心",
        "2024.7.10",
        "已补齐台账并回复业主",
        "复查合格",
    ),
    (
        "治安保卫管理",
        "出入管理",
        "安居·华府小区",
        "夜间门岗无人值守，外来车辆随意进出",
        2,
        "华府项目部",
        "2024.7.15",
        "未整改",
        "复查不合格",
    ),
]
STREET_ROWS = [
    (
        "康乐园小区",
        "濮阳市康乐物业管理有限公司",
        "小区公示栏未公示物业服务收费标准及公共收益收支情况",
        "黄牌",
        "2024年7月31日前",
        "已在各单元公示栏公示",
    ),
    (
        "盛世嘉园",
        "濮阳市盛世物业服务有限公司",
        "电梯维保记录缺失，2部电梯年检标志过期",
        "黄牌",
        "2024年7月20日",
        "维保单位正在补检",
    ),
    (
        "御景苑",
        "濮阳市御景物业服务有限公司",
        "楼道堆放杂物，消防通道被占用",
        "—",
        "2024年7月15日",
        "已清理",
    ),
    (
        "龙城小区",
        "濮阳市龙城物业管理有限公司",
        "连续三次考核不达标，业主投诉较多",
        "红牌",
        "2024年8月31日",
        "已约谈企业负责人，正在制定整改方案",
    ),
    (
        "幸福里小区",
        "濮阳市幸福里物业服务有限公司",
        "小区雨污管网堵塞，雨天污水外溢",
        "—",
        "8月10日前",
        "",
    ),
    (
        "康乐园小区",
        "濮阳市康乐物业管理有限公司",
        "监控室夜间值班记录不全",
        "—",
        "2024年7月25日",
        "未整改",
    ),
]


def write_property_book(path: Path) -> Path:
    b = Book(path, author="品质管理部")
    ws = b.sheet("扣分项整改")
    b.widths(ws, [6, 18, 12, 16, 38, 8, 12, 12, 22, 12])
    b.line(ws, 0, "2024年第二季度住宅小区物业服务量化考核扣分项整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市安居物业服务有限公司    考核时间：2024年7月8日至7月9日    填报日期：2024年7月26日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "考核大项",
            "考核小项",
            "服务项目",
            "扣分原因",
            "扣分",
            "责任部门",
            "整改时限",
            "整改完成情况",
            "区房管中心复查",
        ],
    )
    for i, row in enumerate(PROPERTY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PROPERTY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "共扣分项6项", b.cell)
    b.put(ws, end, 5, sum(row[4] for row in PROPERTY_ROWS), b.center)
    b.merge(ws, end, 6, end, 9, "", b.cell)
    b.line(ws, end + 2, "项目经理：韩磊、周晓燕    企业负责人：田国栋    联系电话：0393-8891230", 9)
    return b.close()


def write_street_docx(path: Path) -> Path:
    doc = _new_document("中原路街道")
    _title(doc, "辖区住宅小区物业服务量化考核发现问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳市华龙区中原路街道办事处    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(STREET_ROWS, 1)]
    _table(doc, ["序号", "小区名称", "整改责任单位", "存在问题", "红黄牌", "整改期限", "整改情况"], body)
    _paragraph(
        doc,
        "说明：整改不到位的给予黄牌警告并约谈企业负责人；连续三次黄牌且业主投诉较多的给予红牌警告。",
        12,
    )
    _paragraph(doc, "填表人：冯亚楠    联系电话：0393-8662049", 12)
    return _save_fixed(doc, path)


def write_property(path: Path) -> Path:
    members = [
        ("物业服务量化考核扣分项整改台账（安居物业）.xlsx", write_property_book),
        ("物业服务量化考核问题整改情况（中原路街道）.docx", write_street_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 政府投资工程项目拖欠农民工工资清欠, after a city 人社局's account of its 农民工工资支付情况专项检查 (用人单位自查
# 自纠; 124个政府投资工程项目中有10个项目由于工程量结算纠纷、工程价格存在争议等问题出现欠薪，涉及农民工263人，
# 拖欠工资665.5万; 经协调督促妥善处理; 农民工工资联合清欠办公室):
# https://xwzx.qqzyw.com/show-158473.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, a preamble stating the 交办 date the 工作日 count from, one
# table with 涉及人数/拖欠金额 beside the 责任单位 (行业主管部门 by short names, and 县人民政府), 清偿时限 and 清偿
# 进展, a 合计 paragraph and a signature line.
WAGE_ROWS = [
    (
        "濮阳市第三人民医院新院区建设项目",
        "总承包单位因工程量结算纠纷，拖欠劳务班组农民工工资",
        "46",
        "68.5",
        "市住建局",
        "2024年7月15日前",
        "已全部清偿",
    ),
    (
        "城区雨污分流改造三期工程",
        "专业分包单位拖欠管网施工班组农民工工资",
        "23",
        "31.2",
        "市城管局",
        "7月31日前",
        "已支付21.0万元，剩余部分正在协调",
    ),
    (
        "国道106濮阳段改建工程",
        "因工程价格存在争议，总承包单位暂停支付劳务费",
        "58",
        "92.4",
        "市交通运输局",
        "2024年8月15日",
        "已召开协调会，建设单位同意先行垫付",
    ),
    (
        "濮阳县第二实验小学教学楼工程",
        "劳务分包企业负责人失联，拖欠工资",
        "17",
        "24.6",
        "濮阳县人民政府",
        "2024年7月20日",
        "已动用工资保证金清偿，已办结",
    ),
    (
        "南乐县城区道路提升改造工程",
        "施工企业资金链紧张，拖欠农民工工资",
        "12",
        "15.8",
        "南乐县人民政府",
        "2024年8月31日",
        "未清偿",
    ),
    (
        "市体育中心配套停车场工程",
        "农民工反映工资未按月足额发放",
        "9",
        "6.3",
        "市住建局",
        "10个工作日内",
        "",
    ),
    (
        "黄河路桥梁维修加固工程",
        "施工班组长拖欠农民工工资",
        "6",
        "4.8",
        "市交通局",
        "2024年7月10日",
        "已清偿，已办结",
    ),
]


def write_wage_docx(path: Path) -> Path:
    doc = _new_document("劳动保障监察科")
    _title(doc, "政府投资工程项目拖欠农民工工资问题清欠台账", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市根治拖欠农民工工资工作领导小组办公室（市人社局代章）    填报日期：2024年7月29日",
        12,
    )
    _paragraph(
        doc,
        "按照农民工工资支付情况专项检查安排，各用人单位对工资支付情况开展了自查自纠，经联合检查，全市政府投资"
        "工程项目中有7个项目存在欠薪问题，已于2024年7月8日交办各责任单位。清偿时限为工作日的，自交办之日起计算。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(WAGE_ROWS, 1)]
    _table(
        doc,
        ["序号", "项目名称", "欠薪问题", "涉及人数", "拖欠金额（万元）", "责任单位", "清偿时限", "清偿进展"],
        body,
    )
    _paragraph(doc, "合计：涉及农民工171人，拖欠工资243.6万元。", 12)
    _paragraph(doc, "填表人：钱卫东    审核人：马玉华    联系电话：0393-4410386", 12)
    return _save_fixed(doc, path)


def write_wage(path: Path) -> Path:
    return via_soffice(write_wage_docx, path, "doc", "拖欠农民工工资问题清欠台账.docx")


# ---------------------------------------------------------------------------------------------
# 10. 营商环境投诉举报办理, after a city 优化经济发展环境领导小组办公室's notice of the complaints it takes (受理范围:
# 申报资料齐全不予受理或不按时限办理; 擅自设立收费项目; 涉企优惠政策不予落实; 索拿卡要; 指定中介服务、强迫购买指定
# 产品; 违规检查; 违规停水停电停气; 限制公平竞争; 超范围扣押冻结; 承诺或合同不予履行; …):
# https://zfb.changde.gov.cn/zwdt/tzgg/content_935349
# An .xlsx: title, 填报单位 line, one header row with 投诉编号, 受理日期 (the base of 工作日 limits), 投诉渠道, the
# complainant, the 被投诉单位, the 投诉类型 in the notice's own words, the 承办单位 (short names too), 办理时限 in
# 工作日 or dates, 办理结果 and 回访情况, a 合计 row, a 填表说明 line and a signature line.
BIZ_ROWS = [
    (
        "YS2024070101",
        date(2024, 7, 2),
        "12345热线",
        "濮阳市恒达建材有限公司",
        "市行政服务中心住建窗口",
        "申报资料齐全不予受理",
        "企业反映申请建筑工程施工许可，资料齐全但窗口以系统未开通为由不予受理",
        "市住建局",
        "5个工作日",
        "已办结，施工许可证已核发",
        "满意",
    ),
    (
        "YS2024070102",
        date(2024, 7, 3),
        "来电",
        "濮阳市安泰置业有限公司",
        "市不动产登记中心",
        "不按规定时限办理",
        "企业反映办理不动产首次登记超过承诺时限仍未办结",
        "市不动产登记中心",
        "2024年7月12日",
        "逾期未办",
        "",
    ),
    (
        "YS2024070103",
        date(2024, 7, 5),
        "网上投诉平台",
        "濮阳市绿源食品有限公司",
        "市自来水公司",
        "擅自设立收费项目",
        "企业反映新厂区用水报装被收取管网配套费",
        "市发改委",
        "15个工作日",
        "正在调查核实收费依据",
        "",
    ),
    (
        "YS2024070104",
        date(2024, 7, 8),
        "来信",
        "濮阳市华晨机械制造有限公司",
        "市人社局",
        "涉企优惠政策不予落实",
        "企业反映2023年度失业保险稳岗返还资金迟迟未到账",
        "市人社局",
        "2024年7月19日",
        "稳岗返还资金已拨付到账，已办结",
        "满意",
    ),
    (
        "YS2024070105",
        date(2024, 7, 10),
        "来访",
        "濮阳市聚鑫商贸有限公司",
        "市消防救援支队某大队",
        "强迫购买指定产品",
        "企业反映消防检查人员暗示其购买指定品牌消防器材",
        "市消防救援支队",
        "2024年8月9日",
        "已移交市纪委监委调查处理",
        "",
    ),
    (
        "YS2024070106",
        date(2024, 7, 12),
        "12345热线",
        "濮阳市优品连锁超市有限公司",
        "市市场监管局",
        "违规对企业进行检查",
        "企业反映同一月内被3个执法单位重复检查",
        "市市场监督管理局",
        "10个工作日",
        "",
        "",
    ),
    (
        "YS2024070107",
        date(2024, 7, 15),
        "网上投诉平台",
        "濮阳市宏伟陶瓷有限公司",
        "市燃气公司",
        "违规停水停电停气",
        "企业反映燃气公司未提前告知即对生产线停气",
        "市燃气公司",
        "2024年7月22日",
        "已办结，燃气公司书面致歉并完善停气告知流程",
        "基本满意",
    ),
    (
        "YS2024070108",
        date(2024, 7, 16),
        "来访",
        "濮阳市新锐电子科技有限公司",
        "濮阳经济技术开发区管理委员会",
        "承诺不予履行",
        "企业反映招商引资时承诺的标准化厂房租金减免未兑现",
        "濮阳经济技术开发区管理委员会",
        "2024年8月30日",
        "正在协调落实",
        "",
    ),
]


def write_biz(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("7月")
    b.widths(ws, [6, 15, 12, 12, 26, 24, 20, 40, 24, 14, 30, 10])
    b.line(ws, 0, "营商环境投诉举报事项办理情况台账（2024年7月）", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市优化营商环境工作领导小组办公室（市发展改革委代章）    填报日期：2024年7月30日",
        11,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "投诉编号",
            "受理日期",
            "投诉渠道",
            "投诉人",
            "被投诉单位",
            "投诉类型",
            "投诉内容",
            "承办单位",
            "办理时限",
            "办理结果",
            "回访情况",
        ],
    )
    for i, row in enumerate(BIZ_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BIZ_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 11, "本月受理投诉举报8件，办结3件，正在办理3件，逾期1件")
    b.line(
        ws,
        end + 1,
        "填表说明：办理时限以工作日计的，自受理之日起计算；属于市场主体之间民事纠纷等不予受理的事项不列入本表。",
        11,
    )
    b.line(ws, end + 2, "填表人：魏晓光    审核人：孟庆华    联系电话：0393-8990263", 11)
    return b.close()


FILES = [
    ("城市管理综合执法专项整治发现问题处置台账.xlsx", write_city),
    ("商户燃气安全隐患排查记录表.xls", write_gas),
    ("电动自行车违规停放充电隐患排查整治台账.csv", write_ebike),
    ("濮阳市教育局关于学校食堂餐督查发现问题整改情况的报告.docx", write_canteen),
    ("定点医药机构医保基金使用自查自纠问题整改清单.xlsx", write_medins),
    ("田长制巡田发现问题处置台账.et", write_farm),
    ("河湖清四乱问题整改进展周报表（第30周）.ods", write_river),
    ("物业服务量化考核问题整改（两份）.zip", write_property),
    ("政府投资工程项目拖欠农民工工资清欠台账.wps", write_wage),
    ("营商环境投诉举报事项办理情况台账（7月）.xlsx", write_biz),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev88 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (政法与公安): 派出所执法规范化, 看守所安全, 交通违法处理窗口, 出入境办证, 社区矫正, 人民调解, 法律援助,
司法所建设, 扫黑除恶线索, 反诈宣传.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with BOM, a .docx whose items are
numbered paragraphs, a .doc with a table (Word 97 via LibreOffice), an .et (Excel 97 via LibreOffice), an .ods
(LibreOffice conversion, zip times fixed) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_dev88.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every file is written from scratch with fixed dates and fixed zip times, so two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 10, 15, 0)
ZIP_TIME = (2024, 7, 30, 10, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "font_name": "宋体", "align": "center", "valign": "vcenter"}
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
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
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
            {
                "border": 1,
                "num_format": 'yyyy"年"m"月"d"日"',
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
        raise SystemExit("LibreOffice (soffice) is needed for the .doc, .et and .ods returns")
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


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
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


# ---------------------------------------------------------------------------------------------
# 1. 派出所执法规范化: 执法问题清单整改销号台账, after a district 公安分局's account of its 执法规范化水平提升年
# (全面排查执法问题; 建立三级问题清单 — 单位共性问题、部门问题、个人问题; 警情会商、环节审核、执法巡查、案件清单、
# 案件评查 …; 实现执法问题整改销号清零):
# https://www.sxyc.gov.cn/art/2023/7/14/art_1229741575_4144732.html
# An .xlsx: title, 填报单位 line (the 分局, its 法制大队 in brackets), a two-row header (整改销号 merged over 整改情况/销号情况) with a
# 问题层级 column, 责任单位 naming the 分局's 派出所 and its own 大队, a 责任人, a 交办日期 that 立行立改 falls on,
# a 合计 row and a signature line.
POLICE_ROWS = [
    (
        "单位共性问题",
        "分局法制大队",
        "李卫东",
        "执法问题排查",
        date(2024, 7, 1),
        "部分派出所受案登记不及时，接报警情未按规定录入执法办案系统",
        "建立警情会商和案件清单制度，每周通报受案登记情况",
        "2024年8月31日",
        "正在推进，已通报2次",
        "未销号",
    ),
    (
        "部门问题",
        "濮阳市公安局华龙分局胜利路派出所",
        "王志刚",
        "现场突击检查",
        date(2024, 7, 3),
        "办案区询问室同步录音录像设备故障，询问过程未全程录音录像",
        "维修设备，落实执法全过程记录",
        "2024.7.15",
        "已维修并调试正常",
        "已销号",
    ),
    (
        "部门问题",
        "濮阳市公安局华龙分局中原路派出所",
        "刘洋",
        "案件评查",
        date(2024, 7, 3),
        "涉案财物未按规定移交涉案财物管理中心，存放于民警办公室",
        "立即移交，建立涉案财物登记台账",
        "2024.7.10",
        "已全部移交管理中心",
        "已销号",
    ),
    (
        "个人问题",
        "濮阳市公安局华龙分局人民路派出所",
        "赵磊",
        "网上执法巡查",
        date(2024, 7, 9),
        "民警现场处置纠纷警情时未佩戴执法记录仪",
        "对当事民警批评教育，落实执法记录仪随身佩戴",
        "立行立改",
        "已整改",
        "已销号",
    ),
    (
        "部门问题",
        "分局治安管理大队",
        "孙海涛",
        "网上执法巡查",
        date(2024, 7, 9),
        "行政案件超期未结3起",
        "逐案清理，依法结案",
        "2024年7月底前",
        "已结案2起，1起正在补充证据",
        "未销号",
    ),
    (
        "部门问题",
        "濮阳市公安局华龙分局孟轲派出所",
        "陈刚",
        "案件评查",
        date(2024, 7, 12),
        "行政处罚决定书未依法送达被处罚人，卷内送达回执缺失",
        "补充送达，完善卷宗",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "个人问题",
        "濮阳市公安局华龙分局岳村派出所",
        "周鹏",
        "群众投诉",
        date(2024, 7, 15),
        "办案民警制作询问笔录时未告知当事人权利义务",
        "组织专题培训，规范权利义务告知",
        "8月10日前",
        "未整改",
        "未销号",
    ),
    (
        "单位共性问题",
        "分局法制大队",
        "李卫东",
        "执法问题排查",
        date(2024, 7, 1),
        "法制员审核把关不严，案件审核意见过于简单",
        "落实环节审核制度，法制员审核意见逐案留痕",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "部门问题",
        "分局刑事侦查大队",
        "郭建伟",
        "案件评查",
        date(2024, 7, 12),
        "刑事案件立案后未按规定告知被害人立案情况",
        "建立立案告知制度，对已立案件逐案补告",
        "2024年9月30日",
        "已制定告知制度，正在逐案补告",
        "未销号",
    ),
]


def write_police(path: Path) -> Path:
    b = Book(path, author="法制大队")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 12, 28, 9, 12, 12, 36, 30, 14, 24, 10])
    b.line(ws, 0, "华龙分局执法规范化水平提升年执法问题清单及整改销号台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市公安局华龙分局（法制大队）    填报日期：2024年7月29日", 10)
    for c, word in enumerate(
        ["序号", "问题层级", "责任单位", "责任人", "问题来源", "交办日期", "问题描述", "整改措施", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 9, 2, 10, "整改销号", b.head)
    b.header(ws, 3, ["整改情况", "销号情况"], first=9)
    for i, row in enumerate(POLICE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(POLICE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        10,
        "共排查执法问题9个，其中单位共性问题2个、部门问题5个、个人问题2个；已整改销号3个",
    )
    b.line(ws, end + 2, "审核人：马振东    填表人：韩晓静    联系电话：0393-8991102", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 看守所安全大检查, after a county 检察院's account of its joint safety check of the 县看守所 with the 武警中队
# (看守所外安全设施、灶房伙食; 内监区监室、在押人员体表健康和违禁物品; 老年人、未成年人、有疾病的、情绪不稳定的四类
# 在押人员; 严防已决犯与未决犯混关混押; 值班值守; 现场提出纠正意见):
# http://www.sn.jcy.gov.cn/yasgqx/jcdt/bydt/202405/t20240506_382212.html
# A .doc (Word 97 via LibreOffice): the 看守所's report to the 驻所检察室 — title, 主送, a preamble stating the check and
# the day the 纠正意见书 was served (the base of 立行立改), one table with the 看守所's own 科室 as 责任部门, a closing
# paragraph, the 看守所 and the date at the foot.
JAIL_ROWS = [
    (
        "3号监室铺板下发现私藏的塑料片1块",
        "管教科",
        "开展违禁物品全面清查，严格落实每日清监",
        "立行立改",
        "已对全所监室清查一遍，未再发现违禁物品，整改完成",
    ),
    (
        "已决犯与未决犯在7号监室混押",
        "管教科",
        "调整监室，严格分管分押",
        "2024年7月8日",
        "已调整监室，实现分押",
    ),
    ("部分监室门锁锈蚀、开关不灵活", "后勤保障科", "更换锈蚀门锁", "7月底前", "已采购门锁20把，正在逐间更换"),
    (
        "伙房食品留样记录不全，部分调料超过保质期",
        "后勤保障科",
        "清理过期调料，落实食品留样制度",
        "2024年7月10日",
        "已清理过期调料，留样记录已规范",
    ),
    (
        "医务室部分常用药品储备不足，2种药品过期未清理",
        "医务室",
        "补充常用药品，销毁过期药品",
        "8月15日前",
        "已补充药品，过期药品已登记销毁",
    ),
    (
        "监区视频监控存在3处盲区，放风场夜间照明不足",
        "监控指挥中心",
        "增设摄像头和照明灯",
        "2024年9月30日",
        "未启动",
    ),
    (
        "对老年、患病等重点在押人员未建立专门管理台账",
        "管教科、医务室",
        "建立重点在押人员台账，每日巡视",
        "长期坚持",
        "长期坚持",
    ),
    ("在押人员会见登记表填写不规范，部分缺少律师执业证号", "管教科", "规范会见登记", "2024年7月12日", ""),
]


def write_jail_docx(path: Path) -> Path:
    doc = _new_document("濮阳县看守所")
    _title(doc, "濮阳县看守所关于安全大检查发现问题整改情况的报告", 20)
    _paragraph(doc, "县人民检察院驻所检察室：")
    _paragraph(
        doc,
        "2024年7月5日，县人民检察院驻所检察室联合武警濮阳县中队对我所开展安全大检查，重点检查了外围安全设施、"
        "伙房、内监区监室及在押人员体表、违禁物品等情况，现场提出纠正意见8条，纠正意见书当日送达。我所高度重视，"
        "逐条制定整改措施，明确责任部门和整改时限，现将整改情况报告如下：",
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(JAIL_ROWS, 1)]
    _table(doc, ["序号", "检查发现问题", "责任部门", "整改措施", "整改时限", "整改落实情况"], body)
    _paragraph(
        doc,
        "下一步，我所将严格落实各项安全防范措施，加强与驻所检察室的沟通配合，共同维护监管场所安全稳定。",
        indent=True,
    )
    _paragraph(doc, "濮阳县看守所", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_jail(path: Path) -> Path:
    return via_soffice(write_jail_docx, path, "doc", "看守所安全大检查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 3. 交通违法处理窗口 诉求, after a 网友留言 on a city message board about the 交警便民中心's 处理违章 windows (排队二三
# 小时、窗口少) and the 公安分局's reply (8个窗口、场地狭小、可在47个处理点及交管12123处理):
# http://www.csflxx.com/f11423342.htm
# A CSV in UTF-8 (with BOM), as the 网络问政 platform exports it: a title line, a header line, one line per 诉求 with its
# 转办时间 (the base of 5个工作日 / 10个工作日) and the 承办单位's 答复, an 导出时间 line.
TRAFFIC_ROWS = [
    (
        "WZ20240702015",
        "2024-07-02 10:21",
        "城区交通违法处理大厅只开两个窗口，中午排队两个多小时，能不能多开几个窗口？",
        "2024-07-03",
        "市交警支队",
        "5个工作日",
        "已办结",
        "已增开违法处理窗口至4个，并实行中午不休、延时服务。",
    ),
    (
        "WZ20240705032",
        "2024-07-05 16:40",
        "濮阳县交警大队违法处理窗口不支持微信、支付宝缴纳罚款，只能到银行排队交款。",
        "2024-07-08",
        "濮阳县公安局交通管理大队",
        "10个工作日",
        "办理中",
        "正在与代收银行协调在窗口安装移动支付终端。",
    ),
    (
        "WZ20240709008",
        "2024-07-09 09:05",
        "清丰县交警大队窗口称外地车辆违法须回车籍地处理，不予办理。",
        "2024-07-10",
        "清丰县公安局交通管理大队",
        "7月20日前",
        "已办结",
        "经核实系窗口辅警解释错误，外地车辆违法可在本地窗口处理，已向诉求人致歉并办理完毕。",
    ),
    (
        "WZ20240712021",
        "2024-07-12 15:33",
        "南乐县交警大队违法处理大厅空调损坏，等候区座椅不够，群众只能站着等。",
        "2024-07-15",
        "南乐县公安局交通管理大队",
        "5个工作日",
        "未办理",
        "",
    ),
    (
        "WZ20240715047",
        "2024-07-15 11:18",
        "范县交警大队违法处理窗口工作人员态度生硬，对咨询群众爱答不理。",
        "2024-07-16",
        "范县公安局交通管理大队",
        "5个工作日",
        "已办结",
        "已对当班辅警批评教育并调离窗口岗位。",
    ),
    (
        "WZ20240719006",
        "2024-07-19 08:47",
        "已在交管12123上处理完违法并缴款，年检时窗口仍提示有未处理记录，要求到现场再处理一次。",
        "2024-07-22",
        "市公安局交通管理支队",
        "10个工作日",
        "",
        "",
    ),
    (
        "WZ20240723019",
        "2024-07-23 17:02",
        "台前县交警大队违法处理大厅无障碍通道被电动车占用，轮椅无法通行。",
        "2024-07-24",
        "台前县公安局交通管理大队",
        "5个工作日",
        "办理中",
        "已清理占道车辆，正在施划禁停标线。",
    ),
]


def write_traffic(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市网络问政平台诉求办理情况导出（类别：交通违法处理窗口）"])
    w.writerow(
        ["诉求编号", "诉求时间", "诉求内容", "转办时间", "承办单位", "办理时限", "办理状态", "答复内容"]
    )
    for row in TRAFFIC_ROWS:
        w.writerow(list(row))
    w.writerow(["导出时间：2024-07-31 09:12:05    导出人：网络问政办"])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 出入境办证大厅暑期办证高峰, after a city 出入境管理支队's account of the summer peak (启动应急工作预案; 开通网上预约、
# 延长工作时间; 排队叫号机、自助填表和自助受理机、增设大功率空调、饮用水和解暑药品、室外LED宣传栏; 咨询台引导员;
# 民警培训、病事假时临时顶岗):
# https://gmntv.com/ms/779510.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 办证大厅 beside the 责任单位 (the
# 支队's own 科 and the county 大队), 完成时限 as dates, month ends, 第三季度 and 长期坚持, a 注 line and a 填表人 line.
EXIT_ROWS = [
    (
        "市政务服务中心出入境大厅",
        "排队叫号机故障频繁，群众排队秩序混乱",
        "更换排队叫号机，增设导服台",
        "支队综合科",
        "2024年7月10日",
        "已完成",
    ),
    (
        "市政务服务中心出入境大厅",
        "等候区空调制冷不足，未配备饮用水和防暑药品",
        "增设大功率空调2台，配备饮水机和防暑药品",
        "支队综合科",
        "7月15日前",
        "空调已安装，饮水机和药品已配齐",
    ),
    (
        "濮阳县出入境接待大厅",
        "中午12时至14时停止受理，群众需下午再来",
        "实行中午不休、延时服务",
        "濮阳县公安局出入境管理大队",
        "2024.7.8",
        "已实行中午不休",
    ),
    (
        "清丰县出入境接待大厅",
        "自助填表机、自助受理机长期未启用",
        "启用自助设备并安排引导员",
        "清丰县公安局出入境管理大队",
        "2024.7.20",
        "推进中，设备正在调试",
    ),
    (
        "南乐县出入境接待大厅",
        "网上预约号源过少，当日号源上午即约满",
        "增加预约号源，开通周末预约",
        "南乐县公安局出入境管理大队",
        "7月底前",
        "",
    ),
    (
        "范县出入境接待大厅",
        "人像采集室补光不足，证件照片多次采集不合格",
        "更换补光设备",
        "范县公安局出入境管理大队",
        "2024年8月15日",
        "未整改",
    ),
    (
        "台前县出入境接待大厅",
        "民警参加培训或请假时前台窗口无人顶岗",
        "建立前台顶岗轮换制度",
        "台前县公安局出入境管理大队",
        "长期坚持",
        "长期坚持",
    ),
    (
        "市政务服务中心出入境大厅",
        "大厅LED屏未滚动公示办证须知和收费标准",
        "更新LED屏显示内容，增设室外LED宣传栏",
        "支队证件科",
        "第三季度",
        "显示内容已制作，室外宣传栏正在招标",
    ),
]


def write_exit_book(path: Path) -> Path:
    b = Book(path, author="出入境管理支队")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 24, 36, 32, 26, 14, 28])
    b.line(ws, 0, "出入境办证大厅暑期办证高峰服务保障问题整改清单", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市公安局出入境管理支队（盖章）    填报时间：2024年7月30日", 6)
    b.header(ws, 2, ["序号", "办证大厅", "存在问题", "整改措施", "责任单位", "完成时限", "进展情况"])
    for i, row in enumerate(EXIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EXIT_ROWS)
    b.line(ws, end, "注：进展情况填写“已完成”“推进中”或具体进展，长期性工作填写“长期坚持”。", 6)
    b.line(ws, end + 1, "填表人：杨帆    审核人：郑国平    联系电话：0393-8261155", 6)
    return b.close()


def write_exit(path: Path) -> Path:
    return via_soffice(write_exit_book, path, "xls", "出入境办证大厅服务保障问题整改清单.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 社区矫正工作督导检查, after a district 司法局's 专班 inspecting its 社区矫正 work before a holiday (社区矫正中心自助矫正室、
# 远程探视室、指挥中心规范化建设; 社区矫正工作台账等档案资料; 信息化核查; 外出审批; 安全隐患排查):
# http://ctfzzz.com/show-6-33340-1.html
# An .xls (xlwt): title, 填报单位/督导时间 line, one header row with the 被督导单位 (司法所 and the 社区矫正中心) as the
# units, an 整改完成日期 filled by the 司法所, the 督导组's 复查意见 beside 整改情况, a 注 line and a signature line.
CORRECTION_ROWS = [
    (
        "濮阳县城关镇司法所",
        "档案管理",
        "3名社区矫正对象档案缺少入矫宣告材料",
        "补齐宣告材料，规范档案装订",
        "2024.7.12",
        "2024.7.11",
        "已补齐",
        "合格",
    ),
    (
        "濮阳县柳屯镇司法所",
        "外出审批",
        "1名社区矫正对象外出请假审批手续不全，未按期销假",
        "补办审批手续，严格请销假管理",
        "2024.7.15",
        "",
        "",
        "",
    ),
    (
        "濮阳县文留镇司法所",
        "信息化核查",
        "电子定位核查记录不连续，6月有5天未核查",
        "补建核查台账，落实每日核查",
        "7月底前",
        "",
        "正在补建核查台账",
        "",
    ),
    (
        "濮阳县社区矫正中心",
        "场所建设",
        "远程探视室设备未调试，无法正常使用",
        "联系厂家调试设备",
        "2024年8月31日",
        "",
        "未整改",
        "",
    ),
    (
        "濮阳县庆祖镇司法所",
        "教育帮扶",
        "集中教育学习记录内容雷同，流于形式",
        "规范集中教育学习记录",
        "2024.7.20",
        "2024.7.18",
        "",
        "",
    ),
    (
        "濮阳县户部寨镇司法所",
        "风险排查",
        "未对重点社区矫正对象开展风险评估",
        "开展风险评估，落实分类管理",
        "2024.7.25",
        "2024.7.24",
        "已完成评估",
        "合格",
    ),
    (
        "濮阳县八公桥镇司法所",
        "队伍建设",
        "社区矫正专职工作人员仅1名，力量不足",
        "申请增配社区矫正专职工作人员",
        "年底前",
        "",
        "已向县委编办提出增配申请",
        "",
    ),
    (
        "濮阳县子岸镇司法所",
        "日常监管",
        "每月走访记录缺少社区矫正对象签字确认",
        "规范走访记录",
        "长期坚持",
        "",
        "长期坚持",
        "",
    ),
]


def write_correction(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "社区矫正工作督导检查反馈问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：濮阳县司法局    督导时间：2024年7月4日至7月5日    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "被督导单位",
            "检查项目",
            "发现问题",
            "整改要求",
            "整改期限",
            "整改完成日期",
            "整改情况",
            "督导组复查意见",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(CORRECTION_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6, 8) else c))
    r = 3 + len(CORRECTION_ROWS)
    cells += [
        (
            r,
            0,
            "注：“整改完成日期”“整改情况”由被督导单位填写，“督导组复查意见”由县局督导组复查后填写。",
            plain,
            r,
            8,
        ),
        (r + 1, 0, "负责人：石永刚    填表人：胡玉梅    联系电话：0393-3256017", plain, r + 1, 8),
    ]
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("整改台账")
    for col, width in enumerate([6, 22, 12, 34, 28, 12, 14, 24, 14]):
        ws.col(col).width = width * 256
    for cell in cells:
        r, col, v, st = cell[:4]
        if len(cell) > 4:
            ws.write_merge(r, cell[4], col, cell[5], v, st)
        else:
            ws.write(r, col, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 矛盾纠纷排查化解, after a city 司法局's 矛盾纠纷排查化解专项活动 (乡镇(街道)、村(社区)人民调解委员会拉网式摸排，
# 做好台账登记; 一天一排查、一天一报送; 调解成功、调解不成功、尚在积极调解中; 小事不出村、大事不出镇):
# http://fzzx.org.cn/show-405773.html
# An .xlsx: title, 填报单位/排查时段 line stating that 化解时限 counts from the 受理日期, one header row with the 调解组织
# (the 人民调解委员会) as the handling unit beside the 纠纷当事人, real date cells, a 合计 row and a signature line.
MEDIATION_ROWS = [
    (
        date(2024, 7, 2),
        "邻里纠纷",
        "张某与李某",
        "两户因宅基地边界砌墙发生争执，双方多次争吵",
        "清丰县马庄桥镇人民调解委员会",
        "15日内",
        "调解成功，签订调解协议",
        "",
    ),
    (
        date(2024, 7, 5),
        "婚姻家庭",
        "王某兄妹三人",
        "兄妹三人对赡养老人费用分担意见不一",
        "清丰县韩村镇后韩村人民调解委员会",
        "15日内",
        "调解成功",
        "",
    ),
    (
        date(2024, 7, 8),
        "劳务纠纷",
        "农民工17人与某建筑劳务公司",
        "建筑工地拖欠农民工工资4.6万元",
        "清丰县城关镇人民调解委员会",
        "30日内",
        "正在调解",
        "已联合人社部门约谈劳务公司",
    ),
    (
        date(2024, 7, 10),
        "土地承包",
        "赵某与某种植合作社",
        "土地流转合同到期后租金标准发生争议",
        "清丰县阳邵乡人民调解委员会",
        "2024年8月10日",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "物业纠纷",
        "业主32户与某物业公司",
        "小区物业上调停车收费标准，业主集体不满",
        "清丰县城关镇朝阳社区人民调解委员会",
        "30日内",
        "正在调解，已召开业主协商会2次",
        "",
    ),
    (
        date(2024, 7, 15),
        "交通事故",
        "刘某与孙某",
        "电动车与行人相撞，双方对赔偿金额有争议",
        "清丰县道路交通事故人民调解委员会",
        "15日内",
        "调解成功，已履行赔偿",
        "",
    ),
    (
        date(2024, 7, 18),
        "医疗纠纷",
        "患者家属与县某医院",
        "患者家属对手术费用及术后并发症处理有异议",
        "清丰县医疗纠纷人民调解委员会",
        "30日内",
        "未启动",
        "",
    ),
    (
        date(2024, 7, 22),
        "邻里纠纷",
        "楼上住户与楼下住户",
        "楼上卫生间漏水致楼下房屋受损",
        "清丰县城关镇东关社区人民调解委员会",
        "7日内",
        "调解成功",
        "",
    ),
]


def write_mediation(path: Path) -> Path:
    b = Book(path, author="清丰县司法局")
    ws = b.sheet("排查台账")
    b.widths(ws, [6, 12, 10, 22, 36, 32, 14, 26, 24])
    b.line(ws, 0, "矛盾纠纷排查化解工作台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：清丰县司法局    排查时段：2024年7月1日至7月25日    化解时限自受理之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理日期",
            "纠纷类型",
            "纠纷当事人",
            "纠纷简要情况",
            "调解组织",
            "化解时限",
            "调解结果",
            "备注",
        ],
    )
    for i, row in enumerate(MEDIATION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.put(ws, 2 + i, 1, row[0], b.cnday)
        b.row(ws, 2 + i, list(row[1:]), first=2)
    end = 3 + len(MEDIATION_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查矛盾纠纷8件，调解成功4件，正在调解2件，未启动1件，未报结果1件")
    b.line(
        ws,
        end + 2,
        "填表人：牛晓丽    审核人：范建军    联系电话：0393-7221608    填报日期：2024年7月26日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 法律援助案件质量评查, after a county 法律援助中心's quarterly 案件质量评查 (一案一评; 受理、审查、指派、承办、结案、
# 归档各环节; 办理程序、证据收集、卷中材料整理、办案效果; 形成案卷评查通报，对存在的问题落实有针对性的整改):
# http://www.aqflyzw.com/control/view.php?aid=15638
# A .docx: the 中心's report to the 司法局 — title, 主送, preamble, the problems as numbered paragraphs （一）（二）…, each
# naming the 律师事务所 (or the 中心's own 受理科), the 整改要求 with its date and the progress in a sentence; closing
# paragraph, the 中心 and the date at the foot.
AID_PARAS = [
    (
        "（一）河南龙都律师事务所承办的2件刑事法律援助案件，律师会见笔录未附卷，无法反映会见情况。"
        "要求7月15日前补齐。目前已补齐会见笔录并重新归档。"
    ),
    (
        "（二）河南濮上律师事务所承办的1件劳动争议案件结案报告过于简单，未写明争议焦点及办案效果。"
        "要求7月20日前重新制作结案报告。目前正在修改中。"
    ),
    (
        "（三）河南开州律师事务所1件民事法律援助案件未在规定时限内结案归档，超期40天。"
        "要求7月31日前完成归档。目前尚未整改。"
    ),
    (
        "（四）中心受理科对2件申请的经济困难状况审查材料不全，未附经济困难证明或个人诚信承诺书。"
        "要求受理科完善受理审查流程，8月31日前完成。"
    ),
    "（五）河南华豫律师事务所部分案卷未附受援人回访记录和满意度评价表。要求建立案件回访制度，长期坚持。",
    (
        "（六）河南德润律师事务所承办律师在庭审中仅口头发表辩护意见，未提交书面辩护意见。"
        "要求7月25日前补交书面辩护意见。已补交，经中心复核合格。"
    ),
    (
        "（七）河南正信律师事务所卷宗装订顺序混乱，卷内目录与材料页码不符。"
        "要求8月10日前重新装订。目前已完成3卷，其余2卷正在整理。"
    ),
]


def write_aid(path: Path) -> Path:
    doc = _new_document("濮阳市法律援助中心")
    _title(doc, "关于2024年第二季度法律援助案件质量评查发现问题整改情况的报告", 20)
    _paragraph(doc, "市司法局：")
    _paragraph(
        doc,
        "按照一季度一评查的要求，中心于2024年7月1日至3日组织律师评查专家组，对第二季度结案归档的86件法律援助"
        "案卷进行了一案一评，评出优秀案卷12件、良好案卷51件、合格案卷23件，无不合格案卷。评查中发现的主要问题"
        "及整改情况报告如下：",
        indent=True,
    )
    for text in AID_PARAS:
        _paragraph(doc, text, indent=True)
    _paragraph(
        doc,
        "下一步，中心将深化评查结果运用，对整改情况开展“回头看”，不断提升法律援助案件质量。",
        indent=True,
    )
    _paragraph(doc, "濮阳市法律援助中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 星级司法所复查抽检, after a city 司法局's 督查组 spot check of its 星级司法所 (每个县区随机抽取1家司法所和1个村(居)
# 评理说事点; 对照星级司法所评定标准，从基础设施建设、制度建设、日常工作规范(人民调解、社区矫正、安置帮教、法治宣传)、
# 人员配备等方面评查; 现场指出问题，指导整改落实):
# https://sfj.panjin.gov.cn/2023_08/15_08/content-421988.html
# An .ods (LibreOffice conversion): title, 填报单位/抽检时间 line, one header row with the 抽检点 beside the
# 整改责任单位 (a 司法所, or the 县司法局 for staffing), a 销号情况 column beside 整改进展, a 填表说明 and a
# 填表人 line.
STATION_ROWS = [
    (
        "华龙区",
        "胜利路街道司法所",
        "基础设施建设",
        "未设置独立的人民调解室，与所长办公室合用",
        "华龙区胜利路街道司法所",
        "2024年9月底前",
        "已落实用房，正在装修",
        "未销号",
    ),
    (
        "华龙区",
        "岳村镇东北庄村评理说事点",
        "日常工作规范",
        "评理说事点登记簿记录不全，未记录处理结果",
        "华龙区岳村镇司法所",
        "2024.7.20",
        "已补全登记簿",
        "已销号",
    ),
    (
        "濮阳县",
        "海通乡司法所",
        "人员配备",
        "司法所仅有1名在编人员，未达到星级司法所人员配备标准",
        "濮阳县司法局",
        "年底前",
        "已向县委编办申请增编",
        "未销号",
    ),
    (
        "清丰县",
        "大流乡司法所",
        "制度建设",
        "工作制度未上墙，值班制度落实不到位",
        "清丰县大流乡司法所",
        "2024.7.15",
        "已完成",
        "已销号",
    ),
    (
        "南乐县",
        "元村镇司法所",
        "安置帮教",
        "2名刑满释放人员未按期落实帮教措施",
        "南乐县元村镇司法所",
        "7月31日前",
        "未整改",
        "未销号",
    ),
    (
        "范县",
        "濮城镇司法所",
        "法治宣传",
        "法治宣传栏内容陈旧，未及时更新",
        "范县濮城镇司法所",
        "2024.7.25",
        "",
        "",
    ),
    (
        "台前县",
        "侯庙镇司法所",
        "社区矫正",
        "社区矫正宣告室未配置录音录像设备",
        "台前县侯庙镇司法所",
        "2024年8月15日",
        "已采购设备，待安装",
        "未销号",
    ),
    (
        "清丰县",
        "高堡乡司法所",
        "人民调解",
        "调解卷宗文书制作不规范，部分调解协议书缺少当事人签字",
        "清丰县高堡乡司法所",
        "2024.7.18",
        "已重新规范卷宗",
        "已销号",
    ),
    (
        "濮阳县",
        "渠村乡司法所",
        "队伍建设",
        "人民调解员业务培训开展不经常",
        "濮阳县渠村乡司法所",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_station_book(path: Path) -> Path:
    b = Book(path, author="基层工作科")
    ws = b.sheet("抽检问题")
    b.widths(ws, [6, 10, 24, 14, 38, 24, 14, 22, 10])
    b.line(ws, 0, "2024年星级司法所复查抽检发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市司法局基层工作科    抽检时间：2024年7月9日至7月10日    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "抽检点",
            "评定项目",
            "存在问题",
            "整改责任单位",
            "整改时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(STATION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STATION_ROWS)
    b.line(ws, end + 1, "填表说明：整改完成并经县（区）司法局复核的，销号情况填写“已销号”。", 8)
    b.line(ws, end + 2, "填表人：冯丽娜    联系电话：0393-8917726", 8)
    return b.close()


def write_station(path: Path) -> Path:
    via_soffice(write_station_book, path, "ods", "星级司法所复查抽检问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 扫黑除恶线索统计表, after a 市场监管 bureau's 附件2 扫黑除恶线索统计表 (填报单位、填报时间; 单位、线索名称、线索类型、
# 办结情况、备注; notes: 线索类型 欺行霸市、强买强卖、敲诈勒索、聚众滋事(阻碍工商部门执法)、商业欺诈、传销(网络传销)、
# 破坏市场公平竞争秩序; 办结情况 已移送扫黑办、某某机关已立案侦查、立案查处情况、经研判不属于涉黑涉恶乱线索;
# 持续跟进“查实查否”情况):
# https://m.daumloan.com/p-216283461.html
# An .xlsx: 附件 line, title, 填报单位/填报时间 line, one header row (no 整改时限 column: a date only in two 备注),
# the county bureaus and the 市局's own 支队 as 单位, the three notes below the table.
CLUE_ROWS = [
    (
        "华龙区市场监督管理局",
        "中原路建材市场个别商户垄断砂石供应，强迫买家高价购买",
        "欺行霸市",
        "已移送市扫黑办",
        "",
    ),
    (
        "濮阳县市场监督管理局",
        "城关镇婚庆车队拦截外来婚车收取“过路费”",
        "强买强卖",
        "濮阳县公安局已立案侦查",
        "",
    ),
    (
        "清丰县市场监督管理局",
        "农贸市场管理人员纠集多人阻碍市场监管人员执法检查",
        "聚众滋事（阻碍市场监管部门执法）",
        "已立案查处，罚款2万元，已结案",
        "",
    ),
    (
        "南乐县市场监督管理局",
        "保健品店以免费体检为名诱导老年人高价购买保健品",
        "商业欺诈",
        "正在核查",
        "市扫黑办要求8月10日前反馈核查结果",
    ),
    (
        "范县市场监督管理局",
        "微信群发展下线销售“养生茶”，以拉人头计酬",
        "传销（网络传销）",
        "经研判不属于涉黑涉恶线索，已办结",
        "",
    ),
    (
        "台前县市场监督管理局",
        "县城殡葬用品店联合抬价，强迫丧户高价购买",
        "破坏市场公平竞争秩序",
        "",
        "8月15日前反馈查实查否情况",
    ),
    (
        "市局执法稽查支队",
        "物流园区个别人员以“保护费”名义向快递网点收费",
        "敲诈勒索",
        "已移送市公安局",
        "",
    ),
    (
        "华龙区市场监督管理局",
        "二手车交易市场车商串通压价，阻止外来车商进场交易",
        "欺行霸市",
        "未核查",
        "",
    ),
]


def write_clue(path: Path) -> Path:
    b = Book(path, author="公平交易科")
    ws = b.sheet("线索统计")
    b.widths(ws, [6, 24, 44, 24, 30, 30])
    b.line(ws, 0, "附件2", 5)
    b.line(ws, 1, "扫黑除恶线索统计表", 5, b.title)
    b.line(ws, 2, "填报单位：濮阳市市场监督管理局（盖章）    填报时间：2024年7月26日", 5)
    b.header(ws, 3, ["序号", "单位", "线索名称", "线索类型", "办结情况", "备注"])
    for i, row in enumerate(CLUE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CLUE_ROWS)
    notes = [
        "1、线索类型主要区分为：欺行霸市、强买强卖、敲诈勒索、聚众滋事（阻碍市场监管部门执法）、商业欺诈、"
        "传销（网络传销）、破坏市场公平竞争秩序等；",
        "2、办结情况主要包括4种情况：已移送扫黑办、某某（比如公安）机关已立案侦查、立案查处情况、经某某部门研判"
        "不属于涉黑涉恶线索；",
        "3、各单位应持续跟进移交线索的“查实查否”情况，并及时更新该表数据。通过OA报送至市局公平交易科。",
    ]
    for k, note in enumerate(notes):
        b.line(ws, end + k, note, 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 反诈宣传督导, after a 街道办's push of the 国家反诈中心APP (领导小组; 入户宣传、现场指导注册; 社区按目标任务数
# 建立工作台账; 每日上午在反诈工作群上报前一日数据; 每周督导、实行通报制度，连续5天排名靠后的社区由办事处领导约谈):
# https://www.dp.gov.cn/dpsc/info/1005/3228.htm
# A .zip of two returns: one 街道's .xlsx (督导时间 and 责任社区 per row, one row for the 街道's own 综治办) and another
# 街道's .docx (a table naming its 社区, a preamble and the office at the foot).
FRAUD_ROWS = [
    (
        date(2024, 7, 8),
        "华龙区胜利路街道建设路社区",
        "国家反诈中心APP注册率仅42%，连续5天排名靠后",
        "约谈社区主要负责人，制定入户推广计划",
        "2024年7月31日",
        "注册率已提升至68%，正在继续推进",
    ),
    (
        date(2024, 7, 8),
        "华龙区胜利路街道京开社区",
        "反诈宣传栏内容未更新，仍为2022年资料",
        "更新宣传栏内容",
        "2024.7.12",
        "已更新",
    ),
    (
        date(2024, 7, 15),
        "华龙区胜利路街道绿城社区",
        "未按要求每日上午报送前一日推广数据",
        "指定专人每日报送",
        "2024.7.16",
        "已按日报送",
    ),
    (
        date(2024, 7, 22),
        "华龙区胜利路街道金堤社区",
        "网格员入户宣传无记录，工作台账空白",
        "建立入户宣传台账",
        "8月10日前",
        "",
    ),
    (
        date(2024, 7, 22),
        "街道综治办",
        "辖区银行网点未张贴反诈提示标识",
        "协调辖区银行网点张贴提示标识",
        "2024年8月31日",
        "未启动",
    ),
]
FRAUD_DOC_ROWS = [
    (
        "老年人聚集场所反诈宣传覆盖不足",
        "华龙区中原路街道濮上社区",
        "2024年8月15日",
        "已在老年活动中心开展宣讲2场，正在推进",
    ),
    ("出租房屋租户未纳入反诈宣传范围", "华龙区中原路街道昆吾社区", "7月25日前", "已完成出租屋逐户宣传"),
    ("反诈志愿者队伍未建立", "华龙区中原路街道开州社区", "7月31日前", "未整改"),
    ("反诈宣传活动集中在特定时段，常态化机制不健全", "华龙区中原路街道安康社区", "长期坚持", "常态化推进"),
]


def write_fraud_book(path: Path) -> Path:
    b = Book(path, author="胜利路街道综治办")
    ws = b.sheet("督导整改台账")
    b.widths(ws, [6, 14, 28, 40, 34, 14, 30])
    b.line(ws, 0, "反诈宣传及国家反诈中心APP推广督导发现问题整改台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区胜利路街道办事处    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "督导时间", "责任社区", "存在问题", "整改措施", "完成时限", "整改情况"])
    for i, row in enumerate(FRAUD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FRAUD_ROWS), "联系人：申雪    联系电话：0393-8338120", 6)
    return b.close()


def write_fraud_docx(path: Path) -> Path:
    doc = _new_document("中原路街道")
    _title(doc, "中原路街道反诈宣传工作督导问题整改情况", 18)
    _paragraph(
        doc,
        "按照区反诈工作领导小组每周督导要求，街道对各社区反诈宣传工作开展了督导检查，发现问题及整改情况如下：",
        12,
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(FRAUD_DOC_ROWS, 1)]
    _table(doc, ["序号", "问题清单", "责任社区", "整改时限", "整改进展"], body)
    _paragraph(doc, "濮阳市华龙区中原路街道办事处", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_fraud(path: Path) -> Path:
    members = [
        ("反诈宣传督导发现问题整改台账（胜利路街道）.xlsx", write_fraud_book),
        ("反诈宣传工作督导问题整改情况（中原路街道）.docx", write_fraud_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("执法规范化水平提升年执法问题清单整改销号台账（华龙分局）.xlsx", write_police),
    ("濮阳县看守所关于安全大检查发现问题整改情况的报告.doc", write_jail),
    ("网络问政交通违法处理窗口诉求办理情况导出.csv", write_traffic),
    ("出入境办证大厅暑期办证高峰服务保障问题整改清单.et", write_exit),
    ("社区矫正工作督导检查反馈问题整改台账.xls", write_correction),
    ("矛盾纠纷排查化解工作台账（清丰县）.xlsx", write_mediation),
    ("关于2024年第二季度法律援助案件质量评查发现问题整改情况的报告.docx", write_aid),
    ("星级司法所复查抽检发现问题整改台账.ods", write_station),
    ("扫黑除恶线索统计表（市市场监管局）.xlsx", write_clue),
    ("反诈宣传督导发现问题整改（两个街道）.zip", write_fraud),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

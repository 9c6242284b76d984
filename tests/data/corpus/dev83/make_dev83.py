"""Write the dev83 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 干部作风问题整改, 基层减负, 政务服务窗口, 不动产登记, 公积金, 社保经办, 医保经办, 税务, 公证法律服务, 户籍办理.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion, member times fixed), a CSV in GBK, two .docx (one a 通报 whose items are numbered paragraphs, one a
自查报告 whose problems are numbered paragraphs) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_dev83.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 纪检巡查发现干部作风问题通报, after a county's account of its 纪检巡查大队 (明察暗访、提醒告诫、适时曝光; 乡镇领导
# “走读”, 上班玩游戏、聊QQ, 违反会风会纪; 发文在全县进行通报, 要求三日内向县委作出书面检讨):
# http://gxcounty.com/news/qgdt/20140430/93253.html
# A .docx 通报: title, 主送, a preamble stating the date the 工作日 count from, the problems as numbered paragraphs
# (each naming the unit, the 整改时限 and the progress in sentences), requirements, the office and date at the foot.
STYLE_PARAS = [
    (
        "1.濮阳县王称堌镇人民政府：巡查发现该镇3名班子成员存在“走读”现象，周一上午9时仍未到岗。"
        "要求7月15日前整改到位。该镇已向县委作出书面检讨，建立领导干部在岗去向登记制度，整改完成。"
    ),
    (
        "2.濮阳县八公桥镇人民政府：工作日晚间值班领导不在岗，值班电话多次拨打无人接听。"
        "限3个工作日内整改。目前该镇正在调整值班安排，落实领导带班制度。"
    ),
    (
        "3.濮阳县农业农村局：2名干部上班时间在办公电脑上玩网络游戏。要求7月20日前整改。"
        "该局已对2人进行诫勉谈话，清理办公电脑游戏软件，整改完成。"
    ),
    (
        "4.濮阳县市场监督管理局：群众反映1名执法人员在辖区商户处接受宴请。要求8月底前查清问题并整改。"
        "县纪委监委驻县市场监管局纪检监察组正在调查核实。"
    ),
    (
        "5.濮阳县文留镇人民政府：召开全镇干部大会时迟到早退7人，会中玩手机、交头接耳多人，会风会纪松散。"
        "该镇会风会纪督查纳入日常管理，长期坚持。"
    ),
    (
        "6.濮阳县住房和城乡建设局：窗口工作人员对群众咨询推诿敷衍，存在“门难进、脸难看”问题。"
        "整改时限：2024年7月31日。"
    ),
    "7.濮阳县教育局：巡查发现2名干部工作日中午饮酒后返岗。要求7月20日前整改。截至通报日尚未整改。",
    (
        "8.濮阳县户部寨镇人民政府：部分村干部长期不在岗，群众办事找不到人。要求9月30日前整改到位。"
        "镇党委已约谈相关村党支部书记，驻村督导正在推进。"
    ),
]


def write_style(path: Path) -> Path:
    doc = _new_document("县纪委党风室")
    _title(doc, "关于第二季度纪检巡查发现干部作风问题及整改情况的通报")
    _paragraph(doc, "各乡镇党委、政府，县直各单位：")
    _paragraph(
        doc,
        "为持续深化干部作风建设，县纪委监委组织3个巡查分队，采取明察暗访、突击检查等方式，对全县乡镇和县直单位"
        "工作纪律、会风会纪和干部在岗情况进行了巡查。现将发现的问题及整改落实情况通报如下（工作日自本通报印发之日，"
        "即2024年7月8日起计算）：",
    )
    for text in STYLE_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各单位要引以为戒，举一反三，对通报问题逐项整改，整改情况于规定时限内书面报县纪委监委党风政风监督室。"
        "对通报后仍顶风违纪的单位和个人，将严肃追责问责。",
    )
    _paragraph(doc, "中共濮阳县纪律检查委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "濮阳县监察委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月8日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 村级组织挂牌清理规范, after a county's 基层减负 action (村级组织挂牌清理规范; 先行自查自纠, 乡镇初审小组
# “村村必到、逐一过篩”, 县级专班复审, 联合检查小组实地督导, 建立县乡两级督查台账, 销号整改):
# http://m.kaisina.cn/ckwq/202405/t20240524_8274157.shtml
# An .xlsx: title, 填报单位 line, a two-row header (复审销号 over two columns), the 乡镇 and 村 beside the 责任单位
# (county departments for the burdens they put on villages), deadlines as text, a 合计 row and a signature line.
BURDEN_ROWS = [
    (
        "清丰县马庄桥镇",
        "后油村",
        "村委会外墙悬挂“科普示范站”“益农信息社”等牌子11块，超出挂牌目录",
        "按目录摘除多余牌子，保留外部挂牌4块",
        "清丰县马庄桥镇人民政府",
        "2024年6月30日",
        "已摘除7块，复审合格",
        "已销号",
    ),
    (
        "清丰县韩村镇",
        "大屯村",
        "村室内部制度牌上墙过多，内容重复交叉",
        "整合制度牌，内部标牌不超过12块",
        "清丰县韩村镇人民政府",
        "7月15日前",
        "正在规范整合",
        "未销号",
    ),
    (
        "南乐县元村镇",
        "苏村",
        "县直部门要求村干部每日在政务APP打卡并上传巡查照片",
        "取消打卡和照片上传要求",
        "南乐县农业农村局",
        "2024年7月31日",
        "已取消打卡要求，复审合格",
        "已销号",
    ),
    (
        "南乐县千口镇",
        "东街村",
        "村委会仍出具“居住证明”“亲属关系证明”等不应由村级出具的证明",
        "停止出具清单外证明，公示证明事项清单",
        "南乐县千口镇人民政府",
        "6月底前",
        "未整改",
        "未销号",
    ),
    (
        "范县颜村铺乡",
        "西辛庄村",
        "村干部加入各类微信工作群26个，同一材料多头重复报送",
        "精简整合工作群，建立“一表通”报送",
        "范县颜村铺乡人民政府",
        "第三季度",
        "已精简至9个，仍在清理",
        "未销号",
    ),
    (
        "台前县夹河乡",
        "张村",
        "县直部门到村检查考核频次过多，6月份迎检9次",
        "统筹督查检查考核计划，严控到村检查",
        "台前县人民政府办公室",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "濮阳县梁庄镇",
        "前孔村",
        "村级台账资料要求纸质、电子“双份留痕”",
        "取消纸质台账重复留痕要求",
        "濮阳县梁庄镇人民政府",
        "2024.7.20",
        "已整改，复审合格",
        "已销号",
    ),
    (
        "华龙区岳村镇",
        "任丘村",
        "“老年协会”“计生协会”等机制牌子未整合，挂牌杂乱",
        "整合为“村级组织综合服务”标识",
        "华龙区岳村镇人民政府",
        "8月15日前",
        "未启动",
        "未销号",
    ),
]


def write_burden(path: Path) -> Path:
    b = Book(path, author="基层减负专班")
    ws = b.sheet("督查台账")
    b.widths(ws, [6, 14, 10, 40, 30, 22, 14, 22, 10])
    b.line(ws, 0, "规范村级组织工作事务、机制牌子和证明事项督查台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市整治形式主义为基层减负专项工作机制办公室    填报日期：2024年7月29日", 8)
    for c, word in enumerate(
        ["序号", "乡镇（街道）", "村（社区）", "存在问题", "整改要求", "责任单位", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "县级专班复审", b.head)
    b.header(ws, 3, ["复审情况", "销号情况"], first=7)
    for i, row in enumerate(BURDEN_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BURDEN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共督查6个县（区）8个村，发现问题8个，已销号3个")
    b.line(ws, end + 2, "审核人：马振国    填表人：杜晓雯    联系电话：0393-8993107", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 政务服务“清廉窗口”专项监督, after a county 纪委监委's open and covert checks of the 政务服务大厅 (进驻窗口: 医保局、
# 卫健局等41个; 11个乡镇便民服务中心; 服务态度、规范审批、廉洁自律、群众满意度; 明察暗访、“体验式”监督; 发现问题5个，
# 已督促其整改):
# http://szb.xnnews.com.cn/xnrb/html/2023-11/03/content_692784.htm
# An .xlsx: title, 监督组/监督时间 line, one header row with the 监督组 (the inspector) and the window beside the
# 所属单位, a 交办日期 column (the base of 立行立改), short and former names of city departments, a 注 line.
WINDOW_ROWS = [
    (
        "第一监督组",
        "医保服务窗口",
        "市医保局",
        "服务态度",
        "工作人员对异地就医备案咨询答复不清，群众多跑一次",
        date(2024, 7, 5),
        "7月10日前",
        "已开展窗口业务培训，已整改",
    ),
    (
        "第一监督组",
        "出生医学证明窗口",
        "市卫计委",
        "规范审批",
        "出生医学证明补发办事指南与实际要求不一致",
        date(2024, 7, 5),
        "2024.7.15",
        "办事指南已更新并上墙公示",
    ),
    (
        "第一监督组",
        "社保经办窗口",
        "市人社局",
        "服务态度",
        "上班时间工作人员离岗，窗口空置约20分钟",
        date(2024, 7, 5),
        "立行立改",
        "已对当事人通报批评，整改到位",
    ),
    (
        "第二监督组",
        "车驾管业务窗口",
        "市交警支队",
        "廉洁自律",
        "窗口周边有“黄牛”揽客代办，收取高额代办费",
        date(2024, 7, 9),
        "8月31日前",
        "联合辖区派出所开展清理，正在推进",
    ),
    (
        "第二监督组",
        "企业开办窗口",
        "市市场监管局",
        "规范审批",
        "要求申请人提供法律法规未规定的房屋租赁备案证明",
        date(2024, 7, 9),
        "2024.7.12",
        "已取消该要求",
    ),
    (
        "第二监督组",
        "岳村镇便民服务中心",
        "华龙区岳村镇人民政府",
        "群众满意度",
        "便民服务中心大厅无人值守，群众办事找不到人",
        date(2024, 7, 9),
        "7月20日前",
        "未整改",
    ),
    (
        "第三监督组",
        "综合受理窗口",
        "市行政服务中心",
        "群众满意度",
        "叫号系统故障，排队秩序混乱",
        date(2024, 7, 11),
        "2024年8月15日",
        "已报修，正在更换叫号设备",
    ),
    (
        "第三监督组",
        "婚姻登记窗口",
        "市民政局",
        "廉洁自律",
        "工作人员收受当事人赠送的香烟",
        date(2024, 7, 11),
        "2024年7月31日",
        "",
    ),
]


def write_window(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 18, 18, 12, 40, 12, 14, 30])
    b.line(ws, 0, "政务服务“清廉窗口”建设专项监督发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "监督单位：市纪委监委第三监督检查室及3个专项监督组    监督时间：2024年7月3日至7月11日    "
        "监督范围：市政务服务中心进驻窗口及乡镇（街道）便民服务中心",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "监督组",
            "被监督窗口",
            "所属单位",
            "问题类型",
            "发现问题",
            "交办日期",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(WINDOW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WINDOW_ROWS)
    b.line(ws, end + 1, "注：“立行立改”的问题以交办日期为整改时限；整改进展由所属单位每周五前更新。", 8)
    b.line(ws, end + 2, "填表人：韩立群    联系电话：0393-8866215    填报日期：2024年7月30日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 不动产登记历史遗留问题台账, after an account of how a city cleared 历史遗留小区未发证 problems (“一本历史遗留项目
# 不动产登记问题台账”; 梗阻原因; 规划、建设、测绘、交易、缴税等环节; “市级主策、区级主责”; 联席会议和区政府工作专班):
# http://yuqing.org/?p=49
# An .xls (xlwt): title, 填报单位 line, a two-row header (责任分工 over 牵头单位 and 配合单位), 梗阻原因 beside the
# 化解措施, short and former names of city departments as 牵头单位, a month range, a 合计 row and a 填表人 line.
ESTATE_ROWS = [
    (
        "华龙区",
        "濮上园小区",
        480,
        "开发企业未缴清土地出让金，无法办理首次登记",
        "追缴土地出让金，分期缴纳后先行办理首次登记",
        "市自然资源规划局",
        "市财政局、华龙区人民政府",
        "2024年9月底前",
        "已追缴出让金60%，正在协调剩余部分",
    ),
    (
        "华龙区",
        "昆吾小区",
        126,
        "规划核实未通过，存在超规划建设面积",
        "依法处罚后补办规划核实",
        "市规划局",
        "华龙区人民政府",
        "2024年6月30日",
        "已完成处罚并补办规划核实，业主已领证",
    ),
    (
        "开发区",
        "中原商住楼",
        212,
        "项目竣工验收备案缺失",
        "组织补办竣工验收备案",
        "市住建局",
        "开发区管委会",
        "年底前",
        "未启动",
    ),
    (
        "濮阳县",
        "锦绣家园",
        330,
        "开发企业已注销，契税和专项维修资金无法缴纳",
        "由业主个人申报缴纳契税，维修资金由属地代收",
        "市税务局",
        "市住建局、濮阳县人民政府",
        "2024年8月31日",
        "",
    ),
    (
        "清丰县",
        "阳光花园",
        96,
        "房屋测绘成果与登记簿记载面积不一致",
        "委托测绘单位重新测绘，更正登记",
        "市不动产登记中心",
        "清丰县人民政府",
        "2024.7.20",
        "已完成重新测绘，已全部办证",
    ),
    (
        "华龙区",
        "龙城佳苑",
        540,
        "在建工程抵押未解除，项目被法院查封",
        "协调抵押权人解押，申请法院解封",
        "华龙区人民政府",
        "市不动产登记中心、市中级人民法院",
        "2024年10-12月",
        "正在与抵押权人协商解押",
    ),
    (
        "南乐县",
        "城关镇单位集资房",
        64,
        "划拨土地未办理有偿使用手续",
        "补办出让手续，补缴土地收益",
        "南乐县人民政府",
        "市自然资源规划局",
        "2025年6月底前",
        "已制定化解方案，报县政府常务会研究",
    ),
    (
        "华龙区",
        "人民路回迁安置房",
        300,
        "安置房建设未办理建设工程规划许可",
        "联合会商后补办规划许可",
        "市城乡规划局",
        "华龙区人民政府、市住建局",
        "2024年11月30日",
        "已组织联合会商，正在补办规划手续",
    ),
]


def write_estate(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "不动产登记历史遗留项目未发证问题台账", t, 0, 10),
        (
            1,
            0,
            "填报单位：濮阳市不动产登记历史遗留问题化解工作专班（代章：濮阳市自然资源和规划局）    "
            "填报日期：2024年7月26日",
            plain,
            1,
            10,
        ),
    ]
    for col, word in enumerate(
        ["序号", "所在县（区）", "项目（小区）名称", "涉及户数", "梗阻原因", "化解措施"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "责任分工", h, 2, 7),
        (3, 6, "牵头单位", h),
        (3, 7, "配合单位", h),
        (2, 8, "计划完成时限", h, 3, 8),
        (2, 9, "化解进展", h, 3, 9),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(ESTATE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3) else c))
        cells.append((r, 10, "", c))
    r = 4 + len(ESTATE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, sum(row[2] for row in ESTATE_ROWS), ctr),
        (r, 4, "共8个项目", c, r, 10),
        (r + 1, 0, "填表人：任海涛    审核人：魏东升    联系电话：0393-4418620", plain, r + 1, 10),
    ]
    return _write_xls(path, [("问题台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 住房公积金“民声呼应”服务专窗, after a city 住房公积金管理中心's special window for problems met in 公积金业务 (专人值班,
# 设有问题反映台账，及时记录、收集、反馈企业群众诉求; 由责任部门沟通解释并及时回应; 需多个职能部门协调的由责任领导牵头):
# https://www.csjcs.com/news/show/28e4c78615b9bf82.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row whose 责任部门 are the centre's own 科室,
# 反映日期 as the base of 办理时限 in working days, a 反馈日期 beside the 办理情况, a 说明 line.
FUND_ROWS = [
    (
        date(2024, 7, 1),
        "现场",
        "职工离职后提取公积金被要求提供解除劳动合同证明，原单位已注销无法提供",
        "提取科",
        "5个工作日",
        "已协调以社保停缴记录替代，已办理提取",
        date(2024, 7, 5),
    ),
    (
        date(2024, 7, 3),
        "电话",
        "单位缴存基数年度调整在网上服务大厅无法提交",
        "信息科",
        "3个工作日",
        "系统问题已修复，已电话反馈单位经办人",
        date(2024, 7, 5),
    ),
    (
        date(2024, 7, 8),
        "12345转办",
        "异地贷款职工开具缴存使用证明需本人到场",
        "信贷科",
        "10个工作日",
        "正在与异地公积金中心对接线上出具",
        None,
    ),
    (date(2024, 7, 10), "现场", "公积金贷款审批超过承诺的5个工作日办结时限", "信贷科", "5个工作日", "", None),
    (
        date(2024, 7, 12),
        "来信",
        "单位为职工补缴欠缴公积金需提交材料多、程序繁琐",
        "归集科",
        "7月31日前",
        "已精简补缴材料至3项，已办结",
        date(2024, 7, 26),
    ),
    (
        date(2024, 7, 16),
        "电话",
        "租房提取每年需重复提交租赁合同等材料",
        "提取科",
        "8月底前",
        "正在研究租房按月自动提取方案",
        None,
    ),
    (
        date(2024, 7, 18),
        "现场",
        "服务大厅24号窗口工作人员解释政策不耐心",
        "办公室",
        "3个工作日",
        "已约谈当事人，当事人已当面致歉",
        date(2024, 7, 22),
    ),
    (
        date(2024, 7, 22),
        "网站留言",
        "灵活就业人员缴存后贷款额度测算规则未公开",
        "信贷科",
        "10个工作日",
        "尚未办理",
        None,
    ),
]


def write_fund_book(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("问题反映台账")
    b.widths(ws, [8, 12, 12, 40, 10, 12, 30, 12])
    b.line(ws, 0, "“民声呼应”服务专窗问题反映台账（2024年7月）", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房公积金管理中心    填报日期：2024年7月31日", 7)
    b.header(
        ws, 2, ["编号", "反映日期", "反映渠道", "反映问题", "责任部门", "办理时限", "办理情况", "反馈日期"]
    )
    for i, row in enumerate(FUND_ROWS, 1):
        b.put(ws, 2 + i, 0, f"MS2024-07{i:02d}", b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FUND_ROWS)
    b.line(ws, end + 1, "说明：办理时限自反映日期起按工作日计算；需多个科室协调的，由分管领导牵头办理。", 7)
    b.line(ws, end + 2, "登记人：石佳    联系电话：0393-8168826", 7)
    return b.close()


def write_fund(path: Path) -> Path:
    return via_soffice(write_fund_book, path, "xls", "民声呼应服务专窗问题反映台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 社会保险经办风险防控自查报告, after a county 社保局's self-check report (按照省社会保险管理局《关于进一步加强社会保险
# 经办风险防控的通知》精神，安排各股室针对业务经办中存在的薄弱环节和问题进行自查; 养老保险关系转移接续、补缴、工伤医疗费
# 报销、待遇发放和资格认证、重复领取养老金):
# https://m.fanwenwang.cn/shiyong/9zwcr6p.html
# A .docx report: title, 主送, a preamble and a paragraph on what was checked, then the problems as numbered
# paragraphs (each naming the 股室 in charge, the measure, the 时限 and the progress in sentences), the sender and
# date at the foot. The sender is named in the title and the signature; the rows name only its 股室.
SOCIAL_PARAS = [
    (
        "1.养老保险关系转移接续方面：部分转入人员档案资料未及时归档，纸质档案与系统电子档案不一致。整改措施："
        "由养老保险股负责逐人核对补录，7月底前完成归档。目前已全部核对归档。"
    ),
    (
        "2.养老保险费补缴方面：对补缴3年以上人员的原始工资发放表审核把关不严，个别凭证复印件未加盖单位公章。"
        "整改措施：由征缴股对2022年以来补缴资料逐份复核，2024年8月31日前完成。目前正在逐份复核。"
    ),
    (
        "3.工伤医疗费报销方面：个别报销单据未严格对照《药品目录》审核，存在目录外药品纳入支付。整改措施："
        "由工伤保险股追回多支付费用并完善复核程序，整改时限2024年7月15日。已追回多支付费用，整改完毕。"
    ),
    (
        "4.待遇资格认证方面：居住在外省的退休人员认证率偏低，存在待遇冒领风险。整改措施：由待遇发放股通过"
        "指纹认证、上门服务认证等方式常态化开展认证，长期坚持。"
    ),
    (
        "5.重复领取养老金方面：比对发现2名人员同时在外省领取养老金，未及时暂停发放。整改措施：由稽核股立即"
        "暂停发放并追回重复领取金额，整改时限2024年7月10日。目前已暂停发放，追回工作正在进行。"
    ),
    (
        "6.内部控制方面：部分经办岗位“一人多岗”，前台受理与后台审核未完全分离。整改措施：由办公室牵头调整"
        "岗位设置，9月底前完成。目前尚未调整。"
    ),
    "7.信息系统管理方面：业务系统操作员密码长期未更换，存在借用账号现象。整改措施：由信息股组织全员更换密码，"
    "落实一人一号，2024年7月20日前完成。",
]


def write_social(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳县社会保险中心关于社会保险经办风险防控自查情况的报告")
    _paragraph(doc, "市人力资源和社会保障局：")
    _paragraph(
        doc,
        "按照《关于进一步加强社会保险经办风险防控的通知》精神，我中心按照文件要求，安排各股室针对业务经办中"
        "存在的薄弱环节和问题进行了自查，现将自查情况报告如下：",
    )
    _paragraph(doc, "一、自查基本情况", font="黑体")
    _paragraph(
        doc,
        "本次自查覆盖养老保险关系转移接续、养老保险费补缴、工伤医疗费报销、社会保险待遇发放、内部控制和信息系统"
        "管理等环节，共抽查业务档案620份。总体看，各项业务基本按规定程序经办，但仍存在一些薄弱环节。",
    )
    _paragraph(doc, "二、存在的问题及整改措施", font="黑体")
    for text in SOCIAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我中心将以此次自查为契机，健全经办风险防控长效机制，定期开展自查和交叉检查，确保社会保险基金安全。",
    )
    _paragraph(doc, "濮阳县社会保险中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 医保基金专项审计发现问题整改, after a county 医疗保障局's report on the 医保基金专项审计 of its 医保中心 and 医共体
# (制度执行不到位、凭证手续不齐、记账金额不符、城乡居民医疗救助兜底资金不到位; 待遇支付股、审核股、征缴股等业务股室负责人
# 以及医共体相关财务人员为成员; 10条问题照单全收，逐条逐项整改，形成整改问题清单):
# https://www.mengcheng.gov.cn/XxgkContent/show/2296301.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row whose 责任股室（单位） names the centre's own
# 股室 as well as the county 财政局 and two 医共体 hospitals, 整改情况 beside 整改结果, a 填表说明 and a signature line.
MEDICARE_ROWS = [
    (
        "制度执行",
        "未按规定开展医保经办内部稽核，2023年度内审报告缺失",
        "稽核股",
        "补做2023年度内部审计并形成报告",
        "2024年6月30日",
        "已补做内审并形成报告",
        "已整改",
    ),
    (
        "凭证手续",
        "部分零星报销医疗费用凭证缺少审核人签字",
        "审核股",
        "补齐签字，建立双人复核制度",
        "2024年7月15日",
        "已补齐签字，双人复核制度已执行",
        "已整改",
    ),
    (
        "记账金额",
        "城乡居民医保基金支出户与银行对账单差额1.26万元未调节",
        "财务股",
        "逐笔核对，编制余额调节表",
        "2024年7月31日",
        "正在逐笔核对",
        "",
    ),
    (
        "医疗救助",
        "2023年城乡居民医疗救助资金县级配套未足额到位",
        "濮阳县财政局",
        "足额拨付县级配套资金",
        "2024年10月底前",
        "已拨付配套资金120万元，剩余部分列入四季度预算",
        "",
    ),
    (
        "待遇支付",
        "已死亡参保人员职工医保个人账户仍继续划拨",
        "待遇支付股",
        "停止划拨并追回资金",
        "2024.7.10",
        "已停止划拨，追回资金0.83万元",
        "已整改",
    ),
    (
        "基金征缴",
        "灵活就业人员中断缴费后未及时办理停保",
        "征缴股",
        "与税务部门比对缴费数据，及时停保",
        "9月底前",
        "未整改",
        "",
    ),
    (
        "医共体",
        "医共体医保基金总额预付资金年终清算不及时",
        "濮阳县人民医院",
        "完成2023年度预付资金清算",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "医共体",
        "超标准收取住院床位费",
        "濮阳县中医医院",
        "退还多收费用，规范收费",
        "2024年7月20日",
        "已退还部分参保人多收费用",
        "",
    ),
]


def write_medicare_book(path: Path) -> Path:
    b = Book(path, author="医保中心")
    ws = b.sheet("整改问题清单")
    b.widths(ws, [6, 10, 40, 14, 28, 16, 30, 10])
    b.line(ws, 0, "2023年度医保基金专项审计发现问题整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳县医疗保障服务中心（盖章）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题类别",
            "审计发现问题",
            "责任股室（单位）",
            "整改措施",
            "整改时限",
            "整改情况",
            "整改结果",
        ],
    )
    for i, row in enumerate(MEDICARE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MEDICARE_ROWS)
    b.line(ws, end + 1, "填表说明：整改到位的在“整改结果”栏填写“已整改”，未到位的填写整改情况。", 7)
    b.line(ws, end + 2, "分管负责人：陈峰    填表人：许丽娜    联系电话：0393-3221569", 7)
    return b.close()


def write_medicare(path: Path) -> Path:
    via_soffice(write_medicare_book, path, "ods", "医保基金专项审计发现问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 纳税服务投诉登记台账, after a provincial 国税局's 纳税服务投诉管理实施办法 (投诉的受理、调查、处理决定、告知投诉人;
# 市、县级国税机关纳税服务部门具体负责; 跟踪回访; 办理期限按工作日计):
# https://2862.com.cn/JjRYPaJO
# A CSV in GBK, as a complaint system exports it: a title line, a line stating the 受理日期 the working days count
# from, one header line with the 投诉人 (the complainant) beside the 承办单位, one row naming the sender's own 办税服务厅,
# a 合计 line.
TAX_ROWS = [
    (
        "TS2024070101",
        "2024-07-01",
        "12366热线",
        "服务态度",
        "王先生",
        "国家税务总局濮阳县税务局",
        "办税服务厅工作人员办理发票领用时态度生硬",
        "10个工作日",
        "投诉属实，已对当事人批评教育并向纳税人致歉",
        "2024-07-09",
    ),
    (
        "TS2024070201",
        "2024-07-02",
        "网站",
        "服务质效",
        "濮阳市豫龙商贸有限公司",
        "国家税务总局清丰县税务局",
        "小规模纳税人减免增值税政策落实不到位，多缴税款未退还",
        "3个工作日",
        "已办理退税，已办结",
        "2024-07-05",
    ),
    (
        "TS2024070501",
        "2024-07-05",
        "现场",
        "服务质效",
        "刘女士",
        "国家税务总局濮阳市华龙区税务局",
        "电子税务局申报系统故障导致逾期申报，被加收滞纳金",
        "20个工作日",
        "正在核实系统故障时段",
        "",
    ),
    (
        "TS2024070901",
        "2024-07-09",
        "12345转办",
        "服务态度",
        "赵先生",
        "国家税务总局南乐县税务局",
        "纳税咨询电话长时间无人接听",
        "10个工作日",
        "",
        "",
    ),
    (
        "TS2024071101",
        "2024-07-11",
        "信函",
        "侵犯权益",
        "濮阳市恒泰建材有限公司",
        "国家税务总局范县税务局",
        "税务人员向他人透露纳税人经营信息",
        "20个工作日",
        "已立案调查，正在调取相关记录",
        "",
    ),
    (
        "TS2024071501",
        "2024-07-15",
        "现场",
        "服务质效",
        "孙先生",
        "市局办税服务厅",
        "办税服务厅自助办税终端故障长期未修复",
        "10个工作日",
        "已更换终端，恢复使用",
        "2024-07-24",
    ),
    (
        "TS2024071801",
        "2024-07-18",
        "12366热线",
        "服务态度",
        "周女士",
        "国家税务总局台前县税务局",
        "窗口人员要求提供非必要的房产证明复印件",
        "10个工作日",
        "经核实投诉事实不成立，已向投诉人解释说明，已办结",
        "2024-07-25",
    ),
    (
        "TS2024072201",
        "2024-07-22",
        "网站",
        "服务质效",
        "李先生",
        "国家税务总局濮阳县税务局",
        "缴纳契税需在税务窗口与不动产登记窗口之间往返跑",
        "20个工作日",
        "尚未处理",
        "",
    ),
]


def write_tax(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["国家税务总局濮阳市税务局纳税服务投诉登记台账"])
    w.writerow(
        ["统计区间：2024年7月1日至2024年7月31日；办理时限自受理日期起按工作日计算；导出单位：纳税服务科"]
    )
    w.writerow(
        [
            "投诉编号",
            "受理日期",
            "投诉渠道",
            "投诉类别",
            "投诉人",
            "承办单位",
            "投诉内容",
            "办理时限",
            "处理结果",
            "办结日期",
        ]
    )
    for row in TAX_ROWS:
        w.writerow(row)
    w.writerow(["合计", "", "", "", "", "", "受理纳税服务投诉8件，办结4件", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 公证质量检查, after a provincial 司法厅's 公证质量检查评定办法 (成立检查组代表活动组织单位行使检查职权; 定期检查和
# 不定期检查，全面检查、随机抽查、专项检查、个案检查; 每个公证机构受检不少于100件; 设区市司法局每年至少一次全面质量检查):
# http://sft.fujian.gov.cn/zwgk/zfxxgkzl/zfxxgkml/xzgfxwj/201107/t20110711_3040136.htm
# An .xlsx: title, a line stating the check and the 反馈 date the working days and 立行立改 count from, a two-row
# header (整改落实 over 整改情况 and 复查结论) with the 检查组 (the inspector) and 卷宗号 beside the 受检公证机构,
# a 注 line and a signature line.
NOTARY_ROWS = [
    (
        "第一检查组",
        "濮阳市公证处",
        "（2024）豫濮证民字第1032号",
        "遗嘱公证未按规定全程录音录像",
        "配齐录音录像设备，完善遗嘱公证办理规程",
        "2024年7月15日",
        "已购置设备并修订办理规程",
        "复查合格",
    ),
    (
        "第一检查组",
        "濮阳市公证处",
        "（2024）豫濮证民字第0875号",
        "询问笔录缺少当事人签名捺印",
        "补充完善笔录，加强出证前审查",
        "2024.7.10",
        "已整改",
        "",
    ),
    (
        "第二检查组",
        "濮阳县公证处",
        "（2024）豫濮县证字第0412号",
        "公证员审批自己承办的公证书",
        "严格执行审批出证制度",
        "立行立改",
        "已整改，已明确由负责人指定的其他公证员审批",
        "复查合格",
    ),
    (
        "第二检查组",
        "濮阳县公证处",
        "（2024）豫濮县证字第0533号",
        "继承权公证未核实全部法定继承人",
        "补充调查核实，必要时撤销公证书",
        "15个工作日",
        "正在补充调查",
        "",
    ),
    (
        "第三检查组",
        "清丰县公证处",
        "（2024）豫清证字第0216号",
        "委托公证收费高于收费标准",
        "退还多收费用，公示收费标准",
        "2024年7月31日前",
        "未整改",
        "",
    ),
    (
        "第三检查组",
        "清丰县公证处",
        "—",
        "公证专用水印纸使用登记簿记录不全",
        "建立水印纸领用登记制度",
        "8月底前",
        "",
        "",
    ),
    (
        "第四检查组",
        "南乐县公证处",
        "（2024）豫南证字第0198号",
        "公证卷宗未按期立卷归档",
        "限期完成立卷归档",
        "2024年9月30日",
        "已完成归档60%",
        "",
    ),
    (
        "第四检查组",
        "范县公证处",
        "—",
        "未按季度开展公证质量自查",
        "每季度开展一次质量自查并形成书面报告",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_notary(path: Path) -> Path:
    b = Book(path, author="公共法律服务管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 16, 26, 34, 30, 16, 30, 12])
    b.line(ws, 0, "2024年度公证质量检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "组织单位：濮阳市司法局    检查时间：2024年6月24日至6月28日    检查方式：随机抽查卷宗    "
        "检查结果反馈日期：2024年7月1日（整改时限中的工作日及“立行立改”自反馈日期起计算）",
        8,
    )
    for c, word in enumerate(
        ["序号", "检查组", "受检公证机构", "卷宗号", "发现问题", "整改要求", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复查结论"], first=7)
    for i, row in enumerate(NOTARY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(NOTARY_ROWS)
    b.line(ws, end + 1, "注：整改责任单位为受检公证机构；“复查结论”由检查组复查后填写。", 8)
    b.line(
        ws,
        end + 2,
        "填表人：宋文静    审核人：谷建华    联系电话：0393-8993562    填报日期：2024年7月30日",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 户口登记管理突出问题核查整改, after a city 公安局's account of its 户口清理整顿 (限期核查整改户口登记管理突出问题;
# 逐个分局下发《整改通知书》; 多次变更主项信息、补登户口后迁往市外; 注销应销未销户口; 工作组逐派出所、逐户籍窗口检查;
# 户口印章、数字证书使用登记、业务监督台账):
# http://ba.cc/topic/73892
# A .zip of two returns: a 分局's .xlsx (填报单位 line with the 整改通知书 date the 立行立改 counts from; the 派出所 as
# 整改责任单位; the 督导组 opinion beside the progress) and a county 公安局's .docx (a table of its 派出所).
HUKOU_ROWS = [
    (
        "濮阳市公安局华龙分局胜利路派出所",
        "应销未销户口",
        "辖区死亡人员户口未及时注销23人",
        23,
        "逐人核查后依法注销",
        "2024年7月15日",
        "已注销21人，2人正在入户核实",
        "",
    ),
    (
        "濮阳市公安局华龙分局中原路派出所",
        "多次变更主项信息",
        "出生日期多次变更缺少审批材料12人",
        12,
        "补齐审批材料，不符合规定的恢复原登记",
        "7月31日前",
        "已完成核查，不合规的已恢复原登记",
        "验收合格",
    ),
    (
        "濮阳市公安局华龙分局人民路派出所",
        "窗口管理",
        "户口专用章未落实专人保管和使用登记",
        None,
        "建立户口专用章使用登记簿",
        "2024.7.5",
        "已整改",
        "",
    ),
    (
        "濮阳市公安局华龙分局孟轲派出所",
        "补登户口后迁出",
        "补登户口后短期内迁往市外，调查材料不全5人",
        5,
        "入户调查，补充调查材料",
        "2024年8月31日",
        "未整改",
        "",
    ),
    (
        "濮阳市公安局华龙分局岳村派出所",
        "数字证书管理",
        "户籍民警数字证书交由辅警使用",
        None,
        "收回数字证书，落实一人一证",
        "立行立改",
        "",
        "",
    ),
]
QINGFENG_ROWS = [
    ("清丰县公安局城关派出所", "辖区存在重复户口3人未清理", "2024年7月20日", "已注销重复户口"),
    ("清丰县公安局韩村派出所", "户籍档案未按要求装订归档，部分档案缺页", "9月30日前", "正在整理装订"),
    ("清丰县公安局马庄桥派出所", "户籍窗口未公示办事指南和监督电话", "2024.7.10", "已公示"),
    ("清丰县公安局六塔派出所", "户籍业务监督台账未建立", "8月15日前", ""),
    ("清丰县公安局仙庄派出所", "户籍民警对户口迁移政策掌握不准", "长期坚持", "常态化开展业务培训"),
]


def write_hukou_book(path: Path) -> Path:
    b = Book(path, author="户政科")
    ws = b.sheet("核查整改台账")
    b.widths(ws, [6, 32, 16, 36, 10, 30, 14, 30, 12])
    b.line(ws, 0, "户口登记管理突出问题核查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市公安局华龙分局    整改通知书下发日期：2024年7月2日    填报日期：2024年7月29日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位",
            "问题类型",
            "问题描述",
            "涉及人数",
            "整改措施",
            "整改时限",
            "整改进展",
            "督导组意见",
        ],
    )
    for i, row in enumerate(HUKOU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HUKOU_ROWS)
    b.line(ws, end + 1, "负责人：冯建军    填表人：白雪    联系电话：0393-4689110", 8)
    return b.close()


def write_qingfeng_docx(path: Path) -> Path:
    doc = _new_document("户政管理大队")
    _title(doc, "户口清理整顿检查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：清丰县公安局户政管理大队    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(QINGFENG_ROWS, 1)]
    _table(doc, ["序号", "整改责任单位", "检查发现问题", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：孔令辉    联系电话：0393-7221110", 12)
    return _save_fixed(doc, path)


def write_hukou(path: Path) -> Path:
    members = [
        ("户口登记管理突出问题核查整改台账（华龙分局）.xlsx", write_hukou_book),
        ("户口清理整顿检查发现问题整改情况表（清丰县公安局）.docx", write_qingfeng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("关于第二季度纪检巡查发现干部作风问题及整改情况的通报.docx", write_style),
    ("规范村级组织工作事务机制牌子和证明事项督查台账.xlsx", write_burden),
    ("政务服务清廉窗口专项监督发现问题整改台账.xlsx", write_window),
    ("不动产登记历史遗留项目未发证问题台账.xls", write_estate),
    ("民声呼应服务专窗问题反映台账（市住房公积金管理中心）.et", write_fund),
    ("濮阳县社会保险中心社会保险经办风险防控自查报告.docx", write_social),
    ("2023年度医保基金专项审计发现问题整改清单.ods", write_medicare),
    ("纳税服务投诉登记台账（2024年7月）.csv", write_tax),
    ("2024年度公证质量检查发现问题整改台账.xlsx", write_notary),
    ("户口清理整顿问题整改（两个公安机关）.zip", write_hukou),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

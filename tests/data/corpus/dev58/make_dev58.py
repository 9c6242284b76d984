"""Write the dev58 returns: ten files laid out after ten public sources, cited beside each layout below.

Senders of ten kinds: 街道社区, 高校, 公交公司, 开发区/园区, 商会/协会, 金融机构, 供电公司, 医院, 村级 (a .zip of two
village returns) and a 市直部门. Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .et and .ods
(LibreOffice conversions), a CSV in GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps
(Word 97 via LibreOffice) with numbered paragraphs. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev58.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 创文暗访督查问题整改情况 from a 街道办事处, after a city 创文办's 创文曝光台 (暗访督查 of 便民服务大厅, 背街小巷, 老旧
# 小区; the problems listed under each community with “（责任单位：…）” beside its name, numbered 1、2、 inside it):
# http://jingzhou.cjyun.org/p/309348.html
# An .xlsx: title, 暗访 preamble, 填报单位 line, one header row; a merged section row per community naming the
# 责任单位 (the unit is read from there), 序号 restarting inside each section; a 注 line and a signature line.
STREET_SECTIONS = [
    (
        "一、东关社区（责任单位：华龙区胜利路街道东关社区居民委员会）",
        [
            ("学雷锋志愿服务岗上班时间无人在岗", "已安排志愿者轮流值守，已整改。", "7月15日前"),
            ("便民服务大厅内电动车违规停放充电", "已清理，在室外设置集中充电桩，已整改。", "7月12日前"),
            ("东关街北段电线乱拉乱搭", "已联系供电、通信运营单位，正在规整线路。", "8月底前"),
        ],
    ),
    (
        "二、建设路社区（责任单位：华龙区胜利路街道建设路社区居民委员会）",
        [
            ("临街商铺出店经营、占道经营问题普遍", "长期坚持，每日巡查劝导。", "长期坚持"),
            ("小区垃圾桶无盖，垃圾外溢未及时清运", "", "7月20日前"),
            ("社区宣传栏公益广告破损未更新", "未整改。", "7月31日前"),
        ],
    ),
    (
        "三、街道办事处机关（责任单位：华龙区胜利路街道办事处）",
        [
            ("办事处院内未设置无障碍卫生间", "已完成选址，正在施工改造。", "9月底前"),
            ("机关食堂内外环境卫生状况差", "已整改，经区创文办复查合格。", "7月15日前"),
        ],
    ),
]


def write_street(path: Path) -> Path:
    b = Book(path, author="胜利路街道创文办")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 40, 36, 14, 12])
    b.line(ws, 0, "胜利路街道创文暗访督查问题整改情况表", 4, b.title)
    b.line(
        ws,
        1,
        "7月10日，市创文办考评督导办对我街道所辖社区便民服务大厅、背街小巷、老旧小区等区域进行暗访督查，"
        "现将问题清单整改情况报告如下：",
        4,
    )
    b.line(ws, 2, "填报单位：华龙区胜利路街道办事处    填报日期：2024年7月26日", 4)
    b.header(ws, 3, ["序号", "暗访发现问题", "整改措施及进展", "整改时限", "备注"])
    r = 4
    for title, rows in STREET_SECTIONS:
        b.merge(ws, r, 0, r, 4, title, b.section)
        r += 1
        for i, (problem, progress, limit) in enumerate(rows, 1):
            b.row(ws, r, [f"{i}", problem, progress, limit, ""])
            b.put(ws, r, 0, f"{i}", b.center)
            r += 1
    b.line(ws, r, "注：整改时限为市创文办交办单载明的时限；长期坚持的问题纳入社区日常巡查。", 4)
    b.line(ws, r + 1, "填表人：刘晓燕    审核人：张国庆    联系电话：0393-8812345", 4)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 新校区运行问题清单整改落实情况 from a 高校, after a university's account of its new campus's 问题清单 (116条, 按问题
# 性质归类: 工程建设、学生管理、多媒体教学、安全保卫、后勤服务、家具配备、交通出行; 逐项明确责任单位和责任人; 时间节点;
# 个别重大问题拿出整改计划时间表):
# https://xcbnew.stdu.edu.cn/news/2019-10-10-09-43-14
# A .docx: title, an opening paragraph, a table whose 责任单位 are the college's own offices (the unit is the college,
# named only in the title and the signature), one deadline inside a schedule text, a signature at the foot.
CAMPUS_ROWS = [
    (
        "工程建设",
        "学生宿舍楼顶层部分房间雨天渗漏",
        "基建处",
        "王建军",
        "2024年8月20日前",
        "已完成屋面防水层修补，经雨后复查无渗漏。",
    ),
    (
        "多媒体教学",
        "教学楼B区12间教室投影设备无法正常投屏",
        "信息化中心",
        "陈亮",
        "2024年7月15日前",
        "已更换投屏设备，已整改到位。",
    ),
    (
        "安全保卫",
        "校区东门夜间照明不足，监控存在盲区",
        "保卫处",
        "赵志刚",
        "2024年8月31日前",
        "已增设路灯6盏，监控点位正在安装。",
    ),
    (
        "后勤服务",
        "第二食堂就餐高峰排队时间过长",
        "后勤服务中心",
        "孙丽",
        "长期坚持",
        "已增开4个售饭窗口，常态化推进。",
    ),
    (
        "交通出行",
        "新老校区之间通勤班车班次少、间隔长",
        "后勤服务中心",
        "孙丽",
        "2024年9月1日前",
        "正在与市众意公交公司协调开通定制公交线路。",
    ),
    (
        "家具配备",
        "图书馆自习区桌椅数量不足",
        "资产管理处",
        "李红梅",
        "7月底前完成采购，8月25日前全部安装到位",
        "",
    ),
    (
        "学生管理",
        "学生宿舍晚归登记制度执行不严",
        "学生工作处",
        "周建华",
        "2024年7月10日前",
        "尚未启动。",
    ),
]


def write_campus(path: Path) -> Path:
    doc = _new_document("新校区管委会办公室")
    _title(doc, "濮阳职业技术学院新校区运行问题清单整改落实情况", 20)
    _paragraph(
        doc,
        "新校区投入使用以来，校区管委会向各院系和职能部门收集影响校区运转的问题和意见建议，经全面梳理，"
        "形成问题清单共58条，按问题性质分为工程建设、学生管理、多媒体教学、安全保卫、后勤服务、家具配备、"
        "交通出行七类，逐项明确责任单位和责任人。现将重点问题整改落实情况列表如下：",
        14,
    )
    _table(
        doc,
        ["序号", "问题类别", "问题描述", "责任单位", "责任人", "完成时间节点", "整改落实情况"],
        [[str(i), *row] for i, row in enumerate(CAMPUS_ROWS, 1)],
    )
    _paragraph(doc, "个别需进一步研究落实的问题，责任单位已拿出整改计划时间表，校区管委会将跟踪督办。", 14)
    _paragraph(doc, "濮阳职业技术学院新校区管理委员会办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 乘客投诉受理台账 from a 公交公司, after a bus company's 公交投诉受理流程 (投诉电话公示; 投诉内容分类转送相关部门核实
# 处理; 网络问政; 受理之日起3个工作日内反馈, 特殊情况说明原因并明确办理时限, 最长不超过十五个工作日; 建立投诉台账):
# http://china-coors.com/show-10-272-1.html
# A CSV in GBK: title and 填报单位 lines, one header row, 转送部门 the company's own teams, 办理时限 in working days
# from the 受理日期, a 合计 row, a 说明 line and a signature line.
BUS_ROWS = [
    (
        "2024-07-02",
        "服务热线",
        "8路公交车驾驶员未进站停靠，乘客追车",
        "第一车队",
        "3个工作日",
        "经调取视频核实属实，已对驾驶员批评教育并扣减考核分",
        "已反馈投诉人",
    ),
    (
        "2024-07-05",
        "12345转办",
        "夜班K3路末班车提前发车",
        "第二车队",
        "3个工作日",
        "正在调取车载GPS数据核实",
        "已电话告知办理进度",
    ),
    (
        "2024-07-09",
        "网络问政",
        "建议在开州路中段新增公交站点",
        "运营调度部",
        "15个工作日（需站点论证）",
        "已答复：站点设置需经交通运输部门论证，已纳入下半年线网优化方案",
        "已答复",
    ),
    ("2024-07-15", "服务热线", "3路车厢内空调不制冷，车内闷热", "安全技术部", "3个工作日", "", ""),
    (
        "2024-07-18",
        "服务热线",
        "刷卡机重复扣费2元",
        "票务中心",
        "3个工作日",
        "核实为读卡设备故障，已退还多扣费用",
        "已反馈，投诉人满意",
    ),
    (
        "2024-07-22",
        "网络问政",
        "12路驾驶员行车中接打手机",
        "第一车队",
        "3个工作日",
        "未办理",
        "",
    ),
    (
        "2024-07-24",
        "服务热线",
        "华龙路站公交站亭顶棚破损漏雨",
        "场站管理部",
        "15个工作日（需更换构件）",
        "已订购顶棚构件，到货后更换",
        "已告知投诉人办理时限",
    ),
]


def write_bus(path: Path) -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    blank = [""] * 7
    w.writerow(["市众意公交公司乘客投诉受理台账（2024年7月）", *blank])
    w.writerow(["填报单位：市众意公交公司客服中心", "", "", "", "", "统计截止：2024年7月31日", "", ""])
    w.writerow(["序号", "受理日期", "投诉渠道", "投诉内容", "转送部门", "办理时限", "处理结果", "反馈情况"])
    for i, row in enumerate(BUS_ROWS, 1):
        w.writerow([str(i), *row])
    w.writerow(["合计", "", "", "受理投诉7件，已办结3件", "", "", "", ""])
    w.writerow(
        [
            "说明：办理时限自受理之日起计算；特殊情况不能在3个工作日内办结的，说明原因并明确办理时限，"
            "最长不超过十五个工作日。",
            *blank,
        ]
    )
    w.writerow(["填表人：马丽娟", "", "", "审核：刘东", "", "", "2024年7月31日", ""])
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 园区综合巡查问题整改台账 from an 开发区, after a 街道's account of its industrial park patrol (园区企业、环境、基础
# 设施及危化车辆综合巡查; 对先前检查发现的问题开展复核, 确认均已整改到位; 新发现的不规范问题责令企业15个工作日内完成
# 整改并提交报告; 引导危化货车规范停放到专用停车场):
# http://m.ycrmtzx.cn/p/113518.html
# An .ods (LibreOffice conversion): title, a preamble stating the 15-working-day rule, one header row with the
# 巡查交办日期, the 巡查类别, the enterprise as 责任单位 and the patrol members beside it, a 复核情况 column; signature.
PARK_ROWS = [
    (
        date(2024, 6, 12),
        "企业",
        "甲类仓库防爆灯具损坏未更换",
        "濮阳宏润新材料有限公司",
        "周敏、吴海涛",
        "2024年6月30日前完成整改",
        "7月16日复核，已整改到位",
    ),
    (
        date(2024, 6, 12),
        "环境",
        "事故应急池被杂物占用，有效容积不足",
        "濮阳恒通精细化工有限公司",
        "周敏、吴海涛",
        "2024年6月30日前完成整改",
        "7月16日复核，已整改到位",
    ),
    (
        date(2024, 7, 16),
        "环境",
        "危废暂存间标识标牌不规范，出入库台账记录不全",
        "濮阳中原环保科技有限公司",
        "邓建伟、冯志强",
        "15个工作日内完成整改并提交报告",
        "企业正在整改，标识标牌已更换",
    ),
    (
        date(2024, 7, 16),
        "基础设施",
        "厂区雨污管网存在混接",
        "濮阳蓝天工业气体有限公司",
        "邓建伟、冯志强",
        "15个工作日内完成整改并提交报告",
        "",
    ),
    (
        date(2024, 7, 16),
        "危化车辆",
        "危化品运输车辆在发展三路路边停放，未进专用停车场",
        "濮阳顺达危险货物运输有限公司",
        "邓建伟、冯志强",
        "立行立改",
        "已当场引导车辆进入危化车辆专用停车场",
    ),
    (
        date(2024, 7, 17),
        "企业",
        "特种作业人员证书过期未复审",
        "濮阳金盾化学试剂有限公司",
        "周敏、吴海涛",
        "15个工作日内完成整改并提交报告",
        "未整改",
    ),
    (
        date(2024, 7, 17),
        "企业",
        "生产车间消防通道堆放成品，通道宽度不足",
        "濮阳华瑞塑业有限公司",
        "周敏、吴海涛",
        "15个工作日内完成整改并提交报告",
        "已清理通道堆放物，正在施划通道标线",
    ),
]


def write_park_book(path: Path) -> Path:
    b = Book(path, author="园区安全环保办")
    ws = b.sheet("巡查问题")
    b.widths(ws, [6, 14, 10, 36, 26, 16, 26, 28])
    b.line(ws, 0, "化工产业园综合巡查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "园区巡查专班对园区企业、环境、基础设施及危化车辆开展综合巡查，对前期检查发现的问题开展复核；"
        "新发现的问题，责令企业自交办之日起15个工作日内完成整改并提交报告。",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "巡查交办日期", "巡查类别", "问题描述", "责任单位", "巡查人员", "整改要求", "复核情况"],
    )
    for i, row in enumerate(PARK_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    r = 3 + len(PARK_ROWS)
    b.line(
        ws, r, "填报单位：濮阳经济技术开发区化工产业园管理办公室（盖章）    填表人：周敏    2024年7月30日", 7
    )
    return b.close()


def write_park(path: Path) -> Path:
    via_soffice(write_park_book, path, "ods", "化工产业园综合巡查问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 清廉商会建设“回头看”交叉检查发现问题及整改情况 from a 商会 leading a check group, after a 商会's account of the
# 嘉兴 工商联 “回头看” (检查小组组长由一家商会秘书长担任, 会同另两家商协会秘书长, 对五家商协会交叉检查; 重点为商协会
# 建设、会费标准及财务管理制度、清理优化评比表彰; 检查结果反馈给工商联商会协会指导部):
# http://www.jxscc.org/index.php?s=/Show/index/cid/16/id/175.html
# A .doc (LibreOffice conversion): 主送 line, title, an opening paragraph naming the check group (the inspectors), one
# heading per checked organisation (the unit), its problems as numbered paragraphs with 整改情况 and 整改时限 after
# each; the group leader's signature and the date.
CHAMBER_SECTIONS = [
    (
        "一、濮阳市河北商会",
        [
            (
                "会费收取标准未经会员大会表决通过",
                "已于7月12日召开会员大会重新表决，已整改。",
                "7月20日前",
            ),
            (
                "财务报销凭证缺少经办人签字",
                "正在逐笔补签，完善报销审批流程。",
                "8月底前",
            ),
        ],
    ),
    (
        "二、濮阳市黑龙江商会",
        [
            (
                "未建立财务管理制度，收支由秘书长个人记账",
                "已委托代理记账机构，财务管理制度正在起草。",
                "9月30日前",
            ),
            (
                "自行开展“优秀会员企业”评比表彰未按规定报批",
                "未整改。",
                "7月31日前",
            ),
        ],
    ),
    (
        "三、濮阳市电子商务行业协会",
        [
            ("分支机构重复收取会费", "已清退重复收取的会费，已销号。", "7月15日前"),
            ("协会网站未公开收费项目和收费标准", "", "8月15日前"),
        ],
    ),
    (
        "四、濮阳市公共交通协会",
        [("会员代表大会未按章程每年召开", "常态化推进，按章程每年召开会员代表大会。", "长期坚持")],
    ),
]


def write_chamber_docx(path: Path) -> Path:
    doc = _new_document("濮阳市四川商会秘书处")
    _paragraph(doc, "市工商联商会协会指导部：", 16)
    _title(doc, "第七检查小组清廉商会建设“回头看”交叉检查发现问题及整改情况")
    _paragraph(
        doc,
        "按照市工商联统一安排，第七检查小组（组长：濮阳市四川商会秘书长杨永福；成员：濮阳市湖南商会秘书长黄玉芳、"
        "濮阳市餐饮饭店行业协会秘书长何晓琳）于6月下旬对以下商协会开展交叉检查，重点检查商协会建设、会费标准及"
        "财务管理制度、清理优化评比表彰等方面。现将发现问题及整改情况报告如下：",
    )
    for heading, items in CHAMBER_SECTIONS:
        _paragraph(doc, heading, 16, "黑体")
        for i, (problem, progress, limit) in enumerate(items, 1):
            _paragraph(doc, f"{i}.{problem}。", 16)
            if progress:
                _paragraph(doc, f"整改情况：{progress}", 16)
            _paragraph(doc, f"整改时限：{limit}", 16)
    _paragraph(doc, "检查小组组长：杨永福", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "濮阳市四川商会（代章）", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_chamber(path: Path) -> Path:
    return via_soffice(write_chamber_docx, path, "doc", "清廉商会回头看交叉检查问题整改情况.docx")


# ---------------------------------------------------------------------------------------------
# 6. 运营现场突击检查发现问题整改情况反馈表 from a bank branch, after an account of a 农行 开发区支行's 运营现场突击检查
# (检查网点整体运营管理; 重点为内务清理、设备管理和业务资料保管; 部分问题没有纠改; 抽屉内物品摆放杂乱; 下发通报, 要求
# 网点立即整改, 将整改措施、落实情况反馈至支行综合管理部):
# http://xinjr.com/yinxing/yaowen3/2017-11-21/470731.html
# An .xls (xlwt): title naming the branch (the unit; the rows name its own 网点), 检查时间 line, one header row with
# 检查重点 and a 是否纠改 column, 整改期限 as text (2024.7.12), a 注 line and a signature line.
BANK_ROWS = [
    (
        "营业部",
        "内务清理",
        "柜员抽屉内现金与私人物品混放",
        "立即清理，落实一日一清",
        "已纠改",
        "2024.7.12",
        "是",
    ),
    (
        "营业部",
        "设备管理",
        "自助设备加钞钥匙与密码由同一人保管",
        "落实钥匙、密码分人保管",
        "已调整保管人员，已纠改",
        "2024.7.12",
        "是",
    ),
    (
        "开州路分理处",
        "业务资料保管",
        "重要空白凭证登记簿记录不连续",
        "补登记录，专人复核",
        "正在逐本核对补登",
        "2024.7.31",
        "否",
    ),
    ("开州路分理处", "内务清理", "营业大厅宣传折页过期未撤换", "", "", "2024.7.20", "否"),
    (
        "黄河路分理处",
        "设备管理",
        "监控录像保存不足90天",
        "更换大容量存储设备",
        "存储设备已报上级行审批采购",
        "2024.8.31",
        "否",
    ),
    (
        "黄河路分理处",
        "业务资料保管",
        "已销户账户资料未按期归档",
        "按月归档，定期检查",
        "",
        "2024.8.15",
        "",
    ),
    (
        "全辖网点",
        "内务清理",
        "部分员工对运营管理制度掌握不熟练",
        "常态化开展制度学习和抽查",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_bank(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells = [
        (0, 0, "农行濮阳开发区支行运营现场突击检查发现问题整改情况反馈表", t, 0, 8),
        (1, 0, "检查时间：2024年7月8日—7月9日    检查人：支行运营检查组", plain, 1, 8),
    ]
    for col, w in enumerate(
        ["序号", "检查网点", "检查重点", "发现问题", "整改措施", "落实情况", "整改期限", "是否纠改", "备注"]
    ):
        cells.append((2, col, w, h))
    for i, row in enumerate(BANK_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 2, 6, 7) else c))
        cells.append((r, 8, "", c))
    r = 3 + len(BANK_ROWS)
    cells += [
        (
            r,
            0,
            "注：存在问题的网点须立即整改，并将整改措施、落实情况于7月31日前反馈至支行综合管理部。",
            plain,
            r,
            8,
        ),
        (
            r + 1,
            0,
            "报送：中国农业银行股份有限公司濮阳开发区支行综合管理部    填报人：韩静    复核人：王磊",
            plain,
            r + 1,
            8,
        ),
    ]
    return _write_xls(path, [("反馈表", cells)])


# ---------------------------------------------------------------------------------------------
# 7. 客户服务热线工单办理情况 from the 供电公司, after a power company's 电力热线工单咨询、举报投诉管理实施细则 (热线为
# 工单业务咨询、故障抢修和举报投诉的受理部门; 热线受理人员下发工单、回访客户; 各部门落实工单联系人; 服务内容含停电信息、
# 故障报修、服务质量投诉、用电信息查询、业务受理):
# http://www.mzdlmg.com/sys-nd/95.html
# An .xlsx export: title, 导出时间 and 统计口径 lines, one header row with 工单编号, 受理时间 (a date-time), 工单类型,
# the company's own 承办部门 and 工单联系人, 办理时限 in working days, 办结时间, 工单状态 and 回访结果; a 合计 line.
POWER_ROWS = [
    (
        "GD20240701003",
        datetime(2024, 7, 1, 9, 12),
        "投诉",
        "抄表员估抄电量导致电费异常偏高",
        "营销部",
        "张敏",
        "5个工作日",
        datetime(2024, 7, 4, 16, 30),
        "已归档",
        "满意",
    ),
    (
        "GD20240703011",
        datetime(2024, 7, 3, 14, 25),
        "举报",
        "有人私拉电线为电动车充电存在安全隐患",
        "城区供电所",
        "李强",
        "10个工作日",
        datetime(2024, 7, 10, 10, 5),
        "已归档",
        "满意",
    ),
    (
        "GD20240709002",
        datetime(2024, 7, 9, 8, 40),
        "投诉",
        "小区配电箱箱门锈蚀无法关闭",
        "运维检修部",
        "王涛",
        "5个工作日",
        None,
        "处理中",
        "",
    ),
    (
        "GD20240712006",
        datetime(2024, 7, 12, 10, 18),
        "咨询",
        "咨询居民阶梯电价执行标准",
        "营销部",
        "张敏",
        "5个工作日",
        datetime(2024, 7, 12, 11, 0),
        "已归档",
        "满意",
    ),
    (
        "GD20240716009",
        datetime(2024, 7, 16, 15, 2),
        "投诉",
        "计划停电未提前通知，造成商户冷库货物损失",
        "城区供电所",
        "李强",
        "5个工作日",
        None,
        "处理中",
        "",
    ),
    (
        "GD20240722004",
        datetime(2024, 7, 22, 9, 30),
        "投诉",
        "新装表申请超过承诺时限仍未装表接电",
        "营销部",
        "张敏",
        "5个工作日",
        None,
        "逾期未办结",
        "",
    ),
    (
        "GD20240726010",
        datetime(2024, 7, 26, 16, 45),
        "举报",
        "台区经理向客户索要“好处费”",
        "党委党建部（纪委办）",
        "刘洋",
        "10个工作日",
        None,
        "",
        "",
    ),
]


def write_power(path: Path) -> Path:
    b = Book(path, author="客户服务中心")
    ws = b.sheet("工单明细")
    b.widths(ws, [6, 16, 18, 8, 40, 20, 10, 12, 18, 12, 10])
    b.line(ws, 0, "国网濮阳供电公司客户服务热线工单办理情况明细", 10, b.title)
    b.line(ws, 1, "导出时间：2024-07-31 17:20    统计口径：受理时间2024-07-01至2024-07-31", 10)
    b.line(ws, 2, "办理时限自受理之日起计算，由热线受理人员负责回访客户。", 10)
    b.header(
        ws,
        3,
        [
            "序号",
            "工单编号",
            "受理时间",
            "工单类型",
            "客户反映内容",
            "承办部门",
            "工单联系人",
            "办理时限",
            "办结时间",
            "工单状态",
            "回访结果",
        ],
    )
    for i, row in enumerate(POWER_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    r = 4 + len(POWER_ROWS)
    b.line(ws, r, "合计：受理工单7件，已办结3件，处理中2件，逾期未办结1件。", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 医疗领域突出问题集中整治督导反馈问题整改台账 from a hospital, after a hospital's account of a 纪委监委检查督导组's
# visit (查阅资料和座谈; 反馈会; 照单全收; 整改清单落实到分管领导和责任科室; 建立整改台账, 逐一制定整改措施, 实行销号管理;
# 整改情况汇报市纪委):
# http://www.tianshui.com.cn/news/jkzx_news/2020091115092781409.htm
# An .et (an Excel 97 workbook by LibreOffice, as WPS saves it): title, 填报单位 and 督导时间 lines, a two-row header
# with 是否销号 over 是 / 否 and ticks (√) under them, the hospital's own 责任科室 beside the 分管领导; a 注 line telling
# how to tick, and a signature line.
HOSPITAL_ROWS = [
    (
        "部分临床科室存在开具“大处方”现象",
        "开展处方专项点评，结果纳入科室绩效考核",
        "王志远",
        "医务科",
        "2024年8月31日",
        "",
        "",
        "√",
    ),
    (
        "医用耗材采购未严格执行集中带量采购",
        "耗材全部纳入省平台采购",
        "李向东",
        "设备科",
        "2024年7月15日",
        "已完成，耗材已全部纳入平台采购。",
        "√",
        "",
    ),
    (
        "对收受医药代表宴请问题警示教育不够",
        "每季度开展一次警示教育",
        "张红",
        "党委办公室",
        "长期坚持",
        "常态化开展警示教育。",
        "",
        "",
    ),
    (
        "住院患者部分检查项目重复收费",
        "逐笔核查并退还重复收费",
        "李向东",
        "财务科",
        "2024年7月20日",
        "已退还重复收费，经督导组复查通过。",
        "√",
        "",
    ),
    (
        "药品进销存台账与库存实物不符",
        "开展全院药品盘点，规范出入库管理",
        "王志远",
        "药剂科",
        "2024年9月30日",
        "正在开展全院药品盘点。",
        "",
        "√",
    ),
    (
        "患者对医德医风的投诉处理未形成闭环",
        "建立投诉受理、调查、反馈台账",
        "张红",
        "医患关系办公室",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    (
        "大型医用设备检查阳性率低于规定标准",
        "制定检查适应证审核制度，按月通报",
        "王志远",
        "医务科",
        "2024年12月底前",
        "已制定适应证审核制度，部分完成。",
        "",
        "√",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="院党委办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 34, 30, 10, 14, 16, 30, 6, 6])
    b.line(ws, 0, "医疗领域突出问题集中整治督导反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市第三人民医院    填报日期：2024年7月29日", 8)
    b.line(ws, 2, "督导时间：2024年7月4日—5日    督导单位：市纪委监委第三检查督导组", 8)
    for c, word in enumerate(
        ["序号", "督导反馈问题", "整改措施", "分管领导", "责任科室", "整改时限", "整改进展"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "是否销号", b.head)
    b.header(ws, 4, ["是", "否"], first=7)
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
        b.put(ws, 4 + i, 0, i, b.center)
        b.put(ws, 4 + i, 7, row[6], b.center)
        b.put(ws, 4 + i, 8, row[7], b.center)
    r = 5 + len(HOSPITAL_ROWS)
    b.line(ws, r, "注：整改完成并经核实销号的，在“是”栏打“√”；尚未销号的，在“否”栏打“√”。", 8)
    b.line(ws, r + 1, "分管院领导：王志远    填表人：陈静    联系电话：0393-4412678", 8)
    return b.close()


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_book, path, "xls", "督导反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 人居环境整治巡查问题整改台账 from two villages, after a 镇's account of its patrol of one village (镇主要领导带队
# 组织村书记、村两委、人居办巡查; 辖3个自然村, 划分6个二级网格, 配备保洁员和卫生专职巡查员; 保洁不到位、杂物乱堆放、
# 建筑垃圾未及时清理、水体漂浮物未及时清理、零星垃圾; 村主干统筹、网格员监督、巡查员分片包干、保洁员落实整改):
# http://www.nxjbejp.cn/2024-07/19/content_31690522.htm
# A .zip of two .xlsx returns: each with a title, a 填报单位 line naming the village committee (the unit; the rows name
# its own 自然村 and 网格), one header row with the 网格员 and 保洁员 beside the problem, a 合计 row and a signature
# line; the second has a 巡查交办日期 in its preamble for its one 立行立改 row.
VILLAGE_RETURNS = [
    (
        "清丰县马庄桥镇后屯村村民委员会",
        "后屯村",
        "2024年7月15日",
        ["序号", "自然村", "网格", "问题描述", "网格员", "保洁员", "整改时限", "整改结果"],
        [
            ("后屯", "一网格", "村东坑塘水面漂浮物未及时打捞", "王军", "李秀英", "7月19日前", "已打捞清理"),
            (
                "后屯",
                "二网格",
                "村委会西侧建筑垃圾堆放未清运",
                "王军",
                "赵大勇",
                "7月26日前",
                "已联系铲车，正在清运",
            ),
            ("前屯", "三网格", "主街两侧柴草杂物乱堆放", "刘红", "张桂兰", "7月31日前", ""),
            (
                "小王庄",
                "四网格",
                "公厕保洁不到位，地面积水有异味",
                "刘红",
                "王小燕",
                "长期坚持",
                "纳入日常保洁，常态化推进",
            ),
        ],
        "共4处，已整改1处",
    ),
    (
        "清丰县马庄桥镇西辛庄村村民委员会",
        "西辛庄村",
        "2024年7月16日",
        ["序号", "网格", "问题描述", "巡查员", "保洁员", "整改时限", "整改结果"],
        [
            ("一网格", "村南沟渠内塑料袋等零星垃圾较多", "郭建设", "孙玉兰", "2024.7.20", "已整改"),
            ("二网格", "废弃房屋院内杂草丛生", "郭建设", "马春华", "2024.8.10", "未整改"),
            ("二网格", "垃圾收集点周边垃圾散落", "郭建设", "马春华", "立行立改", "已当场清理"),
            ("三网格", "村内主干道两侧乱贴小广告", "杨振华", "孙玉兰", "2024.8.5", "正在逐户清理"),
        ],
        "共4处，已整改2处",
    ),
]


def write_village_book(path: Path, unit: str, village: str, day: str, header: list[str], rows, total: str):
    b = Book(path, author=village)
    ws = b.sheet("巡查问题")
    last = len(header) - 1
    b.widths(ws, [6, 10, 10, 36, 10, 10, 14, 24][: last + 1])
    b.line(ws, 0, f"{village}人居环境整治巡查问题整改台账", last, b.title)
    b.line(ws, 1, f"填报单位：{unit}    巡查交办日期：{day}（镇人居办带队巡查）", last)
    b.header(ws, 2, header)
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    r = 3 + len(rows)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, total)
    b.line(ws, r + 1, "村党支部书记：            填表人：            联系电话：", last)
    return b.close()


def write_villages(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, village, day, header, rows, total in VILLAGE_RETURNS:
            name = f"{village}人居环境整治巡查问题整改台账.xlsx"
            member = write_village_book(Path(tmp) / name, unit, village, day, header, rows, total)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 城区环境卫生综合整治检查问题整改情况的报告 from a 市直部门, after a district government's 督查通知单 (文号, 签发人;
# 关于对城区环境卫生综合整治工作检查情况的整改通知; 主送 the streets and departments; 梳理出11条问题, 限期整改完成,
# 整改情况报督查室; 附件 存在问题 as numbered lines each ending “（责任单位：…）”):
# http://txwza.siping.gov.cn/esd/zw/dc/201905/t20190523_301209.html
# A .wps (Word 97 by LibreOffice, as WPS saves it): 文号 line, title, 主送 line, a paragraph with the notice's one
# deadline for all problems, then the problems as numbered paragraphs “（责任单位：…）” (short and former names of
# 市直部门, streets in full) with an 整改情况 paragraph after most; one problem carries its own later time limit.
CITY_ITEMS = [
    (
        "开州路与长庆路交叉口西北角胡同内生活垃圾堆积",
        "华龙区中原路街道办事处",
        "已清运完毕。",
    ),
    (
        "人民路天桥下人行道砖大面积破损",
        "市住建局；需维修路面，整改时限延至8月31日",
        "已纳入道路维修计划，正在施工。",
    ),
    ("胜利路夜市周边杂物乱堆乱放", "市城管执法局", "已清理，已整改到位。"),
    ("绿城路东段拆迁区域未设置围挡", "市房屋征收与补偿服务中心", "未整改。"),
    (
        "铁路第一小学北侧围墙外垃圾杂物",
        "华龙区大庆路街道办事处",
        "已清理大部分，剩余建筑垃圾正在协调清运车辆。",
    ),
    ("滨河路沿线商户破损广告牌", "市城管执法局", ""),
    ("黄河路与京开大道交叉口路面坑洼积水", "市住建局", "已修补完成，经复查合格。"),
    (
        "建设路北段人行道机动车乱停乱放",
        "市交警支队",
        "正在开展集中整治，已查处违停车辆46辆。",
    ),
]


def write_city_docx(path: Path) -> Path:
    doc = _new_document("市城市管理局")
    _paragraph(doc, "濮城管〔2024〕58号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "市城市管理局关于城区环境卫生综合整治检查问题整改情况的报告")
    _paragraph(doc, "市政府督查室：", 16)
    _paragraph(
        doc,
        "7月12日，市政府督查室对城区环境卫生综合整治工作进行检查，梳理出存在问题8条，以督查通知单"
        "（濮政督字〔2024〕21号）交办各事涉单位，要求于7月20日前整改完成。我局作为整治工作牵头单位，"
        "现将各单位整改情况汇总报告如下：",
    )
    for i, (problem, unit, progress) in enumerate(CITY_ITEMS, 1):
        _paragraph(doc, f"{i}.{problem}。（责任单位：{unit}）", 16)
        if progress:
            _paragraph(doc, f"整改情况：{progress}", 16)
    _paragraph(doc, "市城市管理局", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（联系人：高明；联系电话：0393-6623017）", 14)
    return _save_fixed(doc, path)


def write_city(path: Path) -> Path:
    return via_soffice(write_city_docx, path, "doc", "环境卫生综合整治检查问题整改情况报告.docx")


FILES = [
    ("胜利路街道创文暗访督查问题整改情况表.xlsx", write_street),
    ("新校区运行问题清单整改落实情况.docx", write_campus),
    ("乘客投诉受理台账（2024年7月）.csv", write_bus),
    ("化工产业园综合巡查问题整改台账.ods", write_park),
    ("清廉商会建设回头看交叉检查发现问题及整改情况.doc", write_chamber),
    ("运营现场突击检查发现问题整改情况反馈表.xls", write_bank),
    ("客户服务热线工单办理情况明细（7月）.xlsx", write_power),
    ("医疗领域突出问题集中整治督导反馈问题整改台账.et", write_hospital),
    ("人居环境整治巡查问题整改台账（两个村）.zip", write_villages),
    ("关于城区环境卫生综合整治检查问题整改情况的报告.wps", write_city),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Regenerate the dev8 part of the intake corpus (python tests/data/corpus/dev8/make_dev8.py).

Sixteen returns (kept aside from the reading rules as aside3 and measured there first), each copying the kind of table a public source shows
(mostly government pages: 公示, 通报 and their 附件). The source is cited next to each layout and repeated
in expected.json. The contents (problems, names, dates) are made up; the layouts are not ours.

What a person reads in each file is in expected.json beside this script, written by hand by the rules of
tests/data/corpus/README.md (statistics date 2024-07-31), never filled from the tool's output.

Workbooks are written with XlsxWriter (shared strings, as Excel writes them) with a fixed created date.
The .et and .doc returns are LibreOffice conversions (soffice --headless --convert-to) of a workbook or a
Word document written here, so LibreOffice must be installed. The .csv is GBK; the zip's member names are
GBK without the UTF-8 flag, as Windows' own zip writes them.
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
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 7, 31, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# A thin layer over XlsxWriter.
class Book:
    def __init__(self, path: Path):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": "Administrator"})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.bold = add({"bold": True, "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.right = add({"align": "right", "valign": "vcenter"})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.centre = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.group = add({"border": 1, "bold": True, "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "valign": "vcenter", "align": "center"})
        self.cn_day = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "valign": "vcenter", "align": "center"}
        )
        self.stamp = add({"border": 1, "num_format": "yyyy-mm-dd hh:mm", "valign": "vcenter"})
        self.pct = add({"border": 1, "num_format": "0.0", "valign": "vcenter", "align": "center"})
        self.pct_sign = add({"border": 1, "num_format": "0%", "valign": "vcenter", "align": "center"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def line(self, ws, r: int, text: str, last: int, fmt=None, first: int = 0) -> None:
        if last > first:
            ws.merge_range(r, first, r, last, text, fmt or self.text)
        else:
            ws.write_string(r, first, text, fmt or self.text)

    def row(self, ws, r: int, values: list[object], fmt=None, first: int = 0) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt or self.cell)

    def put(self, ws, r: int, c: int, v: object, fmt) -> None:
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp)
        elif isinstance(v, date):
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)


def convert(source: Path, suffix: str, target: Path) -> Path:
    """LibreOffice --convert-to, the way an office's older-format copy comes out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .et and .doc returns")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(tmp) / source.with_suffix(f".{suffix}").name, target)
    return target


# ---------------------------------------------------------------------------------------------
# 1. 民生实事进度表: the 实施进度表 of a city's 民生工程 as its 民生办 publishes it — 工程名称 merged down the
# first column, then 序号 / 项目内容 / 目标任务 / 市级牵头责任单位 (a unit name broken over two lines) /
# 进度 / 完成目标(%) / 备注 (超额完成, 已完成, 达到时间进度):
# https://www.ms.gov.cn/info/5565/1013561.htm
# The year-end deadline is stated once, in a 说明 line above the table; a 注 line and a signature line below.
LIVELIHOOD = [
    # (工程, 序号, 项目内容, 目标任务, 牵头单位, 进度, 完成目标%, 备注)
    ("就业促进工程", "1", "城镇新增就业（人）", 12000, "市人力资源\n社会保障局", 13460, 112.2, "超额完成"),
    ("就业促进工程", "2", "农村劳动力转移就业技能培训（人次）", 3000, "市人社局", 1650, 55.0, "达到时间进度"),
    ("教育提升工程", "3", "新建、改扩建公办幼儿园（所）", 6, "市教育局", 6, 100.0, "已完成"),
    ("教育提升工程", "4*", "中小学校舍维修改造（平方米）", 40000, "濮阳市教育局", 25000, 62.5, ""),
    ("健康服务工程", "5", "为65岁以上老年人免费健康体检（万人）", 28, "市卫计委", 16.8, 60.0, "达到时间进度"),
    ("健康服务工程", "6*", "村卫生室标准化改造（个）", 50, "市卫健委", 0, 0.0, "未启动"),
    ("城乡宜居工程", "7", "城区新增公共停车泊位（个）", 2000, "市城管执法局", 2300, 115.0, "超额完成"),
    ("城乡宜居工程", "8", "老旧小区改造（个）", 30, "市住建局", 18, 60.0, "达到时间进度"),
]


def write_livelihood(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("1-7月进度")
    ws.set_column(0, 0, 12)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 34)
    ws.set_column(3, 3, 10)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 7, 12)
    b.line(ws, 0, "2024年十件民生实事1—7月实施进度表", 7, b.title)
    b.line(ws, 1, "说明：十件民生实事均为年度目标任务，须于2024年12月底前全部完成。", 7)
    b.line(ws, 2, "截至2024年7月31日", 7, b.right)
    head = [
        "实事\n名称",
        "序号",
        "项 目 内 容",
        "目标任务",
        "市级牵头\n责任单位",
        "进度",
        "完成目标\n（%）",
        "备注",
    ]
    for c, w in enumerate(head):
        ws.write_string(3, c, w, b.head)
    r = 4
    start = r
    for k, (proj, no, content, target, unit, done, pct, note) in enumerate(LIVELIHOOD):
        b.put(ws, r, 1, no, b.centre)
        b.put(ws, r, 2, content, b.cell)
        b.put(ws, r, 3, target, b.centre)
        b.put(ws, r, 4, unit, b.cell)
        b.put(ws, r, 5, done, b.centre)
        ws.write_number(r, 6, pct, b.pct)
        b.put(ws, r, 7, note, b.cell)
        last = k + 1 == len(LIVELIHOOD) or LIVELIHOOD[k + 1][0] != proj
        if last:
            ws.merge_range(start, 0, r, 0, proj, b.centre)
            start = r + 1
        r += 1
    b.line(ws, r, "注：带*号的为年中新增项目；完成目标（%）=进度÷目标任务×100。", 7)
    b.line(ws, r + 2, "填表人：李娜        审核人：张伟        联系电话：0393-8990120", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重点任务分解表 as a Word 97 .doc: the 目标任务分解表 a county 政府办 attaches to its 督办 notice — 序号 /
# 民生实事 / 责任单位 (several units one under another, the first leading) / 完成时限 (12月底前, 9月投入使用,
# 5月底前动工), one 序号 holding two tasks with their own deadlines:
# http://www.dazhu.gov.cn/xxgk-show-947.html
# Here returned with a 落实情况 column filled in; a 注 under the table says the first unit leads.
TASKS = [
    (
        "1",
        "启动建设马颊河城区段综合治理工程",
        "市水务局\n市住建局\n市城管局",
        "12月底前",
        "初步设计已批复，正在开展施工招标",
    ),
    ("2", "新建2座人行天桥", "市住房和城乡建设局", "9月底前投入使用", "1座主体已完工，另1座正在吊装钢梁"),
    ("3", "建成市残疾人综合服务中心", "市残联", "6月底前", "已建成并投入使用"),
    ("4", "开工建设市老年养护楼", "市民政局", "5月底前动工", "已于5月20日按期开工，本项任务已完成"),
    ("", "开工建设老年大学", "", "12月底前", "尚未启动，选址待定"),
    ("5", "迁建市政务服务中心", "市政务服务中心\n市代建中心", "第三季度", "装修工程已完成80%"),
    (
        "6",
        "启动市图书馆新馆建设",
        "市文广新局\n市代建中心",
        "10月底前开工",
        "可研报告已编制完成，正在办理用地手续",
    ),
    ("7", "城区新建1个农贸市场", "市商务局", "12月底前", ""),
]


def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _para(doc, text: str, size: float = 14, bold: bool = False, font: str = "仿宋_GB2312", align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _docx_base() -> Document:
    doc = Document()
    props = doc.core_properties
    props.author = "Administrator"
    props.created = CREATED
    props.modified = CREATED
    props.last_modified_by = "Administrator"
    return doc


def _save_fixed(doc, path: Path) -> Path:
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 31, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        _east_asian(p.add_run(line), font, size, bold)


def write_tasks(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "重点民生任务分解落实情况.docx"
        doc = _docx_base()
        _para(
            doc,
            "2024年政府工作报告重点民生任务分解落实情况",
            18,
            font="方正小标宋简体",
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        _para(doc, "（截至2024年7月31日）", 14, font="楷体_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(doc, "各责任单位：", 14)
        _para(
            doc,
            "    根据市政府工作安排，现将2024年政府工作报告确定的重点民生任务分解落实情况汇总如下，"
            "请各责任单位对照完成时限加快推进，于每月末前报送进展情况。",
            14,
        )
        header = ["序号", "重点任务", "责任单位", "完成时限", "落实情况"]
        table = doc.add_table(rows=len(TASKS) + 1, cols=len(header))
        table.style = "Table Grid"
        for c, w in enumerate(header):
            _cell_text(table.cell(0, c), w, bold=True, font="黑体")
        for r, row in enumerate(TASKS, start=1):
            for c, text in enumerate(row):
                if text:
                    _cell_text(table.cell(r, c), text)
        # the fourth 序号 holds two tasks of one unit
        table.cell(4, 0).merge(table.cell(5, 0))
        table.cell(4, 2).merge(table.cell(5, 2))
        _para(doc, "注：责任单位中排在首位的为牵头单位，其余为配合单位。", 12)
        _para(doc, "市政府督查局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _para(doc, "2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
        doc.save(str(source))
        convert(source, "doc", path)
    return path


# ---------------------------------------------------------------------------------------------
# 3. 督查发现问题和隐患 as a .docx with two tables: the 附件 of a 安委会 督办通知 listing what an inspection
# team found, place by place — a heading per place with its 责任单位 in brackets, then the numbered
# problems under it: http://yjgl.xuchang.gov.cn/aqsczdlyxxgk/022004/20190823/583334ba-33cf-401d-9ab3-ebe580798ed7.html
# Here returned with 整改措施 / 整改时限 / 整改情况; the inspection date stated once above (立行立改 counts
# from it); a second table for the 回头看 visit.
FIRE_HEADER = ["序号", "问题隐患", "整改措施", "整改时限", "整改情况"]
FIRE_FIRST = [
    (
        "恒利购物广场（责任单位：市消防支队）",
        [
            ("1", "疏散通道堆放纸箱等杂物", "立即清理，落实每日防火巡查", "立行立改", "已清理完毕"),
            (
                "2",
                "消防控制室值班人员未持证上岗",
                "组织值班人员参加消防设施操作员培训",
                "2024年8月31日",
                "已报名参加8月份培训班",
            ),
            ("3", "防火卷帘下方堆放商品", "清理卷帘下方物品并划定禁放区域", "立行立改", "已整改"),
        ],
    ),
    (
        "市汽车客运总站（责任单位：濮阳市交通运输局）",
        [
            ("1", "候车厅应急照明灯损坏3处", "更换损坏灯具", "7月15日前", "已更换"),
            ("2", "微型消防站器材配备不全", "按标准补齐器材", "7月底前", "正在采购"),
        ],
    ),
]
FIRE_SECOND = [
    (
        "胜利路沿街“九小场所”（责任单位：华龙区胜利路街道办事处）",
        [
            ("1", "部分沿街门店电动车在室内充电", "开展集中整治，设置集中充电点", "2024年8月15日", ""),
            ("2", "部分门店未配置灭火器", "督促逐户配齐灭火器", "2024年7月25日", "未整改"),
        ],
    ),
    (
        "市第三人民医院（责任单位：市卫计委）",
        [
            ("1", "住院楼安全出口指示标志不亮", "更换疏散指示标志", "2024.7.20", "已整改，经复查合格"),
        ],
    ),
]


def _fire_table(doc, groups) -> None:
    rows = 1 + sum(1 + len(items) for _, items in groups)
    table = doc.add_table(rows=rows, cols=len(FIRE_HEADER))
    table.style = "Table Grid"
    for c, w in enumerate(FIRE_HEADER):
        _cell_text(table.cell(0, c), w, bold=True, font="黑体")
    r = 1
    for place, items in groups:
        top = table.cell(r, 0).merge(table.cell(r, len(FIRE_HEADER) - 1))
        _cell_text(top, place, bold=True)
        r += 1
        for item in items:
            for c, text in enumerate(item):
                if text:
                    _cell_text(table.cell(r, c), text)
            r += 1


def write_fire(path: Path) -> Path:
    doc = _docx_base()
    _para(
        doc,
        "市安委会第二督查组督查发现问题隐患整改情况",
        18,
        font="方正小标宋简体",
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _para(doc, "督查日期：2024年7月9日    督查组：市安委会第二督查组（组长：陈立军）", 12)
    _para(doc, "一、督查发现的问题和隐患", 14, font="黑体")
    _fire_table(doc, FIRE_FIRST)
    _para(doc, "二、“回头看”复查发现的问题", 14, font="黑体")
    _fire_table(doc, FIRE_SECOND)
    _para(doc, "填报人：郭敏    联系电话：0393-4416720    填报日期：2024年7月26日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 责任督学督导整改意见学校处理情况记录表, one form per school: 责任督学 | name | 学校 | name, then
# 督学整改意见 (提出时间 … / 具体意见 …), 学校整改情况 (回访时间 … / text), 督学后续建议, and a 注 under it —
# the form a school posts on its own site: http://www.cdxx.wj.czedu.cn/html/article416752.html
# No deadline anywhere (回访时间 is a planned visit); one school left its 整改情况 blank.
SCHOOLS = [
    (
        "实验小学",
        "王建华",
        "濮阳市实验小学",
        "2024年6月12日到校督导时提出。",
        "教学楼消防水带老化、部分灭火器箱锈蚀，需及时更换。",
        "2024年7月下旬",
        "已全部更换消防水带12盘、灭火器箱8个，督学回访确认整改到位。",
        "日常消防器材检查要形成台账，每月记录。",
    ),
    (
        "第四中学",
        "刘淑芬",
        "濮阳市第四中学",
        "2024年6月18日到校督导时提出。",
        "操场塑胶跑道多处破损起皮，存在学生运动安全隐患。",
        "暂定8月下旬开学前",
        "已制定维修方案并完成招标，计划暑假期间施工。",
        "施工期间做好围挡，开学前组织验收。",
    ),
    (
        "昆吾小学",
        "赵志刚",
        "华龙区昆吾小学",
        "2024年6月25日到校督导时提出。",
        "学校食堂未按规定公示食品原料进货来源及供货单位。",
        "2024年7月中旬",
        "",
        "食堂公示内容参照市教育局统一模板。",
    ),
    (
        "清丰一高",
        "孙立新",
        "清丰县第一高级中学",
        "2024年7月2日到校督导时提出。",
        "课后服务收费公示内容不完整，家长反映不清楚收费标准。",
        "2024年9月初",
        "暂未整改，待县教育局统一公示模板下发后调整。",
        "收费公示应在校门口和家长群同步发布。",
    ),
]


def write_schools(path: Path) -> Path:
    b = Book(path)
    for sheet, supervisor, school, raised, opinion, revisit, done, advice in SCHOOLS:
        ws = b.sheet(sheet)
        ws.set_column(0, 0, 14)
        ws.set_column(1, 1, 22)
        ws.set_column(2, 2, 12)
        ws.set_column(3, 3, 30)
        b.line(ws, 0, "责任督学督导整改意见学校处理情况记录表", 3, b.title)
        ws.write_string(1, 0, "责任督学", b.head)
        ws.write_string(1, 1, supervisor, b.centre)
        ws.write_string(1, 2, "学  校", b.head)
        ws.write_string(1, 3, school, b.centre)
        ws.merge_range(2, 0, 3, 0, "督学整改意见", b.head)
        ws.merge_range(2, 1, 2, 3, f"提出时间：{raised}", b.cell)
        ws.merge_range(3, 1, 3, 3, f"具体意见：{opinion}", b.cell)
        ws.set_row(3, 48)
        ws.merge_range(4, 0, 5, 0, "学校整改情况", b.head)
        ws.merge_range(4, 1, 4, 3, f"回访时间：{revisit}。", b.cell)
        if done:
            ws.merge_range(5, 1, 5, 3, done, b.cell)
        else:
            ws.merge_range(5, 1, 5, 3, "", b.cell)
        ws.set_row(5, 48)
        ws.write_string(6, 0, "督学后续建议", b.head)
        ws.merge_range(6, 1, 6, 3, advice, b.cell)
        b.line(
            ws,
            7,
            "注：1.本表主要记录责任督学督导后学校整改情况，由责任督学分析填写后交一份到市教育督导室。"
            "2.学校整改情况，指整改措施和实际成效；督学后续建议，指整改后责任督学进一步提出的意见建议。",
            3,
        )
        ws.set_row(7, 45)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 群众反映问题办理情况 by channel: the monthly 通报 of a district 政府办 whose 附件 gives one table per
# channel (新闻联播“随手拍”, 人民网地方领导留言板, 市长公开电话 …), each with its own columns:
# http://txq.siping.gov.cn/zw/dc/202211/t20221110_643675.html
# A 汇总 sheet of counts with a 合计 row first; 留言人/来电人 beside the handling unit; 办理时限 relative to
# the 受理时间 of each call.
def write_appeals(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("汇总")
    ws.set_column(0, 0, 24)
    ws.set_column(1, 5, 12)
    b.line(ws, 0, "7月份群众反映问题办理情况统计", 5, b.title)
    b.row(ws, 1, ["反映渠道", "反映问题数", "已回复", "已办结", "未办结", "办结率"], b.head)
    b.row(ws, 2, ["新闻联播“随手拍”", 2, 2, 1, 1, "50%"])
    b.row(ws, 3, ["人民网地方领导留言板", 2, 2, 1, 1, "50%"])
    b.row(ws, 4, ["市长公开电话", 3, 2, 1, 2, "33%"])
    b.row(ws, 5, ["合计", 7, 6, 3, 4, "43%"])
    b.line(ws, 7, "注：明细见附表1—附表3。", 5)

    ws = b.sheet("附表1 随手拍")
    ws.set_column(0, 1, 10)
    ws.set_column(2, 2, 36)
    ws.set_column(3, 4, 22)
    b.line(ws, 0, "附表1：濮阳新闻联播“随手拍”群众反映问题办理情况", 4, b.bold)
    b.row(ws, 1, ["序号", "栏目期数", "反映内容", "责任单位", "办理结果"], b.head)
    b.row(ws, 2, [1, "第27期", "开州路与京开大道交叉口路灯不亮", "市城管执法局", "已修复，7月12日恢复照明"])
    b.row(ws, 3, [2, "第29期", "绿城路北段雨水井盖缺失", "市城市管理局", "正在协调产权单位更换"])

    ws = b.sheet("附表2 留言板")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 2, 12)
    ws.set_column(3, 3, 34)
    ws.set_column(4, 6, 18)
    b.line(ws, 0, "附表2：人民网地方领导留言板群众反映问题办理情况", 6, b.bold)
    b.row(ws, 1, ["序号", "留言时间", "留言人", "反映问题", "办理单位", "回复情况", "是否办结"], b.head)
    b.row(
        ws,
        2,
        [
            1,
            date(2024, 7, 3),
            "张**",
            "恒通小区连续三天停水无人通知",
            "市自来水公司",
            "已回复：管网抢修已完成，已恢复供水",
            "是",
        ],
    )
    b.row(
        ws,
        3,
        [
            2,
            date(2024, 7, 18),
            "李**",
            "公积金提取线上办理反复被退回",
            "公积金中心",
            "正在核查，已电话联系留言人",
            "否",
        ],
    )

    ws = b.sheet("附表3 市长电话")
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 17)
    ws.set_column(2, 2, 8)
    ws.set_column(3, 3, 32)
    ws.set_column(4, 7, 14)
    b.line(ws, 0, "附表3：市长公开电话群众反映问题办理情况（未办结及重点件）", 7, b.bold)
    b.row(
        ws,
        1,
        ["工单号", "受理时间", "来电人", "来电内容", "承办单位", "办理时限", "办理情况", "办结时间"],
        b.head,
    )
    b.row(
        ws,
        2,
        [
            "GD20240708001",
            datetime(2024, 7, 8, 9, 15),
            "刘**",
            "胜利路菜市场周边占道经营严重",
            "华龙区人民政府",
            "5个工作日",
            "已办结",
            date(2024, 7, 12),
        ],
    )
    b.row(
        ws,
        3,
        [
            "GD20240715023",
            datetime(2024, 7, 15, 10, 2),
            "赵**",
            "小区电动车充电桩长期损坏无人维修",
            "供电公司",
            "10个工作日",
            "",
            "",
        ],
    )
    b.row(
        ws,
        4,
        [
            "GD20240722011",
            datetime(2024, 7, 22, 15, 40),
            "孙**",
            "子女入学证明材料要求反复变化",
            "市教育局",
            "3日内",
            "正在办理",
            "",
        ],
    )
    b.line(ws, 6, "制表：市政府办公室督查科    2024年7月31日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 食品经营单位监督检查情况汇总表 as a WPS .et: the periodic 汇总表 a city 市场监督管理局 attaches to its
# 监督检查结果公示 (单位名称, 地址, 许可证编号, 检查日期, 检查结果 …):
# http://zs.gov.cn/zjj/jczwsxgk/jdjc/content/post_1855184.html
# Here with a three-row header (监督检查情况 / 整改落实情况 over their columns), an explicit 整改责任单位, and
# deadlines counted from the 检查日期 (7日内, 立行立改) or written out.
FOOD = [
    (
        1,
        "市行政服务中心职工食堂",
        "开州路中段",
        "JY24109010012345",
        date(2024, 7, 2),
        "基本符合",
        "留样记录不完整，部分菜品未留样",
        "市政务服务中心",
        "7日内",
        "复查合格",
        date(2024, 7, 9),
    ),
    (
        2,
        "众意公交公司职工餐厅",
        "京开大道北段",
        "JY24109020023456",
        date(2024, 7, 3),
        "不符合",
        "2名从业人员健康证明过期",
        "市公交公司",
        "2024年7月10日",
        "",
        None,
    ),
    (
        3,
        "市自来水公司职工食堂",
        "胜利路西段",
        "JY24109010034567",
        date(2024, 7, 5),
        "基本符合",
        "冷藏柜内生熟食品混放",
        "自来水公司",
        "立行立改",
        "已当场改正",
        date(2024, 7, 5),
    ),
    (
        4,
        "濮阳供电公司食堂",
        "建设路中段",
        "JY24109010045678",
        date(2024, 7, 9),
        "基本符合",
        "食品添加剂未专柜专人管理",
        "濮阳供电公司",
        "2024/7/16",
        "逾期未整改",
        date(2024, 7, 17),
    ),
    (
        5,
        "市教育局机关食堂",
        "黄河路东段",
        "JY24109010056789",
        date(2024, 7, 11),
        "基本符合",
        "后厨防蝇防鼠设施破损",
        "市教育局",
        "2024年7月25日",
        "正在维修",
        None,
    ),
    (
        6,
        "市残联康复中心食堂",
        "振兴路南段",
        "JY24109010067890",
        date(2024, 7, 16),
        "不符合",
        "超许可范围经营冷食类食品",
        "市残联",
        "7月底前",
        "已停止超范围经营，复查合格",
        date(2024, 7, 26),
    ),
]


def write_food(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        b = Book(Path(tmp) / "食品经营单位监督检查情况汇总表.xlsx")
        ws = b.sheet("第7期")
        widths = [5, 22, 12, 18, 12, 8, 26, 14, 14, 16, 12]
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        b.line(ws, 0, "市市场监督管理局食品经营单位监督检查情况汇总表（2024年第7期）", 10, b.title)
        b.line(ws, 1, "检查单位：市市场监管局食品经营安全监管科          汇总日期：2024年7月30日", 10)
        for c, w in enumerate(["序号", "单位名称", "经营地址", "许可证编号"]):
            ws.merge_range(2, c, 4, c, w, b.head)
        ws.merge_range(2, 4, 2, 6, "监督检查情况", b.head)
        ws.merge_range(2, 7, 2, 10, "整改落实情况", b.head)
        ws.merge_range(3, 4, 4, 4, "检查日期", b.head)
        ws.merge_range(3, 5, 3, 6, "检查结果", b.head)
        ws.merge_range(3, 7, 4, 7, "整改责任单位", b.head)
        ws.merge_range(3, 8, 4, 8, "整改期限", b.head)
        ws.merge_range(3, 9, 3, 10, "复查情况", b.head)
        ws.write_string(4, 5, "结论", b.head)
        ws.write_string(4, 6, "存在问题", b.head)
        ws.write_string(4, 9, "复查结果", b.head)
        ws.write_string(4, 10, "复查日期", b.head)
        r = 5
        for row in FOOD:
            b.row(ws, r, list(row))
            r += 1
        b.line(
            ws,
            r,
            "注：检查结果分为符合、基本符合、不符合三种；基本符合、不符合的须在整改期限内整改到位并接受复查。",
            10,
        )
        b.line(ws, r + 1, "审核：周海燕        制表：马骁        联系电话：0393-8891207", 10)
        xlsx = b.close()
        xls = convert(xlsx, "xls", Path(tmp) / "converted.xls")
        shutil.copyfile(xls, path)
    return path


# ---------------------------------------------------------------------------------------------
# 7. 突出生态环境问题整改验收销号公示, one notice per problem: a heading line, 一、整改问题 / 二、整改实施主体 /
# 三、重点措施 / 四、目标任务 / 五、完成时限 / 六、整改完成情况, each label on its own line above its text, then
# the 公示期 and 监督电话 lines and a date: https://suma.ahsz.gov.cn/ztzl/ahssthjbhdc/194134531.html
# Stacked down a sheet, one sheet for the verified ones and one for those still under way.
ECO_DONE = [
    (
        "濮阳市2024年自排查突出生态环境第7号问题",
        "京开大道东侧建筑工地施工场地裸土未覆盖，扬尘明显。",
        "华龙区人民政府",
        "现场施工裸土全覆盖，配备雾炮降尘设备。",
        "落实施工扬尘治理“六个百分之百”要求。",
        "2024年6月30日前",
        "经现场核查，该工地施工裸土已全部覆盖，雾炮降尘设备运行正常。",
        "2024年7月1日至2024年7月12日",
        "2024年7月1日",
    ),
    (
        "濮阳市2024年自排查突出生态环境第15号问题",
        "马颊河濮上桥段水面漂浮垃圾及浮萍，影响水体观感。",
        "市水务局",
        "组织人员和船只对河面进行打捞清理，建立常态化保洁机制。",
        "河面无漂浮垃圾及成片浮萍。",
        "2024年7月底",
        "经核查，该河段水面已无漂浮垃圾及浮萍，保洁人员已落实。",
        "2024年7月22日至2024年8月2日",
        "2024年7月22日",
    ),
    (
        "濮阳市2024年自排查突出生态环境第21号问题",
        "城区部分餐饮店油烟净化设施未正常运行，油烟直排。",
        "市城管执法局",
        "逐户排查餐饮单位油烟净化设施，督促清洗维护。",
        "油烟净化设施正常运行率100%。",
        "长期坚持",
        "经抽查，城区餐饮单位油烟净化设施均已正常运行。",
        "2024年7月25日至2024年8月7日",
        "2024年7月25日",
    ),
]
ECO_ONGOING = [
    (
        "濮阳市2024年自排查突出生态环境第26号问题",
        "濮阳县某砖厂脱硫设施不正常运行，烟气超标排放。",
        "濮阳县人民政府",
        "责令企业停产整治，更换脱硫设备。",
        "烟气稳定达标排放。",
        "2024年9月30日前",
        "已责令停产，脱硫设施正在改造。",
    ),
    (
        "濮阳市2024年自排查突出生态环境第31号问题",
        "工业园区污水管网雨污混接，雨天污水溢流。",
        "市住房和城乡建设局",
        "开展管网排查，实施雨污分流改造。",
        "园区雨污分流全覆盖。",
        "2024年12月底",
        "已完成管网排查，改造工程正在招标。",
    ),
    (
        "濮阳市2024年自排查突出生态环境第33号问题",
        "城郊结合部农村生活垃圾临时堆放点长期未清运。",
        "市农委",
        "清运存量垃圾，纳入城乡环卫一体化收运。",
        "堆放点垃圾清零。",
        "2024年8月15日",
        "尚未启动。",
    ),
]


def write_eco(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("已验收销号公示")
    ws.set_column(0, 0, 100)
    r = 0
    b.line(ws, r, "突出生态环境问题整改验收销号公示", 0, b.title)
    r += 2
    for name, problem, body, measure, target, due, result, period, day in ECO_DONE:
        ws.write_string(r, 0, f"{name}整改验收销号公示", b.bold)
        r += 1
        ws.write_string(
            r, 0, f"{name}已整改完成，并通过核查验收。根据有关要求，现将问题整改完成情况公示如下：", b.text
        )
        r += 1
        for label, value in [
            ("一、整改问题", problem),
            ("二、整改实施主体", body),
            ("三、重点措施", measure),
            ("四、目标任务", target),
            ("五、完成时限", due),
            ("六、整改完成情况", result),
        ]:
            ws.write_string(r, 0, label, b.bold)
            ws.write_string(r + 1, 0, value, b.text)
            r += 2
        ws.write_string(
            r,
            0,
            f"如对该问题整改完成情况有异议，请在公示期间（{period}，共10个工作日）向市生态环境局反映。"
            "监督电话：0393-4412369",
            b.text,
        )
        ws.write_string(r + 1, 0, day, b.right)
        r += 3
    ws = b.sheet("整改推进情况")
    ws.set_column(0, 0, 100)
    r = 0
    b.line(ws, r, "突出生态环境问题整改推进情况（截至2024年7月31日）", 0, b.title)
    r += 2
    for name, problem, body, measure, target, due, progress in ECO_ONGOING:
        ws.write_string(r, 0, f"{name}整改推进情况", b.bold)
        r += 1
        ws.write_string(r, 0, "现将问题整改推进情况报告如下：", b.text)
        r += 1
        for label, value in [
            ("一、整改问题", problem),
            ("二、整改实施主体", body),
            ("三、重点措施", measure),
            ("四、目标任务", target),
            ("五、完成时限", due),
            ("六、整改进展情况", progress),
        ]:
            ws.write_string(r, 0, label, b.bold)
            ws.write_string(r + 1, 0, value, b.text)
            r += 2
        r += 1
    ws.write_string(
        r, 0, "报送单位：市生态环境保护督察整改工作领导小组办公室    报送日期：2024年7月31日", b.text
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 作风问题查找清单 and 巡察反馈问题整改清单 of one 局党组, a sheet each: the 查找清单 a 局党组 publishes —
# 一、…领域 / (一)问题查找 1.… / (二)整改措施 1.… —, laid out as a table with the 领域 merged down, 问题查找
# beside 整改措施, and the 牵头科室 (sections of the sending unit): https://www.gongwk.com/doc/545768.jhtml
# 即知即改/立行立改 count from the date each sheet states above its table.
STYLE_ROWS = [
    (
        "一、文件管理领域",
        [
            (
                "1",
                "“红头转白头”规避发文管控，情况简报、工作提示类文件数量激增",
                "将白头文件纳入年度发文计划备案，限定简报篇幅",
                "分管副局长",
                "办公室",
                "2024年8月",
                "推进中",
            ),
            (
                "2",
                "以微信工作群通知代替正式行文部署工作",
                "严禁以工作群通知部署需正式行文的事项",
                "分管副局长",
                "办公室",
                "即知即改",
                "已完成",
            ),
        ],
    ),
    (
        "二、会议活动领域",
        [
            (
                "3",
                "会议套会议、层层陪会，基层参会负担重",
                "合并同类会议，严控参会范围和会议时长",
                "局长",
                "办公室",
                "长期坚持",
                "常态化推进",
            ),
            (
                "4",
                "专项调度会频次偏高，每周调度数据报送",
                "调度改为按月，数据由系统直接提取",
                "分管副局长",
                "综合统计科",
                "2024年6—8月",
                "部分完成",
            ),
        ],
    ),
    (
        "三、调研督查领域",
        [
            (
                "5",
                "调研“走过场”，调研点位安排重复",
                "建立调研点位库，统筹安排调研",
                "分管副局长",
                "农村统计科",
                "年底前",
                "未启动",
            ),
        ],
    ),
]
PATROL_ROWS = [
    (
        "一、落实全面从严治党主体责任方面",
        [
            (
                "1",
                "党组会议专题研究党风廉政建设次数偏少",
                "每季度至少专题研究一次",
                "局长",
                "办公室",
                "2024年3月底前",
                "已完成",
            ),
            (
                "2",
                "统计执法检查发现的违纪线索移交不及时",
                "建立问题线索移交台账",
                "分管副局长",
                "执法监督科",
                "立行立改",
                "已完成",
            ),
        ],
    ),
    (
        "二、选人用人方面",
        [
            (
                "3",
                "干部人事档案专项审核遗留问题未整改到位",
                "逐卷补充完善档案材料",
                "分管副局长",
                "人事科",
                "2024年8月31日",
                "正在整改，已完成12卷档案补充",
            ),
        ],
    ),
]
CLEAN_HEADER = ["领域", "序号", "问题查找", "整改措施", "责任领导", "牵头科室", "完成时限", "整改进展"]


def _clean_sheet(b: Book, ws, title: str, subline: str, header: list[str], groups) -> None:
    widths = [14, 6, 36, 30, 10, 12, 14, 20]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, title, 7, b.title)
    b.line(ws, 1, subline, 7)
    b.row(ws, 2, header, b.head)
    r = 3
    for field, items in groups:
        start = r
        for item in items:
            b.row(ws, r, list(item), first=1)
            r += 1
        if r - 1 > start:
            ws.merge_range(start, 0, r - 1, 0, field, b.centre)
        else:
            ws.write_string(start, 0, field, b.centre)
    b.line(ws, r + 1, "填表人：冯丽        联系电话：0393-6682310", 7)


def write_clean(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("作风问题查找清单")
    _clean_sheet(
        b,
        ws,
        "市统计局党组隐形变异作风问题查找整改清单",
        "填报单位：市统计局（盖章）      查摆时间：2024年6月20日      填报日期：2024年7月30日",
        CLEAN_HEADER,
        STYLE_ROWS,
    )
    ws = b.sheet("巡察反馈问题整改清单")
    header = ["方面", "序号", "反馈问题", "整改措施", "责任领导", "牵头科室", "完成时限", "整改进展"]
    _clean_sheet(
        b,
        ws,
        "市委第三巡察组反馈问题整改清单（市统计局党组）",
        "填报单位：市统计局（盖章）      巡察反馈时间：2024年2月26日      填报日期：2024年7月30日",
        header,
        PATROL_ROWS,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 安全隐患月排查月报送 exported as a GBK CSV: the district 安委办 通报 whose 附件一 lists the month's
# hidden dangers by reporting town/department (乡镇、区教体局 …):
# http://www.huainan.gov.cn/public/118322659/1258390765.html
# A title line and an 导出时间 line before the header, a 合计 line at the end; 销号时间 filled where the
# status cell is blank; a percentage; a former name and a 濮阳市 prefix.
HAZARD_HEADER = [
    "序号",
    "责任单位",
    "隐患所在单位",
    "隐患描述",
    "整改措施",
    "整改时限",
    "整改进度",
    "销号时间",
]
HAZARDS = [
    [
        "1",
        "城关镇人民政府",
        "城关镇恒兴建材厂",
        "配电箱线路私拉乱接",
        "规范布线并加装漏电保护",
        "2024-07-20",
        "已整改",
        "2024-07-18",
    ],
    [
        "2",
        "市教育局",
        "市第五中学",
        "实验室危化品未执行双人双锁管理",
        "设立危化品专柜，落实双人双锁",
        "2024/8/15",
        "整改中",
        "",
    ],
    [
        "3",
        "市教育局",
        "市实验幼儿园",
        "厨房燃气管道未安装泄漏报警装置",
        "加装燃气泄漏报警及切断装置",
        "7月底前",
        "",
        "2024-07-26",
    ],
    [
        "4",
        "市安监局",
        "濮阳华辰储运有限公司",
        "储罐区可燃气体报警器失灵",
        "更换报警探头并联网",
        "2024年第三季度",
        "50%",
        "",
    ],
    [
        "5",
        "胡村乡人民政府",
        "胡村乡鑫达面粉厂",
        "粉尘作业区未使用防爆电器",
        "更换防爆电器设备",
        "2024-08-31",
        "未整改",
        "",
    ],
    [
        "6",
        "市住建局",
        "开州路改造工程项目部",
        "深基坑临边防护缺失",
        "设置临边防护栏杆及警示标志",
        "2024-07-10",
        "已整改",
        "",
    ],
    [
        "7",
        "濮阳市交通运输局",
        "市汽车北站",
        "站内消防通道被车辆占用",
        "施划禁停标线，安排专人值守",
        "2024.8.10",
        "整改中",
        "",
    ],
]


def write_hazards(path: Path) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["安全隐患月排查月报送汇总表（2024年7月）"])
    writer.writerow(["导出时间：2024-07-31 16:20:05"])
    writer.writerow(HAZARD_HEADER)
    writer.writerows(HAZARDS)
    writer.writerow(["合计", "", "", "7处隐患", "", "", "", ""])
    path.write_bytes(text.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. “双随机、一公开”抽查工作计划 of a county 市场监督管理局, as its government site publishes it: 序号 /
# 检查主体 / 年度计划名称 / 检查内容 / 计划开展时间 (1月—12月) / 股室 / 抽查比例 / 抽查频次 / 抽查数量:
# https://mywgg.com/sgxrmzf/sjccsxjjh/202312/80b73b7de85647f8af98afaa006ccb5f.shtml
# Here returned with an 执行情况 column (检查内容 repeating the 计划名称, as there); rows name the
# sending unit's own 科室; month ranges and a 季度 as deadlines; a 合计 row and a 注.
RANDOM_HEADER = [
    "序号",
    "检查主体",
    "年度计划名称",
    "检查内容",
    "计划开展时间",
    "承办科室",
    "抽查比例",
    "抽查频次",
    "抽查数量",
    "执行情况",
]
RANDOM_ROWS = [
    [
        1,
        "濮阳市市场监督管理局",
        "对特种设备使用单位的行政检查",
        "对特种设备使用单位的行政检查",
        "1月—12月",
        "特种设备安全监察科",
        "5%",
        "=1",
        "12户",
        "已抽查7户，其余下半年开展",
    ],
    [
        2,
        "濮阳市市场监督管理局",
        "对经营者价格活动的行政检查",
        "对经营者价格活动的行政检查",
        "4月—6月",
        "价格监督检查科",
        "5%",
        "=1",
        "8户",
        "已完成",
    ],
    [
        3,
        "濮阳市市场监督管理局",
        "对保健食品经营者的行政检查",
        "对保健食品经营者的行政检查",
        "7月—9月",
        "食品经营安全监管科",
        "10%",
        ">=1",
        "6户",
        "未开展",
    ],
    [
        4,
        "濮阳市市场监督管理局",
        "对电子商务经营者信息公示的行政检查",
        "对电子商务经营者信息公示的行政检查",
        "第三季度",
        "网络交易监管科",
        "5%",
        "=1",
        "7户",
        "",
    ],
    [
        5,
        "濮阳市市场监督管理局",
        "对广告发布登记的行政检查",
        "对广告发布登记的行政检查",
        "6月",
        "广告监督管理科",
        "5%",
        "=1",
        "2户",
        "已完成，抽查结果已在公示系统公示",
    ],
    [
        6,
        "濮阳市市场监督管理局",
        "对集贸市场计量器具使用的行政检查",
        "对集贸市场计量器具使用的行政检查",
        "5月—8月",
        "计量科",
        "10%",
        ">=1",
        "20户",
        "进行中",
    ],
]


def write_random(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("执行情况")
    widths = [5, 20, 28, 26, 12, 18, 8, 8, 8, 26]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "2024年“双随机、一公开”抽查工作计划执行情况", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局                    统计时间：截至2024年7月31日", 9)
    b.row(ws, 2, RANDOM_HEADER, b.head)
    r = 3
    for row in RANDOM_ROWS:
        b.row(ws, r, row)
        r += 1
    b.row(ws, r, ["合计", "", "", "", "", "", "", "", "55户", ""])
    b.line(
        ws,
        r + 1,
        "注：1.抽查比例为占同类市场主体总数的比例；2.各项抽查任务须在计划开展时间内完成；3.执行情况截至7月31日。",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 12345热线、政民互动留言办理情况 of a county-level city: the monthly 通报 whose 附件 is a statistics table
# by unit with a header over three rows (派遣案件总数 / 12345热线 / 政民互动 × 按时办结 / 超时办结 / 未办结,
# 结案率, 不满意率): https://siseiken.net/News/show/1395742.html
# Here the statistics sheet (not items, a 合计 row) comes first, then a sheet of the 超时 and 不满意 工单 with
# 派单时间 and 办理时限 (working days counted from the 派单时间, or a date).
def write_hotline(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("统计表")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 14, 8)
    b.line(ws, 0, "12345热线、政民互动留言办理7月份情况统计表", 14, b.title)
    ws.merge_range(1, 0, 3, 0, "序号", b.head)
    ws.merge_range(1, 1, 3, 1, "单位", b.head)
    ws.merge_range(1, 2, 1, 4, "派遣案件数", b.head)
    ws.merge_range(2, 2, 3, 2, "总计", b.head)
    ws.merge_range(2, 3, 3, 3, "12345热线", b.head)
    ws.merge_range(2, 4, 3, 4, "政民互动", b.head)
    ws.merge_range(1, 5, 1, 10, "办理情况", b.head)
    ws.merge_range(2, 5, 2, 7, "12345热线", b.head)
    ws.merge_range(2, 8, 2, 10, "政民互动", b.head)
    for c, w in zip(range(5, 11), ["按时办结", "超时办结", "未办结"] * 2, strict=True):
        ws.write_string(3, c, w, b.head)
    for c, w in zip(range(11, 15), ["结案率", "按时结案率", "不满意数", "不满意率"], strict=True):
        ws.merge_range(1, c, 3, c, w, b.head)
    stats = [
        [1, "住建局", 96, 84, 12, 83, 1, 0, 12, 0, 0, "100%", "99%", 7, "7%"],
        [2, "教育局", 41, 30, 11, 30, 0, 0, 11, 0, 0, "100%", "100%", 6, "15%"],
        [3, "城管局", 58, 55, 3, 55, 0, 0, 3, 0, 0, "100%", "100%", 3, "5%"],
        [4, "卫健委", 52, 49, 3, 48, 0, 1, 3, 0, 0, "98%", "98%", 2, "4%"],
        [5, "自来水公司", 22, 22, 0, 20, 0, 2, 0, 0, 0, "91%", "91%", 4, "18%"],
        [6, "税务局", 9, 4, 5, 4, 0, 0, 4, 0, 1, "89%", "89%", 1, "11%"],
        ["合计", "", 278, 244, 34, 240, 1, 3, 33, 0, 1, "99%", "98%", 23, "8%"],
    ]
    r = 4
    for row in stats:
        b.row(ws, r, row, b.centre)
        r += 1
    b.line(ws, r + 1, "制表单位：市12345热线服务中心        统计截止：2024年7月31日", 14)

    ws = b.sheet("超时及不满意件明细")
    widths = [5, 12, 10, 12, 36, 14, 12, 12, 10]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "超时办理及群众不满意工单明细（7月）", 8, b.title)
    b.row(
        ws,
        1,
        [
            "序号",
            "工单编号",
            "来源渠道",
            "派单时间",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理状态",
            "回访结果",
        ],
        b.head,
    )
    rows = [
        [
            1,
            "2407-0356",
            "12345热线",
            date(2024, 7, 3),
            "观澜府小区地下室雨后浸水，手机无信号",
            "住建局",
            "5个工作日",
            "超时办结",
            "满意",
        ],
        [
            2,
            "2407-0412",
            "政民互动",
            date(2024, 7, 5),
            "私立幼儿园秋季学期收费上涨过快",
            "教育局",
            date(2024, 7, 15),
            "已办结",
            "基本满意",
        ],
        [
            3,
            "2407-0538",
            "12345热线",
            date(2024, 7, 9),
            "梅林路片区反复停水且无提前通知",
            "自来水公司",
            "3个工作日",
            "逾期未办",
            "",
        ],
        [
            4,
            "2407-0701",
            "政民互动",
            date(2024, 7, 16),
            "个税APP退税进度长期显示审核中",
            "税务局",
            "5个工作日",
            "办理中",
            "",
        ],
        [
            5,
            "2407-0766",
            "12345热线",
            date(2024, 7, 18),
            "竹林路夜市油烟噪音扰民",
            "城管局",
            "2024年7月25日",
            "已办结",
            "满意",
        ],
        [
            6,
            "2407-0849",
            "12345热线",
            date(2024, 7, 22),
            "社区卫生服务中心狂犬疫苗缺货",
            "卫健委",
            "2个工作日",
            "",
            "",
        ],
    ]
    r = 2
    for row in rows:
        b.row(ws, r, row)
        r += 1
    b.line(ws, r + 1, "注：办理时限以工作日计的，自派单次日起算。", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 12. “我为群众办实事”项目进展与成效, project after project as a document lists them: a number line (01),
# then 项目名称：… / 项目内容：… / 责任单位：… / 进展与成效：…, each label and its text in one line:
# https://laobiganzi.top/149649.html
# Here pasted into a sheet one line per cell, with a 时间安排 line holding a schedule text.
DEEDS = [
    (
        "01",
        "城区河道水系连通",
        "在老城区西侧新开引水河道，实现城区河道水系连通，并建设配套闸站。",
        "市水利局",
        "5月底前完成初步设计，12月底前完成主体工程",
        "已完成初步设计审查，6月28日完成开标，施工单位已进场。",
    ),
    (
        "02",
        "新建“城市书房”2个",
        "在城东、城西各建设1个24小时开放的城市书房。",
        "市文广旅局",
        "6月底前完成选址，9月底前建成开放",
        "已确定选址，正在装修。",
    ),
    (
        "03",
        "新改建城区公共厕所5座",
        "新改建城区公共厕所5座，全部达到二类以上标准。",
        "城管局",
        "7月底前全部完成",
        "5座公厕已全部建成并投入使用。",
    ),
    (
        "04",
        "“一老一小”服务场所适老化改造",
        "对社区日间照料中心、托育点等“一老一小”服务场所适老化改造，增设扶手、防滑设施。",
        "市民政局",
        "长期坚持",
        "",
    ),
    (
        "05",
        "不动产登记“带押过户”全覆盖",
        "实现存量房“带押过户”业务在各登记窗口全覆盖。",
        "不动产登记中心",
        "8月15日前",
        "尚未启动。",
    ),
    (
        "06",
        "医保报销“一站式”结算延伸到村卫生室",
        "医保门诊报销“一站式”结算延伸到村卫生室，群众就近报销。",
        "市医保局",
        "第三季度",
        "已在清丰、南乐2个县开展试点。",
    ),
]


def write_deeds(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("第3期")
    ws.set_column(0, 0, 90)
    ws.write_string(0, 0, "“我为群众办实事”实践活动项目进展与成效情况（第3期）", b.title)
    ws.write_string(1, 0, "填报单位：市委主题教育领导小组办公室        报送日期：2024年7月30日", b.text)
    r = 3
    for no, name, content, unit, plan, result in DEEDS:
        ws.write_string(r, 0, no, b.bold)
        ws.write_string(r + 1, 0, f"项目名称：{name}", b.text)
        ws.write_string(r + 2, 0, f"项目内容：{content}", b.text)
        ws.write_string(r + 3, 0, f"责任单位：{unit}", b.text)
        ws.write_string(r + 4, 0, f"时间安排：{plan}", b.text)
        ws.write_string(r + 5, 0, f"进展与成效：{result}", b.text)
        r += 7
    ws.write_string(r, 0, "（以上项目进展由各责任单位报送，市委主题教育办汇总）", b.text)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 13. 网络问政逾期留言, two units' returns in a zip: the 网络问政 通报 that names two units for leaving
# 群众留言 unanswered and lists their overdue items: http://zmdtt.zmdtvw.cn/Api/index/shareinfo?id=66530
# Each return: title, 填报单位 line, the 5-working-day rule stated once above the table (counted from each
# 留言时间), 留言网友 beside the 留言 itself, 超期天数 and 回复时间.
ONLINE = {
    "市交通运输局网络问政逾期留言办理情况.xlsx": (
        "濮阳市交通运输局",
        [
            [
                1,
                "WZ2406031",
                date(2024, 6, 3),
                "网友“开州人”",
                "开州路公交站台拆除后一直未恢复",
                24,
                "已办结并回复",
                date(2024, 7, 5),
            ],
            [
                2,
                "WZ2406177",
                date(2024, 6, 17),
                "网友“夜行者”",
                "国道106濮阳段夜间大货车超速严重",
                36,
                "正在会同交警支队开展联合整治",
                None,
            ],
            [
                3,
                "WZ2407022",
                date(2024, 7, 2),
                "网友“王庄村民”",
                "城乡公交班次减少，村民出行困难",
                21,
                "未回复",
                None,
            ],
        ],
    ),
    "市燃气公司网络问政逾期留言办理情况.xlsx": (
        "市燃气公司",
        [
            [
                1,
                "WZ2406088",
                date(2024, 6, 7),
                "网友“老刘”",
                "更换智能燃气表后计量明显偏高",
                3,
                "已办结并回复",
                date(2024, 6, 20),
            ],
            [2, "WZ2407015", date(2024, 7, 1), "网友“幸福里业主”", "老旧小区燃气立管锈蚀严重", 22, "", None],
            [
                3,
                "WZ2407101",
                date(2024, 7, 10),
                "网友“新房主”",
                "新房开通燃气预约排队时间过长",
                13,
                "正在办理",
                None,
            ],
        ],
    ),
}
ONLINE_HEADER = ["序号", "留言编号", "留言时间", "留言网友", "留言内容", "超期天数", "办理情况", "回复时间"]


def _online_book(path: Path, unit: str, rows) -> Path:
    b = Book(path)
    ws = b.sheet("逾期留言")
    widths = [5, 12, 12, 16, 34, 9, 26, 12]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "网络问政逾期留言办理情况反馈表", 7, b.title)
    b.line(ws, 1, f"填报单位：{unit}（盖章）                    填报日期：2024年7月30日", 7)
    b.line(ws, 2, "按照网络问政办理规定，群众留言应自留言之日起5个工作日内办理回复。", 7)
    b.row(ws, 3, ONLINE_HEADER, b.head)
    r = 4
    for row in rows:
        b.row(ws, r, row)
        r += 1
    b.line(ws, r + 1, "单位负责人：__________    经办人：__________    联系电话：__________", 7)
    return b.close()


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_online(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, (unit, rows) in ONLINE.items():
            member = _online_book(Path(tmp) / "member.xlsx", unit, rows)
            info = _GbkName(name, date_time=(2024, 7, 30, 17, 20, 36))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
            z.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 14. 文明城市创建督查通报: what a 创城 inspection found, town by town — “(一)鹿城镇（14个）” then numbered
# places, one place holding (1)(2)(3) problems: https://sucai198.com/qitaziliao/2023/03/50458.html
# Here as a 交办 table returned with 整改情况 and a 销号 column of ticks; a place's problems numbered 2-1,
# 2-2; deadlines counted from the 交办日期 stated once above (N日内, N个工作日, 立行立改).
CIVIC_GROUPS = [
    (
        "（一）华龙区中原路街道（3个）",
        [
            [
                "1",
                "中原路与京开大道交叉口",
                "公益广告牌褪色破损",
                "华龙区中原路街道办事处",
                "3日内",
                "已更换",
                "√",
            ],
            ["2-1", "丽景花园二期", "小区内车辆乱停乱放", "华龙区中原路街道办事处", "7日内", "正在整改", ""],
            [
                "2-2",
                "丽景花园二期",
                "小区内杂物、废弃物乱堆乱放",
                "华龙区中原路街道办事处",
                "7日内",
                "已清理",
                "√",
            ],
        ],
    ),
    (
        "（二）市直部门（4个）",
        [
            ["3", "市第三人民医院", "门诊大厅无障碍通道被堵塞", "市卫健委", "3日内", "已整改", "√"],
            ["4", "西客运站", "候车厅志愿服务站无人值守", "市交通局", "7日内", "", ""],
            ["5", "胜利路农贸市场", "公平秤缺失，价格标签不规范", "市市场监管局", "5个工作日", "未整改", ""],
            [
                "6",
                "人民公园",
                "公厕保洁不到位，异味明显",
                "市城管局",
                "立行立改",
                "正在清洗保洁，已增加保洁频次",
                "",
            ],
        ],
    ),
]


def write_civic(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("第13期")
    widths = [6, 22, 30, 24, 12, 26, 8]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "文明城市创建实地督查发现问题交办及整改反馈表（2024年第13期）", 6, b.title)
    b.line(
        ws, 1, "交办日期：2024年7月15日        督查组：市创文办第二督查组        反馈日期：2024年7月29日", 6
    )
    b.row(ws, 2, ["序号", "点位", "存在问题", "责任单位", "整改时限", "整改情况", "销号"], b.head)
    r = 3
    for heading, rows in CIVIC_GROUPS:
        ws.merge_range(r, 0, r, 6, heading, b.group)
        r += 1
        for row in rows:
            b.row(ws, r, row)
            r += 1
        r += 1  # a blank row between groups
    b.line(ws, r, "注：1.整改完成并经督查组复核的，在“销号”栏内打“√”；2.整改时限自交办之日起计算。", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 15. 督察组交办信访件 with 污染类型 ticks: the 交办情况统计表 a district publishes for each batch of a 中央
# 生态环境保护督察 — units down the side, 移交件数 and 污染类型 (水 / 大气 / 土壤 / 生态 / 噪声 / 其他污染) over
# two header rows, a 合计 row and a 备注 on why the totals differ: https://longyang.gov.cn/info/2377/13770969.htm
# Here one row per 信访件 with ticks under its 污染类型 (not a status), the batch's 交办时间 stated once above
# (N个工作日 count from it), 是否办结 and 办理进度.
PETITIONS = [
    [
        1,
        "X2HN202407050011",
        "华龙区某小区地下车库排风口噪声扰民",
        "华龙区人民政府",
        "",
        "",
        "",
        "",
        "✓",
        "",
        "15个工作日",
        "已更换低噪声风机，经监测达标",
        "是",
    ],
    [
        2,
        "X2HN202407050027",
        "濮阳县某化工企业夜间异味扰民",
        "濮阳县人民政府",
        "",
        "✓",
        "",
        "",
        "",
        "",
        "2024年7月31日",
        "已立案调查，企业正在整改",
        "否",
    ],
    [
        3,
        "D2HN202407050102",
        "马颊河支流排污口排放黑臭废水",
        "市生态环境局",
        "✓",
        "",
        "",
        "✓",
        "",
        "",
        "边督边改，8月底前办结",
        "阶段性办结",
        "否",
    ],
    [
        4,
        "D2HN202407050118",
        "建筑工地夜间施工噪声和扬尘",
        "市住建局",
        "",
        "✓",
        "",
        "",
        "✓",
        "",
        "15个工作日",
        "",
        "否",
    ],
    [
        5,
        "X2HN202407050131",
        "城区餐饮店油烟直排",
        "市城管执法局",
        "",
        "✓",
        "",
        "",
        "",
        "",
        "10个工作日",
        "已办结，已责令安装油烟净化器",
        "是",
    ],
    [
        6,
        "D2HN202407050140",
        "清丰县某养殖场粪污直排农田",
        "清丰县人民政府",
        "✓",
        "",
        "✓",
        "",
        "",
        "",
        "2024.8.20",
        "",
        "",
    ],
]


def write_petitions(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("第十八批")
    widths = [5, 19, 30, 16, 5, 5, 5, 5, 5, 5, 18, 28, 8]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "中央第五生态环境保护督察组交办信访件办理情况（第十八批）", 12, b.title)
    b.line(ws, 1, "交办时间：2024年7月5日        填报单位：市生态环境保护督察整改工作领导小组办公室", 12)
    for c, w in [
        (0, "序号"),
        (1, "受理编号"),
        (2, "交办问题"),
        (3, "责任单位"),
        (10, "办理时限"),
        (11, "办理进度"),
        (12, "是否办结"),
    ]:
        ws.merge_range(2, c, 3, c, w, b.head)
    ws.merge_range(2, 4, 2, 9, "污染类型", b.head)
    for c, w in zip(range(4, 10), ["水", "大气", "土壤", "生态", "噪声", "其他"], strict=True):
        ws.write_string(3, c, w, b.head)
    r = 4
    for row in PETITIONS:
        b.row(ws, r, row)
        for c in range(4, 10):
            b.put(ws, r, c, row[c], b.centre)
        r += 1
    b.row(ws, r, ["合计", "", "6件", "", 2, 3, 1, 1, 2, 0, "", "", ""], b.centre)
    b.line(ws, r + 1, "备注：合计数和污染类型数量不一致，原因为部分举报件涉及多个污染类型。", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 16. 患者满意度调查存在问题 of a hospital, week by week: the 满意度调查 notice a city hospital posts —
# (dates of the week), 本周门诊患者满意度调查科室：…, 存在问题：1、… 2、…, then the same for 住院:
# https://www.zzsdyrmyy.com/detail/2261/2.html
# Here with 责任科室 (sections of the sending hospital), 整改措施, 整改时限 and 整改情况 beside each problem,
# the week and the 调查科室 lines as rows across the table.
HOSPITAL = [
    (
        "（2024.07.01——07.05）",
        [
            (
                "本周门诊患者满意度调查科室：门诊药房、收费处、检验科、消化内科、妇科、影像科、彩超室",
                [
                    [
                        "1",
                        "门诊一楼无卫生间，患者如厕不便",
                        "后勤保障科",
                        "在一楼东侧增设卫生间",
                        "2024年9月底前",
                        "已完成选址，正在施工",
                    ],
                    ["2", "彩超室候诊区指示标识不清晰", "门诊部", "更换导视标识", "7月10日前", "已更换"],
                ],
            ),
            (
                "本周住院患者满意度调查科室：心内科、肾内科、普外二病区、骨三病区、儿二病区",
                [
                    [
                        "1",
                        "普外二病区病房卫生打扫不及时",
                        "护理部",
                        "增加保洁频次，护士长每日检查",
                        "7月15日前",
                        "已整改",
                    ],
                    [
                        "2",
                        "住院患者反映餐厅饮食口味单一",
                        "膳食科",
                        "每周调整菜谱，增加病号饭品种",
                        "长期坚持",
                        "常态化推进",
                    ],
                ],
            ),
        ],
    ),
    (
        "（2024.07.15——07.19）",
        [
            (
                "本周门诊患者满意度调查科室：收费处、儿科、眼科、耳鼻喉科",
                [
                    [
                        "1",
                        "收费窗口排队时间长，高峰时段仅开放2个窗口",
                        "财务科",
                        "高峰时段增开收费窗口",
                        "2024-07-31",
                        "",
                    ],
                ],
            ),
            (
                "本周住院患者满意度调查科室：心内科、神经内科、产一病区",
                [
                    ["1", "心内科夜间陪护床数量不足", "心内科", "申请增购陪护床20张", "8月底前", "未整改"],
                ],
            ),
        ],
    ),
]


def write_hospital(path: Path) -> Path:
    b = Book(path)
    ws = b.sheet("7月")
    widths = [6, 36, 12, 28, 14, 22]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    b.line(ws, 0, "濮阳市人民医院患者满意度调查存在问题整改台账（7月）", 5, b.title)
    b.line(ws, 1, "填报科室：医务部（行风办）        填报日期：2024年7月29日", 5)
    b.row(ws, 2, ["序号", "存在问题", "责任科室", "整改措施", "整改时限", "整改情况"], b.head)
    r = 3
    for week, parts in HOSPITAL:
        ws.merge_range(r, 0, r, 5, week, b.group)
        r += 1
        for scope, rows in parts:
            ws.merge_range(r, 0, r, 5, scope, b.cell)
            r += 1
            for row in rows:
                b.row(ws, r, row)
                r += 1
    b.line(ws, r + 1, "行风办负责人：冯雪梅        联系电话：0393-8322105", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
def build() -> list[Path]:
    return [
        write_livelihood(HERE / "2024年十件民生实事1—7月实施进度表.xlsx"),
        write_tasks(HERE / "2024年政府工作报告重点民生任务分解落实情况（7月）.doc"),
        write_fire(HERE / "市安委会督查组发现问题隐患整改情况.docx"),
        write_schools(HERE / "责任督学督导整改意见学校处理情况记录表（四所学校）.xlsx"),
        write_appeals(HERE / "7月份群众反映问题办理情况附表.xlsx"),
        write_food(HERE / "食品经营单位监督检查情况汇总表（2024年第7期）.et"),
        write_eco(HERE / "突出生态环境问题整改验收销号公示及推进情况.xlsx"),
        write_clean(HERE / "市统计局党组作风问题及巡察反馈问题整改清单.xlsx"),
        write_hazards(HERE / "安全隐患月排查月报送_202407.csv"),
        write_random(HERE / "2024年双随机一公开抽查计划执行情况（市市场监管局）.xlsx"),
        write_hotline(HERE / "12345热线政民互动留言办理7月份情况（附表）.xlsx"),
        write_deeds(HERE / "我为群众办实事项目进展与成效（第3期）.xlsx"),
        write_online(HERE / "网络问政逾期留言办理情况反馈（两家单位）.zip"),
        write_civic(HERE / "文明城市创建实地督查问题交办整改反馈表（第13期）.xlsx"),
        write_petitions(HERE / "中央生态环境保护督察交办信访件办理情况（第十八批）.xlsx"),
        write_hospital(HERE / "市人民医院患者满意度调查问题整改台账（7月）.xlsx"),
    ]


if __name__ == "__main__":
    for path in build():
        print(path.name)

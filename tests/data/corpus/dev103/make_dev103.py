"""Write the dev103 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 网络安全, 政务信息系统 and 数据安全与保密检查, in 机关, 事业单位, 医院 and 学校.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions of an .xlsx),
a .wps (Word 97 written by LibreOffice from a .docx), a .docx whose items are numbered paragraphs, a CSV in UTF-8
with a byte-order mark, and a .zip of two returns (a .docx report and an .xlsx list).
Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_dev103.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
every timestamp inside the files is fixed, so two runs give byte-identical files.
"""

from __future__ import annotations

import csv
import io
import re
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter) with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
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
                "bg_color": "#D9D9D9",
            }
        )
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "font_name": "宋体"})
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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to: the older or open-format copy an office sends."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix.split(':')[0]}"


_ODS_STAMP = re.compile(rb"<(meta:creation-date|dc:date|meta:print-date)>[^<]*</\1>")
_ODS_TOOL = re.compile(rb"<meta:generator>[^<]*</meta:generator>")


def fixed_ods(path: Path) -> Path:
    """Rewrite an .ods with fixed member times and fixed dates in meta.xml (order and compression kept)."""
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%S").encode()
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as dst:
        for info, data in members:
            if info.filename == "meta.xml":
                data = _ODS_STAMP.sub(lambda m: b"<%s>%s</%s>" % (m.group(1), stamp, m.group(1)), data)
                data = _ODS_TOOL.sub(b"<meta:generator>LibreOffice</meta:generator>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(raw.getvalue())
    return path


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the writer, convert it with LibreOffice, copy the result to path."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
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


def _table(doc, header: list[str], rows: list[list[str] | str], size: float = 10.5):
    """A grid table; a row given as a plain string is a group line merged across the whole width."""
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, size, bold=True)
    for r, values in enumerate(rows, start=1):
        if isinstance(values, str):
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            _cell_text(merged, values, size, bold=True)
            continue
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


def _write_xls(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """One sheet: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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
# 1. 政府网站与政务新媒体检查情况通报, after a city 人民政府办公室's quarterly check of all its 政府网站 and 政务新媒体
# (检查比例100%; 一、存在问题 (一)政府网站方面 一是栏目更新不及时, 经提醒后方进行更新; 备案与地址信息未及时更新;
# (二)政务新媒体方面: 用词不规范, 已注销账号违规私开, 僵尸账号清理缓慢, 未及时处理内容监测工单):
# http://www.sm.gov.cn/zw/ztzl/wzjs/jcqk/202109/t20210918_1707558.htm
# A .docx 通报: title, 主送, preamble, the problems as numbered paragraphs under (一)(二), each naming the unit and
# saying in a sentence what was done, an 整改要求 section with the common deadline, the office and date at the foot.
WEB_PARAS = {
    "（一）政府网站方面。": [
        "1.市统计局门户网站“统计数据”栏目自2024年3月以来未更新，超过3个月无新增信息。经提醒，已于7月12日补充更新。",
        "2.市气象局门户网站政府信息公开年报栏目仍停留在2022年度，2023年度政府信息公开工作年度报告未按规定时间发布。",
        "3.清丰县人民政府门户网站“办事服务”栏目有3处链接跳转至省政务服务网时报错，属不可用链接。",
        "4.市住房公积金中心网站因运维服务商变更，ICP备案信息未及时变更，备案联系人仍为已调离人员。目前已提交备案变更"
        "申请，正在审核中。",
    ],
    "（二）政务新媒体方面。": [
        "5.濮阳县交通运输局“濮阳县交通运输”微信公众号6月28日推文中出现领导职务表述错误，属严重表述错误。该局已删除原文，"
        "更正后重新发布。",
        "6.南乐县千口镇人民政府“魅力千口”微信公众号已于2023年11月注销，检查发现该账号未经申请备案私自重新上线。须于"
        "2024年7月31日前完成注销并报备。",
        "7.市文广旅局在省平台下发的待核查账号中，“濮阳文旅资讯”等4个长期未更新的僵尸账号尚未完成注销，目前已注销1个，"
        "其余3个正在办理。",
        "8.市生态环境局“濮阳生态环境”微信公众号6月24日收到省政务新媒体监管平台内容监测工单，未按要求在3个工作日内处理"
        "反馈，截至通报时逾期未办。",
    ],
}


def write_web(path: Path) -> Path:
    doc = _new_document("政务公开科")
    _title(doc, "濮阳市人民政府办公室关于2024年第二季度全市政府网站与政务新媒体检查情况的通报")
    _paragraph(doc, "各县（区）人民政府，市直有关单位：")
    _paragraph(
        doc,
        "7月1日至5日，市政府办公室组织开展了2024年第二季度全市政府网站和政务新媒体检查。本次检查全市政府网站38个、"
        "政务新媒体126个，检查比例100%。现将有关情况通报如下：",
    )
    _paragraph(doc, "一、存在问题", font="黑体")
    for head, paras in WEB_PARAS.items():
        _paragraph(doc, head, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "二、整改要求", font="黑体")
    _paragraph(
        doc,
        "请上述单位对照通报问题逐项整改。除已明确时限的外，其余问题请于2024年8月15日前整改到位，并将整改情况书面报送"
        "市政府办公室政务公开科。对逾期未整改的，将在全市范围内通报批评。",
    )
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月19日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 政务信息系统清查清理, after a city 政务服务和大数据管理局's notice to 市直各部门 (摸清信息系统数量、名称、功能、使用范围、
# 使用频度、审批部门、审批时间、经费来源; 清理与业务长期脱节、功能可被替代、资源长期空闲、运维停止、使用范围小频度低的
# “僵尸”信息系统; 附件《全市信息化建设情况摸底调查应用系统清单》, 扫描件需盖章; 联系人、联系电话):
# http://zwdsj.pds.gov.cn/contents/14314/13166.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (系统基本情况 over seven columns, 清理整合 over three), the
# 建设单位 under the name it had when the system was built, an 审批时间 column, a 合计 row, a 填表说明 and a 联系人 line.
SYSTEM_ROWS = [
    (
        "濮阳市交通运输局",
        "公路路政管理系统",
        "路政案件登记、涉路许可审批",
        "市本级",
        "月均登录不足5次",
        "市发展计划委员会",
        "2015年3月",
        "财政资金",
        "功能与省交通运输综合执法平台重复，2022年起已停止业务录入",
        "关停下线，历史数据迁移至省平台",
        "2024年6月30日",
        "已关停，历史数据迁移完毕",
    ),
    (
        "市人社局",
        "人力资源市场信息网",
        "招聘求职信息发布",
        "全市",
        "月均访问不足200人次",
        "市发改委",
        "2016年8月",
        "财政资金",
        "功能可被河南省公共就业服务平台替代，岗位信息长期未更新",
        "整合至省平台",
        "2024年9月底前",
        "正在迁移企业用户数据",
    ),
    (
        "市农业局",
        "农产品质量安全追溯系统",
        "生产记录登记、追溯码生成",
        "市本级及5个县",
        "月均登录不足10次",
        "市发改委",
        "2017年5月",
        "上级补助资金",
        "运维合同2022年到期后无人运维，服务器资源长期空闲",
        "关停并回收政务云资源",
        "2024年8月31日",
        "",
    ),
    (
        "市民政局",
        "养老服务补贴审核系统",
        "高龄津贴、养老服务补贴审核",
        "全市",
        "每月集中使用1次",
        "市发改委",
        "2018年4月",
        "财政资金",
        "与民政部金民工程养老服务系统重复，基层需两头录入",
        "停止本地录入，数据对接金民工程",
        "2024年12月31日前",
        "未启动",
    ),
    (
        "市卫计委",
        "生育服务证网上办理系统",
        "生育服务证申领",
        "全市",
        "近一年无业务数据",
        "市发改委",
        "2016年2月",
        "财政资金",
        "服务事项已调整为生育登记，系统长期无业务数据",
        "关停下线",
        "2024年7月15日",
        "已下线，政务云资源已回收",
    ),
    (
        "市城管局",
        "数字化城市管理系统（一期）",
        "城市部件事件采集、派遣处置",
        "市区",
        "每日使用",
        "市发改委",
        "2014年11月",
        "财政资金",
        "一期与二期系统并行运行，案件需重复派遣，属重复建设",
        "一期功能并入二期，一期下线",
        "第四季度",
        "已完成需求梳理，正在开发数据接口",
    ),
    (
        "市质监局",
        "特种设备动态监管系统",
        "特种设备登记、定期检验提醒",
        "全市",
        "月均登录不足5次",
        "市发改委",
        "2013年6月",
        "财政资金",
        "省市场监管局统一系统上线后停止使用，但仍占用政务外网IP地址和服务器",
        "关停并释放资源",
        "2024年7月20日",
        "已关停，IP地址及服务器已释放",
    ),
    (
        "市水务局",
        "防汛视频会商系统",
        "防汛视频会商",
        "市、县两级",
        "仅汛期使用",
        "市发改委",
        "2015年5月",
        "财政资金",
        "视频终端老化，功能与全市统一视频会议系统重复",
        "整合至全市统一视频会议系统",
        "2024年10月31日",
        "正在协调市政府办公室统一调配终端",
    ),
]


def write_system(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 12
    cells = [
        (0, 0, "全市信息化建设情况摸底调查应用系统清单（“僵尸”政务信息系统清理情况）", t, 0, last),
        (
            1,
            0,
            "填报单位（盖章）：濮阳市政务服务和大数据管理局（汇总）    填报日期：2024年7月29日",
            plain,
            1,
            last,
        ),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "建设单位", h, 3, 1),
        (2, 2, "系统基本情况", h, 2, 8),
        (2, 9, "“僵尸”情形", h, 3, 9),
        (2, 10, "清理整合", h, 2, 12),
    ]
    for col, word in enumerate(
        ["系统名称", "主要功能", "使用范围", "使用频度", "审批部门", "审批时间", "经费来源"], start=2
    ):
        cells.append((3, col, word, h))
    for col, word in enumerate(["处置方式", "完成时限", "清理进展"], start=10):
        cells.append((3, col, word, h))
    for i, row in enumerate(SYSTEM_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 7, 8, 11) else c))
    r = 4 + len(SYSTEM_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "清查政务信息系统56个，列入清理整合的“僵尸”系统8个", c, r, last),
        (
            r + 1,
            0,
            "填表说明：1.建设单位按系统建设时的单位名称填写；2.使用频度按近一年月均登录（访问）次数填写；"
            "3.“僵尸”情形按通知所列五种情形填写。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "联系人：贾明远    联系电话：0393-8996215", plain, r + 2, last),
    ]
    return _write_xls(path, "应用系统清单", cells, [5, 16, 20, 20, 12, 14, 14, 10, 10, 34, 24, 14, 26])


# ---------------------------------------------------------------------------------------------
# 3. 政务信息系统整合共享专项审计调查, after a city 审计局's notice of a survey of 市直部门's 政务信息系统 (部门自查并报送
# 调查表: 名称、功能、使用范围、使用频率、审批部门、审批时间、经费来源; 自查“僵尸”信息系统; 现场抽查审计, 重点抽查
# 未按时报送资料、未认真填报、填报与实际误差较大的部门; 不在目录清单的信息系统不予认可):
# https://www.ganzhou.gov.cn/zfxxgk/c100441k/201802/a5b83fc7fcf94f8eb40663bccf154a23.shtml
# An .ods (LibreOffice conversion): title, 审计机关 line, one header row with the 抽查原因 and the 交办日期 (a date cell)
# the 整改期限 in days and working days count from, a 注 line and the 审计组 signature line.
AUDIT_ROWS = [
    (
        "市财政局",
        "填报与实际误差较大",
        "自查上报政务信息系统3个，现场核查实有6个，“非税收入收缴管理系统”等3个系统未纳入调查表",
        "补报遗漏系统，纳入全市政务信息系统目录清单",
        date(2024, 6, 14),
        "30日内",
        "已补报，3个系统已纳入目录清单",
    ),
    (
        "市自然资源局",
        "未认真填报",
        "“国土空间规划一张图实施监督系统”调查表中经费来源、审批时间等栏目空白",
        "完善调查表",
        date(2024, 6, 14),
        "15个工作日内",
        "已补充完善",
    ),
    (
        "市教育局",
        "未按时报送资料",
        "未在规定时限内报送自查报告和调查表，经两次催报后才报送",
        "建立政务信息系统台账管理制度",
        date(2024, 6, 14),
        "2024年7月31日",
        "",
    ),
    (
        "市住建局",
        "填报与实际误差较大",
        "“住房租赁监管服务平台”与“房屋网签备案系统”功能重复，分别由两家公司运维，年运维费合计86万元",
        "整合两个系统，压减运维费用",
        date(2024, 6, 21),
        "2024年12月底前",
        "已制定整合方案，正在招标",
    ),
    (
        "市医保局",
        "未认真填报",
        "“医保基金智能监控系统”上线运行两年未开展网络安全等级保护测评",
        "开展等级保护测评",
        date(2024, 6, 21),
        "60日内",
        "已委托测评机构，现场测评已完成，等待出具报告",
    ),
    (
        "市公共资源交易中心",
        "填报与实际误差较大",
        "电子交易平台与省平台数据未实现实时共享，交易数据需人工导出上报",
        "开发数据接口，实现实时共享",
        date(2024, 6, 21),
        "2024年9月30日",
        "未整改",
    ),
    (
        "市退役军人局",
        "未按时报送资料",
        "自建“退役军人信息采集系统”未经审批立项，使用财政资金28万元",
        "停止使用并补办手续",
        date(2024, 6, 21),
        "2024.7.31",
        "已停止使用，数据迁入部级系统，经复核予以销号",
    ),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="审计局信息科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 16, 46, 28, 14, 14, 30])
    last = 7
    b.line(ws, 0, "市直部门政务信息系统整合共享专项审计调查发现问题整改台账", last, b.title)
    b.line(
        ws, 1, "审计机关：濮阳市审计局    调查方式：部门自查与现场抽查相结合    填报日期：2024年7月26日", last
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被调查单位",
            "抽查原因",
            "审计发现问题",
            "审计建议",
            "审计意见交办日期",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(AUDIT_ROWS)
    b.line(ws, end, "注：整改期限为“××日内”“××个工作日内”的，自审计意见交办之日起计算。", last)
    b.line(ws, end + 1, "审计组组长：罗志斌    填表人：温雅婷    联系电话：0393-8995317", last)
    return b.close()


def write_audit(path: Path) -> Path:
    via_soffice(write_audit_book, path, "ods", "政务信息系统专项审计调查问题整改台账.xlsx")
    return fixed_ods(path)


# ---------------------------------------------------------------------------------------------
# 4. 医院网络安全专项检查, after a county hospital's account of the 网络安全联合执法检查组 of the 县卫健委, 县委网信办 and
# 县公安局 (汇报网络建设、自查、软件管理、应急处置、存在问题、下一步整改; 实地检查网络中心机房物理情况、网络设备、网络
# 安全设备、服务器运行情况; 现场服务器安全测评; 完善规章制度及应急预案):
# https://www.thxyy.com/content/detail/60c8777b2792eec8cba1ff10.html
# An .xlsx from the hospital: title, 填报单位 line, 检查单位/检查时间 line (the base date of 立行立改), one header
# row with the hospital's own 责任科室 and 责任人, 整改进展 and 完成时间 columns, the signature line.
HOSPITAL_ROWS = [
    (
        "机房物理环境",
        "网络中心机房未配备精密空调，夏季机房温度超过30℃",
        "采购安装精密空调",
        "网络中心",
        "李振华",
        "2024年8月31日",
        "已完成采购，待安装",
        "",
    ),
    (
        "机房物理环境",
        "机房门禁未启用，进出人员无登记",
        "启用门禁系统，建立出入登记",
        "网络中心",
        "李振华",
        "2024.6.30",
        "已完成",
        "2024.6.25",
    ),
    (
        "服务器",
        "HIS数据库服务器存在高危漏洞2个（远程代码执行），操作系统补丁未更新",
        "安装安全补丁并复测",
        "网络中心",
        "王斌",
        "立行立改",
        "已修复，复测通过",
        "2024.6.17",
    ),
    (
        "网络设备",
        "核心交换机、防火墙使用默认管理口令",
        "修改为强口令并定期更换",
        "网络中心",
        "王斌",
        "立行立改",
        "已修改",
        "2024.6.15",
    ),
    (
        "网络安全设备",
        "日志审计系统日志留存不足6个月",
        "扩容日志存储",
        "网络中心",
        "王斌",
        "2024年9月底前",
        "",
        "",
    ),
    (
        "管理制度",
        "网络安全管理制度未随机构调整及时修订，网络安全责任人仍为已调离人员",
        "修订制度，调整责任人",
        "院办公室",
        "赵文静",
        "2024年7月10日",
        "已修订印发",
        "2024.7.8",
    ),
    (
        "应急处置",
        "网络安全应急预案未开展实战演练",
        "组织勒索病毒应急演练",
        "网络中心、医务科",
        "李振华",
        "第三季度",
        "演练方案已制定",
        "",
    ),
    (
        "软件管理",
        "医生工作站私自安装非授权软件，部分终端内外网混用",
        "清理非授权软件，部署终端准入控制",
        "医务科",
        "张红梅",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        "数据安全",
        "病历数据导出无审批，医务人员可通过U盘拷贝患者信息",
        "封闭USB接口，建立数据导出审批制度",
        "病案统计科",
        "刘洋",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_hospital(path: Path) -> Path:
    b = Book(path, author="网络中心")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 40, 28, 16, 10, 14, 20, 12])
    last = 8
    b.line(ws, 0, "网络安全专项检查反馈问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县人民医院（盖章）    填报日期：2024年7月26日", last)
    b.line(
        ws,
        2,
        "检查单位：县卫健委、县委网信办、县公安局网络安全联合执法检查组    检查时间：2024年6月15日",
        last,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "检查类别",
            "存在问题",
            "整改措施",
            "责任科室",
            "责任人",
            "整改时限",
            "整改进展",
            "完成时间",
        ],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HOSPITAL_ROWS)
    b.line(ws, end + 1, "院长：郭建民    分管副院长：孟庆华    填表人：王斌    联系电话：0393-3226178", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 医院网络与信息安全自查报告, after a hospital's 网络安全自查报告 (按照卫计办文件通知精神, 召开相关科室负责人会议,
# 由主管院长负责安排; 一、网络安全管理: 互联网和院内局域网物理隔离, 硬件安全(防雷、防火、UPS电源)、网络安全、USB接口
# 封闭; 二、数据库安全管理; 自查中发现的问题认真做好记录, 及时整改):
# https://beiweimall.com/zichabaogao/3939080.html
# A .zip of two returns: a 中医医院's report (.docx: 主送, preamble, two sections on the current state, then the problems
# as numbered paragraphs with measure, deadline and progress in sentences, the hospital and date) and a 妇幼保健院's
# attached 自查问题及整改清单 (.xlsx: 填报单位 line, one header row with its own 责任部门).
TCM_PARAS = [
    "1.HIS服务器UPS电源电池老化，断电后仅能维持约10分钟，不能满足数据备份和正常关机的需要。整改措施：由设备科更换UPS"
    "蓄电池组，计划2024年8月底前完成。目前已报采购计划。",
    "2.部分科室工作站USB接口未封闭，存在通过移动介质感染病毒或泄露数据的隐患。整改措施：信息科对全院工作站USB接口统一"
    "封闭，7月15日前完成。目前已全部封闭到位。",
    "3.医院门户网站后台管理账号多人共用，未做到专人专号。整改措施：由院办公室清理共用账号，实行一人一号并启用登录短信"
    "验证，整改时限2024年7月31日。",
    "4.核心业务数据库备份仅保存在本院机房，未实现异地备份。整改措施：信息科与市卫生健康信息中心对接，实现核心数据异地"
    "备份，年底前完成。目前尚未启动。",
    "5.部分职工网络安全意识不强，存在将工作文件上传至个人网盘的现象。整改措施：由信息科每季度开展一次网络安全培训，"
    "长期坚持。",
]

MCH_ROWS = [
    (
        "硬件安全",
        "机房未安装漏水检测报警装置",
        "安装漏水检测报警装置",
        "后勤保障科",
        "2024年9月30日",
        "已完成安装调试",
    ),
    (
        "网络安全",
        "院内无线网络未与业务内网隔离，访客终端可接入",
        "访客无线网络独立组网",
        "信息科",
        "2024年7月20日",
        "正在施工",
    ),
    (
        "应用安全",
        "预约挂号小程序未开展个人信息保护合规评估",
        "委托第三方开展合规评估",
        "信息科",
        "2024年10月31日",
        "",
    ),
    (
        "数据库安全",
        "数据库管理员账号权限过大，未实行三权分立",
        "分设系统、安全、审计管理员",
        "信息科",
        "2024年6月30日",
        "已整改",
    ),
]


def write_tcm_docx(path: Path) -> Path:
    doc = _new_document("信息科")
    _title(doc, "濮阳市中医医院网络与信息安全自查报告")
    _paragraph(doc, "市卫健委：")
    _paragraph(
        doc,
        "按照市卫健委《关于开展全市卫生健康系统网络安全和数据安全自查工作的通知》精神，我院领导高度重视，召开相关科室"
        "负责人会议，对自查工作作了详细部署，由主管副院长负责安排信息安全自查工作，并就自查中发现的问题认真做好记录，"
        "及时整改完善。现将我院自查情况汇报如下：",
    )
    _paragraph(doc, "一、网络安全管理", font="黑体")
    _paragraph(
        doc,
        "我院网络分为互联网和院内局域网，两网实行物理隔离。重点对硬件安全、网络安全、应用安全进行了排查。HIS服务器、"
        "核心交换机均配备UPS电源；HIS系统操作员每人有自己的登录名和密码，按岗位分配操作权限。",
    )
    _paragraph(doc, "二、数据库安全管理", font="黑体")
    _paragraph(doc, "我院HIS、LIS、PACS数据库每日定时备份，由信息科专人负责，备份介质存放于机房专用柜中。")
    _paragraph(doc, "三、自查发现的问题及整改情况", font="黑体")
    for text in TCM_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将严格落实网络安全责任制，对自查发现的问题逐项整改到位。")
    _paragraph(doc, "濮阳市中医医院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_mch_book(path: Path) -> Path:
    b = Book(path, author="信息科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 40, 28, 12, 16, 18])
    last = 6
    b.line(ws, 0, "网络安全自查问题及整改清单", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市妇幼保健院（盖章）    填报日期：2024年7月25日", last)
    b.header(ws, 2, ["序号", "自查项目", "发现问题", "整改措施", "责任部门", "计划完成时间", "目前进展"])
    for i, row in enumerate(MCH_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(MCH_ROWS), "填表人：周晓雯    联系电话：0393-4826651", last)
    return b.close()


def write_hospitals(path: Path) -> Path:
    members = [
        ("濮阳市中医医院网络与信息安全自查报告.docx", write_tcm_docx),
        ("市妇幼保健院网络安全自查问题及整改清单.xlsx", write_mch_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # names in UTF-8
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 机关保密自查, after a county site's 机关单位工作人员保密自查内容 (一、涉密文件使用管理情况: 台账清晰、账物一致, 借阅
# 登记签收, 复印审批登记并加盖复制戳记, 销毁审批; 二、信息设备使用情况: 保密专用防护系统, 非涉密计算机存储处理国家秘密,
# 刻录审批, 涉密与非涉密计算机共用打印机, 普通手机; 三、参与涉密会议、活动情况; 四、泄密事件报告情况):
# http://www.gxnk.com/ztzl/bmfxc/202307/t20230707_6026.shtml
# A .wps (Word 97 written by LibreOffice): title, 填报单位 line, one table whose group lines (一、二、三、四) are merged
# across the width, rows naming only the sender's own 科室, a 填表说明 and the signature line.
SECRECY_ROWS = [
    "一、涉密文件使用管理情况",
    [
        "1",
        "涉密文件台账",
        "综合科保管的涉密文件台账与实物不一致，1份文件未登记流转去向",
        "综合科",
        "重新清点核对，补登记流转去向",
        "2024年7月10日",
        "已完成清点，账物一致",
    ],
    [
        "2",
        "复印审批登记",
        "复印涉密文件未履行审批登记手续，复印件未加盖复制戳记",
        "办公室",
        "建立复印审批登记簿",
        "2024年7月15日",
        "已建立审批登记簿并启用",
    ],
    "二、信息设备使用情况",
    [
        "3",
        "非涉密计算机处理涉密信息",
        "价格科1台非涉密计算机中存有内部资料，经初步检查疑似涉密",
        "价格科",
        "送保密技术检查机构鉴定并清理",
        "2024年8月15日",
        "已送检，等待鉴定结论",
    ],
    [
        "4",
        "办公自动化设备",
        "涉密计算机与非涉密计算机共用1台打印机",
        "投资科",
        "为涉密计算机配备专用打印机",
        "2024年8月31日",
        "",
    ],
    [
        "5",
        "普通手机使用",
        "部分干部将普通手机带入涉密会议室使用",
        "办公室",
        "配备手机屏蔽柜，会前统一收存",
        "长期坚持",
        "长期坚持",
    ],
    "三、参与涉密会议、活动情况",
    [
        "6",
        "涉密会议文件",
        "参加上级涉密会议带回的文件未纳入涉密文件登记管理",
        "规划科",
        "补登记并纳入涉密文件台账",
        "2024年7月20日",
        "未整改",
    ],
    "四、保密教育及泄密事件报告情况",
    [
        "7",
        "保密教育",
        "新入职人员未签订保密承诺书，未开展上岗前保密教育",
        "人事科",
        "补签保密承诺书，开展岗前保密培训",
        "2024年9月底前",
        "已补签承诺书3份，岗前培训正在安排",
    ],
]


def write_secrecy_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "保密自查发现问题整改清单", 18)
    _paragraph(doc, "填报单位：濮阳市发展和改革委员会（盖章）    填报日期：2024年7月25日", 12)
    _table(
        doc, ["序号", "自查内容", "发现问题", "责任科室", "整改措施", "整改时限", "整改情况"], SECRECY_ROWS
    )
    _paragraph(doc, "填表说明：本表由各科室自查后汇总填写，涉及国家秘密的具体内容不得填入本表。", 12)
    _paragraph(doc, "保密工作领导小组办公室（盖章）    填表人：韩丽娟    审核人：高卫东", 12)
    return _save_fixed(doc, path)


def write_secrecy(path: Path) -> Path:
    return via_soffice(write_secrecy_docx, path, "doc", "保密自查发现问题整改清单.docx")


# ---------------------------------------------------------------------------------------------
# 7. 网络安全检查整改通知书, after a city 委网信办's account of its 网络安全检查 (牵头, 联合市委宣传部、市公安局、市住建局、
# 市卫健委、市工信局组成检查组, 对关键信息基础设施及县市区、市直部门32家单位的重要信息系统开展检查; 现场座谈、调阅
# 文件、安全检测; 现场下达整改通知书, 督促责任单位限期整改):
# http://hunan.sina.com.cn/news/2020-09-15/detail-iivhvpwy6839951.shtml
# An .et (Excel 97 via LibreOffice): title, 牵头单位/检查时间 line, one header row with the 整改通知书编号, its 下达日期
# (date cells) and an 整改期限 partly in working days from it, a 合计 row, a 注 line and a 填表人 line.
NOTICE_ROWS = [
    (
        "濮阳供电公司",
        "用电信息采集系统",
        "安全检测",
        "系统互联网出口存在未授权访问漏洞，可获取部分用户用电数据",
        "濮网安整改〔2024〕01号",
        date(2024, 6, 25),
        "5个工作日",
        "已修复，复测未发现漏洞",
    ),
    (
        "市水务公司",
        "供水调度SCADA系统",
        "现场座谈",
        "生产控制网与办公网未隔离，工程师站可直接访问互联网",
        "濮网安整改〔2024〕02号",
        date(2024, 6, 25),
        "30个工作日",
        "已采购工业网闸，正在部署",
    ),
    (
        "市燃气公司",
        "燃气管网监测系统",
        "调阅文件",
        "系统未开展网络安全等级保护测评，未向公安机关备案",
        "濮网安整改〔2024〕03号",
        date(2024, 6, 27),
        "2024年9月30日前",
        "",
    ),
    (
        "众意公交公司",
        "智能公交调度系统",
        "安全检测",
        "乘客服务APP后台存在SQL注入漏洞",
        "濮网安整改〔2024〕04号",
        date(2024, 6, 28),
        "10个工作日",
        "逾期未整改",
    ),
    (
        "市交警支队",
        "交通违法自助处理平台",
        "调阅文件",
        "系统由外包公司远程运维，未签订保密协议，远程运维操作无审计记录",
        "濮网安整改〔2024〕05号",
        date(2024, 7, 2),
        "15个工作日",
        "已签订保密协议，运维堡垒机已上线，整改完成",
    ),
    (
        "市政务服务中心",
        "一网通办受理系统",
        "安全检测",
        "系统日志未集中留存，部分服务器日志仅保存30天",
        "濮网安整改〔2024〕06号",
        date(2024, 7, 4),
        "20个工作日",
        "正在扩容日志服务器",
    ),
    (
        "市人社局",
        "社会保障卡服务系统",
        "安全检测",
        "数据库中参保人员身份证号、银行卡号明文存储",
        "濮网安整改〔2024〕07号",
        date(2024, 7, 9),
        "2024年10月31日",
        "已完成加密改造方案，第一批数据已加密",
    ),
    (
        "市医保局",
        "医保公共服务网站",
        "现场座谈",
        "网站使用的内容管理系统版本已停止维护，存在已公开漏洞",
        "濮网安整改〔2024〕08号",
        date(2024, 7, 10),
        "立行立改",
        "已升级至最新版本，复查合格",
    ),
]


def write_notice_book(path: Path) -> Path:
    b = Book(path, author="网络安全协调科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 20, 10, 42, 22, 12, 14, 30])
    last = 8
    b.line(ws, 0, "2024年全市网络安全检查发现问题整改通知书落实情况台账", last, b.title)
    b.line(
        ws,
        1,
        "牵头单位：中共濮阳市委网络安全和信息化委员会办公室    检查时间：2024年6月24日至7月12日    检查对象：关键"
        "信息基础设施运营单位及市直部门重要信息系统",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "信息系统名称",
            "检查方式",
            "发现问题",
            "整改通知书编号",
            "下达日期",
            "整改期限",
            "整改落实情况",
        ],
    )
    for i, row in enumerate(NOTICE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NOTICE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "检查单位32家，下达整改通知书8份")
    b.line(
        ws,
        end + 1,
        "注：整改期限为“××个工作日”的，自整改通知书下达之日起计算；立行立改的以下达日期为准。",
        last,
    )
    b.line(ws, end + 2, "填表人：宋晓光    联系电话：0393-8182306    填报日期：2024年7月30日", last)
    return b.close()


def write_notice(path: Path) -> Path:
    return via_soffice(write_notice_book, path, "xls", "网络安全检查整改通知书落实情况台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 教育系统网络与信息化安全专项检查, after a city 教育局's 网络与信息化安全专项检查 of nine schools (检查组由副局长带队,
# 安保科、教师发展中心及技术单位参加; 实地查看中心机房、监控机房, 查阅日常管理、应急预案和演练方案、资产清单、等级保护
# 以及宣传教育培训台账; 现场反馈隐患问题, 提出整改意见; 受检学校举一反三, 落实整改):
# https://envoykitchen.com/swjyj/ywyw/tpxw/content/post_848013.html
# An .xlsx from the 教育局: title, 检查组 line, one header row, the 受检学校 merged down over its rows, a 合计 row and a
# 填表人 line.
SCHOOL_ROWS = [
    (
        "濮阳市第一高级中学",
        [
            (
                "中心机房",
                "中心机房与杂物间共用，机房内堆放纸箱等易燃物",
                "清理杂物，机房专用",
                "2024年7月12日",
                "已清理完毕",
            ),
            (
                "等级保护",
                "学校门户网站和智慧校园平台未开展等级保护定级备案",
                "开展定级备案",
                "2024年9月30日",
                "已提交定级材料，等待公安机关审核备案",
            ),
        ],
    ),
    (
        "濮阳市第三中学",
        [
            ("监控机房", "校园监控系统硬盘录像机使用出厂默认密码", "修改为强密码", "2024年7月10日", ""),
            (
                "资产清单",
                "未建立网络资产清单，IP地址分配无记录",
                "建立网络资产台账",
                "2024年8月31日",
                "正在梳理",
            ),
        ],
    ),
    (
        "濮阳市实验小学",
        [
            (
                "应急预案和演练",
                "网络安全应急预案未修订，近两年未开展应急演练",
                "修订预案并组织演练",
                "2024年10月底前",
                "未启动",
            ),
        ],
    ),
    (
        "濮阳县第一中学",
        [
            (
                "宣传教育培训",
                "教职工网络安全培训无记录",
                "开展全员网络安全培训",
                "2024年8月31日",
                "已组织全员培训，培训记录已归档",
            ),
        ],
    ),
    (
        "清丰县第一高级中学",
        [
            (
                "中心机房",
                "机房UPS不能正常供电，核心交换机无冗余备份",
                "更换UPS电池，增加冗余交换机",
                "2024年8月20日",
                "已完成UPS更换，冗余交换机正在采购",
            ),
        ],
    ),
    (
        "南乐县第一高级中学",
        [
            (
                "等级保护",
                "学籍管理服务器对互联网开放远程桌面端口",
                "关闭对外端口",
                "2024年7月9日",
                "已关闭，经复查合格",
            ),
        ],
    ),
    (
        "濮阳市特殊教育学校",
        [
            (
                "资产清单",
                "教学用计算机使用盗版操作系统，长期未更新补丁",
                "更换正版操作系统",
                "2024年12月31日",
                "已更换28台，其余正在更换",
            ),
        ],
    ),
]


def write_schools(path: Path) -> Path:
    b = Book(path, author="安保科")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 20, 14, 40, 24, 16, 30])
    last = 6
    b.line(ws, 0, "全市教育系统网络与信息化安全专项检查问题整改台账", last, b.title)
    b.line(ws, 1, "检查组：市教育局网络与信息化安全专项检查组    检查时间：2024年7月8日—9日", last)
    b.header(ws, 2, ["序号", "受检学校", "检查内容", "现场反馈问题", "整改意见", "整改时限", "整改落实情况"])
    r, n = 3, 0
    for school, rows in SCHOOL_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, school, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, f"检查学校9所，其中2所未发现问题；现场反馈问题{n}个")
    b.line(ws, r + 2, "填表人：冯晓丽    审核人：段志刚    填报日期：2024年7月30日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 学校网站专项检查, after a college 网络信息化中心's notice (各二级学院、职能部门、教辅单位校内网站及专题网站; 错别字、
# 敏感词、涉政不规范表述; 师生手机号、身份证号、学号等隐私信息; “双非”网站(非学校IP地址、非学校官方域名); 跳转链接、
# 暗链; 六个月以上未更新栏目、空栏目、停滞网页; 后台账号密码、多人共用账号; 附件《网站排查情况汇总表》, 领导签字盖章):
# http://www.takvimtv.com/wlxxhzx/content.jsp?urltype=news.NewsContentUrl&wbnewsid=94187&wbtreeid=5052
# A CSV in UTF-8 with a byte-order mark: a title line, a 填报单位 line, one header line naming the college's own
# 二级学院 and 部门, a 合计 line and a signature line.
SITE_ROWS = [
    (
        "机电工程学院",
        "机电工程学院网站",
        "jdxy.pyvtc.edu.cn",
        "错敏信息",
        "“学院新闻”栏目一篇稿件中存在涉政不规范表述",
        "删除并更正稿件",
        "2024/7/5",
        "已更正",
    ),
    (
        "招生就业处",
        "招生信息网",
        "zsb.pyvtc.edu.cn",
        "隐私信息",
        "2023年录取名单公示附件含考生身份证号和手机号",
        "撤下附件，脱敏后重新发布",
        "2024/7/3",
        "已撤下，脱敏处理后重新发布",
    ),
    (
        "医药卫生学院",
        "医药卫生学院专题网",
        "yywsxy.pyzyjs.cn",
        "“双非”网站",
        "网站部署在校外租用的云服务器上，使用非学校官方域名",
        "迁移至学校数据中心并启用官方域名",
        "2024/9/30",
        "正在迁移",
    ),
    (
        "图书馆",
        "图书馆网站",
        "lib.pyvtc.edu.cn",
        "链接",
        "首页“数据库导航”中3个跳转链接失效，1个链接指向已过期域名",
        "清理失效及过期链接",
        "2024/7/15",
        "",
    ),
    (
        "经济管理学院",
        "经济管理学院网站",
        "jgxy.pyvtc.edu.cn",
        "更新不及时",
        "“党建工作”“学生风采”栏目超过6个月未更新，“教学科研”为空栏目",
        "补充内容，下线空栏目",
        "2024/7/31",
        "未整改",
    ),
    (
        "后勤管理处",
        "后勤服务网",
        "hq.pyvtc.edu.cn",
        "账号安全",
        "网站后台管理账号由3名工作人员共用，密码长期未更换",
        "一人一号，定期更换密码",
        "2024/7/10",
        "已整改",
    ),
    (
        "团委",
        "青年之声专题网",
        "qnzs.pyvtc.edu.cn",
        "更新不及时",
        "专题网站活动结束后长期停滞，无人维护",
        "下线停滞网页",
        "2024/8/15",
        "已申请下线，待网络信息化中心审核",
    ),
]


def write_sites(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳职业技术学院网站排查情况汇总表"])
    w.writerow(["填报单位（盖章）：濮阳职业技术学院网络信息化中心    填报日期：2024年7月22日"])
    w.writerow(
        [
            "序号",
            "单位（部门）",
            "网站名称",
            "网站域名",
            "排查问题类型",
            "存在问题",
            "整改措施",
            "整改完成时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(SITE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "排查网站38个", "", "", f"发现问题{len(SITE_ROWS)}个", "", "", ""])
    w.writerow(["单位负责人（签字）：", "", "", "", "联系人：薛志恒", "联系电话：0393-6662018", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 数据安全和个人信息保护排查, after a provincial 教育厅's notice as reported (全面彻底排查: 信息系统网络安全隐患和管理
# 机制漏洞; 线下数据采集、保存、传递、处理、应用、销毁等环节的风险点, 特别是师生个人信息; 主要领导负责制, 专门部门、
# 专门人员, 涉及招生、教务、财务、人事、学生等信息; 严控身份证号、电话号码、家庭住址等敏感信息收集, 原则上不采集未成年
# 人人脸、指纹; 不得用于商业用途, 未经同意不能与第三方共享; 阶段性工作结束后相关数据原则上不保留):
# http://htin8.cn/wz/139052.htm
# An .xlsx from one school: title, 学校 line, a two-row header (风险点 over 排查环节/涉及业务/风险点描述, 整改落实 over
# 整改措施/整改时限/整改状态), the school's own 处室 as 责任处室, a 填表说明 and the signature line.
DATA_ROWS = [
    (
        "采集",
        "学生",
        "新生入学登记表采集学生家庭住址、父母身份证号、工作单位等超范围信息",
        "学生处",
        "精简登记表，删除非必要字段",
        "2024年8月20日",
        "整改中",
    ),
    (
        "采集",
        "学生",
        "食堂消费系统采集学生人脸信息，未征得家长书面同意",
        "总务处",
        "停止采集人脸信息，改用校园卡消费",
        "2024年7月15日",
        "已整改",
    ),
    (
        "保存",
        "招生",
        "往年招生报名表纸质材料堆放在档案室外走廊，无专人保管",
        "招生办",
        "入柜上锁，专人保管",
        "2024年7月5日",
        "已整改",
    ),
    (
        "传递",
        "教务",
        "教师通过个人微信群传送含学生成绩和身份证号的电子表格",
        "教务处",
        "禁止使用微信群传送，统一使用校内平台",
        "长期坚持",
        "长期坚持",
    ),
    (
        "共享",
        "学生",
        "向校外培训机构提供学生名单及家长电话用于“研学活动”报名",
        "政教处",
        "立即停止提供，收回已提供名单",
        "2024年7月10日",
        "整改中",
    ),
    (
        "处理",
        "财务",
        "财务系统离职人员账号未注销，仍可登录查询教职工工资数据",
        "财务室",
        "注销离职人员账号，定期清理",
        "2024年7月12日",
        "已整改",
    ),
    (
        "销毁",
        "人事",
        "2022年教师招聘阶段性收集的报名材料，工作结束后未按规定销毁",
        "办公室",
        "登记造册后监督销毁",
        "2024年8月31日",
        "",
    ),
    (
        "应用",
        "教务",
        "智慧校园平台未开展数据安全风险评估，学生信息数据库未加密",
        "信息中心",
        "委托第三方开展风险评估，数据库加密",
        "2024年12月31日",
        "未整改",
    ),
]


def write_data(path: Path) -> Path:
    b = Book(path, author="信息中心")
    ws = b.sheet("排查问题清单")
    b.widths(ws, [6, 10, 10, 44, 10, 30, 16, 12])
    last = 7
    b.line(ws, 0, "数据安全和个人信息保护排查问题清单", last, b.title)
    b.line(ws, 1, "学校（盖章）：濮阳市第四中学    填报日期：2024年7月23日", last)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "风险点", b.head)
    b.merge(ws, 2, 4, 3, 4, "责任处室", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["排查环节", "涉及业务", "风险点描述"], first=1)
    b.header(ws, 3, ["整改措施", "整改时限", "整改状态"], first=5)
    for i, row in enumerate(DATA_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        env, biz, desc, office, measure, limit, state = row
        b.row(ws, 3 + i, [env, biz], first=1, fmt=b.center)
        b.row(ws, 3 + i, [desc, office, measure, limit], first=3)
        b.put(ws, 3 + i, 7, state, b.center)
    ws.data_validation(
        4,
        7,
        3 + len(DATA_ROWS),
        7,
        {"validate": "list", "source": ["已整改", "整改中", "未整改", "长期坚持"]},
    )
    end = 4 + len(DATA_ROWS)
    b.line(
        ws,
        end,
        "填表说明：排查环节按采集、保存、传递、处理、应用、共享、销毁填写；整改状态从下拉列表中选择。",
        last,
    )
    b.line(
        ws,
        end + 1,
        "学校主要负责人（签字）：李国栋    数据安全专责人员：吴佳    联系电话：0393-4418207",
        last,
    )
    return b.close()


FILES = [
    ("濮阳市人民政府办公室关于2024年第二季度全市政府网站与政务新媒体检查情况的通报.docx", write_web),
    ("全市“僵尸”政务信息系统清理情况汇总表.xls", write_system),
    ("政务信息系统整合共享专项审计调查问题整改台账.ods", write_audit),
    ("濮阳县人民医院网络安全专项检查反馈问题整改台账.xlsx", write_hospital),
    ("医院网络安全自查报告及问题清单（两家）.zip", write_hospitals),
    ("市发改委保密自查发现问题整改清单.wps", write_secrecy),
    ("网络安全检查整改通知书落实情况台账.et", write_notice),
    ("教育系统网络与信息化安全专项检查问题整改台账.xlsx", write_schools),
    ("网站排查情况汇总表（濮阳职业技术学院）.csv", write_sites),
    ("濮阳市第四中学数据安全和个人信息保护排查问题清单.xlsx", write_data),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

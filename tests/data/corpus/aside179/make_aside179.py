"""Write the aside179 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds: 市直机关和区县的政务公开、公文办理与督查考核整改 (政府网站/政务新媒体检查通报, 政务公开考核扣分项,
测评反馈问题整改链接表, 督查工作考核扣分, 网民找错留言办理, 公文运转办理情况通报, 政务信息采用情况通报, 乡镇个性目标
任务督查, 公共企事业单位政务公开政务服务考核反馈问题).

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered
paragraphs, a .doc (Word 97 via LibreOffice) written as a 通报 in paragraphs, an .ods (LibreOffice conversion)
and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside179.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed dates inside the files, fixed zip member times).
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


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
        if any(isinstance(v, str) and len(v) > 14 for v in values):
            ws.set_row(r, 36)  # wrapped text, as an office widens the rows it types into

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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods and .doc returns")
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
        for r in sorted(
            {cell[0] for cell in cells if isinstance(cell[2], str) and len(cell[2]) > 14 and len(cell) == 4}
        ):
            ws.row(r).height_mismatch = True
            ws.row(r).height = 36 * 20  # wrapped text, as an office widens the rows it types into
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 政务新媒体检查问题整改汇总, after 商丘市人民政府办公室关于2020年第四季度全市政务新媒体检查情况的通报 (按国办秘函
# 〔2019〕19号检查指标全面检查; 突出问题按类列出: 存在瞒报漏报现象——未进行填报登记, 存在长期内容不更新问题; 点名到
# 具体账号及其主办单位):
# https://shangqiu.gov.cn/ztzl/wgkzl/jggk/content_58570
# An .xlsx: title, 填报单位 line, a line stating the 通报 date that 立行立改 counts from, a two-row header (账号信息
# merged over 平台/账号名称), 问题类别 in the 通报's words, 合计 row, 注 and 填表人 lines.
MEDIA_ROWS = [
    (
        "微信公众号",
        "濮阳不动产登记",
        "市不动产登记中心",
        "长期内容不更新",
        "2024年4月以来内容长期未更新，未发挥服务功能",
        "2024年7月15日",
        "已恢复更新，明确每周更新不少于2次",
    ),
    (
        "新浪微博",
        "濮阳医保",
        "市医保局",
        "互动功能不可用",
        "私信留言互动功能无法使用，网民诉求无法提交",
        "7月20日前",
        "正在协调平台恢复互动功能",
    ),
    (
        "微信公众号",
        "濮阳退役军人",
        "市退役军人事务局",
        "瞒报漏报",
        "账号未在全国政务新媒体信息报送系统填报登记",
        "2024年7月10日",
        "已完成备案填报",
    ),
    (
        "抖音",
        "华龙城管",
        "濮阳市华龙区城市管理局",
        "严重表述错误",
        "发布的短视频字幕出现严重表述错误",
        "立行立改",
        "已删除错误信息，约谈运维人员",
    ),
    (
        "微信公众号",
        "清丰交警",
        "清丰县公安局交通管理大队",
        "内容更新不及时",
        "监测时间点前2周内无更新",
        "2024年7月31日",
        "",
    ),
    (
        "今日头条",
        "濮阳民政",
        "市民政局",
        "重复开设",
        "同一平台重复开设两个账号，其中一个账号停更",
        "8月底前",
        "已提交注销申请，待平台审核",
    ),
    (
        "微信公众号",
        "城关镇之窗",
        "南乐县城关镇人民政府",
        "僵尸账号未清理",
        "账号超过半年未更新，属“僵尸账号”但未纳入清理清单",
        "2024年7月25日",
        "未整改",
    ),
    (
        "微信公众号",
        "濮阳卫健",
        "市卫健委",
        "信息发布审核不严",
        "发布的公示名单未对个人身份证号码做去标识化处理",
        "2024年7月12日",
        "已删除原文，去标识化后重新发布",
    ),
]


def write_media(path: Path) -> Path:
    b = Book(path, author="政务公开科")
    ws = b.sheet("整改汇总")
    b.widths(ws, [6, 12, 16, 26, 16, 40, 14, 30])
    b.line(ws, 0, "2024年第二季度全市政务新媒体检查发现问题整改情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（政务公开科）    填报日期：2024年7月29日", 7)
    b.line(
        ws,
        2,
        "说明：整改时限自《关于2024年第二季度全市政务新媒体检查情况的通报》印发之日（2024年7月5日）起计算，"
        "“立行立改”的须于印发当日完成。",
        7,
    )
    b.merge(ws, 3, 0, 4, 0, "序号", b.head)
    b.merge(ws, 3, 1, 3, 2, "账号信息", b.head)
    b.header(ws, 4, ["平台类型", "账号名称"], first=1)
    for c, word in enumerate(["主办单位", "问题类别", "存在问题", "整改时限", "整改完成情况"], start=3):
        b.merge(ws, 3, c, 4, c, word, b.head)
    for i, row in enumerate(MEDIA_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    end = 5 + len(MEDIA_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "本季度检查政务新媒体152个，发现不合格账号8个，已整改4个")
    b.line(ws, end + 1, "注：问题类别按国办秘函〔2019〕19号检查指标填写。", 7)
    b.line(ws, end + 2, "填表人：孟晓雯    审核人：刘振华    联系电话：0393-8991026", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 政务公开工作考核扣分项整改台账, after 金华市金东区政务公开工作考核办法 and its 考核评分细则 (考核项目 | 指标 |
# 考评内容 | 分值 | 考评得分; 扣分项: 主动公开, 依申请公开, 组织机构和平台建设, 政务新媒体建设, 工作任务完成情况;
# 每例扣分; 日常监测发现问题予以通报, 被通报单位按时限完成整改):
# https://www.jindong.gov.cn/art/2021/7/22/art_1229680585_59311360.html
# An .xlsx: title, 填报单位 line, one header row whose 考核项目 and 指标 cells are merged down over their rows, the
# rows naming only the bureau's own 科室, a 合计 row and a signature line.
SCORE_ROWS = [
    (
        "主动公开",
        "规划许可批前公示信息未在形成之日起20个工作日内公开，第二季度2例",
        4,
        "规划许可科",
        "建立批前公示信息发布提醒",
        "2024年7月15日",
        "已完成",
    ),
    (
        "主动公开",
        "“工作动态”栏目发布信息存在错别字3处",
        1,
        "办公室",
        "落实三审三校，逐条核对已发布信息",
        "2024年7月10日",
        "已整改",
    ),
    (
        "主动公开",
        "行政规范性文件与政策解读未同步发布（濮自然资规〔2024〕2号）",
        4,
        "政策法规科",
        "补发图解式政策解读并与原文关联",
        "7月20日前",
        "解读材料已起草，正在审核",
    ),
    (
        "依申请公开",
        "1件依申请公开答复超过法定期限",
        2,
        "政策法规科",
        "建立依申请公开办理台账和到期提醒",
        "长期坚持",
        "长期坚持",
    ),
    (
        "组织机构和平台建设",
        "政务公开工作机构调整后未在政府信息公开指南中更新",
        1,
        "办公室",
        "修订政府信息公开指南",
        "2024年7月31日",
        "",
    ),
    (
        "政务新媒体建设",
        "“濮阳自然资源”微信公众号6月有16天未更新",
        1,
        "信息中心",
        "明确专人运维，保证每周更新",
        "2024年8月15日",
        "已明确专人负责，正在补充内容",
    ),
    (
        "工作任务完成情况",
        "年度政务公开工作要点中“征地信息公开专栏”未完成建设",
        5,
        "耕地保护监督科",
        "开设征地信息公开专栏，公开征地批复及补偿安置方案",
        "9月30日前",
        "未启动",
    ),
]


def write_score(path: Path) -> Path:
    b = Book(path, author="办公室")
    ws = b.sheet("扣分项整改")
    b.widths(ws, [10, 14, 44, 8, 14, 30, 14, 26])
    b.line(ws, 0, "2024年上半年政务公开工作考核扣分项整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局（盖章）    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        ["考核项目", "指标", "扣分情形（考评内容）", "扣分", "责任科室", "整改措施", "整改时限", "整改进展"],
    )
    first = 3
    b.merge(ws, first, 0, first + len(SCORE_ROWS) - 1, 0, "扣分项", b.center)
    r = first
    groups: list[tuple[str, int, int]] = []
    for i, row in enumerate(SCORE_ROWS):
        if groups and groups[-1][0] == row[0]:
            groups[-1] = (row[0], groups[-1][1], first + i)
        else:
            groups.append((row[0], first + i, first + i))
        b.row(ws, first + i, list(row[1:]), first=2)
        r = first + i
    for name, r1, r2 in groups:
        b.merge(ws, r1, 1, r2, 1, name, b.center)
    end = r + 1
    b.merge(ws, end, 0, end, 2, "合计", b.center)
    b.put(ws, end, 3, sum(row[2] for row in SCORE_ROWS), b.center)
    b.merge(ws, end, 4, end, 7, "")
    b.line(ws, end + 2, "分管领导：赵建国    填表人：宋雅琪    联系电话：0393-8882317", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 测评反馈问题整改链接表, after 固镇县人民政府办公室关于召开市政府办公室测评及第三方测评反馈问题整改工作推进会
# 的通知 (市政府办公室反馈政务公开测评问题清单, 第三方测评公司反馈政务公开及政府网站测评问题清单; 错链、错敏词已标注
# 具体发布单位; 按附件3模板格式反馈整改链接表; 市政府办公室测评问题下周五前、第三方测评问题本周五前完成整改):
# https://www.guzhen.gov.cn/zfxxgk/public/29641/50528525.html
# A CSV in GBK: a title line, a line stating when each source's problems must be put right (the deadline follows the
# 问题来源 column), one header line with the 问题链接 and 整改后链接, a 合计 line.
LINK_ROWS = [
    (
        "第三方测评",
        "错链",
        "“政策文件”栏目《濮阳县2024年春季农业生产技术指导意见》附件链接无法打开",
        "http://www.puyang.gov.cn/pyx/zcwj/2024/0312_1.html",
        "濮阳县农业农村局",
        "已修复",
        "http://www.puyang.gov.cn/pyx/zcwj/2024/0312_1.html",
    ),
    (
        "第三方测评",
        "错敏词",
        "“通知公告”栏目信息中“濮阳县”误写为“濮阳市县”",
        "http://www.puyang.gov.cn/pyx/tzgg/2024/0527_3.html",
        "濮阳县住房和城乡建设局",
        "已修改",
        "http://www.puyang.gov.cn/pyx/tzgg/2024/0527_3.html",
    ),
    (
        "市政府办公室测评",
        "栏目空白",
        "“重大建设项目”栏目下“批准服务信息”子栏目空白",
        "http://www.puyang.gov.cn/pyx/zdjsxm/pzfw/",
        "濮阳县发展和改革委员会",
        "正在梳理2023年以来项目批准信息，分批发布",
        "",
    ),
    (
        "市政府办公室测评",
        "更新不及时",
        "“财政预决算”栏目未公开2024年部门预算",
        "http://www.puyang.gov.cn/pyx/czyjs/",
        "濮阳县财政局",
        "已公开",
        "http://www.puyang.gov.cn/pyx/czyjs/2024/0716_1.html",
    ),
    (
        "第三方测评",
        "错链",
        "“办事服务”栏目“不动产登记”事项链接指向已关停的旧系统",
        "http://www.puyang.gov.cn/pyx/bsfw/bdcdj/",
        "濮阳县自然资源局",
        "已联系省政务服务平台，待重新配置链接",
        "",
    ),
    (
        "市政府办公室测评",
        "政策解读",
        "《濮阳县城乡居民基本养老保险实施办法》未同步发布政策解读",
        "http://www.puyang.gov.cn/pyx/zcjd/",
        "濮阳县人力资源和社会保障局",
        "未整改",
        "",
    ),
    (
        "第三方测评",
        "错敏词",
        "“人事信息”栏目干部任免信息中姓名出现错字",
        "http://www.puyang.gov.cn/pyx/rsxx/2024/0603_2.html",
        "濮阳县卫生健康委员会",
        "",
        "",
    ),
    (
        "市政府办公室测评",
        "依申请公开",
        "“依申请公开”栏目未提供申请表下载",
        "http://www.puyang.gov.cn/pyx/ysqgk/",
        "濮阳县人民政府办公室",
        "已上传申请表",
        "http://www.puyang.gov.cn/pyx/ysqgk/sqb.html",
    ),
]


def write_links(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县政务公开测评反馈问题整改链接表"])
    w.writerow(
        [
            "说明：问题清单于2024年7月8日反馈。第三方测评反馈问题于2024年7月12日前完成整改，"
            "市政府办公室测评反馈问题于2024年7月19日前完成整改，并填写整改后链接。"
        ]
    )
    w.writerow(["序号", "问题来源", "问题类型", "问题描述", "问题链接", "发布单位", "整改情况", "整改后链接"])
    for i, row in enumerate(LINK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "共反馈问题8个", "", "", "", ""])
    w.writerow(["填报单位：濮阳县人民政府办公室    联系人：李婷    联系电话：0393-3221560"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 督查工作考核扣分项整改台账, after a district's 督查工作考核细则（试行） (起评分100分; 考核条目 区政府重点工作 /
# 市、区两级政府列督事项 written down a merged cell; 上报实施方案、半年和三季度实施情况报告, 未报扣10分, 无阶段性目标
# 扣5分, 未按要求参加会议每次扣5分, 反馈报告无实质性内容每件扣5分; 备注: 仅有列督事项的单位扣分分值加倍):
# http://www.fymate.net/html/text/lar/174265/17426515_2.html
# An .xls (xlwt): title, 填报单位 line, one header row with the 考核条目 merged down its rows, the 被扣分单位 per row,
# the 扣分 as text, a 合计 row, a 备注 row and a 填表人 line.
DUCHA_ROWS = [
    (
        "区政府重点工作",
        "未上报区政府重点工作（老旧小区改造）实施方案",
        "华龙区住房和城乡建设局",
        "扣10分",
        "补报实施方案",
        "2024年7月10日",
        "已补报",
    ),
    (
        "区政府重点工作",
        "学前教育普惠扩容实施方案无阶段性目标，无具体工作措施",
        "华龙区教育局",
        "扣5分",
        "修订方案，细化季度目标",
        "7月底前",
        "正在修订",
    ),
    (
        "区政府重点工作",
        "未上报养老服务设施建设半年实施情况报告",
        "华龙区民政局",
        "扣10分",
        "补报半年实施情况报告",
        "2024年7月15日",
        "未整改",
    ),
    (
        "区政府重点工作",
        "智慧农业示范园季度报告不能反映工作实施情况和成果",
        "华龙区农业农村局",
        "扣5分",
        "季度报告附量化指标和佐证材料",
        "长期坚持",
        "长期坚持",
    ),
    (
        "区政府重点工作",
        "未按要求参加区政府重点工作推进会",
        "华龙区市场监督管理局",
        "扣5分",
        "明确专人参会并传达会议精神",
        "2024年7月5日",
        "已整改",
    ),
    (
        "市、区两级政府列督事项",
        "市政府列督事项“城区背街小巷改造”未上报反馈报告",
        "华龙区城市管理局",
        "扣20分",
        "补报反馈报告",
        "2024年7月12日",
        "已报送",
    ),
    (
        "市、区两级政府列督事项",
        "区政府列督事项“社区卫生服务中心标准化建设”反馈报告无实质性内容",
        "华龙区卫生健康委员会",
        "扣5分",
        "重新报送，附建设进度数据",
        "2024年8月5日",
        "",
    ),
    (
        "市、区两级政府列督事项",
        "市政府列督事项“中小企业纾困政策兑现”反馈报告未说明进度滞后原因",
        "华龙区工业和信息化局",
        "扣5分",
        "补充说明滞后原因及下步措施",
        "8月15日前",
        "已约谈经办人员，正在重新起草",
    ),
]


def write_ducha(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "华龙区2024年上半年督查工作考核扣分项整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市华龙区人民政府督查室    填报日期：2024年7月26日", plain, 1, last),
    ]
    for col, word in enumerate(
        ["考核条目", "序号", "扣分情形", "被扣分单位", "扣分", "整改措施", "整改时限", "整改情况", "备注"]
    ):
        cells.append((2, col, word, h))
    start = 3
    groups: list[tuple[str, int, int]] = []
    for i, row in enumerate(DUCHA_ROWS):
        r = start + i
        if groups and groups[-1][0] == row[0]:
            groups[-1] = (row[0], groups[-1][1], r)
        else:
            groups.append((row[0], r, r))
        cells.append((r, 1, i + 1, ctr))
        for col, v in enumerate(row[1:], 2):
            cells.append((r, col, v, ctr if col in (4, 7) else c))
        cells.append((r, 8, "分值加倍" if row[3] == "扣20分" else "", c))
    for name, r1, r2 in groups:
        cells.append((r1, 0, name, ctr, r2, 0))
    r = start + len(DUCHA_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "8个单位", ctr),
        (r, 4, "扣65分", ctr),
        (r, 5, "", c, r, last),
        (
            r + 1,
            0,
            "备注：仅有市、区两级政府列督事项的部门和单位，考核扣分分值加倍（原扣10分的现扣20分）。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：王海燕    审核人：张立军    联系电话：0393-4318870", plain, r + 2, last),
    ]
    return _write_xls(path, [("扣分整改", cells, [16, 6, 40, 22, 8, 26, 14, 24, 10])])


# ---------------------------------------------------------------------------------------------
# 5. 政府网站和政务新媒体抽查问题整改情况通报, after 咸宁市政务公开领导小组办公室's 通报 of its 网站及政务新媒体抽查
# (一、总体情况 in numbered parts: (一)网站抽查情况 (二)政务新媒体抽查情况 (三)“我为政府网站找错”网友留言办理情况
# (四)“十四五”规划宣传情况, naming 市交通运输局、市应急管理局等 that had not opened the 专题专栏; (五)网站问题整改情况):
# http://xianan.gov.cn/xxgk/xxgkml/qtzdgknr/zfwzccqk/202208/t20220812_2761252.shtml
# A .doc (Word 97 via LibreOffice): 通报 with 主送, preamble, 一、总体情况 in prose, 二、问题整改情况 as numbered
# paragraphs each naming the unit, the problem, its 整改时限 and (mostly) where it stands, 三、工作要求, office and date.
SITE_PARAS = [
    (
        "1.市交通运输局网站未开设“十四五”规划专题专栏，也未发布历史规划及相关解读。要求7月15日前完成整改。"
        "该局已开设专栏并发布规划解读3篇，整改完成。"
    ),
    (
        "2.市应急局网站未开设“十四五”规划专题专栏。要求7月15日前完成整改。"
        "目前正在整理历史规划文本，专栏已完成栏目设置。"
    ),
    (
        "3.市统计局网站“统计数据”栏目超过3个月未更新，月度统计数据缺失。要求7月20日前完成整改。"
        "截至通报印发时仍未更新，未整改。"
    ),
    "4.清丰县人民政府门户网站“政策解读”栏目的解读材料与政策文件未相互关联。要求7月31日前完成整改。",
    (
        "5.市公积金中心“濮阳公积金”微信公众号在监测时间段内未更新，且未在备案系统备案。要求7月12日前完成整改。"
        "已完成备案并恢复更新。"
    ),
    (
        "6.“我为政府网站找错”平台7月8日交办网友留言1条，反映市气象局网站“天气预报”页面链接失效，"
        "按规定应在交办之日起3个工作日内办结。已按期修复并答复网友，办结。"
    ),
    (
        "7.市残联网站首页动态信息出现严重错别字，本次抽查被单项否决。要求7月5日前完成整改。"
        "已整改，经复查合格。"
    ),
]


def write_site_docx(path: Path) -> Path:
    doc = _new_document("政务公开办")
    _title(doc, "关于2024年第二季度政府网站和政务新媒体抽查问题整改情况的通报")
    _paragraph(doc, "各县（区）人民政府，市政府各部门：")
    _paragraph(
        doc,
        "根据国务院办公厅和省政府办公厅关于政府网站和政务新媒体监管工作的要求，市政务公开领导小组办公室于"
        "6月下旬对全市政府网站和政务新媒体进行了抽查，并于7月1日将发现的问题反馈各单位。现将问题整改情况通报如下：",
    )
    _paragraph(doc, "一、总体情况", font="黑体")
    _paragraph(
        doc,
        "（一）网站抽查情况。委托第三方测评机构对全市38家政府网站进行检查，总体合格率为94.7%，1家网站被单项否决。"
        "（二）政务新媒体抽查情况。对全市206个政务新媒体进行抽查，合格198个，合格率96.1%。"
        "（三）“我为政府网站找错”网友留言办理情况。共收到网友留言1条，已在规定时间内办结。",
    )
    _paragraph(doc, "二、问题整改情况", font="黑体")
    for text in SITE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、工作要求", font="黑体")
    _paragraph(
        doc,
        "各单位要严格落实信息发布审核制度，对照检查指标开展自查，未完成整改的单位要倒排工期，"
        "整改情况于8月5日前书面报市政务公开领导小组办公室。",
    )
    _paragraph(doc, "濮阳市政务公开领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_site(path: Path) -> Path:
    return via_soffice(write_site_docx, path, "doc", "网站和政务新媒体抽查问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. “我为政府网站找错”网民留言办理登记, after 保定市's 2023年第一季度全市政府网站检查情况通报 (每日人工读网检查、
# 半月抽查和系统全时云监测; 收到中国政府网“我为政府网站找错”平台交办网民留言7条, 按期办结率100%; 错敏信息占交办问题
# 比重较大):
# https://www.baoding.gov.cn/qgpccon-1191-396601.html
# An .xlsx: title, 填报单位 line, one header row with the 交办日期 the 办理时限 in working days counts from, a
# 答复日期, a 合计 row, 注 and 填表人 lines.
ZHAOCUO_ROWS = [
    (
        "ZC2024070101",
        "濮阳市人民政府门户网站",
        "内容错误",
        "“政府领导”栏目副市长分工信息未随调整及时更新",
        date(2024, 7, 1),
        "濮阳市人民政府办公室",
        "3个工作日",
        "已更新分工信息并答复网民",
        date(2024, 7, 3),
    ),
    (
        "ZC2024070102",
        "濮阳市人力资源和社会保障局网站",
        "链接不可用",
        "“社保查询”入口链接打开后显示页面不存在",
        date(2024, 7, 1),
        "市人社局",
        "5个工作日",
        "已修复链接并答复",
        date(2024, 7, 5),
    ),
    (
        "ZC2024070801",
        "濮阳市教育局网站",
        "附件下载",
        "2024年义务教育招生政策文件附件下载失败",
        date(2024, 7, 8),
        "市教育局",
        "3个工作日",
        "正在协调技术服务公司恢复附件",
        None,
    ),
    (
        "ZC2024070901",
        "濮阳市住房和城乡建设局网站",
        "互动回应",
        "“网上信访”栏目网民留言超过5个工作日未回复",
        date(2024, 7, 9),
        "市住建局",
        "5个工作日",
        "逾期未办",
        None,
    ),
    (
        "ZC2024071501",
        "濮阳市市场监督管理局网站",
        "内容错误",
        "“办事指南”中“营业执照”误写为“营业职照”",
        date(2024, 7, 15),
        "市市场监管局",
        "3个工作日",
        "已改正并答复",
        date(2024, 7, 16),
    ),
    (
        "ZC2024072201",
        "濮阳市文化广电和旅游局网站",
        "内容过期",
        "A级景区开放时间及门票信息仍为2023年标准",
        date(2024, 7, 22),
        "市文广旅局",
        "5个工作日",
        "",
        None,
    ),
    (
        "ZC2024072301",
        "濮阳市交通运输局网站",
        "功能不可用",
        "“公交线路查询”功能无法返回查询结果",
        date(2024, 7, 23),
        "市交通局",
        "10个工作日",
        "正在排查数据接口故障",
        None,
    ),
]


def write_zhaocuo(path: Path) -> Path:
    b = Book(path, author="网站管理科")
    ws = b.sheet("留言办理")
    b.widths(ws, [6, 16, 24, 12, 40, 12, 22, 12, 26, 12])
    b.line(ws, 0, "“我为政府网站找错”网民留言办理情况登记表（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（网站管理科）    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "留言编号",
            "网站名称",
            "留言类型",
            "留言内容（网民反映问题）",
            "交办日期",
            "承办单位",
            "办理时限",
            "办理结果",
            "答复日期",
        ],
    )
    for i, row in enumerate(ZHAOCUO_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ZHAOCUO_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "本月共交办网民留言7条，按期办结3条")
    b.line(ws, end + 1, "注：办理时限自交办之日起按工作日计算。", 9)
    b.line(ws, end + 2, "填表人：杜雨萌    联系电话：0393-8990215", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 公文运转办理情况通报问题整改, after a 关于建立公文运转办理情况通报制度的通知 (省政府办公厅对各市、各部门公文报送
# 和办理情况实施调度和督查, 建立不定期通报制度; 通报类型: 效率方面——报送时间滞后、急件缓送、领导批示事项办理不及时、
# 部门之间推诿造成工作延误, 电子公文印发日期和报送日期超过1个工作日, 纸质公文超过5个工作日; 质量方面):
# http://cailiaogo.com/index/article/detail/detail_id/16414.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 通报类型 and the 公文 named beside the
# 报送单位, short and former names of units, a 填表说明 line and a signature line.
GONGWEN_ROWS = [
    (
        "效率方面",
        "市发改委",
        "《关于报送2024年重点项目建设计划的请示》（濮发改〔2024〕45号）",
        "电子公文印发日期与报送日期相隔4个工作日，报送时间滞后",
        "建立公文印发即报机制",
        "2024年7月15日",
        "已完成",
    ),
    (
        "效率方面",
        "市财政局",
        "市政府领导批示件（批示编号2024-112）",
        "领导批示事项超期10天未反馈办理结果",
        "反馈办理结果，建立批示件台账",
        "7月20日前",
        "已反馈办理结果",
    ),
    (
        "效率方面",
        "市商务局",
        "《关于外贸企业出口退税服务有关问题的会商函》",
        "部门之间推诿，会签意见拖延12个工作日",
        "明确牵头职责，限时会签",
        "7月底前",
        "正在与相关部门协商明确牵头职责",
    ),
    (
        "质量方面",
        "市水务局",
        "《关于申请2024年防汛应急资金的报告》",
        "请示事项使用“报告”文种，文种错用",
        "改用请示文种重新报送",
        "2024年7月12日",
        "已重新以请示报送",
    ),
    (
        "质量方面",
        "市司法局",
        "代拟稿《濮阳市行政执法监督办法》",
        "代拟稿未附合法性审查意见即报送",
        "补充合法性审查意见",
        "8月15日前",
        "",
    ),
    (
        "效率方面",
        "市公安局",
        "《关于全市重要节点安保工作的请示》（特急）",
        "特急纸质公文印发后7个工作日才送达，急件缓送",
        "特急公文当日送达",
        "2024年7月31日",
        "未整改",
    ),
    (
        "质量方面",
        "市环保局",
        "《濮阳市大气污染防治攻坚整改方案》",
        "附件说明与附件标题不一致，页码缺失",
        "规范附件说明和页码",
        "2024年7月10日",
        "已完成",
    ),
    (
        "质量方面",
        "市交通运输局",
        "第二季度报送公文5件",
        "公文格式不符合GB/T 9704-2012，成文日期位置不规范",
        "加强公文核稿，常态化开展格式自查",
        "长期坚持",
        "常态化推进",
    ),
]


def write_gongwen_book(path: Path) -> Path:
    b = Book(path, author="秘书科")
    ws = b.sheet("通报问题整改")
    b.widths(ws, [6, 10, 16, 40, 40, 28, 14, 26])
    b.line(ws, 0, "2024年第二季度公文运转办理情况通报问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（秘书科）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "通报类型", "报送单位", "涉及公文", "通报问题", "整改要求", "整改时限", "整改落实情况"],
    )
    for i, row in enumerate(GONGWEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(GONGWEN_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：效率方面通报报送时间滞后、急件缓送、领导批示事项办理不及时等情况；质量方面通报文种、格式、"
        "行文规则等问题。",
        7,
    )
    b.line(ws, end + 2, "负责人：黄卫东    填表人：冯婧    联系电话：0393-8991107", 7)
    return b.close()


def write_gongwen(path: Path) -> Path:
    via_soffice(write_gongwen_book, path, "ods", "公文运转办理情况通报问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 政务信息报送采用情况通报, after 温县's 关于2023年全县政务信息采用情况的通报 (依据全县政务信息考核办法; 一、被市政府
# 采用情况: 工作信息采用情况, 约稿完成情况, naming the 县直单位 and 乡镇(街道); 二、信息采用成绩好的单位 排名前3名):
# https://www.wenxian.gov.cn/2024/02-05/438054.html
# A .docx: title, 主送, preamble, 一/二 in prose (not items), 三、存在问题及整改要求 as numbered paragraphs each naming a
# 县直单位 or 乡镇 with its 整改时限 and, for some, what was done after reminders; office and date at the foot.
XINXI_PARAS = [
    (
        "1.濮阳县住房和城乡建设局上半年报送政务信息2条，均未被采用。请于8月15日前报送反映老旧小区改造"
        "进展的信息不少于2条。"
    ),
    "2.濮阳县城市管理局上半年政务信息“零报送”。要求7月31日前报送信息不少于3条。经督促，已报送3条。",
    (
        "3.濮阳县文留镇人民政府未按期完成市政府办公室约稿《乡村振兴示范村建设》。要求7月20日前完成。"
        "目前正在组织撰写。"
    ),
    (
        "4.濮阳县医疗保障局报送信息多为会议简讯，反映工作成效和经验做法的信息少。要求建立信息审核把关机制，"
        "长期坚持。"
    ),
    (
        "5.濮阳县交通运输局报送的农村公路建设信息数据与统计部门不一致，被市政府办公室退稿。要求7月25日前"
        "核实更正。已核实更正并重新报送。"
    ),
    (
        "6.濮阳县柳屯镇人民政府未明确专职信息员，信息报送中断2个月。要求7月31日前明确专人。"
        "截至目前仍未明确，未整改。"
    ),
    "7.濮阳县商务局报送突发事件紧急信息迟报2小时。要求8月底前建立紧急信息报送制度。",
]


def write_xinxi(path: Path) -> Path:
    doc = _new_document("县政府办信息科")
    _title(doc, "关于2024年上半年全县政务信息报送采用情况的通报")
    _paragraph(doc, "各乡（镇）人民政府，县政府各部门：")
    _paragraph(
        doc,
        "2024年上半年，全县各级各部门围绕县委、县政府中心工作，积极报送政务信息。依据《濮阳县政务信息工作考核办法》，"
        "现将上半年政务信息报送采用情况通报如下：",
    )
    _paragraph(doc, "一、被市政府采用情况", font="黑体")
    _paragraph(
        doc,
        "上半年，我县共被市政府办公室采用信息41条，完成约稿26篇。其中，濮阳县农业农村局采用7条，"
        "濮阳县人力资源和社会保障局采用5条，濮阳县文化广电和旅游局采用4条。",
    )
    _paragraph(doc, "二、信息采用成绩好的单位", font="黑体")
    _paragraph(doc, "县直单位前3名：濮阳县农业农村局、濮阳县人力资源和社会保障局、濮阳县文化广电和旅游局。")
    _paragraph(doc, "三、存在问题及整改要求", font="黑体")
    for text in XINXI_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各单位要对照通报问题认真整改，整改情况纳入年度政务信息考核。",
    )
    _paragraph(doc, "濮阳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 9. 乡镇个性目标任务督查反馈问题整改, after 澄城县目标责任考核领导小组办公室关于对各镇2013年度前三季度个性目标任务
# 完成情况进行督查的通知 (督查组实地查看、查阅资料, 核查打分并现场反馈存在问题; 凡提供的资料和现场无法证明指标
# 完成情况的均按未完成对待; 督查结果计入各镇平时考核得分, 由县考核办通报; 附件: 督查组分组名单):
# http://chengcheng.wndjlm.org.cn/djsx/tzgsrm/1152.htm
# An .xlsx: title, 填报单位 line, one header row with the 督查组 (the inspector) merged down its rows beside the
# 乡镇人民政府 that answers, a 核查得分 column, 整改时限 as dates, quarters, month-ends and 长期坚持, a 注 line.
MUBIAO_ROWS = [
    (
        "第一督查组",
        "濮阳县庆祖镇人民政府",
        "高标准农田建设2万亩",
        "已完成1.2万亩，进度滞后于序时",
        8,
        "9月30日前",
        "正在施工",
    ),
    (
        "第一督查组",
        "濮阳县八公桥镇人民政府",
        "村级组织活动场所规范化建设",
        "3个村活动场所挂牌不规范，制度未上墙",
        9,
        "2024年7月20日",
        "已整改",
    ),
    (
        "第二督查组",
        "濮阳县鲁河镇人民政府",
        "招商引资签约项目落地",
        "签约项目1个未开工，无佐证资料",
        6,
        "8月底前",
        "未启动",
    ),
    (
        "第二督查组",
        "濮阳县子岸镇人民政府",
        "农村人居环境整治",
        "2个村坑塘垃圾未清理",
        8,
        "2024年7月15日",
        "已清理完毕，经复查合格",
    ),
    (
        "第三督查组",
        "濮阳县胡状镇人民政府",
        "镇养老服务中心建设",
        "镇养老服务中心主体完工但未投入运营",
        7,
        "第三季度",
        "",
    ),
    (
        "第三督查组",
        "濮阳县梨园乡人民政府",
        "基层政务公开标准化规范化",
        "村务公开栏内容未按季度更新",
        9,
        "长期坚持",
        "长期坚持",
    ),
    (
        "第三督查组",
        "濮阳县王称堌镇人民政府",
        "秸秆综合利用",
        "秸秆综合利用台账资料不全，佐证材料缺失",
        7,
        "7月31日前",
        "正在补充台账",
    ),
]


def write_mubiao(path: Path) -> Path:
    b = Book(path, author="县考核办")
    ws = b.sheet("督查反馈问题")
    b.widths(ws, [6, 12, 24, 24, 34, 10, 14, 24])
    b.line(ws, 0, "濮阳县2024年上半年各乡镇个性目标任务督查反馈问题整改情况表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县目标责任考核领导小组办公室    督查时间：2024年7月8日至7月12日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "督查组", "责任乡镇", "个性目标任务", "督查发现问题", "核查得分", "整改时限", "整改情况"],
    )
    groups: list[tuple[str, int, int]] = []
    for i, row in enumerate(MUBIAO_ROWS, 1):
        r = 2 + i
        if groups and groups[-1][0] == row[0]:
            groups[-1] = (row[0], groups[-1][1], r)
        else:
            groups.append((row[0], r, r))
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[1:]), first=2)
        ws.write_number(r, 5, row[4], b.center)
    for name, r1, r2 in groups:
        b.merge(ws, r1, 1, r2, 1, name, b.center)
    end = 3 + len(MUBIAO_ROWS)
    b.line(
        ws,
        end,
        "注：核查得分满分10分；提供的资料和现场无法证明指标完成情况的，均按未完成对待。督查结果计入各乡镇平时考核得分。",
        7,
    )
    b.line(ws, end + 1, "填表人：乔志刚    联系电话：0393-3268812", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 公共企事业单位政务公开政务服务考核反馈问题整改, after 衡阳市政务公开政务服务工作考核办法 (考核对象含公共企事业
# 单位: 医院、学校、公交及水电气; 公文办理工作作为政务服务的重要内容由市政府办负责考核; 按县市区政府和市直部门两个类别
# 分别确定考核项目):
# https://www.zhengxiang.gov.cn/zwgk/2017zxqzwgkgzyd/zsx/gzzd/20200118/i417633.html
# A .zip of two returns: the bus company's .xlsx (rows naming only its own 部门, 考核类别 政务公开/政务服务/公文办理)
# and the water company's .docx (the problems as numbered paragraphs with 责任部门, 整改时限 and progress in sentences).
BUS_ROWS = [
    (
        "政务公开",
        "公交线路调整信息未提前7天向社会公示",
        "运营调度部",
        "建立线路调整提前公示制度",
        "2024年7月15日",
        "已完成",
    ),
    (
        "政务公开",
        "站台票价及优惠政策公示信息仍为2022年标准",
        "票务中心",
        "更新全部站台公示信息",
        "2024年7月10日",
        "已更新，复核通过",
    ),
    (
        "政务服务",
        "12345热线转办投诉工单有3件超时办结",
        "客服中心",
        "落实工单限时办结和回访",
        "长期坚持",
        "常态化推进",
    ),
    (
        "公文办理",
        "报送市政府的请示未经主要负责人签发",
        "办公室",
        "严格执行公文签发程序",
        "2024年7月31日",
        "正在修订公文处理制度",
    ),
    (
        "政务服务",
        "老年卡办理窗口未设置“办不成事”反映窗口",
        "票务中心",
        "增设“办不成事”反映窗口",
        "8月20日前",
        "",
    ),
]
WATER_PARAS = [
    (
        "1、政务公开方面：水质检测信息未按月公开，2024年4-5月数据缺失。责任部门：水质检测中心。"
        "整改时限：2024年7月15日。目前已补充公开4-5月数据并建立按月公开台账，已完成整改。"
    ),
    (
        "2、计划性停水未提前24小时通过网站和公众号告知用户。责任部门：供水调度中心。"
        "整改时限：7月31日前。正在完善停水信息发布流程。"
    ),
    (
        "3、政务服务方面：用水报装办理时限承诺与公示内容不一致。责任部门：客户服务中心。"
        "整改时限：2024年8月31日。尚未整改。"
    ),
    (
        "4、公文办理方面：市政府办公室转办的老旧小区供水管网改造督办函超期5个工作日反馈。责任部门：办公室。"
        "整改措施：建立收文办理时限提醒，长期坚持。"
    ),
    "5、政府信息公开指南未按新修订的条例更新。责任部门：办公室。整改时限：2024年9月30日前。",
]


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="众意公交办公室")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 40, 14, 30, 16, 22])
    b.line(ws, 0, "2023年度政务公开政务服务考核反馈问题整改清单", 6, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市众意公交公司    填报日期：2024年7月25日", 6)
    b.header(ws, 2, ["序号", "考核类别", "反馈问题", "责任部门", "整改措施", "完成时限", "完成情况"])
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(BUS_ROWS), "负责人：马俊峰    填表人：常悦    联系电话：0393-8326650", 6)
    return b.close()


def write_water_docx(path: Path) -> Path:
    doc = _new_document("自来水公司办公室")
    _title(doc, "关于2023年度政务公开政务服务考核反馈问题整改情况的报告", 18)
    _paragraph(doc, "市人民政府办公室：")
    _paragraph(
        doc,
        "收到2023年度政务公开政务服务工作考核反馈意见后，我公司召开专题会议逐条研究，明确责任部门和整改时限。"
        "现将整改情况报告如下：",
    )
    for text in WATER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市自来水公司", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_kaohe(path: Path) -> Path:
    members = [
        ("考核反馈问题整改清单（市众意公交公司）.xlsx", write_bus_book),
        ("考核反馈问题整改情况报告（市自来水公司）.docx", write_water_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年第二季度全市政务新媒体检查问题整改情况汇总表.xlsx", write_media),
    ("市自然资源和规划局2024年上半年政务公开考核扣分项整改台账.xlsx", write_score),
    ("濮阳县政务公开测评反馈问题整改链接表.csv", write_links),
    ("华龙区2024年上半年督查工作考核扣分项整改台账.xls", write_ducha),
    ("关于2024年第二季度政府网站和政务新媒体抽查问题整改情况的通报.doc", write_site),
    ("我为政府网站找错网民留言办理情况登记表（2024年7月）.xlsx", write_zhaocuo),
    ("2024年第二季度公文运转办理情况通报问题整改台账.ods", write_gongwen),
    ("濮阳县2024年上半年政务信息报送采用情况通报.docx", write_xinxi),
    ("濮阳县各乡镇个性目标任务督查反馈问题整改情况表.xlsx", write_mubiao),
    ("公共企事业单位政务公开政务服务考核反馈问题整改（两家）.zip", write_kaohe),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside86 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) with a
table, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside86.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 政府网站检查情况通报, after a city 政府办公室's 通报 of its monthly check of the district government websites
# (重点检查网站可用性、内容更新情况、互动回应情况和服务实用情况; 一、主要问题 listed site by site: 栏目未及时更新,
# 在线调查未标注开始和结束日期, 政府信息公开年报未及时更新, 民意征集未开展征集活动):
# https://awjash.com/html/info328176098.html
# A .docx: title, addressee, preamble naming the check and 交办 dates, one table (网站名称 / 主办单位 beside the problem),
# a 整改要求 paragraph, the office and date.
SITE_ROWS = [
    (
        "濮阳市人力资源和社会保障局网站",
        "市人社局",
        "首页“政策文件”栏目自2024年3月以来未更新",
        "2024年7月20日",
        "已更新政策文件23条，并建立每周更新提醒",
    ),
    (
        "濮阳市住房和城乡建设局网站",
        "市住房和城乡建设局",
        "“在线调查”栏目中开展的调查活动未标注开始和结束日期",
        "立行立改",
        "已补充标注调查起止日期",
    ),
    (
        "濮阳市卫生健康委员会网站",
        "市卫计委",
        "“政府信息公开年报”栏目未发布2023年度报告",
        "2024年7月31日",
        "正在编制，待审核后发布",
    ),
    (
        "濮阳市市场监督管理局网站",
        "市市场监管局",
        "“互动交流”下“民意征集”2024年未开展征集活动",
        "2024年第三季度",
        "",
    ),
    (
        "清丰县人民政府网站",
        "清丰县人民政府",
        "首页“领导讲话”“重大事项”等栏目长时间未更新",
        "15个工作日内",
        "未整改",
    ),
    (
        "濮阳市农业农村局网站",
        "市农委",
        "部分政策文件附件链接失效无法下载",
        "2024.7.25",
        "已修复失效链接，经复查合格",
    ),
    (
        "濮阳市发展和改革委员会网站",
        "市发展改革委",
        "网上留言逾期回复，最长超过20天",
        "长期坚持",
        "建立留言办理提醒机制，常态化推进",
    ),
]


def write_sites(path: Path) -> Path:
    doc = _new_document("市政府办公室")
    _title(doc, "关于2024年7月份全市政府网站检查情况的通报")
    _paragraph(doc, "各县（区）人民政府，市政府各部门：")
    _paragraph(
        doc,
        "根据《政府网站发展指引》和政府网站月检查机制要求，市政府办公室于2024年7月10日对全市政府网站进行了检查，"
        "重点检查网站可用性、内容更新情况、互动回应情况和服务实用情况。检查发现的问题已于2024年7月12日交办各网站主办单位，"
        "现将检查及整改情况通报如下：",
    )
    _paragraph(doc, "一、主要问题及整改情况", 16, "黑体")
    body = [[str(i), *row] for i, row in enumerate(SITE_ROWS, 1)]
    _table(doc, ["序号", "网站名称", "主办单位", "存在问题", "整改时限", "整改情况"], body)
    _paragraph(doc, "二、整改要求", 16, "黑体")
    _paragraph(
        doc,
        "各主办单位要对照问题逐项整改，举一反三开展自查，整改完成后将整改情况书面报送市政府办公室。"
        "整改时限为“15个工作日内”的，自交办之日起计算；“立行立改”的，于交办当日整改到位。",
    )
    _paragraph(doc, "濮阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 纳税服务投诉事项办理台账, after a provincial tax service's description of 纳税服务投诉处理 (审查、受理、调查、处理、
# 结果反馈及回访; 小微企业税收优惠政策落实不到位 3个工作日内办结, 服务态度不满 10个工作日内, 服务质效和侵犯权益 20个工作日内;
# 对留下联系方式的实名投诉人进行回访):
# http://fw.gsfzh.com/article/show/id/145.html
# A CSV in GBK: title line, 填报单位 line, header with 投诉人 beside the 承办部门 (sections of the sending 税务局),
# 办理时限 in working days from 受理日期, a 回访情况 column, a 合计 line and a signature line.
TAX_ROWS = [
    (
        "2024-07-02",
        "12366热线",
        "王某",
        "服务态度",
        "办税服务厅窗口人员对咨询不耐烦、态度生硬",
        "办税服务厅",
        "10个工作日内",
        "已约谈窗口人员，向投诉人当面致歉",
        "满意",
    ),
    (
        "2024-07-05",
        "门户网站",
        "濮阳市恒信商贸有限公司",
        "小微企业税收优惠",
        "小型微利企业所得税优惠未能在申报时自动享受",
        "所得税科",
        "3个工作日内",
        "已办结，协助企业更正申报并享受优惠",
        "满意",
    ),
    (
        "2024-07-09",
        "来信",
        "刘某",
        "服务质效",
        "电子税务局发票额度调整申请超过10天未审核",
        "第一税务分局",
        "20个工作日内",
        "正在核实审核延误原因",
        "",
    ),
    (
        "2024-07-15",
        "12366热线",
        "赵某",
        "服务态度",
        "税务人员上门辅导时未出示税务检查证件",
        "第二税务分局",
        "10个工作日内",
        "",
        "",
    ),
    (
        "2024-07-18",
        "12345转办",
        "孙某",
        "侵犯权益",
        "办理注销时被要求重复提交已报送的资料",
        "征收管理科",
        "20个工作日内",
        "未办理",
        "",
    ),
    (
        "2024-07-22",
        "意见簿",
        "周某",
        "服务质效",
        "自助办税终端打印完税证明经常故障",
        "办税服务厅",
        "20个工作日内",
        "已联系厂家更换打印模块，待验证",
        "",
    ),
    (
        "2024-07-25",
        "12366热线",
        "吴某",
        "小微企业税收优惠",
        "个体工商户减半征收个人所得税优惠未享受",
        "第三税务分局",
        "3个工作日内",
        "已办结，多缴税款已退还",
        "满意",
    ),
]


def write_tax(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["纳税服务投诉事项办理台账（2024年7月）"])
    w.writerow(["填报单位：国家税务总局濮阳市税务局（纳税服务科）    统计时段：2024年7月1日至7月31日"])
    w.writerow(
        [
            "序号",
            "受理日期",
            "投诉渠道",
            "投诉人",
            "投诉类别",
            "投诉事项",
            "承办部门",
            "办理时限",
            "办理情况",
            "回访情况",
        ]
    )
    for i, row in enumerate(TAX_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "本月受理投诉7件，办结3件", "", "", "", ""])
    w.writerow(["填表人：郑丽    联系电话：0393-8866123    填表日期：2024年7月31日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 档案检查反馈问题整改清单, after the 档案检查工作办法 with its 检查评价标准 (档案综合检查; 检查项目符合要求的比例;
# 第五章 督促整改: 受检机关 reports its 整改 item by item; 检查评价清单见附表):
# https://da.xzdw.gov.cn/dayw/xxyd/202410/t20241012_516241.html
# An .xls (xlwt): the 受检机关 named only in the title, a line with the 检查 and 反馈（交办） dates, a two-row header whose
# 是否完成整改 spans 是 and 否 ticked with √, 责任科室 (sections of the 受检机关), a 注 line and a signature line.
ARCHIVE_ROWS = [
    (
        "档案工作制度",
        "未制定本单位文件材料归档范围和档案保管期限表",
        "办公室",
        "制定并报市档案馆审查",
        "2024年7月31日",
        "√",
        "",
        "",
    ),
    (
        "归档文件整理",
        "2023年度会计凭证未按年度整理归档",
        "财务科",
        "按会计档案管理办法整理归档",
        "7月底前",
        "",
        "√",
        "正在整理，已完成60%",
    ),
    (
        "电子档案管理",
        "个人住房贷款电子档案未做异地备份",
        "信息中心",
        "建立异地备份机制",
        "2024年9月30日",
        "",
        "√",
        "",
    ),
    (
        "档案保管条件",
        "档案库房未配备温湿度记录设备",
        "办公室",
        "购置温湿度记录仪",
        "2024.7.15",
        "√",
        "",
        "",
    ),
    (
        "档案利用",
        "档案借阅未履行登记审批手续",
        "归集科",
        "建立借阅登记审批制度",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "涉密档案管理",
        "涉密档案与普通档案混存于同一档案柜",
        "信贷科",
        "配备专用保密柜分开存放",
        "2024年8月15日",
        "",
        "",
        "",
    ),
    (
        "档案安全",
        "档案库房消防器材过期未更换",
        "办公室",
        "更换过期灭火器",
        "2024年7月20日",
        "√",
        "",
        "已更换灭火器6具",
    ),
    (
        "档案人员",
        "专职档案员未参加档案业务上岗培训",
        "办公室",
        "安排参加市档案馆培训",
        "年底前",
        "",
        "√",
        "已报名9月份培训班",
    ),
]


def write_archive(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "市住房公积金管理中心档案检查反馈问题整改清单", t, 0, 8),
        (
            1,
            0,
            "检查类型：档案综合检查    检查时间：2024年6月18日    反馈（交办）时间：2024年6月25日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(["序号", "检查项目", "存在问题", "责任科室", "整改措施", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "是否完成整改", h, 2, 7),
        (3, 6, "是", h),
        (3, 7, "否", h),
        (2, 8, "备注", h, 3, 8),
    ]
    for i, row in enumerate(ARCHIVE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5, 6, 7) else c))
    r = 4 + len(ARCHIVE_ROWS)
    cells += [
        (r, 0, "注：“是否完成整改”栏在对应格内打“√”；立行立改的问题自反馈（交办）之日起整改。", plain, r, 8),
        (r + 1, 0, "填报人：马晓燕    审核人：陈志远    填报日期：2024年7月30日", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改清单", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 住宅小区物业服务督查问题整改情况表, after a city 住房局's account of its 督查 of six 小区 (each 小区 with its 在管物业;
# 卫生清扫不到位、绿化带内有卫生死角、毒饵站较少; 非机动车停放混乱、消防栓箱玻璃破损; 私搭乱接已有部分整改但仍未到位;
# 消防通道堵塞; 路面和窨井盖破损; 业主活动室脏乱差; “僵尸”自行车堆放; 垃圾桶较脏且未密闭带盖):
# https://p2.ttnews.xyz/a/5e5dee2ddc9b5e04edb3aed7?lang=zh-hant
# An .xlsx: title, 填报单位 and 交办日期 line, one header row, 小区名称 and the 整改责任单位（在管物业） merged down over
# each 小区's rows, 整改时限 partly “15日内” from the 交办 date, a 复查结果 column, a 注 line and a signature line.
ESTATES = [
    (
        "绿城花园小区",
        "濮阳市振兴物业管理有限公司",
        [
            (
                "绿化带内有卫生死角，毒饵站数量不足",
                "15日内",
                "已清理卫生死角，增设毒饵站12处",
                "复查合格",
            ),
            (
                "非机动车停放混乱，部分消防栓箱玻璃破损",
                "2024年7月31日",
                "正在更换消防栓箱玻璃",
                "",
            ),
        ],
    ),
    (
        "开州花园小区",
        "濮阳市安居物业服务有限公司",
        [
            ("业主活动室内脏乱差，杂物堆放较多", "15日内", "未整改", "复查未整改"),
            (
                "楼栋内“僵尸”自行车堆放占用疏散通道",
                "立行立改",
                "已清理“僵尸”自行车43辆",
                "复查合格",
            ),
            ("垃圾桶较脏且未密闭带盖", "2024.7.20", "", ""),
        ],
    ),
    (
        "金堤河畔小区",
        "河南宏达物业管理有限公司濮阳分公司",
        [
            (
                "私搭乱接电线问题部分整改但仍未到位",
                "15日内",
                "已拆除私拉电线18处，剩余部分正在协调业主拆除",
                "",
            ),
            (
                "消防通道被机动车长期占用",
                "2024年8月31日前",
                "已施划消防通道标线，安装阻车桩",
                "复查合格",
            ),
            (
                "小区内路面和窨井盖破损",
                "8月底前",
                "已提交维修资金使用申请，待业主表决",
                "",
            ),
        ],
    ),
]


def write_estates(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 26, 36, 16, 34, 14])
    b.line(ws, 0, "2024年第二轮住宅小区物业服务督查发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局物业管理科    交办日期：2024年7月8日", 6)
    b.header(
        ws,
        2,
        ["序号", "小区名称", "整改责任单位（在管物业）", "督查发现问题", "整改时限", "整改情况", "复查结果"],
    )
    r, n = 3, 0
    for estate, company, rows in ESTATES:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, estate, b.center)
        b.merge(ws, r, 2, last, 2, company, b.center)
        for problem, limit, progress, check in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, limit, progress, check], first=3)
            r += 1
    b.line(ws, r, "注：整改时限为“15日内”的，自交办之日起计算；立行立改的问题于交办当日整改。", 6)
    b.line(ws, r + 1, "填表人：韩冰    审核人：周建国    填报日期：2024年7月30日", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 数字城管每周运行分析报告, after a city 数字城管 centre's weekly report (一、数字城管平台总体运行情况 with 本周全市数字城管
# 案件统计表: 基础指标/案件数/比率指标/数值 — 受理数、立案数、派遣数、结案数、按期结案数、返工数、延期数; 二、案件受理处置情况
# by 区 and 处置部门):
# https://lzszcg.com/gsggs/2161.htm
# An .ods (LibreOffice): title, a statistics table that holds no item, then the 超期及重点案件 table with 派遣时间 (an
# event) beside 应结案时间 and 处置状态, the centre and date.
CITY_STATS = [
    ("受理数", 1286, "", ""),
    ("立案数", 1251, "立案率", "97.28%"),
    ("派遣数", 1198, "派遣率", "95.76%"),
    ("结案数", 1107, "结案率", "92.40%"),
    ("按期结案数", 1032, "按期结案率", "86.14%"),
]
CITY_ROWS = [
    (
        "2024072201536",
        "部件类",
        "人行道井盖破损缺失",
        "华龙区",
        "市城管执法局",
        datetime(2024, 7, 22, 9, 15),
        "2024-07-24",
        "已结案",
    ),
    (
        "2024072202218",
        "部件类",
        "主干道路灯夜间不亮",
        "华龙区",
        "供电公司",
        datetime(2024, 7, 22, 15, 40),
        "2024-07-25",
        "超期未处置",
    ),
    (
        "2024072300417",
        "事件类",
        "供水管道漏水路面积水",
        "高新区",
        "自来水公司",
        datetime(2024, 7, 23, 8, 5),
        "2024-07-23",
        "已结案",
    ),
    (
        "2024072401122",
        "事件类",
        "工地渣土车沿路抛洒",
        "开发区",
        "市住建局",
        datetime(2024, 7, 24, 10, 30),
        "2024-07-29",
        "处置中",
    ),
    (
        "2024072503346",
        "部件类",
        "街头游园绿化带苗木枯死缺株",
        "华龙区",
        "濮阳市园林绿化服务中心",
        datetime(2024, 7, 25, 14, 20),
        "2024-08-05",
        "未处置",
    ),
    (
        "2024072600981",
        "事件类",
        "沿街商户店外经营占道",
        "华龙区",
        "华龙区城市管理局",
        datetime(2024, 7, 26, 9, 0),
        "2024-07-27",
        "已结案",
    ),
    (
        "2024072701705",
        "部件类",
        "公交站亭广告灯箱破损",
        "示范区",
        "公交公司",
        datetime(2024, 7, 27, 16, 45),
        "2024-07-30",
        "",
    ),
]


def write_city_book(path: Path) -> Path:
    b = Book(path, author="监督指挥中心")
    ws = b.sheet("周报")
    b.widths(ws, [6, 16, 10, 30, 10, 22, 18, 14, 12])
    b.line(ws, 0, "数字城管每周运行分析报告（2024年7月22日至7月28日）", 8, b.title)
    b.line(ws, 1, "一、数字城管平台总体运行情况", 8)
    b.line(
        ws,
        2,
        "本周全市共受理案件1286件，立案1251件，派遣1198件，结案1107件，按期结案1032件。",
        8,
    )
    b.line(ws, 3, "本周全市数字城管案件统计表", 8)
    b.header(ws, 4, ["基础指标", "案件数", "比率指标", "数值"], first=1)
    for i, row in enumerate(CITY_STATS):
        b.row(ws, 5 + i, list(row), first=1)
    r = 6 + len(CITY_STATS)
    b.line(ws, r, "二、超期及重点案件处置情况", 8)
    b.header(
        ws,
        r + 1,
        [
            "序号",
            "案件编号",
            "问题类型",
            "问题描述",
            "所在区",
            "处置部门",
            "派遣时间",
            "应结案时间",
            "处置状态",
        ],
    )
    for i, row in enumerate(CITY_ROWS, 1):
        b.row(ws, r + 1 + i, [i, *row])
    end = r + 2 + len(CITY_ROWS)
    b.line(ws, end + 1, "濮阳市数字化城市管理监督指挥中心    2024年7月29日", 8, b.right)
    return b.close()


def write_city(path: Path) -> Path:
    via_soffice(write_city_book, path, "ods", "数字城管每周运行分析报告.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 督察反馈问题整改落实情况公示, after a district's 公示 of the 验收销号 of a 市生态环境保护督察反馈问题 (现将整改任务
# 落实情况进行公示（详见附表）; 公示日期; 公示期间接受社会各界提出异议, 证明材料发送至电子邮箱):
# https://czx24.com/gongkai/tzzg/202501/t20250122_6841279.html
# An .xlsx: 公示 title and paragraph, “附表” line, a two-row header whose 整改落实情况 spans 完成情况 and 验收销号情况,
# units partly by former names, the office and date.
ENV_ROWS = [
    (
        "城区建筑垃圾消纳场未采取有效防尘抑尘措施，扬尘污染突出",
        "市城市管理局",
        "消纳场裸露土方全部覆盖，配齐喷淋设施",
        "2024年6月底前",
        "已完成覆盖和喷淋设施建设",
        "已验收销号",
    ),
    (
        "部分乡镇污水处理站建成后长期闲置",
        "市水务局",
        "8座乡镇污水处理站全部正常运行",
        "2024年12月31日",
        "已完成5座运行调试，剩余3座正在配套管网",
        "未销号",
    ),
    (
        "规模养殖场粪污直排问题反复出现",
        "市农业局",
        "规模养殖场粪污处理设施配套率100%",
        "2024年9月底前",
        "正在整改",
        "",
    ),
    (
        "工业园区企业挥发性有机物无组织排放",
        "市环保局",
        "园区涉VOCs企业完成废气收集治理",
        "2024年7月31日",
        "已完成",
        "验收合格，已销号",
    ),
    (
        "饮用水水源保护区内仍有违规建筑",
        "濮阳县人民政府",
        "保护区内违规建筑全部拆除",
        "2023-2025年",
        "未启动",
        "",
    ),
    (
        "加油站油气回收装置运行不正常",
        "市商务局",
        "油气回收装置正常运行，检测达标",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "秸秆露天焚烧监管存在盲区",
        "范县人民政府",
        "建立秸秆禁烧网格化监管机制",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("附表")
    b.widths(ws, [6, 36, 16, 30, 14, 32, 16])
    b.line(ws, 0, "关于2023年省生态环境保护督察反馈问题整改落实情况的公示", 6, b.title)
    b.line(
        ws,
        1,
        "按照《关于做好2023年省生态环境保护督察反馈问题验收销号工作的通知》要求，现将我市督察反馈问题整改任务落实情况"
        "进行公示（详见附表）。公示日期为2024年7月26日至8月8日，公示期间接受社会各界提出异议，并将相关证明材料发送至"
        "市督察整改办电子邮箱pysthjdc@163.com。",
        6,
    )
    ws.set_row(1, 60)
    b.line(ws, 2, "附表", 6)
    for col, word in enumerate(["序号", "反馈问题", "责任单位", "整改目标", "整改时限"]):
        b.merge(ws, 3, col, 4, col, word, b.head)
    b.merge(ws, 3, 5, 3, 6, "整改落实情况", b.head)
    b.header(ws, 4, ["完成情况", "验收销号情况"], first=5)
    for i, row in enumerate(ENV_ROWS, 1):
        b.row(ws, 4 + i, [i, *row])
    end = 5 + len(ENV_ROWS)
    b.line(ws, end + 1, "联系人：杜文杰    联系电话：0393-4412368", 6)
    b.line(ws, end + 2, "濮阳市生态环境保护督察整改工作领导小组办公室    2024年7月26日", 6, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 网格化综合管理问题快速处置台账, after a county's 城乡网格化综合管理工作快速处置机制 (问题来源: 包抓领导交办、网格牵头单位
# 反馈、新闻媒体曝光、公众投诉、日常巡查; 一般性问题 “记入台账—批转责任网格限时办理—办结销号”; 能当场解决的当日销号,
# 不能立刻解决的2-3天内, 重点难点问题7天内, 最长不超过15天):
# https://wg.sxfx.gov.cn/index.php?ie=2-6-525-1
# An .et (Excel 97 via LibreOffice): title, 统计截至 line, one header row, 办理时限 relative to the 交办日期 (当日, N天内),
# a 销号情况 column, a 说明 line.
GRID_ROWS = [
    (
        "日常巡查",
        "一般性问题",
        "胜利路与中原路口垃圾桶满溢未及时清运",
        "胜利路街道办事处",
        "2024-07-03",
        "当日",
        "已清运",
        "当日销号",
    ),
    (
        "公众投诉",
        "一般性问题",
        "小区门口共享单车乱停放堵塞人行道",
        "城管局",
        "2024-07-08",
        "3天内",
        "已清理并规范停放",
        "已销号",
    ),
    (
        "新闻媒体曝光",
        "重点难点问题",
        "老城区排水不畅，雨后路面积水严重",
        "住建局",
        "2024-07-12",
        "7天内",
        "已疏通堵塞管道2处，剩余管网改造正在设计",
        "未销号",
    ),
    (
        "包抓领导交办",
        "重点难点问题",
        "农贸市场周边占道经营屡禁不止",
        "中原路街道办事处",
        "2024-07-15",
        "15天内",
        "未整改",
        "",
    ),
    (
        "网格牵头单位反馈",
        "一般性问题",
        "背街小巷路灯损坏不亮",
        "开州街道办事处",
        "2024-07-18",
        "3天内",
        "",
        "",
    ),
    (
        "日常巡查",
        "一般性问题",
        "公园内健身器材损坏存在安全隐患",
        "濮阳市人民公园管理处",
        "2024-07-22",
        "7天内",
        "已拆除损坏器材，新器材已采购待安装",
        "未销号",
    ),
    (
        "公众投诉",
        "重点难点问题",
        "建筑工地夜间施工噪声扰民",
        "生态环境局",
        "2024-07-24",
        "7天内",
        "已责令停止夜间施工",
        "已销号",
    ),
    (
        "日常巡查",
        "一般性问题",
        "河道沿岸垃圾杂物堆积",
        "市水利局",
        "2024-07-29",
        "3天内",
        "正在组织清理",
        "",
    ),
]


def write_grid_book(path: Path) -> Path:
    b = Book(path, author="网格办")
    ws = b.sheet("处置台账")
    b.widths(ws, [6, 14, 12, 34, 20, 12, 10, 34, 10])
    b.line(ws, 0, "城乡网格化综合管理问题快速处置台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市网格化服务管理中心    统计截至：2024年7月31日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "问题来源",
            "问题类别",
            "问题描述",
            "责任网格（单位）",
            "交办日期",
            "办理时限",
            "办理结果",
            "销号情况",
        ],
    )
    for i, row in enumerate(GRID_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    r = 4 + len(GRID_ROWS)
    b.line(
        ws,
        r,
        "说明：办理时限自交办之日起计算。能当场解决的当场解决、当日销号；不能立刻解决的在2-3天内解决；"
        "重点难点问题7天内解决到位，最长不超过15天。",
        8,
    )
    return b.close()


def write_grid(path: Path) -> Path:
    return via_soffice(write_grid_book, path, "xls", "网格化综合管理问题快速处置台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 统计执法投诉举报登记簿, after a city 统计局's 统计违法投诉、举报制度 (《统计执法投诉、举报登记簿》 records 来信、来电、
# 来函、来访; 被投诉举报的单位、违法事项、举报人的基本情况及投诉举报时间; 第一责任人提出处置意见; 登记簿属内部保密资料,
# 不得对外公开, 不得借阅; 调查处理结束十日内告知举报人):
# http://www.kman.gov.cn/c/2019-11-18/6807271.shtml
# A .wps (Word 97 via LibreOffice): title, 登记单位 line, one table with 举报人 and 被举报单位 beside the 承办科室
# (sections of the 统计局), 办理时限 partly in days from 受理时间, a 注 and the signature line.
STAT_ROWS = [
    (
        "TJ-2024-031",
        "2024-07-02",
        "来电",
        "匿名",
        "濮阳市华宇建材有限公司",
        "虚报2024年上半年工业总产值",
        "列入双随机检查，现场核查",
        "工业科",
        "30日内",
        "已现场核查，正在调取原始记录和统计台账",
    ),
    (
        "TJ-2024-032",
        "2024-07-05",
        "来信",
        "张某",
        "濮阳市昌盛商贸有限公司",
        "拒绝报送限额以上批零企业统计报表",
        "立案查处，责令限期报送",
        "贸易科",
        "2024.7.31",
        "已办结，企业已补报，结果已告知举报人",
    ),
    (
        "TJ-2024-033",
        "2024-07-09",
        "来访",
        "李某",
        "某镇人民政府",
        "要求辖区企业按指定数字填报统计数据",
        "报局主要领导，成立核查组",
        "执法监督科",
        "60日内",
        "已成立核查组，正在调查取证",
    ),
    (
        "TJ-2024-034",
        "2024-07-12",
        "电子邮件",
        "匿名",
        "濮阳市鑫源房地产开发有限公司",
        "固定资产投资数据与项目实际进度不符",
        "转投资科核实",
        "投资科",
        "2024年8月31日",
        "",
    ),
    (
        "TJ-2024-035",
        "2024-07-16",
        "来电",
        "王某",
        "濮阳县丰收农业专业合作社",
        "虚报粮食播种面积",
        "转农村科核实",
        "农村科",
        "2024年7月31日",
        "未核查",
    ),
    (
        "TJ-2024-036",
        "2024-07-19",
        "来函",
        "刘某",
        "濮阳市通达物流有限公司",
        "编造统计资料骗取奖励资金",
        "立案调查",
        "执法监督科",
        "30日内",
        "已立案，正在调查",
    ),
    (
        "TJ-2024-037",
        "2024-07-23",
        "来电",
        "赵某",
        "濮阳市味道餐饮管理有限公司",
        "营业额统计数据弄虚作假",
        "现场核查",
        "贸易科",
        "2024年8月底",
        "经核查举报不属实，已告知举报人，已办结",
    ),
]


def write_stat_docx(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "统计执法投诉、举报登记簿（2024年7月）")
    _paragraph(doc, "登记单位：濮阳市统计局执法监督科    （内部资料  注意保密）", 12)
    _table(
        doc,
        [
            "编号",
            "受理时间",
            "举报方式",
            "举报人",
            "被举报单位",
            "违法事项",
            "处置意见",
            "承办科室",
            "办理时限",
            "办理结果",
        ],
        [list(row) for row in STAT_ROWS],
        9,
    )
    _paragraph(
        doc,
        "注：本登记簿属内部保密资料，不得对外公开、不得借阅；办理时限为“N日内”的，自受理之日起计算。",
        12,
    )
    _paragraph(doc, "登记人：冯雪    审核人：许建华    2024年7月31日", 12)
    return _save_fixed(doc, path)


def write_stat(path: Path) -> Path:
    return via_soffice(write_stat_docx, path, "doc", "统计执法投诉举报登记簿.docx")


# ---------------------------------------------------------------------------------------------
# 9. 清理拖欠农民工工资工作情况的报告, after a city 城乡建设局's report to the 市政府 on clearing 工程款 and 农民工工资 arrears
# (受理投诉N起、涉及N名农民工、涉案金额; 一、重点案件调处情况 with numbered cases “1、…项目。由…开发的…共拖欠…涉及农民工…”;
# 经我局多次约谈、协调，已筹措部分资金，制定支付计划，承诺…前全部解决):
# http://qhd.gov.cn:81/info/content.jsp?code=56583
# A .doc (Word 97 via LibreOffice): title, addressee, a summary paragraph, numbered case paragraphs under two headings,
# each naming its 责任单位 and 化解时限, the bureau and date.
WAGE_PARAS = [
    (
        "一、重点案件调处情况",
        [
            (
                "1、锦绣华庭项目。由濮阳市鼎盛置业有限公司开发，施工总承包单位为河南华建建设集团有限公司，拖欠农民工工资386万元，"
                "涉及农民工152人。经我局多次约谈、协调，开发企业已筹措资金200万元，制定支付计划，承诺8月20日前全部结清。"
                "责任单位：市住房和城乡建设局。化解时限：2024年8月20日。"
            ),
            (
                "2、市第三中学教学楼项目。因拖欠劳务分包工程款导致拖欠农民工工资87万元，涉及农民工46人。"
                "已于7月12日全部支付到位，农民工签字确认。责任单位：市教育局。化解时限：7月15日前。"
            ),
            (
                "3、产业集聚区标准化厂房项目。拖欠农民工工资152万元，涉及农民工78人，目前尚未启动清偿。"
                "责任单位：濮阳县人民政府。化解时限：2024年8月底前。"
            ),
            (
                "4、龙湖湾商住项目。因工程量结算纠纷拖欠农民工工资64万元，涉及农民工31人，已移交劳动保障监察机构依法处理。"
                "责任单位：市人社局。化解时限：9月30日前。"
            ),
            (
                "5、国道106濮阳段改建项目。拖欠机械租赁费及农民工工资45万元，涉及农民工22人，现已全部结清。"
                "责任单位：市交通局。化解时限：7月底前。"
            ),
            (
                "6、城中村改造安置房项目。拖欠农民工工资230万元，涉及农民工96人。责任单位：华龙区人民政府。"
                "化解时限：2024年第三季度。"
            ),
        ],
    ),
    (
        "二、需长期坚持的工作",
        [
            (
                "7、在建工程项目农民工工资专用账户和实名制管理常态化检查。责任单位：市住房和城乡建设局。"
                "化解时限：长期坚持。"
            ),
        ],
    ),
]


def write_wage_docx(path: Path) -> Path:
    doc = _new_document("市住建局")
    _title(doc, "关于清理拖欠农民工工资工作情况的报告")
    _paragraph(doc, "市政府：")
    _paragraph(
        doc,
        "今年以来，我局在市根治拖欠农民工工资工作领导小组的领导下，积极做好建设领域工程款拖欠及拖欠农民工工资清理工作。"
        "截至7月25日，共受理城市区拖欠农民工工资投诉43起，涉及农民工1126名，涉案金额2870万元，已解决投诉31起。"
        "现将有关情况报告如下：",
    )
    for heading, paras in WAGE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_wage(path: Path) -> Path:
    return via_soffice(write_wage_docx, path, "doc", "清理拖欠农民工工资工作情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 医保自纠自查问题台账 from two 卫生院, after an account of what such a 台账 holds (问题分类; 溯源分析: 问题发生时间、
# 涉及科室/人员及违规金额; 整改措施; 进度追踪: 设置整改时限并动态更新, 每周更新整改进度; 分级管理: 一般问题、重点问题、
# 红线问题):
# https://m.jiusongjiankang.com/health/news/6432295.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line, a two-row header whose 溯源分析 spans 发生时间, 涉及科室 and
# 违规金额, a 进度追踪 column updated weekly, a 注 line and a signature line.
MED_RETURNS = [
    (
        "濮阳县文留镇卫生院",
        [
            (
                "分解收费",
                "一般问题",
                "住院患者血糖监测按次重复收费",
                "2024年4月",
                "内科",
                "1260",
                "退回违规费用，修订收费流程",
                "2024年6月30日前",
                "已退回，6月28日整改完毕",
            ),
            (
                "过度检查",
                "重点问题",
                "无指征开展肿瘤标志物检查",
                "2024年3-5月",
                "检验科",
                "8420",
                "开展检查指征培训，逐份核查病历",
                "2024年9月30日",
                "第30周：已完成培训，正在逐份核查病历",
            ),
            (
                "虚假诊疗",
                "红线问题",
                "中医理疗记录无治疗部位和时间仍予收费",
                "2024年5月",
                "中医科",
                "3650",
                "追回违规费用，规范治疗记录",
                "7月15日前",
                "未整改",
            ),
            (
                "药品耗材",
                "一般问题",
                "慢病患者超量开药超过规定天数",
                "2024年2-6月",
                "门诊",
                "2180",
                "每月开展处方点评",
                "长期坚持",
                "常态化开展处方点评",
            ),
        ],
    ),
    (
        "清丰县马庄桥镇中心卫生院",
        [
            (
                "分解收费",
                "一般问题",
                "小切口清创按大换药计费",
                "2024年5月",
                "外科",
                "960",
                "退回违规费用，规范换药计费",
                "2024.7.20",
                "已整改，已退回违规费用",
            ),
            (
                "虚假诊疗",
                "红线问题",
                "部分住院病历医保标志登记不全",
                "2024年1-6月",
                "住院部",
                "—",
                "统一医保标志，逐份补登",
                "2024年8月31日",
                "",
            ),
            (
                "过度检查",
                "重点问题",
                "住院患者常规开展全套生化检查",
                "2024年4-6月",
                "内科",
                "5730",
                "制定检查项目指征清单",
                "8月底前",
                "已制定检查项目指征清单，待院务会审定",
            ),
            (
                "药品耗材",
                "重点问题",
                "医用耗材进销存数据与医保结算数据不符",
                "2024年1-6月",
                "药房",
                "—",
                "全面盘点，查明差异并更正",
                "2024年7月31日",
                "已盘点，差异已查明并更正",
            ),
        ],
    ),
]


def write_med_book(path: Path, clinic: str, rows: list[tuple]) -> Path:
    b = Book(path, author=clinic)
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 10, 32, 12, 10, 12, 26, 16, 34])
    b.line(ws, 0, "医保自纠自查问题台账", 9, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{clinic}    更新日期：2024年7月29日（第30周）", 9)
    for col, word in enumerate(["序号", "问题分类", "问题等级", "问题描述"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "溯源分析", b.head)
    b.header(ws, 3, ["发生时间", "涉及科室", "违规金额（元）"], first=4)
    for col, word in enumerate(["整改措施", "整改时限", "进度追踪"], start=7):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(rows, 1):
        b.row(ws, 3 + i, [i, *row])
    end = 4 + len(rows)
    b.line(ws, end, "注：问题等级分为一般问题、重点问题、红线问题；进度追踪每周更新一次。", 9)
    b.line(ws, end + 1, "负责人：            填表人：            联系电话：", 9)
    return b.close()


def write_med(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for clinic, rows in MED_RETURNS:
            name = f"医保自纠自查问题台账（{clinic}）.xlsx"
            member = write_med_book(Path(tmp) / name, clinic, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("关于2024年7月份全市政府网站检查情况的通报.docx", write_sites),
    ("纳税服务投诉事项办理台账（2024年7月）.csv", write_tax),
    ("市住房公积金管理中心档案检查反馈问题整改清单.xls", write_archive),
    ("住宅小区物业服务督查问题整改情况表.xlsx", write_estates),
    ("数字城管每周运行分析报告（2024年7月22日至7月28日）.ods", write_city),
    ("2023年省生态环境保护督察反馈问题整改落实情况公示.xlsx", write_env),
    ("城乡网格化综合管理问题快速处置台账（7月）.et", write_grid),
    ("统计执法投诉举报登记簿（2024年7月）.wps", write_stat),
    ("关于清理拖欠农民工工资工作情况的报告.doc", write_wage),
    ("医保自纠自查问题台账（两家卫生院）.zip", write_med),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

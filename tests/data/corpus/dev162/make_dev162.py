"""Write the dev162 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 信访积案化解 (重复信访“清零”、信访举报件办理、积案第三方调研、县级领导提级包案), 基层减负督查 (典型问题
通报、“存量问题”清理报备、“三减一规范”问题清单) and 政务服务“好差评” (差评整改反馈、重点任务推进、差评典型案例).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, four sheets), .et, .doc and .wps (LibreOffice conversions of
an .xlsx and two .docx), a CSV in GBK, a .docx with a table, and a .zip of two returns (an .xlsx and a UTF-8 CSV) whose
member names are stored in GBK, as a Chinese Windows archiver writes them. Contents are made up; the statistics date
is 2024-07-31.
Run from this folder: python make_aside286.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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
# 1. 重复信访动态“清零”工作任务清单, after a district 纪委监委's account of its 重复信访“清零” work (一个重复信访件、
# 一名包案领导、一个办理方案; 重复举报问题任务清单化解分配到位; 复查复核, 登记建立台账; 时间倒排, 明确时间节点;
# 复查复核工作与安抚稳控工作同步进行):
# http://hsq.hsjw.gov.cn/xfjb/9134461.html
# An .xlsx: title, 填报单位/更新日期 line, a 工作要求 line, a two-row header whose 时间节点 spans 复查复核 and 化解办结
# (the item's deadline is 化解办结), the complainant beside the 包案领导 and 责任单位, progress in words and a 是/否
# 是否清零 column, a 注 line and a signature line.
REPEAT_ROWS = [
    (
        "鲍某某",
        "PY-CF-2024-0113",
        "反映所购商品房逾期交房、开发商拒不支付违约金，2021年以来先后向多部门投递信件17次",
        "副市长 张立新",
        "市住建局",
        "督促开发商限期交房，依法协商违约金支付",
        "6月30日前",
        "2024年8月31日",
        "已完成复查复核，开发商已交付房屋，违约金支付正在协商",
        "否",
    ),
    (
        "王某某",
        "PY-CF-2024-0121",
        "反映其父亲1998年工伤认定后伤残津贴未按规定调整",
        "市政府秘书长 杜文斌",
        "市人社局",
        "重新核定伤残津贴，补发差额",
        "5月31日前",
        "6月30日前",
        "已补发伤残津贴差额3.2万元，信访人签订息访承诺书",
        "是",
    ),
    (
        "李某某",
        "PY-CF-2024-0126",
        "反映胜利路街道某小区违建阳光房占用消防通道多年未拆除",
        "华龙区副区长 郑海涛",
        "华龙区胜利路街道办事处",
        "联合执法拆除违建，恢复消防通道",
        "7月15日前",
        "7月31日前",
        "违建已于7月25日拆除，经回访信访人表示满意",
        "是",
    ),
    (
        "赵某某",
        "PY-CF-2024-0134",
        "反映城关镇某村土地征收补偿款分配不公，村民小组长截留部分款项",
        "濮阳县副县长 韩国强",
        "濮阳县城关镇人民政府",
        "审计补偿款分配账目，依规重新分配",
        "7月20日前",
        "9月底前",
        "复查复核尚未启动",
        "否",
    ),
    (
        "刘某某",
        "PY-CF-2024-0140",
        "反映马庄桥镇某生猪养殖场异味扰民，多次反映未果",
        "副市长 王洪波",
        "市环保局",
        "开展异味监测，督促养殖场治理",
        "6月30日前",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "张某某",
        "PY-CF-2024-0152",
        "反映宅基地确权登记面积与实际不符，要求重新测量",
        "副市长 王洪波",
        "市国土局",
        "委托第三方重新测量，书面答复",
        "已完成",
        "2024年7月10日",
        "重新测量后面积误差在允许范围内，已书面答复并释法明理",
        "是",
    ),
    (
        "陈某某",
        "PY-CF-2024-0158",
        "反映南乐县某民办学校拖欠其教师工资4.6万元",
        "南乐县副县长 周晓燕",
        "南乐县教育局",
        "约谈学校举办者，督促支付欠薪",
        "7月31日前",
        "10月31日前",
        "已约谈学校举办者，制定分期支付计划",
        "否",
    ),
    (
        "孙某某",
        "PY-CF-2024-0163",
        "反映交通事故致残后肇事方赔偿不到位，长期越级上访",
        "市公安局副局长 宋建华",
        "市交警支队",
        "协调司法救助，落实稳控责任人",
        "已完成",
        "长期坚持",
        "已协调司法救助金5万元，落实包案稳控措施，常态化跟踪",
        "",
    ),
]


def write_repeat(path: Path) -> Path:
    b = Book(path, author="信访联席办")
    ws = b.sheet("任务清单")
    b.widths(ws, [6, 10, 16, 40, 18, 20, 26, 12, 14, 32, 10])
    b.line(ws, 0, "濮阳市重复信访动态“清零”工作任务清单（第二批）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市信访工作联席会议办公室    更新日期：2024年7月29日", 10)
    b.line(
        ws,
        2,
        "工作要求：一个重复信访件、一名包案领导、一个办理方案，复查复核与安抚稳控同步推进，化解一件、销号一件。",
        10,
    )
    top = ["序号", "信访人", "信访事项编号", "反映问题", "包案领导", "责任单位", "办理方案"]
    for c, word in enumerate(top):
        ws.merge_range(3, c, 4, c, word, b.head)
    ws.merge_range(3, 7, 3, 8, "时间节点", b.head)
    ws.write_string(4, 7, "复查复核", b.head)
    ws.write_string(4, 8, "化解办结", b.head)
    ws.merge_range(3, 9, 4, 9, "化解进展", b.head)
    ws.merge_range(3, 10, 4, 10, "是否清零", b.head)
    for i, row in enumerate(REPEAT_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (7, 8, 10) else b.cell)
    end = 5 + len(REPEAT_ROWS)
    b.line(ws, end, "注：“是否清零”栏填“是”的，经包案领导签字确认后销号；时间节点以化解办结时间为准。", 10)
    b.line(ws, end + 1, "审核人：田文博    填表人：常晓静    联系电话：0393-8991475", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 信访举报件办理台账, after a county 纪委's “痕迹化” management of its 信访举报 (信访举报件总台账和上级转送件、领导
# 批办件、本级自收件、要结果督办件等分台账; 承办部门领件时间; 首接提醒、到期预告、电话催办; 办结审批; 对实名举报件
# 及时将办理结果向举报人反馈):
# http://nsxxww.cn/a/2147.html
# An .xls (xlwt) with four sheets, one 分台账 each: title, 填报单位 line saying the 办理时限 counts from the 领件时间 (not
# the 收件日期), one header row, 办理时限 as 3个月 / 60日 / 90日 / 30日 / dates, an 办结审批 closure column beside
# 办理情况, a 举报人反馈 column, a 注 line and a signature line. One row names the 纪委's own 纪检监察室.
PETITION_SHEETS = [
    (
        "上级转送件",
        [
            (
                "NL2024-S011",
                "2024.4.8",
                "反映千口镇某村党支部书记在危房改造补助评定中优亲厚友",
                "南乐县千口镇纪委",
                "2024.4.10",
                "3个月",
                "已查实，给予党内警告处分，责令退还补助款",
                "已结案",
                "已反馈",
            ),
            (
                "NL2024-S019",
                "2024.5.13",
                "反映营养改善计划食材采购中指定供应商",
                "南乐县教育局",
                "2024.5.15",
                "60日",
                "初核中，已调取2023年以来采购合同",
                "",
                "",
            ),
        ],
    ),
    (
        "领导批办件",
        [
            (
                "NL2024-P004",
                "2024.5.27",
                "反映城关镇某社区低保评审结果未按规定公示",
                "南乐县城关镇人民政府",
                "2024.5.28",
                "2024年7月15日前",
                "已重新组织评议并公示7天，取消不符合条件低保2户",
                "已审批",
                "已反馈",
            ),
            (
                "NL2024-P007",
                "2024.6.17",
                "反映县住建局质监站工作人员在竣工验收中吃拿卡要",
                "县纪委监委第三纪检监察室",
                "2024.6.18",
                "90日",
                "已谈话函询2人，正在调查核实",
                "",
                "",
            ),
        ],
    ),
    (
        "本级自收件",
        [
            (
                "NL2024-Z023",
                "2024.6.3",
                "反映韩张镇某村集体土地承包费收支未公开",
                "南乐县韩张镇人民政府",
                "2024.6.5",
                "30日",
                "逾期未报送办理结果",
                "",
                "",
            ),
            (
                "NL2024-Z031",
                "2024.7.1",
                "反映县第二实验小学违规收取课后服务费",
                "南乐县教育局",
                "2024.7.2",
                "60日",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "要结果督办件",
        [
            (
                "NL2024-D002",
                "2024.3.18",
                "反映元村镇扶贫车间租金收入被挪用",
                "南乐县元村镇人民政府",
                "2024.3.20",
                "2024年6月底前",
                "已追回租金8.4万元并入村集体账户",
                "已结案，结果已报市纪委监委",
                "已反馈",
            ),
            (
                "NL2024-D005",
                "2024.6.24",
                "反映农机购置补贴审核把关不严，部分补贴被套取",
                "南乐县农业农村局",
                "2024.6.25",
                "3个月",
                "正在逐户核查补贴发放档案",
                "",
                "",
            ),
        ],
    ),
]


def _petition_sheet(title: str, rows: list[tuple]) -> list[tuple]:
    head, text, cell, center = _xf(bold=True, center=True), _xf(border=False), _xf(), _xf(center=True)
    big = _xf(bold=True, border=False, center=True, size=16)
    last = 9
    cells: list[tuple] = [
        (0, 0, f"南乐县纪委监委信访举报件办理分台账——{title}", big, 0, last),
        (
            1,
            0,
            "填报单位：南乐县纪委监委信访室    统计截至：2024年7月30日    办理时限自承办单位领件之日起计算",
            text,
            1,
            last,
        ),
    ]
    words = ["序号", "信访编号", "收件日期", "反映主要问题", "承办单位", "领件时间", "办理时限", "办理情况"]
    words += ["办结审批", "举报人反馈"]
    cells += [(2, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(rows, 1):
        r = 2 + i
        cells.append((r, 0, i, center))
        cells += [(r, c, v, center if c in (1, 2, 5, 6, 9) else cell) for c, v in enumerate(row, 1)]
    end = 3 + len(rows)
    cells.append((end, 0, "注：办结审批栏由信访室填写；到期前5日预告，逾期的电话催办。", text, end, last))
    cells.append((end + 1, 0, "填表人：曹静    审核：郝振东", text, end + 1, last))
    return cells


def write_petitions(path: Path) -> Path:
    return _write_xls(path, [(name, _petition_sheet(name, rows)) for name, rows in PETITION_SHEETS])


# ---------------------------------------------------------------------------------------------
# 3. 信访积案化解第三方调研工作组工作台账, after a district's 信访积案化解第三方调研工作组 (“两代表一委员”、律师、心理
# 咨询师等组成, 分为4个小组参与调查处理、化解疑难信访件; 区领导下沉约访; 历时近11年的积案, 信访人签订息访息诉书;
# 为信访人争取医疗、住房等救助):
# https://epaper.voc.com.cn/hnrb/html/2023-04/28/content_1628196.htm?div=-1
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位/截至 line, one
# header row with the 调研小组 (helpers, not the unit) beside the 责任单位 (one under a former name), the 区级包案领导,
# 化解时限 as dates / 6月底 / 第三季度 / 年底前 / 长期坚持, a 合计 row in words, a 注 line.
BACKLOG_ROWS = [
    (
        "HL-JA-01",
        "龙某",
        "11年",
        "认为拆迁房屋面积认定少于实际，要求增加拆迁补偿",
        "第四小组",
        "市国土资源局",
        "副区长 陈立伟",
        "核查拆迁档案，开展“一对一”心理疏导",
        "2024年6月底",
        "已签订息访息诉书",
    ),
    (
        "HL-JA-02",
        "甘某",
        "近20年",
        "要求解决原所在企业改制后身份置换补偿",
        "第二小组",
        "华龙区人力资源和社会保障局",
        "区人大副主任 秦保华",
        "核查改制档案，争取医疗、住房救助",
        "第三季度",
        "已协调落实医疗救助和公租房，正在做思想工作",
    ),
    (
        "HL-JA-03",
        "杜某某",
        "6年",
        "反映孟轲乡某村土地承包经营权被村委会违规收回",
        "第一小组",
        "华龙区孟轲乡人民政府",
        "副区长 陈立伟",
        "调取承包合同，依法确认承包关系",
        "2024年8月31日",
        "尚未启动化解程序",
    ),
    (
        "HL-JA-04",
        "郭某某",
        "8年",
        "反映其子在校期间意外受伤后与学校赔偿纠纷一直未了结",
        "第三小组",
        "华龙区教育局",
        "区政协副主席 黄丽娟",
        "组织律师释法，引导通过调解解决",
        "年底前",
        "",
    ),
    (
        "HL-JA-05",
        "马某某",
        "5年",
        "反映中原路街道某小区物业公司侵占公共收益",
        "第一小组",
        "华龙区中原路街道办事处",
        "区委常委 李振华",
        "督促物业公司公示并返还公共收益",
        "2024年7月20日",
        "已督促物业公司公示收益并返还业主委员会，信访人签字认可",
    ),
    (
        "HL-JA-06",
        "许某某",
        "12年",
        "要求认定其父亲参战退役人员身份并落实待遇",
        "第二小组",
        "市退役军人局",
        "区人大副主任 秦保华",
        "调取兵役档案，报请省厅复核",
        "第三季度",
        "已调取兵役档案，待省厅复核",
    ),
    (
        "HL-JA-07",
        "温某某",
        "7年",
        "反映医疗事故技术鉴定结论不公，多次要求重新鉴定",
        "第三小组",
        "市卫计委",
        "区政协副主席 黄丽娟",
        "释法明理，落实包案稳控",
        "长期坚持",
        "已落实包案稳控措施，常态化跟踪",
    ),
]


def write_backlog_book(path: Path) -> Path:
    b = Book(path, author="华龙区信访局")
    ws = b.sheet("工作台账")
    b.widths(ws, [6, 10, 8, 8, 36, 10, 22, 18, 26, 14, 30])
    b.line(ws, 0, "华龙区信访积案化解第三方调研工作组工作台账", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区信访局    截至日期：2024年7月26日", 10)
    words = ["序号", "积案编号", "信访人", "信访年限", "主要诉求", "调研小组", "责任单位", "区级包案领导"]
    b.header(ws, 2, [*words, "化解措施", "化解时限", "化解结果"])
    for i, row in enumerate(BACKLOG_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 2 + i, c, v, b.center if c in (1, 2, 3, 5, 9) else b.cell)
    end = 3 + len(BACKLOG_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "积案7件，已化解2件，化解率28.6%", b.cell)
    b.line(
        ws,
        end + 1,
        "注：调研小组由“两代表一委员”、律师、心理咨询师等组成，协助责任单位开展化解工作，不承担化解责任。",
        10,
    )
    return b.close()


def write_backlog(path: Path) -> Path:
    return via_soffice(write_backlog_book, path, "xls", "信访积案第三方调研工作台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 县级领导提级包案信访事项办理情况表, after a district's “民意速办” mechanism (下沉接访、提级包案; “1-2-3”快速办理
# 机制: 1天内电话联系、2天内见面、3天内办结或阶段性办结回复; 重点复杂问题必到现场推动解决):
# https://bendi.news.163.com/guangdong/25/0609/09/K1JQNBPP04179HV3.html?f=post2020_dy_recommends
# A .docx with a table: title, 填报单位 line, a line stating the “1-2-3” limits count from 受理, a table with 受理日期,
# the complainant, 包案县领导 and 责任单位, 办理时限 as 3日内 or a date for 重点复杂问题, results in words (阶段性办结回复
# among them), a 注 line and a signature line.
ESCALATED_ROWS = [
    (
        "2024.7.1",
        "杨某某",
        "反映韩村镇某村自来水管网老化，夏季经常停水",
        "副县长 王春雷",
        "清丰县韩村镇人民政府",
        "3日内",
        "已更换主管道300米，恢复正常供水，已办结",
    ),
    (
        "2024.7.3",
        "吕某某",
        "反映城关镇某在建小区夜间施工噪音扰民",
        "副县长 王春雷",
        "清丰县住房和城乡建设局",
        "3日内",
        "已责令施工单位夜间停止高噪声作业，阶段性办结回复",
    ),
    (
        "2024.7.8",
        "冯某某",
        "反映马庄桥镇农村道路积水影响出行",
        "副县长 孟庆华",
        "清丰县交通运输局",
        "3日内",
        "已完成排水沟疏通，路面积水消除",
    ),
    (
        "2024.7.10",
        "何某某",
        "反映其母亲高龄津贴停发三个月",
        "县委常委 赵国栋",
        "清丰县民政局",
        "3日内",
        "",
    ),
    (
        "2024.7.12",
        "高某某",
        "反映阳邵镇某企业拖欠22名农民工工资",
        "县长 刘建民",
        "清丰县人力资源和社会保障局",
        "重点复杂问题，2024年8月20日前",
        "已立案调查，已追回部分工资11.6万元",
    ),
    (
        "2024.7.19",
        "宋某某",
        "反映六塔乡某养殖场粪污直排污染沟渠",
        "副县长 孟庆华",
        "濮阳市生态环境局清丰分局",
        "3日内",
        "未办理",
    ),
    (
        "2024.7.25",
        "蒋某某",
        "反映仙庄镇中心卫生院门诊排队时间长、挂号窗口少",
        "副县长 苗青",
        "清丰县卫生健康委员会",
        "3日内",
        "已增设自助挂号机2台，已办结回复",
    ),
]


def write_escalated(path: Path) -> Path:
    doc = _new_document("清丰县信访局")
    _title(doc, "清丰县县级领导提级包案信访事项办理情况表（7月）", 18)
    _paragraph(doc, "填报单位：清丰县信访局    填报日期：2024年7月30日", 12)
    _paragraph(
        doc,
        "按“1-2-3”快速办理机制，自受理之日起1日内电话联系、2日内见面、3日内办结或阶段性办结回复；"
        "重点复杂问题由包案县领导明确办结时限。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ESCALATED_ROWS, 1)]
    header = ["序号", "受理日期", "信访人", "反映问题", "包案县领导", "责任单位", "办理时限", "办理结果"]
    _table(doc, header, body)
    _paragraph(doc, "注：办理结果为“阶段性办结回复”的，由包案县领导继续跟踪至问题解决。", 12)
    _paragraph(doc, "审核人：白雪松    填表人：冯丽    联系电话：0393-7221638", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 整治形式主义为基层减负典型问题通报, after a province's 专项工作机制办公室 notice of 3起典型问题 (市教育局以调研之名
# 变相开展督查检查考核; 县工信局频繁向下索要表格资料, 要求隔天上报甚至当天反馈; 街道未经批准违规借用社区工作者):
# http://news.xdnf.cn/mPoloEcsuZ
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble naming the day the 问题清单 was issued (the base of 立行立改),
# seven numbered paragraphs 1.–7., each a problem and its 整改情况 in sentences (one bureau under a former name), a
# closing paragraph, the office and date at the foot.
BURDEN_PARAS = [
    (
        "1.市教育局以调研之名变相开展督查检查考核。2024年上半年，市教育局组织的多次“调研”针对调研结果设置优秀、"
        "合格、不合格三个等次，实为督查考核。整改情况：已撤回相关等次评定结果，立行立改，已整改到位。"
    ),
    (
        "2.台前县工业和信息化局频繁向乡镇索要表格资料。3月以来多次要求乡镇当天或隔天报送企业摸排数据。整改情况："
        "已建立报表统筹审核制度，正在清理历史报表，计划8月底前完成。"
    ),
    (
        "3.华龙区黄河路街道办事处未经批准长期借用4名社区工作者，清退工作开展后未如实反馈。整改情况：立行立改，"
        "借用人员已于7月5日全部退回社区，整改完成。"
    ),
    (
        "4.市城管执法局要求社区每日在工作群上传“门前五包”巡查照片，“指尖上的形式主义”突出。整改情况：立行立改，"
        "已取消每日拍照上传要求，相关工作群已解散。"
    ),
    (
        "5.南乐县农业农村局在人居环境整治检查中层层加码，要求每个村建立12类纸质台账。整改情况：正在对台账进行"
        "合并精简，9月底前压减至3类。"
    ),
    (
        "6.市卫健委在基层医疗机构检查中要求重复提交纸质材料，信息系统已有的数据仍需打印装订成册。整改情况："
        "尚未整改，限于2024年8月15日前完成。"
    ),
    (
        "7.濮阳县渠村乡人民政府要求村干部每日在6个工作群中打卡，政务APP和工作群过多。整改情况：常态化开展政务APP"
        "和工作群清理，长期坚持。"
    ),
]


def write_burden_docx(path: Path) -> Path:
    doc = _new_document("专项机制办")
    _title(doc, "濮阳市整治形式主义为基层减负专项工作机制办公室关于典型问题整改情况的通报")
    _paragraph(doc, "各县（区）专项工作机制办公室，市直各有关单位：")
    _paragraph(
        doc,
        "2024年5月以来，市专项工作机制办公室会同市纪委监委，对基层反映强烈的7个形式主义典型问题进行了核查，"
        "并于2024年6月14日印发问题清单，要求立行立改，不能立即整改的明确整改时限。现将整改情况通报如下：",
    )
    for text in BURDEN_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "以上典型问题，反映出一些地方和部门为基层减负意识不够强。各地各部门要举一反三，对照检视，"
        "确保整改到位、不再反弹。",
    )
    _paragraph(doc, "濮阳市整治形式主义为基层减负专项工作机制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_burden(path: Path) -> Path:
    return via_soffice(write_burden_docx, path, "doc", "基层减负典型问题整改情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. “存量问题”清理结果报备表, after a city 专项工作机制办公室's 提示 on clearing 形式主义和加重基层不必要负担的“存量
# 问题” (2月底前完成全面清理并报备; 对本地、本单位已经制发的文件、安排的工作、提出的要求全面清理; 对不符合整治要求
# 的及时采取调整、修订、取消、叫停等措施; 做好已清理问题的整改落实和结果评估):
# https://www.neijiangpeace.gov.cn/zfyw/20250228/2947644.html
# A CSV in GBK: title line, 报备单位/日期 line, a 清理标准 line naming the day 立行立改 counts from, one header line with
# the 处理方式 (调整/修订/取消/叫停) and a 结果评估 column beside 整改落实情况, 整改时限 as 立行立改 / 2月底前 / dates /
# 7月底前 / 年底前, a 合计 line and a signature line.
STOCK_ROWS = [
    (
        "《关于开展农村人居环境整治“红黑榜”评比的通知》",
        "每月评比并通报“黑榜村”，变相增加考核",
        "范县农业农村局",
        "取消",
        "立行立改",
        "已发文废止，停止评比",
        "已评估，未反弹",
    ),
    (
        "《范县网格化管理工作考核细则》",
        "要求网格员每日在3个APP重复打卡签到",
        "范县县委政法委员会",
        "修订",
        "2024年8月31日",
        "正在修订考核细则，已合并为1个APP打卡",
        "",
    ),
    (
        "范县第一中学安排教师周末参与路口文明劝导",
        "未经审批向学校摊派非教育教学任务，影响正常教学",
        "范县第一中学",
        "叫停",
        "立行立改",
        "已叫停",
        "",
    ),
    (
        "《关于报送村级组织挂牌情况的通知》",
        "村级组织外部挂牌超出规定，部分村挂牌达17块",
        "范县民政局",
        "调整",
        "2月底前",
        "已完成清理，每村保留4块",
        "经复核合格",
    ),
    (
        "2024年县级督查检查考核计划",
        "同一事项多个部门分头检查，乡镇迎检负担重",
        "范县人民政府办公室",
        "调整",
        "年底前",
        "",
        "",
    ),
    (
        "《关于建立乡镇安全生产工作台账的通知》",
        "要求乡镇建立23本纸质台账，与信息系统重复",
        "范县应急管理局",
        "修订",
        "2024年9月30日",
        "未启动",
        "",
    ),
    (
        "濮城镇“一周一调度”会议制度",
        "镇级调度会过多，村干部每周参会2次以上",
        "范县濮城镇人民政府",
        "调整",
        "7月底前",
        "已改为每月调度一次，整改完成",
        "",
    ),
    (
        "《关于开展“小手拉大手”垃圾分类积分打卡活动的通知》",
        "要求学生家长每日在小程序上传垃圾分类照片",
        "范县城市管理局",
        "叫停",
        "立行立改",
        "已通知停止打卡，正在清退小程序中的学生信息",
        "",
    ),
]


def write_stock(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["范县整治形式主义为基层减负“存量问题”清理结果报备表"])
    w.writerow(
        ["报备单位：范县整治形式主义为基层减负专项工作机制办公室", "", "", "", "", "报备日期：2024年7月22日"]
    )
    w.writerow(
        [
            "清理标准：对照《整治形式主义为基层减负若干规定》及省、市通报的典型问题；"
            "立行立改事项以2024年7月10日全县清理部署会为起算日"
        ]
    )
    w.writerow(
        [
            "序号",
            "已制发文件或已安排工作",
            "存在问题",
            "责任单位",
            "处理方式（调整/修订/取消/叫停）",
            "整改时限",
            "整改落实情况",
            "结果评估",
        ]
    )
    for i, row in enumerate(STOCK_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "清理存量问题8项", "", "", "", "", "已整改到位4项", ""])
    w.writerow(["联系人：邢凯    联系电话：0393-5221087"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. “三减一规范”问题清单整改台账, after a county's account of its “三减一规范” (减会减文、减挂牌、减报表、规范权责;
# 会议计划备案制; 不发红头发便函、一文多发; 清理挂牌; 村级报表; 重构乡镇权责、乡镇履职事项清单):
# http://agri.jl.gov.cn/xczx/hmxc/202512/t20251201_3515400.html
# An .xlsx: title, 填报单位/统计时间 line, a two-row header with a 是否完成 column split into 是 and 否 for ticks, the
# 类别 merged down the rows it covers, 牵头单位 beside 配合单位, 完成时限 as 6月底前 / a month range / dates / 第三季度 /
# 长期坚持, a 说明 line and a signature line.
THREE_CUT_GROUPS = [
    (
        "减会减文",
        [
            (
                "部门协调会、调度会较多，乡镇党委书记每月参会超过15次",
                "台前县委办公室",
                "县政府办公室",
                "推行会议计划备案制，能合并的不单独开",
                "6月底前",
                "会议计划备案制已实行",
                "√",
                "",
            ),
            (
                "同一事项“一文多发”，部门不发红头发便函",
                "台前县政府办公室",
                "县直各部门",
                "清理便函，严格发文审核",
                "2024年6-9月",
                "正在开展便函清理",
                "",
                "√",
            ),
        ],
    ),
    (
        "减挂牌",
        [
            (
                "孙口镇部分村外部挂牌达15块，超出规定",
                "台前县孙口镇人民政府",
                "县民政局",
                "按规定保留4块，其余清理",
                "2024年5月31日",
                "已清理挂牌11块",
                "√",
                "",
            ),
            (
                "村级阵地重复设置“议事厅”“协商室”等功能室标牌",
                "台前县民政局",
                "各乡镇",
                "整合功能室标牌",
                "第三季度",
                "",
                "",
                "√",
            ),
        ],
    ),
    (
        "减报表",
        [
            (
                "面向村级的报表多头下发，同一数据重复填报",
                "台前县统计局",
                "县直各部门",
                "建立“基层一张表”，数据一次采集、多次复用",
                "2024年12月31日",
                "已梳理村级报表86张，拟整合为1张",
                "",
                "√",
            ),
            (
                "政务APP强制要求村干部每日打卡签到",
                "台前县委网信办",
                "县大数据中心",
                "取消打卡签到功能",
                "7月15日前",
                "已取消打卡功能",
                "√",
                "",
            ),
        ],
    ),
    (
        "规范权责",
        [
            (
                "属地管理事项清单外的任务仍下派乡镇",
                "台前县委机构编制委员会办公室",
                "县直各部门",
                "严格执行乡镇履职事项清单",
                "长期坚持",
                "严格执行乡镇履职事项清单，常态化推进",
                "",
                "",
            ),
            (
                "侯庙镇承担的安全生产检查任务超出职责清单",
                "台前县应急管理局",
                "侯庙镇人民政府",
                "厘清部门与乡镇安全生产检查职责",
                "2024年8月31日",
                "",
                "",
                "",
            ),
        ],
    ),
]


def write_three_cut(path: Path) -> Path:
    b = Book(path, author="县委办督查室")
    ws = b.sheet("问题清单")
    b.widths(ws, [10, 6, 38, 22, 14, 28, 14, 30, 6, 6])
    b.line(ws, 0, "台前县“三减一规范”基层减负问题清单整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：台前县委办公室（县专项工作机制办公室）    统计时间：截至2024年7月31日", 9)
    for c, word in enumerate(
        ["类别", "序号", "问题表现", "牵头单位", "配合单位", "整改措施", "完成时限", "进展情况"]
    ):
        ws.merge_range(2, c, 3, c, word, b.head)
    ws.merge_range(2, 8, 2, 9, "是否完成", b.head)
    ws.write_string(3, 8, "是", b.head)
    ws.write_string(3, 9, "否", b.head)
    r, n = 4, 0
    for kind, rows in THREE_CUT_GROUPS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 1, n, b.center)
            for c, v in enumerate(row, 2):
                b.put(ws, r, c, v, b.center if c in (6, 8, 9) else b.cell)
            r += 1
    b.line(ws, r, "说明：完成的在“是”栏打“√”，未完成的在“否”栏打“√”并填写进展情况。", 9)
    b.line(ws, r + 1, "审核人：徐振江    填表人：李娜    联系电话：0393-2216305", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 差评整改反馈表 (two returns in one zip), after a district's 政务服务“好差评”系统 account (差评在省政务服务差评整改
# 系统中投诉转办, 由责任部门第一时间安排“差评”回访; 对情况清楚、诉求合理的问题限时1天内解决, 不能及时解决的申请
# 延期办理, 解决后第一时间向用户反馈整改结果; 评价器五个选项, 后两项为差评):
# http://cngansu.cn/news/shizhou/lanzhou/2020/08/19/159784082065373.html
# A .zip whose member names are stored in GBK: an .xlsx from a district hall (差评编号, 评价渠道, 评价等级, 责任部门,
# 转办时间 the 1日内 counts from, 整改时限 as 1日内 or 申请延期至…, 整改结果, 回访情况) and a UTF-8 CSV from a county
# 行政审批局 whose rows name only its own 股室 and 窗口 (the 5个工作日内 counts from the 评价日期, a line says so).
HALL_ROWS = [
    (
        "CP20240703001",
        "2024-07-03",
        "评价器",
        "个体工商户设立登记",
        "不满意",
        "窗口人员午休时段无人值守，等候40分钟",
        "华龙区市场监督管理局",
        "2024-07-03",
        "1日内",
        "已实行午间轮岗值班",
        "满意",
    ),
    (
        "CP20240709002",
        "2024-07-09",
        "政务服务网",
        "住房公积金提取",
        "非常不满意",
        "线上提取申请被退回三次，未说明退回原因",
        "市公积金中心",
        "2024-07-09",
        "1日内",
        "已电话联系申请人说明原因，指导补正材料后办结",
        "基本满意",
    ),
    (
        "CP20240715003",
        "2024-07-15",
        "短信",
        "不动产抵押登记",
        "不满意",
        "抵押登记办结后短信通知不及时",
        "市不动产登记中心",
        "2024-07-15",
        "申请延期至2024年8月10日",
        "正在与银行系统对接办结短信推送",
        "",
    ),
    (
        "CP20240722004",
        "2024-07-22",
        "评价器",
        "低压居民用电报装",
        "不满意",
        "现场勘查预约后供电人员未按约定时间上门",
        "濮阳供电公司",
        "2024-07-22",
        "1日内",
        "",
        "",
    ),
    (
        "CP20240726005",
        "2024-07-26",
        "政务服务网",
        "城镇职工医保关系转移接续",
        "非常不满意",
        "医保转移接续申请提交后15天无人受理",
        "华龙区医疗保障局",
        "2024-07-26",
        "1日内",
        "逾期未反馈",
        "",
    ),
]
COUNTY_HALL_ROWS = [
    (
        "2024-07-02",
        "食品经营许可",
        "许可证打印机故障，证照延迟两天领取",
        "社会事务审批股",
        "情况属实",
        "2024-07-05",
        "已更换打印机，当日补发证照",
    ),
    (
        "2024-07-11",
        "建设工程规划许可",
        "要求企业重复提交已在线上传图纸的纸质版",
        "工程建设项目审批股",
        "情况属实",
        "5个工作日内",
        "已取消纸质图纸要求，整改完成",
    ),
    (
        "2024-07-18",
        "道路货物运输经营许可",
        "窗口人员对电子证照使用解释不清",
        "综合受理窗口",
        "部分属实",
        "2024-07-31",
        "正在组织窗口人员业务培训",
    ),
    (
        "2024-07-24",
        "社会保障卡申领",
        "社保卡制卡进度无法查询",
        "帮办代办窗口",
        "情况属实",
        "2024-08-15",
        "",
    ),
]


def write_hall_book(path: Path) -> Path:
    b = Book(path, author="华龙区行政审批局")
    ws = b.sheet("差评整改反馈")
    b.widths(ws, [6, 16, 12, 12, 20, 12, 34, 22, 12, 22, 30, 10])
    b.line(ws, 0, "华龙区政务服务“好差评”差评整改反馈表（2024年7月）", 11, b.title)
    b.line(ws, 1, "填报单位：华龙区行政审批和政务信息管理局    填报日期：2024年7月30日", 11)
    b.line(
        ws,
        2,
        "差评经省政务服务差评整改系统转办，责任部门自转办之日起1日内解决；不能及时解决的，申请延期办理。",
        11,
    )
    words = ["序号", "差评编号", "评价时间", "评价渠道", "事项名称", "评价等级", "差评内容", "责任部门"]
    b.header(ws, 3, [*words, "转办时间", "整改时限", "整改结果", "回访情况"])
    for i, row in enumerate(HALL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, 3 + i, c, v, b.center if c in (1, 2, 3, 5, 8, 9, 11) else b.cell)
    b.line(ws, 5 + len(HALL_ROWS), "填表人：马晓琳    联系电话：0393-8316621", 11)
    return b.close()


def write_county_hall_csv(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县政务服务中心差评核查整改情况登记（2024年7月）"])
    w.writerow(["填报单位：濮阳县行政审批和政务信息管理局    填报日期：2024年7月29日"])
    w.writerow(["整改时限写“N个工作日内”的，自差评评价之日起计算"])
    w.writerow(
        ["序号", "评价日期", "差评事项", "差评原因", "责任股室（窗口）", "核查情况", "整改时限", "整改情况"]
    )
    for i, row in enumerate(COUNTY_HALL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["审核：韩磊    登记：杜鹃"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


class GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is stored in GBK without the UTF-8 flag, as WinRAR or 360压缩 on Chinese Windows do."""

    def _encodeFilenameFlags(self):  # zipfile's own (private) name
        return self.filename.encode("gbk"), self.flag_bits


def write_hall_zip(path: Path) -> Path:
    members = [
        ("华龙区政务服务差评整改反馈表（7月）.xlsx", write_hall_book),
        ("濮阳县政务服务中心差评核查整改情况登记.csv", write_county_hall_csv),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = GbkZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 政务服务“好差评”重点任务推进台账, after a city's 建立政务服务“好差评”制度实施方案 (4月底前全部配置“好差评”评价器;
# 6月底前自建业务系统和线下评价系统完成对接改造; 9月底前构建“接受评价—受理—整改—反馈—信息公开—结果应用”全流程
# 工作机制; 12月底前全面建成; 委托第三方定期开展评估评价):
# http://gansu.gansudaily.com.cn/system/2020/04/17/017408795.shtml
# An .xlsx: title, 牵头单位/填报日期 line, one header row, the deadlines inside a 工作内容及时间节点 schedule text (the
# last date it names), a 完成时间 column that records when a task was done (never the deadline), 推进情况 in words, a
# 说明 line. 责任单位 in short names, two companies and two counties.
PRAISE_ROWS = [
    (
        "评价器全覆盖",
        "4月底前，市、县两级政务服务大厅所有窗口按技术规范配置“好差评”评价器；6月底前，乡镇（街道）便民服务中心"
        "配置到位",
        "市政务服务中心",
        "各县（区）政府",
        "2024-06-25",
        "",
    ),
    (
        "自建业务系统对接",
        "5月底前完成接口改造方案；8月底前户政、出入境、车驾管等自建业务系统评价数据实时上传省“好差评”系统",
        "市公安局",
        "市大数据中心",
        "",
        "户政、出入境系统已对接，车驾管系统正在改造",
    ),
    (
        "差评整改闭环",
        "差评1个工作日内转办、5个工作日内整改反馈，实名差评回访率100%，长期坚持",
        "市医保局",
        "",
        "",
        "按月通报差评整改情况，常态化推进",
    ),
    (
        "水电气服务纳入评价",
        "7月底前供水营业厅接入评价系统；9月底前实现线上缴费“一事一评”",
        "市自来水公司",
        "市行政服务中心",
        "",
        "营业厅评价器已安装，线上缴费评价尚未启动",
    ),
    (
        "燃气报装评价",
        "6月底前燃气报装事项纳入“一事一评”",
        "燃气公司",
        "市行政服务中心",
        "2024-06-20",
        "已纳入",
    ),
    (
        "第三方评估",
        "9月底前委托第三方开展政务服务满意度评估；12月底前形成评估报告",
        "市统计局",
        "市行政服务中心",
        "",
        "未启动",
    ),
    (
        "评价结果应用",
        "评价结果纳入窗口人员月度考核，年底前出台考核办法",
        "濮阳县行政审批和政务信息管理局",
        "",
        "",
        "",
    ),
    (
        "“办不成事”反映窗口",
        "8月15日前县级政务服务大厅设立“办不成事”反映窗口",
        "台前县人民政府",
        "",
        "2024-07-18",
        "已设立并投入使用",
    ),
]


def write_praise(path: Path) -> Path:
    b = Book(path, author="政务服务科")
    ws = b.sheet("推进台账")
    b.widths(ws, [6, 18, 52, 24, 16, 12, 34])
    b.line(ws, 0, "2024年政务服务“好差评”提质增效重点任务推进台账", 6, b.title)
    b.line(ws, 1, "牵头单位：濮阳市行政服务中心    填报日期：2024年7月30日", 6)
    b.header(
        ws, 2, ["序号", "重点任务", "工作内容及时间节点", "责任单位", "配合单位", "完成时间", "推进情况"]
    )
    for i, row in enumerate(PRAISE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        for c, v in enumerate(row, 1):
            value = date.fromisoformat(v) if c == 5 and v else v
            b.put(ws, 2 + i, c, value)
    end = 3 + len(PRAISE_ROWS)
    b.line(ws, end, "说明：完成时间栏填写实际完成日期；未完成的在推进情况栏填写进展。", 6)
    b.line(ws, end + 1, "填表人：范文静    联系电话：0393-8992207", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 政务服务差评典型案例及整改情况, after an article of 政务差评典型案例 (案例一：窗口服务态度差（服务态度类）,
# 【差评原文】, 差评核心问题分析, 回复, 针对您反映的问题立即采取的措施):
# https://www.rlut.cn/news/zheng-wu-cha-ping-dian-xing-an-li-fan-wen-ji-jie-xi-zhu-ni-zhang-wo-zheng-wu-cha-ping-chu-li-ji-qiao.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, the centre and date, a preamble saying items without a
# time limit take 5个工作日 from the 转办时间, seven cases 案例一–案例七 as blocks of 【】 lines (差评原文, 转办时间, 责任
# 单位, 核查情况, 整改措施, 整改时限, 整改结果), a closing paragraph and the signature.
CASES = [
    (
        "案例一：社保窗口服务态度差（服务态度类）",
        "“询问退休待遇测算，工作人员让我自己看指示牌，全程冷脸，问一句就不耐烦。”",
        "2024年6月4日",
        "市人社局（社保经办窗口）",
        "调取监控确认情况属实。",
        "对当事人批评教育并调离窗口岗位，向评价人电话致歉。",
        "5个工作日内",
        "已整改，评价人表示接受。",
    ),
    (
        "案例二：不动产转移登记超时（办事效率类）",
        "“说好5个工作日出证，20天了还没拿到不动产权证。”",
        "2024年6月11日",
        "市不动产登记中心",
        "因税费核验数据未推送导致超时，情况属实。",
        "立即办结发证，建立超期预警提醒。",
        "2024年6月30日前",
        "已办结发证，超期预警提醒已上线。",
    ),
    (
        "案例三：驾驶证换证网上审核慢（网办体验类）",
        "“驾驶证期满换证网上提交后一直显示审核中，打电话也问不清。”",
        "2024年6月17日",
        "市交警支队车管所",
        "系统接口故障导致37笔申请积压，情况属实。",
        "修复接口，安排专人集中审核积压申请。",
        "5个工作日内",
        "系统故障已修复，积压申请已全部审核通过。",
    ),
    (
        "案例四：营业执照变更重复要材料（材料要求类）",
        "“营业执照变更要求提供房产证原件，明明数据已经共享了。”",
        "2024年6月24日",
        "市工商局",
        "住所信息可通过不动产登记数据核验，情况属实。",
        "打通不动产登记数据共享接口，取消房产证原件要求。",
        "2024年7月31日",
        "正在与不动产登记数据共享接口联调。",
    ),
    (
        "案例五：医保报销咨询答复不清（咨询答复类）",
        "“打电话问门诊慢特病报销比例，转了三次都没人说清楚。”",
        "2024年7月1日",
        "市医保局",
        "咨询转接流程不畅，情况属实。",
        "编制常见问题答复口径，实行首问负责。",
        "5个工作日内",
        "逾期未整改。",
    ),
    (
        "案例六：县政务大厅停车难（环境设施类）",
        "“大厅门口停车位太少，残疾人车位也被占了。”",
        "2024年7月3日",
        "濮阳县行政审批和政务信息管理局",
        "大厅现有停车位62个，高峰时段不足，情况属实。",
        "协调增设临时停车位，加装残疾人车位地锁，规划新建停车场。",
        "9月底前",
        "已增设临时停车位40个，残疾人车位已加装地锁，新停车场正在规划。",
    ),
    (
        "案例七：公积金窗口人员接私人电话（窗口人员类）",
        "“办到一半，窗口人员接私人电话聊了十分钟。”",
        "2024年6月20日",
        "市公积金中心",
        "调取监控确认情况属实。",
        "对当事人诫勉谈话，重申窗口工作纪律。",
        "立行立改",
        "已整改。",
    ),
]
CASE_LABELS = ["【差评原文】", "【转办时间】", "【责任单位】", "【核查情况】", "【整改措施】", "【整改时限】"]


def write_cases_docx(path: Path) -> Path:
    doc = _new_document("市行政服务中心")
    _title(doc, "濮阳市政务服务差评典型案例及整改情况（2024年第二季度）")
    _paragraph(doc, "濮阳市行政服务中心    2024年7月12日", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(
        doc,
        "按照“谁办理、谁负责”的原则，各责任单位对差评逐件回访核实、限期整改。现将第二季度7个典型差评案例及整改情况"
        "通报如下。未另行明确时限的，自差评转办之日起5个工作日内整改反馈；立行立改的，转办当日整改到位。",
    )
    for title, *fields, result in CASES:
        _paragraph(doc, title, 16, "黑体")
        for label, text in zip(CASE_LABELS, fields, strict=True):
            _paragraph(doc, f"{label}{text}")
        _paragraph(doc, f"【整改结果】{result}")
    _paragraph(doc, "下一步，市行政服务中心将坚持差评回访制度，对整改未到位的差评持续跟踪督办。")
    _paragraph(doc, "濮阳市行政服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cases(path: Path) -> Path:
    return via_soffice(write_cases_docx, path, "doc", "政务服务差评典型案例.docx")


FILES = [
    ("濮阳市重复信访动态“清零”工作任务清单（第二批）.xlsx", write_repeat),
    ("南乐县纪委监委信访举报件办理台账（2024年）.xls", write_petitions),
    ("华龙区信访积案化解第三方调研工作组工作台账.et", write_backlog),
    ("清丰县县级领导提级包案信访事项办理情况表（7月）.docx", write_escalated),
    ("关于整治形式主义为基层减负典型问题整改情况的通报.doc", write_burden),
    ("范县整治形式主义为基层减负“存量问题”清理结果报备表.csv", write_stock),
    ("台前县“三减一规范”基层减负问题清单整改台账.xlsx", write_three_cut),
    ("政务服务差评整改反馈表（华龙区、濮阳县）.zip", write_hall_zip),
    ("2024年政务服务“好差评”提质增效重点任务推进台账.xlsx", write_praise),
    ("政务服务差评典型案例及整改情况（2024年第二季度）.wps", write_cases),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

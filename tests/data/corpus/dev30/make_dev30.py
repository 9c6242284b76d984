"""Write the dev30 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .wps (LibreOffice conversions), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .doc with a table and a .zip of two returns. Contents are
made up; statistics date 2024-07-31.
Run from this folder: python make_dev30.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 市政府督查室重点督办事项推进台账, after the export model of a 督办 system (事项编号 / 事项类别 / 来源时间 /
# 事项名称 / 批示或出访领导 / 任务要求 / 主办单位 / 主办人 / 拟办结时间 / 成果形式 / 工作计划 / 最近反馈时间 /
# 推进状态 / 进展情况):
# https://github.com/jinzhaochao/unionpay/blob/9e7d763444365a5a58eaad30b22b757cc6c3a368/portalSupervisionService/.svn/pristine/fc/fcc5c8fbd7542846153c3f6ee3bf64ae478bf5aa.svn-base
# An .xlsx: title, 填报 line, one header row in the export's own words, 来源时间 and 最近反馈时间 as events, a 注.
DUBAN_ROWS = [
    (
        "DB2024-031",
        "领导批示",
        "2024-05-06",
        "老旧小区加装电梯审批提速",
        "市政府分管副市长",
        "简化加装电梯联合审查流程，年内开工50部",
        "市住建局",
        "王立新",
        "2024.9.30",
        "工作报告",
        "6月完成流程再造，9月底前完成年度开工任务",
        "2024-07-22",
        "推进中",
        "已完成12部电梯审批，8部开工建设",
    ),
    (
        "DB2024-032",
        "会议议定",
        "2024-04-18",
        "背街小巷路灯不亮问题集中整治",
        "市长办公会",
        "对城区背街小巷路灯逐条排查维修",
        "市城管执法局",
        "刘春阳",
        "6月30日前",
        "整治清单",
        "5月排查，6月维修",
        "2024-07-01",
        "已办结",
        "排查维修路灯426盏，已全部亮灯",
    ),
    (
        "DB2024-033",
        "领导批示",
        "2024-06-03",
        "农贸市场周边占道经营回潮",
        "市政府秘书长",
        "建立市场周边长效管理机制",
        "市场监管局",
        "赵敏",
        "2024年8月底前",
        "管理办法",
        "7月调研，8月出台办法",
        "",
        "未启动",
        "",
    ),
    (
        "DB2024-034",
        "会议议定",
        "2024-03-27",
        "城区易积水点改造",
        "市长办公会",
        "完成城区8处易积水点改造",
        "市水务局",
        "孙国强",
        "汛期前完成3处，年底前全部完成",
        "改造工程",
        "3处已列入汛前计划，其余5处9月开工",
        "2024-07-19",
        "推进中",
        "汛前3处已完工，其余5处正在办理施工招标",
    ),
    (
        "DB2024-035",
        "领导批示",
        "2024-02-26",
        "中小学校园周边上下学交通秩序整治",
        "市政府分管副市长",
        "上下学时段校园周边交通秩序常态化管理",
        "市交警支队",
        "陈志刚",
        "长期坚持",
        "工作机制",
        "每学期开学前集中整治一次",
        "2024-07-10",
        "常态化推进",
        "每日上下学时段在32所学校门前安排警力值守",
    ),
    (
        "DB2024-036",
        "会议议定",
        "2024-05-20",
        "企业开办全程网办率提升",
        "市政府常务会议",
        "企业开办全程网办率达到90%以上",
        "市政务服务中心",
        "周丽",
        "2024-07-20",
        "工作报告",
        "7月上线企业开办一网通办专区",
        "2024-07-21",
        "已办结",
        "专区已上线，7月全程网办率92.6%",
    ),
    (
        "DB2024-037",
        "群众来信",
        "2024-06-28",
        "新建小区公交线路优化调整",
        "市政府秘书长",
        "征求沿线群众意见，优化调整公交线路",
        "众意公交公司",
        "吴海涛",
        "2024年第三季度",
        "调整方案",
        "",
        "",
        "",
        "",
    ),
]
DUBAN_HEAD = [
    "事项编号",
    "事项类别",
    "来源时间",
    "事项名称",
    "批示或出访领导",
    "任务要求",
    "主办单位",
    "主办人",
    "拟办结时间",
    "成果形式",
    "工作计划",
    "最近反馈时间",
    "推进状态",
    "进展情况",
]


def write_duban(path: Path) -> Path:
    bk = Book(path, "市政府督查室")
    ws = bk.sheet("督办事项")
    last = len(DUBAN_HEAD) - 1
    ws.merge_range(0, 0, 0, last, "市政府督查室重点督办事项推进台账（2024年7月）", bk.title)
    bk.line(ws, 1, "导出时间：2024-07-26 16:40    导出人：督查室 李娜", last)
    bk.header(ws, 2, DUBAN_HEAD)
    for i, row in enumerate(DUBAN_ROWS):
        bk.row(ws, 3 + i, list(row))
    n = 3 + len(DUBAN_ROWS)
    bk.line(ws, n + 1, "注：推进状态填写已办结、推进中、未启动、常态化推进；拟办结时间以交办通知为准。", last)
    bk.widths(ws, [11, 9, 11, 26, 14, 28, 13, 8, 18, 9, 26, 12, 10, 30])
    return bk.close()


# ---------------------------------------------------------------------------------------------
# 2. 12345热线投诉件办理情况汇总, after the 投诉受理管理 list of a 纳税服务 system (投诉标题 / 被投诉部门 / 被投诉人 /
# 投诉时间 / 受理状态, then 受理):
# https://github.com/yzw20110902/smalldemo/blob/9065ad1ebf1ad5be167d45460acdaccf115a7900/WebRoot/WEB-INF/jsp/nsfw/complain/listUI.jsp
# A CSV in GBK: title and 统计时段 lines, the list's columns with 投诉人 and 办理结果 added, a 合计 line.
HOTLINE_ROWS = [
    (
        "1",
        "RX20240702015",
        "锦绣苑小区7月1日全天停水未提前通知",
        "市自来水公司",
        "客服中心",
        "张女士",
        "2024-07-02 09:14",
        "7月5日前",
        "已办结",
        "已向小区补发停水告知，建立计划停水提前24小时公告制度",
    ),
    (
        "2",
        "RX20240705088",
        "更换智能燃气表后月用气量异常翻倍",
        "燃气公司",
        "抄表班",
        "李先生",
        "2024-07-05 15:32",
        "7月12日前",
        "办理中",
        "已上门校验燃气表，等待检定机构出具结果",
    ),
    (
        "3",
        "RX20240708041",
        "二手房过户材料齐全超过承诺时限未出证",
        "市不动产登记中心",
        "登记一科",
        "王先生",
        "2024-07-08 10:05",
        "7月15日前",
        "已反馈",
        "已办结出证，来电人对结果表示满意",
    ),
    (
        "4",
        "RX20240710023",
        "网上申请公积金提取被退回未告知原因",
        "市公积金中心",
        "归集提取科",
        "赵女士",
        "2024-07-10 08:47",
        "7月17日前",
        "逾期未办",
        "",
    ),
    (
        "5",
        "RX20240712067",
        "灵活就业人员社保补贴申领3个月未到账",
        "市人社局",
        "就业促进科",
        "孙先生",
        "2024-07-12 11:20",
        "7月19日前",
        "已转办",
        "已转县人社部门核查发放名单",
    ),
    (
        "6",
        "RX20240716009",
        "小程序办理异地就医备案多次提示失败",
        "市医保局",
        "医保服务中心",
        "周女士",
        "2024-07-16 14:03",
        "7月23日前",
        "",
        "",
    ),
    (
        "7",
        "RX20240719052",
        "胜利路沿街商铺一周内停电4次影响经营",
        "市供电公司",
        "城区供电中心",
        "吴先生",
        "2024-07-19 19:45",
        "7月26日前",
        "已办结",
        "已更换故障变压器，线路恢复稳定供电",
    ),
]


def write_hotline(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["12345市民服务热线投诉件办理情况汇总表"] + [""] * 9)
    w.writerow(["统计时段：2024年7月1日—7月25日"] + [""] * 9)
    w.writerow(
        [
            "序号",
            "受理编号",
            "投诉标题",
            "被投诉部门",
            "被投诉人",
            "投诉人",
            "投诉时间",
            "办理时限",
            "受理状态",
            "办理结果",
        ]
    )
    for r in HOTLINE_ROWS:
        w.writerow(list(r))
    w.writerow(["合计", "7件"] + [""] * 8)
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 为民办实事项目进展情况通报, after a district 政府督查室's 通报 on 为民办实事项目 1-8月份进展 (已完成子项目,
# 滞后项目 listed one by one as 一是、二是, 其他项目按序时推进, the closing demand on 进度慢序时 units):
# https://www.chengxiang.gov.cn/zwgk/wmbss/202211/t20221118_1775567.htm
# A .docx of paragraphs: 通报 title, preamble, the items as numbered paragraphs with 责任单位 and 完成时限 in
# brackets, the closing demand and the office at the foot.
MINSHENG_PARAS = [
    (
        "（一）第一项 城区新增公办幼儿园学位900个。（责任单位：市教育局；完成时限：2024年8月底前）"
        "3所新建幼儿园主体已完工，正在进行室内装修和设备采购。"
    ),
    (
        "（二）第三项 为65周岁以上老年人免费体检。（责任单位：市卫健委；完成时限：2024年10月底前）"
        "已完成体检4.2万人，占年度任务的70%，正在按序时推进。"
    ),
    (
        "（三）第四项 新建社区老年助餐点20个。（责任单位：市民政局；完成时限：2024年6月30日前）"
        "20个助餐点已全部建成投用，已完成。"
    ),
    (
        "（四）第六项 改造农村公路危桥12座。（责任单位：市交通运输局；完成时限：年底前）"
        "进度滞后，4座危桥改造尚未完成设计招标。"
    ),
    (
        "（五）第八项 老旧小区雨污分流改造。（责任单位：城关镇人民政府；完成时限：2024年9月30日前）"
        "尚未启动，改造资金正在申请中。"
    ),
    (
        "（六）第九项 残疾儿童康复救助提标扩面。（责任单位：市残联；完成时限：2024年12月31日前）"
        "已救助残疾儿童316人，正在按序时推进。"
    ),
    "（七）第十一项 增设城区公共停车泊位1500个。（责任单位：市公安局交通管理支队；完成时限：2024年11月底前）",
]


def write_minsheng(path: Path) -> Path:
    doc = _new_document("区政府督查室")
    _title(doc, "关于2024年区级为民办实事项目1-6月份进展情况的通报")
    _paragraph(doc, "各责任单位：")
    _paragraph(
        doc,
        "近日，区政府督查室对2024年区级为民办实事项目1-6月份进展情况进行了跟踪督查。现将进展情况通报如下：",
    )
    _paragraph(doc, "一、项目进展情况", font="黑体")
    for text in MINSHENG_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步要求", font="黑体")
    _paragraph(
        doc,
        "进度慢序时的项目责任单位主要领导要高度重视，认真剖析原因，倒排时间节点，确保按序时完成年度任务。",
    )
    _paragraph(doc, "区政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 优化营商环境重点任务落实情况, after a city government's 创优营商环境实施意见 (tasks numbered 1. and (1),
# each ending with the lead unit in brackets, 市工商质监局牵头负责 and the like):
# https://jindifashion.com/html/402881e5465f3f6701465f66403e017c20180130205940ul7r.html
# A .wps (Word 97 through LibreOffice): title, 填报 line, tasks as numbered paragraphs that keep the lead unit
# (often by its name before the reform) and the deadline in brackets, the progress after them; signature.
YINGSHANG_PARAS = [
    ("1.深化商事制度改革。", None),
    (
        (
            "（1）推行企业登记全程电子化，实现营业执照自助打印。（市工商局牵头负责，2024年9月底前完成）"
            "进展：自助打印终端已在政务大厅投用，正在向各县区延伸。"
        ),
        True,
    ),
    (
        "（2）推进企业名称自主申报改革。（市工商局牵头负责，2024年6月底前完成）进展：已完成，系统已上线运行。",
        True,
    ),
    ("2.压缩工程建设项目审批时间。", None),
    (
        "（3）推行工业项目用地“标准地”出让。（市国土资源局牵头负责，年底前完成）进展：未启动。",
        True,
    ),
    (
        (
            "（4）实行施工图联合审查。（市建委牵头负责，2024年8月底前完成）"
            "进展：联合审查平台已完成招标，正在部署调试。"
        ),
        True,
    ),
    ("3.提升纳税和要素保障便利度。", None),
    (
        "（5）推行办税事项“最多跑一次”清单。（市地税局牵头负责，2024年7月15日前完成）进展：清单已公布，已办结。",
        True,
    ),
    (
        "（6）开展涉企收费专项清理。（市发改委牵头负责，长期坚持）进展：常态化推进，每季度公布一次清理结果。",
        True,
    ),
    (
        "（7）推进工业企业用电报装“三零”服务。（市经信委牵头负责，2024年第三季度完成）",
        True,
    ),
]


def write_yingshang_docx(path: Path) -> Path:
    doc = _new_document("市优化办")
    _title(doc, "优化营商环境重点任务落实情况（第二季度）")
    _paragraph(doc, "填报单位：市优化经济发展环境领导小组办公室    填报日期：2024年7月18日", size=12)
    for text, _ in YINGSHANG_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "填表人：郑晓    联系电话：0393-8991234", size=12)
    return _save_fixed(doc, path)


def write_yingshang(path: Path) -> Path:
    return via_soffice(write_yingshang_docx, path, "doc", "优化营商环境重点任务落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 5. 进一步优化营商环境实施方案任务分工落实表, after a district 人民政府办公室's 进一步优化营商环境实施方案
# (主要任务 numbered under 营造廉洁高效的政务环境 and the like, each with its 牵头单位 and 责任单位):
# http://www.xianan.gov.cn/xxgk/xxgkml/wjzl/zfwj/201904/t20190410_1659294.shtml
# An .ods: title, two header rows (责任分工 over 牵头单位 / 配合单位), section rows, 完成时限 as words.
XIANAN_ROWS = [
    ("一、营造廉洁高效的政务环境", None),
    (
        (
            "1",
            "推行“一窗受理、集成服务”",
            "综合窗口覆盖全部政务服务事项",
            "市行政服务中心",
            "市司法局",
            "2024年6-9月",
            "正在推进，已整合窗口42个",
        ),
        True,
    ),
    (
        (
            "2",
            "清理规范证明事项",
            "公布保留证明事项清单，取消无法定依据的证明",
            "市司法局",
            "各有关部门",
            "上半年",
            "已完成，取消证明事项37项",
        ),
        True,
    ),
    ("二、营造公平有序的市场环境", None),
    (
        (
            "3",
            "开展拖欠民营企业账款清理",
            "建立台账，按月销号",
            "市工信局",
            "市财政局",
            "2023-2025年",
            "部分完成，已清偿账款1.2亿元",
        ),
        True,
    ),
    (
        (
            "4",
            "规范涉企行政检查",
            "推行“双随机、一公开”联合抽查",
            "市市场监管局",
            "各执法部门",
            "长期坚持",
            "长期坚持",
        ),
        True,
    ),
    ("三、营造便利的生产经营环境", None),
    (
        (
            "5",
            "降低企业用工成本",
            "落实阶段性降低失业保险费率政策",
            "市人力资源社会保障局",
            "市税务局",
            "年底前",
            "",
        ),
        True,
    ),
    (
        (
            "6",
            "提升跨境贸易便利度",
            "推行进出口货物“提前申报”",
            "市商务局",
            "市发展改革委",
            "2024年9月底前",
            "未启动",
        ),
        True,
    ),
    (
        (
            "7",
            "完善企业信用修复机制",
            "建立信用修复“一口受理”",
            "市发改委",
            "市市场监管局",
            "2024年10月31日",
            "已完成，信用修复专窗已设立",
        ),
        True,
    ),
]


def write_xianan_book(path: Path) -> Path:
    bk = Book(path, "市政府办公室")
    ws = bk.sheet("任务分工")
    ws.merge_range(0, 0, 0, 6, "进一步优化营商环境实施方案任务分工落实表", bk.title)
    bk.line(ws, 1, "报送日期：2024年7月20日", 6, bk.right)
    for c, word in enumerate(["序号", "工作任务", "具体措施"]):
        ws.merge_range(2, c, 3, c, word, bk.head)
    ws.merge_range(2, 3, 2, 4, "责任分工", bk.head)
    ws.write_string(3, 3, "牵头单位", bk.head)
    ws.write_string(3, 4, "配合单位", bk.head)
    ws.merge_range(2, 5, 3, 5, "完成时限", bk.head)
    ws.merge_range(2, 6, 3, 6, "落实情况", bk.head)
    r = 4
    for row, is_item in XIANAN_ROWS:
        if is_item:
            bk.row(ws, r, list(row))
        else:
            ws.merge_range(r, 0, r, 6, row, bk.section)
        r += 1
    bk.widths(ws, [6, 26, 32, 18, 14, 14, 28])
    return bk.close()


def write_xianan(path: Path) -> Path:
    via_soffice(write_xianan_book, path, "ods", "进一步优化营商环境实施方案任务分工落实表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 岳村镇安全生产隐患排查整改台账, after a town 人大's 安全生产隐患排查 news (联合检查组 of 安全办、建设办、中心学校
# …; 消防设施不全、安全通道不畅; 要求存在隐患的单位于3日内整改到位; 下达整改通知书, 跟踪反馈):
# http://www.aqzyzx.com/xiangzhen/202208/t20220802_6239069.html
# An .xls: the town named only in the title, 责任部门 its own offices, a 检查人员 column, 交办日期 with 3日内 /
# 7日内 / 15个工作日内 / 立行立改 deadlines, ticks under 是否整改到位 是 / 否, a 备注 column; signature line.
XLS_ROWS = [
    (
        "镇敬老院",
        "厨房液化气钢瓶与灶具间距不足，未安装燃气报警器",
        "民政办",
        "张伟、刘洋",
        date(2024, 7, 10),
        "3日内",
        "√",
        "",
        "",
    ),
    (
        "镇中心学校",
        "学生宿舍楼安全出口指示灯损坏",
        "中心学校",
        "张伟、刘洋",
        date(2024, 7, 10),
        "7日内",
        "",
        "√",
        "",
    ),
    (
        "镇农贸市场",
        "市场内电动车集中充电点私拉电线",
        "市场办",
        "陈磊、杨帆",
        date(2024, 7, 10),
        "立行立改",
        "√",
        "",
        "已当场拆除",
    ),
    (
        "镇卫生院",
        "灭火器压力不足，部分已过期",
        "卫生院",
        "陈磊、杨帆",
        date(2024, 7, 8),
        "15个工作日内",
        "",
        "",
        "正在采购新灭火器",
    ),
    (
        "镇文化站",
        "安全通道堆放杂物，通道不畅",
        "文化站",
        "张伟、刘洋",
        date(2024, 7, 11),
        "2024.7.31",
        "",
        "",
        "",
    ),
    (
        "镇自来水厂",
        "加氯间未设置通风和泄漏报警装置",
        "建设办",
        "陈磊、杨帆",
        date(2024, 7, 11),
        "7日内",
        "",
        "√",
        "",
    ),
    (
        "镇政府机关食堂",
        "排油烟管道油污积存未清洗",
        "党政办",
        "陈磊、杨帆",
        date(2024, 7, 12),
        "3日内",
        "√",
        "",
        "已委托专业公司清洗",
    ),
]


def write_xls_town(path: Path) -> Path:
    hd, tx, ce = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    title = _xf(bold=True, border=False, center=True, size=16)
    day = _xf(center=True)
    day.num_format_str = "yyyy-mm-dd"
    cells = [
        (0, 0, "岳村镇安全生产隐患排查整改台账（2024年7月）", title, 0, 9),
        (1, 0, "填报单位（盖章）：岳村镇安全生产委员会办公室", plain, 1, 9),
    ]
    for c, word in enumerate(
        ["序号", "检查场所", "隐患问题", "责任部门", "检查人员", "交办日期", "整改时限"]
    ):
        cells.append((2, c, word, hd, 3, c))
    cells.append((2, 7, "是否整改到位", hd, 2, 8))
    cells.append((3, 7, "是", hd))
    cells.append((3, 8, "否", hd))
    cells.append((2, 9, "备注", hd, 3, 9))
    for i, row in enumerate(XLS_ROWS):
        r = 4 + i
        cells.append((r, 0, i + 1, ce))
        for c, v in enumerate(row, start=1):
            if isinstance(v, date):
                cells.append((r, c, datetime(v.year, v.month, v.day), day))
            else:
                cells.append((r, c, v, ce if c in (5, 6, 7, 8) else tx))
    n = 4 + len(XLS_ROWS)
    cells.append(
        (
            n + 1,
            0,
            "检查组组长签字：张伟        填表人：杨帆        填表日期：2024年7月24日",
            plain,
            n + 1,
            9,
        )
    )
    return _write_xls(path, [("隐患台账", cells)])


# ---------------------------------------------------------------------------------------------
# 7. 交办信访事项办理情况 (two returns in a zip), after a 信访事项办理情况报告 format (承办单位名称、文号、标题; 信访人
# 基本情况, 反映的主要问题和诉求, 调查处理情况; 交办文号; 附件 the 答复意见书):
# https://www.xiaomilidoc.com/p-1038929.html
# A zip of two .xlsx returns, each from one sending unit whose 承办科室/承办站所 are its own sections: title
# naming the unit, 交办文号 and 信访人 columns, 办理期限 relative to 交办日期, 答复 ticks.
XF_RETURNS = [
    (
        "胡状镇人民政府",
        "胡状镇",
        [
            (
                "濮信交〔2024〕61号",
                "张某某",
                "反映村里宅基地审批迟迟不办",
                "村建所",
                date(2024, 6, 3),
                "60日内",
                "已入户调查，审批材料已报县自然资源部门",
                "",
            ),
            (
                "濮信交〔2024〕63号",
                "李某某",
                "反映邻村养殖场异味扰民",
                "环保所",
                date(2024, 6, 5),
                "60日内",
                "已督促养殖场加装除臭设施，复查合格，已出具答复意见书",
                "√",
            ),
            (
                "濮信交〔2024〕70号",
                "王某某",
                "反映低保资格被取消未告知原因",
                "民政所",
                date(2024, 6, 20),
                "2024年7月20日前",
                "",
                "",
            ),
            (
                "濮信交〔2024〕72号",
                "赵某某",
                "反映村道硬化工程质量差出现裂缝",
                "村建所",
                date(2024, 6, 24),
                "2024年7月31日前",
                "已责成施工单位返修，正在施工",
                "",
            ),
        ],
    ),
    (
        "市民政局",
        "市民政局",
        [
            (
                "濮信交〔2024〕58号",
                "钱某某",
                "反映养老院护理人员态度恶劣",
                "养老服务科",
                date(2024, 5, 30),
                "60日内",
                "已约谈养老院负责人并开展护理人员培训，已答复信访人",
                "√",
            ),
            (
                "濮信交〔2024〕66号",
                "孙某某",
                "反映临时救助申请未获批",
                "社会救助科",
                date(2024, 6, 12),
                "60日内",
                "正在会同乡镇复核家庭经济状况",
                "",
            ),
            (
                "濮信交〔2024〕74号",
                "周某某",
                "反映公墓收费标准不透明",
                "社会事务科",
                date(2024, 6, 28),
                "2024年8月15日前",
                "",
                "",
            ),
            (
                "濮信交〔2024〕75号",
                "吴某某",
                "反映社会组织年检材料被退回",
                "社会组织管理科",
                date(2024, 7, 1),
                "2024年7月15日前",
                "已办结，已指导补正材料并通过年检",
                "√",
            ),
        ],
    ),
]


def write_xf_book(path: Path, unit: str, short: str, rows: list[tuple]) -> Path:
    bk = Book(path, short)
    ws = bk.sheet("办理情况")
    head = [
        "序号",
        "交办文号",
        "信访人",
        "反映的主要问题",
        "承办科室（站所）",
        "交办日期",
        "办理期限",
        "调查处理情况",
        "已答复信访人",
    ]
    ws.merge_range(0, 0, 0, 8, f"{short}交办信访事项办理情况汇总表", bk.title)
    bk.line(ws, 1, f"承办单位：{unit}（盖章）    报送日期：2024年7月25日", 8)
    bk.header(ws, 2, head)
    for i, row in enumerate(rows):
        bk.row(ws, 3 + i, [i + 1, *row])
    n = 3 + len(rows)
    bk.line(ws, n, "注：已答复信访人的打“√”，并附有信访人签字的答复意见书。", 8)
    bk.line(ws, n + 1, "经办人：                联系电话：", 8)
    bk.widths(ws, [6, 18, 10, 32, 16, 12, 16, 36, 12])
    return bk.close()


def write_xf(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for unit, short, rows in XF_RETURNS:
            name = f"{short}交办信访事项办理情况汇总表.xlsx"
            member = write_xf_book(Path(tmp) / name, unit, short, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 政协委员视察安全生产所提意见建议办理情况表, after a town 政协工作联络组's 安全生产大检查 news (视察 花炮企业、
# 矿山; 整改清单, 限期整改; 委员 向党委政府以及相关部门提出完善应急预案、消防安全措施 等意见建议6条):
# https://www.jxpxzx.gov.cn/?p=3968
# An .xlsx: title, 交办 line, 提出委员 beside 承办单位, 办理时限 as words, 办理情况 sentences, 答复情况, a 合计 row.
ZX_ROWS = [
    (
        "李春华委员",
        "督促花炮生产企业完善应急预案并开展演练",
        "市安监局",
        "2024年8月15日前",
        "已督促12家企业修订应急预案，演练已全部完成",
        "已答复",
    ),
    (
        "陈建国委员",
        "加强人员密集场所消防安全措施检查",
        "市公安消防支队",
        "7月底前",
        "正在对全市商场、宾馆开展消防专项检查",
        "未答复",
    ),
    ("刘芳委员", "在矿区道路增设限速和警示标志", "市交通运输局", "2024年第三季度", "", ""),
    (
        "赵卫东委员",
        "加强校车安全管理和驾驶员培训",
        "市教育局",
        "2024年8月31日前",
        "已完成校车驾驶员培训156人次",
        "已答复",
    ),
    ("王海燕委员", "排查整治瓶装液化气经营点安全隐患", "市燃气公司", "2024年7月25日前", "未开展", "未答复"),
    (
        "孙立军委员",
        "加大镇村安全生产自查自纠力度，加强日常巡查",
        "柳屯镇人民政府",
        "长期坚持",
        "已建立镇村两级日常巡查制度，长期坚持",
        "",
    ),
    (
        "周明委员",
        "规范商超冷库制冷剂使用管理",
        "市商务局",
        "2024年9月30日前",
        "已会同相关部门制定检查方案，正在组织实施",
        "未答复",
    ),
]


def write_zx(path: Path) -> Path:
    bk = Book(path, "市政协提案委")
    ws = bk.sheet("办理情况")
    head = ["序号", "提出委员", "意见建议内容", "承办单位", "办理时限", "办理情况", "答复情况"]
    ws.merge_range(0, 0, 0, 6, "政协委员视察安全生产所提意见建议办理情况表", bk.title)
    bk.line(ws, 1, "交办日期：2024年6月20日    统计截至：2024年7月26日", 6)
    bk.header(ws, 2, head)
    for i, row in enumerate(ZX_ROWS):
        bk.row(ws, 3 + i, [i + 1, *row])
    n = 3 + len(ZX_ROWS)
    bk.row(ws, n, ["合计", "", "7条", "", "", "", "已答复2条"])
    bk.widths(ws, [6, 12, 36, 18, 16, 36, 10])
    return bk.close()


# ---------------------------------------------------------------------------------------------
# 9. 审计发现问题情况表, after a city 审计局's note on 经济责任审计报告 (问题 listed in 《审计发现问题情况表》 in the
# order of the report, with 定性依据 and 处理(处罚)意见):
# http://sjj.smx.gov.cn/142/616004064/970522.html
# A .doc (Word 97 through LibreOffice) with a table: title, 被审计单位 named by its name before the reform and
# 审计报告日期 above the table, 定性依据 and 处理意见 columns, 整改期限 partly relative to the report date.
AUDIT_ROWS = [
    [
        "1",
        "财务管理",
        "公务接待费用报销附件不全，缺少接待公函12笔",
        "《党政机关国内公务接待管理规定》第十条",
        "责令补齐报销附件",
        "审计报告下达之日起60日内",
        "已整改，补齐接待公函12份",
    ],
    [
        "2",
        "预算执行",
        "非物质文化遗产保护专项资金结存未使用86万元",
        "《预算法》第五十七条",
        "加快专项资金支出进度",
        "2024年12月31日前",
        "正在整改，已支出32万元",
    ],
    [
        "3",
        "资产管理",
        "部分文物库房设备未纳入固定资产账核算",
        "《行政事业性国有资产管理条例》第二十五条",
        "清查入账",
        "2024年9月30日前",
        "未整改",
    ],
    [
        "4",
        "政府采购",
        "演出服务采购未按规定执行政府采购程序",
        "《政府采购法》第二条",
        "规范采购程序，完善内控制度",
        "审计报告下达之日起60日内",
        "",
    ],
    [
        "5",
        "内部控制",
        "下属剧院门票收入未及时上缴财政专户",
        "《政府非税收入管理办法》第二十七条",
        "上缴财政专户",
        "2024年7月15日前",
        "已整改，门票收入已全额上缴",
    ],
    [
        "6",
        "工程管理",
        "图书馆维修工程未办理竣工决算",
        "《基本建设财务规则》第三十八条",
        "办理竣工决算",
        "2024年10月底前",
        "正在整改，决算资料已报送财政评审",
    ],
    [
        "7",
        "三重一大",
        "大额资金使用未经领导班子集体研究",
        "《关于进一步推进国有企业贯彻落实“三重一大”决策制度的意见》",
        "完善议事决策规则",
        "2024年8月31日前",
        "已整改，已修订党组会议事规则",
    ],
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("市审计局")
    _title(doc, "审计发现问题情况表", size=18)
    _paragraph(doc, "被审计单位：市文广新局    审计报告日期：2024年6月14日", size=12)
    _table(
        doc,
        ["序号", "问题类别", "问题内容", "定性依据", "处理（处罚）意见", "整改期限", "整改情况"],
        AUDIT_ROWS,
    )
    _paragraph(doc, "填报人：王敏    审核人：陈平    填报日期：2024年7月22日", size=12)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "审计发现问题情况表.docx")


FILES = [
    ("市政府督查室重点督办事项推进台账（2024年7月）.xlsx", write_duban),
    ("12345市民服务热线投诉件办理情况汇总表.csv", write_hotline),
    ("关于2024年区级为民办实事项目1-6月份进展情况的通报.docx", write_minsheng),
    ("优化营商环境重点任务落实情况（第二季度）.wps", write_yingshang),
    ("进一步优化营商环境实施方案任务分工落实表.ods", write_xianan),
    ("岳村镇安全生产隐患排查整改台账.xls", write_xls_town),
    ("交办信访事项办理情况（两家承办单位）.zip", write_xf),
    ("政协委员视察安全生产所提意见建议办理情况表.xlsx", write_zx),
    ("市文广新局经济责任审计发现问题情况表.doc", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside61 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, one more inside the zip), a CSV in GBK, a .docx whose
items are numbered paragraphs, an .ods, a .doc and a .wps (LibreOffice conversions of .docx tables) and a .zip of
two returns. Campaigns: 常务会议议定事项督办, 城镇燃气, 政务服务满意度回访, 重点项目, 政协委员监督, 领导批示件督办,
优化营商环境投诉, 森林防火, 校园周边安全, 自建房安全排查. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside61.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 常务会议研究事项落实情况, after a city 督查室's account of the items a 市政府常务会议 decided and their state
# (对第N次常务会议研究的N项工作落实情况进行了跟踪督查; 一、关于…… / 二、关于…… each followed by what was done;
# "正在有序推进中", "各项准备工作已就绪"):
# http://xuchang.gov.cn/zt/010009/010009004/20180404/ae24dd1b-c2c8-4157-bb30-f58bb1d4598b.html
# A .docx of paragraphs: title, preamble naming the meeting date, items numbered 一、二、… each a heading
# "关于……" and a paragraph with 责任单位 (or 牵头单位 and 配合单位), 完成时限 and 落实情况; the office and date at the foot.
MEETING_ITEMS = [
    (
        "一、关于中心城区老旧供水管网改造工程",
        (
            "责任单位：市自来水公司。完成时限：9月底前。落实情况：工程已完成招标，6月20日开工，"
            "目前已铺设管网4.2公里，正在加紧施工。"
        ),
    ),
    (
        "二、关于2024届高校毕业生就业见习岗位募集工作",
        (
            "责任单位：市人社局。完成时限：7月15日前。落实情况：已募集见习岗位1260个，全部在公共就业服务平台发布，"
            "该项工作已办结。"
        ),
    ),
    (
        "三、关于城区背街小巷路灯亮化工程",
        (
            "牵头单位：市城管局；配合单位：市财政局、华龙区人民政府。完成时限：6月底前完成方案，8月底前全部亮灯。"
            "落实情况：实施方案已经市政府审定，正在进行灯具采购。"
        ),
    ),
    (
        "四、关于市级储备粮轮换入库工作",
        (
            "责任单位：市发展改革委。完成时限：立行立改。落实情况：已完成轮换入库1.5万吨，经市财政局、"
            "农发行联合验收合格，已办结。"
        ),
    ),
    (
        "五、关于农村公益性公墓建设",
        "责任单位：市民政局。完成时限：年底前。落实情况：受建设资金未落实影响，该项工作尚未启动。",
    ),
    (
        "六、关于压缩企业开办时间、推进“一网通办”",
        (
            "责任单位：市政务服务中心。完成时限：长期坚持。落实情况：此项工作需长期坚持，"
            "由市政务服务中心每月通报各部门企业开办平均用时。"
        ),
    ),
    (
        "七、关于汛期地质灾害隐患点巡查排查",
        (
            "责任单位：市国土资源局。完成时限：8月31日前。落实情况：已完成全市43处隐患点首轮巡查，"
            "第二轮巡查正在进行。"
        ),
    ),
]


def write_meeting(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "市政府第41次常务会议研究事项落实情况")
    _paragraph(
        doc,
        "市政府督查室对2024年6月14日市政府第41次常务会议研究的7项工作落实情况进行了跟踪督查。"
        "从督查的情况看，2项已办结，3项正在有序推进，1项需长期坚持，1项尚未启动。现将有关情况通报如下：",
    )
    for head, body in MEETING_ITEMS:
        _paragraph(doc, head, 16, "黑体")
        _paragraph(doc, body)
    _paragraph(doc, "市人民政府督查室", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 城镇燃气安全专项整治问题隐患和整治措施清单, after a city's 城镇燃气安全专项整治工作实施方案 (集中攻坚阶段 /
# 巩固提升阶段; 燃气经营、输配、使用各环节"大起底"排查; 建立问题隐患清单和整治措施清单, 牵头单位 and 配合单位):
# http://yndali.gov.cn/dlszf/c106764/202309/2517f0a67de64497b773d140d29b79a2.shtml
# An .xlsx: title, 填报单位 line, a two-row header (问题隐患 over 隐患类别/隐患描述, 责任单位 over 牵头单位/配合单位),
# section rows per 环节, dotted and worded deadlines, a 合计 row, a 填表说明 and a signature line.
GAS_SECTIONS = [
    (
        "一、燃气经营环节",
        [
            (
                "充装管理",
                "瓶装液化石油气充装站气瓶充装前未逐只检查，充装记录不全",
                "责令停业整改，建立充装前检查制度",
                "市城市管理局",
                "市市场监督管理局",
                "2024.7.15",
                "已整改，经复查合格",
            ),
            (
                "管网设施",
                "违章建筑占压中压燃气管线3处",
                "依法拆除占压建筑，恢复管线保护范围",
                "市燃气公司",
                "华龙区人民政府",
                "9月30日前",
                "已拆除占压建筑1处，其余2处正在协调",
            ),
            (
                "管网设施",
                "老旧小区燃气立管锈蚀严重",
                "纳入老旧小区改造同步更换立管",
                "市住建局",
                "市燃气公司",
                "2024年6-10月",
                "12个小区中已完成改造7个",
            ),
            (
                "非法经营",
                "无证经营瓶装液化气“黑气点”屡禁不止",
                "开展联合执法，依法取缔",
                "市市场监管局",
                "市公安局",
                "7月底前",
                "进展滞后",
            ),
        ],
    ),
    (
        "二、燃气使用环节",
        [
            (
                "餐饮场所",
                "部分餐饮场所未安装可燃气体报警装置",
                "督促安装报警装置和紧急切断阀",
                "市商务局",
                "各县（区）人民政府",
                "2024年8月31日",
                "正在推进，已安装报警装置316家",
            ),
            (
                "学校食堂",
                "学校食堂燃气软管超期使用",
                "更换不锈钢波纹管",
                "市教育局",
                "",
                "秋季开学前（8月31日）",
                "已完成",
            ),
            (
                "工业企业",
                "工业企业燃气设施未定期检测",
                "委托有资质机构开展检测",
                "市工信委",
                "市应急管理局",
                "第三季度",
                "",
            ),
            (
                "燃气器具",
                "燃气具销售门店销售不合格燃气具",
                "开展燃气具产品质量抽检",
                "市质监局",
                "",
                "长期坚持",
                "常态化开展抽检",
            ),
        ],
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="燃气专班")
    ws = b.sheet("问题隐患清单")
    b.widths(ws, [6, 12, 36, 28, 16, 18, 16, 30])
    b.line(ws, 0, "城镇燃气安全专项整治问题隐患和整治措施清单", 7, b.title)
    b.line(ws, 1, "填报单位：市城镇燃气安全专项整治工作专班办公室（盖章）        填报日期：2024年7月29日", 7)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "问题隐患", b.head)
    b.merge(ws, 2, 3, 3, 3, "整治措施", b.head)
    b.merge(ws, 2, 4, 2, 5, "责任单位", b.head)
    b.merge(ws, 2, 6, 3, 6, "整治时限", b.head)
    b.merge(ws, 2, 7, 3, 7, "整治进展", b.head)
    b.header(ws, 3, ["隐患类别", "隐患描述"], 1)
    b.header(ws, 3, ["牵头单位", "配合单位"], 4)
    r, n = 4, 0
    for section, rows in GAS_SECTIONS:
        b.merge(ws, r, 0, r, 7, section, b.section)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), 1)
            r += 1
    b.merge(ws, r, 0, r, 1, "合计", b.center)
    b.merge(ws, r, 2, r, 7, "共排查问题隐患8项，已整改完成2项，正在整改3项。")
    b.line(
        ws,
        r + 2,
        "填表说明：1.整治时限按整治措施清单确定的时间填写；2.整治进展填写截至7月底情况，未开展的如实填写。",
        7,
    )
    b.line(ws, r + 3, "填表人：杨帆    审核人：郭志强    联系电话：0393-4412086", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 政务服务办事满意度回访不满意事项整改台账, after a county 政数局's account of its 政务服务满意度回访 (定期电话回访,
# 征求对审批效率、办理流程、服务态度的意见; 将不满意评价转至相关窗口限期整改; 形成工作专报):
# http://tongyu.gov.cn/xwzx/jcdt1/202408/t20240802_996491.html
# A CSV in GBK: title line, a 说明 line giving the rule for 整改时限 (working days from 转办日期), one header row with the
# 办事群众 beside the 涉及部门, a 合计 row and a 填表人 line.
VISIT_ROWS = [
    (
        "2024-07-02",
        "张某某",
        "不动产转移登记",
        "窗口要求重复提交已共享的户籍证明材料",
        "市不动产登记中心",
        "2024-07-03",
        "10个工作日内",
        "已整改，取消重复提交材料要求",
        "满意",
    ),
    (
        "2024-07-04",
        "李某",
        "住房公积金提取",
        "线上提取审核超过承诺时限",
        "市公积金中心",
        "2024-07-05",
        "10个工作日内",
        "正在整改，已增加审核人员2名",
        "",
    ),
    (
        "2024-07-04",
        "王某某",
        "社保卡补办",
        "窗口工作人员服务态度生硬",
        "市人社局",
        "2024-07-05",
        "立行立改",
        "已对当事工作人员批评教育并纳入月度考核",
        "满意",
    ),
    (
        "2024-07-08",
        "赵某",
        "个体工商户设立登记",
        "“一网通办”平台上传材料后长时间显示待审核",
        "市市场监管局",
        "2024-07-09",
        "2024年7月31日前",
        "技术单位正在排查平台问题",
        "",
    ),
    (
        "2024-07-09",
        "刘某某",
        "增值税申报",
        "办税服务厅取号后等候超过1小时",
        "市税务局",
        "2024-07-10",
        "10个工作日内",
        "逾期未反馈整改情况",
        "",
    ),
    (
        "2024-07-11",
        "陈某",
        "异地就医备案",
        "医保咨询电话长时间无人接听",
        "市医保局",
        "2024-07-12",
        "10个工作日内",
        "",
        "",
    ),
    (
        "2024-07-12",
        "孙某某",
        "建筑工程施工许可",
        "窗口一次性告知不清，往返跑了3次",
        "市住建局",
        "2024-07-15",
        "15个工作日内",
        "已修订一次性告知单，待二次回访",
        "",
    ),
]


def write_visit(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["政务服务办事满意度回访不满意事项整改台账（2024年第3轮）"])
    w.writerow(["说明：回访时段2024年7月1日—7月12日；整改时限自转办日期起计算，工作日不含节假日。"])
    w.writerow(
        [
            "序号",
            "回访日期",
            "办事群众",
            "办理事项",
            "不满意评价内容",
            "涉及部门",
            "转办日期",
            "整改时限",
            "整改情况",
            "二次回访",
        ]
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "不满意事项7件，已整改2件", "", "", "", "", ""])
    w.writerow(["填表人：王丽", "", "联系电话：0393-6688123", "", "", "", "填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 重点项目建设存在问题及解决情况台账, after a 重大项目专班领导小组综合协调办公室's 7月份 report (开复工项目, 存量项目
# 加快推进, 新增重点项目; 专班坚持问题导向, 专题调度, 跟踪推进问题的有效解决):
# http://mswk.cn/Article/ShowArticle.asp?ArticleID=156831
# An .xls (xlwt): title, 填报单位 line, a two-row header whose 解决情况 spans 已解决/正在解决/未解决 with a √ under one,
# the 包联领导 beside the 责任单位, a 合计 row summing investment and ticks, a 注 line and a signature line.
PROJECT_ROWS = [
    (
        "年产2万吨生物可降解材料项目",
        12.5,
        "项目用地指标未落实，影响土地摘牌",
        "李明远",
        "市自然资源和规划局",
        "8月底前",
        "正在解决",
    ),
    (
        "城北污水处理厂二期工程",
        3.2,
        "施工用电需新建10千伏专用线路",
        "王海涛",
        "国网濮阳供电公司",
        "2024.7.20",
        "已解决",
    ),
    (
        "中原智能装备产业园",
        8.0,
        "项目环评批复尚未取得",
        "李明远",
        "市环保局",
        "7月底前",
        "正在解决",
    ),
    (
        "市人民医院门诊综合楼",
        5.6,
        "施工图消防设计审查意见未出具",
        "张卫华",
        "市住建局",
        "2024年7月10日",
        "已解决",
    ),
    (
        "豫东北冷链物流园",
        4.1,
        "项目所在路段燃气管线需迁改",
        "王海涛",
        "市燃气公司",
        "9月30日前",
        "未解决",
    ),
    (
        "新型建材产业园",
        6.3,
        "项目固定资产贷款未获审批",
        "张卫华",
        "市发改委",
        "第三季度",
        "",
    ),
    (
        "城市快速路连通工程",
        15.0,
        "沿线3户拆迁户未签订补偿协议",
        "李明远",
        "华龙区人民政府",
        "6月30日前完成",
        "正在解决",
    ),
    (
        "数字经济产业园",
        2.8,
        "园区招商签约企业入驻率偏低",
        "王海涛",
        "市商务局",
        "年底前",
        "正在解决",
    ),
]


def write_project(path: Path) -> Path:
    head, cell, center = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain, title = _xf(border=False, wrap=False), _xf(bold=True, border=False, center=True, size=16)
    cells: list[tuple] = [
        (0, 0, "2024年市级重点项目建设存在问题及解决情况台账（7月份）", title, 0, 9),
        (
            1,
            0,
            "填报单位：市重大项目专班领导小组综合协调办公室            截止日期：2024年7月31日",
            plain,
            1,
            9,
        ),
        (2, 0, "序号", head, 3, 0),
        (2, 1, "项目名称", head, 3, 1),
        (2, 2, "总投资（亿元）", head, 3, 2),
        (2, 3, "存在问题", head, 3, 3),
        (2, 4, "包联领导", head, 3, 4),
        (2, 5, "责任单位", head, 3, 5),
        (2, 6, "解决时限", head, 3, 6),
        (2, 7, "解决情况", head, 2, 9),
        (3, 7, "已解决", head),
        (3, 8, "正在解决", head),
        (3, 9, "未解决", head),
    ]
    marks = ["已解决", "正在解决", "未解决"]
    r = 4
    for i, (name, money, problem, leader, unit, limit, state) in enumerate(PROJECT_ROWS, 1):
        cells += [(r, 0, i, center), (r, 1, name, cell), (r, 2, money, center), (r, 3, problem, cell)]
        cells += [(r, 4, leader, center), (r, 5, unit, cell), (r, 6, limit, cell)]
        cells += [(r, 7 + k, "√" if state == m else "", center) for k, m in enumerate(marks)]
        r += 1
    total = round(sum(row[1] for row in PROJECT_ROWS), 1)
    counts = [sum(1 for row in PROJECT_ROWS if row[6] == m) for m in marks]
    cells += [(r, 0, "合计", head, r, 1), (r, 2, total, center), (r, 3, "共梳理问题8个", cell)]
    cells += [(r, 4, "", cell), (r, 5, "", cell), (r, 6, "", cell)]
    cells += [(r, 7 + k, n, center) for k, n in enumerate(counts)]
    cells += [
        (r + 1, 0, "注：解决情况在对应栏内打“√”；解决时限以专班调度会确定的时间为准。", plain, r + 1, 9),
        (r + 2, 0, "审核人：赵建国        填表人：孙晓梅        联系电话：0393-8123466", plain, r + 2, 9),
    ]
    return _write_xls(path, [("7月份", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 政协委员视察发现问题交办及整改落实情况, after a county 政协's account of a 视察 of how its members' 提案 were handled
# (组成5个视察组, 分别由政协领导带队, 提案委员参与; 实地察看、调研走访、查阅资料; 承办单位; 委员满意率;
# 视察组对存在的问题坦诚指出, 督查室发布督查通报):
# http://www.gjnews.cn/zhengxie/2025/308240.html
# An .ods (LibreOffice from .xlsx): title, preamble, one header row with 视察组 and 提出问题委员 before the 承办单位 and
# 协办单位, 交办日期 with deadlines partly in days from it, 委员评价, the 提案委员会 and date at the foot.
CPPCC_ROWS = [
    (
        "第一视察组",
        "王建国",
        "城区部分农贸市场排水沟堵塞、异味大",
        "市城管局",
        "华龙区人民政府",
        "2024-06-20",
        "30日内",
        "已办结，完成排水沟清淤并加装盖板",
        "满意",
    ),
    (
        "第一视察组",
        "刘芳",
        "社区养老服务中心运营补贴发放不及时",
        "市民政局",
        "市财政局",
        "2024-06-20",
        "2024年8月底前",
        "正在办理，补贴资金已拨付至各县（区）",
        "",
    ),
    (
        "第二视察组",
        "赵明",
        "乡村学校音体美专任教师缺口较大",
        "市教育局",
        "市人社局",
        "2024-06-25",
        "年底前",
        "拟通过秋季教师招聘补充，正在制定招聘计划",
        "",
    ),
    (
        "第二视察组",
        "陈静",
        "部分村卫生室基本药物配备不全",
        "市卫计委",
        "",
        "2024-06-25",
        "30日内",
        "已完成，为126个村卫生室补齐基本药物",
        "满意",
    ),
    (
        "第三视察组",
        "孙立",
        "农业产业化龙头企业反映贷款贴息政策未兑现",
        "市农业局",
        "市财政局",
        "2024-07-01",
        "15个工作日内",
        "尚未办理",
        "不满意",
    ),
    (
        "第三视察组",
        "周洁",
        "城区公交站台候车亭破损严重",
        "市公交公司",
        "",
        "2024-07-01",
        "9月30日前",
        "",
        "",
    ),
    (
        "第三视察组",
        "吴强",
        "文物保护单位周边存在违规搭建",
        "市文广新局",
        "市自然资源和规划局",
        "2024-07-05",
        "长期坚持",
        "纳入常态化巡查",
        "",
    ),
]


def write_cppcc_book(path: Path) -> Path:
    b = Book(path, author="提案委员会")
    ws = b.sheet("视察发现问题")
    b.widths(ws, [6, 12, 12, 34, 14, 16, 12, 14, 32, 10])
    b.line(ws, 0, "政协委员民主监督视察发现问题交办及整改落实情况表", 9, b.title)
    b.line(
        ws,
        1,
        "根据市政协2024年度协商计划，市政协组成3个视察组，对十届三次会议提案办理情况开展监督性视察，"
        "现将视察发现问题交办及整改落实情况汇总如下。办理时限自交办日期起计算。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "视察组",
            "提出问题委员",
            "发现问题",
            "承办单位",
            "协办单位",
            "交办日期",
            "办理时限",
            "整改落实情况",
            "委员评价",
        ],
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), 1)
    end = 3 + len(CPPCC_ROWS)
    b.line(ws, end + 1, "政协濮阳市委员会提案委员会        2024年7月30日", 9, b.right)
    return b.close()


def write_cppcc(path: Path) -> Path:
    via_soffice(write_cppcc_book, path, "ods", "政协委员视察发现问题整改落实情况表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 市领导批示件办理情况登记表, after a 督查处's account of how it handles the 领导批示件 it is given (坚持"事实核查清楚、
# 责任认定准确、督查建议恰当"; 在规定时限内办结; 办件内容市容卫生、违建拆除、工地管理、规划建设、环境保护与绿化):
# https://m.wenke99.com/p-4724840.html
# A .doc (LibreOffice from .docx): title, 填报单位 line, one table with 批示领导 beside the 承办单位, 交办日期 with
# deadlines partly in (working) days from it, 办理结果 and 督查建议, a 注 and the office and date.
SIGN_ROWS = [
    (
        "PS-2024-031",
        "市长",
        "2024-07-02",
        "关于中心城区部分路段渣土车抛洒滴漏问题",
        "市城管执法局",
        "10个工作日内",
        "已办结，查处违规车辆23台次，办理结果已报批示领导",
        "建立渣土运输长效监管机制",
    ),
    (
        "PS-2024-032",
        "常务副市长",
        "2024-07-03",
        "关于锦华苑小区顶层违建阳光房拆除问题",
        "华龙区人民政府",
        "7月20日前",
        "已拆除2处，剩余1处业主申请行政复议，正在依法处置",
        "依法依规推进，防止矛盾激化",
    ),
    (
        "PS-2024-033",
        "分管副市长",
        "2024-07-05",
        "关于开州路建筑工地夜间施工噪声扰民问题",
        "市建委",
        "15日内",
        "已责令停止夜间施工并立案处罚，已办结",
        "加强夜间施工审批管理",
    ),
    (
        "PS-2024-034",
        "市长",
        "2024-07-08",
        "关于金堤河沿岸垃圾随意堆放问题",
        "市环境局",
        "7月底前",
        "正在清运，已清运垃圾约300吨",
        "落实河长巡河制度",
    ),
    (
        "PS-2024-035",
        "分管副市长",
        "2024-07-10",
        "关于城区绿化带枯死苗木补植问题",
        "市城市管理局",
        "8月15日前",
        "",
        "",
    ),
    (
        "PS-2024-036",
        "常务副市长",
        "2024-07-12",
        "关于农民工反映工资被拖欠问题",
        "市劳动局",
        "5个工作日内",
        "逾期未反馈",
        "约谈承办单位负责人",
    ),
    (
        "PS-2024-037",
        "市长",
        "2024-07-15",
        "关于高层住宅小区消防车通道被占用问题",
        "市消防支队",
        "立行立改",
        "已清理占用车辆并施划禁停标线，经复查合格",
        "纳入物业服务考核",
    ),
]


def write_sign_docx(path: Path) -> Path:
    doc = _new_document("督查二处")
    _title(doc, "市领导批示件办理情况登记表（2024年7月）")
    _paragraph(doc, "填报单位：市政府督查二处（市督察办专项督察室）    填报日期：2024年7月31日", 12)
    _table(
        doc,
        ["批示编号", "批示领导", "交办日期", "批示事项", "承办单位", "办理时限", "办理结果", "督查建议"],
        [list(row) for row in SIGN_ROWS],
        9,
    )
    _paragraph(doc, "注：办理时限自交办日期起计算，“立行立改”的当日办结；办理结果经审核后报原批示领导。", 12)
    _paragraph(doc, "经办人：何平    审核：周立新    联系电话：0393-8887215", 12)
    return _save_fixed(doc, path)


def write_sign(path: Path) -> Path:
    return via_soffice(write_sign_docx, path, "doc", "市领导批示件办理情况登记表.docx")


# ---------------------------------------------------------------------------------------------
# 7. 营商环境投诉举报事项办理台账, after a city 优化营商环境工作领导小组办公室's 营商环境投诉举报办事指南 (受理范围;
# 接收渠道 12345热线、12315、微信小程序、来信来访; 受理、转办、办理、反馈; 办理时限):
# https://lzzfw.gov.cn/Show/374684
# An .xlsx: title, 统计时段 and 受理渠道 line, a two-row header whose 办理情况 spans 办理结果/是否办结 (是/否), the
# complaining company beside the 承办单位, 受理时间 and 办理时限 in working days from it, a 注 and a signature line.
BIZ_ROWS = [
    (
        "濮阳市恒信新材料有限公司",
        "营商环境投诉举报平台",
        "2024-06-05",
        "企业申报的技术改造项目奖补资金逾期未兑现",
        "市工信局",
        "15个工作日",
        "已兑现奖补资金86万元",
        "是",
    ),
    (
        "濮阳市味道全餐饮管理有限公司",
        "12345热线",
        "2024-06-18",
        "办理食品经营许可时被要求提供法规未规定的材料",
        "市市场监管局",
        "5个工作日",
        "经核实情况属实，已取消该要求并约谈相关人员",
        "是",
    ),
    (
        "濮阳市通达物流有限公司",
        "来信",
        "2024-07-01",
        "企业用电报装验收后迟迟未接电",
        "市供电公司",
        "2024年7月15日",
        "正在施工，预计7月底接电",
        "否",
    ),
    (
        "濮阳市建安劳务有限公司",
        "12345热线",
        "2024-07-03",
        "政府投资项目工程款拨付被无故拖延",
        "市财政局",
        "15个工作日",
        "",
        "否",
    ),
    (
        "濮阳市康宁医药连锁有限公司",
        "营商环境投诉举报平台",
        "2024-07-08",
        "医保定点药店申请评估超期未答复",
        "市医保局",
        "10个工作日",
        "已完成评估并书面答复企业",
        "是",
    ),
    (
        "濮阳市丰禾农业科技有限公司",
        "来访",
        "2024-07-10",
        "设施农业用地备案办理反复退件",
        "市自然资源局",
        "15个工作日",
        "正在协调，已组织现场核查",
        "否",
    ),
    (
        "濮阳市万家福商贸有限公司",
        "12345热线",
        "2024-07-16",
        "消防验收预约排期过长",
        "市住建局",
        "10个工作日",
        "",
        "",
    ),
    (
        "濮阳市顺达运输有限公司",
        "营商环境投诉举报平台",
        "2024-07-22",
        "道路运输证年审要求重复提交营业执照等材料",
        "市交通局",
        "15个工作日",
        "已简化年审材料清单，待企业确认",
        "否",
    ),
]


def write_biz(path: Path) -> Path:
    b = Book(path, author="营商办")
    ws = b.sheet("投诉举报台账")
    b.widths(ws, [6, 26, 16, 12, 36, 14, 14, 32, 10])
    b.line(ws, 0, "营商环境投诉举报事项办理台账", 8, b.title)
    b.line(
        ws,
        1,
        "统计时段：2024年6月1日至7月31日    受理渠道：12345热线、营商环境投诉举报平台、来信来访",
        8,
    )
    for c, word in enumerate(
        ["序号", "投诉人（企业）", "受理渠道", "受理时间", "投诉事项", "承办单位", "办理时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "办理情况", b.head)
    b.header(ws, 3, ["办理结果", "是否办结"], 7)
    for i, row in enumerate(BIZ_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:2]), 1)
        d = date.fromisoformat(row[2])
        b.put(ws, r, 3, d)
        b.row(ws, r, list(row[3:7]), 4)
        b.put(ws, r, 8, row[7], b.center)
    end = 4 + len(BIZ_ROWS)
    b.line(ws, end, "注：办理时限为自受理之日起的工作日（法定节假日顺延）。", 8)
    b.line(ws, end + 1, "填表人：吴佳    审核人：冯国庆    联系电话：0393-8121345    2024年7月31日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 森林草原防火隐患排查整改清单 of two units, after a 盟 森林草原防灭火指挥部办公室's notice extending the 防火期 (加强
# 隐患排查, 对排查出的问题制定整改清单, 实行跟踪督办, 逐项整改销号; 火源管控、树线矛盾、监控预警设施、巡查巡护频次、
# 扑火队伍和物资装备):
# https://wxredian.com/art?id=ca4de9e5751018045a2ea33a309d951b
# A .zip of two returns: a 林场's .xlsx naming the unit only in its title and its rows only by 责任股室, and a 乡's .xls
# (xlwt) with the 包片领导 and a 是否销号 column.
FARM_ROWS = [
    (
        "火源管控",
        "林区主要入口未设置防火检查卡口",
        "设置临时检查卡口2处，安排专人值守",
        "护林防火股",
        "2024年7月10日",
        "已整改，已销号",
    ),
    (
        "树线矛盾",
        "10千伏输电线路下方树木与导线安全距离不足",
        "联系供电部门修剪树障",
        "营林股",
        "8月底前",
        "正在协调供电部门，已修剪树障1.2公里",
    ),
    (
        "监控预警",
        "瞭望塔视频监控设备故障2处",
        "更换故障摄像头",
        "护林防火股",
        "7月20日前",
        "未整改",
    ),
    (
        "扑火物资",
        "扑火物资库部分风力灭火机无法启动",
        "维修或更换风力灭火机",
        "办公室",
        "2024.8.15",
        "",
    ),
]
TOWN_ROWS = [
    ("野外用火", "黄河滩区农户焚烧秸秆现象时有发生", "李卫东", "长期坚持", "常态化巡查劝导", ""),
    ("巡查巡护", "护林员巡护频次不足、巡护记录不全", "张海", "7月15日前", "已整改", "已销号"),
    ("防火通道", "林间防火通道杂草丛生", "王强", "7月31日前", "正在清理，已完成60%", "否"),
    ("宣传教育", "林区周边防火宣传标牌缺失", "刘洋", "6月30日前完成", "已完成", "是"),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="林场办公室")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 12, 36, 30, 12, 14, 30])
    b.line(ws, 0, "濮阳县国有林场森林草原防火隐患排查整改清单", 6, b.title)
    b.header(ws, 1, ["序号", "检查项目", "存在问题", "整改措施", "责任股室", "整改时限", "整改销号情况"])
    for i, row in enumerate(FARM_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), 1)
    b.line(ws, 3 + len(FARM_ROWS), "场长：马建业    填表人：高静    2024年7月30日", 6, b.right)
    return b.close()


def write_town_book(path: Path) -> Path:
    head, cell, center = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain, title = _xf(border=False, wrap=False), _xf(bold=True, border=False, center=True, size=14)
    cells: list[tuple] = [
        (0, 0, "渠村乡人民政府森林草原防火隐患排查整改清单（2024年7月）", title, 0, 6),
    ]
    words = ["序号", "隐患类别", "隐患问题", "包片领导", "整改时限", "整改进展", "是否销号"]
    cells += [(1, c, w, head) for c, w in enumerate(words)]
    for i, row in enumerate(TOWN_ROWS, 1):
        cells += [(1 + i, 0, i, center)] + [(1 + i, 1 + c, v, cell) for c, v in enumerate(row)]
    cells += [
        (
            3 + len(TOWN_ROWS),
            0,
            "报送时间：2024年7月29日    联系人：刘洋    电话：13903931726",
            plain,
            3 + len(TOWN_ROWS),
            6,
        )
    ]
    return _write_xls(path, [("Sheet1", cells)])


def write_fire(path: Path) -> Path:
    members = [
        ("濮阳县国有林场森林草原防火隐患排查整改清单.xlsx", write_farm_book),
        ("渠村乡森林草原防火隐患排查整改清单.xls", write_town_book),
    ]
    with (
        tempfile.TemporaryDirectory() as tmp,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 校园周边安全隐患排查记录表, after a public system's 隐患记录表 export (企业名称 merged down its rows, 隐患描述, 隐患位置,
# 隐患图片, 隐患类别, 隐患等级 一般/较大/重大隐患, 整改建议, 法律法规, 整改方式 立即整改/限期整改, 整改时间):
# https://github.com/xiaojiege123/poi/blob/3b9897232566a66203a7a76a89b3ad6b38c771c3/src/main/java/com/example/demo/vo/HiddenDangerExportVo.java
# An .xlsx: title, 检查时间 and 检查单位 line (the inspector), one header row in the export's words with a 整改情况 column
# the office added, 企业名称 merged over its rows, an empty 隐患图片 column, 整改时间 as dates, a 说明 line.
SCHOOL_ROWS = [
    (
        "濮阳市华龙区晨光文具店",
        [
            (
                "向未成年学生销售含有不良内容的卡片",
                "店内货架",
                "其它现场管理",
                "一般隐患",
                "下架全部违规卡片",
                "《中华人民共和国未成年人保护法》第五十条",
                "立即整改",
                date(2024, 7, 8),
                "已当场下架",
            ),
            (
                "店内私拉电线为电动自行车充电",
                "店铺门口",
                "用电安全",
                "一般隐患",
                "拆除私拉电线，停止室内充电",
                "《中华人民共和国消防法》第十六条",
                "限期整改",
                date(2024, 7, 15),
                "已整改，复查合格",
            ),
        ],
    ),
    (
        "濮阳市华龙区好味道小吃店",
        [
            (
                "后厨液化气钢瓶与灶具距离不足0.5米",
                "后厨操作间",
                "消防安全",
                "较大隐患",
                "调整钢瓶位置并加装燃气泄漏报警器",
                "《城镇燃气管理条例》第二十八条",
                "限期整改",
                date(2024, 7, 22),
                "正在整改，报警器已订购",
            ),
        ],
    ),
    (
        "濮阳市极速网络会所",
        [
            (
                "违规接纳未成年人进入营业场所上网",
                "营业大厅",
                "场所环境",
                "重大隐患",
                "依法查处并责令停业整顿",
                "《互联网上网服务营业场所管理条例》第二十一条",
                "限期整改",
                date(2024, 7, 31),
                "未整改",
            ),
        ],
    ),
    (
        "濮阳市育才学生托管服务中心",
        [
            (
                "托管场所疏散通道堆放杂物",
                "二楼走廊",
                "消防安全",
                "一般隐患",
                "清理通道杂物",
                "《中华人民共和国消防法》第二十八条",
                "立即整改",
                date(2024, 7, 10),
                "已清理",
            ),
            (
                "托管场所未取得消防安全检查合格证明",
                "—",
                "消防安全",
                "较大隐患",
                "向消防救援机构申请消防安全检查",
                "《中华人民共和国消防法》第十五条",
                "限期整改",
                date(2024, 8, 31),
                "",
            ),
        ],
    ),
    (
        "濮阳市华龙区惠民超市",
        [
            (
                "向未成年人出售烟酒",
                "收银台",
                "其它现场管理",
                "较大隐患",
                "在显著位置设置不向未成年人销售烟酒标识",
                "《中华人民共和国未成年人保护法》第五十九条",
                "限期整改",
                date(2024, 7, 19),
                "已设置标识，复查通过",
            ),
        ],
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("隐患记录表")
    b.widths(ws, [24, 34, 12, 10, 14, 10, 30, 34, 10, 12, 22])
    b.line(ws, 0, "校园周边安全隐患排查记录表", 10, b.title)
    b.line(ws, 1, "检查时间：2024年7月8日—7月12日    检查单位：市校园周边环境综合治理联合检查组", 10)
    words = ["企业名称", "隐患描述", "隐患位置", "隐患图片", "隐患类别", "隐患等级"]
    b.header(ws, 2, [*words, "整改建议", "法律法规", "整改方式", "整改时间", "整改情况"])
    r = 3
    for company, rows in SCHOOL_ROWS:
        b.merge(ws, r, 0, r + len(rows) - 1, 0, company)
        for desc, where, kind, level, advice, law, way, when, state in rows:
            b.row(ws, r, [desc, where, "", kind, level, advice, law, way], 1)
            b.put(ws, r, 9, when)
            b.put(ws, r, 10, state)
            r += 1
    b.line(
        ws, r + 1, "说明：整改时间为要求整改完成的最后期限；整改方式为“立即整改”的，整改时间即检查当日。", 10
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 经营性自建房安全隐患排查整治清单, after a 镇's account of its 自建房安全隐患排查整治 (拉网式、地毯式排查, 对发现的问题
# 建立清单台账, 不漏一户; 对存在安全隐患的经营性自建房开展百日攻坚, 实行挂销号管理):
# http://m-zhuxi.cjyun.org/p/28401.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 产权人 beside the 责任单位, schedule texts and
# a year range as deadlines, 整治进展 and 挂牌/销号, a 填表说明 and a signature line.
HOUSE_ROWS = [
    (
        "文留镇中心街18号",
        "张某",
        "餐饮",
        "三层经营性自建房擅自加层至四层，墙体开裂",
        "委托安全鉴定，停止使用第四层",
        "文留镇人民政府",
        "8月10日前完成鉴定，9月底前完成加固",
        "已完成鉴定（C级），正在制定加固方案",
        "已挂牌",
    ),
    (
        "柳屯镇商贸街6号",
        "李某某",
        "宾馆",
        "用作宾馆的自建房未设置第二安全出口",
        "增设室外疏散楼梯",
        "柳屯镇人民政府",
        "2024年7月20日",
        "已整改到位，经复核通过",
        "已销号",
    ),
    (
        "庆祖镇西街32号",
        "王某",
        "超市",
        "底层拆除承重墙扩大经营面积",
        "恢复承重墙或加设钢结构支撑",
        "庆祖镇人民政府",
        "7月底前",
        "未整改",
        "已挂牌",
    ),
    (
        "海通乡政府路11号",
        "赵某某",
        "出租",
        "房屋年久失修，屋面漏雨、梁柱锈蚀",
        "维修加固或拆除重建",
        "海通乡人民政府",
        "2023-2025年",
        "已纳入危房改造计划，分年度实施",
        "已挂牌",
    ),
    (
        "清河头乡集贸市场东侧",
        "刘某",
        "小作坊",
        "生产经营与居住混合设置，存在火灾隐患",
        "实施“三合一”场所分离",
        "清河头乡",
        "6月30日前",
        "",
        "",
    ),
    (
        "子岸镇东大街9号",
        "陈某",
        "培训机构",
        "教室外挂钢结构阳台锈蚀松动",
        "拆除外挂阳台",
        "子岸镇人民政府",
        "8月15日前",
        "已拆除",
        "已销号",
    ),
    (
        "户部寨镇北街5号",
        "孙某某",
        "餐饮",
        "厨房操作间与就餐区未设置防火分隔",
        "加设防火墙和防火门",
        "户部寨镇人民政府",
        "第三季度",
        "正在施工",
        "已挂牌",
    ),
]


def write_house_docx(path: Path) -> Path:
    doc = _new_document("住建局村镇股")
    _title(doc, "经营性自建房安全隐患排查整治清单")
    _paragraph(doc, "填报单位：濮阳县自建房安全专项整治工作专班办公室（盖章）    截至2024年7月31日", 12)
    _table(
        doc,
        [
            "序号",
            "房屋地址",
            "产权人",
            "经营用途",
            "隐患情况",
            "整治措施",
            "责任单位",
            "整治时限",
            "整治进展",
            "挂牌/销号",
        ],
        [[str(i), *row] for i, row in enumerate(HOUSE_ROWS, 1)],
        9,
    )
    _paragraph(
        doc,
        "填表说明：1.整治进展填写截至7月31日情况；2.挂牌指对存在隐患的房屋挂牌督办，销号指隐患整治到位并经复核后销号。",
        12,
    )
    _paragraph(doc, "填表人：韩磊    审核人：邵文斌    联系电话：0393-3219876", 12)
    return _save_fixed(doc, path)


def write_house(path: Path) -> Path:
    return via_soffice(write_house_docx, path, "doc", "经营性自建房安全隐患排查整治清单.docx")


FILES = [
    ("市政府第41次常务会议研究事项落实情况.docx", write_meeting),
    ("城镇燃气安全专项整治问题隐患和整治措施清单.xlsx", write_gas),
    ("政务服务满意度回访不满意事项整改台账.csv", write_visit),
    ("2024年市级重点项目建设存在问题及解决情况台账（7月份）.xls", write_project),
    ("政协委员视察发现问题整改落实情况表.ods", write_cppcc),
    ("市领导批示件办理情况登记表（2024年7月）.doc", write_sign),
    ("营商环境投诉举报事项办理台账.xlsx", write_biz),
    ("森林草原防火隐患排查整改清单（两个单位报送）.zip", write_fire),
    ("校园周边安全隐患排查记录表.xlsx", write_school),
    ("经营性自建房安全隐患排查整治清单.wps", write_house),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside87 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
UTF-8 with BOM, a .docx with a table, a .doc whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice)
and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside87.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 重点项目推进中存在问题协调事项清单, after a city 重点项目办's 未开工重点项目协调会 (逐一协调尚未开工且存在问题的
# 重点项目; 部分问题现场解决, 部分明确解决路径; 跟踪、督办):
# http://fgw.gz.gov.cn/fzgg/zhjj/content/post_2335963.html
# An .xlsx: title, preamble, 填报单位 line, a two-row header with 责任单位 merged over 牵头单位/配合单位, a 合计 row,
# a 注 line and the signature block.
PROJECT_ROWS = [
    (
        "濮阳市儿童医院迁建项目",
        "市卫生健康委员会",
        "项目用地范围内尚有3户未签订征收补偿协议",
        "属地加快征收工作，依法依规做好补偿安置",
        "华龙区人民政府",
        "市自然资源和规划局",
        "2024年8月15日前",
        "已签订2户，剩余1户正在协商",
    ),
    (
        "濮阳东站综合客运枢纽",
        "市城市建设投资集团有限公司",
        "施工图审查意见未回复，影响施工许可办理",
        "开辟绿色通道，并联审查",
        "市住房和城乡建设局",
        "市行政服务中心",
        "7月20日前",
        "已出具审查合格书，施工许可证已核发",
    ),
    (
        "化工园区集中供热管网工程",
        "濮阳市热力有限公司",
        "供热管网穿越国道需办理公路占用许可",
        "提前介入指导，压缩审批时间",
        "交通局",
        "市公安局交通管理支队",
        "2024年9月底前",
        "",
    ),
    (
        "城市西区污水处理厂扩建工程",
        "濮阳市水务投资有限公司",
        "施工临时用电接入容量不足，无法满足设备调试",
        "尽快实施临电增容",
        "供电公司",
        "",
        "7月31日前",
        "未启动",
    ),
    (
        "龙湖片区道路提升工程",
        "濮阳市城市建设投资集团有限公司",
        "道路沿线12根通信杆线迁改未完成",
        "统筹各运营商同步迁改",
        "市工业和信息化局",
        "各通信运营企业",
        "8月底前",
        "正在协调三家运营商制定迁改方案",
    ),
    (
        "市档案馆新馆建设项目",
        "市档案馆",
        "项目资本金未足额到位，影响主体施工",
        "按计划拨付资本金",
        "市财政局",
        "市发展和改革委员会",
        "第三季度",
        "已拨付首期资金2000万元，余款待预算调整后拨付",
    ),
    (
        "濮范高速连接线工程",
        "濮阳市交通投资集团有限公司",
        "线位涉及永久基本农田，需落实占补平衡指标",
        "积极对接省厅，落实补充耕地指标",
        "国土局",
        "市农业农村局",
        "2024年10月31日",
        "基本完成，待省厅批复",
    ),
]


def write_project(path: Path) -> Path:
    b = Book(path, author="重点办")
    ws = b.sheet("协调事项")
    b.widths(ws, [6, 22, 20, 30, 24, 18, 16, 16, 28])
    last = 8
    b.line(ws, 0, "2024年市重点项目推进中存在问题协调事项清单", last, b.title)
    b.line(
        ws,
        1,
        "7月25日，市重点项目办组织召开未开工及进度滞后重点项目协调会，对项目存在问题逐一进行协调。"
        "现将协调事项清单印发如下，请各牵头单位按时限推进，并于每周五前报送进展情况。",
        last,
    )
    b.line(ws, 2, "填报单位：濮阳市重点项目建设办公室    截至日期：2024年7月31日", last)
    for c, word in enumerate(["序号", "项目名称", "项目业主", "存在问题", "协调意见"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 6, "责任单位", b.head)
    b.header(ws, 4, ["牵头单位", "配合单位"], first=5)
    b.merge(ws, 3, 7, 4, 7, "解决时限", b.head)
    b.merge(ws, 3, 8, 4, 8, "进展情况", b.head)
    for i, row in enumerate(PROJECT_ROWS, 1):
        b.put(ws, 4 + i, 0, i, b.center)
        b.row(ws, 4 + i, list(row), first=1)
    r = 5 + len(PROJECT_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, last, "协调事项7项，已解决1项，正在推进4项", b.cell)
    b.line(ws, r + 1, "注：解决时限以协调会议明确的时间为准；已解决事项经牵头单位确认后销号。", last)
    b.line(
        ws,
        r + 2,
        "填表人：周立新    审核人：马国强    联系电话：0393-8991126    填报日期：2024年7月31日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 12345热线重点工单办理情况, after a city 市长热线电话办公室's notice on 工单办理 (热线服务中心负责工单交办、审核、
# 督办、评价; 承办单位按规定时限向平台和诉求人反馈办理结果并记录满意度; “重件”须经主要负责人审核、签发):
# http://king-tile.com/article/201712/202-1.html
# An .xlsx: title, a line saying the 办理时限 runs from 派单时间 in working days, one header row (工单编号/来电时间/
# 诉求内容/承办单位/工单类别/派单时间/办理时限/反馈时间/办理结果/满意度), a 审核/签发 line.
HOTLINE_ROWS = [
    (
        "12345-240701-0032",
        datetime(2024, 7, 1, 9, 12),
        "反映开州路与长庆路交叉口信号灯夜间不工作",
        "市公安局交通管理支队",
        "普通件",
        date(2024, 7, 1),
        "5个工作日",
        date(2024, 7, 4),
        "已办结，信号灯已修复",
        "满意",
    ),
    (
        "12345-240708-0415",
        datetime(2024, 7, 8, 10, 36),
        "反映绿城小区供热管道改造后路面未恢复",
        "华龙区人民政府",
        "普通件",
        date(2024, 7, 8),
        "10个工作日",
        None,
        "办理中，已安排施工单位进场恢复路面",
        "",
    ),
    (
        "12345-240710-0528",
        datetime(2024, 7, 10, 15, 3),
        "咨询灵活就业人员参加职工医保的办理流程",
        "医保局",
        "普通件",
        date(2024, 7, 10),
        "3个工作日",
        date(2024, 7, 11),
        "已电话答复来电人，已办结",
        "满意",
    ),
    (
        "12345-240715-0766",
        datetime(2024, 7, 15, 8, 47),
        "反映中原路东段自来水水压不足，高层住户无法正常用水",
        "自来水公司",
        "重件",
        date(2024, 7, 15),
        "5个工作日",
        None,
        "逾期未办结",
        "",
    ),
    (
        "12345-240718-0893",
        datetime(2024, 7, 18, 16, 20),
        "投诉某艺术培训机构停课后拒不退费",
        "市教育局",
        "普通件",
        date(2024, 7, 18),
        "10个工作日",
        None,
        "已约谈机构负责人，正在协调退费",
        "",
    ),
    (
        "12345-240722-1024",
        datetime(2024, 7, 22, 21, 5),
        "反映人民路夜市烧烤油烟扰民",
        "城管执法局",
        "普通件",
        date(2024, 7, 22),
        "5个工作日",
        date(2024, 7, 26),
        "已办结，已督促商户安装油烟净化设备",
        "基本满意",
    ),
    (
        "12345-240725-1137",
        datetime(2024, 7, 25, 11, 18),
        "反映王助镇某养殖场粪污直排沟渠",
        "环保局",
        "重件",
        date(2024, 7, 25),
        "5个工作日",
        None,
        "",
        "",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="市长热线服务中心")
    ws = b.sheet("7月重点工单")
    b.widths(ws, [20, 17, 40, 20, 10, 12, 12, 12, 34, 10])
    last = 9
    b.line(ws, 0, "12345热线2024年7月重点工单办理情况", last, b.title)
    b.line(
        ws,
        1,
        "说明：办理时限自派单之日起按工作日计算；承办单位须在时限内向平台和诉求人反馈办理结果，"
        "重件反馈须经单位主要负责人审核签发。",
        last,
    )
    b.header(
        ws,
        2,
        [
            "工单编号",
            "来电时间",
            "诉求内容",
            "承办单位",
            "工单类别",
            "派单时间",
            "办理时限",
            "反馈时间",
            "办理结果",
            "满意度",
        ],
    )
    for i, row in enumerate(HOTLINE_ROWS, 3):
        b.row(ws, i, list(row))
    r = 4 + len(HOTLINE_ROWS)
    b.line(ws, r, "审核：韩雪梅    签发：王建业    濮阳市市长热线服务中心    2024年7月31日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 代表建议办理情况统计表, after a city 政府办公室's notice on the year's 人大代表建议和政协委员提案办理 (各承办单位
# 精心组织、按时办复; 主办、协办; 见面率、办复率、满意率):
# http://www.yixing.gov.cn/doc/2025/08/14/1348478.shtml
# An .xls (xlwt): title, 填报单位 line, a two-row header with 承办单位 merged over 主办/协办, the 领衔代表 beside them,
# a 合计 row, a 注 line and the signature.
SUGGEST_ROWS = [
    (
        "第12号",
        "关于加快老旧小区加装电梯的建议",
        "张建华",
        "市住房和城乡建设局",
        "市市场监督管理局",
        "2024年6月30日前",
        "已办复，代表满意",
        "A",
    ),
    (
        "第27号",
        "关于增设中心城区公共停车泊位的建议",
        "李秀梅",
        "市城市管理局",
        "市公安局交通管理支队",
        "2024年8月31日前",
        "正在办理，已与代表见面沟通",
        "",
    ),
    (
        "第35号",
        "关于完善农村客运班线网络的建议",
        "王卫东",
        "交通运输局",
        "市财政局",
        "2024年8月31日前",
        "已办复",
        "A",
    ),
    (
        "第41号",
        "关于加强校外培训机构监管的建议",
        "赵丽娟",
        "市教育局",
        "市市场监督管理局",
        "2024年8月31日前",
        "未启动办理",
        "",
    ),
    (
        "第46号",
        "关于提高城乡居民医保财政补助标准的建议",
        "刘志强",
        "医保局",
        "市财政局",
        "2024年6月30日前",
        "已办复，代表满意",
        "A",
    ),
    (
        "第53号",
        "关于规范农村集体土地经营权流转的建议",
        "陈国庆",
        "农委",
        "市自然资源和规划局",
        "2024年9月30日前",
        "",
        "",
    ),
    (
        "第58号",
        "关于建设城市应急避难场所的建议",
        "孙红",
        "市应急管理局",
        "市住房和城乡建设局",
        "第三季度",
        "正在办理",
        "",
    ),
]


def write_suggest(path: Path) -> Path:
    t, h, c, ctr = (
        _xf(bold=True, border=False, center=True, size=16),
        _xf(bold=True, center=True),
        _xf(),
        _xf(center=True),
    )
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "市九届人大四次会议代表建议办理情况统计表", t, 0, last),
        (1, 0, "填报单位：濮阳市人民政府督查室    统计截至：2024年7月31日", plain, 1, last),
    ]
    for col, word in enumerate(["序号", "建议号", "建议题目", "领衔代表"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 4, "承办单位", h, 2, 5),
        (3, 4, "主办单位", h),
        (3, 5, "协办单位", h),
        (2, 6, "办理时限", h, 3, 6),
        (2, 7, "办理情况", h, 3, 7),
        (2, 8, "答复类别", h, 3, 8),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(SUGGEST_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 3, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(SUGGEST_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "共7件，已办复3件，正在办理2件", c, r, last),
        (
            r + 1,
            0,
            (
                "注：答复类别A为所提问题已经解决或基本解决，B为正在解决或列入计划逐步解决，C为因条件限制留作参考；"
                "未办复的不填。"
            ),
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：郭亚楠    审核人：杜卫国    联系电话：0393-8991052", plain, r + 2, last),
    ]
    return _write_xls(path, [("代表建议", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 政协提案办理进度表, after a city's rules for handling 代表建议 and 政协提案 (交办机关统一交办; 不属于本单位办理的,
# 应当在十日内提出书面转送意见退回; 主办单位、会办单位):
# http://crsrw.com/falvzixun/80792.html
# An .ods (LibreOffice conversion): title, a line that the 办理时限 runs from the 交办日期, one header row with the
# 提案者 beside 主办单位/会办单位, 交办日期 and 办复日期 as events, the 办理时限 in months.
PROPOSAL_ROWS = [
    (
        "第9号",
        "关于推进城区垃圾分类示范小区建设的提案",
        "民进濮阳市委员会",
        "市城市管理局",
        "市住房和城乡建设局",
        date(2024, 4, 30),
        "3个月内",
        "已办复",
        date(2024, 7, 18),
    ),
    (
        "第15号",
        "关于加强中小学生心理健康教育的提案",
        "王晓丽委员",
        "市教育局",
        "市卫生健康委员会",
        date(2024, 4, 30),
        "3个月内",
        "正在办理，已组织专题调研",
        None,
    ),
    (
        "第22号",
        "关于发展农村电商寄递物流的提案",
        "农工党濮阳市委员会",
        "商务局",
        "市交通运输局",
        date(2024, 5, 15),
        "3个月内",
        "",
        None,
    ),
    (
        "第31号",
        "关于进一步压缩企业开办时间的提案",
        "李明委员",
        "市行政服务中心",
        "市市场监督管理局",
        date(2024, 5, 15),
        "3个月内",
        "",
        date(2024, 7, 10),
    ),
    (
        "第38号",
        "关于加强黄河湿地生态保护的提案",
        "九三学社濮阳市委员会",
        "环保局",
        "市水利局",
        date(2024, 5, 15),
        "3个月内",
        "正在办理",
        None,
    ),
    (
        "第44号",
        "关于优化城区公交线网覆盖的提案",
        "赵刚委员",
        "公交公司",
        "市交通运输局",
        date(2024, 6, 3),
        "2个月内",
        "尚未办理",
        None,
    ),
    (
        "第50号",
        "关于加大退役军人自主创业扶持力度的提案",
        "孙伟委员",
        "市退役军人事务局",
        "市人力资源和社会保障局",
        date(2024, 6, 3),
        "3个月内",
        "已办复",
        date(2024, 7, 25),
    ),
]


def write_proposal_book(path: Path) -> Path:
    b = Book(path, author="提案委")
    ws = b.sheet("提案办理进度")
    b.widths(ws, [6, 9, 38, 22, 20, 22, 12, 10, 26, 12])
    last = 9
    b.line(ws, 0, "市政协九届三次会议提案办理进度表", last, b.title)
    b.line(
        ws,
        1,
        "办理时限自交办之日起计算；承办单位认为不属于本单位办理的，应在十日内提出书面意见退回交办机关。",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "提案号",
            "案由",
            "提案者",
            "主办单位",
            "会办单位",
            "交办日期",
            "办理时限",
            "办理进度",
            "办复日期",
        ],
    )
    for i, row in enumerate(PROPOSAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(PROPOSAL_ROWS), "市政协提案委员会办公室    2024年7月31日", last, b.right)
    return b.close()


def write_proposal(path: Path) -> Path:
    via_soffice(write_proposal_book, path, "ods", "政协提案办理进度表.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 森林防火督查发现问题整改台账, after a county 自然资源局's 森林防火工作专项督查 (13个督查小组深入各乡镇; 16条督查
# 清单: 是否签订严禁野外用火承诺书、是否有巡护记录、是否张贴禁火令; 卡口逢车必查、逢人必查; 漏洞得到有效整改):
# https://cz.rednet.cn/m/content/2022/11/04/12012934.html
# An .et (an Excel 97 workbook from LibreOffice): title, 填报单位 line, a two-row header with 是否整改到位 merged over
# 是/否 and ticks under them, the 督查组 (the inspector) beside the 乡镇 as the unit to correct.
FIRE_ROWS = [
    (
        date(2024, 7, 3),
        "城关镇人民政府",
        "东山村未在村级宣传栏张贴禁火令",
        "补充张贴禁火令",
        "7月5日前",
        "√",
        "",
        "已张贴",
        "第一督查组（李兵）",
    ),
    (
        date(2024, 7, 3),
        "柳屯镇人民政府",
        "进山卡口未落实逢车必查、逢人必查",
        "落实卡口24小时值守",
        "7月10日前",
        "",
        "√",
        "",
        "第一督查组（李兵）",
    ),
    (
        date(2024, 7, 8),
        "濮阳市西山国有林场",
        "部分护林员巡护记录缺失，巡护APP上线率偏低",
        "补齐巡护记录，提高上线率",
        "2024.7.20",
        "",
        "",
        "正在对护林员开展培训，巡护APP上线率已提升至85%",
        "第二督查组（周敏）",
    ),
    (
        date(2024, 7, 8),
        "庆祖镇人民政府",
        "林缘50米范围内堆放柴草等可燃物未清理",
        "全面清理林缘可燃物",
        "7月底前",
        "√",
        "",
        "已清理可燃物约12吨",
        "第二督查组（周敏）",
    ),
    (
        date(2024, 7, 12),
        "岳村镇人民政府",
        "个别村未与农户签订严禁野外用火承诺书",
        "逐户签订承诺书",
        "8月10日前",
        "",
        "",
        "",
        "第三督查组（陈立）",
    ),
    (
        date(2024, 7, 12),
        "王助镇人民政府",
        "扑火物资储备库灭火器过期未更换",
        "更换过期器材",
        "7月20日前",
        "√",
        "",
        "已更换灭火器40具",
        "第三督查组（陈立）",
    ),
    (
        date(2024, 7, 18),
        "八公桥镇人民政府",
        "乡镇半专业扑火队未开展实战演练",
        "组织开展扑火实战演练",
        "第三季度",
        "",
        "",
        "已制定演练方案，计划8月中旬开展",
        "第一督查组（李兵）",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="森防办")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 18, 34, 22, 12, 6, 6, 32, 18])
    last = 10
    b.line(ws, 0, "2024年森林防火专项督查发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：县森林防火指挥部办公室    填报日期：2024年7月30日", last)
    for col, word in enumerate(["序号", "督查时间", "乡镇（林场）", "督查发现问题", "整改要求", "整改时限"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "整改情况说明", b.head)
    b.merge(ws, 2, 9, 3, 9, "督查组", b.head)
    b.merge(ws, 2, 10, 3, 10, "备注", b.head)
    for i, row in enumerate(FIRE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.center)
        b.put(ws, r, 7, row[6], b.center)
        b.row(ws, r, [row[7], row[8], ""], first=8)
    b.line(ws, 5 + len(FIRE_ROWS), "填表人：刘晓峰    联系电话：0393-5221870", last)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "森林防火督查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 经营性自建房安全隐患排查整治台账, after the national 自建房安全专项整治工作方案 as a page reprints it (重点排查
# 结构安全性(设计、施工、使用)、经营安全性(经营许可、场所安全要求)、房屋建设合法合规性(土地、规划、建设)):
# http://kfbx.com.cn/index.php?a=show&id=46&m=Article
# A CSV in UTF-8 with BOM (a system export): a title line, one header row with the three 安全性/合规性 columns, the
# 责任单位 (the street or town), 整治时限 as text, 整治进展 and a 验收销号 column.
HOUSE_ROWS = [
    (
        "胜利路街道",
        "人民路128号",
        "王某某",
        "餐饮",
        "存在隐患",
        "存在隐患",
        "手续不全",
        "擅自加层至四层，底层墙体出现贯通裂缝",
        "停止经营，委托房屋安全鉴定",
        "胜利路街道办事处",
        "2024-08-15",
        "已停止经营，房屋安全鉴定正在进行",
        "",
    ),
    (
        "中原路街道",
        "中原路东段67号",
        "李某某",
        "宾馆",
        "无隐患",
        "存在隐患",
        "手续齐全",
        "三层以上作为宾馆使用，未设置第二安全出口",
        "增设室外疏散楼梯",
        "中原路街道办事处",
        "6月30日前完成",
        "已完成整改",
        "复查合格",
    ),
    (
        "孟轲乡",
        "孟轲村学校路18号",
        "张某某",
        "出租住宿",
        "无隐患",
        "存在隐患",
        "手续不全",
        "房屋出租给学生住宿，私拉电线为电动车充电",
        "拆除私拉电线，设置集中充电区",
        "孟轲乡人民政府",
        "2024年7月15日",
        "未整改",
        "",
    ),
    (
        "皇甫街道",
        "皇甫路203号",
        "赵某某",
        "批发仓储",
        "无隐患",
        "存在隐患",
        "手续不全",
        "一层仓库与住宿混合设置，形成三合一场所",
        "住宿与仓储实体分隔",
        "皇甫街道办事处",
        "8月底前",
        "",
        "",
    ),
    (
        "开州路街道",
        "开州路北段45号",
        "刘某某",
        "棋牌室",
        "存在隐患",
        "无隐患",
        "手续齐全",
        "预制板屋面渗水，板缝锈胀露筋",
        "委托设计单位出具加固方案并实施加固",
        "开州路街道办事处",
        "2024年9月30日",
        "已委托设计单位出具加固方案",
        "",
    ),
    (
        "岳村镇",
        "岳村集南街9号",
        "孙某某",
        "农资店",
        "无隐患",
        "存在隐患",
        "手续齐全",
        "违规存放化肥农药，与居住区未分隔",
        "清理违规存放物资",
        "岳村镇人民政府",
        "7月20日前",
        "已整改",
        "经镇村联合验收合格，已销号",
    ),
    (
        "濮上路街道",
        "濮上路西段112号",
        "周某某",
        "商铺",
        "存在隐患",
        "无隐患",
        "手续齐全",
        "外墙装饰构件松动，存在坠落风险",
        "拆除松动构件",
        "濮上路街道办事处",
        "2024.8.10",
        "正在拆除",
        "",
    ),
]


def write_house(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华龙区经营性自建房安全隐患排查整治台账（截至2024年7月31日）"])
    w.writerow(
        [
            "序号",
            "所在街道（乡镇）",
            "房屋地址",
            "产权人",
            "经营业态",
            "结构安全性",
            "经营安全性",
            "合法合规性",
            "隐患描述",
            "整治措施",
            "责任单位",
            "整治时限",
            "整治进展",
            "验收销号",
        ]
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        w.writerow([i, *row])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 违法占用耕地问题整改进展情况, after a page on the forms of 非法占用农田 and how to keep the 耕地红线 (未批先建;
# 以租代征规避审批; 破坏性使用耕地: 取土烧砖、采矿压占; “大棚房”):
# https://www.seridoat.com/article/qing-jiao-fei-fa-zhan-yong-nong-tian-tu-di-ban-fa-ru-he-you-xiao-bao-hu-geng-di-hong-xian-bing-jie-j.html
# A .docx: title, addressee and preamble paragraph, one table with the 问题类型 the page lists, units partly under their
# names before the reform (国土资源局, 农业局, 水务局), a 注 paragraph, the office and date.
LAND_ROWS = [
    (
        "未批先建",
        "某物流企业未经批准占用耕地18.6亩建设停车场",
        "城关镇",
        "国土资源局",
        "拆除硬化地面，恢复耕种条件",
        "2024年8月31日",
        "已拆除硬化地面，正在复耕",
    ),
    (
        "以租代征",
        "工业园区以租赁方式占用一般耕地42亩建设厂房",
        "产业集聚区",
        "市自然资源和规划局",
        "依法完善用地审批手续",
        "2024年12月底前",
        "已启动征收报批程序",
    ),
    (
        "破坏性使用",
        "砖瓦窑厂取土破坏耕作层约6亩",
        "王助镇",
        "王助镇人民政府",
        "回填客土，复垦耕作层",
        "2024年6月30日前",
        "已完成复垦，经验收合格",
    ),
    (
        "大棚房",
        "设施农业大棚内违规建设餐饮住宿设施",
        "庆祖镇",
        "农业局",
        "拆除违规设施，恢复农业生产用途",
        "7月底前",
        "未整改",
    ),
    (
        "破坏性使用",
        "河道采砂作业堆放砂石压占耕地",
        "渠村乡",
        "水务局",
        "清运砂石，恢复原状",
        "2024年9月30日",
        "",
    ),
    (
        "未批先建",
        "农户在承包地上擅自建房3处",
        "柳屯镇",
        "柳屯镇人民政府",
        "依法拆除，恢复耕地",
        "2024年8月15日",
        "已拆除2处，剩余1处正在做工作",
    ),
    (
        "耕地撂荒",
        "部分耕地长期撂荒未耕种",
        "各乡镇",
        "市农业农村局",
        "落实复耕复种，防止新增撂荒",
        "长期坚持",
        "常态化推进",
    ),
]


def write_land(path: Path) -> Path:
    doc = _new_document(author="耕保办")
    _title(doc, "关于违法占用耕地问题整改进展情况的报告")
    _paragraph(doc, "市耕地保护工作领导小组：")
    _paragraph(
        doc,
        "根据年度耕地保护专项检查安排，我办对各地各部门排查发现的违法占用耕地问题建立整改清单，"
        "逐项明确责任单位和整改时限。现将截至2024年7月31日的整改进展报告如下。",
    )
    _table(
        doc,
        ["序号", "问题类型", "问题描述", "涉及乡镇", "责任单位", "整改措施", "整改时限", "整改进展"],
        [[str(i), *row] for i, row in enumerate(LAND_ROWS, 1)],
    )
    _paragraph(doc, "注：整改完成的问题经验收合格后予以销号；长期任务按季度报送进展。", 12)
    _paragraph(doc, "濮阳市耕地保护工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 营商环境投诉举报件办理情况登记表, after a county's notice of its 营商环境投诉举报监督专线 (受理范围: 拒不受理;
# 擅自改变程序、增加环节; 未按规定时限办理; 推诿扯皮; 吃拿卡要、乱收费乱罚款; 执法不规范 …; 不予受理范围):
# https://wxredian.com/art?id=dc9648e37dab0320f382889cace54f6e
# A .wps (Word 97 via LibreOffice): title, a line that the 办理时限 runs from the 受理日期 in working days, one table
# with the 投诉举报人 and the 被投诉对象 beside the 承办单位, a 是否办结 column, a 填表说明 and the office.
BIZ_ROWS = [
    (
        "YS2024-071",
        "2024-07-02",
        "某建材有限公司",
        "不动产登记窗口",
        "办理厂房抵押登记时被要求重复提交已共享的材料",
        "擅自增加办理环节",
        "市不动产登记中心",
        "5个工作日",
        "已核实，已取消重复提交要求并向企业反馈",
        "是",
    ),
    (
        "YS2024-072",
        "2024-07-05",
        "某餐饮店",
        "城管执法中队",
        "执法人员一周内多次重复检查，影响正常经营",
        "多头检查、重复检查",
        "市城市管理局",
        "10个工作日",
        "正在调查核实",
        "否",
    ),
    (
        "YS2024-073",
        "2024-07-10",
        "匿名",
        "供电营业厅",
        "新建厂房用电报装超过承诺时限仍未接电",
        "未按规定时限办理",
        "国网濮阳供电公司",
        "5个工作日",
        "已完成接电，企业表示满意",
        "是",
    ),
    (
        "YS2024-074",
        "2024-07-15",
        "某科技有限公司",
        "税务分局",
        "申请增值税留抵退税逾期未办理",
        "惠企政策不落实",
        "税务局",
        "10个工作日",
        "逾期未办",
        "否",
    ),
    (
        "YS2024-075",
        "2024-07-22",
        "某物流有限公司",
        "交通运输综合执法大队",
        "执法人员对过境货车随意罚款",
        "乱罚款",
        "市交通运输局",
        "15个工作日",
        "",
        "",
    ),
    (
        "YS2024-076",
        "2024-07-26",
        "某服装厂",
        "自来水营业厅",
        "用水报装时要求企业使用指定施工队伍",
        "指定中介或施工队伍",
        "市自来水公司",
        "5个工作日",
        "已约谈营业厅负责人，正在重新办理报装",
        "否",
    ),
]


def write_biz_docx(path: Path) -> Path:
    doc = _new_document(author="营商办")
    _title(doc, "2024年7月营商环境投诉举报件办理情况登记表", 18)
    _paragraph(
        doc,
        "说明：投诉举报件经审查受理后转承办单位办理，办理时限自受理之日起按工作日计算。",
        12,
    )
    _table(
        doc,
        [
            "编号",
            "受理日期",
            "投诉举报人",
            "被投诉对象",
            "投诉举报事项",
            "问题类型",
            "承办单位",
            "办理时限",
            "办理结果",
            "是否办结",
        ],
        [list(row) for row in BIZ_ROWS],
        9,
    )
    _paragraph(
        doc,
        "填表说明：1.承办单位须在办理时限内反馈办理结果；2.涉及民事纠纷、已进入司法程序的不予受理；"
        "3.投诉举报人信息依法保密。",
        10.5,
    )
    _paragraph(doc, "濮阳市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "投诉举报监督专线：0393-8996312    2024年7月31日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_biz(path: Path) -> Path:
    return via_soffice(write_biz_docx, path, "doc", "营商环境投诉举报件办理情况登记表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 批办件办理情况的报告, after the 基本格式 of a 市政府领导同志批示事项办理情况报告 (区政府督查室: 你室转来的关于×××
# 的批办件(PS×××号)已于×年×月×日收悉; 一、落实过程 二、基本情况 三、意见和建议; 单位, 日期, 联系人):
# https://xiexiebang.com/a4/201905125/6eacdf31c4069c6f.html
# A .doc (Word 97 via LibreOffice): the sending unit in the 发文 line and the title only, the items as numbered
# paragraphs (（一）…) with the 责任科室 and a deadline inside the sentence, the 联系人 line at the foot.
LEADER_ITEMS = [
    (
        "（一）对中心城区运行超过20年的燃气老旧管网开展全面排查（时限：6月30日前；责任科室：城建科）。"
        "已完成排查，共排查管网126公里，建立问题清单，已完成。"
    ),
    (
        "（二）对排查发现的37处高风险管段实施更新改造（责任科室：燃气管理办公室）。"
        "目前已完成改造21处，其余16处正在施工，计划8月底前完成主管段改造、9月底前全部完成。"
    ),
    (
        "（三）督促燃气经营企业落实居民用户入户安全检查（责任科室：燃气管理办公室）。"
        "正在推进，已完成入户安检4.2万户，计划年底前实现全覆盖。"
    ),
    (
        "（四）建立燃气管网运行在线监测平台（时限：2024年10月31日前；责任科室：信息中心）。"
        "尚未启动，待专项资金落实后实施。"
    ),
    (
        "（五）加强燃气安全宣传教育，提升群众安全用气意识（责任科室：燃气管理办公室）。"
        "长期坚持，常态化开展进社区、进企业宣传。"
    ),
    (
        "（六）清理违规占压燃气管道的建构筑物（时限：8月15日前；责任科室：城建科）。"
        "已拆除占压建筑5处，剩余2处已下达限期拆除通知书。"
    ),
]


def write_leader_docx(path: Path) -> Path:
    doc = _new_document(author="市住建局办公室")
    _paragraph(doc, "濮阳市住房和城乡建设局    濮建报〔2024〕47号    签发人：高志远", 12)
    _title(doc, "关于燃气管网老化问题批办件办理情况的报告")
    _paragraph(doc, "市政府督查室：")
    _paragraph(
        doc,
        "你室转来的关于燃气管网老化问题的批办件（PS2024-118号）已于2024年6月12日收悉。"
        "我局高度重视，立即召开专题会议研究部署。现将办理情况报告如下：",
    )
    _paragraph(doc, "一、落实过程", bold=True)
    _paragraph(
        doc, "收到批办件后，局主要负责同志专题研究，明确由分管副局长牵头，城建科、燃气管理办公室具体承办。"
    )
    _paragraph(doc, "二、办理情况", bold=True)
    for text in LEADER_ITEMS:
        _paragraph(doc, text)
    _paragraph(doc, "三、意见和建议", bold=True)
    _paragraph(doc, "建议将燃气老旧管网更新改造纳入市级民生实事，统筹安排专项资金。")
    _paragraph(doc, "附件：燃气老旧管网排查问题清单")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "（联系人：冯丽，联系电话：0393-4412687）", 12)
    return _save_fixed(doc, path)


def write_leader(path: Path) -> Path:
    return via_soffice(write_leader_docx, path, "doc", "批办件办理情况的报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 中、小学校消防安全检查表, after a published 消防安全检查表 (单位(盖章) and 检查日期 above the table; 序号/项目/
# 检查内容/存在问题/整改措施; 项目: 消防安全知识的普及教育, 学生餐厅及伙房安全, 照明和电气设施, 实验室安全,
# 学生宿舍安全, 疏散通道及安全出口, 责任制落实):
# https://www.xiaomilidoc.com/p-4359176.html
# A .zip of two schools' .xlsx returns: the school named only in the 单位（盖章） line, the 责任处室 (a section of the
# school) beside each problem, rows with 存在问题 “无” that are not items.
SCHOOL_RETURNS = [
    (
        "濮阳市第三中学",
        "2024年7月10日",
        [
            ("消防安全知识的普及教育", "开展消防知识教育和疏散演练", "无", "", "", "", ""),
            (
                "学生餐厅及伙房安全",
                "燃气灶具安装泄漏报警装置，排烟罩定期清洗",
                "伙房燃气灶具未安装燃气泄漏报警装置",
                "安装燃气泄漏报警装置",
                "总务处",
                "2024年7月20日前",
                "已安装并调试完成",
            ),
            (
                "照明和电气设施",
                "配备应急照明，严禁乱拉乱接电线",
                "教学楼部分应急照明灯损坏",
                "更换损坏的应急照明灯",
                "总务处",
                "8月10日前",
                "已采购，待安装",
            ),
            (
                "实验室安全",
                "危险物品按规定存放、使用",
                "化学实验室危险化学品未实行双人双锁管理",
                "落实双人双锁管理",
                "教务处",
                "7月底前",
                "未整改",
            ),
            (
                "学生宿舍安全",
                "制定宿舍消防安全管理规定，不得封闭疏散通道",
                "宿舍楼疏散楼梯间堆放杂物",
                "清理杂物，保持通道畅通",
                "政教处",
                "2024.7.15",
                "已清理，复查合格",
            ),
            ("疏散通道及安全出口", "疏散通道畅通，出口标志明显", "无", "", "", "", ""),
            (
                "责任制落实",
                "制定消防安全责任制，逐级签订责任书",
                "未与各班主任签订消防安全责任书",
                "逐级签订消防安全责任书",
                "校长办公室",
                "8月31日前",
                "",
            ),
        ],
    ),
    (
        "濮阳市华龙区实验小学",
        "2024年7月9日",
        [
            (
                "消防安全知识的普及教育",
                "开展消防知识教育和疏散演练",
                "本学期未组织学生开展应急疏散演练",
                "组织全校应急疏散演练",
                "政教处",
                "9月15日前",
                "已制定演练方案",
            ),
            (
                "学生餐厅及伙房安全",
                "燃气灶具安装泄漏报警装置，排烟罩定期清洗",
                "厨房排烟罩油污积存，未定期清洗",
                "委托专业公司清洗排烟管道",
                "后勤处",
                "7月15日前",
                "已完成清洗",
            ),
            (
                "照明和电气设施",
                "配备应急照明，严禁乱拉乱接电线",
                "多功能教室乱拉电线连接插线板",
                "规范敷设线路，拆除临时插线板",
                "后勤处",
                "7月20日前",
                "正在整改",
            ),
            ("实验室安全", "危险物品按规定存放、使用", "无", "", "", "", ""),
            (
                "疏散通道及安全出口",
                "疏散通道畅通，出口标志明显",
                "教学楼西侧安全出口指示标志不亮",
                "更换安全出口指示标志",
                "后勤处",
                "2024年7月12日",
                "未整改",
            ),
        ],
    ),
]


def write_school_book(path: Path, school: str, day: str, rows: list[tuple]) -> Path:
    b = Book(path, author=school)
    ws = b.sheet("检查表")
    b.widths(ws, [6, 20, 30, 30, 26, 12, 16, 20])
    last = 7
    b.line(ws, 0, "中、小学校消防安全检查表", last, b.title)
    b.line(ws, 1, f"单位（盖章）：{school}    检查日期：{day}", last)
    b.header(ws, 2, ["序号", "项目", "检查内容", "存在问题", "整改措施", "责任处室", "整改时限", "整改情况"])
    for i, row in enumerate(rows, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(rows), "检查人：            学校负责人：            填表日期：2024年7月26日", last)
    return b.close()


def write_school(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for school, day, rows in SCHOOL_RETURNS:
            name = f"消防安全检查表（{school}）.xlsx"
            member = write_school_book(Path(tmp) / name, school, day, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年市重点项目推进中存在问题协调事项清单.xlsx", write_project),
    ("12345热线2024年7月重点工单办理情况.xlsx", write_hotline),
    ("市九届人大四次会议代表建议办理情况统计表.xls", write_suggest),
    ("市政协九届三次会议提案办理进度表.ods", write_proposal),
    ("2024年森林防火专项督查发现问题整改台账.et", write_fire),
    ("华龙区经营性自建房安全隐患排查整治台账.csv", write_house),
    ("关于违法占用耕地问题整改进展情况的报告.docx", write_land),
    ("2024年7月营商环境投诉举报件办理情况登记表.wps", write_biz),
    ("关于燃气管网老化问题批办件办理情况的报告.doc", write_leader),
    ("中小学校消防安全检查表（两所学校）.zip", write_school),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside92 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, plus two inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a .docx with a two-row table header, a .wps (Word 97 via LibreOffice) with a table, a .doc with the items as
numbered paragraphs and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside92.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 环保集中督察反馈问题整改完成情况公示表, after a district 生态环境局's 公示 of the 市级环保集中督察反馈问题 with its
# table (编号 / 具体问题 / 整改措施 / 工作进展情况 / 完成率 / 整改年限 / 牵头单位 / 责任单位; progress as sentences,
# 整改年限 a bare year, 责任单位 often blank or 各镇乡街道):
# http://www.cqkz.gov.cn/kz/fzhggwyh_80906/zwgk_72016/fdzdgknr/sthbjdjc/hjbh/jcjg/202107/t20210706_9453654.html
# An .xlsx: title, 公示 preamble, one header row, the 公示单位 and a 监督电话 line at the foot.
ENV_ROWS = [
    (
        "城区部分路段雨污管网混接错接，雨天污水溢流进入马颊河",
        "1.开展雨污管网混错接排查；2.实施雨污分流改造。",
        "已完成混错接点位改造46处，2024年6月经组织验收合格。",
        "100%",
        "2024年",
        "市住房和城乡建设局",
        "",
    ),
    (
        "部分镇村级河长巡河次数不足，巡河记录不完整",
        "加大河长制考核力度，开展巡河APP操作培训。",
        "已对巡河较差的5名村级河长进行约谈，6月份村级河长巡河率提升至92%，考核办法正在修订。",
        "80%",
        "2024年9月",
        "市水务局",
        "各乡镇（街道）",
    ),
    (
        "金堤河沿岸部分畜禽养殖场粪污直排问题反弹",
        "逐场排查，配套建设储粪池和沼液池。",
        "已排查养殖场37家，其中12家完成设施配套，其余正在施工。",
        "32%",
        "2024年10月底前",
        "市农业局",
        "各县（区）人民政府",
    ),
    (
        "城区餐饮油烟净化设施安装率低，油烟扰民投诉较多",
        "开展餐饮油烟专项整治，督促安装净化设施。",
        "尚未启动。",
        "0%",
        "2024年8月",
        "市城管执法局",
        "",
    ),
    (
        "废弃砖瓦窑厂取土坑未实施生态修复",
        "编制生态修复方案，分批实施复垦。",
        "修复方案已编制完成，待资金落实后组织实施。",
        "20%",
        "2025年",
        "市国土资源局",
        "",
    ),
    (
        "生态环境行政执法案卷不规范，部分案件未按期结案",
        "开展执法案卷评查，完善执法文书。",
        "已组织案卷评查，逐案完善执法文书，超期案件已全部结案。",
        "100%",
        "2024年6月",
        "市生态环境局",
        "",
    ),
    (
        "督察整改问题“回头看”长效机制不健全",
        "建立整改问题“回头看”常态化机制。",
        "长期坚持，每季度开展一次“回头看”。",
        "—",
        "长期坚持",
        "市生态环境局",
        "各县（区）人民政府",
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="市生态环境局")
    ws = b.sheet("公示表2")
    b.widths(ws, [6, 34, 30, 40, 8, 12, 18, 16])
    b.line(ws, 0, "市级环保集中督察反馈问题整改完成情况公示表", 7, b.title)
    b.line(
        ws,
        1,
        "按照市级环保集中督察反馈意见整改工作要求，现将反馈问题整改完成情况予以公示。"
        "公示期：2024年7月25日至7月31日。",
        7,
    )
    b.header(
        ws,
        2,
        ["编号", "具体问题", "整改措施", "工作进展情况", "完成率", "整改年限", "牵头单位", "责任单位"],
    )
    for i, row in enumerate(ENV_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    end = 3 + len(ENV_ROWS)
    b.line(ws, end + 1, "公示单位：濮阳市生态环境保护委员会办公室    2024年7月25日", 7, b.right)
    b.line(ws, end + 2, "监督电话：0393-12369", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 统计数据质量核查问题整改台账, after a county 统计局's “一审二查” account (深入企业核查, 以资产负债表、利润表、增值税
# 纳税申报表等验证上报数据, 记录核实数、误差率及相关情况说明, 督促数据差错企业限期整改, 纳入“回头看”名单):
# http://www.0996bzrcw.com/index.php/cms/item-view-id-10503.shtml
# An .xls (xlwt): title, 填报单位 line, two-row header (核查情况 over 上报数/核实数/误差率), dates as text (2024.8.10),
# a 合计 row, a 填表说明 and a signature line; 核查人 an inspector column.
STAT_ROWS = [
    (
        "濮阳市恒润石油化工有限公司",
        "工业总产值",
        12860,
        11920,
        7.9,
        "工业总产值计算未剔除委托加工原材料价值",
        "2024.8.10",
        "已更正6月报表数据，并补建产值计算台账",
        "张伟、刘洋",
    ),
    (
        "濮阳县金鼎机械制造有限公司",
        "营业收入",
        3420,
        3650,
        -6.3,
        "营业收入漏报其他业务收入",
        "2024.7.31",
        "",
        "张伟、刘洋",
    ),
    (
        "清丰县绿源食品有限公司",
        "产品产量",
        1860,
        1795,
        3.6,
        "未建立产品产量原始记录和统计台账",
        "8月底前",
        "正在建立统计台账，已配备兼职统计员",
        "王建军、陈静",
    ),
    (
        "南乐县宏达纺织有限公司",
        "从业人员期末人数",
        236,
        281,
        -16.0,
        "从业人员期末人数未包含劳务派遣人员",
        "2024.7.20",
        "已整改",
        "王建军、陈静",
    ),
    (
        "范县鑫源新材料有限公司",
        "工业销售产值",
        8650,
        7210,
        20.0,
        "工业销售产值与增值税申报销售额差异较大且无合理说明",
        "2024.8.15",
        "未整改",
        "张伟、刘洋",
    ),
    (
        "台前县永安电力器材有限公司",
        "综合能源消费量",
        4120,
        3890,
        5.9,
        "综合能源消费量未按规定折算标准煤",
        "2024.7.25",
        "已更正",
        "王建军、陈静",
    ),
    (
        "濮阳华信电子科技有限公司",
        "营业收入",
        5630,
        5630,
        0.0,
        "统计人员变动后未及时办理联网直报账号变更",
        "2024.7.31",
        "正在办理账号变更",
        "张伟、刘洋",
    ),
]


def write_stat(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "2024年上半年规上工业企业统计数据质量核查问题整改台账", t, 0, last),
        (1, 0, "填报单位：濮阳市统计局工业科    核查时间：2024年7月8日—7月12日", plain, 1, last),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "企业名称", h, 3, 1),
        (2, 2, "核查指标", h, 3, 2),
        (2, 3, "核查情况", h, 2, 5),
        (3, 3, "上报数", h),
        (3, 4, "核实数", h),
        (3, 5, "误差率（%）", h),
        (2, 6, "存在问题", h, 3, 6),
        (2, 7, "整改时限", h, 3, 7),
        (2, 8, "整改情况", h, 3, 8),
        (2, 9, "核查人", h, 3, 9),
        (2, 10, "是否纳入“回头看”", h, 3, 10),
    ]
    for i, row in enumerate(STAT_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 4, 5, 7, 9) else c))
        cells.append((r, 10, "是", ctr))
    r = 4 + len(STAT_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "核查企业7家，发现问题7个", c, r, last),
        (
            r + 1,
            0,
            "填表说明：1.误差率=（上报数-核实数）/核实数×100%；2.整改时限由核查组根据问题性质确定；"
            "3.整改完成后企业须提交更正说明及佐证材料。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：李娜    审核人：赵志强    填报日期：2024年7月31日", plain, r + 2, last),
    ]
    return _write_xls(path, [("核查台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 市容秩序专项督查问题交办整改台账, after a 街道执法队's account of its 专项检查整治 (城启门口流动摊点聚集, 农贸市场
# 周边超门店经营、占用公共通道, 下达整改通知书, 责令1日内清理; 落地广告牌、乱拉乱挂横幅; 日常巡查+不定期抽查):
# http://m.www3333333.com/xwzx/jzdt/1961262089691029505.html
# A CSV in GBK: a title line, one header line with 交办日期, 检查人 beside the 责任单位, 整改期限 in days from the
# 交办日期, a 复查情况 column; a closing 合计 line and the 督查室 line.
CITY_ROWS = [
    (
        "2024-07-15",
        "城启门口",
        "早晚高峰流动摊点聚集占道售卖蔬菜、早餐",
        "王磊",
        "华龙区胜利路街道办事处",
        "1日内",
        "已规劝引导至疏导点经营",
        "复查合格",
    ),
    (
        "2024-07-15",
        "龚西农贸市场周边",
        "商户超门店经营，堆放货物占用公共通道",
        "王磊",
        "华龙区中原路街道办事处",
        "3日内",
        "已下达整改通知书，正在督促清理",
        "",
    ),
    (
        "2024-07-16",
        "开州路与黄河路交叉口",
        "违规设置落地广告牌13块",
        "李娟",
        "市城管局",
        "5个工作日内",
        "已全部清理",
        "复查合格",
    ),
    (
        "2024-07-17",
        "人民路中段",
        "沿街商铺乱拉乱挂横幅20条",
        "李娟",
        "华龙区人民路街道办事处",
        "2日内",
        "",
        "",
    ),
    (
        "2024-07-18",
        "京开大道中段",
        "渣土车未密闭运输，沿路抛洒",
        "赵永",
        "市城管执法局",
        "2024年7月31日前",
        "未整改",
        "",
    ),
    (
        "2024-07-22",
        "振兴路夜市",
        "夜市烧烤摊点油烟直排扰民",
        "赵永",
        "华龙区胜利路街道办事处",
        "7日内",
        "已取缔露天烧烤3处，油烟净化设施正在安装",
        "",
    ),
    (
        "2024-07-24",
        "建设路东段",
        "人行道地砖破损，路面坑洼积水",
        "王磊",
        "市住建局",
        "10个工作日内",
        "已制定维修方案，材料已进场",
        "",
    ),
]


def write_city(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市城市管理局市容秩序专项督查问题交办整改台账（7月第3期）"])
    w.writerow(
        ["序号", "交办日期", "点位", "问题描述", "检查人", "责任单位", "整改期限", "整改结果", "复查情况"]
    )
    for i, row in enumerate(CITY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "本期交办问题7个，复查合格2个", "", "", "", "", ""])
    w.writerow(["市城市管理局督查室    2024年7月26日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 保密和档案工作检查问题整改情况表, after a 涉密部门负责人季度保密工作检查表 (近三个月内涉密载体、涉密计算机、非涉密
# 计算机、涉密人员、定密是否按规定管理, each answered 是□ / 否□; 检查记录, 保密检查人, 检查时间):
# https://www.360docs.net/doc/3612117156.html
# A .docx: the unit named only in the title, a 检查时间 line, one table with a two-row header (是否整改到位 over
# 是 / 否, answered with √), the sections of the unit as 责任科室, a signature line.
SECRET_ROWS = [
    (
        "涉密载体管理",
        "测绘成果涉密光盘未登记台账，账物不一致",
        "测绘地理信息科",
        "2024.7.15",
        "√",
        "",
        "已补登台账",
    ),
    ("涉密计算机管理", "一台涉密计算机未安装保密专用防护系统", "办公室", "7月20日前", "", "√", ""),
    (
        "非涉密计算机管理",
        "非涉密计算机存储内部工作文件未及时清理",
        "国土空间规划科",
        "2024.7.10",
        "√",
        "",
        "",
    ),
    (
        "涉密人员管理",
        "新入职人员未签订保密承诺书",
        "人事科",
        "7月底前",
        "",
        "√",
        "已签订4人，剩余2人外出培训，返岗后补签",
    ),
    ("档案管理", "2023年度文书档案未按期移交档案室", "办公室", "2024.8.31", "", "", ""),
    ("档案管理", "档案库房温湿度记录不全", "档案室", "2024.7.25", "√", "", "已配备温湿度记录仪，每日记录"),
    (
        "定密管理",
        "部分涉密文件未标注密级和保密期限",
        "法规科",
        "2024年9月30日",
        "",
        "√",
        "正在对2024年以来文件逐份核查",
    ),
]


def write_secret(path: Path) -> Path:
    doc = _new_document("局保密办")
    _title(doc, "濮阳市自然资源和规划局2024年第二季度保密和档案工作检查问题整改情况表", 16)
    _paragraph(doc, "检查时间：2024年6月24日—6月28日    保密检查人：局保密办、档案室", 12)
    n = len(SECRET_ROWS)
    table = doc.add_table(rows=2 + n, cols=8)
    table.style = "Table Grid"
    for c, word in enumerate(["序号", "检查项目", "发现问题", "责任科室", "整改时限"]):
        cell = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(cell, word, 10.5, bold=True)
    _cell_text(table.cell(0, 5).merge(table.cell(0, 6)), "是否整改到位", 10.5, bold=True)
    _cell_text(table.cell(1, 5), "是", 10.5, bold=True)
    _cell_text(table.cell(1, 6), "否", 10.5, bold=True)
    _cell_text(table.cell(0, 7).merge(table.cell(1, 7)), "备注", 10.5, bold=True)
    for r, row in enumerate(SECRET_ROWS, start=2):
        for c, v in enumerate([str(r - 1), *row]):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "填表人：郭敏    审核人：孙志刚    联系电话：0393-8261035    2024年7月29日", 12)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 政府信息公开栏目测评反馈问题整改清单, after a 发改委's account of the 市政务公开办's 1—7月份政府信息公开栏目测评
# (政策文件、规范性文件立改废、决策预公开、规划计划、财政专项资金、解读回应等栏目; 信息发布较少, 部分栏目2021年以来
# 未更新; 对照问题清单, 逐一整改):
# https://xceda.xuancheng.gov.cn/OpennessContent/show/2198223.html
# An .ods (LibreOffice conversion): title, a preamble naming the 通报 date the 整改时限 count from, one header row
# with a 销号情况 column, the office and date at the foot.
OPEN_ROWS = [
    ("政策文件", "2024年以来政策文件栏目未更新", "市发改委", "5个工作日内", "已补充发布文件12件", "已销号"),
    ("规范性文件", "规范性文件立改废情况未公开", "市司法局", "2024年7月31日前", "正在梳理", ""),
    ("财政专项资金", "财政专项资金分配结果未公开", "市财政局", "立行立改", "已整改", "已销号"),
    ("决策预公开", "重大行政决策预公开未公开意见采纳情况", "市科委", "10个工作日内", "未整改", ""),
    ("解读回应", "政策解读与政策文件未关联发布", "市教育局", "15个工作日内", "已关联8件，剩余正在处理", ""),
    ("双随机一公开", "双随机抽查结果公开不及时", "市工商局", "长期坚持", "已建立按月更新机制，长期坚持", ""),
    (
        "建议提案办理",
        "上年度建议提案办理情况年度报告未公开",
        "市退役军人事务局",
        "2024年7月20日",
        "已公开",
        "复核通过",
    ),
]


def write_open_book(path: Path) -> Path:
    b = Book(path, author="市政务公开办")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 14, 40, 18, 16, 32, 12])
    b.line(ws, 0, "2024年1—7月份政府信息公开栏目测评反馈问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "根据市政务公开办2024年7月10日下发的栏目测评情况通报，现将各单位测评发现问题及整改情况汇总如下"
        "（整改时限自通报之日起计算）。",
        6,
    )
    b.header(ws, 2, ["序号", "测评栏目", "存在问题", "责任单位", "整改时限", "整改情况", "销号情况"])
    for i, row in enumerate(OPEN_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(ws, 4 + len(OPEN_ROWS), "市政务公开办    2024年7月30日", 6, b.right)
    return b.close()


def write_open(path: Path) -> Path:
    via_soffice(write_open_book, path, "ods", "栏目测评反馈问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 巩固脱贫成果村村互查问题整改台账 from two villages, after a 镇's account of its 后评估村村互查 (9名副科级领导带队,
# 9个互查组; 村档及脱贫户、监测户基础资料、收入情况、帮扶措施、产业项目、户容户貌、“两不愁三保障”; 形成问题清单,
# 由镇乡村振兴办牵头督促各村限期落实整改, 确保问题清零):
# http://xncrm.net/news/11070.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） line naming the village, a 互查组 (inspector) column and a
# signature line.
VILLAGE_RETURNS = [
    (
        "前王村",
        "濮阳县张集镇前王村村民委员会",
        [
            (
                "资料档案",
                "3户脱贫户明白卡收入信息与系统数据不一致",
                "第三互查组",
                "入户核实，更正明白卡",
                "2024.8.5",
                "已入户核实，正在更正",
            ),
            (
                "户容户貌",
                "监测户院内柴草乱堆乱放",
                "第三互查组",
                "帮助清理，引导保持",
                "7月20日前",
                "已清理完毕",
            ),
            (
                "帮扶措施",
                "1户监测户未落实产业帮扶措施",
                "第三互查组",
                "落实产业奖补",
                "7月底前制定帮扶计划，9月底前落实到位",
                "",
            ),
            (
                "饮水安全",
                "村东组自来水管网老化，供水不稳定",
                "第三互查组",
                "申报管网维修",
                "2024.10.31",
                "未启动",
            ),
        ],
    ),
    (
        "后李村",
        "濮阳县张集镇后李村村民委员会",
        [
            (
                "资料档案",
                "村级档案缺少2023年度收入核查记录",
                "第五互查组",
                "补齐核查记录",
                "2024.7.25",
                "已补齐",
            ),
            (
                "政策落实",
                "2户脱贫户家庭成员未参加城乡居民医保",
                "第五互查组",
                "动员参保",
                "2024.8.31",
                "已动员1户参保，另1户正在办理",
            ),
            (
                "住房安全",
                "1户脱贫户住房墙体开裂存在安全隐患",
                "第五互查组",
                "申请危房改造",
                "2024年9月底前",
                "已上报危房改造申请",
            ),
            (
                "产业帮扶",
                "村集体光伏电站收益分配公示不及时",
                "第五互查组",
                "按季度公示",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
]


def write_village_book(path: Path, village: str, rows: list[tuple]) -> Path:
    b = Book(path, author=village)
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 12, 36, 12, 22, 26, 26])
    b.line(ws, 0, "张集镇巩固拓展脱贫攻坚成果村村互查问题整改台账", 6, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{village}    填报日期：2024年7月30日", 6)
    b.header(ws, 2, ["序号", "问题类别", "发现问题", "互查组", "整改措施", "整改时限", "整改进展"])
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    b.line(ws, 4 + len(rows), "村支部书记：            包村干部：            联系电话：", 6)
    return b.close()


def write_village(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for short, village, rows in VILLAGE_RETURNS:
            name = f"{short}村村互查问题整改台账.xlsx"
            member = write_village_book(Path(tmp) / name, village, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 7. 根治欠薪隐患排查问题台账, after a 镇's 根治欠薪工作总结 (成立领导小组, 办公室设在镇人社所; 联系村班子成员牵头排查欠薪
# 隐患, 形成欠薪问题台账; 问题不解决不销账; 抽调镇人社所、综治办等组成联合执法检查组; 建立工程项目工资支付进度、
# 用工数量、建设方施工方单位联系人等信息台账):
# http://004km.cn/a9/472c66b152b04f84.html
# An .xlsx: the 镇 named only in the title, a 填报时间 line, a two-row header (欠薪情况 over 涉及人数/金额, 是否销账
# over 是/否 answered with √), the 镇's own offices as 责任部门, a 合计 row, a 注 and a signature line.
WAGE_ROWS = [
    (
        "马庄桥镇中心小学教学楼项目",
        "河南建业建工有限公司",
        23,
        41.6,
        "劳务分包单位未按月足额支付农民工工资",
        "约谈施工单位负责人，督促通过工资专户代发",
        "镇人社所",
        "2024.7.20",
        "已足额发放",
        "√",
        "",
    ),
    (
        "镇区道路提升改造工程",
        "濮阳市恒信路桥工程有限公司",
        15,
        18.2,
        "工程款拨付滞后导致班组工资拖欠",
        "协调建设方拨付进度款",
        "镇财政所",
        "7月底前拨付进度款，8月15日前清偿完毕",
        "已拨付进度款60万元，工资正在发放",
        "",
        "√",
    ),
    (
        "温氏养殖小区扩建项目",
        "清丰县鑫达建筑劳务有限公司",
        8,
        6.5,
        "未落实农民工实名制管理",
        "督促建立实名制台账",
        "镇人社所",
        "2024.8.10",
        "",
        "",
        "",
    ),
    (
        "马庄桥镇卫生院住院楼",
        "河南中原建设有限公司",
        31,
        52.0,
        "未设立农民工工资专用账户",
        "督促开设工资专户并备案",
        "镇村建所",
        "2024.7.15",
        "已开设工资专户并备案",
        "√",
        "",
    ),
    (
        "镇服装加工园区",
        "清丰县锦程服饰有限公司",
        12,
        9.8,
        "企业经营困难，拖欠员工3个月工资",
        "领导包案，协调先行垫付",
        "镇综治办",
        "2024.7.31",
        "",
        "",
        "√",
    ),
    (
        "农村饮水提升工程",
        "濮阳市水利工程有限公司",
        6,
        4.3,
        "施工现场未设置维权信息告示牌",
        "督促设置告示牌",
        "镇村建所",
        "2024.7.12",
        "已设置",
        "√",
        "",
    ),
    (
        "镇敬老院改造项目",
        "清丰县安居建筑工程有限公司",
        5,
        3.2,
        "劳务合同未签订，工资支付无书面约定",
        "督促补签劳动合同",
        "镇人社所",
        "8月20日前",
        "已补签3人，剩余2人正在联系",
        "",
        "√",
    ),
]


def write_wage(path: Path) -> Path:
    b = Book(path, author="镇人社所")
    ws = b.sheet("欠薪台账")
    b.widths(ws, [6, 24, 26, 8, 10, 32, 28, 10, 22, 28, 6, 6])
    b.line(ws, 0, "清丰县马庄桥镇根治欠薪隐患排查问题台账", 11, b.title)
    b.line(ws, 1, "填报时间：2024年7月31日    金额单位：万元", 11)
    for c, word in enumerate(["序号", "项目（企业）名称", "施工（用工）单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "欠薪情况", b.head)
    b.header(ws, 3, ["涉及人数", "金额"], first=3)
    for c, word in enumerate(["问题描述", "化解措施", "责任部门", "化解时限", "化解进展"], start=5):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 10, 2, 11, "是否销账", b.head)
    b.header(ws, 3, ["是", "否"], first=10)
    for i, row in enumerate(WAGE_ROWS, 1):
        b.row(ws, 3 + i, [i, *row])
        b.put(ws, 3 + i, 0, i, b.center)
    r = 4 + len(WAGE_ROWS)
    b.merge(ws, r, 0, r, 2, "合计", b.center)
    b.put(ws, r, 3, sum(row[2] for row in WAGE_ROWS))
    b.put(ws, r, 4, round(sum(row[3] for row in WAGE_ROWS), 1))
    for c in range(5, 12):
        b.put(ws, r, c, "")
    b.line(ws, r + 1, "注：是否销账栏以“√”标记；问题不解决不销账。", 11)
    b.line(ws, r + 2, "填表人：            审核人：            镇根治欠薪专项行动领导小组办公室（盖章）", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 重大安全隐患挂牌督办整改情况表, after a county's rules for the 重大以上安全隐患 (治理主体是隐患所在生产经营单位, 无生产
# 经营主体的公共安全隐患由所在乡镇人民政府治理; 县安委办向治理主体发出隐患整改通知书, 明确整改时间; 定期督查和复查;
# 逾期未整治到位的下达督办函, 限期督办):
# https://joyce-tex.com/html/art2015110art_13506_114941.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 治理责任单位 and the 监管部门 beside it,
# 交办日期 (the day of the 整改通知书) an event, a 复查情况 column, a 注 and the date.
HAZARD_ROWS = [
    (
        "液氨储罐区未设置泄漏报警和紧急切断装置",
        "濮阳市华瑞食品冷链有限公司",
        "市应急管理局",
        "2024-06-12",
        "2024年7月15日",
        "已完成改造",
        "复查合格，予以销号",
    ),
    (
        "加油站卸油区防渗设施破损",
        "中国石化销售股份有限公司河南濮阳石油分公司第十二加油站",
        "市商务局",
        "2024-06-20",
        "2024年8月20日",
        "正在施工",
        "",
    ),
    (
        "危险化学品仓库超量储存且未分类存放",
        "濮阳县宏泰化工有限公司",
        "市应急管理局",
        "2024-06-05",
        "2024年7月5日",
        "逾期未整改，已下达督办函",
        "",
    ),
    (
        "老旧居民区燃气管道穿越地下室存在泄漏风险",
        "濮阳县文留镇人民政府",
        "市住房和城乡建设局",
        "2024-06-28",
        "9月底前",
        "已完成管道改造方案设计，正在招标",
        "",
    ),
    (
        "非煤矿山排土场边坡超高超陡",
        "范县金山建材有限公司",
        "市应急管理局",
        "2024-07-02",
        "2024年10月31日",
        "",
        "",
    ),
    (
        "烟花爆竹批发仓库防雷设施检测不合格",
        "濮阳市吉庆烟花爆竹有限公司",
        "市应急管理局",
        "2024-07-08",
        "2024年7月18日",
        "已重新检测",
        "复查合格",
    ),
    (
        "商贸综合体消防控制室值班人员无证上岗",
        "濮阳万达广场商业管理有限公司",
        "市消防救援支队",
        "2024-07-10",
        "30日内",
        "已组织值班人员参加培训考试",
        "",
    ),
]


def write_hazard_docx(path: Path) -> Path:
    doc = _new_document("市安委办")
    _title(doc, "2024年重大安全隐患挂牌督办整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市安全生产委员会办公室    填报日期：2024年7月31日", 12)
    body = [[str(i), *row] for i, row in enumerate(HAZARD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "隐患名称及内容",
            "治理责任单位",
            "监管部门",
            "交办日期",
            "整改时限",
            "整改进展",
            "复查情况",
        ],
        body,
        10,
    )
    _paragraph(doc, "注：复查合格的隐患予以销号；逾期未整改到位的，下达督办函限期督办。", 12)
    _paragraph(doc, "濮阳市安全生产委员会办公室", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月31日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hazard(path: Path) -> Path:
    return via_soffice(write_hazard_docx, path, "doc", "重大安全隐患挂牌督办整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 9. 12366纳税服务投诉转办督办情况表, after a provincial 国税局's account of its 纳税服务投诉督办 (12366热线为主体,
# 办税服务厅、门户网站等多渠道受理; 转办、交办及督办的内容、时限和责任追究; 每月汇总投诉事项的具体内容、办理情况、
# 纳税人反馈情况):
# https://xian.baogaosu.com/xinwen/%E7%A7%91%E5%AD%A6%E6%9C%BA%E5%88%B6%E9%AB%98%E6%95%88%E5%A4%84%E7%90%86%E7%BA%B3%E7%A8%8E%E6%9C%8D%E5%8A%A1%E6%8A%95%E8%AF%89/35451964
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with 转办日期, the complainant beside the
# 承办单位, 办理时限 in working days from the 转办日期, 办结日期 an event; a 合计 row and a signature line.
TAX_ROWS = [
    (
        "TS2024070012",
        date(2024, 7, 2),
        "12366热线",
        "王**",
        "办税服务厅叫号后长时间无人受理",
        "国家税务总局濮阳市华龙区税务局",
        "5个工作日内",
        "已核实，对窗口人员批评教育并向纳税人致歉",
        date(2024, 7, 5),
    ),
    (
        "TS2024070027",
        date(2024, 7, 4),
        "门户网站",
        "李**",
        "电子税务局发票开具功能频繁报错",
        "濮阳市税务局",
        "10个工作日内",
        "已反馈省局技术团队，正在修复",
        None,
    ),
    (
        "TS2024070033",
        date(2024, 7, 9),
        "12366热线",
        "赵**",
        "出口退税申请超期未办理",
        "国家税务总局清丰县税务局",
        "5个工作日内",
        "已办结",
        date(2024, 7, 15),
    ),
    (
        "TS2024070041",
        date(2024, 7, 15),
        "办税服务厅",
        "孙**",
        "税务人员服务态度生硬",
        "国家税务总局南乐县税务局",
        "5个工作日内",
        "逾期未反馈",
        None,
    ),
    (
        "TS2024070058",
        date(2024, 7, 22),
        "12366热线",
        "周**",
        "社保费缴费后未及时出具完税证明",
        "国家税务总局范县税务局",
        "5个工作日内",
        "",
        None,
    ),
    (
        "TS2024070063",
        date(2024, 7, 24),
        "12366热线",
        "吴**",
        "自助办税终端故障未及时维修",
        "国家税务总局台前县税务局",
        "3个工作日内",
        "已联系厂家更换主板，预计8月2日恢复使用",
        None,
    ),
    (
        "TS2024070071",
        date(2024, 7, 26),
        "门户网站",
        "郑**",
        "纳税咨询电话长期无人接听",
        "国家税务总局濮阳县税务局",
        "5个工作日内",
        "已调整咨询岗值班安排",
        date(2024, 7, 30),
    ),
]


def write_tax_book(path: Path) -> Path:
    b = Book(path, author="纳税服务科")
    ws = b.sheet("7月")
    b.widths(ws, [6, 16, 12, 12, 10, 34, 30, 14, 34, 12])
    b.line(ws, 0, "12366纳税服务投诉转办督办情况表", 9, b.title)
    b.line(ws, 1, "填报单位：国家税务总局濮阳市税务局纳税服务科    统计时段：2024年7月1日—7月31日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "投诉编号",
            "转办日期",
            "受理渠道",
            "投诉人",
            "投诉事项",
            "承办单位",
            "办理时限",
            "办理情况",
            "办结日期",
        ],
    )
    for i, row in enumerate(TAX_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
        b.put(ws, 2 + i, 0, i, b.center)
    r = 3 + len(TAX_ROWS)
    b.merge(ws, r, 0, r, 4, "合计", b.center)
    b.merge(ws, r, 5, r, 9, "转办7件，办结3件，办结率42.9%")
    b.line(ws, r + 1, "填表人：马丽    审核人：高建华    联系电话：0393-12366", 9)
    return b.close()


def write_tax(path: Path) -> Path:
    return via_soffice(write_tax_book, path, "xls", "纳税服务投诉转办督办情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 医保基金违法违规问题专项治理整改情况的报告, after a 医保基金监管稽查方案 (以自查自纠和飞行检查发现的问题为重点, 两类
# 机构: 医保经办机构治理重点 内审制度不健全、基金稽核不全面、违规办理医保待遇; 定点医疗机构治理重点 挂床住院、诱导住院、
# 串换项目收费、违规收费; 定点零售药店治理重点 药品管理不规范、进销存数据不符):
# http://cooco.net.cn/zuowen/1949293.html
# A .doc (Word 97 via LibreOffice): title, addressee, preamble, the items as numbered paragraphs under the three
# 治理重点 headings, each naming its 责任单位, 整改时限 and (mostly) 整改情况; the sender and date.
MED_PARAS = [
    (
        "一、医保经办机构",
        [
            "（一）医保经办机构内部审核制度不健全，基金稽核覆盖不全面。责任单位：濮阳市医疗保障服务中心。"
            "整改时限：2024年9月底前。整改情况：已修订内部控制制度，正在开展稽核全覆盖。",
            "（二）违规办理异地就医备案手续。责任单位：市医保局。整改时限：2024年7月15日。整改情况：已整改完毕。",
        ],
    ),
    (
        "二、定点医疗机构",
        [
            "（三）存在挂床住院、诱导住院问题。责任单位：濮阳市第五人民医院。整改时限：2024年8月31日。"
            "整改情况：已追回违规基金12.6万元，正在完善住院管理制度。",
            "（四）串换诊疗项目收费。责任单位：清丰县中医院。整改时限：2024年7月20日。"
            "整改情况：已退回违规费用，经复查合格。",
            "（五）超标准收取诊查费。责任单位：南乐县人民医院。整改时限：2024年7月31日。",
        ],
    ),
    (
        "三、定点零售药店",
        [
            "（六）药品进销存数据与医保结算数据不符。责任单位：濮阳市康泰大药房有限公司。整改时限：2024年8月15日。"
            "整改情况：未整改。",
            "（七）部分药店医保药品进销存管理不规范。责任单位：市医疗保障局。整改时限：长期坚持。"
            "整改情况：常态化开展药店专项检查。",
        ],
    ),
]


def write_med_docx(path: Path) -> Path:
    doc = _new_document("基金监管科")
    _title(doc, "关于医保基金违法违规问题专项治理整改情况的报告")
    _paragraph(doc, "市维护医保基金安全领导小组：")
    _paragraph(
        doc,
        "按照全市医保基金违法违规问题专项治理工作部署，我局以自查自纠和飞行检查发现的问题为重点，"
        "对医保经办机构和定点医药机构逐项明确责任单位和整改时限。截至2024年7月底，问题整改情况报告如下：",
    )
    for heading, paras in MED_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "濮阳市医疗保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_med(path: Path) -> Path:
    return via_soffice(write_med_docx, path, "doc", "医保基金专项治理整改情况的报告.docx")


FILES = [
    ("市级环保集中督察反馈问题整改完成情况公示表.xlsx", write_env),
    ("规上工业企业统计数据质量核查问题整改台账.xls", write_stat),
    ("市容秩序专项督查问题交办整改台账（7月第3期）.csv", write_city),
    ("市自然资源和规划局二季度保密和档案工作检查问题整改情况表.docx", write_secret),
    ("政府信息公开栏目测评反馈问题整改清单.ods", write_open),
    ("张集镇巩固脱贫成果村村互查问题整改台账（两村）.zip", write_village),
    ("马庄桥镇根治欠薪隐患排查问题台账.xlsx", write_wage),
    ("重大安全隐患挂牌督办整改情况表.wps", write_hazard),
    ("12366纳税服务投诉转办督办情况表（2024年7月）.et", write_tax),
    ("关于医保基金违法违规问题专项治理整改情况的报告.doc", write_med),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

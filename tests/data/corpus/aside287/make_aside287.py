"""Write the aside287 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 食品安全（学校食堂、集中用餐单位、餐饮、网络订餐）, 药品医疗器械（零售药店、医疗器械重点品种）and
市场监管投诉举报（校园餐举报线索、举报奖励、举报投诉平台）.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et, .ods and .wps (LibreOffice conversions of two .xlsx
and a .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a
.docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside287.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 16, 40, 0)
ZIP_TIME = (2024, 7, 31, 16, 40, 0)


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
# 1. 秋季学期学校食品安全问题隐患清单, after the 市场监管总局、教育部、公安部、国家卫生健康委 notice on 秋季学校食品安全
# (督促校外供餐单位和学校开学前全面自查; 防虫防鼠防蝇设施; 校外供餐单位、学校食堂全覆盖监督检查; 对发现的食品安全问题
# 和隐患要建立清单，实行台账管理，限期及时整改; 校长（园长）负责制和陪餐制度; 统一组织招标，准入、考核评价和退出管理
# 机制; 教育部门会同卫生健康、市场监管部门加大食品安全与营养健康知识宣传):
# http://www.extremexp.net/xinwen/yejie/2023/0827/758554.html
# An .xlsx: title, 牵头单位 line, a preamble sentence, a two-row header (整改情况 over 整改进度 and 完成时间), a 发现时间
# the 立行立改 row counts from, 责任单位 mixing city bureaus under short and former names with schools and a town,
# deadlines as dates, 8月底前, 年底前, 第三季度, 立行立改 and 长期坚持, a 注 line and a signature line.
SCHOOL_ROWS = [
    (
        "开学前自查",
        "濮阳县第三实验小学",
        date(2024, 7, 8),
        "食堂操作间防鼠网破损，排水沟出口未加装防鼠设施",
        "濮阳县第三实验小学",
        "更换防鼠网，排水沟出口加装不锈钢篦子",
        "2024年8月20日",
        "已更换防鼠网并加装篦子",
        date(2024, 7, 22),
    ),
    (
        "三防设施",
        "清丰县第一高级中学",
        date(2024, 7, 8),
        "食品库房未设置挡鼠板，部分米面直接着地存放",
        "清丰县第一高级中学",
        "安装挡鼠板，配置离地隔墙货架",
        "8月底前",
        "货架已采购，正在安装",
        "",
    ),
    (
        "陪餐制度",
        "南乐县各中小学",
        date(2024, 7, 9),
        "学校相关负责人陪餐记录不全，部分学校陪餐制度流于形式",
        "市教育局",
        "督促学校落实校长（园长）负责制和陪餐制度",
        "秋季开学前（8月31日前）",
        "已下发通知，正在逐校督导检查",
        "",
    ),
    (
        "校外供餐",
        "濮阳市嘉膳餐饮管理有限公司",
        date(2024, 7, 10),
        "校外供餐单位配送车辆未配备保温设施，配送记录不完整",
        "市监局",
        "对校外供餐单位开展全覆盖监督检查",
        "2024年7月31日",
        "已完成全覆盖检查，责令该单位整改到位",
        date(2024, 7, 26),
    ),
    (
        "招标管理",
        "华龙区部分中小学",
        date(2024, 7, 11),
        "食堂承包经营企业未按招投标程序统一招标，准入、考核评价和退出机制不健全",
        "市教育局",
        "指导学校统一组织招标，建立退出管理机制",
        "年底前",
        "未启动",
        "",
    ),
    (
        "营养健康",
        "全市中小学",
        date(2024, 7, 11),
        "学校食品安全与营养健康知识宣传不足，部分食堂菜品高盐高油",
        "市卫计委",
        "会同教育、市场监管部门开展宣传，指导食堂减盐减油",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "开学前自查",
        "范县实验中学",
        date(2024, 7, 9),
        "从业人员健康证明过期2人，仍在岗从事加工操作",
        "范县实验中学",
        "立即调离岗位，重新办理健康证明",
        "立行立改",
        "已调离岗位，健康证明已重新办理",
        date(2024, 7, 10),
    ),
    (
        "留样管理",
        "台前县城关镇中心小学",
        date(2024, 7, 12),
        "未按规定进行食品留样，留样量不足125克",
        "台前县城关镇中心小学",
        "配备留样柜，专人负责留样",
        "2024年7月15日",
        "",
        "",
    ),
    (
        "校园周边",
        "濮阳市第一中学周边",
        date(2024, 7, 15),
        "学校周边流动摊贩占道销售“三无”食品，放学时段聚集",
        "公安局",
        "会同城管、市场监管部门开展联合整治",
        "2024年8月31日",
        "已开展联合整治2次，正在持续推进",
        "",
    ),
    (
        "校园周边",
        "清丰县第二实验小学周边",
        date(2024, 7, 15),
        "校门口早餐流动摊点无证经营，环境卫生差",
        "清丰县城关镇人民政府",
        "设置早餐疏导点，引导摊点入室经营",
        "第三季度",
        "已划定临时疏导点，正在引导入驻",
        "",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="食安办")
    ws = b.sheet("问题隐患清单")
    b.widths(ws, [6, 11, 20, 12, 38, 18, 28, 16, 26, 12])
    last = 9
    b.line(ws, 0, "2024年秋季学期学校食品安全问题隐患清单（台账）", last, b.title)
    b.line(ws, 1, "牵头单位：濮阳市食品安全委员会办公室    填报日期：2024年7月30日", last)
    b.line(
        ws,
        2,
        "按照秋季学校食品安全工作部署，对开学前检查发现的食品安全问题和隐患建立清单，实行台账管理，限期及时整改。",
        last,
    )
    for c, word in enumerate(
        ["序号", "类别", "检查对象", "发现时间", "问题和隐患", "责任单位", "整改措施", "整改时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "整改情况", b.head)
    b.header(ws, 4, ["整改进度", "完成时间"], first=8)
    for i, row in enumerate(SCHOOL_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 5 + len(SCHOOL_ROWS)
    b.line(
        ws,
        end,
        "注：“整改进度”填写已完成、整改中或未启动；长期性工作注明“长期坚持”；已完成的填写完成时间。",
        last,
    )
    b.line(ws, end + 1, "填报人：杜晓燕    审核人：范文涛    联系电话：0393-8996127", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 网络订餐第三方平台约谈问题整改台账, after a city 市场监督管理局's 集体约谈 of the 网络外卖配送企业 (通报平台对入网餐厅
# 资质把关不严和证照过期、关停倒闭餐厅下线不及时的问题; 未取得《食品经营许可证》或证照不齐的餐厅一律不得入网; 对新入网
# 餐厅预先核准后再上线; 利用一周时间全面开展自查和净网行动; 加强线上和线下餐厅巡查):
# http://www.aqonline.com.cn/ms/mszx/201712/t20171225_4432178.html
# An .xls (xlwt): title, 填报单位/约谈时间 line, a 整改期限 preamble line, one header row with 平台名称 and 责任主体
# merged down over each platform's rows, deadlines as 7日内 counted from the 约谈 date, dates and 长期坚持, a 注 line.
TAKEAWAY_ROWS = [
    (
        "美团外卖",
        "濮阳市团优网络科技有限公司",
        "对入网餐厅资质审核把关不严，抽查发现12家入网餐厅未取得《食品经营许可证》",
        "立即下线无证餐厅，全面开展自查",
        "7日内",
        "12家无证餐厅已全部下线，自查报告已报送",
    ),
    (
        "美团外卖",
        "濮阳市团优网络科技有限公司",
        "关停倒闭餐厅下线不及时，平台仍显示正常营业",
        "核实关停餐厅并及时作下线处理",
        "7日内",
        "已下线9家，剩余3家正在核实",
    ),
    (
        "饿了么",
        "濮阳市速递优选网络科技有限公司",
        "入网餐厅食品经营许可证过期未更新公示，涉及7家",
        "督促商户更新证照，逾期未更新的予以下线",
        "7日内",
        "已通知商户限期更新证照",
    ),
    (
        "饿了么",
        "濮阳市速递优选网络科技有限公司",
        "未落实新入网餐厅预先核准制度，线上审核信息与线下实体不一致",
        "新入网餐厅预先核准后再上线",
        "2024年8月15日",
        "",
    ),
    (
        "同城帮",
        "濮阳市同城帮跑腿服务有限公司",
        "入网商户未公示量化分级等级，外卖包装未使用食品安全封签",
        "督促商户公示等级，推行外卖封签",
        "2024年7月31日",
        "已整改",
    ),
    (
        "同城帮",
        "濮阳市同城帮跑腿服务有限公司",
        "线上线下餐厅巡查频次不足，未建立巡查记录",
        "每周开展线上线下巡查并留存记录",
        "长期坚持",
        "每周巡查一次，常态化推进",
    ),
    (
        "自营外卖",
        "濮阳市华联快餐连锁有限公司",
        "外卖配送箱未定期清洗消毒，无清洗消毒记录",
        "配送箱每日清洗消毒并登记",
        "7日内",
        "未整改",
    ),
]


def write_takeaway(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    last = 6
    cells: list[tuple] = [
        (0, 0, "网络订餐第三方平台集体约谈问题整改落实台账", title, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市市场监督管理局（餐饮服务食品安全监管科）    约谈时间：2024年7月12日",
            plain,
            1,
            last,
        ),
        (2, 0, "整改期限：约谈之日起7日内完成自查和净网；新入网餐厅实行预先核准后上线。", plain, 2, last),
    ]
    words = [
        "序号",
        "平台名称",
        "责任主体（运营企业）",
        "约谈通报问题",
        "整改要求",
        "整改期限",
        "整改落实情况",
    ]
    cells += [(3, c, w, head) for c, w in enumerate(words)]
    r = 4
    start = 0
    while start < len(TAKEAWAY_ROWS):
        end = start
        while end + 1 < len(TAKEAWAY_ROWS) and TAKEAWAY_ROWS[end + 1][1] == TAKEAWAY_ROWS[start][1]:
            end += 1
        top, bottom = r + start, r + end
        platform, owner = TAKEAWAY_ROWS[start][:2]
        if top == bottom:
            cells += [(top, 1, platform, mid), (top, 2, owner, cell)]
        else:
            cells += [(top, 1, platform, mid, bottom, 1), (top, 2, owner, cell, bottom, 2)]
        start = end + 1
    for i, row in enumerate(TAKEAWAY_ROWS):
        cells.append((r + i, 0, i + 1, mid))
        cells += [(r + i, 3 + k, v, cell) for k, v in enumerate(row[2:])]
    end = r + len(TAKEAWAY_ROWS)
    cells.append(
        (
            end,
            0,
            "注：整改期限自约谈之日（2024年7月12日）起计算；“长期坚持”事项按月报送巡查记录。",
            plain,
            end,
            last,
        )
    )
    cells.append(
        (end + 1, 0, "填表人：韩冬梅    审核人：吕国栋    联系电话：0393-8910652", plain, end + 1, last)
    )
    return _write_xls(path, [("约谈问题整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 升学宴承办餐饮单位专项检查, after a city 食品药品监督管理局's 年夜饭专项检查 of the 承办餐饮单位 (约谈会后检查；申报
# 备案近800桌；生熟食品混放、保洁柜柜门敞开、垃圾桶未加盖、餐厨垃圾未及时清理等问题；现场要求各酒店负责人立即整改):
# http://aq365.com/html/201401/28/202818954.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row with the 检查日期 the 立即整改 rows count
# from, the 备案桌数, 处理意见 and a 复查情况 column, deadlines as 立即整改 / N日内 / dates, a 合计 row, signature.
BANQUET_ROWS = [
    (
        date(2024, 7, 15),
        "濮阳金悦酒店有限公司",
        36,
        "凉菜间生熟食品混放，刀具砧板未分开使用",
        "现场责令立即整改",
        "立即整改",
        "已整改，复查合格",
    ),
    (
        date(2024, 7, 16),
        "华龙区福满楼饭店",
        20,
        "垃圾桶未加盖，餐厨垃圾未及时清理",
        "现场责令立即整改",
        "立即整改",
        "",
    ),
    (
        date(2024, 7, 17),
        "华龙区鸿运来宴会厅",
        60,
        "从业人员未佩戴帽子，个别人员健康证明过期",
        "下达责令改正通知书",
        "5日内",
        "已整改，复查合格",
    ),
    (
        date(2024, 7, 17),
        "濮阳市迎宾楼餐饮有限公司",
        45,
        "食品留样不足12个品种，未记录留样时间",
        "现场责令立即整改",
        "立即整改",
        "正在整改",
    ),
    (
        date(2024, 7, 18),
        "华龙区老街坊家常菜馆",
        12,
        "冷藏冰箱生熟混放，部分食品原料超过保质期",
        "下达责令改正通知书，没收过期原料",
        "2024年7月25日",
        "未整改",
    ),
    (
        date(2024, 7, 22),
        "华龙区好运来大酒店",
        50,
        "保洁柜柜门敞开，餐饮具清洗消毒设施不足",
        "下达责令改正通知书",
        "10日内",
        "已购置消毒柜，正在安装",
    ),
    (
        date(2024, 7, 24),
        "华龙区玉兰香饭庄",
        18,
        "未建立升学宴预订备案台账，未与主办方签订食品安全协议",
        "现场指导",
        "7月31日前",
        "已建立备案台账并签订协议，复查合格",
    ),
]


def write_banquet_book(path: Path) -> Path:
    b = Book(path, author="华龙区市场监管局")
    ws = b.sheet("专项检查")
    b.widths(ws, [6, 12, 26, 10, 38, 22, 14, 26])
    last = 7
    b.line(ws, 0, "华龙区承办升学宴餐饮单位专项检查问题整改情况表", last, b.title)
    b.line(ws, 1, "填报单位：华龙区市场监督管理局    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        ["序号", "检查日期", "餐饮单位名称", "备案桌数", "检查发现问题", "处理意见", "整改时限", "复查情况"],
    )
    for i, row in enumerate(BANQUET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BANQUET_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "", b.cell)
    b.put(ws, end, 2, "检查7户", b.cell)
    b.put(ws, end, 3, sum(row[2] for row in BANQUET_ROWS), b.center)
    b.put(ws, end, 4, "", b.cell)
    b.put(ws, end, 5, "下达责令改正通知书3份", b.cell)
    b.put(ws, end, 6, "", b.cell)
    b.put(ws, end, 7, "复查合格3户", b.cell)
    b.line(ws, end + 2, "负责人：许光明    填表人：吴倩    联系电话：0393-8221476", last)
    return b.close()


def write_banquet(path: Path) -> Path:
    return via_soffice(write_banquet_book, path, "xls", "升学宴餐饮单位专项检查整改情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 4. 零售药店专项督导检查问题清单, after a county 市场监督管理局's 督导检查 of its 药店 (退热止咳等药品登记记录不全，顾客
# 登记不实，未设置健康咨询点和对购买抗生素实名登记不到位，工作人员未佩戴口罩; 责令关门停业整顿，并向辖区全体零售药店
# 负责人予以通报):
# http://iosapp77.com/quanzhou/news/2488849.html
# A CSV in GBK: a title line, a 检查单位/通报范围 line, one header row with 所在乡镇 and the 检查日期 the 工作日 and
# 立即整改 deadlines count from, 处理措施 (停业整顿, 警告, 责令整改), a 合计 row and a 注 line.
PHARMACY_ROWS = [
    (
        "濮阳县城关镇仁和堂大药房",
        "城关镇",
        "2024-07-02",
        "处方药未凭处方销售，抗菌药物销售未实名登记",
        "停业整顿10天",
        "2024年7月12日",
        "已整改，经复查准予恢复营业",
    ),
    (
        "濮阳县文留镇百姓康药店",
        "文留镇",
        "2024-07-02",
        "执业药师不在岗，未设置药学咨询服务点",
        "警告",
        "5个工作日内",
        "正在整改",
    ),
    (
        "濮阳县柳屯镇益民药店",
        "柳屯镇",
        "2024-07-03",
        "中药饮片斗谱与实物不符，养护记录缺失",
        "责令整改",
        "5个工作日内",
        "已整改",
    ),
    (
        "濮阳县庆祖镇康泰大药房",
        "庆祖镇",
        "2024-07-05",
        "阴凉区温湿度超标未采取调控措施",
        "责令整改",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳县八公桥镇惠民大药房",
        "八公桥镇",
        "2024-07-09",
        "营业人员未佩戴工作牌，在岗人员与公示信息不一致",
        "责令整改",
        "立即整改",
        "已整改",
    ),
    (
        "濮阳县户部寨镇同济堂药店",
        "户部寨镇",
        "2024-07-10",
        "销售过期药品2个批次，购进验收记录不全",
        "立案调查，停业整顿15天",
        "2024年7月25日",
        "未整改",
    ),
    (
        "濮阳县徐镇镇济民药店",
        "徐镇镇",
        "2024-07-12",
        "退热、止咳类药品销售登记记录不全",
        "警告",
        "10个工作日内",
        "正在补录销售记录",
    ),
]


def write_pharmacy(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县零售药店专项督导检查问题清单（2024年7月）"])
    w.writerow(["检查单位：濮阳县市场监督管理局    通报范围：辖区全体零售药店负责人"])
    w.writerow(["序号", "药店名称", "所在乡镇", "检查日期", "存在问题", "处理措施", "整改期限", "整改结果"])
    for i, row in enumerate(PHARMACY_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查药店7家", "", "", "", "停业整顿2家，警告2家", "", "已整改3家"])
    w.writerow(["注：整改期限中的工作日自检查日期次日起计算；立即整改的以检查当日为限。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 养老机构食堂食品安全问题专项治理整改情况报告, after the 市场监管总局、教育部、民政部、国家卫生健康委、国管局
# 《集中用餐单位食品安全问题专项治理行动工作方案》 (学校、医院、养老院、机关等集中用餐单位食堂; 自即日起至2023年年底;
# 全面排查、集中整治、总结评估; 通风、防蝇防鼠防虫、冷藏冷冻设备设施; 晨检、食品留样、餐饮具清洗消毒、剩余食品处置;
# 承包经营企业资质; 对发现的问题建立问题清单，督促限期全部整改):
# http://www.vodpl.com/sydt/show.php?itemid=2824
# A .docx report: title, 主送, a preamble, items as numbered paragraphs （一）…（八） each naming its 责任单位, 整改时限
# (dates, 8月底前, 立行立改 with the 排查日期, a schedule text, 长期坚持) and 整改进展 in sentences, one item with no
# progress sentence at all, a 下一步 paragraph and the bureau and date at the foot.
ELDER_ITEMS = [
    (
        "市社会福利院食堂通风、防蝇防鼠防虫设施老化，操作间纱窗破损。",
        "濮阳市社会福利院",
        "2024年6月30日",
        "已更换纱窗和风幕机，已完成整改。",
    ),
    (
        "濮阳县城关镇敬老院晨检制度执行不到位，从业人员晨检记录缺失。",
        "濮阳县城关镇敬老院",
        "立行立改（排查日期2024年6月12日）",
        "已建立晨检登记本并明确专人负责，整改完成。",
    ),
    (
        "清丰县中心敬老院冷藏冷冻设备不足，生熟食品共用一台冰箱。",
        "清丰县中心敬老院",
        "8月底前",
        "已申请购置资金，冷藏冰柜正在采购。",
    ),
    (
        "南乐县福康养老院食堂承包经营企业未取得食品经营许可证，承包合同未约定食品安全责任。",
        "南乐县福康养老院",
        "7月底前完成承包合同清理，9月底前完成重新招标",
        "已终止原承包合同，重新招标正在进行。",
    ),
    (
        "范县龙王庄镇敬老院食品留样不规范，留样量不足且未标注留样时间。",
        "范县龙王庄镇敬老院",
        "2024年7月15日",
        "",
    ),
    (
        "台前县社会福利中心餐饮具清洗消毒不彻底，无消毒记录。",
        "台前县社会福利中心",
        "2024年7月20日",
        "整改未启动。",
    ),
    (
        "全市养老机构食堂从业人员食品安全培训不足，部分厨师不熟悉加工操作规范。",
        "市民政局养老服务科",
        "长期坚持",
        "每季度组织一次集中培训，常态化推进。",
    ),
    (
        "华龙区颐和养老中心剩余食品处置不规范，隔餐食品未冷藏存放。",
        "华龙区颐和养老中心",
        "立行立改（排查日期2024年6月18日）",
        "已整改，经复查合格。",
    ),
]
NUMERALS = "一二三四五六七八九十"


def write_elder(path: Path) -> Path:
    doc = _new_document("养老服务科")
    _title(doc, "濮阳市民政局关于养老机构食堂食品安全问题专项治理整改情况的报告")
    _paragraph(doc, "市食品安全委员会办公室：")
    _paragraph(
        doc,
        "按照集中用餐单位食品安全问题专项治理行动部署，我局对全市养老机构食堂开展全面排查、集中整治，"
        "对发现的问题建立问题清单，督促限期全部整改。截至2024年7月26日，整改情况报告如下：",
    )
    _paragraph(doc, "一、排查发现问题及整改进展", font="黑体")
    for n, (problem, unit, deadline, progress) in enumerate(ELDER_ITEMS):
        text = f"（{NUMERALS[n]}）{problem}责任单位：{unit}。整改时限：{deadline}。"
        if progress:
            text += f"整改进展：{progress}"
        _paragraph(doc, text)
    _paragraph(doc, "二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我局将继续按照全面排查、集中整治、总结评估三个阶段要求，对未完成整改的问题实行清单管理，逐项跟踪督办，"
        "整改完成一项、销号一项。",
    )
    _paragraph(doc, "濮阳市民政局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 药品销售监督检查表（不符合项整改）, after the 药品销售监督检查 page of a county food-and-drug supervision system
# (基本信息: 被检查单位名称、地址、企业负责人、许可证编号、检查时间; 检查人员及执法证件编号; 监管单位; 监督检查表:
# 检查项目 | 序号 (*1.1, 1.2 …) | 检查内容 | 评价 (是/否) | 备注, its groups 经营资质, 人员公示牌，执业药师证书,
# 食品标签等外观质量状况, 人员行为规范, 人员健康管理):
# https://github.com/zhangligithup/private-project/blob/799a8154cb8d77fa6b20386fbcc53040ae586600/foodregulation/src/main/webapp/WEB-INF/view/supervisionAndCheck/supervisionAndCheckDrugQuery.jsp
# A .wps (Word 97 via LibreOffice): title, a 基本信息 table naming the inspected pharmacy, its 检查时间 (the base of
# 立行立改), the inspectors and the 监管单位; then the non-compliant items with 检查项目 merged down over each group,
# the source's 序号, 评价 否, the problem, ticks under 是否整改 是/否, 整改时限 and 备注; the pharmacy signs at the foot.
DRUG_ROWS = [
    (
        "1．经营资质",
        "1.2",
        "查证照有效期，看是否过期",
        "《药品经营许可证》已于2024年5月到期，延续申请未办结",
        "√",
        "",
        "2024年7月15日",
        "已取得换发的药品经营许可证",
    ),
    (
        "2．人员公示牌，执业药师证书",
        "2.2",
        "查看执业药师注册证是否悬挂，悬挂的执业药师注册证等与实际人员是否相符",
        "悬挂的执业药师注册证人员已离职，实际在岗执业药师未注册到本店",
        "",
        "√",
        "2024年8月31日",
        "正在办理执业药师变更注册",
    ),
    (
        "3．食品标签等外观质量状况",
        "3.3",
        "查是否公布药品监管部门投诉举报电话（12331），是否设置顾客意见簿",
        "未公布药品投诉举报电话，未设置顾客意见簿",
        "√",
        "",
        "立行立改",
        "",
    ),
    (
        "3．食品标签等外观质量状况",
        "3.5",
        "查是否设置温湿度计，是否每天上下午各记录一次温湿度",
        "7月1日至3日温湿度记录缺失，店堂温度超过20℃未采取调控措施",
        "√",
        "",
        "立行立改",
        "已补装空调并规范记录",
    ),
    (
        "3．食品标签等外观质量状况",
        "3.7",
        "查有无违法药品广告",
        "店门口张贴含“根治”“无效退款”字样的保健食品宣传海报",
        "",
        "",
        "2024年7月10日",
        "",
    ),
    (
        "4．人员行为规范",
        "*4.3",
        "查药品陈列区域是否存放与经营活动无关的物品及私人用品",
        "药品陈列柜内存放水杯、饭盒等私人用品",
        "√",
        "",
        "",
        "",
    ),
    (
        "5．人员健康管理",
        "5.1",
        "查健康检查记录，从业人员是否每年进行健康检查",
        "2名营业员未进行2024年度健康检查",
        "",
        "√",
        "2024年7月31日",
        "",
    ),
]


def _drug_info_table(doc) -> None:
    info = [
        ("被检查单位名称", "清丰县百草堂大药房有限公司", "地址", "清丰县城关镇中原路168号"),
        ("企业负责人", "孔令军", "电话（手机号）", "13839312607"),
        ("许可证编号", "豫CB3932041", "检查时间", "2024年7月4日"),
        (
            "检查人员",
            "赵文斌（执法证号41090123017）、刘佳（41090123022）",
            "监管单位",
            "清丰县市场监督管理局",
        ),
    ]
    table = doc.add_table(rows=len(info), cols=4)
    table.style = "Table Grid"
    for r, values in enumerate(info):
        for c, v in enumerate(values):
            _cell_text(table.cell(r, c), v, bold=c in (0, 2))


def _drug_check_table(doc) -> None:
    table = doc.add_table(rows=2 + len(DRUG_ROWS), cols=9)
    table.style = "Table Grid"
    for c, word in enumerate(["检查项目", "序号", "检查内容", "评价", "存在问题"]):
        table.cell(0, c).merge(table.cell(1, c))
        _cell_text(table.cell(0, c), word, bold=True)
    table.cell(0, 5).merge(table.cell(0, 6))
    _cell_text(table.cell(0, 5), "是否整改", bold=True)
    _cell_text(table.cell(1, 5), "是", bold=True)
    _cell_text(table.cell(1, 6), "否", bold=True)
    for c, word in ((7, "整改时限"), (8, "备注")):
        table.cell(0, c).merge(table.cell(1, c))
        _cell_text(table.cell(0, c), word, bold=True)
    r = 2
    start = 0
    while start < len(DRUG_ROWS):
        end = start
        while end + 1 < len(DRUG_ROWS) and DRUG_ROWS[end + 1][0] == DRUG_ROWS[start][0]:
            end += 1
        group = table.cell(r + start, 0)
        if end > start:
            group = group.merge(table.cell(r + end, 0))
        _cell_text(group, DRUG_ROWS[start][0])
        start = end + 1
    for i, (_, number, content, problem, yes, no, deadline, note) in enumerate(DRUG_ROWS):
        for c, v in enumerate([number, content, "否", problem, yes, no, deadline, note], start=1):
            _cell_text(table.cell(r + i, c), v)


def write_drug_docx(path: Path) -> Path:
    doc = _new_document("百草堂大药房")
    _title(doc, "药品销售监督检查表（不符合项整改情况）", 18)
    _paragraph(doc, "基本信息", 12, "黑体")
    _drug_info_table(doc)
    _paragraph(doc, "监督检查表（仅列评价为“否”的检查内容）", 12, "黑体")
    _drug_check_table(doc)
    _paragraph(doc, "被检查单位意见：对检查发现问题无异议，已按要求整改并报送整改情况。", 12)
    _paragraph(doc, "企业负责人（签字）：孔令军    质量负责人：马晓丽    日期：2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_drug(path: Path) -> Path:
    return via_soffice(write_drug_docx, path, "doc", "药品销售监督检查表.docx")


# ---------------------------------------------------------------------------------------------
# 7. 校园餐违法行为线索核查处置台账 (two returns in one zip), after a county 市场监督管理局's 公告 征集“校园餐”违法行为
# 线索 (征集范围四类: 1.“三无”、过期、变质以及不符合食品安全标准的食品原料; 2.食材采购、贮存、加工、供餐等方面不规范、
# 不完善、不卫生; 3.学校食堂、食材供应商等“校园餐”生产经营单位的其他违法行为; 4.其他食品安全隐患与问题; 举报途径
# 电话12315和来信来访; 以便反馈处理情况; 核查属实的实施奖励):
# https://www.gangcha.gov.cn/html/2174/325110.html
# A .zip holding an .xlsx from the city bureau (征集范围 category, 举报途径, the 被举报单位 beside an explicit 承办单位,
# 办理时限 as dates) and a .docx table from a county bureau whose rows name only its own 股 and 市场监管所, with
# 办理期限 as 10个工作日 counted from each row's 受理日期.
CLUE_CITY_ROWS = [
    (
        "XY2024-07-003",
        "12315热线",
        "第1类",
        "清丰县古城乡中心小学食堂",
        "食堂使用过期面粉制作馒头，库房存放过期调味品",
        "清丰县市场监督管理局",
        "2024年7月19日",
        "核查属实，已立案查处并没收过期原料，已反馈举报人，办结",
    ),
    (
        "XY2024-07-006",
        "来信来访",
        "第2类",
        "华龙区春蕾幼儿园食堂",
        "食材采购未索证索票，蔬菜农残快检记录造假",
        "华龙区市场监督管理局",
        "2024年7月26日",
        "正在核查",
    ),
    (
        "XY2024-07-009",
        "12315热线",
        "第3类",
        "濮阳市鑫源食材配送有限公司",
        "向多所学校配送未经检疫的猪肉",
        "范县市场监督管理局",
        "2024年8月5日",
        "涉嫌犯罪，已移送公安机关",
    ),
    (
        "XY2024-07-011",
        "0393-12315",
        "第4类",
        "台前县夹河乡中心校",
        "学校食堂膳食费收支未公示，家长反映伙食标准与收费不符",
        "市教育局",
        "2024年7月31日",
        "",
    ),
    (
        "XY2024-06-027",
        "来信来访",
        "第1类",
        "濮阳县第四中学食堂",
        "食堂使用无标签的散装食用油",
        "濮阳县市场监督管理局",
        "2024年7月12日",
        "经核查举报不属实，已书面反馈举报人",
    ),
]
CLUE_COUNTY_ROWS = [
    (
        "2024-07-03",
        "第2类",
        "南乐县第一初级中学食堂生熟砧板混用，留样柜温度不达标",
        "城关市场监管所",
        "10个工作日",
        "已责令整改，复查合格，已反馈举报人",
    ),
    (
        "2024-07-08",
        "第1类",
        "南乐县元村镇中心小学食堂使用“三无”豆制品",
        "元村市场监管所",
        "10个工作日",
        "核查中",
    ),
    (
        "2024-07-15",
        "第3类",
        "学校周边食品店向学生销售散装辣条，无进货凭证",
        "食品经营监管股",
        "10个工作日",
        "逾期未办结",
    ),
    (
        "2024-07-22",
        "第4类",
        "南乐县谷金楼镇中心幼儿园食堂从业人员未穿戴工作衣帽",
        "谷金楼市场监管所",
        "10个工作日",
        "",
    ),
]


def write_clue_city_book(path: Path) -> Path:
    b = Book(path, author="食品安全协调科")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 15, 12, 10, 24, 38, 22, 14, 34])
    last = 8
    b.line(ws, 0, "“校园餐”违法行为线索登记及核查处置台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局    统计截至：2024年7月30日", last)
    b.line(
        ws,
        2,
        "征集范围：第1类 问题食品原料；第2类 采购、贮存、加工、供餐不规范；第3类 其他违法行为；第4类 其他隐患与问题",
        last,
    )
    b.header(
        ws,
        3,
        [
            "序号",
            "线索编号",
            "举报途径",
            "征集范围",
            "被举报单位",
            "线索内容",
            "承办单位",
            "办理时限",
            "核查处置及反馈情况",
        ],
    )
    for i, row in enumerate(CLUE_CITY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(CLUE_CITY_ROWS), "填表人：秦雪    联系电话：0393-8916315", last)
    return b.close()


def write_clue_county_docx(path: Path) -> Path:
    doc = _new_document("南乐县市场监管局")
    _title(doc, "南乐县“校园餐”违法行为线索核查处置情况", 18)
    _paragraph(doc, "填报单位：南乐县市场监督管理局    填报日期：2024年7月30日", 12)
    _paragraph(doc, "办理期限自受理之日起按工作日计算。", 12)
    body = [[str(i), *row] for i, row in enumerate(CLUE_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "受理日期", "线索类别", "反映问题", "承办股所", "办理期限", "处理结果"], body)
    _paragraph(doc, "填表人：岳晓峰    联系电话：0393-7212315", 12)
    return _save_fixed(doc, path)


def write_clue_zip(path: Path) -> Path:
    members = [
        ("市局“校园餐”违法行为线索核查处置台账.xlsx", write_clue_city_book),
        ("南乐县“校园餐”违法行为线索核查处置情况.docx", write_clue_county_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 校园餐食品安全小额举报奖励台账, after a city 市场监管局's 校园餐食品安全小额举报奖励机制 (12315热线、小程序、窗口、
# 信件、互联网平台等渠道; 三类线索: 食材隐患, 加工环境脏乱差、从业人员无健康证或操作不规范、“三防”设施问题, 其他风险如
# 超范围经营; 核查情况与举报事实基本相符并予以立案处罚的给予奖励; 举报核查处置后告知举报人并启动举报奖励审批):
# http://kah.mrzrw.cn/html/46a4499909.html
# An .xlsx: title, 填报单位 line, a 核查时限 line (15个工作日 from each row's 受理日期; no deadline column), a two-row
# header (核查处置 over 核查结果/处置方式/办结日期, 举报奖励 over 是否奖励/金额), the 承办单位 under a short name of
# the city bureau and full county names, a 合计 row and a signature line.
REWARD_ROWS = [
    (
        date(2024, 6, 3),
        "12315热线",
        "食材隐患",
        "濮阳市第一高级中学食堂",
        "食堂使用腐败变质的冻鸡腿",
        "市市场监管局",
        "与举报事实基本相符",
        "立案处罚",
        date(2024, 6, 20),
        "是",
        "按规定审批",
    ),
    (
        date(2024, 6, 17),
        "小程序",
        "环境与操作",
        "华龙区实验小学食堂",
        "后厨加工环境脏乱差，排水沟有污水积存",
        "华龙区市场监督管理局",
        "与举报事实基本相符",
        "情节轻微，责令整改",
        date(2024, 6, 28),
        "是",
        50,
    ),
    (
        date(2024, 7, 1),
        "窗口",
        "环境与操作",
        "濮阳县实验中学食堂",
        "从业人员无健康证明上岗，未穿戴工作衣帽",
        "濮阳县市场监督管理局",
        "正在核查",
        "",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 8),
        "信件",
        "其他风险",
        "清丰县学苑餐饮管理有限公司",
        "校外供餐单位超范围经营，未取得集体用餐配送资质",
        "市场监管局",
        "与举报事实相符",
        "立案调查",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 10),
        "12315热线",
        "食材隐患",
        "南乐县城关镇第二小学食堂",
        "食堂购进无标签散装调味料",
        "南乐县市场监督管理局",
        "举报不实",
        "不予立案",
        date(2024, 7, 19),
        "否",
        "",
    ),
    (
        date(2024, 7, 15),
        "互联网平台",
        "环境与操作",
        "范县第二实验小学食堂",
        "“三防”设施缺失，操作间无纱窗、无挡鼠板",
        "范县市场监督管理局",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        date(2024, 7, 22),
        "12315热线",
        "食材隐患",
        "台前县第一初级中学食堂",
        "食堂库房发现过期火腿肠和酸奶",
        "台前县市场监督管理局",
        "与举报事实基本相符",
        "没收过期食品，已立案",
        date(2024, 7, 30),
        "是",
        "审批中",
    ),
]


def write_reward(path: Path) -> Path:
    b = Book(path, author="投诉举报中心")
    ws = b.sheet("举报奖励台账")
    b.widths(ws, [6, 12, 11, 11, 24, 34, 20, 18, 18, 12, 9, 11])
    last = 11
    b.line(ws, 0, "校园餐食品安全小额举报线索核查及奖励台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市食品安全委员会办公室    填报日期：2024年7月31日", last)
    b.line(
        ws, 2, "核查时限：自受理之日起15个工作日内核查处置完毕；核查处置后告知举报人并启动奖励审批。", last
    )
    for c, word in enumerate(
        ["序号", "受理日期", "举报渠道", "线索类别", "被举报单位", "举报内容", "承办单位"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 9, "核查处置", b.head)
    b.merge(ws, 3, 10, 3, 11, "举报奖励", b.head)
    b.header(ws, 4, ["核查结果", "处置方式", "办结日期", "是否奖励", "金额（元）"], first=7)
    for i, row in enumerate(REWARD_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 5 + len(REWARD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "受理7件", b.cell)
    b.merge(ws, end, 7, end, 9, "办结4件", b.cell)
    b.merge(ws, end, 10, end, 11, "奖励3件", b.cell)
    b.line(ws, end + 1, "审核人：段俊杰    填表人：孙萌    联系电话：0393-8912315", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 校园食品安全和膳食经费管理举报投诉平台问题办理台账, after a city 教育和体育局's notice opening its 校园食品安全和膳食
# 经费管理举报投诉平台 (师生和家长通过平台反映问题; 平台实行专人受理、限时核查机制; 二维码张贴在校门口，各级各类学校
# 全覆盖):
# http://www.lcykschool.cn/gonggao/2025-07-28/755.html
# An .xlsx: title, 填报单位/统计截至 line, one header row with the 承办单位 merged down over each county's rows, 反映人
# and 问题类型 columns, a 限办日期 as a date, 办理状态 words (已办结, 核查中, 已转办, 超期未办) and a 回访满意度, a 说明
# line.
PLATFORM_GROUPS = [
    (
        "濮阳县教育局",
        [
            (
                date(2024, 6, 24),
                "家长",
                "濮阳县子岸镇中心小学",
                "膳食经费",
                "学校食堂伙食费结余未按规定滚动使用，账目未公示",
                date(2024, 7, 5),
                "已办结",
                "满意",
            ),
            (
                date(2024, 7, 1),
                "教师",
                "濮阳县梨园乡第一中学",
                "食品安全",
                "食堂饭菜分量不足，菜品长期单一",
                date(2024, 7, 10),
                "核查中",
                "",
            ),
            (
                date(2024, 7, 16),
                "家长",
                "濮阳县海通乡中心小学",
                "食品安全",
                "学生反映午餐米饭夹生",
                date(2024, 7, 23),
                "超期未办",
                "",
            ),
        ],
    ),
    (
        "华龙区教育局",
        [
            (
                date(2024, 7, 3),
                "家长",
                "华龙区孟轲乡中心小学",
                "膳食经费",
                "营养改善计划补助资金被用于教职工伙食",
                date(2024, 7, 31),
                "已转办区纪委监委",
                "",
            ),
            (
                date(2024, 7, 18),
                "学生",
                "华龙区胜利路小学",
                "食品安全",
                "食堂餐具清洗不净，有油污残留",
                date(2024, 7, 25),
                "已办结",
                "基本满意",
            ),
        ],
    ),
    (
        "市教育局",
        [
            (
                date(2024, 7, 8),
                "家长",
                "濮阳市第三中学",
                "膳食经费",
                "食堂承包经营合同到期未重新招标，继续由原企业经营",
                date(2024, 8, 30),
                "核查中",
                "",
            ),
            (
                date(2024, 7, 22),
                "教师",
                "濮阳市外国语学校",
                "食品安全",
                "食堂未落实陪餐制度，陪餐记录缺失",
                date(2024, 7, 29),
                "",
                "",
            ),
        ],
    ),
    (
        "清丰县教育局",
        [
            (
                date(2024, 7, 12),
                "家长",
                "清丰县实验小学",
                "食品安全",
                "校门口张贴的投诉平台二维码被遮挡，家长无法扫码反映问题",
                date(2024, 7, 19),
                "已办结",
                "满意",
            ),
        ],
    ),
]


def write_platform(path: Path) -> Path:
    b = Book(path, author="后勤管理科")
    ws = b.sheet("平台问题办理台账")
    b.widths(ws, [6, 16, 12, 10, 24, 10, 40, 12, 18, 11])
    last = 9
    b.line(ws, 0, "濮阳市校园食品安全和膳食经费管理举报投诉平台问题办理台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市教育局（后勤管理科）    统计截至：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "承办单位",
            "受理日期",
            "反映人",
            "涉及学校",
            "问题类型",
            "反映问题",
            "限办日期",
            "办理状态",
            "回访满意度",
        ],
    )
    r, n = 3, 0
    for unit, rows in PLATFORM_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, unit, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "说明：平台实行专人受理、限时核查，限办日期由市局受理时确定；转办纪检监察机关的问题按转办记录跟踪。",
        last,
    )
    b.line(ws, r + 1, "填表人：常立新    联系电话：0393-8990516", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 医疗器械重点品种专项整治问题台账, after a trade site's round-up of the 医疗器械专项整治 in four provinces (飞行检查
# 不合格企业或整改或停业整顿; 责令限期改正、立案查处、警告、责令停业) and its five 重点品种 for the next round: 无菌类
# 医械 (生产环节: 采购、洁净室控制、灭菌过程、可追溯性), 植入性医械 (经营环节: 购销渠道、进货查验和销售记录; 使用环节:
# 购进、验收、使用记录), 避孕套 (无证经营、经营无证产品), 平光隐形眼镜 (无证及超范围经营、进口产品标签未使用中文),
# 体外诊断试剂:
# https://github.com/mympp/webtct/blob/7a8cbe70be89172640f1d56cf50ed8b50083e074/file/user/8/38469/editor.data.2.php
# An .ods (LibreOffice conversion): title, 填报单位 line, a two-row header (整改落实情况 over 完成情况 and 复查结论),
# rows grouped under the five 重点品种 merged across, a 检查日期 the 立即整改 and 工作日 deadlines count from, one row
# whose 复查结论 closes what its 完成情况 leaves open, a 合计 row and a signature line.
DEVICE_GROUPS = [
    (
        "一、无菌类医疗器械",
        [
            (
                "生产",
                date(2024, 7, 2),
                "濮阳市康洁医疗用品有限公司",
                "洁净室压差监测记录不完整，灭菌过程确认未按期再验证",
                "责令限期改正",
                "2024年8月31日",
                "整改中",
                "",
            ),
            (
                "使用",
                date(2024, 7, 3),
                "濮阳县人民医院",
                "一次性使用无菌注射器购进验收记录缺少批号和有效期",
                "责令限期改正",
                "2024年7月15日",
                "已完成",
                "复查合格",
            ),
        ],
    ),
    (
        "二、植入性医疗器械",
        [
            (
                "经营",
                date(2024, 7, 5),
                "濮阳市恒康医疗器械有限公司",
                "骨科植入物销售记录不完整，无法追溯至使用医院",
                "立案查处",
                "9月底前",
                "立案调查中",
                "",
            ),
            (
                "使用",
                date(2024, 7, 8),
                "濮阳市中医医院",
                "心脏支架使用记录未与患者病历关联，产品条码未粘贴",
                "责令限期改正",
                "2024年7月20日",
                "未完成",
                "",
            ),
        ],
    ),
    (
        "三、避孕套",
        [
            (
                "经营",
                date(2024, 7, 9),
                "南乐县福瑞便利店",
                "销售无医疗器械注册证的避孕套",
                "警告，没收违法产品",
                "立即整改",
                "已完成",
                "复查合格",
            ),
        ],
    ),
    (
        "四、平光隐形眼镜",
        [
            (
                "经营",
                date(2024, 7, 11),
                "华龙区明眸眼镜店",
                "超范围经营彩色平光隐形眼镜，未取得第三类医疗器械经营许可",
                "责令停业",
                "2024年7月31日",
                "已完成",
                "复查通过",
            ),
            (
                "经营",
                date(2024, 7, 22),
                "清丰县视界眼镜行",
                "进口平光隐形眼镜说明书、标签无中文标识",
                "责令限期改正",
                "5个工作日",
                "",
                "",
            ),
        ],
    ),
    (
        "五、体外诊断试剂",
        [
            (
                "经营",
                date(2024, 7, 12),
                "濮阳市博达医疗器械有限公司",
                "体外诊断试剂冷链运输无温度记录，冷库温控报警失灵",
                "责令限期改正",
                "2024年8月15日",
                "整改中",
                "复查合格",
            ),
        ],
    ),
]


def write_device_book(path: Path) -> Path:
    b = Book(path, author="医疗器械监管科")
    ws = b.sheet("专项整治问题台账")
    b.widths(ws, [6, 10, 12, 26, 40, 18, 14, 12, 12])
    last = 8
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "2024年医疗器械重点品种专项整治检查问题台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市市场监督管理局    填报时间：2024年7月30日", last)
    for c, word in enumerate(
        ["序号", "检查环节", "检查日期", "整改责任单位", "存在问题", "处理措施", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["完成情况", "复查结论"], first=7)
    r, n = 4, 0
    for title, rows in DEVICE_GROUPS:
        b.merge(ws, r, 0, r, last, f"{title}（{len(rows)}项）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, "共8个问题：责令限期改正5家，立案查处1家，警告1家，责令停业1家", b.cell)
    b.line(ws, r + 1, "注：“立即整改”以检查当日为限，“5个工作日”自检查日期次日起计算。", last)
    b.line(ws, r + 2, "负责人：卢振华    填表人：白静    联系电话：0393-8910375", last)
    return b.close()


def write_device(path: Path) -> Path:
    via_soffice(write_device_book, path, "ods", "医疗器械重点品种专项整治问题台账.xlsx")
    return fixed_zip(path)


FILES = [
    ("2024年秋季学期学校食品安全问题隐患清单（台账）.xlsx", write_school),
    ("网络订餐第三方平台集体约谈问题整改落实台账.xls", write_takeaway),
    ("华龙区承办升学宴餐饮单位专项检查问题整改情况表.et", write_banquet),
    ("濮阳县零售药店专项督导检查问题清单（2024年7月）.csv", write_pharmacy),
    ("市民政局关于养老机构食堂食品安全问题专项治理整改情况的报告.docx", write_elder),
    ("清丰县百草堂大药房药品销售监督检查不符合项整改情况.wps", write_drug),
    ("“校园餐”违法行为线索核查处置台账（市局、南乐县）.zip", write_clue_zip),
    ("校园餐食品安全小额举报线索核查及奖励台账.xlsx", write_reward),
    ("校园食品安全和膳食经费管理举报投诉平台问题办理台账.xlsx", write_platform),
    ("2024年医疗器械重点品种专项整治检查问题台账.ods", write_device),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

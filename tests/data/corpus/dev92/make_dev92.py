"""Write the dev92 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (督查督办与领导批示): 市委市政府重点工作督查, 作风督查, 政府工作报告任务分解, 十大民生实事, 约谈整改,
问责整改, 营商环境督查, 重点项目督导, 领导批示件办理, 督办单回复.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered
paragraphs, a .doc with a table (Word 97 via LibreOffice), an .ods and an .et (LibreOffice conversions) and a .zip
of two returns (an .xlsx and a .docx of 督办单 cards). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev92.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice);
running it twice writes byte-identical files (fixed document properties, fixed zip member times).
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
CREATED = datetime(2024, 7, 31, 9, 20, 0)
ZIP_TIME = (2024, 7, 31, 9, 20, 0)


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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.pct = add({"border": 1, "num_format": "0%", "align": "center", "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .doc, .ods and .et returns")
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


# ---------------------------------------------------------------------------------------------
# 1. 市委市政府重点工作督查 交办事项, after 濮阳市委市政府督查局's «督查在线：城区市容市貌和环境卫生综合整治交办事项»
# (督查组对…进行了督查，现对发现的问题予以交办; numbered problems each ending «责任单位：…»; 整改完毕后报督查组销号，
# 逾期未落实的通报批评):
# https://www.pydc.gov.cn/pc/news_view.asp?id=4884
# A .docx: title, preamble (交办 date and the general deadline for items that name none), the items as numbered
# paragraphs with 责任单位 inline and, where given, 整改时限 and 整改情况 sentences; closing paragraph, sender, date.
INSPECT_PARAS = [
    "1. 京开大道与黄河路交叉口东北角绿化带内建筑垃圾堆积，长期未清运。责任单位：市城管局。"
    "整改情况：7月18日已全部清运完毕，并补植绿化，整改完成。",
    "2. 胜利路（中原路至京开大道段）人行道地砖松动破损30余处，雨后积水溅泥。责任单位：市住建局。"
    "整改时限：2024年8月底前。整改情况：已完成材料采购，正在分段维修。",
    "3. 人民路市第二人民医院门口车辆乱停乱放，长时间占压非机动车道。责任单位：市交警支队。"
    "整改情况：已增设隔离护栏、施划临时停车泊位，高峰时段安排专人疏导，已整改到位。",
    "4. 开州路与建设路交叉口西南角公交站台顶棚破损，电子站牌不显示。责任单位：市公交公司。"
    "整改情况：站台顶棚已更换，电子站牌正在联系厂家维修。",
    "5. 黄河路与濮上路交叉口东侧电力线缆垂落、杆线杂乱，存在安全隐患。责任单位：濮阳供电公司。"
    "整改时限：立行立改。整改情况：7月17日已完成线缆规整和绑扎，整改完成。",
    "6. 绿城路（大庆路至京开大道段）两侧门店出店经营、占道摆放货物。责任单位：濮阳市华龙区胜利路街道办事处。"
    "整改情况：正在开展集中整治，已劝导23户商户入店经营。",
    "7. 长庆路与大庆路交叉口供水管道漏水，路面长期积水。责任单位：市自来水公司。"
    "整改时限：2024年7月20日。整改情况：尚未整改。",
    "8. 濮上路（黄河路至开州路段）雨水篦子缺失5处，夜间行人易踩空。责任单位：市城管局。",
]


def write_inspect(path: Path) -> Path:
    doc = _new_document("市城管委办公室")
    _title(doc, "市委市政府重点工作督查交办事项整改情况汇总")
    _paragraph(doc, "（第7期）", align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "市委市政府督查局：")
    _paragraph(
        doc,
        "7月16日，市委市政府督查局对城区市容市貌和环境卫生综合整治重点工作进行了督查，现场交办问题8个。"
        "除注明时限的以外，交办问题均应于2024年7月31日前整改到位。现将各责任单位整改情况汇总如下：",
    )
    for text in INSPECT_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "上述责任单位要履职尽责、主动作为，对尚未整改到位的问题加快推进，整改完毕后报市委市政府督查局销号。",
    )
    _paragraph(doc, "濮阳市城市综合管理委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 作风督查 明察暗访, after 濮阳市效能办's account of its 暗访 of 五县两区 (grouped by county, each with «时间：…»
# and time-stamped findings such as «10:30，濮阳县行政服务中心东厅…窗口一名男同志看网络视频»; «便民服务站大门紧锁，
# 无人在岗»; «上班不忙业务 忙网购、玩游戏、看录像»):
# https://pydc.gov.cn/pc/news_view.asp?id=1170
# A .doc (Word 97 via LibreOffice): title, preamble with the 通报 date the day counts start from, one table whose
# county rows are merged across the table (with the 暗访 time), then time-stamped findings with 责任单位,
# 整改时限 and 整改及处理情况; sender and date at the foot.
STYLE_GROUPS = [
    (
        "濮阳县（暗访时间：7月9日全天）",
        [
            (
                "10:30",
                "县政务服务中心东厅不动产登记窗口一名工作人员上班时间用手机看视频",
                "濮阳县不动产登记中心",
                "立行立改",
                "已对当事人诫勉谈话并责令书面检查，窗口实行手机集中存放，整改完成",
            ),
            (
                "15:00",
                "郎中乡便民服务中心大门紧锁，无人在岗",
                "濮阳县郎中乡人民政府",
                "15日内",
                "已调整值班安排，正在修订考勤和请销假制度",
            ),
            (
                "17:20",
                "县农业农村局办公楼三楼多数房门紧锁，工作人员提前离岗",
                "濮阳县农业农村局",
                "15日内",
                "",
            ),
        ],
    ),
    (
        "清丰县（暗访时间：7月10日上午）",
        [
            (
                "9:30",
                "城关镇便民服务中心财税、司法服务窗口无人在岗",
                "清丰县城关镇人民政府",
                "15日内",
                "已约谈分管负责人，窗口实行AB岗，整改完成",
            ),
            (
                "10:00",
                "县人社局人力资源市场股2名工作人员上班时间观看电视剧",
                "清丰县人力资源和社会保障局",
                "15日内",
                "当事人已作书面检查，在全局通报批评，已整改",
            ),
            (
                "10:40",
                "县交通运输局路政大队违章处理大厅无人值班，大门紧锁",
                "清丰县交通运输局",
                "2024年8月31日前",
                "正在整改，已安排专人值守",
            ),
        ],
    ),
    (
        "南乐县（暗访时间：7月10日下午）",
        [
            (
                "15:20",
                "县综合办公楼512房间一名工作人员上班时间上网看电影",
                "南乐县发展和改革委员会",
                "15日内",
                "未整改",
            ),
            (
                "15:40",
                "县市场监管局登记窗口工作人员对办事群众态度生硬、推诿",
                "南乐县市场监督管理局",
                "长期坚持",
                "建立窗口服务评价制度，常态化开展明察暗访，长期坚持",
            ),
        ],
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("市效能办")
    _title(doc, "作风纪律明察暗访发现问题整改落实情况")
    _paragraph(
        doc,
        "7月9日至10日，市效能办对县区机关工作作风进行了暗访，7月12日印发了暗访情况通报。通报要求，"
        "整改时限以日计的，自通报印发之日（2024年7月12日）起计算。现将各县发现问题整改落实情况汇总如下：",
    )
    header = ["序号", "暗访时间", "发现问题", "责任单位", "整改时限", "整改及处理情况"]
    n_rows = 1 + sum(1 + len(rows) for _, rows in STYLE_GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, bold=True)
    r, n = 1, 0
    for heading, rows in STYLE_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, heading, bold=True)
        r += 1
        for row in rows:
            n += 1
            for c, v in enumerate([str(n), *row]):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "濮阳市机关效能建设办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "作风纪律暗访整改落实情况.docx")


# ---------------------------------------------------------------------------------------------
# 3. 政府工作报告任务分解, after 嘉鱼县人民政府办公室's notice on the 2024年县《政府工作报告》确定的重点工作责任分解方案
# (各牵头单位…制定细化方案，明确工作目标、具体措施、完成时限、分管领导以及责任部门，实行清单管理; 相关责任单位
# 主动配合; 细化方案报送县政府政务督查室):
# http://jiayu.gov.cn/xxgk/xxgkmls/qtzdgknr/zwdc/202403/t20240318_3512286.shtml
# An .xlsx from one 牵头单位: title, 牵头单位 line, one header row in the notice's words (重点工作, 工作目标, 具体措施,
# 完成时限, 分管领导, 责任部门 = its own 科室, 配合单位 = other departments), section rows for the report's chapters,
# a 推进状态 column beside 上半年进展, a 注 line and a signature line.
REPORT_SECTIONS = [
    (
        "一、全力促进消费扩容提质",
        [
            (
                "开展“乐购濮阳”系列促消费活动，全年举办促消费活动不少于50场",
                "社会消费品零售总额增长6%",
                "统筹政府消费券和企业让利，分季度组织汽车、家电、餐饮专题活动",
                "2024年12月底",
                "王振华",
                "市场运行科",
                "市财政局、市文化广电和旅游局",
                "已举办促消费活动28场，发放消费券1200万元",
                "序时推进",
            ),
            (
                "推进县域商业体系建设，新建改造乡镇商贸中心6个",
                "县域商业网点覆盖率达到90%",
                "指导各县区编制项目清单，争取中央资金支持",
                "2024年10月底",
                "王振华",
                "流通业发展科",
                "各县区人民政府",
                "已建成3个，其余3个主体完工",
                "序时推进",
            ),
            (
                "支持老字号企业创新发展，认定第三批市级老字号10家",
                "市级老字号达到35家",
                "组织申报评审，开展老字号进商圈活动",
                "第三季度",
                "刘玉清",
                "商贸服务科",
                "市市场监督管理局",
                "7月10日已公布认定名单，认定10家",
                "已完成",
            ),
            (
                "落实汽车以旧换新补贴政策，带动新车消费",
                "全年汽车以旧换新3000辆",
                "制定补贴实施细则，开通线上申报",
                "2024年6-12月",
                "刘玉清",
                "市场运行科",
                "市公安局交通管理支队",
                "补贴资金已下达，正在受理兑付",
                "序时推进",
            ),
        ],
    ),
    (
        "二、推进高水平对外开放",
        [
            (
                "稳外贸稳外资，全年进出口总额增长5%",
                "培育外贸实绩企业20家",
                "开展外贸企业“一对一”帮扶，组织参加广交会等重点展会",
                "年底前",
                "张红伟",
                "对外贸易科",
                "国家税务总局濮阳市税务局",
                "1-6月进出口总额同比增长2.1%，未达到序时进度",
                "进展滞后",
            ),
            (
                "申报建设跨境电商产业园，引进跨境电商主体10家",
                "跨境电商交易额突破5亿元",
                "编制产业园建设方案，出台扶持办法",
                "2024年9月30日",
                "张红伟",
                "电子商务科",
                "市发展和改革委员会",
                "",
                "未启动",
            ),
            (
                "开展招商引资“三个一批”活动，签约亿元以上项目40个",
                "实际利用省外资金增长8%",
                "组织赴长三角、珠三角开展专题招商",
                "2024年12月31日",
                "王振华",
                "投资促进科",
                "各县区人民政府",
                "上半年签约亿元以上项目22个",
                "序时推进",
            ),
        ],
    ),
    (
        "三、持续优化消费环境",
        [
            (
                "加强商务领域单用途预付卡监管，防范“卷款跑路”",
                "预付卡投诉办结率100%",
                "建立预付卡企业备案和资金存管制度",
                "长期坚持",
                "刘玉清",
                "商贸服务科",
                "市市场监督管理局",
                "已完成企业备案126家，按月抽查",
                "长期坚持",
            ),
            (
                "建设一刻钟便民生活圈5个",
                "城区社区便民服务覆盖率达到80%",
                "补齐社区菜店、早餐店、家政等业态",
                "2024年11月底",
                "王振华",
                "流通业发展科",
                "市住房和城乡建设局",
                "",
                "",
            ),
        ],
    ),
]


def write_report(path: Path) -> Path:
    b = Book(path, author="市商务局办公室")
    ws = b.sheet("细化方案")
    b.widths(ws, [6, 34, 20, 30, 14, 10, 12, 22, 30, 10])
    last = 9
    b.line(ws, 0, "2024年市《政府工作报告》重点工作责任分解细化方案落实情况", last, b.title)
    b.line(ws, 1, "牵头单位（盖章）：濮阳市商务局　　　　报送日期：2024年7月15日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "重点工作",
            "工作目标",
            "具体措施",
            "完成时限",
            "分管领导",
            "责任部门",
            "配合单位",
            "上半年进展情况",
            "推进状态",
        ],
    )
    r, n = 3, 0
    for heading, rows in REPORT_SECTIONS:
        b.merge(ws, r, 0, r, last, heading, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "注：完成时限以市政府办公室印发的责任分解方案为准；推进状态按“已完成、序时推进、进展滞后、未启动、长期坚持”填写。",
        last,
    )
    b.line(ws, r + 1, "分管领导：王振华　　填报人：孙静　　联系电话：0393-4412036", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 十大民生实事, after 湖州市人民政府办公室's «十方面民生实事责任分解» (each 实事 as a numbered task followed by
# «责任单位：A、B、C（列第一位者为工作牵头单位或汇总单位）»; 市政府于年中、年末对…十方面民生实事进展情况进行专项督查):
# https://www.huzhou.gov.cn/art/2020/5/28/art_1229596870_59047718.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row whose 责任单位 column lists several units
# (the first leads), 年度目标, 完成时限 as month-ends, quarters and month ranges, progress text and a percentage
# 完成进度 column; a 注 line repeating «列第一位者为牵头单位» and a signature line.
LIVELIHOOD_ROWS = [
    (
        "新建改扩建公办幼儿园10所，新增公办学位3000个",
        "市教育局、市财政局、市自然资源和规划局",
        "建成投用10所",
        "11月底前",
        "8所主体完工，2所正在内部装修",
        0.75,
    ),
    (
        "为全市65周岁以上老年人免费开展健康体检",
        "市卫健委、市财政局",
        "体检20万人",
        "年底前",
        "已完成体检12.6万人",
        0.63,
    ),
    (
        "城镇新增就业4万人，开展补贴性职业技能培训2万人次",
        "市人社局、市财政局、市教育局",
        "新增就业4万人",
        "2024年12月31日",
        "城镇新增就业4.3万人，培训2.1万人次，已提前完成年度任务",
        1.0,
    ),
    (
        "改造提升城镇老旧小区60个，惠及居民1.2万户",
        "市住建局、市财政局、各县区人民政府",
        "完成改造60个",
        "2024年10月",
        "已开工45个，完成投资58%",
        0.58,
    ),
    (
        "新建改建农村公路100公里",
        "市交通局、市财政局",
        "完成100公里",
        "第三季度",
        "受资金未到位影响，项目未开工",
        0.0,
    ),
    (
        "实施农村供水规模化工程，新增受益人口8万人",
        "市水利局、市卫健委",
        "新增受益人口8万人",
        "2024年6-10月",
        "",
        None,
    ),
    (
        "对1000户困难失能老年人家庭实施适老化改造",
        "市民政局、市残联",
        "改造1000户",
        "11月30日前",
        "已完成改造1000户，通过验收",
        1.0,
    ),
    (
        "建设“15分钟医保服务圈”，建成村级医保服务点500个",
        "市医保局、市卫健委",
        "建成500个",
        "2024年9月底",
        "已建成村级医保服务点320个",
        0.64,
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="市民生实事办")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 40, 30, 16, 14, 34, 10])
    last = 6
    b.line(ws, 0, "2024年市十大民生实事责任分解及进展情况", last, b.title)
    b.line(ws, 1, "填报单位：市发展改革委（市民生实事工作办公室）　　截至日期：2024年7月25日", last)
    b.header(ws, 2, ["序号", "民生实事", "责任单位", "年度目标", "完成时限", "进展情况", "完成进度"])
    for i, row in enumerate(LIVELIHOOD_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:5]), first=1)
        b.put(ws, r, 6, row[5], b.pct)
    r = 3 + len(LIVELIHOOD_ROWS)
    b.line(ws, r, "注：责任单位列第一位者为工作牵头单位或汇总单位；完成进度为截至7月25日数据。", last)
    b.line(ws, r + 1, "审核人：周建国　　填表人：李敏　　联系电话：0393-4410856", last)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "市十大民生实事进展情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. 约谈整改, after the account of 漯河市委、市政府 publicly 约谈 the two units ranked last in the 扬尘治理集中观摩督导
# (城乡一体化示范区 and 市水利局; 约谈会反馈…存在的主要问题，听取被约谈单位…整改情况的汇报，…提出整改要求):
# http://www.bjhlhd.com/news/show.php?itemid=108766
# An .xls (xlwt): title, a line with the 约谈 date (the day counts start from) and the 约谈单位, a header with the
# 被约谈单位 beside the 整改责任单位, 整改时限 in days, dates and 立行立改, a 是否销号 column, a 合计 row and a
# 填表人 line; the second 被约谈单位 rows use the former name 市水务局.
INTERVIEW_ROWS = [
    (
        "濮阳市城乡一体化示范区管理委员会",
        "绿城路东延工程施工现场裸土未覆盖约2000平方米",
        "濮阳市中原路桥工程有限公司",
        "覆盖防尘网，专人巡查",
        "立行立改",
        "已全部覆盖到位",
        "是",
    ),
    (
        "濮阳市城乡一体化示范区管理委员会",
        "王助镇辖区渣土运输车辆未密闭、带泥上路",
        "濮阳市城乡一体化示范区王助镇人民政府",
        "出入口设置洗车台，联合交警开展夜查",
        "10日内",
        "正在整改，已设置洗车台2处",
        "否",
    ),
    (
        "濮阳市城乡一体化示范区管理委员会",
        "新习镇中原路两侧道路积尘严重，机扫频次不足",
        "濮阳市城乡一体化示范区新习镇人民政府",
        "机扫洒水由每日1次增至3次",
        "7月底前",
        "已完成",
        "是",
    ),
    (
        "濮阳市城乡一体化示范区管理委员会",
        "安置房三期项目未安装扬尘在线监测设备",
        "濮阳市龙都置业有限公司",
        "安装扬尘在线监测设备并联网",
        "2024年7月25日",
        "未整改",
        "否",
    ),
    (
        "市水务局",
        "马颊河治理工程堤顶道路施工未采取湿法作业",
        "市水务局",
        "落实湿法作业，配备雾炮车",
        "立行立改",
        "已整改",
        "是",
    ),
    (
        "市水务局",
        "濮水河清淤工程淤泥晾晒场未设置围挡",
        "濮阳市水利建筑工程有限公司",
        "设置2.5米硬质围挡",
        "7月底前",
        "",
        "",
    ),
    (
        "市水务局",
        "引黄调节水库工程砂石物料堆放未苫盖",
        "市水务局",
        "全部苫盖并洒水降尘",
        "10日内",
        "正在苫盖，已完成70%",
        "否",
    ),
]


def write_interview(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("约谈整改台账")
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    for col, width in enumerate([6, 26, 34, 28, 24, 12, 22, 10]):
        ws.col(col).width = width * 256
    ws.write_merge(
        0, 0, 0, 7, "扬尘治理约谈反馈问题整改台账", _xf(bold=True, border=False, center=True, size=16)
    )
    ws.write_merge(
        1,
        1,
        0,
        7,
        "约谈时间：2024年7月8日　　约谈单位：市环境污染防治攻坚战领导小组办公室（整改时限以日计的自约谈之日起计算）",
        plain,
    )
    for col, word in enumerate(
        ["序号", "被约谈单位", "反馈问题", "整改责任单位", "整改措施", "整改时限", "整改完成情况", "是否销号"]
    ):
        ws.write(2, col, word, h)
    for i, row in enumerate(INTERVIEW_ROWS, 1):
        r = 2 + i
        ws.write(r, 0, i, ctr)
        for col, v in enumerate(row, 1):
            ws.write(r, col, v, ctr if col in (5, 7) else c)
    r = 3 + len(INTERVIEW_ROWS)
    ws.write_merge(r, r, 0, 1, "合计", h)
    ws.write_merge(r, r, 2, 7, "反馈问题7个，已销号3个", c)
    ws.write_merge(
        r + 1,
        r + 1,
        0,
        7,
        "填表人：郭晓东　　审核人：马国庆　　联系电话：0393-8991206　　填报日期：2024年7月26日",
        plain,
    )
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 6. 问责整改, after 邢台市's campaign against «懒政怠政、不作为、不在状态» (问题清单、整改清单和问责清单 «三个清单»,
# 每周上报; 群众举报转有关县(市、区)和市直部门查处，5个工作日内反馈; 批评教育、组织处理、纪律处分):
# http://www.teke168.cn/html/201662155258.html
# An .xlsx from a county's 整治办: title, 填报单位 line, a two-row header with 问题清单 / 整改清单 / 问责清单 merged over
# their columns, a 交办日期 the working-day deadline counts from, a 合计 row and a signature line.
ACCOUNT_ROWS = [
    (
        "群众举报",
        "县不动产登记中心窗口人员对群众咨询推诿扯皮，让群众多次跑腿",
        "范县不动产登记中心",
        "2024-07-01",
        "推行首问负责和一次性告知制度",
        "2024年7月15日",
        "已整改",
        "窗口工作人员刘某",
        "批评教育",
    ),
    (
        "明察暗访",
        "县住建局对城区违法建设巡查发现后未及时制止",
        "范县住房和城乡建设局",
        "2024-07-03",
        "建立违建巡查台账，实行发现即制止",
        "2024年8月31日",
        "正在整改",
        "城建监察大队副队长张某",
        "诫勉谈话",
    ),
    (
        "12345热线",
        "陈庄镇对群众反映的农田灌溉渠道堵塞问题久拖不办",
        "范县陈庄镇人民政府",
        "2024-07-08",
        "组织机械疏通渠道",
        "5个工作日内",
        "已疏通，回访群众满意",
        "包村干部王某",
        "批评教育",
    ),
    (
        "督查检查",
        "县人社局农民工工资保证金审核把关不严",
        "范县人力资源和社会保障局",
        "2024-07-10",
        "全面清查在建项目保证金缴存情况",
        "2024年9月底前",
        "",
        "",
        "",
    ),
    (
        "明察暗访",
        "县交通运输局路政执法人员着装不规范、执法用语不文明",
        "范县交通运输局",
        "2024-07-03",
        "开展执法规范化培训，纳入月度考评",
        "长期坚持",
        "长期坚持",
        "执法人员赵某",
        "通报批评",
    ),
    (
        "群众举报",
        "白衣阁乡低保资格审核不严，2户不符合条件家庭纳入低保",
        "范县白衣阁乡人民政府",
        "2024-07-05",
        "清退不符合条件对象，追回违规领取资金",
        "2024年7月31日",
        "已清退2户，正在追缴违规领取资金",
        "乡民政所所长孙某",
        "党内警告",
    ),
    (
        "督查检查",
        "县市场监管局对食品经营户投诉处置超时",
        "范县市场监督管理局",
        "2024-07-10",
        "投诉件实行限时办结",
        "2024年7月20日",
        "未整改",
        "",
        "",
    ),
]


def write_account(path: Path) -> Path:
    b = Book(path, author="范县整治办")
    ws = b.sheet("三个清单")
    b.widths(ws, [6, 10, 36, 24, 12, 26, 14, 24, 18, 12])
    last = 9
    b.line(ws, 0, "整治懒政怠政为官不为问题“三个清单”", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：范县整治懒政怠政为官不为问题专项行动办公室　　第6期　　填报日期：2024年7月26日",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "问题清单", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改清单", b.head)
    b.merge(ws, 2, 8, 2, 9, "问责清单", b.head)
    b.header(
        ws,
        3,
        [
            "问题来源",
            "问题表现",
            "责任单位",
            "交办日期",
            "整改措施",
            "整改时限",
            "整改情况",
            "问责对象",
            "问责方式",
        ],
        first=1,
    )
    for i, row in enumerate(ACCOUNT_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        values = list(row)
        values[3] = date.fromisoformat(values[3])
        b.row(ws, r, values, first=1)
    r = 4 + len(ACCOUNT_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(
        ws,
        r,
        1,
        r,
        last,
        "问题7个，已整改2个；问责5人，其中批评教育2人、诫勉谈话1人、通报批评1人、党纪处分1人",
    )
    b.line(ws, r + 2, "单位负责人：韩立新　　填表人：杜娟　　联系电话：0393-5236601", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 营商环境督查, after the account of a city's 经济发展督查指导专项行动 (走访项目、企业，收集问题; 分批集中交办市级
# 层面解决问题，分生产要素类、政策扶持类、审批服务类、产业发展类、安全环保类、其他类; 承办单位在办结时限内回复;
# 督核组…已审核通过…):
# http://aq365.com/html/201809/20/69873.html
# A CSV in GBK, as the 督导办's system exports it: a title line, one header line (交办日期 beside 办结时限 given as a
# date or as N个工作日), 办理回复 and 督核结果 columns, short names of the 承办单位, a 合计 line.
BUSINESS_ROWS = [
    (
        "生产要素类",
        "濮阳市恒丰新材料有限公司",
        "新建厂房用电报装后迟迟未接电，影响设备调试",
        "市供电公司",
        "10个工作日",
        "已于7月12日完成送电",
        "审核通过",
    ),
    (
        "审批服务类",
        "濮阳市绿源食品有限公司",
        "扩建项目环评审批材料多次退回补正",
        "市环境局",
        "2024-07-19",
        "已安排专人全程指导，7月15日取得环评批复",
        "审核通过",
    ),
    (
        "政策扶持类",
        "濮阳市天宇机械制造有限公司",
        "2023年度技术改造奖补资金至今未拨付",
        "市工信局",
        "15个工作日",
        "资金已纳入预算，正在履行拨付程序",
        "",
    ),
    (
        "生产要素类",
        "濮阳市鑫达化工有限公司",
        "园区天然气管网压力不足，冬季用气难以保障",
        "市燃气公司",
        "2024-08-31",
        "",
        "",
    ),
    (
        "审批服务类",
        "濮阳宏业房地产开发有限公司",
        "商品房项目不动产首次登记办理时间过长",
        "市不动产登记中心",
        "2024-07-12",
        "尚未办理",
        "",
    ),
    (
        "政策扶持类",
        "濮阳市华信电子科技有限公司",
        "研发费用加计扣除政策享受不到位",
        "市税务局",
        "10个工作日",
        "已上门辅导，企业完成申报享受",
        "审核通过",
    ),
    (
        "其他类",
        "濮阳市佳美纺织有限公司",
        "企业门前道路破损严重，货车通行困难",
        "市交通局",
        "2024-09-30",
        "已列入农村公路维修计划，正在编制施工方案",
        "",
    ),
    (
        "安全环保类",
        "濮阳市宏达铸造有限公司",
        "企业反映多部门重复入企检查，频次过高",
        "市应急局",
        "2024-07-31",
        "已建立跨部门联合检查机制，统筹制定检查计划",
        "审核通过",
    ),
]


def write_business(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市经济发展督查指导专项行动市级层面交办问题办理情况（第9批）"])
    w.writerow(
        [
            "编号",
            "问题类别",
            "反映企业",
            "问题内容",
            "承办单位",
            "交办日期",
            "办结时限",
            "办理回复",
            "督核结果",
        ]
    )
    for i, row in enumerate(BUSINESS_ROWS, 1):
        kind, firm, text, unit, limit, reply, check = row
        w.writerow([f"JB9-{i:02d}", kind, firm, text, unit, "2024-07-03", limit, reply, check])
    w.writerow(["合计", "", "", "本批交办问题8个，已回复7个，审核通过4个", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 重点项目督导, after 市政府重点项目建设办公室's notice on 排查 the problems of the 省市重点项目 (排查重点: 报批工作中的
# 问题, 现场条件落实, 扬尘治理和达标复工, 阻挠进场施工、强揽工程等建设环境问题, 配套基础设施建设滞后, 其它; 填写
# 《重点项目建设存在问题排查问卷表》，以县(市)区为单位报送):
# http://222.143.133.237:1718/nshow.aspx?id=230
# An .et (Excel 97 via LibreOffice, named as WPS saves it): title, 填报单位/排查日期 line, one header row with 问题类别 in
# the notice's six categories, 责任单位 beside 配合单位, 解决时限 as dates, 年底前 and 立行立改, a 合计 row, 填表人 line.
PROJECT_ROWS = [
    (
        "清丰县家居产业园三期",
        "报批手续",
        "项目用地土地招拍挂未完成，无法办理建设用地规划许可",
        "清丰县自然资源局",
        "",
        "2024年8月底",
        "已完成地价评估，正在组织挂牌出让",
    ),
    (
        "清丰县城区污水处理厂提标改造",
        "现场条件",
        "厂区内地下供水、通信管线迁改未完成",
        "清丰县住房和城乡建设局",
        "清丰县水利局",
        "2024年7月20日",
        "已迁改完毕",
    ),
    (
        "清丰县中医院新院区",
        "配套设施",
        "项目周边市政道路及雨水管网配套建设滞后",
        "清丰县城市管理局",
        "",
        "2024年7月15日",
        "已完工并投入使用",
    ),
    (
        "清丰县食用菌产业园",
        "建设环境",
        "周边个别村民阻挠进场施工、强揽土方工程",
        "清丰县韩村镇人民政府",
        "清丰县公安局",
        "2024年7月31日",
        "正在协调",
    ),
    (
        "濮阳至清丰快速通道",
        "报批手续",
        "项目沿线压覆区域文物勘探未完成",
        "清丰县文化广电和旅游局",
        "",
        "2024年9月30日",
        "未启动",
    ),
    (
        "清丰县第二高级中学迁建",
        "扬尘治理",
        "施工现场扬尘治理“六个百分之百”落实不到位",
        "清丰县教育局",
        "清丰县住房和城乡建设局",
        "立行立改",
        "已整改，经复查合格",
    ),
    (
        "清丰县冷链物流园",
        "其它",
        "项目融资贷款审批进度缓慢",
        "清丰县发展和改革委员会",
        "清丰县财政局",
        "年底前",
        "",
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="县重点项目办")
    ws = b.sheet("问题排查表")
    b.widths(ws, [6, 26, 10, 38, 24, 22, 14, 26])
    last = 7
    b.line(ws, 0, "2024年省市重点项目建设存在问题排查表", last, b.title)
    b.line(ws, 1, "填报单位：清丰县发展和改革委员会（县重点项目办）　　排查日期：2024年7月10日", last)
    b.header(
        ws, 2, ["序号", "项目名称", "问题类别", "存在问题", "责任单位", "配合单位", "解决时限", "解决情况"]
    )
    for i, row in enumerate(PROJECT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    r = 3 + len(PROJECT_ROWS)
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, last, "排查省市重点项目7个，存在问题7个，已解决3个")
    b.line(ws, r + 1, "填表人：崔晓光　　联系电话：0393-7221503　　报送日期：2024年7月27日", last)
    return b.close()


def write_project(path: Path) -> Path:
    return via_soffice(write_project_book, path, "xls", "重点项目建设存在问题排查表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 领导批示件办理, after a city government's rules on 公文 and 批示件 (对市政府领导同志明确要求…办理并报告办理结果…
# 的批示件，应抓紧办理，及时向市政府报告情况，并附…批示复印件; 领导同志批示多个部门的，主办部门要…汇总办理情况;
# 确因特殊原因需要较长时间反馈办理情况的，要及时…说明，并报告办理进展情况):
# http://fsou.com/html/text/lar/171158/17115812_1.html
# An .xlsx from a district government office: title, 报送单位 line, one header row (批示件编号, 批示领导, 批示日期,
# 批示事项, 主办单位, 协办单位, 反馈时限, 办理情况, 是否办结), a 注 line and a signature line.
MEMO_ROWS = [
    (
        "PS2024-031",
        "王副市长",
        "2024-06-20",
        "关于孟轲乡部分村庄饮用水水质浑浊的群众来信",
        "濮阳市华龙区水利局",
        "濮阳市华龙区卫生健康委员会",
        "2024-07-05",
        "已更换过滤设备，水质检测合格，并向来信群众反馈",
        "是",
    ),
    (
        "PS2024-036",
        "李市长",
        "2024-06-28",
        "关于中原路农贸市场周边占道经营、交通拥堵问题",
        "濮阳市华龙区城市管理局",
        "濮阳市华龙区中原路街道办事处",
        "2024-07-20",
        "已规划临时疏导点，正在分流商户",
        "否",
    ),
    (
        "PS2024-039",
        "张副市长",
        "2024-07-02",
        "关于绿城花园小区电梯频繁故障困人的网民留言",
        "濮阳市华龙区市场监督管理局",
        "",
        "2024-07-12",
        "已督促物业更换控制主板，经检验合格",
        "是",
    ),
    (
        "PS2024-042",
        "王副市长",
        "2024-07-08",
        "关于老旧小区雨污管网混接导致污水外溢问题",
        "濮阳市华龙区住房和城乡建设局",
        "濮阳市华龙区胜利路街道办事处",
        "2024年8月底前",
        "正在开展管网排查",
        "否",
    ),
    (
        "PS2024-045",
        "李市长",
        "2024-07-15",
        "关于部分民办幼儿园收费公示不规范问题",
        "濮阳市华龙区教育局",
        "",
        "2024-07-31",
        "",
        "",
    ),
    (
        "PS2024-047",
        "张副市长",
        "2024-07-18",
        "关于岳村镇部分农户反映土地流转租金拖欠问题",
        "濮阳市华龙区岳村镇人民政府",
        "濮阳市华龙区农业农村局",
        "2024-08-15",
        "尚未办理",
        "否",
    ),
]


def write_memo(path: Path) -> Path:
    b = Book(path, author="华龙区政府办督查室")
    ws = b.sheet("批示件办理")
    b.widths(ws, [6, 12, 10, 12, 40, 26, 26, 14, 34, 8])
    last = 9
    b.line(ws, 0, "市政府领导批示件办理情况报告（2024年7月）", last, b.title)
    b.line(ws, 1, "报送单位：濮阳市华龙区人民政府办公室　　报送日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "批示件编号",
            "批示领导",
            "批示日期",
            "批示事项",
            "主办单位",
            "协办单位",
            "反馈时限",
            "办理情况",
            "是否办结",
        ],
    )
    for i, row in enumerate(MEMO_ROWS, 1):
        r = 2 + i
        values = list(row)
        values[2] = date.fromisoformat(values[2])
        if values[6][:4] == "2024" and len(values[6]) == 10:
            values[6] = date.fromisoformat(values[6])
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, values, first=1)
    r = 3 + len(MEMO_ROWS)
    b.line(ws, r, "注：批示多个单位的，由主办单位汇总办理情况；批示复印件另附。", last)
    b.line(ws, r + 1, "督查室负责人：郑伟　　经办人：高雪　　联系电话：0393-8675012", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 督办单回复, after a school office's 督办程序 (学校办公室…确定督办项目，并分解任务，明确责任部门和责任人; 各部门…
# 完成重点任务后，应及时向学校办公室汇报，并提交相关材料; 考核…进度、质量):
# https://www.doczj.com/doc/5318994842.html
# A .zip of two returns: an .xlsx 回复汇总表 from a college (督办编号, 督办事项, 督办来源, 责任部门 = its own 处室,
# 责任人, 办结时限, 办理结果, 办公室审核意见) and a .docx from a high school with one 督办单 card (a small table) per
# 督办事项.
COLLEGE_ROWS = [
    (
        "DB2024-011",
        "学生公寓热水供应时段不足、水温偏低",
        "领导批示",
        "后勤管理处",
        "赵海波",
        "2024-07-10",
        "已完成热水系统改造，供应时段延长至全天",
        "同意办结",
    ),
    (
        "DB2024-012",
        "新校区图书馆座位预约系统上线运行",
        "院长办公会",
        "图书馆",
        "冯丽",
        "2024-09-01",
        "系统已完成招标，正在部署调试",
        "",
    ),
    (
        "DB2024-014",
        "2024届毕业生就业去向登记数据核查",
        "党委会议",
        "招生就业处",
        "吴刚",
        "2024-07-20",
        "尚未开展",
        "",
    ),
    (
        "DB2024-015",
        "修订实训室安全管理制度",
        "领导批示",
        "实训中心",
        "许振东",
        "2024-08-31",
        "",
        "",
    ),
]
SCHOOL_CARDS = [
    (
        "YZ-DB-07",
        "学校东门上下学时段交通拥堵",
        "政教处",
        "李卫东",
        "2024年7月15日",
        "已协调交警设置护学岗，错峰放学，拥堵明显缓解，已办结。",
    ),
    (
        "YZ-DB-08",
        "制定高一新生分班方案",
        "教务处",
        "陈晓燕",
        "2024年8月20日",
        "方案初稿已完成，正在征求教师和家长意见。",
    ),
    (
        "YZ-DB-09",
        "学生食堂饭菜价格及成本公示",
        "总务处",
        "刘明",
        "2024年7月10日",
        "已在食堂入口和校园网公示，已办结。",
    ),
    (
        "YZ-DB-10",
        "教师继续教育学时登记管理",
        "办公室",
        "王芳",
        "长期",
        "每学期集中登记一次，长期坚持。",
    ),
]


def write_college_book(path: Path) -> Path:
    b = Book(path, author="学院办公室")
    ws = b.sheet("回复汇总")
    b.widths(ws, [6, 12, 34, 12, 12, 10, 12, 34, 12])
    last = 8
    b.line(ws, 0, "督办事项办理结果回复汇总表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳职业技术学院　　2024年第3期　　填报日期：2024年7月25日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "督办编号",
            "督办事项",
            "督办来源",
            "责任部门",
            "责任人",
            "办结时限",
            "办理结果",
            "办公室审核意见",
        ],
    )
    for i, row in enumerate(COLLEGE_ROWS, 1):
        r = 2 + i
        values = list(row)
        values[5] = date.fromisoformat(values[5])
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, values, first=1)
    r = 3 + len(COLLEGE_ROWS)
    b.line(ws, r, "学院办公室（盖章）　　经办人：田甜　　联系电话：0393-6691218", last)
    return b.close()


def write_school_docx(path: Path) -> Path:
    doc = _new_document("学校办公室")
    _title(doc, "濮阳市第一高级中学督办单回复", 18)
    _paragraph(doc, "学校办公室：现将本期督办事项办理情况回复如下。", 12)
    for code, matter, dept, person, limit, result in SCHOOL_CARDS:
        table = doc.add_table(rows=5, cols=4)
        table.style = "Table Grid"
        head = table.cell(0, 0).merge(table.cell(0, 3))
        _cell_text(head, f"督办单（编号：{code}）", bold=True)
        _cell_text(table.cell(1, 0), "督办事项", bold=True)
        _cell_text(table.cell(1, 1).merge(table.cell(1, 3)), matter)
        _cell_text(table.cell(2, 0), "责任部门", bold=True)
        _cell_text(table.cell(2, 1), dept)
        _cell_text(table.cell(2, 2), "责任人", bold=True)
        _cell_text(table.cell(2, 3), person)
        _cell_text(table.cell(3, 0), "办结时限", bold=True)
        _cell_text(table.cell(3, 1).merge(table.cell(3, 3)), limit)
        _cell_text(table.cell(4, 0), "办理结果", bold=True)
        _cell_text(table.cell(4, 1).merge(table.cell(4, 3)), result)
        _paragraph(doc, "", 6)
    _paragraph(doc, "濮阳市第一高级中学办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_supervise(path: Path) -> Path:
    members = [
        ("督办事项办理结果回复汇总表（濮阳职业技术学院）.xlsx", write_college_book),
        ("督办单回复（濮阳市第一高级中学）.docx", write_school_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市委市政府重点工作督查交办事项整改情况汇总（第7期）.docx", write_inspect),
    ("作风纪律明察暗访发现问题整改落实情况.doc", write_style),
    ("2024年市政府工作报告重点工作细化方案落实情况（市商务局）.xlsx", write_report),
    ("2024年市十大民生实事责任分解及进展情况.ods", write_livelihood),
    ("扬尘治理约谈反馈问题整改台账.xls", write_interview),
    ("整治懒政怠政为官不为问题三个清单（范县第6期）.xlsx", write_account),
    ("经济发展督查指导交办问题办理情况（第9批）.csv", write_business),
    ("清丰县省市重点项目建设存在问题排查表.et", write_project),
    ("华龙区市政府领导批示件办理情况报告.xlsx", write_memo),
    ("督办事项回复（两所学校）.zip", write_supervise),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

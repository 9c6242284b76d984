"""Write the aside79 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a .docx with a table, a .doc with the items as numbered paragraphs, a .wps (Word 97 via LibreOffice) with a
table under a two-row header, and a .zip of two returns. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside79.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 文化旅游行业节前安全检查发现问题整改台账, after a district 文化旅游体育局's account of the check it led with the
# 应急、市场监管、消防 departments (逐一对古城、古镇、景区、客栈、卡丁车乐园 检查; 天然气报警装置未安装, 消防通道堵塞,
# 明火未配灭火器, 水上娱乐项目管理不规范; 现场发出整改通知书N份, 要求限时整改到位):
# https://cnzh.gov.cn/News/Detail/20220126160559834.html
# An .xlsx: title, 牵头单位/检查时间/参检单位 line, one header row with the 检查单位 (inspector) beside the 责任单位,
# 交办日期 and 整改时限 partly in days from it, a 说明 line and a signature line.
TOUR_ROWS = [
    (
        "戚城文物景区",
        "游客中心餐厅天然气灶具未安装燃气泄漏报警装置",
        "濮阳市戚城文物景区管理处",
        "市应急管理局",
        "濮文旅整改〔2024〕01号",
        date(2024, 7, 8),
        "7日内",
        "已安装报警装置，经复查合格",
    ),
    (
        "濮上园",
        "西侧消防通道被商户摊位占用堵塞",
        "濮阳市濮上园管理中心",
        "市消防救援支队",
        "濮文旅整改〔2024〕02号",
        date(2024, 7, 8),
        "立即整改",
        "已当场清理通道",
    ),
    (
        "绿色庄园水上乐园",
        "水上乐园救生员配备不足，深水区无专人值守",
        "濮阳绿色庄园旅游开发有限公司",
        "市文化广电和旅游局",
        "濮文旅整改〔2024〕03号",
        date(2024, 7, 9),
        "2024.7.20",
        "正在招聘救生员，已临时调配2人到岗",
    ),
    (
        "龙湖湾酒店",
        "客房楼梯间应急照明灯损坏",
        "濮阳市龙湖湾酒店有限公司",
        "市消防救援支队",
        "濮文旅整改〔2024〕04号",
        date(2024, 7, 9),
        "15日内",
        "",
    ),
    (
        "飞驰卡丁车乐园",
        "卡丁车赛道防撞轮胎缺失，游客未佩戴头盔",
        "濮阳市飞驰卡丁车娱乐有限公司",
        "市市场监督管理局",
        "濮文旅整改〔2024〕05号",
        date(2024, 7, 10),
        "2024年7月底前",
        "未整改",
    ),
    (
        "濮阳市博物馆",
        "文物库房温湿度监测设备故障",
        "濮阳市博物馆",
        "市文化广电和旅游局",
        "濮文旅整改〔2024〕06号",
        date(2024, 7, 10),
        "8月15日前",
        "已报修，厂家正在更换监测探头",
    ),
    (
        "仓颉陵景区",
        "大殿香炉旁使用明火，未配备灭火器",
        "南乐县仓颉陵景区管理处",
        "市消防救援支队",
        "濮文旅整改〔2024〕07号",
        date(2024, 7, 10),
        "10日内",
        "已配备灭火器8具，整改完毕",
    ),
]


def write_tour(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 34, 28, 18, 22, 12, 14, 30])
    b.line(ws, 0, "2024年暑期文化旅游行业安全生产检查发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市文化广电和旅游局    检查时间：2024年7月8日至10日    "
        "参检单位：市应急管理局、市市场监督管理局、市消防救援支队",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查场所",
            "发现问题",
            "责任单位",
            "检查单位",
            "整改通知书编号",
            "交办日期",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(TOUR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TOUR_ROWS)
    b.line(ws, end, "说明：整改时限写天数的，自交办之日起计算；“立即整改”的，以交办当日为限。", 8)
    b.line(
        ws, end + 2, "填表人：郭静    审核人：杜文涛    联系电话：0393-4412306    2024年7月30日", 8, b.right
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 物业管理突出问题集中整治“回头看”, after a city 住建局's account of its 物业管理突出问题集中排查整治 (楼道堆放杂物、
# 私拉电线、“四公开一监督”不全、政策法规宣传缺失; 约谈、下达整改通知、通报; 对照问题逐项整改销号, 拒不整改的纳入
# 诚信档案): http://kingdee.86air.com/danganku/968.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是/否 tick columns under 回头看是否整改到位, the 联合检查部门
# beside the 整改责任单位, a 合计 row and a 注 line.
PROP_ROWS = [
    (
        "锦绣华城",
        "濮阳市华信物业服务有限公司",
        "市消防救援支队",
        "3号楼楼道堆放纸箱杂物",
        "7月15日前",
        "√",
        "",
        "",
    ),
    (
        "盛世名门",
        "濮阳安居物业管理有限公司",
        "市消防救援支队",
        "地下车库私拉电线给电动车充电",
        "2024年7月20日",
        "",
        "√",
        "充电桩已进场安装，尚未完工",
    ),
    (
        "香榭丽舍",
        "濮阳市嘉禾物业服务有限公司",
        "市市场监督管理局",
        "物业服务“四公开一监督”公示栏内容不全",
        "7月10日前",
        "√",
        "",
        "",
    ),
    (
        "金色港湾",
        "河南建业物业服务有限公司濮阳分公司",
        "市市场监督管理局",
        "电梯年检合格标志过期未更新",
        "7月31日前",
        "",
        "√",
        "已联系检验机构，正在办理年检",
    ),
    (
        "御景湾",
        "濮阳市恒安物业服务有限公司",
        "市消防救援支队",
        "小区消防车通道被私家车长期占用",
        "8月10日前",
        "",
        "√",
        "",
    ),
    (
        "绿城花园",
        "濮阳市绿城物业服务有限公司",
        "市城市管理局",
        "未开展物业管理政策法规宣传",
        "长期坚持",
        "",
        "",
        "常态化开展宣传",
    ),
    (
        "东方花园",
        "濮阳市东方物业管理有限公司",
        "市卫生健康委员会",
        "二次供水水箱未按规定清洗消毒",
        "2024.7.25",
        "√",
        "",
        "已清洗消毒并取得水质检测报告",
    ),
]


def write_prop(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    plain = _xf(border=False)
    last = 8
    cells = [
        (0, 0, "2024年城区物业管理突出问题集中整治“回头看”情况表", t, 0, last),
        (1, 0, "填报单位：濮阳市住房和城乡建设局    回头看日期：2024年7月26日", plain, 1, last),
        (2, 0, "序号", h, 3, 0),
        (2, 1, "小区名称", h, 3, 1),
        (2, 2, "整改责任单位", h, 3, 2),
        (2, 3, "联合检查部门", h, 3, 3),
        (2, 4, "存在问题", h, 3, 4),
        (2, 5, "整改时限", h, 3, 5),
        (2, 6, "回头看是否整改到位", h, 2, 7),
        (3, 6, "是", h),
        (3, 7, "否", h),
        (2, 8, "备注", h, 3, 8),
    ]
    for i, row in enumerate(PROP_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (5, 6, 7) else c))
    r = 4 + len(PROP_ROWS)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "回头看小区7个，整改到位3个，未整改到位3个", c, r, last),
        (r + 1, 0, "注：在“是”“否”栏内打“√”；拒不整改的物业服务企业纳入行业诚信档案。", plain, r + 1, last),
        (r + 2, 0, "填表人：韩磊    联系电话：0393-8126605", plain, r + 2, last),
    ]
    return _write_xls(path, [("回头看", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 社区卫生服务中心监督执法检查问题整改情况, after a city 卫生计生委综合监督执法局's account of its check of six
# 社区卫生服务中心 (医务人员执业资质、诊疗科目、医疗文书书写质量、预防接种服务、传染病疫情报告、医疗废物处置; 当场下达
# 《卫生监督意见书》并责令限期改正; 整改不力或逾期不改的立案查处):
# http://cancanvc.com/html/.gzdtgzsm.201711t20171108_457270.html
# A .docx: title, 填报单位 line, one table with the 监督意见书 number, 整改期限 as 2024.7.15 text and a 复查结论 column,
# a 说明 and signature lines.
HEALTH_ROWS = [
    (
        "华龙区胜利路街道社区卫生服务中心",
        "医务人员执业资质",
        "2名护士执业证书未变更注册到本单位",
        "华卫监意〔2024〕31号",
        "2024.7.15",
        "已完成执业注册变更",
        "复查合格",
    ),
    (
        "华龙区中原路街道社区卫生服务中心",
        "诊疗科目",
        "超出登记的诊疗科目开展口腔治疗",
        "华卫监意〔2024〕32号",
        "2024.7.20",
        "正在办理诊疗科目变更登记",
        "",
    ),
    (
        "华龙区人民路街道社区卫生服务中心",
        "医疗文书",
        "门诊病历书写不规范，部分处方无医师签名",
        "华卫监意〔2024〕33号",
        "7月底前",
        "已组织全员病历书写培训",
        "复查不合格，继续整改",
    ),
    (
        "华龙区黄河路街道社区卫生服务中心",
        "预防接种服务",
        "疫苗冷链设备温度记录不全",
        "华卫监意〔2024〕34号",
        "2024.7.12",
        "已整改",
        "复查合格",
    ),
    (
        "华龙区任丘路街道社区卫生服务中心",
        "传染病疫情报告",
        "门诊传染病登记本与网络直报信息不一致",
        "华卫监意〔2024〕35号",
        "2024.8.10",
        "",
        "",
    ),
    (
        "华龙区开州街道社区卫生服务中心",
        "医疗废物处置",
        "医疗废物暂存间未设置警示标识，交接登记不全",
        "华卫监意〔2024〕36号",
        "2024.7.10",
        "未整改",
        "逾期未改，拟立案查处",
    ),
    (
        "市卫计委",
        "预防接种服务",
        "社区预防接种信息系统与市级平台数据对接不畅",
        "—",
        "2024年第三季度",
        "正在协调软件公司开发数据接口",
        "",
    ),
]


def write_health(path: Path) -> Path:
    doc = _new_document("卫生监督科")
    _title(doc, "社区卫生服务中心监督执法检查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：华龙区卫生健康委员会（盖章）    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(HEALTH_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "责任单位",
            "检查项目",
            "存在问题",
            "监督意见书文号",
            "整改期限",
            "整改落实情况",
            "复查结论",
        ],
        body,
        9,
    )
    _paragraph(doc, "说明：复查结论栏填写“复查合格”或“复查不合格”；尚未复查的空白。", 10.5)
    _paragraph(doc, "填表人：袁晓燕    审核人：马国庆    联系电话：0393-8318720", 10.5)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 学校安全联合督导检查问题台账, after a county 教体局's account of its joint check with the 市场监管、卫健、消防
# departments (三个检查组; 三防建设、校车安全、校园周边环境、消防和用电安全、校舍安全、食品食堂和燃气安全、传染病防治
# 和卫生安全、校园欺凌防治; 建立问题台账, 全部实行闭环式整改):
# http://wenshang.gov.cn/art/2023/10/24/art_20130_2762754.html
# A CSV in GBK: a title line, a 检查组 line, one header line with the 检查组 beside the 整改责任单位, 交办日期 and 整改时限
# in working days or 立行立改, a 是否闭环 column, a 合计 line and a signature line.
SCHOOL_ROWS = [
    (
        "第一组",
        "濮阳市第一中学",
        "三防建设",
        "校门口防冲撞设施损坏一处",
        "2024-07-12",
        "15个工作日内",
        "已更换防冲撞柱",
        "是",
    ),
    (
        "第一组",
        "濮阳市实验小学",
        "校车安全",
        "校车随车照管员未按规定清点学生人数并登记",
        "2024-07-12",
        "立行立改",
        "已整改",
        "是",
    ),
    (
        "第二组",
        "濮阳市华龙区第二实验小学",
        "消防和用电安全",
        "学生宿舍楼走廊私拉电线为手机充电",
        "2024-07-11",
        "立行立改",
        "正在逐间排查宿舍线路",
        "否",
    ),
    (
        "第二组",
        "濮阳市第四中学",
        "食品食堂和燃气安全",
        "食堂燃气管道未安装紧急切断阀",
        "2024-07-11",
        "8月20日前（秋季开学前）",
        "已采购切断阀，待燃气公司上门安装",
        "否",
    ),
    (
        "第三组",
        "濮阳县第一中学",
        "校舍安全",
        "综合楼外墙瓷砖空鼓脱落",
        "2024-07-10",
        "2024年8月25日",
        "未启动",
        "否",
    ),
    (
        "第三组",
        "清丰县第一高级中学",
        "传染病防治和卫生安全",
        "晨午检记录不完整，因病缺课追踪登记缺失",
        "2024-07-10",
        "长期坚持",
        "常态化落实晨午检制度",
        "",
    ),
    (
        "第三组",
        "南乐县实验小学",
        "校园欺凌防治",
        "未建立学生欺凌防治工作台账",
        "2024-07-10",
        "10个工作日内",
        "",
        "",
    ),
]


def write_school(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["全市中小学校园安全联合督导检查问题台账"])
    groups = (
        "检查组：市教育局安全科、后勤管理科会同市市场监督管理局、市卫生健康委员会、市消防救援支队"
        "（第一组至第三组）    检查时间：2024年7月10日至12日"
    )
    w.writerow([groups])
    w.writerow(
        [
            "序号",
            "检查组",
            "整改责任单位",
            "检查类别",
            "存在问题",
            "交办日期",
            "整改时限",
            "整改进展",
            "是否闭环",
        ]
    )
    for i, row in enumerate(SCHOOL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共发现问题7个，已闭环2个", "", "", "", ""])
    w.writerow(["填表人：宋立新", "", "联系电话：0393-4822617", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 汛前河湖专项执法行动问题台账, after a 河务局 inspection group's account of the 汛前河湖专项执法行动 (建立问题台账;
# 排查发现水事违法行为N件, 立案处理, 移交其他部门处理, 转县乡河长办整改; 采砂场超量堆放河砂, 开采区边界标识牌未按规定
# 设置, “四乱”问题整改不到位; 闸门启闭机运行): http://xihanmy.com/product/43_116
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with 问题类型 and 处理方式, a schedule text as
# the deadline of one row, a 合计 row and a 注 line.
RIVER_ROWS = [
    (
        "濮阳县",
        "金堤河",
        "乱堆",
        "采砂场在河道管理范围内超量堆放河砂约3000立方米",
        "立案处理",
        "市水务局",
        "2024年7月20日前清运完毕",
        "已全部清运，经现场核查销号",
    ),
    (
        "范县",
        "黄河滩区",
        "乱采",
        "采砂开采区边界标识牌未按规定设置",
        "转县乡河长办整改",
        "范县陈庄镇人民政府",
        "7月底前",
        "已设置标识牌4块，剩余2块正在制作",
    ),
    (
        "清丰县",
        "马颊河",
        "乱建",
        "河道管理范围内违规搭建看护棚2处",
        "转县乡河长办整改",
        "清丰县韩村镇人民政府",
        "7月15日前拆除，8月底前完成复绿",
        "看护棚已拆除，正在复绿",
    ),
    (
        "南乐县",
        "卫河",
        "乱占",
        "河堤内坡种植高秆作物阻碍行洪",
        "转县乡河长办整改",
        "南乐县元村镇人民政府",
        "2024.7.10",
        "已全部清除",
    ),
    (
        "华龙区",
        "濮水河",
        "乱堆",
        "河岸堆放建筑垃圾约200立方米",
        "移交其他部门处理",
        "市城管执法局",
        "2024年8月15日",
        "未整改",
    ),
    (
        "台前县",
        "金堤河",
        "其他",
        "张庄闸闸门启闭机运行不灵活",
        "督促管理单位维修",
        "台前县水利局",
        "2024年6-8月",
        "",
    ),
    (
        "范县",
        "黄河",
        "乱占",
        "滩区违规开挖鱼塘侵占河道",
        "转县乡河长办整改",
        "范县辛庄镇人民政府",
        "年底前",
        "已制定退塘方案，正在做群众工作",
    ),
]


def write_river_book(path: Path) -> Path:
    b = Book(path, author="河长办")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 10, 12, 10, 36, 18, 22, 26, 28])
    b.line(ws, 0, "汛前河湖专项执法行动问题台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市河长制办公室    填报时间：2024年7月29日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "河湖名称",
            "问题类型",
            "问题描述",
            "处理方式",
            "整改责任单位",
            "整改时限",
            "整改进展",
        ],
    )
    for i, row in enumerate(RIVER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(RIVER_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.head)
    b.merge(ws, end, 2, end, 8, "排查发现问题7件：立案处理1件，移交其他部门处理1件，转县乡河长办整改4件")
    b.line(ws, end + 1, "注：问题类型按“乱占、乱采、乱堆、乱建”及其他填写；整改销号后在整改进展栏注明。", 8)
    return b.close()


def write_river(path: Path) -> Path:
    via_soffice(write_river_book, path, "ods", "汛前河湖专项执法行动问题台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 农贸市场及食品摊点交叉检查问题整改, after a city 市场监管局's account of its 流通领域交叉检查 (各检查组由县级局一名
# 副科级领导任组长, 市级食品安全检查员参加; 随机抽取1家农贸市场、2个食品摊点; 发现并指导问题整改N项):
# http://b2b.qiduowang.com/news/202411/07/101801.html
# An .xlsx: title, 检查组/检查日期 line, a two-row header (检查对象 over 名称/类别, 整改情况 over 整改期限/完成时间/整改结果),
# 检查对象 merged down over two rows of the same market, a 食品安全检查员 column, a 合计 row.
MARKET_ROWS = [
    (
        "华龙区胜利路农贸市场",
        "农贸市场",
        "快检室未按规定公示当日检测结果",
        "华龙区市场监督管理局",
        "2024.7.20",
        "2024.7.18",
        "",
        "许文博",
    ),
    (
        None,
        None,
        "部分水产品摊位未建立进货查验记录",
        "华龙区市场监督管理局",
        "2024.7.25",
        "",
        "正在督促摊主补建进货台账",
        "许文博",
    ),
    (
        "华龙区老王卤肉摊点",
        "食品摊点",
        "熟食未加盖防蝇防尘罩",
        "华龙区市场监督管理局",
        "立即整改",
        "2024.7.16",
        "已当场整改",
        "冯雪",
    ),
    (
        "濮阳县城关农贸市场",
        "农贸市场",
        "市场开办者未配备食品安全管理员",
        "濮阳县市场监督管理局",
        "8月10日前",
        "",
        "未整改",
        "冯雪",
    ),
    (
        "濮阳县豆香坊豆制品摊点",
        "食品摊点",
        "从业人员健康证明过期",
        "濮阳县市场监督管理局",
        "2024.7.31",
        "",
        "",
        "许文博",
    ),
    (
        "濮阳县李记凉皮摊点",
        "食品摊点",
        "散装调味品未标注生产日期和保质期",
        "濮阳县市场监督管理局",
        "2024.7.22",
        "2024.7.21",
        "已整改",
        "冯雪",
    ),
    (
        "胜利路农贸市场周边",
        "其他",
        "市场周边流动摊贩占道销售散装熟食",
        "市监局",
        "第三季度",
        "",
        "正在会同城管部门开展联合整治",
        "许文博",
    ),
]


def write_market(path: Path) -> Path:
    b = Book(path, author="食品经营科")
    ws = b.sheet("交叉检查")
    b.widths(ws, [6, 24, 10, 34, 22, 12, 12, 26, 14])
    b.line(ws, 0, "2024年流通领域农贸市场及食品摊点交叉检查问题整改表", 8, b.title)
    b.line(ws, 1, "第二检查组（组长单位：清丰县市场监督管理局）    检查日期：2024年7月16日", 8)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "检查对象", b.head)
    b.merge(ws, 2, 3, 3, 3, "发现问题", b.head)
    b.merge(ws, 2, 4, 3, 4, "责任单位", b.head)
    b.merge(ws, 2, 5, 2, 7, "整改情况", b.head)
    b.merge(ws, 2, 8, 3, 8, "食品安全检查员", b.head)
    b.header(ws, 3, ["名称", "类别"], first=1)
    b.header(ws, 3, ["整改期限", "完成时间", "整改结果"], first=5)
    r = 4
    for i, row in enumerate(MARKET_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        if row[0] is not None:
            span = 2 if i < len(MARKET_ROWS) and MARKET_ROWS[i][0] is None else 1
            b.merge(ws, r, 1, r + span - 1, 1, row[0])
            b.merge(ws, r, 2, r + span - 1, 2, row[1], b.center)
        b.row(ws, r, list(row[2:]), first=3)
        r += 1
    b.merge(ws, r, 0, r, 2, "合计", b.head)
    b.merge(ws, r, 3, r, 8, "抽查农贸市场2家、食品摊点3个，发现问题7项")
    b.line(ws, r + 2, "检查组组长：杨建华    填表日期：2024年7月29日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 干部作风明察暗访发现问题整改情况的通报, after a county 纪委's account of its 明察暗访轮岗制 (临时督导检查组; 工作纪律、
# 工作作风、服务态度、工作实效; 不作为、乱作为; 对发现的问题跟踪督办、检查验收; 建立工作台账; 任务销号制):
# https://hanzhong.qinfeng.gov.cn/info/1025/13874.htm
# A .doc (Word 97 via LibreOffice) with the items written as numbered paragraphs under three 方面 headings, each with
# 责任单位, 整改时限 and 整改情况 sentences; one item's base date is named in the item itself.
STYLE_PARAS = [
    (
        "一、工作纪律方面",
        [
            (
                "（1）市不动产登记中心办事大厅3号窗口工作人员上班时间长时间玩手机游戏。责任单位：市不动产登记中心。"
                "整改时限：2024年7月15日。整改情况：已对当事人批评教育并调离窗口岗位，已整改到位。"
            ),
            (
                "（2）7月9日上午9时，濮阳县城关镇人民政府便民服务中心工作日无人在岗。"
                "责任单位：濮阳县城关镇人民政府。整改时限：立行立改。整改情况：已整改，建立值班签到制度。"
            ),
        ],
    ),
    (
        "二、服务态度方面",
        [
            (
                "（3）公积金提取业务咨询电话长时间无人接听。责任单位：公积金中心。整改时限：7月底前。"
                "整改情况：正在整改，已增设2条咨询专线。"
            ),
            (
                "（4）社保经办窗口对群众咨询态度生硬、推诿。责任单位：市人社局。整改时限：2024年7月20日。"
                "整改情况：已约谈窗口负责人，正在开展作风纪律教育。"
            ),
            (
                "（5）异地就医备案办理要求群众重复提交材料。责任单位：市医保局。整改时限：8月15日前。整改情况：未整改。"
            ),
        ],
    ),
    (
        "三、工作实效方面",
        [
            "（6）商品房网签备案系统公示信息长期未更新。责任单位：市房管局。整改时限：2024年8月31日。",
            (
                "（7）窗口服务“好差评”结果未纳入单位绩效考核。责任单位：市政务服务中心。整改时限：长期坚持。"
                "整改情况：常态化推进。"
            ),
        ],
    ),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("作风办")
    _title(doc, "关于第二轮干部作风明察暗访发现问题整改情况的通报")
    _paragraph(doc, "各县（区）作风办，市直各单位：")
    _paragraph(
        doc,
        "7月上旬，市委作风办组建三个临时督导检查组，采取不打招呼、随机抽查、模拟办事等方式，对部分窗口单位和乡镇"
        "工作纪律、服务态度、工作实效进行了明察暗访。现将发现问题及截至7月底的整改情况通报如下：",
    )
    for heading, paras in STYLE_PARAS:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "以上问题由市委作风办跟踪督办，实行台账管理、对账销号。")
    _paragraph(doc, "中共濮阳市委作风建设工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "干部作风明察暗访发现问题整改情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 8. 安全专项督导检查隐患整改台账 from two city-owned companies, after a 交通投资集团's account of the expert check of its
# 在建项目及生产经营单位 (“十个全覆盖”; 质量安全管理体系、三级责任公示牌、风险分级管控与隐患排查治理、特种设备安装检验
# 使用管理、安全教育培训、应急预案和演练; 建立“隐患清单”和“整改台账”, 明确整改责任人、整改措施及完成时限; 回头看):
# http://www.hzjttz.com/NewsMobile.aspx?lxid=1&nsid=17260
# A .zip of two .xlsx returns whose rows name only the company's own departments; the first names the company in its
# title, the second only in the member's file name; the second has a 验收情况 column.
GAS_ROWS = [
    (
        "特种设备安装检验使用管理",
        "门站压力容器安全阀超期未校验",
        "送有资质机构校验",
        "输配管网部",
        "张伟",
        "2024.7.31",
        "已完成校验，取得检验报告",
    ),
    (
        "三级责任公示牌",
        "区域调压站未张贴三级安全责任公示牌",
        "制作并张贴公示牌",
        "安全环保部",
        "李强",
        "2024.7.22",
        "已张贴",
    ),
    (
        "风险分级管控与隐患排查治理",
        "老旧小区庭院管网腐蚀检测未覆盖全部点位",
        "委托第三方开展检测",
        "输配管网部",
        "王建",
        "9月底前完成检测，年底前完成问题管段更换",
        "检测已完成约60%",
    ),
    (
        "应急预案和演练",
        "上半年未开展燃气泄漏应急演练",
        "组织开展专项演练",
        "应急抢险中心",
        "赵敏",
        "8月底前",
        "未启动",
    ),
]
BUS_ROWS = [
    (
        "安全教育培训",
        "新入职驾驶员岗前安全培训学时不足",
        "安全技术科",
        "刘洋",
        "2024.7.25",
        "基本完成",
        "验收合格",
    ),
    (
        "特种设备安装检验使用管理",
        "保养车间举升机未取得使用登记证",
        "机务科",
        "陈刚",
        "2024.8.10",
        "正在办理使用登记",
        "",
    ),
    ("消防安全", "停车场充电区灭火器压力不足", "场站管理科", "周磊", "2024.7.20", "已整改", ""),
    (
        "质量安全管理体系",
        "安全生产责任制未覆盖新开通线路班组",
        "办公室",
        "孙丽",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_gas_book(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 22, 34, 24, 14, 10, 24, 26])
    b.line(ws, 0, "市燃气公司安全专项督导检查隐患整改台账", 7, b.title)
    b.line(ws, 1, "检查时间：2024年7月15日—7月18日    检查方式：集团公司邀请安全技术专家现场核查", 7)
    b.header(
        ws, 2, ["序号", "检查事项", "隐患描述", "整改措施", "责任部门", "整改责任人", "完成时限", "整改进展"]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(GAS_ROWS), "填报人：李强    联系电话：0393-8890312    填报日期：2024年7月30日", 7)
    return b.close()


def write_bus_book(path: Path) -> Path:
    b = Book(path, author="安全技术科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 24, 34, 14, 10, 14, 16, 14])
    b.line(ws, 0, "安全专项督导检查隐患整改台账", 7, b.title)
    b.header(
        ws, 1, ["序号", "隐患类别", "存在问题", "责任科室", "责任人", "整改时限", "完成情况", "验收情况"]
    )
    for i, row in enumerate(BUS_ROWS, 1):
        b.put(ws, 1 + i, 0, i, b.center)
        b.row(ws, 1 + i, list(row), first=1)
    b.line(ws, 3 + len(BUS_ROWS), "负责人：            填报人：刘洋            2024年7月29日", 7)
    return b.close()


def write_soe(path: Path) -> Path:
    members = [
        ("燃气公司安全专项督导检查隐患整改台账.xlsx", write_gas_book),
        ("众意公交公司-安全专项督导检查隐患整改台账.xlsx", write_bus_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 县道公路安全隐患排查整治进展, after a county 交通运输局's account of its road check before the Spring Festival
# (路肩冲刷导致路面悬空N处、路面沉陷、坑槽损毁、缺失道口标柱、凸透镜损坏、护栏损坏、需施划震荡线、树木影响行车视线;
# 拿出整改治理意见、限定整改期限，全程指导、跟踪): http://www.xn--49ss1h619a7zi.com/details/9346.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, a table under a two-row header whose 整改进展 is three tick
# columns (已完成/整改中/未启动), a 合计 row, a 填表说明 and signature lines.
ROAD_ROWS = [
    ("X018", "路基", "路肩冲刷导致路面悬空", "12处", "市交通运输局", "2024年8月底前", "", "√", ""),
    ("X021", "路面", "路面沉陷", "4处", "市交通局", "7月31日前", "√", "", ""),
    (
        "X006",
        "安全设施",
        "平交道口缺失道口标柱",
        "60根",
        "濮阳县柳屯镇人民政府",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    ("X009", "安全设施", "急弯处凸透镜损坏", "2套", "市交通运输局", "2024.8.15", "", "", "√"),
    (
        "X012",
        "标志标线",
        "交叉路口、弯道、学校路段未施划震荡线",
        "14处",
        "市公安交警支队",
        "第三季度",
        "",
        "√",
        "",
    ),
    ("X015", "视距", "路侧树木影响行车视线", "3处", "清丰县马庄桥镇人民政府", "2024年7月25日", "", "", ""),
    ("X003", "护栏", "波形护栏损坏需更换", "20片", "市交通运输局", "2024年6-8月", "√", "", ""),
]


def write_road_docx(path: Path) -> Path:
    doc = _new_document("公路管理科")
    _title(doc, "县道公路安全隐患排查整治进展情况表", 18)
    _paragraph(doc, "填报单位：濮阳市交通运输局公路管理科    截至日期：2024年7月31日", 12)
    n = len(ROAD_ROWS)
    table = doc.add_table(rows=2 + n + 1, cols=10)
    table.style = "Table Grid"
    top = ["序号", "路线编号", "隐患类型", "隐患描述", "数量", "责任单位", "整改期限"]
    for c, word in enumerate(top):
        merged = table.cell(0, c).merge(table.cell(1, c))
        _cell_text(merged, word, 9, bold=True)
    head = table.cell(0, 7).merge(table.cell(0, 9))
    _cell_text(head, "整改进展", 9, bold=True)
    for c, word in enumerate(["已完成", "整改中", "未启动"], start=7):
        _cell_text(table.cell(1, c), word, 9, bold=True)
    for r, row in enumerate(ROAD_ROWS, start=2):
        for c, v in enumerate([str(r - 1), *row]):
            _cell_text(table.cell(r, c), v, 9)
    last = 2 + n
    total = table.cell(last, 0).merge(table.cell(last, 1))
    _cell_text(total, "合计", 9, bold=True)
    rest = table.cell(last, 2).merge(table.cell(last, 9))
    _cell_text(rest, "隐患7项：已完成3项，整改中2项，未启动1项", 9)
    _paragraph(doc, "填表说明：整改进展在对应栏内打“√”；未核实的暂不填写。", 10.5)
    _paragraph(doc, "填表人：田向东    审核人：高志远    联系电话：0393-8992041", 10.5)
    return _save_fixed(doc, path)


def write_road(path: Path) -> Path:
    return via_soffice(write_road_docx, path, "doc", "县道公路安全隐患排查整治进展情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. “五小场所”和出租屋消防安全专项整治隐患清单, after a 街道办事处's account of its 15-day campaign (小宾馆、小作坊、
# 烟花爆竹经营店、危化品充装站、小型娱乐场所和出租屋; 联系消防队、派出所、工商局、安监局、社区联合整治; 下达整改通知书
# 立即整改或限期整改, 限期之日后再次上门核查): http://cqzaitu.com/news/show-31276.html
# An .et (Excel 97 via LibreOffice): the 街道 named only in the title, rows naming only its own 科室, a 联合检查单位
# (inspector) column, 整改期限 in days from the 通知书下达日期, a 上门核查情况 column, a 合计 row and a 填表说明.
FIRE_ROWS = [
    (
        "胜利路悦来旅馆",
        "小宾馆",
        "疏散通道堆放杂物",
        "立即整改",
        date(2024, 7, 8),
        "当日",
        "平安建设办公室",
        "胜利路派出所",
        "已当场清理",
    ),
    (
        "红星家具加工作坊",
        "小作坊",
        "生产区与住宿区未有效分隔，形成“三合一”场所",
        "限期整改",
        date(2024, 7, 8),
        "15日内",
        "应急管理办公室",
        "华龙区消防救援大队",
        "已搬离住宿人员，完成防火分隔",
    ),
    (
        "鑫旺烟花爆竹经营店",
        "烟花爆竹经营店",
        "店内超量储存烟花爆竹",
        "限期整改",
        date(2024, 7, 9),
        "3日内",
        "应急管理办公室",
        "华龙区消防救援大队",
        "上门核查：未整改",
    ),
    (
        "金嗓子KTV",
        "小型娱乐场所",
        "包间应急照明和疏散指示标志损坏",
        "限期整改",
        date(2024, 7, 10),
        "2024年7月20日",
        "综合行政执法队",
        "胜利路派出所",
        "正在更换，已完成6个包间",
    ),
    (
        "胜利路12号院出租屋",
        "出租屋",
        "电动自行车在楼道内充电，私拉飞线",
        "限期整改",
        date(2024, 7, 10),
        "7日内",
        "平安建设办公室",
        "胜利路派出所",
        "",
    ),
    (
        "华安液化气供应站",
        "危化品充装站",
        "可燃气体报警装置未定期检测",
        "限期整改",
        date(2024, 7, 11),
        "2024.7.31",
        "应急管理办公室",
        "华龙区消防救援大队",
        "已委托检测机构检测，结果合格",
    ),
    (
        "建设路35号出租屋",
        "出租屋",
        "出租屋内液化气罐与灶具连接软管老化",
        "限期整改",
        date(2024, 7, 11),
        "10日内",
        "平安建设办公室",
        "华龙区消防救援大队",
        "已更换软管，正在安装燃气泄漏报警器",
    ),
]


def write_fire_book(path: Path) -> Path:
    b = Book(path, author="应急办")
    ws = b.sheet("隐患清单")
    b.widths(ws, [6, 20, 14, 34, 10, 14, 14, 16, 20, 28])
    b.line(ws, 0, "华龙区胜利路街道“五小场所”和出租屋消防安全专项整治隐患清单", 9, b.title)
    b.line(ws, 1, "整治时间：2024年7月8日—7月22日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "隐患场所",
            "场所类别",
            "隐患内容",
            "整改方式",
            "通知书下达日期",
            "整改期限",
            "责任科室",
            "联合检查单位",
            "上门核查情况",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FIRE_ROWS)
    b.merge(ws, end, 0, end, 2, "合计", b.head)
    b.merge(ws, end, 3, end, 9, "排查隐患场所7家，隐患7处，下达整改通知书7份")
    b.line(ws, end + 1, "填表说明：整改期限写天数的，自通知书下达之日起计算；“当日”即通知书下达当日。", 9)
    b.line(ws, end + 2, "填表人：石晓明    联系电话：0393-6687120    2024年7月30日", 9, b.right)
    return b.close()


def write_fire(path: Path) -> Path:
    return via_soffice(write_fire_book, path, "xls", "五小场所和出租屋消防安全专项整治隐患清单.xlsx")


FILES = [
    ("2024年暑期文化旅游行业安全生产检查发现问题整改台账.xlsx", write_tour),
    ("城区物业管理突出问题集中整治回头看情况表.xls", write_prop),
    ("社区卫生服务中心监督执法检查发现问题整改情况表.docx", write_health),
    ("全市中小学校园安全联合督导检查问题台账.csv", write_school),
    ("汛前河湖专项执法行动问题台账（7月）.ods", write_river),
    ("农贸市场及食品摊点交叉检查问题整改表.xlsx", write_market),
    ("关于第二轮干部作风明察暗访发现问题整改情况的通报.doc", write_style),
    ("市属国企安全专项督导检查隐患整改台账（两家企业）.zip", write_soe),
    ("县道公路安全隐患排查整治进展情况表.wps", write_road),
    ("胜利路街道五小场所和出租屋消防安全专项整治隐患清单.et", write_fire),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

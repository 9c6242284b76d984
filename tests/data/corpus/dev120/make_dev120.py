"""Write the dev120 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 审计整改、巡察反馈、作风建设与基层减负、纪检监察建议书整改.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are cards (one table per item), and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside222.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _merge_cells(table, r: int, c1: int, c2: int, text: str, size: float = 10.5, bold: bool = False):
    """Merge cells c1..c2 of row r of a python-docx table and write text into the merged cell."""
    cell = table.cell(r, c1).merge(table.cell(r, c2)) if c2 > c1 else table.cell(r, c1)
    _cell_text(cell, text, size, bold)
    return cell


# ---------------------------------------------------------------------------------------------
# 1. 巡察反馈问题清单, after the 反馈问题清单 record of a public 巡视巡察 management system (PIIS): its fields are
# 问题归类, 问题表现, 分管领导, 牵头整改部门, 主要负责人, 整改状态, 整改措施 — no deadline field at all:
# https://github.com/TuzkiGithub/Patrol/blob/6b00ece631b8e3addf9841d79f2242d19a0319be/PIIS-Platform/src/main/java/tech/piis/modules/core/domain/po/InspectionFeedbackQuestionsPO.java
# An .xlsx from one bureau: title, 填报单位/更新日期 line, one header row in the system's own field names, 问题归类
# merged down over its rows, the 牵头整改部门 being the bureau's own 科室, dates only where a 整改措施 names one,
# a 说明 line and a signature line.
PATROL_GROUPS = [
    (
        "贯彻落实上级决策部署不够到位",
        [
            (
                "对河湖“清四乱”常态化规范化要求学习传达不及时，2023年局党组会议未专题研究",
                "王立新",
                "办公室",
                "赵春燕",
                "已完成",
                "局党组会议已专题研究部署，建立重大部署学习传达台账",
            ),
            (
                "引黄调节水库项目前期工作推进迟缓，可研报告批复滞后计划5个月",
                "李建华",
                "规划计划科",
                "马俊峰",
                "整改中",
                "倒排工期，2024年9月30日前完成初步设计报批",
            ),
            (
                "农村供水工程县级统管机制未落实，濮阳县、范县仍由乡镇分散管理",
                "李建华",
                "农村水利水电科",
                "杜宏伟",
                "未启动",
                "指导两县组建县级供水管理机构，2024年12月底前完成",
            ),
        ],
    ),
    (
        "落实全面从严治党责任有差距",
        [
            (
                "水利工程建设项目招投标监管不严，2个项目评标专家抽取记录不全",
                "孙卫东",
                "建设与运行管理科",
                "郭凯",
                "已完成",
                "补全专家抽取记录，修订《水利工程招投标监管办法》",
            ),
            (
                "公务用车使用登记不规范，部分派车单无用车事由",
                "王立新",
                "办公室",
                "赵春燕",
                "长期坚持",
                "每月抽查派车单，纳入科室考核，长期坚持",
            ),
            (
                "对3家企业超许可取水未及时移交税务部门追缴水资源税",
                "孙卫东",
                "水资源管理科",
                "冯丽娜",
                "整改中",
                "已移交1家，其余2家8月15日前完成移交",
            ),
        ],
    ),
    (
        "选人用人和基层党建工作薄弱",
        [
            (
                "2名科级干部试用期满未按期考核",
                "张红梅",
                "人事科",
                "刘晓东",
                "已完成",
                "已完成试用期考核并办理正式任职手续",
            ),
            (
                "机关支部“三会一课”记录不完整，组织生活会会前谈心谈话流于形式",
                "张红梅",
                "机关党委",
                "何静",
                "",
                "规范党支部工作手册，开展专项检查",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="巡察整改办")
    ws = b.sheet("反馈问题清单")
    b.widths(ws, [6, 18, 44, 10, 16, 10, 10, 36])
    b.line(ws, 0, "中共濮阳市水利局党组落实市委第三巡察组反馈意见问题清单", 7, b.title)
    b.line(ws, 1, "填报单位：市水利局巡察整改工作领导小组办公室    更新日期：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "问题归类", "问题表现", "分管领导", "牵头整改部门", "主要负责人", "整改状态", "整改措施"],
    )
    r, n = 3, 0
    for group, rows in PATROL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "说明：整改状态按“已完成、整改中、未启动、长期坚持”填写；牵头整改部门为局机关科室。", 7)
    b.line(ws, r + 1, "填表人：何静    审核人：赵春燕    联系电话：0393-4418623", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. “指尖上的形式主义”问题线索核查整改台账, after a provincial 网络举报中心's notice collecting clues about 指尖上的
# 形式主义 in five 问题类型 (强制使用, 过度留痕, 滥用排名, 多头填报, “空壳”“僵尸”类应用), a clue to name its 问题类型,
# the 政务应用程序、政务公众账号 or 工作群组 and the 涉及单位:
# https://shaanxijubao.cn/notice/zxnotice14.html
# A CSV in GBK: a title line, a line saying the 办理时限 counts from the 交办日期, one header line with the source's
# five 问题类型 words, 15个工作日 or 立行立改 per row, a 说明 line and a signature line.
FINGERTIP_ROWS = [
    (
        "XS-2024-031",
        "2024-06-03",
        "强制使用",
        "“濮阳教育云”APP",
        "市教育局",
        "要求全市中小学教师每日登录“濮阳教育云”APP打卡，登录率纳入学校月度考核",
        "15个工作日",
        "已取消每日登录打卡要求，登录率不再纳入考核，已办结",
    ),
    (
        "XS-2024-037",
        "2024-06-14",
        "过度留痕",
        "“清丰网格通”工作群",
        "清丰县城关镇人民政府",
        "要求网格员每次入户走访上传带水印照片和视频不少于3张，作为考核依据",
        "15个工作日",
        "已修改网格员考核细则，正在清理历史留痕要求",
    ),
    (
        "XS-2024-042",
        "2024-06-24",
        "滥用排名",
        "“南乐党建”公众号",
        "中共南乐县委组织部",
        "将公众号文章转发量、点赞数按乡镇通报排名并纳入年度考评",
        "15个工作日",
        "已停止通报排名，已办结",
    ),
    (
        "XS-2024-045",
        "2024-07-01",
        "多头填报",
        "濮阳市民政一体化平台",
        "市民政局",
        "低保对象信息需在省、市两个平台重复录入，乡镇每月重复填报3套报表",
        "15个工作日",
        "正在与省平台对接数据接口",
    ),
    (
        "XS-2024-048",
        "2024-07-05",
        "“空壳”“僵尸”类应用",
        "“范县智慧城管”APP",
        "范县城市管理局",
        "APP自2022年起未更新、无法登录，仍要求环卫人员安装",
        "15个工作日",
        "",
    ),
    (
        "XS-2024-053",
        "2024-07-10",
        "强制使用",
        "“台前文明实践”小程序",
        "台前县吴坝镇人民政府",
        "要求每名村干部每周在小程序内完成不少于5条志愿服务打卡",
        "15个工作日",
        "未整改",
    ),
    (
        "XS-2024-057",
        "2024-07-15",
        "过度留痕",
        "“华龙区安全生产”工作群",
        "华龙区应急管理局",
        "工作群内每日要求各街道上报隐患排查照片，同一内容还需另报纸质台账",
        "15个工作日",
        "已解散重复工作群1个，纸质台账已取消，整改完成",
    ),
    (
        "XS-2024-060",
        "2024-07-22",
        "“空壳”“僵尸”类应用",
        "“濮阳县乡村振兴”等3个公众号",
        "濮阳县农业农村局",
        "3个政务公众账号连续6个月以上未更新信息",
        "立行立改",
        "已注销2个，剩余1个正在办理注销",
    ),
]


def write_fingertip(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市“指尖上的形式主义”问题线索核查整改台账（截至2024年7月31日）"])
    w.writerow(["交办单位：市委整治形式主义为基层减负专项工作机制办公室；办理时限自交办之日起按工作日计算"])
    w.writerow(
        [
            "序号",
            "线索编号",
            "交办日期",
            "问题类型",
            "政务应用程序、政务公众账号或工作群组名称",
            "涉及单位",
            "问题描述",
            "办理时限",
            "核查整改情况",
        ]
    )
    for i, row in enumerate(FINGERTIP_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["说明：“立行立改”线索于交办当日整改；办结后由涉及单位上传佐证材料。"])
    w.writerow(["填报人：秦雅文", "", "联系电话：0393-8910236"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 审计查出问题逾期未整改到位问题整改台账, after a county's 纪审协作 account (对逾期未整改到位的问题建立问题清单，
# 下发《审计整改提示函》; 建立逾期未整改到位问题整改台账，注明项目年度、项目名称、被审计单位、问题简述、整改进展情况
# 和下步整改措施; 建立销号清单，符合销号要求的及时予以销号; 《交办单》《督办单》):
# http://www.ahjjjc.gov.cn/p/111560.html
# An .xls (xlwt): title, 填报单位/统计截至 line, one header row in the source's six words plus 销号情况, 项目年度
# merged down over its rows, deadlines only inside 下步整改措施 (月底前, dates, 年底前, 长期坚持), a 说明 line and a
# signature line.
OVERDUE_YEARS = [
    (
        "2021年度",
        [
            (
                "濮阳县教育局2020年度部门预算执行审计",
                "濮阳县教育局",
                "营养改善计划专项资金结余186.4万元未按规定统筹使用",
                "已统筹用于2024年春季学期营养餐补助",
                "—",
                "已销号",
            ),
            (
                "户部寨镇党委书记、镇长经济责任审计",
                "濮阳县户部寨镇人民政府",
                "村级公益事业一事一议奖补项目3个未按期验收，资金68.2万元闲置",
                "已完成2个项目验收",
                "2024年8月底前完成剩余1个项目验收并拨付资金",
                "未销号",
            ),
        ],
    ),
    (
        "2022年度",
        [
            (
                "濮阳县水利局农村饮水安全工程专项审计",
                "濮阳县水利局",
                "4处农村饮水工程水质检测未按季度开展",
                "按季度开展水质检测，常态化推进",
                "长期坚持",
                "",
            ),
            (
                "濮阳县人民医院2021年度财务收支审计",
                "濮阳县人民医院",
                "超标准收取住院患者床位费等医疗服务费用23.7万元",
                "已退还患者12.1万元，剩余款项因患者联系不上正在公告",
                "2024年9月30日前完成剩余款项退还",
                "未销号",
            ),
            (
                "濮阳县城市投资开发有限公司资产负债损益审计",
                "濮阳县城市投资开发有限公司",
                "应收国有资产租金412.5万元长期挂账未收回",
                "已向法院提起诉讼",
                "根据判决结果执行，年底前完成清收",
                "未销号",
            ),
        ],
    ),
    (
        "2023年度",
        [
            (
                "文留镇2022年度财政财务收支审计",
                "濮阳县文留镇人民政府",
                "公务接待无公函、无接待清单列支费用4.3万元",
                "未整改",
                "7月底前清退不合规费用",
                "未销号",
            ),
            (
                "濮阳县第一中学校长任期经济责任审计",
                "濮阳县第一中学",
                "食堂承包合同到期后未重新招标，续签合同未经集体研究",
                "已完成公开招标并签订新合同",
                "—",
                "已销号",
            ),
            (
                "庆祖镇高标准农田建设项目审计",
                "濮阳县庆祖镇人民政府",
                "项目区部分灌溉机井未通电，不能正常使用",
                "",
                "协调供电部门8月20日前完成通电",
                "",
            ),
        ],
    ),
]


def write_overdue(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "濮阳县审计查出问题逾期未整改到位问题整改台账", t, 0, 7),
        (1, 0, "填报单位：县委审计委员会办公室（县审计局代章）    统计截至：2024年7月26日", plain, 1, 7),
    ]
    words = [
        "序号",
        "项目年度",
        "项目名称",
        "被审计单位",
        "问题简述",
        "整改进展情况",
        "下步整改措施",
        "销号情况",
    ]
    cells += [(2, col, word, h) for col, word in enumerate(words)]
    r, n = 3, 0
    for year, rows in OVERDUE_YEARS:
        cells.append((r, 1, year, ctr, r + len(rows) - 1, 1))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col == 7 else c))
            r += 1
    cells += [
        (r, 0, "说明：整改进展由被审计单位于每月25日前报送，县审计局复核认定后销号。", plain, r, 7),
        (r + 1, 0, "审核人：韩卫国    填表人：李倩    联系电话：0393-3221860", plain, r + 1, 7),
    ]
    return _write_xls(path, [("逾期未整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 粮食购销领域专项审计, after a county 审计局's published 粮食购销领域专项审计报告 (被审计单位 and 审计项目 lines;
# 一、基本情况 with a table of 县级储备粮实际库存 by 承储企业 and 库点; then the problems found, numbered under
# headings):
# http://lanling.gov.cn/info/1469/46563.htm
# A .doc (Word 97 via LibreOffice): the centre's report on its rectification in the same frame — 被审计单位/审计项目
# lines, 一、基本情况 with the stock table (not items), 二、… with the problems numbered 1.–7. under （一）（二）（三）,
# each followed by an 整改情况 sentence; the responsible unit named in the problem where it is not the centre.
GRAIN_STOCK = [
    ("濮阳豫储粮油购销有限公司", "城区库点", "9500", "9500", "6000"),
    ("濮阳豫储粮油购销有限公司", "柳屯库点", "3000", "3000", "3000"),
    ("濮阳中原粮油储备有限公司", "胡村库点", "5000", "5000", "5000"),
]
GRAIN_SECTIONS = [
    (
        "（一）储备规模和轮换管理方面",
        [
            (
                "1.地方储备粮规模未达到省下达计划，市级小麦储备缺口2000吨。",
                "整改情况：已制定增储计划并报市政府同意，2024年10月底前完成采购入库。",
            ),
            (
                "2.濮阳豫储粮油购销有限公司储备粮轮换出库后未在规定的4个月内补库，空库期最长达7个月。",
                "整改情况：该公司已完成补库，补库小麦3500吨已验收入库。",
            ),
        ],
    ),
    (
        "（二）监管责任落实方面",
        [
            (
                "3.对承储企业的考核未实行“双随机”抽查，2022年以来仅开展书面考核。",
                "整改情况：今后每年按“双随机”方式组织抽查，长期坚持。",
            ),
            (
                "4.市财政局储备粮利息费用补贴拨付不及时，2023年度补贴586万元延迟至次年拨付。",
                "整改情况：市财政局已建立按季度拨付机制，2024年上半年补贴已按时拨付到位，整改完成。",
            ),
        ],
    ),
    (
        "（三）储粮安全和资金管理方面",
        [
            (
                "5.濮阳中原粮油储备有限公司2个仓房粮情测控系统损坏未修复，测温数据缺失。",
                "整改情况：正在维修，计划8月底前完成。",
            ),
            (
                "6.濮阳豫储粮油购销有限公司粮食出入库检验单据不全，12批次小麦无出库质量检验报告。",
                "整改情况：尚未整改，整改时限为2024年9月15日。",
            ),
            (
                "7.粮食仓储设施维修专项资金127万元结存未使用。",
                "整改要求：2024年12月底前按规定统筹使用或收回。",
            ),
        ],
    ),
]


def write_grain_docx(path: Path) -> Path:
    doc = _new_document("仓储管理科")
    _title(doc, "濮阳市粮食和物资储备中心关于粮食购销领域专项审计发现问题整改情况的报告")
    _paragraph(doc, "被审计单位：濮阳市粮食和物资储备中心及相关单位")
    _paragraph(doc, "审计项目：濮阳市粮食购销领域专项审计")
    _paragraph(
        doc,
        "2024年4月至5月，市审计局对我市粮食购销领域有关情况进行了专项审计，重点关注地方储备粮规模、购销、"
        "储存和涉粮专项资金使用情况。现将审计发现问题的整改情况报告如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(doc, "截至2024年6月末，市级储备粮实际库存情况如下（数量单位：吨）：")
    body = [[str(i), *row] for i, row in enumerate(GRAIN_STOCK, 1)]
    body.append(["合计", "", "", "17500", "17500", "14000"])
    _table(doc, ["序号", "承储企业", "库点", "2022年末", "2023年末", "2024年6月末"], body)
    _paragraph(doc, "二、审计发现的主要问题及整改情况", font="黑体")
    for heading, items in GRAIN_SECTIONS:
        _paragraph(doc, heading, font="楷体_GB2312")
        for problem, progress in items:
            _paragraph(doc, problem)
            _paragraph(doc, progress)
    _paragraph(doc, "下一步，我中心将对未完成整改的问题实行台账管理、对账销号，确保按期整改到位。")
    _paragraph(doc, "濮阳市粮食和物资储备中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_grain(path: Path) -> Path:
    return via_soffice(write_grain_docx, path, "doc", "粮食购销领域专项审计整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 5. 审计发现问题移送整改销号台账, after a county 审计局's “双移送” account (审计发现的问题区分问题线索和问题清单两种
# 形式，分别向纪委监委和被审计单位或主管部门移送; 被审计单位对移送的问题线索和问题清单实行“清单制”、“销号制”管理，
# 指定专人负责，建立专门台账):
# http://sjj.suizhou.gov.cn/fbjd_23/ywdt/sjdt/202409/t20240920_1256099.shtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, a two-row
# header (移送情况 over 移送形式/移送日期/移送对象, 是否销号 over 是/否), ticks under 是/否, 整改时限 as dates,
# “移送之日起N日内” and 立行立改 counted from the 移送日期, a 合计 row and a 注 line.
TRANSFER_ROWS = [
    (
        "清丰县乡村振兴衔接资金审计",
        "问题清单",
        "2024-04-12",
        "被审计单位",
        "2个村集体经济项目建成后长期闲置，衔接资金形成的资产未发挥效益",
        "清丰县农业农村局",
        "移送之日起30日内",
        "已将闲置厂房公开出租，租金纳入村集体收入",
        True,
    ),
    (
        "清丰县乡村振兴衔接资金审计",
        "问题线索",
        "2024-04-12",
        "县纪委监委",
        "大流乡某村会计虚列劳务费套取衔接资金1.8万元",
        "清丰县大流乡人民政府",
        "移送之日起30日内",
        "资金已追回，相关人员已由县纪委监委立案审查",
        True,
    ),
    (
        "清丰县城区道路提升工程跟踪审计",
        "问题清单",
        "2024-05-08",
        "被审计单位",
        "施工单位未按合同约定配备项目经理，现场管理人员长期缺岗",
        "清丰县住房和城乡建设局",
        "2024年6月30日",
        "已约谈施工单位，项目经理已到岗，正在核减相应管理费",
        False,
    ),
    (
        "清丰县城区道路提升工程跟踪审计",
        "问题清单",
        "2024-05-08",
        "被审计单位",
        "工程变更签证未经监理和建设单位共同签认，涉及金额96.5万元",
        "清丰县住房和城乡建设局",
        "移送之日起60日内",
        "",
        False,
    ),
    (
        "清丰县医疗保障基金专项审计",
        "问题线索",
        "2024-06-03",
        "县纪委监委",
        "某民营医院串换药品项目骗取医保基金12.4万元",
        "清丰县医疗保障局",
        "移送之日起30日内",
        "已追回医保基金12.4万元，对该医院暂停医保结算3个月",
        True,
    ),
    (
        "清丰县医疗保障基金专项审计",
        "问题清单",
        "2024-06-03",
        "被审计单位",
        "定点医疗机构年度考核结果未与医保基金拨付挂钩",
        "清丰县医疗保障局",
        "2024年12月31日",
        "已起草考核结果运用办法，正在征求意见",
        False,
    ),
    (
        "柳格镇财政财务收支审计",
        "问题清单",
        "2024-06-20",
        "被审计单位",
        "镇属3个村集体资产出租未经民主程序，租金低于市场价",
        "清丰县柳格镇人民政府",
        "2024年9月30日",
        "已召开村民代表会议重新议定租金，正在与承租方协商签订补充协议",
        False,
    ),
    (
        "柳格镇财政财务收支审计",
        "问题清单",
        "2024-06-20",
        "被审计单位",
        "镇财政所代管的村级资金未实行专户核算",
        "清丰县柳格镇人民政府",
        "立行立改",
        "已开设专户，整改到位",
        True,
    ),
]


def write_transfer_book(path: Path) -> Path:
    b = Book(path, author="清丰县审计局")
    ws = b.sheet("移送整改销号台账")
    b.widths(ws, [6, 22, 10, 12, 12, 36, 20, 16, 32, 6, 6])
    b.line(ws, 0, "清丰县审计局审计发现问题移送整改销号台账（2024年第二季度）", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县审计局    填报日期：2024年7月29日", 10)
    for c, word in [
        (0, "序号"),
        (1, "审计项目"),
        (5, "问题内容"),
        (6, "整改责任单位"),
        (7, "整改时限"),
        (8, "整改情况"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 4, "移送情况", b.head)
    b.header(ws, 3, ["移送形式", "移送日期", "移送对象"], first=2)
    b.merge(ws, 2, 9, 2, 10, "是否销号", b.head)
    b.header(ws, 3, ["是", "否"], first=9)
    for i, row in enumerate(TRANSFER_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row[:8]), first=1)
        b.put(ws, r, 9, "√" if row[8] else "", b.center)
        b.put(ws, r, 10, "" if row[8] else "√", b.center)
    end = 4 + len(TRANSFER_ROWS)
    done = sum(1 for row in TRANSFER_ROWS if row[8])
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共移送8个问题（问题清单6个、问题线索2个）", b.cell)
    b.put(ws, end, 9, done, b.center)
    b.put(ws, end, 10, len(TRANSFER_ROWS) - done, b.center)
    b.line(
        ws,
        end + 1,
        "注：问题线索同时移送县纪委监委；整改时限为“移送之日起×日内”或“立行立改”的，自移送日期起计算。",
        10,
    )
    b.line(ws, end + 2, "填表人：王璐    审核人：杨建设    联系电话：0393-7221045", 10)
    return b.close()


def write_transfer(path: Path) -> Path:
    return via_soffice(write_transfer_book, path, "xls", "审计发现问题移送整改销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 明察暗访发现作风问题整改情况, after a city 纪委's 明察暗访 of 50多家市直单位 (办公场所东西乱堆乱放、办公桌摆放
# 食品; 上班时间吃早餐、观看与工作无关的视频、浏览购物网站、玩游戏、趴在桌上睡觉; 门难进; 以普通办事群众身份对同一
# 问题重复问询; 问题逐一反馈至被访单位，对问题突出的单位分管领导进行约谈，督促整改):
# http://hunan.sina.com.cn/news/m/2014-08-11/0717109065.html
# An .xlsx: title, 暗访时间/反馈时间 line (the base of 立行立改 and of “5个工作日内”), one header row with 被访单位
# under short and former names, 问题类别 and the 处理方式 (the inspector's action) beside 整改要求 and 整改情况, a 说明
# line and a signature line.
VISIT_ROWS = [
    (
        "市住建局",
        "市民之家住建窗口",
        "服务态度",
        "以普通群众身份对同一问题重复问询，窗口工作人员答复不一致、态度生硬",
        "通报批评",
        "立行立改",
        "已对窗口人员批评教育，开展业务培训，整改完成",
    ),
    (
        "市公积金中心",
        "机关办公区",
        "办公场所形象",
        "办公室文件资料乱堆乱放，办公桌摆放食品",
        "反馈整改",
        "7月15日前整改到位",
        "已整改",
    ),
    (
        "市城管执法局",
        "机关三楼办公室",
        "工作纪律",
        "2名工作人员上班时间浏览购物网站、观看与工作无关的视频",
        "约谈分管领导",
        "5个工作日内反馈整改情况",
        "已对2人诫勉谈话，正在修订机关考勤和上网管理制度",
    ),
    (
        "市医保局",
        "医保服务大厅",
        "门难进",
        "大厅入口设置门禁，办事群众需登记后方可进入，未设置引导岗",
        "反馈整改",
        "2024年7月31日前",
        "",
    ),
    (
        "华龙区中原路街道办事处",
        "便民服务中心",
        "工作纪律",
        "上午9时30分仍有3个窗口无人值守，未按规定公示去向",
        "约谈主要负责人",
        "立行立改",
        "未整改，窗口人员仍不足",
    ),
    (
        "市交通局",
        "道路运输服务窗口",
        "工作纪律",
        "工作人员上班时间趴在桌上睡觉，办事群众等候无人接待",
        "通报批评",
        "5个工作日内反馈整改情况",
        "已对当事人通报批评，已整改",
    ),
    (
        "市退役军人局",
        "服务大厅",
        "纪律反弹",
        "上次通报的考勤代签问题仍有反弹",
        "约谈分管领导",
        "长期坚持",
        "每周开展考勤抽查，常态化推进",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="党风政风监督室")
    ws = b.sheet("暗访问题整改")
    b.widths(ws, [6, 20, 18, 12, 42, 14, 22, 32])
    b.line(ws, 0, "市纪委监委明察暗访发现作风问题整改情况反馈表（2024年7月）", 7, b.title)
    b.line(ws, 1, "暗访时间：2024年7月1日至7月5日    反馈时间：2024年7月9日", 7)
    b.header(
        ws, 2, ["序号", "被访单位", "暗访地点", "问题类别", "发现问题", "处理方式", "整改要求", "整改情况"]
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VISIT_ROWS)
    b.line(
        ws, end, "说明：整改时限自反馈之日起计算；被访单位于整改时限内向党风政风监督室书面反馈整改情况。", 7
    )
    b.line(ws, end + 1, "填表：市纪委监委党风政风监督室    2024年7月30日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 效能监察项目结果报告表, after a 效能监察工作 procedure with its forms (附件3 效能监察项目结果报告表: 项目名称、主办
# 单位、主办负责人、协办单位、立项时间、办结时间、检查发现的问题、整改及处理意见、单位领导意见、签名、年月日，此表一式
# 两份; 附件5 效能监察建议书: 请于某年某月某日前将办理结果函告本部门):
# https://m.qiqiwenku.com/doc/135232.html
# A .docx of cards: one two-column table per 效能监察 project in the form's own field names; the 主办单位 is the
# 派驻纪检监察组 (the inspector), the 被监察单位 is named in the 项目名称, the deadline is the 函告 date inside 整改及
# 处理意见, a filled 办结时间 only where the project was closed; a note line closes each card.
CARDS = [
    {
        "项目名称": "市生态环境局建设项目环评审批时效效能监察",
        "主办单位": "市纪委监委派驻第四纪检监察组",
        "主办负责人": "刘卫华",
        "协办单位": "市行政服务中心",
        "立项时间": "2024年4月8日",
        "办结时间": "",
        "检查发现的问题": "12个建设项目环评审批超过承诺时限，最长超期18个工作日。",
        "整改及处理意见": "向市生态环境局发出监察建议书，建议压缩审批环节、建立超时预警。请于2024年8月30日前将办理"
        "结果函告本组。目前该局已上线超时预警功能，审批流程优化正在推进。",
        "单位领导意见": "同意。",
        "签名": "周建民",
    },
    {
        "项目名称": "市住房公积金管理中心租房提取业务效能监察",
        "主办单位": "市纪委监委派驻第六纪检监察组",
        "主办负责人": "高晓燕",
        "协办单位": "",
        "立项时间": "2024年3月11日",
        "办结时间": "2024年6月28日",
        "检查发现的问题": "租房提取业务要求提供已可共享的婚姻证明，群众重复提交材料。",
        "整改及处理意见": "建议取消可共享材料，请于2024年5月31日前将办理结果函告本组。该中心已取消婚姻证明等3项"
        "材料，经回访核实整改到位，本项目办结。",
        "单位领导意见": "同意办结。",
        "签名": "周建民",
    },
    {
        "项目名称": "市自然资源和规划局土地出让金征收效能监察",
        "主办单位": "市纪委监委派驻第二纪检监察组",
        "主办负责人": "孙浩",
        "协办单位": "市财政局",
        "立项时间": "2024年5月6日",
        "办结时间": "",
        "检查发现的问题": "3宗经营性用地出让金逾期未缴清，未按合同约定收取违约金。",
        "整改及处理意见": "建议依法追缴出让金违约金，请于2024年9月30日前将办理结果函告本组。",
        "单位领导意见": "同意。",
        "签名": "周建民",
    },
    {
        "项目名称": "南乐县城关镇低保审核确认效能监察",
        "主办单位": "南乐县纪委监委第二监督检查室",
        "主办负责人": "王超",
        "协办单位": "南乐县民政局",
        "立项时间": "2024年5月20日",
        "办结时间": "2024年7月22日",
        "检查发现的问题": "7户家庭人均收入超过低保标准仍享受低保，动态复核未按季度开展。",
        "整改及处理意见": "建议立即停发并追回多领低保金，请于2024年7月20日前将办理结果函告本室。该镇已停发7户低保，"
        "追回资金2.1万元，整改完成。",
        "单位领导意见": "同意办结。",
        "签名": "李国强",
    },
    {
        "项目名称": "市人社局职业技能提升补贴发放效能监察",
        "主办单位": "市纪委监委派驻第五纪检监察组",
        "主办负责人": "陈立",
        "协办单位": "",
        "立项时间": "2024年5月13日",
        "办结时间": "",
        "检查发现的问题": "技能提升补贴审核周期平均45个工作日，超过规定的20个工作日。",
        "整改及处理意见": "建议优化审核流程，请于2024年8月15日前将办理结果函告本组。经督促，该局尚未研究整改措施。",
        "单位领导意见": "同意。",
        "签名": "周建民",
    },
    {
        "项目名称": "范县人民医院医用耗材采购效能监察",
        "主办单位": "范县纪委监委派驻县卫生健康委纪检监察组",
        "主办负责人": "赵敏",
        "协办单位": "范县医疗保障局",
        "立项时间": "2024年4月22日",
        "办结时间": "",
        "检查发现的问题": "部分高值医用耗材未通过省级平台采购，采购价格高于平台挂网价。",
        "整改及处理意见": "建议全部通过平台采购并清退差价，请于2024年8月31日前将办理结果函告本组。该院已停止线下"
        "采购，差价清退正在核算。",
        "单位领导意见": "同意。",
        "签名": "刘涛",
    },
    {
        "项目名称": "市城市管理局临时占道经营审批效能监察",
        "主办单位": "市纪委监委派驻第七纪检监察组",
        "主办负责人": "郑伟",
        "协办单位": "",
        "立项时间": "2024年3月25日",
        "办结时间": "2024年6月14日",
        "检查发现的问题": "临时占道经营审批无统一标准，存在人情审批。",
        "整改及处理意见": "建议制定审批标准并向社会公开，请于2024年6月10日前将办理结果函告本组。该局已印发审批标准"
        "并在门户网站公开，本项目办结。",
        "单位领导意见": "同意办结。",
        "签名": "周建民",
    },
]


def _write_card(doc, card: dict[str, str]) -> None:
    _title(doc, "效能监察项目结果报告表", 16)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    table = doc.add_table(rows=7, cols=4)
    table.style = "Table Grid"
    _cell_text(table.cell(0, 0), "项目名称", bold=True)
    _merge_cells(table, 0, 1, 3, card["项目名称"])
    for r, (left, right) in enumerate(
        [("主办单位", "主办负责人"), ("协办单位", ""), ("立项时间", "办结时间")], 1
    ):
        _cell_text(table.cell(r, 0), left, bold=True)
        if right:
            _cell_text(table.cell(r, 1), card[left])
            _cell_text(table.cell(r, 2), right, bold=True)
            _cell_text(table.cell(r, 3), card[right])
        else:
            _merge_cells(table, r, 1, 3, card[left])
    for r, field in [(4, "检查发现的问题"), (5, "整改及处理意见")]:
        _cell_text(table.cell(r, 0), field, bold=True)
        _merge_cells(table, r, 1, 3, card[field])
    _cell_text(table.cell(6, 0), "单位领导意见", bold=True)
    _cell_text(table.cell(6, 1), card["单位领导意见"])
    _cell_text(table.cell(6, 2), "签名", bold=True)
    _cell_text(table.cell(6, 3), f"{card['签名']}    2024年7月26日")
    _paragraph(doc, "此表一式两份", 10.5)


def write_cards(path: Path) -> Path:
    doc = _new_document("效能监察室")
    _paragraph(doc, "2024年第二批效能监察项目结果报告表（共7份）", 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
    for card in CARDS:
        _write_card(doc, card)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. 纪检监察建议书落实情况跟踪 (two returns in one zip), after a university 纪委's note on following up 监察建议书
# (针对监察建议书的执行情况、时限要求、建章立制等方面追踪问效; 有关单位在规定时限内将监察建议采纳和落实情况通报
# 派驻纪检监察组; 对整改情况组织“回头看”):
# https://jw.ytu.edu.cn/info/1026/4989.htm
# A .zip holding an .xlsx from a county bureau (建议书文号, 指出问题, 监察建议, 时限要求, 执行情况, 建章立制, 回头看
# 情况) and a .docx report with a table from a hospital, whose 30日内 counts from the day it received the 建议书.
EDU_ROWS = [
    (
        "濮监建〔2024〕3号",
        "学生资助资金发放审核不严，3名已毕业学生仍领取国家助学金",
        "追回违规发放资金，完善资助对象动态管理",
        "2024年5月底前",
        "已追回资金4500元",
        "已修订《学生资助工作管理办法》",
        "回头看未发现反弹",
    ),
    (
        "濮监建〔2024〕3号",
        "校外培训机构日常巡查记录缺失",
        "建立巡查台账，落实双人巡查",
        "2024年8月31日",
        "正在补建巡查台账",
        "",
        "",
    ),
    (
        "濮监建〔2024〕5号",
        "农村学校食堂大宗食材采购未公开招标",
        "规范大宗食材采购程序",
        "2024年8月20日前",
        "",
        "",
        "",
    ),
    (
        "濮监建〔2024〕5号",
        "教师职称评审材料审核把关不严",
        "每年评审前开展专项自查",
        "长期坚持",
        "每年职称评审前开展专项自查，长期坚持",
        "已建立评审材料复核制度",
        "",
    ),
]
HOSPITAL_ROWS = [
    (
        "部分医务人员收受医药代表宴请问题多发",
        "开展警示教育，签订廉洁承诺",
        "2024年6月30日前",
        "已开展警示教育2场，签订廉洁承诺书386份，已完成",
        "修订《医德医风考评办法》",
    ),
    (
        "大型医用设备采购论证程序不规范",
        "完善采购论证程序",
        "2024年9月30日前",
        "已起草采购论证管理办法，正在提交院务会审议",
        "",
    ),
    (
        "住院患者过度检查，部分检查项目无医嘱依据",
        "开展不合理检查专项治理",
        "收到建议书之日起30日内",
        "未整改",
        "",
    ),
    ("药品回扣风险点排查不全面", "全面排查药品购销风险点", "2024年7月15日前", "", ""),
]


def write_edu_book(path: Path) -> Path:
    b = Book(path, author="濮阳县教育局")
    ws = b.sheet("建议落实跟踪")
    b.widths(ws, [6, 18, 36, 26, 16, 30, 26, 18])
    b.line(ws, 0, "濮阳县教育局纪检监察建议落实情况跟踪台账", 7, b.title)
    b.line(ws, 1, "报送：县纪委监委派驻县教育局纪检监察组    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        ["序号", "建议书文号", "指出问题", "监察建议", "时限要求", "执行情况", "建章立制", "回头看情况"],
    )
    for i, row in enumerate(EDU_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 3 + len(EDU_ROWS), "填表人：马丽    联系电话：0393-3211578", 7)
    return b.close()


def write_hospital_docx(path: Path) -> Path:
    doc = _new_document("范县人民医院纪检办")
    _title(doc, "范县人民医院关于纪检监察建议书落实情况的报告", 18)
    _paragraph(doc, "县纪委监委派驻县卫生健康委纪检监察组：", 14)
    _paragraph(
        doc,
        "我院于2024年6月20日收到《纪检监察建议书》（范纪建〔2024〕9号），院党委高度重视，逐条研究落实。"
        "现将落实情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(HOSPITAL_ROWS, 1)]
    _table(doc, ["序号", "指出问题", "监察建议", "时限要求", "执行情况", "建章立制"], body)
    _paragraph(doc, "范县人民医院", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_advice_zip(path: Path) -> Path:
    members = [
        ("濮阳县教育局纪检监察建议落实情况跟踪台账.xlsx", write_edu_book),
        ("范县人民医院关于纪检监察建议书落实情况的报告.docx", write_hospital_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 巡察整改任务推进表, after a university 党委's 巡察工作领导小组会 (被巡察党组织要建立完善整改清单、明确整改时限、
# 责任到人; 巡察办采取台账管理、对账销号; 相关职能部门强化日常监督、“挂单督办”):
# https://jw.cqu.edu.cn/info/1011/2622.htm
# An .xlsx from one college: title, 反馈时间/填报单位/填报日期 line (the base of 立行立改 and of “反馈之日起3个月内”),
# a two-row header (责任到人 over 责任校领导/责任部门/责任人), the college's own 处室 as sections, 挂单督办部门 (the
# supervisor), 推进情况 and 对账销号 columns, deadlines as 月底前, 分两步 schedules, 立行立改, months and 长期坚持.
SCHOOL_ROWS = [
    (
        "二级学院党组织会议议事规则不健全，“三重一大”事项未经党组织会议前置研究",
        "修订二级学院党组织会议和党政联席会议议事规则",
        "王宏",
        "党委组织部",
        "李敏",
        "2024年6月底前",
        "纪委办公室",
        "已印发议事规则",
        "已销号",
    ),
    (
        "科研经费报销存在以会议费名义列支培训费用",
        "开展科研经费专项清查，清退违规列支资金",
        "张立",
        "科研处、财务处",
        "赵刚",
        "分两步：7月底前完成清查，10月底前完成清退",
        "党委巡察办",
        "已完成清查，清退工作正在进行",
        "未销号",
    ),
    (
        "实验实训设备闲置，部分设备购置后使用率不足10%",
        "建立全院设备共享平台",
        "刘志",
        "资产管理处",
        "高峰",
        "2024年12月底前",
        "党委巡察办",
        "未启动",
        "未销号",
    ),
    (
        "学生宿舍消防设施老化，部分灭火器过期",
        "立即更换过期灭火器，全面排查消防设施",
        "刘志",
        "后勤管理处",
        "周强",
        "立行立改",
        "纪委办公室",
        "已全部更换",
        "已销号",
    ),
    (
        "意识形态阵地管理不严，个别讲座报告会未履行审批",
        "落实讲座报告会“一会一报”审批制度",
        "王宏",
        "党委宣传部",
        "陈静",
        "长期坚持",
        "纪委办公室",
        "严格执行审批制度，常态化推进",
        "",
    ),
    (
        "招生宣传经费使用无预算，报销凭证不全",
        "规范招生宣传经费预算管理，补齐报销凭证",
        "张立",
        "招生就业处",
        "吴磊",
        "反馈之日起3个月内",
        "党委巡察办",
        "已制定经费管理细则，凭证正在补齐",
        "未销号",
    ),
    (
        "校办企业经营亏损未及时向学院党委报告",
        "开展校办企业清理规范",
        "张立",
        "国有资产管理办公室",
        "黄伟",
        "2024年9月30日",
        "纪委办公室",
        "",
        "",
    ),
]


def write_school(path: Path) -> Path:
    b = Book(path, author="党政办公室")
    ws = b.sheet("整改任务推进表")
    b.widths(ws, [6, 40, 32, 10, 18, 10, 22, 12, 30, 10])
    b.line(ws, 0, "濮阳职业技术学院落实市委第五巡察组反馈意见整改任务推进表", 9, b.title)
    b.line(
        ws,
        1,
        "反馈时间：2024年5月20日    填报单位：学院巡察整改工作领导小组办公室（党政办公室）    填报日期：2024年7月29日",
        9,
    )
    for c, word in [(0, "序号"), (1, "反馈问题"), (2, "整改措施"), (6, "整改时限"), (7, "挂单督办部门")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "责任到人", b.head)
    b.header(ws, 3, ["责任校领导", "责任部门", "责任人"], first=3)
    b.merge(ws, 2, 8, 3, 8, "推进情况", b.head)
    b.merge(ws, 2, 9, 3, 9, "对账销号", b.head)
    for i, row in enumerate(SCHOOL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SCHOOL_ROWS)
    b.line(
        ws,
        end,
        "说明：整改时限为“立行立改”“反馈之日起×个月内”的，自反馈时间起计算；已销号事项由巡察办复核。",
        9,
    )
    b.line(ws, end + 1, "填表人：孔令博    审核人：王宏    联系电话：0393-6663015", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 政务移动互联网应用“三类对象”清理整合台账, after a provincial report on its 整治“指尖上的形式主义” (聚焦政务移动
# 应用程序、政务公众账号、网络工作群组“三类对象”，加强全网巡查和备案数据比对; “四个一律”刚性清减规则，省、市两级
# 面向基层的原则上不超过1个，县乡（街道）一律不得单独新建; 关停、整合上万个):
# https://cbgc.scol.com.cn/news/7100153
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, 牵头单位/统计截至 line, a table with 对象类型 in the
# source's three words, 主办单位 under short names, 处置方式 (关停/整合/保留规范), 完成时限 and 处置进展, a 注 line
# quoting the 四个一律 and the office at the foot.
CLEANUP_ROWS = [
    (
        "政务移动应用程序",
        "濮阳统计直报通",
        "市统计局",
        "与国家统计联网直报平台功能重复，要求基层统计员重复填报",
        "关停",
        "2024年8月31日",
        "已停止数据填报，正在办理下架",
    ),
    (
        "政务公众账号",
        "近德固乡发布",
        "南乐县近德固乡人民政府",
        "乡镇单独开设政务公众号，半年以上未更新",
        "关停",
        "2024年7月15日",
        "已注销",
    ),
    (
        "网络工作群组",
        "岳村镇创文工作群（1—5群）",
        "华龙区岳村镇人民政府",
        "同一项工作建群5个，群内要求即时回复接龙",
        "整合",
        "2024年7月10日",
        "已整合为1个群，解散4个",
    ),
    (
        "政务移动应用程序",
        "健康濮阳随访",
        "市卫健委",
        "强制要求村医每日登录打卡，在线时长纳入考核",
        "保留规范（取消打卡功能）",
        "2024年8月15日",
        "",
    ),
    (
        "政务公众账号",
        "“濮阳退役军人”“濮阳双拥”",
        "市退役军人局",
        "两个公众号功能相近、内容重复",
        "整合",
        "2024年9月30日",
        "未启动",
    ),
    (
        "网络工作群组",
        "2023年秋粮收购临时工作群",
        "台前县打渔陈镇人民政府",
        "临时性工作群任务完成后未解散",
        "关停",
        "2024年7月5日",
        "已解散",
    ),
    (
        "政务移动应用程序",
        "濮阳气象服务",
        "市气象局",
        "应用程序运维评估流于形式",
        "保留规范",
        "长期坚持",
        "按季度开展运维评估，常态化推进",
    ),
]


def write_cleanup_docx(path: Path) -> Path:
    doc = _new_document("网络综合治理科")
    _title(doc, "濮阳市政务移动互联网应用“三类对象”清理整合台账", 18)
    _paragraph(doc, "牵头单位：市委网信办    统计截至：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(CLEANUP_ROWS, 1)]
    _table(
        doc,
        ["序号", "对象类型", "名称", "主办单位", "存在问题", "处置方式", "完成时限", "处置进展"],
        body,
        10,
    )
    _paragraph(
        doc,
        "注：处置方式按“四个一律”规则确定，县乡（街道）一律不得单独新建政务移动应用程序、政务公众账号；"
        "临时性工作群组任务完成后一律解散。",
        12,
    )
    _paragraph(doc, "市委整治形式主义为基层减负专项工作机制办公室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cleanup(path: Path) -> Path:
    return via_soffice(write_cleanup_docx, path, "doc", "三类对象清理整合台账.docx")


FILES = [
    ("市水利局党组巡察反馈问题清单整改进展（2024年7月）.xlsx", write_patrol),
    ("“指尖上的形式主义”问题线索核查整改台账.csv", write_fingertip),
    ("濮阳县审计查出问题逾期未整改到位问题整改台账.xls", write_overdue),
    ("濮阳市粮食和物资储备中心关于粮食购销领域专项审计发现问题整改情况的报告.doc", write_grain),
    ("清丰县审计发现问题移送整改销号台账（2024年第二季度）.et", write_transfer),
    ("市纪委监委明察暗访发现作风问题整改情况反馈表（2024年7月）.xlsx", write_visit),
    ("2024年第二批效能监察项目结果报告表.docx", write_cards),
    ("纪检监察建议书落实情况跟踪（濮阳县教育局、范县人民医院）.zip", write_advice_zip),
    ("濮阳职业技术学院巡察整改任务推进表.xlsx", write_school),
    ("政务移动互联网应用三类对象清理整合台账.wps", write_cleanup),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

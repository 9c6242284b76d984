"""Write the dev80 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 环保督察反馈整改, 重点项目百日攻坚, 民生实事进度, 审计问题整改, 巡察反馈整改, 领导批示件督办,
12345热线诉求, 营商环境投诉, 汛期安全隐患排查, 信访诉求件 — reports and notices with their tables or lists.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), a CSV
in GBK, a .docx (通报 text with its 附件 table), a .wps (Word 97 via LibreOffice; a report whose items are numbered
paragraphs) and a .zip of two returns (a .docx of request cards and an .xlsx list). Contents are made up; the
statistics date is 2024-07-31.
Run from this folder: python make_dev80.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Fixed dates inside the files and fixed zip member times make two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 17, 20, 0)
ZIP_TIME = (2024, 7, 30, 17, 20, 0)


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
# 1. 环保督察反馈意见整改任务清单, after a province's 贯彻落实中央环境保护督察组督察反馈意见整改方案 (对照反馈意见逐一细化
# 整改措施, 逐件明确整改责任; 属地主体责任与部门监管责任相结合; 整改措施清单明确责任单位、配合单位、督导单位、整改时限和
# 整改目标, 省总账、各责任单位分账的台账式管理):
# https://www.duohuanbao.com/archives/504420.html
# An .xlsx: title, a preamble paragraph in a merged row, a two-row header (责任分工 over 责任单位/配合单位/督导单位,
# 整改落实情况 over 整改进展/完成情况), the 问题类别 merged down the rows of each kind, a 注 line and the 填报 line.
ENV_ROWS = [
    (
        "大气污染防治",
        [
            (
                "城区建筑工地扬尘管控不到位，部分工地裸土未覆盖、出入车辆未冲洗",
                "在建工地“六个百分之百”全面达标",
                "市住房和城乡建设局",
                "市城市管理局",
                "市生态环境局",
                "2024年6月底前",
                "已对126个在建工地开展专项检查，裸土全部覆盖，冲洗设施全部安装到位",
                "已完成",
            ),
            (
                "濮阳县部分砖瓦窑企业脱硫设施不正常运行，超标排放",
                "砖瓦窑企业稳定达标排放",
                "濮阳县人民政府",
                "市生态环境局",
                "市生态环境局",
                "2024年9月30日",
                "已责令3家企业停产整治，其中2家完成脱硫设施改造，1家正在改造",
                "整改中",
            ),
            (
                "城区餐饮油烟扰民问题群众反映强烈，部分餐饮店未安装油烟净化设施",
                "城区餐饮单位油烟净化设施安装率100%",
                "市城管局",
                "市市场监督管理局",
                "市生态环境局",
                "2024年7月31日前",
                "尚未启动专项整治",
                "未整改",
            ),
            (
                "濮阳工业园区部分化工企业挥发性有机物无组织排放",
                "重点企业完成泄漏检测与修复",
                "濮阳工业园区管理委员会",
                "市生态环境局",
                "市生态环境局",
                "第三季度",
                "已完成第一轮泄漏检测与修复（LDAR）检测，正在组织第二轮",
                "整改中",
            ),
        ],
    ),
    (
        "水污染防治",
        [
            (
                "马颊河清丰段部分入河排污口未完成排查整治",
                "入河排污口全部完成分类整治",
                "清丰县人民政府",
                "市水利局",
                "市生态环境局",
                "2024年12月底前",
                "已完成排污口溯源，正在分类整治",
                "按序时推进",
            ),
            (
                "城区雨污管网混接错接，雨天污水溢流进入濮水河",
                "完成城区雨污分流改造",
                "市城市管理局",
                "华龙区人民政府",
                "市生态环境局",
                "2024-2025年",
                "已完成混错接点排查，改造工程正在招标",
                "整改中",
            ),
        ],
    ),
    (
        "固体废物和生态保护",
        [
            (
                "范县部分乡镇建筑垃圾随意倾倒，未建设建筑垃圾消纳场",
                "建成县级建筑垃圾消纳场，清理存量垃圾",
                "范县人民政府",
                "市城市管理局",
                "市生态环境局",
                "2024年8月31日",
                "",
                "",
            ),
            (
                "金堤河国家湿地公园保护范围内存在违规养殖大棚",
                "违规设施全部拆除并复绿",
                "市自然资源局",
                "台前县人民政府",
                "市生态环境局",
                "2024年7月20日",
                "违规大棚23座已全部拆除，完成复绿",
                "已完成",
            ),
        ],
    ),
    (
        "长效机制",
        [
            (
                "环境信访投诉件办理质量不高，群众满意率偏低",
                "信访件按期办结率100%，回访满意率持续提升",
                "市生态环境局",
                "",
                "市委督查局",
                "长期坚持",
                "已建立信访件回访复核机制",
                "长期坚持",
            ),
        ],
    ),
]


def write_env(path: Path) -> Path:
    b = Book(path, author="督察整改办")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 12, 34, 22, 16, 16, 12, 14, 30, 10])
    last = 9
    b.line(ws, 0, "第三轮省级生态环境保护督察反馈意见整改任务清单（濮阳市分账）", last, b.title)
    ws.set_row(1, 48)
    b.line(
        ws,
        1,
        "按照《濮阳市贯彻落实第三轮省级生态环境保护督察反馈意见整改方案》，对照督察反馈意见逐项细化整改措施，"
        "明确责任单位、配合单位、督导单位、整改时限和整改目标，实行市总账、各责任单位分账的台账式管理。"
        "现将截至2024年7月25日整改进展报告如下：",
        last,
    )
    for c, word in enumerate(["序号", "问题类别", "整改任务", "整改目标"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "责任分工", b.head)
    b.merge(ws, 2, 7, 3, 7, "整改时限", b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["责任单位", "配合单位", "督导单位"], first=4)
    b.header(ws, 3, ["整改进展", "完成情况"], first=8)
    r = 4
    n = 0
    for kind, rows in ENV_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(ws, r + 1, "注：督导单位负责跟踪督导、审核销号，不承担具体整改任务。", last)
    b.line(
        ws,
        r + 2,
        "填报单位：濮阳市生态环境保护督察整改工作领导小组办公室    填报人：孟凡超    联系电话：0393-4418652"
        "    填报日期：2024年7月26日",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 重大项目“百日攻坚”进展情况表, after a district 区委区政府督查室's account of its 重大项目“百日攻坚”活动 (55个重大项目中
# 已有1个项目完成攻坚目标，37个项目取得了一定进展; 14个项目进展较为缓慢，3个项目由于客观原因未能有效推进; 详见
# 《重大项目“百日攻坚”进展情况表》):
# http://jhwcw.zjol.com.cn/wcnews/system/2014/08/14/018316930.shtml
# An .et (Excel 97 via LibreOffice): title, a line stating the 攻坚期 and the cut-off date, one header row with the
# investment figures, the 包联县级领导 (a person) beside the 责任单位, the 推进情况 in the source's words, a 合计 row and
# the 督查室 line.
PROJECT_ROWS = [
    (
        "濮阳市华龙区第二人民医院迁建项目",
        32000,
        9000,
        "完成门诊楼主体结构封顶",
        "王建国",
        "华龙区卫生健康委员会",
        "9月8日前",
        "门诊楼已施工至第6层，住院楼桩基施工完成",
        "取得一定进展",
    ),
    (
        "中原路西延道路工程",
        18500,
        6000,
        "完成征地拆迁并开工建设",
        "刘志强",
        "华龙区住房和城乡建设局",
        "攻坚期内",
        "征地拆迁全部完成，7月12日正式开工",
        "已完成攻坚目标",
    ),
    (
        "岳村镇高标准农田提升项目",
        2400,
        2400,
        "完成1.2万亩田间工程建设",
        "陈晓东",
        "华龙区农业农村局",
        "2024年8月31日",
        "已完成0.8万亩田间工程",
        "取得一定进展",
    ),
    (
        "濮上生态园配套停车场建设项目",
        3600,
        3600,
        "完成招标并进场施工",
        "刘志强",
        "华龙区城市管理局",
        "攻坚期内",
        "因规划方案调整，尚未启动招标",
        "未能有效推进",
    ),
    (
        "华龙区智慧社区改造工程（一期）",
        1500,
        1500,
        "完成12个社区智能门禁和监控安装",
        "赵丽萍",
        "华龙区政务服务和大数据管理局",
        "8月底前",
        "已完成5个社区安装调试",
        "取得一定进展",
    ),
    (
        "孟轲乡污水处理站及配套管网工程",
        4200,
        2800,
        "完成配套管网铺设4.5公里",
        "陈晓东",
        "华龙区孟轲乡人民政府",
        "2024年9月8日",
        "已铺设管网2.1公里，污水处理站设备正在安装",
        "取得一定进展",
    ),
    (
        "华龙区职业教育园区实训楼",
        8600,
        3000,
        "完成竣工验收并投入使用",
        "赵丽萍",
        "华龙区教育局",
        "2024年7月20日",
        "7月18日通过竣工验收",
        "已完成攻坚目标",
    ),
    (
        "新材料产业园标准化厂房（三期）",
        15000,
        7000,
        "完成5栋厂房主体施工",
        "王建国",
        "华龙区产业集聚区管理委员会",
        "9月8日前",
        "",
        "",
    ),
]


def write_project_book(path: Path) -> Path:
    b = Book(path, author="区督查室")
    ws = b.sheet("进展情况表")
    b.widths(ws, [6, 30, 12, 12, 26, 12, 24, 12, 30, 14])
    last = 9
    b.line(ws, 0, "华龙区重大项目“百日攻坚”进展情况表", last, b.title)
    b.line(
        ws,
        1,
        "攻坚期：2024年6月1日至9月8日    进展截至：2024年7月26日    单位：万元",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "总投资",
            "年度计划投资",
            "攻坚目标",
            "包联县级领导",
            "责任单位",
            "完成时限",
            "目前进展",
            "推进情况",
        ],
    )
    for i, row in enumerate(PROJECT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PROJECT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "8个项目", b.center)
    b.put(ws, end, 2, sum(r[1] for r in PROJECT_ROWS))
    b.put(ws, end, 3, sum(r[2] for r in PROJECT_ROWS))
    b.merge(
        ws,
        end,
        4,
        end,
        9,
        "已完成攻坚目标2个，取得一定进展4个，未能有效推进1个，未报送进展1个",
    )
    b.line(ws, end + 2, "华龙区委区政府督查室    2024年7月29日", last, b.right)
    return b.close()


def write_project(path: Path) -> Path:
    return via_soffice(write_project_book, path, "xls", "华龙区重大项目百日攻坚进展情况表.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 十件民生实事完成情况的通报, after a district's 关于2024年十件民生实事完成情况的通报 (各责任单位强化工作责任, 扎实推进
# 民生实事办理; 十件民生实事共25项内容; 现将完成情况予以通报（具体见附件）, 附件: 十件民生实事完成情况表.docx):
# http://www.yangdong.gov.cn/zdly/zdxm/content/post_836376.html
# A .docx: 通报 title, 主送, preamble with the totals, 下一步 paragraph, the 督查室 and date, then 附件 with its own
# title and one table (民生实事, 具体内容, 责任单位, 完成时限, 进展情况, 完成比例).
LIVELIHOOD_ROWS = [
    (
        "学前教育扩容",
        "新建、改扩建公办幼儿园12所，新增学位3600个",
        "市教育局",
        "2024年8月底",
        "已完工9所，其余3所正在进行室内装修",
        "75%",
    ),
    (
        "城镇老旧小区改造",
        "改造城镇老旧小区86个，惠及居民1.2万户",
        "市住建局",
        "年底前",
        "已开工82个，完工41个",
        "48%",
    ),
    (
        "妇女“两癌”免费筛查",
        "为2万名适龄妇女免费开展宫颈癌、乳腺癌筛查",
        "市卫健委",
        "2024年10月31日",
        "已筛查20350人，提前完成年度任务",
        "102%",
    ),
    (
        "零工市场建设",
        "建设标准化零工市场5个",
        "市人社局",
        "2024年6月30日",
        "5个零工市场已全部建成投用",
        "100%",
    ),
    (
        "社区老年助餐",
        "新建社区老年助餐点30个",
        "市民政局",
        "第三季度",
        "已建成12个，其余18个正在选址装修",
        "40%",
    ),
    (
        "城乡公交提升",
        "新开通城乡公交线路4条，更新新能源公交车50辆",
        "市交通运输局",
        "2024年9月30日",
        "车辆采购尚未启动，线路开通方案未批复",
        "0",
    ),
    (
        "城市公厕提升",
        "新建改造城市公厕40座",
        "市城市管理局",
        "2024年11月底",
        "",
        "",
    ),
    (
        "残疾儿童康复救助",
        "为600名残疾儿童提供康复救助",
        "市残联",
        "年底前",
        "已救助385名，正按序时推进",
        "64%",
    ),
    (
        "医保服务下沉",
        "实现医保服务站乡镇（街道）全覆盖",
        "市医保局",
        "2024年7月15日",
        "全市89个乡镇（街道）医保服务站已全部挂牌运行",
        "100%",
    ),
]


def write_livelihood(path: Path) -> Path:
    doc = _new_document("市政府督查室")
    _title(doc, "关于2024年十件民生实事1—7月进展情况的通报")
    _paragraph(doc, "各县（区）人民政府，市人民政府各部门：")
    _paragraph(
        doc,
        "办好十件民生实事是市政府对全市人民的庄严承诺。今年以来，各责任单位强化工作责任，积极采取有效措施，"
        "扎实推进民生实事办理。截至7月25日，纳入督查的9项内容中已完成3项，正在推进4项，未启动1项，"
        "未报送进展1项。现将进展情况予以通报（具体见附件）。",
    )
    _paragraph(
        doc,
        "下一步，各责任单位要切实负起主体责任，对进度滞后的事项倒排工期、挂图作战，确保按期完成年度任务。"
        "市政府督查室将对严重滞后的事项挂牌督办。",
    )
    _paragraph(doc, "濮阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附件", font="黑体")
    _title(doc, "2024年十件民生实事进展情况表", 16)
    body = [[str(i), *row] for i, row in enumerate(LIVELIHOOD_ROWS, 1)]
    _table(doc, ["序号", "民生实事", "具体内容", "责任单位", "完成时限", "进展情况", "完成比例"], body)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 审计发现问题整改情况逐项检查核实, after a county 审计局 and the county 政府督查室 checking item by item the
# rectification of the problems 审计署 found (已整改的部门提供相关资料，由审计局复核整改结果; 未整改的单独约谈，说明未整改
# 原因，做好下一步整改计划):
# https://zhb.hebei.com.cn/system/2018/08/24/019057930.shtml
# An .xls (xlwt): title, 核查单位/核查时间 line, a line stating the date 立行立改 refers to, a two-row header
# (整改落实 over 整改情况/审计局复核意见), amounts, a 合计 row, a 注 line and the signature line.
AUDIT_ROWS = [
    (
        "2023年度义务教育学生营养改善计划专项资金滞留未拨付",
        326.5,
        "濮阳县教育局",
        "2024年5月31日",
        "已全额拨付至各学校",
        "已整改",
        "",
    ),
    (
        "高标准农田建设项目完工后未按规定办理竣工决算",
        1850.0,
        "濮阳县农业农村局",
        "2024年9月30日",
        "已委托第三方机构开展竣工决算审计",
        "部分整改",
        "决算审计预计9月中旬完成",
    ),
    (
        "城乡居民医保重复参保人员未及时清理，重复享受财政补助",
        45.2,
        "濮阳县医疗保障局",
        "2024年6月30日",
        "已清理重复参保人员1236人，收回财政补助资金45.2万元",
        "已整改",
        "",
    ),
    (
        "公共租赁住房租金长期欠缴，未及时收缴",
        68.7,
        "濮阳县住房和城乡建设局",
        "2024年7月31日",
        "",
        "未整改",
        "单位未提供整改资料，已于7月18日约谈单位负责人",
    ),
    (
        "农村饮水安全工程维修养护资金被挤占用于办公支出",
        23.4,
        "濮阳县水利局",
        "2024年4月30日",
        "已归还原资金渠道",
        "已整改",
        "",
    ),
    (
        "就业补助资金发放对象不符合条件17人",
        8.6,
        "濮阳县人力资源和社会保障局",
        "2024年8月31日",
        "已追回11人补助资金4.2万元，其余6人正在追缴",
        "部分整改",
        "",
    ),
    (
        "基层医疗卫生机构部分药品未通过省药品集中采购平台采购",
        None,
        "濮阳县卫生健康委员会",
        "立行立改",
        "已全部改为通过省平台采购",
        "已整改",
        "",
    ),
    (
        "政府专项债券资金闲置超过一年未使用",
        2100.0,
        "濮阳县财政局",
        "2024年12月31日",
        "已调整用于急需项目1200万元",
        "部分整改",
        "剩余900万元正在履行调整程序",
    ),
]


def write_audit(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    money = _xf(center=True)
    money.num_format_str = "0.0"
    last = 8
    cells = [
        (0, 0, "审计署审计发现问题整改情况逐项核实表", t, 0, last),
        (
            1,
            0,
            "核查单位：濮阳县审计局、濮阳县人民政府督查室    核查时间：2024年7月15日至7月24日",
            plain,
            1,
            last,
        ),
        (
            2,
            0,
            "说明：审计整改期限自审计报告送达之日（2024年3月15日）起计算，“立行立改”事项以送达之日为限。",
            plain,
            2,
            last,
        ),
    ]
    for col, word in enumerate(["序号", "审计发现问题", "涉及金额（万元）", "整改责任单位", "整改期限"]):
        cells.append((3, col, word, h, 4, col))
    cells += [
        (3, 5, "整改落实", h, 3, 6),
        (4, 5, "整改情况", h),
        (4, 6, "审计局复核意见", h),
        (3, 7, "未整改到位原因及下一步计划", h, 4, 8),
    ]
    for i, row in enumerate(AUDIT_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        problem, amount, unit, limit, done, verdict, note = row
        cells.append((r, 1, problem, c))
        cells.append((r, 2, amount if amount is not None else "—", money))
        cells.append((r, 3, unit, c))
        cells.append((r, 4, limit, ctr))
        cells.append((r, 5, done, c))
        cells.append((r, 6, verdict, ctr))
        cells.append((r, 7, note, c, r, 8))
    r = 5 + len(AUDIT_ROWS)
    total = round(sum(row[1] for row in AUDIT_ROWS if row[1] is not None), 1)
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, total, money),
        (r, 3, "共8个问题：已整改4个，部分整改3个，未整改1个", c, r, last),
        (
            r + 1,
            0,
            "注：复核意见由县审计局根据整改单位提供的佐证资料逐项认定；未整改的由县审计局和县政府督查室当面约谈。",
            plain,
            r + 1,
            last,
        ),
        (r + 2, 0, "填表人：魏红艳    审核人：冯保国    填报日期：2024年7月26日", plain, r + 2, last),
    ]
    return _write_xls(path, [("核实表", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 巡察反馈意见整改任务清单, after a 市委巡察组's feedback to the 市政府办公室党组 (四个方面的问题: 贯彻落实党的理论
# 路线方针政策和上级决策部署有差距; 全面从严治党主体责任落实不够到位、抓作风建设的韧劲不足; 党组织战斗堡垒作用发挥不够、
# 领导班子和干部队伍建设存在短板; 落实巡视巡察监督整改责任不严不实; 问题清单、任务清单、责任清单):
# https://www.zgsr.gov.cn/zgsr/bmdt/202407/89d98be3b10c4df3b3f3a6ca0ad5099c.shtml
# An .xlsx: title, 填报单位 line, a preamble in a merged row, a two-row header (整改落实 over 整改时限/整改进展), the
# four kinds of problem as merged rows inside the table, rows naming only the office's own 科室, a 注 line and the
# signature line.
INSPECTION_GROUPS = [
    (
        "一、贯彻落实党的理论路线方针政策和上级决策部署有差距",
        [
            (
                "“第一议题”制度落实不到位，学习后研究贯彻措施不具体",
                "修订“第一议题”学习制度，每次学习后明确贯彻落实具体措施",
                "秘书长",
                "机关党委",
                "长期坚持",
                "已修订“第一议题”学习制度，长期坚持",
            ),
            (
                "督查督办跟踪问效不够，部分督办事项超期未办结",
                "对超期督办事项逐项清理，建立超期预警机制",
                "副秘书长",
                "督查室",
                "2024年8月19日前",
                "正在对超期督办事项逐项清理",
            ),
            (
                "政务信息报送质量不高，反映基层动态的信息偏少",
                "建立信息报送通报制度，每月通报采用情况",
                "副秘书长",
                "信息科",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "二、全面从严治党主体责任落实不够到位，抓作风建设韧劲不足",
        [
            (
                "公务接待审批单填写不规范，部分接待无公函",
                "规范公务接待审批流程，严格执行公函制度",
                "副秘书长",
                "行政科",
                "2024年7月31日前",
                "已完成整改",
            ),
            (
                "会议文件精简不到位，以会议落实会议现象仍然存在",
                "制定会议计划管理办法，严控会议数量和规模",
                "秘书长",
                "秘书一科",
                "2024年10月底前",
                "正在制定会议计划管理办法",
            ),
            (
                "政府采购内控制度不健全，采购需求论证不充分",
                "健全政府采购内控制度，规范需求论证",
                "副秘书长",
                "财务科",
                "9月底前",
                "已起草内控制度，正在征求意见",
            ),
        ],
    ),
    (
        "三、党组织战斗堡垒作用发挥不够，干部队伍建设存在短板",
        [
            (
                "机关支部“三会一课”记录不完整",
                "补齐会议记录，规范支部组织生活",
                "机关党委书记",
                "机关党委",
                "2024年8月19日前",
                "已补齐2023年以来会议记录，完成整改",
            ),
            (
                "干部轮岗交流不够，个别科室负责人任职超过10年",
                "制定干部轮岗交流计划，分批实施",
                "秘书长",
                "人事科",
                "2024年12月31日",
                "未启动",
            ),
        ],
    ),
    (
        "四、落实巡视巡察监督整改责任不严不实",
        [
            (
                "上轮巡察反馈的公务用车管理问题整改不彻底",
                "升级车辆使用登记系统，落实用车审批和回场登记",
                "副秘书长",
                "行政科",
                "2024年8月31日",
                "车辆使用登记系统已升级，基本完成",
            ),
        ],
    ),
]


def write_inspection(path: Path) -> Path:
    b = Book(path, author="机关党委")
    ws = b.sheet("整改任务清单")
    b.widths(ws, [6, 36, 34, 12, 12, 16, 30])
    last = 6
    b.line(ws, 0, "市委第三巡察组反馈意见整改任务清单及进展情况", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府办公室（盖章）    填报日期：2024年7月30日", last)
    ws.set_row(2, 36)
    b.line(
        ws,
        2,
        "2024年7月19日，市委第三巡察组向市政府办公室党组反馈了巡察情况。办公室党组对照反馈意见，逐条建立问题清单、"
        "任务清单、责任清单，明确责任领导、责任科室和整改时限，现将整改进展报告如下：",
        last,
    )
    for c, word in enumerate(["序号", "具体问题", "整改措施", "责任领导", "责任科室"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 5, 3, 6, "整改落实", b.head)
    b.header(ws, 4, ["整改时限", "整改进展"], first=5)
    bold = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r = 5
    n = 0
    for kind, rows in INSPECTION_GROUPS:
        b.merge(ws, r, 0, r, last, kind, bold)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "注：按照“谁分管、谁负责”确定责任领导，责任科室负责具体整改。", last)
    b.line(
        ws,
        r + 2,
        "党组书记：            机关党委负责人：周卫东    经办人：郑雅楠    联系电话：0393-8992016",
        last,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 市政府领导批示件办理情况登记台账, after a city's notice on handling 市政府常务会议决定事项和市政府领导批示件 (各单位
# 办理领导批示件的总体情况较好; 但仍有单位不够重视、责任不明确、不按规定时限和要求办理; 严格按照时限办理、及时反馈):
# https://m.mianfeixuexi.cn/article/581993.html
# A CSV in GBK: a title line, a 填报单位/统计时段 line, a line saying the 办理时限 count from the 交办日期, one header line
# (批示领导 and 批示日期 beside the 承办单位 and 交办日期, an 办结日期 column), a 合计 line.
INSTRUCTION_ROWS = [
    (
        "PS2024-081",
        "2024-07-02",
        "市长",
        "市民反映城区部分路段窨井盖缺失破损，存在安全隐患，请市城管局立即组织排查修复",
        "市城管局",
        "2024-07-03",
        "5个工作日",
        "已排查更换破损井盖213个，并建立井盖巡查台账",
        "2024-07-09",
    ),
    (
        "PS2024-083",
        "2024-07-05",
        "常务副市长",
        "濮阳县一建筑企业拖欠农民工工资，请市人社局牵头督促依法解决",
        "市人社局",
        "2024-07-05",
        "10个工作日",
        "已督促企业支付拖欠工资86.4万元，涉及农民工53名",
        "2024-07-16",
    ),
    (
        "PS2024-086",
        "2024-07-09",
        "分管副市长",
        "汛期城区易涝点排涝准备情况，请市水利局会同市城管局做好应急准备",
        "市水利局（牵头）、市城管局",
        "2024-07-09",
        "7月15日前",
        "已完成13处易涝点排涝设备预置，并报送专题报告",
        "2024-07-14",
    ),
    (
        "PS2024-090",
        "2024-07-12",
        "分管副市长",
        "群众举报部分学校暑期组织学生有偿补课，请市教育局调查处理",
        "市教育局",
        "2024-07-12",
        "15日内",
        "已对2所学校下达整改通知，正在调查处理",
        "",
    ),
    (
        "PS2024-094",
        "2024-07-16",
        "市长",
        "省环保督察交办的化工园区异味扰民问题，请市生态环境局研究提出解决方案",
        "市生态环境局",
        "2024-07-17",
        "2024-08-16",
        "",
        "",
    ),
    (
        "PS2024-097",
        "2024-07-18",
        "分管副市长",
        "医保定点药店违规刷卡购买生活用品问题，请市医保局开展专项检查",
        "市医保局",
        "2024-07-19",
        "7月底前",
        "已抽查定点药店46家，查处违规3家，正在处理",
        "",
    ),
    (
        "PS2024-101",
        "2024-07-22",
        "分管副市长",
        "城区农贸市场周边占道经营、交通拥堵问题，请市城市管理局会同华龙区政府整治",
        "市城市管理局",
        "2024-07-22",
        "10个工作日",
        "未办理",
        "",
    ),
    (
        "PS2024-104",
        "2024-07-25",
        "市长",
        "不动产登记窗口群众排长队等候时间过长，请市不动产登记中心优化服务",
        "市不动产登记中心",
        "2024-07-25",
        "5个工作日",
        "已增设周末延时服务窗口2个，推行预约办理",
        "2024-07-30",
    ),
]


def write_instruction(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市政府领导批示件办理情况登记台账（2024年7月）"])
    w.writerow(["填报单位：濮阳市人民政府督查室；统计时段：2024年7月1日至7月31日"])
    w.writerow(["说明：办理时限自交办之日起计算；已办结的填写办结日期"])
    w.writerow(
        [
            "序号",
            "登记号",
            "批示日期",
            "批示领导",
            "批示事由及要求",
            "承办单位",
            "交办日期",
            "办理时限",
            "办理情况",
            "办结日期",
        ]
    )
    for i, row in enumerate(INSTRUCTION_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "",
            "",
            "",
            "本月登记批示件8件，已办结4件，正在办理2件，未办理1件，未反馈1件",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["填表人：宋佳    审核人：马国庆    联系电话：0393-8993105"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 12345热线“领导接听日”群众诉求专项整改清单, after a city's account of its 12345热线“领导接听日” (负责人走进热线话务间
# 倾听民声, 需进一步核实处理的问题形成工单转交相关部门; 构建“诉求问题——责任单位——办结时限”三位一体的整改机制，形成
# 专项整改清单，确保所有问题在一个月内完成闭环处理，并及时向12345热线办反馈整改进展):
# https://m.fzler.cn/index.php/news/r6WndJYgJX.html
# An .xlsx: title, a paragraph telling the day in a merged row, one header row (工单编号, 受理时间, 诉求问题, 责任单位,
# 办结时限, 整改进展, 回访情况), short names of units, a 注 line and the 热线办 line.
HOTLINE_ROWS = [
    (
        "RX20240710011",
        "龙城花园公租房小区住户夜间装修噪音扰民",
        "市住房和城乡建设局",
        "2024年8月9日",
        "已办结。已约谈装修户，明确夜间22时后禁止施工",
        "满意",
    ),
    (
        "RX20240710014",
        "濮上园东门广场露天KTV夜间经营噪音扰民",
        "市城市管理局",
        "2024年7月20日",
        "已办结。已取缔露天音响设备",
        "满意",
    ),
    (
        "RX20240710017",
        "客运西站至油田总部方向末班车提前收车",
        "市交通运输局",
        "2024年8月9日",
        "正在办理。已协调客运公司调整末班车排班",
        "",
    ),
    (
        "RX20240710021",
        "昆吾路与京开大道交叉口井盖塌陷",
        "市城管局",
        "立行立改",
        "已办结。当日完成井盖更换",
        "满意",
    ),
    (
        "RX20240710023",
        "胜利路小区自来水水压不足，高层住户无法正常用水",
        "市自来水公司",
        "2024年7月31日",
        "正在办理。正在更换二次供水加压泵",
        "",
    ),
    (
        "RX20240710026",
        "某艺术培训机构停业后拒不退还预付学费",
        "市教育局",
        "15日内",
        "已办结。已协调退还学费2.3万元",
        "基本满意",
    ),
    (
        "RX20240710029",
        "濮阳县文留镇郭庄村村内道路损坏无人维修",
        "濮阳县人民政府",
        "2024年8月9日",
        "",
        "",
    ),
    (
        "RX20240710031",
        "市人民医院门诊停车难，周边道路拥堵",
        "市交警支队",
        "2024年8月9日",
        "未启动",
        "",
    ),
    (
        "RX20240710034",
        "燃气费缴纳后账户余额长时间未更新",
        "市燃气公司",
        "5个工作日",
        "已办结。系统故障已修复，缴费记录已补录",
        "满意",
    ),
]


def write_hotline(path: Path) -> Path:
    b = Book(path, author="12345热线办")
    ws = b.sheet("专项整改清单")
    b.widths(ws, [6, 16, 12, 40, 20, 14, 36, 10])
    last = 7
    b.line(ws, 0, "12345热线“领导接听日”群众诉求专项整改清单", last, b.title)
    ws.set_row(1, 48)
    b.line(
        ws,
        1,
        "2024年7月10日上午，市政府分管副市长及有关部门负责人走进市12345热线话务间接听群众来电。对需进一步核实处理的"
        "诉求，现场形成工单并转交责任单位，按照“诉求问题—责任单位—办结时限”建立专项整改清单，一个月内完成闭环处理。",
        last,
    )
    b.header(
        ws, 2, ["序号", "工单编号", "受理时间", "诉求问题", "责任单位", "办结时限", "整改进展", "回访情况"]
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.center)
        b.put(ws, r, 2, date(2024, 7, 10))
        b.row(ws, r, list(row[1:]), first=3)
    end = 3 + len(HOTLINE_ROWS)
    b.line(ws, end + 1, "注：各责任单位于每周五前向市12345热线办反馈整改进展，办结后由热线办回访。", last)
    b.line(ws, end + 2, "濮阳市12345政务服务便民热线办公室    2024年7月29日", last, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 营商环境投诉举报案件调查处理情况台账, after a province's 营商环境投诉举报案件调查处理办法 (投诉举报受理机构统一受理、
# 审核、转办; 调查处理机构按照职责分工调查处理; 案件办理期限、延期、结案; 投诉举报人、被投诉举报对象):
# https://163.com/dy/article/JHGHHBBS0518KCLG.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 投诉举报人 (the complainant) and the
# 被投诉举报对象 beside the 承办单位（调查处理机构）, 转办日期 and an 办理期限 in (working) days from it, 结案情况, a
# 说明 line and a 合计 line.
BUSINESS_ROWS = [
    (
        "豫营投〔2024〕0712号",
        date(2024, 7, 1),
        "濮阳市恒达建材有限公司",
        "国家税务总局濮阳县税务局",
        "增值税留抵退税申请超过规定时限未答复",
        "市税务局",
        date(2024, 7, 2),
        "15个工作日",
        "已为企业办结留抵退税68万元，对相关人员批评教育",
        "已结案",
    ),
    (
        "豫营投〔2024〕0718号",
        date(2024, 7, 3),
        "濮阳县鲜丰食品有限公司",
        "濮阳县市场监督管理局",
        "同一事项一个月内被重复检查4次，影响正常生产",
        "市市场监督管理局",
        date(2024, 7, 4),
        "15个工作日",
        "已责令规范检查计划，正在调查相关人员责任",
        "未结案",
    ),
    (
        "豫营投〔2024〕0725号",
        date(2024, 7, 8),
        "个体工商户王某",
        "市行政服务中心",
        "食品经营许可窗口要求提供法律法规规定以外的材料",
        "市行政服务中心",
        date(2024, 7, 9),
        "10个工作日",
        "经调查属实，已取消额外材料要求，对窗口人员批评教育",
        "已结案",
    ),
    (
        "豫营投〔2024〕0731号",
        date(2024, 7, 10),
        "濮阳市鼎盛物流有限公司",
        "国网濮阳供电公司",
        "新装工业用电报装超过承诺时限，迟迟未接电",
        "市发展和改革委员会",
        date(2024, 7, 11),
        "30日内",
        "已督促供电公司制定接电方案，线路正在施工",
        "未结案",
    ),
    (
        "豫营投〔2024〕0736号",
        date(2024, 7, 15),
        "濮阳市华源化工有限公司",
        "濮阳工业园区管理委员会",
        "招商引资承诺的基础设施配套资金未兑现",
        "市发改委",
        date(2024, 7, 16),
        "15个工作日",
        "",
        "",
    ),
    (
        "豫营投〔2024〕0742号",
        date(2024, 7, 17),
        "濮阳市金地置业有限公司",
        "市自然资源和规划局",
        "规划方案审批中多次要求补正材料，未一次性告知",
        "市资规局",
        date(2024, 7, 18),
        "10个工作日",
        "已约谈相关科室负责人，规划方案已于7月26日批复",
        "已结案",
    ),
    (
        "豫营投〔2024〕0749号",
        date(2024, 7, 22),
        "濮阳县绿源养殖专业合作社",
        "濮阳县人民政府",
        "养殖场搬迁补偿款长期拖欠未支付",
        "濮阳县人民政府",
        date(2024, 7, 23),
        "30日内",
        "暂未办理",
        "未结案",
    ),
    (
        "豫营投〔2024〕0753号",
        date(2024, 7, 24),
        "濮阳市鸿运商贸有限公司",
        "市住房公积金管理中心",
        "企业申请缓缴住房公积金无正当理由不予受理",
        "市公积金中心",
        date(2024, 7, 25),
        "10个工作日",
        "已受理企业缓缴申请，正在审核",
        "未结案",
    ),
]


def write_business_book(path: Path) -> Path:
    b = Book(path, author="营商环境投诉举报中心")
    ws = b.sheet("案件台账")
    b.widths(ws, [6, 20, 12, 24, 24, 34, 18, 12, 12, 30, 10])
    last = 10
    b.line(ws, 0, "营商环境投诉举报案件调查处理情况台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市营商环境投诉举报中心    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "案件编号",
            "受理日期",
            "投诉举报人",
            "被投诉举报对象",
            "投诉举报事项",
            "承办单位（调查处理机构）",
            "转办日期",
            "办理期限",
            "调查处理情况",
            "结案情况",
        ],
    )
    for i, row in enumerate(BUSINESS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BUSINESS_ROWS)
    b.line(ws, end, "合计：本月受理投诉举报案件8件，已结案3件", last)
    b.line(ws, end + 1, "说明：办理期限自转办之日起计算，工作日按国家法定节假日安排计算。", last)
    return b.close()


def write_business(path: Path) -> Path:
    via_soffice(write_business_book, path, "ods", "营商环境投诉举报案件调查处理情况台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 汛期安全隐患排查整治情况报告, after a township's 汛前安全检查工作总结 (根据防汛抗旱指挥部通知开展全方位、拉网式排查;
# 一、基本情况; 二、安全隐患排查情况: 共发现7处较为突出的防汛安全隐患，分别为 （一）某村河道: 1、… 2、…):
# https://sowenku.cn/document/4WL0e5
# A .wps (Word 97 via LibreOffice): title, 主送, 一、基本情况 paragraph, 二、… with the hazards as numbered paragraphs
# under each village (each naming the township's own 站所 that answers for it, a deadline and progress in
# sentences), 三、下一步工作, the township and date at the foot.
FLOOD_GROUPS = [
    (
        "（一）前柳村",
        [
            "1、村南排水沟淤积严重，约1.2公里沟段被垃圾和杂草堵塞，汛期排水不畅。由乡农业服务中心组织机械清淤，"
            "7月10日前全部完成。目前已清淤完毕。",
            "2、村西3户危旧房屋仍有老人居住，存在倒塌风险。由乡村镇建设办负责，已落实汛期临时转移安置，"
            "计划8月底前完成危房改造。",
        ],
    ),
    (
        "（二）后柳村",
        [
            "3、金堤河后柳段堤顶道路出现3处裂缝，总长约40米。由乡水利站负责修补，2024年9月30日前完成，"
            "目前已设置警示标志并安排专人每日巡查。",
        ],
    ),
    (
        "（三）梨园村",
        [
            "4、村小学围墙紧邻坑塘，无防护栏和警示标志，存在溺水隐患。由乡应急办负责，7月15日前加装防护栏。"
            "目前防护栏已安装完成。",
            "5、集镇主街雨水箅子堵塞12处，低洼路段雨后积水严重。由乡村镇建设办负责疏通，7月底前完成。目前尚未整改。",
        ],
    ),
    (
        "（四）马寨村",
        [
            "6、村东变压器台区低压线路老化下垂，距离地面不足3米。由乡安监站负责协调供电所更换线路，8月15日前完成。",
            "7、村北废弃砖窑取土坑积水深约3米，未设置警示标志。由乡应急办负责，7月20日前设置警示标志和围挡。"
            "目前警示标志已设置，围挡正在施工。",
        ],
    ),
    (
        "（五）乡敬老院",
        [
            "8、敬老院厨房液化气钢瓶与灶具未保持安全距离，未安装可燃气体报警器。由乡民政所负责，"
            "已调整钢瓶摆放位置并安装报警器，整改完成。",
        ],
    ),
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("梨园乡应急办")
    _title(doc, "濮阳县梨园乡2024年汛期安全隐患排查整治情况报告")
    _paragraph(doc, "县防汛抗旱指挥部办公室：")
    _paragraph(
        doc,
        "根据县防汛抗旱指挥部《关于迅速开展2024年汛期安全隐患大排查的通知》要求，我乡高度重视，组织乡直站所和各村"
        "开展了一次全方位、拉网式排查，现将排查整治情况报告如下：",
    )
    _paragraph(doc, "一、基本情况", font="黑体")
    _paragraph(
        doc,
        "我乡位于濮阳县东南部，辖22个行政村，总人口3.6万人，金堤河流经我乡境内11公里。受堤防、坑塘、危旧房屋"
        "较多等因素影响，防汛形势较为严峻。",
    )
    _paragraph(doc, "二、安全隐患排查情况", font="黑体")
    _paragraph(doc, "通过此次排查，共发现8处较为突出的安全隐患，分别为：")
    for village, paras in FLOOD_GROUPS:
        _paragraph(doc, village, font="楷体_GB2312")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我乡将严格落实24小时值班制度，对排查出的隐患实行台账管理、销号管理，对一时不能整改到位的落实临时防范措施，"
        "确保安全度汛。",
    )
    _paragraph(doc, "濮阳县梨园乡人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "梨园乡汛期安全隐患排查整治情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 信访诉求件, after a police system's 民心网「诉求问题请示单」 form (受理编号; 投诉人姓名、电话、地址; 投诉时间、拟办时间;
# 投诉标题、投诉内容; 责任部门; 拟办意见; 分管领导、领导意见; 注: 各承办单位对投诉人信息保密):
# https://github.com/nanlei/GXGA/blob/6e969f7cb415d70415b0690a5b9701b3fcb79e07/src/main/webapp/Freemarker/admin/minxinwang/minxinwang_create.ftl
# A .zip of two returns: a 公安分局's .docx of 请示单 cards (one table a case, its own 大队/科 as 责任部门, the
# deadline inside the 拟办意见, a 办理结果 row added under the form) and a 街道办事处's .xlsx listing its cases with
# the same fields and its own 办/所 as 责任部门.
POLICE_CARDS = [
    (
        "MXW2024070315",
        "张**",
        "138****6215",
        "华龙区胜利路建业小区",
        "2024-07-03",
        "2024-07-04",
        "小区门口夜间烧烤摊占道经营噪音扰民",
        "建业小区北门外每晚有烧烤摊占道经营至凌晨，油烟和噪音严重影响居民休息，多次反映未解决。",
        "治安管理大队",
        "请治安管理大队会同城管部门核查处理，7月15日前办结并反馈。",
        "刘副局长",
        "同意",
        "已会同城管部门取缔占道烧烤摊2处，已电话答复投诉人。",
    ),
    (
        "MXW2024070892",
        "李**",
        "150****3378",
        "清丰县城关镇",
        "2024-07-08",
        "2024-07-09",
        "二手车过户后原车主仍收到违章通知",
        "本人于5月将小型汽车过户给他人，过户后该车产生的交通违法记录仍发送至本人手机。",
        "交通管理大队",
        "请交通管理大队核实处理，7月19日前反馈。",
        "王副局长",
        "同意",
        "正在与市车管所核对过户信息。",
    ),
    (
        "MXW2024071247",
        "赵**",
        "139****0452",
        "华龙区中原路金色家园",
        "2024-07-12",
        "2024-07-12",
        "邻居饲养大型犬未拴绳多次咬伤路人",
        "金色家园3号楼住户饲养大型犬，遛狗不拴绳，本月已咬伤两名路人，物业劝阻无效。",
        "治安管理大队",
        "请治安管理大队调查处理，7月26日前办结。",
        "刘副局长",
        "同意",
        "",
    ),
    (
        "MXW2024071863",
        "孙**",
        "186****7710",
        "华龙区孟轲乡",
        "2024-07-18",
        "2024-07-19",
        "户籍迁移办理要求提供无关证明材料",
        "因子女入学办理户籍迁移，窗口要求提供原单位出具的无犯罪记录证明，与办理事项无关。",
        "户政科",
        "请户政科核实，8月1日前办结并答复投诉人。",
        "王副局长",
        "同意",
        "已核实，已取消无关证明要求并为其办结户籍迁移。",
    ),
]

STREET_ROWS = [
    (
        "MXW2024070521",
        date(2024, 7, 5),
        "老旧小区楼顶漏水，物业不维修",
        "开州路油田三区12号楼顶层楼顶漏水，雨天屋内进水，物业以维修基金未到位为由拒不维修。",
        "城建办",
        "请城建办协调物业于7月20日前维修",
        "已完成楼顶防水维修，投诉人满意",
    ),
    (
        "MXW2024071032",
        date(2024, 7, 10),
        "社区养老服务站长期关门未开放",
        "建设路社区养老服务站建成后长期关门，社区老人无处活动就餐。",
        "民政办",
        "7月31日前恢复开放",
        "正在招聘服务人员",
    ),
    (
        "MXW2024071655",
        date(2024, 7, 16),
        "菜市场垃圾清运不及时，臭味严重",
        "开州路农贸市场垃圾堆放点两三天才清运一次，夏季臭味严重，蚊蝇滋生。",
        "环卫所",
        "请于7月19日前清理",
        "已清运积存垃圾，清运频次增加至每日两次，已办结",
    ),
    (
        "MXW2024072208",
        date(2024, 7, 22),
        "申请低保被告知不符合条件但未说明理由",
        "本人因病丧失劳动能力，申请低保被社区告知不符合条件，未出具书面理由。",
        "社会事务办",
        "8月5日前复核并书面答复",
        "未办理",
    ),
]


def write_police_docx(path: Path) -> Path:
    doc = _new_document("华龙分局信访科")
    _title(doc, "民心网诉求问题请示单", 18)
    _paragraph(doc, "填报单位：濮阳市公安局华龙分局    填报日期：2024年7月29日", 12)
    for card in POLICE_CARDS:
        (no, name, phone, addr, when, plan, title, content, dept, opinion, leader, said, result) = card
        table = doc.add_table(rows=10, cols=4)
        table.style = "Table Grid"
        grid = [
            [("受理编号", no)],
            [("投诉人姓名", name), ("投诉人电话", phone)],
            [("投诉人地址", addr), ("投诉时间", when)],
            [("拟办时间", plan)],
            [("投诉标题", title)],
            [("投诉内容", content)],
            [("责任部门", dept)],
            [("拟办意见", opinion)],
            [("分管领导", leader), ("领导意见", said)],
            [("办理结果", result)],
        ]
        for r, pairs in enumerate(grid):
            if len(pairs) == 1:
                label, value = pairs[0]
                _cell_text(table.cell(r, 0), label, bold=True)
                merged = table.cell(r, 1).merge(table.cell(r, 3))
                _cell_text(merged, value)
            else:
                for k, (label, value) in enumerate(pairs):
                    _cell_text(table.cell(r, 2 * k), label, bold=True)
                    _cell_text(table.cell(r, 2 * k + 1), value)
        _paragraph(doc, "", 10)
    _paragraph(
        doc,
        "注：各承办单位及承办人员要对投诉人的信息进行保密，不得向被投诉人和无关人员泄露有关投诉人的信息。",
        12,
    )
    return _save_fixed(doc, path)


def write_street_book(path: Path) -> Path:
    b = Book(path, author="开州路街道")
    ws = b.sheet("诉求件")
    b.widths(ws, [6, 18, 12, 30, 44, 12, 28, 30])
    last = 7
    b.line(ws, 0, "民心网诉求件办理情况汇总表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区开州路街道办事处    填报日期：2024年7月29日", last)
    b.header(
        ws, 2, ["序号", "受理编号", "投诉时间", "投诉标题", "投诉内容", "责任部门", "拟办意见", "办理结果"]
    )
    for i, row in enumerate(STREET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(STREET_ROWS)
    b.line(ws, end + 1, "分管领导：杨立新    经办人：韩冰    联系电话：0393-8317720", last)
    return b.close()


def write_petition(path: Path) -> Path:
    members = [
        ("民心网诉求问题请示单（华龙分局）.docx", write_police_docx),
        ("民心网诉求件办理情况汇总表（开州路街道）.xlsx", write_street_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("第三轮省级生态环境保护督察反馈意见整改任务清单（濮阳市分账）.xlsx", write_env),
    ("华龙区重大项目百日攻坚进展情况表.et", write_project),
    ("关于2024年十件民生实事1-7月进展情况的通报.docx", write_livelihood),
    ("审计署审计发现问题整改情况逐项核实表（濮阳县）.xls", write_audit),
    ("市委第三巡察组反馈意见整改任务清单（市政府办公室）.xlsx", write_inspection),
    ("市政府领导批示件办理情况登记台账（2024年7月）.csv", write_instruction),
    ("12345热线领导接听日群众诉求专项整改清单.xlsx", write_hotline),
    ("营商环境投诉举报案件调查处理情况台账.ods", write_business),
    ("梨园乡汛期安全隐患排查整治情况报告.wps", write_flood),
    ("民心网信访诉求件办理情况（两家）.zip", write_petition),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

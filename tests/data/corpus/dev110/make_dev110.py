"""Write the dev110 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign: 招投标、政府采购与政府投资项目的督查整改 (标后督查, 政府采购代理机构检查, 招标代理机构联合检查, 拖欠工程款
和农民工工资整治, 清欠, 卫片执法违法用地, 批而未供和闲置土地处置, 违法占地通报, 专项债项目督办, 中央预算内投资稽察,
政府投资项目专项审计整改).

Forms: .xlsx (four, one more inside the zip), .xls (xlwt), a CSV in UTF-8 with BOM, a .docx whose items are numbered
paragraphs, an .ods, a .doc and a .wps (LibreOffice conversions) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev110.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})

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
        raise SystemExit("LibreOffice (soffice) is needed for the .ods, .doc and .wps returns")
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


def _write_xls(path: Path, sheets: list[tuple[str, list[tuple], list[int]]]) -> Path:
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, cells, widths in sheets:
        ws = book.add_sheet(name)
        for c, w in enumerate(widths):
            ws.col(c).width = w * 256
        for cell in cells:
            r, c, v, st = cell[:4]
            if len(cell) > 4:
                ws.write_merge(r, cell[4], c, cell[5], v, st)
            else:
                ws.write(r, c, v, st)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 1. 招投标标后督查, after a county 发展改革局's 标后督查 with the 住房城乡建设局 and 综合执法局 (招投标领域突出问题系统治理;
# 国家投资工程建设项目招投标领域标后督查; 随机抽取7个项目; 项目班子成员未到岗, 现场施工资料不完善; 要求项目业主加强监督,
# 督促施工、监理企业整改):
# https://dyrmt.com/article-97377-1.html
# An .xlsx: title, 督查单位/督查时间 line, a two-row header (标后督查情况 and 整改落实 merged groups), the 项目名称 and
# 项目业主 merged down over a project's two rows, the 中标单位 beside the 业主, a 合计 row and a 填表人 line.
TENDER_PROJECTS = [
    (
        "濮阳县第三实验小学教学楼建设项目",
        "濮阳县教育局",
        "河南华建建设工程有限公司（施工）\n濮阳市正元建设监理有限公司（监理）",
        [
            (
                "施工单位项目经理、技术负责人未到岗履职，与投标文件承诺人员不一致",
                "责令施工单位按投标承诺人员到岗，确需变更的须经业主书面同意并报备",
                "2024年7月10日",
                "已整改，项目经理、技术负责人已到岗，经复查合格",
            ),
            (
                "监理日志记录不全，混凝土浇筑旁站记录缺失",
                "督促监理单位补齐旁站记录，规范监理日志",
                "2024年7月15日",
                "已督促监理单位补记，正在逐项核对",
            ),
        ],
    ),
    (
        "濮阳县人民医院门诊综合楼改造工程",
        "濮阳县人民医院",
        "河南宏图建筑工程有限公司",
        [
            (
                "现场施工资料不完善，隐蔽工程验收记录缺失",
                "完善施工资料，补办隐蔽工程验收手续",
                "7月20日前",
                "未整改",
            ),
        ],
    ),
    (
        "濮阳县城区雨污分流改造工程（二期）",
        "濮阳县住房和城乡建设局",
        "河南濮建市政工程有限公司",
        [
            (
                "中标单位将部分劳务作业分包给无资质班组",
                "清退无资质班组，依法办理劳务分包",
                "2024年8月31日",
                "已约谈中标单位负责人，正在清退无资质班组",
            ),
        ],
    ),
    (
        "渠村乡农村供水管网提升工程",
        "濮阳县水利局",
        "濮阳市水建工程有限公司",
        [
            (
                "合同签订价款与中标价不一致，另行签订补充协议变更实质性内容",
                "按招标文件和中标人投标文件订立合同，清理补充协议",
                "2024年9月30日",
                "",
            ),
        ],
    ),
    (
        "濮阳县文化中心装修工程",
        "濮阳县文化广电和旅游局",
        "河南金鼎装饰工程有限公司（施工）\n河南卓越工程管理有限公司（监理）",
        [
            (
                "监理单位总监理工程师长期不在岗，由他人代签监理文件",
                "更换总监理工程师，严禁代签",
                "2024.7.5",
                "已更换总监理工程师，整改完成",
            ),
            (
                "招标文件设置“本地业绩”加分条件，排斥潜在外地投标人",
                "今后招标文件严禁设置地域性限制条款",
                "长期坚持",
                "长期坚持",
            ),
        ],
    ),
    (
        "城关镇老旧小区改造配套基础设施项目",
        "濮阳县城关镇人民政府",
        "河南中舜建设有限公司",
        [
            (
                "施工现场未公示中标单位及项目管理人员信息",
                "在施工现场醒目位置设置公示牌",
                "2024.7.15",
                "已设置公示牌，整改到位",
            ),
        ],
    ),
    (
        "濮阳县农贸市场提升改造项目",
        "濮阳县商务局",
        "濮阳市兴业建筑安装有限公司",
        [
            (
                "工程进度款未按合同约定比例及时支付",
                "按合同约定支付进度款",
                "2024年第三季度",
                "已拨付部分进度款，剩余部分正在协调资金",
            ),
        ],
    ),
]


def write_tender(path: Path) -> Path:
    b = Book(path, author="县发展改革委")
    ws = b.sheet("标后督查")
    b.widths(ws, [6, 26, 18, 24, 34, 30, 14, 28])
    b.line(ws, 0, "2024年第二季度国家投资工程建设项目招投标领域标后督查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：濮阳县发展和改革委员会、濮阳县住房和城乡建设局、濮阳县城市综合执法局    "
        "督查时间：2024年6月24日至6月27日",
        7,
    )
    for c, word in enumerate(["序号", "项目名称", "项目业主（整改责任单位）", "中标单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "标后督查情况", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["发现问题", "整改要求", "整改时限", "整改情况"], first=4)
    r = 4
    n = 0
    for name, owner, bidder, problems in TENDER_PROJECTS:
        last = r + len(problems) - 1
        for k, (problem, demand, limit, done) in enumerate(problems):
            n += 1
            b.put(ws, r + k, 0, n, b.center)
            b.row(ws, r + k, [problem, demand, limit, done], first=4)
        b.merge(ws, r, 1, last, 1, name)
        b.merge(ws, r, 2, last, 2, owner)
        b.merge(ws, r, 3, last, 3, bidder)
        r = last + 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, f"抽查项目{len(TENDER_PROJECTS)}个，发现问题{n}个")
    b.line(ws, r + 2, "填表人：孙晓东    联系电话：0393-3221486    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 政府采购代理机构专项检查, after a district 财政局's 招标代理机构专项检查 (“双随机”抽查60个政府采购项目，涉及26家
# 代理机构; 名录登记信息、委托代理协议、采购方式适用、采购文件编制、评审组织、信息发布、质疑投诉、合同签订及履行、档案管理;
# 执业情况评价指标体系评分; 内部管理制度缺失、采购文件编制不严谨、评审现场管理不严格、录音录像不清晰; 责令限期整改，跟踪复查):
# http://www.weiyang.gov.cn/ztzl/yhyshjzt/ysdt/1875106306677858305.html
# An .xls (xlwt): title, 检查单位/抽查范围 line, one header row with the 检查内容 and the 评价得分 beside the 存在问题,
# a 复查结果 column after 整改情况, a 注 line and a signature line.
AGENCY_ROWS = [
    (
        "濮阳市正信招标代理有限公司",
        "华龙区政府采购-2024-0112 办公家具采购",
        "内部管理",
        "内部管理制度缺失，未建立内部监督和档案管理制度",
        86,
        "2024年7月20日",
        "已制定内部控制、档案管理等制度6项",
        "复查通过",
    ),
    (
        "河南宏达工程管理有限公司",
        "华龙区政府采购-2024-0087 校园安防设备采购",
        "采购文件编制",
        "采购文件编制不严谨，评分标准中“类似业绩”分值未量化",
        78,
        "2024年7月31日",
        "已修订采购文件范本，整改到位",
        "",
    ),
    (
        "河南建科项目管理有限公司",
        "华龙区政府采购-2024-0131 道路保洁服务采购",
        "评审组织",
        "评审现场管理不严格，评审专家未签到即进入评审区",
        80,
        "8月15日前",
        "正在完善评审现场管理规程",
        "",
    ),
    (
        "濮阳市诚达工程咨询有限公司",
        "华龙区政府采购-2024-0095 社区卫生服务中心设备采购",
        "评审组织",
        "评审录音录像不清晰，2个项目缺失评审录像",
        72,
        "2024.8.31",
        "未整改",
        "",
    ),
    (
        "河南天平招标有限公司",
        "华龙区政府采购-2024-0064 物业管理服务采购",
        "信息发布",
        "未在法定时限内发布中标结果公告",
        84,
        "2024.7.15",
        "已补发公告，整改完成",
        "复查通过",
    ),
    (
        "濮阳市公正项目管理有限公司",
        "华龙区政府采购-2024-0120 绿化养护服务采购",
        "委托代理协议",
        "委托代理协议未约定代理费用收取方式和标准",
        81,
        "2024年8月31日",
        "",
        "",
    ),
    (
        "河南金诺招标代理有限公司",
        "华龙区政府采购-2024-0058 食堂食材配送服务采购",
        "档案管理",
        "采购档案资料不完整，缺少质疑答复材料",
        76,
        "2024年9月30日",
        "已补充归档部分材料，正在补齐质疑答复材料",
        "",
    ),
]


def write_agency(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "政府采购代理机构专项检查发现问题整改情况汇总表", t, 0, last),
        (
            1,
            0,
            "检查单位：濮阳市华龙区财政局    检查方式：“双随机”抽查    抽查项目：60个    涉及代理机构：26家",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "代理机构名称",
        "抽查项目编号及名称",
        "检查内容",
        "存在问题",
        "评价得分",
        "整改期限",
        "整改情况",
        "复查结果",
        "备注",
    ]
    cells += [(2, col, w, h) for col, w in enumerate(words)]
    for i, row in enumerate(AGENCY_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 5, 6, 8) else c))
        cells.append((r, 9, "", c))
    r = 3 + len(AGENCY_ROWS)
    cells += [
        (
            r,
            0,
            "注：评价得分依据《濮阳市华龙区政府采购代理机构执业情况评价指标体系》计算，满分100分；其余19家代理机构未发现问题，未列入本表。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "填表人：韩雪    审核人：郑国强    填报日期：2024年7月26日", plain, r + 1, last),
    ]
    widths = [6, 28, 34, 12, 36, 8, 14, 30, 10, 8]
    return _write_xls(path, [("检查问题汇总", cells, widths)])


# ---------------------------------------------------------------------------------------------
# 3. 招标代理机构专项联合检查, after a city 行政审批局 and 公共资源交易中心's joint check with the 住建、城管、交通、水利
# 部门 (统一社会信用代码等证件是否齐全有效; 营业场所、专业力量是否满足; 人员是否属实; 随机抽取代理的房建、市政、水利、交通
# 项目逐条核查，发现问题立即反馈代理机构):
# https://www.jiangyin.gov.cn/doc/2022/11/15/1097716.shtml
# A CSV in UTF-8 with BOM: a title line, a 牵头/会检 line, a header line with the 会检部门 (inspectors) beside the
# 整改主体 (the 招标代理机构), a 合计 line and a 填报人 line.
JOINT_ROWS = [
    (
        "濮阳市鼎诚招标代理有限公司",
        "房建：市第五中学综合楼项目",
        "实际营业场所与登记地址不一致",
        "市住建局",
        "2024年7月31日",
        "已办理地址变更登记，整改完成",
    ),
    (
        "河南润德项目管理有限公司",
        "市政：城区道路照明提升工程",
        "专职人员社保缴纳单位与本公司不一致，专业力量不足",
        "市住建局",
        "2024年8月31日",
        "正在招聘专业人员并办理社保转移",
    ),
    (
        "濮阳市华信工程咨询有限公司",
        "水利：金堤河治理配套工程",
        "代理的水利项目招标文件未使用行业标准文本编制",
        "市水利局",
        "2024年8月15日",
        "",
    ),
    (
        "河南恒泰招标有限公司",
        "交通：农村公路安防工程",
        "开标记录未经监标人签字确认",
        "市交通局",
        "2024年7月20日",
        "已补签，整改完成",
    ),
    (
        "濮阳市信源工程管理有限公司",
        "市政：背街小巷改造工程",
        "代理项目档案未按“一标一档”归档",
        "市城管局",
        "2024年8月10日",
        "未整改",
    ),
    (
        "河南中泽项目管理有限公司",
        "房建：市妇幼保健院病房楼项目",
        "交易平台登记的项目负责人与实际执业人员不符",
        "市公共资源交易中心",
        "2024年7月25日",
        "已更正平台登记信息",
    ),
]


def write_joint(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["工程建设项目招标代理机构专项联合检查问题整改反馈表"])
    w.writerow(
        [
            "牵头单位：濮阳市行政审批和政务信息管理局、市公共资源交易中心；会检部门：市住建局、市城管局、市交通局、"
            "市水利局；检查时间：2024年7月9日至7月10日"
        ]
    )
    w.writerow(
        ["序号", "整改主体（招标代理机构）", "抽查项目", "检查发现问题", "会检部门", "整改期限", "整改反馈"]
    )
    for i, row in enumerate(JOINT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查招标代理机构12家", "抽查项目24个", f"发现问题{len(JOINT_ROWS)}个", "", "", ""])
    w.writerow(["填报人：李倩", "联系电话：0393-8990216", "填报日期：2024年7月29日", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 在建项目拖欠工程款及农民工工资问题专项整治, after a city's 深化推进在建项目拖欠工程款及农民工工资问题专项整治方案
# (以政府投资和国企投资的房屋建筑和市政基础设施工程项目为重点; 建设单位未按规定落实工程款支付担保，政府投资项目已完工不竣工
# 验收、已竣工验收不结算审核、已结算审核不支付工程款; 施工总包单位未落实实名制信息化管理、农民工工资专用账户、工资保证金):
# https://wenku.docs.qq.com/detail?docId=7iBx0fseSL
# An .xlsx: title, 填报单位 line, a two-row header (项目基本情况 and 整改落实 merged groups) with the 建设单位 and the
# 施工总承包单位 beside an explicit 整改责任单位, amounts in 万元, a 合计 row with the sum, 填表说明 and signature lines.
ARREARS_ROWS = [
    (
        "濮阳市第二高级中学新校区建设项目",
        "政府投资",
        "市教育局",
        "河南五建建设集团有限公司",
        "已竣工验收不结算审核",
        "项目2023年11月竣工验收，至今未完成结算审核",
        2360.0,
        "市教育局",
        date(2024, 9, 30),
        "已委托造价咨询机构开展结算审核",
    ),
    (
        "濮阳市人民医院感染楼工程",
        "政府投资",
        "濮阳市人民医院",
        "河南天工建设集团有限公司",
        "已结算审核不支付工程款",
        "结算审定后尚欠工程款860万元未支付",
        860.0,
        "濮阳市人民医院",
        date(2024, 8, 31),
        "已支付560万元，剩余300万元正在筹措",
    ),
    (
        "龙湖片区道路提升工程",
        "政府投资",
        "市城管局",
        "濮阳市市政建设集团有限公司",
        "未落实工程款支付担保",
        "建设单位未按规定向施工单位提供工程款支付担保",
        0.0,
        "市城管局",
        date(2024, 7, 31),
        "已提交银行保函，整改完成",
    ),
    (
        "开州路棚户区改造安置房项目（三期）",
        "国企投资",
        "濮阳市安居投资有限公司",
        "河南濮建建设工程有限公司",
        "已完工不竣工验收",
        "主体及配套工程完工8个月未组织竣工验收",
        0.0,
        "濮阳市安居投资有限公司",
        date(2024, 10, 31),
        "",
    ),
    (
        "开州路棚户区改造安置房项目（三期）",
        "国企投资",
        "濮阳市安居投资有限公司",
        "河南濮建建设工程有限公司",
        "工资保证金",
        "施工总包单位未按规定存储农民工工资保证金",
        150.0,
        "河南濮建建设工程有限公司",
        date(2024, 7, 15),
        "已足额存储保证金150万元",
    ),
    (
        "市体育中心全民健身馆项目",
        "政府投资",
        "市文广旅局",
        "河南中丰建设集团有限公司",
        "实名制管理",
        "施工现场未落实建筑工人实名制考勤，考勤设备未接入监管平台",
        0.0,
        "河南中丰建设集团有限公司",
        date(2024, 8, 10),
        "正在安装考勤设备并对接监管平台",
    ),
    (
        "城区供水管网改造工程",
        "国企投资",
        "市自来水公司",
        "濮阳市水建工程有限公司",
        "农民工工资专用账户",
        "未开设农民工工资专用账户，工资由劳务班组长代发",
        0.0,
        "濮阳市水建工程有限公司",
        date(2024, 7, 20),
        "未整改",
    ),
    (
        "濮阳市中医医院门诊楼改扩建项目",
        "政府投资",
        "濮阳市中医医院",
        "河南省第二建设集团有限公司",
        "拖欠工程进度款",
        "未按合同约定按月支付工程进度款，累计拖欠进度款415万元",
        415.0,
        "濮阳市中医医院",
        "年底前",
        "已制定分期支付计划，7月已支付首期100万元",
    ),
    (
        "濮阳市燃气管网老旧更新工程",
        "国企投资",
        "市燃气公司",
        "河南豫通管道工程有限公司",
        "已结算审核不支付工程款",
        "结算后以审计未完成为由拖延支付工程尾款",
        198.5,
        "市燃气公司",
        date(2024, 8, 31),
        "已全部支付，整改完成",
    ),
]


def write_arrears(path: Path) -> Path:
    b = Book(path, author="建筑市场监管科")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 28, 10, 20, 24, 18, 34, 12, 22, 14, 28])
    b.line(ws, 0, "房屋建筑和市政工程在建项目拖欠工程款及农民工工资问题排查整治台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（建筑市场监管科）    填报时间：2024年7月30日", 10)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "项目基本情况", b.head)
    b.header(ws, 3, ["项目名称", "投资类型", "建设单位", "施工总承包单位"], first=1)
    for c, word in [(5, "问题类型"), (6, "具体问题"), (7, "涉及金额（万元）")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 10, "整改落实", b.head)
    b.header(ws, 3, ["整改责任单位", "整改时限", "整改进展"], first=8)
    total = 0.0
    for i, row in enumerate(ARREARS_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        values = list(row)
        for c, v in enumerate(values, 1):
            if c == 7:
                b.put(ws, r, c, v if v else "", b.money)
                total += v
            elif c == 9 and isinstance(v, date):
                b.put(ws, r, c, v, b.day)
            else:
                b.put(ws, r, c, v, b.center if c in (2, 5) else b.cell)
    end = 4 + len(ARREARS_ROWS)
    b.merge(ws, end, 0, end, 6, "合计", b.center)
    b.put(ws, end, 7, round(total, 2), b.money)
    b.merge(ws, end, 8, end, 10, "")
    b.line(
        ws,
        end + 1,
        "填表说明：1.问题类型按整治方案填写（工程款支付担保、竣工验收、结算审核、工程款支付、实名制管理、农民工工资专用账户、"
        "工资保证金）；2.整改进展每月底更新一次。",
        10,
    )
    b.line(ws, end + 2, "科室负责人：冯建军    填表人：张婷婷    联系电话：0393-4418735", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 清理拖欠民营企业中小企业账款工作情况报告, after a county's 民营企业款项清欠报告 (根据市工信局通知; 成立促进中小企业
# 发展工作领导小组; 制定清欠工作方案，明确工作原则、工作机制、工作任务、完成时限; 各镇、各相关部门全面排查，摸清底数;
# 经排查梳理，共发生拖欠……):
# https://domei.cn/article/287031.html
# A .docx: title, 主送, preamble, 一、主要工作情况 in paragraphs, 二、 the arrears as numbered paragraphs (each naming the
# 欠款单位, the amount, its 清偿时限 and progress in sentences), 三、下一步工作, the bureau and date at the foot.
CLEAR_PARAS = [
    (
        "1.县教育局拖欠河南华建建设工程有限公司清丰县第四小学教学楼工程款186万元。县教育局已支付100万元，"
        "剩余86万元已列入县财政调度计划，计划2024年8月底前全部清偿。"
    ),
    (
        "2.县卫生健康委员会拖欠濮阳市康达医疗器械有限公司乡镇卫生院设备采购款42万元。按要求应于7月15日前清偿，"
        "县卫生健康委员会已于7月12日全部支付，该笔欠款已办结。"
    ),
    (
        "3.马庄桥镇人民政府拖欠清丰县顺达路桥工程有限公司村内道路硬化工程款95万元。该镇财力紧张，"
        "目前尚未启动清偿，清偿时限为2024年12月31日。"
    ),
    (
        "4.县城市管理局拖欠濮阳市光明照明工程有限公司城区路灯维护服务费28万元。县城市管理局正在履行结算审核程序，"
        "计划9月30日前支付。"
    ),
    (
        "5.县交通运输局拖欠清丰县通达公路工程有限公司农村公路养护工程款63万元。县交通运输局已与企业签订还款协议，"
        "分两期支付，10月底前付清。"
    ),
    (
        "6.县产业集聚区管理委员会拖欠河南鑫源建设有限公司标准化厂房建设工程款320万元。双方对部分工程量存在争议，"
        "县产业集聚区管理委员会已委托第三方审计机构核定工程量，正在协商还款方案。"
    ),
    (
        "7.县水利局未按期退还清丰县永兴水利工程有限公司河道清淤工程质保金15万元。质保期已于6月届满，"
        "要求7月10日前退还，县水利局已于7月5日退还完毕，该笔欠款已办结。"
    ),
]


def write_clear(path: Path) -> Path:
    doc = _new_document("县工信局")
    _title(doc, "清丰县关于清理拖欠民营企业中小企业账款工作情况的报告")
    _paragraph(doc, "市工业和信息化局：")
    _paragraph(
        doc,
        "根据市工信局《关于做好2024年清理拖欠民营企业中小企业账款工作的通知》要求，我县高度重视，认真贯彻执行，"
        "切实做好清理拖欠民营企业中小企业账款工作，取得了阶段性成效。现将有关情况报告如下：",
    )
    _paragraph(doc, "一、主要工作情况", font="黑体")
    _paragraph(
        doc,
        "（一）加强组织领导。县政府成立了由县长任组长、常务副县长任常务副组长的清理拖欠民营企业中小企业账款工作领导小组，"
        "领导小组办公室设在县工业和信息化局，负责日常调度工作。",
    )
    _paragraph(
        doc,
        "（二）制定工作方案。县工业和信息化局制定了《清丰县清理拖欠民营企业中小企业账款工作方案》，明确工作原则、"
        "工作机制、工作任务和完成时限，稳步推进清欠工作。",
    )
    _paragraph(
        doc,
        "（三）全面开展排查。各乡镇、各相关部门按照方案要求，对拖欠民营企业中小企业账款问题进行全面排查，摸清底数，"
        "逐笔建立清欠台账。",
    )
    _paragraph(doc, "二、拖欠账款排查及清偿情况", font="黑体")
    _paragraph(
        doc,
        "经排查梳理，截至2024年7月25日，我县共有拖欠民营企业中小企业账款7笔，涉及金额749万元，已清偿57万元"
        "（2笔已办结），其余正在推进。具体情况如下：",
    )
    for text in CLEAR_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "我县将继续加大清欠工作力度，对尚未清偿的账款实行挂账督办、逐笔销号，坚决防止边清边欠、清了又欠，"
        "为民营企业发展营造良好环境。",
    )
    _paragraph(doc, "清丰县工业和信息化局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 土地卫片执法检查疑似违法图斑, after a 自然资源和规划局's note on 卫片执法检查 (检查对象转为“疑似违法图斑”; 本年未批先建
# 的“W”图斑和本年批准本年建设但不能确认为合法的“B”图斑; 查清违法用地事实，查处违法用地行为，督促组织整改违法违规用地、
# 消除违法状态):
# http://zrzyghj.pds.gov.cn/contents/11947/2321.html
# An .xlsx: title, 填报单位 line, a two-row header (图斑基本信息, 核查处置 and 整改落实 merged groups) with the 图斑编号
# and 类型, the 用地单位 (the violator) beside the 乡镇 as 整改责任单位, real date cells, a 销号情况 column, notes.
PATCH_ROWS = [
    (
        "W4109022024001",
        "W",
        "岳村镇",
        "濮阳市鑫旺物流有限公司",
        12.6,
        8.3,
        "未经批准占用集体土地建设物流仓库及停车场，属违法用地",
        "拆除地上建筑物并复耕",
        "华龙区岳村镇人民政府",
        date(2024, 8, 31),
        "已拆除仓库，正在实施复耕",
        "",
    ),
    (
        "W4109022024002",
        "W",
        "孟轲乡",
        "村民王某",
        1.2,
        1.2,
        "村民王某未经批准占用耕地建设住房",
        "拆除并恢复耕种条件",
        "华龙区孟轲乡人民政府",
        date(2024, 7, 15),
        "已拆除复耕",
        "已销号",
    ),
    (
        "B4109022024003",
        "B",
        "中原路街道",
        "濮阳市华龙区城市建设投资有限公司",
        5.4,
        0.0,
        "批准用地范围与实际建设范围不一致，超出批准范围建设安置房配套设施",
        "超出部分补办用地手续",
        "华龙区中原路街道办事处",
        date(2024, 12, 31),
        "已组卷上报，等待审批",
        "",
    ),
    (
        "W4109022024004",
        "W",
        "岳村镇",
        "岳村镇养殖户刘某",
        2.3,
        2.3,
        "设施农业用地未按规定备案即开工建设养殖大棚",
        "补办设施农业用地备案",
        "华龙区岳村镇人民政府",
        date(2024, 7, 31),
        "已完成备案",
        "",
    ),
    (
        "W4109022024005",
        "W",
        "皇甫街道",
        "濮阳市华瑞商砼有限公司",
        3.8,
        2.1,
        "商砼企业未经批准扩建料场，违法占用耕地2.1亩",
        "立案查处，没收地上建筑物和设施",
        "华龙区皇甫街道办事处",
        date(2024, 9, 30),
        "",
        "",
    ),
    (
        "W4109022024006",
        "W",
        "孟轲乡",
        "孟轲乡东庄村村民委员会",
        0.9,
        0.9,
        "村集体未经批准建设仓储用房",
        "拆除违法建筑",
        "华龙区孟轲乡人民政府",
        date(2024, 7, 20),
        "未整改",
        "",
    ),
    (
        "B4109022024007",
        "B",
        "昆吾街道",
        "濮阳市华龙区昆吾小学",
        0.6,
        0.0,
        "学校操场扩建超出用地批文范围0.6亩",
        "超占部分补办用地手续",
        "华龙区昆吾街道办事处",
        date(2024, 10, 31),
        "正在办理用地报批",
        "",
    ),
    (
        "W4109022024008",
        "W",
        "岳村镇",
        "濮阳市宏基石料加工厂",
        4.1,
        3.5,
        "临时用地使用期满超期未复垦",
        "限期复垦",
        "华龙区岳村镇人民政府",
        date(2024, 8, 15),
        "已复垦，复查合格",
        "已销号",
    ),
]


def write_patch(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("疑似违法图斑")
    b.widths(ws, [6, 18, 6, 12, 26, 10, 10, 36, 22, 22, 14, 24, 10])
    b.line(ws, 0, "2024年度土地卫片执法检查疑似违法图斑核查整改台账", 12, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市自然资源和规划局华龙分局（执法监察大队）    填报日期：2024年7月29日    面积单位：亩",
        12,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 6, "图斑基本信息", b.head)
    b.header(
        ws, 3, ["图斑编号", "类型", "所在乡镇（街道）", "用地单位（个人）", "监测面积", "其中耕地"], first=1
    )
    b.merge(ws, 2, 7, 2, 8, "核查处置", b.head)
    b.header(ws, 3, ["核查情况（违法事实）", "处置措施"], first=7)
    b.merge(ws, 2, 9, 2, 12, "整改落实", b.head)
    b.header(ws, 3, ["整改责任单位", "整改时限", "整改进展", "销号情况"], first=9)
    for i, row in enumerate(PATCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if c in (5, 6):
                b.put(ws, r, c, v, b.money)
            elif c == 10:
                b.put(ws, r, c, v, b.cnday)
            else:
                b.put(ws, r, c, v, b.center if c in (2, 3, 12) else b.cell)
    end = 4 + len(PATCH_ROWS)
    b.line(
        ws,
        end,
        "注：W图斑为本年未批先建图斑；B图斑为本年批准本年建设、经套合不能确认为合法的图斑。已销号图斑由分局复查后填写。",
        12,
    )
    b.line(ws, end + 1, "审核人：赵明亮    填表人：王丽娟    联系电话：0393-4899320", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 批而未供和闲置土地处置, after a district 自然资源和规划分局's report (落实建设用地“增存挂钩”机制; 分类处置、统筹推进
# 批而未供和闲置土地处置; 盘活2009年—2018年批而未供土地; 处置率; 年度处置任务):
# http://www.bzqzf.gov.cn/zwdt/jcdt/11469051.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row, the 县（区） merged down over its rows, the
# 县区人民政府/管委会 as 责任单位, 第三季度 and 长期坚持, a 合计 row with the area sum, a 注 line and a signature line.
LAND_ROWS = [
    (
        "华龙区",
        "濮政土〔2019〕12号批次",
        "批而未供",
        6.35,
        "批后因规划调整未能供应",
        "调整控制性详细规划后组织挂牌出让",
        "华龙区人民政府",
        "2024年9月30日",
        "已完成规划调整，拟于8月挂牌出让",
    ),
    (
        "华龙区",
        "原濮阳市恒达纺织有限公司地块",
        "闲置土地",
        2.10,
        "出让后超过约定动工日期两年未动工",
        "依法无偿收回",
        "华龙区人民政府",
        "2024年12月31日",
        "已下达闲置土地认定书，正在履行收回程序",
    ),
    (
        "开发区",
        "濮政土〔2020〕5号批次",
        "批而未供",
        4.80,
        "征地补偿款未足额到位，无法组织供地",
        "落实补偿后供应",
        "濮阳经济技术开发区管理委员会",
        "2024年8月31日",
        "已供应，签订出让合同",
    ),
    (
        "濮阳县",
        "濮政土〔2018〕3号批次",
        "批而未供",
        1.26,
        "零星边角地块无法单独供应",
        "申请核减撤回用地批文",
        "濮阳县人民政府",
        "2024年7月31日",
        "已撤回批文，处置完成",
    ),
    (
        "清丰县",
        "河南康源食品有限公司地块",
        "闲置土地",
        3.47,
        "企业资金链断裂，项目停建造成土地闲置",
        "协议有偿收回",
        "清丰县人民政府",
        "2024年10月31日",
        "未启动",
    ),
    (
        "南乐县",
        "濮政土〔2021〕2号批次",
        "批而未供",
        2.95,
        "意向用地单位未按时缴纳土地出让金",
        "督促缴纳或另行组织供地",
        "南乐县人民政府",
        "第三季度",
        "",
    ),
    (
        "范县",
        "范县产业园区已供土地",
        "闲置土地",
        1.88,
        "园区已供土地开发利用动态巡查不到位，存在新增闲置风险",
        "建立已供土地动态巡查制度",
        "范县人民政府",
        "长期坚持",
        "常态化推进",
    ),
]


def write_land_book(path: Path) -> Path:
    b = Book(path, author="土地利用科")
    ws = b.sheet("处置台账")
    b.widths(ws, [6, 10, 26, 10, 12, 32, 26, 26, 16, 30])
    b.line(ws, 0, "2024年批而未供和闲置土地处置任务推进台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市自然资源和规划局（土地利用科）    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "批次（地块）名称",
            "类型",
            "面积（公顷）",
            "存在问题",
            "处置方式",
            "责任单位",
            "完成时限",
            "处置进展",
        ],
    )
    r = 3
    groups: list[tuple[str, int, int]] = []
    for i, row in enumerate(LAND_ROWS, 1):
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row[1:], 2):
            b.put(ws, r, c, v, b.money if c == 4 else (b.center if c == 3 else b.cell))
        if groups and groups[-1][0] == row[0]:
            groups[-1] = (row[0], groups[-1][1], r)
        else:
            groups.append((row[0], r, r))
        r += 1
    for county, r1, r2 in groups:
        b.merge(ws, r1, 1, r2, 1, county, b.center)
    b.merge(ws, r, 0, r, 3, "合计", b.center)
    b.put(ws, r, 4, round(sum(row[3] for row in LAND_ROWS), 2), b.money)
    b.merge(ws, r, 5, r, 9, "")
    b.line(
        ws,
        r + 1,
        "注：面积以自然资源部批而未供和闲置土地监管系统数据为准；处置率＝已处置面积÷年度处置任务面积。",
        9,
    )
    b.line(ws, r + 2, "科室负责人：周志刚    填表人：陈晨    联系电话：0393-8666302", 9)
    return b.close()


def write_land(path: Path) -> Path:
    via_soffice(write_land_book, path, "ods", "批而未供和闲置土地处置任务推进台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 8. 违法占地问题通报, after a provincial 自然资源厅's 公开通报 of 违法占地典型问题 not put right in time (耕地保护月度监测
# 调度; each case in a paragraph: when, who, how much 耕地, found by the 自然资源所 in 日常巡查, 停工通知书, 立案, 拆除复垦,
# 问责, 目前已整改到位 / 正在组件报批):
# http://jintiao.net/ce/2023/0810/53528.html
# A .doc (Word 97 via LibreOffice): title, 文号, 主送, preamble, the cases as （一）（二）… paragraphs each naming the
# 整改责任单位, its 期限 and where the case stands, the requirements in a closing paragraph, the bureau and date.
LAND_CASES = [
    (
        "（一）范县陈庄镇濮阳市丰源农业开发有限公司超出合法用地范围违法占用耕地3.2亩建设停车场并硬化地面。"
        "陈庄镇自然资源所在日常巡查中发现后两次下达停工通知书，市局下达限期整改通知，要求7月20日前整改到位，"
        "整改责任单位为范县人民政府。7月18日，该问题完成拆除复垦，相关责任人已被问责，目前已整改到位。"
    ),
    (
        "（二）台前县吴坝镇村民李某、张某违法占用耕地1.6亩建设大棚墙体并堆放建筑材料。"
        "台前县自然资源局下达通知书要求恢复土地原貌，但当事人未落实整改，县有关部门也未在规定期限内组织整改。"
        "整改责任单位为台前县人民政府，整改期限为8月15日前。目前违法建筑物已拆除，复垦工作正在进行。"
    ),
    (
        "（三）濮阳经济技术开发区管理委员会在未取得合法用地手续的情况下，组织企业违法占用耕地建设标准厂房及仓库，"
        "6月监测发现违法占地后，7月再次发现该项目一边整改一边继续占地，致使违法面积扩大至21.5亩。"
        "整改责任单位为濮阳经济技术开发区管理委员会，须于2024年12月31日前完成整改。目前该项目已全部停工，"
        "已立案查处并对相关责任人问责，正在组件报批。"
    ),
    (
        "（四）南乐县元村镇南乐县鑫达砖瓦厂违法占用耕地4.3亩堆放物料。南乐县自然资源局下达责令停止违法行为通知书后，"
        "当事人至今未清理物料，整改责任单位为南乐县人民政府，整改期限为8月10日前。目前该问题未整改。"
    ),
    (
        "（五）清丰县韩村镇清丰县安达机动车驾驶员培训有限公司扩建训练场违法占用耕地2.7亩。"
        "整改责任单位为清丰县人民政府，原定整改期限为6月30日，逾期未完成。7月10日已拆除硬化地面并复耕，经市局复核验收合格。"
    ),
    (
        "（六）华龙区岳村镇濮阳市通顺物流有限公司未经批准占用耕地5.1亩建设货车停车场。"
        "整改责任单位为华龙区人民政府，要求9月底前整改到位。目前已立案查处，正在履行行政处罚程序。"
    ),
]


def write_cases_docx(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "关于耕地保护月度监测发现未按期整改违法占地问题的通报")
    _paragraph(doc, "濮自然资〔2024〕86号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, "各县（区）人民政府，开发区、示范区管委会：")
    _paragraph(
        doc,
        "根据全市耕地保护月度监测调度工作安排，我局对6月份监测发现的违法占地问题整改情况进行了跟踪核查。"
        "现将未在规定期限内完成整改的违法占地问题及整改进展通报如下：",
    )
    for text in LAND_CASES:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各县（区）要以“零容忍”的态度严肃查处违法占地行为，对通报的问题逐一建立整改台账，按期整改到位，"
        "整改完成后及时将整改情况报市自然资源和规划局执法监督科。",
    )
    _paragraph(doc, "濮阳市自然资源和规划局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_cases(path: Path) -> Path:
    return via_soffice(write_cases_docx, path, "doc", "未按期整改违法占地问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 专项债券项目推进督办, after a district 专项债项目推进会 (发改委、教育局、交通局、住建局、卫健委、镇 report one by one on
# 专项债项目推进情况; 各责任单位完善推进工作机制; 要素保障部门靠前服务，紧盯项目建设进度; 加大督办力度，加强与省、市主管
# 部门的沟通对接):
# http://bid.caigoupt.com/info-265907804.html
# An .xlsx: title, 会议/督办 line, one header row with 责任单位 beside a 配合单位 (要素保障部门), short names (市资规局,
# 市住建局, 市卫健委, 市环境局, 市发改委, 华龙区政府), 9月底前 and 长期坚持, a 办理状态 column, 填表说明 and signature.
BOND_ROWS = [
    (
        "濮阳市第一中学迁建项目",
        12000,
        "债券资金已拨付，但资金支出进度仅23%，低于序时进度",
        "加快工程建设和债券资金支付进度",
        "市教育局",
        "市财政局",
        "2024年8月31日",
        "支出进度已提高至35%，正在加快施工",
        "推进中",
    ),
    (
        "濮范高速连接线改建工程",
        8000,
        "项目用地组卷报批滞后，影响全线开工",
        "加快用地组卷报批",
        "市资规局",
        "市交通局",
        "2024年7月31日",
        "7月19日已取得用地批复",
        "已办结",
    ),
    (
        "中心城区老旧管网更新改造项目",
        15000,
        "部分标段施工许可未办理即开工建设",
        "补办施工许可手续",
        "市住建局",
        "",
        "2024年7月20日",
        "",
        "",
    ),
    (
        "濮阳市妇幼保健院综合楼项目",
        6000,
        "可研批复后初步设计未完成，未能按计划开工",
        "加快初步设计编制和审批",
        "市卫健委",
        "市发改委",
        "9月底前",
        "",
        "未启动",
    ),
    (
        "第二污水处理厂提标改造项目",
        5000,
        "项目环评批复未取得",
        "加快环评审批",
        "市环境局",
        "",
        "2024年8月15日",
        "已受理，正在技术评估",
        "推进中",
    ),
    (
        "龙湖智慧停车场项目",
        4000,
        "项目收益与融资自求平衡方案测算依据不充分",
        "重新测算项目收益并报省财政厅审核",
        "市发改委",
        "市财政局",
        "2024年7月25日",
        "已重新测算并报送省财政厅",
        "已办结",
    ),
    (
        "华龙区产城融合示范园基础设施项目",
        10000,
        "债券资金闲置超过6个月未使用",
        "按程序调整债券资金用途或加快使用",
        "华龙区政府",
        "市财政局",
        "2024年9月30日",
        "已申请调整资金用途，待省财政厅批复",
        "推进中",
    ),
    (
        "全市专项债券项目",
        "",
        "专项债项目建设调度不及时，部分项目进度底数不清",
        "建立专项债项目周调度、月通报制度",
        "市财政局",
        "市发改委",
        "长期坚持",
        "常态化推进",
        "长期坚持",
    ),
]


def write_bond(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("督办台账")
    b.widths(ws, [6, 28, 12, 34, 30, 14, 12, 16, 30, 10])
    b.line(ws, 0, "2024年专项债券项目推进会议定事项督办台账", 9, b.title)
    b.line(
        ws,
        1,
        "依据：2024年7月5日全市专项债券项目推进会议纪要    牵头督办：市政府督查局    统计截至：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "债券额度（万元）",
            "存在问题",
            "督办事项",
            "责任单位",
            "配合单位",
            "完成时限",
            "推进情况",
            "办理状态",
        ],
    )
    for i, row in enumerate(BOND_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (2, 5, 6, 7, 9) else b.cell)
    end = 3 + len(BOND_ROWS)
    b.line(
        ws,
        end,
        "填表说明：办理状态填写“已办结”“推进中”“未启动”；配合单位为要素保障部门，按职责配合责任单位推进。",
        9,
    )
    b.line(ws, end + 1, "填表人：马俊杰    联系电话：0393-8996125    填报日期：2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 中央预算内投资项目稽察发现问题整改, after a provincial 发展改革委稽察办's 稽察通报 (国家发展改革委专项稽察中央预算内
# 投资项目; 对未开工的项目尽快解决制约开工的问题、落实开工条件; 对建设进度缓慢、投资完成率低的项目加大监督检查，督促加快
# 工程建设进度和资金拨付使用进度):
# http://www.ayear.com.cn/ProjectNewsInfoDetails_pid_8718.html
# A .zip of two returns: a county 发展和改革委员会's .xlsx (填报单位 line; 项目单位 as 整改责任单位, 稽察发现问题 in the
# source's words, a 备注 column) and another county's .docx (a table with the 项目单位 beside the 主管部门, a signature line).
NANLE_ROWS = [
    (
        "南乐县人民医院传染病区建设项目",
        "南乐县人民医院",
        "项目至今未开工，施工图审查等前期手续未办结",
        "加快办理前期手续，落实开工条件",
        "2024年8月31日",
        "已于7月16日开工建设，整改完成",
    ),
    (
        "南乐县城区第二水厂及配套管网工程",
        "南乐县水利局",
        "建设进度缓慢，投资完成率仅41%",
        "倒排工期，加快工程建设进度和资金拨付",
        "2024年9月30日",
        "已增加施工作业面，正在加快建设",
    ),
    (
        "南乐县第二实验学校建设项目",
        "南乐县财政局",
        "中央预算内资金下达后未及时拨付，滞留县财政",
        "按进度及时拨付中央资金",
        "2024年7月31日",
        "未整改",
    ),
    (
        "元村镇污水处理及管网项目",
        "南乐县元村镇人民政府",
        "项目变更建设内容未履行审批程序",
        "补办项目变更审批手续",
        "2024年8月20日",
        "",
    ),
]

FANXIAN_ROWS = [
    (
        "范县老旧小区改造项目",
        "范县住房和城乡建设局",
        "工程监理单位未按规定通过招标确定",
        "依法重新公开招标确定监理单位",
        "2024年7月31日",
        "已重新公开招标确定监理单位，整改完成",
    ),
    (
        "范县人民医院医疗设备购置项目",
        "范县卫生健康委员会",
        "医疗设备采购未执行政府采购程序",
        "补办政府采购审核手续",
        "2024年9月30日",
        "正在补办政府采购审核手续",
    ),
    (
        "陈庄镇防汛道路工程",
        "范县陈庄镇人民政府",
        "项目档案资料不全，缺少隐蔽工程影像资料",
        "补充完善项目档案",
        "2024年8月15日",
        "未整改",
    ),
    (
        "范县高标准农田建设项目",
        "范县农业农村局",
        "项目完工后未及时组织竣工验收",
        "组织竣工验收",
        "2024年10月31日",
        "已组织初验，正在整改初验发现问题",
    ),
]


def write_nanle_book(path: Path) -> Path:
    b = Book(path, author="南乐县发改委")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 30, 22, 32, 30, 14, 28, 8])
    b.line(ws, 0, "中央预算内投资项目稽察发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：南乐县发展和改革委员会（盖章）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "项目单位（整改责任单位）",
            "稽察发现问题",
            "整改措施",
            "整改时限",
            "整改情况",
            "备注",
        ],
    )
    for i, row in enumerate(NANLE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        b.put(ws, r, 7, "")
    end = 3 + len(NANLE_ROWS)
    b.line(ws, end, "负责人：郭振华    填表人：刘晓燕    联系电话：0393-7228015", 7)
    return b.close()


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("范县发改委")
    _title(doc, "范县中央预算内投资项目稽察发现问题整改情况", 18)
    _paragraph(doc, "填报单位：范县发展和改革委员会    填报日期：2024年7月28日", 12)
    body = [[str(i), *row] for i, row in enumerate(FANXIAN_ROWS, 1)]
    _table(doc, ["序号", "项目名称", "项目单位", "稽察发现问题", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：魏红霞    联系电话：0393-5326617", 12)
    return _save_fixed(doc, path)


def write_audit_zip(path: Path) -> Path:
    members = [
        ("中央预算内投资项目稽察发现问题整改台账（南乐县）.xlsx", write_nanle_book),
        ("中央预算内投资项目稽察发现问题整改情况（范县）.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 政府投资项目专项审计整改情况, after a district 建设管理委员会's 信息公开 of a 专项审计整改情况 (自收到区审计局专项审计
# 报告后高度重视，逐一分析原因，制定整改方案; a table 序号 | 审计发现的问题 | 问题整改情况 | 备注 — 招投标评审工作不严谨、
# 未按规定的预付款比例签订合同……; the 中心 and the date at the foot):
# https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=7459ac03-c9f3-42c2-8e5c-8f3a4f03aae2
# A .wps (Word 97 via LibreOffice): title, preamble naming the 审计报告, one four-column table with no 责任单位 and no
# 时限 column (the sender answers for every row; dates only in the 整改情况 sentences), the 中心 and date at the foot.
AUDIT_ROWS = [
    (
        "招标控制价编制依据不充分，部分清单项目综合单价偏高的问题",
        "已委托第三方造价咨询机构重新复核控制价编制依据，修订了《工程造价管理办法》，已整改完成。",
        "",
    ),
    (
        "未按规定的预付款比例签订施工合同的问题",
        "正在与施工单位协商签订补充协议，调整预付款比例，计划2024年8月底前完成。",
        "",
    ),
    (
        "工程变更未履行审批程序即先行实施，涉及金额312.6万元的问题",
        "已补办变更审批手续，并对相关责任人进行了诫勉谈话，已整改完成。",
        "",
    ),
    (
        "部分标段施工单位项目经理与投标文件承诺人员不一致的问题",
        "已对涉及的3个标段逐一核查，正在督促施工单位按投标承诺调整人员。",
        "",
    ),
    (
        "履约保证金逾期未退还，涉及3家企业126万元的问题",
        "已于2024年7月10日全部退还。",
        "已退还",
    ),
    (
        "项目竣工结算审核滞后，3个标段竣工超过一年未完成结算的问题",
        "结算审核尚未启动，拟于2024年12月31日前完成。",
        "",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("濮阳市重点项目建设管理中心")
    _title(doc, "城区防洪排涝工程建设管理和资金使用情况专项审计整改情况", 18)
    _paragraph(
        doc,
        "自收到濮阳市审计局《关于城区防洪排涝工程建设管理和资金使用情况的专项审计报告》后，我中心高度重视，"
        "根据报告提及的各个问题逐一分析原因，制定整改方案，提出整改措施，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    _table(doc, ["序号", "审计发现的问题", "问题整改情况", "备注"], body)
    _paragraph(doc, "濮阳市重点项目建设管理中心", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "防洪排涝工程专项审计整改情况.docx")


FILES = [
    ("2024年二季度国家投资工程建设项目招投标标后督查问题整改台账.xlsx", write_tender),
    ("政府采购代理机构专项检查发现问题整改情况汇总表.xls", write_agency),
    ("工程建设项目招标代理机构专项联合检查问题整改反馈表.csv", write_joint),
    ("在建项目拖欠工程款及农民工工资问题排查整治台账.xlsx", write_arrears),
    ("清丰县清理拖欠民营企业中小企业账款工作情况报告.docx", write_clear),
    ("2024年度土地卫片执法检查疑似违法图斑核查整改台账（华龙分局）.xlsx", write_patch),
    ("批而未供和闲置土地处置任务推进台账.ods", write_land),
    ("关于耕地保护月度监测发现未按期整改违法占地问题的通报.doc", write_cases),
    ("2024年专项债券项目推进会议定事项督办台账.xlsx", write_bond),
    ("中央预算内投资项目稽察发现问题整改情况（两县）.zip", write_audit_zip),
    ("城区防洪排涝工程建设管理和资金使用情况专项审计整改情况.wps", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

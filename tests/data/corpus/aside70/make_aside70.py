"""Write the aside70 returns: twelve files laid out after twelve public sources, cited beside each layout below.

Forms: .xlsx (three, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in
GBK, a tab-separated text in UTF-16, a .docx whose items are numbered paragraphs, a .doc with a table after the
report text, a .wps (Word 97 via LibreOffice) with a table, and a .zip of two returns. Contents are made up;
statistics date 2024-07-31.
Run from this folder: python make_aside70.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 市级挂牌督办重大事故隐患整改进展表, after a city 安委会's notice putting five reported major hazards under
# 挂牌督办 (见附件; 按属地划分 …; 按行业领域划分 道路交通4处、特种设备1处; 落实安全责任, 确保按时整改到位;
# 联系人 and the 安全生产委员会 with its date at the foot):
# http://huangshi.gov.cn/xxxgk/fdzdgknr/zdmsxx/aqsc/202304/t20230417_1006531.html
# An .xlsx: title, the notice paragraph, a two-row header (督办责任 over 牵头督办部门/整改责任单位, 整改进展情况
# over 目前进展/是否销号) with 属地 and 行业领域 beside the unit, contact line and the 安委会 at the foot.
HAZARD_ROWS = [
    (
        "华龙区",
        "道路交通",
        "国道106线与中原路交叉口视距不良、无信号灯控制，事故多发",
        "市交通运输局",
        "市公安局交通管理支队",
        "2024年6月30日",
        "信号灯已安装并投入使用，经验收合格",
        "是",
    ),
    (
        "濮阳县",
        "道路交通",
        "省道101线K45+300处急弯陡坡路段缺少防撞护栏",
        "市交通运输局",
        "濮阳县人民政府",
        "2024年9月底前",
        "护栏采购已完成招标，正在施工",
        "否",
    ),
    (
        "清丰县",
        "特种设备",
        "液化石油气充装站储罐安全阀超期未检",
        "市市场监督管理局",
        "清丰县宏达液化气有限公司",
        "2024.7.15",
        "安全阀已送检，待校验合格后组织验收",
        "否",
    ),
    (
        "南乐县",
        "道路交通",
        "县城区中小学周边道路缺少减速带和警示标志",
        "市公安局交通管理支队",
        "南乐县人民政府",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "范县",
        "危险化学品",
        "化工园区企业甲类仓库与办公楼防火间距不足",
        "市应急管理局",
        "范县人民政府",
        "2024年12月31日",
        "未启动",
        "否",
    ),
    (
        "台前县",
        "道路交通",
        "金堤河大桥桥面伸缩缝损坏、两侧护栏松动",
        "市交通运输局",
        "台前县交通运输局",
        "2024年8月15日",
        "已更换桥面伸缩缝，护栏加固完成80%",
        "否",
    ),
    (
        "市城区",
        "特种设备",
        "老旧住宅加装电梯未办理使用登记即投入使用",
        "市市场监督管理局",
        "市住建局",
        "2024年6月30日",
        "已全部办理使用登记",
        "是",
    ),
]


def write_hazard(path: Path) -> Path:
    b = Book(path, author="市安委办")
    ws = b.sheet("挂牌督办")
    b.widths(ws, [6, 10, 12, 40, 18, 24, 16, 30, 10])
    b.line(ws, 0, "2024年度市级挂牌督办重大事故隐患整改进展表", 8, b.title)
    b.line(
        ws,
        1,
        "根据《省安委办关于认真落实2024年度分级挂牌督办重大隐患的通知》要求，市安委会对各地、各专委会和各行业"
        "主管部门上报的7处重大隐患予以挂牌督办。按行业领域划分：道路交通4处、特种设备2处、危险化学品1处。"
        "各地、各有关单位要切实落实安全责任，加快进度，确保按时整改到位。",
        8,
    )
    ws.set_row(1, 48)
    for c, word in ((0, "序号"), (1, "属地"), (2, "行业领域"), (3, "重大隐患具体情况"), (6, "整改期限")):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "督办责任", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改进展情况", b.head)
    b.header(ws, 3, ["牵头督办部门", "整改责任单位"], first=4)
    b.header(ws, 3, ["目前进展", "是否销号"], first=7)
    for i, row in enumerate(HAZARD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HAZARD_ROWS)
    b.line(ws, end + 1, "联系人：胡建兴    电话：0393-8896585    邮箱：pyaqw@126.com", 8)
    b.line(ws, end + 2, "濮阳市安全生产委员会办公室    2024年7月30日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 城乡环境卫生综合整治督查通报, after a county 全域无垃圾专项治理领导小组办公室's quarterly 督查通报 (住建局
# 组织环境办督查人员对乡镇、城区、公路沿线、河道水域和景区景点明查暗访; 及时反馈各责任单位, 限时整改, 销号整改;
# 单位末位排名 at the end):
# http://atzr.com.cn/info/1041/31167.htm
# An .xls (xlwt): title, 主送 and preamble lines, one header row, section rows by area (一、城区 …), a 单位末位排名
# block and the office with its date.
SWEEP_SECTIONS = [
    (
        "一、城区",
        [
            (
                "开州路与任丘路交叉口绿化带",
                "绿化带内积存生活垃圾未清理",
                "华龙区人民政府",
                "7月10日前",
                "已清理，经复查合格，予以销号",
            ),
            (
                "市体育中心南侧",
                "占道经营摊点夜间垃圾随意倾倒",
                "市城管执法局",
                "7月10日前",
                "已取缔流动摊点3处，正在设置垃圾收集点",
            ),
        ],
    ),
    (
        "二、公路沿线",
        [
            ("国道106线濮阳县段", "路肩两侧白色垃圾较多", "濮阳县人民政府", "7月15日前", "未整改"),
            ("省道212线清丰段", "沿线村庄柴草乱堆乱放", "清丰县人民政府", "7月15日前", "已整改"),
        ],
    ),
    (
        "三、河道水域",
        [
            ("马颊河南乐段", "河道岸坡漂浮物和垃圾未打捞", "南乐县人民政府", "7月20日前", ""),
            (
                "金堤河范县段",
                "河滩违规堆放建筑垃圾",
                "市水务局",
                "8月底前",
                "已制定清运方案，正在协调清运车辆",
            ),
        ],
    ),
    (
        "四、景区景点",
        [("戚城遗址公园", "公厕保洁不及时、异味较大", "市文广旅局", "长期坚持", "长期坚持")],
    ),
]


def write_sweep(path: Path) -> Path:
    t, h, c = _xf(bold=True, border=False, center=True, size=16), _xf(bold=True, center=True), _xf()
    plain, ctr, sec = _xf(border=False), _xf(center=True), _xf(bold=True)
    cells = [
        (0, 0, "关于2024年第二季度全市城乡环境卫生综合整治情况的督查通报", t, 0, 5),
        (1, 0, "各县（区）人民政府，市直有关单位：", plain, 1, 5),
        (
            2,
            0,
            "市住建局组织环境办督查人员，于6月17日至28日，对各县（区）城区、公路沿线、河道水域和景区景点环境卫生"
            "综合整治情况进行了督查。对督查中发现的问题，及时反馈各责任单位，提出了限时整改要求，并于7月8日至"
            "10日进行了销号整改。现将督查情况通报如下：",
            plain,
            2,
            5,
        ),
    ]
    for col, word in enumerate(["序号", "督查点位", "存在问题", "责任单位", "整改时限", "销号整改情况"]):
        cells.append((3, col, word, h))
    r, n = 4, 0
    for heading, rows in SWEEP_SECTIONS:
        cells.append((r, 0, heading, sec, r, 5))
        r += 1
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 1):
                cells.append((r, col, v, ctr if col == 4 else c))
            r += 1
    cells += [
        (r + 1, 0, "单位末位排名：", plain, r + 1, 5),
        (r + 2, 0, "1.县（区）末位：南乐县", plain, r + 2, 5),
        (r + 3, 0, "2.职能单位末位：市水务局", plain, r + 3, 5),
        (r + 5, 0, "濮阳市城乡环境卫生综合整治领导小组办公室", plain, r + 5, 5),
        (r + 6, 0, "2024年7月12日", plain, r + 6, 5),
    ]
    return _write_xls(path, [("督查通报", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 生态环境保护督察“回头看”提级督办案件办理情况, after a new district's account of its 提级督办 of the problems a
# provincial 冬防巡查组 fed back (上报主体、上报格式、上报时间、上报方式提级; 一件一号、一号一督、一督一报; 新城、园办
# 整改完成后新区现场抽查, 整改到位的予以销号; 逾期未整改、整改不彻底的约谈问责):
# http://www.www3333333.com/xwzx/ztzl/hbdc/gzdt/60157437f8fd1c2073f1baa3.html
# A .docx whose items are numbered paragraphs, one per 督办编号, each naming 责任单位, 整改时限 and (mostly) 办理情况.
ENV_CASES = [
    (
        "DB-2024-01",
        "华龙区某物流园区裸露土方未覆盖、进出车辆带泥上路",
        "华龙区人民政府",
        "2024年6月30日前",
        "经市里现场抽查，按处理意见整改到位，予以销号。",
    ),
    (
        "DB-2024-02",
        "濮阳县某砖瓦厂脱硫设施未正常运行",
        "濮阳县人民政府",
        "2024年7月31日前",
        "企业已停产整改，脱硫塔正在维修。",
    ),
    (
        "DB-2024-03",
        "清丰县城区部分餐饮单位油烟直排扰民",
        "市城管局",
        "2024年8月15日前",
        "已对12家餐饮店下达整改通知书，已安装油烟净化设施8台。",
    ),
    ("DB-2024-04", "南乐县某塑料加工厂露天焚烧边角料", "南乐县人民政府", "2024年7月10日前", "逾期未整改。"),
    (
        "DB-2024-05",
        "工业园区部分企业VOCs治理设施活性炭长期未更换",
        "市环保局",
        "2024年9月30日前",
        "",
    ),
    (
        "DB-2024-06",
        "范县建筑工地渣土运输车辆未密闭",
        "范县人民政府",
        "第三季度",
        "基本完成，已为运输车辆加装密闭盖板，剩余少量车辆正在改装。",
    ),
]
CN_NUMBERS = "一二三四五六七八九十"


def write_env_cases(path: Path) -> Path:
    doc = _new_document("市环委办")
    _title(doc, "关于省生态环境保护督察反馈问题“回头看”提级督办案件办理情况的报告")
    _paragraph(doc, "市生态环境保护委员会：")
    _paragraph(
        doc,
        "为强化省生态环境保护督察反馈问题“回头看”整改的时效性和规范性，我市对督察组交办的问题实行上报主体提级、"
        "上报格式提级、上报时间提级以及上报方式提级的“提级督办”制度，严格执行“一件一号、一号一督、一督一报”。"
        "对整改完成的案件组织现场抽查，对整改到位的予以销号；对逾期未整改、整改不彻底的，将实施约谈和问责。"
        "截至2024年7月29日，各案件办理情况如下：",
    )
    for i, (no, problem, unit, limit, done) in enumerate(ENV_CASES):
        text = f"（{CN_NUMBERS[i]}）督办编号{no}：{problem}。责任单位：{unit}。整改时限：{limit}。"
        if done:
            text += f"办理情况：{done}"
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市生态环境保护委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 落实县委巡察组“巡乡带村”巡察反馈意见整改进展情况的通报, after a town 党委's public account of its 巡察整改 (提高
# 政治站位 …; 党委书记组织落实整改工作的情况; 对照清单所列问题 …; 立行立改, 持续整改):
# http://www.ynqjnews.cn/article/show-361009.html
# A .doc (LibreOffice conversion): the 通报 text, then 附件 with a table whose rows name only the town's own 站所
# (党政办, 财政所 …) under 责任股室; the 党委 signs at the foot.
PATROL_ROWS = [
    (
        "落实“第一议题”制度不严格，专题学习流于形式",
        "修订党委理论学习中心组学习制度，按月制定学习计划",
        "党委书记",
        "党政办",
        "2024年3月底前",
        "已完成。已修订学习制度，建立学习台账。",
    ),
    (
        "村级集体经济发展缓慢，3个村集体经济收入低于5万元",
        "引进特色种植项目，盘活闲置集体资产",
        "镇长",
        "经济发展办",
        "2024年8月底前完成选址，年底前全部达标",
        "正在推进。已引进食用菌种植项目1个。",
    ),
    (
        "财务报销手续不规范，部分票据缺少经办人签字",
        "逐笔清理2023年以来报销凭证，补齐手续",
        "纪委书记",
        "财政所",
        "2024年4月30日",
        "已整改，补齐签字手续23张。",
    ),
    (
        "农村人居环境整治不彻底，部分村存在垃圾乱堆乱放",
        "落实村庄保洁制度，每月开展评比",
        "分管副镇长",
        "村镇建设服务中心",
        "长期坚持",
        "长期坚持",
    ),
    (
        "低保对象动态管理不及时，存在应退未退情况",
        "开展低保对象全面复核，动态调整",
        "分管副镇长",
        "社会事务办",
        "2024年6月30日",
        "基本完成，已清退不符合条件低保对象6户，剩余2户正在核查。",
    ),
    (
        "发展党员程序不规范，个别材料缺失",
        "逐一核查发展党员档案，补齐材料",
        "组织委员",
        "党建办",
        "2024年5月31日",
        "已完成。",
    ),
    (
        "村务公开不及时、公开内容不全面",
        "统一村务公开栏式样，按季度督查",
        "纪委书记",
        "党政办",
        "2024年9月30日前",
        "进展滞后，部分村仍未按季度公开。",
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("文留镇党政办")
    _title(doc, "中共文留镇委员会关于落实县委第二巡察组“巡乡带村”巡察反馈意见整改进展情况的通报")
    _paragraph(
        doc,
        "根据县委统一部署，2023年10月16日至11月30日，县委第二巡察组对文留镇党委开展了“巡乡带村”巡察。"
        "2024年1月9日，县委第二巡察组向文留镇党委反馈了巡察情况。按照巡察工作有关要求，现将巡察整改进展情况"
        "予以公布。",
    )
    _paragraph(doc, "一、提高政治站位，坚决扛起整改主体责任", 16, "黑体")
    _paragraph(
        doc,
        "镇党委把巡察整改作为重大政治任务来抓，对照清单所列问题逐项明确责任领导、责任股室和整改时限，"
        "能立行立改的立行立改，需要持续整改的建立台账、按期销号。",
    )
    _paragraph(doc, "二、巡察反馈问题整改进展情况", 16, "黑体")
    _paragraph(doc, "巡察反馈的7个问题，整改进展情况详见附件。")
    _paragraph(doc, "中共文留镇委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附件", 16, "黑体")
    _paragraph(doc, "巡察反馈问题整改进展情况表", 18, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    _table(
        doc,
        ["序号", "反馈问题", "整改措施", "责任领导", "责任股室", "整改时限", "整改进展"],
        [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)],
    )
    doc.add_paragraph()  # Word closes the body with a paragraph after a last table
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "巡察反馈意见整改进展情况的通报.docx")


# ---------------------------------------------------------------------------------------------
# 5. 人大代表建议办理情况一览表, after a report on how the deputies' suggestions of a session were handled (代表提出
# 建议 …件, 交由 …家承办单位研究办理; 重点督办建议交由 …等单位牵头办理, 由 …专门委员会负责督办; 已全部办理完毕并
# 答复代表):
# http://jshj.org/news_show.aspx?id=32143
# An .xlsx: title, a paragraph with the 3-month rule, a two-row header (承办单位 over 主办单位/协办单位, 办理情况 over
# 答复日期/办理结果) with the 领衔代表 and the 督办委员会 beside the handling unit and a 交办日期 to count from.
NPC_ROWS = [
    (
        "第15号",
        "关于加快城区老旧小区雨污分流改造的建议",
        "王建国",
        "市住房和城乡建设局",
        "市城市管理局",
        "城建环资委",
        date(2024, 3, 20),
        date(2024, 6, 12),
        "已答复，所提问题已解决",
    ),
    (
        "第23号",
        "关于增设中心城区公共停车场的建议",
        "李秀兰",
        "市自然资源局",
        "市公安局交通管理支队",
        "城建环资委",
        date(2024, 3, 20),
        None,
        "正在办理，已完成停车场选址",
    ),
    (
        "第31号",
        "关于提高农村寄宿制学校学生生活补助标准的建议",
        "赵明",
        "市教育局",
        "市财政局",
        "教科文卫委",
        date(2024, 3, 20),
        date(2024, 6, 18),
        "已答复",
    ),
    (
        "第42号",
        "关于规范农村宅基地审批管理的建议",
        "孙志强",
        "市农业局",
        "市自然资源和规划局",
        "农业农村委",
        date(2024, 4, 2),
        None,
        "",
    ),
    (
        "第56号",
        "关于加强城区学校周边交通秩序管理的建议",
        "刘芳",
        "市交警支队",
        "市教育局",
        "监察和司法委",
        date(2024, 4, 2),
        date(2024, 6, 28),
        "已答复",
    ),
    (
        "第67号",
        "关于完善基层医疗机构常用药品配备的建议",
        "陈立新",
        "市卫计委",
        "市医疗保障局",
        "教科文卫委",
        date(2024, 4, 15),
        None,
        "正在协调医保部门调整用药目录",
    ),
    (
        "第78号",
        "关于加快推进居民小区公共充电桩建设的建议",
        "周海",
        "市发改委",
        "濮阳供电公司",
        "财政经济委",
        date(2024, 5, 10),
        None,
        "未启动",
    ),
]


def write_npc(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("建议办理")
    b.widths(ws, [6, 10, 40, 10, 20, 20, 14, 12, 12, 28])
    b.line(ws, 0, "市十届人大三次会议代表建议办理情况一览表（截至2024年7月31日）", 9, b.title)
    b.line(
        ws,
        1,
        "市十届人大三次会议期间，代表提出建议186件，交由42家承办单位研究办理；确定重点督办建议8项，由市人大"
        "常委会各专门委员会负责督办。承办单位应自交办之日起3个月内办理完毕并答复代表。",
        9,
    )
    ws.set_row(1, 36)
    for c, word in (
        (0, "序号"),
        (1, "建议编号"),
        (2, "建议题目"),
        (3, "领衔代表"),
        (6, "督办委员会"),
        (7, "交办日期"),
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "承办单位", b.head)
    b.merge(ws, 2, 8, 2, 9, "办理情况", b.head)
    b.header(ws, 3, ["主办单位", "协办单位"], first=4)
    b.header(ws, 3, ["答复日期", "办理结果"], first=8)
    for i, row in enumerate(NPC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(NPC_ROWS)
    b.line(ws, end + 1, "填表人：郑文静    联系电话：0393-8991526    填报日期：2024年7月31日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 重点民生实事项目最新进展, after a city guide's monthly digest of its 重点民生实事 (15项民生实事、40个项目加快落实
# 落地; 5个项目已提前完成全年目标, 7个项目超额完成节点目标, 25个项目按计划完成节点目标, 3个项目调整节点目标;
# 具体进展如下表):
# http://m.dl.bendibao.com/news/78650.shtm
# An .ods (LibreOffice conversion): title, summary paragraph, one header row, the 民生实事 column merged down over
# its projects, a 注 line and the office at the foot.
LIVELIHOOD = [
    (
        "一、改善城镇居住条件",
        [
            (
                "城镇老旧小区改造",
                "开工改造60个小区",
                "市住建局",
                "年底前",
                "已开工52个，完成主体改造18个",
                "超额完成节点目标",
            ),
            (
                "既有住宅加装电梯",
                "完成加装100部",
                "市住建局",
                "年底前",
                "已完成加装105部",
                "已提前完成全年目标",
            ),
        ],
    ),
    (
        "二、提升养老服务水平",
        [
            (
                "社区养老服务中心建设",
                "新建10个",
                "市民政局",
                "2024年10月底前",
                "已建成4个，6个正在装修",
                "按计划推进",
            ),
            (
                "老年助餐点建设",
                "新增30个",
                "市民政局",
                "2024年9月底",
                "已建成31个",
                "已提前完成全年目标",
            ),
        ],
    ),
    (
        "三、改善群众交通出行",
        [
            (
                "新辟优化公交线路",
                "新辟和优化8条",
                "市公交公司",
                "2024年8月底前",
                "已开通3条",
                "按计划推进",
            ),
            (
                "城区公共停车泊位建设",
                "新增泊位3000个",
                "市城管局",
                "年底前",
                "用地手续尚未办结，项目未开工",
                "进展滞后",
            ),
        ],
    ),
    (
        "四、保障城乡饮水安全",
        [
            (
                "农村供水管网改造",
                "改造管网200公里",
                "市水利局",
                "2024年6-10月",
                "已完成管网改造120公里",
                "按计划推进",
            ),
            ("城区二次供水泵房改造", "改造泵房20座", "自来水公司", "2024年11月30日", "", ""),
        ],
    ),
]


def write_livelihood_book(path: Path) -> Path:
    b = Book(path, author="市政府督查室")
    ws = b.sheet("民生实事")
    b.widths(ws, [6, 20, 20, 26, 14, 16, 30, 18])
    b.line(ws, 0, "2024年市政府重点民生实事项目最新进展（截至7月底）", 7, b.title)
    b.line(
        ws,
        1,
        "截至2024年7月底，市政府15项重点民生实事、40个项目加快落实落地，多数项目按计划完成节点目标。"
        "现将部分项目进展列表如下：",
        7,
    )
    ws.set_row(1, 32)
    b.header(
        ws, 2, ["序号", "民生实事", "项目名称", "年度目标", "牵头单位", "完成时限", "最新进展", "完成情况"]
    )
    r, n = 3, 0
    for heading, rows in LIVELIHOOD:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, heading, b.cell)
        for project, target, unit, limit, progress, verdict in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [project, target, unit, limit, progress, verdict], first=2)
            r += 1
    b.line(ws, r + 1, "注：完成时限以《2024年市政府重点民生实事实施方案》为准。", 7)
    b.line(ws, r + 2, "濮阳市人民政府督查室    2024年7月31日", 7, b.right)
    return b.close()


def write_livelihood(path: Path) -> Path:
    via_soffice(write_livelihood_book, path, "ods", "重点民生实事项目最新进展.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 政协提案办理情况, after a newspaper's account of how a session's 提案 are handled (立案 …件, 分类整理, 确定办理
# 单位; 2月中旬召开交办会; 所有提案都要在2个月内有所答复, 个别疑难问题可申请推迟1个月, 最晚不能超过3个月; 委员在
# 办理反馈意见表上签字):
# http://news.sohu.com/20070202/n248010978.shtml
# A CSV in GBK: title line, the answering rule, a header with 提案者 beside the 主办单位, a 交办日期 and an 答复期限
# counted from it, 委员意见, and a 填表人 line.
CPPCC_ROWS = [
    (
        "第0012号",
        "关于加快中心城区智慧停车系统建设的提案",
        "民建市委",
        "市城市管理局",
        "2024-02-21",
        "2个月内",
        "已办复",
        "满意",
    ),
    (
        "第0035号",
        "关于加强农村留守儿童心理健康教育的提案",
        "张丽华委员",
        "市教育局",
        "2024-02-21",
        "2个月内",
        "已办复",
        "基本满意",
    ),
    (
        "第0047号",
        "关于推进黄河滩区特色农业产业化的提案",
        "农工党市委",
        "市农委",
        "2024-02-21",
        "3个月内（已申请延期1个月）",
        "办理中",
        "",
    ),
    (
        "第0058号",
        "关于规范校外培训机构预收费监管的提案",
        "王强委员",
        "市市场监督管理局",
        "2024-02-21",
        "2个月内",
        "逾期未办",
        "",
    ),
    (
        "第0063号",
        "关于完善城市应急避难场所建设的提案",
        "九三学社市委",
        "市应急管理局",
        "2024-03-05",
        "2个月内",
        "",
        "",
    ),
    (
        "第0071号",
        "关于加快“互联网+医疗健康”发展的提案",
        "李文委员",
        "市卫健委",
        "2024-03-05",
        "2个月内",
        "正在办理，已与提案者当面沟通",
        "",
    ),
    (
        "第0086号",
        "关于提升政务服务“一网通办”水平的提案",
        "民盟市委",
        "市政务服务中心",
        "2024-03-05",
        "3个月内（已申请延期1个月）",
        "已办复",
        "满意",
    ),
]


def write_cppcc(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市政协十届三次会议提案办理情况（截至2024年7月31日）"])
    w.writerow(["提案自交办之日起2个月内答复；个别疑难问题可申请推迟1个月，最晚不超过3个月。"])
    w.writerow(
        ["序号", "提案号", "案由", "提案者", "主办单位", "交办日期", "答复期限", "办理状态", "委员意见"]
    )
    for i, row in enumerate(CPPCC_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["填表人：韩雪", "", "联系电话：0393-4412870", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 8. 市民热线办理情况通报, after a city paper's monthly 12345 account split in two (5月市民热线县市区办理情况通报,
# 5月市民热线市直部门办理情况通报; 受理市民诉求 …件, 直接答复 …件, 交由各县市区政府和市政府部门办理 …件; 按期回复率,
# 承办单位办理结果回访满意率; 按内容分类前10位):
# http://m.nxhuan.com/zxbd1125/p/344099.html
# A .zip of two .xlsx returns (市直部门, 县区), each with a title, a summary line that states the time limits count
# in working days from 交办日期, one header row and the 热线办 at the foot.
HOTLINE_RETURNS = [
    (
        "7月份市民热线市直部门工单办理情况",
        "市直部门",
        [
            (
                "12345-20240703-0156",
                date(2024, 7, 3),
                "城市管理类",
                "反映龙湖公园北门夜间广场舞音响噪音扰民",
                "市城管局",
                "5个工作日",
                "已反馈",
                "满意",
            ),
            (
                "12345-20240709-0412",
                date(2024, 7, 9),
                "劳动保障类",
                "反映某建筑公司拖欠农民工工资",
                "市劳动保障局",
                "10个工作日",
                "办理中",
                "",
            ),
            (
                "12345-20240716-0233",
                date(2024, 7, 16),
                "公用事业类",
                "反映胜利路安居小区连续三天停水",
                "市自来水公司",
                "3个工作日",
                "已反馈",
                "基本满意",
            ),
            (
                "12345-20240724-0089",
                date(2024, 7, 24),
                "交通运输类",
                "建议增开火车站至高铁站夜间公交",
                "市公交公司",
                "5个工作日",
                "",
                "",
            ),
        ],
    ),
    (
        "7月份市民热线县区工单办理情况",
        "县区",
        [
            (
                "12345-20240702-0321",
                date(2024, 7, 2),
                "三农类",
                "反映王助镇某村耕地地力保护补贴未发放",
                "南乐县人民政府",
                "5个工作日",
                "已反馈",
                "满意",
            ),
            (
                "12345-20240711-0178",
                date(2024, 7, 11),
                "住房建设类",
                "反映开发商逾期未为业主办理不动产权证",
                "濮阳县人民政府",
                "15个工作日",
                "办理中，已约谈开发商",
                "",
            ),
            (
                "12345-20240718-0402",
                date(2024, 7, 18),
                "城乡建设类",
                "反映村内主干道路面破损、雨后积水",
                "清丰县人民政府",
                "10个工作日",
                "正在协调",
                "",
            ),
            (
                "12345-20240722-0115",
                date(2024, 7, 22),
                "环境保护类",
                "反映某养殖场粪污直排村边沟渠",
                "范县人民政府",
                "5个工作日",
                "逾期未办",
                "",
            ),
        ],
    ),
]


def write_hotline_book(path: Path, title: str, scope: str, rows: list[tuple]) -> Path:
    b = Book(path, author="市民热线办")
    ws = b.sheet("工单")
    b.widths(ws, [22, 12, 12, 40, 18, 12, 20, 12])
    b.line(ws, 0, title, 7, b.title)
    b.line(
        ws,
        1,
        f"7月份，市民热线交由{scope}办理工单{len(rows)}件（摘录）。办理时限自交办日期起按工作日计算。",
        7,
    )
    b.header(
        ws,
        2,
        ["工单编号", "交办日期", "诉求类别", "诉求内容", "承办单位", "办理时限", "办理状态", "回访满意度"],
    )
    for i, row in enumerate(rows, 1):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 4 + len(rows), "濮阳市12345市民热线办公室    2024年7月31日", 7, b.right)
    return b.close()


def write_hotline(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for title, scope, rows in HOTLINE_RETURNS:
            name = f"{title}.xlsx"
            member = write_hotline_book(Path(tmp) / name, title, scope, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 落实审计决定整改台账, after a city 审计局's notice on the 整改台账 each audited unit keeps (对审计查出的问题梳理
# 分类、编号登记, 按照整改问题、整改标准、整改时限、责任部门及责任人等要素建立整改台账; 收到审计决定书后90日内将
# 落实情况书面告知审计机关; 逐项整改、逐一销号):
# http://m.sanmani.com/n4/n20/n524/c89171/content.html
# An .et (Excel 97 via LibreOffice): the audited unit (by its former name) only in the title; its own 科室 under
# 责任部门; the base date for 90日内 and 立行立改 in a preamble line; a 填表人 line.
AUDIT_ROWS = [
    (
        "SJ-01",
        "2023年度项目资金结转结余1200万元未及时上缴财政",
        "全额上缴财政",
        "90日内",
        "财务科",
        "刘红梅",
        "已上缴",
        "已销号",
    ),
    (
        "SJ-02",
        "农村饮水安全工程部分项目未按期竣工验收",
        "完成竣工验收",
        "2024年9月30日",
        "农村水利科",
        "张国庆",
        "已完成4个项目验收，剩余3个正在准备验收资料",
        "",
    ),
    (
        "SJ-03",
        "公务用车使用登记不完整",
        "完善用车登记制度",
        "立行立改",
        "办公室",
        "王磊",
        "已完善公务用车使用登记制度",
        "已销号",
    ),
    (
        "SJ-04",
        "河道采砂权出让收入未及时缴入国库",
        "全额缴库",
        "6月30日前完成",
        "河湖管理科",
        "赵永",
        "未整改",
        "",
    ),
    (
        "SJ-05",
        "水利工程建设项目未严格执行招投标程序",
        "建立长效机制",
        "长期坚持",
        "工程建设科",
        "李刚",
        "长期坚持",
        "",
    ),
    ("SJ-06", "固定资产账实不符", "完成资产清查", "2024年10月底前", "办公室", "王磊", "", ""),
]


def write_audit_book(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("整改台账")
    b.widths(ws, [8, 40, 16, 16, 12, 10, 36, 10])
    b.line(ws, 0, "濮阳市水务局落实审计决定整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "审计决定书送达日期：2024年5月6日。整改时限自送达之日起计算；被审计单位应于90日内将审计决定的落实情况"
        "书面告知审计机关。",
        7,
    )
    ws.set_row(1, 32)
    b.header(
        ws, 2, ["编号", "整改问题", "整改标准", "整改时限", "责任部门", "责任人", "整改落实情况", "销号情况"]
    )
    for i, row in enumerate(AUDIT_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 4 + len(AUDIT_ROWS), "填表人：刘红梅    审核人：孟庆华    填报日期：2024年7月25日", 7)
    return b.close()


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_book, path, "xls", "落实审计决定整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 10. 创城自检自查自改问题整改台账, after a city paper's report of the 创城办 checking communities against a 问题清单
# (楼道内杂物乱堆放, 楼道外未施划停车位, 社区门前路面及设施破损, 立面破损污损; 各街道、社区立即开展自检自查自改,
# 7月11日全面完成整改; 督查“回头看”):
# http://xwzx.bpxww.com/network/xwzx/2023/07/01/531061008001668711.shtml
# An .xlsx: title, 填报单位 line, a two-row header with 是/否 under 是否整改到位 (ticks), the 街道's own 科室 under
# 责任科室, a 合计 row and a signature line.
CIVIC_ROWS = [
    ("建设路社区", "楼道内杂物乱堆放", "城管办", "7月11日前", "√", "", ""),
    ("新华小区", "楼道外未施划停车位", "城管办", "7月11日前", "", "√", ""),
    (
        "胜利路社区",
        "社区门前人行道路面破损",
        "城建办",
        "8月15日前",
        "",
        "√",
        "已完成路面修补方案，正在招标施工单位",
    ),
    ("安居小区", "楼道立面破损污损", "城管办", "7月11日前", "√", "", ""),
    ("辖区主次干道", "小广告“牛皮癣”清理不彻底", "城管办", "长期坚持", "", "", "常态化推进"),
    ("新时代文明实践站", "志愿服务活动记录不全", "党政办", "7月20日前", "", "", ""),
]


def write_civic(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("自查台账")
    b.widths(ws, [6, 18, 34, 12, 14, 6, 6, 36])
    b.line(ws, 0, "2024年创建全国文明城市自检自查自改问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区胜利路街道办事处（盖章）    填报日期：2024年7月12日", 7)
    for c, word in (
        (0, "序号"),
        (1, "检查点位"),
        (2, "发现问题"),
        (3, "责任科室"),
        (4, "整改时限"),
        (7, "备注"),
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=5)
    for i, row in enumerate(CIVIC_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row[:4]), first=1)
        b.put(ws, 3 + i, 4, row[3], b.center)
        b.put(ws, 3 + i, 5, row[4], b.center)
        b.put(ws, 3 + i, 6, row[5], b.center)
        b.put(ws, 3 + i, 7, row[6])
    end = 4 + len(CIVIC_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共6处问题，已整改到位2处，未整改到位2处", b.cell)
    b.line(ws, end + 2, "填表人：马晓燕    联系电话：0393-8215567    审核人：陈志刚", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 政企圆桌会企业反映问题办理落实情况, after a county's rules for its monthly 政企圆桌会 (企业家代表反映问题, 责任
# 单位现场解答; 县营商办明确问题责任单位和办理时限; 办理时限最长不超3个月, 每月30日前将办理落实情况反馈至企业和
# 营商办; 企业反馈意见, 承办单位主要负责同志签字, 呈县政府领导审核销号):
# https://mywgg.com/sgxrmzf/zcjdr/202009/8544450f7cb64f59a1ec76bc5f75e284.shtml
# A .wps (Word 97 via LibreOffice): title, a paragraph giving the meeting date, a table with the 企业名称 beside the
# 责任单位, 企业反馈意见 and 销号, and the 营商办 at the foot.
ROUNDTABLE_ROWS = [
    (
        "濮阳华信化工有限公司",
        "企业新建厂房消防验收办理周期长",
        "市住建局",
        "2024年7月15日",
        "已完成消防验收",
        "满意",
        "已销号",
    ),
    (
        "濮阳龙丰纸业有限公司",
        "企业用电增容报装进度慢",
        "市供电公司",
        "2024年7月31日",
        "已完成供电方案设计，正在施工",
        "",
        "",
    ),
    (
        "濮阳市恒润食品有限公司",
        "申请的技术改造补贴资金迟迟未兑现",
        "市工信局",
        "2024年8月31日",
        "正在协调财政部门拨付",
        "",
        "",
    ),
    (
        "濮阳市宏远物流有限公司",
        "货车通行证办理窗口少、排队时间长",
        "市交警支队",
        "2024年7月20日",
        "已实现网上办理",
        "满意",
        "已销号",
    ),
    (
        "河南中原石化装备有限公司",
        "企业招工难，焊工等技能人才缺口较大",
        "市人社局",
        "3个月内",
        "",
        "",
        "",
    ),
    (
        "濮阳市绿源农业科技有限公司",
        "土地流转合同备案手续办理不畅",
        "市农业农村局",
        "2024年7月31日",
        "未启动",
        "",
        "",
    ),
]


def write_roundtable_docx(path: Path) -> Path:
    doc = _new_document("市营商办")
    _title(doc, "2024年6月政企圆桌会企业反映问题办理落实情况表")
    _paragraph(
        doc,
        "2024年6月28日召开的政企圆桌会上，企业家代表反映问题6个。市营商办已明确责任单位和办理时限；"
        "办理时限自会议之日起计算，最长不超过3个月。各责任单位于每月30日前将办理落实情况反馈至企业和市营商办。",
        14,
    )
    _table(
        doc,
        ["序号", "企业名称", "反映问题", "责任单位", "办理时限", "办理落实情况", "企业反馈意见", "销号"],
        [[str(i), *row] for i, row in enumerate(ROUNDTABLE_ROWS, 1)],
    )
    _paragraph(
        doc, "濮阳市优化营商环境工作领导小组办公室    2024年7月30日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    return _save_fixed(doc, path)


def write_roundtable(path: Path) -> Path:
    return via_soffice(write_roundtable_docx, path, "doc", "政企圆桌会企业反映问题办理落实情况表.docx")


# ---------------------------------------------------------------------------------------------
# 12. 书记大接访活动接访台账, after a news report of the 县市区委书记大接访 (建立接访台账, 明确专班、明确责任、明确处理
# 意见、明确时限解决到位; 每月26日为接访日; 每一个信访问题都要确定包案领导和责任单位, 一般信访问题一个月内结案,
# 特别复杂疑难问题3个月内结案“销号”, 书面答复上访人):
# http://m.nakedoat.com/zfjs/2008-04/01/content_933810.htm
# A tab-separated text in UTF-16: title line, header with 接访日期, 来访人 and 包案领导 beside the 责任单位, the limit
# in months from the 接访日期, and a 注 line.
VISIT_ROWS = [
    (
        "2024-06-26",
        "张某某",
        "反映城东村宅基地被邻居侵占",
        "刘副县长",
        "濮阳县人民政府",
        "依法调解处理",
        "1个月内",
        "已结案，书面答复上访人，上访人签署满意意见",
    ),
    (
        "2024-06-26",
        "李某某等5人",
        "反映农贸市场拆迁后临时摊点被拆除影响经营",
        "市商务局局长",
        "市商务局",
        "协调过渡经营场地",
        "1个月内",
        "正在协调过渡经营场地",
    ),
    (
        "2024-06-26",
        "王某某",
        "反映原国企改制时养老保险未足额缴纳",
        "市人社局局长",
        "市人社局",
        "成立专班核查",
        "3个月内",
        "已成立专班，正在核查历年缴费记录",
    ),
    (
        "2024-06-26",
        "赵某某",
        "反映小区集中供暖费收取标准不合理",
        "市城管局局长",
        "市城管局",
        "核查收费标准",
        "1个月内",
        "逾期未办",
    ),
    (
        "2024-07-26",
        "孙某某",
        "反映子女小学入学学位分配问题",
        "市教育局局长",
        "市教育局",
        "按政策答复",
        "1个月内",
        "",
    ),
    (
        "2024-07-26",
        "周某某",
        "反映征地补偿款被村干部截留",
        "清丰县委副书记",
        "清丰县人民政府",
        "移交纪检监察机关",
        "3个月内",
        "已移交县纪委监委调查",
    ),
]


def write_visits(path: Path) -> Path:
    lines = [
        "书记大接访活动接访台账（2024年6—7月）",
        "接访日期\t来访人\t反映问题\t包案领导\t责任单位\t处理意见\t办理时限\t办理结果",
    ]
    lines += ["\t".join(row) for row in VISIT_ROWS]
    lines.append(
        "注：办理时限自接访日期起计算，一般信访问题1个月内结案，复杂疑难问题3个月内结案并书面答复上访人。"
    )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("2024年度市级挂牌督办重大事故隐患整改进展表.xlsx", write_hazard),
    ("第二季度城乡环境卫生综合整治督查通报.xls", write_sweep),
    ("督察回头看提级督办案件办理情况的报告.docx", write_env_cases),
    ("文留镇巡察反馈意见整改进展情况的通报.doc", write_patrol),
    ("市十届人大三次会议代表建议办理情况一览表.xlsx", write_npc),
    ("重点民生实事项目最新进展（7月底）.ods", write_livelihood),
    ("市政协十届三次会议提案办理情况.csv", write_cppcc),
    ("7月份市民热线工单办理情况（市直部门、县区）.zip", write_hotline),
    ("市水务局审计整改台账.et", write_audit),
    ("胜利路街道创城自检自查自改整改台账.xlsx", write_civic),
    ("政企圆桌会企业反映问题办理落实情况表.wps", write_roundtable),
    ("书记大接访接访台账.tsv", write_visits),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

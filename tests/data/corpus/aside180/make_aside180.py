"""Write the aside180 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 民族宗教 (宗教活动场所、民族团结进步), 侨务 (涉侨信访、归侨侨眷权益保护), 退役军人服务与双拥 (服务站创建、
光荣院、烈士纪念设施、优抚资金、巡察和督查反馈). Contents are made up; the statistics date is 2024-07-31.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, a two-row header), .ods and .et (LibreOffice conversions
of an .xlsx), a CSV in UTF-8 with BOM, a .docx whose items are numbered paragraphs, a .doc with a table and a .wps
(Word 97 via LibreOffice, prose and a table), and a .zip of two returns (an .xlsx and a .docx).

Run from this folder: python make_aside180.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs write the same bytes.
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
CREATED = datetime(2024, 7, 30, 10, 20, 0)
ZIP_TIME = (2024, 7, 30, 10, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {
                "bold": True,
                "font_size": 16,
                "font_name": "方正小标宋简体",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "仿宋_GB2312"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "仿宋_GB2312"})
        self.center = add(
            {
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "仿宋_GB2312",
            }
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.cnday = add(
            {"border": 1, "num_format": 'yyyy"年"m"月"d"日"', "align": "center", "valign": "vcenter"}
        )

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


def _xf(bold=False, border=True, center=False, wrap=True, size=11, date_format: str | None = None):
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
    if date_format:
        style.num_format_str = date_format
    return style


# =============================================================================================
# 1. 民族宗教领域“大排查、大整治、大提升”, after a district's 统战部/民宗局 joint check with 公安、消防、自然资源 of
# its 45 宗教活动点 against the 80 items of a 宗教活动场所安全整治工作检查表 (共性问题7个，个性问题110处，较为突出的
# 问题3处; the campaign covers 安全生产、意识形态、国家安全、社会稳定、民族团结、网络安全, 形成问题清单、列出整改时限):
# https://www.jintan.gov.cn/html/czjt/2020/IJMNQALM_0427/149635.html
# An .xlsx: title, 填报单位/排查时间/填报日期 line, a line naming the 检查表 and the joint units (inspectors), a
# two-row header (整改落实 merged over three columns) with a 排查类别 and an 排查日期 per row, the 责任单位 being a
# site, a township or the bureau itself; a 合计 row and a 填表人 line.
CLEAR_ROWS = [
    (
        "安全生产",
        "清丰县福胜寺",
        date(2024, 6, 18),
        "大殿内香烛燃放点距木质供桌不足1米，未设置防火隔离",
        "移设香烛燃放点，加装金属防火隔离罩",
        "2024年7月10日",
        "已整改",
        date(2024, 7, 8),
    ),
    (
        "安全生产",
        "清丰县城关镇基督教堂",
        date(2024, 6, 18),
        "聚会大厅仅设一个安全出口，疏散通道堆放桌椅",
        "清理疏散通道，增设一处安全出口",
        "8月31日前",
        "疏散通道已清理，新增安全出口正在施工",
        None,
    ),
    (
        "安全生产",
        "清丰县马庄桥镇清真寺",
        date(2024, 6, 20),
        "厨房液化气钢瓶与灶具同室存放，未安装燃气泄漏报警装置",
        "气瓶移至独立气瓶间，安装燃气泄漏报警器",
        "立行立改",
        "已安装报警器，气瓶已移出厨房",
        date(2024, 6, 20),
    ),
    (
        "民族团结进步",
        "清丰县韩村镇人民政府",
        date(2024, 6, 21),
        "少数民族流动人口服务管理台账未建立，底数不清",
        "入户摸排，建立少数民族流动人口信息台账并按季度更新",
        "2024年9月30日",
        "正在入户摸排登记",
        None,
    ),
    (
        "意识形态",
        "清丰县佛教协会",
        date(2024, 6, 24),
        "宗教团体微信公众号发布内容未落实“三审三校”制度",
        "建立公众号内容审核制度，明确审核责任人",
        "2024年7月15日",
        "已建立审核制度并报县民宗局备案",
        date(2024, 7, 12),
    ),
    (
        "安全生产",
        "清丰县六塔乡天主教堂",
        date(2024, 6, 25),
        "东侧附属用房墙体开裂，经初步判定属C级危房仍在使用",
        "委托房屋安全鉴定，根据鉴定结论加固或拆除",
        "2024年10月31日",
        "尚未启动",
        None,
    ),
    (
        "网络安全",
        "清丰县民族宗教事务局",
        date(2024, 6, 26),
        "宗教活动场所视频监控未接入县级监管平台",
        "分批将场所视频监控接入县“雪亮工程”平台",
        "年底前",
        "已接入12处，其余场所正在推进",
        None,
    ),
    (
        "社会稳定",
        "清丰县仙庄镇人民政府",
        date(2024, 6, 27),
        "辖区私设聚会点1处未及时劝散，未纳入网格化管理",
        "依法劝散，纳入网格员日常巡查范围",
        "2024年7月20日",
        "",
        date(2024, 7, 18),
    ),
]


def write_clear(path: Path) -> Path:
    b = Book(path, author="清丰县民宗局")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 12, 22, 12, 36, 32, 14, 26, 14])
    b.line(ws, 0, "清丰县民族宗教领域“大排查、大整治、大提升”专项行动问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共清丰县委统战部（清丰县民族宗教事务局）    排查时间：2024年6月17日至6月28日"
        "    填报日期：2024年7月26日",
        8,
    )
    b.line(
        ws,
        2,
        "县民宗局联合县公安局、县消防救援大队、县自然资源局，对照《宗教活动场所安全整治工作检查表》"
        "80项内容，对全县46处宗教活动场所及相关乡镇逐项排查。",
        8,
    )
    for c, word in enumerate(["序号", "排查类别", "责任单位", "排查日期", "存在问题", "整改措施"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 8, "整改落实", b.head)
    b.header(ws, 4, ["整改时限", "整改进展", "完成时间"], first=6)
    for i, (kind, unit, day, problem, measure, limit, progress, done) in enumerate(CLEAR_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [kind, unit], first=1)
        b.put(ws, r, 3, day, b.day)
        b.row(ws, r, [problem, measure, limit, progress], first=4)
        b.put(ws, r, 8, done, b.day if done else b.cell)
    end = 5 + len(CLEAR_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "排查宗教活动场所46处，发现问题8个，已完成整改4个，正在整改3个，未整改1个")
    b.line(ws, end + 2, "填表人：郭志强    审核人：李红霞    联系电话：0393-7221456", 8)
    return b.close()


# =============================================================================================
# 2. 偏远小宗教活动场所“四不两直”检查, after a city 统战部/宗教局 check group's visit of 21 remote sites (检查问题
# 清单12类59项; 以问题清单形式向属地民宗局进行反馈，明确整改要求与时限，实行销号管理; 属地民宗局要指导场所做好
# 问题整改):
# http://mw.siping.gov.cn/spzj/202508/t20250827_746617.html
# An .xls (Excel 97, xlwt): title, 检查时间/反馈对象 line, a two-row header whose last two columns sit under
# 整改落实（属地民宗局填写）, a 责任单位 column naming the county bureau, 销号 as the closure column, a 注 line and a
# 填表人 line.
REMOTE_ROWS = [
    (
        "南乐县",
        "南乐县千口镇基督教聚会点",
        "场所管理",
        "未设立监事，民主管理组织成员名单未公示",
        "按规定设立监事并公示管理组织成员",
        "2024年7月31日",
        "南乐县民族宗教事务局",
        "已设立监事并公示",
        "已销号",
    ),
    (
        "范县",
        "范县杨集乡关帝庙",
        "消防安全",
        "灭火器3具过期未更换，未明确消防安全责任人",
        "更换灭火器，明确消防安全责任人",
        "2024年7月15日",
        "范县民族宗教事务局",
        "已更换灭火器，消防安全责任人正在确定",
        "",
    ),
    (
        "台前县",
        "台前县夹河乡清真寺",
        "财务管理",
        "捐赠收入未使用统一票据，财务收支未定期公示",
        "使用统一捐赠票据，按季度公示财务收支",
        "2024年8月15日",
        "台前县民族宗教事务局",
        "未整改",
        "",
    ),
    (
        "濮阳县",
        "濮阳县户部寨镇天主教堂",
        "宗教活动",
        "举行大型宗教活动未按规定提前报备",
        "组织场所负责人学习《宗教活动场所管理办法》，建立活动报备登记簿",
        date(2024, 7, 20),
        "濮阳县民族宗教事务局",
        "已建立报备登记簿",
        "已销号",
    ),
    (
        "清丰县",
        "清丰县大屯乡兴国寺",
        "建设管理",
        "未经批准在院内新建彩钢板房1间",
        "依法拆除违规建筑",
        "2024年8月31日",
        "清丰县民族宗教事务局",
        "已下达整改通知书，正在协调拆除",
        "",
    ),
    (
        "华龙区",
        "华龙区岳村镇基督教聚会点",
        "人员管理",
        "教职人员信息未录入宗教教职人员备案系统",
        "补录教职人员备案信息",
        date(2024, 7, 10),
        "华龙区民族宗教事务局",
        "已补录",
        "已销号",
    ),
    (
        "范县",
        "范县白衣阁乡清真寺",
        "安全管理",
        "电气线路私拉乱接，配电箱无漏电保护装置",
        "更换配电箱，规范敷设电气线路",
        "2024年7月25日",
        "范县民族宗教事务局",
        "",
        "",
    ),
]


def write_remote(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("问题清单")
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    head = _xf(bold=True, center=True)
    cell = _xf()
    mid = _xf(center=True)
    day = _xf(center=True, date_format="yyyy年m月d日")
    for c, w in enumerate([6, 10, 24, 10, 34, 30, 14, 22, 26, 10]):
        ws.col(c).width = w * 256
    ws.write_merge(0, 0, 0, 9, "全市偏远小宗教活动场所“四不两直”检查问题清单（第二检查组）", title)
    ws.write_merge(
        1,
        1,
        0,
        9,
        "检查时间：2024年7月2日至7月4日    反馈对象：各县（区）民族宗教事务局    "
        "整改时限届满后由检查组复核销号",
        plain,
    )
    for c, word in enumerate(
        ["序号", "县（区）", "场所名称", "问题类别", "问题描述", "整改要求", "整改时限", "责任单位"]
    ):
        ws.write_merge(2, 3, c, c, word, head)
    ws.write_merge(2, 2, 8, 9, "整改落实（属地民宗局填写）", head)
    ws.write(3, 8, "整改情况", head)
    ws.write(3, 9, "销号情况", head)
    for i, row in enumerate(REMOTE_ROWS, 1):
        r = 3 + i
        ws.write(r, 0, i, mid)
        for c, v in enumerate(row, start=1):
            if isinstance(v, date):
                ws.write(r, c, datetime(v.year, v.month, v.day), day)
            else:
                ws.write(r, c, v, mid if c in (1, 9) else cell)
    end = 4 + len(REMOTE_ROWS)
    ws.write_merge(
        end,
        end,
        0,
        9,
        "注：整改情况由属地民宗局填写，整改完成后报检查组复核，复核通过的填写“已销号”。",
        plain,
    )
    ws.write_merge(
        end + 1, end + 1, 0, 9, "填表人：韩晓东    联系电话：0393-4896512    填报日期：2024年7月29日", plain
    )
    book.save(str(path))
    return path


# =============================================================================================
# 3. 烈士纪念设施管理保护现场督查, after a city 退役军人事务局's 专班 that looked at every 烈士纪念设施 before 清明
# (对存在的问题进行登记，对共性和个性问题分别进行分析研究，因地制宜提出解决方案，反馈到烈士纪念设施的保护管理
# 单位，要求限期整改到位; 建立长效机制，明确管护责任，健全管理台账):
# http://zy.xiangyang.gov.cn/xwzx/bmdt/202503/t20250328_3785085.shtml
# An .ods (LibreOffice conversion): title, 督查时间/督查专班/填报时间 line, one header row with 保护级别, 保护管理
# 单位, 问题性质 (共性/个性), 解决方案 and the 督查人 (inspector), a 注 line.
MEMORIAL_ROWS = [
    (
        "濮阳市烈士陵园",
        "省级",
        "濮阳市烈士陵园管理中心",
        "烈士墓区部分墓碑碑文字迹褪色、模糊不清",
        "个性",
        "对褪色碑文重新描红",
        "2024年8月31日",
        "已完成西区120座墓碑描红，东区正在进行",
        "周建华",
    ),
    (
        "清丰县烈士陵园",
        "县级",
        "清丰县退役军人事务局",
        "祭扫广场台阶破损，陵园内无无障碍通道",
        "个性",
        "修补台阶，增设无障碍坡道",
        "9月30日前",
        "未开工",
        "周建华",
    ),
    (
        "范县烈士陵园",
        "县级",
        "范县退役军人事务局",
        "未建立日常巡查记录和管护台账",
        "共性",
        "建立巡查制度和管护台账，每周巡查一次",
        "长期坚持",
        "长期坚持",
        "孟凡军",
    ),
    (
        "台前县孙口镇革命烈士纪念碑",
        "零散",
        "台前县孙口镇人民政府",
        "纪念碑周边杂草丛生，有生活垃圾堆放",
        "个性",
        "清理周边环境，落实专人保洁",
        "2024年7月5日",
        "已清理，复查合格",
        "孟凡军",
    ),
    (
        "南乐县烈士陵园",
        "县级",
        "南乐县退役军人事务局",
        "英名墙个别烈士姓名与烈士英名录不一致",
        "个性",
        "核对烈士英名录，更正错误信息",
        "2024年8月15日",
        "已完成核对，正在制作更正铭牌",
        "周建华",
    ),
    (
        "濮阳县八公桥镇烈士墓",
        "零散",
        "濮阳县八公桥镇人民政府",
        "墓体下沉开裂，未设置保护标志",
        "个性",
        "修缮加固墓体，设立保护标志碑",
        "2024年10月31日",
        "",
        "孟凡军",
    ),
    (
        "华龙区孟轲乡革命烈士纪念碑",
        "零散",
        "华龙区孟轲乡人民政府",
        "纪念碑护栏锈蚀，缺少烈士事迹简介牌",
        "个性",
        "更换护栏，设立烈士事迹简介牌",
        "7月20日",
        "已更换护栏并设立简介牌",
        "周建华",
    ),
]


def write_memorial_book(path: Path) -> Path:
    b = Book(path, author="褒扬纪念科")
    ws = b.sheet("督查问题台账")
    b.widths(ws, [6, 24, 8, 22, 34, 8, 28, 14, 28, 10])
    b.line(ws, 0, "濮阳市烈士纪念设施管理保护现场督查问题登记及整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年6月24日至6月28日    督查专班：市退役军人事务局褒扬纪念科    填报时间：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "纪念设施名称",
            "保护级别",
            "保护管理单位",
            "存在问题",
            "问题性质",
            "解决方案",
            "整改期限",
            "整改完成情况",
            "督查人",
        ],
    )
    for i, row in enumerate(MEMORIAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        3 + len(MEMORIAL_ROWS),
        "注：问题性质分共性问题和个性问题；整改完成情况由保护管理单位填写，市局督查专班跟踪复查。",
        9,
    )
    return b.close()


def write_memorial(path: Path) -> Path:
    via_soffice(write_memorial_book, path, "ods", "烈士纪念设施督查问题台账.xlsx")
    return fixed_zip(path)


# =============================================================================================
# 4. 零散烈士纪念设施管护巡视检查, after a county 退役军人事务局's tour of 8 零散烈士纪念设施 in 7 乡镇 (墓体建筑
# 结构有无破损、地基有无沉降、碑墙有无倾斜，周边有无垃圾堆积、杂草丛生，绿化植物是否维护完好; 详细记录, 落实
# 责任和整改期限):
# http://tyjrj.cngy.gov.cn/new/show/20250107161159677.html
# A CSV in UTF-8 (with BOM): a title line, a line stating the check date the 整改期限 in days count from, one
# header line with the 管护责任单位 and the 管护责任人, a 合计 line and a 填表人 line.
SCATTER_ROWS = [
    (
        "文留镇",
        "王庄烈士墓",
        "墓碑碑座松动，碑身倾斜约5度",
        "濮阳县文留镇人民政府",
        "张建国",
        "15日内",
        "已扶正加固",
    ),
    (
        "柳屯镇",
        "柳屯烈士纪念碑",
        "碑文字迹模糊，周边绿化苗木枯死",
        "濮阳县柳屯镇人民政府",
        "李振海",
        "30日内",
        "已补植苗木，碑文描红待天气好转后实施",
    ),
    (
        "庆祖镇",
        "孙庄烈士墓",
        "墓区周边有村民堆放柴草",
        "濮阳县庆祖镇人民政府",
        "王立平",
        "立即整改",
        "已清理",
    ),
    (
        "胡状镇",
        "胡状烈士墓群",
        "排水沟堵塞，雨后墓区积水",
        "濮阳县胡状镇人民政府",
        "赵永刚",
        "15日内",
        "未整改",
    ),
    (
        "海通乡",
        "海通乡革命烈士纪念碑",
        "无日常管护记录，管护人员未落实",
        "濮阳县海通乡人民政府",
        "刘玉民",
        "30日内",
        "",
    ),
    (
        "梁庄镇",
        "梁庄烈士墓",
        "墓区围栏缺失一段，有牲畜进入",
        "濮阳县梁庄镇人民政府",
        "陈国庆",
        "30日内",
        "正在采购围栏材料",
    ),
]


def write_scatter(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县零散烈士纪念设施管护工作巡视检查问题登记表", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "检查单位：濮阳县退役军人事务局；检查日期：2024年7月9日；整改期限自检查之日起计算",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        ["序号", "乡镇", "设施名称", "检查发现问题", "管护责任单位", "管护责任人", "整改期限", "整改情况"]
    )
    for i, row in enumerate(SCATTER_ROWS, 1):
        w.writerow([str(i), *row])
    w.writerow(["合计", "", "共巡查零散烈士纪念设施8处，发现问题6个", "", "", "", "", ""])
    w.writerow(["填表人：杨帆", "", "联系电话：0393-3211026", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# =============================================================================================
# 5. 创建全国示范型退役军人服务站, after a county 退役军人事务局's visit of the 服务对象300人以上村（社区） of one town
# (6 named 社区; 对照创建标准一一指出各站目前存在的问题，并要求立行立改):
# https://www.shaoshang.cn/xinwen/14759.html
# An .xlsx from a 街道 service station: title, 填报单位 line stating the 督导日期 (the base of 立行立改), one header
# row, the 服务站 cell merged down over the station's two problems, 责任人 (people), a station head's signature.
STATION = "华龙区胜利路街道{}社区退役军人服务站"
STATION_ROWS = [
    (
        "京开",
        [
            (
                "服务站“七有”标识不全，缺少荣誉墙和政策公开栏",
                "制作荣誉墙、政策公开栏",
                "立行立改",
                "王海军",
                "已完成",
            ),
            (
                "退役军人信息采集存在漏采，3人未录入系统",
                "入户补采信息并录入系统",
                "2024年7月15日",
                "王海军",
                "已补采录入",
            ),
        ],
    ),
    (
        "绿城",
        [
            (
                "未建立“常联系”工作台账，走访记录不完整",
                "建立常联系台账，每月走访一次",
                "2024年7月31日",
                "李秀兰",
                "正在补充完善",
            ),
        ],
    ),
    (
        "建业",
        [
            (
                "服务站专职工作人员未落实，由网格员兼任",
                "配备专职工作人员1名",
                "2024年8月31日",
                "赵国强",
                "未整改",
            ),
        ],
    ),
    (
        "龙乡",
        [
            (
                "优待证申领进度滞后，申领率仅76%",
                "组织集中办理，为高龄老兵上门服务",
                "2024年8月15日",
                "孙丽",
                "申领率已提升至89%",
            ),
            ("困难退役军人帮扶援助档案不规范", "规范帮扶援助档案，做到一人一档", "2024年7月20日", "孙丽", ""),
        ],
    ),
    (
        "西水坡",
        [
            (
                "服务站场所面积不足30平方米，未设独立接待室",
                "协调社区党群服务中心调整用房",
                "年底前",
                "周鹏",
                "已协调用房，正在装修",
            ),
        ],
    ),
    (
        "胜中",
        [
            ("政策宣传常态化机制未建立", "每季度开展一次退役军人政策宣讲", "长期坚持", "吴志刚", "长期坚持"),
        ],
    ),
]


def write_station(path: Path) -> Path:
    b = Book(path, author="胜利路街道")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 30, 38, 30, 14, 10, 22])
    b.line(ws, 0, "胜利路街道服务对象300人以上社区创建全国示范型退役军人服务站问题整改清单", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市华龙区胜利路街道退役军人服务站    督导日期：2024年7月3日（区退役军人事务局"
        "现场督导反馈）    填报日期：2024年7月25日",
        6,
    )
    b.header(
        ws, 2, ["序号", "服务站", "对照创建标准存在的问题", "整改措施", "整改时限", "责任人", "完成情况"]
    )
    r = 3
    n = 0
    for name, problems in STATION_ROWS:
        first = r
        for problem in problems:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(problem), first=2)
            r += 1
        b.merge(ws, first, 1, r - 1, 1, STATION.format(name))
    b.line(ws, r + 1, "街道退役军人服务站站长：刘建华    联系电话：0393-8812365", 6)
    return b.close()


# =============================================================================================
# 6. 光荣院消防安全联合检查, after a district 民政局 and 消防大队's joint group that checked its 9 养老院 and one
# 社会福利院（光荣院） (当即责令管理人员进行整改; 继续跟踪整改情况，督促院方健全完善及严格落实各项安全制度):
# http://m.yinhu3.com/news/content/2015-05/28/content_2555441.htm
# An .et (WPS spreadsheet; LibreOffice's Excel 97 form under the WPS name): title, 检查单位/检查时间 line stating the
# base of 立即整改, one header row with 隐患部位, 整改责任人 and the 复查人 (inspector), a 填表人 line.
HONOR_ROWS = [
    (
        "濮阳市光荣院",
        "厨房",
        "燃气灶具未安装熄火保护装置",
        "更换带熄火保护装置的灶具",
        "2024年7月20日",
        "马卫东",
        "已更换，复查合格",
        "王涛",
    ),
    (
        "濮阳市光荣院",
        "休养员住宿楼",
        "二楼走廊应急照明灯2盏损坏",
        "更换应急照明灯",
        "2024年7月12日",
        "马卫东",
        "已更换",
        "王涛",
    ),
    (
        "清丰县光荣院",
        "配电室",
        "配电室堆放杂物，未配置灭火器",
        "清理杂物，配置二氧化碳灭火器",
        "2024年7月18日",
        "张秋生",
        "已清理杂物，灭火器已申请采购",
        "",
    ),
    (
        "清丰县光荣院",
        "休养员房间",
        "休养员房间违规使用电热毯、电磁炉",
        "开展消防安全宣传，收缴违规电器",
        "2024年7月15日",
        "张秋生",
        "未整改",
        "李静",
    ),
    (
        "范县光荣院",
        "消防控制室",
        "消防控制室值班人员未持证上岗",
        "组织值班人员参加消防设施操作员培训取证",
        "2024年10月31日",
        "刘长青",
        "已报名参加9月份培训",
        "李静",
    ),
    (
        "台前县光荣院",
        "疏散通道",
        "西侧安全出口被铁锁锁闭",
        "拆除铁锁，保持安全出口畅通",
        "立即整改",
        "高明",
        "",
        "",
    ),
]


def write_honor_book(path: Path) -> Path:
    b = Book(path, author="优抚科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 16, 14, 34, 32, 14, 10, 24, 10])
    b.line(ws, 0, "光荣院消防安全联合检查隐患整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市退役军人事务局、濮阳市消防救援支队    检查时间：2024年7月11日    "
        "填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "隐患部位",
            "隐患内容",
            "整改要求",
            "整改期限",
            "整改责任人",
            "复查情况",
            "复查人",
        ],
    )
    for i, row in enumerate(HONOR_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HONOR_ROWS), "填表人：王涛（市退役军人事务局优抚科）    联系电话：0393-4412088", 8)
    return b.close()


def write_honor(path: Path) -> Path:
    return via_soffice(write_honor_book, path, "xls", "光荣院消防安全联合检查隐患整改情况表.xlsx")


# =============================================================================================
# 7. 涉侨信访事项办理台账, after a district 侨务部门's account of its 涉侨信访 (房屋产权纠纷、侨坟保护、租赁纠纷、户口
# 恢复; 接纳上级交办件和信访局转办件; 专人登记、专人协调; 联合有管辖权的行政部门共同协商，调查处理; 办结率):
# http://www.zjsql.com.cn/index.php?m=content&c=index&a=show&catid=16&id=18419
# An .xlsx: title, 填报单位/统计时段 line stating that 办理期限 counts from 受理日期, one header row with 受理编号,
# 受理日期 (a date cell), 信访人 and 身份 (the complainant), 承办单位 (short and former names), 办理期限 in days,
# 是否办结; a 合计 row and a 填表人 line.
QIAO_ROWS = [
    (
        "QW2024-003",
        date(2024, 3, 12),
        "陈某某",
        "归侨",
        "反映其祖宅被他人长期占用，要求查询确认房屋产权登记情况",
        "房屋产权纠纷",
        "市不动产登记中心",
        "60日内",
        "已调取产权档案并书面答复信访人",
        "是",
    ),
    (
        "QW2024-005",
        date(2024, 4, 8),
        "李某某",
        "侨眷",
        "反映其旅居马来西亚的父亲在范县的祖坟因道路施工被毁",
        "侨坟保护",
        "范县人民政府",
        "60日内",
        "已协调施工单位迁葬，补偿标准正在协商",
        "否",
    ),
    (
        "QW2024-006",
        date(2024, 5, 6),
        "王某某",
        "侨眷",
        "反映出租给他人的临街门面房租金被长期拖欠",
        "租赁纠纷",
        "市司法局",
        "60日内",
        "已组织人民调解，双方达成还款协议",
        "是",
    ),
    (
        "QW2024-007",
        date(2024, 5, 20),
        "张某某",
        "归侨子女",
        "要求恢复其出国定居前被注销的常住户口",
        "户口恢复",
        "市公安局",
        "60日内",
        "",
        "否",
    ),
    (
        "QW2024-009",
        date(2024, 6, 3),
        "刘某某",
        "侨眷",
        "反映华侨捐资兴建的村小学教学楼被挪作他用",
        "侨捐财产保护",
        "清丰县教育局",
        "60日内",
        "已调查核实，正在清退占用",
        "否",
    ),
    (
        "QW2024-010",
        date(2024, 6, 17),
        "赵某某",
        "归侨",
        "反映归侨退休人员待遇未按规定落实",
        "社会保障",
        "市人社局",
        "60日内",
        "已核实并答复",
        "是",
    ),
    (
        "QW2024-012",
        date(2024, 7, 8),
        "孙某某",
        "侨眷",
        "反映其家庭宅基地被村委会重新分配他人",
        "宅基地纠纷",
        "市国土资源局",
        "60日内",
        "正在调查核实",
        "否",
    ),
]


def write_qiao(path: Path) -> Path:
    b = Book(path, author="侨务科")
    ws = b.sheet("涉侨信访台账")
    b.widths(ws, [6, 13, 12, 9, 9, 40, 13, 16, 10, 30, 9])
    b.line(ws, 0, "2024年涉侨信访事项办理情况台账", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：中共濮阳市委统战部（市侨务办公室）    统计时段：2024年1月1日至7月25日    "
        "办理期限按《信访工作条例》自受理之日起计算",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "受理日期",
            "信访人",
            "身份",
            "反映事项",
            "事项类别",
            "承办单位",
            "办理期限",
            "办理情况",
            "是否办结",
        ],
    )
    for i, (no, day, who, kind, matter, cat, unit, limit, progress, closed) in enumerate(QIAO_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, no, b.center)
        b.put(ws, r, 2, day, b.day)
        b.row(ws, r, [who, kind, matter, cat, unit, limit, progress], first=3)
        b.put(ws, r, 10, closed, b.center)
    end = 3 + len(QIAO_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "受理涉侨信访事项7件，办结3件，办结率42.9%")
    b.line(ws, end + 2, "填表人：黄晓燕    联系电话：0393-8990721", 10)
    return b.close()


# =============================================================================================
# 8. 归侨侨眷权益保护, after a 致公党 member's report of four problems in protecting the rights of returned overseas
# Chinese (侨资企业底数不清、没有单独分类; 涉侨基础统计不准、靠推算; 涉侨政策法规宣传不深入; 侨务部门协调涉侨纠纷
# 力不从心、互相推诿):
# http://2www.ygmyxj.com/lxzz/czyz/sqmy/201906/t20190625_55471.htm
# A .docx report whose items are numbered paragraphs (一、二、…), each naming its 牵头单位 (a different unit per
# item, short names as offices write them), its deadline and its progress in sentences; 主送, preamble, closing
# paragraph and the sender and date at the foot.
QIAO_PARAS = [
    "一、侨资企业底数不清。市场主体登记中侨资企业未单独分类，侨资企业数量、行业分布和经营情况无准确统计。"
    "整改措施：由市市场监管局牵头，会同市商务局建立侨资企业名录库，2024年9月底前完成。目前名录初稿已形成，"
    "正在逐户核对。",
    "二、涉侨基础数据掌握不准。华侨华人数量仍沿用早年统计数据逐年推算，新华侨华人底数不明。整改措施：由市委"
    "统战部牵头开展新一轮侨情调查，2024年12月31日前完成。目前尚未启动。",
    "三、涉侨政策法规宣传不深入，部分归侨侨眷不了解自身享有的权益。整改措施：由市司法局牵头，将归侨侨眷权益"
    "保护法纳入“八五”普法重点内容，开展侨法宣传进社区、进侨企活动，此项工作常态化推进。",
    "四、涉侨纠纷调处机制不健全，侨务部门协调有管辖权的职能部门力度不足，个别事项久拖不决。整改措施：由市委"
    "统战部牵头建立涉侨纠纷多元化解联席会议制度，2024年8月底前出台。目前该制度已印发实施。",
    "五、困难归侨侨眷帮扶不到位，清丰县2户散居困难归侨住房条件较差。整改措施：由市住建局牵头，将其纳入农村"
    "低收入群体住房安全保障，2024年10月底前完工。目前1户已完工，另1户正在施工。",
    "六、归侨侨眷子女入学优待政策落实不到位。整改措施：由市教育局负责，完善归侨侨眷子女入学优待办法，"
    "2024年7月31日前印发。",
]


def write_rights(path: Path) -> Path:
    doc = _new_document("统战部侨务科")
    _title(doc, "关于归侨侨眷权益保护工作存在问题整改落实情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "根据市人大常委会《中华人民共和国归侨侨眷权益保护法》执法检查反馈意见和市政协委员反映的问题，"
        "中共濮阳市委统战部（以下简称市委统战部）会同有关部门逐项梳理，明确牵头单位和完成时限，现将整改落实"
        "情况报告如下：",
    )
    for text in QIAO_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我们将持续跟踪各项整改任务，定期调度，确保归侨侨眷合法权益落到实处。")
    _paragraph(doc, "中共濮阳市委统战部", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 9. 巡察反馈意见整改, after a 市委巡察组's 巡察 of the city 退役军人事务局 (退役报到流程“部门多、手续繁、反复跑”;
# 联合行政审批局、医保局等6个部门组建服务联盟，9大业务事项整合为“一件事”办理; 督促民政局完成福利院喷淋、
# 敬老院消防通道):
# https://www.hbjwjc.gov.cn/gzdt/jcdt/153938.htm
# A .doc (Word 97 via LibreOffice): title, 填报单位/填报日期 line, one table whose rows name only the bureau's own
# 科室 (责任科室) and 责任领导, deadlines and progress as text, 填表人 and 盖章 lines.
PATROL_ROWS = [
    (
        "退役士兵报到流程“部门多、手续繁、反复跑”",
        "联合市行政服务中心、市医保局等部门推行退役报到“一件事”办理",
        "移交安置科",
        "李国平",
        "2024年8月31日",
        "已完成9项业务梳理，联办系统正在调试",
    ),
    (
        "优抚对象抚恤补助资金发放审核把关不严",
        "建立优抚对象信息与公安、民政死亡数据每月比对机制",
        "优抚科",
        "王建设",
        "2024年7月15日",
        "已建立比对机制并运行",
    ),
    (
        "烈士纪念设施管护经费使用不规范",
        "开展管护经费专项清理，规范经费使用",
        "褒扬纪念科",
        "王建设",
        "2024年9月30日",
        "未整改",
    ),
    (
        "退役军人就业创业服务精准度不高",
        "建立退役军人就业需求台账，常态化开展专场招聘",
        "就业创业科",
        "李国平",
        "长期坚持",
        "常态化推进",
    ),
    (
        "涉军信访积案化解进度滞后",
        "实行领导包案，逐案制定化解方案",
        "权益维护科",
        "陈志刚",
        "2024年12月31日",
        "已化解3件，剩余2件正在推进",
    ),
    (
        "机关公务接待审批手续不全",
        "修订机关公务接待管理办法",
        "办公室",
        "陈志刚",
        "2024年7月10日",
        "已修订印发",
    ),
    (
        "双拥宣传氛围营造不足，双拥主题公园未建成",
        "协调住建部门推进双拥主题公园建设",
        "双拥工作科",
        "王建设",
        "2024年11月30日",
        "",
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("市退役军人事务局")
    _title(doc, "市退役军人事务局落实市委第二巡察组反馈意见整改台账", 18)
    _paragraph(doc, "填报单位：濮阳市退役军人事务局（盖章）    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(PATROL_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "整改措施", "责任科室", "责任领导", "整改时限", "整改进展"], body)
    _paragraph(doc, "填表人：赵丽    联系电话：0393-4418126", 12)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "巡察反馈意见整改台账.docx")


# =============================================================================================
# 10. 退役军人工作督查反馈问题整改, after a city 退役军人事务工作委员会办公室's 督查 of a district (座谈交流、查阅资料、
# 暗访随访; 退役军人事务局、服务中心、烈士陵园、军休所、街道社区服务站、军创企业; 服务保障体系建设、优抚政策落实、
# 就业创业、双拥、烈士纪念设施管理和军休服务; 重难点信访事项化解; 现场反馈发现问题):
# https://tyjrj.tjbh.gov.cn/contents/13970/582805.html
# A .zip of two county returns: an .xlsx whose rows name only the bureau's own 股室 under 督查事项 headings, and a
# .docx with a table whose 责任单位 column names the bureau, a town and another county bureau.
FAN_ROWS = [
    (
        "服务保障体系建设",
        "部分村级退役军人服务站未落实“五有”要求",
        "逐站核查，补齐人员、场所和制度",
        "服务保障股",
        "2024年9月30日",
        "推进中",
    ),
    (
        "优抚政策落实",
        "重点优抚对象短期疗养未按年度计划组织",
        "制定疗养计划，分两批组织疗养",
        "优抚股",
        "2024年8月31日",
        "未启动",
    ),
    (
        "双拥工作",
        "军人子女入学优待落实情况未建立台账",
        "会同县教育局建立军人子女入学优待台账",
        "双拥股",
        "2024年7月15日",
        "已完成",
    ),
    ("军休服务", "军休干部活动室消防设施老化", "更换活动室灭火器和应急照明", "办公室", "2024年8月15日", ""),
]

TAI_ROWS = [
    (
        "退役军人创业孵化基地入驻企业少，孵化作用发挥不明显",
        "台前县人力资源和社会保障局",
        "2024年12月31日",
        "已新引进2家军创企业入驻，继续招引",
    ),
    (
        "孙口镇退役军人服务站办公场所被其他业务挤占",
        "台前县孙口镇人民政府",
        "2024年7月20日",
        "已腾退，恢复使用",
    ),
    (
        "零散烈士墓保护标志未全覆盖",
        "台前县退役军人事务局",
        "2024年9月30日",
        "已设立保护标志18处，剩余5处正在制作",
    ),
    ("重点涉军信访事项化解不力，1件越级上访未及时稳控", "台前县退役军人事务局", "2024年8月31日", "未整改"),
]


def write_fan_book(path: Path) -> Path:
    b = Book(path, author="范县退役军人事务局")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 36, 34, 12, 14, 12])
    b.line(ws, 0, "2024年度退役军人工作督查反馈问题整改情况", 6, b.title)
    b.line(ws, 1, "填报单位：范县退役军人事务局    督查时间：2024年7月4日    填报日期：2024年7月24日", 6)
    b.header(ws, 2, ["序号", "督查事项", "反馈问题", "整改措施", "责任股室", "完成时限", "整改状态"])
    for i, row in enumerate(FAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(FAN_ROWS), "分管领导：孔祥瑞    填表人：宋佳    联系电话：0393-5361207", 6)
    return b.close()


def write_tai_docx(path: Path) -> Path:
    doc = _new_document("台前县退役军人事务局")
    _title(doc, "台前县退役军人事务局关于督查反馈问题整改情况的报告", 18)
    _paragraph(doc, "市退役军人事务工作领导小组办公室：", 14)
    _paragraph(
        doc,
        "7月5日，市督查组对我县2024年度退役军人工作进行了督查，现场反馈问题4个。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(TAI_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "联系人：马文涛    联系电话：0393-2262319", 12)
    _paragraph(doc, "台前县退役军人事务局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspect(path: Path) -> Path:
    members = [
        ("2024年度退役军人工作督查反馈问题整改情况（范县）.xlsx", write_fan_book),
        ("台前县退役军人事务局督查反馈问题整改情况报告.docx", write_tai_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 11. 优抚资金审计整改, after a county 审计局's report on 直达资金 (县退役军人事务局违规向已死亡优抚对象继续发放抚恤
# 补助金，已扣回一部分、尚有部分未追回; 未按规定标准及金额向优抚对象发放抚恤金; 责令改正，追回上缴县财政):
# http://www.huilai.gov.cn/czsj/czsj/content/post_669220.html
# A .wps (WPS writer; LibreOffice's Word 97 form under the WPS name): title, 主送, a preamble paragraph, one table
# with 涉及金额 and the bureau's own 股室, deadlines and progress as text, the sender and date at the foot.
AUDIT_ROWS = [
    (
        "违规向已死亡优抚对象继续发放抚恤补助金，涉及36人",
        "12.85",
        "优抚股",
        "追回违规发放资金，上缴县财政",
        "2024年8月31日",
        "已追回9.62万元，剩余3.23万元正在追缴",
    ),
    (
        "未按规定标准向部分在乡复员军人发放定期生活补助",
        "3.46",
        "优抚股",
        "按规定标准补发差额",
        "2024年6月30日",
        "已补发到位",
    ),
    (
        "优抚对象信息动态管理不及时，系统数据与实际不符",
        "—",
        "综合股",
        "开展优抚对象数据核查比对",
        "2024年7月31日",
        "已完成核查比对，更新数据214条",
    ),
    ("义务兵家庭优待金发放滞后", "58.20", "财务股", "加快优待金拨付进度", "2024年7月15日", "未整改"),
    ("优抚对象医疗补助报销凭证不完整", "1.27", "优抚股", "补充完善报销凭证", "2024年9月30日", ""),
    (
        "优抚资金专户管理制度不健全",
        "—",
        "财务股",
        "制定优抚资金专户管理办法",
        "2024年9月30日",
        "正在起草管理办法",
    ),
]


def write_audit_docx(path: Path) -> Path:
    doc = _new_document("濮阳县退役军人事务局")
    _title(doc, "濮阳县退役军人事务局关于优抚资金专项审计发现问题整改情况的报告", 18)
    _paragraph(doc, "县审计局：", 14)
    _paragraph(
        doc,
        "2024年5月，县审计局对我局2023年度优抚资金管理使用情况进行了专项审计，指出问题6个。我局高度重视，"
        "召开专题会议逐项研究，明确责任股室和整改期限，现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(AUDIT_ROWS, 1)]
    _table(
        doc,
        ["序号", "审计发现问题", "涉及金额（万元）", "责任股室", "整改措施", "整改期限", "整改情况"],
        body,
    )
    _paragraph(doc, "濮阳县退役军人事务局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_audit(path: Path) -> Path:
    return via_soffice(write_audit_docx, path, "doc", "优抚资金专项审计发现问题整改情况报告.docx")


FILES = [
    ("清丰县民族宗教领域风险隐患大排查问题整改台账.xlsx", write_clear),
    ("偏远小宗教活动场所四不两直检查问题清单.xls", write_remote),
    ("烈士纪念设施管理保护现场督查问题整改台账.ods", write_memorial),
    ("濮阳县零散烈士纪念设施巡视检查问题登记表.csv", write_scatter),
    ("胜利路街道示范型退役军人服务站创建问题整改清单.xlsx", write_station),
    ("光荣院消防安全联合检查隐患整改情况表.et", write_honor),
    ("2024年涉侨信访事项办理情况台账.xlsx", write_qiao),
    ("归侨侨眷权益保护工作存在问题整改落实情况报告.docx", write_rights),
    ("市退役军人事务局巡察反馈意见整改台账.doc", write_patrol),
    ("退役军人工作督查反馈问题整改（范县、台前县）.zip", write_inspect),
    ("优抚资金专项审计发现问题整改情况报告.wps", write_audit),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside100 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ticks under 是/否), .ods and .et (LibreOffice
conversions), a CSV in GBK, a .docx whose items are numbered paragraphs, a .doc with a table, a .wps (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside100.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 校园安全隐患自查报告, after a primary school's 校园安全隐患的自查报告 (认真自查，具体如下; the hazards listed as
# numbered paragraphs 1、2、3、…: 厨房已按要求拆掉、师生午餐没有着落, 校门口马路上没有斑马线, 旧教学楼用电线路及配电设施
# 破旧, 社区的幼儿园在校园里、家长接送要进入校园):
# http://m.beiweimall.com/zichabaogao/3911652.html
# A .docx: title naming the school, preamble paragraph, the items as numbered paragraphs (each with its 处室, measure,
# 整改时限 and progress in sentences), the school and date at the foot.
SCHOOL_PARAS = [
    (
        "1、学校原厨房已按上级要求拆除，师生午餐暂无固定就餐场所。整改措施：由总务处牵头新建标准化食堂，"
        "已完成选址和设计，正在办理立项手续，计划2024年12月底前建成投入使用。"
    ),
    (
        "2、校门口马路上没有斑马线，学生上学放学横穿马路存在安全隐患。整改措施：政教处联系交警部门施划斑马线、"
        "设置减速带和警示牌，整改时限2024年7月15日。目前已施划完毕，整改完成。"
    ),
    (
        "3、旧教学楼用电线路及配电设施老化，部分线路裸露。整改措施：由总务处负责利用暑假更换全部老化线路和配电箱，"
        "8月底前完成。目前尚未启动。"
    ),
    (
        "4、社区幼儿园设在校园内，家长接送需进入校园，人员管控难度大。整改措施：办公室牵头与社区协商另开幼儿园"
        "出入口，实行人员分流，8月31日前完成。目前正在协调中。"
    ),
    (
        "5、教学楼二楼阳台护栏膨胀开裂。整改措施：已拉设警戒线，由总务处组织加固，整改时限2024.7.10。"
        "已加固完毕，经验收合格。"
    ),
    "6、校园监控存在盲区，东侧围墙外无监控覆盖。整改措施：拟由政教处增设监控探头4个，整改时限：2024年9月30日前。",
    "7、部分班级灭火器未按月检查登记。整改措施：由政教处建立灭火器月检登记制度，长期坚持。",
]


def write_school(path: Path) -> Path:
    doc = _new_document("人民路小学")
    _title(doc, "濮阳市华龙区人民路小学关于校园安全隐患的自查报告")
    _paragraph(doc, "区教育局：")
    _paragraph(
        doc,
        "我校认真贯彻落实《关于开展校园安全隐患大排查的通知》要求，扎实开展“平安校园”创建活动。近期，"
        "学校组织总务处、政教处、办公室对校园及周边再次进行了认真自查，现将发现的安全隐患及整改情况报告如下：",
    )
    for text in SCHOOL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我校将持续开展隐患排查，发现一处、整改一处，确保师生安全。")
    _paragraph(doc, "濮阳市华龙区人民路小学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月20日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 餐饮场所燃气安全隐患联合检查, after a district 城建局's joint check with 纪委、公安局、市场局、商务局、应急局、
# 消防大队 and the 街道 (液化气罐使用、燃气报警装置、通风系统、灭火器材; 抽查32家餐饮场所，发现安全隐患13处，
# 能现场整改的现场整改，不能立即整改的在规定期限内完成整改):
# https://e993.com/caijing_6313d27303d243230323_ncehpwi8391566
# An .xlsx: title, 牵头单位/参检单位/检查时间 line, a two-row header (整改落实 over three columns) with the 检查单位
# (the inspector) beside the 整改责任单位, a 合计 row and a 填表人 line.
GAS_ROWS = [
    (
        "濮阳市华龙区老灶台餐饮店",
        "胜利路街道",
        "后厨未安装可燃气体泄漏报警器",
        "市应急管理局",
        "安装可燃气体报警装置并与切断阀联动",
        "2024.7.15",
        "已安装并联动，复查合格",
    ),
    (
        "濮阳鑫源大酒店有限公司",
        "开州路街道",
        "液化气钢瓶存放在地下室操作间",
        "市消防救援支队",
        "钢瓶移出地下室，设置独立气瓶间",
        "7月31日前",
        "正在改造独立气瓶间",
    ),
    (
        "濮阳市华龙区豫香面馆",
        "大庆路街道",
        "燃气软管老化龟裂且长度超过2米",
        "市市场监督管理局",
        "更换金属波纹管",
        "2024.7.12",
        "已更换",
    ),
    (
        "濮阳市华龙区黄河鱼馆",
        "胜利路街道",
        "使用无熄火保护装置的燃气灶具",
        "市市场监督管理局",
        "更换带熄火保护装置的灶具",
        "7月20日前",
        "未整改",
    ),
    (
        "濮阳市聚福楼餐饮管理有限公司",
        "任丘路街道",
        "后厨排烟管道油污积聚未定期清洗",
        "市消防救援支队",
        "清洗排烟管道并建立清洗记录",
        "2024.8.10",
        "",
    ),
    (
        "濮阳市华龙区一品香快餐店",
        "开州路街道",
        "气瓶未固定、无防倾倒措施",
        "市公安局",
        "加装气瓶固定链条",
        "2024.7.18",
        "已加装固定链条，整改完成",
    ),
    (
        "濮阳市华龙区川渝人家火锅店",
        "大庆路街道",
        "从无经营许可的供气点购买瓶装液化气",
        "市商务局",
        "与持证燃气经营企业签订供气合同",
        "2024年8月15日",
        "已约谈经营者，正在办理供气合同",
    ),
]


def write_gas(path: Path) -> Path:
    b = Book(path, author="城建科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 26, 12, 30, 16, 28, 14, 26])
    b.line(ws, 0, "餐饮经营场所燃气安全隐患联合检查问题清单", 7, b.title)
    b.line(
        ws,
        1,
        "牵头单位：濮阳市住房和城乡建设局    参检单位：市纪委监委、市公安局、市市场监督管理局、市商务局、"
        "市应急管理局、市消防救援支队及属地街道    检查时间：2024年7月8日至7月12日",
        7,
    )
    for c, word in enumerate(["序号", "整改责任单位（餐饮场所）", "所在街道", "检查发现问题", "检查单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改要求", "整改期限", "整改情况"], first=5)
    for i, row in enumerate(GAS_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GAS_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 7, "共抽查餐饮场所32家，发现安全隐患13处，其中现场整改6处，限期整改7处（见上表）"
    )
    b.line(ws, end + 2, "填表人：周文博    联系电话：0393-8101256    填报日期：2024年7月30日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 暑期文化市场专项夜查, after a city 文化市场综合行政执法支队's night check of 网吧、KTV等文娱场所 (违规接纳未成年人,
# 未成年人禁入标识, 曲目库含有违禁歌曲, 消防安全设施; 检查19家，现场发现并督促整改问题5处，对违规经营单位立案调查):
# https://wglj.jiyuan.gov.cn/zwdt/yaowen/t954132.html
# A CSV in GBK: a title line, a line stating the check date the 整改时限 in days count from, a header line, a 合计 line.
NIGHT_ROWS = [
    (
        "网吧",
        "濮阳市极速网络会所",
        "违规接纳未成年人上网",
        "立案调查，责令整改",
        "7日内",
        "已立案处罚，整改到位",
    ),
    (
        "歌舞娱乐",
        "濮阳市金嗓子KTV有限公司",
        "曲目库含有违禁歌曲3首",
        "现场删除，警告",
        "3日内",
        "已删除违禁曲目，复查合格",
    ),
    ("网吧", "濮阳市星空网咖", "未悬挂未成年人禁入标志", "责令整改", "3日内", "未整改"),
    (
        "歌舞娱乐",
        "濮阳市欢乐颂娱乐有限公司",
        "安全出口指示灯损坏，疏散通道堆放酒水",
        "责令整改",
        "7日内",
        "酒水已清理，指示灯正在更换",
    ),
    ("游艺娱乐", "濮阳市动感地带游艺厅", "擅自增加游戏游艺设备未备案", "责令整改", "2024-08-15", ""),
    ("网吧", "濮阳市蓝天网吧", "未核对登记上网人员有效身份证件", "立案调查", "7日内", "已立案，正在调查处理"),
]


def write_night(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["暑期文化市场专项夜查发现问题整改台账"])
    w.writerow(
        ["检查单位：市文化市场综合行政执法支队；检查时间：2024年7月15日夜间；整改时限自检查之日起计算"]
    )
    w.writerow(["序号", "场所类别", "整改责任单位", "发现问题", "处理措施", "整改时限", "整改结果"])
    for i, row in enumerate(NIGHT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "检查网吧、歌舞娱乐场所19家", "发现问题6处", "立案2起", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 水库防洪调度和汛限水位执行监督检查, after a provincial 水资源管理局's unannounced check (暗访, 四不两直; 水库防洪调度、
# 汛限水位执行及报汛任务执行; 向上级水行政主管部门反馈发现的问题，提出整改建议，督促水库管理单位及时整改):
# http://slt.gd.gov.cn/zsdw_2021/gdsyxszyglj/jjzx/jjdt/content/post_3953523.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是否完成整改 over 是/否 (ticks √), a 合计 row, a 注 line
# and a 填表人 line.
RESERVOIR_ROWS = [
    (
        "彭楼水库",
        "汛限水位执行",
        "主汛期库水位超汛限水位0.3米运行",
        "市水务局",
        "2024年7月10日",
        "√",
        "",
        "已降至汛限水位以下",
    ),
    (
        "金堤河调蓄水库",
        "防洪调度",
        "未按批复的汛期调度运用计划执行",
        "濮阳县水利局",
        "7月底前",
        "",
        "√",
        "正在修订调度规程",
    ),
    ("张庄水库", "报汛任务", "雨水情报汛数据未按时报送", "台前县水利局", "2024.7.5", "√", "", ""),
    ("马颊河橡胶坝", "巡查值守", "值班记录不完整，夜间无人值守", "清丰县水利局", "2024.7.15", "", "√", ""),
    (
        "西水坡调节池",
        "防汛物资",
        "防汛抢险物资储备不足，编织袋数量不够",
        "市水利局",
        "6月30日前完成",
        "√",
        "",
        "已补充编织袋5000条",
    ),
    ("渠村引黄闸", "安全监测", "闸室安全监测设施损坏未修复", "濮阳县水利局", "2024年8月31日", "", "", ""),
    (
        "南小堤水库",
        "预案编制",
        "大坝安全管理应急预案未按规定修订",
        "范县水利局",
        "9月30日前",
        "",
        "",
        "已委托编制单位修订，初稿已完成",
    ),
]


def write_reservoir(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "水库防洪调度和汛限水位执行监督检查发现问题整改台账", t, 0, 8),
        (1, 0, "填报单位：濮阳市水利局（盖章）    填报日期：2024年7月29日", plain, 1, 8),
    ]
    for col, word in enumerate(
        ["序号", "水库（工程）名称", "问题类别", "发现问题", "整改责任单位", "整改时限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 6, "是否完成整改", h, 2, 7),
        (3, 6, "是", h),
        (3, 7, "否", h),
        (2, 8, "整改情况说明", h, 3, 8),
    ]
    for i, row in enumerate(RESERVOIR_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 6, 7) else c))
    r = 4 + len(RESERVOIR_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "反馈问题7个", c, r, 8),
        (
            r + 1,
            0,
            "注：已完成整改的在“是”栏打√，未完成的在“否”栏打√，并在“整改情况说明”栏写明进展。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：马晓峰    审核人：陈立新    联系电话：0393-8911062", plain, r + 2, 8),
    ]
    return _write_xls(path, [("整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 5. 明察暗访发现作风问题通报, after a district 纪委's account of its 干部作风专项突击督查 (明察暗访组; 不打招呼、
# 不定路线、直插末端; 上班时间去向不明、迟到早退、看视频、玩手机; 违反中央八项规定精神问题; 严肃处理并公开曝光):
# https://www.gxjjw.gov.cn/mobile/article.php?articleid=130065
# A .doc (Word 97 via LibreOffice): title, 主送 and preamble stating the date the 工作日 count from, a table with the
# 暗访组 (the inspector) beside the 责任单位, 整改时限 partly in working days, the office and date at the foot.
STYLE_ROWS = [
    (
        "第一暗访组",
        "市不动产登记中心",
        "上班时间窗口2名工作人员去向不明",
        "10个工作日内",
        "已整改，对相关人员诫勉谈话",
    ),
    (
        "第一暗访组",
        "市住房公积金管理中心",
        "工作人员上班时间用手机看视频",
        "10个工作日内",
        "正在开展作风纪律专题教育",
    ),
    ("第二暗访组", "城关镇人民政府", "考勤记录与实际到岗情况不符", "7月底前", "未整改"),
    ("第二暗访组", "市行政服务中心", "窗口服务人员态度生硬，一次性告知不到位", "7月底前", ""),
    ("第三暗访组", "市卫计委", "公务用车未按规定停放在指定场所", "2024年7月20日", "已整改到位"),
    ("第三暗访组", "王助镇人民政府", "节假日值班人员脱岗", "常态化推进", "常态化推进"),
    ("第三暗访组", "市残联", "违规发放节日慰问品", "2024年8月31日", "已收回慰问品，正在追究相关人员责任"),
]


def write_style_docx(path: Path) -> Path:
    doc = _new_document("纪委党风室")
    _title(doc, "关于2024年第二轮作风建设明察暗访发现问题的通报")
    _paragraph(doc, "各乡镇，市直各单位：")
    _paragraph(
        doc,
        "按照市委关于持续深化作风建设的部署，市纪委监委抽调人员组成3个明察暗访组，采取不打招呼、不定路线、"
        "直插末端的方式，对34个单位工作纪律和作风情况进行了暗访。现将发现的问题通报如下，请各责任单位"
        "按时限整改并书面反馈。整改时限自本通报印发之日（2024年7月10日）起计算。",
    )
    body = [[str(i), *row] for i, row in enumerate(STYLE_ROWS, 1)]
    _table(doc, ["序号", "暗访组", "责任单位", "发现问题", "整改时限", "整改反馈情况"], body)
    _paragraph(doc, "濮阳市纪委监委党风政风监督室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月10日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_style(path: Path) -> Path:
    return via_soffice(write_style_docx, path, "doc", "作风建设明察暗访发现问题通报.docx")


# ---------------------------------------------------------------------------------------------
# 6. 高标准农田建设工程质量“回头看”问题整改台账, after an account of the 高标准农田建设工程质量“回头看”和专项整治行动
# (大起底、大排查、大整治; 对2019年以来新实施的项目全覆盖摸查整改; 消除存量问题; 建后管护、建章立制):
# http://ccnjjl.jlnongji.cn/info.asp?id=268717
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with a 销号情况 column beside 整改进展,
# deadlines as schedule texts, month ranges and quarters, a 填表说明 line and a signature line.
FARM_ROWS = [
    (
        "2021年濮阳县高标准农田建设项目",
        "渠村乡",
        "灌排设施",
        "机井配套泵房墙体开裂",
        "濮阳县农业农村局",
        "拆除重建泵房",
        "2024年6月30日",
        "已完成",
        "已销号",
    ),
    (
        "2022年清丰县高标准农田建设项目",
        "马庄桥镇",
        "田间道路",
        "生产路路面破损长度约800米",
        "清丰县马庄桥镇人民政府",
        "修复破损路面",
        "8月底前完成基层处理，9月底前全部完成",
        "正在施工",
        "未销号",
    ),
    (
        "2020年南乐县高标准农田建设项目",
        "谷金楼乡",
        "建后管护",
        "管护主体不明确，管护经费未落实",
        "南乐县谷金楼乡人民政府",
        "明确村集体管护责任，落实管护经费",
        "长期坚持",
        "已建立管护制度，长期坚持",
        "",
    ),
    (
        "2021年范县高标准农田建设项目",
        "陈庄镇",
        "灌排设施",
        "排水沟淤积堵塞约1.2公里",
        "范县陈庄镇人民政府",
        "清淤疏浚",
        "2024年8-9月",
        "未启动",
        "未销号",
    ),
    (
        "2022年台前县高标准农田建设项目",
        "打渔陈镇",
        "输配电",
        "变压器被盗未补装",
        "台前县农业农村局",
        "补装变压器并加装防盗设施",
        "2024.7.20",
        "基本完成，待验收",
        "",
    ),
    (
        "2023年华龙区高标准农田建设项目",
        "岳村镇",
        "工程质量",
        "新建桥涵护坡混凝土强度不达标",
        "市农委",
        "责令施工单位返工",
        "2024年10月底前",
        "",
        "",
    ),
    (
        "2021年濮阳县高标准农田建设项目",
        "海通乡",
        "灌排设施",
        "地埋管道漏水，出水口损坏12处",
        "濮阳县海通乡人民政府",
        "更换损坏出水口",
        "2024年7月15日",
        "正在整改",
        "已验收合格，已销号",
    ),
    (
        "2020年清丰县高标准农田建设项目",
        "高堡乡",
        "土地平整",
        "部分地块平整度不达标，雨后积水严重",
        "清丰县高堡乡人民政府",
        "重新平整土地",
        "第三季度",
        "已完成方案设计",
        "未销号",
    ),
]


def write_farm_book(path: Path) -> Path:
    b = Book(path, author="农田建设科")
    ws = b.sheet("回头看台账")
    b.widths(ws, [6, 28, 10, 10, 30, 22, 22, 22, 18, 16])
    b.line(ws, 0, "高标准农田建设工程质量“回头看”发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市农业农村局（盖章）    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "所在乡镇",
            "问题类型",
            "问题描述",
            "整改责任单位",
            "整改措施",
            "计划完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(FARM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FARM_ROWS)
    b.line(ws, end + 1, "填表说明：整改完成并经县级验收合格的，在“销号情况”栏填写“已销号”。", 9)
    b.line(ws, end + 2, "负责人：郭建设    填表人：韩雪    联系电话：0393-4412378", 9)
    return b.close()


def write_farm(path: Path) -> Path:
    via_soffice(write_farm_book, path, "ods", "高标准农田回头看问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 道路运输企业安全隐患联合检查, after a county's joint check by 交警大队、交通运输局 and 安监局 of the 汽车站 and
# 运输企业 (大客车安全带被放在座位下面，安全锤、灯光、前风挡玻璃存在问题，灭火器压力值不够; 下达隐患整改通知书，
# 限期整改):
# http://hdzc.net/html/news/area/jizexian/2017_06/15/206214827.html
# An .et (Excel 97 via LibreOffice): title, 检查单位 line, one header row with the 整改通知书 number, its 下达日期 and a
# 整改期限 partly in (working) days from it, the 复查人 (an inspector) beside the 复查情况, a 填报人 line.
TRANSPORT_ROWS = [
    (
        "濮阳市汽车客运总站有限公司",
        "豫J·A1234",
        "乘客座椅安全带被收在座位下面",
        "交通安隐〔2024〕31号",
        date(2024, 7, 3),
        "5个工作日",
        "复查合格",
        "张强",
    ),
    (
        "众意公交公司",
        "豫J·B5678",
        "车载灭火器压力值不足",
        "交通安隐〔2024〕32号",
        date(2024, 7, 3),
        "2024.7.5",
        "已更换，复查合格",
        "李明",
    ),
    (
        "濮阳市顺达运输有限公司",
        "豫J·C2468",
        "车内安全锤缺失2把",
        "交通安隐〔2024〕33号",
        date(2024, 7, 4),
        "10日内",
        "",
        "王伟",
    ),
    (
        "濮阳市汽车客运总站有限公司",
        "—",
        "站内行包安检仪故障，进站行包未安检",
        "交通安隐〔2024〕34号",
        date(2024, 7, 3),
        "2024年7月31日",
        "设备已报修，厂家正在维修",
        "赵刚",
    ),
    (
        "濮阳市恒通危险货物运输有限公司",
        "豫J·D1357",
        "动态监控人员未持证上岗",
        "交通安隐〔2024〕35号",
        date(2024, 7, 5),
        "8月15日前",
        "复查未通过，未整改",
        "孙丽",
    ),
    (
        "众意公交公司",
        "豫J·E9753",
        "前风挡玻璃有裂纹",
        "交通安隐〔2024〕36号",
        date(2024, 7, 5),
        "5个工作日",
        "正在更换风挡玻璃",
        "刘洋",
    ),
]


def write_transport_book(path: Path) -> Path:
    b = Book(path, author="运输科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 12, 32, 20, 12, 14, 24, 10])
    b.line(ws, 0, "道路运输企业安全隐患联合检查整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：市交通运输局、市公安局交通管理支队、市应急管理局    检查时间：2024年7月3日至7月5日"
        "    整改期限自整改通知书下达之日起计算",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查企业",
            "车辆号牌",
            "隐患内容",
            "整改通知书编号",
            "下达日期",
            "整改期限",
            "复查情况",
            "复查人",
        ],
    )
    for i, row in enumerate(TRANSPORT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws, 4 + len(TRANSPORT_ROWS), "填报人：高永强    联系电话：0393-6629018    填报日期：2024年7月30日", 8
    )
    return b.close()


def write_transport(path: Path) -> Path:
    return via_soffice(write_transport_book, path, "xls", "道路运输企业安全隐患联合检查整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. “九小场所”火灾隐患整改登记, after a county 消防救援大队's check of the “九小场所” (小饭店、小超市; 疏散通道和安全
# 出口、应急照明和疏散指示标志、灭火器配置、违规用火用电、私拉乱接电线; 员工消防培训不到位，疏散通道堆放杂物，
# 消防器材损坏):
# http://www.cswbszb.com/cswb/pc/paper/c/202510/20/content_1032432.html
# An .xlsx: title, 检查单位/检查日期 line, one header row with the 属地 as 整改责任单位, an 整改完成时间 column that
# records when a hazard was cleared, a 备注 column, a 注 line and a 检查人 line.
FIRE_ROWS = [
    (
        "老李家常菜馆",
        "小饭店",
        "疏散通道堆放杂物",
        "清理杂物",
        "华龙区胜利路街道办事处",
        "2024.7.12",
        "2024.7.11",
        "",
    ),
    (
        "好又多便民超市",
        "小超市",
        "灭火器压力不足，部分已过期",
        "更换灭火器",
        "华龙区中原路街道办事处",
        "2024.7.12",
        "",
        "已购置新灭火器，待更换",
    ),
    (
        "温馨旅馆",
        "小旅馆",
        "应急照明灯损坏，疏散指示标志不亮",
        "维修应急照明和疏散指示标志",
        "华龙区孟轲乡人民政府",
        "7月20日前",
        "",
        "",
    ),
    (
        "新新网吧",
        "小网吧",
        "私拉乱接电线，插线板串接使用",
        "规范敷设电气线路",
        "华龙区胜利路街道办事处",
        "2024.7.10",
        "2024.7.10",
        "",
    ),
    (
        "丽人美容店",
        "小美容店",
        "员工消防培训不到位，不会使用灭火器",
        "组织员工消防培训",
        "华龙区大庆路街道办事处",
        "2024.7.31",
        "",
        "未整改",
    ),
    (
        "宏达五金店",
        "小商店",
        "店内违规住人，住宿与经营场所未分隔",
        "搬离住宿人员或设置防火分隔",
        "华龙区中原路街道办事处",
        "8月15日前",
        "",
        "已下达责令限期改正通知书，店主正在联系搬迁",
    ),
    (
        "阳光托管班",
        "小托管机构",
        "安全出口上锁",
        "开启安全出口",
        "华龙区孟轲乡人民政府",
        "2024.7.9",
        "2024.7.9",
        "",
    ),
]


def write_fire(path: Path) -> Path:
    b = Book(path, author="防火监督科")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 16, 12, 30, 24, 22, 12, 14, 26])
    b.line(ws, 0, "“九小场所”消防安全检查火灾隐患整改登记表", 8, b.title)
    b.line(ws, 1, "检查单位：市消防救援支队防火监督科    检查日期：2024年7月9日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "场所名称",
            "场所类型",
            "火灾隐患",
            "整改措施",
            "整改责任单位",
            "整改期限",
            "整改完成时间",
            "备注",
        ],
    )
    for i, row in enumerate(FIRE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FIRE_ROWS)
    b.line(ws, end + 1, "注：“整改完成时间”由属地街道（乡）复查后填写。", 8)
    b.line(ws, end + 2, "检查人：杜宏亮、孙晓燕    填表日期：2024年7月25日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 敬老院安全隐患大排查大整治, after a city 民政局's 养老服务安全隐患全面大排查大整治行动 (消防设施、电气线路、食品
# 安全、卫生环境; 安全管理制度、应急预案、日常巡查记录; 消防通道不畅、消防器材过期、线路老化; 现场提出整改意见):
# https://szb.shaoyangnews.net/szb/syrb/pc/content/202405/16/content_63077.html
# A .wps (Word 97 via LibreOffice): title, 填报单位 line, one table with the 乡镇 as 责任单位, a 填表说明 and the
# signature lines.
ELDER_ROWS = [
    (
        "濮阳县城关镇敬老院",
        "消防",
        "消防通道堆放杂物不畅通",
        "立即清理",
        "濮阳县城关镇人民政府",
        "2024年7月5日",
        "已清理完毕",
    ),
    (
        "清丰县王助镇敬老院",
        "消防",
        "部分灭火器过期失效",
        "更换过期灭火器",
        "清丰县王助镇人民政府",
        "6月30日前完成",
        "已更换灭火器12具",
    ),
    (
        "濮阳县柳屯镇敬老院",
        "用电",
        "老人居室电气线路老化，存在私拉电线",
        "更换老化线路",
        "濮阳县柳屯镇人民政府",
        "2024年9月底前",
        "已完成预算，正在招标",
    ),
    ("濮阳市社会福利院", "食品安全", "食堂留样记录不全", "规范食品留样", "市民政局", "长期坚持", "长期坚持"),
    (
        "濮阳县文留镇敬老院",
        "房屋安全",
        "部分房屋屋面漏雨",
        "维修屋面",
        "濮阳县文留镇人民政府",
        "年底前",
        "未启动",
    ),
    (
        "濮阳县户部寨镇敬老院",
        "消防",
        "未安装独立式感烟火灾探测报警器",
        "安装独立式烟感",
        "濮阳县户部寨镇人民政府",
        "2024.8.20",
        "",
    ),
    (
        "濮阳县徐镇镇敬老院",
        "管理制度",
        "夜间值班人员不足，值班记录缺失",
        "配齐夜班护理员",
        "濮阳县徐镇镇人民政府",
        "7月底前",
        "已整改，新招聘夜班护理员2名已到岗",
    ),
]


def write_elder_docx(path: Path) -> Path:
    doc = _new_document("养老服务科")
    _title(doc, "养老服务安全隐患大排查大整治问题清单", 18)
    _paragraph(doc, "填报单位：濮阳市民政局    填报日期：2024年7月26日", 12)
    body = [[str(i), *row] for i, row in enumerate(ELDER_ROWS, 1)]
    _table(
        doc,
        ["序号", "敬老院名称", "隐患类别", "存在问题", "整改意见", "责任单位", "整改时限", "整改进展"],
        body,
    )
    _paragraph(doc, "填表说明：敬老院由所在乡镇人民政府负责整改，市社会福利院由市民政局负责整改。", 12)
    _paragraph(doc, "填表人：宋丽华    审核人：邢国庆    联系电话：0393-8663417", 12)
    return _save_fixed(doc, path)


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_docx, path, "doc", "养老服务安全隐患大排查问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 10. 医疗机构督导检查反馈问题整改, after a city 卫健局's 拉网式全覆盖督导检查 of its medical institutions by 12 督导组
# (检查不打招呼; 直接深入村卫生室、个体诊所; 能够立即整改的督促现场整改到位，问题较多无法立即整改的予以关停):
# http://epaper.hbjjrb.com/jjrb/202203/24/con103606.html
# A .zip of two returns: a hospital's .xlsx (填报单位 line; rows naming only its own 科室, with the 督导组 and its
# 复核意见 beside them) and a township 卫生院's .docx (村卫生室 and 诊所 as 整改责任单位).
HOSPITAL_ROWS = [
    (
        "第三督导组",
        "预检分诊处未严格落实发热患者登记",
        "门诊部",
        "完善预检分诊登记流程",
        "2024.7.10",
        "已整改",
        "复核通过",
    ),
    (
        "第三督导组",
        "医疗废物暂存间未上锁，交接登记不全",
        "院感科",
        "加装门锁，规范交接登记",
        "7月20日前",
        "正在整改",
        "",
    ),
    (
        "第三督导组",
        "部分医务人员手卫生依从性低",
        "护理部",
        "开展手卫生培训，每月抽查",
        "长期坚持",
        "常态化推进",
        "",
    ),
    ("第五督导组", "发热门诊负压设施故障", "总务科", "联系厂家维修负压设施", "2024年8月31日", "未整改", ""),
    ("第五督导组", "诊室消毒记录缺失", "检验科", "补齐消毒记录，专人负责", "2024.7.15", "已完成", ""),
]
CLINIC_ROWS = [
    ("濮阳县渠村乡南马庄村卫生室", "未设置预检分诊点", "现场整改", "2024.7.8", "已整改"),
    ("濮阳县渠村乡渠村集村卫生室", "药品过期未及时清理", "责令整改", "7月15日前", "已整改，建立药品效期登记"),
    (
        "濮阳县渠村乡张氏诊所",
        "超范围执业，开展静脉输液",
        "暂停执业，立案调查",
        "2024年7月31日",
        "已暂停执业，正在立案调查",
    ),
    ("濮阳县渠村乡青庄村卫生室", "医疗废物与生活垃圾混放", "责令整改", "7月20日前", "未整改"),
    ("濮阳县渠村乡后辛庄村卫生室", "消毒登记记录不全", "责令整改", "2024年8月10日", ""),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="医务科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 34, 10, 26, 14, 12, 14])
    b.line(ws, 0, "医疗机构督导检查反馈问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市第三人民医院    填报日期：2024年7月26日", 7)
    b.header(
        ws,
        2,
        ["序号", "督导组", "反馈问题", "责任科室", "整改措施", "整改时限", "完成情况", "督导组复核意见"],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HOSPITAL_ROWS), "负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_clinic_docx(path: Path) -> Path:
    doc = _new_document("渠村乡卫生院")
    _title(doc, "村卫生室及个体诊所督导检查问题整改情况", 18)
    _paragraph(doc, "填报单位：濮阳县渠村乡卫生院    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(CLINIC_ROWS, 1)]
    _table(doc, ["序号", "整改责任单位", "存在问题", "处理措施", "整改时限", "整改结果"], body)
    _paragraph(doc, "填表人：马红梅    联系电话：0393-3518820", 12)
    return _save_fixed(doc, path)


def write_medical(path: Path) -> Path:
    members = [
        ("医疗机构督导检查反馈问题整改台账（市第三人民医院）.xlsx", write_hospital_book),
        ("村卫生室督导检查问题整改情况（渠村乡卫生院）.docx", write_clinic_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 安全生产大检查隐患整改台账, after a state-owned group's 安全生产大检查 (检查组共分八组，分别对集团各二级板块进行
# 检查; 在建工程项目、危大工程、临时用电、消防安全、燃气安全、危化品使用、特种设备; 现场提出整改意见，限期整改，
# 隐患动态清零，闭环管理):
# https://jsycgzw.yancheng.gov.cn/art/2025/4/10/art_493_4312179.html
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 and 闭环销号 over three and two columns) with the 检查组
# and the 复查人 (inspectors) beside the 责任单位, rows naming the group's own 部门 as well as its subsidiaries,
# a 合计 row and a signature line.
GROUP_ROWS = [
    (
        "第一检查组",
        "濮阳市城投建设有限公司",
        "在建工程",
        "深基坑临边防护栏杆缺失约30米",
        "一般",
        "补设防护栏杆",
        "2024.7.12",
        "已完成",
        "王磊",
        "复查合格",
    ),
    (
        "第二检查组",
        "濮阳市城投建设有限公司",
        "临时用电",
        "配电箱未做重复接地，电缆拖地敷设",
        "一般",
        "增设重复接地，电缆架空敷设",
        "7月20日前",
        "整改中",
        "",
        "",
    ),
    (
        "第三检查组",
        "市燃气公司",
        "燃气安全",
        "门站调压区可燃气体检测报警仪超期未校验",
        "较大",
        "送检校验",
        "2024.7.31",
        "未整改",
        "",
        "",
    ),
    (
        "第四检查组",
        "濮阳市保障房开发有限公司",
        "消防安全",
        "地下车库消防水泵控制柜处于手动状态",
        "一般",
        "恢复自动运行状态",
        "2024.7.8",
        "已完成",
        "李娜",
        "复查合格",
    ),
    (
        "第五检查组",
        "集团安全环保部",
        "安全管理",
        "集团安全生产责任清单未及时更新",
        "一般",
        "修订责任清单",
        "2024年8月底前",
        "",
        "",
        "",
    ),
    (
        "第六检查组",
        "濮阳市新材料产业园运营有限公司",
        "危化品",
        "危化品仓库未设置防泄漏围堰",
        "较大",
        "建设防泄漏围堰",
        "第三季度",
        "已完成设计，正在施工",
        "",
        "",
    ),
    (
        "第七检查组",
        "集团办公室",
        "车辆管理",
        "公务车辆安全检查记录不全",
        "一般",
        "建立车辆安全检查台账",
        "长期坚持",
        "长期坚持",
        "",
        "",
    ),
    (
        "第八检查组",
        "濮阳市城投建设有限公司",
        "特种设备",
        "塔吊司机无证上岗",
        "较大",
        "更换持证司机",
        "2024.7.5",
        "已整改",
        "王磊",
        "复查合格",
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="安全环保部")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 12, 26, 10, 32, 8, 24, 14, 20, 10, 10])
    b.line(ws, 0, "2024年二季度安全生产大检查隐患整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市投资集团有限公司（安全环保部）    填报日期：2024年7月30日", 10)
    for c, word in enumerate(["序号", "检查组", "责任单位", "隐患部位", "隐患描述", "隐患等级"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.merge(ws, 2, 9, 2, 10, "闭环销号", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "完成情况", "复查人", "复查结论"], first=6)
    for i, row in enumerate(GROUP_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(GROUP_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 10, "八个检查组共查出隐患8项，其中较大隐患3项")
    b.line(ws, end + 2, "部门负责人：陈志远    填表人：刘佳    联系电话：0393-8198820", 10)
    return b.close()


FILES = [
    ("濮阳市华龙区人民路小学校园安全隐患自查报告.docx", write_school),
    ("餐饮经营场所燃气安全隐患联合检查问题清单.xlsx", write_gas),
    ("暑期文化市场专项夜查发现问题整改台账.csv", write_night),
    ("水库防洪调度和汛限水位执行监督检查问题整改台账.xls", write_reservoir),
    ("关于作风建设明察暗访发现问题的通报.doc", write_style),
    ("高标准农田建设工程质量回头看问题整改台账.ods", write_farm),
    ("道路运输企业安全隐患联合检查整改台账.et", write_transport),
    ("九小场所火灾隐患整改登记表.xlsx", write_fire),
    ("养老服务安全隐患大排查问题清单.wps", write_elder),
    ("医疗机构督导检查问题整改（两家）.zip", write_medical),
    ("2024年二季度安全生产大检查隐患整改台账（市投资集团）.xlsx", write_group),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

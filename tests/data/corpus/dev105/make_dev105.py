"""Write the dev105 returns: ten files (eleven returns) laid out after ten public sources, cited beside each layout.

Campaigns (教育): 校园食品安全, 学生欠费, 校车安全, 教师师德, 课后服务, 校舍安全, 招生入学, 教育收费, 心理健康, 体育设施.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with merged cells down the 乡镇 column), a CSV in UTF-8 with a
BOM, a .docx whose items are numbered paragraphs, a .doc (Word 97 via LibreOffice) whose items are numbered paragraphs,
an .et (Excel 97 via LibreOffice), an .ods (LibreOffice conversion) and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31, the returns are dated July 2024.

Run from this folder: python make_dev105.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on PATH.
Fixed dates inside the files and fixed zip member times make a second run write the same bytes.
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
# 1. 校园食品安全, after a district's 校园食品安全 check that covered every 中小学校食堂, the 校外配餐企业 and the
# 校园周边餐饮单位 (全覆盖检查; 对已经责令整改或已实施过行政处罚的学校食堂“回头看”; 问题隐患整改到位，形成闭环):
# http://mpmpc.cn/wap/index.php?itemid=38701&moduleid=21&page=3
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 merged over 整改结果 and 回头看复查) with the 检查对象类别 and
# the 整改责任单位 (the canteen's school or the enterprise), a 检查日期 column, the 属地市场监管所 at the right, a 合计 row,
# a 注 line and a signature line.
FOOD_ROWS = [
    (
        "学校食堂",
        "濮阳市华龙区绿城路小学",
        date(2024, 6, 11),
        "食品留样量不足125克，留样记录缺少留样人签字",
        "责令整改",
        "2024年6月20日",
        "已按标准留样，补齐签字",
        "复查合格",
        "胜利路市场监管所",
    ),
    (
        "学校食堂",
        "濮阳市第四中学",
        date(2024, 6, 11),
        "后厨防鼠网破损，排水沟出口未加装防鼠设施",
        "责令整改",
        "2024年6月30日",
        "已更换防鼠网",
        "复查未通过，排水沟出口仍未封堵",
        "大庆路市场监管所",
    ),
    (
        "校外配餐企业",
        "濮阳市禾丰餐饮管理有限公司",
        date(2024, 6, 12),
        "配餐车辆未配备保温设施，部分批次从出餐到学生用餐超过2小时",
        "责令整改",
        "7月15日前",
        "已购置保温箱，正在调整配送路线",
        "",
        "开州路市场监管所",
    ),
    (
        "学校食堂",
        "濮阳市华龙区孟轲乡第一初级中学",
        date(2024, 6, 12),
        "3名从业人员健康证明过期仍在岗",
        "责令整改",
        "立行立改",
        "3人已重新体检取得健康证明",
        "复查合格",
        "孟轲市场监管所",
    ),
    (
        "周边餐饮",
        "濮阳市华龙区学苑快餐店",
        date(2024, 6, 13),
        "超许可范围经营冷食类食品，现场销售凉拌菜",
        "警告，责令改正",
        "2024年7月10日",
        "未整改",
        "",
        "胜利路市场监管所",
    ),
    (
        "学校食堂",
        "濮阳市油田第十中学",
        date(2024, 6, 13),
        "学校负责人陪餐记录不全，5月份有11天无陪餐记录",
        "责令整改",
        "长期坚持",
        "长期坚持",
        "",
        "大庆路市场监管所",
    ),
    (
        "学校食堂",
        "濮阳市华龙区昆吾小学",
        date(2024, 6, 14),
        "食品添加剂未实行专柜存放、专人管理",
        "责令整改",
        "2024年6月25日",
        "已设置专柜，指定专人管理",
        "复查合格",
        "开州路市场监管所",
    ),
    (
        "校外配餐企业",
        "濮阳市鑫味源团餐服务有限公司",
        date(2024, 6, 14),
        "大宗食材进货查验记录不完整，部分批次猪肉无动物检疫合格证明",
        "立案调查",
        "2024年8月15日",
        "",
        "",
        "岳村市场监管所",
    ),
    (
        "学校食堂",
        "濮阳市华龙区任丘路小学",
        date(2024, 6, 14),
        "明厨亮灶摄像头损坏2个，凉菜间存在监控盲区",
        "责令整改",
        "2024年8月底前",
        "已报修，维修单位正在排期施工",
        "",
        "胜利路市场监管所",
    ),
]


def write_food(path: Path) -> Path:
    b = Book(path, author="食品安全科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 28, 12, 36, 14, 14, 24, 24, 16])
    b.line(ws, 0, "2024年春季学期校园食品安全全覆盖检查问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区市场监督管理局（盖章）    填报日期：2024年7月29日", 9)
    words = ["序号", "检查对象类别", "整改责任单位", "检查日期", "检查发现问题", "处理措施", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改结果", "回头看复查"], first=7)
    b.merge(ws, 2, 9, 3, 9, "属地市场监管所", b.head)
    for i, row in enumerate(FOOD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FOOD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws, end, 1, end, 9, "检查学校食堂6家、校外配餐企业2家、校园周边餐饮单位1家，发现问题9个，复查合格3个"
    )
    b.line(ws, end + 1, "注：“回头看复查”由属地市场监管所对已责令整改的单位逐一复查后填写。", 9)
    b.line(ws, end + 2, "分管负责人：吕新民    填表人：郑晓雯    联系电话：0393-8326617", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学生欠费清理, after a college's account of its 学生学费清查和征收工作 (辅导员协助财务处; 欠费学生分类: 等待贷款、
# 银行卡遗失未登记置换、家庭突发变故、恶意欠费; 填写《欠费学生交纳学费申报确认表》; 组织现场收缴):
# https://enchantingunicorn.com/cPvQyfD/info/1095/20817.htm
# A CSV in UTF-8 with a BOM: a title line, a 填报单位 line (the college, its 财务处), one header line whose rows name
# only the college's own 二级学院 and 财务处 (the unit is the college), 欠费原因 in the source's four kinds, a 合计
# line, a 填表说明 line and a signature line.
ARREARS_ROWS = [
    (
        "机电工程学院",
        "2021级（毕业生）",
        "2021级毕业生离校时未结清学费、住宿费",
        23,
        52300,
        "家庭经济困难；恶意欠费",
        "辅导员逐人电话催缴，签订还款承诺书",
        "2024年8月31日",
        "已收回9人21400元，其余正在催缴",
    ),
    (
        "医学院",
        "2022级",
        "生源地信用助学贷款未到账，学费暂缓缴纳",
        38,
        171000,
        "等待贷款",
        "核对贷款回执，贷款到账后统一划扣",
        "9月底前",
        "贷款已全部到账，学费已划扣完毕",
    ),
    (
        "信息工程学院",
        "2023级",
        "新生银行卡遗失未登记置换，未能按时扣缴学费",
        6,
        27000,
        "银行卡遗失",
        "补办银行卡并到财务处登记",
        "2024.7.10",
        "已缴清",
    ),
    (
        "经济管理学院",
        "2022级",
        "学生家庭突发变故，无力缴纳本学年学费",
        4,
        18000,
        "家庭突发变故",
        "申请学费减免及临时困难补助",
        "2024年7月20日",
        "",
    ),
    (
        "建筑工程学院",
        "2021级（毕业生）",
        "无正当理由欠费且未申请任何资助",
        11,
        49500,
        "恶意欠费",
        "约谈学生及家长，欠费期间暂缓办理离校手续",
        "2024年7月31日",
        "未缴纳",
    ),
    (
        "艺术学院",
        "2023级",
        "舞蹈表演专业学费标准调整后差额未补缴",
        27,
        32400,
        "其他",
        "发放补缴通知，组织现场收缴",
        "年底前",
        "已组织现场收缴，补缴20人",
    ),
    (
        "财务处",
        "—",
        "学生欠费台账未与学籍系统定期比对，部分欠费数据不准确",
        "",
        "",
        "—",
        "每月与教务处比对一次欠费数据",
        "长期坚持",
        "长期坚持",
    ),
]


def write_arrears(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳职业技术学院2023—2024学年学生欠费清理台账"])
    w.writerow(["填报单位：濮阳职业技术学院（财务处）    填报日期：2024年7月26日"])
    w.writerow(
        [
            "序号",
            "二级学院（部门）",
            "年级",
            "欠费情况",
            "欠费人数",
            "欠费金额（元）",
            "欠费原因",
            "清欠措施",
            "完成时限",
            "清欠进展",
        ]
    )
    for i, row in enumerate(ARREARS_ROWS, 1):
        w.writerow([i, *row])
    people = sum(r[3] for r in ARREARS_ROWS if r[3] != "")
    money = sum(r[4] for r in ARREARS_ROWS if r[4] != "")
    w.writerow(["合计", "", "", "", people, money, "", "", "", ""])
    w.writerow(["填表说明：欠费原因按等待贷款、银行卡遗失、家庭突发变故、恶意欠费、其他五类填写。"])
    w.writerow(["填表人：焦慧敏    审核人：孔德胜    联系电话：0393-4871526"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 校车安全督查, after a district 校车办's 校车安全管理督查 (校车运行重点途经线路的道路状况、校车使用许可和车况、驾驶人
# 资质和照管员履职; 急弯、陡坡、桥梁、临水路段护栏与警示标志标线, 平交路口凸面镜, 错车台, 道路两旁树枝“冒道”;
# 下达隐患整改通知书; 要求责任单位按照网格化校车安全管理要求切实消除隐患):
# https://www.xuanzhou.gov.cn/News/show/1410688.html
# An .xls (xlwt): title, 填报单位/督查时间 line, one header row, the 乡镇 merged down the rows of its route, the 整改通知书
# number and its 下达日期 (the base of a 5个工作日), short names (市交通局, 市交警支队), a 合计 row, a 注 and a 填表人 line.
BUS_ROWS = [
    (
        "濮阳县庆祖镇",
        "庆祖镇中心校—西辛庄线",
        "西辛庄村东急弯处",
        "急弯路段未设置警示标志和减速标线",
        "濮校车隐改〔2024〕07号",
        "濮阳县庆祖镇人民政府",
        "2024年7月15日",
        "已设置警示标志2块、减速标线3道",
    ),
    (
        "濮阳县庆祖镇",
        "庆祖镇中心校—西辛庄线",
        "张堤村南桥梁",
        "临水桥梁两侧护栏缺失约20米",
        "濮校车隐改〔2024〕08号",
        "市交通局",
        "2024年8月31日",
        "已完成设计，正在采购护栏",
    ),
    (
        "清丰县仙庄镇",
        "仙庄镇中心小学—双庙线",
        "仙庄—双庙平交路口",
        "平交路口视线受阻，未安装凸面镜",
        "濮校车隐改〔2024〕09号",
        "清丰县仙庄镇人民政府",
        "7月10日前",
        "已安装凸面镜1面",
    ),
    (
        "清丰县仙庄镇",
        "仙庄镇中心小学—双庙线",
        "北马村段",
        "道路两旁树枝冒道，遮挡校车驾驶人视线",
        "濮校车隐改〔2024〕10号",
        "清丰县仙庄镇人民政府",
        "2024年6月28日",
        "已修剪完毕",
    ),
    (
        "南乐县谷金楼乡",
        "谷金楼乡第一初级中学—前田线",
        "S301与乡道交叉口",
        "校车停靠点设在交叉口50米范围内，上下学时段人车混行",
        "濮校车隐改〔2024〕11号",
        "市交警支队",
        "2024年8月25日",
        "已会同学校选定新停靠点，正在施划标线",
    ),
    (
        "—",
        "濮阳市安顺校车服务有限公司",
        "校车车载终端",
        "3辆校车车载卫星定位装置离线，动态监控不到位",
        "濮校车隐改〔2024〕12号",
        "濮阳市安顺校车服务有限公司",
        "5个工作日",
        "已维修，定位数据恢复上传",
    ),
    (
        "—",
        "濮阳市安顺校车服务有限公司",
        "驾驶人管理",
        "1名校车驾驶人未按期参加年度安全教育培训",
        "濮校车隐改〔2024〕13号",
        "濮阳市安顺校车服务有限公司",
        "2024.7.31",
        "",
    ),
    (
        "台前县打渔陈镇",
        "打渔陈镇中心校—梁集线",
        "金堤河堤顶路段",
        "堤顶路临水一侧未设置防撞墩和警示桩",
        "濮校车隐改〔2024〕14号",
        "台前县打渔陈镇人民政府",
        "2024年10月底前",
        "未启动",
    ),
]
BUS_ISSUED = "2024-06-21"


def write_bus(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 9
    cells = [
        (0, 0, "校车运行线路及车辆安全隐患督查整改台账", t, 0, last),
        (
            1,
            0,
            "填报单位：濮阳市校车安全管理办公室    督查时间：2024年6月17日至6月21日    填报日期：2024年7月29日",
            plain,
            1,
            last,
        ),
    ]
    header = [
        "序号",
        "乡镇（街道）",
        "校车线路（运营单位）",
        "隐患位置",
        "隐患描述",
        "整改通知书编号",
        "下达日期",
        "责任单位",
        "整改时限",
        "整改情况",
    ]
    for col, word in enumerate(header):
        cells.append((2, col, word, h))
    r0 = 3
    # 乡镇 merged down the rows of the same 乡镇 (rows 1-2, 3-4 and 6-7 share one).
    groups = [(0, 1), (2, 3), (4, 4), (5, 6), (7, 7)]
    for first, lastrow in groups:
        town = BUS_ROWS[first][0]
        if first == lastrow:
            cells.append((r0 + first, 1, town, ctr))
        else:
            cells.append((r0 + first, 1, town, ctr, r0 + lastrow, 1))
    for i, row in enumerate(BUS_ROWS):
        r = r0 + i
        cells.append((r, 0, i + 1, ctr))
        line, place, desc, notice, unit, limit, done = row[1:]
        for col, v in zip(
            (2, 3, 4, 5, 6, 7, 8, 9),
            (line, place, desc, notice, BUS_ISSUED, unit, limit, done),
            strict=True,
        ):
            cells.append((r, col, v, ctr if col in (5, 6) else c))
    r = r0 + len(BUS_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "督查校车线路4条、运营单位1家，发现隐患8处，下达整改通知书8份", c, r, last),
        (r + 1, 0, "注：整改时限以工作日计的，自整改通知书下达之日起计算。", plain, r + 1, last),
        (r + 2, 0, "填表人：翟红霞    审核人：葛振华    联系电话：0393-8991375", plain, r + 2, last),
    ]
    return _write_xls(path, [("督查整改台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 违反师德师风典型问题通报, after the 教育部治理办's 通报 of six typical cases of 有偿补课 and their handling
# (each case a numbered heading naming the school and the conduct — 组织开展有偿补课, 收取补课费 … 元 — followed by
# the handling: 责令将违规收取的费用全部退回, 给予行政警告处分):
# http://www.yifen30.com/portal.php?aid=10980&mod=view
# A .docx: title, 主送, preamble, the cases as numbered paragraphs (each naming its 整改责任单位, the deadline and the
# progress in sentences), closing requirements, the office and date at the foot.
ETHICS_PARAS = [
    (
        "1、濮阳县第三中学部分教师组织开展有偿补课问题。2024年3月至5月，该校高二年级数学教师王某、英语教师李某"
        "利用周末在校外租用民房，组织本校32名学生有偿补课，收取补课费共计4.8万元。濮阳县教育局给予王某、李某"
        "降低岗位等级处分，责令将违规收取的费用全部退回。整改责任单位：濮阳县第三中学，限2024年7月15日前完成"
        "全校在职教师有偿补课排查。目前已完成排查，全体教师签订拒绝有偿补课承诺书，整改完成。"
    ),
    (
        "2、清丰县实验小学教师体罚学生问题。2024年4月，该校四年级班主任张某因学生未完成作业，罚学生站立一节课"
        "并用教鞭击打学生手心。清丰县教育局给予张某记过处分，调离班主任岗位。整改责任单位：清丰县实验小学，"
        "在全校开展师德师风专项整顿，8月底前完成。目前专项整顿正在进行中。"
    ),
    (
        "3、南乐县城关镇第一初级中学教师收受学生家长礼金问题。2024年教师节及春节期间，该校教师陈某收受学生家长"
        "微信红包共计2600元。南乐县教育局给予陈某警告处分，所收礼金已全部退还。整改责任单位：南乐县城关镇第一"
        "初级中学，限9月10日前召开全体教师警示教育大会。目前尚未召开。"
    ),
    (
        "4、濮阳市华龙区中原路小学教师诱导学生参加校外培训问题。该校教师周某多次在家长群推荐其亲属开办的培训机构，"
        "诱导12名学生报名参加学科类培训。华龙区教育局对周某进行诫勉谈话，取消其年度评优评先资格。整改责任单位："
        "濮阳市华龙区中原路小学，将师德表现纳入教师年度考核，长期坚持。"
    ),
    (
        "5、范县高码头镇中心小学教师网络发表不当言论问题。2024年6月，该校教师赵某在家长微信群发表侮辱学生人格的"
        "不当言论，造成不良影响。范县教育局给予赵某警告处分。整改责任单位：范县高码头镇中心小学，限2024年7月31日前"
        "向家长公开道歉并规范班级群管理。"
    ),
    (
        "6、台前县第一高级中学违规组织学生集体补课问题。2024年暑假期间，该校组织高三年级学生在校集中补课，"
        "每生收取资料费300元。台前县教育局对该校校长进行约谈，责令该校于7月12日前停止补课并全额清退费用。"
        "整改责任单位：台前县第一高级中学。目前已停止补课，费用已全部清退。"
    ),
    (
        "7、濮阳市第一高级中学教师违规兼职问题。该校教师刘某在校外培训机构兼职授课并获取报酬。市教育局给予刘某"
        "警告处分，已解除其兼职关系。整改责任单位：濮阳市第一高级中学，开展在职教师校外兼职情况全面排查，"
        "10月底前完成。目前排查正在进行。"
    ),
]


def write_ethics(path: Path) -> Path:
    doc = _new_document("教师工作科")
    _title(doc, "关于2024年上半年违反师德师风典型问题查处及整改情况的通报")
    _paragraph(doc, "各县（区）教育局，市直各学校：")
    _paragraph(
        doc,
        "今年以来，市教育局持续开展师德师风专项治理，对群众反映的违反《新时代中小学教师职业行为十项准则》问题"
        "线索逐一核查、严肃处理。现将7起典型问题及查处、整改情况通报如下，请各整改责任单位按时限完成整改，"
        "并将整改情况书面报市教育局教师工作科。",
    )
    for text in ETHICS_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "各地各校要引以为戒，举一反三，对违反师德师风问题发现一起、查处一起，绝不姑息。",
    )
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 课后服务周督导, after a county 教育督导委员会办公室's 周督导问题清单 (实地查看、查阅资料、随机访谈; the list numbered by
# problem — 1.课后服务开展状况不佳: 内容设置不能满足需求，人员安排不到位 … — each naming the schools; 请所涉及学校压实
# 责任，查缺补漏，迅速整改 … 将整改情况以电子档形式发送至教督办; 联系人、邮箱):
# https://www.sixian.gov.cn/grassroots/23684/160158251.html
# An .xlsx: title, a preamble line (督导 dates and the date the feedback was due), one header row, the numbered problem
# kind merged down its schools' rows, the school as 责任学校, 整改时限 and 整改情况 as the schools wrote them, a 注 line
# and the 联系人 line.
AFTER_ROWS = [
    (
        "1.课后服务内容设置不能满足需求",
        "濮阳市华龙区育才学校初中部",
        "课后服务以自习和作业辅导为主，未开设科技、体育、艺术类社团课程",
        "引进社团课程，制定秋季学期课后服务课程表",
        "2024年9月10日",
        "已制定秋季学期社团课程方案，正在遴选社团指导教师",
    ),
    (
        "1.课后服务内容设置不能满足需求",
        "濮阳市华龙区濮上路小学",
        "课后服务第二时段仅安排看护，无具体活动内容",
        "第二时段开设阅读、劳动、兴趣小组活动",
        "2024年9月10日",
        "",
    ),
    (
        "2.课后服务人员安排不到位",
        "濮阳市华龙区岳村镇中心小学",
        "课后服务教师轮值表未公示，部分时段无教师在岗",
        "完善轮值表并上墙公示，落实值班巡查",
        "2024年6月30日",
        "已完成",
    ),
    (
        "2.课后服务人员安排不到位",
        "濮阳市华龙区孟轲乡第二小学",
        "聘请的校外课后服务人员未进行密切接触未成年人行业从业查询",
        "对全部校外课后服务人员开展从业查询",
        "2024.7.5",
        "已对5名校外人员完成从业查询，均无违法犯罪记录",
    ),
    (
        "3.课后服务收费不规范",
        "濮阳市华龙区绿城路小学",
        "课后服务费按学期一次性收取，未按月据实结算",
        "改为按月收取，多收费用予以退还",
        "2024年8月31日",
        "已退还3月份多收费用，按月结算办法正在制定",
    ),
    (
        "3.课后服务收费不规范",
        "濮阳市华龙区京开道小学",
        "收取课后服务费前未组织家长签订自愿参加知情书",
        "补签知情书，未签订的学生暂停收费",
        "2024年6月28日",
        "未整改",
    ),
    (
        "4.课后服务安全管理需抓实抓细",
        "濮阳市华龙区黄河路小学",
        "课后服务结束后学生离校交接无登记，个别学生滞留校内",
        "建立学生离校交接登记制度",
        "长期坚持",
        "长期坚持",
    ),
    (
        "4.课后服务安全管理需抓实抓细",
        "濮阳市华龙区长庆路小学",
        "课后服务放学时段校门口未设置护学岗",
        "安排教师和家长志愿者每日护学",
        "2024年6月21日",
        "已落实，每日2名教师、2名家长志愿者护学",
    ),
]


def write_after(path: Path) -> Path:
    b = Book(path, author="教育督导室")
    ws = b.sheet("周督导问题清单")
    b.widths(ws, [6, 22, 28, 40, 30, 14, 34])
    b.line(ws, 0, "课后服务专项周督导问题清单及整改情况汇总表", 6, b.title)
    b.line(
        ws,
        1,
        "2024年6月11日至12日，濮阳市华龙区人民政府教育督导委员会办公室采取实地查看、查阅资料、随机访谈等方式，"
        "对区属中小学课后服务开展情况进行周督导。现将问题清单及各学校整改情况汇总如下（各学校整改情况截至2024年7月26日）。",
        6,
    )
    b.header(ws, 2, ["序号", "问题类别", "责任学校", "具体问题", "整改措施", "整改时限", "整改情况"])
    r0 = 3
    groups = [(0, 1), (2, 3), (4, 5), (6, 7)]
    for first, lastrow in groups:
        b.merge(ws, r0 + first, 1, r0 + lastrow, 1, AFTER_ROWS[first][0], b.center)
    for i, row in enumerate(AFTER_ROWS):
        b.put(ws, r0 + i, 0, i + 1, b.center)
        b.row(ws, r0 + i, list(row[1:]), first=2)
    end = r0 + len(AFTER_ROWS)
    b.line(ws, end + 1, "注：全区其他各校对标问题、举一反三，认真落实整改。", 6)
    b.line(ws, end + 2, "联系人：邵文娟（8612375）    邮箱：hlqjdds2024@163.com", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 校舍安全隐患排查报告, after a school's 环境安全隐患自查报告 (根据…文件精神，学校排查领导小组对学校及周边环境安全隐患
# 进行了排查，现将查出和存在问题报告如下: 一、1998年修建的一楼一底六间教室已成危房 … 二、主教学楼及旗杆防雷装置未达标
# 三、教学楼楼梯过道仅1.5米宽，容易造成踩踏事故 四、学校操场西面及厕所处发现裂纹):
# https://m.kt250.com/fanwen/zichabaogao/249928.html
# A .doc (Word 97 via LibreOffice): title naming the school, 主送, preamble, the hazards as paragraphs numbered 一、二、…
# (each with its measure, 整改时限 and progress in sentences), the school and date at the foot.
BUILDING_PARAS = [
    (
        "一、1996年修建的两层教学楼（8间教室，约640平方米）经县住房和城乡建设局鉴定为C级危房，二楼走廊楼板出现"
        "贯通裂缝。整改措施：已停止使用二楼教室，申请纳入2024年校舍维修改造计划进行加固，计划9月底前完成。"
        "目前加固设计方案已报县教育局审批。"
    ),
    (
        "二、主教学楼及旗杆防雷装置经气象部门检测未达标。整改措施：委托有资质的防雷公司整改，整改时限2024年7月20日。"
        "已于7月18日完成整改，经气象部门复检合格。"
    ),
    (
        "三、学生宿舍楼楼梯宽度仅1.2米，就寝、起床时段学生集中通行，容易造成踩踏事故。整改措施：实行分年级错峰"
        "上下楼，每层安排1名教师值守，长期坚持。"
    ),
    (
        "四、学校西侧围墙约30米墙体倾斜，墙基被雨水冲刷掏空。整改措施：拟利用暑假拆除重建，8月20日前完成。"
        "目前尚未启动。"
    ),
    (
        "五、食堂后操作间屋面防水层老化，雨天漏雨。整改措施：更换屋面防水层，7月10日前完成。目前已完成维修，"
        "雨后检查无渗漏。"
    ),
    "六、实验楼消防应急照明灯损坏5处，疏散指示标志不亮。整改措施：更换应急照明灯和疏散指示标志，整改时限2024年8月31日。",
]


def write_building_docx(path: Path) -> Path:
    doc = _new_document("马庄桥一中")
    _title(doc, "清丰县马庄桥镇第一初级中学关于校舍安全隐患排查情况的报告")
    _paragraph(doc, "县教育局：")
    _paragraph(
        doc,
        "根据《清丰县教育局关于开展汛期校舍安全隐患大排查的通知》精神，学校排查领导小组组织总务处、政教处"
        "对校舍及周边环境安全隐患进行了全面排查，现将查出和存在的问题及整改情况报告如下：",
    )
    for text in BUILDING_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "学校将继续坚持每周一次校舍安全巡查，发现隐患及时报告、及时处置。")
    _paragraph(doc, "清丰县马庄桥镇第一初级中学", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_building(path: Path) -> Path:
    return via_soffice(write_building_docx, path, "doc", "校舍安全隐患排查情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 招生入学专项督导, after a city 政府教育督导室's 专项督导 of 区县 (均衡配置义务教育资源, 保障适龄儿童入学权利, 规范招生;
# 民办学校: 擅自提前招生, 收取报名费和面谈费, 录取时进行学科考试和测试, 招生简章未备案, 未经审核跨区县招生;
# 下达督导整改意见，限期纠正违规行为并视情况予以通报批评):
# http://xmwb.xinmin.cn/xmwb/html/2012-05/06/content_4_2.htm
# An .xlsx: title, 填报单位 line, a two-row header (整改落实 merged over 整改期限、落实情况、督导复核), the 县（区） and
# the 学校性质 beside the 责任学校, 复核通过 / 复核未通过 as the 督导组's word, a 合计 row and a 填表人 line.
ENROL_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区东方外国语学校",
        "民办",
        "擅自提前招生，5月中旬即组织家长登记报名",
        "立即停止提前招生，已登记信息作废",
        "2024年6月15日",
        "已停止提前招生，已登记信息全部作废",
        "复核通过",
    ),
    (
        "华龙区",
        "濮阳市华龙区启航实验学校",
        "民办",
        "向报名学生收取报名费每人100元",
        "全额清退报名费",
        "2024年6月30日",
        "已清退186人，尚有12人未联系上",
        "",
    ),
    (
        "濮阳县",
        "濮阳县英才双语学校",
        "民办",
        "以“入学面谈”名义对报名学生进行数学、英语测试",
        "取消面谈测试，超额报名时实行电脑随机录取",
        "2024年7月10日",
        "已取消面谈测试，按电脑随机录取完成招生",
        "复核通过",
    ),
    (
        "清丰县",
        "清丰县阳光实验学校",
        "民办",
        "招生简章未报县教育局备案，简章中宣传设立“重点班”",
        "撤回招生简章，删除违规内容后重新备案",
        "2024年6月20日",
        "未整改",
        "复核未通过",
    ),
    (
        "南乐县",
        "南乐县第二实验小学",
        "公办",
        "超出学区范围招收一年级新生47人",
        "按学区划片重新核定招生名单",
        "2024年8月31日前",
        "正在逐户核实学生户籍及房产信息",
        "",
    ),
    (
        "范县",
        "范县第三初级中学",
        "公办",
        "招生政策、招生计划和录取结果未在学校官网和公众号公开",
        "通过官网、公众号全面公开招生信息",
        "2024年7月5日",
        "",
        "",
    ),
    (
        "台前县",
        "台前县实验中学",
        "公办",
        "存在人籍分离学生9人，学籍挂靠在本校",
        "清理挂靠学籍，做到人籍一致",
        "2024年年底前",
        "已清理5人",
        "",
    ),
]


def write_enrol(path: Path) -> Path:
    b = Book(path, author="督导室")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 10, 28, 8, 36, 30, 16, 30, 12])
    b.line(ws, 0, "2024年义务教育招生入学专项督导整改意见落实情况表", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市人民政府教育督导室    填报日期：2024年7月29日", 8)
    for c, word in enumerate(["序号", "县（区）", "责任学校", "学校性质", "督导发现问题", "督导整改意见"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改期限", "落实情况", "督导复核"], first=6)
    for i, row in enumerate(ENROL_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ENROL_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "督导县（区）6个、学校7所，下达督导整改意见7份，复核通过2份")
    b.line(ws, end + 2, "填表人：穆春燕    审核人：尚卫东    联系电话：0393-8999026", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 教育收费专项检查, after a report of a three-day 教育收费专项大检查 (部分学校自立名目乱收费: 以“外教班”名义每名学生
# 收取800元, 在公示范围外以“资料费”名义收取每人30元; 检查组要求当场退还，不能当场退还的在规定时间内清退; 违规向学生
# 推销保险，如非自愿必须清退):
# http://www.910910.com/news/comnews/2006/9/content_60474.shtml
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with the 收费项目, the 涉及金额, the
# 处理意见 and the 清退时限 beside the 学校, the 检查组 (the inspector) at the right, a 合计 row and a signature line.
FEE_ROWS = [
    (
        "濮阳市第二高级中学",
        "实验班费",
        "以“实验班”名义向高一新生每人收取800元",
        96000,
        "全额清退",
        "2024年6月30日",
        "已全额清退",
        "第一检查组",
    ),
    (
        "濮阳县城关镇第二小学",
        "资料费",
        "在公示范围外向五年级学生收取资料费每人30元",
        4200,
        "当场退还",
        "2024年6月5日",
        "已当场退还",
        "第一检查组",
    ),
    (
        "清丰县第一初级中学",
        "学生保险费",
        "代收学生意外伤害保险费，未经家长自愿选择",
        35600,
        "非自愿的予以清退",
        "2024年7月15日",
        "正在逐户征求家长意见，已清退保费8200元",
        "第二检查组",
    ),
    (
        "南乐县实验高级中学",
        "住宿费",
        "超标准收取住宿费，每生每学期多收150元",
        63000,
        "清退多收费用",
        "2024年8月15日",
        "未清退",
        "第二检查组",
    ),
    (
        "范县新区小学",
        "校服费",
        "强制学生统一购买校服，未经家长委员会选用",
        "",
        "改为家长自愿购买，建立校服选用家长委员会",
        "2024年9月1日",
        "",
        "第三检查组",
    ),
    (
        "台前县第二初级中学",
        "课后服务费",
        "课后服务收费标准未经价格主管部门备案即收取",
        27500,
        "补办备案手续，未备案期间收费予以清退",
        "2024年7月31日",
        "已清退并补办备案手续",
        "第三检查组",
    ),
    (
        "濮阳市华龙区第二初级中学",
        "教辅材料费",
        "统一征订教辅材料并向学生收取费用",
        18300,
        "清退费用，停止统一征订",
        "2024年6月20日",
        "已清退，复查合格",
        "第一检查组",
    ),
    (
        "濮阳市职业中等专业学校",
        "代收教材费",
        "代收教材费未与学生据实结算，结余未退还",
        41200,
        "据实结算，退还结余",
        "年底前",
        "2023级已结算退还，2022级正在核算",
        "第一检查组",
    ),
]


def write_fee_book(path: Path) -> Path:
    b = Book(path, author="财务科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 12, 36, 12, 26, 14, 30, 12])
    b.line(ws, 0, "2024年春季教育收费专项检查发现问题清退整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：市教育局、市发展和改革委员会、市市场监督管理局联合检查组    检查时间：2024年6月3日至6月5日"
        "    填报单位：濮阳市教育局财务科    填报日期：2024年7月30日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学校",
            "收费项目",
            "违规情形",
            "涉及金额（元）",
            "处理意见",
            "清退时限",
            "清退情况",
            "检查组",
        ],
    )
    for i, row in enumerate(FEE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FEE_ROWS)
    total = sum(r[3] for r in FEE_ROWS if r[3] != "")
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, "检查学校8所，发现违规收费问题8个")
    b.put(ws, end, 4, total)
    b.merge(ws, end, 5, end, 8, "")
    b.line(ws, end + 2, "科室负责人：车建国    填表人：苗淑芬    联系电话：0393-8335102", 8)
    return b.close()


def write_fee(path: Path) -> Path:
    return via_soffice(write_fee_book, path, "xls", "教育收费专项检查发现问题清退整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 心理健康教育自检自查整改, after a school's 心理健康教育工作自检自查整改方案 (自检自查 by 环节: 组织架构与制度建设 —
# 会议记录中对“跨部门协作”的分工表述不够清晰, 心理危机事件处置中“年级组与心理中心信息同步延迟”; 课程与活动落实 —
# “情绪管理”主题在多个年级教案中重复 …; 整改 by 问题、措施、责任部门、时限):
# https://max.book118.com/html/2026/0211/8044021124010045.shtm
# An .ods (LibreOffice conversion): title naming the school, 填报单位 line, one header row whose rows name only the
# school's own 处室 and 中心 (the unit is the school), 责任人 names, a 注 line and the 校长/填表人 line.
MIND_ROWS = [
    (
        "组织架构与制度建设",
        "心理健康教育领导小组会议记录中跨部门协作分工表述不清",
        "修订领导小组工作规则，明确德育处、年级组、心理中心分工",
        "德育处",
        "任红梅",
        "2024年6月30日",
        "已完成",
    ),
    (
        "心理危机干预",
        "学生心理危机事件处置中年级组与心理中心信息同步延迟",
        "建立危机事件2小时内报告机制",
        "心理健康教育中心",
        "沈雅琪",
        "2024年7月15日",
        "已制定报告流程，正在组织班主任培训演练",
    ),
    (
        "课程与活动",
        "初一至初三心理健康课“情绪管理”主题内容重复",
        "按年级重新编排校本课程内容",
        "教务处",
        "秦国强",
        "2024年8月31日",
        "未启动",
    ),
    (
        "监测预警",
        "新生心理健康筛查覆盖率仅86%，转入学生未纳入筛查",
        "对未筛查学生补测并建立心理档案",
        "心理健康教育中心",
        "沈雅琪",
        "2024年9月30日",
        "",
    ),
    (
        "队伍建设",
        "专职心理健康教师仅1名，未达到配备要求",
        "申请增加专职心理教师编制，加强兼职教师培训",
        "办公室",
        "田志刚",
        "2024年12月底",
        "已向市教育局申报增编1名",
    ),
    (
        "家校协同",
        "家长心理健康知识讲座每学期不足1次",
        "每学期至少开展2次家长课堂",
        "德育处",
        "任红梅",
        "长期坚持",
        "长期坚持",
    ),
    (
        "阵地建设",
        "心理辅导室沙盘设备损坏，宣泄室未投入使用",
        "维修沙盘设备，开放宣泄室",
        "总务处",
        "范立新",
        "2024.7.20",
        "已维修并开放使用",
    ),
]


def write_mind_book(path: Path) -> Path:
    b = Book(path, author="心理健康教育中心")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 16, 40, 34, 16, 10, 14, 30])
    b.line(ws, 0, "濮阳市第五中学学生心理健康教育工作自检自查问题整改清单", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市第五中学（盖章）    填报日期：2024年7月25日", 7)
    b.header(
        ws, 2, ["序号", "检查环节", "存在问题", "整改措施", "责任处室", "责任人", "完成时限", "整改进展"]
    )
    for i, row in enumerate(MIND_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(MIND_ROWS)
    b.line(ws, end + 1, "注：本清单依据2024年5月心理健康教育专项自检自查结果制定，整改进展每月更新一次。", 7)
    b.line(ws, end + 2, "校长：韦振东    填表人：沈雅琪    联系电话：0393-4416230", 7)
    return b.close()


def write_mind(path: Path) -> Path:
    via_soffice(write_mind_book, path, "ods", "心理健康教育自检自查问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 体育场地设施安全排查, after a college 体育部's 期末体育场地安全排查 (副校长带队查看篮球场、羽毛球场和南区体育馆;
# 闭馆前安全排查制度; 地面防滑胶条脱落、器械螺丝松动等隐患限期整改; 需专业维修的设施详细记录在册，明确责任人和整改
# 完成时限，实行台账管理、销号推进的闭环整改):
# https://ru.sszss.com/tzgg/20866.htm?site_id=15
# A .zip of two returns: the college's .xlsx (填报单位 line; rows naming only its 场馆 and its own 部门 with a 责任人, a
# 整改进展 and a 销号情况 column) and a county 教育局's .docx table naming its schools as 责任单位.
SPORT_COLLEGE_ROWS = [
    (
        "南区体育馆",
        "羽毛球场地地面防滑胶条脱落3处",
        "更换防滑胶条",
        "体育部",
        "廖建军",
        "2024年7月10日",
        "已更换防滑胶条",
        "已销号",
    ),
    (
        "北区篮球场",
        "篮球架底座固定螺栓松动2处",
        "紧固并更换锈蚀螺栓",
        "后勤处",
        "常立峰",
        "2024年7月15日",
        "正在更换螺栓",
        "",
    ),
    (
        "田径场",
        "塑胶跑道第三弯道处起皮开裂约15平方米",
        "委托专业单位修补",
        "后勤处",
        "常立峰",
        "2024年8月31日",
        "",
        "",
    ),
    (
        "南区体育馆",
        "闭馆前安全排查无记录，门窗、水电未逐项核查",
        "建立闭馆前逐区域排查登记制度",
        "体育部",
        "廖建军",
        "长期坚持",
        "长期坚持",
        "",
    ),
]
SPORT_COUNTY_ROWS = [
    ("清丰县第一初级中学", "单杠、双杠立柱锈蚀严重", "更换单杠、双杠", "2024年7月20日", "已更换完毕"),
    ("清丰县城关镇中心小学", "足球门未固定，存在倾倒风险", "加装地锚固定", "2024年7月5日", "未整改"),
    ("清丰县第二高级中学", "篮球场照明灯杆基础松动", "加固灯杆基础", "2024年8月15日", "正在施工"),
    (
        "清丰县韩村镇中心学校",
        "体育器材室无出入库登记，部分器材超期使用",
        "建立登记制度，报废超期器材",
        "2024年9月30日",
        "",
    ),
]


def write_sport_college(path: Path) -> Path:
    b = Book(path, author="体育部")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 14, 36, 24, 10, 10, 16, 24, 10])
    b.line(ws, 0, "体育场地设施安全隐患排查整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳工学院（体育部）    填报日期：2024年7月24日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "场地（场馆）",
            "隐患描述",
            "整改措施",
            "责任部门",
            "责任人",
            "整改完成时限",
            "整改进展",
            "销号情况",
        ],
    )
    for i, row in enumerate(SPORT_COLLEGE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws, 4 + len(SPORT_COLLEGE_ROWS), "部门负责人：杨宏斌    填表人：黄晓燕    联系电话：0393-6662188", 8
    )
    return b.close()


def write_sport_county(path: Path) -> Path:
    doc = _new_document("清丰县教育局")
    _title(doc, "中小学体育场地器材安全隐患排查整改情况表", 18)
    _paragraph(doc, "填报单位：清丰县教育局体卫艺股    填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(SPORT_COUNTY_ROWS, 1)]
    _table(doc, ["序号", "责任单位", "存在隐患", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表说明：整改情况填写已完成、正在整改或未整改，并简要说明。", 12)
    _paragraph(doc, "填表人：蔡玉洁    联系电话：0393-7221406", 12)
    return _save_fixed(doc, path)


def write_sport(path: Path) -> Path:
    members = [
        ("体育场地设施安全隐患排查整改台账（濮阳工学院）.xlsx", write_sport_college),
        ("中小学体育场地器材安全隐患排查整改情况（清丰县教育局）.docx", write_sport_county),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("2024年春季学期校园食品安全全覆盖检查问题整改台账.xlsx", write_food),
    ("濮阳职业技术学院学生欠费清理台账.csv", write_arrears),
    ("校车运行线路及车辆安全隐患督查整改台账.xls", write_bus),
    ("关于违反师德师风典型问题查处及整改情况的通报.docx", write_ethics),
    ("课后服务专项周督导问题清单及整改情况.xlsx", write_after),
    ("清丰县马庄桥镇第一初级中学校舍安全隐患排查情况报告.doc", write_building),
    ("义务教育招生入学专项督导整改意见落实情况表.xlsx", write_enrol),
    ("教育收费专项检查发现问题清退整改台账.et", write_fee),
    ("濮阳市第五中学心理健康教育自检自查问题整改清单.ods", write_mind),
    ("体育场地设施安全隐患排查整改（两份）.zip", write_sport),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev163 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns: 乡村振兴与驻村帮扶, 河湖长制, 自然资源与耕地保护（图斑、卫片）.
Forms: .xlsx (three, one more inside the zip; one of them with a sheet per town), .xls (xlwt), .et (LibreOffice
conversion of an .xlsx to Excel 97), .ods (LibreOffice conversion of an .xlsx), a CSV in UTF-8 with BOM as a river
chief system exports it, a .docx whose items are numbered paragraphs, a .doc (LibreOffice conversion of a .docx) and
a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside288.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 驻村帮扶“任务清单”季度达标验收问题整改台账, after a district's “五张清单” for 驻村帮扶 (任务清单强职责: 8项重点工作
# 内容 — 宣传贯彻党的方针政策、帮助建强村党组织、帮助巩固脱贫成果、帮助发展农村产业、帮助抓好乡村建设、帮助提升治理
# 水平、帮助做好为民服务、落实阶段重点任务 —, 建立对应举措24条，形成工作台账，分步骤、分时段、分缓急跟踪调度; 季度达标
# 验收，采取管理单位自查、“党建联盟”互查、部门联合抽查的方式):
# http://m.shsunzone.com/xczx/202307/t20230724_8021877.shtml
# An .xlsx: title, 填报单位 line, a two-row header (驻村工作队 over 所驻村 and 派出单位), the 重点工作 merged down over its
# rows, 验收方式 (自查/互查/抽查), an explicit 整改责任单位 that is sometimes the 派出单位 and sometimes the town, 整改时限 as
# 第三季度 / dates / X月底前 / 长期坚持, a 说明 line and a signature line.
TASK_GROUPS = [
    (
        "帮助建强村党组织",
        [
            (
                "落实“三会一课”制度",
                "仙庄镇王什村",
                "市农业局",
                "互查",
                "驻村工作队未参加村党支部“三会一课”，会议记录缺少工作队员签名",
                "市农业局",
                "第三季度",
                "已整改，补录会议记录并建立签到制度",
            ),
        ],
    ),
    (
        "帮助巩固脱贫成果",
        [
            (
                "落实防返贫动态监测",
                "马庄桥镇西魏家村",
                "市人社局",
                "抽查",
                "2户突发严重困难户未及时纳入防返贫监测，帮扶措施未落实",
                "清丰县马庄桥镇人民政府",
                "2024年7月15日",
                "已纳入监测，落实临时救助和公益性岗位",
            ),
            (
                "开展入户走访核实",
                "韩村镇东韩村",
                "市卫计委",
                "自查",
                "脱贫户家中“明白卡”信息与系统数据不一致，家庭收入数据未及时更新",
                "市卫计委",
                "7月底前",
                "正在逐户核对更新",
            ),
        ],
    ),
    (
        "帮助发展农村产业",
        [
            (
                "壮大村级集体经济",
                "六塔乡东王庄村",
                "市财政局",
                "抽查",
                "村集体经济合作社账目不清，2023年光伏电站收益分配方案未经村民代表会议通过",
                "清丰县六塔乡人民政府",
                "2024年8月31日",
                "",
            ),
        ],
    ),
    (
        "帮助抓好乡村建设",
        [
            (
                "改善村内基础设施",
                "瓦屋头镇南街村",
                "市交通局",
                "互查",
                "村内主干道路灯损坏12盏，长期未修复",
                "市交通局",
                "6月底前",
                "未整改",
            ),
        ],
    ),
    (
        "帮助提升治理水平",
        [
            (
                "化解矛盾纠纷",
                "柳格镇二郎庙村",
                "市司法局",
                "自查",
                "矛盾纠纷排查台账未建立，村人民调解委员会未正常运转",
                "市司法局",
                "长期坚持",
                "已建立每月排查制度，常态化推进",
            ),
        ],
    ),
    (
        "帮助做好为民服务",
        [
            (
                "办好为民代办事项",
                "古城乡南阳邵村",
                "市医保局",
                "抽查",
                "便民服务室代办事项登记不全，群众反映代缴城乡居民医保不及时",
                "市医保局",
                "2024年7月20日",
                "已整改到位",
            ),
        ],
    ),
    (
        "落实阶段重点任务",
        [
            (
                "落实驻村管理制度",
                "大流乡北大流村",
                "市国土资源局",
                "抽查",
                "驻村工作队员1人长期“走读”，每月住村时间不足20天",
                "市国土资源局",
                "7月15日前",
                "已调整1名队员，住村考勤正在落实",
            ),
        ],
    ),
]


def write_tasks(path: Path) -> Path:
    b = Book(path, author="县驻村办")
    ws = b.sheet("达标验收问题台账")
    b.widths(ws, [6, 16, 18, 18, 14, 8, 40, 22, 14, 30])
    b.line(ws, 0, "2024年第二季度驻村帮扶“任务清单”达标验收发现问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：中共清丰县委组织部（县驻村工作办公室）    填报日期：2024年7月29日", 9)
    for c, word in [(0, "序号"), (1, "重点工作"), (2, "对应举措")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 4, "驻村工作队", b.head)
    b.header(ws, 3, ["所驻村", "派出单位"], first=3)
    for c, word in [
        (5, "验收方式"),
        (6, "验收发现问题"),
        (7, "整改责任单位"),
        (8, "整改时限"),
        (9, "整改情况"),
    ]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    for work, rows in TASK_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, work, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0])
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(
        ws,
        r,
        "说明：验收采取管理单位自查、“党建联盟”互查、部门联合抽查方式；整改情况由整改责任单位填报，县驻村办汇总。",
        9,
    )
    b.line(ws, r + 1, "审核人：刘卫华    填表人：杨静    联系电话：0393-7221836", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 河长制“事件专题”导出, after a county river chief system's 事件专题 page (a table of 事件编号, 事件描述, 事件类型, 上报人,
# 处理人, 上报时间, 处理时间, 发生地点):
# https://github.com/chengran520/sc/blob/b68f3fb63147fed598e3d02db6f4f41dcf6ffe9f/SC-HZZ/gxhy_special_event_web/src/main/webapp/eventSpecial/event.jsp
# A CSV in UTF-8 with BOM as the system exports it: a 事件专题 line, an 导出单位/导出时间 line naming the county 河长办
# that sends it, then the page's own header. No 责任单位 column (上报人 is the village river chief, 处理人 a person of
# the sending office), no deadline; a filled 处理时间 is the only progress signal.
EVENT_ROWS = [
    (
        "SJ20240702001",
        "卫河南乐段元村镇西侧岸坡堆放生活垃圾约5立方米",
        "河道垃圾",
        "李海军（村级河长）",
        "王俊峰",
        "2024-07-02 09:15:32",
        "2024-07-04 16:40:05",
        "元村镇西街村卫河左岸",
    ),
    (
        "SJ20240703002",
        "马颊河韩张段水面漂浮水草和塑料瓶，影响河道观感",
        "水面漂浮物",
        "张丽（巡河员）",
        "王俊峰",
        "2024-07-03 10:22:17",
        "2024-07-05 11:03:48",
        "韩张镇韩张村马颊河桥下游200米",
    ),
    (
        "SJ20240708003",
        "徒骇河千口段夜间有车辆在河道内盗挖河砂",
        "非法采砂",
        "刘国强（村级河长）",
        "赵春雨",
        "2024-07-08 07:48:51",
        "",
        "千口镇前仓村徒骇河河道",
    ),
    (
        "SJ20240709004",
        "永顺沟福堪段一处排水管向沟内排放黑色污水",
        "污水直排",
        "郭明（巡河员）",
        "赵春雨",
        "2024-07-09 15:30:26",
        "2024-07-12 09:12:44",
        "福堪镇福堪集村永顺沟右岸",
    ),
    (
        "SJ20240715005",
        "卫河谷金楼段河道管理范围内新建彩钢板房一处",
        "违章建筑",
        "孙红梅（村级河长）",
        "王俊峰",
        "2024-07-15 08:55:09",
        "",
        "谷金楼镇谷金楼村卫河右岸堤脚",
    ),
    (
        "SJ20240718006",
        "马颊河杨村段河道内倒伏树木阻水",
        "河道障碍物",
        "高建设（巡河员）",
        "李志远",
        "2024-07-18 11:41:37",
        "2024-07-19 17:20:15",
        "杨村乡杨村马颊河河道",
    ),
    (
        "SJ20240722007",
        "硝河西邵段岸边养殖场粪污渗入河道，水体发黑发臭",
        "污水直排",
        "陈志刚（村级河长）",
        "李志远",
        "2024-07-22 14:06:58",
        "",
        "西邵乡西邵村硝河左岸",
    ),
    (
        "SJ20240725008",
        "卫河近德固段河长公示牌倾倒损坏",
        "其他",
        "王晓燕（巡河员）",
        "王俊峰",
        "2024-07-25 09:27:03",
        "2024-07-26 10:15:30",
        "近德固乡近德固村卫河桥头",
    ),
]


def write_events(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["事件专题"])
    w.writerow(["导出单位：南乐县河长制办公室", "导出时间：2024-07-30 16:20:11"])
    w.writerow(["事件编号", "事件描述", "事件类型", "上报人", "处理人", "上报时间", "处理时间", "发生地点"])
    for row in EVENT_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 自然资源督察驻点督察移交问题整改进展报告, after a national 自然资源督察 office's account of its 驻点督察 of a city
# (通过收集资料、内业比对、外业实地核查，重点对政府耕地保护主体责任落实、土地节约集约利用、土地执法、以地融资及往年例行
# 督察发现问题未整改到位等方面情况进行督察核实，向市人民政府移交问题清单; 市政府对督察发现的问题照单全收、逐级分解、
# 挂牌督办，按期整改到位):
# http://www.mnr.gov.cn/dt/td/201805/t20180528_2360786.html
# A .docx: title, 主送, preamble, the items as numbered paragraphs under five 方面 headings, each naming its 责任单位 or
# 牵头单位 (with 配合单位), a 整改时限 and the progress in sentences; a closing paragraph, the bureau and date at the foot.
INSPECT_SECTIONS = [
    (
        "一、耕地保护主体责任落实方面",
        [
            "1.濮阳县2023年度耕地净减少1260亩，未完成年度耕地保有量目标任务。责任单位：濮阳县人民政府。"
            "整改时限：2024年12月31日前。目前已完成恢复耕地图斑逐宗核实，正在组织实施恢复。",
            "2.部分永久基本农田种植绿化苗木、挖塘养鱼，涉及面积326亩。牵头单位：市农业局；配合单位：市自然资源局、"
            "相关县区政府。整改时限：2024年9月底。已整改到位186亩，其余140亩正在推进。",
        ],
    ),
    (
        "二、土地节约集约利用方面",
        [
            "3.2019年以来批而未供土地2365亩，消化利用率低于全省平均水平。牵头单位：市资规局。整改时限：年底前。"
            "目前尚未启动。",
            "4.濮阳经济技术开发区闲置土地5宗、面积412亩未依法处置。责任单位：濮阳经济技术开发区管理委员会。"
            "整改时限：2024年10月31日。",
        ],
    ),
    (
        "三、土地执法方面",
        [
            "5.2023年度卫片执法中清丰县违法占用耕地面积比例偏高，部分违法用地未立案查处。责任单位：清丰县人民政府。"
            "整改时限：2024年6月30日。已全部立案查处，拆除复耕到位，经市级复核验收合格。",
            "6.违法用地动态巡查发现机制不健全，部分违法用地未做到早发现、早制止。牵头单位：市国土资源局。"
            "该项为长期坚持事项，每月开展动态巡查，常态化推进。",
        ],
    ),
    (
        "四、以地融资方面",
        [
            "7.市城乡建设投资有限公司以储备土地违规抵押融资，涉及土地3宗。责任单位：市财政局。整改时限：2024年8月31日。"
            "已解除2宗抵押，剩余1宗正在与金融机构协调。",
        ],
    ),
    (
        "五、往年例行督察发现问题整改方面",
        [
            "8.2022年例行督察指出的台前县产业集聚区项目未批先建问题仍未整改到位。责任单位：台前县人民政府。"
            "整改时限：2024年7月15日。已补办用地手续并依法处罚，整改完成。",
        ],
    ),
]


def write_inspect(path: Path) -> Path:
    doc = _new_document("执法监督科")
    _title(doc, "关于国家自然资源督察驻点督察移交问题整改进展情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "2024年5月，国家自然资源督察济南局驻点督察组通过收集资料、内业比对、外业实地核查，对我市耕地保护主体责任落实、"
        "土地节约集约利用、土地执法、以地融资及往年例行督察发现问题整改等情况进行了督察，向市人民政府移交问题清单8项。"
        "市政府对督察发现的问题照单全收、逐级分解、挂牌督办。现将截至2024年7月29日的整改进展报告如下：",
    )
    for heading, paras in INSPECT_SECTIONS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(
        doc, "下一步，我局将会同各责任单位对未完成整改的问题实行挂牌督办，按月调度，确保按期整改到位。"
    )
    _paragraph(doc, "濮阳市自然资源和规划局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 成效考核反馈问题整改方案（附问题清单及整改进展）, after a county 扶贫开发领导小组's notice that issues its 整改方案 for
# the problems the provincial 成效考核 fed back (“关于印发…考核涉及陇川县反馈问题整改方案的通知”: 各乡(镇)党委、人民政府，
# 县扶贫开发领导小组各成员单位; 针对实地考核发现的突出问题、薄弱环节…对照《问题清单》，举一反三，认真排查，坚决补齐
# 短板; 一、指导思想 …):
# http://www.360wenmi.com/f/y943eythb7wd.html
# A .doc (Word 97 via LibreOffice): the notice (主送, one sentence, the office and date), the 方案 title and its first
# heading, then 二、反馈问题及整改措施 as a table with 牵头单位 (a county bureau) beside 责任单位 (the collective 各乡镇),
# 整改时限 and a 整改进展 column filled in July 2024.
PLAN_ROWS = [
    (
        "防返贫监测帮扶",
        "部分监测对象识别纳入不及时，个别农户存在“体外循环”现象",
        "开展全县防返贫集中排查，做到应纳尽纳",
        "台前县农业农村局",
        "各乡镇（街道）",
        "2024年6月底前",
        "已完成全县集中排查，新识别纳入监测对象43户，已整改",
    ),
    (
        "义务教育保障",
        "个别脱贫家庭学生“雨露计划”职业教育补助发放不及时",
        "逐人核对补助对象，按期足额发放",
        "台前县教育体育局",
        "各乡镇（街道）",
        "2024年8月15日",
        "春季学期补助已发放，秋季学期名单正在核对",
    ),
    (
        "基本医疗保障",
        "脱贫人口家庭医生签约服务履约不到位，随访记录不全",
        "开展履约服务专项督导",
        "台前县卫生健康委员会",
        "各乡镇卫生院",
        "长期坚持",
        "持续开展履约督导",
    ),
    (
        "住房安全保障",
        "3户农村低收入群体住房安全等级鉴定结论未及时更新",
        "组织重新鉴定，落实危房改造",
        "台前县住房和城乡建设局",
        "相关乡镇",
        "2024年7月31日",
        "已完成重新鉴定，2户已纳入危房改造并开工",
    ),
    (
        "饮水安全保障",
        "部分村季节性供水不稳定，群众反映用水高峰期水压不足",
        "实施供水管网延伸和改造",
        "台前县水利局",
        "相关乡镇",
        "2024年9月30日前",
        "",
    ),
    (
        "产业帮扶",
        "衔接资金产业项目联农带农机制不健全，部分项目收益分配不规范",
        "规范项目收益分配，建立联农带农台账",
        "台前县财政局",
        "各乡镇（街道）",
        "年底前",
        "未启动",
    ),
    (
        "就业帮扶",
        "帮扶车间吸纳脱贫劳动力就业人数下降，一次性交通补贴兑现滞后",
        "加快补贴审核兑现，稳定车间就业",
        "台前县人力资源和社会保障局",
        "各乡镇（街道）",
        "2024年7月20日",
        "已兑现",
    ),
]


def write_plan_docx(path: Path) -> Path:
    doc = _new_document("县委农办")
    _title(
        doc,
        "台前县委农村工作领导小组办公室关于印发2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核反馈问题整改方案的通知",
        18,
    )
    _paragraph(doc, "各乡（镇、街道）党（工）委、人民政府（办事处），县委农村工作领导小组各成员单位：")
    _paragraph(
        doc,
        "经县委农村工作领导小组同意，现将《台前县2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核反馈问题整改方案》"
        "印发给你们，请认真贯彻落实，并于每月25日前报送整改进展。",
    )
    _paragraph(doc, "台前县委农村工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年5月10日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _title(doc, "台前县2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核反馈问题整改方案", 16)
    _paragraph(
        doc,
        "针对省、市考核发现的突出问题和薄弱环节，对照《台前县问题清单》，举一反三，认真排查，坚决补齐短板，"
        "确保反馈问题全部整改到位，结合我县实际，制定本方案。",
    )
    _paragraph(doc, "一、指导思想", font="黑体")
    _paragraph(
        doc,
        "以习近平新时代中国特色社会主义思想为指导，坚决守住不发生规模性返贫底线，以问题整改为抓手，"
        "推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项政策落地见效。",
    )
    _paragraph(doc, "二、反馈问题及整改措施（整改进展截至2024年7月25日）", font="黑体")
    body = [[str(i), *row] for i, row in enumerate(PLAN_ROWS, 1)]
    _table(
        doc,
        ["序号", "问题类别", "反馈问题", "整改措施", "牵头单位", "责任单位", "整改时限", "整改进展"],
        body,
        size=9,
    )
    _paragraph(doc, "三、工作要求", font="黑体")
    _paragraph(
        doc,
        "各牵头单位要会同责任单位建立整改台账，实行销号管理；县委农办将整改情况纳入年度考核，对整改不力的严肃问责。",
    )
    return _save_fixed(doc, path)


def write_plan(path: Path) -> Path:
    return via_soffice(write_plan_docx, path, "doc", "考核反馈问题整改方案.docx")


# ---------------------------------------------------------------------------------------------
# 5. 农村乱占耕地建房问题摸排整治工作台账, after a town's 农村乱占耕地建房摸排整治工作方案 (全面摸清全镇2024年以来农村乱占
# 耕地建房涉及的用地情况、房屋建设、使用和非法出售情况、处罚情况等; 建立分类清楚、要素完整、内容准确的全镇农村乱占耕地
# 建房问题工作台账，为分步整治、分类处置存量问题奠定基础; 重点整治强占多占、非法出售等恶意占用耕地建房行为):
# https://www.xiaomilidoc.com/p-13791456.html
# An .xls (xlwt): title, 填报单位 line, a two-row header (用地情况 over 占用耕地面积 and 其中永久基本农田, 房屋建设情况 over
# 建设时间 and 建筑面积), 问题类别 and 处置方式, a 责任站所 column naming only the town's own offices (so every item is the
# town's), 整改时限 as dates / X月底前 / X月X日前 / 年底前, a 注 line and a signature line.
HOUSE_ROWS = [
    (
        "前仓村",
        "村民刘某",
        "未经批准占用耕地新建住宅，属一户多宅",
        0.31,
        0,
        "2024.3",
        180,
        "一户多宅",
        "拆除复耕",
        "自然资源所",
        "2024年6月30日",
        "已拆除，复耕到位",
    ),
    (
        "后宋村",
        "村民张某某",
        "强占村集体耕地建设院落及临街门面房",
        0.56,
        0.56,
        "2024.1",
        320,
        "强占多占",
        "立案查处、拆除复耕",
        "综合行政执法大队",
        "8月底前",
        "已立案，已下达限期拆除决定书",
    ),
    (
        "千口村",
        "村民周某",
        "以设施农业名义占用耕地建设住房并对外出售",
        0.42,
        0,
        "2024.4",
        260,
        "非法出售",
        "没收、依法处置",
        "综合行政执法大队",
        "2024年9月30日",
        "",
    ),
    (
        "西吉七村",
        "村民王某",
        "承包地内建设看护房超出设施农业用地标准",
        0.08,
        0,
        "2024.2",
        45,
        "其他",
        "拆除超标部分",
        "农业农村服务中心",
        "7月20日前",
        "已拆除",
    ),
    (
        "东吉七村",
        "村民赵某",
        "宅基地审批手续未办结即占用耕地开工建房",
        0.18,
        0,
        "2024.5",
        150,
        "未批先建",
        "完善审批手续",
        "村镇建设办",
        "2024年7月31日",
        "正在补办手续",
    ),
    (
        "大韩村",
        "村民李某某",
        "占用永久基本农田建设仓储用房",
        0.25,
        0.25,
        "2024.6",
        200,
        "其他",
        "拆除复耕",
        "自然资源所",
        "7月10日前",
        "逾期未拆除",
    ),
    (
        "刘庄村",
        "村民孙某",
        "占用耕地建设唯一住宅，未取得乡村建设规划许可",
        0.20,
        0,
        "2024.3",
        160,
        "唯一住宅",
        "依法处罚、补办手续",
        "村镇建设办",
        "年底前",
        "已处罚，补办手续材料正在审核",
    ),
]


def write_houses(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 13
    cells = [
        (0, 0, "千口镇农村乱占耕地建房问题摸排整治工作台账", t, 0, last),
        (1, 0, "填报单位：南乐县千口镇人民政府（盖章）    填报日期：2024年7月30日", plain, 1, last),
    ]
    for col, word in [(0, "序号"), (1, "村名"), (2, "建房主体"), (3, "问题描述")]:
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 4, "用地情况", h, 2, 5))
    cells += [(3, 4, "占用耕地面积（亩）", h), (3, 5, "其中永久基本农田（亩）", h)]
    cells.append((2, 6, "房屋建设情况", h, 2, 7))
    cells += [(3, 6, "建设时间", h), (3, 7, "建筑面积（㎡）", h)]
    for col, word in [(8, "问题类别"), (9, "处置方式"), (10, "责任站所"), (11, "整改时限"), (12, "整改进展")]:
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 13, "备注", h, 3, 13))
    for i, row in enumerate(HOUSE_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 5, 6, 7, 8, 11) else c))
        cells.append((r, 13, "", c))
    r = 4 + len(HOUSE_ROWS)
    cells += [
        (
            r,
            0,
            "注：摸排对象为2024年1月1日以来占用耕地建设的没有合法合规用地手续的房屋；责任站所为镇属站所。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "分管领导：马建勋    填表人：冯晓丽    联系电话：0393-6210358", plain, r + 1, last),
    ]
    return _write_xls(path, [("摸排整治台账", cells)])


# ---------------------------------------------------------------------------------------------
# 6. 耕地流出问题排查整改台账（分乡镇）, after a county's 耕地流出问题排查整改工作方案 (结合年度国土变更调查成果开展逐图斑
# 逐地块排查; 县自然资源局分乡(镇)做好排查表，建立排查台账，将排查图斑切片，在调查云APP中…; 全面排查阶段(7月15日-22日)
# …; 对不合理的耕地流出问题限时整改，并将整改到位的情况纳入到国土变更调查中):
# http://www.hzxdks.com/dangtuangongzuo/2023/0328/246222.html
# An .xlsx with one sheet per town: on each, a title, a 责任乡镇 line, a 阶段 line (整改阶段 7月23日—8月31日, the date behind
# “整改阶段内完成”), a two-row header (流出地类 over 变更前 and 变更后, 是否整改到位 over 是 and 否 with ticks), a 备注 column,
# a 小计 row, a 注 line and a signature line.
OUTFLOW_SHEETS = [
    (
        "瓦屋头镇",
        [
            (
                "410922LC0153",
                "东北庄村",
                3.26,
                "水浇地",
                "坑塘水面",
                "耕地挖塘养鱼，流出为坑塘水面",
                "退塘还耕",
                "8月31日前",
                "",
                "√",
                "正在回填",
            ),
            (
                "410922LC0161",
                "南街村",
                1.05,
                "旱地",
                "果园",
                "耕地种植果树，未落实耕地进出平衡",
                "恢复种植粮食作物",
                "整改阶段内完成",
                "√",
                "",
                "",
            ),
            (
                "410922LC0178",
                "瓦屋头村",
                0.62,
                "水浇地",
                "设施农用地",
                "设施农业用地超出备案范围占用耕地",
                "拆除超出部分",
                "7月31日",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "仙庄镇",
        [
            (
                "410922LC0205",
                "前留村",
                5.80,
                "水浇地",
                "乔木林地",
                "耕地种植绿化苗木",
                "移除苗木恢复耕种",
                "2024年9月30日",
                "",
                "√",
                "",
            ),
            (
                "410922LC0211",
                "孙庄村",
                0.95,
                "旱地",
                "农村道路",
                "耕地硬化为田间道路，宽度超出规定",
                "破除超宽硬化",
                "8月15日前",
                "√",
                "",
                "",
            ),
            (
                "410922LC0219",
                "仙庄村",
                2.14,
                "水浇地",
                "其他草地",
                "耕地撂荒长草",
                "复耕复种",
                "7月25日前",
                "√",
                "",
                "已复种玉米",
            ),
        ],
    ),
    (
        "马庄桥镇",
        [
            (
                "410922LC0302",
                "马庄桥村",
                1.73,
                "水浇地",
                "沟渠",
                "耕地被挖作排水沟渠，未办理用地手续",
                "回填复耕",
                "整改阶段内完成",
                "",
                "√",
                "已进场回填，完成约一半",
            ),
            (
                "410922LC0310",
                "西魏家村",
                0.48,
                "旱地",
                "坑塘水面",
                "取土形成坑塘",
                "回填恢复耕作层",
                "2024年8月20日",
                "",
                "",
                "",
            ),
            (
                "410922LC0325",
                "北寨村",
                4.10,
                "水浇地",
                "其他林地",
                "耕地种植速生杨",
                "伐除杨树恢复耕地",
                "8月31日前",
                "√",
                "",
                "",
            ),
        ],
    ),
]


def write_outflow(path: Path) -> Path:
    b = Book(path, author="清丰县自然资源局")
    area = b.book.add_format({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})
    for town, rows in OUTFLOW_SHEETS:
        ws = b.sheet(town)
        b.widths(ws, [6, 16, 12, 10, 12, 12, 34, 20, 16, 6, 6, 22])
        b.line(ws, 0, f"清丰县2023年度耕地流出问题排查整改台账（{town}）", 11, b.title)
        b.line(ws, 1, f"责任乡镇：清丰县{town}人民政府（盖章）    统计截至：2024年7月30日", 11)
        b.line(ws, 2, "排查阶段：7月15日—22日    整改阶段：7月23日—8月31日", 11)
        for c, word in [(0, "序号"), (1, "图斑编号"), (2, "村名"), (3, "图斑面积（亩）")]:
            b.merge(ws, 3, c, 4, c, word, b.head)
        b.merge(ws, 3, 4, 3, 5, "流出地类", b.head)
        b.header(ws, 4, ["变更前", "变更后"], first=4)
        for c, word in [(6, "问题描述"), (7, "整改措施"), (8, "整改时限")]:
            b.merge(ws, 3, c, 4, c, word, b.head)
        b.merge(ws, 3, 9, 3, 10, "是否整改到位", b.head)
        b.header(ws, 4, ["是", "否"], first=9)
        b.merge(ws, 3, 11, 4, 11, "备注", b.head)
        r = 5
        for i, row in enumerate(rows, 1):
            b.put(ws, r, 0, i, b.center)
            b.put(ws, r, 1, row[0], b.center)
            b.put(ws, r, 2, row[1], b.center)
            b.put(ws, r, 3, row[2], area)
            b.row(ws, r, list(row[3:8]), first=4)
            b.put(ws, r, 9, row[8], b.center)
            b.put(ws, r, 10, row[9], b.center)
            b.put(ws, r, 11, row[10])
            r += 1
        b.put(ws, r, 0, "小计", b.center)
        b.merge(ws, r, 1, r, 2, f"{len(rows)}个图斑", b.center)
        b.put(ws, r, 3, round(sum(row[2] for row in rows), 2), area)
        for c in range(4, 12):
            b.put(ws, r, c, "", b.cell)
        b.line(ws, r + 1, "注：“是否整改到位”栏在对应格内打“√”；整改到位的图斑纳入2024年度国土变更调查。", 11)
        b.line(ws, r + 2, "乡镇负责人：            填表人：            联系电话：", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 入河排污口排查整治问题台账, after a district 生态环境分局's notice on 入河排污口排查 (对排查发现的入河排污口，要列入问题
# 台账，明确排污口类型、责任单位、整改措施、时限等内容; 对于能立行立改的，要立即开展整治; 对确需时间整改的，要尽快制定
# 整改方案，限期整改完成; 附件：办事处入河排污口排查管理清单):
# https://public.zzjkq.gov.cn/D250301X/6585365.jhtml
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 排污口类型 and the 交办日期 (a date cell) that 立行立改 and 限期30日 / 10日内 count from, 责任单位 as streets,
# a township, a company and bureaus under short names, a 说明 line and a signature line.
OUTLET_ROWS = [
    (
        "马颊河华龙段3号雨水排口",
        "马颊河",
        "雨洪排口",
        date(2024, 7, 2),
        "晴天有污水排出，疑似雨污混接",
        "市城管局",
        "溯源排查，封堵混接点",
        "限期30日",
        "已完成溯源，正在改造混接管道",
    ),
    (
        "濮水河昆吾段生活污水排口",
        "濮水河",
        "生活污水排口",
        date(2024, 7, 2),
        "排口无标识牌，未纳入名录管理",
        "华龙区昆吾街道办事处",
        "设立标识牌，纳入名录",
        "立行立改",
        "已设立标识牌",
    ),
    (
        "第三濮清南干渠岳村段农业排口",
        "第三濮清南干渠",
        "农业排口",
        date(2024, 7, 5),
        "养殖场废水经沟渠排入干渠",
        "华龙区岳村镇人民政府",
        "封堵排口，养殖废水资源化利用",
        "2024年7月20日",
        "未整改",
    ),
    (
        "第二污水处理厂尾水排口",
        "马颊河",
        "城镇污水处理厂排口",
        date(2024, 7, 5),
        "在线监测设备数据传输中断",
        "濮阳市清源水务有限公司",
        "修复在线监测设备",
        "立行立改",
        "已修复，数据恢复上传，复查合格",
    ),
    (
        "潴龙河孟轲段排口",
        "潴龙河",
        "其他排口",
        date(2024, 7, 9),
        "排口周边堆放生活垃圾，雨天冲刷入河",
        "华龙区孟轲乡人民政府",
        "清理垃圾，设置围挡",
        "10日内",
        "",
    ),
    (
        "开州路雨污合流溢流口",
        "濮水河",
        "合流制溢流排口",
        date(2024, 7, 10),
        "雨污合流管网溢流，汛期污水直排入河",
        "市住建局",
        "实施雨污分流改造",
        "年底前",
        "已纳入老旧管网改造计划，正在设计",
    ),
    (
        "京开道马颊河排口",
        "马颊河",
        "雨洪排口",
        date(2024, 7, 10),
        "排口拍门损坏，河水倒灌",
        "华龙区京开道街道办事处",
        "修复拍门",
        "2024年7月25日",
        "已修复",
    ),
]


def write_outlets_book(path: Path) -> Path:
    b = Book(path, author="华龙分局")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 26, 14, 14, 12, 32, 22, 24, 12, 28])
    b.line(ws, 0, "华龙区入河排污口排查整治问题台账", 9, b.title)
    b.line(ws, 1, "填报单位：市生态环境局华龙分局    填报日期：2024年7月29日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "排污口名称",
            "受纳河流",
            "排污口类型",
            "交办日期",
            "存在问题",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改情况",
        ],
    )
    for i, row in enumerate(OUTLET_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(OUTLET_ROWS)
    b.line(
        ws,
        end,
        "说明：能立行立改的自交办之日整改到位；确需时间整改的，制定整改方案，按整改时限（自交办之日起算）完成。",
        9,
    )
    b.line(ws, end + 1, "审核人：周立新    填表人：孔德胜    联系电话：0393-8261147", 9)
    return b.close()


def write_outlets(path: Path) -> Path:
    return via_soffice(write_outlets_book, path, "xls", "入河排污口排查整治问题台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 卫片执法图斑违法用地整改进度表, after a county's 年度土地卫片图斑违法用地整改工作会议 (县自然资源局汇报全县违法用地
# 整改总体情况，各乡镇汇报违法用地整改开展情况; 重点围绕“拆、补、管”几方面集中精力抓好整改; 掌握好时间节点，狠抓进度;
# 严格防范虚假整改):
# http://www1.shiwangmoa.com/afhzz/7639.html
# An .xlsx: title, 填报单位/统计截至/面积单位 line, a two-row header (图斑面积 over 合计 and 其中耕地), 用地主体 beside an
# explicit 整改责任单位 (towns, and one bureau under its short name), 整改方式 in the “拆、补、管” terms, 整改进度 and a
# 销号情况 column (one row has only the 销号 verdict), a 合计 row summing the areas, a 说明 line and a signature line.
PATCH_ROWS = [
    (
        "410928WP2401",
        "柳屯镇",
        "濮阳县恒兴建材有限公司",
        2.35,
        2.10,
        "未批先建厂房",
        "拆除复耕",
        "濮阳县柳屯镇人民政府",
        "2024年6月30日",
        "已拆除，复耕到位",
        "已销号",
    ),
    (
        "410928WP2405",
        "文留镇",
        "村民朱某",
        0.46,
        0.46,
        "占用耕地建设住宅",
        "拆除复耕",
        "濮阳县文留镇人民政府",
        "2024年8月31日",
        "正在拆除",
        "",
    ),
    (
        "410928WP2409",
        "庆祖镇",
        "庆祖镇东辛庄村委会",
        1.12,
        0.80,
        "村内道路拓宽未办理用地手续",
        "补办手续",
        "濮阳县庆祖镇人民政府",
        "2024年9月30日",
        "补办材料已报县局审查",
        "",
    ),
    (
        "410928WP2412",
        "梁庄镇",
        "濮阳县万通物流有限公司",
        3.60,
        3.60,
        "占用耕地硬化场地堆放货物",
        "拆除复耕",
        "濮阳县梁庄镇人民政府",
        "2024年7月15日",
        "未整改",
        "",
    ),
    (
        "410928WP2418",
        "子岸镇",
        "国道342改建工程项目部",
        5.20,
        4.90,
        "临时用地到期未复垦",
        "复垦",
        "市交通局",
        "2024年7月31日",
        "已复垦，经县局验收合格",
        "已销号",
    ),
    (
        "410928WP2421",
        "户部寨镇",
        "户部寨镇后寨村委会",
        0.88,
        0.88,
        "占用耕地建设村级文化广场",
        "补办手续",
        "濮阳县户部寨镇人民政府",
        "年底前",
        "",
        "",
    ),
    (
        "410928WP2426",
        "海通乡",
        "濮阳县鑫源养殖专业合作社",
        1.50,
        1.20,
        "设施农业用地改变用途建设办公用房",
        "没收、恢复原用途",
        "濮阳县海通乡人民政府",
        "2024年7月20日",
        "",
        "已销号",
    ),
]


def write_patches(path: Path) -> Path:
    b = Book(path, author="执法监察大队")
    ws = b.sheet("整改进度")
    area = b.book.add_format({"border": 1, "num_format": "0.00", "align": "center", "valign": "vcenter"})
    b.widths(ws, [6, 14, 10, 24, 10, 10, 28, 16, 22, 14, 24, 10])
    b.line(ws, 0, "濮阳县2024年第一季度卫片执法图斑违法用地整改进度表", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳县自然资源局    统计截至：2024年7月30日    面积单位：亩", 11)
    for c, word in [(0, "序号"), (1, "图斑编号"), (2, "乡镇"), (3, "用地主体")]:
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 5, "图斑面积", b.head)
    b.header(ws, 3, ["合计", "其中耕地"], first=4)
    words = [
        (6, "违法情形"),
        (7, "整改方式"),
        (8, "整改责任单位"),
        (9, "整改时限"),
        (10, "整改进度"),
        (11, "销号情况"),
    ]
    for c, word in words:
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(PATCH_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, row[0], b.center)
        b.put(ws, r, 2, row[1], b.center)
        b.put(ws, r, 3, row[2])
        b.put(ws, r, 4, row[3], area)
        b.put(ws, r, 5, row[4], area)
        b.row(ws, r, list(row[5:]), first=6)
    end = 4 + len(PATCH_ROWS)
    b.merge(ws, end, 0, end, 3, f"合计（{len(PATCH_ROWS)}宗）", b.center)
    b.put(ws, end, 4, round(sum(r[3] for r in PATCH_ROWS), 2), area)
    b.put(ws, end, 5, round(sum(r[4] for r in PATCH_ROWS), 2), area)
    for c in range(6, 12):
        b.put(ws, end, c, "", b.cell)
    b.line(
        ws, end + 1, "说明：整改方式按“拆、补、管”分类；销号情况经县自然资源局复核后填写，严防虚假整改。", 11
    )
    b.line(ws, end + 2, "单位负责人：宋国良    填表人：魏晓红    联系电话：0393-3212570", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 河湖“四乱”问题整改销号台账 (two returns in one zip), after a county's 河道非法采砂暨“清四乱”联合整治行动 (对河道管理
# 范围内乱占、乱采、乱堆、乱建等违法违规行为进行排查整治，对发现的问题按照“发现、反馈、整改、销号”的工作要求及时反馈
# 责任单位，并跟进督促，限期整改; 已交办各镇进行整改; 河湖“四乱”问题每月“通报-整改-回头看”闭环管理):
# http://df2er.xn6.net/html/78e8599836.html
# A .zip holding an .xlsx from a county 河长办 (问题编号, 问题类型 in the 四乱 terms, 发现时间 and 反馈（交办）时间 that
# 7日内 / 15日内 / 立行立改 count from, 整改情况, 销号情况 and 回头看情况 columns, the 责任乡镇 explicit) and a .docx with a
# table from a county 水利局 whose rows name only its own 股室 and 水利站.
TAIQIAN_ROWS = [
    (
        "TQ-2024-07-01",
        "金堤河",
        "乱堆",
        "金堤河孙口段右岸堆放建筑垃圾约50立方米",
        "台前县孙口镇人民政府",
        "2024.7.3",
        "2024.7.4",
        "7日内",
        "已清运完毕",
        "已销号",
        "无反弹",
    ),
    (
        "TQ-2024-07-02",
        "黄河",
        "乱采",
        "夹河乡滩区河道内非法采砂，形成采砂坑2处",
        "台前县夹河乡人民政府",
        "2024.7.5",
        "2024.7.5",
        "15日内",
        "已回填1处，另1处正在回填",
        "",
        "",
    ),
    (
        "TQ-2024-07-03",
        "金堤河",
        "乱建",
        "吴坝镇段河道管理范围内违建养殖大棚1处",
        "台前县吴坝镇人民政府",
        "2024.7.10",
        "2024.7.11",
        "2024.8.10",
        "",
        "",
        "",
    ),
    (
        "TQ-2024-07-04",
        "孟楼河",
        "乱占",
        "马楼镇段村民在河道内种植高秆作物阻水",
        "台前县马楼镇人民政府",
        "2024.7.12",
        "2024.7.12",
        "立行立改",
        "未整改",
        "",
        "回头看发现高秆作物仍未清除",
    ),
]
FANXIAN_ROWS = [
    (
        "彭楼引黄干渠陈庄段渠道内堆放秸秆约30立方米",
        "彭楼引黄干渠",
        "陈庄水利站",
        "清理秸秆",
        "7月15日前",
        "已清理，整改完成",
    ),
    (
        "金堤河范县段堤防上违规建设看护房1处",
        "金堤河",
        "水政监察大队",
        "立案查处，限期拆除",
        "8月底前",
        "已立案",
    ),
    ("金堤河河道管理范围界桩缺失12处", "金堤河", "工程管理股", "补设界桩", "2024年9月30日", "未启动"),
    ("孟楼河河长公示牌信息未及时更新", "孟楼河", "河道管理股", "更新公示牌信息", "长期坚持", "按月核查更新"),
]


def write_taiqian_book(path: Path) -> Path:
    b = Book(path, author="台前县河长办")
    ws = b.sheet("7月")
    b.widths(ws, [16, 10, 10, 36, 22, 12, 14, 12, 24, 10, 24])
    b.line(ws, 0, "台前县河湖“四乱”问题整改销号台账（7月）", 10, b.title)
    b.line(ws, 1, "填报单位：台前县河长制办公室    填报日期：2024年7月30日", 10)
    b.header(
        ws,
        2,
        [
            "问题编号",
            "河湖名称",
            "问题类型",
            "问题描述",
            "责任乡镇",
            "发现时间",
            "反馈（交办）时间",
            "整改时限",
            "整改情况",
            "销号情况",
            "回头看情况",
        ],
    )
    for i, row in enumerate(TAIQIAN_ROWS, 1):
        b.row(ws, 2 + i, list(row))
    b.line(ws, 3 + len(TAIQIAN_ROWS), "注：整改时限自反馈（交办）之日起计算；每月通报、整改、回头看。", 10)
    return b.close()


def write_fanxian_docx(path: Path) -> Path:
    doc = _new_document("河道管理股")
    _title(doc, "范县水利局河湖“四乱”问题整改情况", 18)
    _paragraph(doc, "填报单位：范县水利局    填报日期：2024年7月29日", 12)
    body = [[str(i), *row] for i, row in enumerate(FANXIAN_ROWS, 1)]
    _table(doc, ["序号", "问题描述", "河湖名称", "责任股室（站）", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "填表人：常凤娟    联系电话：0393-5224106", 12)
    return _save_fixed(doc, path)


def write_fourmess_zip(path: Path) -> Path:
    members = [
        ("台前县河湖四乱问题整改销号台账（7月）.xlsx", write_taiqian_book),
        ("范县水利局河湖四乱问题整改情况.docx", write_fanxian_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 10. 驻村帮扶工作队到岗到位和履职情况督查问题清单, after a district 纪委's account of its 查、访、纠 督查 of the 驻村帮扶
# 工作队 (“查”帮扶队员，查阅工作计划、工作日志、考勤签到; “访”贫困对象，了解帮扶责任人走访和满意度; “纠”发现问题，
# 对一般性问题列出清单、限期整改，对未到岗到位的驻村帮扶干部通报批评，工作日志、考勤簿填写不规范的由相关镇党委督促
# 限期整改，并约谈相关责任人):
# https://zhbx365.com/html/newsQSX2018-1-2318123104946I7HE7E6GG65JK85AEK94.html
# An .ods (LibreOffice conversion of an .xlsx): title, 督查组/督查时间 line, one header row with 督查方式 (查/访/纠), the
# 派出单位 (former and short names) beside an explicit 责任单位 that is sometimes the 派出单位 and sometimes the 镇党委,
# 处理意见, 整改时限 and 整改结果, a 注 line and a signature line.
TEAM_ROWS = [
    (
        "查",
        "龙王庄镇",
        "后张村",
        "市统计局",
        "驻村工作队员2人未在岗，考勤簿显示连续3日未签到",
        "通报批评",
        "市统计局",
        "7月15日前",
        "已召回到岗，整改完成",
    ),
    (
        "查",
        "陈庄镇",
        "韩徐庄村",
        "市水利局",
        "驻村工作日志填写不规范，帮扶记录更新不及时",
        "限期整改",
        "中共范县陈庄镇委员会",
        "7月底前",
        "正在规范",
    ),
    (
        "访",
        "辛庄镇",
        "孙楼村",
        "市残联",
        "部分脱贫户对帮扶责任人不熟悉，帮扶政策知晓率低",
        "限期整改",
        "市残联",
        "2024年8月15日",
        "",
    ),
    (
        "访",
        "王楼镇",
        "丁庄村",
        "市教育局",
        "帮扶村产业项目受益群众反映分红未按时发放",
        "约谈村党支部书记",
        "中共范县王楼镇委员会",
        "2024年7月20日",
        "未整改",
    ),
    (
        "纠",
        "濮城镇",
        "南街村",
        "市工信委",
        "派出单位对驻村工作队保障不到位，年度工作经费未拨付",
        "约谈派出单位主要负责人",
        "市工信委",
        "2024年7月31日",
        "工作经费已拨付到位",
    ),
    (
        "纠",
        "杨集乡",
        "杨集村",
        "市环保局",
        "乡党委对驻村干部管理不到位，请销假制度未落实",
        "通报批评",
        "中共范县杨集乡委员会",
        "长期坚持",
        "已建立钉钉打卡考勤，每月通报",
    ),
]


def write_teams_book(path: Path) -> Path:
    b = Book(path, author="县委督查室")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 8, 10, 10, 14, 40, 20, 22, 14, 26])
    b.line(ws, 0, "驻村帮扶工作队到岗到位和履职情况督查问题清单", 9, b.title)
    b.line(
        ws,
        1,
        "督查组：县纪委监委、县委组织部、县委督查室、县政府督查室联合督查组    督查时间：2024年7月8日至12日"
        "    整改结果填报截至：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督查方式",
            "乡镇",
            "村",
            "派出单位",
            "发现问题",
            "处理意见",
            "责任单位",
            "整改时限",
            "整改结果",
        ],
    )
    for i, row in enumerate(TEAM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TEAM_ROWS)
    b.line(ws, end, "注：对问题较重的，按照驻村帮扶工作问责办法追责问责；整改结果由责任单位填报。", 9)
    b.line(ws, end + 1, "填表人：范县县委督查室 赵亚楠    联系电话：0393-5221093", 9)
    return b.close()


def write_teams(path: Path) -> Path:
    path = via_soffice(write_teams_book, path, "ods", "驻村帮扶工作队督查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
FILES = [
    ("驻村帮扶任务清单第二季度达标验收问题整改台账.xlsx", write_tasks),
    ("南乐县河长制事件专题导出（2024年7月）.csv", write_events),
    ("市自然资源和规划局关于自然资源督察移交问题整改进展情况的报告.docx", write_inspect),
    ("台前县巩固拓展脱贫攻坚成果考核反馈问题整改方案.doc", write_plan),
    ("千口镇农村乱占耕地建房问题摸排整治工作台账.xls", write_houses),
    ("清丰县耕地流出问题排查整改台账（分乡镇）.xlsx", write_outflow),
    ("华龙区入河排污口排查整治问题台账.et", write_outlets),
    ("濮阳县第一季度卫片执法图斑违法用地整改进度表.xlsx", write_patches),
    ("河湖四乱问题整改销号台账（台前县、范县）.zip", write_fourmess_zip),
    ("驻村帮扶工作队到岗履职督查问题清单.ods", write_teams),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside161 returns: ten files laid out after ten public sources (education and health: schools,
hospitals, 疾控), each source cited beside its layout below.

Forms: .xlsx (two, one more inside the zip), .xls (xlwt, ticks under 是/否), a CSV in GBK, a .docx whose items are
numbered headings with their measures, .et (Excel 97 via LibreOffice), .ods (LibreOffice conversion), .wps and
.doc (Word 97 via LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; the
statistics date is 2024-07-31.

Run from this folder: python make_aside161.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
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
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
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
# 1. 常态化重大事故隐患专项排查整治, after a city 妇幼保健院's 巡查组 (重点对消防、建筑施工、配电房、监控室、药房、餐厅
# 以及可能导致危险的设备进行安全排查，对在建工程项目全方位自查自纠；对发现的问题责令相关科室、相关人员拿出整改
# 措施并承诺整改时限):
# http://rb.lhrb.com.cn/html/2023-09/01/content_146698.htm
# An .xlsx: title, 填报单位/排查时间 line, a two-row header (整改落实情况 over 整改进展 and 巡查组复查), the hospital's
# 科室 as 责任科室 with their 负责人 and 承诺整改时限, a 合计 row and a signature line.
MCH_ROWS = [
    (
        "门诊楼",
        "门诊楼三楼东侧安全出口被废旧输液架和纸箱堵塞",
        "一般隐患",
        "保卫科",
        "孟庆伟",
        "立即清理杂物，每日巡查安全出口",
        "立行立改",
        "已当场清理，安全出口畅通",
        "复查合格",
    ),
    (
        "配电房",
        "配电房内堆放纸箱等可燃物，高压柜前未铺设绝缘垫",
        "一般隐患",
        "总务科",
        "杜红军",
        "清除可燃物，铺设绝缘胶垫",
        "2024年7月15日",
        "可燃物已清除，绝缘垫已铺设",
        "复查合格",
    ),
    (
        "住院部综合楼在建工地",
        "在建工地临时用电私拉乱接，开关箱未做到“一机一闸一漏”",
        "重大隐患",
        "基建科",
        "韩卫东",
        "督促施工单位按规范更换配电箱、重新布线",
        "2024年7月20日",
        "已约谈施工单位，正在更换标准配电箱",
        "",
    ),
    (
        "消防控制室",
        "消防控制室夜间仅1人值班，值班人员未取得消防设施操作员证书",
        "一般隐患",
        "保卫科",
        "孟庆伟",
        "落实双人值班，组织值班人员持证上岗",
        "2024年8月31日前",
        "已落实双人值班，2名人员已报名8月消防设施操作员培训",
        "",
    ),
    (
        "药库",
        "药库内乙醇、过氧乙酸等易燃危化品与普通药品混放",
        "重大隐患",
        "药剂科",
        "秦雅丽",
        "设置危化品专用防爆柜，分类分区存放",
        "2024年7月12日",
        "已购置防爆柜，危化品单独存放",
        "复查合格",
    ),
    (
        "职工餐厅",
        "职工餐厅后厨天然气管道未安装可燃气体泄漏报警装置",
        "一般隐患",
        "膳食科",
        "吕海燕",
        "安装可燃气体报警器并与紧急切断阀联动",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "中心供氧站",
        "备用氧气钢瓶未固定，防倾倒链条缺失",
        "一般隐患",
        "设备科",
        "常志刚",
        "加装防倾倒链条和钢瓶固定架",
        "2024年7月10日",
        "未整改",
        "",
    ),
    (
        "门诊楼",
        "门诊楼2号客梯定期检验合格证已过期",
        "一般隐患",
        "总务科",
        "杜红军",
        "申请特种设备检验机构检验，检验合格前停用",
        "2024年8月15日",
        "已停用并提交检验申请，等待检验机构现场检验",
        "",
    ),
]


def write_mch(path: Path) -> Path:
    b = Book(path, author="保卫科")
    ws = b.sheet("隐患整改台账")
    b.widths(ws, [6, 14, 34, 10, 10, 10, 26, 14, 28, 12])
    b.line(ws, 0, "濮阳市妇幼保健院常态化重大事故隐患专项排查整治问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市妇幼保健院（盖章）    排查时间：2024年7月8日    巡查组：院安全生产巡查组",
        9,
    )
    words = [
        "序号",
        "排查部位",
        "隐患描述",
        "隐患等级",
        "责任科室",
        "科室负责人",
        "整改措施",
        "承诺整改时限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "巡查组复查"], first=8)
    for i, row in enumerate(MCH_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(MCH_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(
        ws,
        end,
        1,
        end,
        9,
        "共排查发现隐患8处（其中重大隐患2处），已整改3处，正在整改3处",
    )
    b.line(
        ws,
        end + 2,
        "巡查组组长：程建华    填表人：孟庆伟    联系电话：0393-4418326    填报日期：2024年7月26日",
        9,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 学校校舍及校园消防安全隐患排查整治情况统计表, after a district 教育局's notice on 汛期 (梅雨季节) 校舍安全检查 (各中小学、
# 幼儿园开展校舍和消防安全检查，将《学校校舍及校园消防安全隐患排查整治情况统计表》加盖公章上报局基建科、安保科):
# https://hlzhjy.net/ywgz/gztz/content_2568
# An .xls (xlwt): title, 填报单位 line, a two-row header with 是否整改到位 over 是/否 (ticks √), a 备注 column with
# progress, a 合计 row, a 注 line and a 填表人 line.
CAMPUS_ROWS = [
    (
        "濮阳市华龙区孟轲乡中心小学",
        "校舍",
        "教学楼屋面",
        "教学楼屋面防水层老化，雨天二楼3间教室漏水",
        "暑假期间重做屋面防水",
        "2024年8月20日",
        "",
        "√",
        "已完成招标，施工队7月28日进场",
    ),
    (
        "濮阳市华龙区岳村乡第一初级中学",
        "校舍",
        "学生宿舍楼",
        "学生宿舍楼北侧外墙瓷砖空鼓脱落",
        "拆除空鼓瓷砖，设置隔离区",
        "2024年7月15日",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区春蕾幼儿园",
        "消防",
        "幼儿午休室",
        "午休室空调电源使用插线板私拉乱接",
        "拆除插线板，规范布设专用插座",
        "2024年7月10日",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区京开道小学",
        "消防",
        "教学楼走廊",
        "教学楼走廊灭火器过期12具",
        "更换过期灭火器",
        "2024年7月12日",
        "√",
        "",
        "",
    ),
    (
        "濮阳市华龙区新习乡中心小学",
        "校舍",
        "校园围墙",
        "西侧围墙约30米向外倾斜，存在倒塌风险",
        "拆除重建，施工前设置警戒区",
        "8月底前",
        "",
        "√",
        "",
    ),
    (
        "濮阳市华龙区建设路小学",
        "消防",
        "微型消防站",
        "微型消防站器材配备不全，缺少消防头盔和破拆工具",
        "按标准补齐器材",
        "2024年7月31日",
        "",
        "",
        "已报区教育局申请采购资金",
    ),
    (
        "濮阳市华龙区昆吾小学",
        "校舍",
        "学生食堂",
        "食堂操作间吊顶受潮下沉",
        "更换吊顶，检修屋面排水",
        "2024年8月25日",
        "",
        "√",
        "正在维修",
    ),
    (
        "濮阳市华龙区育才中学",
        "消防",
        "学生宿舍楼",
        "宿舍楼疏散指示标志损坏3处，应急照明灯不亮",
        "更换疏散指示标志和应急照明灯",
        "2024年7月18日",
        "√",
        "",
        "",
    ),
]


def write_campus(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "华龙区学校校舍及校园消防安全隐患排查整治情况统计表", t, 0, last),
        (
            1,
            0,
            "填报单位：华龙区教育局基建科、安保科（盖章）    填报日期：2024年7月25日",
            plain,
            1,
            last,
        ),
    ]
    words = [
        "序号",
        "学校（幼儿园）名称",
        "隐患类别",
        "隐患部位",
        "隐患具体情况",
        "整改措施",
        "整改时限",
    ]
    for col, word in enumerate(words):
        cells.append((2, col, word, h, 3, col))
    cells.append((2, 7, "是否整改到位", h, 2, 8))
    cells.append((3, 7, "是", h))
    cells.append((3, 8, "否", h))
    cells.append((2, 9, "备注", h, 3, 9))
    cells.append((2, 10, "学校负责人", h, 3, 10))
    heads = [
        "王立新",
        "赵红梅",
        "李静",
        "郭建民",
        "陈东升",
        "高志强",
        "刘晓燕",
        "张卫华",
    ]
    for i, row in enumerate(CAMPUS_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (7, 8) else c))
        cells.append((r, 10, heads[i - 1], ctr))
    end = 4 + len(CAMPUS_ROWS)
    cells.append((end, 0, "合计", ctr, end, 1))
    cells.append((end, 2, "排查学校（幼儿园）8所，发现隐患8处", c, end, 6))
    cells.append((end, 7, 4, ctr))
    cells.append((end, 8, 3, ctr))
    cells.append((end, 9, "", c))
    cells.append((end, 10, "", c))
    cells.append(
        (
            end + 1,
            0,
            "注：“是否整改到位”栏在对应栏内打“√”；未整改到位的，在“备注”栏注明目前进展。",
            plain,
            end + 1,
            last,
        )
    )
    cells.append(
        (
            end + 2,
            0,
            "填表人：申晓辉    审核人：马国栋    联系电话：0393-8320516",
            plain,
            end + 2,
            last,
        )
    )
    return _write_xls(path, [("统计表", cells, [6, 30, 8, 12, 36, 28, 14, 6, 6, 26, 10])])


# ---------------------------------------------------------------------------------------------
# 3. 夏季学校肠道传染病防控督导, after a city 疾控中心's joint督导 with the 教育局 and 食药监局 of 托幼机构、中小学校、
# 大中专院校 (学校管理制度、卫生消毒、健康教育; 对督导中发现的问题及时提出督导意见和建议，并将督导情况汇总给市教育局，
# 由市教育局按要求通报):
# http://scghcdc.cn/html/gongzuodongtai/jikongyaowen/20180604/8662.html
# A CSV in GBK: a title line, a line stating the 督导 dates and the day the 整改时限 in days count from, one header
# line, a 合计 line and a 填报单位 line.
CDC_ROWS = [
    (
        "濮阳市第一高级中学",
        "市直",
        "晨午检记录不完整，6月份有8天无午检记录",
        "落实晨午检制度，班主任每日填报",
        "7日内",
        "已整改到位，晨午检由班主任每日网上填报",
    ),
    (
        "濮阳县实验幼儿园",
        "濮阳县",
        "因病缺勤追踪登记未落实，缺勤幼儿病因未追查",
        "建立因病缺勤病因追查与登记制度",
        "7日内",
        "已整改",
    ),
    (
        "清丰县第一初级中学",
        "清丰县",
        "学生饮水机未定期清洗消毒，无清洗消毒记录",
        "委托厂家清洗消毒并建立记录",
        "15日内",
        "正在联系厂家清洗消毒",
    ),
    (
        "南乐县城关镇中心幼儿园",
        "南乐县",
        "幼儿厕所洗手设施不足，未配备洗手液",
        "增设洗手龙头，配备洗手液",
        "7日内",
        "",
    ),
    (
        "濮阳市职业中等专业学校",
        "市直",
        "学生食堂食品留样不足125克，留样记录缺失",
        "规范留样，专人记录",
        "立行立改",
        "已整改，复查合格",
    ),
    (
        "范县实验小学",
        "范县",
        "未配备专职校医，学校传染病疫情报告人未明确",
        "配备校医，明确疫情报告人",
        "2024年8月31日",
        "已向县教育局申请招聘校医，暂由副校长兼任疫情报告人",
    ),
    (
        "台前县城关镇第一小学",
        "台前县",
        "教室、宿舍未建立通风消毒记录",
        "建立通风消毒登记制度",
        "15日内",
        "未整改",
    ),
]


def write_cdc(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年夏季学校及托幼机构肠道传染病防控督导发现问题整改反馈表"])
    w.writerow(
        [
            "督导时间：2024年6月24日—6月28日；督导单位：市疾病预防控制中心、市教育局、市市场监督管理局；"
            "整改时限自督导意见反馈之日（2024年7月1日）起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "学校（托幼机构）名称",
            "所属县区",
            "督导发现问题",
            "督导意见",
            "整改时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(CDC_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        [
            "合计",
            "督导托幼机构、中小学校、中职学校共102所",
            "",
            "反馈问题7条",
            "",
            "",
            "",
        ]
    )
    w.writerow(["填报单位：濮阳市疾病预防控制中心学校卫生科    填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 疾控中心巡察整改进展情况, after a city 疾病预防控制中心党委's published 巡察整改进展 (巡察反馈的41个问题中30个已完成
# （含基本完成）、11个需长期整改; “1.关于‘流行病学调查信息化水平低’问题的整改。(1)…(2)…”):
# http://wsj.yancheng.gov.cn/art/2024/7/25/art_2582_4216164.html
# A .docx: title, preamble with the counts, 一、整改工作组织领导情况, 二、整改进展情况 with (一) 已完成, (二) 正在推进 and
# (三) 需长期坚持 subsections, each problem as a numbered heading «关于“…”问题的整改» with its 责任科室, 时限 and progress
# in the paragraph below; the sender named in the title and at the foot.
CDC_REPORT = [
    (
        "（一）集中整改期内已完成的整改事项",
        [
            (
                "1.关于“突发公共卫生事件应急演练开展不足”问题的整改。",
                "（责任科室：应急办；整改时限：2024年5月底前）修订《突发公共卫生事件应急预案》，5月份组织开展"
                "传染病疫情处置和食物中毒处置桌面推演、实战演练各1次。该问题已整改完成。",
            ),
            (
                "2.关于“预防接种单位督导检查覆盖不全”问题的整改。",
                "（责任科室：免疫规划科；整改时限：2024年6月30日）制定年度督导计划，对全市98家预防接种单位开展"
                "全覆盖督导，建立问题清单逐一反馈。已完成整改。",
            ),
            (
                "3.关于“部分固定资产账实不符”问题的整改。",
                "（责任科室：财务科；整改时限：2024年4月底前）开展固定资产全面清查，对盘亏盘盈的37台（件）设备"
                "按程序调整账务，完善资产领用登记制度。已完成整改。",
            ),
            (
                "4.关于“公务接待审批手续不全”问题的整改。",
                "（责任科室：办公室；整改时限：2024年1月31日）严格执行公务接待审批单和接待清单制度，对2023年"
                "以来的接待台账逐笔核查补正。已完成整改。",
            ),
        ],
    ),
    (
        "（二）正在推进的整改事项",
        [
            (
                "5.关于“实验室检测能力与标准要求存在差距”问题的整改。",
                "（责任科室：检验科；整改时限：2024年9月底前）对照疾控机构实验室能力标准，新增检测项目31项，"
                "目前已完成23项方法验证，其余8项正在进行方法验证和人员培训。",
            ),
            (
                "6.关于“慢性病监测数据质量不高”问题的整改。",
                "（责任科室：慢性病防治科；整改时限：2024年12月底前）制定数据质量核查方案，目前正在对2023年"
                "死因监测和肿瘤登记数据开展逐条核查，已完成县区培训5场。",
            ),
        ],
    ),
    (
        "（三）需要长期坚持的整改事项",
        [
            (
                "7.关于“专业技术人才梯队断层”问题的整改。",
                "（责任科室：人事科）持续实施人才引进和“青苗”培养计划，每年选派业务骨干到上级疾控机构进修，"
                "长期坚持。",
            ),
            (
                "8.关于“党建与业务融合不够深入”问题的整改。",
                "（责任科室：党委办公室）坚持把党支部建在科室上，推行“党建+疾控”项目化管理，常态化推进。",
            ),
        ],
    ),
]


def write_cdc_report(path: Path) -> Path:
    doc = _new_document("中心办公室")
    _title(doc, "中共濮阳市疾病预防控制中心委员会关于市委巡察反馈意见整改进展情况的报告")
    _paragraph(
        doc,
        "根据市委统一部署，2023年10月9日至12月15日，市委第三巡察组对中心党委进行了巡察。2024年1月12日，"
        "市委巡察组向中心党委反馈了巡察意见。根据党务公开原则和巡察工作有关要求，现将整改进展情况报告如下。"
        "巡察反馈的8个问题中，已完成整改4个，正在推进2个，需长期坚持2个。",
    )
    _paragraph(doc, "一、整改工作组织领导情况", font="黑体")
    _paragraph(
        doc,
        "中心党委切实履行巡察整改主体责任，成立巡察整改领导小组，落实党委书记“第一责任人”责任和分管领导"
        "直接责任，研究制定整改方案，逐项明确责任科室和整改时限，坚持即知即改、真改实改。",
    )
    _paragraph(doc, "二、整改进展情况及成效", font="黑体")
    for section, items in CDC_REPORT:
        _paragraph(doc, section, font="楷体_GB2312")
        for heading, body in items:
            _paragraph(doc, heading)
            _paragraph(doc, body)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "中心党委将持续压紧压实整改责任，对正在推进的事项挂图作战、按期销号，对需长期坚持的事项建立长效机制，"
        "巩固拓展巡察整改成果。",
    )
    _paragraph(doc, "中共濮阳市疾病预防控制中心委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 5. 预防接种门诊飞行检查, after a city 卫生健康委's 飞行检查 of 常规预防接种门诊 by 疾控中心 experts (按检查记录表核查
# 接种单位及人员资质、门诊信息公示、疫苗及冷链管理、预防接种服务规范性; 现场反馈并提出明确的指导意见，要求尽快整改):
# http://www.cdcqd.cn/info_view?newsid=122219
# An .et (Excel 97 via LibreOffice): title, 检查组织/检查时间 line stating that the 整改时限 count from the 反馈日期,
# one header row with the 检查内容 of the 记录表, a 反馈日期 column, 督导专家 (the inspector) beside the 整改落实情况,
# a 注 line and a 填表人 line.
VAX_ROWS = [
    (
        "华龙区",
        "濮阳市华龙区中原路街道社区卫生服务中心",
        "接种单位及人员资质",
        "1名接种人员未取得预防接种培训合格证明即上岗",
        "立即停止其接种工作，参加培训考核合格后上岗",
        date(2024, 7, 9),
        "10个工作日内",
        "已调整其岗位，已报名参加7月下旬培训考核",
        "刘晓东",
    ),
    (
        "华龙区",
        "濮阳市华龙区孟轲乡卫生院",
        "信息管理",
        "免疫规划信息系统中46条接种记录未及时上传",
        "补录上传，落实接种信息当日上传",
        date(2024, 7, 9),
        "3个工作日内",
        "已全部补录上传，复核无误",
        "刘晓东",
    ),
    (
        "濮阳县",
        "濮阳县文留镇卫生院",
        "疫苗及冷链管理",
        "冷藏冰箱温度每日仅记录1次，未按要求上午、下午各记录1次",
        "规范温度记录，配置温度自动监测设备",
        date(2024, 7, 10),
        "5个工作日内",
        "已安装冷链温度自动监测系统，整改完成",
        "孙丽萍",
    ),
    (
        "清丰县",
        "清丰县韩村镇卫生院",
        "门诊信息公示",
        "未公示非免疫规划疫苗品种、价格及接种服务费",
        "在候种区醒目位置公示",
        date(2024, 7, 10),
        "立行立改",
        "已公示",
        "孙丽萍",
    ),
    (
        "南乐县",
        "南乐县谷金楼镇卫生院",
        "预防接种服务规范性",
        "受种者留观不足30分钟即离开，留观室无专人值守",
        "安排专人值守，落实留观30分钟",
        date(2024, 7, 10),
        "10个工作日内",
        "",
        "孙丽萍",
    ),
    (
        "范县",
        "范县白衣阁乡卫生院",
        "疫苗及冷链管理",
        "冷链室未配备备用发电机，停电应急预案未开展演练",
        "配备备用电源并组织演练",
        date(2024, 7, 11),
        "2024年8月31日前",
        "已申请购置发电机，正在履行采购程序",
        "王海燕",
    ),
    (
        "台前县",
        "台前县打渔陈镇卫生院",
        "预防接种服务规范性",
        "接种前未查验预防接种证，知情告知书签字不全",
        "严格执行“三查七对一验证”，完善知情告知",
        date(2024, 7, 11),
        "5个工作日内",
        "未整改",
        "王海燕",
    ),
]


def write_vax_book(path: Path) -> Path:
    b = Book(path, author="免疫规划科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 8, 30, 14, 34, 30, 12, 14, 30, 10])
    b.line(ws, 0, "2024年7月常规预防接种门诊飞行检查发现问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "检查组织：濮阳市卫生健康委员会    技术指导：濮阳市疾病预防控制中心    检查时间：2024年7月9日至7月11日"
        "    整改时限自现场反馈之日起计算",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "县（区）",
            "接种单位",
            "检查内容",
            "发现问题",
            "整改要求",
            "反馈日期",
            "整改时限",
            "整改落实情况",
            "督导专家",
        ],
    )
    for i, row in enumerate(VAX_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VAX_ROWS)
    b.line(
        ws,
        end,
        "注：检查依据《预防接种门诊管理工作检查记录表》；工作日按国家法定工作日计算。",
        9,
    )
    b.line(
        ws,
        end + 1,
        "填表人：宋文静    联系电话：0393-8991270    填报日期：2024年7月29日",
        9,
    )
    return b.close()


def write_vax(path: Path) -> Path:
    return via_soffice(write_vax_book, path, "xls", "预防接种门诊飞行检查问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 卫生健康综合监督执法行动, after a city and its counties' 卫生监督机构 joint action (医疗机构依法执业、放射诊疗、医疗
# 机构危险化学品、非法医疗美容、学校卫生等领域; 检查疾控机构、二级医院、民营医院、镇卫生院、个体诊所、学校; 对现场检查
# 中发现的问题当场责令限期整改):
# https://mip.yaozui.com/p448487.html
# An .ods (LibreOffice conversion): title, 执法单位 line, a two-row header (整改落实 over 整改情况 and 复查结论) with the
# 卫生监督意见书 number and its 下达日期 as the base of 限期N日, the 被检查单位 as the unit, a 注 line and a signature line.
SUPERVISE_ROWS = [
    (
        "医疗机构依法执业",
        "濮阳华康医院",
        "聘用2名未变更注册执业地点的医师从事诊疗活动",
        "濮卫监意〔2024〕0712号",
        date(2024, 7, 8),
        "限期15日",
        "已为2名医师办理执业地点变更注册",
        "复查合格",
    ),
    (
        "放射诊疗",
        "濮阳县人民医院",
        "CT室放射工作人员未佩戴个人剂量计",
        "濮卫监意〔2024〕0713号",
        date(2024, 7, 8),
        "限期3日",
        "已配发个人剂量计并建立佩戴检查制度",
        "复查合格",
    ),
    (
        "医疗机构危险化学品",
        "清丰县中医院",
        "检验科危险化学品未落实双人双锁管理",
        "濮卫监意〔2024〕0721号",
        date(2024, 7, 9),
        "限期7日",
        "正在采购危化品专用柜",
        "",
    ),
    (
        "非法医疗美容",
        "濮阳市华龙区丽人医疗美容诊所",
        "超出核准登记的诊疗科目开展注射美容项目",
        "濮卫监意〔2024〕0725号",
        date(2024, 7, 10),
        "限期10日",
        "已责令停止相关项目，正在立案调查",
        "",
    ),
    (
        "学校卫生",
        "濮阳市第三中学",
        "学校直饮水设备无涉水产品卫生许可批件",
        "濮卫监意〔2024〕0726号",
        date(2024, 7, 10),
        "限期15日",
        "",
        "",
    ),
    (
        "传染病防治",
        "范县疾病预防控制中心",
        "菌（毒）种保藏出入库登记缺失",
        "濮卫监意〔2024〕0731号",
        date(2024, 7, 11),
        "限期15日",
        "已补建出入库登记台账",
        "复查合格",
    ),
    (
        "医疗机构依法执业",
        "南乐县张果屯镇卫生院",
        "部分门诊病历无接诊医师签名，病历书写不规范",
        "濮卫监意〔2024〕0733号",
        date(2024, 7, 11),
        "限期30日",
        "正在开展病历书写规范全员培训",
        "",
    ),
    (
        "消毒隔离",
        "台前县城关镇卫生院",
        "口腔科牙科手机未做到一人一用一灭菌",
        "濮卫监意〔2024〕0738号",
        date(2024, 7, 12),
        "限期7日",
        "未整改",
        "复查未通过",
    ),
]


def write_supervise_book(path: Path) -> Path:
    b = Book(path, author="综合监督科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 30, 36, 22, 12, 10, 28, 12])
    b.line(ws, 0, "2024年卫生健康综合监督执法行动发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "执法单位：市卫生健康委员会综合监督执法局及各县（区）卫生健康监督所    统计截至：2024年7月29日",
        8,
    )
    words = [
        "序号",
        "检查领域",
        "被检查单位",
        "发现问题",
        "卫生监督意见书编号",
        "下达日期",
        "整改期限",
    ]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复查结论"], first=7)
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SUPERVISE_ROWS)
    b.line(ws, end, "注：整改期限自卫生监督意见书下达之日起计算；复查由原执法人员负责。", 8)
    b.line(ws, end + 1, "审核人：冯志远    填表人：田雨    联系电话：0393-8179052", 8)
    return b.close()


def write_supervise(path: Path) -> Path:
    via_soffice(write_supervise_book, path, "ods", "卫生健康综合监督执法发现问题整改台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 医疗机构医疗废物专项检查, after a district 环保分局's joint check with the 区卫生监督所 of 医疗机构 (政府所属和民营;
# 重点检查医疗废物的贮存及转运; 部分医疗机构医疗废物未能落实48小时内转运):
# http://hangzhou.baogaosu.com/xinwen/%E7%8E%AF%E5%A2%83%E4%BF%9D%E9%9A%9C%E4%B8%93%E9%A1%B9%E6%A3%80%E6%9F%A5%E4%BA%94%E5%8C%BB%E7%96%97%E6%9C%BA%E6%9E%84%E6%A3%80%E6%9F%A5/41586577/
# A .wps (Word 97 via LibreOffice): title, 检查单位/检查时间 line, one table naming each 医疗机构 and its 性质,
# deadlines as dates and 立行立改 (from the 检查时间), a request line and the senders at the foot.
WASTE_ROWS = [
    (
        "濮阳市人民医院",
        "公立",
        "医疗废物暂存间地面未做防渗处理，警示标识缺失",
        "地面做防渗处理，张贴医疗废物警示标识",
        "2024年8月15日",
        "地面防渗施工已完成，警示标识已张贴，整改完毕",
    ),
    (
        "濮阳市华龙区康宁口腔诊所",
        "民营",
        "医疗废物未在48小时内转运，暂存超过5天",
        "按规定频次交集中处置单位收运",
        "2024年7月20日",
        "已整改，与处置单位签订每两日上门收运协议",
    ),
    (
        "濮阳华仁中医院",
        "民营",
        "污水处理设施余氯在线监测设备停用",
        "修复在线监测设备，恢复数据传输",
        "2024年7月31日",
        "设备厂家正在维修",
    ),
    (
        "濮阳市华龙区东方社区卫生服务站",
        "公立",
        "医疗废物交接登记未填写重量和交接人签名",
        "完善交接登记",
        "立行立改",
        "已整改",
    ),
    (
        "濮阳市华龙区爱婴妇产医院",
        "民营",
        "损伤性废物与感染性废物混装",
        "分类收集，锐器放入利器盒",
        "2024年7月20日",
        "未整改",
    ),
    (
        "濮阳市华龙区仁济诊所",
        "民营",
        "未与有资质的医疗废物集中处置单位签订处置合同",
        "签订处置合同，建立转移联单",
        "2024年7月25日",
        "",
    ),
    (
        "濮阳市第五人民医院",
        "公立",
        "污水处理站污泥未按危险废物管理，露天堆放",
        "按危险废物规范贮存并委托处置",
        "2024年9月30日",
        "已委托有资质单位编制污泥处置方案，正在办理危险废物转移手续",
    ),
]


def write_waste_docx(path: Path) -> Path:
    doc = _new_document("华龙分局")
    _title(doc, "医疗机构医疗废物和医疗污水专项检查问题清单", 18)
    _paragraph(
        doc,
        "检查单位：濮阳市生态环境局华龙分局、华龙区卫生健康监督所    检查时间：2024年7月16日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(WASTE_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "医疗机构名称",
            "性质",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ],
        body,
    )
    _paragraph(
        doc,
        "请各医疗机构于7月31日前将整改情况书面报送华龙分局固体废物和化学品管理科。",
        12,
    )
    _paragraph(
        doc,
        "濮阳市生态环境局华龙分局    华龙区卫生健康监督所",
        12,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_docx, path, "doc", "医疗机构医疗废物专项检查问题清单.docx")


# ---------------------------------------------------------------------------------------------
# 8. 校外培训机构（托管）消防安全大排查, after a county 教育局's notice to 各学校、幼儿园、学科类校外培训机构（托儿所）
# (重点排查违规使用易燃可燃材料装饰装修、违规动火动焊、私拉乱接电线、占堵疏散通道、损坏消防设施; 检查组督导检查，
# 对存在的问题下发整改通知，限期整改；拒绝整改的报请有关部门依法关闭停业整顿):
# https://www.sandu.gov.cn/zfbm/xjyj_5712968/zcwj_5712950/202101/t20210121_66224384.html
# A .doc (Word 97 via LibreOffice): a 通报 with 文号 and 主送, the problems of each 机构 as numbered paragraphs (its
# full name, the problem, the deadline in words, its progress in a sentence), 工作要求 paragraphs and the sender.
TRAINING_PARAS = [
    (
        "1.濮阳市华龙区启航教育培训学校有限公司：二楼教室违规使用易燃夹芯板分隔，疏散通道堆放课桌椅。"
        "责令于7月25日前拆除夹芯板、清理疏散通道。目前已全部拆除清理，整改到位。"
    ),
    (
        "2.濮阳市华龙区小太阳托管服务中心：一楼大厅私拉乱接电线为电动自行车充电。责令于7月20日前拆除"
        "私接线路、清出电动自行车。已整改完毕。"
    ),
    (
        "3.濮阳县博学艺术培训学校：三楼培训区仅设1个安全出口，不符合安全疏散要求。责令于8月15日前增设"
        "安全出口。目前正在办理增设安全出口的设计和报建手续。"
    ),
    "4.清丰县新起点课后托管中心：未配置灭火器和应急照明灯。责令于7月25日前配齐。截至目前仍未整改。",
    (
        "5.南乐县育英教育培训学校：装修施工违规动火动焊，未办理动火审批。已责令立即停止动火作业，"
        "于7月31日前补办动火审批手续。目前已停止施工，正在补办手续。"
    ),
    "6.范县书香阁托管班：学生午休室设在地下室，不符合消防安全要求。责令于7月31日前将午休室搬离地下室。",
    (
        "7.台前县金榜培训学校：室内消火栓无水，消防水泵损坏。责令于8月10日前修复。已完成维修，"
        "经消防部门复查合格。"
    ),
]


def write_training_docx(path: Path) -> Path:
    doc = _new_document("安全科")
    _paragraph(doc, "濮教安〔2024〕17号", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _title(doc, "濮阳市教育局关于暑期校外培训机构和托管机构消防安全大排查大整治情况的通报")
    _paragraph(doc, "各县（区）教育局，各学科类、非学科类校外培训机构及托管机构：")
    _paragraph(
        doc,
        "为切实做好暑期校外培训机构和托管机构消防安全工作，7月上旬以来，市教育局会同市消防救援支队组成"
        "4个检查组，对全市126家校外培训机构和托管机构开展了消防安全大排查大整治，重点检查违规使用易燃可燃"
        "材料装饰装修、违规动火动焊、私拉乱接电线、占堵疏散通道、损坏消防设施等问题。现将检查发现的主要"
        "问题及整改情况通报如下：",
    )
    _paragraph(doc, "一、存在的主要问题及整改情况", font="黑体")
    for text in TRAINING_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "二、工作要求", font="黑体")
    _paragraph(
        doc,
        "（一）各县（区）教育局要督促辖区机构对照问题逐项整改，对拒不整改或限期内未完成整改的，报请有关部门"
        "依法责令停业整顿。",
    )
    _paragraph(doc, "（二）各机构要落实消防安全主体责任，每日开展防火巡查，确保暑期安全。")
    _paragraph(doc, "濮阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_training(path: Path) -> Path:
    return via_soffice(write_training_docx, path, "doc", "校外培训机构消防安全大排查情况通报.docx")


# ---------------------------------------------------------------------------------------------
# 9. 校园安全暗访检查, after a district 教育局学安办's 突击检查组 (不发通知，不打招呼，直奔现场; 暗访区属学校、幼儿园
# 校门口周边安全状况、校园技术防范建设情况、校园内食堂、消防通道; 当即责令整改; 检查前与整改后照片对比):
# http://news.25948.com/gundong/2016/1013/30831.html
# An .xlsx: title, 检查单位/暗访时间 line, one header row with the 暗访日期 of each row (the base of 立行立改),
# 整改前/整改后照片 columns, a 注 line and a 检查人 line.
VISIT_ROWS = [
    (
        "濮阳县第一实验小学",
        "校门口周边",
        date(2024, 7, 1),
        "放学时段校门口无保安值守，“护学岗”未落实",
        "立行立改",
        "已整改到位，安排2名保安和值周教师护学",
        "见附件1-1",
        "见附件1-2",
    ),
    (
        "濮阳县城关镇第二初级中学",
        "技术防范",
        date(2024, 7, 1),
        "校园周界视频监控有4路无信号",
        "2024年7月15日",
        "已维修，监控全部恢复",
        "见附件2-1",
        "见附件2-2",
    ),
    (
        "濮阳县胡状镇中心幼儿园",
        "技术防范",
        date(2024, 7, 2),
        "一键报警装置未与公安机关联网",
        "2024年8月31日",
        "已向县公安局提交联网申请，等待安装调试",
        "见附件3-1",
        "",
    ),
    (
        "濮阳县子岸镇中心小学",
        "食堂",
        date(2024, 7, 2),
        "食堂后门未上锁，外来人员可随意进入操作间",
        "2024年7月5日",
        "未整改",
        "见附件4-1",
        "",
    ),
    (
        "濮阳县五星乡初级中学",
        "消防通道",
        date(2024, 7, 2),
        "教学楼东侧消防通道被教职工车辆占用",
        "2024年7月3日",
        "",
        "见附件5-1",
        "",
    ),
    (
        "濮阳县文留镇第一初级中学",
        "校门口周边",
        date(2024, 7, 3),
        "校门口50米内有流动摊贩占道经营",
        "2024年7月31日",
        "已函告镇综合行政执法大队，正在联合清理",
        "见附件6-1",
        "",
    ),
    (
        "濮阳县柳屯镇中心小学",
        "技术防范",
        date(2024, 7, 3),
        "门卫室未配备钢叉、防暴盾牌等防卫器械",
        "2024年7月10日",
        "已配齐防卫器械",
        "见附件7-1",
        "见附件7-2",
    ),
    (
        "濮阳县庆祖镇中心幼儿园",
        "消防通道",
        date(2024, 7, 3),
        "幼儿午休室安全出口门上锁",
        "立行立改",
        "已当场打开，改装推闩式逃生门锁",
        "见附件8-1",
        "见附件8-2",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="学安办")
    ws = b.sheet("暗访问题台账")
    b.widths(ws, [6, 26, 12, 12, 36, 14, 32, 12, 12])
    b.line(ws, 0, "濮阳县中小学幼儿园校园安全暗访检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县教育局学校安全管理办公室（突击检查组）    暗访时间：2024年7月1日至7月3日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "学校（幼儿园）",
            "检查类别",
            "暗访日期",
            "暗访发现问题",
            "整改时限",
            "整改情况",
            "整改前照片",
            "整改后照片",
        ],
    )
    for i, row in enumerate(VISIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VISIT_ROWS)
    b.line(ws, end, "注：“立行立改”的问题须在暗访当日整改到位；整改前后照片另附。", 8)
    b.line(ws, end + 1, "检查人：陈志刚、黄玉洁    填表日期：2024年7月24日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 医院安全生产和消防安全检查, after a hospital's 节前 check led by a 副院长 with 质管办、综治办、保卫科、总务科、器械科、
# 科教科、药剂科 (危险化学品仓库、特种设备、毒麻药品、易燃易爆品、压力容器、用电安全、集体宿舍、被服仓库、食品加工、
# 消防通道; 能当场整改的立即整改，不能立即整改的限期整改; 综治办对整改事项建档立卡，实行“台帐制”动态管理):
# https://ncsyy.com/list/94-205/1087.html
# A .zip of two returns after that account: a hospital's .xlsx 台账 whose rows name its 科室 (and the 检查人 beside
# them), and another hospital's .docx listing the problems as numbered paragraphs under its 综治办's heading.
TCM_ROWS = [
    (
        "危险化学品仓库",
        "危化品仓库未安装防爆照明灯具",
        "总务科",
        "更换防爆灯具",
        "2024年7月20日",
        "已更换",
        "石建国",
    ),
    (
        "毒麻药品",
        "麻醉药品专用保险柜未实行双人双锁",
        "药剂科",
        "配备双锁，双人管理",
        "立即整改",
        "已当场整改",
        "石建国",
    ),
    (
        "特种设备",
        "锅炉房压力容器安全阀超期未校验",
        "器械科",
        "送检校验",
        "2024年8月10日",
        "已联系检测机构，安全阀已拆送校验",
        "李红霞",
    ),
    (
        "集体宿舍",
        "规培生宿舍使用大功率电热水壶和电磁炉",
        "科教科",
        "收缴违规电器，开展用电安全教育",
        "2024年7月15日",
        "",
        "李红霞",
    ),
    (
        "被服仓库",
        "被服仓库物品堆放距灯具不足0.5米",
        "总务科",
        "调整货架，保持安全距离",
        "2024年7月18日",
        "未整改",
        "王鹏",
    ),
]

PEOPLE_PARAS = [
    (
        "1.住院楼负一层消防通道堆放废旧病床，影响疏散。责任科室：后勤保障科。整改时限：2024年7月12日。"
        "整改情况：已清理完毕。"
    ),
    (
        "2.检验科生物安全柜年度检测报告过期。责任科室：检验科。整改时限：2024年7月31日。"
        "整改情况：已联系检测机构，定于7月30日现场检测。"
    ),
    "3.食堂液化气钢瓶与灶具间距不足1米。责任科室：后勤保障科。整改时限：2024年7月15日。整改情况：已整改。",
    (
        "4.门诊楼部分配电箱未上锁，箱内线路老化。责任科室：设备科。整改时限：2024年8月31日。"
        "整改情况：已制定配电线路改造方案，正在组织施工。"
    ),
    "5.安全生产教育培训记录不全，新入职人员未进行岗前安全培训。责任科室：综治办。整改时限：2024年7月20日。",
]


def write_tcm_book(path: Path) -> Path:
    b = Book(path, author="综治办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 14, 34, 10, 24, 14, 28, 10])
    b.line(ws, 0, "安全生产和消防安全检查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "单位：濮阳市中医医院    检查时间：2024年7月5日    带队：常务副院长 郑卫平",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查部位",
            "存在问题",
            "责任科室",
            "整改措施",
            "整改时限",
            "整改情况",
            "检查人",
        ],
    )
    for i, row in enumerate(TCM_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TCM_ROWS)
    b.line(ws, end, "综治办负责对以上整改事项建档立卡，实行台账制动态管理。", 7)
    b.line(ws, end + 1, "填表人：何丽    审核人：郑卫平    2024年7月26日", 7)
    return b.close()


def write_people_docx(path: Path) -> Path:
    doc = _new_document("综治办")
    _title(doc, "清丰县人民医院安全生产和消防安全检查发现问题及整改情况", 18)
    _paragraph(
        doc,
        "7月10日，副院长带领质管办、综治办、保卫科、后勤保障科、设备科、药剂科负责人对全院危险化学品、特种设备、"
        "用电安全、食品加工、消防通道等进行了安全检查，共发现问题5个，现将整改情况报告如下：",
        14,
    )
    for text in PEOPLE_PARAS:
        _paragraph(doc, text, 14)
    _paragraph(doc, "清丰县人民医院综治办", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月27日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_hospitals(path: Path) -> Path:
    members = [
        ("安全生产和消防安全检查问题整改台账（市中医医院）.xlsx", write_tcm_book),
        (
            "安全生产和消防安全检查发现问题及整改情况（清丰县人民医院）.docx",
            write_people_docx,
        ),
    ]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
FILES = [
    ("濮阳市妇幼保健院常态化重大事故隐患专项排查整治问题整改台账.xlsx", write_mch),
    ("华龙区学校校舍及校园消防安全隐患排查整治情况统计表.xls", write_campus),
    ("2024年夏季学校及托幼机构肠道传染病防控督导问题整改反馈表.csv", write_cdc),
    ("市疾控中心关于市委巡察反馈意见整改进展情况的报告.docx", write_cdc_report),
    ("预防接种门诊飞行检查发现问题整改台账.et", write_vax),
    ("卫生健康综合监督执法行动发现问题整改台账.ods", write_supervise),
    ("医疗机构医疗废物和医疗污水专项检查问题清单.wps", write_waste),
    (
        "关于暑期校外培训机构和托管机构消防安全大排查大整治情况的通报.doc",
        write_training,
    ),
    ("濮阳县校园安全暗访检查问题整改台账.xlsx", write_visit),
    ("医院安全生产和消防安全检查问题整改（两家医院）.zip", write_hospitals),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev91 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns of enterprises and parks: 国有企业巡察整改, 民营（小微）企业安全检查, 工业园区生态环境督查, 化工园区安全整治,
物流园区安全检查, 产业集聚区交叉检查, 高新区企业服务日, 开发区“万人助万企”, 招商引资问题项目, 重点项目建设督导.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice,
member times fixed), a CSV in UTF-8 with BOM, a .docx report whose items are numbered paragraphs, a .wps (Word 97
via LibreOffice) whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_dev91.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files (fixed document dates, fixed zip member times).
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
# Workbooks: a thin layer over XlsxWriter.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "宋体"}
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
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
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .wps returns")
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


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=False
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
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
# 1. 国有企业巡察反馈意见整改台账, after a district 巡察组's feedback to a state-owned 交投集团 党委 (党委职责定位还不够
# 准确、党委风险防控意识有待加强、落实“两个责任”不够到位、项目监管不够有力、执行选人用人政策不够规范 … 10个方面27条
# 具体问题; 延伸走访子公司; 全盘认领问题清单, 在规定时限内将反馈问题整改情况报送巡察办):
# http://www.ycqb.gov.cn/YCQB_frontNew/infodetail/?infoid=88471a59-08ca-4115-bda8-8aef0b4d3e1f&categoryNum=012006002013002
# An .xlsx: title naming the group's 党委, a line with 填报单位/反馈时间/填报时间, a two-row header (整改落实情况 merged over
# 整改进展 and 是否完成), the 问题方面 merged down over its problems, rows naming the group's own 部门 or its 子公司,
# an 注 line and a signature line.
PATROL = [
    (
        "党委把方向、管大局作用发挥不够充分",
        [
            (
                "党委前置研究讨论重大经营管理事项清单未及时修订，部分投资事项未经党委会前置研究",
                "修订前置研究事项清单，对2023年以来投资事项开展复核",
                "党委书记",
                "党委办公室",
                "2024年7月15日",
                "已修订印发《党委前置研究讨论重大经营管理事项清单》，复核投资事项11项",
                "是",
            ),
            (
                "“三重一大”事项决策会议记录不完整，个别议题未记录表决情况",
                "规范会议记录和纪要审核",
                "党委副书记",
                "党委办公室",
                "立行立改",
                "已整改，建立会议纪要审核签字制度",
                "是",
            ),
        ],
    ),
    (
        "风险防控意识有待加强",
        [
            (
                "子公司对外担保未履行集团审批程序，存在担保代偿风险",
                "全面清理对外担保，解除未经审批的担保",
                "分管财务副总经理",
                "濮阳市交投商贸物流有限公司",
                "2024年9月底前",
                "已清理担保3笔，剩余1笔正在与债权人协商解除",
                "否",
            ),
            (
                "应收账款清收不力，逾期三年以上账款达2300万元",
                "成立清收专班，逐笔制定清收方案",
                "总会计师",
                "财务审计部",
                "2024年12月31日前",
                "已收回逾期账款680万元，对2笔提起诉讼",
                "否",
            ),
        ],
    ),
    (
        "项目监管不够有力",
        [
            (
                "部分工程项目未批先建，施工许可手续办理滞后",
                "梳理在建项目手续，限期补办施工许可",
                "分管工程副总经理",
                "濮阳市交投路桥建设有限公司",
                "2024年8月31日",
                "",
                "",
            ),
            (
                "工程变更签证管理不规范，2个项目变更金额超合同价15%未按规定报批",
                "修订工程变更管理办法，对超限变更追溯审批",
                "分管工程副总经理",
                "工程管理部",
                "2024年10月底前",
                "尚未启动",
                "否",
            ),
        ],
    ),
    (
        "执行选人用人政策不够规范",
        [
            (
                "干部人事档案专项审核发现个别中层干部任前事项报告缺失",
                "补齐任前事项报告，开展档案专项复核",
                "党委书记",
                "人力资源部",
                "2024年7月31日",
                "已补齐缺失材料，完成复核",
                "是",
            ),
        ],
    ),
    (
        "落实“两个责任”不够到位",
        [
            (
                "子公司廉洁风险防控制度未建立，关键岗位轮岗交流不到位",
                "建立廉洁风险防控制度，推进关键岗位轮岗",
                "纪委书记",
                "濮阳市交投置业有限公司",
                "长期坚持",
                "长期坚持，每季度开展一次廉洁风险排查",
                "持续推进",
            ),
        ],
    ),
]


def write_patrol(path: Path) -> Path:
    b = Book(path, author="党委办公室")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 18, 36, 28, 12, 18, 14, 30, 10])
    b.line(ws, 0, "中共濮阳市交通投资集团有限公司委员会落实市委第三巡察组反馈意见整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市交通投资集团有限公司（党委办公室代章）    反馈时间：2024年6月18日    "
        "填报时间：2024年7月29日",
        8,
    )
    for c, word in enumerate(
        ["序号", "问题方面", "具体问题", "整改措施", "责任领导", "责任部门（单位）", "整改时限"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实情况", b.head)
    b.header(ws, 3, ["整改进展", "是否完成"], first=7)
    r, n = 4, 0
    for aspect, rows in PATROL:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, aspect, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(
        ws,
        r,
        "注：“立行立改”事项自巡察反馈之日起执行；责任部门为集团本部部门的由集团党委统筹整改，"
        "子公司问题由子公司党组织负责整改。",
        8,
    )
    b.line(ws, r + 1, "集团党委书记：赵国栋    填表人：李文涛    联系电话：0393-8993615", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 小微企业安全生产专项检查, after a township 安监办、经发办 check of five 小微企业 (基础消防设施不全、员工培训不到位等
# 6处安全隐患; 现场下达整改通知，并要求限期整改，安监办将做好复查工作):
# http://xiangzhen.org/lzlw/2021/0409_91521.html
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row with the 整改通知书下达日期 the 整改期限 in days count from,
# the enterprise merged down over its hazards, a 复查日期 (an event) beside 复查情况, a 合计 row, a 注 line and a 检查人 line.
SMALL_FIRMS = [
    (
        "濮阳县鑫宇服饰有限公司",
        [
            (
                "缝纫车间电气线路私拉乱接，插座串接使用",
                "重新敷设线路，拆除串接插座",
                "2024.7.9",
                "3日内",
                "2024.7.12",
                "已整改",
            ),
            (
                "成品仓库灭火器压力不足，未定期检查",
                "更换灭火器，建立月检记录",
                "2024.7.9",
                "5日内",
                "2024.7.12",
                "已更换灭火器8具",
            ),
        ],
    ),
    (
        "濮阳县华森活性炭有限公司",
        [
            (
                "炭化炉操作工未经安全培训上岗",
                "组织全员安全培训考核",
                "2024.7.9",
                "15日内",
                "2024.7.25",
                "正在组织培训，已培训12人",
            ),
            (
                "粉碎、包装工序未设置除尘设施，粉尘浓度高",
                "安装布袋除尘器",
                "2024.7.9",
                "2024年8月31日",
                "2024.7.25",
                "已订购除尘设备，待安装",
            ),
        ],
    ),
    (
        "濮阳县顺达彩印有限公司",
        [
            (
                "油墨、稀释剂存放在生产车间内，未设专用储存间",
                "设置专用危化品储存间",
                "2024.7.10",
                "10日内",
                "2024.7.22",
                "未整改",
            ),
            ("安全出口指示标志损坏", "更换安全出口指示标志", "2024.7.10", "3日内", "2024.7.13", "已整改"),
        ],
    ),
    (
        "濮阳县宏发机械配件厂",
        [
            ("冲床未安装安全防护装置", "加装光电保护装置", "2024.7.10", "7个工作日内", "", ""),
        ],
    ),
    (
        "濮阳县利民粮油加工厂",
        [
            (
                "员工宿舍设在生产车间内，存在“三合一”现象",
                "宿舍搬离生产车间",
                "2024.7.10",
                "2024年7月31日",
                "2024.7.26",
                "已搬离，复查合格",
            ),
        ],
    ),
]


def write_small_firms(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "城关镇小微企业安全生产专项检查隐患整改登记表", t, 0, 8),
        (
            1,
            0,
            "检查单位：濮阳县城关镇安全生产监督管理办公室、经济发展办公室    检查时间：2024年7月9日至7月10日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "企业名称",
            "隐患内容",
            "整改措施",
            "整改通知书下达日期",
            "整改期限",
            "复查日期",
            "复查情况",
            "备注",
        ]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for firm, rows in SMALL_FIRMS:
        if len(rows) > 1:
            cells.append((r, 1, firm, ctr, r + len(rows) - 1, 1))
        else:
            cells.append((r, 1, firm, ctr))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (4, 5, 6) else c))
            cells.append((r, 8, "", c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查小微企业5家，发现隐患8处，已整改4处", c, r, 8),
        (r + 1, 0, "注：整改期限自整改通知书下达之日起计算。", plain, r + 1, 8),
        (
            r + 2,
            0,
            "检查人：王海涛、刘晓伟    填表人：张倩    联系电话：0393-3221407    填报日期：2024年7月29日",
            plain,
            r + 2,
            8,
        ),
    ]
    return _write_xls(path, [("登记表", cells, [6, 24, 34, 24, 12, 14, 12, 22, 8])])


# ---------------------------------------------------------------------------------------------
# 3. 工业园区生态环境现场督查, after a park 现场督查组's account of its check of the park's enterprises (重点检查了…等企业;
# 仍存在一些亟待改进的问题: 一是部分停产企业厂区环境卫生治理存在死角 …; 二是部分生产企业厂区环境存在问题: 裸露土地
# 未采取有效覆盖措施, 垃圾箱破旧、垃圾外露, 绿化带有生活垃圾):
# http://m.dvnusur.com.cn/jxw/250995/yqwl/2329059/index.html
# A .docx: the park 管委会's report on the rectification, 主送 and preamble, the problems under the source's two headings
# (一、二、) as numbered paragraphs naming the enterprise, each with 整改时限 and 整改情况 in sentences, a 下一步 paragraph,
# the 管委会 and date at the foot.
PARK_ENV = [
    (
        "一、部分停产企业厂区环境卫生治理存在死角",
        [
            "1.濮阳市宏源塑料制品有限公司厂区内多处区域生活垃圾、废旧塑料清理不彻底。整改时限：2024年7月15日。"
            "整改情况：已组织清运垃圾及废旧塑料18吨，经园区复查已整改到位。",
            "2.濮阳市兴达化工有限公司厂棚内堆放的煤灰未及时清理。整改时限：2024年7月20日。"
            "整改情况：已清运煤灰约60吨，剩余部分正在清运。",
            "3.濮阳市金源建材有限公司停产后原料堆场未覆盖，扬尘污染明显。整改时限：7月底前。"
            "整改情况：企业停产无人，尚未整改。",
        ],
    ),
    (
        "二、部分生产企业厂区环境存在问题",
        [
            "4.濮阳联群新材料科技有限公司厂区内部分裸露土地未采取覆盖或铺设砂石等防尘措施。整改时限：2024年8月31日。"
            "整改情况：已覆盖防尘网约3000平方米，地面硬化工程正在施工。",
            "5.濮阳联群新材料科技有限公司垃圾箱破旧、垃圾外露，绿化带内有生活垃圾。整改时限：2024年7月10日。"
            "整改情况：已更换垃圾箱12个，清理绿化带垃圾，整改完成。",
            "6.濮阳市海鑫化工有限责任公司危险废物暂存间标识不规范，出入库台账记录不完整。整改时限：2024年7月25日。",
            "7.河南恒通精细化工有限公司厂区雨污管网混接，雨水排口有明显异味。整改时限：2024年9月30日前。"
            "整改情况：已委托设计单位开展管网排查，正在编制改造方案。",
        ],
    ),
]


def write_park_env(path: Path) -> Path:
    doc = _new_document("园区生态环境分局")
    _title(doc, "濮阳工业园区管理委员会关于生态环境现场督查反馈问题整改情况的报告", 20)
    _paragraph(doc, "市生态环境保护督察整改工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年7月3日，市生态环境现场督查组深入我园区，通过实地走访、现场督办等方式，对园区企业环境治理及公共区域"
        "开展督查，重点检查了园区内7家企业。从督查结果看，园区企业环境治理工作取得一定成效，但仍存在两个方面7个问题。"
        "园区管委会高度重视，逐项明确整改措施和时限，现将整改情况报告如下：",
        indent=True,
    )
    for heading, paras in PARK_ENV:
        _paragraph(doc, heading, 16, "黑体")
        for text in paras:
            _paragraph(doc, text, indent=True)
    _paragraph(doc, "三、下一步工作", 16, "黑体")
    _paragraph(
        doc,
        "下一步，园区管委会将持续加大日常巡查力度，对已完成整改的问题开展“回头看”，对未完成整改的问题挂账督办，"
        "确保按时限整改到位，切实提升园区环境治理水平。",
        indent=True,
    )
    _paragraph(doc, "濮阳工业园区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 化工园区安全整治提升交办问题整改闭环, after a city 化治办's visit with 市应急局、市生态环境局、市市场监管局、市消防
# 救援支队 to two chemical firms to guide the rectification of the problems a provincial 攻坚行动专家组 handed down
# (交办问题整改闭环; 逐条逐项进行整改指导):
# http://szb.jsw.com.cn/ZJRB/PC/content/202010/23/content_101702.html
# An .et (Excel 97 via LibreOffice): title, 填报单位/调研指导单位 line (the inspecting units), one header row with a
# 闭环情况 column beside 整改进展, the firm merged down over its problems, an 注 line and a 填报人 line.
CHEM = [
    (
        "濮阳市恒晟化工有限公司",
        [
            (
                "甲类罐区可燃气体报警仪未与紧急切断阀联锁",
                "工艺安全",
                "增设报警联锁切断",
                "2024年7月20日",
                "已完成联锁改造并调试合格",
                "已闭环",
            ),
            (
                "重大危险源视频监控未接入园区安全风险监管平台",
                "信息化",
                "完成视频接入",
                "2024年8月15日",
                "正在施工布线",
                "未闭环",
            ),
            (
                "装卸区静电接地报警器失效",
                "设备设施",
                "更换静电接地报警器",
                "2024年7月10日",
                "基本完成",
                "专家复核通过，已闭环",
            ),
            (
                "岗位操作规程未根据工艺变更及时修订",
                "安全管理",
                "修订操作规程并组织培训",
                "2024年7月31日",
                "",
                "",
            ),
        ],
    ),
    (
        "濮阳联泰化学有限公司",
        [
            (
                "加氢反应釜温度、压力未实现自动化控制",
                "自动化控制",
                "实施自动化改造",
                "2024年10月31日",
                "已完成设计方案，设备采购中",
                "未闭环",
            ),
            ("消防水池有效容积不足", "消防设施", "扩建消防水池", "2024年12月底前", "未启动", "未闭环"),
            (
                "特殊作业票证填写不规范，动火作业前未进行气体分析",
                "特殊作业",
                "规范作业票证管理",
                "2024年7月5日",
                "已整改",
                "已闭环",
            ),
            (
                "企业主要负责人未按规定参加安全生产知识和管理能力考核",
                "安全管理",
                "参加培训考核",
                "2024年9月30日",
                "已报名参加9月份考核",
                "未闭环",
            ),
        ],
    ),
]


def write_chem_book(path: Path) -> Path:
    b = Book(path, author="园区安监局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 22, 38, 12, 22, 14, 26, 18])
    b.line(ws, 0, "化工园区安全整治提升攻坚行动专家组交办问题整改闭环台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳工业园区安全生产委员会办公室    调研指导单位：市应急管理局、市生态环境局、"
        "市市场监督管理局、市消防救援支队    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws, 2, ["序号", "企业名称", "交办问题", "问题类别", "整改措施", "整改时限", "整改进展", "闭环情况"]
    )
    r, n = 3, 0
    for firm, rows in CHEM:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, firm, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：“闭环情况”由市攻坚行动调研组现场复核后填写。", 7)
    b.line(ws, r + 1, "填报人：孟庆华    审核人：田志刚    联系电话：0393-4412763", 7)
    return b.close()


def write_chem(path: Path) -> Path:
    return via_soffice(write_chem_book, path, "xls", "化工园区交办问题整改闭环台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 物流园区安全生产大检查结果通告, after an 电商（物流）园区安委会's notice of its monthly 安全生产大检查 (本次安全生产
# 大检查结果通告如下: 1、德邦快递堵塞消防通道，卫生管理较差; 2、京东物流部分灭火器过期未及时更换; 安委会与企业负责人
# 现场反馈…并提出了整改意见; 园区安委会温馨提示):
# http://zhfw.linhedianshang.com/cms/info/preview.jsp?ColumnID=16&KeyID=20250405113846860479747&SiteID=main
# A .wps (Word 97 via LibreOffice): title, preamble, the items as numbered paragraphs 1、2、… naming the firm, with the
# 整改 deadline and (for some) what was done in the same sentence, a 温馨提示 paragraph, the 安委会 and date at the foot.
LOGISTICS = [
    "1、濮阳德顺快递有限公司：分拨中心消防通道堵塞，分拣区卫生管理较差，限7月19日前整改完毕。",
    "2、濮阳捷运供应链管理有限公司：仓库部分灭火器过期未及时更换，已现场更换。",
    "3、濮阳市通达冷链物流有限公司：冷库制冷机房氨气泄漏报警装置故障，限7月31日前维修完毕，目前已联系厂家维修。",
    "4、河南鑫运物流有限公司濮阳分公司：货物堆垛超高，距离顶棚不足0.5米，限7月15日前整改，已整改到位。",
    "5、濮阳安泰仓储有限公司：电动叉车在仓库内充电，未设置专用充电区，限8月10日前设置专用充电区。",
    "6、濮阳众邦物流有限公司：员工宿舍私拉电线给电动自行车充电，限7月16日前整改，企业至今未整改。",
    "7、濮阳市顺捷货运代理有限公司：装卸平台临边护栏缺失，限7月26日前整改，护栏正在安装。",
]


def write_logistics_docx(path: Path) -> Path:
    doc = _new_document("园区安委会")
    _title(doc, "濮阳豫东物流园安全生产委员会关于7月份安全生产大检查发现问题及整改情况的通告", 18)
    _paragraph(doc, "园区各入驻企业：")
    _paragraph(
        doc,
        "为落实安全生产责任，预防安全事故发生，7月12日下午，园区安委会对园区入驻物流企业开展了安全生产大检查，"
        "与企业负责人现场反馈了检查中发现的问题并提出整改意见。现将发现问题及整改情况通告如下：",
        indent=True,
    )
    for text in LOGISTICS:
        _paragraph(doc, text, indent=True)
    _paragraph(
        doc,
        "园区安委会温馨提示：夏季高温多雨，是火灾和触电事故的多发期，各单位要做好用电用火安全自查，及时排除安全隐患，"
        "杜绝安全事故的发生。",
        indent=True,
    )
    _paragraph(doc, "濮阳豫东物流园安全生产委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_logistics(path: Path) -> Path:
    return via_soffice(write_logistics_docx, path, "doc", "物流园安全生产大检查结果通告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 产业集聚区交叉检查问题清单, after a 街道's account of the 村镇工业集聚区交叉检查 (两街组成交叉检查小组; 查阅环保审批
# 手续、应急预案、污染物治理设施运维记录; 生态环境、水污染防治、安全生产; 现场责令企业负责人落实问题整改，并建立
# 问题清单，形成闭环管理):
# http://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zwdt/zjxx/dsjdbsc/content/post_10057085.html
# An .ods (LibreOffice conversion): title, 检查时间/检查小组/填报单位 line, one header row with 被检查企业 beside
# 整改责任单位 (the firm itself, or the park's 建设投资公司 for a public area) and a 销号情况 column, a 填表说明 line
# and a 填表人 line.
CLUSTER = [
    (
        "清丰县家居产业园",
        "濮阳市华美家具有限公司",
        "生态环境",
        "喷漆房活性炭未按期更换，无更换记录",
        "更换活性炭并建立更换台账",
        "濮阳市华美家具有限公司",
        "2024年7月25日",
        "已更换活性炭，建立台账",
        "已销号",
    ),
    (
        "清丰县家居产业园",
        "清丰县鑫源木业有限公司",
        "安全生产",
        "木工车间粉尘清扫不及时，除尘器泄爆口朝向人员通道",
        "每班清扫粉尘，改造泄爆口朝向",
        "清丰县鑫源木业有限公司",
        "2024年8月10日",
        "正在改造泄爆口",
        "未销号",
    ),
    (
        "清丰县家居产业园",
        "园区公共区域",
        "水污染防治",
        "园区雨水管网破损，局部雨污混流",
        "修复破损管网，实施雨污分流",
        "清丰县产业集聚区建设投资有限公司",
        "2024年9月30日",
        "已委托设计单位勘察",
        "未销号",
    ),
    (
        "清丰县食品产业园",
        "清丰县蓝天食品有限公司",
        "水污染防治",
        "污水处理设施运维记录不全，在线监测数据缺失",
        "完善运维记录，修复在线监测设备",
        "清丰县蓝天食品有限公司",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "清丰县食品产业园",
        "河南豫丰食品有限公司",
        "生态环境",
        "环评批复要求的危险废物暂存间未建设",
        "按环评要求建设危废暂存间",
        "河南豫丰食品有限公司",
        "2024年8月底前",
        "未整改",
        "未销号",
    ),
    (
        "清丰县食品产业园",
        "濮阳市香之源调味品有限公司",
        "安全生产",
        "生产安全事故应急预案未备案，未开展应急演练",
        "修订预案并备案，组织演练",
        "濮阳市香之源调味品有限公司",
        "2024年7月20日",
        "已完成预案备案并开展演练",
        "已销号",
    ),
    (
        "清丰县装备制造园",
        "濮阳市宏远机械制造有限公司",
        "安全生产",
        "行车吊钩无防脱钩装置",
        "加装防脱钩装置",
        "濮阳市宏远机械制造有限公司",
        "2024年7月18日",
        "已整改",
        "",
    ),
    (
        "清丰县装备制造园",
        "清丰县金诚钢结构有限公司",
        "生态环境",
        "焊接烟尘未收集处理，车间无组织排放",
        "建设焊接烟尘集中收集处理系统",
        "清丰县金诚钢结构有限公司",
        "第三季度",
        "已安装移动式焊烟净化器6台，集中收集系统正在建设",
        "未销号",
    ),
]


def write_cluster_book(path: Path) -> Path:
    b = Book(path, author="集聚区环安办")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 16, 24, 12, 34, 26, 26, 14, 28, 10])
    b.line(ws, 0, "清丰县产业集聚区交叉检查问题清单", 9, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月16日至17日    检查小组：阳邵乡、韩村镇交叉检查小组    "
        "填报单位：清丰县产业集聚区管理委员会    填报日期：2024年7月30日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查园区",
            "被检查企业",
            "检查领域",
            "存在问题",
            "整改要求",
            "整改责任单位",
            "整改时限",
            "整改情况",
            "销号情况",
        ],
    )
    for i, row in enumerate(CLUSTER, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CLUSTER)
    b.line(
        ws,
        end,
        "填表说明：问题整改完成并经检查小组复核后在“销号情况”栏填写“已销号”；年份未注明的均为2024年。",
        9,
    )
    b.line(ws, end + 1, "填表人：韩丽娟    联系电话：0393-7225816", 9)
    return b.close()


def write_cluster(path: Path) -> Path:
    via_soffice(write_cluster_book, path, "ods", "产业集聚区交叉检查问题清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 高新区企业服务日问题收集办理台账, after a 高新区's account of its monthly 企业服务日 (管委会班子成员带领招商处、规划
# 建设处、土地环保处等负责人到企业、项目现场了解施工进度和存在的问题; 走访企业15家、收集问题; 安排相关部门对接市
# 职能部门，尽快为企业解决):
# http://zmdrb.zmdnews.cn/zmdrb/20200701/html/content_47049.htm
# An .xlsx: title, 填报单位/服务日时间 line, one header row with 走访领导 and 责任处室（单位）(the 管委会's own 处室, or a city
# department or utility named by a short or former name), a 合计 row and a signature line.
HITECH = [
    (
        "河南辰宇新材料有限公司",
        "王建新",
        "二期厂房施工用电容量不足，需增容至2000千伏安",
        "要素保障",
        "濮阳供电公司",
        "2024年8月20日",
        "增容方案已审批，线路正在施工",
    ),
    (
        "濮阳浩瀚化学有限公司",
        "王建新",
        "项目用地规划条件调整审批进度慢",
        "审批服务",
        "规划建设处",
        "2024年7月31日",
        "已办结",
    ),
    (
        "濮阳御康保健品有限公司",
        "李红梅",
        "企业周边道路无路灯，夜间员工通行不便",
        "基础设施",
        "规划建设处",
        "2024年9月30日",
        "",
    ),
    (
        "阿尔法生态科技（濮阳）有限公司",
        "李红梅",
        "扩建项目环评批复需市级部门协调加快",
        "审批服务",
        "土地环保处",
        "2024年8月15日",
        "已对接市生态环境局，正在技术评估",
    ),
    (
        "濮阳中科光电技术有限公司",
        "赵志强",
        "技术工人招聘难，希望组织专场招聘",
        "用工保障",
        "市人社局",
        "2024年7月20日",
        "已于7月18日举办专场招聘会，达成用工意向46人",
    ),
    (
        "濮阳润泽食品有限公司",
        "赵志强",
        "申报省级专精特新中小企业需政策辅导",
        "政策服务",
        "招商处",
        "2024年7月15日",
        "已上门辅导，企业已完成申报",
    ),
    (
        "濮阳恒泰新能源科技有限公司",
        "孙立平",
        "项目土地证办理涉及历史遗留问题",
        "土地要素",
        "市国土资源局",
        "2024年12月31日",
        "正在协调处置方案",
    ),
    (
        "濮阳瑞丰包装材料有限公司",
        "孙立平",
        "企业门前排水不畅，雨天积水严重",
        "基础设施",
        "规划建设处",
        "2024年8月10日",
        "已列入园区8月份排水管网改造计划，正在设计",
    ),
]


def write_hitech(path: Path) -> Path:
    b = Book(path, author="企业服务中心")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 28, 10, 38, 12, 16, 14, 32])
    b.line(ws, 0, "濮阳高新区2024年第七个企业服务日企业（项目）问题收集办理台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳高新技术产业开发区管理委员会    服务日时间：2024年7月5日    填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业（项目）名称",
            "走访领导",
            "反映问题",
            "问题类别",
            "责任处室（单位）",
            "办结时限",
            "办理情况",
        ],
    )
    for i, row in enumerate(HITECH, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HITECH)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "本次企业服务日走访企业（项目）15家，收集问题8个")
    b.line(ws, end + 2, "分管领导：王建新    填表人：陈晓燕    联系电话：0393-8896512", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 开发区“万人助万企”企业问题台账, after an 经开区's account of its “万人助万企” work (建立了问题台账机制: 全面收集、
# 梳理企业发展中遇到的问题，形成问题台账，定期汇总、及时处理、按时反馈; 需要管委会解决的，管委会快速落实; 需要上级
# 解决的，依托上级领导包联机制和专班服务机制; 分包干部; 文物勘探、道路两侧土堆与道路互通):
# http://www.torchshop.cn/news/show-49722.html
# A CSV in UTF-8 with BOM: a title line, a 填报单位/统计截至 line, a header line with 分包干部 and 解决层级 beside the
# 责任单位 (short names of city units, or the 经开区管委会 itself), a 是否解决 column, and a 合计 line.
ZONE = [
    (
        "濮阳联东产业园开发有限公司",
        "张建华",
        "项目建设",
        "项目地块文物勘探未完成，影响开工",
        "上级协调",
        "市文广新局",
        "2024年7月20日",
        "已完成文物勘探，项目已开工",
        "是",
    ),
    (
        "濮阳招商物流园有限公司",
        "刘志勇",
        "基础设施",
        "园区门前道路两侧土堆未清理，与城市主干道未连通",
        "管委会",
        "经开区管委会",
        "2024年8月31日",
        "土堆已清理，道路连通工程正在施工",
        "否",
    ),
    (
        "濮阳市昌盛医疗器械有限公司",
        "刘志勇",
        "人才用工",
        "引进技术人员子女入学难",
        "上级协调",
        "市教育局",
        "2024年8月25日",
        "正在协调秋季学位",
        "否",
    ),
    (
        "濮阳中原新能源装备有限公司",
        "高振华",
        "要素保障",
        "天然气供气压力不足，影响热处理工序生产",
        "上级协调",
        "市燃气公司",
        "2024年7月15日",
        "已完成管网调压改造",
        "是",
    ),
    (
        "河南华瑞生物科技有限公司",
        "高振华",
        "政策兑现",
        "2023年度技术改造补助资金未兑现",
        "管委会",
        "经开区管委会",
        "2024年9月30日",
        "",
        "否",
    ),
    (
        "濮阳市金石建材有限公司",
        "马晓东",
        "融资服务",
        "流动资金贷款到期续贷难",
        "上级协调",
        "市地方金融监督管理局",
        "2024年8月15日",
        "已组织银企对接，续贷正在审批",
        "否",
    ),
    (
        "濮阳市利达印务有限公司",
        "马晓东",
        "税费服务",
        "出口退税办理周期长",
        "上级协调",
        "市税务局",
        "2024年7月25日",
        "已办结退税",
        "是",
    ),
    (
        "濮阳永泰纺织有限公司",
        "张建华",
        "人才用工",
        "厂区周边无公交线路，员工通勤困难",
        "上级协调",
        "众意公交公司",
        "2024年9月30日",
        "",
        "",
    ),
]


def write_zone(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳经济技术开发区“万人助万企”活动企业问题台账"])
    w.writerow(
        ["填报单位：濮阳经济技术开发区管理委员会（万人助万企活动领导小组办公室）；统计截至：2024年7月30日"]
    )
    w.writerow(
        [
            "序号",
            "企业名称",
            "分包干部",
            "问题类别",
            "问题描述",
            "解决层级",
            "责任单位",
            "办理时限",
            "办理进展",
            "是否解决",
        ]
    )
    for i, row in enumerate(ZONE, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "累计收集问题8件，已解决3件，其余正在协调解决", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 招商引资问题项目整改责任清单, after a city 经合局's 招商引资“项目体检” (对近三年签订的项目全面排查，对照“签约1年以上
# 未开工的、开工后连续3个月无到位资金的、开工半年以上到位资金低于15%的、到位资金与形象进度不符的”四条标准认定问题
# 项目; 向县区、园区交办问题项目责任清单，向市直部门交办问题线索; 8月底前基本整改到位):
# http://changanyouth.cn/redian/shaanxi/41693.html
# An .xlsx with two sheets: the 县区（园区）责任清单 (title, 填报单位 line, a two-row header with 项目基本情况 merged over four
# columns, the 问题类型 in the source's four standards, 8月底前 deadlines, an 注 line) and the 市直部门问题线索 (title, one
# header row, former and short names of city units), and a signature line.
INVEST = [
    (
        "华龙区",
        "年产5万吨可降解材料项目",
        "2022年11月",
        12.0,
        "签约1年以上未开工",
        "项目用地征收未完成，土地未能供应",
        "华龙区人民政府",
        "8月底前",
        "征收已完成85%，正在组卷报批",
    ),
    (
        "清丰县",
        "智能家居产业园项目",
        "2023年3月",
        8.0,
        "开工后连续3个月无到位资金",
        "投资方资金链紧张，连续5个月无资金到位",
        "清丰县人民政府",
        "8月底前",
        "已约谈投资方，投资方承诺8月到位资金",
    ),
    (
        "南乐县",
        "生物基新材料项目",
        "2022年8月",
        20.0,
        "开工半年以上到位资金低于15%",
        "到位资金仅1.8亿元，占协议投资额9%",
        "南乐县人民政府",
        "2024年12月底",
        "",
    ),
    (
        "濮阳经济技术开发区",
        "新能源电池壳体项目",
        "2023年1月",
        5.0,
        "到位资金与形象进度不符",
        "上报到位资金2.1亿元，现场仅完成厂房基础施工",
        "濮阳经济技术开发区管理委员会",
        "2024年7月31日",
        "已核减虚报资金，问题已整改",
    ),
    (
        "范县",
        "冷链物流中心项目",
        "2022年12月",
        3.5,
        "签约1年以上未开工",
        "项目规划选址与国土空间规划冲突，无法办理用地手续",
        "范县人民政府",
        "8月底前",
        "未启动",
    ),
    (
        "台前县",
        "汽车零部件产业园项目",
        "2023年5月",
        6.0,
        "签约1年以上未开工",
        "投资方已明确放弃投资，合作协议未解除",
        "台前县人民政府",
        "2024年9月30日",
        "已发函解除协议，正在协商退还保证金",
    ),
]
CLUES = [
    (
        "生物基新材料项目环评审批超过承诺时限，企业多次反映",
        "生物基新材料项目",
        "市环保局",
        "2024年7月15日",
        "已办结",
    ),
    (
        "新能源电池壳体项目用电报装接入工程迟迟未实施",
        "新能源电池壳体项目",
        "濮阳供电公司",
        "2024年8月15日",
        "接入工程正在施工",
    ),
]


def write_invest(path: Path) -> Path:
    b = Book(path, author="招商服务中心")
    ws = b.sheet("县区园区责任清单")
    b.widths(ws, [6, 14, 26, 12, 10, 20, 34, 22, 12, 30])
    b.line(ws, 0, "濮阳市招商引资问题项目整改责任清单（县区、园区）", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市商务局（市招商服务中心）    交办日期：2024年6月5日    填报日期：2024年7月30日",
        9,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "项目基本情况", b.head)
    b.header(ws, 3, ["县区（园区）", "项目名称", "签约时间", "协议投资（亿元）"], first=1)
    for c, word in enumerate(["问题类型", "存在问题", "整改责任单位", "整改时限", "整改进展"], 5):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(INVEST, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(INVEST)
    b.line(
        ws,
        end,
        "注：问题项目按“签约1年以上未开工、开工后连续3个月无到位资金、开工半年以上到位资金低于15%、"
        "到位资金与形象进度不符”四条标准认定。",
        9,
    )

    ws2 = b.sheet("市直部门问题线索")
    b.widths(ws2, [6, 40, 22, 16, 14, 24])
    b.line(ws2, 0, "招商引资问题项目涉及市直部门问题线索办理情况", 5, b.title)
    b.header(ws2, 1, ["序号", "问题线索", "涉及项目", "责任单位", "办结时限", "办理情况"])
    for i, row in enumerate(CLUES, 1):
        b.put(ws2, 1 + i, 0, i, b.center)
        b.row(ws2, 1 + i, list(row), first=1)
    b.line(ws2, 3 + len(CLUES), "填表人：郭亚楠    审核人：杜长青    联系电话：0393-8182256", 5)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 重点项目建设督导问题台账, after a district's account of its 两办督查组's 专项督导 of the key projects (与分包项目领导
# 一同督导; 深入项目一线、现场查看; 将收集上来的问题进行梳理、分类、汇总，形成项目各类工作台账; 对已开工的重点项目
# 排查存在问题，对未开工的重点项目找准症结，明确相关部门协助办理):
# http://222.143.133.237:1718/nshow.aspx?id=3195
# A .zip of two returns: a district's .xlsx (填报单位 line; 分包领导 and 项目状态 columns; 责任单位 by short or former
# names of city units and the district's own bureaus) and a county 督查室's .docx (preamble, one table, office and date).
KEY_HL = [
    (
        "华龙区城市更新片区改造项目",
        "李卫东",
        "已开工",
        "片区内3处电力杆线迁改未完成，影响道路施工",
        "市供电公司",
        "2024年8月15日",
        "已完成迁改1处，其余2处正在施工",
    ),
    (
        "濮阳市儿童医院新院区建设项目",
        "李卫东",
        "已开工",
        "施工图审查未通过，主体结构无法施工",
        "华龙区住房和城乡建设局",
        "2024年7月20日",
        "施工图已通过审查",
    ),
    ("华龙区智慧物流港项目", "周海燕", "未开工", "项目用地未完成招拍挂", "市资规局", "第三季度", ""),
    (
        "华龙区老旧供热管网改造项目",
        "周海燕",
        "已开工",
        "施工占道审批手续未办理",
        "市城管执法局",
        "2024年7月25日",
        "进展滞后",
    ),
    (
        "华龙区中原路雨污分流工程",
        "杨志国",
        "已开工",
        "管线交叉处中压燃气管道需迁改",
        "市燃气有限公司",
        "2024年8月31日",
        "已完成迁改方案，正在施工",
    ),
]
KEY_QF = [
    (
        "清丰县家居产业园三期标准化厂房",
        "工程进度滞后于年度计划，主体完成率仅40%",
        "清丰县产业集聚区管理委员会",
        "9月底前",
        "已增加施工人员，正在加快推进",
    ),
    (
        "清丰县第二人民医院综合楼",
        "项目资金拨付滞后，施工单位停工待款",
        "清丰县财政局",
        "2024年7月20日",
        "已拨付资金1500万元，项目已复工，问题已解决",
    ),
    (
        "清丰县城区污水处理厂提标改造",
        "主要设备采购招标两次流标",
        "清丰县住房和城乡建设局",
        "2024年8月31日",
        "正在重新组织招标",
    ),
    (
        "清丰县马颊河生态治理工程",
        "施工现场裸土未覆盖，扬尘防治措施不到位",
        "清丰县水利局",
        "2024年7月12日",
        "已整改",
    ),
]


def write_key_hl(path: Path) -> Path:
    b = Book(path, author="区政府督查室")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 30, 10, 10, 36, 22, 14, 30])
    b.line(ws, 0, "华龙区2024年市重点项目建设存在问题台账", 7, b.title)
    b.line(ws, 1, "填报单位：华龙区人民政府办公室（区重点项目建设督导组）    填报日期：2024年7月29日", 7)
    b.header(
        ws, 2, ["序号", "项目名称", "分包领导", "项目状态", "存在问题", "责任单位", "时间节点", "推进情况"]
    )
    for i, row in enumerate(KEY_HL, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(KEY_HL), "填表人：冯雪    联系电话：0393-8357120", 7)
    return b.close()


def write_key_qf(path: Path) -> Path:
    doc = _new_document("县政府督查室")
    _title(doc, "清丰县重点项目专项督导发现问题整改情况", 18)
    _paragraph(doc, "填报单位：清丰县人民政府督查室    填报日期：2024年7月30日", 12)
    _paragraph(
        doc,
        "按照市委、市政府督查室统一部署，县两办督查组于7月8日至10日会同分包项目县领导，深入项目一线现场查看，"
        "对全县重点项目建设情况进行专项督导，共发现问题4个，已形成问题台账并明确责任单位。现将整改情况报告如下：",
        12,
        indent=True,
    )
    body = [[str(i), *row] for i, row in enumerate(KEY_QF, 1)]
    _table(doc, ["序号", "项目名称", "督导发现问题", "责任单位", "整改时限", "整改情况"], body)
    _paragraph(doc, "清丰县人民政府督查室", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_key(path: Path) -> Path:
    members = [
        ("华龙区市重点项目建设存在问题台账（7月）.xlsx", write_key_hl),
        ("清丰县重点项目专项督导发现问题整改情况.docx", write_key_qf),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("市交投集团党委落实市委巡察反馈意见整改台账.xlsx", write_patrol),
    ("城关镇小微企业安全生产专项检查隐患整改登记表.xls", write_small_firms),
    ("濮阳工业园区生态环境现场督查反馈问题整改情况报告.docx", write_park_env),
    ("化工园区安全整治提升交办问题整改闭环台账.et", write_chem),
    ("豫东物流园7月份安全生产大检查结果通告.wps", write_logistics),
    ("清丰县产业集聚区交叉检查问题清单.ods", write_cluster),
    ("高新区企业服务日问题收集办理台账.xlsx", write_hitech),
    ("经开区万人助万企企业问题台账.csv", write_zone),
    ("招商引资问题项目整改责任清单.xlsx", write_invest),
    ("重点项目建设督导问题整改（两县区）.zip", write_key),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

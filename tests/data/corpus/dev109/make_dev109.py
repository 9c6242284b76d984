"""Write the dev109 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 行政执法监督与双随机抽查的问题整改 (执法案卷评查, 知识产权保护, 信用修复, 涉企检查, 部门联合抽查).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .doc with a table and
.wps with numbered paragraphs (Word 97 via LibreOffice), a .docx whose items are blocks, a CSV in GBK and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_dev109.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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


def _para_runs(doc, parts: list[tuple[str, bool]], size: float = 16, font: str = "仿宋_GB2312"):
    """A paragraph made of several runs, some of them bold (headings such as 【基本情况】 inside a block)."""
    p = doc.add_paragraph()
    for text, bold in parts:
        _east_asian(p.add_run(text), "黑体" if bold else font, size, bold)
    return p


# ---------------------------------------------------------------------------------------------
# 1. 行政执法案卷集中评查, after a city 法治政府建设领导小组办公室's account of its cross review of the year's case files
# (抽调9家行政执法部门业务骨干组成评查小组; 交叉评查, 随机抽取27本案卷; 主体、事实、证据、法律依据、程序、裁量、
# 移送、案卷制作; 按照立卷、实体、程序三个类别对发现的问题制定相应的整改措施; 逐卷逐项复核, 向全市通报):
# http://sifaju.xuchang.gov.cn/zwxxgk/001001/20220722/c90fdabc-0d7e-4b84-8e03-3e4b4b23dc48.html
# An .xlsx: title, 填报单位 line, a line stating the review, a two-row header (整改落实情况 over 进展情况 and 完成时间)
# with the 问题类别 (立卷/实体/程序) merged down its rows, the reviewed units by short names, a 合计 row and a 填表人 line.
CASEFILE_ROWS = [
    (
        "立卷类",
        [
            (
                "市市场监管局",
                "濮市监处罚〔2024〕15号（某食品经营户经营超过保质期食品案）",
                "卷内文书未按时间顺序排列，卷内目录页码与实际页码不符",
                "按立卷规范重新整理装订，规范卷内目录",
                "2024年7月15日",
                "已重新整理装订并归档",
                date(2024, 7, 12),
            ),
            (
                "市城管局",
                "濮城管罚〔2024〕8号（违法占道经营案）",
                "现场检查笔录、询问笔录未附现场照片等证据材料",
                "补充证据目录，完善证据清单",
                "7月31日前",
                "正在补充证据材料",
                None,
            ),
            (
                "市交通运输局",
                "濮交执罚〔2023〕112号（货车违法超限运输案）",
                "案卷封皮未填写归档日期和保管期限",
                "按立卷规范补齐封皮信息",
                "2024年7月20日",
                "",
                None,
            ),
        ],
    ),
    (
        "实体类",
        [
            (
                "市卫健委",
                "濮卫医罚〔2024〕6号（某诊所超出登记范围执业案）",
                "认定违法事实的证据不充分，未对涉案药品进行先行登记保存",
                "组织执法人员学习证据规则，建立重大案件证据审核机制",
                "2024年8月31日",
                "已开展专题培训1次，证据审核机制正在制定",
                None,
            ),
            (
                "市生态环境局",
                "濮环罚〔2024〕21号（某企业废气超标排放案）",
                "适用法律条款不准确，引用条款未具体到项",
                "制定常见违法行为法律适用指引，严格法制审核把关",
                "2024年7月10日",
                "已完成",
                date(2024, 7, 9),
            ),
        ],
    ),
    (
        "程序类",
        [
            (
                "市文广旅局",
                "濮文旅罚〔2024〕3号（某网吧接纳未成年人案）",
                "作出处罚决定前未告知当事人陈述、申辩权利",
                "完善事先告知程序，开展执法文书规范培训",
                "2024年7月31日",
                "未整改",
                None,
            ),
            (
                "市应急局",
                "濮应急罚〔2024〕9号（某商贸公司违规储存危险化学品案）",
                "超过法定期限作出处罚决定，未办理延期审批手续",
                "建立办案期限预警提醒机制",
                "第三季度",
                "预警功能正在开发",
                None,
            ),
            (
                "市农业农村局",
                "濮农执罚〔2024〕4号（销售假劣农药案）",
                "送达回证无受送达人签字，送达程序不规范",
                "规范送达程序，依法补正送达",
                "2024年7月25日",
                "",
                date(2024, 7, 24),
            ),
        ],
    ),
]


def write_casefile(path: Path) -> Path:
    b = Book(path, author="执法监督科")
    ws = b.sheet("评查问题整改台账")
    b.widths(ws, [6, 10, 14, 30, 36, 30, 14, 22, 12])
    b.line(ws, 0, "2024年上半年全市行政执法案卷集中评查发现问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市法治政府建设领导小组办公室（市司法局代章）    填报日期：2024年7月26日", 8)
    b.line(
        ws,
        2,
        "评查方式：交叉评查，随机抽取市直9家行政执法部门案卷27本，按照立卷、实体、程序三个类别梳理问题、制定整改措施",
        8,
    )
    for c, word in enumerate(
        ["序号", "问题类别", "被评查单位", "案卷名称（案号）", "评查发现问题", "整改措施", "整改时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 7, 3, 8, "整改落实情况", b.head)
    b.header(ws, 4, ["进展情况", "完成时间"], first=7)
    r, n = 5, 0
    for kind, rows in CASEFILE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, kind, b.center)
        for unit, case, problem, measure, limit, progress, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [unit, case, problem, measure, limit, progress, done], first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, "评查案卷27本，发现问题8个（立卷类3个、实体类2个、程序类3个）")
    b.line(ws, r + 2, "填表人：李文静    审核人：张国栋    联系电话：0393-8993126", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 检司联合评查行政执法案卷, after a district 人民检察院's account of its joint review with the 区司法局 (随机调阅9个区直
# 行政执法单位办结的36件行政处罚、行政许可案件; 逐案阅卷审查、集体评议; 从文书制作规范性、案卷材料完整性、法律适用
# 正确性、办案程序合法性等方面全面评查, 一案一评; 督促行政执法部门积极采取有效措施加以整改):
# http://www.yongzhou.jcy.gov.cn/lstjcy/YzjcNet_ReadNews.asp?NewsID=718
# A .doc (Word 97 via LibreOffice): title, 主送, a preamble stating the date the 工作日 count from, one table with the
# 评查方面 (the four aspects) beside each reviewed 区直 unit, the 司法局 and date at the foot.
JOINT_ROWS = [
    (
        "华龙区市场监督管理局",
        "行政处罚",
        "文书制作规范性",
        "行政处罚决定书未载明罚款的履行方式和期限",
        "15个工作日内",
        "已修订处罚决定书文书模板，整改完成",
    ),
    (
        "华龙区城市管理局",
        "行政处罚",
        "案卷材料完整性",
        "卷内缺少立案审批表和案件调查终结报告",
        "15个工作日内",
        "正在补齐立案审批等材料",
    ),
    (
        "华龙区住房和城乡建设局",
        "行政许可",
        "办案程序合法性",
        "许可申请受理后未在法定期限内作出决定，亦未书面告知延期理由",
        "2024年8月15日",
        "未整改",
    ),
    (
        "华龙区卫生健康委员会",
        "行政处罚",
        "法律适用正确性",
        "处罚依据引用已修订前的规章条款",
        "15个工作日内",
        "",
    ),
    (
        "华龙区交通运输局",
        "行政处罚",
        "办案程序合法性",
        "拟作出较大数额罚款前未告知当事人有要求听证的权利",
        "15个工作日内",
        "已组织执法人员专题学习，补充听证告知环节，已整改",
    ),
    (
        "华龙区文化广电和旅游局",
        "行政许可",
        "文书制作规范性",
        "许可决定书未加盖骑缝章，文书编号不连续",
        "立行立改",
        "已整改",
    ),
    (
        "华龙区应急管理局",
        "行政处罚",
        "案卷材料完整性",
        "现场检查未使用执法记录仪，案卷无音像记录",
        "长期坚持",
        "常态化推进",
    ),
]


def write_joint_docx(path: Path) -> Path:
    doc = _new_document("华龙区司法局")
    _title(doc, "华龙区行政执法案卷检司联合评查发现问题整改反馈汇总表", 18)
    _paragraph(doc, "区直各行政执法单位：", 14)
    _paragraph(
        doc,
        "2024年7月1日至3日，区司法局会同区人民检察院随机调阅区直9个行政执法单位办结的36件行政处罚、行政许可"
        "案件，从文书制作规范性、案卷材料完整性、法律适用正确性、办案程序合法性四个方面逐案评查，实行一案一评。"
        "评查意见已于2024年7月5日反馈各单位，要求自反馈之日起15个工作日内整改完毕。现将各单位整改反馈情况汇总如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(JOINT_ROWS, 1)]
    _table(doc, ["序号", "被评查单位", "案件类型", "评查方面", "发现问题", "整改时限", "整改反馈情况"], body)
    _paragraph(doc, "濮阳市华龙区司法局", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_joint(path: Path) -> Path:
    return via_soffice(write_joint_docx, path, "doc", "检司联合评查发现问题整改反馈汇总表.docx")


# ---------------------------------------------------------------------------------------------
# 3. 知识产权专项检查（家装市场）, after a city 市场监督管理局's joint check with a district bureau of the home-furnishing
# market (查看资料、产品外包装、商品批号、询问在场负责人; 违反禁止性规定使用商标、假冒专利、侵犯特殊标志专有权、违法
# 使用地理标志专用标志、销售假冒伪劣商品):
# http://zjamr.zhanjiang.gov.cn/zwdt/xwfbt/content/post_1903434.html
# An .xls (xlwt): title, 检查单位/检查时间 line, one header row with the 经营户 as 整改责任主体, the 检查内容, 处理意见,
# 整改期限 and the 复查情况 with its 复查日期, a 合计 row, a 注 line and a 填表人 line.
HOMEMART_ROWS = [
    (
        "濮阳市华龙区鑫盛陶瓷经营部",
        "濮阳红星家居商场",
        "商标使用",
        "销售的瓷砖外包装使用与他人注册商标近似的标识",
        "责令停止销售，封存涉嫌侵权商品",
        "2024年7月16日",
        "已停止销售，库存商品已退回供货商，复查合格",
        "2024.7.17",
    ),
    (
        "濮阳市华龙区美家卫浴店",
        "濮阳国际家居建材城",
        "专利标识",
        "花洒产品专利权已终止仍标注“专利产品”字样",
        "责令去除失效专利标识",
        "2024年7月23日",
        "正在更换产品包装",
        "",
    ),
    (
        "濮阳市佳美涂料销售部",
        "濮阳国际家居建材城",
        "商标使用",
        "将未注册商标冒充注册商标使用，标注®标记",
        "责令改正",
        "2024年7月16日",
        "已改正",
        "2024.7.15",
    ),
    (
        "濮阳市华龙区恒远五金门市",
        "濮阳国际家居建材城",
        "商品来源",
        "不能提供门锁商品进货凭证，涉嫌销售侵犯注册商标专用权商品",
        "立案调查",
        "2024年8月9日",
        "已立案，正在调查",
        "",
    ),
    (
        "濮阳市华龙区锦绣窗帘布艺店",
        "濮阳红星家居商场",
        "地理标志",
        "宣传册擅自使用地理标志专用标志",
        "责令停止使用，收回宣传册",
        "2024年7月16日",
        "未整改",
        "",
    ),
    (
        "濮阳市华龙区欧雅地板经营部",
        "濮阳红星家居商场",
        "商标使用",
        "店招擅自使用他人注册商标文字",
        "责令拆除店招",
        "2024年7月19日",
        "",
        "",
    ),
    (
        "濮阳市华龙区居之安灯饰店",
        "濮阳国际家居建材城",
        "专利标识",
        "灯具包装将专利申请标注为已授权专利",
        "责令改正，没收违法所得",
        "2024年7月31日",
        "已改正包装标识，罚没款已缴纳",
        "2024.7.26",
    ),
]


def write_homemart(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "家装建材市场知识产权专项检查发现问题整改台账", t, 0, 8),
        (
            1,
            0,
            "检查单位：濮阳市市场监督管理局知识产权保护科、华龙区市场监督管理局    检查时间：2024年7月9日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "整改责任主体（经营户）",
            "所在市场",
            "检查内容",
            "发现问题",
            "处理意见",
            "整改期限",
            "复查情况",
            "复查日期",
        ]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(HOMEMART_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (3, 6, 8) else c))
    r = 3 + len(HOMEMART_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "检查经营户42户，发现问题7个，立案1起", c, r, 8),
        (r + 1, 0, "注：复查情况和复查日期由华龙区市场监督管理局属地市场监管所复查后填写。", plain, r + 1, 8),
        (r + 2, 0, "填表人：郑晓雯    联系电话：0393-4436725    填报日期：2024年7月29日", plain, r + 2, 8),
    ]
    return _write_xls(path, [("检查问题台账", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 侵权假冒专项执法行动, after a county 市场监管局's action in the 知识产权宣传周 (行政综合执法大队、知识产权股与各
# 市场监管所协同联动; 小商品集散地、商超; 知名品牌“地毯式”排查; 商标侵权、假冒专利、违规使用地理标志; 超市、药店、
# 茶企; 股所队深度融合; 加密日常巡查频次、完善长效监管机制):
# https://amr.xuancheng.gov.cn/News/show/1637637.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, one header row whose 承办股所队 are the bureau's own 股室,
# 大队 and 市场监管所, a 办理进展 column, a 注 line and a signature line.
COUNTERFEIT_ROWS = [
    (
        "濮阳县华联超市城关店",
        "商标侵权",
        "销售假冒“南孚”注册商标的电池12板",
        "综合行政执法大队",
        "2024年8月15日",
        "已立案，涉案商品已扣押，正在调查",
    ),
    (
        "濮阳县惠民大药房",
        "商标侵权",
        "销售的洗发水经权利人鉴定为假冒“海飞丝”注册商标商品",
        "城关市场监管所",
        "7月31日前",
        "已下达责令改正通知书，涉案商品已下架销毁，已整改",
    ),
    (
        "濮阳县柳屯镇兴旺烟酒店",
        "商标侵权",
        "销售无合法进货凭证的“牛栏山”白酒",
        "柳屯市场监管所",
        "2024.7.20",
        "未整改",
    ),
    (
        "濮阳县庆祥茶叶有限公司",
        "违规使用地理标志",
        "茶叶包装擅自使用“信阳毛尖”地理标志专用标志",
        "知识产权股",
        "2024年8月31日",
        "已约谈企业负责人，正在更换包装",
    ),
    (
        "濮阳县鑫源茶行",
        "假冒专利",
        "茶具包装标注的专利号与所售产品不符",
        "知识产权股",
        "2024年7月25日",
        "已整改",
    ),
    (
        "濮阳县家家福超市",
        "商标侵权",
        "部分日化商品外包装商标标识模糊、无生产批号",
        "城关市场监管所",
        "2024年8月10日",
        "",
    ),
    (
        "县城商超集中区域",
        "日常巡查",
        "侵权假冒商品存在回流风险，需加密巡查频次",
        "各市场监管所",
        "长期坚持",
        "长期坚持，每月巡查不少于一次",
    ),
]


def write_counterfeit_book(path: Path) -> Path:
    b = Book(path, author="知识产权股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 24, 16, 40, 18, 14, 34])
    b.line(ws, 0, "濮阳县市场监督管理局侵权假冒专项执法行动问题线索办理台账", 6, b.title)
    b.line(ws, 1, "填报单位：濮阳县市场监督管理局（知识产权股）    填报日期：2024年7月29日", 6)
    b.header(ws, 2, ["序号", "检查对象", "违法行为类型", "发现问题", "承办股所队", "办结时限", "办理进展"])
    for i, row in enumerate(COUNTERFEIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(COUNTERFEIT_ROWS)
    b.line(ws, end + 1, "注：承办股所队为本局内设股室、综合行政执法大队及各市场监管所。", 6)
    b.line(ws, end + 2, "分管领导：王振华    填表人：刘思雨    联系电话：0393-3216603", 6)
    return b.close()


def write_counterfeit(path: Path) -> Path:
    return via_soffice(write_counterfeit_book, path, "xls", "侵权假冒专项执法行动问题线索办理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 5. 行政处罚信息信用修复, after a provincial 信用网站's page on how a 行政处罚 record is repaired (类型1: 市场监管领域
# 行政处罚信息, 受理单位为作出处罚决定的市场监督管理部门, 通过国家企业信用信息公示系统申请; 类型2: 其他领域行政处罚信息,
# 通过“信用中国”网站申请; 三个工作日内同步修复; 移除或终止公示失信信息):
# https://creditsx.fgw.shanxi.gov.cn/repair_process.html
# An .xlsx: title, 填报单位 line, a two-row header (修复办理 over 申请渠道, 受理日期, 办理时限 and 修复进展), the
# 处罚机关 as 帮扶责任单位 by short names, 办理时限 in working days from the 受理日期 or a written date, a 合计 row,
# a 填表说明 line and a signature line.
CREDIT_ROWS = [
    (
        "濮阳市鑫达食品有限公司",
        "91410900MA44R2KX6B",
        "濮市监处罚〔2023〕87号",
        "经营标签不符合规定的预包装食品",
        "市市场监管局",
        "国家企业信用信息公示系统",
        date(2024, 7, 8),
        "3个工作日",
        "已修复，终止公示",
    ),
    (
        "濮阳市恒通物流有限公司",
        "91410900MA45C7LD2P",
        "濮交执罚〔2023〕205号",
        "道路货物运输车辆未按规定进行年度审验",
        "市交通局",
        "“信用中国”网站",
        date(2024, 7, 26),
        "5个工作日",
        "审核中",
    ),
    (
        "濮阳市华泰化工有限公司",
        "91410900MA46E1HU8Q",
        "濮应急罚〔2023〕31号",
        "未按规定对重大危险源进行定期检测评估",
        "市应急局",
        "“信用中国”网站",
        None,
        "8月底前",
        "企业尚未提交修复申请",
    ),
    (
        "濮阳市绿源环保科技有限公司",
        "91410900MA40T6NB3W",
        "濮环罚〔2023〕58号",
        "危险废物贮存场所未设置识别标志",
        "市生态环境局",
        "“信用中国”网站",
        date(2024, 7, 15),
        "5个工作日",
        "申请材料不全，已退回企业补正",
    ),
    (
        "濮阳市安居置业有限公司",
        "91410900MA47H9QY5C",
        "濮住建罚〔2024〕3号",
        "未取得施工许可证擅自开工建设",
        "市住建局",
        "“信用中国”网站",
        date(2024, 7, 10),
        "5个工作日",
        "已修复",
    ),
    (
        "濮阳市豫北商贸有限公司",
        "91410900MA41K5FA0D",
        "濮税稽罚〔2023〕19号",
        "未按规定期限办理纳税申报",
        "市税务局",
        "电子税务局",
        date(2024, 7, 24),
        "15个工作日",
        "",
    ),
    (
        "濮阳市金帝酒店管理有限公司",
        "91410900MA48M3WE7J",
        "濮消行罚决字〔2024〕12号",
        "消防设施未保持完好有效",
        "市消防支队",
        "“信用中国”网站",
        None,
        "2024年9月30日",
        "已指导企业准备修复材料",
    ),
    (
        "濮阳市城东建材经营部",
        "92410900MA9F2RTC1X",
        "濮城管罚〔2024〕22号",
        "擅自占用城市道路堆放建材",
        "市城管局",
        "“信用中国”网站",
        date(2024, 7, 3),
        "5个工作日",
        "已修复，已在“信用中国”网站终止公示",
    ),
]


def write_credit(path: Path) -> Path:
    b = Book(path, author="信用科")
    ws = b.sheet("修复帮扶台账")
    b.widths(ws, [6, 26, 22, 24, 32, 14, 24, 12, 12, 28])
    b.line(ws, 0, "行政处罚信息信用修复帮扶工作台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市社会信用体系建设领导小组办公室（市发展改革委代章）    统计截至：2024年7月30日",
        9,
    )
    for c, word in enumerate(
        [
            "序号",
            "失信主体名称",
            "统一社会信用代码",
            "行政处罚决定书文号",
            "失信行为（处罚事由）",
            "帮扶责任单位",
        ]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 9, "修复办理", b.head)
    b.header(ws, 3, ["申请渠道", "受理日期", "办理时限", "修复进展"], first=6)
    for i, row in enumerate(CREDIT_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(CREDIT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "纳入帮扶失信主体8户，已完成修复3户")
    b.line(
        ws,
        end + 1,
        "填表说明：市场监管领域行政处罚信息通过国家企业信用信息公示系统申请修复，其他领域通过“信用中国”网站申请；"
        "办理时限自受理之日起计算。",
        9,
    )
    b.line(ws, end + 2, "填表人：孟晓光    审核人：杜建伟    联系电话：0393-8991570", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 规范涉企行政检查工作任务, after a city government office's 实施方案 (公布涉企检查主体清单; 梳理涉企检查事项清单;
# 落实“一张表单”制度; each task in a numbered paragraph closing with (牵头单位:…;责任单位:…;完成时间:2025年5月)):
# http://www.liaocheng.gov.cn/site_lcszfxxgk/channel_l_lcszfxxgkchannel201911221748261350796317/doc_6819cce1149dc98bf11df7c4.html
# A .wps (Word 97 via LibreOffice): title, 主送, a preamble, the tasks as numbered paragraphs (（一）…) each with its
# 牵头单位/责任单位/完成时间 in brackets and a 推进情况 sentence, the office and date at the foot.
INSPECTION_PARAS = [
    (
        "（一）公布行政检查主体清单。依法确认本级行政检查主体并向社会公布，严禁不具备主体资格的组织实施行政检查。"
        "（牵头单位：市司法局；完成时间：2024年5月）推进情况：清单已于5月28日在市政府门户网站公布，已完成。"
    ),
    (
        "（二）梳理涉企检查事项清单。行政执法机关在法定职责范围内梳理本单位涉企检查事项，精简交叉重复事项，"
        "实现“清单之外无检查”。（牵头单位：市司法局；责任单位：市级行政执法机关；完成时间：2024年6月）"
        "推进情况：已汇总23个部门的事项清单，正在进行合法性审核。"
    ),
    (
        "（三）落实涉企行政检查“一张表单”制度。梳理形成包含检查对象、检查项、检查内容和检查标准的检查表单，"
        "对简单事项实行“一表通查”。（牵头单位：市司法局；责任单位：市级行政执法机关；完成时间：2024年12月）"
    ),
    (
        "（四）推行跨部门联合检查“综合查一次”。对同一检查对象的多个检查事项合并实施，最大限度减少入企检查频次。"
        "（牵头单位：市市场监管局；完成时间：2024年9月）推进情况：已确定首批6个联合检查场景，正在制定检查计划。"
    ),
    (
        "（五）推行“扫码入企”检查登记。执法人员入企检查前扫码登记，检查过程和结果全程留痕、可追溯。"
        "（牵头单位：市政务服务和大数据管理局；完成时间：2024年10月）推进情况：登记系统开发尚未启动。"
    ),
    (
        "（六）清理规范涉企检查中的第三方机构。严禁委托检验检测机构、中介机构等以检查名义向企业收费。"
        "（牵头单位：市发展改革委；完成时间：2024年8月）推进情况：正在对各部门委托事项进行摸排。"
    ),
    (
        "（七）建立涉企检查频次监测预警机制。对同一企业检查频次过高的情况实时预警、及时纠正。"
        "（牵头单位：市司法局；完成时间：2024年7月）推进情况：预警功能已于7月15日上线运行，已完成。"
    ),
    (
        "（八）开展行政执法人员资格清理。对不在岗、不具备执法资格的人员注销执法证件，严禁无证检查。"
        "（牵头单位：市司法局；责任单位：市级行政执法机关；完成时间：2024年6月）推进情况：已注销执法证件37个，已完成。"
    ),
    (
        "（九）畅通涉企检查投诉举报渠道。依托12345热线受理企业对乱检查问题的投诉，做到件件有回音。"
        "（牵头单位：市司法局；完成时间：长期坚持）推进情况：常态化推进。"
    ),
]


def write_inspection_docx(path: Path) -> Path:
    doc = _new_document("执法协调监督科")
    _title(doc, "濮阳市规范涉企行政检查工作任务推进情况", 20)
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照《濮阳市规范涉企行政检查工作实施方案》任务分工，现将各项任务推进情况（截至2024年7月25日）报告如下：",
    )
    for text in INSPECTION_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳市司法局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_inspection(path: Path) -> Path:
    return via_soffice(write_inspection_docx, path, "doc", "规范涉企行政检查工作任务推进情况.docx")


# ---------------------------------------------------------------------------------------------
# 7. 行政执法监督典型问题通报, after a city's release of its 行政执法监督典型案例 from the 规范涉企行政执法专项行动 (案卷评查、
# 投诉举报、复盘分析、备案审查; 程序违法、超越职权、适用不当; each case as a block: 案例一, a heading naming the case,
# 【关键词】, 【基本案情】, 【监督处理】):
# http://www.echinagov.com/news/367699.htm
# A .docx: title, 主送, a preamble, each problem as a block (a numbered heading naming the unit, then 【关键词】,
# 【基本情况】, 【监督处理】 with the deadline and, where the unit reported, 【整改情况】), the office and date at the foot.
SUPERVISION_BLOCKS = [
    (
        "一、市自然资源和规划局超期作出行政处罚决定问题",
        "案卷评查 程序期限 监督纠错",
        "市司法局在涉企行政执法案卷评查中发现，市自然资源和规划局办理的一起非法占地案件于2023年9月立案，"
        "2024年3月才作出行政处罚决定，超过法定办案期限且未办理延期审批。",
        "市司法局向该局发出《行政执法监督通知书》，责令其于2024年6月30日前作出书面说明，并建立办案期限预警台账。",
        "已按期报送书面说明，办案期限预警台账已建立运行，整改完成。",
    ),
    (
        "二、市交通运输局对轻微违法行为顶格罚款问题",
        "投诉举报 裁量基准 过罚相当",
        "某货运企业投诉反映，市交通运输局对其车辆首次轻微超载且已当场纠正的行为处以顶格罚款，"
        "未适用行政处罚裁量基准。",
        "市司法局发出《行政执法监督意见书》，要求该局于2024年7月31日前对案件重新审查，依法作出处理。",
        "已撤销原处罚决定，正在依法重新作出处理决定。",
    ),
    (
        "三、市城管执法局执法人员检查时未亮证、未佩戴执法记录仪问题",
        "社会监督员 三项制度 未亮证执法",
        "行政执法社会监督员反映，市城管执法局两名执法人员在对沿街商户进行检查时未出示执法证件、"
        "未佩戴执法记录仪，执法过程无音像记录。",
        "市司法局责令该局于2024年8月15日前完成整改，并在全局开展执法规范化专项整顿。",
        None,
    ),
    (
        "四、市卫健委对同一企业多头重复检查问题",
        "复盘分析 重复检查 涉企检查频次",
        "市司法局复盘涉企检查数据发现，市卫健委所属两个科室在一个月内先后3次对同一家民营医院开展内容相近的检查，"
        "增加企业负担。",
        "市司法局要求该局于2024年7月10日前统筹本单位检查计划，合并同类检查事项。",
        "已整改，已建立局内检查计划统筹审批机制。",
    ),
    (
        "五、市应急局委托第三方机构检查并向企业收费问题",
        "备案审查 逐利检查 第三方机构",
        "市司法局在行政检查备案审查中发现，市应急局委托的安全技术服务机构在对企业开展安全检查时向企业收取服务费。",
        "市司法局责令该局立即停止委托，于2024年9月30日前督促服务机构将所收费用全部退还企业。",
        "已停止委托，正在督促服务机构逐户退还费用。",
    ),
    (
        "六、市生态环境局行政处罚信息公示不及时问题",
        "执法公示 信息公开 常态监督",
        "市司法局抽查发现，市生态环境局部分行政处罚决定未按规定在作出决定之日起7个工作日内向社会公示。",
        "市司法局督促该局建立执法信息公示常态化工作机制，长期坚持。",
        "常态化推进。",
    ),
]


def write_supervision(path: Path) -> Path:
    doc = _new_document("执法协调监督科")
    _title(doc, "关于行政执法监督发现涉企执法问题及整改情况的通报", 20)
    _paragraph(doc, "市直各行政执法部门：")
    _paragraph(
        doc,
        "2024年以来，市司法局立足行政执法监督职责，通过案卷评查、投诉举报、复盘分析、备案审查等方式，"
        "发现并督促纠正了一批程序违法、适用不当、检查扰企等问题。现将6个典型问题及整改情况通报如下：",
    )
    for heading, keywords, basic, handling, progress in SUPERVISION_BLOCKS:
        _paragraph(doc, heading, 16, "黑体")
        _para_runs(doc, [("【关键词】", True), (keywords, False)])
        _para_runs(doc, [("【基本情况】", True), (basic, False)])
        _para_runs(doc, [("【监督处理】", True), (handling, False)])
        if progress is not None:
            _para_runs(doc, [("【整改情况】", True), (progress, False)])
    _paragraph(doc, "各行政执法部门要引以为戒，举一反三，切实规范涉企执法行为。")
    _paragraph(doc, "濮阳市司法局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 8. “一业一查”部门联合抽查, after a county's 市场监管领域2024年度“一业一查”部门联合抽查工作计划 (牵头部门会同参与部门
# 制定实施方案; 分类建库、摇号派发、实地核查、公示处理; 联合检查组; “谁检查、谁录入、谁公开”; 发现问题依法处置):
# https://www.nlx.gov.cn/openness/public/6605141/39220155.html
# A .zip of two returns from two 牵头部门: the 文广旅局's .xlsx (牵头部门/参与部门/抽查时间 line; the 处置责任部门 by
# short names beside each 检查对象) and the 卫健委's .docx (one table with the 处置部门, a 填表人 line).
JOINT_CHECK_CULTURE_ROWS = [
    (
        "文化娱乐",
        "濮阳市金色年华娱乐有限公司",
        "包厢内疏散指示标志损坏不亮",
        "市消防支队",
        "责令限期改正",
        "2024年7月20日",
        "已改正，复查合格",
    ),
    (
        "文化娱乐",
        "濮阳市金色年华娱乐有限公司",
        "酒水饮料未明码标价",
        "市场监管局",
        "责令改正",
        "2024年7月20日",
        "正在整改",
    ),
    (
        "旅行社",
        "濮阳市中原国际旅行社有限公司",
        "组织团队旅游未与游客签订书面旅游合同",
        "市文广旅局",
        "立案调查",
        "2024年8月20日",
        "",
    ),
    (
        "旅行社",
        "濮阳市龙都旅行社有限公司",
        "旅游服务质量保证金未足额交存",
        "市文广旅局",
        "责令限期补足",
        "2024年7月31日",
        "未整改",
    ),
]
JOINT_CHECK_HEALTH_ROWS = [
    (
        "濮阳市丽人坊美容有限公司",
        "未取得医疗机构执业许可证开展注射类医疗美容",
        "市卫健委",
        "立案查处",
        "2024年8月31日",
        "已立案，正在调查取证",
    ),
    (
        "濮阳市悦颜美容美发店",
        "使用未经备案的进口化妆品",
        "市市场监管局",
        "责令停止使用",
        "2024年7月25日",
        "已整改",
    ),
    (
        "濮阳市华龙区温泉洗浴中心",
        "3名从业人员健康证明已过期",
        "市卫健委",
        "责令改正",
        "2024年7月19日",
        "已改正",
    ),
    ("濮阳市悦颜美容美发店", "店内安全出口被美容床遮挡", "市消防救援支队", "责令改正", "2024年7月31日", ""),
]


def write_joint_check_book(path: Path) -> Path:
    b = Book(path, author="市场管理科")
    ws = b.sheet("处置情况")
    b.widths(ws, [6, 12, 30, 34, 14, 16, 16, 22])
    b.line(ws, 0, "2024年度“一业一查”部门联合抽查发现问题处置情况表（文化娱乐及旅行社行业）", 7, b.title)
    b.line(
        ws,
        1,
        "牵头部门：濮阳市文化广电和旅游局    参与部门：市市场监督管理局、市消防救援支队    抽查时间：2024年7月8日至12日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "抽查行业", "检查对象", "发现问题", "处置责任部门", "处置措施", "整改期限", "处置结果"],
    )
    for i, row in enumerate(JOINT_CHECK_CULTURE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(JOINT_CHECK_CULTURE_ROWS)
    b.line(ws, end + 1, "填表人：赵梦洁    联系电话：0393-8180273    填报日期：2024年7月26日", 7)
    return b.close()


def write_joint_check_docx(path: Path) -> Path:
    doc = _new_document("综合监督科")
    _title(doc, "公共场所卫生及生活美容行业“一业一查”联合抽查问题处置情况", 16)
    _paragraph(
        doc,
        "牵头部门：濮阳市卫生健康委员会    参与部门：市市场监督管理局、市消防救援支队    填报日期：2024年7月27日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(JOINT_CHECK_HEALTH_ROWS, 1)]
    _table(doc, ["序号", "检查对象", "发现问题", "处置部门", "处置措施", "处置时限", "处置结果"], body)
    _paragraph(doc, "填表人：冯雅琪    联系电话：0393-8323651", 12)
    return _save_fixed(doc, path)


def write_joint_check(path: Path) -> Path:
    members = [
        ("一业一查联合抽查问题处置情况表（市文广旅局牵头）.xlsx", write_joint_check_book),
        ("一业一查联合抽查问题处置情况（市卫健委牵头）.docx", write_joint_check_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 行政执法“三项制度”落实情况抽查, after a city 司法局's account of its case-file review (自查和抽查两个阶段; 抽查阶段
# 重点对行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度落实情况进行评查; 将行政许可和行政处罚信息在
# “信用中国”公示; 影音资料装入案卷; 评查结束后专门制发通报):
# http://www.tianshui.gov.cn/sfj/info/1362/69152.htm
# A CSV in GBK: a title line, a line stating the 反馈日期 the 整改时限 in days count from, one header line with the
# 涉及制度 beside each unit (short names), a 合计 line.
THREE_RULES_ROWS = [
    (
        "市交警支队",
        12,
        "执法公示",
        "部分行政处罚决定信息未在作出决定后7个工作日内公示",
        "及时补录公示信息，明确公示责任人",
        "20日内",
        "已全部补录公示",
    ),
    (
        "市自然资源局",
        8,
        "执法全过程记录",
        "现场勘验无音像记录，仅有文字记录",
        "配备执法记录仪，规范音像记录归档",
        "2024年8月31日",
        "已采购执法记录仪，正在配发",
    ),
    (
        "市人社局",
        6,
        "重大执法决定法制审核",
        "重大执法决定未经法制审核即作出",
        "建立重大执法决定法制审核目录清单",
        "2024年7月31日",
        "未整改",
    ),
    (
        "市住房公积金中心",
        5,
        "执法公示",
        "执法人员姓名、执法证号等信息未在门户网站公示",
        "在门户网站公示执法人员信息",
        "10日内",
        "已完成",
    ),
    (
        "市民政局",
        4,
        "重大执法决定法制审核",
        "法制审核意见书内容过于简单，未载明审核依据",
        "充实法制审核力量，规范审核意见书",
        "第三季度",
        "",
    ),
    (
        "市税务局",
        10,
        "执法全过程记录",
        "文书送达环节未留存送达记录",
        "完善送达环节文字和音像记录",
        "2024年8月15日",
        "正在完善",
    ),
    (
        "市市场监管局",
        15,
        "执法公示",
        "行政许可结果公示内容不全，缺少许可有效期",
        "规范许可信息公示要素",
        "长期坚持",
        "长期坚持",
    ),
]


def write_three_rules(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["行政执法“三项制度”落实情况抽查问题清单"])
    w.writerow(
        [
            "抽查单位：濮阳市司法局；抽查范围：2023年7月1日至2024年6月30日办结的行政处罚、行政许可案卷；"
            "反馈日期：2024年7月12日，整改时限自反馈之日起计算"
        ]
    )
    w.writerow(
        ["序号", "被抽查单位", "抽查案卷（宗）", "涉及制度", "存在问题", "整改要求", "整改时限", "整改结果"]
    )
    for i, row in enumerate(THREE_RULES_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", 60, "", "发现问题7个", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 10. 涉企行政执法突出问题线索, after a city 司法局's notice collecting clues of 涉企行政执法 problems (线索征集时间;
# 征集范围: 乱收费问题, 乱罚款问题, 乱检查问题, 乱查封问题, each a numbered category with its own description):
# http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/bm/ssfj/zfxxgk/zc/tzgg/202603/t20260309_5888282.shtml
# An .xlsx: title, 填报单位/线索征集时间 line, one header row, the clues under merged category rows (一、乱收费问题 …),
# the 承办单位 by short names, a 交办日期 and a 办理时限 in working days from it (or a written date), a 合计 row and a
# signature line.
CLUE_SECTIONS = [
    (
        "一、乱收费问题",
        [
            (
                "XS2024-011",
                "12345热线",
                "企业反映办理排水许可时被要求到指定机构检测并缴纳检测费",
                "市城管局",
                date(2024, 7, 2),
                "15个工作日",
                "经核实，已责令停止指定服务，已办结",
            ),
            (
                "XS2024-014",
                "企业座谈会",
                "企业反映燃气工程竣工验收时被收取“技术服务费”",
                "市住建局",
                date(2024, 7, 9),
                "15个工作日",
                "正在核查",
            ),
        ],
    ),
    (
        "二、乱罚款问题",
        [
            (
                "XS2024-017",
                "来信",
                "货车首次轻微超载当场卸载纠正后仍被罚款，未适用“首违不罚”",
                "市交通运输局",
                date(2024, 7, 11),
                "10个工作日",
                "已撤销处罚决定，已办结",
            ),
            (
                "XS2024-020",
                "12345热线",
                "小餐饮店未公示从业人员健康证明被一次罚款5000元，过罚不相当",
                "市市场监管局",
                date(2024, 7, 16),
                "15个工作日",
                "",
            ),
        ],
    ),
    (
        "三、乱检查问题",
        [
            (
                "XS2024-022",
                "企业座谈会",
                "一家化工企业一个月内被不同部门入企检查5次",
                "市应急局",
                date(2024, 7, 18),
                "2024年8月15日",
                "正在协调相关部门统筹检查计划",
            ),
            (
                "XS2024-025",
                "12345热线",
                "执法人员入企检查未出示执法证件",
                "市生态环境局",
                date(2024, 7, 19),
                "10个工作日",
                "尚未启动核查",
            ),
        ],
    ),
    (
        "四、乱查封问题",
        [
            (
                "XS2024-027",
                "来信",
                "超范围查封企业与违法行为无关的生产设备",
                "市资规局",
                date(2024, 7, 22),
                "15个工作日",
                "已解除超范围查封，已办结",
            ),
            (
                "XS2024-029",
                "12345热线",
                "查封期限届满未及时解除查封",
                "市税务局",
                date(2024, 7, 24),
                "5个工作日",
                "已报批，正在办理解封手续",
            ),
        ],
    ),
]


def write_clues(path: Path) -> Path:
    b = Book(path, author="执法监督科")
    ws = b.sheet("线索台账")
    b.widths(ws, [6, 14, 12, 44, 16, 12, 16, 30])
    b.line(ws, 0, "涉企行政执法突出问题线索办理台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市司法局（行政执法协调监督科）    线索征集时间：2024年6月1日起    填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws, 2, ["序号", "线索编号", "线索来源", "反映问题", "承办单位", "交办日期", "办理时限", "办理结果"]
    )
    r, n = 3, 0
    for section, rows in CLUE_SECTIONS:
        b.line(ws, r, section, 7, b.cell)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "共交办线索8条，已办结3条")
    b.line(ws, r + 2, "科室负责人：韩立新    填表人：许佳怡    联系电话：0393-8991433", 7)
    return b.close()


FILES = [
    ("2024年上半年行政执法案卷集中评查问题整改台账.xlsx", write_casefile),
    ("华龙区行政执法案卷检司联合评查整改反馈汇总表.doc", write_joint),
    ("家装建材市场知识产权专项检查问题整改台账.xls", write_homemart),
    ("濮阳县侵权假冒专项执法行动问题线索办理台账.et", write_counterfeit),
    ("行政处罚信息信用修复帮扶工作台账.xlsx", write_credit),
    ("规范涉企行政检查工作任务推进情况（市司法局）.wps", write_inspection),
    ("关于行政执法监督发现涉企执法问题及整改情况的通报.docx", write_supervision),
    ("一业一查部门联合抽查问题处置情况（两个牵头部门）.zip", write_joint_check),
    ("行政执法三项制度落实情况抽查问题清单.csv", write_three_rules),
    ("涉企行政执法突出问题线索办理台账.xlsx", write_clues),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

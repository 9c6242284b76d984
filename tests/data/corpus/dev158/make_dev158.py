"""Write the dev158 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 城市管理与市容、住建与物业、交通运输、农业农村与乡村振兴的督查问题整改 (数字城管案件, 户外广告, 门前三包,
物业小区, 人大评议意见, 局属单位督查, 公路隐患排查, 衔接资金督查, 撂荒地整治, 户厕公厕摸排), with township and
village ledgers among them.
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs under township headings, and a .zip
of two village returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside280.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.group = add({"bold": True, "border": 1, "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .doc and .wps returns")
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
# 1. 财政衔接资金使用和项目管理情况督查通报, after a district's 关于第四季度财政衔接资金使用和项目管理情况的督查通报
# (problems listed under each 镇 as a heading, then （一）项目库建设方面 （二）资金项目管理方面 （三）扶贫项目资产管理方面 /
# 其他方面, each problem numbered 1、 and naming its 村; 公示照片模糊, 请款单未盖章, 会议图片为同一张照片, 未扣留工程质保金,
# 缺少村两委会议记录, 扶贫资产未入账, 未见区级验收资料, 务工人员无领取报酬证明):
# https://www.ja.gov.cn/public/6602191/24168224.html
# A .docx: title, 主送, a preamble naming the four 乡镇人民政府 and the general deadline (7月20日前), then the towns as
# headings with the aspects and numbered problems under them, each followed by an 整改情况 sentence (one has none, one
# states its own later deadline, one is 长期坚持), a closing paragraph, the bureau and date at the foot.
FUND_TOWNS = [
    (
        "柳屯镇",
        [
            (
                "（一）项目库建设方面",
                [
                    "1、柳屯镇后王庄村：2024年项目库公示近景照片模糊不清晰，公示内容无法辨认。"
                    "整改情况：已重新张贴公示并补拍近景照片存档，已整改。",
                ],
            ),
            (
                "（二）资金项目管理方面",
                [
                    "1、后王庄村高效日光温室项目5月份支付第一次进度款材料中，工程拨款请款单建设单位未盖章确认。"
                    "整改情况：已补盖建设单位公章并重新归档，已整改。",
                    "2、柳屯镇东街村道路提升项目未在村务公开栏公示资金使用情况。"
                    "整改情况：正在整理资金支出明细，准备张贴公示。",
                ],
            ),
        ],
    ),
    (
        "王称堌镇",
        [
            (
                "（一）项目库建设方面",
                [
                    "1、王称堌镇前刘村：5月9日和6月8日，村两委分别研究2024年项目库的会议图片为同一张照片，"
                    "存在逻辑错误。整改情况：已补充两次会议记录及现场照片，整改完成。",
                ],
            ),
            (
                "（二）资金项目管理方面",
                [
                    "1、郭寨村肉牛养殖圈舍建设项目已全部审计完毕，按照审计金额已支付完毕，未扣留工程质保金。"
                    "整改情况：已与施工单位协商，正在办理质保金退回手续。",
                ],
            ),
        ],
    ),
    (
        "渠村乡",
        [
            (
                "（一）项目库建设方面",
                [
                    "1、渠村乡青庄村：2025-2026年滚动项目库资料，缺少村两委会议记录和村民代表大会会议记录。"
                    "整改情况：未整改。",
                ],
            ),
            (
                "（二）扶贫项目资产管理方面",
                [
                    "1、渠村乡6个脱贫村完成2016-2020年度扶贫资产入账，其他非贫困村未完成扶贫资产入账。"
                    "该问题需逐村清点核实，经县督查组同意，整改时限延至2024年9月30日。"
                    "整改情况：已完成3个村清点入账，其余村正在清点。",
                ],
            ),
        ],
    ),
    (
        "习城乡",
        [
            (
                "（一）资金项目管理方面",
                [
                    "1、西后寨村小型农田水利“最后一公里”工程已经全部完工，未见县级验收资料。",
                ],
            ),
            (
                "（二）其他方面",
                [
                    "1、习城乡前习城村30万元衔接资金投资入股濮阳县习城乡金丰食用菌专业合作社，建立了带动脱贫户"
                    "发展台账，有务工人员5名，但没有务工人员领取报酬的证明。该问题属长期规范事项，整改时限为长期坚持。"
                    "整改情况：已督促合作社建立工资签领台账，长期坚持。",
                    "2、习城乡2024年第一批衔接资金项目公告公示未在县政府网站同步发布。"
                    "整改情况：已在县政府网站补发公告，已整改。",
                ],
            ),
        ],
    ),
]


def write_fund(path: Path) -> Path:
    doc = _new_document("濮阳县农业农村局")
    _title(doc, "关于濮阳县2024年第二季度财政衔接资金使用和项目管理情况督查发现问题整改情况的通报", 18)
    _paragraph(doc, "各乡镇人民政府，县直有关单位：")
    _paragraph(
        doc,
        "2024年6月17日至21日，县巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作领导小组办公室抽调县农业农村局、"
        "县财政局人员组成督查组，对柳屯镇人民政府、王称堌镇人民政府、渠村乡人民政府、习城乡人民政府2024年第二"
        "季度财政衔接资金使用和项目管理情况进行了督查。督查发现问题已于6月26日反馈各乡镇，要求于2024年7月20日前"
        "整改到位。现将发现问题及截至7月29日的整改情况通报如下：",
    )
    for town, aspects in FUND_TOWNS:
        _paragraph(doc, town, 16, "黑体")
        for aspect, problems in aspects:
            _paragraph(doc, aspect, 16, "楷体_GB2312")
            for text in problems:
                _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，县农业农村局将会同县财政局对整改情况开展“回头看”，对整改不到位、敷衍整改的乡镇予以通报批评。",
    )
    _paragraph(doc, "濮阳县农业农村局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 撂荒地整治台账, after a township's account of its 撂荒地整治 (对撂荒地的位置、数量、面积、撂荒原因、撂荒年限、土地
# 现状信息登记造册; 对弃耕撂荒土地的承包人、地块名称、面积、四至信息、流转或撂荒年限等基本情况逐一登记; 一户一策、一地
# 一策; 自行复耕、委托代耕、土地流转; 镇、片长、村三级网格):
# http://yhg994208.cn/news/gg/2022052011181221112.htm
# A CSV in GBK: title line, 填报单位/摸排时间/面积单位 line, one header line with 承包人, 地块名称, 面积, 四至 and
# 撂荒年限 beside the 撂荒原因, 整治方式, the 村民委员会 as 责任单位 and the 包村干部 (persons), 计划复耕复种时间 as
# 2024年6月底 / 第三季度 / 年底前 / dates / 长期坚持, a 合计 line and a 填报人 line.
LAND_ROWS = [
    (
        "福堪村",
        "张某国",
        "村东大坑地",
        "3.2",
        "东至沟、西至路、南至张某林、北至渠",
        "2年",
        "承包户外出务工，地块无人耕种",
        "委托代耕",
        "福堪镇福堪村村民委员会",
        "李明",
        "2024年6月底",
        "已复种玉米",
    ),
    (
        "前郭村",
        "郭某亮",
        "西洼地",
        "5.6",
        "东至郭某军、西至沟、南至路、北至渠",
        "3年",
        "地块低洼易涝，连续两年绝收后弃种",
        "土地流转",
        "福堪镇前郭村村民委员会",
        "王芳",
        "第三季度",
        "已与种植合作社对接，流转合同正在签订",
    ),
    (
        "后郭村",
        "郭某山",
        "南岗地",
        "1.8",
        "东至路、西至郭某成、南至沟、北至郭某平",
        "1年",
        "承包户老人年迈，无力耕种",
        "委托代耕",
        "福堪镇后郭村村民委员会",
        "王芳",
        "7月15日前",
        "已复耕",
    ),
    (
        "大刘村",
        "刘某军",
        "北斜地",
        "2.4",
        "东至刘某民、西至沟、南至刘某山、北至路",
        "4年",
        "地块零碎，大型农机无法进入",
        "自行复耕",
        "福堪镇大刘村村民委员会",
        "赵强",
        "年底前",
        "未复耕",
    ),
    (
        "王二庄村",
        "王某生",
        "机井旁地",
        "0.9",
        "东至渠、西至王某福、南至路、北至沟",
        "2年",
        "灌溉机井损坏，无法浇地",
        "自行复耕",
        "福堪镇王二庄村村民委员会",
        "赵强",
        "2024年8月31日",
        "",
    ),
    (
        "张浮丘村",
        "张某华",
        "村西坟地边",
        "1.5",
        "东至坟地、西至路、南至张某民、北至沟",
        "5年",
        "承包户全家常年在外，地块长期闲置",
        "土地流转",
        "福堪镇张浮丘村村民委员会",
        "孙丽",
        "2024年7月10日",
        "已流转给种粮大户，复种大豆",
    ),
    (
        "福堪村",
        "韩某平",
        "老砖窑旧址",
        "4.0",
        "东至路、西至沟、南至渠、北至韩某军",
        "6年",
        "原砖窑取土地块，土层薄、坑洼不平",
        "委托代耕",
        "福堪镇福堪村村民委员会",
        "李明",
        "2024年10月底",
        "正在进行土地平整",
    ),
    (
        "前郭村",
        "村集体",
        "机动地西段",
        "2.2",
        "东至学校、西至路、南至渠、北至郭某红",
        "2年",
        "村集体机动地到期后未发包",
        "村集体统一种植",
        "福堪镇前郭村村民委员会",
        "王芳",
        "长期坚持",
        "纳入村集体统一种植，动态监测，长期坚持",
    ),
]


def write_land(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["福堪镇撂荒耕地整治台账（2024年7月）"])
    w.writerow(
        ["填报单位：南乐县福堪镇人民政府（农业服务中心）    摸排时间：2024年6月3日至6月14日    面积单位：亩"]
    )
    w.writerow(
        [
            "序号",
            "村名",
            "承包人",
            "地块名称",
            "面积（亩）",
            "四至",
            "撂荒年限",
            "撂荒原因",
            "整治方式",
            "责任单位",
            "包村干部",
            "计划复耕复种时间",
            "整治进度",
        ]
    )
    for i, row in enumerate(LAND_ROWS, 1):
        w.writerow([i, *row])
    total = sum(float(r[3]) for r in LAND_ROWS)
    w.writerow(["合计", "", "", "8块", f"{total:.1f}", "", "", "", "", "", "", "", "已复耕复种3块"])
    w.writerow(["填报人：陈立新    审核人：宋华    联系电话：0393-7612208    填报日期：2024年7月25日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 3. 局属单位督查通报整改情况, after a city 交通运输局's 督查通报 on its 局属单位 (创建办督查组对治超处、稽查站、汽运集团
# 中心站、快客站、公交首末站现场督导; 出租车营运时没有服务卡、乱停乱放、站外揽客; 客车站外上下客; 公交停车场商贩较多、
# 路面卫生较差; 要求责任单位认真梳理存在问题，制订详细整改措施，限期整改到位):
# http://jtj.ahsz.gov.cn/ztzl/szjtcjqgwmcs/dctb/63976513.html
# An .xlsx: title, 督查时间/督查组 line, a 说明 line giving the 通报 date the 5个工作日 count from and the 督查 date
# 立行立改 counts from, a two-row header (整改落实 over 整改措施/整改时限/整改情况), the 局属单位 as 责任单位 (short names
# too), a 备注 line and a signature line.
BUREAU_ROWS = [
    (
        "濮阳汽车总站（中心站）",
        "客车在站外路边上下客，站前秩序混乱",
        "濮阳汽车运输集团有限公司",
        "在站外设置劝导岗，引导车辆进站上下客",
        "立行立改",
        "已设立劝导岗，站外上下客现象已杜绝",
    ),
    (
        "人民路公交首末站",
        "公交停车场内商贩较多，路面卫生较差",
        "众意公交公司",
        "联合城管清理商贩，增加保洁频次",
        "5个工作日",
        "已清理商贩，保洁频次增至每日3次，已整改",
    ),
    (
        "火车站出租车候客区",
        "部分出租车营运时未放置服务监督卡",
        "濮阳市交通运输综合行政执法支队",
        "督促出租车企业补发服务监督卡并开展检查",
        "5个工作日",
        "已补发服务监督卡126张，专项检查正在开展",
    ),
    (
        "火车站出租车候客区",
        "出租车乱停乱放、站外揽客",
        "濮阳市交通运输综合行政执法支队",
        "每日定点巡查，依法查处站外揽客",
        "长期坚持",
        "常态化推进",
    ),
    (
        "华龙超限检测站",
        "检测站公示栏超限认定标准和处罚依据未及时更新",
        "濮阳市华龙超限运输检测站",
        "按新标准更新公示内容",
        "2024年7月20日",
        "",
    ),
    (
        "濮阳快客站",
        "候车厅无障碍通道被堆放杂物占用",
        "濮阳市快客客运有限公司",
        "清理杂物，保持无障碍通道畅通",
        "立行立改",
        "未整改",
    ),
    (
        "濮阳汽车总站（中心站）",
        "售票窗口无爱心窗口标识，老年人购票无人引导",
        "濮阳汽车运输集团有限公司",
        "增设爱心窗口并安排志愿者引导",
        "2024年8月31日",
        "标识正在制作，志愿者已到岗",
    ),
]


def write_bureau(path: Path) -> Path:
    b = Book(path, author="创建办")
    ws = b.sheet("督查问题整改")
    b.widths(ws, [6, 22, 38, 28, 32, 14, 34])
    b.line(ws, 0, "市交通运输局督查局属单位常态化工作发现问题整改情况表", 6, b.title)
    b.line(ws, 1, "督查时间：2024年7月9日    督查组：市交通运输局创建办、综合科", 6)
    b.line(
        ws,
        2,
        "说明：督查通报于2024年7月10日印发，“5个工作日”自通报印发之日起计算；“立行立改”事项自督查当日起整改。",
        6,
    )
    for c, word in enumerate(["序号", "督查点位", "发现问题", "责任单位"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 4, 3, 6, "整改落实", b.head)
    b.header(ws, 4, ["整改措施", "整改时限", "整改情况"], first=4)
    for i, row in enumerate(BUREAU_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        b.put(ws, r, 5, row[4], b.center)
    end = 5 + len(BUREAU_ROWS)
    b.line(ws, end, "备注：整改情况由各局属单位填报，创建办汇总后报局创建全国文明城市领导小组。", 6)
    b.line(
        ws,
        end + 1,
        "填表人：马晓东    审核人：端立新    联系电话：0393-8910362    填报日期：2024年7月26日",
        6,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. 专项工作评议意见整改台账, after a report of a city 人大常委会's 专项工作评议 of its 交通局 (市交通局针对交通发展与
# 经济社会发展不相适应的问题征求到70多条意见和建议, 重点涉及农村公路建设、养护和质量管理, 城市公交线路调整, 65周岁
# 以上老年人免费坐公交等; 梳理后合并为22条, 制定了具体的整改方案, 明确了整改项目、责任领导、责任单位和整改时限):
# http://m.56885.net/news/2009926/166388.html
# An .xls (xlwt): title, 填报单位/填报日期 line, a line on how the opinions were merged, one header row with 整改项目,
# 责任领导 (persons) and a 责任单位 column that names only the bureau's own 科室, deadlines as dates / 9月底 / a schedule
# text / 长期坚持 / 年底前, 注 and signature lines. All items belong to the sending bureau.
TRAFFIC_ROWS = [
    (
        "农村公路建设养护",
        "部分农村公路建成后养护不到位，路肩杂草丛生、边沟堵塞",
        "落实县乡村三级路长制，开展农村公路集中养护",
        "王建华",
        "公路建设管理科",
        "2024年9月底",
        "已完成集中养护186公里，正在推进",
    ),
    (
        "城市公交",
        "公交线路调整未充分征求沿线群众意见",
        "建立线路调整公示和征求意见制度",
        "李卫红",
        "运输服务科",
        "2024年7月15日",
        "已出台线路调整公示办法，已完成",
    ),
    (
        "城市公交",
        "65周岁以上老年人免费乘车卡只能到市区唯一网点办理",
        "在各县区增设办卡网点",
        "李卫红",
        "运输服务科",
        "8月底前完成方案，11月底前全部完成",
        "方案已起草，正在征求意见",
    ),
    (
        "交通基础设施",
        "国道106濮阳段部分路段标志标线磨损",
        "开展标志标线专项整治",
        "王建华",
        "公路建设管理科",
        "2024年6月30日",
        "已完成",
    ),
    (
        "运输安全",
        "危险货物运输企业动态监控平台报警处置不及时",
        "督促企业落实动态监控主体责任，每月通报",
        "张振国",
        "安全监督科",
        "长期坚持",
        "长期坚持",
    ),
    (
        "行业作风",
        "窗口办理道路运输证时间长，群众多次往返",
        "压缩办理时限至3个工作日",
        "赵明",
        "行政审批科",
        "2024年7月31日",
        "未启动",
    ),
    (
        "物流发展",
        "县乡村三级物流体系末端网点运营困难",
        "整合邮政、快递资源建设村级寄递服务站",
        "张振国",
        "综合规划科",
        "年底前",
        "",
    ),
    (
        "行业作风",
        "12328热线转办件回复群众不及时",
        "建立转办件限时回复制度",
        "赵明",
        "办公室",
        "2024年7月20日",
        "制度已印发执行，已办结",
    ),
]


def write_traffic(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "濮阳市交通运输局落实市人大常委会专项工作评议意见整改台账", t, 0, 7),
        (1, 0, "填报单位：濮阳市交通运输局（盖章）    填报日期：2024年7月26日", plain, 1, 7),
        (
            2,
            0,
            "评议中征求意见建议43条，经梳理合并为8条，逐条明确整改项目、责任领导、责任单位和整改时限。",
            plain,
            2,
            7,
        ),
    ]
    words = ["序号", "整改项目", "意见建议", "整改措施", "责任领导", "责任单位", "整改时限", "完成情况"]
    for col, word in enumerate(words):
        cells.append((3, col, word, h))
    for i, row in enumerate(TRAFFIC_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (4, 5, 6) else c))
    r = 4 + len(TRAFFIC_ROWS)
    cells += [
        (r, 0, "注：责任单位为局机关相关科室，完成情况截至2024年7月25日。", plain, r, 7),
        (r + 1, 0, "分管领导：王建华    填表人：刘晓燕    联系电话：0393-8613570", plain, r + 1, 7),
    ]
    return _write_xls(path, [("整改台账", cells, [6, 16, 40, 34, 10, 16, 20, 30])])


# ---------------------------------------------------------------------------------------------
# 5. 物业小区存在问题整改, after a city 住房和城乡建设局's 关于落实物业小区存在问题的整改方案 (成立整改工作领导小组; 住建局
# 机关和事务中心人员组成整改活动志愿者，两人一组分区督办对应的物业小区; 整改内容按条编号: 小广告清理至三楼以上、楼道
# 窗户售楼广告、各单元设置广告信息宣传栏; 垃圾箱成对摆放、桶盖无缺失、清运及时; 占用公共空间晒衣物、私拉晾衣绳架、
# 飞线充电、毁绿种菜、私搭乱建、车辆乱停乱放、楼道乱堆乱放; 公益广告、15分钟生活圈、便民信息服务栏补齐; 消防):
# https://m.yzwku.com/doc/136876.html
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the date the 督办小组 moved in (the base of 立行立改),
# 一、组织架构及人员 and 二、工作方式 paragraphs (no items), then 三、整改内容及落实情况 as numbered paragraphs each naming
# its 责任单位 (物业企业 or the 街道), 整改时限 and 落实情况 in sentences, a closing paragraph, the bureau and date.
PROPERTY_PARAS = [
    "1.锦绣华庭小区楼道及单元门小广告、喷涂广告清理不彻底，三楼以上仍有残留。责任单位：濮阳市恒信物业服务有限公司。"
    "整改时限：2024年7月15日。落实情况：已全部清理，并在各单元设置便民信息栏，经督办小组复查合格。",
    "2.世纪花园小区垃圾桶缺盖、满溢，清运不及时。责任单位：濮阳市嘉禾物业管理有限公司。整改时限：立行立改。"
    "落实情况：已补齐桶盖，清运频次增至每日两次，已整改。",
    "3.嘉禾苑小区占用公共空间私拉晾衣绳架、毁绿种菜、飞线充电问题突出。责任单位：濮阳市嘉禾物业管理有限公司。"
    "整改时限：2024年8月15日。落实情况：已拆除晾衣绳架23处，飞线充电正在配合社区入户劝导整改。",
    "4.绿城家园小区公益广告、便民信息服务栏缺失，15分钟生活圈指示牌未设置。责任单位：濮阳市绿城家园物业服务有限公司。"
    "整改时限：7月底前。落实情况：未整改。",
    "5.德润华府小区消防通道被车辆占用，消火栓箱内水带缺失。责任单位：濮阳市德润物业管理有限公司。整改时限：立行立改。"
    "落实情况：消防通道已划线清理，水带已配齐，整改完成。",
    "6.幸福里小区楼道内乱堆乱放杂物，电动自行车进楼入户。责任单位：河南安达物业服务有限公司濮阳分公司。"
    "整改时限：长期坚持。落实情况：物业每日巡查劝导，常态化推进。",
    "7.建业东苑老旧小区无物业管理，环境卫生无人负责。责任单位：华龙区胜利路街道办事处。"
    "整改时限：2024年9月30日前引入物业服务。",
]


def write_property_docx(path: Path) -> Path:
    doc = _new_document("物业科")
    _title(doc, "濮阳市住房和城乡建设局关于物业小区存在问题整改落实情况的报告")
    _paragraph(doc, "市政府督查局：")
    _paragraph(
        doc,
        "按照局党组会议安排，针对市委督查室6月下旬暗访发现的城区物业小区问题，我局制订整改方案，于2024年7月8日"
        "组织督办小组进驻各小区督促整改，“立行立改”事项自进驻当日起整改。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、组织架构及人员", 16, "黑体")
    _paragraph(
        doc,
        "成立整改工作领导小组，组长由局长兼任，副组长由分管副局长、住房事务中心主任兼任，成员由局机关、住房事务中心、"
        "建筑行业服务中心工作人员组成，称为整改活动志愿者，共计14人，分成7个督办小组。",
    )
    _paragraph(doc, "二、工作方式", 16, "黑体")
    _paragraph(
        doc,
        "采取志愿者分区督办的方式，志愿者两人一组，分别对应相关的物业小区，深入小区内部督促检查指导物业企业落实整改，"
        "直至整改任务完成。",
    )
    _paragraph(doc, "三、整改内容及落实情况", 16, "黑体")
    for text in PROPERTY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "对尚未完成整改的小区，督办小组将继续驻点督办，整改情况纳入物业服务企业信用评价。")
    _paragraph(doc, "濮阳市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_property(path: Path) -> Path:
    return via_soffice(write_property_docx, path, "doc", "物业小区问题整改落实情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 数字化城市管理案件督办情况, after a city's 数字化城市管理系统月度运行情况通报 (按《数字化城市管理绩效考评办法》;
# 县(市)组、建成区组、市直及企事业单位组、乡镇街道办事处组分组通报; 市直单位和供电、广电、中石油等企业单位、乡镇办事
# 处的案件处置情况):
# http://xuchang.gov.cn/ywdt/001002/20211109/aa69e651-fb2d-4880-8e2a-9d5390bf671e.html
# An .xlsx: title, 主送/统计时段 line, a two-row header (问题类别 over 大类/小类), the cases grouped under three 组 rows
# merged across, 案件编号 as text, the 派遣时间 as a date cell that the 处置时限 (N个工作日) counts from, the 责任单位
# under short and former names, 处置情况 as 已结案 / 超期未处置 / a sentence / blank, a 说明 line and the centre's
# signature line.
CASE_GROUPS = [
    (
        "（一）建成区组",
        [
            (
                "410902202407030015",
                "事件",
                "暴露垃圾",
                "胜利路与京开大道交叉口东北角暴露垃圾堆积",
                "华龙区城市管理局",
                date(2024, 7, 3),
                "1个工作日",
                "已结案",
            ),
            (
                "410971202407080007",
                "事件",
                "占道经营",
                "皇甫路两侧流动摊贩占道经营反复出现",
                "濮阳经济技术开发区城市管理局",
                date(2024, 7, 8),
                "2个工作日",
                "超期未处置",
            ),
        ],
    ),
    (
        "（二）市直及企事业单位组",
        [
            (
                "410900202407050031",
                "部件",
                "污水井盖",
                "长庆路中段污水井盖破损下沉",
                "市住建局",
                date(2024, 7, 5),
                "3个工作日",
                "返工后已结案",
            ),
            (
                "410900202407110012",
                "部件",
                "路灯",
                "建设路与振兴路口东段路灯连续5盏不亮",
                "市城管执法局（路灯管理所）",
                date(2024, 7, 11),
                "2个工作日",
                "正在更换灯具",
            ),
            (
                "410900202407150026",
                "部件",
                "电力设施",
                "中原路电力箱变门锁损坏、门体敞开",
                "濮阳供电公司",
                date(2024, 7, 15),
                "3个工作日",
                "已结案",
            ),
            (
                "410900202407170044",
                "部件",
                "通信线缆",
                "大庆路沿线广电线缆脱落下垂",
                "中国广电河南网络有限公司濮阳分公司",
                date(2024, 7, 17),
                "3个工作日",
                "",
            ),
        ],
    ),
    (
        "（三）乡镇、街道办事处组",
        [
            (
                "410902202407190009",
                "事件",
                "乱堆物堆料",
                "孟轲乡孟轲村沿街建筑垃圾乱堆",
                "华龙区孟轲乡人民政府",
                date(2024, 7, 19),
                "3个工作日",
                "已结案",
            ),
            (
                "410902202407220018",
                "事件",
                "非法小广告",
                "昆吾街道建业小区外墙非法小广告密集",
                "华龙区昆吾街道办事处",
                date(2024, 7, 22),
                "2个工作日",
                "正在组织清理",
            ),
        ],
    ),
]


def write_cases(path: Path) -> Path:
    b = Book(path, author="数字城管监督指挥中心")
    ws = b.sheet("案件督办")
    b.widths(ws, [6, 22, 8, 12, 40, 30, 12, 12, 18])
    b.line(ws, 0, "濮阳市数字化城市管理系统2024年7月份重点案件督办情况表", 8, b.title)
    b.line(
        ws,
        1,
        "各县（区）人民政府，市直有关单位：按照《濮阳市数字化城市管理绩效考评办法》，现将7月份超期、返工等重点案件"
        "督办情况通报如下（统计时段：2024年7月1日至7月26日）。",
        8,
    )
    for c, word in enumerate(["序号", "案件编号"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "问题类别", b.head)
    b.header(ws, 3, ["大类", "小类"], first=2)
    for c, word in enumerate(["问题描述", "责任单位", "派遣时间", "处置时限", "处置情况"], start=4):
        b.merge(ws, 2, c, 3, c, word, b.head)
    r, n = 4, 0
    for title, rows in CASE_GROUPS:
        b.merge(ws, r, 0, r, 8, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r, "说明：处置时限自派遣时间起按工作日计算；超期未处置、返工案件纳入月度绩效考评扣分。", 8)
    b.line(ws, r + 1, "濮阳市城市管理局数字化城市管理监督指挥中心    2024年7月29日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 户外广告及门头牌匾排查整治台账, after a city 城市管理局's 户外广告和门头牌匾排查整治 (对主次干道、背街小巷、商业街、
# 公共广场等重点区域的户外广告及门头牌匾全面摸底排查并分类建立台账; 画面破损、内容过时的维修更换; 不符合广告设置规划、
# 违反相关标准规范、存在安全隐患以及影响市容市貌的拆除; 随意张贴的小广告擦洗清理):
# https://www.geermu.gov.cn/details?id=ff8080819526057b01954679b6e5013c
# An .et (LibreOffice conversion of an .xlsx to Excel 97, as WPS 表格 names it): title, 填报单位/排查时间 line, one
# header row with 问题分类 and 处置方式 in the source's words, an 排查日期 date cell per row (the base of 立行立改),
# the 设置单位 beside an explicit 责任单位 (商户, a company, a street office), a 合计 row and a signature line.
AD_ROWS = [
    (
        "胜利路街道",
        "胜利路188号",
        date(2024, 7, 2),
        "门头牌匾",
        "牌匾面板破损脱落，夜间亮化缺字",
        "画面破损",
        "维修更换",
        "濮阳市华龙区鑫旺家电商行",
        "2024年7月20日",
        "已更换面板",
    ),
    (
        "人民路街道",
        "人民路与建设路口东北角楼顶",
        date(2024, 7, 3),
        "楼顶大型广告",
        "楼顶广告架锈蚀松动，存在坠落安全隐患",
        "存在安全隐患",
        "拆除",
        "濮阳市金鼎置业有限公司",
        "立行立改",
        "已拆除",
    ),
    (
        "建设路街道",
        "建设路中段",
        date(2024, 7, 5),
        "门头牌匾",
        "一店多牌，门头两侧违规加设灯箱3个",
        "不符合广告设置规划",
        "拆除",
        "濮阳市华龙区老街坊火锅店",
        "7月底前",
        "已拆除1个，其余正在协商",
    ),
    (
        "大庆路街道",
        "大庆路公交站台",
        date(2024, 7, 8),
        "公益广告",
        "站台公益广告画面褪色、内容过时",
        "内容过时",
        "维修更换",
        "华龙区大庆路街道办事处",
        "2024年8月15日",
        "",
    ),
    (
        "开州路街道",
        "开州路沿线电线杆、配电箱",
        date(2024, 7, 9),
        "小广告",
        "电线杆、配电箱上非法小广告密集",
        "随意张贴",
        "擦洗清理",
        "华龙区开州路街道办事处",
        "长期坚持",
        "每周集中清理，常态化推进",
    ),
    (
        "中原路街道",
        "中原路与京开大道口西南角",
        date(2024, 7, 10),
        "立柱广告",
        "大型立柱广告未经审批擅自设置",
        "违反相关标准规范",
        "拆除",
        "濮阳市天成广告传媒有限公司",
        "2024年8月10日",
        "未整改",
    ),
    (
        "黄河路街道",
        "黄河路万达广场北门",
        date(2024, 7, 12),
        "落地牌匾",
        "店外摆放落地广告牌占用人行道",
        "影响市容市貌",
        "拆除",
        "濮阳市华龙区悦享便利店",
        "立行立改",
        "已自行收回，复查合格",
    ),
]


def write_ads_book(path: Path) -> Path:
    b = Book(path, author="市容科")
    ws = b.sheet("排查整治台账")
    b.widths(ws, [6, 12, 24, 12, 12, 34, 16, 10, 28, 14, 24])
    b.line(ws, 0, "华龙区户外广告及门头牌匾排查整治台账", 10, b.title)
    b.line(ws, 1, "填报单位：华龙区城市管理局（市容科）    排查时间：2024年7月1日至7月12日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "所在街道",
            "设置位置",
            "排查日期",
            "广告类型",
            "存在问题",
            "问题分类",
            "处置方式",
            "责任单位",
            "完成时限",
            "整治情况",
        ],
    )
    for i, row in enumerate(AD_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 3 + len(AD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.put(ws, end, 1, "7处", b.center)
    for c in range(2, 10):
        b.put(ws, end, c, "", b.cell)
    b.put(ws, end, 10, "已整治3处", b.cell)
    b.line(
        ws,
        end + 2,
        "科室负责人：刘国庆    填表人：杜鹏    联系电话：0393-8336175    填报日期：2024年7月26日",
        10,
    )
    return b.close()


def write_ads(path: Path) -> Path:
    return via_soffice(write_ads_book, path, "xls", "户外广告排查整治台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 农村户厕、公厕问题摸排整改 (two village returns in one zip), after a township's 农村户厕问题摸排整改工作方案 (对全镇
# 农村所有公厕、户厕信息全面采集，重点对历年政府组织实施新建、改造的公厕、户厕全面摸排、彻底整改; 公厕信息: 行政村名、
# 公厕所在自然村村名、厕所建设时间、厕所类型、管护人姓名、厕所状态; 户厕信息按户采集):
# http://app.miluo.gov.cn/25221/25222/26778/26784/27617/content_2086701.html
# A .zip holding one village's .xlsx (填报单位 line naming the 村民委员会, 摸排日期 the base of 立行立改, households
# with √ under 是/否 of 是否整改到位 and a 备注) and another village's .docx (公厕 by 自然村 with 管护人, 厕所状态, a
# 管护单位 column, the deadline inside 整改措施及时限).
TOILET_ROWS = [
    (
        "张某文",
        "一组",
        "2019",
        "三格式",
        "化粪池盖板破损，粪液外溢",
        "更换化粪池盖板",
        "2024年7月20日",
        "√",
        "",
        "",
    ),
    (
        "李某英",
        "二组",
        "2020",
        "三格式",
        "过粪管装反，厕所无法正常使用",
        "重新安装过粪管",
        "2024年7月31日",
        "",
        "√",
        "已联系施工单位，7月30日入户返修",
    ),
    (
        "王某军",
        "三组",
        "2018",
        "双瓮式",
        "厕屋隔断未到顶，厨卫不分",
        "改造厕屋隔断",
        "8月15日前",
        "",
        "√",
        "",
    ),
    (
        "刘某华",
        "一组",
        "2021",
        "三格式",
        "化粪池排气管高度不够",
        "加高排气管至高出屋檐",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "赵某",
        "四组",
        "2019",
        "三格式",
        "粪污满了无人抽，后续管护机制缺失",
        "纳入村级管护，定期抽运",
        "长期坚持",
        "",
        "",
        "长期坚持",
    ),
]
PUBLIC_TOILET_ROWS = [
    (
        "大芟河（村委会院内）",
        "2020年",
        "水冲式",
        "梁庄镇大芟河村村民委员会",
        "王某堂",
        "正常使用",
        "洗手设施损坏，无洗手液",
        "维修洗手池，7月15日前完成",
        "已维修，整改到位",
    ),
    (
        "小芟河",
        "2019年",
        "三格式",
        "梁庄镇大芟河村村民委员会",
        "（暂无）",
        "闲置",
        "公厕长期上锁闲置，群众无法使用",
        "明确保洁员每日开放，7月20日前完成",
        "保洁员正在选聘，暂由村干部轮流开门",
    ),
    (
        "大芟河小学",
        "2021年",
        "水冲式",
        "梁庄镇大芟河小学",
        "孙某",
        "无法使用",
        "冲水设备损坏，粪污未接入污水管网",
        "维修冲水设备并接入管网，8月底前完成",
        "",
    ),
    (
        "大芟河集贸市场",
        "2018年",
        "三格式",
        "梁庄镇大芟河村村民委员会",
        "刘某芳",
        "正常使用",
        "管护人未公示，保洁不及时",
        "公示管护人和保洁制度，长期坚持",
        "常态化管护",
    ),
]


def write_household_book(path: Path) -> Path:
    b = Book(path, author="前梁庄村")
    ws = b.sheet("户厕摸排整改")
    b.widths(ws, [6, 10, 8, 10, 10, 32, 24, 16, 6, 6, 30])
    b.line(ws, 0, "梁庄镇前梁庄村农村户厕问题摸排整改台账", 10, b.title)
    b.line(ws, 1, "填报单位：梁庄镇前梁庄村村民委员会（盖章）    摸排日期：2024年7月5日", 10)
    b.line(ws, 2, "摸排范围：2013年以来政府组织实施改造的农村户厕；“立行立改”问题自摸排当日起整改。", 10)
    for c, word in enumerate(
        ["序号", "户主姓名", "组别", "改厕年份", "厕所类型", "存在问题", "整改措施", "整改时限"]
    ):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 8, 3, 9, "是否整改到位", b.head)
    b.header(ws, 4, ["是", "否"], first=8)
    b.merge(ws, 3, 10, 4, 10, "备注", b.head)
    for i, row in enumerate(TOILET_ROWS, 1):
        r = 4 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        for c in (8, 9):
            b.put(ws, r, c, row[c - 1], b.center)
    end = 5 + len(TOILET_ROWS)
    b.line(ws, end, "村支书：张国强    填表人：李静    联系电话：13939315207    填报日期：2024年7月24日", 10)
    return b.close()


def write_public_docx(path: Path) -> Path:
    doc = _new_document("大芟河村")
    _title(doc, "梁庄镇大芟河村农村公厕问题摸排整改情况表", 18)
    _paragraph(
        doc, "填报单位：梁庄镇大芟河村村民委员会    行政村农户总数：612户    填报日期：2024年7月24日", 12
    )
    body = [[str(i), *row] for i, row in enumerate(PUBLIC_TOILET_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "公厕所在自然村",
            "建设时间",
            "厕所类型",
            "管护单位",
            "管护人姓名",
            "厕所状态",
            "存在问题",
            "整改措施及时限",
            "整改情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "村党支部书记：王建设    填表人：赵红梅", 12)
    return _save_fixed(doc, path)


def write_toilet_zip(path: Path) -> Path:
    members = [
        ("梁庄镇前梁庄村农村户厕问题摸排整改台账.xlsx", write_household_book),
        ("梁庄镇大芟河村农村公厕问题摸排整改情况表.docx", write_public_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. 国省干线安全隐患大排查整改情况, after a county 公路中心's 安全隐患大排查 (对辖区内国省干线及养护在建工程开展安全隐患
# 大排查; 以国省道路况、安全附属设施、桥梁安全及在建工程项目施工作业区为检查重点; 共排查出各类安全隐患15处，下发隐患
# 整改通知单3份，督促相关部门立即落实整改):
# https://jtj.bozhou.gov.cn/News/show/566181.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, a preamble with the 通知单 date the N日内 count from and
# the rule that 立行立改 counts from each row's 排查日期, a table with 检查类别 and 整改通知单编号 beside a 整改责任单位
# that names the centre's own 养护工区/股 as well as a 镇 and two contractors, the centre and date at the foot.
ROAD_ROWS = [
    (
        "7月8日",
        "G220 K512+300",
        "国省道路况",
        "路面坑槽破损，影响行车安全",
        "第一养护工区",
        "—",
        "立行立改",
        "已修补完成",
    ),
    (
        "7月8日",
        "S101 K23+600",
        "安全附属设施",
        "波形护栏被车辆撞损，缺失约20米",
        "第二养护工区",
        "—",
        "7月20日前",
        "护栏已到货，正在安装",
    ),
    (
        "7月9日",
        "G106 打渔陈镇高庄段",
        "路域环境",
        "村民在公路用地范围内擅自修建围墙",
        "台前县打渔陈镇人民政府",
        "TQGL-2024-01",
        "10日内",
        "镇政府已制止施工，正在做拆除工作",
    ),
    (
        "7月9日",
        "G220 金堤河大桥",
        "桥梁安全",
        "桥梁伸缩缝堵塞、泄水孔排水不畅",
        "第一养护工区",
        "—",
        "2024年8月15日",
        "",
    ),
    (
        "7月10日",
        "S101 大修工程K30+100",
        "施工作业区",
        "基坑施工现场无安全警示标识和夜间警示灯",
        "河南中原路桥建设有限公司",
        "TQGL-2024-02",
        "3日内",
        "已设置警示标识及爆闪灯，经复查合格",
    ),
    (
        "7月10日",
        "G106 孙口镇段",
        "安全附属设施",
        "平交道口缺少减速让行标志",
        "第二养护工区",
        "—",
        "2024年9月30日",
        "未整改",
    ),
    (
        "7月11日",
        "S101 大修工程K34+800",
        "施工作业区",
        "施工物料堆放占用行车道，未设置锥桶导流",
        "河南通达路桥工程有限公司",
        "TQGL-2024-03",
        "5日内",
        "正在清理物料",
    ),
    (
        "7月11日",
        "辖区国省干线全线",
        "国省道路况",
        "雨季路面积水点位未建立巡查台账",
        "养护管理股",
        "—",
        "长期坚持",
        "汛期每日巡查，长期坚持",
    ),
]


def write_road_docx(path: Path) -> Path:
    doc = _new_document("养护管理股")
    _title(doc, "台前县公路事业发展中心国省干线安全隐患大排查整改情况表", 18)
    _paragraph(
        doc,
        "2024年7月8日至11日，县公路事业发展中心对辖区内国省干线及养护在建工程开展安全隐患大排查，以国省道路况、"
        "安全附属设施、桥梁安全及在建工程项目施工作业区为检查重点，共排查出各类安全隐患8处，于7月12日下发隐患整改"
        "通知单3份。“N日内”自通知单下发之日起计算，“立行立改”自排查当日起整改。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ROAD_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "排查日期",
            "路线及桩号",
            "检查类别",
            "隐患描述",
            "整改责任单位",
            "整改通知单编号",
            "整改时限",
            "整改情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "台前县公路事业发展中心", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_road(path: Path) -> Path:
    return via_soffice(write_road_docx, path, "doc", "国省干线安全隐患大排查整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 市容环境卫生综合检查问题整改, after a city 综合行政执法局's 市容环境卫生综合检查考核 (检查组到城区各街道、酒店开展
# 检查; 重点抽查主要街道门店“门前三包”责任制落实情况、酒店“门前三包”责任制落实情况; 商铺、酒店“门前三包”责任书
# 未张贴、责任制落实不到位; 个别公厕存在收费现象; 街道清扫保洁; 检查考核情况择日通报，对存在的环境问题逐一整治):
# http://news.xwzc.net/xwyw/11672.html
# An .xlsx: title, 检查时间/检查组 line (the 检查 date is the base of 立行立改), a two-row header with √ under 是/否
# of 是否整改到位 and a 复查情况 column, the 检查对象 (a street, hotels, a public toilet, a market) beside an explicit
# 责任单位, a 说明 line and a 检查人 line (inspectors, not units).
CLEAN_ROWS = [
    (
        "开州路沿街商铺",
        "门前三包",
        "沿街门店未张贴“门前三包”责任书，店外堆放杂物",
        "濮阳县城关镇人民政府",
        "2024年7月26日",
        "√",
        "",
        "复查已整改",
    ),
    (
        "开州大酒店",
        "门前三包",
        "酒店门前油污未清理，“门前三包”责任制落实不到位",
        "濮阳县开州大酒店有限公司",
        "2024年7月20日",
        "",
        "√",
        "复查仍有油污",
    ),
    (
        "人民公园北门公厕",
        "公厕管理",
        "公厕存在收费现象，未公示免费开放",
        "濮阳县环境卫生服务中心",
        "立行立改",
        "√",
        "",
        "",
    ),
    (
        "文化路中段",
        "清扫保洁",
        "清扫保洁不及时，绿化带内垃圾未清理",
        "濮阳县环境卫生服务中心",
        "2024年7月18日",
        "",
        "",
        "已增加保洁人员，正在整改",
    ),
    (
        "濮上路农贸市场",
        "市场周边",
        "市场周边占道经营、垃圾乱倒",
        "濮阳县市场发展服务中心",
        "7月底前",
        "",
        "√",
        "",
    ),
    (
        "国庆路沿街门店",
        "户外广告",
        "门店外墙违规悬挂广告横幅",
        "濮阳县城关镇人民政府",
        "长期坚持",
        "",
        "",
        "常态化巡查",
    ),
    ("锦绣宾馆", "门前三包", "宾馆门前车辆乱停放，占用盲道", "濮阳县锦绣宾馆", "2024年7月26日", "", "", ""),
]


def write_clean(path: Path) -> Path:
    b = Book(path, author="市容环卫股")
    ws = b.sheet("检查问题整改")
    b.widths(ws, [6, 18, 12, 40, 26, 14, 6, 6, 24])
    b.line(ws, 0, "濮阳县城区市容环境卫生综合检查问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "检查时间：2024年7月16日    检查组：县城市管理局、县市场监督管理局    复查时间：2024年7月27日",
        8,
    )
    for c, word in enumerate(["序号", "检查对象", "检查内容", "存在问题", "责任单位", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "是否整改到位", b.head)
    b.header(ws, 3, ["是", "否"], first=6)
    b.merge(ws, 2, 8, 3, 8, "复查情况", b.head)
    for i, row in enumerate(CLEAN_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
        for c in (5, 6, 7):
            b.put(ws, r, c, row[c - 1], b.center)
    end = 4 + len(CLEAN_ROWS)
    b.line(
        ws, end, "说明：“立行立改”事项自检查当日起整改；复查未整改到位的，纳入月度市容环境卫生考核扣分。", 8
    )
    b.line(ws, end + 1, "检查人：宁志刚、张怀远    填表人：周倩    填报日期：2024年7月29日", 8)
    return b.close()


FILES = [
    ("关于濮阳县2024年第二季度财政衔接资金使用和项目管理情况督查发现问题整改情况的通报.docx", write_fund),
    ("福堪镇撂荒耕地整治台账（2024年7月）.csv", write_land),
    ("市交通运输局督查局属单位常态化工作发现问题整改情况表.xlsx", write_bureau),
    ("市交通运输局落实市人大常委会专项工作评议意见整改台账.xls", write_traffic),
    ("市住房和城乡建设局关于物业小区存在问题整改落实情况的报告.doc", write_property),
    ("数字化城市管理系统7月份重点案件督办情况表.xlsx", write_cases),
    ("华龙区户外广告及门头牌匾排查整治台账.et", write_ads),
    ("梁庄镇农村户厕公厕问题摸排整改台账（前梁庄村、大芟河村）.zip", write_toilet_zip),
    ("台前县公路事业发展中心国省干线安全隐患大排查整改情况表.wps", write_road),
    ("濮阳县城区市容环境卫生综合检查问题整改情况表.xlsx", write_clean),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

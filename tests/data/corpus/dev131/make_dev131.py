"""Write the dev131 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 生态环境执法与督察整改、污水垃圾处理设施运行检查、河湖“四乱”整治 (专项督查问题企业, 农村污水设施抽查,
填埋场督察, 督察反馈整改任务清单, 水库河道“清四乱”督导, 妨碍河道行洪排查, 督察整改公示, 城镇污水处理设施季度
通报, 垃圾收运设施整改报告, 渗滤液排查台账).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx whose items are numbered paragraphs, and a .zip of two returns (a .docx
and an .xlsx, both laid out as cards). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside231.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.number = add({"border": 1, "num_format": "0.0", "align": "center", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older copy an office sends)."""
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


def _heading(doc, text: str, size: float = 16) -> None:
    _paragraph(doc, text, size, "黑体")


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
# 1. 大气和水污染防治专项督查发现问题企业整改台账, after a provincial 生态环境厅's weekly account of its 大气和水污染
# 防治专项督查 (9个督查组按地市督查企业（单位）, 各组检查企业数量（存在问题企业数量）; 存在问题集中在违反危险废物
# 管理防治有关规定、没有经过环评审批、违反“三同时”制度、不正常使用污染处理设施、未采取措施防止排放VOCS、小散乱污
# 企业; 建议立案; 立案、查封扣押、取缔关闭; 附“第十批次检查发现部分问题企业名单”):
# http://gdee.gd.gov.cn/dcdt/content/post_2351611.html
# An .xlsx: title, 督查时间/填报单位 line, one header row with 检查日期 (the base of the 立行立改 rows), 问题类别 in the
# source's words, 是否建议立案 and 查处情况, the enterprises grouped under one 督查组 row each (检查企业数（存在问题企业数）,
# merged across), a 说明 line and a signature line.
SWEEP_GROUPS = [
    (
        "第一督查组（濮阳县）：检查企业14家（存在问题企业3家）",
        [
            (
                date(2024, 7, 8),
                "濮阳县鑫源塑料制品厂",
                "废机油、废活性炭等危险废物露天堆放，未设置危险废物贮存间及识别标志",
                "违反危险废物管理防治有关规定",
                "是",
                "已立案，罚款3.2万元",
                "2024年7月31日",
                "已建成规范危废贮存间并设置标识，整改完成",
            ),
            (
                date(2024, 7, 9),
                "濮阳县柳屯镇宏达包装材料有限公司",
                "印刷、复合工序有机废气未经收集处理无组织排放",
                "未采取措施防止排放VOCS",
                "是",
                "已立案调查",
                "2024年8月31日",
                "集气罩及活性炭吸附装置正在安装",
            ),
            (
                date(2024, 7, 9),
                "濮阳县庆祖镇永兴建材厂",
                "隧道窑脱硫设施未正常运行，脱硫循环水池干涸",
                "不正常使用污染处理设施",
                "是",
                "查封扣押脱硫塔风机",
                "立行立改",
                "已恢复脱硫设施运行，经复查合格",
            ),
        ],
    ),
    (
        "第二督查组（清丰县）：检查企业11家（存在问题企业2家）",
        [
            (
                date(2024, 7, 10),
                "清丰县鸿运家具有限公司",
                "新建喷漆房未办理环评审批手续擅自投入生产",
                "没有经过环评审批",
                "是",
                "已立案，责令停止生产",
                "2024年9月30日",
                "已停产，环评手续正在办理",
            ),
            (
                date(2024, 7, 11),
                "清丰县瓦屋头镇张某废塑料加工点",
                "无营业执照、无任何污染防治设施，露天破碎清洗废旧塑料",
                "小散乱污企业",
                "否",
                "取缔关闭",
                "2024年7月20日",
                "已断水断电、拆除生产设备，取缔到位",
            ),
        ],
    ),
    (
        "第三督查组（华龙区、范县）：检查企业17家（存在问题企业3家）",
        [
            (
                date(2024, 7, 12),
                "濮阳市第三高级中学",
                "化学实验室废液直接倒入下水道，未按危险废物收集贮存",
                "违反危险废物管理防治有关规定",
                "否",
                "责令改正",
                "2024年7月25日",
                "",
            ),
            (
                date(2024, 7, 12),
                "濮阳市恒达商砼有限公司",
                "砂石料场未全封闭，物料露天堆放且未苫盖",
                "不正常使用污染处理设施",
                "否",
                "责令改正",
                "立行立改",
                "未整改",
            ),
            (
                date(2024, 7, 13),
                "范县金堤化工有限公司",
                "雨水排口有化工废水排出，厂区雨污分流不彻底",
                "违反建设项目“三同时”制度",
                "是",
                "已立案",
                "2024年10月31日",
                "雨污分流改造方案已编制，管网正在施工",
            ),
        ],
    ),
]


def write_sweep(path: Path) -> Path:
    b = Book(path, author="执法支队")
    ws = b.sheet("问题企业整改台账")
    b.widths(ws, [6, 12, 26, 40, 22, 10, 18, 14, 30])
    last = 8
    b.line(ws, 0, "濮阳市大气和水污染防治专项督查发现问题企业整改台账（第三批次）", last, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月8日至7月14日    填报单位：濮阳市生态环境局    填报日期：2024年7月29日",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "检查日期",
            "企业（单位）名称",
            "存在问题",
            "问题类别",
            "是否建议立案",
            "查处情况",
            "整改时限",
            "整改进展",
        ],
    )
    r, n = 3, 0
    for title, rows in SWEEP_GROUPS:
        b.merge(ws, r, 0, r, last, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws,
        r,
        "说明：本批次共督查企业（单位）42家，存在环保问题企业（单位）8家，建议立案5家；“立行立改”问题自检查当日起整改。",
        last,
    )
    b.line(ws, r + 1, "审核人：贾卫东    填表人：孔令琪    联系电话：0393-4418235", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村生活污水处理设施抽查问题整改情况表, after a city 排水管理事务中心's 整改建议函 on its 农村污水处理和再生水利用
# 设施抽查 (抽查设施10座、发现问题13处，详见附件2问题清单; 问题分设施设备运行管理、在线监测、厂容厂貌、标识牌落实
# 四类; 请你区完善设施问题台账，督促各运营单位整改落实，书面反馈整改措施和整改完成情况), published as the sample
# data of a public notice app:
# https://github.com/jince2558/CommonBase/blob/3534b422b6c43639676c643aafca282730f4a603/downloadmodule/src/main/java/com/baidu/push/downloadactivity/bean/DownLoadBean.java
# An .xls (xlwt): title, a line naming the 整改建议函, 填报单位 line, a two-row header (问题清单 over 问题类别/问题
# 描述, 整改情况 over 整改措施/整改时限/整改完成情况), 运营单位（整改责任单位） and 抽查日期 (the base of 立行立改),
# a 注 line and a signature line.
RURAL_ROWS = [
    (
        "柳屯镇东街村污水处理站",
        "柳屯镇",
        "濮阳县清源水务运营有限公司",
        "2024.6.11",
        "设施设备运行管理",
        "清水池内存在漂浮物，运行记录未填写进水水量",
        "清理清水池浮渣，规范填写运行记录",
        "立行立改",
        "已整改",
    ),
    (
        "柳屯镇西关村污水处理站",
        "柳屯镇",
        "濮阳县清源水务运营有限公司",
        "2024.6.11",
        "在线监测",
        "未安装进水水量、电量计量设备",
        "安装计量设备并接入县级排水管理平台",
        "2024年8月底前",
        "设备已采购，正在安装",
    ),
    (
        "文留镇前范村污水处理站",
        "文留镇",
        "濮阳县文留镇人民政府",
        "2024.6.12",
        "厂容厂貌",
        "出水口周边堆积大量生活垃圾",
        "清理出水口垃圾，建立定期清理制度",
        "立行立改",
        "已清理完毕，已建立每周巡查清理制度",
    ),
    (
        "文留镇后范村污水处理站",
        "文留镇",
        "濮阳县文留镇人民政府",
        "2024.6.12",
        "标识牌落实",
        "处理设施未设置信息标识牌，未公示运营单位、责任人及监督电话",
        "设置公示标识牌",
        "2024年7月15日",
        "",
    ),
    (
        "庆祖镇集中式污水处理站",
        "庆祖镇",
        "河南碧水环境工程有限公司",
        "2024.6.13",
        "设施设备运行管理",
        "鼓风机故障停运，生化池曝气不足，出水浑浊",
        "更换鼓风机，恢复正常运行",
        "2024年6月30日",
        "未整改",
    ),
    (
        "八公桥镇镇区污水处理站",
        "八公桥镇",
        "河南碧水环境工程有限公司",
        "2024.6.13",
        "在线监测",
        "在线监测数据未上传县级平台，已中断20余天",
        "维修数据传输模块",
        "2024年7月10日",
        "已修复，数据恢复上传",
    ),
    (
        "徐镇镇镇区污水处理站",
        "徐镇镇",
        "濮阳县清源水务运营有限公司",
        "2024.6.14",
        "设施设备运行管理",
        "设施管护人员未经培训，不掌握加药操作规程",
        "开展运维人员培训，常态化考核",
        "长期坚持",
        "已培训2次，长期坚持",
    ),
]


def write_rural(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    last = 10
    cells = [
        (0, 0, "濮阳县农村生活污水处理设施抽查问题整改情况表", t, 0, last),
        (
            1,
            0,
            "（对应市水利局《关于濮阳县2024年二季度农村污水处理设施抽查情况的整改建议函》附件2问题清单）",
            plain,
            1,
            last,
        ),
        (2, 0, "填报单位：濮阳县水利局（盖章）    填报日期：2024年7月26日", plain, 2, last),
    ]
    for col, word in enumerate(["序号", "设施名称", "所在乡镇", "运营单位（整改责任单位）", "抽查日期"]):
        cells.append((3, col, word, h, 4, col))
    cells.append((3, 5, "问题清单", h, 3, 6))
    cells += [(4, 5, "问题类别", h), (4, 6, "问题描述", h)]
    cells.append((3, 7, "整改情况", h, 3, 9))
    cells += [(4, 7, "整改措施", h), (4, 8, "整改时限", h), (4, 9, "整改完成情况", h)]
    cells.append((3, 10, "备注", h, 4, 10))
    for i, row in enumerate(RURAL_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 4, 5, 8) else c))
        cells.append((r, 10, "镇自管" if "文留镇" in row[0] else "", c))
    r = 5 + len(RURAL_ROWS)
    cells += [
        (
            r,
            0,
            "注：“立行立改”问题自抽查当日起整改；问题类别按整改建议函分为设施设备运行管理、在线监测、厂容厂貌、标识牌落实四类。",
            plain,
            r,
            last,
        ),
        (r + 1, 0, "审核人：宋振华    填表人：韩笑    联系电话：0393-3226517", plain, r + 1, last),
    ]
    return _write_xls(path, [("问题整改情况", cells, [6, 22, 10, 26, 11, 16, 36, 30, 14, 30, 8])])


# ---------------------------------------------------------------------------------------------
# 3. 城市生活垃圾填埋场督察发现问题整改进展情况, after a county government's page 督察城市生活垃圾填埋场 (检查内容: 基础
# 设施是否完善、作业是否规范、渗滤液处理是否规范; 检查发现: 一是防渗膜破损未及时修复，二是未按卫生填埋要求填埋，三是
# 周边垃圾飞散，四是渗滤液收集池破损; 整改进展情况: 1、及时修复防渗膜… 2、垃圾按卫生填埋要求进行填埋… numbered to
# match):
# http://www.gzdf.gov.cn/daofu/c102761/201912/9e7947a9a76e4779aeee16409f742ad2.shtml
# A .docx: title, 主送, preamble with the 督察 date (the base of 立行立改), 检查内容 and 检查发现 (all findings in one
# paragraph, 一是…二是…), then 整改进展情况 as numbered paragraphs restating each problem with its 责任股室 and 整改
# 时限, the bureau and date at the foot. All items belong to the sending bureau.
LANDFILL_FINDINGS = (
    "检查发现：一是填埋区坝体前方防渗膜破损，未及时修复；二是未按卫生填埋要求每日覆土，作业面裸露面积过大；"
    "三是填埋场周边垃圾飞散，防飞散网缺失；四是渗滤液收集池池壁破损，存在渗漏风险；"
    "五是渗滤液处理站日处理能力不足，调节池水位长期偏高；六是地下水监测井未按规定频次开展监测；"
    "七是进场垃圾称重台账记录不全。"
)
LANDFILL_PROGRESS = [
    "1.防渗膜破损问题。责任股室：环卫股；整改时限：2024年7月15日。我局组织技术人员和作业单位对坝体前方破损"
    "防渗膜进行清挖更换，对坝体内破损部位进行修复，已于7月12日整改完成。",
    "2.未按要求每日覆土问题。责任股室：环卫股；整改时限：立行立改。自督察当日起落实每日覆土，每次覆土厚度"
    "不少于20厘米，已整改到位。",
    "3.周边垃圾飞散问题。责任股室：市容股；整改时限：2024年7月31日。已组织人员对填埋场周边散落垃圾进行清捡，"
    "防飞散网正在采购安装。",
    "4.渗滤液收集池破损问题。责任股室：市政股；整改时限：2024年9月30日。修复方案已编制完成，计划汛期过后施工。",
    "5.处理能力不足问题。责任股室：环卫股；整改时限：年底前。渗滤液处理站扩容项目尚未启动。",
    "6.地下水监测问题。责任股室：环卫股；整改时限：长期坚持。已委托第三方检测机构按季度开展地下水监测，长期坚持。",
    "7.进场垃圾称重台账记录不全问题。责任股室：综合股；整改时限：2024年7月20日。",
]


def write_landfill(path: Path) -> Path:
    doc = _new_document("环卫股")
    _title(doc, "南乐县城市管理局关于城市生活垃圾填埋场督察发现问题整改进展情况的报告")
    _paragraph(doc, "市生态环境保护督察整改工作领导小组办公室：")
    _paragraph(
        doc,
        "2024年7月2日，市联合督察组对我县城市生活垃圾填埋场进行了专项督察，反馈问题7个。我局逐项明确责任股室和"
        "整改时限，现将督察发现问题及整改进展情况报告如下：",
    )
    _heading(doc, "一、检查内容")
    _paragraph(
        doc, "垃圾填埋场基础设施是否完善；填埋作业是否规范；渗滤液收集处理是否规范；环境监测是否落实。"
    )
    _heading(doc, "二、检查发现")
    _paragraph(doc, LANDFILL_FINDINGS)
    _heading(doc, "三、整改进展情况")
    for text in LANDFILL_PROGRESS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将加强对填埋场日常运行的监督检查，确保各项问题按期整改到位。")
    _paragraph(doc, "南乐县城市管理局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 中央生态环境保护督察反馈问题整改任务公示清单 (two returns in one zip), after a district 城市管理局's 整改任务公示
# (one two-column table per task: 整改任务概述 / 整改责任单位 / 整改目标 / 整改措施及成效 (整改措施：一是…；整改成效：…)
# / 整改时间 (2020年6月至2021年12月) / 社会监督联系人及电话; 备注：社会监督联系人须由区县或市级部门明确):
# https://www.cqtn.gov.cn/bm/qcgj/zwxx_25190/bmdt/202204/t20220429_10672044.html
# A .zip holding a .docx from one county (one card table per task under 整改任务（一）… headings) and an .xlsx from
# another county (the same cards stacked down one sheet, labels in column A, values merged across B:D).
CARD_LABELS = [
    "整改任务概述",
    "整改责任单位",
    "整改目标",
    "整改措施及成效",
    "整改时间",
    "社会监督联系人及电话",
]
QINGFENG_CARDS = [
    (
        "县城污水处理厂进水COD浓度偏低，城区污水管网收集效能不高。",
        "清丰县住房和城乡建设局",
        "2024年底前完成老城区雨污分流改造，县城污水处理厂进水COD平均浓度提升至200mg/L以上。",
        "整改措施：一是开展城区排水管网排查，已完成12公里；二是实施老城区雨污分流改造，目前正在施工。"
        "整改成效：进水COD浓度由98mg/L提升至136mg/L。",
        "2024年3月至2024年12月",
        "刘建设13839312065",
    ),
    (
        "县生活垃圾填埋场渗滤液积存量大，调节池长期高水位运行。",
        "清丰县城市管理局",
        "2024年6月底前处理完积存渗滤液，调节池恢复安全水位。",
        "整改措施：一是租赁一体化渗滤液处理设备2台；二是对调节池进行膜覆盖，实施雨污分流。"
        "整改成效：积存渗滤液已全部处理完毕，调节池处于安全水位，整改完成。",
        "2023年10月至2024年6月",
        "张彦15993268071",
    ),
    (
        "马颊河清丰段河道管理范围内存在垃圾堆放、违规种植等“四乱”问题。",
        "清丰县水利局",
        "清理河道管理范围内“四乱”问题，实现河道整洁畅通。",
        "整改措施：计划于7月底前组织沿河乡镇清理河道垃圾，依法清除违规种植作物，建立河长巡河问题台账。"
        "整改成效：（待整改完成后填报）",
        "2024年5月至2024年7月",
        "王俊峰13603935512",
    ),
    (
        "六塔乡污水处理站建成后长期未投入运行，配套管网未接通。",
        "清丰县六塔乡人民政府",
        "接通配套管网，污水处理站正常运行、达标排放。",
        "整改措施：一是完成配套管网接通工程；二是委托第三方运维。整改成效：污水处理站已于6月20日正式投运，"
        "出水水质达标，整改完成。",
        "2024年1月至2024年9月",
        "赵明亮13937267730",
    ),
]
TAIQIAN_CARDS = [
    (
        "台前县城区排涝沟黑臭水体治理后返黑返臭。",
        "台前县住房和城乡建设局",
        "消除城区黑臭水体，水质稳定达标。",
        "整改措施：一是完成排涝沟清淤1.2公里；二是截污纳管工程正在施工。整改成效：水体透明度有所提升。",
        "2024年4月至2024年10月",
        "李志刚13592263318",
    ),
    (
        "台前县产业集聚区污水处理厂在线监测数据异常，存在数据失真风险。",
        "台前县产业集聚区管理委员会",
        "在线监测设备规范运行，数据真实准确。",
        "整改措施：更换在线监测设备并委托第三方运维。整改成效：经市生态环境局现场复核，验收合格。",
        "2024年5月至2024年6月",
        "孟庆波13781356629",
    ),
    (
        "黄河台前段滩区存在违规建设养殖大棚等乱建问题。",
        "台前县人民政府",
        "滩区违建问题动态清零。",
        "整改措施：建立滩区常态化巡查机制，发现一处、拆除一处。整改成效：常态化推进。",
        "长期坚持",
        "杜海涛0393-2212619",
    ),
    (
        "吴坝镇生活垃圾中转站渗滤液直排周边沟渠。",
        "台前县吴坝镇人民政府",
        "渗滤液规范收集、定期转运处置。",
        "整改措施：建设渗滤液收集池并定期转运至县污水处理厂。整改成效：尚未开工。",
        "2024年7月",
        "吴凤霞13629835507",
    ),
]
CARD_NUMBERS = "一二三四五六七八九十"


def write_qingfeng_cards(path: Path) -> Path:
    doc = _new_document("清丰县环委办")
    _title(doc, "清丰县中央生态环境保护督察反馈问题整改任务公示清单", 18)
    _paragraph(doc, "填报单位：清丰县生态环境保护委员会办公室    填报日期：2024年7月29日", 12)
    for i, card in enumerate(QINGFENG_CARDS):
        _paragraph(doc, f"整改任务（{CARD_NUMBERS[i]}）", 14, "黑体")
        table = doc.add_table(rows=len(CARD_LABELS), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(zip(CARD_LABELS, card, strict=True)):
            _cell_text(table.cell(r, 0), label, bold=True)
            _cell_text(table.cell(r, 1), value)
    _paragraph(doc, "备注：社会监督联系人须由县直责任单位或乡镇明确专人担任。", 12)
    return _save_fixed(doc, path)


def write_taiqian_cards(path: Path) -> Path:
    b = Book(path, author="台前县环委办")
    ws = b.sheet("整改任务公示清单")
    b.widths(ws, [20, 30, 30, 30])
    b.line(ws, 0, "台前县中央生态环境保护督察反馈问题整改任务公示清单", 3, b.title)
    b.line(ws, 1, "填报单位：台前县生态环境保护委员会办公室    填报日期：2024年7月29日", 3)
    r = 3
    for i, card in enumerate(TAIQIAN_CARDS):
        b.merge(ws, r, 0, r, 3, f"整改任务{CARD_NUMBERS[i]}", b.group)
        r += 1
        for label, value in zip(CARD_LABELS, card, strict=True):
            b.put(ws, r, 0, label, b.head)
            b.merge(ws, r, 1, r, 3, value, b.cell)
            r += 1
        r += 1
    b.line(ws, r, "备注：社会监督联系人须由县直责任单位或乡镇明确专人担任。", 3)
    return b.close()


def write_cards_zip(path: Path) -> Path:
    members = [
        ("清丰县督察反馈问题整改任务公示清单.docx", write_qingfeng_cards),
        ("台前县督察反馈问题整改任务公示清单.xlsx", write_taiqian_cards),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 河湖“清四乱”督导巡查问题整改台账, after a city 水利和湖泊局's account of a 库区“清四乱”督导巡查 (对水库“四乱”反复
# 出现问题进行梳理: 新发现灯光抬网违规捕鱼4处、历史遗留整改不彻底“乱建”问题4处、历年陈旧废弃网箱未清理3处、水库
# 尾汊拦坝违规2处、大坝迎水面垃圾未清理及河湖划界确权问题; 巡查情况向库长汇报，跟踪督导):
# http://slscj.huangshi.gov.cn/slscxx/hhzzdt/202008/t20200826_683890.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 督导时间 (the base of
# 立行立改)/填报单位 line, one header row with 县级河长 beside the 责任单位 and a 销号情况 column after 整改情况, the
# items grouped under 乱占/乱堆/乱建/其他 rows with counts, a 合计 row, a 说明 line and a signature line.
FOUR_CHAOS_GROUPS = [
    (
        "一、乱占问题（2处）",
        [
            (
                "金堤河左岸子岸镇段",
                "河道管理范围内违规种植高秆作物约15亩，阻碍行洪",
                "濮阳县子岸镇人民政府",
                "邵光辉",
                "2024年6月30日",
                "已清除",
                "已销号",
            ),
            (
                "金堤河习城乡段水面",
                "违规设置灯光抬网捕鱼4处，占用河道水面",
                "濮阳县习城乡人民政府",
                "邵光辉",
                "立行立改",
                "已拆除抬网3处，剩余1处正在拆除",
                "",
            ),
        ],
    ),
    (
        "二、乱堆问题（2处）",
        [
            (
                "金堤河右岸王楼镇段",
                "河道管理范围内堆放建筑垃圾约200立方米",
                "范县王楼镇人民政府",
                "袁振江",
                "7月20日前",
                "已清运完毕",
                "待复核",
            ),
            (
                "金堤河陈庄镇段",
                "历年陈旧废弃网箱3处未清理",
                "范县陈庄镇人民政府",
                "袁振江",
                "8月底前",
                "",
                "",
            ),
        ],
    ),
    (
        "三、乱建问题（2处）",
        [
            (
                "金堤河孙口镇段",
                "历史遗留违建看护房2处拆除不彻底，建筑残渣未清理",
                "台前县孙口镇人民政府",
                "任文博",
                "2024年6月30日",
                "未整改",
                "",
            ),
            (
                "金堤河台前段尾汊",
                "尾汊内违规拦坝2处，阻断水系连通",
                "台前县水利局",
                "任文博",
                "2024年9月30日",
                "正在制定拆除方案",
                "",
            ),
        ],
    ),
    (
        "四、其他问题（1处）",
        [
            (
                "金堤河濮阳段全线",
                "河湖管理范围划界成果未向社会公告，界桩埋设不全",
                "市水务局",
                "—",
                "年底前",
                "基本完成",
                "",
            ),
        ],
    ),
]


def write_four_chaos_book(path: Path) -> Path:
    b = Book(path, author="市河长办")
    ws = b.sheet("清四乱台账")
    b.widths(ws, [6, 20, 38, 22, 10, 14, 26, 10])
    last = 7
    b.line(ws, 0, "金堤河（濮阳段）“清四乱”督导巡查问题整改台账", last, b.title)
    b.line(ws, 1, "督导时间：2024年7月10日    填报单位：濮阳市河长制办公室    填报日期：2024年7月30日", last)
    b.header(
        ws,
        2,
        ["序号", "问题位置", "问题描述", "责任单位", "县级河长", "整改时限", "整改情况", "销号情况"],
    )
    r, n = 3, 0
    for title, rows in FOUR_CHAOS_GROUPS:
        b.merge(ws, r, 0, r, last, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 2, "共7处", b.cell)
    b.row(ws, r, ["", "", "", "", "已销号1处"], first=3)
    b.line(ws, r + 1, "说明：“立行立改”问题自督导之日起整改；销号须经县级河长办现场复核。", last)
    b.line(ws, r + 2, "填表人：常欣    审核人：马卫国    联系电话：0393-8918206", last)
    return b.close()


def write_four_chaos(path: Path) -> Path:
    return via_soffice(write_four_chaos_book, path, "xls", "清四乱督导台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 妨碍河道行洪问题排查整治情况表, after a 街道办事处's notice 关于开展妨碍河道行洪问题排查整治工作的通知 (主送相关
# 社区、应急办、规建环保办、综合行政执法大队、社事中心; 对10类问题逐项排查: 是否有阻水建筑物？是否有阻水片林？是否有
# 第三方修建的交叉建筑物压缩河道行洪断面？是否有人为活动侵占原河道？… 河长制建立情况、河长制目标任务):
# http://www.cqspb.gov.cn/zj/ybljd_64815/zwgk_64819/fdzdgknr_64821/zcwj_64823/202309/t20230928_12396566.html
# An .xlsx: title, 填报单位/排查时间 (the base of 立行立改) line, a two-row header (是否存在 over 是/否 with √), one row
# per 排查内容 question whether a problem was found or not (the 否 rows are not items), the town's own sections as
# 责任单位 on most rows and a district bureau on two, a 说明 line and a signature line.
FLOOD_ROWS = [
    (
        "是否有阻水建筑物（厂房、民房、码头、光伏电站、大棚等）？",
        True,
        "马颊河岳村镇段左岸河道管理范围内建有养殖大棚2座，约600平方米",
        "镇综合行政执法大队",
        "下达限期拆除通知书，依法拆除",
        "2024年8月31日",
        "已下达限期拆除通知书，1座已拆除",
    ),
    (
        "是否有阻水片林（阻碍行洪的成片林木、高秆作物）？",
        True,
        "马颊河滩地种植杨树片林约20亩",
        "镇规建环保办",
        "清除阻水林木",
        "2024年6月30日",
        "已全部清除",
    ),
    ("是否有第三方修建的交叉建筑物压缩河道行洪断面？", False, "", "", "", "", ""),
    (
        "是否有人为活动侵占原河道、缩窄河道（围堤、生产堤、开垦耕地）？",
        True,
        "村民在河道内修建生产堤约300米",
        "镇河长办",
        "平毁生产堤",
        "立行立改",
        "未整改",
    ),
    ("是否有抬高河道地面高程的活动场所（公园、湿地、亲水平台）？", False, "", "", "", "", ""),
    (
        "是否有堤防多年不修整不维护的河段？",
        True,
        "第三濮清南干渠岳村段堤防坍塌约50米",
        "华龙区水利局",
        "修复加固堤防",
        "2024年10月31日",
        "",
    ),
    (
        "是否有未统一治理的河道（只治上游不治下游、只治城区不治郊区）？",
        True,
        "濮水河下游岳村段未纳入综合治理，河道淤积严重",
        "华龙区水利局",
        "纳入河道综合治理计划",
        "2025年底前",
        "已纳入2025年水利项目储备库",
    ),
    (
        "是否有行政区边界两侧都不管的“卡口”河段？",
        True,
        "与濮阳县交界处排水沟卡口段堆放垃圾、淤堵",
        "镇规建环保办",
        "清淤并建立联合巡河机制",
        "7月底前",
        "已清淤，已整改",
    ),
    (
        "河长制是否建立（河长公示牌、巡河记录）？",
        True,
        "2处河长公示牌信息未更新，村级河长巡河记录不全",
        "镇河长办",
        "更新公示牌，规范巡河记录",
        "长期坚持",
        "常态化推进",
    ),
    ("河长制目标任务是否落实？", False, "", "", "", "", ""),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="岳村镇规建环保办")
    ws = b.sheet("排查整治情况")
    b.widths(ws, [6, 36, 5, 5, 34, 18, 24, 14, 26])
    last = 8
    b.line(ws, 0, "华龙区岳村镇妨碍河道行洪问题排查整治情况表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：华龙区岳村镇人民政府（盖章）    排查时间：2024年7月5日    填报日期：2024年7月29日",
        last,
    )
    for col, word in [(0, "序号"), (1, "排查内容")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "是否存在", b.head)
    b.header(ws, 3, ["是", "否"], first=2)
    for col, word in enumerate(["问题具体位置及描述", "责任单位", "整改措施", "整改时限", "整改情况"], 4):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, (question, found, *rest) in enumerate(FLOOD_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 1, question)
        b.put(ws, r, 2, "√" if found else "", b.center)
        b.put(ws, r, 3, "" if found else "√", b.center)
        b.row(ws, r, rest, first=4)
    end = 4 + len(FLOOD_ROWS)
    b.line(
        ws,
        end,
        "说明：“立行立改”问题自排查当日起整改；排查范围为辖区内马颊河、濮水河、第三濮清南干渠等有行洪任务的河道。",
        last,
    )
    b.line(ws, end + 1, "填表人：闫晓东    分管领导：郭振宇    联系电话：0393-8669023", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 省生态环境保护督察反馈问题整改情况公示, after a county's 第二轮省生态环境保护督察反馈问题整改公示 (一、督察反馈问题
# 二、整改目标 三、整改措施 四、整改期限 (2021年10月底) 五、整改措施落实情况 六、整改完成时间 (2021年9月); 公示时间、
# 受理单位、监督电话、联系地址; 督察巡查工作领导小组办公室署名):
# http://jindianhuida.com/zfxxgk/fdzdgknr/sthj/jdjc/1628945715797458946.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it): title, preamble, one block per problem (（一）… headings, each
# with 1.反馈问题 … 7.整改完成时间 and a 责任单位 line the source lacks), the 公示时间/受理单位/监督电话 lines, the office
# and date at the foot.
NOTICE_BLOCKS = [
    (
        "范县城区污水处理厂出水总磷间歇性超标问题",
        "范县城区污水处理厂出水总磷浓度多次超过排放标准，除磷加药系统运行不稳定。",
        "范县住房和城乡建设局",
        "出水总磷稳定达标排放。",
        "（1）更换除磷加药计量泵；（2）增加化验频次，建立超标预警机制。",
        "2024年6月底",
        "已更换除磷加药计量泵2台，6月份出水总磷日均值全部达标。",
        "2024年6月",
    ),
    (
        "范县生活垃圾填埋场渗滤液调节池防渗层破损问题",
        "范县生活垃圾填埋场渗滤液调节池防渗层破损，存在渗漏污染地下水风险。",
        "范县城市管理局",
        "调节池防渗层修复完好，渗滤液规范收集处理。",
        "（1）清空调节池；（2）修复防渗层；（3）加密地下水监测。",
        "2024年9月底",
        "已完成调节池清空，防渗层修复正在施工。",
        "正在整改，预计2024年9月完成",
    ),
    (
        "金堤河范县颜村铺乡段河道垃圾堆放问题",
        "金堤河范县颜村铺乡段河道内违规堆放秸秆和生活垃圾。",
        "范县颜村铺乡人民政府",
        "河道内垃圾全部清理，建立长效保洁机制。",
        "（1）组织清理河道垃圾；（2）落实村级河长巡河制度。",
        "2024年5月底",
        "已清理秸秆及生活垃圾约150立方米，村级河长每周巡河。",
        "2024年5月",
    ),
    (
        "濮城镇部分村庄生活污水直排坑塘问题",
        "范县濮城镇10个村庄生活污水未经处理直排村内坑塘。",
        "范县濮城镇人民政府",
        "10个村庄生活污水得到有效收集处理。",
        "（1）铺设村庄污水收集管网；（2）建设小型污水处理设施。",
        "2025年12月底",
        "已完成3个村管网铺设，其余7个村正在设计。",
        "正在整改",
    ),
    (
        "范县产业集聚区企业雨污管网混接问题",
        "范县产业集聚区部分化工企业雨污管网混接，雨水排口有废水排出。",
        "范县产业集聚区管理委员会",
        "集聚区企业雨污分流，雨水排口无废水排出。",
        "（1）开展企业雨污管网排查；（2）督促企业完成改造。",
        "2024年7月底",
        "尚未启动。",
        "未完成",
    ),
    (
        "黄河滩区畜禽养殖粪污资源化利用不到位问题",
        "范县陈庄镇黄河滩区部分畜禽养殖场粪污未资源化利用，随意堆放。",
        "范县农业农村局",
        "畜禽粪污综合利用率保持在80%以上。",
        "（1）指导养殖场配套粪污处理设施；（2）开展常态化巡查。",
        "长期坚持",
        "按月巡查，常态化推进。",
        "长期坚持",
    ),
]
NOTICE_PARTS = [
    "反馈问题",
    "责任单位",
    "整改目标",
    "整改措施",
    "整改期限",
    "整改措施落实情况",
    "整改完成时间",
]


def write_notice_docx(path: Path) -> Path:
    doc = _new_document("范县督察办")
    _title(doc, "范县第二轮省生态环境保护督察反馈问题整改情况公示")
    _paragraph(
        doc,
        "按照省生态环境保护督察整改工作要求，现将我县第二轮省生态环境保护督察反馈问题中6项问题的整改情况公示如下：",
    )
    for i, (heading, *parts) in enumerate(NOTICE_BLOCKS):
        _heading(doc, f"（{CARD_NUMBERS[i]}）{heading}")
        for k, (label, value) in enumerate(zip(NOTICE_PARTS, parts, strict=True), 1):
            _paragraph(doc, f"{k}.{label}：{value}")
    _paragraph(
        doc,
        "以上整改情况向社会公示，如有异议，请以书面或电话形式向范县生态环境保护督察整改工作领导小组办公室反馈。",
    )
    _paragraph(doc, "公示时间：2024年7月26日至2024年8月1日，共7天")
    _paragraph(doc, "受理单位：范县生态环境保护督察整改工作领导小组办公室")
    _paragraph(doc, "监督电话：0393-5258117")
    _paragraph(doc, "范县生态环境保护督察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_notice(path: Path) -> Path:
    return via_soffice(write_notice_docx, path, "doc", "督察反馈问题整改情况公示.docx")


# ---------------------------------------------------------------------------------------------
# 8. 城镇污水处理设施运行情况通报问题整改情况表, after a trade site's account of 住房城乡建设部's quarterly 通报 of
# 全国城镇污水处理设施建设运行情况 (根据“全国城镇污水处理管理信息系统”及相关数据的统计; 管网不配套、设计规模不合理、
# 运行经费不足，污染物削减效益依然不高; 超标工业废水仍是影响污水处理设施运行的主要原因; 化验制度不健全凸显运行管理的
# 薄弱环节; 运营项目上报较好，在建项目上报情况较差):
# http://www.chinacitywater.org/hyfx/hyzs/72264.shtml
# An .xlsx: title, 填报单位 line, a two-row header (通报情况 over 通报问题/运行负荷率/进水COD浓度, 整改落实 over 问题原因
# /整改措施/整改时限/整改情况), numbers in their own cells, 责任单位 as short and former names, a 注 line and a
# signature line.
SEWAGE_ROWS = [
    (
        "濮阳市第一污水处理厂",
        "华龙区",
        "运行负荷率低于60%",
        52.3,
        135,
        "老城区雨污混接，管网不配套",
        "推进老城区雨污分流改造",
        "2024年12月31日",
        "已完成改造8.6公里，正在推进",
        "市住建局",
    ),
    (
        "濮阳市第二污水处理厂",
        "濮阳经济技术开发区",
        "进水COD浓度低于100mg/L",
        78.5,
        91,
        "管网破损，地下水渗入",
        "开展管网检测修复",
        "2025年6月30日",
        "未启动",
        "市城管局",
    ),
    (
        "清丰县污水处理厂",
        "清丰县",
        "化验室检测项目不全，未按规定开展每日水质化验",
        84.1,
        186,
        "化验制度不健全，检测设备不足",
        "配齐检测设备，建立每日化验制度",
        "2024年7月15日",
        "已配齐检测设备并每日化验，已整改",
        "清丰县住房和城乡建设局",
    ),
    (
        "南乐县污水处理厂",
        "南乐县",
        "超标工业废水进入管网，冲击生化系统",
        91.6,
        412,
        "上游企业超标排放",
        "排查上游排污企业，依法查处",
        "2024年8月31日",
        "已排查企业23家，立案查处2家",
        "市环保局",
    ),
    (
        "台前县污水处理厂",
        "台前县",
        "运行数据未按时上报管理信息系统",
        73.0,
        158,
        "无专人负责数据上报",
        "明确专人按月上报",
        "2024年7月10日",
        "已按时上报，整改完成",
        "台前县住房和城乡建设局",
    ),
    (
        "范县污水处理厂",
        "范县",
        "污泥去向不明，未建立污泥转运联单",
        80.2,
        171,
        "污泥处置管理不规范",
        "建立污泥转运联单制度",
        "2024年9月30日",
        "",
        "范县住房和城乡建设局",
    ),
    (
        "濮阳县第二污水处理厂（在建）",
        "濮阳县",
        "在建项目未在管理信息系统上报建设进度",
        "",
        "",
        "项目单位不熟悉上报要求",
        "按季度上报建设进度",
        "长期坚持",
        "按季度上报，长期坚持",
        "濮阳县住房和城乡建设局",
    ),
]


def write_sewage(path: Path) -> Path:
    b = Book(path, author="城建科")
    ws = b.sheet("通报问题整改")
    b.widths(ws, [6, 24, 16, 30, 10, 10, 22, 24, 14, 28, 20])
    last = 10
    b.line(ws, 0, "2024年第二季度城镇污水处理设施运行情况通报问题整改情况表", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局（城建科）    填报日期：2024年7月30日", last)
    for col, word in enumerate(["序号", "污水处理厂名称", "所在县（区）"]):
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "通报情况", b.head)
    b.header(ws, 3, ["通报问题", "运行负荷率（%）", "进水COD浓度（mg/L）"], first=3)
    b.merge(ws, 2, 6, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["问题原因", "整改措施", "整改时限", "整改情况"], first=6)
    b.merge(ws, 2, 10, 3, 10, "责任单位", b.head)
    for i, row in enumerate(SEWAGE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.number if c == 4 and v != "" else (b.center if c == 5 else None))
    end = 4 + len(SEWAGE_ROWS)
    b.line(
        ws, end, "注：运行负荷率、进水COD浓度为2024年第二季度全国城镇污水处理管理信息系统统计平均值。", last
    )
    b.line(ws, end + 1, "填表人：岳海宁    审核人：程立新    联系电话：0393-4412752", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 垃圾收运处理设施检查问题整改情况的报告, after a town's 环境治理有关问题的整改报告 (市整治办：在收到你单位整改通知书
# 后，我镇随即对存在的问题进行了整改，现将整改情况报告如下：一、xx村级公路沿线垃圾池垃圾爆满、清运不及时、池外有垃圾
# 的问题。… 中转站只有1台收运车… 二、场镇车辆乱停乱放、摊位占道经营的问题。…):
# https://wenku.docs.qq.com/detail?docId=IT5HOGE9jR
# A .doc (Word 97 via LibreOffice): title, 主送, preamble with the date the 整改通知书 arrived (the base of 立行立改),
# the items as paragraphs 一、…的问题（整改时限：…）。 followed by reasons and progress in sentences, a closing
# paragraph, the town and date at the foot. All items belong to the sending town; its 环卫所 and 城管中队 are sections.
TOWN_PARAS = [
    "一、沿街垃圾池垃圾爆满、清运不及时、池外散落垃圾的问题（整改时限：7月10日前）。我镇压缩式垃圾中转站负责城关镇"
    "及周边2个乡镇的垃圾清运，收运车辆仅2台，清运能力不足。收到整改通知后，我镇随即组织镇环卫所增派临时车辆对沿街"
    "垃圾池进行清运，并加大清扫频次，该问题已整改完成。",
    "二、垃圾压缩中转站渗滤液收集池满溢、污水外流的问题（整改时限：8月15日前）。已联系县污水处理厂每周抽运两次，"
    "收集池扩容工程正在施工。",
    "三、中转站除臭喷淋设施损坏、周边异味明显的问题（整改时限：7月20日前）。因维修资金未落实，该问题尚未整改。",
    "四、垃圾收运车辆密闭不严、运输途中抛洒滴漏的问题（整改时限：立行立改）。收到整改通知当日，镇环卫所对2台收运车"
    "加装了密封条和防漏托盘，已整改到位。",
    "五、农贸市场周边垃圾收集容器配置不足的问题（整改时限：长期坚持）。镇城管中队将根据人流量动态增补收集容器，"
    "常态化开展巡查，长期坚持。",
    "六、保洁人员配备不足、部分路段保洁不到位的问题（整改时限：年底前）。目前已完成保洁服务政府购买方案，正在履行"
    "采购程序。",
]


def write_town_docx(path: Path) -> Path:
    doc = _new_document("城关镇党政办")
    _title(doc, "台前县城关镇人民政府关于生活垃圾收运处理设施检查问题整改情况的报告")
    _paragraph(doc, "县城市管理局：")
    _paragraph(
        doc,
        "2024年7月3日，我镇收到你局《生活垃圾收运处理设施专项检查整改通知书》（台城管整改〔2024〕12号）后，随即对"
        "存在的问题进行了整改，现将整改情况报告如下：",
    )
    for text in TOWN_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我镇将加强垃圾收运处理设施日常管理，巩固整改成效，防止问题反弹。")
    _paragraph(doc, "台前县城关镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_town(path: Path) -> Path:
    return via_soffice(write_town_docx, path, "doc", "垃圾收运处理设施整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 10. 生活垃圾渗滤液排查整治问题台账, after a city daily's account of a 垃圾渗滤液排查整治行动 (排查对象覆盖生活垃圾填埋场、
# 垃圾中转站、垃圾压缩站及垃圾焚烧发电等渗滤液产生、收集和处置项目; 从设施建设、运行、收集处置等方面检查，严查非法
# 转移、倾倒渗滤液; 全面建立生活垃圾渗滤液问题台账，实行销号管理，督促责任单位整改到位):
# http://news.cnchu.com/jzrb/html/2021-05/21/content_13722.htm
# A CSV in GBK: a title line, a line stating the 排查范围 and that N个工作日内 counts from the 交办日期, one header
# line with 设施类型 and a 是否销号 column, deadlines as N个工作日内 / 立行立改 (from 交办日期) / dates / 年底前 /
# X月X日前, a 合计 line.
LEACHATE_ROWS = [
    (
        "华龙区",
        "垃圾压缩站",
        "胜利路垃圾压缩站",
        "压缩渗滤液经雨水箅子排入雨水管网",
        "华龙区城市管理局",
        "2024-06-20",
        "10个工作日内",
        "已改接至污水管网",
        "是",
    ),
    (
        "濮阳县",
        "填埋场",
        "濮阳县生活垃圾填埋场",
        "渗滤液转运台账无转运时间、数量等信息，去向不明",
        "濮阳县城市管理局",
        "2024-06-20",
        "15个工作日内",
        "已建立渗滤液转运联单台账",
        "",
    ),
    (
        "市区",
        "焚烧发电厂",
        "濮阳市生活垃圾焚烧发电厂",
        "渗滤液处理站膜组件老化，处理能力下降至设计能力的60%",
        "濮阳绿能环保发电有限公司",
        "2024-06-24",
        "2024年9月30日",
        "新膜组件已到货，正在安装调试",
        "否",
    ),
    (
        "清丰县",
        "垃圾中转站",
        "清丰县城东垃圾中转站",
        "渗滤液收集池无防渗措施，池体开裂",
        "清丰县城市管理局",
        "2024-06-25",
        "2024年8月31日",
        "未整改",
        "否",
    ),
    (
        "台前县",
        "填埋场",
        "台前县生活垃圾填埋场",
        "渗滤液调节池积存量超设计容量，存在溢流风险",
        "台前县城市管理局",
        "2024-06-26",
        "年底前",
        "已租赁应急处理设备1台，日处理100吨",
        "否",
    ),
    (
        "范县",
        "垃圾压缩站",
        "范县新区垃圾压缩站",
        "渗滤液由环卫车辆直接倾倒至路边排水沟",
        "范县城市管理局",
        "2024-07-01",
        "立行立改",
        "已立案查处，落实专车转运，已整改",
        "是",
    ),
    (
        "市区",
        "垃圾中转站",
        "开州路垃圾转运站",
        "未设置渗滤液暂存罐，站内冲洗水直排",
        "市城管局",
        "2024-07-03",
        "20个工作日内",
        "",
        "",
    ),
    (
        "濮阳县",
        "垃圾压缩站",
        "文留镇垃圾压缩站",
        "渗滤液收集管道堵塞，站内积水",
        "濮阳县文留镇人民政府",
        "2024-07-05",
        "7月20日前",
        "基本完成",
        "是",
    ),
]


def write_leachate(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市生活垃圾渗滤液排查整治问题台账（销号管理）"])
    w.writerow(
        [
            "排查范围：生活垃圾填埋场、垃圾中转站、垃圾压缩站及垃圾焚烧发电厂；整改时限中“N个工作日内”“立行立改”"
            "均自交办日期起计算"
        ]
    )
    w.writerow(
        [
            "序号",
            "县（区）",
            "设施类型",
            "设施名称",
            "排查发现问题",
            "责任单位",
            "交办日期",
            "整改时限",
            "整改进展",
            "是否销号",
        ]
    )
    for i, row in enumerate(LEACHATE_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "共排查发现问题8个", "", "", "", "", "已销号3个"])
    w.writerow(["填表单位：濮阳市城市管理局环卫科    填表日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


FILES = [
    ("大气和水污染防治专项督查发现问题企业整改台账（第三批次）.xlsx", write_sweep),
    ("濮阳县农村生活污水处理设施抽查问题整改情况表.xls", write_rural),
    ("南乐县城市管理局关于垃圾填埋场督察发现问题整改进展情况的报告.docx", write_landfill),
    ("督察反馈问题整改任务公示清单（清丰县、台前县）.zip", write_cards_zip),
    ("金堤河濮阳段清四乱督导巡查问题整改台账.et", write_four_chaos),
    ("华龙区岳村镇妨碍河道行洪问题排查整治情况表.xlsx", write_flood),
    ("范县省生态环境保护督察反馈问题整改情况公示.wps", write_notice),
    ("2024年二季度城镇污水处理设施通报问题整改情况表.xlsx", write_sewage),
    ("台前县城关镇垃圾收运处理设施检查问题整改情况报告.doc", write_town),
    ("生活垃圾渗滤液排查整治问题台账.csv", write_leachate),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the aside160 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign kinds (生态环保督察): 中央环保督察交办件, 省级督察反馈, 长江黄河生态保护, 河长制巡河, 大气污染防治, 扬尘治理,
固废危废, 畜禽养殖污染, 入河排污口, 环境信访.

Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .ods (LibreOffice
conversion), a CSV in GBK, a .docx report whose items are numbered paragraphs, a .doc with a table (Word 97 via
LibreOffice) and a .zip of two returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside160.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so running it twice gives the same bytes.
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
# Workbooks: a thin layer over XlsxWriter with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.text = add({"text_wrap": True, "valign": "vcenter"})
        self.band = add({"bold": True, "border": 1, "valign": "vcenter", "text_wrap": True})
        self.head = add(
            {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
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
        raise SystemExit("LibreOffice (soffice) is needed for the .et, .ods and .doc returns")
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
# 1. 中央生态环境保护督察交办群众举报件 (中央环保督察交办件), after a city 协调保障工作领导小组总协调联络办公室's
# 中央生态环境保护督察边督边改情况一览表 (当日交办 / 累计交办 / 重点案件数 / 办结数 / 按时办结数 by 地区, 市城管局 among the
# 地区, a 备注 naming 共同案件 shared by two districts):
# https://topic.zhengzhou.gov.cn/hbdc02/4948160.jhtml
# An .xlsx: title, 填报单位 line, a two-row header (交办情况 over 批次/交办日期/举报件编号, 办理情况 over 整改措施/整改时限/
# 办结情况), 是否重点案件, the 责任单位 (县区人民政府, 市城管局, 管委会), a 合计 row, a 备注 line on a 共同案件, 填报人 line.
CENTRAL_ROWS = [
    (
        "第一批",
        date(2023, 12, 1),
        "D2HA202312010045",
        "华龙区",
        "反映华龙区胜利路与京开大道交叉口东南角多家烧烤店油烟直排，夜间噪声扰民。",
        "否",
        "华龙区人民政府",
        "责令3家烧烤店安装油烟净化器，规范夜间经营时段",
        "2024年1月31日",
        "已办结",
    ),
    (
        "第三批",
        date(2023, 12, 3),
        "X2HA202312030012",
        "濮阳县",
        "来信反映濮阳县柳屯镇一废旧塑料加工作坊夜间生产，异味刺鼻，清洗废水排入路边沟渠。",
        "是",
        "濮阳县人民政府",
        "依法取缔加工作坊，清理沟渠底泥并外运处置，对周边土壤开展采样监测",
        "2024年6月底前",
        "阶段性办结（土壤监测报告待出具）",
    ),
    (
        "第五批",
        date(2023, 12, 5),
        "D2HA202312050078",
        "市城管局",
        "反映城区部分路段渣土车未密闭运输、带泥上路，道路扬尘严重。",
        "否",
        "市城管局",
        "开展渣土运输专项整治，落实运输车辆“两证一单”核查",
        "长期坚持",
        "长期坚持",
    ),
    (
        "第七批",
        date(2023, 12, 7),
        "D2HA202312070021",
        "清丰县",
        "反映清丰县马庄桥镇一家具厂喷漆车间无废气收集处理设施，油漆异味扰民。",
        "否",
        "清丰县人民政府",
        "责令停产整改，建设密闭喷漆房及活性炭吸附装置",
        "2024年3月31日",
        "已办结",
    ),
    (
        "第九批",
        date(2023, 12, 9),
        "D2HA202312090031",
        "华龙区",
        "反映马颊河华龙区与濮阳县交界河段两岸堆放生活垃圾和建筑垃圾。",
        "是",
        "华龙区人民政府",
        "清运沿岸垃圾，设置隔离护栏，纳入河长日常巡查",
        "2024年5月31日",
        "已办结",
    ),
    (
        "第十批",
        date(2023, 12, 10),
        "X2HA202312100006",
        "范县",
        "来信反映范县濮城镇一生猪养殖场粪污未经处理排入金堤河支沟。",
        "否",
        "范县人民政府",
        "建设粪污贮存池和干湿分离设施，清理受污染沟渠",
        "2024年9月30日",
        "正在办理",
    ),
    (
        "第十二批",
        date(2023, 12, 12),
        "D2HA202312120054",
        "濮阳经济技术开发区",
        "反映濮阳经济技术开发区一化工企业夜间火炬燃烧冒黑烟。",
        "否",
        "濮阳经济技术开发区管理委员会",
        "督促企业优化火炬系统运行，安装视频监控并与生态环境部门联网",
        "2024年8月31日",
        "",
    ),
    (
        "第十五批",
        date(2023, 12, 15),
        "D2HA202312150019",
        "南乐县",
        "反映南乐县城区污水管网雨污混流，雨天污水从检查井溢流。",
        "是",
        "南乐县人民政府",
        "实施城区雨污分流改造二期工程",
        "2025年6月30日",
        "资金未落实，工程未启动",
    ),
]


def write_central(path: Path) -> Path:
    b = Book(path, author="督察办")
    ws = b.sheet("办理情况")
    b.widths(ws, [6, 9, 12, 19, 12, 40, 8, 20, 30, 14, 18])
    last = 10
    b.line(ws, 0, "第三轮第一批中央生态环境保护督察交办群众举报件办理情况一览表", last, b.title)
    b.line(
        ws,
        1,
        "填报单位：中央生态环境保护督察濮阳市协调保障工作领导小组总协调联络办公室    截至日期：2024年7月25日",
        last,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 4, "交办情况", b.head)
    b.header(ws, 3, ["批次", "交办日期", "举报件编号", "行政区域"], first=1)
    b.merge(ws, 2, 5, 3, 5, "举报问题", b.head)
    b.merge(ws, 2, 6, 3, 6, "是否重点案件", b.head)
    b.merge(ws, 2, 7, 3, 7, "责任单位", b.head)
    b.merge(ws, 2, 8, 2, 10, "办理情况", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "办结情况"], first=8)
    for i, row in enumerate(CENTRAL_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            if isinstance(v, date):
                b.put(ws, r, c, v, b.cnday)
            else:
                b.put(ws, r, c, v, b.center if c in (1, 4, 6) else b.cell)
    end = 4 + len(CENTRAL_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.merge(ws, end, 5, end, last, "交办8件，其中重点案件3件；已办结3件，阶段性办结1件，长期坚持1件")
    b.line(
        ws,
        end + 1,
        "备注：12月9日交办的D2HA202312090031号举报件为华龙区、濮阳县共同案件，由华龙区人民政府牵头办理。",
        last,
    )
    b.line(ws, end + 2, "填报人：孔令军    审核人：晁永华    联系电话：0393-8991357", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 省级生态环境保护督察反馈意见整改 (省级督察反馈), after a provincial account of the 第二轮省级生态环境保护督察
# 反馈 (督察组陆续向各市反馈督察意见; 各市应在收到督察反馈意见后30个工作日内制定整改任务清单, 并在整改任务清单印发后6个月内
# 报送整改落实情况; 定期调度整改进展, 不定期明察暗访):
# https://m.yybnet.net/leshan/news/202103/11271084.html
# A .docx: the city's report of its 整改落实情况 six months on: 主送, preamble, 一、总体进展, 二、具体整改情况 with one
# （一）…（七） paragraph per 反馈问题 naming its 牵头单位 and 整改时限 in brackets and an 整改进展 paragraph after it (one
# problem without any), 三、下一步工作, the office and date at the foot.
PROVINCIAL_ITEMS = [
    (
        "（一）城镇污水处理厂进水浓度偏低，管网收集效能不高，清丰县、南乐县城区污水处理厂进水BOD浓度长期低于"
        "100mg/L。（牵头单位：市住房城乡建设局；配合单位：清丰县、南乐县人民政府；整改时限：2025年12月底前）",
        "整改进展：已完成两县城区污水管网排查，查明错接混接点位46处，正在实施管网修复工程，累计完成投资1.2亿元。",
    ),
    (
        "（二）濮阳经济技术开发区部分化工企业储罐区挥发性有机物无组织排放问题突出，泄漏检测与修复工作流于形式。"
        "（牵头单位：市生态环境局；整改时限：2024年6月30日）",
        "整改进展：已完成12家企业储罐密封改造和泄漏检测与修复复测，经市级验收合格，此项整改已完成。",
    ),
    (
        "（三）台前县、范县黄河滩区违规占用耕地建设养殖大棚12处，侵占河道管理范围。"
        "（牵头单位：市自然资源规划局；配合单位：市水利局；整改时限：2024年9月底前）",
        "整改进展：已拆除违规大棚8处并复垦，其余4处正在协调拆除。",
    ),
    (
        "（四）农村黑臭水体治理进度滞后，列入国家监管清单的9条农村黑臭水体仅完成治理2条。"
        "（牵头单位：市生态环境局；配合单位：市农业农村局；整改时限：2024年年底前）",
        "整改进展：受资金制约，剩余7条黑臭水体治理工程尚未启动。",
    ),
    (
        "（五）城区道路机械化清扫率偏低，部分背街小巷积尘严重，道路扬尘对颗粒物浓度贡献较大。"
        "（牵头单位：市城管局；整改时限：长期坚持）",
        "整改进展：已将道路保洁质量纳入城市精细化管理月度考核，此项工作长期坚持。",
    ),
    (
        "（六）部分乡镇卫生院医疗废物暂存间未落实防渗、防鼠措施，医疗废物转移联单填写不规范。"
        "（牵头单位：市卫健委；整改时限：2024年3月底前）",
        "整改进展：已对全市78家乡镇卫生院暂存间逐一整改，转移联单全部规范填写，整改已完成。",
    ),
    (
        "（七）西水坡地表水饮用水水源地一级保护区内存在2处与供水设施和保护水源无关的建筑物。"
        "（牵头单位：市水务局；整改时限：2024年10月底前）",
        None,
    ),
]


def write_provincial(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "濮阳市贯彻落实第二轮省级生态环境保护督察反馈意见整改落实情况的报告")
    _paragraph(doc, "市委市政府督查局：")
    _paragraph(
        doc,
        "2024年1月22日，省第三生态环境保护督察组向我市反馈了第二轮省级生态环境保护督察意见。按照“收到督察"
        "反馈意见后30个工作日内制定整改任务清单，整改任务清单印发后6个月内报送整改落实情况”的要求，我市对照"
        "反馈问题逐项明确牵头单位、整改措施和整改时限，实行清单化调度。现将整改落实情况报告如下：",
    )
    _paragraph(doc, "一、总体进展", font="黑体")
    _paragraph(
        doc,
        "督察反馈意见共指出我市具体问题7项，截至2024年7月20日，已完成整改2项，其余问题按整改时限持续推进。",
    )
    _paragraph(doc, "二、具体整改情况", font="黑体")
    for problem, progress in PROVINCIAL_ITEMS:
        _paragraph(doc, problem)
        if progress:
            _paragraph(doc, progress)
    _paragraph(doc, "三、下一步工作", font="黑体")
    _paragraph(
        doc,
        "对尚未完成的整改任务，继续实行“清单制+责任制+销号制”管理，每月调度一次，对进展滞后的牵头单位"
        "进行督办，确保按期完成整改。",
    )
    _paragraph(doc, "濮阳市生态环境保护督察整改工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 黄河流域生态环境警示片披露问题整改 (长江黄河生态保护), after a province's 长江经济带生态环境警示片披露问题整改
# 工作会议 (实行问题清单化管理，逐一明确整改目标、整改措施、责任主体和时限要求; 对照历年警示片披露问题，全面排查关联性、
# 衍生性问题，举一反三):
# http://m.qosidin8.cn/news/szws/2024/0303/488150.html
# An .xls (xlwt): title, 填报单位 line, one header row in the source's words (问题来源 警示片披露/举一反三排查, 整改目标,
# 整改措施, 责任主体, 时限要求, 整改进展), a 注 line and a signature line.
YELLOW_ROWS = [
    (
        "警示片披露",
        "吴坝镇黄河滩区非法采砂后遗留砂坑3处未回填，破坏河道生态",
        "砂坑回填、植被恢复",
        "回填砂坑，播撒草籽恢复植被",
        "台前县吴坝镇人民政府",
        "2024年6月30日",
        "已回填砂坑3处，完成植被恢复，已通过县级验收",
    ),
    (
        "警示片披露",
        "金堤河台前段沿岸部分村庄生活污水未经收集直排河道",
        "沿河村庄污水应收尽收",
        "建设沿河村庄污水收集管网和一体化处理设施",
        "台前县住房和城乡建设局",
        "2024年12月31日",
        "已完成管网设计，正在招标",
    ),
    (
        "举一反三排查",
        "将军渡黄河湿地违规建设垂钓平台和休闲餐饮棚",
        "拆除违建、恢复湿地原貌",
        "拆除垂钓平台及餐饮棚，清运建筑垃圾",
        "台前县自然资源局",
        "2024年5月31日",
        "已拆除",
    ),
    (
        "举一反三排查",
        "孙口镇黄河大堤背河侧堆放工业固体废物约500吨",
        "固废全部清运合规处置",
        "查明来源，责令产废单位清运并依法查处",
        "台前县孙口镇人民政府",
        "2024年8月底前",
        "正在清运，已清运约300吨",
    ),
    (
        "举一反三排查",
        "打渔陈镇一肉牛养殖场粪污处理设施不完善，雨季粪水外溢入黄河支沟",
        "粪污不外排",
        "扩建防渗贮存池，完善雨污分流",
        "台前县打渔陈镇人民政府",
        "2024年7月15日",
        "未整改",
    ),
    (
        "警示片披露",
        "县城污水处理厂脱水污泥露天堆存，未按规定处置",
        "污泥规范处置",
        "建设污泥暂存棚，委托有资质单位处置",
        "台前县城市管理局",
        "2024年3月底前",
        "已整改",
    ),
    (
        "举一反三排查",
        "黄河滩区部分村庄垃圾收运不及时，临时堆放点无防渗措施",
        "滩区村庄垃圾日产日清",
        "增设垃圾收集点，落实保洁员和清运车辆",
        "台前县马楼镇人民政府",
        "2024年第三季度",
        "",
    ),
]


def write_yellow(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "台前县黄河流域生态环境警示片披露问题及举一反三排查问题整改清单", t, 0, 8),
        (
            1,
            0,
            "填报单位：台前县黄河流域生态保护和高质量发展领导小组办公室（盖章）    填报日期：2024年7月24日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        ["序号", "问题来源", "问题描述", "整改目标", "整改措施", "责任主体", "时限要求", "整改进展", "备注"]
    ):
        cells.append((2, col, word, h))
    for i, row in enumerate(YELLOW_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 6) else c))
        cells.append((r, 8, "", c))
    r = 3 + len(YELLOW_ROWS)
    cells += [
        (r, 0, "注：整改进展截至2024年7月20日；已完成整改的问题经县级验收后报市级销号。", plain, r, 8),
        (r + 1, 0, "审核人：魏国栋    填表人：薛晓宁    联系电话：0393-2212638", plain, r + 1, 8),
    ]
    return _write_xls(path, [("整改清单", cells, [6, 12, 36, 18, 26, 24, 14, 28, 8])])


# ---------------------------------------------------------------------------------------------
# 4. 河长巡河发现问题整改 (河长制巡河), after a 巡河主要内容 checklist (河面、河岸保洁是否到位; 河底有无明显污泥或垃圾淤积;
# 水体有无异味、颜色异常; 是否有新增入河排污口, 雨水排放口晴天有无污水排放; 是否存在涉水违建、倾倒废土弃渣; 河长公示牌是否
# 规范; 以前巡查发现的问题是否解决到位):
# http://8pqeqz.icu/kbzrj
# A .zip of two townships' returns: 梨园乡's .xlsx (巡河日期, 河流（河段）, 巡河河长, 巡查内容 in the checklist's words, the
# village as 责任村, 整改时限, 整改情况, 复查情况) and 习城乡's .docx (a table with 问题类别 and 责任村).
LIYUAN_ROWS = [
    (
        date(2024, 7, 3),
        "第三濮清南干渠梨园段",
        "乡级河长 刘振岭",
        "河面、河岸保洁",
        "干渠右岸堆放生活垃圾约5立方米",
        "梨园乡后孙密城村",
        "7月10日前",
        "已清运",
        "复查合格",
    ),
    (
        date(2024, 7, 11),
        "回木沟梨园段",
        "乡级河长 刘振岭",
        "新增入河排污口",
        "回木沟北英烈村段新增排水口1处，晴天有污水排出",
        "梨园乡北英烈村",
        "7月31日前",
        "已溯源，系村内养殖户废水，正在封堵",
        "",
    ),
    (
        date(2024, 7, 18),
        "第三濮清南干渠梨园段",
        "乡级河长 赵红梅",
        "涉水违建",
        "渠道管理范围内新建简易彩钢棚1处",
        "梨园乡东北庄村",
        "2024年8月15日",
        "",
        "",
    ),
    (
        date(2024, 7, 25),
        "回木沟梨园段",
        "乡级河长 赵红梅",
        "水体颜色、气味",
        "回木沟东北庄桥下游水体发黑、有异味",
        "梨园乡东北庄村",
        "2024年8月31日",
        "未整改",
        "",
    ),
]
XICHENG_ROWS = [
    (
        "2024年7月5日",
        "黄河习城段",
        "倾倒废土弃渣",
        "滩区生产堤背水侧倾倒建筑垃圾约20立方米",
        "习城乡许楼村",
        "2024年7月12日",
        "已清理完毕",
    ),
    (
        "2024年7月9日",
        "习城乡排涝沟",
        "河面保洁",
        "排涝沟内水葫芦等漂浮物大面积堆积",
        "习城乡辛庄村",
        "7月20日前",
        "正在打捞，已打捞约六成",
    ),
    (
        "2024年7月16日",
        "习城乡排涝沟",
        "雨水排放口晴天排污",
        "沟边雨水排放口晴天排放浑浊污水",
        "习城乡张寨村",
        "2024年8月10日",
        "已移交县生态环境分局调查",
    ),
    (
        "2024年7月22日",
        "黄河习城段",
        "河道管理范围内违规种植",
        "河道内违规种植玉米等高秆作物约15亩，影响行洪",
        "习城乡陈庄村",
        "7月31日前",
        "已全部清除",
    ),
]


def write_liyuan_book(path: Path) -> Path:
    b = Book(path, author="梨园乡河长办")
    ws = b.sheet("7月")
    b.widths(ws, [6, 12, 20, 14, 14, 34, 18, 14, 28, 10])
    last = 9
    b.line(ws, 0, "梨园乡2024年7月份乡级河长巡河发现问题整改台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳县梨园乡河长制办公室    填报日期：2024年7月29日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "巡河日期",
            "河流（河段）",
            "巡河河长",
            "巡查内容",
            "发现问题",
            "责任村",
            "整改时限",
            "整改情况",
            "复查情况",
        ],
    )
    for i, row in enumerate(LIYUAN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIYUAN_ROWS)
    b.line(ws, end, "说明：复查情况由乡河长办在整改时限届满后3日内填写。", last)
    b.line(ws, end + 1, "填表人：宋佳    联系电话：0393-3381206", last)
    return b.close()


def write_xicheng_docx(path: Path) -> Path:
    doc = _new_document("习城乡河长办")
    _title(doc, "习城乡河长巡河发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳县习城乡人民政府（乡河长办）    时间：2024年7月28日", 12)
    header = ["序号", "巡河时间", "河流名称", "问题类别", "存在问题", "责任村", "整改时限", "整改落实情况"]
    table = doc.add_table(rows=1 + len(XICHENG_ROWS), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    for r, row in enumerate(XICHENG_ROWS, 1):
        for c, v in enumerate([str(r), *row]):
            _cell_text(table.cell(r, c), v, 10.5)
    _paragraph(doc, "填表人：贾文涛    审核人：周广民", 12)
    return _save_fixed(doc, path)


def write_rivers(path: Path) -> Path:
    members = [
        ("梨园乡7月份乡级河长巡河问题整改台账.xlsx", write_liyuan_book),
        ("习城乡巡河发现问题整改情况表.docx", write_xicheng_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 5. 强化监督发现涉气环境问题 (大气污染防治), after the ministry's account of a day of 蓝天保卫战重点区域强化监督 (发现涉气环境
# 问题25个, 分为 涉气“散乱污”企业 / 工业企业未安装大气污染防治设施 / 不正常运行大气污染防治设施 / VOCs整治不到位 / 物料堆场
# 未落实扬尘治理措施 / 露天焚烧 / 其他; 已通过督办问题清单交办相关市、县（区）人民政府依法调查处理):
# http://zyjcyjy.com/index.php?a=show&catid=14&id=1370
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, one table whose problems stand under the source's 一、…七、
# category bands (merged rows), the 县（区）人民政府 as 责任单位, the bureau and date at the foot.
AIR_GROUPS = [
    (
        "一、涉气“散乱污”企业（1个）",
        [
            (
                "清丰县",
                "清丰县六塔乡一家具喷漆作坊无环保手续、无治理设施，违法生产",
                "清丰县人民政府",
                "2024年6月20日",
                "已取缔，断水断电，清除原料和设备",
            )
        ],
    ),
    (
        "二、工业企业未安装大气污染防治设施（1个）",
        [
            (
                "南乐县",
                "南乐县一生物质颗粒加工厂破碎工序无除尘设施，粉尘无组织排放",
                "南乐县人民政府",
                "2024年7月15日",
                "已停产，正在安装布袋除尘器",
            )
        ],
    ),
    (
        "三、不正常运行大气污染防治设施（2个）",
        [
            (
                "濮阳经济技术开发区",
                "一塑料制品企业活性炭吸附装置活性炭长期未更换，治理设施形同虚设",
                "濮阳经济技术开发区管理委员会",
                "2024年6月30日",
                "已更换活性炭，建立更换台账",
            ),
            (
                "华龙区",
                "华龙区一汽修厂喷烤漆房废气治理设施风机未开启",
                "华龙区人民政府",
                "2024.7.5",
                "已整改，已立案处罚",
            ),
        ],
    ),
    (
        "四、VOCs整治不到位（1个）",
        [
            (
                "濮阳县",
                "濮阳县一化工企业储罐呼吸阀泄漏检测值超标",
                "濮阳县人民政府",
                "2024年8月31日",
                "正在开展泄漏检测与修复",
            )
        ],
    ),
    (
        "五、物料堆场未落实扬尘治理措施（1个）",
        [
            (
                "范县",
                "范县一混凝土搅拌站砂石料露天堆放，未苫盖、未喷淋",
                "范县人民政府",
                "7月10日前",
                "未整改",
            )
        ],
    ),
    (
        "六、露天焚烧（1个）",
        [
            (
                "台前县",
                "台前县侯庙镇村道旁露天焚烧生活垃圾和秸秆",
                "台前县人民政府",
                "2024年6月25日",
                "已清理焚烧点，对责任人批评教育",
            )
        ],
    ),
    (
        "七、其他涉气环境问题（1个）",
        [
            (
                "市城区",
                "城区部分加油站油气回收在线监控数据长期异常",
                "市生态环境局",
                "2024年9月30日",
                "",
            )
        ],
    ),
]


def write_air_docx(path: Path) -> Path:
    doc = _new_document("大气环境科")
    _title(doc, "关于夏季臭氧污染防治强化监督交办涉气环境问题整改情况的报告", 20)
    _paragraph(doc, "市污染防治攻坚战领导小组办公室：")
    _paragraph(
        doc,
        "2024年6月，省强化监督帮扶组在我市发现涉气环境问题8个，已通过督办问题清单交办相关县（区）人民政府"
        "和市直部门依法调查处理。现将整改情况汇总报告如下：",
    )
    header = ["序号", "所在县（区）", "问题描述", "责任单位", "整改时限", "整改情况"]
    rows = sum(1 + len(items) for _, items in AIR_GROUPS)
    table = doc.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r, n = 1, 0
    for band, items in AIR_GROUPS:
        merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
        _cell_text(merged, band, 10.5, bold=True)
        r += 1
        for item in items:
            n += 1
            for c, v in enumerate([str(n), *item]):
                _cell_text(table.cell(r, c), v, 10.5)
            r += 1
    _paragraph(doc, "濮阳市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_air(path: Path) -> Path:
    return via_soffice(write_air_docx, path, "doc", "强化监督涉气问题整改情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 6. 建筑工地扬尘污染专项检查 (扬尘治理), after a district 建住局's check of its building sites with the city 督导组
# (黄土裸露、场内保洁不到位; 当即下发扬尘污染整改通知单，并挂黄牌责令整改):
# http://m.news.wmxa.cn/n/201705/461938.html
# An .xlsx: title, 检查单位/检查时间 line stating that the 整改期限 in days count from the check day (2024-07-16), one
# header row naming the 施工单位 as 整改责任单位 beside the 建设单位, the 处理措施 (整改通知单 / 挂黄牌 / 停工整改), 整改期限
# partly in (working) days, 整改结果, 复查人 (an inspector), a 合计 row and a 填表人 line.
DUST_ROWS = [
    (
        "建业春天里三期住宅项目",
        "濮阳建业置业有限公司",
        "河南中原华盛建设集团有限公司",
        "东侧地块黄土裸露约2000平方米未覆盖",
        "下发扬尘污染整改通知单",
        "3日内",
        "已覆盖密目网，复查合格",
        "韩冬",
    ),
    (
        "濮阳市第一高级中学新校区项目",
        "濮阳市教育投资有限公司",
        "濮阳市第一建筑工程有限公司",
        "出入口车辆冲洗设施未正常使用，车辆带泥上路",
        "挂黄牌责令整改",
        "3日内",
        "已整改",
        "韩冬",
    ),
    (
        "胜利路棚户区改造安置房项目",
        "濮阳市华龙区城市建设投资有限公司",
        "中建七局第三建筑有限公司",
        "场内道路未硬化，扬尘在线监测PM10数值连续超标",
        "停工整改",
        "7日内",
        "正在硬化场内道路",
        "李庆国",
    ),
    (
        "万达广场商业综合体二期",
        "濮阳万达广场投资有限公司",
        "河南五建建设集团有限公司",
        "西侧围挡破损约30米未修复",
        "下发扬尘污染整改通知单",
        "2024年7月20日",
        "",
        "李庆国",
    ),
    (
        "开州北路道路改造工程",
        "濮阳市华龙区市政工程管理所",
        "濮阳市恒达路桥工程有限公司",
        "土方开挖未采取湿法作业，雾炮机未开启",
        "下发扬尘污染整改通知单",
        "5个工作日内",
        "已整改到位",
        "韩冬",
    ),
    (
        "龙湖壹号院住宅项目",
        "濮阳龙湖置业有限公司",
        "河南国基建设集团有限公司",
        "建筑垃圾未及时清运，现场堆放超过48小时",
        "挂黄牌责令整改",
        "7日内",
        "未整改",
        "李庆国",
    ),
    (
        "市中医医院门诊综合楼项目",
        "濮阳市中医医院",
        "濮阳市宏伟建筑安装有限公司",
        "楼层清理建筑垃圾直接向下抛洒",
        "下发扬尘污染整改通知单",
        "2024年7月31日",
        "已安装垃圾垂直运输通道，正在验收",
        "韩冬",
    ),
    (
        "城区渣土运输",
        "—",
        "濮阳市通达渣土运输有限公司",
        "渣土运输车辆未密闭，沿途撒漏",
        "立案处罚",
        "3日内",
        "已处罚，车辆已加装密闭装置",
        "李庆国",
    ),
]


def write_dust(path: Path) -> Path:
    b = Book(path, author="质安科")
    ws = b.sheet("问题整改台账")
    b.widths(ws, [6, 24, 24, 26, 34, 18, 14, 28, 10])
    last = 8
    b.line(ws, 0, "华龙区建筑工地扬尘污染专项检查问题整改台账", last, b.title)
    b.line(
        ws,
        1,
        "检查单位：华龙区住房和城乡建设局、华龙区城市管理局    检查时间：2024年7月16日    整改期限自检查之日起计算",
        last,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "项目名称",
            "建设单位",
            "施工单位（整改责任单位）",
            "存在问题",
            "处理措施",
            "整改期限",
            "整改结果",
            "复查人",
        ],
    )
    for i, row in enumerate(DUST_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DUST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, last, "检查工地7个、渣土运输车辆12台，发现问题8个，挂黄牌2个，停工整改1个")
    b.line(ws, end + 2, "填表人：王子涵    联系电话：0393-8356127    填报日期：2024年7月29日", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 固体废物“梳篦式”大排查大整治 (固废危废), after a county's account of its 固体废物“梳篦式”大排查、大整治专项行动
# (工业固废、农业固废、建筑垃圾、实验室废弃物; 对发现问题全部建立整改台账，实行“清单式”管理; 各牵头部门负责督促存在问题单位
# 限期整改，整改完成后组织销号; “部门自查自验、固废危废检查员现场核查、环委会办公室销号”):
# http://www.kindlingtouch.com/news/detail/158884.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (销号流程 over 部门自验 / 检查员核查 / 销号情况),
# the 牵头单位 (市直部门, one by a short name) beside the 点位名称, a 长期坚持 row, a 注 line and a signature line.
WASTE_ROWS = [
    (
        "濮阳市华瑞化工有限公司",
        "危险废物",
        "危废贮存库未设置导流沟和收集池，废活性炭与一般固废混存",
        "市生态环境局",
        "2024年6月30日",
        "已完成",
        "已自验",
        "核查通过",
        "已销号",
    ),
    (
        "华龙区皇甫汽修集中区",
        "危险废物",
        "废机油、废铅蓄电池随意存放，未建立危险废物管理台账",
        "市交通运输局",
        "2024年7月31日",
        "正在整改",
        "",
        "",
        "未销号",
    ),
    (
        "京开大道东侧废弃坑塘",
        "建筑垃圾",
        "坑塘内非法倾倒建筑垃圾约800立方米",
        "市城管局",
        "2024年8月31日",
        "已清运约500立方米",
        "",
        "",
        "未销号",
    ),
    (
        "濮阳职业技术学院化学实验楼",
        "实验室废物",
        "实验室废液未分类收集，与生活垃圾混投",
        "市教育局",
        "2024年6月15日",
        "已整改",
        "已自验",
        "核查通过",
        "",
    ),
    (
        "濮阳县八公桥镇卫生院",
        "医疗废物",
        "医疗废物暂存间无防渗措施，交接记录不全",
        "市卫健委",
        "2024年7月15日",
        "未整改",
        "",
        "",
        "未销号",
    ),
    (
        "清丰县城东再生资源回收站",
        "再生资源",
        "废旧家电拆解产生的废电路板露天堆放",
        "市商务局",
        "2024年9月30日",
        "",
        "",
        "",
        "",
    ),
    (
        "南乐县、范县农田",
        "农业固废",
        "废弃农膜、农药包装废弃物在田间地头随意丢弃",
        "市农业农村局",
        "长期坚持",
        "长期坚持",
        "",
        "",
        "",
    ),
    (
        "濮阳豫东钢结构有限公司",
        "一般工业固废",
        "钢渣露天堆放，未采取防扬散、防流失措施",
        "市生态环境局",
        "2024年7月20日",
        "已建成封闭料棚",
        "已自验",
        "核查通过",
        "已销号",
    ),
]


def write_waste_book(path: Path) -> Path:
    b = Book(path, author="固体科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 12, 36, 14, 14, 18, 10, 12, 10])
    last = 9
    b.line(ws, 0, "全市固体废物“梳篦式”大排查大整治问题整改销号台账", last, b.title)
    b.line(ws, 1, "填报单位：濮阳市生态环境保护委员会办公室    填报日期：2024年7月26日", last)
    for c, word in enumerate(
        ["序号", "点位名称", "问题类别", "存在问题", "牵头单位", "整改时限", "整改情况"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 9, "销号流程", b.head)
    b.header(ws, 3, ["部门自验", "检查员核查", "销号情况"], first=7)
    for i, row in enumerate(WASTE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(WASTE_ROWS)
    b.line(
        ws,
        end,
        "注：问题整改实行“部门自查自验、固废危废检查员现场核查、市环委办销号”闭环管理，牵头单位负责督促存在问题单位限期整改。",
        last,
    )
    b.line(ws, end + 1, "填表人：林雪    审核人：葛振东    联系电话：0393-4496321", last)
    return b.close()


def write_waste(path: Path) -> Path:
    return via_soffice(write_waste_book, path, "xls", "固体废物梳篦式排查整治问题整改销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 畜禽养殖污染专项巡查 (畜禽养殖污染), after a county 畜牧兽医局's 专项巡查 of its 规模养殖场 (粪污未做到干湿分离, 沼液
# 消纳不及时, 管道老化破损, 粪污处理台账记录不完整, 垃圾未及时清理、场区环境较乱; 形成整改意见分发到各乡镇人民政府，挂图作战，
# 限时销号):
# http://wangjianglong.cn/news/show-94457.html
# An .ods (LibreOffice conversion): title, 填报单位 line, one header row with the 乡镇人民政府 as 整改责任单位 beside the
# 养殖场, 整改进展 and 销号情况, a 长期坚持 row, a 填表说明 line and a signature line.
LIVESTOCK_ROWS = [
    (
        "南乐县谷金楼镇鑫旺生猪养殖场",
        "生猪",
        "粪污未做到干湿分离，养殖污水与雨水混流",
        "南乐县谷金楼镇人民政府",
        "2024年6月30日",
        "已建设雨污分流管网和干湿分离机",
        "已销号",
    ),
    (
        "南乐县千口镇丰禾蛋鸡养殖场",
        "蛋鸡",
        "鸡粪露天堆放，未建设防雨防渗堆粪棚",
        "南乐县千口镇人民政府",
        "2024年8月底前",
        "堆粪棚主体已完工，正在铺设防渗层",
        "未销号",
    ),
    (
        "南乐县元村镇宏达肉牛养殖场",
        "肉牛",
        "沼液消纳不及时，沼液储存池满溢",
        "南乐县元村镇人民政府",
        "7月20日前",
        "未整改",
        "未销号",
    ),
    (
        "南乐县近德固乡兴农养猪场",
        "生猪",
        "粪污输送管道老化破损，存在渗漏",
        "南乐县近德固乡人民政府",
        "2024.7.10",
        "已更换破损管道",
        "",
    ),
    (
        "南乐县杨村乡绿源养殖专业合作社",
        "肉羊",
        "粪污处理台账记录不完整，无粪肥还田去向记录",
        "南乐县杨村乡人民政府",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "南乐县福堪镇金穗养殖场",
        "生猪",
        "病死猪未按规定进行无害化处理",
        "南乐县福堪镇人民政府",
        "2024年7月15日",
        "已与县无害化处理中心签订收集协议，正在建设暂存冷库",
        "未销号",
    ),
    (
        "南乐县张果屯镇福旺养羊场",
        "肉羊",
        "场区环境脏乱，生活垃圾未及时清理",
        "南乐县张果屯镇人民政府",
        "2024年第三季度",
        "",
        "",
    ),
]


def write_livestock_book(path: Path) -> Path:
    b = Book(path, author="畜牧股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 30, 8, 36, 24, 16, 34, 10])
    last = 7
    b.line(ws, 0, "南乐县畜禽规模养殖场粪污治理专项巡查问题整改清单", last, b.title)
    b.line(ws, 1, "填报单位：南乐县农业农村局（畜牧兽医股）    填报日期：2024年7月25日", last)
    b.header(
        ws,
        2,
        ["序号", "养殖场名称", "畜种", "巡查发现问题", "整改责任单位", "整改时限", "整改进展", "销号情况"],
    )
    for i, row in enumerate(LIVESTOCK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LIVESTOCK_ROWS)
    b.line(
        ws,
        end + 1,
        "填表说明：整改完成经乡镇初验、县农业农村局复核后销号；整改责任单位为养殖场所在乡镇人民政府。",
        last,
    )
    b.line(ws, end + 2, "股长：邵国庆    填表人：田雨    联系电话：0393-7218836", last)
    return b.close()


def write_livestock(path: Path) -> Path:
    via_soffice(write_livestock_book, path, "ods", "畜禽养殖污染专项巡查问题整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 入河排污口“一口一策”整治 (入河排污口), after a township's account of its 入河排污口整治 (按照“一口一策”的工作要求，
# 制定整治实施方案和排污口任务分解清单，明确整治责任主体、整治任务和整治步骤; 对2022年已整治完成的入河排污口实地自查，建立
# 动态管理台账):
# http://aillybags.com/hnrkf/article/1/1650340669620436994
# An .xlsx: title, 填报单位 line, one header row (排污口编码, 排污口名称, 受纳水体, 排污口类型, 存在问题, 整治类型
# 取缔/合并/规范, 整治措施, 责任主体, 整治时限, 整治进展), a 备注 line and a signature line.
OUTFALL_ROWS = [
    (
        "411922-MJH-001",
        "鑫源食品公司排污口",
        "马颊河",
        "工业排污口",
        "排污口未设置标志牌，未安装流量计和在线监测设备",
        "规范",
        "设置标志牌，安装在线监测设备并联网",
        "清丰县鑫源食品有限公司",
        "2024年6月30日",
        "已完成规范化建设",
    ),
    (
        "411922-ZLH-003",
        "清丰县第二污水处理厂排污口",
        "潴龙河",
        "城镇污水处理厂排污口",
        "出水氨氮偶有超标",
        "规范",
        "实施提标改造，加强进出水监测",
        "清丰县第二污水处理厂",
        "2024年12月31日",
        "提标改造工程正在施工",
    ),
    (
        "411922-ZLH-011",
        "韩村镇前营村生活污水排口",
        "潴龙河",
        "农村生活污水散排口",
        "村内生活污水经明沟直排入河",
        "取缔",
        "建设截污管网，接入镇污水处理站后封堵排口",
        "清丰县韩村镇人民政府",
        "2024年9月30日",
        "已完成溯源，正在铺设截污管网",
    ),
    (
        "411922-MJH-014",
        "城区顿丘路雨水排口",
        "马颊河",
        "雨洪排口",
        "雨水排口晴天排放污水，上游存在雨污混接",
        "规范",
        "排查改造混接点位",
        "清丰县住房和城乡建设局",
        "2024年8月31日",
        "未启动",
    ),
    (
        "411922-QT-006",
        "丰盛养殖专业合作社排口",
        "马颊河支沟",
        "养殖排口",
        "养殖废水经排口直排沟渠",
        "取缔",
        "封堵排口，废水经贮存发酵后还田利用",
        "清丰县丰盛养殖专业合作社",
        "2024年5月31日",
        "已封堵取缔",
    ),
    (
        "411922-MJH-020",
        "家具产业园区集中排口",
        "马颊河",
        "工业园区排口",
        "园区集中排口未办理排污许可登记，无排口规范化标识",
        "规范",
        "办理排污许可登记，规范排口标识",
        "清丰县家具产业园区管理委员会",
        "2024年10月31日",
        "",
    ),
    (
        "411922-QT-009",
        "城北洗车店排口",
        "马颊河支沟",
        "其他排口",
        "洗车废水经雨水管道排入沟渠",
        "取缔",
        "废水接入市政污水管网，封堵雨水管道接口",
        "清丰县洁亮洗车服务部",
        "2024年7月20日",
        "已接入市政污水管网，排口已封堵",
    ),
]


def write_outfall(path: Path) -> Path:
    b = Book(path, author="水生态环境股")
    ws = b.sheet("整治台账")
    b.widths(ws, [6, 16, 24, 12, 18, 34, 10, 30, 26, 14, 28])
    last = 10
    b.line(ws, 0, "清丰县入河排污口“一口一策”整治进展台账", last, b.title)
    b.line(ws, 1, "填报单位：清丰县入河排污口排查整治工作专班    填报日期：2024年7月26日", last)
    b.header(
        ws,
        2,
        [
            "序号",
            "排污口编码",
            "排污口名称",
            "受纳水体",
            "排污口类型",
            "存在问题",
            "整治类型",
            "整治措施",
            "责任主体",
            "整治时限",
            "整治进展",
        ],
    )
    for i, row in enumerate(OUTFALL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(OUTFALL_ROWS)
    b.line(
        ws,
        end,
        "备注：2022年已整治完成的31个入河排污口已于2024年6月完成实地自查，未发现反弹，不再列入本台账。",
        last,
    )
    b.line(ws, end + 1, "专班负责人：侯德胜    填表人：韦静    联系电话：0393-7221509", last)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 环境信访投诉受理办理 (环境信访), after a county 生态环境分局's monthly 环境保护投诉处理情况 (受理群众各类环境信访
# 43件; 按信访件来源分 浙里访平台 / 全国生态环境举报平台; 涉气类 / 涉水类 / 涉噪类; 经电话回访，基本满意 / 满意):
# http://www.haiyan.gov.cn/art/2023/11/9/art_1229437181_59429148.html
# A CSV in GBK: a title line, a 填报单位 line, one header line with 受理日期 (the base of 15日内 / 10个工作日内), 信访来源,
# 投诉类型, 承办单位 (市直部门 by short names, 县区人民政府), 办理时限, 办理情况, 回访情况, and a 合计 line.
PETITION_ROWS = [
    (
        "HJXF2024070021",
        "12345热线",
        "2024-07-02",
        "涉气",
        "反映华龙区建设路一小区楼下饭店油烟直排，油烟味进入居民家中",
        "市城管局",
        "15日内",
        "已责令安装油烟净化设施并清洗烟道，已办结",
        "满意",
    ),
    (
        "HJXF2024070035",
        "全国生态环境信访投诉举报管理平台",
        "2024-07-05",
        "涉噪",
        "反映濮阳经济技术开发区一企业夜间生产设备噪声扰民",
        "市生态环境局",
        "15日内",
        "经监测夜间噪声超标，已责令企业加装隔声设施，正在施工",
        "",
    ),
    (
        "HJXF2024070042",
        "来电",
        "2024-07-08",
        "涉水",
        "反映濮阳县海通乡一村坑塘水体发黑发臭",
        "濮阳县人民政府",
        "30日内",
        "",
        "",
    ),
    (
        "HJXF2024070056",
        "12345热线",
        "2024-07-10",
        "涉气",
        "反映华龙区一建筑工地夜间施工扬尘大",
        "市住建局",
        "7日内",
        "已办结，工地已落实覆盖、洒水措施",
        "基本满意",
    ),
    (
        "HJXF2024070063",
        "来信",
        "2024-07-12",
        "涉噪",
        "反映城区龙湖广场夜间广场舞音响音量过大扰民",
        "市公安局",
        "15日内",
        "已协调辖区派出所现场劝导，正在推动设置噪声监测显示屏",
        "",
    ),
    (
        "HJXF2024070077",
        "全国生态环境信访投诉举报管理平台",
        "2024-07-15",
        "涉气",
        "反映清丰县一砖瓦厂烟囱冒黑烟",
        "清丰县人民政府",
        "15日内",
        "经现场核查，该厂已于2023年关停拆除，举报不属实，已办结",
        "满意",
    ),
    (
        "HJXF2024070084",
        "12345热线",
        "2024-07-18",
        "涉水",
        "反映华龙区一洗车场污水流入马颊河",
        "华龙区人民政府",
        "10个工作日内",
        "正在调查处理",
        "",
    ),
    (
        "HJXF2024070096",
        "来访",
        "2024-07-22",
        "涉固废",
        "反映南乐县一废品收购站夜间焚烧废旧电线外皮",
        "南乐县人民政府",
        "15日内",
        "未启动",
        "",
    ),
]


def write_petition(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年7月环境信访投诉受理办理台账"])
    w.writerow(["填报单位：濮阳市生态环境局（信访科）；办理时限自受理之日起计算；统计截至2024年7月29日"])
    w.writerow(
        [
            "序号",
            "信访编号",
            "信访来源",
            "受理日期",
            "投诉类型",
            "投诉内容",
            "承办单位",
            "办理时限",
            "办理情况",
            "回访情况",
        ]
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(
        ["合计", "", "受理8件", "", "涉气3件、涉水2件、涉噪2件、涉固废1件", "", "", "", "已办结3件", ""]
    )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


FILES = [
    ("第三轮中央生态环境保护督察交办群众举报件办理情况一览表.xlsx", write_central),
    ("濮阳市第二轮省级生态环境保护督察反馈意见整改落实情况报告.docx", write_provincial),
    ("台前县黄河流域生态环境警示片披露问题整改清单.xls", write_yellow),
    ("河长巡河发现问题整改台账（梨园乡、习城乡）.zip", write_rivers),
    ("关于夏季臭氧污染防治强化监督交办涉气问题整改情况的报告.doc", write_air),
    ("华龙区建筑工地扬尘污染专项检查问题整改台账.xlsx", write_dust),
    ("固体废物梳篦式大排查大整治问题整改销号台账.et", write_waste),
    ("南乐县畜禽养殖污染专项巡查问题整改清单.ods", write_livestock),
    ("清丰县入河排污口一口一策整治进展台账.xlsx", write_outfall),
    ("2024年7月环境信访投诉受理办理台账.csv", write_petition),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

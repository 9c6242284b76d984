"""Write the aside63 returns: ten files laid out after ten public sources, cited beside each layout below.

Forms: .xlsx (two), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered paragraphs, an .ods and an .et
(LibreOffice conversions), a .zip of two .xlsx returns, a .doc with a tick-column table (Word 97 via
LibreOffice) and a tab-separated text in UTF-16. Campaigns: 药品安全, 环保督察, 林长制, 垃圾分类, 特种设备,
市容市貌/创文, 交通安全, 城市更新, 农村人居环境, 河长制. Contents are made up; statistics date 2024-07-31.
Run from this folder: python make_aside63.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
CREATED = datetime(2024, 7, 31, 17, 5, 0)
ZIP_TIME = (2024, 7, 31, 17, 5, 0)


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
        self.section = add({"bold": True, "border": 1, "valign": "vcenter"})
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.stamp = add(
            {
                "border": 1,
                "num_format": "yyyy-mm-dd hh:mm",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.plain_day = add({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def close(self) -> Path:
        self.book.close()
        return self.path

    def put(self, ws, r: int, c: int, v: object, fmt=None) -> None:
        fmt = fmt or self.cell
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, datetime):
            ws.write_datetime(r, c, v, self.stamp if fmt is self.cell else fmt)
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
        elif isinstance(v, date | int | float):
            ws.merge_range(r1, c1, r2, c2, None, fmt)
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
# 1. 药品零售企业监督检查主要问题及整改情况, after a district 市场监督管理局's 通报 of its 药品零售企业 checks with the
# 附件 table 序号 / 企业名称 / 检查日期 (written 2024.6.17) / 检查发现的主要问题, one firm listed twice:
# https://ase-mz.com/www/zj/content/2024-11/13/content_9077282.htm
# An .xlsx: the 通报 title, preamble and office/date, then the 附件 title and one header row with the 整改期限 and
# 整改情况 the return adds; dates written as text.
DRUG_ROWS = [
    (
        "濮阳市华龙区仁济大药房有限公司",
        "2024.4.17",
        "未对药品销售人员进行岗前培训教育",
        "2024.5.17",
        "已整改，已补训并建立培训档案",
    ),
    (
        "濮阳百草堂医药连锁有限公司长庆路店",
        "2024.4.23",
        "拆零药品未保留原包装和说明书",
        "2024.5.23",
        "已整改",
    ),
    (
        "濮阳百草堂医药连锁有限公司长庆路店",
        "2024.6.5",
        "中药饮片装斗前未做清斗记录",
        "2024.7.5",
        "正在整改，已建立清斗记录本",
    ),
    (
        "濮阳市益康大药房有限公司",
        "2024.5.8",
        "阴凉区温湿度监测记录缺失，阴凉药品未按温度要求储存",
        "2024.8.8",
        "正在安装空调和温湿度自动监测系统",
    ),
    (
        "濮阳市德仁堂药店（普通合伙）",
        "2024.5.20",
        "药品经营许可证信息变更后未在网络销售平台公示",
        "2024.7.31",
        "未整改",
    ),
    (
        "濮阳市华龙区康宁药房",
        "2024.6.11",
        "处方药未凭处方销售，执业药师不在岗",
        "2024.7.11",
        "",
    ),
    (
        "濮阳市安和堂医药有限公司",
        "2024.6.19",
        "中药饮片外包装标签缺失",
        "2024.6.26",
        "已当场下架，整改完毕",
    ),
]


def write_drug(path: Path) -> Path:
    b = Book(path, author="药品科")
    ws = b.sheet("附件")
    b.widths(ws, [6, 34, 12, 44, 12, 32])
    b.line(ws, 0, "关于2024年4月至6月华龙区药品零售企业监督检查情况的通报", 5, b.title)
    b.line(
        ws,
        1,
        "根据《中华人民共和国药品管理法》《药品医疗器械飞行检查办法》等规定，现将2024年4月至6月我区药品零售企业"
        "检查中发现的主要问题及整改情况进行通报，欢迎社会各界予以监督，具体情况见附件。",
        5,
    )
    b.line(ws, 2, "濮阳市华龙区市场监督管理局    2024年7月26日", 5, b.right)
    b.line(ws, 4, "附件：2024年4月至6月华龙区药品零售企业现场检查主要问题及整改情况", 5, b.section)
    b.header(ws, 5, ["序号", "企业名称", "检查日期", "检查发现的主要问题", "整改期限", "整改情况"])
    for i, row in enumerate(DRUG_ROWS, 1):
        b.put(ws, 5 + i, 0, i, b.center)
        b.row(ws, 5 + i, list(row), first=1)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 生态环境保护督察逾期案件整改推进计划, after a county 督察反馈问题整改工作领导小组's plan for its overdue 信访 cases,
# each case one block: 案件号 and the complaint, 基本情况, 逾期原因, 整改时限, 推进措施, 目前进展, 剩余工作, 下一步计划:
# http://wza.jlyj.gov.cn/esd/xxgk/gsgg/202304/t20230421_1124207.html
# A .docx whose items are numbered paragraphs (一、二、…), one paragraph a case, the 领导小组 and date at the foot.
OVERDUE_CASES = [
    (
        "一、X2HA202109030112号案件：柳屯镇前孙村北侧坑塘被倾倒大量建筑垃圾，雨后散发异味。"
        "基本情况：坑塘位于村北排水沟旁，堆放建筑垃圾约2000立方米。逾期原因：垃圾来源复杂，清运消纳场地协调时间较长。"
        "责任单位：柳屯镇人民政府。整改时限：2024年8月31日。推进措施：镇政府组织机械清运，县城管部门配合消纳。"
        "目前进展：已清运建筑垃圾约1200立方米，剩余部分正在清运。剩余工作：清运剩余垃圾并平整复绿。"
        "下一步计划：清运完毕后申请验收销号。"
    ),
    (
        "二、X2HA202109050087号案件：文留镇工业园区一化工企业夜间排放刺鼻气体。"
        "基本情况：该企业VOCs治理设施运行不正常。逾期原因：治理设施改造需停产实施。责任单位：市生态环境局。"
        "整改时限：2024年6月30日。推进措施：督促企业停产整治，安装VOCs在线监测设备。"
        "目前进展：企业已完成治理设施改造，经县级验收合格，已销号。剩余工作：无。"
        "下一步计划：纳入重点监管，开展不定期夜查。"
    ),
    (
        "三、X2HA202109060143号案件：城关镇护城河沿岸多处生活污水直排入河。"
        "基本情况：沿岸老旧住宅区未接入市政污水管网。逾期原因：截污管网涉及房屋征收，前期手续办理时间长。"
        "责任单位：濮阳县住房和城乡建设局。整改时限：2024年12月31日。推进措施：实施沿河截污管网工程。"
        "目前进展：截污管网已完成设计，正在办理施工许可。剩余工作：管网施工及接户。"
        "下一步计划：9月底前开工建设。"
    ),
    (
        "四、X2HA202109080021号案件：王称堌镇一生猪养殖场粪污外溢污染农田。"
        "基本情况：养殖场位于禁养区内，粪污储存设施容量不足。逾期原因：养殖户补偿协商未达成一致。"
        "责任单位：王称堌镇人民政府。整改时限：2024年6月30日。推进措施：依法关停，清运粪污，复垦农田。"
        "目前进展：养殖场已关停拆除，粪污已清运完毕，经县级验收合格。剩余工作：无。"
        "下一步计划：加强巡查，防止反弹。"
    ),
    (
        "五、X2HA202109100066号案件：梨园乡黄河滩区一沙场非法采砂，破坏河道行洪。"
        "基本情况：沙场堆砂占用河道管理范围约15亩。逾期原因：砂场权属存在争议，尚未确权。"
        "责任单位：市水务局。整改时限：2024年10月底前。推进措施：依法确权后清除堆砂，恢复河道原貌。"
        "目前进展：暂未开展清理。剩余工作：确权、清砂、恢复河道。"
        "下一步计划：提请县政府协调确权问题。"
    ),
    (
        "六、X2HA202109120094号案件：户部寨镇一废品收购站露天焚烧废旧电线。"
        "基本情况：收购站无环保手续，在院内露天焚烧剥离电线外皮。逾期原因：经营者多次外出，执法文书送达困难。"
        "责任单位：户部寨镇人民政府。整改时限：2024年9月15日。推进措施：联合执法取缔，清理焚烧残留物。"
        "目前进展：已停止焚烧行为，焚烧残留物正在清理。剩余工作：依法取缔收购站。"
        "下一步计划：联合县市场监管部门吊销营业执照。"
    ),
]


def write_overdue(path: Path) -> Path:
    doc = _new_document("督察整改办")
    _title(doc, "濮阳县第二轮中央生态环境保护督察逾期案件整改推进计划")
    _paragraph(
        doc,
        "按照省、市关于督察信访件整改销号工作要求，现将我县第二轮中央生态环境保护督察交办信访案件中逾期未完成整改的"
        "案件逐一明确整改时限和推进措施，计划如下：",
    )
    for text in OVERDUE_CASES:
        _paragraph(doc, text)
    _paragraph(doc, "濮阳县生态环境保护督察反馈问题整改工作领导小组", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 林长制问题整改自查自验公示表, after a county 林业和草原局's 附件 自查自验公示表 (整改实施主体 / 公示日期 in the top
# rows, 整改任务概述 with 林长制 as the lever, then 整改措施 with their 完成情况):
# http://www.weixi.gov.cn/zfxxgk_weixi_lyhcyj/fdzdgknr/tzgg/202510/20251016_233824.html
# An .xls (xlwt): 附件 and title, the 整改实施主体 / 公示日期 block naming the sending unit, 整改任务概述, then one
# header row whose 责任股室 are sections of that unit, 自验结论 beside the 完成情况; a 注 and signature at the foot.
FOREST_ROWS = [
    (
        "韩村镇东部林区违法占用林地建设养殖棚舍3处",
        "资源管理股",
        "立案查处，拆除棚舍，恢复林业生产条件",
        "已完成。3处棚舍已全部拆除，完成补植",
        "2024年6月30日",
        "自验合格",
    ),
    (
        "护林员巡护打卡不规范，部分巡护记录缺失",
        "林政股",
        "开展护林员培训，按月通报巡护情况",
        "常态化推进，每月通报一次",
        "长期坚持",
        "",
    ),
    (
        "马颊河沿岸防护林带缺株断带约2.1公里",
        "营造林股",
        "秋季造林时补植补造",
        "已完成苗木调运计划，待秋季造林时补植",
        "2024年11月底前",
        "",
    ),
    (
        "部分林区入口未设置森林防火警示牌",
        "森林防火办公室",
        "增设防火警示牌和宣传横幅",
        "已增设警示牌46块，宣传横幅30条",
        "2024年5月31日",
        "自验合格",
    ),
    (
        "美国白蛾监测点设置不足，监测记录不完整",
        "有害生物防治股",
        "按每500亩一处增设监测点",
        "未启动",
        "2024年7月20日",
        "",
    ),
    (
        "12株古树名木挂牌信息不全",
        "资源管理股",
        "补挂二维码保护牌",
        "",
        "2024年8月15日",
        "",
    ),
    (
        "县乡两级林长公示牌信息未及时更新",
        "林政股",
        "更新林长公示牌",
        "正在更新，已更新18块，剩余7块",
        "2024年8月10日",
        "",
    ),
]


def write_forest(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    h = _xf(bold=True, center=True)
    c = _xf()
    ctr = _xf(center=True)
    cells = [
        (0, 0, "附件4", plain),
        (1, 0, "林长制工作问题整改自查自验公示表", t, 1, 6),
        (2, 0, "整改实施主体", h),
        (2, 1, "清丰县林业局", c, 2, 3),
        (2, 4, "公示日期", h),
        (2, 5, "2024年7月26日至2024年8月1日", c, 2, 6),
        (3, 0, "整改任务概述", h),
        (
            3,
            1,
            "以林长制为抓手，层层压实森林资源保护责任，对各级林长巡林发现的问题建立清单，逐项整改、自查自验，"
            "建立健全主动发现问题、及时解决问题的常态长效机制。",
            c,
            3,
            6,
        ),
    ]
    for col, w in enumerate(["序号", "问题清单", "责任股室", "整改措施", "完成情况", "完成时限", "自验结论"]):
        cells.append((4, col, w, h))
    for i, row in enumerate(FOREST_ROWS, 1):
        r = 4 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (2, 5, 6) else c))
    r = 5 + len(FOREST_ROWS)
    cells += [
        (
            r,
            0,
            "注：自验结论由整改实施主体组织自查自验后填写；公示期内如有异议，请向县林长制办公室反映。",
            plain,
            r,
            6,
        ),
        (r + 1, 0, "清丰县林业局（盖章）    联系人：刘海峰    联系电话：0393-7221056", plain, r + 1, 6),
    ]
    return _write_xls(path, [("公示表", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 生活垃圾分类小区督导检查问题整改台账, after a 街道's account of its 垃圾分类 督导督查 of the residential estates
# (小区名: 问题, 已现场和物业沟通…; 南海大厦: 无问题), the 物业 made to correct:
# https://jianpian.cn/a/13o18l7b
# A CSV in GBK: a title line, a 督导单位 / 督导日期 line, one header line, estates without problems listed too, a
# 合计 line.
SORT_ROWS = [
    (
        "锦华苑",
        "濮阳市华庭物业服务有限公司",
        "专项垃圾暂存点未设置消防设施",
        "已现场和物业沟通配置灭火器",
        "2024-07-18",
        "复查合格",
    ),
    (
        "绿城花园",
        "濮阳绿城物业管理有限公司",
        "专项垃圾暂存点杂乱，大件垃圾未及时预约清运",
        "已现场和物业沟通及时预约清运",
        "3日内",
        "正在整改，已清运一车",
    ),
    ("南海大厦", "濮阳南海物业服务有限公司", "无问题", "", "", ""),
    (
        "恒立花园",
        "濮阳恒立物业服务有限公司",
        "厨余垃圾桶内混投其他垃圾，桶边无督导员值守",
        "现场指导二次分拣",
        "2024-07-22",
        "未整改",
    ),
    (
        "建业小区",
        "河南建业物业服务有限公司濮阳分公司",
        "分类公示牌、红灰榜公示更新不及时",
        "已告知物业更新",
        "2024-07-31",
        "",
    ),
    (
        "金城首府",
        "濮阳金城物业服务有限公司",
        "小区内私设垃圾桶未撤除",
        "下达整改通知书",
        "2024-07-20",
        "已撤除私设垃圾桶2处，复查合格",
    ),
    (
        "昆吾家园",
        "濮阳市昆吾物业管理有限公司",
        "分类收集桶桶壁脏污、部分破损",
        "督促清洗更换",
        "2024-07-25",
        "已清洗，破损桶正在采购",
    ),
    ("阳光花园", "濮阳阳光物业服务有限公司", "无问题", "", "", ""),
]


def write_sort(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["胜利路街道生活垃圾分类小区督导检查问题整改台账（2024年7月）"])
    w.writerow(["督导单位：胜利路街道城市管理办公室    督导日期：2024年7月15日"])
    w.writerow(["序号", "小区名称", "物业服务企业", "发现问题", "现场处理", "整改时限", "复查情况"])
    for i, row in enumerate(SORT_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查小区8个", "", "发现问题6处", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 特种设备隐患排查“回头看”整改跟踪表 from two 分局, after a city 市场监管局's account of its 特种设备隐患排查
# “回头看” (抽查企业, 发现存在安全隐患企业, 已移交分局落实跟踪后续整改情况, 责令企业进行整改闭环管理; 锅炉、燃气压力
# 管道、电梯、起重机械、叉车及大型游乐设施):
# http://zs.gov.cn/zjj/ztzj/zlqgjs/content/post_2461128.html
# A .zip of two .xlsx returns, each with a title, a 填报单位 line, a two-row header (设备情况 over 设备种类 and 使用
# 登记证编号) with the 使用单位 to correct and a 跟踪人 (the inspector) beside it, and a signature line.
SPECIAL_RETURNS = [
    (
        "濮阳市市场监督管理局华龙分局",
        "华龙分局",
        [
            (
                "濮阳市恒通纸业有限公司",
                "锅炉",
                "锅11豫J00321",
                "锅炉安全阀超期未校验",
                "立即停用并送检校验",
                "2024年7月15日",
                "已校验合格，恢复使用",
                "张伟",
            ),
            (
                "濮阳市中原大酒店有限公司",
                "电梯",
                "梯11豫J10452",
                "电梯五方对讲装置失效，值班室无人接听",
                "维修对讲装置，落实值班制度",
                "2024年8月10日",
                "维保单位正在维修",
                "张伟",
            ),
            (
                "濮阳宏远物流有限公司",
                "场（厂）内专用机动车辆",
                "车11豫J00876",
                "叉车司机未取得特种设备作业人员证",
                "停止无证作业，组织取证",
                "2024年9月30日",
                "已报名参加培训考试",
                "李娜",
            ),
            (
                "濮阳市新华商场有限公司",
                "自动扶梯",
                "梯31豫J00129",
                "自动扶梯梳齿板缺齿",
                "更换梳齿板",
                "2024年7月20日",
                "未整改",
                "李娜",
            ),
        ],
    ),
    (
        "濮阳市市场监督管理局开发区分局",
        "开发区分局",
        [
            (
                "濮阳龙丰化工有限公司",
                "压力容器",
                "容21豫J01133",
                "储气罐未办理使用登记",
                "办理使用登记",
                "2024年8月31日",
                "",
                "王磊",
            ),
            (
                "濮阳市瑞祥燃气有限公司",
                "压力管道",
                "管11豫J00058",
                "燃气压力管道定期检验超期",
                "立即报检",
                "2024年7月25日",
                "已检验合格",
                "王磊",
            ),
            (
                "濮阳欢乐谷游乐有限公司",
                "大型游乐设施",
                "游11豫J00017",
                "游乐设施乘客安全带磨损未更换",
                "更换安全带",
                "2024年7月10日",
                "已更换，复查通过",
                "赵敏",
            ),
            (
                "濮阳中原机械制造有限公司",
                "起重机械",
                "起17豫J00462",
                "桥式起重机起升高度限位器失灵",
                "停用维修",
                "2024年8月15日",
                "已停用，配件已订购",
                "赵敏",
            ),
        ],
    ),
]


def write_special_book(path: Path, office: str, rows: list[tuple]) -> Path:
    b = Book(path, author=office)
    ws = b.sheet("跟踪表")
    b.widths(ws, [6, 30, 14, 16, 34, 24, 16, 24, 10])
    b.line(ws, 0, "特种设备隐患排查“回头看”发现问题整改跟踪表", 8, b.title)
    b.line(ws, 1, f"填报单位：{office}    填报日期：2024年7月29日", 8)
    for col, word in [(0, "序号"), (1, "使用单位")]:
        b.merge(ws, 2, col, 3, col, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "设备情况", b.head)
    b.header(ws, 3, ["设备种类", "使用登记证编号"], first=2)
    for col, word in enumerate(["发现问题", "整改要求", "整改期限", "整改情况", "跟踪人"], 4):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(rows, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(ws, 5 + len(rows), "分管领导：            填表人：            联系电话：", 8)
    return b.close()


def write_special(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for office, short, rows in SPECIAL_RETURNS:
            name = f"特种设备隐患整改跟踪表（{short}）.xlsx"
            member = write_special_book(Path(tmp) / name, office, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 6. 创文常态化督查发现问题交办销号台账, after a district's account of its 创文 常态化督查 (人行道板松动、路面积水, 院落
# 路面坑洼, 油污乱排, 门前三包; 建立台账，实施销号整改; 立行立改的由区创文办直接下发责任单位，限时解决):
# https://nanmuxuan.com/complex/vqmfywowycn.amp
# An .ods (LibreOffice conversion): title, 交办单位 / 交办日期 line, one header row with 街道 and 点位, 整改时限 partly
# in working days from the 交办日期, a 是否销号 column; the office and date at the foot.
CIVIC_ROWS = [
    (
        "胜利路街道",
        "府前社区立新街沿线",
        "人行道板松动，雨后路面积水",
        "市城管执法局",
        "5个工作日内",
        "已更换人行道板120平方米",
        "是",
    ),
    (
        "胜利路街道",
        "百货站院落",
        "院落内路面坑洼，基础设施落后",
        "市住建局",
        "2024年9月底前",
        "已纳入老旧小区改造计划，正在编制方案",
        "否",
    ),
    (
        "胜利路街道",
        "立新综合楼",
        "餐饮门店油污乱排、排水不畅",
        "市市场监管局",
        "3个工作日内",
        "已约谈商户，油污已清理，排水已疏通",
        "是",
    ),
    (
        "大庆路街道",
        "中原路农贸市场",
        "门店“门前三包”落实不到位，占道经营",
        "华龙区大庆路街道办事处",
        "立行立改",
        "已当场清理",
        "是",
    ),
    (
        "大庆路街道",
        "绿城路与黄河路交叉口",
        "非机动车乱停乱放，未施划停车位",
        "市交警支队",
        "2024年8月10日",
        "未整改",
        "否",
    ),
    (
        "中原路街道",
        "油田总医院周边",
        "公益广告褪色破损",
        "华龙区中原路街道办事处",
        "2024年7月25日",
        "",
        "",
    ),
    (
        "中原路街道",
        "开州路背街小巷",
        "背街小巷垃圾清运不及时，存在卫生死角",
        "市城市管理局",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_civic_book(path: Path) -> Path:
    b = Book(path, author="区创文办")
    ws = b.sheet("台账")
    b.widths(ws, [6, 12, 22, 36, 22, 14, 34, 10])
    b.line(ws, 0, "创文常态化督查发现问题交办销号台账", 7, b.title)
    b.line(ws, 1, "交办单位：华龙区创建全国文明城市工作指挥部办公室    交办日期：2024年7月16日", 7)
    b.header(ws, 2, ["序号", "街道", "点位", "存在问题", "责任单位", "整改时限", "整改情况", "是否销号"])
    for i, row in enumerate(CIVIC_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(CIVIC_ROWS), "华龙区创文办督查组    2024年7月30日", 7, b.right)
    return b.close()


def write_civic(path: Path) -> Path:
    via_soffice(write_civic_book, path, "ods", "创文督查问题交办销号台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 7. 道路交通安全隐患登记台账, after a 高速交警大队's account of a joint 隐患排查 with 路政 and 公路养护 (现场拍照登记,
# 现场明确责任权属, 现场提出治理建议, 确定治理期限; 一时难以治理的采取临时性防护措施; 隐患登记台账, 向相关部门通报):
# http://m.jiangsulong.com/a/2020/0411/0282374.html
# An .xlsx: title, 排查单位 / 排查日期 line, a two-row header (隐患位置 over 路线 and 桩号), 责任权属单位, 抄告日期 and
# 治理期限 partly in working days from it, 临时防护措施; a 填表说明 and signature at the foot.
ROAD_ROWS = [
    (
        "G45大广高速",
        "K1832+300",
        "路侧标志牌立柱处无防护设施",
        "增设防撞护栏",
        "河南高速公路发展有限责任公司濮阳分公司",
        date(2024, 7, 10),
        "2024年9月30日",
        "已设置防撞桶",
        "护栏正在采购",
    ),
    (
        "G45大广高速",
        "K1845+100",
        "紧急停车带标线磨损不清",
        "重新施划标线",
        "河南高速公路发展有限责任公司濮阳分公司",
        date(2024, 7, 10),
        "2024年8月15日",
        "",
        "已施划完毕，经验收合格",
    ),
    (
        "S26台辉高速",
        "K56+800",
        "中央分隔带开口未封闭",
        "封闭开口",
        "河南交投台辉高速公路有限公司",
        date(2024, 7, 10),
        "2024.8.31",
        "",
        "未整改",
    ),
    (
        "G106",
        "K2105+500",
        "平交路口未设置减速让行标志",
        "增设减速让行标志和减速带",
        "市交通运输局",
        date(2024, 7, 10),
        "15个工作日内",
        "",
        "已增设完成",
    ),
    (
        "S212",
        "K33+200",
        "急弯路段视距不良，路侧树木遮挡",
        "修剪树木，增设凸面镜",
        "清丰县交通运输局",
        date(2024, 7, 10),
        "10个工作日内",
        "已设置警告标志",
        "正在修剪树木",
    ),
    (
        "濮阳东收费站",
        "出口广场",
        "收费站出口车道渠化标线不清",
        "重新施划渠化标线",
        "河南高速公路发展有限责任公司濮阳分公司",
        date(2024, 7, 12),
        "2024年7月底前",
        "",
        "",
    ),
    (
        "G342",
        "K320+000",
        "连续下坡路段缺少避险车道提示标志",
        "增设避险车道提示标志",
        "市交通运输局",
        date(2024, 7, 12),
        "2024年10月31日",
        "",
        "已完成设计，待施工",
    ),
]


def write_road(path: Path) -> Path:
    b = Book(path, author="高速大队")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 14, 12, 32, 24, 34, 12, 16, 16, 22])
    b.line(ws, 0, "道路交通安全隐患登记台账", 9, b.title)
    b.line(
        ws,
        1,
        "排查单位：濮阳市公安局交通管理支队高速公路大队、高速路政大队、公路养护中心联合排查组    "
        "排查日期：2024年7月9日",
        9,
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 2, "隐患位置", b.head)
    b.header(ws, 3, ["路线", "桩号"], first=1)
    for col, word in enumerate(
        ["隐患描述", "治理建议", "责任权属单位", "抄告日期", "治理期限", "临时防护措施", "治理情况"], 3
    ):
        b.merge(ws, 2, col, 3, col, word, b.head)
    for i, row in enumerate(ROAD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(ROAD_ROWS)
    b.line(
        ws,
        end,
        "填表说明：治理期限写工作日的，自抄告日期次日起算；一时难以治理的隐患，应先采取临时性防护措施。",
        9,
    )
    b.line(ws, end + 1, "填表人：陈晓光    审核人：马建国    填表日期：2024年7月30日", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 老旧小区改造“回头看”居民反映问题登记表, after a county 住建局's 老旧小区改造“回头看” (现场察看、询问居民，就居民
# 反映问题及时记录；会同相关单位研究解决办法，立行立改):
# http://dz24hour.cms.dezhoudaily.com/p/119687.html
# An .et (Excel 97 via LibreOffice): title, 登记时间 / 填报单位 line, one header row with the 反映人 (the resident who
# raised it) and 联系电话 beside the 责任单位, several written by short or former names; a signature line.
RENEW_ROWS = [
    (
        "油田二号院",
        "雨污管网改造后楼前仍有积水",
        "李秀兰",
        "138****2231",
        "河南中原建设工程有限公司",
        "重新调整路面坡度，增设雨水口",
        "2024年7月20日",
        "已整改，居民满意",
    ),
    (
        "建设路家属院",
        "楼道内弱电线缆私拉乱接、飞线",
        "王国强",
        "139****0876",
        "市房管局",
        "协调通信运营商规整线缆",
        "2024年8月底前",
        "正在协调通信运营商",
    ),
    (
        "化肥厂小区",
        "改造后新装路灯不亮",
        "张建民",
        "137****5519",
        "供电公司",
        "检修供电线路",
        "2024年7月15日",
        "已修复",
    ),
    (
        "棉纺厂宿舍",
        "燃气立管未更换，存在漏气隐患",
        "赵淑芬",
        "135****7740",
        "市燃气公司",
        "更换燃气立管",
        "2024年9月30日",
        "未启动",
    ),
    (
        "纺织小区",
        "二次供水水压不足，高层住户用水难",
        "刘德胜",
        "136****3308",
        "自来水公司",
        "加装变频加压泵",
        "第三季度",
        "已完成设备选型，正在安装",
    ),
    (
        "教委家属院",
        "新建停车位数量不足，车辆乱停",
        "陈卫东",
        "133****4627",
        "市城管局",
        "规划增设停车位",
        "2024年12月31日",
        "",
    ),
    (
        "电业局家属院",
        "楼顶防水层起鼓渗漏",
        "孙桂芝",
        "158****9012",
        "市建设局",
        "督促施工单位返修防水层",
        "2024年7月31日",
        "已返修完成，经回访无渗漏",
    ),
]


def write_renew_book(path: Path) -> Path:
    b = Book(path, author="城市更新科")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 14, 34, 10, 14, 24, 28, 16, 28])
    b.line(ws, 0, "2024年老旧小区改造“回头看”居民反映问题登记表", 8, b.title)
    b.line(ws, 1, "登记时间：2024年7月8日至7月12日    填报单位：市住房和城乡建设局城市更新科", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "小区名称",
            "居民反映问题",
            "反映人",
            "联系电话",
            "责任单位",
            "解决办法",
            "完成时限",
            "办理结果",
        ],
    )
    for i, row in enumerate(RENEW_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(RENEW_ROWS), "科室负责人：周文斌    登记人：郭丽    2024年7月30日", 8)
    return b.close()


def write_renew(path: Path) -> Path:
    return via_soffice(write_renew_book, path, "xls", "老旧小区改造回头看问题登记表.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 农村人居环境整治暗访督查发现问题整改情况表, after a county 督查组's “回头看” 暗访 of rural villages (河道两边树上挂满
# 垃圾, 道路沿线垃圾清扫不彻底, 群众参与度不高; 村庄清洁行动):
# http://tongshan.cjyun.org/p/60157.html
# A .doc (Word 97 via LibreOffice): title, 填报单位 line, a table whose two-row header puts 是 and 否 under 是否完成
# 整改 with ticks (√) below, a 备注 column; a 注 and 填表人 line.
RURAL_ROWS = [
    ("文留镇", "前孙村", "河道两边树上挂满垃圾", "2024年7月10日", "√", "", "已清理"),
    ("柳屯镇", "后店村", "道路沿线垃圾清扫不彻底", "2024年7月10日", "√", "", ""),
    ("梨园乡", "姚庄村", "村内坑塘漂浮物未打捞", "2024年7月20日", "", "√", "正在组织打捞，已完成约六成"),
    ("胡状镇", "北街村", "柴草垛乱堆乱放，未做到离屯离户", "2024年7月31日", "", "√", ""),
    ("王称堌镇", "马寨村", "生活污水沿街漫流", "2024年8月底前", "", "√", "污水管网正在施工"),
    ("海通乡", "海通村", "村内公厕无人管护，卫生脏乱", "2024年7月15日", "√", "", "已落实专人管护"),
    ("庆祖镇", "西辛庄村", "农户庭院杂物乱堆，群众参与度不高", "长期坚持", "", "", "常态化开展村庄清洁行动"),
]


def write_rural_docx(path: Path) -> Path:
    doc = _new_document("人居办")
    _title(doc, "农村人居环境整治“回头看”暗访督查发现问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳县农村人居环境整治工作领导小组办公室    填报日期：2024年7月30日", 12)
    table = doc.add_table(rows=2 + len(RURAL_ROWS), cols=8)
    table.style = "Table Grid"
    for col, word in enumerate(["序号", "乡镇", "村", "暗访发现问题", "整改时限"]):
        top = table.cell(0, col).merge(table.cell(1, col))
        _cell_text(top, word, bold=True)
    _cell_text(table.cell(0, 5).merge(table.cell(0, 6)), "是否完成整改", bold=True)
    _cell_text(table.cell(1, 5), "是", bold=True)
    _cell_text(table.cell(1, 6), "否", bold=True)
    _cell_text(table.cell(0, 7).merge(table.cell(1, 7)), "备注", bold=True)
    for i, row in enumerate(RURAL_ROWS, 1):
        for col, v in enumerate([str(i), *row]):
            _cell_text(table.cell(1 + i, col), v)
    _paragraph(doc, "注：已完成整改的在“是”栏打“√”；未完成的在“否”栏打“√”，并在备注栏说明进展。", 12)
    _paragraph(doc, "填表人：高红梅    联系电话：0393-3216688", 12)
    return _save_fixed(doc, path)


def write_rural(path: Path) -> Path:
    return via_soffice(write_rural_docx, path, "doc", "暗访督查发现问题整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 10. 河湖长制信访交办件整改情况公示, after a district 水利局's 公示 of the 整改 of a 中央生态环境保护督察信访交办件 on
# 河长 (一、反馈问题 “只挂帅不作战”, 河道垃圾、污水外溢、漂浮物; 二、整改目标; 三、整改措施, 每月通报巡河; 四、完成情况):
# http://www.zhoucun.gov.cn/gongkai/site_zhoucunqushuiliju/channel_c_5f9f6cd393955786fb9cdd69_n_1605682243.7921/doc_64bf8acce1445ad6c10b9206.html
# A tab-separated text in UTF-16: a title line, one header line with the 公示's four parts as columns, 责任单位 and
# 整改时限, a closing 公示 line.
RIVER_ROWS = [
    (
        "X2HA202407010031",
        "金堤河濮城段部分河长“只挂帅不作战”，河道漂浮物、白色垃圾清理不及时",
        "全面落实河湖长制，杜绝“只挂帅不作战”",
        "每月通报河长巡河情况，对履职不到位的约谈",
        "整改已完成",
        "水利局",
        "2024年6月30日",
    ),
    (
        "X2HA202407010047",
        "马颊河清丰段岸坡生活垃圾堆积",
        "岸坡垃圾清理到位",
        "组织清运并落实保洁责任",
        "正在整改，已清运垃圾40余吨",
        "清丰县水利局",
        "2024年8月15日",
    ),
    (
        "X2HA202407020012",
        "第三濮清南干渠沿线污水井外溢",
        "杜绝污水外溢入渠",
        "疏通管网，更换破损井盖",
        "未整改",
        "市住建委",
        "2024年9月30日",
    ),
    (
        "X2HA202407030025",
        "潴龙河河道管理范围内违建养殖棚",
        "违建全部拆除",
        "依法拆除，恢复河道原貌",
        "已拆除，经验收合格，已销号",
        "五星乡人民政府",
        "2024年7月20日",
    ),
    (
        "X2HA202407030038",
        "河长公示牌信息未更新、部分损毁",
        "公示牌信息准确完整",
        "定期巡查更新公示牌",
        "长期坚持，常态化巡查",
        "濮阳市河长制办公室",
        "长期坚持",
    ),
    (
        "X2HA202407050009",
        "徒骇河南乐段河面油污漂浮",
        "查明油污来源，水面无油污",
        "溯源排查沿河企业排口",
        "",
        "南乐县人民政府",
        "2024年8月31日",
    ),
    (
        "X2HA202407050016",
        "城区河道雨水排口雨天溢流污水",
        "消除雨天溢流",
        "实施排口截污改造",
        "已完成排口截污改造12个，剩余3个正在施工",
        "市城管局",
        "2024年12月底前",
    ),
]


def write_river(path: Path) -> Path:
    lines = [
        "河湖长制相关信访交办件整改情况公示表（截至2024年7月31日）",
        "受理编号\t反馈问题\t整改目标\t整改措施\t完成情况\t责任单位\t整改时限",
    ]
    lines += ["\t".join(row) for row in RIVER_ROWS]
    lines.append("以上整改情况向社会公示，如有异议请向市河长制办公室反映。联系电话：0393-4412365")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


FILES = [
    ("华龙区药品零售企业监督检查主要问题及整改情况.xlsx", write_drug),
    ("第二轮中央生态环境保护督察逾期案件整改推进计划.docx", write_overdue),
    ("林长制工作问题整改自查自验公示表.xls", write_forest),
    ("胜利路街道垃圾分类小区督导检查问题整改台账.csv", write_sort),
    ("特种设备隐患排查回头看整改跟踪表（两个分局）.zip", write_special),
    ("创文常态化督查发现问题交办销号台账.ods", write_civic),
    ("道路交通安全隐患登记台账.xlsx", write_road),
    ("老旧小区改造回头看居民反映问题登记表.et", write_renew),
    ("农村人居环境整治暗访督查发现问题整改情况表.doc", write_rural),
    ("河湖长制信访交办件整改情况公示表.tsv", write_river),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

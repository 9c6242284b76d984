"""Write the dev124 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 安全生产隐患排查与应急管理 (工贸行业有限空间专项整治、消防火灾隐患曝光、建筑施工隐患整改通知与执法检查、
安全生产交叉检查、区安委办督导、危化品重大危险源专项检查督导、应急管理局巡察整改、乡镇防汛备汛督查、大检查巡查交办).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .doc and .wps (LibreOffice conversions of an
.xlsx and two .docx), a CSV in GBK, a .docx of cards, and a .zip of two returns (an .xlsx and a .docx).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside213.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
# 1. 工贸行业有限空间作业专项整治, after a town government's 工贸行业有限空间作业专项整治工作方案 (整治范围: 机械、建材、
# 轻工、纺织等行业涉及有限空间作业企业; 对有限空间作业场所及危险有害因素再辨识再评估, 确定有限空间的数量、位置以及危险
# 有害因素, 完善管理台账; 健全作业审批、现场安全管理制度, 作业现场负责人、监护人员培训):
# https://www.ganyu.gov.cn/gyqzf/aqsc3/content/ganyc_308c5bff35304682b2d16e4f592f474f.html
# An .xlsx from a town: title, 填报单位 line, a two-row header (是否完成整改 over 是/否, ticked with √), the enterprises
# grouped under the four 行业 of the 整治范围 in rows merged across, 有限空间名称及位置 and 主要危险有害因素 beside the
# problem, 整改时限 as dates, 7月底前, 8月15日前 and 长期坚持, a 备注 column, a 注 line and a signature line.
SPACE_GROUPS = [
    (
        "一、机械行业",
        [
            (
                "清丰县金源机械制造有限公司",
                "地下污水池（厂区东北角）",
                "硫化氢、缺氧",
                "未设置有限空间安全警示标识，未建立有限空间管理台账",
                "设置警示标识，建立有限空间管理台账",
                "2024年6月30日",
                "是",
                "",
            ),
            (
                "清丰县宏达铸造有限公司",
                "冲天炉除尘器灰斗",
                "一氧化碳、粉尘",
                "清灰作业前未进行气体检测，现场无便携式气体检测报警仪",
                "配备便携式气体检测报警仪，落实先检测后作业",
                "2024年7月15日",
                "否",
                "检测仪已采购，待到货",
            ),
        ],
    ),
    (
        "二、建材行业",
        [
            (
                "清丰县鑫磊建材有限公司",
                "水泥筒仓",
                "粉尘、坍塌、缺氧",
                "筒仓清仓作业未办理有限空间作业审批",
                "严格执行作业审批制度",
                "7月底前",
                "是",
                "",
            ),
            (
                "清丰县恒基商砼有限公司",
                "搅拌主机罐体",
                "机械伤害、缺氧",
                "搅拌罐清理时未切断电源并挂牌上锁",
                "落实能量隔离和挂牌上锁措施",
                "2024年7月20日",
                "否",
                "",
            ),
        ],
    ),
    (
        "三、轻工行业",
        [
            (
                "清丰县香满园食品有限公司",
                "酱腌菜池",
                "硫化氢、缺氧",
                "监护人员未经专项培训，不掌握应急救援知识",
                "组织作业人员和监护人员专项培训",
                "8月15日前",
                "",
                "",
            ),
            (
                "清丰县绿源酿造有限公司",
                "发酵罐",
                "二氧化碳、缺氧",
                "未配备正压式空气呼吸器等应急救援装备",
                "配备应急救援装备",
                "2024年7月31日",
                "是",
                "",
            ),
        ],
    ),
    (
        "四、纺织行业",
        [
            (
                "清丰县锦华纺织有限公司",
                "印染废水调节池",
                "硫化氢",
                "有限空间作业专项应急预案未组织演练",
                "每半年组织一次应急演练",
                "长期坚持",
                "",
                "已于7月10日组织演练，长期坚持",
            ),
            (
                "清丰县瑞丰棉业有限公司",
                "棉籽地下仓库",
                "缺氧、粉尘",
                "未对有限空间进行再辨识再评估，数量、位置底数不清",
                "开展有限空间再辨识再评估",
                "2024年9月30日",
                "否",
                "已委托第三方机构开展评估",
            ),
        ],
    ),
]


def write_space(path: Path) -> Path:
    b = Book(path, author="马庄桥镇安办")
    ws = b.sheet("整治问题清单")
    b.widths(ws, [6, 28, 20, 14, 40, 30, 14, 6, 6, 26])
    b.line(ws, 0, "马庄桥镇工贸行业有限空间作业专项整治问题整改清单", 9, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府（安全生产办公室）    填报日期：2024年7月29日", 9)
    words = ["序号", "企业名称", "有限空间名称及位置", "主要危险有害因素", "存在问题", "整改措施", "整改时限"]
    for c, word in enumerate(words):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "是否完成整改", b.head)
    b.header(ws, 3, ["是", "否"], first=7)
    b.merge(ws, 2, 9, 3, 9, "备注", b.head)
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    r, n = 4, 0
    for title, rows in SPACE_GROUPS:
        b.merge(ws, r, 0, r, 9, title, group_fmt)
        r += 1
        for company, space, factor, problem, measure, limit, done, note in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [company, space, factor, problem, measure, limit], first=1)
            b.put(ws, r, 7, "√" if done == "是" else "", b.center)
            b.put(ws, r, 8, "√" if done == "否" else "", b.center)
            b.put(ws, r, 9, note)
            r += 1
    b.line(ws, r, "注：“是否完成整改”栏在对应格内划“√”；整改时限以镇安办下达的整改通知为准。", 9)
    b.line(ws, r + 1, "审核人：吕国峰    填表人：韩雪    联系电话：0393-7652208", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 火灾隐患集中曝光, after a county 消防救援大队's exposure of the places it found with fire hazards (an opening
# paragraph, then numbered cards 01, 02 …, each 单位名称 / 地址 / ★存在问题 with numbered sub-points / ★处理措施
# 责令限期整改 or 责令立即整改; a closing paragraph):
# https://wxredian.com/art?id=6b8a9ef73211a2b895166a95812d7c9f
# A .docx sent back by the district 大队 with each card given a 检查时间 and an ★整改情况 line; the 限期 sits inside the
# 处理措施 as a date, a number of days from the 检查时间, or 立即 (the 检查时间 itself).
FIRE_CARDS = [
    (
        "濮阳市华龙区第三实验小学",
        "华龙区中原路与京开大道交叉口东200米",
        "2024年7月2日",
        ["火灾自动报警系统控制器故障信号未及时处理", "一楼北侧安全出口标志损坏"],
        "责令限期整改（整改期限至2024年7月20日）",
        "已维修报警控制器、更换安全出口标志，7月19日经大队复查合格。",
    ),
    (
        "濮阳市华龙区金色童年幼儿园",
        "华龙区胜利路街道任丘路168号",
        "2024年7月2日",
        ["厨房东侧楼梯间内堆放纸箱、米面等杂物"],
        "责令立即整改",
        "已当场清理，整改完毕。",
    ),
    (
        "濮阳市鑫源商厦有限公司",
        "华龙区人民路中段",
        "2024年7月9日",
        ["部分应急照明灯具和疏散指示标志损坏", "部分灭火器压力不足，无年检标识"],
        "责令限期整改（整改期限至2024年8月10日）",
        "已更换应急照明灯具32个、疏散指示标志15个，灭火器正在送检。",
    ),
    (
        "濮阳市华龙区清泉浴池",
        "华龙区建设路街道黄河路与建设路交叉口",
        "2024年7月9日",
        ["场所缺少应急照明灯具", "三层走道堆放杂物，疏散宽度不足"],
        "责令立即整改",
        "未整改。",
    ),
    (
        "濮阳市龙都大酒店有限公司",
        "华龙区长庆路东段",
        "2024年7月16日",
        ["消防控制室值班人员未持证上岗", "二层宴会厅防火门闭门器损坏"],
        "责令限期整改（限2024年7月25日前改正）",
        "防火门闭门器已更换，2名值班人员正在参加消防设施操作员培训。",
    ),
    (
        "濮阳市众意公交公司（华龙公交停车场）",
        "华龙区京开大道北段",
        "2024年7月16日",
        ["新能源公交车充电区域未设置防火分隔，灭火器配置数量不足"],
        "责令限期整改（限期15日）",
        "已增设防火隔离带和推车式灭火器6具，整改完毕。",
    ),
    (
        "濮阳市华龙区悦来宾馆",
        "华龙区大庆路西段",
        "2024年7月23日",
        ["五层至八层外跨楼梯出口处未设置应急照明灯及安全出口指示标志"],
        "责令限期整改（整改期限至2024年8月15日）",
        "",
    ),
]


def write_fire_cards(path: Path) -> Path:
    doc = _new_document("防火监督科")
    _title(doc, "华龙区火灾隐患集中曝光单位整改情况", 20)
    _paragraph(
        doc,
        "为深刻吸取近期火灾事故教训，有效预防和遏制各类火灾事故发生，深入推进安全生产治本攻坚三年行动，"
        "华龙区消防救援大队于7月开展火灾隐患集中曝光行动，督促单位和场所整改火灾隐患。现将曝光单位整改情况"
        "报告如下：",
        14,
    )
    for n, (name, place, day, problems, measure, result) in enumerate(FIRE_CARDS, 1):
        _paragraph(doc, f"{n:02d}", 14, "黑体", bold=True)
        _paragraph(doc, f"单位名称：{name}", 14)
        _paragraph(doc, f"地址：{place}", 14)
        _paragraph(doc, f"检查时间：{day}", 14)
        _paragraph(doc, "★存在问题：", 14)
        if len(problems) == 1:
            _paragraph(doc, f"{problems[0]}。", 14)
        else:
            for i, text in enumerate(problems, 1):
                _paragraph(doc, f"{i}.{text}{'。' if i == len(problems) else '；'}", 14)
        _paragraph(doc, f"★处理措施：{measure}", 14)
        _paragraph(doc, f"★整改情况：{result}", 14)
    _paragraph(
        doc,
        "针对存在的消防安全隐患，消防监督员现场督促各单位、场所及时整改火灾隐患，对逾期未改的将依法予以处罚。",
        14,
    )
    _paragraph(doc, "华龙区消防救援大队", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 工地隐患整改通知书, after the notice a 安全监管部门/建设单位/监理单位 sends a 施工单位 after a site inspection (编号,
# 施工单位, 工程名称, 工程地点, 存在隐患, 整改期限, 单位意见, 负责人签名, 签发单位意见 and 批复单位 closing the loop):
# https://m.aqrzj.com/doc/412434.html
# An .xls (xlwt): the notices and their replies stacked on one sheet under a title, one bordered block a notice,
# 整改期限 as a date, 立即整改 or N日内 from the 签发日期 of the block; the 复查意见 sometimes settles the reply.
NOTICES = [
    (
        "濮建安整〔2024〕031号",
        "2024年7月3日",
        "河南濮建建筑工程有限公司",
        "濮阳县第二人民医院综合楼项目",
        "濮阳县城关镇开州路中段",
        "1#塔吊标准节连接螺栓缺失2颗；塔吊司机无证上岗",
        "2024年7月10日前",
        "已更换全部连接螺栓，塔吊司机已调换为持证人员，整改完毕，请复查。",
        "7月10日复查，隐患已消除。",
    ),
    (
        "濮建安整〔2024〕036号",
        "2024年7月16日",
        "濮阳市宏图建设集团有限公司",
        "华龙区绿城春晓苑5#-8#楼",
        "华龙区黄河路与绿城路交叉口西北角",
        "6#楼外脚手架连墙件缺失，剪刀撑未连续设置",
        "接通知后3日内",
        "正在补设连墙件和剪刀撑，预计7月25日完成。",
        "",
    ),
    (
        "濮建安整〔2024〕038号",
        "2024年7月18日",
        "清丰县建安工程有限公司",
        "清丰县实验中学教学楼建设项目",
        "清丰县城关镇顿丘路",
        "基坑临边防护栏杆未设置，基坑边1米范围内堆放钢筋",
        "立即整改",
        "已整改。",
        "",
    ),
    (
        "濮建安整〔2024〕040号",
        "2024年7月19日",
        "河南龙源市政工程有限公司",
        "南乐县城区雨污分流管网改造工程",
        "南乐县仓颉路",
        "污水检查井有限空间作业未执行“先通风、再检测、后作业”，现场无气体检测仪",
        "2024年7月31日前",
        "",
        "",
    ),
    (
        "濮建安整〔2024〕041号",
        "2024年7月19日",
        "范县鑫达建筑安装有限公司",
        "范县产业集聚区标准化厂房二期",
        "范县产业集聚区新区路",
        "施工用电未采用TN-S接零保护系统，开关箱一机多闸",
        "2024年7月22日前",
        "",
        "7月23日复查，隐患未整改，责令局部暂停施工。",
    ),
    (
        "濮建安整〔2024〕043号",
        "2024年7月22日",
        "台前县城建工程有限公司",
        "台前县第一高级中学宿舍楼",
        "台前县城关镇将军路",
        "施工升降机防坠安全器超过标定期限仍在使用",
        "2024年8月5日前",
        "已停用施工升降机，已联系检测机构重新标定，检测机构8月初到场。",
        "",
    ),
    (
        "濮建安整〔2024〕045号",
        "2024年7月24日",
        "河南华龙建设工程有限公司",
        "华龙区孟轲乡安置社区三期",
        "华龙区孟轲乡孟轲村",
        "高处作业人员未系挂安全带，11#楼部分楼层临边防护缺失",
        "接通知后5日内",
        "已补设临边防护，对作业人员进行安全教育，整改完毕。",
        "7月29日复查合格。",
    ),
]


def write_notices(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    sub = _xf(bold=True, border=False, center=True, size=14)
    label, cell, plain = _xf(bold=True, center=True), _xf(), _xf(border=False)
    cells = [
        (0, 0, "建筑施工工地隐患整改通知书及整改回复汇总（2024年7月）", t, 0, 3),
        (1, 0, "报送单位：濮阳市住房和城乡建设局（建筑安全监督科）    报送日期：2024年7月30日", plain, 1, 3),
    ]
    r = 3
    for no, day, builder, project, place, hazard, limit, reply, review in NOTICES:
        cells += [
            (r, 0, "工地隐患整改通知书", sub, r, 3),
            (r + 1, 0, f"编号：{no}", plain, r + 1, 3),
            (r + 2, 0, "施工单位", label),
            (r + 2, 1, builder, cell, r + 2, 3),
            (r + 3, 0, "工程名称", label),
            (r + 3, 1, project, cell),
            (r + 3, 2, "工程地点", label),
            (r + 3, 3, place, cell),
            (r + 4, 0, "存在隐患", label),
            (r + 4, 1, hazard, cell, r + 4, 3),
            (r + 5, 0, "整改期限", label),
            (r + 5, 1, limit, cell),
            (r + 5, 2, "签发日期", label),
            (r + 5, 3, day, cell),
            (r + 6, 0, "单位意见", label),
            (r + 6, 1, reply, cell, r + 6, 3),
            (r + 7, 0, "负责人签名", label),
            (r + 7, 1, "", cell),
            (r + 7, 2, "签发单位", label),
            (r + 7, 3, "濮阳市住房和城乡建设局", cell),
            (r + 8, 0, "签发单位复查意见", label),
            (r + 8, 1, review, cell, r + 8, 3),
        ]
        r += 10
    cells.append((r, 0, "汇总人：孔德明    联系电话：0393-8993315", plain, r, 3))
    return _write_xls(path, [("整改通知书", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 安全生产交叉检查, after a district 应急局's account of its 安全生产交叉检查 (打破属地管理界限, “分片包干、循环互查”,
# 全区街镇划分为4个片区; 重点聚焦危险化学品、有限空间、粉尘涉爆、人员密集场所; 统一检查清单与评判尺度):
# https://www.lwbk.net/t/%E4%B8%8D%E5%88%86.html
# A CSV in GBK from a county 安委办: title line, a line stating the 片区 checked by which, one header line with 片区,
# 属地乡镇 beside the 整改责任单位 and a 行业领域, 整改期限 as dates, 立即整改, 1个月内 and 10个工作日内 from the
# row's 检查日期, a 整改完成时间 column, a 合计 line and a 填报单位 line.
CROSS_ROWS = [
    (
        "第二片区",
        "柳屯镇",
        "濮阳县宏润化工有限公司",
        "危险化学品",
        "甲类仓库防爆灯具损坏、静电接地线断开",
        "2024-07-08",
        "2024-07-18",
        "2024-07-16",
        "已整改",
    ),
    (
        "第二片区",
        "柳屯镇",
        "濮阳县柳屯镇中心敬老院",
        "人员密集场所",
        "厨房燃气连接软管超过2米，未安装燃气泄漏报警器",
        "2024-07-08",
        "2024-07-15",
        "",
        "正在整改",
    ),
    (
        "第二片区",
        "文留镇",
        "濮阳县天宇纸业有限公司",
        "有限空间",
        "制浆车间浆池无有限空间警示标志，作业审批单填写不全",
        "2024-07-09",
        "立即整改",
        "2024-07-09",
        "已整改",
    ),
    (
        "第二片区",
        "文留镇",
        "濮阳县瑞丰木业有限公司",
        "粉尘涉爆",
        "除尘器未设置泄爆装置，除尘管道积尘",
        "2024-07-09",
        "1个月内",
        "",
        "未整改",
    ),
    (
        "第三片区",
        "王称堌镇",
        "濮阳县金穗面粉有限公司",
        "粉尘涉爆",
        "面粉车间电气线路未穿管保护",
        "2024-07-16",
        "2024-07-26",
        "",
        "",
    ),
    (
        "第三片区",
        "王称堌镇",
        "濮阳县王称堌镇新世纪超市",
        "人员密集场所",
        "超市西侧安全出口被货架遮挡",
        "2024-07-16",
        "立即整改",
        "2024-07-16",
        "已整改",
    ),
    (
        "第三片区",
        "八公桥镇",
        "濮阳县亿鑫液化气供应站",
        "危险化学品",
        "液化气钢瓶充装未建立充装记录，部分钢瓶超期未检",
        "2024-07-17",
        "2024-07-31",
        "",
        "已停止充装，超期钢瓶已送检",
    ),
    (
        "第三片区",
        "八公桥镇",
        "濮阳县永兴纺织有限公司",
        "有限空间",
        "污水处理站调节池清淤作业未配备气体检测仪",
        "2024-07-17",
        "10个工作日内",
        "2024-07-25",
        "",
    ),
]


def write_cross(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳县安全生产交叉检查发现问题隐患整改台账（2024年7月）"])
    w.writerow(
        [
            "检查方式：分片包干、循环互查，第一片区检查组检查第二片区，第四片区检查组检查第三片区；整改期限自检查日期起算"
        ]
    )
    w.writerow(
        [
            "序号",
            "片区",
            "属地乡镇",
            "整改责任单位",
            "行业领域",
            "检查发现问题隐患",
            "检查日期",
            "整改期限",
            "整改完成时间",
            "整改情况",
        ]
    )
    for i, row in enumerate(CROSS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "发现问题隐患8处", "", "", "", "已整改4处"])
    w.writerow(["填报单位：濮阳县安全生产委员会办公室    填报日期：2024年7月30日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 区安委办督导检查隐患问题台账, after a district 安委办's account of its 督导检查 (“四不两直”; 向各属地办事处（镇）、有关
# 部门下达督导通报，发现的问题第一时间交办; 隐患纳入台账管理，闭环整改，逐一销号; 能立即整改的迅速整改，需要一定时间
# 整改的落实整改和管控措施; 未及时整改的组织“回头看”核实):
# https://www.beiguan.gov.cn/Item/20111.aspx
# An .xlsx: title, 督导通报期次/填报 line, a two-row header (整改落实 over 整改情况 and 销号情况), the 属地 streets and
# towns, a district bureau and two city companies under short names as 责任主体, 整改时限 as dates, 立即, X月底前,
# N个工作日内 from the 督导日期, a 合计 line, a 说明 line and a signature line.
SUPERVISE_ROWS = [
    (
        "2024-07-03",
        "濮阳市华龙区宏达木业加工厂",
        "粉尘作业区未安装除尘系统，车间地面和设备表面木粉尘堆积",
        "华龙区岳村镇人民政府",
        "限期整改",
        "2024年7月20日",
        "停用砂光设备",
        "已安装布袋除尘器，回头看核实整改到位",
        "已销号",
    ),
    (
        "2024-07-03",
        "中原路老灶台饭店",
        "液化气钢瓶与灶具同室存放，未安装燃气泄漏报警装置",
        "华龙区中原路街道办事处",
        "立即整改",
        "立即",
        "",
        "已改用管道天然气，当场整改",
        "已销号",
    ),
    (
        "2024-07-10",
        "胜利路油田三区住宅小区",
        "电动自行车在楼道内停放、飞线充电",
        "华龙区胜利路街道办事处",
        "立即整改",
        "立即",
        "张贴禁停告示",
        "已集中清理，回头看发现部分楼栋仍有反弹",
        "未销号",
    ),
    (
        "2024-07-10",
        "华龙区金堤路棚户区改造安置房项目",
        "塔吊未安装安全监控系统，司机室无操作规程",
        "华龙区住房和城乡建设局",
        "限期整改",
        "8月15日前",
        "限制吊装作业",
        "安全监控系统正在安装调试",
        "未销号",
    ),
    (
        "2024-07-17",
        "建设路万隆购物广场",
        "燃气管道穿越商场配电间，未设置套管",
        "燃气公司",
        "限期整改",
        "9月底前",
        "每日巡查，配电间禁止存放杂物",
        "改线方案已编制，正在办理施工手续",
        "未销号",
    ),
    (
        "2024-07-17",
        "人民路西段沿街门店",
        "住人与经营合用，住宿部分未设置防火分隔",
        "华龙区人民路街道办事处",
        "限期整改",
        "2024年7月31日",
        "夜间禁止住人",
        "",
        "",
    ),
    (
        "2024-07-24",
        "岳村镇顺发化工仓库",
        "危险化学品与普通货物混存，库房无通风设施",
        "华龙区应急管理局",
        "限期整改",
        "2024年8月10日",
        "责令停止使用该库房",
        "未整改",
        "未销号",
    ),
    (
        "2024-07-24",
        "中原路锦绣家园小区",
        "小区配电箱箱门缺失，线路裸露",
        "供电公司",
        "限期整改",
        "7个工作日内",
        "设置临时围挡",
        "已更换箱门、规整线路，经回头看核实整改到位",
        "已销号",
    ),
]


def write_supervise(path: Path) -> Path:
    b = Book(path, author="区安委办")
    ws = b.sheet("隐患台账")
    b.widths(ws, [6, 12, 22, 36, 20, 10, 14, 18, 30, 10])
    b.line(ws, 0, "华龙区安委办督导检查发现隐患问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "督导通报：2024年第6期（7月）    填报单位：华龙区安全生产委员会办公室    填报日期：2024年7月30日",
        9,
    )
    for c, word in enumerate(
        ["序号", "督导日期", "检查对象", "隐患问题", "责任主体", "整改类型", "整改时限", "管控措施"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 8, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "销号情况"], first=8)
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(SUPERVISE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "本期督导检查企业（场所）8家，发现隐患问题8处，已销号3处", b.cell)
    b.line(
        ws,
        end + 1,
        "说明：整改类型为“立即整改”的自督导当日起整改到位；限期整改的隐患由区安委办组织“回头看”核实后销号。",
        9,
    )
    b.line(ws, end + 2, "审核人：冯建伟    填表人：牛丽娜    联系电话：0393-8331207", 9)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 应急管理局党委巡察整改进展情况报告, after a county-level 应急管理局党委's public report on its 巡察整改 (巡察组反馈
# 意见; 整改目标、责任领导、责任部门、责任人、整改时限、整改措施“六个明确”; 反馈的47个具体问题逐项整改):
# https://xy.jiceng.zhengzhou.gov.cn/022005005/9139153.jhtml
# A .doc (Word 97 via LibreOffice): title, 主送, preamble, the items as numbered paragraphs （一）…（七） with the 责任
# 股室, 整改时限 and progress in sentences; all items are the bureau's own.
PATROL_PARAS = [
    (
        "（一）执法检查“宽松软”，2023年以来对工贸企业执法检查发现的隐患多数只下达整改指令、未跟踪复查。"
        "责任股室：安全生产执法监察大队。整改措施：建立执法检查隐患复查台账，2024年6月底前完成对2023年以来"
        "执法检查隐患的全部复查。整改进展：已完成复查126家次，整改完成。"
    ),
    (
        "（二）应急物资储备库管理不规范，部分物资账实不符、过期物资未及时更新。责任股室：救灾和物资保障股。"
        "整改措施：全面盘点库存物资，建立动态更新机制，2024年8月31日前完成。整改进展：已完成盘点，"
        "过期物资正在按程序报废更新。"
    ),
    (
        "（三）乡镇应急救援队伍建设滞后，部分乡镇救援队伍组建后未开展训练。责任股室：应急指挥中心。"
        "整改措施：指导各乡镇每季度至少组织1次训练，年底前实现全覆盖。整改进展：尚未启动。"
    ),
    (
        "（四）危险化学品重大危险源包保责任人履职督导不到位。责任股室：危险化学品安全监督管理股。"
        "整改措施：每月抽查包保责任人履职情况，纳入日常监管，常态化开展。"
    ),
    (
        "（五）防汛应急预案修订不及时，仍沿用2020年版本。责任股室：防汛抗旱股（县防办）。整改措施：6月15日前"
        "完成修订并以县防指名义印发。整改进展：已于6月12日印发，整改完成。"
    ),
    (
        "（六）安全生产举报线索办理台账不健全，部分举报件办结后未回复举报人。责任股室：办公室。整改措施："
        "完善举报办理台账，7月20日前对未回复的举报件逐件回复。"
    ),
    (
        "（七）干部职工应急管理业务培训不足，部分新进人员不熟悉执法程序。责任股室：政策法规股。整改措施："
        "制定年度培训计划，第三季度完成全员轮训。整改进展：培训计划已制定，已组织两期集中培训。"
    ),
]


def write_patrol_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "中共濮阳县应急管理局委员会关于县委第三巡察组反馈意见整改进展情况的报告", 20)
    _paragraph(doc, "县委巡察办：")
    _paragraph(
        doc,
        "根据县委统一部署，2024年3月18日至4月19日，县委第三巡察组对我局党委进行了巡察，5月8日反馈了巡察意见。"
        "局党委成立巡察整改工作领导小组，制定整改落实方案，逐项明确整改目标、责任领导、责任股室、责任人、"
        "整改时限和整改措施。现将主要问题整改进展情况报告如下：",
    )
    for text in PATROL_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，局党委将对已完成整改的问题开展“回头看”，对尚未完成的问题挂账督办，确保按期整改到位。",
    )
    _paragraph(doc, "中共濮阳县应急管理局委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_patrol(path: Path) -> Path:
    return via_soffice(write_patrol_docx, path, "doc", "应急管理局巡察整改进展报告.docx")


# ---------------------------------------------------------------------------------------------
# 7. 专项督查反馈问题及整改情况报告, after a town's report to its county 指挥部办公室 on the problems a 专项督查 fed back
# (督查时间 in the preamble, the problems as headings 一、二、… with a sentence of detail, then a paragraph that lists
# them again as 一是…二是… and the measures taken):
# https://m.07608.cn/qihuawenan/123992.html
# A .wps (Word 97 via LibreOffice, as WPS 文字 names it) from a 黄河滩区 town on a 防汛备汛 督查: each heading carries
# its 整改情况 and 完成时限 in sentences; the recap paragraph repeats the problem names and is not an item.
FLOOD_PARAS = [
    (
        "一、防汛责任落实不到位。部分村“两委”干部对本村防汛责任人、群众转移路线不清楚。整改情况：6月24日"
        "已组织全镇22个村防汛责任人集中培训，逐村核对并公示责任人名单，已整改到位（完成时限：6月25日）。"
    ),
    (
        "二、滩区群众迁安救护方案不完善。部分村未明确避险转移安置点和转移责任人。整改情况：已重新修订迁安救护"
        "方案，避险安置点正在与镇中心校、邻近村委会对接（完成时限：7月15日）。"
    ),
    (
        "三、防汛物资储备不足。镇防汛物资仓库编织袋、救生衣数量未达到储备标准。整改情况：已采购编织袋5000条，"
        "救生衣采购正在履行程序（完成时限：7月10日）。"
    ),
    (
        "四、隐患排查不到位。汛前未对辖区生产堤、险工险段开展拉网式排查，隐患排查台账空白。整改情况：尚未启动"
        "（完成时限：8月10日）。"
    ),
    (
        "五、值班值守制度执行不严。个别村汛期值班电话无人接听。整改情况：已建立镇村两级值班电话抽查制度，"
        "每日抽查，长期坚持。"
    ),
    "六、应急演练开展不足。今年以来未组织防汛应急演练。计划于7月31日前组织一次全镇防汛应急演练。",
]


def write_flood_docx(path: Path) -> Path:
    doc = _new_document("陈庄镇应急办")
    _title(doc, "关于防汛备汛专项督查反馈问题及整改情况的报告", 20)
    _paragraph(doc, "范县防汛抗旱指挥部办公室：")
    _paragraph(
        doc,
        "2024年6月18日—6月20日，县防指督查组通过明查暗访、查阅资料、听取汇报、走访群众等方式，对我镇防汛备汛"
        "工作进行了专项督查。现将反馈问题及整改情况报告如下：",
    )
    for text in FLOOD_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "通过县督查组对我镇防汛备汛工作反馈的情况：一是防汛责任落实不到位；二是迁安救护方案不完善；三是防汛物资"
        "储备不足；四是隐患排查不到位；五是值班值守制度执行不严；六是应急演练开展不足。针对这些问题，镇党委、"
        "政府高度重视，立即召开专题会议，采取三项措施抓实问题整改：一是强化宣传动员；二是强化督查指导；"
        "三是强化责任追究。",
    )
    _paragraph(doc, "范县陈庄镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_flood(path: Path) -> Path:
    return via_soffice(write_flood_docx, path, "doc", "陈庄镇防汛备汛督查整改报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 危化品重大危险源企业专项检查督导问题隐患整改台账, after the ministry's account of its 危化品重大危险源 专项检查督导
# (省际交叉互检; 督导核查设区市和企业, 发现问题隐患2588项, 其中重大隐患111项; 督促地方责令停产整改; 企业自查、
# 市级交叉检查、省级抽查, 对重大危险源全覆盖):
# https://chemall.com.cn/news/show-95544.html
# An .et (LibreOffice conversion of an .xlsx to Excel 97, saved as WPS 表格 names it): title, 填报单位 line, one header
# row with 重大危险源名称及级别 and 是否重大隐患, a company merged down over its two rows, 检查时间 the 立行立改 rows
# count from, a 合计 row counting the hazards, a signature line.
CHEM_ROWS = [
    (
        "濮阳市宏业化工有限公司",
        "液氯储罐区（二级）",
        [
            (
                "2024-07-09",
                "液氯储罐区紧急切断阀未与有毒气体报警联锁",
                "是",
                "增设紧急切断联锁",
                "2024年7月20日",
                "已完成联锁改造并投用",
                "复核合格",
            ),
            (
                "2024-07-09",
                "重大危险源包保责任人未按规定开展履职检查，检查记录缺失",
                "否",
                "补齐履职检查并建立记录",
                "立行立改",
                "已整改",
                "",
            ),
        ],
    ),
    (
        "濮阳县恒昌新材料有限公司",
        "甲醇罐区（三级）",
        [
            (
                "2024-07-10",
                "甲醇储罐未设置高高液位联锁切断",
                "是",
                "增设高高液位联锁切断进料",
                "2024年8月31日",
                "设计方案已完成，设备采购中；期间落实限量储存措施",
                "",
            ),
        ],
    ),
    (
        "范县昌盛精细化工有限公司",
        "氢化反应装置（二级）",
        [
            (
                "2024-07-10",
                "氢化釜安全仪表系统未开展安全完整性等级（SIL）评估",
                "否",
                "委托有资质机构开展SIL评估",
                "2024年9月30日",
                "未启动",
                "",
            ),
        ],
    ),
    (
        "南乐县华瑞生物科技有限公司",
        "乙醇罐区（四级）",
        [
            (
                "2024-07-11",
                "罐区可燃气体检测报警仪超期未检定",
                "否",
                "送法定计量机构检定",
                "2024年7月25日",
                "已送检，检定合格",
                "复核通过",
            ),
        ],
    ),
    (
        "台前县鑫润化工有限公司",
        "液化烃球罐区（一级）",
        [
            (
                "2024-07-11",
                "液化烃球罐注水设施不完善，注水管线未接至罐根部",
                "否",
                "完善球罐注水设施",
                "2024年10月31日",
                "",
                "",
            ),
            (
                "2024-07-11",
                "特殊作业票证审批不规范，动火作业前未进行气体分析",
                "否",
                "加强特殊作业许可管理",
                "长期坚持",
                "已开展专项培训，常态化检查",
                "",
            ),
        ],
    ),
    (
        "清丰县丰源液化气有限公司",
        "液化石油气储罐区（四级）",
        [
            (
                "2024-07-12",
                "储罐区防火堤内有杂草等可燃物",
                "否",
                "清除防火堤内可燃物",
                "立行立改",
                "",
                "7月12日现场整改完毕",
            ),
        ],
    ),
]


def write_chem_book(path: Path) -> Path:
    b = Book(path, author="危化科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 26, 20, 12, 40, 10, 24, 14, 30, 16])
    b.line(ws, 0, "2024年危险化学品重大危险源企业专项检查督导发现问题隐患整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市应急管理局（危险化学品安全监督管理科）    填报日期：2024年7月30日", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "重大危险源名称及级别",
            "检查时间",
            "问题隐患",
            "是否重大隐患",
            "整改措施",
            "整改期限",
            "整改完成情况",
            "复核意见",
        ],
    )
    r, n = 3, 0
    for company, source, rows in CHEM_ROWS:
        last = r + len(rows) - 1
        b.merge(ws, r, 1, last, 1, company)
        b.merge(ws, r, 2, last, 2, source)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=3)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.put(ws, r, 1, "6家企业")
    b.put(ws, r, 2, "")
    b.put(ws, r, 3, "")
    b.put(ws, r, 4, f"问题隐患{n}项")
    b.put(ws, r, 5, "重大隐患2项")
    for c in range(6, 10):
        b.put(ws, r, c, "")
    b.line(ws, r + 2, "科室负责人：郑文博    填表人：任晓燕    联系电话：0393-8996125", 9)
    return b.close()


def write_chem(path: Path) -> Path:
    return via_soffice(write_chem_book, path, "xls", "危化品重大危险源专项检查督导整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 9. 房屋建筑工程安全生产专项执法检查, after a city 建设工程质量安全监督管理总队's account of its 春季房屋建筑工程安全生产
# 专项执法检查 (抽查项目、合格率; 下达《责令整改通知书》《标段暂停施工通知书》《局部暂停施工通知书》, 共提出整改意见253条;
# 对问题较多的项目通报批评, named with their 工程):
# http://m.zsjgx.com/m/view.php?aid=516497
# An .xlsx: title, 填报单位 line, a two-row header (参建单位 over 建设/施工（整改责任单位）/监理, 处理情况 over 执法文书/
# 整改意见（条）/整改期限, 整改落实 over 整改回复/复查结果), a 检查日期 the 立即 and N日内 rows count from, a 通报批评
# column, a 合计 row summing the 整改意见, a 备注 line and a signature line.
BUILD_ROWS = [
    (
        "华龙区龙湖壹号院7#-12#楼",
        "2024-07-08",
        "濮阳市龙湖置业有限公司",
        "河南建宏建设集团有限公司",
        "濮阳市诚信建设监理有限公司",
        "施工升降机安全装置失效，附着装置未按专项方案设置",
        "局部暂停施工通知书",
        9,
        "2024年7月15日",
        "已整改，申请复工",
        "7月16日复查合格，同意复工",
        "是",
    ),
    (
        "濮阳县城北安置区二期",
        "2024-07-08",
        "濮阳县城市建设投资有限公司",
        "濮阳县建工集团有限公司",
        "河南中诚工程监理有限公司",
        "深基坑未按专项方案进行监测，支护结构局部出现裂缝",
        "标段暂停施工通知书",
        12,
        "2024年8月10日",
        "已委托第三方监测，支护加固正在施工",
        "",
        "是",
    ),
    (
        "清丰县人民医院门诊楼改扩建工程",
        "2024-07-15",
        "清丰县人民医院",
        "河南恒远建筑工程有限公司",
        "濮阳市建科工程监理有限公司",
        "高大模板支撑体系立杆间距超过方案要求，未组织验收即浇筑混凝土",
        "责令整改通知书",
        7,
        "2024年7月25日",
        "",
        "",
        "否",
    ),
    (
        "南乐县职业教育中心实训楼",
        "2024-07-15",
        "南乐县教育局",
        "南乐县宏达建筑有限公司",
        "河南正信工程监理有限公司",
        "临时用电配电箱未设置漏电保护器，电缆拖地敷设",
        "责令整改通知书",
        6,
        "2024年7月22日",
        "已整改",
        "复查通过",
        "否",
    ),
    (
        "范县文体中心",
        "2024-07-22",
        "范县文化广电和旅游局",
        "河南鼎盛建设工程有限公司",
        "濮阳市诚信建设监理有限公司",
        "外脚手架基础积水，部分立杆悬空",
        "责令整改通知书",
        5,
        "3日内",
        "",
        "7月26日复查，未整改",
        "否",
    ),
    (
        "台前县第三中学教学楼",
        "2024-07-23",
        "台前县教育局",
        "台前县永安建筑有限公司",
        "河南中诚工程监理有限公司",
        "塔吊司机、信号司索工无证上岗",
        "责令整改通知书",
        4,
        "立即整改",
        "已更换持证人员",
        "复查合格",
        "否",
    ),
    (
        "濮阳市第五中学综合楼",
        "2024-07-23",
        "濮阳市第五中学",
        "濮阳市华晨建筑工程有限公司",
        "濮阳市建科工程监理有限公司",
        "项目专职安全员不在岗，危大工程清单未在现场公示",
        "责令整改通知书",
        10,
        "2024年8月5日",
        "已约谈项目经理，专职安全员已到岗，公示牌正在制作",
        "",
        "是",
    ),
]


def write_build_check(path: Path) -> Path:
    b = Book(path, author="安监站")
    ws = b.sheet("执法检查")
    b.widths(ws, [6, 26, 12, 22, 24, 22, 36, 18, 10, 14, 28, 22, 10])
    b.line(ws, 0, "2024年夏季房屋建筑工程安全生产专项执法检查问题整改情况汇总表", 12, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市住房和城乡建设局（建设工程质量安全监督站）    检查时间：2024年7月8日至7月23日",
        12,
    )
    for c, word in enumerate(["序号", "工程名称", "检查日期"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 3, 2, 5, "参建单位", b.head)
    b.header(ws, 3, ["建设单位", "施工单位（整改责任单位）", "监理单位"], first=3)
    b.merge(ws, 2, 6, 3, 6, "主要问题", b.head)
    b.merge(ws, 2, 7, 2, 9, "处理情况", b.head)
    b.header(ws, 3, ["执法文书", "整改意见（条）", "整改期限"], first=7)
    b.merge(ws, 2, 10, 2, 11, "整改落实", b.head)
    b.header(ws, 3, ["整改回复", "复查结果"], first=10)
    b.merge(ws, 2, 12, 3, 12, "通报批评", b.head)
    for i, row in enumerate(BUILD_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(BUILD_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 6, "共检查在建项目7项，下达执法文书7份", b.cell)
    b.put(ws, end, 7, "", b.cell)
    b.put(ws, end, 8, sum(row[7] for row in BUILD_ROWS), b.center)
    for c in range(9, 13):
        b.put(ws, end, c, "", b.cell)
    b.line(ws, end + 1, "备注：整改期限写“立即整改”或“N日内”的，自检查日期起算；复查由属地监督机构负责。", 12)
    b.line(
        ws, end + 2, "审核人：魏振华    填表人：石慧    联系电话：0393-8993370    填报日期：2024年7月30日", 12
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 安全生产大检查和巡查交办问题隐患整改情况 (two returns in one zip), after a county's notice of a 督查 on 安全生产
# 大检查 and the 整改 of 巡查交办问题隐患 (乡镇（街道）、市安委会有关成员单位为督查对象; 按巡查报告问题和隐患清单随机
# 抽查3家生产经营单位; 查阅大检查工作资料、台账报表):
# https://777doc.com/doc-12564329.html
# A .zip holding an .xlsx from a town (the 生产经营单位 named as 责任单位, the 交办日期 the 15日内 / 10个工作日 / 立即
# rows count from, a 督查组抽查情况 column) and a .docx table from a city bureau under its former name, whose rows
# name only its own 科室 and whose 立行立改 counts from the 交办 date its preamble states.
TOWN_CHECK_ROWS = [
    (
        "南乐县元村镇宏盛面粉有限公司",
        "面粉车间粉尘清扫制度未落实，设备表面积尘严重",
        "2024-07-01",
        "交办之日起15日内",
        "王振东",
        "已整改",
        "7月18日抽查：已整改到位",
    ),
    (
        "南乐县元村镇鑫旺家具厂",
        "喷漆房照明、排风电气设备为非防爆型",
        "2024-07-01",
        "10个工作日",
        "刘鑫旺",
        "正在更换防爆电气设备",
        "",
    ),
    (
        "南乐县元村镇建材市场",
        "市场内商户违规住人，存在“三合一”现象",
        "2024-07-08",
        "7月31日前",
        "张志刚",
        "",
        "",
    ),
    (
        "南乐县元村镇顺达物流有限公司",
        "仓库叉车未定期检验，叉车司机无证驾驶",
        "2024-07-08",
        "立即整改",
        "李顺达",
        "未整改",
        "7月18日抽查：仍在使用未检验叉车",
    ),
]
BUREAU_CHECK_ROWS = [
    (
        "本系统安全生产大检查方案照搬上级文件，未结合工贸行业实际细化",
        "安全生产科",
        "2024年7月10日",
        "已重新制定工贸行业大检查实施方案，整改完成",
    ),
    ("对重点工贸企业检查覆盖不全，食品加工行业仅检查2家", "安全生产科", "8月底前", "正在开展第二轮检查"),
    ("大检查工作台账不健全，检查记录无企业负责人签字", "办公室", "立行立改", "已整改"),
    ("未建立问题隐患整改销号制度", "安全生产科", "长期坚持", "常态化推进"),
]


def write_town_check_book(path: Path) -> Path:
    b = Book(path, author="元村镇安办")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 28, 36, 12, 16, 10, 24, 26])
    b.line(ws, 0, "南乐县元村镇巡查交办问题隐患整改情况表", 7, b.title)
    b.line(ws, 1, "填报单位：南乐县元村镇人民政府（安全生产办公室）    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任单位（生产经营单位）",
            "巡查交办问题隐患",
            "交办日期",
            "整改时限",
            "整改责任人",
            "整改情况",
            "督查组抽查情况",
        ],
    )
    for i, row in enumerate(TOWN_CHECK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(TOWN_CHECK_ROWS), "填表人：郭亚楠    联系电话：0393-7421136", 7)
    return b.close()


def write_bureau_check_docx(path: Path) -> Path:
    doc = _new_document("安全生产科")
    _title(doc, "市工信委安全生产大检查督查反馈问题整改情况", 18)
    _paragraph(
        doc,
        "填报单位：市工信委（盖章）    交办日期：2024年7月5日（市安委办督查反馈）    填报日期：2024年7月29日",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(BUREAU_CHECK_ROWS, 1)]
    _table(doc, ["序号", "督查发现问题", "责任科室", "整改时限", "整改情况"], body)
    _paragraph(doc, "注：立行立改事项自交办之日起整改。", 12)
    _paragraph(doc, "填表人：杨帆    联系电话：0393-8992417", 12)
    return _save_fixed(doc, path)


def write_check_zip(path: Path) -> Path:
    members = [
        ("南乐县元村镇巡查交办问题隐患整改情况表.xlsx", write_town_check_book),
        ("市工信委安全生产大检查督查反馈问题整改情况.docx", write_bureau_check_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("马庄桥镇工贸行业有限空间作业专项整治问题整改清单.xlsx", write_space),
    ("华龙区火灾隐患集中曝光单位整改情况.docx", write_fire_cards),
    ("建筑施工工地隐患整改通知书及整改回复汇总（2024年7月）.xls", write_notices),
    ("濮阳县安全生产交叉检查发现问题隐患整改台账（2024年7月）.csv", write_cross),
    ("华龙区安委办督导检查发现隐患问题整改台账（第6期）.xlsx", write_supervise),
    ("濮阳县应急管理局巡察反馈意见整改进展情况报告.doc", write_patrol),
    ("陈庄镇防汛备汛专项督查反馈问题整改情况报告.wps", write_flood),
    ("危险化学品重大危险源企业专项检查督导问题隐患整改台账.et", write_chem),
    ("2024年夏季房屋建筑工程安全生产专项执法检查问题整改情况汇总表.xlsx", write_build_check),
    ("安全生产大检查和巡查交办问题隐患整改情况（元村镇、市工信委）.zip", write_check_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

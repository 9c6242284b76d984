"""Write the aside118 returns: ten files (eleven returns) laid out after ten public sources, cited beside each layout.

Ten kinds of sender: a bank outlet, a 供电所, the gas company, a group and its subsidiaries, a development zone and its
enterprises, a community (网格), a hospital and its 科室, two 系 of a college, a property company, a taxi company.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, a two-row header), .et (Excel 97 via LibreOffice), a CSV in
GBK, a .docx whose items are numbered paragraphs, a .wps (Word 97 via LibreOffice) with a table, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside118.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on the
PATH. Every file gets fixed dates inside and fixed zip member times, so two runs give the same bytes.
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
CREATED = datetime(2024, 7, 30, 9, 15, 0)
ZIP_TIME = (2024, 7, 30, 9, 15, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks (XlsxWriter) with the formats the returns use.
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


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to: the Excel 97 / Word 97 copy an office sends as .et or .wps."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .wps returns")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                suffix,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return outdir / f"{source.stem}.{suffix}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the writer, convert it with LibreOffice and keep it under the return's name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx) with the fonts offices use and fixed properties.
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


def _cell_text(cell, text: str, size: float = 10.5, bold: bool = False) -> None:
    if text:
        _east_asian(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", size, bold)


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
    """Save a .docx with fixed member timestamps, so that it is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


# ---------------------------------------------------------------------------------------------
# Excel 97 (xlwt) helpers.
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


def _write_xls(path: Path, name: str, cells: list[tuple], widths: list[int]) -> Path:
    """One-sheet Excel 97 workbook: cells as (row, col, value, style[, to_row, to_col])."""
    book = xlwt.Workbook(encoding="utf-8")
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


# =============================================================================================
# 1. 银行网点: 营业网点安全评估“回头看”, after a county police 警卫保卫大队's eighth round of safety assessment of the
# banks' 营业网点 and its 回头看 (营业场所安全、业务库安全、自助设备、自助银行安全、安全保卫基础工作; 102个问题、
# 11份隐患整改通知书; 自助设备客户区外接电源插座整改到位了没):
# http://www.cnhubei.com/content/2023-11/15/content_16949429.html
# An .xlsx from one outlet: title, 填报单位/评估单位/评估日期 line, one header row with the 评估项目, the 隐患整改通知书
# number, the outlet's own 责任人 (posts), 整改期限 as text, 整改情况 and the police's “回头看”核查结果, a 注 line and a
# signature line.
BANK_ROWS = [
    (
        "营业场所安全",
        "自助设备客户区外接电源插座裸露，无防护盖板",
        "华公保隐改〔2024〕17号",
        "加装防护盖板，线路穿管入槽",
        "李晓燕（安全员）",
        "2024.6.25",
        "已整改",
        "核查合格",
    ),
    (
        "营业场所安全",
        "营业室防尾随联动门故障，两道门可同时开启",
        "华公保隐改〔2024〕17号",
        "联系厂家维修联动门禁",
        "王建军（网点负责人）",
        "2024.7.5",
        "已维修，联动正常",
        "核查合格",
    ),
    (
        "业务库安全",
        "业务库视频监控录像存储时间不足30天",
        "华公保隐改〔2024〕17号",
        "更换大容量硬盘录像机",
        "张涛（运营主管）",
        "7月底前",
        "设备已采购，待厂家安装调试",
        "",
    ),
    (
        "营业场所安全",
        "现金区防弹玻璃与柜台连接处有缝隙",
        "华公保隐改〔2024〕17号",
        "封堵缝隙，加装不锈钢压条",
        "王建军（网点负责人）",
        "2024年9月底前",
        "已联系施工单位，正在制定施工方案",
        "",
    ),
    (
        "自助设备",
        "离行式自助银行加钞间未安装入侵探测报警装置",
        "华公保隐改〔2024〕18号",
        "加装入侵探测器并接入联网报警",
        "张涛（运营主管）",
        "2024年8月15日",
        "",
        "",
    ),
    (
        "自助银行安全",
        "24小时自助银行监控画面逆光，无法辨认客户面部特征",
        "华公保隐改〔2024〕18号",
        "调整摄像机角度并增加补光",
        "李晓燕（安全员）",
        "2024.7.10",
        "未整改",
        "核查未通过",
    ),
    (
        "安全保卫基础工作",
        "保安员1人未取得保安员证上岗",
        "华公保隐改〔2024〕18号",
        "更换持证保安员",
        "王建军（网点负责人）",
        "2024.7.15",
        "已更换持证保安员",
        "核查合格",
    ),
    (
        "安全保卫基础工作",
        "防抢劫应急预案未按季度组织演练",
        "—",
        "制定年度演练计划，每季度演练一次",
        "王建军（网点负责人）",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_bank(path: Path) -> Path:
    b = Book(path, author="京开大道支行")
    ws = b.sheet("整改情况")
    b.widths(ws, [6, 16, 34, 22, 28, 20, 14, 28, 14])
    b.line(ws, 0, "银行业金融机构营业网点安全评估发现问题整改情况表", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位（盖章）：中国邮政储蓄银行股份有限公司濮阳市京开大道支行    评估单位：濮阳市公安局警卫保卫支队"
        "    评估日期：2024年6月18日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "评估项目",
            "扣分项目及存在问题",
            "隐患整改通知书",
            "整改措施",
            "责任人",
            "整改期限",
            "整改情况",
            "“回头看”核查结果",
        ],
    )
    for i, row in enumerate(BANK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(BANK_ROWS)
    b.line(ws, end, "注：“回头看”核查结果栏由评估单位民警现场核查后填写。", 8)
    b.line(
        ws,
        end + 1,
        "网点负责人：王建军    填表人：李晓燕    联系电话：0393-8326617    填报日期：2024年7月26日",
        8,
    )
    return b.close()


# =============================================================================================
# 2. 供电所: “风险隐患·现场诊断”, after a county 供电公司's campaign (安监、运维、营销和供电所所长及安全员 inspect one
# 供电所 at a time: 安全管理、设备隐患、树障清理、供电服务; 整改计划 by “13710” and “一单四制” — 任务清单、交办制、
# 台账制、销号制、通报制; 办公室、纪委办和牵头专业部门三方 verify on site):
# http://news.minqi.cn/news/2022/0317/2254.html
# An .xls (xlwt): title, 填报单位/诊断日期/交办日期 line stating that the deadlines count from the 交办 date, a two-row
# header (整改落实 over 整改措施/完成情况, 三方验收 over 验收意见/是否销号), the 所's own posts as 责任人, deadlines in
# days and 立行立改, a 注 line and a signature line.
POWER_ROWS = [
    (
        "安全管理",
        "工器具室绝缘手套3副超期未做预防性试验",
        "安全员 王磊",
        "3日内",
        "送县公司试验站试验",
        "已送检，试验合格",
        "验收通过",
        "是",
    ),
    (
        "设备隐患",
        "10千伏千口线12号杆拉线松弛，拉线棒锈蚀严重",
        "运维班 赵刚",
        "7日内",
        "更换拉线及拉线棒",
        "已更换",
        "验收通过",
        "是",
    ),
    (
        "树障清理",
        "10千伏千口线25号至31号杆段线下杨树与导线安全距离不足",
        "运维班 赵刚",
        "10日内",
        "协调林权户砍伐或修剪",
        "已砍伐5棵，剩余3棵正在与林权户协商",
        "",
        "否",
    ),
    (
        "供电服务",
        "部分村未张贴台区经理公示牌，网格化服务电话知晓率低",
        "营销班 刘芳",
        "7日内",
        "补贴公示牌，入户发放联系卡",
        "已补贴公示牌42块",
        "验收通过",
        "是",
    ),
    (
        "设备隐患",
        "王庄2号配变台区计量箱门锁损坏、箱体锈蚀",
        "台区经理 孙伟",
        "2024年7月31日",
        "更换计量箱",
        "未整改",
        "",
        "否",
    ),
    (
        "设备隐患",
        "供电所配电室防小动物挡板缺失",
        "运维班 赵刚",
        "立行立改",
        "加装防鼠挡板",
        "已加装",
        "验收通过",
        "是",
    ),
    (
        "供电服务",
        "西街台区低电压问题客户反映多次，未制定治理方案",
        "营销班 刘芳",
        "2024年8月底前",
        "制定台区改造方案并报县公司",
        "已上报改造项目需求，等待批复",
        "",
        "否",
    ),
    (
        "安全管理",
        "所内安全日活动记录流于形式，未结合本所实际",
        "所长 陈志强",
        "长期坚持",
        "每周开展安全日活动，所长带头讲安全",
        "常态化推进",
        "",
        "",
    ),
]


def write_power(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "“风险隐患·现场诊断”问题整改销号台账", t, 0, 9),
        (
            1,
            0,
            "填报单位：国网南乐县供电公司千口供电所    诊断日期：2024年7月9日    交办日期：2024年7月10日"
            "（整改时限自交办之日起计算）",
            plain,
            1,
            9,
        ),
    ]
    for col, word in enumerate(["序号", "诊断专业", "问题描述", "所内责任人", "整改时限"]):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 5, "整改落实", h, 2, 6),
        (3, 5, "整改措施", h),
        (3, 6, "完成情况", h),
        (2, 7, "三方验收", h, 2, 8),
        (3, 7, "验收意见", h),
        (3, 8, "是否销号", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(POWER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 4, 7, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(POWER_ROWS)
    cells += [
        (
            r,
            0,
            "注：“三方验收”由县公司办公室、纪委办和牵头专业部门现场验收后填写，验收通过的予以销号。",
            plain,
            r,
            9,
        ),
        (
            r + 1,
            0,
            "所长：陈志强    填表人：王磊    联系电话：0393-7216035    填报日期：2024年7月29日",
            plain,
            r + 1,
            9,
        ),
    ]
    return _write_xls(path, "销号台账", cells, [6, 10, 36, 14, 12, 24, 26, 10, 10, 8])


# =============================================================================================
# 3. 燃气公司: 燃气用户“三项强制”“四项强制”改造, after a city 城市管理局's 通告 (天然气非居民用户改造安装报警器、切断阀、
# 金属波纹软管、带自动熄火保护装置的灶具; 燃气企业负责入户改造安装; 7月31日前完成; 逾期未完成的下发停气通知):
# https://gas.in-en.com/html/gas-3659445.shtml
# A CSV in GBK exported by the gas company: title line, 填报单位/导出时间/改造期限 line, one header line with the 用户
# as 整改责任主体 beside its 用户编号 and the company's own 营业所, 告知日期 (an event), 约定完成期限, 改造状态 and
# 完成日期, a 合计 line and a 说明 line.
GAS_ROWS = [
    (
        "FJM-0102331",
        "濮阳市华龙区老街坊饺子馆",
        "华龙区京开大道中段126号",
        "城区营业所",
        "未安装可燃气体报警器及紧急切断阀",
        "2024-06-20",
        "2024-07-31",
        "已完成",
        "2024-07-18",
        "",
    ),
    (
        "FJM-0102457",
        "濮阳市华龙区蜀香源火锅店",
        "华龙区黄河路88号",
        "城区营业所",
        "灶前使用橡胶软管，未更换为金属波纹软管",
        "2024-06-20",
        "2024-07-31",
        "已完成",
        "2024-07-12",
        "",
    ),
    (
        "FJM-0100876",
        "濮阳市金福源酒店有限公司",
        "华龙区开州路中段207号",
        "城区营业所",
        "后厨4台中餐灶无熄火保护装置",
        "2024-06-21",
        "2024-08-15",
        "改造中",
        "",
        "灶具已订购，待到货安装",
    ),
    (
        "FJM-0103012",
        "濮阳市华龙区小胡羊肉汤馆",
        "华龙区任丘路东段45号",
        "城区营业所",
        "未安装紧急切断阀",
        "2024-06-21",
        "2024-07-31",
        "未改造",
        "",
        "",
    ),
    (
        "FJM-0201145",
        "濮阳市恒润餐饮管理有限公司",
        "开发区长庆路18号",
        "开发区营业所",
        "可燃气体报警器未与紧急切断阀联动",
        "2024-06-24",
        "2024-07-20",
        "已完成",
        "2024-07-19",
        "",
    ),
    (
        "FJM-0201388",
        "濮阳市幸福里长者食堂",
        "开发区皇甫路幸福里小区南门",
        "开发区营业所",
        "未安装金属波纹软管，灶具无熄火保护装置",
        "2024-06-25",
        "2024-07-31",
        "",
        "",
        "",
    ),
    (
        "FJM-0100541",
        "濮阳市中原宾馆有限公司",
        "华龙区中原路西段66号",
        "城区营业所",
        "厨房3台报警器安装位置距气源超过4米",
        "2024-06-26",
        "2024-08-10",
        "改造中",
        "",
        "已移位2台，剩余1台待移位",
    ),
    (
        "FJM-0301207",
        "濮阳县城关镇聚贤楼饭店",
        "濮阳县城关镇文化路32号",
        "濮阳县营业所",
        "燃气表后管道穿越卧室，且未安装报警器",
        "2024-06-27",
        "2024-07-31",
        "未改造",
        "",
        "用户称近期装修后一并改造",
    ),
]


def write_gas(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["非居民用户“四项强制”改造安装进度台账"])
    w.writerow(
        [
            "填报单位：濮阳市燃气有限公司客户服务中心；导出时间：2024-07-29 17:02；改造期限：按告知书约定完成期限"
        ]
    )
    w.writerow(
        [
            "序号",
            "用户编号",
            "用户名称（整改责任主体）",
            "用气地址",
            "所属营业所",
            "存在问题（未落实强制措施）",
            "告知日期",
            "约定完成期限",
            "改造状态",
            "完成日期",
            "备注",
        ]
    )
    for i, row in enumerate(GAS_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "非居民用户8户", "", "", "", "", "", "已完成3户", "", ""])
    w.writerow(["说明：改造状态以营业所入户复核为准；“已完成”户的完成日期为复核日期。"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 4. 集团及子公司: 国资委专项督查, after a city 国资委's 专项督查 of its 产投集团 (集团公司财务工作、监事会工作、复工复产
# 和安全生产大排查大整治“百日行动”; 下属企业; 压实安全责任、加强现场管理、强化关键环节 — 特种设备、项目工地):
# https://dianasdeli.com/BioqCcSnUl/xinwenzixun/1399.html
# An .xlsx: title, 填报单位/督查时间/填报日期 line, a two-row header (整改落实情况 over 进展情况/责任领导), the
# 督查事项 merged down over its problems, the 整改责任单位 either a subsidiary or the group's own 部门, a 合计 row and a
# signature line.
GROUP_SECTIONS = [
    (
        "财务工作",
        [
            (
                "下属企业往来款长期挂账未清理，账龄3年以上应收款1260万元",
                "濮阳市产投供应链管理有限公司",
                "逐笔对账，制定清收计划，必要时启动法律程序",
                "2024年12月31日前",
                "已完成对账，清收780万元",
                "刘明",
            ),
            (
                "集团合并财务报表未将新设立的2家三级企业纳入合并范围",
                "集团财务部",
                "调整合并范围，重新编制半年报",
                "7月15日前",
                "已完成",
                "刘明",
            ),
            (
                "部分子公司资金未纳入集团资金池集中管理",
                "濮阳市产投建设工程有限公司",
                "开立资金池子账户，资金归集",
                "第三季度",
                "未启动",
                "刘明",
            ),
        ],
    ),
    (
        "监事会工作",
        [
            (
                "子公司监事会未按季度召开，会议记录不完整",
                "濮阳市产投文旅发展有限公司",
                "补齐会议记录，按季度召开监事会",
                "2024.7.20",
                "已整改到位",
                "高峰",
            ),
            (
                "集团外派监事履职报告未按期报送",
                "集团党群工作部",
                "建立外派监事履职报告和考核制度",
                "长期坚持",
                "长期坚持",
                "高峰",
            ),
        ],
    ),
    (
        "复工复产和安全生产大排查大整治“百日行动”",
        [
            (
                "在建项目工地塔吊安全监控系统未接入监管平台",
                "濮阳市产投建设工程有限公司",
                "完成塔吊监控系统联网",
                "2024年7月25日",
                "正在整改",
                "孙建设",
            ),
            (
                "物流园仓库3台叉车未办理特种设备使用登记",
                "濮阳市产投供应链管理有限公司",
                "向市场监管部门办理使用登记",
                "2024.7.10",
                "已办理使用登记证",
                "孙建设",
            ),
            (
                "下属酒店厨房燃气管道未安装泄漏报警装置",
                "濮阳市产投文旅发展有限公司",
                "安装燃气泄漏报警及切断装置",
                "8月15日前",
                "",
                "孙建设",
            ),
        ],
    ),
]


def write_group(path: Path) -> Path:
    b = Book(path, author="运营发展部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 16, 36, 26, 30, 16, 24, 10])
    b.line(ws, 0, "市政府国资委专项督查反馈问题整改落实台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市产业发展投资集团有限公司（运营发展部）    督查时间：2024年7月3日    填报日期：2024年7月29日",
        7,
    )
    for c, word in enumerate(["序号", "督查事项", "反馈问题", "整改责任单位", "整改措施", "完成时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实情况", b.head)
    b.header(ws, 3, ["进展情况", "责任领导"], first=6)
    r, n = 4, 0
    for topic, rows in GROUP_SECTIONS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, topic, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 7, "反馈问题8个，已完成整改3个，其余正在按时限推进")
    b.line(ws, r + 2, "集团分管领导：高峰    填表人：李慧    联系电话：0393-8995216", 7)
    return b.close()


# =============================================================================================
# 5. 开发区/园区企业: 服装企业安全生产专家检查, after a 开发区's one-week check of its garment enterprises by experts
# of the 市安全生产管理协会 (安全管理制度缺失、生产车间通道不畅、用电管理不规范、消防安全隐患、职工劳动保护不到位;
# 专家对隐患疏理分类，与企业负责人共商整改措施):
# http://epaper.gytoday.cn/html/2019-09/23/content_2_3.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位/检查时间/检查专家 line, one header row, the 企业名称 merged down
# over each enterprise's two hazards, the 检查专家 (an inspector) beside them, 复查意见 column, a 注 line and a
# signature line.
PARK_FIRMS = [
    (
        "濮阳市锦绣服饰有限公司",
        [
            (
                "安全管理制度",
                "未建立全员安全生产责任制和缝制、裁剪岗位操作规程",
                "周正",
                "制定责任制和操作规程并上墙公示",
                "2024.7.20",
                "已制定并上墙公示",
                "复查合格",
            ),
            (
                "车间通道",
                "裁剪车间安全通道堆放布料，通道宽度不足1米",
                "周正",
                "清理通道并施划通道标线",
                "2024.7.8",
                "已清理，已划线",
                "复查合格",
            ),
        ],
    ),
    (
        "濮阳市恒发制衣有限公司",
        [
            (
                "用电管理",
                "缝纫机电源线私拉乱接，插线板串接使用",
                "马卫东",
                "重新敷设电源线路，取消串接插线板",
                "7月15日前",
                "正在重新敷设线路",
                "",
            ),
            (
                "消防安全",
                "成品仓库灭火器配置数量不足，部分压力不足",
                "马卫东",
                "按规范补配灭火器",
                "2024年7月12日",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "濮阳市美佳服装有限公司",
        [
            (
                "劳动保护",
                "熨烫工位职工未配备防烫手套",
                "周正",
                "配发防烫手套并督促佩戴",
                "2024.7.10",
                "已配发",
                "复查合格",
            ),
            (
                "消防安全",
                "员工宿舍与生产车间设在同一建筑内，未进行防火分隔",
                "周正",
                "宿舍搬离生产车间所在建筑",
                "2024年10月31日前",
                "已制定搬迁方案，新宿舍正在装修",
                "",
            ),
        ],
    ),
    (
        "濮阳市雅兰服饰有限公司",
        [
            (
                "用电管理",
                "配电箱未张贴警示标识，箱门未上锁",
                "马卫东",
                "张贴警示标识，加装箱门锁",
                "2024.7.12",
                "",
                "",
            ),
            (
                "安全管理制度",
                "新入职员工未进行三级安全教育培训",
                "马卫东",
                "每月集中开展新员工三级安全教育",
                "长期坚持",
                "常态化推进",
                "",
            ),
        ],
    ),
]


def write_park_book(path: Path) -> Path:
    b = Book(path, author="安监局")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 24, 12, 36, 10, 28, 16, 24, 10])
    b.line(ws, 0, "服装企业安全生产专家检查隐患整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳经济技术开发区安全生产监督管理局    检查时间：2024年7月1日至7月5日"
        "    检查专家：市安全生产管理协会专家组",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "企业名称",
            "隐患类别",
            "隐患描述",
            "检查专家",
            "整改措施",
            "整改期限",
            "整改情况",
            "复查意见",
        ],
    )
    r, n = 3, 0
    for firm, rows in PARK_FIRMS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, firm)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：复查意见由开发区安监局组织专家复查后填写。", 8)
    b.line(
        ws, r + 1, "填表人：韩立新    审核人：郭振华    联系电话：0393-8917330    填报日期：2024年7月26日", 8
    )
    return b.close()


def write_park(path: Path) -> Path:
    return via_soffice(write_park_book, path, "xls", "服装企业安全生产专家检查隐患整改台账.xlsx")


# =============================================================================================
# 6. 街道社区网格: 网格日常巡查, after a community's account of its 网格员 daily patrol (对各自网格区域全面细致巡查;
# 小区环境卫生、乱堆乱放、建筑垃圾; 与物业公司协调并督促整治; 入户走访，了解矛盾纠纷和居民诉求; 小事不出网格):
# https://jianpian.cn/a/192ec65u
# A .docx report to the 街道办事处: 主送, a paragraph on the patrol, the problems as numbered paragraphs, each with
# （责任单位：…；处置时限：…） and a progress sentence (or none), a 下一步 paragraph, the community and date at the foot.
GRID_PARAS = [
    (
        "1.第3网格金水湾小区7号楼西侧建筑垃圾堆放约20立方米，长期未清运，影响居民通行。"
        "（责任单位：濮阳市金水湾物业服务有限公司；处置时限：7月20日前）目前已清运完毕。"
    ),
    (
        "2.第1网格绿城小区地下车库入口处雨后积水严重，排水泵损坏。（责任单位：濮阳市绿城物业管理有限公司；"
        "处置时限：2024年7月15日）物业公司已更换排水泵，积水问题已解决。"
    ),
    (
        "3.第5网格原化肥厂家属院无物业管理，楼道内堆放杂物，多户居民私拉电线为电动车充电。"
        "（责任单位：社区居委会；处置时限：7月31日前）社区已组织志愿者清理楼道杂物3次，飞线充电正在逐户劝导拆除。"
    ),
    (
        "4.第2网格黄河路与京开大道交叉口东北角流动摊贩占道经营，晚间尤为突出。（责任单位：城管局黄河路中队）"
        "该问题需长期坚持、常态化治理。"
    ),
    (
        "5.第4网格幸福小区5号楼供水管道阀门漏水，高层住户水压不足。（责任单位：市自来水公司；"
        "处置时限：2024年7月12日）已派员更换阀门，问题已解决。"
    ),
    "6.第2网格居民反映绿城小区南门外路灯不亮已有半月。（责任单位：市城市管理局；处置时限：7月25日前）截至目前尚未维修。",
    "7.第6网格入户走访发现金水湾小区两户居民因楼上卫生间漏水引发邻里纠纷。（责任单位：社区居委会；处置时限：2024年8月10日前）",
]


def write_grid(path: Path) -> Path:
    doc = _new_document("绿城社区")
    _title(doc, "关于7月份网格日常巡查发现问题及处置情况的报告")
    _paragraph(doc, "黄河路街道办事处：")
    _paragraph(
        doc,
        "7月以来，我社区6个网格的网格员按照“人在格中走、事在网中办”的要求，对各自网格区域开展日常巡查，"
        "重点检查小区环境卫生、乱堆乱放、建筑垃圾、安全隐患等问题，同时入户走访，收集居民诉求和矛盾纠纷线索。"
        "现将巡查发现的问题及处置情况报告如下：",
    )
    for text in GRID_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，社区将继续坚持网格员每日巡查制度，做到早发现、早上报、早处置，努力实现“小事不出网格、大事不出社区”。",
    )
    _paragraph(doc, "濮阳市华龙区黄河路街道绿城社区居民委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月28日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 7. 医院及科室: 医院安全自查, after a hospital's self-check led by a 副院长 with 院办、医务科、护理部、总务科、设备科
# (消防安全、水电安全、设备运作、危险化学品和应急值守; 排查安全隐患，要求相关科室立即进行整改):
# http://zjsdsrmyy.com/InfoShow.aspx?ID=hQO9AoVR3p0=
# A .wps (Word 97 via LibreOffice): title, 填报单位/检查时间/检查组 line, one table naming only the hospital's own
# 部位 and 责任科室, 整改时限 and 整改结果, a 注 line and the signature lines.
HOSPITAL_ROWS = [
    ("消防安全", "住院部三楼", "消防通道堆放废旧病床2张", "总务科", "立即清理", "2024年7月6日", "已清理"),
    (
        "消防安全",
        "门诊楼",
        "部分应急照明灯蓄电池失效，断电后不亮",
        "总务科",
        "更换蓄电池",
        "7月15日前",
        "已更换18盏，剩余6盏蓄电池正在采购",
    ),
    (
        "水电安全",
        "消毒供应室",
        "电热水器接线裸露且未接地",
        "总务科",
        "重新接线并可靠接地",
        "2024.7.8",
        "已整改",
    ),
    (
        "设备运作",
        "放射科",
        "DR机房防护门门机联锁装置失灵",
        "设备科",
        "联系厂家维修",
        "2024年7月20日",
        "未整改",
    ),
    (
        "危险化学品",
        "检验科",
        "乙醇、甲醛等危险化学品未落实双人双锁管理",
        "检验科",
        "购置防爆柜，落实双人双锁",
        "7月31日前",
        "",
    ),
    (
        "应急值守",
        "总值班室",
        "夜间总值班人员脱岗，值班记录不全",
        "医务科",
        "严格执行值班制度",
        "长期坚持",
        "常态化推进",
    ),
    (
        "设备运作",
        "重症医学科",
        "呼吸机未按周期进行预防性维护",
        "设备科",
        "制定维护计划，逐台维护保养",
        "2024年8月31日",
        "8台中已完成5台维护",
    ),
]


def write_hospital_docx(path: Path) -> Path:
    doc = _new_document("院办")
    _title(doc, "濮阳市中医医院安全生产自查发现隐患整改情况表", 18)
    _paragraph(
        doc,
        "填报单位：濮阳市中医医院（院办）    检查时间：2024年7月5日    检查组：院办、医务科、护理部、总务科、设备科",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(HOSPITAL_ROWS, 1)]
    _table(
        doc,
        ["序号", "检查类别", "检查部位", "存在隐患", "责任科室", "整改措施", "整改时限", "整改结果"],
        body,
    )
    _paragraph(doc, "注：整改结果由责任科室填写，院办汇总后报分管院领导。", 12)
    _paragraph(doc, "分管院领导：林养    填表人：郑思雨    联系电话：0393-4489120    日期：2024年7月26日", 12)
    return _save_fixed(doc, path)


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_docx, path, "doc", "医院安全生产自查隐患整改情况表.docx")


# =============================================================================================
# 8. 高校及院系: 实验室安全检查通报, after a medical university's monthly 实验室安全检查通报 (检查时间、检查范围; the
# hazards listed under each 学院 with building and room: 应急喷淋和洗眼装置无维护检查记录、危化品柜未安装通风管道、
# 未张贴责任人信息、高压灭菌锅使用登记不规范、钢瓶未固定、实验垃圾与生活垃圾未分类、实验室安全制度未上墙、
# 台面物品摆放混乱; 已下达书面隐患整改通知书，整改完成情况在规定时间内报国有资产管理处备案):
# https://gzc.ahmu.edu.cn/2023/0601/c8324a139049/page.htm
# A .zip of two 系 replies: 护理系's .xlsx (填报单位 line with the 通知书 number; rows naming its rooms and its
# 实验室安全责任人) and 药学系's .docx (主送 国有资产管理处, a paragraph, a table with 整改时限 and 整改情况, signature).
NURSING_ROWS = [
    (
        "弘德楼2楼走廊",
        "应急喷淋和洗眼装置无每周维护检查记录",
        "杨帆",
        "建立每周检查记录表",
        "2024.7.19",
        "已建立检查记录",
    ),
    ("弘德楼305", "实验室安全制度和安全信息牌未上墙", "杨帆", "制作并张贴", "2024.7.19", "已张贴"),
    ("弘德楼312", "高压灭菌锅使用登记不规范，无操作人签字", "黄丽", "规范使用登记", "2024.7.19", "正在整改"),
    ("弘德楼401", "实验垃圾与生活垃圾未分类收集", "黄丽", "配置分类收集容器", "2024年7月31日", "未整改"),
    (
        "弘德楼410",
        "模拟病房电源插座超负荷串接使用",
        "杨帆",
        "增设插座回路",
        "暑假期间（8月31日前）",
        "",
    ),
]
PHARMACY_ROWS = [
    (
        "知行楼B1319",
        "危化品柜未安装通风管道，未张贴责任人信息",
        "2024年8月10日",
        "责任人信息已张贴；已联系厂家，通风管道正在安装",
    ),
    ("知行楼B1102", "气体钢瓶未固定", "2024年7月15日", "已加装钢瓶固定架，整改完成"),
    ("知行楼B1215", "危化品领用登记不规范，台账与实物不符", "7月20日前", "已重新盘点建账，账物相符"),
    ("知行楼B1307", "实验台面物品摆放混乱，实验室内有饮食现象", "长期坚持", "纳入实验室日常检查，长期坚持"),
]


def write_nursing_book(path: Path) -> Path:
    b = Book(path, author="护理系")
    ws = b.sheet("整改反馈")
    b.widths(ws, [6, 16, 36, 14, 22, 20, 18])
    b.line(ws, 0, "实验室安全检查隐患整改情况反馈表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位（盖章）：濮阳医学高等专科学校护理系    检查时间：2024年7月8日—12日    "
        "整改通知书：实安改〔2024〕09号",
        6,
    )
    b.header(
        ws, 2, ["序号", "楼宇及房间", "隐患内容", "实验室安全责任人", "整改措施", "整改期限", "整改完成情况"]
    )
    for i, row in enumerate(NURSING_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(NURSING_ROWS)
    b.line(ws, end + 1, "系主任：宋晓梅    实验室主任：杨帆    填报日期：2024年7月25日", 6)
    return b.close()


def write_pharmacy_docx(path: Path) -> Path:
    doc = _new_document("药学系")
    _title(doc, "药学系关于实验室安全检查隐患整改情况的报告", 18)
    _paragraph(doc, "国有资产管理处：", 14)
    _paragraph(
        doc,
        "根据学校7月份实验室安全检查通报及隐患整改通知书（实安改〔2024〕10号）要求，我系对检查发现的4处隐患逐项"
        "制定整改措施，明确整改时限。现将整改情况报告如下：",
        14,
    )
    body = [[str(i), *row] for i, row in enumerate(PHARMACY_ROWS, 1)]
    _table(doc, ["序号", "隐患位置", "隐患描述", "整改时限", "整改情况"], body)
    _paragraph(doc, "濮阳医学高等专科学校药学系", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_college(path: Path) -> Path:
    members = [
        ("护理系实验室安全隐患整改情况反馈表.xlsx", write_nursing_book),
        ("药学系关于实验室安全检查隐患整改情况的报告.docx", write_pharmacy_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 9. 物业公司: 物业服务企业及物业小区综合检查通报, after a county 住建局's 通报 (联合市场监督管理局、派出所、消防大队、
# 社区; 物业标准化小区建设、创卫、消防以及电梯安全、二次供水、充电桩及高空拉线; per 小区: 卫生环境较差、垃圾桶未盖盖、
# 楼道内停放电动车堆放杂物、高空充电、车辆占用消防通道、服务收费标准未公示; 处理意见: 责令7天内整改完毕，将整改
# 情况报送至住建局):
# http://www.yanchi.gov.cn/xxgk/zfxxgkml/ggzyjy/zfbz/202010/t20201027_2268708.html
# An .xlsx from the property company: title, 填报单位/通报文号/通报日期 line stating that the days count from the
# 通报, one header row, the 小区 merged down over its problems, 处理意见 (the inspector's words) beside the company's
# 项目部 or the unit the 二次供水 was handed to, 住建局复核 column, a 注 line and a signature line.
PROPERTY_ESTATES = [
    (
        "金色家园小区",
        [
            (
                "楼道内停放电动车、堆放杂物",
                "责令7天内整改完毕",
                "金色家园项目部",
                "7日内",
                "已清理楼道，设置电动车集中停放点",
                "复核合格",
            ),
            (
                "高空飞线充电现象严重",
                "责令7天内整改完毕",
                "金色家园项目部",
                "7日内",
                "已拆除飞线32处，充电桩正在建设",
                "",
            ),
            (
                "二次供水水箱未按规定清洗消毒",
                "责令15天内清洗消毒并检测水质",
                "市自来水公司（二次供水设施已移交）",
                "15日内",
                "已清洗消毒，水质检测合格",
                "复核合格",
            ),
        ],
    ),
    (
        "锦华苑小区",
        [
            (
                "物业服务内容及收费标准未公示",
                "责令立即公示",
                "锦华苑项目部",
                "立行立改",
                "已在小区出入口公示栏公示",
                "",
            ),
            (
                "消防控制室值班人员无证上岗",
                "责令限期整改",
                "锦华苑项目部",
                "2024年7月31日",
                "值班人员正在参加消防设施操作员培训",
                "",
            ),
            (
                "私家车辆长期占用消防通道",
                "责令7天内整改完毕",
                "锦华苑项目部",
                "7日内",
                "未整改",
                "复核未通过",
            ),
        ],
    ),
    (
        "阳光小区",
        [
            (
                "垃圾桶未加盖，生活垃圾清运不及时",
                "责令7天内整改完毕",
                "阳光小区项目部",
                "7日内",
                "",
                "",
            ),
            (
                "电梯轿厢内未张贴有效期内的使用标志",
                "责令15天内整改完毕",
                "阳光小区项目部",
                "15日内",
                "已联系维保单位申请检验，待市场监管部门检验",
                "",
            ),
        ],
    ),
]


def write_property(path: Path) -> Path:
    b = Book(path, author="品质部")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 14, 32, 22, 24, 12, 32, 12])
    b.line(ws, 0, "物业小区综合检查通报问题整改情况台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市安泰物业服务有限公司    通报文号：濮住建〔2024〕56号    通报日期：2024年7月10日"
        "（整改时限自通报之日起计算）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "所管理小区", "存在问题", "处理意见", "整改责任单位", "整改时限", "整改情况", "住建局复核"],
    )
    r, n = 3, 0
    for estate, rows in PROPERTY_ESTATES:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, estate, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "注：“住建局复核”栏由市住房和城乡建设局物业科复核后填写。", 7)
    b.line(
        ws, r + 1, "总经理：吴国庆    填表人：冯佳    联系电话：0393-8860271    填报日期：2024年7月29日", 7
    )
    return b.close()


# =============================================================================================
# 10. 公交/出租公司: 出租车夏季夜间安全大检查, after a taxi company's summer night check of its cars (油路、线路、
# 灭火器、储气瓶; 车容车貌、车辆制动、灯光、车辆外观; 检查不合格的一律停运整顿，达标后方可继续营运; 夜查常态化):
# http://www.southernfiredpottery.com/nzcms_show_news.asp?id=7395
# An .xlsx: title, 填报单位/检查时间 line, one header row naming only the company's own 车队, cars and drivers, a
# 复检结果 column beside the 整改期限, a 合计 row, a 注 line and a signature line.
TAXI_ROWS = [
    (
        "一车队",
        "豫J·T1021",
        "储气瓶",
        "天然气储气瓶超过检验有效期",
        "停运整顿，送检储气瓶",
        "2024.7.15",
        "已检验合格，恢复营运",
    ),
    ("一车队", "豫J·T1087", "线路", "发动机舱线束老化破皮", "更换线束", "2024.7.13", "复检合格"),
    ("一车队", "豫J·T1150", "油路", "燃气管路接头漏气", "停运维修", "2024.7.11", "已维修，检漏合格"),
    ("二车队", "豫J·T2035", "灭火器", "车载灭火器压力不足", "更换灭火器", "2024.7.10", "已更换"),
    (
        "二车队",
        "豫J·T2116",
        "车辆制动",
        "制动距离超标，刹车片磨损严重",
        "停运整顿，更换刹车片",
        "2024.7.16",
        "正在维修，停运中",
    ),
    (
        "三车队",
        "豫J·T3042",
        "灯光",
        "左前大灯不亮、尾灯灯罩破损",
        "维修灯光",
        "2024.7.14",
        "驾驶员未按期进厂，未整改",
    ),
    (
        "三车队",
        "豫J·T3108",
        "车容车貌",
        "车身多处划痕凹陷，车内卫生差",
        "钣金喷漆，清洁车厢",
        "2024年7月31日前",
        "",
    ),
    (
        "安全技术部",
        "—",
        "日常管理",
        "夜班驾驶员安全教育培训覆盖不全",
        "每月组织夜班驾驶员集中培训",
        "长期坚持",
        "长期坚持",
    ),
]


def write_taxi(path: Path) -> Path:
    b = Book(path, author="安全技术部")
    ws = b.sheet("登记表")
    b.widths(ws, [6, 12, 12, 12, 32, 24, 16, 26])
    b.line(ws, 0, "出租车夏季夜间安全大检查不合格车辆整改登记表", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市顺城出租汽车有限公司（安全技术部）    检查时间：2024年7月8日至7月12日（夜间）",
        7,
    )
    b.header(ws, 2, ["序号", "车队", "车牌号", "检查项目", "存在问题", "处理措施", "整改期限", "复检结果"])
    for i, row in enumerate(TAXI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TAXI_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "夜查营运车辆216台，不合格7台，管理问题1项")
    b.line(ws, end + 1, "注：停运整顿车辆经复检合格后方可恢复营运。", 7)
    b.line(
        ws,
        end + 2,
        "安全技术部负责人：陆文斌    填表人：秦雪    联系电话：0393-8213390    日期：2024年7月29日",
        7,
    )
    return b.close()


FILES = [
    ("营业网点安全评估发现问题整改情况表（京开大道支行）.xlsx", write_bank),
    ("风险隐患现场诊断问题整改销号台账（千口供电所）.xls", write_power),
    ("非居民用户四项强制改造安装进度台账.csv", write_gas),
    ("国资委专项督查反馈问题整改落实台账（产投集团）.xlsx", write_group),
    ("服装企业安全生产专家检查隐患整改台账.et", write_park),
    ("绿城社区7月份网格巡查发现问题处置情况报告.docx", write_grid),
    ("濮阳市中医医院安全生产自查隐患整改情况表.wps", write_hospital),
    ("实验室安全检查隐患整改情况反馈（两个系）.zip", write_college),
    ("物业小区综合检查通报问题整改情况台账（安泰物业）.xlsx", write_property),
    ("出租车夏季夜间安全大检查不合格车辆整改登记表.xlsx", write_taxi),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

"""Write the dev143 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 营商环境、政务服务、优化审批、涉企检查和惠企政策落实督查问题整改 (进驻单位审批业务专项督查、减轻企业负担
专项督查、万人助万企问题化解、千名干部进千企诉求办理、政务体验官、清理拖欠企业账款、涉企违规收费自查自纠、
纪检监察组营商环境专项监督、扫码入企评价反馈、联合暗访).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt, with ticks under 是/否), .et and .ods (LibreOffice
conversions of an .xlsx), .doc (LibreOffice conversion of a .docx with a vertically merged column), a CSV in GBK,
a .docx whose items are numbered paragraphs, and a .zip of two returns (an .xlsx and a .docx, member names in GBK).
Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside247.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice writes byte-identical files.
"""

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


class _GbkName(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as Windows' built-in zip writes it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _merge_down(table, first: int, last: int, col: int, text: str, size: float = 10.5) -> None:
    """Merge a column's cells from row first to row last (Word's vertical merge) and write the text once."""
    cell = table.cell(first, col)
    if last > first:
        cell = cell.merge(table.cell(last, col))
    _cell_text(cell, text, size)


# ---------------------------------------------------------------------------------------------
# 1. 进驻单位行政审批业务办理情况专项督查问题整改台账, after a city 政务监察投诉中心's 专项督查 of the 行政审批服务局 and
# the 17 行政审批单位 in the 政务大厅 (事项划转及办理情况、人员管理及印鉴使用情况、政务服务系统使用情况; 随机抽取办件,
# 对照一窗受理平台流程与实体资料比对; 梳理发现四大类14条问题; 要求各单位形成整改台账，限期整改):
# https://yulin.qinfeng.gov.cn/info/1049/17832.htm
# An .xlsx: title, 督查时间/填报单位 line, a line giving the 反馈 date the 立行立改 rows count from, a two-row header
# (整改落实情况 over 进展情况 and 完成时间), the 问题类别 merged down over its rows, 责任单位 in short and former names,
# a 完成时间 date that alone tells an item is done, a 注 line and a signature line.
HALL_GROUPS = [
    (
        "事项划转及办理",
        [
            (
                "划转至行政审批部门的建筑工程施工许可事项仍在原部门系统内审批，存在“两头办”",
                "市住建局",
                "停用原部门审批系统权限，全部事项在一窗受理平台办理",
                "2024年8月31日",
                "已完成系统权限移交，历史办件正在迁移",
                None,
            ),
            (
                "取水许可事项受理后超承诺时限5个工作日办结，未说明延期原因",
                "市水务局",
                "严格执行承诺时限，确需延期的书面告知申请人",
                "立行立改",
                "",
                date(2024, 7, 10),
            ),
            (
                "食品经营许可延续要求申请人提供营业执照复印件，未使用电子证照共享",
                "市市场监管局",
                "取消营业执照复印件要求，通过电子证照库调取",
                "2024年7月15日",
                "已取消复印件要求",
                date(2024, 7, 12),
            ),
        ],
    ),
    (
        "人员管理及印鉴使用",
        [
            (
                "窗口工作人员离岗未摆放暂停服务提示牌，AB岗制度未落实",
                "市医保局",
                "严格执行AB岗和离岗登记制度",
                "长期坚持",
                "常态化落实",
                None,
            ),
            (
                "审批专用章由窗口工作人员个人保管，用印未登记",
                "市人社局",
                "建立审批专用章专人保管和用印登记制度",
                "2024年7月20日",
                "用印登记制度已起草，待局务会审定",
                None,
            ),
        ],
    ),
    (
        "政务服务系统使用",
        [
            (
                "一窗受理平台与部门审批系统未对接，窗口需二次录入办件信息",
                "市不动产登记中心",
                "推进登记系统与一窗受理平台数据对接",
                "2024年12月底前",
                "未启动",
                None,
            ),
            (
                "办件结果未及时在平台办结，系统显示超期件11件",
                "市资规局",
                "逐件核查超期件，及时在平台办结",
                "2024年7月31日",
                "",
                None,
            ),
        ],
    ),
    (
        "窗口服务",
        [
            (
                "出入境窗口周末延时服务未按公示时间开展",
                "市公安局",
                "调整窗口排班，按公示时间提供周末延时服务",
                "2024年8月15日",
                "已调整排班，8月起执行",
                None,
            ),
        ],
    ),
]


def write_hall(path: Path) -> Path:
    b = Book(path, author="督查科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 40, 16, 32, 14, 28, 12])
    b.line(ws, 0, "进驻单位行政审批业务办理情况专项督查问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查时间：2024年7月1日至5日    填报单位：濮阳市行政服务中心督查科    填报日期：2024年7月29日",
        7,
    )
    b.line(ws, 2, "督查反馈日期：2024年7月8日（“立行立改”事项以反馈日期为整改时限）", 7)
    for c, word in enumerate(["序号", "问题类别", "存在问题", "责任单位", "整改措施", "整改时限"]):
        b.merge(ws, 3, c, 4, c, word, b.head)
    b.merge(ws, 3, 6, 3, 7, "整改落实情况", b.head)
    b.header(ws, 4, ["进展情况", "完成时间"], first=6)
    r, n = 5, 0
    for group, rows in HALL_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, group, b.center)
        for problem, unit, measure, limit, progress, done in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, [problem, unit, measure, limit, progress, done], first=2)
            r += 1
    b.line(ws, r, "注：整改到位的填写完成时间；未完成的在“进展情况”栏写明当前进度。", 7)
    b.line(ws, r + 1, "填表人：孟晓雨    审核人：赵长河    联系电话：0393-8991257", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 减轻企业负担专项督查企业负担问题督办台账, after the 减轻企业负担部际联席会议's 全国减轻企业负担专项督查 (降成本减负担、
# 涉企保证金清理规范、涉企经营服务性收费、涉企乱收费乱摊派、服务企业机制; 对通报问题、全国企业负担调查和第三方评估
# 反映问题以及企业举报案件的查处整改情况重点核查; 督促各地建立企业负担问题台账和督办反馈机制):
# http://tjtfjx.com/html/xw/dzyw/36535.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with ticks (√) under 是/否 of 是否办结, 问题来源 and 企业名称
# beside the 承办单位 (former names 市建委, 市环保局), the 督办日期 the N个工作日 limits count from, 办理情况 as
# sentences, a 说明 line and a signature line.
BURDEN_ROWS = [
    (
        "企业举报",
        "濮阳市恒泰精细化工有限公司",
        "工程项目竣工验收后质量保证金逾期8个月未退还",
        "市建委",
        "2024.7.1",
        "15个工作日",
        "已督促建设单位退还保证金36.5万元",
        "是",
    ),
    (
        "全国企业负担调查",
        "清丰县鑫源食品有限公司",
        "办理用电增容时被收取用电报装工程调试费",
        "市供电公司",
        "2024.7.3",
        "15个工作日",
        "已核实，正在办理退费",
        "否",
    ),
    (
        "企业举报",
        "濮阳县华顺纺织有限公司",
        "被行业协会要求强制入会并缴纳会费",
        "市民政局",
        "2024.7.8",
        "10个工作日",
        "已责令协会退还会费并限期整改",
        "是",
    ),
    (
        "第三方评估",
        "南乐县宏达建材有限公司",
        "政府采购项目合同约定的尾款82万元逾期未支付",
        "南乐县财政局",
        "2024.7.10",
        "2024.9.30",
        "",
        "否",
    ),
    (
        "“互联网+督查”转办",
        "范县金鹏物流有限公司",
        "货车年审时检测站捆绑收取尾气治理咨询费",
        "市交通局",
        "2024.7.15",
        "15个工作日",
        "已约谈检测站，清退工作正在进行",
        "否",
    ),
    (
        "企业举报",
        "台前县羽丰服饰有限公司",
        "办理排污许可时被要求委托指定中介编制申请材料",
        "市环保局",
        "2024.7.17",
        "10个工作日",
        "经核查，已取消指定中介要求，企业可自主选择",
        "是",
    ),
    (
        "全国企业负担调查",
        "濮阳市龙翔塑业有限公司",
        "天然气报装被收取管网建设费",
        "市燃气公司",
        "2024.7.22",
        "15个工作日",
        "",
        "",
    ),
]


def write_burden(path: Path) -> Path:
    head, cell, mid = _xf(bold=True, center=True), _xf(), _xf(center=True)
    title, plain = _xf(bold=True, border=False, center=True, size=16), _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "2024年减轻企业负担专项督查企业负担问题督办台账", title, 0, 9),
        (
            1,
            0,
            "填报单位：濮阳市减轻企业负担领导小组办公室（市工业和信息化局代章）    填报时间：2024年7月30日",
            plain,
            1,
            9,
        ),
    ]
    for c, word in enumerate(
        ["序号", "问题来源", "企业名称", "反映问题", "承办单位", "督办日期", "办理时限", "办理情况"]
    ):
        cells.append((2, c, word, head, 3, c))
    cells += [(2, 8, "是否办结", head, 2, 9), (3, 8, "是", head), (3, 9, "否", head)]
    for i, (source, firm, problem, unit, day, limit, done, closed) in enumerate(BURDEN_ROWS, 1):
        r = 3 + i
        cells += [(r, 0, i, mid), (r, 1, source, cell), (r, 2, firm, cell), (r, 3, problem, cell)]
        cells += [(r, 4, unit, cell), (r, 5, day, mid), (r, 6, limit, mid), (r, 7, done, cell)]
        cells += [(r, 8, "√" if closed == "是" else "", mid), (r, 9, "√" if closed == "否" else "", mid)]
    end = 4 + len(BURDEN_ROWS)
    note = "说明：办理时限为工作日的，自督办日期起计算；“是否办结”栏在对应格内打“√”。"
    cells += [(end, 0, note, plain, end, 9)]
    cells += [(end + 1, 0, "填表人：邢立新    审核人：高文博    联系电话：0393-8996634", plain, end + 1, 9)]
    return _write_xls(path, [("督办台账", cells)])


# ---------------------------------------------------------------------------------------------
# 3. “万人助万企”企业问题化解销号台账, after a county's account of its 万人助万企 activity (32名市领导带头包联企业; 建立
# 助企干部库、企业数据库、企业问题库; 每周通报各产业链工作专班问题收集及解决情况; 对企业反馈的问题实行销号管理，明确
# 问题化解责任人和时限要求; 梳理出六大类问题，其中上级交办问题单列):
# http://www.cofcofarm.com/information-list/detail/id/10968.html
# An .xlsx: title, 填报单位/截至 line, a two-row header (化解责任 over 责任单位 and 责任人, 化解情况 over 化解进展 and
# 是否销号), 所属产业链, 问题类别 and 问题来源 (上级交办/县级收集) beside the problem, 时限要求 as dates, 月底前 and
# 长期坚持, a 合计 row with counts, a 注 line and a signature line.
HELP_ROWS = [
    (
        "河南恒丰家居有限公司",
        "家居产业链",
        "要素保障",
        "二期厂房用地指标未落实，项目无法办理供地手续",
        "县级收集",
        "清丰县自然资源局",
        "刘振华",
        "2024年9月底前",
        "已纳入第三批次用地报批",
        "否",
    ),
    (
        "清丰县金丰家具有限公司",
        "家居产业链",
        "审批服务",
        "节能审查办理等待时间长，申报材料两次被退回",
        "上级交办",
        "清丰县发展和改革委员会",
        "孙晓光",
        "2024年7月15日",
        "已批复",
        "是",
    ),
    (
        "清丰县宏达面业有限公司",
        "食品产业链",
        "政策兑现",
        "2023年技改奖补资金40万元至今未拨付",
        "县级收集",
        "清丰县工业和信息化局",
        "王建伟",
        "8月底前",
        "资金已列入预算，待县财政拨付",
        "否",
    ),
    (
        "河南鼎力新材料科技有限公司",
        "新材料产业链",
        "融资",
        "流动资金贷款续贷被银行要求追加抵押物",
        "县级收集",
        "清丰县地方金融服务中心",
        "张红梅",
        "2024年7月31日",
        "已协调银行办理无还本续贷",
        "是",
    ),
    (
        "清丰县瑞祥食品有限公司",
        "食品产业链",
        "用工",
        "季节性用工缺口约120人，招工难",
        "县级收集",
        "清丰县人力资源和社会保障局",
        "李俊峰",
        "长期坚持",
        "每月组织专场招聘会，常态化推进",
        "",
    ),
    (
        "清丰县亿鑫包装有限公司",
        "家居产业链",
        "基础设施配套",
        "厂区门前道路未硬化，雨天货车无法通行",
        "上级交办",
        "柳格镇人民政府",
        "陈卫东",
        "2024年10月31日",
        "",
        "",
    ),
    (
        "河南丰利达钢结构有限公司",
        "装备制造产业链",
        "要素保障",
        "天然气供气压力不足，影响喷涂生产线运行",
        "县级收集",
        "清丰县天然气有限公司",
        "赵海涛",
        "2024年6月30日",
        "未开展",
        "否",
    ),
    (
        "清丰县华茂电子有限公司",
        "电子信息产业链",
        "审批服务",
        "消防验收备案抽查后的整改意见未一次性告知",
        "上级交办",
        "清丰县住房和城乡建设局",
        "郭明亮",
        "7月20日前",
        "已一次性书面告知，复查合格",
        "是",
    ),
]


def write_help(path: Path) -> Path:
    b = Book(path, author="县活动办")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 24, 14, 12, 36, 10, 22, 10, 14, 28, 10])
    b.line(ws, 0, "清丰县“万人助万企”活动企业问题化解台账（销号管理）", 10, b.title)
    b.line(ws, 1, "填报单位：清丰县“万人助万企”活动领导小组办公室    截至：2024年7月26日", 10)
    for c, word in enumerate(["序号", "企业名称", "所属产业链", "问题类别", "问题描述", "问题来源"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "化解责任", b.head)
    b.merge(ws, 2, 8, 3, 8, "时限要求", b.head)
    b.merge(ws, 2, 9, 2, 10, "化解情况", b.head)
    b.header(ws, 3, ["责任单位", "责任人"], first=6)
    b.header(ws, 3, ["化解进展", "是否销号"], first=9)
    for i, row in enumerate(HELP_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(HELP_ROWS)
    closed = sum(1 for row in HELP_ROWS if row[-1] == "是")
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 5, f"问题{len(HELP_ROWS)}个（上级交办3个）", b.cell)
    b.merge(ws, end, 6, end, 10, f"已销号{closed}个", b.cell)
    b.line(ws, end + 1, "注：问题化解后经企业确认、县活动办核实后销号；上级交办问题按时限办结并反馈。", 10)
    b.line(ws, end + 2, "填表人：冯倩    审核人：杜国强    联系电话：0393-7226918", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 4. “千名干部进千企”企业诉求闭环办理清单, after a city's 千名干部进千企常态服务机制 (企业诉求闭环办理机制，对企业所提意见
# 建议逐条梳理，明确办理责任单位并形成清单，第一时间交办; 融资、财产登记、水电气、劳动用工、项目建设、市场监管、政策
# 奖补咨询、园区配套设施等类问题; 市工信局和市营商办牵头抓总):
# http://www.dingqianjf.com/news/show/643b6402ae42cbd3.html
# A CSV in GBK: a title line, a line stating that the 7个工作日 / 30日内 limits count from each row's 交办日期, one
# header line with 诉求编号, the 包联干部 and the 诉求类别 beside the 办理责任单位 (short and former names), an 办结时间
# column that alone closes an item, a 合计 line.
APPEAL_ROWS = [
    (
        "QY2407001",
        "濮阳市绿源生物科技有限公司",
        "刘洋（市发展改革委）",
        "融资问题",
        "申请中小企业应急转贷资金超过1个月未答复",
        "2024-07-02",
        "市财政局",
        "7个工作日",
        "已完成转贷资金审批",
        "2024-07-09",
    ),
    (
        "QY2407002",
        "濮阳县润达纺织有限公司",
        "孙建国（市工信局）",
        "水电气问题",
        "厂区周边供水管网老化，供水压力不足影响生产",
        "2024-07-03",
        "市自来水公司",
        "30日内",
        "管网改造正在施工",
        "",
    ),
    (
        "QY2407003",
        "濮阳市佳美日化有限公司",
        "周丽（市商务局）",
        "劳动用工问题",
        "企业申请的失业保险稳岗返还资金未到账",
        "2024-07-05",
        "市劳动局",
        "7个工作日",
        "资金已到账",
        "2024-07-12",
    ),
    (
        "QY2407004",
        "濮阳市远航新材料有限公司",
        "马超（市科技局）",
        "项目建设问题",
        "新建厂房办理规划许可时被要求重复提交已报送的测绘成果",
        "2024-07-08",
        "市资规局",
        "7个工作日",
        "",
        "",
    ),
    (
        "QY2407005",
        "南乐县盛源食品有限公司",
        "韩冰（市市场监管局）",
        "市场监管问题",
        "食品生产许可变更现场核查预约排期超过20天",
        "2024-07-10",
        "市市场监管局",
        "7个工作日",
        "已安排现场核查，许可证已换发",
        "2024-07-18",
    ),
    (
        "QY2407006",
        "范县鲁豫机械制造有限公司",
        "邵华（市工信局）",
        "政策奖补咨询问题",
        "不清楚首台（套）重大技术装备奖励申报条件，咨询电话无人接听",
        "2024-07-15",
        "市工信局",
        "7个工作日",
        "已安排专人对接，正在整理申报指南",
        "",
    ),
    (
        "QY2407007",
        "台前县鸿运羽绒制品有限公司",
        "吕思源（市发展改革委）",
        "园区配套设施问题",
        "产业园区污水管网未接通，企业污水需罐车外运",
        "2024-07-16",
        "台前县住房和城乡建设局",
        "30日内",
        "未启动",
        "",
    ),
    (
        "QY2407008",
        "濮阳市宏业机电设备有限公司",
        "田甜（市营商办）",
        "水电气问题",
        "工业用电报装后接电时间超过承诺的15个工作日",
        "2024-07-22",
        "濮阳供电公司",
        "7个工作日",
        "已接电",
        "2024-07-26",
    ),
]


def write_appeal(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["“千名干部进千企”企业诉求闭环办理清单（2024年7月）"])
    w.writerow(
        [
            "交办单位：濮阳市优化营商环境工作领导小组办公室。办理时限：一般诉求7个工作日内办结，"
            "复杂诉求30日内办结，均自交办日期起计算。"
        ]
    )
    w.writerow(
        [
            "序号",
            "诉求编号",
            "企业名称",
            "包联干部",
            "诉求类别",
            "诉求内容",
            "交办日期",
            "办理责任单位",
            "办理时限",
            "办理进展",
            "办结时间",
        ]
    )
    for i, row in enumerate(APPEAL_ROWS, 1):
        w.writerow([i, *row])
    done = sum(1 for row in APPEAL_ROWS if row[-1])
    w.writerow(["合计", "", "", "", "", f"交办诉求{len(APPEAL_ROWS)}件", "", "", "", f"已办结{done}件", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. “政务体验官”反映问题整改情况报告, after a district 行政审批服务局's “政务体验官”微监督 (公开招募人大代表、政协委员、
# 企业群众作为政务体验官，通过线下窗口、网络移动端、自助终端日常体验; 对提出的意见建议按照“核实、认定、整改、办结、
# 回访”的闭环机制处理; 临近下班工作人员准点下班无法提供延时服务的典型案例):
# http://www.lukou.gov.cn/c14478/20231229/i2147568.html
# A .docx report whose items are numbered paragraphs （一）…（七）: title, 主送, preamble, each item a heading naming
# the problem and a paragraph with the centre's own 责任科室, 整改时限 (立行立改 with the 反馈 date in brackets, dates,
# 月底前, 长期坚持) and 整改情况 (once left out); the closing paragraphs, the centre and the date.
TASTER_ITEMS = [
    (
        "关于临近下班时窗口工作人员以准点下班为由不提供延时服务的问题（7月3日体验官反馈）",
        "窗口管理科",
        "立行立改",
        "已对相关工作人员批评教育，制定《延时服务工作制度》，已整改到位。",
    ),
    (
        "关于自助服务区社保卡补换打印设备长期故障且无故障提示的问题",
        "后勤保障科",
        "2024年7月15日前",
        "已更换打印设备并张贴故障报修电话，整改完成。",
    ),
    (
        "关于网上大厅部分事项办事指南与窗口要求材料不一致的问题",
        "网办科",
        "2024年8月底前",
        "已比对梳理126项事项，正在逐项修正办事指南。",
    ),
    (
        "关于大厅导办人员对跨部门“一件事”办理流程不熟悉、答复口径不一致的问题",
        "综合受理科",
        "长期坚持",
        "每月开展一次业务培训，常态化推进。",
    ),
    (
        "关于老年人、残疾人等特殊群体办事无绿色通道标识的问题",
        "窗口管理科",
        "2024年7月20日",
        "尚未落实。",
    ),
    (
        "关于中心停车场车位紧张、办事群众停车难的问题",
        "后勤保障科",
        "2024年12月31日前",
        "",
    ),
    (
        "关于部分窗口“好差评”评价器未启用、群众无法现场评价的问题",
        "督查科",
        "2024年7月10日",
        "已全部启用，经回访体验官确认满意。",
    ),
]
CHINESE_NUMBERS = "一二三四五六七八九十"


def write_taster(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市行政服务中心关于“政务体验官”反映问题整改情况的报告")
    _paragraph(doc, "市优化营商环境工作领导小组办公室：")
    _paragraph(
        doc,
        "    今年以来，我中心聘请的12名“政务体验官”通过线下窗口、网上大厅、自助终端等方式开展体验，"
        "共反映意见建议7条。按照“核实、认定、整改、办结、回访”闭环机制，现将有关问题整改情况报告如下：",
    )
    _paragraph(doc, "    一、问题整改情况", font="黑体")
    for i, (problem, section, limit, progress) in enumerate(TASTER_ITEMS):
        _paragraph(doc, f"    （{CHINESE_NUMBERS[i]}）{problem}", font="楷体_GB2312")
        text = f"    责任科室：{section}。整改时限：{limit}。"
        if progress:
            text += f"整改情况：{progress}"
        _paragraph(doc, text)
    _paragraph(doc, "    二、下一步工作", font="黑体")
    _paragraph(
        doc,
        "    对尚未完成整改的问题，中心将明确专人跟踪督办，整改完成后及时向体验官回访反馈，"
        "并定期向体验官通报工作情况。",
    )
    _paragraph(doc, "濮阳市行政服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月30日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 清理拖欠中小企业账款对账销号台账, after a city 清欠办's report on its 清理拖欠民营企业中小企业账款 work (按照“属地
# 管理、分级负责，谁主管谁负责”; 成立领导小组、进度通报、滞后约谈、对账销号、防止新增拖欠; 清理总额、已清偿、应还尽还
# 率; 剩余一笔为有争议欠款):
# http://www.china.com.cn/zhibo/content_78535792.htm?a=true&f=pad
# An .et (Excel 97 via LibreOffice): title, 填报单位/金额单位/截至 line, one header row with money columns, 是否有争议,
# a 清偿计划 that is a date, 月底前, 年底前 or a schedule text, 清偿进展 and an 对账销号 column, the 欠款单位 under
# former names (市卫计委, 市经信委) and short names, a 合计 row, a 注 line and a signature line.
DEBT_ROWS = [
    (
        "市城管局",
        "濮阳市绿城园林工程有限公司",
        "2022年城区绿化提升工程结算款未支付",
        156.8,
        156.8,
        "否",
        "2024年6月底前清偿",
        "已全额支付",
        "已销号",
    ),
    (
        "市教育局",
        "濮阳市博文教学设备有限公司",
        "中小学智慧教室设备采购尾款未支付",
        88.5,
        40.0,
        "否",
        "7月底前支付40万元，9月底前全部结清",
        "已支付40万元",
        "",
    ),
    (
        "华龙区岳村镇人民政府",
        "濮阳市中原路桥工程有限公司",
        "村村通道路硬化工程款未支付",
        63.2,
        0.0,
        "否",
        "年底前",
        "未清偿",
        "",
    ),
    (
        "市卫计委",
        "濮阳市安康医疗器械有限公司",
        "公共卫生应急物资采购款未支付",
        212.0,
        212.0,
        "否",
        "2024年5月31日",
        "已清偿",
        "对账完成，已销号",
    ),
    (
        "市公交公司",
        "濮阳市顺达汽车维修有限公司",
        "公交车辆维修保养费拖欠",
        35.6,
        20.0,
        "否",
        "2024年8月31日",
        "分期支付中",
        "",
    ),
    (
        "南乐县住房和城乡建设局",
        "南乐县建安劳务有限公司",
        "老旧小区改造工程进度款存在争议未支付",
        120.0,
        0.0,
        "是",
        "通过司法途径解决",
        "已进入诉讼程序，等待法院判决",
        "",
    ),
    (
        "市经信委",
        "濮阳市智联信息技术有限公司",
        "中小企业公共服务平台运维服务费未支付",
        18.0,
        0.0,
        "否",
        "2024年7月31日前",
        "",
        "",
    ),
]


def write_debt_book(path: Path) -> Path:
    b = Book(path, author="清欠办")
    ws = b.sheet("清欠台账")
    b.widths(ws, [6, 20, 26, 32, 10, 10, 10, 8, 26, 20, 14])
    money = b.book.add_format({"border": 1, "num_format": "0.00", "valign": "vcenter"})
    b.line(ws, 0, "清理拖欠中小企业账款进度台账（对账销号）", 10, b.title)
    b.line(
        ws, 1, "填报单位：濮阳市清理拖欠企业账款工作领导小组办公室    金额单位：万元    截至2024年7月25日", 10
    )
    words = ["序号", "欠款单位", "债权企业", "欠款事由", "欠款金额", "已清偿金额", "未清偿金额", "是否有争议"]
    b.header(ws, 2, [*words, "清偿计划", "清偿进展", "对账销号"])
    for i, (debtor, firm, cause, owed, paid, dispute, plan, progress, closed) in enumerate(DEBT_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [debtor, firm, cause], first=1)
        for c, v in enumerate([owed, paid, round(owed - paid, 2)], start=4):
            b.put(ws, r, c, v, money)
        b.row(ws, r, [dispute, plan, progress, closed], first=7)
    end = 3 + len(DEBT_ROWS)
    owed = round(sum(row[3] for row in DEBT_ROWS), 2)
    paid = round(sum(row[4] for row in DEBT_ROWS), 2)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 3, f"{len(DEBT_ROWS)}笔", b.cell)
    for c, v in enumerate([owed, paid, round(owed - paid, 2)], start=4):
        b.put(ws, end, c, v, money)
    b.row(ws, end, ["", "", "", ""], first=7)
    b.line(
        ws,
        end + 1,
        "注：无分歧欠款应清尽清；有争议欠款推动协商解决或通过法律途径解决；清偿完毕经双方对账后销号。",
        10,
    )
    b.line(ws, end + 2, "填表人：吴丹    审核人：石建军    联系电话：0393-8990571", 10)
    return b.close()


def write_debt(path: Path) -> Path:
    return via_soffice(write_debt_book, path, "xls", "清欠对账销号台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 涉企违规收费专项整治自查自纠问题整改情况表, after a province's 涉企违规收费专项整治行动 (交通物流、水电气暖、地方
# 财经、金融、行业协会商会和中介机构等重点领域; 落实降费减负政策不到位、收取明令取消的费用、强制捆绑销售; 部署准备、
# 自查自纠（9月底前）、联合检查（10月底前）、总结评估4个阶段; 及时纠正规范，督促做好问题整改落实):
# http://diddolbayy.com/shengnei/202208/188172.html
# A .doc (Word 97 via LibreOffice): title, 填报单位 line, a table whose 重点领域 column is merged down over its rows,
# the 收费主体 as 整改责任单位 (companies, a bank branch, an association, short names 市燃气公司 and 濮阳供电公司),
# 涉及金额 in 元, 整改时限 as 9月底前 / dates / 年底前 / 长期坚持, a 注 line and a signature line.
FEE_GROUPS = [
    (
        "交通物流",
        [
            (
                "濮阳市通达机动车检测有限公司",
                "货车年检时捆绑收取车辆清洗费",
                "48600",
                "停止收费，退还已收费用",
                "9月底前",
                "已停止收费，正在联系车主退费",
            ),
            (
                "濮阳市公路事业发展中心",
                "超限检测站对合规车辆收取过磅费",
                "12300",
                "取消过磅费，全额清退",
                "2024年7月31日",
                "已全额清退",
            ),
        ],
    ),
    (
        "水电气暖",
        [
            (
                "市自来水公司",
                "新建小区供水接入环节收取计量装置费",
                "215000",
                "停止收取，制定退费方案",
                "9月底前",
                "已停止收取，退费方案已制定",
            ),
            (
                "濮阳供电公司",
                "用电报装环节收取工程调试费",
                "86000",
                "取消该收费项目，清退已收费用",
                "2024年8月31日",
                "",
            ),
            (
                "市燃气公司",
                "燃气工程接入环节收取开户费",
                "54000",
                "清退开户费",
                "2024年7月15日",
                "已全部退还",
            ),
        ],
    ),
    (
        "金融",
        [
            (
                "濮阳农村商业银行股份有限公司华龙支行",
                "发放贷款时收取财务顾问费，未提供实质服务",
                "96000",
                "退还财务顾问费，规范收费行为",
                "年底前",
                "未整改",
            ),
        ],
    ),
    (
        "行业协会商会",
        [
            (
                "濮阳市建筑业协会",
                "强制会员企业参加收费培训",
                "32000",
                "规范培训收费，建立长效机制",
                "长期坚持",
                "常态化开展自查",
            ),
        ],
    ),
]


def write_fee_docx(path: Path) -> Path:
    doc = _new_document("价格监督检查科")
    _title(doc, "涉企违规收费专项整治自查自纠问题整改情况表", 18)
    _paragraph(doc, "填报单位：濮阳市市场监督管理局（价格监督检查科）    填报日期：2024年7月29日", 12)
    header = [
        "序号",
        "重点领域",
        "整改责任单位",
        "存在问题",
        "涉及金额（元）",
        "整改措施",
        "整改时限",
        "整改情况",
    ]
    count = sum(len(rows) for _, rows in FEE_GROUPS)
    table = doc.add_table(rows=1 + count, cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _cell_text(table.cell(0, c), word, 10.5, bold=True)
    r = 1
    for field, rows in FEE_GROUPS:
        _merge_down(table, r, r + len(rows) - 1, 1, field)
        for row in rows:
            _cell_text(table.cell(r, 0), str(r))
            for c, v in enumerate(row, start=2):
                _cell_text(table.cell(r, c), v)
            r += 1
    _paragraph(doc, "注：自查自纠阶段至2024年9月30日；已清退的须附退费凭证。", 12)
    _paragraph(doc, "填表人：周晓燕    审核人：李国栋    联系电话：0393-8992640", 12)
    return _save_fixed(doc, path)


def write_fee(path: Path) -> Path:
    return via_soffice(write_fee_docx, path, "doc", "涉企违规收费自查自纠整改情况表.docx")


# ---------------------------------------------------------------------------------------------
# 8. 开发区优化营商环境专项监督反馈问题整改材料 (two returns in one zip), after a 派驻纪检监察组's 优化营商环境专项督查 of
# an 经开区 (把党工委实施方案的“责任清单”细化为“监督清单”，共56项监督检查内容; 督查发现的问题即时形成“反馈清单”
# 下发至各相关职能部门，跟进督办、整改销号; 是否为每个工业类项目指派1名报建审批服务专员):
# http://www.sssv1.com/guanzhu/2022/0517/4878.html
# A .zip with GBK member names: the 纪检监察组's 反馈清单 (.xlsx: 监督事项 beside the problem, the 反馈部门 by full
# name, the 反馈时间 the 10个工作日 / 立行立改 rows count from, an 整改销号情况 column, a 注 line and the 纪检监察组 at
# the foot) and one department's reply (.docx table whose rows name only its own 股室, with 是否销号 是/否).
FEEDBACK_ROWS = [
    (
        "工业项目报建审批专员服务",
        "3个在建工业项目未指派报建审批服务专员",
        "濮阳经济技术开发区经济发展局",
        date(2024, 7, 1),
        "逐项目指派专员，建立服务台账",
        "10个工作日",
        "已整改，已销号",
    ),
    (
        "便民办税",
        "办税服务厅高峰期排队超过1小时，未开设潮汐窗口",
        "国家税务总局濮阳经济技术开发区税务局",
        date(2024, 7, 1),
        "开设潮汐窗口，推行预约办税",
        "立行立改",
        "正在协调增设窗口人员",
    ),
    (
        "涉企检查",
        "同一企业一个月内被不同科室重复入企检查3次",
        "濮阳经济技术开发区规划建设局",
        date(2024, 7, 8),
        "统筹制定入企检查计划，推行联合检查",
        "2024年7月31日",
        "",
    ),
    (
        "惠企政策兑现",
        "2023年度招商引资奖励资金未按承诺兑现",
        "濮阳经济技术开发区财政局",
        date(2024, 7, 8),
        "落实资金来源，按协议兑现",
        "2024年9月30日",
        "未整改，未销号",
    ),
    (
        "审批时限",
        "社会投资项目施工许可办理超过承诺时限",
        "濮阳经济技术开发区行政审批服务局",
        date(2024, 7, 15),
        "压缩审批环节，建立超时预警",
        "10个工作日",
        "已销号",
    ),
]
WINDOW_ROWS = [
    (
        "窗口收件后未向企业出具受理回执",
        "综合受理股",
        "统一出具受理回执",
        "立行立改（7月15日）",
        "已统一出具",
        "是",
    ),
    (
        "现场勘验前未告知企业勘验标准和所需准备事项",
        "勘验股",
        "制发勘验标准告知书",
        "2024年8月15日",
        "告知书正在印制",
        "否",
    ),
    ("审批档案归档不及时，2023年办件尚有37件未归档", "办公室", "集中清理归档", "2024年9月30日", "", ""),
    (
        "审批人员廉政风险点排查不全面",
        "机关党支部",
        "定期开展廉政风险排查",
        "长期坚持",
        "每季度排查一次，长期坚持",
        "",
    ),
]


def write_feedback_book(path: Path) -> Path:
    b = Book(path, author="纪检监察组")
    ws = b.sheet("反馈清单")
    b.widths(ws, [6, 18, 36, 26, 12, 26, 14, 16])
    b.line(ws, 0, "优化营商环境专项监督反馈清单（第三批）", 7, b.title)
    b.line(ws, 1, "监督单位：市纪委监委驻濮阳经济技术开发区纪检监察组    整改情况更新至：2024年7月30日", 7)
    b.header(
        ws,
        2,
        ["序号", "监督事项", "发现问题", "反馈部门", "反馈时间", "整改要求", "整改时限", "整改销号情况"],
    )
    for i, row in enumerate(FEEDBACK_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FEEDBACK_ROWS)
    b.line(
        ws, end, "注：整改时限为工作日或“立行立改”的，自反馈时间起计算；整改完成后报纪检监察组复核销号。", 7
    )
    b.line(ws, end + 1, "市纪委监委驻濮阳经济技术开发区纪检监察组", 7, b.right)
    return b.close()


def write_window_docx(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "开发区行政审批服务局纪检监察组反馈问题整改销号情况", 18)
    _paragraph(doc, "填报单位：濮阳经济技术开发区行政审批服务局    填报日期：2024年7月30日", 12)
    body = [[str(i), *row] for i, row in enumerate(WINDOW_ROWS, 1)]
    _table(doc, ["序号", "反馈问题", "责任股室", "整改措施", "整改时限", "整改进展", "是否销号"], body)
    _paragraph(doc, "填表人：贾文静    联系电话：0393-8917325", 12)
    return _save_fixed(doc, path)


def write_feedback_zip(path: Path) -> Path:
    members = [
        ("优化营商环境专项监督反馈清单（第三批）.xlsx", write_feedback_book),
        ("开发区行政审批服务局反馈问题整改销号情况.docx", write_window_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for i, (name, writer) in enumerate(members):
            member = writer(Path(tmp) / f"member{i}{Path(name).suffix}")
            info = _GbkName(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 9. “扫码入企”企业评价反馈问题处置台账, after a district's 扫码入企 platform (执法人员入企前扫码，全流程线上记录; 监督
# 范围扩展至日常巡查、政策宣传、走访调研等入企行为; 企业通过企业端查看入企记录并对入企行为规范性评价反馈，评价数据
# 直达监督部门; 监督部门跟踪分析，及时发现并纠正执法扰企问题; 联合入企、“进一次门、查多项事”):
# https://www.gdzf.org.cn/xbsy/gddt/content/post_181122.html
# An .xlsx: title, 填报单位/统计区间 line, one header row with 入企编码, the 入企单位 (short names; once two units for a
# joint visit) beside an explicit 责任单位 (full names), 入企类别, 企业评价 and 核查认定, 整改期限 as dates and 长期坚持,
# a 处置结果 column, a 说明 line and a signature line.
VISIT_ROWS = [
    (
        "HL20240605011",
        "濮阳市华龙区味之源餐饮店",
        "区市场监管局",
        date(2024, 6, 5),
        "行政检查",
        "不满意",
        "同一月内被市场监管所以同一事项两次入店检查食品安全",
        "属实",
        "华龙区市场监督管理局",
        "纳入年度检查计划统筹，同一事项一月内不重复检查",
        "2024年6月30日",
        "已整改",
    ),
    (
        "HL20240612027",
        "濮阳市恒通物流有限公司",
        "区应急局",
        date(2024, 6, 12),
        "行政检查",
        "基本满意",
        "执法人员入企未先扫码登记，检查结束后补码",
        "属实",
        "华龙区应急管理局",
        "约谈相关执法人员，开展扫码入企专题培训",
        "2024年7月10日",
        "培训计划已制定，8月上旬组织实施",
    ),
    (
        "HL20240618009",
        "濮阳市金色年华娱乐有限公司",
        "区消防大队",
        date(2024, 6, 18),
        "行政检查",
        "不满意",
        "消防检查提出的整改意见与上次检查意见相互矛盾",
        "部分属实",
        "华龙区消防救援大队",
        "统一检查标准，整改意见一次性书面告知",
        "2024年7月31日",
        "",
    ),
    (
        "HL20240626033",
        "濮阳市老味道餐饮有限公司",
        "区城管局、区市场监管局",
        date(2024, 6, 26),
        "行政检查",
        "不满意",
        "城管、市场监管先后分别入店检查油烟排放，未实行联合检查",
        "属实",
        "华龙区城市管理局",
        "牵头建立“进一次门、查多项事”联合检查机制",
        "2024年9月30日",
        "已与区市场监管局会商，机制草案正在征求意见",
    ),
    (
        "HL20240702015",
        "濮阳市康宁大药房连锁有限公司中原路店",
        "中原路街道",
        date(2024, 7, 2),
        "走访调研",
        "基本满意",
        "街道走访调研频次过高，一周内3次入店要求填报表格",
        "属实",
        "华龙区中原路街道办事处",
        "压减入企频次，同类调研每季度不超过1次",
        "长期坚持",
        "常态化落实",
    ),
    (
        "HL20240709021",
        "河南豫濮建设工程有限公司",
        "区住建局",
        date(2024, 7, 9),
        "行政检查",
        "不满意",
        "工地检查要求企业提供纸质资料复印件，已有电子档案仍重复提交",
        "属实",
        "华龙区住房和城乡建设局",
        "推行电子资料核查，不再要求纸质复印件",
        "2024年7月20日",
        "未整改",
    ),
    (
        "HL20240716006",
        "濮阳市德康养老服务中心",
        "区卫健委",
        date(2024, 7, 16),
        "行政检查",
        "基本满意",
        "检查结束后未告知检查结果",
        "属实",
        "华龙区卫生健康委员会",
        "检查结果当场告知并上传平台",
        "2024年7月31日",
        "已整改，检查结果已上传平台，企业回访满意",
    ),
]


def write_visit(path: Path) -> Path:
    b = Book(path, author="执法监督科")
    ws = b.sheet("处置台账")
    b.widths(ws, [6, 16, 26, 18, 12, 10, 10, 36, 10, 24, 30, 14, 28])
    b.line(ws, 0, "华龙区涉企行政检查“扫码入企”企业评价反馈问题处置台账", 12, b.title)
    b.line(ws, 1, "填报单位：华龙区司法局（行政执法协调监督科）    统计区间：2024年6月1日至7月25日", 12)
    words = ["序号", "入企编码", "企业名称", "入企单位", "入企日期", "入企类别", "企业评价", "企业反映问题"]
    b.header(ws, 2, [*words, "核查认定", "责任单位", "处置措施", "整改期限", "处置结果"])
    for i, row in enumerate(VISIT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(VISIT_ROWS)
    b.line(ws, end, "说明：企业评价信息匿名处理；反映属实的问题由责任单位限期整改，区司法局跟踪督办。", 12)
    b.line(ws, end + 1, "填表人：秦瑶    审核人：黄立波    联系电话：0393-4412906", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 优化营商环境联合暗访发现问题转办整改情况汇总表, after a province 纪委监委's account of its 联合暗访 with the 省委省
# 政府督查室 and the 营商环境建设办公室 (省市县三级联动组建联合暗访组，对优化营商环境加快项目建设情况抽查暗访，累计
# 发现5方面170个问题，全部转送相关部门督促整改; 午休期间群众在窗口等待，政务大厅立行立改增设午休值班窗口):
# https://oaman.net/ztjc/zymtkjl/zgjjjcb/202209/t20220930_8589721.html
# An .ods (LibreOffice conversion): title, 暗访组织/汇总日期 line, a two-row header (整改反馈 over 反馈情况 and 反馈
# 日期), the five 方面 as group rows merged across, 暗访地点 beside the 转送单位, the 转送日期 the 立行立改 and
# N个工作日内 rows count from (the 说明 says so), a 反馈日期 that closes an item, the 联合暗访组办公室 at the foot.
PATROL_GROUPS = [
    (
        "政务服务方面",
        [
            (
                date(2024, 7, 2),
                "市人社局社保服务大厅",
                "午休期间有群众在窗口等候，未安排值班人员",
                "市人社局",
                date(2024, 7, 3),
                "立行立改",
                "已增设午休值班窗口",
                date(2024, 7, 4),
            ),
            (
                date(2024, 7, 2),
                "市住房公积金服务大厅",
                "叫号系统故障，现场排队秩序混乱",
                "市公积金中心",
                date(2024, 7, 3),
                "5个工作日内",
                "",
                None,
            ),
            (
                date(2024, 7, 9),
                "范县政务服务中心",
                "企业开办专区未实现“一窗通办”，仍需分别取号",
                "范县行政审批和政务信息管理局",
                date(2024, 7, 10),
                "2024年8月底前",
                "已完成窗口整合方案，8月上旬调整到位",
                None,
            ),
        ],
    ),
    (
        "项目建设方面",
        [
            (
                date(2024, 7, 10),
                "华龙区高新技术产业园在建项目",
                "项目施工临时用水接入等待超过1个月",
                "市自来水公司",
                date(2024, 7, 11),
                "10个工作日内",
                "已接通临时用水",
                date(2024, 7, 19),
            ),
        ],
    ),
    (
        "执法监管方面",
        [
            (
                date(2024, 7, 16),
                "台前县城区某商超",
                "市场监管执法人员现场检查未出示执法证件",
                "台前县市场监督管理局",
                date(2024, 7, 17),
                "立行立改",
                "已对相关人员批评教育并全局通报",
                date(2024, 7, 18),
            ),
            (
                date(2024, 7, 16),
                "南乐县某物流园",
                "交通运输执法对货车超限处罚标准不统一，同类情形罚款金额差距大",
                "南乐县交通运输局",
                date(2024, 7, 17),
                "2024年9月30日前",
                "正在修订行政处罚自由裁量基准",
                None,
            ),
        ],
    ),
    (
        "惠企政策方面",
        [
            (
                date(2024, 7, 23),
                "市商务局门户网站",
                "“惠企政策”专栏最新政策停留在2023年，未及时更新",
                "市商务局",
                date(2024, 7, 24),
                "3个工作日内",
                "尚未整改",
                None,
            ),
        ],
    ),
    (
        "要素保障方面",
        [
            (
                date(2024, 7, 23),
                "清丰县产业集聚区",
                "园区企业反映用电负荷不足，增容申请长期未答复",
                "市供电公司",
                date(2024, 7, 24),
                "2024年第三季度",
                "已现场勘察，增容方案编制中",
                None,
            ),
        ],
    ),
]


def write_patrol_book(path: Path) -> Path:
    b = Book(path, author="督查局")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 12, 24, 36, 24, 12, 14, 28, 12])
    group_fmt = b.book.add_format({"bold": True, "border": 1, "valign": "vcenter"})
    b.line(ws, 0, "全市优化营商环境联合暗访发现问题转办整改情况汇总表", 8, b.title)
    b.line(
        ws,
        1,
        "暗访组织：市委督查室、市政府督查局、市营商环境建设办公室联合暗访组    汇总日期：2024年7月30日",
        8,
    )
    for c, word in enumerate(
        ["序号", "暗访时间", "暗访地点", "发现问题", "转送单位", "转送日期", "整改要求"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改反馈", b.head)
    b.header(ws, 3, ["反馈情况", "反馈日期"], first=7)
    r, n = 4, 0
    for k, (side, rows) in enumerate(PATROL_GROUPS):
        b.merge(ws, r, 0, r, 8, f"{CHINESE_NUMBERS[k]}、{side}（{len(rows)}个）", group_fmt)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(
        ws, r, "说明：“立行立改”和限期工作日均自转送日期起计算；反馈日期为责任单位报送整改完成情况的日期。", 8
    )
    b.line(ws, r + 1, "联合暗访组办公室（市政府督查局代章）", 8, b.right)
    return b.close()


def write_patrol(path: Path) -> Path:
    via_soffice(write_patrol_book, path, "ods", "联合暗访问题汇总表.xlsx")
    return fixed_zip(path)


FILES = [
    ("进驻单位行政审批业务办理情况专项督查问题整改台账.xlsx", write_hall),
    ("减轻企业负担专项督查企业负担问题督办台账.xls", write_burden),
    ("清丰县“万人助万企”企业问题化解销号台账.xlsx", write_help),
    ("“千名干部进千企”企业诉求闭环办理清单（7月）.csv", write_appeal),
    ("市行政服务中心关于“政务体验官”反映问题整改情况的报告.docx", write_taster),
    ("清理拖欠中小企业账款对账销号台账.et", write_debt),
    ("涉企违规收费专项整治自查自纠问题整改情况表.doc", write_fee),
    ("开发区优化营商环境专项监督反馈问题整改材料.zip", write_feedback_zip),
    ("华龙区“扫码入企”企业评价反馈问题处置台账.xlsx", write_visit),
    ("优化营商环境联合暗访发现问题转办整改情况汇总表.ods", write_patrol),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

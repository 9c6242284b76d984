"""Write the dev25 returns: nine files laid out after nine public sources, cited beside each layout below.

Forms: .xlsx (two, and two more inside the zip), .xls (xlwt), .ods and .et (LibreOffice conversions), a CSV in GBK,
a tab-separated text in UTF-16, a .docx with a table and a .zip of two returns. Contents are made up; statistics
date 2024-07-31. Run from this folder: python make_dev25.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice.
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
# 1. 审计整改措施落实情况表, after an audit system's 整改措施 list (序号/项目名称/问题/项目类型/整改时间/整改责任部门及
# 联系人/状态/整改结果):
# https://github.com/yanwenyy/wisdomaudit-vue/blob/000072d18d2eff7e4df9977d15504a4b85801afe/src/views/auditCorrective/rectificationMeasures.vue
# Title, 填报单位 line, one header row; the unit and a contact share one cell; former names (文广新局, 卫计委); signature.
MEASURE_ROWS = [
    (
        "2023年度市本级预算执行审计",
        "部分专项资金滞留未及时拨付项目单位",
        "财政收支",
        "2024年8月底前",
        "市财政局（预算科 刘敏）",
        "整改中",
        "已拨付1200万元，剩余资金正在清算",
    ),
    (
        "2023年度市本级预算执行审计",
        "公务用车运行维护费超预算列支",
        "财政收支",
        "2024年6月30日前",
        "市交通运输局（财务科 王磊）",
        "已完成",
        "已调整账目并追回超支费用",
    ),
    (
        "城区排水管网改造工程结算审计",
        "城区排水管网改造工程多计工程价款",
        "工程投资",
        "2024年9月30日前",
        "市住建局（工程科 赵强）",
        "未整改",
        "",
    ),
    (
        "原主要负责人经济责任审计",
        "国有资产出租未履行评估程序",
        "经济责任",
        "2024年7月15日前",
        "市文广新局（办公室 孙丽）",
        "已完成",
        "补办评估手续，重新签订租赁合同",
    ),
    (
        "医疗服务价格专项审计",
        "医疗服务项目违规重复收费",
        "专项审计",
        "2024年10月31日前",
        "市卫计委（医政科 周洁）",
        "整改中",
        "已退还患者费用8.6万元，信息系统收费规则正在调整",
    ),
    (
        "高标准农田建设专项审计",
        "高标准农田建设项目验收资料不完整",
        "专项审计",
        "长期坚持",
        "市农业农村局（农田建设科 李刚）",
        "长期坚持",
        "建立项目档案常态化管理机制",
    ),
    (
        "就业补助资金专项审计",
        "就业补助资金发放对象审核把关不严",
        "专项审计",
        "2024年12月31日前",
        "市人社局（就业科 郑华）",
        "整改中",
        "已追回违规领取资金3.2万元",
    ),
]


def write_measures(path: Path) -> Path:
    b = Book(path, author="审计整改办")
    ws = b.sheet("整改措施")
    b.widths(ws, [6, 26, 32, 12, 16, 26, 10, 34])
    b.line(ws, 0, "2023年度审计查出问题整改措施落实情况表", 7, b.title)
    b.line(ws, 1, "填报单位：市审计局（汇总）    截止日期：2024年7月31日", 7)
    b.header(
        ws,
        2,
        ["序号", "项目名称", "问题", "项目类型", "整改时间", "整改责任部门及联系人", "状态", "整改结果"],
    )
    for i, row in enumerate(MEASURE_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    end = 3 + len(MEASURE_ROWS)
    b.line(
        ws,
        end + 1,
        "填表人：马晓燕    审核人：王建设    联系电话：0393-8881234    填报日期：2024年7月31日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 内部审计发现问题清单, after an audit system's 问题清单 (序号/领域/问题/依据/描述/发现日期/风险金额(元)/管理建议/
# 发现人):
# https://github.com/yanwenyy/wisdomaudit-vue/blob/5bea32c57f59cf61f057b698e822547421322b48/src/views/auditCorrective/rectificationPlan/questionList.vue
# The audited unit (by its former name 市农委) only in the title and file name; no progress and no deadline column;
# 发现日期 is an event; 发现人 is the auditor.
FINDING_ROWS = [
    (
        "财务管理",
        "机关食堂采购未执行比价程序",
        "《政府采购法》第二十六条",
        "2023年共12笔食材采购由经办人直接确定供应商，无比价记录",
        "2024-05-14",
        38600,
        "建立食材采购询价比价制度",
        "吴敏",
    ),
    (
        "资产管理",
        "下属站所闲置农机具未入账管理",
        "《行政事业性国有资产管理条例》",
        "农机推广站存放拖拉机等3台，固定资产账中无记录",
        "2024-05-16",
        126000,
        "全面清查并登记入账",
        "吴敏",
    ),
    (
        "项目管理",
        "农业技术推广项目绩效目标未量化",
        "预算绩效管理有关规定",
        "项目申报书绩效指标多为定性表述，无法考核",
        "2024-05-20",
        0,
        "细化可衡量的绩效指标",
        "韩雪",
    ),
    (
        "财务管理",
        "差旅费报销超标准列支住宿费",
        "差旅费管理办法",
        "抽查发现5人次住宿费超出标准，合计超支2140元",
        "2024-05-21",
        2140,
        "追回超标准部分并加强审核",
        "韩雪",
    ),
    (
        "合同管理",
        "动物防疫物资采购合同未经法律审核",
        "合同管理办法",
        "2笔物资采购合同未见法律顾问审核意见",
        "2024-05-23",
        254000,
        "合同签订前履行法律审核程序",
        "吴敏",
    ),
    (
        "内部控制",
        "专项资金支付审批缺少分管领导签字",
        "内部控制规范",
        "3笔专项资金支付凭证审批链不完整",
        "2024-05-24",
        97500,
        "完善资金支付审批流程",
        "韩雪",
    ),
]


def write_findings(path: Path) -> Path:
    b = Book(path, author="内审科")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 10, 30, 24, 40, 12, 12, 26, 8])
    b.line(ws, 0, "市农委2024年上半年内部审计发现问题清单", 8, b.title)
    b.line(ws, 1, "被审计单位：市农委机关及所属站所    审计期间：2024年1月1日至6月30日", 8)
    b.header(
        ws, 2, ["序号", "领域", "问题", "依据", "描述", "发现日期", "风险金额(元)", "管理建议", "发现人"]
    )
    for i, (area, problem, basis, text, found, amount, advice, who) in enumerate(FINDING_ROWS, 1):
        day = date.fromisoformat(found)
        b.row(ws, 2 + i, [i, area, problem, basis, text, day, amount, advice, who])
    b.line(ws, 4 + len(FINDING_ROWS), "内审科    2024年7月25日", 8, b.right)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 督查事项问题件清单, after an insurer's 问题件清单 exported as .xls (title with the office's name on a line, 工单转办/
# 下发意见 with 签名 and 日期, 处理结果 and 处理意见 blocks to be signed, then the list 机构名称/工单标记/流水号/客户姓名/
# 工单子类/工单内容/网点名称/联系电话/处理结果/经办人员/审核人员/处理日期):
# https://github.com/missaouib/POST_INSURANCE/blob/63aac024cd3cbeba49656ea33775d360606861b9/post_insurance/WebRoot/WEB-INF/views/insurance/kfgl/ask/toXlses.jsp
# An .xls (xlwt): the deadline is only in the 下发意见 (7个工作日 from its date); 处理日期 is an event; 反映人 is the
# complainant; 机构名称 holds short and former names (城管局, 水务局, 公交公司, 环保局).
TICKET_ROWS = [
    (
        "市城管局",
        "个案",
        "DC20240710001",
        "王某",
        "市容环境",
        "人民路夜市占道经营油烟扰民",
        "人民路",
        "已办结，夜市已规范至划定区域经营，加装油烟净化设施",
        "李明",
        "陈刚",
        "2024-07-16",
    ),
    (
        "市住建局",
        "个案",
        "DC20240710002",
        "刘某",
        "城市建设",
        "老旧小区改造施工围挡破损影响通行",
        "建设路",
        "正在整改，已更换围挡120米，剩余部分本周完成",
        "张伟",
        "陈刚",
        "2024-07-17",
    ),
    (
        "市水务局",
        "个案",
        "DC20240710003",
        "赵某",
        "排水防涝",
        "城西泵站周边排水沟渠淤堵",
        "城西",
        "",
        "",
        "",
        "",
    ),
    (
        "华龙区人民政府",
        "集中",
        "DC20240710004",
        "孙某",
        "市政设施",
        "胜利路街道背街小巷路灯不亮",
        "胜利路街道",
        "已办结，更换路灯32盏",
        "郭强",
        "陈刚",
        "2024-07-18",
    ),
    (
        "市公交公司",
        "个案",
        "DC20240710005",
        "周某",
        "公共交通",
        "12路公交车晚班发车间隔过长",
        "12路沿线",
        "正在协调，拟8月起加密晚班车次",
        "马丽",
        "陈刚",
        "2024-07-18",
    ),
    (
        "市环保局",
        "个案",
        "DC20240710006",
        "吴某",
        "环境污染",
        "城东建材市场粉尘污染",
        "城东",
        "未整改",
        "何军",
        "陈刚",
        "",
    ),
    (
        "市市场监管局",
        "集中",
        "DC20240710007",
        "郑某",
        "食品安全",
        "校园周边小卖部销售三无食品",
        "开州路",
        "已办结，查扣三无食品46件并立案调查",
        "田芳",
        "陈刚",
        "2024-07-15",
    ),
]


def write_tickets(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, plain = _xf(bold=True, center=True), _xf(), _xf(border=False)
    last = 11
    cells = [
        (0, 0, "___市政府督查室___督查事项问题件清单", t, 0, last),
        (
            1,
            0,
            (
                "工单转办/下发意见：请各承办单位自下发之日起7个工作日内逐件办理并回复。"
                "    签名：张建国    日期：2024年7月10日"
            ),
            plain,
            1,
            last,
        ),
        (
            2,
            0,
            "工单转办/下发处理结果（由督查室相关科室填写）：    经办人签字：            日期：",
            plain,
            2,
            last,
        ),
        (3, 0, "处理意见：    负责人签字：            日期：", plain, 3, last),
        (
            4,
            0,
            (
                "处理结果（由各县区、部门在以下列表中逐件进行回复）    处理意见（由县区、部门负责人填写并签章确认）："
                "    负责人签字：            日期："
            ),
            plain,
            4,
            last,
        ),
    ]
    words = [
        "机构名称",
        "工单标记",
        "流水号",
        "反映人",
        "工单子类",
        "工单内容",
        "所在地点",
        "联系电话",
        "处理结果",
        "经办人员",
        "审核人员",
        "处理日期",
    ]
    for col, w in enumerate(words):
        cells.append((5, col, w, h))
    for i, row in enumerate(TICKET_ROWS):
        r = 6 + i
        values = [*row[:7], f"1390393{i + 1:04d}", *row[7:]]
        for col, v in enumerate(values):
            cells.append((r, col, v, c))
    return _write_xls(path, [("问题件清单", cells)])


# ---------------------------------------------------------------------------------------------
# 4. 领导信箱来信办理情况, after a government site's 信箱 list (序号/姓名/主题/信箱类型/状态/是否公开; 信箱类型 领导信箱、
# 建言献策、投诉举报; 回复状态 已回复/未回复):
# https://github.com/cswzxly/javaee/blob/13c56fcc7192826f927b1ebc769891a43376c201/kgGov/Web/view/system/letter/letter_page.jsp
# A CSV in GBK: the unit (市住建局) only in the title line and file name; 姓名 is the writer; a 合计 line.
LETTER_ROWS = [
    ("张某某", "关于锦华苑小区电梯频繁故障的反映", "投诉举报", "已回复", "公开"),
    ("李某", "建议在新建小区同步配建充电桩", "建言献策", "已回复", "公开"),
    ("王某某", "咨询公租房申请条件", "领导信箱", "已回复", "不公开"),
    ("赵某", "反映绿城花园物业违规收取停车费", "投诉举报", "未回复", "不公开"),
    ("刘某某", "关于老城区燃气管道老化的建议", "建言献策", "未回复", "公开"),
    ("陈某", "反映东方明珠小区违建阳光房未拆除", "投诉举报", "已回复", "公开"),
    ("孙某某", "房屋维修基金使用审批进度缓慢", "领导信箱", "未回复", "不公开"),
]


def write_letters(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["市住建局领导信箱来信办理情况（2024年7月1日—7月31日）"])
    w.writerow(["序号", "姓名", "主题", "信箱类型", "状态", "是否公开"])
    for i, row in enumerate(LETTER_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "来信7件，已回复4件，未回复3件", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 中央生态环境保护督察交办信访举报件办理情况一览表, after a city paper's account of the 第十五批 群众信访举报案件
# (按环境污染类型分为大气、生态、噪音; 已办结4件、阶段性办结2件; 边督边改公开情况一览表) - a page in prose:
# http://www.gamebaike.com/new/725039224262243328
# An .ods (LibreOffice conversion): title, preamble with the counts, one header row with 是否属实 and 办结情况; two
# rows hold their deadline inside the 处理和整改情况 text; a signature line.
PETITION_ROWS = [
    (
        "D3HA202407120011",
        "华龙区某汽修厂露天喷漆异味扰民",
        "华龙区",
        "大气",
        "经查，该汽修厂未配套废气收集设施",
        "属实",
        "责令停止露天喷漆作业，立案处罚2万元",
        "华龙区人民政府",
        "已办结",
    ),
    (
        "D3HA202407120014",
        "清丰县某养殖场粪污渗漏污染农田",
        "清丰县",
        "土壤、水",
        "储粪池防渗层破损，周边部分农田受影响",
        "部分属实",
        "已清运粪污，储粪池防渗改造计划2024年9月底前完成",
        "清丰县人民政府",
        "阶段性办结",
    ),
    (
        "D3HA202407120017",
        "濮阳县某砖厂夜间生产噪声扰民",
        "濮阳县",
        "噪声",
        "该砖厂夜间生产时厂界噪声超标",
        "属实",
        "责令夜间停产，加装隔音设施",
        "濮阳县人民政府",
        "已办结",
    ),
    (
        "X3HA202407120003",
        "城区某商砼站运输道路扬尘",
        "华龙区",
        "大气",
        "场区道路未硬化，车辆带泥上路",
        "属实",
        "已硬化场区道路，洗车平台正在建设，计划2024年8月20日前投用",
        "市住建局",
        "阶段性办结",
    ),
    (
        "D3HA202407120021",
        "南乐县某河道两岸堆放建筑垃圾",
        "南乐县",
        "生态",
        "河道两岸堆放建筑垃圾约300立方米",
        "属实",
        "已全部清理并设置禁倒警示牌",
        "南乐县人民政府",
        "已办结",
    ),
    (
        "D3HA202407120025",
        "范县某化工企业污水管网疑似偷排",
        "范县",
        "水",
        "经采样监测，外排废水达标，未发现偷排行为",
        "不属实",
        "向举报人做好解释说明",
        "市生态环境局",
        "已办结",
    ),
    (
        "X3HA202407120006",
        "台前县某加油站油气回收装置不正常运行",
        "台前县",
        "大气",
        "正在调查核实",
        "",
        "",
        "台前县人民政府",
        "正在办理",
    ),
]


def write_petition_book(path: Path) -> Path:
    b = Book(path, author="督察办")
    ws = b.sheet("第十五批")
    b.widths(ws, [6, 20, 30, 10, 10, 30, 10, 34, 16, 12])
    b.line(ws, 0, "中央生态环境保护督察交办第十五批群众信访举报件办理情况一览表", 9, b.title)
    b.line(
        ws,
        1,
        "按照中央第三生态环境保护督察组工作要求，2024年7月12日交办我市第十五批群众信访举报件7件，"
        "现将调查处理情况公开如下：已办结4件、阶段性办结2件、正在办理1件。",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "受理编号",
            "交办问题",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "办结情况",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.row(ws, 2 + i, [i, *row])
    b.line(
        ws,
        4 + len(PETITION_ROWS),
        "濮阳市配合中央生态环境保护督察工作领导小组办公室    2024年7月22日",
        9,
        b.right,
    )
    return b.close()


def write_petition(path: Path) -> Path:
    via_soffice(write_petition_book, path, "ods", "督察信访举报件办理情况.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 6. 重大安全隐患“一单四制”整改台账, after a district 安委办's check of a town's 重大安全隐患“一单四制” (落实整改责任、
# 措施、资金、时限、预案“五落实”) - a page in prose:
# http://www.junshan.gov.cn/32415/32438/32448/content_1227585.html
# A .docx: title, 填报单位 and 检查日期 line (the base of 立行立改), one table whose rows name the town's own 站所,
# dates as text (2024.8.15, 7月底前, 8月10日前), a signature block.
TOWN_ROWS = [
    (
        "镇区烟花爆竹零售点与居民住宅未保持安全距离",
        "搬迁至镇区外指定地点经营",
        "0.5",
        "2024.8.15",
        "已制定",
        "应急管理办公室",
        "刘伟",
        "正在选址，已与经营户签订搬迁承诺书",
    ),
    (
        "广兴洲中学宿舍楼消防通道堆放杂物",
        "立即清理杂物，保持通道畅通",
        "0",
        "立行立改",
        "—",
        "社会事务办",
        "黄敏",
        "已整改",
    ),
    (
        "沿河危险化学品仓库防雷设施检测过期",
        "委托有资质机构检测",
        "0.8",
        "7月底前",
        "已制定",
        "应急管理办公室",
        "刘伟",
        "已完成检测，检测合格",
    ),
    (
        "农村自建房出租用作小作坊存在私拉电线",
        "规范敷设线路，加装漏电保护",
        "1.2",
        "2024年9月30日前",
        "已制定",
        "规划建设环保办",
        "周强",
        "未启动",
    ),
    (
        "渡口码头救生设备配备不足",
        "增配救生衣、救生圈",
        "0.6",
        "6月30日前完成",
        "已制定",
        "应急管理办公室",
        "刘伟",
        "进展滞后",
    ),
    (
        "农机合作社库房电气线路老化",
        "更换老化线路",
        "0.9",
        "2024年8月底前",
        "已制定",
        "农业综合服务中心",
        "曾辉",
        "",
    ),
    (
        "镇卫生院液氧罐区未设置防护围栏",
        "设置防护围栏和警示标识",
        "0.4",
        "8月10日前",
        "已制定",
        "社会事务办",
        "黄敏",
        "基本完成，围栏已安装待验收",
    ),
]


def write_town(path: Path) -> Path:
    doc = _new_document("镇安监办")
    _title(doc, "广兴洲镇重大安全隐患“一单四制”整改台账")
    _paragraph(doc, "填报单位（盖章）：广兴洲镇人民政府    检查日期：2024年7月9日    年度：2024年", 12)
    body = [[str(i), *row] for i, row in enumerate(TOWN_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "隐患内容",
            "整改措施",
            "整改资金（万元）",
            "整改时限",
            "应急预案",
            "责任站所",
            "责任人",
            "整改进展",
        ],
        body,
        9,
    )
    _paragraph(doc, "注：“五落实”指责任、措施、资金、时限和预案落实到位。", 12)
    _paragraph(
        doc, "填表人：李娟    分管领导：陈志远    联系电话：0393-5123456    填报日期：2024年7月30日", 12
    )
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 7. 节前安全生产大检查隐患整改台账 from two towns, after a town's account of its 节前安全大检查 (镇行政综合执法队、
# 市场监管所、应急办、派出所; 卫生院、超市、烟花爆竹销售店铺; 不能立即整改的建立台账，下达安全生产整改告知书，明确整改
# 时限) - a page in prose:
# http://m.jiaju.dzxwnews.com/tt/2023/0505/3125.html
# A .zip of two .xlsx returns, each with a 填报单位（盖章） and 检查时间 line, a two-row header with √ under 已整改 / 未整改,
# rows naming the town's own 站所, 检查人 beside them, deadlines partly in working days from the 检查时间.
CHECK_RETURNS = [
    (
        "秦岭镇人民政府",
        [
            (
                "镇区某超市安全出口被货架堵塞",
                "清理货架，保持出口畅通",
                "综合执法队",
                "2024年7月26日前",
                "√",
                "",
                "马涛",
            ),
            ("烟花爆竹销售店铺未配备灭火器", "按规定配备灭火器材", "应急办", "5个工作日内", "√", "", "马涛"),
            ("镇卫生院配电室堆放易燃纸箱", "清理配电室杂物", "应急办", "7月底前", "", "√", "罗琴"),
            (
                "节假日值班人员安排表未上墙公示",
                "公示值班安排及联系电话",
                "综合执法队",
                "2024年8月5日前",
                "",
                "",
                "罗琴",
            ),
        ],
    ),
    (
        "皂郊镇人民政府",
        [
            (
                "农贸市场液化气钢瓶露天存放",
                "钢瓶入库存放并设置警示标识",
                "安全办",
                "2024.8.10",
                "",
                "√",
                "杨帆",
            ),
            ("敬老院厨房燃气报警器失灵", "更换燃气报警器", "社会事务办", "5个工作日内", "√", "", "杨帆"),
            ("村级幼儿园大型玩具基础松动", "加固玩具基础", "社会事务办", "8月底前", "√", "", "胡斌"),
            ("镇区加油站卸油区静电接地线断开", "修复静电接地装置", "安全办", "立行立改", "√", "", "胡斌"),
        ],
    ),
]


def write_check_book(path: Path, town: str, rows: list[tuple]) -> Path:
    b = Book(path, author=town)
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 34, 28, 12, 16, 8, 8, 10])
    b.line(ws, 0, "节前安全生产大检查隐患整改台账", 7, b.title)
    b.line(ws, 1, f"填报单位（盖章）：{town}    检查时间：2024年7月25日", 7)
    for c, word in enumerate(["序号", "存在问题", "整改要求", "责任站所", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "整改情况", b.head)
    b.header(ws, 3, ["已整改", "未整改"], 5)
    b.merge(ws, 2, 7, 3, 7, "检查人", b.head)
    for i, (problem, demand, office, limit, done, undone, who) in enumerate(rows, 1):
        r = 3 + i
        b.row(ws, r, [i, problem, demand, office, limit])
        b.row(ws, r, [done, undone], 5, b.center)
        b.put(ws, r, 7, who)
    b.line(ws, 5 + len(rows), "负责人：            填表人：            联系电话：", 7)
    return b.close()


def write_check(path: Path) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for town, rows in CHECK_RETURNS:
            name = f"节前安全生产大检查隐患整改台账（{town[:3]}）.xlsx"
            member = write_check_book(Path(tmp) / name, town, rows)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 8. 企业安全检查整改意见书落实情况台账, after a town's check of the firms in its area (查看安全作业、消防制度落实、安全
# 生产隐患、安全巡查记录; 当场下达整改意见书，督促落实整改) - a page in prose:
# https://shizhu.cbg.cn/show/7508-2387199.html
# A tab-separated text in UTF-16: title line, one header row; 下达日期 is the base of the 日内 deadlines; a 复查情况
# column whose verdict closes an item; 检查人员 beside the firm that must correct.
NOTICE_ROWS = [
    (
        "DX-2024-031",
        "2024-07-08",
        "大歇镇鑫源建材有限公司",
        "粉碎车间除尘设备未正常运行",
        "15日内",
        "已整改，除尘设备已检修恢复运行",
        "复查合格",
        "罗琴、谭军",
    ),
    (
        "DX-2024-032",
        "2024-07-08",
        "大歇镇丰泰木业加工厂",
        "木材加工车间电气线路私拉乱接",
        "2024年7月31日前",
        "正在整改，已更换主线路",
        "",
        "罗琴、谭军",
    ),
    (
        "DX-2024-033",
        "2024-07-10",
        "大歇镇宏达汽车修理厂",
        "废机油存放点未设置防渗漏托盘",
        "10日内",
        "",
        "复查合格",
        "谭军",
    ),
    (
        "DX-2024-034",
        "2024-07-12",
        "大歇镇惠民超市",
        "超市仓库与营业区未进行防火分隔",
        "2024年8月31日前",
        "未整改",
        "",
        "谭军",
    ),
    (
        "DX-2024-035",
        "2024-07-12",
        "大歇镇天然气供应站",
        "调压箱周边堆放杂物",
        "立行立改",
        "已整改",
        "复查合格",
        "罗琴",
    ),
    (
        "DX-2024-036",
        "2024-07-15",
        "大歇镇金穗粮油加工厂",
        "粮食烘干塔操作平台护栏缺失",
        "20日内",
        "",
        "",
        "罗琴",
    ),
]


def write_notices(path: Path) -> Path:
    lines = [
        "大歇镇辖区企业安全检查整改意见书落实情况台账（截至2024年7月31日）",
        "序号\t意见书编号\t下达日期\t整改责任单位\t存在问题\t整改期限\t整改落实情况\t复查情况\t检查人员",
    ]
    lines += ["\t".join([str(i), *row]) for i, row in enumerate(NOTICE_ROWS, 1)]
    lines.append("填报：大歇镇应急管理办公室    2024年7月31日")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


# ---------------------------------------------------------------------------------------------
# 9. 工业企业困难问题办理台账, after a city's 工业企业困难问题办理工作机制 (市非公办“一口受理”; 热线、电子信箱、来人来函、
# 领导联系企业、县区提交、12345转办; 建立企业困难问题台账，交办承办单位限时办结) - a page in prose:
# http://news.dongyingnews.cn/system/2022/03/09/010768099.shtml
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (交办情况 over 交办日期/承办单位/办理时限,
# 办理情况 over 办理进展/是否办结), 办理时限 partly in working days from the 交办日期, the firm beside the unit, a 注 line.
FIRM_ROWS = [
    (
        "濮阳市恒远化工有限公司",
        "12345热线转办",
        "企业新建厂房不动产权证办理进度慢",
        "2024-07-01",
        "市不动产登记中心",
        "10个工作日",
        "已办结，已发放不动产权证书",
        "是",
    ),
    (
        "濮阳市华瑞陶瓷有限公司",
        "一起帮企热线",
        "天然气价格上调增加企业用气成本",
        "2024-07-03",
        "市发改委",
        "2024年8月31日前",
        "正在协调，已组织供气企业座谈",
        "否",
    ),
    (
        "濮阳市中联机械制造有限公司",
        "领导联系企业",
        "厂区周边道路破损影响大型货车通行",
        "2024-07-05",
        "市交通局",
        "15个工作日",
        "",
        "否",
    ),
    (
        "濮阳市新材科技有限公司",
        "电子信箱",
        "高校毕业生就业补贴申领流程繁琐",
        "2024-07-08",
        "市人社局",
        "10个工作日",
        "已办结，已简化申领材料并答复企业",
        "是",
    ),
    (
        "濮阳市绿源食品有限公司",
        "县区提交",
        "企业申请专线供电扩容迟迟未批复",
        "2024-07-10",
        "供电公司",
        "2024年9月30日前",
        "推进中，已完成现场勘查和方案设计",
        "否",
    ),
    (
        "濮阳市宏泰纺织有限公司",
        "12345热线转办",
        "出口退税办理时间较长影响资金周转",
        "2024-07-15",
        "市税务局",
        "10个工作日",
        "已办结",
        "是",
    ),
    (
        "濮阳市金岭精细化工有限公司",
        "来人来函",
        "园区污水处理厂接管标准与企业排放标准不一致",
        "2024-07-22",
        "市生态环境局",
        "2024年10月底前",
        "",
        "",
    ),
]


def write_firms_book(path: Path) -> Path:
    b = Book(path, author="市非公办")
    ws = b.sheet("台账")
    b.widths(ws, [6, 26, 14, 34, 12, 18, 16, 32, 10])
    b.line(ws, 0, "2024年工业企业困难问题办理台账", 8, b.title)
    b.line(ws, 1, "填报单位：市促进非公有制经济发展工作领导小组办公室    截至2024年7月31日", 8)
    for c, word in enumerate(["序号", "企业名称", "问题来源", "困难问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 4, 2, 6, "交办情况", b.head)
    b.header(ws, 3, ["交办日期", "承办单位", "办理时限"], 4)
    b.merge(ws, 2, 7, 2, 8, "办理情况", b.head)
    b.header(ws, 3, ["办理进展", "是否办结"], 7)
    for i, (firm, origin, problem, given, unit, limit, progress, closed) in enumerate(FIRM_ROWS, 1):
        r = 3 + i
        b.row(ws, r, [i, firm, origin, problem, date.fromisoformat(given), unit, limit, progress])
        b.put(ws, r, 8, closed, b.center)
    end = 4 + len(FIRM_ROWS)
    b.line(ws, end + 1, "注：办理时限自交办之日起计算，工作日不含法定节假日。", 8)
    b.line(ws, end + 2, "联系人：李吉良    联系电话：0393-8071787", 8)
    return b.close()


def write_firms(path: Path) -> Path:
    return via_soffice(write_firms_book, path, "xls", "工业企业困难问题办理台账.xlsx")


FILES = [
    ("2023年度审计查出问题整改措施落实情况表.xlsx", write_measures),
    ("市农委2024年上半年内部审计发现问题清单.xlsx", write_findings),
    ("督查事项问题件清单.xls", write_tickets),
    ("市住建局领导信箱来信办理情况（2024年7月）.csv", write_letters),
    ("中央生态环境保护督察交办第十五批信访举报件办理情况一览表.ods", write_petition),
    ("广兴洲镇重大安全隐患“一单四制”整改台账.docx", write_town),
    ("节前安全生产大检查隐患整改台账（两镇）.zip", write_check),
    ("大歇镇辖区企业安全检查整改意见书落实情况台账.tsv", write_notices),
    ("2024年工业企业困难问题办理台账.et", write_firms),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

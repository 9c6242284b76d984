"""Write the dev107 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 税务 (税收风险提示自查, 办税服务厅纳税服务, 税费优惠政策督查), 统计 (服务业数据质量核查, 镇统计执法大检查
自查, 省统计督察反馈整改), 金融网点检查 (银行业金融机构安全评估, 金融单位安全大检查, 助农取款服务点检查) and 防范
非法集资 (养老服务领域风险排查, 风险隐患专项排查). Contents are made up; the statistics date is 2024-07-31.

Forms: .xlsx (five, one more inside the zip; XlsxWriter), .xls (xlwt), .et (an .xlsx converted by LibreOffice to
Excel 97 and named .et, as WPS saves it), .doc (a .docx converted by LibreOffice to Word 97), a .docx whose items
are numbered paragraphs, a CSV in GBK and a .zip of two returns (an .xlsx and a .docx).

Run from this folder: python make_dev107.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Every date inside the files and every zip member time is fixed, so two runs give byte-identical files.
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
# Workbooks (XlsxWriter) with the formats the returns use.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {"bold": True, "font_size": 16, "font_name": "宋体", "align": "center", "valign": "vcenter"}
        )
        self.text = add({"font_name": "宋体", "text_wrap": True, "valign": "vcenter"})
        self.head = add(
            {
                "bold": True,
                "font_name": "黑体",
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.band = add(
            {"bold": True, "font_name": "宋体", "border": 1, "valign": "vcenter", "text_wrap": True}
        )
        self.cell = add({"font_name": "宋体", "border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add(
            {"font_name": "宋体", "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
        )
        self.day = add(
            {
                "font_name": "宋体",
                "border": 1,
                "num_format": "yyyy-mm-dd",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.num = add({"font_name": "宋体", "border": 1, "align": "right", "valign": "vcenter"})

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
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, self.num if fmt is self.cell else fmt)
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

    def row(self, ws, r: int, values: list, first: int = 0, fmt=None) -> None:
        for c, v in enumerate(values):
            self.put(ws, r, first + c, v, fmt)

    def header(self, ws, r: int, words: list[str], first: int = 0) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, self.head)

    def widths(self, ws, widths: list[float]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, outdir: Path) -> Path:
    """LibreOffice --convert-to, with a throw-away profile so that nothing of this machine's profile leaks in."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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
    """Write an .xlsx or .docx with `writer`, convert it with LibreOffice and store it under `path`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.copyfile(soffice(source, suffix, out), path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx) with the fonts Chinese offices use and fixed properties.
def _font(run, font: str = "仿宋_GB2312", size: float = 16, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _para(doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _para(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_doc(author: str):
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = CREATED
    props.modified = CREATED
    props.revision = 1
    props.comments = ""
    return doc


def _table(doc, header: list[str], rows: list[list[str]], size: float = 10.5):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, word in enumerate(header):
        _font(table.cell(0, c).paragraphs[0].add_run(word), "黑体", size)
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values):
            if v:
                _font(table.cell(r, c).paragraphs[0].add_run(v), "仿宋_GB2312", size)
    return table


def _save_docx(doc, path: Path) -> Path:
    """Save a .docx with fixed member times (python-docx stamps the current time otherwise)."""
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
def _xf(bold=False, border=True, center=False, wrap=True, size=11, font="宋体"):
    style = xlwt.XFStyle()
    f = xlwt.Font()
    f.name = font
    f.bold = bold
    f.height = size * 20
    style.font = f
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
    """Cells as (row, col, value, style[, to_row, to_col])."""
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
# 1. 税收风险提示自查整改台账, after a published 税收风险提示清单 whose table reads 序号 | 税种 | 重点风险环节和事项 |
# 风险要素 | 具体税收风险描述 | 风险易发行业 (增值税 申报缴税 计税依据 "将开发产品用于…未视同销售申报" …):
# http://982084.cn/faq/3893.html
# An .xlsx: an enterprise answers the risks pushed to it, keeping the list's first five columns (税种 merged over its
# rows) and adding 自查情况 / 整改措施 / 责任部门 (its own 部门) / 整改时限 / 整改进展; a preamble states the date the
# 提示 was received (立行立改 counts from it); a 注 line and a signature line.
RISK_ROWS = [
    (
        "增值税",
        "申报缴税",
        "计税依据",
        "将开发产品用于抵顶工程款，未视同销售申报增值税",
        "2023年以2套沿街商铺抵顶工程款，计386万元，未申报",
        "补充申报增值税，缴纳滞纳金",
        "财务部",
        "2024年7月15日",
        "已补充申报，税款及滞纳金已入库",
    ),
    (
        "增值税",
        "申报缴税",
        "预缴税款",
        "收取的预收售房款未按规定预缴增值税",
        "锦绣园二期预收款1260万元未预缴",
        "按预收款补缴预缴税款",
        "财务部",
        "7月31日前",
        "正在逐笔核对预收款明细",
    ),
    (
        "土地增值税",
        "清算申报",
        "扣除项目",
        "土地增值税清算时将售楼处装修费用计入开发成本",
        "锦绣园一期清算报告多计扣除项目87万元",
        "委托中介机构调整清算报告",
        "成本部",
        "2024年9月30日",
        "未启动",
    ),
    (
        "企业所得税",
        "汇算清缴",
        "收入确认",
        "已交付房屋未结转收入，计税毛利未按实际毛利额调整",
        "2023年交付的168套住房仍挂预收账款",
        "按实际毛利额与预计毛利额差额调整应纳税所得额",
        "财务部",
        "2024年8月底",
        "",
    ),
    (
        "印花税",
        "申报缴税",
        "计税依据",
        "部分建筑安装工程承包合同漏缴印花税",
        "3份总包合同合计4100万元未申报",
        "补缴印花税",
        "合约部",
        "立行立改",
        "已补缴印花税1.23万元",
    ),
    (
        "房产税",
        "申报缴税",
        "计税依据",
        "自持商业用房出租未按租金收入申报房产税",
        "恒泰广场一层商铺2023年起出租，仍按原值申报",
        "按租金收入从租计征，补充申报",
        "财务部",
        "2024年7月20日",
        "已补充申报，税款已缴纳，经主管税务机关复核无误",
    ),
    (
        "个人所得税",
        "代扣代缴",
        "扣缴义务",
        "支付销售人员佣金未代扣代缴个人所得税",
        "2024年1-6月支付外聘销售人员佣金52万元",
        "更正扣缴申报并补扣税款",
        "销售部",
        "2024年8月15日",
        "部分完成，1-4月已更正，5-6月正在核对",
    ),
    (
        "城镇土地使用税",
        "申报缴税",
        "计税依据",
        "已竣工未售项目占用土地未申报城镇土地使用税",
        "锦绣园一期未售部分占地按比例应申报未申报",
        "按季申报，纳入日常税务管理",
        "财务部",
        "长期坚持",
        "长期坚持",
    ),
]


def write_risk(path: Path) -> Path:
    b = Book(path, author="财务部")
    ws = b.sheet("自查整改台账")
    b.widths(ws, [6, 11, 12, 10, 34, 30, 26, 10, 14, 28])
    b.line(ws, 0, "濮阳市恒泰置业有限公司税收风险提示自查整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位（盖章）：濮阳市恒泰置业有限公司    纳税人识别号：91410900MA45K7R23B    "
        "风险提示接收日期：2024年7月8日（整改时限自接收之日起计算）",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "税种",
            "重点风险环节和事项",
            "风险要素",
            "具体税收风险描述",
            "自查情况",
            "整改措施",
            "责任部门",
            "整改时限",
            "整改进展",
        ],
    )
    first = 3
    for i, row in enumerate(RISK_ROWS):
        r = first + i
        b.put(ws, r, 0, i + 1, b.center)
        b.row(ws, r, list(row[1:]), first=2)
    # 税种 merged over the rows of the same tax, as the list prints it
    i = 0
    while i < len(RISK_ROWS):
        j = i
        while j + 1 < len(RISK_ROWS) and RISK_ROWS[j + 1][0] == RISK_ROWS[i][0]:
            j += 1
        b.merge(ws, first + i, 1, first + j, 1, RISK_ROWS[i][0], b.center)
        i = j + 1
    end = first + len(RISK_ROWS)
    b.line(ws, end, "注：本表根据主管税务机关推送的税收风险提示清单逐项自查填写，整改佐证材料另附。", 9)
    b.line(
        ws,
        end + 2,
        "企业负责人：赵长河    财务负责人：孙丽    填表人：李婷    联系电话：0393-8856217    "
        "填报日期：2024年7月26日",
        9,
    )
    return b.close()


# =============================================================================================
# 2. 办税服务厅纳税服务问题整改情况报告, after a city 国税局's 加强办税服务厅建设的调研报告 (一、基本情况: 实体化办税服务厅,
# 窗口设置, 人员配备; 二、存在的主要问题: 业务量大、排队等候, 人员业务素质, 设施; 三、对策):
# http://www.qzpfhg.com/zuowendaquan/2022/0523/44586.html
# A .docx: a county 税务局 reports to the city office in the report's shape; the items are the numbered paragraphs
# （一）…（七） of part 二, each naming its 股室 (sections of the sender), a measure, a time limit and progress in sentences.
HALL_PARAS = [
    "（一）申报期高峰时段排队等候时间过长，部分纳税人等候超过40分钟。整改措施：纳税服务股牵头推行预约办税和"
    "弹性窗口，申报期增设2个综合窗口，2024年7月15日前落实到位。目前已增设窗口并开通线上预约，整改完成。",
    "（二）自助办税终端故障率高，2台发票领用终端经常卡票，纳税人只能转到人工窗口办理。整改措施：由办税服务厅"
    "联系设备厂家更换终端，8月底前完成。目前已报送采购申请，正在等待厂家供货。",
    "（三）导税人员业务不熟练，对新出台的税费优惠政策解答不准确。整改措施：纳税服务股每月组织一次导税人员"
    "业务培训和测试，长期坚持。",
    "（四）部分窗口人员未按规定佩戴工号牌，服务用语不规范。整改措施：办公室开展文明服务专项督查，"
    "2024年7月10日前整改到位。经督查，已全部整改到位。",
    "（五）办税服务厅无障碍通道坡度过陡，未设置低位服务台，老年人和残疾人办税不便。整改措施：由办公室负责"
    "改造无障碍通道、增设低位服务台，2024年第三季度完成。目前尚未启动。",
    "（六）跨区域涉税事项报验需多次往返，办理环节多、资料重复报送。整改措施：征收管理股梳理办理流程，"
    "推行“一次办”，2024年9月30日前完成。",
    "（七）12366转办的纳税人诉求回复不及时，二季度有7件超过办理时限。整改措施：纳税服务股建立诉求办理台账，"
    "每日跟踪督办，2024年7月31日前全部办结。目前已办结5件，剩余2件正在核实。",
]


def write_hall(path: Path) -> Path:
    doc = _new_doc("纳税服务股")
    _title(doc, "国家税务总局濮阳县税务局\n关于办税服务厅纳税服务存在问题及整改情况的报告")
    _para(doc, "市局纳税服务科：", indent=False)
    _para(
        doc,
        "按照市局关于开展办税服务厅纳税服务质量自查的要求，我局组织纳税服务股、征收管理股、办公室对县局办税服务厅"
        "进行了全面自查。现将有关情况报告如下：",
    )
    _para(doc, "一、基本情况", font="黑体")
    _para(
        doc,
        "我局办税服务厅设综合服务窗口8个、自助办税区1个，现有工作人员16人，上半年共受理各类涉税事项3.2万件。"
        "办税服务厅按照申报征收、发票管理、综合服务分类设置窗口，实行AB岗管理。",
    )
    _para(doc, "二、存在的主要问题及整改情况", font="黑体")
    for text in HALL_PARAS:
        _para(doc, text)
    _para(doc, "三、下一步工作打算", font="黑体")
    _para(doc, "我局将以此次自查为契机，持续优化办税流程，巩固整改成果，不断提升纳税人缴费人满意度。")
    _para(doc, "国家税务总局濮阳县税务局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


# =============================================================================================
# 3. 税费优惠政策落实督查反馈问题整改台账, after the 税务系统督查工作 procedure (督查立项、实施准备、实地督查、反馈意见、
# 总结汇报、督促整改; 督查组; 督查工作底稿; 被督查单位):
# https://www.daowen.com/book/content/235877159/3502462.html
# An .xls (xlwt): title, 填报单位 and the 反馈 date the 工作日 count from, the 督查组 (inspector) beside the
# 整改责任单位 (county 税务局s), a 督查组复核意见 column, a 合计 row, a 注 line and a signature line.
SUPERVISE_ROWS = [
    (
        "第一督查组",
        "国家税务总局清丰县税务局",
        "小微企业“六税两费”减免政策未自动推送提醒，部分纳税人未享受",
        "逐户排查，辅导更正申报并办理退抵税",
        "2024年7月20日",
        "已排查126户，辅导更正申报全部完成",
        "复核通过",
    ),
    (
        "第一督查组",
        "国家税务总局南乐县税务局",
        "研发费用加计扣除政策辅导不到位，企业留存备查资料不规范",
        "开展专题辅导，逐户核查备查资料",
        "2024年8月31日",
        "已开展专题辅导2场，正在逐户核查备查资料",
        "",
    ),
    (
        "第二督查组",
        "国家税务总局范县税务局",
        "增值税留抵退税审核超时限，3户企业办理时间超过规定",
        "完善退税审核台账，压缩审核时间",
        "15个工作日内",
        "未整改",
        "",
    ),
    (
        "第二督查组",
        "国家税务总局台前县税务局",
        "办税服务厅仍在发放已失效的政策宣传资料",
        "全部收回，更换为最新政策指引",
        "2024年7月10日",
        "已收回并更换",
        "复核通过",
    ),
    (
        "第三督查组",
        "国家税务总局濮阳市华龙区税务局",
        "个体工商户经营所得减半征收个人所得税政策存在漏享户",
        "推送提示，辅导更正申报",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "第三督查组",
        "国家税务总局濮阳经济技术开发区税务局",
        "重点税源企业政策落实跟踪问效机制未建立",
        "建立跟踪问效机制，按季度回访",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "第三督查组",
        "国家税务总局濮阳县税务局",
        "小规模纳税人减免增值税申报错误未及时纠正，涉及43户",
        "逐户辅导更正申报",
        "2024年8月15日",
        "已纠正31户，剩余12户正在联系",
        "",
    ),
]


def write_supervise(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True, font="黑体"), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells: list[tuple] = [
        (0, 0, "2024年上半年税费优惠政策落实情况督查反馈问题整改台账", t, 0, 8),
        (
            1,
            0,
            "填报单位：国家税务总局濮阳市税务局办公室    督查反馈日期：2024年7月1日    填报日期：2024年7月29日",
            plain,
            1,
            8,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "督查组",
            "整改责任单位",
            "督查发现问题",
            "整改措施",
            "整改时限",
            "整改情况",
            "督查组复核意见",
        ]
    ):
        cells.append((2, col, word, h))
    cells.append((2, 8, "备注", h))
    for i, row in enumerate(SUPERVISE_ROWS, 1):
        r = 2 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (1, 5, 7) else c))
        cells.append((r, 8, "", c))
    r = 3 + len(SUPERVISE_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "督查组反馈问题7个", c, r, 8),
        (
            r + 1,
            0,
            "注：整改时限按督查反馈意见确定，以工作日计的自督查反馈之日起计算；复核意见由督查组填写。",
            plain,
            r + 1,
            8,
        ),
        (r + 2, 0, "填表人：陈晓燕    审核人：王建军    联系电话：0393-4412306", plain, r + 2, 8),
    ]
    return _write_xls(path, "整改台账", cells, [6, 12, 26, 36, 26, 14, 28, 14, 8])


# =============================================================================================
# 4. 规模以上服务业数据质量核查问题整改台账, after a county 统计局's 服务业数据质量核查 (“三明确”: 核查对象倾向新入库单位;
# 核查营业收入、净服务收入、利润总额、应交增值税、应付职工薪酬、从业人员期末人数; 查阅统计台账、利润表、增值税纳税申报表;
# 报表数据与统计台账一致，统计台账与原始记录一致，原始记录与实际情况一致):
# http://bid.caigoupt.com/info-244632756.html
# An .xlsx: title, 核查单位/核查时间 line, a two-row header (核查数据 over 指标/上报数/核实数/差错率, 整改落实 over three
# columns), the 调查单位 as 整改责任单位, figures as numbers, a 合计 row and a 填表人 line.
DATA_ROWS = [
    (
        "濮阳市鑫诚物流有限公司",
        "营业收入",
        1862.0,
        1608.0,
        "15.8%",
        "将代收代付的运费计入营业收入，多报254万元",
        "按核实数修正2024年1-5月定报数据",
        "2024年7月20日",
        "已在联网直报平台修正，复核一致",
    ),
    (
        "濮阳市华瑞物业服务有限公司",
        "应付职工薪酬",
        312.0,
        268.0,
        "16.4%",
        "未建立工资统计台账，应付职工薪酬无原始凭证支撑",
        "建立工资统计台账，补齐原始凭证",
        "2024年7月31日",
        "正在补建统计台账",
    ),
    (
        "濮阳市智联信息技术有限公司",
        "从业人员期末人数",
        86,
        52,
        "65.4%",
        "将劳务外包人员计入从业人员期末人数",
        "修正数据并书面说明情况",
        "7月25日前",
        "未整改",
    ),
    (
        "濮阳市康宁健康管理有限公司",
        "利润总额",
        96.0,
        41.0,
        "134.1%",
        "统计人员按预估数填报利润总额，与利润表不一致",
        "按财务报表修正",
        "2024年7月15日",
        "已修正",
    ),
    (
        "濮阳市天成人力资源服务有限公司",
        "营业收入",
        2450.0,
        2450.0,
        "0",
        "净服务收入与营业收入口径混淆，净服务收入填报错误",
        "参加统计业务培训，修正净服务收入",
        "2024年8月10日",
        "",
    ),
    (
        "濮阳市绿源环境工程有限公司",
        "应交增值税",
        58.0,
        73.0,
        "20.5%",
        "应交增值税与增值税纳税申报表数据不符",
        "核对纳税申报表后修正",
        "2024年7月31日",
        "已与财务核对，正在修正",
    ),
    (
        "濮阳市宏达检测技术有限公司",
        "营业收入",
        736.0,
        690.0,
        "6.7%",
        "统计台账与原始记录不一致，部分收入缺少销售发票佐证",
        "完善原始记录和统计台账",
        "8月底前",
        "未启动",
    ),
    (
        "濮阳市龙都文化传媒有限公司",
        "从业人员期末人数",
        35,
        35,
        "0",
        "统计人员变动频繁未办理交接，月度报表迟报2次",
        "落实统计人员交接和报表审核制度",
        "长期坚持",
        "长期坚持",
    ),
]


def write_data(path: Path) -> Path:
    b = Book(path, author="服务业统计科")
    ws = b.sheet("核查整改台账")
    b.widths(ws, [6, 28, 14, 10, 10, 9, 36, 28, 14, 26])
    b.line(ws, 0, "2024年规模以上服务业数据质量核查问题整改台账", 9, b.title)
    b.line(
        ws, 1, "核查单位：濮阳市统计局服务业统计科    核查时间：2024年6月24日至7月5日    金额单位：万元", 9
    )
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 3, 1, "整改责任单位（调查单位）", b.head)
    b.merge(ws, 2, 2, 2, 5, "核查数据", b.head)
    b.header(ws, 3, ["核查指标", "上报数", "核实数", "差错率"], first=2)
    b.merge(ws, 2, 6, 3, 6, "存在问题", b.head)
    b.merge(ws, 2, 7, 2, 9, "整改落实", b.head)
    b.header(ws, 3, ["整改要求", "整改时限", "整改情况"], first=7)
    for i, row in enumerate(DATA_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(DATA_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 9, "核查调查单位8家，发现数据差错或基础工作问题8个")
    b.line(
        ws,
        end + 2,
        "填表人：郭晓静    审核人：刘振华    联系电话：0393-8991027    填报日期：2024年7月29日",
        9,
    )
    return b.close()


# =============================================================================================
# 5. 镇统计执法大检查自查问题整改表, after a 镇's notice on the 统计执法大检查 (各村委、社区居委会、规模以上企业; 检查内容:
# 伪造篡改统计资料, 原始记录和统计台账, 拒报迟报; 自查阶段、抽查阶段):
# https://jkq.changzhou.gov.cn/html/jkq/2014/LEPMQIQC_0628/543.html
# A CSV in GBK: title line, a line with the 填报单位, the 自查 dates and the date the 整改时限 in days (and 立行立改)
# count from, a header line, the 村委会/社区/企业 as 整改责任单位, a 合计 line and a 填表人 line.
TOWN_ROWS = [
    (
        "行政村",
        "清丰县马庄桥镇前营村村民委员会",
        "村级农业统计报表无原始记录，农作物播种面积凭估算填报",
        "建立农作物播种面积原始登记簿",
        "2024年7月31日",
        "已建立登记簿并补录夏粮数据",
    ),
    (
        "社区",
        "清丰县马庄桥镇新华社区居民委员会",
        "人口变动统计台账未按月更新",
        "指定专人按月更新台账",
        "2024年8月15日",
        "正在补录1-6月数据",
    ),
    (
        "规上工业企业",
        "清丰县宏鑫家具制造有限公司",
        "工业产值统计台账与财务账不一致",
        "按财务账调整统计台账",
        "10日内",
        "未整改",
    ),
    (
        "规上工业企业",
        "清丰县金丰食品有限公司",
        "统计人员未经培训上岗，月度报表屡次迟报",
        "参加县统计局业务培训",
        "2024年7月20日",
        "已参加培训，6月报表已按时报送",
    ),
    (
        "行政村",
        "清丰县马庄桥镇西魏家村村民委员会",
        "村级统计资料未归档，2023年年报资料缺失",
        "整理归档，补齐年报资料",
        "2024年9月30日",
        "",
    ),
    (
        "资质内建筑业企业",
        "清丰县鼎盛建筑工程有限公司",
        "更正已上报的建筑业总产值数据未履行审核手续",
        "补办审核手续，建立数据更正审批制度",
        "立行立改",
        "已补办审核手续",
    ),
]


def write_town(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["马庄桥镇统计执法大检查自查问题整改表"])
    w.writerow(
        [
            "填报单位：清丰县马庄桥镇人民政府（统计站）；自查时间：2024年7月8日至7月12日；"
            "整改时限自2024年7月15日起计算"
        ]
    )
    w.writerow(["序号", "单位类别", "整改责任单位", "自查发现问题", "整改措施", "整改时限", "整改结果"])
    for i, row in enumerate(TOWN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "自查村（社区）和企业23家", "发现问题6个", "", "", ""])
    w.writerow(["填表人：马丽娟", "", "联系电话：0393-7365108", "", "填报日期：2024年7月26日", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# =============================================================================================
# 6. 省统计督察反馈意见问题整改清单, after a provincial 统计督察组's feedback to a city (督察发现: 学习贯彻党中央国务院
# 决策部署仍有差距; 统计法定职责履行不到位 — 违反统计法精神的文件和做法, 统计培训效果不明显, 统计法治宣传力度不够,
# 工作条件保障不到位, 执法监督力量存在缺口; 防范和惩治统计造假责任尚未压紧压实; 首轮国家统计督察反馈问题整改推进不力):
# https://heihe.dbw.cn/system/2024/03/04/059285476.shtml
# An .et (Excel 97 written by LibreOffice from an .xlsx, named .et as WPS saves it): title, 填报单位 line, one header,
# the four 方面 of the feedback as merged band rows, the 责任单位 in the short names offices use, a 填表人 line.
INSPECT_BANDS = [
    (
        "一、学习贯彻党中央、国务院关于统计工作重大决策部署方面",
        [
            (
                "对统计造假、弄虚作假的危害性认识不足，传达学习不及时、不到位",
                "市委常委会会议、市政府常务会议专题传达学习，各县区同步传达",
                "市统计局",
                "2024年7月31日",
                "已完成专题传达学习",
            ),
        ],
    ),
    (
        "二、统计法定职责履行方面",
        [
            (
                "存在违反统计法精神的文件和做法，个别部门将统计数据纳入考核排名",
                "全面清理涉及统计工作的规范性文件",
                "市司法局",
                "2024年8月31日",
                "已梳理文件132件，正在逐件审查",
            ),
            (
                "统计法治宣传力度不够，统计法进党校、进机关未落实",
                "将统计法纳入党校主体班次课程，开展统计法宣传月活动",
                "市统计局",
                "2024年12月底前",
                "",
            ),
            (
                "统计工作条件保障不到位，乡镇统计工作经费未列入财政预算",
                "将乡镇统计工作经费列入2025年财政预算",
                "市财政局",
                "年底前",
                "未启动",
            ),
            (
                "统计执法监督力量存在缺口，专职执法人员不足",
                "充实执法力量，建立统计执法人才库",
                "市统计局",
                "2024年第三季度",
                "已从县区抽调执法骨干8人，人才库组建方案正在审定",
            ),
        ],
    ),
    (
        "三、防范和惩治统计造假责任落实方面",
        [
            (
                "防范和惩治统计造假责任制未压紧压实，部分部门未制定责任清单",
                "制定部门防范和惩治统计造假责任清单",
                "市发改委",
                "2024年7月20日",
                "已制定并印发",
            ),
        ],
    ),
    (
        "四、首轮国家统计督察反馈问题整改方面",
        [
            (
                "首轮国家统计督察反馈的工业统计数据失实问题整改推进不力",
                "对重点工业企业开展数据核查，逐户建立整改台账",
                "市工信局",
                "9月30日前",
                "正在开展核查",
            ),
            (
                "房地产开发投资项目统计入库审核把关不严",
                "建立入库项目联合审核机制，常态化开展核查",
                "市住建局",
                "长期坚持",
                "常态化推进",
            ),
        ],
    ),
]


def write_inspect_book(path: Path) -> Path:
    b = Book(path, author="法规科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 40, 36, 12, 16, 30])
    b.line(ws, 0, "省统计督察反馈意见问题整改清单", 5, b.title)
    b.line(ws, 1, "填报单位：濮阳市统计督察反馈意见整改工作领导小组办公室    填报时间：2024年7月30日", 5)
    b.header(ws, 2, ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改进展"])
    r, n = 3, 0
    for band, rows in INSPECT_BANDS:
        b.merge(ws, r, 0, r, 5, band, b.band)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "填表人：周晓明    联系电话：0393-4418826", 5)
    return b.close()


def write_inspect(path: Path) -> Path:
    return via_soffice(write_inspect_book, path, "xls", "省统计督察反馈意见问题整改清单.xlsx")


# =============================================================================================
# 7. 银行业金融机构安全评估发现问题整改台账, after a 公安局治安大队's 安全评估 of the banks with the 银保监 office (营业场所
# 安全, 业务库、保管箱库安全, 消防安全, 案件防范, 安全保卫基础等9个方面222项; 查档案、看现场、问员工、调监控; 各网点、
# 部分自助银行和自助机具):
# http://www.yongzhou.gov.cn/zt/yzchangan/folder1055/2021-10-29/fnI3UafuTnsPyrDs.html
# An .xlsx: title, 评估单位 line, a two-row header (整改落实 over three columns), the 金融单位 merged down over its
# 网点, the 整改责任网点 beside it, 扣分 as numbers, a 合计 row and a 填表人 line.
BANK_GROUPS = [
    (
        "中国农业银行股份有限公司濮阳分行",
        [
            (
                "中国农业银行股份有限公司濮阳开州路支行",
                "营业场所安全",
                "营业厅紧急报警按钮未与110报警平台联网",
                2,
                "完成报警联网改造",
                "2024年7月20日",
                "已联网，测试正常",
            ),
            (
                "中国农业银行股份有限公司濮阳华龙支行",
                "消防安全",
                "自助银行区灭火器过期未更换",
                1,
                "更换灭火器，建立月检记录",
                "2024年7月12日",
                "已更换",
            ),
            (
                "中国农业银行股份有限公司濮阳华龙支行",
                "自助设备安全",
                "离行式自助银行未安装防窥罩和防侧录装置",
                2,
                "加装防窥罩和防侧录装置",
                "2024年9月30日",
                "正在协调设备厂家",
            ),
        ],
    ),
    (
        "濮阳农村商业银行股份有限公司",
        [
            (
                "濮阳农村商业银行股份有限公司胜利路支行",
                "业务库安全",
                "业务库监控录像存储不足30天",
                2,
                "扩容存储设备",
                "2024年8月15日",
                "已采购硬盘，正在安装调试",
            ),
            (
                "濮阳农村商业银行股份有限公司岳村支行",
                "安全保卫基础",
                "突发事件应急预案未按规定每季度演练",
                1,
                "组织开展防抢劫应急演练",
                "7月31日前",
                "",
            ),
        ],
    ),
    (
        "中原银行股份有限公司濮阳分行",
        [
            (
                "中原银行股份有限公司濮阳黄河路支行",
                "营业场所安全",
                "现金柜台防弹玻璃存在裂纹",
                3,
                "更换防弹玻璃",
                "2024年8月31日",
                "未整改",
            ),
        ],
    ),
    (
        "中国邮政储蓄银行股份有限公司濮阳市分行",
        [
            (
                "中国邮政储蓄银行股份有限公司濮阳市京开道支行",
                "案件防范",
                "保安人员无证上岗，防护器材未配齐",
                2,
                "更换持证保安，配齐防护器材",
                "2024年7月25日",
                "已更换持证保安，器材已配齐",
            ),
        ],
    ),
]


def write_bank(path: Path) -> Path:
    b = Book(path, author="内保大队")
    ws = b.sheet("评估问题整改")
    b.widths(ws, [6, 24, 30, 12, 34, 6, 24, 14, 24])
    b.line(ws, 0, "2024年银行业金融机构安全评估发现问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "评估单位：濮阳市公安局治安管理支队、国家金融监督管理总局濮阳监管分局    "
        "评估时间：2024年6月17日至6月21日",
        8,
    )
    for c, word in enumerate(["序号", "金融单位", "整改责任网点", "评估项目", "发现问题", "扣分"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改措施", "整改期限", "整改情况"], first=6)
    r, n, total = 4, 0, 0
    for bank, rows in BANK_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, bank, b.center)
        for row in rows:
            n += 1
            total += row[3]
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.put(ws, r, 0, "合计", b.center)
    b.merge(ws, r, 1, r, 8, f"评估营业网点6个，发现问题{n}个，扣分合计{total}分")
    b.line(ws, r + 2, "填表人：孔德明    联系电话：0393-6663170    填报日期：2024年7月27日", 8)
    return b.close()


# =============================================================================================
# 8. 金融单位安全大检查隐患整改反馈 (two banks), after a 开发区公安分局's 金融业安全大检查 (报警系统运行状况、监控点位设置、
# 监控探头质量及运行情况、员工操作情况、消防设施配备; 发现安全隐患3处，当场整改2处，下达整改通知书1份; 责令限期整改):
# http://dongying.dzwww.com/xsq/kfq/kfqyw/201702/t20170227_15601625.htm
# A .zip of the two answers the banks sent back: an .xlsx (a branch; its 部门 as 整改责任部门; 检查项目 as in the
# check) and a .docx (a city branch; a table with its 部门 as 责任部门, 整改结果 in words).
CCB_ROWS = [
    (
        "报警系统",
        "营业室紧急报警装置与监控中心联动测试不响应",
        "保卫部",
        "检修报警线路，重新联动测试",
        "2024年7月9日",
        "已现场整改",
    ),
    (
        "监控系统",
        "ATM加钞间监控探头角度偏移，看不清加钞操作台",
        "运营部",
        "调整探头角度，增加补光",
        "2024年7月12日",
        "已调整，图像清晰",
    ),
    (
        "消防设施",
        "营业厅安全疏散通道堆放宣传展架",
        "营业室",
        "清理疏散通道，展架定点摆放",
        "2024年7月10日",
        "",
    ),
    (
        "员工操作",
        "柜员临时离柜未锁屏、未收起业务印章",
        "运营部",
        "开展操作规范培训，每日抽查",
        "长期坚持",
        "常态化开展",
    ),
]
ZZB_ROWS = [
    (
        "自助银行",
        "自助银行夜间照明不足，门禁系统失灵",
        "科技部",
        "2024年7月20日",
        "门禁已维修，照明灯具正在更换",
    ),
    ("业务库", "业务库外防护门未安装延时锁", "安全保卫部", "2024年8月31日", "未整改"),
    (
        "营业部",
        "视频图像存储设备硬盘故障，部分时段录像丢失",
        "科技部",
        "2024年7月15日",
        "已更换硬盘，录像存储恢复正常",
    ),
    ("安保值守", "保安值守期间脱岗，未按规定开展巡查", "安全保卫部", "2024年7月31日", ""),
]


def write_ccb_book(path: Path) -> Path:
    b = Book(path, author="保卫部")
    ws = b.sheet("整改反馈")
    b.widths(ws, [6, 12, 36, 10, 28, 14, 18])
    b.line(ws, 0, "金融单位安全大检查隐患整改情况反馈表", 6, b.title)
    b.line(
        ws,
        1,
        "填报单位：中国建设银行股份有限公司濮阳开发区支行    检查单位：濮阳市公安局经济技术开发区分局    "
        "检查时间：2024年7月9日",
        6,
    )
    b.header(ws, 2, ["序号", "检查项目", "隐患内容", "整改责任部门", "整改措施", "整改时限", "完成情况"])
    for i, row in enumerate(CCB_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(
        ws,
        4 + len(CCB_ROWS),
        "支行负责人：吴海波    填表人：宋佳    联系电话：0393-8181516    填报日期：2024年7月24日",
        6,
    )
    return b.close()


def write_zzb_docx(path: Path) -> Path:
    doc = _new_doc("安全保卫部")
    _title(doc, "安全检查隐患整改情况报告", 18)
    _para(doc, "濮阳市公安局经济技术开发区分局：", 12, indent=False)
    _para(
        doc,
        "贵局于2024年7月9日对我行开展金融单位安全大检查，下达了《责令限期整改通知书》。我行高度重视，逐项落实整改，"
        "现将整改情况报告如下：",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(ZZB_ROWS, 1)]
    _table(doc, ["序号", "隐患部位", "存在问题", "责任部门", "整改期限", "整改结果"], body)
    _para(doc, "郑州银行股份有限公司濮阳分行", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月26日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


def write_secure(path: Path) -> Path:
    members = [
        ("安全大检查隐患整改情况反馈表（建行开发区支行）.xlsx", write_ccb_book),
        ("安全检查隐患整改情况报告（郑州银行濮阳分行）.docx", write_zzb_docx),
    ]
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, writer in members:
            data = writer(Path(tmp) / name).read_bytes()
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # names in UTF-8
            dst.writestr(info, data)
    return path


# =============================================================================================
# 9. 养老服务领域非法集资风险排查问题清单, after a district 金融办 and 民政局's 防范非法集资专项检查 of the 养老机构 (运营模式、
# 收费方式、提供服务情况; 查看托养合同、宣传资料; 利用养老名义违规、超范围吸收资金; 粘贴宣传单、公开举报电话):
# http://www.jianghai.gov.cn/zwgk/zfxxgkmlxt/zfxxgkml/dzbgs/content/post_1988909.html
# An .xlsx: title, 填报单位/排查时间 line, one header with 养老机构 as 整改责任单位, 风险等级, 整改情况 with one 已移交,
# a 备注 column, a 注 line and a signature line.
ELDER_ROWS = [
    (
        "濮阳市华龙区康乐老年公寓",
        "民办",
        "以办理“贵宾会员卡”名义向老年人收取大额预付费，单笔超过10万元",
        "较高",
        "责令停止收取，清退超额预付费",
        "2024年8月31日",
        "已停止收取，正在分批清退",
        "",
    ),
    (
        "濮阳市夕阳红颐养院",
        "民办",
        "托养合同未载明押金退还条款",
        "一般",
        "使用示范合同文本重新签订",
        "2024年7月20日",
        "已按示范文本重新签订",
        "",
    ),
    (
        "濮阳市福寿园养老服务有限公司",
        "企业",
        "在服务场所摆放保健品宣传资料，承诺购买后高额返利",
        "较高",
        "清理宣传资料，线索移交市场监管部门",
        "2024年7月15日",
        "已移交市市场监督管理局",
        "",
    ),
    (
        "濮阳市华龙区幸福家园养老中心",
        "民办",
        "未在醒目位置公示收费项目和收费标准",
        "一般",
        "公示收费项目和标准",
        "7月底前",
        "未整改",
        "",
    ),
    (
        "濮阳市颐和康养中心",
        "民办",
        "未按规定张贴防范非法集资宣传材料和举报电话",
        "低",
        "张贴宣传材料，公开举报电话",
        "2024年7月12日",
        "",
        "",
    ),
    (
        "濮阳市华龙区松鹤养老院",
        "公建民营",
        "收取的床位押金超过规定月数，未存入监管账户",
        "较高",
        "设立押金监管账户，退还超收部分",
        "2024年9月30日",
        "已与银行签订监管协议，正在迁移资金",
        "",
    ),
    (
        "濮阳市华龙区孟轲乡敬老院",
        "公办",
        "工作人员对非法集资识别能力不足，未开展防非培训",
        "低",
        "每季度开展一次防范非法集资培训",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_elder(path: Path) -> Path:
    b = Book(path, author="养老服务股")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 28, 9, 40, 9, 28, 14, 26, 8])
    b.line(ws, 0, "养老服务领域非法集资风险排查问题清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市华龙区民政局    排查时间：2024年7月1日至7月10日    联系人：高敏", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "整改责任单位（养老机构）",
            "机构性质",
            "排查发现问题",
            "风险等级",
            "处置措施",
            "整改时限",
            "整改情况",
            "备注",
        ],
    )
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ELDER_ROWS)
    b.line(ws, end, "注：风险等级分为较高、一般、低三档；已移交的线索由接收部门依法处置。", 8)
    b.line(
        ws,
        end + 2,
        "单位负责人：许建国    填表人：高敏    联系电话：0393-8312495    填报日期：2024年7月25日",
        8,
    )
    return b.close()


# =============================================================================================
# 10. 非法集资风险隐患专项排查发现问题整改情况报告, after a city government's 非法集资风险隐患专项排查工作实施方案 (属地为主、
# 部门配合; 重点主体: 民间投融资中介、养老服务、涉农合作组织、典当行、寄卖行…; 重点场所: 商业聚集区、城镇市场、农村集市、
# 户外广告投放区; 重点群体: 老弱病残、征地拆迁户; 四个查: 互联网监查…):
# http://cqqrdzs.com/ycsrmzf/szfbgswj5b/202005/ab463f4933e041dcafd3a32d262da42f.shtml
# A .doc (Word 97 written by LibreOffice): a county 处非办's report with 主送, preamble, one table (排查方式 beside the
# 风险隐患, the 乡镇/部门 as 责任单位), closing paragraph, the office and date at the foot.
FUND_ROWS = [
    (
        "互联网监查",
        "某商贸公司在微信群发布“养老理财、年化收益18%”融资广告",
        "濮阳县城关镇人民政府",
        "2024年7月15日",
        "已删除广告，约谈企业负责人，复查未发现反弹",
    ),
    (
        "商业聚集区排查",
        "文留镇街面一家“投资咨询”门店以消费返利名义吸收资金",
        "濮阳县文留镇人民政府",
        "2024年7月31日",
        "已移交县公安局立案调查",
    ),
    (
        "涉农合作组织排查",
        "柳屯镇2家农民专业合作社超出社员范围吸收资金",
        "濮阳县农业农村局",
        "2024年8月31日",
        "正在督促合作社清退社外资金",
    ),
    (
        "农村集市排查",
        "庆祖镇集市有人以免费旅游为诱饵推销“养老项目”认购",
        "濮阳县庆祖镇人民政府",
        "2024年7月10日",
        "未整改",
    ),
    (
        "户外广告排查",
        "户部寨镇公交站台张贴“低息贷款、高息揽储”小广告",
        "濮阳县户部寨镇人民政府",
        "2024年7月20日",
        "",
    ),
    (
        "重点群体排查",
        "征地拆迁户领取补偿款后被诱导参与高息民间借贷",
        "濮阳县八公桥镇人民政府",
        "长期坚持",
        "常态化开展入户宣传",
    ),
    (
        "典当寄卖行业排查",
        "县城一家寄卖行违规开展吸收存款、发放贷款业务",
        "濮阳县城关镇人民政府",
        "2024年第三季度",
        "已责令停业整顿，正在清查资金去向",
    ),
]


def write_fund_docx(path: Path) -> Path:
    doc = _new_doc("县处非办")
    _title(doc, "关于非法集资风险隐患专项排查\n发现问题整改情况的报告")
    _para(doc, "县打击和处置非法集资工作领导小组：", indent=False)
    _para(
        doc,
        "按照《濮阳县非法集资风险隐患专项排查工作方案》要求，县处非办坚持属地为主、部门配合，组织各乡镇和县直有关"
        "部门，围绕重点主体、重点场所、重点群体开展了互联网监查和地毯式排查。排查发现的风险隐患及整改情况如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(FUND_ROWS, 1)]
    _table(doc, ["序号", "排查方式", "风险隐患", "责任单位", "整改时限", "整改进展"], body, size=10.5)
    _para(doc, "下一步，县处非办将对已整改问题开展“回头看”，对未完成整改的逐项督办，确保风险隐患动态清零。")
    _para(doc, "濮阳县打击和处置非法集资工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "2024年7月29日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_docx(doc, path)


def write_fund(path: Path) -> Path:
    return via_soffice(write_fund_docx, path, "doc", "非法集资风险隐患专项排查发现问题整改情况报告.docx")


# =============================================================================================
# 11. 银行卡助农取款服务点现场检查问题整改台账, after a 人民银行中心支行's 走访 of 助农取款服务点 (辖内3126个服务点中
# 实地走访120个; 承办银行 建设银行、农业银行、邮政储蓄银行和农村信用社; 服务点管理和服务水平薄弱, 取款限额, 合作服务点
# 收益低):
# https://fx361.cc/page/2018/0128/20365809.shtml
# An .xlsx: title, 检查单位/检查时间 line, one header where the 承办银行 is named the 整改责任单位 beside the 服务点 and
# its 乡镇, a 合计 row, a 填表人 line.
POINT_ROWS = [
    (
        "濮阳县胡状镇前刘村助农取款服务点",
        "胡状镇",
        "濮阳农村商业银行股份有限公司胡状支行",
        "服务点未公示服务内容、收费标准和投诉电话",
        "补充公示服务信息",
        "2024年7月20日",
        "已补充公示",
    ),
    (
        "清丰县仙庄镇北街村助农取款服务点",
        "仙庄镇",
        "中国邮政储蓄银行股份有限公司清丰县支行",
        "转账电话终端长期故障，无法办理小额取款",
        "维修或更换机具",
        "2024年7月31日",
        "已报修，正在等待更换机具",
    ),
    (
        "南乐县福堪镇东街村助农取款服务点",
        "福堪镇",
        "中国农业银行股份有限公司南乐支行",
        "业务登记簿记录不全，缺少客户签字确认",
        "规范业务登记",
        "2024年8月10日",
        "未整改",
    ),
    (
        "范县龙王庄镇苏庄村助农取款服务点",
        "龙王庄镇",
        "中国建设银行股份有限公司范县支行",
        "服务点未配备验钞设备，收付现金无法鉴别真伪",
        "配备验钞设备",
        "2024年8月31日",
        "",
    ),
    (
        "台前县侯庙镇张堂村助农取款服务点",
        "侯庙镇",
        "河南台前农村商业银行股份有限公司侯庙支行",
        "服务点负责人变更后未重新签订服务协议",
        "重新签订服务协议",
        "2024年7月15日",
        "已重新签订服务协议",
    ),
    (
        "濮阳市华龙区岳村镇城子村助农取款服务点",
        "岳村镇",
        "中国邮政储蓄银行股份有限公司濮阳市岳村支行",
        "承办银行未按季度对服务点开展巡检",
        "建立按季巡检制度",
        "长期坚持",
        "按季度巡检，常态化推进",
    ),
]


def write_point(path: Path) -> Path:
    b = Book(path, author="支付结算科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 32, 10, 34, 36, 18, 14, 26])
    b.line(ws, 0, "银行卡助农取款服务点现场检查问题整改台账", 7, b.title)
    b.line(ws, 1, "检查单位：中国人民银行濮阳市分行支付结算科    检查时间：2024年6月17日至6月28日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "服务点名称",
            "所在乡镇",
            "承办银行（整改责任单位）",
            "检查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ],
    )
    for i, row in enumerate(POINT_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(POINT_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共检查助农取款服务点60个，发现问题6个")
    b.line(ws, end + 2, "填表人：韩雪    联系电话：0393-4436182    填报日期：2024年7月26日", 7)
    return b.close()


FILES = [
    ("濮阳市恒泰置业有限公司税收风险提示自查整改台账.xlsx", write_risk),
    ("国家税务总局濮阳县税务局关于办税服务厅纳税服务问题整改情况的报告.docx", write_hall),
    ("税费优惠政策落实情况督查反馈问题整改台账.xls", write_supervise),
    ("规模以上服务业数据质量核查问题整改台账.xlsx", write_data),
    ("马庄桥镇统计执法大检查自查问题整改表.csv", write_town),
    ("省统计督察反馈意见问题整改清单.et", write_inspect),
    ("银行业金融机构安全评估发现问题整改台账.xlsx", write_bank),
    ("金融单位安全大检查隐患整改反馈（两家）.zip", write_secure),
    ("养老服务领域非法集资风险排查问题清单.xlsx", write_elder),
    ("非法集资风险隐患专项排查发现问题整改情况报告.doc", write_fund),
    ("银行卡助农取款服务点现场检查问题整改台账.xlsx", write_point),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for p in build():
        print(p.name)

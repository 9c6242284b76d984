"""Write the dev126 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaign: 营商环境问题线索、政务服务“好差评”差评整改、12345工单、企业诉求办理 (common kinds, new sources).
Forms: .xlsx (three, one more inside the zip), .xls (xlwt), .et and .ods (LibreOffice conversions of an .xlsx), .doc
(LibreOffice conversion of a .docx whose items are numbered paragraphs), a UTF-8 CSV, a .docx of one card per item and
a .zip of two returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside228.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
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
        self.group = add({"bold": True, "border": 1, "valign": "vcenter", "bg_color": "#F2F2F2"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter"})
        self.center = add({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.day = add({"border": 1, "num_format": "yyyy/m/d", "align": "center", "valign": "vcenter"})

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


# ---------------------------------------------------------------------------------------------
# 1. 现场集中办公活动交办问题办理台账, after a district's account of its “稳进提质”现场集中办公活动 (收集的98个问题全部
# 梳理形成“四张清单”，集中交办，全程跟踪、动态提醒、闭环管理; 已办结80个，其余18个按时间节点积极推进; 企业反映门口识别
# 困难、道路入口需要改造，已增设两个临时标牌，正式出口待地块建设完备后施工，预计12月31日前完成):
# http://jhwcw.zjol.com.cn/wcnews/system/2022/08/25/033798757.shtml
# An .xlsx: title, 填报单位 line, a line with the 现场办公日期 the 即办 and 立行立改 rows count from, one header row with
# 领衔区领导 beside 责任单位 and 时间节点, the rows grouped under the four 清单 rows merged across, a prose summary line
# under the title, a signature line.
ON_SITE_GROUPS = [
    (
        "一、即办清单（5个工作日内办结）",
        [
            (
                "濮阳市华康食品有限公司",
                "企业新招员工社保参保登记需往返区、市两级经办机构",
                "张卫东",
                "华龙区人力资源和社会保障局",
                "5个工作日内",
                "已开通区级经办窗口一站办理，7月8日办结",
            ),
            (
                "河南中运物流有限公司",
                "货车通行证网上申请审核时间长，企业反映平均需7天",
                "张卫东",
                "市交警支队",
                "5个工作日内",
                "已办结",
            ),
        ],
    ),
    (
        "二、限时办清单",
        [
            (
                "濮阳市金堤新材料有限公司",
                "厂区门口识别困难，道路入口缺少指示标牌、需要改造",
                "李红梅",
                "华龙区交通运输局",
                "2024年12月31日前",
                "已在绿城路增设两处临时标牌，正式出入口改造待周边地块建设完成后施工",
            ),
            (
                "濮阳绿源环保科技有限公司",
                "项目环评批复后排污许可证申领材料被两次退回",
                "李红梅",
                "华龙区行政审批和政务信息管理局",
                "2024年8月15日",
                "正在指导企业补正材料",
            ),
        ],
    ),
    (
        "三、协调办清单（需市级部门协调）",
        [
            (
                "濮阳市昌达机械制造有限公司",
                "扩建项目用电增容报装涉及线路改造，供电方案迟迟未确定",
                "王志刚",
                "市供电公司",
                "8月底前",
                "已现场勘查，供电方案正在编制",
            ),
            (
                "濮阳市宏泰化工有限公司",
                "厂区内历史遗留房屋无法办理不动产登记，影响企业抵押融资",
                "王志刚",
                "市资规局",
                "年底前",
                "",
            ),
        ],
    ),
    (
        "四、政策解释清单",
        [
            (
                "濮阳市恒信电子科技有限公司",
                "企业咨询高新技术企业认定奖补资金申报条件及兑现时间",
                "赵明",
                "市科技局",
                "立行立改",
                "已当场解释政策，企业表示认可",
            ),
            (
                "濮阳市润丰农业开发有限公司",
                "企业咨询农产品初加工用电能否执行农业生产电价",
                "赵明",
                "市发改委",
                "立行立改",
                "未答复",
            ),
        ],
    ),
]


def write_on_site(path: Path) -> Path:
    b = Book(path, author="区稳进提质办")
    ws = b.sheet("交办问题办理台账")
    b.widths(ws, [6, 26, 40, 12, 26, 16, 40])
    b.line(ws, 0, "华龙区“稳进提质”现场集中办公活动交办问题办理台账", 6, b.title)
    b.line(
        ws,
        1,
        "现场集中办公收集企业问题8个，全部梳理形成“四张清单”集中交办；已办结3个，其余按时间节点积极推进中。",
        6,
    )
    b.line(
        ws,
        2,
        "填报单位：华龙区稳进提质工作专班办公室    现场办公日期：2024年7月3日    更新日期：2024年7月29日",
        6,
    )
    b.header(ws, 3, ["序号", "企业名称", "反映问题", "领衔区领导", "责任单位", "时间节点", "办理进度"])
    r, n = 4, 0
    for title, rows in ON_SITE_GROUPS:
        b.merge(ws, r, 0, r, 6, title, b.group)
        r += 1
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=1)
            r += 1
    b.line(ws, r + 1, "审核：刘国庆    填表：韩雪    联系电话：0393-8112260", 6)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 企业难题直报单 (one card per enterprise), after a city's 政府解决企业难题直通车制度 (规模以上工业企业（包括银行）
# 在建设发展中涉及政务服务的困难和问题，填写《企业难题直报单》报送市政府办公室; 建立直通车制度运转机制，及时研究解决企业
# 难题，并向企业回复办理情况):
# https://cindyjorgenson.com/html/zhiding2.actioncontentid57800&fxlanmuid561&zhandianid29.html
# A .docx: title, preamble, then one small 4-column table per 直报单 with merged 难题内容 and 回复企业情况 rows; the
# 办结时限 as working days from each card's 交办日期; the office and date at the foot.
CARDS = [
    {
        "企业名称": "濮阳龙丰纸业有限公司",
        "主营业务收入": "15.2亿元",
        "联系人": "孙建平",
        "联系电话": "13903931287",
        "难题内容": "企业污水处理站提标改造项目，环评审批与排污许可变更需分别申请，办理周期叠加",
        "交办日期": "2024年6月17日",
        "承办单位": "市生态环境局",
        "办结时限": "15个工作日",
        "办理情况": "已实行环评审批与排污许可“两证联办”，7月5日办结",
        "回复企业情况": "已书面回复企业，企业表示满意",
    },
    {
        "企业名称": "濮阳市中泰化工有限公司",
        "主营业务收入": "21.8亿元",
        "联系人": "周海峰",
        "联系电话": "13839326610",
        "难题内容": "企业申请的铁路专用线接轨方案需与铁路部门协调，进展缓慢",
        "交办日期": "2024年6月17日",
        "承办单位": "市发展改革委",
        "办结时限": "30个工作日",
        "办理情况": "已两次召开协调会，正在与郑州局集团对接接轨方案",
        "回复企业情况": "已电话告知企业阶段性进展",
    },
    {
        "企业名称": "中国银行股份有限公司濮阳分行",
        "主营业务收入": "11.4亿元",
        "联系人": "马丽娜",
        "联系电话": "0393-4412258",
        "难题内容": "银行查询抵押登记信息需派员到不动产登记大厅现场办理",
        "交办日期": "2024年6月24日",
        "承办单位": "不动产登记中心",
        "办结时限": "10个工作日",
        "办理情况": "已开通银行端抵押登记信息线上查询",
        "回复企业情况": "已回复",
    },
    {
        "企业名称": "濮阳市恒昌新材料股份有限公司",
        "主营业务收入": "10.6亿元",
        "联系人": "杜志强",
        "联系电话": "13700835512",
        "难题内容": "企业新建厂房消防验收排队时间长，影响按期投产",
        "交办日期": "2024年6月24日",
        "承办单位": "市住建局",
        "办结时限": "15个工作日",
        "办理情况": "",
        "回复企业情况": "",
    },
    {
        "企业名称": "濮阳市天成石化装备有限公司",
        "主营业务收入": "12.3亿元",
        "联系人": "谢文博",
        "联系电话": "13523936071",
        "难题内容": "企业引进的高层次人才子女入学政策落实不到位",
        "交办日期": "2024年7月1日",
        "承办单位": "市教育局",
        "办结时限": "10个工作日",
        "办理情况": "尚未答复企业",
        "回复企业情况": "",
    },
    {
        "企业名称": "濮阳市瑞丰塑业有限公司",
        "主营业务收入": "10.1亿元",
        "联系人": "常红霞",
        "联系电话": "13839379902",
        "难题内容": "企业出口退税办理周期长，资金周转困难",
        "交办日期": "2024年7月1日",
        "承办单位": "市税务局",
        "办结时限": "5个工作日",
        "办理情况": "已开通出口退税绿色通道，退税款7月5日到账",
        "回复企业情况": "已回复，企业满意",
    },
]
CARD_NUMBERS = ["一", "二", "三", "四", "五", "六"]


def _card(doc, card: dict[str, str]) -> None:
    table = doc.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    pairs = [
        ("企业名称", "主营业务收入"),
        ("联系人", "联系电话"),
        ("难题内容", None),
        ("交办日期", "承办单位"),
        ("办结时限", "办理情况"),
        ("回复企业情况", None),
    ]
    for r, (left, right) in enumerate(pairs):
        _cell_text(table.cell(r, 0), left, bold=True)
        if right is None:
            merged = table.cell(r, 1).merge(table.cell(r, 3))
            _cell_text(merged, card[left])
        else:
            _cell_text(table.cell(r, 1), card[left])
            _cell_text(table.cell(r, 2), right, bold=True)
            _cell_text(table.cell(r, 3), card[right])


def write_cards(path: Path) -> Path:
    doc = _new_document("市政府督查局")
    _title(doc, "市政府解决企业难题直通车企业难题直报单办理情况汇编（第二批）", 18)
    _paragraph(
        doc,
        "根据《濮阳市人民政府办公室关于建立政府解决企业难题直通车制度的通知》，现将第二批企业难题直报单及"
        "承办单位办理情况汇编如下。办结时限自交办之日起计算。",
        12,
    )
    for number, card in zip(CARD_NUMBERS, CARDS, strict=True):
        _paragraph(doc, f"直报单（{number}）", 12, "黑体")
        _card(doc, card)
    _paragraph(doc, "濮阳市人民政府督查局", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月29日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 3. 政务服务网“办事评价”不满意评价, after a province's 政务服务网 办事评价 (满意度分很满意、基本满意、不满意、很不满意，
# 综合评分满分5分; 对不满意的意见各级政府部门必须进行回访并作出说明; 所有办事人的评价在留言区公开，工作人员在下面回复;
# 例：省建设厅“施工单位的项目负责人安全任职资格审批（B证核准）”):
# http://49.213.0.198/doc/239_13433_103695713_2_0403170029.html
# A UTF-8 CSV export: a title line, a 说明 line, one header line with 部门 (short names), 满意度, 综合评分, 评价留言,
# 工作人员回复 and 回访说明; no deadline anywhere; a 合计 line.
RATING_ROWS = [
    (
        "市住建局",
        "施工单位的项目负责人安全任职资格审批（B证核准）",
        "不满意",
        "2.0",
        "2024-07-02",
        "我检查了两遍，签名盖章都完整，还说我缺材料，主管部门能不能看仔细再下结论",
        "经核实，申请表第3页缺少企业法定代表人签字，已电话一次性告知补正",
        "已回访，申请人表示理解，补正后已办结",
    ),
    (
        "市人社局",
        "职业技能等级证书查询打印",
        "很不满意",
        "1.0",
        "2024-07-05",
        "网上打印证书一直提示系统错误，打了三次电话没人解决",
        "系统接口故障，已报省平台修复",
        "修复完成后再次回访",
    ),
    (
        "市医保局",
        "异地就医备案",
        "不满意",
        "2.5",
        "2024-07-08",
        "备案提交三天了还没人审核",
        "已审核通过，并增加审核人员",
        "已回访，满意",
    ),
    (
        "市市场监管局",
        "食品经营许可注销",
        "不满意",
        "2.0",
        "2024-07-11",
        "注销要求到现场交回许可证原件，原件已遗失无法办理",
        "",
        "",
    ),
    (
        "市公积金中心",
        "住房公积金异地转移接续",
        "很不满意",
        "1.5",
        "2024-07-15",
        "转移申请被退回两次，两次退回理由不一致",
        "经核查系两名审核人员标准不统一，已统一审核标准并组织业务培训",
        "已回访说明，申请人认可",
    ),
    (
        "市交通局",
        "道路运输从业资格证补证",
        "不满意",
        "2.5",
        "2024-07-18",
        "网上办理要求上传照片，但照片格式说明不清楚，反复上传失败",
        "正在修改办事指南中的照片规格说明",
        "已回访，指南修改完成后再次告知申请人",
    ),
    (
        "不动产登记中心",
        "不动产抵押权注销登记",
        "不满意",
        "2.0",
        "2024-07-24",
        "窗口工作人员态度生硬，问两句就不耐烦",
        "情况正在核实，已调取窗口监控录像",
        "",
    ),
]


def write_rating(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["濮阳市政务服务网“办事评价”不满意评价回访说明情况（2024年7月1日—7月28日）"])
    w.writerow(
        [
            "说明：满意度分为很满意、基本满意、不满意、很不满意；以下为评价为“不满意”“很不满意”的办件，"
            "由事项所属部门回访并作出说明"
        ]
    )
    w.writerow(
        ["序号", "部门", "事项名称", "满意度", "综合评分", "评价日期", "评价留言", "工作人员回复", "回访说明"]
    )
    for i, row in enumerate(RATING_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "不满意评价7件", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 重点工作落实情况, after a city's 重点工作落实情况 page (one block per 重点工作 with the labels 重点工作: 牵头单位:
# 年度阶段性工作目标: 进展落实情况:, the targets and the progress written per quarter: “第一季度：…… 第二季度：……”;
# 定期办好市长与民营企业家恳谈会，协调解决企业反映的问题及建议):
# https://www.gz.gov.cn/zwgk/zdgzlsqk/2019nzdgz/eqltdjjgzlfz/content/post_2868314.html
# An .xls (xlwt): title, 填报单位 line, then one vertical block of four labelled rows per 重点工作 (label in column A,
# text merged over B:D), deadlines only inside the quarterly schedule texts, a 注 line.
KEY_WORK = [
    (
        "协调解决恳谈会上企业反映的工业用地“标准地”供应不足问题，推动园区新增标准地出让",
        "市资规局",
        "第一季度：摸清园区存量土地底数。第二季度：完成3宗标准地出让前期工作。第三季度：完成3宗标准地挂牌出让。",
        "第一季度：已完成。第二季度：已完成前期工作，按计划推进中。",
    ),
    (
        "解决企业反映的中小企业融资担保费率偏高问题，落实担保费补贴",
        "市财政局",
        "第二季度：出台担保费补贴办法。第三季度：兑现上半年担保费补贴。",
        "已完成。补贴办法于6月印发，上半年担保费补贴已于7月19日拨付到位。",
    ),
    (
        "推动解决企业反映的技术工人招工难问题，组织校企对接",
        "市人社局",
        "上半年：组织校企对接活动2场。下半年：开展订单式培训500人次。",
        "上半年：已组织校企对接活动2场。下半年：按计划推进中。",
    ),
    (
        "协调解决企业反映的化工园区污水管网未接通问题",
        "市住建局",
        "第二季度：完成管网设计。第三季度：开工建设。第四季度：完成管网铺设并接通。",
        "第二季度：进展滞后，设计方案未报审。",
    ),
    (
        "常态化召开市领导与民营企业家恳谈会，协调解决企业反映的问题及建议",
        "市工信局",
        "长期坚持：每季度召开1次恳谈会。",
        "长期坚持，已于4月12日、7月9日各召开1次。",
    ),
    (
        "解决外贸企业反映的出口信用保险投保覆盖面不足问题",
        "市商务局",
        "第一季度：制定小微外贸企业统保方案。第二季度：完成统保平台招标。",
        "",
    ),
]


def write_key_work(path: Path) -> Path:
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    label = _xf(bold=True, center=True)
    body = _xf()
    cells: list[tuple] = [
        (0, 0, "2024年民营企业家恳谈会企业诉求协调解决重点工作落实情况", title, 0, 3),
        (1, 0, "填报单位：市工业和信息化局（牵头汇总）    更新时间：2024年7月25日", plain, 1, 3),
    ]
    r = 3
    for work, lead, target, progress in KEY_WORK:
        for caption, text in (
            ("重点工作：", work),
            ("牵头单位：", lead),
            ("年度阶段性工作目标：", target),
            ("进展落实情况：", progress),
        ):
            cells.append((r, 0, caption, label))
            cells.append((r, 1, text, body, r, 3))
            r += 1
        r += 1
    cells.append((r, 0, "注：进展落实情况由牵头单位按季度填报，市工信局汇总。", plain, r, 3))
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("重点工作")
    for cell in cells:
        row, col, value, style = cell[:4]
        if len(cell) > 4:
            ws.write_merge(row, cell[4], col, cell[5], value, style)
        else:
            ws.write(row, col, value, style)
    ws.col(0).width = 22 * 256
    for c in (1, 2, 3):
        ws.col(c).width = 30 * 256
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 非公有制企业诉求受理处置反馈台账, after a city's 非公有制企业诉求受理处置反馈工作机制 (有关部门要建立专门台账，明确
# 专门领导、专门科室、专门人员，细化具体措施并明确办结时限; 市委统战部、市工商联负责对各承办单位落实情况进行全程跟踪，
# 确保做到件件有回音、事事有结果):
# http://merchenaries.com/html/news/201903/11/30613.shtml
# An .et (an .xlsx converted by LibreOffice to Excel 97 and renamed, as WPS saves it): title, 受理/跟踪单位 line, a
# two-row header (落实责任 over 专门领导/专门科室/专门人员), each row's 受理日期 the working-day and 立行立改 limits count
# from, a 企业评价 column, a signature line.
PRIVATE_ROWS = [
    (
        date(2024, 7, 2),
        "濮阳市鑫源建材有限公司",
        "企业参与的政府投资项目工程款被拖欠约280万元",
        "市住建局",
        "李建国（副局长）",
        "建筑市场监管科",
        "王涛",
        "督促项目建设单位制定还款计划",
        "2024年9月30日",
        "已签订还款计划，首期款项已支付",
        "基本满意",
    ),
    (
        date(2024, 7, 8),
        "濮阳市华宇包装有限公司",
        "企业申报专精特新中小企业时对认定标准把握不准",
        "市工信局",
        "郑晓东（副局长）",
        "中小企业科",
        "冯佳",
        "上门一对一辅导申报",
        "7个工作日",
        "已上门辅导，企业已完成申报",
        "满意",
    ),
    (
        date(2024, 7, 9),
        "濮阳县绿野食品有限公司",
        "企业反映执法检查频次过多，一个月内被不同科室检查4次",
        "市市场监管局",
        "吴永胜（副局长）",
        "执法稽查科",
        "高鹏",
        "推行“综合查一次”，合并检查事项",
        "2024年8月15日",
        "已核查情况，正在制定跨科室联合检查计划",
        "",
    ),
    (
        date(2024, 7, 10),
        "清丰县宏达家具有限公司",
        "企业用工备案在人社、医保两个系统重复填报",
        "市人社局",
        "田桂兰（副局长）",
        "就业促进科",
        "邵明",
        "打通两系统用工备案信息共享",
        "立行立改",
        "已打通信息共享，企业无需重复填报",
        "满意",
    ),
    (
        date(2024, 7, 15),
        "南乐县振华生物科技有限公司",
        "企业申请的科技型中小企业研发费用后补助资金未到位",
        "市科技局",
        "贾振宇（副局长）",
        "资源配置与管理科",
        "康宁",
        "核实补助资金拨付进度",
        "15个工作日",
        "",
        "",
    ),
    (
        date(2024, 7, 16),
        "范县金鼎商贸有限公司",
        "企业反映夜间施工许可办理需城管、住建、生态环境多部门盖章",
        "市城管局",
        "徐立新（副局长）",
        "市政管理科",
        "秦海洋",
        "梳理夜间施工审批流程，实行一窗受理",
        "2024年7月20日",
        "逾期未办",
        "不满意",
    ),
    (
        date(2024, 7, 18),
        "台前县华盛羽绒制品有限公司",
        "企业出口货物报关单据电子化流转不畅",
        "市商务局",
        "段建民（副局长）",
        "对外贸易科",
        "侯丽",
        "建立外贸企业服务专班，常态化对接",
        "长期坚持",
        "常态化对接，按月调度",
        "",
    ),
]


def write_private_book(path: Path) -> Path:
    b = Book(path, author="市工商联")
    ws = b.sheet("诉求台账")
    b.widths(ws, [6, 12, 24, 36, 12, 16, 16, 10, 24, 14, 28, 10])
    b.line(ws, 0, "濮阳市非公有制企业诉求受理处置反馈台账（2024年7月）", 11, b.title)
    b.line(ws, 1, "受理单位：市工商联    跟踪单位：市委统战部、市工商联    办结时限自受理之日起计算", 11)
    for c, word in enumerate(["序号", "受理日期", "诉求企业", "诉求事项", "承办单位"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "落实责任", b.head)
    b.header(ws, 3, ["专门领导", "专门科室", "专门人员"], first=5)
    for c, word in enumerate(["具体措施", "办结时限", "处置反馈情况", "企业评价"], start=8):
        b.merge(ws, 2, c, 3, c, word, b.head)
    for i, row in enumerate(PRIVATE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    b.line(ws, 5 + len(PRIVATE_ROWS), "填表人：曹静    审核人：宋立军    联系电话：0393-8992571", 11)
    return b.close()


def write_private(path: Path) -> Path:
    return via_soffice(write_private_book, path, "xls", "非公有制企业诉求受理处置反馈台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 6. 政务服务“好差评”差评处置台账, after a county 政务服务中心's “好差评”制度 (成立“差评”处置组; 5个等次评价; 由承办单位
# 第一时间安排专人回访核实，情况清楚、诉求合理的立行立改，情况复杂、一时难以解决的说明理由、建立台账、限期整改，缺乏法定
# 依据的做好解释说明; 一般问题在7个自然日内整改完毕，复杂问题在15个自然日内整改完毕):
# https://www.linwuxinwen.cn/content/2967369
# An .xlsx: title, 填报单位 line stating that the 自然日 limits count from the day the 差评 came in, one header row with
# 收到日期, 评价渠道, 评价等次, 处置方式 and 问题类别 beside 整改时限 (立行立改 / N个自然日 / “/”), 回访结果, a 合计 row,
# a signature line.
BAD_ROWS = [
    (
        date(2024, 7, 2),
        "窗口评价器",
        "非常不满意",
        "个体工商户设立登记",
        "濮阳县市场监督管理局",
        "窗口人员让申请人到大厅外复印身份证，未告知大厅有自助复印设备",
        "情况属实",
        "立行立改",
        "一般",
        "立行立改",
        "已对窗口人员批评教育，增设自助复印设备引导标识",
        "满意",
    ),
    (
        date(2024, 7, 2),
        "短信评价",
        "不满意",
        "城乡居民养老保险待遇领取",
        "濮阳县人力资源和社会保障局",
        "办理养老金领取需提供村委会证明，来回跑了两趟",
        "情况属实",
        "限期整改",
        "一般",
        "7个自然日",
        "已取消村委会证明，改为部门数据核验",
        "满意",
    ),
    (
        date(2024, 7, 8),
        "二维码扫码",
        "不满意",
        "不动产转移登记",
        "濮阳县不动产登记中心",
        "预约取号后仍排队两个小时才办理",
        "情况属实",
        "限期整改",
        "复杂",
        "15个自然日",
        "正在增设不动产登记综合窗口2个",
        "",
    ),
    (
        date(2024, 7, 10),
        "豫事办APP",
        "非常不满意",
        "新生儿医保参保登记",
        "濮阳县医疗保障局",
        "线上参保登记提交后5天无人处理",
        "情况属实",
        "限期整改",
        "一般",
        "7个自然日",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "窗口评价器",
        "不满意",
        "契税申报",
        "国家税务总局濮阳县税务局",
        "要求提供购房发票原件，发票已丢失无法办理",
        "按规定须提供发票或发票存根联复印件",
        "解释说明",
        "—",
        "/",
        "已向评价人解释说明补开发票存根联复印件的办理流程",
        "表示理解",
    ),
    (
        date(2024, 7, 15),
        "短信评价",
        "不满意",
        "建筑工程施工许可",
        "濮阳县住房和城乡建设局",
        "施工许可审批超过承诺时限3个工作日",
        "情况属实",
        "限期整改",
        "复杂",
        "15个自然日",
        "尚未启动整改",
        "",
    ),
    (
        date(2024, 7, 18),
        "二维码扫码",
        "非常不满意",
        "居住证办理",
        "柳屯镇便民服务中心",
        "便民服务中心中午无人值班，群众白跑一趟",
        "情况属实",
        "立行立改",
        "一般",
        "立行立改",
        "已实行中午轮班值守制度",
        "满意",
    ),
    (
        date(2024, 7, 24),
        "窗口评价器",
        "不满意",
        "残疾人证换领",
        "濮阳县残疾人联合会",
        "评残只能去一家指定医院，预约要排两周",
        "情况属实",
        "限期整改",
        "复杂",
        "15个自然日",
        "已协调县中医院增设评残点，正在办理资质备案",
        "",
    ),
]


def write_bad_reviews(path: Path) -> Path:
    b = Book(path, author="县政务服务中心")
    ws = b.sheet("差评处置台账")
    b.widths(ws, [6, 11, 12, 11, 20, 24, 34, 18, 10, 8, 12, 32, 10])
    b.line(ws, 0, "濮阳县政务服务“好差评”差评处置台账（2024年7月）", 12, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县政务服务中心差评处置组    整改时限自收到差评之日起计算：一般问题7个自然日，复杂问题15个自然日",
        12,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "收到日期",
            "评价渠道",
            "评价等次",
            "办件事项",
            "承办单位",
            "差评内容",
            "核实情况",
            "处置方式",
            "问题类别",
            "整改时限",
            "整改落实及反馈情况",
            "回访结果",
        ],
    )
    for i, row in enumerate(BAD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    total = 3 + len(BAD_ROWS)
    b.put(ws, total, 0, "合计", b.center)
    b.merge(ws, total, 1, total, 12, "本月差评8件，已整改4件，整改中2件，未整改1件，未反馈1件")
    b.line(ws, total + 2, "差评处置组组长：卢建设    填表：白雪    2024年7月30日", 12)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 差评件处理情况报告 (numbered paragraphs), after a district 政务服务办's account of its “好差评” handling (群众对办件评价
# 为“不满意”“非常不满意”时系统判定为“差评”; 情况简单、事实清楚的采取解释说明、当场裁定等方式当场解决; 问题相对复杂的
# 采取承诺答复、整改回访等方式，限期在5个工作日予以解决; 限期整改后及时回访，将整改情况反馈给企业和群众):
# http://lpnews.gov.cn/Content/2020-03/31/content_637286.htm
# A .doc (a .docx converted by LibreOffice to Word 97): title, 主送, preamble, one paragraph per 差评件 （一）…（六）
# naming the unit, the date the 差评 was judged, the 处理方式 and the 5个工作日 limit, the handling in a sentence; a
# closing paragraph and the office and date at the foot.
REPORT_ITEMS = [
    "（一）区人社局“失业保险金申领”差评件。7月2日，评价人反映失业保险金申领需本人到窗口签字确认，无法全程网办。"
    "处理方式：承诺答复，限期5个工作日内解决。处理情况：华龙区人力资源和社会保障局已开通线上签字确认，7月5日整改完毕"
    "并回访，评价人表示满意。",
    "（二）区市场监管局“食品经营许可”差评件。7月3日，评价人反映现场核查人员未按预约时间到场。处理方式：整改回访，"
    "限期5个工作日内解决。处理情况：华龙区市场监督管理局已调整核查人员排班，正在回访评价人。",
    "（三）区民政局“婚姻登记”差评件。7月4日，评价人反映婚姻登记预约号源少，需提前半个月预约。处理方式：承诺答复，"
    "限期5个工作日内解决。处理情况：华龙区民政局尚未启动整改。",
    "（四）岳村镇便民服务中心“农村宅基地申请”差评件。7月5日，评价人反映宅基地申请材料清单与区里公布的不一致。"
    "处理方式：当场裁定，当场解决。处理情况：岳村镇人民政府已当场向评价人解释说明，并统一更新材料清单，评价人表示认可。",
    "（五）区住建局“商品房预售资金监管”差评件。7月8日，评价人反映预售资金拨付申请审核超时。处理方式：整改回访，"
    "限期5个工作日内解决。处理情况：华龙区住房和城乡建设局已督促完成该笔拨付审核，正在优化审核流程。",
    "（六）区医保局“门诊慢特病待遇认定”差评件。7月10日，评价人反映认定结果未及时告知申请人。处理方式：承诺答复，"
    "限期5个工作日内解决。处理情况：华龙区医疗保障局已建立认定结果短信告知机制，7月15日回访，评价人表示满意。",
]


def write_report_docx(path: Path) -> Path:
    doc = _new_document("区政务服务办")
    _title(doc, "华龙区政务服务办关于2024年7月上旬政务服务差评件处理情况的报告", 18)
    _paragraph(doc, "区政府办公室：", 14)
    _paragraph(
        doc,
        "2024年7月1日至12日，区政务服务“好差评”系统共判定差评6件（评价为“不满意”“非常不满意”的办件）。"
        "我办按照“谁办理、谁负责”的原则逐件交办，现将处理情况报告如下：",
        14,
    )
    for text in REPORT_ITEMS:
        _paragraph(doc, text, 14)
    _paragraph(
        doc,
        "下一步，区政务服务办将继续加强差评件跟踪督办，对逾期未整改的单位予以通报。",
        14,
    )
    _paragraph(doc, "华龙区政务服务办", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月16日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_report(path: Path) -> Path:
    return via_soffice(write_report_docx, path, "doc", "政务服务差评件处理情况报告.docx")


# ---------------------------------------------------------------------------------------------
# 8. 热线及网络诉求工单办理台账 (one bureau, its own 所、队、股 only), after a district 市场监督管理局's 投诉举报处置办法
# (受理范围：人民网留言、政务服务便民热线、12315投诉举报平台、论坛舆情; 办理主体：各所、队、机关各科室; 电话诉求渠道工单
# 及一般网络诉求工单办结回复时限3个工作日，人民网留言、省长热线2个工作日，急需办理的1个工作日，论坛、微博等舆情48小时;
# 工单答复结果要备注联系单位（联系人）和联系方式):
# https://www.yuhui.gov.cn/zfxxgk/public/49741/50566456.html
# An .ods (an .xlsx converted by LibreOffice): title, a line with the 办结回复时限 by channel, one header row with
# 工单来源, 交办时间 (date and time), 承办部门 (the bureau's own sections), 办结回复时限 as N个工作日 / 48小时, 答复内容
# and 联系单位及联系方式, a signature line.
HOTLINE_ROWS = [
    (
        "政务服务便民热线",
        "2407010035",
        "2024-07-01 09:12",
        "城关镇某超市销售过期酸奶",
        "城关市场监管所",
        "3个工作日",
        "经现场核查情况属实，已责令下架过期产品并立案查处，已电话回复诉求人，办结",
        "城关市场监管所 王磊 0393-3211870",
    ),
    (
        "12315投诉举报平台",
        "2407020118",
        "2024-07-02 15:40",
        "网购电动车电池实际容量与宣传不符，商家拒绝退货",
        "消保委",
        "3个工作日",
        "正在组织双方调解",
        "消保委 刘芳 0393-3211315",
    ),
    (
        "人民网留言",
        "2407030007",
        "2024-07-03 10:05",
        "县城文化路某小区周边餐饮店无证经营",
        "食品经营监管股",
        "2个工作日",
        "已现场核查，督促店主办理食品经营许可，许可申请已受理",
        "食品经营监管股 张晓 0393-3211852",
    ),
    (
        "省长热线",
        "2407080021",
        "2024-07-08 08:50",
        "加油站加油机计量不准，加油量明显不足",
        "计量股",
        "2个工作日",
        "已对该站加油机进行检定，计量合格，已回复诉求人",
        "计量股 赵宇 0393-3211863",
    ),
    (
        "政务服务便民热线（急需办理）",
        "2407100042",
        "2024-07-10 11:30",
        "庆祖镇中心小学周边商店销售无标签辣条",
        "庆祖市场监管所",
        "1个工作日",
        "",
        "",
    ),
    (
        "网络舆情",
        "2407150003",
        "2024-07-15 16:30",
        "网传县城某火锅店使用回收油",
        "执法大队",
        "48小时",
        "已现场抽检底料，检验结果待出",
        "执法大队 孙健 0393-3211805",
    ),
    (
        "政务服务便民热线",
        "2407220061",
        "2024-07-22 14:20",
        "海通乡某药店处方药未凭处方销售",
        "药品医疗器械监管股",
        "3个工作日",
        "逾期未办",
        "",
    ),
    (
        "12315投诉举报平台",
        "2407260094",
        "2024-07-26 09:45",
        "美容机构预付卡退费难，商家以各种理由拖延",
        "消保委",
        "3个工作日",
        "已回复诉求人，双方达成退费协议，办结",
        "消保委 刘芳 0393-3211315",
    ),
]


def write_hotline_book(path: Path) -> Path:
    b = Book(path, author="濮阳县市场监管局")
    ws = b.sheet("工单台账")
    b.widths(ws, [6, 22, 13, 17, 36, 18, 12, 40, 28])
    b.line(ws, 0, "濮阳县市场监督管理局政务服务便民热线及网络诉求工单办理台账（2024年7月）", 8, b.title)
    b.line(
        ws,
        1,
        "办结回复时限自交办时起计算：电话诉求及一般网络诉求3个工作日；人民网留言、省长热线2个工作日；急需办理的"
        "1个工作日；网络舆情48小时",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "工单来源",
            "工单编号",
            "交办时间",
            "诉求内容",
            "承办部门",
            "办结回复时限",
            "答复内容",
            "联系单位及联系方式",
        ],
    )
    for i, row in enumerate(HOTLINE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HOTLINE_ROWS), "消保委（办公室）汇总    填表：陈曦    2024年7月31日", 8)
    return b.close()


def write_hotline(path: Path) -> Path:
    via_soffice(write_hotline_book, path, "ods", "热线及网络诉求工单办理台账.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 9. 营商环境特约监督员反映问题线索办理情况, after a province's 营商环境特约监督员制度 (通过业务陪办、模拟办理等方式对涉
# 项目审批、窗口服务、政策兑现、监管执法、制度安排等情况进行观察、体验和监督; 收集反馈营商环境问题线索，配合开展投诉举报
# 信息核查; 每季度至少提供1条问题线索或意见建议):
# http://yanqitong.cn/zhongshengzixun/4474.html
# An .xlsx: title, 填报单位/统计截至 line, a two-row header (问题线索 over 监督员/发现方式/线索内容, 办理情况 over
# 责任单位/整改时限/办理情况/是否办结), the 监督员 (the proposer) beside the 责任单位, 是/否 in 是否办结, a 说明 line.
CLUE_ROWS = [
    (
        "刘建华（企业代表）",
        "业务陪办",
        "企业开办“一网通办”平台刻章环节仍需到线下领取印章",
        "窗口服务",
        "市政务服务中心",
        "2024年7月15日",
        "已推行印章免费寄递",
        "是",
    ),
    (
        "王秀梅（律师）",
        "模拟办理",
        "工程建设项目联合验收平台与消防验收系统数据不互通，企业需重复上传材料",
        "项目审批",
        "市住建局",
        "2024年9月30日",
        "正在开发系统数据接口",
        "否",
    ),
    (
        "张国强（人大代表）",
        "走访企业",
        "部分惠企政策兑现仍要求企业提供纳税证明原件",
        "政策兑现",
        "市财政局",
        "6月底前",
        "",
        "否",
    ),
    (
        "陈丽（政协委员）",
        "模拟办理",
        "不动产登记“带押过户”在部分银行无法办理",
        "窗口服务",
        "市不动产登记中心",
        "8月底前",
        "已与3家银行签订合作协议，其余银行正在对接",
        "否",
    ),
    (
        "赵明（新闻媒体）",
        "走访企业",
        "执法检查“一刀切”，要求小微餐饮企业停业整改",
        "监管执法",
        "市市场监管局",
        "2024年7月10日",
        "已纠正，并约谈相关执法人员",
        "是",
    ),
    (
        "孙伟（企业代表）",
        "业务陪办",
        "新办纳税人首次申领发票要求实地核查，耗时较长",
        "窗口服务",
        "市税务局",
        "年底前",
        "已在华龙区、清丰县试行取消首次申领实地核查",
        "否",
    ),
    (
        "李娜（行业协会）",
        "走访企业",
        "部分招标文件设置本地业绩等限制性条款",
        "制度安排",
        "市公共资源交易中心",
        "长期坚持",
        "常态化开展招标文件抽查",
        "",
    ),
]


def write_clues(path: Path) -> Path:
    b = Book(path, author="市营商办")
    ws = b.sheet("问题线索")
    b.widths(ws, [6, 18, 10, 40, 10, 18, 16, 32, 10])
    b.line(ws, 0, "濮阳市营商环境特约监督员反映问题线索办理情况汇总表（2024年第二季度）", 8, b.title)
    b.line(ws, 1, "填报单位：市营商办（市发展改革委代章）    统计截至：2024年7月25日", 8)
    b.merge(ws, 2, 0, 3, 0, "序号", b.head)
    b.merge(ws, 2, 1, 2, 3, "问题线索", b.head)
    b.header(ws, 3, ["监督员", "发现方式", "线索内容"], first=1)
    b.merge(ws, 2, 4, 3, 4, "涉及领域", b.head)
    b.merge(ws, 2, 5, 2, 8, "办理情况", b.head)
    b.header(ws, 3, ["责任单位", "整改时限", "办理情况", "是否办结"], first=5)
    for i, row in enumerate(CLUE_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    b.line(
        ws,
        5 + len(CLUE_ROWS),
        "说明：特约监督员每季度至少提供1条问题线索；线索由市营商办交办责任单位核查整改，办结后由监督员评价。",
        8,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 12345热线“代表直通”工单办理情况 (two returns in one zip), after a city 人大常委会's use of the 12345 hotline for
# deputies (“人大代表来电”“人大代表随手拍”“有事请扫码”三种方式提交工单，平台根据属地管理和职责划分派发; 精准分流—限时
# 办理—多级督办—效果评估; 例：代表反映流动商贩占道经营，派发至街道办事处，规定时限内到达现场劝离，回访显示个别商贩
# “打游击”现象仍然存在):
# https://www.rmdbw.cn/content/2025-11/26/content_73025.html
# A .zip holding an .xlsx from one district (派单日期 the working-day limits count from, a 回访评估 column that can
# overrule the 办理情况) and a .docx table from one county (limits as dates, 月底前 and working days).
HUALONG_DEPUTY_ROWS = [
    (
        "HL2407010012",
        "人大代表来电",
        "王建设",
        date(2024, 7, 1),
        "学府路流动商贩占道经营严重，影响交通与市容",
        "中原路街道办事处",
        "5个工作日",
        "已在规定时限内到达现场，对占道商贩进行劝离和法规宣传",
        "回访显示个别商贩“打游击”现象仍然存在，已二次督办",
    ),
    (
        "HL2407050033",
        "人大代表随手拍",
        "李秀英",
        date(2024, 7, 5),
        "京开大道与绿城路交叉口信号灯故障，早晚高峰拥堵",
        "市交警支队",
        "2个工作日",
        "已修复信号灯",
        "代表满意",
    ),
    (
        "HL2407120008",
        "有事请扫码",
        "刘振华",
        date(2024, 7, 12),
        "昆吾路某小区门口雨水井盖缺失，存在安全隐患",
        "华龙区城市管理局",
        "1个工作日",
        "已更换井盖",
        "代表满意",
    ),
    (
        "HL2407220047",
        "人大代表来电",
        "王建设",
        date(2024, 7, 22),
        "黄河路某小区物业撤场后无人管理，生活垃圾堆积",
        "黄河路街道办事处",
        "10个工作日",
        "",
        "",
    ),
]
QINGFENG_DEPUTY_ROWS = [
    [
        "1",
        "人大代表随手拍",
        "2024年7月3日",
        "县城中州路人行道地砖大面积破损",
        "清丰县住房和城乡建设局",
        "7月15日前",
        "已完成修复，代表回访满意",
    ],
    [
        "2",
        "人大代表来电",
        "2024年7月8日",
        "马庄桥镇后马村饮水管道漏水，停水三天",
        "马庄桥镇人民政府",
        "3个工作日",
        "已组织抢修恢复供水；回访代表反映水压仍偏低，正在更换加压泵",
    ],
    [
        "3",
        "有事请扫码",
        "2024年7月16日",
        "瓦屋头镇中学门口缺少减速带，学生上下学存在安全隐患",
        "清丰县交通运输局",
        "月底前",
        "正在采购减速带",
    ],
    [
        "4",
        "人大代表来电",
        "2024年7月25日",
        "韩村镇秸秆收储企业拖欠农户货款",
        "清丰县农业农村局",
        "10个工作日",
        "尚未办理",
    ],
]


def write_hualong_deputy(path: Path) -> Path:
    b = Book(path, author="华龙区人大常委会代表工委")
    ws = b.sheet("代表直通工单")
    b.widths(ws, [6, 15, 16, 10, 12, 36, 20, 12, 32, 34])
    b.line(ws, 0, "华龙区12345热线“代表直通”工单办理及回访情况（2024年7月）", 9, b.title)
    b.line(ws, 1, "填报单位：华龙区人大常委会代表工作委员会    办理时限自派单之日起计算", 9)
    b.header(
        ws,
        2,
        [
            "序号",
            "工单编号",
            "提交方式",
            "提交代表",
            "派单日期",
            "诉求内容",
            "承办单位",
            "办理时限",
            "办理情况",
            "回访评估",
        ],
    )
    for i, row in enumerate(HUALONG_DEPUTY_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(HUALONG_DEPUTY_ROWS), "填表人：郭婷    联系电话：0393-8351207", 9)
    return b.close()


def write_qingfeng_deputy(path: Path) -> Path:
    doc = _new_document("清丰县人大常委会")
    _title(doc, "清丰县12345热线“代表直通”工单办理情况", 16)
    _paragraph(
        doc, "填报单位：清丰县人大常委会人代工委    填报日期：2024年7月30日    办理时限自提交之日起计算", 11
    )
    _table(
        doc,
        ["序号", "提交方式", "提交日期", "反映问题", "承办单位", "办理时限", "办理及回访情况"],
        QINGFENG_DEPUTY_ROWS,
    )
    _paragraph(doc, "联系人：靳晓燕    联系电话：0393-7221586", 11)
    return _save_fixed(doc, path)


def write_deputy_zip(path: Path) -> Path:
    members = [
        ("华龙区12345热线代表直通工单办理及回访情况.xlsx", write_hualong_deputy),
        ("清丰县12345热线代表直通工单办理情况.docx", write_qingfeng_deputy),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("华龙区“稳进提质”现场集中办公活动交办问题办理台账.xlsx", write_on_site),
    ("企业难题直报单办理情况汇编（第二批）.docx", write_cards),
    ("政务服务网办事评价不满意评价回访说明情况（7月）.csv", write_rating),
    ("民营企业家恳谈会企业诉求协调解决重点工作落实情况.xls", write_key_work),
    ("非公有制企业诉求受理处置反馈台账（2024年7月）.et", write_private),
    ("濮阳县政务服务好差评差评处置台账（7月）.xlsx", write_bad_reviews),
    ("华龙区政务服务办关于7月上旬差评件处理情况的报告.doc", write_report),
    ("濮阳县市场监管局热线及网络诉求工单办理台账（7月）.ods", write_hotline),
    ("营商环境特约监督员反映问题线索办理情况汇总表（二季度）.xlsx", write_clues),
    ("12345热线代表直通工单办理情况（华龙区、清丰县）.zip", write_deputy_zip),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

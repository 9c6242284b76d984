"""Write the aside171 returns: eleven files on 社保医保经办 and 住房公积金与不动产登记服务, each laid out after a
public source cited beside its layout below.

Forms: .xlsx (four, one more inside the zip), .xls (xlwt, a two-row header with 是否销号), .et (Excel 97 written by
LibreOffice, as WPS saves it), .ods (LibreOffice conversion, fixed member times), a CSV in UTF-8 with BOM, a .docx whose
items are numbered paragraphs, a .doc (Word 97 via LibreOffice) whose items sit in an attached table, and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; the statistics date is 2024-07-31.

Run from this folder: python make_aside171.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on the
PATH. Every date written inside the files is fixed, so two runs give byte-identical files.
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
CREATED = datetime(2024, 7, 31, 17, 20, 0)
ZIP_TIME = (2024, 7, 31, 17, 20, 0)


# ---------------------------------------------------------------------------------------------
# Workbooks: a thin layer over XlsxWriter.
class Book:
    def __init__(self, path: Path, author: str = "Administrator"):
        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
        )
        self.book.set_properties({"created": CREATED, "author": author})
        add = self.book.add_format
        self.title = add(
            {
                "bold": True,
                "font_size": 16,
                "font_name": "方正小标宋简体",
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
            }
        )
        self.plainhead = add({"bold": True, "border": 1, "align": "center", "valign": "vcenter"})
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add({"border": 1, "num_format": "yyyy-mm-dd", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "0.00", "align": "right", "valign": "vcenter"})
        self.raw = add({"border": 1, "valign": "vcenter"})

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

    def header(self, ws, r: int, words: list[str], first: int = 0, fmt=None) -> None:
        for c, w in enumerate(words):
            ws.write_string(r, first + c, w, fmt or self.head)

    def widths(self, ws, widths: list[int]) -> None:
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)


def soffice(source: Path, suffix: str, target: Path, filt: str | None = None) -> Path:
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
                f"{suffix}:{filt}" if filt else suffix,
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
    """Rewrite a zip-based file (.ods) with fixed member times; order and compression kept."""
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


def via_soffice(writer, path: Path, suffix: str, scratch: str, filt: str | None = None) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice, keep it under the target name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        soffice(source, suffix, Path(tmp) / f"{source.stem}.{suffix}", filt)
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
    """Save a .docx with fixed member timestamps, so that the file is reproducible byte for byte."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return path


# ---------------------------------------------------------------------------------------------
# Excel 97 through xlwt.
def _xf(bold=False, border=True, center=False, wrap=True, size=11, fmt: str | None = None):
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
    if fmt:
        style.num_format_str = fmt
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


# =============================================================================================
# 1. 社会保险经办风险防控自查, after a county 社会保险 bureau's report on 社会保险经办风险防控 (按照省社会保险管理局
# 《关于进一步加强社会保险经办风险防控的通知》精神, 安排各股室针对业务经办中存在的薄弱环节和存在的问题进行了调研;
# 养老保险关系转移接续、养老保险费补缴、工伤医疗费报销、养老金领取资格认证):
# http://m.360docs.net/doc/8a7305556.html
# A .docx: title, addressee, preamble, 一、自查基本情况 in prose (no problems), 二、存在的问题及整改情况 as numbered
# paragraphs each opening with its 股室 and telling measure, 整改时限 and progress in sentences, 三、下一步 and the
# sending 中心 and date at the foot.
SOCIAL_PARAS = [
    (
        "1、养老保险股：2023年以来办结的养老保险关系转移接续业务中，有37份转移档案未按月归档。整改措施：安排专人"
        "集中整理归档，整改时限2024年8月31日。目前已归档29份，剩余8份正在整理。"
    ),
    (
        "2、稽核股：抽查发现个别补缴3年以上养老保险费的案卷缺少原始工资发放表。整改措施：对2019年以来的补缴案卷"
        "逐卷复核、补齐佐证材料，整改时限2024年6月30日。已复核补缴案卷214卷，补齐材料，整改完成。"
    ),
    (
        "3、工伤保险股：工伤医疗费报销的初审和复核由同一人办理，未落实不相容岗位分离。整改措施：调整岗位设置，"
        "初审、复核分设两岗，7月10日前完成。已于7月8日调整到位。"
    ),
    (
        "4、养老保险股：待遇领取资格认证中，有12名长期居住外省的退休人员超过12个月未认证仍在发放待遇。整改措施："
        "暂停发放待遇，通过上门、视频等方式逐人核实，整改时限：2024年7月31日。已暂停9人待遇，其余3人正在核实。"
    ),
    (
        "5、信息股：社保经办信息系统中有5名离岗人员的操作账号未及时注销。整改措施：注销离岗人员账号，建立账号"
        "动态管理台账，7月5日前完成。已全部注销。"
    ),
    "6、基金财务股：社会保险基金支出户存在跨年度未达账项3笔。整改措施：与开户银行逐笔核对，9月底前完成清理。",
    (
        "7、办公室：业务档案室防潮、防火设施不足，部分纸质档案受潮。整改措施：改造档案室，配备除湿机和气体灭火"
        "装置，年底前完成。目前该项工作尚未启动。"
    ),
    "8、稽核股：内部稽核开展不经常，2023年仅开展1次。整改措施：每季度至少开展一次内部稽核，长期坚持。",
]


def write_social(path: Path) -> Path:
    doc = _new_document("县社保中心")
    _title(doc, "濮阳县社会保险中心关于社会保险经办风险防控自查整改情况的报告")
    _paragraph(doc, "县人力资源和社会保障局：")
    _paragraph(
        doc,
        "按照省社会保险中心《关于进一步加强社会保险经办风险防控的通知》和市、县人社部门工作部署，我中心安排各股室"
        "针对业务经办中的薄弱环节开展了全面自查，现将自查及整改情况报告如下：",
    )
    _paragraph(doc, "一、自查基本情况", font="黑体")
    _paragraph(
        doc,
        "养老保险关系转移接续方面，我中心严格按照政策办理转移接续手续，未发现即参即转、违规补缴后办理转移等情况。"
        "工伤保险待遇支付方面，严格按照工伤保险药品目录、诊疗目录和住院服务标准支付费用。",
    )
    _paragraph(doc, "二、存在的问题及整改情况", font="黑体")
    for text in SOCIAL_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "三、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "我中心将以此次自查为契机，健全内控制度，强化业务经办全过程监督，对已整改的问题开展“回头看”，防止问题反弹。",
    )
    _paragraph(doc, "濮阳县社会保险中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 2. 城乡居民基本养老保险暂停领取待遇人员专项清理, after a township's notice on that clean-up (乡镇、街道要采取实地入户
# 走访、数据比对等多种方式，全面排查本辖区暂停领取待遇人员及原因，分类处理: 未通过待遇领取资格认证的人员, 符合领取条件
# 但未申请领取的人员, 重复领取待遇的人员):
# http://www.kongtong.gov.cn/zfxxgk/bmxzjdxxgk/xzjdxxgk/mwxrmzf/fdzdgknr/SHBX/art/2022/art_d3bdb4e2482a42c2aaf467a99a7ce3aa.html
# An .et (Excel 97 via LibreOffice, as WPS keeps it): title, 填报单位 line, one header row with the 村民委员会 as
# 责任单位 and the 暂停原因 as category, 完成时限 and 清理结果, a 合计 row, a 填表说明 line and a signature line.
PAUSE_ROWS = [
    (
        "马庄桥镇张庄村村民委员会",
        "王某英",
        "未通过资格认证",
        "参保人随子女长期居住郑州，未按期完成待遇领取资格认证",
        "指导通过手机APP远程认证，补发暂停期间待遇",
        "2024年7月15日",
        "已认证，待遇已恢复发放",
        "张红旗",
    ),
    (
        "马庄桥镇刘寨村村民委员会",
        "刘某山",
        "疑似重复领取",
        "同时领取城乡居民养老保险待遇和企业职工基本养老保险待遇",
        "终止城乡居民养老保险待遇，追回重复领取金额4860元",
        "2024年8月31日",
        "已终止待遇，已追回2100元，剩余部分正在追缴",
        "刘新民",
    ),
    (
        "马庄桥镇马庄桥村村民委员会",
        "李某",
        "死亡未注销",
        "参保人已于2023年11月死亡，家属未申报，待遇暂停后未办理注销登记",
        "办理注销登记，个人账户余额依法由继承人领取",
        "7月底前",
        "",
        "李春梅",
    ),
    (
        "马庄桥镇大屯村村民委员会",
        "赵某芳",
        "符合条件未申领",
        "年满60周岁符合待遇领取条件，因不了解政策未申请领取",
        "入户协助办理待遇申领",
        "2024年7月20日",
        "已办理申领，7月起按月发放",
        "赵国庆",
    ),
    (
        "马庄桥镇后屯村村民委员会",
        "孙某",
        "服刑人员",
        "服刑期间暂停待遇，刑满释放时间未核实",
        "与县司法局核实刑满释放时间，符合条件的恢复发放",
        "2024年9月30日",
        "正在与县司法局核实",
        "孙立伟",
    ),
    (
        "马庄桥镇郭庄村村民委员会",
        "郭某民",
        "未通过资格认证",
        "参保人长期卧病在床，村协管员未上门采集认证信息",
        "协管员上门办理认证",
        "2024年7月10日",
        "未整改",
        "郭建军",
    ),
    (
        "马庄桥镇南杨村村民委员会",
        "杨某",
        "户籍迁出",
        "参保人户籍已迁往濮阳市区，城乡居民养老保险关系未转移",
        "办理养老保险关系转移",
        "2024年8月15日",
        "已提交转移申请，待转入地确认",
        "杨守义",
    ),
    (
        "马庄桥镇北杨村村民委员会",
        "杨某华",
        "信息不一致",
        "参保人身份证号码与公安户籍信息不一致，导致认证比对失败",
        "更正参保登记信息",
        "2024年7月25日",
        "已更正信息并通过认证",
        "杨丽",
    ),
]


def write_pause_book(path: Path) -> Path:
    b = Book(path, author="劳动保障所")
    ws = b.sheet("清理台账")
    b.widths(ws, [6, 26, 10, 14, 34, 30, 14, 26, 10])
    b.line(ws, 0, "马庄桥镇城乡居民基本养老保险暂停领取待遇人员专项清理台账", 8, b.title)
    b.line(ws, 1, "填报单位：清丰县马庄桥镇人民政府（劳动保障所）      填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "责任单位（村委会）",
            "参保人姓名",
            "暂停原因",
            "核实存在问题",
            "处理措施",
            "完成时限",
            "清理结果",
            "村协管员",
        ],
    )
    for i, row in enumerate(PAUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PAUSE_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "共清理暂停领取待遇人员8人")
    b.line(
        ws,
        end + 1,
        "填表说明：“清理结果”栏填写截至填报日期的处理情况；“暂停原因”按县社保中心下发的疑点数据填写。",
        8,
    )
    b.line(ws, end + 2, "填表人：陈晓东      审核人：刘志刚      联系电话：0393-7201568", 8)
    return b.close()


def write_pause(path: Path) -> Path:
    return via_soffice(write_pause_book, path, "xls", "城乡居民养老保险暂停领取待遇人员清理台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 3. 冒领养老金核查追回, after a provincial report on 养老保险指纹认证 (通过指纹采集、比对, 累计发现死亡冒领1629人,
# 冒领的养老金已全部追回; 对高龄、病重、异地居住等重点人群进行指纹比对, 比对不一致的将停发养老金并追查相关责任):
# http://news.hsw.cn/system/2010/10/21/050659000.shtml
# A CSV in UTF-8 with BOM: a title line, a 填报单位 line, one header line with the 比对发现时间 (an event date) beside
# the 追回时限, the county 社会保险中心 as 责任单位, a 合计 line and a 制表人 line.
FRAUD_ROWS = [
    (
        "华龙区",
        "华龙区社会保险中心",
        "张某某（原濮阳市第二棉纺厂）",
        "2024-03-12",
        "退休人员2023年4月死亡，家属未报告，继续领取养老金11个月",
        "23540.00",
        "约谈家属，限期退还",
        "2024-07-15",
        "已全额追回",
    ),
    (
        "濮阳县",
        "濮阳县社会保险中心",
        "李某某（原濮阳县化肥厂）",
        "2024-04-02",
        "殡葬数据比对发现退休人员死亡后仍领取养老金8个月",
        "16820.00",
        "下达追缴通知书，家属分期退还",
        "2024-08-31",
        "已追回8000元，剩余部分家属分期退还",
    ),
    (
        "清丰县",
        "清丰县社会保险中心",
        "王某某（原清丰县供销社）",
        "2024-04-18",
        "指纹认证比对不一致，经核实系亲属代为认证，冒领养老金14个月",
        "29960.00",
        "依法追缴",
        "2024-07-31",
        "家属拒不退还，已下达追缴决定书",
    ),
    (
        "南乐县",
        "南乐县社会保险中心",
        "赵某某（原南乐县棉麻公司）",
        "2024-05-06",
        "死亡人员户籍未注销，继续领取养老金5个月",
        "9650.00",
        "约谈家属，限期退还",
        "2024-07-20",
        "未追回",
    ),
    (
        "范县",
        "范县社会保险中心",
        "刘某某（原范县农机公司）",
        "2024-05-20",
        "退休人员被判处有期徒刑期间未停发基本养老金",
        "12400.00",
        "停发待遇，追回服刑期间养老金",
        "2024-09-30",
        "",
    ),
    (
        "台前县",
        "台前县社会保险中心",
        "孙某某（原台前县食品公司）",
        "2024-06-11",
        "异地居住退休人员死亡后由他人持卡支取养老金6个月",
        "13080.00",
        "移交公安机关立案侦查",
        "2024-08-31",
        "已移交县公安局",
    ),
    (
        "市本级",
        "濮阳市社会保险中心",
        "周某某（原濮阳市纺织机械厂）",
        "2024-06-25",
        "同时在外省领取基本养老金，重复领取待遇9个月",
        "28170.00",
        "终止本地待遇，追回重复领取金额",
        "2024-08-15",
        "已终止待遇，正在办理追回",
    ),
]


def write_fraud(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年上半年离退休人员待遇领取资格比对发现冒领养老金核查追回台账"])
    w.writerow(["填报单位：濮阳市社会保险中心（基金监督科）    填报日期：2024年7月29日"])
    w.writerow(
        [
            "序号",
            "县（区）",
            "责任单位",
            "退休人员（原单位）",
            "比对发现时间",
            "发现问题",
            "冒领金额（元）",
            "追回措施",
            "追回时限",
            "追回情况",
        ]
    )
    for i, row in enumerate(FRAUD_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "", "", "", "", "共发现冒领、重复领取7人", "133620.00", "", "", ""])
    w.writerow(["制表人：宋佳    审核：马卫东"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 定点医药机构医保基金使用稽核, after a county 医保局's account of its supervision (依托智能监管子系统全流程监管;
# 定点医疗机构、定点零售药店、经办机构、参保单位、参保人和医保医师六类主体; 日常稽核; 约谈处理定点医药机构127家，解除
# 暂停医保服务协议16家，行政处罚4起，追回违规基金69万余元):
# https://www.clxzf.gov.cn/single/16/37579.html
# An .xls (xlwt): title, 填报单位 line, a two-row header with 整改落实 over 落实情况 and 是否销号, the 定点医药机构 as
# the unit that must put things right, a 合计 row and a signature line.
CHECK_ROWS = [
    (
        "南乐县人民医院",
        "二级医院",
        "智能审核",
        "重复收取静脉输液费和留置针护理费",
        12360,
        "追回违规基金，责令整改",
        "2024年7月15日",
        "已退回违规基金12360元，完成整改",
        "是",
    ),
    (
        "南乐县中医院",
        "二级医院",
        "病历抽查",
        "超医保限定支付范围使用中药配方颗粒",
        28740,
        "追回违规基金，约谈负责人",
        "2024年7月31日",
        "正在逐份核对病历，核定违规金额",
        "否",
    ),
    (
        "南乐县元村镇卫生院",
        "一级医院",
        "现场检查",
        "住院患者在床率低，存在挂床住院问题",
        6920,
        "约谈负责人，限期整改",
        "2024年7月10日",
        "未整改",
        "否",
    ),
    (
        "南乐县福康大药房",
        "定点零售药店",
        "现场检查",
        "使用医保个人账户购买生活用品并串换为药品结算",
        3860,
        "暂停医保结算3个月，追回违规基金",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "南乐县仁和堂诊所",
        "定点诊所",
        "现场检查",
        "药品进销存台账与医保结算数据不符",
        1540,
        "责令建立进销存管理系统",
        "2024年8月15日",
        "已建立进销存管理系统，数据已核对一致",
        "是",
    ),
    (
        "南乐县千口镇卫生院",
        "一级医院",
        "日常巡查",
        "未按规定公示医保药品和诊疗项目价格",
        0,
        "责令立即公示",
        "2024年7月5日",
        "已在服务大厅电子屏公示",
        "是",
    ),
    (
        "南乐县妇幼保健院",
        "二级医院",
        "智能审核",
        "分解住院，同一患者15日内二次入院",
        9480,
        "追回违规基金，完善出入院管理",
        "2024年8月31日",
        "已退回违规金额，出入院管理制度正在修订",
        "否",
    ),
]


def write_check(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    num = _xf(center=True, fmt="0")
    plain = _xf(border=False)
    cells = [
        (0, 0, "南乐县定点医药机构医保基金使用稽核发现问题处理台账", t, 0, 10),
        (1, 0, "填报单位：南乐县医疗保障局（基金监管股）      填报日期：2024年7月29日", plain, 1, 10),
    ]
    for col, word in enumerate(
        ["序号", "机构名称", "机构类型", "稽核方式", "违规问题", "涉及金额（元）", "处理意见", "整改期限"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 8, "整改落实", h, 2, 9),
        (3, 8, "落实情况", h),
        (3, 9, "是否销号", h),
        (2, 10, "备注", h, 3, 10),
    ]
    for i, row in enumerate(CHECK_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, num if col == 5 else (ctr if col in (2, 3, 9) else c)))
        cells.append((r, 10, "", c))
    r = 4 + len(CHECK_ROWS)
    cells += [
        (r, 0, "合计", h, r, 3),
        (r, 4, "稽核定点医药机构7家", c),
        (r, 5, sum(row[4] for row in CHECK_ROWS), num),
        (r, 6, "", c, r, 10),
        (r + 2, 0, "审核人：韩立新      填表人：郭静      联系电话：0393-4261023", plain, r + 2, 10),
    ]
    return _write_xls(path, [("稽核台账", cells, [6, 20, 12, 10, 34, 12, 26, 14, 30, 8, 8])])


# ---------------------------------------------------------------------------------------------
# 5. 医保基金违法违规问题专项整治自查自纠, after a 医疗保障局's 专项整治工作情况的报告 (根据省、市医疗保障局统一部署安排，
# 我局在市局相关科室的指导下，认真谋划，精心部署，积极开展医保基金专项治理自查自纠工作; 一、工作开展情况 (一)健全体制
# 机制 …):
# https://31ppt.com/d-7064115.html
# A .doc (Word 97 via LibreOffice): the report in prose (title, addressee, 一、工作开展情况 with (一)(二), 二、下一步工作
# 打算, signature and date), then 附表 with the problems in a table whose rows name only the bureau's own 股室, and a
# 填表人 line under it.
INSURE_ROWS = [
    (
        "医保经办",
        "城乡居民医保参保信息与户籍信息比对不及时，存在跨统筹区重复参保",
        "待遇保障股",
        "开展数据比对，清理重复参保人员",
        "2024年8月31日",
        "已清理重复参保人员326人，剩余数据正在比对",
    ),
    (
        "基金监管",
        "定点医药机构年度全覆盖检查未完成，尚有11家定点药店未检查",
        "基金监管股",
        "制定检查计划，逐家开展现场检查",
        "2024年9月30日",
        "",
    ),
    (
        "医药服务",
        "门诊慢特病待遇认定档案不全，部分鉴定表缺少专家签字",
        "医药服务管理股",
        "补齐鉴定材料，规范认定程序",
        "2024年7月20日",
        "已补齐鉴定材料，整改完成",
    ),
    (
        "财务管理",
        "医保基金收入户下开设未经批准的过渡账户1个",
        "财务股",
        "撤销过渡账户，资金归集至财政专户",
        "2024年6月30日",
        "已撤销过渡账户，资金已全部归集",
    ),
    (
        "基金监管",
        "投诉举报线索核查办结率低，积存线索5条未办结",
        "基金监管股",
        "逐条核查，限期办结",
        "2024年7月31日",
        "已办结2条，其余3条正在核查",
    ),
    (
        "廉政风险",
        "未对局机关公职人员在定点医药机构兼职取酬情况开展排查",
        "办公室",
        "开展专项排查，签订廉洁承诺书",
        "2024年7月15日",
        "未开展",
    ),
    (
        "政策宣传",
        "医保政策宣传进乡村、进社区覆盖面不够",
        "待遇保障股",
        "常态化开展政策宣讲",
        "长期坚持",
        "常态化推进",
    ),
]


def write_insure_docx(path: Path) -> Path:
    doc = _new_document("范县医保局")
    _title(doc, "范县医疗保障局关于医保基金违法违规问题专项整治自查自纠情况的报告")
    _paragraph(doc, "市医疗保障局：")
    _paragraph(
        doc,
        "今年5月以来，根据省、市医疗保障局统一部署安排，我局在市局相关科室的指导下，认真谋划、精心部署，扎实开展"
        "医保基金违法违规问题专项整治自查自纠工作，现将有关情况报告如下：",
    )
    _paragraph(doc, "一、工作开展情况", font="黑体")
    _paragraph(
        doc,
        "（一）健全工作机制。成立由局主要负责同志任组长的专项整治工作领导小组，制定实施方案，明确各股室职责分工。",
    )
    _paragraph(
        doc,
        "（二）全面开展自查。对照医保经办、基金监管、内部控制等重点环节逐项梳理排查，共查找问题7个，已全部建立台账，"
        "明确责任股室和整改时限（见附表）。",
    )
    _paragraph(doc, "二、下一步工作打算", font="黑体")
    _paragraph(
        doc,
        "持续推进问题整改，对已完成整改的问题开展“回头看”，对未完成整改的问题挂图作战、逐项销号，确保医保基金安全。",
    )
    _paragraph(doc, "范县医疗保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "附表", font="黑体")
    _paragraph(
        doc, "范县医疗保障局专项整治自查发现问题整改清单", 14, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER
    )
    body = [[str(i), *row] for i, row in enumerate(INSURE_ROWS, 1)]
    _table(doc, ["序号", "问题类别", "存在问题", "责任股室", "整改措施", "整改时限", "整改进展"], body)
    _paragraph(doc, "填表人：赵丽娟      审核人：冯建军      联系电话：0393-5263317", 12)
    return _save_fixed(doc, path)


def write_insure(path: Path) -> Path:
    return via_soffice(write_insure_docx, path, "doc", "医保基金专项整治自查自纠情况报告.docx", "MS Word 97")


# ---------------------------------------------------------------------------------------------
# 6. 医保经办服务问题清单销号管理, after an account of 医保经办机构自查自纠 (查问题-纠偏差-建机制闭环管理; 简化异地备案、
# 费用报销等高频业务，推行“一窗通办”; 15分钟医保服务圈; 建立问题清单销号管理; “好差评”机制):
# https://www.jiusongjiankang.com/health/news/6497812.html
# An .xlsx: title, 填报单位/统计时间 line, a two-row header (整改情况 over 整改进展/完成时间, 销号情况 over 是否销号/
# 销号日期), the city bureau (once by its short name) and the county bureaus as 责任单位, a 说明 line and a signature.
SERVICE_ROWS = [
    (
        "12345热线",
        "异地就医备案需到窗口现场办理，未实现线上备案",
        "市医保局",
        "王建华",
        "开通国家医保服务平台APP、“豫事办”线上备案渠道",
        "2024年6月30日",
        "已开通线上备案渠道",
        date(2024, 6, 25),
        "是",
        date(2024, 7, 5),
    ),
    (
        "群众来访",
        "部分乡镇未建成医保服务站，未实现“15分钟医保服务圈”",
        "濮阳县医疗保障局",
        "李军",
        "在乡镇便民服务中心设立医保服务站",
        "2024年12月31日",
        "已建成乡镇医保服务站12个，村级服务点正在建设",
        "",
        "否",
        "",
    ),
    (
        "明察暗访",
        "门诊慢特病申报材料要求不统一，群众多次跑腿",
        "清丰县医疗保障局",
        "赵磊",
        "统一申报材料清单并在服务大厅公示",
        "2024年7月15日",
        "已统一材料清单并公示",
        date(2024, 7, 12),
        "是",
        date(2024, 7, 18),
    ),
    (
        "好差评",
        "窗口一次性告知不到位，收到群众差评3条",
        "华龙区医疗保障局",
        "孙丽",
        "开展窗口人员业务培训，落实一次性告知制度",
        "2024年7月20日",
        "未整改",
        "",
        "否",
        "",
    ),
    (
        "12345热线",
        "零星报销结算周期长，部分群众等待超过一个月",
        "南乐县医疗保障局",
        "郭伟",
        "优化审核流程，压缩报销时限",
        "2024年8月31日",
        "正在优化审核流程",
        "",
        "否",
        "",
    ),
    (
        "上级督导",
        "生育津贴发放与参保单位对接不畅，部分职工未及时领取",
        "范县医疗保障局",
        "刘洋",
        "建立生育津贴发放对接机制",
        "2024年9月30日",
        "",
        "",
        "",
        "",
    ),
    (
        "内部自查",
        "医保经办内控制度未根据新增业务及时修订",
        "市医疗保障局",
        "张宁",
        "修订完善经办内控制度",
        "2024年7月31日",
        "已印发修订后的内控制度",
        date(2024, 7, 26),
        "是",
        date(2024, 7, 29),
    ),
    (
        "群众来信",
        "医保政策宣传解读不足，参保群众对门诊统筹政策知晓率低",
        "台前县医疗保障局",
        "陈静",
        "常态化开展政策宣传进村入户",
        "长期坚持",
        "常态化开展",
        "",
        "",
        "",
    ),
]


def write_service(path: Path) -> Path:
    b = Book(path, author="经办服务科")
    ws = b.sheet("销号台账")
    b.widths(ws, [6, 12, 36, 18, 10, 30, 14, 28, 12, 8, 12])
    b.line(ws, 0, "全市医保经办服务问题清单销号管理台账", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳市医疗保障局（医保经办服务科）      统计时间：截至2024年7月30日", 10)
    for c, word in enumerate(["序号", "问题来源", "问题描述", "责任单位", "责任人", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改情况", b.head)
    b.merge(ws, 2, 9, 2, 10, "销号情况", b.head)
    b.header(ws, 3, ["整改进展", "完成时间", "是否销号", "销号日期"], first=7)
    for i, row in enumerate(SERVICE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, list(row), first=1)
    end = 4 + len(SERVICE_ROWS)
    b.line(ws, end, "说明：整改完成并经市局复核的，在“是否销号”栏填“是”并注明销号日期。", 10)
    b.line(ws, end + 1, "填表人：马晓燕      科室负责人：丁卫国      联系电话：0393-8993120", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 7. 住房公积金逾期贷款催收, after a 州住房公积金中心's rules on 逾期催收 (受委托银行应负责定期(每周)进行逾期贷款催收，
# 定期(每半月)将催收情况以台账的形式反馈给各管理部; 逾期3期以下电话或短信催收，3期以上送达书面催收通知，6期以上发放
# 律师函、提起诉讼; 阶段性担保的房开企业):
# https://gjj.qiannan.gov.cn/cjwt/dkl/202401/t20240125_83629063.html
# An .xlsx: title, 填报科室/统计截至 line, one header row with the 所属管理部 beside the 催收责任银行, amounts, a 合计
# row, a 说明 line and a signature line.
LOAN_ROWS = [
    (
        "华龙区管理部",
        "中国建设银行股份有限公司濮阳分行",
        "王某强",
        "借款人因经营困难连续逾期4期",
        8642.30,
        "送达书面催收通知书",
        "2024年7月31日",
        "已结清全部逾期本息",
    ),
    (
        "濮阳县管理部",
        "中国工商银行股份有限公司濮阳分行",
        "李某",
        "借款人连续逾期7期，电话催收无果",
        15286.50,
        "发放律师函，提起诉讼",
        "2024年9月30日",
        "已发放律师函，正在准备起诉材料",
    ),
    (
        "清丰县管理部",
        "中国农业银行股份有限公司清丰县支行",
        "张某伟",
        "借款人外出务工，连续逾期3期",
        4920.00,
        "电话、短信催收",
        "2024年7月15日",
        "未还款",
    ),
    (
        "南乐县管理部",
        "中国银行股份有限公司南乐支行",
        "赵某",
        "借款人因离婚析产纠纷连续逾期6期",
        11730.80,
        "发放律师函",
        "2024年8月31日",
        "",
    ),
    (
        "范县管理部",
        "河南范县农村商业银行股份有限公司",
        "刘某",
        "阶段性担保期内借款人逾期5期，开发企业未履行担保责任",
        9315.00,
        "函告开发企业履行代偿责任",
        "2024年8月15日",
        "已函告开发企业，正在协调代偿",
    ),
    (
        "台前县管理部",
        "中国邮政储蓄银行股份有限公司台前县支行",
        "孙某",
        "借款人连续逾期9期，已提起诉讼并胜诉",
        21460.00,
        "申请法院强制执行",
        "2024年7月20日",
        "执行款已到账，贷款已结清",
    ),
    (
        "华龙区管理部",
        "中原银行股份有限公司濮阳分行",
        "周某",
        "借款人死亡，继承人未继续履行还款义务",
        6380.40,
        "联系继承人办理还款变更手续",
        "2024年10月31日",
        "已联系继承人，正在办理借款合同变更",
    ),
]


def write_loan(path: Path) -> Path:
    b = Book(path, author="信贷管理科")
    ws = b.sheet("逾期催收台账")
    b.widths(ws, [6, 14, 34, 10, 40, 14, 26, 16, 32])
    b.line(ws, 0, "濮阳市住房公积金管理中心个人住房贷款逾期催收情况台账", 8, b.title)
    b.line(ws, 1, "填报科室：信贷管理科      统计截至：2024年7月30日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "所属管理部",
            "催收责任银行",
            "借款人",
            "逾期情况",
            "逾期本息（元）",
            "催收措施",
            "清收时限",
            "催收进展",
        ],
    )
    for i, row in enumerate(LOAN_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.money if c == 5 else None)
    end = 3 + len(LOAN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 4, "逾期贷款7笔")
    b.put(ws, end, 5, round(sum(row[4] for row in LOAN_ROWS), 2), b.money)
    b.merge(ws, end, 6, end, 8, "")
    b.line(
        ws,
        end + 1,
        "说明：受委托银行每半月报送一次催收情况；逾期6期（含）以上的由受委托银行发放律师函，催收无果的依法提起诉讼。",
        8,
    )
    b.line(ws, end + 2, "填表人：高源      科长：黄立新      联系电话：0393-4418329", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 住房公积金服务“好差评”差评整改, after a 住房公积金管理中心's 服务“好差评” page (现场服务“一次一评”、网上服务
# “一事一评”; 五个评价等级; 在办事大厅或业务银行网点办理、在小程序办理后评价; 根据缴存单位和职工的评价不断完善服务):
# http://gjj.sz.gov.cn/topics/fwhcp/index.html
# An .xlsx as the 差评 system exports it: no title, one header row, 评价时间 and 交办日期 (events) beside a 整改时限
# given as N个工作日 from the 交办日期 or as a date, the centre (once by its short name) and 业务银行网点 as 被评价单位.
BAD_ROWS = [
    (
        "CP20240702001",
        "2024-07-02 10:15:32",
        "办事大厅",
        "离职提取",
        "不满意",
        "离职提取要求提供单位出具的解除劳动合同证明，群众往返跑了三趟",
        "市公积金中心",
        date(2024, 7, 3),
        "5个工作日",
        "已办结",
        "已简化离职提取材料，改为个人书面承诺",
        "满意",
    ),
    (
        "CP20240705003",
        "2024-07-05 15:41:07",
        "业务银行网点",
        "提前还款",
        "非常不满意",
        "提前还贷需预约，网点告知排队需等待两周",
        "中国建设银行股份有限公司濮阳分行营业部",
        date(2024, 7, 8),
        "5个工作日",
        "整改中",
        "已增设提前还款受理专窗，预约系统正在调试",
        "",
    ),
    (
        "CP20240709002",
        "2024-07-09 09:03:44",
        "12329热线",
        "缴存基数调整",
        "不满意",
        "12329服务热线长时间无人接听",
        "市住房公积金管理中心",
        date(2024, 7, 10),
        "10个工作日",
        "已办结",
        "已增加热线座席4个，高峰时段增派人员",
        "基本满意",
    ),
    (
        "CP20240712001",
        "2024-07-12 20:26:51",
        "网上服务大厅",
        "租房提取",
        "不满意",
        "网上租房提取页面多次提示系统错误，无法提交申请",
        "市住房公积金管理中心",
        date(2024, 7, 15),
        "2024-07-31",
        "未整改",
        "",
        "",
    ),
    (
        "CP20240716004",
        "2024-07-16 11:12:09",
        "办事大厅",
        "异地转移接续",
        "非常不满意",
        "异地转移接续办理后资金超过一个月未到账",
        "市住房公积金管理中心",
        date(2024, 7, 17),
        "5个工作日",
        "整改中",
        "已与转出地公积金中心对接，资金正在划转",
        "",
    ),
    (
        "CP20240722002",
        "2024-07-22 16:30:18",
        "业务银行网点",
        "单位开户",
        "不满意",
        "网点工作人员不熟悉单位开户流程，一次性告知不到位",
        "中国工商银行股份有限公司濮阳分行营业部",
        date(2024, 7, 23),
        "5个工作日",
        "",
        "",
        "",
    ),
    (
        "CP20240725001",
        "2024-07-25 10:47:55",
        "办事大厅",
        "贷款申请",
        "不满意",
        "公积金贷款审批时间过长，群众反映等待近一个月",
        "市住房公积金管理中心",
        date(2024, 7, 26),
        "10个工作日",
        "整改中",
        "正在优化贷款审批流程，推行并联审批",
        "",
    ),
]


def write_bad(path: Path) -> Path:
    b = Book(path, author="admin")
    ws = b.sheet("差评工单")
    b.widths(ws, [16, 20, 14, 14, 12, 44, 34, 12, 12, 10, 36, 12])
    b.header(
        ws,
        0,
        [
            "差评编号",
            "评价时间",
            "评价渠道",
            "办理事项",
            "评价等级",
            "差评内容",
            "被评价单位",
            "交办日期",
            "整改时限",
            "整改状态",
            "整改情况",
            "回访结果",
        ],
        fmt=b.plainhead,
    )
    for i, row in enumerate(BAD_ROWS, 1):
        for c, v in enumerate(row):
            b.put(ws, i, c, v, b.raw if not isinstance(v, date) else b.day)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 不动产登记窗口作风问题专项整治, after the report of a province's 不动产登记窗口作风问题专项整治整改实施方案
# (全面整治限号倒号、群众来回跑路、历史遗留问题久拖不决、违法违规收费等问题，清理没有法律法规依据的前置环节和“奇葩
# 证明”，打击内外勾结、谋取私利; 明确了重点整治的11个问题、35种具体表现和76项整改要求，8月底前全面完成):
# https://ttnews.xyz/a/5b4725e8dc9b5e5bca266172
# An .ods (LibreOffice conversion): title, 牵头单位/填报日期 line, one header row with 整治问题 merged down over its
# 具体表现, the city centre, county bureaus and governments, the tax bureau and the 资规局 (short names) as 责任单位,
# a 填表说明 line and a 联系人 line.
STYLE_GROUPS = [
    (
        "限号倒号",
        [
            (
                "登记大厅每日限量发号，群众凌晨到大厅排队取号",
                "取消限号，推行网上预约与现场取号并行",
                "市不动产登记中心",
                "2024年7月15日前",
                "已取消限号，实行全天取号",
            ),
            (
                "县级登记窗口实行上午限号、下午不受理新件",
                "恢复全天受理",
                "台前县自然资源局",
                "2024年7月20日前",
                "",
            ),
        ],
    ),
    (
        "群众来回跑",
        [
            (
                "登记、交易、缴税需分别到三个窗口排队",
                "推行“一窗受理、集成服务”",
                "市不动产登记中心",
                "8月底前",
                "已完成一窗受理系统部署，正在试运行",
            ),
            (
                "契税需到税务窗口另行排队缴纳，未实现线上缴税",
                "开通不动产登记“一网缴税”",
                "市税务局",
                "2024年7月31日前",
                "已开通线上缴税",
            ),
        ],
    ),
    (
        "“奇葩证明”",
        [
            (
                "要求申请人提供无犯罪记录证明等无法律依据的材料",
                "全面清理前置证明材料，公布材料清单",
                "濮阳县自然资源局",
                "2024年7月20日前",
                "已取消证明材料6项，清单已公布",
            ),
        ],
    ),
    (
        "历史遗留问题久拖不决",
        [
            (
                "城关镇3个老旧小区因土地手续不全长期无法办证",
                "逐项目制定化解方案，分类推进办证",
                "清丰县人民政府",
                "年底前",
                "正在逐个项目制定化解方案",
            ),
        ],
    ),
    (
        "违法违规收费",
        [
            (
                "登记窗口搭车收取测绘费、档案查询费",
                "停止违规收费，退还已收取费用",
                "南乐县自然资源局",
                "2024年7月10日前",
                "未整改",
            ),
        ],
    ),
    (
        "办理时限长",
        [
            (
                "抵押登记办理时间超过承诺时限，银行和群众反映强烈",
                "推行抵押登记“全程网办”，压缩办理时间",
                "范县自然资源局",
                "2024年8月31日前",
                "已与辖区4家银行完成系统对接，其余正在对接",
            ),
        ],
    ),
    (
        "内外勾结谋取私利",
        [
            (
                "窗口人员与中介机构往来缺乏监督机制",
                "建立窗口人员行为监督机制，开展明察暗访",
                "市资规局",
                "长期坚持",
                "常态化开展明察暗访",
            ),
        ],
    ),
]


def write_window_book(path: Path) -> Path:
    b = Book(path, author="不动产登记科")
    ws = b.sheet("整改清单")
    b.widths(ws, [6, 16, 40, 34, 20, 16, 34])
    b.line(ws, 0, "濮阳市不动产登记窗口作风问题专项整治整改清单", 6, b.title)
    b.line(ws, 1, "牵头单位：濮阳市自然资源和规划局      填报日期：2024年7月28日", 6)
    b.header(ws, 2, ["序号", "整治问题", "具体表现", "整改要求", "责任单位", "完成时限", "整改进展"])
    r, n = 3, 0
    for problem, rows in STYLE_GROUPS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, problem, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=2)
            r += 1
    b.line(ws, r, "填表说明：“整改进展”栏填写截至填报日期的进展情况，已完成的注明完成情况。", 6)
    b.line(ws, r + 1, "联系人：蒋文博      联系电话：0393-8318206", 6)
    return b.close()


def write_window(path: Path) -> Path:
    via_soffice(write_window_book, path, "ods", "不动产登记窗口作风问题专项整治整改清单.xlsx")
    return fixed_zip(path)


# ---------------------------------------------------------------------------------------------
# 10. 不动产登记历史遗留问题项目化解, after an account of 北京's practice (以“小”台账为抓手发挥“大”效能，摸清项目堵点;
# 前期规划、用地、施工、验收、测绘备案等手续缺失，开发建设单位和原产权单位的原因导致无法办理首次登记和转移登记;
# 全面摸排问题总量，细化分析引发“办证难”的原因; 各区政府勇于担责):
# https://m.fx361.cc/news/2022/0424/10272024.html
# An .xlsx: title, 填报单位/更新日期 line, a two-row header (化解责任 over 牵头单位/配合单位, 推进情况 over 化解进展/
# 已发证套数), county governments and bureaus (one by the 资规局 short name) as 牵头单位, a 合计 row, a 注 line.
LEGACY_ROWS = [
    (
        "华龙区",
        "锦绣华庭小区",
        "濮阳市华鑫置业有限公司（已注销）",
        412,
        "开发企业已注销，欠缴土地出让金未补缴，无法办理首次登记",
        "明确承接主体，补缴出让金后办理首次登记",
        "华龙区人民政府",
        "市自然资源和规划局、市税务局",
        "2024年12月31日",
        "已确定承接主体，正在核算欠缴金额",
        0,
    ),
    (
        "开发区",
        "东方名苑小区",
        "濮阳市东方房地产开发有限公司",
        268,
        "超规划建设面积未处理，无法办理规划核实",
        "依法处置超建部分后办理规划核实",
        "市资规局",
        "濮阳经济技术开发区管理委员会",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "濮阳县",
        "文留镇兴华小区",
        "濮阳县兴华建筑有限公司",
        186,
        "项目未通过消防验收，无法办理竣工验收备案",
        "督促企业完成消防整改并组织验收",
        "濮阳县住房和城乡建设局",
        "濮阳县消防救援大队",
        "2024年10月31日",
        "消防整改已验收合格，已全部发证",
        186,
    ),
    (
        "清丰县",
        "阳光嘉苑",
        "清丰县阳光置业有限公司",
        324,
        "土地使用权被法院查封，购房人无法办理转移登记",
        "协调法院对已付清房款购房人的房屋解除查封",
        "清丰县人民政府",
        "清丰县人民法院、清丰县自然资源局",
        "2024年8月31日",
        "已协调解除查封，已发证120套，其余正在办理",
        120,
    ),
    (
        "南乐县",
        "翠湖名居",
        "南乐县恒泰房地产开发有限公司",
        156,
        "项目分期验收，测绘成果与备案信息不一致",
        "重新测绘并更正备案信息",
        "南乐县自然资源局",
        "南乐县住房和城乡建设局",
        "2024年7月31日",
        "已完成测绘成果更正，已全部发证",
        156,
    ),
    (
        "范县",
        "新区还迁安置小区",
        "范县城市建设投资有限公司",
        530,
        "安置房占用集体土地未办理征收手续",
        "完善土地征收手续后办理首次登记",
        "范县人民政府",
        "范县自然资源局",
        "2025年6月30日",
        "未启动",
        0,
    ),
    (
        "台前县",
        "金水苑",
        "台前县金水房地产开发有限公司",
        98,
        "开发企业欠缴税款，无法开具完税证明",
        "约谈企业限期补缴税款",
        "国家税务总局台前县税务局",
        "台前县自然资源局",
        "2024年8月31日",
        "已约谈企业，正在补缴",
        0,
    ),
]


def write_legacy(path: Path) -> Path:
    b = Book(path, author="确权登记科")
    ws = b.sheet("项目台账")
    b.widths(ws, [6, 10, 18, 28, 10, 36, 30, 22, 30, 16, 30, 12])
    b.line(ws, 0, "全市不动产登记历史遗留问题项目化解台账", 11, b.title)
    b.line(
        ws,
        1,
        "填报单位：市化解不动产登记历史遗留问题工作专班办公室（设在市自然资源和规划局）      更新日期：2024年7月30日",
        11,
    )
    for c, word in enumerate(
        ["序号", "县（区）", "项目名称", "开发建设单位", "涉及套数", "问题成因", "化解措施"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "化解责任", b.head)
    b.merge(ws, 2, 9, 3, 9, "完成时限", b.head)
    b.merge(ws, 2, 10, 2, 11, "推进情况", b.head)
    b.header(ws, 3, ["牵头单位", "配合单位"], first=7)
    b.header(ws, 3, ["化解进展", "已发证套数"], first=10)
    for i, row in enumerate(LEGACY_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        for c, v in enumerate(row, 1):
            b.put(ws, r, c, v, b.center if c in (1, 4, 11) else None)
    end = 4 + len(LEGACY_ROWS)
    b.merge(ws, end, 0, end, 1, "合计", b.center)
    b.put(ws, end, 2, "7个项目", b.center)
    b.put(ws, end, 3, "")
    b.put(ws, end, 4, sum(row[3] for row in LEGACY_ROWS), b.center)
    b.merge(ws, end, 5, end, 10, "")
    b.put(ws, end, 11, sum(row[10] for row in LEGACY_ROWS if isinstance(row[10], int)), b.center)
    b.line(ws, end + 1, "注：“已发证套数”为截至更新日期的累计数；“配合单位”按专班分工填写。", 11)
    b.line(ws, end + 2, "填表人：韦建      审核人：孟庆丰      联系电话：0393-8995716", 11)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 11. 不动产登记排队办证问题整改, after the report that a city's 不动产登记中心 limited the numbers it gave out (群众每天
# 凌晨排队领号; 增加办事人员，在一楼新设置4个咨询窗口，二楼不动产登记窗口由3个增加到6个; 搬迁至新办公场所，设置服务
# 窗口36个; 相关责任人被问责):
# https://freewechat.com/a/MzIwNDU1NDE5Mg==/2247485866/3
# A .zip of two returns: the city centre's .xlsx (填报单位 line; rows naming only its 科室) and a county centre's .docx
# (a table naming only its 股室; 长期坚持 for one row), both answering for themselves.
QUEUE_ROWS = [
    (
        "每日限量发放受理号，群众凌晨到大厅门口排队领号",
        "取消每日限号，延长取号时间",
        "综合受理科",
        "2024年7月10日",
        "已取消限号，全天取号",
    ),
    (
        "咨询窗口仅设1个，咨询与受理混在一起",
        "一楼新设咨询窗口3个",
        "综合受理科",
        "2024年7月20日",
        "已新设咨询窗口3个并投入使用",
    ),
    (
        "二楼登记受理窗口不足，高峰期群众等待超过2小时",
        "登记受理窗口由4个增加到8个",
        "登记一科",
        "2024年8月31日",
        "已增加至6个，其余2个正在调配人员",
    ),
    (
        "档案查询需单独排队，未实现自助查询",
        "设置不动产登记信息自助查询机",
        "档案信息科",
        "2024年9月30日",
        "",
    ),
    (
        "办公场所面积狭小，候办区座位不足",
        "搬迁至市政务服务中心新址",
        "办公室",
        "年底前",
        "未启动",
    ),
]


def write_queue_book(path: Path) -> Path:
    b = Book(path, author="综合受理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 40, 30, 14, 16, 30])
    b.line(ws, 0, "不动产登记大厅排队领号问题整改落实台账", 5, b.title)
    b.line(ws, 1, "填报单位（盖章）：濮阳市不动产登记中心      填报日期：2024年7月26日", 5)
    b.header(ws, 2, ["序号", "存在问题", "整改措施", "责任科室", "完成时限", "完成情况"])
    for i, row in enumerate(QUEUE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    b.line(ws, 4 + len(QUEUE_ROWS), "负责人：申立强      填表人：宋雨      联系电话：0393-8993566", 5)
    return b.close()


COUNTY_QUEUE_ROWS = [
    (
        "工作人员午休期间窗口暂停受理",
        "推行午间延时服务",
        "登记股",
        "2024年7月5日",
        "已实行午间“不打烊”",
    ),
    (
        "抵押登记需银行工作人员和借款人同时到窗口",
        "推行银行端“不见面”抵押登记",
        "登记股",
        "2024年8月31日",
        "已与4家银行完成系统对接，其余正在对接",
    ),
    (
        "不动产登记“跨省通办”业务未开通",
        "开通“跨省通办”专窗",
        "信息股",
        "2024年10月31日",
        "尚未开通",
    ),
    (
        "窗口工作人员服务态度生硬，群众投诉2起",
        "开展作风教育，纳入月度考核",
        "办公室",
        "长期坚持",
        "常态化开展",
    ),
]


def write_county_queue(path: Path) -> Path:
    doc = _new_document("清丰县不动产登记中心")
    _title(doc, "清丰县不动产登记中心群众办证排队问题整改情况表", 18)
    _paragraph(doc, "填报单位：清丰县不动产登记中心      填报日期：2024年7月25日", 12)
    body = [[str(i), *row] for i, row in enumerate(COUNTY_QUEUE_ROWS, 1)]
    _table(doc, ["序号", "问题表现", "整改措施", "责任股室", "完成时限", "完成情况"], body)
    _paragraph(doc, "填表人：王晓慧      联系电话：0393-7223105", 12)
    return _save_fixed(doc, path)


def write_queue(path: Path) -> Path:
    members = [
        ("不动产登记大厅排队领号问题整改落实台账（市不动产登记中心）.xlsx", write_queue_book),
        ("清丰县不动产登记中心群众办证排队问题整改情况表.docx", write_county_queue),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


FILES = [
    ("濮阳县社会保险中心关于社会保险经办风险防控自查整改情况的报告.docx", write_social),
    ("马庄桥镇城乡居民养老保险暂停领取待遇人员专项清理台账.et", write_pause),
    ("离退休人员冒领养老金核查追回台账.csv", write_fraud),
    ("南乐县定点医药机构医保基金使用稽核问题处理台账.xls", write_check),
    ("范县医疗保障局关于医保基金违法违规问题专项整治自查自纠情况的报告.doc", write_insure),
    ("医保经办服务问题清单销号管理台账.xlsx", write_service),
    ("住房公积金逾期贷款催收情况台账（7月下半月）.xlsx", write_loan),
    ("公积金服务差评整改导出_20240730.xlsx", write_bad),
    ("不动产登记窗口作风问题专项整治整改清单.ods", write_window),
    ("不动产登记历史遗留问题项目化解台账.xlsx", write_legacy),
    ("不动产登记排队办证问题整改（市中心、清丰县）.zip", write_queue),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

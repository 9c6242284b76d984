"""Write the aside104 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaigns: 食品药品 (a school-canteen check and a pharmacy check), 档案保密, 统计执法, 信访积案, 退役军人, 民政养老,
森林防火, 防汛, 自建房排查 and 政务服务好差评.
Forms: .xlsx (five, one more inside the zip), .xls (xlwt), a CSV in GBK, a .docx whose items are numbered
paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and a .zip of two returns (a .docx
and an .xlsx). Contents are made up; the statistics date is 2024-07-31.
Run from this folder: python make_aside104.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Fixed dates inside the files and fixed zip member times make a second run give the same bytes.
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
# Workbooks (XlsxWriter) with the formats these returns use.
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
        self.text = add({"text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.head = add(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "font_name": "黑体",
                "bg_color": "#D9D9D9",
            }
        )
        self.cell = add({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.center = add(
            {"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "font_name": "宋体"}
        )
        self.day = add(
            {
                "border": 1,
                "num_format": "yyyy/m/d",
                "align": "center",
                "valign": "vcenter",
                "font_name": "宋体",
            }
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
            ws.write_datetime(r, c, datetime(v.year, v.month, v.day), self.day)
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


def soffice(source: Path, suffix: str, out_dir: Path) -> Path:
    """LibreOffice --convert-to: the Excel 97 / Word 97 copy a WPS or older Office user sends."""
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
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{suffix}"


def via_soffice(writer, path: Path, suffix: str, scratch: str) -> Path:
    """Write an .xlsx or .docx with the given writer, convert it with LibreOffice, keep it under the target name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = writer(Path(tmp) / scratch)
        converted = soffice(source, suffix, Path(tmp) / "out")
        shutil.copyfile(converted, path)
    return path


# ---------------------------------------------------------------------------------------------
# Word documents (python-docx) with the fonts Chinese offices use and fixed properties.
def _east_asian(run, font: str = "仿宋_GB2312", size: float = 12, bold: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _paragraph(
    doc, text: str, size: float = 16, font: str = "仿宋_GB2312", align=None, bold=False, indent=True
):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _title(doc, text: str, size: float = 22) -> None:
    _paragraph(doc, text, size, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(author: str):
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
# 1. 校园食品安全排查整治, after a district 市场监管局's joint action with 区教育局、公安分局、区卫健委 on school canteens
# (学校食堂无证经营、食品安全管理制度不健全、校园食品安全风险隐患; 主体责任落实、工作机制落实、后厨环境卫生、食品留样管理;
# 一般性问题要求校方立即整改，违法违规线索移交相关部门调查处理):
# https://www.ayrbs.com/szb/pc/content/202406/17/content_55745.html
# An .xlsx: title, 牵头/联合检查单位 line, one header row whose 检查重点 column uses the source's check points, a 检查日期
# per row that 立行立改 refers to (the preamble says so), a 合计 row and a signature line.
CANTEEN_ROWS = [
    (
        "濮阳市华龙区第三实验小学",
        date(2024, 6, 24),
        "食品留样管理",
        "食品留样量不足125克，留样记录未标注留样时间和留样人",
        "补足留样量，规范填写留样记录",
        "立行立改",
        "已现场整改",
    ),
    (
        "濮阳市第四中学",
        date(2024, 6, 24),
        "后厨环境卫生",
        "粗加工间地面积水，排水沟出口未安装防鼠网",
        "疏通排水沟，加装防鼠网",
        "2024年7月10日前",
        "已加装防鼠网，排水沟已疏通，复查合格",
    ),
    (
        "濮阳市华龙区育才幼儿园",
        date(2024, 6, 25),
        "主体责任落实",
        "未落实园长陪餐制度，陪餐记录缺失",
        "建立负责人陪餐制度并如实记录",
        "长期坚持",
        "已建立陪餐制度，长期坚持",
    ),
    (
        "濮阳市华龙区阳光双语学校",
        date(2024, 6, 26),
        "无证经营",
        "食堂《食品经营许可证》已过期仍在供餐",
        "暂停食堂供餐，依法办理许可",
        "2024年8月31日前",
        "违法线索已移交区市场监管局执法大队立案调查",
    ),
    (
        "濮阳市华龙区建设路小学",
        date(2024, 6, 26),
        "管理制度",
        "食品安全管理员未到岗，每日食品安全自查记录不全",
        "配齐食品安全管理员，完善日管控记录",
        "8月底前",
        "",
    ),
    (
        "濮阳市油田第十二中学",
        date(2024, 6, 27),
        "风险隐患",
        "库房食品离地离墙不足10厘米，部分调味料超过保质期",
        "销毁过期调味料，规范库房存放",
        "立行立改",
        "过期调味料已销毁，库房货架正在更换",
    ),
    (
        "濮阳市华龙区金色童年幼儿园",
        date(2024, 6, 28),
        "工作机制落实",
        "未与供货商签订食品安全协议，食材索证索票不全",
        "补签供货协议，补齐索证索票",
        "2024年7月15日",
        "未整改",
    ),
]


def write_canteen(path: Path) -> Path:
    b = Book(path, author="食品经营科")
    ws = b.sheet("问题台账")
    b.widths(ws, [6, 28, 12, 14, 40, 30, 16, 34])
    b.line(ws, 0, "华龙区校园食品安全排查整治专项行动发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "牵头单位：华龙区市场监督管理局    联合检查单位：区教育局、华龙公安分局、区卫生健康委员会    "
        "检查时间：2024年6月24日—6月28日（标注“立行立改”的，以检查当日为整改时限）",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "学校（食堂）名称", "检查日期", "检查重点", "发现问题", "整改要求", "整改时限", "整改情况"],
    )
    for i, row in enumerate(CANTEEN_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(CANTEEN_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共检查学校（幼儿园）食堂23家，发现问题7个，移交违法线索1条")
    b.line(
        ws,
        end + 2,
        "审核人：吕振华    填表人：牛晓静    联系电话：0393-8336152    填报日期：2024年7月29日",
        7,
    )
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 药品经营企业监督检查, after a town 市管所 and the county 药械科's check of pharmacies (检查内容：质量管理制度；执业药师
# 在岗、凭处方销售处方药；购进渠道、验收记录、储存条件、分区分类；过期失效药品。发现：执业药师不在岗、未凭处方销售处方药；
# 未采取必要的冷藏、防潮措施；分区分类不符合要求。责令限期整改，立案调查):
# https://www.hhlx.gov.cn/info/1111/191811.htm
# An .xlsx: title, 检查单位/检查时间 line, a two-row header (检查发现问题 over 检查内容 and 具体问题; 整改落实 over 整改情况
# and 复查结果), 处理措施 and 整改期限 columns, a 合计 row and a 检查人员 line.
PHARMACY_ROWS = [
    (
        "濮阳县庆祖镇仁和大药房",
        "执业药师在岗",
        "执业药师不在岗，未凭处方销售处方药阿莫西林胶囊",
        "责令改正",
        "2024年7月19日",
        "已安排执业药师在岗，建立处方药销售登记",
        "复查合格",
    ),
    (
        "濮阳县庆祖镇百姓康药店",
        "储存条件",
        "需冷藏的胰岛素注射液未放入冷藏柜存放",
        "责令改正",
        "2024年7月12日",
        "已购置医用冷藏柜，胰岛素已冷藏存放",
        "",
    ),
    (
        "濮阳县庆祖镇济民堂药店",
        "分区分类",
        "处方药与非处方药混放，外用药与内服药未分开陈列",
        "责令改正",
        "2024年7月15日",
        "正在重新分区分类陈列",
        "",
    ),
    (
        "濮阳县庆祖镇德康药店",
        "过期失效药品",
        "货架上陈列过期复方甘草片2盒",
        "立案调查",
        "2024年7月31日",
        "已立案，正在调查处理",
        "",
    ),
    (
        "濮阳县庆祖镇益民药店",
        "验收记录",
        "药品验收记录与随货同行单品种数量不一致",
        "责令改正",
        "2024年7月23日",
        "未整改",
        "",
    ),
    (
        "濮阳县庆祖镇安康药房",
        "购进渠道",
        "部分中药饮片购进票据缺失，无法提供供货单位资质证明",
        "责令改正",
        "2024年8月9日",
        "",
        "",
    ),
    (
        "濮阳县庆祖镇福寿堂大药房",
        "质量管理制度",
        "未制定药品养护管理制度，阴凉区温湿度记录不全",
        "责令改正",
        "2024年7月26日",
        "已制定养护管理制度，温湿度记录正在补录",
        "",
    ),
]


def write_pharmacy(path: Path) -> Path:
    b = Book(path, author="药械科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 14, 40, 12, 16, 34, 12])
    b.line(ws, 0, "药品经营企业监督检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳县市场监督管理局药械科、庆祖市场监督管理所    检查时间：2024年7月8日—7月9日",
        7,
    )
    for c, word in enumerate(["序号", "企业名称"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 2, 2, 3, "检查发现问题", b.head)
    b.header(ws, 3, ["检查内容", "具体问题"], first=2)
    b.merge(ws, 2, 4, 3, 4, "处理措施", b.head)
    b.merge(ws, 2, 5, 3, 5, "整改期限", b.head)
    b.merge(ws, 2, 6, 2, 7, "整改落实", b.head)
    b.header(ws, 3, ["整改情况", "复查结果"], first=6)
    for i, row in enumerate(PHARMACY_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PHARMACY_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 7, "共检查药品经营企业15户，责令限期整改6户，立案调查1户")
    b.line(ws, end + 1, "检查人员：韩国栋、邵丽娜    填表日期：2024年7月30日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 3. 机关档案和保密工作自查, after a 保密局's list of what 内设机构 check themselves on (工作秘密管理: 对照工作秘密事项
# 清单确定、作出标识，制作、收发、借阅、复制、销毁各环节; 涉密文件管理: 接收和发放登记签收人、签收时间，保存在保密柜中，
# 借阅、传阅手续，复制审批登记、加盖复制戳记，销毁审批登记和待销涉密文件存放场所，不使用手机拍摄、传送涉密文件):
# https://bssbmj.gov.cn/info/1086/12372.htm
# A .docx: a bureau's report with 主送, a preamble, the problems as numbered paragraphs under 一、二、三 headings (each
# naming the 科室 inside the bureau, the measure, the time limit and the progress in sentences), the bureau and date
# at the foot.
SECRET_PARTS = [
    (
        "一、工作秘密管理方面",
        [
            "1．劳动关系科未对照本局工作秘密事项清单确定本科室产生的工作秘密，部分劳动争议处理文件未作出"
            "“工作秘密”标识。整改措施：由办公室牵头，指导各科室对照事项清单重新梳理，7月15日前完成补标。"
            "目前已全部补标到位。",
            "2．工作秘密文件借阅、复制未登记，借阅后未及时收回。整改措施：各科室建立工作秘密借阅复制登记簿，"
            "借阅后当日收回，长期坚持。",
        ],
    ),
    (
        "二、涉密文件管理方面",
        [
            "3．机要室接收和发放涉密文件的登记簿缺少签收人、签收时间栏目。整改措施：办公室重新印制涉密文件"
            "收发登记簿，整改时限2024年7月10日。已整改到位。",
            "4．社会保险科1份秘密级文件存放在普通文件柜，未保存在保密柜中。整改措施：立即将该文件移入保密柜，"
            "为社会保险科配备保密柜1台，8月底前完成采购。目前文件已移入办公室保密柜，保密柜正在采购。",
            "5．复制涉密文件未履行审批登记手续，复印件未加盖复制戳记。整改措施：规范涉密文件复制审批流程，"
            "指定涉密复印机，整改时限：2024年7月31日。",
            "6．待销毁涉密文件装在纸箱中堆放在办公室，存放场所不符合安全保密要求。整改措施：统一送交保密部门"
            "指定销毁点销毁，9月30日前完成。目前尚未启动。",
            "7．个别工作人员使用手机拍摄未公开发布的文件并在微信工作群传送。整改措施：对相关人员进行批评教育，"
            "全局开展保密警示教育，7月20日前完成。已于7月18日完成警示教育。",
        ],
    ),
    (
        "三、档案管理方面",
        [
            "8．2023年度文书档案未按期归档，部分案卷缺少卷内目录和备考表。整改措施：由档案室负责，10月底前"
            "完成归档整理。目前正在整理。",
        ],
    ),
]


def write_secret(path: Path) -> Path:
    doc = _new_document("办公室")
    _title(doc, "濮阳市人力资源和社会保障局关于机关档案和保密工作自查发现问题整改情况的报告")
    _paragraph(doc, "市委保密办、市档案局：", indent=False)
    _paragraph(
        doc,
        "按照《关于开展2024年度机关档案和保密工作自查的通知》要求，我局成立自查工作小组，组织各内设机构"
        "对照保密自查内容逐项开展自查，共查找问题8个。现将问题及整改情况报告如下：",
    )
    for heading, paras in SECRET_PARTS:
        _paragraph(doc, heading, font="黑体")
        for text in paras:
            _paragraph(doc, text)
    _paragraph(doc, "下一步，我局将持续加强机关档案和保密管理，定期开展自查，确保不发生失泄密问题。")
    _paragraph(doc, "濮阳市人力资源和社会保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 4. 统计执法“双随机、一公开”联合检查, after a 盟统计局's joint check with the 市场监督管理局 of randomly drawn 规模以上工业
# 企业 (统计台账是否依法建立，上报数据原始记录、佐证资料是否真实齐全，统计指标数据是否数出有据; 谁执法谁普法):
# http://tjj.xam.gov.cn/xamtj/2024-09/03/article_2024090310322772956.html
# An .xls (xlwt): title, 检查单位/检查对象/检查时间 line, a two-row header (整改落实情况 over 整改措施 and 完成情况), the
# 执法人员 (inspectors) beside the enterprise, the 责令改正通知书 下达日期 as the base of 15日内 (a line says so),
# a 合计 row, a 注 line and a 填表人 line.
STATS_ROWS = [
    (
        "濮阳市恒力机械制造有限公司",
        "华龙区",
        "未依法设置统计台账，上报数据无原始记录支撑",
        "李卫东、王敏",
        "责令改正",
        date(2024, 7, 2),
        "15日内",
        "建立统计台账，补齐原始记录",
        "已建立规范统计台账，经复查合格",
    ),
    (
        "濮阳县宏业化工有限公司",
        "濮阳县",
        "1-5月工业总产值上报数与财务报表不一致，数出无据",
        "李卫东、王敏",
        "立案调查",
        date(2024, 7, 2),
        "30日内",
        "配合调查，更正统计数据",
        "已立案，正在调查核实",
    ),
    (
        "清丰县鑫源家具有限公司",
        "清丰县",
        "统计人员未参加统计业务培训，不熟悉统计报表制度",
        "杨光、赵红霞",
        "责令改正",
        date(2024, 7, 3),
        "2024年7月31日前",
        "组织统计人员参加业务培训",
        "",
    ),
    (
        "南乐县丰华食品有限公司",
        "南乐县",
        "能源消费统计报表漏报天然气消费量",
        "杨光、赵红霞",
        "责令改正",
        date(2024, 7, 3),
        "15日内",
        "更正能源消费报表",
        "已更正上报",
    ),
    (
        "范县金堤纺织有限公司",
        "范县",
        "从业人员及工资总额统计数与社保缴费人数差异较大",
        "孟庆林、吴倩",
        "责令改正",
        date(2024, 7, 1),
        "15日内",
        "核实从业人员数据",
        "未整改",
    ),
    (
        "台前县昌盛汽车配件有限公司",
        "台前县",
        "统计原始记录未按规定保存，2023年部分月份原始凭证缺失",
        "孟庆林、吴倩",
        "责令改正",
        date(2024, 7, 1),
        "2024年8月15日",
        "补齐并妥善保存统计原始记录",
        "正在补齐原始记录",
    ),
    (
        "濮阳市华龙区永兴建材有限公司",
        "华龙区",
        "企业负责人未在统计报表上签字确认",
        "李卫东、王敏",
        "现场责令改正",
        date(2024, 7, 2),
        "立行立改",
        "负责人补签报表",
        "已现场整改",
    ),
]


def _xf(bold=False, border=True, center=False, wrap=True, size=11, day=False):
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
    if day:
        style.num_format_str = "yyyy-mm-dd"
    return style


def write_stats(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("执法检查台账")
    title = _xf(bold=True, border=False, center=True, size=16)
    plain = _xf(border=False)
    h, c, ctr, day = _xf(bold=True, center=True), _xf(), _xf(center=True), _xf(center=True, day=True)
    for col, width in enumerate([6, 30, 10, 40, 14, 14, 14, 14, 28, 30]):
        ws.col(col).width = width * 256
    last = 9
    ws.write_merge(0, 0, 0, last, "2024年统计执法“双随机、一公开”联合检查发现问题整改台账", title)
    ws.write_merge(
        1,
        1,
        0,
        last,
        "检查单位：濮阳市统计局、濮阳市市场监督管理局    检查对象：随机抽取的规模以上工业企业8家    "
        "检查时间：2024年7月1日—7月3日",
        plain,
    )
    words = [
        "序号",
        "被检查企业",
        "所在县区",
        "检查发现问题",
        "执法人员",
        "处理意见",
        "通知书下达日期",
        "整改期限",
    ]
    for col, word in enumerate(words):
        ws.write_merge(2, 3, col, col, word, h)
    ws.write_merge(2, 2, 8, 9, "整改落实情况", h)
    ws.write(3, 8, "整改措施", h)
    ws.write(3, 9, "完成情况", h)
    for i, row in enumerate(STATS_ROWS, 1):
        r = 3 + i
        ws.write(r, 0, i, ctr)
        for col, v in enumerate(row, 1):
            if isinstance(v, date):
                ws.write(r, col, v, day)
            else:
                ws.write(r, col, v, ctr if col in (2, 4, 5, 7) else c)
    r = 4 + len(STATS_ROWS)
    ws.write_merge(r, r, 0, 2, "合计", h)
    ws.write_merge(r, r, 3, last, "抽查企业8家，发现问题7个，其中立案查处1起", c)
    ws.write_merge(
        r + 1,
        r + 1,
        0,
        last,
        "注：整改期限自《责令改正通知书》下达之日起计算；“立行立改”的当日完成。",
        plain,
    )
    ws.write_merge(r + 2, r + 2, 0, last, "填表人：郑晓燕    审核人：曹国强    联系电话：0393-8991207", plain)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# 5. 信访积案化解督查, after a district 信访局's “七督查” (信访案件调度会、督查案件、调卷督查、跟踪督查、巡回督查;
# 督促承办单位公正处理; 村委会拖欠村民父亲拆借款4万元，以承包费折抵欠款):
# http://web.803.com.cn/qyglq/contents/856/4714.html
# An .xlsx: title, 填报单位/统计截止 line, one header row with the 信访人 (the complainant) and the 包案领导 beside the
# 承办单位, the 督查方式, a 交办日期 that 60日内 counts from, 化解进展 and 是否息诉罢访, a 填表说明 line and signature.
PETITION_ROWS = [
    (
        "XF2024-031",
        "胡某",
        "反映村委会拖欠其父亲拆借款4万元多年未还",
        "县委常委、政法委书记 王建民",
        "濮阳县五星乡人民政府",
        "跟踪督查",
        date(2024, 4, 15),
        "2024年6月30日",
        "村委会以承包费折抵欠款，信访人已签订息诉罢访承诺书",
        "是",
    ),
    (
        "XF2024-035",
        "李某某",
        "反映征地补偿款分配不公，多次到县上访",
        "副县长 刘海涛",
        "濮阳县海通乡人民政府",
        "调卷督查",
        date(2024, 5, 6),
        "60日内",
        "已召开村民代表会议重新核算，核算结果正在公示",
        "否",
    ),
    (
        "XF2024-038",
        "王某某",
        "反映安置小区开发商逾期未办理不动产权证",
        "副县长 张丽",
        "濮阳县住房和城乡建设局",
        "巡回督查",
        date(2024, 5, 20),
        "2024年9月30日",
        "已协调开发商补缴税费，正在办理首次登记",
        "否",
    ),
    (
        "XF2024-041",
        "张某",
        "反映建筑企业拖欠农民工工资8.6万元",
        "县人大常委会副主任 陈志刚",
        "濮阳县人力资源和社会保障局",
        "跟踪督查",
        date(2024, 6, 3),
        "2024年7月15日",
        "拖欠工资已全部支付到位",
        "是",
    ),
    (
        "XF2024-044",
        "刘某某",
        "反映宅基地边界纠纷多次调解未果",
        "县政协副主席 孙永强",
        "濮阳县柳屯镇人民政府",
        "调卷督查",
        date(2024, 6, 11),
        "60日内",
        "未启动",
        "否",
    ),
    (
        "XF2024-047",
        "赵某某",
        "反映退役后自主就业一次性经济补助未足额发放",
        "副县长 刘海涛",
        "濮阳县退役军人事务局",
        "跟踪督查",
        date(2024, 6, 17),
        "2024年8月31日",
        "",
        "",
    ),
    (
        "XF2024-050",
        "孙某",
        "反映养殖场粪污外溢污染周边农田要求赔偿",
        "县委常委、常务副县长 高卫东",
        "濮阳县庆祖镇人民政府",
        "巡回督查",
        date(2024, 6, 24),
        "2024年7月31日",
        "已委托第三方开展损害鉴定，鉴定结论出具后协商赔偿",
        "否",
    ),
]


def write_petition(path: Path) -> Path:
    b = Book(path, author="督查室")
    ws = b.sheet("积案督查台账")
    b.widths(ws, [6, 12, 10, 38, 24, 26, 10, 12, 16, 40, 12])
    b.line(ws, 0, "2024年信访积案化解督查台账（第二批）", 10, b.title)
    b.line(ws, 1, "填报单位：濮阳县信访局（督查室）    统计截止：2024年7月29日", 10)
    b.header(
        ws,
        2,
        [
            "序号",
            "案件编号",
            "信访人",
            "反映问题",
            "包案领导",
            "承办单位",
            "督查方式",
            "交办日期",
            "化解时限",
            "化解进展",
            "是否息诉罢访",
        ],
    )
    for i, row in enumerate(PETITION_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(PETITION_ROWS)
    b.line(ws, end, "填表说明：化解时限填写“60日内”的，自交办之日起计算；已息诉罢访的在最后一栏填“是”。", 10)
    b.line(ws, end + 1, "督查室负责人：马卫红    填表人：程晨    联系电话：0393-3216607", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 6. 示范型退役军人服务站创建督导验收, after a county 退役军人事务局's 督导验收工作小组 visiting the 镇(街道) and their
# 村(社区)服务站 (对照验收评分表逐项打分：文化阵地建设、组织领导、工作保障、思想政治引领、信息采集、走访慰问、优抚帮扶、
# 就业创业; 一一列出问题清单，明确整改措施、责任领导、完成时限; 立行立改和长期坚持):
# http://zw.china.com.cn/2022-08/30/content_78396245.shtml
# A CSV in GBK: a title line, a 督导组 line, a header line (the 镇 as 责任单位 beside the 服务站, the 评分项目, the
# 责任领导, a 督导日期 that 立行立改 refers to), a 合计 line and a 填报人 line.
VETERAN_ROWS = [
    (
        "清丰县城关镇人民政府",
        "城关镇南街社区退役军人服务站",
        "2024-07-16",
        "文化阵地建设",
        "荣誉墙内容未及时更新，缺少本社区退役军人先进事迹展示",
        "更新荣誉墙，增加先进事迹展板",
        "镇人武部长 周明亮",
        "2024年8月15日",
        "已更新完毕",
    ),
    (
        "清丰县马庄桥镇人民政府",
        "马庄桥村退役军人服务站",
        "2024-07-16",
        "信息采集",
        "12名退役军人信息采集不完整，未录入信息管理系统",
        "逐人补采信息并录入系统",
        "镇党委副书记 王红梅",
        "立行立改",
        "已全部补录",
    ),
    (
        "清丰县瓦屋头镇人民政府",
        "瓦屋头村退役军人服务站",
        "2024-07-17",
        "走访慰问",
        "未建立“六必访”走访台账，走访记录零散",
        "建立走访台账，常态化走访",
        "镇人武部长 李长江",
        "长期坚持",
        "长期坚持",
    ),
    (
        "清丰县仙庄镇人民政府",
        "仙庄村退役军人服务站",
        "2024-07-17",
        "工作保障",
        "服务站无固定办公场所，与村卫生室合用一间房",
        "协调独立办公用房",
        "镇长 赵国庆",
        "2024年9月30日",
        "正在协调村委会腾退房屋",
    ),
    (
        "清丰县柳格镇人民政府",
        "柳格村退役军人服务站",
        "2024-07-17",
        "优抚帮扶",
        "2名生活困难退役军人未纳入帮扶台账",
        "纳入帮扶台账，落实帮扶措施",
        "镇党委副书记 孙丽",
        "2024年7月31日",
        "",
    ),
    (
        "清丰县韩村镇人民政府",
        "韩村退役军人服务站",
        "2024-07-18",
        "组织领导",
        "服务站站长由村会计兼任，未明确专职工作人员",
        "配备专职工作人员",
        "镇人武部长 郭强",
        "2024年8月31日",
        "未整改",
    ),
    (
        "清丰县六塔乡人民政府",
        "六塔村退役军人服务站",
        "2024-07-18",
        "就业创业",
        "未开展退役军人就业创业需求摸底",
        "开展摸底，建立需求清单",
        "乡党委副书记 刘振华",
        "2024年8月10日",
        "已摸底12人，需求清单正在汇总",
    ),
]


def write_veteran(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["清丰县示范型退役军人服务站创建督导验收问题清单"])
    w.writerow(
        [
            "督导组：县退役军人事务局、县退役军人服务中心；督导时间：2024年7月16日至18日；"
            "完成时限为“立行立改”的，以督导当日为准"
        ]
    )
    w.writerow(
        [
            "序号",
            "责任单位",
            "服务站名称",
            "督导日期",
            "评分项目",
            "存在问题",
            "整改措施",
            "责任领导",
            "完成时限",
            "整改情况",
        ]
    )
    for i, row in enumerate(VETERAN_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "督导镇（乡）服务站24个，列出问题清单7条", "", "", "", "", "", "", "", ""])
    w.writerow(["填报人：冯建设  联系电话：0393-7221635  填报日期：2024年7月29日"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# 7. 养老机构消防安全大检查, after a county's check by 民政、公安、消防 of the 社会福利院 and 各敬老院 (宿舍、厨房、仓库、
# 公共活动室等消防器材配备情况，走廊、消防通道情况，电线、电路开关是否老化; 各养老机构负责人及时上报主管单位，迅速整改):
# http://syb88.cn/ryxw/ztbd/cjpary/content/post_231559.html
# An .et (Excel 97 via LibreOffice): title, 检查单位/检查时间 line, one header row with the 养老机构 as 责任单位, the
# 检查部位, the 机构负责人, 整改完成情况 beside 复查情况 (复查合格 as the closure), a 注 line and a 填表人 line.
ELDER_ROWS = [
    (
        "南乐县社会福利院",
        "宿舍",
        "老人宿舍使用大功率电热器具，存在私拉电线",
        "院长 杜秀云",
        "2024年7月15日",
        "已收缴大功率电器，拆除私拉电线",
        "复查合格",
    ),
    (
        "南乐县元村镇敬老院",
        "厨房",
        "厨房灭火器压力不足，未配备灭火毯",
        "院长 高广明",
        "2024年7月13日",
        "已更换灭火器并配备灭火毯",
        "",
    ),
    (
        "南乐县福康老年公寓",
        "消防通道",
        "后院消防通道被铁栅栏封堵",
        "负责人 宋国华",
        "2024年7月25日",
        "正在拆除铁栅栏",
        "",
    ),
    (
        "南乐县夕阳红养老院",
        "仓库",
        "仓库电线老化、电路开关破损，与可燃物距离过近",
        "负责人 田桂兰",
        "2024年8月20日",
        "",
        "",
    ),
    (
        "南乐县谷金楼乡敬老院",
        "公共活动室",
        "公共活动室未安装应急照明灯和疏散指示标志",
        "院长 吴振东",
        "2024年8月31日前",
        "未整改",
        "",
    ),
    (
        "南乐县杨村乡敬老院",
        "宿舍",
        "部分老人房间独立式烟感报警器失效",
        "院长 刘保国",
        "2024年7月20日",
        "已采购烟感报警器，待安装",
        "",
    ),
    (
        "南乐县近德固乡敬老院",
        "消防管理",
        "未制定灭火和应急疏散预案，员工未参加过消防演练",
        "院长 许春生",
        "长期坚持",
        "已制定预案，每季度组织一次演练，常态化推进",
        "",
    ),
]


def write_elder_book(path: Path) -> Path:
    b = Book(path, author="养老服务股")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 24, 12, 38, 14, 16, 32, 12])
    b.line(ws, 0, "南乐县养老机构消防安全大检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：县民政局、县公安局、县消防救援大队    检查时间：2024年7月10日—7月12日",
        7,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "责任单位（养老机构）",
            "检查部位",
            "存在问题",
            "机构负责人",
            "整改时限",
            "整改完成情况",
            "复查情况",
        ],
    )
    for i, row in enumerate(ELDER_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(ELDER_ROWS)
    b.line(
        ws,
        end + 1,
        "注：各养老机构负责人须将整改情况及时上报主管单位，复查由县民政局会同县消防救援大队进行。",
        7,
    )
    b.line(ws, end + 2, "填表人：闫丽君    联系电话：0393-7291450    填报日期：2024年7月26日", 7)
    return b.close()


def write_elder(path: Path) -> Path:
    return via_soffice(write_elder_book, path, "xls", "养老机构消防安全大检查发现问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 8. 森林防火专项督查, after a city 林业局's 专项督查 by four groups (督查内容包括各县(市、区)、保护区管理局、国有林场的
# 森林防火工作部署、应急预案完成情况、扑火队伍建设以及物资储备库准备情况; 处罚违章用火、设立宣传站、消除火灾隐患):
# http://fujiansannong.com/info/15763
# An .xlsx: title, 填报单位/填报日期 line, a two-row header (整改落实 over 完成情况 and 销号情况), the 督查组 (the
# inspector) beside the 责任单位, a short name (市自然资源规划局), 长期坚持 in a sentence, a 合计 row, a signature line.
FOREST_ROWS = [
    (
        "第一督查组",
        "濮阳县自然资源局",
        "工作部署",
        "森林防火责任书未签订到村，护林员责任区划分不明确",
        "逐村签订责任书，划定护林员责任区",
        "2024年4月30日",
        "已完成",
        "已销号",
    ),
    (
        "第一督查组",
        "濮阳县国有林场",
        "扑火队伍建设",
        "半专业扑火队员不足15人，未开展实战演练",
        "补充扑火队员，组织实战演练",
        "2024年5月31日",
        "已补充队员6名，实战演练尚未开展",
        "未销号",
    ),
    (
        "第二督查组",
        "范县国有林场",
        "物资储备",
        "物资储备库3台风力灭火机无法启动",
        "维修或更换风力灭火机",
        "2024年4月15日",
        "已维修",
        "已销号",
    ),
    (
        "第二督查组",
        "台前县国有林场",
        "应急预案",
        "森林火灾应急预案未按机构改革后的职能修订",
        "修订森林火灾应急预案",
        "2024年6月底前",
        "未启动",
        "未销号",
    ),
    (
        "第三督查组",
        "清丰县自然资源局",
        "火源管控",
        "林区入口未设置防火检查站，进山人员未登记",
        "设置防火检查站，进山登记",
        "长期坚持",
        "已设置临时检查站3处，防火期常态化运行",
        "",
    ),
    (
        "第三督查组",
        "南乐县自然资源局",
        "宣传教育",
        "林区防火宣传标语和警示牌设置不足",
        "增设宣传牌和警示牌",
        "2024年5月20日",
        "",
        "",
    ),
    (
        "第四督查组",
        "市自然资源规划局",
        "物资储备",
        "市级森林防火物资储备库台账与实物不符",
        "全面盘点，更新台账",
        "2024年8月31日",
        "正在盘点",
        "未销号",
    ),
    (
        "第四督查组",
        "濮阳县自然资源局",
        "监测预警",
        "林区视频监控点2处离线",
        "恢复监控点在线运行",
        "2024.9.30",
        "已恢复在线",
        "已销号",
    ),
]


def write_forest(path: Path) -> Path:
    b = Book(path, author="森林防火科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 20, 14, 38, 28, 16, 30, 12])
    b.line(ws, 0, "2024年春季森林防火专项督查反馈问题整改台账", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳市森林防灭火指挥部办公室    填报日期：2024年7月26日", 8)
    for c, word in enumerate(["序号", "督查组", "责任单位", "督查内容", "发现问题", "整改措施", "整改时限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["完成情况", "销号情况"], first=7)
    for i, row in enumerate(FOREST_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(FOREST_ROWS)
    b.put(ws, end, 0, "合计", b.center)
    b.merge(ws, end, 1, end, 8, "四个督查组共督查县（区）5个、国有林场3个，发现问题8个，已销号3个")
    b.line(ws, end + 2, "负责人：薛振江    填表人：陈璐    联系电话：0393-8991326", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 汛前防汛准备工作督查, after a district 防办's 督查组 on the towns' flood preparations (查阅资料和实地检查；防汛抢险与
# 巡堤查险队伍建设、防汛物资准备、堤防撇洪沟清障、排涝泵站检修及运行、雨污水管网疏通及易涝点处置、值班值守；
# 对督查中发现的问题现场指出并限期整改到位):
# http://shuiwuju.wuhu.gov.cn/xwzx/xqbd/8285232.html
# An .xlsx: title, 督查单位/督查时间/填报日期 line, one header row with the 镇（街道） and 督查项目, an 整改责任单位 column
# naming towns and city bureaus (a former name 市城管执法局, a short name 市城管局), a month range, a signature line.
FLOOD_ROWS = [
    (
        "胜利路街道",
        "巡堤查险队伍建设",
        "巡堤查险队伍名单未更新，部分队员已外出务工",
        "重新核实队员，更新名单并报区防办备案",
        "华龙区胜利路街道办事处",
        "2024年6月25日",
        "已更新名单并报区防办备案",
    ),
    (
        "岳村镇",
        "防汛物资准备",
        "防汛物资仓库编织袋、救生衣储备数量不足",
        "按标准补充防汛物资",
        "华龙区岳村镇人民政府",
        "2024年6月30日",
        "已补充编织袋2000条、救生衣50件",
    ),
    (
        "孟轲乡",
        "撇洪沟清障",
        "马颊河支沟内有违章种植和垃圾堆积，阻碍行洪",
        "清除沟内阻水障碍",
        "华龙区孟轲乡人民政府",
        "7月10日前",
        "垃圾已清理，违章种植正在协调清除",
    ),
    (
        "城区",
        "排涝泵站检修及运行",
        "东环路排涝泵站2号机组无法启动",
        "检修排涝机组",
        "市城管执法局",
        "2024年6月28日",
        "已维修，试运行正常",
    ),
    (
        "城区",
        "易涝点处置",
        "京开大道与建设路交叉口易涝点雨水箅子堵塞",
        "清掏雨水箅子和连接管",
        "市城管局",
        "2024年7月5日",
        "正在清掏",
    ),
    (
        "中原路街道",
        "雨污水管网疏通",
        "老旧小区雨污合流管网淤堵，雨后积水",
        "实施管网清淤改造",
        "华龙区中原路街道办事处",
        "2024年8-9月",
        "未启动",
    ),
    (
        "岳村镇",
        "堤防隐患",
        "金堤河堤防岳村段发现獾洞隐患2处",
        "开挖回填处理",
        "市水利局",
        "2024年7月20日",
        "已处理完毕，经复查合格",
    ),
]


def write_flood(path: Path) -> Path:
    b = Book(path, author="区防办")
    ws = b.sheet("督查问题整改")
    b.widths(ws, [6, 12, 18, 40, 30, 24, 16, 32])
    b.line(ws, 0, "华龙区2024年汛前防汛准备工作督查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "督查单位：华龙区防汛抗旱指挥部办公室    督查时间：2024年6月17日—6月19日    填报日期：2024年7月29日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "镇（街道）", "督查项目", "发现问题", "整改要求", "整改责任单位", "整改时限", "整改进展"],
    )
    for i, row in enumerate(FLOOD_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(FLOOD_ROWS)
    b.line(ws, end + 1, "填表人：苗卫星    审核人：贾红军    联系电话：0393-4416630", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 自建房安全专项整治, after a town's 自建房安全专项整治情况工作总结 (信息归集平台统计图斑、经营性和非经营性自建房、
# 存在安全隐患的栋数；“已录入整治措施且开始整治”、全部已封控警示、停止使用、系统中尚未销号; 基础不均匀沉降、裂缝、
# 主体或承重结构、墙体结构性裂缝):
# https://kuaisuzugao.com/164018.html
# A .zip of two town returns: a .docx report whose hazardous houses are numbered paragraphs (the town's 村建办 as the
# section in charge) and an .xlsx ledger of 经营性自建房 with 图斑编号, 户主, 包村干部 and a 是否销号 column.
HOUSE_PARAS = [
    "1．文留村村民王某某自建房（2层砖混结构，非经营性），存在基础不均匀沉降、墙体结构性裂缝，已封控警示、"
    "停止使用，整治措施为拆除重建，由镇村建办督促户主于2024年10月底前完成。目前正在办理拆除手续。",
    "2．后马头村村民李某某自建房（3层，一层经营超市），一层商铺擅自拆除承重墙扩大经营面积，整治措施为委托"
    "鉴定并加固，整治时限2024年8月31日。已完成安全鉴定，正在加固施工。",
    "3．于庄村村民张某某自建房（2层，非经营性），屋面预制板断裂漏雨，整治措施为更换预制板，整治时限"
    "2024年7月20日。已整治完毕，已在信息归集平台销号。",
    "4．东桥村村民赵某某自建房（建于1985年，无人居住），墙体风化严重、局部坍塌，已封控警示、停止使用，"
    "年底前拆除。",
]

HOUSE_ROWS = [
    (
        "410928-LY-0012",
        "梨园村",
        "王某",
        "3",
        "餐饮",
        "三层违规加建彩钢板房，消防通道被占用",
        "拆除加建部分，清理消防通道",
        "乡干部 李亚楠",
        "2024年7月15日",
        "已拆除",
        "是",
    ),
    (
        "410928-LY-0027",
        "郭寨村",
        "张某某",
        "2",
        "出租",
        "墙体出现贯通裂缝，未进行房屋安全鉴定",
        "委托有资质机构开展安全鉴定",
        "乡干部 马俊",
        "2024年8月15日",
        "已委托鉴定机构，等待鉴定报告",
        "否",
    ),
    (
        "410928-LY-0031",
        "西杨庄村",
        "李某",
        "3",
        "商住",
        "一层商铺内电动车违规充电，疏散楼梯堆放杂物",
        "清理杂物，设置集中充电点",
        "乡干部 马俊",
        "2024年7月10日",
        "已清理杂物，集中充电点已设置",
        "是",
    ),
    (
        "410928-LY-0045",
        "刘庄村",
        "赵某某",
        "4",
        "小旅馆",
        "房屋擅自加层至4层，无设计图纸和施工资料",
        "停止经营，拆除加建楼层",
        "乡干部 孔祥瑞",
        "2024年12月31日",
        "已停止经营，拆除方案正在编制",
        "否",
    ),
    (
        "410928-LY-0052",
        "后张村",
        "孙某",
        "2",
        "生产加工",
        "二层作为仓库超载堆放原料，楼板出现明显下挠",
        "卸载原料并加固楼板",
        "乡干部 孔祥瑞",
        "2024年8月31日",
        "未启动",
        "否",
    ),
]


def write_house_report(path: Path) -> Path:
    doc = _new_document("文留镇村建办")
    _title(doc, "濮阳县文留镇自建房安全专项整治情况报告", 20)
    _paragraph(doc, "县自建房安全专项整治工作专班：", indent=False)
    _paragraph(
        doc,
        "根据城乡自建房安全专项整治信息归集平台统计，截至2024年7月24日，全镇共排查自建房8426栋，其中经营性"
        "自建房53栋，排查发现存在安全隐患4栋，均已录入整治措施并开始整治。现将隐患房屋整治情况报告如下：",
    )
    for text in HOUSE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我镇将持续开展房屋安全动态巡查，对已整治房屋开展“回头看”，确保隐患动态清零。")
    _paragraph(doc, "濮阳县文留镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_house_book(path: Path) -> Path:
    b = Book(path, author="梨园乡村建办")
    ws = b.sheet("经营性自建房")
    b.widths(ws, [6, 18, 10, 8, 6, 10, 36, 26, 14, 16, 28, 10])
    b.line(ws, 0, "梨园乡经营性自建房安全隐患排查整治台账", 11, b.title)
    b.line(ws, 1, "填报单位：濮阳县梨园乡人民政府（盖章）    填报日期：2024年7月26日", 11)
    b.header(
        ws,
        2,
        [
            "序号",
            "图斑编号",
            "村名",
            "户主",
            "层数",
            "用途",
            "隐患情况",
            "整治措施",
            "包村干部",
            "整治时限",
            "整治进展",
            "是否销号",
        ],
    )
    for i, row in enumerate(HOUSE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOUSE_ROWS)
    b.line(ws, end + 1, "负责人：            填表人：郝文静    联系电话：0393-3661208", 11)
    return b.close()


def write_house(path: Path) -> Path:
    members = [
        ("文留镇自建房安全专项整治情况报告.docx", write_house_report),
        ("梨园乡经营性自建房排查整治台账.xlsx", write_house_book),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 政务服务“好差评”差评件整改, after a 综合服务大厅's 评价器 and its 差评处理机制 (评价器显示工作人员姓名、岗位、窗口号;
# “非常满意”“满意”“基本满意”“不满意”“非常不满意”5个选项; 按“谁办理、谁负责”由责任部门第一时间回访，能当场解决的
# 当场解决，不能当场解决的限时解决，解决后第一时间向用户反馈整改结果):
# https://www.ozabc.com/keji/33804.html
# A .wps (Word 97 via LibreOffice): a 通报 with 主送 and a preamble stating 5个工作日 from 交办, one table with 窗口号,
# 工作人员, the 责任部门 by short names, 评价等级, 交办日期 and 整改时限, the center and date at the foot.
RATING_ROWS = [
    (
        "2024-06-04",
        "12号",
        "李某",
        "市不动产登记中心",
        "不满意",
        "办理二手房过户，窗口要求重复提交已上传的身份证明材料",
        "2024-06-05",
        "5个工作日",
        "已回访核实，取消重复提交要求，群众表示满意",
    ),
    (
        "2024-06-11",
        "21号",
        "王某",
        "市公积金中心",
        "非常不满意",
        "公积金贷款审批超过承诺时限且未告知办理进度",
        "2024-06-12",
        "5个工作日",
        "贷款已审批办结，已上线进度短信提醒",
    ),
    (
        "2024-06-17",
        "8号",
        "赵某",
        "市人社局",
        "不满意",
        "社保卡补办窗口午休期间无人值守",
        "2024-06-18",
        "5个工作日",
        "已实行午间错时服务，已整改",
    ),
    (
        "2024-06-21",
        "15号",
        "孙某",
        "市场监管局",
        "不满意",
        "企业变更登记一次性告知不到位，群众往返跑了3次",
        "2024-06-24",
        "5个工作日",
        "正在修订一次性告知单",
    ),
    (
        "2024-06-26",
        "30号",
        "周某",
        "市税务局",
        "非常不满意",
        "窗口工作人员服务态度生硬，未解释退税未到账原因",
        "2024-06-27",
        "5个工作日",
        "已对该工作人员批评教育，退税款已到账",
    ),
    (
        "2024-07-03",
        "5号",
        "吴某",
        "市交警支队",
        "不满意",
        "驾驶证换证自助机故障无法拍照",
        "2024-07-04",
        "5个工作日",
        "",
    ),
    (
        "2024-07-09",
        "26号",
        "郑某",
        "市医保局",
        "不满意",
        "异地就医备案网上办理流程说明不清",
        "2024-07-10",
        "2024年7月17日",
        "未整改",
    ),
    (
        "2024-07-16",
        "综合受理",
        "冯某",
        "市政务服务中心",
        "不满意",
        "大厅叫号系统故障，等候时间超过1小时",
        "2024-07-17",
        "5个工作日",
        "已联系厂家维修，正在更换叫号主机",
    ),
]


def write_rating_docx(path: Path) -> Path:
    doc = _new_document("督查科")
    _title(doc, "濮阳市政务服务中心关于2024年6—7月政务服务“好差评”差评件整改情况的通报", 18)
    _paragraph(doc, "各进驻部门：", indent=False)
    _paragraph(
        doc,
        "按照政务服务“好差评”差评处理机制，中心对6月1日至7月20日评价器和网上评价收到的“不满意”“非常不满意”"
        "评价逐件交办责任部门。差评件整改时限为自交办之日起5个工作日，逾期未整改的纳入月度考核扣分。"
        "现将差评件及整改情况通报如下：",
    )
    body = [[str(i), *row] for i, row in enumerate(RATING_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "评价时间",
            "窗口号",
            "工作人员",
            "责任部门",
            "评价等级",
            "差评内容",
            "交办日期",
            "整改时限",
            "回访及整改情况",
        ],
        body,
        size=9,
    )
    _paragraph(doc, "濮阳市政务服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_rating(path: Path) -> Path:
    return via_soffice(write_rating_docx, path, "doc", "好差评差评件整改情况通报.docx")


FILES = [
    ("华龙区校园食品安全排查整治发现问题整改台账.xlsx", write_canteen),
    ("药品经营企业监督检查发现问题整改台账（庆祖所）.xlsx", write_pharmacy),
    ("市人社局机关档案和保密工作自查整改情况报告.docx", write_secret),
    ("统计执法双随机联合检查发现问题整改台账.xls", write_stats),
    ("信访积案化解督查台账（第二批）.xlsx", write_petition),
    ("示范型退役军人服务站创建督导问题清单.csv", write_veteran),
    ("养老机构消防安全大检查整改台账（南乐县）.et", write_elder),
    ("春季森林防火专项督查反馈问题整改台账.xlsx", write_forest),
    ("汛前防汛准备工作督查问题整改台账.xlsx", write_flood),
    ("自建房安全专项整治隐患台账（两乡镇）.zip", write_house),
    ("政务服务好差评差评件整改情况通报.wps", write_rating),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for built in build():
        print(built.name)

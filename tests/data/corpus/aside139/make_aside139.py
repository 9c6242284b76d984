"""Write the aside139 returns: ten files laid out after ten public sources, cited beside each layout below.

Campaigns (卫健与医保): 医院院感, 医疗废物, 疫苗管理, 母婴安全, 职业卫生, 医保违规, 药品耗材, 乡镇卫生院, 村卫生室, 急救站.
Forms: .xlsx (four, one more inside the zip), .xls (xlwt), .et (Excel 97 via LibreOffice), .doc (Word 97 via
LibreOffice), a CSV in UTF-8 with a byte-order mark, a .docx whose items are numbered paragraphs and a .zip of two
returns (an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31.

Run from this folder: python make_aside139.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice) on
PATH. Every date inside the files and every zip member time is fixed, so two runs write the same bytes.
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
# Workbooks: a thin layer over XlsxWriter.
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
        self.day = add({"border": 1, "num_format": "yyyy年m月d日", "align": "center", "valign": "vcenter"})
        self.money = add({"border": 1, "num_format": "#,##0.00", "valign": "vcenter"})

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
    """LibreOffice --convert-to (the older-format copy an office sends)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .et and .doc returns")
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


# ---------------------------------------------------------------------------------------------
# Excel 97 with xlwt.
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
    """Write an Excel 97 workbook with xlwt: cells as (row, col, value, style[, to_row, to_col])."""
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
# 1. 医院院感：手卫生专项监督检查, after a tertiary hospital's 手卫生监督检查及整改措施 (感染管理科联合护理部、医务处
# 开展为期3个月的手卫生专项监督检查; 覆盖全院32个临床科室、5个医技科室及门诊区域; 现场观察、人员访谈、采样检测、
# 追溯监控视频; 依从率、正确率、设施配备; 梳理问题并制定针对性整改方案):
# https://max.book118.com/html/2025/1206/8140133032010017.shtm
# An .xlsx: title, 督查部门/督查时间/反馈日期 line, a two-row header (整改落实 over three columns, 感染管理科复查 over
# two), the 区域 (临床科室/医技科室/门诊) merged down its rows, rows naming only the hospital's own 科室, a 填表说明
# line stating the base date of N个工作日 and 立行立改, a signature line.
HAND_ROWS = [
    (
        "临床科室",
        [
            (
                "重症医学科",
                "床旁速干手消毒剂配置不足，6张床位未配备",
                "设施配备",
                "每床配备速干手消毒剂，责任护士每日检查补充",
                "2024.7.12",
                "已全部配备",
                "赵  敏",
                "复查合格",
            ),
            (
                "心血管内科",
                "医生接触患者前手卫生依从率仅为46%",
                "依从性",
                "科室每周开展手卫生自查，结果纳入科室绩效考核",
                "长期坚持",
                "每周自查，长期坚持",
                "",
                "",
            ),
            (
                "普外科",
                "换药车未配备手消毒剂，护士两次换药之间不执行手消毒",
                "设施配备/依从性",
                "换药车补配手消毒剂，开展换药流程手卫生培训",
                "10个工作日内",
                "手消毒剂已补配，培训正在分批开展",
                "",
                "",
            ),
            (
                "神经内科",
                "部分护士洗手揉搓时间不足15秒，七步洗手法步骤遗漏",
                "正确率",
                "组织七步洗手法培训与现场考核",
                "2024年7月31日",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        "医技科室",
        [
            (
                "检验科",
                "标本处理区洗手池仍为手触式水龙头",
                "设施配备",
                "更换为感应式或肘式水龙头",
                "8月底前",
                "未整改",
                "",
                "",
            ),
            (
                "医学影像科",
                "增强CT检查室未张贴手卫生指征图示",
                "知晓率",
                "张贴“两前三后”手卫生指征图示",
                "立行立改",
                "已张贴",
                "赵  敏",
                "复查合格",
            ),
        ],
    ),
    (
        "门诊",
        [
            (
                "儿科门诊",
                "诊室擦手纸经常断供，医务人员洗手后在工作服上擦手",
                "设施配备",
                "建立擦手纸巡查补充登记制度",
                "7月15日前",
                "已建立巡查补充登记本",
                "周  丽",
                "复查合格",
            ),
            (
                "口腔科",
                "医务人员摘除手套后未进行手卫生即接触下一位患者",
                "依从性",
                "专项培训并每周调取诊室监控视频抽查",
                "2024年8月15日",
                "正在开展视频抽查",
                "",
                "",
            ),
        ],
    ),
]


def write_hand(path: Path) -> Path:
    b = Book(path, author="感染管理科")
    ws = b.sheet("手卫生督查反馈")
    b.widths(ws, [6, 10, 12, 34, 12, 30, 14, 22, 10, 12])
    b.line(ws, 0, "濮阳市人民医院手卫生专项监督检查问题整改反馈表", 9, b.title)
    b.line(
        ws,
        1,
        "督查部门：感染管理科（联合护理部、医务处）    督查时间：2024年6月17日至7月5日    "
        "反馈日期：2024年7月8日",
        9,
    )
    for c, word in enumerate(["序号", "区域", "科室", "存在问题", "问题类别"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 7, "整改落实", b.head)
    b.merge(ws, 2, 8, 2, 9, "感染管理科复查", b.head)
    b.header(ws, 3, ["整改措施", "整改时限", "落实情况", "复查人", "复查结论"], first=5)
    r, n = 4, 0
    for area, rows in HAND_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, area, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.put(ws, r, 2, row[0], b.center)
            b.row(ws, r, list(row[1:]), first=3)
            r += 1
    b.line(
        ws,
        r + 1,
        "填表说明：整改时限为“N个工作日内”或“立行立改”的，自反馈之日（2024年7月8日）起计算；复查合格的由感染管理科"
        "填写复查结论。",
        9,
    )
    b.line(
        ws, r + 2, "填表人：王晓燕    审核人：刘建国    联系电话：0393-8326512    填报日期：2024年7月29日", 9
    )
    return b.close()


# =============================================================================================
# 2. 医疗废物处置检查, after a county 生态环境分局's quarterly account of its 医疗废物处置 checks (二季度共检查4医疗机构，
# 均为中心卫生院; 污染防治设施、医疗废物管理台账、收集、转运、处置; 要求进一步加强村级卫生室医疗废物收集工作，做好
# 医疗危废转运对接):
# https://www.ahjinzhai.gov.cn/public/6617541/36624137.html
# A .zip of two 中心卫生院 returns: an .xlsx (填报单位 and 检查单位 line, one header row, rows naming only the
# 卫生院's own 科室, 复查 column by the inspector, 注 line) and a .docx report whose items are numbered paragraphs
# (一、二、三、) with measures, deadlines and progress in sentences.
WASTE_ROWS = [
    (
        "检验科",
        "分类收集",
        "感染性废物与损伤性废物混装，利器盒装量超过3/4未封口",
        "按类别分别收集，利器盒装至3/4即封口",
        "2024.7.10",
        "已整改",
        "复查合格",
    ),
    (
        "后勤科",
        "暂时贮存",
        "医疗废物暂存间地面未做防渗处理，门外未设置医疗废物警示标识",
        "地面做环氧防渗处理，设置警示标识",
        "8月20日前",
        "防渗地面正在施工，警示标识已设置",
        "",
    ),
    (
        "后勤科",
        "交接登记",
        "医疗废物交接登记未记录重量，部分交接人签名不全",
        "配备电子秤，严格执行交接登记",
        "长期坚持",
        "常态化推进",
        "",
    ),
    (
        "手术室",
        "分类收集",
        "病理性废物未使用专用包装袋单独收集",
        "配置病理性废物专用包装袋",
        "7月20日前",
        "未整改",
        "",
    ),
    (
        "住院部",
        "可回收物品",
        "病区使用后未被污染的输液瓶（袋）与医疗废物混放",
        "单独收集，交有资质单位回收并登记去向",
        "2024年7月31日",
        "",
        "",
    ),
]


def write_waste_book(path: Path) -> Path:
    b = Book(path, author="文留镇卫生院")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 12, 36, 30, 14, 24, 14])
    b.line(ws, 0, "医疗废物处置专项检查发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳县文留镇中心卫生院    检查单位：濮阳县生态环境分局    检查时间：2024年7月3日",
        7,
    )
    b.header(ws, 2, ["序号", "责任科室", "环节", "存在问题", "整改措施", "整改时限", "整改情况", "分局复查"])
    for i, row in enumerate(WASTE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(WASTE_ROWS)
    b.line(ws, end, "注：村卫生室医疗废物由卫生院每周二、周五集中收集转运，另行建账。", 7)
    b.line(ws, end + 1, "填表人：申海涛    联系电话：0393-3811265    填报日期：2024年7月26日", 7)
    return b.close()


WASTE_PARAS = [
    (
        "一、医疗废物在线监管系统出入库数据未及时录入，系统数据与纸质台账不一致。整改措施：指定后勤科专人每日录入"
        "医疗废物产生、入库、出库数据，7月15日前完成。整改情况：已完成，系统数据与纸质台账一致。"
    ),
    (
        "二、医疗废物暂存间未配备冷藏设施，夏季暂存时间超过48小时。整改措施：购置医疗废物专用冷藏柜，并与处置企业"
        "协商将转运频次调整为每48小时一次，计划2024年8月底前完成。整改情况：已申请采购资金，正在履行采购程序。"
    ),
    (
        "三、医疗废物流失、泄漏、扩散应急预案多年未修订，未组织演练。整改措施：对照《医疗卫生机构医疗废物管理办法》"
        "修订应急预案，第三季度完成修订并组织一次全院演练。"
    ),
]


def write_waste_docx(path: Path) -> Path:
    doc = _new_document("马庄桥镇卫生院")
    _title(doc, "清丰县马庄桥镇中心卫生院关于医疗废物处置专项检查问题整改情况的报告", 18)
    _paragraph(doc, "县卫生健康委员会：")
    _paragraph(
        doc,
        "7月4日，县生态环境分局会同县卫健委对我院医疗废物收集、贮存、转运、处置情况进行了专项检查，反馈问题3个。"
        "我院高度重视，逐项制定整改措施，现将整改情况报告如下：",
    )
    for text in WASTE_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，我院将进一步加强辖区村卫生室医疗废物收集工作，做好医疗废物转运对接。")
    _paragraph(doc, "清丰县马庄桥镇中心卫生院", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_waste(path: Path) -> Path:
    members = [
        ("医疗废物处置专项检查问题整改台账（文留镇中心卫生院）.xlsx", write_waste_book),
        ("医疗废物处置专项检查整改情况报告（马庄桥镇中心卫生院）.docx", write_waste_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# =============================================================================================
# 3. 预防接种门诊专项检查, after a district 疾控中心's 专项检查 of its 儿童预防接种门诊、成人预防接种门诊、狂犬病暴露预防
# 处置门诊 and 产科预防接种室 (门诊的设置要求、公示要求、人员配置、各项工作制度落实情况、疫苗和冷链管理; 检查结束后
# 向卫生院反馈检查结果，并对存在问题进行了整改指导):
# https://www.wj.gov.cn/html/czwj/2021/FAOKPMFH_0908/386784.html
# An .xls (xlwt): title, 填报单位 line, one header row, the 门诊类别 merged down its rows, the 接种单位 as 整改责任单位,
# a 疾控复核 column beside 整改情况, a 合计 row, a 注 line and a 填表人 line.
VACCINE_ROWS = [
    (
        "儿童预防接种门诊",
        [
            (
                "濮阳市华龙区岳村镇卫生院",
                "冷链管理",
                "疫苗冰箱温度每日仅记录1次，未按要求上、下午各记录1次",
                "7月10日前",
                "已整改",
                "复核合格",
            ),
            (
                "濮阳市华龙区孟轲乡卫生院",
                "公示要求",
                "未公示非免疫规划疫苗品种、价格及接种服务费",
                "2024.7.15",
                "已整改",
                "",
            ),
        ],
    ),
    (
        "成人预防接种门诊",
        [
            (
                "濮阳市华龙区人民路社区卫生服务中心",
                "人员配置",
                "1名接种人员未取得预防接种培训合格证明",
                "2024年8月31日",
                "已报名参加8月份市级培训",
                "",
            ),
            (
                "濮阳市中医医院",
                "疫苗管理",
                "疫苗出入库登记与信息系统库存不一致，差额5支",
                "7月20日前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "狂犬病暴露预防处置门诊",
        [
            (
                "濮阳市华龙区胡村乡卫生院",
                "设置要求",
                "处置门诊未设置独立冲洗室，伤口冲洗设备缺失",
                "9月30日前",
                "正在改造冲洗室",
                "",
            ),
            (
                "濮阳市华龙区中原路街道社区卫生服务中心",
                "工作制度",
                "狂犬病被动免疫制剂使用登记不全",
                "2024.7.20",
                "",
                "",
            ),
        ],
    ),
    (
        "产科预防接种室",
        [
            (
                "濮阳市华龙区人民医院",
                "冷链管理",
                "产科接种室冰箱未配备自动温度监测设备",
                "2024年7月31日",
                "已购置温度监测设备，待安装调试",
                "",
            ),
            (
                "濮阳市华龙区妇幼保健院",
                "信息管理",
                "新生儿乙肝疫苗首针接种信息未及时录入免疫规划信息系统",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
]


def write_vaccine(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "华龙区预防接种门诊专项检查发现问题整改台账", t, 0, 7),
        (
            1,
            0,
            "填报单位：濮阳市华龙区疾病预防控制中心（免疫规划科）    填报日期：2024年7月29日",
            plain,
            1,
            7,
        ),
    ]
    for col, word in enumerate(
        [
            "序号",
            "门诊类别",
            "接种单位（整改责任单位）",
            "检查项目",
            "存在问题",
            "整改时限",
            "整改情况",
            "疾控复核",
        ]
    ):
        cells.append((2, col, word, h))
    r, n = 3, 0
    for kind, rows in VACCINE_ROWS:
        cells.append((r, 1, kind, ctr, r + len(rows) - 1, 1))
        for row in rows:
            n += 1
            cells.append((r, 0, n, ctr))
            for col, v in enumerate(row, 2):
                cells.append((r, col, v, ctr if col in (3, 5) else c))
            r += 1
    cells += [
        (r, 0, "合计", h, r, 1),
        (r, 2, "检查接种门诊64家，发现问题8个", c, r, 7),
        (
            r + 1,
            0,
            "注：整改到位的由区疾控中心免疫规划科现场复核，复核合格的在“疾控复核”栏填写“复核合格”。",
            plain,
            r + 1,
            7,
        ),
        (r + 2, 0, "填表人：范红霞    审核人：李卫东    联系电话：0393-4419735", plain, r + 2, 7),
    ]
    return _write_xls(path, "整改台账", cells, [6, 14, 30, 10, 40, 14, 26, 10])


# =============================================================================================
# 4. 母婴安全专项督导, after a district 妇幼保健计划生育服务中心's 第三季度母婴安全专项督导 (母婴安全五项制度落实
# 情况，妊娠风险筛查与评估，高危孕产妇登记随访管理; 对现场发现的问题要求即刻整改，并不定期开展回头看; “橙色”
# “红色”“紫色”高危孕产妇专案管理):
# http://aqfjzx.org/control/view.php?aid=753
# A .docx report to the 区卫健委: title, 主送, preamble, the items as numbered paragraphs each naming the 医疗机构 that
# answers for it, the measure, the deadline and the progress in sentences, a closing paragraph, office and date.
MATERNAL_PARAS = [
    (
        "（一）濮阳市华龙区人民医院：妊娠风险筛查表填写不完整，抽查的孕产妇档案中有12份未标注妊娠风险分级颜色。"
        "要求7月20日前全部补填并完善审核流程。回头看核查已全部补填，整改到位。"
    ),
    (
        "（二）濮阳市华龙区岳村镇卫生院：2例“橙色”高危孕产妇未按要求每2周随访一次。要求落实专人专案管理，"
        "8月15日前建立完整随访记录。目前已明确专人负责，正在补充随访。"
    ),
    (
        "（三）濮阳市华龙区中原路街道社区卫生服务中心：高危孕产妇登记本与妇幼信息系统登记信息不一致，"
        "要求7月31日前逐例核对更正。截至报告日尚未整改。"
    ),
    (
        "（四）濮阳惠民妇产医院：产科危急重症抢救演练半年内未开展，快速反应团队人员不固定。要求第三季度内组织"
        "产后出血、羊水栓塞抢救演练并固定团队成员。"
    ),
    (
        "（五）濮阳市华龙区孟轲乡卫生院：未建立孕产妇和新生儿死亡个案评审制度。要求2024年9月30日前建立评审制度。"
        "目前已起草制度初稿，正在征求意见。"
    ),
    (
        "（六）濮阳市华龙区胡村乡卫生院：母婴安全五项制度未上墙公示。要求7月15日前完成公示。已于7月12日上墙公示，"
        "整改完成。"
    ),
    (
        "（七）濮阳市华龙区中医院：产房新生儿复苏设备（T组合复苏器）无定期检查维护记录。要求建立每周检查维护登记，"
        "长期坚持。"
    ),
    (
        "（八）濮阳市华龙区人民路社区卫生服务中心：产后访视率偏低，6月份产后访视率仅为78%。要求8月底前提高到90%"
        "以上。目前家庭医生团队正在入户补访。"
    ),
]


def write_maternal(path: Path) -> Path:
    doc = _new_document("区妇幼中心")
    _title(doc, "关于第二季度母婴安全专项督导发现问题及整改情况的报告", 20)
    _paragraph(doc, "区卫生健康委员会：")
    _paragraph(
        doc,
        "按照全区母婴安全行动提升计划要求，我中心于2024年7月8日至7月12日对辖区9家助产和妇幼保健服务机构开展了"
        "第二季度母婴安全专项督导，重点查看母婴安全五项制度落实、妊娠风险筛查与评估、高危孕产妇专案管理等情况，"
        "共发现问题8个，现场反馈并下达整改要求。现将问题及整改情况报告如下：",
    )
    for text in MATERNAL_PARAS:
        _paragraph(doc, text)
    _paragraph(
        doc,
        "下一步，我中心将对上述问题不定期开展回头看，确保做到“发现一例、登记一例、报告一例、管理一例、救治一例”。",
    )
    _paragraph(doc, "濮阳市华龙区妇幼保健计划生育服务中心", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# =============================================================================================
# 5. 职业卫生专项监督检查, after a district 疾控中心（卫生监督所）'s joint 职业卫生用人单位专项执法 (粉尘、噪声、化学毒物;
# 职业病防治组织管理、职业卫生管理制度、人员培训、职业病危害项目申报、危害因素检测、个人防护用品配备发放使用、
# 职业健康监护和档案、警示标识、告知卡和公告栏; 现场下达卫生监督意见书，责令限期整改; 回头看):
# https://ahwsjdxh.cn/ilts/biz/ilts-news-content/6372/detail
# A CSV in UTF-8 with a byte-order mark: title line, a line stating that the 整改期限 counts from the day the
# 卫生监督意见书 was served, one header line with the 意见书 number and its 下达日期, a 合计 line.
OCCUPATIONAL_ROWS = [
    (
        "濮阳市恒润石化设备有限公司",
        "金属制品",
        "电焊烟尘、噪声",
        "未按规定进行职业病危害项目申报",
        "濮卫职监意〔2024〕21号",
        "2024-07-02",
        "15日",
        "已完成申报，整改到位",
    ),
    (
        "濮阳县宏达铸造有限公司",
        "铸造",
        "矽尘、噪声",
        "工作场所职业病危害因素未进行年度检测",
        "濮卫职监意〔2024〕22号",
        "2024-07-02",
        "30日",
        "已委托检测机构，8月上旬进场检测",
    ),
    (
        "濮阳市华盛塑料制品有限公司",
        "塑料制品",
        "噪声",
        "接触噪声劳动者未进行在岗期间职业健康检查",
        "濮卫职监意〔2024〕23号",
        "2024-07-03",
        "30日",
        "",
    ),
    (
        "河南豫濮家具有限公司",
        "木制品",
        "木粉尘、苯系物",
        "喷漆车间未设置职业病危害警示标识和告知卡",
        "濮卫职监意〔2024〕24号",
        "2024-07-03",
        "7日",
        "已整改到位",
    ),
    (
        "濮阳市金鼎建材有限公司",
        "非金属矿物制品",
        "矽尘",
        "未为接尘劳动者配发防尘口罩，个人防护用品发放无记录",
        "濮卫职监意〔2024〕25号",
        "2024-07-05",
        "7日",
        "未整改，拟立案查处",
    ),
    (
        "清丰县鑫源木业有限公司",
        "木制品",
        "木粉尘、噪声",
        "主要负责人和职业卫生管理人员未参加职业卫生培训",
        "濮卫职监意〔2024〕26号",
        "2024-07-05",
        "30日",
        "已报名参加市职业卫生培训班",
    ),
    (
        "濮阳市蓝天化工有限公司",
        "化工",
        "氨、硫化氢",
        "职业健康监护档案不健全，缺少岗前职业健康检查资料",
        "濮卫职监意〔2024〕27号",
        "2024-07-08",
        "15日",
        "已补齐档案资料，整改完成",
    ),
    (
        "南乐县福瑞机械加工厂",
        "机械加工",
        "噪声、金属粉尘",
        "未设置职业卫生管理机构，未配备专职或兼职职业卫生管理人员",
        "濮卫职监意〔2024〕28号",
        "2024-07-08",
        "15日",
        "已明确兼职管理人员，正在完善管理制度",
    ),
]


def write_occupational(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2024年职业卫生专项监督检查卫生监督意见书落实情况登记表"])
    w.writerow(
        [
            "检查单位：濮阳市卫生健康委员会综合监督执法局（职业卫生科）；整改期限自卫生监督意见书下达之日起计算；"
            "统计截至2024年7月30日"
        ]
    )
    w.writerow(
        [
            "序号",
            "用人单位",
            "所属行业",
            "主要职业病危害因素",
            "检查发现问题",
            "卫生监督意见书文号",
            "下达日期",
            "整改期限",
            "回头看情况",
        ]
    )
    for i, row in enumerate(OCCUPATIONAL_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "共检查用人单位8家", "", "", "下达卫生监督意见书8份", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# =============================================================================================
# 6. 医保基金自查自纠, after the 国家医保局 notice on 定点医药机构违法违规使用医保基金自查自纠 (违法违规使用医保基金典型
# 问题清单: 肿瘤、麻醉、重症医学3个重点领域以及零售药店常见问题; 对清单指出的问题逐项核对，对诊疗行为、诊疗费用
# 逐条分析; 及时退回违法违规使用的医保基金; 开展抽查复查):
# http://www.kayefu.cn/Service/detail_100000424617278.html
# An .et (Excel 97 via LibreOffice): title, 填报单位 line, a two-row header (基金退回 over 涉及金额/已退回金额, 整改 over
# 整改时限/整改进展), the 问题清单领域 column, amounts as numbers, a 抽查复查 column, a row naming the bureau's own
# 科室, a 合计 row, a 填表说明 line and a signature line.
INSURANCE_ROWS = [
    (
        "医院",
        "濮阳市第三人民医院",
        "重症医学",
        "重症监护病房床位费与层流洁净病房床位费重复收取",
        48620.0,
        48620.0,
        "2024年6月30日",
        "已退回，收费规则已修正",
        "复查通过",
    ),
    (
        "医院",
        "濮阳县人民医院",
        "麻醉",
        "全身麻醉同时收取气管插管术费用，属重复收费",
        21300.5,
        "",
        "2024年8月31日",
        "正在逐条核对结算明细",
        "",
    ),
    (
        "医院",
        "清丰县中医院",
        "肿瘤",
        "超医保限定支付范围使用PD-1抑制剂并纳入统筹结算",
        156800.0,
        100000.0,
        "9月底前",
        "已退回部分基金，剩余金额正在核算",
        "",
    ),
    (
        "零售药店",
        "濮阳市华龙区康源大药房",
        "零售药店",
        "将保健食品串换为医保目录内药品进行结算",
        3260.0,
        3260.0,
        "2024.7.15",
        "已退回违规基金，整改完毕",
        "",
    ),
    (
        "零售药店",
        "南乐县百姓堂药店",
        "零售药店",
        "执业药师不在岗时销售处方药",
        "",
        "",
        "7月20日前",
        "未整改",
        "",
    ),
    (
        "医院",
        "范县人民医院",
        "临床检验",
        "将葡萄糖测定分解为多个检验项目收费",
        8650.0,
        "",
        "2024年7月31日",
        "",
        "",
    ),
    (
        "基层医疗机构",
        "台前县侯庙镇卫生院",
        "住院管理",
        "挂床住院，查房时3名住院患者不在院",
        12400.0,
        12400.0,
        "2024年7月10日",
        "已退回基金，对责任医师进行约谈",
        "复查通过",
    ),
    (
        "医保部门",
        "市医保局医药服务管理科",
        "协议管理",
        "对定点医药机构自查自纠结果审核不及时，部分机构未按期反馈",
        "",
        "",
        "长期坚持",
        "常态化推进",
        "",
    ),
]


def write_insurance_book(path: Path) -> Path:
    b = Book(path, author="基金监管科")
    ws = b.sheet("自查自纠台账")
    b.widths(ws, [6, 12, 26, 10, 36, 14, 14, 14, 26, 12])
    b.line(ws, 0, "2024年定点医药机构违法违规使用医保基金自查自纠问题整改台账", 9, b.title)
    b.line(ws, 1, "填报单位：濮阳市医疗保障局（基金监管科）    填报日期：2024年7月30日", 9)
    for c, word in enumerate(["序号", "机构类别", "定点医药机构", "问题清单领域", "自查发现问题"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 5, 2, 6, "基金退回（元）", b.head)
    b.merge(ws, 2, 7, 2, 8, "整改", b.head)
    b.merge(ws, 2, 9, 3, 9, "抽查复查", b.head)
    b.header(ws, 3, ["涉及金额", "已退回金额", "整改时限", "整改进展"], first=5)
    for i, row in enumerate(INSURANCE_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        values = list(row)
        for c, v in enumerate(values, 1):
            b.put(ws, r, c, v, b.money if c in (5, 6) and v != "" else b.cell)
    end = 4 + len(INSURANCE_ROWS)
    b.merge(ws, end, 0, end, 4, "合计", b.center)
    b.put(ws, end, 5, sum(v[4] for v in INSURANCE_ROWS if v[4] != ""), b.money)
    b.put(ws, end, 6, sum(v[5] for v in INSURANCE_ROWS if v[5] != ""), b.money)
    b.merge(ws, end, 7, end, 9, "")
    b.line(
        ws,
        end + 1,
        "填表说明：问题清单领域按国家医保局典型问题清单填写；已退回金额以医保经办机构到账为准；抽查复查由基金监管科"
        "组织实施。",
        9,
    )
    b.line(ws, end + 2, "科室负责人：宋志刚    填表人：孔令玉    联系电话：0393-8990316", 9)
    return b.close()


def write_insurance(path: Path) -> Path:
    return via_soffice(write_insurance_book, path, "xls", "定点医药机构医保基金自查自纠问题整改台账.xlsx")


# =============================================================================================
# 7. 药品和医疗器械使用环节检查, after an account of 使用单位医疗器械的主要违法情形 (各级医院、村卫生室、单位医务室、
# 社区卫生服务机构、个体诊所; 使用过期的医疗器械，使用假冒的医疗器械，使用无注册证的医疗器械，未建立进货查验记录，
# 储存条件不符合要求，一次性使用的医疗器械重复使用):
# https://xiexiebang.com/a7/201905130/69d6187f9359b94e.html
# An .xlsx: title, 检查单位/检查时间 line, one header row with 检查类别 (药品/医疗器械), 处理意见 beside 整改期限,
# a 销号情况 column after 整改结果 (已销号 with a blank 整改结果), a 填表说明 line and a 检查人 line.
DEVICE_ROWS = [
    (
        "濮阳市华龙区仁爱诊所",
        "诊所",
        "医疗器械",
        "治疗室存放过期一次性使用无菌注射器2盒",
        "没收过期器械，立案调查",
        "2024.7.12",
        "已没收过期器械，已立案",
        "已销号",
    ),
    (
        "濮阳县庆祖镇卫生院",
        "卫生院",
        "药品",
        "药房阴凉库温湿度超标，未采取调控措施",
        "加装空调及温湿度自动监测设备",
        "7月25日前",
        "空调及监测设备已安装运行",
        "",
    ),
    (
        "濮阳市安康口腔门诊部",
        "门诊部",
        "医疗器械",
        "使用的种植体无医疗器械注册证，无法提供合法来源证明",
        "立案调查，责令停止使用",
        "2024年8月31日",
        "已停止使用，案件正在调查处理",
        "",
    ),
    (
        "清丰县仙庄镇卫生院",
        "卫生院",
        "药品",
        "未建立药品购进验收记录，部分药品无随货同行单",
        "建立购进验收记录制度",
        "2024.7.20",
        "未整改",
        "未销号",
    ),
    (
        "南乐县人民医院",
        "医院",
        "医疗器械",
        "高值医用耗材（冠脉支架）使用记录未与患者病历关联，无法追溯",
        "建立高值医用耗材全流程追溯管理",
        "2024年9月30日",
        "已上线耗材追溯系统，正在补录历史数据",
        "",
    ),
    (
        "范县濮城镇卫生院",
        "卫生院",
        "药品",
        "中药饮片与西药混放，部分饮片霉变",
        "清理霉变饮片，分区存放",
        "7月15日前",
        "",
        "已销号",
    ),
    (
        "濮阳市华龙区康宁诊所",
        "诊所",
        "医疗器械",
        "一次性使用输液器经消毒后重复使用",
        "责令立即停止，立案查处",
        "2024.7.8",
        "已停止重复使用，已立案",
        "已销号",
    ),
    (
        "台前县人民医院",
        "医院",
        "药品",
        "麻醉药品、第一类精神药品专用账册登记不规范，未逐日结存",
        "规范专用账册，专人管理",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_device(path: Path) -> Path:
    b = Book(path, author="药械科")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 26, 10, 10, 38, 26, 14, 28, 10])
    b.line(ws, 0, "医疗机构药品和医疗器械使用环节专项检查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳市市场监督管理局（药品医疗器械安全监管科）会同市卫生健康委员会    "
        "检查时间：2024年7月1日至7月5日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "被检查单位",
            "单位类型",
            "检查类别",
            "存在问题",
            "处理意见",
            "整改期限",
            "整改结果",
            "销号情况",
        ],
    )
    for i, row in enumerate(DEVICE_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(DEVICE_ROWS)
    b.line(ws, end + 1, "填表说明：整改到位并经复查确认的，在“销号情况”栏填写“已销号”。", 8)
    b.line(ws, end + 2, "检查人：耿建民、马丽娟    填表日期：2024年7月29日", 8)
    return b.close()


# =============================================================================================
# 8. 乡镇卫生院安全隐患排查, after a 中心卫生院's own 春节前安全隐患排查 (院长、分管领导带领办公室、保卫科、后勤科组成
# 联合检查组; 消防设施是否损坏、消防通道和疏散通道是否堵塞、是否存在违规用火用电; 电瓶车停放充电; 住院部、供应室、
# 制氧站、职工宿舍楼为重点区域):
# https://www.youyaqueen.com/index.php?c=show&id=23406
# A .doc (Word 97 via LibreOffice): title naming the 卫生院, 报送 line, preamble, one table whose rows name only the
# 卫生院's own 科室 (排查部位 and 责任科室), the 卫生院 and date at the foot.
CLINIC_SAFETY_ROWS = [
    ("住院部", "二楼东侧消防通道堆放废旧病床和杂物", "后勤科", "清理通道杂物", "2024年7月5日", "已清理完毕"),
    (
        "制氧站",
        "氧气汇流排压力表超期未检定",
        "后勤科",
        "送计量部门检定",
        "7月31日前",
        "已送检，等待检定结果",
    ),
    (
        "供应室",
        "消毒供应室私拉乱接电源，多个插排串接使用",
        "后勤科",
        "重新敷设线路，拆除串接插排",
        "2024年7月10日",
        "已整改",
    ),
    (
        "职工宿舍楼",
        "楼道内电动自行车违规停放充电",
        "保卫科",
        "建设电动自行车集中充电车棚",
        "9月30日前",
        "充电车棚已完成选址，正在办理采购",
    ),
    ("门诊楼", "一楼大厅部分灭火器压力不足", "保卫科", "更换灭火器", "2024年7月8日", "已更换"),
    (
        "职工食堂",
        "燃气管道未安装可燃气体泄漏报警装置",
        "办公室",
        "安装燃气泄漏报警及切断装置",
        "2024年8月15日",
        "",
    ),
    (
        "全院",
        "夜间消防安全巡查记录不连续",
        "保卫科",
        "落实夜间巡查制度，每两小时巡查一次",
        "长期坚持",
        "长期坚持",
    ),
    (
        "放射科",
        "应急照明灯和疏散指示标志损坏2处",
        "后勤科",
        "更换应急照明灯和疏散指示标志",
        "7月20日前",
        "未整改",
    ),
]


def write_clinic_safety_docx(path: Path) -> Path:
    doc = _new_document("柳屯镇卫生院")
    _title(doc, "濮阳县柳屯镇中心卫生院安全隐患排查整改台账", 18)
    _paragraph(doc, "报送：濮阳县卫生健康委员会", 12)
    _paragraph(
        doc,
        "7月1日至7月3日，院长带领办公室、保卫科、后勤科组成联合检查组，对门诊楼、住院部、供应室、制氧站、职工食堂和"
        "职工宿舍楼开展夏季安全隐患排查，共排查出隐患8处，现将整改情况列表如下。",
        12,
    )
    body = [[str(i), *row] for i, row in enumerate(CLINIC_SAFETY_ROWS, 1)]
    _table(doc, ["序号", "排查部位", "隐患描述", "责任科室", "整改措施", "整改时限", "整改情况"], body)
    _paragraph(doc, "濮阳县柳屯镇中心卫生院（盖章）", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_clinic_safety(path: Path) -> Path:
    return via_soffice(write_clinic_safety_docx, path, "doc", "柳屯镇中心卫生院安全隐患排查整改台账.docx")


# =============================================================================================
# 9. 村卫生室督导, after a study of 中国村卫生室医疗卫生服务能力的现状、问题及对策 (标准化达标率地区差距大、医疗服务
# 水平能力偏低、公共卫生服务质量不高、缺药少药与过度用药并存; 实地观察、座谈和蹲点访谈):
# http://journal.healthpolicy.cn/html/20180712.htm
# An .xlsx from a 乡镇卫生院 (乡村一体化管理): title, 填报单位/督导时间 line, one header row, the 村卫生室 and its
# 乡村医生 merged down their rows as 整改责任单位, 整改时限 partly as date cells, a 卫生院复核 column, a 说明 line and
# a 填表人 line.
VILLAGE_ROWS = [
    (
        "南乐县谷金楼镇前庄村卫生室",
        "李德明",
        [
            (
                "标准化建设",
                "诊室、治疗室、药房未分设，业务用房面积不达标",
                "利用村委会闲置房屋改扩建",
                "2024年12月底前",
                "已列入村集体年度改造计划",
                "",
            ),
            (
                "基本药物",
                "基本药物配备品种不足60种，缺少常用降压药",
                "由卫生院统一配送补齐",
                date(2024, 7, 15),
                "已补齐",
                "复核合格",
            ),
            (
                "公共卫生",
                "高血压患者随访记录存在补记、代签现象",
                "规范随访记录，卫生院每月抽查",
                "长期坚持",
                "长期坚持",
                "",
            ),
        ],
    ),
    (
        "南乐县谷金楼镇吕庄村卫生室",
        "吕振华",
        [
            (
                "合理用药",
                "门诊处方抗菌药物使用率达68%，静脉输液比例偏高",
                "卫生院每月开展处方点评",
                date(2024, 9, 30),
                "已开展两次处方点评，使用率降至55%",
                "",
            ),
            (
                "消毒管理",
                "未配备压力蒸汽灭菌器，复用器械未送卫生院集中消毒",
                "复用器械统一送卫生院消毒供应室",
                "7月20日前",
                "未整改",
                "",
            ),
        ],
    ),
    (
        "南乐县谷金楼镇王庄村卫生室",
        "王秀梅",
        [
            (
                "执业管理",
                "乡村医生执业证书有效期已过，未办理再注册",
                "办理乡村医生执业再注册",
                date(2024, 8, 31),
                "",
                "",
            ),
            (
                "家庭医生签约",
                "签约居民履约服务记录缺失",
                "按签约协议开展履约服务并记录",
                "8月15日前",
                "正在入户开展履约服务",
                "",
            ),
        ],
    ),
    (
        "南乐县谷金楼镇谷金楼村卫生室",
        "张国庆",
        [
            (
                "公共卫生",
                "0-6岁儿童健康管理率仅为72%",
                "入户补访，补建儿童健康档案",
                "第三季度",
                "已完成补访，管理率达91%",
                "",
            ),
        ],
    ),
]


def write_village(path: Path) -> Path:
    b = Book(path, author="公卫办")
    ws = b.sheet("督导问题清单")
    b.widths(ws, [6, 28, 10, 12, 36, 28, 16, 28, 10])
    b.line(ws, 0, "村卫生室标准化建设及服务能力督导问题整改清单", 8, b.title)
    b.line(
        ws,
        1,
        "填报单位：南乐县谷金楼镇卫生院（公卫办）    督导时间：2024年7月2日至7月4日    填报日期：2024年7月26日",
        8,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "村卫生室",
            "乡村医生",
            "督导类别",
            "存在问题",
            "整改措施",
            "整改时限",
            "整改进度",
            "卫生院复核",
        ],
    )
    r, n = 3, 0
    for clinic, doctor, rows in VILLAGE_ROWS:
        b.merge(ws, r, 1, r + len(rows) - 1, 1, clinic, b.center)
        b.merge(ws, r, 2, r + len(rows) - 1, 2, doctor, b.center)
        for row in rows:
            n += 1
            b.put(ws, r, 0, n, b.center)
            b.row(ws, r, list(row), first=3)
            r += 1
    b.line(ws, r, "说明：本次督导村卫生室4个，发现问题8个，复核合格的由卫生院公卫办填写复核意见。", 8)
    b.line(ws, r + 1, "填表人：郝冬梅    审核人：杜建军    联系电话：0393-7261148", 8)
    return b.close()


# =============================================================================================
# 10. 乡镇急救站（点）运行督导, after a study of a city's 农村院前急救体系运行状况 (10个乡镇院前急救分站; 急救人员基本
# 急救知识与技能培训不足2次/年，危重患者抢救技术达标率、流程规范率、病历书写达标率低，危重症转诊上级医院时间大于
# 30 min; 加强培训、质控、考核、管理、督查以及地方政府、机构外部支持):
# http://mc.cem.org.cn/public/html/202503/20250329/index.htm
# An .xlsx from the city 紧急医疗救援中心: title, 填报单位/督导时间 line, one header row with the 急救站（点） beside
# its 整改责任单位 (the host hospital or 卫生院, the center's own 调度科, and 市卫健委医政医管科), 整改时限 partly as date
# cells, a 是否销号 column, a 注 line and a 填表人 line.
EMS_ROWS = [
    (
        "濮阳县急救站",
        "人员培训",
        "急救人员年度急救技能培训不足2次",
        "濮阳县人民医院",
        date(2024, 8, 31),
        "已制定季度培训计划，7月已开展1次",
        "否",
    ),
    (
        "清丰县急救站",
        "病历书写",
        "院前急救病历书写不规范，抽查30份达标率仅为63%",
        "清丰县人民医院",
        "7月31日前",
        "已组织病历书写专题培训并复查，达标率提升至90%",
        "是",
    ),
    (
        "南乐县急救站",
        "车辆装备",
        "2辆救护车车载除颤监护仪故障未维修",
        "南乐县人民医院",
        date(2024, 7, 10),
        "已维修并检测合格",
        "是",
    ),
    (
        "范县急救站",
        "响应时效",
        "农村地区急救平均到达现场时间超过30分钟",
        "范县人民医院",
        "2024年12月31日",
        "正在协调在陈庄镇增设急救点",
        "否",
    ),
    (
        "台前县急救站",
        "抢救技术",
        "心肺复苏操作考核合格率仅为58%",
        "台前县人民医院",
        "9月底前",
        "",
        "",
    ),
    (
        "柳屯镇急救点",
        "值班制度",
        "急救点未落实24小时值班，夜间无人值守",
        "濮阳县柳屯镇中心卫生院",
        date(2024, 7, 20),
        "未整改",
        "否",
    ),
    (
        "指挥调度",
        "调度质量",
        "调度员未按规范对呼救者进行电话指导心肺复苏",
        "濮阳市紧急医疗救援中心调度科",
        "长期坚持",
        "常态化开展调度录音抽查",
        "",
    ),
    (
        "全市",
        "保障政策",
        "乡镇急救站点运行补助经费未落实",
        "市卫健委医政医管科",
        "第三季度",
        "已起草运行补助办法，正在征求意见",
        "否",
    ),
]


def write_ems(path: Path) -> Path:
    b = Book(path, author="质控科")
    ws = b.sheet("督导整改台账")
    b.widths(ws, [6, 14, 12, 38, 28, 16, 34, 10])
    b.line(ws, 0, "全市急救站（点）运行质量督导发现问题整改台账", 7, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市紧急医疗救援中心（质控科）    督导时间：2024年6月24日至6月28日    填报日期：2024年7月30日",
        7,
    )
    b.header(
        ws,
        2,
        ["序号", "急救站（点）", "督导项目", "存在问题", "整改责任单位", "整改时限", "整改进展", "是否销号"],
    )
    for i, row in enumerate(EMS_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(EMS_ROWS)
    b.line(ws, end, "注：整改完成并经中心质控科复查的，“是否销号”栏填“是”。", 7)
    b.line(ws, end + 1, "填表人：韩立新    联系电话：0393-4832120", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
FILES = [
    ("濮阳市人民医院手卫生专项监督检查问题整改反馈表.xlsx", write_hand),
    ("医疗废物处置专项检查整改情况（两家中心卫生院）.zip", write_waste),
    ("华龙区预防接种门诊专项检查问题整改台账.xls", write_vaccine),
    ("关于第二季度母婴安全专项督导发现问题及整改情况的报告.docx", write_maternal),
    ("职业卫生专项监督检查意见书落实情况登记表.csv", write_occupational),
    ("定点医药机构医保基金自查自纠问题整改台账.et", write_insurance),
    ("医疗机构药品和医疗器械使用环节专项检查问题整改台账.xlsx", write_device),
    ("柳屯镇中心卫生院安全隐患排查整改台账.doc", write_clinic_safety),
    ("谷金楼镇村卫生室督导问题整改清单.xlsx", write_village),
    ("全市急救站（点）运行质量督导问题整改台账.xlsx", write_ems),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)

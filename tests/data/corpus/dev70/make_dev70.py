"""Write the dev70 returns: eleven files laid out after eleven public sources, cited beside each layout below.

Campaign kinds (senders): 银行/保险网点, 供电公司, 通信运营商, 园区企业, 社区网格, 医院科室, 高校院系, 物业企业,
出租汽车公司, 商会/协会（社会组织）, 燃气公司.
Forms: .xlsx (five, one more inside the zip), an .xls (xlwt), a CSV in UTF-8 with a BOM, a .docx whose items are
numbered paragraphs, an .et (Excel 97 via LibreOffice), a .wps (Word 97 via LibreOffice) and a .zip of two returns
(an .xlsx and a .docx). Contents are made up; statistics date 2024-07-31; every date inside the files is fixed.
Run from this folder: python make_dev70.py. Needs XlsxWriter, xlwt, python-docx and LibreOffice (soffice).
Running it twice gives byte-identical files.
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


# ---------------------------------------------------------------------------------------------
# 1. 银行保险机构营业网点消防安全隐患大排查, after a 金融监管支局's 拉网式、全覆盖 check of all the county's bank and
# insurance outlets (“十查、三清、两管”; 安全出口、疏散通道、消防设施、演练、用电用气用火; 堆积杂物、电线插座使用不当;
# 立查立改、举一反三; 未进行消防验收或验收备案的网点与住建部门联系完善手续; 动态跟踪整改):
# https://www.hnjjbs.com/article/2025-04/174522052013887.html
# An .xlsx: title, 排查单位/排查时间 line, a two-row header (整改落实 over 整改时限/整改结果), the 机构类别 merged down
# over the bank rows and the insurance rows, a per-row 排查日期 (the base of 立查立改), a 注 line and a 填报人 line.
BANK_ROWS = [
    (
        "中国农业银行股份有限公司清丰县支行营业部",
        date(2024, 7, 2),
        "安全出口、疏散通道",
        "营业厅后门安全出口堆积宣传物料和废旧桌椅",
        "立即清理，保持安全出口畅通",
        "立查立改",
        "已当场清理完毕",
    ),
    (
        "河南清丰农村商业银行股份有限公司城关支行",
        date(2024, 7, 2),
        "用电安全",
        "自助银行区插线板串接使用，电线插座使用不当",
        "拆除串接插线板，规范敷设线路",
        "2024.7.10",
        "已整改",
    ),
    (
        "中国邮政储蓄银行股份有限公司清丰县马庄桥营业所",
        date(2024, 7, 4),
        "消防设施",
        "营业厅配置的灭火器2具压力不足",
        "更换灭火器",
        "2024.7.15",
        "",
    ),
    (
        "中国建设银行股份有限公司清丰支行",
        date(2024, 7, 5),
        "消防设施",
        "应急照明灯及疏散指示标志部分不亮",
        "维修更换应急照明和疏散指示标志",
        "7月20日前",
        "未整改",
    ),
    (
        "中原银行股份有限公司清丰支行",
        date(2024, 7, 8),
        "消防审验备案",
        "租赁营业用房装修后未进行消防验收（历史遗留）",
        "与房屋产权人及住建部门沟通，补办消防验收手续",
        "年底前",
        "已与房东及县住建局沟通，正在补办验收手续",
    ),
    (
        "中国人寿保险股份有限公司清丰县支公司",
        date(2024, 7, 10),
        "消防审验备案",
        "职场装修改造后未办理消防验收备案",
        "完善消防审验备案手续",
        "2024年9月30日前",
        "已向县住建局提交备案材料，待审核",
    ),
    (
        "中国人民财产保险股份有限公司清丰支公司",
        date(2024, 7, 11),
        "消防演练",
        "未按要求组织员工开展灭火和应急疏散演练",
        "每半年至少组织一次演练并留存记录",
        "长期坚持",
        "长期坚持",
    ),
]


def write_bank(path: Path) -> Path:
    b = Book(path, author="清丰监管支局")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 10, 34, 12, 14, 34, 28, 14, 28])
    b.line(ws, 0, "清丰县银行保险机构营业网点消防安全隐患大排查问题整改台账", 8, b.title)
    b.line(
        ws,
        1,
        "排查单位：国家金融监督管理总局清丰监管支局    排查时间：2024年7月1日至7月12日    排查范围：银行网点41个、"
        "保险网点18个",
        8,
    )
    for c, word in enumerate(
        ["序号", "机构类别", "营业网点名称", "排查日期", "隐患类别", "隐患描述", "整改要求"]
    ):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 7, 2, 8, "整改落实", b.head)
    b.header(ws, 3, ["整改时限", "整改结果"], first=7)
    banks = 5
    for i, (name, day, kind, problem, demand, limit, result) in enumerate(BANK_ROWS, 1):
        r = 3 + i
        b.put(ws, r, 0, i, b.center)
        b.put(ws, r, 2, name)
        b.put(ws, r, 3, day)
        b.row(ws, r, [kind, problem, demand, limit, result], first=4)
    b.merge(ws, 4, 1, 3 + banks, 1, "银行", b.center)
    b.merge(ws, 4 + banks, 1, 3 + len(BANK_ROWS), 1, "保险", b.center)
    end = 4 + len(BANK_ROWS)
    b.line(
        ws,
        end + 1,
        "注：未进行消防验收或验收备案的网点，由所属机构与住建部门联系沟通，及时完善消防审验备案手续。",
        8,
    )
    b.line(ws, end + 2, "填报人：韩振宇    联系电话：0393-7221586    填报日期：2024年7月26日", 8)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 2. 农村配电台区综合治理抽查, after a city 供电公司's 台区治理 (供电所员工巡视发现隐患报备; 跌落开关腐蚀、线路“卡脖子”、
# 台区低电压、线损异常; 综合治理任务“上墻”; 对各供电所上报已完成治理的台区进行综合检查，反馈检查结果):
# http://m.supercarled.com/content/202112/13/c_241995.html
# An .xls (xlwt): title, 填报单位 line (the city company's 设备管理部), a two-row header (治理情况 over 供电所上报 and
# 公司抽查结论), the county companies as 责任单位 beside their 供电所 (sections), the city company once by its short name,
# dates as text, a 合计 row, a 注 line and a 填表人 line.
POWER_ROWS = [
    (
        "国网清丰县供电公司",
        "马庄桥供电所",
        "10千伏马北线3号台区",
        "跌落式熔断器锈蚀严重，存在拉弧风险",
        "更换跌落式熔断器",
        "2024.7.10",
        "已完成",
        "合格",
    ),
    (
        "国网清丰县供电公司",
        "仙庄供电所",
        "前张村2号台区",
        "台区低电压，用电高峰末端电压仅175伏",
        "新增配变布点1处，切改负荷",
        "2024年8月底前",
        "治理中",
        "",
    ),
    (
        "国网南乐县供电公司",
        "元村供电所",
        "西邵郭村台区",
        "台区线损率异常，月线损达12%",
        "排查计量装置及窃电行为",
        "2024.7.20",
        "已完成",
        "",
    ),
    (
        "国网南乐县供电公司",
        "千口供电所",
        "千口村1号台区",
        "低压主干线导线截面偏小，线路“卡脖子”",
        "更换低压导线1.2公里",
        "第三季度",
        "未开工",
        "",
    ),
    (
        "国网濮阳县供电公司",
        "文留供电所",
        "文留镇北街台区",
        "综合配电箱箱门损坏无法关闭",
        "更换箱门并加锁",
        "7月15日前",
        "已完成",
        "合格",
    ),
    (
        "国网濮阳县供电公司",
        "梁庄供电所",
        "大芟河村台区",
        "台区户变关系与现场不一致，基础资料错误",
        "重新核对户变关系，更新营销系统档案",
        "2024.8.10",
        "治理中",
        "",
    ),
    (
        "市供电公司",
        "城区供电中心",
        "绿城路3号台区",
        "迎峰度夏期间配变重过载，负载率达110%",
        "实施台区增容改造",
        "年底前",
        "",
        "",
    ),
]


def write_power(path: Path) -> Path:
    t = _xf(bold=True, border=False, center=True, size=16)
    h, c, ctr = _xf(bold=True, center=True), _xf(), _xf(center=True)
    plain = _xf(border=False)
    cells = [
        (0, 0, "2024年农村配电台区综合治理抽查问题整改台账", t, 0, 9),
        (1, 0, "填报单位：国网濮阳供电公司设备管理部（盖章）    填报日期：2024年7月29日", plain, 1, 9),
    ]
    for col, word in enumerate(
        ["序号", "责任单位", "供电所", "台区名称", "存在问题", "整改措施", "计划完成时间"]
    ):
        cells.append((2, col, word, h, 3, col))
    cells += [
        (2, 7, "治理情况", h, 2, 8),
        (3, 7, "供电所上报", h),
        (3, 8, "公司抽查结论", h),
        (2, 9, "备注", h, 3, 9),
    ]
    for i, row in enumerate(POWER_ROWS, 1):
        r = 3 + i
        cells.append((r, 0, i, ctr))
        for col, v in enumerate(row, 1):
            cells.append((r, col, v, ctr if col in (6, 7, 8) else c))
        cells.append((r, 9, "", c))
    r = 4 + len(POWER_ROWS)
    cells += [
        (r, 0, "合计", h, r, 2),
        (r, 3, "抽查台区7个，发现问题7项", c, r, 9),
        (
            r + 1,
            0,
            "注：“供电所上报”栏由责任单位填写治理进度，“公司抽查结论”栏由设备管理部抽查后填写。",
            plain,
            r + 1,
            9,
        ),
        (r + 2, 0, "填表人：宋立军    审核人：何志强    联系电话：0393-4866120", plain, r + 2, 9),
    ]
    return _write_xls(path, [("台区治理", cells)])


# ---------------------------------------------------------------------------------------------
# 3. 涉诈电话卡“断卡”行动营业网点监督检查, after a provincial 通信管理局's check, with the three basic telecom
# operators, of 企业自办营业网点 and 合作渠道网点 (查阅资料、随机回访、查看宣传材料、验证客服工号; 未与用户签订电话卡
# 合规使用告知书、未在显著位置张贴五部委通告; 现场要求所属基础电信企业限期整改):
# https://yhhmip.com/system/2021/03/21/030317065.shtml
# A CSV in UTF-8 with a BOM: a title line, a line naming the checker and stating that the 整改期限 count from the
# check date, one header line with the 网点 beside the 所属基础电信企业 (the handling unit), a per-row 检查日期,
# 整改期限 in working days, as dates and 立即整改, a 合计 line and a 填报 line.
TELECOM_ROWS = [
    (
        "中国移动华龙区中原路自营厅",
        "自办营业厅",
        "中国移动通信集团河南有限公司濮阳分公司",
        "2024-07-09",
        "新入网用户未签订电话卡合规使用告知书",
        "补签告知书，纳入入网必经流程",
        "3个工作日",
        "已补签，复查合格",
    ),
    (
        "濮阳市华龙区鑫源通讯器材店",
        "合作渠道",
        "中国联合网络通信有限公司濮阳市分公司",
        "2024-07-09",
        "未在显著位置张贴五部委关于打击治理非法买卖电话卡银行卡的通告",
        "张贴通告",
        "立即整改",
        "已张贴",
    ),
    (
        "清丰县宏达手机卖场",
        "合作渠道",
        "中国电信股份有限公司濮阳分公司",
        "2024-07-10",
        "同一证件名下办理多张电话卡未按规定核验",
        "对该渠道开展专项稽核，暂停新装业务",
        "5个工作日",
        "已暂停新装，专项稽核正在进行",
    ),
    (
        "南乐县星辰通讯营业部",
        "合作渠道",
        "中国移动通信集团河南有限公司濮阳分公司",
        "2024-07-10",
        "未与合作渠道签订断卡行动补充协议",
        "签订补充协议",
        "2024-07-20",
        "",
    ),
    (
        "中国联通华龙区胜利路营业厅",
        "自办营业厅",
        "中国联合网络通信有限公司濮阳市分公司",
        "2024-07-11",
        "客服工号与营业员不对应，存在工号混用",
        "清理工号，落实一人一号",
        "2024-07-31",
        "未整改",
    ),
    (
        "中国电信范县城关营业厅",
        "自办营业厅",
        "中国电信股份有限公司濮阳分公司",
        "2024-07-11",
        "未对办理多张电话卡的用户进行风险提醒告知",
        "完善提醒话术并留存告知记录",
        "长期坚持",
        "已纳入日常服务规范，长期坚持",
    ),
    (
        "台前县顺通手机店",
        "合作渠道",
        "中国移动通信集团河南有限公司濮阳分公司",
        "2024-07-11",
        "店内宣传材料无断卡防范提示内容",
        "更换宣传材料",
        "3个工作日",
        "已更换",
    ),
]


def write_telecom(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["涉诈电话卡“断卡”行动营业网点监督检查问题清单", "", "", "", "", "", "", "", ""])
    w.writerow(
        [
            "检查单位：濮阳市通信发展管理办公室会同三家基础电信企业专项检查组；整改期限自检查之日起计算",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "序号",
            "网点名称",
            "网点类型",
            "所属基础电信企业（整改责任单位）",
            "检查日期",
            "发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ]
    )
    for i, row in enumerate(TELECOM_ROWS, 1):
        w.writerow([i, *row])
    w.writerow(["合计", "检查网点10个（自办营业厅6个、合作渠道4个）", "", "", "", "发现问题7个", "", "", ""])
    w.writerow(
        ["填报人：马俊峰", "联系电话：0393-8996315", "填报日期：2024年7月25日", "", "", "", "", "", ""]
    )
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 4. 园区入驻企业节前安全检查, after an industrial park operating company's 安全检查 of its tenant enterprises (公司副总经理
# 带队的园区安全检查小组; 消防设施设备、消火栓是否被阻挡、安全疏散通道是否畅通; 发现的问题逐一登记在册; 可以立即整改的
# 现场督促立即整改，不能立即整改的提出整改意见; 继续跟踪整改情况; 送达《安全防范提示通知》):
# http://cddongshan.com/index.php?m=content&c=index&a=show&catid=8&id=61
# An .xlsx: title, 检查单位/带队/检查日期 line (the check date is the base of 立即整改), a two-row header (跟踪整改情况
# over 复查日期 and 复查结果, the 复查日期 an event), the enterprise as the unit, a 处理方式 column, a closing line with
# the totals and the 提示通知, a 检查组成员 line.
PARK_ROWS = [
    (
        "濮阳市恒昌机械制造有限公司",
        "3号厂房",
        "车间室内消火栓被成品货架遮挡",
        "现场整改",
        "立即整改",
        "2024.7.3",
        "已移开货架，整改完毕",
    ),
    (
        "濮阳市瑞丰包装材料有限公司",
        "5号厂房",
        "疏散通道堆放纸箱原料，通道宽度不足1米",
        "限期整改",
        "2024.7.8",
        "2024.7.9",
        "已清理",
    ),
    (
        "濮阳市新源电子科技有限公司",
        "2号楼",
        "8具灭火器超期未检",
        "限期整改",
        "2024.7.10",
        "2024.7.11",
        "灭火器已送检尚未取回，检测期间配备临时灭火器",
    ),
    (
        "濮阳市顺发食品有限公司",
        "7号厂房",
        "冷库电气线路私拉乱接，未穿管保护",
        "限期整改",
        "2024.7.31",
        "",
        "",
    ),
    (
        "濮阳市鼎力建材有限公司",
        "室外堆场",
        "叉车司机未取得特种设备作业人员证",
        "限期整改",
        "8月15日前",
        "2024.7.25",
        "未整改",
    ),
    (
        "濮阳市华锦纺织有限公司",
        "4号厂房",
        "车间内违规设置员工休息室，形成“三合一”场所",
        "限期整改",
        "2024年7月20日",
        "2024.7.22",
        "休息室已拆除，复查合格",
    ),
    (
        "濮阳市绿源环保科技有限公司",
        "6号厂房",
        "危险废物暂存间未设置防渗漏托盘和警示标识",
        "限期整改",
        "2024年8月31日",
        "2024.7.25",
        "托盘已采购到位，警示标识正在制作",
    ),
]


def write_park(path: Path) -> Path:
    b = Book(path, author="园区安全检查小组")
    ws = b.sheet("问题登记")
    b.widths(ws, [6, 28, 10, 34, 10, 14, 12, 28])
    b.line(ws, 0, "濮阳开发区新材料产业园入驻企业夏季安全检查问题登记表", 7, b.title)
    b.line(
        ws,
        1,
        "检查单位：濮阳开发区产业园运营管理有限公司园区安全检查小组    带队：副总经理 李建国    检查日期：2024年7月3日",
        7,
    )
    for c, word in enumerate(["序号", "企业名称", "楼栋（厂房）", "检查发现问题", "处理方式", "整改期限"]):
        b.merge(ws, 2, c, 3, c, word, b.head)
    b.merge(ws, 2, 6, 2, 7, "跟踪整改情况", b.head)
    b.header(ws, 3, ["复查日期", "复查结果"], first=6)
    for i, row in enumerate(PARK_ROWS, 1):
        b.put(ws, 3 + i, 0, i, b.center)
        b.row(ws, 3 + i, list(row), first=1)
    end = 4 + len(PARK_ROWS)
    b.line(
        ws,
        end,
        "本次共检查入驻企业23家，发现问题7处，其中现场整改1处、限期整改6处；已向23家企业送达《安全防范提示通知》。",
        7,
    )
    b.line(ws, end + 2, "检查组成员：李建国、周晓东、范丽娟    记录人：周晓东    报送日期：2024年7月26日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 5. 社区“徒步扫街、找不足”, after a 社区主任 leading the 社区两委 and 专职工作者 through a 宿舍区 on foot (环境卫生脏乱差、
# 居民私搭乱建、基础设施损坏、飞线充电及乱堆乱放; 能现场解决的现场解决，不能解决的拍照取证汇总并形成台账转办相关部门):
# https://jianpian.cn/a/kxzpwnh
# A .docx report to the 街道办事处: preamble giving the walk's date (the base of 立行立改), the items as numbered
# paragraphs, each closing with （责任单位：…；整改时限：…） and a sentence on progress (one with none), the community
# itself and the departments it passed items to (by short names) as units, 下一步 paragraph, signature and date.
COMMUNITY_NAME = "濮阳市华龙区中原路街道建设路社区居民委员会"
COMMUNITY_PARAS = [
    (
        "1．化肥厂家属院3号楼、4号楼楼道内居民堆放废旧家具、纸箱等杂物，堵塞疏散通道。（责任单位：建设路社区居委会；"
        "整改时限：立行立改）当天已组织网格员、楼栋长清理完毕。"
    ),
    (
        "2．家属院东侧污水井堵塞，雨后污水横流，居民出行不便。（责任单位：市城管局；整改时限：2024年7月31日）"
        "已转办，市城管局已派员疏通，破损管道正在更换。"
    ),
    (
        "3．家属院燃气庭院管道穿越居民自建房屋，存在安全隐患。（责任单位：市燃气公司；整改时限：8月底前）"
        "已转办，目前尚未启动整改。"
    ),
    (
        "4．5号楼部分住户从楼上私拉电线为电动自行车飞线充电。（责任单位：建设路社区居委会；整改时限：立行立改）"
        "已入户劝导，住户当场拆除飞线，整改完成。"
    ),
    (
        "5．院内居民私搭乱建简易棚2处，占用公共通道。（责任单位：华龙区中原路街道办事处；整改时限：2024年8月15日）"
        "已转办街道综合行政执法队，已下达限期拆除告知书。"
    ),
    "6．家属院自来水管网老化，用水高峰期水压偏低，顶楼住户经常停水。（责任单位：自来水公司；整改时限：年底前）",
    (
        "7．小区健身广场2件健身器材损坏，存在伤人隐患。（责任单位：建设路社区居委会；整改时限：2024年7月31日）"
        "已设置警示标志，联系厂家维修，配件尚未到货。"
    ),
    (
        "8．生活垃圾收集点清运不及时，夏季异味较大。（责任单位：建设路社区居委会；整改时限：常态化推进）"
        "已与保洁公司约定每日清运两次，常态化推进。"
    ),
]


def write_community(path: Path) -> Path:
    doc = _new_document("建设路社区")
    _title(doc, f"{COMMUNITY_NAME}关于“徒步扫街、找不足”发现问题及整改情况的报告", 20)
    _paragraph(doc, "中原路街道办事处：")
    _paragraph(
        doc,
        "为提升辖区人居环境，2024年7月16日下午，社区主任带领社区两委成员、专职网格员到辖区化肥厂家属院开展"
        "“徒步扫街、找不足”活动。对发现的问题，能现场解决的现场解决，不能现场解决的拍照取证、汇总形成台账，"
        "转办相关部门。现将发现的问题及整改情况报告如下：",
    )
    for text in COMMUNITY_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "下一步，社区将每月开展一次徒步扫街，对转办事项持续跟踪督办，直至整改到位。")
    _paragraph(doc, COMMUNITY_NAME, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


# ---------------------------------------------------------------------------------------------
# 6. 医疗质量安全专项整顿督导检查, after a 州卫生计生委's 督导组 at a city 人民医院 (听取汇报、实地查看、查阅资料; 深入
# 血液透析室、手术室、骨三科、心血管内科等重点科室; 医疗质量管理制度、院感消毒隔离制度落实情况; 病历书写; 对存在的问题
# 提出意见和建议):
# http://www.lcsrmyy.com/news9de539dc/1997698.htm
# An .et (Excel 97 via LibreOffice): title, 填报单位/督导时间 line (the hospital's 医务部), one header row naming only
# the hospital's own 科室 (督导科室, 责任科室, 牵头职能部门), a 职能部门验证意见 column beside 整改进展 (验证通过 beats
# 正在整改), a 注 line and a 填表人 line.
HOSPITAL_ROWS = [
    (
        "血液透析室",
        "院感管理",
        "透析机表面消毒登记不完整，部分班次漏登",
        "指定专人负责，每班次消毒后登记",
        "血液透析室",
        "医院感染管理科",
        "2024.7.10",
        "已整改",
        "验证通过",
    ),
    (
        "手术室",
        "医疗质量",
        "手术安全核查表麻醉医师、手术医师、巡回护士三方签字不全",
        "重新培训手术安全核查制度，每周抽查",
        "手术麻醉科",
        "医务部",
        "7月15日前",
        "整改中",
        "",
    ),
    (
        "骨三科",
        "病历书写",
        "运行病历中上级医师查房记录缺失",
        "科室质控员每日检查运行病历",
        "骨三科",
        "质量控制科",
        "2024.7.20",
        "正在整改",
        "验证通过，已销号",
    ),
    (
        "心血管内科",
        "医疗质量",
        "危急值报告登记本未记录接报医师姓名及处置时间",
        "规范危急值登记项目",
        "心血管内科",
        "医务部",
        "2024.7.12",
        "已完成",
        "",
    ),
    (
        "血液透析室",
        "院感管理",
        "透析用水细菌培养未按月检测",
        "每月送检验科检测并留存报告",
        "血液透析室",
        "医院感染管理科",
        "长期坚持",
        "长期坚持",
        "",
    ),
    (
        "手术室",
        "院感管理",
        "手术器械清洗消毒追溯系统未覆盖外来器械",
        "升级追溯系统，外来器械全部纳入",
        "消毒供应中心",
        "信息科",
        "2024年9月30日",
        "",
        "",
    ),
    (
        "药学部",
        "合理用药",
        "抗菌药物处方专项点评未按月开展",
        "每月开展专项点评并公示",
        "药学部",
        "医务部",
        "7月底前",
        "未整改",
        "",
    ),
]


def write_hospital_book(path: Path) -> Path:
    b = Book(path, author="医务部")
    ws = b.sheet("Sheet1")
    b.widths(ws, [6, 12, 10, 36, 28, 12, 14, 12, 12, 16])
    b.line(ws, 0, "医疗质量安全专项整顿督导检查反馈问题整改台账", 9, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市人民医院医务部    督导时间：2024年7月4日    填报日期：2024年7月29日",
        9,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "督导科室",
            "问题类别",
            "反馈问题",
            "整改措施",
            "责任科室",
            "牵头职能部门",
            "整改时限",
            "整改进展",
            "职能部门验证意见",
        ],
    )
    for i, row in enumerate(HOSPITAL_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(HOSPITAL_ROWS)
    b.line(ws, end + 1, "注：整改进展由责任科室填写，牵头职能部门现场验证后填写验证意见。", 9)
    b.line(ws, end + 2, "填表人：孟凡荣    审核人：赵启明    联系电话：0393-4412605", 9)
    return b.close()


def write_hospital(path: Path) -> Path:
    return via_soffice(write_hospital_book, path, "xls", "医疗质量安全专项整顿督导检查反馈问题整改台账.xlsx")


# ---------------------------------------------------------------------------------------------
# 7. 教学实验室、实习（实训）基地危险化学品专项治理, after a university 教务处's 函 to 各学院 (对照《高等学校实验室安全检查
# 项目表》自查自纠; 保卫部牵头现场检查; 整改总结阶段各学院发挥主观能动性及时排除隐患; 提交《安全隐患问题清单》):
# https://jwc.taru.edu.cn/info/1002/1473.htm
# An .xlsx of two sheets: the 问题清单 (title, 填报单位 line — the 教务处 of the university; one header row naming only
# the university's own 学院 and laboratories; a 发现方式 column; 暑期内 with its date in brackets; 长期坚持; a signature
# line) and a 填表说明 sheet of instructions.
LAB_ROWS = [
    (
        "化学工程学院",
        "有机化学实验室（A302）",
        "易制毒化学品未实行双人双锁管理",
        "现场检查",
        "配备双锁保险柜，专人双人管理",
        "张文斌",
        "2024年7月10日",
        "已完成",
    ),
    (
        "化学工程学院",
        "化工原理实训室（实训楼105）",
        "废液桶无标签，酸碱废液混放",
        "自查",
        "分类收集并张贴废液标签",
        "刘晓萌",
        "2024年7月5日",
        "已整改",
    ),
    (
        "材料科学与工程学院",
        "材料分析实验室（B210）",
        "气瓶未固定，无防倾倒链",
        "现场检查",
        "加装气瓶固定支架和防倾倒链",
        "陈志远",
        "7月20日前",
        "固定支架正在采购",
    ),
    (
        "材料科学与工程学院",
        "高分子合成实验室（B415）",
        "通风橱排风量不足，实验时有刺激性气味",
        "自查",
        "维修更换通风橱排风机",
        "黄海涛",
        "暑期内（8月31日前）",
        "未启动",
    ),
    (
        "生物与食品工程学院",
        "微生物实验室（C108）",
        "危险化学品领用登记台账不全，缺少归还记录",
        "自查",
        "建立领用、归还双向台账",
        "孙雅琴",
        "长期坚持",
        "已建立台账，长期坚持",
    ),
    (
        "机械工程学院",
        "机加工实训中心（实训楼一楼）",
        "切削液、润滑油存放于配电柜旁",
        "现场检查",
        "移至专用油品存放柜",
        "郭建华",
        "2024.7.8",
        "",
    ),
    (
        "化学工程学院",
        "分析测试中心（A105）",
        "剧毒化学品储存柜未接入视频监控",
        "现场检查",
        "接入学校安防监控平台",
        "张文斌",
        "2024年9月底前",
        "已完成线路铺设，待接入平台",
    ),
]


def write_lab(path: Path) -> Path:
    b = Book(path, author="教务处")
    ws = b.sheet("问题清单")
    b.widths(ws, [6, 18, 26, 34, 10, 28, 10, 18, 26])
    b.line(ws, 0, "濮阳工学院教学实验室、实习（实训）基地危险化学品安全隐患问题清单", 8, b.title)
    b.line(ws, 1, "填报单位：濮阳工学院教务处（汇总）    填报日期：2024年7月26日", 8)
    b.header(
        ws,
        2,
        [
            "序号",
            "学院",
            "实验室（实训基地）",
            "隐患问题",
            "发现方式",
            "整改措施",
            "整改责任人",
            "计划完成时间",
            "整改完成情况",
        ],
    )
    for i, row in enumerate(LAB_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(LAB_ROWS)
    b.line(ws, end + 1, "教务处负责人：王海宁    填表人：李静    联系电话：0393-6618032", 8)
    notes = b.sheet("填表说明")
    notes.set_column(0, 0, 90)
    for r, text in enumerate(
        [
            "填表说明",
            "1．“发现方式”填写“自查”或“现场检查”（保卫部牵头的专项检查组现场检查发现）。",
            "2．“计划完成时间”须填写具体日期；确需长期坚持的，填写“长期坚持”。",
            "3．各学院对照《高等学校实验室安全检查项目表》逐项排查，不得漏报、瞒报。",
        ]
    ):
        b.put(notes, r, 0, text, b.text)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 8. 物业小区创文督查, after a city 住建局's check of 180 物业小区 against the 创文 standard (4个督查组; 车辆乱停乱放、
# 地面污水横流、楼道堆放杂物、消防设施破损、监控设施不齐全、花坛杂草丛生、牛皮癣未清理; 点名批评某物业公司管理的某小区;
# 下达整改通知; 后期复查，整改不力纳入信用黑名单; 管理较好的小区予以肯定):
# http://hbhs.wenming.cn/wenminyw/201908/t20190809_5996322.shtml
# An .xlsx: title, 填报单位/督查时间 line, one header row with the 督查组 (inspector) beside the 小区 and the
# 物业服务企业 (the unit; merged down over the two 小区 one company manages), the 整改通知书 number, 复查情况,
# a line naming the well-managed 小区 and a 填表人 line.
ESTATE_ROWS = [
    (
        "第一督查组",
        "香榭丽都小区",
        "濮阳市德馨物业服务有限公司",
        "楼道堆放杂物，电动自行车停放在楼道内",
        "濮住建物整〔2024〕21号",
        "2024年7月20日",
        "已清理，复查合格",
    ),
    (
        "第一督查组",
        "御景湾小区",
        "濮阳市宏泰物业管理有限公司",
        "小区车辆乱停乱放，占用消防车通道",
        "濮住建物整〔2024〕22号",
        "2024年7月20日",
        "已施划停车位，正在清理占道车辆",
    ),
    (
        "第二督查组",
        "盛世华庭小区",
        "濮阳市和顺物业服务有限公司",
        "地下车库排污泵损坏，地面污水横流",
        "濮住建物整〔2024〕23号",
        "7月底前",
        "未整改",
    ),
    (
        "第二督查组",
        "阳光花园小区",
        "濮阳市绿茵物业管理有限公司",
        "室内消火栓箱破损，水带、水枪缺失",
        "濮住建物整〔2024〕24号",
        "2024.7.25",
        "",
    ),
    (
        "第三督查组",
        "福泽园小区",
        "濮阳市绿茵物业管理有限公司",
        "监控探头损坏6个，监控室夜间无人值守",
        "濮住建物整〔2024〕25号",
        "2024年8月15日",
        "已报修，探头正在更换",
    ),
    (
        "第三督查组",
        "龙城国际小区",
        "濮阳市鑫诚物业服务有限公司",
        "楼体外墙及单元门“牛皮癣”小广告未清理",
        "濮住建物整〔2024〕26号",
        "2024年7月18日",
        "已完成",
    ),
    (
        "第四督查组",
        "锦华花苑小区",
        "濮阳市永安物业管理有限公司",
        "花坛杂草丛生，绿化带缺株断垄",
        "濮住建物整〔2024〕27号",
        "2024年8月底前",
        "补植工作未启动",
    ),
]


def write_estate(path: Path) -> Path:
    b = Book(path, author="物业管理科")
    ws = b.sheet("整改台账")
    b.widths(ws, [6, 12, 16, 30, 36, 24, 16, 28])
    b.line(ws, 0, "城区物业小区创文督查发现问题整改台账", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市住房和城乡建设局物业管理科    督查时间：2024年7月8日至7月12日", 7)
    b.header(
        ws,
        2,
        ["序号", "督查组", "小区名称", "物业服务企业", "存在问题", "整改通知书编号", "整改期限", "复查情况"],
    )
    for i, (group, estate, firm, problem, notice, limit, review) in enumerate(ESTATE_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        b.row(ws, r, [group, estate], first=1)
        if firm != "濮阳市绿茵物业管理有限公司":
            b.put(ws, r, 3, firm)
        b.row(ws, r, [problem, notice, limit, review], first=4)
    b.merge(ws, 6, 3, 7, 3, "濮阳市绿茵物业管理有限公司")
    end = 3 + len(ESTATE_ROWS)
    b.line(
        ws,
        end + 1,
        "附：本次督查管理较好的小区8个（建业森林半岛、绿城百合花园、昆吾花园等），予以通报肯定，不列入本台账。",
        7,
    )
    b.line(ws, end + 2, "填表人：吕春燕    联系电话：0393-8991247    填报日期：2024年7月29日", 7)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 9. 出租汽车创文路查, after a taxi company's 出租车路查 for the 创文 work (公司分五批人员在客站、南站、汽车总站、飞机场、
# 火车站等车流量多的地段值守，对公司所属车辆进行检查; 仪表整洁、用语文明、车内外整洁、不接打手机、不吸烟、按表收费、
# 主动出具发票、无拒载宰客; 查出标识、后视窗广告损坏、车容车貌等问题，推进整改):
# http://htqifu.com/nzcms_show_news.asp?id=8905
# An .xlsx: title, 填报单位/路查时间 line stating that the 整改时限 count from the day a problem was found, one header row
# naming only the company's own 车队, vehicles and drivers, a 路查日期 per row (an event, and the base of 3日内/立即),
# 长期坚持, a 小计 row and a signature line.
TAXI_ROWS = [
    (
        date(2024, 7, 2),
        "濮阳东站",
        "豫J·T2316",
        "一车队",
        "王志刚",
        "车顶灯“空车待租”标识损坏不亮",
        "更换顶灯标识",
        "3日内",
        "已更换",
        "刘卫东",
    ),
    (
        date(2024, 7, 5),
        "汽车总站",
        "豫J·T0857",
        "二车队",
        "李红军",
        "后视窗广告膜破损翘边",
        "更换广告膜",
        "2024.7.12",
        "已整改",
        "刘卫东",
    ),
    (
        date(2024, 7, 8),
        "火车站",
        "豫J·T3390",
        "三车队",
        "赵永生",
        "驾驶员载客运营中吸烟",
        "停运学习一天，扣减服务质量信誉分",
        "立即",
        "已停运学习，复查未再发现",
        "陈霞",
    ),
    (
        date(2024, 7, 10),
        "人民公园",
        "豫J·T1742",
        "一车队",
        "孙建伟",
        "车内座套污渍明显，车厢卫生差",
        "清洗更换座套",
        "2日内",
        "",
        "",
    ),
    (
        date(2024, 7, 12),
        "濮阳东站",
        "豫J·T2681",
        "二车队",
        "周保国",
        "不按规定使用计价器，与乘客议价",
        "约谈驾驶员并参加服务规范培训",
        "7月20日前",
        "已约谈，培训正在安排",
        "陈霞",
    ),
    (
        date(2024, 7, 15),
        "汽车总站",
        "豫J·T0433",
        "三车队",
        "吴海洋",
        "计价器检定合格证过期未复检",
        "送市计量测试所检定",
        "2024年7月31日",
        "未整改",
        "",
    ),
    (
        date(2024, 7, 18),
        "火车站",
        "豫J·T3105",
        "一车队",
        "郑立新",
        "驾驶员服务用语不规范，态度生硬",
        "纳入车队月度服务培训",
        "长期坚持",
        "长期坚持",
        "",
    ),
]


def write_taxi(path: Path) -> Path:
    b = Book(path, author="营运督导部")
    ws = b.sheet("路查登记")
    b.widths(ws, [6, 12, 12, 12, 10, 10, 32, 28, 12, 24, 10])
    b.line(ws, 0, "出租汽车创文路查问题登记整改表（2024年7月）", 10, b.title)
    b.line(
        ws,
        1,
        "填报单位：濮阳市通达出租汽车有限公司营运督导部    路查时间：2024年7月1日至7月20日    "
        "整改时限自路查发现之日起计算",
        10,
    )
    b.header(
        ws,
        2,
        [
            "序号",
            "路查日期",
            "路查地点",
            "车牌号",
            "所属车队",
            "驾驶员",
            "发现问题",
            "整改要求",
            "整改时限",
            "整改结果",
            "复查人",
        ],
    )
    for i, row in enumerate(TAXI_ROWS, 1):
        b.put(ws, 2 + i, 0, i, b.center)
        b.row(ws, 2 + i, list(row), first=1)
    end = 3 + len(TAXI_ROWS)
    b.put(ws, end, 0, "小计", b.center)
    b.merge(ws, end, 1, end, 10, "路查车辆412台次，发现问题7个，已整改3个")
    b.line(ws, end + 2, "部门负责人：高振华    填表人：陈霞    填报日期：2024年7月30日", 10)
    return b.close()


# ---------------------------------------------------------------------------------------------
# 10. 社会组织随机抽查, after a provincial 民政厅's 通告 on its random check of 全省性社会组织 (年度报告、信息公开、内部治理、
# 财务状况、业务活动; 办公地址与登记地址不一致、未建立社会组织反洗钱和反恐怖融资内部控制制度; 是否按规定换届; 是否未经
# 批准开展评比达标表彰活动; 存在问题的社会组织需尽快进行整改，整改不到位的依法处理):
# https://www.hxdsb.com/html/content/fz/7b6c5c78099143ddb89e023cbd97a97a.shtml
# A .zip of two returns: the city 民政局's .xlsx summary (填报单位 line; one header row with the 社会组织 — the unit —
# merged down over an organisation's two problems, its 统一社会信用代码 and 类型; a 填表说明 line) and a 商会's own
# .docx report to its 业务主管单位 after the same season's check, whose items are numbered paragraphs naming its 秘书处
# and 财务部 (sections), measures and progress in sentences.
SOCIETY_ROWS = [
    (
        "濮阳市浙江商会",
        "51410900MJY6128420",
        "社会团体",
        "办公地址与登记地址不一致",
        "办理住所变更登记",
        "2024年8月31日",
        "已提交变更申请，登记机关正在审核",
    ),
    (
        "濮阳市浙江商会",
        "51410900MJY6128420",
        "社会团体",
        "未建立反洗钱和反恐怖融资内部控制制度",
        "制定内部控制制度并经理事会审议",
        "2024年7月31日",
        "已制定并经理事会审议通过",
    ),
    (
        "濮阳市建筑装饰协会",
        "51410900MJY5837716",
        "社会团体",
        "理事会任期届满未按期换届",
        "召开会员代表大会完成换届",
        "年底前",
        "",
    ),
    (
        "濮阳市康乐养老服务中心",
        "52410900MJY7019335",
        "民办非企业单位",
        "2023年度工作报告未按时报送",
        "补报年度工作报告",
        "2024.7.15",
        "已补报",
    ),
    (
        "濮阳市摄影家协会",
        "51410900MJY4462081",
        "社会团体",
        "未经批准开展摄影作品评比表彰活动并收取参评费",
        "停止评比活动，退还参评费用",
        "2024.7.20",
        "未整改",
    ),
]
CHAMBER_NAME = "濮阳市福建商会"
CHAMBER_PARAS = [
    (
        "1．会费收支未单独核算，与活动经费混用。整改措施：由财务部对会费单独设账核算，7月底前完成。"
        "目前已单独设账，整改完成。"
    ),
    (
        "2．理事会未按章程规定每年至少召开一次。整改措施：由秘书处拟定理事会会议方案，2024年9月底前召开理事会。"
        "目前会议方案已拟定，正在征求会长办公会意见。"
    ),
    (
        "3．未按规定在濮阳市社会组织信息公开平台公开年度工作报告。整改措施：秘书处于2024年7月20日前完成公开。"
        "已于7月18日公开。"
    ),
    (
        "4．青年企业家分会印章由分会负责人个人保管，管理不规范。整改措施：分会印章统一收归秘书处保管，"
        "建立用印登记制度，长期坚持。"
    ),
]


def write_society_book(path: Path) -> Path:
    b = Book(path, author="社会组织管理科")
    ws = b.sheet("汇总表")
    b.widths(ws, [6, 24, 22, 14, 36, 28, 14, 30])
    b.line(ws, 0, "2024年市本级社会组织随机抽查发现问题整改情况汇总表", 7, b.title)
    b.line(ws, 1, "填报单位：濮阳市民政局社会组织管理科    填报日期：2024年7月29日", 7)
    b.header(
        ws,
        2,
        [
            "序号",
            "社会组织名称",
            "统一社会信用代码",
            "类型",
            "抽查发现问题",
            "整改要求",
            "整改期限",
            "整改情况",
        ],
    )
    for i, (name, code, kind, problem, demand, limit, result) in enumerate(SOCIETY_ROWS, 1):
        r = 2 + i
        b.put(ws, r, 0, i, b.center)
        if i > 2:
            b.row(ws, r, [name, code, kind], first=1)
        b.row(ws, r, [problem, demand, limit, result], first=4)
    b.merge(ws, 3, 1, 4, 1, SOCIETY_ROWS[0][0])
    b.merge(ws, 3, 2, 4, 2, SOCIETY_ROWS[0][1])
    b.merge(ws, 3, 3, 4, 3, SOCIETY_ROWS[0][2])
    end = 3 + len(SOCIETY_ROWS)
    b.line(ws, end + 1, "填表说明：本次随机抽查市本级社会组织19家，其中15家未发现问题，未列入本表。", 7)
    b.line(ws, end + 2, "填表人：杜雪梅    联系电话：0393-8912471", 7)
    return b.close()


def write_chamber_docx(path: Path) -> Path:
    doc = _new_document("福建商会秘书处")
    _title(doc, f"{CHAMBER_NAME}关于规范化建设专项检查发现问题整改情况的报告", 20)
    _paragraph(doc, "市工商联：")
    _paragraph(
        doc,
        "2024年7月3日，市工商联对所属商会开展规范化建设专项检查，指出我会在财务管理、内部治理、信息公开等方面存在"
        "4个问题。"
        "我会高度重视，召开会长办公会逐条研究整改措施，明确责任部门。现将整改情况报告如下：",
    )
    for text in CHAMBER_PARAS:
        _paragraph(doc, text)
    _paragraph(doc, "我会将以此次检查为契机，进一步健全内部管理制度，依法依章程开展活动。")
    _paragraph(doc, CHAMBER_NAME, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "2024年7月25日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save_fixed(doc, path)


def write_society(path: Path) -> Path:
    members = [
        ("2024年市本级社会组织随机抽查发现问题整改情况汇总表.xlsx", write_society_book),
        ("濮阳市福建商会整改情况报告.docx", write_chamber_docx),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst, tempfile.TemporaryDirectory() as tmp:
        for name, writer in members:
            member = writer(Path(tmp) / name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, member.read_bytes())
    return path


# ---------------------------------------------------------------------------------------------
# 11. 燃气安全隐患拉网式排查, after a city 燃气总公司's 供应分公司 sweeping its supply area before the Spring Festival
# (燃气低压小区、人口密集的饭店宾馆公福用户、大型商业区、铸铁管小区和架空管线; 安检公福用户、排查楼栋、引入管; 查出
# 燃气泄漏隐患，及时处理; 抢修车辆设备、备品备件):
# http://www.hzlrs.com.cn/news_detail.asp?ID=1787&parent=news
# A .wps (Word 97 via LibreOffice): title, 填报单位 line (the gas company under a spelling of its directory name),
# one table with 排查类别 and 排查部位 beside the 整改责任主体 — the company's own 所/中心/班 or a 公福用户 —, dates as
# text, 年底前 / 长期坚持, a 说明 paragraph and the signature lines.
GASCO_ROWS = [
    (
        "铸铁管小区",
        "建设路化肥厂小区",
        "低压铸铁管接口漏气，检测仪报警",
        "管网运行所",
        "更换为PE管道",
        "2024年8月31日",
        "已完成开挖，管道正在更换",
    ),
    (
        "架空管线",
        "胜利路商业街",
        "架空管线支架锈蚀，部分管卡脱落",
        "管网运行所",
        "除锈防腐，补装管卡",
        "2024.7.15",
        "已完成",
    ),
    (
        "公福用户",
        "濮阳市华龙区福源酒家",
        "燃气管道被装修吊顶包封，无法检修",
        "濮阳市华龙区福源酒家",
        "拆除包封，管道明设",
        "2024.7.12",
        "已拆除包封，复检合格",
    ),
    (
        "公福用户",
        "濮阳市金港湾大酒店有限公司",
        "用气厨房与就餐区未分隔，无机械排风设施",
        "濮阳市金港湾大酒店有限公司",
        "设置分隔并增设机械排风",
        "7月底前",
        "未整改",
    ),
    ("低压小区", "昆吾花园小区", "12号楼引入管防腐层破损锈蚀", "安检维修班", "修补防腐层", "2024.7.20", ""),
    (
        "大型商业区",
        "中原路美食街",
        "商户私自接装燃气管线",
        "客户服务中心",
        "拆除私接管线，依法报送执法部门",
        "8月15日前",
        "已下达整改通知，私接管线正在拆除",
    ),
    (
        "调压设施",
        "开州路区域调压箱",
        "调压箱被违建彩钢棚占压",
        "管网运行所",
        "协调产权人拆除占压",
        "年底前",
        "正在与产权人协商拆除",
    ),
    (
        "应急抢修",
        "抢修中心",
        "抢修车辆备品备件储备不足",
        "抢修中心",
        "按定额补充备品备件，每月盘点",
        "长期坚持",
        "长期坚持",
    ),
]


def write_gasco_docx(path: Path) -> Path:
    doc = _new_document("安全技术部")
    _title(doc, "燃气安全隐患拉网式排查整改清单", 18)
    _paragraph(doc, "填报单位：濮阳市燃气有限公司安全技术部    填报日期：2024年7月27日", 12)
    body = [[str(i), *row] for i, row in enumerate(GASCO_ROWS, 1)]
    _table(
        doc,
        [
            "序号",
            "排查类别",
            "排查部位（用户）",
            "隐患内容",
            "整改责任主体",
            "整改措施",
            "整改时限",
            "整改进展",
        ],
        body,
    )
    _paragraph(
        doc,
        "说明：整改责任主体为公司所属管网运行所、客户服务中心、安检维修班、抢修中心的，由公司负责整改；为公福用户的，"
        "由用户自行整改，公司跟踪复检。",
        12,
    )
    _paragraph(doc, "部门负责人：魏国庆    填表人：许红梅    联系电话：0393-8312567", 12)
    return _save_fixed(doc, path)


def write_gasco(path: Path) -> Path:
    return via_soffice(write_gasco_docx, path, "doc", "燃气安全隐患拉网式排查整改清单.docx")


FILES = [
    ("清丰县银行保险机构营业网点消防安全隐患大排查问题整改台账.xlsx", write_bank),
    ("农村配电台区综合治理抽查问题整改台账.xls", write_power),
    ("断卡行动营业网点监督检查问题清单.csv", write_telecom),
    ("新材料产业园入驻企业夏季安全检查问题登记表.xlsx", write_park),
    ("建设路社区徒步扫街发现问题及整改情况的报告.docx", write_community),
    ("医疗质量安全专项整顿督导检查反馈问题整改台账.et", write_hospital),
    ("濮阳工学院危险化学品安全隐患问题清单.xlsx", write_lab),
    ("城区物业小区创文督查发现问题整改台账.xlsx", write_estate),
    ("出租汽车创文路查问题登记整改表（7月）.xlsx", write_taxi),
    ("社会组织检查发现问题整改（两份）.zip", write_society),
    ("燃气安全隐患拉网式排查整改清单.wps", write_gasco),
]


def build() -> list[Path]:
    return [writer(HERE / name) for name, writer in FILES]


if __name__ == "__main__":
    for path in build():
        print(path.name)
